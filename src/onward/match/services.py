"""Match behaviour over stored data. Views and the CLI call these; every query is scoped by owner."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from onward.core.errors import NotFound, OnwardError
from onward.match.documents import posting_text, read_document
from onward.match.extract import REQUIRED, extract_posting, extract_resume
from onward.match.models import ResumeVersion, SavedReport
from onward.match.relevance import Posting, rank
from onward.match.report import Report, held, match
from onward.match.taxonomy import HARD, load
from onward.tracker.models import Application
from onward.tracker.services import get_application
from onward.tracker.stages import Stage

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class MatchError(OnwardError):
    """A problem the user can fix, with a message meant for them."""


# --- resume versions -------------------------------------------------------------------------


def resume_versions(owner: User) -> QuerySet[ResumeVersion]:
    return ResumeVersion.objects.filter(owner=owner)


def get_resume_version(owner: User, pk: int | str) -> ResumeVersion:
    try:
        return ResumeVersion.objects.get(owner=owner, pk=int(pk))
    except (ResumeVersion.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No resume version with id {pk}.") from None


def add_resume_version(
    owner: User, *, name: str, filename: str = "", data: bytes | None = None, text: str = ""
) -> ResumeVersion:
    """Store a resume version from a file (read first, so a bad file stores nothing) or from pasted text."""
    name = " ".join(name.split())
    if not name:
        raise MatchError("Give this resume version a name, for example “Backend, short”.")
    if data is not None:
        text = read_document(filename, data)
    if not text.strip():
        raise MatchError("The resume is empty. Upload a file or paste its text.")
    try:
        with transaction.atomic():
            return ResumeVersion.objects.create(
                owner=owner, name=name, original_filename=filename[:255], text=text, uploaded_at=timezone.now()
            )
    except IntegrityError:
        raise MatchError(f"You already have a resume version called “{name}”. Choose another name.") from None


def keep_uploaded_resume(owner: User, filename: str, text: str) -> tuple[ResumeVersion, bool]:
    """A resume uploaded for a one-off check, kept as a named version so later steps (the plan's "Review your
    resume", the application pages) can use it: (version, whether it is new). The name is the file's name;
    the same text under that name is the same version, a different text gets "(2)", "(3)", ..."""
    if not text.strip():
        raise MatchError("The resume is empty. Upload a file or paste its text.")
    base = " ".join(filename.rsplit(".", 1)[0].replace("_", " ").split())[:180] or "Uploaded resume"
    for n in range(1, 1000):
        name = base if n == 1 else f"{base} ({n})"
        existing = resume_versions(owner).filter(name__iexact=name).first()
        if existing is None:
            try:
                return add_resume_version(owner, name=name, filename=filename, text=text), True
            except MatchError:
                continue  # taken between the look and the insert: try the next number
        if existing.text == text:
            return existing, False
    raise MatchError("There are too many resume versions with this file's name. Rename the file and try again.")


@transaction.atomic
def delete_resume_version(owner: User, pk: int | str) -> None:
    get_resume_version(owner, pk).delete()


def link_application(owner: User, version_pk: int | str, application_pk: int | str) -> ResumeVersion:
    """Record that this resume version was sent with this application (both must be the owner's)."""
    version = get_resume_version(owner, version_pk)
    app = get_application(owner, application_pk)
    version.applications.add(app)
    return version


def version_for_application(owner: User, app: Application) -> ResumeVersion | None:
    """The version linked to the application, else the one named in its free-text label."""
    linked = resume_versions(owner).filter(applications=app).first()
    if linked or not app.resume_version:
        return linked
    return resume_versions(owner).filter(name__iexact=app.resume_version.strip()).first()


# --- reports ---------------------------------------------------------------------------------


def report_for_text(resume_text: str, posting: str, title: str = "") -> Report:
    if not resume_text.strip():
        raise MatchError("The resume is empty. Upload a file or paste its text.")
    return match(resume_text, posting_text(posting), title)


def report_for_application(owner: User, application_pk: int | str, version_pk: int | str) -> Report:
    app = get_application(owner, application_pk)
    version = get_resume_version(owner, version_pk)
    if not app.job_description.strip():
        raise MatchError("This application has no job description yet. Add it to the application to see a report.")
    return report_for_text(version.text, app.job_description, app.title)


def save_report(owner: User, application_pk: int | str, version_pk: int | str) -> SavedReport:
    """Keep the report of this resume version against this application's posting with the application."""
    app = get_application(owner, application_pk)
    version = get_resume_version(owner, version_pk)
    report = report_for_application(owner, app.pk, version.pk)
    return SavedReport.objects.create(
        owner=owner,
        application=app,
        resume_version=version,
        resume_name=version.name,
        score=report.score,
        data=report.to_dict(),
        created_at=timezone.now(),
    )


def saved_reports(owner: User, app: Application) -> QuerySet[SavedReport]:
    return SavedReport.objects.filter(owner=owner, application=app)


@dataclass
class Fit:
    application: Application
    score: float | None


def wishlist_fits(owner: User, version_pk: int | str) -> list[Fit]:
    """Wishlist applications ranked by relevance (relevance.py) for one resume version; ones without a
    description last."""
    version = get_resume_version(owner, version_pk)
    apps = list(Application.objects.filter(owner=owner, stage=Stage.WISHLIST).select_related("company"))
    postings = [Posting(str(app.pk), posting_text(app.job_description), app.title) for app in apps]
    scores = dict(rank(version.text, [p for p in postings if p.text.strip()]))
    fits = [Fit(app, scores.get(str(app.pk))) for app in apps]
    fits.sort(key=lambda f: (f.score is None, -(f.score or 0)))
    return fits


@dataclass
class Gap:
    skill: str
    missing_in: int
    out_of: int


def rejection_gaps(owner: User, *, version_pk: int | str | None = None, last: int = 10, top: int = 10) -> list[Gap]:
    """Hard skills the posting required most often and the resume lacked, over the last rejections.

    Each rejection is compared with the resume version sent with it; `version_pk` fills in for those
    without a linked version (or replaces them all when no link exists).
    """
    fallback = get_resume_version(owner, version_pk) if version_pk else None
    taxonomy = load()
    rejected = (
        Application.objects.filter(owner=owner, stage=Stage.REJECTED)
        .exclude(job_description="")
        .order_by("-last_activity_at", "-id")[:last]
    )
    counts: Counter = Counter()
    compared = 0
    resumes: dict[int, dict[int, int]] = {}
    for app in rejected:
        version = version_for_application(owner, app) or fallback
        if version is None:
            continue
        if version.pk not in resumes:
            resumes[version.pk] = held(extract_resume(version.text, taxonomy), taxonomy)
        have = resumes[version.pk]
        posting = extract_posting(posting_text(app.job_description), app.title, taxonomy)
        compared += 1
        for concept, (level, _wording, _count) in posting.items().items():
            if level == REQUIRED and taxonomy.concept(concept).category == HARD and concept not in have:
                counts[taxonomy.concept(concept).name] += 1
    return [Gap(skill, n, compared) for skill, n in counts.most_common(top)]
