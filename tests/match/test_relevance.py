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
