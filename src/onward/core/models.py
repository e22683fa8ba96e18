import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone


class Owned(models.Model):
    """The base of every row that belongs to one user: the owner and when the row was made."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        abstract = True


class Origin(models.TextChoices):
    """Who made a change: the user or an automatic process (which then records why)."""

    MANUAL = "manual", "You"
    CLI = "cli", "Command line"
    MAIL = "mail", "Mail"
    PLAYBOOK = "playbook", "Playbook"
    IMPORT = "import", "Import"
    DEMO = "demo", "Demo data"


class Profile(models.Model):
    """Per-user preferences. Rules a user may want to change live here as data, with defaults."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    hide_rejections_on_board = models.BooleanField(default=False)
    active_pipeline_target = models.PositiveSmallIntegerField(
        default=5, help_text="How many active applications you aim to keep going."
    )
    ghosting_threshold_days = models.PositiveSmallIntegerField(
        default=21, help_text="Days without an answer before an application counts as ghosted."
    )
    ghosting_offer_max_days = models.PositiveSmallIntegerField(
        "offer to mark as no answer for up to (days quiet)", default=180,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text="Insights offers to mark applications with no answer as ghosted while they have been quiet "
        "for less than this. Quieter ones look like an earlier search and are listed apart.",
    )
    follow_up_after_days = models.PositiveSmallIntegerField(
        "suggest a follow-up after (days)", default=7, validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text="Days without a reply before Today suggests a follow-up. The suggestions stop once an "
        "application has waited past the ghosting threshold above.",
    )
    interview_notice_hours = models.PositiveSmallIntegerField(
        "remind me of interviews (hours ahead)", default=48,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 14)],
    )
    reminder_email = models.BooleanField("send me a daily e-mail with my reminders", default=False)
    reminder_hour = models.PositiveSmallIntegerField(
        "send it at", default=8, choices=[(h, f"{h:02d}:00") for h in range(24)],
        help_text="Local time. Nothing is sent on a day with nothing to remind you of.",
    )

    def __str__(self) -> str:
        return f"Profile of {self.user}"


class LoginFailure(models.Model):
    """One sign-in attempt that did not match: counted per username and per address to pause guessing."""

    username = models.CharField(max_length=150, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"Failed sign-in for {self.username} at {self.created:%Y-%m-%d %H:%M}"


class Invite(models.Model):
    """A single-use link with which an administrator lets a new person create an account.

    Only a hash of the token is kept, so a copy of the database cannot be used to join.
    """

    token_hash = models.CharField(max_length=64, unique=True)
    # The administrator names the account; the invitee only sets a password, so a link cannot be used to
    # find out which names exist here.
    username = models.CharField(max_length=150, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"Invitation for {self.username} created {self.created:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.used_at is None and self.expires_at > timezone.now()


class Share(models.Model):
    """The owner lets a coach read their summary and funnel (never the applications themselves).

    The share keeps the name as the owner typed it. When no account had that name, `coach` stays empty and the
    share gives nobody anything, but reads exactly like one that does: the sharing page must not tell anyone
    which usernames exist."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares_given")
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                              related_name="shares_received")
    coach_name = models.CharField(max_length=150, default="")
    created = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                Lower("coach_name"), "owner", condition=models.Q(revoked_at__isnull=True),
                name="one_open_share_per_coach_name",
            )
        ]

    def __str__(self) -> str:
        return f"{self.owner} shares with {self.coach_name}"


class Job(Owned):
    """Long work (an import, a mail sync) and how far it has got, the one record every door shows: the web page
    polls it, the command line draws its bar from it, the worker writes it. See onward.core.jobs."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Could not be finished"
        INTERRUPTED = "interrupted", "Stopped before the end"

    FINISHED = (Status.DONE, Status.FAILED, Status.INTERRUPTED)

    kind = models.CharField(max_length=40)  # e.g. "import", "mail_import", "mail_sync"
    title = models.CharField(max_length=300)  # what the person sees, e.g. "Importing jobs.csv"
    runner = models.CharField(max_length=200)  # the dotted path of the function that does the work
    params = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    done = models.BigIntegerField(default=0)
    total = models.BigIntegerField(default=0)  # 0 while not known yet
    unit = models.CharField(max_length=20, default="rows")  # what done and total count
    summary = models.TextField(blank=True)
    errors = models.JSONField(default=list, blank=True)  # a few problems, in words, for the person
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)  # last sign of life of whoever runs it
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "kind", "-created_at"], name="job_owner_kind")]

    def __str__(self) -> str:
        return self.title

    @property
    def finished(self) -> bool:
        return self.status in self.FINISHED

    # What each kind of work is called in a heading once it has ended.
    WORK_NAMES = {"import": "import", "mail_import": "import", "mail_sync": "mail sync"}

    @property
    def heading(self) -> str:
        """The page's heading: what is going on while it runs ("Importing takeout.mbox"), what happened once it
        has ended (the runner's own line when it left one: "Import finished: 124 messages read, 3 to review")."""
        work = self.WORK_NAMES.get(self.kind, "work")
        if self.status == self.Status.DONE:
            return self.params.get("heading") or f"{work.capitalize()} finished"
        if self.status == self.Status.FAILED:
            return f"The {work} could not be finished"
        if self.status == self.Status.INTERRUPTED:
            return f"The {work} stopped before the end"
        return self.title

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(100, int(100 * self.done / self.total)) if self.total else 0

    @property
    def waiting_long(self) -> bool:
        """Queued for longer than a running worker takes to notice (it looks every second)."""
        return self.status == self.Status.QUEUED and timezone.now() - self.created_at > dt.timedelta(seconds=30)
