"""Insights page and `onward stats` figures with a large tracker: 2,000 applications, 20,000 history rows.

Run: .venv/bin/python bench/insights.py [--runs N]
Reuses bench/board.py's fresh temporary data directory and fill, adds three weekly goals a year old (so the
streak walks back a year) and a year of mood check-ins. Prints the median server time and query count for the
page in each window and for the figures alone, next to the tracker pages' 150 ms target for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import board  # noqa: E402

COMPARE_MS = 150.0


def add_routine(user, rng: random.Random) -> None:
    from django.utils import timezone

    from onward.insights.models import GoalEntry, MoodCheckIn, WeeklyGoal

    year_ago = timezone.now() - dt.timedelta(weeks=52)
    goals = [WeeklyGoal.objects.create(owner=user, kind=k, target=t, created_at=year_ago)
             for k, t in (("applications", 5), ("networking", 3), ("follow_ups", 2))]
    today = timezone.localdate()
    GoalEntry.objects.bulk_create(
        GoalEntry(owner=user, goal=goals[1], day=today - dt.timedelta(days=d)) for d in range(0, 364, 2)
    )
    MoodCheckIn.objects.bulk_create(
        MoodCheckIn(owner=user, day=today - dt.timedelta(days=d), mood=rng.randint(1, 5)) for d in range(0, 364, 3)
    )


def timed(fn, runs: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fn()
    times, queries = [], 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
        queries = len(captured.captured_queries)
    return statistics.median(times), queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as tmp:
        board.setup(Path(tmp))
        from django.test import Client
        from django.urls import reverse

        from onward.insights.dashboard import stats

        rng = random.Random(3)
        user = board.fill(rng)
        add_routine(user, rng)
        client = Client()
        client.force_login(user)

        def page(window):
            def get():
                response = client.get(reverse("insights:dashboard"), {"window": window})
                if response.status_code != 200:
                    raise SystemExit(f"/insights/ answered {response.status_code}")
            return get

        rows = [(f"page, window {w}", *timed(page(w), args.runs)) for w in ("all", "12w", "4w")]
        rows.append(("figures only (stats)", *timed(lambda: stats(user, "all"), args.runs)))
        print(f"{board.APPLICATIONS:,} applications, {board.HISTORY_ROWS:,} history rows, 3 goals for 52 weeks")
        print(f"{'measure':<24}{'median ms':>10}{'queries':>9}  (tracker pages aim for {COMPARE_MS:.0f} ms)")
        for label, median, queries in rows:
            print(f"{label:<24}{median:>10.1f}{queries:>9}")


if __name__ == "__main__":
    main()
