import re

import pytest
from playwright.sync_api import expect

from onward.tracker import services
from onward.tracker.models import Application, Contact, StageChange
from tests.browser.conftest import ARTIFACTS, BROWSER_USER

pytestmark = pytest.mark.browser


def _column(page, stage):
    return page.locator(f'ul.cards[data-stage="{stage}"]')


def test_setup_add_drag_keyboard_move_and_timeline(page):
    page.goto("/")
    expect(page).to_have_url(re.compile("/setup/"))
    page.get_by_label("Username").fill("sam")
    page.locator("#id_password").fill("a long passphrase 42")
    page.locator("#id_password_again").fill("a long passphrase 42")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_text("Your account is ready.")).to_be_visible()

    page.goto("/board/")
    page.get_by_text("Add an application").click()
    page.get_by_label("Company").fill("Acme")
    page.get_by_label("Role title").fill("Data Engineer")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_text("Added Data Engineer at Acme.")).to_be_visible()
    expect(page).to_have_url(re.compile("/board/$"))
    card = _column(page, "applied").locator(".card", has_text="Data Engineer")
    expect(card).to_be_visible()

    # Drag and drop into Screening.
    card.drag_to(_column(page, "screening"))
    expect(page.locator(".board-status")).to_have_text("Moved Data Engineer at Acme to Screening.")
    expect(_column(page, "screening").locator(".card", has_text="Data Engineer")).to_be_visible()
    expect(_column(page, "applied").locator(".card")).to_have_count(0)

    # The keyboard path: focus the card's stage control and step two stages on; only the last one is recorded.
    select = _column(page, "screening").get_by_label("Stage of Data Engineer at Acme")
    select.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.locator(".board-status")).to_have_text("Moved Data Engineer at Acme to Offer.")
    moved = _column(page, "offer").get_by_label("Stage of Data Engineer at Acme")
    expect(moved).to_be_focused()

    app = Application.objects.get()
    assert app.stage == "offer"
    assert list(StageChange.objects.values_list("to_stage", flat=True)) == ["applied", "screening", "offer"]

    _column(page, "offer").get_by_role("link", name=re.compile("Acme")).click()
    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("Added as Applied")
    expect(timeline).to_contain_text("Applied → Screening")
    expect(timeline).to_contain_text("Screening → Offer")


def test_quick_actions_and_task_inline(logged_in_page):
    page = logged_in_page
    page.goto("/applications/new/")
    page.get_by_label("Company").fill("Globex")
    page.get_by_label("Role title").fill("Analyst")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("h1")).to_have_text("Analyst")

    page.get_by_text("Add task").first.click()
    page.locator("#task_title").fill("Send a thank-you")
    page.locator('button[type=submit]:has-text("Add task")').click()
    expect(page.locator(".status-line")).to_have_text("Task added.")
    page.get_by_role("button", name="Done: Send a thank-you").click()
    expect(page.locator(".tasks .task", has_text="Send a thank-you")).to_contain_text("Done")

    page.get_by_text("Add note").first.click()
    page.locator("#note_body").fill("<b>not bold</b>")
    page.locator('button[type=submit]:has-text("Add note")').click()
    expect(page.locator("#timeline")).to_contain_text("<b>not bold</b>")


def test_board_scrolls_sideways_on_a_phone(logged_in_page, browser_user):
    page = logged_in_page
    for company, title, stage in [("Acme", "Data Engineer", "applied"), ("Globex", "Analyst", "screening"),
                                  ("Initech", "Platform Engineer", "rejected")]:
        services.create_application(browser_user, company_name=company, title=title, stage=stage)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/board/")
    overflow = page.locator(".board").evaluate("el => el.scrollWidth > el.clientWidth")
    assert overflow
    page_overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    assert not page_overflow
    page.set_viewport_size({"width": 1280, "height": 800})
    page.reload()
    page.locator("#closed-area summary").click()
    expect(page.locator(".closed-cards")).to_contain_text("Platform Engineer")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "board_laptop.png"), full_page=True)


def test_every_tracker_page_is_styled(logged_in_page, browser_user):
    page = logged_in_page
    app = services.create_application(browser_user, company_name="Acme", title="Data Engineer")
    services.add_task(browser_user, title="Follow up with Ana", due_date=app.date_applied, application=app)
    person = Contact.objects.create(owner=browser_user, name="Ana", company=app.company)
    pages = {
        "today": "/", "table": "/applications/", "new": "/applications/new/", "contacts": "/contacts/",
        "contact": f"/contacts/{person.pk}/", "company": f"/companies/{app.company_id}/",
        "companies": "/companies/", "settings": "/settings/", "not_found": "/applications/999999/",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    for name, url in pages.items():
        page.goto(url)
        # Pico's sans-serif stack replaces the browser's default serif font once the stylesheet applies.
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "system-ui" in font or "sans-serif" in font, (url, font)
        page.screenshot(path=str(ARTIFACTS / f"page_{name}.png"), full_page=True)
    expect(page.locator("h1")).to_have_text("This page isn’t here")


def test_htmx_action_after_sign_out_elsewhere_shows_the_sign_in_page(logged_in_page, browser_user):
    page = logged_in_page
    app = services.create_application(browser_user, company_name="Acme", title="Data Engineer")
    page.goto("/board/")
    page.context.clear_cookies(name="sessionid")
    _column(page, "applied").get_by_label("Stage of Data Engineer at Acme").select_option("screening")
    expect(page).to_have_url(re.compile("/login/"))
    app.refresh_from_db()
    assert app.stage == "applied"
    page.get_by_label("Username").fill(BROWSER_USER[0])
    page.locator("#id_password").fill(BROWSER_USER[1])
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/board/$"))


def test_expired_page_says_so_instead_of_failing_silently(logged_in_page, browser_user):
    page = logged_in_page
    app = services.create_application(browser_user, company_name="Acme", title="Data Engineer")
    page.goto("/board/")
    page.context.clear_cookies()
    _column(page, "applied").get_by_label("Stage of Data Engineer at Acme").select_option("screening")
    expect(page.get_by_role("alert")).to_contain_text("the page had expired")
    app.refresh_from_db()
    assert app.stage == "applied"
