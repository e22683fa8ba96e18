import datetime as dt
import email
from email import policy

from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.playbook import plans, rejections, wins
from onward.playbook.models import Rejection, UserPlaybook, Win
from onward.tracker.models import Task
from onward.tracker.stages import Stage


def test_log_rejection_from_the_form(alice_client, app):
    url = reverse("playbook:reject", args=[app.pk])
    page = alice_client.get(url)
    assert page.status_code == 200 and b"Log a rejection" in page.content
    response = alice_client.post(url, {
        "rejection_type": "position_filled", "reason": "unknown", "received_on": timezone.localdate().isoformat(),
        "feedback": "  We chose a candidate with more Spark.  ", "feeling": "2", "feeling_note": "Tired",
    })
    rejection = Rejection.objects.get(application=app)
    assert response.status_code == 302 and response["Location"] == reverse("playbook:rejection", args=[rejection.pk])
    assert (rejection.feeling, rejection.feeling_note) == (2, "Tired")
    assert rejection.feedback == "We chose a candidate with more Spark."
    page = alice_client.get(response["Location"])
    assert page.status_code == 200
    text = page.content.decode()
    assert "Send a thank-you to the team at Acme and ask for feedback" in text
    assert "Your one rejection so far was for a reason outside your control: position filled." in text
    assert "0 active applications." in text
    assert f'<a href="/match/application/{app.pk}/" aria-label="Open: Review your resume' in text
    assert "Open: /match/" not in text  # the link is shown as a link, not repeated from the task notes


def test_htmx_invalid_form_returns_the_partial_and_changes_nothing(alice_client, app):
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    response = alice_client.post(reverse("playbook:reject", args=[app.pk]),
                                 {"rejection_type": "not_selected", "reason": "unknown", "received_on": tomorrow},
                                 HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert b"That date is in the future." in response.content
    assert b"<html" not in response.content
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEWING and not Rejection.objects.exists()


def test_htmx_success_redirects_the_client(alice_client, app):
    response = alice_client.post(reverse("playbook:reject", args=[app.pk]), {
        "rejection_type": "not_selected", "reason": "unknown", "received_on": timezone.localdate().isoformat(),
    }, HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == reverse("playbook:rejection", args=[Rejection.objects.get().pk])


def test_plan_step_actions(alice_client, app):
    rejection = rejections.log_rejection(app)
    task = plans.plan(rejection)[0].task
    response = alice_client.post(reverse("playbook:plan_task", args=[task.pk, "done"]), HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and b'id="plan"' in response.content
    task.refresh_from_db()
    assert task.status == Task.Status.DONE
    alice_client.post(reverse("playbook:plan_task", args=[task.pk, "reopen"]))
    alice_client.post(reverse("playbook:plan_task", args=[task.pk, "snooze"]))
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN and task.due_date == timezone.localdate() + dt.timedelta(days=1)
    assert alice_client.post(reverse("playbook:plan_task", args=[task.pk, "explode"])).status_code == 404


def test_draft_page_and_eml_download(alice_client, app):
    page = alice_client.get(reverse("playbook:draft", args=[app.pk, "thank_you"]))
    assert page.status_code == 200
    assert b"Fill in before sending: [interviewer&#x27;s name]" in page.content
    response = alice_client.get(reverse("playbook:draft_eml", args=[app.pk, "thank_you"]))
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"].startswith('attachment; filename="thank-you-and-a-request-for-feedback')
    msg = email.message_from_bytes(response.content, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert "technical interview" in msg.get_content()
    assert alice_client.get(reverse("playbook:draft", args=[app.pk, "poem"])).status_code == 404


def test_wins_page_adds_and_removes(alice_client, alice):
    response = alice_client.post(reverse("playbook:wins"), {"text": "Mock interview went well",
                                                            "happened_on": timezone.localdate().isoformat()},
                                 HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and b"Mock interview went well" in response.content
    win = Win.objects.get(owner=alice)
    assert alice_client.post(reverse("playbook:wins"), {"text": " ", "happened_on": "2020-01-01"}).status_code == 400
    alice_client.post(reverse("playbook:win_delete", args=[win.pk]))
    assert not Win.objects.exists()


def test_debrief_form(alice_client, app):
    interview = app.interviews.get()
    url = reverse("playbook:debrief", args=[interview.pk])
    assert alice_client.get(url).status_code == 200
    alice_client.post(url, {"went_well": "Explained the pipeline design clearly", "to_improve": ""})
    assert interview.debrief.went_well == "Explained the pipeline design clearly"


def test_editor_refuses_invalid_text_with_the_line(alice_client, alice):
    url = reverse("playbook:edit")
    page = alice_client.get(url)
    assert b"the shipped playbook" in page.content
    text = page.context["form"].initial["text"].replace("due_days = 49", "due_days = forty-nine")
    response = alice_client.post(url, {"text": text, "action": "save"})
    assert response.status_code == 400
    line = text.splitlines().index("due_days = forty-nine") + 1
    assert f"your playbook, line {line}: this is not valid TOML" in response.content.decode()
    assert not UserPlaybook.objects.exists()
    good = text.replace("due_days = forty-nine", "due_days = 42")
    assert alice_client.post(url, {"text": good, "action": "save"}).status_code == 302
    assert UserPlaybook.objects.get(owner=alice).text == good
    alice_client.post(url, {"action": "reset"})
    assert not UserPlaybook.objects.exists()


def _panel(app) -> str:
    return Template("{% load playbook_panel %}{% playbook_panel app %}").render(Context({"app": app}))


def test_application_panel(alice, app):
    html = _panel(app)
    assert reverse("playbook:reject", args=[app.pk]) in html
    assert reverse("playbook:debrief", args=[app.interviews.get().pk]) in html
    rejection = rejections.log_rejection(app, feedback="Strong answers on SQL.")
    app.refresh_from_db()
    html = _panel(app)
    assert reverse("playbook:rejection", args=[rejection.pk]) in html
    assert "Strong answers on SQL." in html


def test_another_users_data_is_not_found(client, alice, bob, app):
    rejection = rejections.log_rejection(app)
    task = plans.plan(rejection)[0].task
    win = wins.add_win(alice, "Mine")
    interview = app.interviews.get()
    client.force_login(bob)
    for url in [
        reverse("playbook:reject", args=[app.pk]),
        reverse("playbook:rejection", args=[rejection.pk]),
        reverse("playbook:draft", args=[app.pk, "thank_you"]),
        reverse("playbook:draft_eml", args=[app.pk, "thank_you"]),
        reverse("playbook:debrief", args=[interview.pk]),
    ]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, {}).status_code == 404, url
    for url in [reverse("playbook:plan_task", args=[task.pk, "done"]), reverse("playbook:win_delete", args=[win.pk])]:
        assert client.post(url).status_code == 404, url
    task.refresh_from_db()
    assert task.status == Task.Status.OPEN and Win.objects.filter(pk=win.pk).exists()
    assert b"Mine" not in client.get(reverse("playbook:wins")).content
    assert client.get(reverse("playbook:index")).status_code == 200


def test_pages_need_a_login(client, alice, app):
    response = client.get(reverse("playbook:reject", args=[app.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_undo_from_the_rejection_page(alice_client, bob, app):
    rejection = rejections.log_rejection(app)
    other = Client()
    other.force_login(bob)
    assert other.post(reverse("playbook:rejection_undo", args=[rejection.pk])).status_code == 404
    response = alice_client.post(reverse("playbook:rejection_undo", args=[rejection.pk]))
    assert response["Location"] == reverse("tracker:application", args=[app.pk])
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEWING and not Rejection.objects.exists()


def test_editor_refuses_deeply_nested_text_without_a_500(alice_client, alice):
    text = "[settings]\nx = " + "[" * 50_000 + "]" * 50_000 + "\n"
    response = alice_client.post(reverse("playbook:edit"), {"text": text, "action": "save"})
    assert response.status_code == 400
    assert "nested too deeply" in response.content.decode()
    assert not UserPlaybook.objects.exists()


def test_the_page_offers_only_the_drafts_its_plan_uses(alice_client, app):
    rejection = rejections.log_rejection(app)
    text = alice_client.get(reverse("playbook:rejection", args=[rejection.pk])).content.decode()
    assert "Thank-you with a feedback request" in text
    assert "Reply accepting their feedback offer" not in text  # no one offered feedback

    rejections.undo_rejection(rejection)
    rejection = rejections.log_rejection(app, feedback_offered=True)
    text = alice_client.get(reverse("playbook:rejection", args=[rejection.pk])).content.decode()
    assert "Reply accepting their feedback offer" in text
    assert "Thank-you with a feedback request" not in text  # the plan replies to the offer instead


def test_today_links_a_plan_step_to_its_draft(alice_client, app):
    from onward.playbook.models import PlanItem

    rejection = rejections.log_rejection(app, feedback_offered=True)
    page = alice_client.get(reverse("tracker:today")).content.decode()
    with_draft = PlanItem.objects.filter(rejection=rejection).exclude(draft="")
    assert with_draft.exists()
    for item in with_draft:
        assert item.task.title in page
        assert reverse("playbook:draft", args=[app.pk, item.draft]) in page
    # The step may show twice (first steps, and the full list): each row links, no other row does.
    assert page.count("See the draft") == sum(page.count(f'id="task-{i.task.pk}"') for i in with_draft)


def test_today_links_the_resume_review_step_to_the_match_page(alice_client, app):
    from onward.playbook.models import PlanItem

    rejection = rejections.log_rejection(app)
    step = PlanItem.objects.filter(rejection=rejection, link=reverse("match:application", args=[app.pk])).first()
    assert step is not None
    page = alice_client.get(reverse("tracker:today")).content.decode()
    assert step.task.title in page
    assert f'<a href="{step.link}">Compare your resume with the posting</a>' in page
