"""Where Onward keeps its data: one per-user directory, overridable by ONWARD_DATA_DIR."""

import os
import secrets
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("ONWARD_DATA_DIR")
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir("onward", "onward"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def local_secret_key(directory: Path) -> str:
    """A secret key generated once per data directory, so sessions survive restarts."""
    key_file = directory / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_urlsafe(50)
    tmp = key_file.with_suffix(".tmp")
    tmp.write_text(key)
    tmp.chmod(0o600)
    tmp.replace(key_file)
    return key
