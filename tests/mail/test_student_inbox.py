"""A student's or young engineer's inbox: software "applications" deployed or crashing, an app store's review, a
hackathon's place, a talk or a paper decided, a scholarship, a contest, a chat digest, a job board's notice about
an application sent through it, a workshop about interviews, a scam asking for money. None of it is job mail; job
mail of the same inbox keeps its label. Every message here was written for this test; none comes from a data set,
the held-out sets, the bench's set (bench/student_mail.py) or a language pack."""

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

# (kind, language, subject, body): not job mail.
NOT_JOB = [
    ("software", "en", "Build succeeded: your application is live",
     "Hello,\nYour application bright-owl-221 was deployed to production at 14:02. Release 58 replaced release 57. "
     "View the build output in your dashboard."),
    ("software", "fr", "Échec du déploiement",
     "Bonjour,\nLe déploiement de votre application « agenda-asso » a échoué à l'étape de compilation. Consultez "
     "les journaux pour corriger l'erreur."),
    ("app store", "en", "Update on your app submission",
     "Hi Noor,\nWe reviewed NoteLeaf 2.1 and could not approve it: the app crashed on launch on iPad. Please fix the "
     "issue and submit a new build for App Review."),
    ("app store", "de", "Ihre App-Einreichung",
     "Hallo Noor,\nIhre App-Einreichung 'Fahrplan Plus' wurde abgelehnt, weil die Datenschutzangaben fehlen. "
     "Bitte reichen Sie eine neue Version ein."),
    ("hackathon", "en", "Your hacker application",
     "Hey Noor,\nThanks for applying to hack with us at CityHacks! We had four times more applicants than seats, "
     "so we can't offer you a place this year. You're on the waitlist in case someone drops out."),
    ("hackathon", "de", "Zusage für den Hackathon",
     "Hallo Noor,\nglückwunsch, deine Anmeldung zum Hackathon wurde angenommen. Bitte bestätige deine Teilnahme "
     "bis Sonntag."),
    ("paper", "en", "Decision on your submission",
     "Dear author,\nWe regret to inform you that your paper 'Sparse caches for small devices' was not accepted to "
     "the workshop. The program committee's reviews are attached."),
    ("talk", "fr", "Votre proposition d'intervention",
     "Bonjour Noor,\nMerci pour votre proposition de présentation. Le comité de programme ne l'a malheureusement "
     "pas retenue pour cette édition."),
    ("scholarship", "en", "Your scholarship application",
     "Dear Noor,\nThank you for applying for the Harbour Foundation scholarship. We are sorry to tell you that you "
     "were not selected this year."),
    ("scholarship", "de", "Ihr Antrag auf ein Deutschlandstipendium",
     "Liebe Noor,\nleider konnten wir Sie bei der Vergabe des Deutschlandstipendiums in diesem Jahr nicht "
     "berücksichtigen. Wir wünschen Ihnen viel Erfolg im Studium."),
    ("scholarship", "es", "Resolución de tu beca",
     "Hola Noor:\nTe informamos de que tu solicitud de beca de movilidad no ha sido seleccionada en esta "
     "convocatoria."),
    ("contest", "en", "Round 12 results",
     "Hi Noor,\nThe contest is over: you solved 3 problems and finished 418th on the leaderboard. Your rating went "
     "up by 22."),
    ("chat digest", "en", "5 unread messages in #jobs",
     "You have 5 unread messages in #jobs. Kai: did anyone get an interview for the summer internship? Rosa: "
     "mine was last week, still no answer."),
    ("job board", "en", "An employer viewed your application",
     "Good news: an employer viewed the application you sent through the job site last week. Keep applying to "
     "similar jobs."),
    ("scam", "en", "Your new remote job",
     "Dear Applicant,\nYou have been chosen for a remote assistant role, no interview required. To start, pay the "
     "$120 registration fee and buy the software with gift cards."),
    ("workshop", "es", "Taller de entrevistas",
     "Hola Noor:\nEl jueves hay un taller para preparar entrevistas de trabajo en la biblioteca. Plazas limitadas."),
]

# (kind, language, subject, body, label): job mail of the same inbox.
JOB = [
    ("rejection", "en", "Your internship application",
     "Hi Noor,\nThank you for applying to the Software Intern role. We have decided not to move forward with your "
     "application this season.", "rejection"),
    ("rejection", "de", "Ihre Bewerbung als Werkstudentin",
     "Hallo Noor,\nvielen Dank für Ihre Bewerbung als Werkstudentin im Controlling. Leider haben wir uns für eine "
     "andere Kandidatin entschieden.", "rejection"),
    ("interview", "en", "Technical interview",
     "Hi Noor,\nWe'd like to schedule your technical interview for the Junior Developer opening. Please pick a slot "
     "on Thursday or Friday.", "interview"),
    ("offer", "en", "Return offer",
     "Hi Noor,\nWe're delighted to extend you a return offer for a full-time Data Engineer role after your "
     "internship. The details are attached.", "offer"),
    ("offer", "es", "Te ofrecemos las prácticas",
     "Hola Noor:\nNos alegra ofrecerte las prácticas de desarrollo web desde octubre, con una ayuda de 700 euros "
     "al mes. Te enviamos el convenio.", "offer"),
    ("assessment", "en", "Coding challenge for your application",
     "Hi Noor,\nThanks for applying to the Backend Engineer role. The next step is a 60-minute coding challenge "
     "on HackerRank; the link is valid for five days.", "assessment"),
]


@pytest.mark.parametrize(("kind", "lang", "subject", "body"), NOT_JOB, ids=[f"{k}-{lang}" for k, lang, *_ in NOT_JOB])
def test_a_students_other_mail_is_not_job_mail(kind, lang, subject, body):
    result = classify(subject, body, "notifications@example.org")
    assert result.label == "other", (kind, lang, result.label, result.evidence)


@pytest.mark.parametrize(("kind", "lang", "subject", "body"), [c for c in NOT_JOB if c[0] in (
    "software", "app store", "hackathon", "paper", "talk", "scholarship", "contest")],
    ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None)
def test_an_application_or_a_decision_about_something_else_does_not_pass_the_screen(kind, lang, subject, body):
    assert not passes(subject, body), (kind, lang)


@pytest.mark.parametrize(("kind", "lang", "subject", "body", "label"), JOB, ids=[f"{k}-{lang}" for k, lang, *_ in JOB])
def test_job_mail_of_the_same_inbox_keeps_its_label(kind, lang, subject, body, label):
    assert passes(subject, body), (kind, lang)
    result = classify(subject, body, "jobs@example.org")
    assert result.label == label, (kind, lang, result.label, result.evidence)


def test_a_word_that_holds_position_names_no_job():
    """The French "proposition" holds the English "position": it neither names a job nor counts as a job word."""
    body = "Votre proposition de présentation n'a pas été retenue par le comité."
    assert elsewhere("Votre proposition", body) == "proposition de présentation"
    assert elsewhere("Votre proposition", body + " Le poste de bénévole reste ouvert.") is None


def test_an_import_in_a_new_process_keeps_none_of_the_other_mail(tmp_path):
    """The import a person runs: none of the student's other mail is applied or waits for review."""
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    for i, (_, _, subject, body) in enumerate(NOT_JOB):
        box.add(make_message(subject, body, "Notices <notices@example.org>", message_id=f"<s{i}@x>"))
    box.flush()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(path)], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    n = len(NOT_JOB)
    assert f"{n} read, 0 applied, 0 waiting for review, {n} not job-related" in done.stdout, done.stdout
