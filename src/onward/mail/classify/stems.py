"""Words reduced to their stems, in the language of the text, so that word forms read the same: "we are unable
to move forward" and "we be unable to move forward", "matches" and "match", "filled" and "fill". Some mail
arrives already lemmatised by the tool that exported it; most arrives inflected. The stemmer (Snowball) is
named in each language pack, beside the pack's irregular forms ("was" -> "be"), so another language is data.
"""

from __future__ import annotations

import re
import threading

import snowballstemmer

from onward.mail.classify.languages import Pack, load_packs

# TfidfVectorizer's default token pattern: the message model reads the stems as it read words.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
# Words seen are remembered; a mailbox has a few tens of thousands of distinct words, names and numbers.
_CACHE_SIZE = 200_000


class _Stemmer:
    def __init__(self, pack: Pack):
        self._snowball = snowballstemmer.stemmer(pack.stemmer) if pack.stemmer else None
        self._lock = threading.Lock()
        self._irregular = {form: self._stem(base) for base, forms in pack.forms.items() for form in forms}
        self._seen = dict(self._irregular)

    def _stem(self, word: str) -> str:
        return self._snowball.stemWord(word) if self._snowball else word

    def words(self, text: str) -> list[str]:
        tokens = _TOKEN.findall(text.lower())
        seen = self._seen
        missing = [t for t in set(tokens) if t not in seen]
        if missing:
            found = {t: self._stem(t) for t in missing}
            with self._lock:
                if len(self._seen) > _CACHE_SIZE:
                    self._seen = dict(self._irregular)
                self._seen.update(found)
            return [found[t] if t in found else seen[t] for t in tokens]
        return [seen[t] for t in tokens]


_stemmers: dict[tuple[str, str], _Stemmer] = {}
_lock = threading.Lock()


def _stemmer(pack: Pack, digest: str) -> _Stemmer:
    key = (digest, pack.code)
    found = _stemmers.get(key)
    if found is None:
        with _lock:
            found = _stemmers.setdefault(key, _Stemmer(pack))
    return found


def stem_text(text: str, code: str | None) -> str:
    """The text's words as stems of the pack language `code`, joined by spaces. In text whose language is not
    known (a short subject), each word is given as its stem in every pack language that reads it differently."""
    packs = load_packs()
    pack = packs.by_code(code) if code else None
    if pack is not None:
        return " ".join(_stemmer(pack, packs.digest).words(text))
    per_language = [_stemmer(p, packs.digest).words(text) for p in packs.packs]
    if not per_language:
        return text.lower()
    return " ".join(" ".join(dict.fromkeys(stems)) for stems in zip(*per_language, strict=True))
