import datetime as dt
import email
from email import policy

import pytest
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.playbook import drafts, rejections
from onward.tracker import services as tracker
from onward.tracker.models import Contact


def test_missing_details_stay_visible_placeholders(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer")
    draft = drafts.render(app, "thank_you")
    assert draft.body.startswith("Dear [interviewer's name],")
    assert "during the [interview] on [interview date] for the Data Engineer role at Acme" in draft.body
    assert draft.body.rstrip().endswith("[your name]")
    assert draft.placeholders_left == ["[interviewer's name]", "[interview]", "[interview date]", "[your name]"]
    assert draft.to_email == ""
    assert "Acme" in draft.subject or "Data Engineer" in draft.subject


def test_known_details_are_filled_in(alice):
    alice.first_name, alice.last_name = "Alice", "Martin"
    alice.save()
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer")
    priya = Contact.objects.create(owner=alice, name="Priya Shah", email="priya@acme.test", company=app.company)
    when = timezone.make_aware(dt.datetime(2026, 11, 10, 14, 0))
    tracker.log_interview(app, scheduled_at=when, kind="technical", interviewers=[priya])
    draft = drafts.render(app, "thank_you")
    assert draft.body.startswith("Dear Priya Shah,")
    assert "during the technical interview on 10 November 2026 for the Data Engineer role at Acme" in draft.body
    assert draft.body.rstrip().endswith("Alice Martin")
    assert draft.placeholders_left == []
    assert (draft.to_name, draft.to_email) == ("Priya Shah", "priya@acme.test")


def test_every_shipped_draft_renders_without_inventing(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    rejections.log_rejection(app, rejection_type="keep_on_file")
    for kind in ("thank_you", "keep_in_mind", "reconnect"):
        draft = drafts.render(app, kind)
        assert "{" not in draft.body and "}" not in draft.body
        assert "Acme" in draft.body
        # nobody is on record at Acme, so no name is made up
        assert "[contact's name]" in draft.body or "[interviewer's name]" in draft.body


def test_eml_parses_as_an_unsent_draft_to_the_contact(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer")
    Contact.objects.create(owner=alice, name="Sam Lee", email="sam@acme.test", company=app.company, role="recruiter")
    draft = drafts.render(app, "keep_in_mind")
    msg = email.message_from_bytes(draft.to_eml(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == "sam@acme.test"
    assert msg["To"].addresses[0].display_name == "Sam Lee"
    assert msg["Subject"] == "Please keep me in mind: Data Engineer at Acme"
    assert msg.get_content().replace("\r\n", "\n") == draft.body
    assert draft.filename == "please-keep-me-in-mind-data-engineer-at-acme.eml"


def test_mailto_link_carries_subject_and_body(alice):
    app = tracker.create_application(alice, company_name="Acme & Sons", title="Dev")
    draft = drafts.render(app, "reconnect")
    assert draft.mailto.startswith("mailto:?subject=Checking%20in%3A%20Acme%20%26%20Sons&body=Dear%20")


def test_unknown_draft_is_a_clear_error(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    with pytest.raises(OnwardError, match="No draft called 'poem'"):
        drafts.render(app, "poem")


def test_line_breaks_in_names_never_reach_a_header(alice, client):
    # A CSV cell, a JSON import or the API can carry a line break into a name; a header must not.
    app = tracker.create_application(alice, company_name="Acme\r\nBcc: someone@evil.example", title="Data\nEngineer")
    Contact.objects.create(owner=alice, name="Sam\r\nLee", email="sam@acme.test", company=app.company,
                           role="recruiter")
    client.force_login(alice)
    response = client.get(f"/playbook/draft/{app.pk}/keep_in_mind.eml")
    assert response.status_code == 200
    msg = email.message_from_bytes(response.content, policy=policy.default)
    assert msg["Bcc"] is None
    assert msg["Subject"].strip() == "Please keep me in mind: Data Engineer at Acme Bcc: someone@evil.example"
    assert msg["To"].addresses[0].display_name == "Sam Lee"
