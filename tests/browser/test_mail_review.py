"""The review queue in a real browser: one click resolves an item in place, bulk answers several, and the
message page shows why in words with the deciding sentence highlighted and the scores behind "Details"."""

import pytest
from playwright.sync_api import expect

from onward.mail.models import MailMessage
from onward.tracker.models import Application
from tests.mail.review_helpers import DECIDING, queued

pytestmark = pytest.mark.browser


def test_one_click_and_bulk_answers_resolve_the_queue(logged_in_page, browser_user):
    page = logged_in_page
    outreach = queued(browser_user, 1, label="recruiter_outreach", company="Initech", title="Platform Engineer",
                      evidence=[])
    rejections = [queued(browser_user, n) for n in (2, 3)]
    page.goto("/mail/review/")

    item = page.locator(f"#review-{outreach.pk}")
    item.get_by_role("button", name="Add to wishlist").click()
    expect(page.locator(f"#review-{outreach.pk}")).to_contain_text(
        "Added Platform Engineer at Initech to your wishlist")
    assert Application.objects.get(owner=browser_user).stage == "wishlist"

    for m in rejections:
        page.locator(f"#review-{m.pk} input[type=checkbox]").check()
    page.get_by_label("With the selected messages:").select_option("not_job")
    page.get_by_role("button", name="Apply to selected").click()
    expect(page.get_by_text("Saved 2 messages.")).to_be_visible()
    assert not MailMessage.objects.filter(owner=browser_user, status="review").exists()
    expect(page.get_by_text("Nothing waiting.")).to_be_visible()


def test_the_message_page_highlights_why_and_wraps(logged_in_page, browser_user):
    page = logged_in_page
    m = queued(browser_user, 1, confidence=1.0, body=f"{'A long line without breaks ' * 40}\n{DECIDING}.")
    page.goto(f"/mail/messages/{m.pk}/")
    expect(page.locator("#why-line")).to_have_text(
        "Looks like a rejection: they chose another candidate. The highlighted words in the message decided it.")
    expect(page.locator("#mail-body mark.decided")).to_have_text(DECIDING)
    expect(page.get_by_text("1.00")).to_have_count(0)  # not as words, not behind Details: the item is held
    details_text = page.locator("details.details-raw").first.text_content()
    assert "1.00" not in details_text and "0.55" in details_text
    details = page.locator("details.details-raw").first
    expect(details.get_by_text("rule rejection", exact=False)).not_to_be_visible()
    details.locator("summary").click()
    expect(details.get_by_text("rule rejection", exact=False)).to_be_visible()
    body = page.locator("#mail-body")
    assert body.evaluate("el => el.scrollWidth <= el.clientWidth + 1")


def test_labels_read_as_words_not_codes(logged_in_page, browser_user):
    page = logged_in_page
    ack = queued(browser_user, 1, label="application_ack", evidence=[])
    page.goto("/mail/review/")
    page.locator(f"#review-{ack.pk}").locator("button[data-action=confirm]").click()
    expect(page.locator(f"#review-{ack.pk}")).to_contain_text("Saved as Application received")
    page.goto(f"/mail/messages/{ack.pk}/")
    expect(page.locator("main")).to_contain_text("as Application received")
    expect(page.locator("main")).not_to_contain_text("ack")


def test_something_else_offers_labels_in_words(logged_in_page, browser_user):
    page = logged_in_page
    m = queued(browser_user, 1)
    page.goto("/mail/review/")
    item = page.locator(f"#review-{m.pk}")
    item.get_by_text("Something else").click()
    options = item.locator("details select").first.locator("option").all_inner_texts()
    assert "Application received" in options and "Not job-related" in options, options
    assert not any("ack" in o or o == "Other" for o in options), options
