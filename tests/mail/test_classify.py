"""The mail classifier: each label, each known trap, subtypes and flags, robustness. Messages are written here,
fresh, and differ from the training corpus."""

from __future__ import annotations

import pytest

from onward.mail.classify import LABELS, classify, classify_many


def c(body, subject="", sender=""):
    return classify(subject, body, sender)


# ---- each label, a few hand-written examples -------------------------------------------------------------

REJECTIONS = [
    ("Your Site Reliability Engineer application",
     "Hello Mina,\n\nThank you for speaking with us about the SRE opening. After a lot of discussion the team has "
     "decided to move forward with other candidates for this role.\n\nAll the best,\nGwen, Recruiting"),
    ("Outcome of your application",
     "Dear Mr Adebayo,\nWe are sorry to let you know that your application for the Estates Surveyor post has been "
     "unsuccessful. Thank you for your interest in working for the Trust."),
    ("Re: pastry chef trial",
     "Hi Luca, thanks for coming in for the trial shift on Saturday. I'm afraid we won't be taking your application "
     "further - we went with someone with more laminated dough experience. Cheers, Marta"),
]
INTERVIEWS = [
    ("Invitation to interview – Geotechnical Engineer",
     "Dear Ines,\nWe are pleased to invite you to interview for the Geotechnical Engineer vacancy. The panel "
     "interview will take place at our Reading office. Please confirm whether 10:30 on the 14th suits you."),
    ("Quick call?",
     "Hi Tomasz, thanks for your application to Fernleaf. Could we schedule a 20-minute phone screen this week? "
     "Share your availability and I'll send a calendar invite."),
    ("Your onsite at Quarry Labs",
     "Hello! Your onsite interview is confirmed for Thursday. You'll meet four engineers; lunch is on us."),
]
OFFERS = [
    ("Offer – Senior Pharmacist",
     "Dear Adaeze,\nFollowing your interview, I am delighted to offer you the position of Senior Pharmacist. "
     "Your offer letter with salary and start date details is attached; please sign and return it by Friday."),
    ("Good news from Tallow & Co",
     "Hi Rory, congratulations! We'd like to extend you an offer to join us as Studio Manager. The written offer "
     "follows from HR today."),
]
ACKS = [
    ("Application received – Care Assistant",
     "Hi Joy, we have received your application for Care Assistant (nights). Our recruitment team will review "
     "your application and get back to you within ten working days."),
    ("Thanks for applying to Orbitwise",
     "Thanks for applying to Orbitwise! Your application has been submitted. You can track the status of your "
     "application in your candidate dashboard."),
]
ASSESSMENTS = [
    ("Next step: coding exercise",
     "Hi Deniz, the next step for the Platform Engineer role is a HackerRank challenge. It takes about 75 minutes; "
     "the link expires in 5 days."),
    ("Online tests – Graduate Actuarial Programme",
     "Dear applicant, please complete the numerical reasoning test and the situational judgement test within "
     "one week of this email."),
]
OUTREACH = [
    ("Head of Data – fintech, London",
     "Hi Abi, I came across your profile and think you'd be a strong fit for a Head of Data role with a client of "
     "mine, a Series B fintech. Would you be open to a quick chat this week?"),
    ("Hello from Lyle Search",
     "Hope you don't mind me reaching out. I'm a headhunter with Lyle Search and your background in supply chain "
     "stood out. Are you open to new opportunities at the moment?"),
]
OTHERS = [
    ("Your parcel is on its way", "Good news: order 55-1182 has been dispatched and will arrive tomorrow."),
    ("Confirm your email", "Please verify your email address to activate your account on Hireling."),
    ("Book club", "Hey, are we still on for book club on Sunday? I'll bring the snacks."),
    ("Mortgage application received",
     "We have received your mortgage application. An underwriter will review it within five working days."),
]


@pytest.mark.parametrize(("label", "subject", "body"), [
    *[("rejection", s, b) for s, b in REJECTIONS],
    *[("interview", s, b) for s, b in INTERVIEWS],
    *[("offer", s, b) for s, b in OFFERS],
    *[("application_ack", s, b) for s, b in ACKS],
    *[("assessment", s, b) for s, b in ASSESSMENTS],
    *[("recruiter_outreach", s, b) for s, b in OUTREACH],
    *[("other", s, b) for s, b in OTHERS],
])
def test_each_label(label, subject, body):
    result = classify(subject, body)
    assert result.label == label, result.evidence
    assert 0.0 < result.confidence <= 1.0
    assert result.evidence


def test_every_label_is_covered_by_the_examples():
    assert set(LABELS) == {"rejection", "interview", "offer", "application_ack", "assessment",
                           "recruiter_outreach", "other"}


# ---- the known traps --------------------------------------------------------------------------------------

def test_conditional_not_selected_in_an_acknowledgement_is_not_a_rejection():
    r = c("Thank you for applying to Hollowell Bank for the Risk Analyst role. We have received your application. "
          "If you are not selected for an interview, we will let you know by email within three weeks.",
          "Application received")
    assert r.label == "application_ack", r.evidence
    assert r.rejection_subtype is None and r.keep_on_file is None


def test_conditional_match_in_an_acknowledgement_is_not_an_interview_or_rejection():
    r = c("Thanks for your application to Pebblebrook. If your experience matches the role, we will contact you to "
          "arrange an interview. Unfortunately we cannot reply to every applicant individually.",
          "Your Pebblebrook application")
    assert r.label == "application_ack", r.evidence


def test_unfortunately_in_a_rescheduling_email_is_an_interview():
    r = c("Hi Sade, unfortunately our hiring manager has been called away on Tuesday, so we need to reschedule "
          "your interview. Would Wednesday at 3pm work instead? Apologies for the shuffle.",
          "Change of plan for Tuesday")
    assert r.label == "interview", r.evidence


def test_job_alerts_are_other_not_outreach():
    r = c("12 new jobs matching your search 'payroll officer' in Bristol.\nPayroll Officer - Kinsale Ltd - Bristol\n"
          "Senior Payroll Administrator - Marlin Group - Bath\nManage your job alerts.",
          "New jobs for you", "JobFinder Alerts <alerts@jobfinder.example>")
    assert r.label == "other", r.evidence


def test_newsletter_is_other():
    r = c("This month: how to answer salary questions, and our webinar on portfolio reviews. Read more on the blog.",
          "Careers newsletter – March")
    assert r.label == "other", r.evidence


def test_assessment_invitation_is_assessment():
    r = c("Thank you for your interest in Corvid Security. As the next stage we'd like you to complete a Codility "
          "test; you'll have 120 minutes once you start.", "Codility invitation")
    assert r.label == "assessment", r.evidence


def test_offer_letter_is_offer():
    r = c("Dear Noor, please find attached your formal offer of employment for the role of Lab Technician, "
          "including your starting salary. We look forward to welcoming you.", "Your offer letter")
    assert r.label == "offer", r.evidence


def test_rescinded_offer_is_rejection_offer_rescinded():
    r = c("Dear Olu, I am writing with difficult news. Because of a company-wide hiring freeze we must rescind the "
          "offer of employment we made to you last week. I am truly sorry.", "About your offer")
    assert r.label == "rejection", r.evidence
    assert r.rejection_subtype == "offer_rescinded"


def test_move_forward_with_other_candidates_is_rejection():
    r = c("Thanks for your time. We have decided to move forward with other candidates.", "Update")
    assert r.label == "rejection", r.evidence
    assert r.rejection_subtype == "not_selected"


def test_position_filled_subtype():
    r = c("Thank you for applying to Juniper Dental. We wanted to let you know the position has been filled.",
          "Receptionist role")
    assert (r.label, r.rejection_subtype) == ("rejection", "position_filled"), r.evidence


@pytest.mark.parametrize("sentence", [
    "The role is now on hold while we review our budget.",
    "This requisition has been cancelled.",
    "We are no longer hiring for this position.",
])
def test_position_closed_subtype(sentence):
    r = c(f"Thank you for your interest in the Cartographer vacancy. Unfortunately we will not be moving forward "
          f"with your application. {sentence}", "Cartographer vacancy")
    assert (r.label, r.rejection_subtype) == ("rejection", "position_closed"), r.evidence


BASE_REJECTION = "Thank you for applying. Regrettably we will not be progressing your application. "


@pytest.mark.parametrize(("extra", "flag"), [
    ("We will keep your resume on file for future vacancies.", "keep_on_file"),
    ("Please join our talent community to hear about new roles.", "keep_on_file"),
    ("We encourage you to apply to future openings with us.", "reapply_invited"),
    ("Due to the volume of applications we cannot provide individual feedback.", "feedback_declined"),
    ("I'd be happy to share feedback from the panel if you want it.", "feedback_offered"),
])
def test_rejection_flags(extra, flag):
    r = c(BASE_REJECTION + extra, "Your application")
    assert r.label == "rejection"
    assert getattr(r, flag) is True, r.evidence
    assert r.detail_confidence[flag] > 0.5
    others = {"keep_on_file", "reapply_invited", "feedback_offered", "feedback_declined"} - {flag}
    if flag == "keep_on_file":
        others.discard("reapply_invited")  # "new roles" may fairly read as an invitation too
    assert not any(getattr(r, name) for name in others), r.evidence


def test_plain_rejection_has_no_flags():
    r = c(BASE_REJECTION, "Your application")
    assert r.label == "rejection"
    assert (r.keep_on_file, r.reapply_invited, r.feedback_offered, r.feedback_declined) == (False,) * 4


def test_unable_to_give_feedback_is_declined_not_offered():
    r = c(BASE_REJECTION + "I'm sorry that we are not able to give feedback on individual applications.")
    assert r.feedback_declined is True and r.feedback_offered is False, r.evidence


def test_well_wishes_alone_do_not_make_an_acknowledgement_a_rejection():
    r = c("Thank you for submitting your CV to Harrow Logistics. Our team is reviewing your qualifications and will "
          "contact you if there is a suitable match. We wish you every success in your job search.",
          "Thank you for applying")
    assert r.label == "application_ack", r.evidence


def test_flags_and_subtype_are_none_unless_rejection():
    r = c(*reversed(INTERVIEWS[0]))
    assert r.to_dict()["rejection_subtype"] is None
    assert all(r.to_dict()[name] is None for name in
               ("keep_on_file", "reapply_invited", "feedback_offered", "feedback_declined"))


# ---- evidence and contract shape --------------------------------------------------------------------------

def test_evidence_names_the_phrase_the_sentence_and_the_model_score():
    r = c("After reviewing every application, we regret to inform you that you have not been selected.")
    text = "\n".join(r.evidence)
    assert "model:" in text
    assert '"regret to inform"' in text
    assert "we regret to inform you that you have not been selected" in text.lower()


def test_to_dict_has_exactly_the_contract_fields():
    d = c(*reversed(REJECTIONS[0])).to_dict()
    assert list(d) == ["label", "confidence", "rejection_subtype", "keep_on_file", "reapply_invited",
                       "feedback_offered", "feedback_declined"]
    assert isinstance(d["confidence"], float)


def test_classify_many_matches_classify_one_by_one():
    messages = [{"subject": s, "body": b} for s, b in REJECTIONS + OFFERS + OTHERS]
    batch = classify_many(messages)
    single = [classify(m["subject"], m["body"]) for m in messages]
    assert [r.to_dict() for r in batch] == [r.to_dict() for r in single]


# ---- robustness -------------------------------------------------------------------------------------------

def test_empty_message_is_other_with_low_confidence():
    r = classify("", "")
    assert r.label == "other" and r.confidence <= 0.5
    assert classify(None, None, None).label == "other"


def test_html_remnants_are_read_as_text():
    body = ("<html><body><p>Dear Kai,</p><p>We regret to inform you that we have decided to pursue other "
            "candidates&nbsp;for this position.</p><br><div style='color:#999'>Unsubscribe</div></body></html>")
    r = classify("Your application", body)
    assert r.label == "rejection", r.evidence
    assert all("<p>" not in e for e in r.evidence)


def test_text_in_a_language_without_a_pack_is_other_with_low_confidence():
    # Polish: no language pack, so nothing is judged.
    r = classify("Twoja aplikacja", "Szanowna Pani, dziękujemy za przesłanie zgłoszenia. Niestety musimy "
                                    "poinformować, że wybraliśmy innych kandydatów do dalszego etapu rekrutacji.")
    assert r.label == "other"
    assert r.confidence <= 0.5
    assert any("not in a language" in e for e in r.evidence)


def test_huge_body_is_cut_and_still_classified():
    footer = "This message is confidential and meant for the addressee only. "
    body = "We have decided to move forward with other candidates.\n" + footer * 20_000
    r = classify("Update", body)
    assert r.label == "rejection"
    assert any("first" in e and "characters" in e for e in r.evidence)


def test_masked_addresses_and_quoted_replies_are_ignored():
    body = ("Hi, could you send me your availability for a video interview next week?\n\n"
            "On Mon, 3 Mar 2025 at 09:12, Candidate <<EMAIL>> wrote:\n"
            "> Thanks, I'm sorry to hear you have decided not to proceed.")
    assert classify("Re: next steps", body).label == "interview"
