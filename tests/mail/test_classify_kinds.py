"""The kinds of mail the classifier used to get wrong, in every supported language. Every message here was
written for this test (none comes from a data set), and none repeats a language pack's example sentences."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes

# Rejections that open with thanks and state the decision once, in the middle, in varied words.
THANKS_FIRST_REJECTIONS = {
    "en": [
        ("Your application to Harbourview", "Hi Alex,\nThank you so much for applying to Harbourview and for the "
         "care you put into your cover letter. We read every application ourselves. At this point we cannot "
         "make you an offer for the Junior Analyst post. Thanks again and take care.\nMaya"),
        ("Junior Analyst", "Dear Alex,\nMany thanks for your interest in joining us. We met several people whose "
         "background suits this particular team better than yours. We hope our paths cross again.\nBest, Tom"),
        ("Update", "Hello Alex,\nThanks for your patience over the last weeks. The hiring for the analyst role "
         "has been frozen following a budget review, so we are closing the process. Wishing you well."),
        ("Graduate programme 2026", "Dear Alex,\nThank you for your application to our graduate programme. "
         "Every place in this year's intake has now been taken. Good luck with your next steps."),
        ("Your CV", "Hi Alex,\nThank you for sending us your CV. We will hold on to it for future openings, "
         "but there is no role that matches your experience right now. All the best."),
        ("After your interview", "Dear Alex,\nThank you for meeting the team on Tuesday; we enjoyed the "
         "conversation. The panel was not persuaded that the role is the right match for your experience, so "
         "we will stop here. Kind regards, Priya"),
    ],
    "fr": [
        ("Votre candidature", "Bonjour Alex,\nMerci beaucoup pour votre candidature et pour le temps consacré à "
         "votre lettre. Nous ne sommes malheureusement pas en mesure de vous faire une proposition pour ce "
         "poste. Très bonne continuation.\nMaya"),
        ("Poste d'analyste", "Bonjour,\nNous vous remercions de votre intérêt pour notre société. D'autres "
         "candidats présentent une expérience plus proche des besoins de l'équipe. Bien cordialement."),
        ("Point sur le recrutement", "Bonjour Alex,\nMerci pour votre patience. Le recrutement pour ce poste "
         "est gelé jusqu'à nouvel ordre à la suite d'une revue budgétaire. Cordialement."),
        ("Programme jeunes diplômés", "Bonjour,\nMerci pour votre candidature à notre programme. Toutes les "
         "places de la promotion de cette année sont désormais pourvues. Bonne chance pour la suite."),
        ("Votre CV", "Bonjour Alex,\nMerci de nous avoir transmis votre CV. Nous le gardons dans notre base, "
         "mais aucune offre ne correspond à votre parcours aujourd'hui. Bien à vous."),
        ("Suite à votre entretien", "Bonjour Alex,\nMerci d'avoir rencontré l'équipe mardi. Le jury n'a pas "
         "été convaincu que votre profil corresponde au poste, nous arrêtons donc le processus ici. "
         "Cordialement, Priya"),
    ],
    "de": [
        ("Ihre Bewerbung", "Hallo Alex,\nherzlichen Dank für Ihre Bewerbung und das ausführliche Anschreiben. "
         "Wir können Ihnen für diese Position leider kein Angebot unterbreiten. Alles Gute!\nMaya"),
        ("Analyst (m/w/d)", "Guten Tag,\nvielen Dank für Ihr Interesse an unserem Haus. Andere Bewerberinnen "
         "und Bewerber bringen Erfahrungen mit, die näher an den Anforderungen des Teams liegen. Freundliche "
         "Grüße"),
        ("Stand des Verfahrens", "Hallo Alex,\ndanke für Ihre Geduld. Die Besetzung der Stelle wurde nach einer "
         "Budgetprüfung bis auf Weiteres gestoppt, daher beenden wir das Verfahren. Viele Grüße"),
        ("Traineeprogramm 2026", "Guten Tag,\nvielen Dank für Ihre Bewerbung für unser Traineeprogramm. Sämtliche "
         "Plätze des diesjährigen Jahrgangs sind inzwischen besetzt. Viel Erfolg weiterhin."),
        ("Ihr Lebenslauf", "Hallo Alex,\ndanke für die Zusendung Ihres Lebenslaufs. Wir nehmen ihn gerne in "
         "unsere Datenbank auf, haben momentan aber keine Stelle, die zu Ihrem Werdegang passt. Beste Grüße"),
        ("Nach Ihrem Gespräch", "Hallo Alex,\ndanke, dass Sie sich am Dienstag Zeit für das Team genommen haben. "
         "Das Gremium war nicht überzeugt, dass die Rolle zu Ihrer Erfahrung passt, deshalb endet der Prozess "
         "an dieser Stelle. Freundliche Grüße, Priya"),
    ],
    "es": [
        ("Tu candidatura", "Hola Alex,\nMuchas gracias por presentar tu candidatura y por tu carta. En esta "
         "ocasión no podemos hacerte una propuesta para el puesto. Te deseamos lo mejor.\nMaya"),
        ("Puesto de analista", "Hola,\nGracias por tu interés en nuestra empresa. Hemos conocido a otras "
         "personas cuya experiencia se adapta mejor a lo que necesita el equipo. Un saludo."),
        ("Estado del proceso", "Hola Alex,\nGracias por tu paciencia. La contratación para este puesto se ha "
         "congelado tras una revisión del presupuesto, así que cerramos el proceso. Saludos."),
        ("Programa de graduados", "Hola,\nGracias por inscribirte en nuestro programa. Todas las plazas de este "
         "año ya están ocupadas. Mucha suerte en tus próximos pasos."),
        ("Tu currículum", "Hola Alex,\nGracias por enviarnos tu currículum. Lo mantendremos en nuestra base de "
         "datos, pero ahora mismo no hay ninguna vacante que encaje con tu perfil. Un abrazo."),
        ("Después de tu entrevista", "Hola Alex,\nGracias por reunirte con el equipo el martes. El comité no "
         "quedó convencido de que el puesto encaje con tu experiencia, así que no seguiremos adelante. "
         "Saludos, Priya"),
    ],
    "nl": [
        ("Je sollicitatie", "Hoi Alex,\nHartelijk dank voor je sollicitatie en je uitgebreide motivatie. We "
         "kunnen je voor deze functie helaas geen aanbod doen. Het allerbeste!\nMaya"),
        ("Functie analist", "Beste Alex,\nDank voor je interesse in ons bedrijf. We hebben mensen gesproken "
         "van wie de ervaring beter past bij wat het team nodig heeft. Met vriendelijke groet."),
        ("Stand van zaken", "Hoi Alex,\nBedankt voor je geduld. De werving voor deze functie is na een "
         "budgetherziening stopgezet, dus we sluiten de procedure af. Groeten."),
        ("Traineeship 2026", "Beste Alex,\nBedankt voor je aanmelding voor ons traineeship. Alle plekken voor "
         "dit jaar zijn inmiddels bezet. Veel succes met je volgende stap."),
        ("Je cv", "Hoi Alex,\nBedankt voor het sturen van je cv. We houden het graag in ons bestand, maar er is "
         "op dit moment geen vacature die bij je achtergrond past. Groetjes."),
        ("Na je gesprek", "Beste Alex,\nDank dat je dinsdag met het team hebt gesproken. De commissie was er "
         "niet van overtuigd dat de rol bij je ervaring past, dus we stoppen hier. Vriendelijke groet, Priya"),
    ],
}

ACKS = {
    "en": ("Application received", "Hi Alex,\nThanks for applying for the Analyst role. Your application "
           "arrived safely and the hiring team will look at it over the coming days.\nThe People team"),
    "fr": ("Candidature reçue", "Bonjour Alex,\nVotre candidature au poste d'analyste nous est bien parvenue. "
           "L'équipe la regardera dans les prochains jours.\nL'équipe RH"),
    "de": ("Eingangsbestätigung", "Hallo Alex,\nIhre Bewerbung als Analyst ist gut bei uns angekommen. Das "
           "Team sieht sie sich in den nächsten Tagen an.\nIhr HR-Team"),
    "es": ("Candidatura recibida", "Hola Alex,\nTu candidatura para el puesto de analista nos ha llegado "
           "correctamente. El equipo la revisará en los próximos días.\nEl equipo de personas"),
    "nl": ("Sollicitatie ontvangen", "Hoi Alex,\nJe sollicitatie voor de functie van analist is goed "
           "aangekomen. Het team bekijkt hem de komende dagen.\nHet HR-team"),
}

INTERVIEWS = {
    "en": ("Next step", "Hi Alex,\nThe team enjoyed reading your application and would like to meet you. "
           "Could you come in on Thursday at 3pm for an hour-long conversation with the hiring manager?"),
    "fr": ("Prochaine étape", "Bonjour Alex,\nVotre dossier a beaucoup plu à l'équipe. Pourriez-vous venir "
           "jeudi à 15h pour un entretien d'une heure avec la responsable du service ?"),
    "de": ("Nächster Schritt", "Hallo Alex,\nIhre Unterlagen haben uns gefallen. Hätten Sie am Donnerstag um "
           "15 Uhr Zeit für ein einstündiges Vorstellungsgespräch mit der Abteilungsleiterin?"),
    "es": ("Siguiente paso", "Hola Alex,\nTu perfil ha gustado mucho al equipo. ¿Podrías venir el jueves a las "
           "15:00 para una entrevista de una hora con la responsable del área?"),
    "nl": ("Volgende stap", "Hoi Alex,\nJe cv sprak het team erg aan. Kun je donderdag om 15.00 uur langskomen "
           "voor een sollicitatiegesprek van een uur met de afdelingsmanager?"),
}

# Ordinary work mail that uses job-ish words: offers, positions, schedules, reviews, contracts.
BUSINESS = {
    "en": [
        ("Revised offer for the catering contract", "Hi Dana,\nAttached is our revised offer for the catering "
         "contract, including the new prices. Let me know if the position on delivery fees works for you."),
        ("Review meeting moved", "Team, the quarterly review meeting is moved to Friday at 10. Please update "
         "the schedule and bring the figures for the Q3 position."),
        ("Podcast interview", "Hi Sam, thanks for agreeing to the podcast interview next week. The recording "
         "takes about an hour; I'll send the questions on Monday."),
    ],
    "fr": [
        ("Offre révisée", "Bonjour Dana,\nVous trouverez ci-joint notre offre révisée pour le contrat de "
         "restauration, avec les nouveaux tarifs. Dites-moi si notre position sur les frais vous convient."),
        ("Réunion de suivi", "Bonjour à tous, la réunion de suivi trimestrielle est déplacée à vendredi 10h. "
         "Merci de mettre à jour le planning."),
    ],
    "de": [
        ("Überarbeitetes Angebot", "Hallo Dana,\nanbei unser überarbeitetes Angebot für den Cateringvertrag "
         "mit den neuen Preisen. Sagen Sie Bescheid, ob unsere Position zu den Liefergebühren passt."),
        ("Besprechung verschoben", "Hallo zusammen, die Quartalsbesprechung wird auf Freitag 10 Uhr "
         "verschoben. Bitte aktualisiert den Zeitplan."),
    ],
    "es": [
        ("Oferta revisada", "Hola Dana,\nAdjunto nuestra oferta revisada para el contrato de catering, con los "
         "nuevos precios. Dime si nuestra posición sobre los gastos de envío te parece bien."),
        ("Reunión aplazada", "Hola a todos, la reunión trimestral de revisión se pasa al viernes a las 10. Por "
         "favor, actualizad el calendario."),
    ],
    "nl": [
        ("Herziene offerte", "Hoi Dana,\nIn de bijlage onze herziene offerte voor het cateringcontract, met de "
         "nieuwe prijzen. Laat maar weten of ons standpunt over de bezorgkosten akkoord is."),
        ("Overleg verplaatst", "Hallo allemaal, het kwartaaloverleg is verplaatst naar vrijdag 10 uur. Werk de "
         "planning even bij."),
    ],
}

SHOP_AND_ACCOUNT = {
    "en": [("Thanks for your order #4411", "Thank you for your order! We'll email you when it ships."),
           ("Welcome to Parcelly", "Thank you for registering your account. Please confirm your email address."),
           ("Thank you for your business", "Thank you for your business. Your invoice for November is attached.")],
    "fr": [("Merci pour votre commande", "Merci pour votre commande n°4411 ! Nous vous écrirons à l'expédition."),
           ("Bienvenue", "Merci d'avoir créé votre compte. Confirmez votre adresse e-mail pour commencer.")],
    "de": [("Danke für Ihre Bestellung", "Vielen Dank für Ihre Bestellung Nr. 4411! Wir melden uns beim Versand."),
           ("Willkommen", "Danke, dass Sie ein Konto angelegt haben. Bitte bestätigen Sie Ihre E-Mail-Adresse.")],
    "es": [("Gracias por tu pedido", "¡Gracias por tu pedido n.º 4411! Te avisaremos cuando salga."),
           ("Bienvenida", "Gracias por crear tu cuenta. Confirma tu correo electrónico para empezar.")],
    "nl": [("Bedankt voor je bestelling", "Bedankt voor je bestelling nr. 4411! We mailen je zodra hij "
            "verzonden is."),
           ("Welkom", "Bedankt voor het aanmaken van je account. Bevestig je e-mailadres om te beginnen.")],
}

ALERTS_AND_NOREPLY = {
    "en": [("5 new Data Analyst jobs near you", "Jobs for you this week: Data Analyst at Corvid, Senior "
            "Analyst at Pellam, BI Analyst at Tansy. Apply now. Manage your alerts."),
           ("Notice from the careers portal", "This is an automatic message from a no-reply mailbox. The "
            "careers portal will be down for maintenance on Sunday.")],
    "fr": [("Nouvelles offres pour vous", "Offres d'emploi de la semaine : Analyste chez Corvid, Analyste "
            "senior chez Pellam. Gérez vos alertes.")],
    "de": [("Neue Jobs für Sie", "Passende Stellenangebote dieser Woche: Analyst bei Corvid, Senior Analyst "
            "bei Pellam. Verwalten Sie Ihre Suchaufträge.")],
    "es": [("Nuevas ofertas para ti", "Empleos de esta semana: Analista en Corvid, Analista sénior en Pellam. "
            "Gestiona tus alertas.")],
    "nl": [("Nieuwe vacatures voor jou", "Vacatures van deze week: Analist bij Corvid, Senior analist bij "
            "Pellam. Beheer je zoekopdrachten.")],
}

WITHDRAWALS = {
    "en": ("Your withdrawal", "Hi Alex,\nWe're sorry that you decided not to continue with your application "
           "for the Analyst role, but we understand. Your application is now closed. Best wishes."),
    "fr": ("Retrait de candidature", "Bonjour Alex,\nNous regrettons que vous ayez choisi de ne pas poursuivre "
           "votre candidature, mais nous comprenons. Votre dossier est maintenant clos."),
    "de": ("Rückzug Ihrer Bewerbung", "Hallo Alex,\nschade, dass Sie Ihre Bewerbung nicht weiterverfolgen "
           "möchten, wir verstehen das. Ihre Bewerbung ist nun geschlossen."),
    "es": ("Retirada de candidatura", "Hola Alex,\nSentimos que hayas decidido no continuar con tu candidatura, "
           "pero lo entendemos. Tu solicitud queda cerrada."),
    "nl": ("Intrekking sollicitatie", "Hoi Alex,\nJammer dat je hebt besloten niet verder te gaan met je "
           "sollicitatie, maar we begrijpen het. Je sollicitatie is nu gesloten."),
}

ASSESSMENT_RECEIVED = {
    "en": ("Assessment received", "Hi Alex,\nThanks, we received your completed coding assessment. The team "
           "will go through it and get back to you next week."),
    "fr": ("Test reçu", "Bonjour Alex,\nMerci, nous avons bien reçu votre test technique terminé. L'équipe "
           "l'examinera et reviendra vers vous la semaine prochaine."),
    "de": ("Test erhalten", "Hallo Alex,\ndanke, wir haben Ihren abgeschlossenen Programmiertest erhalten. Das "
           "Team sieht ihn sich an und meldet sich nächste Woche."),
    "es": ("Prueba recibida", "Hola Alex,\nGracias, hemos recibido tu prueba técnica completada. El equipo la "
           "revisará y te responderá la semana que viene."),
    "nl": ("Assessment ontvangen", "Hoi Alex,\nBedankt, we hebben je afgeronde programmeertest ontvangen. Het "
           "team bekijkt hem en laat volgende week van zich horen."),
}

LANGS = ("en", "fr", "de", "es", "nl")

# Known misses, kept visible: strict, so a fix makes these fail until they are removed from here.
KNOWN_MISSES: dict[str, str] = {}


def _cases(table, kind):
    out = []
    for lang, cases in table.items():
        for i, case in enumerate(cases):
            case_id = f"{kind}-{lang}-{i}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case_id])] if case_id in KNOWN_MISSES else []
            out.append(pytest.param(lang, *case, id=f"{lang}-{i}", marks=marks))
    return out


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(THANKS_FIRST_REJECTIONS, "rejection"))
def test_a_rejection_that_opens_with_thanks_is_a_rejection(lang, subject, body):
    r = classify(subject, body, "hr@harbourview.example")
    assert r.label == "rejection", r.evidence
    assert r.language == lang
    # The sentence that decided it is recorded, and it is not the opening thanks.
    assert r.deciding_sentences, r.evidence
    assert not r.deciding_sentences[0].lower().startswith(("thank", "merci", "vielen", "herzlich", "danke",
                                                           "muchas", "gracias", "hartelijk", "dank"))


@pytest.mark.parametrize("lang", LANGS)
def test_acknowledgement(lang):
    r = classify(*ACKS[lang], "jobs@harbourview.example")
    assert r.label == "application_ack", r.evidence


@pytest.mark.parametrize("lang", LANGS)
def test_interview_invitation(lang):
    r = classify(*INTERVIEWS[lang], "maya@harbourview.example")
    assert r.label == "interview", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(BUSINESS, "business"))
def test_ordinary_work_mail_is_other(lang, subject, body):
    r = classify(subject, body, "dana@supplier.example")
    assert r.label == "other", r.evidence


def test_most_ordinary_work_mail_does_not_pass_the_screen():
    cases = [case for cases in BUSINESS.values() for case in cases]
    passed = [subject for subject, body in cases if passes(subject, body)]
    assert len(passed) <= len(cases) // 4, passed


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(SHOP_AND_ACCOUNT, "shop"))
def test_shop_and_account_mail_is_other(lang, subject, body):
    r = classify(subject, body, "hello@shop.example")
    assert r.label == "other", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(ALERTS_AND_NOREPLY, "alert"))
def test_job_alerts_and_no_reply_notices_are_other(lang, subject, body):
    r = classify(subject, body, "no-reply@jobboard.example")
    assert r.label == "other", r.evidence


@pytest.mark.parametrize("lang", LANGS)
def test_a_withdrawal_the_company_confirms_is_other(lang):
    r = classify(*WITHDRAWALS[lang], "hr@harbourview.example")
    assert r.label == "other", r.evidence


@pytest.mark.parametrize("lang", LANGS)
def test_a_received_assessment_is_an_acknowledgement(lang):
    r = classify(*ASSESSMENT_RECEIVED[lang], "hr@harbourview.example")
    assert r.label == "application_ack", r.evidence


# Acknowledgements that are a subject line and nothing else (many applicant-tracking systems send no body).
SUBJECT_ONLY_ACKS = {
    "en": [("Thanks for applying to Harbourview Analytics!", ""),
           ("Application received - Junior Analyst (Remote) - REQ 2291", ""),
           ("Your application with Harbourview has been received", "")],
    "fr": [("Merci d'avoir postulé chez Harbourview", ""),
           ("Candidature bien reçue - Analyste junior (H/F)", "")],
    "de": [("Danke für Ihre Bewerbung bei Harbourview", ""),
           ("Eingangsbestätigung: Junior Analyst (m/w/d)", "")],
    "es": [("Gracias por postularte en Harbourview", ""),
           ("Candidatura recibida - Analista júnior", "")],
    "nl": [("Bedankt voor je sollicitatie bij Harbourview", ""),
           ("Sollicitatie ontvangen - Junior analist", "")],
}

# An interview held by software (an AI interviewer, recorded answers) is a test to complete.
AUTOMATED_INTERVIEWS = {
    "en": ("Next step for the Analyst role", "Hi Alex,\nThe next step is a short interview run by our AI "
           "assistant: you answer six questions on video, whenever you like before Friday. Start here."),
    "fr": ("Prochaine étape", "Bonjour Alex,\nLa prochaine étape est un entretien vidéo différé : vous "
           "enregistrez vos réponses à six questions quand vous voulez avant vendredi."),
    "de": ("Nächster Schritt", "Hallo Alex,\nder nächste Schritt ist ein zeitversetztes Videointerview: Sie "
           "beantworten sechs Fragen per Video, wann immer Sie möchten, bis Freitag."),
    "es": ("Siguiente paso", "Hola Alex,\nEl siguiente paso es una entrevista en vídeo diferida: grabas tus "
           "respuestas a seis preguntas cuando quieras antes del viernes."),
    "nl": ("Volgende stap", "Hoi Alex,\nDe volgende stap is een video-interview dat je zelf opneemt: je "
           "beantwoordt zes vragen op video, wanneer het jou uitkomt, voor vrijdag."),
}

# Mail about job searching that is not from an employer about an application: services, tips, account set-up.
JOB_SEARCH_SERVICES = {
    "en": [("Land your next role faster", "Hi Alex,\nOur coaches have helped thousands of people find a job. "
            "Book a free consultation and get your resume reviewed by an expert. Upgrade today."),
           ("Your candidate account", "Welcome! Your candidate account has been created. Log in to update your "
            "personal details and set your password."),
           ("Big week ahead?", "Preparing for a job interview? Our five-minute course walks you through the "
            "questions hiring managers ask most. Try it free for seven days.")],
    "fr": [("Trouvez votre prochain poste", "Bonjour Alex,\nNos coachs ont aidé des milliers de personnes à "
            "trouver un emploi. Réservez une consultation gratuite et faites relire votre CV."),
           ("Prêt pour le grand jour ?", "Vous préparez un entretien d'embauche ? Notre cours de cinq minutes "
            "passe en revue les questions que posent le plus les recruteurs. Essai gratuit de sept jours.")],
    "de": [("Schneller zum neuen Job", "Hallo Alex,\nunsere Coaches haben tausenden Menschen zu einem neuen Job "
            "verholfen. Buchen Sie ein kostenloses Erstgespräch und lassen Sie Ihren Lebenslauf prüfen."),
           ("Bereit für den großen Tag?", "Sie bereiten sich auf ein Vorstellungsgespräch vor? Unser "
            "Fünf-Minuten-Kurs geht die häufigsten Fragen von Personalern durch. Sieben Tage kostenlos testen.")],
    "es": [("Consigue tu próximo empleo", "Hola Alex,\nNuestros orientadores han ayudado a miles de personas a "
            "encontrar trabajo. Reserva una consulta gratuita y revisamos tu currículum."),
           ("¿Listo para el gran día?", "¿Preparas una entrevista de trabajo? Nuestro curso de cinco minutos repasa "
            "las preguntas que más hacen los reclutadores. Pruébalo gratis siete días.")],
    "nl": [("Sneller een nieuwe baan", "Hoi Alex,\nOnze coaches hebben duizenden mensen aan een baan geholpen. "
            "Boek een gratis adviesgesprek en laat je cv nakijken."),
           ("Klaar voor de grote dag?", "Bereid je je voor op een sollicitatiegesprek? Onze cursus van vijf "
            "minuten behandelt de vragen die recruiters het vaakst stellen. Probeer hem zeven dagen gratis.")],
}


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(SUBJECT_ONLY_ACKS, "subject-ack"))
def test_an_acknowledgement_with_only_a_subject(lang, subject, body):
    r = classify(subject, body, "no-reply@ats.example")
    assert r.label == "application_ack", r.evidence


@pytest.mark.parametrize("lang", LANGS)
def test_an_automated_interview_is_an_assessment(lang):
    r = classify(*AUTOMATED_INTERVIEWS[lang], "talent@harbourview.example")
    assert r.label == "assessment", r.evidence


@pytest.mark.parametrize(("lang", "subject", "body"), _cases(JOB_SEARCH_SERVICES, "services"))
def test_job_search_services_and_accounts_are_other(lang, subject, body):
    r = classify(subject, body, "hello@careercoach.example")
    assert r.label == "other", r.evidence


def test_job_words_in_a_long_footer_do_not_let_a_newsletter_through_the_screen():
    news = "Our spring collection is here, with new colours and fabrics for every room of the house. " * 20
    footer = "Careers: we are hiring. Join our recruiting events and apply for a job on our careers page."
    assert not passes("Spring collection", news + footer)
    # The same words at the top of a message are what a message about a job says first.
    assert passes("Spring collection", footer + news)


# A company asking about your interview (or your search) for a reward is research or marketing, not a job step.
PAID_FEEDBACK = {
    "en": ("Tell us how it went", "Hi Alex,\nDid our app help you land an interview? Book a 15-minute video call "
           "to tell us about it and we'll send you a $40 gift card."),
    "fr": ("Racontez-nous", "Bonjour Alex,\nNotre appli vous a aidé à décrocher un entretien ? Réservez un appel "
           "vidéo de 15 minutes pour nous en parler et recevez une carte cadeau de 40 euros."),
    "de": ("Erzählen Sie uns davon", "Hallo Alex,\nhat unsere App Ihnen zu einem Vorstellungsgespräch verholfen? "
           "Buchen Sie einen 15-minütigen Videoanruf und erhalten Sie einen Gutschein über 40 Euro."),
    "es": ("Cuéntanos", "Hola Alex,\n¿Nuestra app te ayudó a conseguir una entrevista? Reserva una videollamada de "
           "15 minutos para contárnoslo y te enviaremos una tarjeta regalo de 40 euros."),
    "nl": ("Vertel het ons", "Hoi Alex,\nHeeft onze app je aan een sollicitatiegesprek geholpen? Plan een videogesprek "
           "van 15 minuten om erover te vertellen en ontvang een cadeaubon van 40 euro."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_paid_feedback_about_an_interview_is_other(lang):
    r = classify(*PAID_FEEDBACK[lang], "hello@jobapp.example")
    assert r.label == "other", r.evidence


def test_a_description_of_what_happens_to_applicants_invites_no_one():
    # An office's automatic reply about its admissions process says who will be invited; it invites the reader to
    # nothing.
    body = ("Hello,\nThank you for writing to the graduate programme office. The application window is open until "
            "1 December. Applicants who are invited to interview will be contacted by a faculty member directly. "
            "We cannot reply to every question individually.\nProgramme office")
    r = classify("Automatic reply: question about the deadline", body, "phd-office@university.example")
    assert r.label != "interview", r.evidence
    # Being told one is among those chosen is the invitation.
    body = ("Hi Alex,\nYou are one of the candidates who have been shortlisted for the analyst role. Please pick a "
            "time for your first interview with Maya next week.\nBest, Tom")
    assert classify("Next step", body, "tom@harbourview.example").label == "interview"


def test_a_test_platforms_account_details_without_an_invitation_are_other():
    # The platform's name alone (a known test provider) does not make its account mail a test to take.
    body = ("Hi Alex,\nWelcome to Codility! We've created a guest account for you. Your login is your e-mail "
            "address and your temporary password is in the next message. Once you're done with this session, you "
            "can keep practising on Codility.")
    r = classify("Your Codility guest account information", body, "Codility <no-reply@codility.com>")
    assert r.label == "other", r.evidence
