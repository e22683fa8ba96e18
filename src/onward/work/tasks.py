"""Tasks for the background worker (django-tasks: the database backend by default, Redis with REDIS_URL)."""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django_tasks import task

log = logging.getLogger(__name__)


@task()
def sync_all_mail() -> dict:
    """Read new mail for every account. A failure is recorded on its account and does not stop the others: on a
    shared server, one person's broken account must not stop everyone's mail. An account the operator closed
    (is_active off) is not signed in to anywhere, its mailbox included."""
    from django.utils import timezone

    from onward.mail.accounts import sync_account
    from onward.mail.apply import MailError
    from onward.mail.crypto import SecretError
    from onward.mail.models import MailAccount
    from onward.mail.sources.imap import ImapError

    synced = failed = 0
    for account in MailAccount.objects.filter(owner__is_active=True).select_related("owner").order_by("id"):
        try:
            sync_account(account)
            synced += 1
        except (MailError, ImapError, SecretError):
            failed += 1  # already recorded on the account, in words
        except Exception:
            log.exception("Mail sync of account %s failed", account.pk)
            MailAccount.objects.filter(pk=account.pk).update(
                last_sync_at=timezone.now(), last_sync_status="Not synced: something went wrong; see the server log.")
            failed += 1
    return {"synced": synced, "failed": failed}


@task()
def retrain_all_mail_models() -> dict:
    """Retrain each person's mail classifier on the messages they have reviewed; one failing keeps their previous
    model and does not stop the others."""
    from onward.mail.learn import retrain
    from onward.mail.models import MailMessage

    owners = MailMessage.objects.exclude(reviewed_label="").values_list("owner", flat=True).distinct()
    retrained = failed = 0
    for user in get_user_model().objects.filter(pk__in=owners, is_active=True).order_by("pk"):
        try:
            retrained += retrain(user) is not None
        except Exception:
            log.exception("Retraining the mail classifier of user %s failed; their previous model stays", user.pk)
            failed += 1
    return {"retrained": retrained, "failed": failed}


@task()
def send_due_reminders() -> dict:
    """Send the daily reminder e-mail to each person who asked for it, once their chosen hour has come."""
    from onward.remind.delivery import send_due_digests

    return send_due_digests()
