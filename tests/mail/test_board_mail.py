"""Mail from job boards, staffing agencies and public employers: a board's one line about the reader's application
between the role's card, a list of other jobs with "apply now" buttons and an app-store footer; a status line; a
search or a requisition paused in the active voice; a withdrawal the reader asked for. The list of other jobs ends
the letter as a sign-off does, in every pack language. Every message here was written for this test; none comes
from a data set, a bench set or a language pack's example."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.text import body_end, letter, normalise, sentences

SENDER = "updates@jobharbour.example.com"
OTHER_JOBS = ("Jobs you might like\n\nWarehouse Planner - Trellis Foods - Leeds - Easily apply\nApply now\n"
              "Stock Controller - Brackwater Retail - Wakefield - Urgently hiring\nApply now\n"
              "Transport Clerk - Norland Haulage - Bradford - New\nApply now\n\nSee more jobs\n\n"
              "Get the JobHarbour app: Download on the App Store | Get it on Google Play\n\nYou are receiving this "
              "email because you applied to a job on JobHarbour. Unsubscribe | Privacy")


@pytest.mark.parametrize(("decision", "heading"), [
    ("The employer has decided not to take your application further.", "Jobs you might like"),
    ("L'employeur a décidé de ne pas donner suite à votre candidature.", "Offres similaires"),
    ("Der Arbeitgeber hat sich für andere Bewerber entschieden.", "Ähnliche Jobs"),
    ("Der Arbeitgeber hat sich fuer andere Bewerber entschieden.", "Aehnliche Jobs"),
    ("La empresa ha decidido seguir con otros candidatos.", "Ofertas similares"),
    ("De werkgever heeft gekozen voor andere kandidaten.", "Vergelijkbare vacatures"),
])
def test_a_boards_list_of_other_jobs_ends_the_letter_in_every_language(decision, heading):
    text = normalise(f"Lager Planner\nTrellis Foods - Leeds\n\n{decision}\n\n{heading}\n\nWarehouse Planner - "
                     "Brackwater Retail - Leeds\nStock Controller - Norland Haulage - Bradford")
    lines = sentences(text)
    assert lines[body_end(lines)] == heading
    assert letter(text).rstrip().endswith(decision)
    # A sentence of the letter that only begins like a heading is not one.
    assert body_end(["Hi Rosa,", "Similar jobs to this one are often filled from inside the company, and so was "
                     "this one."]) is None


def test_a_boards_one_decision_line_outweighs_its_list_of_other_jobs_and_app_footer():
    body = ("Transport Planner\nNorland Haulage - Leeds\n\nAn update on your application\nThe employer reviewed your "
            "application and has chosen to go forward with other applicants.\n\n" + OTHER_JOBS)
    r = classify("Application update: Transport Planner", body, SENDER)
    assert r.label == "rejection", r.evidence
    # As a lemmatising exporter leaves it: the list's heading is read in its base forms too.
    lemmatised = ("transport planner\nnorland haulage leeds\nan update on your application\nthe employer review your "
                  "application and have choose to go forward with other applicant\njob you might like\nwarehouse "
                  "planner trellis food leeds easily apply\napply now\nget the jobharbour app download on the app "
                  "store get it on google play")
    assert classify("application update transport planner", lemmatised, SENDER).label == "rejection"


def test_the_same_boards_alert_and_its_confirmed_withdrawal_stay_everyday_mail():
    alert = ("12 new jobs for Transport Planner near Leeds\n\nThese were posted in the last day. Be one of the first "
             "to apply.\n\n" + OTHER_JOBS)
    assert classify("12 new jobs near Leeds", alert, SENDER).label == "other"
    withdrawn = ("Transport Planner\nNorland Haulage\n\nAs you requested, your application for this job has been "
                 "withdrawn. The employer can no longer see it.\n\n" + OTHER_JOBS)
    r = classify("Application withdrawn", withdrawn, SENDER)
    assert r.label != "rejection", r.evidence


@pytest.mark.parametrize(("status", "label"), [
    ("Application status: Not suitable", "rejection"),
    ("Your application status has changed to: Declined", "rejection"),
    ("application status not select by employer", "rejection"),
    ("Application status: Under review", "application_ack"),
])
def test_a_status_line_is_the_boards_news(status, label):
    body = f"Transport Planner\nNorland Haulage - Leeds\n\n{status}\n\n" + OTHER_JOBS
    r = classify("An update on your application", body, SENDER)
    assert r.label == label, r.evidence


@pytest.mark.parametrize("news", [
    "The client has put the Regional Controller search on hold until after their year end, so no more interviews "
    "will be arranged.",
    "They have paused the Senior Design Engineer recruitment while they wait on funding.",
    "Their board has decided to postpone filling the position until next year, so we are closing the search.",
])
def test_a_search_paused_by_someone_with_the_role_named_is_a_decision(news):
    r = classify("Your application - update", f"Hi Rosa,\n\nThanks for your patience with your application. {news} "
                 "I'm sorry to bring this news.\n\nKind regards,\nPriya\nHalden Recruitment",
                 "priya@haldenrecruitment.example.com")
    assert r.label == "rejection", r.evidence


def test_a_search_that_goes_on_until_the_post_is_filled_is_no_decision():
    r = classify("Application received", "Dear Dr Rosa,\n\nThis is to confirm that your application file is "
                 "complete. Review of applications begins on 3 March and continues until the position is filled.\n\n"
                 "Sincerely,\nSearch Committee", "search@westvale.example.edu")
    assert r.label == "application_ack", r.evidence
