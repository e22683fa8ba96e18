"""The Today page: what is due, what is coming and the nudges."""

from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone

from onward.tracker import services
from onward.tracker.models import Application


def today(request):
    from onward.playbook.plans import focus_steps
    from onward.remind.digest import nudges

    data = services.today(request.user)
    has_anything = Application.objects.filter(owner=request.user).exists()
    # Right after a rejection the page opens with a few next steps, steps about the person first.
    steps = sorted(data.overdue + data.due_today + data.upcoming_tasks + data.next_week,
                   key=lambda t: (t.due_date, t.application_id is not None, t.pk))
    limit = focus_steps(request.user)
    return render(request, "tracker/today.html", {
        "today": data,
        "overdue_groups": services.by_application(data.overdue),
        "today_groups": services.by_application(data.due_today),
        "week_groups": services.by_application(data.upcoming_tasks),
        "next_week_groups": services.by_application(data.next_week),
        "next_steps": steps[:limit] if limit and len(steps) > limit else None,
        "step_count": len(steps),
        "nudges": nudges(request.user),
        "empty": not (data.overdue or data.due_today or data.upcoming_tasks or data.next_week
                      or data.upcoming_interviews),
        "has_applications": has_anything,
        "now_date": timezone.localdate(),
    })
