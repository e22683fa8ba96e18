"""English decision mail in the shapes real inboxes store it, written for this project (never real mail).

A third English set, after bench/en_rejection_set.py and bench/en_decision_set.py, by other writers again:
South African, Nigerian, Kenyan, Filipino, Hong Kong, Japanese, Emirati, Malaysian and US voices; job boards'
status notices, a federal and a state civil service, police and airline recruiting, film, sport, cruise,
staffing agencies, faculty searches, EU-institution competitions, writers of English as a second language,
all-lower-case founders. What is new is the shape around the decision:

- HTML-only mail (the import turns it into text): "view in browser", a table of job code and location before
  the letter, a logo's alt text, unsubscribe links and a postal address after it;
- a long job description, legal text (data retention, equal opportunity) or a candidate survey below the decision;
- the decision in a forwarded message below a short covering note, or above a quoted thread;
- the decision in the subject only, over a body of portal boilerplate;
- a whole message on one line; very long rejections with feedback;
- the rejection of a talent-pool membership or of a job alert's application, a position cancelled or on hold.

The hard negatives speak in the same voices and shapes: acknowledgements, interview and assessment invitations,
offers, recruiter approaches, job alerts, and newsletters or notices that say "unfortunately", "regret" or "not
selected" about something else (a prize draw, a webinar, a closed office).

The set is split by writer: the "tune" writers may be read while the classifier is changed; the "report"
writers are measured only at the start and at the end of a piece of work, and their mistakes are never printed.
`messages()` yields the dressed messages; `bench/mail_en_shapes.py` measures them in three readings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REJ, ACK, OTHER, INTERVIEW, OFFER, TEST, OUTREACH = (
    "rejection", "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach")
NAMES = ("Tendai", "Marisol", "Kenji", "Fatima", "Bogdan", "Ngozi", "Pedro", "Yusuf", "Carmen", "Arjun",
         "Leilani", "Dmitri")
# How a writer's mail is dressed, cycled over its messages (see _dress).
DRESSES = ("plain", "html", "jobdesc", "legal", "reply", "forward", "oneline")


@dataclass
class Writer:
    key: str
    half: str  # "tune" or "report"
    sender: str
    greet: str  # "" when the message opens without one
    sign: str
    dresses: tuple[str, ...] = ("plain",)
    note: str = ""  # the covering note above a forwarded message
    messages: list[tuple[str, str, str]] = field(default_factory=list)  # (label, subject, body with {name})


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "retail-hourly-us", "tune", "no-reply@hiring.brightcart.example", "Hi {name},",
    "Thanks,\nBrightCart Store #2214 Hiring Team", ("html", "plain"),
    messages=[
        (REJ, "Your BrightCart application", "Thanks for applying to be a Cashier at store #2214. We've reviewed "
         "your availability and the store has filled all open shifts, so we won't be moving ahead with your "
         "application. You can apply again any time at brightcart.example/jobs."),
        (REJ, "Application update - Overnight Stocker", "We appreciate you taking the time to apply for "
         "Overnight Stocker. At this time we have decided to pursue other applicants whose availability better "
         "matches the schedule."),
        (REJ, "About your interview with BrightCart", "Thank you for meeting with our store manager last week. "
         "We enjoyed learning about you, but we're not able to offer you the Shift Lead position."),
        (REJ, "Seasonal hiring at BrightCart", "Our seasonal hiring for the holidays is now complete and all "
         "positions have been filled. Your application for Seasonal Associate will not be considered further "
         "this year."),
        (REJ, "Your application status has changed", "Your application for Pharmacy Tech Trainee has been "
         "updated. Status: Not selected. Log in to your candidate profile to see other openings near you."),
        (REJ, "Position cancelled - Deli Clerk", "The Deli Clerk position you applied for at store #2214 has "
         "been cancelled, and we are closing all applications for it. We're sorry for the inconvenience."),
        (REJ, "Re: still interested?", "Sorry for the slow answer! The manager went with someone who could "
         "work weekends, so the role is taken. Feel free to apply for the spring openings."),
        (ACK, "We got your application!", "Thanks for applying to be a Cashier at store #2214. A hiring manager "
         "will review your application and availability. If it's a match, we'll text you to set up a quick "
         "interview."),
        (INTERVIEW, "Pick your interview time", "Great news! The store manager would like to meet you for the "
         "Overnight Stocker role. Unfortunately Tuesday is fully booked, so please choose a time on Wednesday or "
         "Thursday using the link below."),
        (OFFER, "Welcome to BrightCart!", "Congratulations! We're happy to offer you the Seasonal Associate "
         "position at $16.50 an hour. Please complete your onboarding paperwork before your first shift on "
         "Saturday."),
        (OTHER, "BrightCart Rewards: your weekly deals", "Unfortunately the coupon in last week's email expired "
         "early - sorry about that! Here's a new one: 20% off home essentials through Sunday."),
    ]))

W.append(Writer(
    "federal-us", "tune", "auto-notify@usastaffing.example.gov", "Dear {name},",
    "Sincerely,\nOffice of Human Resources\nDepartment of Regional Transit (sample agency)", ("legal", "plain"),
    messages=[
        (REJ, "Notice of Results - Announcement RT-25-118", "This notice concerns your application for Program "
         "Analyst, GS-0343-11. Your application was reviewed and you were found eligible; however, you were not "
         "referred to the selecting official because other applicants scored higher in the assessment."),
        (REJ, "Application Status Update - RT-25-131", "We have completed our review of your application for "
         "Contract Specialist. Based on your responses, you were rated ineligible because your resume does not "
         "show one year of specialized experience at the GS-9 level."),
        (REJ, "Selection Notice - RT-25-104", "A selection has been made for the position of IT Specialist "
         "(INFOSEC). You were referred to the hiring manager, but you were not selected for this position."),
        (REJ, "Announcement RT-25-140 has been cancelled", "The vacancy announcement for Budget Analyst has been "
         "cancelled due to a hiring freeze. No selections will be made, and your application will not be "
         "considered further."),
        (REJ, "Notice of Results - RT-25-152", "Thank you for applying. After reviewing your application, we "
         "determined you do not meet the minimum qualification requirements for this position. You will not "
         "receive further consideration under this announcement."),
        (REJ, "Status update for Management Analyst", "We regret to inform you that the selecting official has "
         "selected another candidate. Your status is now: Not Selected."),
        (REJ, "Notice of Results - RT-25-163 (Not Referred)", "Your application was received and reviewed. "
         "Please log in to your account to view the details of your application status and the eligibility "
         "determination for this announcement."),
        (ACK, "Application Received - RT-25-118", "Your application for Program Analyst has been received. "
         "Please note that the review process may take several weeks. You can track your status in your "
         "account. Applicants who are not referred will be notified."),
        (INTERVIEW, "Interview Request - IT Specialist", "You have been referred to the selecting official and "
         "selected for an interview. Unfortunately we are unable to offer in-person interviews, so your panel "
         "interview will be held by video on March 14 at 10:00 a.m. Eastern."),
        (OFFER, "Tentative Job Offer - Contract Specialist", "We are pleased to extend a tentative offer of "
         "employment for Contract Specialist, GS-1102-11. This offer is contingent on a favorable background "
         "investigation. Please accept or decline within three business days."),
        (TEST, "Action required: complete your assessment", "Your application for Management Analyst requires "
         "an online assessment. You must complete the assessment by 11:59 p.m. Eastern on Friday, or your "
         "application will not be considered."),
    ]))

W.append(Writer(
    "bank-south-africa", "tune", "recruitment@ubuntubank.example.co.za", "Dear {name}",
    "Kind regards\nTalent Acquisition | Ubuntu Bank Group\nJohannesburg", ("jobdesc", "plain", "html"),
    messages=[
        (REJ, "Ubuntu Bank: Application Feedback", "Thank you for your interest in the Credit Analyst role. "
         "Kindly be advised that your application was unsuccessful. Should you not hear from us within 30 "
         "days of this email, please consider your application unsuccessful for other roles too."),
        (REJ, "Regret - Graduate Development Programme 2026", "We appreciate the effort you put into the online "
         "assessments. Regrettably you did not meet the required benchmark and will therefore not proceed to "
         "the assessment centre."),
        (REJ, "Application: Branch Consultant (Req 88341)", "Following a thorough screening process, we wish to "
         "advise that we will not be taking your application further for this position. We wish you success "
         "in your career search."),
        (REJ, "Ubuntu Bank - interview outcome", "Thank you for availing yourself for the interview on Tuesday. "
         "The panel has concluded its deliberations and it is with regret that we advise you that you were not "
         "the successful candidate."),
        (REJ, "Position on hold - Data Scientist", "Please note that the Data Scientist vacancy has been placed "
         "on hold indefinitely owing to a business restructure. We are therefore closing the recruitment process "
         "and your application falls away."),
        (REJ, "Employment Equity Considerations - Req 88350", "Thank you for applying for the Compliance Officer "
         "role. In line with our Employment Equity plan, this role was reserved and your application could not "
         "be considered further."),
        (REJ, "Re: Credit Analyst feedback", "As requested, the panel's feedback: your technical answers were "
         "sound, but another candidate had more experience in SME lending. We are sorry that this was not a "
         "positive outcome for you."),
        (ACK, "Application Received - Req 88341", "Thank you for applying for Branch Consultant. Your application "
         "has been received and will be considered. Please note that only shortlisted candidates will be "
         "contacted; if you do not hear from us within 30 days, please consider your application unsuccessful."),
        (TEST, "Online Assessment Invitation - Graduate Programme", "Congratulations on progressing to the next "
         "step. Please complete the numerical and verbal reasoning assessments on the link below within 5 "
         "days. Regrettably, no extensions can be granted."),
        (INTERVIEW, "Interview: Credit Analyst", "We are pleased to inform you that you have been shortlisted. "
         "Please avail yourself for a panel interview on Thursday at 10h00 at our Sandton offices."),
        (OTHER, "Scheduled maintenance on the Ubuntu Bank app", "We regret to inform you that the Ubuntu Bank app "
         "will be unavailable on Sunday between 01h00 and 05h00 for scheduled maintenance."),
    ]))

W.append(Writer(
    "oil-graduate-nigeria", "tune", "graduatetrainee@deltapetro.example.ng", "Dear {name},",
    "Yours faithfully,\nFor: Human Resources Department\nDelta Petroleum Development Company, Lagos",
    ("forward", "plain"), note="Good morning {name}, see the message from the HR below. Sorry oh. Let's talk "
    "later.",
    messages=[
        (REJ, "Graduate Trainee Recruitment Exercise", "Sequel to the aptitude test you wrote on Saturday, we "
         "regret to inform you that you were not successful. We thank you for your interest in Delta "
         "Petroleum and wish you the best in your future endeavours."),
        (REJ, "Outcome of Interview - Process Engineer", "Reference your interview of 12 June. After due "
         "consideration, management has decided not to offer you employment at this time. Your details will be "
         "kept on our file."),
        (REJ, "Industrial Training Application", "This is to inform you that due to the limited number of "
         "placements, your application for industrial training (SIWES) could not be approved this session."),
        (REJ, "Application for Instrumentation Technician", "We acknowledge receipt of your application. We wish "
         "to inform you that there is no vacancy for this role at the moment and the position advertised has "
         "been suspended."),
        (REJ, "Recruitment Exercise - Final Stage", "Having carefully considered all candidates after the "
         "assessment centre, we are unable to include you among those to be offered appointment. Thank you "
         "for your time."),
        (REJ, "Re: Follow up on application", "Your enquiry refers. Please be informed that the recruitment for "
         "Graduate Trainee has been concluded and all slots have been filled. Kindly look out for our next "
         "advertisement."),
        (ACK, "Acknowledgement of application", "We acknowledge receipt of your application for the Graduate "
         "Trainee programme. Your application is being processed. Shortlisted candidates will be invited for "
         "an aptitude test."),
        (TEST, "Invitation to Aptitude Test", "You have been shortlisted for the aptitude test for the Graduate "
         "Trainee programme. The test holds on Saturday at the Lagos centre by 8am. Come with a valid ID."),
        (OFFER, "Offer of Employment", "Following your successful interview, we are pleased to offer you "
         "employment as Process Engineer (Grade 7). Kindly signify acceptance by signing the duplicate copy of "
         "this letter."),
        (OTHER, "Staff Cooperative: regret", "We regret to inform members that the cooperative end-of-year "
         "party has been cancelled. Contributions will be refunded."),
    ]))

W.append(Writer(
    "ngo-kenya", "tune", "jobs@amanihealth.example.org", "Dear {name},",
    "Regards,\nPeople & Culture\nAmani Health Initiative, Nairobi", ("legal", "html"),
    messages=[
        (REJ, "Your application: Monitoring & Evaluation Officer", "Thank you very much for your interest in "
         "working with Amani Health Initiative. We received over 900 applications for this role. After careful "
         "review, we regret to let you know that we have decided to pursue other applicants whose "
         "qualifications more closely meet the requirements."),
        (REJ, "Community Health Coordinator - recruitment update", "We are writing to update you on the "
         "recruitment. Due to a change in donor funding the project has been postponed and the position "
         "cancelled. We therefore will not proceed with your application."),
        (REJ, "Written test results - Finance Assistant", "Thank you for sitting the written test last week. "
         "Unfortunately, your score did not meet the pass mark, and you will not be invited to the oral "
         "interview."),
        (REJ, "Field Officer (Turkana) - outcome", "Thank you for the time you gave to the interview panel. "
         "While your field experience was appreciated, the panel recommended a candidate who speaks the local "
         "language. We will not be offering you this role."),
        (REJ, "Amani Health - consultant roster", "Thank you for applying to join our roster of evaluation "
         "consultants. Your application has not been retained for the roster at this time."),
        (REJ, "Application update", "Thank you for your application for Logistics Officer. We regret that your "
         "application will not be taken forward, as the role requires a valid Kenyan driving licence."),
        (ACK, "Application received: Monitoring & Evaluation Officer", "Thank you for applying. We have received "
         "your application. Due to the high volume of applications, only shortlisted candidates will be "
         "contacted. We regret that we cannot respond to each applicant individually."),
        (TEST, "Written test - Finance Assistant", "You have been shortlisted for the written test for the "
         "Finance Assistant position. The test is on Monday at 9am at our Westlands office and takes two "
         "hours."),
        (INTERVIEW, "Interview invitation - Field Officer", "Following the shortlisting we are glad to invite you "
         "for an interview for the Field Officer (Turkana) position on Thursday at 11:00 EAT on Zoom."),
        (OTHER, "Amani Health newsletter - April", "Unfortunately the mobile clinic in Lodwar was closed for two "
         "weeks due to floods. This month: our nurses' stories, a new partner, and how your donation helps."),
    ]))

W.append(Writer(
    "bpo-philippines", "tune", "talentacquisition@islandreach.example.ph", "Hi {name},",
    "Best regards,\nIslandReach BPO Recruitment\nCebu IT Park", ("oneline", "plain"),
    messages=[
        (REJ, "IslandReach - application result", "Good day! Thank you for taking the time to go through our "
         "hiring process for Customer Service Representative. We regret to inform you that you did not pass the "
         "final interview. You may re-apply after 3 months."),
        (REJ, "Initial interview result", "Thank you for your time in our initial interview. After careful "
         "evaluation, your application will not be processed further as we are looking for candidates with at "
         "least 6 months of BPO experience."),
        (REJ, "Versant assessment result", "Thank you for taking the Versant English assessment. Unfortunately "
         "you did not reach the required score for the account, so we are unable to proceed with your "
         "application."),
        (REJ, "Application for Team Leader", "We appreciate your interest in the Team Leader position. Please be "
         "informed that the position has already been filled. Rest assured we will keep your resume in our "
         "talent pool."),
        (REJ, "Job Offer Status", "Thank you for coming to our site for the job offer discussion. Unfortunately "
         "the account you were endorsed to has been put on hold by the client, so we will not be able to push "
         "through with the job offer."),
        (REJ, "IslandReach hiring update", "We regret to inform you that you were not endorsed to the next step "
         "of the hiring process. Thank you and good luck."),
        (ACK, "Application received - Customer Service Representative", "Thank you for applying to IslandReach! "
         "We have received your application. Our recruiter will call or text you within 3 to 5 days for your "
         "initial interview."),
        (TEST, "Online assessment link", "Thank you for applying! Please take the online assessment (typing test "
         "and Versant) using the link below within 48 hours to continue your application."),
        (OFFER, "Job offer - Customer Service Representative", "Congratulations! You passed the final interview. "
         "We are happy to offer you the position of Customer Service Representative. Please come to the site on "
         "Monday for your job offer signing."),
        (OTHER, "IslandReach Job Fair", "Unfortunately our job fair at SM Seaside is postponed due to the "
         "typhoon. New date: next Saturday. Bring your resume and a valid ID!"),
    ]))

W.append(Writer(
    "bank-hongkong", "tune", "campus.recruitment@harbourfin.example.hk", "Dear {name},",
    "Best regards,\nCampus Recruitment Team\nHarbour Financial Group", ("html", "jobdesc"),
    messages=[
        (REJ, "Harbour Financial - Management Trainee Programme 2026", "Thank you for your application to our "
         "Management Trainee Programme. We have now completed the review of the video interviews. We regret "
         "that your application has been unsuccessful on this occasion."),
        (REJ, "Summer Internship - application status", "Thank you for your interest in Harbour Financial. Owing "
         "to the exceptionally strong field, we are unable to offer you a place in the Summer Internship."),
        (REJ, "Your application (Job ID 2025-HK-0921)", "We have carefully reviewed your application for "
         "Operations Analyst and regret to advise that you have not been shortlisted for further "
         "consideration."),
        (REJ, "Assessment Centre result", "Thank you for attending our Assessment Centre. We regret to inform you "
         "that, after deliberation, we will not be extending an offer to you for the Global Markets programme."),
        (REJ, "Harbour Financial - Talent Pool", "Thank you for registering your interest in our talent pool. "
         "Having reviewed your profile, we are unable to add you to the pool for the Technology graduate "
         "track this year."),
        (REJ, "Update: Risk Analyst (Job ID 2025-HK-0944)", "Please be informed that the Risk Analyst role has "
         "been withdrawn following an internal reorganisation. We are sorry that we cannot take your "
         "application further."),
        (REJ, "Regret notice - Management Trainee", "This is an automated message. Please do not reply. For "
         "enquiries, contact the campus recruitment team."),
        (ACK, "Application received - Management Trainee Programme", "Thank you for applying to our Management "
         "Trainee Programme. We have received your application and will review it. We will be in touch in "
         "due course about the next stage."),
        (TEST, "Video interview and online tests", "Thank you for applying. You are invited to complete a "
         "recorded video interview and an online numerical test for the Summer Internship within 7 days."),
        (INTERVIEW, "Assessment Centre invitation", "We are delighted to invite you to our Assessment Centre for "
         "the Global Markets programme on 8 November. Unfortunately, we are unable to reimburse travel costs."),
        (OTHER, "Harbour Financial Careers: Meet us on campus", "Unfortunately we had to move our HKU careers "
         "talk to Friday. Join us to hear from our graduates about life at Harbour Financial."),
    ]))

W.append(Writer(
    "corporate-japan", "tune", "saiyo@kitamura-elec.example.jp", "Dear Mr./Ms. {name},",
    "With sincere regards,\nRecruitment Group, Human Resources Department\nKitamura Electric Co., Ltd.",
    ("plain", "reply"),
    messages=[
        (REJ, "Result of selection (Kitamura Electric)", "Thank you very much for applying to Kitamura Electric "
         "and for taking the time to attend our interview. We have carefully considered your application. We "
         "are very sorry, but we must inform you that we cannot proceed with your application this time."),
        (REJ, "Selection result: Overseas Sales", "We appreciate your interest in our company. After careful "
         "deliberation, we regret that we are unable to meet your expectations on this occasion. We sincerely "
         "pray for your further success."),
        (REJ, "Regarding your document screening", "Thank you for sending your documents. We have reviewed them "
         "with care; we are sorry to tell you that you did not pass the document screening."),
        (REJ, "Notification of result of second interview", "We thank you for attending the second interview. It "
         "is with regret that we must decline to move you forward to the final interview. We apologize for "
         "not being able to give you a better answer."),
        (REJ, "Recruitment for Embedded Engineer", "We would like to inform you that the recruitment for this "
         "position has been closed earlier than planned. Therefore, we will not proceed with the screening of "
         "your application. We apologize for the inconvenience."),
        (REJ, "About your internship application", "We truly appreciate your interest. Regrettably, we could not "
         "select you for our summer internship program. We wish you great success in the future."),
        (ACK, "Receipt of your application", "We have received your application documents. We will carefully "
         "review them and inform you of the result within two weeks. Thank you for your patience."),
        (INTERVIEW, "Invitation to first interview", "We are pleased to inform you that you have passed the "
         "document screening. We would like to invite you to the first interview online. We apologize for the "
         "short notice, but could you let us know your availability this week?"),
        (TEST, "Aptitude test (SPI) guidance", "Thank you for applying. As the next step, please take the SPI "
         "aptitude test online by 20 May. The result will be used for the document screening."),
        (OTHER, "Kitamura Electric: seminar cancelled", "We regret to inform you that the company seminar on 15 "
         "May has been cancelled due to the typhoon. We apologize for any inconvenience."),
    ]))

W.append(Writer(
    "linkedin-notices", "tune", "jobs-noreply@linkedin.example.com", "",
    "This email was intended for {name}. You are receiving Job Application emails. Unsubscribe | Help\n"
    "LinkedIn Corporation (sample), 1000 W Maude Ave, Sunnyvale, CA", ("html",),
    messages=[
        (REJ, "Your application to Data Analyst at Quillcrest", "Your update from Quillcrest\nData Analyst\n"
         "Quillcrest - Austin, TX (Hybrid)\nApplied on March 3\n\nThank you for your interest in the Data Analyst "
         "position at Quillcrest in Austin, TX. Unfortunately, Quillcrest has decided not to proceed with your "
         "application. We wish you the best in your job search.\n\nTop jobs looking for your skills\nBusiness "
         "Analyst - Norvane - Remote\nReporting Analyst - Tessaly Health - Austin, TX\nSee all jobs"),
        (REJ, "Your application to Product Designer at Lumaworks", "Your update from Lumaworks\nProduct Designer\n"
         "Lumaworks - New York, NY\n\nThanks for your interest in Lumaworks. After reviewing your application, "
         "the team decided to move forward with other candidates.\n\nSee more jobs like this"),
        (REJ, "Your application was viewed and not selected", "Quillcrest\nJunior Accountant\nStatus: No longer "
         "under consideration\n\nJobs you may be interested in\nStaff Accountant - Pellwood - Dallas, TX\n"
         "AP Specialist - Corvina - Remote"),
        (REJ, "An update on your application to Orbitel", "Orbitel\nNetwork Engineer\n\nThank you for applying. "
         "This job is no longer accepting applications and the employer has closed the position.\n\nSearch "
         "for similar jobs"),
        (REJ, "Your application to UX Researcher at Fernhill", "Fernhill\nUX Researcher\n\nThank you for your "
         "interest. We regret to inform you that we have filled the position. We encourage you to follow "
         "Fernhill for future openings."),
        (REJ, "Pellwood: Update on your application", "Pellwood\nStaff Accountant\nDallas, TX\n\nHi {name}, thank "
         "you for applying to Pellwood. We've reviewed your application and we won't be moving forward at this "
         "time."),
        (ACK, "Your application was sent to Quillcrest", "Your application was sent to Quillcrest\nData Analyst\n"
         "Quillcrest - Austin, TX (Hybrid)\nApplied on March 3\n\nNow, take these next steps for more success "
         "with your job search\nSee jobs where you're a top applicant"),
        (ACK, "Your application was viewed by Lumaworks", "Lumaworks\nProduct Designer\nYour application was "
         "viewed\n\nKeep your momentum going. Unfortunately most applicants never follow up - message the hiring "
         "team to stand out."),
        (OTHER, "Data Analyst: 24 new jobs in Austin", "Your job alert for Data Analyst in Austin, TX\n24 new jobs "
         "match your preferences.\nSenior Data Analyst - Vexa - Austin, TX - Easy Apply\nData Analyst II - "
         "Corvina - Remote - Actively recruiting\nSee all jobs"),
        (OUTREACH, "Hi {name}, are you open to a new role?", "Hi {name}, I'm a recruiter at Tessaly Health and came "
         "across your profile. We're hiring a Reporting Analyst on our finance team and your SQL background looks "
         "like a great fit. Open to a quick call this week?"),
    ]))

W.append(Writer(
    "workable-startups", "tune", "noreply@workablemail.example.com", "Hi {name},",
    "Best,\nThe Tinmouth Labs team\n\nPowered by Workable", ("plain", "legal"),
    messages=[
        (REJ, "Tinmouth Labs - Frontend Developer", "Thank you for applying to the Frontend Developer position at "
         "Tinmouth Labs. We've now had the chance to review your application and we're sorry to say we won't be "
         "able to move forward. We received many applications and had to make some hard choices."),
        (REJ, "Your application for Account Executive", "Thanks for your interest in Tinmouth Labs. Unfortunately "
         "we've decided to proceed with candidates whose experience more closely fits the needs of this role."),
        (REJ, "Tinmouth Labs: after your interview", "Thank you for interviewing for Backend Developer. The team "
         "enjoyed talking with you. After much thought we have decided not to progress your application to the "
         "technical round. If you'd like, reply and we'll share a few notes."),
        (REJ, "Tinmouth Labs - Office Manager role paused", "We wanted to let you know that we've paused hiring "
         "for the Office Manager role while we rethink our plans for the office. We're closing all applications "
         "for now and we're sorry we couldn't give you better news."),
        (REJ, "Tinmouth Labs - your take-home", "Thanks for the time you spent on the take-home exercise. We "
         "reviewed it carefully, and while there were some nice ideas, we won't be moving forward to the final "
         "stage."),
        (REJ, "Update on Tinmouth Labs application", "We have decided not to move forward with your candidacy for "
         "the QA Engineer position at this time."),
        (ACK, "Thanks for applying to Tinmouth Labs", "Thanks for applying to the Frontend Developer position! "
         "We've received your application and we'll review it soon. Unfortunately we can't reply to every "
         "applicant individually, but we'll be in touch if there's a match."),
        (TEST, "Tinmouth Labs - take-home exercise", "Thanks for the chat! As a next step, we'd like you to "
         "complete a short take-home exercise. You'll have 5 days to submit it through the link below."),
        (INTERVIEW, "Interview with Tinmouth Labs", "We'd love to invite you to a video interview for the Account "
         "Executive role. Please pick a slot that suits you in the calendar link."),
        (OFFER, "Offer from Tinmouth Labs", "We're thrilled to offer you the Backend Developer role! Your offer "
         "letter is attached; please review and e-sign it by Friday."),
    ]))

W.append(Writer(
    "police-recruiting-us", "tune", "recruiting@riverbendpd.example.gov", "Dear Applicant {name},",
    "Respectfully,\nBackground & Recruiting Unit\nRiverbend Police Department", ("plain", "jobdesc"),
    messages=[
        (REJ, "Police Officer Recruit - Written Exam Results", "This letter is to notify you of your results on the "
         "written examination held on April 5. You did not achieve a passing score and are therefore removed "
         "from this recruitment process. You may reapply after six months."),
        (REJ, "Physical Agility Test Results", "You did not complete the physical agility test within the "
         "required time. As a result you are disqualified from further processing for the Police Officer "
         "Recruit position."),
        (REJ, "Background Investigation - Final Determination", "The Background Unit has completed its review of "
         "your file. Based on the information obtained, you will not be continuing in the hiring process for "
         "Police Officer."),
        (REJ, "Eligibility List - Police Dispatcher", "Your name has been removed from the eligibility list for "
         "Police Dispatcher because the list has expired. Your application is now closed."),
        (REJ, "Oral Board Results", "Thank you for participating in the oral board. The board has completed its "
         "scoring, and your score did not place you within the range to be considered for hire at this time."),
        (REJ, "Lateral Officer application", "We have received your lateral application. Regretfully, the lateral "
         "program has been suspended for this budget year and no lateral hires will be made."),
        (ACK, "Application Received - Police Officer Recruit", "Your application for Police Officer Recruit has "
         "been received. You will receive an email with the date of the written exam. Please read the "
         "attached study guide."),
        (TEST, "Physical Agility Test - Scheduling", "You passed the written exam. You are scheduled for the "
         "physical agility test on May 2 at 7:00 a.m. at the training academy. Wear athletic clothing."),
        (INTERVIEW, "Oral Board Interview", "Congratulations on passing the physical agility test. You are "
         "invited to an oral board interview on May 20 at 9:30 a.m. at headquarters. Business attire is "
         "required."),
        (OTHER, "Riverbend PD Community Newsletter", "We regret to announce that the Coffee with a Cop event has "
         "been postponed. Also this month: bike patrol returns and tips to keep your car safe."),
    ]))

W.append(Writer(
    "film-studio-creative", "tune", "crew@lanternreelstudios.example", "Hey {name}!",
    "Cheers,\nMo\nProduction Coordinator, Lantern Reel Studios", ("reply", "plain"),
    messages=[
        (REJ, "Re: Runner position - Summer shoot", "Thanks so much for reaching out and for the lovely cover "
         "letter. We've locked our crew for the summer shoot now, so we won't be able to bring you on board "
         "this time. Do keep us in mind for the winter block!"),
        (REJ, "Re: Junior Editor portfolio", "Loved watching your reel, seriously. The honest answer is that we "
         "went another way - we needed someone who already knows our grading pipeline inside out. I'm sorry it "
         "isn't better news."),
        (REJ, "Re: Art department assistant", "Quick note: the production has been shelved by the network, so the "
         "art department roles aren't happening anymore. Really sorry - I know you were keen."),
        (REJ, "Re: Following up - Motion Designer", "Thanks for following up. I'm afraid we won't be moving ahead "
         "with your application; we've offered the role to someone in house."),
        (REJ, "Re: Sound assistant trial day", "Thank you for coming in for the trial day. You worked hard, but "
         "we've decided you're not quite the right fit for the sound team right now. Here's what we noticed: "
         "your cable management was great, but you need more experience with boom operation on a busy set. "
         "Keep at it."),
        (REJ, "Re: Casting assistant", "Sorry {name}, this one's gone."),
        (INTERVIEW, "Re: Runner position - Summer shoot", "Thanks for your patience! Unfortunately Monday didn't "
         "work for our producer, so could you pop into the studio on Wednesday at 2pm for a chat about the "
         "runner role?"),
        (TEST, "Re: Junior Editor portfolio", "Your reel looks great. Before we talk, could you cut the attached "
         "rushes into a 60-second teaser by Friday? It's a paid test, we'll send a small fee."),
        (OFFER, "Re: Motion Designer", "We'd love to have you! We're offering the Motion Designer role on a six "
         "month contract at the day rate we discussed. Contract to follow."),
        (OTHER, "Lantern Reel - screening night", "Unfortunately our screening night is sold out, but we've added "
         "a second date. Come watch our latest short and meet the crew!"),
    ]))

W.append(Writer(
    "big-tech-feedback", "tune", "candidate-experience@orbisoft.example.com", "Hi {name},",
    "Warmly,\nDana\nTechnical Recruiter, Orbisoft", ("plain", "html"),
    messages=[
        (REJ, "Orbisoft - feedback from your onsite", "First, thank you for spending a full day with us last week "
         "for the Senior Software Engineer onsite. I know how much preparation goes into a loop like this, and "
         "the interviewers said you were thoughtful and easy to work with.\n\nI've now met with the hiring "
         "committee. I'm sorry to share that they have decided not to extend an offer at this time.\n\nI wanted "
         "to give you more than a form letter, so here is the feedback the panel was comfortable sharing. In "
         "the system design round you gathered requirements well and your data model was clear, but the "
         "discussion of scaling the write path stayed high-level. In the coding rounds you reached working "
         "solutions; in one the edge cases came late. Your behavioural interview was a real strength.\n\n"
         "Please don't read this as a no forever. Candidates often come back after 12 months and do well. I'd "
         "be happy to stay in touch."),
        (REJ, "Update from Orbisoft", "Thank you again for your time with the team over the past few weeks. "
         "After careful consideration, we've decided to move forward with another candidate for the Staff "
         "Product Manager role. This was a very close decision."),
        (REJ, "Orbisoft recruiting: next steps", "Thanks for completing the phone screen. Unfortunately the team "
         "will not be moving forward with your candidacy at this time. We'll keep your profile on file for "
         "roles that might be a closer match."),
        (REJ, "Your Orbisoft application", "We appreciate your interest in Orbisoft. This role has since been put "
         "on hold due to a change in team priorities, and we have closed the requisition."),
        (REJ, "Orbisoft hiring committee decision", "The hiring committee reviewed your interview packet this "
         "week. I'm sorry to tell you that we aren't able to move forward with an offer. I know this isn't the "
         "outcome you were hoping for."),
        (REJ, "Orbisoft - internship", "Thank you for applying to our Software Engineering Internship. Due to "
         "the large number of applications, we are not able to move you forward in the process this year."),
        (INTERVIEW, "Orbisoft - scheduling your onsite", "Great news: the team would like to bring you onsite "
         "for the Senior Software Engineer loop. Unfortunately we can't do next week, so I've proposed two "
         "dates in the first week of May - let me know which works."),
        (OFFER, "Your Orbisoft offer", "I'm delighted to share that the hiring committee approved an offer! "
         "Your offer letter, with base salary, equity and sign-on bonus, is in the portal."),
        (ACK, "Thank you for applying to Orbisoft", "We've received your application for Staff Product Manager. "
         "Our team reviews every application; if your background is a match, a recruiter will contact you."),
        (OTHER, "Orbisoft Developer Newsletter", "Unfortunately, last month's livestream had audio problems, so "
         "we've re-recorded it. Also: new SDK release, and three talks from our engineers."),
    ]))

W.append(Writer(
    "hospital-us-nursing", "tune", "talent@mercyvale.example.org", "Dear {name},",
    "Sincerely,\nMercyvale Health Talent Acquisition", ("jobdesc", "legal"),
    messages=[
        (REJ, "Mercyvale Health: RN - Med/Surg (Req 55021)", "Thank you for your interest in the Registered Nurse "
         "- Med/Surg position. We have selected another candidate whose qualifications more closely meet the "
         "needs of the unit at this time."),
        (REJ, "Status of your application - Req 55030", "We appreciate your interest in Mercyvale Health. The "
         "position of Patient Care Technician has been filled. We encourage you to review other openings."),
        (REJ, "Your application for Nurse Residency Program", "Thank you for applying to the Nurse Residency "
         "Program. We received an overwhelming number of applications, and we are unable to offer you an "
         "interview for this cohort."),
        (REJ, "Req 55044 - Surgical Tech", "Your application for Surgical Technologist was not selected for "
         "further consideration."),
        (REJ, "Requisition closed - Unit Secretary", "The Unit Secretary requisition you applied for has been "
         "closed without hire. Your application is no longer active."),
        (REJ, "Mercyvale Health - interview follow-up", "Thank you for interviewing with our ICU leadership team. "
         "Although your experience is impressive, we have decided to extend the offer to a candidate with more "
         "critical care experience."),
        (REJ, "Application Status Notification", "Thank you for applying to Mercyvale Health. Your application "
         "status for Req 55058 has changed. To view your status, log in to the career portal."),
        (ACK, "Thank you for applying - Req 55021", "We have received your application for Registered Nurse - "
         "Med/Surg. A recruiter will review your qualifications. If selected for an interview, you will be "
         "contacted by phone or email."),
        (INTERVIEW, "Interview - Nurse Residency Program", "Congratulations! You have been selected to interview "
         "for the Nurse Residency Program. Please select an interview time on the link; unfortunately we cannot "
         "accommodate evening interviews."),
        (OFFER, "Offer - Patient Care Technician", "We are pleased to offer you the position of Patient Care "
         "Technician at $19.75 per hour, contingent on a drug screen and background check."),
    ]))

W.append(Writer(
    "talent-community", "tune", "talentcommunity@veridianenergy.example.com", "Hi {name},",
    "The Veridian Energy Talent Team", ("html", "legal"),
    messages=[
        (REJ, "Your Veridian Energy talent community application", "Thank you for applying to join the Veridian "
         "Energy Early Careers talent community. We have reviewed your profile and unfortunately we will not be "
         "adding you to the community for this intake."),
        (REJ, "Re: Job alert application - Field Technician", "You applied to the Field Technician role from your "
         "job alert. Thank you. After reviewing your application, we have decided not to move forward. Your "
         "job alerts will continue as normal."),
        (REJ, "Veridian Energy - Apprenticeship Scheme", "Thank you for applying to our Apprenticeship Scheme. "
         "We regret that we are unable to offer you a place this year, as the scheme was heavily "
         "oversubscribed."),
        (REJ, "Veridian Energy: Role no longer available", "We're writing about your application for Wind Turbine "
         "Technician. The role is no longer available as the project has been delayed. We are sorry to close "
         "your application."),
        (REJ, "Your application for Graduate Engineer", "Thanks for your patience. We will not be progressing your "
         "application for the Graduate Engineer programme."),
        (REJ, "Veridian Energy - Application Not Successful", "Hi {name}, please log in to your candidate home to "
         "see the latest update. This mailbox is not monitored."),
        (OTHER, "Welcome to the Veridian Energy talent community", "Thanks for joining our talent community! "
         "You'll get job alerts that match your interests. You have not selected any locations yet - update "
         "your preferences to get better matches."),
        (OTHER, "New jobs for you at Veridian Energy", "Based on your interests, here are new roles: Field "
         "Technician (Aberdeen), Project Engineer (Houston), Data Analyst (Remote). Apply now."),
        (ACK, "Veridian Energy - application received", "Thank you for applying for Graduate Engineer. Your "
         "application has been received and is being reviewed by our team."),
        (TEST, "Veridian Energy - next step: online assessment", "Thanks for applying to the Apprenticeship "
         "Scheme. Your next step is a game-based assessment, which takes about 25 minutes. Please complete it "
         "within 7 days."),
    ]))

W.append(Writer(
    "esl-small-firm", "tune", "hr@goldstarexport.example", "Dear {name}",
    "Best Regard\nHR Dept.\nGoldstar Export Trading", ("oneline", "plain"),
    messages=[
        (REJ, "About your apply", "Thank you for your apply for Sales Executive post. We are sorry to say you are "
         "not selected for this post because we find more suitable person. We wish you good luck."),
        (REJ, "Result", "After interview the management decide to not hire you for the accountant position. "
         "Sorry for this news and thank you for your coming."),
        (REJ, "Job application Logistic Coordinator", "We received your CV for Logistic Coordinator. The "
         "position is already close and we are not hiring more. Please not reply this email."),
        (REJ, "Your application", "Sorry we cannot accept your application because you are not have the "
         "experience in export documents which is needed for this job."),
        (REJ, "Interview result - Purchasing", "Thank you for the interview on Monday. We are regret to inform "
         "you that we choose other candidate for the purchasing position."),
        (REJ, "Re: Job", "Sorry the job is cancel by the boss. No more hiring this year."),
        (ACK, "CV receive", "We receive your CV for Sales Executive. We will check it and contact you if you are "
         "suitable for interview. Thank you."),
        (INTERVIEW, "Interview", "Please come for interview for accountant position on Tuesday 10 am at our "
         "office. Sorry we cannot do online interview. Bring your certificates."),
        (OFFER, "Job offer", "We are happy to tell you that you are selected for the Logistic Coordinator. Salary "
         "is as discussed. Please come to sign contract on Monday."),
        (OTHER, "Goldstar Export - holiday notice", "We regret to inform our customer that our office is closed "
         "for national holiday from 1 to 5 October. Orders will be shipped after."),
    ]))

# ================================================================================================ report writers
W.append(Writer(
    "indeed-status", "report", "indeedapply@indeed.example.com", "",
    "Indeed (sample), 6433 Champion Grandview Way, Austin, TX\nUnsubscribe from application updates | Privacy",
    ("html",),
    messages=[
        (REJ, "Application status: not selected by employer", "Harlow Dental Group\nDental Receptionist\nOmaha, "
         "NE\n\nAn update on your application\nHarlow Dental Group has reviewed your application and decided not "
         "to move forward. This is not a reflection of your skills - keep applying!\n\nRecommended jobs\nFront "
         "Desk Coordinator - Plainview Clinic - Omaha, NE"),
        (REJ, "Update on your application to Crestline Logistics", "Crestline Logistics\nWarehouse Associate\n\n"
         "The employer has closed this job and is no longer reviewing applications. Find more jobs like this."),
        (REJ, "Your application to Bluemark Bakery", "Bluemark Bakery\nBaker - Early Shift\n\nUnfortunately, the "
         "employer has chosen other candidates for this position. Don't give up - new jobs are posted every "
         "day."),
        (REJ, "Your application was not selected", "Plainview Clinic\nMedical Assistant\nStatus: Not selected\n\n"
         "Jobs based on your recent search\nMedical Assistant - Norfield Health - Lincoln, NE"),
        (REJ, "An employer update on Office Coordinator", "Norfield Health\nOffice Coordinator\n\nThank you for "
         "applying. We have decided to pursue other applicants for this role."),
        (REJ, "Your application to Teller at Prairie Bank", "Prairie Bank\nTeller\n\nThe employer marked your "
         "application as not a fit. Update your resume to improve your chances."),
        (ACK, "Application submitted", "Harlow Dental Group\nDental Receptionist\nOmaha, NE\n\nYour application "
         "has been submitted. Good luck! Unfortunately employers don't always respond, so keep applying to "
         "similar jobs."),
        (INTERVIEW, "Interview request from Crestline Logistics", "Crestline Logistics\nWarehouse Associate\n\n"
         "Crestline Logistics would like to interview you. Pick a time that works: Tue 10:00, Tue 14:00, Wed "
         "09:30."),
        (OTHER, "12 new jobs for warehouse near Omaha", "Warehouse Associate - Crestline Logistics\nPicker "
         "Packer - Dunmore Retail\nForklift Operator - Bellport Supply\nSee all jobs"),
        (TEST, "Bluemark Bakery sent you an assessment", "Bluemark Bakery\nBaker - Early Shift\n\nThe employer "
         "requests that you complete the Food Safety assessment. It takes about 15 minutes."),
    ]))

W.append(Writer(
    "airline-cadets", "report", "careers@skyarcair.example.com", "Dear {name},",
    "Kind regards,\nPilot Recruitment\nSkyArc Airways", ("legal", "jobdesc"),
    messages=[
        (REJ, "SkyArc Cadet Programme - Stage 2 result", "Thank you for completing the Stage 2 aptitude "
         "assessments for the SkyArc Cadet Pilot Programme. Unfortunately your results did not meet the "
         "standard required to progress to Stage 3 on this occasion. You may re-apply in 12 months."),
        (REJ, "Requisition 2025-FO-017 First Officer", "We have reviewed your application for First Officer "
         "(A320). Regrettably, as you do not currently hold the required type rating, we cannot progress your "
         "application."),
        (REJ, "Cabin Crew Assessment Day", "Thank you for attending our Cabin Crew assessment day in Doha. We "
         "enjoyed meeting you, but unfortunately you have not been selected to continue to the final "
         "interview."),
        (REJ, "SkyArc Airways - recruitment paused", "Due to the current review of our fleet plans, recruitment "
         "for Second Officers has been paused. All open applications, including yours, have been withdrawn."),
        (REJ, "Simulator assessment outcome", "Thank you for your performance in the simulator assessment. Having "
         "considered the captain's report, we will not be offering you a position on this occasion."),
        (REJ, "Ground Operations Agent - application update", "We regret to inform you that we will not be moving "
         "forward with your application, as the position requires a valid airside driving permit."),
        (ACK, "Application Received: Cadet Pilot Programme", "Thank you for applying to the SkyArc Cadet Pilot "
         "Programme. We have received your application and will review it against our criteria. This may "
         "take up to six weeks."),
        (TEST, "Cadet Programme - Stage 2 aptitude tests", "We are pleased to invite you to Stage 2: online "
         "aptitude tests covering mental arithmetic, spatial reasoning and multitasking. Please complete them "
         "within 10 days."),
        (INTERVIEW, "First Officer - simulator and interview", "We would like to invite you to a simulator "
         "assessment and panel interview in our training centre on 3 June. Unfortunately we cannot cover "
         "accommodation."),
        (OFFER, "Conditional offer - Cabin Crew", "Congratulations! We are pleased to make you a conditional "
         "offer to join SkyArc as Cabin Crew, subject to medical clearance and references."),
    ]))

W.append(Writer(
    "uae-hospitality", "report", "careers@desertpearlresorts.example.ae", "Dear {name},",
    "Warm regards,\nTalent & Culture\nDesert Pearl Resorts, Dubai", ("html", "reply"),
    messages=[
        (REJ, "Greetings from Desert Pearl Resorts", "Greetings from Desert Pearl Resorts! We thank you for your "
         "interest in the position of Front Office Agent. We regret to inform you that your profile has not "
         "been shortlisted as we have identified candidates who match our requirements more closely."),
        (REJ, "Your application - Commis Chef", "Thank you for attending the trade test. After review with our "
         "Executive Chef, we regret that we are unable to proceed with your application at this time."),
        (REJ, "Desert Pearl - Guest Relations Executive", "Please be informed that the Guest Relations Executive "
         "vacancy has been put on hold until the next season. We will therefore not be proceeding with the "
         "recruitment."),
        (REJ, "Update - Spa Therapist", "It was a pleasure to meet you during the interview. Unfortunately, we "
         "have decided to move forward with another candidate. Your CV will be kept in our database for six "
         "months."),
        (REJ, "Desert Pearl Resorts - Pre-opening team", "Thank you for applying to join our pre-opening team in "
         "Ras Al Khaimah. Due to a revised opening date, we are not recruiting for this team anymore and your "
         "application will not proceed."),
        (REJ, "Re: Application status", "Regrettably, you have not been selected for the Sous Chef position."),
        (ACK, "Thank you for your application", "Greetings from Desert Pearl Resorts! We thank you for applying "
         "for the position of Front Office Agent. Our Talent team is reviewing your profile and will contact you "
         "if shortlisted."),
        (TEST, "Trade test - Commis Chef", "Greetings! You are invited for a trade test in our main kitchen on "
         "Sunday at 10:00. Please bring your knives and uniform."),
        (INTERVIEW, "Interview invitation - Spa Therapist", "We are pleased to invite you for a video interview "
         "with our Spa Director on Tuesday at 14:00 GST. Kindly confirm."),
        (OFFER, "Offer Letter - Guest Relations Executive", "We are delighted to offer you the position of Guest "
         "Relations Executive. Please find your offer letter with salary, housing and flight allowance "
         "attached."),
    ]))

W.append(Writer(
    "ashby-ai-startup", "report", "no-reply@ashbyhq.example.com", "Hi {name},",
    "Thanks,\nPriya & the Vellum AI team", ("plain", "forward"),
    note="Hey {name} - forwarding this from our ATS since it went to your old address. Happy to chat if useful.",
    messages=[
        (REJ, "Vellum AI: ML Engineer", "Thank you for applying to Vellum AI and for your interest in the ML "
         "Engineer role. After reviewing your application, we've decided not to move forward at this time. "
         "We're a small team and have to be very selective about the profiles we advance."),
        (REJ, "Vellum AI - after your technical screen", "Thanks for chatting with us. Our bar for this role is "
         "very specific, and we don't think it's the right match right now, so we'll be closing out your "
         "application."),
        (REJ, "Vellum AI: Founding Designer", "We've decided to hold off on hiring a Founding Designer until "
         "after our next raise, so we're closing the role. Sorry to send this after you invested time in the "
         "process."),
        (REJ, "Vellum AI - work trial", "Thanks for the two days of work trial. We really valued your ideas on the "
         "eval tooling, but we've decided not to extend an offer. I'm happy to share detailed notes on a call "
         "if you'd find that helpful."),
        (REJ, "Vellum AI application", "We won't be moving forward with your application for Solutions Engineer. "
         "Best of luck."),
        (REJ, "Vellum AI: your application", "Thank you for your interest. The position has been filled."),
        (ACK, "Thanks for applying to Vellum AI", "We've received your application for ML Engineer and our team "
         "will review it within the next week. We're excited to learn more about you."),
        (TEST, "Vellum AI: technical exercise", "Thanks for the intro call! Next up is a 90-minute coding "
         "exercise on CoderPad. Book any time in the next 7 days."),
        (INTERVIEW, "Vellum AI: let's talk", "Our CTO would love to do a 45-minute technical conversation. Please "
         "grab a slot on the scheduling page below."),
        (OUTREACH, "Vellum AI is hiring ML engineers", "Hi {name}, I'm the founder of Vellum AI. I saw your "
         "paper on retrieval evaluation and think you'd love what we're building. Would you be open to a quick "
         "chat about our ML Engineer role?"),
    ]))

W.append(Writer(
    "successfactors-manufacturer", "report", "careers-noreply@hollmannwerke.example.com", "Dear {name},",
    "Yours sincerely,\nHollmann Werke Global Talent Acquisition", ("html", "legal"),
    messages=[
        (REJ, "Your Application - Req ID 10234BR - Process Engineer", "Thank you for your application for the "
         "position of Process Engineer (Req ID 10234BR). Having carefully evaluated all applications, we have "
         "come to the conclusion that other candidates are better suited for this position."),
        (REJ, "Req ID 10251BR Quality Technician", "After careful review we regret to inform you that your profile "
         "does not match the requirements of the position closely enough, and we are unable to consider your "
         "application further."),
        (REJ, "Hollmann Werke - application for internship", "Thank you for your application. Unfortunately, the "
         "internship has already been filled. Your documents will be deleted in accordance with data "
         "protection rules."),
        (REJ, "Req ID 10260BR - position cancelled", "We would like to inform you that the vacancy Maintenance "
         "Planner (Req ID 10260BR) has been cancelled. Consequently, your application can no longer be "
         "considered."),
        (REJ, "Your interview at Hollmann Werke", "Thank you for the interesting interview. After careful "
         "consideration we have decided in favour of another candidate whose profile fits the role even better."),
        (REJ, "Application Status Change - Req ID 10277BR", "The status of your application has changed. Please "
         "log in to the Hollmann Werke career site to review it."),
        (ACK, "Confirmation of receipt - Req ID 10234BR", "Thank you for your application for Process Engineer. "
         "We have received your documents and will review them carefully. This may take up to three weeks."),
        (INTERVIEW, "Invitation to interview - Req ID 10251BR", "We are pleased to invite you to an interview for "
         "Quality Technician at our Leeds plant on 11 June at 10:00."),
        (TEST, "Online assessment - Hollmann Werke", "As the next step in the selection process, please complete "
         "the online personality and reasoning assessment within five days."),
        (OTHER, "Hollmann Werke Supplier Newsletter", "We regret that the supplier day in Stuttgart must be "
         "postponed. This issue: new quality requirements for castings and our sustainability targets."),
    ]))

W.append(Writer(
    "charter-schools", "report", "talent@brightpathschools.example.org", "Hello {name},",
    "In service,\nThe BrightPath Talent Team", ("reply", "jobdesc"),
    messages=[
        (REJ, "BrightPath Schools - 6th Grade Math Teacher", "Thank you for your interest in teaching at "
         "BrightPath. After reviewing your sample lesson, our principal has decided not to move forward with "
         "your candidacy for 6th Grade Math."),
        (REJ, "Update on your BrightPath application", "We have filled the Special Education Teacher role at our "
         "Eastside campus. We're grateful you considered BrightPath and hope you'll apply again."),
        (REJ, "BrightPath Teaching Fellowship", "Thank you for applying to the BrightPath Teaching Fellowship. We "
         "had a record number of applicants and unfortunately we will not be able to offer you a spot in this "
         "year's cohort."),
        (REJ, "Your application: Dean of Students", "Due to a drop in enrollment, the Dean of Students position at "
         "our Northside campus has been eliminated for the coming year. We're so sorry to close your "
         "application."),
        (REJ, "BrightPath - after your demo lesson", "Thank you for teaching a demo lesson for our 3rd graders. "
         "Our team thought your energy was wonderful. At this time, we've chosen a candidate with more "
         "experience in structured literacy."),
        (REJ, "Re: Kindergarten position", "Thanks for checking in. Unfortunately we will not be moving forward "
         "with you for the kindergarten role."),
        (INTERVIEW, "BrightPath - sample lesson invitation", "We'd love to see you teach! Please prepare a "
         "20-minute sample lesson and join us at our Eastside campus on Thursday. Unfortunately we can't host "
         "virtual lessons."),
        (ACK, "We received your application", "Thank you for applying to BrightPath Schools. Our talent team "
         "reviews applications on a rolling basis and will reach out within two weeks."),
        (OFFER, "Your BrightPath offer", "We are thrilled to offer you the position of Special Education Teacher "
         "for the coming school year. Your offer letter is attached."),
        (OTHER, "BrightPath family newsletter", "Unfortunately picture day has been moved to next Friday. Also: "
         "our spring concert, book fair volunteers, and the lunch menu."),
    ]))

W.append(Writer(
    "staffing-agency-us", "report", "mike.t@apexstaffing.example", "",
    "Mike Torres | Senior Recruiter | Apex Staffing\nSent from my iPhone", ("reply", "oneline"),
    messages=[
        (REJ, "RE: Sr Accountant - Harwell", "Hey {name} - heard back from Harwell. They passed, said they want "
         "someone with more NetSuite. Sorry man. I'll keep you in mind for the next one."),
        (REJ, "RE: Controller submittal", "Hi {name}, client decided to go with an internal candidate for the "
         "Controller role so they're not moving forward with any external submittals. Will be in touch."),
        (REJ, "RE: Payroll Specialist", "{name}, bad news, the req got pulled - budget freeze. Nothing we can do "
         "on that one."),
        (REJ, "RE: Interview feedback", "Hey, got feedback from the panel. They liked you but felt the gap in "
         "audit experience was too big, so it's a no from them unfortunately."),
        (REJ, "RE: AP Clerk", "the client filled it before we could get you in, sorry"),
        (REJ, "RE: Staff Accountant", "Hi {name}, the hiring manager reviewed your resume and doesn't want to "
         "interview. They're looking for CPA only."),
        (INTERVIEW, "RE: Sr Accountant - Harwell", "Good news {name}! Harwell wants to meet you Thursday at 2pm. "
         "Unfortunately it has to be in person. I'll send the address."),
        (OUTREACH, "Controller opportunity", "Hi {name}, I have a Controller role with a growing manufacturing "
         "client, 140-160k, hybrid. Your background looks like a fit. Got 10 min today?"),
        (OFFER, "RE: Payroll Specialist", "They want you! Offer is 72k plus benefits, start in two weeks. Call me "
         "when you can."),
        (OTHER, "RE: timesheet", "Hey, unfortunately your timesheet didn't come through this week, please "
         "resubmit so payroll can run Friday."),
    ]))

W.append(Writer(
    "mbb-consulting", "report", "recruiting@calloway.example.com", "Dear {name},",
    "With best regards,\nCalloway & Partners Recruiting", ("html", "plain"),
    messages=[
        (REJ, "Calloway & Partners - your application", "Thank you for your interest in joining Calloway & "
         "Partners as an Associate. We have now completed our review and are sorry to let you know that we "
         "will not be able to invite you to the first round of interviews."),
        (REJ, "Calloway & Partners - First Round Outcome", "Thank you for taking part in our first round "
         "interviews. We regret that we will not be inviting you to the final round. Your case interviews showed "
         "solid structure, but your synthesis did not reach the level we need."),
        (REJ, "Calloway & Partners: Problem Solving Test", "Thank you for taking the Problem Solving Test. "
         "Unfortunately your score did not qualify you for the interview stage this cycle."),
        (REJ, "Calloway & Partners - Summer Associate", "We appreciate your application for the Summer Associate "
         "programme. After careful review, we are not able to offer you a position this year."),
        (REJ, "Calloway & Partners - final round", "Thank you for your time at the final round. The partners have "
         "met, and unfortunately we are unable to extend an offer."),
        (REJ, "Calloway & Partners - Experienced Hire", "Thank you for speaking with us about the Experienced "
         "Hire role. We have decided not to pursue your candidacy further at this time."),
        (ACK, "Calloway & Partners - application received", "Thank you for applying to Calloway & Partners. We "
         "have received your application and will be in touch after the deadline."),
        (TEST, "Calloway & Partners - Problem Solving Test invitation", "We are pleased to invite you to take our "
         "online Problem Solving Test. Please complete it within 72 hours."),
        (INTERVIEW, "Calloway & Partners - first round interviews", "We are delighted to invite you to first "
         "round interviews on 14 November in our London office."),
        (OFFER, "Calloway & Partners - offer", "It is my great pleasure to offer you a position as Associate at "
         "Calloway & Partners. A partner will call you today."),
    ]))

W.append(Writer(
    "state-civil-service", "report", "noreply@jobs.state.example.gov", "Dear {name}:",
    "State Personnel Division (sample)\nThis is an automated message. Do not reply.", ("plain", "legal"),
    messages=[
        (REJ, "Notice: Exam 24-7781 Administrative Assistant II", "Your application for the examination "
         "Administrative Assistant II has been reviewed. You do not meet the minimum qualifications as stated "
         "on the bulletin. You will not be placed on the employment list."),
        (REJ, "Position cancelled: Environmental Scientist", "The recruitment for Environmental Scientist has been "
         "cancelled by the hiring department. No further action will be taken on your application."),
        (REJ, "Notification of Non-Selection", "Thank you for your interest in the Staff Services Analyst "
         "position. The hiring unit has made a selection, and you were not selected for this position."),
        (REJ, "Interview Results - Office Technician", "This is to inform you that you were not selected for the "
         "Office Technician position following your interview. Your name remains on the list for other "
         "vacancies."),
        (REJ, "Vacancy 24-8120 put on hold", "Recruitment for Associate Governmental Program Analyst has been put "
         "on hold and the position will not be filled at this time."),
        (REJ, "Application Status: Disqualified", "Application for Correctional Officer. Reason: did not pass "
         "the written examination. Please refer to the bulletin for retest information."),
        (ACK, "Application Received - Exam 24-7781", "Your application for Administrative Assistant II has been "
         "received. You will be notified by email of your examination results."),
        (TEST, "Examination Notice - Correctional Officer", "You are scheduled for the written examination for "
         "Correctional Officer on June 4 at 8:00 a.m. Photo ID is required."),
        (INTERVIEW, "Interview Scheduled - Staff Services Analyst", "You have been selected for an interview for "
         "Staff Services Analyst on June 18 at 1:30 p.m. Please confirm."),
        (OTHER, "State Employee Giving Campaign", "We regret that the charity run has been cancelled due to heat. "
         "Pledges can still be made online."),
    ]))

W.append(Writer(
    "faculty-search", "report", "chair.search@northfield-univ.example.edu", "Dear Dr. {name},",
    "Sincerely,\nProfessor L. Okafor\nChair, Search Committee, Department of Biology", ("plain", "reply"),
    messages=[
        (REJ, "Assistant Professor search - Department of Biology", "On behalf of the search committee, thank you "
         "for your application for the tenure-track position in Cell Biology. We received more than 300 "
         "applications of remarkable quality. After much deliberation, the committee has selected a short list "
         "of candidates, and I regret to tell you that your application was not among them."),
        (REJ, "Biology search - update", "I am writing to let you know that the search has concluded and the "
         "position has been offered to, and accepted by, another candidate. I want to thank you for your "
         "interest and wish you every success."),
        (REJ, "Lecturer position", "Thank you for your campus visit. The committee has completed its work, and we "
         "have decided to offer the position to another candidate. It was a pleasure to host you."),
        (REJ, "Search cancelled - Ecology position", "I write with the news that the Dean has cancelled the "
         "search for the Assistant Professor in Ecology because of budget constraints. We will not be "
         "continuing with any candidates."),
        (REJ, "Postdoctoral position in the Okafor Lab", "Thank you for your interest in the postdoctoral "
         "position. I have now filled the position."),
        (REJ, "Visiting Assistant Professor", "We appreciate your application. The committee will not be moving "
         "your application forward to the interview stage."),
        (INTERVIEW, "Assistant Professor search - Zoom interview", "The committee would like to invite you to a "
         "30-minute Zoom interview. Unfortunately our first week is fully booked, so please indicate your "
         "availability for the week of 2 December."),
        (INTERVIEW, "Campus visit", "On behalf of the committee, I am pleased to invite you for a two-day campus "
         "visit, including a research seminar and a teaching demonstration."),
        (OFFER, "Offer of appointment", "I am delighted to offer you the position of Assistant Professor of Cell "
         "Biology, effective August 15. The formal letter from the Dean follows."),
        (ACK, "Application received", "Thank you for your application to the Cell Biology position. The committee "
         "will begin reviewing applications on 1 November."),
    ]))

W.append(Writer(
    "eu-institution", "report", "noreply@selection.euagency.example.eu", "Dear Candidate,",
    "Selection Team\nEuropean Agency for Regional Data (sample)", ("legal", "html"),
    messages=[
        (REJ, "Selection procedure EARD/AD/2025/04 - result", "We inform you that, following the evaluation of "
         "the selection board, your name has not been included in the reserve list for the selection procedure "
         "EARD/AD/2025/04 (Data Analyst). You may request a review within 10 days."),
        (REJ, "EARD/CA/2025/11 - eligibility", "The selection board has examined your application and concluded "
         "that you do not fulfil the eligibility criteria on professional experience. Consequently, you are not "
         "admitted to the next stage."),
        (REJ, "Traineeship programme - outcome", "Thank you for applying for the traineeship. We regret that "
         "your application was not pre-selected for the Blue Book this session."),
        (REJ, "EARD/AST/2025/02 - written test", "We regret to inform you that your score in the written test was "
         "below the threshold needed to be invited to the interview."),
        (REJ, "Selection procedure EARD/AD/2025/09 cancelled", "The Authority has decided to cancel the selection "
         "procedure EARD/AD/2025/09. Your application will therefore not be processed further."),
        (REJ, "Interview outcome - EARD/AD/2025/04", "Thank you for attending the interview. After deliberation, "
         "the selection board did not propose you for the reserve list."),
        (ACK, "Application registered - EARD/AD/2025/04", "Your application has been registered. The selection "
         "board will evaluate it on the basis of the criteria in the vacancy notice."),
        (TEST, "Invitation to written test", "You are invited to sit the written test for the selection procedure "
         "EARD/AST/2025/02 on 12 March, online, remote-proctored."),
        (INTERVIEW, "Invitation to interview - EARD/AD/2025/04", "The selection board invites you to an interview "
         "on 20 May in Luxembourg. Travel costs will be reimbursed."),
        (OTHER, "Newsletter: EARD open data week", "We regret that the open data week workshop is fully booked. "
         "Recordings of all sessions will be online."),
    ]))

W.append(Writer(
    "founder-lowercase", "report", "sam@tinypixel.example", "hey {name}",
    "- sam", ("oneline", "plain"),
    messages=[
        (REJ, "re: design role", "thanks a ton for applying. we talked it over and decided to go with someone "
         "who has more brand work under their belt. really liked your stuff though"),
        (REJ, "re: eng role", "so we ended up not hiring for this at all, runway stuff. sorry for the wait and "
         "for the meh news"),
        (REJ, "re: your application", "gonna pass for now, the role needs way more backend depth than we saw. "
         "good luck out there"),
        (REJ, "re: marketing intern", "we filled the intern spot last week, sorry i didn't update you sooner"),
        (REJ, "re: after our call", "was great chatting. honest answer - it's not a match on our side for this "
         "role. happy to give notes if you want"),
        (REJ, "re: contract dev", "we're not moving forward with anyone external on this. sorry"),
        (INTERVIEW, "re: design role", "loved your portfolio. wanna hop on a call thursday? unfortunately i can "
         "only do mornings"),
        (TEST, "re: eng role", "cool, next step is a small paid project, 4-6 hours. i'll send the brief"),
        (OFFER, "re: marketing intern", "we'd love to have you as our intern this summer! sending the paperwork "
         "tonight"),
        (OTHER, "re: coffee", "unfortunately i'm out of town this week, next tuesday?"),
    ]))

W.append(Writer(
    "cruise-seasonal", "report", "crewing@bluewakecruises.example", "Dear {name},",
    "Fair winds,\nCrew Recruitment\nBluewake Cruises", ("jobdesc", "html", "forward"),
    note="Hi {name}, please see the message below from the cruise line. Let us know how you want to proceed.\n"
    "Maritime Crew Agency",
    messages=[
        (REJ, "Bluewake Cruises - Application Result", "Thank you for applying to join our crew as a Youth Staff "
         "Member. After reviewing your application and video, we regret that we cannot offer you a contract "
         "for the coming season."),
        (REJ, "Bluewake Cruises - Waiter interview", "Thank you for your interview for the position of Waiter. "
         "Unfortunately you have not been successful at this time. Please wait six months before reapplying."),
        (REJ, "Bluewake Cruises - Entertainment Host", "We are sorry to inform you that the Entertainment Host "
         "positions for the Mediterranean season have all been filled."),
        (REJ, "Bluewake Cruises - medical", "Following the pre-employment medical, we regret that you have not "
         "been found fit for sea service, and we are unable to proceed with your contract."),
        (REJ, "Bluewake Cruises - ship redeployment", "Due to the ship's redeployment, recruitment for the Spa "
         "Receptionist role is on hold and your application has been closed."),
        (REJ, "Bluewake Cruises - application", "We have reviewed your application. You will not be considered "
         "for the Deck Cadet position."),
        (ACK, "Bluewake Cruises - we have your application", "Thank you for applying to Bluewake Cruises. Our "
         "crewing team will review your application and video. Please allow up to four weeks."),
        (INTERVIEW, "Bluewake Cruises - video interview", "We are pleased to invite you to a video interview for "
         "the position of Waiter on Monday. Unfortunately we cannot reschedule missed interviews."),
        (OFFER, "Bluewake Cruises - contract offer", "Congratulations! We are happy to offer you a seven-month "
         "contract as Entertainment Host, joining the ship in Barcelona on 2 May."),
        (OTHER, "Bluewake Cruises - travel deals", "Unfortunately our winter sale ends tonight! Book now to save "
         "up to 40% on Caribbean cruises."),
    ]))

W.append(Writer(
    "sports-club", "report", "recruitment@ashvaleunited.example.co.uk", "Hi {name},",
    "Thanks again,\nAshvale United FC People Team", ("plain", "reply"),
    messages=[
        (REJ, "Ashvale United - Matchday Steward", "Thanks for applying to be a matchday steward. We've had loads "
         "of interest and we've now filled all our places for this season, so we won't be taking your "
         "application any further."),
        (REJ, "Ashvale United - Academy Coach", "Thank you for coming in for the coaching session and interview. "
         "The panel felt that other candidates were further along with their coaching badges, so we have decided "
         "not to offer you the role."),
        (REJ, "Ashvale United - Performance Analyst", "We are sorry to say that the Performance Analyst role has "
         "been put on hold following changes to the first team staff. We won't be recruiting for it this "
         "season."),
        (REJ, "Ashvale United - Ticket Office Assistant", "Thanks for your application. Unfortunately on this "
         "occasion you haven't been shortlisted for interview."),
        (REJ, "Ashvale United - Community Trust", "We really appreciated your interest in the Community Coach "
         "role. After reviewing applications we have decided to progress with candidates with more experience "
         "of working with schools."),
        (REJ, "Ashvale United - Kit Assistant", "Sorry {name}, we've gone with someone else for the kit assistant "
         "job."),
        (ACK, "Ashvale United - application received", "Thanks for applying to be a matchday steward! We've got "
         "your application and will be in touch within two weeks."),
        (INTERVIEW, "Ashvale United - Academy Coach interview", "We'd like to invite you to deliver a 30-minute "
         "coaching session followed by an interview at the training ground on Saturday."),
        (OTHER, "Ashvale United - season ticket news", "Unfortunately you were not selected in this season's "
         "ticket ballot for the cup final. You remain on the waiting list."),
        (OTHER, "Ashvale United - Members' newsletter", "We regret to announce that Saturday's open training "
         "session is cancelled due to a waterlogged pitch."),
    ]))

W.append(Writer(
    "travel-nurse-staffing", "report", "team@wanderrn.example.com", "Hi {name},",
    "Talk soon,\nJess | Travel Recruiter | WanderRN", ("oneline", "html"),
    messages=[
        (REJ, "Update on your submission - ICU Tucson", "Thanks for letting me submit you to the ICU contract in "
         "Tucson. The facility let me know this morning that they have offered the contract to another "
         "traveler. Don't worry, I'm on the hunt for your next one."),
        (REJ, "Update on your submission - ER Denver", "Bad news on Denver: the facility cancelled the need for "
         "ER travelers this quarter, so your submission is closed."),
        (REJ, "Facility decision - Step-down Portland", "The unit manager reviewed your profile and decided to go "
         "with a nurse who has Epic experience. Sorry, {name}!"),
        (REJ, "Your WanderRN application", "Thanks for applying to WanderRN. At this time we are unable to move "
         "forward because we require at least two years of acute care experience for travel contracts."),
        (REJ, "Interview follow-up - Labor & Delivery Reno", "Thanks for interviewing with the L&D manager. They "
         "won't be extending an offer, they want someone with more high-risk experience."),
        (REJ, "Update on your submission", "The position has been filled by a local candidate."),
        (OUTREACH, "Hot ICU contracts this week", "Hi {name}! I've got 6 ICU contracts paying $2,800+ per week in "
         "California and Arizona. Want me to submit you?"),
        (INTERVIEW, "Interview set - ICU Tucson", "Great news - the ICU manager wants to interview you tomorrow "
         "at 3pm MST. Unfortunately it's a phone call only, no video."),
        (OFFER, "Offer! ER Denver", "You got it! The facility offered you the 13-week ER contract starting June "
         "2. Let's go over the pay package."),
        (OTHER, "WanderRN compliance", "Unfortunately your BLS certification expires next month. Please upload a "
         "renewed card to your profile."),
    ]))

W.append(Writer(
    "malaysia-conglomerate", "report", "recruitment@permatagroup.example.my", "Dear {name},",
    "Thank you.\nGroup Human Capital\nPermata Group Berhad, Kuala Lumpur", ("reply", "legal", "html"),
    messages=[
        (REJ, "Permata Group - Graduate Talent Programme", "Thank you for your participation in the Permata Group "
         "Graduate Talent Programme assessment. We regret to inform you that you have not been successful in "
         "the selection process. Your details will be kept for 6 months."),
        (REJ, "Application for the position of Executive, Finance", "We wish to thank you for your interest. "
         "However, we regret to inform you that your application was not successful as the position has been "
         "filled."),
        (REJ, "Permata Group - Interview Result", "We refer to the interview you attended on 4 July. After due "
         "consideration, we are unable to offer you the position of Engineer, Plant Maintenance."),
        (REJ, "Permata Scholarship-cum-Employment", "We regret to inform you that you have not been shortlisted "
         "for the Permata scholarship-cum-employment programme for this intake."),
        (REJ, "Vacancy withdrawn - Executive, Procurement", "Please be informed that the vacancy for Executive, "
         "Procurement has been withdrawn. As such, we will not proceed with your application."),
        (REJ, "Permata Group application", "Your application for Management Trainee was not successful. Thank you."),
        (ACK, "Permata Group - Acknowledgement", "Thank you for your application. Only shortlisted candidates will "
         "be notified. We regret that we are unable to reply to every application."),
        (TEST, "Permata Group - Online Assessment", "Congratulations, you have been shortlisted. Please complete "
         "the online psychometric assessment by 15 July."),
        (INTERVIEW, "Permata Group - Interview Invitation", "You are invited to attend an interview for the "
         "position of Executive, Finance on 20 July at Menara Permata."),
        (OTHER, "Permata Group - Hari Raya office closure", "We regret to inform that our offices will be closed "
         "from 9 to 12 April for Hari Raya. Happy holidays!"),
    ]))

# More mail in the same voices: decisions said in the subject only, or quoted in a longer thread, and negatives.
EXTRA = {
    "retail-hourly-us": [(REJ, "Application status: Position Filled", "Thank you for your interest in "
        "BrightCart. To see the status of all your applications, sign in at brightcart.example/jobs. Message "
        "and data rates may apply. Reply STOP to stop texts.")],
    "bank-south-africa": [(REJ, "Unsuccessful application - Req 88377", "Please do not reply to this "
        "automated message. For queries, contact the Ubuntu Bank Careers Centre on the number below.")],
    "bpo-philippines": [(ACK, "Status: For final interview scheduling", "Thank you for your patience. Your "
        "application is still active. Our recruiter will contact you for your final interview schedule.")],
    "workable-startups": [(REJ, "Tinmouth Labs - Not moving forward", "Please see the message from Tinmouth "
        "Labs in your Workable candidate inbox. You can reply to the hiring team from there.")],
    "police-recruiting-us": [(REJ, "Notice of Disqualification - Police Officer Recruit", "Please see the "
        "attached letter regarding your application. Questions may be directed to the Recruiting Unit between "
        "8:00 a.m. and 4:00 p.m.")],
    "hospital-us-nursing": [(OTHER, "Mercyvale Health Foundation Gala", "We regret that you were not selected "
        "for this year's volunteer of the year award, but we thank you for your service to our patients.")],
    "talent-community": [(OTHER, "Your job alert could not be created", "Unfortunately we could not create your "
        "job alert because the location was not recognised. Please try again from your profile.")],
    "big-tech-feedback": [(OTHER, "Orbisoft Hackathon results", "Thank you for taking part in the Orbisoft "
        "Hackathon. Unfortunately your team was not selected for the finals, but every project gets cloud "
        "credits.")],
    "indeed-status": [(OTHER, "Career Guide: not selected? here's what to do next", "Getting a rejection email "
        "is hard. In this guide: how to ask for feedback, how to follow up, and 5 resume tips from hiring "
        "managers.")],
    "airline-cadets": [(REJ, "Cadet Pilot Programme - Regret", "Please log in to your candidate account to view "
        "an important update about your application. Do not reply to this email.")],
    "mbb-consulting": [(OTHER, "Calloway & Partners Insights: The regret economy", "Why do customers regret "
        "purchases? Our new report on consumer sentiment, plus five charts on retail in 2026.")],
    "state-civil-service": [(REJ, "Eligibility Notice: Not Eligible - Exam 24-7802", "Your examination "
        "results are available. Log in to your account to view the notice. Do not reply.")],
    "sports-club": [(REJ, "Matchday Host application - unsuccessful", "Thanks for your interest in Ashvale "
        "United. Up the Vale!")],
    "travel-nurse-staffing": [(ACK, "Submission confirmed - ICU Tucson", "I've submitted your profile to the "
        "ICU contract in Tucson. The facility usually responds in 24-48 hours. Fingers crossed!")],
}
for _w in W:
    _w.messages.extend(EXTRA.get(_w.key, []))

JOB_DESCRIPTIONS = (
    "About the role\nYou will join a team of twelve and report to the department manager. Responsibilities "
    "include preparing weekly reports, working with stakeholders across the business, maintaining accurate "
    "records in our systems, supporting audits and continuous improvement projects, and mentoring new joiners.\n"
    "Requirements\n- A degree or equivalent experience\n- Excellent written and spoken communication\n- Strong "
    "attention to detail and the ability to manage competing priorities\n- Experience with Excel; SQL is a plus\n"
    "What we offer\nCompetitive salary, 25 days of annual leave, a pension scheme, hybrid working, a learning "
    "budget and an employee assistance programme.\nThe interview process has three stages: a phone screen, a "
    "panel interview and a meeting with the team.",
    "Job summary\nThe successful candidate will deliver safe, high-quality work in a busy environment and will be "
    "expected to work shifts, including weekends and public holidays. Key duties: follow standard operating "
    "procedures; complete documentation accurately; communicate effectively with colleagues and customers; take "
    "part in training and team meetings; keep the work area clean and safe.\nEssential criteria: relevant "
    "certificate; at least one year of experience; right to work in the country. Desirable: a driving licence.\n"
    "Benefits: uniform provided, meals on duty, medical insurance, staff discounts.",
)
LEGAL = (
    "Privacy notice: we process your personal data for the purpose of recruitment in accordance with applicable "
    "data protection law. Your data will be retained for a period of twelve months after the end of the "
    "recruitment process, after which it will be deleted, unless you have agreed to join our talent pool. You "
    "have the right to access, correct or erase your data at any time by contacting our data protection officer. "
    "We are an equal opportunity employer and value diversity. All employment decisions are made without regard "
    "to race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability or "
    "veteran status. This message and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it. Any unauthorised use, disclosure "
    "or copying is prohibited. The company accepts no liability for any damage caused by viruses.",
    "Candidate survey: we want to hear about your experience! Tell us how we did in 2 minutes at "
    "survey.example.com/candidate. Your answers are anonymous and do not affect any hiring decision.\n"
    "You are receiving this email because you created a candidate account. Manage your email preferences or "
    "unsubscribe. Please do not reply to this automated message; replies are not monitored. Registered office: "
    "1 Example Square. Registered in England and Wales, company number 01234567. Equal opportunities: we welcome "
    "applications from all sections of the community and make reasonable adjustments at every stage.",
)
QUOTE = ("\n\nOn Mon, 3 Feb 2025 at 09:12, {name} <{name_l}@mail.example> wrote:\n> Hello,\n> I wanted to follow "
         "up on my application and the interview. Could you let me know the next steps and the timeline?\n> "
         "Thank you so much,\n> {name}\n>\n> On Fri, 24 Jan 2025, Recruiting wrote:\n>> Thank you for applying! "
         "We will review your application and get back to you.")
FORWARD = ("\n\n---------- Forwarded message ---------\nFrom: Recruitment <jobs@company.example>\nDate: Tue, 11 "
           "Mar 2025 at 16:40\nSubject: {subject}\nTo: <{name_l}@mail.example>\n\n")


def _html(text: str, subject: str, i: int) -> str:
    """An HTML-only notice: a pre-header and "view in browser", a logo, a table of the job's details, the letter,
    then links, an address and an unsubscribe line."""
    paras = "".join(f"<p style=\"margin:0 0 16px 0;font-family:Arial\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    details = ("<table role=\"presentation\" class=\"details\"><tr><td><b>Job</b></td><td>" + subject +
               "</td></tr><tr><td><b>Reference</b></td><td>REQ-" + str(40211 + i * 7) +
               "</td></tr><tr><td><b>Location</b></td><td>Head office</td></tr></table>") if i % 2 == 0 else ""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + subject + "</title><style>p{color:#333}"
        "</style></head><body style=\"margin:0\"><div style=\"display:none\">An update about your application"
        "</div><table width=\"100%\"><tr><td align=\"center\"><table width=\"600\"><tr><td><a href=\"https://"
        "mail.example/view\">View this email in your browser</a></td></tr><tr><td><img src=\"https://cdn.example"
        "/logo.png\" alt=\"Company logo\"></td></tr><tr><td>" + details + paras + "</td></tr><tr><td><a href="
        "\"https://careers.example\">Careers</a> | <a href=\"https://careers.example/privacy\">Privacy</a> | <a "
        "href=\"https://careers.example/unsubscribe\">Unsubscribe</a></td></tr><tr><td>&copy; 2025 All rights "
        "reserved. 100 Example Road, Suite 400</td></tr></table></td></tr></table></body></html>")


def _dress(w: Writer, i: int, n: int, subject: str, body: str) -> tuple[str, bool]:
    """The message as the writer's system sends it, and whether it is HTML-only."""
    name = NAMES[n % len(NAMES)]
    name_l = name.lower()
    letter = (w.greet.format(name=name) + "\n\n" if w.greet else "") + body.format(name=name)
    letter += "\n\n" + w.sign.format(name=name)
    dress = w.dresses[i % len(w.dresses)]
    if dress == "html":
        return _html(letter, subject, i), True
    if dress == "jobdesc":
        return letter + "\n\nThe role you applied for\n" + JOB_DESCRIPTIONS[i % len(JOB_DESCRIPTIONS)], False
    if dress == "legal":
        return letter + "\n\n" + LEGAL[i % len(LEGAL)], False
    if dress == "reply":
        return letter + QUOTE.format(name=name, name_l=name_l), False
    if dress == "forward":
        note = (w.note or "FYI, see below.").format(name=name)
        return note + FORWARD.format(subject=subject, name_l=name_l) + letter, False
    if dress == "oneline":
        return " ".join(letter.split()), False
    return letter, False


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "html", "sender", "i"}. An
    HTML-only message's body is its HTML; `mail_en_shapes.py` reads it as the import does."""
    out = []
    n = 0
    for w in W:
        for i, (label, subject, body) in enumerate(w.messages):
            text, is_html = _dress(w, i, n, subject.format(name=NAMES[n % len(NAMES)]), body)
            out.append({"writer": w.key, "half": w.half, "label": label,
                        "subject": subject.format(name=NAMES[n % len(NAMES)]), "body": text, "html": is_html,
                        "sender": w.sender, "i": n})
            n += 1
    return out
