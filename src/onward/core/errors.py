"""The one base class for problems the user can fix.

Raise a subclass of `OnwardError` with a message written for the user (calm, factual, saying what to do).
Every boundary (the web views, the CLI, the REST API, the mail pipeline) catches `OnwardError` and shows its
message; anything else is a bug and is shown as one.
"""


class OnwardError(Exception):
    """A problem the user can fix, with a message meant for them."""
