"""English decision mail, second set: rejections said in other people's words, and mail that only sounds like one.

Written for this project (never real mail), after bench/en_rejection_set.py and by deliberately different
writers: British, Indian, Australian, Canadian, Singaporean and Irish English; the NHS, councils, civil
services, universities and schools; applicant-tracking templates (Workday, Greenhouse, Lever, SmartRecruiters,
Taleo, iCIMS, Personio, Teamtailor); agencies; founders by hand; one-liners; decisions that are only implied
("we will not be progressing", "the role has been filled internally", "we have closed this requisition");
rejections after interviews with feedback; decisions buried after two paragraphs of thanks. The hard negatives
are in the same voices: acknowledgements that warn of a long process, "unfortunately we could not open your
attachment", interview invitations after "unfortunately the first slot is gone", withdrawals the company
confirms, talent-pool newsletters, offers whose start date moves, delays and reschedules.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report"
writers are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `bench/mail_en_decisions.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW, OFFER, TEST = (
    "rejection", "application_ack", "other", "interview", "offer", "assessment")
NAMES = ("Aisha", "Rohan", "Chloe", "Wei Ling", "Tom", "Niamh", "Kofi", "Ananya", "Liam", "Mateo", "Harriet")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "nhs-trust-uk", "tune", "noreply@jobs.nhs.example.uk",
    "Kind regards\n\nRecruitment Team\nWestmoor Hospitals NHS Foundation Trust",
    "Please do not reply to this email as this mailbox is not monitored. Westmoor Hospitals NHS Foundation Trust "
    "is committed to equality of opportunity and to the Disability Confident scheme.",
    messages=[
        (REJ, "Application for Band 5 Staff Nurse - 291-WH-4471", "Dear {name}\n\nThank you for applying for the "
         "post of Band 5 Staff Nurse (Ref 291-WH-4471). The shortlisting panel has now met. On this occasion you "
         "have not been shortlisted for interview.\n\nWe would like to thank you for the interest you have shown "
         "in working for the Trust."),
        (REJ, "Outcome of interview - Healthcare Assistant", "Dear {name}\n\nThank you for attending interview for "
         "the post of Healthcare Assistant on 12 March. I am afraid that on this occasion you were not successful. "
         "The panel felt that other candidates demonstrated more experience of personal care. If you would like "
         "feedback please contact the recruiting manager."),
        (REJ, "Vacancy 291-WH-4502 Medical Secretary", "Dear {name}\n\nThank you for your interest in the Medical "
         "Secretary vacancy. Please be advised that this vacancy has been withdrawn by the recruiting manager "
         "following a review of the service. We apologise for any disappointment this may cause."),
        (REJ, "Your application - Physiotherapist Band 6", "Dear {name}\n\nWe have now reviewed all applications "
         "against the person specification. Unfortunately your application did not demonstrate all of the "
         "essential criteria, and so it will not be taken forward on this occasion."),
        (REJ, "Band 3 Ward Clerk", "Dear {name}\n\nThank you for your application. We received a very high number "
         "of applications for this post and the vacancy closed early. I regret to let you know that you have not "
         "been invited to the next stage."),
        (ACK, "Application received - Band 5 Staff Nurse", "Dear {name}\n\nThank you for your application, which "
         "has been received. Shortlisting can take up to three weeks after the closing date; we are sorry we "
         "cannot give a faster answer. If you have not heard from us within four weeks, please assume you have "
         "not been shortlisted on this occasion."),
        (INTERVIEW, "Interview invitation - Healthcare Assistant", "Dear {name}\n\nFollowing shortlisting we are "
         "pleased to invite you to interview for the post of Healthcare Assistant. Unfortunately the morning "
         "slots are now all taken, so please book one of the afternoon slots on 12 March using the link in your "
         "account."),
        (OFFER, "Conditional offer of employment - Physiotherapist Band 6", "Dear {name}\n\nFurther to your "
         "recent interview I am delighted to make you a conditional offer of employment as Physiotherapist. "
         "Unfortunately, due to the time the pre-employment checks take, your start date will move from 1 April "
         "to 22 April."),
    ]))

W.append(Writer(
    "it-services-india", "tune", "careers@sarvatech.example.in",
    "Warm Regards,\nTalent Acquisition Team\nSarvaTech Solutions Pvt. Ltd.\nPune | Bengaluru | Hyderabad",
    "DISCLAIMER: This e-mail is intended only for the person to whom it is addressed. SarvaTech never asks for "
    "money at any stage of recruitment.",
    messages=[
        (REJ, "Your candidature for Senior Java Developer", "Dear {name},\n\nGreetings from SarvaTech!\n\nWe thank "
         "you for your candidature for the Senior Java Developer position and for attending the technical round. "
         "We regret to inform you that your profile has not been shortlisted for further rounds. We will retain "
         "your resume in our database and revert in case of a suitable opening."),
        (REJ, "Status of your application - Job Code ST/QA/118", "Dear {name},\n\nGreetings of the day.\n\nThis is "
         "with reference to your application for QA Lead. After evaluation by the panel, we are unable to take "
         "your candidature forward at this point of time. We wish you all the best for your future endeavours."),
        (REJ, "Interview feedback - Data Engineer", "Dear {name},\n\nThank you for appearing for the managerial "
         "round held on Saturday. Kindly note that the panel has decided not to proceed with your profile as "
         "the requirement is for hands-on experience in Spark streaming."),
        (REJ, "Regarding walk-in drive on 14th", "Dear {name},\n\nThank you for attending our walk-in drive. Post "
         "the aptitude test, your profile has not been considered for the next level. Please do not apply to "
         "the same role for the next six months."),
        (REJ, "Application for Business Analyst", "Dear {name},\n\nGreetings from SarvaTech!\n\nWe appreciate your "
         "interest in the Business Analyst opening. Please note that the said position has been put on hold by "
         "the client and hence we will not be processing your application further."),
        (ACK, "Application received - Senior Java Developer", "Dear {name},\n\nGreetings from SarvaTech!\n\nThank "
         "you for applying. Your profile is under review with the hiring team. Kindly note that due to the large "
         "volume of applications, the evaluation may take two to three weeks. Shortlisted candidates will be "
         "contacted."),
        (OTHER, "Resume not readable - please resend", "Dear {name},\n\nThank you for applying for QA Lead. "
         "Unfortunately we could not open the resume attached to your application as the file seems to be "
         "corrupted. Kindly resend it in PDF or Word format so that we can process your candidature."),
        (INTERVIEW, "Interview schedule - Data Engineer", "Dear {name},\n\nGreetings!\n\nYour profile has been "
         "shortlisted. Unfortunately the slot on Friday is no longer available, hence we have scheduled your "
         "technical interview on Monday at 11:00 AM IST on Teams. Kindly confirm your availability."),
    ]))

W.append(Writer(
    "council-australia", "tune", "recruitment@glenbarra.nsw.example.au",
    "Cheers,\nPeople & Culture\nGlenbarra Shire Council",
    "Glenbarra Shire Council acknowledges the Traditional Custodians of the land. This email is confidential.",
    messages=[
        (REJ, "Your application - Parks Maintenance Officer", "G'day {name},\n\nThanks for your application for the "
         "Parks Maintenance Officer position. The selection panel has assessed all applications and unfortunately "
         "you have been unsuccessful on this occasion. We encourage you to keep an eye on our vacancies page."),
        (REJ, "Customer Service Officer - outcome", "Hi {name},\n\nThanks for coming in to chat with us about the "
         "Customer Service Officer role. It was a tight field and the panel has gone with an applicant who has "
         "more local government experience. Happy to give you a call with some feedback if that helps."),
        (REJ, "Planning Cadetship 2020", "Hi {name},\n\nThanks so much for your interest in the Planning "
         "Cadetship. After a lot of consideration, your application hasn't progressed to the interview stage "
         "this time around."),
        (REJ, "Library Technician - recruitment update", "Hi {name},\n\nJust letting you know that Council has "
         "decided not to fill the Library Technician role after a restructure of the branch. Sorry to be the "
         "bearer of disappointing news."),
        (REJ, "Re: Depot Labourer", "Hi {name},\n\nThanks for following up. The position has been filled "
         "internally, so we won't be moving ahead with external candidates. All the best."),
        (ACK, "Thanks for applying - Parks Maintenance Officer", "Hi {name},\n\nThanks for applying! Applications "
         "close on Friday and the panel will meet after that. It can take a few weeks as the panel members are "
         "working around the flood recovery, so please bear with us."),
        (INTERVIEW, "Interview - Customer Service Officer", "Hi {name},\n\nGood news, we'd love to have you in for "
         "an interview. Unfortunately the Tuesday slot has already been snapped up, but we have Wednesday at 10am "
         "or 2pm at the Civic Centre. Let me know which suits."),
        (OTHER, "Glenbarra Careers - talent community update", "Hi {name},\n\nThanks for being part of our talent "
         "community. Unfortunately the cadetship intake is closed for this year, but here are the roles open "
         "right now: Waste Services Driver, Rates Officer, Aquatic Centre Lifeguard. Share with your mates!"),
    ]))

W.append(Writer(
    "public-service-canada", "tune", "noreply-nepasrepondre@gcjobs.example.ca",
    "Human Resources Services\nDepartment of Coastal Affairs / Ministère des Affaires côtières",
    "This is an automated message from the staffing system. / Ceci est un message automatisé.",
    messages=[
        (REJ, "Notification - Selection process 19-DCA-ATL-EA-1123", "Dear {name},\n\nThank you for your interest in "
         "selection process 19-DCA-ATL-EA-1123 (Program Officer, PM-02). Your application has been assessed "
         "against the essential qualifications. We regret to inform you that you have been screened out, as your "
         "application did not demonstrate the experience in stakeholder consultation."),
        (REJ, "Results of written examination - 19-DCA-ATL-EA-1123", "Dear {name},\n\nThank you for writing the "
         "examination. The pass mark was 60%. Your result did not meet the pass mark and you will not be "
         "considered further in this process. You may request an informal discussion within five days."),
        (REJ, "Selection process 19-DCA-NHQ-IA-0871 - cancelled", "Dear {name},\n\nPlease be advised that the "
         "selection process for Policy Analyst (EC-04) has been cancelled, as the position is no longer "
         "required. No appointment will be made from this process."),
        (REJ, "Notification of consideration", "Dear {name},\n\nThis is to advise that the assessment board has "
         "completed its work. Although you met the essential qualifications, you were not retained for "
         "appointment, as other candidates better meet the organizational needs."),
        (ACK, "Acknowledgement - 19-DCA-ATL-EA-1123", "Dear {name},\n\nThis confirms receipt of your application. "
         "Please note that the screening of a large number of applications can take several months. You will "
         "be contacted only if you are selected for further assessment."),
        (TEST, "Invitation to written examination", "Dear {name},\n\nCongratulations, you have been screened in. "
         "Unfortunately the examination room in Halifax is full, so you are invited to write the online exam "
         "instead. You will have three hours; the link will be active on 4 May."),
        (OTHER, "Withdrawal from selection process", "Dear {name},\n\nThis confirms that, at your request, your "
         "application has been withdrawn from selection process 19-DCA-NHQ-IA-0871. We thank you for your "
         "interest in the federal public service."),
    ]))

W.append(Writer(
    "bank-singapore", "tune", "talent@meridianbank.example.sg",
    "Yours sincerely,\nGroup Human Resources\nMeridian Bank Limited",
    "Meridian Bank Limited (Co. Reg. No. 19560012Z). This message is confidential. If you are not the intended "
    "recipient, please delete it.",
    dress="html",
    messages=[
        (REJ, "Application for Management Associate Programme", "Dear {name},\n\nThank you for your interest in the "
         "Meridian Bank Management Associate Programme. We have received an overwhelming response. We have "
         "reviewed your application and regret that we are unable to offer you a place in this year's "
         "programme."),
        (REJ, "Relationship Manager, Private Banking", "Dear {name},\n\nThank you for attending the interviews for "
         "the Relationship Manager role. We have carefully considered your candidacy and have decided to pursue "
         "other candidates whose profiles are a closer fit to the requirements."),
        (REJ, "Your application with Meridian Bank", "Dear {name},\n\nThank you for applying. We wish to inform you "
         "that the hiring for the Compliance Officer role has been put on hold indefinitely. We will therefore "
         "not be proceeding with the recruitment."),
        (REJ, "Summer Internship 2021", "Dear {name},\n\nThank you for completing the video interview. Following a "
         "review, we regret that your application will not be moving forward to the assessment centre stage."),
        (ACK, "We have received your application", "Dear {name},\n\nThank you for applying for the Management "
         "Associate Programme. Our selection process has several stages and may take up to eight weeks. We seek "
         "your kind understanding, and we will keep you updated."),
        (OFFER, "Letter of offer - Relationship Manager", "Dear {name},\n\nWe are pleased to offer you the "
         "position of Relationship Manager. Unfortunately, due to the regulatory clearance, your commencement "
         "date will need to be moved to 3 August. Please sign and return the enclosed letter of offer."),
        (OTHER, "Meridian Careers newsletter", "Dear {name},\n\nThank you for joining our talent pool. In this "
         "issue: life as a Management Associate, our new Hybrid Work policy, and open roles in Technology and "
         "Operations. We are sorry we could not reply to every message during the holiday period."),
    ]))

W.append(Writer(
    "workday-corvane", "tune", "corvane@myworkday.example",
    "Thank you,\nCorvane Global Talent Acquisition",
    "Corvane is an equal opportunity employer. Please do not reply to this automated email.",
    dress="html",
    messages=[
        (REJ, "Your Application to Corvane - R0042113 Financial Analyst", "Dear {name},\n\nThank you for your "
         "interest in Corvane. We appreciate the time and effort you invested in applying for the Financial "
         "Analyst position.\n\nWe have reviewed your qualifications carefully. At this time, the hiring manager "
         "has selected a candidate whose background more closely aligns with the needs of the team."),
        (REJ, "Corvane Application Update - R0042551", "Dear {name},\n\nThank you for applying to the HR Generalist "
         "role (R0042551). We want to let you know that we have closed this requisition and no further candidates "
         "will be considered."),
        (REJ, "Corvane - Update on Tax Associate", "Dear {name},\n\nThank you for applying. After reviewing your "
         "application, we will not be progressing your candidacy for the Tax Associate position."),
        (REJ, "Regarding your candidacy at Corvane", "Dear {name},\n\nWe wanted to thank you for your interest and "
         "for the conversations with our team. The position has been filled, and we have removed the posting. "
         "Your profile remains active in our system for future opportunities."),
        (REJ, "Corvane - Internal Audit Intern", "Dear {name},\n\nThank you for applying to our Internal Audit "
         "Internship. We are not able to move your application forward, as we have filled all available "
         "internship placements for the summer."),
        (ACK, "Corvane - application received R0042113", "Dear {name},\n\nThank you for applying for Financial "
         "Analyst. Our recruiting team will review your qualifications. Because of the number of applications we "
         "receive, this process may take several weeks. You can check your status on the candidate home page."),
        (OTHER, "Corvane - action needed: upload your resume", "Dear {name},\n\nThank you for your application. "
         "Unfortunately the resume you attached could not be opened. Please sign in to the candidate home page "
         "and upload it again so that your application is complete."),
    ]))

W.append(Writer(
    "greenhouse-tidewell", "tune", "no-reply@us.greenhouse-mail.example",
    "Best,\nTidewell Talent Team",
    "Tidewell | Powered by Greenhouse | Unsubscribe from these emails",
    messages=[
        (REJ, "Following up on your Tidewell application", "Hi {name},\n\nThanks for taking the time to apply to "
         "Tidewell, and for your interest in the Product Designer role. We're truly grateful.\n\nWe've had a huge "
         "number of applications and loved learning about so many people. It was a genuinely difficult decision "
         "to make.\n\nAfter careful consideration, we're moving ahead with other applicants for this role."),
        (REJ, "Tidewell - Customer Success Manager", "Hi {name},\n\nThank you for interviewing with us. We know "
         "how much effort goes into the process. In the end, the team decided to go in a different direction "
         "for this role. We'd love to keep you in mind for the future."),
        (REJ, "Your application to Tidewell", "Hi {name},\n\nThanks for applying to be a Data Analyst at Tidewell. "
         "The role has been paused while we revisit our plans for next year, so we're closing out all applications "
         "for now."),
        (REJ, "An update from Tidewell", "Hi {name},\n\nThank you for your patience. We have now reviewed your "
         "application and, while your experience is impressive, we won't be moving you forward to interviews."),
        (ACK, "Thank you for applying to Tidewell", "Hi {name},\n\nThanks for applying to the Product Designer role! "
         "We read every application ourselves, so it can take a while; please don't be discouraged if you "
         "don't hear from us for a couple of weeks."),
        (INTERVIEW, "Tidewell - new time for your interview", "Hi {name},\n\nUnfortunately our hiring manager is "
         "out sick today, so we need to move your interview. Could you do Thursday at 3pm PT instead? The Zoom "
         "link will stay the same."),
        (OTHER, "Tidewell - your withdrawal", "Hi {name},\n\nWe're sorry to hear you've decided to withdraw your "
         "application, but we completely understand. We've closed it on our side. Wishing you the best in "
         "your new role!"),
    ]))

W.append(Writer(
    "personio-berlin", "tune", "jobs@northloop-gmbh.jobs.personio.example",
    "Best regards\nYour Northloop People Team",
    "Northloop GmbH | Torstrasse 90, 10119 Berlin | Managing Directors: J. Weber, A. Okafor | HRB 201334 B\n"
    "Information on data protection: northloop.example/privacy",
    messages=[
        (REJ, "Your application as Working Student Marketing (m/f/d)", "Hi {name},\n\nThank you very much for your "
         "application and the trust you have placed in us. We have looked at your documents closely. "
         "Unfortunately, we have to inform you that we cannot consider your application any further."),
        (REJ, "Your application as Backend Developer (m/f/d)", "Hi {name},\n\nthanks again for the nice "
         "conversation with our CTO. We have now made our decision and chose a candidate with more Go "
         "experience. We are sorry we cannot send you better news."),
        (REJ, "Northloop - Office Manager (m/f/d)", "Hi {name},\n\nThank you for applying. The position has been "
         "filled in the meantime, therefore we are not able to take your application into account."),
        (REJ, "Your application at Northloop", "Hi {name},\n\nThank you for your interest in Northloop. After "
         "careful review we have decided not to continue with your application, as the position requires "
         "fluent German."),
        (ACK, "Your application at Northloop", "Hi {name},\n\nThank you for your application! We have received your "
         "documents and will get back to you as soon as possible. As many of our team are on holiday in August, "
         "this may take a little longer than usual."),
        (INTERVIEW, "Invitation: interview at Northloop", "Hi {name},\n\nWe would like to get to know you! "
         "Unfortunately our first suggested date no longer works for the team, so please choose a new slot for "
         "a video interview via the link below."),
        (OTHER, "Your documents - Northloop", "Hi {name},\n\nThanks for your application. Unfortunately we could "
         "not open your attachment. Could you please send us your CV again as a PDF? Then we can start the "
         "review right away."),
    ]))

W.append(Writer(
    "agency-uk", "tune", "james.whitford@harbourlinerecruit.example.co.uk",
    "Cheers,\nJames\n\nJames Whitford | Senior Consultant, Finance\nHarbourline Recruitment | 020 7946 0311",
    "Harbourline Recruitment Ltd acts as an employment agency. Registered in England No. 08812345.",
    dress="quote",
    messages=[
        (REJ, "RE: Management Accountant - Leeds", "Hi {name},\n\nHope you're well. I've had feedback from the "
         "client on the Management Accountant role and I'm afraid they've decided to go with another candidate "
         "who had more manufacturing experience. Gutted for you as I thought it went well. I'll keep you posted "
         "on anything else that comes in."),
        (REJ, "Credit Controller", "Hi {name},\n\nJust a quick one - the client has come back and they won't be "
         "taking your application any further for the Credit Controller role. They've gone with someone they "
         "already knew."),
        (REJ, "RE: FP&A Analyst", "Hi {name},\n\nUnfortunately the FP&A role has been pulled. The client has "
         "frozen all recruitment until the new year, so there's nothing more we can do on this one for now."),
        (REJ, "Update - Payroll Supervisor", "Hi {name},\n\nThanks for your patience. I've spoken to the hiring "
         "manager and sadly it's a no from them this time; they felt your payroll experience was more bureau "
         "than in-house."),
        (REJ, "RE: second interview", "Hi {name},\n\nThanks for going back in for the second stage. They've had a "
         "think and decided to offer the role to the other finalist. They did say it was very close."),
        (ACK, "RE: Management Accountant - Leeds", "Hi {name},\n\nThanks for the updated CV. I've sent it across "
         "to the client this morning. They're slow to come back, so it might be a week or two before I hear "
         "anything, but I'll chase them."),
        (INTERVIEW, "Interview confirmed - Credit Controller", "Hi {name},\n\nGood news - they'd like to meet you! "
         "Unfortunately the Monday slot's gone, so I've booked you in for Tuesday at 2pm at their office in "
         "Wakefield. I'll send over some prep notes."),
        (OFFER, "Offer!", "Hi {name},\n\nBrilliant news - they want to offer you the Payroll Supervisor role at "
         "£38k! The only snag is that the start date has moved back a fortnight because of their system "
         "migration. Give me a ring when you can."),
    ]))

W.append(Writer(
    "founders-terse", "tune", "sam@lanternworks.example",
    "Sam",
    messages=[
        (REJ, "Re: Ops role", "Hi {name} - we've gone another way. Best of luck."),
        (REJ, "Re: Growth Marketer", "Hey {name}, thanks for the chat. Not a fit for us right now, but really "
         "appreciated your time."),
        (REJ, "Re: first engineer", "Hi {name}, decided to hire someone we worked with before. Sorry, and thanks "
         "for the thoughtful take-home."),
        (REJ, "Re: designer", "{name} - going to pass on this one. Good luck out there."),
        (REJ, "Re: intro call", "Hi {name}, we ended up not hiring for the role at all. Runway stuff. Sorry to "
         "leave you hanging."),
        (INTERVIEW, "Re: Ops role", "Hi {name} - sorry, the 10am is gone. 4pm work? Will send a Meet link."),
        (OTHER, "Re: Growth Marketer", "Totally understand you're taking the other offer, {name}. Congrats and "
         "keep in touch."),
    ]))

W.append(Writer(
    "university-uk", "tune", "recruitment@hallamford.example.ac.uk",
    "Yours sincerely\n\nDr Eleanor Pryce\nHead of School, School of Earth Sciences\nUniversity of Hallamford",
    "The University of Hallamford is a charity registered in England. This email may contain confidential "
    "information.",
    messages=[
        (REJ, "Lecturer in Geophysics (Ref 2044)", "Dear {name}\n\nThank you for attending the interview and "
         "giving the presentation for the Lecturer in Geophysics post. The panel was impressed by the quality of "
         "the field. After much deliberation we have decided to appoint another candidate."),
        (REJ, "Postdoctoral Research Associate (Ref 2071)", "Dear {name}\n\nThank you for applying. I am writing to "
         "let you know that your application was not selected for interview; the panel prioritised candidates "
         "with hands-on seismic processing experience."),
        (REJ, "PhD studentship - NERC DTP", "Dear {name}\n\nThank you for your interest in the studentship. We have "
         "now allocated all funded places for this round, and I am sorry to say we will not be in a position to "
         "offer you one."),
        (REJ, "Technician post", "Dear {name}\n\nThank you for your application for the Laboratory Technician "
         "post. Following a review of the department's needs, the post will not now be filled, and the "
         "recruitment has been closed."),
        (REJ, "Teaching Fellow - feedback", "Dear {name}\n\nThank you again for your time on Tuesday. As promised, "
         "some feedback: your teaching session was well received, but the panel felt your module design was less "
         "developed than that of the appointed candidate. I hope this is useful."),
        (ACK, "Lecturer in Geophysics (Ref 2044)", "Dear {name}\n\nThank you for your application. Shortlisting "
         "will take place after the closing date; given the number of applications and the Easter break, we "
         "expect to contact shortlisted candidates in about five weeks."),
        (INTERVIEW, "Interview - Postdoctoral Research Associate", "Dear {name}\n\nI am pleased to invite you to "
         "interview. Regrettably we could not find a date in the first week, as two panel members are at a "
         "conference, so the interviews will take place on 19 May."),
    ]))

W.append(Writer(
    "scaleup-feedback", "tune", "talent@brightkite.example",
    "Best,\nRuth Amankwah\nTalent Partner, Brightkite",
    dress="quote",
    messages=[
        (REJ, "Your Brightkite interviews", "Hi {name},\n\nThank you for the time you spent with us over the last "
         "three weeks. I know four interviews is a lot to ask.\n\nWe've met as a panel, and we're not going to "
         "be moving forward with an offer. The team loved your product sense; where we wanted more was system "
         "design depth, especially around data modelling at scale.\n\nI'm happy to jump on a call to walk through "
         "the feedback in more detail."),
        (REJ, "Brightkite - Senior Analyst", "Hi {name},\n\nThanks for completing the case study and the final "
         "round. The panel has decided not to extend an offer. Some feedback: your analysis was thorough but the "
         "recommendation came late in the presentation."),
        (REJ, "Feedback from your Brightkite onsite", "Hi {name},\n\nI wanted to get back to you quickly after "
         "Friday. The team have decided that this isn't the right match at this stage, mainly because the role "
         "needs someone who has managed a team before. Please don't read this as a reflection of your ability."),
        (REJ, "Brightkite update", "Hi {name},\n\nThanks for your patience while we finished interviews. We've "
         "decided to proceed with a candidate who was further along in the process, so we'll be closing your "
         "application."),
        (ACK, "Brightkite - next steps", "Hi {name},\n\nThank you for the final interview! The panel meets on "
         "Thursday to compare notes, and since we're seeing one more candidate next week, a decision may take a "
         "little longer than we hoped."),
        (OFFER, "Brightkite - your offer", "Hi {name},\n\nI'm thrilled to share that we'd like to offer you the "
         "Senior Analyst role! Unfortunately the start date we discussed needs to move by two weeks because of "
         "our office move; I'll send the updated offer letter today."),
        (OTHER, "RE: withdrawal", "Hi {name},\n\nThanks for letting me know you're withdrawing from the process. "
         "Sorry to lose you, but I'm glad you found something that suits you. I've closed your application."),
    ]))

W.append(Writer(
    "charity-buried", "tune", "people@riverbendtrust.example.org.uk",
    "With warm wishes,\n\nFiona MacLeod\nPeople and Volunteering Manager\nRiverbend Trust",
    "Riverbend Trust is a registered charity in Scotland (SC0412233).",
    messages=[
        (REJ, "Community Fundraiser role", "Dear {name},\n\nThank you so much for applying to be our Community "
         "Fundraiser. We know how much time and care goes into a good application, and yours was a pleasure to "
         "read.\n\nWe were overwhelmed by the number of people who want to help the river communities, and every "
         "application was read by two members of the panel. It is humbling to see so much talent.\n\nAfter "
         "long discussion, we will not be inviting you to interview on this occasion. We hope you will continue "
         "to support our work."),
        (REJ, "Volunteer Coordinator", "Dear {name},\n\nThank you for coming to see us last week and for the warmth "
         "you brought to the interview. The panel really enjoyed meeting you.\n\nIt was a hard decision with so "
         "many good candidates, and we took our time over it.\n\nThe panel has offered the post to a candidate "
         "with more experience of managing volunteers, who has accepted."),
        (REJ, "Finance Assistant", "Dear {name},\n\nThank you for your application and your kind words about our "
         "work. It means a great deal to a small team like ours.\n\nWe had a difficult year and our funding "
         "situation has changed. Sadly, the trustees have agreed that we cannot go ahead with this post after "
         "all."),
        (REJ, "Outreach Worker (Part-time)", "Dear {name},\n\nThank you for applying. We were grateful to hear "
         "about your experience with young people.\n\nWe received over two hundred applications for this role.\n\n"
         "I am sorry to say that your application has not progressed further this time."),
        (ACK, "Community Fundraiser role", "Dear {name},\n\nThank you for applying to be our Community Fundraiser. "
         "We are a small team and every application is read by the panel, so shortlisting will take us a few "
         "weeks. We will write to everyone, whatever the outcome."),
        (OTHER, "Riverbend Trust - news", "Dear {name},\n\nThank you for your interest in working with us earlier "
         "this year. As part of our supporters' list, here is our autumn newsletter: the new river school, our "
         "volunteer awards, and a few roles we are recruiting for."),
    ]))

W.append(Writer(
    "teamtailor-nordic", "tune", "noreply@career.fjellbyte.example",
    "Best regards,\nFjellbyte Recruitment",
    "Fjellbyte AB, Stockholm | Sent with Teamtailor | Manage your data and consent: career.fjellbyte.example/"
    "connect",
    dress="html",
    messages=[
        (REJ, "About your application to Fjellbyte", "Hi {name},\n\nThank you for your application for the role as "
         "Cloud Engineer. We have now gone through all applications, and unfortunately you have not progressed "
         "further in the process this time."),
        (REJ, "Fjellbyte - Support Specialist", "Hi {name},\n\nThank you for your time and interest in Fjellbyte. "
         "We have decided to move on with other candidates whose experience better matches the role."),
        (REJ, "Fjellbyte - Trainee 2021", "Hi {name},\n\nThank you for applying to our Trainee programme. The "
         "programme is now fully booked and we have closed the recruitment."),
        (REJ, "Regarding the UX Writer position", "Hi {name},\n\nThank you for the interview and the writing test. "
         "We have now finished the recruitment and the position went to another candidate."),
        (ACK, "Thank you for your application!", "Hi {name},\n\nWe have received your application for Cloud "
         "Engineer. We review applications continuously, but the process may take some time over the summer. "
         "We will get back to you as soon as we can."),
        (OTHER, "New jobs at Fjellbyte", "Hi {name},\n\nYou are part of Fjellbyte's Connect talent pool. We have "
         "new openings that may interest you: Data Engineer, Head of Security. Unfortunately we could not reply "
         "to all pool members individually, but we read every message."),
        (OTHER, "Your application has been withdrawn", "Hi {name},\n\nWe have now withdrawn your application for "
         "Support Specialist, as you asked. Thank you for your interest in Fjellbyte and good luck!"),
    ]))

W.append(Writer(
    "lawfirm-graduate-uk", "tune", "graduaterecruitment@ashcombeward.example.com",
    "Kind regards,\n\nGraduate Recruitment Team\nAshcombe Ward LLP",
    "Ashcombe Ward LLP is a limited liability partnership authorised and regulated by the Solicitors Regulation "
    "Authority.",
    messages=[
        (REJ, "Ashcombe Ward - Training Contract 2023", "Dear {name},\n\nThank you for your application for a "
         "training contract commencing in 2023. We have given your application careful consideration. We regret "
         "that on this occasion we are unable to progress your application to the next stage of our process."),
        (REJ, "Vacation Scheme - assessment centre outcome", "Dear {name},\n\nThank you for attending our "
         "assessment centre. Unfortunately we will not be offering you a place on the summer vacation scheme. "
         "Your written exercise was strong; the group exercise was where other candidates stood out."),
        (REJ, "Ashcombe Ward - Paralegal", "Dear {name},\n\nThank you for your interest in the paralegal role in our "
         "Real Estate team. I am writing to let you know that we have now made an appointment to this role."),
        (REJ, "Open Day application", "Dear {name},\n\nThank you for applying to our First-Year Open Day. Places "
         "were heavily oversubscribed and we are sorry that we could not offer you a place on this occasion."),
        (ACK, "Application received: Training Contract 2023", "Dear {name},\n\nThank you for applying. Our "
         "process runs until the end of July, and we assess applications only after the deadline, so you may "
         "not hear from us for some time."),
        (TEST, "Next step: Watson Glaser test", "Dear {name},\n\nThank you for your application. Unfortunately there "
         "was a problem with the test link we sent you last week. Please use the new link below to complete the "
         "Watson Glaser critical thinking test by Friday."),
    ]))

W.append(Writer(
    "hotel-group", "tune", "careers@harbourviewhotels.example",
    "Warm regards,\nHarbourview Hotels Talent Team",
    dress="oneline",
    messages=[
        (REJ, "Front Office Supervisor - Harbourview Sydney", "Dear {name}, thank you for taking the time to apply "
         "for Front Office Supervisor. We have had great interest in this role. After reviewing your "
         "application, we have decided to progress with applicants whose hotel experience is more recent."),
        (REJ, "Your interview with Harbourview", "Dear {name}, thank you for meeting with our Executive Chef. We "
         "are sorry to share that we will not be moving ahead with your application for Demi Chef de Partie."),
        (REJ, "Harbourview - Events Coordinator", "Dear {name}, thank you for your interest. The Events Coordinator "
         "role has been filled by an internal transfer, and we have closed the vacancy."),
        (REJ, "Harbourview Hotels - Graduate Program", "Dear {name}, we appreciate your application. The program has "
         "reached capacity, so we are not able to offer you a position in this intake."),
        (ACK, "Thank you for applying to Harbourview", "Dear {name}, thank you for applying for Front Office "
         "Supervisor. Our hotel teams review applications between shifts, so it may take up to three weeks to "
         "hear back. We appreciate your patience."),
        (INTERVIEW, "Trial shift invitation", "Dear {name}, unfortunately Saturday's trial shift is already full. "
         "We would like to invite you for a trial shift and interview on Sunday at 9am in the kitchen instead."),
    ]))

W.append(Writer(
    "big4-graduate", "tune", "graduates@ellisbrandt.example.com",
    "Kind regards,\nEllis Brandt Student Recruitment",
    "Ellis Brandt refers to the network of member firms. Please do not reply to this mailbox.",
    messages=[
        (REJ, "Ellis Brandt - Audit Graduate Programme", "Dear {name},\n\nThank you for completing our online "
         "assessments. We have reviewed your results and we are sorry to tell you that you have not met the "
         "required standard to progress, so your application will be closed."),
        (REJ, "Your Ellis Brandt application", "Dear {name},\n\nThank you for attending the final interview with "
         "our partner. Having considered your performance across the process, we are not able to make you an "
         "offer on this occasion."),
        (REJ, "Spring Insight Week", "Dear {name},\n\nThank you for applying to the Spring Insight Week. Due to the "
         "high number of applications, we have now filled all places and your application has been closed."),
        (REJ, "Ellis Brandt - Tax Graduate Programme", "Dear {name},\n\nThank you for your interest. This programme "
         "has now closed in your chosen location as all vacancies are filled. Your application will not be "
         "progressed, but you may wish to apply to another location."),
        (ACK, "We've received your application", "Dear {name},\n\nThank you for your application. Our process has "
         "several stages and, because we recruit on a rolling basis, it can take up to six weeks. Please check "
         "your candidate portal for updates."),
        (TEST, "Ellis Brandt - complete your online assessments", "Dear {name},\n\nThank you for applying. "
         "Unfortunately the earlier link expired because of a technical issue. Please complete the situational "
         "judgement and numerical tests within five days using the new link."),
        (OTHER, "Ellis Brandt - application withdrawn", "Dear {name},\n\nWe confirm that your application for the "
         "Audit Graduate Programme has been withdrawn, as you requested. We are sorry to see you go and wish "
         "you well."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "taleo-energy", "report", "careers@taleo.petrovane.example",
    "Regards,\nPetrovane Recruitment",
    "This is a system-generated message from Petrovane's recruitment system. Please do not reply.",
    dress="html",
    messages=[
        (REJ, "Petrovane - Job 2100456 Reservoir Engineer", "Dear {name},\n\nThank you for your application for "
         "the position of Reservoir Engineer (2100456). We have now completed the initial review. We are sorry "
         "to advise that your application has not been successful."),
        (REJ, "Petrovane - Job 2100512 HSE Advisor", "Dear {name},\n\nWe thank you for your interest in Petrovane. "
         "The requisition for HSE Advisor has been cancelled and is no longer open, so no further action will "
         "be taken on your application."),
        (REJ, "Petrovane - Job 2100498 Drilling Supervisor", "Dear {name},\n\nThank you for the interview. After "
         "careful evaluation, we have identified a candidate whose qualifications better match our requirements "
         "for this position."),
        (REJ, "Petrovane - Graduate Development Programme", "Dear {name},\n\nThank you for applying. We are "
         "unable to consider your application further, as the programme requires a degree conferred no "
         "earlier than 2019."),
        (REJ, "Petrovane - Job 2100623 Buyer", "Dear {name},\n\nThe Buyer position has been filled. Thank you for "
         "your interest in a career with Petrovane."),
        (ACK, "Petrovane - Job 2100456 application received", "Dear {name},\n\nThank you for your application for "
         "Reservoir Engineer. Please note that our review process is thorough and may take four to six weeks. "
         "You may log in at any time to see the status of your application."),
        (OTHER, "Petrovane - we could not read your file", "Dear {name},\n\nUnfortunately the document uploaded "
         "with your application could not be processed. Please upload your CV again as a PDF to complete your "
         "application for Buyer."),
    ]))

W.append(Writer(
    "icims-healthsystem", "report", "stlukemidwest@icims.example",
    "Sincerely,\nTalent Acquisition\nSt. Luke Midwest Health System",
    "St. Luke Midwest Health is an Equal Opportunity Employer. This message was sent via iCIMS. Do not reply.",
    messages=[
        (REJ, "Your application for Registered Nurse - ICU (Req 88123)", "Dear {name},\n\nThank you for considering "
         "St. Luke Midwest as your employer of choice. We appreciate you taking the time to apply.\n\nOur "
         "mission is to provide the very best care to our communities, and we are grateful for every "
         "applicant who shares that goal.\n\nWe have reviewed your application and at this time we have "
         "decided to pursue candidates who more closely match the needs of the unit."),
        (REJ, "St. Luke Midwest - Pharmacy Technician", "Dear {name},\n\nThank you for your interest. The Pharmacy "
         "Technician position (Req 88210) has been closed and will not be filled at this time."),
        (REJ, "St. Luke Midwest - Medical Assistant", "Dear {name},\n\nThank you for interviewing with our clinic "
         "manager. We regret to inform you that another candidate has been selected for this position."),
        (REJ, "Application update - Patient Access Representative", "Dear {name},\n\nThank you for applying. Please "
         "note that you are no longer under consideration for this requisition. We encourage you to apply for "
         "other roles that match your experience."),
        (REJ, "St. Luke Midwest - Respiratory Therapist", "Dear {name},\n\nThank you for your interest. This "
         "position has been filled by an internal candidate."),
        (ACK, "St. Luke Midwest - we received your application", "Dear {name},\n\nThank you for applying for "
         "Registered Nurse - ICU. A recruiter will review your qualifications. Due to high application volumes, "
         "it may be several weeks before you hear from us."),
        (INTERVIEW, "Interview - Medical Assistant", "Dear {name},\n\nThe clinic manager would like to interview you. "
         "Unfortunately the Tuesday openings have been filled; please choose a Wednesday or Thursday time using "
         "the scheduling link."),
        (OFFER, "Offer - Respiratory Therapist", "Dear {name},\n\nWe are pleased to offer you the position of "
         "Respiratory Therapist. Unfortunately, because of the hospital orientation calendar, your start date "
         "moves to May 15. Please accept the offer in the portal."),
    ]))

W.append(Writer(
    "lever-fintech", "report", "no-reply@hire.lever-mail.example",
    "Cheers,\nThe Coinward Team",
    "Sent by Lever on behalf of Coinward. You can unsubscribe from Coinward recruiting emails.",
    messages=[
        (REJ, "Coinward // Staff Engineer, Payments", "Hi {name},\n\nThanks so much for your interest in Coinward "
         "and for making time to chat with us. We've decided not to move forward with your candidacy at this "
         "point."),
        (REJ, "Coinward // Compliance Analyst", "Hi {name},\n\nThank you for applying. Our hiring team took a close "
         "look, and we're going to pursue other candidates for this position."),
        (REJ, "Coinward // Risk Ops Lead", "Hi {name},\n\nThanks for the great conversations with the team. We have "
         "decided to hold off on filling this role for now as our priorities have shifted, so we are closing "
         "the search."),
        (REJ, "Coinward // Product Manager", "Hi {name},\n\nThank you for taking the time to complete the "
         "product exercise. The team reviewed it closely, and it's not quite what we're looking for for this "
         "role, so we won't be scheduling next steps."),
        (ACK, "Coinward // Thanks for applying!", "Hi {name},\n\nThanks for applying to Coinward! We're a small "
         "team and hiring is taking us a bit longer than we'd like, so thank you in advance for your "
         "patience."),
        (INTERVIEW, "Coinward // Onsite rescheduled", "Hi {name},\n\nSorry for the change - one of your interviewers "
         "had a family emergency, so we've moved your onsite to next Tuesday. The agenda stays the same."),
        (OTHER, "Coinward // Talent community", "Hi {name},\n\nYou're in the Coinward talent community! Each month "
         "we share open roles and news from the team. This month: our Series C, and openings in Lisbon."),
    ]))

W.append(Writer(
    "smartrecruiters-retail", "report", "hollisandpine@smartrecruiters.example",
    "Kind regards,\nHollis & Pine Recruitment",
    "Hollis & Pine Ltd, company no. 04455667. Powered by SmartRecruiters. Privacy policy.",
    dress="html",
    messages=[
        (REJ, "Your application for Store Manager - Manchester", "Dear {name},\n\nThank you for applying for the "
         "Store Manager role. We have decided not to take your application further at this stage."),
        (REJ, "Hollis & Pine - Visual Merchandiser", "Dear {name},\n\nThank you for your interest in the Visual "
         "Merchandiser position. We've now reviewed all of the applications, and on this occasion you haven't "
         "been selected to go forward to interview."),
        (REJ, "Hollis & Pine - Christmas Temporary Sales Assistant", "Dear {name},\n\nThank you for applying. We "
         "have now recruited all the seasonal colleagues we need for this year, so we will not be able to offer "
         "you a role."),
        (REJ, "Hollis & Pine - Assistant Buyer", "Dear {name},\n\nThank you for meeting the buying team. Sadly your "
         "application hasn't been successful, as we felt your trading experience did not yet match the level "
         "needed."),
        (ACK, "Hollis & Pine - application received", "Dear {name},\n\nThank you for applying for the Store Manager "
         "role. As we are receiving lots of applications, it may take us a little while to respond. We will be "
         "in touch about the next steps either way."),
        (OTHER, "Hollis & Pine - upload problem", "Dear {name},\n\nWe are sorry, but we were unable to open the CV "
         "you attached to your Visual Merchandiser application. Please resend it so your application can be "
         "reviewed."),
    ]))

W.append(Writer(
    "founder-india", "report", "karthik@pinecrestlabs.example.in",
    "Thanks and regards,\nKarthik\nFounder, Pinecrest Labs",
    messages=[
        (REJ, "Re: Android developer opening", "Hi {name},\n\nThanks for your time on the call yesterday. We "
         "discussed internally and we feel the role needs someone with more Kotlin exposure, so we will not be "
         "going ahead. Do stay in touch."),
        (REJ, "Re: Application - Sales Intern", "Hi {name},\n\nThank you for applying. As of now we have closed the "
         "intern positions, as the batch is already full."),
        (REJ, "Re: Assignment submission", "Hi {name},\n\nThanks for submitting the assignment. Honestly it was "
         "good, but we have shortlisted another candidate for the final round and we are closing the remaining "
         "profiles."),
        (REJ, "Re: Full stack role", "Hi {name},\n\nSorry for the late reply. We have put the hiring on hold for "
         "now due to funding delays, so we are not moving ahead with any candidate."),
        (REJ, "Re: Founder's office role", "Hi {name},\n\nThank you for the patience. We have decided to close "
         "the position with someone from our network. Wishing you the best."),
        (INTERVIEW, "Re: Android developer opening", "Hi {name},\n\nSorry, the 4 PM slot got taken by another "
         "call. Can we do 6 PM instead? Will share the Google Meet link."),
        (OTHER, "Re: Assignment submission", "Hi {name},\n\nUnfortunately the zip file you shared is not opening "
         "on our side. Could you please share a Drive link instead?"),
    ]))

W.append(Writer(
    "university-australia", "report", "careers@southernridge.example.edu.au",
    "Kind regards,\nRecruitment Services\nSouthern Ridge University",
    "Southern Ridge University | CRICOS Provider 00123A. We acknowledge the Traditional Owners of the lands "
    "on which we work.",
    messages=[
        (REJ, "Associate Lecturer, Nursing - Ref 503120", "Dear {name},\n\nThank you for your application for the "
         "above position. The selection committee has now completed the shortlisting process and I regret to "
         "advise that your application was unsuccessful on this occasion."),
        (REJ, "Research Officer - Ref 503147", "Dear {name},\n\nThank you for attending interview. The committee "
         "has recommended the appointment of another applicant, who has accepted the position."),
        (REJ, "Student Advisor - Ref 503188", "Dear {name},\n\nPlease be advised that, following a review of the "
         "team structure, the University will not proceed with the appointment for this position."),
        (REJ, "Casual Tutor Pool", "Dear {name},\n\nThank you for expressing interest in tutoring. The tutor pool "
         "for Semester 2 is now full and we will not be able to offer you any teaching this semester."),
        (ACK, "Application received - Ref 503120", "Dear {name},\n\nThank you for applying. The selection process "
         "may take several weeks after the closing date, as committee members need to be available. We will "
         "advise you of the outcome by email."),
        (INTERVIEW, "Interview - Research Officer", "Dear {name},\n\nThe committee would like to invite you to an "
         "interview. Unfortunately the Monday interviews are fully booked, so yours will be on Tuesday 14 June "
         "at 11am, by Zoom."),
    ]))

W.append(Writer(
    "health-canada-provincial", "report", "careers@northernshorehealth.example.ca",
    "Regards,\nTalent Acquisition\nNorthern Shore Health Authority",
    "This communication is intended for the addressee only. Northern Shore Health Authority values diversity.",
    dress="oneline",
    messages=[
        (REJ, "Competition 2020-5531 Social Worker II", "Dear {name}, thank you for applying to competition "
         "2020-5531. We have completed the review of applicants and have selected candidates for interview. We "
         "regret that you were not selected."),
        (REJ, "Competition 2020-5598 Licensed Practical Nurse", "Dear {name}, thank you for your interest. The "
         "competition has been cancelled and will be reposted at a later date."),
        (REJ, "Competition 2020-5604 Unit Clerk", "Dear {name}, thank you for participating in the interview. The "
         "competition has been concluded and the successful candidate has been notified."),
        (REJ, "Competition 2020-5650 Dietitian", "Dear {name}, your application for this competition has been "
         "reviewed; you do not hold the registration required for the position and cannot be considered."),
        (ACK, "Competition 2020-5531 - application received", "Dear {name}, thank you for applying. Due to the "
         "volume of applications and the current public health situation, the screening process may be "
         "delayed. Only those selected for an interview will be contacted."),
        (OTHER, "Competition 2020-5604 - withdrawal", "Dear {name}, as requested, we have withdrawn your "
         "application from competition 2020-5604. Thank you for your interest in Northern Shore Health."),
    ]))

W.append(Writer(
    "careers-gov-singapore", "report", "noreply@careers.gov.example.sg",
    "Yours sincerely,\nHuman Resource Division\nMinistry of Urban Resilience",
    "This is a computer-generated email. Please do not reply.",
    messages=[
        (REJ, "Application for Senior Executive (Policy)", "Dear {name},\n\nWe refer to your application for the "
         "position of Senior Executive (Policy). We have carefully reviewed your application and regret to "
         "inform you that we are unable to shortlist you for the position."),
        (REJ, "Outcome of interview - Manager (Data Analytics)", "Dear {name},\n\nThank you for attending the "
         "interview. We regret that your application was not successful. We will keep your particulars in our "
         "records for one year for other suitable openings."),
        (REJ, "Internship Programme", "Dear {name},\n\nThank you for your interest in our internship programme. All "
         "internship positions for this period have been filled."),
        (REJ, "Application status", "Dear {name},\n\nPlease be informed that your application for Assistant "
         "Manager (Estates) was not shortlisted. We encourage you to apply for other positions."),
        (ACK, "Acknowledgement of application", "Dear {name},\n\nThank you for your application. We seek your "
         "patience as the selection process may take up to three months. Only shortlisted candidates will be "
         "notified."),
        (OFFER, "Offer of appointment", "Dear {name},\n\nWe are pleased to offer you appointment as Manager (Data "
         "Analytics). We regret that the commencement date must be deferred to 1 September pending the "
         "completion of the security clearance."),
    ]))

W.append(Writer(
    "agency-nz", "report", "aroha@kowhairecruit.example.co.nz",
    "Ngā mihi,\nAroha Tane\nRecruitment Consultant, Kowhai Recruitment",
    dress="quote",
    messages=[
        (REJ, "RE: Civil Engineer - Hamilton", "Kia ora {name},\n\nThanks for your patience. The client has "
         "finished interviewing and has decided to go with a candidate who has more NZ consenting experience. "
         "Sorry it's not better news."),
        (REJ, "RE: Project Coordinator", "Kia ora {name},\n\nI've heard back from the client - they've decided not "
         "to progress your application. They had a strong internal applicant."),
        (REJ, "Quantity Surveyor role", "Kia ora {name},\n\nUnfortunately the client has put this role on ice while "
         "they wait on a big tender, so it won't be going ahead for now."),
        (REJ, "RE: Site Engineer", "Kia ora {name},\n\nThanks for meeting them on Thursday. They've offered it to "
         "someone else who could start straight away."),
        (ACK, "RE: Civil Engineer - Hamilton", "Kia ora {name},\n\nThanks for sending your CV through. I've passed "
         "it on to the client; their hiring manager is on leave until the 20th, so it might be a little while."),
        (OFFER, "Offer - Project Coordinator", "Kia ora {name},\n\nGreat news - the client would like to offer you "
         "the Project Coordinator role! Unfortunately their start date has moved out a week, to the 12th. Let me "
         "know if that still works."),
    ]))

W.append(Writer(
    "civil-service-uk", "report", "noreply@civilservicejobs.example.gov.uk",
    "Civil Service Jobs\nDepartment for Regional Transport",
    "Please do not reply to this email. Check your Civil Service Jobs account for updates.",
    messages=[
        (REJ, "Update on your application - Policy Adviser (Ref 61203)", "Dear {name},\n\nThank you for your "
         "interest in this vacancy. We're sorry to tell you that you have not been successful at the sift "
         "stage."),
        (REJ, "Outcome of interview - Executive Officer (Ref 61277)", "Dear {name},\n\nThank you for attending the "
         "interview. Although you met the required standard, there were more candidates who met the standard "
         "than posts available, and you have not been offered a post. You have been placed on a reserve "
         "list for twelve months."),
        (REJ, "Vacancy 61299 has been withdrawn", "Dear {name},\n\nWe are writing to let you know that the "
         "vacancy you applied for has been withdrawn. Your application will not be taken forward."),
        (REJ, "Application for Higher Executive Officer", "Dear {name},\n\nYour application has been assessed. "
         "Your score against the behaviours did not meet the minimum required to progress."),
        (ACK, "Application submitted - Policy Adviser (Ref 61203)", "Dear {name},\n\nYour application has been "
         "submitted. The sift is expected to take place three weeks after the closing date; timelines may "
         "change, and we will update your account at each stage."),
        (TEST, "Online test - Executive Officer (Ref 61277)", "Dear {name},\n\nYou have been invited to complete the "
         "Civil Service Judgement Test. Unfortunately the previous deadline had to be moved; please complete "
         "it by 23:55 on Sunday."),
    ]))

W.append(Writer(
    "research-pi", "report", "h.okonjo@lakeside-institute.example.org",
    "Best wishes,\nHelen\n\n--\nProf. Helen Okonjo\nLakeside Institute of Marine Science",
    dress="quote",
    messages=[
        (REJ, "Re: PhD position in my group", "Dear {name},\n\nMany thanks for your interest in my group and for the "
         "lovely research statement. I had many excellent applicants this year and I have now offered the "
         "position to a student whose background is in ocean modelling."),
        (REJ, "Re: Postdoc application", "Dear {name},\n\nThank you for talking with me last week. Unfortunately the "
         "grant that would have funded the postdoc was not renewed, so I won't be able to hire anyone this "
         "year."),
        (REJ, "Re: Summer internship", "Dear {name},\n\nThank you for writing to me. I'm afraid I have no space in "
         "the lab this summer, and I will not be able to take you on."),
        (REJ, "Re: Research assistant", "Dear {name},\n\nThank you for your patience. After speaking with the other "
         "applicants I have decided on someone who can start in January. I wish you every success."),
        (ACK, "Re: PhD position in my group", "Dear {name},\n\nThank you for your application. I'm at sea on a "
         "research cruise until the end of the month, so I will only be able to read applications properly when "
         "I'm back."),
        (INTERVIEW, "Re: Postdoc application", "Dear {name},\n\nThanks for your patience. Unfortunately I can't do "
         "Monday after all; could we talk on Wednesday at 4pm your time instead? I'd like to hear more about "
         "your thesis."),
    ]))

W.append(Writer(
    "consultancy-india", "report", "hr@meghdootconsulting.example.in",
    "Regards,\nHR Team\nMeghdoot Consulting Services",
    "This email and its contents are the property of Meghdoot Consulting. Beware of fraudulent job offers.",
    messages=[
        (REJ, "Your application for SAP FICO Consultant", "Dear {name},\n\nThank you for showing interest in "
         "Meghdoot Consulting. We have reviewed your profile against our current requirement and we are sorry "
         "to inform that it is not matching at this moment. Your CV will be kept in our database."),
        (REJ, "Result of telephonic interview", "Dear {name},\n\nThank you for your time. Based on the feedback from "
         "the technical panel, we are unable to move ahead with your candidature for the ServiceNow Developer "
         "role."),
        (REJ, "Position status - Project Manager", "Dear {name},\n\nThis is to inform you that the Project Manager "
         "position has been closed by the client. We shall contact you if any similar opening comes up."),
        (REJ, "Candidature update", "Dear {name},\n\nWe appreciate the time you gave us. However, the hiring "
         "manager has selected another profile for the position of Azure Architect."),
        (ACK, "Application acknowledgement", "Dear {name},\n\nThank you for your application for SAP FICO "
         "Consultant. Our client takes time to give feedback, so kindly allow two to three weeks. We will update "
         "you on the status."),
        (OTHER, "CV format issue", "Dear {name},\n\nThank you for sharing your profile. Unfortunately we were not able "
         "to open the attached CV. Kindly resend it in Word format along with your current CTC and notice "
         "period."),
    ]))

W.append(Writer(
    "media-hr-by-hand", "report", "lucy.barnes@westgatemedia.example.com",
    "All best,\nLucy Barnes\nHR Business Partner | Westgate Media",
    messages=[
        (REJ, "Producer role", "Hi {name},\n\nThanks so much for your application for the Producer role, and for "
         "the lovely showreel.\n\nWe had such a strong response to this one, more than we've ever had for a "
         "production role, and the team spent a long time going through everyone.\n\nIn the end we've decided "
         "to offer the role to someone with more live broadcast experience."),
        (REJ, "Digital Editor", "Hi {name},\n\nThanks for coming in. I'm sorry to say we won't be taking things "
         "further this time, but it was great to meet you."),
        (REJ, "Researcher - update", "Hi {name},\n\nJust to let you know the Researcher post is no longer going "
         "ahead, as the series has been cancelled by the broadcaster. Sorry to have taken up your time."),
        (REJ, "Social Media Exec", "Hi {name},\n\nThank you for applying. We've filled the Social Media Executive "
         "role, so we won't need to see any more applicants."),
        (ACK, "Producer role", "Hi {name},\n\nThanks for applying! We're in the middle of filming, so I'm afraid "
         "we're a little slow; we'll be in touch once the team have had a chance to look at applications."),
        (INTERVIEW, "Digital Editor - interview", "Hi {name},\n\nSadly the Wednesday slots have gone, but we'd love "
         "to see you on Thursday at 11 at our office in Soho. Please bring a couple of pieces you've edited."),
    ]))

W.append(Writer(
    "ats-terse-notices", "report", "notifications@hiringportal.example",
    "Hiring Portal",
    "You are receiving this because you applied through Hiring Portal. Manage notifications.",
    messages=[
        (REJ, "Application status changed: Warehouse Associate", "Hello {name},\n\nStatus: Position filled."),
        (REJ, "Update from Redwick Logistics", "Hello {name},\n\nRedwick Logistics has declined your application "
         "for Forklift Operator."),
        (REJ, "Your application: Barista at Tallow & Co", "Hello {name},\n\nTallow & Co is no longer reviewing "
         "applications for this job and has closed it."),
        (REJ, "Update on Cashier at Marlow Foods", "Hello {name},\n\nMarlow Foods has moved forward with other "
         "candidates."),
        (ACK, "Application sent: Warehouse Associate", "Hello {name},\n\nYour application was sent to Redwick "
         "Logistics. Employers typically respond within two weeks, but some take longer."),
        (OTHER, "Jobs picked for you", "Hello {name},\n\nSorry, Barista at Tallow & Co is no longer available. "
         "Here are similar jobs near you: Barista at Brew Yard, Café Assistant at Linden."),
    ]))

W.append(Writer(
    "pharma-ireland", "report", "talent@greystonesbio.example.ie",
    "Kind regards,\nGreystones Bio Talent Acquisition\nCork, Ireland",
    "Greystones Biologics DAC, registered in Ireland no. 612345.",
    dress="html",
    messages=[
        (REJ, "Greystones Bio - QC Analyst", "Dear {name},\n\nMany thanks for your application for the QC Analyst "
         "role. Having reviewed the applications, we have decided to shortlist candidates with GMP laboratory "
         "experience, and so we won't be in a position to progress your application."),
        (REJ, "Greystones Bio - Validation Engineer", "Dear {name},\n\nThank you for taking the time to interview "
         "with us. After consideration, we have decided to progress with another candidate at this time."),
        (REJ, "Greystones Bio - Graduate Programme", "Dear {name},\n\nThank you for your interest. Due to a change "
         "in business requirements, the graduate programme will not run this year, and applications have been "
         "closed."),
        (REJ, "Greystones Bio - Process Technician", "Dear {name},\n\nThank you for applying. The vacancy has now "
         "been filled."),
        (ACK, "Greystones Bio - application received", "Dear {name},\n\nThank you for applying for the QC Analyst "
         "role. Our review can take some time due to site shutdowns over the summer. We will be in touch."),
        (OFFER, "Greystones Bio - offer of employment", "Dear {name},\n\nFollowing your interview, we are delighted to "
         "offer you the Validation Engineer role. Unfortunately, due to a delay in the site expansion, your start "
         "date will be 6 September rather than 16 August."),
    ]))

W.append(Writer(
    "school-district", "report", "hr@cedarfalls-schools.example.org",
    "Respectfully,\nHuman Resources Department\nCedar Falls Unified School District",
    "Cedar Falls USD does not discriminate on the basis of race, color, national origin, sex, disability or age.",
    messages=[
        (REJ, "Elementary Teacher - Grade 3", "Dear {name},\n\nThank you for interviewing with the principal of "
         "Maple Elementary. We would like to let you know that the position has been offered to and accepted by "
         "another applicant."),
        (REJ, "Substitute Teacher Pool", "Dear {name},\n\nThank you for applying to our substitute pool. At this time "
         "we are not adding new substitutes for the current school year."),
        (REJ, "Paraprofessional - Special Education", "Dear {name},\n\nThank you for your application. After "
         "review, your application will not be advanced, because the position requires a paraprofessional "
         "certificate."),
        (REJ, "High School Math Teacher", "Dear {name},\n\nThank you for your interest. Due to enrollment changes, "
         "this position was eliminated and will not be filled."),
        (ACK, "Application received - Elementary Teacher", "Dear {name},\n\nThank you for applying. Principals "
         "review applications over the summer, which can take time. Candidates selected for interviews will be "
         "contacted by the school directly."),
        (INTERVIEW, "Interview invitation - Paraprofessional", "Dear {name},\n\nThe principal would like to interview "
         "you. Unfortunately the afternoon slots on Monday are no longer available, so please choose a morning "
         "time."),
    ]))

W.append(Writer(
    "smb-owner-uk", "report", "dave@kingsleyjoinery.example.co.uk",
    "Cheers\nDave Kingsley\nKingsley Joinery Ltd",
    dress="oneline",
    messages=[
        (REJ, "Re: apprentice joiner", "Hi {name} thanks for coming down to the workshop. We have taken on the lad "
         "who did his work experience with us, so we won't need anyone else this year. All the best"),
        (REJ, "Re: bench joiner job", "Hi {name} sorry for the slow reply. The job's gone now, we filled it last "
         "week."),
        (REJ, "Re: site fitter", "Hi {name} thanks for your CV. Work has dried up a bit so I'm not taking anyone "
         "on at the minute, sorry mate"),
        (ACK, "Re: apprentice joiner", "Hi {name} thanks for your email. I'm flat out on a job in Harrogate this "
         "week so I'll have a proper look at your CV next week and ring you"),
        (INTERVIEW, "Re: bench joiner job", "Hi {name} can't do Monday now, got a delivery. Come down Tuesday 8am "
         "for a chat and a look round the workshop"),
    ]))

# More mail in the same voices, added so each kind has enough: mostly hard negatives, a few more decisions.
EXTRA = {
    "nhs-trust-uk": [(ACK, "Update on your application - Band 5 Staff Nurse", "Dear {name}\n\nWe are sorry for "
        "the delay in shortlisting. Unfortunately the panel has been affected by winter pressures. Your "
        "application is still being considered and we hope to contact you next week.")],
    "it-services-india": [(INTERVIEW, "Profile shortlisted for another role", "Dear {name},\n\nThank you for "
        "attending the walk-in drive. While the QA Lead requirement has been closed, the panel felt your profile "
        "suits our Automation Engineer opening, and we would like to schedule a technical discussion on "
        "Wednesday.")],
    "council-australia": [(OTHER, "Withdrawal of application - Library Technician", "Hi {name},\n\nNo worries "
        "at all, we've withdrawn your application as you asked. Sorry we won't get to work together this time, "
        "and congrats on the new job!")],
    "public-service-canada": [(ACK, "Status of selection process 19-DCA-ATL-EA-1123", "Dear {name},\n\nWe regret "
        "that the assessment of candidates is taking longer than anticipated. No decision has been made "
        "regarding your application. We will inform you of the results as soon as possible.")],
    "bank-singapore": [(REJ, "Update on your application", "Dear {name},\n\nThank you for your patience. We have "
        "completed the assessment centre for this year's programme. Regrettably, you were not among the "
        "candidates selected, as competition for places was very keen.")],
    "workday-corvane": [(INTERVIEW, "Corvane - interview for a different position", "Dear {name},\n\nThank you "
        "for applying to Financial Analyst. That requisition is closed, but the hiring manager for our FP&A "
        "Associate role reviewed your profile and would like to invite you to a first interview.")],
    "greenhouse-tidewell": [(ACK, "Tidewell - still reviewing", "Hi {name},\n\nJust a quick note to say we "
        "haven't forgotten about you! Unfortunately our hiring timeline slipped because of the holidays. We're "
        "still reviewing applications and expect to reach out by the end of the month.")],
    "personio-berlin": [(OFFER, "Your contract at Northloop", "Hi {name},\n\nWe are very happy to welcome you "
        "to the team! Attached you will find your employment contract. Unfortunately your start date has to "
        "move to 1 November, as your laptop will not arrive earlier.")],
    "agency-uk": [(REJ, "RE: Assistant Accountant", "Hi {name},\n\nQuick update on the Assistant Accountant "
        "role: they've filled it from within, someone on maternity cover has taken it permanently. Sorry - let's "
        "catch up about the other two I mentioned.")],
    "founders-terse": [(OTHER, "Re: Growth Marketer", "Hey {name}, your PDF came through blank on my end - mind "
        "re-sending?")],
    "university-uk": [(REJ, "Research Fellow (Ref 2090)", "Dear {name}\n\nThank you for your application. I "
        "write to inform you that the panel has now concluded the shortlisting and you have not been "
        "selected for interview on this occasion.")],
    "scaleup-feedback": [(INTERVIEW, "Brightkite - final round", "Hi {name},\n\nGreat news: the panel would "
        "like you to come in for the final round. Unfortunately the first slot on Monday has gone, so we've "
        "pencilled you in for Tuesday at 10am. Let me know if that doesn't work.")],
    "charity-buried": [(OTHER, "Your withdrawal", "Dear {name},\n\nThank you for letting us know that you no "
        "longer wish to be considered for the Finance Assistant post. We are sorry not to meet you, and we wish "
        "you every happiness in your new role.")],
    "teamtailor-nordic": [(INTERVIEW, "Fjellbyte - interview booked", "Hi {name},\n\nThank you for booking an "
        "interview for Cloud Engineer. Unfortunately your first choice was already taken, so you have been booked "
        "on Thursday at 13:00. Welcome!")],
    "lawfirm-graduate-uk": [(OTHER, "Ashcombe Ward - your talent pool membership", "Dear {name},\n\nThank you "
        "for joining our talent pool. Our Spring newsletter includes tips for training contract applications, "
        "dates of our virtual open days, and an interview with two of our trainees.")],
    "hotel-group": [(OTHER, "Your documents", "Dear {name}, thank you for applying. Unfortunately the file you "
        "attached seems to be empty. Please reply with your resume attached so that we can consider you.")],
    "big4-graduate": [(REJ, "Ellis Brandt - Consulting Graduate Programme", "Dear {name},\n\nThank you for your "
        "application. We have reviewed your CV against our requirements and unfortunately we will not be "
        "taking your application forward.")],
    "taleo-energy": [(OFFER, "Petrovane - offer letter", "Dear {name},\n\nWe are pleased to confirm our offer "
        "for the position of Buyer. Please note that, regrettably, your start date has been postponed by two "
        "weeks while the site induction is rescheduled.")],
    "icims-healthsystem": [(OTHER, "Your application has been withdrawn", "Dear {name},\n\nPer your request, "
        "your application for Pharmacy Technician has been withdrawn. We are sorry to see you go and hope you "
        "will consider St. Luke Midwest in the future.")],
    "lever-fintech": [(OTHER, "Coinward // your resume", "Hi {name},\n\nThanks for applying! Unfortunately your "
        "resume upload didn't go through - the file seems to be corrupted. Could you reply with a new copy?")],
    "smartrecruiters-retail": [(INTERVIEW, "Hollis & Pine - interview for Store Manager", "Dear {name},\n\n"
        "Thank you for your patience. We are sorry that the first interview date had to be cancelled; we would "
        "like to invite you to interview on 3 March at our Manchester store instead.")],
    "founder-india": [(OTHER, "Re: Full stack role", "Hi {name},\n\nNo problem at all, I understand you have "
        "taken up the offer from the other company. Withdrawing your profile from our side. All the best!")],
    "university-australia": [(OTHER, "Careers at Southern Ridge - newsletter", "Dear {name},\n\nThank you for "
        "subscribing to job alerts. Unfortunately some links in last week's newsletter did not work; here are "
        "this week's vacancies in Research, Teaching and Professional roles.")],
    "health-canada-provincial": [(INTERVIEW, "Competition 2020-5531 - interview", "Dear {name}, we are sorry that "
        "the interview scheduled for Monday had to be cancelled because of a staff shortage. We would like to "
        "invite you to interview on Friday at 1 pm instead.")],
    "careers-gov-singapore": [(ACK, "Update on your application", "Dear {name},\n\nWe apologise for the delay. "
        "Your application is still being reviewed by the hiring department, and we will contact you should "
        "you be shortlisted.")],
    "agency-nz": [(OTHER, "RE: withdrawing", "Kia ora {name},\n\nNo worries, I've let the client know you're "
        "withdrawing from the Site Engineer process. Sorry to lose you, but good on you for the new job!")],
    "civil-service-uk": [(REJ, "Update on your application - Analyst (Ref 61310)", "Dear {name},\n\nThank you "
        "for your application. Unfortunately, on this occasion your application has not progressed to the "
        "next stage.")],
    "research-pi": [(OTHER, "Re: PhD position in my group", "Dear {name},\n\nThank you for sending your "
        "materials. Unfortunately the attachment with your transcripts didn't come through; could you send it "
        "again?")],
    "consultancy-india": [(INTERVIEW, "Interview rescheduled", "Dear {name},\n\nDue to unavailability of the "
        "panel, your interview scheduled today has been rescheduled to tomorrow at 3 PM. Regret the "
        "inconvenience.")],
    "media-hr-by-hand": [(OTHER, "Westgate Media - careers newsletter", "Hi {name},\n\nThanks for signing up to "
        "hear about jobs at Westgate! We're sorry this newsletter is a bit late. This month: behind the scenes "
        "on our new series, and open roles in Post-Production.")],
    "ats-terse-notices": [(OTHER, "Application withdrawn", "Hello {name},\n\nYou withdrew your application for "
        "Forklift Operator at Redwick Logistics.")],
    "pharma-ireland": [(INTERVIEW, "Greystones Bio - interview", "Dear {name},\n\nThank you for your patience. "
        "We are sorry that the first interview round was postponed. We would like to invite you to a Teams "
        "interview for QC Analyst on Monday at 10am.")],
    "school-district": [(OTHER, "Cedar Falls USD - job fair", "Dear {name},\n\nThank you for your interest in "
        "teaching with us. Unfortunately our spring job fair is now full, but we will post new openings on our "
        "website every Friday.")],
    "smb-owner-uk": [(OTHER, "Re: apprentice joiner", "Hi {name} your CV didn't come through, just a blank "
        "email. Can you send it again")],
}
for _w in W:
    _w.messages.extend(EXTRA.get(_w.key, []))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hello,\n> I'm just checking in on my "
          "application - please let me know if you need anything else from me.\n> Many thanks,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<div style=\"font-family:Helvetica;font-size:14px\">{p.replace(chr(10), '<br/>')}"
                    "<br/><br/></div>" for p in text.split("\n\n"))
    return ("<!DOCTYPE html><html><body><center><table role=\"presentation\" width=\"600\"><tbody><tr><td>"
            f"{paras}</td></tr></tbody></table></center></body></html>")


DRESS = Dress(QUOTED, "Tue, 9 Jun 2020 at 10:41", _html, quote_on=0, html_on=1, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)
