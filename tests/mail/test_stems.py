"""Word forms read as one: mail lemmatised by its exporter reads as the same mail inflected."""

import pytest

from onward.mail.classify.languages import LanguageError, _pack
from onward.mail.classify.model import model_text
from onward.mail.classify.stems import stem_text

SAME = {
    "en": ("The positions have been filled and we decided to continue with candidates whose skills match.",
           "the position have be fill and we decide to continue with candidate who skill match"),
    "fr": ("Les postes ont été pourvus et nous avons décidé de poursuivre avec d'autres candidats.",
           "le poste avoir être pourvu et nous avoir décider de poursuivre avec autre candidat"),
    "de": ("Die Stellen wurden besetzt und wir haben uns für andere Bewerber entschieden.",
           "die Stelle werden besetzt und wir haben uns für andere Bewerber entscheiden"),
    "es": ("Las vacantes han sido cubiertas y hemos decidido continuar con otros candidatos.",
           "la vacante haber ser cubierta y haber decidir continuar con otro candidato"),
    "nl": ("De vacatures zijn vervuld en wij hebben besloten verder te gaan met andere kandidaten.",
           "de vacature zijn vervullen en wij hebben besluiten verder te gaan met ander kandidaat"),
}


@pytest.mark.parametrize("lang", sorted(SAME))
def test_inflected_and_lemmatised_words_share_most_stems(lang):
    inflected, lemmatised = (stem_text(t, lang).split() for t in SAME[lang])
    shared = set(inflected) & set(lemmatised)
    assert len(shared) >= 0.75 * len(set(inflected)), (inflected, lemmatised)


def test_a_short_text_of_no_known_language_gives_each_languages_stem():
    # "recibida" is "recib" to the Spanish stemmer; a subject alone is too short to tell it is Spanish.
    assert "recib" in model_text("Candidatura recibida", "").split()


def test_a_pack_naming_a_stemmer_that_does_not_exist_is_refused(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text('[language]\ncode = "xx"\nname = "X"\nstemmer = "klingon"\ncommon_words = ["a"]\n')
    with pytest.raises(LanguageError, match="no Snowball stemmer 'klingon'"):
        _pack(path)
