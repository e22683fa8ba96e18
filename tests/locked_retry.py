"""Test settings only: a page request that met "database table is locked" is answered again.

The browser tests' live server and their background worker share one in-memory SQLite database, whose tables lock
at once where a real data folder (a file in WAL mode, with a busy timeout) would wait a moment. A page polled while
the worker writes then failed with a 500 that no user can meet. Such a request, when it only reads (GET or HEAD),
is run again after a short pause; any other error, and any other request, stays as it was."""

import sys
import threading
import time

from django.core.signals import got_request_exception
from django.db import OperationalError

ATTEMPTS = 5
PAUSE_S = 0.2
_locked = threading.local()


def _note(sender, request=None, **kwargs) -> None:
    exc = sys.exc_info()[1]
    if isinstance(exc, OperationalError) and "is locked" in str(exc):
        _locked.hit = True


got_request_exception.connect(_note, dispatch_uid="tests-locked-retry")


class RetryLockedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        for _ in range(ATTEMPTS - 1):
            _locked.hit = False
            response = self.get_response(request)
            if not (response.status_code == 500 and _locked.hit):
                return response
            time.sleep(PAUSE_S)
        return self.get_response(request)
