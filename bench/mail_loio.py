"""Mail classifier, leave one inbox out: build with two real inboxes, measure on the third.

    python bench/mail_loio.py [--lessons] [--shipped]

Reads ../shared/data/emails-dev*.jsonl at run time (never copied). For each held-out inbox, the scoring weights
(model_weight, sentence_weight, thanks_as_ack) and the temperature are fitted on the other two inboxes, then the
third is classified with them. `--lessons` also retrains the model with the two inboxes' messages as if a person
had confirmed them (as the review queue does), which is how a user's corrections help. Prints per fold: rejection
precision/recall, macro-F1 over the labels with at least 5 gold messages, the share of non-job mail given a job
label, the share of job mail let through by the import's job-word screen (and of non-job mail let through, and
let through and then given a job label, as an import would); then a reliability table and ECE pooled
over the three held-out inboxes, and the lowest auto-apply threshold whose applied messages were at least 95 %
right.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from onward.mail.classify import load_rules, train_model  # noqa: E402
from onward.mail.classify.classifier import LABELS, decide_all, read_all  # noqa: E402
from onward.mail.classify.model import default_model  # noqa: E402
from onward.mail.classify.sentences import default_sentence_model  # noqa: E402
from onward.mail.screen import passes  # noqa: E402

# ONWARD_DEV_DATA points elsewhere when the repository is not checked out beside shared/ (a worktree).
DATA = Path(os.environ.get("ONWARD_DEV_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
INBOXES = {"dev": "emails-dev.jsonl", "onlyjobs": "emails-dev-onlyjobs.jsonl", "vivek": "emails-dev-vivek.jsonl"}
GRID_MODEL = (0.5, 1.0)
GRID_SENTENCE = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0)
GRID_THANKS = (0.0, 0.3, 0.6)
GRID_T = tuple(round(0.5 + 0.1 * i, 1) for i in range(21))
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def load(name: str) -> list[dict]:
    path = DATA / INBOXES[name]
    # Line by line: str.splitlines would also split at the Unicode line separators inside a body.
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def with_scoring(rules, **changes):
    return replace(rules, scoring={**rules.scoring, **changes})


def metrics(gold: list[str], pred: list[str]) -> dict:
    counts = Counter(gold)
    f1s = []
    for label in LABELS:
        if counts[label] < 5:
            continue
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    tp = sum(g == p == "rejection" for g, p in zip(gold, pred, strict=True))
    n_pred = sum(p == "rejection" for p in pred)
    n_gold = counts["rejection"]
    others = [p for g, p in zip(gold, pred, strict=True) if g == "other"]
    return {
        "rej_p": tp / n_pred if n_pred else float("nan"),
        "rej_r": tp / n_gold if n_gold else float("nan"),
        "macro_f1": sum(f1s) / len(f1s) if f1s else float("nan"),
        "nonjob_as_job": sum(p != "other" for p in others) / len(others) if others else float("nan"),
        "n_other": len(others),
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
    }


def per_label(gold: list[str], pred: list[str]) -> str:
    """Precision and recall of each label given or present, with how many were gold and how many given."""
    out = []
    for label in LABELS:
        n_gold, n_pred = gold.count(label), pred.count(label)
        if not n_gold and not n_pred:
            continue
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        p = f"{tp / n_pred:.2f}" if n_pred else "-"
        r = f"{tp / n_gold:.2f}" if n_gold else "-"
        out.append(f"{label} P {p} R {r} ({n_gold} gold, {n_pred} given)")
    return "; ".join(out)


def fit(reads: list, gold: list[str], rules, shipped: bool = False):
    """Weights by mean macro-F1 on the training inboxes (or as rules.toml ships them), then the temperature by
    calibration error."""
    best = None
    sc = rules.scoring
    grid_m, grid_s, grid_t = ((sc["model_weight"],), (sc["sentence_weight"],), (sc["thanks_as_ack"],)) if shipped else (
        GRID_MODEL, GRID_SENTENCE, GRID_THANKS)
    for mw in grid_m:
        for sw in grid_s:
            for ta in grid_t:
                r = with_scoring(rules, model_weight=mw, sentence_weight=sw, thanks_as_ack=ta, temperature=1.0)
                pred = [c.label for c in decide_all(reads, r)]
                score = metrics(gold, pred)["macro_f1"]
                if best is None or score > best[0]:
                    best = (score, mw, sw, ta)
    _, mw, sw, ta = best

    # The temperature whose confidences, as given (after the close-call cap), are nearest the share right: the
    # calibration error itself. Log-likelihood would let a few sure mistakes (mislabelled mail among them) push
    # every confidence down.
    def ece(t):
        r = with_scoring(rules, model_weight=mw, sentence_weight=sw, thanks_as_ack=ta, temperature=t)
        return reliability([(c.confidence, c.label == g) for c, g in zip(decide_all(reads, r), gold, strict=True)])[1]

    temperature = min(GRID_T, key=ece)
    return with_scoring(rules, model_weight=mw, sentence_weight=sw, thanks_as_ack=ta, temperature=temperature)


def reliability(pairs: list[tuple[float, bool]]) -> tuple[list[tuple], float]:
    rows, ece = [], 0.0
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if not inside:
            continue
        mean_c = sum(c for c, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(acc - mean_c)
        rows.append((lo, min(hi, 1.0), len(inside), mean_c, acc))
    return rows, ece


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lessons", action="store_true", help="also retrain with the two inboxes as corrections")
    parser.add_argument("--confusion", action="store_true", help="print each fold's confusion counts")
    parser.add_argument("--per-label", action="store_true",
                        help="print each fold's precision and recall per label (gold and given counts)")
    parser.add_argument("--shipped", action="store_true",
                        help="keep rules.toml's weights and fit only the temperature: the grid's choice of weights can"
                             " flip on one message of the training inboxes and move the held-out figure with it")
    args = parser.parse_args()
    missing = [n for n, f in INBOXES.items() if not (DATA / f).exists()]
    if missing:
        sys.exit(f"not found under {DATA}: {', '.join(INBOXES[n] for n in missing)} "
                 "(set ONWARD_DEV_DATA to the folder that holds them: a worktree does not sit beside shared/)")
    rules = load_rules()
    data = {name: load(name) for name in INBOXES}
    start = time.perf_counter()
    base, sentence_model = default_model(), default_sentence_model()
    reads = {name: read_all(rows, model=base, rules=rules, sentence_model=sentence_model)
             for name, rows in data.items()}
    print(f"read {sum(map(len, data.values()))} messages in {time.perf_counter() - start:.1f} s")
    print()
    header = (f"{'held out':<10}{'n':>5}  {'rej P':>6} {'rej R':>6} {'macroF1':>8} {'non-job→job':>12} "
              f"{'accuracy':>9}  {'screen: job kept':>17} {'non-job passed':>15} {'→job imported':>13}  "
              "fitted (mw, sw, ta, T)")
    print(header)
    print("-" * len(header))
    pooled, by_label = [], []
    for held in INBOXES:
        train = [n for n in INBOXES if n != held]
        fitted = fit([r for n in train for r in reads[n]], [m["label"] for n in train for m in data[n]], rules,
                     args.shipped)
        test_reads = reads[held]
        if args.lessons:
            extra = [{"subject": m.get("subject"), "body": m.get("body"), "label": m["label"]}
                     for n in train for m in data[n]]
            test_reads = read_all(data[held], model=train_model(extra), rules=fitted, sentence_model=sentence_model)
        results = decide_all(test_reads, fitted)
        gold = [m["label"] for m in data[held]]
        m = metrics(gold, [c.label for c in results])
        pooled += [(c.confidence, c.label == g) for c, g in zip(results, gold, strict=True)]
        by_label += [(c.label, c.confidence, c.label == g) for c, g in zip(results, gold, strict=True)]
        if args.confusion:
            wrong = Counter((g, c.label) for c, g in zip(results, gold, strict=True) if c.label != g)
            listed = ", ".join(f"{g}→{p} {n}" for (g, p), n in wrong.most_common())
            print(f"  {held} mistakes (gold → given): {listed}")
        if args.per_label:
            print(f"  {held} per label: " + per_label(gold, [c.label for c in results]))
        screened = [passes(x.get("subject") or "", x.get("body") or "") for x in data[held]]
        job = [s for s, g in zip(screened, gold, strict=True) if g != "other"]
        non = [s for s, g in zip(screened, gold, strict=True) if g == "other"]
        # What an import does: mail the screen stops is never given a job label.
        imported = [s and c.label != "other" for s, c, g in zip(screened, results, gold, strict=True) if g == "other"]
        sc = fitted.scoring
        print(f"{held:<10}{len(gold):>5}  {m['rej_p']:>6.3f} {m['rej_r']:>6.3f} {m['macro_f1']:>8.3f} "
              f"{m['nonjob_as_job']:>11.1%} {m['accuracy']:>9.3f}  {sum(job) / len(job):>16.1%} "
              f"{(sum(non) / len(non)) if non else float('nan'):>15.1%} "
              f"{(sum(imported) / len(imported)) if imported else float('nan'):>13.1%}  "
              f"({sc['model_weight']}, {sc['sentence_weight']}, {sc['thanks_as_ack']}, {sc['temperature']})")
    print()
    rows, ece = reliability(pooled)
    print("Reliability, pooled over the three held-out inboxes (confidence as given, after the close-call cap)")
    print(f"{'confidence':<14}{'n':>6}{'mean conf':>11}{'share right':>13}")
    for lo, hi, n, mean_c, acc in rows:
        print(f"[{lo:.2f}, {hi:.2f})   {n:>6}{mean_c:>11.3f}{acc:>13.3f}")
    print(f"ECE {ece:.3f}")
    for c in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        above = [ok for conf, ok in pooled if conf >= c]
        if above:
            print(f"  confidence ≥ {c:.2f}: {len(above):>5} messages, {sum(above) / len(above):.3f} right")
    ok_thresholds = [c / 100 for c in range(50, 100)
                     if (a := [ok for conf, ok in pooled if conf >= c / 100]) and sum(a) / len(a) >= 0.95]
    if ok_thresholds:
        print(f"lowest threshold whose applied messages were ≥ 95 % right: {min(ok_thresholds):.2f}")
    print()
    print("Per label given (held-out, pooled): the lowest confidence from which the messages given that label were "
          "≥ 95 % right")
    for label in LABELS:
        given = [(c, ok) for lab, c, ok in by_label if lab == label]
        if not given:
            continue
        fine = [t / 100 for t in range(50, 100)
                if (a := [ok for c, ok in given if c >= t / 100]) and sum(a) / len(a) >= 0.95]
        right = sum(ok for _, ok in given) / len(given)
        where = f"threshold {min(fine):.2f}" if fine else "none reaches 95 %"
        print(f"  {label:<20}{len(given):>5} given, {right:.3f} right; {where}")
    every = fit([r for n in INBOXES for r in reads[n]], [m["label"] for n in INBOXES for m in data[n]], rules)
    sc = every.scoring
    print(f"fitted on all three (the values to ship in rules.toml [scoring]): model_weight = {sc['model_weight']}, "
          f"sentence_weight = {sc['sentence_weight']}, thanks_as_ack = {sc['thanks_as_ack']}, "
          f"temperature = {sc['temperature']}")


if __name__ == "__main__":
    main()
