import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from onward.core.services import profile_for
from onward.tracker import services
from onward.tracker.models import Application, Contact, Interview, Note, StageChange, Task
from onward.tracker.stages import CLOSED, PIPELINE, Stage

HTMX = {"HTTP_HX_REQUEST": "true"}


def htmx(target):
    return {**HTMX, "HTTP_HX_TARGET": target}


@pytest.fixture
def app(alice):
    return services.create_application(alice, company_name="Acme", title="Data Engineer")


# --- first run and login -------------------------------------------------------------------------


@pytest.mark.django_db
def test_first_run_sends_everyone_to_setup_then_setup_creates_the_account(client):
    assert client.get("/").url == reverse("core:setup")
    response = client.post(
        reverse("core:setup"),
        {"username": "sam", "password": "a long passphrase 42", "password_again": "a long passphrase 42"},
    )
    assert response.status_code == 302
    assert get_user_model().objects.get().username == "sam"
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_setup_mismatched_passwords_show_inline_error(client):
    response = client.post(
        reverse("core:setup"), {"username": "sam", "password": "a long passphrase 42", "password_again": "other"}
    )
    assert response.status_code == 200
    assert "The two passwords differ." in response.content.decode()
    assert not get_user_model().objects.exists()


def test_pages_require_login(client, alice):
    response = client.get(reverse("tracker:board"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("core:login"))


# --- today -----------------------------------------------------------------------------------------


def test_today_empty_state_is_calm_and_links_to_adding(alice_client):
    body = alice_client.get("/").content.decode()
    assert "Nothing due today." in body
    assert reverse("tracker:application_new") in body


def test_today_lists_overdue_due_and_upcoming_interviews(alice_client, alice, app):
    day = timezone.localdate()
    services.add_task(alice, title="Send thanks", due_date=day - dt.timedelta(days=2), application=app)
    services.add_task(alice, title="Follow up", due_date=day, application=app)
    services.log_interview(app, scheduled_at=timezone.now() + dt.timedelta(days=1), kind="technical")
    body = alice_client.get("/").content.decode()
    assert "From earlier days" in body and "Send thanks" in body
    assert "Follow up" in body
    assert "Technical · Data Engineer at Acme" in body
    assert "Nothing due today." not in body.split("Due today")[0]


def test_today_shows_a_page_of_earlier_tasks_the_latest_first_and_counts_the_rest_by_kind(alice_client, alice, app):
    day = timezone.localdate()
    for n in range(1, 46):  # 45 earlier tasks: the newest 20 shown, the rest counted and a page away
        kind = Task.Kind.THANK_YOU if n > 40 else Task.Kind.FOLLOW_UP
        Task.objects.create(owner=alice, title=f"Earlier task {n:02d}", kind=kind,
                            due_date=day - dt.timedelta(days=n), application=app)
    with CaptureQueriesContext(connection) as captured:
        body = alice_client.get("/").content.decode()
    shown = [n for n in range(1, 46) if f"Earlier task {n:02d}" in body]
    assert shown == list(range(1, 21))
    assert "45 in all, the latest first" in body
    assert "Also waiting: 20 follow-up, 5 thank-you." in body
    assert "Page 1 of 3" in body
    assert len(captured.captured_queries) < 20
    last = alice_client.get("/", {"earlier": 3}).content.decode()
    assert [n for n in range(1, 46) if f"Earlier task {n:02d}" in last] == list(range(41, 46))
    assert "Later ones" in last and "Earlier ones" not in last
    assert "Page 3 of 3" in alice_client.get("/", {"earlier": "99"}).content.decode()
    assert alice_client.get("/", {"earlier": "not a page"}).status_code == 200


def test_today_caps_waiting_applications_and_leaves_out_those_past_the_ghosting_threshold(alice_client, alice):
    profile = profile_for(alice)
    profile.ghosting_threshold_days = 60
    profile.save()
    long_ago = timezone.now() - dt.timedelta(days=400)
    for n in range(25):
        services.create_application(alice, company_name=f"Quiet {n}", title="Analyst",
                                    at=timezone.now() - dt.timedelta(days=10 + n))
    services.create_application(alice, company_name="Ancient", title="Analyst", at=long_ago)
    body = alice_client.get("/").content.decode()
    assert body.count('<li class="task" id="waiting-') == 20
    assert "And 5 more; the longest waits are shown first." in body
    assert "Ancient" not in body


def test_task_done_snooze_skip_inline(alice_client, alice, app):
    task = services.add_task(alice, title="Follow up", due_date=timezone.localdate(), application=app)
    response = alice_client.post(reverse("tracker:task_action", args=[task.pk, "done"]), **HTMX)
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert f'id="task-{task.pk}"' in response.content.decode()
    task.refresh_from_db()
    assert task.status == Task.Status.DONE

    alice_client.post(reverse("tracker:task_action", args=[task.pk, "reopen"]), **HTMX)
    alice_client.post(reverse("tracker:task_action", args=[task.pk, "snooze"]), **HTMX)
    task.refresh_from_db()
    assert (task.status, task.due_date, task.snooze_count) == ("open", timezone.localdate() + dt.timedelta(1), 1)

    response = alice_client.post(reverse("tracker:task_action", args=[task.pk, "skip"]), {"next": "/"})
    assert response.url == "/"
    task.refresh_from_db()
    assert task.status == Task.Status.SKIPPED


def test_task_action_ignores_offsite_next(alice_client, alice, app):
    task = services.add_task(alice, title="Follow up", application=app)
    response = alice_client.post(
        reverse("tracker:task_action", args=[task.pk, "done"]), {"next": "https://evil.example/"}
    )
    assert response.url == reverse("tracker:application", args=[app.pk])


def test_unknown_task_action_is_404(alice_client, alice, app):
    task = services.add_task(alice, title="Follow up", application=app)
    assert alice_client.post(reverse("tracker:task_action", args=[task.pk, "explode"])).status_code == 404


# --- board ---------------------------------------------------------------------------------------


def test_board_shows_columns_cards_and_days_since_activity(alice_client, alice):
    old = services.create_application(
        alice, company_name="Globex", title="Analyst", at=timezone.now() - dt.timedelta(days=3)
    )
    body = alice_client.get(reverse("tracker:board")).content.decode()
    for stage in ("Wishlist", "Applied", "Screening", "Interviewing", "Offer", "Accepted"):
        assert f">{stage} <span" in body
    assert "Globex" in body and "Analyst" in body
    assert "3 days since last activity" in body
    assert f'id="stage-{old.pk}"' in body


def test_board_move_htmx_returns_board_partial_and_records_history(alice_client, app):
    response = alice_client.post(
        reverse("tracker:board_move"), {"application": app.pk, "stage": "screening"}, **htmx("board")
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="board"')
    assert "Moved Data Engineer at Acme to Screening." in body
    app.refresh_from_db()
    assert app.stage == Stage.SCREENING
    change = StageChange.objects.filter(application=app).last()
    assert (change.from_stage, change.to_stage, change.origin) == ("applied", "screening", "manual")


def test_board_move_without_js_redirects_with_message(alice_client, app):
    response = alice_client.post(reverse("tracker:board_move"), {"application": app.pk, "stage": "offer"}, follow=True)
    assert "Moved Data Engineer at Acme to Offer." in response.content.decode()


def test_board_move_bad_stage_is_a_message_not_an_error(alice_client, app):
    response = alice_client.post(
        reverse("tracker:board_move"), {"application": app.pk, "stage": "nowhere"}, **htmx("board")
    )
    assert response.status_code == 200
    assert "choose one of the listed stages" in response.content.decode()
    app.refresh_from_db()
    assert app.stage == Stage.APPLIED


def test_closed_applications_in_collapsible_area_and_reopen(alice_client, app):
    services.move(app, Stage.REJECTED)
    body = alice_client.get(reverse("tracker:board")).content.decode()
    closed = body.split('id="closed-area"')[1]
    assert "Data Engineer" in closed
    response = alice_client.post(reverse("tracker:application_reopen", args=[app.pk]), **htmx("board"))
    assert "Reopened Data Engineer at Acme at Applied." in response.content.decode()
    app.refresh_from_db()
    assert app.stage == Stage.APPLIED


def test_hide_rejections_setting_hides_them_from_board(alice_client, alice, app):
    services.move(app, Stage.REJECTED)
    other = services.create_application(alice, company_name="Initech", title="Tester")
    services.move(other, Stage.WITHDRAWN)
    profile = profile_for(alice)
    profile.hide_rejections_on_board = True
    profile.save()
    body = alice_client.get(reverse("tracker:board")).content.decode()
    assert "Data Engineer" not in body
    assert "Tester" in body
    assert "rejections are hidden" in body


def test_settings_page_still_works(alice_client, alice):
    response = alice_client.post(
        reverse("core:settings"),
        {"hide_rejections_on_board": "on", "active_pipeline_target": 5, "ghosting_threshold_days": 21,
         "follow_up_after_days": 7, "interview_notice_hours": 48, "reminder_hour": 8},
    )
    assert response.status_code == 302
    assert profile_for(alice).hide_rejections_on_board


def _make_apps(owner, n):
    for i in range(n):
        app = services.create_application(owner, company_name=f"Company {i % 7}", title=f"Role {i}")
        if i % 5 == 0:
            services.move(app, Stage.REJECTED)


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("url_name", ["tracker:board", "tracker:table"])
def test_board_and_table_queries_do_not_grow_with_applications(alice_client, alice, url_name):
    _make_apps(alice, 3)
    alice_client.get(reverse(url_name))  # the first visit creates the profile
    few = _count_queries(alice_client, reverse(url_name))
    _make_apps(alice, 27)
    many = _count_queries(alice_client, reverse(url_name))
    assert Application.objects.filter(owner=alice).count() == 30
    assert many == few


def test_the_board_reads_one_short_query_per_column_shown_and_one_count(alice_client, alice):
    _make_apps(alice, 12)
    alice_client.get(reverse("tracker:board"))
    stages = set(Application.objects.filter(owner=alice).values_list("stage", flat=True))
    columns = len(stages & set(PIPELINE)) + bool(stages & set(CLOSED))
    # Session, user, profile, the counts per stage, and one query per column (or closed area) with cards.
    assert _count_queries(alice_client, reverse("tracker:board")) == 4 + columns


def test_an_application_page_does_not_grow_with_its_history(alice_client, alice):
    app = services.create_application(alice, company_name="Acme", title="Engineer")
    alice_client.get(reverse("tracker:application", args=[app.pk]))
    few = _count_queries(alice_client, reverse("tracker:application", args=[app.pk]))
    for i in range(4):
        services.add_task(alice, title=f"Task {i}", application=app)
        services.add_note(alice, f"Note {i}", application=app)
        services.log_interview(app, scheduled_at=timezone.now() + dt.timedelta(hours=i))
    services.move(app, Stage.SCREENING)
    # Interviews add two queries, each for all of them at once: their interviewers and their debriefs.
    assert _count_queries(alice_client, reverse("tracker:application", args=[app.pk])) == few + 2


# --- table ---------------------------------------------------------------------------------------


@pytest.fixture
def several(alice):
    a = services.create_application(alice, company_name="Acme", title="Data Engineer", source="referral")
    b = services.create_application(alice, company_name="Globex", title="Analyst", source="job_board")
    c = services.create_application(alice, company_name="Initech", title="Data Analyst", stage="wishlist")
    Application.objects.filter(pk=a.pk).update(date_applied=dt.date(2026, 1, 10))
    Application.objects.filter(pk=b.pk).update(date_applied=dt.date(2026, 3, 1))
    services.move(b, Stage.REJECTED)
    return a, b, c


def _rows(response):
    return response.content.decode().count("<tr>") - 1


def test_table_search_filters_and_htmx_partial(alice_client, several):
    url = reverse("tracker:table")
    assert _rows(alice_client.get(url)) == 3
    response = alice_client.get(url, {"q": "data"}, **htmx("results"))
    body = response.content.decode()
    assert "<html" not in body
    assert _rows(response) == 2 and "Globex" not in body
    assert _rows(alice_client.get(url, {"stage": "closed"})) == 1
    assert _rows(alice_client.get(url, {"stage": ["wishlist", "applied"]})) == 2
    assert _rows(alice_client.get(url, {"source": "referral"})) == 1
    assert _rows(alice_client.get(url, {"applied_from": "2026-02-01", "applied_to": "2026-12-31"})) == 1


def test_table_sorting_by_clickable_headers(alice_client, several):
    url = reverse("tracker:table")
    body = alice_client.get(url, {"sort": "company"}).content.decode()
    rows = body.split("<tbody>")[1]
    assert rows.index("Acme") < rows.index("Globex") < rows.index("Initech")
    assert "?sort=-company" in body
    body = alice_client.get(url, {"sort": "-company"}).content.decode()
    rows = body.split("<tbody>")[1]
    assert rows.index("Initech") < rows.index("Globex") < rows.index("Acme")
    assert 'aria-sort="descending"' in body


def test_table_bad_filters_show_errors_and_still_list(alice_client, several):
    response = alice_client.get(
        reverse("tracker:table"),
        {"applied_from": "not a date", "stage": "bogus", "sort": "nonsense", "page": "x"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid date." in body
    assert _rows(response) == 3


def test_table_paginates(alice_client, alice):
    for i in range(30):
        services.create_application(alice, company_name="Acme", title=f"Role {i:02d}")
    body = alice_client.get(reverse("tracker:table")).content.decode()
    assert "Page 1 of 2" in body and body.count("<tr>") == 26
    body = alice_client.get(reverse("tracker:table"), {"page": 2}).content.decode()
    assert "Page 2 of 2" in body and body.count("<tr>") == 6


def test_table_empty_state(alice_client):
    assert "No applications yet." in alice_client.get(reverse("tracker:table")).content.decode()


def test_board_empty_state_says_how_to_start_and_goes_with_the_first_card(alice_client, alice):
    body = alice_client.get(reverse("tracker:board")).content.decode()
    assert "Your board is empty." in body and reverse("onward_io:import") in body
    services.create_application(alice, company_name="Acme", title="Analyst")
    assert "Your board is empty." not in alice_client.get(reverse("tracker:board")).content.decode()


# --- quick add -----------------------------------------------------------------------------------


def test_quick_add_creates_company_inline_and_history(alice_client, alice):
    response = alice_client.post(
        reverse("tracker:application_new"),
        {"company": "  New   Co ", "title": "Designer", "stage": "wishlist", "posting_url": "newco.example/jobs/1",
         "source": "company_site"},
    )
    app = Application.objects.get(owner=alice)
    assert response.url == reverse("tracker:application", args=[app.pk])
    assert (app.company.name, app.stage, app.source) == ("New Co", "wishlist", "company_site")
    assert app.posting_url == "https://newco.example/jobs/1"
    assert app.stage_changes.count() == 1


def test_quick_add_warns_about_duplicate_then_adds_when_confirmed(alice_client, alice, app):
    data = {"company": "ACME", "title": "data engineer", "stage": "applied"}
    response = alice_client.post(reverse("tracker:application_new"), data)
    body = response.content.decode()
    assert response.status_code == 200
    assert "You already have an application for this role at this company" in body
    assert Application.objects.filter(owner=alice).count() == 1
    response = alice_client.post(reverse("tracker:application_new"), {**data, "confirm": "1"})
    assert response.status_code == 302
    assert Application.objects.filter(owner=alice).count() == 2


@pytest.mark.parametrize(
    "data, message",
    [
        ({"company": "", "title": "x", "stage": "applied"}, "This field is required."),
        ({"company": "A" * 201, "title": "x", "stage": "applied"}, "Ensure this value has at most 200 characters"),
        ({"company": "Acme", "title": "x", "stage": "nowhere"}, "Select a valid choice."),
        ({"company": "Acme", "title": "x", "stage": "applied", "posting_url": "not a url"}, "Enter a valid URL."),
        ({"company": "Acme\x00", "title": "x", "stage": "applied"}, "Null characters are not allowed."),
    ],
)
def test_quick_add_invalid_input_shows_inline_errors_and_saves_nothing(alice_client, alice, data, message):
    response = alice_client.post(reverse("tracker:application_new"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Application.objects.filter(owner=alice).exists()


def test_odd_unicode_and_html_are_kept_and_escaped(alice_client, alice):
    title = "<script>alert(1)</script> Ingénieure 🚀 \u202e"
    alice_client.post(reverse("tracker:application_new"), {"company": "Zürich & Co <b>", "title": title,
                                                           "stage": "applied"})
    app = Application.objects.get(owner=alice)
    assert app.title == "<script>alert(1)</script> Ingénieure 🚀 \u202e"
    services.add_note(alice, "<img src=x onerror=alert(1)>", application=app)
    for url in (reverse("tracker:board"), reverse("tracker:table"), reverse("tracker:application", args=[app.pk])):
        body = alice_client.get(url).content.decode()
        assert "<script>alert(1)" not in body and "<img src=x" not in body and "<b>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Ingénieure 🚀" in body
    services.move(app, Stage.WITHDRAWN)  # the closed area builds its cards another way
    body = alice_client.get(reverse("tracker:board")).content.decode()
    assert "<b>" not in body and 'closed" data-id' in body and "Zürich &amp; Co &lt;b&gt;" in body


# --- application page ----------------------------------------------------------------------------


def test_application_page_shows_timeline_with_origin_and_reason(alice_client, app):
    services.move(app, Stage.SCREENING, origin="mail", reason="Matched “schedule a call”")
    body = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert "Added as Applied" in body
    assert "Applied → Screening" in body
    assert "by Mail" in body
    assert "Why: Matched “schedule a call”" in body


def test_an_application_dated_back_shows_the_day_it_was_applied_for_without_an_hour(alice_client, alice):
    app = services.create_application(alice, company_name="Globex", title="Analyst", date_applied=dt.date(2026, 1, 20))
    services.move(app, Stage.SCREENING)
    body = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert '<time datetime="2026-01-20">Tue 20 Jan 2026</time>' in body
    moved = timezone.localtime(app.stage_changes.last().changed_at)
    assert f"{moved:%H:%M}</time>" in body  # a move made here keeps its hour


def test_application_details_read_as_text_until_edit(alice_client, alice, app):
    app.salary_min, app.salary_max, app.salary_currency, app.location = 50000, 70000, "EUR", "Lisbon"
    app.job_description = "Build <pipelines>."
    app.save()
    url = reverse("tracker:application", args=[app.pk])
    body = alice_client.get(url).content.decode()
    assert "EUR 50,000–70,000" in body and "Lisbon" in body and "Build &lt;pipelines&gt;." in body
    assert 'name="salary_min"' not in body and "Edit details" in body
    editing = alice_client.get(url, {"edit": "1"}).content.decode()
    assert 'name="salary_min"' in editing and 'value="50000"' in editing and "Save details" in editing
    # With HTMX only the details section comes back, as a form and back to text on Cancel.
    partial = alice_client.get(url, {"edit": "1"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="details")
    assert partial.content.decode().startswith('<section aria-labelledby="details-h" id="details">')
    assert 'name="salary_min"' in partial.content.decode() and "<html" not in partial.content.decode()
    back = alice_client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="details").content.decode()
    assert "EUR 50,000–70,000" in back and 'name="salary_min"' not in back and "<html" not in back


def test_application_edit_all_fields_and_change_company_by_name(alice_client, alice, app):
    referrer = Contact.objects.create(owner=alice, name="Rita")
    data = {
        "company_name": "Globex", "title": "Senior Data Engineer", "posting_url": "https://globex.example/1",
        "location": "Lisbon", "remote_mode": "hybrid", "source": "referral", "referral_contact": referrer.pk,
        "excitement": 4, "salary_min": 50000, "salary_max": 70000, "salary_currency": "EUR",
        "resume_version": "v3", "date_saved": "2026-01-01", "date_applied": "2026-01-02", "deadline": "",
        "job_description": "Pipelines.",
    }
    response = alice_client.post(reverse("tracker:application", args=[app.pk]), data)
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.company.name, app.title, app.excitement, app.referral_contact) == (
        "Globex", "Senior Data Engineer", 4, referrer)
    assert app.stage == Stage.APPLIED


def test_application_edit_invalid_shows_errors_and_keeps_record(alice_client, alice, bob, app):
    bobs = Contact.objects.create(owner=bob, name="Bob's contact")
    data = {"company_name": "Acme", "title": "T" * 201, "salary_min": 9, "salary_max": 1, "excitement": 9,
            "date_saved": "31/31/2026", "referral_contact": bobs.pk}
    response = alice_client.post(reverse("tracker:application", args=[app.pk]), data)
    body = response.content.decode()
    assert response.status_code == 200
    for message in ("at most 200 characters", "Ensure this value is less than or equal to 5",
                    "Enter a valid date.", "Select a valid choice."):
        assert message in body
    app.refresh_from_db()
    assert app.title == "Data Engineer"


def test_salary_range_error_is_inline(alice_client, app):
    data = {"company_name": "Acme", "title": "Data Engineer", "salary_min": 90, "salary_max": 10,
            "date_saved": "2026-01-01"}
    body = alice_client.post(reverse("tracker:application", args=[app.pk]), data).content.decode()
    assert "The maximum is below the minimum." in body


def test_quick_actions_via_htmx_return_activity_partial(alice_client, alice, app):
    person = Contact.objects.create(owner=alice, name="Iris Interviewer")
    url = reverse("tracker:interview_add", args=[app.pk])
    response = alice_client.post(
        url, {"scheduled_at": "2026-12-01T10:30", "kind": "technical", "interviewers": [person.pk]},
        **htmx("activity"),
    )
    body = response.content.decode()
    assert "<html" not in body
    assert "Technical interview with Iris Interviewer" in body
    assert "Applied → Interviewing" in body
    interview = Interview.objects.get(application=app)
    assert list(interview.interviewers.all()) == [person]

    alice_client.post(reverse("tracker:task_add", args=[app.pk]),
                      {"title": "Prepare questions", "kind": "prep", "due_date": "2026-11-30"}, **htmx("activity"))
    alice_client.post(reverse("tracker:note_add", args=[app.pk]), {"body": "Friendly team."}, **htmx("activity"))
    response = alice_client.post(reverse("tracker:application_move", args=[app.pk]),
                                 {"stage": "offer", "note": "Call from Ana"}, **htmx("activity"))
    body = response.content.decode()
    assert "Task: Prepare questions" in body and "Friendly team." in body
    assert "Interviewing → Offer" in body and "Call from Ana" in body
    assert Task.objects.get(application=app).kind == "prep"
    assert Note.objects.get(application=app).body == "Friendly team."


def test_quick_action_invalid_input_reopens_form_with_errors(alice_client, app):
    response = alice_client.post(reverse("tracker:interview_add", args=[app.pk]),
                                 {"scheduled_at": "tomorrow-ish", "kind": "technical"}, **htmx("activity"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid date/time." in body
    assert "<details open>" in body
    assert not Interview.objects.exists()
    response = alice_client.post(reverse("tracker:note_add", args=[app.pk]), {"body": "   "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_quick_action_without_js_redirects_with_message(alice_client, app):
    response = alice_client.post(reverse("tracker:note_add", args=[app.pk]), {"body": "A note"}, follow=True)
    assert "Note added." in response.content.decode()


def test_interviewers_limited_to_own_contacts(alice_client, bob, app):
    theirs = Contact.objects.create(owner=bob, name="Not yours")
    response = alice_client.post(reverse("tracker:interview_add", args=[app.pk]),
                                 {"scheduled_at": "2026-12-01T10:30", "kind": "phone_screen",
                                  "interviewers": [theirs.pk]}, **htmx("activity"))
    assert "Select a valid choice." in response.content.decode()
    assert not Interview.objects.exists()


def test_reopen_from_application_page(alice_client, app):
    services.move(app, Stage.GHOSTED)
    body = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert "Reopen at Applied" in body
    response = alice_client.post(reverse("tracker:application_reopen", args=[app.pk]), **htmx("activity"))
    assert "Reopened Data Engineer at Acme at Applied." in response.content.decode()
    response = alice_client.post(reverse("tracker:application_reopen", args=[app.pk]), **htmx("activity"))
    assert "This application is not closed" in response.content.decode()


# --- contacts and companies ----------------------------------------------------------------------


def test_contacts_list_search_and_add(alice_client, alice):
    response = alice_client.post(reverse("tracker:contact_new"),
                                 {"name": "Ana Recruiter", "company_name": "Acme", "role": "recruiter",
                                  "email": "ana@acme.example"})
    person = Contact.objects.get(owner=alice)
    assert response.url == reverse("tracker:contact", args=[person.pk])
    assert person.company.name == "Acme"
    Contact.objects.create(owner=alice, name="Bruno")
    body = alice_client.get(reverse("tracker:contacts"), {"q": "acme"}, **htmx("results")).content.decode()
    assert "Ana Recruiter" in body and "Bruno" not in body and "<html" not in body
    assert "No contacts match" in alice_client.get(reverse("tracker:contacts"), {"q": "zzz"}).content.decode()


def test_add_contact_invalid_input_shows_errors_and_saves_nothing(alice_client, alice):
    response = alice_client.post(reverse("tracker:contact_new"),
                                 {"name": "N" * 201, "email": "not-an-email", "linkedin_url": "javascript:alert(1)"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "at most 200 characters" in body and "Enter a valid email address." in body
    assert "Enter a valid URL." in body
    assert not Contact.objects.exists()


def test_contact_page_edit_notes_tasks_and_linked_applications(alice_client, alice, app):
    person = Contact.objects.create(owner=alice, name="Ana", company=app.company)
    url = reverse("tracker:contact", args=[person.pk])
    body = alice_client.get(url).content.decode()
    assert "Data Engineer at Acme" in body
    alice_client.post(reverse("tracker:contact_note_add", args=[person.pk]), {"body": "Met at meetup"})
    alice_client.post(
        reverse("tracker:contact_task_add", args=[person.pk]), {"title": "Say thanks", "kind": "thank_you"}
    )
    response = alice_client.post(url, {"name": "Ana Lima", "company_name": "", "email": "bad"})
    assert "Enter a valid email address." in response.content.decode()
    alice_client.post(url, {"name": "Ana Lima", "company_name": ""})
    person.refresh_from_db()
    assert person.name == "Ana Lima" and person.company is None
    body = alice_client.get(url).content.decode()
    assert "Met at meetup" in body and "Say thanks" in body


def test_company_page_edit_and_notes(alice_client, app):
    url = reverse("tracker:company", args=[app.company_id])
    body = alice_client.get(url).content.decode()
    assert "Data Engineer" in body
    alice_client.post(reverse("tracker:company_note_add", args=[app.company_id]), {"body": "Good reviews"})
    alice_client.post(url, {"name": "Acme Inc", "website": "acme.example"})
    app.company.refresh_from_db()
    assert (app.company.name, app.company.website) == ("Acme Inc", "https://acme.example")
    assert "Good reviews" in alice_client.get(url).content.decode()
    assert "Acme Inc" in alice_client.get(reverse("tracker:companies")).content.decode()


def test_companies_are_paged_with_the_shared_pager(alice, alice_client):
    from onward.tracker.models import Company
    from onward.tracker.views.contacts import CONTACTS_PAGE_SIZE

    Company.objects.bulk_create(Company(owner=alice, name=f"Firm {n:03d}") for n in range(CONTACTS_PAGE_SIZE + 1))
    url = reverse("tracker:companies")
    first = alice_client.get(url).content.decode()
    assert "Firm 000" in first and "Firm 050" not in first
    assert 'id="results"' in first and "Page 1 of 2" in first
    second = alice_client.get(url, {"page": 2}, **htmx("results")).content.decode()
    assert "Firm 050" in second and "Page 2 of 2" in second and "<html" not in second


# --- ownership -----------------------------------------------------------------------------------


def test_bob_gets_404_on_alices_objects(client, alice, bob, app):
    person = Contact.objects.create(owner=alice, name="Alice's contact")
    task = services.add_task(alice, title="Alice's task", application=app)
    client.force_login(bob)
    for url in (
        reverse("tracker:application", args=[app.pk]),
        reverse("tracker:contact", args=[person.pk]),
        reverse("tracker:company", args=[app.company_id]),
    ):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "x", "company_name": "x", "title": "x"}).status_code == 404, url
    for url, data in (
        (reverse("tracker:board_move"), {"application": app.pk, "stage": "offer"}),
        (reverse("tracker:application_move", args=[app.pk]), {"stage": "offer"}),
        (reverse("tracker:application_reopen", args=[app.pk]), {}),
        (reverse("tracker:interview_add", args=[app.pk]), {"scheduled_at": "2026-12-01T10:00", "kind": "other"}),
        (reverse("tracker:task_add", args=[app.pk]), {"title": "x", "kind": "other"}),
        (reverse("tracker:note_add", args=[app.pk]), {"body": "x"}),
        (reverse("tracker:task_action", args=[task.pk, "done"]), {}),
        (reverse("tracker:contact_note_add", args=[person.pk]), {"body": "x"}),
        (reverse("tracker:contact_task_add", args=[person.pk]), {"title": "x", "kind": "other"}),
        (reverse("tracker:company_note_add", args=[app.company_id]), {"body": "x"}),
    ):
        assert client.post(url, data).status_code == 404, url
    app.refresh_from_db()
    task.refresh_from_db()
    assert app.stage == Stage.APPLIED and task.status == "open"
    assert not Note.objects.exists() and Task.objects.count() == 1
    for url in (reverse("tracker:board"), reverse("tracker:table"), reverse("tracker:contacts"), "/"):
        body = client.get(url).content.decode()
        assert "Data Engineer" not in body and "Alice" not in body


def test_custom_404_page_is_calm(alice_client):
    response = alice_client.get("/applications/999999/")
    assert response.status_code == 404
    assert "This page isn’t here" in response.content.decode()


def test_500_template_renders_without_context():
    from django.template import loader

    assert "Something went wrong" in loader.get_template("500.html").render()


def test_board_limits_long_columns_and_links_to_the_rest(alice_client, alice, monkeypatch):
    from onward.tracker.views import board

    monkeypatch.setattr(board, "BOARD_COLUMN_LIMIT", 2)
    monkeypatch.setattr(board, "BOARD_CLOSED_LIMIT", 1)
    apps = [services.create_application(alice, company_name="Acme", title=f"Role {i}") for i in range(4)]
    for app in apps[:2]:
        services.move(app, Stage.WITHDRAWN)
    body = alice_client.get(reverse("tracker:board")).content.decode()
    # The two most recent open ones and the most recently closed one show; the rest are counted and linked.
    assert "Role 3" in body and "Role 2" in body and "Role 1" in body and "Role 0" not in body
    assert "?stage=closed" in body and "See all 2 closed applications" in body
    apps += [services.create_application(alice, company_name="Acme", title=f"Role {i}") for i in (4, 5)]
    body = alice_client.get(reverse("tracker:board")).content.decode()
    assert "2 more in the list" in body and "?stage=applied" in body


def test_expired_form_gets_a_calm_page_and_saves_nothing(alice):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post(reverse("tracker:application_new"), {"company": "Acme", "title": "x", "stage": "applied"})
    assert response.status_code == 403
    assert "nothing was saved" in response.content.decode()
    assert not Application.objects.exists()


def test_quick_add_suggests_own_companies_only(alice_client, bob, app):
    services.create_application(bob, company_name="Bob Industries", title="Clerk")
    body = alice_client.get(reverse("tracker:application_new")).content.decode()
    assert '<option value="Acme">' in body and "Bob Industries" not in body
