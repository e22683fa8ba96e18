"""Weekly goals, rest weeks, mood check-ins and the user's routine rules. Every row belongs to a user."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from onward.core.models import Owned


class WeeklyGoal(Owned):
    class Kind(models.TextChoices):
        APPLICATIONS = "applications", "Applications"
        NETWORKING = "networking", "Networking messages"
        FOLLOW_UPS = "follow_ups", "Follow-ups"
        LEARNING = "learning", "Learning"
        CUSTOM = "custom", "Custom"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    label = models.CharField(max_length=120, blank=True, help_text="A name for a custom goal.")
    target = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(500)])
    # A goal stops counting from the week it was archived; earlier weeks keep it, so streaks stay honest.
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.label if self.kind == self.Kind.CUSTOM and self.label else self.get_kind_display()


class GoalEntry(Owned):
    """A manual step towards a goal whose progress the tracker cannot see (networking, learning, custom)."""

    goal = models.ForeignKey(WeeklyGoal, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(default=timezone.localdate)
    amount = models.SmallIntegerField(default=1)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["day", "id"]
        indexes = [models.Index(fields=["owner", "day"])]


class RestWeek(Owned):
    """A week the user chose to rest: it keeps the streak."""

    week_start = models.DateField(help_text="The Monday of the week.")
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["week_start"]
        constraints = [models.UniqueConstraint(fields=["owner", "week_start"], name="one_rest_per_week")]


class MoodCheckIn(Owned):
    day = models.DateField(default=timezone.localdate)
    mood = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["day", "id"]
        indexes = [models.Index(fields=["owner", "day"])]


class RoutineRules(models.Model):
    """The rules behind streaks and the burnout guard, per user, with defaults."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="routine_rules")
    forgiven_misses = models.PositiveSmallIntegerField(
        default=1, help_text="Missed weeks forgiven within each window before a streak ends."
    )
    forgiveness_window_weeks = models.PositiveSmallIntegerField(
        default=4, validators=[MinValueValidator(1)], help_text="The window, in weeks, for forgiven misses."
    )
    burnout_applications = models.PositiveSmallIntegerField(
        default=15, help_text="Applications in seven days with no response that suggest a pause."
    )
    burnout_rejection_run = models.PositiveSmallIntegerField(
        default=5, help_text="Rejections in a row that suggest a pause."
    )

    def __str__(self) -> str:
        return f"Routine rules of {self.user}"


class OccupationChoice(Owned):
    """The occupation the user chose for one of their roles on the job outlook (a 2018 SOC code)."""

    role = models.CharField(max_length=200, help_text="The role's title group, e.g. 'data analyst'.")
    code = models.CharField(max_length=7)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "role"], name="one_occupation_per_role")]

    def __str__(self) -> str:
        return f"{self.role} → {self.code}"
