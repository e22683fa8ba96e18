"""The review queue can always be resolved: one click per item, bulk answers, and a "why" people can read."""

from __future__ import annotations

import pytest

from onward.mail import explain, resolve
from onward.mail.models import LedgerEntry, MailMessage
from onward.tracker.models import Application
from tests.mail.review_helpers import DECIDING, queued

pytestmark = pytest.mark.django_db


def test_recruiter_outreach_without_an_application_offers_wishlist_or_not_interested(alice):
    m = queued(alice, label="recruiter_outreach", title="Platform Engineer", company="Initech", evidence=[])
    assert [a for a, _ in resolve.quick_answers(m)] == ["wishlist", "not_interested", "not_job"]
    said = resolve.resolve(m, "wishlist")
    app = Application.objects.get(owner=alice)
    assert (app.company.name, app.title, app.stage) == ("Initech", "Platform Engineer", "wishlist")
    m.refresh_from_db()
    assert (m.status, m.reviewed_label, m.application) == ("confirmed", "recruiter_outreach", app)
    assert "wishlist" in said


def test_outreach_without_a_company_offers_only_answers_that_work(alice):
    m = queued(alice, label="recruiter_outreach", company="", sender_domain="gmail.com", evidence=[])
    answers = [a for a, _ in resolve.quick_answers(m)]
    assert answers == ["not_interested", "not_job"]


@pytest.mark.parametrize("company, domain", [("Acme", "acme.example"), ("", "gmail.com")])
def test_every_offered_answer_resolves_every_kind_of_item(alice, company, domain):
    from onward.mail.classify import LABELS

    n = 0
    for label in LABELS:
        for action, _ in resolve.quick_answers(queued(alice, 0, label=label, company=company, sender_domain=domain)):
            n += 1
            m = queued(alice, n, label=label, company=company, sender_domain=domain)
            resolve.resolve(m, action)  # never an error: each button is a one-click answer
            m.refresh_from_db()
            assert m.status != "review", (label, action)


def test_not_interested_resolves_without_adding_anything(alice):
    m = queued(alice, label="recruiter_outreach", evidence=[])
    resolve.resolve(m, "not_interested")
    m.refresh_from_db()
    assert (m.status, m.reviewed_label) == ("confirmed", "recruiter_outreach")
    assert not Application.objects.exists()
    assert LedgerEntry.objects.get(pk=m.ledger_id).label == "recruiter_outreach"


def test_confirm_applies_the_suggested_label(alice):
    m = queued(alice)
    resolve.resolve(m, "confirm")
    app = Application.objects.get(owner=alice)
    assert app.stage == "rejected"
    m.refresh_from_db()
    assert (m.status, m.reviewed_label) == ("confirmed", "rejection")


def test_confirm_still_resolves_when_nothing_can_be_linked(alice):
    m = queued(alice, label="interview", company="", sender_domain="")
    resolve.resolve(m, "confirm")
    m.refresh_from_db()
    assert (m.status, m.reviewed_label) == ("confirmed", "interview")


def test_bulk_answers_many_and_leaves_the_rest(alice, bob):
    mine = [queued(alice, n) for n in range(3)]
    theirs = queued(bob, 9)
    done, problems = resolve.resolve_many(alice, [mine[0].pk, mine[1].pk, theirs.pk], "not_job")
    assert (done, problems) == (2, [])
    statuses = dict(MailMessage.objects.values_list("pk", "status"))
    assert [statuses[m.pk] for m in mine] == ["dismissed", "dismissed", "review"]
    assert statuses[theirs.pk] == "review"


def test_why_in_words_with_the_deciding_sentence(alice):
    m = queued(alice)
    assert explain.reason_line(m) == "Looks like a rejection: they chose another candidate."
    assert explain.deciding_sentences(m) == [f"{DECIDING}."]
    html = str(explain.highlighted_body(m))
    assert f'<mark class="decided">{DECIDING}</mark>' in html


def test_the_body_is_escaped_around_the_highlight(alice):
    m = queued(alice, body=f"<script>x</script> {DECIDING}.")
    html = str(explain.highlighted_body(m))
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark" in html


def test_confidence_in_words_never_very_sure_on_review(alice):
    m = queued(alice, confidence=1.0)
    assert explain.confidence_words(m) == "fairly sure, but it needs you to check"
    m.status = MailMessage.Status.APPLIED
    assert explain.confidence_words(m) == "very sure"


def test_the_pages_show_words_and_keep_scores_behind_details(alice, client):
    m = queued(alice, confidence=1.0)
    client.force_login(alice)
    for url in ("/mail/review/", f"/mail/messages/{m.pk}/"):
        page = client.get(url).content.decode()
        assert "Looks like a rejection: they chose another candidate." in page
        assert "1.00 sure" not in page
        before_details = page.split("<summary>Details</summary>")[0]
        assert "rule rejection" not in before_details and "model: rejection" not in before_details


def test_one_click_and_bulk_through_the_views(alice, client):
    a, b, c = (queued(alice, n) for n in range(3))
    client.force_login(alice)
    client.post(f"/mail/messages/{a.pk}/resolve/", {"action": "not_job"})
    client.post("/mail/review/bulk/", {"action": "confirm", "ids": [b.pk, c.pk]})
    assert set(MailMessage.objects.values_list("status", flat=True)) == {"dismissed", "confirmed"}
    assert not MailMessage.objects.filter(status="review").exists()


def test_one_answer_for_every_waiting_message(alice, bob, client):
    mine = [queued(alice, n) for n in range(4)]
    theirs = queued(bob, 9)
    client.force_login(alice)
    assert "Apply to all 4" in client.get("/mail/review/").content.decode()
    client.post("/mail/review/bulk/", {"action": "not_job", "scope": "all"})
    assert set(MailMessage.objects.filter(pk__in=[m.pk for m in mine]).values_list("status", flat=True)) == {
        "dismissed"}
    assert MailMessage.objects.get(pk=theirs.pk).status == "review"


def test_a_long_queue_comes_a_page_at_a_time_and_one_answer_still_covers_all(alice, client):
    from onward.mail.views import REVIEW_PAGE

    waiting = [queued(alice, n) for n in range(REVIEW_PAGE + 3)]
    client.force_login(alice)
    first = client.get("/mail/review/").content.decode()
    assert first.count('name="ids"') == REVIEW_PAGE
    assert f"Apply to all {REVIEW_PAGE + 3}" in first and "Page 1 of 2" in first
    second = client.get("/mail/review/", {"page": 2}).content.decode()
    assert second.count('name="ids"') == 3 and "Earlier ones" in second
    assert client.get("/mail/review/", {"page": "last"}).status_code == 200
    client.post("/mail/review/bulk/", {"action": "not_job", "scope": "all"})
    assert not MailMessage.objects.filter(pk__in=[m.pk for m in waiting], status="review").exists()


def test_the_application_choice_offers_the_likely_ones_not_every_application(alice, client):
    import datetime as dt

    from django.utils import timezone

    from onward.mail.views import REVIEW_CHOICES
    from onward.tracker.services import NewApplication, create_applications

    old = timezone.now() - dt.timedelta(days=900)
    acme_old = create_applications(alice, [NewApplication("Acme", "Old role", at=old)])[0]
    create_applications(alice, [NewApplication(f"Other {n}", f"Role {n}", at=old + dt.timedelta(hours=n))
                                for n in range(REVIEW_CHOICES * 3)])
    m = queued(alice)
    client.force_login(alice)
    page = client.get("/mail/review/").content.decode()
    options = page.count("<option value=\"") - page.count('value="confirm"')
    assert options < 2 * REVIEW_CHOICES + 20  # labels and bulk answers included, never all 151 applications
    assert f'value="{acme_old.pk}"' in page  # at the company the message names, however old
    # Choosing any of one's own applications still works, listed or not.
    hidden = Application.objects.filter(owner=alice).order_by("last_activity_at").exclude(pk=acme_old.pk).first()
    client.post(f"/mail/messages/{m.pk}/review/", {f"m{m.pk}-label": "rejection", f"m{m.pk}-application": hidden.pk})
    m.refresh_from_db()
    assert m.application_id == hidden.pk


def test_a_close_call_offers_the_runner_up_in_one_click(alice, client):
    m = queued(alice, evidence=["model: rejection 0.50, application_ack 0.45",
                                "close call: rejection 0.49 against application_ack 0.46"])
    assert resolve.quick_answers(m) == [("confirm", "Yes, a rejection"),
                                        ("as:application_ack", "No, a note that your application arrived"),
                                        ("not_job", "Not job-related")]
    client.force_login(alice)
    page = client.get("/mail/review/").content.decode()
    assert 'data-action="as:application_ack"' in page
    client.post(f"/mail/messages/{m.pk}/resolve/", {"action": "as:application_ack"})
    m.refresh_from_db()
    assert (m.status, m.reviewed_label) == ("confirmed", "application_ack")
    assert Application.objects.get(owner=alice).stage == "applied"
    # Only a label Onward weighed, and one a click can act on.
    other = queued(alice, 2)
    for action in ("as:offer_letter", "as:other", "as:"):
        with pytest.raises(resolve.apply.MailError):
            resolve.resolve(other, action)


@pytest.mark.parametrize("label", ["rejection", "interview", "offer", "application_ack", "assessment", "other",
                                   "recruiter_outreach"])
def test_every_close_call_answer_resolves(alice, label):
    runner_up = "interview" if label != "interview" else "offer"
    evidence = [f"close call: {label} 0.45 against {runner_up} 0.40"]
    for n, (action, _) in enumerate(resolve.quick_answers(queued(alice, 0, label=label, evidence=evidence)), 1):
        m = queued(alice, n, label=label, evidence=evidence)
        resolve.resolve(m, action)
        m.refresh_from_db()
        assert m.status != "review", (label, action)


def test_a_deciding_sentence_the_classifier_gave_twice_is_quoted_once(alice):
    m = queued(alice)
    m.classification["deciding_sentences"] = [f"{DECIDING}.", f" {DECIDING}.", "We wish you the best of luck."]
    m.save()
    assert explain.deciding_sentences(m) == [f"{DECIDING}.", "We wish you the best of luck."]
