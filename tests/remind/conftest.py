import datetime as dt
import zoneinfo

import pytest
from django.utils import timezone

from onward.core.services import profile_for
from onward.remind.models import AddressConfirmation
from onward.tracker import services as tracker
from onward.tracker.models import Task
from tests.cli.conftest import run  # noqa: F401  (a fixture)

ZONE = zoneinfo.ZoneInfo("Europe/Amsterdam")


@pytest.fixture(autouse=True)
def amsterdam(settings):
    """A fixed zone, so "local day" and "chosen hour" mean the same wherever the tests run."""
    settings.TIME_ZONE = "Europe/Amsterdam"


def at(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    """A moment in November 2026, Amsterdam time."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=ZONE)


def applied(owner, company: str, *, on: dt.datetime, title: str = "Engineer", **kwargs):
    return tracker.create_application(owner, company_name=company, title=title, at=on, **kwargs)


def task(owner, title: str, due: dt.date | None, **kwargs) -> Task:
    return tracker.add_task(owner, title=title, due_date=due, **kwargs)


def confirmed(user):
    """As if the user had opened the link sent to their address (onward.remind.confirm)."""
    AddressConfirmation.objects.create(owner=user, address=user.email, confirmed_at=timezone.now())


def opt_in(user, *, email: str = "", hour: int = 8, confirm: bool = True):
    user.email = email or f"{user.username}@example.org"
    user.save(update_fields=["email"])
    if confirm:
        confirmed(user)
    profile = profile_for(user)
    profile.reminder_email = True
    profile.reminder_hour = hour
    profile.save()
    return profile
