from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render

from onward.core import services
from onward.core.forms import PreferencesForm, SetupForm


@login_not_required
def setup(request):
    if not services.needs_setup():
        return redirect("core:login")
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.setup_account(form.cleaned_data["username"], form.cleaned_data["password"])
        login(request, user)
        messages.success(request, "Your account is ready. Everything stays on this machine.")
        return redirect("tracker:board")
    return render(request, "core/setup.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def preferences(request):
    profile = services.profile_for(request.user)
    form = PreferencesForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved.")
        return redirect("core:settings")
    return render(request, "core/settings.html", {"form": form})
