from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.api import tokens as token_services


def tokens(request):
    new_key = None
    name = ""
    if request.method == "POST":
        name = request.POST.get("name", "")
        try:
            _, new_key = token_services.create_token(request.user, name)
            name = ""
        except token_services.TokenError as exc:
            messages.error(request, str(exc))
    context = {"tokens": token_services.list_tokens(request.user), "new_key": new_key, "name": name}
    return render(request, "api/tokens.html", context)


@require_POST
def revoke(request, pk):
    try:
        token = token_services.revoke_token(request.user, pk)
        messages.success(request, f"“{token.name}” is revoked; it no longer opens the API.")
    except token_services.TokenError as exc:
        messages.error(request, str(exc))
    return redirect("onward_api:tokens")
