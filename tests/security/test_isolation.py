"""Three users: no URL in the URL map lets bob (or charlie, or nobody) read or change alice's data.

Every pattern in the resolver is requested with GET and POST, its integer and token parameters filled
with alice's objects, the form body and query string carrying alice's ids as well. A new URL without an
entry in PARAMS makes this test fail, so the coverage stays complete.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from onward.core import invites, sharing
from tests.conftest import make_user
from tests.mail.conftest import fake_classifier, make_message  # noqa: F401  (fake_classifier is a fixture)

MARKER = "zqxalice"


def _walk(patterns, namespace=None):
    for p in patterns:
        if isinstance(p, URLResolver):
            inner = ":".join(filter(None, (namespace, p.namespace))) or None
            yield from _walk(p.url_patterns, inner)
        elif isinstance(p, URLPattern):
            yield f"{namespace}:{p.name}" if namespace else p.name, p


@pytest.fixture
def history(db, fake_classifier):  # noqa: F811
    """Alice's search, made through each pillar's services, every text carrying MARKER."""
    from onward.api.tokens import create_token
    from onward.core import jobs
    from onward.insights import routine
    from onward.io import calendar, imports
    from onward.mail import accounts
    from onward.mail.models import MailMessage
    from onward.mail.pipeline import ingest
    from onward.mail.sources import IncomingMessage
    from onward.match import services as match
    from onward.playbook import debriefs, plans, rejections, wins
    from onward.tracker import services as tracker
    from onward.tracker.models import Contact

    alice = make_user("alice")
    # Charlie coaches alice: he may read her figures, but no names, and change nothing.
    charlie = make_user("charlie")
    now = timezone.now()
    app = tracker.create_application(alice, company_name=f"{MARKER} Corp", title=f"{MARKER} engineer",
                                     note=f"{MARKER} first note")
    rejected = tracker.create_application(alice, company_name=f"{MARKER} Labs", title=f"{MARKER} analyst")
    # Contacts are made by the tracker's form, as in the demo: there is no separate service for them.
    contact = Contact.objects.create(owner=alice, name=f"{MARKER} Recruiter", company=app.company)
    tracker.add_note(alice, f"{MARKER} company note", company=app.company)
    tracker.add_note(alice, f"{MARKER} contact note", contact=contact)
    task = tracker.add_task(alice, title=f"{MARKER} follow up", due_date=dt.date.today(), application=app)
    tracker.add_task(alice, title=f"{MARKER} coffee", contact=contact)
    interview = tracker.log_interview(app, scheduled_at=now - dt.timedelta(days=1), notes=f"{MARKER} panel")
    debriefs.save_debrief(interview, **{debriefs.DEBRIEF_FIELDS[0]: f"{MARKER} went well"})
    rejection = rejections.log_rejection(rejected, feedback=f"{MARKER} feedback")
    win = wins.add_win(alice, f"{MARKER} finished the take-home")
    raw = make_message(f"Your application to {MARKER}", f"Thank you for applying, {MARKER}.",
                       "Careers <hr@zqxalice.example>")
    ingest(alice, [IncomingMessage(raw=raw, source="upload")])
    message = MailMessage.objects.filter(owner=alice).latest("id")
    job = jobs.create(alice, kind="import", title=f"Importing {MARKER}.csv", runner="onward.io.imports.run_job")
    mail_account = accounts.add_account(alice, name=f"{MARKER} mail", host="imap.zqxalice.example",
                                        username=MARKER, password="secret-zqx")
    version = match.add_resume_version(alice, name=f"{MARKER} resume", text=f"{MARKER} Python Django SQL")
    goal = routine.add_goal(alice, "custom", 3, label=f"{MARKER} goal")
    routine.check_in(alice, 3, note=f"{MARKER} mood")
    batch = imports.start_batch(alice, "zqx.csv", f"Company,Title\n{MARKER} Imports,{MARKER} dev\n".encode())
    feed_token = calendar.rotate_token(alice)
    api_token, _ = create_token(alice, f"{MARKER} token")
    plan_task = plans.plan(rejection)[0]
    share = sharing.grant(alice, "charlie")
    return {
        "user": alice, "app": app, "rejected": rejected, "contact": contact, "task": task, "interview": interview,
        "rejection": rejection, "win": win, "message": message, "mail_account": mail_account,
        "job": job,
        "version": version, "goal": goal, "batch": batch, "feed_token": feed_token, "api_token": api_token,
        "plan_task": plan_task.task, "share": share, "charlie": charlie,
    }


# How to fill each URL's parameters from alice's history. Every URL name must be here.
PARAMS = {
    "core:setup": {}, "core:login": {}, "core:logout": {}, "core:settings": {}, "core:invite": {},
    "core:join": {"token": lambda h: "guessed-" + "x" * 30},
    "core:password_change": {},
    "core:sharing": {}, "core:share_revoke": {"pk": "share"}, "core:shared": {"pk": "share"},
    "core:job": {"pk": "job"},
    "tracker:today": {}, "tracker:board": {}, "tracker:board_move": {}, "tracker:table": {},
    "tracker:application_new": {},
    "tracker:application": {"pk": "app"}, "tracker:application_move": {"pk": "app"},
    "tracker:application_reopen": {"pk": "rejected"}, "tracker:interview_add": {"pk": "app"},
    "tracker:task_add": {"pk": "app"}, "tracker:note_add": {"pk": "app"},
    "tracker:task_action": {"pk": "task", "action": lambda h: "done"},
    "tracker:contacts": {}, "tracker:contact_new": {}, "tracker:contact": {"pk": "contact"},
    "tracker:contact_note_add": {"pk": "contact"}, "tracker:contact_task_add": {"pk": "contact"},
    "tracker:companies": {}, "tracker:company": {"pk": lambda h: h["app"].company_id},
    "tracker:company_note_add": {"pk": lambda h: h["app"].company_id},
    "mail:index": {}, "mail:account_add": {}, "mail:account_sync": {"pk": "mail_account"},
    "mail:account_remove": {"pk": "mail_account"}, "mail:upload": {}, "mail:review": {},
    "mail:message": {"pk": "message"}, "mail:message_review": {"pk": "message"},
    "mail:message_undo": {"pk": "message"}, "mail:message_resolve": {"pk": "message"}, "mail:review_bulk": {},
    "mail:import_upload": {}, "mail:retry": {},
    "onward_io:import": {}, "onward_io:batch": {"pk": "batch"}, "onward_io:batch_mapping": {"pk": "batch"},
    "onward_io:batch_apply": {"pk": "batch"}, "onward_io:batch_encoding": {"pk": "batch"},
    "onward_io:batch_discard": {"pk": "batch"},
    "onward_io:bookmarklet": {}, "onward_io:save": {}, "onward_io:calendar": {},
    "onward_io:calendar_rotate": {}, "onward_io:calendar_revoke": {}, "onward_io:calendar_download": {},
    # A feed address is a secret: a guessed one must give nothing.
    "onward_io:feed": {"token": lambda h: "guessed-" + "y" * 30},
    "onward_io:data": {}, "onward_io:export": {"fmt": lambda h: "json"}, "onward_io:backup_file": {},
    "onward_io:restore": {},
    "match:home": {}, "match:resumes": {}, "match:resume_delete": {"pk": "version"},
    "match:application": {"pk": "app"}, "match:wishlist": {},
    "insights:dashboard": {}, "insights:goal_add": {}, "insights:goal_log": {"pk": "goal"},
    "insights:goal_archive": {"pk": "goal"}, "insights:rest": {}, "insights:rules": {}, "insights:mood": {},
    "insights:mark_ghosted": {}, "insights:choose_occupation": {}, "insights:occupation_search": {},
    "insights:chart_svg": {"name": lambda h: "chart-mood"},
    "playbook:index": {}, "playbook:reject": {"app_id": "app"}, "playbook:rejection": {"pk": "rejection"},
    "playbook:rejection_undo": {"pk": "rejection"},
    "playbook:plan_task": {"pk": "plan_task", "action": lambda h: "done"},
    "playbook:draft": {"app_id": "app", "kind": lambda h: "follow_up"},
    "playbook:draft_eml": {"app_id": "app", "kind": lambda h: "follow_up"},
    "playbook:debrief": {"interview_id": "interview"}, "playbook:wins": {}, "playbook:win_delete": {"pk": "win"},
    "playbook:edit": {},
    "remind:follow_up": {"pk": "app"}, "remind:send_confirmation": {},
    "remind:confirm": {"token": lambda h: _address_link_token(h["user"])},
    "onward_api:tokens": {}, "onward_api:revoke": {"pk": "api_token"},
    "onward_api:api:openapi-json": {}, "onward_api:api:openapi-view": {}, "onward_api:api:api-root": {},
    "onward_api:api:applications": {}, "onward_api:api:applications_create": {},
    "onward_api:api:application": {"app_id": "app"}, "onward_api:api:application_update": {"app_id": "app"},
    "onward_api:api:application_move": {"app_id": "app"}, "onward_api:api:application_timeline": {"app_id": "app"},
    "onward_api:api:tasks": {}, "onward_api:api:tasks_create": {}, "onward_api:api:task_done": {"task_id": "task"},
    "onward_api:api:contacts": {},
}

# Reachable without signing in, by design: they hold no one's data (a feed needs its secret).
PUBLIC = {"core:setup", "core:login", "core:join", "onward_io:feed",
          "onward_api:api:openapi-json", "onward_api:api:openapi-view"}


def _address_link_token(user) -> str:
    """The token of a link confirming alice's reminder address, as Onward would mail it to her."""
    from django.core import signing

    from onward.remind import confirm

    return signing.dumps({"u": user.pk, "a": user.email}, salt=confirm.SALT)


def _url(name, pattern, h):
    spec = PARAMS[name]
    kwargs = {}
    for param in pattern.pattern.converters or _plain_params(pattern):
        how = spec[param]
        value = how(h) if callable(how) else h[how].pk
        kwargs[param] = value
    return reverse(name, kwargs=kwargs)


def _plain_params(pattern):
    # Patterns like "<app_id>" (no converter) still take a parameter.
    import re

    return re.findall(r"<(?:\w+:)?(\w+)>", str(pattern.pattern))


def _payload(h):
    """A form body that names alice's objects wherever a view might read an id from the request."""
    ids = {
        "application": h["app"].pk, "application_id": h["app"].pk, "app": h["app"].pk, "pk": h["app"].pk,
        "id": h["app"].pk, "contact": h["contact"].pk, "company": h["app"].company_id, "task": h["task"].pk,
        "resume": h["version"].pk, "version": h["version"].pk, "goal": h["goal"].pk, "batch": h["batch"].pk,
        "interview": h["interview"].pk, "message": h["message"].pk, "rejection": h["rejection"].pk,
    }
    return {**ids, "stage": "offer", "to_stage": "offer", "label": "rejection", "action": "done", "title": "bob",
            "company_name": "bob co", "name": "bob", "body": "bob", "text": "bob", "target": 1, "amount": 1,
            "mood": 3, "kind": "custom", "order": str(h["app"].pk)}


def _fingerprint(user) -> str:
    """Every row that belongs to `user`, in every app, plus the account itself."""
    rows = {}
    for model in apps.get_models():
        field_names = {f.name for f in model._meta.get_fields()}
        if "owner" in field_names:
            rows[model._meta.label] = list(model.objects.filter(owner=user).order_by("pk").values())
    account = type(user).objects.filter(pk=user.pk).values("username", "password", "is_active", "is_staff")
    rows["account"] = list(account)
    return json.dumps(rows, default=str, sort_keys=True)


def _routes():
    return list(_walk(get_resolver().url_patterns))


def test_every_url_is_in_the_table():
    names = {name for name, _ in _routes()}
    missing = names - set(PARAMS)
    assert not missing, f"Add these URLs to PARAMS in {__file__}: {sorted(missing)}"


@pytest.mark.django_db(transaction=False)
def test_no_url_shows_or_changes_another_users_data(history, settings):
    settings.LOGIN_FAILURE_LIMIT = 10_000  # sign-in posts below are probes, not a lockout test
    alice = history["user"]
    bob, charlie = make_user("bob"), history["charlie"]
    from onward.api.tokens import create_token

    _, bob_key = create_token(bob, "bob's script")
    invites.create_invite("newcomer")
    before = _fingerprint(alice)

    owner_client, intruder, anonymous = Client(), Client(), Client()
    owner_client.force_login(alice)
    shown_to_owner = 0
    query = {"resume": history["version"].pk, "application": history["app"].pk, "window": "all"}
    for name, pattern in _routes():
        url = _url(name, pattern, history)
        if name not in PUBLIC:
            assert owner_client.get(url, query).status_code != 500
            shown_to_owner += MARKER in owner_client.get(url, query).content.decode(errors="replace").lower()
            for method in ("get", "post"):
                response = getattr(anonymous, method)(url)
                assert response.status_code in (302, 401, 403, 404, 405), (name, method, response.status_code)
                if response.status_code == 302:
                    assert response.url.startswith(reverse("core:login")), (name, response.url)
        for user, headers in ((bob, {"HTTP_AUTHORIZATION": f"Bearer {bob_key}"}), (charlie, {})):
            as_json = json.dumps(_payload(history))
            for method, data, extra in (
                ("get", query, {}), ("post", _payload(history), {}),
                # The API reads JSON bodies and answers PATCH and DELETE too.
                ("post", as_json, {"content_type": "application/json"}),
                ("patch", as_json, {"content_type": "application/json"}), ("delete", None, {}),
            ):
                intruder.force_login(user)
                response = getattr(intruder, method)(url, data, **extra, **headers)
                body = b"".join(response.streaming_content) if response.streaming else response.content
                assert MARKER not in body.decode(errors="replace").lower(), (name, method, user.username)
                assert response.status_code < 500, (name, method, response.status_code)
        intruder.logout()

    assert _fingerprint(alice) == before
    # The check above means something only if alice herself sees her data on many of these pages.
    assert shown_to_owner >= 15, shown_to_owner


def test_a_feed_answers_only_to_its_own_secret(client, history):
    feed = client.get(reverse("onward_io:feed", args=[history["feed_token"]]))
    assert feed.status_code == 200 and MARKER in feed.content.decode().lower()
    token = history["feed_token"]
    guessed = token[:-1] + ("B" if token.endswith("A") else "A")  # one character off, never the token itself
    assert client.get(reverse("onward_io:feed", args=[guessed])).status_code == 404
