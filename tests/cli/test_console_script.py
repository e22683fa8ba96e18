"""The real `onward` command in a fresh process and a fresh data directory."""

import json
import os
import subprocess
import sys


def test_console_script_on_a_fresh_data_directory(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")

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
