"""Mail import speed and memory.

Generates an mbox (mixed job and other mail, some HTML, some attachments), imports it into a fresh
temporary data directory, and prints messages per second and the ratio to a bare `mailbox.mbox` +
`email` parse of the same file. `--big` instead generates about 1 GB and prints the import's peak memory.

    python bench/mail_ingest.py [--messages 10000] [--set tune|report] [--big] [--keep]

`--set report` generates other mail of other shapes (a report set for work that tunes the import's speed on the
default set): newsletters in HTML only, quoted-printable and base64 text, mail in French, German, Spanish and Dutch,
mailing-list mail, replies quoting earlier mail, short personal notes, images attached, job mail in several
languages from other senders.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import mailbox
import os
import quopri
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella Health", "Hooli", "Northwind Traders", "Stark Industries",
             "Wayne Enterprises", "Tyrell", "Cyberdyne Systems", "Soylent", "Wonka Industries", "Aperture Science"]
TITLES = ["Data Analyst", "Backend Engineer", "Product Manager", "UX Designer", "Site Reliability Engineer",
          "Marketing Coordinator", "Senior Data Scientist", "Customer Success Manager"]
RELAYS = ["no-reply@greenhouse.io", "notifications@hire.lever.co", "noreply@smartrecruiters.com",
          "no-reply@ashbyhq.com", None]
JOB_BODIES = {
    "ack": "Hi Sam,\n\nThank you for applying to {company}! We have received your application for the {title} "
           "position and our team will review it carefully.\n\nBest,\nThe {company} Recruiting Team",
    "rejection": "Hi Sam,\n\nThank you for your interest in the {title} role at {company}. Unfortunately, we have "
                 "decided to move forward with other candidates whose experience more closely matches our needs."
                 "\n\nWe wish you the best in your search.\n\n{company} Talent Acquisition",
    "interview": "Hi Sam,\n\nThanks for applying for the {title} position at {company}. We'd like to invite you to "
                 "a 30 minute phone interview with Jane Miller on Tuesday, March 18 at 2:00 PM EST. Please let "
                 "us know if that works.\n\nKind regards,\nJane Miller",
}
OTHER = [
    ("Your weekly digest", "Here is what happened in your groups this week: 12 new posts, 3 new photos and "
     "a reminder about Saturday's picnic at the park. Bring a blanket and something to share."),
    ("Order #{n} has shipped", "Good news: your order #{n} is on its way. It should arrive within 3-5 working "
     "days. Track your parcel with the link below. Thank you for shopping with us."),
    ("Receipt for your payment", "We received your payment of 24.99. This receipt is for your records. Your "
     "subscription renews next month. Manage your subscription in your account settings."),
    ("Photos from the weekend", "Hey! Attached are the photos from the hike. The view from the top was amazing "
     "and the dog loved it. Let's do it again next month?"),
    ("Spring sale: 30% off", "Spring is here and so are our best prices. Save 30% on garden furniture, "
     "barbecues and outdoor lighting until Sunday. Unsubscribe at any time."),
    ("Your statement is ready", "Your monthly statement is now available online. Log in to view it. "
     "This is an automated message; please do not reply."),
]


def _message(rng: random.Random, n: int, job_share: float, attachment_share: float, attachment_kb: int) -> bytes:
    date = dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=n * 7)
    if rng.random() < job_share:
        kind = rng.choice(list(JOB_BODIES))
        company, title = rng.choice(COMPANIES), rng.choice(TITLES)
        relay = rng.choice(RELAYS)
        sender = f"{company} <{relay}>" if relay else f"{company} Careers <jobs@{company.split()[0].lower()}.example>"
        subject = {"ack": f"Thank you for applying to {company}", "rejection": f"Your application for {title}",
                   "interview": f"Interview invitation: {title}"}[kind]
        body = JOB_BODIES[kind].format(company=f"{company} {n % 97}", title=title)
    else:
        subject, body = rng.choice(OTHER)
        subject, body = subject.format(n=n), body.format(n=n)
        sender = rng.choice(["Friends <friends@club.example>", "Shop <orders@shop.example>",
                             "Bank <statements@bank.example>", "Alex <alex@gmail.com>"])
    headers = (f"From: {sender}\nTo: sam@example.net\nSubject: {subject}\nDate: {format_datetime(date)}\n"
               f"Message-ID: <bench-{n}@example.net>\nMIME-Version: 1.0\n")
    boundary = f"b{n}"
    parts = [f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"]
    if rng.random() < 0.3:
        html_body = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        parts.append(f"Content-Type: text/html; charset=utf-8\n\n<html><body>{html_body}"
                     f"<script>track()</script></body></html>\n")
    if rng.random() < attachment_share:
        data = base64.encodebytes(rng.randbytes(attachment_kb * 1024)).decode()
        parts.append(f"Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"doc{n}.pdf\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{data}")
    if len(parts) == 1:
        return (headers + parts[0]).encode()
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return (headers + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n' + body).encode()


R_JOB = [
    ("Re: Data Engineer", "Dear Ms Ortega,\n\nmany thanks for the time you gave us last week. After long discussions "
     "the panel has chosen a candidate whose background is closer to the brief. We will keep your details.\n\n"
     "Regards,\nPeople Team, {company}"),
    ("Votre candidature chez {company}", "Bonjour,\n\nNous avons bien reçu votre candidature au poste de "
     "chargée de projet et nous vous en remercions. Notre équipe l'étudie et reviendra vers vous.\n\nCordialement,"
     "\nLe service recrutement"),
    ("Ihre Bewerbung bei {company}", "Sehr geehrte Frau Ortega,\n\nvielen Dank für Ihre Bewerbung als "
     "Projektleiterin (m/w/d). Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
     "entschieden haben.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
    ("Entrevista: analista de datos", "Hola Lucía,\n\nnos gustaría invitarte a una entrevista para el puesto de "
     "analista el jueves a las 10:00 en nuestra oficina de Valencia. ¿Te viene bien?\n\nUn saludo,\nMarta"),
    ("Uitnodiging sollicitatiegesprek", "Beste Lucía,\n\nBedankt voor je sollicitatie. We nodigen je graag uit "
     "voor een gesprek op dinsdag om 14.00 uur.\n\nMet vriendelijke groet,\nTeam HR {company}"),
]
R_OTHER = [
    ("Le journal du quartier", "Cette semaine : la fête de l'école, le marché de Noël et les travaux de la rue "
     "des Lilas. Merci à tous les bénévoles qui ont rendu cela possible. Bonne lecture !"),
    ("Ihre Rechnung für November", "Guten Tag,\n\nanbei erhalten Sie Ihre Rechnung Nr. {n} über 48,90 EUR. Der "
     "Betrag wird am 15. des Monats von Ihrem Konto abgebucht.\n\nIhr Stadtwerke-Team"),
    ("Tu pedido está en camino", "¡Buenas noticias! Tu pedido {n} ha salido de nuestro almacén y llegará en dos "
     "o tres días laborables. Puedes seguirlo desde tu cuenta."),
    ("Nieuwsbrief december", "In deze nieuwsbrief: de winterwandeling, de nieuwe openingstijden van de "
     "bibliotheek en een terugblik op het buurtfeest. Tot ziens!"),
    ("Re: dinner on Friday?", "Sounds great, see you at eight. Shall I bring dessert?\n\nOn Tue, Anna wrote:\n"
     "> Are you free on Friday for dinner at ours?\n> We could try the new recipe."),
    ("[climbing-club] Route setting this weekend", "Hi all, the wall will be closed on Saturday morning for route "
     "setting. Evening sessions run as usual. Chalk bags are back in stock at the desk."),
    ("Your boarding pass", "Your flight departs at 07:45 from gate B12. Please be at the gate 30 minutes before "
     "departure. Have a pleasant trip."),
    ("hey", "Running ten minutes late, save me a seat!"),
]
R_SENDERS = ["Quartier <journal@quartier.example>", "Stadtwerke <rechnung@stadtwerke.example>",
             "Tienda <pedidos@tienda.example>", "Bibliotheek <nieuws@bieb.example>", "Ben <ben@posteo.example>",
             "Climbing club <club@lists.climb.example>", "Airline <no-reply@fly.example>", "Mia <mia@web.example>"]
R_COMPANIES = ["Fjord Analytics", "Boulangerie Martin", "Schmidt & Söhne", "Construcciones Levante", "Zeewind BV"]


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _report_message(rng: random.Random, n: int, job_share: float, attachment_share: float,
                    attachment_kb: int) -> bytes:
    """A message of the report set: other shapes than `_message`'s (see the module's docstring)."""
    date = dt.datetime(2025, 3, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=n * 5)
    extra = ""
    if rng.random() < job_share:
        subject, body = rng.choice(R_JOB)
        company = rng.choice(R_COMPANIES)
        subject, body = subject.format(company=company), body.format(company=company)
        sender = f"{company} <careers@{company.split()[0].lower()}.example>"
    else:
        i = rng.randrange(len(R_OTHER))
        subject, body = R_OTHER[i]
        subject, body, sender = subject.format(n=n), body.format(n=n), R_SENDERS[i]
        if "lists." in sender:
            extra = f"List-Id: <club.lists.climb.example>\nList-Unsubscribe: <mailto:leave-{n}@lists.climb.example>\n"
        if rng.random() < 0.5 and not body.startswith(("Sounds", "Running")):
            body = "\n\n".join([body] * rng.randint(2, 8))  # newsletters run long
    headers = (f"From: {sender}\nTo: lucia@example.net\nSubject: {subject}\nDate: {format_datetime(date)}\n"
               f"Message-ID: <report-{n}@example.net>\nMIME-Version: 1.0\n{extra}")
    shape = rng.random()
    html = "<html><head><style>p{margin:0}</style></head><body><table><tr><td>" + "".join(
        f"<p>{p}</p>" for p in body.split("\n\n")) + "</td></tr></table><img src='https://t.example/p.gif'></body></html>"
    if shape < 0.35:  # HTML alone, quoted-printable
        parts = [f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(html)}"]
    elif shape < 0.55:  # plain and HTML alternatives
        alt = (f"Content-Type: multipart/alternative; boundary=\"a{n}\"\n\n--a{n}\nContent-Type: text/plain; "
               f"charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(body)}\n--a{n}\nContent-Type: "
               f"text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(html)}\n--a{n}--\n")
        parts = [alt]
    elif shape < 0.7:  # base64 text
        data = base64.encodebytes(body.encode("utf-8")).decode("ascii")
        parts = [f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{data}"]
    elif body.isascii():
        parts = [f"Content-Type: text/plain; charset=us-ascii\n\n{body}\n"]
    else:
        parts = ["Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                 + quopri.encodestring(body.encode("latin-1", "replace")).decode("ascii")]
    if rng.random() < attachment_share:
        data = base64.encodebytes(rng.randbytes(attachment_kb * 1024)).decode()
        parts.append(f"Content-Type: image/jpeg\nContent-Disposition: attachment; filename=\"IMG_{n}.jpg\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{data}")
    if len(parts) == 1:
        return (headers + parts[0]).encode()
    boundary = f"m{n}"
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return (headers + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n' + body).encode()


def generate(path: Path, *, count: int | None = None, size: int | None = None, job_share: float = 0.1,
             attachment_kb: int = 40, attachment_share: float = 0.05, seed: int = 7, report: bool = False) -> int:
    """Write an mbox message by message (never held whole); stop at `count` messages or `size` bytes. `report`:
    the report set's mail (another seed, other shapes)."""
    rng = random.Random(seed + 4 if report else seed)
    make = _report_message if report else _message
    written = n = 0
    with path.open("wb") as fh:
        while (count is None or n < count) and (size is None or written < size):
            raw = make(rng, n, job_share, attachment_share, attachment_kb)
            raw = b"\n".join(b">" + line if line.startswith(b"From ") else line for line in raw.split(b"\n"))
            chunk = b"From bench@example.net Wed Jan  1 00:00:00 2025\n" + raw + b"\n\n"
            fh.write(chunk)
            written += len(chunk)
            n += 1
    return n


def baseline(path: Path) -> tuple[float, float]:
    """Seconds of wall time and of CPU time for a bare parse."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for message in mailbox.mbox(path):
        message.get_payload()
    return time.perf_counter() - start, time.process_time() - start_cpu


def setup_django(data_dir: Path) -> None:
    os.environ["ONWARD_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "onward.settings"
    from onward.cli.context import setup_django as setup

    setup(data_dir)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_and_measure(path: Path, data_dir: Path, count: int, compare: bool) -> None:
    """The import alone, in a process of its own, so peak memory is the import's (the classifier is cached)."""
    setup_django(data_dir)
    from django.contrib.auth import get_user_model

    from onward.mail.classify import default_model
    from onward.mail.classify.rules import load_rules
    from onward.mail.classify.sentences import default_sentence_model, encoder
    from onward.mail.imports import import_path

    start = time.perf_counter()
    default_model()
    default_sentence_model()
    encoder().encode(["warm up"])
    print(f"classifier and sentence encoder loaded in {time.perf_counter() - start:.1f}s (once per process)")
    # The rules are the classifier's too, and also load once per process (before: inside the timed import).
    start = time.perf_counter()
    load_rules()
    print(f"classifier rules and language packs read in {time.perf_counter() - start:.2f}s (once per process)")
    owner, _ = get_user_model().objects.get_or_create(username="bench")
    rss_before = rss_mb()
    start, start_cpu = time.perf_counter(), time.process_time()
    report = import_path(owner, path)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"import: {report.summary()}")
    print(f"import: {count / elapsed:,.0f} messages/s ({elapsed:.2f}s; CPU {cpu:.2f}s)")
    print(f"peak RSS of the import process: {rss_mb():,.0f} MB (after start-up and loading the classifier: "
          f"{rss_before:,.0f} MB)")
    start = time.perf_counter()
    again = import_path(owner, path)
    print(f"re-import (all already in the ledger): {count / (time.perf_counter() - start):,.0f} messages/s, "
          f"{again.skipped:,} skipped")
    if compare:
        base, base_cpu = baseline(path)
        print(f"bare mailbox.mbox + email parse: {count / base:,.0f} messages/s ({base:.2f}s; CPU {base_cpu:.2f}s)")
        # CPU time too: on a machine shared with other work, wall time says as much about the neighbours.
        print(f"ratio import / bare parse: {elapsed / base:.2f} (CPU time: {cpu / base_cpu:.2f})")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--job-share", type=float, default=0.05, help="share of job mail (default 0.05)")
    parser.add_argument("--big", action="store_true", help="about 1 GB of mail; prints peak memory")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--set", choices=("tune", "report"), default="tune",
                        help="the default mail (tune) or the report set's other shapes")
    parser.add_argument("--child", nargs=4, metavar=("MBOX", "DATA_DIR", "COUNT", "COMPARE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import_and_measure(Path(args.child[0]), Path(args.child[1]), int(args.child[2]), args.child[3] == "1")
        return

    work = Path(tempfile.mkdtemp(prefix="onward-bench-mail-"))
    try:
        path = work / "bench.mbox"
        start = time.perf_counter()
        if args.big:
            count = generate(path, size=1024**3, job_share=args.job_share, attachment_share=0.25, attachment_kb=300)
        else:
            count = generate(path, count=args.messages, job_share=args.job_share, report=args.set == "report")
        size_mb = path.stat().st_size / 1024**2
        print(f"generated {count:,} messages ({args.set} set, {args.job_share:.0%} job mail), {size_mb:,.0f} MB "
              f"in {time.perf_counter() - start:.1f}s")

        # Train (or load) the classifier once for this data directory: not part of the import's figures.
        env = {**os.environ, "ONWARD_DATA_DIR": str(work / "data"), "DJANGO_SETTINGS_MODULE": "onward.settings"}
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from onward.cli.context import setup_django; setup_django(); "
                        "from onward.mail.classify import default_model; default_model(); "
                        "from onward.mail.classify.sentences import default_sentence_model; default_sentence_model()"],
                       env=env, check=True)
        print(f"classifier ready in {time.perf_counter() - start:.1f}s")

        # The bare parse runs after the import's peak memory is printed: mailbox.mbox indexes the whole file.
        compare = "0" if args.big else "1"
        subprocess.run([sys.executable, __file__, "--child", str(path), str(work / "data"), str(count), compare],
                       env=env, check=True)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
