"""Whose candidacy a letter is about (issue #15, twelfth session): an employee's mail speaks of other people's
applications, interviews and offers (a referee asked about a former colleague, a tribunal claim, a new starter's
checks), and those sentences are no news of the reader's own search. A sentence naming the reader keeps its
reading, in every supported language. Every message was written for this test (not taken from
bench/en_business3_set.py or any data set)."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.candidacy import anothers

# (sentence, about another person): English pronouns name people; the other languages' also stand for things.
SENTENCES = [
    ("Wir haben uns nach einigem Hin und Her für eine Kollegin entschieden.", False),  # German "her" is no "her"
    ("We have made her a conditional offer and her start date is 3 June.", True),
    ("We would like to make you a conditional offer.", False),
    ("She would like to meet you for an interview on Tuesday.", False),
    ("The position has been filled.", False),
    ("Après étude, elle n'a pas été retenue pour le poste.", False),  # "elle" is the application
    ("Nous avons le plaisir de vous faire une offre.", False),
    ("Der Posten ist besetzt; er wurde intern vergeben.", False),  # "er" is the post
    ("Wir freuen uns, Ihnen ein Angebot zu machen.", False),
    ("Le hicimos una oferta a ella la semana pasada.", False),  # "le" may be the reader's: kept
    ("Ella aceptó la oferta y él empieza en junio.", False),
    ("Het gaat hem deze keer helaas niet worden.", False),  # "hem" is "it"
    ("Wij doen u graag een aanbod.", False),
]


@pytest.mark.parametrize(("sentence", "theirs"), SENTENCES)
def test_a_sentence_about_someone_else_is_told_from_one_about_the_reader(sentence, theirs):
    language = "de" if "Hin und Her" in sentence else None
    assert anothers(sentence, language) is theirs


# (subject, body): someone else's application, interview or offer, in the words of job mail.
THEIRS = [
    ("Reference request: Dana Whitfield", "Dear Sam,\nDana Whitfield has given your name as a referee. She has "
     "accepted our offer for the Site Manager position, and we have made her a conditional offer subject to "
     "references. Could you fill in the form below by Friday?"),
    ("Claim: Mr P Harlow", "Dear Sam,\nMr Harlow's claim is now with the tribunal. He says he was rejected for the "
     "Warehouse Supervisor role he applied for because of his age. Please send us the shortlisting notes."),
    ("Re: new starter", "Hi Sam,\nHer background check came back clear and her contract of employment is signed, "
     "so she starts on Monday as our new Payroll Officer."),
]

# The same news about the reader keeps its job label.
YOURS = [
    ("Site Manager - offer", "Dear Sam,\nThank you for interviewing with us. We have made you a conditional offer "
     "for the Site Manager position, subject to references.", "offer"),
    ("Your application", "Dear Sam,\nThank you for applying for the Warehouse Supervisor role. Unfortunately we have "
     "decided not to progress your application.", "rejection"),
]


@pytest.mark.parametrize(("subject", "body"), THEIRS)
def test_someone_elses_candidacy_is_not_the_readers_job_mail(subject, body):
    result = classify(subject, body, "hr@example.com")
    assert result.label == "other"
    assert any("another person's candidacy" in line for line in result.evidence)


@pytest.mark.parametrize(("subject", "body", "label"), YOURS)
def test_the_readers_own_candidacy_keeps_its_label(subject, body, label):
    assert classify(subject, body, "hr@example.com").label == label
