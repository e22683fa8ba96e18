"""A problem the user can fix reads as one; a bug reads as a bug, with a reference, at every boundary."""

from __future__ import annotations

import inspect
import logging
import re
import subprocess
import sys
import textwrap

import pytest

import onward
from onward.core.errors import OnwardError
from tests.processes import fresh_env


def _user_error_classes() -> list[type]:
    """Every error class the services raise for people: each must be an OnwardError, not a ValueError."""
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.walk_packages(onward.__path__, "onward."):
        if ".migrations" in info.name or info.name.startswith(("onward.wsgi", "onward.__main__")):
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == info.name and issubclass(obj, Exception) and obj.__name__.endswith("Error"):
                found.append(obj)
    return found


@pytest.mark.django_db
def test_service_errors_are_onward_errors_not_value_errors():
    classes = _user_error_classes()
    assert len(classes) >= 19
    wrong = [c.__qualname__ for c in classes if c.__name__ != "CliError" and not issubclass(c, OnwardError)]
    assert wrong == []
    assert [c.__qualname__ for c in classes if issubclass(c, ValueError)] == []


# --- the web: a 500 page with a reference that is also in the log ----------------------------------------


def test_a_bug_in_a_page_is_a_500_with_a_reference_in_the_log(alice, client, monkeypatch, caplog):
    from onward.tracker import services

    def broken(*args, **kwargs):
        raise KeyError("a programming mistake")

    monkeypatch.setattr(services, "today", broken)
    client.force_login(alice)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="onward.bugs"):
        response = client.get("/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "This is a bug in Onward" in page
    reference = re.search(r"<code>([0-9a-f]{8})</code>", page).group(1)
    [record] = [r for r in caplog.records if r.name == "onward.bugs"]
    assert reference in record.getMessage()
    assert record.exc_info[0] is KeyError


def test_a_users_mistake_on_a_page_is_not_a_500(alice, client):
    from onward.tracker import services

    app = services.create_application(alice, company_name="Acme", title="Analyst")
    client.force_login(alice)
    response = client.post(f"/applications/{app.pk}/reopen/")
    assert response.status_code in (200, 302)


# --- the API: a bug is a 500 with a reference, a mistake a 400 --------------------------------------------


def test_the_api_tells_a_bug_from_a_bad_request(alice, client, monkeypatch, caplog):
    from onward.api.tokens import create_token
    from onward.tracker import services

    token = create_token(alice, "errors")[1]
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    app = services.create_application(alice, company_name="Acme", title="Analyst")
    bad = client.post(f"/api/v1/applications/{app.pk}/move", {"stage": "daydreaming"},
                      content_type="application/json", **headers)
    assert bad.status_code == 400

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a programming mistake")

    monkeypatch.setattr(services, "list_applications", broken)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="onward.bugs"):
        response = client.get("/api/v1/applications", **headers)
    assert response.status_code == 500
    detail = response.json()["detail"]
    assert "bug" in detail
    reference = re.search(r"reference ([0-9a-f]{8})", detail).group(1)
    assert any(reference in r.getMessage() for r in caplog.records if r.name == "onward.bugs")


# --- the mail pipeline: a bug fails the message (logged, retryable), it is not sent to review --------------


@pytest.mark.django_db
def test_a_bug_while_applying_mail_fails_the_message_instead_of_queuing_it(alice, monkeypatch, caplog):
    import onward.mail.pipeline
    from onward.mail import apply
    from onward.mail.models import FailedMail, MailMessage
    from onward.mail.pipeline import ingest
    from onward.mail.sources import IncomingMessage
    from tests.mail.conftest import fake_classify_many, make_message

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", fake_classify_many)

    def broken(*args, **kwargs):
        raise AttributeError("a programming mistake")

    monkeypatch.setattr(apply, "_find_or_create", broken)
    raw = make_message("Data Analyst at Acme: your application", "Thank you for applying to Acme.",
                       "Acme Careers <jobs@acme.example>", message_id="<bug@acme.example>")
    with caplog.at_level(logging.ERROR):
        report = ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert (report.failed, report.review, report.applied) == (1, 0, 0)
    assert not MailMessage.objects.filter(owner=alice).exists()
    assert FailedMail.objects.filter(owner=alice).exists()
    assert any(r.exc_info and r.exc_info[0] is AttributeError for r in caplog.records)


# --- the CLI, in its own process on a fresh data directory -----------------------------------------------


@pytest.fixture
def onward_env(tmp_path):
    return fresh_env(tmp_path / "data")


def test_cli_a_mistake_is_one_line_and_status_2(onward_env, tmp_path):
    done = subprocess.run([sys.executable, "-m", "onward", "move", "4242", "screening"], env=onward_env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "No application with id 4242." in done.stderr
    assert "bug" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "data" / "logs").exists()


def test_cli_a_bug_says_so_saves_the_traceback_and_exits_1(onward_env, tmp_path):
    # The real command group with one command that fails the way a bug does.
    script = tmp_path / "broken_onward.py"
    script.write_text(textwrap.dedent("""
        from onward.cli.context import pass_user
        from onward.cli.main import cli

        @cli.command("explode")
        @pass_user
        def explode(user):
            {}["a programming mistake"]

        cli(prog_name="onward")
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), "explode"], env=onward_env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "This is a bug in Onward" in done.stderr
    assert "Traceback" not in done.stderr
    [log] = (tmp_path / "data" / "logs").glob("bug-*.log")
    assert str(log) in done.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'a programming mistake'" in text and "explode" in text
