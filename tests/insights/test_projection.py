import numpy as np
import pytest

from onward.insights import funnel, projection
from onward.insights.projection import PRIORS, Evidence, project

from .conftest import TODAY


def test_evidence_from_a_small_history(history, alice):
    ev = projection.evidence(funnel.gather(alice), ghost_days=21, today=TODAY)
    # Finished: two interviewed (one offer, one rejected), one rejected early, one ghosted, one past the wait.
    # Still in play: the one sent 10 days ago.
    assert ev == Evidence(applications=5, interviews=2, interview_outcomes=2, offers=1, pending_applied=1,
                          pending_interviewing=0)
    assert projection.pace(funnel.gather(alice), today=TODAY) == pytest.approx(3 / 4)


def test_posterior_adds_own_outcomes_to_the_benchmark_prior(history, alice):
    p = projection.projection_for(alice, funnel.gather(alice), today=TODAY)
    assert p.posterior["interview"] == pytest.approx((PRIORS["interview"].alpha + 2, PRIORS["interview"].beta + 3))
    assert p.posterior["offer"] == pytest.approx((PRIORS["offer"].alpha + 1, PRIORS["offer"].beta + 1))
    assert p.few_data
    assert p.weeks["p50"] == pytest.approx(p.applications["p50"] / 0.75)


def test_priors_cite_their_sources():
    for prior in PRIORS.values():
        assert "Jobvite" in prior.citation
        assert 0 < prior.mean < 0.5
    assert 0.17 <= PRIORS["offer"].mean <= 0.28


def test_same_seed_same_answer_and_quantiles_are_ordered():
    ev = Evidence(30, 4, 3, 1, 2, 1)
    a, b = project(ev, pace_per_week=5), project(ev, pace_per_week=5)
    assert a.applications == b.applications
    q = a.applications
    assert q["p10"] <= q["p25"] <= q["p50"] <= q["p75"] <= q["p90"]


def test_more_own_data_narrows_the_range():
    # The same observed rates (10% to interview, 25% to offer), ten times the history.
    small = project(Evidence(20, 2, 4, 1, 0, 0), pace_per_week=5)
    large = project(Evidence(200, 20, 40, 10, 0, 0), pace_per_week=5)
    width = lambda p: p.applications["p90"] - p.applications["p10"]  # noqa: E731
    assert width(large) < width(small)
    assert small.few_data and not large.few_data


def test_an_interview_in_play_can_mean_no_new_application_is_needed():
    idle = project(Evidence(40, 4, 4, 1, 0, 0), pace_per_week=5)
    busy = project(Evidence(40, 4, 4, 1, 0, 6), pace_per_week=5)
    assert busy.applications["p10"] == 0
    assert busy.applications["p50"] < idle.applications["p50"]


def test_no_recent_pace_gives_no_weeks():
    assert project(Evidence(10, 1, 1, 0, 0, 0), pace_per_week=0).weeks is None


def test_80_percent_range_covers_the_truth_about_80_percent_of_simulated_searches():
    """Searches with true rates drawn from the prior: the 80% range should hold the real count about 80% of the time."""
    rng = np.random.default_rng(2024)
    prior_i, prior_o = PRIORS["interview"], PRIORS["offer"]
    sims, hits = 300, 0
    for sim in range(sims):
        p1, p2 = rng.beta(prior_i.alpha, prior_i.beta), rng.beta(prior_o.alpha, prior_o.beta)
        sent = int(rng.integers(5, 80))
        interviews = int(rng.binomial(sent, p1))
        offers = int(rng.binomial(interviews, p2))
        p = project(Evidence(sent, interviews, interviews, offers, 0, 0), pace_per_week=5, draws=2000, seed=sim)
        truth = rng.geometric(p1 * p2)  # applications until the next one that ends in an offer
        hits += p.applications["p10"] <= truth <= p.applications["p90"]
    assert 0.72 <= hits / sims <= 0.90


def test_ranges_read_as_people_write_them():
    q = {"p10": 0, "p25": 3.0, "p50": 7, "p75": 12.0, "p90": 30.4}
    assert projection.format_range(q, 50) == "3–12"
    assert projection.format_range(q, 80) == "0–30"
    assert projection.format_range({"p10": 0, "p25": 0, "p50": 0, "p75": 0, "p90": 2.25}, 50) == "0"
    assert projection.format_number(2.25) == "2.2"
