"""Work mail of a company is not the reader's job search, even when it speaks of jobs, positions, offers,
interviews and candidates: praise for a job well done, a trading position, a risk assessment, an internal posting,
a referral bonus, the reader interviewing students, an offer letter the company sends someone else. Such mail is
`other`, sure enough not to wait for review, and most of it never passes the import's screen; the same words
addressed to an applicant still make job mail. Every message here was written for this test."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys

import pytest

from onward.mail.classify import classify
from onward.mail.classify.text import sentences
from onward.mail.screen import passes
from tests.mail.conftest import make_message

# onward.mail.apply.DEFAULT_THRESHOLDS["other"]: below it, mail read as not job-related waits for review.
SURE_OTHER = 0.6


@pytest.mark.parametrize(("subject", "body"), [
    ("Waha", "Great job on the Waha trades today. Our short position is down to 5,000 a day and the risk "
             "assessment for the new counterparty is done."),
    ("Re: desk", "Trading will resume at 8 after the holiday. Please send the position report and the net position "
                 "by noon; the opening price was 4.10."),
    ("Systems", "The scheduling application will be down tonight. Employees on the night shift should use the "
                "backup application server; this is a key role for the support group."),
])
def test_job_words_in_their_other_senses_do_not_pass_the_screen(subject, body):
    assert not passes(subject, body)


@pytest.mark.parametrize(("subject", "body"), [
    ("Your application", "Thank you for your application for the trading analyst position. We will review it "
                         "and be in touch."),
    ("Next steps", "We were impressed by your background and would like to offer you the role of Risk Analyst. "
                   "The offer letter is attached; please sign it by Friday."),
    ("Junior trader", "Hi Sam, thanks for applying. We would like to invite you to an interview for the junior "
                      "trader role on our desk on Tuesday at 10; the position is based in Houston."),
])
def test_the_same_words_addressed_to_an_applicant_pass(subject, body):
    assert passes(subject, body)
    assert classify(subject, body, "talent@example.org").label != "other"


@pytest.mark.parametrize(("subject", "body"), [
    # An internal posting and a referral bonus: the company speaks to its staff about its own openings.
    ("Posted this week", "These openings are on the internal job board: Scheduler (Houston) and Credit Analyst "
                         "(Calgary). Staff may apply through the internal posting site; please let your manager "
                         "know before you apply."),
    ("Refer and earn", "Our referral bonus is now $3,000: when someone you refer is hired for a position and stays "
                       "six months, the recruiting team pays it with your next salary."),
    # The reader interviews students for the company.
    ("Campus day", "Thanks for helping on Saturday. You will meet five students; fill in the interview forms after "
                   "each conversation and leave them with the recruiting coordinator."),
    # Someone else is interviewed, or made an offer.
    ("Fw: resume", "I'm sending you the resume of a student from Rice who wants a summer position in our group. "
                   "Should we bring her in for interviews next week?"),
    ("Offer for Ms. Ortiz", "Please draft an offer letter for Ms. Ortiz for the Director position, base salary as "
                            "agreed. She should start on July 1."),
    ("Deal sign-off", "Credit approved the Delta Mills supply deal. The offer letter goes to their treasurer on "
                      "Monday with the contract for eight years."),
    # A search firm offers the reader a candidate for the reader's own opening.
    ("Scheduler candidate", "Dear Ms. Reyes,\nI have two strong candidates for your gas scheduling opening. Her "
                            "resume is attached for the first one; would you like to meet her on Thursday?"),
    # The writer is the applicant and the reader the one who hires.
    ("Internship in your group", "Dear Dr. Haas,\nI am writing to apply for a summer internship in your pricing "
                                 "group. My resume is attached. Thank you for your time.\nPriya"),
    # The reader is asked to pass a friend's search on.
    ("Looking for a trader", "A friend at Calpine needs a power trader. Do you know anyone who might be interested? "
                             "Have them send a resume to me."),
    # A decision about a bid or a proposal.
    ("Tender outcome", "Thank you for your proposal for the compressor maintenance. After review, we regret to "
                       "inform you that the contract has been awarded to another supplier."),
    ("RFP results", "The county rejected all bids for the peaking plant, ours included. Unfortunately our offer was "
                    "not selected; a new RFP comes out in the spring."),
])
def test_a_company_hiring_or_dealing_is_other_and_sure_of_it(subject, body):
    result = classify(subject, body, "colleague@example.org")
    assert result.label == "other", result.evidence
    assert result.confidence >= SURE_OTHER, result.evidence


def test_a_title_does_not_end_a_sentence():
    assert sentences("Please call Mr. Lee and Dr. Ruiz today. Thanks!") == [
        "Please call Mr. Lee and Dr. Ruiz today.", "Thanks!"]


def test_business_mail_imported_in_a_new_process_keeps_nothing(tmp_path):
    """The import a person runs: work mail with job words is neither applied nor sent to review."""
    path = tmp_path / "work.mbox"
    box = mailbox.mbox(path)
    mail = [
        ("Internal postings", "The following positions are on the internal job board this week: Gas Scheduler, Risk "
                              "Analyst. Employees who have been in their role for a year may apply; please let "
                              "your supervisor know before you apply."),
        ("Re: interviewers", "We need 4 interviewers for the campus day. You will see six candidates; fill in the "
                             "evaluation form after each interview."),
        ("Positions", "Nice job on the basis trades. Our long position at Henry Hub is flat now and the risk "
                      "assessment of the counterparty is done. Good opportunity to add at the open."),
        ("Offer for Mr. Vance", "Please prepare an offer letter for Mr. Vance for the analyst position in the "
                                "research group. He should start on June 4."),
    ]
    for i, (subject, body) in enumerate(mail):
        box.add(make_message(subject, body, "Colleague <colleague@example.org>", message_id=f"<w{i}@x>"))
    box.flush()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(path)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "4 read, 0 applied, 0 waiting for review, 4 not job-related" in done.stdout
