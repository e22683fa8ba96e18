"""English mail for the labels other than rejection, in the shapes real inboxes hold them (issue 15): recruiters who
never say "your application", recorded interviews that are tests, mid-process notes without a job word, surveys and
events from careers sites. Every message here was written for this test; none comes from a data set, and none
repeats a message of tests/mail/english_mail.py."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify

# A recruiter's approach names a client, a rate, a visa, a move, or follows up on an unanswered note; none of them
# says "application" or "interview".
OUTREACH = [
    ("Backend contract - Austin", "Hello,\nI have an immediate need with my direct client in Austin for a Go "
     "developer. 9 month contract on W2, hybrid. If this suits you, please share your updated resume, your expected "
     "rate and your visa status.\nRegards,\nVikram"),
    ("Re: Platform lead", "Hi Casey, just bumping this up in case it got buried. My client would still like to fill "
     "the role this quarter - any interest?\nMorgan"),
    ("Taylor Brooks sent you a new message", "Taylor Brooks\nSourcer at Greyfield Energy\n\nHi Casey, we're growing "
     "the grid software team and your background looks like a great fit. Would you like to hear more?\n\nReply"),
    ("Hello from Ridgeway", "Hi Casey,\nI specialise in supply chain hiring across the Midwest, and I wondered "
     "whether you'd consider a move this year. Two of my clients are building new planning teams.\nBest, Jo"),
    ("Catching up", "Hi Casey,\nHope the new year has started well. Checking in to see whether you'd be open to "
     "hearing about new opportunities - the market for planners is busy.\nJo"),
    ("Casey + Larchmont", "Hi Casey,\nI look after hiring at Larchmont. Your talk on warehouse routing at last "
     "month's meetup caught my eye, and we're hiring our first operations researcher. Worth a quick chat?\nNoor"),
]

# A test to take, in the words of recorded-interview and game platforms and of a team's own exercise.
ASSESSMENTS = [
    ("Your on-demand interview for Greyfield", "Hi Casey,\nGreyfield Energy invites you to complete an on-demand "
     "video interview: six questions, answered on camera whenever it suits you this week."),
    ("Next stage: a short brief", "Hi Casey,\nThanks for your time on Monday. Next we'd like you to take on a "
     "small analysis exercise: we'll send you a data set and three questions, and you'll have five days to send "
     "back a notebook and a one-page summary."),
]

# Mid-process notes from a team that is already talking to the person.
INTERVIEWS = [
    ("Re: Analyst application", "Hi Casey,\nThanks for applying! I'm the analytics lead here. Would you be up for "
     "a quick call this week? My calendar is at calendly.com/greyfield-kim, take whatever slot is free.\nKim"),
    ("coffee chat?", "hi Casey - saw you applied for the planner opening, nice portfolio. free for 15 min "
     "tuesday or wednesday to chat? nothing to prepare\n\nKim\n\nSent from my phone"),
    ("Following up", "Casey, thanks for yesterday. The team would like to continue the process: next up is a "
     "pairing session with two of our engineers. Could you send me a couple of times next week?\nKim"),
]

# Job-adjacent mail that is none of the job labels: a survey about applying, a careers event.
OTHER = [
    ("Tell us how we did", "Hi Casey,\nYou recently applied to Greyfield Energy. We'd like to hear about your "
     "candidate experience in a three-minute survey; your answers won't affect your application.\nTake the survey"),
    ("Greyfield at the spring career fair", "Hi Casey,\nGreyfield Energy will be at the spring career fair on "
     "campus on April 9. Meet our engineers, learn about internships and RSVP to book a slot at our table."),
]

# Business mail with the words the recruiter's approach uses ("your background", "a couple of times").
BUSINESS = [
    ("Supplier proposal", "Hi Casey,\nGiven your background in logistics, could you look over the carrier's "
     "proposal before Thursday? Send me a couple of times that work for a call about the rates."),
    ("Budget sync", "Hi Casey,\nAre you free for a quick call on Friday about the Q3 budget? We'll send you a "
     "short summary beforehand."),
]


@pytest.mark.parametrize(("subject", "body"), OUTREACH)
def test_a_recruiters_approach_without_job_words_is_outreach(subject, body):
    r = classify(subject, body, "recruiter@agency.example")
    assert r.label == "recruiter_outreach", r.evidence


@pytest.mark.parametrize(("subject", "body"), ASSESSMENTS)
def test_a_recorded_interview_or_a_brief_to_work_on_is_an_assessment(subject, body):
    r = classify(subject, body, "talent@greyfield.example")
    assert r.label == "assessment", r.evidence


@pytest.mark.parametrize(("subject", "body"), INTERVIEWS)
def test_a_team_asking_for_a_call_or_the_next_session_is_an_interview(subject, body):
    r = classify(subject, body, "kim@greyfield.example")
    assert r.label == "interview", r.evidence


@pytest.mark.parametrize(("subject", "body"), OTHER)
def test_surveys_and_careers_events_are_other(subject, body):
    r = classify(subject, body, "careers@greyfield.example")
    assert r.label == "other", r.evidence


@pytest.mark.parametrize(("subject", "body"), BUSINESS)
def test_business_mail_with_the_same_words_stays_other(subject, body):
    r = classify(subject, body, "casey.colleague@company.example")
    assert r.label == "other", r.evidence


def test_a_research_call_for_a_reward_is_still_other():
    body = ("Hi Casey,\nWe're talking to people who changed jobs recently. Join a 30-minute call about your job "
            "search and we'll send you a $40 gift card as a thank-you.")
    assert classify("Share your story", body, "research@jobsite.example").label == "other"


def test_a_french_phrase_rule_does_not_fire_inside_an_english_word():
    # "facture" (invoice) sits inside "manufacturer"; a recruiter's note about a manufacturer is no invoice.
    body = ("Hi Casey,\nI came across your profile while working on a search for a manufacturer in Columbus. Would "
            "you be open to a short call about a planning role?\nJo")
    r = classify("Planning role", body, "jo@search.example")
    assert not any('"facture"' in e for e in r.evidence), r.evidence
    assert r.label == "recruiter_outreach", r.evidence
