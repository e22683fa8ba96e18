"""French, German and Dutch mail of the kinds the tune half of tests/mail/writers_mail.py showed to be missed: a
small employer's plain "I took someone else", the decision stated after the others chosen, a role filled inside or
a procedure stopped, interim notes, invitations to drop by or to spend a day with the team, offers in everyday
words, a concours' written tests and registration; and mail that only sounds like job mail (a flat to rent, an
administrative request, a boiler's upkeep, a vendor's pitch, candidates sent for the reader's own vacancy). Every
message here was written for this test; none comes from a data set, the held-out sets or a language pack."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes

SENDER = "contact@lindenbrug.example"


def _read(subject: str, body: str):
    r = classify(subject, body, SENDER)
    return r, f"{r.label} {r.confidence:.2f}: {r.evidence}"


CASES = [
    # --- rejections
    ("fr-small-employer", "rejection", "Re: le poste de vendeuse",
     "Bonjour Léa,\nMerci d'être passée au magasin mardi. J'ai finalement engagé une autre personne qui connaît "
     "déjà la caisse. Bonne chance pour la suite.\nMartine"),
    ("fr-nobody-needed", "rejection", "votre candidature spontanée",
     "Bonjour,\nMerci pour votre lettre et votre CV. Pour cette saison je n'ai pas besoin de quelqu'un en cuisine, "
     "l'équipe est complète.\nCordialement, Paul"),
    ("de-others-whose", "rejection", "Ihre Bewerbung als Sachbearbeiterin Lohn",
     "Guten Tag Frau Yilmaz,\nvielen Dank für Ihre Bewerbung. Wir haben uns nach reiflicher Überlegung für "
     "Bewerberinnen entschieden, deren Erfahrung im Tarifrecht umfangreicher ist. Alles Gute für Sie."),
    ("nl-filled-inside", "rejection", "Je sollicitatie als planner",
     "Beste Noor,\nBedankt voor je sollicitatie. De functie van planner is inmiddels intern vervuld. Daarom stoppen "
     "we de procedure. Veel succes verder!"),
    ("nl-freeze", "rejection", "Update",
     "Hoi Noor,\nDank voor je geduld. We hebben besloten de werving voor deze functie on hold te zetten tot na de "
     "zomer, dus we kunnen je helaas niets aanbieden."),
    # --- acknowledgements, interim notes
    ("fr-concours-registration", "application_ack", "Inscription au concours d'adjoint administratif",
     "Madame,\nNous vous confirmons l'enregistrement de votre inscription au concours externe d'adjoint "
     "administratif. Les convocations aux épreuves écrites seront envoyées un mois avant la date des épreuves."),
    ("de-papers-received", "application_ack", "Ihre Unterlagen",
     "Hallo Frau Yilmaz,\ndanke für die Übersendung Ihrer Bewerbungsunterlagen. Ich lese sie mir in Ruhe durch und "
     "rufe Sie Anfang der Woche an.\nGruß, Ralf Busch"),
    ("nl-still-open", "application_ack", "Stand van zaken",
     "Beste Noor,\nJe sollicitatie is nog steeds in behandeling. De gesprekken lopen vertraging op door de "
     "vakantie, maar je hoort binnen twee weken van ons."),
    # --- interviews
    ("fr-meet-us", "interview", "Candidature - assistante de direction",
     "Bonjour Léa,\nVotre candidature nous intéresse. Je vous propose de venir nous rencontrer vendredi à 11h à "
     "l'agence pour un premier entretien.\nBien à vous, Claire"),
    ("fr-quebec-entrevue", "interview", "Votre candidature - préposée aux comptes",
     "Bonjour Léa,\nMerci pour votre candidature. Nous aimerions planifier une entrevue vidéo avec vous la semaine "
     "prochaine. Quelles sont vos disponibilités?"),
    ("de-come-by", "interview", "Deine Bewerbung",
     "Hallo Mia,\nmagst du am Mittwochnachmittag in der Werkstatt vorbeikommen? Dann lernen wir uns kennen und "
     "reden über die Ausbildung.\nGruß Ralf"),
    ("nl-day-along", "interview", "Je sollicitatie bij de bakkerij",
     "Hoi Noor,\nLeuk dat je gesolliciteerd hebt! Wil je zaterdag een ochtend meelopen in de winkel? Dan zie je "
     "hoe het werk eruitziet."),
    # --- offers
    ("fr-engage", "offer", "Suite à nos entretiens",
     "Bonjour Léa,\nAprès nos deux entretiens, nous souhaitons vous engager comme assistante de direction à partir "
     "du 2 mai. Je vous envoie le contrat à signer demain.\nClaire"),
    ("nl-hire", "offer", "Goed nieuws",
     "Hoi Noor,\nNa de gesprekken willen we je graag aannemen als planner. Je contract ligt klaar; kun je "
     "donderdag langskomen om te tekenen?"),
    # --- assessments
    ("fr-written-tests", "assessment", "Concours d'adjoint administratif - convocation",
     "Madame,\nVous êtes convoquée aux épreuves écrites du concours le 14 mars à 9h, salle polyvalente. Munissez-"
     "vous d'une pièce d'identité."),
    ("de-fachtest", "assessment", "Nächster Schritt",
     "Guten Tag Frau Yilmaz,\nals nächsten Schritt bitten wir Sie um einen kurzen Fachtest zur Entgeltabrechnung. "
     "Die Bearbeitungszeit beträgt etwa 40 Minuten; den Link erhalten Sie gleich."),
    ("nl-toets", "assessment", "Je sollicitatie als verzorgende",
     "Beste Noor,\nVoor de volgende stap vragen we je een rekentoets te maken. Je krijgt de link morgen per mail."),
    # --- not the reader's job search
    ("fr-flat", "other", "Votre dossier de location",
     "Bonjour Madame,\nMerci pour votre dossier de location. Le propriétaire a retenu un autre candidat pour "
     "l'appartement du 3e étage. Bonne recherche."),
    ("fr-civil-status", "other", "Accusé de réception",
     "Madame,\nNous accusons réception de votre demande d'acte de mariage. Elle sera traitée sous huit jours."),
    ("de-flat", "other", "Ihre Anfrage zur Wohnung in der Gartenstraße",
     "Hallo Frau Yilmaz,\ndanke für Ihr Interesse an der Wohnung und Ihre Unterlagen. Leider haben wir uns für "
     "andere Mietinteressenten entschieden."),
    ("de-pitch", "other", "Ihr Konzept",
     "Guten Tag Herr Busch,\nvielen Dank für die Präsentation Ihres Konzepts. Wir haben uns leider für eine andere "
     "Agentur entschieden. Beste Grüße"),
    ("de-grant", "other", "Ihr Antrag auf Zuschuss",
     "Sehr geehrte Frau Yilmaz,\nIhr Antrag auf einen Zuschuss für die Dachsanierung wurde leider abgelehnt. Sie "
     "können innerhalb eines Monats Widerspruch einlegen."),
    ("nl-boiler", "other", "Onderhoud",
     "Beste Noor,\nUw cv-ketel is toe aan onderhoud. Onze monteur komt woensdag tussen 13.00 en 17.00 uur langs."),
    ("nl-rent", "other", "Je huuraanvraag",
     "Hoi Noor,\nBedankt voor je reactie op de huurwoning. Helaas is de keuze op een andere kandidaat gevallen."),
    ("nl-candidates-for-us", "other", "Kandidaten",
     "Hoi Noor,\nHierbij de profielen van twee kandidaten voor jullie vacature Planner. Laat je weten wie je wilt "
     "uitnodigen voor een gesprek?"),
]


@pytest.mark.parametrize(("label", "subject", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_gets_its_label(label, subject, body):
    r, why = _read(subject, body)
    assert r.label == label, why


@pytest.mark.parametrize(("subject", "body"), [
    ("Bevestiging van uw kandidatuur",
     "Beste,\nWij hebben uw kandidatuur voor de functie van boekhouder goed ontvangen."),
    ("Proefdag", "Hoi,\nJe bent welkom voor een proefdag op maandag om acht uur."),
    ("Einladung", "Hallo,\nwir würden Sie gern zu einem Auswahlgespräch am Montag einladen."),
    ("Étape suivante", "Bonjour,\nMerci de remplir le questionnaire de personnalité avant jeudi."),
])
def test_short_notes_about_a_step_of_an_application_pass_the_screen(subject, body):
    assert passes(subject, body)


@pytest.mark.parametrize(("subject", "body"), [
    ("Onderhoud", "Beste,\nUw cv-ketel is toe aan de jaarlijkse beurt. De monteur komt dinsdag."),
    ("Wohnungsbewerbung", "Hallo,\ndanke für Ihre Wohnungsbewerbung. Die Besichtigung ist am Montag."),
])
def test_a_boiler_or_a_flat_does_not_pass_the_screen(subject, body):
    assert not passes(subject, body)
