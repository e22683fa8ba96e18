"""Which mail servers a sync may connect to, and which password variables it may read.

Local mode: the person owns the machine, so any server and any variable of their own environment will do.
Server mode: a signed-in user must not turn Onward against the server. So by default a sync reaches only
public addresses on the IMAP ports (143, 993). The operator may widen or narrow that: ONWARD_MAIL_ALLOWED_PORTS
lists ports (or *), ONWARD_MAIL_ALLOWED_HOSTS lists names (imap.example.org), name suffixes (.example.org),
addresses or networks (10.0.0.0/8), and `public` for any public address; once set, nothing else is reached.
A host name is resolved once, every address it resolves to is checked, and the caller connects to the checked
address (so a DNS answer that changes between the check and the connection cannot swap it). Passwords come from
variables only with the operator's prefix.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from django.conf import settings

from onward.mail.apply import MailError
from onward.mail.sources.imap import unreachable_message

# The operator's variables for account passwords in server mode, e.g. ONWARD_MAIL_PASSWORD_ALICE.
OPERATOR_PASSWORD_PREFIX = "ONWARD_MAIL_PASSWORD_"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class ReachError(MailError):
    """The server may not be reached. Worded the same for every cause, so it tells nothing about the network."""


def unreachable(host: str, port: int) -> ReachError:
    return ReachError(unreachable_message(f"{host}:{port}", shared=settings.SERVER_MODE))


@dataclass(frozen=True)
class Target:
    host: str  # the name the user gave: TLS checks the certificate against it
    port: int
    address: str  # the checked address to connect to


def check_port(port: int) -> None:
    allowed = settings.MAIL_ALLOWED_PORTS
    if allowed and port not in allowed:
        ports = ", ".join(str(p) for p in sorted(allowed))
        raise ReachError(f"Mail servers can be reached on port {ports} here, not on {port}.")


def check_password_env(name: str) -> None:
    """In server mode only the operator's variables may hold passwords; the name itself never reaches a page."""
    if settings.SERVER_MODE and not (name.startswith(OPERATOR_PASSWORD_PREFIX) and len(name) > len(
            OPERATOR_PASSWORD_PREFIX)):
        raise MailError(
            f"On a shared server, a password can come only from a variable the administrator set up, "
            f"named {OPERATOR_PASSWORD_PREFIX}…. Otherwise, enter the password itself."
        )


def _is_public(address: Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    # is_global is False for loopback, private, link-local, unique-local, shared (CGNAT), reserved and
    # unspecified addresses; multicast addresses can be "global", so they are refused by name.
    return address.is_global and not address.is_multicast


def _entries() -> tuple[set[str], set[str], list[ipaddress.IPv4Network | ipaddress.IPv6Network], bool]:
    """The operator's list split into exact names, .suffix names, networks, and whether `public` is on it."""
    names, suffixes, networks, public = set(), set(), [], False
    for entry in settings.MAIL_ALLOWED_HOSTS:
        if entry.lower() == "public":
            public = True
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            (suffixes if entry.startswith(".") else names).add(entry.lower().rstrip("."))
    return names, suffixes, networks, public


def _resolve(host: str, port: int) -> list[Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos))


def _permitted(host: str, addresses: list[Address]) -> bool:
    if not settings.MAIL_ALLOWED_HOSTS:
        return not settings.MAIL_PUBLIC_ONLY or all(_is_public(a) for a in addresses)
    names, suffixes, networks, public = _entries()
    name = host.lower().rstrip(".")
    if name in names or any(name.endswith(suffix) for suffix in suffixes):
        return True  # the operator vouches for this name, wherever it points
    return all(any(a in net for net in networks) or (public and _is_public(a)) for a in addresses)


def resolve(host: str, port: int) -> Target:
    """The checked address to connect to for host:port, or ReachError when the policy does not allow it."""
    check_port(port)
    addresses = _resolve(host, port)
    if not addresses or not _permitted(host, addresses):
        raise unreachable(host, port)
    return Target(host, port, str(addresses[0]))
