import tomllib
from importlib import resources

from onward.match.extract import (
    PREFERRED,
    REQUIRED,
    employer_names,
    experience_years,
    extract_posting,
    extract_resume,
    heading_level,
    pdf_glyphs,
    spelled_out,
)
from onward.match.open_items import open_items
from onward.match.taxonomy import load
from onward.match.wording import american


def names(extraction):
    taxonomy = load()
    return {taxonomy.concept(c).name: level for c, (level, _w, _n) in extraction.items().items()}


def resume_names(text):
    taxonomy = load()
    return {taxonomy.concept(c).name for c in extract_resume(text).counts()}


def test_aliases_map_to_one_concept():
    assert resume_names("Shipped services on k8s with JS and golang") == {"Kubernetes", "JavaScript", "Go"}
    assert resume_names("Kubernetes, JavaScript, Go") == {"Kubernetes", "JavaScript", "Go"}


def test_a_skill_named_in_its_own_right_is_never_another_skills_wording():
    # A wording under two names is read as one of them: a tool listed under its rival ("ServiceNow" under
    # Zendesk) or under a broader skill ("IFRS" under GAAP) would be shown, and met, as the wrong skill.
    skills = tomllib.loads(resources.files("onward.match").joinpath("data", "skills.toml").read_text())
    named = {name.lower() for table in skills.values() for name in table}
    borrowed = [(name, w) for table in skills.values() for name, words in table.items() for w in words
                if w.lower() != name.lower() and w.lower() in named]
    assert borrowed == []
    assert resume_names("Pipelines in Azure Data Factory") == {"Azure Data Factory"}
    assert resume_names("Statements under IFRS") >= {"IFRS"}
    assert "GAAP" not in resume_names("Statements under IFRS")


def test_plurals_and_word_endings_match_but_product_names_are_not_stemmed():
    assert "Relational database" in resume_names("Designed relational databases for billing")
    assert "Unit testing" in resume_names("Wrote unit tests for every module")
    assert "Solidity" not in resume_names("A solid grounding in SQL")
    assert "Production planning" not in resume_names("Shaped product plans with design")
    assert "Production planning" in resume_names("Production planning for two plants")


def test_everyday_words_need_their_name_case():
    assert "Go" not in resume_names("Happy to go the extra mile and excel at support")
    assert "Excel" not in resume_names("Happy to go the extra mile and excel at support")
    assert "Excel" in resume_names("Reporting in Excel")


def test_single_letter_languages_only_in_a_list_or_with_language():
    assert "C" in resume_names("Languages: Java, C, Python")
    assert "R" in resume_names("Statistics in the R language")
    assert "C" not in resume_names("Graduated with a grade C in maths")


def test_blocked_linguist_aliases_do_not_match():
    assert "JavaScript" not in resume_names("I baked a cake for the node meetup")


def test_required_and_preferred_by_cue_and_by_heading():
    posting = extract_posting(
        "Backend Engineer\n"
        "Requirements\n"
        "- Python\n"
        "- You must know PostgreSQL\n"
        "Nice to have\n"
        "- Kubernetes\n"
        "Docker experience is a plus.\n"
    )
    found = names(posting)
    assert found["Python"] == REQUIRED
    assert found["PostgreSQL"] == REQUIRED
    assert found["Kubernetes"] == PREFERRED
    assert found["Docker"] == PREFERRED


def test_inline_headings_in_a_single_paragraph_posting():
    found = names(extract_posting("We build tools. Requirements: Java and Spring Boot. Nice to have: Terraform."))
    assert found["Java"] == REQUIRED
    assert found["Terraform"] == PREFERRED


def test_counts_how_often_each_term_appears():
    taxonomy = load()
    posting = extract_posting("Python services. More Python. Also Python and Go.")
    counts = {taxonomy.concept(c).name: n for c, n in posting.counts().items()}
    assert counts == {"Python": 3, "Go": 1}


def test_years_of_experience_required_and_education():
    posting = extract_posting("Requirements: 5+ years of experience with Java. Bachelor's degree in Computer Science.")
    assert posting.years_required == 5
    assert posting.education_wording.lower().startswith("bachelor")
    assert extract_posting("We are 20 years old and growing.").years_required is None
    assert extract_posting("Write Python.", title="Junior Developer (1-4 years experience)").years_required == 1
    assert extract_posting("Requirements: BS/MS in Computer Science.").education_level == 3
    assert extract_posting("Requirements: MS in Statistics.").education_level == 4


def test_preferred_education_is_not_a_requirement():
    posting = extract_posting("Requirements: Python. A Master's degree is a plus.")
    assert posting.education_level is None


def test_certifications_and_soft_skills():
    found = names(extract_posting("Must hold a CISSP. Strong communication skills and attention to detail."))
    assert {"CISSP", "Communication", "Attention to detail"} <= set(found)
    taxonomy = load()
    categories = {taxonomy.concept(c).category for c in extract_posting("CISSP, teamwork").counts()}
    assert categories == {"certification", "soft"}


def test_resume_years_from_dated_roles_not_from_education():
    text = (
        "Experience\nEngineer, Acme, Jan 2018 - Dec 2019\nDeveloper, Beta, 2020 - 2021\nEducation\nBSc, 2010 - 2014\n"
    )
    assert experience_years(text) == 4.0
    assert extract_resume("Summary\n7+ years of experience in data engineering").years_stated == 7


def test_business_intelligence_skills_are_read():
    taxonomy = load()
    posting = extract_posting(
        "BI Developer\nRequirements:\n- Power BI with DAX and Power Query\n- Build ETL pipelines\n"
        "- Stakeholder management\n",
        "BI Developer",
    )
    names = {taxonomy.concept(h.concept).name for h in posting.hits}
    assert {"Power BI", "DAX", "Power Query", "ETL", "Stakeholder management"} <= names


def test_skills_of_occupations_outside_software_are_read():
    found = names(extract_posting(
        "Requirements: active RN license, BLS and ACLS. You will do wound care, administer medications and "
        "chart in Epic. Journeyman electricians bend conduit and follow the NEC. Month-end close and journal "
        "entries in NetSuite. Differentiated instruction and classroom management. Cold calling in Salesforce."
    ))
    for name in ("BLS", "ACLS", "Wound care", "Medication administration", "Epic Systems", "Conduit bending",
                 "National Electrical Code", "Month-end close", "Journal entries", "NetSuite",
                 "Differentiated instruction", "Classroom management", "Cold calling", "Salesforce"):
        assert name in found, name


def test_everyday_words_are_not_read_as_occupational_skills():
    found = resume_names("An epic journey: I shipped features, received an award and kept a learning budget. "
                         "Each workday starts with the outlook for the week and a word with the team.")
    assert not found & {"Epic", "Shipping and receiving", "Receiving freight", "Budgeting", "Workday",
                        "Microsoft Outlook", "Microsoft Word"}


def test_a_wrapped_line_is_not_taken_for_a_heading():
    posting = extract_posting("Experience with QuickBooks or\nSage Intacct, and Excel.\nNice to have\nVBA")
    found = names(posting)
    assert {"QuickBooks", "Sage Intacct", "Excel"} <= set(found)
    assert found["VBA"] == PREFERRED


def test_a_phrase_does_not_run_across_brackets_or_commas():
    found = resume_names("AWS (S3, Lambda)")
    assert "Amazon S3" in found and "AWS" in found
    assert resume_names("AWS S3 buckets") >= {"Amazon S3"}


def test_a_short_line_with_items_after_its_heading_keeps_them():
    found = names(extract_posting("We care for families.\nRequirements: RN license, NRP and BLS;"))
    assert found["BLS"] == REQUIRED and "Registered Nurse licence" in found


def test_a_short_sentence_ending_a_clause_is_not_a_heading():
    # Mid-paragraph, "RN license and BLS required;" is short and says "required", but it is a list of items.
    found = names(extract_posting("Teach patients. RN license and BLS required; OCN preferred."))
    assert found["BLS"] == REQUIRED and "Registered Nurse licence" in found


def test_benefit_wording_is_not_read_as_skills():
    assert resume_names("We offer a competitive salary band, team events, modern facilities and a steering "
                        "committee; harness data.") == set()


def test_what_a_posting_offers_is_not_read_as_skills():
    assert resume_names("Competitive compensation, a learning and development budget, a culture of continuous "
                        "improvement, an ad campaign for the launch and a monthly newsletter.") == set()


def test_skills_of_every_occupation_come_from_esco_in_the_words_postings_use():
    found = resume_names("Experience with hydraulics and pneumatics; knowledge of cardiology; labor law; pedagogy")
    assert {"Hydraulics", "Pneumatics", "Cardiology", "Employment law", "Pedagogy"} <= found
    # The label's object without its verb, and American spelling ("analyse" -> "analyze").
    assert "Install inverter" in resume_names("Installed power inverters on 40 homes")
    assert "Process collected survey data" in resume_names("Analyze survey data in R")


def test_who_the_work_is_for_and_everyday_words_are_not_skills():
    assert resume_names("Support students and customers with their goods and organization of events") == set()
    assert resume_names("Twelve-hour shifts, good knowledge of state law, and a high school diploma") == set()


def test_brands_count_alone_as_postings_write_them():
    assert {"Cerner", "Looker", "Hibernate"} <= resume_names("Charting in Cerner; Looker dashboards; Hibernate")


def test_everyday_words_of_the_general_vocabulary_are_not_skills():
    assert resume_names("Problems stem from the room; we focus on minutes and respect energy.") == set()
    assert resume_names("A kind, driven and supportive team; schedules, promotions and a pipeline of features") == set()
    assert resume_names("Then espresso under a cypress tree; the postman came; encompass it all; concur.") == set()
    found = resume_names("Espresso UI tests, STEM outreach, meeting minutes, Encompass and SAP Concur")
    assert {"Espresso", "STEM", "Meeting minutes", "Encompass", "Concur"} <= found


def posting_names(text):
    return set(names(extract_posting(text)))


def test_a_duty_said_as_a_verb_counts_as_the_skill_its_activity_names():
    # Object and activity as one label, or the activity alone.
    assert "Account reconciliation" in posting_names("- Reconcile bank, credit card and balance sheet accounts")
    assert "Appointment scheduling" in posting_names("Greet patients, schedule appointments and verify insurance.")
    assert {"Diagnosis", "Repair"} <= posting_names("- Diagnose and repair leaks and clogs")
    assert "Call routing" in posting_names("- Answer the phone and route calls to the right team")
    # After "to" or "will": "able to reconcile", "you will schedule".
    assert "Account reconciliation" in posting_names("You must be able to reconcile bank statements.")
    assert "Appointment scheduling" in posting_names("You will schedule appointments for three doctors.")
    # Any form of a label's verb: a resume says what was done ("manage budgets" is an ESCO label).
    assert "Manage budgets" in resume_names("Managed budgets for three departments")
    assert "Manage budgets" in resume_names("Manages budgets for three departments")
    assert "Account reconciliation" in resume_names("Reconciled accounts every month")


def test_a_verb_form_that_is_a_noun_or_a_light_verb_names_no_activity():
    assert "Scheduling" not in posting_names("We offer flexible schedules, promotions and a pipeline of features.")
    assert "Scheduling" not in posting_names("The schedule of the team is posted weekly.")
    # "Prepare" is too general to be a skill of its own; what is prepared is.
    found = posting_names("- Prepare journal entries and accruals")
    assert "Journal entries" in found and not any("prepar" in n.lower() for n in found)


def test_an_adjective_said_of_the_person_is_a_soft_skill():
    assert {"Compassion", "Patience", "Dependability"} <= posting_names("Kind, patient and dependable; good teamwork.")
    assert "Friendliness" in posting_names("You must be friendly and outgoing.")
    assert "Accuracy" in posting_names("Must be accurate and able to juggle priorities.")
    assert "Composure" in posting_names("Flexible and calm in a fast-paced environment.")


def test_an_adjective_before_a_noun_or_inside_a_compound_is_no_soft_skill():
    assert "Patience" not in posting_names("Provide patient and family education.")
    assert "Patience" not in posting_names("Patient care technician, 12-hour shifts.")
    assert "Competitiveness" not in posting_names("We pay competitive wages.")
    assert "Friendliness" not in posting_names("Build a user-friendly interface.")
    # The series describes the team, not the person.
    assert posting_names("Join a kind, driven and supportive team.") == set()


def test_pay_and_benefit_lines_give_no_skills():
    assert posting_names("Weekly pay $2,450 with housing stipend.") == set()
    assert posting_names("Benefits: medical, dental and vision insurance, auto insurance discounts.") == set()
    # The same words in a duty still count.
    assert "Insurance verification" in posting_names("- Verify insurance eligibility before each visit")


def test_a_bulleted_item_saying_it_is_a_plus_is_no_heading():
    text = "What you bring\n- Python or PowerShell\n- Security+ or CISSP a plus\nPower BI a bonus"
    found = names(extract_posting(text))
    assert found["CISSP"] == PREFERRED
    assert found["Power BI"] == PREFERRED
    assert found["Python"] == REQUIRED


def test_a_word_naming_who_does_the_work_is_not_the_work():
    assert "Sales management" not in posting_names("Sales Manager\nLead the regional team.")
    assert "Patient scheduling" not in posting_names("Patient Scheduler, Imaging")
    assert "Patient scheduling" in posting_names("Patient scheduling in Epic Cadence")


def test_sentences_about_the_employer_give_no_skills():
    text = (
        "Ledgerly builds accounting software for 20,000 small businesses. We're a scratch kitchen serving 300 covers.\n"
        "Since 1987 Ridgeline Electric has wired schools and hospitals.\n"
        "- Maintain the general ledger in NetSuite\n"
        "Ledgerly is an equal opportunity employer. Ridgeline Electric does not discriminate."
    )
    assert employer_names(text) == ("Ridgeline Electric", "Ledgerly")
    assert posting_names(text) == {"NetSuite", "Manage the general ledger"}
    # The same words about the job count: the subject is the role, or the sentence speaks of it.
    assert "Accounting software" in posting_names("Ledgerly needs someone who knows accounting software.")
    assert "Accounting software" in posting_names("We sell accounting software to dentists.")


def test_pay_and_benefit_lines_with_amounts_schedules_and_perks_give_no_skills():
    for line in ("Pay $38-$46/hour, no nights, no holidays on Christmas.", "Full-time, union benefits.",
                 "Shift meals, tips shared with the kitchen, and paid sick time.", "Monday-Friday, 8-4:30.",
                 "Hotel discounts, meals on shift, health benefits.", "Remote, annual learning budget, equity."):
        assert not open_items(line, load()), line
    # A project's size is no pay range, and allowances that are work stay.
    assert "Procore" in posting_names("Support project managers on $5-40M projects in Procore.")
    assert "Epic Systems" in posting_names("Post contractual allowances in Epic.")


def test_a_duty_is_read_with_words_between_its_verb_and_object():
    # duties.toml: a verb and what it acts on name a skill, with up to three plain words between.
    assert "Relationship building" in posting_names("Build strong relationships with new clients.")
    assert "Supply ordering" in posting_names("- Order office and kitchen supplies")
    assert "Claims submission" in posting_names("Submit clean claims to Medicare and Medicaid")
    assert "Meeting booking" in posting_names("Book qualified meetings for the account executives")
    assert "Differentiated instruction" in posting_names("Plan lessons that meet each pupil's needs.")
    # A resume says it in the past tense.
    assert "Relationship building" in resume_names("Built lasting relationships with 40 dealers")


def test_a_duty_stops_at_another_verb_a_clause_break_or_a_new_phrase():
    # A verb with an object of its own shares no other ("Plan, deliver and evaluate staff lessons" plans lessons:
    # test_a_verb_joined_to_the_next_shares_its_object).
    assert "Lesson planning" not in posting_names("Plan budgets and deliver staff lessons")
    assert "Supply ordering" not in posting_names("Order parts and manage supplies")
    assert "Record keeping" not in posting_names("Maintain contact with families; records are kept by the office")
    assert "Relationship building" not in posting_names("Build teams for client relationships")


def test_a_word_sharing_the_last_word_of_the_next_phrase_is_its_own_skill():
    found = names(extract_posting("Write unit and integration tests with Jest"))
    assert "Unit testing" in found
    hit = next(h for h in extract_posting("Write unit and integration tests").hits if load().concept(h.concept).name
               == "Unit testing")
    assert hit.surface == "unit tests"
    # A word that is a skill of its own shares nothing: "Python and SQL databases".
    assert "Python" in posting_names("Python and SQL databases")


def test_the_employers_name_and_a_place_are_no_skills():
    text = (
        "Maintenance Technician\nComplete work orders in Yardi across Ohio.\n"
        "Greenway is an equal opportunity employer."
    )
    assert employer_names(text) == ("Greenway",)
    assert posting_names(text + "\nGreenway Property Management") == {"Work orders", "Yardi"}


def test_a_heading_naming_the_employer_above_a_line_starting_with_the_name_is_read_as_the_name():
    # A name read across the line break ("Brightpath Logistics\nBrightpath Logistics") was dropped, and the
    # employer's "Logistics" became a skill the resume lacked.
    text = (
        "Data Analyst\n\nAbout Brightpath Logistics\nBrightpath Logistics moves freight across the Midwest.\n\n"
        "Requirements\n- Experience with SQL\n- Experience with Brightpath Logistics systems is a plus"
    )
    assert "Brightpath Logistics" in employer_names(text)
    assert posting_names(text) == {"SQL"}


def test_commission_sales_is_a_skill_and_commission_pay_is_an_offer():
    assert "Commission sales" in posting_names("What you need: retail or commission sales experience.")
    assert posting_names("Base plus uncapped commission and a car allowance.") == set()


def test_a_participle_may_stand_inside_a_duty_and_an_adjective_after_someone():
    assert "Following instructions" in posting_names("Ability to follow written and oral instructions.")
    assert "Patience" in posting_names("We want someone patient, creative and collaborative.")


def test_a_whole_object_before_and_ends_a_duty():
    # "assessments" is what is documented, so "care plans" is its own item, not "document ... care".
    found = posting_names("Document assessments and care plans in Epic")
    assert "Care planning" in found and "Documentation" not in found
    assert "Data cleaning" in posting_names("Clean and validate data from three systems")
    assert {"Warmth", "Patience"} <= posting_names("You need the patience and warmth babies need.")


def test_a_name_between_verb_and_object_is_a_skill_of_its_own():
    found = posting_names("Design REST and GraphQL APIs in TypeScript")
    assert {"GraphQL", "TypeScript"} <= found
    assert "API design" not in found


def test_lines_about_the_posting_itself_give_no_skills():
    # Where the job is, the notice's numbers and dates, and how to apply: neither reader takes items from them.
    text = (
        "Warehouse Associate\nFreshWay Distribution - Columbus, OH 43215 - $18.50/hr\n"
        "Closing Date: December 30, 2026 | Pay Grade: 18 | Bargaining unit: AFSCME\n"
        "Peak Staffing is recruiting for a food distributor. Call or text our Columbus office!\n"
        "Only W2 candidates; no sponsorship.\n"
        "Pick orders with an RF scanner and wrap pallets."
    )
    assert posting_names(text) == {"RF scanner", "Order picking", "Pallet wrapping"}
    assert not {"FreshWay Distribution", "Columbus", "OH", "AFSCME"} & {i.wording for i in open_items(text, load())}
    # A duty that names a place goes on being read.
    assert "HVAC" in posting_names("Call on Dallas, TX contractors to sell HVAC equipment.")


def test_skills_of_service_logistics_and_public_work_are_read():
    found = posting_names(
        "Check guests in and out at the front desk. Put away pallets and handle freight claims. "
        "Testify in court and write safety plans; determine eligibility for public assistance. "
        "Plan the content calendar and work with influencers."
    )
    assert {
        "Put-away", "Freight claims", "Court testimony", "Safety planning", "Eligibility determination",
        "Public assistance programs", "Content planning", "Influencer marketing",
    } <= found
    # A duty's verb in any form, with words between it and its object.
    found = posting_names("Determines eligibility, testifies in juvenile court and visits families at home.")
    assert {"Eligibility determination", "Court testimony", "Home visits"} <= found


def test_everyday_words_of_job_board_pages_are_no_skills():
    text = (
        "Careers at Lakeshore Regional\nApplicants must pass a background check. Steel-toe shoes required. "
        "We are committed to the Americans with Disabilities Act. Free coffee and high-speed internet."
    )
    assert not {"Advise on career", "Interview insurance claimants", "Act!", "Repair shoes", "CoffeeScript",
                "Drive at high speeds"} & posting_names(text)


def test_a_verb_joined_to_the_next_shares_its_object():
    # "Plan and post daily content" plans content; the second verb is read on its own.
    found = posting_names("Plan and post daily content on Instagram. Shoot and edit short videos.")
    assert {"Content planning", "Content publishing", "Video production", "Video editing"} <= found
    assert {"Receiving deliveries", "Put-away"} <= posting_names("Receive and put away stock.")
    # A series with commas, the object right after the last verb.
    assert {"Staff training", "Scheduling"} <= posting_names("Hire, train and schedule staff.")
    # A clause break between the verbs keeps them apart.
    assert "Content planning" not in posting_names("Plan. And post daily content.")


def test_an_adjective_before_a_word_for_the_persons_way_is_said_of_the_person():
    assert {"Patience", "Friendliness"} <= posting_names("You have a patient and friendly phone manner.")
    assert "Professionalism" in posting_names("A warm, professional presence at the front desk.")
    # Before other nouns an adjective says what the thing is: "patient care" asks for no patience.
    assert "Patience" not in posting_names("Provide patient care on a busy unit.")


def test_adjectives_before_the_worker_sought_are_said_of_the_person():
    found = posting_names("We're after a warm, playful practitioner to join our toddler room.")
    assert {"Warmth", "Playfulness"} <= found, found
    found = posting_names("Sunrise Academy is seeking a dedicated and passionate ECDE teacher for the nursery.")
    assert {"Dedication", "Enthusiasm"} <= found, found
    assert "Friendliness" in posting_names("You'll be the friendly face at the front desk.")
    # The people served, a thing or a job's title in capitals is not the worker sought.
    assert "Friendliness" not in posting_names("Serve a friendly customer base every day.")
    assert "Warmth" not in posting_names("Serve a warm meal to every diner.")
    assert "Friendliness" not in posting_names("You will report to a Friendly Manager.")


def test_working_in_a_team_or_alone_said_plainly_is_a_soft_skill():
    found = posting_names("Can work as part of a small team and on your own. Steady hands; stays cool.")
    assert {"Teamwork", "Independence", "Manual dexterity", "Composure"} <= found, found


def test_a_job_orders_fields_name_no_skills():
    found = posting_names(
        "Employer: Keystone Cold Chain (3PL)\nClassification: Warehouse Associate\n"
        "Start: Monday 6:30 AM   Duration: 9 months\nDuties: put away pallets with reach trucks"
    )
    assert "Cold chain" not in found and "Reach truck" in found, found


def test_british_spellings_are_read_as_the_american_ones():
    british = posting_names("Cataloguing and labelling; paediatric nursing; utilisation review; organisational skills.")
    american_ = posting_names("Cataloging and labeling; pediatric nursing; utilization review; organizational skills.")
    assert {"Cataloging", "Pediatric care", "Utilization review", "Organizational skills"} <= british == american_
    # Words American English writes the same stay as they are.
    assert [american(w) for w in ("selling", "advertise", "supervising", "exercise", "hour", "analyses")] == [
        "selling", "advertise", "supervising", "exercise", "hour", "analyses"
    ]
    assert [american(w) for w in ("organisation", "centres", "colour", "haematology", "counsellor")] == [
        "organization", "centers", "color", "hematology", "counselor"
    ]


def test_a_line_listing_alternatives_in_brackets_is_no_heading():
    assert heading_level("WMS experience (Manhattan or HighJump)") is None
    assert heading_level("Experience") is not None
    assert {"Warehouse management system", "HighJump"} <= posting_names(
        "Requirements:\n- Forklift certification\nWMS experience (Manhattan or HighJump)\n"
    )


def test_a_longer_skill_wins_over_a_duty_inside_it():
    # "answer call lights" is a nurse aide's duty, not answering phones.
    found = posting_names("Answer call lights promptly and count controlled substances.")
    assert {"Call lights", "Controlled substances"} <= found and "Answering phones" not in found
    assert "Microsoft Teams" in posting_names("Troubleshoot Outlook, Teams and VPN problems.")
    assert "Microsoft Teams" not in posting_names("Nurses work in teams of four.")


SHOUTED = """WAREHOUSE ASSOCIATE - DAY SHIFT

WHAT YOU WILL DO:
- PICK AND PACK ORDERS WITH RF SCANNERS
- LOAD TRUCKS AND KEEP THE DOCK CLEAN
- FOLLOW OSHA RULES AND LOTO PROCEDURES

WHAT YOU NEED:
- FORKLIFT CERTIFICATION
- ABLE TO LIFT 50 LBS
"""


def test_a_posting_written_in_capitals_is_read_like_one_in_ordinary_case():
    shouted = extract_posting(SHOUTED, "Warehouse Associate")
    quiet = extract_posting(SHOUTED.lower(), "Warehouse Associate")
    assert names(shouted) == names(quiet)
    assert {"Order picking", "Forklift certification", "Physical fitness", "Lockout/tagout"} <= set(names(shouted))
    # The open reader reads its lines, not as banners, and keeps acronyms in capitals.
    assert "RF scanners" in [i.wording for i in open_items(SHOUTED, load(), "Warehouse Associate")]
    # A banner in capitals above ordinary lines stays a banner.
    banner = "NOW HIRING - APPLY TODAY\n\nDuties:\n- Pick orders with RF scanners\n- Load trucks"
    got = [i.wording.lower() for i in open_items(banner, load(), "Picker")]
    assert "rf scanners" in got and not any("hiring" in w or "apply" in w for w in got), got


def test_a_writer_who_never_starts_a_line_with_a_capital_has_lines_not_wrapped_sentences():
    text = "what you'd do\nroute planning in onfleet each morning\nanswering customer tickets in intercom\n"
    got = [i.wording.lower() for i in open_items(text, load(), "Operations associate")]
    assert "customer tickets" in got and "intercom" in got, got
    # Lines of a wrapped sentence of an ordinary writer are still joined.
    wrapped = "Experience with QuickBooks and\nreconciling ledgers is required."
    assert extract_posting(wrapped).hits[0].level == REQUIRED


def test_what_a_job_asks_of_the_body_is_read_in_the_postings_words():
    text = (
        "Requirements:\n- Able to push, pull and lift up to 40 lbs\n- Stand or walk for most of a 12-hour shift\n"
        "- Comfortable on ladders and able to work in a freezer\n- On your feet for 8+ hours"
    )
    wordings = [h.surface for h in extract_posting(text).hits if load().concept(h.concept).name == "Physical fitness"]
    assert wordings == ["push, pull and lift up to 40 lbs", "Stand or walk for most of a 12-hour shift",
                        "Comfortable on ladders", "work in a freezer", "On your feet for 8+ hours"]
    # Their words are no open items ("long periods", "freezer").
    got = [i.wording for i in open_items(text + "\n- Sit for long periods", load(), "Picker")]
    assert not got, got
    # A weight that is no lifting stays out: "a 50 lb bag of flour" asks nothing of the body.
    assert "Physical fitness" not in posting_names("Bake with a 50 lb bag of flour.")


def test_a_credential_word_after_a_name_is_kept_in_its_wording():
    hits = {load().concept(h.concept).name: h.surface for h in extract_posting("CCRN certification preferred.").hits}
    assert hits.get("CCRN") == "CCRN certification", hits


def test_an_acronyms_plural_is_the_acronym_not_another_acronym_ending_in_s():
    found = posting_names("Refer patients on to GPs and therapists. Handle ATMs and PCs.")
    assert not {"GPS", "Geographic information systems"} & found, found
    assert not any(n.startswith(("ATMS ", "PCS ")) for n in found), found


def test_shorthand_of_terse_ads_is_read_as_the_words_it_stands_for():
    assert spelled_out("anticoag mgmt; active state RPh lic.; BLS") == (
        "anticoagulation management; active state RPh license; BLS"
    )
    # A full stop ending a sentence stays; "Pref:" is then a heading like "Preferred:".
    assert spelled_out("2+ yrs hospital exp. Pref: BCPS") == "2+ yrs hospital experience. Preferred: BCPS"
    # Read so only with a full stop, or only in capitals: "Cert CII" is a name, "ig" no shorthand.
    assert spelled_out("Cert CII or a Google Ads cert. IG and ig") == (
        "Cert CII or a Google Ads certification. Instagram and ig"
    )
    # A capital stays a capital; words and names containing the shorthand are left alone.
    assert spelled_out("Ops Mgr w/ DevOps skills") == "Operations Manager with DevOps skills"
    hits = extract_posting("Duties: verify orders; anticoag mgmt. Must have: BLS. Pref: ACLS").hits
    assert {load().concept(h.concept).name: h.level for h in hits}.get("ACLS") == PREFERRED


def test_pictures_starting_a_line_are_list_marks_and_elsewhere_nothing():
    assert spelled_out("✅ Floristry help\n👉 Fit 💪\n🏠 Home | ❤️ Life\nBake at 350°F") == (
        "- Floristry help\n- Fit\n- Home |   Life\nBake at 350°F"
    )
    got = [i.wording for i in open_items("✅ Floristry and styling\n🐮 Calf rearing, dehorning 💪", load(), "Hand")]
    assert {"Floristry", "Calf rearing", "dehorning"} <= set(got), got
    assert all(w.isascii() for w in got), got


def test_text_copied_from_a_pdf_is_read_as_typed():
    assert pdf_glyphs("\uf0b7 Proﬁcient in Excel \uf0a7 Word\n  \uf0d8 ﬂeet of air-\ncraft") == (
        "- Proficient in Excel   Word\n  - fleet of aircraft"
    )
    # A word broken at a line's end is whole again; a compound keeps its hyphen.
    assert pdf_glyphs("merchandising stan-\ndards, well-\norganised") == "merchandising standards, well-organised"
    found = posting_names("Duties\n\uf0b7 Keep the tech log and FOD preven-\ntion.\n\uf0b7 Excellent commu-\nnication")
    assert {"Communication"} <= found, found
    resume = extract_resume("Skills: Microsoft Oﬃce, troubleshoot-\ning")
    assert {load().concept(h.concept).name for h in resume.hits} >= {"Troubleshooting"}, resume.hits


def test_a_short_item_after_a_round_bullet_is_no_heading():
    text = "Requirements:\n• Class A CDL\n• Hazmat endorsement preferred\n• Current DOT medical card"
    hits = {load().concept(h.concept).name: h.level for h in extract_posting(text).hits}
    assert hits.get("Hazmat endorsement") == PREFERRED, hits
    assert hits.get("CDL Class A") == REQUIRED, hits


def test_soft_skills_and_abilities_said_other_ways():
    found = posting_names(
        "You are a natural leader, able to work in a team and to handle multiple projects under tight deadlines. "
        "You can stand long hours, are not afraid of heights and read numbers well."
    )
    assert {"Leadership", "Teamwork", "Multitasking", "Deadline management", "Physical fitness", "Numeracy"} <= found, (
        found)


def test_working_outside_and_a_whole_shift_are_what_a_job_asks_of_the_body():
    text = "- Able to stand for full shift\n- Happy working outside in all weather\n- Work in wet weather"
    wordings = [h.surface for h in extract_posting(text).hits if load().concept(h.concept).name == "Physical fitness"]
    assert wordings == ["stand for full shift", "working outside in all weather", "Work in wet weather"], wordings
    assert "Physical fitness" not in posting_names("We sell outdoor gear for all weather.")


def test_what_a_person_is_good_with_said_in_plain_words_is_a_soft_skill():
    found = posting_names(
        "You are a strong communicator, calm in a crisis and great with people, good with numbers and willing to "
        "travel."
    )
    assert {"Communication", "Composure", "Interpersonal skills", "Numeracy", "Willingness to travel"} <= found, found


def test_supervision_said_as_its_absence_and_calm_or_focus_said_as_a_verb_are_soft_skills():
    found = posting_names(
        "Ability to do the work without more than normal supervision. Respond calmly to emergencies. "
        "Stay focused through long shifts and work safely around moving equipment."
    )
    assert {"Independence", "Composure", "Concentration", "Safety awareness"} <= found, found
    assert "Team leadership" not in found, found


def test_reference_codes_starting_lines_are_list_marks_and_one_code_alone_is_a_name():
    text = "Knowledge\nK1 Food safety principles.\nK2 Lean manufacturing.\nSkills\nS1 Use hand-held devices.\n"
    names = posting_names(text)
    assert {"Food safety principles", "Lean manufacturing"} <= names, names
    assert not any(n.startswith("K2") for n in names), names
    assert "Amazon S3" in posting_names("S3 buckets and IAM policies.")


def test_a_line_of_acronyms_with_a_word_in_lower_case_is_no_banner():
    assert "ACE" in posting_names("Requirements\n- NASM, ACE, ACSM or NSCA certification")


def test_a_markdown_heading_opens_a_section_whatever_its_words():
    assert heading_level("## What you'll own") == "mentioned"
    assert heading_level("### Must-haves") == "required"
    assert heading_level("#hiring") is None


def test_an_adjective_after_stay_or_before_to_is_said_of_the_person():
    found = posting_names("We hope you stay patient at the end of the day and you're kind to the new starters. "
                          "Someone who's patient with older customers.")
    assert {"Patience", "Compassion"} <= found, found
    assert "Patience" not in posting_names("Our focus is patient care and patient safety.")


def test_a_credential_held_as_a_ticket_card_or_permit_is_the_same_credential():
    found = posting_names("Holding a current forklift ticket is a must; you need an alcohol server permit.")
    assert {"Forklift certification", "Alcohol server certification"} <= found, found


def test_heat_cold_long_shifts_and_postures_are_what_a_job_asks_of_the_body():
    text = ("You're fine in the heat and can handle the cold in the chiller, happy to do 12 hour days. "
            "Requires standing, bending, stooping and lifting. Work in cooler and freezer areas.")
    wordings = [h.surface for h in extract_posting(text).hits if load().concept(h.concept).name == "Physical fitness"]
    assert wordings == ["in the heat", "handle the cold", "do 12 hour days", "standing, bending, stooping and lifting",
                        "Work in cooler and freezer areas"], wordings
    assert "Physical fitness" not in posting_names("We run the cold chain. In the heat of the moment.")


def test_qualities_said_as_everyday_phrases_are_soft_skills():
    found = posting_names("You keep a cool head, ask good questions, listen to clients, take feedback well, "
                          "restock without being asked and speak up when something looks wrong.")
    assert {"Composure", "Curiosity", "Listening", "Coachability", "Initiative", "Assertiveness"} <= found, found
