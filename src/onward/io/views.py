import io

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward.core import jobs
from onward.core.errors import NotFound, OnwardError
from onward.core.models import Origin
from onward.io import backup as backups
from onward.io import bookmarklet, export, imports
from onward.io import calendar as feeds
from onward.io import report as reports
from onward.io.forms import EncodingForm, MappingForm, ReportForm, SaveJobForm, UploadForm
from onward.io.importers.base import ImportFileError, clean_url
from onward.io.models import ImportBatch
from onward.tracker import services as tracker

# --- import ----------------------------------------------------------------------------------


def import_start(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > imports.MAX_BYTES:
                raise ImportFileError("This file is larger than 20 MB; split it and try again.")
            batch = imports.start_batch(request.user, upload.name, upload.read(), form.cleaned_data["format"],
                                        form.cleaned_data["encoding"])
        except ImportFileError as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("onward_io:batch", pk=batch.pk)
    batches = ImportBatch.objects.filter(owner=request.user)[:10]
    return render(request, "onward_io/import_start.html", {"form": form, "batches": batches,
                                                           "going_on": jobs.going_on(request.user, ("import",))})


def _batch(request, pk) -> ImportBatch:
    try:
        return imports.get_batch(request.user, pk)
    except NotFound:
        raise Http404("No such import.") from None


def batch(request, pk):
    batch = _batch(request, pk)
    job = jobs.notice_stopped(batch.job) if batch.job else None
    context = {"batch": batch, "job": job}
    if job is not None and not job.finished:
        return render(request, "onward_io/batch.html", context)  # the progress, until the import ends
    if batch.status == ImportBatch.Status.PREVIEW:
        try:
            result = imports.batch_preview(batch)
        except ImportFileError as exc:
            context["error"] = str(exc)
            result = None
        context["preview"] = result
        if imports.is_text_file(batch):
            chosen = batch.encoding or (result.encoding if result else "")
            context["encoding_form"] = EncodingForm(initial={"encoding": chosen}, detected=chosen)
        if result is not None and result.format == "csv":
            context["mapping_form"] = MappingForm(headers=result.headers, initial=result.mapping)
    return render(request, "onward_io/batch.html", context)


@require_POST
def batch_mapping(request, pk):
    batch = _batch(request, pk)
    if batch.status != ImportBatch.Status.PREVIEW or batch.format != "csv":
        return redirect("onward_io:batch", pk=batch.pk)
    try:
        headers = imports.batch_preview(batch).headers
    except ImportFileError:
        return redirect("onward_io:batch", pk=batch.pk)
    form = MappingForm(request.POST, headers=headers)
    if form.is_valid():
        batch.mapping = {f: c for f, c in form.cleaned_data.items() if c}
        batch.save(update_fields=["mapping"])
    return redirect("onward_io:batch", pk=batch.pk)


@require_POST
def batch_encoding(request, pk):
    batch = _batch(request, pk)
    form = EncodingForm(request.POST, detected=request.POST.get("encoding", "") if imports.is_text_file(batch) else "")
    if batch.status == ImportBatch.Status.PREVIEW and form.is_valid():
        batch.encoding = form.cleaned_data["encoding"]
        batch.save(update_fields=["encoding"])
    return redirect("onward_io:batch", pk=batch.pk)


@require_POST
def batch_apply(request, pk):
    batch = _batch(request, pk)
    if batch.status != ImportBatch.Status.PREVIEW:
        messages.info(request, "This file was already imported.")
        return redirect("onward_io:batch", pk=batch.pk)
    # The preview's tick boxes: only the rows left ticked are imported.
    only = set(request.POST.getlist("row")) if request.POST.get("picked") else None
    imports.start_apply(request.user, batch, only)
    return redirect("onward_io:batch", pk=batch.pk)


@require_POST
def batch_discard(request, pk):
    _batch(request, pk).delete()
    messages.info(request, "The upload was discarded; nothing was imported from it.")
    return redirect("onward_io:import")


# --- bookmarklet -----------------------------------------------------------------------------


def bookmarklet_page(request):
    save_url = request.build_absolute_uri(reverse("onward_io:save"))
    return render(request, "onward_io/bookmarklet.html", {"script": bookmarklet.script(save_url)})


def save_job(request):
    if request.method == "POST":
        form = SaveJobForm(request.POST)
    else:
        role, company = bookmarklet.guess(request.GET.get("title", ""))
        form = SaveJobForm(initial={
            "title": role[:200], "company": company[:200], "posting_url": clean_url(request.GET.get("url", ""))[:1000],
            "job_description": request.GET.get("text", "")[: bookmarklet.MAX_TEXT], "stage": "wishlist",
        })
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            app = tracker.create_application(
                request.user, company_name=data["company"], title=data["title"], stage=data["stage"],
                origin=Origin.MANUAL, posting_url=data["posting_url"], job_description=data["job_description"],
            )
        except (ValidationError, OnwardError) as exc:
            form.add_error(None, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(request, f"Saved {app}.")
            return redirect("tracker:application", pk=app.pk)
    duplicates = []
    if form.is_bound or form.initial.get("company"):
        values = form.data if form.is_bound else form.initial
        if values.get("company") and values.get("title"):
            duplicates = list(tracker.find_duplicates(request.user, values["company"], values["title"])[:3])
    return render(request, "onward_io/save.html", {"form": form, "duplicates": duplicates})


# --- calendar --------------------------------------------------------------------------------


def calendar_page(request):
    return render(request, "onward_io/calendar.html", {"has_feed": feeds.has_feed(request.user)})


@require_POST
def calendar_rotate(request):
    token = feeds.rotate_token(request.user)
    url = request.build_absolute_uri(reverse("onward_io:feed", args=[token]))
    return render(request, "onward_io/calendar.html", {"has_feed": True, "feed_url": url})


@require_POST
def calendar_revoke(request):
    feeds.revoke(request.user)
    messages.info(request, "The calendar address no longer works.")
    return redirect("onward_io:calendar")


def _ics(owner, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(feeds.feed_bytes(owner), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def calendar_download(request):
    return _ics(request.user, "onward.ics", attachment=True)


@login_not_required
def calendar_feed(request, token: str):
    owner = feeds.owner_for_token(token)
    if owner is None:
        raise Http404("No calendar here.")
    response = _ics(owner, "onward.ics", attachment=False)
    response["Cache-Control"] = "private, max-age=900"
    return response


# --- your data: backups and the applications report ------------------------------------------


def data_page(request):
    today = timezone.localdate()
    form = ReportForm(request.GET or None, initial={"start": today.replace(day=1), "end": today, "format": "pdf"})
    if request.GET and form.is_valid():
        data = form.cleaned_data
        content, media_type, filename = reports.render(request.user, data["start"], data["end"], data["format"])
        response = HttpResponse(content, content_type=media_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return _data_page(request, form)


def _data_page(request, form=None, status: int = 200, **extra):
    today = timezone.localdate()
    form = form or ReportForm(initial={"start": today.replace(day=1), "end": today, "format": "pdf"})
    sqlite = "sqlite" in settings.DATABASES["default"]["ENGINE"]
    return render(request, "onward_io/data.html", {
        # A shared server's own paths are no business of the people using it.
        "form": form, "sqlite": sqlite, "server_mode": settings.SERVER_MODE,
        "data_dir": None if settings.SERVER_MODE else settings.DATA_DIR,
        "may_restore": _may_handle_backups(request.user), **extra,
    }, status=status)


def export_download(request, fmt: str):
    """Everything the user owns as JSON (re-importable), or one row per application as CSV."""
    stream = io.StringIO()
    try:
        export.write_export(request.user, fmt, stream)
    except export.ExportError:
        raise Http404("No such export format.") from None
    media = {"json": "application/json", "csv": "text/csv"}[fmt]
    response = HttpResponse(stream.getvalue().encode("utf-8"), content_type=f"{media}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="onward-{timezone.localdate():%Y-%m-%d}.{fmt}"'
    return response


def _may_handle_backups(user) -> bool:
    """A backup file holds the whole database: on one's own machine, by its only user or its administrator."""
    if settings.SERVER_MODE or "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
        return False
    return user.is_superuser or get_user_model().objects.count() == 1


def backup_download(request):
    """A backup file, made now and also kept in the data folder's backups/."""
    if not _may_handle_backups(request.user):
        raise Http404("Backup files are made by whoever runs this Onward.")
    try:
        path = backups.backup()
    except backups.BackupError as exc:
        return _data_page(request, status=400, backup_error=str(exc))
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name,
                        content_type="application/vnd.sqlite3")


@require_POST
def restore_upload(request):
    """Bring back a backup file: it is checked first, and the current data is kept as a backup before the swap."""
    if not _may_handle_backups(request.user):
        raise Http404("Backup files are restored by whoever runs this Onward.")
    upload = request.FILES.get("backup")
    if upload is None:
        return _data_page(request, status=400, backup_error="Choose a backup file to restore.")
    target = backups.backups_dir() / f"uploaded-{timezone.now():%Y%m%d-%H%M%S}.sqlite3"
    with target.open("wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    try:
        kept = backups.restore(target)
    except backups.BackupError as exc:
        target.unlink(missing_ok=True)
        return _data_page(request, status=400, backup_error=str(exc))
    # The restored database has its own accounts and sessions, so this page is not redirected: it may be the
    # last one this session sees.
    return render(request, "onward_io/restored.html", {"kept": kept.name if kept else ""})
