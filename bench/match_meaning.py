"""Reading postings by meaning with the project's sentence encoder, measured on the TUNING sets only (issue 16).

Two ways the taxonomy's names (O*NET, ESCO, the curated lists: 22,000 concepts) and the encoder (Google's
multilingual USE v3, onward.core.embeddings) could find skills the word rules miss; neither is shipped, this prints
why (docs/match.md, "Reading by meaning: tried, measured, left out").

  labels        every list item of the lines the open reader reads ("Read fabrication drawings", "collect data")
                is matched to its nearest taxonomy name by cosine; at each cut-off, the names that nothing extracted
                already names are added as items: how many, how many are hand-listed skills, how many find a skill
                nothing else found.
  keep filter   what the open reader's rules turn down (1-4 words after trimming: "plans", "box truck", "Warm") is
                scored by a gradient-boosted model on the item's similarity to its nearest taxonomy names, 16
                principal components of its embedding, and cheap features (length, share of everyday words,
                capitals, requirement level, place in the line, verb / adjective / plural / gerund ends, share of
                taxonomy words), fitted leave-one-set-out over the tuning sets; items above a cut-off are added.
                Two targets: "lenient" is the bench's own comparison (one word extracted is right inside a hand-listed
                phrase of up to three words: "plans" for "lesson plans"), "strict" its strict reading (one word
                extracted is right only as a one-word skill). Tuning recall / precision after adding are printed for
                both readings, each against the same reading of the present code.

Sets 3, 9, 11, 12, 13, 14r and 15 only report: this script never reads them.
Usage: python bench/match_meaning.py   (about two minutes: the taxonomy's names are embedded first)
"""

from __future__ import annotations

import tomllib

import numpy as np
from match_extraction import DATA, evaluate, expected, key, same
from match_miss_kinds import TUNING

from onward.core.embeddings import encoder
from onward.match.extract import employer_names
from onward.match.open_items import open_items, read_lines, vocab
from onward.match.taxonomy import TOKEN, load, norm


def embed(texts: list[str]) -> np.ndarray:
    return np.concatenate([encoder().encode(texts[i : i + 500]) for i in range(0, len(texts), 500)])


def strict(want: tuple[str, ...], got: tuple[str, ...]) -> bool:
    """bench/match_extraction.py's strict reading: one word extracted is right only as a one-word skill."""
    return same(want, got, strict=True)


def nearest(vectors: np.ndarray, labels: np.ndarray, k: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """The k best cosines (unit vectors) and the index of the best label, in blocks to bound memory."""
    top, arg = np.empty((len(vectors), k)), np.empty(len(vectors), int)
    for i in range(0, len(vectors), 1000):
        sims = vectors[i : i + 1000] @ labels.T
        top[i : i + 1000] = -np.sort(-sims, axis=1)[:, :k]
        arg[i : i + 1000] = sims.argmax(1)
    return top, arg


def tuning_postings(strictly: bool = False):
    for split, n in TUNING.items():
        postings = [p for p in tomllib.loads(DATA.with_name(f"postings_heldout{n}.toml").read_text())["posting"]
                    if p["split"] == split]
        for p, found, right in evaluate(postings, with_open=True, strict=strictly):
            yield n, p, found, right


def totals(postings) -> tuple[int, int, int, int]:
    """Skills found, skills listed, items right, items extracted."""
    return (sum(ok for _n, _p, found, _r in postings for _k, _ph, ok in found),
            sum(len(found) for _n, _p, found, _r in postings),
            sum(ok for _n, _p, _f, right in postings for _k, _nm, ok in right),
            sum(len(right) for _n, _p, _f, right in postings))


def main() -> None:
    taxonomy, v = load(), vocab()
    names = sorted({c.name for c in taxonomy.concepts})
    labels = embed(names)
    postings, strictly = list(tuning_postings()), list(tuning_postings(strictly=True))
    base = {"lenient": totals(postings), "strict": totals(strictly)}
    found_strictly = {p["id"]: found for _n, p, found, _r in strictly}
    for reading, (found, wanted, right, extracted) in base.items():
        print(f"Tuning sets {sorted(set(TUNING.values()))}, {len(postings)} postings, {reading}: taxonomy and open "
              f"items {found / wanted:.3f} ({found}/{wanted}) / {right / extracted:.3f} ({right}/{extracted})")

    print("\nlabels: each list item -> its nearest taxonomy name, added when nothing extracted names it")
    pieces = []
    for _n, p, found, right in postings:
        title = {norm(m.group()) for m in TOKEN.finditer(p["title"])}
        for body, _level in read_lines(p["text"], title, v, employer_names(p["text"])):
            pieces += [(p, found, right, q) for q in (s.strip(" .,;:!?*-–•") for s in v.split.split(body) if s) if q]
    top, arg = nearest(embed([q for *_x, q in pieces]), labels)
    print(f"  {'cut-off':>8}{'added':>8}{'right':>8}{'new finds':>11}")
    for cut in (0.9, 0.85, 0.8, 0.75, 0.7):
        seen, added, good, new = set(), 0, 0, set()
        for i in np.flatnonzero(top[:, 0] >= cut):
            p, found, right, _q = pieces[i]
            k = key(names[arg[i]])
            if (p["id"], k) in seen or any(same(k, key(nm)) for _c, nm, _ok in right):
                continue
            seen.add((p["id"], k))
            added += 1
            good += any(strict(key(ph), k) for _kind, ph in expected(p))
            new |= {(p["id"], ph) for _kind, ph, ok in found if not ok and strict(key(ph), k)}
        print(f"  {cut:>8.2f}{added:>8}{good:>8}{len(new):>11}")

    print("\nkeep filter: what the rules turn down, scored by meaning and cheap features (leave-one-set-out)")
    rows = []
    for n, p, found, right in postings:
        got = {key(nm) for _c, nm, _ok in right}
        down: list = []
        open_items(p["text"], taxonomy, p["title"], turned_down=down)
        seen = set()
        for item, level, _body, at in down:
            k = key(item)
            if k in seen or k in got:
                continue
            seen.add(k)
            want = [key(ph) for _kind, ph in expected(p)]
            missed = [(p["id"], ph) for _kind, ph, ok in found if not ok]
            missed_strictly = [(p["id"], ph) for _kind, ph, ok in found_strictly[p["id"]] if not ok]
            rows.append((n, item, level, at, any(same(w, k) for w in want), any(strict(w, k) for w in want),
                         {m for m in missed if same(key(m[1]), k)},
                         {m for m in missed_strictly if strict(key(m[1]), k)}))
    vectors = embed([r[1] for r in rows])
    top, _arg = nearest(vectors, labels)
    features = np.hstack([np.array([_cheap(item, level, at, t, v) for (_n, item, level, at, *_r), t in
                                    zip(rows, top, strict=True)], float), _components(vectors, 16)])
    sets = np.array([r[0] for r in rows])
    print(f"  turned down: {len(rows)} items; right {sum(r[4] for r in rows)} (strict {sum(r[5] for r in rows)}); "
          f"would find a skill nothing else found {len(set().union(*(r[6] for r in rows)))} "
          f"(strict {len(set().union(*(r[7] for r in rows)))})")
    for name, right_at, new_at in (("lenient", 4, 6), ("strict", 5, 7)):
        base_found, wanted, base_right, extracted = base[name]
        target = np.array([r[right_at] for r in rows])
        score = _cross_validated(features, target, sets)
        print(f"  target {name}: {'cut-off':>8}{'added':>7}{'right':>7}{'new finds':>11}{'recall':>9}{'precision':>11}")
        for cut in (0.7, 0.6, 0.5, 0.4):
            keep = np.flatnonzero(score >= cut)
            good = int(target[keep].sum())
            new = set().union(*(rows[i][new_at] for i in keep))
            print(f"  {'':>16}{cut:>8.2f}{len(keep):>7}{good:>7}{len(new):>11}"
                  f"{(base_found + len(new)) / wanted:>9.3f}{(base_right + good) / (extracted + len(keep)):>11.3f}")


def _cheap(item: str, level: str, at: int, top: np.ndarray, v) -> list[float]:
    words = item.split()
    low = [w.lower() for w in words]
    return [top[0], top[1], top[4], top[0] - top[1], len(words), sum(w in v.everyday for w in low) / len(words),
            sum(w[:1].isupper() for w in words) / len(words), item.isupper(), at, level == "required",
            level == "preferred", low[-1].endswith("s"), low[-1].endswith("ing"), low[-1] in v.verbs,
            low[0] in v.adjectives, any(c.isdigit() for c in item),
            sum(w in v.taxonomy_words for w in low) / len(words)]


def _components(vectors: np.ndarray, n: int) -> np.ndarray:
    from sklearn.decomposition import PCA

    return PCA(n, random_state=0).fit_transform(vectors)


def _cross_validated(features: np.ndarray, target: np.ndarray, sets: np.ndarray) -> np.ndarray:
    from sklearn.ensemble import HistGradientBoostingClassifier

    score = np.zeros(len(target))
    for held in np.unique(sets):
        fit = sets != held
        model = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, random_state=0)
        score[~fit] = model.fit(features[fit], target[fit]).predict_proba(features[~fit])[:, 1]
    return score


if __name__ == "__main__":
    main()
