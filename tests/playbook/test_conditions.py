"""Every playbook condition, on plain facts: no database needed."""

import datetime as dt

import pytest
from django.utils import timezone

from onward.playbook.book import Step
from onward.playbook.facts import CONDITIONS, Facts, applies
from onward.playbook.models import RejectionType
from onward.tracker.models import Contact, Interview
from onward.tracker.stages import Stage


def facts(**overrides) -> Facts:
    base = {"rejection_type": RejectionType.NOT_SELECTED, "stage_reached": Stage.APPLIED, "company": "Acme",
            "role": "Dev", "active_count": 5, "target": 5}
    return Facts(**(base | overrides))


INTERVIEW = Interview(kind=Interview.Kind.TECHNICAL, scheduled_at=timezone.now() - dt.timedelta(days=3))
SAM = Contact(name="Sam Lee")

CASES = {
    "always": [(facts(), True)],
    "reached_interview": [
        (facts(), False),
        (facts(stage_reached=Stage.SCREENING), False),
        (facts(stage_reached=Stage.INTERVIEWING), True),
        (facts(stage_reached=Stage.OFFER), True),
        (facts(interview=INTERVIEW), True),
    ],
    "has_interview": [(facts(stage_reached=Stage.INTERVIEWING), False), (facts(interview=INTERVIEW), True)],
    "reached_offer": [(facts(stage_reached=Stage.INTERVIEWING), False), (facts(stage_reached=Stage.OFFER), True)],
    "warm_contact": [(facts(), False), (facts(warm_contact=SAM), True)],
    "pipeline_below_target": [
        (facts(active_count=5, target=5), False),
        (facts(active_count=6, target=5), False),
        (facts(active_count=4, target=5), True),
    ],
    "rejection_burst": [
        (facts(recent_rejections=2, burst_count=3), False),
        (facts(recent_rejections=3, burst_count=3), True),
        (facts(recent_rejections=4, burst_count=5), False),
    ],
    "has_my_people": [(facts(), False), (facts(my_people=[SAM]), True)],
    "debrief_saved": [(facts(interview=INTERVIEW), False), (facts(interview=INTERVIEW, debriefed=True), True)],
    "feeling_low": [(facts(), False), (facts(feeling=3), False), (facts(feeling=2), True),
                    (facts(feeling=1, low_feeling=0), False)],
    "feedback_given": [(facts(feedback="  "), False), (facts(feedback="Strong SQL, less Spark."), True)],
    "feedback_offered": [(facts(), False), (facts(feedback_offered=True), True)],
    "reapply_invited": [(facts(), False), (facts(reapply_invited=True), True)],
}
for _type in RejectionType:
    other = next(t for t in RejectionType if t != _type)
    CASES[_type.value] = [(facts(rejection_type=_type), True), (facts(rejection_type=other), False)]


def test_every_condition_has_cases():
    assert set(CASES) == set(CONDITIONS)


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [(name, f, expected) for name, cases in CASES.items() for f, expected in cases],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_condition(name, case, expected):
    condition = CONDITIONS[name]
    assert condition.test(case) is expected
    if expected:
        assert condition.why(case)  # a held condition always says why


def step(**kwargs) -> Step:
    return Step(id="s", title="t", kind="other", due_days=0, **kwargs)


def test_when_needs_all_and_when_any_needs_one():
    warm = facts(warm_contact=SAM, stage_reached=Stage.INTERVIEWING)
    assert applies(step(when=("reached_interview", "warm_contact")), warm)[0]
    assert not applies(step(when=("reached_interview", "warm_contact")), facts(warm_contact=SAM))[0]
    assert applies(step(when_any=("keep_on_file", "warm_contact")), facts(warm_contact=SAM))[0]
    assert applies(step(when_any=("keep_on_file", "warm_contact")),
                   facts(rejection_type=RejectionType.KEEP_ON_FILE))[0]
    assert not applies(step(when_any=("keep_on_file", "warm_contact")), facts())[0]


def test_when_type_and_unless():
    closed = facts(rejection_type=RejectionType.POSITION_CLOSED, warm_contact=SAM)
    assert applies(step(when_type=("position_closed",)), closed)[0]
    assert not applies(step(when_type=("keep_on_file",)), closed)[0]
    assert not applies(step(when=("warm_contact",), unless=("position_closed",)), closed)[0]
    assert applies(step(when=("warm_contact",), unless=("position_closed",)), facts(warm_contact=SAM))[0]


def test_reasons_name_the_conditions_that_held():
    ok, because = applies(step(when_any=("keep_on_file", "warm_contact")), facts(warm_contact=SAM))
    assert ok
    assert because == ["you know someone there (Sam Lee)"]
    ok, because = applies(step(when=("pipeline_below_target",)), facts(active_count=2, target=5))
    assert because == ["2 active applications, below your target of 5"]
    _, because = applies(step(when=("pipeline_below_target",)), facts(active_count=1, target=5))
    assert because == ["1 active application, below your target of 5"]
