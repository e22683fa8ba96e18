"""Build the compact occupation-outlook file the Insights page reads.

Reads the BLS Employment Projections 2024–34 table and O*NET 29.0 titles and related occupations from
the taxonomy folder (default ../shared/data/taxonomy) and writes
src/onward/insights/data/outlook.json.gz plus its ATTRIBUTION, and occupation_vectors.npy: each occupation's
meaning, the mean sentence embedding of its titles (onward.core.embeddings), in the order of the sorted codes.
Run it again when the sources change:

    python scripts/build_outlook.py [TAXONOMY_DIR]
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "src" / "onward" / "insights" / "data"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "taxonomy"

# O*NET SOC codes that BLS projects only as part of a broader "NEM" code (listed in the sources' notes).
ROLLUPS = {
    "31-1121": "31-1120", "31-1122": "31-1120",
    "21-1011": "21-1018", "21-1014": "21-1018",
    "13-1021": "13-1020", "13-1022": "13-1020", "13-1023": "13-1020",
    "51-2022": "51-2028", "51-2023": "51-2028",
    "53-1042": "53-1047", "53-1043": "53-1047", "53-1044": "53-1047", "53-1049": "53-1047",
    "25-9042": "25-9045", "25-9043": "25-9045", "25-9049": "25-9045",
}
RELATED_PER_OCCUPATION = 6
# The evidence an occupation's own name gives a title (an alternate title gets 1 per source that reported it).
OWN_NAME = 10

ATTRIBUTION = """\
Occupation outlook data used by Onward's Insights page
======================================================

Employment projections: U.S. Bureau of Labor Statistics, Employment Projections 2024–34
(Table 1.2, "Occupational projections, 2024–34, and worker characteristics, 2024", occupation.xlsx).
Public domain (a work of the U.S. Federal Government, 17 U.S.C. §105).

Job titles and related occupations: this product includes information from the O*NET 29.0 Database
by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the
CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of USDOL/ETA.
The Onward authors have modified all or some of this information (titles lower-cased and joined to
BLS codes with a count of the O*NET sources for each; related occupations limited to the
closest few; each occupation's titles averaged into one sentence embedding). USDOL/ETA has not approved, endorsed,
or tested these modifications.

Built by scripts/build_outlook.py.
"""


def _number(value: str) -> float | None:
    value = value.strip().replace(",", "")
    try:
        return float(value)
    except ValueError:
        return None


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def build(source: Path) -> dict:
    occupations: dict[str, dict] = {}
    with (source / "bls_ep_2024_34" / "occupation_table_1.2.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 13 or row[2] != "Line item":
                continue
            wage = row[11].strip()
            occupations[row[1]] = {
                "title": row[0].strip(),
                "employment_2024": _number(row[3]),
                "employment_2034": _number(row[4]),
                "change_pct": _number(row[8]),
                "openings": _number(row[10]),
                "wage": _number(wage) if _number(wage) is not None else (wage if wage not in ("—", "") else None),
                "education": row[12].strip() if row[12].strip() != "—" else "",
            }

    def bls_code(onet_code: str) -> str | None:
        code = ROLLUPS.get(onet_code[:7], onet_code[:7])
        return code if code in occupations else None

    onet = source / "onet_29_0"
    # Title -> {code: evidence}. An occupation's own name counts most; an alternate title counts once per
    # O*NET source that reported it; a reported title counts 2 when shown in My Next Move, else 1.
    titles: dict[str, dict[str, int]] = {}

    def vote(title: str, code: str | None, weight: int) -> None:
        if code:
            votes = titles.setdefault(" ".join(title.lower().split()), {})
            votes[code] = votes.get(code, 0) + weight

    for row in _tsv(onet / "Occupation Data.txt"):
        vote(row["Title"], bls_code(row["O*NET-SOC Code"]), OWN_NAME)
    for row in _tsv(onet / "Alternate Titles.txt"):
        vote(row["Alternate Title"], bls_code(row["O*NET-SOC Code"]), len(row["Source(s)"].split(",")))
    for row in _tsv(onet / "Sample of Reported Titles.txt"):
        shown = row["Shown in My Next Move"] == "Y"
        vote(row["Reported Job Title"], bls_code(row["O*NET-SOC Code"]), 2 if shown else 1)
    for code, occ in occupations.items():
        vote(occ["title"], code, OWN_NAME)

    related: dict[str, list[str]] = {}
    for row in _tsv(onet / "Related Occupations.txt"):
        if row["Relatedness Tier"] == "Supplemental":
            continue
        a, b = bls_code(row["O*NET-SOC Code"]), bls_code(row["Related O*NET-SOC Code"])
        if a and b and a != b:
            lst = related.setdefault(a, [])
            if b not in lst and len(lst) < RELATED_PER_OCCUPATION:
                lst.append(b)

    return {
        "source": "U.S. Bureau of Labor Statistics, Employment Projections 2024–34",
        "titles_source": "O*NET 29.0 Database (USDOL/ETA), CC BY 4.0",
        "units": {"employment": "thousands", "openings": "thousands per year, 2024–34 average", "wage": "USD, 2024"},
        "occupations": dict(sorted(occupations.items())),
        "titles": {t: dict(sorted(v.items())) for t, v in sorted(titles.items())},
        "related": dict(sorted(related.items())),
    }


def occupation_vectors(data: dict) -> np.ndarray:
    """One unit vector per occupation (sorted codes): the mean embedding of the titles that name it, each once."""
    from onward.core.embeddings import encoder

    codes = sorted(data["occupations"])
    row = {code: i for i, code in enumerate(codes)}
    titles = sorted(data["titles"])
    sums = np.zeros((len(codes), 512), dtype=np.float32)
    for start in range(0, len(titles), 256):
        batch = titles[start : start + 256]
        vectors = np.asarray(encoder().encode(batch), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for title, vector in zip(batch, vectors, strict=True):
            for code in data["titles"][title]:
                sums[row[code]] += vector
    return (sums / np.linalg.norm(sums, axis=1, keepdims=True)).astype(np.float16)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not (source / "bls_ep_2024_34").is_dir():
        print(f"No taxonomy data at {source}.", file=sys.stderr)
        return 2
    data = build(source)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    # mtime=0 keeps the file byte-identical between runs on the same sources.
    with gzip.GzipFile(OUT_DIR / "outlook.json.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(payload)
    np.save(OUT_DIR / "occupation_vectors.npy", occupation_vectors(data), allow_pickle=False)
    (OUT_DIR / "ATTRIBUTION").write_text(ATTRIBUTION, encoding="utf-8")
    print(
        f"{len(data['occupations'])} occupations, {len(data['titles'])} titles, "
        f"{len(data['related'])} with related occupations -> {OUT_DIR / 'outlook.json.gz'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
