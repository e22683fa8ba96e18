"""The same act through every door leaves the same rows.

Each door (the web board, page and rejection form, the CLI in its own process on a fresh data directory, the
REST API, the mail pipeline, an import, Insights' "mark ghosted" on the page and in the CLI) closes one
application; the rows it leaves
(history, rejection, recovery plan and its tasks) must equal what tracker.services.move leaves on an identical
application. Who made the change (origin, reason, note) is left out: it names the door, as it should.
A new door is one more entry in DOORS.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone

from onward.api.tokens import create_token
from onward.io import imports
from onward.io.export import export_data
from onward.tracker import services
from onward.tracker.models import Application
from onward.tracker.stages import Stage
from tests.mail.conftest import fake_classify_many, make_message
from tests.processes import fresh_env

COMPANY, TITLE = "Acme", "Data Analyst"
APPLIED_DAYS_AGO = 30  # past the ghosting threshold, so Insights may mark it


@pytest.fixture(autouse=True)
def shipped_playbook(settings, tmp_path):
    settings.DATA_DIR = tmp_path  # no playbook.toml here: the shipped playbook is in force


def applied_on() -> dt.date:
    return timezone.localdate() - dt.timedelta(days=APPLIED_DAYS_AGO)


def applied_at() -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(applied_on(), dt.time(10, 0)))


def add(owner) -> Application:
    return services.create_application(owner, company_name=COMPANY, title=TITLE, at=applied_at(),
                                       date_applied=applied_on())


def shape(data: dict) -> dict:
    """What an act leaves, from an export: the same on any database and for any door."""
    data = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    [app] = data["applications"]
    rejection_fields = ("rejection_type", "reason", "attribution", "stage_reached", "plan_note", "feedback",
                        "reapply_invited", "feedback_offered", "keep_on_file")
    return {
        "stage": app["stage"],
        "date_applied": app["date_applied"],
        "history": [(h["from_stage"], h["to_stage"]) for h in app["stage_history"]],
        "rejections": [{k: r[k] for k in rejection_fields} for r in data["rejections"]],
        "plan": sorted(p["step_id"] for p in data["plan_items"]),
        "tasks": sorted((t["title"], t["kind"], t["due_date"], t["status"], t["origin"]) for t in data["tasks"]),
        "notes": [n["body"] for n in data["notes"]],
    }


# --- the doors: each closes the application and returns the owner's data as an export --------------------


def board(owner, client, tmp_path, stage):
    app = add(owner)
    client.force_login(owner)
    client.post(reverse("tracker:board_move"), {"application": app.pk, "stage": stage}, HTTP_HX_REQUEST="true")
    return export_data(owner)


def page(owner, client, tmp_path, stage):
    app = add(owner)
    client.force_login(owner)
    client.post(reverse("tracker:application_move", args=[app.pk]), {"stage": stage})
    return export_data(owner)


def rejection_form(owner, client, tmp_path, stage):
    app = add(owner)
    client.force_login(owner)
    types = {"rejected": "not_selected", "ghosted": "ghosted"}
    client.post(reverse("playbook:reject", args=[app.pk]), {
        "rejection_type": types[stage], "reason": "unknown", "received_on": timezone.localdate().isoformat(),
    })
    return export_data(owner)


def api(owner, client, tmp_path, stage):
    app = add(owner)
    token = create_token(owner, "doors")[1]
    response = client.post(f"/api/v1/applications/{app.pk}/move", {"stage": stage}, content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200, response.content
    return export_data(owner)


def cli(owner, client, tmp_path, stage, command=("move",)):
    """The real `onward` command, in a new process, on a fresh data directory."""
    env = fresh_env(tmp_path / "cli-data")

    def onward(*args):
        done = subprocess.run([sys.executable, "-m", "onward", *args], env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    onward("add", COMPANY, TITLE, "--applied", applied_on().isoformat())
    [row] = [json.loads(line) for line in onward("list", "--json").splitlines()]
    if command == ("move",):
        onward("move", str(row["id"]), stage)
    elif command == ("reject",):
        onward("reject", str(row["id"]))
    else:
        onward(*command)
    return json.loads(onward("export", "--format", "json"))


def cli_reject(owner, client, tmp_path, stage):
    return cli(owner, client, tmp_path, stage, command=("reject",))


def cli_mark_ghosted(owner, client, tmp_path, stage):
    return cli(owner, client, tmp_path, stage, command=("stats", "mark-ghosted"))


def received_today() -> dt.datetime:
    """A few minutes ago, but never yesterday: the plan is dated from the day the mail came, and the reference
    move is made today (five minutes before midnight would give every task a day earlier)."""
    midnight = timezone.make_aware(dt.datetime.combine(timezone.localdate(), dt.time()))
    return max(timezone.now() - dt.timedelta(minutes=5), midnight)


def mail(owner, client, tmp_path, stage, monkeypatch):
    import onward.mail.pipeline
    from onward.mail.pipeline import ingest
    from onward.mail.sources import IncomingMessage

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", fake_classify_many)
    add(owner)
    raw = make_message(f"Your application for {TITLE}",
                       f"Thank you for applying to {COMPANY}. Unfortunately we will not move forward.",
                       "Acme Careers <jobs@acme.example>", message_id="<doors@acme.example>",
                       date=received_today())
    report = ingest(owner, [IncomingMessage(raw=raw, source="eml")])
    assert report.applied == 1
    return export_data(owner)


def spreadsheet(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([["Company", "Role", "Stage", "Date applied"], *rows])
    return out.getvalue().encode()


def import_(owner, client, tmp_path, stage):
    """A spreadsheet imported once at Applied, then again after the application closed."""
    for now_at in ("Applied", stage):
        data = spreadsheet([[COMPANY, TITLE, now_at, applied_on().isoformat()]])
        imports.apply(owner, imports.preview(owner, "jobs.csv", data))
    return export_data(owner)


def insights(owner, client, tmp_path, stage):
    add(owner)
    client.force_login(owner)
    client.post(reverse("insights:mark_ghosted"))
    return export_data(owner)


# (door, stage, whether the door dates the move back: an import dates it by the row, here the day applied)
DOORS = [
    (board, "rejected", False),
    (board, "ghosted", False),
    (page, "rejected", False),
    (page, "position_closed", False),
    (rejection_form, "rejected", False),
    (api, "rejected", False),
    (api, "ghosted", False),
    (cli, "rejected", False),
    (cli_reject, "rejected", False),
    (mail, "rejected", False),
    (import_, "rejected", True),
    (insights, "ghosted", False),
    (cli_mark_ghosted, "ghosted", False),
]


@pytest.mark.parametrize(("door", "stage", "dated_back"), DOORS,
                         ids=[f"{door.__name__.rstrip('_')}-{stage}" for door, stage, _ in DOORS])
def test_the_same_move_through_every_door_leaves_the_same_rows(door, stage, dated_back, django_user_model, client,
                                                               tmp_path, monkeypatch, alice):
    reference = django_user_model.objects.create_user("reference")
    services.move(add(reference), stage, at=applied_at() if dated_back else None)
    expected = shape(export_data(reference))

    extra = {"monkeypatch": monkeypatch} if door is mail else {}
    got = shape(door(alice, client, tmp_path, stage, **extra))

    assert got == expected
    assert got["history"][-1] == ("applied", stage)
    assert len(got["rejections"]) == 1
    # A move today comes with its plan; one dated a month back is history, recorded without one.
    assert bool(got["tasks"]) != dated_back


# --- editing: the application page and the API share tracker.services.update_application ----------------


EDIT = {"company": "Beta  Labs", "title": "  Senior   Data Analyst ", "location": "Leeds", "excitement": 4,
        "salary_min": 40000, "salary_max": 50000, "salary_currency": "GBP"}


def edited(app: Application) -> dict:
    app.refresh_from_db()
    return {"company": app.company.name, "title": app.title, "location": app.location,
            "excitement": app.excitement, "salary": (app.salary_min, app.salary_max, app.salary_currency)}


def test_editing_on_the_page_and_through_the_api_gives_the_same_application(alice, client):
    on_page, through_api = add(alice), add(alice)
    client.force_login(alice)
    form = {**EDIT, "company_name": EDIT["company"], "date_saved": applied_on(), "date_applied": applied_on()}
    del form["company"]
    response = client.post(reverse("tracker:application", args=[on_page.pk]), form)
    assert response.status_code == 302
    token = create_token(alice, "edit")[1]
    response = client.patch(f"/api/v1/applications/{through_api.pk}", EDIT, content_type="application/json",
                            HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200, response.content
    assert edited(on_page) == edited(through_api) == {
        "company": "Beta Labs", "title": "Senior Data Analyst", "location": "Leeds", "excitement": 4,
        "salary": (40000, 50000, "GBP")}


def test_a_contact_is_added_and_changed_through_one_service(alice, client):
    client.force_login(alice)
    client.post(reverse("tracker:contact_new"), {"name": "  Ines   Callow ", "company_name": "Acme"})
    person = services.get_contact(alice, services.list_contacts(alice, q="ines").get().pk)
    assert (person.name, person.company.name) == ("Ines Callow", "Acme")
    response = client.post(reverse("tracker:contact", args=[person.pk]), {"name": "Ines Callow", "company_name": ""})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.company is None
    with pytest.raises(services.TrackerError):
        services.update_contact(person, {"name": "   "})
    with pytest.raises(services.NotFound):
        services.get_contact(alice, 4242)


# --- adding: every door that adds an application leaves what tracker.services.create_application leaves ---------


def added_shape(data: dict) -> dict:
    """shape(), and the day each history row is dated: a dated add is history, not news of today."""
    data = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    [app] = data["applications"]
    return {**shape(data), "history_days": [h["changed_at"][:10] for h in app["stage_history"]]}


def _onward(tmp_path):
    env = fresh_env(tmp_path / "cli-data")

    def onward(*args):
        done = subprocess.run([sys.executable, "-m", "onward", *args], env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    return onward


def add_on_page(owner, client, tmp_path, stage, day):
    client.force_login(owner)
    client.post(reverse("tracker:application_new"), {"company": COMPANY, "title": TITLE, "stage": stage})
    return export_data(owner)


def add_from_bookmarklet(owner, client, tmp_path, stage, day):
    client.force_login(owner)
    client.post(reverse("onward_io:save"), {"company": COMPANY, "title": TITLE, "stage": stage})
    return export_data(owner)


def add_in_cli(owner, client, tmp_path, stage, day):
    onward = _onward(tmp_path)
    onward("add", COMPANY, TITLE, "--stage", stage, *(("--applied", day.isoformat()) if day else ()))
    return json.loads(onward("export", "--format", "json"))


def add_through_api(owner, client, tmp_path, stage, day):
    token = create_token(owner, "doors")[1]
    body = {"company": COMPANY, "title": TITLE, "stage": stage, **({"date_applied": day.isoformat()} if day else {})}
    response = client.post("/api/v1/applications", body, content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 201, response.content
    return export_data(owner)


def add_by_import(owner, client, tmp_path, stage, day):
    data = spreadsheet([[COMPANY, TITLE, dict(Stage.choices)[stage], day.isoformat()]])
    imports.apply(owner, imports.preview(owner, "jobs.csv", data))
    return export_data(owner)


# (door, stage, the day applied or None). Undated, an import row is history by design (no plan), so it is
# compared dated only; the page and the bookmarklet take no date.
ADDS = [
    *[(door, stage, None) for door in (add_on_page, add_in_cli, add_through_api) for stage in ("applied", "rejected")],
    (add_from_bookmarklet, "wishlist", None),
    (add_from_bookmarklet, "applied", None),
    *[(door, stage, "past") for door in (add_in_cli, add_through_api, add_by_import)
      for stage in ("applied", "interviewing", "rejected")],
]


@pytest.mark.parametrize(("door", "stage", "dated"), ADDS,
                         ids=[f"{door.__name__}-{stage}-{dated or 'today'}" for door, stage, dated in ADDS])
def test_adding_through_every_door_leaves_the_same_rows(door, stage, dated, django_user_model, client, tmp_path,
                                                        alice):
    day = applied_on() if dated else None
    reference = django_user_model.objects.create_user("reference")
    services.create_application(reference, company_name=COMPANY, title=TITLE, stage=stage,
                                **({"date_applied": day} if day else {}))
    expected = added_shape(export_data(reference))

    got = added_shape(door(alice, client, tmp_path, stage, day))

    assert got == expected
    # Added today at a closed stage, it comes with its plan; dated a month back, it is history without one.
    assert bool(got["tasks"]) == (stage == "rejected" and not dated)
    assert got["history_days"] == [(day or timezone.localdate()).isoformat()]


# --- an interview: recorded on the page or by the invitation's mail, the same interview is kept once ----------

INTERVIEW_AT = dt.datetime(2025, 3, 12, 15, 0, tzinfo=dt.UTC)


def interview_on_page(owner, client, n):
    client.force_login(owner)
    app = Application.objects.get(owner=owner)
    when = timezone.localtime(INTERVIEW_AT).strftime("%Y-%m-%dT%H:%M")
    client.post(reverse("tracker:interview_add", args=[app.pk]), {"scheduled_at": when, "kind": "phone_screen"},
                HTTP_HX_REQUEST="true")


def interview_by_mail(owner, client, n, monkeypatch):
    import onward.mail.pipeline
    from onward.mail.pipeline import ingest
    from onward.mail.sources import IncomingMessage

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", fake_classify_many)
    subject = ("Interview invitation", "Reminder: your interview")[n]
    raw = make_message(f"{subject}: {TITLE}", "We look forward to your interview on March 12, 2025 at 3:00 PM UTC.",
                       "Jane <jane@acme.example>", message_id=f"<interview-{n}@acme.example>",
                       date=dt.datetime(2025, 3, 3 + n, 9, 0, tzinfo=dt.UTC))
    ingest(owner, [IncomingMessage(raw=raw, source="eml")])


INTERVIEW_DOORS = [(first, second) for first in (interview_on_page, interview_by_mail)
                   for second in (interview_on_page, interview_by_mail)]


@pytest.mark.parametrize(("first", "second"), INTERVIEW_DOORS,
                         ids=[f"{a.__name__}-then-{b.__name__}" for a, b in INTERVIEW_DOORS])
def test_the_same_interview_through_two_doors_is_kept_once(first, second, alice, client, monkeypatch):
    app = services.create_application(alice, company_name=COMPANY, title=TITLE,
                                      at=dt.datetime(2025, 2, 20, tzinfo=dt.UTC))
    for n, door in enumerate((first, second)):
        door(alice, client, n, **({"monkeypatch": monkeypatch} if door is interview_by_mail else {}))

    [interview] = app.interviews.all()
    assert interview.scheduled_at == INTERVIEW_AT
    assert list(app.stage_changes.values_list("to_stage", flat=True)) == ["applied", "interviewing"]
    if second is interview_by_mail:  # the later mail is kept, linked, and says why it added nothing
        from onward.mail.models import MailMessage

        message = MailMessage.objects.get(owner=alice, subject__startswith="Reminder")
        assert message.application == app and message.effects == []
        assert any("already recorded, so none was added" in line for line in message.evidence)
