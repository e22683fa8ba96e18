"""An Onward JSON export imports back into an empty account identically, and a second import adds nothing."""

import datetime as dt
import io
import itertools
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.dateparse import parse_datetime
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onward.io import imports
from onward.io.export import SECTIONS, export_data, write_json
from onward.io.importers.base import ImportFileError
from onward.tracker import services
from onward.tracker.models import Application, Interview, Task
from onward.tracker.stages import Stage

_names = itertools.count()
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1,
               max_size=15)
moments = st.datetimes(min_value=dt.datetime(2022, 1, 1), max_value=dt.datetime(2026, 1, 1),
                       timezones=st.just(dt.UTC))
application = st.fixed_dictionaries({
    "company": st.integers(0, 2),
    "title": text,
    "at": moments,
    "moves": st.lists(st.sampled_from(list(Stage)), max_size=3),
    "interview": st.none() | st.sampled_from(Interview.Kind.values),
    "task": st.none() | text,
    "note": st.none() | text,
    "source": st.sampled_from(["", *Application.Source.values]),
})
history = st.fixed_dictionaries({
    "companies": st.lists(text, min_size=3, max_size=3, unique_by=lambda s: " ".join(s.split()).lower()),
    "contacts": st.lists(st.tuples(text, st.none() | st.integers(0, 2)), max_size=3),
    "applications": st.lists(application, max_size=4),
    "loose_tasks": st.lists(st.tuples(text, st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2027, 1, 1))),
                            max_size=2),
})


def new_user():
    return get_user_model().objects.create_user(username=f"u{next(_names)}", password="x")


def build(owner, plan) -> None:
    companies = [services.get_or_create_company(owner, name) for name in plan["companies"]]
    contacts = []
    for name, company in plan["contacts"]:
        contacts.append(services.Contact.objects.create(
            owner=owner, name=name, company=companies[company] if company is not None else None))
    for i, spec in enumerate(plan["applications"]):
        app = services.create_application(
            owner, company_name=companies[spec["company"]].name, title=f"{spec['title']} {i}", at=spec["at"],
            source=spec["source"],
        )
        for step, stage in enumerate(spec["moves"]):
            services.move(app, stage, note=f"step {step}", at=spec["at"] + dt.timedelta(days=step + 1))
        if spec["interview"]:
            interview = services.log_interview(app, scheduled_at=spec["at"], kind=spec["interview"])
            interview.interviewers.set(contacts[:1])
        if spec["task"]:
            services.add_task(owner, title=spec["task"], application=app, due_date=spec["at"].date(),
                              kind=Task.Kind.FOLLOW_UP)
        if spec["note"]:
            services.add_note(owner, spec["note"], application=app)
    for title, due in plan["loose_tasks"]:
        services.add_task(owner, title=title, due_date=due, contact=contacts[0] if contacts else None)
    if plan["companies"]:
        services.add_note(owner, "about the company", company=companies[0])


def _moments(value):
    """JSON's millisecond datetimes compared as moments: "…:57.000Z" and "…:57Z" are the same time."""
    if isinstance(value, dict):
        return {k: _moments(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_moments(v) for v in value]
    if isinstance(value, str) and "T" in value:
        try:
            return parse_datetime(value) or value
        except ValueError:
            return value
    return value


def canonical(data: dict) -> dict:
    """The export as JSON without ids, owner and export time: ids become positions, links point at positions."""
    data = _moments(json.loads(json.dumps(data, cls=DjangoJSONEncoder)))
    for key in ("exported_at", "user", "app_version"):
        data.pop(key, None)
    models = dict(SECTIONS)
    positions = {models[key]: {r["id"]: i for i, r in enumerate(data[key])} for key, _ in SECTIONS}
    for key, model in SECTIONS:
        links = {
            f.name: f.related_model for f in model._meta.get_fields()
            if getattr(f, "concrete", False) and (f.many_to_one or f.one_to_one or f.many_to_many)
            and f.related_model in positions
        }
        for record in data[key]:
            record.pop("id")
            for name, target in links.items():
                value = record.get(name)
                if isinstance(value, list):
                    record[name] = sorted(positions[target][v] for v in value)
                elif value is not None:
                    record[name] = positions[target][value]
            for change in record.get("stage_history", []):
                change.pop("id")
    return data


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=history)
def test_export_imports_back_identically(db, plan):
    source, target = new_user(), new_user()
    build(source, plan)
    exported = export_data(source)
    out = io.StringIO()
    write_json(source, out)
    imports.apply(target, imports.preview(target, "onward-export.json", out.getvalue().encode()))
    assert canonical(export_data(target)) == canonical(exported)

    again = imports.preview(target, "onward-export.json", out.getvalue().encode())
    assert again.counts["new"] == 0
    imports.apply(target, again)
    assert canonical(export_data(target)) == canonical(exported)


def test_preview_of_an_export_writes_nothing(alice, bob):
    services.create_application(alice, company_name="Acme", title="Dev")
    out = io.StringIO()
    write_json(alice, out)
    result = imports.preview(bob, "x.json", out.getvalue().encode())
    assert result.format == "json"
    assert result.sections["applications"]["new"] == 1
    assert Application.objects.filter(owner=bob).count() == 0


@pytest.mark.parametrize(("payload", "message"), [
    (b"{not json", "cannot be read"),
    (b'{"format": "something-else"}', "not an Onward export"),
    (b'{"format": "onward-export", "version": 99}', "version 99"),
])
def test_bad_json_is_refused(alice, payload, message):
    with pytest.raises(ImportFileError, match=message):
        imports.preview(alice, "x.json", payload)


def test_broken_reference_rolls_everything_back(alice):
    payload = {"format": "onward-export", "version": 1, "companies": [],
               "applications": [{"id": 1, "company": 42, "title": "Dev", "stage": "applied"}]}
    with pytest.raises(ImportFileError, match="missing company"):
        imports.apply(alice, imports.preview(alice, "x.json", json.dumps(payload).encode()))
    assert Application.objects.filter(owner=alice).count() == 0


def test_rows_sharing_a_natural_key_are_all_restored(alice, bob):
    from django.utils import timezone

    from onward.tracker.models import Contact

    moment = timezone.now().replace(microsecond=0)
    Contact.objects.bulk_create([Contact(owner=alice, name="Jo", created_at=moment) for _ in range(2)])
    out = io.StringIO()
    write_json(alice, out)
    imports.apply(bob, imports.preview(bob, "x.json", out.getvalue().encode()))
    imports.apply(bob, imports.preview(bob, "x.json", out.getvalue().encode()))
    assert Contact.objects.filter(owner=bob, name="Jo").count() == 2


def test_every_pillar_comes_back_identically(db, settings, tmp_path):
    """Rejections with their plans, debriefs, wins, the edited playbook, goals, moods, rest weeks, routine rules
    and resume versions survive the round trip, and a second import adds nothing."""
    from django.utils import timezone

    from onward.insights import routine
    from onward.insights.models import RoutineRules
    from onward.match import services as match
    from onward.playbook import book, debriefs, plans, rejections, wins

    settings.DATA_DIR = tmp_path
    source, target = new_user(), new_user()
    app = services.create_application(source, company_name="Acme", title="Dev")
    interview = services.log_interview(app, scheduled_at=timezone.now() - dt.timedelta(days=3), kind="technical")
    debriefs.save_debrief(interview, went_well="Clear answers on SQL", to_improve="Slow down")
    rejections.log_rejection(app, rejection_type="keep_on_file", reason="experience_level", feedback="More Go, please")
    wins.add_win(source, "Reached a final round")
    plans.save_user_playbook(source, book.default_text())
    goal = routine.add_goal(source, "learning", 3)
    routine.log_progress(goal, 2)
    routine.declare_rest(source, note="Family week")
    routine.check_in(source, 3, "Tired but steady")
    RoutineRules.objects.filter(pk=routine.rules_for(source).pk).update(forgiven_misses=2)
    version = match.add_resume_version(source, name="Backend", text="Python, SQL, Go")
    match.link_application(source, version.pk, app.pk)
    app.job_description = "Requirements: Python, SQL and Kubernetes."
    app.save()
    match.save_report(source, app.pk, version.pk)

    exported = export_data(source)
    for key in ("rejections", "plan_items", "debriefs", "wins", "playbooks", "weekly_goals", "goal_entries",
                "rest_weeks", "mood_check_ins", "routine_rules", "resume_versions", "match_reports"):
        assert exported[key], key
    out = io.StringIO()
    write_json(source, out)
    imports.apply(target, imports.preview(target, "onward-export.json", out.getvalue().encode()))
    assert canonical(export_data(target)) == canonical(exported)
    again = imports.preview(target, "onward-export.json", out.getvalue().encode())
    assert again.counts["new"] == 0
