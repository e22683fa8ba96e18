import threading

import pytest

from onward.work import scheduler
from onward.work.scheduler import Schedule, run_schedule


def test_each_task_runs_at_start_then_every_interval_and_zero_turns_one_off():
    schedule = Schedule({"a": 60, "b": 3600, "off": 0}, now=0)
    assert schedule.due(0) == ["a", "b"]
    assert schedule.due(59) == []
    assert schedule.due(60) == ["a"]
    assert schedule.due(3600) == ["a", "b"]


def test_an_enqueue_failure_is_logged_and_the_schedule_goes_on(monkeypatch, caplog):
    calls = []

    class Flaky:
        def enqueue(self):
            calls.append(1)
            if len(calls) == 1:
                raise ConnectionError("queue is down")

    monkeypatch.setattr(scheduler, "import_string", lambda path: Flaky())
    monkeypatch.setattr(scheduler, "close_old_connections", lambda: None)
    clock = iter(range(0, 1000, 10))
    stop = threading.Event()

    def tick(_):
        return len(calls) >= 3

    monkeypatch.setattr(stop, "wait", tick)
    run_schedule({"job": 10}, stop, clock=lambda: next(clock))
    assert len(calls) == 3
    assert "Could not enqueue job" in caplog.text


# The worker closes its database connection between tasks, which would end a test transaction.
@pytest.mark.django_db(transaction=True)
def test_database_worker_runs_the_mail_sync_task():
    from django.core.management import call_command

    from onward.work.tasks import sync_all_mail

    result = sync_all_mail.enqueue()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == {"synced": 0, "failed": 0}
