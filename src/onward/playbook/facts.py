"""What the playbook knows about a rejection: facts gathered once, the condition table, and wording placeholders.

Conditions are plain functions of `Facts`, so each can be tested without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format

from onward.core.services import profile_for
from onward.playbook.models import Debrief, Rejection, RejectionType
from onward.tracker.models import Application, Contact, Interview
from onward.tracker.stages import ACTIVE, Stage

INTERVIEW_STAGES = (Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED)
OFFER_STAGES = (Stage.OFFER, Stage.ACCEPTED)

# The text a missing detail shows as, so a draft never invents one.
MISSING = {
    "contact_name": "[contact's name]",
    "interviewer_name": "[interviewer's name]",
    "interview_kind": "[interview]",
    "interview_date": "[interview date]",
    "my_name": "[your name]",
    "interview_id": "[interview]",
}


@dataclass
class Facts:
    rejection_type: str
    stage_reached: str
    company: str = ""
    role: str = ""
    application_id: int | None = None
    interview: Interview | None = None
    interviewer: Contact | None = None
    warm_contact: Contact | None = None
    referral: Contact | None = None
    my_people: list[Contact] = field(default_factory=list)
    active_count: int = 0
    target: int = 5
    recent_rejections: int = 1
    burst_count: int = 3
    burst_days: int = 14
    feedback: str = ""
    feedback_offered: bool = False
    reapply_invited: bool = False
    keep_on_file: bool = False
    my_name: str = ""
    feeling: int | None = None
    low_feeling: int = 2
    debriefed: bool = False  # the interview above has a saved debrief


@dataclass(frozen=True)
class Condition:
    test: Callable[[Facts], bool]
    why: Callable[[Facts], str]


def _day(moment: dt.datetime) -> str:
    return date_format(timezone.localtime(moment), "j F Y")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _names(contacts: list[Contact]) -> str:
    names = [c.name for c in contacts[:3]]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


CONDITIONS: dict[str, Condition] = {
    "always": Condition(lambda f: True, lambda f: "part of every plan"),
    "reached_interview": Condition(
        lambda f: f.stage_reached in INTERVIEW_STAGES or f.interview is not None,
        lambda f: "you reached the interview stage",
    ),
    "has_interview": Condition(
        lambda f: f.interview is not None,
        lambda f: f"you had an interview on {_day(f.interview.scheduled_at)}" if f.interview else "",
    ),
    "debrief_saved": Condition(
        lambda f: f.debriefed,
        lambda f: "you already wrote the debrief of that interview",
    ),
    "reached_offer": Condition(lambda f: f.stage_reached in OFFER_STAGES, lambda f: "you reached the offer stage"),
    "warm_contact": Condition(
        lambda f: f.warm_contact is not None,
        lambda f: f"you know someone there ({f.warm_contact.name})" if f.warm_contact else "",
    ),
    "pipeline_below_target": Condition(
        lambda f: f.active_count < f.target,
        lambda f: f"{_count(f.active_count, 'active application')}, below your target of {f.target}",
    ),
    "rejection_burst": Condition(
        lambda f: f.recent_rejections >= f.burst_count,
        lambda f: f"{_count(f.recent_rejections, 'rejection')} within {_count(f.burst_days, 'day')}",
    ),
    "feeling_low": Condition(
        lambda f: f.feeling is not None and f.feeling <= f.low_feeling,
        lambda f: f"you checked in at {f.feeling} of 5",
    ),
    "has_my_people": Condition(
        lambda f: bool(f.my_people), lambda f: f"you have people to lean on ({_names(f.my_people)})"
    ),
    "feedback_given": Condition(lambda f: bool(f.feedback.strip()), lambda f: "they gave feedback"),
    "feedback_offered": Condition(lambda f: f.feedback_offered, lambda f: "they offered feedback"),
    "reapply_invited": Condition(lambda f: f.reapply_invited, lambda f: "they invited you to apply again"),
}
# Each rejection type is a condition too, so `when_any = ["keep_on_file", "warm_contact"]` reads naturally.
for _type in RejectionType:
    CONDITIONS[_type.value] = Condition(
        lambda f, t=_type: f.rejection_type == t, lambda f, t=_type: f"the answer was “{t.label}”"
    )
# "We will keep your resume on file" also holds when it came with another answer (the position was filled).
CONDITIONS[RejectionType.KEEP_ON_FILE.value] = Condition(
    lambda f: f.rejection_type == RejectionType.KEEP_ON_FILE or f.keep_on_file,
    lambda f: "they will keep your resume on file",
)

STEP_PLACEHOLDERS = frozenset(
    {
        "company", "role", "contact_name", "contact_or_team", "interviewer_name", "interview_kind",
        "interview_date", "my_people", "my_name", "active_count", "target", "gap", "application_id",
        "interview_id", "rejection_count", "burst_days",
    }
)


def _latest_interview(app: Application) -> Interview | None:
    """The most recent interview that has taken place, else the latest one planned."""
    interviews = list(app.interviews.prefetch_related("interviewers").order_by("scheduled_at", "id"))
    held = [iv for iv in interviews if iv.scheduled_at <= timezone.now()]
    return (held or interviews or [None])[-1]


def _warm_contact(app: Application) -> Contact | None:
    if app.referral_contact_id:
        return app.referral_contact
    contacts = list(Contact.objects.filter(owner=app.owner, company=app.company).order_by("id"))
    # A recruiter or hiring manager is the natural person to write to; anyone at the company will do.
    for role in (Contact.Role.RECRUITER, Contact.Role.HIRING_MANAGER):
        found = next((c for c in contacts if c.role == role), None)
        if found:
            return found
    return contacts[0] if contacts else None


def gather(
    app: Application,
    *,
    rejection_type: str,
    stage_reached: str,
    received_at: dt.datetime | None = None,
    settings: dict | None = None,
    feedback: str = "",
    feedback_offered: bool = False,
    reapply_invited: bool = False,
    keep_on_file: bool = False,
    feeling: int | None = None,
) -> Facts:
    settings = settings or {}
    burst_days = int(settings.get("burst_days", 14))
    received_at = received_at or timezone.now()
    interview = _latest_interview(app)
    interviewer = interview.interviewers.all()[0] if interview and interview.interviewers.all() else None
    recent = (
        Rejection.objects.filter(
            owner=app.owner,
            received_at__gt=received_at - dt.timedelta(days=burst_days),
            received_at__lte=received_at,
        )
        .exclude(application=app)
        .count()
        + 1
    )
    return Facts(
        rejection_type=rejection_type,
        stage_reached=stage_reached,
        company=app.company.name,
        # A role mail did not name stays a visible [role] to fill in, never the words "Role not named".
        role="" if app.title_missing else app.title,
        application_id=app.pk,
        interview=interview,
        interviewer=interviewer,
        warm_contact=_warm_contact(app),
        referral=app.referral_contact if app.referral_contact_id else None,
        my_people=list(Contact.objects.filter(owner=app.owner, is_my_person=True).order_by("name")),
        active_count=Application.objects.filter(owner=app.owner, stage__in=ACTIVE).exclude(pk=app.pk).count(),
        target=profile_for(app.owner).active_pipeline_target,
        recent_rejections=recent,
        burst_count=int(settings.get("burst_count", 3)),
        burst_days=burst_days,
        feedback=feedback,
        feedback_offered=feedback_offered,
        reapply_invited=reapply_invited,
        keep_on_file=keep_on_file,
        my_name=app.owner.get_full_name(),
        feeling=feeling,
        low_feeling=int(settings.get("low_feeling", 2)),
        debriefed=interview is not None and Debrief.objects.filter(interview=interview).exists(),
    )


def owner_facts(owner, *, feeling: int | None, settings: dict | None = None) -> Facts:
    """What is known about the person alone, for a check-in that is not about one application."""
    settings = settings or {}
    return Facts(
        rejection_type="", stage_reached="",
        my_people=list(Contact.objects.filter(owner=owner, is_my_person=True).order_by("name")),
        active_count=Application.objects.filter(owner=owner, stage__in=ACTIVE).count(),
        target=profile_for(owner).active_pipeline_target,
        my_name=owner.get_full_name(),
        feeling=feeling,
        low_feeling=int(settings.get("low_feeling", 2)),
    )


def contact_for(facts: Facts, which: str) -> Contact | None:
    """The contact a step is about: interviewer, referral, warm or my_person."""
    return {
        "interviewer": facts.interviewer or facts.warm_contact,
        "referral": facts.referral,
        "warm": facts.warm_contact,
        "my_person": facts.my_people[0] if facts.my_people else None,
    }.get(which)


def _interview_kind(interview: Interview | None) -> str:
    if interview is None:
        return ""
    if interview.kind == Interview.Kind.OTHER:
        return "interview"
    return f"{interview.get_kind_display().lower()} interview"


def placeholders(facts: Facts, contact: Contact | None = None) -> dict[str, str]:
    """Values for the wording; anything unknown stays a visible [placeholder]."""
    contact = contact or facts.warm_contact
    interview = facts.interview
    values = {
        "company": facts.company,
        "role": facts.role,
        "contact_name": contact.name if contact else "",
        "contact_or_team": contact.name if contact else f"the team at {facts.company}",
        "interviewer_name": facts.interviewer.name if facts.interviewer else "",
        "interview_kind": _interview_kind(interview),
        "interview_date": _day(interview.scheduled_at) if interview else "",
        "interview_id": str(interview.pk) if interview else "",
        "my_people": _names(facts.my_people) if facts.my_people else "someone you trust",
        "my_name": facts.my_name,
        "active_count": str(facts.active_count),
        "target": str(facts.target),
        "gap": str(max(facts.target - facts.active_count, 1)),
        "application_id": str(facts.application_id or ""),
        "rejection_count": str(facts.recent_rejections),
        "burst_days": str(facts.burst_days),
    }
    return {k: v or MISSING.get(k, f"[{k.replace('_', ' ')}]") for k, v in values.items()}


def applies(step, facts: Facts) -> tuple[bool, list[str]]:
    """Whether a playbook step's conditions hold for these facts, and the reasons why they do."""
    held = {name: CONDITIONS[name].test(facts) for name in {*step.when, *step.when_any, *step.unless}}
    if not all(held[name] for name in step.when):
        return False, []
    if step.when_any and not any(held[name] for name in step.when_any):
        return False, []
    if step.when_type and facts.rejection_type not in step.when_type:
        return False, []
    if any(held[name] for name in step.unless):
        return False, []
    because = [name for name in (*step.when, *step.when_any) if held[name]]
    if step.when_type:
        because.append(facts.rejection_type)
    return True, [CONDITIONS[name].why(facts) for name in dict.fromkeys(because)]
