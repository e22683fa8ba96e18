"""The Insights dashboard in a real browser: server-drawn charts, SVG download, laptop and phone screenshots."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def _seed(owner):
    from onward.tracker import services
    from onward.tracker.stages import Stage

    now = timezone.now()
    plan = [
        ("Acme", "Senior Data Analyst", "referral", 50, [(Stage.SCREENING, 44), (Stage.INTERVIEWING, 40),
                                                          (Stage.REJECTED, 30)]),
        ("Acme", "Data Analyst", "job_board", 45, [(Stage.REJECTED, 40)]),
        ("Beta", "Data Analyst", "referral", 25, [(Stage.INTERVIEWING, 18), (Stage.OFFER, 4)]),
        ("Gamma", "Backend Engineer", "job_board", 35, []),
        ("Gamma", "Software Engineer", "job_board", 28, [(Stage.GHOSTED, 3)]),
        ("Delta", "Data Engineer", "recruiter", 9, [(Stage.SCREENING, 5)]),
        ("Epsilon", "Analytics Engineer", "job_board", 3, []),
    ]
    for company, title, source, ago, moves in plan:
        app = services.create_application(owner, company_name=company, title=title, source=source,
                                          at=now - dt.timedelta(days=ago))
        for stage, days in moves:
            services.move(app, stage, at=now - dt.timedelta(days=days))


def _charts_drawn(page, count):
    page.wait_for_function(f"document.querySelectorAll('.chart svg.chart-svg').length >= {count}")


@pytest.fixture
def signed_in(page, browser_user, live_server):
    """Signed in by session cookie: the login form has its own tests, and this keeps the test quick on a busy box."""
    from django.test import Client

    client = Client()
    client.force_login(browser_user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])
    page.set_default_timeout(30_000)
    return page


def test_dashboard_draws_charts_and_offers_export(signed_in, browser_user):
    page = signed_in
    _seed(browser_user)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/insights/")
    # Five: with this few outcomes, Looking ahead shows the benchmarks instead of a projection chart.
    _charts_drawn(page, 5)
    assert errors == []
    # Every chart has a name a screen reader reads, and no chart script is loaded.
    assert page.get_by_role("img", name="Your funnel · all time").is_visible()
    assert page.evaluate("[...document.scripts].every(s => !/vega/.test(s.src))")
    # The detail sections are one click away; the flow chart is inside one.
    page.locator("summary", has_text="How applications moved").click()
    assert page.locator("#chart-sankey svg rect").count() >= 3
    # Each chart downloads as an SVG file.
    with page.expect_download() as download:
        page.locator("#chart-funnel").get_by_role("link", name="Download SVG").click()
    assert download.value.suggested_filename == "onward-funnel.svg"
    assert "<svg" in open(download.value.path(), encoding="utf-8").read()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "insights_laptop.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    _charts_drawn(page, 5)
    # Charts keep their text size on a phone and few rows never squash into slivers.
    assert page.locator("#chart-funnel svg").bounding_box()["height"] >= 150
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, "the page scrolls sideways on a phone"
    page.screenshot(path=str(ARTIFACTS / "insights_phone.png"), full_page=True)


def test_goal_and_check_in_without_reload(signed_in):
    page = signed_in
    page.goto("/insights/")
    page.get_by_text("Add a weekly goal").click()
    page.get_by_label("Kind").select_option("learning")
    page.get_by_label("Each week").fill("2")
    page.get_by_role("button", name="Add goal").click()
    page.get_by_text("Added a weekly goal: Learning, 2 a week.").wait_for()
    page.get_by_role("button", name="+1").click()
    page.get_by_text("1 of 2").wait_for()
    page.locator("label", has_text="4").first.click()
    page.get_by_role("button", name="Save check-in").click()
    page.get_by_text("Thank you for checking in.").wait_for()
    _charts_drawn(page, 1)  # the mood trend appears after the first check-in


def test_table_headers_never_break_inside_a_word_on_a_phone(signed_in, browser_user):
    page = signed_in
    _seed(browser_user)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/insights/")
    for summary in page.locator("details.fold > summary").all():
        summary.click()
    # Each word of every visible header sits on one line (a word split across lines has two boxes).
    broken = page.evaluate("""() => {
      const out = [];
      for (const th of document.querySelectorAll('th')) {
        if (!th.offsetParent) continue;
        const text = th.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) continue;
        for (const match of text.data.matchAll(/\\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          if (range.getClientRects().length > 1) out.push(match[0]);
        }
      }
      return out;
    }""")
    assert page.locator("th:visible").count() >= 10
    assert broken == []


@pytest.mark.parametrize("width,height", [(1366, 768), (390, 844)])
def test_the_outlook_names_the_occupation_and_keeps_the_users_choice(signed_in, browser_user, width, height):
    """The occupation is changed by typing a few letters and tapping an answer, at laptop and phone width."""
    from onward.tracker import services

    page = signed_in
    page.set_viewport_size({"width": width, "height": height})
    services.create_application(browser_user, company_name="Acme", title="Data Analyst")
    page.goto("/insights/")
    outlook = page.locator("#outlook")
    outlook.locator("summary").first.click()
    row = outlook.locator("tr", has_text="data analyst").first
    expect(row).to_contain_text("Data scientists")
    outlook.get_by_text("Not the right occupation for “data analyst”?").click()
    expect(outlook.get_by_text("Chosen because “data analyst” reads like the title")).to_be_visible()
    assert outlook.locator("select").count() == 0  # no list of 800 options to scroll through
    field = outlook.get_by_label("Search occupations for data analyst")
    field.press_sequentially("statist", delay=30)
    answer = outlook.get_by_label("Statisticians")
    expect(answer).to_be_visible()
    # The field, its buttons and every answer fit the screen: nothing runs off to the side on a phone.
    parts = [field, outlook.get_by_role("button", name="Search"), outlook.get_by_role("button", name="Save"),
             *outlook.locator(".occupation-option").all()]
    for part in parts:
        box = part.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, part
    answer.check()
    outlook.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    page.goto("/insights/")
    page.locator("#outlook summary").first.click()
    row = page.locator("#outlook tr", has_text="data analyst").first
    expect(row).to_contain_text("Statisticians")
    expect(row).to_contain_text("your choice")
    page.screenshot(path=str(ARTIFACTS / f"outlook-chosen-{width}.png"), full_page=True)


def test_the_occupation_search_works_without_scripts(browser, live_server, browser_user):
    from django.test import Client

    from onward.tracker import services

    services.create_application(browser_user, company_name="Acme", title="Pharmacy Technician")
    client = Client()
    client.force_login(browser_user)
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False,
                                  viewport={"width": 390, "height": 844})
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        page.goto("/insights/")
        outlook = page.locator("#outlook")
        outlook.locator("summary").first.click()
        outlook.get_by_text("Not the right occupation for “pharmacy technician”?").click()
        outlook.get_by_label("Search occupations for pharmacy technician").fill("pharmacist")
        outlook.get_by_role("button", name="Search").click()
        page.wait_for_url("**/insights/?*")
        page.get_by_label("Pharmacists", exact=True).check()
        page.locator("#outlook").get_by_role("button", name="Save", exact=True).click()
        page.wait_for_url("**/insights/**")
        expect(page.get_by_text("Saved. The outlook now uses the occupation you chose.")).to_be_visible()
        page.locator("#outlook summary").first.click()
        expect(page.locator("#outlook tr", has_text="pharmacy technician").first).to_contain_text("Pharmacists")
    finally:
        context.close()


def test_the_outlook_leaves_out_roles_no_one_named(signed_in, browser_user):
    """Mail that did not name the role makes an application titled as such; that is no job title to project."""
    from onward.tracker import services
    from onward.tracker.models import UNNAMED_ROLE

    page = signed_in
    for company in ("Acme", "Globex"):
        services.create_application(browser_user, company_name=company, title=UNNAMED_ROLE)
    services.create_application(browser_user, company_name="Initech", title="Backend engineer")
    page.goto("/insights/")
    outlook = page.locator("#outlook")
    outlook.locator("summary").first.click()
    expect(outlook.locator("tr", has_text="backend engineer").first).to_contain_text("Software developers")
    expect(outlook).not_to_contain_text("not named")
    expect(outlook.locator("tbody > tr:not(.related):not(.occupation-choice)")).to_have_count(1)
