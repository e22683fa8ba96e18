"""The pipeline end to end, with a stand-in classifier so each test decides the label itself."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.mail import apply, pipeline, screen
from onward.mail.ledger import _Keys
from onward.mail.models import LabelThreshold, LedgerEntry, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.tracker import services as tracker
from onward.tracker.models import Application, Interview, StageChange
from tests.mail.conftest import make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_classifier")]

RECENT = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)


def _in(*raws: bytes, source: str = "eml") -> list[IncomingMessage]:
    return [IncomingMessage(raw=r, source=source) for r in raws]


def ack(company="Acme", title="Data Analyst", sender="Acme Careers <jobs@acme.example>", n=1, **kw):
    return make_message(f"{title} at {company}: your application", f"Thank you for applying to {company}.",
                        sender, message_id=f"<ack-{company}-{n}@x>", date=kw.pop("date", RECENT), **kw)


def rejection(company="Acme", title="Data Analyst", sender="no-reply@greenhouse.io", n=1):
    body = f"Thank you for applying to {company}. Unfortunately we will not move forward with your application."
    return make_message(f"Your application for {title}", body, sender, message_id=f"<rej-{company}-{n}@x>",
                        date=RECENT)


def other(n=1):
    return make_message(f"Garden club news {n}", "The tomatoes are ripe.", message_id=f"<other-{n}@x>")


def test_acknowledgement_creates_an_application_with_its_reason(alice):
    report = ingest(alice, _in(ack()))
    assert (report.applied, report.review) == (1, 0)
    app = Application.objects.get(owner=alice)
    assert (app.company.name, app.title, app.stage) == ("Acme", "Data Analyst", "applied")
    change = app.stage_changes.get()
    assert change.origin == "mail"
    assert "Data Analyst at Acme: your application" in change.reason
    msg = MailMessage.objects.get(owner=alice)
    assert msg.application == app
    assert msg.effects == [{"kind": "application", "id": app.pk}, {"kind": "stage_change", "id": change.pk}] or (
        msg.effects[0] == {"kind": "application", "id": app.pk})
    assert msg.ledger.outcome == LedgerEntry.Outcome.APPLIED


def test_running_again_changes_nothing(alice):
    messages = [ack(), other(), rejection(company="Globex")]
    ingest(alice, _in(*messages))
    counts = (LedgerEntry.objects.count(), MailMessage.objects.count(), Application.objects.count(),
              StageChange.objects.count())
    report = ingest(alice, _in(*messages, source="mbox:other.mbox"))
    assert report.skipped == 3
    assert counts == (LedgerEntry.objects.count(), MailMessage.objects.count(), Application.objects.count(),
                      StageChange.objects.count())


def test_same_message_id_with_different_bytes_is_a_duplicate(alice):
    ingest(alice, _in(ack()))
    copy = ack().replace(b"Thank you", b"Thanks")
    assert ingest(alice, _in(copy)).skipped == 1


def test_other_mail_leaves_only_a_ledger_row(alice):
    report = ingest(alice, _in(other(1), other(2)))
    assert report.ignored == 2
    assert not MailMessage.objects.exists()
    rows = list(LedgerEntry.objects.filter(owner=alice).values("outcome", "message_id", "label"))
    assert rows and all(r["outcome"] == "ignored" and r["label"] == "other" for r in rows)
    assert {r["message_id"] for r in rows} == {"<other-1@x>", "<other-2@x>"}


def test_a_run_killed_half_way_loses_nothing_and_duplicates_nothing(alice, monkeypatch):
    messages = [ack(n=1, company="Acme"), other(1), ack(company="Globex", n=2), other(2), ack(company="Initech")]
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    monkeypatch.setattr(pipeline, "CLASSIFY_BATCH", 1)  # each batch's job message is classified with its batch
    real_keep = apply.keep
    kept = 0

    def killed_on_the_second(entry, message, thresholds, **kwargs):
        nonlocal kept
        kept += 1
        real_keep(entry, message, thresholds, **kwargs)
        if kept == 2:
            raise KeyboardInterrupt  # the process dies inside the message's transaction

    monkeypatch.setattr(apply, "keep", killed_on_the_second)
    done = []
    with pytest.raises(KeyboardInterrupt):
        ingest(alice, _in(*messages), on_message=done.append)
    assert len(done) == 2  # only the first batch was reported as fully recorded
    assert list(Application.objects.values_list("company__name", flat=True)) == ["Acme"]
    monkeypatch.setattr(apply, "keep", real_keep)
    ingest(alice, _in(*messages))
    assert sorted(Application.objects.values_list("company__name", flat=True)) == ["Acme", "Globex", "Initech"]
    assert MailMessage.objects.count() == 3
    assert LedgerEntry.objects.count() == 5


def test_job_mail_waits_to_be_classified_together_and_nothing_after_it_is_announced_before_it(alice, monkeypatch):
    messages = [ack(n=1, company="Acme"), other(1), other(2), other(3), ack(n=2, company="Globex"), other(4)]
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    monkeypatch.setattr(pipeline, "CLASSIFY_BATCH", 2)
    sizes = []
    real_classify = pipeline.classify_many

    def counting(requests, model=None, memory=None):
        sizes.append(len(requests))
        return real_classify(requests, model=model, memory=memory)

    monkeypatch.setattr(pipeline, "classify_many", counting)
    announced = []

    def on_message(incoming):
        # An IMAP sync starts after the last message announced: all before it must be recorded already.
        assert LedgerEntry.objects.filter(owner=alice).count() >= len(announced) + 1
        assert incoming.raw == b""
        announced.append(incoming.uid)

    incoming = [IncomingMessage(raw=r, source="imap:1", uid=n) for n, r in enumerate(messages, 1)]
    report = ingest(alice, incoming, on_message=on_message)
    assert sizes == [2]  # the two acknowledgements, three batches apart, in one call
    assert announced == [1, 2, 3, 4, 5, 6]
    assert (report.applied, report.ignored) == (2, 4)
    assert sorted(Application.objects.values_list("company__name", flat=True)) == ["Acme", "Globex"]


def test_a_run_killed_while_job_mail_waits_loses_nothing(alice, monkeypatch):
    messages = [ack(n=1, company="Acme"), other(1), other(2), other(3)]
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)

    def killed(requests, model=None, memory=None):
        raise KeyboardInterrupt

    done = []
    with monkeypatch.context() as m:
        m.setattr(pipeline, "classify_many", killed)  # dies when the waiting ack is finally classified
        with pytest.raises(KeyboardInterrupt):
            ingest(alice, _in(*messages), on_message=done.append)
    assert done == []  # the others were recorded, but they come after the ack, which was not
    assert LedgerEntry.objects.count() == 3 and not Application.objects.exists()
    report = ingest(alice, _in(*messages))
    assert (report.skipped, report.applied) == (3, 1)
    assert list(Application.objects.values_list("company__name", flat=True)) == ["Acme"]


def test_failures_are_recorded_and_the_rest_continue(alice, monkeypatch):
    real_read = pipeline.parse.read

    def fragile_read(raw):
        if b"EXPLODE" in raw:
            raise ValueError("cannot read this one")
        return real_read(raw)

    monkeypatch.setattr(pipeline.parse, "read", fragile_read)
    # A message with job words in it is read (one without any is dropped unread: see the test below).
    report = ingest(alice, _in(make_message("EXPLODE", "About your application"), ack()))
    assert (report.failed, report.applied) == (1, 1)
    failed = LedgerEntry.objects.get(outcome="failed")
    assert failed.error == "parse: ValueError: cannot read this one"
    # The person reads why in words; the technical reason stays in the ledger.
    assert report.errors == ["(no Message-ID): Onward could not take it apart"]


def test_a_classifier_error_is_recorded_for_that_message_only(alice, monkeypatch, fake_classifier):
    def fragile(messages, model=None, memory=None):
        if any("EXPLODE" in m["subject"] for m in messages):
            raise RuntimeError("model missing")
        return [fake_classifier(m["subject"], m["body"], m["sender"]) for m in messages]

    monkeypatch.setattr(pipeline, "classify_many", fragile)
    report = ingest(alice, _in(make_message("EXPLODE your application", "x"), ack()))
    assert (report.failed, report.applied) == (1, 1)
    assert LedgerEntry.objects.get(outcome="failed").error == "classify: RuntimeError: model missing"


@pytest.mark.parametrize(
    "raw",
    [
        b"Subject: your application\nContent-Type: multipart/mixed; boundary=zz\n\n--yy\nbroken",
        b"Subject: your application\nContent-Type: text/plain; charset=klingon-8\n\nThank you for applying \xff\xfe",
        make_message("Your application", "Thank you for applying to Acme.", attachment=b"\x01" * (20 * 1024 * 1024)),
        make_message("Your application", "", html="<p>Thank you for applying to Acme</p><script>steal()</script>"),
        b"Subject: your application\n\n",
        "Subject: Ihre Bewerbung bei Acme\n\nVielen Dank für Ihre Bewerbung. Your application…".encode(),
        b"",
    ],
    ids=["malformed-mime", "unknown-charset", "20mb-attachment", "html-script", "empty-body", "german", "empty"],
)
def test_bad_input_never_crashes(alice, raw):
    report = ingest(alice, _in(raw))
    assert report.seen == 1
    assert report.failed + report.applied + report.review + report.ignored == 1
    for msg in MailMessage.objects.all():
        assert "steal()" not in msg.body


def test_low_confidence_waits_for_review_and_shows_why(alice):
    raw = make_message("[unsure] Following up",
                       "Thanks for your note about your application, the role and the interview at Acme.",
                       "hr@acme.example")
    report = ingest(alice, _in(raw))
    assert report.review == 1
    msg = MailMessage.objects.get()
    assert msg.status == "review"
    assert msg.evidence == ['phrase "[unsure]"']
    assert not Application.objects.exists()


def test_thresholds_are_data_per_user(alice):
    LabelThreshold.objects.create(owner=alice, label="application_ack", min_confidence=0.99)
    assert ingest(alice, _in(ack())).review == 1
    assert apply.thresholds_for(alice)["rejection"] == apply.DEFAULT_THRESHOLDS["rejection"]


def test_confirming_in_review_applies_and_stores_the_label(alice):
    ingest(alice, _in(make_message("[unsure] Your application", "Thank you for applying to Acme.", "hr@acme.example")))
    msg = MailMessage.objects.get()
    apply.review(msg, "application_ack")
    msg.refresh_from_db()
    assert (msg.status, msg.reviewed_label) == ("confirmed", "application_ack")
    assert msg.application.company.name == "Acme"
    assert "(confirmed by you)" in msg.application.stage_changes.get().reason
    assert LedgerEntry.objects.get().outcome == "applied"
    with pytest.raises(apply.MailError, match="already been reviewed"):
        apply.review(msg, "rejection")


def test_correcting_to_not_job_related_drops_the_html(alice):
    ingest(alice, _in(make_message("[unsure] x", "words about your application", html="<p>words</p>")))
    msg = MailMessage.objects.get()
    apply.review(msg, "other")
    msg.refresh_from_db()
    assert (msg.status, msg.reviewed_label, msg.body_html) == ("dismissed", "other", "")
    assert LedgerEntry.objects.get().outcome == "ignored"
    assert not Application.objects.exists()


def test_review_can_choose_the_application(alice):
    app = tracker.create_application(alice, company_name="Northwind", title="Analyst")
    ingest(alice, _in(make_message("[unsure] Update", "We have decided on the role you applied for.",
                                   "no-reply@lever.co")))
    msg = MailMessage.objects.get()
    with pytest.raises(apply.MailError, match="Unknown label"):
        apply.review(msg, "banana")
    apply.review(msg, "interview", application_id=app.pk)
    app.refresh_from_db()
    assert app.stage == "interviewing"


def test_rejection_for_an_unknown_job_creates_a_closed_application_with_history(alice):
    ingest(alice, _in(rejection(company="Globex", title="Backend Engineer")))
    app = Application.objects.get()
    assert (app.company.name, app.title, app.stage) == ("Globex", "Backend Engineer", "rejected")
    assert list(app.stage_changes.values_list("from_stage", "to_stage")) == [("", "applied"), ("applied", "rejected")]
    assert app.rejection.origin == "mail"
    assert app.rejection.rejection_type == "not_selected"


def test_rejection_after_an_unlinked_acknowledgement_uses_the_ack_date(alice):
    LabelThreshold.objects.create(owner=alice, label="application_ack", min_confidence=0.99)
    ack_date = RECENT - dt.timedelta(days=20)
    ingest(alice, _in(ack(company="Globex", date=ack_date)))
    ingest(alice, _in(rejection(company="Globex")))
    app = Application.objects.get()
    assert app.stage_changes.first().changed_at == ack_date.replace(microsecond=0)


def test_relay_rejection_links_to_the_existing_application(alice):
    app = tracker.create_application(alice, company_name="Acme Inc.", title="Data Analyst")
    ingest(alice, _in(rejection(company="Acme", sender="Acme <no-reply@greenhouse.io>")))
    app.refresh_from_db()
    assert app.stage == "rejected"
    assert Application.objects.count() == 1


def test_a_rejection_replaces_ghosted_but_not_withdrawn(alice):
    ghosted = tracker.create_application(alice, company_name="Acme", title="Data Analyst")
    tracker.move(ghosted, "ghosted")
    withdrawn = tracker.create_application(alice, company_name="Birch", title="Data Analyst")
    tracker.move(withdrawn, "withdrawn")
    ingest(alice, _in(rejection(company="Acme"), rejection(company="Birch")))
    ghosted.refresh_from_db()
    withdrawn.refresh_from_db()
    assert (ghosted.stage, withdrawn.stage) == ("rejected", "withdrawn")


def test_meta_is_not_metabase(alice):
    metabase = tracker.create_application(alice, company_name="Metabase", title="Data Analyst")
    ingest(alice, _in(rejection(company="Meta")))
    metabase.refresh_from_db()
    assert metabase.stage == "applied"
    assert Application.objects.get(company__name="Meta").stage == "rejected"


def test_linking_by_company_email_domain(alice):
    app = tracker.create_application(alice, company_name="Initrode", title="Engineer")
    app.company.email_domains = "initrode.example"
    app.company.save()
    raw = make_message("Interview", "We would like to invite you to an interview.", "Sam <sam@hr.initrode.example>")
    ingest(alice, _in(raw))
    app.refresh_from_db()
    assert app.stage == "interviewing"


def test_fuzzy_title_picks_the_right_role(alice):
    analyst = tracker.create_application(alice, company_name="Acme", title="Data Analyst")
    backend = tracker.create_application(alice, company_name="Acme", title="Backend Engineer (Python)")
    ingest(alice, _in(rejection(company="Acme", title="Backend Engineer")))
    analyst.refresh_from_db()
    backend.refresh_from_db()
    assert (analyst.stage, backend.stage) == ("applied", "rejected")


def test_interview_with_a_date_is_scheduled_and_undo_restores(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Data Analyst")
    raw = make_message("Interview invitation: Data Analyst", "We would like to invite you to an interview on "
                       "March 12, 2025 at 3:00 PM UTC.", "Jane <jane@acme.example>",
                       date=dt.datetime(2025, 3, 3, tzinfo=dt.UTC))
    ingest(alice, _in(raw))
    interview = Interview.objects.get(application=app)
    assert interview.scheduled_at == dt.datetime(2025, 3, 12, 15, 0, tzinfo=dt.UTC)
    assert interview.origin == "mail"
    app.refresh_from_db()
    assert app.stage == "interviewing"

    msg = MailMessage.objects.get()
    apply.undo(msg)
    app.refresh_from_db()
    assert app.stage == "applied"
    assert not Interview.objects.exists()
    assert list(app.stage_changes.values_list("to_stage", flat=True)) == ["applied"]
    assert msg.status == "undone"
    with pytest.raises(apply.MailError, match="nothing to undo"):
        apply.undo(msg)


def test_an_old_invitation_is_dated_when_it_came_not_when_it_was_imported(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Data Analyst",
                                      at=dt.datetime(2025, 2, 20, tzinfo=dt.UTC))
    sent = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)
    ingest(alice, _in(make_message("Interview invitation: Data Analyst", "We would like to invite you to an "
                                   "interview on March 12, 2025 at 3:00 PM UTC.", "Jane <jane@acme.example>",
                                   date=sent)))
    app.refresh_from_db()
    assert app.stage == "interviewing"
    assert app.stage_changes.get(to_stage="interviewing").changed_at == sent
    assert app.last_activity_at < dt.datetime(2025, 3, 13, tzinfo=dt.UTC)


def test_interview_without_a_date_still_moves_the_stage(alice):
    ingest(alice, _in(make_message("Interview", "Let's set up an interview soon.", "Acme Careers <hr@acme.example>")))
    app = Application.objects.get()
    assert app.stage == "interviewing"
    assert not Interview.objects.exists()


def test_undo_deletes_an_application_the_message_created(alice):
    ingest(alice, _in(ack()))
    apply.undo(MailMessage.objects.get())
    assert not Application.objects.exists()
    assert MailMessage.objects.get().application is None


def test_undo_keeps_an_application_something_else_happened_to(alice):
    ingest(alice, _in(rejection(company="Globex")))
    app = Application.objects.get()
    tracker.add_note(alice, "Asked a friend there for feedback.", application=app)
    apply.undo(MailMessage.objects.get())
    app.refresh_from_db()
    assert app.stage == "applied"
    assert not hasattr(app, "rejection") or not type(app).rejection.related.related_model.objects.filter(
        application=app).exists()
    assert not app.tasks.exists()


def test_each_user_has_their_own_ledger_and_applications(alice, bob):
    app = tracker.create_application(alice, company_name="Acme", title="Data Analyst")
    ingest(alice, _in(other()))
    report = ingest(bob, _in(rejection(company="Acme"), other()))
    assert report.skipped == 0
    app.refresh_from_db()
    assert app.stage == "applied"
    bobs = Application.objects.get(owner=bob)
    assert bobs.stage == "rejected"
    assert MailMessage.objects.get().owner == bob


def test_timeline_entries_for_the_tracker(alice):
    from onward.mail.timeline import timeline_entries

    ingest(alice, _in(ack()))
    app = Application.objects.get()
    [entry] = timeline_entries(app)
    msg = MailMessage.objects.get()
    assert (entry.kind, entry.origin, entry.obj) == ("mail", "mail", msg)
    assert entry.title == "E-mail: Data Analyst at Acme: your application"
    assert entry.body.startswith("Application received, applied automatically.")
    assert entry.reason == "Looks like a note that your application arrived."  # words, not the classifier's evidence


def test_a_rejection_for_an_application_already_closed_says_it_changed_nothing(alice):
    from onward.mail.timeline import timeline_entries

    app = tracker.create_application(alice, company_name="Acme", title="Data Analyst")
    tracker.move(app, "rejected")
    ingest(alice, _in(rejection(company="Acme")))
    [entry] = timeline_entries(app)
    assert entry.body.startswith("Rejection, read automatically; it matched what was already recorded, so nothing "
                                 "changed.")
    assert not apply.describe_effects(MailMessage.objects.get())


def test_effects_are_described_in_words(alice):
    ingest(alice, _in(rejection(company="Globex")))
    words = apply.describe_effects(MailMessage.objects.get())
    assert words[0] == "Added the application"
    assert "Logged the rejection" in words


def test_effects_are_exactly_the_rows_the_message_made(alice):
    from onward.playbook.models import Rejection

    app = tracker.create_application(alice, company_name="Acme", title="Data Analyst")
    own_task = tracker.add_task(alice, title="Prepare a portfolio", application=app)
    ingest(alice, _in(rejection(company="Acme")))
    msg = MailMessage.objects.get()
    change = app.stage_changes.get(to_stage="rejected")
    plan = sorted(app.tasks.exclude(pk=own_task.pk).values_list("pk", flat=True))
    assert plan  # a recent rejection gets a recovery plan
    assert msg.effects == [
        {"kind": "stage_change", "id": change.pk},
        *({"kind": "task", "id": pk} for pk in plan),
        {"kind": "rejection", "id": Rejection.objects.get(application=app).pk},
    ]
    apply.undo(msg)
    assert list(app.tasks.values_list("pk", flat=True)) == [own_task.pk]
    assert list(app.stage_changes.values_list("to_stage", flat=True)) == ["applied"]


def test_an_application_added_by_hand_while_an_import_runs_is_found(alice, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)

    def by_hand(_incoming):
        if not Application.objects.filter(company__name="Globex").exists():
            tracker.create_application(alice, company_name="Globex", title="Data Analyst")

    ingest(alice, _in(ack(), rejection(company="Globex")), on_message=by_hand)
    globex = Application.objects.get(owner=alice, company__name="Globex")
    assert globex.stage == "rejected"
    assert MailMessage.objects.get(label="rejection").application == globex


def test_two_messages_from_a_new_company_in_one_batch_share_its_application(alice):
    ingest(alice, _in(ack(company="Initech"), rejection(company="Initech")))
    app = Application.objects.get(owner=alice)
    assert (app.company.name, app.stage) == ("Initech", "rejected")
    assert MailMessage.objects.filter(application=app).count() == 2


def test_ledger_rows_another_run_wrote_first_are_kept_once(alice):
    from onward.mail.ledger import Ledger

    first, second = Ledger(alice), Ledger(alice)
    incoming = _in(other(1))[0]
    for ledger in (first, second):  # both runs saw the message before either recorded it
        ledger.add_later(ledger.entry(incoming, "<other-1@x>", "hash-1", LedgerEntry.Outcome.IGNORED, label="other"))
    first.flush()
    second.flush()
    assert list(LedgerEntry.objects.values_list("message_id", "outcome")) == [("<other-1@x>", "ignored")]


def test_the_ledger_keeps_what_it_has_seen_compactly_and_forgets_nothing():
    keys = _Keys()
    for n in range(25_000):
        keys.add(f"<m{n}@x>")
    assert len(keys.sorted) >= 20_000  # most are in the compact array, merged from the set twice
    assert all(f"<m{n}@x>" in keys for n in range(0, 25_000, 7))
    assert not any(f"<other-{n}@x>" in keys for n in range(2_000))


def test_mail_is_dropped_unread_only_when_reading_it_could_not_show_a_job_word(alice, monkeypatch):
    real_read = pipeline.parse.read
    read = []

    def counting_read(raw):
        read.append(raw)
        return real_read(raw)

    monkeypatch.setattr(pipeline.parse, "read", counting_read)
    plain = make_message("Garden club news", "The tomatoes are ripe.", message_id="<plain@x>")
    # Job words the bytes do not show as such: an encoded subject, a base64 body, HTML tags inside a word.
    encoded_subject = make_message("Ihre Bewerbung bei Acme – Einladung", "Bis bald.", message_id="<enc@x>")
    base64_body = make_message("Hello", "We received your application. " + "\u00e9" * 80, message_id="<b64@x>")
    # HTML alone (the plain part is blank): its text is the HTML's, whose tags may join letters into a job word.
    split_by_tags = make_message("Hello", "", html="<p>Your appli<b>cation</b> was received.</p>",
                                 message_id="<html@x>")
    assert b"=?" in encoded_subject and b"base64" in base64_body.lower()
    report = ingest(alice, _in(plain, encoded_subject, base64_body, split_by_tags))
    assert plain not in read and len(read) == 3
    assert report.ignored >= 1 and report.seen == 4


def test_html_beside_a_plain_first_part_is_never_read_so_it_does_not_stop_mail_being_dropped_unread(alice,
                                                                                                   monkeypatch):
    real_read = pipeline.parse.read
    read = []
    monkeypatch.setattr(pipeline.parse, "read", lambda raw: read.append(raw) or real_read(raw))
    html = "<p>Your appli<b>cation</b> was received.</p>"
    beside_plain = make_message("Garden club news", "The tomatoes are ripe.", html=html, message_id="<a@x>")
    # Reading it takes the plain part: the words the HTML's tags make are never screened.
    readable = pipeline.parse.read(beside_plain)
    assert not screen.passes(readable.subject, readable.text)
    read.clear()
    # Read as usual: the HTML comes first, the plain part is blank, or the first part is an attachment.
    html_first = (b"From: a@x\nSubject: Hello\nMessage-ID: <b@x>\nContent-Type: multipart/alternative; "
                  b'boundary="q"\n\n--q\nContent-Type: text/html\n\n' + html.encode() +
                  b"\n--q\nContent-Type: text/plain\n\nHi\n--q--\n")
    blank_plain = html_first.replace(b"<b@x>", b"<c@x>").replace(
        b"--q\nContent-Type: text/html", b"--q\nContent-Type: text/plain\n\n \n--q\nContent-Type: text/html")
    attached = html_first.replace(b"<b@x>", b"<d@x>").replace(
        b"Content-Type: text/html", b"Content-Type: text/plain\nContent-Disposition: attachment", 1)
    report = ingest(alice, _in(beside_plain, html_first, blank_plain, attached))
    assert beside_plain not in read and read == [html_first, blank_plain, attached]
    assert report.seen == 4 and report.ignored + report.review + report.applied == 4
    # What the screen decides is the same whether the message is read or not.
    assert LedgerEntry.objects.get(owner=alice, message_id="<a@x>").outcome == LedgerEntry.Outcome.IGNORED
