"""Account passwords at rest: encrypted with a Fernet key kept in the data directory (mode 0600)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings

from onward.core.errors import OnwardError


class SecretError(OnwardError):
    pass


def _key_file() -> Path:
    return Path(settings.DATA_DIR) / "mail.key"


def _fernet() -> Fernet:
    path = _key_file()
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(Fernet.generate_key())
        tmp.replace(path)
    return Fernet(path.read_bytes().strip())


def encrypt(password: str) -> str:
    return _fernet().encrypt(password.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise SecretError(
            "The stored password cannot be read with this data directory's key; please enter it again."
        ) from None
