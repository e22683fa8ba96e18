"""Uploads waiting to be checked are kept, but not without end: on a server they would fill its disk."""

import pytest

from onward.io import imports
from onward.io.models import ImportBatch

pytestmark = pytest.mark.django_db


def test_only_the_newest_uploads_wait_and_another_persons_are_untouched(alice, bob):
    bobs = imports.start_batch(bob, "bob.csv", b"Company,Title\nBeta,Dev\n")
    made = [imports.start_batch(alice, f"jobs{i}.csv", f"Company,Title\nAcme {i},Dev\n".encode()) for i in range(7)]
    waiting = ImportBatch.objects.filter(owner=alice).order_by("pk")
    assert [b.filename for b in waiting] == [b.filename for b in made[-imports.UNAPPLIED_AT_MOST:]]
    assert ImportBatch.objects.filter(pk=bobs.pk).exists()


def test_an_upload_being_imported_is_not_dropped_for_a_new_one(alice):
    started = imports.start_batch(alice, "first.csv", b"Company,Title\nAcme,Dev\n")
    imports.start_apply(alice, started)
    started.refresh_from_db()
    assert started.status == ImportBatch.Status.PREVIEW and started.job is not None  # queued, not run yet
    for i in range(imports.UNAPPLIED_AT_MOST + 1):
        imports.start_batch(alice, f"jobs{i}.csv", f"Company,Title\nAcme {i},Dev\n".encode())
    assert ImportBatch.objects.filter(pk=started.pk).exists()
