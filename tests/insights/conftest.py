import datetime as dt

import pytest
from django.utils import timezone

from onward.tracker import services
from onward.tracker.stages import Stage

TODAY = dt.date(2026, 3, 18)  # a Wednesday


def at(days_ago: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10, 0)))


def applied(owner, company, title, days_ago, source="", moves=()):
    """An application sent `days_ago` days before TODAY, then moved through (stage, days_ago) pairs."""
    app = services.create_application(
        owner, company_name=company, title=title, source=source, at=at(days_ago),
        date_applied=TODAY - dt.timedelta(days=days_ago),
    )
    for stage, ago in moves:
        services.move(app, stage, at=at(ago))
    return app


@pytest.fixture
def history(alice):
    """A small history whose figures are worked out by hand in the tests."""
    from onward.core.services import profile_for

    # The history is dated around TODAY, which pages served now see as long past: keep it within the window in
    # which Insights offers to mark applications as no answer.
    profile = profile_for(alice)
    profile.ghosting_offer_max_days = 3650
    profile.save()
    return {
        "referral_rejected": applied(alice, "Acme", "Senior Data Analyst", 60, "referral",
                                     [(Stage.SCREENING, 50), (Stage.INTERVIEWING, 45), (Stage.REJECTED, 30)]),
        "board_rejected": applied(alice, "Acme", "Data Analyst II", 40, "job_board", [(Stage.REJECTED, 35)]),
        "offer": applied(alice, "Beta", "Data Analyst", 20, "referral", [(Stage.INTERVIEWING, 14), (Stage.OFFER, 5)]),
        "stale": applied(alice, "Gamma", "Backend Engineer", 30, "job_board"),
        "ghosted": applied(alice, "Gamma", "Software Engineer", 25, "job_board", [(Stage.GHOSTED, 2)]),
        "recent": applied(alice, "Delta", "Data Analyst", 10, "recruiter"),
        "wish": services.create_application(alice, company_name="Epsilon", title="Analyst", stage=Stage.WISHLIST),
    }
