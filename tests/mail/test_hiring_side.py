"""A letter written to the reader as the one who hires (issue #15, fourteenth session): a talent partner's shortlist
for the reader's own vacancy, a scorecard to fill in after an interview the reader held, a vendor selling hiring
software. Its interviews and offers are the candidates', so it is `other` and says why; the same news written to the
reader as a candidate keeps its job label. Every message was written for this test (not taken from
bench/en_business4_set.py or any data set)."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.candidacy import hiring_side

# (subject, body, the phrase found, or "")
FOUND = [
    ("Backend Engineer CVs", "Hi Noor,\n\nHere are the CVs for your Backend Engineer opening.", "cvs for your"),
    ("Debrief", "please put your scorecard in before the debrief", "scorecard"),
    ("Book a demo", "Recruiting software that lets you hire faster.", "recruiting software"),
    ("Barista job", "Hello, I would like to apply for the barista job in your window. My CV is attached.",
     "i would like to apply for"),
    ("Re: the job", "Thanks so much for the offer, I accept! See you on Monday.", "for the offer, i accept"),
    ("Your interview", "Hi Noor,\n\nYour interview is on Tuesday at 10:00 with the engineering lead.", ""),
    ("Offer", "Hi Noor,\n\nWe are delighted to offer you the role of Backend Engineer.", ""),
]


@pytest.mark.parametrize(("subject", "body", "phrase"), FOUND)
def test_the_phrase_of_the_one_who_hires_is_found(subject, body, phrase):
    assert hiring_side(subject, body).lower() == phrase


# (subject, letter to the one who hires, letter to the candidate, the candidate's label)
LETTERS = [
    ("Interviews for the Data Analyst role",
     "Hi Noor,\n\nI've booked first interviews for Tuesday and Wednesday with the three people on the shortlist for "
     "your Data Analyst opening. Please add your scorecard within a day of each interview.\n\nOlu\nTalent team",
     "Hi Noor,\n\nThanks for applying for the Data Analyst role. We'd like to invite you to a first interview on "
     "Tuesday at 11:00 with the analytics lead.\n\nOlu\nTalent team", "interview"),
    ("Offer for the Data Analyst role",
     "Hi Noor,\n\nFinance has approved the salary, so I'll make the offer to Sam this afternoon. Thanks for the "
     "quick scorecard.\n\nOlu\nTalent team",
     "Hi Noor,\n\nGreat news: we'd like to offer you the Data Analyst role at a salary of 42,000. The contract "
     "follows today.\n\nOlu\nTalent team", "offer"),
    # A candidate writing to the reader, who hires for their own shop.
    ("Application for the Sales Assistant position",
     "Dear Noor,\n\nI would like to apply for the Sales Assistant position in your bookshop. I worked two summers at "
     "a garden centre. I am available for interview any afternoon.\n\nSam",
     "Dear Noor,\n\nThank you for applying for the Sales Assistant position. We have received your application and "
     "will be in touch within two weeks.\n\nOlu\nTalent team", "application_ack"),
]


@pytest.mark.parametrize(("subject", "hirer", "candidate", "label"), LETTERS)
def test_a_letter_to_the_one_who_hires_is_no_news_of_the_readers_application(subject, hirer, candidate, label):
    to_hirer = classify(subject, hirer, "olu@brightmere.example.com")
    assert to_hirer.label == "other"
    assert any("as the one who hires" in line for line in to_hirer.evidence)
    assert classify(subject, candidate, "olu@brightmere.example.com").label == label
