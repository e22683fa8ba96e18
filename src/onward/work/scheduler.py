"""A small in-process schedule: enqueue each periodic task when its interval has passed."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from django.db import close_old_connections
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


class Schedule:
    """Which task paths are due. Every task runs once at start, then every `seconds` (0 turns one off)."""

    def __init__(self, intervals: dict[str, int], now: float):
        self.intervals = {path: seconds for path, seconds in intervals.items() if seconds > 0}
        self.next_run = dict.fromkeys(self.intervals, now)

    def due(self, now: float) -> list[str]:
        paths = [path for path, at in self.next_run.items() if at <= now]
        for path in paths:
            self.next_run[path] = now + self.intervals[path]
        return paths


def run_schedule(
    intervals: dict[str, int], stop: threading.Event, *, tick: float = 1.0, clock: Callable[[], float] = time.monotonic
) -> None:
    schedule = Schedule(intervals, clock())
    while True:
        for path in schedule.due(clock()):
            try:
                import_string(path).enqueue()
                log.info("Enqueued %s", path)
            except Exception:  # a queue outage must not stop the schedule; the next interval tries again
                log.exception("Could not enqueue %s", path)
        close_old_connections()
        if stop.wait(tick):
            return


def start_scheduler(intervals: dict[str, int]) -> threading.Event:
    """Run the schedule in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()
    threading.Thread(target=run_schedule, args=(intervals, stop), name="onward-scheduler", daemon=True).start()
    return stop
