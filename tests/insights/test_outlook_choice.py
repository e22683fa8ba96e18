"""The user can change the occupation the job outlook chose for a role, and the choice is kept."""

from django.urls import reverse

from onward.insights import outlook
from onward.insights.models import OccupationChoice


def test_the_users_choice_of_occupation_is_kept(history, alice, alice_client):
    response = alice_client.post(reverse("insights:choose_occupation"), {"role": "data analyst", "code": "15-2041"})
    assert response.status_code == 302
    rows = {r.role: r for r in outlook.outlook_for(alice)}
    assert rows["data analyst"].occupation.code == "15-2041" and rows["data analyst"].chosen
    page = alice_client.get(reverse("insights:dashboard")).content.decode()
    assert "Statisticians" in page and "your choice" in page
    # An empty choice goes back to the automatic one.
    alice_client.post(reverse("insights:choose_occupation"), {"role": "data analyst", "code": ""})
    assert not OccupationChoice.objects.filter(owner=alice).exists()
    assert {r.role: r for r in outlook.outlook_for(alice)}["data analyst"].occupation.code == "15-2051"


def test_an_unknown_occupation_is_refused_and_nothing_is_kept(alice, alice_client):
    alice_client.post(reverse("insights:choose_occupation"), {"role": "data analyst", "code": "99-9999"})
    assert not OccupationChoice.objects.filter(owner=alice).exists()


def test_an_occupation_chosen_by_meaning_says_so(alice, alice_client):
    from onward.tracker import services

    services.create_application(alice, company_name="Northshire Council", title="Town planner")
    row = {r.role: r for r in outlook.outlook_for(alice)}["town planner"]
    assert row.occupation.code == "19-3051" and row.by_meaning and not row.chosen
    page = alice_client.get(reverse("insights:dashboard")).content.decode()
    assert "Urban and regional planners" in page
    assert "“town planner” is closest in meaning to the job titles of this occupation" in page
