"""Settings: change your password; in local mode the API lives under Settings, not in the main navigation."""

from django.contrib.auth import get_user_model
from django.urls import reverse


def test_change_password_keeps_you_signed_in(client, alice):
    client.force_login(alice)
    url = reverse("core:password_change")
    assert url in client.get(reverse("core:settings")).content.decode()
    response = client.post(url, {"old_password": "pw-for-tests-1", "new_password1": "a quiet river 2026",
                                 "new_password2": "a quiet river 2026"})
    assert response.status_code == 302 and response["Location"] == reverse("core:settings")
    alice.refresh_from_db()
    assert alice.check_password("a quiet river 2026")
    assert client.get(reverse("tracker:today")).status_code == 200  # still signed in


def test_a_wrong_old_password_changes_nothing(client, alice):
    client.force_login(alice)
    response = client.post(reverse("core:password_change"), {
        "old_password": "not it", "new_password1": "a quiet river 2026", "new_password2": "a quiet river 2026"})
    assert response.status_code == 400
    assert "Your old password was entered incorrectly" in response.content.decode()
    assert get_user_model().objects.get(pk=alice.pk).check_password("pw-for-tests-1")


def _nav(client) -> str:
    page = client.get(reverse("tracker:today")).content.decode()
    return page.split('<ul class="main-nav">')[1].split("</ul>")[0]


def test_api_is_under_settings_in_local_mode(alice_client):
    tokens = reverse("onward_api:tokens")
    assert tokens not in _nav(alice_client)
    assert tokens in alice_client.get(reverse("core:settings")).content.decode()


def test_api_stays_in_the_navigation_on_a_shared_server(alice_client, settings):
    settings.SERVER_MODE = True
    assert reverse("onward_api:tokens") in _nav(alice_client)
