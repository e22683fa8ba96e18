"""Mail about jobs at the reader's own workplace is not the reader's job search: colleagues welcomed, promoted or
leaving, openings posted to the staff, the reader interviewing or grading someone else's candidacy, an offer the
company makes to someone else, a witness interviewed for a lawsuit, a colleague interviewed by the press. Such
mail is `other`, sure enough not to wait for review, and mail among colleagues of one organisation is not read
further by the import, in any language; the same words addressed to an applicant from outside still make job
mail. Every message here was written for this test."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from onward.mail import parse, pipeline
from onward.mail.classify import Classification, classify
from onward.mail.pipeline import ingest
from onward.mail.screen import among_colleagues, passes
from onward.mail.sources import IncomingMessage

# onward.mail.apply.DEFAULT_THRESHOLDS["other"]: below it, mail read as not job-related waits for review.
SURE_OTHER = 0.6


def _headers(sender: str, to: str, cc: str = "") -> object:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = "Hello"
    msg.set_content("Just a note.")
    return parse.read(msg.as_bytes()).msg


@pytest.mark.parametrize(("sender", "to", "cc"), [
    ("Dana Reyes <dana.reyes@larkfield.com>", "ops-team@larkfield.com", ""),
    ("HR <hr@mail.larkfield.co.uk>", "Sam <sam@larkfield.co.uk>, Jo <jo@larkfield.co.uk>", "lee@larkfield.co.uk"),
    ("recrutement@boisvert.fr", "camille@boisvert.fr", ""),
])
def test_mail_among_colleagues_of_one_organisation_is_theirs(sender, to, cc):
    assert among_colleagues(_headers(sender, to, cc))


@pytest.mark.parametrize(("sender", "to", "cc"), [
    # An employer writing to the reader's own address, or a colleague copying someone outside.
    ("Talent <talent@northwind.com>", "me@larkfield.com", ""),
    ("Dana Reyes <dana.reyes@larkfield.com>", "sam@larkfield.com", "counsel@pruittlaw.com"),
    # Free mail joins people who share nothing, a recruiter's list goes out by Bcc to themselves, a university
    # joins students and staff, and an applicant system sends for many companies.
    ("friend@gmail.com", "me@gmail.com", ""),
    ("Jana <jana@talentbridge.com>", "jana@talentbridge.com", ""),
    # ... or to the employer's hiring mailbox, in any language, the applicants themselves in Bcc.
    ("no-reply@northwind.com", "careers@northwind.com", ""),
    ("Acme Talent <talent.acquisition@acme.com>", "do-not-reply@acme.com", "jobs@acme.com"),
    ("recrutement@boisvert.fr", "candidatures@boisvert.fr", ""),
    ("Personalabteilung <personal@weber-bau.de>", "bewerbung@weber-bau.de", ""),
    ("seleccion@grupoalba.es", "rrhh@grupoalba.es", ""),
    ("werving@denhaag-zorg.nl", "vacatures@denhaag-zorg.nl", ""),
    ("careers@wrenfield.ac.uk", "student@wrenfield.ac.uk", ""),
    ("careers@uni.edu", "me@uni.edu", ""),
    ("no-reply@greenhouse.io", "someone@greenhouse.io", ""),
    # The same name under another ending is another organisation.
    ("hr@example.org", "me@example.net", ""),
])
def test_mail_from_outside_or_without_one_workplace_is_not(sender, to, cc):
    assert not among_colleagues(_headers(sender, to, cc))


def _raw(sender: str, to: str, subject: str, body: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Message-ID"] = f"<w{n}@x>"
    msg["Date"] = "Mon, 03 Mar 2025 09:30:00 +0000"
    msg.set_content(body)
    return msg.as_bytes()


# One job message per language: the same words from an employer outside reach the classifier; from a colleague
# at the reader's own company (an internal move, the company's own opening) they do not.
JOB_MAIL = [
    ("Your application", "Thank you for your application for the Scheduler position. We would like to invite you "
                         "to an interview next Tuesday."),
    ("Votre candidature", "Merci pour votre candidature au poste de planificateur. Nous souhaitons vous inviter à "
                          "un entretien mardi prochain."),
    ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung als Disponent. Wir möchten Sie zu einem "
                       "Vorstellungsgespräch am Dienstag einladen."),
    ("Tu candidatura", "Gracias por tu candidatura al puesto de planificador. Queremos invitarte a una entrevista "
                       "el martes."),
    ("Je sollicitatie", "Bedankt voor je sollicitatie voor de functie van planner. We nodigen je graag uit voor een "
                        "sollicitatiegesprek op dinsdag."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("subject", "body"), JOB_MAIL)
def test_the_import_reads_job_mail_from_outside_and_not_from_colleagues(alice, monkeypatch, subject, body):
    read = []

    def classify_many(messages, model=None, memory=None):
        read.extend(m["sender"] for m in messages)
        return [Classification("interview", 0.95, evidence=["test"]) for _ in messages]

    monkeypatch.setattr(pipeline, "classify_many", classify_many)
    outside = _raw("Recruiting <jobs@northwind.com>", "me@larkfield.com", subject, body, 1)
    inside = _raw("Dana Reyes <dana.reyes@larkfield.com>", "me@larkfield.com", subject, body, 2)
    assert passes(subject, body)
    report = ingest(alice, [IncomingMessage(raw=outside, source="eml"), IncomingMessage(raw=inside, source="eml")])
    assert (report.applied, report.ignored) == (1, 1)
    assert read == ["Recruiting <jobs@northwind.com>"]


@pytest.mark.parametrize(("subject", "body"), [
    # A colleague welcomed, promoted, leaving for another employer, on a last day; a reorganisation.
    ("Please welcome Ines", "Please welcome Ines Duarte, who joins the Credit team as Senior Analyst on Monday. "
                            "Ines was previously at Banco Atlântico, where she held a similar position."),
    ("Announcement", "We are pleased to announce that Carl Meyer has been named Director of Gas Trading. He takes "
                     "up the role on 1 June."),
    ("Farewell", "Tom Reilly has accepted a position with Calpine and leaves us on Friday. Tom's last day is the "
                 "14th; please join us for a drink at five."),
    ("Team changes", "From next month the support teams are organised by region. No roles are being eliminated, "
                     "and your manager will explain what the reorg means for your job."),
    # Openings posted to the staff.
    ("Vacancies", "These vacancies are open to all employees this week: Planner (Rotterdam) and Buyer (Venlo). "
                  "Speak to your manager first, then send the transfer form to HR with your CV."),
    # The reader grades, interviews or referred someone else.
    ("Take-home", "Could you review this take-home submission for the backend role by Thursday? The candidate "
                  "did it in Go."),
    ("Referral update", "Your referral for the Data Engineer role has reached the hiring manager. We will let you "
                        "know how it goes."),
    ("Interviews", "Thanks to everyone who interviewed candidates for the two scheduler positions; both are now "
                   "filled and start on the 1st."),
    # An offer the company makes to someone else; a departing colleague's exit interview.
    ("Offer for Maria", "HR approved the offer for Maria Lopez at the agreed salary. Please call her today; the "
                        "offer letter goes out tomorrow."),
    ("Before Friday", "HR would like to hold your exit interview before your last day. Please pick a time with "
                      "Cindy."),
    # Interviews that belong to a lawsuit or to the press.
    ("Witnesses", "We need to interview the witness from the control room before the deposition on the 22nd. "
                  "Please set up an hour with him next week."),
    ("Press", "Our CEO will be interviewed by CNBC tomorrow at 7 about the quarter. Please send talking points."),
    # A supplier's proposal turned down.
    ("RE: Your proposal", "We regret to inform you that after careful review we have decided not to proceed with your "
                          "proposal for the Houston facility."),
    # A friend's opening to pass on.
    ("Opening at my old firm", "An old colleague at a bank is hiring an energy structurer. You might know someone; "
                               "please forward it to anyone interested."),
])
def test_jobs_at_the_readers_workplace_are_other(subject, body):
    c = classify(subject, body, "colleague@larkfield.com")
    assert c.label == "other", c.evidence
    assert c.confidence >= SURE_OTHER


@pytest.mark.parametrize(("subject", "body"), [
    ("Neue Kollegin", "Bitte begrüßt Anna Weber, die ab Montag unser Team als Disponentin verstärkt. Anna war zuvor "
                      "bei einer Spedition in Bremen."),
    ("Abschied", "Jens hat eine neue Stelle bei der Hafenbehörde angenommen. Sein letzter Arbeitstag ist der 30. Juni; "
                 "die Abschiedsfeier ist am Freitag."),
    ("Bienvenue", "Nous souhaitons la bienvenue à Claire Morel, qui a rejoint notre équipe comptable lundi comme "
                  "contrôleuse de gestion."),
    ("Départ", "Paul a accepté un poste chez un transporteur à Lyon. Son dernier jour est vendredi ; un pot de départ "
               "aura lieu à 17 h."),
    ("Bienvenida", "Demos la bienvenida a Laura Gil, nueva responsable de compras. Laura viene de una empresa de "
                   "logística de Valencia."),
    ("Despedida", "Carlos ha aceptado un puesto en una naviera de Bilbao. Su último día es el viernes y haremos una "
                  "fiesta de despedida."),
    ("Nieuwe collega", "Heet Sanne de Boer welkom: zij versterkt vanaf maandag ons team als planner. Sanne werkte "
                       "eerder bij een rederij."),
    ("Afscheid", "Pieter heeft een nieuwe baan bij de gemeente aanvaard. Zijn laatste werkdag is vrijdag; de "
                 "afscheidsborrel is om vier uur."),
])
def test_colleagues_news_is_other_in_every_language(subject, body):
    c = classify(subject, body, "colleague@larkfield.eu")
    assert c.label == "other", c.evidence
    assert c.confidence >= SURE_OTHER


@pytest.mark.parametrize(("subject", "body", "label"), [
    ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung als Disponentin. Wir freuen uns, Ihnen die Stelle anzubieten; "
                       "Sie verstärken ab März unser Team.", "offer"),
    ("Votre candidature", "Merci pour votre candidature au poste de comptable. Nous souhaitons vous inviter à un "
                          "entretien mardi à 10 h.", "interview"),
])
def test_an_applicants_own_news_keeps_its_label_in_other_languages(subject, body, label):
    assert classify(subject, body, "rh@northwind.eu").label == label


@pytest.mark.parametrize(("subject", "body", "label"), [
    ("Offer", "We are delighted to extend an offer to you for the position of Analyst, starting on 1 March. The "
              "offer letter is attached.", "offer"),
    ("Offer", "We would like to make an offer for the Data Analyst role to you. Please sign and return the offer "
              "letter by Friday.", "offer"),
    ("Interview", "Thank you for applying. We would like to interview you for the Planner position next Tuesday "
                  "at 10.", "interview"),
])
def test_the_same_words_addressed_to_an_applicant_keep_their_label(subject, body, label):
    assert classify(subject, body, "talent@northwind.com").label == label


@pytest.mark.parametrize(("subject", "body"), [
    ("Deposition", "The deposition of our scheduler is set for the 9th; the court reporter is booked."),
    ("Before you go", "Please book your exit interview with HR. Your badge goes back to reception on Friday."),
])
def test_a_lawsuit_and_an_exit_interview_do_not_pass_the_screen(subject, body):
    assert not passes(subject, body)
