"""Drafts edited in place and sent as edited; the debrief step closes once the debrief is saved; the same
interview is not recorded twice without a yes."""

import datetime as dt
import email
from email import policy
from email.utils import parsedate_to_datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from onward.playbook import debriefs, plans, rejections
from onward.tracker import services as tracker
from onward.tracker.models import Contact, Interview, Task


def test_the_draft_page_is_editable_and_offers_the_people_at_the_company(alice_client, alice, app):
    Contact.objects.create(owner=alice, name="Priya Shah", email="priya@acme.test", company=app.company)
    Contact.objects.create(owner=alice, name="Someone Elsewhere")
    page = alice_client.get(reverse("playbook:draft", args=[app.pk, "thank_you"])).content.decode()
    assert '<textarea id="draft-body" name="body" rows="16">' in page  # not readonly
    assert 'id="draft-subject" name="subject"' in page
    assert "Priya Shah (priya@acme.test)" in page and "Someone Elsewhere" not in page


def test_choosing_a_contact_fills_in_their_name_and_address(alice_client, alice, app):
    priya = Contact.objects.create(owner=alice, name="Priya Shah", email="priya@acme.test", company=app.company)
    page = alice_client.get(reverse("playbook:draft", args=[app.pk, "thank_you"]), {"contact": priya.pk})
    text = page.content.decode()
    assert "Dear Priya Shah," in text and "[interviewer&#x27;s name]" not in text
    assert 'value="priya@acme.test"' in text


def test_the_eml_carries_the_edited_text_the_address_and_a_date(alice_client, app):
    before = timezone.now().replace(microsecond=0)
    response = alice_client.post(reverse("playbook:draft_eml", args=[app.pk, "thank_you"]), {
        "to": "lee@acme.test", "subject": "Thank you, Lee", "body": "Dear Lee,\r\n\r\nThank you.\r\n",
    })
    assert response.status_code == 200 and response["Content-Type"] == "message/rfc822"
    msg = email.message_from_bytes(response.content, policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "lee@acme.test"
    assert msg["Subject"] == "Thank you, Lee"
    assert msg.get_content().replace("\r\n", "\n") == "Dear Lee,\n\nThank you.\n"
    assert parsedate_to_datetime(msg["Date"]) >= before
    assert msg["X-Unsent"] == "1"


def test_the_plain_eml_download_has_a_date_and_the_contacts_address(alice_client, alice, app):
    Contact.objects.create(owner=alice, name="Sam Lee", email="sam@acme.test", company=app.company, role="recruiter")
    response = alice_client.get(reverse("playbook:draft_eml", args=[app.pk, "keep_in_mind"]))
    msg = email.message_from_bytes(response.content, policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "sam@acme.test" and msg["Date"]


def test_a_bad_address_is_said_plainly_and_the_edits_stay(alice_client, app):
    response = alice_client.post(reverse("playbook:draft_eml", args=[app.pk, "thank_you"]), {
        "to": "not an address", "subject": "Mine", "body": "My own words",
    })
    assert response.status_code == 400
    text = response.content.decode()
    assert "is not an e-mail address." in text and "My own words" in text and 'value="Mine"' in text


def test_saving_the_debrief_closes_its_plan_step(alice_client, app):
    rejection = rejections.log_rejection(app)
    step = {item.step_id: item.task for item in plans.plan(rejection)}["debrief"]
    interview = app.interviews.get()
    alice_client.post(reverse("playbook:debrief", args=[interview.pk]), {"went_well": "Clear answers"})
    step.refresh_from_db()
    assert step.status == Task.Status.DONE
    assert "Done when you saved the debrief" in step.notes


def test_no_debrief_step_when_the_debrief_is_already_written(app):
    debriefs.save_debrief(app.interviews.get(), went_well="Good rapport")
    rejection = rejections.log_rejection(app)
    assert "debrief" not in {item.step_id for item in plans.plan(rejection)}


def test_the_same_interview_twice_asks_first(alice_client, app):
    url = reverse("tracker:interview_add", args=[app.pk])
    data = {"scheduled_at": "2026-12-01T10:30", "kind": "final"}
    alice_client.post(url, data, HTTP_HX_REQUEST="true")
    again = alice_client.post(url, data, HTTP_HX_REQUEST="true").content.decode()
    assert Interview.objects.filter(kind="final").count() == 1
    assert "is already recorded" in again
    assert 'type="checkbox" name="again"' in again
    alice_client.post(url, data | {"again": "on"}, HTTP_HX_REQUEST="true")
    assert Interview.objects.filter(kind="final").count() == 2


def test_the_service_refuses_a_duplicate_unless_told(app):
    when = timezone.now().replace(second=12) + dt.timedelta(days=3)
    tracker.log_interview(app, scheduled_at=when, kind="final")
    with pytest.raises(tracker.DuplicateInterview):
        tracker.log_interview(app, scheduled_at=when.replace(second=40), kind="final")
    tracker.log_interview(app, scheduled_at=when, kind="onsite")  # another kind is another interview
    assert app.interviews.count() == 3
