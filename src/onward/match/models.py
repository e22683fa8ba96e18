"""Resume versions: uploaded once, named, linked to the applications they were sent with."""

from django.db import models
from django.utils import timezone

from onward.core.models import Owned
from onward.tracker.models import Application


class ResumeVersion(Owned):
    name = models.CharField(max_length=200)
    original_filename = models.CharField(max_length=255, blank=True)
    # Only the extracted text is kept: it is what an applicant tracking system reads, and all a report needs.
    text = models.TextField()
    uploaded_at = models.DateTimeField(default=timezone.now)
    applications = models.ManyToManyField(Application, blank=True, related_name="resume_versions")

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="match_resume_name_per_owner")]

    def __str__(self) -> str:
        return self.name


class SavedReport(Owned):
    """A match report kept with an application: what the posting asked for and what the resume showed, as it
    was when saved, so the application page can show it after the resume or the posting changes."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="match_reports")
    resume_version = models.ForeignKey(
        ResumeVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="saved_reports"
    )
    # Kept as text too: the version may be renamed or deleted later.
    resume_name = models.CharField(max_length=200)
    score = models.PositiveSmallIntegerField()
    data = models.JSONField()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.score} of 100 with {self.resume_name}"
