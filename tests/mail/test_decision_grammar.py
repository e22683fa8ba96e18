"""A rejection read from its grammar (onward.mail.classify.decision and the packs' [decision] words): the role's
state, a negation before a verb of being kept or taken further, another person chosen, in French and Spanish mail
worded as no pack phrase says it; what such grammar does not make a rejection (a date the posting closes, a status
not yet decided, a negation in another clause, another language's mail). Every message here was written for this
test; none comes from a data set, the held-out sets or a language pack."""

from __future__ import annotations

import re
import tomllib

import pytest

from onward.mail.classify import classify, decision
from onward.mail.classify.languages import LanguageError, _pack, load_packs
from onward.mail.classify.rules import RULES_PATH

SENDER = "empleo@alcotan.example"


def _grammar(code: str) -> list[re.Pattern]:
    """The rejection patterns the pack's [decision] words make, as the rules read them (lower-cased text)."""
    pack = load_packs().by_code(code)
    assert pack is not None
    settings = tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))["decision"]
    made = decision.rules(pack.decision, pack.negation, settings, code)
    return [re.compile(pack.either_spelling(r["p"])) for r in made["labels"]["rejection"]["rules"]]


def _reads_rejection(code: str, sentence: str) -> bool:
    return any(p.search(sentence.lower()) for p in _grammar(code))


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        # The role's state, after its verb.
        ("fr", "Le poste de technicien de laboratoire est désormais pourvu."),
        ("fr", "L'offre de chargé d'accueil a été suspendue jusqu'à la rentrée."),
        ("fr", "Le recrutement pour ce contrat n'est plus d'actualité."),
        ("es", "La vacante de Auxiliar Contable ha quedado desierta."),
        ("es", "Te contamos que el proceso para Diseñador Junior se ha cerrado."),
        ("es", "La posición ya no está disponible."),
        # A negation before being kept or taken further, in any person.
        ("fr", "Nous ne poursuivrons pas avec ta candidature."),
        ("fr", "Votre dossier n'a finalement pas été classé."),
        ("es", "Usted no avanza a la etapa de entrevistas."),
        ("es", "Esta vez no te vamos a elegir para el puesto."),
        ("es", "Su postulación no ha sido seleccionada."),
        # Someone else chosen.
        ("fr", "Nous avons choisi une autre personne pour ce remplacement."),
        ("es", "Finalmente escogimos a otra postulante con más años en logística."),
    ],
)
def test_grammar_reads_a_decision(code: str, sentence: str) -> None:
    assert _reads_rejection(code, sentence)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        # A date the posting closes, and a participle without its verb: when, not what.
        ("fr", "L'offre sera clôturée le 30 avril, nous étudierons ensuite les candidatures."),
        ("fr", "Une fois le processus clôturé, nous reviendrons vers vous."),
        ("es", "Cuando el proceso esté cerrado, te escribiremos."),
        # Not yet decided; a role not yet filled.
        ("fr", "Aucun candidat n'a encore été retenu à ce stade."),
        ("fr", "Le poste n'est pas encore pourvu."),
        ("es", "Todavía no hemos seleccionado a nadie."),
        ("es", "La vacante no está cubierta todavía."),
        # A negation in another clause than the verb.
        ("es", "No te preocupes si tardamos: seguimos con la revisión."),
        ("fr", "Nous ne pourrons pas répondre à chacun, mais votre dossier sera lu."),
    ],
)
def test_grammar_leaves_what_is_no_decision(code: str, sentence: str) -> None:
    assert not _reads_rejection(code, sentence)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Tu candidatura en Alcotán",
            "Hola Irene, gracias por el tiempo que dedicaste a las entrevistas. Lamentablemente no pasas a la "
            "siguiente fase: la persona que buscamos necesita más experiencia en almacenes frigoríficos.\n"
            "Un saludo,\nEquipo de Personas de Alcotán",
        ),
        (
            "Puesto de recepcionista",
            "Buenas tardes, le escribo para contarle que la plaza de recepcionista fue cancelada por la dirección del "
            "hotel. Le agradecemos su candidatura.\nAtentamente,\nRR. HH. Hotel Alcotán",
        ),
        (
            "Votre candidature – technicien de maintenance",
            "Bonjour Hugo, merci pour votre candidature au poste de technicien de maintenance. Hélas, nous ne "
            "pouvons pas retenir votre dossier cette fois-ci.\nBien cordialement,\nL'équipe RH des Ateliers Morin",
        ),
    ],
)
def test_a_rejection_no_phrase_names(subject: str, body: str) -> None:
    r = classify(subject, body, SENDER)
    assert r.label == "rejection", r.evidence


def test_another_language_is_not_read_with_these_words() -> None:
    # A Spanish "no" before "continue" in English mail negates nothing.
    r = classify(
        "Your order",
        "Hi, there is no need to reply. Continue shopping with the link below and enjoy free delivery this week.",
        "shop@example.com",
    )
    assert r.label == "other"
    assert not any("read from its grammar" in e for e in r.evidence)


def test_a_grammar_reading_is_not_counted_on_top_of_a_phrase() -> None:
    r = classify(
        "Votre candidature",
        "Bonjour, nous vous remercions de votre candidature au poste d'assistante de direction. Nous avons le regret "
        "de vous informer qu'elle n'a pas été retenue.\nCordialement,\nService RH",
        SENDER,
    )
    assert r.label == "rejection"
    rejection = [e for e in r.evidence if e.startswith("rule rejection +")]
    assert rejection
    assert not any("read from its grammar" in e for e in rejection)


def test_a_pack_with_an_unknown_decision_word_list_is_refused(tmp_path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(
        '[language]\ncode = "xx"\nname = "Test"\ncommon_words = ["a"]\n[decision]\nroles = ["post"]\nchosen = ["x"]\n',
        encoding="utf-8",
    )
    with pytest.raises(LanguageError, match="decision"):
        _pack(path)


def test_any_pack_that_gives_the_words_reads_the_same_grammar() -> None:
    # Adding a language's decisions is adding its words: English words, read by the same code.
    settings = tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))["decision"]
    words = {
        "roles": ("position", "role", "vacancy"),
        "be": ("is", "has", "was"),
        "filled": ("filled",),
        "closed": ("closed", "cancelled", "on hold"),
        "open": ("open", "available"),
        "advance": ("selected", "progress", "move forward"),
        "pending": ("yet",),
        "chose": ("chose", "selected"),
        "another": ("another (?:candidate|person)",),
    }
    made = decision.rules(words, r"\bnot\b|\bno longer\b|n't\b", settings, "en")
    patterns = [re.compile(r["p"]) for r in made["labels"]["rejection"]["rules"]]
    assert {r["lang"] for r in made["labels"]["rejection"]["rules"]} == {"en"}
    for sentence in ("the warehouse role has now been filled", "the vacancy is no longer open",
                     "we will not progress your application", "we chose another candidate"):
        assert any(p.search(sentence) for p in patterns), sentence
    for sentence in ("we have not yet selected anyone", "the position is open until friday"):
        assert not any(p.search(sentence) for p in patterns), sentence
