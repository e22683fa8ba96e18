"""For tests that run Onward in processes of its own: the `onward` command, `onward serve`, gunicorn."""

from __future__ import annotations

import os
import socket
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on at this moment."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of an Onward process on DATA_DIR: none of this test run's settings, database, queue or
    ONWARD_* variables, and this checkout's code first on the path. EXTRA is added last."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env.update(extra)
    return env
