import datetime as dt

from django.urls import reverse
from django.utils import timezone

from onward.core.services import profile_for
from onward.remind.delivery import DUMMY_BACKEND
from onward.remind.models import ReminderDigest
from onward.tracker import services as tracker
from onward.tracker.models import Task


def _waiting_app(owner, company="Quiet Co"):
    return tracker.create_application(
        owner, company_name=company, title="Analyst", at=timezone.now() - dt.timedelta(days=10)
    )


def test_today_shows_replies_awaited_and_one_click_adds_the_follow_up(alice_client, alice):
    app = _waiting_app(alice)
    page = alice_client.get(reverse("tracker:today")).content.decode()
    assert "Waiting for a reply" in page and "Analyst at Quiet Co" in page and "10 days since you applied" in page
    url = reverse("remind:follow_up", args=[app.pk])
    assert f'action="{url}"' in page

    response = alice_client.post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Added to your tasks, due today." in response.content.decode()
    added = Task.objects.get(owner=alice, application=app)
    assert (added.kind, added.due_date) == (Task.Kind.FOLLOW_UP, timezone.localdate())
    assert "10 days since you applied" in added.notes

    page = alice_client.get(reverse("tracker:today")).content.decode()
    assert "Waiting for a reply" not in page
    assert "Follow up on Analyst at Quiet Co" in page  # now among today's tasks

    response = alice_client.post(url)  # without htmx, a second click: nothing new, and back to Today
    assert response.status_code == 302 and response.url == reverse("tracker:today")
    assert Task.objects.filter(owner=alice).count() == 1


def test_today_lists_people_to_get_back_to(alice_client, alice):
    from onward.tracker.models import Contact

    person = Contact.objects.create(owner=alice, name="Priya Shah", next_follow_up=timezone.localdate())
    Contact.objects.create(owner=alice, name="Not Yet", next_follow_up=timezone.localdate() + dt.timedelta(days=2))
    page = alice_client.get(reverse("tracker:today")).content.decode()
    assert "People to get back to" in page and reverse("tracker:contact", args=[person.pk]) in page
    assert "Not Yet" not in page


def test_nobody_adds_a_follow_up_to_someone_elses_application(client, alice, bob):
    app = _waiting_app(alice)
    client.force_login(bob)
    assert client.post(reverse("remind:follow_up", args=[app.pk])).status_code == 404
    assert "Quiet Co" not in client.get(reverse("tracker:today")).content.decode()
    assert not Task.objects.exists()


def test_settings_turn_the_daily_email_on_with_an_address(alice_client, alice):
    url = reverse("core:settings")
    form = {"active_pipeline_target": 5, "ghosting_threshold_days": 21, "follow_up_after_days": 5,
            "interview_notice_hours": 24, "reminder_email": "on", "reminder_hour": 7}
    response = alice_client.post(url, form)
    assert response.status_code == 200
    assert "The daily e-mail needs an address to go to." in response.content.decode()
    assert not profile_for(alice).reminder_email

    response = alice_client.post(url, {**form, "email": "alice@example.org"})
    assert response.status_code == 302
    profile = profile_for(alice)
    alice.refresh_from_db()
    assert (profile.reminder_email, profile.reminder_hour, profile.follow_up_after_days) == (True, 7, 5)
    assert profile.interview_notice_hours == 24 and alice.email == "alice@example.org"

    response = alice_client.post(url, {**form, "follow_up_after_days": 0, "email": "not an address"})
    assert response.status_code == 200 and profile_for(alice).follow_up_after_days == 5
    response = alice_client.post(url, {**form, "follow_up_after_days": 21, "email": "alice@example.org"})
    assert "Choose fewer days than the ghosting threshold (21)" in response.content.decode()
    assert profile_for(alice).follow_up_after_days == 5


def test_settings_say_calmly_when_this_onward_cannot_send_email(alice_client, alice, settings):
    settings.EMAIL_BACKEND = DUMMY_BACKEND
    page = alice_client.get(reverse("core:settings")).content.decode()
    assert "no way to send e-mail yet" in page

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    ReminderDigest.objects.create(owner=alice, day=dt.date(2026, 11, 24),
                                  sent_at=dt.datetime(2026, 11, 24, 7, 5, tzinfo=dt.UTC))
    page = alice_client.get(reverse("core:settings")).content.decode()
    assert "no way to send e-mail yet" not in page and "Your last daily e-mail went out on Tue 24 Nov" in page
