"""Changes made by mail before reasons were put in words (the classifier's scores on the timeline and the
rejection record) read as new ones do after the data migration, and after a restore of an old export."""

from __future__ import annotations

import datetime as dt
import importlib
import io

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

import onward.mail.pipeline
from onward.io import imports
from onward.io.export import write_json
from onward.mail.classify import Classification
from onward.mail.explain import reworded
from onward.mail.models import MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.playbook.models import Rejection
from onward.tracker.models import StageChange
from tests.mail.conftest import make_message

pytestmark = pytest.mark.django_db

DECIDED = "Sadly we have decided to move forward with other candidates."
HEAD = "E-mail “Your application for Data Analyst” from Acme Careers <jobs@acme.example>"
# What apply.why wrote before: the label and the first three evidence lines.
OLD = (f"{HEAD}: rejection. model: rejection 0.87, application_ack 0.10; "
       f'rule rejection +4.0: "move forward with other" in "{DECIDED}"; subtype not_selected (0.80)')
NEW = f"{HEAD}. Looks like a rejection: they chose another candidate. They wrote: “{DECIDED}”"


def _old_rejection(monkeypatch, owner):
    def classify_many(messages, model=None, memory=None):
        return [Classification("rejection", 0.87, rejection_subtype="not_selected", evidence=[
            "model: rejection 0.87, application_ack 0.10",
            f'rule rejection +4.0: "move forward with other" in "{DECIDED}"'])
            for _ in messages]

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", classify_many)
    raw = make_message("Your application for Data Analyst", f"Thank you for applying to Acme. {DECIDED}",
                       "Acme Careers <jobs@acme.example>", message_id=f"<old-{owner.pk}@x>",
                       date=dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    ingest(owner, [IncomingMessage(raw=raw, source="eml")])
    rejection = Rejection.objects.get(owner=owner)
    # As an import made before the change left them.
    StageChange.objects.filter(owner=owner).update(reason=OLD)
    Rejection.objects.filter(owner=owner).update(why=f"{OLD}\nMarked by hand")
    return rejection


def _pages(client, owner, rejection):
    client.force_login(owner)
    return {url: client.get(url).content.decode()
            for url in (f"/playbook/rejection/{rejection.pk}/", f"/applications/{rejection.application_id}/")}


def test_the_migration_puts_old_reasons_in_words_on_the_timeline_and_the_record(monkeypatch, alice, client):
    rejection = _old_rejection(monkeypatch, alice)
    assert all("0.87" in page for page in _pages(client, alice, rejection).values())  # what people saw before

    # The migration's own step, with the models as they were at that migration.
    migration = importlib.import_module("onward.mail.migrations.0005_reasons_in_words")
    state = MigrationExecutor(connection).loader.project_state(("mail", "0005_reasons_in_words"))
    migration.forward(state.apps, None)

    assert set(StageChange.objects.filter(owner=alice).values_list("reason", flat=True)) == {NEW}
    assert Rejection.objects.get(pk=rejection.pk).why == f"{NEW}\nMarked by hand"
    for url, page in _pages(client, alice, rejection).items():
        assert "Looks like a rejection: they chose another candidate. They wrote:" in page, url
        assert "0.87" not in page and "model:" not in page and "+4.0" not in page, url
    # The scores are still there for whoever opens Details on the message.
    message = MailMessage.objects.get(owner=alice)
    page = client.get(reverse("mail:message", args=[message.pk])).content.decode()
    assert page.index("<summary>Details</summary>") < page.index("model: rejection 0.87")


def test_a_restored_old_export_is_put_in_words(monkeypatch, alice, bob):
    _old_rejection(monkeypatch, alice)
    out = io.StringIO()
    write_json(alice, out)
    imports.apply(bob, imports.preview(bob, "onward-export.json", out.getvalue().encode()))
    assert set(StageChange.objects.filter(owner=bob).values_list("reason", flat=True)) == {NEW}
    assert Rejection.objects.get(owner=bob).why == f"{NEW}\nMarked by hand"


def test_old_reasons_without_their_message_are_put_in_words_from_the_evidence_they_quote():
    assert reworded(OLD) == NEW
    assert reworded(f"{HEAD}: interview") == f"{HEAD}. Looks like an interview invitation."
    assert reworded(f"{HEAD}: application ack (confirmed by you). model: application_ack 0.99") == (
        f"{HEAD}: application ack (confirmed by you).")
    # Reasons already in words, and anything else, are left alone.
    for text in (NEW, f"{HEAD}: rejection (confirmed by you).", "Moved by hand", "",
                 f"{HEAD}. Looks like a rejection: they chose another candidate. It reads like a message you "
                 "marked as a rejection on 3 May."):
        assert reworded(text) is None, text


def test_the_reworded_reasons_are_what_new_mail_records(monkeypatch, alice):
    # The wording a migrated row gets is the wording apply.why gives a new change today.
    def classify_many(messages, model=None, memory=None):
        return [Classification("rejection", 0.87, rejection_subtype="not_selected", evidence=[
            "model: rejection 0.87", f'rule rejection +4.0: "move forward with other" in "{DECIDED}"'])
            for _ in messages]

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", classify_many)
    raw = make_message("Your application for Data Analyst", f"Thank you for applying to Acme. {DECIDED}",
                       "Acme Careers <jobs@acme.example>", message_id="<new@x>",
                       date=dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert Rejection.objects.get(owner=alice).why == NEW
    assert apps.get_model("mail", "MailMessage") is MailMessage
