"""Companies, contacts, applications, stage history, interviews, tasks and notes.

Every row belongs to a user: queries are always scoped by `owner`.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from onward.core.models import Origin, Owned
from onward.tracker.stages import Stage

# The title of an application added from an e-mail that named no role; shown as a title still to fill in.
UNNAMED_ROLE = "Role not named in the e-mail"


class Company(Owned):
    name = models.CharField(max_length=200)
    website = models.URLField(max_length=500, blank=True)
    email_domains = models.CharField(
        max_length=500, blank=True, help_text="Comma-separated, e.g. acme.com, acme.io"
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name

    @property
    def domains(self) -> list[str]:
        return [d.strip().lower() for d in self.email_domains.split(",") if d.strip()]


class Contact(Owned):
    class Role(models.TextChoices):
        RECRUITER = "recruiter", "Recruiter"
        HIRING_MANAGER = "hiring_manager", "Hiring manager"
        INTERVIEWER = "interviewer", "Interviewer"
        REFERRER = "referrer", "Referrer"
        PEER = "peer", "Peer"
        MENTOR = "mentor", "Mentor"
        FRIEND_FAMILY = "friend_family", "Friend or family"

    name = models.CharField(max_length=200)
    company = models.ForeignKey(Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts")
    role = models.CharField(max_length=20, choices=Role.choices, blank=True)
    email = models.EmailField(max_length=254, blank=True)
    phone = models.CharField(max_length=50, blank=True)
    linkedin_url = models.URLField("LinkedIn URL", max_length=500, blank=True)
    relationship_notes = models.TextField(blank=True)
    last_contacted = models.DateField(null=True, blank=True)
    next_follow_up = models.DateField(null=True, blank=True)
    is_my_person = models.BooleanField(
        "one of my people", default=False, help_text="Someone in your support network."
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name


def split_tags(text: str) -> list[str]:
    """ "Python,  dream job, python" -> ["Python", "dream job"]: trimmed, single-spaced, first spelling kept."""
    seen, tags = set(), []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def tags_that_fit(text: str, limit: int = 300) -> str:
    """The whole tags of `text` that fit in `limit` characters once spelled as stored (for imported cells)."""
    kept = ""
    for tag in split_tags(text.replace(";", ",")):
        longer = f"{kept}, {tag}" if kept else tag
        if len(longer) > limit:
            break
        kept = longer
    return kept


def salary_label(low: int | None, high: int | None, currency: str) -> str:
    """ "EUR 70,000–82,000", "EUR 78,000", "from EUR 60,000", "up to …", or "" when no figure is known."""
    prefix = f"{currency} " if currency else ""
    if low and high:
        return f"{prefix}{low:,}" if low == high else f"{prefix}{low:,}–{high:,}"
    if low:
        return f"from {prefix}{low:,}"
    if high:
        return f"up to {prefix}{high:,}"
    return ""


def place_label(location: str, remote_mode: str) -> str:
    """Where the work is: "Lisbon · Hybrid", "Remote" (not "Remote · Remote"), or "" when neither is known."""
    mode = Application.RemoteMode(remote_mode).label if remote_mode else ""
    location = location.strip()
    if location.casefold() == mode.casefold():
        return mode
    return " · ".join(part for part in (location, mode) if part)


class CardFacts:
    """The place, salary and tags an application shows, the same on its page and its board card (tracker/board.py)."""

    __slots__ = ()
    location: str
    remote_mode: str
    tags: str
    salary_min: int | None
    salary_max: int | None
    salary_currency: str

    @property
    def place(self) -> str:
        return place_label(self.location, self.remote_mode)

    @property
    def tag_list(self) -> list[str]:
        return split_tags(self.tags)

    @property
    def salary(self) -> str:
        return salary_label(self.salary_min, self.salary_max, self.salary_currency)


class Application(CardFacts, Owned):
    class RemoteMode(models.TextChoices):
        UNKNOWN = "", "Not stated"
        ONSITE = "onsite", "On-site"
        HYBRID = "hybrid", "Hybrid"
        REMOTE = "remote", "Remote"

    class Source(models.TextChoices):
        JOB_BOARD = "job_board", "Job board"
        COMPANY_SITE = "company_site", "Company site"
        REFERRAL = "referral", "Referral"
        RECRUITER = "recruiter", "Recruiter"
        NETWORK = "network", "Network"
        OTHER = "other", "Other"

    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="applications")
    title = models.CharField("role title", max_length=200)
    posting_url = models.URLField(max_length=1000, blank=True)
    job_description = models.TextField(blank=True)
    location = models.CharField(max_length=200, blank=True)
    remote_mode = models.CharField(max_length=10, choices=RemoteMode.choices, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True, help_text="ISO code, e.g. EUR")
    source = models.CharField(max_length=20, choices=Source.choices, blank=True)
    referral_contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    excitement = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    resume_version = models.CharField(max_length=200, blank=True)
    date_saved = models.DateField(default=timezone.localdate)
    date_applied = models.DateField(null=True, blank=True)
    deadline = models.DateField(null=True, blank=True)
    tags = models.CharField(
        max_length=300, blank=True, help_text="Your own words to group by, separated by commas: python, dream job."
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.APPLIED)
    # Kept up to date by the services so the board can show "days since last activity" without joins.
    last_activity_at = models.DateTimeField(default=timezone.now)
    # What Insights counts, kept up to date by the services that write history (see services.refresh_facts):
    # every stage ever held as bits (stages.STAGE_BIT, INTERVIEW_BIT), and when the first answer came.
    stages_seen = models.PositiveIntegerField(default=0, editable=False)
    first_answer_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-last_activity_at"]
        indexes = [
            models.Index(fields=["owner", "stage"]),
            models.Index(fields=["owner", "-last_activity_at"]),
            # The board's columns: the latest of one stage without sorting all of them.
            models.Index(fields=["owner", "stage", "-last_activity_at"]),
            # Insights' windows and weekly counts read these ranges. Its figures read these columns of every sent
            # application: with all of them in the index, the rows themselves are never read.
            models.Index(fields=["owner", "date_applied", "company", "stage", "stages_seen", "first_answer_at",
                                 "last_activity_at"], name="tracker_app_insights_idx"),
            # And its breakdowns by source and role title, over every application, in the index's order.
            models.Index(fields=["owner", "source", "title", "date_applied", "stages_seen", "last_activity_at"],
                         name="tracker_app_source_title_idx"),
            models.Index(fields=["owner", "first_answer_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.company.name}"

    @property
    def title_missing(self) -> bool:
        """Added from an e-mail that did not name the role: the title is still to be filled in."""
        return self.title == UNNAMED_ROLE

    def clean_fields(self, exclude=None):
        # Every door (form, API, CLI, import) saves through full_clean(): tags are stored in one spelling, and
        # the length is checked on that spelling.
        self.tags = ", ".join(split_tags(self.tags))
        super().clean_fields(exclude=exclude)

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.salary_min and self.salary_max and self.salary_min > self.salary_max:
            raise ValidationError({"salary_max": "The maximum is below the minimum."})
        # A date applied still to come would count in this week's goals and the funnel before it happened.
        if self.date_applied and self.date_applied > timezone.localdate():
            raise ValidationError({"date_applied": "The date applied is still to come: give the day you applied."})


class StageChange(Owned):
    """One move between stages. History is kept forever: nothing here is edited or deleted in normal use."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MANUAL)
    # Why an automatic change was made (matched phrase, model score), shown on the timeline.
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["changed_at", "id"]
        indexes = [
            models.Index(fields=["application", "changed_at"]),
            # The burnout guard reads the latest answers across all applications.
            models.Index(fields=["owner", "changed_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.from_stage or 'new'} → {self.to_stage}"


class Interview(Owned):
    class Kind(models.TextChoices):
        PHONE_SCREEN = "phone_screen", "Phone screen"
        TECHNICAL = "technical", "Technical"
        TAKE_HOME_REVIEW = "take_home_review", "Take-home review"
        ONSITE = "onsite", "On-site"
        PANEL = "panel", "Panel"
        FINAL = "final", "Final"
        OTHER = "other", "Other"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="interviews")
    scheduled_at = models.DateTimeField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    interviewers = models.ManyToManyField(Contact, blank=True, related_name="interviews")
    notes = models.TextField(blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MANUAL)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["scheduled_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.scheduled_at:%Y-%m-%d}"


class Task(Owned):
    class Kind(models.TextChoices):
        FOLLOW_UP = "follow_up", "Follow-up"
        THANK_YOU = "thank_you", "Thank-you"
        FEEDBACK_REQUEST = "feedback_request", "Feedback request"
        RECONNECT = "reconnect", "Reconnect"
        PREP = "prep", "Preparation"
        APPLY = "apply", "Apply"
        SELF_CARE = "self_care", "Self-care"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        SKIPPED = "skipped", "Skipped"

    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    due_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    completed_at = models.DateTimeField(null=True, blank=True)
    snooze_count = models.PositiveSmallIntegerField(default=0)
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks")
    notes = models.TextField(blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MANUAL)

    class Meta:
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["owner", "status", "due_date"])]

    def __str__(self) -> str:
        return self.title

    @property
    def done(self) -> bool:
        return self.status == self.Status.DONE


class Note(Owned):
    """A note on an application, a company or a contact (exactly one of them)."""

    body = models.TextField()
    application = models.ForeignKey(Application, null=True, blank=True, on_delete=models.CASCADE, related_name="notes")
    company = models.ForeignKey(Company, null=True, blank=True, on_delete=models.CASCADE, related_name="notes_set")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.CASCADE, related_name="notes_set")

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                name="note_has_one_subject",
                condition=(
                    models.Q(application__isnull=False, company__isnull=True, contact__isnull=True)
                    | models.Q(application__isnull=True, company__isnull=False, contact__isnull=True)
                    | models.Q(application__isnull=True, company__isnull=True, contact__isnull=False)
                ),
            )
        ]

    def __str__(self) -> str:
        return self.body[:60]
