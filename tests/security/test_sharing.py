import difflib
import re

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
    assert "your own figures" in alice_client.post(reverse("core:sharing"), {"coach": "alice"}).content.decode()
    sharing.grant(alice, "coach")
    response = alice_client.post(reverse("core:sharing"), {"coach": "Coach"})
    assert response.status_code == 400 and "already share" in response.content.decode()
    assert Share.objects.filter(owner=alice).count() == 1


def _answer(client, name, user):
    """What the sharing page says to a share with `name`, first and second time, with names and tokens out."""
    said = []
    for _ in range(2):
        response = client.post(reverse("core:sharing"), {"coach": name}, follow=True)
        page = re.sub(r'(csrfmiddlewaretoken" value=|X-CSRFToken": )"\w+"|/sharing/\d+/', "X",
                      response.content.decode())
        said.append((response.status_code, page.replace(name, "NAME").replace(user, "USER")))
    return said


def test_the_sharing_page_does_not_tell_which_usernames_exist(client, alice, bob):
    # "tabby" has an account, "tubby" does not. Alice tries one, Bob the other.
    tabby = make_user("tabby")
    client.force_login(alice)
    tried_tabby = _answer(client, "tabby", "alice")
    client.force_login(bob)
    tried_tubby = _answer(client, "tubby", "bob")
    for (c1, p1), (c2, p2) in zip(tried_tabby, tried_tubby, strict=True):
        assert c1 == c2 and p1 == p2, "\n".join(difflib.unified_diff(p1.splitlines(), p2.splitlines(), lineterm=""))
    assert "If NAME has an account here, they can now read your summary and funnel." in tried_tabby[0][1]
    assert "already share your summary with NAME" in tried_tabby[1][1]
    sharing.grant(alice, "tubby")
    client.force_login(alice)
    page = client.get(reverse("core:sharing")).content.decode()
    assert "tabby, since" in page and "tubby, since" in page
    # The share naming nobody gives nobody anything, even to an account made with that name later.
    tubby = make_user("tubby")
    assert not sharing.received(tubby).exists()
    assert [s.coach for s in sharing.given(alice).order_by("coach_name")] == [tabby, None]
    # Ending either reads the same too.
    for share in sharing.given(alice):
        response = client.post(reverse("core:share_revoke", args=[share.pk]), follow=True)
        assert f"{share.coach_name} can no longer see your summary." in response.content.decode()


def test_after_revoking_the_same_coach_can_be_invited_again(alice, coach):
    first = sharing.grant(alice, "coach")
    sharing.revoke(alice, first.pk)
    assert sharing.grant(alice, "coach").pk != first.pk
