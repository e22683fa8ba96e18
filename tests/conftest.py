import pytest
from django.contrib.auth import get_user_model


def make_user(username: str, password: str = "pw-for-tests-1"):
    return get_user_model().objects.create_user(username=username, password=password)


@pytest.fixture
def alice(db):
    return make_user("alice")


@pytest.fixture
def bob(db):
    return make_user("bob")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client
