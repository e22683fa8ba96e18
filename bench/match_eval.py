"""How well the match rate ranks postings for a resume, against two human annotators and a TF-IDF baseline.

Data: ../shared/data/resumes-dev (read at run time, never copied). For each of the first 30 CVs the annotators
ranked the 5 vacancies of 5_vacancies.csv; we rank the same 5 by match rate and report Spearman's rho per CV,
averaged over CVs. "relevance" is `onward match rank` (relevance.py), "match rate" the coverage report's score.
Usage: python bench/match_eval.py [DATA_DIR]
"""

from __future__ import annotations

import ast
import csv
import math
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from onward.match.documents import read_document
from onward.match.relevance import Posting
from onward.match.relevance import rank as relevance_rank
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


def main() -> None:
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not base.exists():
        print(f"Evaluation data not found at {base}; nothing to measure.")
        return
    with open(base / "5_vacancies.csv", newline="", encoding="utf-8") as fh:
        vacancies = list(csv.DictReader(fh))
    texts = [v["job_description"] for v in vacancies]
    titles = {str(i): v["job_title"] for i, v in enumerate(vacancies)}
    gold = annotations(base / "annotations-for-the-first-30-vacancies.txt")
    cvs = {i: read_document(f"{i}.docx", (base / "CV" / f"{i}.docx").read_bytes()) for i in range(1, 31)}
    corpus = texts + list(cvs.values())

    ours, coverage, baseline = {}, {}, {}
    postings = [Posting(str(k), t, titles[str(k)]) for k, t in enumerate(texts)]
    for i, cv in cvs.items():
        ranked = dict(relevance_rank(cv, postings))
        ours[i] = [ranked[str(k)] for k in range(len(texts))]
        ranked = dict(rank(cv, [(str(k), t) for k, t in enumerate(texts)], title_of=titles.get))
        coverage[i] = [ranked[str(k)] for k in range(len(texts))]
        baseline[i] = tfidf_scores(cv, texts, corpus)

    # Not a method: the same score for every CV, to show how much the rankings follow the postings alone.
    length = {i: [len(t.split()) for t in texts] for i in cvs}
    print(f"Spearman rho per CV, averaged (n = CVs where both sides vary). {len(texts)} vacancies.")
    # The README says each array ranks vacancies 1-5 "from the best (place 1) to the worst (place 5)".
    # Read A: array[k] is the rank given to vacancy k+1. Read B: array lists vacancy numbers best first.
    for reading in ("A: array[k] = rank of vacancy k+1", "B: array = vacancy numbers, best first"):
        print(f"\nReading {reading}")
        for name, arrays in gold.items():
            methods = (("relevance", ours), ("TF-IDF cosine", baseline), ("match rate", coverage),
                       ("posting length", length))
            for label, scores in methods:
                rhos = []
                for cv_index, array in enumerate(arrays, start=1):
                    if reading.startswith("A"):
                        human = [-r for r in array]
                    else:
                        human = [-(array.index(k) if k in array else len(array)) for k in range(1, len(texts) + 1)]
                    rho = spearman(scores[cv_index], human)
                    if rho is not None:
                        rhos.append(rho)
                mean = statistics.fmean(rhos) if rhos else float("nan")
                print(f"  {name:<22} {label:<14} mean rho {mean:+.3f}  (n={len(rhos)})")
    agree = [
        spearman([-r for r in a], [-r for r in b])
        for a, b in zip(gold["ANNOTATOR_1_RANKINGS"], gold["ANNOTATOR_2_RANKINGS"], strict=False)
    ]
    agree = [r for r in agree if r is not None]
    print(f"\nAnnotator 1 vs annotator 2 (reading A): mean rho {statistics.fmean(agree):+.3f} (n={len(agree)})")


if __name__ == "__main__":
    main()
