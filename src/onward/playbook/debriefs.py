"""Interview debriefs: the user's notes after an interview, one per interview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils import timezone

from onward.core.errors import NotFound
from onward.playbook.book import PlaybookServiceError
from onward.playbook.models import Debrief
from onward.tracker.models import Interview, Task
from onward.tracker.services import complete_task

DEBRIEF_FIELDS = (
    "preparation", "questions_and_answers", "examples_used", "body_language", "enthusiasm", "my_questions",
    "went_well", "to_improve",
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def get_interview(owner: User, pk: int | str) -> Interview:
    try:
        return Interview.objects.select_related("application__company").get(owner=owner, pk=int(pk))
    except (Interview.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No interview with id {pk}.") from None


def debrief_for(interview: Interview) -> Debrief:
    """The interview's debrief, or an unsaved empty one."""
    return Debrief.objects.filter(interview=interview).first() or Debrief(owner=interview.owner, interview=interview)


def save_debrief(interview: Interview, **answers: str) -> Debrief:
    unknown = set(answers) - set(DEBRIEF_FIELDS)
    if unknown:
        raise PlaybookServiceError(f"Unknown debrief question: {', '.join(sorted(unknown))}.")
    debrief = debrief_for(interview)
    for name, value in answers.items():
        setattr(debrief, name, (value or "").strip())
    debrief.updated_at = timezone.now()
    debrief.save()
    if any(getattr(debrief, name) for name in DEBRIEF_FIELDS):
        _close_debrief_steps(interview)
    return debrief


def _close_debrief_steps(interview: Interview) -> None:
    """A plan step that asks for this debrief is done once it is saved, and says so."""
    link = reverse("playbook:debrief", args=[interview.pk])
    for task in Task.objects.filter(plan_item__link=link, owner=interview.owner, status=Task.Status.OPEN):
        task.notes = f"{task.notes}\n\nDone when you saved the debrief on {timezone.localdate():%-d %B}.".strip()
        task.save(update_fields=["notes"])
        complete_task(task)
