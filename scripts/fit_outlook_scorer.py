"""Fit the weights of `onward.match.occupations.scorer` on title lists the word path had not seen.

The word path's answers are only honest evidence on a list it had not been shaped by, so each list is read with
the code as it was when that list first ran (checked out from git into a temporary folder: the answers reproduce
the first-run figures of docs/match.md). The other features are computed by the current code; they do not depend
on the lists. The combination is a conditional logit (softmax over each title's candidates, L2 penalty), fitted on
every list; leave-one-list-out cross-validation prints how it would have done on each list beside the word
path's first-run figure.

    python scripts/fit_outlook_scorer.py [--answers DIR] [--write]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
TITLES = ROOT / "tests" / "match" / "data" / "outlook_titles.tsv"
WEIGHTS = ROOT / "src" / "onward" / "match" / "data" / "outlook_scorer.json"
# Each list and the commit whose code first read it (docs/match.md, "Right occupation, as first measured"). The
# tenth's and twelfth's first commits are no longer in the history: the commits that added those lists, before any code
# change, read them (the tenth gives its first-run 93 of 114).
FIRST_RUN = {
    "fourth": "658c37f", "fifth": "bb6c236", "sixth": "21dc5da", "seventh": "0782c86",
    "eighth": "2d3823c", "ninth": "1d60eec", "common": "c3739eb", "tenth": "419bb23", "eleventh": "9dc7815",
    "twelfth": "91af23e", "thirteenth": "91af23e", "fourteenth": "e6363fc", "fifteenth": "60c314f",
    "eighteenth": "0d61a64", "vague": "b264944", "twentieth": "b7ed3f6", "twenty-first": "ad2b89d",
    "twenty-second": "71d52d4", "twenty-third": "71d52d4", "twenty-fourth": "b61ccaa",
    "twenty-fifth": "b61ccaa", "twenty-sixth": "43497e7", "twenty-seventh": "43497e7", "twenty-eighth": "6db334d",
    "twenty-ninth": "6db334d", "thirtieth": "4ade708", "thirty-first": "4ade708", "thirty-second": "e7b4649",
}
# The shipped weights were refitted on the lists up to the twenty-second in the session that added it (docs/match.md);
# --write is a choice made on the cross-validated figure, not a routine step.
PENALTY = 0.1
GATE_PENALTY = 1.0
VAGUE_WEIGHT = 10.0  # chosen by the leave-one-list-out figure among 2, 5, 10 and 20 (docs/match.md)
GATE_WEIGHTS = ROOT / "src" / "onward" / "match" / "data" / "outlook_gate.json"

# The word path's answer: from the commit that added the fitted choice on, what `classify` gave it to choose from.
DUMP = """
import json, sys
from importlib.util import find_spec
from onward.match import occupations as o

def word(title):
    if find_spec("onward.match.occupation_scorer") is None and not hasattr(o, "__path__"):
        return o.classify(title, meaning=True)
    found = o._by_words(title)
    return found if found is not None and found.how == "curated" else o._by_meaning(title, found)

for line in sys.stdin:
    found = word(line.rstrip("\\n"))
    print(json.dumps(None if found is None else {"code": found.code, "how": found.how,
                                                  "candidates": list(found.candidates)}))
"""


def rows() -> list[tuple[str, list[str], str]]:
    lines = [line.split("\t") for line in TITLES.read_text().splitlines() if line and not line.startswith("#")]
    return [(t, c.split(), s) for t, c, s in lines[1:]]


def right(code: str | None, codes: list[str]) -> bool:
    if not codes:  # a vague or joking title: right when no occupation is named
        return code is None
    return code is not None and any(code == c or (c.endswith("*") and code.startswith(c[:-1])) for c in codes)


def first_answers(split: str, titles: list[str], cache: Path | None) -> list[dict | None]:
    path = cache / f"{split}.jsonl" if cache else None
    if path and path.exists():
        return [json.loads(line) for line in path.read_text().splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", FIRST_RUN[split], "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        done = subprocess.run([sys.executable, "-c", DUMP], input="\n".join(titles) + "\n", text=True, check=True,
                              capture_output=True, env={"PYTHONPATH": f"{tmp}/src", "PATH": "/usr/bin:/bin"})
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(json.dumps(a) for a in answers) + "\n")
    return answers


def examples(cache: Path | None):
    """Per title: (list, codes, feature rows, which candidates are right, the word path's first answer)."""
    from onward.match.occupations import scorer

    data = rows()
    out = []
    for split in FIRST_RUN:
        chosen = [(t, c) for t, c, s in data if s == split]
        answers = first_answers(split, [t for t, _c in chosen], cache)
        for (title, codes), a in zip(chosen, answers, strict=True):
            answer = scorer.WordAnswer(a["code"], a["how"], tuple(map(tuple, a["candidates"]))) if a \
                else scorer.WordAnswer(None, "", ())
            cands, features = scorer.candidates(title, answer)
            good = np.array([bool(codes) and right(c, codes) for c in cands])
            out.append((split, codes, cands, features, good, answer.code, title))
    return out


def fit(train) -> np.ndarray:
    usable = [(f, g) for _s, _c, _k, f, g, _a, _t in train if g.any()]
    mean = np.concatenate([f for f, _g in usable]).mean(axis=0)

    def loss(w):
        total, grad = PENALTY * w @ w / 2, PENALTY * w
        for f, g in usable:
            z = (f - mean) @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            good = p[g].sum()
            total -= np.log(good)
            # d(-log sum_good p)/dw = E_p[f] - E_{p | good}[f]
            grad += p @ f - (p[g] / good) @ f[g]
        return total, grad

    return minimize(loss, np.zeros(len(mean)), jac=True, method="L-BFGS-B").x


def accuracy(examples_, w) -> tuple[int, int]:
    # A title the word path cannot place stays unplaced (occupations.scorer.choose); a vague one is right so.
    hits = sum(a is None if not c else a is not None and bool(g[int(np.argmax(f @ w))])
               for _s, c, _k, f, g, a, _t in examples_)
    return hits, len(examples_)


def gate_rows(examples_, w):
    """Per title: the gate's features of the candidate the weights choose, whether that is right, whether the title
    names an occupation at all, and whether the word path placed it."""
    from onward.match.occupations.scorer import gate_features

    out = []
    for _s, c, k, f, g, a, title in examples_:
        scores = f @ w
        out.append((gate_features(title, k, f, scores), a is not None and bool(g[int(np.argmax(scores))]), bool(c),
                    a is not None))
    return out


def fit_gate(rows_):
    """Logistic regression (L2) of "names an occupation" on the gate features of the chosen candidate: titles the
    chooser places right against vague titles it places at all (each weighing VAGUE_WEIGHT: they are few). A real
    title placed wrongly is left out: withholding its answer is neither right nor wrong on a list. Then the
    threshold on its probability that gets most titles right: a right answer kept, a vague title left unplaced."""
    kept = [r for r in rows_ if r[3] and (r[1] or not r[2])]
    x = np.array([r[0] for r in kept], dtype=np.float64)
    y = np.array([r[2] for r in kept], dtype=np.float64)
    weight = np.where(y > 0, 1.0, VAGUE_WEIGHT)

    def loss(v):
        z = v[0] + x @ v[1:]
        p = 1 / (1 + np.exp(-z))
        eps = 1e-9
        total = -(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum()
        d = weight * (p - y)
        return total + GATE_PENALTY * v[1:] @ v[1:] / 2, np.concatenate([[d.sum()], x.T @ d + GATE_PENALTY * v[1:]])

    v = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
    probs = gate_probs(rows_, v)
    best_t, best = 0.0, -1
    for t in np.unique(np.concatenate([[0.0], probs[probs >= 0]])):
        hits = gate_hits(rows_, probs, t)
        if hits > best:
            best_t, best = float(t), hits
    return v, best_t


def gate_hits(rows_, probs, t) -> int:
    # Right: a placed title with a right answer the gate keeps; a vague title left unplaced.
    return sum((p >= t and r[1]) if r[2] else (p < t) for r, p in zip(rows_, probs, strict=True))


def gate_probs(rows_, v):
    return np.array([1 / (1 + np.exp(-(v[0] + r[0] @ v[1:]))) if r[3] else -1.0 for r in rows_])


def main(argv: list[str]) -> None:
    from onward.match.occupations.scorer import FEATURES, GATE

    cache = Path(argv[argv.index("--answers") + 1]) if "--answers" in argv else None
    from onward.match.occupations.scorer import weights as shipped

    data = examples(cache)
    total_new = total_old = total_shipped = 0
    for split in FIRST_RUN:
        train = [e for e in data if e[0] != split]
        test = [e for e in data if e[0] == split]
        hits, n = accuracy(test, fit(train))
        old = sum(right(a, c) for _s, c, _k, _f, _g, a, _t in test)
        # The shipped weights, for comparison: a held-out figure only on lists they were not fitted on.
        kept, _n = accuracy(test, shipped())
        total_new, total_old, total_shipped = total_new + hits, total_old + old, total_shipped + kept
        print(f"{split:8} word path first run {old:4}/{n} {old / n:6.1%}   "
              f"fitted (list left out) {hits:4}/{n} {hits / n:6.1%}   shipped weights {kept:4}")
    n = len(data)
    print(f"{'all':8} word path first run {total_old:4}/{n} {total_old / n:6.1%}   "
          f"fitted (list left out) {total_new:4}/{n} {total_new / n:6.1%}   shipped weights {total_shipped:4}")
    # The gate is fitted on what the chooser gives a list it was not fitted on: each list's rows come from the
    # weights fitted without it; then each list is left out of the gate's own fit in turn.
    gated = {}
    for split in FIRST_RUN:
        w = fit([e for e in data if e[0] != split])
        gated[split] = gate_rows([e for e in data if e[0] == split], w)
    total_gate = total_plain = 0
    for split in FIRST_RUN:
        v, t = fit_gate([r for s, rs in gated.items() if s != split for r in rs])
        test = gated[split]
        plain = gate_hits(test, np.where(gate_probs(test, v) >= 0, 1.0, -1.0), 0.5)
        hits = gate_hits(test, gate_probs(test, v), t)
        dropped = sum(p >= 0 and p < t and r[2] and r[1] for r, p in zip(test, gate_probs(test, v), strict=True))
        fixed = sum(p >= 0 and p < t and r[2] and not r[1] for r, p in zip(test, gate_probs(test, v), strict=True))
        total_gate, total_plain = total_gate + hits, total_plain + plain
        print(f"{split:10} gate (list left out) {plain:4} -> {hits:4} of {len(test)}   threshold {t:.3f}   "
              f"right answers withheld {dropped}, wrong ones withheld {fixed}")
    print(f"{'all':10} gate (list left out) {total_plain:4} -> {total_gate:4} of {n}")
    weights = fit(data)
    print(dict(zip(FEATURES, np.round(weights, 3).tolist(), strict=True)))
    # The gate reads what the shipped weights choose (refitting them is --write's choice, above).
    v, t = fit_gate(gate_rows(data, weights if "--write" in argv else shipped()))
    print("gate", dict(zip(("bias", *GATE), np.round(v, 3).tolist(), strict=True)), "threshold", round(t, 4))
    if "--write-gate" in argv:
        GATE_WEIGHTS.write_text(json.dumps({"weights": dict(zip(GATE, np.round(v[1:], 4).tolist(), strict=True)),
                                            "bias": round(float(v[0]), 4), "threshold": round(t, 4)}, indent=1) + "\n")
    if "--write" in argv:
        WEIGHTS.write_text(json.dumps(dict(zip(FEATURES, np.round(weights, 4).tolist(), strict=True)), indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
