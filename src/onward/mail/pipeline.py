"""Ingestion, top to bottom: ledger check → read → screen → classify → extract → link and apply, or review.

What the tracker already knows (onward.mail.context: the threads it kept, its contacts' addresses, the domains of
companies in play) is read once per import; a message it recognises passes the screen without job words and is
classified without the no-job-words penalty.

Every source (IMAP, mbox, .eml folder, upload) hands its IncomingMessage envelopes to `ingest`. A message
that is kept is committed together with its ledger row (one transaction per batch of messages), so a run
killed half-way loses nothing and duplicates nothing when it runs again. One bad message is recorded and the
rest continue.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from django.db import DatabaseError, transaction
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.mail import apply, learn, link, parse
from onward.mail.classify import classify_many
from onward.mail.context import Context, Known, Ref
from onward.mail.extract import extract
from onward.mail.ledger import Ledger
from onward.mail.models import LedgerEntry, MailMessage
from onward.mail.screen import among_colleagues, passes_by_words, reads_as_job, terse, unread_cannot_pass
from onward.mail.sources import MAX_MESSAGE_BYTES, IncomingMessage

logger = logging.getLogger(__name__)


class MessageTooBig(OnwardError):
    pass


@dataclass
class IngestReport:
    seen: int = 0
    skipped: int = 0  # already in the ledger
    applied: int = 0
    review: int = 0
    ignored: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # the first few, for the summary
    kept: list[int] = field(default_factory=list)  # MailMessage ids, applied or waiting for review
    problems: list[str] = field(default_factory=list)  # parts of the source that could not be read at all
    not_read: int = 0  # files of a folder that held no message (empty, or no e-mail at all)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        parts = [f"{self.seen} read", f"{self.applied} applied", f"{self.review} waiting for review",
                 f"{self.ignored} not job-related", f"{self.skipped} already imported"]
        if self.failed:
            parts.append(f"{self.failed} could not be read")
        return " ".join([", ".join(parts) + ".", *self.problems])


# The database work goes in batches of this many messages, one transaction each, so the write lock is never held
# long and a commit is not paid per message.
BATCH_SIZE = 64
# Those that pass the screen wait until this many (or this many bytes) are together: the classifier's fixed cost
# per call is larger than a message's own when it scores only the two or three of one batch.
CLASSIFY_BATCH = 32
CLASSIFY_BYTES = 4 * 1024 * 1024
_UNREAD = object()
# Why a short note let through without job words (screen.terse) waits for review, in words.
TERSE_WHY = ("A short note from someone your tracker does not know yet, with no word about a job: it waits for you "
             "to confirm it.")


@dataclass(eq=False)
class _Item:
    incoming: IncomingMessage
    message_id: str = ""
    content_hash: str = ""
    readable: parse.Readable | None = None
    parsed: parse.ParsedMessage | None = None
    classification: object = None
    waiting: bool = False  # passed the screen; until it is recorded, no message after it is announced
    context: Context | None = None  # what the tracker knows, shared by the whole import
    known: Known | None = None  # what it knows of this message's sender or thread
    terse: bool = False  # passed only as a person's short note (screen.terse): judged on its sentences, reviewed


def ingest(
    owner, messages: Iterable[IncomingMessage], *, on_message: Callable[[IncomingMessage], None] | None = None
) -> IngestReport:
    """Run every message through the steps. `on_message` is called with each message's envelope (without its
    bytes) once it is fully recorded, in the order the source gave them: an IMAP sync remembers the last one as
    where to start next time."""
    report = IngestReport()
    ledger = Ledger(owner)
    thresholds = apply.thresholds_for(owner)
    context = Context.load(owner)
    state = _Run(owner, ledger, report, thresholds, context=context)
    unannounced: deque[tuple[_Item | None, IncomingMessage]] = deque()
    waiting: list[_Item] = []  # passed the screen, not classified yet
    try:
        in_batch = 0
        # One message at a time up to the screen, so that only one message's bytes are held (and those waiting for
        # the classifier); the database work goes in batches.
        for incoming in messages:
            report.seen += 1
            item = _Item(incoming, context=context)
            steps = (check_ledger, glance, read_message, screen, parse_message)
            if all(step(item, ledger, report) for step in steps):
                item.waiting = True
                waiting.append(item)
            if on_message is not None:
                # The envelope without its bytes: messages wait here behind one the classifier has not seen yet.
                unannounced.append((item if item.waiting else None, replace(incoming, raw=b"")))
            in_batch += 1
            if in_batch < BATCH_SIZE:
                continue
            in_batch = 0
            ready = []
            if len(waiting) >= CLASSIFY_BATCH or sum(len(i.incoming.raw) for i in waiting) >= CLASSIFY_BYTES:
                ready, waiting = waiting, []
            state.record(ready)
            if on_message is not None:
                _announce(unannounced, on_message)
        # Those still waiting when the source ends; after a failure they are simply read again next time (no
        # ledger row was written for them).
        state.record(waiting)
        if on_message is not None:
            _announce(unannounced, on_message)
    finally:
        ledger.flush()
    return report


def _announce(unannounced: deque[tuple[_Item | None, IncomingMessage]],
              on_message: Callable[[IncomingMessage], None]) -> None:
    """on_message for the messages recorded so far, up to the first one still waiting for the classifier."""
    while unannounced and (unannounced[0][0] is None or not unannounced[0][0].waiting):
        on_message(unannounced.popleft()[1])


@dataclass
class _Run:
    """What one import keeps from batch to batch."""

    owner: object
    ledger: Ledger
    report: IngestReport
    thresholds: dict
    companies: link.Companies | None = None  # read when the first job message needs them
    context: Context | None = None
    memory: object = _UNREAD  # what the owner's reviews taught, read when the first message reaches the classifier

    def record(self, ready: list[_Item]) -> None:
        """Classify the messages that passed the screen, then keep or drop each; then write the batch."""
        owner, ledger, report = self.owner, self.ledger, self.report
        if ready and self.memory is _UNREAD:
            self.memory = learn.memory_for(owner)
        live = classify_batch(ready, ledger, report, learn.model_for(owner), self.memory) if ready else []
        live = [item for item in live if job_related(item, ledger, report, self.thresholds)]
        if live:
            if self.companies is None:
                self.companies = link.Companies(owner)
            else:
                self.companies.refresh()
        # One transaction per batch: each kept message is written together with its ledger row, and a commit per
        # message would cost more than most messages' work.
        with transaction.atomic():
            for item in live:
                try:
                    with transaction.atomic():  # a savepoint: a message the database refuses fails alone
                        extract_link_apply(owner, item, ledger, report, self.thresholds, self.companies)
                except Exception as exc:
                    # A database refusal, or a bug: never a polite "review" for a bug. The message fails alone
                    # (counted, logged, kept for `onward mail retry` once fixed) and the rest go on.
                    if not isinstance(exc, DatabaseError):
                        logger.exception("Applying message %r failed", item.message_id)
                    _fail(item, "store" if isinstance(exc, DatabaseError) else "apply", exc, ledger, report)
                    self.companies = link.Companies(owner)  # forget what the rolled-back savepoint had added
            ledger.flush()
        for item in ready:
            item.waiting = False


def _fail(item: _Item, step: str, exc: Exception, ledger: Ledger, report: IngestReport) -> bool:
    # The ledger keeps the technical reason (for a bug report); the person is told in words.
    reason = f"{step}: {type(exc).__name__}: {exc}"
    ledger.failed_later(item.incoming, item.message_id, item.content_hash, reason)
    report.failed += 1
    if len(report.errors) < 20:
        report.errors.append(f"({item.message_id or 'no Message-ID'}): {_in_words(step, exc)}")
    return False


def _in_words(step: str, exc: Exception) -> str:
    if isinstance(exc, MessageTooBig):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "its parts are nested too deeply to take apart"
    if step == "store":
        return "the database did not accept it"
    if step in ("read", "parse"):
        return "Onward could not take it apart"
    return "a bug in Onward stopped it; it is kept, to be tried again after an update"


def _ignore(item: _Item, ledger: Ledger, report: IngestReport) -> bool:
    ledger.later(item.incoming, item.message_id, item.content_hash, LedgerEntry.Outcome.IGNORED,
                 label=apply.NOT_JOB)
    report.ignored += 1
    return False


# 1. Ledger check: seen before (same Message-ID or same bytes) means done before.
def check_ledger(item: _Item, ledger: Ledger, report: IngestReport) -> bool:
    item.content_hash = parse.content_hash(item.incoming.raw)
    item.message_id = parse.quick_message_id(item.incoming.raw)
    if ledger.seen(item.message_id, item.content_hash):
        report.skipped += 1
        return False
    ledger.remember(item.message_id, item.content_hash)
    return True


# 2. Mail whose bytes show no job word at all, when reading could not make one appear, is dropped unread: most
#    mail (see screen.unread_cannot_pass), unless the tracker knows its sender or its thread.
def glance(item: _Item, ledger: Ledger, report: IngestReport) -> bool:
    if item.incoming.too_big or not unread_cannot_pass(item.incoming.raw):
        return True
    if item.context and item.context.of(*parse.quick_headers(item.incoming.raw)) is not None:
        return True
    return _ignore(item, ledger, report)


# 3. Read the MIME structure, the subject and the text (plain, or flattened HTML).
def read_message(item: _Item, ledger: Ledger, report: IngestReport) -> bool:
    if item.incoming.too_big:
        size = f"{item.incoming.too_big / 1024 / 1024:.0f} MB"
        return _fail(item, "read", MessageTooBig(f"it is {size}, more than an e-mail can be "
                                                 f"({MAX_MESSAGE_BYTES // 1024 // 1024} MB)"), ledger, report)
    try:
        item.readable = parse.read(item.incoming.raw)
    except Exception as exc:  # malformed mail of any kind: record it and go on with the rest
        return _fail(item, "parse", exc, ledger, report)
    return True


# 4. Screen out mail with no job words at all (most mail), cheaply, and mail among colleagues of one organisation
#    (screen.among_colleagues: its jobs are the company's); mail from a sender or in a thread the tracker knows goes
#    on whatever its words, and so does a person's short note with a `terse` cue (screen.terse).
def screen(item: _Item, ledger: Ledger, report: IngestReport) -> bool:
    msg = item.readable.msg
    if item.context:
        item.known = item.context.of(parse.decode_header_value(msg.get("From")), item.readable.subject,
                                     str(msg.get("In-Reply-To") or ""), str(msg.get("References") or ""))
    if item.known is not None:
        return True
    # The headers are looked at only for the few messages whose words would let them through.
    by_words = passes_by_words(item.readable.subject, item.readable.text)
    if by_words or reads_as_job(item.readable.subject, item.readable.text):
        if not among_colleagues(msg):
            # A person's short note let through only by what its own language's rules read in it names no job
            # either: it waits for review as any terse note does.
            item.terse = not by_words and terse(item.readable.subject, item.readable.text, msg)
            return True
    elif terse(item.readable.subject, item.readable.text, msg) and not among_colleagues(msg):
        item.terse = True
        return True
    item.readable = None  # the whole message (attachments too) need not wait for the rest of the batch
    return _ignore(item, ledger, report)


# 5. The rest of the headers (sender, date), only for mail that passed the screen.
def parse_message(item: _Item, ledger: Ledger, report: IngestReport) -> bool:
    try:
        item.parsed = parse.complete(item.readable)
    except Exception as exc:
        return _fail(item, "parse", exc, ledger, report)
    item.readable = None
    return True


# 6. Classify the rest together (with the user's retrained model and what their reviews taught, if any); if the
#    batch fails, one at a time, so only the culprit is recorded as failed.
def classify_batch(items: list[_Item], ledger: Ledger, report: IngestReport, model=None,
                   memory=None) -> list[_Item]:
    def request(item: _Item) -> dict:
        return {"subject": item.parsed.subject, "body": item.parsed.text, "sender": item.parsed.sender,
                "context": item.known.reason if item.known else "", "terse": item.terse}

    try:
        for item, c in zip(items, classify_many([request(i) for i in items], model=model, memory=memory),
                           strict=True):
            item.classification = c
        return items
    except Exception:  # a classifier bug must not stop an import
        kept = []
        for item in items:
            try:
                item.classification = classify_many([request(item)], model=model, memory=memory)[0]
                kept.append(item)
            except Exception as exc:
                _fail(item, "classify", exc, ledger, report)
        return kept


# 7. Not job-related (and sure of it): only the ledger row remains.
def job_related(item: _Item, ledger: Ledger, report: IngestReport, thresholds: dict) -> bool:
    c = item.classification
    # A short note let through without job words is kept only when its sentences read as job mail.
    if c.label == apply.NOT_JOB and (item.terse or c.confidence >= thresholds.get(apply.NOT_JOB, 1.0)):
        return _ignore(item, ledger, report)
    return True


# 8. Extract company, role, relay, interview time and people; link to an application and apply it, or queue it
#    for review; inside the batch's transaction, so together with the message's ledger row.
def extract_link_apply(owner, item: _Item, ledger: Ledger, report: IngestReport, thresholds: dict,
                       companies: link.Companies | None = None) -> None:
    parsed, c = item.parsed, item.classification
    try:
        facts = extract(parsed)
    except Exception as exc:
        _fail(item, "extract", exc, ledger, report)
        return
    entry = ledger.entry(item.incoming, item.message_id, item.content_hash, LedgerEntry.Outcome.REVIEW,
                         label=c.label)
    message = MailMessage(
        owner=owner, ledger=entry, subject=parsed.subject, sender=parsed.sender,
        sent_at=parsed.date or item.incoming.received_at or timezone.now(), body=parsed.text,
        body_html=parsed.html, label=c.label, confidence=c.confidence,
        classification={**c.to_dict(), "deciding_sentences": c.deciding_sentences, "language": c.language,
                        **({"learned_from": c.learned_from} if c.learned_from else {}),
                        **({"context": item.known.reason} if item.known else {})},
        evidence=list(c.evidence) + ([TERSE_WHY] if item.terse else []),
        extracted={**facts.to_dict(), "sender_domain": parsed.sender_domain},
    )
    known = item.known
    if known is not None and known.application is not None and known.kind in ("thread", "subject") \
            and c.label != apply.NOT_JOB:
        # A reply in the thread is about that application, though it may name neither the company nor the role (an
        # address or a domain may write about several).
        message.application_id = known.application
    # Words alone, without a job word or anything the tracker knows, are not sure enough to change the tracker: a
    # short note from someone new waits for the person's review.
    apply.keep(entry, message, {} if item.terse else thresholds, companies=companies)
    if item.context is not None:
        item.context.remember(item.message_id, parsed.subject,
                              Ref(facts.company or "", message.application_id))
    report.count(entry.outcome)
    report.kept.append(message.pk)
