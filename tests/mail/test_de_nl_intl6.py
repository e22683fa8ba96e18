"""German and Dutch mail of the kinds the tune half of tests/mail/intl6_mail.py showed to be missed: a decision that
"did not fall in your favour", someone else chosen said reflexively ("ich hab mich für eine andere entschieden"), a
rival applicant ("Mitbewerber"), a test or a selection round not passed ("Mindestpunktzahl nicht erreicht", "niet
geslaagd"), a separable invitation to a compound talk ("laden … zu einem Bewerbungsgespräch … ein"), a trial day at
the workplace ("zur Probe arbeiten", "Hospitationstag"), a start offered as a question, a meeting proposed as a
question ("heb je tijd voor een kennismakingsgesprek?"); short notes saying "du" or "ik"
read as German or Dutch; and mail that uses the words in another sense (a withdrawal confirmed, a nursery's talk
with a family, a craftsman's full order book). Every message here was written for this test; none comes from a
data set, the held-out sets or a language pack."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.languages import load_packs

SENDER = "personal@kranstein.example"


def _read(subject: str, body: str):
    r = classify(subject, body, SENDER)
    return r, f"{r.label} {r.confidence:.2f}: {r.evidence}"


CASES = [
    # --- German
    (
        "de-not-in-favour",
        "rejection",
        "Ihre Bewerbung als Bibliothekarin (Kennziffer 44/26)",
        "Sehr geehrte Frau Okafor,\n\nwir danken Ihnen für Ihre Bewerbung und Ihre Teilnahme am Auswahlverfahren. Die "
        "Entscheidung der Auswahlkommission ist leider nicht zu Ihren Gunsten ausgefallen.\n\nMit freundlichen Grüßen\n"
        "Stadtbibliothek Kranstein",
    ),
    (
        "de-reflexive-other",
        "rejection",
        "Re: Deine Bewerbung als Friseurin",
        "Hallo Lena,\n\ndanke nochmal fürs Vorbeikommen. Ich hab mich am Ende für eine andere entschieden, die schon "
        "Kundschaft mitbringt. Alles Gute dir!\n\nGruß Sandra",
    ),
    (
        "de-rival",
        "rejection",
        "Ihre Bewerbung Lagerleitung",
        "Sehr geehrter Herr Demir,\n\nnach den Gesprächen ist die Wahl auf einen Mitbewerber gefallen, der bereits ein "
        "Lager dieser Größe geführt hat. Wir danken Ihnen für Ihr Interesse.\n\nMit freundlichen Grüßen\nPersonal",
    ),
    (
        "de-test-failed",
        "rejection",
        "Ergebnis Ihres Einstellungstests",
        "Sehr geehrte Frau Okafor,\n\nvielen Dank für Ihre Bewerbung um einen Ausbildungsplatz. Leider haben Sie im "
        "Einstellungstest die Mindestpunktzahl nicht erreicht, sodass wir Ihre Bewerbung nicht weiter berücksichtigen "
        "können.\n\nMit freundlichen Grüßen\nAusbildungsleitung",
    ),
    (
        "de-separable-compound",
        "interview",
        "Deine Bewerbung als Mediengestalterin",
        "Hallo Lena,\n\ndeine Mappe hat uns gefallen: Wir laden dich zu einem Bewerbungsgespräch am Mittwoch um 14 Uhr "
        "in unser Studio ein.\n\nViele Grüße\nTeam Pixelhafen",
    ),
    (
        "de-trial-verb",
        "interview",
        "Deine Bewerbung Küchenhilfe",
        "Hi Lena,\n\ndanke für deine Bewerbung! Magst du am Dienstag ab 10 Uhr zur Probe arbeiten kommen? Dann siehst "
        "du die Küche und das Team.\n\nGruß Marco",
    ),
    (
        "de-hospitation",
        "interview",
        "Ihre Bewerbung als Zahnmedizinische Fachangestellte",
        "Sehr geehrte Frau Okafor,\n\ngern bieten wir Ihnen vor unserer Entscheidung einen Hospitationstag in unserer "
        "Praxis an, am Donnerstag ab 8 Uhr.\n\nMit freundlichen Grüßen\nPraxis Dr. Lindner",
    ),
    (
        "de-start-question",
        "offer",
        "Re: Probetag",
        "Hallo Lena,\n\nder Probetag war super. Kannst du ab dem 15. bei uns anfangen? Den Vertrag mach ich dir bis "
        "Freitag fertig.\n\nGruß Marco",
    ),
    (
        "de-withdrawal",
        "other",
        "Ihre Bewerbung als Einkäufer",
        "Sehr geehrter Herr Demir,\n\nwie gewünscht haben wir Ihre Bewerbung für die Position Einkäufer zurückgezogen. "
        "Wir wünschen Ihnen für Ihren neuen Weg alles Gute.\n\nMit freundlichen Grüßen\nPersonal",
    ),
    (
        "de-nursery-family",
        "other",
        "Einladung zum Kennenlerngespräch",
        "Liebe Familie Yilmaz,\n\nwir freuen uns, Ihnen einen Krippenplatz ab Oktober anbieten zu können, und laden "
        "Sie zu einem Kennenlerngespräch am Montag um 15 Uhr ein.\n\nHerzliche Grüße\nIhre Krippe Wichtelhaus",
    ),
    (
        "de-craftsman",
        "other",
        "Ihre Anfrage Badsanierung",
        "Sehr geehrter Herr Demir,\n\nleider können wir Ihren Auftrag für die Badsanierung nicht annehmen, unsere "
        "Auftragslage lässt es in diesem Jahr nicht mehr zu.\n\nMit freundlichen Grüßen\nSanitär Hofmann",
    ),
    # --- Dutch
    (
        "nl-not-passed",
        "rejection",
        "Resultaat selectieproef",
        "Geachte heer Peeters,\n\nHelaas bent u niet geslaagd voor de praktijkproef van de selectieprocedure "
        "technisch assistent.\n\nMet vriendelijke groeten,\nSelectiedienst",
    ),
    (
        "nl-score",
        "rejection",
        "Je sollicitatie als data-analist",
        "Beste Joris,\n\nDank voor het maken van de capaciteitentest. Je hebt niet de vereiste minimumscore van 60 "
        "behaald, daarom gaan we niet verder met je sollicitatie.\n\nGroet,\nTeam Recruitment",
    ),
    (
        "nl-meeting-question",
        "interview",
        "Je sollicitatie als barista",
        "Hoi Joris,\n\nLeuke brief! Heb je tijd voor een kennismakingsgesprek in de zaak, donderdag om 15 uur?\n\n"
        "Groetjes,\nFemke",
    ),
]


@pytest.mark.parametrize(("key", "label", "subject", "body"), CASES, ids=[c[0] for c in CASES])
def test_kind_is_read(key, label, subject, body):
    r, why = _read(subject, body)
    assert r.label == label, why


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hab deine Mail bekommen, danke! Bin grad unterwegs, ich melde mich nächste Woche bei dir", "de"),
        ("kannst du am Montag schon anfangen? Ich schick dir den Vertrag, wenn du magst", "de"),
        ("ik heb je cv ontvangen, dank je! Ik bel je deze week nog even als dat kan", "nl"),
    ],
)
def test_informal_notes_are_read_in_their_language(text, code):
    assert load_packs().detect(text)[0] == code
