"""Decisions in the shapes real inboxes keep them: HTML-only notices, a forwarded letter below a covering note,
a decision said in the subject over portal boilerplate, text a lemmatiser wrote with "-PRON-" or an exporter
stripped of punctuation, and the decisions of public services (not referred, not eligible, off the list). And
mail that only sounds like one: an event cancelled or a prize not won, from the same recruiting teams. Every
message here was written for this test; none comes from a data set or repeats a language pack's example."""

from __future__ import annotations

import pytest

from onward.core.text import html_to_text
from onward.mail.classify import classify
from onward.mail.classify.sentences import candidate_sentences
from onward.mail.classify.text import join_contractions, normalise, restore_pronouns, sentences

SENDER = "careers@quarrystone.example"


def _html_notice(letter: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in letter.split("\n\n"))
    return ("<html><head><style>p{margin:0}</style></head><body><table><tr><td><a href='https://x.example/v'>"
            "Open this message in a web page</a></td></tr><tr><td><img alt='Quarrystone'></td></tr><tr><td>"
            "<table><tr><td>Vacancy</td><td>Site Surveyor</td></tr><tr><td>Ref</td><td>QS-7731</td></tr>"
            "<tr><td>Office</td><td>Leeds</td></tr></table>" + paras + "</td></tr><tr><td>Manage alerts | Privacy"
            " | Unsubscribe</td></tr><tr><td>Quarrystone Ltd, 9 Mill Lane</td></tr></table></body></html>")


def test_an_html_only_rejection_is_read_through_its_layout():
    text = html_to_text(_html_notice(
        "Hello Ravi,\n\nMany thanks for putting yourself forward for the Site Surveyor vacancy. Having compared "
        "every application with the brief, we won't be taking yours any further this time.\n\nWarm wishes, "
        "Quarrystone People Team"))
    assert classify("Site Surveyor QS-7731", text, SENDER).label == "rejection"


FORWARD_NOTE = ("Hi Ravi, passing this on from the firm, see underneath. Speak tomorrow.\n\n"
                "---------- Forwarded message ---------\nFrom: Talent <talent@harlowbuild.example>\n"
                "Date: Wed, 2 Apr 2025 at 11:05\nSubject: Your application\nTo: <ravi@mail.example>\n\n")


def test_the_header_block_of_a_forwarded_letter_is_no_sentence():
    found = candidate_sentences("Fwd: Your application", sentences(normalise(FORWARD_NOTE + "Dear Ravi, hello.")))
    assert not any(s.lower().startswith(("from:", "date:", "subject:", "to:", "-----")) for s in found)


def test_a_decision_forwarded_below_a_covering_note_is_a_rejection():
    body = FORWARD_NOTE + ("Dear Ravi,\n\nThank you for your application for Quantity Surveyor. The selection has "
                           "now closed and we have appointed a candidate with more commercial experience.\n\n"
                           "Regards,\nHarlow Build Talent")
    assert classify("Fwd: Your application", body, "agent@recruitly.example").label == "rejection"


@pytest.mark.parametrize("subject", ["Application status: not selected - QS-7731", "Notice of non-selection",
                                     "Position filled - Site Surveyor (QS-7731)"])
def test_a_decision_said_only_in_the_subject_is_a_rejection(subject):
    body = ("Hello Ravi,\n\nSign in to your candidate account to read the latest update on your application. "
            "This mailbox is not monitored.\n\nQuarrystone Careers")
    assert classify(subject, body, SENDER).label == "rejection"


def test_an_acknowledgement_with_a_status_subject_is_not_a_rejection():
    body = ("Hello Ravi,\n\nThank you for applying for Site Surveyor. Your application has been received and our "
            "team will look at it over the next fortnight.\n\nQuarrystone Careers")
    assert classify("Application status: received - QS-7731", body, SENDER).label == "application_ack"


def test_pronouns_a_lemmatiser_wrote_as_pron_are_put_back():
    assert restore_pronouns("-PRON- be sorry to tell -PRON- that -PRON- application be not select") == (
        "we be sorry to tell you that your application be not select")
    assert restore_pronouns("thank PRON for PRON time") == "thank you for your time"
    # A word that only contains the letters is left alone, and so is a single lower-case "pron".
    assert restore_pronouns("the pronoun pron") == "the pronoun pron"


def test_a_lemmatised_rejection_with_pron_tokens_is_a_rejection():
    body = ("dear ravi -PRON- thank -PRON- for -PRON- interest in the site surveyor vacancy after review -PRON- "
            "application -PRON- have decide to proceed with other applicant whose experience more closely meet "
            "-PRON- need -PRON- wish -PRON- well in -PRON- search quarrystone people team")
    assert classify("-PRON- application for site surveyor", body, SENDER).label == "rejection"


def test_contractions_split_by_a_punctuation_stripper_are_joined():
    assert join_contractions("we won t be moving on we ve chosen and it s done") == (
        "we won't be moving on we've chosen and it's done")
    assert join_contractions("part t of the plan") == "part t of the plan"


def test_english_text_without_punctuation_gets_its_apostrophes_and_verbs_back():
    # As a common NLTK preprocessing leaves mail: apostrophes deleted, "was" and "us" lemmatised as nouns.
    assert normalise("Dear Ravi your application wa reviewed and we wont be moving forward thank you from u") == (
        "Dear Ravi your application was reviewed and we won't be moving forward thank you from us")
    # French "dont" and Spanish "ha" are words of their own; punctuated text is left as written.
    assert normalise("le poste dont nous avons parle a ete pourvu") == "le poste dont nous avons parle a ete pourvu"
    assert normalise("la vacante ha sido cubierta") == "la vacante ha sido cubierta"
    assert normalise("Wa is a state code. We wont say more.") == "Wa is a state code. We wont say more."


def test_a_noun_lemmatised_one_line_rejection_is_a_rejection():
    body = ("Dear Ravi Thank you for your interest in the Site Surveyor vacancy at Quarrystone After reviewing "
            "your application we wont be moving forward a the role ha been filled by a candidate whose experience "
            "more closely match what the team need We wish you well Quarrystone People Team")
    assert classify("Your Quarrystone application", body, SENDER).label == "rejection"


@pytest.mark.parametrize("decision", [
    "You were found to meet the basic requirements; however, your name was not referred to the hiring official.",
    "Based on your answers you were rated ineligible for this post.",
    "Your name has been removed from the eligibility list for Fire Dispatcher, as the list has expired.",
    "The panel has finished its scoring, and your result did not place you high enough to be considered.",
    "We are unable to add you to the graduate talent pool for this intake.",
])
def test_public_service_and_scheme_decisions_are_rejections(decision):
    body = f"Dear Ravi,\n\nThank you for your application for Fire Dispatcher.\n\n{decision}\n\nCity Recruitment Office"
    assert classify("Fire Dispatcher - update", body, "jobs@city.example.gov").label == "rejection"


@pytest.mark.parametrize("note", [
    "We regret to let you know that our careers open evening has been called off because of the storm.",
    "Sadly your team was not selected for the final of our coding contest, but every entrant gets a gift.",
    "You have not selected any job categories yet: update your preferences to get better job matches.",
])
def test_a_recruiting_teams_news_about_something_else_is_not_a_rejection(note):
    body = f"Hi Ravi,\n\n{note}\n\nQuarrystone Recruitment Team"
    assert classify("News from Quarrystone careers", body, SENDER).label != "rejection"


def test_lemmatised_forms_of_a_filled_or_closed_job_are_read():
    body = ("dear ravi thank you for apply the site surveyor position have be filled and the vacancy be now close "
            "kind regard quarrystone")
    assert classify("site surveyor", body, SENDER).label == "rejection"
