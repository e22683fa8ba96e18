"""The mail around a job search: applications for credit, a flat or a visa that ask about the reader's present
employer, recruiting software and HR newsletters that address the reader as the one who hires, seats at webinars
about interviews. They speak of applications, interviews, offers and employers, and none is about the reader's own
application, so all are `other` and the import's screen drops the ones that are about something other than a job.
A recruiter's own note in the same words keeps its label. Every message here was written for this test; none comes
from a data set, the held-out sets, the bench's set (bench/around_mail.py) or a language pack. English only: the
words added for this kind are the English pack's."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.jobwords import elsewhere
from onward.mail.screen import passes

# (kind, subject, body): applications for something other than a job.
CREDIT_AND_PAPERS = [
    (
        "store card",
        "About your Fernhill Rewards card",
        "Hi Jo,\nThank you for applying. We are unable to approve your application for the Fernhill Rewards card at "
        "this time, based on your credit report.",
    ),
    (
        "car finance",
        "Decision on your application",
        "Dear Jo,\nYour application has been declined. We cannot offer you finance for the van you chose. This will "
        "not affect your credit score.",
    ),
    (
        "phone contract",
        "Thanks for your application",
        "Hi Jo,\nThanks for applying for an Airlink contract. We'll run a quick credit check and email you within "
        "the hour.",
    ),
    (
        "lettings",
        "We need one more document",
        "Hi Jo,\nTo complete your application for Flat 3 we need proof of income: a letter from your employer or "
        "your last three payslips.",
    ),
    (
        "consulate",
        "Your interview appointment",
        "Dear Applicant,\nYou are invited to an interview at the consulate on 3 May at 9:00. Please bring your "
        "employment letter and your passport.",
    ),
]

# (kind, subject, body): the reader is the one who hires, or learns about interviews.
HIRING_SIDE_AND_LEARNING = [
    (
        "ats marketing",
        "Let candidates pick their own interview time",
        "Hi Jo,\nSelf-scheduling means your hiring managers never chase a calendar again, and your candidates get an "
        "interview slot in two clicks. Book a demo this week.",
    ),
    (
        "ats marketing",
        "Why your offers get turned down",
        "Hi Jo,\nYour offer-acceptance rate is probably lower than you think: candidates are ghosting after the "
        "final interview. Our nurture emails fix that.",
    ),
    (
        "ats trial",
        "Two days left",
        "Hi Jo,\nYour free trial ends on Sunday. So far your team has reviewed 56 applicants and scheduled 9 "
        "interviews. Choose a plan to keep your candidates.",
    ),
    (
        "webinar",
        "You're registered: Acing panel interviews",
        "Hi Jo,\nYou're registered for our live class on panel interviews, Thursday at 6pm. Add it to your calendar "
        "so you don't miss the webinar.",
    ),
    (
        "advice",
        "Seven mistakes candidates make in salary talks",
        "Hi Jo,\nOur coaches have listened to hundreds of negotiations. Here are the seven mistakes candidates make "
        "most often when an offer arrives.",
    ),
]

# (subject, body, label): a recruiter's own note, with words the mail around a search uses too.
RECRUITERS = [
    (
        "Data engineering lead",
        "Hi Jo,\nI came across your portfolio on GitHub. I'm recruiting for a data engineering lead at a logistics "
        "client in Leeds and your work on streaming pipelines looks very relevant. Open to a short call?",
        "recruiter_outreach",
    ),
    (
        "Platform team",
        "Hi Jo,\nI lead recruiting at Harbourline. I think your background is a great fit for our platform team, "
        "where we have an opening for a senior engineer. Would you like to hear more about the role?",
        "recruiter_outreach",
    ),
]


@pytest.mark.parametrize(("kind", "subject", "body"), CREDIT_AND_PAPERS)
def test_an_application_for_credit_a_flat_or_a_visa_is_not_job_mail(kind, subject, body):
    assert elsewhere(subject, body) is not None, kind
    assert not passes(subject, body), kind
    assert classify(subject, body, "service@example.com").label == "other", kind


@pytest.mark.parametrize(("kind", "subject", "body"), HIRING_SIDE_AND_LEARNING)
def test_mail_to_the_one_who_hires_or_about_learning_to_interview_is_other(kind, subject, body):
    c = classify(subject, body, "hello@vendor.example")
    assert c.label == "other", (kind, c.label, c.evidence)


@pytest.mark.parametrize(("subject", "body", "label"), RECRUITERS)
def test_a_recruiters_own_note_passes_the_screen_and_keeps_its_label(subject, body, label):
    assert passes(subject, body)
    assert classify(subject, body, "jo.recruiter@searchfirm.example").label == label


def test_a_job_offer_that_names_the_job_is_not_taken_for_a_lenders_letter():
    subject = "Your offer from Harbourline"
    body = (
        "Dear Jo,\nWe are delighted to offer you the position of Senior Engineer. Your employment will start on "
        "1 June; the offer letter and your contract are attached."
    )
    assert elsewhere(subject, body) is None
    assert passes(subject, body)
    assert classify(subject, body, "people@harbourline.example").label == "offer"


def test_alert_and_marketing_addresses_argue_for_other():
    subject, body = "This week's roles", "Hi Jo,\nFour new roles at companies you follow, and an interview guide."
    alert = classify(subject, body, "Boardly <alerts@boardly.example>")
    assert alert.label == "other"
    assert any("sender" in e or "alerts@" in e for e in alert.evidence), alert.evidence
