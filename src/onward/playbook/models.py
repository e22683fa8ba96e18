"""Rejections, their recovery plans, interview debriefs, the wins journal and the per-user playbook text."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from onward.core.models import Origin, Owned
from onward.tracker.models import Application, Interview, Task
from onward.tracker.stages import Stage


class RejectionType(models.TextChoices):
    NOT_SELECTED = "not_selected", "Not selected"
    POSITION_FILLED = "position_filled", "Position filled"
    POSITION_CLOSED = "position_closed", "Position closed (not hiring, budget, on hold)"
    KEEP_ON_FILE = "keep_on_file", "They’ll keep your resume on file"
    OFFER_RESCINDED = "offer_rescinded", "Offer rescinded"
    GHOSTED = "ghosted", "No answer (ghosted)"


class RejectionReason(models.TextChoices):
    SKILLS_GAP = "skills_gap", "Skills gap"
    EXPERIENCE_LEVEL = "experience_level", "Experience level"
    CREDENTIAL_EDUCATION = "credential_education", "Credential or education"
    INTERVIEW_PERFORMANCE = "interview_performance", "Interview performance"
    TEAM_FIT = "team_fit", "Team fit"
    COMPENSATION = "compensation", "Compensation"
    INTERNAL_CANDIDATE = "internal_candidate", "Internal candidate"
    LOCATION_VISA = "location_visa", "Location or visa"
    UNKNOWN = "unknown", "Not known"


class Attribution(models.TextChoices):
    CANDIDATE = "candidate", "About the fit for this role"
    EXTERNAL = "external", "Outside your control"
    UNKNOWN = "unknown", "No reason given"


# The closed stage each type of rejection moves an application to.
TYPE_STAGE: dict[str, Stage] = {
    RejectionType.NOT_SELECTED: Stage.REJECTED,
    RejectionType.POSITION_FILLED: Stage.REJECTED,
    RejectionType.KEEP_ON_FILE: Stage.REJECTED,
    RejectionType.POSITION_CLOSED: Stage.POSITION_CLOSED,
    RejectionType.OFFER_RESCINDED: Stage.OFFER_RESCINDED,
    RejectionType.GHOSTED: Stage.GHOSTED,
}

# The type a plain move to a closed stage stands for (a move on the board carries no more detail than this).
STAGE_TYPE: dict[str, str] = {
    Stage.REJECTED: RejectionType.NOT_SELECTED,
    Stage.POSITION_CLOSED: RejectionType.POSITION_CLOSED,
    Stage.OFFER_RESCINDED: RejectionType.OFFER_RESCINDED,
    Stage.GHOSTED: RejectionType.GHOSTED,
}

# Whether a rejection is about the candidate: a known reason decides; otherwise the type does.
REASON_ATTRIBUTION = {
    RejectionReason.SKILLS_GAP: Attribution.CANDIDATE,
    RejectionReason.EXPERIENCE_LEVEL: Attribution.CANDIDATE,
    RejectionReason.CREDENTIAL_EDUCATION: Attribution.CANDIDATE,
    RejectionReason.INTERVIEW_PERFORMANCE: Attribution.CANDIDATE,
    RejectionReason.TEAM_FIT: Attribution.CANDIDATE,
    RejectionReason.COMPENSATION: Attribution.EXTERNAL,
    RejectionReason.INTERNAL_CANDIDATE: Attribution.EXTERNAL,
    RejectionReason.LOCATION_VISA: Attribution.EXTERNAL,
}
TYPE_ATTRIBUTION = {
    RejectionType.POSITION_FILLED: Attribution.EXTERNAL,
    RejectionType.POSITION_CLOSED: Attribution.EXTERNAL,
    RejectionType.OFFER_RESCINDED: Attribution.EXTERNAL,
}


def attribution_for(rejection_type: str, reason: str) -> Attribution:
    return REASON_ATTRIBUTION.get(reason) or TYPE_ATTRIBUTION.get(rejection_type) or Attribution.UNKNOWN


class Rejection(Owned):
    """One per application: logging again fills in details and never duplicates the plan."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="rejection")
    received_at = models.DateTimeField(default=timezone.now)
    stage_reached = models.CharField(max_length=20, choices=Stage.choices)
    rejection_type = models.CharField("type", max_length=20, choices=RejectionType.choices)
    reason = models.CharField(max_length=30, choices=RejectionReason.choices, default=RejectionReason.UNKNOWN)
    attribution = models.CharField(max_length=10, choices=Attribution.choices, default=Attribution.UNKNOWN)
    feedback = models.TextField(blank=True, help_text="Their words, verbatim.")
    feeling = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    feeling_note = models.TextField(blank=True)
    reapply_invited = models.BooleanField(default=False)
    feedback_offered = models.BooleanField(default=False)
    # "We will keep your resume on file", said alongside another answer (e.g. the position was filled).
    keep_on_file = models.BooleanField(default=False)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MANUAL)
    why = models.TextField(blank=True, help_text="For automatic logging: the evidence.")
    # Why the plan has no steps, when it has none (e.g. an old rejection logged from a mail backfill).
    plan_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        indexes = [models.Index(fields=["owner", "received_at"])]

    def __str__(self) -> str:
        return f"{self.get_rejection_type_display()}: {self.application}"

    @property
    def what_they_said(self) -> list[str]:
        """The openings they left, in words, for the rejection record."""
        said = []
        if self.feedback_offered:
            said.append("They offered to share feedback.")
        if self.reapply_invited:
            said.append("They invited you to apply again.")
        if self.keep_on_file or self.rejection_type == RejectionType.KEEP_ON_FILE:
            said.append("They will keep your resume on file.")
        return said

    @property
    def openings_beyond_type(self) -> list[str]:
        """what_they_said, less what the rejection's type already says ("They'll keep your resume on file")."""
        return [s for s in self.what_they_said
                if not (self.rejection_type == RejectionType.KEEP_ON_FILE and "resume on file" in s)]


class PlanItem(Owned):
    """A task created from one playbook step for one rejection; the step id keeps the plan free of duplicates."""

    rejection = models.ForeignKey(Rejection, on_delete=models.CASCADE, related_name="plan_items")
    task = models.OneToOneField(Task, on_delete=models.CASCADE, related_name="plan_item")
    step_id = models.CharField(max_length=60)
    link = models.CharField(max_length=500, blank=True)
    draft = models.CharField(max_length=30, blank=True)

    class Meta:
        ordering = ["task__due_date", "id"]
        constraints = [models.UniqueConstraint(fields=["rejection", "step_id"], name="plan_item_once_per_step")]

    @property
    def notes_without_link(self) -> str:
        """The task's notes minus the "Open: …" line, for pages that show the link as a link."""
        return "\n\n".join(p for p in self.task.notes.split("\n\n") if p != f"Open: {self.link}")


class Debrief(Owned):
    """A structured self-assessment of one interview."""

    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="debrief")
    preparation = models.TextField("how I prepared", blank=True)
    questions_and_answers = models.TextField("the questions asked and how I answered", blank=True)
    examples_used = models.TextField("examples I used", blank=True)
    body_language = models.TextField("body language and energy", blank=True)
    enthusiasm = models.TextField("enthusiasm I showed", blank=True)
    my_questions = models.TextField("questions I asked", blank=True)
    went_well = models.TextField("what went well", blank=True)
    to_improve = models.TextField("what to improve", blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Debrief of {self.interview}"


class Win(Owned):
    """A small victory, recorded any time."""

    text = models.TextField()
    happened_on = models.DateField(default=timezone.localdate)
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="wins"
    )

    class Meta:
        ordering = ["-happened_on", "-id"]
        indexes = [models.Index(fields=["owner", "happened_on"])]

    def __str__(self) -> str:
        return self.text[:60]


class UserPlaybook(Owned):
    """The playbook a user edited in the app, as TOML text (validated before it is saved)."""

    text = models.TextField()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_playbook_per_user")]
