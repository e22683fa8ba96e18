import datetime as dt
import os

from django.contrib.auth import get_user_model
from django.utils import timezone

from onward.tracker import services
from onward.tracker.models import Application, Contact, Interview, Note, StageChange, Task
from onward.tracker.stages import Stage


def test_demo_fills_a_realistic_search_and_rerunning_resets_it(run, alice, tmp_path, monkeypatch):
    # The demo points ONWARD_DATA_DIR at its own folder and drops DATABASE_URL; monkeypatch restores both.
    for name in ("ONWARD_DATA_DIR", "DATABASE_URL"):
        if name in os.environ:
            monkeypatch.setenv(name, os.environ[name])
    mine = services.create_application(alice, company_name="Acme", title="Dev")  # must survive the demo

    result = run("demo", "--data-dir", tmp_path / "demo", "--no-serve")
    assert result.exit_code == 0, result.output
    assert "Sign in as 'demo' with password 'demo'." in result.output
    demo = get_user_model().objects.get(username="demo")
    assert demo.check_password("demo")

    apps = Application.objects.filter(owner=demo)
    assert 20 <= apps.count() <= 30
    assert set(apps.values_list("stage", flat=True)) == set(Stage.values)
    history = StageChange.objects.filter(owner=demo)
    span = history.order_by("-changed_at")[0].changed_at - history.order_by("changed_at")[0].changed_at
    assert dt.timedelta(weeks=8) < span <= dt.timedelta(weeks=10)
    rejected_after_interview = [
        a for a in apps.filter(stage=Stage.REJECTED) if a.interviews.exists()
    ]
    assert len(rejected_after_interview) >= 2
    assert Interview.objects.filter(owner=demo, scheduled_at__gt=timezone.now()).exists()
    today = timezone.localdate()
    open_tasks = Task.objects.filter(owner=demo, status=Task.Status.OPEN)
    assert open_tasks.filter(due_date__lt=today).exists()
    assert open_tasks.filter(due_date=today).exists()
    assert open_tasks.filter(due_date__gt=today).exists()
    assert Contact.objects.filter(owner=demo, is_my_person=True).count() >= 2
    assert Note.objects.filter(owner=demo).exists()
    # Last activity follows the story, not the moment the demo was built.
    assert apps.filter(last_activity_at__lt=timezone.now() - dt.timedelta(days=14)).count() >= 5

    count = apps.count()
    first_ids = set(apps.values_list("pk", flat=True))
    assert run("demo", "--data-dir", tmp_path / "demo", "--no-serve").exit_code == 0
    demo = get_user_model().objects.get(username="demo")
    assert Application.objects.filter(owner=demo).count() == count
    assert not first_ids & set(Application.objects.filter(owner=demo).values_list("pk", flat=True))
    assert Application.objects.filter(owner=alice).get() == mine
