"""Where Onward keeps its data: one per-user directory, overridable by ONWARD_DATA_DIR."""

import os
import secrets
import tempfile
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("ONWARD_DATA_DIR")
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir("onward", "onward"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def local_secret_key(directory: Path) -> str:
    """A secret key generated once per data directory, so sessions survive restarts.

    Two processes may start on a new directory at once (two imports): each writes its own temporary file, and
    a hard link, which fails when the file exists, lets only the first key in; the other reads that one.
    """
    key_file = directory / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    fd, tmp = tempfile.mkstemp(dir=directory, prefix="secret_key.", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(50))
        os.link(tmp, key_file)
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    return key_file.read_text().strip()
