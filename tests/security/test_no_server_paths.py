"""In server mode no page names a path on the server: the data folder is the operator's, not the user's.

Every URL in the URL map is requested by a user with a full history, with a broken operator playbook file in
the data folder (so the pages that report its problems do).
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.mail.conftest import fake_classifier  # noqa: F401  (a fixture history uses)
from tests.security.test_isolation import MARKER, PUBLIC, _routes, _url, history  # noqa: F401  (a fixture)


@pytest.fixture
def server(settings, tmp_path):
    settings.SERVER_MODE = True
    settings.DATA_DIR = tmp_path / "srvdatazqx"
    settings.DATA_DIR.mkdir()
    (settings.DATA_DIR / "playbook.toml").write_text("[[steps]]\nid = 'x'\nbroken = \n", encoding="utf-8")
    return settings.DATA_DIR


@pytest.mark.django_db
def test_no_page_names_a_server_path(history, server):  # noqa: F811
    client = Client()
    client.force_login(history["user"])
    shown = 0
    for name, pattern in _routes():
        if name in PUBLIC:
            continue
        url = _url(name, pattern, history)
        page = client.get(url, {"window": "all"}).content.decode(errors="replace")
        assert "srvdatazqx" not in page, name
        shown += MARKER in page.lower()
    assert shown >= 15, shown  # the pages were shown with alice's data, not refused
