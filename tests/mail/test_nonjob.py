"""Ordinary mail that uses the job words is not job mail: work mail about offers, positions, meetings, reviews and
contracts, in every supported language, is `other` and does not pass the import's screen; the same words in a
message to the reader as an applicant still make it job mail. Every message here was written for this test."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes

# (subject, body) of work mail, and of job mail to an applicant using the same job-ish words.
WORK_AND_JOB = {
    "en": [
        (("RE: Q4 positions", "Ron,\nOur long position in the Chicago hub is down to 40 contracts after today's "
          "trades. I'd like to review the offer we put to the utility before the meeting on Thursday at 2.\n\n"
          "-----Original Message-----\nFrom: Ron Ellis\nSent: Tuesday 9:14 AM\nSubject: Q4 positions\n\n"
          "Please send me the positions and the schedule for the Thursday meeting."),
         ("Your interview for the trading analyst position", "Dear Kim,\nThank you for your application. We "
          "would like to invite you to an interview for the trading analyst position on Thursday at 2 pm.")),
        (("Contract review and prices", "Hi all,\nAttached is the signed contract with the new price schedule. "
          "Legal reviewed the offer and is happy with it. Please file the attachments.\nThanks, Meg"),
         ("Your offer", "Hi Kim,\nFollowing your interviews, we are delighted to offer you the position of "
          "Contract Manager. The signed offer letter and the salary details are attached.")),
    ],
    "fr": [
        (("Offre de prix et planning", "Bonjour Paul,\nCi-joint notre offre de prix pour le chantier et le "
          "planning des réunions. Notre position sur les pénalités de retard reste la même.\nCordialement, Eve"),
         ("Votre candidature", "Bonjour Kim,\nMerci pour votre candidature au poste de chef de chantier. Nous "
          "souhaitons vous rencontrer pour un entretien d'embauche jeudi à 14h.")),
    ],
    "de": [
        (("Angebot und Terminplan", "Hallo Paul,\nanbei unser Angebot für die Wartung und der Terminplan für die "
          "Besprechungen. Unsere Position zu den Vertragsstrafen bleibt unverändert.\nViele Grüße, Eva"),
         ("Ihre Bewerbung", "Hallo Kim,\nvielen Dank für Ihre Bewerbung als Bauleiterin. Wir laden Sie gerne zu "
          "einem Vorstellungsgespräch am Donnerstag um 14 Uhr ein.")),
    ],
    "es": [
        (("Oferta y calendario", "Hola Pablo,\nTe adjunto nuestra oferta para el mantenimiento y el calendario de "
          "reuniones. Nuestra posición sobre las penalizaciones no cambia.\nUn saludo, Eva"),
         ("Tu candidatura", "Hola Kim,\nGracias por tu candidatura al puesto de jefa de obra. Nos gustaría "
          "invitarte a una entrevista de trabajo el jueves a las 14:00.")),
    ],
    "nl": [
        (("Offerte en planning", "Hoi Paul,\nIn de bijlage onze offerte voor het onderhoud en de planning van "
          "de overleggen. Ons standpunt over de boeteclausule blijft hetzelfde.\nGroet, Eva"),
         ("Je sollicitatie", "Hoi Kim,\nBedankt voor je sollicitatie als projectleider. We nodigen je graag uit "
          "voor een sollicitatiegesprek op donderdag om 14.00 uur.")),
    ],
}

CASES = [pytest.param(lang, work, job, id=f"{lang}-{i}")
         for lang, pairs in WORK_AND_JOB.items() for i, (work, job) in enumerate(pairs)]


@pytest.mark.parametrize(("lang", "work", "job"), CASES)
def test_work_mail_is_other_and_screened_out(lang, work, job):
    subject, body = work
    assert not passes(subject, body)
    result = classify(subject, body, "colleague@example.org")
    assert result.label == "other", result.evidence


@pytest.mark.parametrize(("lang", "work", "job"), CASES)
def test_job_mail_with_the_same_words_is_kept(lang, work, job):
    subject, body = job
    assert passes(subject, body)
    assert classify(subject, body, "hr@example.org").label != "other"


def test_a_single_job_word_in_the_subject_does_not_pass_the_screen():
    # A subject used to count twice, so one word there was enough.
    assert not passes("Position report", "Attached is today's report as of close of business.")
    assert not passes("Interview", "The reporter will call at 3 for the podcast.")


def test_a_shortlist_of_suppliers_does_not_pass_the_screen_but_a_shortlisted_candidate_does():
    assert not passes("Tender", "We have shortlisted three suppliers for the cleaning contract; prices attached.")
    assert passes("Next steps", "Good news: you have been shortlisted for the second round.")


def test_one_word_is_one_clue_however_many_stems_it_holds():
    # "candidate" holds "candidat" and "recruiting" holds "recruit": still two words, not four.
    assert not passes("Election night", "The candidate thanked the volunteers recruiting voters.")


def test_mail_without_job_words_says_so_in_its_evidence():
    result = classify("Meeting moved", "Hi team, the budget meeting moves to Friday at 10.", "a@example.org")
    assert result.label == "other"
    assert any("no words of a job search" in line for line in result.evidence)



@pytest.mark.parametrize(("subject", "body"), [
    ("Larkspur Bank: applicant profile created", "Thank you for your interest in Larkspur Bank. Your applicant "
     "profile was successfully created; sign in any time to update it."),
    ("Welcome, Kim", "Thank you for your interest in joining Larkspur Bank! Your Larkspur Bank candidate profile "
     "has been successfully created."),
])
def test_an_applicant_account_set_up_is_other(subject, body):
    # An applicant system's chore thanks for the interest too; it says nothing of an application.
    assert classify(subject, body, "no-reply@example.org").label == "other"


def test_a_government_application_is_other():
    body = "Your visa application is being processed. Check the status of your application in your online account."
    result = classify("Update on your case", body, "no-reply@example.org")
    assert result.label == "other"
    assert any("visa application" in line for line in result.evidence)
