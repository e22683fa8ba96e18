"""Tags: the user's own words on an application, stored in one spelling whichever door they come through."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from onward.io import export
from onward.tracker import services
from onward.tracker.models import Application, split_tags, tags_that_fit


def test_split_tags_trims_and_keeps_the_first_spelling():
    assert split_tags(" Python,  dream   job, python,, ") == ["Python", "dream job"]
    assert split_tags("") == []


def test_imported_tags_keep_whole_tags_that_fit():
    assert tags_that_fit("a;b,c", limit=7) == "a, b, c"
    assert tags_that_fit("alpha, beta, gamma", limit=12) == "alpha, beta"


def test_tags_too_long_once_spelled_out_are_refused_before_the_database(alice):
    # 299 characters as typed, 378 once every comma has its space: checked on what would be stored.
    typed = ",".join(f"t{n:02}" for n in range(75))[:299]
    with pytest.raises(ValidationError) as raised:
        services.create_application(alice, company_name="Acme", title="Analyst", tags=typed)
    assert "tags" in raised.value.message_dict
    assert not Application.objects.exists()


def test_saved_tags_are_normalised_and_shown_on_the_board_and_page(alice_client, alice):
    app = services.create_application(alice, company_name="Acme", title="Analyst", tags="Python,dream  job,PYTHON")
    assert app.tags == "Python, dream job"
    board = alice_client.get(reverse("tracker:board")).content.decode()
    table = reverse("tracker:table")
    assert f'<a class="tag" href="{table}?q=Python">Python</a>' in board
    assert f'<a class="tag" href="{table}?q=dream%20job">dream job</a>' in board
    page = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert f'href="{table}?q=dream%20job">dream job</a>' in page


def test_the_search_finds_tags(alice_client, alice):
    services.create_application(alice, company_name="Acme", title="Analyst", tags="dream job, python")
    services.create_application(alice, company_name="Globex", title="Analyst", tags="python")
    services.create_application(alice, company_name="Initech", title="Analyst")
    assert [a.company.name for a in services.list_applications(alice, q="python", sort="company")] == [
        "Acme", "Globex"]
    assert [a.company.name for a in services.list_applications(alice, q="dream job")] == ["Acme"]
    body = alice_client.get(reverse("tracker:table"), {"q": "python"}).content.decode()
    assert "2 applications" in body and "Initech" not in body


def test_edit_details_sets_tags_and_the_csv_export_carries_them(alice_client, alice):
    app = services.create_application(alice, company_name="Acme", title="Analyst")
    data = {"company_name": "Acme", "title": "Analyst", "date_saved": "2026-01-01", "tags": "remote,  fintech"}
    assert alice_client.post(reverse("tracker:application", args=[app.pk]), data).status_code == 302
    assert Application.objects.get(pk=app.pk).tags == "remote, fintech"
    out = io.StringIO()
    export.write_csv(alice, out)
    assert "remote, fintech" in out.getvalue()
    assert "tags" in out.getvalue().splitlines()[0]
