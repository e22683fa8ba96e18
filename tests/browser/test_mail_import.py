"""Mail in a real browser: an mbox or .eml files uploaded on the mail page, imported in the background while
the page shows the progress, and a message that failed tried again with the button once it can be read."""

import mailbox

import pytest
from playwright.sync_api import expect

from onward.mail.models import LedgerEntry, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from tests.mail.conftest import fake_classifier, make_message  # noqa: F401  (a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("fake_classifier")]


def _ack(n):
    return make_message(f"Your application to Acme {n}", f"Thank you for applying to Acme {n}.",
                        "Acme Careers <jobs@acme.example>", message_id=f"<b{n}@acme.example>")


def test_an_mbox_upload_shows_progress_until_done(logged_in_page, browser_user, tmp_path, task_worker):
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    for n in range(30):
        box.add(_ack(n))
    box.add(make_message("Garden club", "The roses are out.", message_id="<g@x>"))
    box.close()
    page = logged_in_page
    page.goto("/mail/")
    page.locator("#import-files").set_input_files(str(path))
    page.get_by_role("button", name="Import", exact=True).click()
    # The progress part is polled in place until the background import ends, then points to what came in, and the
    # heading, which said "Importing takeout.mbox" meanwhile, says what happened.
    expect(page.locator("#job-progress")).to_contain_text("31 read, 30 applied", timeout=60_000)
    expect(page.get_by_role("heading", level=1)).to_have_text("Import finished: 31 messages read, 0 to review")
    expect(page.locator("#job-progress")).not_to_contain_text("Done.")
    expect(page).to_have_title("Import finished: 31 messages read, 0 to review · Onward")
    expect(page.locator("#job-progress progress")).to_have_count(0)
    # What the import left for review is one click away (here: none, as every message was clear).
    expect(page.get_by_text("Nothing is waiting for you to check.")).to_be_visible()
    assert MailMessage.objects.filter(owner=browser_user).count() == 30


def test_eml_files_upload(logged_in_page, browser_user, tmp_path, task_worker):
    files = []
    for n in range(3):
        files.append(tmp_path / f"{n}.eml")
        files[-1].write_bytes(_ack(100 + n))
    page = logged_in_page
    page.goto("/mail/")
    page.locator("#import-files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#job-progress")).to_contain_text("3 read, 3 applied", timeout=60_000)


@pytest.mark.parametrize("width,height", [(1366, 768), (390, 844)])
def test_eml_files_that_cannot_be_read_are_named_and_the_rest_imported(logged_in_page, browser_user, tmp_path,
                                                                      task_worker, width, height):
    files = []
    for n in range(2):
        files.append(tmp_path / f"reply {n}.eml")
        files[-1].write_bytes(_ack(300 + n))
    (tmp_path / "empty draft.eml").write_bytes(b"")
    (tmp_path / "scanned letter.eml").write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03" + bytes(range(256)))
    files += [tmp_path / "empty draft.eml", tmp_path / "scanned letter.eml"]
    page = logged_in_page
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/mail/")
    page.locator("#import-files").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Import finished: 2 messages read, 0 to review, 2 files not read", timeout=60_000)
    expect(page.locator("#job-progress")).to_contain_text(
        "Not read: empty draft.eml (the file is empty) and scanned letter.eml (it is not an e-mail message).")
    assert MailMessage.objects.filter(owner=browser_user).count() == 2
    # Nothing runs off the side of a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_an_import_that_fails_ends_in_words_and_stops_polling(logged_in_page, browser_user, tmp_path, task_worker,
                                                               monkeypatch):
    from onward.mail import imports
    from onward.mail.apply import MailError

    def refused(*args, **kwargs):
        raise MailError("The file changed while it was being read.")

    monkeypatch.setattr(imports, "import_path", refused)
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    box.add(_ack(400))
    box.close()
    page = logged_in_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/mail/")
    page.locator("#import-files").set_input_files(str(path))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The import could not be finished", timeout=60_000)
    expect(page.get_by_role("alert")).to_have_text("The file changed while it was being read. Nothing was changed.")
    expect(page.locator("#job-progress progress")).to_have_count(0)
    expect(page.locator("#job-progress[hx-trigger]")).to_have_count(0)  # nothing polls a job that has ended
    assert not MailMessage.objects.filter(owner=browser_user).exists()


def test_a_failed_message_is_tried_again_with_the_button(logged_in_page, browser_user, monkeypatch):
    import onward.mail.pipeline as pipeline

    real = pipeline.extract

    def broken(parsed):
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline, "extract", broken)
    ingest(browser_user, [IncomingMessage(raw=_ack(7), source="upload")])
    monkeypatch.setattr(pipeline, "extract", real)  # the fix

    page = logged_in_page
    page.goto("/mail/")
    expect(page.get_by_text("1 message was not imported because Onward could not read it.")).to_be_visible()
    page.get_by_role("button", name="Try it again").click()
    expect(page.get_by_text("Tried 1 message again: 1 applied")).to_be_visible()
    expect(page.get_by_role("button", name="Try it again")).to_have_count(0)
    assert not LedgerEntry.objects.filter(owner=browser_user, outcome="failed").exists()


def test_a_folder_of_eml_files_chosen_as_a_folder(logged_in_page, browser_user, tmp_path, task_worker):
    folder = tmp_path / "Job mail"
    (folder / "2024").mkdir(parents=True)
    for n in range(2):
        (folder / f"{n}.eml").write_bytes(_ack(200 + n))
    (folder / "2024" / "2.eml").write_bytes(_ack(202))
    (folder / "notes.txt").write_text("not mail")
    page = logged_in_page
    page.goto("/mail/")
    page.locator("#import-folder").set_input_files(str(folder))  # the browser's folder picker
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#job-progress")).to_contain_text("3 read, 3 applied", timeout=60_000)


def test_odd_files_lose_no_message_and_are_explained_in_words(logged_in_page, browser_user, tmp_path, task_worker):
    thread = tmp_path / "thread.eml"  # a mail program's saved thread: an mbox under an .eml name
    box = mailbox.mbox(thread)
    for n in range(3):
        box.add(_ack(300 + n))
    box.close()
    part = "Content-Type: text/plain\n\nThank you for applying to Deepwater Labs.\n"
    for i in range(3000):
        part = f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n{part}\n--b{i}--\n'
    deep = tmp_path / "deep.eml"
    deep.write_bytes(("From: Deepwater Labs <jobs@deepwater.example>\nSubject: Application received\n"
                      "Message-ID: <deep@deepwater.example>\nMIME-Version: 1.0\n" + part).encode())
    takeout = tmp_path / "takeout.zip"
    takeout.write_bytes(b"PK\x03\x04" + bytes(200))
    page = logged_in_page

    page.goto("/mail/")
    page.locator("#import-files").set_input_files(str(thread))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#job-progress")).to_contain_text("3 read, 3 applied", timeout=60_000)

    page.goto("/mail/")
    page.locator("#import-files").set_input_files(str(deep))
    page.get_by_role("button", name="Import", exact=True).click()
    progress = page.locator("#job-progress")
    expect(progress).to_contain_text("1 could not be read", timeout=60_000)
    expect(progress).to_contain_text("its parts are nested too deeply to take apart")
    expect(progress).not_to_contain_text("RecursionError")

    page.goto("/mail/")
    page.locator("#import-files").set_input_files(str(takeout))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("takeout.zip is a zip archive: unzip it first, then import the .mbox file inside."))\
        .to_be_visible()
    assert MailMessage.objects.filter(owner=browser_user).count() == 3
