import datetime as dt

import pytest
from django.utils import timezone

from onward.tracker import services as tracker


@pytest.fixture(autouse=True)
def shipped_playbook(settings, tmp_path):
    settings.DATA_DIR = tmp_path  # no playbook.toml here: the shipped playbook is in force


@pytest.fixture
def app(alice):
    """An application whose technical interview was two days ago."""
    application = tracker.create_application(alice, company_name="Acme", title="Data Engineer")
    tracker.log_interview(application, scheduled_at=timezone.now() - dt.timedelta(days=2), kind="technical")
    application.refresh_from_db()
    return application
