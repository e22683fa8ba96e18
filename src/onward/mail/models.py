"""Mail accounts, the ingestion ledger, kept job messages and the review rules.

Every row belongs to a user; queries are always scoped by `owner`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class MailAccount(models.Model):
    class Security(models.TextChoices):
        SSL = "ssl", "SSL/TLS"
        STARTTLS = "starttls", "STARTTLS"
        NONE = "none", "None (loopback only)"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=100)
    host = models.CharField(max_length=255)
    port = models.PositiveIntegerField(default=993)
    security = models.CharField(max_length=10, choices=Security.choices, default=Security.SSL)
    username = models.CharField(max_length=255)
    # Fernet token (see onward.mail.secrets); empty when the password comes from the environment.
    password_encrypted = models.TextField(blank=True)
    password_env = models.CharField(max_length=100, blank=True, help_text="Read the password from this variable.")
    folders = models.CharField(max_length=500, default="INBOX", help_text="Comma-separated folder names.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_sync_at = models.DateTimeField(null=True, blank=True)
    last_sync_status = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="mail_account_unique_name")]

    def __str__(self) -> str:
        return self.name

    @property
    def folder_list(self) -> list[str]:
        return [f.strip() for f in self.folders.split(",") if f.strip()]


class FolderState(models.Model):
    """How far a folder has been read: UIDs are only meaningful within one UIDVALIDITY."""

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="folder_states")
    folder = models.CharField(max_length=255)
    uidvalidity = models.BigIntegerField()
    last_uid = models.BigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "folder"], name="mail_folder_state_unique")]

    def __str__(self) -> str:
        return f"{self.folder} up to UID {self.last_uid}"


class LedgerEntry(models.Model):
    """One row per message ever seen, whatever became of it. Holds ids and outcome only, never content."""

    class Outcome(models.TextChoices):
        APPLIED = "applied", "Applied"
        REVIEW = "review", "Waiting for review"
        IGNORED = "ignored", "Not job-related"
        FAILED = "failed", "Could not be read"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=300)  # "imap:<account id>", "mbox:<file name>", "eml", "upload"
    folder = models.CharField(max_length=255, blank=True)
    uid = models.BigIntegerField(null=True, blank=True)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    message_id = models.CharField(max_length=500, blank=True)
    content_hash = models.CharField(max_length=64)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    label = models.CharField(max_length=30, blank=True)
    error = models.TextField(blank=True)
    processed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-processed_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["owner", "content_hash"], name="mail_ledger_unique_hash")]
        indexes = [models.Index(fields=["owner", "message_id"])]

    def __str__(self) -> str:
        return f"{self.source} {self.message_id or self.content_hash[:12]}: {self.outcome}"


class FailedMail(models.Model):
    """The bytes of a message that could not be imported, kept so `onward mail retry` can run it again after a
    fix (the ledger itself holds no content). Removed as soon as the message goes through."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    content_hash = models.CharField(max_length=64)  # the failed LedgerEntry with this owner and hash
    raw = models.BinaryField()
    received_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "content_hash"], name="mail_failed_unique_hash")]

    def __str__(self) -> str:
        return f"failed message {self.content_hash[:12]}"


# Labels as a person says them (the codes are the classifier's).
LABEL_TITLES = {
    "rejection": "Rejection", "interview": "Interview invitation", "offer": "Job offer",
    "application_ack": "Application received", "assessment": "Assessment", "recruiter_outreach": "Recruiter outreach",
    "other": "Not job-related",
}


class MailMessage(models.Model):
    """A job-related message that was kept: shown on the timeline and in the review queue."""

    class Status(models.TextChoices):
        APPLIED = "applied", "Applied"
        REVIEW = "review", "Waiting for review"
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Not job-related"
        UNDONE = "undone", "Undone"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    ledger = models.OneToOneField(LedgerEntry, on_delete=models.CASCADE, related_name="mail_message")
    application = models.ForeignKey(
        "tracker.Application", null=True, blank=True, on_delete=models.SET_NULL, related_name="mail_messages"
    )
    subject = models.CharField(max_length=500, blank=True)
    sender = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(default=timezone.now)
    body = models.TextField(blank=True)  # plain text, quotes and signature removed
    body_html = models.TextField(blank=True)  # as received; only ever shown through nh3
    label = models.CharField(max_length=30)
    confidence = models.FloatField(default=0)
    classification = models.JSONField(default=dict)
    evidence = models.JSONField(default=list)
    extracted = models.JSONField(default=dict)
    # What applying this message did, so undo() can revert exactly that: [{"kind": ..., "id": ..., ...}].
    effects = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices)
    # The label a person confirmed or chose instead; the classifier learns only from these.
    reviewed_label = models.CharField(max_length=30, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "status"]),
            # Finding an earlier acknowledgement for a rejection reads this index, not every kept message's body.
            models.Index(fields=["owner", "label", "application", "sent_at"]),
        ]

    def __str__(self) -> str:
        return self.subject or "(no subject)"

    @property
    def label_display(self) -> str:
        """The label in words, the person's choice first: "Application received", "Interview invitation"."""
        label = self.reviewed_label or self.label
        return LABEL_TITLES.get(label, label.replace("_", " ").capitalize())


class LabelThreshold(models.Model):
    """A user's own confidence threshold for a label, overriding onward.mail.apply.DEFAULT_THRESHOLDS."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    label = models.CharField(max_length=30)
    min_confidence = models.FloatField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "label"], name="mail_threshold_unique_label")]

    def __str__(self) -> str:
        return f"{self.label} ≥ {self.min_confidence}"
