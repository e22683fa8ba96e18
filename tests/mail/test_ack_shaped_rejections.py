"""Rejections shaped like acknowledgements: long thanks, receipt, review, volume and keep-on-file furniture, with
the decision said once and softly somewhere in it; as written and as a lemmatiser leaves it. And acknowledgements
with the same furniture that decide nothing yet (silence explained, a delay regretted, a file held while the review
runs, only the shortlist to be called). Every message here was written for this test; none comes from a data set,
a bench set or a language pack."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.text import unstrip

SENDER = "people@fernhollow.example"
OPEN = ("Thank you so much for applying for the Logistics Planner role at Fernhollow and for the time you took over "
        "your application. We received your application and our team has read it carefully.")
CLOSE = ("We will keep your CV on our records and may contact you should a suitable opening come up in future. We "
         "encourage you to apply for other roles with us.")


@pytest.mark.parametrize("decision", [
    "We will not be contacting you about next steps for this vacancy.",
    "Your profile is not a match for this opening at the moment.",
    "Sadly this one isn't going to work out.",
    "The planner job has been taken by another applicant.",
    "The panel has now appointed to the post.",
    "We have decided to hold off on hiring for this role, so we won't be filling it.",
])
def test_a_soft_decision_amid_acknowledgement_furniture_is_a_rejection(decision):
    c = classify("Your application to Fernhollow", f"Hi Dana,\n\n{OPEN}\n\n{decision}\n\n{CLOSE}\n\nFernhollow "
                 "Recruitment", SENDER)
    assert c.label == "rejection"


def test_a_stated_decision_makes_receipt_and_review_the_frame():
    c = classify("We have received your application", f"{OPEN} Your candidacy will not progress beyond the first "
                 f"review. {CLOSE}", SENDER)
    assert c.label == "rejection"
    assert any("a decision is stated" in e for e in c.evidence)


@pytest.mark.parametrize("body", [
    "hi dana -PRON- thank -PRON- for apply to fernhollow -PRON- have receive -PRON- application and read -PRON- "
    "carefully -PRON- have decide to go with an applicant whose experience be a close match -PRON- will keep -PRON- "
    "cv on file for future opening",
    "dear dana thank you for your interest in fernhollow we receive a very large number of application for this "
    "role the planner job be take by another applicant we wish you well and encourage you to apply again",
])
def test_a_lemmatised_soft_decision_is_a_rejection(body):
    assert classify("your application to fernhollow", body, SENDER).label == "rejection"


@pytest.mark.parametrize("pending", [
    "Unfortunately we cannot reply to every applicant personally, but each application is read.",
    "If you do not hear from us within five weeks, please check your spam folder and then get in touch.",
    "The shortlisting is taking a little longer than planned and we regret any delay.",
    "We will keep your application on file while the panel completes its review.",
    "Only candidates selected for interview will be contacted after the closing date.",
    "Your application has been forwarded to the hiring manager for consideration.",
])
def test_an_acknowledgement_with_the_same_furniture_decides_nothing(pending):
    c = classify("Your application to Fernhollow", "Hi Dana,\n\nThank you for applying for the Logistics Planner "
                 "role at Fernhollow. We received a very large number of applications for it.\n\n"
                 f"{pending}\n\nFernhollow Recruitment", SENDER)
    assert c.label == "application_ack"


def test_an_acknowledgement_of_receipt_in_old_formal_words_is_an_acknowledgement():
    c = classify("Vacancy 22-104 Stores Officer", "Dear Dana, We acknowledge with thanks your application for "
                 "vacancy 22-104. Applications will be reviewed after the closing date, and you will be notified of "
                 "the outcome by email. Yours sincerely, Human Resources", SENDER)
    assert c.label == "application_ack"


def test_a_lemmatised_quoted_reply_header_is_cut_off():
    text = ("thank you for your patience we have decide not to proceed on mon feb at dana write hello can you tell "
            "me the next step")
    assert unstrip(text) == "thank you for your patience we have decide not to proceed "


def test_an_invitation_to_ask_questions_is_no_silence_explained():
    # "If you have any questions, don't hesitate to contact us" closes many rejections; it explains no silence.
    c = classify("Your application to Fernhollow", f"Hi Dana,\n\n{OPEN} We have decided to progress other applicants "
                 "whose experience is closer to the brief. If you have any questions, please don't hesitate to "
                 "contact us.\n\nFernhollow Recruitment", SENDER)
    assert c.label == "rejection"
    assert not any("hesitate" in e and "rejection -" in e for e in c.evidence)
