"""Server mode refuses to start without its secrets and turns on secure cookies."""

import os
import subprocess
import sys

import pytest


def _settings(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_") and k != "DATABASE_URL"}
    clean["ONWARD_DATA_DIR"] = os.environ.get("ONWARD_DATA_DIR", "/tmp")
    code = (
        "import onward.settings as s; "
        "print(s.SESSION_COOKIE_SECURE if hasattr(s, 'SESSION_COOKIE_SECURE') else None, "
        "s.ALLOWED_HOSTS, getattr(s, 'SECURE_HSTS_SECONDS', 0), getattr(s, 'SECURE_PROXY_SSL_HEADER', None))"
    )
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True)


@pytest.mark.parametrize("missing", ["ONWARD_SECRET_KEY", "ONWARD_ALLOWED_HOSTS"])
def test_server_mode_names_the_missing_variable(missing):
    env = {"ONWARD_MODE": "server", "ONWARD_SECRET_KEY": "k" * 50, "ONWARD_ALLOWED_HOSTS": "onward.example"}
    del env[missing]
    result = _settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and missing in result.stderr


def test_database_url_alone_means_server_mode():
    result = _settings(DATABASE_URL="postgres://u:p@localhost/onward")
    assert result.returncode != 0 and "ONWARD_SECRET_KEY" in result.stderr


def test_server_mode_secures_cookies_and_https_options():
    result = _settings(
        ONWARD_MODE="server", ONWARD_SECRET_KEY="k" * 50, ONWARD_ALLOWED_HOSTS="a.example, b.example",
        ONWARD_HTTPS="1", ONWARD_BEHIND_PROXY="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "True"
    assert "['a.example', 'b.example']" in result.stdout
    assert "31536000" in result.stdout and "HTTP_X_FORWARDED_PROTO" in result.stdout


def test_local_mode_needs_no_configuration():
    result = _settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "None" and "127.0.0.1" in result.stdout


def test_plain_http_needs_an_explicit_choice():
    result = _settings(ONWARD_MODE="server", ONWARD_SECRET_KEY="k" * 50, ONWARD_ALLOWED_HOSTS="a.example",
                       ONWARD_ALLOW_HTTP="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"
