"""Match in a browser: a report saved on the match page shows on the application page, and a resume uploaded on
the match page is kept as a named version that an application's match page then offers."""

import re

from playwright.sync_api import expect

from onward.match import services as match
from onward.tracker import services

POSTING = "Data Engineer\nRequirements\n- Python and SQL\n- Kubernetes and Airflow\n"
RESUME = "Summary\nData engineer\nExperience\nAcme, Jan 2019 - Present\nSkills\nPython, SQL\nsam@example.org\n"


def test_a_saved_report_shows_on_the_application_page(logged_in_page, browser_user):
    page = logged_in_page
    app = services.create_application(browser_user, company_name="Acme", title="Data Engineer",
                                      job_description=POSTING)
    match.add_resume_version(browser_user, name="Data, short", text=RESUME)
    page.goto(f"/applications/{app.pk}/")
    expect(page.get_by_role("heading", name="Match report")).to_be_visible()
    page.get_by_role("link", name="Match this posting with a resume").click()
    expect(page.get_by_text(re.compile(r"Match rate: \d+ of 100"))).to_be_visible()
    page.get_by_role("button", name="Save this report with the application").click()
    expect(page.get_by_text("The report is saved with this application.")).to_be_visible()
    page.get_by_role("link", name="Back to the application").click()
    section = page.locator(".saved-match-report")
    expect(section.get_by_text(re.compile(r"Match rate \d+ of 100 with “Data, short”"))).to_be_visible()
    expect(section.get_by_text("Kubernetes")).to_be_visible()


def test_a_resume_uploaded_on_the_match_page_is_kept_and_offered_later(logged_in_page, browser_user):
    page = logged_in_page
    page.goto("/match/")
    page.get_by_label("Or upload a resume").set_input_files(
        {"name": "Sam Lee CV.txt", "mimeType": "text/plain", "buffer": RESUME.encode()})
    page.get_by_label("Job description").fill(POSTING)
    page.get_by_role("button", name="Compare").click()
    expect(page.get_by_text(re.compile(r"Match rate: \d+ of 100"))).to_be_visible()
    expect(page.get_by_text("Your resume is kept as the version “Sam Lee CV”")).to_be_visible()
    # An application's match page (where the plan's "Review your resume" step leads) offers it.
    app = services.create_application(browser_user, company_name="Acme", title="Data Engineer",
                                      job_description=POSTING)
    page.goto(f"/match/application/{app.pk}/")
    expect(page.get_by_role("combobox").first).to_contain_text("Sam Lee CV")


def test_the_report_fits_a_phone(logged_in_page, browser_user):
    page = logged_in_page
    page.set_viewport_size({"width": 390, "height": 844})
    app = services.create_application(browser_user, company_name="Acme", title="Data Engineer",
                                      job_description=POSTING)
    match.add_resume_version(browser_user, name="Data, short", text=RESUME)
    fits = "document.documentElement.scrollWidth <= window.innerWidth"
    page.goto("/match/")
    page.get_by_label("Or paste it").fill(RESUME)
    page.get_by_label("Job description").fill(POSTING)
    page.get_by_role("button", name="Compare").click()
    expect(page.get_by_text(re.compile(r"Match rate: \d+ of 100"))).to_be_visible()
    assert page.evaluate(fits)
    page.goto(f"/match/application/{app.pk}/")
    page.get_by_role("button", name="Save this report with the application").click()
    expect(page.get_by_text("The report is saved with this application.")).to_be_visible()
    assert page.evaluate(fits)
    page.goto(f"/applications/{app.pk}/")
    expect(page.locator(".saved-match-report")).to_be_visible()
    assert page.evaluate(fits)
    for url in ("/match/resumes/", "/match/wishlist/"):
        page.goto(url)
        assert page.evaluate(fits), url


def test_each_category_figure_can_be_recounted_from_the_items_shown(logged_in_page, browser_user):
    """"Hard skills and tools: 2 of 4" is the items shown as counting there: found ones and missing ones."""
    page = logged_in_page
    page.goto("/match/")
    page.get_by_label("Or paste it").fill(RESUME)
    page.get_by_label("Job description").fill(
        "Data Engineer\nRequirements\n- Python and SQL\n- Kubernetes and Airflow\n- Clear communication\n"
        "Nice to have\n- Terraform\n")
    page.get_by_role("button", name="Compare").click()
    report = page.locator(".match-report")
    expect(report.get_by_text(re.compile(r"Match rate: \d+ of 100"))).to_be_visible()
    rows = report.locator("table").first.locator("tbody tr")
    found_table = report.locator("table").nth(1)
    found = found_table.locator("tbody tr").all_inner_texts()
    missing = report.locator("ul").all_inner_texts()
    checked = 0
    for row in rows.all_inner_texts():
        label, percent, items = row.split("\t")[:3]
        m = re.fullmatch(r"(\d+) of (\d+)", items.strip())
        if not m or label in ("Education", "Job title"):
            continue
        matched, total = map(int, m.groups())
        in_found = sum(f.split("\t")[-1].strip() == label for f in found)
        in_missing = sum(line.count(f"counts in {label}") for line in missing)
        assert (in_found, in_found + in_missing) == (matched, total), (label, found, missing)
        assert int(percent.rstrip("%")) == round(100 * matched / total)
        checked += 1
    assert checked >= 2
