"""A new user's first hour at the command line, each command in a process of its own on a fresh data directory:
what they get wrong is answered in one calm line, and nothing is left half-written."""

import json
import mailbox
import re
import subprocess
import sys

import pytest

from tests.processes import fresh_env


@pytest.fixture
def onward(tmp_path):
    env = fresh_env(tmp_path / "data")

    def run(*args, stdin=subprocess.DEVNULL, timeout=120):
        return subprocess.run([sys.executable, "-m", "onward", *map(str, args)], env=env, capture_output=True,
                              text=True, timeout=timeout, stdin=stdin, cwd=tmp_path)

    return run


def refused(result, message):
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and "bug" not in result.stderr and "Aborted" not in result.stderr


def test_a_file_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_written(onward, tmp_path):
    assert onward("add", "Café Ünïcode 🦦", "Ingénieure logicielle").returncode == 0
    missing = tmp_path / "no such folder"
    refused(onward("calendar", "export", missing / "onward.ics"), f"Could not write {missing / 'onward.ics'}")
    report = onward("report", "applications", "--from", "-1w", "--output", missing / "proof.pdf")
    refused(report, "No such file or directory. Nothing was written.")
    assert not missing.exists()
    assert not (tmp_path / "data" / "logs").exists()


def test_a_pdf_with_a_character_its_font_lacks_is_written_without_debug_text(onward, tmp_path):
    onward("add", "Seven Otters 🦦", "Backend engineer")
    written = onward("report", "applications", "--from", "-1w", "--output", tmp_path / "proof.pdf")
    assert written.returncode == 0, written.stderr
    assert written.stderr == "" and written.stdout == f"Wrote {tmp_path / 'proof.pdf'}\n"
    assert (tmp_path / "proof.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_a_refused_value_names_the_option_that_was_typed(onward):
    for args, message in [
        (("--salary-min", "100", "--salary-max", "10"), "--salary-max: The maximum is below the minimum."),
        (("--url", "not a link"), "--url: Enter a valid URL."),
        (("--currency", "EURO"), "--currency: "),
    ]:
        result = onward("add", "Seven Otters", "Backend engineer", *args)
        refused(result, message)
        assert "salary_" not in result.stderr and "posting_url" not in result.stderr
    assert onward("list", "--json").stdout == ""


def test_a_question_with_no_one_to_answer_it_stops_with_how_to_go_ahead(onward, tmp_path):
    assert onward("add", "Seven Otters", "Backend engineer").returncode == 0
    again = onward("add", "Seven Otters", "Backend engineer")
    refused(again, "No answer came, so nothing was added. Add --yes to go ahead without the question.")
    assert "Aborted" not in again.stderr
    assert len(onward("list", "--json").stdout.splitlines()) == 1

    assert onward("backup", tmp_path / "copy.sqlite3").returncode == 0
    onward("add", "Blue Heron", "Data analyst")
    restore = onward("restore", tmp_path / "copy.sqlite3")
    refused(restore, "No answer came, so nothing was changed.")
    companies = {json.loads(line)["company"] for line in onward("list", "--json").stdout.splitlines()}
    assert companies == {"Seven Otters", "Blue Heron"}



def test_classifying_an_empty_file_says_so(onward, tmp_path):
    (tmp_path / "inbox.mbox").write_bytes(b"")
    result = onward("mail", "classify", tmp_path / "inbox.mbox")
    refused(result, "inbox.mbox holds no message, so nothing was classified.")
    assert result.stdout == ""


def test_importing_an_export_counts_its_parts_in_plain_words(onward, tmp_path):
    onward("add", "Seven Otters", "Backend engineer", "--applied", "-2d")
    onward("move", "1", "rejected")
    assert onward("export", "--output", tmp_path / "onward.json").returncode == 0
    preview = onward("--data-dir", tmp_path / "elsewhere", "import", tmp_path / "onward.json", "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "  applications: 1 new, 0 already here" in preview.stdout
    assert "  recovery plan steps: " in preview.stdout and "  mood check-ins: 0 new" in preview.stdout
    assert "_" not in preview.stdout.replace(str(tmp_path), "")


def test_a_mood_check_in_for_a_day_to_come_is_refused(onward):
    refused(onward("mood", "log", "2", "--day", "tomorrow"), "That date is in the future")
    assert onward("mood", "list").stdout.startswith("No check-ins yet.")


def test_a_binary_file_given_as_a_posting_is_refused_and_a_utf16_one_is_read(onward, tmp_path):
    resume = tmp_path / "cv.txt"
    resume.write_text("Data analyst: SQL, Python and Tableau dashboards for a retail chain.\n")
    binary = tmp_path / "posting.txt"
    binary.write_bytes(bytes(range(1, 256)) * 8)  # no NUL byte: no encoding reads it as text
    refused(onward("match", resume, binary), "posting.txt does not look like text")
    notepad = tmp_path / "notepad.txt"
    notepad.write_text("Data analyst wanted: SQL and Tableau.\n", encoding="utf-16")
    report = onward("match", resume, notepad)
    assert report.returncode == 0, report.stderr
    assert "Tableau" in report.stdout


def test_a_report_or_a_calendar_to_dash_goes_to_the_terminal_and_no_file_is_made(onward, tmp_path):
    onward("add", "Seven Otters", "Backend engineer")
    report = onward("report", "applications", "--from", "-1w", "--format", "csv", "-o", "-")
    assert report.returncode == 0, report.stderr
    assert "Seven Otters,Backend engineer" in report.stdout and "Wrote" not in report.stdout
    calendar = onward("calendar", "export", "-")
    assert calendar.returncode == 0 and calendar.stdout.startswith("BEGIN:VCALENDAR")
    exported = onward("export", "-o", "-")
    assert exported.returncode == 0 and json.loads(exported.stdout)["applications"]
    assert not (tmp_path / "-").exists()


def test_a_backup_into_a_folder_that_does_not_exist_is_refused_and_the_folder_is_not_made(onward, tmp_path):
    missing = tmp_path / "Backups" / "onward"
    refused(onward("backup", missing / "copy.sqlite3"), f"There is no folder {missing}.")
    assert not (tmp_path / "Backups").exists()
    assert onward("backup", tmp_path / "copy.sqlite3").returncode == 0


def test_a_goal_count_can_be_taken_back_with_a_negative_amount(onward):
    onward("goal", "add", "networking", "5")
    assert onward("goal", "log", "1", "3").stdout == "Networking messages: 3 of 5 this week.\n"
    back = onward("goal", "log", "1", "-2", "--note", "counted twice")
    assert back.returncode == 0, back.stderr
    assert back.stdout == "Networking messages: 1 of 5 this week.\n"
    refused(onward("goal", "log", "1", "--nite", "x"), "No such option '--nite'. Did you mean '--note'?")


def test_one_message_of_the_review_queue_is_shown_with_its_answers(onward, tmp_path):
    from tests.mail.conftest import make_message

    box = mailbox.mbox(tmp_path / "takeout.mbox")
    box.add(make_message("A backend role at Maple Talent", "Hi Jo, I am a recruiter at Maple Talent. I came across "
                         "your profile and have a Backend engineer role that fits your background. Would you be "
                         "open to a quick call this week?", "Rae <rae@mapletalent.example>", message_id="<3@x>"))
    box.close()
    # The first import on a fresh data directory trains the mail models.
    assert onward("mail", "import", tmp_path / "takeout.mbox", timeout=600).returncode == 0
    message_id = onward("mail", "review").stdout.split("\t")[0]
    shown = onward("mail", "review", message_id)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "From: Rae <rae@mapletalent.example>" and "Subject: A backend role at Maple Talent" in lines
    assert "Would you be open to a quick call this week?" in shown.stdout
    assert f"  onward mail review {message_id} not_interested   (Not interested)" in lines
    assert "rule " not in shown.stdout and "score" not in shown.stdout
    # Showing answers nothing: the message still waits.
    assert onward("mail", "review").stdout.startswith(f"{message_id}\t")


def test_the_same_role_at_a_company_written_differently_asks_before_adding(onward):
    assert onward("add", "Quarry & Co", "Data Analyst").returncode == 0
    again = onward("add", "quarry and co.", "data analyst")
    refused(again, "No answer came, so nothing was added.")
    assert "You already track Data Analyst at Quarry & Co (id 1, Applied)." in again.stdout
    assert onward("add", "Quarry and Company", "BI Analyst").returncode == 0
    listed = [json.loads(line) for line in onward("list", "--json").stdout.splitlines()]
    assert sorted((row["company"], row["title"]) for row in listed) == [
        ("Quarry & Co", "BI Analyst"), ("Quarry & Co", "Data Analyst")]


def test_a_date_applied_still_to_come_is_refused_and_a_deadline_to_come_is_kept(onward):
    refused(onward("add", "Seven Otters", "Backend engineer", "--applied", "tomorrow"),
            "--applied: The date applied is still to come")
    assert onward("list", "--json").stdout == ""
    kept = onward("add", "Seven Otters", "Backend engineer", "--applied", "-2d", "--deadline", "+1w")
    assert kept.returncode == 0, kept.stderr


def test_no_goals_yet_says_how_to_add_one_instead_of_an_empty_table(onward):
    listed = onward("goal", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == "No weekly goals yet. Add one, for example: onward goal add applications 5\n"
    assert onward("goal", "add", "applications", "5").returncode == 0
    assert "This week" in onward("goal", "list").stdout


def test_an_export_imported_back_into_the_same_data_adds_nothing(onward, tmp_path):
    assert onward("add", "Seven Otters", "Backend engineer").returncode == 0
    assert onward("reject", "1").returncode == 0
    assert onward("export", "-o", tmp_path / "mine.json").returncode == 0
    back = onward("import", tmp_path / "mine.json")
    assert back.returncode == 0, back.stderr
    assert "applications: 0 new, 1 already here" in back.stdout
    assert "tasks: 0 new, 3 already here" in back.stdout
    assert len(onward("list", "--json").stdout.splitlines()) == 1


def test_a_match_report_shows_each_categorys_share_so_the_rate_can_be_recomputed(onward, tmp_path):
    (tmp_path / "cv.txt").write_text("Sam Lee\nSkills: SQL, Power BI, Excel\nBSc Economics\n")
    (tmp_path / "post.txt").write_text("BI Analyst\nRequirements:\n- SQL and Power BI\n- DAX and Power Query\n")
    shown = onward("match", "report", tmp_path / "cv.txt", tmp_path / "post.txt")
    assert shown.returncode == 0, shown.stderr
    rate = int(re.search(r"Match rate: (\d+) of 100", shown.stdout)[1])
    rows = [(int(a), int(b)) for a, b in re.findall(r": (\d+)% \(\d+(?:\.\d+)? of [\d.]+; (\d+)% of the match rate\)",
                                                    shown.stdout)]
    assert rows and abs(sum(b for _, b in rows) - 100) <= len(rows)
    assert abs(sum(a * b for a, b in rows) / sum(b for _, b in rows) - rate) <= 1
    assert "weight" not in shown.stdout and "1 words" not in shown.stdout


def test_reminders_printed_before_any_e_mail_is_set_up_do_not_claim_it_was_turned_on(onward):
    onward("task", "add", "Send the portfolio", "--due", "today")
    printed = onward("remind")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("Reminders for ") and "- Send the portfolio" in printed.stdout
    assert "turned on the daily e-mail" not in printed.stdout and "Subject:" not in printed.stdout


def test_an_application_dated_back_shows_its_day_without_making_up_an_hour(onward):
    assert onward("add", "Globex", "Backend engineer", "--applied", "2026-01-20").returncode == 0
    onward("move", "1", "screening")
    shown = onward("show", "1").stdout
    [added] = [line for line in shown.splitlines() if "Added as Applied" in line]
    assert re.fullmatch(r"  20 Jan 2026 +Added as Applied", added), added
    [moved] = [line for line in shown.splitlines() if "Applied → Screening" in line]
    assert re.match(r"  \d\d \w{3} \d{4} \d\d:\d\d  Applied → Screening", moved), moved
