"""Invitations, offers and assessments against the everyday mail that uses their words (issue 15). Every message
here was written for this test (none comes from a data set), and none repeats a language pack's example sentence."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify


def _cases(table):
    return [pytest.param(lang, *case, id=f"{lang}-{i}")
            for lang, cases in table.items() for i, case in enumerate(cases)]


# Interview invitations: a scheduling link, moving the candidate on, a first call after an application, an onsite.
INTERVIEWS = {
    "en": [
        ("Pick a time to talk", "Hi Alex,\nThanks for your patience while we read applications for the Junior "
         "Analyst post. The team would love to speak with you. Use this scheduling link to book a 45-minute slot "
         "for your interview: goodtime.example/alex"),
        ("Harbourview - next steps", "Hello Alex,\nWe have gone through your application and we'd like to move "
         "you on to the next stage: a video conversation with Priya, who leads the team. Which days suit you?"),
        ("About your application", "Hi Alex,\nI'm the recruiter for the Operations Analyst opening and I'm "
         "following up on the application you sent last week. Do you have 20 minutes on Thursday for a first "
         "phone call?"),
        ("Your onsite on Friday", "Hi Alex,\nYour onsite is confirmed for Friday from 9:30. You will meet the "
         "engineering lead, two engineers and a designer; lunch is with the team."),
        # Mid-process mail names no job: the round is the job word.
        ("Harbourview: third round", "Hi Alex,\nThe team enjoyed meeting you and would like to keep talking. "
         "The third round is an hour with two people from finance; could you do Monday or Tuesday?"),
    ],
    "fr": [("Votre candidature chez Harbourview", "Bonjour Alex,\nVotre parcours nous intéresse et nous "
            "aimerions poursuivre avec un entretien téléphonique de trente minutes. Réservez le créneau de votre "
            "choix grâce à ce lien de prise de rendez-vous.")],
    "de": [("Ihre Bewerbung bei Harbourview", "Hallo Alex,\nIhr Profil hat uns angesprochen und wir möchten Sie "
            "gern zu einem Videogespräch mit der Teamleitung einladen. Über diesen Link können Sie sich einen "
            "Termin aussuchen.")],
    "es": [("Tu candidatura en Harbourview", "Hola Alex,\nTu experiencia nos ha parecido muy interesante y "
            "queremos invitarte a una entrevista por videollamada con la responsable del equipo. Reserva la hora "
            "que prefieras con este enlace.")],
    "nl": [("Je sollicitatie bij Harbourview", "Hoi Alex,\nJe ervaring sprak ons aan en we nodigen je graag uit "
            "voor een videogesprek met de teamleider. Via deze link kies je zelf een tijdstip.")],
}

# Job offers, including the signature step and the days after the yes.
OFFERS = {
    "en": [
        ("Your offer from Harbourview", "Hi Alex,\nIt's my pleasure to offer you the Junior Analyst position. "
         "Your offer letter, with the salary and benefits, is ready for your e-signature; we'd love an answer "
         "by Tuesday."),
        ("Before your start date", "Hi Alex,\nWe're so glad you said yes to our offer! Your start date is 2 June. "
         "Our background check partner will email you this week."),
        ("Your appointment", "Dear Alex,\nI am pleased to confirm your appointment as Ward Clerk at St Bride's, "
         "on a salary of 26,500 a year. Please confirm your acceptance by return."),
    ],
    "fr": [("Bonne nouvelle", "Bonjour Alex,\nNous sommes heureux de vous annoncer que nous souhaitons vous "
            "embaucher comme analyste junior. Votre contrat de travail vous sera envoyé cette semaine.")],
    "de": [("Gute Nachrichten", "Hallo Alex,\nwir möchten Sie sehr gern als Junior Analyst einstellen und "
            "schicken Ihnen den Arbeitsvertrag in den nächsten Tagen zur Unterschrift.")],
    "es": [("Buenas noticias", "Hola Alex,\nNos encantaría contratarte como analista júnior. Te enviamos la "
            "carta de oferta con el salario y la fecha de incorporación.")],
    "nl": [("Goed nieuws", "Hoi Alex,\nWe willen je heel graag aannemen als junior analist. Je "
            "arbeidsovereenkomst ontvang je deze week ter ondertekening.")],
}

# Assessments: coding platforms, a take-home task, a quiz the application waits on, a recruiting chatbot.
ASSESSMENTS = {
    "en": [
        ("Coding test for Harbourview", "Hi Alex,\nHarbourview asks you to solve two problems on HackerRank as "
         "part of your application for the Developer role. You have 60 minutes once you start; the invitation "
         "lasts a week."),
        ("A short take-home task", "Hi Alex,\nThanks for the chat yesterday. Before we meet again, please work "
         "through the attached take-home task and send your solution by Monday."),
        ("One more step", "Hi Alex,\nThank you for applying for the Analyst role. Please complete our short "
         "logic quiz: your application will not be reviewed until the quiz is done."),
        ("A few questions", "Hi Alex,\nTo take your application further, our recruiting chatbot has a few "
         "questions for you. Follow the link to answer them."),
        ("Final stage", "Hi Alex,\nFor the final stage we'd like you to present a short case study: the brief "
         "is attached, and you'll have 15 minutes with the panel on Thursday."),
    ],
    "fr": [("Exercice technique", "Bonjour Alex,\nPour la suite du processus, merci de réaliser un exercice de "
            "programmation sur Codility. Le lien est valable une semaine.")],
    "de": [("Programmieraufgabe", "Hallo Alex,\nals nächsten Schritt im Auswahlverfahren bitten wir Sie, eine "
            "kurze Programmieraufgabe auf Codility zu lösen. Der Link ist eine Woche gültig.")],
    "es": [("Ejercicio técnico", "Hola Alex,\nComo siguiente paso del proceso de selección, te pedimos que "
            "resuelvas un ejercicio de programación en Codility. El enlace es válido una semana."),
           ("Fase final", "Hola Alex,\nPara la fase final del proceso te pedimos un caso práctico sobre nuestra "
            "cartera de clientes, que presentarás al equipo el martes.")],
    "nl": [("Programmeeropdracht", "Hoi Alex,\nAls volgende stap in de selectieprocedure vragen we je een korte "
            "programmeeropdracht op Codility te maken. De link is een week geldig."),
           ("Laatste ronde", "Hoi Alex,\nIn de laatste ronde werk je thuis een casusopdracht uit over onze "
            "klantenservice en bespreek je die dinsdag met het team.")],
}

# Acknowledgements that talk about calls, interviews and tests to come, or a test already done.
ACKNOWLEDGEMENTS = {
    "en": [
        ("Your recorded interview is in", "Hi Alex,\nThank you for finishing your video interview for "
         "Harbourview. Your answers have been submitted and the team will watch them this week."),
        ("Thanks for applying to Harbourview", "Hi Alex,\nThanks for applying for the Analyst role. How our "
         "process works: a first call with a recruiter, then a few conversations with the team, and sometimes a "
         "short case study. We will let you know either way."),
    ],
}

# Everyday mail with the same words: offers from shops, banks and sellers; calls about business; calendar
# notices; assessments of risks and property; codes that expire; coding contests.
EVERYDAY = {
    "en": [
        ("Your basket misses you", "Hi Alex,\nThe items in your basket are still waiting. Use this member offer "
         "for 15% off before it expires on Sunday."),
        ("Offer accepted", "Good news: the seller has accepted your offer for the bike. Complete checkout within "
         "48 hours to keep it."),
        ("Quick call about the renewal", "Hi Alex,\nCould we set up a call on Wednesday to go through the "
         "renewal pricing? Send me a couple of times that work for you."),
        ("See our platform in action", "Hi Alex,\nI noticed your company is growing fast. Could I book 20 "
         "minutes with you to walk you through a demo of our reporting tool?"),
        ("Invitation: Budget review @ Mon 9 Jun 3pm", "You have been invited to the following event.\nBudget "
         "review\nWhen: Mon 9 Jun 3pm - 4pm\nJoin with Google Meet\nGoing? Yes - Maybe - No"),
        ("Site risk assessment", "Hi all,\nPlease complete the fire risk assessment for the warehouse by Friday "
         "and upload it to the shared folder."),
        ("Your sign-in code", "Use the code 402913 to sign in. This code expires in 10 minutes."),
        ("Weekend coding contest", "Hi Alex,\nThe weekend contest opens on Saturday: four challenges, a "
         "leaderboard and prizes for the top 50."),
    ],
    "fr": [("Offre exclusive", "Bonjour Alex,\nPour nos membres, une offre exclusive : livraison offerte et "
            "20 % de remise jusqu'à dimanche."),
           ("Point d'étape", "Bonjour Alex,\nPourrions-nous nous appeler vendredi pour revoir ensemble le "
            "calendrier de livraison du chantier ?")],
    "de": [("Angebot für die Wartung", "Hallo Alex,\nanbei erhalten Sie unser Angebot für die jährliche "
            "Wartung der Klimaanlage. Wir freuen uns auf Ihren Auftrag."),
           ("Abstimmung", "Hallo Alex,\nhätten Sie Donnerstag Zeit für einen kurzen Videocall zum Stand der "
            "Lieferung? Nennen Sie mir gern zwei Uhrzeiten.")],
    "es": [("Oferta para ti", "Hola Alex,\nEsta semana tienes una oferta especial: dos meses gratis en tu "
            "suscripción si te pasas al plan anual."),
           ("Llamada", "Hola Alex,\n¿Te viene bien una videollamada el viernes para repasar las facturas "
            "pendientes del trimestre?")],
    "nl": [("Offerte schilderwerk", "Hoi Alex,\nHierbij onze offerte voor het schilderwerk van de gevel. De "
            "prijs is geldig tot eind van de maand."),
           ("Overleg", "Hoi Alex,\nZullen we vrijdag even videobellen over de facturen van dit kwartaal? Laat "
            "maar weten welk tijdstip je uitkomt.")],
}

# A recruiter who found the person, against a salesperson who found their company.
OUTREACH = {
    "en": [("Data role at Harbourview", "Hi Alex,\nI lead recruiting at Harbourview and your analytics work "
            "stood out when I was searching for people. We're hiring a Senior Analyst; open to a short chat?")],
    "fr": [("Poste d'analyste", "Bonjour Alex,\nJe recrute pour un client dans la finance et votre profil m'a "
            "interpellée. Seriez-vous partant pour en discuter ?")],
    "de": [("Position als Analyst", "Hallo Alex,\nich suche für einen Kunden eine Analystin oder einen Analysten "
            "und Ihr Profil passt sehr gut. Hätten Sie Lust auf ein kurzes Telefonat?")],
}


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(INTERVIEWS))
def test_an_interview_invitation_is_an_interview(lang, subject, body):
    r = classify(subject, body, "talent@harbourview.example")
    assert r.label == "interview", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(OFFERS))
def test_a_job_offer_is_an_offer(lang, subject, body):
    r = classify(subject, body, "people@harbourview.example")
    assert r.label == "offer", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(ASSESSMENTS))
def test_a_test_to_take_is_an_assessment(lang, subject, body):
    r = classify(subject, body, "hiring@harbourview.example")
    assert r.label == "assessment", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(ACKNOWLEDGEMENTS))
def test_a_test_already_done_or_a_process_described_is_an_acknowledgement(lang, subject, body):
    r = classify(subject, body, "no-reply@harbourview.example")
    assert r.label == "application_ack", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(EVERYDAY))
def test_everyday_offers_calls_and_assessments_are_other(lang, subject, body):
    r = classify(subject, body, "someone@business.example")
    assert r.label == "other", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(OUTREACH))
def test_a_recruiter_who_found_the_person_is_outreach(lang, subject, body):
    r = classify(subject, body, "recruiter@harbourview.example")
    assert r.label == "recruiter_outreach", r.evidence


def test_a_recruiter_following_up_an_application_is_not_outreach():
    body = ("Hi Alex,\nI'm a recruiter at Harbourview and your background looks like a strong match. Thanks for "
            "applying to the Analyst role; could we have a 15-minute call on Monday?")
    assert classify("Your application", body, "kim@harbourview.example").label == "interview"


def test_without_a_word_about_a_job_a_call_is_not_an_interview_and_says_why():
    body = "Hi Alex,\nCould you share your availability for a video call next week? Thanks, Dana"
    r = classify("Catch-up", body, "dana@supplier.example")
    assert r.label == "other", r.evidence
    assert any("no word about a job" in e for e in r.evidence)
    # The same request about a role is an invitation.
    assert classify("Catch-up about the role", body, "dana@harbourview.example").label == "interview"
