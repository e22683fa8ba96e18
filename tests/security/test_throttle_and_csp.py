import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from onward.core import throttle
from onward.core.models import LoginFailure
from tests.conftest import make_user

LOGIN = "/login/"


def _attempt(client, username, password, ip="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.fixture
def carol(db):
    return make_user("carol", "right-password-1")


def test_five_misses_pause_sign_in_even_with_the_right_password(client, carol, settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    for _ in range(5):
        assert _attempt(client, "carol", "wrong").status_code == 200
    response = _attempt(client, "carol", "right-password-1")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Sign-in is paused" in response.content.decode() and "try again at" in response.content.decode()


def test_a_stranger_cannot_lock_the_owner_out(client, carol, settings):
    # Someone fails on purpose from their own address, more often than any limit...
    for _ in range(settings.LOGIN_FAILURE_LIMIT * 3):
        _attempt(client, "carol", "wrong", ip="198.51.100.66")
    assert "Sign-in is paused" in _attempt(client, "carol", "right-password-1", ip="198.51.100.66").content.decode()
    # ...and carol, from her own address, still gets in.
    response = _attempt(client, "carol", "right-password-1", ip="10.0.0.7")
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(carol.pk)


def test_the_pause_ends_when_the_window_has_passed(client, carol, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _attempt(client, "carol", "wrong")
    LoginFailure.objects.update(created=timezone.now() - timezone.timedelta(minutes=16))
    response = _attempt(client, "carol", "right-password-1")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(carol.pk)


def test_one_address_trying_many_names_is_paused(client, carol, settings):
    for i in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS):
        _attempt(client, f"guess{i}", "wrong", ip="10.9.9.9")
    assert "Sign-in is paused" in _attempt(client, "carol", "right-password-1", ip="10.9.9.9").content.decode()
    # Another address is not affected by that.
    assert _attempt(client, "carol", "right-password-1", ip="10.1.1.1").status_code == 302


def test_success_clears_the_accounts_count(client, carol, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _attempt(client, "carol", "wrong", ip="10.2.2.2")
    assert _attempt(client, "carol", "right-password-1", ip="10.3.3.3").status_code == 302
    assert throttle.paused_until("carol", "10.3.3.3") is None
    assert not LoginFailure.objects.filter(username="carol").exists()


def test_usernames_are_counted_case_insensitively(db, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        throttle.record_failure("Carol", None)
    assert throttle.paused_until("carol", None) is not None


def test_pages_carry_a_content_security_policy(alice_client):
    policy = alice_client.get(reverse("tracker:today"))["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_the_chart_page_needs_no_eval_either(alice_client):
    policy = alice_client.get(reverse("insights:dashboard"))["Content-Security-Policy"]
    assert "unsafe-eval" not in policy


def test_passwords_are_hashed_with_argon2_outside_tests(settings):
    from onward import settings as real

    assert real.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    settings.PASSWORD_HASHERS = real.PASSWORD_HASHERS
    user = get_user_model()(username="dana")
    user.set_password("a long passphrase")
    assert user.password.startswith("argon2$") and user.check_password("a long passphrase")


def test_behind_a_proxy_the_address_the_proxy_saw_counts(client, carol, settings):
    settings.BEHIND_PROXY = True
    for i in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS):
        # The client may put anything on the left; the proxy appends the real address.
        client.post(LOGIN, {"username": f"guess{i}", "password": "x"}, REMOTE_ADDR="10.0.0.254",
                    HTTP_X_FORWARDED_FOR=f"1.2.3.{i}, 203.0.113.7")
    assert throttle.paused_until("someone", "203.0.113.7") is not None
    assert throttle.paused_until("someone", "10.0.0.254") is None


def test_sign_in_reads_the_same_for_an_unknown_name_and_a_wrong_password(client, carol, settings):
    import re

    def answers(username, ip):
        said = []
        for _ in range(settings.LOGIN_FAILURE_LIMIT + 1):
            page = _attempt(client, username, "wrong-password-9", ip=ip).content.decode()
            # Tokens differ per page, and the time of the pause may cross a minute between the two runs.
            page = re.sub(r'value="\w{20,}"|"X-CSRFToken": "\w+"|at \d\d:\d\d \(in about \d+ minutes?\)', "X",
                          page).replace(f'value="{username}"', "")
            said.append(page)
        return said

    # "carol" exists and "carla" does not; the answers, up to and including the pause, are the same.
    assert answers("carol", "10.0.0.21") == answers("carla", "10.0.0.22")
