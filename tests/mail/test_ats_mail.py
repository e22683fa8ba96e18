"""Mail as applicant-tracking systems send it: the letter between a logo and a long footer, or stripped of its
punctuation by an exporter. The footer after the sign-off argues for nothing, in every pack language; a role given
to someone else is often named by its title. Every message here was written for this test; none comes from a data
set, a bench set or a language pack's example."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.text import body_end, normalise, sentences

SENDER = "no-reply@talent.alderbank.example"
FOOTER = ("To view the status of your application, sign in to your candidate account. This mailbox is not monitored."
          "\n\nAlderbank Group is an equal opportunity employer. We keep candidate data on file for 24 months; see our "
          "privacy notice to ask for it to be deleted.")


@pytest.mark.parametrize(("greeting", "letter", "sign_off"), [
    ("Hi Rosa,", "Thanks for your time last week.", "Kind regards,"),
    ("Bonjour Rosa,", "Merci pour votre candidature.", "Bien cordialement,"),
    ("Hallo Rosa,", "Vielen Dank für Ihre Bewerbung.", "Mit freundlichen Grüßen"),
    ("Hallo Rosa,", "Vielen Dank fuer Ihre Bewerbung.", "Mit freundlichen Gruessen"),
    ("Hola Rosa:", "Gracias por tu candidatura.", "Un saludo,"),
    ("Beste Rosa,", "Bedankt voor je sollicitatie.", "Met vriendelijke groet,"),
])
def test_the_letter_ends_at_its_sign_off_in_every_language(greeting, letter, sign_off):
    lines = sentences(normalise(f"{greeting}\n\n{letter}\n\n{sign_off}\nTeam Alderbank\n\n{FOOTER}"))
    assert lines[body_end(lines)] == sign_off
    # A thank-you near the top is no sign-off: a letter has a greeting and a first sentence before it ends; nor is
    # one that ends a sentence of the letter, with the letter going on below it.
    assert body_end(["Thanks!", "We have decided not to continue."]) is None
    assert body_end(["Hi Rosa,", "You applied from your job alert.", "Thank you.",
                     "After reviewing your application, we have decided not to move forward."]) is None
    assert body_end(["Hi Rosa,", "You applied from your job alert.", "Thank you",
                     "after review your application we have decide not to move forward"]) is None


def test_a_footer_argues_for_no_label_but_the_letter_still_decides():
    letter = ("Hi Rosa,\n\nThank you for meeting the panel on Monday. After comparing everyone we met, we have "
              "offered the Senior Credit Risk Analyst job to another candidate. Thank you for the care you put into "
              "the process.\n\nKind regards,\nAlderbank Talent\n\n" + FOOTER)
    r = classify("Alderbank update", letter, SENDER)
    assert r.label == "rejection", r.evidence
    assert not any("view the status" in e for e in r.evidence), r.evidence
    # The privacy notice's "on file" is not the letter keeping the CV.
    assert r.keep_on_file is False, r.evidence


def test_a_portal_notice_with_an_application_footer_is_not_an_acknowledgement():
    notice = ("Hello Rosa,\n\nYour candidate account has been created. You can now save searches and set up job "
              "alerts.\n\nBest wishes,\nAlderbank Careers\n\n" + FOOTER)
    r = classify("Welcome to Alderbank Careers", notice, SENDER)
    assert r.label == "other", r.evidence


def test_a_stripped_rejection_from_a_tracking_system_is_read_through_its_footer():
    body = ("hi rosa thank you for your interest in the branch operations coordinator vacancy and for the time you "
            "spend on the phone with we unfortunately the hiring team have offer the branch operations coordinator "
            "job to another candidate we appreciate your interest in alderbank\nkind regards\nalderbank talent\n"
            "to view the status of your application sign in to your candidate account this mailbox be not monitor")
    r = classify("your alderbank application", body, SENDER)
    assert r.label == "rejection", r.evidence


@pytest.mark.parametrize("decision", [
    "We have offered the Regional Logistics Planning Manager role to another candidate.",
    "The panel gave the Junior Payroll Officer job to someone whose experience was closer to the brief.",
])
def test_a_role_named_by_its_title_and_given_to_someone_else_is_a_decision(decision):
    r = classify("Alderbank update", f"Hi Rosa,\n\nThank you for your time. {decision} Thank you again.\n\nBest,\n"
                 "Alderbank Talent", SENDER)
    assert r.label == "rejection", r.evidence
