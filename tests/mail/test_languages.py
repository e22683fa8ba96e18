"""Language packs are data: a new pack file adds a language to detection, the screen and the rules."""

from __future__ import annotations

import pytest

from onward.mail.classify.languages import LanguageError, load_packs
from onward.mail.classify.rules import RulesError, load_rules
from onward.mail.screen import passes

SHIPPED = {"en", "fr", "de", "es", "nl"}


def test_the_five_languages_are_shipped_with_sentences_of_every_kind():
    packs = load_packs()
    assert {p.code for p in packs.packs} >= SHIPPED
    for pack in packs.packs:
        for kind in ("rejection", "application_ack", "interview", "other", "neutral"):
            assert len(pack.sentences.get(kind, ())) >= 5, (pack.code, kind)


@pytest.mark.parametrize(("text", "code"), [
    ("Thank you for your application, we will be in touch with you about the next steps.", "en"),
    ("Nous vous remercions pour votre candidature et nous reviendrons vers vous rapidement.", "fr"),
    ("Vielen Dank für Ihre Bewerbung, wir werden uns in den nächsten Tagen bei Ihnen melden.", "de"),
    ("Gracias por su candidatura, nos pondremos en contacto con usted en los próximos días.", "es"),
    ("Bedankt voor je sollicitatie, we nemen in de komende dagen contact met je op.", "nl"),
])
def test_language_is_recognised_from_common_words(text, code):
    assert load_packs().detect(text)[0] == code


def test_a_new_pack_file_adds_a_language(tmp_path):
    (tmp_path / "it.toml").write_text('''
[language]
code = "it"
name = "Italian"
common_words = ["il", "la", "di", "che", "e", "per", "con", "non", "una", "grazie", "vostra", "sua"]
[screen]
strong = ["candidatura"]
[sentences]
rejection = ["Purtroppo abbiamo scelto un altro candidato."]
[labels.rejection]
rules = [{ p = "purtroppo abbiamo scelto", w = 4.0 }]
''', encoding="utf-8")
    packs = load_packs(tmp_path)
    assert packs.detect("Grazie per la sua candidatura, purtroppo non è stata scelta per il ruolo.")[0] == "it"
    assert packs.by_code("it").rules["labels"]["rejection"]["rules"][0]["w"] == 4.0


def test_a_broken_pack_is_named_in_the_error(tmp_path):
    (tmp_path / "xx.toml").write_text("[language]\ncode = 'xx'\n", encoding="utf-8")
    with pytest.raises(LanguageError, match="xx.toml"):
        load_packs(tmp_path)


def test_pack_rules_are_merged_into_the_label_sections():
    rules = load_rules()
    patterns = [r.pattern.pattern for r in rules.labels["rejection"].rules]
    assert any("retiendr" in p for p in patterns)
    assert any("leider" in p for p in patterns)


def test_pack_rules_for_an_unknown_section_are_refused(tmp_path, monkeypatch):
    from onward.mail.classify import rules as rules_module
    from onward.mail.classify.languages import Packs, _pack

    (tmp_path / "zz.toml").write_text(
        '[language]\ncode = "zz"\nname = "Z"\ncommon_words = ["zz"]\n[labels.nonsense]\nrules = []\n', encoding="utf-8")
    monkeypatch.setattr(rules_module, "load_packs", lambda: Packs((_pack(tmp_path / "zz.toml"),), "x"))
    rules_module.load_rules.cache_clear()
    try:
        with pytest.raises(RulesError, match="labels.nonsense"):
            rules_module.load_rules()
    finally:
        rules_module.load_rules.cache_clear()


@pytest.mark.parametrize(("subject", "body"), [
    ("Your application to Northwind", "Thanks for applying."),
    ("Votre candidature", "Merci."),
    ("Ihre Bewerbung", "Danke."),
    ("Su candidatura", "Gracias."),
    ("Je sollicitatie", "Bedankt."),
    ("Quick question", "Would you be open to an interview about the Data Analyst position?"),
])
def test_job_mail_passes_the_screen(subject, body):
    assert passes(subject, body)


@pytest.mark.parametrize(("subject", "body"), [
    ("Q3 budget review", "Please review the attached budget before Thursday's meeting. Our position on the "
                         "travel line has not changed."),
    ("Quote for the new printers", "Our offer is valid until Friday; prices include delivery."),
    ("Project schedule", "The team moved the milestone; the role of QA in sign-off is described in section 4."),
    ("Angebot Wartungsvertrag", "Anbei unser Angebot für den Wartungsvertrag. Bitte prüfen Sie die Preise."),
    ("Offre de prix", "Veuillez trouver ci-joint notre offre pour la maintenance du parc informatique."),
    ("Your order has shipped", "Thank you for your order! It will arrive on Tuesday."),
])
def test_ordinary_work_and_shop_mail_is_screened_out(subject, body):
    assert not passes(subject, body)
