"""Extraction traps: relays are not employers, names match on token boundaries, dates need a time and a zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from onward.mail.extract import (
    company_matches,
    extract,
    extract_interview_time,
    extract_people,
    normalise_company,
    relay_vendor,
)
from onward.mail.parse import parse
from tests.mail.conftest import make_message

SENT = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)  # a Monday


def _extract(subject, body, sender):
    return extract(parse(make_message(subject, body, sender)))


@pytest.mark.parametrize(
    "sender, vendor",
    [
        ("Acme <no-reply@greenhouse.io>", "Greenhouse"),
        ("Acme <no-reply@hire.lever.co>", "Lever"),
        ("Acme <acme@myworkday.com>", "Workday"),
        ("Acme <acme@wd5.myworkday.com>", "Workday"),
        ("Acme <no-reply@ashbyhq.com>", "Ashby"),
        ("Acme <noreply@smartrecruiters.com>", "SmartRecruiters"),
        ("Acme <talent@icims.com>", "iCIMS"),
        ("LinkedIn <jobs-noreply@linkedin.com>", "LinkedIn"),
        ("Indeed <donotreply@indeed.com>", "Indeed"),
    ],
)
def test_relays_are_recognised_and_never_become_the_company(sender, vendor):
    facts = _extract("Thank you for applying to Northwind Traders", "We will review your application.", sender)
    assert facts.vendor == vendor
    assert facts.company == "Northwind Traders"


def test_relay_company_from_body_patterns():
    assert _extract("Application received", "Your application to Globex has been received.",
                    "no-reply@greenhouse.io").company == "Globex"
    assert _extract("Update", "Hi, we appreciate your time.\n\nThe Initech Recruiting Team",
                    "no-reply@lever.co").company == "Initech"
    assert _extract("Your application was sent to Umbrella Health", "", "jobs-noreply@linkedin.com").company == (
        "Umbrella Health")


def test_relay_without_company_in_text_uses_display_name_but_not_the_vendor():
    assert _extract("Update", "We have an update.", "Hooli Recruiting <no-reply@greenhouse.io>").company == "Hooli"
    assert _extract("Update", "We have an update.", "LinkedIn <jobs-noreply@linkedin.com>").company == ""


def test_direct_sender_falls_back_to_display_name_then_domain():
    assert _extract("Hello", "We have news.", "Tesco Careers <careers@tesco.example>").company == "Tesco"
    assert _extract("Hello", "We have news.", "no-reply@mail.initrode.co.uk").company == "Initrode"
    assert relay_vendor("initrode.com") == ""


def test_a_relay_is_its_domain_or_any_subdomain_of_it_never_a_lookalike():
    assert relay_vendor("greenhouse.io") == relay_vendor("us.boards.Greenhouse.io") == "Greenhouse"
    assert relay_vendor("notgreenhouse.io") == relay_vendor("greenhouse.io.example.com") == ""
    assert relay_vendor("io") == relay_vendor("") == ""


def test_role_title_from_subject_and_body():
    assert _extract("Decision Scientist at Tesco: we’ve got your application", "", "x@tesco.example").title == (
        "Decision Scientist")
    facts = _extract("Thanks", "Thank you for your application for the Senior Data Engineer position at Globex.",
                     "x@globex.example")
    assert facts.title == "Senior Data Engineer"
    assert facts.company == "Globex"


def test_token_boundary_company_matching():
    assert not company_matches("Meta", "Metabase")
    assert not company_matches("Metabase", "Meta")
    assert company_matches("Acme Inc.", "ACME")
    assert company_matches("The Acme Company", "Acme")
    assert company_matches("Acme Robotics GmbH", "Acme Robotics")
    assert company_matches("Ben & Jerry's", "Ben and Jerry's")
    assert not company_matches("", "Acme")
    assert normalise_company("Société Générale S.A.") == ("societe", "generale", "s", "a") or normalise_company(
        "Société Générale SA") == ("societe", "generale")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Your interview is on Thursday, March 6 at 2:30 PM EST.",
         dt.datetime(2025, 3, 6, 14, 30, tzinfo=zoneinfo.ZoneInfo("America/New_York"))),
        ("We'd like to meet on 12 March 2025 at 10:00 (CET).",
         dt.datetime(2025, 3, 12, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))),
        ("Slot: 2025-03-20 16:15 UTC", dt.datetime(2025, 3, 20, 16, 15, tzinfo=dt.UTC)),
        ("How about 3pm on Jan 14?", dt.datetime(2026, 1, 14, 15, 0, tzinfo=dt.UTC)),
        ("Can you do tomorrow at 11am?", dt.datetime(2025, 3, 4, 11, 0, tzinfo=dt.UTC)),
        ("Are you free on Friday at 9:30 GMT+2?",
         dt.datetime(2025, 3, 7, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ],
)
def test_interview_times(text, expected):
    at, snippet = extract_interview_time(text, SENT, dt.UTC)
    assert at == expected
    assert at.tzinfo is not None
    assert snippet


def test_a_date_without_a_time_is_not_an_interview_time():
    assert extract_interview_time("We received your application on March 3, 2025.", SENT, dt.UTC) == (None, "")
    assert extract_interview_time("Nothing here at all.", SENT, dt.UTC) == (None, "")


def test_interview_time_uses_the_default_zone_when_none_is_given():
    tz = zoneinfo.ZoneInfo("Europe/London")
    at, _ = extract_interview_time("See you on 10 June at 14:00.", SENT, tz)
    assert at == dt.datetime(2025, 6, 10, 14, 0, tzinfo=tz)


def test_people_from_signatures_and_introductions():
    text = ("Hi Sam,\n\nMy name is Priya Natarajan and I'd love to set up an interview with Tom Becker."
            "\n\nBest,\nPriya Natarajan\n")
    assert extract_people(text) == ["Priya Natarajan", "Tom Becker"]


def test_the_interview_note_is_the_sentence_with_the_time_in_whole_words():
    text = ("Interview invitation: Data Analyst at Quarry & Co\nHi Ana,\n\nThank you for your time. We would like to "
            "invite you to an interview for the Data Analyst role on Tuesday 15 December at 10:00. Best,\nQuarry")
    _, note = extract_interview_time(text, SENT, dt.UTC)
    assert note == ("We would like to invite you to an interview for the Data Analyst role on Tuesday 15 December "
                    "at 10:00.")
    _, note = extract_interview_time("Slot: 2025-03-20 16:15 UTC", SENT, dt.UTC)
    assert note == "Slot: 2025-03-20 16:15 UTC"


@pytest.mark.parametrize("body, sender, company", [
    ("I am a recruiter at Brightpath Talent and have a client hiring.", "Leo Brandt <leo@brightpathtalent.example>",
     "Brightpath Talent"),
    ("Best wishes,\nNora\nHollow Oak Kitchens", "Nora Vance <nora@hollowoakkitchens.com>", "Hollow Oak Kitchens"),
    # Without the name written out, the domain it is.
    ("We would like to talk to you.", "Leo Brandt <leo@brightpathtalent.example>", "Brightpathtalent"),
])
def test_a_squashed_domain_takes_the_name_as_the_mail_writes_it(body, sender, company):
    assert _extract("Hello", body, sender).company == company
