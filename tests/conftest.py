import pytest
from django.contrib.auth import get_user_model


def make_user(username: str, password: str = "pw-for-tests-1"):
    return get_user_model().objects.create_user(username=username, password=password)


@pytest.fixture
def alice(db):
    return make_user("alice")


@pytest.fixture
def bob(db):
    return make_user("bob")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def worker(django_capture_on_commit_callbacks):
    """`with worker(): ...` queues the background work started inside (the test's transaction never commits, so
    its on-commit hooks are run by hand), then runs it as `onward worker --burst` would."""
    from contextlib import contextmanager

    from django.core.management import call_command

    @contextmanager
    def queued_then_run():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    return queued_then_run
