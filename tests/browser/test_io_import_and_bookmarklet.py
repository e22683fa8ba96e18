import pytest
from playwright.sync_api import expect

from onward.tracker.models import Application
from onward.tracker.stages import Stage

pytestmark = pytest.mark.browser

LINKEDIN = (
    b"Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
    b'Question And Answers\n"7/6/23, 2:20 PM",,,Acme,Data Engineer,,,\n"someday",,,Beta,Dev,,,\n'
)


def test_upload_preview_then_import(logged_in_page, browser_user, task_worker):
    page = logged_in_page
    page.goto("/import/")
    page.locator("input[name=file]").set_input_files(
        {"name": "Job Applications.csv", "mimeType": "text/csv", "buffer": LINKEDIN}
    )
    page.get_by_role("button", name="Read the file").click()
    page.get_by_text("Will be added").wait_for()
    assert page.get_by_text("Left out: Application date: the date 'someday'").is_visible()
    assert not Application.objects.filter(owner=browser_user).exists()
    page.get_by_role("button", name="Import", exact=True).click()
    page.get_by_text("Imported 1 from Job Applications.csv").wait_for()
    assert Application.objects.get(owner=browser_user).company.name == "Acme"


def test_bookmarklet_opens_a_prefilled_form(logged_in_page, browser_user):
    page = logged_in_page
    page.goto("/import/bookmarklet/")
    script = page.get_by_role("button", name="Save to Onward").get_attribute("href")
    assert script.startswith("javascript:")
    page.set_content("<title>Data Engineer at Acme | Jobs</title><p id=jd>Build data pipelines.</p>")
    page.evaluate("() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('jd'));"
                  " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }")
    with page.context.expect_page() as opened:
        page.evaluate(script.removeprefix("javascript:"))
    form = opened.value
    form.wait_for_load_state()
    assert form.get_by_label("Role title").input_value() == "Data Engineer"
    assert form.get_by_label("Company").input_value() == "Acme"
    assert form.get_by_label("Job description").input_value() == "Build data pipelines."
    form.get_by_role("button", name="Save").click()
    form.wait_for_url("**/applications/*/")
    app = Application.objects.get(owner=browser_user)
    assert (app.title, app.stage, app.job_description) == ("Data Engineer", Stage.WISHLIST, "Build data pipelines.")
    assert app.posting_url.endswith("/import/bookmarklet/")  # set_content keeps the page's address


LATIN1 = "Company,Title\nCafé Müller,Ingénieur\nBäckerei Schön,Verkäufer\n".encode("latin-1")


def test_a_latin1_csv_shows_its_encoding_can_be_read_again_and_imports_clean(logged_in_page, browser_user,
                                                                             task_worker):
    page = logged_in_page
    page.goto("/import/")
    page.locator("input[name=file]").set_input_files({"name": "jobs.csv", "mimeType": "text/csv", "buffer": LATIN1})
    page.get_by_role("button", name="Read the file").click()
    page.get_by_text("Will be added").first.wait_for()
    assert page.get_by_text("Café Müller").first.is_visible()
    assert page.get_by_text("so Onward recognised its encoding as Windows-1252").first.is_visible()
    # Choosing another encoding reads it again in that one (here, wrongly): the person sees the difference.
    page.get_by_label("Read the file as").first.select_option("mac_roman")
    page.get_by_role("button", name="Read it again").first.click()
    page.get_by_text("Mac OS Roman").first.wait_for()
    assert page.get_by_text("Café Müller").count() == 0
    page.get_by_label("Read the file as").first.select_option("cp1252")
    page.get_by_role("button", name="Read it again").first.click()
    page.get_by_text("Café Müller").first.wait_for()
    page.get_by_role("button", name="Import", exact=True).click()
    page.get_by_text("Imported 2 from jobs.csv").wait_for()
    assert sorted(Application.objects.filter(owner=browser_user).values_list("company__name", flat=True)) == [
        "Bäckerei Schön", "Café Müller"]


def test_a_long_import_shows_its_progress_until_done(logged_in_page, browser_user, task_worker):
    rows = 1_000
    sheet = "Company,Title\n" + "".join(f"Company {i},Engineer {i}\n" for i in range(rows))
    page = logged_in_page
    page.goto("/import/")
    page.locator("input[name=file]").set_input_files(
        {"name": "many.csv", "mimeType": "text/csv", "buffer": sheet.encode()})
    page.get_by_role("button", name="Read the file").click()
    page.get_by_text("Will be added").first.wait_for()
    page.get_by_role("button", name="Import", exact=True).click()
    # The worker takes it from the queue; the page shows a bar, polled in place, until the import has ended.
    expect(page.locator("#job-progress progress")).to_be_visible()
    expect(page.locator("#job-progress")).to_contain_text(f"Imported {rows} from many.csv", timeout=120_000)
    expect(page.locator("#job-progress progress")).to_have_count(0)
    page.get_by_role("link", name="See your applications").click()
    page.wait_for_url("**/applications/")
    assert Application.objects.filter(owner=browser_user).count() == rows
