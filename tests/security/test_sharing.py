import pytest
from django.urls import reverse

from onward.core import sharing
from onward.core.models import Share
from onward.tracker import services as tracker
from tests.conftest import make_user


@pytest.fixture
def coach(db):
    return make_user("coach")


def test_a_coach_reads_the_funnel_until_it_is_revoked(client, alice, coach, bob):
    tracker.create_application(alice, company_name="Secretive Ltd", title="Quiet role")
    client.force_login(alice)
    assert client.post(reverse("core:sharing"), {"coach": "Coach"}).status_code == 302
    share = Share.objects.get(owner=alice, coach=coach)

    client.force_login(coach)
    assert f'href="{reverse("core:shared", args=[share.pk])}"' in client.get(reverse("core:sharing")).content.decode()
    page = client.get(reverse("core:shared", args=[share.pk])).content.decode()
    assert "alice's summary" in page and "<td>Applied</td><td>1</td>" in page
    assert "Secretive" not in page and "Quiet role" not in page
    # The coach cannot end someone else's share, and nobody else can read it.
    assert client.post(reverse("core:share_revoke", args=[share.pk])).status_code == 404
    client.force_login(bob)
    assert client.get(reverse("core:shared", args=[share.pk])).status_code == 404

    client.force_login(alice)
    assert client.post(reverse("core:share_revoke", args=[share.pk])).status_code == 302
    share.refresh_from_db()
    assert share.revoked_at is not None
    client.force_login(coach)
    assert client.get(reverse("core:shared", args=[share.pk])).status_code == 404


def test_sharing_problems_are_explained(alice_client, alice, coach):
    assert "no account called" in alice_client.post(reverse("core:sharing"), {"coach": "nobody"}).content.decode()
    assert "your own figures" in alice_client.post(reverse("core:sharing"), {"coach": "alice"}).content.decode()
    sharing.grant(alice, "coach")
    response = alice_client.post(reverse("core:sharing"), {"coach": "coach"})
    assert response.status_code == 400 and "already share" in response.content.decode()
    assert Share.objects.filter(owner=alice).count() == 1


def test_after_revoking_the_same_coach_can_be_invited_again(alice, coach):
    first = sharing.grant(alice, "coach")
    sharing.revoke(alice, first.pk)
    assert sharing.grant(alice, "coach").pk != first.pk
