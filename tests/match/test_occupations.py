"""Job title -> occupation: the measured title list and the `onward outlook` contract."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from onward.match.occupations import classify, data, key, meaning_similarity, query_key, without_employer

TITLES = Path(__file__).parent / "data" / "outlook_titles.tsv"


def _rows():
    lines = [line.rstrip("\n").split("\t") for line in TITLES.read_text().splitlines() if not line.startswith("#")]
    return [(title, codes.split(), split) for title, codes, split in lines[1:]]


def _right(title: str, codes: list[str]) -> bool:
    found = classify(title, meaning=True)
    if not codes:  # a vague or joking title: right when it names no occupation
        return found is None
    return found is not None and any(found.code == c or (c.endswith("*") and found.code.startswith(c[:-1]))
                                     for c in codes)


def test_the_title_list_covers_every_major_occupation_group():
    rows = _rows()
    assert len(rows) >= 100
    groups = {c[:2] for _t, codes, _s in rows for c in codes}
    assert groups >= {"11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41",
                      "43", "45", "47", "49", "51", "53"}


# The fourth and fifth lists, with many rare and ambiguous titles, are held to what they reached (docs/match.md); the
# ninth and common lists to what the fitted choice reaches (it gives up a few titles the table had learned).
@pytest.mark.parametrize(("split", "floor"), [("tune", 0.95), ("report", 0.95), ("fresh", 0.95), ("second", 0.95),
                                              ("third", 0.95), ("fourth", 0.93), ("fifth", 0.92), ("sixth", 0.95),
                                              ("seventh", 0.95), ("eighth", 0.95), ("ninth", 0.94),
                                              ("common", 0.90), ("tenth", 0.93), ("eleventh", 0.95),
                                              ("twelfth", 0.95), ("thirteenth", 0.90), ("fifteenth", 0.88),
                                              ("sixteenth", 0.85), ("seventeenth", 0.88),
                                              ("eighteenth", 0.93), ("nineteenth", 0.92),
                                              ("vague", 0.80), ("twentieth", 0.95), ("twenty-first", 0.77),
                                              ("twenty-second", 0.93),
                                              ("twenty-third", 0.90), ("twenty-fourth", 0.95),
                                              ("twenty-fifth", 0.94), ("twenty-sixth", 0.94),
                                              ("twenty-seventh", 0.91),
                                              ("twenty-eighth", 0.95), ("twenty-ninth", 0.92),
                                              ("thirtieth", 0.94), ("thirty-first", 0.93),
                                              ("thirty-second", 0.96), ("thirty-third", 0.90),
                                              ("thirty-fourth", 0.96), ("thirty-fifth", 0.85),
                                              ("thirty-sixth", 0.94)])
def test_titles_map_to_the_expected_occupation(split, floor):
    rows = [(t, codes) for t, codes, s in _rows() if s == split]
    wrong = [t for t, codes in rows if not _right(t, codes)]
    assert 1 - len(wrong) / len(rows) >= floor, wrong


@pytest.mark.parametrize(("title", "code"), [
    ("Backend engineer", "15-1252"),
    ("Pharmacist", "29-1051"),
    ("Customer service representative", "43-4051"),
    ("Sr. Backend Eng", "15-1252"),
    ("Registered Nurse - ICU", "29-1141"),
])
def test_meaning_decides_not_shared_words(title, code):
    assert classify(title).code == code


@pytest.mark.parametrize(("title", "code"), [
    ("Farm Labourer", "45-2092"),  # British spelling
    ("Paediatrician", "29-1221"),
    ("Saleswoman", "41-4012"),  # gendered form, by words alone
    ("Stockbroker", "41-3031"),  # written joined
    ("Head of Finance", "11-3031"),  # rewritten: finance manager
    ("Manager, Marketing", "11-2021"),  # the job before the comma, its field after
    ("Assistant Principal", "11-9032"),
    ("Sysadmin", "15-1244"),
    ("Electrician Apprentice", "47-2111"),
    ("Plasterer and Renderer", "47-2161"),  # two jobs joined: the first
    ("Executive Assistant to the CEO", "43-6011"),  # whose assistant is not the job
    ("Editor in Chief", "27-3041"),
])
def test_other_spellings_and_orders_read_as_the_usual_title(title, code):
    assert classify(title).code == code


@pytest.mark.parametrize(("title", "code"), [
    ("Server / Waitress", "35-3031"),  # two jobs in one title: the first known one
    ("Firefighter/EMT", "33-2011"),
    ("Req #4471 - Welder", "51-4121"),  # the first part names nothing; a later one does
    ("Maintenance Mechanic (Industrial)", "49-9041"),  # the words in brackets make a more specific title
    ("General Manager - Hotel", "11-9081"),  # and so do the words after the dash
    ("Production Team Leader - Food Factory", "51-1011"),  # the rewrite reads the title before the dash
    ("Cabin Crew Member", "53-2031"),  # "member" adds nothing to a known title
    ("QC Inspector", "51-9061"),
    ("Charge Nurse (LPN)", "29-2061"),  # the bracket is the whole job, abbreviated, with the same last word
    ("Retail Team Lead", "41-1011"),  # a team lead of a field is its supervisor
    ("Au Pair", "39-9011"),  # a table title whose words O*NET does not use
    ("Help Desk Analyst Tier 1", "15-1232"),  # a tier or band is a level, not the job
    ("Staff Nurse Band 5", "29-1141"),
    ("Year 3 Teacher", "25-2021"),  # British school years: 1-6 primary, 7-13 secondary
    ("Year 10 Science Teacher", "25-2031"),
])
def test_titles_as_postings_write_them(title, code):
    assert classify(title).code == code


@pytest.mark.parametrize(("title", "code"), [
    ("STNA", "31-1131"),  # O*NET writes "state tested nursing assistant (stna)": the bracket is a title too
    ("PA-C", "29-1071"),
    ("PMHNP", "29-1171"),  # the table's abbreviations, read in the everyday sense
    ("SDET", "15-1253"),
    ("CPS Investigator", "21-1021"),
    ("ADON", "11-9111"),
    ("LCPC", "21-1018"),
    ("HRIS Analyst", "15-1211"),  # an analyst of HR systems, not a financial analyst
    ("RSM", "11-2022"),
    ("Second Grade Teacher", "25-2021"),  # a school grade says the level of school
    ("7th Grade Science Teacher", "25-2022"),
])
def test_abbreviations_and_school_grades(title, code):
    assert classify(title).code == code


@pytest.mark.parametrize(("title", "code"), [
    ("Brickie", "47-2021"),  # nicknames of trades, as people in Britain and Australia type them
    ("Postie", "43-5052"),
    ("Ambo", "29-2043"),
    ("Kindie Teacher", "25-2012"),
    ("Head of Sales & Marketing", "11-2022"),  # the head of two functions: the first one's manager
    ("Director of Finance Department", "11-3031"),  # a department, team or services after the field add nothing
    ("Head of People Operations", "11-3121"),  # a rewrite read on: people manager, human resources manager
    ("Head Groundskeeper", "37-1012"),  # the head of a crew is its supervisor
    ("Hospital Security", "33-9032"),  # a field without the person who does it
    ("Demolition Crew", "47-2061"),
])
def test_nicknames_heads_of_things_and_fields_without_a_person(title, code):
    assert classify(title, meaning=True).code == code


@pytest.mark.parametrize("title", ["Chief Happiness Ninja", "Chief Kindness Officer", "Chief Ninja"])
def test_a_rank_with_no_known_job_or_function_names_no_occupation(title):
    assert classify(title, meaning=True) is None


@pytest.mark.parametrize("title", ["Chief Revenue Officer", "Chief Compliance Officer", "Chief Communications Officer"])
def test_an_office_at_the_top_is_a_chief_executive_not_an_officer_of_its_field(title):
    assert classify(title, meaning=True).code == "11-1011"


@pytest.mark.parametrize("title", ["Associate", "Member", "Apprenticeship", "Workforce", "Freelance", "Exam"])
def test_one_generic_or_modifier_word_names_no_occupation(title):
    # "Exam" is a word of a longer O*NET title only (exam grader), "Associate" the last word of titles of many jobs.
    assert classify(title, meaning=True) is None, title


@pytest.mark.parametrize(("title", "code"), [
    ("Dry Waller", "47-2081"),  # two words written apart that O*NET writes as one
    ("HS English Teacher", "25-2031"),
    ("Cyber Analyst", "15-1212"),  # O*NET files the words under detectives; everyday it is security analysis
])
def test_words_written_apart_and_everyday_short_forms(title, code):
    assert classify(title, meaning=True).code == code


def test_equal_evidence_goes_to_the_occupation_that_employs_more_people():
    # O*NET files "fast food worker" once under fast food cooks and once under fast food and counter workers.
    assert classify("Fast Food Worker").code == "35-3023"
    # "Mover": millwrights (moving machines), light truck drivers and hand movers, two sources each.
    assert classify("Mover").code == "53-7062"
    # A named occupation before a catch-all: network architects, not "computer occupations, all other".
    assert classify("Network Engineer").code == "15-1241"


@pytest.mark.parametrize(("title", "code"), [
    ("Maitre d'", "35-9031"),  # closest in meaning to waiters; the table says hosts
    ("Vet Nurse", "29-2056"),  # "nurse" means registered nurses; the table says veterinary technicians
    ("Car Porter", "53-7061"),  # O*NET: a railway sleeping-car porter; in postings, a car dealership's
])
def test_a_table_title_as_typed_is_not_overruled(title, code):
    assert classify(title, meaning=True).code == code


def test_a_place_after_the_dash_is_not_a_job():
    assert classify("Req #4471 - London") is None
    assert classify("Plumber - Leeds").code == classify("Plumber").code


@pytest.mark.parametrize(("title", "code"), [
    ("Bakery Production Baker (early mornings)", "51-3011"),  # no title shares enough words; the last word is a job
    ("Family Law Solicitor", "23-1011"),
    ("Adjunct Professor - English", "25-1123"),  # the meaning reads the words after the dash
])
def test_meaning_reads_the_job_word_and_the_field(title, code):
    assert classify(title, meaning=True).code == code


def test_a_comma_before_a_company_name_keeps_the_job():
    assert classify("Server, Olive Garden").code == classify("Server").code


@pytest.mark.parametrize(("title", "words_alone", "meaning"), [
    ("UX Designer", "15-1253", "15-1255"),  # O*NET's votes lean to testers; the title means interface design
    ("Town Planner", None, "19-3051"),  # no O*NET title has these words together
    ("Site Manager (Construction)", "11-9199", "11-9021"),  # the meaning reads the words in brackets too
])
def test_meaning_settles_what_the_words_leave_open(title, words_alone, meaning):
    by_words = classify(title)
    assert (by_words.code if by_words else None) == words_alone
    assert classify(title, meaning=True).code == meaning


def test_meaning_does_not_invent_an_occupation_for_nonsense_nor_overrule_a_loose_match():
    assert classify("Zorblax quux", meaning=True) is None
    assert classify("DBA", meaning=True).code == "15-1242"
    assert classify("Travel Nurse", meaning=True).code == "29-1141"


@pytest.mark.parametrize(("title", "code"), [
    ("Dump Truck Operator", "53-3032"),  # the words alone find hoist and winch operators
    ("Forensic Accountant", "13-2011"),  # O*NET files it under financial specialists, all other
    ("Nonprofit Program Director", "11-9151"),  # not a producer or director of shows
    ("Special Needs Teaching Assistant", "25-9045"),  # an assistant, not the teacher
    ("Builder", "47-2031"),
])
def test_the_fitted_choice_weighs_meaning_spelling_and_size_against_the_words(title, code):
    by_words = classify(title)
    assert by_words is None or by_words.code != code
    assert classify(title, meaning=True).code == code


def test_a_choice_that_overrules_the_words_names_the_title_it_rests_on():
    found = classify("Dump Truck Operator", meaning=True)
    # An O*NET title of the chosen occupation, spelt like the one typed, not the occupation's own name.
    assert found.how == "similar" and "truck" in found.matched and found.matched != found.title.lower()
    assert "53-3032" in data()["titles"][found.matched]


def test_the_fitted_weights_name_every_feature():
    from onward.match.occupations import scorer as occupation_scorer

    assert occupation_scorer.weights().shape == (len(occupation_scorer.FEATURES),)
    # Meaning carries the most weight, as fitted on the held-out-era lists (docs/match.md).
    assert occupation_scorer.FEATURES[int(occupation_scorer.weights().argmax())] == "meaning"


def test_the_no_occupation_gate_names_every_feature():
    from onward.match.occupations import scorer as occupation_scorer

    weights, _bias, threshold = occupation_scorer.gate()
    assert weights.shape == (len(occupation_scorer.GATE),) and 0 < threshold < 1


# Jokes, statuses and generic words: the best candidate rests on a stray word ("Head" of a meat trimmer) that explains
# little of the title, so the fitted gate leaves them unplaced and the user chooses.
@pytest.mark.parametrize("title", ["Head of Vibes", "Galactic Overlord", "Dog Mom",
                                   "Professional Overthinker", "Looking for Work"])
def test_a_vague_or_joking_title_names_no_occupation(title):
    assert classify(title, meaning=True) is None


# A word O*NET does not know (a product, a place, an employer) does not make a real job vague.
@pytest.mark.parametrize(("title", "code"), [
    ("Oracle DBA", "15-1242"),
    ("SaaS Account Executive", "41-3091"),
    ("Cashier at Kroger", "41-2011"),
    ("Lyft/Uber Driver", "53-3054"),
    ("Counsellor", "21-1019"),
])
def test_a_real_title_with_an_unknown_word_keeps_its_occupation(title, code):
    found = classify(title, meaning=True)
    assert found is not None and found.code == code


@pytest.mark.parametrize(("title", "code"), [
    ("Cattle Rancher", "11-9013"),  # BLS: "Farmers, ranchers, and other agricultural managers"
    ("Receiving Clerk", "43-5071"),  # "Shipping, receiving, and inventory clerks"
    ("Die Maker", "51-4111"),  # "Tool and die makers"
])
def test_a_name_that_lists_several_jobs_names_each_of_them(title, code):
    assert classify(title).code == code


def test_a_list_in_a_name_that_says_where_or_what_is_supervised_names_no_job():
    from onward.match.occupations import _generic_heads, _listed

    generic = _generic_heads()
    assert _listed("Packers and packagers, hand", generic) == [("packer",), ("packager",)]
    assert _listed("Art, drama, and music teachers, postsecondary", generic) == []  # not every music teacher
    assert _listed("First-line supervisors of helpers, laborers, and material movers, hand", generic) == []
    assert _listed("Medical secretaries and administrative assistants", generic) == []


@pytest.mark.parametrize(("title", "code"), [
    ("Stock Boy", "53-7065"),  # a person word for the job: read as "stock worker"
    ("Casheir", "41-2011"),  # a typing slip in a word many titles use
    ("Recepcionist", "43-4171"),
    ("Waiting Staff", "35-3031"),  # a title that names a job as typed is not mended ("writing")
    ("People Operations Manager", "11-3121"),  # "People" is human resources; the meaning reads it so too
    ("AC Technician", "49-9021"),
])
def test_informal_words_and_typing_slips(title, code):
    assert classify(title).code == code
    assert classify(title, meaning=True).code == code


@pytest.mark.parametrize(("title", "code"), [
    ("Lift Truck Op", "53-7051"),  # O*NET writes "op" for operator and "rad" for radiologic in its own titles
    ("Rad Technologist II", "29-2034"),
])
def test_short_words_onet_writes_for_longer_ones(title, code):
    assert classify(title, meaning=True).code == code


def test_a_short_word_is_read_in_full_only_when_that_names_a_title():
    assert classify("Chem Plant Op").read_as == "chemical plant operator"  # "chem" and "op" in full
    assert classify("Rad Tech").read_as == ""  # O*NET's own title as typed


@pytest.mark.parametrize("title", ["Associate, Customer Care", "Executive, Customer Care"])
def test_a_word_for_any_employee_takes_the_job_its_field_names(title):
    found = classify(title)
    assert found.code == "43-4051"
    assert found.read_as == "customer care representative"
    assert classify("Associate, Customer Care", meaning=True).code == "43-4051"


def test_a_word_for_any_employee_alone_names_no_job():
    assert classify("Associate") is None


@pytest.mark.parametrize(("title", "code"), [
    ("Store Associate (Cashier)", "41-2011"),  # the bracket names the job in plain words
    ("Host Team Member (Cashier)", "41-2011"),
    ("Athletic Trainer (ATC)", "29-9091"),  # a credential in brackets does not replace the job
])
def test_a_bracket_that_is_an_occupations_own_name_says_the_job(title, code):
    assert classify(title).code == code


def test_an_assistant_placed_by_meaning_alone_is_not_the_manager_it_assists():
    assert classify("Marketing Assistant") is None
    assert classify("Marketing Assistant", meaning=True).code == "13-1161"


def test_data_analyst_is_a_data_occupation():
    assert classify("Data analyst").code in {"15-2051", "15-2041"}


def test_titles_are_read_in_the_singular_and_without_level_words():
    assert key("Senior Pharmacists II (Remote)") == key("pharmacist")


@pytest.mark.parametrize(("title", "plain"), [
    ("Warehouse Manager $70K-$80K", "Warehouse Manager"),
    ("Barista $17.50/hr", "Barista"),
    ("Cashier #2231", "Cashier"),
    ("Night Stocker #R-7710", "Night Stocker"),
    ("Reading Teacher K-5", "Reading Teacher"),
])
def test_a_postings_pay_number_and_grade_range_are_not_read_as_the_job(title, plain):
    assert query_key(title) == query_key(plain)


def test_a_language_with_a_hash_and_a_dog_unit_keep_their_words():
    assert "c#" in query_key("C# Developer")
    assert query_key("K-9 Handler") == ("k", "9", "handler")


@pytest.mark.parametrize("bracket", ["(Weekends)", "(Daily Pay)", "- Hiring Immediately", "(2nd Shift, $19/hr)"])
def test_a_part_that_only_says_hours_pay_or_hiring_does_not_move_the_meaning(bracket):
    assert np.allclose(meaning_similarity(f"Mail Clerk {bracket}"), meaning_similarity("Mail Clerk"))


def test_a_part_that_says_the_setting_still_moves_the_meaning():
    assert not np.allclose(meaning_similarity("Cook (Hospital)"), meaning_similarity("Cook"))


# A licence or registration word in front says how the job is held, not which job; a title O*NET lists with it keeps it.
@pytest.mark.parametrize(("title", "plain"), [
    ("Registered Childminder - Home-Based", "Childminder - Home-Based"),
    ("Certified Esthetician", "Esthetician"),
    ("Chartered Accountant", "Accountant"),
])
def test_a_licence_word_in_front_does_not_change_the_job(title, plain):
    assert query_key(title) == query_key(plain)
    assert classify(title, meaning=True).code == classify(plain, meaning=True).code


@pytest.mark.parametrize(("title", "kept"), [("Registered Nurse", "registered"),
                                             ("Licensed Practical Nurse", "licensed"),
                                             ("Certified Nursing Assistant", "certified")])
def test_a_title_onet_lists_with_its_licence_word_keeps_it(title, kept):
    assert query_key(title)[0] == kept


# British, Australian and Canadian official titles read in their own country's sense, and a trade's "mate" its helper.
@pytest.mark.parametrize(("title", "code"), [
    ("Enrolled Nurse", "29-2061"),
    ("Lettings Negotiator", "41-9022"),
    ("Groundworker", "47-2061"),
    ("Electrician's Mate", "47-3013"),
    ("Aircon Technician", "49-9021"),
])
def test_regional_titles_are_read_in_their_own_sense(title, code):
    assert classify(title, meaning=True).code == code


def test_a_substitute_teacher_with_a_grade_range_and_pay_is_a_substitute_teacher():
    assert classify("Substitute Teacher K-8 (Weekly Pay)", meaning=True).code == "25-3031"


def test_outlook_command_prints_one_json_line_per_title(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "outlook", "Backend engineer", "Zorblax quux",
                           "Town planner", "--json"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first, second, third = (json.loads(line) for line in done.stdout.splitlines())
    assert first["title"] == "Backend engineer" and first["soc"] == "15-1252" and first["found"] is True
    assert first["occupation"] == "Software developers"
    assert first["change_pct"] == pytest.approx(15.8) and first["openings_per_year"] == 115200
    assert second["soc"] is None and second["found"] is False and set(second) == set(first)
    # Meaning places a title whose words no O*NET title has together.
    assert third["soc"] == "19-3051" and third["occupation"] == "Urban and regional planners"
    # Files alone: no database is created.
    assert not (tmp_path / "data" / "onward.sqlite3").exists()


def test_outlook_command_says_when_a_joking_title_names_no_occupation(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "outlook", "Vice President of Vibes", "Nurse", "--json"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    joke, nurse = (json.loads(line) for line in done.stdout.splitlines())
    assert joke == {**dict.fromkeys(joke), "title": "Vice President of Vibes", "found": False}
    assert nurse["found"] is True and nurse["soc"] == "29-1141"
    text = subprocess.run([sys.executable, "-m", "onward", "outlook", "Vice President of Vibes"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert text.returncode == 0 and "no occupation found" in text.stdout and "choose" in text.stdout


def test_outlook_command_reads_nicknames_heads_and_joking_offices(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    titles = ["Sparky", "Head of People", "Chief Happiness Ninja", "Chief Snack Officer", "Chief Revenue Officer"]
    done = subprocess.run([sys.executable, "-m", "onward", "outlook", *titles, "--json"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["title"] for line in lines] == titles
    assert [line["soc"] for line in lines] == ["47-2111", "11-3121", None, None, "11-1011"]
    assert [line["found"] for line in lines] == [True, True, False, False, True]


@pytest.mark.parametrize(("title", "code"), [("Customer Service Supervisor", "43-1011"),
                                             ("SEO Content Writer", "27-3043")])
def test_the_job_word_the_words_found_settles_the_kind_of_job(title, code):
    # The fitted choice may pick another sense of the job word, not a job that ends in another word: a title spelt
    # like the field ("customer service clerk", "search engine optimizer") does not overrule it.
    assert classify(title, meaning=True).code == code


@pytest.mark.parametrize(("title", "code"), [("Nursing Lecturer", "25-1072"), ("Law Lecturer", "25-1112"),
                                             ("Economics Lecturer", "25-1063"), ("Lecturer", "25-1199")])
def test_a_lecturer_is_the_postsecondary_teacher_of_the_subject(title, code):
    assert classify(title).code == code
    assert classify(title, meaning=True).code == code


def test_a_setting_put_in_front_does_not_move_the_job_out_of_its_group():
    # "Food Plant" says where: the job is no crop farmworker ("plant production worker").
    assert classify("Production Worker - Food Plant").code[:2] == "51"
    assert classify("Production Worker - Food Plant", meaning=True).code[:2] == "51"
    # A setting that keeps the job in its group still says which kind.
    assert classify("General Manager - Boutique Hotel").code == "11-9081"
    assert classify("Maintenance Mechanic (Industrial)").code == "49-9041"


# A job word of another English-speaking country is read as the word O*NET uses for it, by words and by meaning.
@pytest.mark.parametrize(("title", "standard"), [
    ("Electrical Draughtsman", "Electrical Drafter"),
    ("Telecaller (Hindi)", "Telemarketer"),
    ("Telesales Agent", "Telephone Sales Agent"),
    ("Lollipop Lady", "Crossing Guard"),
    ("Door Staff", "Security Guard"),
    ("Chef de Partie", "Line Cook"),
    ("Multi Drop Van Driver", "Delivery Van Driver"),
    ("Plant Fitter", "Heavy Equipment Mechanic"),
    ("Early Years Practitioner", "Childcare Worker"),
    ("Physio", "Physiotherapist"),
])
def test_a_regional_job_word_is_read_as_the_standard_one(title, standard):
    assert classify(title).code == classify(standard).code
    assert classify(title, meaning=True).code == classify(standard, meaning=True).code


def test_a_regional_word_inside_another_title_is_left_alone():
    # "traffic controller" is no entry ("Air Traffic Controller" stays), and "fitter" alone is no diesel fitter.
    assert classify("Air Traffic Controller", meaning=True).code == "53-2021"
    assert classify("Pipe Fitter").code.startswith("47-")


def test_a_british_support_tier_is_a_level_not_the_job():
    assert query_key("2nd Line Support Analyst") == query_key("Support Analyst")
    assert query_key("First Line Supervisor") == ("first", "line", "supervisor")


@pytest.mark.parametrize(("title", "code"), [("Team Leader (Housekeeping)", "37-1011"),
                                             ("Team Leader - Warehouse", "53-1047")])
def test_a_team_leader_of_a_setting_is_its_supervisor(title, code):
    assert classify(title).code == code
    assert classify(title, meaning=True).code == code


# Job words of Britain, Ireland and Australia that O*NET lacks or reads in another sense, read in its words.
@pytest.mark.parametrize(("title", "code"), [
    ("Supply Teacher", "25-3031"),
    ("Casual Relief Teacher", "25-3031"),
    ("Nursery Nurse", "39-9011"),
    ("Care Home Manager", "11-9111"),
    ("Registered Manager - Domiciliary Care", "11-9111"),
    ("Office Junior", "43-9061"),
    ("Motor Vehicle Technician", "49-3023"),
    ("Year 5 Class Teacher", "25-2021"),
])
def test_regional_words_name_the_job_they_mean_there(title, code):
    assert classify(title).code == code
    assert classify(title, meaning=True).code == code


# In Britain and India "Executive" after a function is a staff title; "Account Executive" stays a sales one.
@pytest.mark.parametrize(("title", "code"), [
    ("Marketing Executive", "13-1161"),
    ("Digital Marketing Exec", "13-1161"),
    ("Car Sales Executive", "41-2031"),
    ("Business Development Executive", "41-3091"),
    ("Account Executive", "41-3091"),
])
def test_an_executive_of_a_function_is_staff_in_the_british_sense(title, code):
    assert classify(title, meaning=True).code == code


def test_a_licence_category_and_the_days_worked_are_not_the_job():
    assert query_key("HGV Driver Cat C+E") == query_key("HGV Driver") == query_key("LGV Driver Category C")
    assert query_key("Security Officer - Sat/Sun") == query_key("Security Officer")
    assert query_key("Cat Groomer") == ("cat", "groomer")
    assert classify("Bouncer - Fri/Sat").code == classify("Bouncer").code == "33-9032"


@pytest.mark.parametrize(("title", "code"), [("EFL Teacher", "25-3011"), ("TEFL Teacher", "25-3011"),
                                             ("LGV Driver", "53-3032")])
def test_more_short_words_are_read_in_full(title, code):
    assert classify(title, meaning=True).code == code


def test_a_team_member_is_the_job_of_the_team_but_cabin_crew_stay_cabin_crew():
    assert classify("Night Fill Team Member", meaning=True).code == "53-7065"
    assert classify("Cabin Crew Member", meaning=True).code == "53-2031"


# A large employer's name is read out of the title; with nothing else of a job left, the title is its staff job.
@pytest.mark.parametrize(("title", "code"), [
    ("Taco Bell Team Member", "35-3023"),
    ("Associate at Walmart", "41-2031"),
    ("Home Depot Cashier", "41-2011"),
    ("Best Buy Sales Associate", "41-2031"),
    ("Lyft Driver", "53-3054"),
    ("Instacart Shopper", "53-3033"),
    ("Crew - McDonalds", "35-3023"),
])
def test_an_employers_name_is_not_the_job(title, code):
    assert classify(title).code == code
    assert classify(title, meaning=True).code == code


def test_an_employers_name_is_read_out_and_the_rest_kept():
    assert without_employer("Dollar General Store Manager") == "Store Manager"
    # A name O*NET's words do not know stays: it tells the meaning where the job is.
    assert without_employer("Cashier – Kroger") == "Cashier – Kroger"
    assert without_employer("Subway Operator") == "Subway Operator"


@pytest.mark.parametrize(("title", "code"), [
    ("English Teacher (Secondary)", "25-2031"),
    ("History Teacher - Middle School", "25-2022"),
    ("Art Teacher - Primary School", "25-2021"),
    ("Music Teacher (Grades 6-8)", "25-2022"),
])
def test_a_school_level_apart_from_the_subject_says_which_teacher(title, code):
    assert classify(title, meaning=True).code == code


@pytest.mark.parametrize(("title", "code"), [
    ("Saleslady", "41-2031"),
    ("Peon", "43-9061"),
    ("Labourer - Groundworks", "47-2061"),
    ("Plumbing Apprentice - 2nd Year", "47-2152"),
    ("Roofing Apprentice", "47-2181"),
])
def test_gendered_words_indian_and_british_words_and_a_trades_apprentice(title, code):
    assert classify(title, meaning=True).code == code


# A supervisor's word with an employer's name is the supervisor of the employer's staff job.
@pytest.mark.parametrize(("title", "code"), [
    ("Shift Manager at Taco Bell", "35-1012"),
    ("Walmart Shift Supervisor", "41-1011"),
    ("Team Leader – Tesco", "41-1011"),
    ("FedEx Team Lead", "53-1047"),
])
def test_a_supervisor_at_a_named_employer_supervises_its_staff_job(title, code):
    assert classify(title).code == code
    assert classify(title, meaning=True).code == code


def test_a_turned_round_title_keeps_its_last_known_words():
    assert classify("Director, Brand Marketing", meaning=True).code == "11-2021"
    assert classify("Server, Olive Garden", meaning=True).code == "35-3031"


@pytest.mark.parametrize(("title", "code"), [
    ("Therapy Assistant (COTA)", "31-2011"),
    ("Surg Tech", "29-2055"),
    ("Mfg Supervisor", "51-1011"),
    ("Whse Associate", "53-7062"),
    ("FF/Paramedic", "33-2011"),
    ("Acctg Clerk", "43-3031"),
    ("Floor Tiler", "47-2044"),
    ("Reach Truck Operator", "53-7051"),
    ("Catering Staff", "35-2021"),
])
def test_short_forms_regional_words_and_staff_of_a_field(title, code):
    assert classify(title, meaning=True).code == code
