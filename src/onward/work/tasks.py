"""Tasks for the background worker (django-tasks: the database backend by default, Redis with REDIS_URL)."""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django_tasks import task

log = logging.getLogger(__name__)


@task()
def sync_all_mail() -> dict:
    """Read new mail for every account. A failure is recorded on its account and does not stop the others."""
    from onward.mail.accounts import sync_account
    from onward.mail.apply import MailError
    from onward.mail.crypto import SecretError
    from onward.mail.models import MailAccount
    from onward.mail.sources.imap import ImapError

    synced = failed = 0
    for account in MailAccount.objects.select_related("owner").order_by("id"):
        try:
            sync_account(account)
            synced += 1
        except (MailError, ImapError, SecretError):
            failed += 1
    return {"synced": synced, "failed": failed}


@task()
def retrain_all_mail_models() -> dict:
    """Retrain each person's mail classifier on the messages they have reviewed."""
    from onward.mail.learn import retrain
    from onward.mail.models import MailMessage

    owners = MailMessage.objects.exclude(reviewed_label="").values_list("owner", flat=True).distinct()
    retrained = sum(1 for user in get_user_model().objects.filter(pk__in=owners) if retrain(user) is not None)
    return {"retrained": retrained}


@task()
def send_due_reminders() -> dict:
    """Send the daily reminder e-mail to each person who asked for it, once their chosen hour has come."""
    from onward.remind.delivery import send_due_digests

    return send_due_digests()
