"""How well `onward match rank` orders postings for a resume, on two development sets, next to TF-IDF.

Sets: (1) ../shared/data/resumes-dev (Vanetik and Kogan; read at run time, never copied): for each of the first
30 CVs two annotators ranked the same 5 software vacancies. (2) "written": 8 resumes and 64 postings across
occupations written for the project (tests/match/data/resumes.toml, postings.toml), labelled 2/1/0 by the
rule in resumes.toml. Figure: Spearman's rho per resume between a method's scores and the labels, averaged.
"relevance" is relevance.py with the weights in rules.toml, "match rate" the coverage report's score.

--fit chooses the weights by a grid search on both sets, cross-validated: resumes are split into 5 folds
(the same CV in both annotators' lists stays in one fold); each fold is scored with weights fitted on the
other four. The weights shipped in rules.toml are the grid's best on all dev data, so only the fold
figures are out-of-sample.
Usage: python bench/match_eval.py [--fit] [DATA_DIR]
"""

from __future__ import annotations

import ast
import csv
import itertools
import math
import re
import statistics
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from onward.match.documents import read_document
from onward.match.relevance import COMPONENTS, Posting, combine, signals, weights
from onward.match.report import rank

DEFAULT = Path("/work/shared/data/resumes-dev")
if not DEFAULT.exists():
    DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "resumes-dev"


def average_ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(a: list[float], b: list[float]) -> float | None:
    """Spearman's rho with tied values given their average rank; None when either side is constant."""
    ra, rb = average_ranks(a), average_ranks(b)
    ma, mb = statistics.fmean(ra), statistics.fmean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in ra))
    vb = math.sqrt(sum((y - mb) ** 2 for y in rb))
    return None if not va or not vb else cov / (va * vb)


WORD = re.compile(r"[a-z0-9+#]+")


def tfidf_scores(resume: str, postings: list[str], corpus: list[str]) -> list[float]:
    """Plain TF-IDF cosine similarity (log-scaled idf over all documents read), the usual baseline."""
    docs = [Counter(WORD.findall(t.lower())) for t in corpus]
    df = Counter(w for d in docs for w in d)
    n = len(docs)

    def vec(text):
        tf = Counter(WORD.findall(text.lower()))
        return {w: c * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}

    def cos(u, v):
        dot = sum(x * v.get(w, 0.0) for w, x in u.items())
        nu, nv = math.sqrt(sum(x * x for x in u.values())), math.sqrt(sum(x * x for x in v.values()))
        return dot / (nu * nv) if nu and nv else 0.0

    r = vec(resume)
    return [cos(r, vec(p)) for p in postings]


def annotations(path: Path) -> dict[str, list[list[int]]]:
    text = path.read_text()
    out = {}
    for name in ("ANNOTATOR_1_RANKINGS", "ANNOTATOR_2_RANKINGS"):
        body = text.split(name, 1)[1].split("=", 1)[1]
        body = re.sub(r"#[^\n]*", "", body)
        end = body.index("]]") + 2
        out[name] = ast.literal_eval(body[:end].strip())
    return out


WRITTEN = Path(__file__).resolve().parents[1] / "tests" / "match" / "data"
# text_idf_pool 200 is close to raw counts for a handful of postings and to full IDF for thousands.
GRID = {
    "text_idf_pool": (0, 10, 50, 200),
    "skills": (0, 0.25, 0.5, 1.0),
    "title": (0, 0.5, 1.0, 2.0),
    "years": (0, 0.05, 0.1, 0.2),
}


@dataclass
class DevSet:
    name: str
    postings: list[Posting]
    resumes: dict[str, str]
    # resume id -> one label per posting, higher is better
    labels: dict[str, list[float]]
    note: str = ""


def vanetik(base: Path) -> list[DevSet]:
    with open(base / "5_vacancies.csv", newline="", encoding="utf-8") as fh:
        vacancies = list(csv.DictReader(fh))
    postings = [Posting(str(k), v["job_description"], v["job_title"]) for k, v in enumerate(vacancies)]
    gold = annotations(base / "annotations-for-the-first-30-vacancies.txt")
    cvs = {str(i): read_document(f"{i}.docx", (base / "CV" / f"{i}.docx").read_bytes()) for i in range(1, 31)}
    out = []
    # The README says each array ranks vacancies 1-5 "from the best (place 1) to the worst (place 5)".
    # Reading B (the issue's): the array lists vacancy numbers, best first. Reading A: array[k] is vacancy k+1's rank.
    for reading in ("B", "A"):
        for n, name in ((1, "ANNOTATOR_1_RANKINGS"), (2, "ANNOTATOR_2_RANKINGS")):
            labels = {}
            for i, array in enumerate(gold[name], start=1):
                if reading == "A":
                    labels[str(i)] = [-r for r in array]
                else:
                    labels[str(i)] = [-(array.index(k) if k in array else len(array)) for k in range(1, 6)]
            note = "" if reading == "B" else " (reading A, not fitted on)"
            out.append(DevSet(f"Vanetik annotator {n}{note}", postings, cvs, labels))
    return out


def written() -> DevSet:
    postings = tomllib.loads((WRITTEN / "postings.toml").read_text())["posting"]
    resumes = tomllib.loads((WRITTEN / "resumes.toml").read_text())["resume"]
    labels = {
        r["id"]: [2 if p["role"] in r["roles"] else 1 if p["group"] == r["group"] or p["role"] in r["near"] else 0
                  for p in postings]
        for r in resumes
    }
    return DevSet(
        f"Written ({len(resumes)} resumes x {len(postings)} postings)",
        [Posting(p["id"], p["text"], p["title"]) for p in postings],
        {r["id"]: r["text"] for r in resumes},
        labels,
    )


def features(ds: DevSet) -> dict[tuple[str, int], list[dict]]:
    """(resume id, text_idf_pool) -> each posting's component scores, every component computed."""
    out = {}
    for rid, text in ds.resumes.items():
        for pool in GRID["text_idf_pool"]:
            out[rid, pool] = signals(text, ds.postings, None, {k: 1.0 for k in COMPONENTS} | {"text_idf_pool": pool})
    return out


def rhos(ds: DevSet, feats, w: dict, ids) -> list[float]:
    out = []
    for rid in ids:
        scores = [combine(parts, w) for parts in feats[rid, w.get("text_idf_pool", 0)]]
        rho = spearman(scores, ds.labels[rid])
        if rho is not None:
            out.append(rho)
    return out


def roc_auc(scores: list[float], labels: list[float]) -> float:
    """The chance that a posting with the top label outscores one without it (ties count half)."""
    top = max(labels)
    pos = [s for s, y in zip(scores, labels, strict=True) if y == top]
    neg = [s for s, y in zip(scores, labels, strict=True) if y != top]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def mean(values) -> float:
    values = list(values)
    return statistics.fmean(values) if values else float("nan")


def fit(sets: list[tuple[DevSet, dict]], folds_of: dict[str, list[str]] | None = None) -> dict:
    """The grid point with the best mean (over sets) of mean rho per resume, on the resumes given per set."""
    best, best_value = None, -2.0
    for values in itertools.product(*GRID.values()):
        w = dict(zip(GRID, values, strict=True)) | {"text": 1.0, "place": 0.0}
        value = mean(mean(rhos(ds, f, w, (folds_of or {}).get(ds.name, ds.labels))) for ds, f in sets)
        if value > best_value + 1e-9:
            best, best_value = w, value
    return best


def folds(ds: DevSet, k: int = 5) -> dict[str, int]:
    """Resume id -> fold, by position: CV 1 is first in both annotators' lists, so it stays in one fold."""
    return {rid: i % k for i, rid in enumerate(ds.resumes)}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    base = Path(args[0]) if args else DEFAULT
    sets = vanetik(base) if base.exists() else []
    if not sets:
        print(f"Vanetik data not found at {base}; only the written set is measured.")
    sets.append(written())
    data = [(ds, features(ds)) for ds in sets]
    shipped = weights()

    print("Mean Spearman rho per resume (n = resumes where both sides vary).\n")
    print(f"{'Dev set':<48}{'relevance':>10}{'TF-IDF':>9}{'margin':>9}{'match rate':>12}{'length':>8}")
    for ds, feats in data:
        texts = [p.text for p in ds.postings]
        corpus = texts + list(ds.resumes.values())
        base_r, cov_r, len_r = [], [], []
        for rid in ds.labels:
            text = ds.resumes[rid]
            for out, scores in (
                (base_r, tfidf_scores(text, texts, corpus)),
                (cov_r, [dict(rank(text, [(p.id, p.text) for p in ds.postings], title_of={
                    p.id: p.title for p in ds.postings}.get))[p.id] for p in ds.postings]),
                (len_r, [len(t.split()) for t in texts]),
            ):
                rho = spearman(scores, ds.labels[rid])
                if rho is not None:
                    out.append(rho)
        ours = mean(rhos(ds, feats, shipped, ds.labels))
        print(f"{ds.name:<48}{ours:>+10.3f}{mean(base_r):>+9.3f}{ours - mean(base_r):>+9.3f}"
              f"{mean(cov_r):>+12.3f}{mean(len_r):>+8.3f}")

    # The issue's held-out figure is ROC-AUC (relevant or not); on the written set, "relevant" = label 2.
    ds, feats = data[-1]
    texts = [p.text for p in ds.postings]
    corpus = texts + list(ds.resumes.values())
    ours = [roc_auc([combine(p, shipped) for p in feats[rid, shipped.get("text_idf_pool", 0)]], ds.labels[rid])
            for rid in ds.labels]
    base_auc = [roc_auc(tfidf_scores(ds.resumes[rid], texts, corpus), ds.labels[rid]) for rid in ds.labels]
    print(f"\n{ds.name}, ROC-AUC of label 2 against the rest, mean per resume: relevance {mean(ours):.3f}, "
          f"TF-IDF {mean(base_auc):.3f}")

    if "--fit" not in sys.argv:
        return
    fitted_on = [(ds, f) for ds, f in data if "reading A" not in ds.name]
    print("\nCross-validated (5 folds of resumes; each fold scored with weights fitted on the other four):")
    per_set: dict[str, list[float]] = {}
    for k in range(5):
        train = {ds.name: [r for r in ds.labels if folds(ds)[r] != k] for ds, _ in fitted_on}
        w = fit(fitted_on, train)
        line = []
        for ds, feats in fitted_on:
            test = [r for r in ds.labels if folds(ds)[r] == k]
            texts = [p.text for p in ds.postings]
            corpus = texts + list(ds.resumes.values())
            got = rhos(ds, feats, w, test)
            base_r = [spearman(tfidf_scores(ds.resumes[r], texts, corpus), ds.labels[r]) for r in test]
            base_r = [r for r in base_r if r is not None]
            per_set.setdefault(ds.name, []).extend(got)
            per_set.setdefault(ds.name + " TF-IDF", []).extend(base_r)
            line.append(f"{ds.name.split(' (')[0]}: {mean(got):+.3f} vs {mean(base_r):+.3f} (n={len(got)})")
        print(f"  fold {k + 1}: weights {w}\n    " + "\n    ".join(line))
    for ds, _ in fitted_on:
        ours, base_r = mean(per_set[ds.name]), mean(per_set[ds.name + " TF-IDF"])
        print(f"  all folds, {ds.name}: relevance {ours:+.3f}, TF-IDF {base_r:+.3f}, margin {ours - base_r:+.3f}")
    print(f"\nBest on all dev data (what rules.toml should hold): {fit(fitted_on)}")


if __name__ == "__main__":
    main()
