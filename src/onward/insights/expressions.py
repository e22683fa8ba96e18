"""Database expressions Insights needs to count by local day in the database rather than row by row in Python.

Django casts a time to its local date on SQLite by calling a Python function for every row; over tens of
thousands of applications that call is most of the page's time. `LocalDate` does the same in SQL there: the
current zone's UTC offsets are piecewise constant, so each stretch between two changes (summer time, a zone's
new rules) is one `date(t, '+N seconds')`. Times outside the stretches worked out (long ago, or years ahead)
still go through Django's function, so every answer is the same as TruncDate's. PostgreSQL does it natively.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from django.db.models import Func, IntegerField
from django.db.models.functions import TruncDate
from django.utils import timezone

# The stretches cover these years around today; a time outside them is cast by Django's function.
YEARS_BACK, YEARS_AHEAD = 40, 3
_STEP = dt.timedelta(hours=12)  # zones do not change their offset twice within half a day


@lru_cache(maxsize=16)
def offset_stretches(tz: dt.tzinfo, first_year: int, last_year: int) -> tuple[tuple[dt.datetime, int], ...]:
    """(UTC start, offset in seconds) of each stretch of constant offset from 1 January `first_year` to the end
    of `last_year`, newest first; the first stretch starts at the range's beginning."""
    begin = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=dt.UTC)

    def offset(at: dt.datetime) -> int:
        return int(at.astimezone(tz).utcoffset().total_seconds())

    stretches = [(begin, offset(begin))]
    at = begin
    while at < end:
        later = min(at + _STEP, end)
        if offset(later) != stretches[-1][1]:
            lo, hi = at, later  # the change is in (lo, hi]: find its second
            while hi - lo > dt.timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if offset(mid) == stretches[-1][1]:
                    lo = mid
                else:
                    hi = mid
            stretches.append((hi, offset(hi)))
        at = later
    stretches.append((end, offset(end)))  # a marker: from here on Django's function decides
    return tuple(reversed(stretches))


class LocalDate(TruncDate):
    """A time's date in the current time zone: TruncDate, in plain SQL on SQLite too."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        tz = timezone.get_current_timezone()
        year = timezone.localdate().year
        stretches = offset_stretches(tz, year - YEARS_BACK, year + YEARS_AHEAD)
        fallback, fallback_params = TruncDate.as_sql(self, compiler, connection)
        # Newest first: most times are recent, so few comparisons are made for each row.
        whens, when_params = [f"WHEN {sql} IS NULL THEN NULL"], [*params]
        (end, _), *rest = stretches
        whens.append(f"WHEN {sql} >= %s THEN {fallback}")
        when_params += [*params, _sqlite_time(end), *fallback_params]
        for start, seconds in rest:
            whens.append(f"WHEN {sql} >= %s THEN date({sql}, %s)")
            when_params += [*params, _sqlite_time(start), *params, f"{seconds:+d} seconds"]
        return f"CASE {' '.join(whens)} ELSE {fallback} END", (*when_params, *fallback_params)


def _sqlite_time(at: dt.datetime) -> str:
    """A UTC time as Django stores it in SQLite, for comparing with stored times as text."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


class DaysBetween(Func):
    """Whole days from one date to a later one (negative when the second is earlier)."""

    arity = 2
    output_field = IntegerField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="CAST(julianday(%(expressions)s) AS INTEGER)",
                           arg_joiner=") - julianday(", **extra_context)

    def as_sql(self, compiler, connection, **extra_context):
        extra_context.setdefault("template", "(%(expressions)s)")
        extra_context.setdefault("arg_joiner", " - ")
        return super().as_sql(compiler, connection, **extra_context)

