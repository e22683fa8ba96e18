"""The Today page: what is due, what is coming (tracker), the nudges (remind) and the first steps after a rejection
(playbook)."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from onward.playbook.models import PlanItem
from onward.playbook.plans import for_today
from onward.remind.digest import nudges
from onward.tracker import services
from onward.tracker.models import Application, Origin
from onward.tracker.templatetags.tracker_extras import link_words


def today(request):
    try:
        page = int(request.GET.get("earlier", 1))
    except ValueError:
        page = 1
    limit = for_today(request.user)  # first: it brings the shared steps up to date
    data = services.today(request.user, overdue_page=page)
    shown = services.TODAY_SHOWN
    reminders = nudges(request.user)
    has_anything = Application.objects.filter(owner=request.user).exists()
    # Right after a rejection the page opens with a few next steps, steps about the person first.
    steps = sorted(data.overdue + data.due_today + data.upcoming_tasks + data.next_week,
                   key=lambda t: (t.due_date, t.application_id is not None, t.pk))
    _link_steps(request.user, steps)
    return render(request, "tracker/today.html", {
        "today": data,
        "overdue_groups": services.by_application(data.overdue),
        "today_groups": services.by_application(data.due_today),
        "week_groups": services.by_application(data.upcoming_tasks),
        "next_week_groups": services.by_application(data.next_week),
        "next_steps": steps[:limit] if limit and data.task_count > limit else None,
        "step_count": data.task_count,
        "nudges": reminders,
        "shown": shown,
        "waiting_shown": reminders.waiting[:shown],
        "waiting_more": max(0, len(reminders.waiting) - shown),
        "people_shown": reminders.people[:shown],
        "people_more": max(0, len(reminders.people) - shown),
        "empty": not (data.overdue or data.due_today or data.upcoming_tasks or data.next_week
                      or data.upcoming_interviews),
        "has_applications": has_anything,
        "now_date": timezone.localdate(),
    })


def _link_steps(owner, tasks) -> None:
    """A plan step that comes with a draft (the thank-you, the reply to a feedback offer) or a page (the match
    page of "Review your resume") links to it here too, as on the plan page: the step is where the user meets it
    first."""
    by_task = {t.pk: t for t in tasks if t.origin == Origin.PLAYBOOK}
    if not by_task:
        return
    items = PlanItem.objects.filter(owner=owner, task_id__in=by_task).exclude(draft="", link="")
    for task_id, app_id, draft, link in items.values_list("task_id", "rejection__application_id", "draft", "link"):
        if draft:
            by_task[task_id].draft_url = reverse("playbook:draft", args=[app_id, draft])
        if link:
            by_task[task_id].open_url, by_task[task_id].open_words = link, link_words(link)
