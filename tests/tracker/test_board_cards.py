"""What a board card says about an application: place, salary and deadline, in words."""

import datetime as dt

import pytest

from onward.tracker.board import Card

NOW = dt.datetime(2026, 12, 6, 10, tzinfo=dt.UTC)
TODAY = dt.date(2026, 12, 6)


def card(**fields) -> Card:
    return Card(pk=1, title="Data engineer", stage=fields.pop("stage", "wishlist"), last_activity_at=NOW,
                company_name="Acme", **fields)


@pytest.mark.parametrize(("location", "mode", "expected"), [
    ("Lisbon", "hybrid", "Lisbon · Hybrid"),
    ("Remote", "remote", "Remote"),
    ("  ", "onsite", "On-site"),
    ("Berlin", "", "Berlin"),
    ("", "", ""),
])
def test_place(location, mode, expected):
    assert card(location=location, remote_mode=mode).place == expected


@pytest.mark.parametrize(("low", "high", "currency", "expected"), [
    (70000, 82000, "EUR", "EUR 70,000–82,000"),
    (78000, 78000, "EUR", "EUR 78,000"),
    (60000, None, "CHF", "from CHF 60,000"),
    (None, 90000, "", "up to 90,000"),
    (None, None, "EUR", ""),
])
def test_salary(low, high, currency, expected):
    assert card(salary_min=low, salary_max=high, salary_currency=currency).salary == expected


def test_deadline_is_close_within_a_week_and_quiet_once_past_or_applied():
    assert card(deadline=TODAY + dt.timedelta(days=5)).deadline_note(TODAY) == ("Apply by 11 Dec", True)
    assert card(deadline=TODAY + dt.timedelta(days=16)).deadline_note(TODAY) == ("Apply by 22 Dec", False)
    assert card(deadline=TODAY).deadline_note(TODAY) == ("Apply today", True)
    assert card(deadline=TODAY - dt.timedelta(days=2)).deadline_note(TODAY) == ("Deadline was 4 Dec", False)
    assert card(deadline=TODAY, stage="applied").deadline_note(TODAY) == ("", False)
    assert card().deadline_note(TODAY) == ("", False)
