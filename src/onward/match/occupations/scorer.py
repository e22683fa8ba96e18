"""Choosing a title's occupation among candidates by a fitted score over several signals (candidate; see docs).

Candidates: the occupation the word path (`occupations.classify`) names and the others its words name, the
occupations closest in meaning (sentence embedding against each occupation's titles) and the occupations of the
O*NET titles closest in spelling (character n-gram TF-IDF over all 44,888 O*NET and BLS titles). Each candidate
gets a few features; a linear score over them, fitted by `scripts/fit_outlook_scorer.py` on title lists the word
path had not seen, picks one.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from onward.match import occupations as occ

# Names of the features, in the order of the fitted weights.
FEATURES = (
    "word_choice",  # the word path's answer
    "word_curated",  # ... and it came from the project's table
    "word_exact",  # ... and from an O*NET title with the same words
    "word_loose",  # ... and from part of the title, a loose match or meaning alone
    "word_share",  # share of the O*NET evidence the title's words give this occupation
    "meaning",  # cosine of the title to the occupation's titles
    "spelling",  # best TF-IDF cosine of the title to one of the occupation's titles
    "spelling_votes",  # share of the cosine mass of the 20 closest titles
    "size",  # log employment, standardised: everyday titles name big occupations
)
# Names of the features that say whether a title names an occupation at all (the "no occupation" gate), each of
# the best-scoring candidate. Measured and left out (docs/match.md): its probability among the candidates, whether
# the word path named it loosely, the share of the title's words O*NET knows (it withheld "Oracle DBA"), and the
# exact flag only for a title whose last word O*NET knows or whose words are all an O*NET title.
GATE = (
    "meaning",  # its cosine in meaning to the title
    "spelling",  # its best spelling cosine
    "exact",  # the word path named it from the table or an O*NET title with the same words
    "explained",  # share of the title's distinctive words (IDF-weighted) some title of the occupation uses
    "head",  # log of how many O*NET titles end in the title's last word: is it a job word at all
)
NEIGHBOURS = 20
TOP = 5
# From this TF-IDF cosine up, a chosen occupation is said to rest on an O*NET title spelt like the title.
SPELT_ALIKE = 0.6


@dataclass
class _Spelling:
    vocabulary: dict[str, int]  # character n-gram -> row
    idf: np.ndarray
    by_ngram: object  # n-grams x titles (an inverted index), title columns of unit length
    pair_title: np.ndarray  # (title, occupation, share of the title's O*NET evidence), sorted by title
    pair_code: np.ndarray
    pair_share: np.ndarray
    names: list[str]  # each title as O*NET writes it


def _ngrams(text: str) -> list[str]:
    """Character 3- and 4-grams of each word with a space either side (" nurse " -> " nu", "nur", ...); a word
    too short for a 4-gram gives its 3-grams only."""
    out = []
    for word in text.split():
        word = f" {word} "
        for n in (3, 4):
            out.extend(word[i : i + n] for i in range(max(1, len(word) - n + 1)))
            if len(word) <= n:
                break
    return out


@cache
def _codes() -> tuple[list[str], dict[str, int]]:
    _row, codes, _vectors = occ._vectors()
    return codes, {c: i for i, c in enumerate(codes)}


@cache
def _size() -> np.ndarray:
    codes, _ = _codes()
    rows = occ.data()["occupations"]
    logs = np.array([math.log1p(rows[c]["employment_2024"] or 0.0) for c in codes], dtype=np.float32)
    return (logs - logs.mean()) / (logs.std() or 1.0)


@cache
def _spelling() -> _Spelling:
    from scipy.sparse import csr_matrix

    _codes_, row = _codes()
    # The word path's index holds every O*NET title read the way a typed title is read (singular, no level words).
    # The jobs read from names that list several ("ranchers") are left out: the weights were fitted without them.
    listed = occ._index().listed
    votes = {k: v - listed[k] if k in listed else v for k, v in occ._index().votes.items()}
    votes = {k: v for k, v in votes.items() if v}
    vocabulary: dict[str, int] = {}
    found, owners = [], []  # every n-gram of every title, and its title
    rows, cols, shares = [], [], []
    for i, (words, evidence) in enumerate(votes.items()):
        grams = _ngrams(" ".join(words))
        found.extend(vocabulary.setdefault(g, len(vocabulary)) for g in grams)
        owners.extend([i] * len(grams))
        total = sum(evidence.values())
        for code, n in evidence.items():
            if code in row:
                rows.append(i)
                cols.append(row[code])
                shares.append(n / total)
    cells, counts = np.unique(np.array(found, dtype=np.int64) * len(votes) + np.array(owners), return_counts=True)
    grams, titles = cells // len(votes), cells % len(votes)
    # TF-IDF as scikit-learn's TfidfVectorizer(sublinear_tf=True) computes it: smoothed idf, unit-length titles.
    idf = (np.log((1 + len(votes)) / (1 + np.bincount(grams, minlength=len(vocabulary)))) + 1).astype(np.float32)
    values = (1 + np.log(counts)).astype(np.float32) * idf[grams]
    values /= np.sqrt(np.bincount(titles, weights=values**2))[titles].astype(np.float32)
    by_ngram = csr_matrix((values, (grams, titles)), shape=(len(vocabulary), len(votes)))
    return _Spelling(vocabulary, idf, by_ngram, np.array(rows), np.array(cols), np.array(shares, dtype=np.float32),
                     [occ._index().names[words] for words in votes])


def _similarities(words: tuple[str, ...]) -> np.ndarray | None:
    """The TF-IDF cosine of the words to every title (sublinear tf x idf, unit length); None when they share no
    n-gram with any title."""
    s = _spelling()
    counts = Counter(g for g in _ngrams(" ".join(words)) if g in s.vocabulary)
    if not counts:
        return None
    ids = np.fromiter((s.vocabulary[g] for g in counts), dtype=np.int64, count=len(counts))
    weight = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * s.idf[ids]
    weight /= np.linalg.norm(weight)
    index = s.by_ngram
    spans = [(index.indptr[i], index.indptr[i + 1]) for i in ids]
    titles = np.concatenate([index.indices[a:b] for a, b in spans])
    values = np.concatenate([index.data[a:b] * w for (a, b), w in zip(spans, weight, strict=True)])
    return np.bincount(titles, weights=values, minlength=len(s.names)).astype(np.float32)


def _spelling_scores(words: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Per occupation: the best cosine of one of its titles, and its share of the closest titles' cosines."""
    s = _spelling()
    n = len(_codes()[0])
    best = np.zeros(n, dtype=np.float32)
    votes = np.zeros(n, dtype=np.float32)
    sims = _similarities(words) if words else None
    if sims is None:
        return best, votes
    pair_sims = sims[s.pair_title]
    near = pair_sims > 0
    np.maximum.at(best, s.pair_code[near], pair_sims[near])
    top = np.argpartition(-sims, NEIGHBOURS)[:NEIGHBOURS]
    chosen = np.isin(s.pair_title, top[sims[top] > 0])
    np.add.at(votes, s.pair_code[chosen], pair_sims[chosen] * s.pair_share[chosen])
    total = votes.sum()
    return best, (votes / total if total else votes)


def _closest_title(words: tuple[str, ...], code: str) -> str:
    """The occupation's O*NET title spelt most like the words."""
    s = _spelling()
    sims = _similarities(words)
    mine = s.pair_title[s.pair_code == _codes()[1][code]]
    return s.names[int(mine[np.argmax(sims[mine])])] if sims is not None and len(mine) else occ.occupation_title(code)


def _meaning(title: str) -> np.ndarray:
    similarity = occ.meaning_similarity(title)
    return np.zeros(len(_codes()[0]), dtype=np.float32) if similarity is None else similarity


@dataclass(frozen=True)
class WordAnswer:
    """What the word path said: its code, whether from the table, and the evidence of each code its words name."""

    code: str | None
    how: str
    candidates: tuple[tuple[str, int], ...]


def candidates(title: str, answer: WordAnswer) -> tuple[list[str], np.ndarray]:
    """The candidate codes and their feature rows (len(FEATURES) columns)."""
    codes, row = _codes()
    meaning = _meaning(title)
    best, votes = _spelling_scores(occ.query_key(title))
    chosen = dict.fromkeys([answer.code] if answer.code in row else [])
    chosen.update(dict.fromkeys(c for c, _n in answer.candidates if c in row))
    chosen.update(dict.fromkeys(codes[i] for i in np.argsort(-meaning)[:TOP]))
    if best.max() > 0:
        chosen.update(dict.fromkeys(codes[i] for i in np.argsort(-best)[:TOP]))
    evidence = dict(answer.candidates)
    total = sum(evidence.values())
    size = _size()
    rows = []
    for code in chosen:
        i = row[code]
        mine = code == answer.code
        share = evidence.get(code, 0) / total if total else float(mine)
        how = answer.how if mine else ""
        rows.append([float(mine), float(how == "curated"), float(how == "title"),
                     float(how in ("part", "similar", "meaning")), share, meaning[i], best[i], votes[i], size[i]])
    return list(chosen), np.asarray(rows, dtype=np.float32)


@cache
def weights() -> np.ndarray:
    """The fitted weights (data/outlook_scorer.json, written by scripts/fit_outlook_scorer.py)."""
    raw = json.loads(resources.files("onward.match").joinpath("data", "outlook_scorer.json").read_text())
    return np.array([raw[name] for name in FEATURES], dtype=np.float32)


@cache
def gate() -> tuple[np.ndarray, float, float]:
    """The fitted "no occupation" gate (data/outlook_gate.json): weights over GATE, bias and the threshold."""
    raw = json.loads(resources.files("onward.match").joinpath("data", "outlook_gate.json").read_text())
    return np.array([raw["weights"][name] for name in GATE], dtype=np.float32), raw["bias"], raw["threshold"]


@cache
def _occupation_words() -> dict[str, frozenset[str]]:
    """Every word of each occupation's O*NET and BLS titles, as the word path reads them."""
    found: dict[str, set[str]] = {}
    for k, votes in occ._index().votes.items():
        for code in votes:
            found.setdefault(code, set()).update(k)
    return {code: frozenset(w) for code, w in found.items()}


@cache
def _heads() -> Counter:
    return Counter(k[-1] for k in occ._index().votes)


def explained(title: str, code: str) -> float:
    """The IDF-weighted share of the title's words that some title of the occupation uses ("Head of Vibes" as a
    meat trimmer: "head" yes, "vibe" no)."""
    index = occ._index()
    k = occ.query_key(title)
    weight = {w: index.idf.get(w, index.rarest) for w in k}
    total = sum(weight.values())
    mine = _occupation_words().get(code, frozenset())
    return sum(v for w, v in weight.items() if w in mine) / total if total else 0.0


def gate_features(title: str, codes: list[str], features: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The GATE row of the best-scoring candidate."""
    i = int(np.argmax(scores))
    k = occ.query_key(title)
    column = {name: features[i, FEATURES.index(name)] for name in FEATURES}
    return np.array([column["meaning"], column["spelling"], max(column["word_curated"], column["word_exact"]),
                     explained(title, codes[i]), math.log1p(_heads()[k[-1]]) if k else 0.0], dtype=np.float32)


def placed(row: np.ndarray) -> float:
    """The gate's probability that the chosen occupation is right."""
    w, bias, _threshold = gate()
    return float(1.0 / (1.0 + math.exp(-(bias + float(row @ w)))))


def choose(title: str, found: occ.Occupation | None, settled: bool = False) -> occ.Occupation | None:
    """The candidate with the best fitted score, given what the word path found. A title the word path cannot
    place stays unplaced: the closest spellings and meanings of nonsense are still some occupation. So does a
    title whose best candidate the fitted gate finds too weak ("Head of Vibes", "Team Player"): the user is
    asked to choose rather than shown a wrong occupation. `settled`: the words named the answer's job word."""
    if found is None:
        return None
    answer = WordAnswer(found.code, found.how, found.candidates)
    codes, features = candidates(title, answer)
    scores = features @ weights()
    if placed(gate_features(title, codes, features, scores)) < gate()[2]:
        return None
    # The job word settles the kind of job when the words named it (an O*NET or table title, or the title's job
    # part): any other choice must be an occupation with a title ending in that word too ("Customer Service
    # Supervisor" is no customer service clerk, "SEO Content Writer" no search engine optimizer).
    k = occ.query_key(title)
    if settled and len(k) > 1 and found.code in (headed := occ._headed(k[-1])):
        scores = np.where([c in headed for c in codes], scores, -np.inf)
    best = codes[int(np.argmax(scores))]
    if best == found.code:
        return found
    # Said as what it mostly rests on: meaning, or an O*NET title of that occupation spelt like the title.
    if features[codes.index(best), FEATURES.index("spelling")] >= SPELT_ALIKE:
        matched, how = _closest_title(occ.query_key(title), best), "similar"
    else:
        matched, how = occ.occupation_title(best), "meaning"
    return occ.Occupation(best, occ.occupation_title(best), matched, how, found.candidates)
