"""What job platforms and career tools send a job seeker about no application of theirs — a profile or a résumé
seen, a draft application never sent, jobs saved and closing, a review site asking about an interview, practice
tests, résumé services, community digests, bootcamps — and the job seeker's own sent mail (a letter, a reply that
confirms a slot): none of it is an employer's news, so all of it is `other`. Job mail relayed by the same platforms
keeps its label. Every message here was written for this test; none comes from a data set, the held-out sets, the
bench's set (bench/platform_mail.py) or a language pack."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes
from tests.mail.conftest import make_message

# (kind, language, subject, body): not job mail.
NOT_JOB = [
    ("profile seen", "en", "Hiring teams are noticing you",
     "Hi Noor,\nTwo recruiters opened your profile on Tuesday and an agency downloaded your resume. Add a headline "
     "so that employers understand what you do."),
    ("profile seen", "de", "Neue Profilbesucher",
     "Hallo Noor,\nzwei Personaler haben Ihr Profil angesehen. Ergänzen Sie Ihre Kenntnisse, damit Sie öfter "
     "gefunden werden."),
    ("profile seen", "es", "Novedades de tu perfil",
     "Hola Noor:\nTres empresas han visto tu perfil esta semana. Completa tu experiencia para salir en más "
     "búsquedas."),
    ("draft", "en", "Your application to Quayside Hotels isn't finished",
     "Hi Noor,\nYou began an application for Night Receptionist but did not submit it. Pick up where you left off "
     "before the employer stops hiring."),
    ("draft", "fr", "Ta candidature t'attend",
     "Salut Noor,\ntu as commencé à postuler à l'offre de vendeur mais tu n'as pas encore envoyé ta candidature."),
    ("saved jobs", "en", "Jobs you saved are closing soon",
     "Hi Noor,\nThe Warehouse Team Lead posting you bookmarked closes in 2 days, and two other jobs you saved "
     "close this week."),
    ("review site", "en", "How was your interview at Alder Foods?",
     "Hi Noor,\nShare your interview experience and help other job seekers prepare. Your review stays anonymous."),
    ("review site", "nl", "Hoe ging je gesprek?",
     "Hoi Noor,\ndeel je ervaring met het sollicitatiegesprek bij Duinzicht en help andere werkzoekenden."),
    ("practice", "en", "New practice set: SQL interviews",
     "Hi Noor,\nTry 20 mock assessments based on real employers' tests and keep your 9-day streak going."),
    ("resume service", "en", "Recruiters skip most resumes",
     "Hi Noor,\nOur certified resume writers will rewrite yours so it gets past applicant tracking systems. "
     "Order this week for 25% off."),
    ("community", "en", "Trending discussions for you",
     "Hi Noor,\nTop posts this week: 'Ghosted after the final round', 'Negotiating a first salary' (64 replies). "
     "Join the discussion."),
    ("bootcamp", "en", "Start a new career in cybersecurity",
     "Hi Noor,\nOur 20-week bootcamp comes with a job guarantee. Book a call with our admissions team before the "
     "next cohort fills up."),
    ("own letter", "en", "Application: Assistant Store Manager",
     "Dear Hiring Manager,\nPlease find attached my CV for the Assistant Store Manager vacancy. I am available for "
     "an interview at any time next week.\nKind regards,\nNoor Haddad"),
    ("own reply", "en", "Re: Shortlist",
     "Dear Hiring Team,\nThank you for the update. I am glad to hear I have been shortlisted and I will complete "
     "the assessment by Friday.\nBest,\nNoor"),
    ("own letter", "de", "Bewerbung als Lagerist",
     "Sehr geehrte Frau Hahn,\nhiermit bewerbe ich mich um die Stelle als Lagerist. Meine Unterlagen finden Sie "
     "im Anhang.\nMit freundlichen Grüßen\nNoor Haddad"),
    ("own letter", "fr", "Candidature spontanée",
     "Madame,\nje me permets de vous adresser ma candidature pour un poste de serveur. Vous trouverez ci-joint mon "
     "CV.\nBien cordialement,\nNoor Haddad"),
]

# (kind, language, subject, body, label): job mail the same platforms relay.
JOB = [
    ("relayed recruiter", "en", "Message about a role at Brightline Care",
     "Hi Noor,\nI came across your profile and think you would be a great fit for our Care Coordinator role. Would "
     "you be open to a call on Thursday?\nBest,\nTessa, Talent Acquisition, Brightline Care", "recruiter_outreach"),
    ("board acknowledgement", "en", "Application submitted: Night Receptionist",
     "Hi Noor,\nYour application for Night Receptionist at Quayside Hotels has been sent. The employer will be in "
     "touch if your profile is a match.\n--\nManage your job alerts | Unsubscribe", "application_ack"),
    ("board rejection", "en", "An update on your application",
     "Hi Noor,\nThank you for applying for Night Receptionist at Quayside Hotels. The employer has decided not to "
     "move forward with your application.", "rejection"),
    ("platform assessment", "en", "Quayside Hotels invites you to an online test",
     "Hi Noor,\nAs the next step for your application to Night Receptionist, Quayside Hotels invites you to a "
     "30-minute online assessment. Please complete it within 4 days.", "assessment"),
    ("board interview", "en", "Your interview is confirmed",
     "Hi Noor,\nYour video interview with Quayside Hotels for Night Receptionist is confirmed for Friday at 11:00."
     , "interview"),
]


@pytest.mark.parametrize(("kind", "lang", "subject", "body"), NOT_JOB, ids=[f"{k}-{lang}" for k, lang, *_ in NOT_JOB])
def test_platform_notices_and_the_readers_own_mail_are_not_an_employers_news(kind, lang, subject, body):
    result = classify(subject, body, "notifications@example.org")
    assert result.label == "other", (kind, lang, result.label, result.evidence)


@pytest.mark.parametrize(("kind", "lang", "subject", "body", "label"), JOB, ids=[f"{k}-{lang}" for k, lang, *_ in JOB])
def test_job_mail_relayed_by_a_platform_keeps_its_label(kind, lang, subject, body, label):
    assert passes(subject, body), (kind, lang)
    result = classify(subject, body, "notifications@example.org")
    assert result.label == label, (kind, lang, result.label, result.evidence)


def test_a_boards_footer_about_job_alerts_is_no_reason_to_call_its_receipt_an_alert():
    """A job board's own footer ("manage your job alerts") stands on its application receipts too: the rule for
    job alerts does not read it (the import cuts the footer before classifying)."""
    body = ("Hi Noor,\nQuayside Hotels received your application for Night Receptionist and will review it soon.\n"
            "--\nManage your job alerts | Unsubscribe")
    evidence = classify("Quayside Hotels received your application", body, "no-reply@example.org").evidence
    assert not [e for e in evidence if e.startswith("rule other") and "job alert" in e], evidence
    assert classify("Your job alert: 12 new cook jobs", "Line Cook - Harbour Grill - apply in one click",
                    "alerts@example.org").label == "other"


def test_notices_about_a_profile_or_a_draft_do_not_pass_the_screen():
    assert not passes("Your resume was downloaded", "An employer downloaded your resume from our database.")
    assert not passes("Finish applying", "You started applying for Barista. Finish your application today.")


def test_an_import_in_a_new_process_keeps_none_of_the_platform_notices(tmp_path):
    """The import a person runs: none of the notices is applied or waits for review."""
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    notices = [c for c in NOT_JOB if not c[0].startswith("own")]
    for i, (_, _, subject, body) in enumerate(notices):
        box.add(make_message(subject, body, "Jobs <notifications@example.org>", message_id=f"<p{i}@x>"))
    box.flush()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(path)], env=env,
                          capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr
    n = len(notices)
    assert f"{n} read, 0 applied, 0 waiting for review, {n} not job-related" in done.stdout, done.stdout
