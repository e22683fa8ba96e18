"""English decisions read by their grammar (the English pack's [decision] words, onward.mail.classify.decision):
a role's state as written and as a lemmatising exporter leaves it, a negation before a verb of being taken further
in any tense and voice, a role filled or closed by someone, another person chosen; and what the same grammar does
not make a rejection: a conditional, a question (in every pack language), a date in the future, a decision about
a loan, a flat or a tender. Every message here was written for this test; none comes from a data set, the
held-out sets or a language pack."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify, load_rules
from tests.mail.test_decision_grammar import _reads_rejection

SENDER = "people@fernbrook.example"


@pytest.mark.parametrize(
    "sentence",
    [
        # The role's state, written and lemmatised.
        "The Payroll Officer vacancy has now been filled.",
        "the payroll officer vacancy have now be fill",
        "The graduate position was put on hold after the budget review.",
        "I'm afraid the post is no longer required.",
        "the post be no longer require",
        # A negation a few words before being taken further, in any tense and voice.
        "Your application will not be progressed on this occasion.",
        "The panel did not shortlist you for interview.",
        "we be unable to move forward with your application",
        "We won't be able to take your candidature ahead.",
        "The client has decided against taking your application forward.",
        "You were not among those invited to the assessment centre.",
        # Filled or closed by someone, said before the role.
        "The client has pulled the Office Manager role after a restructure.",
        "we have fill the warehouse position",
        # Someone else chosen.
        "We went for someone with more time in the sector.",
        "The board has offered the role to another applicant.",
    ],
)
def test_english_grammar_reads_a_decision(sentence: str) -> None:
    assert _reads_rejection("en", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A date, not a decision.
        "The vacancy will be closed on 30 June.",
        "the vacancy will be close on june",
        # Not yet decided.
        "We have not yet selected anyone for the role.",
        # A question states nothing.
        "Has the position been filled?",
        # Decisions about something other than a job.
        "We have decided not to proceed with your line of credit application.",
        "The landlord has chosen another applicant for the property.",
        "Your company will not be invited to tender for the contract.",
        # Footers and side remarks.
        "This role is not open to visa sponsorship.",
    ],
)
def test_english_grammar_reads_no_decision(sentence: str) -> None:
    assert not _reads_rejection("en", sentence)


@pytest.mark.parametrize(
    ("code", "question"),
    [
        ("en", "Has the role been filled yet, or is it still open?"),
        ("fr", "Le poste a été pourvu ?"),
        ("es", "¿La vacante ya ha sido cubierta?"),
        ("de", "Wurde die Stelle schon besetzt?"),
        ("nl", "Is de vacature al ingevuld?"),
    ],
)
def test_a_question_is_no_decision_in_any_language(code: str, question: str) -> None:
    assert not _reads_rejection(code, question)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ruth,\n\nThank you for your time on Tuesday. After a long discussion it was decided that your application "
        "would not go any further on this occasion. We wish you every success.\n\nBest wishes,\nFernbrook Housing",
        "hi ruth thank you for your time on tuesday after a long discussion it be decide that your application would "
        "not go any further on this occasion we wish you every success best wish fernbrook housing",
    ],
)
def test_a_decision_mid_letter_is_a_rejection_as_written_and_lemmatised(body: str) -> None:
    assert classify("Your application - Tenancy Support Officer", body, SENDER).label == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Ruth,\n\nThank you for your application. Should you not be shortlisted, we will let you know by email "
        "after the closing date.\n\nRecruitment Team",
        "Dear Ruth,\n\nThe tenancy panel met on Monday and has chosen another applicant for the flat, so we will not "
        "be progressing your housing application.\n\nLettings Team",
    ],
)
def test_a_conditional_or_a_decision_about_a_flat_is_no_rejection(body: str) -> None:
    assert classify("Your application", body, SENDER).label != "rejection"


@pytest.mark.parametrize(
    "sentence",
    [
        # The role given to the one the process preferred, or to someone the writer knew.
        "The hiring leader has extended an offer to the candidate who best matched the department's needs.",
        "We ended up hiring someone we'd worked with before.",
        # Closed by the writer, said as what they are doing now, and what such a verb closes besides a role.
        "We're pausing the design hire until our raise closes.",
        "i m close out the process for everyone",
        # The refusal of the reader's papers.
        "The client rejected the profile after the first round.",
        "your cv have be reject by the hiring manager",
    ],
)
def test_english_grammar_reads_a_given_role_a_pause_and_a_refused_profile(sentence: str) -> None:
    assert _reads_rejection("en", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Plain "closing" with a role is a date.
        "We are closing the vacancy on Friday.",
        # A process that is closed may be an application window.
        "The application process is now closed and shortlisting starts next week.",
        # Not the reader's papers: a licence.
        "Your pavement licence application has been rejected.",
        # A close date and the close of business are dates, not roles closed.
        "3 opportunities are past their close date.",
        "The role will stay open until the close of business on Friday.",
    ],
)
def test_english_grammar_reads_no_decision_in_a_date_a_window_or_a_licence(sentence: str) -> None:
    assert not _reads_rejection("en", sentence)


@pytest.mark.parametrize(
    "body",
    [
        "Dear Noor,\n\nThank you for coming in last week. We've now completed interviews and made an appointment to "
        "the Tenancy Officer role. If you would like feedback, I'd be glad to arrange a call.\n\nPeople Team",
        "dear noor thank you for attend the interview for support officer an appointment have now be make we "
        "appreciate your interest in our school people team",
    ],
)
def test_an_appointment_made_is_a_rejection_as_written_and_lemmatised(body: str) -> None:
    assert classify("Interview outcome", body, SENDER).label == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Noor,\n\nWe have made an appointment for you with the occupational health nurse on Monday at 10am "
        "before you start in the Tenancy Officer role.\n\nPeople Team",
    ],
)
def test_an_appointment_made_for_the_reader_is_no_rejection(body: str) -> None:
    assert classify("Your new role - health check", body, SENDER).label != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # A person the reader referred.
        "Hi Noor,\n\nThanks for referring Sam Patel for the Data Engineer role. The hiring team has decided not to "
        "move forward with Sam's application at this time. Thanks for helping us grow!\n\nReferrals Team",
        "hi noor thank for refer sam patel for the data engineer role sam be not select to move forward for this "
        "position referral team",
        # A friend's letter forwarded.
        "Noor - forwarding this so you know where things landed for your friend.\n\n---------- Forwarded message "
        "----------\nFrom: Recruiting\n\nDear Alex, unfortunately we will not be moving forward with your "
        "application for the Analyst role.",
        # A referee no longer needed.
        "Dear Noor,\n\nSam Patel named you as a referee for the Lab Manager position. Sam's application did not "
        "advance, so we no longer need your letter.\n\nHuman Resources",
    ],
)
def test_someone_elses_outcome_told_to_the_reader_is_no_rejection(body: str) -> None:
    assert classify("Referral update", body, SENDER).label != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Noor,\n\nThank you for letting us know that you no longer wish to be considered for the Analyst role. "
        "Your application has been closed accordingly.\n\nTalent Team",
        "dear noor we acknowledge your mail state that you no longer wish to be consider for the analyst role and "
        "your application have be close accordingly talent team",
    ],
)
def test_a_withdrawal_confirmed_is_no_rejection_as_written_and_lemmatised(body: str) -> None:
    assert classify("Withdrawal acknowledged", body, SENDER).label != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # A seat or a spot filled, said by the writer without an auxiliary, in a note that names no job.
        "Hi Noor, quick note to close the loop: we filled the seat. Thanks for bearing with us.\n\nLeigh",
        "hi noor just to close the loop we filled the spot thank for bear with we leigh",
        # The role handed to someone else.
        "Hi Noor,\n\nThanks for waiting while we went through everything. We've given it to someone whose print "
        "work was closer to our clients' needs. Your sketches were lovely.\n\nLeigh",
        "hi noor thank for wait while we go through everything we ve give it to someone who print work be closer "
        "to our client need leigh",
        # The client passed on the reader's papers.
        "Hi Noor, unfortunately the client passed on your profile. They want someone with more automation "
        "experience.\n\nLeigh",
    ],
)
def test_a_terse_decision_with_no_job_word_is_a_rejection(body: str) -> None:
    assert classify("Re: catching up", body, SENDER).label == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # The recruiter passed the papers on to the client: sent, not refused.
        "Hi Noor, I've passed on your CV to the hiring manager and will let you know what they say.\n\nLeigh",
        "Hi Noor, the team passed on your profile to the director this morning.\n\nLeigh",
        # A seat or a spot that is no job.
        "Hi Noor, the restaurant filled the spot we wanted, so dinner is at eight instead.\n\nLeigh",
    ],
)
def test_papers_passed_on_or_a_seat_elsewhere_is_no_rejection(body: str) -> None:
    assert classify("Re: catching up", body, SENDER).label != "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A phrase rule's decision whose clause names what was decided: an admission, a flat, a supplier's lot.
        ("Graduate admissions decision", "Dear Noor,\n\nThe committee has completed its review of your application "
         "to the MSc in Data Science. We regret that we cannot offer you admission for the autumn term.\n\n"
         "Admissions Office"),
        ("Framework Lot 2 - not appointed", "Dear Noor,\n\nFollowing evaluation, your organisation has not been "
         "appointed to Lot 2 (Office Supplies) of the framework. The scores are attached.\n\nCommercial Services"),
    ],
)
def test_a_decision_about_something_else_read_by_a_phrase_is_no_rejection(subject: str, body: str) -> None:
    assert classify(subject, body, SENDER).label != "rejection"


@pytest.mark.parametrize(
    "sentence",
    [
        "We've decided to move forward with another applicant for Unit 3C.",
        "We regret that we cannot offer you admission for the autumn term.",
    ],
)
def test_no_rejection_phrase_counts_where_its_clause_names_something_else(sentence: str) -> None:
    rules = load_rules()
    scores, hits = rules.score({"rejection": rules.labels["rejection"]}, rules.prepare([sentence], "", "", "en"))
    assert not [h for h in hits["rejection"] if h.weight > 0]
    # The same phrase about a job counts.
    job = sentence.replace("Unit 3C", "the Analyst role").replace("admission", "the internship")
    scores, hits = rules.score({"rejection": rules.labels["rejection"]}, rules.prepare([job], "", "", "en"))
    assert [h for h in hits["rejection"] if h.weight > 0]


def test_a_trading_desk_closing_out_a_position_is_no_rejection() -> None:
    # The screen knows "closed out the position" as another sense of "position": the grammar's reading does too.
    body = "Greg,\n\nWe closed out the position at $1,150, a small gain for the desk.\n\nKim"
    assert classify("Gas position May 3", body, SENDER).label == "other"
    assert classify("Update", "Hi Greg,\n\nWe closed the Analyst role last week, so we will not take your "
                    "application further.\n\nKim", SENDER).label == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # A hire frozen or put off by a decision said before it, written and lemmatised.
        "Hi Noor,\n\nThanks for the chat. We've decided to pause junior hiring until the spring, so I'm closing "
        "this out for now.\n\nLeigh",
        "hi noor thank for the chat we ve decide to hold off on this hire until spring sorry leigh",
        # Another person said to bring more, with no verb of choosing.
        "Hi Noor,\n\nThanks for coming in. In the end another applicant simply had more hands-on experience with "
        "the tools we use. Sorry it isn't better news.\n\nLeigh",
        # Nothing for the reader now, their papers kept.
        "Hi Noor,\n\nThanks for sending your details over. We don't have anything suitable just now, but I'll "
        "keep your CV on file.\n\nLeigh",
        # Not convinced, and a bare "won't be proceeding".
        "Hi Noor,\n\nThanks for the second call. The directors weren't convinced it was the right fit at this "
        "stage, so they won't be proceeding.\n\nLeigh",
    ],
)
def test_a_decision_said_once_in_other_words_is_a_rejection(body: str) -> None:
    assert classify("Re: Studio Assistant", body, SENDER).label == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A deal's object named after the verb: a fee, an integration, a rate.
        ("Re: our proposal", "Hi Noor,\n\nThanks for the call. Unfortunately we're not able to move forward with "
         "the licensing model you suggested, but we'd consider a flat fee.\n\nLeigh"),
        ("Re: pallets", "Hi Noor,\n\nThanks for the numbers. Sadly we can't go ahead at that price; we found "
         "another supplier.\n\nLeigh"),
        # A seller's quote named before a bare "won't be going ahead".
        ("Re: your quote for the office fit-out", "Hi Noor,\n\nThanks for your quote. It's more than we planned "
         "to spend, so we won't be going ahead this year.\n\nLeigh"),
        # A withdrawal the reader asked for, confirmed.
        ("Withdrawal confirmed", "Dear Noor,\n\nAs requested by you, your application for Data Analyst has been "
         "withdrawn.\n\nRecruitment"),
    ],
)
def test_a_deal_declined_or_a_withdrawal_confirmed_is_no_rejection(subject: str, body: str) -> None:
    assert classify(subject, body, SENDER).label != "rejection"



@pytest.mark.parametrize(
    "sentence",
    [
        "We've decided not to proceed with your candidacy for Product Manager.",
        "We won't be moving forward with the Software Engineer application.",
        "We won't be moving ahead with a trial shift.",
    ],
)
def test_a_job_title_or_a_work_trial_after_the_verb_is_no_deal(sentence: str) -> None:
    rules = load_rules()
    scores, hits = rules.score({"rejection": rules.labels["rejection"]}, rules.prepare([sentence], "", "", "en"))
    assert [h for h in hits["rejection"] if h.weight > 0]


@pytest.mark.parametrize(
    "sentence",
    [
        # Put on hold by someone, the role between.
        "The hiring manager has put the Analyst position on hold until April.",
        "we have put the warehouse role on hold",
        # Not taken to a later step.
        "We will not be taking your candidacy through to the final stage.",
        # A client that passes, with no object said.
        "Sadly the client has decided to pass.",
    ],
)
def test_a_role_put_on_hold_a_later_step_refused_or_a_pass_is_a_decision(sentence: str) -> None:
    assert _reads_rejection("en", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A person's auxiliary after the role: the writer withdrew the reader's papers, the role is not withdrawn.
        "not that you be not interest in this opening due to the commute i have withdrawn your cv",
        # Passing something on is no refusal.
        "The client is going to pass your details to the hiring manager.",
        # A project not recommended for funding, an insurer's claim, building works.
        "We regret that your project was not recommended for funding this year.",
        "Unfortunately the claim for the repair cannot be processed, as it is not covered under your policy.",
        "The owners have decided not to proceed with the kitchen renovation after all.",
    ],
)
def test_a_withdrawal_a_pass_on_or_a_decision_about_funding_a_claim_or_works_is_none(sentence: str) -> None:
    assert not _reads_rejection("en", sentence)
