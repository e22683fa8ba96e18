import pytest

from onward.api.tokens import create_token


@pytest.fixture
def alice_key(alice):
    return create_token(alice, "tests")[1]


@pytest.fixture
def api(client, alice_key):
    """The Django test client, sending Alice's token."""

    class Api:
        def __getattr__(self, method):
            def call(path, data=None, **kwargs):
                kwargs.setdefault("content_type", "application/json")
                kwargs["HTTP_AUTHORIZATION"] = f"Bearer {alice_key}"
                if data is None and method == "get":
                    return getattr(client, method)("/api/v1" + path, **kwargs)
                return getattr(client, method)("/api/v1" + path, data, **kwargs)

            return call

    return Api()
