"""How well `onward match rank` orders postings for a resume, on two development sets, next to TF-IDF.

Sets: (1) ../shared/data/resumes-dev (Vanetik and Kogan; read at run time, never copied): for each of the first
30 CVs two annotators ranked the same 5 software vacancies. (2) "written": 8 resumes and 64 postings across
occupations written for the project (tests/match/data/resumes.toml, postings.toml), labelled 2/1/0 by the
rule in resumes.toml. Figure: Spearman's rho per resume between a method's scores and the labels, averaged.
"relevance" is relevance.py with the weights in rules.toml, "match rate" the coverage report's score.
Then the held-out measure's shape on the same data: ROC-AUC of one resume against all 69 postings of both
sets, relevant or not (`pooled`).

--fit chooses the weights by a grid search on the real and written sets (Vanetik annotators 1 and 2, written),
cross-validated: resumes are split into 5 folds (the same CV in both annotators' lists stays in one fold); each
fold is scored with weights fitted on the other four, chosen for the largest smallest margin over TF-IDF across
the lists. --auc adds the across-field AUC set's tune part (bench/match_auc.py: one resume against 700 postings
of many occupations, ROC-AUC per resume) to the fitted sets; its margin over TF-IDF counts like the others. The
weights shipped in rules.toml are the grid's best on all four (`--fit --auc`), so only the fold figures are
out-of-sample. Whether the text and the encoder read postings without boilerplate is in the grid.
--as-if=N reads every posting as in a list of N postings (fewer characters each), for the Spearman figures.
The hard set (bench/match_hard.py) is template-generated, so it is a sanity check only, never fitted on: its tune
part is printed, its report part only with --report.
--professions adds the professions set's tune part (bench/match_professions.py) to the fitted sets; its TF-IDF is
near the ceiling (0.97), so with the max-min rule it decides every fit, and it is left out of the shipped fit.
--fold-rule chooses by the smallest margin on any fold of any list (ties: the smallest list margin) instead;
--pools=100,200,400 widens the grid's text_idf_pool. The column "one order" gives every resume the same order,
the mean label of the other resumes: it reads no resume, so where it scores high the list measures the postings.
--specialities adds the specialities set's tune part (bench/match_specialities.py), like --professions: its TF-IDF
is near the ceiling too and in the max-min rule it pulls every weight toward TF-IDF (docs/match.md, sixth session).
--within adds the within-profession set's tune part (bench/match_within.py), built like the specialities set.
--guard=TOL chooses, among grid points that keep every across-field list within TOL of the shipped weights' margin,
the largest smallest margin on the within-profession lists (the seventh session's rule; docs/match.md). The grid's
`title_text` floors the title at the posting's TF-IDF cosine as a share of the list's best (`title_text_pooled`
scales that floor like `tfidf_pooled`).
--set=KEY:A,B (repeatable) puts only these values of one grid key in the grid, e.g. the shipped weights with only
`tfidf` free. The grid's `tfidf` is the plain TF-IDF cosine as a component; `tfidf_pooled` scales it by list length.
--within2 and --within2-long add the second within-profession set's tune part (bench/match_within2.py), within each
profession and as the 640-posting long list.
Usage: python bench/match_eval.py [--fit [--auc] [--professions] [--specialities] [--within] [--within2]
       [--within2-long] [--guard=TOL]
       [--fold-rule] [--pools=A,B] [--set=KEY:A,B ...]] [--report] [--as-if=N] [DATA_DIR]
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

import numpy as np
from scipy.stats import rankdata

from onward.match.documents import read_document
from onward.match.relevance import Posting, rank, semantic_plan, signals, weights
from onward.match.report import rank as report_rank

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


def tfidf_of(ds: DevSet, rid: str) -> list[float]:
    """TF-IDF of one resume against its list, IDF over that list and all the set's resumes."""
    texts = [p.text for p in ds.postings_for(rid)]
    return tfidf_scores(ds.resumes[rid], texts, texts + list(ds.resumes.values()))


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
# text_idf_pool 100 (200 until the seventh session) is close to raw counts for a handful of postings and to full IDF
# for thousands. Skill overlap (0, 0.5, 1) was in the grid once: the fit chose 1 and its cross-validated margin on
# annotator 2 fell below TF-IDF (-0.03), and reading skills is the ranking's slowest part, so it is out (docs/match.md).
GRID = {
    "text_idf_pool": (100,),
    "text_boilerplate": (0, 1),
    "semantic_boilerplate": (0, 1),
    "title": (0, 0.5, 1.0, 1.5),
    "role": (0, 0.5),
    "level": (0, 0.25),
    "skills": (0,),
    "semantic": (0, 0.25, 0.5, 1.0),
    "semantic_cap": (0.25, 0.3, 0.35),
    "tfidf": (0, 0.5, 1.0, 2.0, 4.0),
    "tfidf_pooled": (0, 1),
    "title_text": (0, 1),
    "title_text_pooled": (0, 1),
    # The field gate (relevance.list_weights, eighth session), as shipped; its grid was field_tfidf {0, 1, 2, 3, 4, 6}
    # x field_title {0, 0.5, 0.75, 1} x field_low {0.4, 0.5, 0.6, 0.7} x field_high {0.8, 0.9, 0.95, 1}.
    "field_tfidf": (6.0,),
    "field_title": (1.0,),
    "field_low": (0.4,),
    "field_high": (0.8,),
}
# --set=KEY:A,B puts these values of one grid key in the grid instead (e.g. --set=tfidf_pooled:1).
for _arg in sys.argv:
    if _arg.startswith("--set="):
        _key, _values = _arg.split("=", 1)[1].split(":")
        GRID[_key] = tuple(float(v) for v in _values.split(","))
# The columns of a feature matrix, in this order: the components, and text and semantic read from whole postings.
# --fold-rule: choose by the smallest margin over TF-IDF on any fold of any list (the issue's "never below TF-IDF"),
# ties by the smallest list margin; else by the smallest list margin alone.
FOLD_RULE = "--fold-rule" in sys.argv
# --guard=TOL: the seventh session's rule (guarded_fit); needs --within or --specialities in the fit.
GUARD = next((float(a.split("=")[1]) for a in sys.argv if a.startswith("--guard=")), None)
# --pools=100,200,400 puts these text_idf_pool values in the grid (features are read once per value: slower).
for _arg in sys.argv:
    if _arg.startswith("--pools="):
        GRID["text_idf_pool"] = tuple(float(v) for v in _arg.split("=")[1].split(","))
FEATURES = ("text", "tfidf", "title", "role", "level", "skills", "years", "semantic", "text_whole", "tfidf_whole",
            "semantic_whole", "share")
COMPONENT_FEATURES = FEATURES[:8]


@dataclass
class DevSet:
    name: str
    postings: list[Posting]
    resumes: dict[str, str]
    # resume id -> one label per posting, higher is better
    labels: dict[str, list[float]]
    note: str = ""
    # resume id -> its own list of postings, when each resume is ranked against a different list (the hard set)
    lists: dict[str, list[Posting]] | None = None
    # read as in a list of this many postings (encoder characters and IDF share), 0: as it is
    as_if: int = 0

    def postings_for(self, rid: str) -> list[Posting]:
        return self.lists[rid] if self.lists else self.postings


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


def features(ds: DevSet, chars: int) -> dict[tuple[str, float], np.ndarray]:
    """(resume id, text_idf_pool) -> (postings x FEATURES) component scores, NaN where one does not apply; every
    posting embedded, `chars` characters of each (the cosine scaled for that length as the ranking does)."""
    out = {}
    # The title as read: `title_text` is applied by scores_of, from the tfidf column.
    every = weights() | {k: 1.0 for k in COMPONENT_FEATURES} | {"tfidf_pooled": 0, "title_text": 0}
    for rid, text in ds.resumes.items():
        postings = ds.postings_for(rid)
        # The grid's pools and the shipped one, which the figures before the fit read.
        for pool in sorted({*GRID["text_idf_pool"], weights()["text_idf_pool"]}):
            w = every | {"text_idf_pool": pool, "semantic_budget": chars * len(postings)}
            if ds.as_if:
                w = as_if(w | {"semantic_budget": weights()["semantic_budget"]}, len(postings), ds.as_if)
            lean = signals(text, postings, None, w | {"text_boilerplate": 1, "semantic_boilerplate": 1})
            whole = signals(text, postings, None, w | {"text_boilerplate": 0, "semantic_boilerplate": 0})
            out[rid, pool] = np.array([
                [np.nan if p[k] is None else p[k] for k in COMPONENT_FEATURES]
                + [q["text"], q["tfidf"], q["semantic"], len(postings) / (len(postings) + w["text_idf_pool"])]
                for p, q in zip(lean, whole, strict=True)
            ])
    return out


def scores_of(matrix: np.ndarray, w: dict) -> np.ndarray:
    """relevance.combine over a feature matrix, all postings at once."""
    whole = {k: f"{k}_whole" for k in ("text", "tfidf") if not w.get("text_boilerplate")}
    if not w.get("semantic_boilerplate"):
        whole["semantic"] = "semantic_whole"
    m = matrix[:, [FEATURES.index(whole.get(k, k)) for k in COMPONENT_FEATURES]]
    if w.get("title_text"):
        t, words = COMPONENT_FEATURES.index("title"), m[:, COMPONENT_FEATURES.index("tfidf")] ** w["title_text"]
        if w.get("title_text_pooled"):
            words = words * matrix[:, FEATURES.index("share")]
        m[:, t] = np.where(np.isnan(m[:, t]), np.nan, np.maximum(m[:, t], words))
    if w.get("tfidf_pooled"):
        m[:, COMPONENT_FEATURES.index("tfidf")] *= matrix[:, FEATURES.index("share")]
    cap = w.get("semantic_cap") or 1.0
    s = COMPONENT_FEATURES.index("semantic")
    # relevance.list_weights: the list's share in the person's field moves weight from title to tfidf.
    gate = 0.0
    if ((w.get("field_tfidf") or w.get("field_title")) and w.get("semantic") and len(m) >= w.get("field_min", 0)
            and not np.isnan(m[:, s]).all()):
        low, high = w.get("field_low", 0.5), w.get("field_high", 0.8)
        gate = min(1.0, max(0.0, (float(np.mean(m[:, s] >= cap)) - low) / (high - low)))
        gate *= float(matrix[0, FEATURES.index("share")])
    m[:, s] = np.clip(m[:, s], 0, cap) / cap
    if gate:
        w = w | {"tfidf": w.get("tfidf", 0.0) + w.get("field_tfidf", 0.0) * gate,
                 "title": w.get("title", 0.0) * (1 - w.get("field_title", 0.0) * gate)}
    weights = np.array([w.get(k, 0.0) for k in COMPONENT_FEATURES])
    use = (weights > 0) & ~np.isnan(m).any(axis=0)
    if not use.any():
        return np.zeros(len(m))
    return m[:, use] @ weights[use] / weights[use].sum()


def spearman_np(a: np.ndarray, b: np.ndarray) -> float | None:
    ra, rb = rankdata(a), rankdata(b)
    if ra.std() == 0 or rb.std() == 0:
        return None
    return float(np.corrcoef(ra, rb)[0, 1])


class Fitter:
    """Mean Spearman per resume for any weights, remembered per (resume, weights) across folds."""

    def __init__(self, ds: DevSet, feats):
        self.ds, self.feats, self.memo = ds, feats, {}
        self.baseline = {r: spearman(tfidf_of(ds, r), ds.labels[r]) for r in ds.labels}
        self.labels = {r: np.array(v, dtype=float) for r, v in ds.labels.items()}

    def rho(self, rid: str, w: dict) -> float | None:
        key = (rid, tuple(sorted(w.items())))
        if key not in self.memo:
            self.memo[key] = spearman_np(scores_of(self.feats[rid, w["text_idf_pool"]], w), self.labels[rid])
        return self.memo[key]

    def rhos(self, w: dict, ids) -> list[float]:
        return [r for r in (self.rho(i, w) for i in ids) if r is not None]

    def base(self, ids) -> list[float]:
        return [self.baseline[i] for i in ids if self.baseline[i] is not None]


class AucFitter(Fitter):
    """Mean ROC-AUC per resume (postings labelled None left out) for any weights; TF-IDF as the baseline."""

    def __init__(self, ds: DevSet, feats):
        from match_auc import auc

        self.ds, self.feats, self.memo, self._auc = ds, feats, {}, auc
        self.baseline = {}
        for r in ds.labels:
            texts = [p.text for p in ds.postings_for(r)]
            self.baseline[r] = auc(tfidf_scores(ds.resumes[r], texts, [*texts, ds.resumes[r]]), ds.labels[r])
        self.labels = ds.labels

    def rho(self, rid: str, w: dict) -> float | None:
        key = (rid, tuple(sorted(w.items())))
        if key not in self.memo:
            self.memo[key] = self._auc(list(scores_of(self.feats[rid, w["text_idf_pool"]], w)), self.labels[rid])
        return self.memo[key]


def auc_set(part: str) -> DevSet:
    """The across-field AUC set's resumes of one part against its ~700 postings (bench/match_auc.py), postings
    without titles as in a folder of postings; labels 1, 0 or None (left out)."""
    from match_auc import build, label

    postings, resumes = build()
    resumes = [r for r in resumes if r.part == part]
    return DevSet(f"AUC set, {part} ({len(resumes)} resumes x {len(postings)} postings)",
                  [Posting(p.id, p.text) for p in postings], {r.id: r.text for r in resumes},
                  {r.id: [label(r, p) for p in postings] for r in resumes})


def professions_set(part: str) -> DevSet:
    """The professions AUC set's resumes of one part against its ~300 written postings (bench/match_professions.py),
    postings without titles; labels 1, 0 or None (left out)."""
    from match_professions import build, label

    postings, resumes = build()
    resumes = [r for r in resumes if r.part == part]
    return DevSet(f"Professions set, {part} ({len(resumes)} resumes x {len(postings)} postings)",
                  [Posting(p.id, p.text) for p in postings], {r.id: r.text for r in resumes},
                  {r.id: [label(r, p) for p in postings] for r in resumes})


def specialities_set(part: str, within: bool = False) -> DevSet:
    """The specialities set's resumes of one part, each against its own list (bench/match_specialities.py: its
    profession's postings in six specialities and a few of other professions), postings without titles; labels 1,
    0 or None (left out). within: the within-profession set of other professions (bench/match_within.py)."""
    from match_specialities import PARTS, build, label, list_for
    from match_within import WITHIN

    path = WITHIN if within else PARTS
    postings, resumes = build(path)
    resumes = [r for r in resumes if r.part == part]
    lists = {r.id: list_for(r, postings, path) for r in resumes}
    return DevSet(f"{'Within-profession' if within else 'Specialities'} set, {part} ({len(resumes)} resumes)",
                  [Posting(p.id, p.text) for p in postings], {r.id: r.text for r in resumes},
                  {r.id: [label(r, p) for p in lists[r.id]] for r in resumes},
                  lists={rid: [Posting(p.id, p.text) for p in found] for rid, found in lists.items()})


def within2_set(part: str, long: bool = False) -> DevSet:
    """The second within-profession set's resumes of one part (bench/match_within2.py), each against its own list
    (long: the 640-posting mixed list), postings without titles; labels 1, 0 or None (left out)."""
    from match_specialities import build, label, list_for
    from match_within2 import WITHIN2, long_list

    postings, resumes = build(WITHIN2)
    resumes = [r for r in resumes if r.part == part]
    lists = {r.id: (long_list if long else list_for)(r, postings, WITHIN2) for r in resumes}
    return DevSet(f"Within-profession 2{', long' if long else ''}, {part} ({len(resumes)} resumes)",
                  [Posting(p.id, p.text) for p in postings], {r.id: r.text for r in resumes},
                  {r.id: [label(r, p) for p in lists[r.id]] for r in resumes},
                  lists={rid: [Posting(p.id, p.text) for p in found] for rid, found in lists.items()})


def grid() -> list[dict]:
    out = []
    for values in itertools.product(*GRID.values()):
        w = {"text": 1.0, "years": 0.0, "place": 0.0} | dict(zip(GRID, values, strict=True))
        # The cap and what the encoder reads matter only with weight.
        if (w["tfidf_pooled"] and not w["tfidf"]) or (w.get("title_text_pooled") and not w.get("title_text")):
            continue
        if w["semantic"] or (w["semantic_cap"] == GRID["semantic_cap"][0] and not w["semantic_boilerplate"]):
            out.append(w)
    return out


def margins(fitters: list[Fitter], w: dict, ids_of: dict[str, list[str]] | None = None) -> dict[str, float]:
    """Set name -> mean figure per resume (rho, or AUC on the AUC set) minus TF-IDF's, on the resumes given."""
    out = {}
    for f in fitters:
        ids = (ids_of or {}).get(f.ds.name, list(f.ds.labels))
        out[f.ds.name] = mean(f.rhos(w, ids)) - mean(f.base(ids))
    return out


def fold_margins_of(fitters: list[Fitter], w: dict, ids_of: dict[str, list[str]] | None = None) -> list[float]:
    """Each list's margin over TF-IDF on each of its folds among the resumes given (the issue: never below TF-IDF)."""
    out = []
    for f in fitters:
        ids = (ids_of or {}).get(f.ds.name, list(f.ds.labels))
        for k in range(5):
            part = [r for r in ids if folds(f.ds)[r] == k]
            if part:
                out.append(mean(f.rhos(w, part)) - mean(f.base(part)))
    return out


def fit(fitters: list[Fitter], ids_of: dict[str, list[str]] | None = None) -> dict:
    """The grid point with the largest smallest margin over TF-IDF across the sets (mean rho, or AUC on the AUC
    set, per resume on the resumes given per set): the issue asks for a margin on every set, not on their average.
    Ties go to the first point in grid order. Other rules were tried on the same folds and lost on the Vanetik
    lists cross-validated (docs/match.md): ties to the larger mean margin or the larger AUC, the best AUC among
    points whose smallest Spearman margin is within 0.01-0.03 of the best, or the Spearman minimum plus the AUC
    margin."""
    if GUARD is not None:
        return guarded_fit(fitters, ids_of)
    best, best_value = None, (-9.0, -9.0)
    for w in grid():
        value = min(margins(fitters, w, ids_of).values())
        if FOLD_RULE:
            value = (min(fold_margins_of(fitters, w, ids_of)), value)
        else:
            value = (value, 0.0)
        if value > (best_value[0] + 1e-9, best_value[1] + 1e-9) or (
                abs(value[0] - best_value[0]) <= 1e-9 and value[1] > best_value[1] + 1e-9):
            best, best_value = w, value
    return best


def guarded_fit(fitters: list[Fitter], ids_of: dict[str, list[str]] | None = None) -> dict:
    """--guard=TOL (seventh session): among grid points whose margin on every across-field list (the Vanetik,
    written and AUC sets) is within TOL of the shipped weights' on the same resumes, the one with the largest
    smallest margin on the within-profession lists (the specialities and within sets); ties by the smallest
    across-field margin. "Never below TF-IDF" read as: lose nothing across fields, gain within a profession."""
    within = [f for f in fitters if f.ds.name.startswith(("Specialities", "Within-profession"))]
    across = [f for f in fitters if f not in within]
    ref = margins(across, weights(), ids_of)
    best, best_value = None, None
    for w in grid():
        got = margins(across, w, ids_of)
        if any(got[k] < ref[k] - GUARD for k in ref):
            continue
        value = (min(margins(within, w, ids_of).values()), min(got.values()))
        if best_value is None or value > best_value:
            best, best_value = w, value
    return best or weights()


def folds(ds: DevSet, k: int = 5) -> dict[str, int]:
    """Resume id -> fold, by position: CV 1 is first in both annotators' lists, so it stays in one fold."""
    return {rid: i % k for i, rid in enumerate(ds.resumes)}


def roc_auc(scores: list[float], labels: list[float]) -> float:
    """The chance that a posting with the top label outscores one without it (ties count half)."""
    top = max(labels)
    pos = [s for s, y in zip(scores, labels, strict=True) if y == top]
    neg = [s for s, y in zip(scores, labels, strict=True) if y != top]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def mean(values) -> float:
    values = list(values)
    return statistics.fmean(values) if values else float("nan")


# CVs 31-65 of the Vanetik set were never annotated and never used to build or fit anything here. These are the
# ones whose headline or summary names a software developer role (developer, programmer or software engineer of
# any kind: front-end, back-end, full-stack, mobile, game, embedded), read by hand, by file number only. Left
# out: the analysts (32, 38, 48, 50), the QA engineer (58), the network engineer (65), and 46 (no role named).
UNSEEN_DEVELOPERS = (31, 33, 34, 35, 36, 37, 39, 40, 41, 42, 43, 44, 45, 47, 49, 51, 52, 53, 54, 55, 56, 57, 59,
                     60, 61, 62, 63, 64)


def pooled(base: Path) -> DevSet | None:
    """The held-out measure's shape (one resume against many postings, relevant or not) from dev data: the 69
    postings of both sets against the 30 annotated Vanetik CVs (developers, gathered for five developer
    vacancies), the 28 developer CVs among the unannotated 31-65, and the 8 written resumes. Relevant (1): for
    a Vanetik CV the five vacancies and the written postings whose role is "software developer"; for a written
    resume its label-2 postings, and the vacancies for the backend developer. Not relevant (0): postings of
    other groups. Neither (left out of that resume's AUC): neighbouring roles (label 1; for a Vanetik CV the
    other software and BI postings). Rule set before the semantic component was run on it; the unseen CVs
    were added after the weights were fitted and measured once."""
    if not base.exists():
        return None
    dev = written()
    sets = vanetik(base)
    vacancies = sets[0].postings
    postings = dev.postings + [Posting(f"vacancy-{p.id}", p.text, p.title) for p in vacancies]
    raw = {r["id"]: r for r in tomllib.loads((WRITTEN / "resumes.toml").read_text())["resume"]}
    roles = {p["id"]: p for p in tomllib.loads((WRITTEN / "postings.toml").read_text())["posting"]}
    labels, resumes = {}, {}
    unseen = {str(i): read_document(f"{i}.docx", (base / "CV" / f"{i}.docx").read_bytes()) for i in UNSEEN_DEVELOPERS}
    for rid, text in (sets[0].resumes | unseen).items():
        resumes[f"cv-{rid}"] = text
        labels[f"cv-{rid}"] = [
            1.0 if roles[p.id]["role"] == "software developer" else 0.5 if roles[p.id]["group"] in ("software", "bi")
            else 0.0 for p in dev.postings
        ] + [1.0] * len(vacancies)
    for rid, text in dev.resumes.items():
        resumes[rid] = text
        dev_labels = [{2: 1.0, 1: 0.5, 0: 0.0}[y] for y in dev.labels[rid]]
        developer = "software developer" in raw[rid]["roles"]
        labels[rid] = dev_labels + [1.0 if developer else 0.0] * len(vacancies)
    return DevSet("Pooled", postings, resumes, labels)


def hard(part: str) -> DevSet:
    """The hard set's resumes of one part ("tune" or "report"), each against its own list (bench/match_hard.py);
    postings without a title, as in a folder of postings."""
    from match_hard import build, list_for, relevant

    postings, resumes = build()
    resumes = [r for r in resumes if r.part == part]
    lists = {r.id: list_for(r, postings) for r in resumes}
    return DevSet(
        f"Hard, {part} ({len(resumes)} resumes)",
        [Posting(p.id, p.text) for p in postings],
        {r.id: r.text for r in resumes},
        {r.id: [1.0 if relevant(r, p) else 0.0 for p in lists[r.id]] for r in resumes},
        lists={rid: [Posting(p.id, p.text) for p in found] for rid, found in lists.items()},
        as_if=641,
    )


def hard_check(ds: DevSet, w: dict, long: int = 641) -> dict[str, tuple[float, float]]:
    """Mean ROC-AUC per resume of the hard set, each list read as one of `long` postings would be; then the same
    within the resume's own family (neighbouring roles and other levels only). Returns resume -> (ours, TF-IDF)."""
    from match_hard import build

    family = {p.id: p.family for p in build()[0]}
    out, within = {}, {}
    for rid, text in ds.resumes.items():
        postings = ds.postings_for(rid)
        scores = dict(rank(text, postings, None, as_if(w, len(postings), long) if long else w))
        mine, plain = [scores[p.id] for p in postings], tfidf_of(ds, rid)
        out[rid] = auc(mine, ds.labels[rid]), auc(plain, ds.labels[rid])
        own = family[next(p.id for p, y in zip(postings, ds.labels[rid], strict=True) if y == 1)]
        keep = [i for i, p in enumerate(postings) if family[p.id] == own]
        within[rid] = (auc([mine[i] for i in keep], [ds.labels[rid][i] for i in keep]),
                       auc([plain[i] for i in keep], [ds.labels[rid][i] for i in keep]))
    for name, figures in (("whole list", out), ("own family only", within)):
        ours, base_r = [v[0] for v in figures.values()], [v[1] for v in figures.values()]
        worst = min(figures, key=lambda r: figures[r][0] - figures[r][1])
        print(f"  {ds.name}, {name}: relevance {mean(ours):.3f} (lowest {min(ours):.3f}), TF-IDF {mean(base_r):.3f} "
              f"(lowest {min(base_r):.3f}); smallest margin {figures[worst][0] - figures[worst][1]:+.3f} ({worst})")
    print("    per resume (relevance / TF-IDF): " + ", ".join(f"{r} {a:.3f}/{b:.3f}" for r, (a, b) in out.items()))
    return out


def auc(scores, labels) -> float:
    """ROC-AUC of relevant (1) against not relevant (0); ties count half; 0.5 marks neither."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y == 1]
    neg = [s for s, y in zip(scores, labels, strict=True) if y == 0]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def auc_check(ds: DevSet, w: dict) -> None:
    """Mean AUC per resume group; then, for the CVs, the harder question within one field: the developer postings
    against the neighbouring tech roles (DevOps, QA, data, BI), other fields left out."""
    texts = [p.text for p in ds.postings]
    corpus = texts + list(ds.resumes.values())
    ours, base_r, ours_within, base_within = {}, {}, {}, {}
    for rid, text in ds.resumes.items():
        scores = dict(rank(text, ds.postings, None, w))
        mine, plain = [scores[p.id] for p in ds.postings], tfidf_scores(text, texts, corpus)
        ours[rid], base_r[rid] = auc(mine, ds.labels[rid]), auc(plain, ds.labels[rid])
        if rid.startswith("cv-"):
            within = [{1.0: 1.0, 0.5: 0.0, 0.0: 0.5}[y] for y in ds.labels[rid]]
            ours_within[rid], base_within[rid] = auc(mine, within), auc(plain, within)

    def cv(rid: str) -> int:
        return int(rid[3:]) if rid.startswith("cv-") else 0

    groups = (("Vanetik CVs 1-30 (fitted on)", [r for r in ds.resumes if 1 <= cv(r) <= 30]),
              ("Vanetik developer CVs 31-65 (unseen)", [r for r in ds.resumes if cv(r) > 30]),
              ("written resumes", [r for r in ds.resumes if not cv(r)]))
    for name, ids in groups:
        print(f"  {name}: relevance {mean(ours[r] for r in ids):.3f}, TF-IDF {mean(base_r[r] for r in ids):.3f}, "
              f"lowest relevance {min(ours[r] for r in ids):.3f}")
    print("Within one field: developer postings against DevOps, QA, data and BI ones:")
    for name, ids in groups[:2]:
        low = min(ours_within[r] for r in ids)
        print(f"  {name}: relevance {mean(ours_within[r] for r in ids):.3f}, "
              f"TF-IDF {mean(base_within[r] for r in ids):.3f}, lowest relevance {low:.3f}")


def as_if(w: dict, n: int, long: int) -> dict:
    """The weights with the encoder's budget scaled so that a list of n postings is embedded as one of `long`
    would be (as many characters each, and the same share of the list), and IDF given the share of its weight it
    would have in that list."""
    return w | {"semantic_budget": w["semantic_budget"] * n / long, "text_idf_pool": w["text_idf_pool"] * n / long}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    base = Path(args[0]) if args else DEFAULT
    long = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--as-if=")), 0)
    shipped = weights()
    # Every dev list is short enough to be embedded whole at full length; --as-if=N reads postings as a list of N
    # would be read (the held-out list has 641).
    chars = semantic_plan(long, shipped)[1] if long else int(shipped["semantic_chars"])
    sets = vanetik(base) if base.exists() else []
    if not sets:
        print(f"Vanetik data not found at {base}; only the written set is measured.")
    sets.append(written())
    fitters = [Fitter(ds, features(ds, chars)) for ds in sets]
    if long:
        print(f"As on a list of {long} postings: {chars} characters of each.")

    print("Mean Spearman rho per resume (n = resumes where both sides vary).\n")
    # "one order": every resume gets the same order of the postings, the mean label the other resumes gave them.
    # It reads nothing of the resume; where it beats TF-IDF and relevance (the Vanetik lists), the list mostly
    # measures which postings the annotator liked for everyone (docs/match.md, "Ranking, fifth session").
    print(f"{'Dev set':<48}{'relevance':>10}{'TF-IDF':>9}{'margin':>9}{'match rate':>12}{'length':>8}"
          f"{'one order':>11}")
    for f in fitters:
        ds = f.ds
        cov_r, len_r, one_r = [], [], []
        for rid in ds.labels:
            others = [ds.labels[o] for o in ds.labels if o != rid]
            one_r.append(spearman([statistics.fmean(v) for v in zip(*others, strict=True)], ds.labels[rid]))
        one_r = [r for r in one_r if r is not None]
        for rid in ds.labels:
            text, postings = ds.resumes[rid], ds.postings_for(rid)
            for out, scores in (
                (cov_r, [dict(report_rank(text, [(p.id, p.text) for p in postings], title_of={
                    p.id: p.title for p in postings}.get))[p.id] for p in postings]),
                (len_r, [len(p.text.split()) for p in postings]),
            ):
                rho = spearman(scores, ds.labels[rid])
                if rho is not None:
                    out.append(rho)
        ours, base_r = mean(f.rhos(shipped, ds.labels)), mean(f.base(ds.labels))
        print(f"{ds.name:<48}{ours:>+10.3f}{base_r:>+9.3f}{ours - base_r:>+9.3f}"
              f"{mean(cov_r):>+12.3f}{mean(len_r):>+8.3f}{mean(one_r):>+11.3f}")

    ds = pooled(base)
    if ds is not None:
        print(f"\nROC-AUC, one resume against all {len(ds.postings)} postings of both sets (relevant or not), "
              "mean per resume:")
        auc_check(ds, weights())
        top, each = semantic_plan(641, weights())
        print(f"\nThe same, embedded as a list of 641 would be ({min(top, 641)} of 641 postings, {each} characters "
              "each; shares and lengths as on the held-out list):")
        auc_check(ds, as_if(weights(), len(ds.postings), 641))

    print("\nThe hard set (bench/match_hard.py; template-generated, a sanity check, never fitted on), ROC-AUC per "
          "resume, read as in a list of 641:")
    for part in ("tune", "report") if "--report" in sys.argv else ("tune",):
        hard_check(hard(part), weights())

    if "--fit" not in sys.argv:
        return
    fitted = [f for f in fitters if "reading A" not in f.ds.name]
    if "--auc" in sys.argv:
        ds = auc_set("tune")
        fitted.append(AucFitter(ds, features(ds, semantic_plan(len(ds.postings), shipped)[1])))
    if "--professions" in sys.argv:
        ds = professions_set("tune")
        fitted.append(AucFitter(ds, features(ds, semantic_plan(len(ds.postings), shipped)[1])))
    if "--specialities" in sys.argv:
        ds = specialities_set("tune")
        fitted.append(AucFitter(ds, features(ds, semantic_plan(len(ds.postings_for(next(iter(ds.resumes)))),
                                                               shipped)[1])))
    if "--within" in sys.argv:
        ds = specialities_set("tune", within=True)
        fitted.append(AucFitter(ds, features(ds, semantic_plan(len(ds.postings_for(next(iter(ds.resumes)))),
                                                               shipped)[1])))
    for flag, long in (("--within2", False), ("--within2-long", True)):
        if flag in sys.argv:
            ds = within2_set("tune", long)
            fitted.append(AucFitter(ds, features(ds, semantic_plan(len(ds.postings_for(next(iter(ds.resumes)))),
                                                                   shipped)[1])))
    if any(a in sys.argv for a in ("--auc", "--professions", "--specialities", "--within", "--within2",
                                   "--within2-long")):
        print("\nIn-sample, shipped weights: " + ", ".join(f"{k.split(' (')[0]} {v:+.3f}"
                                                       for k, v in margins(fitted, shipped).items()))
    print("\nCross-validated (5 folds of resumes; each fold scored with weights fitted on the other four):")
    per_set: dict[str, tuple[list[float], list[float]]] = {f.ds.name: ([], []) for f in fitted}
    fold_margins: dict[str, list[float]] = {f.ds.name: [] for f in fitted}
    for k in range(5):
        train = {f.ds.name: [r for r in f.ds.labels if folds(f.ds)[r] != k] for f in fitted}
        w = fit(fitted, train)
        shown = {key: value for key, value in w.items() if key in GRID}
        line = []
        for f in fitted:
            test = [r for r in f.ds.labels if folds(f.ds)[r] == k]
            got, base_r = f.rhos(w, test), f.base(test)
            per_set[f.ds.name][0].extend(got)
            per_set[f.ds.name][1].extend(base_r)
            fold_margins[f.ds.name].append(mean(got) - mean(base_r))
            line.append(f"{f.ds.name.split(' (')[0]}: {mean(got):+.3f} vs {mean(base_r):+.3f} (n={len(got)})")
        print(f"  fold {k + 1}: weights {shown}\n    " + "\n    ".join(line))
    for f in fitted:
        ours, base_r = (mean(v) for v in per_set[f.ds.name])
        print(f"  all folds, {f.ds.name}: relevance {ours:+.3f}, TF-IDF {base_r:+.3f}, margin {ours - base_r:+.3f}, "
              f"smallest fold margin {min(m for m in fold_margins[f.ds.name] if not math.isnan(m)):+.3f}")
    best = fit(fitted)
    print(f"\nThe grid's best on all fitted lists (rules.toml holds it when its cross-validated figures win by the "
          f"rule in docs/match.md): {({k: v for k, v in best.items() if k in GRID})}\n  in-sample: "
          + ", ".join(f"{k.split(' (')[0]} {v:+.3f}" for k, v in margins(fitted, best).items()))


if __name__ == "__main__":
    main()
