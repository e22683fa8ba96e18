from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from onward.core import invites, jobs, services, sharing
from onward.core.errors import NotFound, report_bug
from onward.core.forms import InviteForm, PasswordForm, SetupForm, ThrottledAuthenticationForm


@login_not_required
def setup(request):
    if not services.needs_setup():
        return redirect("core:login")
    token = request.POST.get("token") or request.GET.get("token")
    if not services.setup_allowed(token):
        services.log_setup_link()
        return render(request, "core/setup_closed.html", status=403)
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.setup_account(form.cleaned_data["username"], form.cleaned_data["password"])
        login(request, user)
        messages.success(request, "Your account is ready. As the administrator, you invite others from "
                         "/accounts/invite/." if settings.SERVER_MODE
                         else "Your account is ready. Everything stays on this machine.")
        return redirect("tracker:board")
    return render(request, "core/setup.html", {"form": form, "token": token if settings.SERVER_MODE else ""})


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    redirect_authenticated_user = True
    form_class = ThrottledAuthenticationForm


class LogoutView(auth_views.LogoutView):
    pass


def password_change(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, form.user)  # stay signed in here; other sessions must sign in again
        messages.success(request, "Your password is changed.")
        return redirect("core:settings")
    return render(request, "core/password.html", {"form": form}, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def invite(request):
    """Administrators create single-use invitation links; the link is shown once, right after."""
    if not request.user.is_staff:
        raise PermissionDenied
    link, invited = None, None
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invited, token = invites.create_invite(form.cleaned_data["username"], created_by=request.user)
        except invites.AccountError as exc:
            form.add_error("username", str(exc))
        else:
            link = request.build_absolute_uri(reverse("core:join", args=[token]))
            form = InviteForm()
    return render(request, "core/invite.html", {"form": form, "link": link, "invited": invited,
                                                "open_invites": invites.open_invites()},
                  status=400 if form.errors else 200)


@login_not_required
@require_http_methods(["GET", "POST"])
def join(request, token):
    if request.user.is_authenticated:
        return redirect("tracker:today")
    try:
        invite = invites.check_invite(token)
    except invites.InviteError as exc:
        return render(request, "core/join.html", {"problem": str(exc)}, status=410)
    form = PasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invites.accept_invite(token, form.cleaned_data["password"])
        except invites.InviteError as exc:
            return render(request, "core/join.html", {"problem": str(exc)}, status=410)
        except ValidationError as exc:
            form.add_error("password", exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, "Your account is ready. Your data is visible only to you.")
            return redirect("tracker:today")
    return render(request, "core/join.html", {"form": form, "username": invite.username})


@require_http_methods(["GET", "POST"])
def sharing_page(request):
    """Whom the user shares their summary with, and whose summaries are shared with them."""
    problem = None
    if request.method == "POST":
        try:
            share = sharing.grant(request.user, request.POST.get("coach", ""))
        except services.AccountError as exc:
            problem = str(exc)
        else:
            messages.success(request, f"If {share.coach_name} has an account here, they can now read your summary "
                                      "and funnel.")
            return redirect("core:sharing")
    return render(request, "core/sharing.html", {
        "given": sharing.given(request.user), "received": sharing.received(request.user),
        "problem": problem, "coach": request.POST.get("coach", ""),
    }, status=400 if problem else 200)


@require_POST
def share_revoke(request, pk):
    share = sharing.revoke(request.user, pk)
    messages.success(request, f"{share.coach_name} can no longer see your summary.")
    return redirect("core:sharing")


@login_not_required
def job_status(request, pk):
    """Background work and how far it has got: a page, or (polled by HTMX) just the progress part."""
    try:
        job = jobs.get(request.user, pk)
    except NotFound:
        raise Http404("No such background work.") from None
    if request.htmx:
        return render(request, "core/_job_progress.html", {"job": job, "with_heading": "heading" in request.GET})
    return render(request, "core/job.html", {"job": job})


def server_error(request):
    """The 500 page: a bug, logged with a reference the page shows. Rendered without the request's context, which
    may be what failed."""
    reference = report_bug(f"{request.method} {request.path}")
    return HttpResponseServerError(loader.get_template("500.html").render({"reference": reference}))
