"""A record of each daily digest, so one person gets at most one a day however often the job runs."""

from django.db import models
from django.utils import timezone

from onward.core.models import Owned


class ReminderDigest(Owned):
    """One person's digest for one local day.

    The row is written (claimed) before the e-mail is sent and marked sent after; the unique (owner, day)
    pair makes a second worker's claim fail. A claim left unsent by a crash or a refused message may be
    taken again after a lease, a few times a day at most (see onward.remind.delivery).
    """

    day = models.DateField()
    claimed_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=1)
    sent_at = models.DateTimeField(null=True, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["owner", "day"], name="one_reminder_digest_per_day")]

    def __str__(self) -> str:
        return f"Reminders for {self.day:%Y-%m-%d}"


class AddressConfirmation(Owned):
    """One link sent to confirm the address the daily e-mail goes to, and when (if ever) it was opened.

    No digest goes to an address before its owner has confirmed it from that mailbox, so typing a stranger's
    address into Settings cannot make Onward mail them (see onward.remind.confirm).
    """

    address = models.EmailField()
    sent_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"Confirmation of {self.address}"
