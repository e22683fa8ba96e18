"""Mail test helpers: messages built in the test, a predictable stand-in classifier, and a real Dovecot."""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from onward.mail.classify import Classification
from tests.processes import free_port


def make_message(
    subject: str = "Hello",
    body: str = "Just saying hello.",
    sender: str = "Friend <friend@example.org>",
    *,
    html: str | None = None,
    message_id: str | None = None,
    date: dt.datetime | None = None,
    attachment: bytes | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = "me@example.net"
    msg["Date"] = format_datetime(date or dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.UTC))
    if message_id:
        msg["Message-ID"] = message_id
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="octet-stream", filename="big.bin")
    return msg.as_bytes()


# Keyword → (label, confidence): the pipeline tests decide the classification themselves.
FAKE_RULES = [
    ("[unsure]", "application_ack", 0.4),
    ("unfortunately", "rejection", 0.97),
    ("interview", "interview", 0.95),
    ("pleased to offer", "offer", 0.97),
    ("your application", "application_ack", 0.95),
    ("thank you for applying", "application_ack", 0.95),
]


def fake_classify(subject, body, sender=""):
    text = f"{subject}\n{body}".lower()
    for phrase, label, confidence in FAKE_RULES:
        if phrase in text:
            extra = {"rejection_subtype": "not_selected", "keep_on_file": False} if label == "rejection" else {}
            return Classification(label, confidence, evidence=[f'phrase "{phrase}"'], **extra)
    return Classification("other", 0.97, evidence=["no job phrases"])


def fake_classify_many(messages, model=None, memory=None):
    return [fake_classify(m.get("subject") or "", m.get("body") or "", m.get("sender") or "") for m in messages]


@pytest.fixture
def fake_classifier(monkeypatch):
    import onward.mail.pipeline

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", fake_classify_many)
    return fake_classify


# --- Dovecot -------------------------------------------------------------------------------------------

IMAP_USER = "jobseeker"
IMAP_PASSWORD = "imap-secret-Pa55"


def _self_signed_cert(directory: Path) -> Path:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    (directory / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (directory / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return directory / "cert.pem"


@dataclass
class Dovecot:
    port: int
    ssl_port: int
    cafile: Path

    def client(self):
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(IMAP_USER, IMAP_PASSWORD)
        return client


@pytest.fixture(scope="session")
def dovecot():
    """A real Dovecot on loopback: plaintext login on one port (with STARTTLS), implicit TLS on another."""
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
    if binary is None:
        pytest.skip("Dovecot is not installed (scripts/install-test-system-deps.sh installs dovecot-imapd).")
    # Not under pytest's tmp_path: its parents are private to us, and Dovecot's own users must reach the files.
    root = Path(tempfile.mkdtemp(prefix="onward-dovecot-"))
    root.chmod(0o755)
    try:
        yield from _run_dovecot(binary, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run_dovecot(binary: str, root: Path):
    cafile = _self_signed_cert(root)
    port, ssl_port = free_port(), free_port()
    if os.getuid() == 0:
        try:
            internal, login = pwd.getpwnam("dovecot"), pwd.getpwnam("dovenull")
        except KeyError:
            pytest.skip("Dovecot's system users are missing.")
        mail_user = internal
    else:
        internal = login = mail_user = pwd.getpwuid(os.getuid())
    home = root / "home"
    home.mkdir()
    (root / "passwd").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}::::::\n")
    if os.getuid() == 0:
        shutil.chown(home, mail_user.pw_uid, mail_user.pw_gid)
    (root / "dovecot.conf").write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal.pw_name}
default_login_user = {login.pw_name}
first_valid_uid = {mail_user.pw_uid}
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")
    proc = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            output = proc.stdout.read().decode(errors="replace")
            log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
            pytest.skip(f"Dovecot did not start: {output} {log}".strip())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            socket.create_connection(("127.0.0.1", ssl_port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.skip("Dovecot did not start listening in time.")
    yield Dovecot(port=port, ssl_port=ssl_port, cafile=cafile)
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
