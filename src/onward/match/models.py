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
