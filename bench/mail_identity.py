"""Does a change to the import path leave every decision as it was? Dump what the real import decides for each
message of several sets, then compare two dumps.

    python bench/mail_identity.py dump OUT.tsv [--sets dev,onlyjobs,ingest,nonjob,personal,student]
    python bench/mail_identity.py compare BEFORE.tsv AFTER.tsv

Each set is imported by `onward.mail.pipeline.ingest` (the code `onward mail import` runs) into a new temporary data
directory, one user per set, so nothing one set leaves behind reaches another. One line per message: set, id, the
screen's decision (dropped, or how it passed: `passes`, `terse`, `known`), the label and confidence (3 decimals)
the import's classifier gave, the ledger's outcome (ignored, review, applied, failed) and label, and `classify`'s
own label and confidence for the subject, body and sender (what `onward mail classify` answers). The sets: the two
development inboxes that may be read (../shared/data, read at run time, never copied; the held-out inbox is left
out: compare bench/mail_loio.py --shipped's totals for it), the mbox of bench/mail_ingest.py (10,000 messages),
and the self-written sets of bench/mail_nonjob.py, bench/mail_personal.py and bench/mail_student.py (both halves).
`compare` prints how many lines differ per set and per column, and the ids of the first few (not their text).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import tempfile
from collections import Counter
from email.utils import format_datetime
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

DATA = Path(os.environ.get("ONWARD_DEV_DATA", HERE.parents[1] / "shared" / "data"))
INBOXES = {"dev": "emails-dev.jsonl", "onlyjobs": "emails-dev-onlyjobs.jsonl"}
SETS = ("dev", "onlyjobs", "ingest", "nonjob", "personal", "student")
COLUMNS = ("set", "id", "screen", "import_label", "import_confidence", "outcome", "ledger_label", "classify_label",
           "classify_confidence")


def _raw(n: int, row: dict, prefix: str) -> tuple[str, bytes]:
    """A message of a row (subject, body, sender) as a plain UTF-8 e-mail with its own Message-ID."""
    mid = f"<{prefix}-{n}@identity.example>"
    head = (f"From: {' '.join(str(row.get('sender') or '').split())}\nTo: me@example.net\n"
            f"Subject: {' '.join(str(row.get('subject') or '').split())}\n"
            f"Date: {format_datetime(dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n))}\n"
            f"Message-ID: {mid}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n")
    body = str(row.get("body") or "").replace("\r\n", "\n")
    body = "\n".join(">" + line if line.startswith("From ") else line for line in body.split("\n"))
    return mid, (head + body + "\n").encode("utf-8", "surrogateescape")


def rows_of(name: str) -> list[tuple[str, bytes, dict]]:
    """(Message-ID, raw bytes, classify request) of every message of a set."""
    if name in INBOXES:
        with (DATA / INBOXES[name]).open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        return [(*_raw(n, r, name), r) for n, r in enumerate(rows)]
    if name == "nonjob":
        import mail_nonjob
        import nonjob_mail

        per = {lang: 12 * (2 if lang == "en" else 1) for lang in nonjob_mail.TEXT}
        rows = nonjob_mail.generate("bench", per, mail_nonjob.SEED)
        return [(*_raw(n, r, name), r) for n, r in enumerate(rows)]
    if name in ("personal", "student"):
        module = __import__(f"{name}_mail")
        out = []
        for half in module.HALVES:
            for r in module.messages(half):
                mid = f"<{name}-{half}-{r['id']}@identity.example>"
                raw = r["raw"].replace(b"Message-ID: ", b"X-Was-Message-ID: ", 1)
                out.append((mid, b"Message-ID: " + mid.encode() + b"\n" + raw, r))
        return out
    if name == "ingest":
        import mail_ingest

        from onward.mail.parse import quick_message_id
        from onward.mail.sources.mbox import MboxReader

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.mbox"
            mail_ingest.generate(path, count=10_000, job_share=0.05)
            return [(quick_message_id(m.raw), m.raw, None) for m in MboxReader(path)]
    raise SystemExit(f"unknown set {name}; the sets are {', '.join(SETS)}")


def dump(out: Path, sets: list[str]) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="onward-identity-"))
    os.environ["ONWARD_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
    from onward.cli.context import setup_django

    setup_django(data_dir)
    from django.contrib.auth import get_user_model

    from onward.mail import pipeline
    from onward.mail.classify import classify_many
    from onward.mail.models import LedgerEntry
    from onward.mail.sources import IncomingMessage

    seen: dict[str, tuple[str, str, str]] = {}
    real = pipeline.classify_batch

    def watched(items, *args, **kwargs):
        kept = real(items, *args, **kwargs)
        for item in kept:
            how = "known" if item.known is not None else "terse" if item.terse else "passes"
            c = item.classification
            seen[item.message_id] = (how, c.label, f"{c.confidence:.3f}")
        return kept

    pipeline.classify_batch = watched
    lines = []
    for name in sets:
        rows = rows_of(name)
        owner = get_user_model().objects.create(username=f"identity-{name}")
        seen.clear()
        pipeline.ingest(owner, [IncomingMessage(raw=raw, source=f"mbox:{name}") for _, raw, _ in rows])
        ledger = {e.message_id: (e.outcome, e.label) for e in LedgerEntry.objects.filter(owner=owner)}
        requests = [(mid, r) for mid, _, r in rows if r is not None]
        given = classify_many([{"subject": r.get("subject", ""), "body": r.get("body", ""),
                                "sender": r.get("sender", "")} for _, r in requests])
        by_id = {mid: c for (mid, _), c in zip(requests, given, strict=True)}
        for mid, _, _ in rows:
            how, label, conf = seen.get(mid, ("dropped", "", ""))
            outcome, ledger_label = ledger.get(mid, ("missing", ""))
            c = by_id.get(mid)
            lines.append((name, mid, how, label, conf, outcome, ledger_label, c.label if c else "",
                          f"{c.confidence:.3f}" if c else ""))
        counts = Counter(line[5] for line in lines if line[0] == name)
        passed = sum(1 for line in lines if line[0] == name and line[2] != "dropped")
        print(f"{name}: {len(rows)} messages, {passed} past the screen, " +
              ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(COLUMNS)
        writer.writerows(lines)
    print(f"wrote {len(lines)} lines to {out}")


def compare(before: Path, after: Path) -> bool:
    def read(path: Path) -> dict[tuple[str, str], list[str]]:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))
        return {(r[0], r[1]): r for r in rows[1:]}

    a, b = read(before), read(after)
    same = True
    for name in dict.fromkeys(k[0] for k in [*a, *b]):
        keys = [k for k in dict.fromkeys([*a, *b]) if k[0] == name]
        differ = [k for k in keys if a.get(k) != b.get(k)]
        columns = Counter(COLUMNS[i] for k in differ if k in a and k in b
                          for i, (x, y) in enumerate(zip(a[k], b[k], strict=True)) if x != y)
        missing = sum(1 for k in differ if k not in a or k not in b)
        print(f"{name}: {len(keys)} messages, {len(differ)} differ" +
              (f" ({', '.join(f'{c} {n}' for c, n in columns.most_common())}" +
               (f", only in one dump {missing}" if missing else "") + ")" if differ else "") +
              (f"; first: {', '.join(k[1] for k in differ[:5])}" if differ else ""))
        same = same and not differ
    print("IDENTICAL" if same else "DIFFERENT")
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--sets", default=",".join(SETS))
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, [s for s in args.sets.split(",") if s])
    else:
        sys.exit(0 if compare(args.before, args.after) else 1)


if __name__ == "__main__":
    main()
