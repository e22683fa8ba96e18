"""No value a person can type or forge into a form makes a page fail: every URL in the URL map gets a POST whose
every usual field holds a NUL, an id beyond any database's range, a negative id, a digit that is no ASCII digit
or a word where a path or a number belongs. An answer may refuse the value (400, a form error, 404), never fail
with a 500.
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.mail.conftest import fake_classifier  # noqa: F401  (a fixture history uses)
from tests.security.test_isolation import PUBLIC, _routes, _url, history  # noqa: F401  (a fixture)

FIELDS = (
    "application", "application_id", "app", "pk", "id", "contact", "company", "task", "resume", "version", "goal",
    "batch", "interview", "interviewers", "referral_contact", "message", "rejection", "stage", "label", "action",
    "title", "company_name", "name", "body", "text", "kind", "scheduled_at", "due_date", "received_on", "start",
    "end", "format", "q", "page", "encoding", "row", "picked", "next", "again", "notes", "ids", "scope", "code",
    "role", "m1-label", "m1-application",
)
VALUES = ("\x00x", "9" * 40, "-1", "²", "word")


@pytest.mark.django_db
def test_no_form_value_makes_a_page_fail(history, settings):  # noqa: F811
    settings.LOGIN_FAILURE_LIMIT = 10_000
    client = Client(raise_request_exception=False)
    failed = []
    for name, pattern in _routes():
        if name in PUBLIC or name == "core:logout":
            continue
        url = _url(name, pattern, history)
        for value in VALUES:
            client.force_login(history["user"])
            data = {field: value for field in FIELDS} | {"action": "dismiss" if name == "mail:review_bulk" else value}
            status = client.post(url, data).status_code
            if status >= 500:
                failed.append((name, value[:8], status))
    assert not failed
