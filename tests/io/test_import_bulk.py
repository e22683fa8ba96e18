"""Imports write new applications in batches: the same rows as one by one, with closing bookkeeping per batch."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from onward.io import imports
from onward.playbook.models import Rejection
from onward.tracker.models import Application, StageChange, Task
from onward.tracker.stages import STAGE_BIT


def sheet(rows: list[tuple[str, str, str, dt.date]]) -> bytes:
    lines = ["Company,Job Title,Status,Date Applied"]
    lines += [f"{company},{title},{stage},{day.isoformat()}" for company, title, stage, day in rows]
    return ("\n".join(lines) + "\n").encode()


def test_old_rejections_are_recorded_without_a_plan_and_a_recent_one_gets_its_plan(alice):
    today = timezone.localdate()
    data = sheet([("Acme", "Analyst", "Rejected", today - dt.timedelta(days=400)),
                  ("Acme & Co", "Engineer", "Applied", today - dt.timedelta(days=300)),
                  ("Beta", "Analyst", "Rejected", today - dt.timedelta(days=1))])
    counts = imports.apply(alice, imports.preview(alice, "applications.csv", data))
    assert counts["new"] == 3
    old, acme_two, recent = Application.objects.filter(owner=alice).order_by("date_applied")
    assert old.company_id == acme_two.company_id  # found by name as one at a time would
    assert StageChange.objects.filter(application__owner=alice).count() == 3
    assert old.stages_seen == STAGE_BIT["rejected"] and old.first_answer_at is not None
    assert "No plan was made" in Rejection.objects.get(application=old).plan_note
    assert Rejection.objects.get(application=recent).plan_note == ""
    assert Task.objects.filter(application=recent).exists()
    assert not Task.objects.filter(application=old).exists()


def test_the_queries_do_not_grow_with_the_rows(alice, bob):
    start = timezone.localdate() - dt.timedelta(days=900)

    def rows(n: int, prefix: str):
        return [(f"{prefix} {i % 3}", f"Role {i}", ("Applied", "Rejected", "Ghosted")[i % 3],
                 start + dt.timedelta(i)) for i in range(n)]

    def queries(owner, data: bytes) -> int:
        result = imports.preview(owner, "applications.csv", data)
        with CaptureQueriesContext(connection) as captured:
            imports.apply(owner, result)
        return len(captured.captured_queries)

    few = queries(alice, sheet(rows(6, "Small")))
    many = queries(bob, sheet(rows(120, "Large")))
    # Only SQLite's limit on values per statement splits the inserts a little more for more rows.
    assert many - few <= 8
    assert Rejection.objects.filter(owner=bob).count() == 80
