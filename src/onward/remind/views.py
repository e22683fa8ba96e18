from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.errors import NotFound
from onward.remind import confirm, digest
from onward.remind.delivery import ReminderError


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


@require_POST
def send_confirmation(request):
    """Settings' "Send the link again": a new link to confirm the daily e-mail's address."""
    try:
        address = confirm.send_link(request.user, site=request.build_absolute_uri("/"))
    except ReminderError as exc:
        messages.warning(request, str(exc))
    else:
        messages.success(request, f"A link is on its way to {address}. Open it to start the daily e-mail.")
    return redirect("core:settings")


def confirm_address(request, token):
    """The link in the confirmation e-mail: a page with one button, so a mail program that opens links to
    preview them does not confirm anything."""
    if request.method == "POST":
        try:
            address = confirm.confirm(request.user, token)
        except ReminderError as exc:
            messages.warning(request, str(exc))
        else:
            messages.success(request, f"{address} is confirmed. Your daily e-mail will go there.")
        return redirect("core:settings")
    return render(request, "remind/confirm_address.html", {"address": request.user.email})
