"""What imports, saved column mappings and calendar feeds need to remember. Every row belongs to a user."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ImportBatch(models.Model):
    """One uploaded file: previewed first, applied later. The upload is dropped once applied."""

    class Status(models.TextChoices):
        PREVIEW = "preview", "Waiting for you to check"
        APPLIED = "applied", "Imported"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    filename = models.CharField(max_length=255)
    format = models.CharField(max_length=20)
    data = models.BinaryField(blank=True)
    mapping = models.JSONField(default=dict, blank=True)
    # The text encoding the person chose for a CSV file; blank: Onward detects it.
    encoding = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PREVIEW)
    applied_at = models.DateTimeField(null=True, blank=True)
    created_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)
    invalid_count = models.PositiveIntegerField(default=0)
    # The background import of this upload, once started (see imports.start_apply).
    job = models.ForeignKey("core.Job", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.filename


class ImportRecord(models.Model):
    """A row already imported, by its stable key, so importing the same file again adds nothing."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=500)
    application = models.ForeignKey("tracker.Application", on_delete=models.CASCADE, related_name="+")
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="records")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "key"], name="import_record_unique_key")]

    def __str__(self) -> str:
        return self.key


class SavedMapping(models.Model):
    """How one user's spreadsheet columns map onto application fields, reused for files with the same headers."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    headers_key = models.CharField(max_length=64, help_text="Fingerprint of the file's normalised column names.")
    mapping = models.JSONField(default=dict)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "headers_key"], name="saved_mapping_unique")]

    def __str__(self) -> str:
        return f"Mapping {self.headers_key[:8]}"


class CalendarFeedToken(models.Model):
    """The secret in a user's calendar feed address. Only its SHA-256 is kept, so a database copy cannot reveal it."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Calendar feed of user {self.owner_id}"
