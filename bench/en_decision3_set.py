"""English rejections and their look-alikes by writers nobody tuned on: precision as well as recall.

Written for this project (never real mail), the twelfth session, by writers none of the earlier English sets
has: banks and a telecom in Lagos and Abuja, a contact centre in Cebu and a hospital in Manila, agencies in
Sydney, Leeds and Nairobi, two applicant-tracking systems' notices, a US hospital system and a state university,
pharma in Hyderabad and IT services in Pune, a UK housing association and a Victorian state department, founders
in Austin and Manchester, employee-referral programmes, and, for mail that is not about a job, a scholarship
trust, a film festival, a mortgage broker, a licensing office, a journal, a junior football club, a rental agent,
a conference committee, car finance, an arts council, an animal rescue and a housing co-operative.

Rejections take the shapes real ones take: the decision said once after long thanks; the decision as a fact about
the process ("the shortlist has now been finalised", "we've completed interviews and made an appointment"); a role
paused or re-scoped; kept on file; feedback offered; short agency notes ("client went another way"); templates.
The look-alikes speak in the same voices: acknowledgements that warn of silence, status updates ("still
reviewing"), conditionals, the candidate's own withdrawal confirmed, interview invitations and offers that
mention other candidates, a referral's outcome (a rejection of someone else), and a recruiter's "not this one,
but here is another role". About a quarter of the set is decisions about other things.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report"
writers are measured only at the start and at the end of a piece of work, and their mistakes are never printed.
`messages()` yields the dressed messages; `bench/mail_en_decisions3.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW, OFFER, TEST, OUTREACH = (
    "rejection", "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach")
NAMES = ("Chiamaka", "Rhys", "Maricel", "Tobias", "Anjali", "Kwame", "Siobhan", "Hamish", "Yetunde", "Paolo",
         "Deepa", "Imogen", "Emeka", "Joaquin")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "bank-lagos", "tune", "talentacquisition@eko-continental.example.ng",
    "Warm regards,\nTalent Acquisition Unit\nEko Continental Bank Plc",
    "Eko Continental Bank will never ask you to pay for any stage of recruitment.",
    messages=[
        (REJ, "Graduate Trainee Programme 2027", "Dear {name},\n\nWe appreciate your interest in the Eko Continental "
         "Graduate Trainee Programme and the time you invested in the online test and the panel session. The "
         "programme attracted over eleven thousand applicants this year and every file was reviewed by two "
         "assessors. The final list of trainees has now been concluded and your name was not among those "
         "selected. We wish you success in your career pursuits."),
        (REJ, "Re: Relationship Officer (Ikeja branch)", "Dear {name},\n\nThank you for your follow-up. Kindly be "
         "informed that the Relationship Officer position in Ikeja has been closed, as the branch has since "
         "engaged a candidate. We shall retain your CV in our database for future openings that fit your profile."),
        (ACK, "Application received - Graduate Trainee Programme", "Dear {name},\n\nThis is to acknowledge receipt "
         "of your application. Please note that only shortlisted candidates will be contacted for the next stage. "
         "Candidates who do not receive any communication within four weeks should consider their application "
         "unsuccessful."),
        (INTERVIEW, "Invitation: assessment centre, Victoria Island", "Dear {name},\n\nFollowing your performance "
         "in the online test, you have been shortlisted alongside forty other candidates for our assessment "
         "centre on Saturday 12 June at the Head Office, Victoria Island. Kindly come along with the originals "
         "of your credentials."),
        (OTHER, "Withdrawal of application acknowledged", "Dear {name},\n\nWe acknowledge your mail stating that "
         "you no longer wish to be considered for the Treasury Analyst role, and your application has been "
         "closed accordingly. We wish you the very best in your new role."),
        (REJ, "Treasury Analyst - update", "Dear {name},\n\nWe regret to inform you that after careful "
         "consideration your application for the Treasury Analyst role was not successful at this time."),
        (ACK, "Recruitment status", "Dear {name},\n\nPlease be informed that the assessment of candidates for "
         "the Relationship Officer role is ongoing. Successful candidates will be contacted in due course."),
    ]))

W.append(Writer(
    "bpo-cebu", "tune", "recruitment@islandreach-cx.example.ph",
    "Thank you and God bless,\nRecruitment Team\nIslandReach CX Solutions, Cebu IT Park", dress="html",
    messages=[
        (REJ, "Application status - Customer Service Representative", "Hi {name},\n\nGood day! Thank you for "
         "taking the time to visit our site in Cebu IT Park for the initial interview and the versant exam. Upon "
         "evaluation, we regret to inform you that you did not meet the requirements for the healthcare account "
         "at this time. You may re-apply after 90 days."),
        (ACK, "Application update", "Hi {name},\n\nGood day! Your application for Technical Support Representative "
         "is still under evaluation by our hiring team. Kindly wait for our text or call within the week. Please "
         "do not reply to this email."),
        (REJ, "Re: Team Leader applicant", "Hi {name},\n\nGood day! We would like to inform you that the hiring "
         "for the Team Leader post has been put on hold by the client, so we will not be proceeding with your "
         "application. We will reach out once there are new openings for you."),
        (OFFER, "Job offer - Customer Service Representative", "Hi {name},\n\nCongratulations! Out of the applicants "
         "in yesterday's batch, you are one of the eight who passed all stages. Attached is your job offer; "
         "please sign and bring it on your first day, 3 August."),
        (ACK, "We got your application", "Hi {name},\n\nThank you for applying at IslandReach CX! Should you not "
         "be endorsed for final interview, you will no longer receive a call from us. Kindly keep your lines "
         "open."),
        (REJ, "Final interview result", "Hi {name},\n\nGood day! Thank you for completing your final interview "
         "with the account manager. Unfortunately, the account has decided to go with other applicants whose "
         "experience is closer to their needs."),
    ]))

W.append(Writer(
    "agency-sydney", "tune", "bec@harbourbridge-people.example.com.au",
    "Cheers,\nBec Donnelly\nSenior Consultant | Harbourbridge People", dress="quote",
    messages=[
        (REJ, "Re: Payroll Officer - North Sydney", "Hey {name},\n\nQuick one - heard back from the client and "
         "they've gone another way, sorry. They picked someone with Chris21 experience. Let's chat next week about "
         "what else is around."),
        (OUTREACH, "Not that one but...", "Hey {name},\n\nThe Parramatta role isn't going to be the right fit "
         "as they want someone in office five days, but I've got another payroll gig in Chatswood that's hybrid "
         "and pays a bit more. Keen for a chat tomorrow?"),
        (REJ, "Re: Accounts Payable, Macquarie Park", "Hi {name},\n\nBad news on Macquarie Park I'm afraid. "
         "The client has pulled the role altogether after a restructure, so it's dead in the water for now. I'll "
         "keep you front of mind."),
        (INTERVIEW, "Second round!", "Hi {name},\n\nGreat news - they'd like you back for a second round on "
         "Thursday at 2pm. They're seeing one other person, so go in strong."),
        (ACK, "Re: any news?", "Hi {name},\n\nNo news yet I'm afraid, the hiring manager's still working through "
         "the first interviews. I'll chase Friday and let you know either way."),
        (REJ, "Re: Finance Assistant", "Hi {name},\n\nJust had feedback on the Finance Assistant role. They "
         "really liked you but went with an internal candidate in the end. Not the news you wanted, I know."),
    ]))

W.append(Writer(
    "ats-recruitee", "tune", "no-reply@mail.recruitee-like.example",
    "The Talent Team at Copperbeech Analytics",
    "You received this email because you applied for a job at Copperbeech Analytics. Manage your data here.",
    messages=[
        (REJ, "Your application for Data Engineer at Copperbeech Analytics", "Hi {name},\n\nThanks for your interest "
         "in Copperbeech Analytics and for the effort you put into your application. We have reviewed your "
         "profile carefully and have decided to move forward with candidates whose background more closely "
         "matches the requirements of this role."),
        (ACK, "Thanks for applying to Copperbeech Analytics", "Hi {name},\n\nWe've received your application for "
         "Analytics Engineer. Due to the volume of applications we may not be able to reply to every applicant "
         "individually. If you haven't heard from us within 30 days, the position has likely been filled."),
        (ACK, "Update on your application", "Hi {name},\n\nWe wanted to give you a quick update: our team is still "
         "reviewing applications for the Data Engineer role, and we expect to make decisions about next steps by "
         "the end of next week. Thank you for your patience."),
        (REJ, "Update on your Copperbeech Analytics application", "Hi {name},\n\nThank you for applying for "
         "Product Analyst. This role has been re-scoped to a more senior position, and as a result we've closed "
         "the current opening and won't be progressing existing applications."),
        (TEST, "Next step: take-home task", "Hi {name},\n\nYou're invited to complete a short take-home task for "
         "the Analytics Engineer role. We're inviting a small group of candidates to this stage; please submit "
         "within five days."),
        (REJ, "Your application for Analytics Engineer", "Hi {name},\n\nThank you for taking the time to complete "
         "the take-home task. The hiring team has reviewed all submissions and unfortunately we won't be inviting "
         "you to the next stage."),
    ]))

W.append(Writer(
    "hospital-system-us", "tune", "talent@mercyridge-health.example.org",
    "Best regards,\nTalent Acquisition\nMercyRidge Health System | Columbus, Ohio",
    "MercyRidge Health is an Equal Opportunity Employer.", dress="html",
    messages=[
        (REJ, "Req 48812 - Registered Nurse, Med/Surg", "Dear {name},\n\nThank you for your interest in the "
         "Registered Nurse opportunity on our Med/Surg unit. We wanted to let you know that the position has been "
         "filled. We encourage you to continue to explore opportunities on our careers site."),
        (REJ, "Req 48790 - Patient Access Representative", "Dear {name},\n\nWe appreciate you taking the time to "
         "interview with our Patient Access team. Interviews for this requisition have concluded and the hiring "
         "leader has extended an offer to the candidate who best matched the unit's needs."),
        (OTHER, "Employee referral update", "Hi {name},\n\nThank you for referring Jordan Ellis for the Pharmacy "
         "Technician role. We wanted to let you know that Jordan was not selected to move forward for this "
         "position. Referral bonuses are paid only on hires completing 90 days."),
        (INTERVIEW, "Interview: Registered Nurse, ICU", "Dear {name},\n\nThe ICU nurse manager would like to "
         "schedule a panel interview with you on Tuesday at 9:00 a.m. Three candidates are being interviewed "
         "that day. Please reply to confirm."),
        (ACK, "We received your application - Req 48905", "Dear {name},\n\nThank you for applying for the Unit "
         "Secretary position. A recruiter will review your application. Because of the number of applications "
         "we receive, only candidates selected for an interview will be contacted."),
        (REJ, "Req 48905 - Unit Secretary", "Dear {name},\n\nThank you for applying to the Unit Secretary "
         "position. After reviewing your qualifications, we have determined that other applicants are better "
         "aligned with the needs of the department at this time. We will keep your information on file for six "
         "months."),
        (REJ, "Req 48931 - Medical Assistant", "Dear {name},\n\nThank you for your recent interest. This "
         "requisition has been cancelled by the department and is no longer accepting candidates. We appreciate "
         "your understanding."),
    ]))

W.append(Writer(
    "pharma-hyderabad", "tune", "careers@deccanbio-pharma.example.in",
    "Regards,\nHR - Talent Acquisition\nDeccanBio Pharmaceuticals Ltd., Genome Valley", dress="oneline",
    messages=[
        (REJ, "Candidature for QC Analyst - Unit II", "Dear {name},\n\nGreetings from DeccanBio! We thank you for "
         "appearing for the technical and HR rounds for the QC Analyst position. We regret to convey that your "
         "candidature has not been considered for further process. We shall get in touch if a suitable opening "
         "arises in future."),
        (REJ, "Regarding Production Officer opening", "Dear {name},\n\nThis has reference to your application "
         "for Production Officer. Please note that the requirement has been kept on hold by management due to "
         "revision of the plant expansion plan. Hence we are unable to take your profile ahead at present."),
        (TEST, "Online aptitude test - Regulatory Affairs Associate", "Dear {name},\n\nYou have been shortlisted "
         "along with other candidates to take an online aptitude test on 14 July. The link will be valid for 48 "
         "hours. Kindly ensure stable internet connectivity."),
        (ACK, "Resume received", "Dear {name},\n\nThank you for sharing your resume. Your profile is under "
         "review with the hiring manager. In case your profile is not shortlisted, you may not receive a "
         "separate communication."),
        (OTHER, "Re: Withdrawal of candidature", "Dear {name},\n\nAs per your request, we have withdrawn your "
         "candidature for the Regulatory Affairs Associate position. Thank you for informing us in time. "
         "All the best."),
        (REJ, "Regulatory Affairs Associate - status", "Dear {name},\n\nThank you for your patience. The final "
         "selection for the Regulatory Affairs Associate position has been completed, and we regret that you "
         "have not been selected."),
    ]))

W.append(Writer(
    "housing-association-uk", "tune", "recruitment@riverwey-homes.example.org.uk",
    "Kind regards\n\nPeople Team\nRiverwey Homes", dress="quote",
    messages=[
        (REJ, "Neighbourhood Officer - interview outcome", "Dear {name}\n\nThank you for coming in to meet Sam and "
         "me last week. We've now completed interviews and made an appointment to the Neighbourhood Officer role. "
         "We know this will be disappointing. If you would like feedback, I'd be happy to arrange a call."),
        (REJ, "Income Officer ref RH/118", "Dear {name}\n\nThank you for your application. The shortlist for "
         "this role has now been finalised and, I'm sorry to say, you haven't been included on this occasion."),
        (INTERVIEW, "Interview - Repairs Coordinator", "Dear {name}\n\nWe'd like to invite you to interview for "
         "the Repairs Coordinator role on Wednesday at 11am. You'll meet two members of the panel. We are "
         "interviewing four candidates in total."),
        (OTHER, "Re: Income Officer - withdrawing", "Dear {name}\n\nThanks for letting us know you'd like to "
         "withdraw from the process. I've removed your application and let the panel know. Best of luck with "
         "everything."),
        (ACK, "Application received - Repairs Coordinator", "Dear {name}\n\nThanks for applying for the Repairs "
         "Coordinator role. Shortlisting will take place on 20 May. Unfortunately we are unable to respond to "
         "every applicant; if you have not heard from us by 27 May, please assume your application has not been "
         "successful."),
        (REJ, "Repairs Coordinator", "Dear {name}\n\nThank you for interviewing with us. It was a close decision, "
         "but the panel has decided to offer the role to another candidate. Your feedback notes are attached, "
         "and we'd be glad to hear from you again."),
    ]))

W.append(Writer(
    "founder-austin", "tune", "dana@mesquite.example.com",
    "- Dana\nFounder, Mesquite", dress="plain",
    messages=[
        (REJ, "re: founding engineer", "{name} -\n\nReally enjoyed our chat. I've thought hard about it and I'm "
         "going to pass for now; I need someone who's been on call for a payments system before. Happy to intro "
         "you to a couple of friends who are hiring."),
        (REJ, "update from Mesquite", "hey {name}, honest update: we're pausing the design hire until after our "
         "raise closes, so I'm closing out the process for everyone. Sorry to leave you hanging on this."),
        (INTERVIEW, "next step?", "{name} - want to come in Friday and pair with Luis for a couple of hours? "
         "We're doing this with two people this week."),
        (OFFER, "offer!", "{name}, we'd love for you to join as our first designer. We talked to a lot of great "
         "people and you were the clear pick. Offer letter attached, happy to walk through equity on a call."),
        (ACK, "re: application", "hey {name} - got your note and portfolio, thanks. Swamped this week; I'll get "
         "back to you by the 20th either way."),
        (REJ, "re: ops lead", "{name}, thanks for the thoughtful answers on Tuesday. We ended up hiring "
         "someone we'd worked with before, so the ops lead seat is taken. Would love to stay in touch."),
    ]))

W.append(Writer(
    "referral-program-tech", "tune", "referrals@northwind-software.example.com",
    "Northwind Referrals Team", "Questions? Visit the referral hub on the intranet.",
    messages=[
        (OTHER, "Referral update: Priya Nair - Senior SRE", "Hi {name},\n\nThanks for referring Priya Nair for "
         "Senior SRE (R-20931). The hiring team has decided not to move forward with Priya's candidacy at this "
         "time. No action is needed from you. Thanks for helping us grow Northwind!"),
        (OTHER, "Referral update: Marcus Webb", "Hi {name},\n\nYour referral Marcus Webb has been moved to "
         "'Interviewing' for Solutions Architect. We'll keep you posted as the process continues."),
        (OTHER, "FW: Your application to Northwind", "Hi {name},\n\nForwarding this so you know where things "
         "landed for your friend - sorry it didn't work out.\n\n---------- Forwarded message ----------\nFrom: "
         "Northwind Recruiting\nTo: Alex Moreno\n\nDear Alex, thank you for applying. Unfortunately we will not be "
         "moving forward with your application.\n\nBest, Tom (Platform team)"),
        (REJ, "Your internal application: Engineering Manager", "Hi {name},\n\nThank you for applying internally "
         "for Engineering Manager, Payments. After the panel, the hiring manager has selected another candidate "
         "for this role. Your manager has been informed and can talk through the feedback with you."),
        (OTHER, "Referral bonus paid", "Hi {name},\n\nGood news: your referral Dana Kim passed 90 days, and the "
         "referral bonus will appear in your next payslip."),
    ]))

W.append(Writer(
    "university-admin-canada", "tune", "hr-staffing@fraservalley-u.example.ca",
    "Sincerely,\nStaffing Services | Human Resources\nFraser Valley University",
    messages=[
        (REJ, "Competition #24-118 Program Assistant", "Dear {name},\n\nThank you for your interest in the "
         "Program Assistant position and for the time you spent on the written assessment. Please be advised "
         "that the competition has now been concluded and the position has been filled."),
        (REJ, "Competition #24-131 Research Coordinator", "Dear {name},\n\nThank you for applying. The hiring "
         "committee received a strong pool of applications. Following careful review, your application was not "
         "selected for further consideration. We appreciate your interest in working at FVU."),
        (REJ, "Competition #24-140 Lab Technician", "Dear {name},\n\nWe are writing to let you know that the "
         "Lab Technician posting has been cancelled, as the department is restructuring the role. Applicants "
         "are welcome to apply once it is re-posted."),
        (ACK, "Competition #24-140 - application received", "Dear {name},\n\nThis confirms that we received your "
         "application. Should you be selected for an interview, a member of the hiring committee will contact "
         "you. Due to volume, we thank all applicants but will only contact those selected."),
        (INTERVIEW, "Competition #24-131 - interview", "Dear {name},\n\nThe hiring committee would like to meet "
         "with you for an interview on March 9 at 1:30 p.m. in Room B212. Interviews with the shortlisted "
         "candidates are 45 minutes long."),
        (REJ, "Competition #24-150 Advisor, Student Awards", "Dear {name},\n\nThank you for your interview for "
         "Advisor, Student Awards. The committee has completed its process and has offered the position to a "
         "candidate whose experience with financial-aid systems was a closer match. We were grateful for the "
         "conversation and encourage you to apply for future postings."),
        (ACK, "Competition #24-150 - status", "Dear {name},\n\nThank you for your patience. The committee is "
         "still completing reference checks for this competition, and we expect to be in touch with every "
         "interviewed candidate next week."),
    ]))

W.append(Writer(
    "retail-hourly-us", "tune", "noreply@apply.prairiegoods-jobs.example.com",
    "Prairie Goods Hiring Team",
    "Please do not reply to this message. Prairie Goods is an equal opportunity employer.", dress="oneline",
    messages=[
        (REJ, "Your application with Prairie Goods", "Hi {name},\n\nThank you for applying to be a Team Member at "
         "our Lincoln, NE store. We have filled all available positions at this location. We encourage you to "
         "apply to other openings near you."),
        (REJ, "Prairie Goods: application update", "Hi {name},\n\nThanks for your interest in the Overnight "
         "Stocker position. At this time we have decided not to move forward with your application. You may "
         "reapply in 60 days."),
        (ACK, "We got your application!", "Hi {name},\n\nThanks for applying to Prairie Goods! A store leader "
         "will review your application. If there's a fit, we'll reach out to schedule an interview. If not, you "
         "may not hear from us, but your application stays active for 90 days."),
        (INTERVIEW, "Schedule your interview", "Hi {name},\n\nGood news! The store leader at Omaha West would like "
         "to interview you. Choose a time in the next three days; spots are limited and other applicants are "
         "scheduling too."),
        (REJ, "Update: Seasonal Cashier", "Hi {name},\n\nThank you for interviewing for Seasonal Cashier. Our "
         "seasonal hiring is complete for this year, and we won't be able to offer you a position."),
    ]))

# ------------------------------------------------------------------------------------- tune writers, not a job
W.append(Writer(
    "scholarship-trust-nigeria", "tune", "awards@adeyemi-education-trust.example.ng",
    "Yours faithfully,\nScholarships Secretariat\nAdeyemi Education Trust",
    messages=[
        (OTHER, "2027 Undergraduate Scholarship - outcome", "Dear {name},\n\nThank you for applying for the 2027 "
         "Adeyemi Undergraduate Scholarship. The selection committee received over four thousand applications. "
         "We regret to inform you that your application was not successful this year. You remain eligible to "
         "apply in the next cycle."),
        (OTHER, "Scholarship interview invitation", "Dear {name},\n\nCongratulations. You have been shortlisted "
         "for the interview stage of the Adeyemi Postgraduate Scholarship. Interviews hold on 5 September in "
         "Ibadan."),
        (OTHER, "Scholarship award letter", "Dear {name},\n\nWe are pleased to inform you that you have been "
         "awarded the Adeyemi Postgraduate Scholarship covering tuition and a monthly stipend. Kindly accept "
         "the award by 30 September."),
        (OTHER, "Re: deferment request", "Dear {name},\n\nThe committee has considered your request to defer your "
         "award to next session. Regrettably the Trust's rules do not permit deferment, and the committee has "
         "decided not to approve it."),
    ]))

W.append(Writer(
    "film-festival", "tune", "programming@harbourlights-filmfest.example.org",
    "Warmly,\nThe Programming Team\nHarbour Lights Short Film Festival", dress="html",
    messages=[
        (OTHER, "Harbour Lights 2027 - your submission", "Dear {name},\n\nThank you for submitting 'Low Tide' to "
         "Harbour Lights. This year we received 2,400 films for 60 slots. After much deliberation, we regret that "
         "your film has not been selected for this year's programme. We hope to see your work again."),
        (OTHER, "Harbour Lights 2027 - official selection", "Dear {name},\n\nWe are delighted to tell you that "
         "'Paper Kites' has been selected for the Harbour Lights 2027 programme, alongside 59 other shorts. "
         "Screening details follow."),
        (OTHER, "Volunteer applications", "Dear {name},\n\nThank you for offering to volunteer at the festival. "
         "All volunteer places for this year are now filled, but we've added you to our waiting list."),
        (OTHER, "Re: screening fee waiver", "Dear {name},\n\nAfter reviewing your request, we are unable to waive "
         "the submission fee for 'Low Tide'. We hope you understand."),
    ]))

W.append(Writer(
    "mortgage-broker-au", "tune", "settlements@keystone-home-loans.example.com.au",
    "Kind regards,\nKeystone Home Loans | Brisbane", dress="quote",
    messages=[
        (OTHER, "Loan application - lender decision", "Hi {name},\n\nI've heard back from the lender's credit "
         "team. Unfortunately they've declined the application, mainly because of the short time in your current "
         "employment. We can look at two other lenders who are more flexible on that."),
        (OTHER, "Conditional approval!", "Hi {name},\n\nGood news - the lender has given conditional approval for "
         "your loan, subject to valuation. They did ask for two more payslips."),
        (OTHER, "Re: refinance", "Hi {name},\n\nAfter running the numbers, we've decided against proceeding with "
         "the refinance this year - the break costs are higher than the savings. Happy to revisit in March."),
        (OTHER, "Valuation came in", "Hi {name},\n\nThe valuation came in under the contract price, so the bank "
         "won't lend the full 90%. Have a think about topping up the deposit and we'll talk Monday."),
    ]))

W.append(Writer(
    "licensing-office-uk", "tune", "licensing@kestonbury.gov.example.uk",
    "Licensing Team\nKestonbury District Council",
    messages=[
        (OTHER, "Street trading consent - decision", "Dear {name}\n\nYour application for a street trading "
         "consent at Market Square has been considered by the Licensing Sub-Committee. I am sorry to tell you "
         "that the application has been refused, for the reasons in the attached notice. You may appeal within "
         "21 days."),
        (OTHER, "Temporary Event Notice acknowledged", "Dear {name}\n\nWe have received your Temporary Event "
         "Notice. If no objection is received from the police within three working days, the event may go ahead."),
        (OTHER, "Taxi driver licence renewal", "Dear {name}\n\nYour application to renew your hackney carriage "
         "driver's licence has been approved. Your new badge will be posted to you."),
        (OTHER, "Premises licence variation", "Dear {name}\n\nFollowing the hearing, the panel decided not to "
         "grant the variation to extend your opening hours beyond 23:00. The existing licence remains in force."),
        (OTHER, "Your application has been rejected", "Dear {name}\n\nYour application for a pavement licence "
         "has been rejected because the plan did not show the clear footway width. Please resubmit with a "
         "corrected plan."),
    ]))

W.append(Writer(
    "journal-editor", "tune", "editorial@journal-of-coastal-ecology.example.org",
    "Sincerely,\nDr Helen Marsh\nHandling Editor, Journal of Coastal Ecology",
    messages=[
        (OTHER, "Decision on manuscript JCE-2027-0412", "Dear {name},\n\nThank you for submitting your manuscript "
         "to the Journal of Coastal Ecology. I have now received two reviews. I regret that I must decline your "
         "manuscript for publication; both reviewers felt the sampling design could not support the "
         "conclusions. I hope the comments are useful."),
        (OTHER, "JCE-2027-0398: minor revision", "Dear {name},\n\nYour manuscript has been returned with a "
         "decision of minor revision. Please address the reviewers' comments within 30 days."),
        (OTHER, "Invitation to review", "Dear {name},\n\nWould you be willing to review a manuscript on "
         "salt-marsh carbon for the journal? If you are unable to, suggestions of other reviewers are welcome."),
        (OTHER, "JCE-2027-0431 - desk decision", "Dear {name},\n\nAfter reading your submission, the editors "
         "have decided that it falls outside the scope of the journal and will not be sent for review."),
    ]))

W.append(Writer(
    "junior-football-club", "tune", "secretary@millbrook-juniors.example.org.uk",
    "Thanks,\nKaren (club secretary)\nMillbrook Juniors FC", dress="oneline",
    messages=[
        (OTHER, "U12 squad selection", "Hi {name},\n\nThanks for bringing Oliver along to the U12 trials. We had "
         "45 children for 16 places, and I'm sorry to say he hasn't been selected for the squad this season. He's "
         "very welcome in our Saturday development group."),
        (OTHER, "U9 trial invite", "Hi {name},\n\nWe'd like to invite Ava to a second trial session on Sunday at "
         "10am with a few other players. Please bring shin pads."),
        (OTHER, "Coaching badge funding", "Hi {name},\n\nThe committee met last night and unfortunately we can't "
         "fund your Level 2 coaching course this year - the grant money has all been allocated."),
        (OTHER, "Kit order", "Hi {name},\n\nYour kit order has gone in, and the supplier says about three weeks."),
    ]))

W.append(Writer(
    "agency-bangalore", "tune", "karthik.r@nimbus-staffing.example.in",
    "Regards,\nKarthik R\nSenior Recruiter | Nimbus Staffing, Bengaluru", dress="quote",
    messages=[
        (REJ, "RE: Data Analyst - client feedback", "Hi {name},\n\nReceived feedback from the client. They have "
         "gone ahead with another profile who is an immediate joiner. Sorry about this one, will share more "
         "openings."),
        (OUTREACH, "RE: DevOps opening", "Hi {name},\n\nThe Whitefield DevOps role needs 8+ years so it won't suit "
         "your profile, but I have a 4-6 year DevOps opening with a product company in Koramangala. Shall I share "
         "your CV? Please send your current and expected CTC."),
        (REJ, "RE: Business Analyst - status", "Hi {name},\n\nThe BA requirement has been put on hold by the "
         "client as their budget got revised. So we can't take your profile forward for now."),
        (INTERVIEW, "L2 interview confirmation", "Hi {name},\n\nYour L2 interview is confirmed for Wednesday 3 PM. "
         "They are closing the position this week and have two more profiles in the final round."),
        (REJ, "RE: Tableau Developer", "Hi {name},\n\nClient rejected the profile after the L1 round; feedback "
         "was that the SQL depth was not enough for this role."),
        (ACK, "RE: any update", "Hi {name},\n\nStill awaiting feedback from the client, they're interviewing till "
         "Friday. Will update you once I hear."),
    ]))

W.append(Writer(
    "school-trust-australia", "tune", "employment@southern-cross-schools.example.edu.au",
    "Warm regards,\nPeople & Culture\nSouthern Cross Schools Trust", dress="html",
    messages=[
        (REJ, "Secondary Maths Teacher - application", "Dear {name},\n\nThank you for your application for the "
         "Secondary Maths Teacher position at our Geelong campus. We were pleased with the quality of applicants. "
         "We have now finalised our shortlist for interview, and we will not be progressing your application "
         "further."),
        (REJ, "Learning Support Officer", "Dear {name},\n\nThank you for attending the interview for Learning "
         "Support Officer. An appointment has now been made. We appreciate your interest in our school community."),
        (REJ, "Business Manager role", "Dear {name},\n\nWe are writing to let you know that, following a review "
         "of the school's administration structure, the Business Manager role will not be filled in its current "
         "form and recruitment has been discontinued."),
        (REJ, "Casual Relief Teacher pool", "Dear {name},\n\nThank you for your interest in joining our relief "
         "pool. Our pool is currently full for the primary campuses, so we are unable to add you at this stage. "
         "We will keep your details on file for Term 3."),
        (ACK, "Application acknowledgement", "Dear {name},\n\nThank you for applying. Applications close on Friday "
         "and the panel will begin shortlisting the following week. Please note that only shortlisted applicants "
         "will be contacted."),
        (INTERVIEW, "Interview - Secondary Science", "Dear {name},\n\nThe panel would like to invite you to an "
         "interview and a short demonstration lesson on Monday. Three applicants have been shortlisted."),
        (REJ, "Secondary Science - outcome", "Dear {name},\n\nThank you for your demonstration lesson and "
         "interview. The panel has recommended another applicant for appointment. I'm very happy to give you "
         "feedback over the phone."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "telecom-abuja", "report", "careers@savannah-mobile.example.ng",
    "Best regards,\nHuman Capital Management\nSavannah Mobile Nigeria Ltd, Abuja",
    messages=[
        (REJ, "Network Planning Engineer - feedback", "Dear {name},\n\nWe sincerely appreciate the interest you "
         "showed in Savannah Mobile and the time you spent with our panel in Abuja. Your interview was well "
         "received and the panel noted your knowledge of microwave links. Having considered all candidates, "
         "the management has approved the appointment of another candidate to the role. We shall keep your "
         "details for future vacancies."),
        (REJ, "Sales Executive (Kano) - outcome", "Dear {name},\n\nThis is to inform you that the recruitment "
         "exercise for Sales Executive, Kano has been concluded. Unfortunately you were not successful."),
        (ACK, "Acknowledgement - Network Planning Engineer", "Dear {name},\n\nWe acknowledge receipt of your "
         "application. Kindly note that if you are not contacted within three weeks after the closing date, you "
         "should take it that your application was not successful."),
        (INTERVIEW, "Invitation for interview", "Dear {name},\n\nYou have been shortlisted for an oral interview "
         "for the position of Customer Experience Officer. A total of twelve candidates have been invited. Venue: "
         "Plot 12, Central Business District, Abuja; time: 10 a.m. prompt."),
        (REJ, "Re: Graduate Engineer Trainee", "Dear {name},\n\nFurther to your enquiry, please be informed that "
         "the Graduate Engineer Trainee programme has been suspended for this year pending a review of business "
         "plans. Applications received will not be processed further."),
        (OTHER, "Re: Withdrawal", "Dear {name},\n\nWe confirm receipt of your withdrawal from the Customer "
         "Experience Officer recruitment. Your interview slot has been released. Thank you and best wishes."),
        (ACK, "Update on recruitment", "Dear {name},\n\nThe recruitment process for Network Planning "
         "Engineer is still ongoing. We will revert to all interviewed candidates once a decision is reached."),
    ]))

W.append(Writer(
    "hospital-manila", "report", "hrd@sanlorenzo-medical.example.ph",
    "Respectfully,\nHuman Resource Department\nSan Lorenzo Medical Center, Manila", dress="html",
    messages=[
        (REJ, "Staff Nurse application", "Dear {name},\n\nGood day! Thank you for your interest in joining San "
         "Lorenzo Medical Center. We regret to inform you that the Staff Nurse vacancies for the ICU have already "
         "been filled. We will keep your application in our pool for future openings."),
        (ACK, "Application status", "Dear {name},\n\nGood day! Please be informed that your application for "
         "Medical Technologist is still for evaluation of the department head. We will contact you for the next "
         "step. Thank you for your patience."),
        (REJ, "Result of examination and interview", "Dear {name},\n\nGood day! Thank you for taking the written "
         "exam and panel interview for Pharmacist. After deliberation, the panel decided to endorse another "
         "applicant for the position. We wish you all the best."),
        (OFFER, "Job offer - Staff Nurse (Pedia Ward)", "Dear {name},\n\nGood day! We are happy to inform you that "
         "you are one of the three applicants chosen for the Pedia Ward. Please report to HRD on Monday for "
         "contract signing and pre-employment requirements."),
        (ACK, "Re: application follow-up", "Dear {name},\n\nGood day! We received your follow-up. Kindly be "
         "advised that only qualified applicants will be called for interview. If you are not contacted within "
         "two weeks, you may apply to other positions."),
        (REJ, "Radiologic Technologist", "Dear {name},\n\nGood day! We would like to inform you that the hiring "
         "for the Radiologic Technologist post has been cancelled due to budget realignment. Thank you for your "
         "understanding."),
    ]))

W.append(Writer(
    "agency-leeds", "report", "jordan.pike@aire-valley-recruitment.example.co.uk",
    "Thanks\nJordan Pike | Aire Valley Recruitment", dress="quote",
    messages=[
        (REJ, "Re: Credit Controller - Headingley", "Hi {name}\n\nJust a quick one - the client has decided to go "
         "with another candidate for the Credit Controller role. Sorry it's not better news. I've a couple of "
         "similar roles in the pipeline I'll send over."),
        (OUTREACH, "Different role - interested?", "Hi {name}\n\nI know the Bradford role wasn't quite right for "
         "you, but I've just taken on a Purchase Ledger role in Wakefield, 35k and hybrid. Worth a chat?"),
        (REJ, "Re: Office Manager", "Hi {name}\n\nUpdate on the Office Manager job - they've put the whole thing "
         "on ice while the directors sort the budget. So it's a no for now, unfortunately."),
        (INTERVIEW, "Interview Tuesday", "Hi {name}\n\nThey'd like to see you Tuesday at 10. They're interviewing "
         "three, you're the first. Shall I confirm?"),
        (ACK, "Re: any update?", "Hi {name}\n\nNothing yet - the hiring manager is off until Wednesday. As soon as I "
         "hear anything either way I'll be in touch."),
        (REJ, "Re: Payroll Administrator", "Hi {name}\n\nFeedback's in. They liked you but felt you were a bit "
         "light on Sage, so they won't be taking it further. Happy to talk it through."),
    ]))

W.append(Writer(
    "ats-bamboo-notices", "report", "notifications@hire.bamboo-like.example",
    "Kind regards,\nPeople Operations, Larkspur Robotics", "Powered by a hiring platform. Do not reply.",
    messages=[
        (REJ, "Larkspur Robotics: your application", "Hi {name},\n\nThank you for applying for Controls Engineer "
         "at Larkspur Robotics. We truly appreciate the time you invested. After reviewing your application "
         "alongside others, we will be pursuing other candidates for this position."),
        (ACK, "Larkspur Robotics: application received", "Hi {name},\n\nThanks for applying for Field Service "
         "Technician. Our team reviews every application, and if your experience matches what we need, we'll be "
         "in touch. If you don't hear back, it means we've decided to go with other candidates."),
        (REJ, "Larkspur Robotics: Field Service Technician", "Hi {name},\n\nThank you for your interest. We wanted "
         "to let you know that this opening has been closed and we are no longer hiring for this position."),
        (TEST, "Larkspur Robotics: coding exercise", "Hi {name},\n\nThe hiring team would like you to complete a "
         "90-minute coding exercise. We're sending this to a shortlist of candidates; the link expires Friday."),
        (ACK, "Larkspur Robotics: still reviewing", "Hi {name},\n\nQuick note that your application for Controls "
         "Engineer is still being reviewed. We hope to share an update within two weeks."),
        (REJ, "Larkspur Robotics: interview outcome", "Hi {name},\n\nThanks for meeting the team. It was a "
         "difficult decision, but we have chosen to proceed with another candidate whose experience more closely "
         "fits our current needs."),
    ]))

W.append(Writer(
    "state-university-us", "report", "hr-recruit@cascadestate.example.edu",
    "Sincerely,\nOffice of Human Resources\nCascade State University",
    messages=[
        (REJ, "Posting 0021456 Academic Advisor", "Dear {name},\n\nThank you for your interest in the Academic "
         "Advisor position. The search committee has completed its review, and the finalist pool has been "
         "determined. You were not among the finalists for this search."),
        (REJ, "Posting 0021470 Grants Specialist", "Dear {name},\n\nThis is to notify you that the search for "
         "Grants Specialist has concluded and the position has been filled. Thank you for your interest in "
         "Cascade State."),
        (REJ, "Posting 0021489 Web Developer", "Dear {name},\n\nWe regret to inform you that the Web Developer "
         "search has been failed and closed due to a change in the department's funding. No hire will be made "
         "from this posting."),
        (INTERVIEW, "Posting 0021456 - campus interview", "Dear {name},\n\nThe committee invites you to a campus "
         "interview on April 3. You are one of three finalists; the schedule is attached."),
        (ACK, "Posting 0021489 - application complete", "Dear {name},\n\nYour application is complete. The "
         "committee will begin reviewing applications on March 1. Only candidates selected for interviews will "
         "be contacted."),
        (OTHER, "Reference request for your former student", "Dear {name},\n\nSam Okafor has named you as a "
         "referee for the Lab Manager position. Unfortunately Sam's application did not advance, so we will no "
         "longer need your letter. Thank you for your willingness."),
        (REJ, "Posting 0021502 Library Assistant", "Dear {name},\n\nThe hiring department has reviewed "
         "the applications and selected candidates for interviews. We are sorry to let you know that you were "
         "not selected for an interview for this posting."),
    ]))

W.append(Writer(
    "it-services-pune", "report", "ta@sahyadri-infotech.example.in",
    "Thanks & Regards,\nTalent Acquisition Team\nSahyadri Infotech Pvt. Ltd., Hinjewadi", dress="oneline",
    messages=[
        (REJ, "Interview feedback - Java Developer", "Dear {name},\n\nGreetings from Sahyadri Infotech. Thank you "
         "for attending the technical discussion on Saturday. We regret to inform you that your profile has not "
         "been shortlisted for the next round. We will retain your resume for suitable future requirements."),
        (REJ, "Position update - SAP FICO Consultant", "Dear {name},\n\nThis is with reference to the SAP FICO "
         "Consultant requirement. The client has put the project on hold, hence the position stands closed for "
         "now. We will reach out if it reopens."),
        (ACK, "Profile received", "Dear {name},\n\nThank you for sharing your profile. The same has been "
         "forwarded to the hiring manager for review. Kindly note that only shortlisted profiles will be "
         "contacted."),
        (INTERVIEW, "Technical round scheduled", "Dear {name},\n\nYour technical round is scheduled on Monday at "
         "11 AM on Teams. Panel will be interviewing multiple candidates, so please join on time."),
        (OFFER, "Offer letter - Senior Test Engineer", "Dear {name},\n\nCongratulations! Based on the interview "
         "rounds, you have been selected among the candidates for Senior Test Engineer. Please find attached the "
         "offer letter and revert with acceptance."),
        (REJ, "Status of your candidature", "Dear {name},\n\nThanks for your patience. Post final HR round, we "
         "have closed the position with another candidate. Appreciate your time and interest."),
    ]))

W.append(Writer(
    "state-department-victoria", "report", "recruitment@dcj.vic.example.gov.au",
    "Regards,\nRecruitment Services\nDepartment of Community and Justice (Victoria)", dress="html",
    messages=[
        (REJ, "VPS4 Policy Officer - outcome", "Dear {name},\n\nThank you for your interest in the VPS4 Policy "
         "Officer role. The selection panel has completed its assessment of all applicants, and a preferred "
         "candidate has been identified. On this occasion you have not been recommended for the role."),
        (REJ, "VPS3 Project Officer - eligibility list", "Dear {name},\n\nThank you for attending interview. The "
         "panel has finalised its recommendations and you were not placed on the merit list for this role. You "
         "may request feedback from the panel chair."),
        (ACK, "Application received - VPS3 Project Officer", "Dear {name},\n\nThank you for your application. "
         "The panel expects to complete shortlisting within three weeks of the closing date. All applicants will "
         "be notified of the outcome."),
        (INTERVIEW, "Interview invitation - VPS4 Program Advisor", "Dear {name},\n\nThe panel would like to invite "
         "you to interview on Tuesday 12 May. Interviews will be held with a small number of applicants."),
        (ACK, "Recruitment update", "Dear {name},\n\nThe panel is still considering applications for the VPS4 "
         "Program Advisor role. We expect to contact shortlisted applicants within a fortnight. Thank you for "
         "your patience."),
        (REJ, "VPS4 Program Advisor - outcome", "Dear {name},\n\nThank you for meeting with the panel. A decision "
         "has been made to offer the role to another applicant. Your interest in working with the department is "
         "genuinely appreciated."),
    ]))

W.append(Writer(
    "founder-manchester", "report", "tom@loomwork.example.co.uk",
    "Tom\nLoomwork", dress="plain",
    messages=[
        (REJ, "re: backend role", "Hi {name},\n\nThanks for the time yesterday, genuinely enjoyed it. We've talked "
         "it over and it's a no from us this time - we need someone who's run Postgres at scale already. Sorry, "
         "and good luck."),
        (REJ, "hiring update", "{name} - bit of news: we've had to freeze the frontend hire for a quarter after "
         "losing a big customer, so I'm letting everyone in the process know we're stopping here. Really sorry."),
        (INTERVIEW, "come in?", "{name}, would you fancy coming in for a half day next week? We're doing the "
         "same with one other person."),
        (ACK, "re: portfolio", "Hi {name}, thanks, got it - will have a proper look over the weekend and come back "
         "to you Monday whichever way it goes."),
        (OFFER, "let's do it", "{name} - we'd like to offer you the role. It was between you and one other and "
         "the whole team picked you. Paperwork to follow."),
        (REJ, "re: product designer", "Hi {name}, quick update - we've made a hire for the designer role, "
         "someone who's done B2B onboarding before. Thanks so much for the case study, it was really good."),
    ]))

W.append(Writer(
    "agency-lagos", "report", "tolu@primeedge-hr.example.ng",
    "Regards,\nTolu Bakare\nPrimeEdge HR Consulting, Lekki", dress="quote",
    messages=[
        (REJ, "Re: Admin Officer (Lekki)", "Hi {name},\n\nI just got word from the client. They have concluded "
         "and picked another candidate for the Admin Officer role. Thanks for your time, I'll reach out when "
         "something else comes up."),
        (OUTREACH, "Another role for you", "Hi {name},\n\nThe oil and gas role is not a good match since they "
         "want someone with NEBOSH, but there's an HSE Coordinator opening with a manufacturing client in Ikeja "
         "that fits you well. Can we talk today?"),
        (REJ, "Re: Accountant (Port Harcourt)", "Hi {name},\n\nThe client has suspended the Accountant hire "
         "indefinitely due to the forex situation. So the process has ended for now, sorry."),
        (INTERVIEW, "Final interview - HR Generalist", "Hi {name},\n\nYou've been shortlisted for the final "
         "interview with the MD on Thursday. Two other candidates are on the list, so please prepare well."),
        (REJ, "Re: Customer Service Lead", "Hi {name},\n\nFeedback from the client: they won't be moving ahead "
         "with you for this role, they felt your experience was more back-office. I'm sorry."),
        (ACK, "Re: follow up", "Hi {name},\n\nNo feedback yet, the client is still interviewing. I'll let you know "
         "as soon as I hear."),
    ]))

W.append(Writer(
    "ats-workable-uk", "report", "noreply@apply.workable-like.example",
    "Best wishes,\nThe Hiring Team at Thistledown Logistics",
    "You are receiving this because you applied through our careers page.", dress="html",
    messages=[
        (REJ, "Warehouse Supervisor at Thistledown Logistics", "Hi {name},\n\nThank you for applying for Warehouse "
         "Supervisor in Daventry. We've now reviewed all applications and have made the difficult decision not "
         "to progress yours to the next stage on this occasion."),
        (REJ, "Transport Planner at Thistledown Logistics", "Hi {name},\n\nThanks for your interest. This vacancy "
         "has now closed as we've successfully appointed. We'd encourage you to keep an eye on our careers page."),
        (REJ, "HGV Class 1 Driver", "Hi {name},\n\nThank you for your application. Unfortunately your application "
         "did not meet the minimum requirements for this role (a Class 1 licence held for two years)."),
        (REJ, "Health & Safety Advisor", "Hi {name},\n\nThanks for speaking with us. We've decided to re-scope "
         "the Health & Safety Advisor role into a part-time contract, so we're closing this recruitment and "
         "won't be taking applications further."),
        (ACK, "Thanks for your application", "Hi {name},\n\nThanks for applying for Transport Planner. We'll "
         "review your application and be in touch if you're selected for interview. Please note we aren't able "
         "to give feedback at this stage."),
        (REJ, "Stock Controller - feedback", "Hi {name},\n\nThank you for attending the assessment day. We have "
         "now completed the process and offered the role to another candidate. If you'd like feedback, just "
         "reply to this email."),
    ]))

W.append(Writer(
    "ngo-nairobi", "report", "hr@maji-safi-initiative.example.or.ke",
    "Kind regards,\nHuman Resources\nMaji Safi Initiative, Nairobi",
    messages=[
        (REJ, "Monitoring & Evaluation Officer - Kisumu", "Dear {name},\n\nWe thank you for applying for the "
         "position of Monitoring & Evaluation Officer. We received many strong applications. We wish to inform you "
         "that the shortlisting exercise has been completed and your application was not shortlisted."),
        (REJ, "Programme Assistant - update", "Dear {name},\n\nKindly note that following a change in donor "
         "funding, the Programme Assistant position has been merged into an existing role and will no longer be "
         "filled. We appreciate your interest in Maji Safi."),
        (INTERVIEW, "Interview - Finance Officer", "Dear {name},\n\nYou have been shortlisted for the Finance "
         "Officer role together with four other candidates. Interviews will be held on Zoom on 8 July."),
        (OTHER, "Withdrawal noted", "Dear {name},\n\nThank you for informing us of your decision to withdraw "
         "from the Finance Officer process. We have updated our records and wish you every success."),
        (REJ, "Finance Officer - outcome", "Dear {name},\n\nThank you for your time during the interview. We "
         "regret to let you know that the panel has identified a candidate whose experience with USAID grants "
         "best meets the requirements, and the post has been offered to them."),
    ]))

W.append(Writer(
    "hotel-ats-philippines", "report", "careers@bayfront-resorts.example.ph",
    "Talent Acquisition\nBayfront Resorts & Hotels",
    "This is a system-generated email.",
    messages=[
        (REJ, "Bayfront Resorts: Front Office Agent", "Hi {name},\n\nThank you for your application for Front "
         "Office Agent in Boracay. After careful review, we regret that you were not shortlisted for the role. "
         "Your profile will remain in our talent pool."),
        (ACK, "Bayfront Resorts: application submitted", "Hi {name},\n\nWe have received your application for "
         "Guest Relations Officer. Shortlisted candidates will be contacted within 15 working days. Otherwise, "
         "please consider your application unsuccessful."),
        (REJ, "Bayfront Resorts: Guest Relations Officer", "Hi {name},\n\nThank you for your interest. We wish to "
         "advise that we are no longer pursuing your candidacy for this role."),
        (INTERVIEW, "Bayfront Resorts: interview schedule", "Hi {name},\n\nYou are invited to a video interview "
         "for Sous Chef on 2 October at 3 PM. Other candidates are also being interviewed that week."),
    ]))

W.append(Writer(
    "referral-program-bank", "report", "refer@harbourgate-bank.example.com",
    "Harbourgate Careers - Employee Referral Programme",
    messages=[
        (OTHER, "Your referral: Amaka Obi", "Hi {name},\n\nThank you for referring Amaka Obi for Credit Risk "
         "Analyst. After review, the hiring team has decided not to proceed with Amaka's application. We "
         "appreciate your referral and encourage you to keep them coming."),
        (OTHER, "Your referral: Ben Carter", "Hi {name},\n\nYour referral Ben Carter has been shortlisted and will "
         "be invited to interview for Branch Manager."),
        (OTHER, "Fwd: Regret letter", "{name}, FYI below - your cousin asked me to pass on that they didn't get "
         "the analyst job, so no need to chase.\n\n> We regret to inform you that you have not been selected for "
         "the position of Analyst.\n\nCheers, Jo"),
        (OTHER, "Referral programme changes", "Hi {name},\n\nFrom 1 January, referral bonuses will be paid after "
         "six months instead of three."),
    ]))

# ----------------------------------------------------------------------------------- report writers, not a job
W.append(Writer(
    "rental-agent-melbourne", "report", "leasing@northcote-realty.example.com.au",
    "Regards,\nLeasing Team | Northcote Realty", dress="quote",
    messages=[
        (OTHER, "12/44 High St - application outcome", "Hi {name},\n\nThanks for applying for 12/44 High Street "
         "and for coming to the inspection. The landlord has reviewed all applications and has decided to go "
         "with another applicant. We'd be happy to let you know about similar properties."),
        (OTHER, "Application approved - 3 Rose Lane", "Hi {name},\n\nGreat news, the owner has approved your "
         "application. Please pay the holding deposit within 24 hours to secure the property."),
        (OTHER, "Re: pet request", "Hi {name},\n\nThe owner has considered your request to keep a dog at the "
         "property and has unfortunately decided not to consent this time."),
        (OTHER, "Inspection times", "Hi {name},\n\nThe next open inspection is Saturday 10:15-10:30. Several "
         "groups have registered, so please arrive on time."),
    ]))

W.append(Writer(
    "conference-committee", "report", "program@pyconf-oceania.example.org",
    "The Program Committee\nPyConf Oceania 2027", dress="html",
    messages=[
        (OTHER, "PyConf Oceania 2027 - your proposal", "Hi {name},\n\nThank you for proposing 'Typing the "
         "untypable'. We received 480 proposals for 52 slots. Unfortunately we weren't able to include your talk "
         "in this year's program. The reviewers' notes are below."),
        (OTHER, "Your talk has been accepted!", "Hi {name},\n\nWe're thrilled to accept your talk for PyConf "
         "Oceania 2027. Please confirm by 1 June."),
        (OTHER, "Travel grant application", "Hi {name},\n\nThe travel grant committee regrets that it cannot offer "
         "you a grant this year; demand far exceeded our budget."),
        (OTHER, "Reviewers wanted", "Hi {name},\n\nWe're looking for volunteers to review proposals. If you can't "
         "help this year, no worries."),
    ]))

W.append(Writer(
    "car-finance-uk", "report", "decisions@roadway-motor-finance.example.co.uk",
    "Roadway Motor Finance",
    "Roadway Motor Finance is authorised and regulated by the Financial Conduct Authority.",
    messages=[
        (OTHER, "Your finance application", "Dear {name}\n\nThank you for applying for hire purchase on a 2022 "
         "Ford Puma. Having completed our checks, we are unable to accept your application on this occasion. You "
         "can ask us which credit reference agency we used."),
        (OTHER, "Your finance application has been approved", "Dear {name}\n\nGood news: your application has been "
         "approved. Your dealer will be in touch to arrange collection."),
        (OTHER, "Settlement figure", "Dear {name}\n\nAs requested, your settlement figure valid until 14 August is "
         "£6,412.20."),
        (OTHER, "Payment holiday request", "Dear {name}\n\nWe have reviewed your request for a payment holiday and "
         "we're sorry that we cannot agree to it. We'd like to talk about other ways we can help."),
    ]))

W.append(Writer(
    "arts-council-nigeria", "report", "grants@lagos-arts-fund.example.ng",
    "Yours sincerely,\nGrants Office\nLagos Arts Fund",
    messages=[
        (OTHER, "Creative Grant 2027 - result", "Dear {name},\n\nThank you for applying to the Creative Grant "
         "2027. The panel has concluded its assessment, and we are sorry to inform you that your project was not "
         "selected for funding in this round."),
        (OTHER, "Residency shortlist", "Dear {name},\n\nYou have been shortlisted for the Lagos Arts Fund "
         "residency along with five other artists. A studio visit will be arranged."),
        (OTHER, "Grant report received", "Dear {name},\n\nWe acknowledge receipt of your final grant report. If "
         "we need anything further we will contact you."),
    ]))

W.append(Writer(
    "animal-rescue", "report", "adopt@second-chance-paws.example.org",
    "Paws crossed,\nThe adoption team at Second Chance Paws", dress="oneline",
    messages=[
        (OTHER, "Your application for Biscuit", "Hi {name},\n\nThank you so much for applying to adopt Biscuit and "
         "for the lovely home check. We had many applications, and after a lot of thought we've decided to place "
         "him with another family whose garden is fully fenced. We'd love to help you find your match."),
        (OTHER, "Home check booked", "Hi {name},\n\nYour home check for Pepper is booked for Thursday at 6pm."),
        (OTHER, "Volunteer dog walker application", "Hi {name},\n\nThanks for applying to walk dogs with us. "
         "Sadly our Tuesday rota is full, so we can't take you on right now - we'll get in touch when a spot "
         "opens."),
    ]))

W.append(Writer(
    "housing-coop", "report", "board@elmstreet-coop.example.org",
    "Best,\nMembership Committee, Elm Street Housing Co-op",
    messages=[
        (OTHER, "Membership application", "Dear {name},\n\nThank you for interviewing with the membership "
         "committee. After discussion, the committee has decided not to offer you membership at this time, as "
         "the only vacancy needs a household of three."),
        (OTHER, "Waiting list", "Dear {name},\n\nYou have been added to our waiting list. We will contact you if "
         "a suitable unit becomes available."),
        (OTHER, "Repair request", "Dear {name},\n\nThe maintenance team has looked at your request to replace the "
         "kitchen cabinets and decided it cannot be done this year."),
    ]))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@inbox.example> wrote:\n> Hello,\n> I hope you're well. Could you tell me "
          "where things stand? Many thanks.\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"font-family:Arial,sans-serif;font-size:14px\">{p.replace(chr(10), '<br/>')}</p>"
                    for p in text.split("\n\n"))
    return f"<!DOCTYPE html><html><body><table><tr><td>{paras}</td></tr></table></body></html>"


DRESS = Dress(QUOTED, "Tue, 9 Feb 2027 at 09:41", _html, quote_on=0, html_on=1, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)
