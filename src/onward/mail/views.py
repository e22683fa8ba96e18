"""Mail pages: accounts and sync, upload or paste, the review queue, one message with undo. Thin."""

from __future__ import annotations

import nh3
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from onward.core import jobs
from onward.core.errors import OnwardError
from onward.core.ids import row_id
from onward.mail import accounts as account_service
from onward.mail import apply, learn, resolve, retry, uploads
from onward.mail.forms import AccountForm, ReviewForm, UploadForm
from onward.mail.models import MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources.upload import from_paste, from_upload
from onward.tracker.models import Application

# Remote images are dropped: loading them would tell the sender the message was opened.
SAFE_TAGS = set(nh3.ALLOWED_TAGS) - {"img"}


def _message_or_404(owner, pk) -> MailMessage:
    try:
        return apply.get_message(owner, pk)
    except apply.MailError:
        raise Http404("No such message.") from None


def _account_or_404(owner, pk):
    try:
        return account_service.get_account(owner, pk)
    except apply.MailError:
        raise Http404("No such account.") from None


# A review form offers the message's application, those at the company it names and the most recently active
# ones: a list of every application would be thousands of options in each item of the queue.
REVIEW_CHOICES = 50


def _review_form(request, message: MailMessage, data=None) -> ReviewForm:
    from onward.mail.classify import LABELS

    owned = Application.objects.filter(owner=request.user)
    wanted = {pk for pk in (message.application_id,) if pk}
    chosen = row_id(data.get(f"m{message.pk}-application", "")) if data is not None else None
    if chosen is not None:
        wanted.add(chosen)  # the one chosen, if it is theirs (checked below)
    company = (message.extracted or {}).get("company")
    near = owned.filter(company__name__iexact=company) if isinstance(company, str) and company else owned.none()
    recent = owned.order_by("-last_activity_at", "-id")
    ids = wanted | set(near.values_list("pk", flat=True)[:REVIEW_CHOICES]) | set(
        recent.values_list("pk", flat=True)[:REVIEW_CHOICES])
    apps = owned.filter(pk__in=ids).select_related("company").order_by("company__name", "title")
    return ReviewForm(
        data, labels=LABELS, applications=apps, prefix=f"m{message.pk}",
        initial={"label": message.label, "application": message.application_id},
    )


def index(request):
    return render(request, "mail/index.html", {
        "accounts": account_service.list_accounts(request.user),
        "account_form": AccountForm(),
        "upload_form": UploadForm(),
        "review_count": MailMessage.objects.filter(owner=request.user, status=MailMessage.Status.REVIEW).count(),
        "failed_count": retry.failed_count(request.user),
        "going_on": jobs.going_on(request.user, ("mail_import", "mail_sync")),
        "recent": MailMessage.objects.filter(owner=request.user).exclude(status=MailMessage.Status.REVIEW)
        .select_related("application__company")[:20],
    })


@require_POST
def account_add(request):
    form = AccountForm(request.POST)
    if form.is_valid():
        try:
            account = account_service.add_account(request.user, **form.cleaned_data)
        except apply.MailError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Added {account.name}. Sync it when you are ready.")
            return redirect("mail:index")
    return render(request, "mail/index.html", {
        "accounts": account_service.list_accounts(request.user), "account_form": form, "upload_form": UploadForm(),
        "review_count": 0, "recent": [],
    }, status=400)


@require_POST
def account_sync(request, pk):
    account = _account_or_404(request.user, pk)
    job, started = account_service.start_background_sync(account)
    if request.htmx:
        return render(request, "mail/_account.html", {"account": account, "syncing": job})
    if started:
        messages.info(
            request, f"Syncing {account.name} in the background. Refresh in a little while to see what came in."
        )
    else:
        messages.info(request, f"{account.name} is already syncing.")
    return redirect("mail:index")


@require_POST
def account_remove(request, pk):
    account = _account_or_404(request.user, pk)
    account_service.remove_account(account)
    messages.success(request, f"Removed {account.name}. What its mail already added to your tracker stays.")
    return redirect("mail:index")


@require_POST
def upload(request):
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "mail/index.html", {
            "accounts": account_service.list_accounts(request.user), "account_form": AccountForm(),
            "upload_form": form, "review_count": 0, "recent": [],
        }, status=400)
    data = form.cleaned_data
    incoming = (
        from_upload(data["file"].read())
        if data["file"] is not None
        else from_paste(body=data["body"], subject=data["subject"], sender=data["sender"])
    )
    report = ingest(request.user, [incoming])
    if report.skipped:
        messages.info(request, "That message was imported before; nothing changed.")
    elif report.failed:
        # The technical reason stays in the ledger; the page says what it means and what can be done.
        messages.error(request, "Onward could not read that message, so nothing was changed. It is kept: after an "
                                "update of Onward, “Try it again” on the mail page reads it.")
    elif report.ignored:
        messages.info(request, "That message does not look job-related, so it was not kept.")
    else:
        return redirect("mail:message", pk=report.kept[0])
    return redirect("mail:index")


@require_POST
def retry_failed(request):
    """Run the messages that could not be imported through again."""
    report = retry.retry_failed(request.user)
    if report.ingest.failed:
        messages.warning(request, report.summary())
    else:
        messages.success(request, report.summary())
    return redirect("mail:index")


# The review queue shows this many messages a page: each is read and explained on the server.
REVIEW_PAGE = 25


def review_queue(request):
    queued = (MailMessage.objects.filter(owner=request.user, status=MailMessage.Status.REVIEW)
              .select_related("application__company").order_by("sent_at", "id"))
    page = Paginator(queued, REVIEW_PAGE).get_page(request.GET.get("page"))
    items = [(m, _review_form(request, m)) for m in page]
    return render(request, "mail/review.html", {"items": items, "page": page, "total": page.paginator.count,
                                                "bulk_actions": resolve.BULK_WORDS.items()})


@require_POST
def message_resolve(request, pk):
    """One click: the answer offered on the item (confirm, not job-related, wishlist, not interested)."""
    message = _message_or_404(request.user, pk)
    error = said = ""
    try:
        said = resolve.resolve(message, request.POST.get("action", ""))
    except OnwardError as exc:
        error = str(exc)
    else:
        learn.retrain_in_background(request.user)
    if request.htmx:
        message = _message_or_404(request.user, pk)
        return render(request, "mail/_review_item.html", {
            "message": message, "form": _review_form(request, message), "error": error, "said": said,
        })
    if error:
        messages.error(request, error)
    else:
        messages.success(request, said)
    return redirect("mail:review")


@require_POST
def review_bulk(request):
    """One answer for every selected message, or for every waiting one."""
    action = request.POST.get("action", "")
    ids = None if request.POST.get("scope") == "all" else request.POST.getlist("ids")
    if action not in resolve.BULK_WORDS or ids == []:
        messages.error(request, "Select one or more messages and an answer.")
        return redirect("mail:review")
    done, problems = resolve.resolve_many(request.user, ids, action)
    if done:
        learn.retrain_in_background(request.user)
        messages.success(request, f"Saved {done} message{'s' if done != 1 else ''}. Onward will learn from them.")
    for problem in problems[:5]:
        messages.error(request, problem)
    return redirect("mail:review")


@require_POST
def message_review(request, pk):
    message = _message_or_404(request.user, pk)
    form = _review_form(request, message, request.POST)
    error = ""
    if form.is_valid():
        try:
            apply.review(message, form.cleaned_data["label"], application_id=form.cleaned_data["application"])
        except OnwardError as exc:
            error = str(exc)
        else:
            learn.retrain_in_background(request.user)
    else:
        error = "Choose a label from the list."
    if request.htmx:
        message.refresh_from_db()
        return render(request, "mail/_review_item.html", {"message": message, "form": form, "error": error})
    if error:
        messages.error(request, error)
    else:
        messages.success(request, "Thank you. Saved, and the classifier will learn from it.")
    return redirect("mail:review")


def message(request, pk):
    msg = _message_or_404(request.user, pk)
    safe_html = mark_safe(nh3.clean(msg.body_html, tags=SAFE_TAGS)) if msg.body_html else ""  # noqa: S308
    return render(request, "mail/message.html", {
        "message": msg, "safe_html": safe_html, "effects": apply.describe_effects(msg),
        "form": _review_form(request, msg) if msg.status == MailMessage.Status.REVIEW else None,
    })


@require_POST
def message_undo(request, pk):
    msg = _message_or_404(request.user, pk)
    try:
        apply.undo(msg)
    except apply.MailError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Undone: what this message changed has been put back.")
    return redirect("mail:message", pk=msg.pk)


@require_POST
def import_upload(request):
    """An mbox, or .eml files (chosen one by one or as a folder), imported in the background."""
    files = request.FILES.getlist("files") + [
        f for f in request.FILES.getlist("folder") if f.name.lower().endswith(".eml")
    ]
    try:
        job = uploads.start_import(request.user, files)
    except apply.MailError as exc:
        messages.error(request, str(exc))
        return redirect("mail:index")
    return redirect("core:job", pk=job.pk)
