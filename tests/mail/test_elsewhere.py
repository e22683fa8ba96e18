"""An application, an interview or an offer that is not a job's: a visa, a loan, a flat, a place to study, a
volunteer's place. Such mail is `other`, does not pass the import's screen and never waits for review; job mail in
the same words and the same language keeps its label. Every message here was written for this test."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys

import pytest

from onward.mail.classify import classify
from onward.mail.classify.jobwords import elsewhere
from onward.mail.screen import passes
from tests.mail.conftest import make_message

# (kind, language, not-job (subject, body), job (subject, body), the job message's label)
PAIRS = [
    ("visa", "en",
     ("Interview appointment", "Dear applicant,\nYour interview at the embassy is booked for 9 June at 8:45. Please "
      "bring your passport and the confirmation page of your visa application."),
     ("Interview appointment", "Dear Ana,\nThank you for applying for the Finance Assistant position. Your interview "
      "is booked for 9 June at 8:45 at our office."), "interview"),
    ("loan", "en",
     ("Update on your application", "Hi Ana,\nThank you for your application. Unfortunately, after reviewing your "
      "credit file, we cannot offer you a personal loan at this time."),
     ("Update on your application", "Hi Ana,\nThank you for your application. Unfortunately, after reviewing your "
      "experience, we cannot offer you the Analyst position at this time."), "rejection"),
    ("flat", "en",
     ("Your application", "Hello Ana,\nWe've received your application for the two-bedroom apartment on Quay "
      "Street. The landlord will review all applications this week."),
     ("Your application", "Hello Ana,\nWe've received your application for the Office Coordinator role. The hiring "
      "manager will review all applications this week."), "application_ack"),
    ("degree course", "en",
     ("Offer of a place", "Dear Ana,\nWe are pleased to make you an offer of admission to the MSc Public Health. "
      "Please accept it in the applicant system by 1 June."),
     ("Offer of employment", "Dear Ana,\nWe are pleased to offer you the position of Public Health Officer. Your "
      "offer letter and contract are attached; please accept by 1 June."), "offer"),
    ("volunteer", "en",
     ("Thanks for applying!", "Hi Ana,\nThanks for applying to volunteer at the city festival. We'd like to invite "
      "you to a short interview with our volunteer team on Thursday."),
     ("Thanks for applying!", "Hi Ana,\nThanks for applying for the Events Coordinator job. We'd like to invite you "
      "to a short interview with our team on Thursday."), "interview"),
    ("flat", "de",
     ("Ihre Bewerbung", "Hallo Frau Berg,\nvielen Dank für Ihre Bewerbung um die Wohnung in der Lindenstraße. "
      "Leider haben wir uns für andere Mietinteressenten entschieden."),
     ("Ihre Bewerbung", "Hallo Frau Berg,\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin. Leider haben wir "
      "uns für eine andere Bewerberin entschieden."), "rejection"),
    ("degree course", "de",
     ("Ihre Bewerbung", "Guten Tag,\nIhre Bewerbung um einen Studienplatz im Studiengang Psychologie ist "
      "eingegangen. Wir prüfen Ihre Unterlagen."),
     ("Ihre Bewerbung", "Guten Tag,\nIhre Bewerbung auf die Stelle als Psychologin (m/w/d) ist eingegangen. Wir "
      "prüfen Ihre Unterlagen."), "application_ack"),
    ("visa", "fr",
     ("Votre demande", "Madame,\nVotre demande de titre de séjour est enregistrée. Vous êtes convoquée à la "
      "préfecture pour un entretien le 3 mars à 10h."),
     ("Votre candidature", "Madame,\nVotre candidature au poste de comptable est retenue. Nous vous invitons à un "
      "entretien le 3 mars à 10h."), "interview"),
    ("degree course", "fr",
     ("Votre candidature", "Bonjour,\nNous avons bien reçu votre candidature en Master 1 Droit. La commission "
      "pédagogique l'examinera en juin."),
     ("Votre candidature", "Bonjour,\nNous avons bien reçu votre candidature au poste de juriste (H/F). Notre "
      "équipe recrutement l'examinera en juin."), "application_ack"),
    ("loan", "es",
     ("Su solicitud", "Estimada Ana:\nHemos recibido su solicitud de préstamo hipotecario. Le comunicaremos nuestra "
      "decisión en unos días."),
     ("Tu candidatura", "Hola Ana:\nHemos recibido tu candidatura para el puesto de administrativa. Te "
      "contactaremos en unos días."), "application_ack"),
    ("volunteer", "fr",
     ("Votre candidature", "Bonjour Ana,\nMerci pour votre candidature de bénévole au festival. Nous vous proposons un "
      "entretien avec l'équipe samedi à 11h."),
     ("Votre candidature", "Bonjour Ana,\nMerci pour votre candidature au poste de chargée d'événements. Nous vous "
      "proposons un entretien avec l'équipe samedi à 11h."), "interview"),
    ("podcast", "en",
     ("Interview request", "Hi Ana,\nI host a podcast about small businesses and would love to interview you about "
      "your bakery. Could we record next Tuesday at 3pm?"),
     ("Interview request", "Hi Ana,\nThanks for applying for the Bakery Manager position. We would love to "
      "interview you next Tuesday at 3pm."), "interview"),
    ("podcast", "de",
     ("Interviewanfrage", "Hallo Ana,\nfür unseren Podcast über Ehrenämter würden wir gern ein Interview mit dir "
      "aufnehmen. Passt dir Dienstag um 15 Uhr?"),
     ("Einladung zum Interview", "Hallo Ana,\ndanke für deine Bewerbung auf die Stelle als Bäckerin. Wir würden dich "
      "gern am Dienstag um 15 Uhr zu einem Interview einladen."), "interview"),
    ("grant", "en",
     ("Decision on your application", "Dear Ana,\nThe panel has agreed to support the river clean-up with 8,000. Your "
      "grant offer letter is attached; please sign and return it within a month."),
     ("Decision on your application", "Dear Ana,\nThe panel has agreed to offer you the River Warden position. Your "
      "offer letter is attached; please sign and return it within a month."), "offer"),
    ("freelance project", "en",
     ("Re: your proposal", "Hi Ana,\nWe loved the mood boards and would like to offer you the project. I'll sign the "
      "contract tonight and pay the deposit."),
     ("Re: your interview", "Hi Ana,\nWe loved meeting you and would like to offer you the job. I'll send the "
      "contract tonight with the start date."), "offer"),
    ("flat", "nl",
     ("Je reactie", "Beste Ana,\nBedankt voor je reactie op de huurwoning aan de Kade. We nodigen je uit voor een "
      "bezichtiging op dinsdag om 18:00."),
     ("Je sollicitatie", "Beste Ana,\nBedankt voor je sollicitatie op de vacature van teamleider. We nodigen je uit "
      "voor een sollicitatiegesprek op dinsdag om 14:00."), "interview"),
]
CASES = [pytest.param(*p, id=f"{p[0]}-{p[1]}") for p in PAIRS]


@pytest.mark.parametrize(("kind", "lang", "other", "job", "label"), CASES)
def test_an_application_for_something_else_is_not_job_mail(kind, lang, other, job, label):
    subject, body = other
    assert elsewhere(subject, body)
    assert not passes(subject, body)
    result = classify(subject, body, "office@example.org")
    assert result.label == "other", (kind, lang, result.label, result.evidence)
    assert any("something other than a job" in e for e in result.evidence)


@pytest.mark.parametrize(("kind", "lang", "other", "job", "label"), CASES)
def test_job_mail_in_the_same_words_keeps_its_label(kind, lang, other, job, label):
    subject, body = job
    assert elsewhere(subject, body) is None
    assert passes(subject, body)
    assert classify(subject, body, "jobs@example.org").label == label


@pytest.mark.parametrize(("subject", "body"), [
    ("Webinar: how to ace your next interview", "Join our free webinar on Tuesday: how to answer the five questions "
     "every hiring manager asks. Register now."),
    ("Atelier : préparer son entretien d'embauche", "Inscrivez-vous à notre atelier en ligne jeudi à 10h : "
     "conseils pour réussir un entretien d'embauche."),
])
def test_a_course_about_interviews_is_no_invitation(subject, body):
    assert classify(subject, body, "events@example.org").label != "interview"


def test_an_import_in_a_new_process_keeps_none_of_it(tmp_path):
    """The import a person runs: none of these messages is applied or waits for review."""
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    for i, (_, _, (subject, body), _, _) in enumerate(PAIRS):
        box.add(make_message(subject, body, "Office <office@example.org>", message_id=f"<e{i}@x>"))
    box.flush()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(path)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{len(PAIRS)} read, 0 applied, 0 waiting for review, {len(PAIRS)} not job-related" in done.stdout


@pytest.mark.parametrize(("subject", "body"), [
    ("Mock interview evenings", "Practise at our mock interview evenings, with interview tips from a careers "
     "adviser and a free CV review."),
    ("Bewerbungstraining im Januar", "Unser Bewerbungstraining und der Bewerbungsmappen-Check sind im Januar "
     "kostenlos. Melden Sie sich an der Volkshochschule an."),
    ("Banenmarkt en sollicitatietraining", "Kom naar de banenmarkt; er is ook een sollicitatietraining."),
])
def test_services_about_job_hunting_use_the_words_in_another_sense(subject, body):
    assert not passes(subject, body)


def test_an_application_not_taken_forward_is_a_rejection():
    result = classify("Store Assistant vacancy", "Dear Ana,\nThank you for your interest. We had many applicants "
                      "for the Store Assistant vacancy and your application has not been taken forward.",
                      "jobs@example.org")
    assert result.label == "rejection"


@pytest.mark.parametrize("text", ["You've successfully applied to Junior Designer at Brightpath.",
                                  "Thanks, Ana: you have applied to Warehouse Lead."])
def test_an_application_sent_passes_the_screen(text):
    assert passes("Application submitted", text)


def test_a_post_named_by_its_title_is_a_job_beside_a_volunteers_words():
    """"Volunteer" names something other than a job, but "the Volunteer Manager post" is one."""
    subject, body = ("Your application", "Dear Ana,\nThank you for your application for the Volunteer Manager post. "
                     "We will shortlist next week and write to you either way.")
    assert elsewhere(subject, body) is None
    assert classify(subject, body, "people@hospice.example.org").label == "application_ack"
