"""What the mail benches over self-written sets share (bench/mail_business.py, bench/mail_personal.py): each message
read the two ways a user meets it, and a real `onward mail import` of a set in a new process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from onward.mail import parse
from onward.mail.classify import classify_many
from onward.mail.screen import passes

NOT_JOB = "other"
# onward.mail.apply.DEFAULT_THRESHOLDS["other"] (importing that module needs Django set up).
OTHER_THRESHOLD = 0.6
SUMMARY = re.compile(r"(\d+) read, (\d+) applied, (\d+) waiting for review")


def readings(rows: list[dict]) -> list[tuple]:
    """Per row: `classify`'s answer (subject, whole body and sender, as `onward mail classify` is given them),
    whether the import's screen passes it, and the import's answer for the text as parse reads it (quoted replies
    cut), None when the screen drops it."""
    given = classify_many([{"subject": r["subject"], "body": r["body"], "sender": r["sender"]} for r in rows])
    readable = [parse.read(r["raw"]) for r in rows]
    screened = [passes(x.subject, x.text) for x in readable]
    imported = iter(classify_many([{"subject": x.subject, "body": x.text, "sender": r["sender"]}
                                   for r, x, s in zip(rows, readable, screened, strict=True) if s]))
    return [(c, s, next(imported) if s else None) for c, s in zip(given, screened, strict=True)]


def kept_by_import(answer) -> bool:
    """An import keeps a job label, and `other` below its threshold (it waits for review)."""
    return answer is not None and (answer.label != NOT_JOB or answer.confidence < OTHER_THRESHOLD)


def import_in_new_process(rows: list[dict], write_mbox: Callable, name: str) -> tuple[str, int | None, float]:
    """`onward mail import` of the rows as an mbox, in a new process on a new data directory: its summary line,
    applied + waiting for review (None without a summary line) and the seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / f"{name}.mbox"
        write_mbox(rows, box)
        env = dict(os.environ, ONWARD_DATA_DIR=str(Path(tmp) / "data"))
        src = str(Path(__file__).resolve().parents[1] / "src")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(box)], env=env,
                              capture_output=True, text=True, check=False)
        took = time.perf_counter() - start
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-400:]
    m = SUMMARY.search(line)
    return line, (int(m[2]) + int(m[3]) if m else None), took
