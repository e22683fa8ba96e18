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
