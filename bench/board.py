"""Board and table page speed with a large tracker: 2,000 applications and 20,000 stage-history rows.

Run: .venv/bin/python bench/board.py [--runs N]
Uses a fresh temporary data directory with its own SQLite file (DATABASE_URL is ignored, so a real
database is never filled with bench rows). Prints the median server time and the query count per page,
against the 150 ms target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

APPLICATIONS = 2_000
HISTORY_ROWS = 20_000
COMPANIES = 400
TARGET_MS = 150.0
PAGES = (("board", "tracker:board", {}), ("table", "tracker:table", {}),
         ("table, sorted by company", "tracker:table", {"sort": "company"}))


def setup(data_dir: Path) -> None:
    os.environ["ONWARD_DATA_DIR"] = str(data_dir)
    (data_dir / "static").mkdir()  # whitenoise warns when STATIC_ROOT is missing
    os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def fill(rng: random.Random):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from onward.tracker.models import Application, Company, StageChange
    from onward.tracker.services import refresh_facts
    from onward.tracker.stages import PIPELINE, Stage

    user = get_user_model().objects.create_user("bench", password="bench-password")
    companies = Company.objects.bulk_create(
        Company(owner=user, name=f"Bench Company {i:04d}") for i in range(COMPANIES)
    )
    now = timezone.now()
    stages = list(Stage)
    apps = []
    for i in range(APPLICATIONS):
        start = now - dt.timedelta(days=rng.randint(1, 365), minutes=rng.randint(0, 1440))
        apps.append(Application(
            owner=user, company=rng.choice(companies), title=f"Role {i:04d}", stage=rng.choice(stages),
            date_saved=start.date(), date_applied=start.date(), excitement=rng.randint(1, 5),
            source=rng.choice(Application.Source.values), last_activity_at=start,
        ))
    apps = Application.objects.bulk_create(apps, batch_size=500)
    per_app = HISTORY_ROWS // APPLICATIONS
    changes = []
    for app in apps:
        at = app.last_activity_at - dt.timedelta(days=per_app * 3)
        previous = ""
        for step in range(per_app):
            to = app.stage if step == per_app - 1 else PIPELINE[min(step, len(PIPELINE) - 2)]
            changes.append(StageChange(owner=user, application=app, from_stage=previous, to_stage=to, changed_at=at))
            previous, at = to, at + dt.timedelta(days=3)
    StageChange.objects.bulk_create(changes, batch_size=2_000)
    refresh_facts(user)  # the history went in bulk: what Insights counts follows from it
    return user


def measure(user, runs: int) -> list[tuple[str, float, int, int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    client = Client()
    client.force_login(user)
    results = []
    for label, name, params in PAGES:
        url = reverse(name)
        client.get(url, params)  # warm up template and URL caches
        times, cpu, queries, size = [], [], 0, 0
        for _ in range(runs):
            with CaptureQueriesContext(connection) as captured:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url, params)
                content = response.content
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            queries, size = len(captured.captured_queries), len(content)
        results.append((label, statistics.median(times), statistics.median(cpu), queries, size))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="requests per page (default 15)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as tmp:
        setup(Path(tmp))
        from django.urls import NoReverseMatch, reverse

        try:
            for _, name, _ in PAGES:
                reverse(name)
        except NoReverseMatch as exc:
            raise SystemExit(f"The pages to measure are not there yet: {exc}") from None
        from django.db import connection

        started = time.perf_counter()
        user = fill(random.Random(2))
        print(f"Filled {APPLICATIONS:,} applications and {HISTORY_ROWS:,} history rows "
              f"in {time.perf_counter() - started:.1f} s ({connection.vendor}).")
        # CPU time beside wall time: on a busy machine the wall time also counts waiting for a core.
        print(f"{'page':<26}{'median ms':>10}{'CPU ms':>8}{'queries':>9}{'KB':>7}  target {TARGET_MS:.0f} ms")
        for label, median, cpu, queries, size in measure(user, args.runs):
            verdict = "ok" if median <= TARGET_MS else "SLOWER than target"
            print(f"{label:<26}{median:>10.1f}{cpu:>8.1f}{queries:>9}{size / 1024:>7.0f}  {verdict}")
        print(f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")


if __name__ == "__main__":
    main()
