"""Same-output check for speed work on the mail import and the ranking: one hash per set of what the code decides.

    python bench/speed_same.py [--mail] [--match]

Run it with the code before a change and after it: every line must be the same. Neither part prints a figure of
quality, and no message's text or misses are printed, so the report halves may be hashed as well.

- `--mail`: every field of `classify_many`'s answer (label, confidence and every score as exact floats, subtype,
  flags, evidence, deciding sentences, language) for the mail of bench/mail_nonjob.py (generated, and its short
  notes read with the `terse` cue), bench/en_business3_set.py, en_inbox4_set.py and en_decision4_set.py as the
  benches give them to `classify`; and the import's reading of raw messages (parse.read, the screen's `passes` and
  `terse`, then `classify_many` of those that pass) for the business3 and inbox4 halves, tests/mail/intl12_mail.py
  and 1,500 messages of each of bench/mail_ingest.py's mboxes (tune and report shapes).
- `--match`: the output of `onward match rank RESUME POSTINGS.csv --json` of bench/match.py's 5,000 postings, in a
  new process on an empty data directory, then on another list new to that data directory.

Neither option: both.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import mailbox
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]


def digest(results: list) -> str:
    h = hashlib.sha256()
    for result in results:
        h.update(repr(dataclasses.asdict(result)).encode())
    return h.hexdigest()[:16]


def mail() -> None:
    import en_business3_set
    import en_decision4_set
    import en_inbox4_set
    import mail_ingest
    import nonjob_mail
    from tests.mail import intl12_mail

    from onward.mail import parse
    from onward.mail.classify import classify_many
    from onward.mail.screen import passes, terse

    def given(name: str, rows: list[dict]) -> None:
        answers = classify_many([{"subject": r["subject"], "body": r["body"], "sender": r.get("sender", "")}
                                 for r in rows])
        print(f"{name:<24} {len(rows):>5} messages  {digest(answers)}", flush=True)

    def imported(name: str, raws: list[bytes]) -> None:
        readable = [parse.read(raw) for raw in raws]
        screened = [passes(x.subject, x.text) for x in readable]
        answers = classify_many([{"subject": x.subject, "body": x.text}
                                 for x, s in zip(readable, screened, strict=True) if s])
        short = sum(terse(x.subject, x.text, x.msg) for x in readable)
        print(f"{name:<24} {len(raws):>5} messages, {sum(screened)} pass the screen, {short} terse  "
              f"{digest(answers)}", flush=True)

    rows = nonjob_mail.generate("bench", {lang: 24 if lang == "en" else 12 for lang in nonjob_mail.TEXT}, 5)
    given("nonjob", rows)
    notes = [{**r, "terse": True} for r in rows if not passes(r["subject"], r["body"])
             and terse(r["subject"], r["body"], {"From": r.get("sender", "")})]
    print(f"{'nonjob, short notes':<24} {len(notes):>5} messages  {digest(classify_many(notes))}", flush=True)
    given("business3", en_business3_set.messages())
    given("inbox4", en_inbox4_set.messages())
    given("decision4", en_decision4_set.messages())
    for half in ("tune", "report"):
        imported(f"business3 raw, {half}", [r["raw"] for r in en_business3_set.raw_messages(half)])
        imported(f"inbox4 raw, {half}", [r["raw"] for r in en_inbox4_set.raw_messages(half)])
    imported("intl12 raw", [case.raw for case in intl12_mail.messages(None, None)])
    with tempfile.TemporaryDirectory() as folder:
        box = Path(folder) / "bench.mbox"
        for report in (False, True):
            mail_ingest.generate(box, count=1500, job_share=0.05, report=report)
            imported(f"mail_ingest, {'report' if report else 'tune'}", [m.as_bytes() for m in mailbox.mbox(box)])


def match() -> None:
    import match as bench
    from onward.match.taxonomy import HARD, SOFT, load

    rng = random.Random(5)  # bench/match.py's postings: the same draws in the same order
    taxonomy = load()
    common = [c.name for c in taxonomy.concepts if c.category == HARD and c.source in ("onet", "curated")]
    hard = rng.sample(common, 400)
    soft = [c.name for c in taxonomy.concepts if c.category == SOFT]
    first = [bench.synthetic_posting(rng, hard, soft) for _ in range(5000)]
    other = random.Random(6)
    second = [bench.synthetic_posting(other, hard, soft) for _ in range(5000)]
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        (here / "cv.txt").write_text(bench.RESUME)
        env = {**os.environ, "ONWARD_DATA_DIR": str(here / "data"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
        for name, postings in (("empty data directory", first), ("another list, new to it", second)):
            bench.write_postings(here / "postings.csv", postings)
            out = subprocess.run([sys.executable, "-m", "onward", "match", "rank", str(here / "cv.txt"),
                                  str(here / "postings.csv"), "--json"], env=env, check=True, capture_output=True)
            print(f"match rank --json, {name:<24} {hashlib.sha256(out.stdout).hexdigest()[:16]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mail", action="store_true", help="the mail sets only")
    parser.add_argument("--match", action="store_true", help="the ranking only")
    args = parser.parse_args()
    both = not args.mail and not args.match
    if args.mail or both:
        mail()
    if args.match or both:
        match()


if __name__ == "__main__":
    main()
