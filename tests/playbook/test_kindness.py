"""After bad news: Today merges the steps that are about the person, groups the rest by application and opens
with a few next steps; the rejection record reads kindly; a low check-in is heard."""

import datetime as dt
import re

from django.urls import reverse
from django.utils import timezone

from onward.insights.models import MoodCheckIn
from onward.playbook import plans, rejections
from onward.playbook.models import Rejection
from onward.tracker import services as tracker
from onward.tracker.models import Contact, Task


def three_rejections(owner):
    apps = [tracker.create_application(owner, company_name=f"Co {n}", title="Dev") for n in range(3)]
    return apps, [rejections.log_rejection(app) for app in apps]


def open_titles(owner, start):
    tasks = Task.objects.filter(owner=owner, status="open", title__startswith=start)
    return list(tasks.values_list("title", flat=True))


def test_steps_about_the_person_are_merged_across_rejections(alice):
    three_rejections(alice)
    assert len(open_titles(alice, "Take a short pause")) == 1
    # One pipeline step, with the figure that holds after the last rejection (no "3, 4 and 5 more").
    assert open_titles(alice, "Add new applications") == [
        "Add new applications this week: 5 more to reach your target of 5 (0 active now)"]
    pause = Task.objects.get(title__startswith="Take a short pause")
    assert pause.application is None  # about the person, not one application
    # Each application keeps its own steps.
    assert len(open_titles(alice, "Review your resume")) == 3


def test_a_pause_done_today_is_not_asked_for_again_today(alice):
    app, other = (tracker.create_application(alice, company_name=n, title="Dev") for n in ("A", "B"))
    rejections.log_rejection(app)
    tracker.complete_task(Task.objects.get(title__startswith="Take a short pause"))
    rejections.log_rejection(other)
    assert Task.objects.filter(title__startswith="Take a short pause").count() == 1


def test_today_groups_steps_under_their_application_and_opens_with_three(alice_client, alice):
    apps, _ = three_rejections(alice)
    page = alice_client.get(reverse("tracker:today")).content.decode()
    first, _, rest = page.partition('<details class="today-all"')
    assert rest, "the full list is one click away"
    assert "Show all" in rest[:300]
    steps = first[first.index('id="next-steps"'):]
    assert 1 <= steps.count('<li class="task') <= 3
    assert "Take a short pause" in steps  # the step about the person comes first
    for app in apps:
        assert rest.count(f'<h3 class="task-group-head"><a href="/applications/{app.pk}/">{app}</a></h3>') == 1
    assert rest.count('<span class="task-title">Take a short pause') == 1


def test_today_shows_everything_when_no_rejection_is_recent(alice_client, alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    for n in range(5):
        tracker.add_task(alice, title=f"Task {n}", due_date=timezone.localdate(), application=app)
    page = alice_client.get(reverse("tracker:today")).content.decode()
    assert "next-steps" not in page and "today-all" not in page
    assert page.count('<li class="task') == 5


def test_later_this_week_stops_at_sunday(alice_client, alice):
    today = timezone.localdate()
    sunday = today + dt.timedelta(days=6 - today.weekday())
    tracker.add_task(alice, title="After the weekend", due_date=sunday + dt.timedelta(days=1))
    if sunday > today:
        tracker.add_task(alice, title="Before the weekend ends", due_date=sunday)
    data = tracker.today(alice)
    assert [t.title for t in data.next_week] == ["After the weekend"]
    assert all(t.due_date <= sunday for t in data.upcoming_tasks)
    page = alice_client.get(reverse("tracker:today")).content.decode()
    later = page.split('id="upcoming-h"')[1].split("</section>")[0] if 'id="upcoming-h"' in page else ""
    assert "After the weekend" not in later
    assert "After the weekend" in page.split('id="next-week-h"')[1]


# --- the rejection record -------------------------------------------------------------------


def test_rejection_record_reads_kindly(alice_client, alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    rejection = rejections.log_rejection(app, rejection_type="keep_on_file", reason="experience_level")
    page = alice_client.get(reverse("playbook:rejection", args=[rejection.pk])).content.decode()
    assert "They’ll keep your resume on file, received" in page
    assert "““" not in page and "””" not in page
    assert "Experience level (about the fit for this role)" in page
    assert "about you" not in page.lower()
    other = rejections.log_rejection(tracker.create_application(alice, company_name="Beta", title="Dev"))
    page = alice_client.get(reverse("playbook:rejection", args=[other.pk])).content.decode()
    # "They chose another candidate" above it is the decision, not a reason: the record must not contradict it.
    assert "<dt>Reason</dt><dd>Not given beyond the decision itself</dd>" in page
    assert "1 of your 2 rejections came without a reason; most employers do not give one." in page


def test_summary_agrees_in_number(alice):
    for n, kind in enumerate(("position_filled", "not_selected", "not_selected")):
        rejections.log_rejection(tracker.create_application(alice, company_name=f"C{n}", title="Dev"),
                                 rejection_type=kind)
    assert rejections.rejection_summary(alice).sentences[0] == (
        "One of your 3 rejections was for a reason outside your control: position filled.")


def test_the_form_button_says_what_it_does(alice_client, alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    url = reverse("playbook:reject", args=[app.pk])
    assert "Save and make my plan" in alice_client.get(url).content.decode()
    rejections.log_rejection(app)
    page = alice_client.get(url).content.decode()
    assert "Save and make my plan" not in page and ">Save the details</button>" in page
    assert "<h1>Add details to the rejection</h1>" in page


# --- feelings are heard ---------------------------------------------------------------------


def test_a_low_mood_check_in_adds_a_step_to_reach_out_to_your_people(alice_client, alice):
    Contact.objects.create(owner=alice, name="Robin Ash", is_my_person=True)
    Contact.objects.create(owner=alice, name="Kim Lee", is_my_person=True)
    Contact.objects.create(owner=alice, name="A recruiter")
    response = alice_client.post(reverse("insights:mood"), {"mood": "2", "note": "rough"}, HTTP_HX_REQUEST="true")
    text = response.content.decode()
    assert MoodCheckIn.objects.get().mood == 2
    task = Task.objects.get(title="Reach out to Kim Lee or Robin Ash")
    assert task.contact.name == "Kim Lee" and task.due_date == timezone.localdate() + dt.timedelta(days=1)
    assert "Reach out to Kim Lee or Robin Ash" in text
    assert re.search(r'<a href="/playbook/wins/">Your wins journal</a>', text)
    # Checking in low again the same day does not pile up steps.
    alice_client.post(reverse("insights:mood"), {"mood": "1"}, HTTP_HX_REQUEST="true")
    assert Task.objects.filter(title__startswith="Reach out").count() == 1
    assert Task.objects.filter(title="Read through your wins journal").count() == 1


def test_a_good_check_in_only_says_thank_you(alice_client, alice):
    text = alice_client.post(reverse("insights:mood"), {"mood": "3"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Thank you for checking in." in text and 'id="support"' not in text
    assert not Task.objects.exists()


def test_a_low_feeling_on_the_rejection_form_adds_the_support_steps(alice_client, alice):
    Contact.objects.create(owner=alice, name="Robin Ash", is_my_person=True)
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    alice_client.post(reverse("playbook:reject", args=[app.pk]), {
        "rejection_type": "not_selected", "reason": "unknown", "received_on": timezone.localdate().isoformat(),
        "feeling": "2",
    })
    steps = {item.step_id: item.task for item in plans.plan(Rejection.objects.get())}
    assert steps["reach_out"].title == "Reach out to Robin Ash"
    assert "you checked in at 2 of 5" in steps["reach_out"].notes
    assert "read_wins" in steps


def test_a_steps_page_in_the_timeline_is_a_link(alice_client, alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    rejections.log_rejection(app)
    tracker.add_task(alice, title="Mine", application=app, notes="Open: /not/a/page/ <b>")
    page = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    timeline = page.split('id="timeline"')[1]
    assert f'<a href="/match/application/{app.pk}/">Compare your resume with the posting</a>' in timeline
    assert "Open: /match/" not in timeline
    assert "Open: /not/a/page/ &lt;b&gt;" in timeline  # not a page here, and escaped


def test_the_pipeline_step_says_what_holds_now(alice_client, alice):
    three_rejections(alice)
    for n in range(2):
        tracker.create_application(alice, company_name=f"New {n}", title="Dev")
    alice_client.get(reverse("tracker:today"))
    assert open_titles(alice, "Add new applications") == [
        "Add new applications this week: 3 more to reach your target of 5 (2 active now)"]
    for n in range(3):
        tracker.create_application(alice, company_name=f"More {n}", title="Dev")
    page = alice_client.get(reverse("tracker:today")).content.decode()
    assert "Add new applications" not in page
    step = Task.objects.get(title__startswith="Add new applications")
    assert step.status == Task.Status.DONE
    assert "you have 5 active applications, your target is 5." in step.notes


def test_a_later_plan_shows_the_steps_it_shares_with_an_earlier_one(alice_client, alice):
    _, (first, second, _) = three_rejections(alice)
    page = alice_client.get(reverse("playbook:rejection", args=[second.pk])).content.decode()
    assert 'data-step="pause"' not in page
    shared = page.split('id="shared-steps"')[1].split("</ul>")[0]
    assert "Take a short pause today" in shared and "Add new applications this week: 5 more" in shared
    # The first plan holds the pause itself, so it does not list it again.
    own = alice_client.get(reverse("playbook:rejection", args=[first.pk])).content.decode()
    assert 'data-step="pause"' in own
    assert "Take a short pause" not in own.split('id="shared-steps"')[1].split("</ul>")[0]
