"""English rejections and the mail that only sounds like one, written for this project (never real mail).

Thirty writers (applicant-tracking templates, universities, governments, agencies, founders writing by hand),
each with its own voice, signature, footer and dress (HTML, quoted reply). The set is split by writer: the
"tune" writers may be read while the classifier is changed; the "report" writers are only counted, at the
start and at the end of a piece of work, so their figure is the honest one. `messages()` yields the dressed
messages; `bench/mail_en_rejections.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW = "rejection", "application_ack", "other", "interview"
NAMES = ("Alex", "Priya", "Jordan", "Mei", "Daniel", "Sofia", "Omar", "Hannah", "Luis", "Grace")


W: list[Writer] = []

# ---------------------------------------------------------------------------------------------- tune writers
W.append(Writer(
    "greenhouse-lumenfold", "tune", "no-reply@greenhouse.lumenfold.example",
    "Best,\nThe Lumenfold Recruiting Team",
    "Lumenfold, Inc. | 500 Harbor St, San Francisco, CA\nYou are receiving this email because you applied for a "
    "role at Lumenfold. Privacy policy: lumenfold.example/privacy",
    messages=[
        (REJ, "Your application to Lumenfold", "Hi {name},\n\nThank you for your interest in the Backend Engineer "
         "role at Lumenfold and for the time you spent applying. We received a large number of applications and "
         "after reviewing yours, we've decided to focus on candidates whose background lines up more closely with "
         "what this team needs right now.\n\nWe encourage you to keep an eye on our careers page for future "
         "openings."),
        (REJ, "Lumenfold - Data Engineer", "Hi {name},\n\nThanks so much for applying to the Data Engineer position "
         "and for your patience while we reviewed applications. Unfortunately we won't be advancing your "
         "application at this time. We appreciate you thinking of Lumenfold and wish you luck in your search."),
        (REJ, "Update on your Lumenfold application", "Hi {name},\n\nWe really appreciated you taking the time to "
         "interview with us for the Site Reliability Engineer role. The team enjoyed the conversation. After a lot "
         "of discussion, we have decided to extend an offer to another candidate. We'd be happy to stay in touch "
         "as new roles open."),
        (REJ, "Lumenfold Application Update", "Hi {name},\n\nThank you for applying to Lumenfold. We wanted to let "
         "you know that the Frontend Engineer requisition has been closed and we are no longer hiring for it. "
         "We're sorry we could not give you better news, and we hope you'll consider us again."),
        (ACK, "Thanks for applying to Lumenfold!", "Hi {name},\n\nThanks for applying to the Platform Engineer role "
         "at Lumenfold! We've received your application and our team will review it over the coming days. If "
         "your experience is a match for the role, a recruiter will reach out to you about next steps."),
        (INTERVIEW, "Lumenfold - let's set up a call", "Hi {name},\n\nThank you for applying to the Backend "
         "Engineer role. We were impressed by your background and would love to schedule a 30-minute phone "
         "interview with our hiring manager. Please pick a time that works for you here: "
         "lumenfold.example/schedule/8823"),
    ]))

W.append(Writer(
    "workday-harrowgate", "tune", "harrowgate@myworkday.example",
    "Sincerely,\nHarrowgate Industries Talent Acquisition",
    "This email and any attachments are confidential and intended solely for the addressee. Harrowgate Industries "
    "is an Equal Opportunity Employer. Please do not reply to this automated message.",
    dress="html",
    messages=[
        (REJ, "Harrowgate Industries: Your Application for Process Engineer (R-20481)", "Dear {name},\n\nThank you "
         "for your interest in career opportunities with Harrowgate Industries and for applying to the Process "
         "Engineer position (R-20481). After careful review of your qualifications, we have selected other "
         "applicants whose skills and experience more closely meet the requirements of this position.\n\nWe "
         "encourage you to continue to visit our career site and apply for positions that match your interests."),
        (REJ, "Regarding Requisition R-19977 Supply Chain Analyst", "Dear {name},\n\nThank you for applying for the "
         "Supply Chain Analyst position. We would like to inform you that this requisition has been cancelled "
         "due to a change in business needs, and we will not be filling the position at this time. Your profile "
         "remains in our system and you are welcome to apply to other openings."),
        (REJ, "Your candidacy - Quality Technician", "Dear {name},\n\nWe appreciate the time you invested in "
         "interviewing for the Quality Technician role. At this time, the hiring team has determined that your "
         "candidacy will not progress further in our selection process. We thank you again and wish you "
         "success in your career."),
        (REJ, "Application status update", "Dear {name},\n\nThank you for your application for the Maintenance "
         "Planner role. Your application status has been updated to: Not Selected. Due to the high volume of "
         "applications we are unable to provide individual feedback."),
        (ACK, "Application status update", "Dear {name},\n\nThank you for your continued interest in the "
         "Maintenance Planner role. We want to let you know that your application is still under review by the "
         "hiring team. We appreciate your patience and will contact you once a decision has been made."),
        (OTHER, "Withdrawal confirmation: Process Engineer (R-20481)", "Dear {name},\n\nThis is to confirm that "
         "you have withdrawn your application for the Process Engineer position. We are sorry to see you go and "
         "thank you for considering Harrowgate Industries. You may apply to other positions at any time."),
    ]))

W.append(Writer(
    "university-eastvale", "tune", "hr-recruitment@eastvale.example.edu",
    "Office of Human Resources\nUniversity of Eastvale\n200 College Road, Eastvale",
    "University of Eastvale is an equal opportunity / affirmative action employer. Information about the "
    "university's handling of personal data is available at eastvale.example.edu/privacy.",
    messages=[
        (REJ, "Research Assistant (Job ID 7712)", "Dear {name},\n\nThank you for applying for the position of "
         "Research Assistant in the Department of Biology. The search committee has now completed its review "
         "of all applications. We regret that your application was not among those selected for interview. "
         "We received many strong applications and appreciate your interest in the University."),
        (REJ, "Lecturer in Statistics - outcome of your application", "Dear {name},\n\nThank you for your "
         "interest in the Lecturer in Statistics position and for taking part in the interview day. The panel "
         "had a difficult choice to make; I am sorry to tell you that on this occasion we will not be offering "
         "you the post. Should you wish to discuss the panel's feedback, please get in touch."),
        (REJ, "Position cancelled: Program Coordinator", "Dear {name},\n\nThank you for applying to the Program "
         "Coordinator position in Student Affairs. Due to budget constraints, the University has decided to "
         "cancel this search, and the position will not be filled. We apologize for any inconvenience and "
         "encourage you to apply for future openings."),
        (REJ, "Graduate Teaching Fellowship 2019", "Dear {name},\n\nThank you for applying to the Graduate "
         "Teaching Fellowship. The number of qualified applicants far exceeded the fellowships available, and "
         "all places for the 2019 cohort have now been allocated. We are grateful for your interest."),
        (ACK, "Application received - Research Assistant (Job ID 7712)", "Dear {name},\n\nThank you for applying "
         "for the position of Research Assistant. This message confirms that your application has been "
         "received. The search committee will begin reviewing applications after the closing date. Candidates "
         "selected for interview will be contacted directly."),
        (INTERVIEW, "Invitation to interview - Lecturer in Statistics", "Dear {name},\n\nThank you for your "
         "application for the Lecturer in Statistics post. I am pleased to invite you to interview on Thursday "
         "14 March at 10:00 in Room 3.12, Hartley Building. Please confirm that you can attend."),
    ]))

W.append(Writer(
    "agency-brightpath", "tune", "megan.ortiz@brightpathstaffing.example",
    "Megan Ortiz\nSenior Recruiter | Brightpath Staffing\nm: 555-0142",
    "Brightpath Staffing - connecting talent since 2004.",
    dress="quote",
    messages=[
        (REJ, "RE: Accounts Payable Specialist", "Hi {name},\n\nThanks for getting back to me so quickly! I heard "
         "from the client this morning and they've gone with another candidate for the AP Specialist role, "
         "someone who had used their exact ERP before. I know that's disappointing. I'll keep you in mind for "
         "the next one that comes through."),
        (REJ, "RE: Office Manager role", "Hi {name},\n\nThanks again for interviewing with the client on "
         "Tuesday. Unfortunately they've put the Office Manager role on hold indefinitely while they "
         "restructure, so it won't be moving ahead for now. I'm sorry - I'll reach out if it opens back up."),
        (REJ, "Payroll Coordinator update", "Hi {name},\n\nThank you for your patience. The client reviewed your "
         "resume and decided they need someone with more multi-state payroll experience, so they won't be "
         "moving you to the interview stage. Let's keep talking about other roles."),
        (REJ, "RE: Bookkeeper - temp to hire", "Hi {name},\n\nThanks for following up. I'm afraid the client "
         "filled the bookkeeper spot internally last week. Sorry I didn't let you know sooner!"),
        (INTERVIEW, "RE: Accounts Payable Specialist", "Hi {name},\n\nThanks for sending your updated resume! The "
         "client would like to meet you. Are you free Thursday at 2pm or Friday at 10am for an interview at "
         "their office?"),
        (OTHER, "New roles this week", "Hi {name},\n\nThanks for staying in touch. The Office Manager position I "
         "mentioned has been filled, but here are three new openings that might suit you: Executive Assistant "
         "(downtown), Operations Coordinator (remote), Receptionist (part-time). Reply if any of these "
         "interest you."),
    ]))

W.append(Writer(
    "founder-kestrel", "tune", "dan@kestrellabs.example",
    "Dan\n--\nDan Whitfield, co-founder, Kestrel Labs",
    messages=[
        (REJ, "Kestrel / ML Engineer", "Hey {name},\n\nReally appreciate you coming in and spending the "
         "afternoon with the team. Honestly it was a close call, but we're going to hire someone with more "
         "production inference experience. Happy to chat about the feedback if useful."),
        (REJ, "Thanks for chatting", "Hi {name},\n\nThanks for chatting yesterday, I enjoyed it. I've thought "
         "about it a lot and I don't think we're going to move ahead - we need someone more senior on the "
         "data side right now. Good luck, and keep in touch."),
        (REJ, "re: intern application", "Hi {name},\n\nthanks for reaching out about an internship. we're a tiny "
         "team and we can't take on any interns this summer, so I have to pass for now. sorry!"),
        (REJ, "Following up", "Hi {name},\n\nThanks for your patience these past two weeks. We just closed a "
         "smaller round than planned and we've had to freeze hiring, so we won't be making an offer for the "
         "role. I'm really sorry about the timing."),
        (INTERVIEW, "Kestrel / ML Engineer", "Hey {name},\n\nThanks for applying! Loved your project on model "
         "compression. Want to grab a coffee or do a video call next week to talk about the role? Let me know "
         "what works."),
        (ACK, "re: ML Engineer", "Hi {name},\n\nThanks for the note and the resume. I'm travelling this week but "
         "I'll look through it properly and get back to you by Friday."),
    ]))

W.append(Writer(
    "lever-plumtree", "tune", "no-reply@hire.lever.example",
    "Warmly,\nPlumtree Health Talent Team",
    "Sent via Lever. Plumtree Health, 88 Bay Ave, Oakland CA.",
    dress="html",
    messages=[
        (REJ, "Plumtree Health | Summer Internship", "Hi {name},\n\nThank you for applying to Plumtree Health's "
         "Summer Software Internship. We loved learning about you. This year we had far more applicants than "
         "spots, and we won't be able to offer you a place in the program. We hope you'll apply again next "
         "year!"),
        (REJ, "Your application at Plumtree Health", "Hi {name},\n\nThanks for your interest in Plumtree Health. "
         "We reviewed your application for Clinical Data Analyst and we're going to pursue other applicants whose "
         "experience is a closer match for the role. We appreciate you considering us."),
        (REJ, "Plumtree Health - Product Designer", "Hi {name},\n\nThank you for interviewing with us for the "
         "Product Designer role. We know how much effort goes into a portfolio review. After debriefing as a "
         "team, we won't be moving forward with your candidacy. Wishing you the best."),
        (REJ, "Update from Plumtree Health", "Hi {name},\n\nThanks for applying to the Care Coordinator role. We "
         "wanted to follow up: we've paused hiring for this position for the time being. We know that's not the "
         "news you hoped for."),
        (ACK, "Thank you for your application to Plumtree Health", "Hi {name},\n\nThank you for applying to the "
         "Clinical Data Analyst role! Your application has been submitted. Our team reviews every application "
         "carefully. If your profile matches what we're looking for, we'll be in touch to schedule a first "
         "conversation."),
        (ACK, "Your Plumtree Health application", "Hi {name},\n\nThanks for your patience! We're still reviewing "
         "applications for the Care Coordinator role and haven't made any decisions yet. We'll update you as "
         "soon as we can."),
    ]))

W.append(Writer(
    "usajobs-agency", "tune", "noreply@usajobs.example.gov",
    "Human Resources Office\nDepartment of Natural Resources",
    "This is an automated message. Please do not reply. Privacy Act Statement: information collected is used "
    "to determine qualifications for employment.",
    messages=[
        (REJ, "Application Status for Announcement DNR-19-1120", "Dear {name},\n\nThank you for your interest in "
         "the position of Hydrologist, GS-1315-11, announcement DNR-19-1120. We have reviewed your application "
         "and determined that you are qualified; however, you were not among the best qualified candidates "
         "referred to the selecting official."),
        (REJ, "Your application: Park Ranger, DNR-20-0417", "Dear {name},\n\nThank you for applying to "
         "announcement DNR-20-0417. Based on a review of your application, you do not meet the minimum "
         "qualification requirements for this position. Your application will receive no further "
         "consideration for this announcement."),
        (REJ, "Announcement DNR-18-0933 - Notice of Results", "Dear {name},\n\nThe selecting official has made a "
         "selection for the position of Biologist, GS-0401-09. You were referred for consideration but were not "
         "selected. Thank you for your interest in federal employment."),
        (REJ, "Announcement DNR-19-0652 cancelled", "Dear {name},\n\nThank you for applying. The vacancy "
         "announcement for Program Analyst, DNR-19-0652, has been cancelled and no selection will be made."),
        (ACK, "Application Status for Announcement DNR-19-1120", "Dear {name},\n\nThank you for your interest in "
         "the position of Hydrologist. We have reviewed your application and you have been found qualified. Your "
         "application has been referred to the selecting official for further consideration. You will be "
         "notified once a final decision has been made."),
        (ACK, "Application Received: DNR-20-0417", "Dear {name},\n\nThank you for applying to the Park Ranger "
         "position. Your application was received. After the announcement closes, your application will be "
         "reviewed to determine whether you meet the qualification requirements."),
    ]))

W.append(Writer(
    "taleo-northgate", "tune", "careers@northgatebank.example",
    "Regards,\nNorthgate Bank Recruitment",
    "Northgate Bank N.A. Member FDIC. This message may contain confidential information. If you received it "
    "in error, please delete it.",
    messages=[
        (REJ, "Northgate Bank - Credit Analyst II", "Dear {name},\n\nThank you for your interest in the Credit "
         "Analyst II position with Northgate Bank. We wish to inform you that this position has now been "
         "filled. We will keep your profile in our database and may contact you about future opportunities."),
        (REJ, "Northgate Bank - Teller", "Dear {name},\n\nThank you for applying for the Teller position at our "
         "Elm Street branch. We carefully reviewed your background; another applicant was chosen for this "
         "opening. We appreciate your interest in Northgate Bank."),
        (REJ, "Northgate Bank - Analyst Development Program", "Dear {name},\n\nThank you for your application to "
         "the 2020 Analyst Development Program. Competition this year was exceptional. Regrettably, we are "
         "unable to offer you a place in the program. We wish you all the best in your graduate career."),
        (REJ, "Your Northgate Bank application", "Dear {name},\n\nThank you for your interest in the Branch "
         "Manager position. Following your interview, we have concluded that other candidates are better suited "
         "to the requirements of the role. Thank you for the time you gave us."),
        (ACK, "Northgate Bank - application acknowledgement", "Dear {name},\n\nThank you for applying for the "
         "Credit Analyst II position. We will review your qualifications against the requirements of the role. "
         "If you are selected to move forward, a member of our recruitment team will contact you."),
        (OTHER, "Job alert: new openings at Northgate Bank", "Dear {name},\n\nNew positions matching your saved "
         "search are now open: Credit Analyst I, Loan Officer, Relationship Banker. Sign in to apply. To stop "
         "these alerts, update your preferences."),
    ]))

W.append(Writer(
    "icims-cobalt", "tune", "cobaltoutfitters@talent.icims.example",
    "Cobalt Outfitters Talent Acquisition",
    "Cobalt Outfitters | careers.cobalt.example\nThis inbox is not monitored.",
    dress="html",
    messages=[
        (REJ, "Thank you for interviewing with Cobalt Outfitters", "Hello {name},\n\nThank you for meeting with "
         "us about the Store Operations Lead opportunity. We enjoyed learning more about your experience. We "
         "have now completed our interviews and decided to proceed with a candidate whose retail leadership "
         "experience best matches this role."),
        (REJ, "Cobalt Outfitters: Visual Merchandiser", "Hello {name},\n\nThank you for your interest in the "
         "Visual Merchandiser opening. We received many applications. Your application will not be moving on "
         "to the next step of the hiring process. Please continue to explore opportunities with us."),
        (REJ, "Cobalt Outfitters - E-commerce Analyst", "Hello {name},\n\nThanks for applying to the E-commerce "
         "Analyst role. We have had to put this opening on hold due to business priorities, so we are closing "
         "all applications for it. We appreciate your understanding."),
        (REJ, "Regarding your application", "Hello {name},\n\nThank you for your application. We are sorry to "
         "say that we cannot move your application forward for the Buyer Assistant role. We wish you success "
         "in your search."),
        (ACK, "We've received your application", "Hello {name},\n\nThank you for applying to Cobalt Outfitters! "
         "We have received your application for Store Operations Lead. Our recruiting team will review your "
         "experience, and if there is a fit we will reach out to discuss next steps."),
        (OTHER, "Thanks for your interest - more roles for you", "Hello {name},\n\nThe Visual Merchandiser role "
         "you viewed is no longer accepting applications. Here are similar jobs at Cobalt Outfitters you may "
         "like: Merchandising Associate, Store Designer. Apply today."),
    ]))

W.append(Writer(
    "ashby-parallax", "tune", "recruiting@parallax-ai.example",
    "Cheers,\nParallax AI Recruiting",
    "Parallax AI. Powered by Ashby.",
    messages=[
        (REJ, "Parallax AI - New Grad Software Engineer", "Hi {name},\n\nThanks for applying to our New Grad "
         "Software Engineer program and for completing the online challenge. We were lucky to see a lot of "
         "talented applicants. We aren't able to move you to the next round this cycle, but we'd encourage "
         "you to apply again in the future."),
        (REJ, "Parallax AI update", "Hi {name},\n\nThank you for your time over the last few weeks and for the "
         "onsite. This is a hard message to write: we've had a company-wide hiring freeze and all open roles, "
         "including Research Engineer, are paused. We'd love to reconnect when things change."),
        (REJ, "Your Parallax AI application", "Hi {name},\n\nThank you for applying to the Solutions Engineer "
         "role. The team has reviewed your application and decided not to move forward at this time. We'll "
         "keep your information on file in case a better-suited role opens up."),
        (REJ, "Parallax AI - Research Intern", "Hi {name},\n\nThank you for interviewing for the Research "
         "Intern position. While we were impressed, the team decided to make offers to candidates whose "
         "research experience is closer to our current projects."),
        (INTERVIEW, "Parallax AI - next steps", "Hi {name},\n\nThanks for completing the online challenge! "
         "We'd like to invite you to a technical interview with one of our engineers. Please book a 60-minute "
         "slot using this link."),
        (ACK, "Parallax AI - we got your application", "Hi {name},\n\nThank you for your interest in Parallax AI! "
         "We have received your application for the Research Intern position. Our team is reviewing "
         "applications on a rolling basis and will be in touch if your background matches our needs."),
    ]))

W.append(Writer(
    "smartrecruiters-verdant", "tune", "verdantlogistics@smartrecruiters.example",
    "Kind regards,\nVerdant Logistics HR",
    "Verdant Logistics GmbH & Co. | Data protection: verdant.example/privacy",
    messages=[
        (REJ, "Your application as Fleet Coordinator", "Dear {name},\n\nMany thanks for your application as "
         "Fleet Coordinator and the trust you have placed in us. Unfortunately, we will not be able to offer "
         "you this position. We wish you every success in your future career."),
        (REJ, "Verdant Logistics - Warehouse Supervisor", "Dear {name},\n\nThank you for your application and "
         "for interviewing with us. We have now filled the Warehouse Supervisor vacancy with a candidate who "
         "has extensive cold-chain experience. We keep your details on file and will contact you if a suitable "
         "role arises."),
        (REJ, "Verdant Logistics - Transport Planner", "Dear {name},\n\nThank you for your interest in Verdant "
         "Logistics. Having reviewed your documents, we have concluded that your profile does not fully match "
         "the requirements of the Transport Planner position. We thank you for your interest."),
        (REJ, "Your application", "Dear {name},\n\nThank you for your application. The Customs Specialist role "
         "has been withdrawn following an internal reorganisation, so we are unable to continue the "
         "recruitment process."),
        (ACK, "Your application as Fleet Coordinator", "Dear {name},\n\nThank you for applying as Fleet "
         "Coordinator. We are still in the middle of the selection process and need a little more time. We ask "
         "for your patience and will get back to you as soon as possible."),
        (OTHER, "Withdrawal of your application", "Dear {name},\n\nWe have received your message and have "
         "withdrawn your application for the Transport Planner role as you requested. Thank you for your "
         "interest, and all the best for the future."),
    ]))

W.append(Writer(
    "hospital-ridgeview", "tune", "talent@ridgeviewhealth.example",
    "Ridgeview Health System | Talent Acquisition",
    "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information or other confidential "
    "material. If you are not the intended recipient, notify the sender and delete it.",
    messages=[
        (REJ, "Registered Nurse - Med/Surg", "Dear {name},\n\nThank you for applying for the Registered Nurse "
         "position on our Med/Surg unit. The hiring manager has reviewed your application and has chosen to "
         "interview candidates with more acute care experience. We encourage you to apply for future openings."),
        (REJ, "Medical Assistant - Family Practice", "Dear {name},\n\nThank you for interviewing for the Medical "
         "Assistant position. We appreciate your interest; however, the position was offered to and accepted by "
         "another candidate."),
        (REJ, "Pharmacy Technician", "Dear {name},\n\nThank you for your application. We have reviewed all "
         "candidates and your application was not selected for further consideration at this time."),
        (REJ, "Patient Access Representative", "Dear {name},\n\nThank you for your interest in Ridgeview Health. "
         "The Patient Access Representative requisition you applied to is no longer available. We invite you "
         "to look at our other current openings."),
        (ACK, "Thank you for applying to Ridgeview Health", "Dear {name},\n\nThank you for applying to Ridgeview "
         "Health! The hiring manager will review your application. If your qualifications match the needs of "
         "the position, you will be contacted for an interview. You can check your status anytime in the "
         "candidate portal."),
        (OTHER, "Your candidate account", "Dear {name},\n\nThank you for creating a candidate account with "
         "Ridgeview Health. You can now save jobs and apply faster. Your username is your email address."),
    ]))

W.append(Writer(
    "consulting-ashford", "tune", "recruiting@ashfordpartners.example",
    "Best regards,\nClaire Bennett\nCampus Recruiting, Ashford Partners",
    "Ashford Partners LLP. This message is intended only for the named recipient.",
    dress="quote",
    messages=[
        (REJ, "Ashford Partners - Final Round", "Dear {name},\n\nThank you for joining us for the final round "
         "interviews last Friday. It was a pleasure to host you. Following careful deliberation, we are not in a "
         "position to extend you an offer for the Summer Associate program. We would welcome the chance to "
         "share feedback by phone."),
        (REJ, "Ashford Partners - First Round", "Dear {name},\n\nThank you for your interest in Ashford Partners "
         "and for your participation in our first-round interviews. We were impressed by the quality of all "
         "candidates. We are unable to invite you to the final round, and we appreciate the time you took."),
        (REJ, "Ashford Partners Analyst Application", "Dear {name},\n\nThank you for applying to the Business "
         "Analyst role. After reviewing the many applications, we have concluded that we will not be proceeding "
         "with your application this year."),
        (REJ, "Ashford Partners - 2021 Analyst Class", "Dear {name},\n\nThank you for your application to our "
         "2021 Analyst class. The class is now complete and we have no remaining positions to offer. We hope "
         "you will keep us in mind in the future."),
        (INTERVIEW, "Ashford Partners - First Round Invitation", "Dear {name},\n\nThank you for applying to "
         "Ashford Partners. We are delighted to invite you to a first-round interview on campus on October 12. "
         "Please reply with your preferred time slot."),
        (OTHER, "Ashford Partners - withdrawal", "Dear {name},\n\nThank you for letting us know that you have "
         "accepted another offer. We have withdrawn your candidacy as requested. Congratulations, and we wish "
         "you every success."),
    ]))

W.append(Writer(
    "nonprofit-greenway", "tune", "jobs@greenwaytrust.example",
    "With thanks,\nRuth Adeyemi\nOperations Director, Greenway Trust",
    "Greenway Trust is a registered charity no. 1089932.",
    messages=[
        (REJ, "Community Organiser application", "Dear {name},\n\nThank you very much for applying to be our "
         "Community Organiser and for the care you put into your application. We received over 200 "
         "applications for this role. I'm sorry to say you haven't been shortlisted for interview this time."),
        (REJ, "Fundraising Officer - interview outcome", "Dear {name},\n\nThank you for coming to interview for "
         "the Fundraising Officer role. The panel felt that another candidate's experience with major donors "
         "was the better fit for where we are as a charity. We are grateful for your interest."),
        (REJ, "Volunteer Coordinator", "Dear {name},\n\nThank you for your application. Following a review of "
         "our funding, we have taken the difficult decision not to recruit to the Volunteer Coordinator post "
         "this year."),
        (REJ, "Policy Officer application", "Dear {name},\n\nThank you for your interest in working with "
         "Greenway Trust. We have carefully considered your application and are unable to take it further on "
         "this occasion."),
        (ACK, "Community Organiser application", "Dear {name},\n\nThank you for applying to be our Community "
         "Organiser. We will be reviewing applications after the deadline on 30 April, and we will let all "
         "applicants know the outcome by mid-May."),
        (INTERVIEW, "Policy Officer - interview", "Dear {name},\n\nThank you for your application for the Policy "
         "Officer role. We would like to invite you to an interview at our offices on 9 June. Please let me "
         "know if the time suits you."),
    ]))

W.append(Writer(
    "game-pixelmoor", "tune", "jobs@pixelmoor.example",
    "GG,\nPixelmoor Talent",
    "Pixelmoor Studios - We make worlds. pixelmoor.example",
    messages=[
        (REJ, "Pixelmoor - Gameplay Programmer", "Hey {name},\n\nThanks for applying to Pixelmoor and for the "
         "take-home project - the team had fun reviewing it. In the end we decided to go with an applicant who "
         "has shipped a console title before. We'd love to see you apply again down the road."),
        (REJ, "Pixelmoor - QA Tester", "Hey {name},\n\nThanks for your interest in joining the QA team. We've "
         "reviewed your application and unfortunately it's a no for this role. We hope you'll keep playing "
         "our games and keep an eye on our job board."),
        (REJ, "Pixelmoor - Level Designer", "Hey {name},\n\nThank you for interviewing with us. Our project "
         "was re-scoped last week and the Level Designer opening has been cut, so we are closing the search. "
         "We're really sorry to end things this way."),
        (REJ, "Pixelmoor application", "Hey {name},\n\nThanks for sending your portfolio. The art team looked "
         "through it and feels your style isn't quite what we need for our current project, so we'll pass "
         "this time."),
        (ACK, "Pixelmoor - application received", "Hey {name},\n\nThanks for applying to Pixelmoor! We read every "
         "application, which means it can take a few weeks. If your skills match what the team needs, we'll "
         "get in touch to set up a chat."),
        (INTERVIEW, "Pixelmoor - Gameplay Programmer", "Hey {name},\n\nThanks for sending the take-home, great "
         "work! We'd like to bring you in for an onsite with the gameplay team next week. Can you do Tuesday or "
         "Wednesday?"),
    ]))

# -------------------------------------------------------------------------------------------- report writers
W.append(Writer(
    "jobvite-silverline", "report", "silverline@jobvite.example",
    "Thank you,\nSilverline Media Recruiting",
    "Silverline Media is an equal opportunity employer. Powered by Jobvite.",
    dress="html",
    messages=[
        (REJ, "Silverline Media - Content Producer", "Hello {name},\n\nThank you for your interest in the "
         "Content Producer position at Silverline Media. We have carefully reviewed your application and, "
         "although your background is impressive, we have identified candidates whose experience is a closer "
         "fit for this particular role. We will retain your resume for future consideration."),
        (REJ, "Your Silverline Media application", "Hello {name},\n\nThank you for applying. Please be advised "
         "that the Social Media Manager position has been put on hold, and we are not moving forward with any "
         "candidates at this time."),
        (REJ, "Silverline Media - Video Editor", "Hello {name},\n\nThank you for taking the time to interview with "
         "our team. Everyone enjoyed meeting you. After much consideration, the team has decided to continue "
         "with another candidate for the Video Editor role."),
        (REJ, "Silverline Media - Editorial Intern", "Hello {name},\n\nThank you for your application to the "
         "Editorial Internship. We were fortunate to receive many applications, and we are sorry to inform you "
         "that you were not selected for this summer's program."),
        (ACK, "Silverline Media - application received", "Hello {name},\n\nThank you for applying to the Content "
         "Producer position. We are reviewing applications now and if your qualifications match our needs, "
         "someone from our team will contact you."),
        (OTHER, "Recommended jobs for you", "Hello {name},\n\nThe position you applied for has been filled, but "
         "we thought you might be interested in these openings: Podcast Producer, Copy Editor, Audience "
         "Analyst. View and apply on our careers site."),
    ]))

W.append(Writer(
    "bamboohr-oakridge", "report", "oakridgedental@bamboohr.example",
    "Thanks,\nLinda Park\nPractice Manager, Oakridge Dental Group",
    messages=[
        (REJ, "Dental Receptionist position", "Hi {name},\n\nThank you for applying for the front desk position "
         "at Oakridge Dental. We had a lot of great applicants. We've offered the job to someone who has worked "
         "with our scheduling software before. Thank you again for your interest."),
        (REJ, "Dental Assistant - Oakridge Dental Group", "Hi {name},\n\nThank you for coming in to meet Dr. Hale "
         "and the team. We appreciated your time. We have decided to hire a different applicant for the Dental "
         "Assistant opening. Best wishes in your job search."),
        (REJ, "Hygienist opening", "Hi {name},\n\nThanks for your interest. I wanted to let you know the "
         "hygienist opening was filled before we got to your application. I'm sorry about that."),
        (REJ, "Office Coordinator", "Hi {name},\n\nThank you for applying! We have reviewed your resume and will "
         "not be scheduling an interview for the Office Coordinator role. We wish you the best."),
        (ACK, "Thanks for applying to Oakridge Dental Group", "Hi {name},\n\nThanks for applying to Oakridge "
         "Dental Group. We will review your application and contact you if we'd like to set up an interview."),
        (INTERVIEW, "Dental Assistant - Oakridge Dental Group", "Hi {name},\n\nThank you for applying for the "
         "Dental Assistant position! We'd love to have you come in for a working interview on Wednesday at 9am. "
         "Does that work for you?"),
    ]))

W.append(Writer(
    "state-marwick", "report", "civilservice@marwick.example.gov",
    "State of Marwick Department of Personnel",
    "NOTICE: This communication is from a state agency. Information is subject to public records laws.",
    messages=[
        (REJ, "Notice of Non-Selection: Environmental Specialist", "Dear {name},\n\nThank you for your recent "
         "interview for the Environmental Specialist position. We regret to advise you that another candidate "
         "has been appointed. Your name will remain on the eligible list for the duration of its validity."),
        (REJ, "Exam results: Administrative Assistant II", "Dear {name},\n\nThank you for participating in the "
         "Administrative Assistant II selection process. Your score did not place you within the range of "
         "candidates to be interviewed, and your application will not proceed further."),
        (REJ, "Recruitment cancelled: Budget Analyst", "Dear {name},\n\nThank you for applying. The recruitment "
         "for Budget Analyst has been cancelled because the position was eliminated in the new budget. No "
         "appointment will be made."),
        (REJ, "Correctional Officer Trainee", "Dear {name},\n\nThank you for your interest in a career with the "
         "Department of Corrections. Following the background review, you have been disqualified from further "
         "consideration for the Correctional Officer Trainee class."),
        (ACK, "Application received: Environmental Specialist", "Dear {name},\n\nThank you for your application "
         "for Environmental Specialist. Applications will be screened after the closing date and qualified "
         "candidates will be invited to interview. Please allow four to six weeks for a response."),
        (ACK, "Status of your application", "Dear {name},\n\nThank you for your interest. This is to let you "
         "know that the selection process for the Budget Analyst position is ongoing and no decision has been "
         "made yet. We will write to you when the process is complete."),
    ]))

W.append(Writer(
    "institute-halvorsen", "report", "hr@halvorsen-institute.example.org",
    "Yours sincerely,\nDr. Ingrid Moller\nChair, Search Committee\nHalvorsen Institute for Climate Research",
    "Halvorsen Institute for Climate Research, a non-profit research organization.",
    dress="quote",
    messages=[
        (REJ, "Postdoctoral Fellow in Ocean Modelling", "Dear {name},\n\nThank you for your application for the "
         "Postdoctoral Fellowship and your interest in our work. The committee received more than 80 "
         "applications. After much deliberation, we have offered the position to a candidate whose research "
         "aligns more directly with the project's focus. I wish you every success."),
        (REJ, "Research Scientist search", "Dear {name},\n\nThank you for visiting the Institute and for your "
         "seminar, which was well received. I am writing to let you know that the committee will not be "
         "recommending your appointment. We were grateful for your time and interest."),
        (REJ, "Data Scientist (Climate Risk)", "Dear {name},\n\nThank you for applying. Due to a funding "
         "shortfall, the Institute has frozen recruitment for the Data Scientist role, and the search has "
         "been closed without an appointment."),
        (REJ, "Summer Research Internship", "Dear {name},\n\nThank you for applying to the Summer Research "
         "Internship. We were able to offer only six places this year, and your application was not among "
         "those chosen."),
        (ACK, "Postdoctoral Fellow in Ocean Modelling", "Dear {name},\n\nThank you for your application. The "
         "search committee will begin its review on 15 January. Shortlisted candidates will be invited for an "
         "interview in February."),
        (INTERVIEW, "Research Scientist - campus visit", "Dear {name},\n\nThank you for your application for the "
         "Research Scientist position. The committee would like to invite you for a campus visit and seminar. "
         "Could you let me know your availability in the weeks of 4 or 11 March?"),
    ]))

W.append(Writer(
    "agency-talentbridge", "report", "r.chen@talentbridge.example",
    "Rob Chen\nTalentBridge Partners | Technology Recruitment",
    "TalentBridge Partners Ltd acts as an employment agency.",
    messages=[
        (REJ, "DevOps Engineer - feedback", "Hi {name},\n\nThanks for your time on the phone last week. I've had "
         "feedback from the client on the DevOps role: they liked you, but they've decided to proceed with a "
         "candidate who has deeper Kubernetes experience. Let's catch up about other roles."),
        (REJ, "Java Developer role", "Hi {name},\n\nThanks for letting me put you forward. Sadly the client has "
         "come back to say they won't take your application further for the Java Developer role, as they need "
         "someone with banking domain experience."),
        (REJ, "QA Lead - update", "Hi {name},\n\nThanks for your patience with this one. The client has pulled "
         "the QA Lead role altogether after a reorg, so the process won't go any further. Sorry to bring bad "
         "news."),
        (REJ, "Contract role - Data Engineer", "Hi {name},\n\nThanks for interviewing with the client yesterday. "
         "They've given the contract to another applicant who can start immediately. Sorry it didn't go your "
         "way this time."),
        (INTERVIEW, "DevOps Engineer - interview", "Hi {name},\n\nThanks for sending over your CV. Good news: the "
         "client wants to interview you for the DevOps role. Are you free Monday at 11 for a video call?"),
        (OTHER, "New contract roles", "Hi {name},\n\nThanks for your interest in the Data Engineer contract. "
         "That one is now filled, but I have these open at the moment: Python Developer (6 months), Cloud "
         "Engineer (12 months). Let me know if you'd like to be put forward."),
    ]))

W.append(Writer(
    "founder-mosswren", "report", "hello@mossandwren.example",
    "Maya\nMoss & Wren",
    dress="quote",
    messages=[
        (REJ, "Re: Shop assistant", "Hi {name},\n\nThank you so much for your note and for coming by the shop. "
         "We really liked meeting you. We've decided to give the spot to someone who can work weekday mornings, "
         "which is what we need most right now. I hope you find something lovely soon."),
        (REJ, "Re: Marketing help", "Hi {name},\n\nThanks for your interest in helping with our marketing. After "
         "looking at our budget, we're not going to hire for this after all - we'll keep doing it ourselves for "
         "now. Thank you for understanding."),
        (REJ, "Re: Designer position", "Hi {name},\n\nThanks for sending your work, it's beautiful. I'm sorry, "
         "but we went with a designer who has more packaging experience."),
        (REJ, "Re: Following up on my application", "Hi {name},\n\nThanks for following up and sorry for the slow "
         "reply. We filled the role a couple of weeks ago. I should have told you sooner."),
        (ACK, "Re: Shop assistant", "Hi {name},\n\nThank you for your email and CV! We're looking at applications "
         "this week and will get back to everyone by Friday."),
        (INTERVIEW, "Re: Designer position", "Hi {name},\n\nThanks for sending your portfolio! Would you be free "
         "to come by the studio on Thursday afternoon for a chat about the role?"),
    ]))

W.append(Writer(
    "workday-aurelian", "report", "aurelianpharma@myworkday.example",
    "Aurelian Pharmaceuticals Global Talent Acquisition",
    "This e-mail is confidential. Aurelian Pharmaceuticals values diversity and is an equal opportunity employer.",
    dress="html",
    messages=[
        (REJ, "Aurelian Pharmaceuticals: Clinical Research Associate", "Dear {name},\n\nThank you for considering "
         "Aurelian Pharmaceuticals and for applying for the Clinical Research Associate role. We have reviewed "
         "your application against the requirements. We regret that we will not be progressing your "
         "candidacy further. We hope you will consider other opportunities with us."),
        (REJ, "Aurelian Pharmaceuticals: Regulatory Affairs Specialist", "Dear {name},\n\nThank you for your "
         "interest in the Regulatory Affairs Specialist position (JR-4471). We would like to inform you that "
         "the position has been cancelled. We appreciate the time you invested in your application."),
        (REJ, "Aurelian Pharmaceuticals - Your interview", "Dear {name},\n\nThank you for interviewing for the "
         "Biostatistician role. The hiring team has made a decision, and although your qualifications are "
         "strong, we have chosen to move ahead with another finalist."),
        (REJ, "Aurelian Pharmaceuticals: 2020 Graduate Program", "Dear {name},\n\nThank you for your application "
         "to our 2020 Graduate Program. We received over 3,000 applications for 40 places. We are sorry that "
         "we cannot offer you a place on the program this year."),
        (ACK, "Aurelian Pharmaceuticals: Application Received", "Dear {name},\n\nThank you for applying for the "
         "Clinical Research Associate role. Your application is now being reviewed. If your skills and "
         "experience match the position, a member of our team will contact you."),
        (OTHER, "Aurelian Pharmaceuticals: Application Withdrawn", "Dear {name},\n\nWe confirm that your "
         "application for the Biostatistician role has been withdrawn at your request. We respect your "
         "decision and hope to hear from you again in the future."),
    ]))

W.append(Writer(
    "greenhouse-quillstack", "report", "no-reply@quillstack.example",
    "Thanks,\nQuillstack Talent",
    "Quillstack | 1 Main Street, Austin TX | Unsubscribe from candidate emails",
    messages=[
        (REJ, "Quillstack - Software Engineer II", "Hi {name},\n\nThanks for taking the time to apply to "
         "Quillstack. We've reviewed your experience and, at this time, we've decided to pursue applicants "
         "who more closely align with the requirements of the Software Engineer II role. We'll hold on to your "
         "resume in case something opens up that's a better match."),
        (REJ, "Quillstack | Update", "Hi {name},\n\nThank you for interviewing with us. We got to know a lot of "
         "great people in this process; the team ultimately felt that your experience isn't the right match "
         "for the role right now. Thank you again."),
        (REJ, "Your application for Engineering Manager", "Hi {name},\n\nThanks for applying. We've decided to "
         "close the Engineering Manager opening without hiring, as we're restructuring the team. We appreciate "
         "your interest in Quillstack."),
        (REJ, "Quillstack - Support Engineer", "Hi {name},\n\nThank you for your application to Quillstack. "
         "Unfortunately we can't offer you an interview for the Support Engineer role, but we wish you well."),
        (ACK, "Thanks for applying to Quillstack", "Hi {name},\n\nThanks for your application to the Software "
         "Engineer II role! A member of our team will review it and be in touch if there's a potential fit."),
        (ACK, "Quillstack - quick update", "Hi {name},\n\nThanks for your patience. We wanted to let you know "
         "we're still working through applications for the Software Engineer II role and expect to reach out "
         "with next steps in about two weeks."),
    ]))

W.append(Writer(
    "internship-summit", "report", "earlycareers@summit-eng.example",
    "Summit Engineering Early Careers",
    "Summit Engineering Group plc. Registered office: 12 Bridge Row, Leeds.",
    messages=[
        (REJ, "Summit Engineering - Summer Placement 2018", "Dear {name},\n\nThank you for applying for a summer "
         "placement with Summit Engineering. We have considered your application carefully. On this occasion we "
         "will not be taking your application to the assessment centre stage."),
        (REJ, "Summit Engineering - Graduate Scheme", "Dear {name},\n\nThank you for attending our assessment "
         "centre. We are writing to let you know that you have been unsuccessful at this stage. We appreciate "
         "the effort you put into the day."),
        (REJ, "Summit Engineering - Industrial Placement", "Dear {name},\n\nThank you for your interest in our "
         "Industrial Placement scheme. All of our placements for 2019 have now been filled, so we are "
         "closing the remaining applications."),
        (REJ, "Summit Engineering - Video Interview Result", "Dear {name},\n\nThank you for completing the video "
         "interview. We have reviewed your responses, and we will not be inviting you to the next stage of the "
         "process."),
        (ACK, "Summit Engineering - video interview received", "Dear {name},\n\nThank you for completing your "
         "video interview. Your responses have been submitted and will now be reviewed by our team. We aim to "
         "let you know the outcome within two weeks."),
        (INTERVIEW, "Summit Engineering - Assessment Centre Invitation", "Dear {name},\n\nThank you for your "
         "application to the Graduate Scheme. We are pleased to invite you to our assessment centre in Leeds "
         "on 21 February. Please book your place through the portal."),
    ]))

W.append(Writer(
    "retail-grocersrow", "report", "noreply@grocersrow-careers.example",
    "Grocer's Row People Team",
    "Grocer's Row Ltd. Please do not reply to this email.",
    dress="html",
    messages=[
        (REJ, "Your application with Grocer's Row", "Hi {name},\n\nThank you for your interest in working at "
         "Grocer's Row. We have looked at your application for Store Assistant. At the moment we don't have a "
         "suitable vacancy for you, but we will keep your details for six months."),
        (REJ, "Grocer's Row - Department Manager", "Hi {name},\n\nThank you for attending the interview for "
         "Department Manager. We have decided to appoint another candidate to this role. We wish you every "
         "success in the future."),
        (REJ, "Grocer's Row - Night Shift Team Member", "Hi {name},\n\nThanks for applying. Sadly you have not "
         "been successful in your application for Night Shift Team Member."),
        (REJ, "Grocer's Row - Head Office Role", "Hi {name},\n\nThank you for your application for the Pricing "
         "Analyst role. We have decided to fill this role internally, and we will not be taking external "
         "applications further."),
        (ACK, "Grocer's Row - Application Received", "Hi {name},\n\nThank you for applying to Grocer's Row! We've "
         "got your application. The store manager will look at it and, if you're suitable, will contact you "
         "to arrange an interview."),
        (OTHER, "Grocer's Row - roles near you", "Hi {name},\n\nThanks for your interest in Grocer's Row. The "
         "Store Assistant job in Kirkby is no longer open, but we have new vacancies near you: Customer "
         "Assistant (Bootle), Online Picker (Aintree). Apply now."),
    ]))

W.append(Writer(
    "lever-tandem", "report", "no-reply@jobs.lever.example",
    "Best,\nTandem Robotics People Ops",
    "Tandem Robotics | Sent with Lever",
    messages=[
        (REJ, "Tandem Robotics - Controls Engineer", "Hi {name},\n\nThank you for applying to the Controls "
         "Engineer role and for your patience with our process. We've carefully considered your application, "
         "and the team has chosen to advance other candidates at this time. Best of luck in your search."),
        (REJ, "Tandem Robotics - Mechanical Engineering Intern", "Hi {name},\n\nThanks for your interest in "
         "interning at Tandem. Our internship class for this summer is full, and we're unable to offer you a "
         "spot. Please consider applying again next season."),
        (REJ, "Tandem Robotics - Onsite follow-up", "Hi {name},\n\nThank you for spending the day with us at "
         "the onsite. We truly enjoyed it. We have decided not to extend an offer, but we'd be glad to share "
         "some feedback if you want it."),
        (REJ, "Tandem Robotics application", "Hi {name},\n\nThanks for applying. We've reviewed your profile and "
         "don't have a role that matches your experience right now. We'll keep your resume on file and reach "
         "out if that changes."),
        (INTERVIEW, "Tandem Robotics - Phone Screen", "Hi {name},\n\nThanks for applying to the Controls "
         "Engineer role! We'd like to set up a 30 minute phone screen with our recruiter. Please choose a time "
         "here."),
        (OTHER, "Tandem Robotics - withdrawal confirmed", "Hi {name},\n\nWe're sorry to hear you've decided not to "
         "continue with the process for the Controls Engineer role. We've closed your application. Thanks for "
         "your interest in Tandem and best of luck."),
    ]))

W.append(Writer(
    "consulting-clearwater", "report", "careers@clearwateradvisory.example",
    "Kind regards,\nThe Clearwater Advisory Recruiting Team",
    "Clearwater Advisory LLC. This e-mail may be privileged and confidential.",
    messages=[
        (REJ, "Clearwater Advisory - Final Round Decision", "Dear {name},\n\nThank you for your participation in "
         "our final round interviews. We recognise the time and preparation involved. After extensive "
         "discussion among the interviewers, we will not be moving your candidacy to the offer stage."),
        (REJ, "Clearwater Advisory - Associate Consultant", "Dear {name},\n\nThank you for applying to the "
         "Associate Consultant position. Your credentials are impressive; however, we have filled all of our "
         "available Associate Consultant positions for this recruiting season."),
        (REJ, "Clearwater Advisory - Case Interview", "Dear {name},\n\nThank you for taking part in the case "
         "interview. Regrettably, you have not progressed to the next round."),
        (REJ, "Clearwater Advisory - Experienced Hire", "Dear {name},\n\nThank you for your interest in "
         "Clearwater. We reviewed your application for the Senior Consultant role and determined that other "
         "applicants more closely match the experience we need. We will keep your profile on file."),
        (ACK, "Clearwater Advisory - Application Status", "Dear {name},\n\nThank you for your application. We "
         "are currently reviewing all applications and will inform you of the status of your candidacy in the "
         "coming weeks."),
        (INTERVIEW, "Clearwater Advisory - Final Round", "Dear {name},\n\nThank you for your strong performance in "
         "the case interview. We are pleased to invite you to our final round on 3 December in our Boston "
         "office."),
    ]))

W.append(Writer(
    "hospital-stbride", "report", "jobs@stbride.example.org",
    "St. Bride Medical Center Human Resources",
    "St. Bride Medical Center is an equal opportunity employer. This email may contain confidential information.",
    messages=[
        (REJ, "St. Bride - Respiratory Therapist", "Dear {name},\n\nThank you for applying for the Respiratory "
         "Therapist position. After evaluating all applicants, the department has selected a candidate whose "
         "experience most closely meets the needs of the unit."),
        (REJ, "St. Bride - Unit Secretary", "Dear {name},\n\nThank you for interviewing for the Unit Secretary "
         "role. We appreciate your time. The position has been filled, and we will not be moving forward with "
         "other applicants."),
        (REJ, "St. Bride - Phlebotomist", "Dear {name},\n\nThank you for your application. The Phlebotomist "
         "posting was closed by the hiring department before interviews began, and no hire will be made at "
         "this time."),
        (REJ, "St. Bride - New Graduate Nurse Residency", "Dear {name},\n\nThank you for your interest in our New "
         "Graduate Nurse Residency. Because of the high number of qualified applicants, we are unable to offer "
         "you a residency position this cohort."),
        (ACK, "St. Bride - Application Received", "Dear {name},\n\nThank you for applying to St. Bride Medical "
         "Center. Our recruiters are reviewing applications. Should your qualifications meet the requirements, "
         "we will contact you to discuss next steps."),
        (OTHER, "St. Bride - Candidate portal password reset", "Dear {name},\n\nThank you for using the St. Bride "
         "candidate portal. A request was made to reset your password. If this was not you, please ignore this "
         "email."),
    ]))

W.append(Writer(
    "smartrecruiters-nordlane", "report", "nordlane@smartrecruiters.example",
    "Best regards,\nNordlane Energy Recruiting",
    "Nordlane Energy AS | Org. no. 998 112 004 | Privacy notice: nordlane.example/privacy",
    dress="html",
    messages=[
        (REJ, "Your application for Wind Technician", "Dear {name},\n\nThank you for your application for the "
         "Wind Technician position and for your interest in Nordlane Energy. We have now completed the "
         "selection, and we have gone ahead with candidates with offshore certification. We wish you luck."),
        (REJ, "Nordlane Energy - Grid Analyst", "Dear {name},\n\nThank you for applying. We write to let you know "
         "that we have stopped the recruitment for Grid Analyst, as the need for the position has changed."),
        (REJ, "Nordlane Energy - Project Engineer", "Dear {name},\n\nThank you for the interview last week. We "
         "appreciate the time you spent with us. We have concluded the process and will not offer you the "
         "position."),
        (REJ, "Nordlane Energy - Trainee Programme", "Dear {name},\n\nThank you for your application to our "
         "Trainee Programme. We are sorry to inform you that your application has not been selected to move "
         "further in the process."),
        (ACK, "Nordlane Energy - Thank you for your application", "Dear {name},\n\nThank you for applying for the "
         "Project Engineer position. We will review your application after the deadline. If your profile "
         "matches the position, we will contact you for an interview."),
        (ACK, "Nordlane Energy - the process is taking longer", "Dear {name},\n\nThank you for your patience. The "
         "selection for the Wind Technician position is taking longer than planned, and we are still reviewing "
         "candidates. You will hear from us by the end of the month."),
    ]))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hi,\n> I just wanted to follow up on my "
          "application and ask whether there is any news.\n> Thanks,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px 0\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return ("<html><head><style>p {font-family: Arial}</style></head><body><table width=\"100%\"><tr><td>"
            f"{paras}</td></tr></table></body></html>")


DRESS = Dress(QUOTED, "Mon, Mar 4, 2019 at 9:12 AM", _html, quote_on=0, html_on=1, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)

# A third hard negative per writer: mail in the same voice that is no decision against the candidate.
MORE_NEGATIVES = {
    "greenhouse-lumenfold": (OTHER, "Your Lumenfold application has been withdrawn", "Hi {name},\n\nThanks for "
        "letting us know you'd like to withdraw from consideration for the Data Engineer role. We've updated your "
        "application. We hope our paths cross again."),
    "workday-harrowgate": (INTERVIEW, "Interview: Quality Technician", "Dear {name},\n\nThank you for applying "
        "for the Quality Technician role. The hiring manager would like to meet you. Please select an interview "
        "time in the candidate home page by Friday."),
    "university-eastvale": (ACK, "Search update - Lecturer in Statistics", "Dear {name},\n\nThank you for your "
        "patience. The search committee is still reviewing applications for the Lecturer post, and the process "
        "has taken longer than expected. We expect to contact shortlisted candidates in early March."),
    "agency-brightpath": (ACK, "RE: Payroll Coordinator", "Hi {name},\n\nThanks so much for sending this over! "
        "I've submitted your resume to the client. They're reviewing candidates this week and I'll let you "
        "know as soon as I hear anything."),
    "founder-kestrel": (OTHER, "re: thanks", "Hi {name},\n\nThanks for letting me know you've accepted another "
        "offer - totally understand, and congrats! I'll close things out on our side. Let's stay in touch."),
    "lever-plumtree": (INTERVIEW, "Plumtree Health | Interview with the Design Team", "Hi {name},\n\nThank you "
        "for your time on the phone. We'd like to invite you to the next round: a portfolio review with two "
        "designers. Please share your availability for next week."),
    "usajobs-agency": (OTHER, "USAJOBS - Saved Search Results", "Dear {name},\n\nThere are 12 new job "
        "announcements matching your saved search 'Hydrologist'. The announcement you applied to is closed; "
        "view the new announcements on USAJOBS."),
    "taleo-northgate": (ACK, "Northgate Bank - status of your application", "Dear {name},\n\nThank you for your "
        "interest in the Branch Manager position. Your application is currently under review. We will be in "
        "touch if the hiring manager would like to arrange an interview."),
    "icims-cobalt": (INTERVIEW, "Cobalt Outfitters: Interview Invitation", "Hello {name},\n\nThank you for your "
        "interest in Cobalt Outfitters. We would like to invite you to a video interview for the E-commerce "
        "Analyst role. Use the link below to choose a time."),
    "ashby-parallax": (ACK, "Parallax AI - challenge received", "Hi {name},\n\nThanks for completing the "
        "online challenge for the New Grad program! We've received your submission and our engineers will "
        "review it. We'll get back to you within a week."),
    "smartrecruiters-verdant": (ACK, "Your application as Warehouse Supervisor", "Dear {name},\n\nThank you for "
        "your application. We regret that we need a little more time than planned to review all applications "
        "for the Warehouse Supervisor role. We will contact you as soon as we have news."),
    "hospital-ridgeview": (OTHER, "Ridgeview Health - Jobs you may like", "Dear {name},\n\nThe Registered Nurse "
        "position you applied for has been filled. Based on your profile, these roles may interest you: RN - "
        "Telemetry, RN - Float Pool. Apply with one click."),
    "consulting-ashford": (ACK, "Ashford Partners - Application received", "Dear {name},\n\nThank you for "
        "applying to Ashford Partners. We review every application carefully. If you are not selected for a "
        "first-round interview, we will let you know by the end of October."),
    "nonprofit-greenway": (ACK, "Fundraising Officer - update", "Dear {name},\n\nThank you for your "
        "application. We have had a very high response and unfortunately our shortlisting is running a week "
        "behind. We now expect to contact applicants by 14 May."),
    "game-pixelmoor": (OTHER, "Pixelmoor newsletter - we're hiring!", "Hey {name},\n\nThanks for being a "
        "Pixelmoor fan! Our QA Tester role is filled, but we're hiring for Community Manager and Sound Designer. "
        "Check out our careers page and tell your friends."),
    "jobvite-silverline": (ACK, "Silverline Media - application update", "Hello {name},\n\nThank you for your "
        "interest in the Video Editor position. We wanted to let you know that we're still reviewing "
        "candidates and have not yet made a decision. Thank you for your patience."),
    "bamboohr-oakridge": (OTHER, "Application withdrawn", "Hi {name},\n\nThanks for letting me know you've "
        "taken another position. I've withdrawn your application for the Hygienist opening. Best of luck in the "
        "new job!"),
    "state-marwick": (OTHER, "Eligible list notice", "Dear {name},\n\nThank you for participating in the "
        "Environmental Specialist examination. You passed and your name has been placed on the eligible list "
        "with a rank of 4. Agencies may contact you for an interview."),
    "institute-halvorsen": (ACK, "Re: Summer Research Internship", "Dear {name},\n\nThank you for your email "
        "and your interest in the internship. Unfortunately I'm away until next week, but I will review your "
        "application on my return and let you know."),
    "agency-talentbridge": (ACK, "Java Developer - submitted", "Hi {name},\n\nThanks for your time today. I've "
        "sent your CV to the client for the Java Developer role. They usually take a few days to review; I'll "
        "call you as soon as I get feedback."),
    "founder-mosswren": (OTHER, "Re: Marketing help", "Hi {name},\n\nThanks for letting me know you've decided "
        "to withdraw - completely understand! Best of luck with the new role."),
    "workday-aurelian": (INTERVIEW, "Aurelian Pharmaceuticals: Interview Scheduling", "Dear {name},\n\nThank you "
        "for your interest in the Biostatistician role. We are pleased to invite you to a virtual interview with "
        "the hiring team. Please use the scheduling link to select a time."),
    "greenhouse-quillstack": (OTHER, "Quillstack - Job Alert", "Hi {name},\n\nThanks for joining the Quillstack "
        "talent community. Engineering Manager is no longer open, but here are new roles you might like: "
        "Staff Engineer, Data Platform Lead."),
    "internship-summit": (ACK, "Summit Engineering - application update", "Dear {name},\n\nThank you for your "
        "application for the Industrial Placement scheme. We are still reviewing applications and will be in "
        "touch by the end of the month. If you are successful, you will be invited to an assessment centre."),
    "retail-grocersrow": (ACK, "Grocer's Row - still reviewing", "Hi {name},\n\nThanks for your patience! We're "
        "still looking at applications for Department Manager and will let you know the outcome soon."),
    "lever-tandem": (ACK, "Tandem Robotics - We received your application", "Hi {name},\n\nThank you for "
        "applying to the Mechanical Engineering Intern role! We have received your application and will review "
        "it. If your background aligns with what we're looking for, we'll reach out about next steps."),
    "consulting-clearwater": (OTHER, "Clearwater Advisory - withdrawal confirmed", "Dear {name},\n\nWe have "
        "received your request to withdraw from the recruiting process for the Associate Consultant role and "
        "have closed your application. Thank you for your interest in Clearwater."),
    "hospital-stbride": (INTERVIEW, "St. Bride - Interview Request", "Dear {name},\n\nThank you for applying "
        "for the Unit Secretary position. The nurse manager would like to schedule an interview with you. "
        "Please call our office to arrange a time."),
    "smartrecruiters-nordlane": (OTHER, "Nordlane Energy - you withdrew your application", "Dear {name},\n\n"
        "Thank you for letting us know that you no longer wish to be considered for the Grid Analyst position. "
        "Your application has been withdrawn. We wish you all the best."),
}
for _w in W:
    _w.messages.append(MORE_NEGATIVES[_w.key])
