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


def test_the_search_finds_occupations_by_their_other_titles_and_half_typed_words():
    from onward.insights.occupation_search import search

    assert search("pharmac")[0].title == "Pharmacists"
    # O*NET's alternate titles and other countries' spellings find the occupation whose name has neither word.
    lawyer = search("solicitor")[0]
    assert lawyer.title == "Lawyers" and lawyer.via == "solicitor"
    assert "53-3032" in [h.code for h in search("lorry driver")[:3]]
    assert "47-2061" in [h.code for h in search("labourer")[:8]]
    assert search("rn")[0].code == "29-1141"  # an abbreviation the title mapping spells out
    assert search("n") == [] and search("  ") == []


def test_the_occupation_search_answers_htmx_with_choices_and_a_plain_request_with_the_page(alice, alice_client):
    from onward.tracker import services

    services.create_application(alice, company_name="Acme", title="Data Analyst")
    url = reverse("insights:occupation_search")
    part = alice_client.get(url, {"role": "data analyst", "q": "statis"}, HTTP_HX_REQUEST="true").content.decode()
    assert 'value="15-2041"' in part and "Statisticians" in part and "<html" not in part
    # Without scripts: the search is a plain GET form, answered by the page with the choices in place.
    response = alice_client.get(url, {"role": "data analyst", "q": "statis"})
    assert response.status_code == 302 and response["Location"].endswith("#outlook")
    page = alice_client.get(response["Location"]).content.decode()
    assert 'value="15-2041"' in page and 'value="statis"' in page
    nothing = alice_client.get(url, {"role": "data analyst", "q": "zzqx"}, HTTP_HX_REQUEST="true").content.decode()
    assert "No occupation found for “zzqx”" in nothing


def test_saving_without_choosing_changes_nothing(alice, alice_client):
    outlook.choose_occupation(alice, "data analyst", "15-2041")
    alice_client.post(reverse("insights:choose_occupation"), {"role": "data analyst"})
    assert OccupationChoice.objects.get(owner=alice, role="data analyst").code == "15-2041"
