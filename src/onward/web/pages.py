"""Settings and a coach's view of a shared summary: core's pages that also show what features keep."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render

from onward.core import services, sharing
from onward.core.forms import PreferencesForm
from onward.insights.dashboard import coach_summary
from onward.remind import confirm, delivery
from onward.remind.models import ReminderDigest


def preferences(request):
    profile = services.profile_for(request.user)
    form = PreferencesForm(request.POST or None, instance=profile, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved.")
        if confirm.needs_link(request.user) and not confirm.link_pending(request.user):
            try:
                address = confirm.send_link(request.user, site=request.build_absolute_uri("/"))
            except delivery.ReminderError as exc:
                messages.warning(request, str(exc))
            else:
                messages.info(request, f"A link is on its way to {address}. The daily e-mail starts once you "
                              "open it.")
        return redirect("core:settings")
    return render(request, "core/settings.html", {
        "form": form,
        "email_configured": delivery.email_configured(),
        "needs_confirmation": confirm.needs_link(request.user),
        "last_digest": ReminderDigest.objects.filter(owner=request.user).exclude(sent_at=None).first(),
    })


def shared_summary(request, pk):
    """A coach's read-only view of someone's summary and funnel."""
    share = sharing.open_share_for_coach(request.user, pk)
    return render(request, "core/shared_summary.html", {"share": share, **coach_summary(share.owner)})
