"""Onward with a four-year search: 10,000 and 50,000 applications, their history, mail and tasks.

Run: .venv/bin/python bench/scale.py [--sizes 2000,10000,50000] [--mail 20000,100000] [--mail-tracker 10000]
     [--runs 5] [--quick]

Every size gets a fresh temporary data directory with its own SQLite file, local mode (DATABASE_URL is
ignored), filled with bulk inserts: applications over four years with their stage history, interviews,
rejections with plans, tasks (most done, some overdue), kept mail with its ledger, notes, goals and moods.
Each main page is then asked for 5 times, signed in, through Django's test client; the table shows the
median server time, the query count, the size, and the ratio to the board's time in the same run. Then the
pages are asked for again while `onward import` (a 10,000-row CSV, in a new process) writes to the same
database, to see how far a long import slows them.

Imports run each in a process of their own on a fresh data directory, so each peak RSS is that import's:
a 10,000-row CSV (preview and apply), a LinkedIn export of 2,000 rows, and mboxes of 20,000 and 100,000
messages (bench/mail_ingest.py's generator), also into a tracker already holding `--mail-tracker`
applications. The pages' process reports its own peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
YEARS = 4
PAGES = (
    ("Board", "/board/"),
    ("Today", "/"),
    ("Insights", "/insights/"),
    ("Insights 12w", "/insights/?window=12w"),
    ("Insights 4w", "/insights/?window=4w"),
    ("Table", "/applications/"),
    ("Application", None),  # one application's page, filled in once seeded
    ("Mail", "/mail/"),
    ("Review queue", "/mail/review/"),
    ("Playbook", "/playbook/"),
    ("Companies", "/companies/"),
)
# The stage an application ends at, weighted as a long search looks: most never answer or are turned down.
END_STAGES = (["rejected"] * 30 + ["ghosted"] * 20 + ["applied"] * 25 + ["wishlist"] * 6 + ["screening"] * 4
              + ["interviewing"] * 3 + ["withdrawn"] * 4 + ["position_closed"] * 4 + ["offer"] * 1
              + ["offer_declined"] * 2 + ["accepted"] * 1)
PATHS = {
    "wishlist": ["wishlist"], "applied": ["applied"], "screening": ["applied", "screening"],
    "interviewing": ["applied", "screening", "interviewing"],
    "offer": ["applied", "screening", "interviewing", "offer"],
    "offer_declined": ["applied", "screening", "interviewing", "offer", "offer_declined"],
    "accepted": ["applied", "screening", "interviewing", "offer", "accepted"],
    "rejected": ["applied", "rejected"], "ghosted": ["applied", "ghosted"],
    "withdrawn": ["applied", "screening", "withdrawn"], "position_closed": ["applied", "position_closed"],
}
TITLES = ["Data Analyst", "Senior Data Analyst", "Backend Engineer", "Product Manager", "UX Designer",
          "Site Reliability Engineer", "Marketing Coordinator", "Data Scientist", "Customer Success Manager",
          "Business Analyst", "Software Engineer (Remote)", "Junior Developer", "BI Developer", "Analytics Lead"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def setup(data_dir: Path) -> None:
    os.environ["ONWARD_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("ONWARD_MODE", None)
    (data_dir / "static").mkdir(parents=True, exist_ok=True)  # whitenoise warns when STATIC_ROOT is missing
    from onward.cli.context import setup_django

    setup_django(data_dir)


# --- filling ---------------------------------------------------------------------------------


def fill(size: int, rng: random.Random, user=None):
    """`size` applications of one person (the local user unless `user` is given) over four years, with what a
    real search leaves around them."""
    from django.utils import timezone

    from onward.insights.models import GoalEntry, MoodCheckIn, WeeklyGoal
    from onward.mail.models import LedgerEntry, MailMessage
    from onward.playbook.models import PlanItem, Rejection
    from onward.tracker.models import Application, Company, Interview, Note, StageChange, Task
    from onward.tracker.services import refresh_facts

    user = user or _local_user()
    now = timezone.now()
    companies = Company.objects.bulk_create(
        (Company(owner=user, name=f"Scale Company {i:05d}", email_domains=f"company{i}.example")
         for i in range(max(size // 5, 10))), batch_size=2_000)
    apps, ends = [], []
    for i in range(size):
        # Applications spread over four years, denser lately (the search picked up).
        age = int((YEARS * 365) * (1 - rng.random() ** 0.7))
        start = now - dt.timedelta(days=age, minutes=rng.randint(0, 1440))
        end = rng.choice(END_STAGES)
        ends.append((end, start))
        apps.append(Application(
            owner=user, company=rng.choice(companies), title=rng.choice(TITLES), stage=end,
            posting_url=f"https://jobs.example/{i}", location=rng.choice(["Berlin", "Remote", "Lisbon", ""]),
            source=rng.choice(Application.Source.values), excitement=rng.randint(1, 5),
            date_saved=start.date(), date_applied=None if end == "wishlist" else start.date(),
            last_activity_at=start,
        ))
    apps = Application.objects.bulk_create(apps, batch_size=2_000)
    changes, interviews, tasks, rejections, notes = [], [], [], [], []
    for app, (end, start) in zip(apps, ends, strict=True):
        at, previous = start, ""
        for stage in PATHS[end]:
            changes.append(StageChange(owner=user, application=app, from_stage=previous, to_stage=stage,
                                       changed_at=min(at, now)))
            if stage == "interviewing":
                interviews.append(Interview(owner=user, application=app, scheduled_at=at + dt.timedelta(days=2),
                                            kind="technical"))
            previous, at = stage, at + dt.timedelta(days=rng.randint(3, 20))
        app.last_activity_at = min(at, now)
        if end in ("rejected", "position_closed", "ghosted"):
            rejections.append(Rejection(
                owner=user, application=app, received_at=min(at, now), stage_reached="applied",
                rejection_type={"rejected": "not_selected", "ghosted": "ghosted",
                                "position_closed": "position_closed"}[end]))
        if rng.random() < 0.3:
            due = (start + dt.timedelta(days=7)).date()
            open_ = due > now.date() - dt.timedelta(days=30) and rng.random() < 0.5
            tasks.append(Task(owner=user, application=app, title=f"Follow up on {app.title}", kind="follow_up",
                              due_date=due, status="open" if open_ else "done",
                              completed_at=None if open_ else min(at, now)))
        if rng.random() < 0.1:
            notes.append(Note(owner=user, application=app, body="Spoke to the recruiter; team of six."))
    Application.objects.bulk_update(apps, ["last_activity_at"], batch_size=2_000)
    StageChange.objects.bulk_create(changes, batch_size=5_000)
    Interview.objects.bulk_create(interviews, batch_size=5_000)
    Task.objects.bulk_create(tasks, batch_size=5_000)
    Note.objects.bulk_create(notes, batch_size=5_000)
    rejections = Rejection.objects.bulk_create(rejections, batch_size=5_000)
    # The recovery plans of the last few weeks' rejections, as the playbook would have made them.
    recent = [r for r in rejections if r.received_at > now - dt.timedelta(days=30)]
    plan_tasks = Task.objects.bulk_create(
        (Task(owner=user, application_id=r.application_id, title="Ask for feedback", kind="feedback_request",
              due_date=(r.received_at + dt.timedelta(days=3)).date(), origin="playbook") for r in recent),
        batch_size=5_000)
    PlanItem.objects.bulk_create(
        (PlanItem(owner=user, rejection=r, task=t, step_id="feedback") for r, t in zip(recent, plan_tasks,
                                                                                      strict=True)),
        batch_size=5_000)
    # Mail: two seen messages per application, one of them job-related and kept.
    ledger, kept = [], []
    for n, app in enumerate(apps):
        for k in range(2):
            ledger.append(LedgerEntry(owner=user, source="mbox:takeout.mbox", message_id=f"<{n}-{k}@scale>",
                                      content_hash=f"{user.pk:06d}{n:012d}{k:046d}",
                                      outcome="applied" if k == 0 else "ignored",
                                      label="application_ack" if k == 0 else "", processed_at=app.last_activity_at))
    ledger = LedgerEntry.objects.bulk_create(ledger, batch_size=5_000)
    for n, app in enumerate(apps):
        entry = ledger[2 * n]
        review = n % 50 == 0
        kept.append(MailMessage(owner=user, ledger=entry, application=None if review else app,
                                subject=f"Thank you for applying: {app.title}", sender="jobs@company.example",
                                sent_at=app.date_saved and dt.datetime.combine(app.date_saved, dt.time(10),
                                                                                tzinfo=dt.UTC),
                                body="Thank you for applying. We will review your application.",
                                label="application_ack", confidence=0.9, status="review" if review else "applied"))
    MailMessage.objects.bulk_create(kept, batch_size=5_000)
    refresh_facts(user)  # the history went in bulk: what Insights counts follows from it, as after an import
    year_ago = now - dt.timedelta(weeks=52)
    goals = [WeeklyGoal.objects.create(owner=user, kind=k, target=t, created_at=year_ago)
             for k, t in (("applications", 5), ("networking", 3), ("follow_ups", 2))]
    today = timezone.localdate()
    GoalEntry.objects.bulk_create(GoalEntry(owner=user, goal=goals[1], day=today - dt.timedelta(days=d))
                                  for d in range(0, 364, 2))
    MoodCheckIn.objects.bulk_create(MoodCheckIn(owner=user, day=today - dt.timedelta(days=d),
                                                mood=rng.randint(1, 5)) for d in range(0, 364, 3))
    return user, apps[len(apps) // 2].pk


def _local_user():
    """The data directory's one local user, as the `onward` command makes and finds it."""
    from onward.core.services import resolve_cli_user

    return resolve_cli_user(None)


# --- measuring pages -------------------------------------------------------------------------


def measure(client, path: str, runs: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)  # warm up template and URL caches
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    times, cpu, queries, size = [], [], 0, 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            size = len(response.content)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        queries = len(captured.captured_queries)
    return {"ms": statistics.median(times), "cpu": statistics.median(cpu), "queries": queries, "kb": size / 1024}


def pages_child(size: int, runs: int, csv_rows: int, skip: set[str]) -> dict:
    """Fill, measure every page idle, then again while a CLI import writes; one JSON line on stdout."""
    with tempfile.TemporaryDirectory(prefix="onward-scale-") as tmp:
        data_dir = Path(tmp) / "data"
        setup(data_dir)
        from django.test import Client

        started = time.perf_counter()
        user, app_pk = fill(size, random.Random(size))
        filled = time.perf_counter() - started
        client = Client()
        client.force_login(user)
        paths = [(label, path or f"/applications/{app_pk}/") for label, path in PAGES if label not in skip]
        idle = {label: measure(client, path, runs) for label, path in paths}
        rss_idle = rss_mb()

        # The same pages while `onward import` writes 10,000 rows into this database from another process.
        csv_path = Path(tmp) / "import.csv"
        csv_path.write_bytes(generic_csv_file(csv_rows, seed=size + 1))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
        proc = subprocess.Popen([sys.executable, "-m", "onward", "--data-dir", str(data_dir), "import",
                                 str(csv_path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        busy: dict[str, list[float]] = {label: [] for label, _ in paths}
        busy_cpu: dict[str, list[float]] = {label: [] for label, _ in paths}
        import_started = time.perf_counter()
        while proc.poll() is None:
            for label, path in paths:
                if proc.poll() is not None:
                    break
                began, began_cpu = time.perf_counter(), time.process_time()
                response = client.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{path} answered {response.status_code} during the import")
                busy[label].append((time.perf_counter() - began) * 1000)
                busy_cpu[label].append((time.process_time() - began_cpu) * 1000)
        import_seconds = time.perf_counter() - import_started
        output = proc.stdout.read().decode(errors="replace").strip().splitlines()
        if proc.returncode != 0:
            raise SystemExit("The CLI import failed:\n" + "\n".join(output[-20:]))
        return {
            "size": size, "filled_s": filled, "idle": idle, "rss_mb": rss_idle,
            "busy": {label: {"max": max(v), "median": statistics.median(v), "n": len(v),
                             "cpu": statistics.median(busy_cpu[label])}
                     for label, v in busy.items() if v},
            "cli_import_s": import_seconds, "cli_import_said": output[-1] if output else "",
        }


# --- imports ---------------------------------------------------------------------------------


def generic_csv_file(rows: int, seed: int = 1) -> bytes:
    """A spreadsheet of applications as people keep them: company, role, stage, dates, link, notes."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Company", "Job Title", "Status", "Date Applied", "URL", "Location", "Notes"])
    start = dt.date.today() - dt.timedelta(days=YEARS * 365)
    stages = ["Applied"] * 5 + ["Rejected"] * 4 + ["Ghosted", "Interviewing", "Screening", "Wishlist", "Offer"]
    for i in range(rows):
        day = start + dt.timedelta(days=int(i * YEARS * 365 / rows))
        writer.writerow([f"Import Company {rng.randrange(rows // 4 or 1)}", rng.choice(TITLES), rng.choice(stages),
                         day.isoformat(), f"https://careers.example/{seed}/{i}", "Remote",
                         "Referred by a former colleague" if i % 9 == 0 else ""])
    return out.getvalue().encode()


def import_child(kind: str, count: int, tracker: int = 0) -> dict:
    """One import in a fresh data directory (holding `tracker` applications first, when given); its time and this
    process's peak RSS, as one JSON line."""
    with tempfile.TemporaryDirectory(prefix="onward-scale-import-") as tmp:
        if kind == "mail":
            # Filling and training the classifier happen in a process of their own: not in the import's peak RSS.
            run_child(["--prepare-child", str(Path(tmp) / "data"), str(tracker)])
        setup(Path(tmp) / "data")
        user = _local_user()
        if tracker and kind != "mail":
            fill(tracker, random.Random(tracker), user)
        result: dict = {"kind": kind, "count": count, "tracker": tracker}
        if kind in ("csv", "linkedin"):
            from onward.io import imports

            if kind == "csv":
                name, data = "applications.csv", generic_csv_file(count)
            else:
                sys.path.insert(0, str(HERE))
                from io_import import linkedin_csv

                name, data = "Job Applications.csv", linkedin_csv(count)
            rss_before = rss_mb()
            began = time.perf_counter()
            preview = imports.preview(user, name, data)
            result["preview_s"] = time.perf_counter() - began
            began = time.perf_counter()
            # Each call comes right after a batch's commit, and SQLite's IMMEDIATE transaction takes the write
            # lock when the batch begins: the time between two calls is how long one batch held the lock.
            # CPU time beside it: on a busy machine the wall time is mostly waiting for a processor.
            commits: list[tuple[float, float]] = []
            counts = imports.apply(user, preview, progress=lambda done, total: commits.append(
                (time.perf_counter(), time.process_time())))
            result["apply_s"] = time.perf_counter() - began
            result["created"] = counts["new"]
            held = [(b[0] - a[0]) * 1000 for a, b in zip(commits, commits[1:], strict=False)]
            held_cpu = [(b[1] - a[1]) * 1000 for a, b in zip(commits, commits[1:], strict=False)]
            result["lock_ms"] = {"batch_rows": imports.BATCH_ROWS, "median": statistics.median(held),
                                 "max": max(held), "cpu_median": statistics.median(held_cpu),
                                 "cpu_max": max(held_cpu)} if held else None
        else:
            sys.path.insert(0, str(HERE))
            from mail_ingest import generate

            from onward.mail.classify import default_model
            from onward.mail.classify.sentences import default_sentence_model, encoder
            from onward.mail.imports import import_path

            mbox = Path(tmp) / "mail.mbox"
            generate(mbox, count=count, job_share=0.05)
            result["mbox_mb"] = mbox.stat().st_size / 1024**2
            # The classifier and the sentence encoder load once per process; not part of the import's time.
            default_model()
            default_sentence_model()
            encoder().encode(["warm up"])
            rss_before = rss_mb()
            began, began_cpu = time.perf_counter(), time.process_time()
            report = import_path(user, mbox)
            result["apply_s"] = time.perf_counter() - began
            result["msgs_per_s"] = count / result["apply_s"]
            result["cpu_msgs_per_s"] = count / (time.process_time() - began_cpu)
            result["said"] = report.summary()
        result["rss_before_mb"] = rss_before
        result["rss_mb"] = rss_mb()
        return result


def prepare_child(data_dir: Path, tracker: int) -> dict:
    """A data directory ready for a mail import: `tracker` applications, and the classifier trained and cached."""
    setup(data_dir)
    if tracker:
        fill(tracker, random.Random(tracker), _local_user())
    from onward.mail.classify import default_model
    from onward.mail.classify.sentences import default_sentence_model

    default_model()
    default_sentence_model()
    return {"prepared": str(data_dir)}


def run_child(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, __file__, *args], env=env, stdout=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench/scale.py {' '.join(args)} failed (exit {done.returncode}).")
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


# --- the report ------------------------------------------------------------------------------


def report(pages: list[dict], imports: list[dict]) -> None:
    sizes = [p["size"] for p in pages]
    print()
    # CPU time beside wall time: SQLite runs in this process, so on a machine busy with other work the CPU time
    # is the steadier figure for the server's own cost.
    print("Pages, signed in, median of the runs (wall ms / CPU ms / queries / KB); ×board = wall time ÷ the "
          "board's in the same run")
    print(f"{'page':<14}" + "".join(f"{f'{s:,} apps':>40}" for s in sizes))
    for label, _ in PAGES:
        cells = []
        for p in pages:
            m = p["idle"].get(label)
            if m is None:
                cells.append("not asked")
                continue
            ratio = m["ms"] / p["idle"]["Board"]["ms"]
            cells.append(f"{m['ms']:7.0f} ms {m['cpu']:6.0f} cpu {m['queries']:3d} q {m['kb']:4.0f} KB {ratio:5.1f}×")
        print(f"{label:<14}" + "".join(f"{c:>40}" for c in cells))
    print()
    # The CPU ratio tells waiting from working: a page whose CPU time stays put but whose wall time grows waited
    # (for the processor, shared with the import and anything else running, or for a lock).
    print("While `onward import` of a 10,000-row CSV runs in another process (worst / median wall ms, × idle "
          "median; median CPU ms, × idle)")
    print(f"{'page':<14}" + "".join(f"{f'{s:,} apps':>48}" for s in sizes))
    for label, _ in PAGES:
        cells = []
        for p in pages:
            b = p["busy"].get(label)
            if not b:
                cells.append("not asked")
                continue
            idle = p["idle"][label]
            cells.append(f"{b['max']:7.0f} / {b['median']:6.0f} ms {b['median'] / idle['ms']:5.1f}×"
                         f"  {b['cpu']:5.0f} cpu {b['cpu'] / max(idle['cpu'], 0.1):4.1f}×")
        print(f"{label:<14}" + "".join(f"{c:>48}" for c in cells))
    print(f"{'CLI import':<14}" + "".join(f"{p['cli_import_s']:>45.1f} s " for p in pages))
    print()
    print("Memory and filling")
    for p in pages:
        print(f"  {p['size']:>7,} apps: filled in {p['filled_s']:.0f} s; peak RSS of the web (pages) process "
              f"{p['rss_mb']:.0f} MB")
    board = {p["size"]: p["idle"]["Board"]["ms"] for p in pages}
    reference = board[min(board, key=lambda s: abs(s - 10_000))] if board else None
    print()
    print("Imports, each in a fresh process and data directory" +
          (f" (×board: ratio to the {min(board, key=lambda s: abs(s - 10_000)):,}-app board)" if reference else ""))
    for r in imports:
        if r["kind"] == "mail":
            label = f"mail, {r['count']:,}-message mbox ({r['mbox_mb']:.0f} MB)"
            if r.get("tracker"):
                label += f" into {r['tracker']:,} apps"
            figure = f"{r['apply_s']:7.1f} s  {r['msgs_per_s']:7,.0f} msg/s ({r['cpu_msgs_per_s']:,.0f} per CPU s)"
        else:
            label = f"{'CSV' if r['kind'] == 'csv' else 'LinkedIn'}, {r['count']:,} rows"
            figure = f"preview {r['preview_s']:5.1f} s, apply {r['apply_s']:5.1f} s"
        ratio = f"{r['apply_s'] * 1000 / reference:8,.0f}×board" if reference else ""
        print(f"  {label:<56}{figure:<52}{ratio}  peak RSS {r['rss_mb']:.0f} MB "
              f"(before: {r['rss_before_mb']:.0f} MB)")
        if r.get("lock_ms"):
            lock = r["lock_ms"]
            print(f"  {'':<56}write lock held per batch of {lock['batch_rows']} rows: median {lock['median']:.0f} ms, "
                  f"longest {lock['max']:.0f} ms (CPU {lock['cpu_median']:.0f} / {lock['cpu_max']:.0f} ms)")
    print(f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000,50000", help="applications per run (comma-separated)")
    parser.add_argument("--mail", default="20000,100000", help="messages per mbox import (comma-separated)")
    parser.add_argument("--csv-rows", type=int, default=10_000)
    parser.add_argument("--linkedin-rows", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip", default="", help="pages not to ask for (comma-separated labels)")
    parser.add_argument("--no-imports", action="store_true", help="pages only")
    parser.add_argument("--no-pages", action="store_true", help="imports only")
    parser.add_argument("--pages-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mail-tracker", default="0",
                        help="also import each mbox into a tracker of this many applications (comma-separated)")
    parser.add_argument("--import-child", nargs=3, metavar=("KIND", "COUNT", "TRACKER"), help=argparse.SUPPRESS)
    parser.add_argument("--prepare-child", nargs=2, metavar=("DATA_DIR", "TRACKER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pages_child:
        skip = {s.strip() for s in args.skip.split(",") if s.strip()}
        print(json.dumps(pages_child(args.pages_child, args.runs, args.csv_rows, skip)))
        return
    if args.prepare_child:
        print(json.dumps(prepare_child(Path(args.prepare_child[0]), int(args.prepare_child[1]))))
        return
    if args.import_child:
        print(json.dumps(import_child(args.import_child[0], int(args.import_child[1]), int(args.import_child[2]))))
        return
    pages, imports = [], []
    if not args.no_pages:
        for size in (int(s) for s in args.sizes.split(",") if s):
            print(f"filling and measuring {size:,} applications…", flush=True)
            pages.append(run_child(["--pages-child", str(size), "--runs", str(args.runs),
                                    "--csv-rows", str(args.csv_rows), "--skip", args.skip]))
            report(pages, [])  # so far, in case a later size takes long
    if not args.no_imports:
        jobs = [("csv", args.csv_rows), ("linkedin", args.linkedin_rows)]
        trackers = sorted({0, *(int(t) for t in args.mail_tracker.split(",") if t)})
        jobs = [(kind, count, 0) for kind, count in jobs]
        jobs += [("mail", int(m), t) for t in trackers for m in args.mail.split(",") if m]
        for kind, count, tracker in jobs:
            print(f"importing: {kind}, {count:,}" + (f", into {tracker:,} applications" if tracker else "") + "…",
                  flush=True)
            imports.append(run_child(["--import-child", kind, str(count), str(tracker)]))
    report(pages, imports)


if __name__ == "__main__":
    main()
