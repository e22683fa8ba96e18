"""Test settings: the real settings, with a throw-away data directory and fast password hashing."""

import os
import tempfile

os.environ.setdefault("ONWARD_DATA_DIR", tempfile.mkdtemp(prefix="onward-test-"))
# A PostgreSQL run (DATABASE_URL) is server mode, which insists on these; the test servers speak plain HTTP.
os.environ.setdefault("ONWARD_SECRET_KEY", "tests-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("ONWARD_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1,[::1]")
os.environ.setdefault("ONWARD_ALLOW_HTTP", "1")
if os.environ.get("DATABASE_URL"):
    # A database URL means server mode, which insists on these; the PostgreSQL run (scripts/with-postgres.sh) sets none.
    os.environ.setdefault("ONWARD_SECRET_KEY", "test-only-secret-key")
    os.environ.setdefault("ONWARD_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from onward.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The PostgreSQL pass runs the same tests as the SQLite one, so the behaviours that depend on server mode
# (mail reach, set-up token, paths shown) stay local here; the tests of server mode turn it on themselves
# (the `settings` fixture) or start a real server process (tests/security/live.py).
SERVER_MODE = MAIL_PUBLIC_ONLY = False
MAIL_ALLOWED_PORTS = set()

# The browser tests' shared in-memory database locks where a file would wait (see tests/locked_retry.py).
MIDDLEWARE = ["tests.locked_retry.RetryLockedMiddleware", *MIDDLEWARE]  # noqa: F405
