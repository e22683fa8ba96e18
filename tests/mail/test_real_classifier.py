"""One pass through the pipeline with the real classifier (the other tests use a stand-in)."""

import pytest

from onward.mail.models import LabelThreshold, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.tracker.models import Application
from tests.mail.conftest import make_message

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_acknowledgement_and_newsletter_with_the_real_classifier(alice):
    ack = make_message(
        "Thank you for applying to Northwind Traders",
        "Hi Sam,\n\nThank you for applying for the Data Engineer position at Northwind Traders. We have received "
        "your application and our recruiting team will review it. We will be in touch about next steps.\n\n"
        "Best regards,\nNorthwind Traders Talent Acquisition",
        "Northwind Traders <no-reply@greenhouse.io>", message_id="<real-ack@x>",
    )
    news = make_message("Your weekly garden digest", "Tomatoes, roses and a recipe for plum jam.",
                        message_id="<real-news@x>")
    # The threshold is the user's to set; fixed here so the test does not depend on the exact confidence.
    LabelThreshold.objects.create(owner=alice, label="application_ack", min_confidence=0.5)
    report = ingest(alice, [IncomingMessage(raw=ack, source="eml"), IncomingMessage(raw=news, source="eml")])
    assert (report.ignored, report.applied) == (1, 1)
    assert MailMessage.objects.get().label == "application_ack"
    app = Application.objects.get()
    assert (app.company.name, app.title, app.stage) == ("Northwind Traders", "Data Engineer", "applied")


def test_a_german_rejection_is_kept_with_the_sentence_that_decided_it(alice):
    rejection = make_message(
        "Ihre Bewerbung bei Quarry & Co",
        "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Bewerbung als Datenanalystin und die Zeit, die Sie sich "
        "genommen haben. Wir haben uns nach reiflicher Überlegung für eine Bewerberin entschieden, deren Profil "
        "noch genauer zu unseren Anforderungen passt.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        "Quarry & Co <jobs@quarryandco.example>", message_id="<real-de@x>",
    )
    ingest(alice, [IncomingMessage(raw=rejection, source="eml")])
    message = MailMessage.objects.get()
    assert message.label == "rejection", message.evidence
    assert message.classification["language"] == "de"
    decided = message.classification["deciding_sentences"]
    assert decided and "entschieden" in decided[0]
