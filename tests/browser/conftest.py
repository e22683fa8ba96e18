"""Browser fixtures: a real Chromium driven by Playwright against pytest-django's live server.

Other areas reuse these: `browser` (one per session), `page` (fresh context per test, screenshot saved to
test-artifacts/ afterwards) and `logged_in_page` (a user signed in through the login form).
"""

import os
import re
import threading
from pathlib import Path

import pytest

from tests.conftest import make_user

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse database access here.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# The same generous wait for `expect(...)` as for page actions below: its own default (5 s) is shorter than a page
# can take on two shared cores while a background import trains its model.
EXPECT_TIMEOUT_MS = 20_000
BROWSER_USER = ("walker", "a calm walk 2024")


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium); browser tests skipped.")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(request, browser, live_server, transactional_db):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    # Generous: the suite shares two cores with other work, and a slow page is not what these tests check.
    tab.set_default_timeout(EXPECT_TIMEOUT_MS)
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])
    try:
        tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    finally:
        context.close()


@pytest.fixture
def task_worker(live_server, transactional_db):
    """The background worker `onward serve` starts beside the web app, here as a thread of the test process (it
    then sees the live server's test database): imports and syncs queued by the pages run as they would."""
    from django.db import OperationalError, connection, connections
    from django_tasks.signals import task_enqueued
    from django_tasks_db.management.commands.db_worker import Worker

    # The test database lives in memory, shared between connections table by table: the test's and the live
    # server's connection read without waiting for the worker's writes, as WAL lets them on a real data folder.
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")

    # It wakes when a task is queued, rather than polling: in the shared in-memory database each look takes a
    # table lock at once, which a page writing at that moment would meet as an error.
    wake, stop = threading.Event(), threading.Event()

    def queued(**kwargs) -> None:
        wake.set()

    task_enqueued.connect(queued, weak=False, dispatch_uid="browser-task-worker")

    def run() -> None:
        try:
            while not stop.is_set():
                if not wake.wait(0.2):
                    continue
                wake.clear()
                worker = Worker(queue_names=["default"], interval=0, batch=True, backend_name="default",
                                startup_delay=False, max_tasks=None, worker_id="browser-tests",
                                excluded_queue_names=[])
                try:
                    worker.run()
                except OperationalError as exc:
                    # A table shared in memory is "locked" at once where a file would wait: look again.
                    if "is locked" not in str(exc):
                        raise
                    connections.close_all()
                    wake.set()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="task-worker", daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join(timeout=30)
    task_enqueued.disconnect(dispatch_uid="browser-task-worker")


@pytest.fixture
def browser_user(transactional_db):
    return make_user(*BROWSER_USER)


@pytest.fixture
def logged_in_page(page, browser_user):
    page.goto("/login/")
    page.get_by_label("Username").fill(BROWSER_USER[0])
    page.locator("#id_password").fill(BROWSER_USER[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    return page
