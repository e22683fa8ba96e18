from collections import Counter

import pytest

from onward.core.errors import OnwardError
from onward.core.models import Origin
from onward.insights import funnel
from onward.insights.dashboard import stats
from onward.tracker.stages import Stage

from .conftest import TODAY


def test_title_group_strips_seniority_and_details():
    assert funnel.title_group("Senior Data Analyst (Remote)") == "data analyst"
    assert funnel.title_group("Data Analyst II") == "data analyst"
    assert funnel.title_group("Sr. Backend Engineer - Payments") == "backend engineer"
    assert funnel.title_group("Lead") == "lead"


def test_funnel_counts_and_conversion_all_time(history, alice):
    f = funnel.funnel(funnel.gather(alice))
    # Six sent (the wishlist one is not); three answered; two interviewed (one later rejected); one offer.
    assert f.counts == {"applied": 6, "responded": 3, "interviewed": 2, "offer": 1}
    assert f.rate("responded") == pytest.approx(3 / 6)
    assert f.rate("interviewed") == pytest.approx(2 / 3)
    assert f.rate("offer") == pytest.approx(1 / 2)
    assert f.overall("offer") == pytest.approx(1 / 6)
    assert not f.small


def test_windows_count_applications_sent_inside_them(history, alice):
    facts = funnel.gather(alice)
    assert funnel.funnel(funnel.in_window(facts, "4w", TODAY)).counts == {
        "applied": 3, "responded": 1, "interviewed": 1, "offer": 1}
    assert funnel.funnel(funnel.in_window(facts, "12w", TODAY)).counts["applied"] == 6
    assert funnel.funnel(funnel.in_window(facts, "4w", TODAY)).small


def test_breakdowns_keep_and_flag_small_groups(history, alice):
    facts = funnel.gather(alice)
    by_source = {g.key: g for g in funnel.breakdown(facts, "source")}
    assert by_source["referral"].funnel.counts == {"applied": 2, "responded": 2, "interviewed": 2, "offer": 1}
    assert by_source["job_board"].funnel.counts == {"applied": 3, "responded": 1, "interviewed": 0, "offer": 0}
    assert by_source["recruiter"].funnel.counts["applied"] == 1
    assert all(g.funnel.small for g in by_source.values())
    by_title = {g.key: g.funnel.counts["applied"] for g in funnel.breakdown(facts, "title")}
    assert by_title == {"data analyst": 4, "backend engineer": 1, "software engineer": 1}
    by_company = {g.label: g.funnel.counts["applied"] for g in funnel.breakdown(facts, "company")}
    assert by_company == {"Acme": 2, "Gamma": 2, "Beta": 1, "Delta": 1}
    with pytest.raises(OnwardError):
        funnel.breakdown(facts, "colour")


def test_response_times_per_company(history, alice):
    rows = funnel.response_times(funnel.gather(alice))
    assert [(r.company, r.answered, r.applied, r.median_days) for r in rows] == [
        ("Beta", 1, 1, 6), ("Acme", 2, 2, 7.5), ("Delta", 0, 1, None), ("Gamma", 0, 2, None)]


def test_ghosting_rate_uses_the_profile_threshold(history, alice):
    g = funnel.ghosting(alice, funnel.gather(alice), today=TODAY)
    assert g.threshold_days == 21
    assert g.eligible == 4  # sent 60, 40, 30 and 25 days ago
    assert [a.pk for a in g.ghosted] == [history["ghosted"].pk]
    assert [a.pk for a in g.stale] == [history["stale"].pk]
    assert g.rate == pytest.approx(0.5)
    # A longer wait leaves the 30-day-old one out.
    assert funnel.ghosting(alice, funnel.gather(alice), days=35, today=TODAY).stale == []


def test_marking_stale_applications_records_why_and_can_be_undone(history, alice):
    from onward.tracker.services import reopen_application

    moved = funnel.mark_stale_as_ghosted(alice, today=TODAY)
    assert [a.pk for a in moved] == [history["stale"].pk]
    app = history["stale"]
    app.refresh_from_db()
    assert app.stage == Stage.GHOSTED
    change = app.stage_changes.last()
    assert change.origin == Origin.PLAYBOOK
    assert "30 days" in change.reason and "21" in change.reason
    reopen_application(app)
    app.refresh_from_db()
    assert app.stage == Stage.APPLIED


def test_mark_ghosted_touches_only_the_owner(history, alice, bob):
    assert funnel.mark_stale_as_ghosted(bob, today=TODAY) == []
    history["stale"].refresh_from_db()
    assert history["stale"].stage == Stage.APPLIED


def test_flow_keeps_interview_stages_before_a_rejection(history, alice):
    flows = funnel.flows(funnel.gather(alice))
    assert flows.links == Counter({
        (Stage.APPLIED, Stage.SCREENING): 1, (Stage.SCREENING, Stage.INTERVIEWING): 1,
        (Stage.INTERVIEWING, Stage.REJECTED): 1, (Stage.APPLIED, Stage.REJECTED): 1,
        (Stage.APPLIED, Stage.INTERVIEWING): 1, (Stage.INTERVIEWING, Stage.OFFER): 1,
        (Stage.APPLIED, Stage.GHOSTED): 1,
    })
    assert flows.reached[Stage.APPLIED] == 6  # two of them are still waiting at Applied
    assert flows.reached[Stage.INTERVIEWING] == 2


def test_flow_path_collapses_reopen_loops():
    history = [Stage.APPLIED, Stage.INTERVIEWING, Stage.REJECTED, Stage.INTERVIEWING, Stage.OFFER]
    assert funnel.flow_path(history, Stage.OFFER) == [Stage.APPLIED, Stage.INTERVIEWING, Stage.OFFER]
    assert funnel.flow_path([Stage.WISHLIST, Stage.SCREENING], Stage.WITHDRAWN) == [
        Stage.APPLIED, Stage.SCREENING, Stage.WITHDRAWN]


def test_rejections_split_external_and_about_the_candidate(history, alice):
    from onward.playbook.rejections import log_rejection

    log_rejection(history["referral_rejected"], rejection_type="not_selected", reason="interview_performance")
    log_rejection(history["board_rejected"], rejection_type="position_filled")
    log_rejection(history["stale"], rejection_type="not_selected", reason="internal_candidate")
    log_rejection(history["recent"], rejection_type="keep_on_file")
    r = funnel.rejections(alice, funnel.gather(alice))
    # The fifth is the application marked ghosted: its closing move logged a rejection without a reason.
    assert (r.total, r.external, r.about_candidate, r.unknown) == (5, 2, 1, 2)
    assert dict(r.by_reason)["Internal candidate"] == 1


def test_weekly_activity_counts_sent_and_answers(history, alice):
    rows = funnel.weekly_activity(funnel.gather(alice), weeks=4, today=TODAY)
    assert [r["week"] for r in rows] == ["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16"]
    assert [r["applications"] for r in rows] == [1, 1, 0, 0]  # sent 20 and 10 days ago
    assert [r["responses"] for r in rows] == [0, 1, 0, 0]  # first answer to the offer 14 days ago


def test_stats_rejects_unknown_window(alice):
    with pytest.raises(OnwardError, match="Unknown window"):
        stats(alice, "7y")
