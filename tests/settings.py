"""Test settings: the real settings, with a throw-away data directory and fast password hashing."""

import os
import tempfile

os.environ.setdefault("ONWARD_DATA_DIR", tempfile.mkdtemp(prefix="onward-test-"))

from onward.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
