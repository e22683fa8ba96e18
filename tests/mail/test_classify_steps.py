"""A withdrawal the company confirms and an interview the candidate's withdrawal cancels are `other`: the
candidate's own news, no step of the search and no decision about them. Referees asked for and a trial project are
steps of a selection though they name no job; a volunteer's check and a tenancy's references are not. Every message
here was written for this test; none comes from a data set, a bench set or a language pack's example sentences."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: stepping back",
            "Hi Noor,\n\nThanks for telling me, and sorry you've decided not to go ahead. Your "
            "application has been withdrawn and I've let the hiring manager know.\n\nAlys",
        ),
        (
            "Cancelled: final interview",
            "Hi Noor,\n\nAs you requested, we have cancelled your final interview and "
            "closed your application. Best of luck.\n\nFennworks Talent",
        ),
    ],
)
def test_a_withdrawal_confirmed_is_other(subject, body):
    assert classify(subject, body, sender="talent@fennworks.example").label == "other"


# The steps of a selection that name no job (the English pack's context words: referees, a trial project, the
# checks before a first day) are read on their sentences; the same steps of a volunteer's place or a tenancy are not.
@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "Before we decide",
            "Hi Noor,\n\nWe're nearly there. Could you send me the details of two referees who have "
            "managed you? I'd like to ring them this week.\n\nGwen",
            "interview",
        ),
        (
            "A trial project",
            "Hi Noor,\n\nBefore we go further we'd like to pay you for a short trial project; the brief "
            "is attached and it should take two days.\n\nGwen",
            "assessment",
        ),
        (
            "Volunteering",
            "Hi Noor,\n\nThanks for offering to help at the shelter. Before your first session we need a "
            "basic background check; the form is attached.\n\nPat",
            "other",
        ),
        (
            "Your tenancy",
            "Hi Noor,\n\nThe landlord has asked for references from your employer and your last landlord "
            "before the tenancy can start.\n\nMarcus",
            "other",
        ),
    ],
)
def test_a_step_that_names_no_job(subject, body, label):
    assert classify(subject, body, sender="gwen@larkspur-studio.example").label == label
