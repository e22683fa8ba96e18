"""The Content-Security-Policy blocks nothing the app itself needs: no violations, charts still drawn."""

import pytest

from onward.match import services as match
from onward.tracker import services as tracker

pytestmark = pytest.mark.browser


def test_pages_run_under_the_policy_without_violations(logged_in_page, browser_user):
    page = logged_in_page
    app = tracker.create_application(browser_user, company_name="Northwind", title="Data engineer")
    match.add_resume_version(browser_user, name="Main", text="Python SQL data pipelines")
    refused = []
    page.on("console", lambda msg: refused.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.on("pageerror", lambda exc: refused.append(str(exc)))

    for path in ("/", "/board/", "/applications/", f"/applications/{app.pk}/", "/playbook/",
                 f"/playbook/draft/{app.pk}/follow_up/", "/calendar/", "/import/bookmarklet/",
                 "/match/wishlist/", "/mail/", "/settings/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")

    page.goto("/insights/")
    page.locator(".chart svg").first.wait_for()
    assert refused == []
