"""The real `onward` command in a fresh process and a fresh data directory."""

import json
import subprocess
import sys

from tests.processes import fresh_env


def test_console_script_on_a_fresh_data_directory(tmp_path):
    env = fresh_env(tmp_path / "data")

    def onward(*args):
        return subprocess.run([sys.executable, "-m", "onward", *args], env=env, capture_output=True, text=True,
                              timeout=120)

    added = onward("add", "Seven Otters", "Backend engineer", "--applied", "today")
    assert added.returncode == 0, added.stderr
    [row] = [json.loads(line) for line in onward("list", "--json").stdout.splitlines()]
    assert (row["company"], row["stage"]) == ("Seven Otters", "applied")

    moved = onward("move", str(row["id"]), "screening")
    assert moved.returncode == 0 and "to Screening" in moved.stdout

    for args, message in [
        (("move", str(row["id"]), "daydreaming"), "Unknown stage 'daydreaming'"),
        (("move", "4242", "screening"), "No application with id 4242."),
    ]:
        failed = onward(*args)
        assert failed.returncode == 2
        assert message in failed.stderr
        assert "Traceback" not in failed.stderr
    assert (tmp_path / "data" / "onward.sqlite3").exists()


def test_output_read_only_in_part_is_not_a_bug(tmp_path):
    # `onward show 1 | head`: the reader goes away before Onward has written everything.
    env = fresh_env(tmp_path / "data")
    subprocess.run([sys.executable, "-m", "onward", "add", "Seven Otters", "Backend engineer"], env=env,
                   capture_output=True, timeout=120, check=True)
    shown = subprocess.Popen([sys.executable, "-m", "onward", "show", "1"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    shown.stdout.close()
    _, err = shown.communicate(timeout=120)
    assert shown.returncode == 0, err
    assert b"bug" not in err and b"Traceback" not in err
    assert not (tmp_path / "data" / "logs").exists()


def test_empty_arguments_are_refused_in_words_before_any_question(tmp_path):
    env = fresh_env(tmp_path / "data")

    def onward(*args):
        # No terminal and nothing on stdin: a command that asked for a password here would abort instead.
        return subprocess.run([sys.executable, "-m", "onward", *args], env=env, capture_output=True, text=True,
                              timeout=120, stdin=subprocess.DEVNULL)

    for args, message in [
        (("outlook", ""), "Please give a job title"),
        (("--user", "", "list"), "give the name of a user"),
        (("outlook", "Backend engineer", "  "), "Please give a job title"),
        (("user", "add", ""), "An account needs a name."),
        (("mail", "accounts", "add", "", "--host", "", "--username", ""), "An account needs a name, a server"),
        (("report", "applications", "--from", "today", "--to", "yesterday", "--format", "csv"),
         "The start date is after the end date."),
    ]:
        refused = onward(*args)
        assert refused.returncode == 2, (args, refused.stderr)
        assert message in refused.stderr
        assert "password" not in refused.stderr.lower() and "Traceback" not in refused.stderr
    # Dates are written as everywhere else in the command line.
    written = onward("report", "applications", "--from", "-1w", "--format", "csv", "--output",
                     str(tmp_path / "proof.csv"))
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "proof.csv").read_text(encoding="utf-8-sig").startswith("Date applied")
