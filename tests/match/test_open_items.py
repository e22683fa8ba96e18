"""The open-vocabulary reader of postings and its place in the report: listed apart, outside the match rate."""

from onward.match.extract import extract_posting
from onward.match.open_items import open_items
from onward.match.report import build_report, match
from onward.match.taxonomy import load

POSTING = """Kiln Technician

What you'll do:
- Operate kilns, mix glazes and slips, and repair kiln shelves
- Keep firing logs in Glazy and order cones from suppliers
- Work with Python on the firing schedules

Requirements:
- Experience with cone packs and pyrometers
- Ability to lift 50 pounds

Benefits: medical, dental and vision insurance, generous paid time off.
We are an equal opportunity employer and celebrate diversity.
"""


def _wordings(text=POSTING):
    return [i.wording for i in open_items(text, load())]


def test_list_items_are_split_trimmed_and_kept():
    got = _wordings()
    # Verbs and "experience with" are trimmed; lists split on commas, "and", "or".
    for wording in ("slips", "firing logs", "Glazy", "cones", "cone packs", "pyrometers"):
        assert wording in got, (wording, got)


def test_benefits_numbers_people_and_taxonomy_items_are_left_out():
    got = [w.lower() for w in _wordings()]
    # Benefits and equal-opportunity lines, a weight, whom the work is with, and what the taxonomy names.
    for absent in ("medical", "dental", "vision", "diversity", "50 pounds", "suppliers", "python", "glazes"):
        assert not any(absent in w for w in got), (absent, got)
    # An item saying more than the taxonomy item inside it stays: the taxonomy reads "shelves" alone. A duty on it
    # is named by the verb's activity, as the same work said as a noun would be.
    assert "kiln shelf repair" in got


def test_everyday_words_alone_are_not_items():
    got = _wordings("Responsibilities:\n- Keep the homes, rooms and cars clean\n- Use Glazy daily")
    assert got == ["Glazy"]


def test_a_requirement_line_gives_its_level():
    levels = {i.wording: i.level for i in open_items(POSTING, load())}
    assert levels["pyrometers"] == "required"
    assert levels["firing logs"] == "mentioned"


def test_report_lists_them_apart_and_the_rate_does_not_count_them():
    resume = "Studio assistant. Fired kilns and mixed glazes; kept firing logs. Python scripts. 2019 - 2023."
    report = match(resume, POSTING, "Kiln Technician")
    asked = {a.wording: a.in_resume for a in report.also_asked}
    assert asked["firing logs"] is True
    assert asked["pyrometers"] is False
    assert asked["slips"] is False
    # The same report without the open items has the same rate and categories: they count for nothing.
    from onward.match.extract import extract_posting, extract_resume

    taxonomy = load()
    plain = build_report(extract_resume(resume, taxonomy), extract_posting(POSTING, "Kiln Technician", taxonomy))
    assert plain.score == report.score
    assert plain.categories == report.categories
    assert "also_asked" in report.to_dict()


def test_banners_headers_title_words_and_contractions_are_no_items():
    text = (
        "Imaging Scheduler - Outpatient Radiology\n"
        "TRAVEL CONTRACT | 13 WEEKS | NIGHTS\n"
        "You'll work queues in Prelude and we're async-first.\n"
        "- Keep Radiology Scheduler logs current\n"
    )
    got = [i.wording for i in open_items(text, load(), "Imaging Scheduler")]
    assert "Prelude" in got
    for absent in ("Outpatient Radiology", "TRAVEL CONTRACT", "NIGHTS", "ll work queues", "re async-first"):
        assert absent not in got, (absent, got)


def test_a_job_orders_field_labels_and_values_are_no_items():
    found = _wordings(
        "Employer: Brightline Electric Co.\nClassification: Journeyman Inside Wireman\nJob site: hospital east wing\n"
        "Duties: pull feeders and terminate switchgear; install fire alarm devices.\n"
        "Requirements:\n- APCO Public Safety Telecommunicator certs within 12 months"
    )
    assert not any(w in " ".join(found) for w in ("Classification", "Brightline", "east wing")), found
    assert "APCO Public Safety Telecommunicator" in found, found


def test_a_duty_whose_object_says_little_is_named_by_its_activity():
    got = _wordings("Responsibilities:\n- Order parts, collect fees and schedule staff\n- Call parents\n- Meet owners")
    assert {"parts ordering", "fee collection"} <= set(got), got
    # Whom the work is for is not turned into a skill.
    assert not any("parent" in w or "owner" in w for w in got), got


def test_work_done_to_people_is_named_by_its_activity():
    # A verb of work on people with people as its object is a skill, whatever words say which ones.
    got = _wordings(
        "Kitchen Lead\n\nWhat you will do:\n- Train cooks on recipes and plating\n- Escort patients to imaging\n"
        "- Instruct all apprentices and seat patients\n- Lead banquet cooks through service\n- Coach new hires\n"
    )
    # Named as a resume lists the work: the activity's noun after the object, else the "-ing" form before it.
    for wording in ("cook training", "apprentice instruction", "patient seating",
                    "leading banquet cooks", "hire coaching"):
        assert wording in got, got
    # People named by a participle ("Registered nurses") or the object of a preposition are no duty.
    got = _wordings("Team\n\nDuties:\n- Registered nurses on staff\n- Report to managers daily\n")
    assert not any(w.endswith(("registry", "registering", "reporting")) for w in got), got


def test_work_with_people_said_with_ing_in_a_requirement_is_an_item():
    got = _wordings("Tutor\n\nWhat you bring:\n- TESOL certificate, experience teaching adults, patience\n")
    assert "adult teaching" in got, got
    got = _wordings("Tutor\n\nWhat you bring:\n- Experience working alongside adults\n")
    assert not any("adult" in w for w in got), got


def test_list_marks_writers_type_are_no_part_of_an_item():
    got = _wordings("Dental Assistant\n\nYour day:\n>> Seat patients and prepare operatories\n→ Make temporaries\n")
    assert {"patient seating", "operatories", "temporaries"} <= set(got), got
    assert not any(">" in w or "→" in w for w in got), got


def test_a_duty_and_its_activity_are_the_same_item_in_the_resume():
    posting = "Kitchen Lead\n\nWhat you will do:\n- Train cooks on plating\n"
    for resume, found in (("Trained cooks for a busy line.", True), ("Led cook training twice a year.", True),
                          ("Cooks trained by me.", True), ("Trained staff. Cooks dinner.", False)):
        report = match(resume, posting, "Kitchen Lead")
        asked = {a.wording: a.in_resume for a in report.also_asked}
        assert asked["cook training"] is found, (resume, asked)


def test_everyday_nouns_that_name_a_thing_together_are_items_but_loose_phrases_are_not():
    got = _wordings("Requirements:\n- Chest pain and blood products\n- Long periods of standing; a fast pace")
    assert {"Chest pain", "blood products"} <= set(got), got
    assert not any(w.lower() in ("long periods", "fast pace") for w in got), got
    # An item that ends in an adjective or says a verb is a sentence, not a skill.
    got = _wordings("Requirements:\n- Keep the branch compliant\n- Our billing team requires invoices")
    assert got == [], got


def test_degrees_role_acronyms_and_the_titles_initials_are_no_open_items():
    text = """Patient Care Technician
Mercy General is hiring PCTs for nights.
- Report to the COO on rounding with the charge nurse
- Bachelor's or high school diploma; PACS and Omnicell experience
"""
    got = [i.wording for i in open_items(text, load(), "Patient Care Technician")]
    for absent in ("PCTs", "COO", "Bachelor's", "high school diploma"):
        assert absent not in got, (absent, got)
    assert "rounding" in got, got


def test_open_items_written_as_a_name_count_in_the_rate_and_are_listed():
    posting = POSTING.replace("- Ability to lift", "- Experience with KilnOS\n- Ability to lift")
    without = match("Fired kilns and mixed glazes. Python.", posting, "Kiln Technician")
    with_it = match("Fired kilns and mixed glazes in KilnOS. Python.", posting, "Kiln Technician")
    # Listed as a hard item, missing from the first resume and matched in the second; never under "also asked".
    assert [i.category for i in without.missing if i.wording == "KilnOS"] == ["hard"]
    assert any(i.wording == "KilnOS" for i in with_it.matched)
    assert all(a.wording != "KilnOS" for a in with_it.also_asked + without.also_asked)
    assert with_it.score > without.score
    hard = next(c for c in with_it.categories if c.category == "hard")
    assert hard.matched == sum(i.category == "hard" and i.level != "preferred" for i in with_it.matched)
    # Plain-word items stay outside: "pyrometers" is listed apart and does not move the rate.
    assert "pyrometers" in {a.wording for a in with_it.also_asked}


def test_places_notice_words_and_described_things_are_no_open_items():
    text = (
        "Case Manager\n"
        "What you'll do:\n"
        "- Enter data in HMIS and hand off with clear notes\n"
        "- Serve families in Tampa, South Providence and New Mexico with Vietnamese interpreters\n"
        "Licenses or Certifications: None.\n"
    )
    got = [w.lower() for w in _wordings(text)]
    for absent in ("data enteral", "note clearance", "tampa", "south providence", "new mexico", "none"):
        assert absent not in got, (absent, got)
    # A verb in "-er" names its activity in "-ry" ("Enter data": data entry), not in "-al".
    assert "data entry" in got


def test_communicating_with_people_is_an_item_working_with_them_is_not():
    got = _wordings(
        "Teacher\n\nDuties:\n- Communicate with families through the school app\n- Work with students in small groups\n"
        "- Partner with operations leaders\n"
    )
    assert "family communication" in got, got
    assert not any("student" in w or "leader" in w for w in got), got


def test_verbs_in_a_row_share_the_next_ones_object():
    got = _wordings("Systems Administrator\n\nDuties:\n- Installs, configures and monitors Debian servers\n"
                    "- Prune, graft and irrigate fruit trees\n")
    for wording in ("Debian server installation", "Debian server configuration", "Debian server monitoring",
                    "fruit tree pruning", "grafting fruit trees"):
        assert wording in got, got
    # A verb alone in the row is no item of its own.
    assert not any(w.lower() in ("installs", "configures", "prune", "graft") for w in got), got
    # A verb with an object of its own shares nothing; a phrasal verb at the end gives its work no name.
    got = _wordings("Teacher\n\nDuties:\n- Plan and carry out weekly field trips\n")
    assert "field trip planning" in got, got
    assert not any(w.startswith("carrying") for w in got), got


def test_light_verbs_with_a_real_object_name_a_duty():
    got = _wordings("Front of House\n\nDuties:\n- Greet diners, take orders and suggest sides\n"
                    "- Take part in tastings and make time for breaks\n")
    for wording in ("greeting diners", "order taking", "suggesting sides"):
        assert wording in got, got
    # A light verb with a word that names nothing ("part", "time") is no duty.
    assert not any("part" in w or "time" in w for w in got), got


def test_a_duty_said_of_the_people_who_do_it_is_read_from_its_verb():
    got = _wordings("Server\n\nDuties:\n- Servers take orders and describe specials\n")
    assert "order taking" in got, got
    assert not any(w.lower().startswith("servers") for w in got), got


def test_the_same_work_said_as_a_verb_a_gerund_or_a_noun_is_one_item_with_one_name():
    for line in ("Lead banquet cooks", "Leading banquet cooks", "Leads banquet cooks"):
        assert _wordings(f"Sous Chef\n\nDuties:\n- {line}\n") == ["leading banquet cooks"], line
    got = _wordings("Orchard Hand\n\nDuties:\n- Graft fruit trees\n\nRequirements:\n- Fruit tree grafting\n")
    assert got == ["grafting fruit trees"], got


def test_what_is_taught_is_a_subject_and_whom_it_is_for_is_no_item():
    got = _wordings("Teacher\n\nDuties:\n- Teach visual arts to Years 7-9\n- Prepare pupils for their exams\n"
                    "- Teach physical education\n")
    assert {"visual arts teaching", "physical education teaching"} <= set(got), got
    # Year groups and UK words for whom the work is for name no skill; "physical" is no "physics".
    assert not any(w.lower().startswith(("years", "pupils")) or "physics" in w.lower() for w in got), got


def test_liaising_with_people_is_work_with_them_and_keeps_its_with():
    got = _wordings("Buyer\n\nDuties:\n- Liaise with suppliers on delivery dates\n- Liaising with parents and carers\n")
    assert {"liaising with suppliers", "liaising with parents"} <= set(got), got
    # The verb alone, split off at "with", is no item of its own.
    assert "Liaising" not in got, got


def test_read_lines_gives_the_duty_and_requirement_lines_and_not_the_header_benefits_or_banners():
    from onward.match.extract import REQUIRED, employer_names
    from onward.match.open_items import read_lines, vocab
    from onward.match.taxonomy import TOKEN, norm

    text = POSTING + "\nWHY YOU WILL LOVE IT HERE\n"
    title_words = {norm(m.group()) for m in TOKEN.finditer("Kiln Technician")}
    lines = read_lines(text, title_words, vocab(), employer_names(text))
    bodies = [body for body, _level in lines]
    assert any("Operate kilns" in b for b in bodies), bodies
    assert any(b.endswith("Experience with cone packs and pyrometers") and level == REQUIRED for b, level in lines)
    # The title line, the benefits line, the equal-opportunity line and a banner in capitals are not read.
    for absent in ("Kiln Technician", "Benefits", "equal opportunity", "WHY YOU WILL LOVE"):
        assert not any(absent in b for b in bodies), (absent, bodies)


def test_what_the_rules_turn_down_is_handed_back_when_asked_and_changes_nothing():
    down = []
    kept = [i.wording for i in open_items(POSTING, load(), turned_down=down)]
    assert kept == _wordings()
    turned = {item.lower() for item, _level, _line, _at in down}
    # A quantity and whom the work is with are turned down, with the line they came from; kept items are not here.
    assert {"suppliers", "lift 50 pounds"} <= turned, turned
    assert not turned & {w.lower() for w in kept}
    assert all(line and isinstance(at, int) for _item, _level, line, at in down)


def test_a_duty_whose_verb_alone_the_taxonomy_names_is_named_on_its_object():
    # The taxonomy has Data verification for "Verifies"; the duty is income verification.
    got = [i.wording for i in open_items("Duties:\n- Verifies income and residency", load(), "Caseworker")]
    assert "income verification" in got, got


def test_the_object_after_a_taxonomy_name_and_of_is_the_item():
    got = [i.wording for i in open_items("Duties:\n- Troubleshooting of lighting circuits", load(), "Electrician")]
    assert "lighting circuits" in got and not any(w.startswith("of ") for w in got), got


def test_the_titles_speciality_after_a_dash_is_an_item_and_the_job_before_it_is_not():
    # (Injection moulding is the taxonomy's Injection molding now that British spellings are read as American.)
    text = "Requirements:\n- Thermoforming tooling knowledge\n- Experience as a process engineer"
    got = [i.wording for i in open_items(text, load(), "Process Engineer - Thermoforming")]
    assert "Thermoforming tooling" in got and not any("engineer" in w.lower() for w in got), got


def test_a_number_with_capitals_and_a_certified_name_are_items():
    got = [i.wording for i in open_items("Requirements:\n- 8D, Cpk\n- ASQ Certified Quality Inspector", load(), "QA")]
    assert {"8D", "ASQ Certified Quality Inspector"} <= set(got), got
    # A word saying how one knows something is no item alone.
    assert "Exposure" not in _wordings("Nice to have:\n- Exposure to Glazy\n- Proficiency in Kilnmaster")


def test_words_joined_by_a_slash_share_the_rest_of_the_item():
    text = "Duties:\n- Photo/video editing\n- Pre/post-trip inspections\n- Product loading/unloading\n- TCP/IP routing"
    got = set(_wordings(text)) | {h.surface for h in extract_posting(text).hits}
    for each in ("photo editing", "video editing", "pre-trip inspections", "post-trip inspections",
                 "product loading", "product unloading"):
        assert each in {w.lower() for w in got}, (each, got)
    assert not any(w.lower() in ("tcp routing", "ip routing") for w in got), got


def test_how_well_work_is_done_is_no_part_of_its_name():
    assert "report writing" in _wordings("Duties:\n- Write clear reports for the manager")


def test_a_duty_in_the_middle_of_a_line_that_starts_otherwise_is_named_by_its_work():
    got = _wordings("Own a caseload of claims from notification to settlement: take statements, instruct engineers.")
    assert "engineer instruction" in got, got


CRITERIA = """Tree Officer

Main duties
- Inspect street trees after storms

Person specification
Criteria      | Essential                       | Desirable              | How assessed
Knowledge     | Tree preservation orders        | Bat roost surveys      | A / I
Skills        | Aerial rescue; chainsaw use     | QTRA                   | I
"""


def test_a_criteria_tables_cells_are_items_at_their_columns_level_and_its_scaffolding_is_not():
    items = {i.wording: i.level for i in open_items(CRITERIA, load(), "Tree Officer")}
    assert items.get("Aerial rescue") == "required", items
    assert items.get("Bat roost surveys") == "preferred" and items.get("QTRA") == "preferred", items
    # Neither the head row, the rows' labels nor how a criterion is assessed is an item.
    scaffolding = {"Criteria", "Essential", "Desirable", "How assessed", "Knowledge", "Skills", "A", "I", "A / I"}
    assert not scaffolding & set(items), items


def test_work_said_with_of_is_named_as_a_duty_and_names_with_of_stay():
    got = _wordings("Requirements:\n- Experience in the design of glaze recipes\n- Periodic maintenance of pug mills\n"
                    "- Certificate of competency")
    assert {"recipe design", "periodic maintenance", "Certificate of competency"} <= set(got), got
    assert not any(w.lower().startswith(("competency", "of ")) for w in got), got


def test_a_duty_spelled_the_british_way_reads_as_the_american_spelling_does():
    british = _wordings("Duties:\n- Summarise the responses for members")
    american = _wordings("Duties:\n- Summarize the responses for members")
    assert british == american and not any(w.lower().startswith("summari") for w in british), (british, american)


def test_a_word_joined_by_and_shares_the_next_items_head():
    got = _wordings("Duties:\n- Boiler and chiller rounds\n- Hydraulic and fuel systems\n"
                    "- Monitor model drift and data quality\n- Excel and Google Sheets\n- Nurses and care staff")
    assert {"Boiler rounds", "chiller rounds", "Hydraulic systems", "fuel systems"} <= set(got), got
    # Only a lone word shares a head: not the last word of a duty, a name or a plural.
    assert not {"drift quality", "Excel Sheets", "Nurses staff"} & set(got), got


def test_a_duty_verb_carries_over_to_a_lone_word_after_and():
    got = _wordings("Duties:\n- Pour beer and wine\n- Sanitise classrooms and gyms")
    assert {"pouring beer", "pouring wine"} <= set(got), got
    # Not after a duty's object of two words: "Monitor model drift and quality" is no "monitoring quality" here.
    assert "pouring wine" not in _wordings("Duties:\n- Pour beer and wine glasses")


def test_an_applicants_question_names_nothing_and_its_answer_does():
    got = _wordings("Q: Will I use machines?\nA: Yes – auto scrubbers.\nQ: What do I need to apply?\n"
                    "A: A registered apprentice card.")
    assert {"auto scrubbers", "apprentice card"} <= set(got), got
    assert not any(w.lower() in {"yes", "machines"} or w.startswith("I ") for w in got), got


def test_a_row_of_verbs_makes_an_unlisted_word_in_it_a_verb():
    got = _wordings("Duties:\n- Strips, seals and waxes floors.\n- Pumps, valves and compressors")
    assert {"floor stripping", "floor sealing"} <= set(got), got
    assert not {"seals", "strips"} & {w.lower() for w in got}, got


def test_a_particle_verb_sharing_an_object_keeps_its_particle():
    got = _wordings("Duties:\n- Set up and maintain fire alarms")
    assert {"setting up fire alarms", "fire alarm maintenance"} <= set(got), got


def test_a_recruiters_plus_signs_hashtags_and_dm_lines():
    got = _wordings("Looking for:\n→ Skin boosters + PRP\n→ BICSc certificate = big plus\n"
                    "DM me or drop your CV below\n#hiring #cleaningjobs")
    assert {"Skin boosters", "PRP", "BICSc certificate"} <= set(got), got
    assert not any("#" in w or "DM" in w or "CV" in w or "plus" in w for w in got), got


def test_reference_codes_and_apprenticeship_headings_are_no_part_of_an_item():
    got = _wordings("Knowledge\nK1 Utmost good faith and indemnity.\nK2 Sanctions checks.\nBehaviours\n"
                    "B1 Professional scepticism.\nB2 Customer focus.")
    assert {"Utmost good faith", "indemnity", "Sanctions checks"} <= set(got), got
    assert not any(w.split()[0] in {"K1", "K2", "B1", "B2"} or w == "Behaviours" for w in got), got


def test_a_credential_named_by_its_issuer_and_code_is_an_item_whatever_its_length():
    got = _wordings("Requirements:\n- NFPA 70E arc flash training current\n- CPCS A59 excavator card")
    assert {"NFPA 70E arc flash training", "CPCS A59 excavator card"} <= set(got), got
    assert not _wordings("Requirements:\n- OSHA 30 trained supervisors")


def test_markdown_headings_and_task_boxes_are_no_items():
    got = _wordings("Solar Installer\n## What you'll own\n- [ ] Rooftop PV arrays and string inverters\n## Stack\n"
                    "Enphase Enlighten")
    assert "Rooftop PV arrays" in got, got
    assert not any("#" in w or "What" in w or "[" in w or w == "Stack" for w in got), got


def test_a_tables_head_row_and_row_labels_are_no_items():
    got = _wordings("Dental Nurse\n| Area | What you do |\n|------|-------------|\n"
                    "| Imaging | Process radiographs and ortho scans |\n| Stock | Order impression trays |")
    assert "impression trays" in got, got
    assert not {"Area", "What", "Imaging", "Stock"} & set(got), got


def test_scorecard_and_kpa_headings_open_sections():
    got = _wordings("Hygienist\nOutcomes\n- Perio charting\nKey performance areas (KPAs)\n- Kennel hygiene\n"
                    "Competencies\n- Grit\nAssets\n- Afrikaans")
    assert {"Kennel hygiene", "Afrikaans"} <= set(got), got
    assert not {"Outcomes", "KPAs", "Competencies", "Assets"} & set(got), got


def test_a_word_after_the_duty_verb_shares_the_next_items_head():
    got = _wordings("Duties:\n- Give oral and IV medicines")
    assert {"oral medicines", "IV medicines"} <= set(got), got
    assert "drift quality" not in _wordings("Duties:\n- Monitor model drift and data quality")


def test_a_credential_said_with_its_body_is_one_item_in_the_postings_words():
    got = _wordings("Requirements:\n- You must be registered with the SAVC as a veterinary nurse.\n"
                    "- Current registration with the Nursing and Midwifery Board\n- Must be Gas Safe registered\n"
                    "- Must be on the NMC register")
    assert {"registered with the SAVC", "registration with the Nursing and Midwifery Board", "Gas Safe registered",
            "NMC register"} <= set(got), got
    assert not {"SAVC", "Nursing", "Midwifery Board", "Current registration"} & set(got), got
    # A body is an acronym or two capitalised words: "the State" is none.
    assert not any("State" in w for w in _wordings("Requirements:\n- Licensed by the State to practise"))
