"""A letter written to many readers (issue #15, thirteenth session): a placement cell's circular, a club's notice,
a note to a team tells a group's news, and its shortlists, tests and "not eligible" are no news of the reader's
own application. The same news in a letter to one reader keeps its job label. Every language Onward reads has
its greetings to many. Every message was written for this test (not taken from bench/en_inbox4_set.py or any
data set)."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.candidacy import to_many

# (opening of a letter, the greeting to many it opens with, or "")
OPENINGS = [
    ("Dear Students,\n\nThe list is attached.", "Dear Students"),
    ("View this email in your browser\nHi all,\nA quick update.", "Hi all"),
    ("dear students the list of student shortlist for the test be attach", "dear students"),  # lemmatised, one line
    ("Dear Student,\n\nYour result is attached.", ""),  # one student
    ("Hi Allan,\n\nThanks for your time.", ""),
    ("Hi Priya,\n\nAs I said to the team: hi all is how we open the newsletter.", ""),  # not the opening
    ("Bonjour à tous,\n\nLa liste est jointe.", "Bonjour à tous"),
    ("Bonjour a tous,\n\nLa liste est jointe.", "Bonjour a tous"),  # typed without accents
    ("Hallo zusammen,\n\nanbei die Liste.", "Hallo zusammen"),
    ("Liebe Studierende,\n\nanbei die Liste.", "Liebe Studierende"),
    ("Hola a todos:\n\nadjuntamos la lista.", "Hola a todos"),
    ("Beste studenten,\n\nin de bijlage vinden jullie de lijst.", "Beste studenten"),
    ("Beste Jan,\n\nin de bijlage vind je de lijst.", ""),
]


@pytest.mark.parametrize(("opening", "greeting"), OPENINGS)
def test_a_greeting_to_many_is_found_at_the_letters_opening(opening, greeting):
    assert to_many(opening) == greeting


# (subject, letter to many, letter to one, the label the letter to one has)
LETTERS = [
    ("Shortlist for the online aptitude test",
     "Dear Students,\n\nThe students shortlisted by Larkspur Systems for the online aptitude test on 4 May are "
     "listed below. Please log in ten minutes early.",
     "Dear Mira,\n\nYou have been shortlisted by Larkspur Systems for the online aptitude test on 4 May. Please "
     "log in ten minutes early; the test link is below.", "assessment"),
    ("Campus recruitment: eligibility",
     "Dear Students,\n\nThank you for registering for the Larkspur Systems campus drive. Students with active "
     "backlogs are not eligible and their applications have not been shortlisted.",
     "Dear Mira,\n\nThank you for applying to Larkspur Systems. Unfortunately your application has not been "
     "shortlisted for the Graduate Engineer role.", "rejection"),
]


@pytest.mark.parametrize(("subject", "many", "one", "label"), LETTERS)
def test_a_letter_to_many_is_no_news_of_the_readers_application(subject, many, one, label):
    to_all = classify(subject, many, "placements@college.example.edu")
    assert to_all.label == "other"
    assert any("written to many" in line for line in to_all.evidence)
    assert classify(subject, one, "careers@larkspur.example.com").label == label


# A circular in each other language: a test or an interview for a group is no job mail of the reader's.
CIRCULARS = [
    ("Test d'aptitude : liste des étudiants présélectionnés", "Bonjour à tous,\n\nLa liste des étudiants "
     "présélectionnés pour le test d'aptitude en ligne du 4 mai est jointe. Merci de vous connecter dix minutes "
     "avant."),
    ("Eignungstest: Liste der ausgewählten Studierenden", "Liebe Studierende,\n\nanbei die Liste der Studierenden, "
     "die zum Online-Eignungstest am 4. Mai eingeladen sind. Bitte meldet euch zehn Minuten vorher an."),
    ("Prueba de aptitud: lista de preseleccionados", "Estimados estudiantes:\n\nadjuntamos la lista de estudiantes "
     "preseleccionados para la prueba de aptitud en línea del 4 de mayo. Conectaos diez minutos antes."),
    ("Assessment: lijst van geselecteerde studenten", "Beste studenten,\n\nin de bijlage vinden jullie de lijst van "
     "studenten die zijn uitgenodigd voor het online assessment op 4 mei. Log tien minuten eerder in."),
]


@pytest.mark.parametrize(("subject", "body"), CIRCULARS)
def test_a_circular_in_every_language_is_other(subject, body):
    result = classify(subject, body, "stage@ecole.example.org")
    assert result.label == "other"
