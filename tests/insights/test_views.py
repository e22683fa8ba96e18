import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from onward.core.models import Origin
from onward.insights.models import GoalEntry, MoodCheckIn, WeeklyGoal
from onward.insights.routine import add_goal
from onward.tracker import services
from onward.tracker.stages import Stage

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_dashboard_needs_login(client, alice):
    response = client.get(reverse("insights:dashboard"))
    assert response.status_code == 302 and "login" in response.url


def test_empty_dashboard_is_calm(alice_client):
    response = alice_client.get(reverse("insights:dashboard"))
    assert response.status_code == 200
    assert b"No applications sent in this window yet" in response.content
    assert b"No weekly goals yet" in response.content


def test_dashboard_shows_the_figures(history, alice_client):
    response = alice_client.get(reverse("insights:dashboard"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Any response" in body and "Referral" in body and "data analyst" in body
    assert "Jobvite" in body  # the projection cites its benchmarks
    assert "Employment Projections 2024–34" in body and "O*NET" in body
    assert 'id="chart-sankey"' in body and 'id="chart-funnel"' in body
    # Drawn on the server, with a text alternative; no chart library is sent.
    assert body.count('role="img"') >= 5 and "<desc" in body and "vega" not in body.lower()
    assert "Mark these as no answer" in body  # one application waited past the threshold


def test_each_chart_downloads_as_a_standalone_svg(history, alice_client):
    response = alice_client.get(reverse("insights:chart_svg", args=["chart-funnel"]) + "?window=12w")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert 'filename="onward-funnel.svg"' in response["Content-Disposition"]
    svg = response.content.decode()
    assert svg.startswith("<?xml") and 'width="720"' in svg and "<style>" in svg and "Any response" in svg
    assert alice_client.get(reverse("insights:chart_svg", args=["chart-nothing"])).status_code == 404


def test_windows_and_unknown_window(history, alice_client):
    assert "Last 4 weeks" in alice_client.get(reverse("insights:dashboard") + "?window=4w").content.decode()
    assert alice_client.get(reverse("insights:dashboard") + "?window=nonsense").status_code == 200


def test_goal_add_htmx_returns_the_section(alice, alice_client):
    response = alice_client.post(reverse("insights:goal_add"), {"kind": "networking", "target": 3}, **HTMX)
    assert response.status_code == 200
    assert b"<html" not in response.content and b"Networking messages" in response.content
    assert WeeklyGoal.objects.filter(owner=alice, kind="networking", target=3).exists()


def test_invalid_goal_keeps_the_input_and_saves_nothing(alice, alice_client):
    response = alice_client.post(reverse("insights:goal_add"), {"kind": "custom", "target": 2, "label": ""})
    assert response.status_code == 400
    assert b"A custom goal needs a name." in response.content
    assert not WeeklyGoal.objects.exists()


def test_goal_log_and_other_users_goals(alice, bob, alice_client):
    mine = add_goal(alice, "learning", 2)
    theirs = add_goal(bob, "learning", 2)
    assert alice_client.post(reverse("insights:goal_log", args=[mine.pk]), **HTMX).status_code == 200
    assert GoalEntry.objects.filter(goal=mine).count() == 1
    for name in ("insights:goal_log", "insights:goal_archive"):
        assert alice_client.post(reverse(name, args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.archived_at is None and not theirs.entries.exists()


def test_mood_check_in_and_bad_input(alice, alice_client):
    alice_client.post(reverse("insights:mood"), {"mood": 4, "note": "ok day"}, **HTMX)
    assert MoodCheckIn.objects.get(owner=alice).mood == 4
    response = alice_client.post(reverse("insights:mood"), {"mood": 9}, **HTMX)
    assert response.status_code == 200 and b"Choose a number from 1 to 5." in response.content
    assert MoodCheckIn.objects.count() == 1


def test_rest_week_and_rules(alice, alice_client):
    response = alice_client.post(reverse("insights:rest"), **HTMX)
    assert b"This is a rest week" in response.content
    response = alice_client.post(reverse("insights:rules"), {"forgiven_misses": 2, "forgiveness_window_weeks": 6,
                                                              "burnout_applications": 20, "burnout_rejection_run": 4},
                                 **HTMX)
    assert b"Saved your rules." in response.content
    assert alice.routine_rules.forgiven_misses == 2


def test_mark_ghosted_is_an_explicit_post(history, alice, alice_client):
    assert alice_client.get(reverse("insights:mark_ghosted")).status_code == 405
    response = alice_client.post(reverse("insights:mark_ghosted"))
    assert response.status_code == 302
    stale = history["stale"]
    stale.refresh_from_db()
    # The fixture's history is dated in the past relative to now, so every old Applied one is marked.
    assert stale.stage == Stage.GHOSTED
    assert stale.stage_changes.last().origin == Origin.PLAYBOOK


def test_bob_sees_none_of_alices_figures(history, bob, client):
    client.force_login(bob)
    body = client.get(reverse("insights:dashboard")).content.decode()
    assert "Acme" not in body and "data analyst" not in body


@pytest.mark.parametrize("name", ["goal_add", "rest", "rules", "mood", "mark_ghosted"])
def test_actions_refuse_get(alice_client, name):
    assert alice_client.get(reverse(f"insights:{name}")).status_code == 405


def test_burnout_signal_shows_on_the_page(alice, alice_client):
    from onward.tracker.services import create_application

    for i in range(15):
        create_application(alice, company_name=f"Co {i}", title="Analyst")
    body = alice_client.get(reverse("insights:dashboard")).content.decode()
    assert "You sent 15 applications in the last seven days" in body


def test_the_page_asks_the_same_few_queries_for_a_year_of_goals_and_many_groups(alice, alice_client):
    """Query count does not grow with weeks of goals, companies, titles or applications."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def page_queries(window: str = "all") -> int:
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get(reverse("insights:dashboard"), {"window": window}).status_code == 200
        return len(captured.captured_queries)

    def add(count: int, weeks_apart: int) -> None:
        for n in range(count):
            at = timezone.now() - dt.timedelta(weeks=n * weeks_apart)
            app = services.create_application(alice, company_name=f"Company {count}-{n}", title=f"Title {n}",
                                              source="referral", at=at)
            services.move(app, ("rejected", "interviewing", "ghosted")[n % 3], at=at)
        for kind in ("applications", "follow_ups", "networking"):
            WeeklyGoal.objects.create(owner=alice, kind=kind, target=1, created_at=timezone.now() - dt.timedelta(
                weeks=count * weeks_apart))

    add(3, 1)
    page_queries()  # the first visit makes the profile and the routine rules
    few = page_queries()
    add(40, 2)
    assert page_queries() == few
    assert few <= 15
    # A window's figures come from the same number of queries.
    assert page_queries("12w") <= 15
    assert page_queries("4w") <= 15
