"""Linking a message to the company and role it is about: names compared as people read them, sender domains
that spell a company's name, relays that never name one, and the role from the subject or body."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.core.names import company_key, company_keys, domain_keys, registrable_label
from onward.mail.extract import extract_title, relay_vendor
from onward.mail.parse import ParsedMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.tracker import services as tracker
from onward.tracker.models import UNNAMED_ROLE, Application, Company
from tests.mail.conftest import make_message

RECENT = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)


@pytest.mark.parametrize("a, b", [
    ("Quarry & Co", "QUARRY AND CO."), ("Quarry & Co", "Quarry Co, Inc."),
    ("Société Générale S.A.", "societe generale"),
    ("The Acme Company", "Acme GmbH"), ("Nordlicht B.V.", "Nordlicht BV"),
])
def test_names_written_differently_have_one_key(a, b):
    assert company_key(a) == company_key(b) != ""


@pytest.mark.parametrize("a, b", [
    ("Müller & Söhne GmbH", "Mueller und Soehne"), ("Müller & Söhne GmbH", "Muller und Sohne"),
    ("Bäckerei Groß", "Baeckerei Gross"), ("Straße Bau", "Strasse Bau"),
])
def test_umlauts_match_written_either_way(a, b):
    assert company_keys(a) & company_keys(b)


@pytest.mark.parametrize("a, b", [("Meta", "Metabase"), ("Acme Robotics", "Acme"), ("Globex", "Initech"),
                                  ("Straße Bau", "Strae Bau"), ("Boeing", "Bing"), ("Aeon", "Aon")])
def test_different_names_keep_different_keys(a, b):
    assert not company_keys(a) & company_keys(b)


def test_a_domain_spells_a_company_name():
    assert registrable_label("careers.mail.acme.co.uk") == "acme"
    assert company_key("Quarry & Co") in domain_keys("quarryandco.com")
    assert company_key("Quarry & Co") in domain_keys("jobs.quarryco.com")
    assert company_key("Pine & Oak") in domain_keys("pineandoak.example")  # a glued "and" between two words
    assert company_key("Acme") in domain_keys("acmehq.com")
    assert company_keys("Müller Logistik") & domain_keys("karriere.muellerlogistik.de")
    assert company_keys("Mölnlycke") & domain_keys("molnlycke.com")  # Swedish domains drop the dots
    assert not company_keys("Bing") & domain_keys("boeing.com")
    assert "dis" not in domain_keys("co.uk")


@pytest.mark.parametrize("domain, vendor", [
    ("us.smartrecruitersmail.com", "SmartRecruiters"), ("mail.comeet.co", "Comeet"), ("hire.lever.co", "Lever"),
    ("wd5.myworkdayjobs.com", "Workday"), ("quarryandco.com", ""),
])
def test_relay_senders_are_known_from_data(domain, vendor):
    assert relay_vendor(domain) == vendor


def _parsed(subject: str, body: str = "") -> ParsedMessage:
    return ParsedMessage("", subject, "", "", "", "", None, body, "")


@pytest.mark.parametrize("subject, body, title", [
    ("Data Analyst Intern – Summer 2018", "Thanks for your interest.", "Data Analyst Intern – Summer 2018"),
    ("Thank you for applying: Data Analyst Intern – Summer 2018", "", "Data Analyst Intern – Summer 2018"),
    ("Application received - Software Engineer, Platform", "Hi.", "Software Engineer, Platform"),
    ("An update from Quarry & Co", "Position: Senior Backend Engineer\nThanks again.", "Senior Backend Engineer"),
    ("Your application to Acme", "Thank you for your interest in the Marketing Coordinator role.",
     "Marketing Coordinator"),
    ("Important information about your application", "We have reviewed everything carefully.", ""),
])
def test_the_role_comes_from_the_subject_or_body(subject, body, title):
    assert extract_title(_parsed(subject, body)) == title


@pytest.mark.django_db
def test_the_tracker_never_creates_a_company_twice_under_another_spelling(alice):
    first = tracker.get_or_create_company(alice, "Quarry & Co")
    assert tracker.get_or_create_company(alice, "QUARRY AND CO.") == first
    app = tracker.create_application(alice, company_name="Quarry Co, Inc.", title="Analyst")
    assert app.company == first
    assert Company.objects.filter(owner=alice).count() == 1
    assert tracker.get_or_create_company(alice, "Quarry Robotics") != first



@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_sender_domain_that_spells_the_name_links_to_the_existing_company(alice):
    app = tracker.create_application(alice, company_name="Quarry & Co", title="Data Analyst")
    raw = make_message("Your application", "Unfortunately we will not move forward with your application.",
                       "Sam Lee <sam.lee@quarryandco.com>", message_id="<q1@x>", date=RECENT)
    report = ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert report.applied == 1
    app.refresh_from_db()
    assert app.stage == "rejected"
    assert Company.objects.filter(owner=alice).count() == 1 and Application.objects.filter(owner=alice).count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_new_role_at_a_known_company_uses_that_company(alice):
    tracker.create_application(alice, company_name="Quarry & Co", title="Data Analyst")
    raw = make_message("Thank you for applying: Data Engineer Intern – Summer 2018",
                       "Thank you for applying. We will be in touch.", "Quarry and Co. Careers <jobs@quarryandco.com>",
                       message_id="<q2@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert Company.objects.filter(owner=alice).count() == 1
    assert set(Application.objects.filter(owner=alice).values_list("title", flat=True)) == {
        "Data Analyst", "Data Engineer Intern – Summer 2018"}


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_an_acknowledgement_after_a_rejection_there_is_a_new_application(alice):
    closed = tracker.create_application(alice, company_name="Pine & Oak", title="Backend Engineer",
                                        at=RECENT - dt.timedelta(days=30))
    tracker.move(closed, "rejected", at=RECENT - dt.timedelta(days=10))
    late_ack = make_message("Thank you for applying: Backend Engineer", "Thank you for applying. We will be in touch.",
                            "Pine & Oak <jobs@pineandoak.example>", message_id="<po0@x>",
                            date=RECENT - dt.timedelta(days=20))
    ingest(alice, [IncomingMessage(raw=late_ack, source="eml")])
    assert Application.objects.filter(owner=alice).count() == 1  # sent before the rejection: the same one
    raw = make_message("Thank you for applying: Senior Backend Engineer", "Thank you for applying. We will be in "
                       "touch.", "Pine & Oak <jobs@pineandoak.example>", message_id="<po1@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert Company.objects.filter(owner=alice).count() == 1
    assert set(Application.objects.filter(owner=alice).values_list("title", "stage")) == {
        ("Backend Engineer", "rejected"), ("Senior Backend Engineer", "applied")}


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_relay_sender_never_links_by_its_own_domain(alice):
    tracker.create_application(alice, company_name="Greenhouse", title="Gardener")
    raw = make_message("Thank you for applying", "Thank you for applying to Initech. We will be in touch.",
                       "no-reply@greenhouse.io", message_id="<g1@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert set(Company.objects.filter(owner=alice).values_list("name", flat=True)) == {"Greenhouse", "Initech"}


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_an_unnamed_role_is_an_empty_title_to_fill_in(alice, client):
    raw = make_message("Thank you for applying", "Thank you for applying to Initech. We will be in touch.",
                       "Initech Careers <jobs@initech.example>", message_id="<u1@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    app = Application.objects.get(owner=alice)
    assert app.title == UNNAMED_ROLE and app.title_missing
    client.force_login(alice)
    page = client.get(f"/applications/{app.pk}/").content.decode()
    assert "Role not named yet" in page
    form = client.get(f"/applications/{app.pk}/?edit=1").content.decode()
    assert 'name="title"' in form and f'value="{UNNAMED_ROLE}"' not in form


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_the_employer_named_in_the_subject_wins_over_part_of_it_in_the_sender_name(alice):
    raw = make_message("Your application: Data Analyst at Quarry & Co", "Thank you for applying.",
                       "Quarry Talent <talent@quarryandco.com>", message_id="<q3@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert list(Application.objects.filter(owner=alice).values_list("company__name", "title")) == [
        ("Quarry & Co", "Data Analyst")]


@pytest.mark.parametrize("subject, body, title, company", [
    ("Votre candidature", "Merci pour votre candidature au poste d'ingénieur logiciel au sein de Quarry & Co. "
     "Nous revenons vers vous.", "Ingénieur logiciel", "Quarry & Co"),
    ("Votre candidature au poste de Data Analyst", "Nous avons bien reçu votre candidature chez Quarry & Co.",
     "Data Analyst", "Quarry & Co"),
    ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) bei der Müller Logistik GmbH. "
     "Wir melden uns bei Ihnen.", "Data Analyst", "Müller Logistik GmbH"),
    ("Ihre Bewerbung bei Nordwerk", "Bei Fragen melden Sie sich gern. Ihre Bewerbung als Data Analyst (m/w/d) ist "
     "eingegangen.", "Data Analyst", "Nordwerk"),
    ("Tu candidatura", "Gracias por tu candidatura para el puesto de Analista de Datos en la empresa Quarry.",
     "Analista de Datos", "Quarry"),
    ("Je sollicitatie", "Bedankt voor je sollicitatie voor de functie Data Analist bij Noordlicht B.V.",
     "Data Analist", "Noordlicht B.V"),
])
def test_role_and_employer_in_other_languages(subject, body, title, company):
    from onward.mail.extract import extract_company

    parsed = ParsedMessage("", subject, "Jobs <jobs@example.org>", "Jobs", "jobs@example.org", "example.org",
                           None, body, "")
    assert extract_title(parsed) == title
    assert extract_company(parsed, "")[0] == company


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_german_mail_links_to_a_company_stored_with_umlauts(alice):
    tracker.create_application(alice, company_name="Müller Logistik GmbH", title="Data Analyst")
    raw = make_message("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung. Your application is with us.",
                       "Karriere <karriere@mueller-logistik.de>", message_id="<m1@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert list(Company.objects.filter(owner=alice).values_list("name", flat=True)) == ["Müller Logistik GmbH"]
    assert tracker.create_application(alice, company_name="Mueller Logistik", title="Analyst").company.name == (
        "Müller Logistik GmbH")


def test_german_nouns_after_bei_are_not_employers():
    from onward.mail.extract import extract_company

    parsed = ParsedMessage("", "Absage", "Karriere <karriere@nordwerk.de>", "Karriere", "karriere@nordwerk.de",
                           "nordwerk.de", None, "Leider müssen wir Ihnen absagen. Bei Fragen melden Sie sich gern. "
                           "Viel Erfolg bei der Suche!", "")
    assert extract_company(parsed, "") == ("Nordwerk", "sender domain")
