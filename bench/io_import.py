"""Import and backup speed: a generated LinkedIn export of 2,000 applications, imported twice, then backed up.

Run: .venv/bin/python bench/io_import.py [--rows N]
Uses a fresh temporary data directory with its own SQLite file (DATABASE_URL is ignored). Prints the time to
preview, apply, re-preview (every row a duplicate) and back up the database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path


def setup(data_dir: Path) -> None:
    os.environ["ONWARD_DATA_DIR"] = str(data_dir)
    (data_dir / "static").mkdir()
    os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def linkedin_csv(rows: int) -> bytes:
    lines = ["Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
             "Question And Answers"]
    start = dt.datetime(2024, 1, 1, 9, 0)
    for i in range(rows):
        when = start + dt.timedelta(hours=7 * i)
        stamp = f"{when.month}/{when.day}/{when:%y}, {when:%I:%M %p}"
        lines.append(f'"{stamp}",,,Company {i % 300},Role {i},https://www.linkedin.com/jobs/view/{i}/,cv.pdf,')
    return ("\n".join(lines) + "\n").encode()


def timed(label: str, fn):
    began = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - began:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as tmp:
        setup(Path(tmp))
        from django.contrib.auth import get_user_model

        from onward.io import backup, imports

        user = get_user_model().objects.create_user("bench", password="x")
        data = linkedin_csv(args.rows)
        print(f"LinkedIn CSV with {args.rows} applications ({len(data) / 1024:.0f} KiB)")
        result = timed("preview", lambda: imports.preview(user, "Job Applications.csv", data))
        counts = timed("apply", lambda: imports.apply(user, result))
        print(f"  created {counts['new']}")
        again = timed("re-import preview (all duplicates)", lambda: imports.preview(user, "Job Applications.csv", data))
        print(f"  duplicates {again.counts['duplicate']}")
        path = timed("backup", lambda: backup.backup(Path(tmp) / "b.sqlite3"))
        print(f"  backup size {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
