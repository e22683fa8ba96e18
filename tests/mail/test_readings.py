"""Job mail that names no job is known by what its own language's rules read in it (onward.mail.classify.readings):
for the import's screen and for the classifier's job-words measure, in the packs that read this way."""

from __future__ import annotations

import pytest

from onward.mail.classify import readings
from onward.mail.classify.jobwords import job_words_missing, reads_as_job
from onward.mail.screen import passes

# Notes written for these tests: none names a job or uses the screen's words.
JOB_NOTES = [
    ("es", "rejection", "Novedades",
     "Te cuento que al final la empresa decidió no avanzar con tu perfil esta vez. Gracias por tu tiempo."),
    ("es", "rejection", "Después del viernes",
     "Gracias por venir el viernes. Hemos decidido seguir adelante con otra persona. Un abrazo."),
    ("nl", "rejection", "Na ons gesprek",
     "Dank voor het fijne gesprek. We hebben besloten om niet met je verder te gaan. Veel succes."),
    ("nl", "interview", "Kennismaking",
     "Leuk dat je interesse hebt. Kun je donderdag langskomen voor een kop koffie en een kennismaking?"),
    ("fr", "rejection", "Suite à vendredi",
     "Merci d'être venue vendredi. Nous avons décidé de poursuivre avec une autre personne."),
    ("fr", "rejection", "Notre échange",
     "Merci pour ce bel échange. Après réflexion, nous ne donnerons pas suite cette fois-ci. Bonne continuation."),
]


@pytest.mark.parametrize(("lang", "label", "subject", "text"), JOB_NOTES)
def test_a_note_naming_no_job_passes_by_what_it_says(lang, label, subject, text):
    found = readings.read(subject, text)
    assert found is not None and (found.language, found.label) == (lang, label)
    assert found.phrase.lower() in f"{subject}\n{text}".lower()
    assert reads_as_job(subject, text) and passes(subject, text)
    assert job_words_missing(subject, text) == 0.0


GERMAN_NOTES = [
    # German reads by its rules since the fourteenth session; an invitation only beside the reader's candidacy
    # ([candidacy] own).
    ("de", "rejection", "Nach Freitag",
     "Danke für Ihren Besuch am Freitag. Leider haben wir uns für jemand anderen entschieden. Alles Gute."),
    ("de", "interview", "Re: Bewerbung als Tischlerin",
     "Hätten Sie am Dienstag um 10 Uhr Zeit für ein Gespräch in der Werkstatt?"),
]


@pytest.mark.parametrize(("lang", "label", "subject", "text"), GERMAN_NOTES)
def test_german_is_read_by_what_it_says(lang, label, subject, text):
    found = readings.read(subject, text)
    assert found is not None and (found.language, found.label) == (lang, label)


def test_an_invitation_is_read_only_beside_the_readers_candidacy():
    text = "Hätten Sie am Dienstag um 10 Uhr Zeit für ein Gespräch in der Werkstatt?"
    assert readings.read("Re: Küche", text) is None
    assert not passes("Re: Küche", text)


def test_english_is_not_read_this_way():
    assert readings.read("Update", "Thanks for coming in on Friday. We have decided to go ahead with another "
                                   "person. All the best.") is None


@pytest.mark.parametrize(("subject", "text"), [
    # A meeting, a training or an appointment called off or put off, with no candidacy beside it: every office's.
    ("Termin Donnerstag", "Leider muss ich unseren Termin am Donnerstag absagen, mir ist ein Kundentermin "
                          "dazwischengekommen. Können wir ihn auf Freitag verschieben?"),
    ("Absage Teammeeting", "Ich muss das Teammeeting heute leider absagen. Verschieben wir auf Donnerstag?"),
    ("Besprechung", "Leider müssen wir die Besprechung verschieben. Passt dir Mittwoch um 10 Uhr?"),
    ("Point de mardi", "Je dois annuler notre point de mardi. On peut le décaler à jeudi 10h ? Dis-moi ce qui "
                       "t'arrange."),
])
def test_a_meeting_put_off_is_no_interview(subject, text):
    assert not reads_as_job(subject, text)
    assert not passes(subject, text)


@pytest.mark.parametrize(("subject", "text"), [
    # A landlord's decision and a supplier's offer, in the same shapes.
    ("Re: Visita al piso", "Gracias por venir a ver el piso. Al final hemos decidido seguir adelante con otra "
                           "persona que podía entrar antes. Suerte."),
    ("Re: Bezichtiging", "Dank voor je komst. We hebben besloten om niet met je verder te gaan voor de huurwoning, "
                         "een andere huurder kon eerder."),
    # Everyday mail in Spanish and Dutch that reads as nothing of a job search.
    ("Barbacoa el sábado", "Hacemos una barbacoa en el jardín el sábado a partir de las cinco. ¡Trae a quien quieras!"),
    ("Pakje", "Er ligt een pakje voor je bij ons, je mag het komen halen wanneer je wil."),
    # Decisions in a job's shape about a course place, a supplier, a club and a claim, in all four languages.
    ("Atelier de céramique", "Merci pour votre demande. Le cours du samedi est complet, nous ne pouvons pas vous "
                             "proposer de place ; vous êtes sur liste d'attente."),
    ("Re: Angebot", "Schade, dass Sie sich für einen anderen Anbieter entschieden haben. Wir bleiben gern in Kontakt."),
    ("Inscripción", "Lo sentimos: el grupo de los martes está lleno y no podemos darte plaza. Quedas en lista de "
                    "espera."),
    ("Je aanmelding", "Helaas is de cursus op woensdag vol en kunnen we je niet plaatsen. Je staat op de wachtlijst."),
    ("Ta demande d'adhésion", "Le groupe loisirs est complet cette saison, nous ne pouvons pas retenir ta demande "
                              "d'adhésion pour l'instant."),
    ("Schadenfall 4411", "Leider können wir die Kosten nicht übernehmen, der Schadenfall ist vom "
                         "Versicherungsschutz nicht umfasst."),
])
def test_mail_about_something_else_is_not_job_mail(subject, text):
    assert not reads_as_job(subject, text)
    assert not passes(subject, text)
