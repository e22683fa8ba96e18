"""Mail classifier per language, on mail written for this project (never real mail: these figures are a sanity
check of coverage, not accuracy in the wild).

    python bench/mail_languages.py [--cli] [--write DIR] [--show tune|check]

1. The short messages of tests/mail/test_classify_kinds.py (five languages): messages right, rejection precision
   and recall, macro-F1 over the labels expected.
2. The whole messages of tests/mail/intl_corpus.py (French, German, Spanish, Dutch; raw RFC 822 with HTML,
   quoted-printable, Latin-1 and windows-1252, footers, quoted replies, lost accents), read as an import reads
   them: parse → screen → classify (a message the screen drops counts as `other`). Per language and split:
   "tune" messages were read while the packs were being fixed, "check" messages only counted, so the check
   figures are the less flattering and the more honest ones. `--show` lists the misses of one split.
   `--cli` also classifies the parsed messages with `onward mail classify` in a new process and counts the
   labels that differ from the in-process ones (there should be none). `--write DIR` writes the .eml files.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mail import intl_corpus  # noqa: E402
from tests.mail import test_classify_kinds as kinds  # noqa: E402

from onward.mail import parse, screen  # noqa: E402
from onward.mail.classify import classify, classify_many  # noqa: E402


def short_cases():
    for lang, items in kinds.THANKS_FIRST_REJECTIONS.items():
        yield from ((lang, "rejection", s, b) for s, b in items)
    for table, label in ((kinds.ACKS, "application_ack"), (kinds.INTERVIEWS, "interview"),
                         (kinds.ASSESSMENT_RECEIVED, "application_ack")):
        yield from ((lang, label, s, b) for lang, (s, b) in table.items())
    for table in (kinds.BUSINESS, kinds.SHOP_AND_ACCOUNT, kinds.ALERTS_AND_NOREPLY):
        for lang, items in table.items():
            yield from ((lang, "other", s, b) for s, b in items)


def figures(pairs: list[tuple[str, str]]) -> tuple[int, float, float, float]:
    """Right, rejection precision, rejection recall, macro-F1 over the gold labels."""
    labels = sorted({g for g, _ in pairs})
    f1s = []
    for label in labels:
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    tp = sum(g == p == "rejection" for g, p in pairs)
    given = sum(p == "rejection" for _, p in pairs)
    gold = sum(g == "rejection" for g, _ in pairs)
    return (sum(g == p for g, p in pairs), tp / given if given else float("nan"),
            tp / gold if gold else float("nan"), sum(f1s) / len(f1s))


def short_set() -> None:
    by_lang = defaultdict(list)
    for lang, gold, subject, body in short_cases():
        by_lang[lang].append((gold, classify(subject, body, "someone@example.org").label))
    withdrawals = {lang: classify(s, b).label for lang, (s, b) in kinds.WITHDRAWALS.items()}
    print("Short messages (tests/mail/test_classify_kinds.py)")
    print(f"{'lang':<6}{'n':>4}{'right':>7}{'rej P':>8}{'rej R':>8}{'macroF1':>9}  withdrawal read as")
    for lang, pairs in by_lang.items():
        right, p, r, f1 = figures(pairs)
        print(f"{lang:<6}{len(pairs):>4}{right:>7}{p:>8.2f}{r:>8.2f}{f1:>9.2f}  {withdrawals[lang]}")


def full_set(args) -> None:
    cases = intl_corpus.messages()
    if args.write:
        out = Path(args.write)
        out.mkdir(parents=True, exist_ok=True)
        for case in cases:
            (out / f"{case.id}.eml").write_bytes(case.raw)
        print(f"wrote {len(cases)} messages to {out}")
    parsed = [parse.parse(case.raw) for case in cases]
    passed = [screen.passes(p.subject, p.text) for p in parsed]
    requests = [{"id": c.id, "subject": p.subject, "body": p.text, "sender": p.sender}
                for c, p in zip(cases, parsed, strict=True)]
    results = classify_many(requests)
    predicted = [r.label if ok else "other" for r, ok in zip(results, passed, strict=True)]
    print("\nWhole messages (tests/mail/intl_corpus.py), parse → screen → classify")
    print(f"{'lang':<6}{'split':<7}{'n':>4}{'right':>7}{'rej P':>8}{'rej R':>8}{'macroF1':>9}{'screened out':>14}")
    groups = defaultdict(list)
    for case, label, ok in zip(cases, predicted, passed, strict=True):
        for split in (case.split, "all"):
            groups[(case.lang, split)].append((case.label, label, ok))
    for lang in ("fr", "de", "es", "nl"):
        for split in ("tune", "check", "all"):
            rows = groups[(lang, split)]
            right, p, r, f1 = figures([(g, q) for g, q, _ in rows])
            dropped = sum(not ok and g != "other" for g, _, ok in rows)
            print(f"{lang:<6}{split:<7}{len(rows):>4}{right:>7}{p:>8.2f}{r:>8.2f}{f1:>9.2f}{dropped:>14}")
    for split in ("tune", "check", "all"):
        rows = [row for (_, s), items in groups.items() if s == split for row in items]
        right, p, r, f1 = figures([(g, q) for g, q, _ in rows])
        print(f"{'all':<6}{split:<7}{len(rows):>4}{right:>7}{p:>8.2f}{r:>8.2f}{f1:>9.2f}")
    if args.show:
        print(f"\nMisses in the {args.show} split")
        for case, label, result in zip(cases, predicted, results, strict=True):
            if case.split == args.show and label != case.label:
                print(f"  {case.id:<30}{case.style:<24}read as {label} ({result.confidence:.2f})")
    if args.cli:
        cli_check(requests, [r.label for r in results])


def cli_check(requests: list[dict], in_process: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "messages.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run([sys.executable, "-m", "onward", "mail", "classify", str(src)], env=env,
                              capture_output=True, text=True, check=True)
    labels = [json.loads(line)["label"] for line in done.stdout.splitlines()]
    differ = sum(a != b for a, b in zip(labels, in_process, strict=True))
    print(f"\n`onward mail classify` in a new process: {len(labels)} messages, {differ} labels differ from in-process")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--write", metavar="DIR")
    ap.add_argument("--show", choices=("tune", "check"))
    args = ap.parse_args()
    short_set()
    full_set(args)


if __name__ == "__main__":
    main()
