import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django.utils.module_loading import import_string

from onward.core.services import profile_for
from onward.tracker import services as tracker
from tests.conftest import make_user
from tests.remind.conftest import confirmed


def test_the_reminder_job_is_on_the_schedule():
    assert settings.PERIODIC_TASKS["onward.work.tasks.send_due_reminders"] == 15 * 60
    assert import_string("onward.work.tasks.send_due_reminders").name == "send_due_reminders"


# The worker closes its database connection between tasks, which would end a test transaction.
@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_reminder_job_twice_and_one_email_goes_out(mailoutbox):
    from onward.work.tasks import send_due_reminders

    user = make_user("alice")
    user.email = "alice@example.org"
    user.save()
    profile = profile_for(user)
    profile.reminder_email, profile.reminder_hour = True, timezone.localtime().hour
    profile.save()
    confirmed(user)
    tracker.add_task(user, title="Send the portfolio", due_date=timezone.localdate())

    results = [send_due_reminders.enqueue(), send_due_reminders.enqueue()]
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    for result in results:
        result.refresh()
        assert result.status == "SUCCESSFUL"
    assert sorted(r.return_value["sent"] for r in results) == [0, 1]
    assert len(mailoutbox) == 1 and "Send the portfolio" in mailoutbox[0].body
