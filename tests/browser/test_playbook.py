import datetime as dt
import email
import re
from email import policy

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from onward.playbook.models import Rejection
from onward.tracker import services as tracker
from onward.tracker.models import Contact, Task
from onward.tracker.stages import Stage

pytestmark = pytest.mark.browser


def test_log_rejection_after_interview_shows_plan_and_downloads_thank_you(logged_in_page, browser_user, settings,
                                                                         tmp_path):
    settings.DATA_DIR = tmp_path  # the shipped playbook is in force
    page = logged_in_page
    app = tracker.create_application(browser_user, company_name="Acme", title="Data Engineer")
    priya = Contact.objects.create(owner=browser_user, name="Priya Shah", email="priya@acme.test",
                                   company=app.company)
    tracker.log_interview(app, scheduled_at=timezone.now() - dt.timedelta(days=3), kind="technical",
                          interviewers=[priya])

    page.goto(f"/playbook/reject/{app.pk}/")
    page.get_by_label("Position filled").check()
    page.get_by_label("Their feedback, word for word").fill("We went with someone with more Spark experience.")
    page.get_by_label("3", exact=True).check()
    page.get_by_role("button", name="Save and make my plan").click()

    expect(page).to_have_url(re.compile(r"/playbook/rejection/\d+/$"))
    rejection = Rejection.objects.get(application=app)
    assert rejection.stage_reached == Stage.INTERVIEWING and rejection.feeling == 3
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED and app.interviews.count() == 1

    today = timezone.localdate()
    expected = {"pause": 0, "thank_you": 2, "debrief": 2, "review_resume": 3, "reconnect_warm": 49}
    for step, days in expected.items():
        due = page.locator(f'li.plan-step[data-step="{step}"] .plan-due')
        expect(due).to_have_attribute("data-due", (today + dt.timedelta(days=days)).isoformat())
    expect(page.locator('li[data-step="thank_you"] .plan-title')).to_have_text(
        "Send a thank-you to Priya Shah and ask for feedback")
    expect(page.locator("#pipeline-facts")).to_have_text("0 active applications.")
    expect(page.get_by_text("Your one rejection so far was for a reason outside your control: position filled."))\
        .to_be_visible()

    # Done from the plan: the task is marked done and the step shows it.
    page.locator('li[data-step="pause"]').get_by_role("button", name="Done").click()
    expect(page.locator('li[data-step="pause"] .plan-due')).to_have_text("done")
    assert Task.objects.get(plan_item__step_id="pause").status == Task.Status.DONE

    page.locator('li[data-step="thank_you"]').get_by_role("link", name="See the draft").click()
    expect(page.locator("#draft-body")).to_contain_text("Dear Priya Shah,")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download as a draft (.eml)").click()
    path = tmp_path / "draft.eml"
    info.value.save_as(path)
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == "priya@acme.test"
    assert msg["Subject"] == "Thank you, and a request for feedback: Data Engineer"
    body = msg.get_content()
    assert body.startswith("Dear Priya Shah,")
    assert "technical interview" in body and "Data Engineer role at Acme" in body
    assert "[your name]" in body  # not on record, so left for the user to fill in


def test_draft_is_edited_in_place_then_copied_and_downloaded_as_edited(logged_in_page, browser_user, settings,
                                                                        tmp_path):
    settings.DATA_DIR = tmp_path
    page = logged_in_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    app = tracker.create_application(browser_user, company_name="Acme", title="Data Engineer")
    priya = Contact.objects.create(owner=browser_user, name="Priya Shah", email="priya@acme.test",
                                   company=app.company)
    tracker.log_interview(app, scheduled_at=timezone.now() - dt.timedelta(days=3), kind="technical")

    page.goto(f"/playbook/draft/{app.pk}/thank_you/")
    expect(page.locator("#draft-body")).to_have_value(re.compile(r"^Dear \[interviewer's name\],"))
    page.get_by_label("Write to").select_option(str(priya.pk))
    page.get_by_role("button", name="Fill in for this person").click()
    expect(page.locator("#draft-body")).to_have_value(re.compile(r"^Dear Priya Shah,"))
    expect(page.get_by_label("To", exact=True)).to_have_value("priya@acme.test")

    body = page.locator("#draft-body")
    body.fill(body.input_value().replace("[your name]", "Walker"))
    page.get_by_role("button", name="Copy to clipboard").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Thank you, and a request for feedback: Data Engineer\n\nDear Priya Shah,")
    assert copied.rstrip().endswith("Walker")

    with page.expect_download() as info:
        page.get_by_role("button", name="Download as a draft (.eml)").click()
    path = tmp_path / "edited.eml"
    info.value.save_as(path)
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "priya@acme.test" and msg["Date"]
    assert msg.get_content().rstrip().endswith("Walker")


def test_the_application_page_offers_the_drafts_its_plan_uses(logged_in_page, browser_user, settings, tmp_path):
    from onward.playbook import rejections

    settings.DATA_DIR = tmp_path  # the shipped playbook is in force
    page = logged_in_page
    app = tracker.create_application(browser_user, company_name="Quarry & Co", title="Data Analyst Intern")
    rejections.log_rejection(app, rejection_type="keep_on_file", feedback_offered=True, keep_on_file=True)
    page.goto(f"/applications/{app.pk}/")
    drafts = page.locator("#playbook-panel")
    expect(drafts.get_by_role("link", name="Reply accepting their feedback offer")).to_be_visible()
    expect(drafts.get_by_role("link", name="Thank-you with a feedback request")).to_have_count(0)
    expect(drafts).to_contain_text("They offered to share feedback.")
    # The record says "They'll keep your resume on file" once, not again as an opening they left.
    assert drafts.locator("p").first.inner_text().lower().count("keep your resume on file") == 1


def test_a_draft_never_names_the_role_as_not_named(logged_in_page, browser_user, settings, tmp_path):
    from onward.playbook import rejections
    from onward.tracker.models import UNNAMED_ROLE

    settings.DATA_DIR = tmp_path
    page = logged_in_page
    app = tracker.create_application(browser_user, company_name="Olive Garden Supplies", title=UNNAMED_ROLE)
    rejections.log_rejection(app, keep_on_file=True)
    page.goto(f"/playbook/draft/{app.pk}/keep_in_mind/")
    expect(page.locator("#placeholders-left")).to_contain_text("[role]")
    assert "not named" not in page.locator("#draft-body").input_value()
    page.goto(f"/applications/{app.pk}/")
    expect(page.locator("main")).not_to_contain_text("Review your resume against the Role not named")
