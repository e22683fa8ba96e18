"""Job-search mail held out by writer: figures per language and half.

    python bench/mail_heldout.py [--set heldout|writers|intl3|intl4|intl5|intl6|intl7|intl8|intl9|intl10|intl11|intl12|
                                       intl13|intl14]
                                 [--split tune|report|all] [--lang fr|de|es|nl] [--lower] [--show] [--cli]

Named sets: `heldout` (tests/mail/heldout_mail.py: German and Spanish), `writers`
(tests/mail/writers_mail.py: French, German and Dutch by other writers, about a quarter of it non-job mail that uses
job words in another sense) and `intl3` (tests/mail/intl3_mail.py: French, German and Spanish by a fourth group of
writers, half of the job mail rejections, often implied or after paragraphs of thanks, a quarter non-job mail) and
`intl4` (tests/mail/intl4_mail.py: Spanish and Dutch only, by a fifth group of writers from more countries, over
half of the job mail rejections, a third to a half of each language mail that is not about a job: a bank, a shop,
a town hall, an insurer, a school, a tax office, a landlord) and `intl5` (tests/mail/intl5_mail.py: French and
German only, by a sixth group of writers from France, Belgium, Switzerland, Québec, Germany and Austria:
applicant-tracking systems and job boards, formal and informal letters, about half of the job mail rejections, a
third or more mail that is not about a job) and `intl6` (tests/mail/intl6_mail.py: German and Dutch only, by a
seventh group of writers from Germany, Austria, Switzerland, the Netherlands and Flanders: applicant-tracking
systems, public offices' Amtsdeutsch, craftsmen and start-ups saying "du" or "je", rejections worded many ways,
acknowledgements that ask for patience, about a third mail that uses the words in another sense) and `intl7`
(tests/mail/intl7_mail.py: Spanish and French only, by an eighth group of writers from Spain, Mexico, Argentina,
Colombia, Chile, Peru, the US, France, Belgium, Switzerland, Québec and Morocco: job boards, public bodies,
hospitals, universities, agencies and start-ups, a third or more mail that uses job words in another sense: a
loan, a grant, a flat, a junta de vecinos, a tender, a boiler service, an assembly) and `intl8`
(tests/mail/intl8_mail.py: German and Dutch only, by a ninth group of writers and kinds of employer none of the
others used: a pharma Taleo, a Swiss Gemeinde, Caritas, a theatre, an apprenticeship, Austria's AMS, Flanders' VDAB,
Defensie, the police, an airline, a Hochschule's Berufungsverfahren; rejections in many grammatical shapes, a third
mail that uses the words in another sense: a dog's adoption, a study place, an allotment, a room, a bid, a grant) and
`intl9` (tests/mail/intl9_mail.py: French and Spanish only, by a tenth group of writers from France, Belgium,
Switzerland, Québec, Tunisia, Algeria, Morocco, Spain, Mexico, Colombia, Chile, Peru and the US: other tracking
systems, job boards, public competitions, temping agents, chefs and start-ups saying « tu », "tú" or "vos",
rejections in many grammatical shapes, a quarter to a third mail that uses job words in another sense: a social
flat's candidature, a grant, a solicitud de crédito, an oferta comercial, an entrevista de prensa) and `intl10`
(tests/mail/intl10_mail.py: Spanish and Dutch only, by an eleventh group of writers from Spain, Mexico, Argentina,
Colombia, Chile, Peru, Venezuela, Uruguay, the US, the Netherlands and Flanders: oposiciones and CAS calls,
hospitals, retail chains, tracking systems translated by machine, ETT and uitzendbureaus, gemeentes, zorg, onderwijs,
detacheerders; rejections in many grammatical shapes, a third mail that uses job words in another sense: a beca, a
solicitud de vivienda, a huurtoeslag, an omgevingsvergunning, an offerte, an interview for a newspaper) and `intl11`
(tests/mail/intl11_mail.py: Spanish and Dutch only, by a twelfth group of writers, several per kind so the halves
share kinds but not wording: short notes from independent recruiters, start-ups and small employers that name no
job, replies in a thread, interview scheduling by assistants, applicant systems, public employers, NGOs; a third mail
that uses the same words in another sense: a language school's level interview, a landlord, a supplier's offer, a
podcast's interview, a photo contest, a health insurer, a volunteer placement, a neighbour) and `intl12`
(tests/mail/intl12_mail.py: French and German only, by a thirteenth group of writers from France, Belgium,
Switzerland, Québec, Morocco, Tunisia, Algeria, Germany and Austria, several per kind: rejections after thanks,
receipts, invitations, assessments, offers, recruiters naming no job, withdrawals confirmed; a third mail that states
a decision in a job's shape about something else: a course place, a flat, a supplier's offer, a grant, a club, an
insurance claim, a school's admission, a loan) and `intl13` (tests/mail/intl13_mail.py: French and German with a
smaller Spanish and Dutch part, by a fourteenth group of writers: applicant systems, small firms, public employers,
temping agencies and headhunters, interviews moved to another day; two fifths everyday and business mail that uses
the same words in another sense: a colleague putting off a meeting, a doctor's appointment, a supplier's offer, a
place in a text, an accounting entry, a contract, an annual review with one's own manager).

`--lower` reads every message as an exporter that strips it would leave it: lower case, punctuation and digits
removed, words kept one space apart line by line (the shape of the lemmatised held-out inbox; there is no
lemmatiser for these languages here, so the words keep their forms).

Each raw message is parsed as an import parses it, written as a line of the evaluation contract ({"id",
"subject", "body", "sender"}) and classified through the same code path as `onward mail classify`
(`evaluate.classify_stream`; `--cli` runs the command itself in a new process). Printed per language and half:
messages right, macro-F1 over the labels with at least 5 gold messages, rejection precision / recall, the share of
`other` mail given a job label, the share of job mail the import's screen keeps, and, as an import counts (a
message the screen drops is `other`), the same figures again; then the confusion matrix and the misses by kind.

Self-written mail, split by writer: tune the packs on the "tune" half only. The "report" half is for figures at
the start and at the end of a piece of work, and `--show` refuses it, so its misses are not read.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mail import (  # noqa: E402
    heldout_mail,
    intl3_mail,
    intl4_mail,
    intl5_mail,
    intl6_mail,
    intl7_mail,
    intl8_mail,
    intl9_mail,
    intl10_mail,
    intl11_mail,
    intl12_mail,
    intl13_mail,
    intl14_mail,
    writers_mail,
)

from onward.mail import parse, screen  # noqa: E402
from onward.mail.classify.classifier import LABELS  # noqa: E402
from onward.mail.classify.evaluate import classify_stream, read_lines  # noqa: E402

SETS = {"heldout": (heldout_mail, "tests/mail/heldout_mail.py"),
        "writers": (writers_mail, "tests/mail/writers_mail.py"),
        "intl3": (intl3_mail, "tests/mail/intl3_mail.py"),
        "intl4": (intl4_mail, "tests/mail/intl4_mail.py"),
        "intl5": (intl5_mail, "tests/mail/intl5_mail.py"),
        "intl6": (intl6_mail, "tests/mail/intl6_mail.py"),
        "intl7": (intl7_mail, "tests/mail/intl7_mail.py"),
        "intl8": (intl8_mail, "tests/mail/intl8_mail.py"),
        "intl9": (intl9_mail, "tests/mail/intl9_mail.py"),
        "intl10": (intl10_mail, "tests/mail/intl10_mail.py"),
        "intl11": (intl11_mail, "tests/mail/intl11_mail.py"),
        "intl12": (intl12_mail, "tests/mail/intl12_mail.py"),
        "intl13": (intl13_mail, "tests/mail/intl13_mail.py"),
        "intl14": (intl14_mail, "tests/mail/intl14_mail.py")}
SHORT = {"rejection": "rej", "application_ack": "ack", "interview": "int", "offer": "off", "assessment": "ass",
         "recruiter_outreach": "out", "other": "oth"}


_LETTERS = re.compile(r"[^\W\d_]+")


def lowered(text: str) -> str:
    return "\n".join(" ".join(_LETTERS.findall(line.lower())) for line in text.splitlines())


def readings(cases, lower: bool) -> dict[str, tuple[str, str, str]]:
    out = {}
    for case in cases:
        p = parse.parse(case.raw)
        out[case.id] = (lowered(p.subject), lowered(p.text), p.sender) if lower else (p.subject, p.text, p.sender)
    return out


def contract_lines(read: dict[str, tuple[str, str, str]]) -> list[str]:
    return [json.dumps({"id": key, "subject": subject, "body": body, "sender": sender}, ensure_ascii=False)
            for key, (subject, body, sender) in read.items()]


def classify_in_process(lines: list[str]) -> dict[str, dict]:
    out = {}
    for _, result in classify_stream(read_lines(io.StringIO("\n".join(lines) + "\n"))):
        out[result["id"]] = result
    return out


def classify_cli(lines: list[str]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT),
                                                            os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run([sys.executable, "-m", "onward", "mail", "classify", str(src)], env=env,
                              capture_output=True, text=True, check=True)
    return {row["id"]: row for row in map(json.loads, done.stdout.splitlines())}


def figures(pairs: list[tuple[str, str]]) -> dict:
    gold_counts = Counter(g for g, _ in pairs)
    f1s = []
    for label in LABELS:
        if gold_counts[label] < 5:
            continue
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    tp = sum(g == p == "rejection" for g, p in pairs)
    given = sum(p == "rejection" for _, p in pairs)
    others = [p for g, p in pairs if g == "other"]
    return {"n": len(pairs), "right": sum(g == p for g, p in pairs),
            "macro_f1": sum(f1s) / len(f1s) if f1s else float("nan"),
            "rej_p": tp / given if given else float("nan"),
            "rej_r": tp / gold_counts["rejection"] if gold_counts["rejection"] else float("nan"),
            "other_as_job": sum(p != "other" for p in others) / len(others) if others else float("nan")}


def row(name: str, f: dict, kept: str = "") -> str:
    return (f"{name:<16}{f['n']:>4}{f['right']:>6}{f['macro_f1']:>9.3f}{f['rej_p']:>7.2f}{f['rej_r']:>7.2f}"
            f"{f['other_as_job']:>9.2f}{kept:>8}")


def confusion(pairs: list[tuple[str, str]]) -> list[str]:
    out = [f"{'gold / given':<19}" + "".join(f"{SHORT[label]:>5}" for label in LABELS)]
    for gold in LABELS:
        counts = Counter(p for g, p in pairs if g == gold)
        if counts:
            out.append(f"{gold:<19}" + "".join(f"{counts[label] or '.':>5}" for label in LABELS))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=tuple(SETS), default="heldout")
    ap.add_argument("--split", choices=("tune", "report", "all"), default="all")
    ap.add_argument("--lang", choices=("fr", "de", "es", "nl"))
    ap.add_argument("--lower", action="store_true", help="lower case, no punctuation or digits")
    ap.add_argument("--show", action="store_true", help="list the misses (tune half only)")
    ap.add_argument("--cli", action="store_true", help="classify with `onward mail classify` in a new process")
    args = ap.parse_args()
    if args.show and args.split != "tune":
        ap.error("--show lists misses of the tune half only (--split tune): the report half is not read")
    module, source = SETS[args.set]
    cases = module.messages(None if args.split == "all" else args.split, args.lang)
    read = readings(cases, args.lower)
    lines = contract_lines(read)
    results = classify_cli(lines) if args.cli else classify_in_process(lines)
    kept = {c.id: screen.passes(read[c.id][0], read[c.id][1]) for c in cases}

    groups = defaultdict(list)
    for case in cases:
        for key in ((case.lang, case.split), (case.lang, "all")):
            groups[key].append(case)
    print(f"Held-out mail ({source}{', lower case without punctuation' if args.lower else ''}), "
          f"{'`onward mail classify`' if args.cli else 'classify_stream'}")
    print(f"{'':<16}{'n':>4}{'right':>6}{'macroF1':>9}{'rejP':>7}{'rejR':>7}{'oth→job':>9}{'kept':>8}")
    for (lang, split), mine in sorted(groups.items()):
        pairs = [(c.label, results[c.id]["label"]) for c in mine]
        job = [c for c in mine if c.label != "other"]
        share = sum(kept[c.id] for c in job) / len(job) if job else float("nan")
        print(row(f"{lang} {split}", figures(pairs), f"{share:.2f}"))
        imported = [(c.label, results[c.id]["label"] if kept[c.id] else "other") for c in mine]
        print(row("  as imported", figures(imported)))
    for (lang, split), mine in sorted(groups.items()):
        if split == "all" and args.split == "all":
            continue
        print(f"\nConfusion, {lang} {split} (classify, before the screen)")
        print("\n".join(confusion([(c.label, results[c.id]["label"]) for c in mine])))
    if args.show:
        print("\nMisses (tune half)")
        for case in cases:
            got = results[case.id]["label"]
            if got != case.label or not kept[case.id] and case.label != "other":
                flag = "" if kept[case.id] else "  [screened out]"
                print(f"  {case.id:<28}{case.writer:<22}{case.kind:<18}{case.label:<19}→ {got} "
                      f"({results[case.id]['confidence']:.2f}){flag}  {case.subject[:50]}")


if __name__ == "__main__":
    main()
