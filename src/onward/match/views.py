"""Thin web views over the match services. An HTMX request gets just the report partial."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.errors import NotFound, OnwardError
from onward.match import services
from onward.match.documents import read_document
from onward.match.forms import MatchForm, ResumeUploadForm
from onward.match.report import Report
from onward.tracker.services import get_application


def _report_context(report: Report | None) -> dict:
    if report is None:
        return {"report": None}
    return {
        "report": report,
        "missing_required": [i for i in report.missing if i.level == "required"],
        "missing_other": [i for i in report.missing if i.level != "required"],
    }


def _chosen_version(request, versions):
    pk = request.GET.get("resume")
    if pk:
        try:
            return services.get_resume_version(request.user, pk)
        except NotFound:
            raise Http404("No such resume version.") from None
    return versions[0] if versions else None


def home(request):
    versions = list(services.resume_versions(request.user))
    report, error, kept, new = None, "", None, False
    form = MatchForm(request.POST or None, request.FILES or None, versions=versions)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            posting = data["posting"]
            if data.get("posting_file"):
                upload = data["posting_file"]
                posting = read_document(upload.name, upload.read())
            if data.get("resume_version"):
                resume_text = services.get_resume_version(request.user, data["resume_version"]).text
            elif data.get("file"):
                upload = data["file"]
                resume_text = read_document(upload.name, upload.read())
                kept, new = services.keep_uploaded_resume(request.user, upload.name, resume_text)
            else:
                resume_text = data["resume_text"]
            report = services.report_for_text(resume_text, posting, data.get("title", ""))
        except OnwardError as exc:
            error = str(exc)
    context = {"form": form, "error": error, "kept": kept, "kept_new": new, **_report_context(report)}
    if request.htmx and request.method == "POST":
        return render(request, "match/_report_or_error.html", context)
    chosen = _chosen_version(request, versions)
    context.update(
        versions=versions,
        chosen=chosen,
        gaps=services.rejection_gaps(request.user, version_pk=chosen.pk if chosen else None),
    )
    return render(request, "match/home.html", context)


def resumes(request):
    form = ResumeUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data.get("file")
        try:
            version = services.add_resume_version(
                request.user,
                name=data["name"],
                filename=upload.name if upload else "",
                data=upload.read() if upload else None,
                text=data.get("text") or "",
            )
        except OnwardError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Saved “{version.name}”.")
            return redirect("match:resumes")
    versions = services.resume_versions(request.user).prefetch_related("applications__company")
    return render(request, "match/resumes.html", {"form": form, "versions": versions})


@require_POST
def resume_delete(request, pk):
    try:
        services.delete_resume_version(request.user, pk)
    except NotFound:
        raise Http404("No such resume version.") from None
    messages.success(request, "The resume version was deleted.")
    return redirect("match:resumes")


def application(request, pk):
    try:
        app = get_application(request.user, pk)
    except NotFound:
        raise Http404("No such application.") from None
    versions = list(services.resume_versions(request.user))
    if request.method == "POST":
        try:
            version = services.get_resume_version(request.user, request.POST.get("resume"))
            if request.POST.get("action") != "save":
                services.link_application(request.user, version.pk, app.pk)
            services.save_report(request.user, app.pk, version.pk)
        except NotFound:
            raise Http404("No such resume version.") from None
        except OnwardError as exc:
            messages.error(request, str(exc))
            return redirect(f"{request.path}?resume={version.pk}")
        if request.POST.get("action") == "save":
            messages.success(request, "The report is saved with this application.")
        else:
            messages.success(
                request, f"Noted: “{version.name}” was sent with this application, and its report is saved with it."
            )
        return redirect(f"{request.path}?resume={version.pk}")
    if request.GET.get("resume"):
        chosen = _chosen_version(request, versions)
    else:
        chosen = services.version_for_application(request.user, app) or (versions[0] if versions else None)
    report, error = None, ""
    if chosen:
        try:
            report = services.report_for_application(request.user, app.pk, chosen.pk)
        except OnwardError as exc:
            error = str(exc)
    linked = chosen is not None and chosen.applications.filter(pk=app.pk).exists()
    context = {
        "app": app,
        "versions": versions,
        "chosen": chosen,
        "error": error,
        "linked": linked,
        **_report_context(report),
    }
    if request.htmx:
        return render(request, "match/_application_report.html", context)
    return render(request, "match/application.html", context)


def wishlist(request):
    versions = list(services.resume_versions(request.user))
    chosen = _chosen_version(request, versions)
    fits = services.wishlist_fits(request.user, chosen.pk) if chosen else []
    return render(request, "match/wishlist.html", {"versions": versions, "chosen": chosen, "fits": fits})
