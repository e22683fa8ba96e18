"""English rejections that open with thanks and state the decision once, in the writer's own words, against mail
that mentions a decision without making one.

Written for this project (never real mail), the fourteenth session, by writers none of the earlier English sets
has: applicant systems of mid-sized firms, small firms and their owners, agencies, universities and colleges,
public employers (councils, a health board, a state agency, a federal contractor), in US, UK, Indian, Australian,
Canadian, Irish and New Zealand English. Rejections open with thanks and say the decision once, in the middle, in
varied words: no offer can be made, others fit better, the role paused, cancelled, filled or merged, the resume kept
on file though nothing fits now, the panel not convinced, "we will not be moving forward", "unfortunately this
time"; several are sent after an interview, a test or a trial shift.

The near-misses are not rejections: acknowledgements that promise a decision later ("we will let you know our
decision either way"), news still pending ("no decision has been made yet"), withdrawals the company confirms, job
alerts and newsletters that mention roles filled or closed, and business mail that says "unfortunately" or "not
able to move forward" about a deal, an order, a venue, a supplier or a proposal.

The set is split by writer, several writers of each kind in each half. The "tune" writers may be read while the
classifier is changed; the "report" writers are measured only at the start and at the end of a piece of work, and
their mistakes are never printed. `messages()` yields the dressed messages; `bench/mail_en_decisions5.py` measures
them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW, OFFER, TEST = (
    "rejection", "application_ack", "other", "interview", "offer", "assessment")
NAMES = ("Aarav", "Siobhan", "Kwame", "Lucía", "Tomasz", "Ngaio", "Deepika", "Fergus", "Yusuf", "Maren",
         "Shreya", "Callum", "Thandiwe", "Iker")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "ats-logistics-us", "tune", "noreply@careers.trailhead-freight.example.com",
    "Thank you,\nTrailhead Freight Talent Acquisition",
    "Trailhead Freight is an Equal Opportunity Employer. This mailbox is not monitored; please do not reply.",
    messages=[
        (REJ, "Your application to Trailhead Freight", "Dear {name},\n\nThank you for your interest in the "
         "Logistics Coordinator position and for the time you invested in applying. We received a large number of "
         "applications. While your background is impressive, we have identified candidates whose experience more "
         "closely matches what the team needs, and we will not be moving forward with your application.\n\nWe "
         "encourage you to continue to explore opportunities with us."),
        (REJ, "Trailhead Freight - Dispatch Analyst", "Dear {name},\n\nThank you for taking the time to speak with "
         "our hiring team about the Dispatch Analyst role. We enjoyed learning about your experience. The position "
         "has since been put on hold while the department is reorganized, so we are not able to continue the "
         "process with you at this time.\n\nWe appreciate your understanding."),
        (ACK, "We received your application - Fleet Safety Specialist", "Dear {name},\n\nThank you for applying "
         "for the Fleet Safety Specialist position. Our team is reviewing applications now and will make a "
         "decision within the next three weeks. You will hear from us either way."),
        (REJ, "Update: Warehouse Operations Supervisor", "Dear {name},\n\nThank you for your patience during our "
         "hiring process. After much consideration, we are unable to offer you the Warehouse Operations "
         "Supervisor position. We wish you success in your career."),
        (OTHER, "Job alert: 4 new roles near Memphis, TN", "Dear {name},\n\nHere are new openings that match your "
         "alert. Note: the Dock Supervisor role you viewed last week has been filled. New: Yard Jockey, "
         "Inventory Control Clerk, Transportation Planner, Route Driver."),
    ]))

W.append(Writer(
    "small-firm-accountants-uk", "tune", "helen@bramleyandco-accountants.example.co.uk",
    "Best wishes,\nHelen Bramley\nBramley & Co Chartered Accountants",
    dress="quote",
    messages=[
        (REJ, "Trainee Accountant", "Dear {name},\n\nMany thanks for coming in on Tuesday, it was lovely to meet "
         "you. We had a difficult choice to make, and in the end we felt another applicant had a little more of "
         "the practical bookkeeping experience we need just now. I'm sorry it isn't better news.\n\nI wish you all "
         "the best."),
        (REJ, "Your CV", "Dear {name},\n\nThank you for sending your CV on spec. We don't have anything suitable at "
         "the moment, but I'll keep your details on file and will get in touch if a vacancy comes up."),
        (ACK, "Re: Payroll Assistant", "Dear {name},\n\nThanks for your application. We're interviewing the week "
         "after next and I'll let you know whether you've been shortlisted by Friday."),
        (OTHER, "Re: Payroll Assistant", "Dear {name},\n\nThank you for letting me know you've accepted another "
         "job. I've withdrawn your application as you asked. Good luck in the new role!"),
        (OTHER, "Re: quote for year-end accounts", "Dear {name},\n\nThank you for the quote for the new practice "
         "software. Unfortunately it's more than we can justify this year, so we won't be going ahead for now."),
    ]))

W.append(Writer(
    "it-services-india", "tune", "talent.acquisition@vedantatech-like.example.in",
    "Regards,\nTalent Acquisition Team\nVedanta Technologies Pvt. Ltd.",
    "This is a system generated mail. Please do not reply to this mail id.",
    dress="oneline",
    messages=[
        (REJ, "Application status - Associate Software Engineer", "Dear {name},\n\nGreetings from Vedanta "
         "Technologies! Thank you for attending the technical interview for the Associate Software Engineer "
         "position. We regret to inform you that the panel has not found your profile suitable for the current "
         "requirement. We will reach out to you in case of any suitable opening in future."),
        (REJ, "Your candidature - Java Developer", "Dear {name},\n\nThank you for showing interest in Vedanta "
         "Technologies. Kindly note that the requirement for Java Developer (3-5 yrs) has been closed by the "
         "client. Hence we are unable to process your candidature further."),
        (REJ, "Interview feedback - Test Engineer", "Dear {name},\n\nThank you for your time. Post the managerial "
         "round, we would like to inform you that we will not be able to take your candidature ahead at this "
         "point of time. Wishing you all the best."),
        (ACK, "Registration successful - Vedanta Careers", "Dear {name},\n\nThank you for registering with Vedanta "
         "Careers. Your profile is now part of our database. Our recruiters will contact you if your skills match "
         "an open requirement."),
        (OTHER, "Withdrawal confirmed - Business Analyst", "Dear {name},\n\nAs requested by you, your candidature "
         "for Business Analyst has been withdrawn. You may apply again for other positions at any time."),
    ]))

W.append(Writer(
    "university-au", "tune", "recruitment@southerncross-uni-like.example.edu.au",
    "Kind regards,\nRecruitment Services\nSouthern Cross University (example)",
    "CRICOS Provider Code 00000X. This email is confidential.",
    dress="html",
    messages=[
        (REJ, "Position 0041827 - Research Assistant (Marine Ecology)", "Dear {name},\n\nThank you for your "
         "application for the above position. The selection committee has now completed its assessment, and I "
         "regret to advise that on this occasion your application has not progressed to interview.\n\nWe "
         "appreciate your interest in working at the University."),
        (REJ, "Position 0041903 - Student Administration Officer", "Dear {name},\n\nThank you for attending the "
         "interview. The panel was impressed by the standard of applicants; however, another candidate was "
         "assessed as more closely meeting the selection criteria, and an offer has been accepted."),
        (ACK, "Position 0041960 - application received", "Dear {name},\n\nThank you for applying for the Lecturer "
         "in Nursing position. Shortlisting will take place after the closing date and all applicants will be "
         "advised of the outcome by email."),
        (REJ, "Position 0041960 - Lecturer in Nursing", "Dear {name},\n\nThank you for your interest in the "
         "Lecturer in Nursing role. Following a review of the School's staffing needs, the University has decided "
         "not to fill this position at present. All applications have therefore been closed."),
        (OTHER, "Staff newsletter: recruitment freeze lifted", "Dear {name},\n\nThe hiring pause announced in March "
         "has ended. Schools may now advertise approved positions, and several roles that were closed will be "
         "re-advertised next month."),
    ]))

W.append(Writer(
    "council-uk", "tune", "recruitment@westmere-council.example.gov.uk",
    "Yours sincerely,\nHR Recruitment Team\nWestmere Borough Council",
    "Westmere Borough Council is a Disability Confident employer.",
    messages=[
        (REJ, "Post ref WBC/2291 Planning Officer", "Dear {name},\n\nThank you for your recent application for the "
         "post of Planning Officer. The shortlisting panel has considered all applications carefully against the "
         "person specification. I am sorry to tell you that you have not been shortlisted on this occasion."),
        (REJ, "Post ref WBC/2304 Customer Services Adviser", "Dear {name},\n\nThank you for attending interview "
         "for the above post. Although you performed well, the panel did not feel that you demonstrated the "
         "required level of experience in handling complaints, and we are unable to offer you the post."),
        (OTHER, "Post ref WBC/2310 - withdrawal of application", "Dear {name},\n\nI acknowledge receipt of your "
         "email withdrawing your application for the post of Parks Officer. Your details have been removed from "
         "the shortlisting process."),
        (ACK, "Post ref WBC/2315 - interview outcome", "Dear {name},\n\nThank you for attending interview "
         "yesterday. The panel is still to see two candidates, and no decision has been made yet. We expect to "
         "contact everyone by the end of next week."),
        (OTHER, "Licensing application - outcome", "Dear {name},\n\nUnfortunately your application for a "
         "temporary event notice cannot be approved as it was received less than ten working days before the "
         "event."),
    ]))

W.append(Writer(
    "staffing-agency-toronto", "tune", "priya.s@northshore-staffing.example.ca",
    "Priya Sandhu\nSenior Recruiter, Northshore Staffing",
    messages=[
        (REJ, "Re: Accounts Payable Clerk - Mississauga", "Hi {name},\n\nThanks again for your patience. I heard "
         "back from the client today; they appreciated meeting you but have decided to go with a candidate who "
         "has more SAP experience. I'll keep you in mind for the next AP role that comes through."),
        (REJ, "Re: Office Coordinator contract", "Hi {name},\n\nThanks for getting back to me so quickly. "
         "Unfortunately the client has cancelled the Office Coordinator contract altogether due to budget, so "
         "there's no longer a role to put you forward for."),
        (ACK, "Re: Bookkeeper", "Hi {name},\n\nThanks for sending your updated resume. I've submitted it to the "
         "client and they'll make a decision on interviews by Thursday. I'll let you know as soon as I hear."),
        (OTHER, "Re: our services agreement", "Hi {name},\n\nThank you for considering Northshore. Unfortunately "
         "we're not able to move forward with the fee structure you proposed, but I'm happy to discuss a "
         "volume-based option."),
        (REJ, "Re: Receptionist - downtown", "Hi {name},\n\nThank you for doing the phone screen with the hiring "
         "manager. They weren't convinced the role would be a good long-term fit given your background, so "
         "they've asked me to let you know they won't be proceeding."),
    ]))

W.append(Writer(
    "nhs-like-health-board", "tune", "noreply@jobs.lothian-health-like.example.scot",
    "Recruitment Team\nLothian Health Board (example)",
    "Please do not reply to this email. For queries contact your recruitment officer.",
    dress="oneline",
    messages=[
        (REJ, "Application for Healthcare Support Worker - outcome", "Dear {name},\n\nThank you for your interest "
         "in the post of Healthcare Support Worker. We received a high number of applications, and after careful "
         "consideration we regret that your application has been unsuccessful at the shortlisting stage."),
        (REJ, "Vacancy withdrawn - Band 5 Staff Nurse", "Dear {name},\n\nThank you for applying. Please note that "
         "the vacancy for Band 5 Staff Nurse (Ward 12) has been withdrawn by the service and will not be "
         "appointed to. We apologise for any inconvenience."),
        (ACK, "Application received - Medical Secretary", "Dear {name},\n\nThank you for your application. The "
         "hiring manager will review applications after the closing date. If you have not heard within four "
         "weeks, please assume you have not been shortlisted."),
        (REJ, "Interview outcome - Pharmacy Technician", "Dear {name},\n\nThank you for attending interview on 14 "
         "June. On this occasion you were not the preferred candidate. The panel would be happy to give feedback "
         "if you contact the recruiting manager."),
        (OTHER, "Job alert - new vacancies", "Dear {name},\n\nNew vacancies matching your saved search. Some "
         "adverts close early if a high number of applications is received: Clinical Support Worker, Domestic "
         "Assistant, Porter."),
    ]))

W.append(Writer(
    "startup-founder-bangalore", "tune", "arjun@kitepay-like.example.in",
    "Arjun\nCo-founder, KitePay",
    dress="quote",
    messages=[
        (REJ, "Re: Frontend role at KitePay", "Hi {name},\n\nThanks a lot for doing the assignment, I know it took "
         "a weekend. The team went through it and honestly we weren't convinced on the state management part, "
         "which is most of this role. So we won't take it further for now. Would love to stay connected."),
        (REJ, "Re: Product intern", "Hi {name}, thanks for the call. We've decided to freeze intern hiring this "
         "quarter after our funding got pushed, so I have to close this out. Really sorry about the timing."),
        (INTERVIEW, "Re: Backend role", "Hi {name}, thanks for applying! Can we do a 45 min call on Thursday with "
         "our CTO? Share a slot that works."),
        (OTHER, "Re: partnership proposal", "Hi {name},\n\nThanks for the detailed deck. Unfortunately we won't be "
         "able to move forward with the integration this quarter; our roadmap is full. Let's revisit in Q3."),
    ]))

W.append(Writer(
    "ats-retail-bank-ireland", "tune", "careers@liffeybank-like.example.ie",
    "Kind regards,\nTalent Acquisition\nLiffey Bank",
    "Liffey Bank plc is regulated by the Central Bank of Ireland.",
    messages=[
        (REJ, "Your application: Graduate Analyst Programme", "Dear {name},\n\nThank you for completing the video "
         "interview for our Graduate Analyst Programme. We have now reviewed all submissions and, unfortunately, "
         "this time we are not in a position to progress your application further."),
        (REJ, "Your application: Customer Service Advisor", "Dear {name},\n\nThank you for your interest in "
         "joining Liffey Bank. Having reviewed your application against the requirements of the role, we have "
         "concluded that other applicants are better suited to this position."),
        (OTHER, "Your mortgage application", "Dear {name},\n\nThank you for applying for a mortgage with Liffey "
         "Bank. Unfortunately, on this occasion we are unable to offer you a mortgage based on the information "
         "provided."),
        (ACK, "Your application: Risk Analyst", "Dear {name},\n\nThank you for applying. We aim to review all "
         "applications within ten working days and will inform you of our decision by email."),
        (REJ, "Your application: IT Service Desk Analyst", "Dear {name},\n\nThank you for applying for the IT "
         "Service Desk Analyst role. We wanted to let you know that this position has now been filled, and we "
         "have closed the recruitment campaign."),
    ]))

W.append(Writer(
    "hiring-manager-nz", "tune", "mere.tait@kauriworks.example.co.nz",
    "Cheers,\nMere Tait\nOperations Manager, Kauri Works",
    messages=[
        (REJ, "Re: Workshop Coordinator", "Kia ora {name},\n\nThanks heaps for coming in for the trial day, the "
         "team enjoyed having you. We've ended up offering the role to someone who's done a fair bit of "
         "scheduling with a bigger crew, so it's a no from us this time. All the best with the search."),
        (REJ, "Re: Stores Person", "Kia ora {name},\n\nThanks for your application. We've had a rethink and are "
         "going to fold the stores job into the coordinator role, so we won't be hiring for it separately."),
        (OFFER, "Re: Apprentice Joiner", "Kia ora {name},\n\nGood news - we'd like to offer you the apprenticeship "
         "starting 3 February. Contract attached."),
        (OTHER, "Re: timber order", "Kia ora {name},\n\nThanks for the price on the macrocarpa. Unfortunately we "
         "can't go ahead at that rate, we've sourced it elsewhere."),
    ]))

W.append(Writer(
    "federal-contractor-us", "tune", "staffing@meridian-defense-like.example.com",
    "Regards,\nMeridian Systems Staffing",
    "Meridian Systems is an Equal Opportunity/Affirmative Action Employer - Minorities/Females/Veterans/Disability.",
    messages=[
        (REJ, "Requisition 24-1187 Systems Administrator II", "Dear {name},\n\nThank you for your interest in "
         "Meridian Systems. Because the contract this position supports was not renewed, the requisition has "
         "been cancelled and no hire will be made. We appreciate your time."),
        (REJ, "Requisition 24-1203 Cyber Analyst", "Dear {name},\n\nThank you for interviewing with us. We have "
         "selected a candidate whose clearance and experience best align with the customer's requirements. We "
         "will keep your resume on file for future openings."),
        (ACK, "Requisition 24-1215 - status", "Dear {name},\n\nYour application remains under review. Hiring "
         "decisions for this program depend on contract award, which we expect in the next 30-60 days."),
        (OTHER, "Requisition 24-1222 - withdrawn at your request", "Dear {name},\n\nThis confirms that your "
         "application for Network Engineer has been withdrawn at your request. No further action is needed."),
        (REJ, "Requisition 24-1230 Help Desk Technician", "Dear {name},\n\nThank you for your application. We are "
         "sorry to let you know that we have decided not to pursue your candidacy for this role."),
    ]))

W.append(Writer(
    "college-hr-canada", "tune", "hr@lakeshore-college-like.example.ca",
    "Sincerely,\nHuman Resources\nLakeshore College",
    dress="html",
    messages=[
        (REJ, "Competition 2019-088 Program Assistant", "Dear {name},\n\nThank you for applying to competition "
         "2019-088. The hiring committee has reviewed all applications received. We regret that your application "
         "was not selected for further consideration."),
        (REJ, "Competition 2019-091 Part-time Professor, Business", "Dear {name},\n\nThank you for taking the time "
         "to interview. The committee appreciated your teaching demonstration. Ultimately, the committee "
         "recommended another applicant for the appointment."),
        (ACK, "Competition 2019-095 - confirmation", "Dear {name},\n\nWe have received your application for "
         "competition 2019-095. Only those selected for an interview will be contacted. Thank you for your "
         "interest."),
        (OTHER, "Continuing education course cancelled", "Dear {name},\n\nUnfortunately, Introduction to Bookkeeping "
         "(Tuesday evenings) has been cancelled due to low enrolment. Your fee will be refunded in full."),
    ]))

W.append(Writer(
    "design-agency-melbourne", "tune", "studio@paperbark-creative.example.com.au",
    "Cheers,\nJess\nPaperbark Creative",
    dress="quote",
    messages=[
        (REJ, "Re: Junior Designer", "Hi {name},\n\nThanks for sending through your folio and for coming in to chat "
         "with us. We loved your illustration work. It was a really tight call, but we've gone with someone whose "
         "packaging experience is a closer fit for the clients we have right now."),
        (REJ, "Re: Studio Manager", "Hi {name},\n\nThanks for your application. We've decided to hold off on this "
         "hire until the new year, so we're not taking anyone forward for now. I'll reach out if it reopens."),
        (OTHER, "Re: pitch for Coastal Brewing", "Hi {name},\n\nThanks for your help with the pitch. Unfortunately "
         "the client went with another agency this time. Drinks Friday anyway?"),
        (ACK, "Re: Motion Designer", "Hi {name},\n\nThanks for applying. We're reviewing folios this week and will "
         "let everyone know where they stand by next Wednesday."),
    ]))

W.append(Writer(
    "ats-hospitality-us", "tune", "no-reply@jobs.harborinn-hotels.example.com",
    "Best regards,\nHarbor Inn Hotels Recruiting",
    "You received this email because you applied on our careers site. Manage your preferences.",
    dress="oneline",
    messages=[
        (REJ, "Front Desk Agent - Harbor Inn San Diego", "Hi {name}, thank you for applying to the Front Desk Agent "
         "position. We have reviewed your application, and at this time we are moving forward with other "
         "applicants. Please apply to other openings that interest you."),
        (REJ, "Night Auditor - Harbor Inn Austin", "Hi {name}, thank you for your interest. The Night Auditor "
         "opening you applied for is no longer accepting candidates because it has been filled."),
        (ACK, "Application submitted - Banquet Server", "Hi {name}, your application for Banquet Server has been "
         "submitted. A hiring manager will review it and reach out if you are a match."),
        (OTHER, "Your reservation request", "Hi {name}, unfortunately we are unable to confirm your group booking "
         "for June 12-14 as the hotel is fully committed on those dates."),
        (REJ, "Line Cook - Harbor Inn Denver", "Hi {name}, thanks for coming in for the working interview. The "
         "kitchen team has decided not to move forward with your application at this time."),
    ]))

W.append(Writer(
    "consultancy-partner-india", "tune", "meera.k@anvaya-advisors.example.in",
    "Warm regards,\nMeera Krishnan\nPartner, Anvaya Advisors",
    messages=[
        (REJ, "Re: Associate Consultant - Chennai", "Dear {name},\n\nThank you for meeting with us last week and for "
         "your patience. We have discussed internally and, while we appreciated your analytical approach, we "
         "feel that your profile does not fully match our current requirement for client-facing work. We shall "
         "therefore not be extending an offer."),
        (REJ, "Re: Research Analyst", "Dear {name},\n\nThank you for your application. I would like to inform you "
         "that we have decided to put the Research Analyst hiring on hold owing to a change in the engagement. We "
         "will not be processing applications for now."),
        (ACK, "Re: Associate Consultant - Pune", "Dear {name},\n\nThank you for your time today. We are meeting "
         "two more candidates this week, and we shall revert with our decision by Monday."),
        (OTHER, "Re: engagement proposal", "Dear {name},\n\nThank you for your proposal for the audit support. "
         "Regret to inform you that the client has decided not to proceed with external support this year."),
    ]))

W.append(Writer(
    "state-agency-us", "tune", "noreply@careers.state-dept-like.example.gov",
    "Office of Human Resources\nDepartment of Natural Resources",
    "This is an automated notification. Do not reply.",
    messages=[
        (REJ, "Notice of Non-Selection - Park Ranger I", "Dear {name},\n\nThank you for your interest in "
         "employment with the Department. The hiring process for Park Ranger I (Job #55812) has been completed "
         "and another candidate has been selected. We encourage you to apply for future vacancies."),
        (REJ, "Job #55840 Wildlife Technician - Posting Cancelled", "Dear {name},\n\nThank you for applying. Due "
         "to a budget reduction, the agency has cancelled this posting and will not be filling the position."),
        (ACK, "Job #55861 - Application Status", "Dear {name},\n\nYour application for Environmental Specialist "
         "has been forwarded to the hiring supervisor. Selection decisions are expected in four to six weeks."),
        (OTHER, "Hunting license application", "Dear {name},\n\nUnfortunately, you were not drawn in this year's "
         "elk permit lottery. Your preference point has been added to your account."),
    ]))

W.append(Writer(
    "recruiter-london-tech", "tune", "olly@brickfield-talent.example.co.uk",
    "Olly\nBrickfield Talent",
    messages=[
        (REJ, "Re: Data Engineer - fintech", "Hi {name},\n\nThanks for your patience on this. I've had feedback "
         "from the hiring team: they liked your Python but weren't sold on the streaming experience, so they've "
         "decided not to take you through to the final stage. Gutted, honestly."),
        (REJ, "Re: Platform Engineer", "Hi {name},\n\nQuick one - the client has pulled the Platform Engineer role "
         "after a restructure, so it's off for now. Sorry to be the bearer."),
        (ACK, "Re: Data Engineer - fintech", "Hi {name},\n\nThanks for the interview yesterday. The hiring manager "
         "is away until Monday, so no news yet; I'll chase first thing."),
        (OTHER, "Re: terms", "Hi {name},\n\nThanks for coming back on our terms. Unfortunately we can't move "
         "forward at 12%, our floor is 15% for permanent placements."),
    ]))

W.append(Writer(
    "ats-pharma-global", "tune", "talent@noreply.cellwright-pharma.example.com",
    "Kind regards,\nCellwright Talent Acquisition",
    "Cellwright Pharma processes your data in line with our candidate privacy notice.",
    dress="html",
    messages=[
        (REJ, "Cellwright - QC Analyst (REQ-88213)", "Dear {name},\n\nThank you for your interest in Cellwright and "
         "the QC Analyst role. We appreciate the effort you put into your application. After careful review we "
         "have decided to progress with applicants whose laboratory experience better reflects the needs of the "
         "role."),
        (REJ, "Cellwright - Regulatory Affairs Associate (REQ-88240)", "Dear {name},\n\nThank you for attending the "
         "interviews. This was a competitive process, and we regret that we cannot offer you the position. We "
         "would welcome your application for future roles."),
        (ACK, "Cellwright - application update (REQ-88251)", "Dear {name},\n\nThis is a quick update to say that "
         "the hiring team is still reviewing applications for Clinical Data Coordinator. We will let you know "
         "the outcome as soon as a decision has been made."),
        (OTHER, "Cellwright - Supplier onboarding", "Dear {name},\n\nThank you for your interest in becoming a "
         "Cellwright supplier. Unfortunately your company does not currently meet our quality certification "
         "requirements, so we cannot move forward with onboarding."),
        (REJ, "Cellwright - Manufacturing Technician (REQ-88266)", "Dear {name},\n\nThank you for applying. The "
         "requisition for Manufacturing Technician has been closed as the site plans have changed, so your "
         "application will not progress."),
    ]))

W.append(Writer(
    "ats-engineering-firm-uk", "tune", "careers@noreply.holloway-engineering.example.co.uk",
    "Kind regards,\nResourcing Team\nHolloway Engineering",
    "Holloway Engineering Ltd. Registered in England No. 0000000.",
    messages=[
        (REJ, "Graduate Civil Engineer - application outcome", "Dear {name},\n\nThank you for applying to join "
         "Holloway Engineering and for completing the online tests. We have now considered every application "
         "for the 2022 intake and regret that we cannot offer you a place on this year's scheme."),
        (REJ, "Site Engineer, Leeds - your application", "Dear {name},\n\nThank you for your interest in the Site "
         "Engineer role. The project this role was attached to has been deferred, and the vacancy has been "
         "cancelled as a result. We are sorry to disappoint you."),
        (REJ, "CAD Technician - interview outcome", "Dear {name},\n\nThank you for coming in to meet the team. "
         "We enjoyed talking with you; however, the interviewers were not convinced that your Revit experience "
         "was sufficient for the projects starting this autumn, so we will not be offering you the role."),
        (ACK, "Graduate Structural Engineer - application received", "Dear {name},\n\nThank you for applying. "
         "Assessment centres run in January, and we will let every applicant know our decision by 15 February."),
    ]))

W.append(Writer(
    "it-company-hr-hyderabad", "tune", "hr@nirmaan-softlabs.example.in",
    "Regards,\nHR Department\nNirmaan Softlabs",
    messages=[
        (REJ, "Regarding your interview - Python Developer", "Dear {name},\n\nThank you for taking the time to "
         "attend the interview with our technical team. We appreciate your interest in Nirmaan Softlabs. After "
         "evaluation, we are sorry to say that we cannot move ahead with your profile for this position. Do keep "
         "applying for suitable openings."),
        (REJ, "Regarding your application - UI Developer", "Dear {name},\n\nThank you for applying. Presently we "
         "do not have any requirement matching your profile. We will keep your resume with us and contact you "
         "if a suitable position opens up."),
        (REJ, "Regarding your offer discussion - QA Lead", "Dear {name},\n\nThank you for the discussions. Due to "
         "a change in the project plans, the QA Lead position has been put on hold and we will not be able to "
         "release an offer at this time."),
        (OTHER, "Regarding your resignation", "Dear {name},\n\nThis is to acknowledge your resignation. Your last "
         "working day will be 30 November; please complete the exit formalities."),
    ]))

W.append(Writer(
    "retail-store-manager-au", "tune", "store214@greengrocer-co.example.com.au",
    "Thanks,\nLiam\nStore Manager, Store 214",
    messages=[
        (REJ, "Re: casual team member", "Hi {name},\n\nThanks for coming in for the trial shift on Sunday, you "
         "did well on the registers. We've only got the one spot and we gave it to someone who can do early "
         "mornings, so unfortunately we can't offer you shifts right now."),
        (REJ, "Re: night fill", "Hi {name},\n\nThanks for your application. Night fill is fully staffed at the "
         "moment so we won't be taking anyone on, but I'll keep your details for when we next recruit."),
        (OTHER, "Re: your online order", "Hi {name},\n\nUnfortunately we weren't able to fill your order in full, "
         "two items were out of stock and have been refunded."),
    ]))

W.append(Writer(
    "university-us-staff", "tune", "hr-jobs@cascadia-state-like.example.edu",
    "Human Resources\nCascadia State University",
    dress="html",
    messages=[
        (REJ, "Posting #R4410 Lab Manager", "Dear {name},\n\nThank you for your interest in the Lab Manager "
         "position at Cascadia State. We received many applications from qualified candidates. The search "
         "committee has decided to pursue other applicants whose backgrounds more closely match the needs of the "
         "department."),
        (REJ, "Posting #R4432 Admissions Counselor", "Dear {name},\n\nThank you for interviewing for the "
         "Admissions Counselor position. The search has concluded and the position has been offered to and "
         "accepted by another candidate."),
        (ACK, "Posting #R4450 - your application", "Dear {name},\n\nThank you for applying. The search committee "
         "will begin reviewing applications on October 1 and will notify applicants once a decision has been "
         "reached."),
        (OTHER, "Posting #R4450 - application withdrawn", "Dear {name},\n\nWe have received your request and "
         "withdrawn your application for Academic Advisor. Thank you for letting us know."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "ats-insurance-us", "report", "donotreply@careers.keystone-mutual.example.com",
    "Sincerely,\nKeystone Mutual Talent Acquisition",
    "Keystone Mutual is proud to be an equal opportunity employer.",
    messages=[
        (REJ, "Claims Adjuster Trainee - Keystone Mutual", "Dear {name},\n\nThank you for your interest in "
         "Keystone Mutual. We appreciate the time you took to apply for the Claims Adjuster Trainee role. At "
         "this time, we have chosen to pursue candidates whose qualifications are a stronger match for the "
         "position. We wish you every success."),
        (REJ, "Underwriting Assistant - update", "Dear {name},\n\nThank you for speaking with us. The Underwriting "
         "Assistant role has been put on hold indefinitely, and we are closing all applications for it."),
        (ACK, "Keystone Mutual - next steps", "Dear {name},\n\nThank you for applying. We will review your "
         "application and, whatever the outcome, we will be in touch with a decision."),
        (OTHER, "Your auto policy quote", "Dear {name},\n\nUnfortunately, we are unable to offer coverage for the "
         "vehicle listed in your quote request. Please contact an agent for other options."),
        (REJ, "Actuarial Intern - decision", "Dear {name},\n\nThank you for completing our assessment. We are sorry "
         "to share that we will not be able to offer you an internship this summer."),
    ]))

W.append(Writer(
    "small-firm-law-uk", "report", "office@harcourt-solicitors.example.co.uk",
    "Yours sincerely,\nAnne Harcourt\nHarcourt Solicitors",
    messages=[
        (REJ, "Legal Secretary vacancy", "Dear {name},\n\nThank you for your letter and CV, and for coming to see us "
         "on Monday. I am afraid we have offered the position to a candidate with conveyancing experience, which "
         "proved to be the deciding factor. I wish you well in your search."),
        (REJ, "Paralegal enquiry", "Dear {name},\n\nThank you for your speculative application. We are not "
         "recruiting at present, but I shall retain your CV for six months in case a suitable opening arises."),
        (OTHER, "Re: your instruction", "Dear {name},\n\nThank you for your enquiry about the boundary dispute. I "
         "regret that we are unable to act for you in this matter as we have a conflict of interest."),
        (ACK, "Trainee Solicitor 2022", "Dear {name},\n\nThank you for your application. Interviews will take "
         "place in March and we will write to all applicants with a decision by the end of April."),
    ]))

W.append(Writer(
    "bpo-india-hr", "report", "hr.recruitment@sahyadri-bpo-like.example.in",
    "Thanks & Regards,\nHR Team - Sahyadri Global Services",
    "Disclaimer: This email and any attachments are confidential.",
    dress="oneline",
    messages=[
        (REJ, "Interview result - Customer Support Executive", "Dear {name},\n\nThanks for appearing for the "
         "interview at our Nashik office. We are sorry to inform you that you could not clear the versant "
         "round. You may reapply after 90 days."),
        (REJ, "Your application - Team Leader (Voice)", "Dear {name},\n\nThank you for your interest. This is to "
         "inform you that the Team Leader position has been filled internally, and therefore your profile will "
         "not be taken forward."),
        (ACK, "Profile received", "Dear {name},\n\nWe acknowledge receipt of your profile. Our HR team will get "
         "back to you with the interview schedule once the shortlisting is complete."),
        (OTHER, "Offer withdrawal acknowledged", "Dear {name},\n\nWe acknowledge your email declining the offer "
         "for Process Associate. We respect your decision and wish you the best."),
        (REJ, "Status of your candidature - MIS Executive", "Dear {name},\n\nThank you for your time. After the "
         "final discussion, the management has decided to go ahead with another profile for the MIS Executive "
         "position."),
    ]))

W.append(Writer(
    "university-uk", "report", "jobs@northgate-univ-like.example.ac.uk",
    "Best wishes,\nHR Recruitment\nNorthgate University",
    dress="html",
    messages=[
        (REJ, "Vacancy 7712 - Research Associate in Robotics", "Dear {name},\n\nThank you for your application for "
         "the above post. We regret to inform you that, after careful consideration, you have not been "
         "selected for interview. The number and quality of applications was very high."),
        (REJ, "Vacancy 7730 - Library Assistant", "Dear {name},\n\nThank you for attending interview. I am writing "
         "to let you know that the panel has decided to appoint another candidate, whose experience of academic "
         "libraries was more extensive."),
        (REJ, "Vacancy 7744 - Teaching Fellow in Economics", "Dear {name},\n\nThank you for your interest in this "
         "post. Please be aware that, following a review, the School will not be proceeding with the appointment "
         "and the vacancy has been withdrawn."),
        (ACK, "Vacancy 7751 - interview arrangements update", "Dear {name},\n\nThank you for your patience. The panel "
         "has not yet reached a decision on shortlisting; we will contact all applicants in the coming week."),
        (OTHER, "PhD admissions decision", "Dear {name},\n\nThank you for applying to the MPhil/PhD in History. "
         "Unfortunately, we are unable to offer you a place for the 2021/22 session."),
    ]))

W.append(Writer(
    "agency-sydney-admin", "report", "kate@harbourside-people.example.com.au",
    "Kate O'Neill\nHarbourside People",
    dress="quote",
    messages=[
        (REJ, "Re: Executive Assistant - North Sydney", "Hi {name},\n\nThanks for chatting with the client on "
         "Tuesday. They've come back to me and decided to progress with another candidate who has supported a "
         "CEO before. Sorry it's not better news - I'll be in touch about other roles."),
        (REJ, "Re: Receptionist temp-to-perm", "Hi {name},\n\nThanks for your interest. Just letting you know the "
         "client has decided to keep the role as a temp for now, so the perm position is no longer going ahead."),
        (ACK, "Re: Office Manager", "Hi {name},\n\nThanks for the call. Your CV has gone to the client and they're "
         "deciding on interviews early next week. I'll call you either way."),
        (OTHER, "Re: invoice 4411", "Hi {name},\n\nUnfortunately we can't process the invoice as it's missing the "
         "PO number. Could you resend with it?"),
    ]))

W.append(Writer(
    "public-health-board-nz", "report", "recruitment@tewaiora-health-like.example.govt.nz",
    "Nga mihi,\nRecruitment Team\nTe Waiora Health",
    messages=[
        (REJ, "Your application - Mental Health Support Worker", "Kia ora {name},\n\nThank you for applying for the "
         "Mental Health Support Worker role. We had a strong field, and after careful consideration we will not "
         "be progressing your application any further."),
        (REJ, "Your application - Administrator, Outpatients", "Kia ora {name},\n\nThanks for your interest. The "
         "service has reviewed its needs and this role will no longer be recruited to. We're sorry for the "
         "inconvenience."),
        (ACK, "Your application - Registered Nurse", "Kia ora {name},\n\nThanks for applying. Your application is "
         "with the hiring manager, who will decide on interviews after the closing date."),
        (OTHER, "Your feedback", "Kia ora {name},\n\nThank you for your feedback about your recent visit. We're "
         "sorry your appointment was cancelled at short notice."),
    ]))

W.append(Writer(
    "ats-software-midsize", "report", "notifications@jobs.brightforge-like.example.com",
    "The BrightForge Recruiting Team",
    "BrightForge, Inc. | Unsubscribe from candidate emails",
    dress="html",
    messages=[
        (REJ, "Your BrightForge application", "Hi {name},\n\nThanks for applying to BrightForge and for the time you "
         "spent on the technical screen. We've completed our review, and we won't be moving ahead with your "
         "application for the Support Engineer role. We truly appreciate your interest."),
        (REJ, "BrightForge - QA Engineer", "Hi {name},\n\nThanks for your interest in BrightForge. We've decided to "
         "close the QA Engineer opening while we rethink the team's structure, so we're not moving any "
         "applications forward."),
        (ACK, "BrightForge - we got your application", "Hi {name},\n\nThanks for applying to be a Solutions "
         "Engineer! We'll review your application and let you know about next steps, whatever we decide."),
        (OTHER, "BrightForge - your trial", "Hi {name},\n\nUnfortunately we weren't able to process your card, so "
         "your BrightForge trial has been paused. Update your billing details to continue."),
        (OTHER, "BrightForge Careers digest", "Hi {name},\n\nSome of the roles you followed have been filled, and "
         "we've opened new ones: Developer Advocate, Data Analyst, Site Reliability Engineer."),
    ]))

W.append(Writer(
    "restaurant-owner-us", "report", "tony@bellavista-kitchen.example.com",
    "Tony\nBella Vista Kitchen",
    messages=[
        (REJ, "Re: server position", "Hi {name}, thanks for coming in Saturday. We're gonna go with somebody who "
         "can do weekday lunches too, so it won't work out this time. Stop by for a meal sometime."),
        (REJ, "Re: prep cook", "Hey {name}, thanks for applying. We already filled the prep cook job last week, "
         "sorry I didn't get back sooner."),
        (OTHER, "Re: catering for the 14th", "Hi {name}, unfortunately we can't do the catering on the 14th, we're "
         "booked solid. Can do the 21st if that helps."),
    ]))

W.append(Writer(
    "ats-energy-australia", "report", "careers@noreply.outback-energy.example.com.au",
    "Regards,\nPeople & Culture\nOutback Energy",
    "Outback Energy acknowledges the Traditional Owners of the lands on which we work.",
    dress="oneline",
    messages=[
        (REJ, "Outback Energy - Graduate Engineer 2023", "Dear {name},\n\nThank you for your application to our "
         "2023 Graduate Program. Unfortunately this time you have not been successful in progressing to the "
         "assessment centre."),
        (REJ, "Outback Energy - Field Technician (FIFO)", "Dear {name},\n\nThank you for taking part in our "
         "recruitment process. We have now finalised the selection for this role and have not been able to "
         "offer you a position."),
        (ACK, "Outback Energy - application received", "Dear {name},\n\nThank you for applying. Applications are "
         "reviewed once the advertisement closes, and we will advise you of the outcome."),
        (OTHER, "Outback Energy - tender EOI 2291", "Dear {name},\n\nThank you for your expression of interest. "
         "Unfortunately your submission has not been shortlisted for the next stage of the tender."),
    ]))

W.append(Writer(
    "county-government-us", "report", "hr-noreply@pinecounty-like.example.gov",
    "Pine County Human Resources",
    "Pine County is an equal opportunity employer.",
    messages=[
        (REJ, "Eligibility Notice - Office Specialist", "Dear {name},\n\nThank you for applying with Pine County. "
         "Your application has been reviewed, and you did not meet the minimum qualifications listed in the job "
         "announcement. You will not be considered further for this recruitment."),
        (REJ, "Recruitment update - Maintenance Worker II", "Dear {name},\n\nThank you for your interest. The "
         "department has decided to rescind this recruitment, and no appointment will be made from it."),
        (ACK, "Eligibility Notice - Deputy Clerk", "Dear {name},\n\nYou have been placed on the eligible list for "
         "Deputy Clerk. The hiring department will contact candidates it selects for interview."),
        (OTHER, "Building permit application", "Dear {name},\n\nUnfortunately your permit application is "
         "incomplete and cannot move forward until a site plan is provided."),
    ]))

W.append(Writer(
    "hiring-manager-startup-uk", "report", "rosie@tidewell-labs.example.co.uk",
    "Rosie",
    dress="quote",
    messages=[
        (REJ, "Re: Junior Product Manager", "Hi {name},\n\nThanks so much for the time you put into the case study. "
         "We talked it through as a team and felt we needed someone with a bit more B2B experience for this "
         "one, so we won't be progressing. Genuinely enjoyed meeting you."),
        (REJ, "Re: Ops associate", "Hi {name}, thanks for getting in touch. We've paused all hiring until after our "
         "next round, so I can't take this any further right now. I'll drop you a line if that changes."),
        (OTHER, "Re: desk space", "Hi {name}, unfortunately we won't be able to move forward with the desk share, "
         "we've decided to stay put for another year."),
        (INTERVIEW, "Re: Growth Marketer", "Hi {name}, thanks for applying - could you do a quick call on Tuesday "
         "at 2?"),
    ]))

W.append(Writer(
    "ats-telecom-india", "report", "careers@noreply.sankalp-telecom.example.in",
    "Regards,\nSankalp Telecom Recruitment",
    "Please do not reply to this auto-generated email.",
    messages=[
        (REJ, "Application update - Network Operations Engineer", "Dear {name},\n\nThank you for your interest in "
         "Sankalp Telecom. We have carefully evaluated your profile, and we regret that we are unable to "
         "consider you for the position at this juncture. Your resume will be kept in our database for future "
         "openings."),
        (REJ, "Application update - Sales Manager", "Dear {name},\n\nThanks for applying. Please note that the "
         "opening for Sales Manager (Jaipur) has been put on hold by the business, and the process stands "
         "cancelled for now."),
        (ACK, "Application update - Field Engineer", "Dear {name},\n\nYour application is under process. The "
         "shortlisted candidates will be intimated about the interview dates shortly."),
        (OTHER, "Your broadband request", "Dear {name},\n\nUnfortunately, fibre service is not yet feasible at "
         "your address. We will notify you when it becomes available."),
    ]))

W.append(Writer(
    "nonprofit-us", "report", "jobs@riverbend-community.example.org",
    "Warmly,\nRiverbend Community Services",
    dress="html",
    messages=[
        (REJ, "Case Manager position", "Dear {name},\n\nThank you for your interest in Riverbend and for your "
         "passion for our mission. We interviewed several strong candidates, and we have extended an offer to a "
         "candidate whose bilingual skills fit the program's needs."),
        (REJ, "Volunteer Coordinator position", "Dear {name},\n\nThank you for applying. Due to a funding change, "
         "the Volunteer Coordinator position has been eliminated, and we will not be hiring for it."),
        (OTHER, "Your grant application", "Dear {name},\n\nThank you for applying to the Riverbend Community Fund. "
         "Unfortunately, your project was not selected for funding this cycle."),
        (ACK, "Development Associate position", "Dear {name},\n\nThank you for your application. Our search "
         "committee meets on the 20th, after which we will notify all candidates of our decision."),
    ]))

W.append(Writer(
    "recruiter-mumbai-tech", "report", "ritika@talentbridge-hr.example.in",
    "Ritika Sharma\nTalentBridge HR Solutions",
    messages=[
        (REJ, "Re: Data Analyst - Powai", "Hi {name},\n\nThanks for your patience. The client reviewed your "
         "profile and feels your experience is more on reporting than on modelling, so they will not be "
         "shortlisting you for this role. I will share other openings with you."),
        (REJ, "Re: DevOps Engineer", "Hi {name}, the client has put this position on hold for the quarter. So we "
         "won't be able to proceed with your profile as of now."),
        (ACK, "Re: SAP FICO Consultant", "Hi {name}, your profile has been shared with the client. They will "
         "confirm interview slots once the panel is available."),
        (OTHER, "Re: empanelment", "Hi {name}, thanks for the follow-up. Regret that your firm cannot be empanelled "
         "as a vendor this year as our list is closed."),
    ]))

W.append(Writer(
    "school-district-us", "report", "hr@maplegrove-schools-like.example.org",
    "Maple Grove School District\nHuman Resources",
    messages=[
        (REJ, "Position: Grade 4 Teacher - Lincoln Elementary", "Dear {name},\n\nThank you for interviewing with the "
         "Lincoln Elementary team. The committee has recommended another candidate for the position, and the "
         "board approved the hire last night. We appreciate your interest in our district."),
        (REJ, "Position: Paraprofessional", "Dear {name},\n\nThank you for your application. The paraprofessional "
         "position was not funded in the final budget, so it will not be filled this school year."),
        (ACK, "Position: School Counselor", "Dear {name},\n\nWe have received your application. Principals review "
         "applications as positions open and will reach out directly to candidates they wish to interview."),
        (OTHER, "Field trip request", "Dear {name},\n\nUnfortunately your request for the bus on May 3 cannot be "
         "approved, as all district buses are committed to testing that day."),
    ]))

W.append(Writer(
    "ats-airline-global", "report", "noreply@careers.skylark-air.example.com",
    "Kind regards,\nSkylark Air Careers",
    "Skylark Air will never ask you to pay a fee as part of recruitment.",
    dress="oneline",
    messages=[
        (REJ, "Cabin Crew - Assessment Day Result", "Dear {name},\n\nThank you for attending our assessment day. "
         "We regret to advise that we will not be taking your application further at this stage. You may "
         "reapply after six months."),
        (REJ, "Airport Customer Agent - Application Result", "Dear {name},\n\nThank you for applying. We have "
         "reviewed your application carefully and have decided that other candidates meet the requirements of "
         "this role more closely."),
        (ACK, "Cadet Pilot Programme - application received", "Dear {name},\n\nThank you for applying to our Cadet "
         "Pilot Programme. Due to very high demand, a decision may take up to eight weeks."),
        (OTHER, "Your flight has been cancelled", "Dear {name},\n\nUnfortunately, flight SK204 on 12 March has been "
         "cancelled. You have been rebooked on SK208 departing at 18:40."),
    ]))


W.append(Writer(
    "ats-manufacturing-midwest", "report", "careers@noreply.ironridge-mfg.example.com",
    "Thank you,\nIronridge Manufacturing Recruiting",
    "Ironridge Manufacturing is an Equal Opportunity Employer. Do not reply to this automated message.",
    messages=[
        (REJ, "Ironridge - Production Supervisor", "Dear {name},\n\nThank you for your interest in Ironridge "
         "Manufacturing. We sincerely appreciate the time you spent interviewing with our team. We have decided to "
         "fill the Production Supervisor position with a candidate whose skills better fit our current needs."),
        (REJ, "Ironridge - Quality Inspector", "Dear {name},\n\nThank you for applying. The second shift Quality "
         "Inspector opening has been closed, as the plant is consolidating shifts. We are not able to consider "
         "applications for it."),
        (REJ, "Ironridge - Maintenance Technician", "Dear {name},\n\nThank you for completing the mechanical "
         "aptitude test. Your score did not meet the threshold for this role, so your application will not move "
         "forward."),
        (ACK, "Ironridge - application received", "Dear {name},\n\nWe have received your application for "
         "Machine Operator. Our recruiters will review it and contact you about the next steps, if any."),
    ]))

W.append(Writer(
    "charity-uk-hr", "report", "people@lanternhouse-charity.example.org.uk",
    "With best wishes,\nPeople Team\nLanternhouse",
    "Lanternhouse is a registered charity in England and Wales.",
    dress="quote",
    messages=[
        (REJ, "Fundraising Officer - your application", "Dear {name},\n\nThank you very much for applying and for "
         "your obvious commitment to our cause. We had over 200 applications, and I am sorry to say that we have "
         "not been able to take yours forward to interview this time."),
        (REJ, "Shop Manager - interview", "Dear {name},\n\nThank you for coming to meet us on Thursday. We have "
         "thought carefully and decided to offer the role to another applicant with more retail management "
         "experience. Please do consider volunteering with us."),
        (REJ, "Project Worker - vacancy update", "Dear {name},\n\nThank you for your interest. I'm writing to let "
         "you know that the funding for the Project Worker post has not been renewed, so we have had to withdraw "
         "the vacancy."),
        (OTHER, "Your volunteer application", "Dear {name},\n\nThank you for offering to volunteer. Unfortunately "
         "our Saturday shop rota is full at the moment, but we will add you to the waiting list."),
    ]))

W.append(Writer(
    "agency-dublin-finance", "report", "niamh@quaystreet-recruitment.example.ie",
    "Niamh\nQuay Street Recruitment",
    messages=[
        (REJ, "Re: Fund Accountant", "Hi {name},\n\nThanks a million for your time on this one. The client got "
         "back to me and they've gone with a candidate who already has Irish fund experience, so they won't be "
         "moving you on to the second round. I'll keep looking for you."),
        (REJ, "Re: Payroll Specialist", "Hi {name},\n\nJust a quick note - the client has filled the payroll role "
         "through a referral, so it's closed now. Sorry about that."),
        (ACK, "Re: Financial Analyst", "Hi {name},\n\nThanks for your interview today. The client hasn't decided "
         "yet; they're seeing one more person on Friday and I'll update you after that."),
        (OTHER, "Re: candidate referral fee", "Hi {name},\n\nThanks for the introduction. Unfortunately we're "
         "not able to move forward with a referral agreement, as our policy doesn't allow it."),
    ]))

W.append(Writer(
    "govt-department-au", "report", "recruitment@dept-services-like.example.gov.au",
    "Recruitment Team\nDepartment of Community Services",
    "This email and any attachments may contain confidential information.",
    dress="html",
    messages=[
        (REJ, "Notification of outcome - APS4 Service Officer", "Dear {name},\n\nThank you for your application "
         "for the APS4 Service Officer position. The selection panel has assessed your claims against the "
         "selection criteria and I regret to advise that you were not found suitable on this occasion."),
        (REJ, "Notification of outcome - EL1 Policy Officer", "Dear {name},\n\nThank you for participating in "
         "the selection process. Although you were found suitable, you were not ranked highly enough to be "
         "offered a position, and the merit list has now been finalised."),
        (OTHER, "Your request for a review", "Dear {name},\n\nUnfortunately your request for an internal review "
         "of the payment decision was received outside the 13-week period and cannot be accepted."),
    ]))


QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hello,\n> I wanted to ask whether there is any "
          "news about my application.\n> Many thanks,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 10px 0;font-family:Arial,sans-serif\">{p.replace(chr(10), '<br>')}"
                    "</p>" for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>{paras}</td></tr></table></body></html>"


DRESS = Dress(QUOTED, "Wed, 9 Jun 2021 at 09:31", _html, quote_on=1, html_on=0, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)
