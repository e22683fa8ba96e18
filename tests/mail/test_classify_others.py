"""The labels other than rejection, in the shapes other writers give them: what follows an accepted offer, a test
already done (an acknowledgement) against one still to do, a selection round moved, a shift on the floor before the
decision, a search firm's or a founder's approach, a recruitment drive registered for, a test platform's marketing.
Every message here was written for this test; none comes from a data set, a bench set or a language pack's example
sentences."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify

SENDER = "people@larchmont.example"

CASES = [
    # What follows an accepted offer: checks, papers, the first days, an appointment approved.
    ("offer", "Induction", "Dear Ama,\n\nFurther to your acceptance of our offer, please report for induction "
     "training at the Larchmont training centre on Monday at 8am.\n\nHuman Resources"),
    ("offer", "Before you join", "Hi Ama,\n\nPlease upload your certificates and ID on the onboarding portal before "
     "your date of joining, 2 May.\n\nLarchmont HR"),
    ("offer", "Your appointment", "Dear Ama,\n\nThe trustees met yesterday and have approved your appointment. "
     "Our chair will telephone you tomorrow to welcome you.\n\nWith best wishes,\nRuth"),
    # A test already done is acknowledged; one not done yet, or about to expire, is still to take.
    ("application_ack", "All done", "Hi Ama,\n\nYou've completed all the puzzles and questionnaires for Larchmont. "
     "Your results have been passed to the recruiting team.\n\nLarchmont Talent"),
    ("application_ack", "Exam received", "Dear Ama,\n\nThis note confirms we received your written exam for the "
     "Policy Officer process. Results will follow in due course.\n\nLarchmont Recruitment"),
    ("assessment", "Your recorded interview", "Hi Ama,\n\nYou have not yet completed your video interview for "
     "Larchmont. The link expires on Friday at noon.\n\nLarchmont Talent"),
    # A selection round moved, and a shift on the floor before the decision, are the next meeting.
    ("interview", "Change of date", "Dear Ama,\n\nThe technical round planned for Wednesday has been postponed to "
     "Friday at 10 AM owing to the panel's travel.\n\nLarchmont Recruitment"),
    ("interview", "Come and see the kitchen", "Hi Ama,\n\nChef would like you to do a trial shift with the team on "
     "Saturday evening before we decide. Can you do 5pm?\n\nLarchmont Brasserie"),
    ("interview", "Your application", "Hi Ama,\n\nThanks for applying for the Warehouse Lead role. Have you got "
     "fifteen minutes tomorrow for a call so I can hear more about you?\n\nJo, Larchmont"),
    # An approach by a search firm or a founder names no application of the reader's.
    ("recruiter_outreach", "A conversation", "Dear Ama,\n\nWe have been retained to appoint a Finance Director for a "
     "family-owned group. Your name was suggested to me by a former colleague of yours. Would you be open to a "
     "discreet conversation?\n\nWith best wishes,\nRuth Ellery"),
    ("recruiter_outreach", "Hello from Larchmont", "Hi Ama, I know you're not actively looking, but we're a team "
     "of five and I'd love to tell you what we're building. Would a quick chat next week work?\n\nTheo"),
    # Registering for a recruitment drive is applying; a test platform's marketing addresses employers.
    ("application_ack", "Registration received", "Dear Ama,\n\nThank you for registering for the Larchmont campus "
     "hiring drive. Details of the next steps will be sent to this address.\n\nCampus Team"),
    ("other", "Screen candidates faster", "Hi Ama,\n\nSee how hiring teams cut their time to hire in half with "
     "on-demand video interviews. Book a demo today.\n\nThe Larchmont Hire team"),
]

# Business mail in the same words: none of it is the reader's job search.
BUSINESS = [
    ("Property", "Hi Ama,\n\nFurther to the seller's acceptance of our offer on the property, the survey is booked "
     "for Tuesday.\n\nMark"),
    ("Merger", "Ama,\n\nCould we have a discreet conversation about the acquisition before the board meets? I'm free "
     "Thursday.\n\nPeter"),
    ("Budget", "Hi all,\n\nThe board has approved the capital budget for the new depot.\n\nFinance"),
    ("Your account", "Hi Ama,\n\nThank you for registering your account with Larchmont Outdoor. Use code WELCOME "
     "for 10% off your first order."),
]


@pytest.mark.parametrize(("label", "subject", "body"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_each_kind_gets_its_label(label: str, subject: str, body: str) -> None:
    assert classify(subject, body, SENDER).label == label


@pytest.mark.parametrize(("subject", "body"), BUSINESS, ids=[b[0] for b in BUSINESS])
def test_business_mail_in_the_same_words_stays_other(subject: str, body: str) -> None:
    assert classify(subject, body, "colleague@firm.example").label == "other"


def test_a_test_done_is_an_acknowledgement_as_a_lemmatising_export_leaves_it() -> None:
    body = "hi ama your video interview for larchmont have be submit successfully the hire team will be in touch"
    assert classify("your video interview have be submit", body, SENDER).label == "application_ack"

