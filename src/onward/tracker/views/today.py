"""The Today page: what is due, what is coming and the nudges."""

from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone

from onward.tracker import services
from onward.tracker.models import Application


def today(request):
    from onward.remind.digest import nudges

    data = services.today(request.user)
    has_anything = Application.objects.filter(owner=request.user).exists()
    return render(request, "tracker/today.html", {
        "today": data,
        "nudges": nudges(request.user),
        "empty": not (data.overdue or data.due_today or data.upcoming_tasks or data.upcoming_interviews),
        "has_applications": has_anything,
        "now_date": timezone.localdate(),
    })
