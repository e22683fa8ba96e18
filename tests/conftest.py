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
    its on-commit hooks are run by hand), then runs it as `onward worker --burst` would: each ready task taken
    and run by the database worker's own code (its loop would close the test's connection on PostgreSQL)."""
    from contextlib import contextmanager

    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    @contextmanager
    def queued_then_run():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        runner = Worker(queue_names=["default"], interval=0, batch=True, backend_name="default",
                        startup_delay=False, max_tasks=None, worker_id="tests", excluded_queue_names=[])
        while (task := DBTaskResult.objects.ready().get_locked()) is not None:
            task.claim(runner.worker_id)
            runner.run_task(task)

    return queued_then_run
