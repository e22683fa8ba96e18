"""Everyday mail that borrows the job words (issue #15, eleventh session): a state's letters about immigration, a
travel authorisation or a tax credit, money asked for a project (a grant), an interview a company asks its customers
for and pays with a voucher, a lender asking for the reader's present job title, a forum's notice of a reply in a
thread the reader watches, a newsletter's issue. Each names what its application, interview or offer is for, so the
import's screen drops it and `classify` calls it `other`; a letter that also names a job keeps its job label.
Every message was written for this test (not taken from bench/en_everyday_set.py or any data set), and the words
about something other than a job are checked in each of the five languages."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.jobwords import elsewhere
from onward.mail.screen import passes

# (language, subject, body): an application, an interview or an offer about something other than a job.
NOT_A_JOB = [
    ("en", "Your appointment", "Dear Sam,\nYour application is being considered by Immigration and Border "
     "Services. You are invited to an interview on 14 May at 10:00; bring the originals of your documents."),
    ("en", "Application received", "Hello Sam, thank you for your application. Remember that a travel "
     "authorisation must be approved before you board; we will email you the decision."),
    ("en", "Outcome of your application", "Dear Sam,\nThe panel met on Tuesday. We are pleased to offer your "
     "project 2,000 from this funding round; please sign the grant agreement to accept the offer."),
    ("en", "Can we interview you?", "Hi Sam, we are looking for people who used our app last month for a paid "
     "interview of 40 minutes with our design team. Everyone who takes part gets a 30 voucher."),
    ("en", "We need one more thing for your application", "Dear Sam,\nTo finish your mortgage review please send a "
     "letter confirming your job title and your current job's start date."),
    ("fr", "Votre candidature", "Bonjour Sam, merci pour votre candidature. Nous aimerions vous proposer un "
     "entretien utilisateur de 30 minutes sur notre application ; un bon d'achat de 20 euros vous sera offert."),
    ("fr", "Votre demande de subvention", "Bonjour Sam, votre candidature à l'appel à projets a été retenue : la "
     "subvention de 3 000 euros sera versée après signature de la convention."),
    ("de", "Ihre Bewerbung", "Hallo Sam, vielen Dank für Ihre Bewerbung für unser Nutzerinterview. Als Dankeschön "
     "erhalten Sie nach dem Gespräch einen Gutschein über 25 Euro."),
    ("de", "Ihr Förderantrag", "Sehr geehrte Frau Sam, wir freuen uns, Ihnen mitzuteilen, dass Ihr Förderantrag "
     "bewilligt wurde. Bitte laden Sie zum Gespräch die unterschriebene Vereinbarung hoch."),
    ("es", "Tu solicitud", "Hola Sam, gracias por tu solicitud. Te invitamos a una entrevista de usuario de 30 "
     "minutos sobre nuestra aplicación; recibirás una tarjeta regalo de 20 euros."),
    ("es", "Cita en extranjería", "Estimada Sam: su solicitud ha sido admitida. Tiene una entrevista en la oficina "
     "de extranjería el 3 de junio a las 9:00."),
    ("nl", "Je aanmelding", "Hoi Sam, bedankt voor je aanmelding. We nodigen je uit voor een gebruikersinterview "
     "van 30 minuten over onze app; je krijgt een cadeaubon van 20 euro."),
    ("nl", "Uw aanvraag", "Beste Sam, uw aanvraag voor subsidie is goedgekeurd. We nodigen u uit voor een gesprek "
     "over de voorwaarden."),
]

# (subject, body, label): the same words in a letter that names the job the reader applied for.
A_JOB_AFTER_ALL = [
    ("Interview: Immigration Caseworker", "Dear Sam,\nThank you for applying for the Immigration Caseworker "
     "position. We would like to invite you to an interview on 14 May at 10:00.", "interview"),
    ("Grants Officer - offer", "Dear Sam,\nFollowing your interview we are delighted to offer you the post of "
     "Grants Officer on a permanent contract. Your offer letter is attached.", "offer"),
    ("Ihre Bewerbung als Referentin Fördermittel", "Sehr geehrte Frau Sam, vielen Dank für Ihre Bewerbung als "
     "Referentin Fördermittel (m/w/d). Wir laden Sie herzlich zu einem Vorstellungsgespräch ein.", "interview"),
]

# (subject, body): a forum's notice and a newsletter's issue whose topic is job hunting.
NOTICES = [
    ("New reply to 'Rejected after the final round again'", "kettle_dev replied:\n\"Same here, they said the "
     "interview went well and then nothing. Keep applying.\"\n\nYou're watching this thread. Stop watching."),
    ("The Tuesday Stack #88", "In this issue: why offers are getting smaller, the interview loop at three "
     "startups, and a rejection letter generator someone built for fun.\n\nUntil next week,\nThe editors\n\nYou "
     "subscribed to The Tuesday Stack."),
]


@pytest.mark.parametrize(("lang", "subject", "body"), NOT_A_JOB)
def test_an_application_or_interview_for_something_else_is_not_job_mail(lang, subject, body):
    assert elsewhere(subject, body) is not None, lang
    assert not passes(subject, body), lang
    assert classify(subject, body, "service@example.org").label == "other", lang


@pytest.mark.parametrize(("subject", "body", "label"), A_JOB_AFTER_ALL)
def test_a_letter_that_names_the_job_keeps_its_label(subject, body, label):
    assert elsewhere(subject, body) is None
    assert passes(subject, body)
    assert classify(subject, body, "hr@employer.example").label == label


@pytest.mark.parametrize(("subject", "body"), NOTICES)
def test_a_forum_notice_or_a_newsletter_issue_about_job_hunting_is_other(subject, body):
    c = classify(subject, body, "notify@community.example")
    assert c.label == "other"
