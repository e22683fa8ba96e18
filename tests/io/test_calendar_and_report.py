import csv
import datetime as dt
import io

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from onward.io import calendar as feeds
from onward.io import report
from onward.io.models import CalendarFeedToken
from onward.tracker import services
from onward.tracker.models import Contact


def _events(body: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(body)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def _alice_data(alice):
    app = services.create_application(alice, company_name="Acme", title="Data Engineer")
    when = timezone.now() + dt.timedelta(days=2)
    interview = services.log_interview(app, scheduled_at=when, kind="technical")
    task = services.add_task(alice, title="Send thank-you note", due_date=timezone.localdate() + dt.timedelta(days=3))
    services.add_task(alice, title="No date")
    done = services.add_task(alice, title="Done already", due_date=timezone.localdate())
    services.complete_task(done)
    contact = Contact.objects.create(owner=alice, name="Jo", next_follow_up=timezone.localdate() + dt.timedelta(days=9))
    return interview, task, contact


def test_feed_parses_back_with_stable_uids(alice):
    interview, task, contact = _alice_data(alice)
    first = _events(feeds.feed_bytes(alice))
    assert set(first) == {
        f"interview-{interview.pk}-{alice.pk}@onward.local",
        f"task-{task.pk}-{alice.pk}@onward.local",
        f"reconnect-{contact.pk}-{alice.pk}@onward.local",
    }
    event = first[f"interview-{interview.pk}-{alice.pk}@onward.local"]
    assert str(event["summary"]) == "Technical interview: Data Engineer at Acme"
    assert event.decoded("dtstart") == interview.scheduled_at.replace(microsecond=0)
    reconnect = first[f"reconnect-{contact.pk}-{alice.pk}@onward.local"]
    assert reconnect.decoded("dtstart") == contact.next_follow_up
    assert set(_events(feeds.feed_bytes(alice))) == set(first)


def test_secret_feed_url_rotation_and_isolation(client, alice, bob):
    _alice_data(alice)
    token = feeds.rotate_token(alice)
    assert CalendarFeedToken.objects.get(owner=alice).token_hash != token  # only the hash is stored
    url = reverse("onward_io:feed", args=[token])
    response = client.get(url)  # not logged in: the secret is the key
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert len(_events(response.content)) == 3

    new_token = feeds.rotate_token(alice)
    assert client.get(url).status_code == 404
    assert client.get(reverse("onward_io:feed", args=[new_token])).status_code == 200
    assert client.get(reverse("onward_io:feed", args=["guess"])).status_code == 404

    bob_token = feeds.rotate_token(bob)
    assert _events(client.get(reverse("onward_io:feed", args=[bob_token])).content) == {}
    feeds.revoke(alice)
    assert client.get(reverse("onward_io:feed", args=[new_token])).status_code == 404


def test_calendar_page_shows_the_address_once(alice_client):
    page = alice_client.post(reverse("onward_io:calendar_rotate"))
    assert b"/calendar/" in page.content and b".ics" in page.content
    again = alice_client.get(reverse("onward_io:calendar"))
    assert b"Make a new address" in again.content
    download = alice_client.get(reverse("onward_io:calendar_download"))
    assert download["Content-Disposition"].startswith("attachment")
    Calendar.from_ical(download.content)


def test_report_lists_only_applications_sent_in_the_period(alice, bob):
    services.create_application(alice, company_name="Acme", title="Dev", date_applied=dt.date(2024, 3, 5),
                                source="referral")
    services.create_application(alice, company_name="Société", title="Ops", date_applied=dt.date(2024, 3, 20))
    services.create_application(alice, company_name="Late", title="Dev", date_applied=dt.date(2024, 4, 2))
    services.create_application(alice, company_name="Dream", title="Dev", stage="wishlist")
    services.create_application(bob, company_name="Bobs", title="Dev", date_applied=dt.date(2024, 3, 6))
    content, media_type, filename = report.render(alice, dt.date(2024, 3, 1), dt.date(2024, 3, 31), "csv")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Date applied", "Company", "Role", "Channel", "Outcome so far"]
    assert [r[:5] for r in rows[1:]] == [
        ["2024-03-05", "Acme", "Dev", "Referral", "Applied"],
        ["2024-03-20", "Société", "Ops", "Not recorded", "Applied"],
    ]
    assert filename == "applications-2024-03-01-to-2024-03-31.csv"
    pdf, media_type, _ = report.render(alice, dt.date(2024, 3, 1), dt.date(2024, 3, 31), "pdf")
    assert media_type == "application/pdf" and pdf.startswith(b"%PDF")


def test_report_download_from_the_web_is_scoped_to_the_user(client, alice, bob):
    services.create_application(alice, company_name="Acme", title="Dev", date_applied=dt.date(2024, 3, 5))
    client.force_login(bob)
    response = client.get(reverse("onward_io:data"), {"start": "2024-03-01", "end": "2024-03-31", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="applications-2024-03-01-to-2024-03-31.csv"'
    assert b"Acme" not in response.content
    bad = client.get(reverse("onward_io:data"), {"start": "2024-04-01", "end": "2024-03-01", "format": "csv"})
    assert b"The start date is after the end date." in bad.content
