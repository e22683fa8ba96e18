"""The relevance score ranks postings by fit to the person, not by how little a posting asks."""

from onward.match.relevance import Posting, Preferences, rank, resume_occupations

NURSE = """Dana Example
Registered Nurse
Experience
Registered Nurse, City Hospital, Jan 2019 – Present
- Cared for 6 patients a shift on a medical-surgical ward; medication administration, wound care.
- Charted in Epic; trained new nurses.
Education
Bachelor of Science in Nursing, 2018
Licences: RN, BLS, ACLS
"""

POSTINGS = [
    Posting("short-dev", "Requirements: Epic.", "Software Engineer"),
    Posting(
        "ward-nurse",
        "We are hiring a registered nurse for our medical-surgical unit. You will provide patient care, "
        "administer medication, do wound care and chart in Epic. Requirements: active RN licence, BLS, "
        "2+ years of experience as a nurse on a hospital ward.",
        "Registered Nurse - Med/Surg",
    ),
    Posting(
        "accountant",
        "Prepare month-end close, reconcile accounts and support audits. Requirements: CPA, Excel, "
        "3+ years of experience in accounting.",
        "Staff Accountant",
    ),
]


def test_the_persons_own_occupation_ranks_first_and_a_short_posting_does_not_win():
    ranked = rank(NURSE, POSTINGS)
    assert ranked[0][0] == "ward-nurse"
    assert [key for key, _ in ranked].index("short-dev") > 0
    assert all(0 <= score <= 100 for _, score in ranked)


def test_the_resume_titles_are_read_most_recent_first():
    found = resume_occupations(NURSE)
    assert next(iter(found)) == "29-1141"


def test_a_stated_remote_preference_lifts_remote_postings():
    same = "Registered nurse for telehealth triage. Requirements: RN licence and 2+ years of experience."
    postings = [
        Posting("office", same, "Registered Nurse"),
        Posting("remote", same + " Fully remote.", "Registered Nurse"),
    ]
    plain = dict(rank(NURSE, postings))
    wanted = dict(rank(NURSE, postings, Preferences(remote=True)))
    assert wanted["remote"] > wanted["office"]
    assert abs(plain["remote"] - plain["office"]) < abs(wanted["remote"] - wanted["office"])


def test_empty_postings_rank_last_with_zero():
    ranked = rank(NURSE, [Posting("empty", "  "), *POSTINGS])
    assert ranked[-1] == ("empty", 0.0)


def test_each_written_resume_ranks_a_posting_of_its_own_role_first():
    """A sanity check on the written dev set (tests/match/data): the top posting is one the person would
    apply for (label 2 by the rule in resumes.toml)."""
    import tomllib
    from pathlib import Path

    data = Path(__file__).parent / "data"
    postings = tomllib.loads((data / "postings.toml").read_text())["posting"]
    roles = {p["id"]: p["role"] for p in postings}
    for resume in tomllib.loads((data / "resumes.toml").read_text())["resume"]:
        ranked = rank(resume["text"], [Posting(p["id"], p["text"], p["title"]) for p in postings])
        assert roles[ranked[0][0]] in resume["roles"], resume["id"]


def test_the_sentence_encoder_tells_the_persons_field_from_another_in_other_words():
    from onward.match.relevance import semantic_similarity

    ward, books = semantic_similarity(NURSE, [
        "Hospital ward position: look after inpatients, give them their medicines, dress wounds and keep their "
        "charts; a current nursing licence is needed.",
        "Keep the general ledger, reconcile bank accounts, prepare month-end close and support external audits.",
    ], 2000)
    assert ward > books


def test_a_semantic_cosine_counts_only_up_to_its_cap():
    from onward.match.relevance import combine

    w = {"text": 1.0, "semantic": 1.0, "semantic_cap": 0.25}
    parts = {"text": 0.2, "skills": None, "title": None, "years": None, "place": None}
    assert combine(parts | {"semantic": 0.3}, w) == combine(parts | {"semantic": 0.9}, w)
    assert combine(parts | {"semantic": 0.1}, w) < combine(parts | {"semantic": 0.3}, w)


def test_only_the_best_postings_are_embedded_and_the_others_stay_below_them(monkeypatch):
    from onward.match import relevance

    seen = []

    def fake(resume, texts, chars):
        seen.append((len(texts), chars))
        return [0.05] * len(texts)  # the embedded posting reads as another field

    monkeypatch.setattr(relevance, "semantic_similarity", fake)
    budget = {"semantic_chars": 2000, "semantic_min_chars": 300, "semantic_budget": 300}
    w = relevance.weights() | {"semantic": 1.0, "semantic_cap": 0.25} | budget
    ranked = relevance.rank(NURSE, POSTINGS, None, w)
    assert seen == [(1, 300)]
    assert ranked[0][0] == "ward-nurse"
    assert ranked[0][1] >= ranked[1][1]


def test_the_encoder_budget_reaches_every_posting_of_a_long_list_before_it_reads_further():
    from onward.match.relevance import semantic_plan

    w = {"semantic_chars": 2000, "semantic_min_chars": 300, "semantic_budget": 200_000}
    assert semantic_plan(5, w) == (5, 2000)
    assert semantic_plan(641, w) == (641, 312)
    assert semantic_plan(5000, w) == (666, 300)


def test_a_shorter_reading_reaches_the_cap_at_a_lower_cosine(monkeypatch):
    from onward.match import relevance

    monkeypatch.setattr(relevance, "semantic_similarity", lambda resume, texts, chars: [0.2] * len(texts))
    w = relevance.weights() | {"semantic": 1.0, "semantic_cap": 0.25, "semantic_short_cap": 0.2,
                               "semantic_chars": 2000, "semantic_min_chars": 300}
    whole = relevance.signals(NURSE, POSTINGS, None, w | {"semantic_budget": 1e9})
    short = relevance.signals(NURSE, POSTINGS, None, w | {"semantic_budget": 300 * len(POSTINGS)})
    assert {round(p["semantic"], 6) for p in whole} == {0.2}
    assert {round(p["semantic"], 6) for p in short} == {0.25}  # at the cap: the person's own field


def test_posting_embeddings_are_remembered_by_content(monkeypatch):
    import numpy as np

    from onward.match import relevance

    asked = []

    class Fake:
        def encode(self, texts):
            asked.append(list(texts))
            return np.ones((len(texts), 4), dtype=np.float32) / 2

    monkeypatch.setattr(relevance, "encoder", lambda: Fake())
    monkeypatch.setattr(relevance, "_vectors", relevance.OrderedDict())
    relevance.embed(["first posting", "second posting"])
    vectors = relevance.embed(["second posting", "third posting"])
    assert asked == [["first posting", "second posting"], ["third posting"]]
    assert vectors.shape == (2, 4)
