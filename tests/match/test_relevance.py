"""The relevance score ranks postings by fit to the person, not by how little a posting asks."""

from onward.match.relevance import Posting, Preferences, rank, resume_occupations, weights

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

    def fake(texts):
        asked.append(list(texts))
        return np.ones((len(texts), 4), dtype=np.float32) / 2

    monkeypatch.setattr(relevance, "encode", fake)
    monkeypatch.setattr(relevance, "_vectors", relevance.OrderedDict())
    relevance.embed(["first posting", "second posting"])
    vectors = relevance.embed(["second posting", "third posting"])
    assert asked == [["first posting", "second posting"], ["third posting"]]
    assert vectors.shape == (2, 4)


ANALYST = """Robin Example
Data Analyst
Experience
Data Analyst, Harbour Grocers, 2022 – present
- Build weekly sales dashboards in Tableau and answer questions from merchandising with SQL.
- Ran A/B tests on promotions and presented the results to managers.
Education
BA Economics, 2021
Skills: SQL, Excel, Tableau, Python, statistics
"""

BENEFITS = (
    "We offer medical, dental and vision insurance, a 401(k) match and paid time off. We are an equal "
    "opportunity employer and consider all applicants without regard to race, religion or disability."
)


def test_a_data_analyst_ranks_an_analyst_job_above_a_data_engineer_job_and_a_short_unrelated_one():
    """Postings as in a folder: no title given, the title only in the text."""
    postings = [
        Posting("engineer", "Data Engineer\nBuild and run data pipelines in Python and SQL; model data in Snowflake "
                "and dbt; orchestrate jobs with Airflow; work with data analysts. " + BENEFITS),
        Posting("analyst", "About Cobble Stores\nCobble Stores runs 80 shops in the region.\n\nJob Title: Data Analyst"
                "\nBuild dashboards in Tableau, write SQL to answer questions from the business, and run A/B "
                "tests. " + BENEFITS),
        Posting("cook", "Line Cook needed. Grill and prep."),
    ]
    ranked = [key for key, _ in rank(ANALYST, postings)]
    assert ranked.index("analyst") < ranked.index("engineer")
    assert ranked.index("analyst") < ranked.index("cook")


def test_with_a_level_weight_a_posting_of_the_persons_role_at_a_far_level_ranks_below_one_at_their_level():
    """The level component weighs 0 as fitted (docs/match.md); given weight, it orders the same job by level."""
    from onward.match.relevance import weights

    duties = "Build dashboards in Tableau and write SQL for the business; explain what moved the figures."
    postings = [
        Posting("senior", f"Senior Data Analyst\n{duties}"),
        Posting("intern", f"Data Analyst Intern\n{duties}"),
        Posting("director", f"Data Analytics Director\n{duties}"),
    ]
    plain = dict(rank(ANALYST, postings, None, weights() | {"level": 0.0}))
    levelled = dict(rank(ANALYST, postings, None, weights() | {"level": 1.0}))
    assert levelled["senior"] > levelled["intern"] and levelled["senior"] > levelled["director"]
    assert levelled["senior"] - levelled["intern"] > plain["senior"] - plain["intern"]


def test_boilerplate_is_left_out_of_what_the_ranking_reads_and_the_duties_stay():
    from onward.match.relevance import job_text

    text = ("About Us\nWe are a family firm founded in 1950 with offices in four states.\n\nRegistered Nurse\n"
            "Care for patients on a surgical ward and give medications. " + BENEFITS + "\nBenefits\n"
            "- Tuition support and a pension.\n\nPlease apply online today.")
    kept = job_text(text)
    assert "Care for patients on a surgical ward" in kept and "Registered Nurse" in kept
    for gone in ("family firm", "dental", "equal", "Tuition", "apply online"):
        assert gone not in kept


def test_the_title_of_a_posting_given_without_one_is_found_in_its_text():
    from onward.match.relevance import posting_title

    assert posting_title("About Acme\nAcme makes tools.\n\nJob Title: Staff Accountant\nLocation: Denver") == (
        "Staff Accountant")
    assert posting_title("Electrician needed in Denver. Bend conduit and pull wire.") == "Electrician"
    assert posting_title("Acme Tools Inc.\nWe are hiring a Payroll Specialist to run our biweekly payroll.") == (
        "Payroll Specialist")


def test_a_title_is_found_in_text_pasted_with_bullets_and_after_a_level_piece():
    from onward.match.occupations import classify
    from onward.match.relevance import posting_level, posting_title

    assert posting_title("Pediatric Staff Nurse • Remote • We are a growing clinic with sites in three states and "
                         "a friendly team. Care for children on a busy floor.") == "Pediatric Staff Nurse"
    # The whole line names the occupation now, and keeps the level piece that places the posting.
    title = posting_title("Summer Intern - Apprentice Electrician\nHelp our crews wire new homes.")
    assert classify(title).code == "47-2111" and posting_level(title, "") == 0


def test_level_words_and_years_place_a_posting_and_a_person():
    from onward.match.relevance import level_fit, posting_level, resume_level, resume_titles

    assert posting_level("Senior Director, Data & Insights", "") == 4
    assert posting_level("Data Analyst Intern", "") == 0
    assert posting_level("Data Analyst", "At least 8 years of experience.") == 3
    assert resume_level(resume_titles("Jo Example\nSenior Backend Engineer\n"), 3) == 3
    assert resume_level(resume_titles(ANALYST), 4) == 2
    assert level_fit(2, 3) == 1.0 and level_fit(2, 4) < level_fit(2, 3) and level_fit(1, 4) == 0.0


def test_in_run_on_text_pasted_from_a_page_one_boilerplate_clause_does_not_take_the_requirements_with_it():
    from onward.match.relevance import job_text

    text = ("What You Need for this Position Must have - Strong object oriented programming - At least 3 years of "
            "Java and Spring - SQL Server What's In It for You - Vacation/PTO - 401kSo, if you are a developer, "
            "please apply today!Applicants must be authorized to work in the U.S.")
    kept = job_text(text)
    assert "At least 3 years of Java and Spring" in kept and "SQL Server" in kept
    assert "401k" not in kept and "apply today" not in kept


def test_the_boilerplate_switches_decide_whether_the_word_counts_read_a_firms_benefits_text():
    from onward.match.relevance import signals, weights

    duties = "Care for patients on a surgical ward and give medications."
    postings = [Posting("plain", duties, "Registered Nurse"),
                Posting("perks", duties + " " + BENEFITS, "Registered Nurse"),
                Posting("other", "Reconcile accounts and close the books each month.", "Staff Accountant")]
    resume = NURSE + "\nI value dental and vision insurance, a 401(k) match and equal opportunity.\n"
    w = weights() | {"semantic": 0.0}
    lean = signals(resume, postings, None, w | {"text_boilerplate": 1, "text_boilerplate_min": 0})
    whole = signals(resume, postings, None, w | {"text_boilerplate": 0})
    assert lean[0]["text"] == lean[1]["text"]
    assert whole[1]["text"] != whole[0]["text"]
    # A list shorter than `text_boilerplate_min` is read whole: a handful of postings a person picked.
    short = signals(resume, postings, None, w | {"text_boilerplate": 1, "text_boilerplate_min": 20})
    assert short[1]["text"] == whole[1]["text"]


def test_a_cvs_job_titles_are_read_through_dates_and_years_of_experience_around_them():
    from onward.match.relevance import resume_titles

    cv = ("Alex Example\nFULL STACK DEVELOPER WITH 7+ YEARS OF EXPERIENCE\nExperience\n"
          "2021 - present, Electrician, Acme Electric, Denver\n"
          "Web Developer\t\t\tAcme Shop — 2015-2017\n"
          "Jun 2012Oct 2014 Registered Nurse\n"
          "Engineer's Degree - Civil Engineering and Management.\n")
    assert [t.code for t in resume_titles(cv)] == ["15-1252", "47-2111", "15-1254", "29-1141"]
    assert resume_titles("I am a Software Engineer with 6+ years of experience in Java.")[0].code == "15-1252"
    assert resume_titles("Skills\nthe server.\nand analysts.\n") == []


def test_the_sentence_encoder_reads_the_job_not_the_firms_story_that_opens_the_posting():
    from onward.match.relevance import signals, weights

    duties = "Registered Nurse\nCare for patients on a surgical ward, give medications and chart in Epic."
    story = ("About Us\nFounded in 1950, we are a family firm of builders and landscapers with offices in four "
             "states, proud of our craft, our clients and our community.\n\n")
    postings = [Posting("plain", duties), Posting("story", story + duties)]
    assert weights()["semantic_boilerplate"] == 1
    lean = signals(NURSE, postings)
    whole = signals(NURSE, postings, None, weights() | {"semantic_boilerplate": 0})
    assert abs(lean[0]["semantic"] - lean[1]["semantic"]) < 1e-6
    assert whole[1]["semantic"] < whole[0]["semantic"] - 0.02


GRAPHICS = """Sam Example
Software Engineer
Experience
Software Engineer, Lantern Games, 2020 - present
- Wrote the Vulkan and DirectX 12 renderer of our engine: shadow maps, deferred lighting and HLSL shaders.
- Profiled GPU frames with RenderDoc and PIX and cut frame time on consoles by a fifth.
- Worked with artists on the material system; code reviews and sprint planning with the team.
Skills: C++, Vulkan, DirectX 12, HLSL, GLSL, RenderDoc, linear algebra
"""

# Postings of one profession under one generic title: what tells them apart is the speciality's own words.
TEAM = ("Take part in code reviews and sprint planning with the team. Write clean, well-tested code and work with "
        "product managers and designers.")
SPECIALITIES = {
    "graphics": "Build our real-time renderer in C++ with Vulkan; write HLSL shaders and profile GPU frames.",
    "web": "Build React and TypeScript pages for our storefront and keep them fast and accessible.",
    "payments": "Build payment APIs in Java and Spring Boot on PostgreSQL and Kafka.",
    "cloud": "Run our Kubernetes clusters with Terraform and keep the on-call rotation calm.",
    "mobile": "Ship our Android app in Kotlin and Jetpack Compose.",
    "data": "Build data pipelines in Spark and Airflow that feed the warehouse.",
}


def test_within_one_profession_the_speciality_sharing_specific_words_ranks_above_one_sharing_generic_words():
    """A list of 200 postings of one profession, as a job board gives them. The graphics job is short and titled
    "Rendering Engineer", which names no occupation the taxonomy knows; the others are titled "Software Engineer"
    like the resume and repeat its generic words (team, code reviews, sprint planning, designers). Its renderer,
    shaders and GPU are what the resume is about; in a list this long the plain TF-IDF cosine counts for much
    (pooled: about half of its weight) and puts it near the top; without it, it came last."""
    postings = [Posting(f"{key}-{n}", f"Software Engineer\n{duty}\n{TEAM}\nOffice {n}.")
                for n in range(40) for key, duty in SPECIALITIES.items() if key != "graphics"]
    postings += [Posting("graphics", f"Rendering Engineer\n{SPECIALITIES['graphics']}"),
                 Posting("web", f"Software Engineer\n{SPECIALITIES['web']}\n{TEAM}")]
    ranked = [key for key, _ in rank(GRAPHICS, postings)]
    assert ranked.index("graphics") < ranked.index("web")
    assert ranked.index("graphics") < 3


def test_the_tfidf_component_is_the_plain_cosine_as_a_share_of_the_lists_best():
    from onward.match.relevance import signals, text_similarity, weights

    postings = [Posting(key, f"Software Engineer\n{duty}\n{TEAM}") for key, duty in SPECIALITIES.items()]
    w = weights() | {"tfidf": 1.0, "semantic": 0.0, "text_idf_pool": 200}
    parts = signals(GRAPHICS, postings, None, w | {"tfidf_pooled": 0})
    plain = text_similarity(GRAPHICS, [p.text for p in postings], 0.0)  # six postings: raw counts
    assert max(p["tfidf"] for p in parts) == 1.0
    best = max(plain)
    assert [round(p["tfidf"], 9) for p in parts] == [round(v / best, 9) for v in plain]
    # Pooled, it counts n / (n + text_idf_pool) of itself: little for six postings, as IDF does in `text`.
    pooled = signals(GRAPHICS, postings, None, w | {"tfidf_pooled": 1})
    assert [round(p["tfidf"], 9) for p in pooled] == [round(v / best * 6 / 206, 9) for v in plain]
    assert not any(p.get("tfidf") for p in signals(GRAPHICS, postings, None, weights() | {"tfidf": 0.0}))


VET = """Aroha Example, BVSc
Vet. Companion animal vet, five years as a vet in small animal practice; locum vet before that.
Consults for dogs and cats, soft tissue surgery, dentals.
"""


def test_words_said_again_and_again_count_less_than_the_words_that_name_the_speciality():
    from onward.match.relevance import text_similarity

    # One posting repeats the profession's word the resume uses too; the other names the person's speciality.
    repeats = ("Vet wanted. Our vet team needs a vet: a vet who loves being a vet in a busy vet practice, "
               "a farm vet for dairy herds and calvings; vet vet vet.")
    speciality = "Companion animal clinic: dogs and cats, soft tissue surgery."
    raw = text_similarity(VET, [repeats, speciality])
    damped = text_similarity(VET, [repeats, speciality], sublinear=True)
    assert raw[0] > raw[1]
    assert damped[1] > damped[0]
    # Words said once count the same either way.
    assert text_similarity("soft tissue surgery", ["tissue surgery dentals"], sublinear=True) == text_similarity(
        "soft tissue surgery", ["tissue surgery dentals"])


def _plain_text_similarities(resume, postings, idf_pools, sublinear):
    """text_similarities as it was written before numpy summed it: dicts of counts, sums word by word."""
    import math
    import re
    from collections import Counter

    counts = [Counter(re.findall(r"[a-z0-9+#]+", t.lower())) for t in (resume, *postings)]
    damped = [{word: 1 + math.log(c) for word, c in doc.items()} for doc in counts]
    df = Counter(word for doc in counts for word in doc)
    out = []
    for idf_pool, sub in zip(idf_pools, sublinear, strict=True):
        docs = damped if sub else counts
        share = len(postings) / (len(postings) + idf_pool)
        weight = {word: 1 + math.log((1 + len(docs)) / (1 + d)) * share for word, d in df.items()}
        mine = {word: count * weight[word] for word, count in docs[0].items()}
        mine_norm = math.sqrt(sum(v * v for v in mine.values()))
        values = []
        for doc in docs[1:]:
            norm = math.sqrt(sum((count * weight[word]) ** 2 for word, count in doc.items())) * mine_norm
            dot = sum(v * doc[word] * weight[word] for word, v in mine.items() if word in doc)
            values.append(dot / norm if norm else 0.0)
        out.append(values)
    return out


def test_the_word_counts_cosines_are_the_plain_loops_to_the_last_bit():
    import random

    from onward.match.relevance import text_similarities

    rng = random.Random(7)
    words = (VET + GRAPHICS + " ".join(SPECIALITIES.values()) + TEAM).split() + ["C++", "C#", "naïve", "3-5"]
    for _ in range(40):
        resume = " ".join(rng.choices(words, k=rng.randint(0, 200)))
        postings = [" ".join(rng.choices(words, k=rng.randint(0, 150))) for _ in range(rng.randint(1, 30))]
        pools, sublinear = (rng.choice([0.0, 7.0, 100.0]), 0.0), (rng.random() < 0.5, rng.random() < 0.5)
        got = text_similarities(resume, postings, pools, sublinear)
        assert [[v.hex() for v in values] for values in got] == [
            [v.hex() for v in values] for values in _plain_text_similarities(resume, postings, pools, sublinear)]
    assert text_similarities("nurse", [], (0.0,)) == [[]]
    assert text_similarities("", ["nurse", ""], (0.0,)) == [[0.0, 0.0]]


def test_boilerplate_is_taken_out_the_same_the_second_time_a_line_is_read():
    from onward.match.relevance import job_text

    posting = ("Data Engineer\nAbout us\nWe are a family firm.\n\nRequirements\n- Python and SQL. Apply now!\n"
               "We offer paid time off.\n - \nSpark")
    first = job_text(posting)
    assert "family firm" not in first and "paid time off" not in first and "Apply now" not in first
    assert "Python and SQL" in first and "Spark" in first
    assert job_text(posting) == first


def test_a_place_at_the_start_of_a_pasted_posting_is_not_read_as_its_title():
    from onward.match.relevance import posting_title

    text = "Trial Paralegal II - Baltimore, MD. Support attorneys through discovery and trial."
    assert posting_title(text) == "Trial Paralegal II"
    assert posting_title("Remote - Registered Nurse - Telehealth\nCall patients after discharge.") == (
        "Registered Nurse")


LAB_SCIENTIST = """Jordan Example
Medical Laboratory Scientist
Medical Laboratory Scientist, Microbiology, Valley Hospital Laboratory, 2023 - present
- Read Gram stains and plate wound, urine and blood cultures; identify isolates by MALDI-TOF.
- Set up susceptibility panels and call positive blood cultures to the wards.
B.S. Medical Laboratory Science. ASCP certified.
"""
LAB_ROUTINE = ("Hospital laboratory: run quality control, call critical results to the wards and keep analyzers "
               "running. ASCP certified Medical Laboratory Scientist with a B.S. in Medical Laboratory Science.")
LAB_SECTIONS = {
    "blood bank": "Perform ABO typing, antibody screens and crossmatches and issue blood products.",
    "hematology": "Run complete blood counts and review peripheral smears and coagulation tests.",
    "chemistry": "Calibrate chemistry analyzers and run immunoassays and drug levels.",
    "molecular": "Extract nucleic acids and run PCR and sequencing assays.",
}


def test_a_posting_of_the_persons_speciality_titled_as_another_occupation_ranks_above_other_specialities():
    """A clinical lab scientist in microbiology and a list of lab postings: the other sections under the generic
    title the resume itself uses ("Medical Laboratory Scientist"), the microbiology job titled "Microbiologist",
    which the taxonomy reads as a life scientist. Its cultures, Gram stains and susceptibilities are the resume's
    work; with `title_text` the title's occupation may not sink the posting whose words agree best."""
    postings = [Posting(f"{key}-{n}", f"Medical Laboratory Scientist\n{duty}\n{LAB_ROUTINE}\nShift {n}.")
                for n in range(30) for key, duty in LAB_SECTIONS.items()]
    postings.append(Posting("micro", "Microbiologist\nGram stains, cultures and MALDI-TOF identification."))
    ranked = [key for key, _ in rank(LAB_SCIENTIST, postings, None, weights() | {"title_text": 1})]
    assert ranked[0] == "micro"
    # As the title alone reads it, the posting is of another occupation, and it falls below the lab's other sections
    # (raw word counts in `tfidf`, no field gate; the fit left `title_text` off, as it cost the across-field set;
    # docs/match.md).
    off = {"title_text": 0, "field_tfidf": 0, "field_title": 0, "tfidf_sublinear": 0}
    without = [key for key, _ in rank(LAB_SCIENTIST, postings, None, weights() | off)]
    assert without.index("micro") > 0


def test_in_a_list_of_the_persons_own_field_the_words_they_share_outweigh_a_title_read_as_another_occupation():
    """The same lab list with the shipped weights: nearly every posting is the person's field, so the field gate
    moves weight from the title's occupation to the words; the microbiology job comes first without `title_text`."""
    from onward.match.relevance import field_gate, list_weights, signals

    postings = [Posting(f"{key}-{n}", f"Medical Laboratory Scientist\n{duty}\n{LAB_ROUTINE}\nShift {n}.")
                for n in range(30) for key, duty in LAB_SECTIONS.items()]
    postings.append(Posting("micro", "Microbiologist\nGram stains, cultures and MALDI-TOF identification."))
    assert weights()["title_text"] == 0
    assert [key for key, _ in rank(LAB_SCIENTIST, postings)][0] == "micro"
    parts = signals(LAB_SCIENTIST, postings)
    assert field_gate(parts, weights()) > 0.4
    gated = list_weights(parts, weights())
    assert gated["tfidf"] > weights()["tfidf"] and gated["title"] < weights()["title"]


def test_in_a_list_of_the_persons_own_field_a_posting_at_their_level_ranks_above_the_same_work_far_above_it():
    """In the lab list every posting shares the person's field, and two microbiology postings share the same work:
    one for a scientist a few years in, one for a laboratory director asking twelve years. There the field gate
    gives the level and the years asked their weight, so the one at the person's level comes first; the gated
    weights say so."""
    from onward.match.relevance import list_weights, signals

    postings = [Posting(f"{key}-{n}", f"Medical Laboratory Scientist\n{duty}\n{LAB_ROUTINE}\nShift {n}.")
                for n in range(30) for key, duty in LAB_SECTIONS.items()]
    work = "Gram stains, cultures, susceptibility panels and MALDI-TOF identification."
    postings += [Posting("staff", f"Medical Laboratory Scientist - Microbiology\n{work}\n1+ years of experience."),
                 Posting("director", f"Director of Microbiology\n{work}\n12+ years of experience.")]
    ranked = [key for key, _ in rank(LAB_SCIENTIST, postings)]
    assert ranked.index("staff") < ranked.index("director")
    gated = list_weights(signals(LAB_SCIENTIST, postings), weights())
    assert gated["level"] > weights()["level"] and gated["years"] > weights()["years"]


def test_a_mixed_list_and_a_short_list_keep_the_weights_as_they_are():
    """Postings of other fields with a few of the person's own (the held-out list's shape) leave the title its full
    weight; so do five postings a person picked, whatever their field."""
    from onward.match.relevance import field_gate, list_weights, signals

    forklift = Posting("forklift", "Load and unload trucks, pick orders with an RF scanner and drive a forklift in "
                       "our warehouse. Forklift certification, steel-toe boots.", "Warehouse Associate")
    others = [Posting(f"{p.id}-{n}", f"{p.text}\nOffice {n}.", p.title) for n in range(12)
              for p in (POSTINGS[0], forklift)]
    mixed = [*others, *(Posting(f"nurse-{n}", POSTINGS[1].text, POSTINGS[1].title) for n in range(3))]
    assert field_gate(signals(NURSE, mixed), weights()) == 0.0
    assert list_weights(signals(NURSE, mixed), weights()) == weights()
    short = [Posting(f"nurse-{n}", POSTINGS[1].text, POSTINGS[1].title) for n in range(5)]
    assert field_gate(signals(NURSE, short), weights()) == 0.0


def test_the_work_a_summary_says_the_person_is_after_is_read_before_the_titles_they_held():
    from onward.match.relevance import resume_targets, resume_titles

    cv = ("Sam Example\nSummary: nurse of ten years, now seeking a challenging systems administrator or network\n"
          "engineer position in a growing company.\nExperience\nRegistered Nurse, City Hospital, 2015 - present\n")
    codes = [t.code for t in resume_titles(cv)]
    assert codes[:2] == ["15-1244", "15-1241"] and codes[-1] == "29-1141"
    changer = ("Objective: to move from retail store management into a human resources generalist role.\n"
               "Store Manager, Shoe Shop, 2018 - present\n")
    assert resume_titles(changer)[0].code == "13-1071"
    assert resume_targets("Led the department's move to Google Classroom.\n") == []


def test_contact_details_are_not_read_as_titles_and_a_rank_alone_is_read_with_its_function():
    from onward.match.relevance import resume_titles

    assert resume_titles("jo.example@mail.com | github.com/joexample | Austin, TX\n") == []
    assert resume_titles("Director, Financial Planning & Analysis, 2019 - present\n")[0].code == "11-3031"


def test_an_equal_opportunity_paragraph_in_other_words_is_left_out_and_the_duties_stay():
    from onward.match.relevance import job_text

    text = ("Schedule inbound freight with carriers and track shipments.\n\n"
            "We do not discriminate on the basis of race, religion, national origin, sexual orientation or veteran "
            "status. Please contact us to request accommodation. 401(k) with a 4% company match, vested immediately.")
    kept = job_text(text)
    assert "track shipments" in kept
    assert "discriminate" not in kept and "accommodation" not in kept and "vested" not in kept
