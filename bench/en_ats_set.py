"""English mail as applicant-tracking systems send it: rejections in a company's own words, and the
acknowledgements, invitations, assessments and account mail the same systems send.

Written for this project (never real mail) by writers deliberately unlike the earlier sets: thirty-two employers
of every size and sector (a high-street retailer, hospitals, universities and a technical college, banks and a
credit union, startups, a county and a state agency, hotel chains, manufacturers, an airline, a law firm, a
school district, a pharmacy chain, a library, a shipping line, a telecom, a charity) each sending through one
system — Workday, Greenhouse, Lever, iCIMS, Taleo, SmartRecruiters, Jobvite, BambooHR, Ashby or a government
portal — with that system's chrome: HTML layout tables with a logo row and a button, "do not reply" lines, equal-
opportunity and privacy statements, unsubscribe links, requisition numbers. The company's name is in the subject
or not; some mail arrives lower-cased and stripped to one line, as some exporters leave it.

Rejections (about half) come after an application, after an assessment, after one or more interviews, or because
the requisition was paused, cancelled or filled from inside; most open and close with thanks and state the decision
once, in the middle, in the company's own words. Acknowledgements include ones that only sound negative ("we will
only be in touch if…", "we cannot reply to everyone"); invitations and scheduling mail, assessment invitations,
and `other` mail from the same systems (account created, password reset, job alerts, "finish your profile",
talent-community newsletters, a withdrawal confirmed) complete it.

The set is split by employer. The "tune" employers may be read while the classifier is changed; the "report"
employers are counted only at the start and at the end of a piece of work, and their mistakes are never printed.
`messages()` yields the dressed messages; `bench/mail_en_ats.py` measures them as written and lemmatised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REJ, ACK, OTHER, INTERVIEW, TEST, OFFER = (
    "rejection", "application_ack", "other", "interview", "assessment", "offer")
NAMES = ("Tomasz", "Aaliyah", "Bronwyn", "Kenji", "Ifeoma", "Mateo", "Saoirse", "Arjun", "Linnea", "Desmond",
         "Yara", "Callum", "Nadia", "Obi")


@dataclass
class Writer:
    key: str
    half: str  # "tune" or "report"
    company: str
    system: str  # a key of CHROME
    sender: str
    sign: str
    footer: str = ""  # the company's own legal / privacy text
    dress: str = "mixed"  # html (every message) | plain | mixed (html every other) | lower (every third lower-cased)
    messages: list[tuple[str, str, str]] = field(default_factory=list)  # (label, subject, body with {name})


# How each system wraps the company's text: the footer it adds, and whether its HTML has a logo row and a button.
CHROME = {
    "workday": ("This email was sent from an unmonitored mailbox. Please do not reply. To view the status of your "
                "application, sign in to your {company} Candidate Home account.\n\nPowered by Workday. {company} "
                "is an equal opportunity employer. All qualified applicants will receive consideration for "
                "employment without regard to race, color, religion, sex, sexual orientation, gender identity, "
                "national origin, disability or protected veteran status.", "View Candidate Home"),
    "greenhouse": ("{company} | Privacy Policy | This message was sent on behalf of {company} via Greenhouse. "
                   "If you no longer wish to receive these emails, you can unsubscribe.", ""),
    "lever": ("Sent with Lever. You are receiving this because you applied to a role at {company}. Update email "
              "preferences | Privacy notice", ""),
    "icims": ("*** Please do not reply to this message. This mailbox is not monitored. ***\n\n{company} is an "
              "Equal Opportunity / Affirmative Action Employer. Minorities, women, veterans and individuals with "
              "disabilities are encouraged to apply. If you need a reasonable accommodation during the hiring "
              "process, contact Talent Acquisition.\n\nPowered by iCIMS | www.icims.com", "Log in to the Career "
              "Portal"),
    "taleo": ("This is an automated message. Replies to this address are not read.\n\nCopyright © Oracle Taleo. "
              "All rights reserved. Your personal information is processed in accordance with the {company} "
              "Candidate Privacy Statement.", "My Job Page"),
    "smartrecruiters": ("Powered by SmartRecruiters | Privacy Policy | Unsubscribe\nYou received this email because "
                        "you created a candidate profile with {company}.", "My Applications"),
    "jobvite": ("This email was sent by {company} using Jobvite. To stop receiving job-related emails from "
                "{company}, click here to unsubscribe. Jobvite, 1300 S. El Camino Real, San Mateo, CA.",
                "Check Application Status"),
    "bamboohr": ("Powered by BambooHR. Please do not reply directly to this email.", ""),
    "ashby": ("Sent via Ashby on behalf of {company}. Manage your data: you can ask us to delete your candidate "
              "record at any time.", ""),
    "govportal": ("This message was generated by the {company} online employment system. Do not reply to this "
                  "e-mail.\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use "
                  "of the intended recipient(s) and may contain confidential information protected by law. "
                  "Correspondence with this office may be subject to public records disclosure.", "Sign In"),
}

W: list[Writer] = []

# ================================================================================================= tune employers
W.append(Writer(
    "harrowgate-retail", "tune", "Harrowgate", "workday", "harrowgate@myworkday.example.com",
    "With thanks,\nHarrowgate Talent Team",
    "Harrowgate Stores plc, registered in England and Wales no. 00482913, Harrowgate House, Leeds LS1 4AP. We "
    "process your data as described in our Candidate Privacy Notice; it is kept for 12 months after the campaign "
    "closes and then deleted.", dress="html",
    messages=[
        (ACK, "Harrowgate: we have your application for Store Supervisor", "Hello {name},\n\nThanks for applying to "
         "be a Store Supervisor at our Wakefield store. Your application is now with the store management team. "
         "Because we receive so many applications, we are only able to get in touch with those we would like to "
         "meet. You can follow your application any time in Candidate Home."),
        (REJ, "Your Store Supervisor application", "Hello {name},\n\nThanks for your interest in the Store "
         "Supervisor role in Wakefield. The store team has now reviewed every application, and on this occasion "
         "yours won't be taken to the next stage. We really appreciate you thinking of Harrowgate and hope you'll "
         "keep an eye on our careers site for roles nearer home."),
        (REJ, "Update from Harrowgate", "Hello {name},\n\nThank you for coming in to meet Gemma and Rob last "
         "Tuesday, and for the time you gave us. After talking it through, the team have offered the Customer "
         "Service Lead role to someone whose till and cash-office experience was a closer fit for this store. We "
         "know this isn't the news you hoped for. Thank you again, and good luck with your search."),
        (INTERVIEW, "Harrowgate - come and meet us", "Hello {name},\n\nGood news: the Leeds Trinity team would like "
         "to meet you for the Visual Merchandiser role. Please choose a 30-minute slot on Thursday or Friday using "
         "the button below. Bring photo ID and wear something comfortable, as part of the chat is on the shop "
         "floor."),
        (REJ, "Christmas Temporary Colleague - Harrowgate", "Hello {name},\n\nThank you for applying to join us "
         "for Christmas. We have now filled all of our seasonal vacancies at the Bradford store, so we're not able "
         "to progress your application. Thank you for thinking of us, and we hope to see you in store soon."),
        (TEST, "Next step: Harrowgate online situational judgement test", "Hello {name},\n\nThanks for applying "
         "for the Assistant Store Manager programme. The next step is a short online test showing everyday "
         "situations in store; tell us how you would handle each one. It takes around 20 minutes and the link "
         "is open for five days."),
        (REJ, "Assistant Store Manager programme", "Hello {name},\n\nThank you for completing our situational "
         "judgement test. We've looked carefully at your results and we won't be moving your application forward "
         "this time. Thank you for the effort you put in."),
        (OTHER, "Your Harrowgate Candidate Home account", "Hello {name},\n\nYour Candidate Home account has been "
         "created. Use it to save jobs, track applications and update your details. If you did not create this "
         "account, please contact us."),
    ]))

W.append(Writer(
    "st-brennans-health", "tune", "St. Brennan's Health", "icims", "talent@stbrennans.icims.example",
    "Sincerely,\nTalent Acquisition\nSt. Brennan's Health System",
    "St. Brennan's Health is a drug-free workplace. Offers of employment are contingent on a background check, "
    "drug screen and verification of licensure. This communication may contain protected health information.",
    dress="html",
    messages=[
        (REJ, "RN - Med/Surg Nights (Req 2021-14477)", "Dear {name},\n\nThank you for applying for the Registered "
         "Nurse - Med/Surg Nights position (Req 2021-14477). After a thorough review, the hiring manager has "
         "chosen to pursue other applicants whose experience more closely aligns with the needs of the unit. We "
         "encourage you to visit our career site regularly, and we thank you for your interest in St. Brennan's."),
        (REJ, "Your application status - Patient Access Representative", "Dear {name},\n\nThank you for taking "
         "the time to interview with our Patient Access team. We enjoyed learning about your background. We have "
         "decided to extend an offer to another candidate, and the position is no longer available. We wish you "
         "every success and thank you again."),
        (REJ, "Req 2021-15022 Pharmacy Technician", "Dear {name},\n\nThank you for your interest in the Pharmacy "
         "Technician position. Please be advised that this requisition has been cancelled and we are no longer "
         "accepting or reviewing applications for it. We appreciate your interest in St. Brennan's and invite you "
         "to apply for other openings that match your skills."),
        (ACK, "Thank you for applying to St. Brennan's Health", "Dear {name},\n\nWe have received your application "
         "for Unit Secretary (Req 2021-15310). Due to the high volume of applications we receive, we are unable "
         "to respond to each applicant individually. If your qualifications match the requirements, a recruiter "
         "will contact you."),
        (INTERVIEW, "Interview Request - Respiratory Therapist", "Dear {name},\n\nThe hiring manager for "
         "Respiratory Therapist (Req 2021-15101) would like to schedule an interview with you. Please use the "
         "link below to select a time that works for you. Interviews are held in person at the Main Campus, "
         "Tower B, 3rd floor."),
        (REJ, "St. Brennan's Health - Clinical Educator", "Dear {name},\n\nThank you for your patience during our "
         "search for a Clinical Educator and for meeting with the panel twice. While your experience is "
         "impressive, we will not be extending an offer to you for this role. We are grateful for your time and "
         "hope our paths cross again."),
        (OTHER, "Reset your password", "Dear {name},\n\nWe received a request to reset the password for your "
         "St. Brennan's Health career portal account. Click the link below to choose a new password. The link "
         "expires in 24 hours."),
        (OTHER, "New jobs matching your alert: Nursing - Days", "Dear {name},\n\n6 new jobs match your job alert "
         "'Nursing - Days':\nRN - ICU Days\nRN - Labor & Delivery\nLPN - Clinic\nView all jobs on our career site."),
    ]))

W.append(Writer(
    "university-northmoor", "tune", "University of Northmoor", "taleo", "noreply-careers@northmoor.example.edu",
    "Regards,\nHuman Resources\nUniversity of Northmoor",
    "The University of Northmoor is an equal opportunity/affirmative action institution. In compliance with the "
    "Clery Act, the annual security report is available on request. Information you provide is a public record "
    "to the extent required by state law.", dress="plain",
    messages=[
        (REJ, "Job Number 21000388 - Research Assistant II", "Dear {name},\n\nThank you for your interest in the "
         "Research Assistant II position in the Department of Soil Science. The search committee has reviewed all "
         "applications, and we regret to inform you that you were not among the finalists selected. We appreciate "
         "your interest in employment at the University of Northmoor."),
        (REJ, "Job Number 21000402 - Assistant Professor of History", "Dear {name},\n\nOn behalf of the search "
         "committee, thank you for applying for the position of Assistant Professor of History. We received more "
         "than two hundred applications. The committee has now completed its campus visits and the position has "
         "been accepted by another candidate. We thank you sincerely for your interest and wish you well in your "
         "career."),
        (REJ, "Job Number 21000410 - Academic Advisor", "Dear {name},\n\nThank you for applying for the Academic "
         "Advisor position. Due to budget constraints, the department has decided not to fill this position at "
         "this time, and the search has been closed. We are grateful for your interest in Northmoor."),
        (ACK, "Application Received - Job Number 21000431", "Dear {name},\n\nThis is to confirm that your "
         "application for Library Specialist (21000431) was successfully submitted. Applications will be reviewed "
         "after the closing date. Only applicants selected for interview will be contacted; please do not call "
         "the department."),
        (INTERVIEW, "Academic Advisor search - video interview", "Dear {name},\n\nThe search committee would like "
         "to invite you to a first-round video interview for the Student Success Coordinator position. The "
         "interview will last 45 minutes. Please reply with your availability on 12, 13 or 14 April."),
        (REJ, "Job Number 21000431 - Library Specialist", "Dear {name},\n\nThank you for your recent application "
         "for Library Specialist. After careful consideration, the hiring department has selected applicants for "
         "interview whose qualifications better match the posted requirements. Your application will not be "
         "considered further for this vacancy. Thank you for your interest in the University of Northmoor."),
        (OTHER, "Northmoor Careers: profile incomplete", "Dear {name},\n\nYou started a candidate profile but have "
         "not finished it. Complete your profile to apply for positions faster; saved information will be used "
         "to prefill future applications."),
        (OTHER, "Northmoor Staff Job Bulletin", "Dear {name},\n\nThis week's staff openings: Grants Accountant, "
         "Custodian (nights), Lab Animal Technician, Web Developer. Sign in to view details and apply."),
    ]))

W.append(Writer(
    "meridian-trust-bank", "tune", "Meridian Trust", "workday", "meridiantrust@myworkday.example.com",
    "Kind regards,\nMeridian Trust Talent Acquisition",
    "Meridian Trust Bank, N.A. Member FDIC. Equal Housing Lender. This message is intended only for the named "
    "recipient and may contain information that is privileged or confidential. If you have received it in error, "
    "please delete it and notify the sender.", dress="mixed",
    messages=[
        (REJ, "Your application for Relationship Banker", "Dear {name},\n\nThank you for applying for the "
         "Relationship Banker opening at our Fairview branch. We appreciate the interest you have shown in "
         "Meridian Trust. At this time we have decided to proceed with candidates whose qualifications more "
         "closely match the requirements of this position. We value the time you invested and wish you success."),
        (REJ, "Meridian Trust - Credit Analyst II", "Dear {name},\n\nThank you for interviewing with us for the "
         "Credit Analyst II role. The team enjoyed speaking with you. We have now concluded the process and "
         "regret that we will not be progressing your candidacy further. We will keep your details on file and "
         "may reach out if a suitable role comes up. Thank you again for your time."),
        (REJ, "Update on Req R-22817", "Dear {name},\n\nThank you for your interest in Meridian Trust. The "
         "Treasury Operations Specialist requisition (R-22817) has been placed on hold and is no longer accepting "
         "applications. As a result, we are unable to move forward with your application. We appreciate your "
         "understanding."),
        (TEST, "Meridian Trust - complete your assessment", "Dear {name},\n\nThank you for your application for "
         "Personal Banker. Please complete the online Banking Skills Assessment within 72 hours using the link "
         "below. Your application will not be reviewed until the assessment has been completed."),
        (INTERVIEW, "Meridian Trust: schedule your phone screen", "Dear {name},\n\nWe would like to move forward "
         "with a 20-minute phone screen for the Fraud Analyst role. Please use the scheduling link to pick a "
         "time this week that suits you."),
        (REJ, "Personal Banker - assessment outcome", "Dear {name},\n\nThank you for completing the Banking Skills "
         "Assessment. We have reviewed your results together with your application and have decided not to "
         "advance you in the process for Personal Banker. Thank you for your interest in Meridian Trust."),
        (ACK, "Meridian Trust: application submitted", "Dear {name},\n\nThank you for applying to Fraud Analyst "
         "(R-23004). Your application has been received. A recruiter will review your experience and you will "
         "be notified by email if there is a change in your status."),
        (OTHER, "Join the Meridian Trust Talent Community", "Dear {name},\n\nStay connected! Our quarterly "
         "talent newsletter brings you stories from our teams, upcoming hiring events and new roles near you. "
         "Manage your preferences in Candidate Home."),
    ]))

W.append(Writer(
    "quillstack-startup", "tune", "Quillstack", "ashby", "no-reply@ashbyhq.example.com",
    "Cheers,\nNoor\nPeople @ Quillstack",
    "Quillstack Inc., 2261 Market St #4412, San Francisco CA 94114", dress="lower",
    messages=[
        (REJ, "Quillstack <> {name}", "Hi {name},\n\nThanks so much for chatting with the team this week, we "
         "really enjoyed it. We've decided to go a different direction for the Founding Designer role, so we won't "
         "be moving to the next round. Genuinely appreciate the time you spent on the portfolio walkthrough and "
         "hope we cross paths again!"),
        (REJ, "Quillstack application", "Hi {name},\n\nThanks for applying to Quillstack! We're a tiny team and "
         "read every application ourselves. For the Senior Backend Engineer role we're focusing on folks with "
         "deep Postgres internals experience, so we're not going to move forward right now. Thank you for the "
         "interest, it means a lot."),
        (REJ, "Update on the Growth Lead role", "Hi {name},\n\nThanks for your patience. Quick honest update: we've "
         "paused hiring for the Growth Lead role while we rethink our go-to-market plan, so we're closing out "
         "all open applications for it. Really sorry for the slow response and thank you for applying."),
        (INTERVIEW, "Quillstack: next step", "Hi {name},\n\nThanks for applying for the Senior Frontend Engineer "
         "role! We'd love to set up a 30 minute intro call with our CTO, Wes. Grab any slot that works here: "
         "cal.example/quillstack/intro"),
        (TEST, "Quillstack take-home", "Hi {name},\n\nGreat talking yesterday! Next up is a short take-home: build "
         "a small collaborative text editor with the starter repo linked below. Please don't spend more than 3 "
         "hours; send it back whenever works in the next week."),
        (REJ, "Quillstack take-home feedback", "Hi {name},\n\nThanks for sending over your take-home. The team "
         "reviewed it carefully, and while there was a lot we liked, we've decided not to move forward with your "
         "candidacy. Happy to share a few notes if helpful. Thanks again for the time you put in."),
        (ACK, "Thanks for applying to Quillstack!", "Hi {name},\n\nThanks for applying for the Product Engineer "
         "role. We got your application and will review it in the next week or so. We can't always reply to "
         "everyone individually, but we'll reach out if it looks like a fit."),
        (OTHER, "Quillstack is hiring: 3 new roles", "Hi {name},\n\nYou signed up to hear about new Quillstack "
         "roles. We just opened Platform Engineer, Support Lead and Data Analyst. Take a look on our jobs page!"),
    ]))

W.append(Writer(
    "county-ridgeford", "tune", "County of Ridgeford", "govportal", "jobs-noreply@ridgefordcounty.example.gov",
    "Respectfully,\nCounty of Ridgeford Human Resources\n(555) 201-4400",
    "The County of Ridgeford is an Equal Opportunity Employer and complies with the Americans with Disabilities "
    "Act. Veterans' preference is applied as required by state statute.", dress="plain",
    messages=[
        (REJ, "Recruitment #21-0117 Eligibility Technician", "Dear {name},\n\nThank you for your interest in "
         "employment with the County of Ridgeford. Your application for Eligibility Technician has been reviewed. "
         "Based on the information provided, you do not meet the minimum qualifications as stated on the job "
         "announcement, and your application will not be processed further. You may apply for other County "
         "positions for which you qualify."),
        (REJ, "Recruitment #21-0126 Civil Engineer II - Notice of Results", "Dear {name},\n\nThank you for "
         "participating in the oral board examination for Civil Engineer II. Your score did not place you within "
         "the eligible rank for this recruitment, and you will not be referred to the hiring department. We "
         "appreciate your interest in public service with Ridgeford County."),
        (REJ, "Recruitment #21-0131 Library Assistant", "Dear {name},\n\nThank you for applying for Library "
         "Assistant. The hiring department has notified us that the vacancy was filled through an internal "
         "promotion. The recruitment is now closed. Thank you for your interest in the County."),
        (ACK, "Application Received: Recruitment #21-0140", "Dear {name},\n\nYour application for Park Ranger I "
         "has been received. Applications are screened after the final filing date. You will be notified by "
         "e-mail of your status. If you do not meet the minimum qualifications, you will also be notified."),
        (TEST, "Recruitment #21-0140 Park Ranger I - Written Examination Notice", "Dear {name},\n\nYou have been "
         "invited to the written examination for Park Ranger I. The exam will be held on Saturday, June 5 at "
         "Ridgeford Community Center, 9:00 a.m. Bring a photo ID and a No. 2 pencil. Late arrivals will not be "
         "admitted."),
        (INTERVIEW, "Recruitment #21-0126 Department Interview", "Dear {name},\n\nCongratulations. The Public Works "
         "Department has selected you for a departmental interview for Civil Engineer II. Please call the number "
         "below by Friday to schedule your appointment."),
        (REJ, "Recruitment #21-0140 Park Ranger I", "Dear {name},\n\nThank you for participating in the Park Ranger "
         "I selection process. After the departmental interviews, another candidate was selected for the "
         "position. Your name will remain on the eligible list for twelve months, and you may be contacted should "
         "another vacancy occur."),
        (OTHER, "Job Interest Card notification", "Dear {name},\n\nA new recruitment has opened in the category "
         "you selected (Parks and Recreation): Recreation Leader, part-time. The final filing date is May 28."),
    ]))

W.append(Writer(
    "solace-hotels", "tune", "Solace Hotels & Resorts", "smartrecruiters", "solacehotels@smartrecruiters.example",
    "Warm regards,\nThe Solace Hotels Recruitment Team",
    "Solace Hotels & Resorts, 18 Harbour Drive, Singapore 098632. We respect your privacy; see how we handle "
    "candidate data in our Candidate Privacy Policy.", dress="html",
    messages=[
        (REJ, "Your application at Solace Marina Bay", "Dear {name},\n\nThank you for your interest in the Guest "
         "Relations Officer role at Solace Marina Bay. We were delighted to receive your application. After much "
         "deliberation, we have chosen another applicant whose profile more closely fits our current needs. We "
         "wish you all the best and hope to welcome you as a guest one day."),
        (REJ, "Solace Hotels - Sous Chef", "Dear {name},\n\nThank you for the cooking trial at our Bali resort and "
         "for sharing your passion with our culinary team. We have carefully considered all candidates and will "
         "not be offering you the Sous Chef role on this occasion. We are grateful for your time."),
        (ACK, "We've received your application", "Dear {name},\n\nThank you for applying for Front Office Agent "
         "at Solace Kuala Lumpur. Our recruitment team is reviewing applications. If you are shortlisted, we will "
         "contact you within three weeks; if you have not heard from us by then, please understand that we have "
         "not been able to take your application further this time."),
        (INTERVIEW, "Interview invitation - Solace Kuala Lumpur", "Dear {name},\n\nWe are pleased to invite you to "
         "an interview for Front Office Agent on Monday 14 June at 10:30 am at the hotel. Please report to the "
         "Human Resources office on level 2 and bring your résumé and certificates."),
        (REJ, "Front Office Agent - Solace Kuala Lumpur", "Dear {name},\n\nThank you for attending the interview "
         "for Front Office Agent. It was a pleasure meeting you. We regret that you have not been successful in "
         "this recruitment. Your résumé will be retained in our talent pool for six months, and we will reach "
         "out should a matching vacancy arise."),
        (REJ, "Solace Hotels update", "Dear {name},\n\nThank you for applying for Spa Therapist at Solace Phuket. "
         "Due to the current travel situation, the resort has postponed its hiring plans and this vacancy is no "
         "longer open. We sincerely appreciate your interest and hope to hear from you again when we reopen."),
        (OTHER, "Welcome to Solace Careers", "Dear {name},\n\nThank you for creating your candidate profile. You can "
         "now follow your applications, set job alerts and share your profile with our recruiters."),
        (OTHER, "Jobs you might like at Solace Hotels", "Dear {name},\n\nBased on your profile, these openings may "
         "interest you: Night Auditor, Banquet Captain, Reservations Executive. Apply in one click."),
    ]))

W.append(Writer(
    "kestrel-precision", "tune", "Kestrel Precision", "icims", "careers@kestrelprecision.icims.example",
    "Thank you,\nKestrel Precision Human Resources",
    "Kestrel Precision Components LLC is an EEO employer. Positions may require compliance with U.S. export "
    "control laws (ITAR/EAR). Kestrel participates in E-Verify.", dress="mixed",
    messages=[
        (REJ, "CNC Machinist - 2nd Shift", "Hello {name},\n\nThank you for your interest in the CNC Machinist "
         "position. We have carefully reviewed your background and, at this time, we have identified other "
         "candidates who more closely meet the needs of the role. We thank you for considering Kestrel and "
         "encourage you to apply for future openings."),
        (REJ, "Quality Engineer - status update", "Hello {name},\n\nThank you for visiting our Dayton plant and "
         "meeting with the quality team. We appreciated the opportunity to learn about your experience. The "
         "position has now been filled. We will retain your information and may contact you about other "
         "opportunities."),
        (REJ, "Kestrel Precision - Manufacturing Engineer", "Hello {name},\n\nThank you for applying. Following a "
         "change in production forecasts, the Manufacturing Engineer requisition has been withdrawn, and we will "
         "not be filling this position. We appreciate your interest in Kestrel Precision."),
        (INTERVIEW, "Kestrel Precision - plant interview", "Hello {name},\n\nWe would like to invite you to a plant "
         "tour and interview for Maintenance Technician on Wednesday at 1:00 pm. Please wear closed-toe shoes; "
         "safety glasses will be provided. Reply to confirm."),
        (TEST, "Mechanical aptitude test - Maintenance Technician", "Hello {name},\n\nBefore your interview we ask "
         "all applicants to complete a 30-minute mechanical aptitude test online. Please complete it using the "
         "link below before Tuesday."),
        (ACK, "Thank you for applying to Kestrel Precision", "Hello {name},\n\nYour application for Assembler I has "
         "been received. Due to the volume of applications, we cannot respond to every applicant personally. "
         "Qualified candidates will be contacted for next steps."),
        (REJ, "Assembler I", "Hello {name},\n\nThank you for your interest in Assembler I. We have decided to move "
         "ahead with other applicants at this time. Thank you for the time you took to apply."),
        (OTHER, "Confirm your email address", "Hello {name},\n\nPlease confirm your email address to activate your "
         "Kestrel Precision candidate account. This link expires in 48 hours."),
    ]))

W.append(Writer(
    "bramblefield-foods", "tune", "Bramblefield Foods", "bamboohr", "notifications@bramblefield.bamboohr.example",
    "All the best,\nKaren Holt\nHR Manager, Bramblefield Foods",
    "Bramblefield Foods Ltd | Unit 4, Orchard Park, Evesham WR11 | Registered in England 07731902", dress="plain",
    messages=[
        (REJ, "Production Operative - Bramblefield Foods", "Hi {name},\n\nThanks ever so much for applying to work "
         "with us in the bakery. We had a brilliant response. I'm sorry to say we've given the places to people "
         "with a bit more food production experience this time around. Thank you again, and do try us again in "
         "the autumn when we take on seasonal staff."),
        (REJ, "Your interview with Bramblefield", "Hi {name},\n\nIt was lovely to meet you on Thursday, thank you "
         "for coming over to Evesham. We've had a really hard decision to make, and we've offered the Technical "
         "Coordinator job to another candidate. Thank you for your time and for your interest in Bramblefield."),
        (REJ, "Bramblefield - Accounts Assistant", "Hi {name},\n\nThank you for applying for our Accounts "
         "Assistant role. Our finance manager has decided to keep the role in-house and it has now been filled "
         "by a colleague, so we won't be interviewing. Thank you for your interest and good luck."),
        (ACK, "Thanks for your application!", "Hi {name},\n\nThank you for applying for Warehouse Team Leader. I "
         "will be going through applications after the closing date on 30th April. I'm afraid I can only reply "
         "to people I'm inviting for interview."),
        (INTERVIEW, "Warehouse Team Leader - interview", "Hi {name},\n\nThanks for your application. I'd like to "
         "invite you for an interview on Tuesday 4th May at 2pm here at Orchard Park. It will be with me and "
         "Steve from the warehouse, around 45 minutes. Let me know if that works."),
        (REJ, "Warehouse Team Leader", "Hi {name},\n\nThank you for your time on Tuesday. Unfortunately we didn't "
         "feel you were quite the right match for the team leader role at this stage. I'll hold on to your CV in "
         "case anything else comes up. Thanks again."),
        (OTHER, "Bramblefield Foods - reference request", "Hi {name},\n\nOne of our new starters has given your "
         "name as a referee. Could you complete the short reference form via the link below? Many thanks."),
        (OTHER, "You've been invited to BambooHR", "Hi {name},\n\nKaren Holt has invited you to set up your "
         "BambooHR account to view your payslips and book holiday. Create your password to get started."),
    ]))

W.append(Writer(
    "orrin-logistics", "tune", "Orrin Logistics", "jobvite", "orrinlogistics@jobvite.example.com",
    "Best regards,\nOrrin Logistics Recruiting",
    "Orrin Logistics is proud to be an equal opportunity employer. CDL positions require a valid license and DOT "
    "medical card. Calls or emails may be recorded for quality purposes.", dress="lower",
    messages=[
        (REJ, "Orrin Logistics: CDL-A Regional Driver", "Hello {name},\n\nThank you for applying with Orrin "
         "Logistics. We reviewed your application for CDL-A Regional Driver against our safety and experience "
         "standards, and unfortunately we are not able to offer you a position at this time. You are welcome to "
         "reapply after six months. We appreciate your interest in driving with Orrin."),
        (REJ, "Dispatcher application update", "Hello {name},\n\nThank you for interviewing for the Dispatcher "
         "opening at our Memphis terminal. The hiring team has decided to move forward with a candidate who has "
         "more experience with our routing system. Thank you for your time and interest."),
        (REJ, "Orrin Logistics - Forklift Operator", "Hello {name},\n\nThank you for your interest in Orrin "
         "Logistics. The Forklift Operator opening at our Reno DC has been closed due to a change in business "
         "needs. Your application will not move forward. Please visit our careers page for other openings."),
        (ACK, "Application received - Orrin Logistics", "Hello {name},\n\nThanks for applying to Warehouse "
         "Associate. A recruiter will review your application within 5 business days. Please note we only contact "
         "applicants who meet the requirements for the position."),
        (INTERVIEW, "Orrin Logistics - hiring event", "Hello {name},\n\nYou are invited to interview at our on-site "
         "hiring event for Warehouse Associate on Saturday from 9 am to 1 pm at the Reno DC. Bring two forms of "
         "ID. Same-day offers may be made."),
        (OFFER, "Orrin Logistics - contingent offer", "Hello {name},\n\nCongratulations! We are pleased to offer "
         "you the Warehouse Associate position, contingent on a drug screen and background check. Please accept "
         "the offer in the portal within 48 hours."),
        (REJ, "Orrin Logistics - Warehouse Associate", "Hello {name},\n\nThank you for attending our hiring event. "
         "We will not be moving forward with your application for Warehouse Associate at this time. Thank you for "
         "your interest in Orrin Logistics."),
        (OTHER, "Refer a friend, earn $500", "Hello {name},\n\nKnow a great driver? Refer them to Orrin Logistics "
         "and earn $500 when they complete 90 days. Share your personal referral link below."),
    ]))

W.append(Writer(
    "tallis-insurance", "tune", "Tallis Insurance", "greenhouse", "no-reply@us.greenhouse-mail.example",
    "Best,\nTallis Insurance Recruiting",
    "Tallis Insurance Group, 40 Water Street, Hartford CT. Tallis is committed to a diverse and inclusive "
    "workplace.", dress="plain",
    messages=[
        (REJ, "Thank you from Tallis Insurance", "Hi {name},\n\nThank you for applying for the Claims Adjuster "
         "role at Tallis. We've had the chance to review your application, and we've decided that your "
         "experience isn't the right match for this position at the moment. We appreciate your interest and wish "
         "you the best."),
        (REJ, "Tallis Insurance - Actuarial Analyst", "Hi {name},\n\nThanks for taking the time to speak with our "
         "actuarial team over the last few weeks. It was a very competitive process, and we've made the decision "
         "to pursue another candidate for the Actuarial Analyst position. We're grateful for your interest and "
         "hope you'll consider Tallis again."),
        (REJ, "Underwriting Associate", "Hi {name},\n\nThank you for your interest in the Underwriting Associate "
         "role. The hiring manager has decided to fill this position with an internal candidate. We appreciate "
         "you applying and encourage you to keep an eye on our careers site."),
        (INTERVIEW, "Tallis Insurance - Interview Confirmation", "Hi {name},\n\nYour interview for Underwriting "
         "Associate is confirmed for Wednesday, March 3, 2:00-3:00 PM ET on Zoom. You will meet Dana Lee and "
         "Marcus Hill. The Zoom link is in the calendar invitation."),
        (TEST, "Tallis Insurance - Excel exercise", "Hi {name},\n\nAs the next step for the Pricing Analyst role, "
         "please complete the attached Excel exercise and return it within 48 hours. It should take about two "
         "hours."),
        (ACK, "Thanks for applying to Tallis Insurance", "Hi {name},\n\nThanks for your interest in Tallis! We've "
         "received your application for Pricing Analyst and our team will be reviewing it soon. If your "
         "experience is a match, we'll be in touch."),
        (REJ, "Tallis Insurance: Pricing Analyst", "Hi {name},\n\nThank you for completing the Excel exercise. "
         "We appreciate the effort, but we will not be moving forward with your application for the Pricing "
         "Analyst role. Thanks again for your interest in Tallis."),
        (OTHER, "Tallis Insurance - your policy renewal", "Hi {name},\n\nYour auto policy renews on July 1. Review "
         "your coverage and renewal premium in the Tallis app."),
    ]))

W.append(Writer(
    "pennant-labs", "tune", "Pennant Labs", "lever", "no-reply@hire.lever.example",
    "Thanks,\nSamira\nTalent Partner, Pennant Labs",
    "", dress="mixed",
    messages=[
        (REJ, "Pennant Labs | Data Engineer", "Hey {name},\n\nThanks for your interest in Pennant Labs and for "
         "applying to our Data Engineer role. After reviewing your background, we don't think it's a match at "
         "this time. We'd love to stay in touch as the team grows. All the best in your search!"),
        (REJ, "Following up from Pennant Labs", "Hey {name},\n\nI wanted to thank you for the time you spent with "
         "us during the onsite. The team debriefed yesterday and decided to close out the process for the Staff "
         "Engineer role without an offer. I know this is disappointing and I'm grateful for the energy you "
         "brought to every conversation."),
        (REJ, "Pennant Labs | Solutions Engineer", "Hey {name},\n\nThanks for applying! We've decided to put the "
         "Solutions Engineer search on pause for now, so I'm closing out all candidates currently in the "
         "process. If we reopen the role I'll reach out personally. Thanks for understanding."),
        (INTERVIEW, "Pennant Labs - let's chat", "Hey {name},\n\nThanks for applying for the Product Manager role. "
         "I'd love to set up a quick 30 minute call to learn more about you. Does any time Thursday or Friday "
         "work? Here's my calendar link."),
        (INTERVIEW, "Pennant Labs onsite schedule", "Hey {name},\n\nExcited to have you in for the virtual onsite "
         "on Tuesday! Here is your schedule: 10:00 system design with Ari, 11:00 coding with Jess, 12:00 lunch "
         "break, 1:00 values conversation with me."),
        (REJ, "Pennant Labs | Product Manager", "Hey {name},\n\nThanks for chatting with me last week. After "
         "talking with the hiring manager, we're going to pursue candidates with more B2B payments experience, "
         "so we won't be moving forward. Really appreciate your time."),
        (ACK, "Pennant Labs has received your application", "Hey {name},\n\nThanks for applying for Support "
         "Engineer at Pennant Labs. We review every application and will reach out if there's a fit."),
        (OTHER, "Pennant Labs wants your feedback", "Hey {name},\n\nHow was your candidate experience with Pennant "
         "Labs? Please take our 2-minute survey. Your answers are anonymous."),
    ]))

W.append(Writer(
    "calder-energy", "tune", "Calder Energy", "workday", "calderenergy@myworkday.example.com",
    "Regards,\nCalder Energy Talent Acquisition",
    "Calder Energy Ltd, Calder House, Aberdeen AB10 1YL. Please consider the environment before printing this "
    "email. Calder Energy collects and processes personal data in line with the UK GDPR; our recruitment privacy "
    "notice explains your rights, including how to request deletion of your data.", dress="html",
    messages=[
        (REJ, "Calder Energy - Graduate Engineer Programme", "Dear {name},\n\nThank you for your application to "
         "the Calder Energy Graduate Engineer Programme 2021 and for completing our online assessments. We have "
         "reviewed your results and regret that we are unable to invite you to the next stage of the process. "
         "Thank you for your interest in Calder Energy."),
        (REJ, "Application update - Offshore Instrument Technician", "Dear {name},\n\nThank you for your "
         "interest in the Offshore Instrument Technician vacancy. Following a review of our operational "
         "requirements, this role has been cancelled and will not be recruited at present. Your application has "
         "therefore been closed. We thank you for your time."),
        (REJ, "Calder Energy - HSE Advisor", "Dear {name},\n\nThank you for attending the final interview for the "
         "HSE Advisor position. We have now completed our assessment of all candidates and have decided to "
         "offer the role to another applicant. We appreciate the time and interest you have shown."),
        (TEST, "Calder Energy - online assessments", "Dear {name},\n\nThank you for applying to the Graduate "
         "Engineer Programme. You are now invited to complete our online assessments: a numerical reasoning test "
         "and a work-style questionnaire. Please complete both within seven days."),
        (INTERVIEW, "Invitation to final interview - HSE Advisor", "Dear {name},\n\nWe are pleased to invite you to "
         "a final interview for the HSE Advisor position at Calder House on 22 April. The interview will include a "
         "15-minute presentation on a safety topic of your choice."),
        (ACK, "Your application has been received", "Dear {name},\n\nThank you for applying for Drilling "
         "Engineer (JR-10442). We have received your application and will review it against the requirements of "
         "the role. Please note that, owing to the number of applications, we may not be able to provide "
         "individual feedback at this stage."),
        (REJ, "Drilling Engineer (JR-10442)", "Dear {name},\n\nThank you for applying for Drilling Engineer. We "
         "have now shortlisted for this vacancy and your application has not been successful on this occasion. "
         "We would encourage you to register for job alerts. Thank you for your interest in Calder Energy."),
        (OTHER, "Job Alert: Engineering - Aberdeen", "Dear {name},\n\nThe following jobs match your saved "
         "search: Subsea Engineer, Process Safety Engineer, Electrical Technician. Sign in to Candidate Home to "
         "view and apply."),
    ]))

W.append(Writer(
    "wren-finch-law", "tune", "Wren & Finch LLP", "greenhouse", "recruiting@wrenfinch.greenhouse.example",
    "Yours sincerely,\nGraduate Recruitment\nWren & Finch LLP",
    "Wren & Finch LLP is a limited liability partnership registered in England and Wales (OC301188) and is "
    "authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be "
    "legally privileged. If you are not the intended recipient, please notify us and delete it.", dress="mixed",
    messages=[
        (REJ, "Wren & Finch Vacation Scheme 2022", "Dear {name},\n\nThank you for applying to the Wren & Finch "
         "Vacation Scheme. We were impressed by the quality of applications this year, which made our decisions "
         "very difficult. I am sorry to tell you that we are unable to offer you a place on the scheme. We wish "
         "you every success in your legal career."),
        (REJ, "Training Contract - assessment centre", "Dear {name},\n\nThank you for attending our assessment "
         "centre and for the effort you put into the day. Having considered your performance across the "
         "exercises, we have decided not to offer you a training contract. If you would like feedback, please "
         "reply to this email within 14 days."),
        (REJ, "Paralegal (Real Estate)", "Dear {name},\n\nThank you for your application for the Real Estate "
         "Paralegal role. We have now appointed to this position and are therefore closing the vacancy. We are "
         "grateful for your interest in the firm."),
        (TEST, "Wren & Finch - Watson Glaser test", "Dear {name},\n\nThank you for your application to our "
         "Training Contract. The next stage is the Watson Glaser critical thinking test, which should be "
         "completed by 5pm on Friday 19 November."),
        (INTERVIEW, "Assessment centre invitation", "Dear {name},\n\nCongratulations, we would like to invite you "
         "to our Training Contract assessment centre on 8 December at our London office. The day includes a "
         "written exercise, a group task and a partner interview. Please book your place via the link."),
        (ACK, "Application submitted - Wren & Finch", "Dear {name},\n\nThank you for submitting your application "
         "for the 2024 Training Contract. We will be in touch once the application window has closed. Please "
         "bear in mind that we receive several thousand applications and may take up to six weeks to respond."),
        (REJ, "Your Wren & Finch application", "Dear {name},\n\nThank you for completing the Watson Glaser test. "
         "Unfortunately your score did not meet the threshold required to progress and we will not be taking "
         "your application further. Thank you for your interest in Wren & Finch."),
        (OTHER, "Wren & Finch Insights: Commercial Awareness Webinar", "Dear {name},\n\nJoin our trainees for a "
         "live webinar on commercial awareness and what a day in the life of a trainee looks like. Register "
         "through our student hub."),
    ]))

W.append(Writer(
    "maple-grove-schools", "tune", "Maple Grove School District", "govportal", "applitrack@maplegrove.k12.example",
    "Sincerely,\nOffice of Human Resources\nMaple Grove School District 211",
    "Maple Grove School District 211 does not discriminate on the basis of race, color, national origin, sex, "
    "disability, or age in its programs and activities.", dress="lower",
    messages=[
        (REJ, "Maple Grove SD - Grade 4 Teacher", "Dear {name},\n\nThank you for your interest in the Grade 4 "
         "Teacher position at Lincoln Elementary. The principal has completed interviews, and another candidate "
         "has been recommended to the Board for this position. We appreciate your interest in Maple Grove School "
         "District and encourage you to apply for future openings."),
        (REJ, "Maple Grove SD - Paraprofessional", "Dear {name},\n\nThank you for applying for the "
         "Paraprofessional position at Maple Grove High School. Due to changes in enrollment, the position has "
         "been eliminated for the coming school year. Your application will remain active in our system for "
         "other postings."),
        (REJ, "Maple Grove SD - Assistant Principal", "Dear {name},\n\nThank you for your application for "
         "Assistant Principal. After review, you were not selected for an interview for this position. Thank you "
         "for your interest in serving the students of Maple Grove."),
        (ACK, "Application received", "Dear {name},\n\nYour application for Substitute Teacher has been received "
         "and is complete. Principals review applications directly and will contact candidates they wish to "
         "interview. Please do not call individual schools."),
        (INTERVIEW, "Interview - Middle School Science", "Dear {name},\n\nDr. Alvarez would like to interview you "
         "for the Middle School Science Teacher position on Thursday, June 10 at 3:30 p.m. at Jefferson Middle "
         "School. Please prepare a 10-minute sample lesson."),
        (REJ, "Maple Grove SD - Middle School Science Teacher", "Dear {name},\n\nThank you for interviewing for the "
         "Middle School Science Teacher position. The committee has chosen to move forward with another "
         "applicant. We sincerely appreciate the time you took to meet with us."),
        (OTHER, "Your AppliTrack password", "Dear {name},\n\nYour password for the Maple Grove online application "
         "was changed. If you did not make this change, contact the HR office."),
        (OTHER, "Maple Grove Job Fair - teachers wanted", "Dear {name},\n\nJoin us at our Spring Teacher Job Fair "
         "on April 17 at the District Office. Meet our principals and learn about openings for the next school "
         "year."),
    ]))

W.append(Writer(
    "northstar-pharmacy", "tune", "Northstar Pharmacy", "taleo", "northstar.careers@taleo.example.net",
    "Best regards,\nNorthstar Pharmacy Talent Acquisition",
    "Northstar Pharmacy Inc. is an equal opportunity employer. Northstar will never ask candidates for money or "
    "bank details during the hiring process.", dress="mixed",
    messages=[
        (REJ, "Northstar Pharmacy - Pharmacy Technician Trainee (Req 0098812)", "Dear {name},\n\nThank you for "
         "your interest in Northstar Pharmacy. We have reviewed your application for Pharmacy Technician Trainee "
         "and will not be considering you further for this opportunity. We encourage you to apply for other "
         "positions for which you are qualified."),
        (REJ, "Northstar Pharmacy - Staff Pharmacist", "Dear {name},\n\nThank you for the time you spent speaking "
         "with our district leader about the Staff Pharmacist role. We have decided to pursue other candidates "
         "for this position. We appreciate your interest in Northstar and wish you continued success."),
        (REJ, "Req 0099210 - Shift Lead", "Dear {name},\n\nThank you for applying. This requisition has been "
         "filled and is now closed. We appreciate your interest in Northstar Pharmacy."),
        (TEST, "Northstar Pharmacy - complete your Virtual Job Tryout", "Dear {name},\n\nThank you for applying for "
         "Shift Lead. To continue, please complete the Virtual Job Tryout, an online simulation of a day in our "
         "stores. It takes about 40 minutes."),
        (ACK, "Thank you for your submission", "Dear {name},\n\nThank you for applying to Store Associate (Req "
         "0099377). Your submission has been received. If we determine that your qualifications match our needs, "
         "a member of our team will contact you. Otherwise, we will keep your profile in our database for future "
         "opportunities."),
        (INTERVIEW, "Northstar Pharmacy: interview scheduling", "Dear {name},\n\nThe store manager at Northstar "
         "#4417 would like to meet you for the Store Associate role. Please pick an interview time using the "
         "scheduling link below."),
        (REJ, "Northstar Pharmacy - Store Associate", "Dear {name},\n\nThank you for meeting with our store team. "
         "We have completed our review and, although your skills are valued, another applicant has been selected "
         "for this role. Thank you for your interest."),
        (OTHER, "Northstar Rewards: your coupons are ready", "Dear {name},\n\nYour weekly Northstar Rewards coupons "
         "are ready. Save 20% on vitamins this week."),
    ]))

# =============================================================================================== report employers
W.append(Writer(
    "cobalt-air", "report", "Cobalt Air", "workday", "cobaltair@myworkday.example.com",
    "Kind regards,\nCobalt Air People & Culture",
    "Cobalt Air Limited, Hangar 7, Dublin Airport, Co. Dublin. Registered in Ireland 512774. Cobalt Air will "
    "process your personal data in line with the GDPR for the purpose of recruitment only.", dress="html",
    messages=[
        (REJ, "Cobalt Air - Cabin Crew 2022", "Dear {name},\n\nThank you so much for your interest in flying with "
         "Cobalt Air and for attending our cabin crew open day. Following the day's activities, we will not be "
         "progressing your application on this occasion. We really appreciate the time you gave us, and you are "
         "welcome to apply again in six months."),
        (REJ, "Your application: Aircraft Maintenance Engineer B1", "Dear {name},\n\nThank you for applying for the "
         "B1 Licensed Engineer role. Having reviewed your application against the licence and type ratings "
         "required, we have decided to pursue other applicants at this time. Thank you for considering Cobalt "
         "Air."),
        (REJ, "Cobalt Air - Revenue Analyst", "Dear {name},\n\nMany thanks for taking part in the interviews for "
         "Revenue Analyst. We can now let you know that the position has been offered to and accepted by another "
         "candidate. We are grateful for your interest and wish you the very best."),
        (REJ, "Cobalt Air recruitment update", "Dear {name},\n\nThank you for applying for Ground Operations Agent "
         "at Cork. Due to a review of our winter schedule, recruitment for this role has been suspended and all "
         "applications have been closed. Thank you for your understanding."),
        (ACK, "Cobalt Air: application received", "Dear {name},\n\nThank you for applying to Cobalt Air. We have "
         "received your application for Cabin Crew 2022. Our team will review all applications after the "
         "closing date; we regret that we are unable to reply to every applicant individually."),
        (INTERVIEW, "Cobalt Air - Cabin Crew open day invitation", "Dear {name},\n\nWe would love to meet you! You "
         "are invited to our Cabin Crew open day on Saturday 12 February at the Cobalt Air Training Centre. "
         "Please book your time slot using the link and bring your passport."),
        (TEST, "Cobalt Air - online video questions", "Dear {name},\n\nThe next step in your Cabin Crew application "
         "is a short online video interview with four recorded questions. Please complete it within three days."),
        (OTHER, "Cobalt Air - your booking confirmation", "Dear {name},\n\nThank you for booking with Cobalt Air. "
         "Your flight CB214 Dublin to Lisbon departs at 06:40 on 14 March. Check in online from 48 hours before "
         "departure."),
    ]))

W.append(Writer(
    "riverside-childrens", "report", "Riverside Children's Hospital", "icims",
    "careers@riversidechildrens.icims.example",
    "Best regards,\nHuman Resources | Riverside Children's Hospital",
    "Riverside Children's Hospital is an equal opportunity employer and a tobacco-free campus. All employees are "
    "required to be vaccinated against influenza as a condition of employment.", dress="mixed",
    messages=[
        (REJ, "Pediatric RN - PICU", "Dear {name},\n\nThank you for applying for the Pediatric RN position in our "
         "PICU. We have carefully reviewed your qualifications and have determined that we will not be moving "
         "forward with your application for this role. Thank you for your interest in caring for our patients and "
         "families."),
        (REJ, "Child Life Specialist - update", "Dear {name},\n\nThank you for spending time with our Child Life "
         "team during the panel interview. It was a difficult decision, and we have selected a candidate whose "
         "experience is a closer match for this position. We will keep your application on file for future "
         "openings. Thank you again."),
        (REJ, "Req 21-6610 Unit Clerk", "Dear {name},\n\nThank you for your interest in the Unit Clerk position. "
         "This position has been filled internally. We encourage you to visit our website for other "
         "opportunities."),
        (ACK, "Riverside Children's - thank you for applying", "Dear {name},\n\nThank you for applying for "
         "Environmental Services Technician. We have received your application. If selected for an interview, "
         "you will be contacted by a member of our recruitment team; due to the number of applications we are "
         "unable to reply to everyone."),
        (INTERVIEW, "Riverside Children's - phone interview", "Dear {name},\n\nThank you for your application for "
         "Environmental Services Technician. We would like to schedule a brief phone interview. Please click the "
         "link to choose a time."),
        (REJ, "Environmental Services Technician", "Dear {name},\n\nThank you for the phone interview. We have "
         "decided not to move forward with your candidacy at this time. Thank you for your interest in Riverside "
         "Children's Hospital."),
        (OTHER, "Riverside Children's Foundation Gala", "Dear {name},\n\nJoin us for the annual Riverside "
         "Children's Foundation Gala on October 9. Every ticket supports care for children in our community."),
        (OTHER, "Your iCIMS account", "Dear {name},\n\nYour username for the Riverside Children's career portal is "
         "shown below. If you have forgotten your password, use the reset link on the login page."),
    ]))

W.append(Writer(
    "eastbay-tech-college", "report", "Eastbay Technical College", "taleo", "hr-noreply@eastbaytech.example.edu",
    "Sincerely,\nEastbay Technical College | Human Resources",
    "Eastbay Technical College is an equal opportunity employer and educator. Under the Public Records Act, "
    "application materials may be disclosed on request.", dress="plain",
    messages=[
        (REJ, "Position 1142 - Welding Instructor", "Dear {name},\n\nThank you for your application for the "
         "Welding Instructor position. The screening committee has completed its review, and you have not been "
         "selected to continue in the process. We appreciate your interest in Eastbay Technical College."),
        (REJ, "Position 1150 - Financial Aid Specialist", "Dear {name},\n\nThank you for interviewing with the "
         "committee for Financial Aid Specialist. We have now completed the search and have hired another "
         "candidate. We wish you well in your future endeavors."),
        (REJ, "Position 1155 - Adjunct, English Composition", "Dear {name},\n\nThank you for your interest in "
         "teaching at Eastbay. Enrollment for the fall term did not support additional sections, so we will not "
         "be hiring adjunct faculty for English Composition this term. Your application will remain in our pool "
         "for the spring."),
        (ACK, "Application confirmation - Position 1161", "Dear {name},\n\nYou have successfully applied for "
         "Admissions Counselor. Your application will be reviewed by the screening committee after the closing "
         "date. Due to the volume of applications, only candidates selected for interview will be notified."),
        (INTERVIEW, "Position 1161 - interview invitation", "Dear {name},\n\nThe screening committee invites you to "
         "interview for Admissions Counselor on Tuesday, May 18. Interviews will be held on Microsoft Teams and "
         "will last 40 minutes. Please confirm a time by replying to this message."),
        (REJ, "Position 1161 - Admissions Counselor", "Dear {name},\n\nThank you for your time during the interview "
         "process. The committee has chosen to offer the position to another finalist. We are grateful for your "
         "interest in Eastbay Technical College."),
        (OTHER, "Eastbay Continuing Education - summer courses", "Dear {name},\n\nEnroll now in summer continuing "
         "education courses: Excel for Business, Intro to Welding, Medical Terminology."),
        (OTHER, "Please update your applicant profile", "Dear {name},\n\nIt has been a year since you updated your "
         "applicant profile. Review your work history and references so your information is current."),
    ]))

W.append(Writer(
    "granite-mutual", "report", "Granite Mutual Credit Union", "jobvite", "granitemutual@jobvite.example.com",
    "Thank you,\nGranite Mutual Human Resources",
    "Federally insured by NCUA. Granite Mutual Credit Union is an Equal Opportunity Employer. This email may "
    "contain confidential information.", dress="lower",
    messages=[
        (REJ, "Granite Mutual - Member Service Representative", "Hello {name},\n\nThank you for applying to be a "
         "Member Service Representative. We have reviewed your application and, while we were impressed, we are "
         "not able to offer you an interview at this time. We appreciate your interest in Granite Mutual."),
        (REJ, "Granite Mutual - Loan Officer", "Hello {name},\n\nThank you for meeting with our lending team. We "
         "have filled the position and will not be moving ahead with other applicants. Thank you for your time."),
        (REJ, "Granite Mutual - Branch Manager", "Hello {name},\n\nThank you for your interest in the Branch "
         "Manager role at our Elm Street branch. We have decided to pursue a candidate whose background more "
         "closely matches what we need right now. We will keep your résumé for future openings. Thank you again."),
        (ACK, "We received your application", "Hello {name},\n\nThank you for your application to Granite Mutual. "
         "Our recruiting team reviews every application. We will only contact you if your experience matches "
         "the role, so please keep an eye on your inbox."),
        (INTERVIEW, "Granite Mutual - second interview", "Hello {name},\n\nThank you for your first interview! We "
         "would like to invite you back for a second interview with our VP of Lending on Monday at 10 am."),
        (REJ, "Update from Granite Mutual", "Hello {name},\n\nThank you for your interest in the Collections "
         "Specialist role. We wanted to let you know this position has been put on hold. We are not reviewing "
         "applications for it at this time, and will reach out if it reopens."),
        (OTHER, "Granite Mutual - rates update", "Hello {name},\n\nAuto loan rates as low as 2.49% APR this month. "
         "Apply online or visit your nearest branch."),
        (OTHER, "Welcome to the Granite Mutual talent network", "Hello {name},\n\nThanks for joining our talent "
         "network. We'll send you news about life at Granite Mutual and new openings that match your interests."),
    ]))

W.append(Writer(
    "fernhill-robotics", "report", "Fernhill Robotics", "ashby", "recruiting@fernhill.ashbyhq.example",
    "Thanks,\nPriyanka\nRecruiting, Fernhill Robotics",
    "Fernhill Robotics, Inc. | Pittsburgh, PA", dress="mixed",
    messages=[
        (REJ, "Fernhill Robotics - Controls Engineer", "Hi {name},\n\nThank you for interviewing with us for the "
         "Controls Engineer role, it was great to learn about your work on legged robots. After a lot of "
         "discussion, we're not going to extend an offer. We really appreciate the time you invested with the "
         "team."),
        (REJ, "Fernhill Robotics", "Hi {name},\n\nThanks for your interest in Fernhill! After reviewing your "
         "application for Perception Engineer, we don't see a match at this time. We'll keep your info and "
         "reach out if something better aligned opens up."),
        (REJ, "Update on your Fernhill application", "Hi {name},\n\nThanks for your patience. We've closed the "
         "Hardware Test Technician role after a change in our roadmap, so we won't be continuing with "
         "applications for it. Sorry we couldn't bring better news."),
        (INTERVIEW, "Fernhill Robotics - technical interview", "Hi {name},\n\nThanks for the great conversation "
         "with Dave! We'd like to schedule a 60 minute technical interview. Please pick a slot from the link."),
        (TEST, "Fernhill Robotics - coding exercise", "Hi {name},\n\nNext step is a 90 minute coding exercise on "
         "CoderPad focused on C++ and geometry. You'll get a link for the time you choose."),
        (REJ, "Fernhill Robotics - coding exercise follow-up", "Hi {name},\n\nThanks for completing the coding "
         "exercise. We appreciate the effort, but we've decided to move on with other candidates for this role. "
         "Wishing you the best."),
        (ACK, "Thanks for applying to Fernhill Robotics", "Hi {name},\n\nWe've received your application for "
         "Embedded Software Engineer. Our team will review it and get back to you if there's a potential match."),
        (OTHER, "Fernhill Robotics newsletter", "Hi {name},\n\nThis month: our robots shipped to three new "
         "warehouses, an interview with our CTO, and an open house at our Pittsburgh lab."),
    ]))

W.append(Writer(
    "state-dot", "report", "State Department of Transportation", "govportal", "noreply@careers.statedot.example.gov",
    "Human Resources Division\nState Department of Transportation",
    "This is a state government e-mail. Use of this e-mail system is subject to monitoring. Persons with "
    "disabilities who require accommodation in the application process should contact the HR Division.",
    dress="plain",
    messages=[
        (REJ, "Notice of Non-Selection - Highway Maintenance Worker", "Dear {name},\n\nThank you for your interest "
         "in employment with the State Department of Transportation. This is to notify you that you were not "
         "selected for the position of Highway Maintenance Worker, Job ID 84421. We appreciate your interest in "
         "state service."),
        (REJ, "Job ID 84530 - Transportation Engineer", "Dear {name},\n\nThank you for applying. Your application "
         "was evaluated by the hiring agency, and your qualifications were not among those referred for "
         "interview. You may apply for other positions posted on the state careers site."),
        (REJ, "Job ID 84611 - Cancellation of Posting", "Dear {name},\n\nThank you for applying for Right of Way "
         "Agent. Please be advised that this posting has been cancelled by the agency and no selection will be "
         "made. Thank you for your interest."),
        (ACK, "Application Received - Job ID 84702", "Dear {name},\n\nYour application for Bridge Inspector has "
         "been received. Due to the volume of applications, you may not be contacted unless you are selected "
         "for an interview. Please check your account for status updates."),
        (INTERVIEW, "Job ID 84702 - Interview Scheduled", "Dear {name},\n\nYou have been scheduled for an "
         "interview for Bridge Inspector on June 2, 2021 at 1:30 PM, District 4 Office. Please arrive 15 minutes "
         "early with a valid ID."),
        (REJ, "Job ID 84702 - Bridge Inspector", "Dear {name},\n\nThank you for interviewing for Bridge Inspector. "
         "The hiring manager has made a selection and you were not the selected candidate. We appreciate your "
         "time and interest."),
        (OTHER, "Your state careers account", "Dear {name},\n\nYour email address for your state careers account "
         "has been updated. If you did not request this change, please contact support."),
        (OTHER, "Job alert: Engineering Technician", "Dear {name},\n\nNew positions matching your search: "
         "Engineering Technician II, Materials Lab Technician. Postings close in 10 days."),
    ]))

W.append(Writer(
    "lantern-inns", "report", "Lantern Inns", "smartrecruiters", "lanterninns@smartrecruiters.example",
    "Best wishes,\nThe Lantern Inns Recruitment Team",
    "Lantern Inns Group Ltd, Registered Office: 4 Canal Wharf, Birmingham B1. Registered in England 05521890.",
    dress="html",
    messages=[
        (REJ, "Lantern Inns - Head Chef, Stratford", "Dear {name},\n\nThank you for your application for Head Chef "
         "at the Lantern Stratford. We have now reviewed all the applications and, on this occasion, we will not "
         "be taking your application further. Thank you for thinking of Lantern Inns."),
        (REJ, "Your trial shift at Lantern Bath", "Dear {name},\n\nThank you for coming in for a trial shift at "
         "the Lantern Bath. The team appreciated your hard work. We've decided to offer the Bar Supervisor role "
         "to another applicant. We hope you'll apply for future vacancies with us."),
        (REJ, "Lantern Inns - General Manager, Harrogate", "Dear {name},\n\nThank you for your interest in the "
         "General Manager role at Lantern Harrogate. We have appointed an existing member of our management team "
         "to this position, so the vacancy is now closed. Thank you for your application."),
        (ACK, "Thanks for applying to Lantern Inns", "Dear {name},\n\nThanks for applying for Housekeeping "
         "Assistant at the Lantern York. The General Manager will review your application. If you haven't heard "
         "from us within 14 days, unfortunately your application has not been successful on this occasion."),
        (INTERVIEW, "Lantern Inns - trial shift", "Dear {name},\n\nThe Lantern Bath team would like to invite you "
         "for a paid trial shift on Friday from 5pm to 9pm, followed by a short chat with the General Manager."),
        (REJ, "Lantern Inns update", "Dear {name},\n\nThank you for applying for Receptionist at Lantern York. "
         "We've reviewed your application and we're not moving forward with it on this occasion. Thanks again "
         "for your interest."),
        (OTHER, "Lantern Inns - 20% off your next stay", "Dear {name},\n\nAs a Lantern Friend, enjoy 20% off "
         "weekend stays booked before the end of the month."),
        (OTHER, "Your SmartRecruiters profile", "Dear {name},\n\nYour candidate profile is 60% complete. Add your "
         "work experience and a photo to stand out to employers."),
    ]))

W.append(Writer(
    "haldane-components", "report", "Haldane Components", "bamboohr", "hr@haldane.bamboohr.example",
    "Regards,\nPaul Nyberg\nHR Business Partner, Haldane Components",
    "Haldane Components AB (publ) | Registered office Gothenburg, Sweden. This message may contain confidential "
    "information.", dress="mixed",
    messages=[
        (REJ, "Haldane Components - Production Planner", "Hello {name},\n\nThank you for your application for "
         "Production Planner. We have now gone through all applications and have decided to continue with other "
         "candidates whose profiles better fit our current needs. We thank you for your interest in Haldane."),
        (REJ, "Haldane - Process Engineer interview", "Hello {name},\n\nThank you for the interviews with our team "
         "in Gothenburg. We have now made our decision and will not be offering you the Process Engineer "
         "position. We enjoyed our conversations and wish you success."),
        (REJ, "Haldane - Electrical Designer", "Hello {name},\n\nThank you for applying. Due to a reorganisation in "
         "our engineering department, we have decided not to recruit for the Electrical Designer position at "
         "this time. Your application is therefore closed."),
        (ACK, "Application received", "Hello {name},\n\nThank you for applying for Supply Chain Analyst. We review "
         "applications continuously and will contact you if we wish to proceed. Please note that we do not "
         "answer each application personally."),
        (TEST, "Haldane - personality and logic tests", "Hello {name},\n\nAs the next step for Supply Chain "
         "Analyst, please complete our personality questionnaire and logical reasoning test within five days."),
        (INTERVIEW, "Haldane - Supply Chain Analyst", "Hello {name},\n\nThank you for completing the tests. We would "
         "like to meet you for an interview on Teams next Wednesday at 14:00 CET. Please confirm if this suits."),
        (REJ, "Supply Chain Analyst - update", "Hello {name},\n\nThank you for the interview. After careful "
         "consideration we have chosen another candidate for the Supply Chain Analyst role. Thank you for your "
         "time."),
        (OTHER, "Haldane Components - press release", "Hello {name},\n\nHaldane Components reports record order "
         "intake for the third quarter and opens a new plant in Poland."),
    ]))

W.append(Writer(
    "pixelmoor-games", "report", "Pixelmoor Games", "greenhouse", "no-reply@greenhouse.pixelmoor.example",
    "Cheers,\nPixelmoor Talent",
    "Pixelmoor Games Ltd, Montreal QC. Pixelmoor is committed to building a diverse team.", dress="lower",
    messages=[
        (REJ, "Pixelmoor Games - Gameplay Programmer", "Hi {name},\n\nThanks a ton for applying to Pixelmoor! We "
         "loved seeing your demo reel. We've reviewed applications for Gameplay Programmer and won't be moving "
         "ahead with yours this time. We hope to see your name in our inbox again."),
        (REJ, "Pixelmoor - Art test results", "Hi {name},\n\nThank you for the time you put into our environment "
         "art test. Our art directors reviewed it carefully and decided not to continue with your application for "
         "Environment Artist. Thanks again, and keep creating!"),
        (REJ, "Pixelmoor - Level Designer", "Hi {name},\n\nThanks for applying! Our Level Designer position has "
         "been cancelled as the project entered a new phase, so we're closing all applications for it. We're "
         "sorry for the disappointment."),
        (TEST, "Pixelmoor - Art test", "Hi {name},\n\nWe'd love to see more! Please complete our environment art "
         "test using the brief attached. You'll have 5 days."),
        (INTERVIEW, "Pixelmoor - interview invite", "Hi {name},\n\nThanks for applying for QA Tester! We would like "
         "to invite you to a 30 min video call with our QA Lead. Book your slot here."),
        (REJ, "Pixelmoor - QA Tester", "Hi {name},\n\nThank you for chatting with our QA Lead. We've decided to go "
         "with another candidate for this role. Thank you again for your interest in Pixelmoor."),
        (ACK, "Thanks for your application to Pixelmoor", "Hi {name},\n\nThanks for applying! We read every "
         "application but because of the number we get, we can only reply to the people we want to interview."),
        (OTHER, "Pixelmoor - new game announcement", "Hi {name},\n\nOur new game Lanternfall launches this "
         "Thursday! Wishlist it now."),
    ]))

W.append(Writer(
    "sundial-grocers", "report", "Sundial Grocers", "workday", "sundialgrocers@myworkday.example.com",
    "Thanks,\nSundial Grocers Recruiting",
    "Sundial Grocers Inc. is an equal opportunity employer. We participate in E-Verify. Please review our "
    "applicant privacy notice.", dress="mixed",
    messages=[
        (REJ, "Sundial Grocers - Deli Clerk", "Hi {name},\n\nThanks for applying to be a Deli Clerk at Sundial "
         "Grocers, Oak Park. We've taken a look at your application and we're going to move forward with other "
         "applicants for now. We appreciate your interest in joining our team."),
        (REJ, "Sundial Grocers - Department Manager", "Hi {name},\n\nThank you for interviewing with us for the "
         "Produce Department Manager role. We've selected another candidate for the position. We truly "
         "appreciate your time and hope you'll apply again."),
        (REJ, "Sundial Grocers - Cashier", "Hi {name},\n\nThank you for your application. The Cashier opening at "
         "our Elmhurst store has been filled, and we're no longer reviewing applications for it. Thank you for "
         "your interest in Sundial."),
        (ACK, "Sundial Grocers - Application Received", "Hi {name},\n\nThank you for applying for Stocker (Nights). "
         "A store leader will reach out if your experience fits what they're looking for."),
        (INTERVIEW, "Sundial Grocers - interview", "Hi {name},\n\nThe Oak Park store team would like to interview "
         "you for Stocker (Nights). Please choose a time using the link below."),
        (TEST, "Sundial Grocers - work style questionnaire", "Hi {name},\n\nTo continue your application, please "
         "complete our 15-minute work style questionnaire."),
        (REJ, "Sundial Grocers - Stocker (Nights)", "Hi {name},\n\nThanks for completing the interview. We will "
         "not be offering you the position at this time. Thank you for your interest."),
        (OTHER, "Sundial Grocers - this week's deals", "Hi {name},\n\nThis week at Sundial: strawberries 2 for $5, "
         "fresh salmon $9.99 per pound."),
    ]))

W.append(Writer(
    "vireo-health", "report", "Vireo Health Plans", "lever", "no-reply@hire.lever.example",
    "Best,\nVireo Health Plans Talent Team",
    "Vireo Health Plans is an equal opportunity employer. This email may contain information protected under "
    "HIPAA.", dress="plain",
    messages=[
        (REJ, "Vireo Health Plans - Care Coordinator", "Hi {name},\n\nThank you for applying for the Care "
         "Coordinator position. We enjoyed reviewing your background. At this time we've decided to focus on "
         "candidates with licensed clinical experience, so we will not be moving to interviews with you. We "
         "appreciate your interest in Vireo."),
        (REJ, "Vireo - Senior Data Scientist", "Hi {name},\n\nThank you for your time throughout the interview "
         "process for Senior Data Scientist. The team was impressed, but we have chosen to move ahead with "
         "another finalist. Thank you for the care you put into the case study."),
        (REJ, "Vireo - Member Advocate", "Hi {name},\n\nThank you for your interest. We've made the difficult "
         "decision to freeze hiring for the Member Advocate role for the rest of the year, and we are closing "
         "your application. We hope you'll apply again in the future."),
        (TEST, "Vireo - case study", "Hi {name},\n\nAs a next step, we'd like you to complete a short case study "
         "analysing a claims dataset. Please send your slides back by Monday."),
        (INTERVIEW, "Vireo - panel interview", "Hi {name},\n\nWe'd like to invite you to a panel interview to "
         "present your case study to the team. Please share your availability next week."),
        (ACK, "Thank you for applying to Vireo Health Plans", "Hi {name},\n\nThanks for applying to Vireo. Our team "
         "will review your application carefully. If your experience aligns, someone will reach out to schedule "
         "a conversation."),
        (OTHER, "Your Vireo Health Plans ID card", "Hi {name},\n\nYour digital member ID card is ready. Download "
         "the Vireo app to access it any time."),
    ]))

W.append(Writer(
    "atlas-consulting", "report", "Atlas Consulting", "workday", "atlas@myworkday.example.com",
    "Kind regards,\nAtlas Consulting Recruiting",
    "Atlas Consulting Group LLP. This email and its attachments are confidential and intended for the named "
    "recipient only. Atlas Consulting collects personal data for recruitment in accordance with its global "
    "privacy statement. To unsubscribe from job-related communication, update your preferences.",
    dress="html",
    messages=[
        (REJ, "Atlas Consulting - Analyst Program", "Dear {name},\n\nThank you for your interest in the Atlas "
         "Consulting Analyst Program. We received a record number of applications this year. After careful "
         "review, we are unable to offer you a first-round interview. We appreciate the time you invested and "
         "encourage you to stay connected."),
        (REJ, "Atlas Consulting - final round outcome", "Dear {name},\n\nThank you for participating in our final "
         "round interviews. We regret to let you know that we will not be extending an offer at this time. We "
         "were grateful to get to know you."),
        (REJ, "Atlas Consulting - Experienced Hire", "Dear {name},\n\nThank you for applying for the Senior "
         "Consultant, Supply Chain role. Please note that this position is no longer available, and we have "
         "therefore closed your application. Thank you for your interest in Atlas Consulting."),
        (TEST, "Atlas Consulting - online case", "Dear {name},\n\nThank you for your application to the Analyst "
         "Program. We invite you to complete our online case experience, which takes about 60 minutes."),
        (INTERVIEW, "Atlas Consulting - first round interviews", "Dear {name},\n\nWe are pleased to invite you to "
         "first round interviews on November 3. You will have two case interviews of 45 minutes each. Please "
         "select your time slot in the portal."),
        (ACK, "Atlas Consulting - application submitted", "Dear {name},\n\nThank you for submitting your "
         "application. We will review it and aim to update you within four weeks. We appreciate your patience."),
        (REJ, "Atlas Consulting - online case outcome", "Dear {name},\n\nThank you for completing the online case. "
         "We have reviewed your results and will not be progressing your application further this year. Thank "
         "you again for your interest."),
        (OTHER, "Atlas Consulting Insights: Supply chains in 2022", "Dear {name},\n\nOur latest report examines "
         "how supply chains are adapting. Download the full report."),
    ]))

W.append(Writer(
    "bellbird-charity", "report", "Bellbird Trust", "bamboohr", "jobs@bellbird.bamboohr.example",
    "Warmly,\nJess Okafor\nPeople Coordinator, Bellbird Trust",
    "Bellbird Trust is a registered charity (No. 1099812). Thank you for supporting our work with young "
    "carers.", dress="lower",
    messages=[
        (REJ, "Bellbird Trust - Youth Worker", "Hi {name},\n\nThank you so much for applying to be a Youth Worker "
         "at Bellbird. We were moved by the commitment in your application. We've now shortlisted for interview "
         "and, I'm sorry to say, we haven't been able to include you this time. Thank you for wanting to support "
         "young carers."),
        (REJ, "Bellbird Trust - Fundraising Manager", "Hi {name},\n\nThank you for coming to interview for the "
         "Fundraising Manager post. The panel has now offered the role to another candidate. We're grateful for "
         "the time and thought you gave us."),
        (REJ, "Bellbird Trust - Volunteer Coordinator", "Hi {name},\n\nThank you for your interest. Our funding for "
         "the Volunteer Coordinator post was not renewed, so we've had to withdraw the vacancy. I'm really sorry "
         "to bring this news."),
        (ACK, "We've got your application", "Hi {name},\n\nThanks for applying for Finance Officer. We'll be in "
         "touch after the closing date. As a small team, we can only reply to shortlisted applicants."),
        (INTERVIEW, "Bellbird Trust - invitation to interview", "Hi {name},\n\nWe'd love to invite you to interview "
         "for Finance Officer on 19 May at our Bristol office. The interview will be with two trustees."),
        (OTHER, "Bellbird Trust - spring appeal", "Hi {name},\n\nThis spring, help a young carer take a break. A "
         "gift of £20 funds a day trip."),
        (OTHER, "Bellbird Trust - volunteer rota", "Hi {name},\n\nThe volunteer rota for June is now out. Please "
         "let us know which sessions you can cover."),
    ]))

W.append(Writer(
    "harbor-city-library", "report", "Harbor City Public Library", "govportal", "noreply@harborcity.example.gov",
    "Harbor City Human Resources Department",
    "Harbor City is an equal opportunity employer. Please do not reply to this automated message.", dress="plain",
    messages=[
        (REJ, "Exam #2021-LIB-07 Librarian I - Results", "Dear {name},\n\nThank you for applying for Librarian I. "
         "Your application has been reviewed and does not demonstrate the required years of professional library "
         "experience. You are not eligible to continue in this recruitment."),
        (REJ, "Librarian II - Branch Manager", "Dear {name},\n\nThank you for your participation in the interview "
         "process for Librarian II. The Library has selected another candidate to fill the position. Thank you "
         "for your interest in Harbor City."),
        (REJ, "Library Page - recruitment closed", "Dear {name},\n\nThank you for your application for Library "
         "Page. Due to a city-wide hiring freeze, this recruitment has been cancelled. We apologize for any "
         "inconvenience."),
        (ACK, "Harbor City - Application Received", "Dear {name},\n\nThank you for applying for Library Technician. "
         "Your application will be reviewed for minimum qualifications. You will receive an e-mail notification "
         "regarding your status."),
        (TEST, "Harbor City - examination notice", "Dear {name},\n\nYou are scheduled for the written examination "
         "for Library Technician on March 20 at City Hall, Room 201."),
        (OTHER, "Harbor City Library - your holds are ready", "Dear {name},\n\nTwo items you reserved are ready "
         "for pickup at the Central Library."),
    ]))

W.append(Writer(
    "tidewater-shipping", "report", "Tidewater Shipping", "jobvite", "tidewater@jobvite.example.com",
    "Best regards,\nTidewater Shipping Talent Acquisition",
    "Tidewater Shipping Lines, Rotterdam | Singapore | Houston. This email is confidential.", dress="html",
    messages=[
        (REJ, "Tidewater Shipping - Chartering Assistant", "Dear {name},\n\nThank you for your application for "
         "Chartering Assistant. We have had a strong response, and we have chosen to proceed with candidates who "
         "bring more direct chartering experience. We appreciate the interest you showed in Tidewater."),
        (REJ, "Tidewater - Marine Superintendent", "Dear {name},\n\nThank you for meeting with our fleet "
         "management team. We have concluded our selection process and will not be offering you the position. "
         "We thank you for your time and wish you fair winds."),
        (REJ, "Tidewater - Port Captain", "Dear {name},\n\nThank you for your interest in the Port Captain role in "
         "Houston. This position has been filled by an internal transfer. We will keep your profile for future "
         "opportunities."),
        (ACK, "Tidewater Shipping - thank you for your application", "Dear {name},\n\nThank you for applying for "
         "Logistics Coordinator. Due to the volume of applications received, we are not able to reply to each "
         "candidate. Only shortlisted candidates will be contacted."),
        (INTERVIEW, "Tidewater - interview invitation", "Dear {name},\n\nWe are pleased to invite you to an "
         "interview for Logistics Coordinator via Teams on Thursday at 9:00 CET."),
        (REJ, "Tidewater - Logistics Coordinator", "Dear {name},\n\nThank you for the interview for Logistics "
         "Coordinator. We have decided to continue with another applicant. Thank you for your interest."),
        (OTHER, "Tidewater Shipping - schedule update", "Dear {name},\n\nPlease note the revised vessel schedule "
         "for the Asia-Europe service in week 32."),
    ]))

W.append(Writer(
    "copperline-telecom", "report", "Copperline Telecom", "smartrecruiters", "copperline@smartrecruiters.example",
    "Regards,\nCopperline Telecom Recruitment",
    "Copperline Telecom Pty Ltd, ABN 44 102 889 301. Copperline respects your privacy.", dress="mixed",
    messages=[
        (REJ, "Copperline Telecom - Network Engineer", "Hi {name},\n\nThank you for applying for Network Engineer. "
         "We have considered your application and we're unable to offer you an interview on this occasion. Thank "
         "you for your interest in Copperline."),
        (REJ, "Copperline Telecom - Retail Consultant", "Hi {name},\n\nThanks for attending the group interview for "
         "Retail Consultant. We will not be proceeding with your application, as other candidates were a closer "
         "fit. Thank you for your time."),
        (REJ, "Copperline - Field Technician", "Hi {name},\n\nThank you for applying for Field Technician in "
         "Geelong. We have put this role on hold due to changes in our rollout plan. We'll let you know if it "
         "reopens."),
        (ACK, "Copperline Telecom - application received", "Hi {name},\n\nThanks for applying for Retail "
         "Consultant. If your application is successful, we'll be in touch within two weeks to arrange a group "
         "interview."),
        (INTERVIEW, "Copperline - group interview", "Hi {name},\n\nWe'd like to invite you to a group interview for "
         "Retail Consultant on Saturday at 10am at our Melbourne store."),
        (OTHER, "Copperline - your bill is ready", "Hi {name},\n\nYour Copperline bill for May is ready. Pay by the "
         "due date to avoid late fees."),
        (OTHER, "Copperline careers: job alert", "Hi {name},\n\nNew jobs near you: Store Manager, Retail "
         "Consultant (part-time)."),
    ]))


def _html(company: str, button: str, body: str, footer: str) -> str:
    """A system's HTML: a logo row, the body in a nested layout table, a button, a small-print footer row."""
    paras = "".join(f'<tr><td style="padding:0 32px 14px 32px;font:14px/20px Helvetica,Arial,sans-serif;'
                    f'color:#222">{p.replace(chr(10), "<br/>")}</td></tr>' for p in body.split("\n\n"))
    cta = (f'<tr><td align="center" style="padding:8px 0 24px 0"><table role="presentation"><tr>'
           f'<td bgcolor="#0b5cad" style="border-radius:4px"><a href="https://careers.example/candidate" '
           f'style="color:#fff;padding:10px 22px;display:inline-block">{button}</a></td></tr></table></td></tr>'
           if button else "")
    small = "".join(f'<p style="margin:0 0 8px 0">{p.replace(chr(10), "<br/>")}</p>' for p in footer.split("\n\n"))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{color:#0b5cad} td{mso-line-height-rule:'
            'exactly}</style></head><body style="margin:0;background:#f2f2f2"><table role="presentation" '
            'width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table role="presentation" '
            'width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px 32px">'
            f'<img src="https://cdn.example/logo.png" alt="{company}" width="140"></td></tr>{paras}{cta}'
            '<tr><td style="padding:16px 32px;font:11px/15px Arial,sans-serif;color:#888;border-top:1px solid '
            f'#e5e5e5">{small}<p><a href="https://careers.example/unsubscribe">Unsubscribe</a> | '
            '<a href="https://careers.example/privacy">Privacy</a></p></td></tr></table></td></tr></table>'
            '</body></html>')


def _stripped(text: str, punctuation: bool) -> str:
    text = " ".join(text.lower().split())
    return text if punctuation else re.sub(r"[^\w\s.]", " ", text)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    out = []
    n = 0
    for w in W:
        system_footer, button = CHROME[w.system]
        system_footer = system_footer.format(company=w.company)
        for i, (label, subject, body) in enumerate(w.messages):
            name = NAMES[n % len(NAMES)]
            n += 1
            subject = subject.format(name=name)
            text = body.format(name=name) + "\n\n" + w.sign
            footer = (w.footer + "\n\n" + system_footer) if w.footer else system_footer
            html = w.dress == "html" or (w.dress == "mixed" and i % 2 == 0)
            if html:
                text = _html(w.company, button, text, footer)
            else:
                text += "\n\n" + footer
                if w.dress == "lower" and i % 3 < 2:
                    text, subject = _stripped(text, i % 3 == 0), _stripped(subject, i % 3 == 0)
            out.append({"writer": w.key, "half": w.half, "label": label, "subject": subject, "body": text,
                        "sender": w.sender, "html": html})
    return out
