"""A realistic sample job search for `onward demo`: fictional companies, about ten weeks of history.

Everything is built through the tracker services, so the demo shows exactly what real use produces.
Every company, person and address is made up; e-mail domains use the reserved .example suffix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from onward.core.models import Origin
from onward.core.services import profile_for
from onward.tracker import services
from onward.tracker.models import Application, Contact, Note, Task

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"
WEEKS = 10

# People. Those without a company are "my people": the support network around the search.
CONTACTS: list[tuple[str, str | None, str, bool, int, str]] = [
    # name, company, role, my person, days since last contact, relationship notes
    ("Priya Vantongeren", "Seven Otters Software", "recruiter", False, 12, "Friendly, answers within a day."),
    ("Tomasz Wrenfield", "Seven Otters Software", "hiring_manager", False, 9, ""),
    ("Amara Quellington", "Paper Crane Logistics", "interviewer", False, 20, "Asked about on-call experience."),
    ("Rafael Dunmore", "Velvet Anvil Robotics", "recruiter", False, 3, ""),
    ("Hana Oberlitz", "Velvet Anvil Robotics", "hiring_manager", False, 6, "Team of six, mostly Python."),
    ("Jonas Pell", "Marmalade Systems", "referrer", False, 40, "Former colleague; referred me."),
    ("Lucia Farrowby", "Quiet Lighthouse Health", "interviewer", False, 30, ""),
    ("Ines Callowmere", None, "mentor", True, 8, "Monthly call; good at salary talks."),
    ("Sam Birchley", None, "friend_family", True, 2, "Happy to do mock interviews."),
    ("Noor Halvedene", None, "peer", True, 15, "Also searching; we swap leads on Fridays."),
]

COMPANIES = {
    # name: (website domain, notes)
    "Seven Otters Software": ("seven-otters.example", "Makes scheduling tools for clinics."),
    "Paper Crane Logistics": ("paper-crane.example", ""),
    "Velvet Anvil Robotics": ("velvet-anvil.example", "Warehouse robots; hybrid, two office days."),
    "Marmalade Systems": ("marmalade-systems.example", ""),
    "Quiet Lighthouse Health": ("quiet-lighthouse.example", ""),
}

# Applications. `path` is the stage history as (stage, day since the search began); the search began
# WEEKS weeks ago. `interviews` are (kind, day, hour, interviewer names); days past today are upcoming.
# `deadline_in` is the posting's closing date in days from today.
APPLICATIONS: list[dict[str, Any]] = [
    # Still in the pipeline.
    dict(company="Honeycomb Orbit", title="Data engineer", path=[("wishlist", 66)], source="job_board",
         excitement=4, location="Remote", remote="remote"),
    dict(company="Fig Tree Payments", title="Backend engineer", path=[("wishlist", 68)], source="company_site",
         excitement=3, location="Lisbon", remote="hybrid", salary=(55000, 65000, "EUR"), deadline_in=12,
         tags="fintech, relocation"),
    dict(company="Pocket Comet Education", title="Platform engineer", path=[("wishlist", 69)], source="network",
         excitement=5, location="Remote", remote="remote", deadline_in=3, tags="dream job"),
    dict(company="Snowy Owl Analytics", title="Software engineer, data", path=[("applied", 50)],
         source="job_board", excitement=3, location="Berlin", remote="hybrid"),
    dict(company="Driftwood Circuit", title="Python developer", path=[("applied", 58)], source="job_board",
         excitement=2, location="Remote", remote="remote"),
    dict(company="Lantern Fish Data", title="Backend engineer", path=[("applied", 62)], source="recruiter",
         excitement=3, location="Amsterdam", remote="onsite"),
    dict(company="Wandering Kite Travel", title="Senior developer", path=[("applied", 65)],
         source="company_site", excitement=4, location="Remote", remote="remote"),
    dict(company="Gingerbread Cloud", title="Site reliability engineer", path=[("wishlist", 55), ("applied", 67)],
         source="job_board", excitement=3, location="Remote", remote="remote"),
    dict(company="Paper Crane Logistics", title="Backend engineer", path=[("applied", 44), ("screening", 54)],
         source="job_board", excitement=3, location="Rotterdam", remote="hybrid"),
    dict(company="Blue Heron Biotech", title="Software engineer", path=[("applied", 52), ("screening", 63)],
         source="company_site", excitement=4, location="Basel", remote="onsite", salary=(85000, 100000, "CHF")),
    dict(company="Clockwork Meadow Energy", title="Data platform engineer", path=[("applied", 57),
         ("screening", 66)], source="recruiter", excitement=3, location="Remote", remote="remote"),
    dict(company="Seven Otters Software", title="Backend engineer", path=[("applied", 35), ("screening", 50),
         ("interviewing", 62)], source="referral", excitement=5, location="Remote", remote="remote",
         salary=(70000, 82000, "EUR"), tags="python, health",
         interviews=[("phone_screen", 50, 10, ["Priya Vantongeren"]),
         ("technical", 69, 14, ["Tomasz Wrenfield"]), ("final", 73, 11, ["Tomasz Wrenfield"])],
         note="They use Django and Postgres; the final round is a system design talk."),
    dict(company="Velvet Anvil Robotics", title="Python engineer", path=[("applied", 45), ("screening", 52),
         ("interviewing", 60)], source="recruiter", excitement=4, location="Utrecht", remote="hybrid",
         interviews=[("phone_screen", 52, 15, ["Rafael Dunmore"]), ("technical", 60, 10, ["Hana Oberlitz"]),
                     ("onsite", 71, 9, ["Hana Oberlitz"])]),
    dict(company="Tin Soldier Security", title="Backend developer", path=[("applied", 40), ("interviewing", 56)],
         source="job_board", excitement=3, location="Remote", remote="remote",
         interviews=[("technical", 56, 13, []), ("take_home_review", 64, 16, [])]),
    dict(company="Marmalade Systems", title="Senior backend engineer", path=[("applied", 20), ("screening", 27),
         ("interviewing", 33), ("offer", 64)], source="referral", excitement=4, location="Remote", remote="remote",
         salary=(78000, 78000, "EUR"), referrer="Jonas Pell",
         interviews=[("phone_screen", 27, 11, []), ("technical", 33, 14, []), ("panel", 45, 10, []),
                     ("final", 58, 15, [])],
         note="Offer: 78k, answer requested by the end of next week."),
    dict(company="Acorn Vault Insurance", title="Contract Python developer (3 months)",
         path=[("applied", 30), ("interviewing", 38), ("offer", 47), ("accepted", 50)], source="network",
         excitement=3, location="Remote", remote="remote", interviews=[("technical", 38, 10, [])],
         note="Part-time contract alongside the search."),
    # Closed.
    dict(company="Quiet Lighthouse Health", title="Backend engineer", path=[("applied", 3), ("screening", 9),
         ("interviewing", 16), ("rejected", 31)], source="job_board", excitement=5, location="Remote",
         remote="remote", interviews=[("phone_screen", 9, 10, []), ("technical", 16, 14, ["Lucia Farrowby"]),
                                      ("final", 26, 11, ["Lucia Farrowby"])],
         closing_note="They went with someone with more healthcare experience."),
    dict(company="Paper Crane Logistics", title="Platform engineer", path=[("applied", 5), ("screening", 12),
         ("interviewing", 18), ("rejected", 28)], source="company_site", excitement=4, location="Rotterdam",
         remote="hybrid", interviews=[("phone_screen", 12, 9, []), ("technical", 18, 15, ["Amara Quellington"])],
         closing_note="Feedback: strong coding, wanted more Kubernetes depth."),
    dict(company="Purple Walrus Games", title="Gameplay tools engineer", path=[("applied", 8), ("interviewing", 19),
         ("rejected", 64)], source="job_board", excitement=3, location="Malmö", remote="onsite",
         interviews=[("technical", 19, 13, []), ("onsite", 29, 10, []), ("final", 58, 11, [])],
         closing_note="A kind note: they chose someone who had shipped a console title."),
    dict(company="Thimble & Thread Finance", title="Software engineer", path=[("applied", 2), ("rejected", 14)],
         source="job_board", excitement=2, location="London", remote="hybrid"),
    dict(company="Bramble Byte", title="Backend engineer", path=[("applied", 10), ("rejected", 11)],
         source="job_board", excitement=3, location="Remote", remote="remote"),
    dict(company="Sleepy Fox Media", title="Full-stack developer", path=[("applied", 6), ("screening", 15),
         ("withdrawn", 24)], source="recruiter", excitement=2, location="Hamburg", remote="onsite",
         closing_note="Withdrew: full relocation was required."),
    dict(company="Salt & Compass Maps", title="Geospatial backend engineer", path=[("applied", 1), ("screening", 7),
         ("interviewing", 13), ("offer", 25), ("offer_declined", 29)], source="network", excitement=3,
         location="Ghent", remote="onsite", interviews=[("technical", 13, 10, []), ("final", 20, 14, [])],
         closing_note="Declined: the salary was well below my range."),
    dict(company="Moonlit Bicycle Co.", title="Backend engineer", path=[("applied", 4), ("interviewing", 14),
         ("offer", 27), ("offer_rescinded", 34)], source="company_site", excitement=4, location="Remote",
         remote="remote", interviews=[("technical", 14, 11, [])],
         closing_note="Offer withdrawn after a hiring freeze; nothing to do with me."),
    dict(company="Copperleaf Energy", title="Data engineer", path=[("applied", 9), ("ghosted", 39)],
         source="job_board", excitement=3, location="Remote", remote="remote"),
    dict(company="Teapot & Kettle Labs", title="Python developer", path=[("applied", 17), ("ghosted", 45)],
         source="job_board", excitement=2, location="Dublin", remote="hybrid"),
    dict(company="Saltmarsh Robotics", title="Software engineer", path=[("applied", 22), ("position_closed", 37)],
         source="company_site", excitement=4, location="Copenhagen", remote="hybrid",
         closing_note="They paused the role."),
]

# Tasks: (title, kind, due in days from today (negative is earlier), company of the application or None, status)
TASKS = [
    ("Send a thank-you note to Tomasz", "thank_you", 0, "Seven Otters Software", "open"),
    ("Prepare system design examples", "prep", 1, "Seven Otters Software", "open"),
    ("Review the warehouse robotics notes before the on-site", "prep", 0, "Velvet Anvil Robotics", "open"),
    ("Follow up on the application", "follow_up", -2, "Snowy Owl Analytics", "open"),
    ("Decide on the offer", "other", 5, "Marmalade Systems", "open"),
    ("Apply before the posting closes", "apply", 2, "Pocket Comet Education", "open"),
    ("Call Ines about the offer", "reconnect", 1, None, "open"),
    ("Long walk, no job boards", "self_care", 0, None, "open"),
    ("Follow up with the recruiter", "follow_up", -10, "Lantern Fish Data", "done"),
    ("Send a thank-you note after the technical round", "thank_you", -20, "Paper Crane Logistics", "done"),
    ("Follow up once more", "follow_up", -25, "Copperleaf Energy", "skipped"),
]

NOTES = [
    ("Seven Otters Software", "Priya said the team ships weekly and pairs a lot."),
    ("Velvet Anvil Robotics", "On-site is four hours including lunch with the team."),
    ("Blue Heron Biotech", "Screening call went well; they liked the data pipeline project."),
]


@dataclass
class DemoSummary:
    user: object
    applications: int


def _at(start: dt.date, day: int, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(start + dt.timedelta(days=day), dt.time(hour, 0)))


def _reset(User) -> None:
    user = User.objects.filter(username=DEMO_USERNAME).first()
    if user is not None:
        # Applications go first: companies are protected while an application points at them.
        Application.objects.filter(owner=user).delete()
        user.delete()


@transaction.atomic
def build_demo(today: dt.date | None = None) -> DemoSummary:
    """Replace the demo user's data with a fresh sample search ending on `today`."""
    User = get_user_model()
    _reset(User)
    user = User.objects.create_user(DEMO_USERNAME, password=DEMO_PASSWORD)
    profile_for(user)
    today = today or timezone.localdate()
    start = today - dt.timedelta(weeks=WEEKS)
    now = timezone.now()

    for name, (domain, notes) in COMPANIES.items():
        services.get_or_create_company(user, name, website=f"https://{domain}/", email_domains=domain, notes=notes)
    people: dict[str, Contact] = {}
    for name, company, role, mine, since, notes in CONTACTS:
        people[name] = services.add_contact(
            user, name=name, company=company or "", role=role, is_my_person=mine, relationship_notes=notes,
            email=f"{name.split()[0].lower()}@{COMPANIES[company][0] if company else 'mail.example'}",
            last_contacted=today - dt.timedelta(days=since),
        )

    by_company: dict[str, Application] = {}
    for spec in APPLICATIONS:
        (first_stage, first_day), *moves = spec["path"]
        salary_min, salary_max, currency = spec.get("salary", (None, None, ""))
        app = services.create_application(
            user, company_name=spec["company"], title=spec["title"], stage=first_stage, origin=Origin.DEMO,
            at=_at(start, first_day), source=spec["source"], excitement=spec["excitement"],
            location=spec["location"], remote_mode=spec["remote"], salary_min=salary_min, salary_max=salary_max,
            salary_currency=currency, date_saved=start + dt.timedelta(days=first_day),
            posting_url=f"https://jobs.{spec['company'].split()[0].lower().strip('&')}.example/{len(by_company) + 1}",
            referral_contact=people.get(spec.get("referrer", "")),
            deadline=today + dt.timedelta(days=spec["deadline_in"]) if "deadline_in" in spec else None,
            tags=spec.get("tags", ""),
        )
        by_company.setdefault(spec["company"], app)
        for kind, day, hour, names in spec.get("interviews", []):
            services.log_interview(
                app, scheduled_at=_at(start, day, hour), kind=kind, origin=Origin.DEMO, advance=False,
                interviewers=[people[n] for n in names],
            )
        for i, (stage, day) in enumerate(moves):
            last = i == len(moves) - 1
            note = spec.get("closing_note", "") if last else ""
            # A closing move logs the rejection as a real one would: the recent ones come with their plan.
            services.move(app, stage, at=_at(start, day, 16), origin=Origin.DEMO, note=note)
        if spec.get("note"):
            note = services.add_note(user, spec["note"], application=app)
            Note.objects.filter(pk=note.pk).update(created_at=_at(start, spec["path"][-1][1], 18))

    for company, body in NOTES:
        services.add_note(user, body, company=services.get_or_create_company(user, company))

    for title, kind, due_in, company, status in TASKS:
        item = services.add_task(
            user, title=title, kind=kind, due_date=today + dt.timedelta(days=due_in),
            application=by_company.get(company) if company else None, origin=Origin.DEMO,
            contact=people["Ines Callowmere"] if kind == "reconnect" else None,
        )
        if status == Task.Status.DONE:
            services.complete_task(item)
        elif status == Task.Status.SKIPPED:
            services.skip_task(item)
        # Made the evening before it is due (never later than now); closed ones were dealt with on the day.
        Task.objects.filter(pk=item.pk).update(
            created_at=min(now, _at(today, due_in - 1, 18)),
            completed_at=_at(today, due_in, 12) if status != Task.Status.OPEN else None,
        )
    # Services stamp interviews, notes and tasks as activity "now"; put it back where the story puts it.
    for app in Application.objects.filter(owner=user):
        moments = [ch.changed_at for ch in app.stage_changes.all()]
        moments += [iv.scheduled_at for iv in app.interviews.all() if iv.scheduled_at <= now]
        Application.objects.filter(pk=app.pk).update(last_activity_at=max(moments))
    return DemoSummary(user=user, applications=Application.objects.filter(owner=user).count())
