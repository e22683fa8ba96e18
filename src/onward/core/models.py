from django.conf import settings
from django.db import models


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

    def __str__(self) -> str:
        return f"Profile of {self.user}"
