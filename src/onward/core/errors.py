"""The one base class for problems the user can fix, and how a bug is reported when it is not one.

Raise a subclass of `OnwardError` with a message written for the user (calm, factual, saying what to do).
Every boundary (the web views, the CLI, the REST API, the mail pipeline) catches `OnwardError` and shows its
message; anything else is a bug and is shown as one: logged with a short reference the user sees (a 500 page,
an API error, a message in the terminal), never dressed up as the user's mistake.
"""

import logging
import secrets

logger = logging.getLogger("onward.bugs")


class OnwardError(Exception):
    """A problem the user can fix, with a message meant for them."""


class NotFound(OnwardError):
    """What was asked for by its id is not there, or is not this person's (the two read the same). Pages answer
    404, the API 404, the CLI its message."""


def report_bug(where: str) -> str:
    """Log the exception being handled as a bug, with its traceback, under a new short reference; return it
    for the message the user sees, so the two can be matched."""
    reference = secrets.token_hex(4)
    logger.error("Bug %s in %s", reference, where, exc_info=True)
    return reference
