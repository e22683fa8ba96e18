import pytest
from django.urls import reverse

from onward.api.models import ApiToken
from onward.api.tokens import create_token, revoke_token
from onward.tracker import services
from onward.tracker.models import Contact, StageChange

pytestmark = pytest.mark.django_db


def test_requests_without_a_valid_token_are_refused(client, alice_key):
    assert client.get("/api/v1/applications").status_code == 401
    response = client.get("/api/v1/applications", HTTP_AUTHORIZATION="Bearer onw_not-a-real-key")
    assert response.status_code == 401
    assert "token" in response.json()["detail"]


def test_only_a_hash_of_the_key_is_stored_and_revoked_keys_stop_working(client, alice):
    token, key = create_token(alice, "script")
    assert key not in token.key_hash and len(token.key_hash) == 64
    assert client.get("/api/v1/contacts", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    revoke_token(alice, token.pk)
    assert client.get("/api/v1/contacts", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401


def test_create_list_and_filter_applications(api, alice):
    created = api.post("/applications", {"company": "Acme", "title": "Engineer", "stage": "screening"})
    assert created.status_code == 201, created.content
    assert created.json()["company"] == "Acme" and created.json()["stage"] == "screening"
    services.create_application(alice, company_name="Globex", title="Analyst")
    page = api.get("/applications").json()
    assert page["count"] == 2
    screening = api.get("/applications?stage=screening").json()
    assert [a["title"] for a in screening["items"]] == ["Engineer"]
    assert api.get("/applications?limit=1&offset=1").json()["items"][0]["title"] == "Engineer"


def test_patch_changes_only_the_fields_sent(api, alice):
    app = services.create_application(alice, company_name="Acme", title="Engineer", location="Berlin")
    response = api.patch(f"/applications/{app.pk}", {"excitement": 4, "company": "Acme Labs"})
    assert response.status_code == 200, response.content
    app.refresh_from_db()
    assert (app.excitement, app.company.name, app.location) == (4, "Acme Labs", "Berlin")


def test_move_records_history_and_shows_on_the_timeline(api, alice):
    app = services.create_application(alice, company_name="Acme", title="Engineer")
    response = api.post(f"/applications/{app.pk}/move", {"stage": "interviewing", "note": "Phone call went well"})
    assert response.status_code == 200 and response.json()["moved"] is True
    assert StageChange.objects.filter(application=app, to_stage="interviewing").exists()
    timeline = api.get(f"/applications/{app.pk}/timeline").json()
    assert [e["kind"] for e in timeline] == ["stage", "stage"]
    assert timeline[-1]["body"] == "Phone call went well"
    assert [e["day_only"] for e in timeline] == [False, False]  # both made here: their hours are known


def test_tasks_create_list_and_done(api, alice):
    app = services.create_application(alice, company_name="Acme", title="Engineer")
    created = api.post("/tasks", {"title": "Send thank-you note", "kind": "thank_you", "application_id": app.pk})
    assert created.status_code == 201, created.content
    assert api.get("/tasks").json()["count"] == 1
    done = api.post(f"/tasks/{created.json()['id']}/done")
    assert done.json()["status"] == "done"
    assert api.get("/tasks").json()["count"] == 0
    assert api.get("/tasks?status=done").json()["count"] == 1


def test_contacts_are_listed_with_their_company(api, alice):
    acme = services.get_or_create_company(alice, "Acme")
    Contact.objects.create(owner=alice, name="Dana", company=acme)
    Contact.objects.create(owner=alice, name="Eli")
    items = api.get("/contacts").json()["items"]
    assert [(c["name"], c["company"]) for c in items] == [("Dana", "Acme"), ("Eli", None)]


def test_a_page_of_applications_carries_every_field(api, alice):
    app = services.create_application(alice, company_name="Acme", title="Engineer", stage="screening")
    page = api.get("/applications?limit=1").json()
    assert page["count"] == 1
    [row] = page["items"]
    assert row == api.get(f"/applications/{app.pk}").json()  # the list and the single read agree
    assert row["company"] == "Acme" and row["stage_label"] == "Screening"
    # Datetimes are ISO 8601 in UTC, dates plain.
    assert row["created_at"].endswith("Z") and row["date_saved"] == app.date_saved.isoformat()


def test_another_users_rows_are_not_found(api, bob):
    theirs = services.create_application(bob, company_name="Initech", title="Secret")
    task = services.add_task(bob, title="Their task")
    assert api.get(f"/applications/{theirs.pk}").status_code == 404
    assert api.patch(f"/applications/{theirs.pk}", {"title": "Mine now"}).status_code == 404
    assert api.post(f"/applications/{theirs.pk}/move", {"stage": "rejected"}).status_code == 404
    assert api.get(f"/applications/{theirs.pk}/timeline").status_code == 404
    assert api.post(f"/tasks/{task.pk}/done").status_code == 404
    assert api.post("/tasks", {"title": "x", "application_id": theirs.pk}).status_code == 404
    assert api.get("/applications").json()["count"] == 0
    theirs.refresh_from_db()
    assert theirs.title == "Secret" and theirs.stage == "applied"


@pytest.mark.parametrize(
    ("path", "body", "words"),
    [
        ("/applications", {"company": "Acme", "title": "   "}, "title"),
        ("/applications", {"company": "Acme", "title": "Engineer", "stage": "nowhere"}, "Unknown stage"),
        ("/applications", {"company": "Acme", "title": "Engineer", "posting_url": "not a url"}, "posting_url"),
        ("/applications", {"company": "Acme", "title": "Eng\x00ineer"}, "cannot be stored"),
        ("/applications", {"company": "Acme", "title": "Engineer", "salary_min": 10, "salary_max": 5}, "below"),
        ("/applications", {"company": "Acme"}, "title"),
        ("/tasks", {"title": "Call", "kind": "party"}, "kind"),
    ],
)
def test_bad_input_gets_a_clear_message_and_writes_nothing(api, alice, path, body, words):
    response = api.post(path, body)
    assert response.status_code == 400, response.content
    assert words in response.json()["detail"]
    assert not services.list_applications(alice).exists()


def test_malformed_json_is_a_400(api):
    response = api.post("/applications", "{not json", content_type="application/json")
    assert response.status_code == 400


def test_openapi_schema_and_docs_are_served(client, alice):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/applications/{app_id}/move" in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_tokens_page_shows_a_new_key_once_and_revokes(alice_client, alice):
    url = reverse("onward_api:tokens")
    response = alice_client.post(url, {"name": "laptop"})
    token = ApiToken.objects.get(owner=alice, name="laptop")
    key = response.context["new_key"]
    assert key.startswith("onw_") and key.encode() in response.content
    assert key.encode() not in alice_client.get(url).content
    alice_client.post(reverse("onward_api:revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_tokens_page_refuses_an_empty_name(alice_client, alice):
    response = alice_client.post(reverse("onward_api:tokens"), {"name": "  "}, follow=True)
    assert b"needs a name" in response.content
    assert not ApiToken.objects.filter(owner=alice).exists()


def test_another_users_token_cannot_be_revoked(alice_client, bob):
    token, _ = create_token(bob, "theirs")
    alice_client.post(reverse("onward_api:revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked_at is None


def test_pages_report_the_total_wherever_they_start(api, alice):
    for i in range(3):
        services.create_application(alice, company_name="Acme", title=f"Role {i}")
    assert [api.get(f"/applications?limit=2&offset={o}").json()["count"] for o in (0, 2, 5)] == [3, 3, 3]
    assert [len(api.get(f"/applications?limit=2&offset={o}").json()["items"]) for o in (0, 2, 5)] == [2, 1, 0]
    assert api.get("/applications?stage=offer").json() == {"count": 0, "items": []}
    assert api.get("/tasks?offset=4").json() == {"count": 0, "items": []}


def test_tags_are_set_through_the_api_in_one_spelling(api, alice):
    created = api.post("/applications", {"company": "Acme", "title": "Analyst", "tags": "sql,  SQL, remote"})
    assert created.status_code == 201 and created.json()["tags"] == "sql, remote"
    patched = api.patch(f"/applications/{created.json()['id']}", {"tags": "python"})
    assert patched.json()["tags"] == "python"
