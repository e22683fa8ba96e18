"""A withdrawal the company confirms and an interview the candidate's withdrawal cancels are `other`: the
candidate's own news, no step of the search and no decision about them. Every message here was written for this
test; none comes from a data set, a bench set or a language pack's example sentences."""

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
