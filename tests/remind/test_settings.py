"""ONWARD_EMAIL_URL is read when the settings load, so each case loads them in a fresh process."""

import os
import subprocess
import sys

SHOW = (
    "import onward.settings as s; "
    "print(s.EMAIL_BACKEND.rsplit('.', 2)[1], getattr(s, 'EMAIL_HOST', ''), getattr(s, 'EMAIL_PORT', ''), "
    "getattr(s, 'EMAIL_USE_TLS', ''), getattr(s, 'DEFAULT_FROM_EMAIL', ''), getattr(s, 'EMAIL_TIMEOUT', ''))"
)


def _settings_with(tmp_path, email_url=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "DATABASE_URL"))}
    env["ONWARD_DATA_DIR"] = str(tmp_path)
    if email_url is not None:
        env["ONWARD_EMAIL_URL"] = email_url
    return subprocess.run([sys.executable, "-c", SHOW], env=env, capture_output=True, text=True, timeout=60)


def test_without_an_email_url_nothing_can_be_sent(tmp_path):
    assert _settings_with(tmp_path).stdout.split()[0] == "dummy"


def test_an_email_url_configures_smtp_with_a_sender_and_a_timeout(tmp_path):
    url = "submission://me%40example.org:p%2Fss@smtp.example.org/?_default_from_email=onward@example.org"
    assert _settings_with(tmp_path, url).stdout.split() == [
        "smtp", "smtp.example.org", "587", "True", "onward@example.org", "30"
    ]


def test_an_unknown_scheme_is_refused_with_the_choices(tmp_path):
    result = _settings_with(tmp_path, "smtp+tls://smtp.example.org")
    assert result.returncode != 0
    assert "ONWARD_EMAIL_URL: unknown scheme; use one of smtp, submission" in result.stderr
