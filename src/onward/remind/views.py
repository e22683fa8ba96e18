from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.errors import NotFound
from onward.remind import digest


@require_POST
def follow_up(request, pk):
    """The "Add a follow-up task" button beside a waiting application on Today."""
    try:
        task, created = digest.add_follow_up(request.user, pk)
    except NotFound:
        raise Http404("No such application.") from None
    if request.htmx:
        return render(request, "remind/_follow_up_added.html", {"task": task, "created": created})
    messages.success(request, f"{'Added' if created else 'Already on your list'}: {task.title}.")
    return redirect("tracker:today")
