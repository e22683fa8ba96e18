"""A pack's word list read in one pass (classify.wordset.PackWords) finds what the regular expression alternating
the same words found: the same first match, the same replacements, whole words, stems and compound ends alike
(Hypothesis, over texts made of the words, parts of them, letters, digits and separators)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from onward.mail.classify.wordset import PackWords

WORDS = ["role", "role*", "*stelle", "opportunit*", "opportunity", "key role", "you", "your", "yo*", "*ab*", "abc",
         "vacanc*", "geschäftsführ*"]
PIECES = st.sampled_from(["role", "roles", "parole", "stelle", "Geschäftsführerstelle", "opportunity",
                          "opportunities", "key", "you", "your", "yours", "ab", "abc", "xabcx", "vacancy", "_",
                          " ", "\n", ".", "-", "é", "1", "r", "o"])


def _alternation(words: list[str]) -> re.Pattern:
    # The alternation's order: the longest word as written first; its ties as PackWords breaks them.
    def alternative(word: str) -> str:
        start = "" if word.startswith("*") else r"(?<!\w)"
        end = "" if word.endswith("*") else r"(?!\w)"
        return start + re.escape(word.strip("*")) + end

    ordered = sorted(words, key=lambda w: (-len(w), -len(w.strip("*")), w.strip("*")))
    return re.compile("|".join(map(alternative, ordered)), re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6, unique=True), st.lists(PIECES, max_size=12))
def test_finds_what_the_alternation_finds(words, pieces):
    text = "".join(pieces).lower()
    pattern, found = _alternation(words), PackWords(words)
    m = pattern.search(text)
    assert found.search(text) == (m.span() if m else None)
    assert found.holds(text) is (m is not None)
    assert found.sub(" ", text) == pattern.sub(" ", text)


def test_no_words_find_nothing():
    assert PackWords([]).search("anything") is None
    assert PackWords(["*"]).sub(" ", "left as it was") == "left as it was"
