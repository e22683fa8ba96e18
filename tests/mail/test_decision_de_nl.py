"""German and Dutch rejections read from the grammar of the decision (the packs' `[decision]` words, decision.py),
in the shapes the tune halves of tests/mail/intl6_mail.py and intl8_mail.py showed: the role's state with its verb
last, another person before the verb of choosing, a negated noun or verb, the negation closing a main clause, a
refusal said to the reader or split as a separable verb; and a status that only sounds negative. Every message here
was written for this test; none comes from a data set, the held-out sets or a language pack."""

from __future__ import annotations

import re

import pytest

from onward.mail.classify import classify
from onward.mail.classify.decision import rules as decision_rules
from onward.mail.classify.languages import load_packs

SENDER = "personal@lindenau.example"

CASES = [
    # --- German
    (
        "de-state-verb-last",
        "rejection",
        "Ihre Bewerbung als Fachkraft für Lagerlogistik",
        "Sehr geehrter Herr Brandt,\n\nwir danken Ihnen für Ihr Interesse. Wir möchten Sie darüber informieren, dass "
        "die Stelle zwischenzeitlich mit einem Bewerber aus der Region besetzt wurde.\n\nMit freundlichen Grüßen\n"
        "Personalwesen",
    ),
    (
        "de-another-before-verb",
        "rejection",
        "Stelle Empfang Hotel",
        "Hallo Herr Brandt,\n\nvielen Dank für das Probearbeiten am Wochenende. Wir haben uns nach einigem Hin und "
        "Her für eine Kollegin mit Erfahrung an der Rezeption entschieden.\n\nViele Grüße\nHotel am Kurpark",
    ),
    (
        "de-negated-noun",
        "rejection",
        "Rückmeldung zu Ihrer Bewerbung",
        "Sehr geehrter Herr Brandt,\n\nfür Ihre Bewerbung als Sachbearbeiter danken wir Ihnen. Wir würden Ihnen gern "
        "Besseres berichten, können Ihnen jedoch keine Zusage erteilen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "de-negation-last",
        "rejection",
        "Deine Bewerbung als Werkstudent",
        "Hi Tim,\n\ndanke für deine Bewerbung und das Telefonat. Dein Profil passt für diese Rolle leider nicht.\n\n"
        "Beste Grüße\nRecruiting",
    ),
    (
        "de-refusal-to-reader",
        "rejection",
        "Ihre Bewerbung als Erzieher",
        "Sehr geehrter Herr Brandt,\n\nvielen Dank für das Gespräch in unserer Einrichtung. Nach Rücksprache mit dem "
        "Träger müssen wir Ihnen heute leider absagen.\n\nMit freundlichen Grüßen\nEinrichtungsleitung",
    ),
    (
        "de-not-yet-is-a-status",
        "application_ack",
        "Ihre Bewerbung als Erzieher",
        "Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bewerbung. Wir haben noch nicht alle Unterlagen sichten "
        "können und melden uns in zwei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nEinrichtungsleitung",
    ),
    # --- Dutch
    (
        "nl-state-verb",
        "rejection",
        "Je sollicitatie als magazijnmedewerker",
        "Beste Tim,\n\nbedankt voor je sollicitatie. Helaas is de vacature inmiddels ingevuld door een kandidaat uit "
        "ons eigen team.\n\nMet vriendelijke groet,\nHR",
    ),
    (
        "nl-another-chosen",
        "rejection",
        "Terugkoppeling gesprek",
        "Beste Tim,\n\ndank voor het gesprek van vorige week. We hebben uiteindelijk gekozen voor iemand die al in de "
        "sector werkt.\n\nMet vriendelijke groet,\nTeam Werving",
    ),
    (
        "nl-separable-refusal",
        "rejection",
        "Uitslag selectie",
        "Beste Tim,\n\nbedankt voor je deelname aan de selectie voor de functie van beveiliger. Je valt helaas af in "
        "deze ronde van de procedure.\n\nMet vriendelijke groet,\nSelectieteam",
    ),
    # A condition in the order of a question, a passive verb first: what may happen, not what happened.
    (
        "de-passive-verb-first-condition",
        "application_ack",
        "Eingangsbestätigung",
        "Sehr geehrte Frau Kaya,\n\nvielen Dank für Ihre Bewerbung als Buchhalterin. Werden Sie nicht ausgewählt, "
        "bewahren wir Ihre Unterlagen gern für spätere Stellen auf. Wir melden uns innerhalb von drei Wochen.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "nl-passive-verb-first-condition",
        "application_ack",
        "Ontvangstbevestiging",
        "Beste Sanne,\n\nBedankt voor je sollicitatie als boekhouder. Wordt u niet geselecteerd, dan bewaren we uw "
        "cv voor andere vacatures. Binnen drie weken hoor je van ons.\n\nMet vriendelijke groet,\nHR",
    ),
]


@pytest.mark.parametrize(("key", "label", "subject", "body"), CASES, ids=[c[0] for c in CASES])
def test_decision_is_read_from_its_grammar(key, label, subject, body):
    r = classify(subject, body, SENDER)
    assert r.label == label, f"{key}: {r.label} {r.confidence:.2f}: {r.evidence}"


SETTINGS = {"reach": 3, "span": 60, "role_state": 4.0, "not_taken": 3.5, "contrast": 1.0, "another_chosen": 4.0,
            "refusal": 3.0}


def _patterns(words: dict[str, tuple[str, ...]], negation: str) -> list[re.Pattern]:
    made = decision_rules(words, negation, SETTINGS, "xx")
    return [re.compile(r["p"]) for r in made["labels"]["rejection"]["rules"]]


def test_any_language_gets_the_readings_from_its_words():
    """The readings come from the data alone: a made-up pack's words give the verb-last state, another person before
    the verb, the negation closing the clause and the separable refusal."""
    words = {"roles": ("post",), "be": ("wad",), "be_last": ("wad",), "filled": ("takken",), "advance": ("fitt",),
             "after": ("nae",), "chose": ("waled",), "another": ("ither",), "another_before": ("ither",),
             "refusal": ("turn\\w* (?:\\w+ ){0,3}doon\\b",)}
    patterns = _patterns(words, r"\bnae\b")
    for text in ("the post takken wad", "ither body waled", "it fitts ye nae.", "we turn ye doon"):
        assert any(p.search(text) for p in patterns), text
    assert not any(p.search("the post is open and we are glad") for p in patterns)


def test_a_pack_without_decision_words_gets_no_readings():
    assert decision_rules({}, r"\bnot\b", SETTINGS, "xx") == {}


def test_verb_last_readings_need_their_words():
    """A language that does not list `be_last` and `another_before` keeps the verb-first order only."""
    words = {"roles": ("post",), "be": ("wad",), "filled": ("takken",), "chose": ("waled",), "another": ("ither",)}
    patterns = _patterns(words, r"\bnae\b")
    assert not any(p.search(text) for p in patterns for text in ("the post takken wad", "ither body waled"))


@pytest.mark.parametrize(("code", "negation", "decided", "about_else"), [
    ("fr", r"\bne\b|\bn'|\bpas\b", "nous avons choisi une autre personne.",
     "nous avons choisi une autre personne pour la location de l'appartement."),
    ("de", r"\bnicht\b", "wir können sie leider nicht berücksichtigen.",
     "wir können sie leider nicht berücksichtigen für den sprachkurs im mai."),
    ("es", r"\bno\b", "no vamos a continuar con tu solicitud.",
     "no vamos a continuar con tu solicitud de préstamo."),
    ("nl", r"\bniet\b", "we gaan niet verder met je.", "we gaan niet verder met je offerte voor de schoonmaak."),
])
def test_a_decision_about_another_thing_is_not_read_as_a_rejection(code, negation, decided, about_else):
    """Each pack's `elsewhere` objects (a flat, a course, a loan, a supplier's quote) named in the clause after a
    decision make it that thing's decision, not the reader's application's."""
    pack = next(p for p in load_packs().packs if p.code == code)
    patterns = _patterns(pack.decision, negation)
    assert any(p.search(decided) for p in patterns)
    assert not any(p.search(about_else) for p in patterns)
