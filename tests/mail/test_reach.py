"""Which mail servers a sync may reach, and which variables may hold a password (onward.mail.reach).

Name resolution is replaced by a table, so no test here sends anything anywhere.
"""

from __future__ import annotations

import socket

import pytest

from onward.mail import accounts, reach
from onward.mail.apply import MailError
from onward.mail.forms import AccountForm
from onward.mail.models import MailAccount

PUBLIC = "93.184.216.34"
NAMES = {
    "imap.public.example": [PUBLIC],
    "rebind.example": [PUBLIC, "127.0.0.1"],  # one public and one internal answer
    "internal.corp.example": ["10.1.2.3"],
    "v6-internal.example": ["fd00::25"],
}


@pytest.fixture(autouse=True)
def resolver(monkeypatch):
    def getaddrinfo(host, port, *args, **kwargs):
        addresses = NAMES.get(host)
        if addresses is None:
            try:  # an address literal resolves to itself
                import ipaddress

                addresses = [str(ipaddress.ip_address(host))]
            except ValueError:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def server_mode(settings):
    settings.SERVER_MODE = True
    settings.MAIL_PUBLIC_ONLY = True
    settings.MAIL_ALLOWED_PORTS = {143, 993}
    settings.MAIL_ALLOWED_HOSTS = []
    return settings


@pytest.mark.parametrize("host", [
    "127.0.0.1", "127.8.9.10", "::1", "10.0.0.5", "172.16.0.1", "192.168.1.1", "169.254.169.254", "fe80::1",
    "fd00::1", "100.64.0.1", "0.0.0.0", "::", "224.0.0.1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
    "rebind.example", "internal.corp.example", "v6-internal.example",
])
def test_server_mode_refuses_internal_addresses(server_mode, host):
    with pytest.raises(reach.ReachError):
        reach.resolve(host, 993)


def test_server_mode_reaches_public_addresses_at_the_checked_address(server_mode):
    target = reach.resolve("imap.public.example", 993)
    assert (target.host, target.port, target.address) == ("imap.public.example", 993, PUBLIC)


def test_every_refusal_reads_the_same(server_mode):
    messages = set()
    for host in ("127.0.0.1", "no-such-host.example", "rebind.example"):
        with pytest.raises(reach.ReachError) as caught:
            reach.resolve(host, 993)
        messages.add(str(caught.value).replace(host, "HOST"))
    assert len(messages) == 1


def test_server_mode_reaches_only_the_imap_ports(server_mode):
    with pytest.raises(reach.ReachError, match="port 143, 993 here, not on 22"):
        reach.resolve("imap.public.example", 22)
    server_mode.MAIL_ALLOWED_PORTS = set()
    assert reach.resolve("imap.public.example", 22).port == 22


def test_operator_allow_list(server_mode):
    server_mode.MAIL_ALLOWED_HOSTS = ["internal.corp.example", ".mail.example", "10.9.0.0/16"]
    assert reach.resolve("internal.corp.example", 993).address == "10.1.2.3"
    assert reach.resolve("10.9.8.7", 143).address == "10.9.8.7"
    # Once the operator lists hosts, nothing else is reached, public or not.
    for host in ("imap.public.example", "10.8.0.1", "127.0.0.1"):
        with pytest.raises(reach.ReachError):
            reach.resolve(host, 993)
    server_mode.MAIL_ALLOWED_HOSTS = ["public", "10.9.0.0/16"]
    assert reach.resolve("imap.public.example", 993).address == PUBLIC
    with pytest.raises(reach.ReachError):
        reach.resolve("rebind.example", 993)


def test_local_mode_reaches_anything(settings):
    settings.SERVER_MODE = settings.MAIL_PUBLIC_ONLY = False
    settings.MAIL_ALLOWED_PORTS, settings.MAIL_ALLOWED_HOSTS = set(), []
    assert reach.resolve("127.0.0.1", 1143).address == "127.0.0.1"
    assert reach.resolve("internal.corp.example", 993).address == "10.1.2.3"


def test_server_mode_never_reads_a_server_variable(server_mode, alice, monkeypatch):
    monkeypatch.setenv("ONWARD_SECRET_KEY", "the-server-secret")
    with pytest.raises(MailError, match="administrator set up"):
        accounts.add_account(alice, name="x", host="imap.public.example", username="u",
                             password_env="ONWARD_SECRET_KEY")
    assert not MailAccount.objects.exists()
    # An account stored before the rule existed is refused at sync, before anything is read or sent.
    old = MailAccount.objects.create(owner=alice, name="old", host="imap.public.example", port=993,
                                     username="u", password_env="ONWARD_SECRET_KEY")
    with pytest.raises(MailError, match="administrator set up"):
        accounts.account_password(old)
    monkeypatch.setenv("ONWARD_MAIL_PASSWORD_ALICE", "operator-set")
    ok = accounts.add_account(alice, name="y", host="imap.public.example", username="u",
                              password_env="ONWARD_MAIL_PASSWORD_ALICE")
    assert accounts.account_password(ok) == "operator-set"


def test_server_mode_form_has_no_variable_field(server_mode):
    assert "password_env" not in AccountForm().fields


def test_local_mode_keeps_the_variable_field(settings, alice, monkeypatch):
    settings.SERVER_MODE = False
    assert "password_env" in AccountForm().fields
    monkeypatch.setenv("MY_IMAP_PASSWORD", "mine")
    account = accounts.add_account(alice, name="z", host="h", username="u", password_env="MY_IMAP_PASSWORD")
    assert accounts.account_password(account) == "mine"
