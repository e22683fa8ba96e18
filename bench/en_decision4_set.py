"""English rejections as US and UK applicant systems and hiring teams sent them in 2016-2022, against their
look-alikes and decisions about other things.

Written for this project (never real mail), the thirteenth session, by writers none of the earlier English sets
has: applicant-tracking templates of the kinds big employers used (Workday, Taleo, iCIMS, Greenhouse, Lever,
SmartRecruiters, Jobvite) with their boilerplate and footers, university recruiting teams, graduate and summer
programmes, hiring managers writing two lines, start-up founders, agencies for designers and analysts; and, for
mail that is not about a job, a scholarship foundation, conference and hackathon committees, card issuers and
lenders, student clubs, landlords and a co-op board.

Rejections are sent to students, new graduates, interns and early-career engineers, analysts and designers: after
an application, a phone screen, an on-site, a coding challenge; a requisition cancelled; "the position has been
filled"; very short ones where the subject says most. The look-alikes come from the same senders: acknowledgements
that say "if your qualifications match we will contact you", status updates, assessment invitations, "we'd like to
move forward" invitations, offers, the careers site's newsletters and job alerts. About a fifth of the set is
decisions about other things.

The set is split by writer, several writers of each kind in each half. The "tune" writers may be read while the
classifier is changed; the "report" writers are measured only at the start and at the end of a piece of work, and
their mistakes are never printed. `messages()` yields the dressed messages; `bench/mail_en_decisions4.py` measures
them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW, OFFER, TEST, OUTREACH = (
    "rejection", "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach")
NAMES = ("Brianna", "Tyler", "Mei", "Jamal", "Priyanka", "Connor", "Alejandra", "Ethan", "Oluwaseun", "Hannah",
         "Minh", "Declan", "Sofia", "Raj")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "workday-semiconductor-us", "tune", "ventrisemi@myworkday-like.example.com",
    "Sincerely,\nUniversity Talent Acquisition\nVentri Semiconductor",
    "This email was sent from an unmonitored mailbox. Ventri Semiconductor is an equal opportunity employer. All "
    "qualified applicants will receive consideration for employment without regard to race, color, religion, sex, "
    "sexual orientation, gender identity, national origin, disability or protected veteran status.",
    messages=[
        (REJ, "Ventri Semiconductor - Hardware Engineering Intern (Summer 2019) - R0023417", "Dear {name},\n\nThank "
         "you for applying to the Hardware Engineering Intern (Summer 2019) position. We have carefully reviewed "
         "your background and at this time we have decided to move forward with other candidates whose experience "
         "more closely aligns with the requirements of the role.\n\nWe encourage you to visit our careers page and "
         "apply to future openings that match your interests."),
        (ACK, "Thank you for applying - R0023502 Validation Engineer, New College Grad", "Dear {name},\n\nThank you "
         "for your interest in Ventri Semiconductor. We have received your application for Validation Engineer, "
         "New College Grad. Our recruiting team will review your qualifications, and if they match the needs of the "
         "position we will contact you to discuss next steps."),
        (REJ, "Your candidacy - R0023502", "Dear {name},\n\nWe appreciate your interest in the Validation Engineer, "
         "New College Grad role. Please be advised that this requisition has been cancelled and we are no longer "
         "filling it. Your application will not be considered further for this opening."),
        (TEST, "Next step: online assessment for R0023610", "Dear {name},\n\nCongratulations, you have been selected "
         "to complete an online assessment for the Firmware Engineer I position. The assessment takes about 70 "
         "minutes and must be completed within 5 days of this message."),
        (REJ, "Update on R0023610 Firmware Engineer I", "Dear {name},\n\nThank you for completing the online "
         "assessment. After reviewing the results, we will not be moving forward with your application at this "
         "time."),
        (ACK, "Application status: In Review", "Dear {name},\n\nThe status of your application for Product "
         "Engineer, Test (R0023655) has changed to In Review. You can check your candidate home page at any time."),
    ]))

W.append(Writer(
    "taleo-wireless-us", "tune", "do-not-reply@careers-taleo-like.example.net",
    "Regards,\nTalent Acquisition Team\nSkyreach Wireless",
    "Please do not reply to this message. Replies to this message are routed to an unmonitored mailbox.",
    dress="oneline",
    messages=[
        (REJ, "Skyreach Wireless - Job 1800412 Network Engineer I", "Dear {name},\n\nThank you for your interest in "
         "the Network Engineer I position (Job 1800412). We have reviewed your application and, although your "
         "qualifications are impressive, we have selected other candidates whose qualifications better meet our "
         "needs at this time. We will retain your profile in our database."),
        (REJ, "Job 1800478 Retail Sales Consultant", "Dear {name},\n\nWe would like to inform you that the position "
         "of Retail Sales Consultant (1800478) has been filled. Thank you for considering Skyreach Wireless as a "
         "potential employer."),
        (ACK, "Skyreach Wireless - Job Submission Confirmation", "Dear {name},\n\nThis message is to confirm that "
         "your application for Job 1800501, RF Engineering Co-op, has been successfully submitted. If your "
         "qualifications match the requirements of the position, a member of our team will contact you."),
        (REJ, "Job 1800501 RF Engineering Co-op - Application Status", "Dear {name},\n\nThank you for applying. "
         "Unfortunately, we are unable to offer you a position in our co-op program this term. We received many "
         "strong applications and the selection was difficult."),
        (OTHER, "New jobs matching your Job Alert", "Dear {name},\n\n3 new jobs match your saved search 'engineer "
         "Dallas': Network Engineer II, Field Operations Engineer, Systems Engineer - Core. Click a title to view "
         "the job and apply."),
        (REJ, "Job 1800533", "Dear {name},\n\nThank you for interviewing for the Associate Data Analyst position. "
         "The hiring manager has chosen to proceed with another candidate."),
    ]))

W.append(Writer(
    "greenhouse-payments-nyc", "tune", "no-reply@greenhouse-like.example.io",
    "Best,\nThe Recruiting Team at Ledgerly",
    "Ledgerly | 41 Crosby St, New York, NY",
    dress="html",
    messages=[
        (REJ, "Thank you for your interest in Ledgerly", "Hi {name},\n\nThanks so much for taking the time to apply "
         "for our Software Engineer, New Grad role. We really appreciate your interest in joining the team.\n\n"
         "After reviewing your application, we've decided not to move forward at this time. This was not an easy "
         "decision, as we receive applications from many talented people.\n\nWe hope you'll keep an eye on our "
         "jobs page, and we wish you the best of luck in your search."),
        (REJ, "Ledgerly - following up", "Hi {name},\n\nThanks again for chatting with us on the phone screen last "
         "week. The team enjoyed the conversation, but we've decided to pursue other candidates for the Backend "
         "Engineer role whose experience is a closer match for where the team is today."),
        (INTERVIEW, "Ledgerly: let's schedule your onsite", "Hi {name},\n\nGreat news! The team would love to move "
         "forward and invite you to an onsite interview for Software Engineer, New Grad. It'll be four 45-minute "
         "sessions. Please share your availability for the next two weeks."),
        (TEST, "Ledgerly coding exercise", "Hi {name},\n\nAs a next step, we'd like you to complete a short coding "
         "exercise on CodeSignal. You'll have 7 days to start and 90 minutes once you begin."),
        (REJ, "Your Ledgerly onsite", "Hi {name},\n\nThank you for spending the day with us on Thursday. We know "
         "onsites take a lot of energy. Unfortunately, we will not be extending an offer for the Software Engineer, "
         "New Grad position. We were impressed with your curiosity and hope you'll consider us again in the "
         "future."),
        (OFFER, "Your offer from Ledgerly", "Hi {name},\n\nWe're thrilled to extend you an offer to join Ledgerly as "
         "a Software Engineer, New Grad! Your offer letter is attached; we'd love to hear back by Friday, May 7."),
        (ACK, "Thanks for applying to Ledgerly!", "Hi {name},\n\nThanks for applying to the Data Analyst role at "
         "Ledgerly. Our team will review your application and reach out if there's a fit. In the meantime, check "
         "out our engineering blog."),
    ]))

W.append(Writer(
    "lever-healthtech-boston", "tune", "no-reply@hire.lever-like.example.co",
    "Warmly,\nCarePoint Talent Team",
    messages=[
        (REJ, "CarePoint - Product Design Intern", "Hi {name},\n\nThank you for applying to the Product Design Intern "
         "role at CarePoint. We loved seeing your portfolio. We've reviewed all applications and decided to move "
         "forward with other candidates at this time. We'll keep your info on file should anything open up that's "
         "a good match."),
        (REJ, "CarePoint update", "Hi {name},\n\nWe've filled the Junior UX Researcher position, so we won't be "
         "moving your application forward. Thanks for your patience throughout the process."),
        (INTERVIEW, "CarePoint - next steps for Product Designer I", "Hi {name},\n\nThank you for your application. "
         "We'd like to move forward and set up a 30-minute portfolio review with our design lead. Please pick a "
         "time using the link below."),
        (ACK, "Your application to CarePoint", "Hi {name},\n\nThanks for applying for Associate Product Designer. "
         "We review every application carefully. If your background is a match, someone from our team will be in "
         "touch within two weeks."),
        (REJ, "Re: Portfolio review", "Hi {name},\n\nThanks for walking us through your case studies. After "
         "discussing as a team, we've decided not to proceed with your candidacy for Product Designer I."),
        (OTHER, "CarePoint is hiring: new roles in Boston", "Hi {name},\n\nYou signed up for updates from CarePoint "
         "Careers. This month we opened roles in engineering, design and clinical operations. Meet the team at our "
         "virtual open house on March 3."),
    ]))

W.append(Writer(
    "icims-retail-midwest", "tune", "careers@prairiemart-icims-like.example.com",
    "Thank you,\nPrairieMart Corporate Recruiting",
    "PrairieMart Stores, Inc. | Des Moines, Iowa | This mailbox is not monitored.",
    messages=[
        (REJ, "PrairieMart: Merchandising Analyst (2020-4471)", "Hello {name},\n\nThank you for your interest in "
         "PrairieMart and the Merchandising Analyst position. We regret to inform you that you have not been "
         "selected for this position. We wish you the best in your job search."),
        (REJ, "PrairieMart: Supply Chain Intern (2020-4502)", "Hello {name},\n\nThe Supply Chain Intern position you "
         "applied for is no longer available. We appreciate the time you took to apply."),
        (ACK, "PrairieMart: We received your application", "Hello {name},\n\nThank you for applying to Pricing "
         "Analyst (2020-4519). A recruiter will review your application. Should your skills and experience match "
         "our needs, we will reach out to schedule an interview."),
        (INTERVIEW, "PrairieMart: Interview request", "Hello {name},\n\nThe hiring team for Pricing Analyst "
         "(2020-4519) would like to speak with you. Please use the link to schedule a 20-minute phone interview."),
        (REJ, "Your application status", "Hello {name},\n\nAfter careful review, the hiring team has decided to "
         "pursue other applicants for Pricing Analyst (2020-4519). Your profile will remain in our talent "
         "community."),
        (OTHER, "PrairieMart talent community: November news", "Hello {name},\n\nThis holiday season we're hiring "
         "for seasonal roles in stores and distribution centers. Plus, read how our associates give back in their "
         "communities."),
        (REJ, "PrairieMart: thank you", "Hello {name},\n\nWe appreciate your interest in the Store Operations "
         "Leadership Program. Your candidacy is no longer under consideration for this role."),
    ]))

W.append(Writer(
    "campus-recruiting-bigtech", "tune", "university-recruiting@northwind-soft.example.com",
    "Best,\nNorthwind University Recruiting",
    dress="quote",
    messages=[
        (REJ, "Northwind Explore Internship - Decision", "Hi {name},\n\nThank you for interviewing for the Northwind "
         "Explore internship this fall. We had an incredible number of first- and second-year students apply, and "
         "unfortunately we're unable to offer you a position in our summer program. We encourage you to apply "
         "again next year."),
        (REJ, "Following up on your interviews", "Hi {name},\n\nThanks for taking part in our final round "
         "interviews for the Software Engineer intern role. Our hiring committee has completed its review and we "
         "won't be able to extend an internship offer this year."),
        (INTERVIEW, "Northwind - Final round invitation", "Hi {name},\n\nCongrats! Based on your first interview we'd "
         "like to invite you to a virtual final round on October 14. You'll meet with two engineers."),
        (ACK, "Re: checking in", "Hi {name},\n\nThanks for checking in. Your application is still with the team and "
         "we hope to have an update for you in the next two to three weeks. We appreciate your patience."),
        (REJ, "Northwind New Grad - Application Update", "Hi {name},\n\nThank you for applying for Northwind's "
         "Software Engineer new grad role. At this time we won't be moving forward with your application. Teams "
         "post new roles throughout the year, so please keep an eye on our careers site."),
        (OFFER, "Northwind internship offer", "Hi {name},\n\nWe're excited to offer you a Software Engineer "
         "internship for Summer 2021 in Redmond! Your recruiter will call you tomorrow to walk through the details."),
        (OTHER, "Northwind Student Newsletter - career fair season", "Hi {name},\n\nFind us at your school's career "
         "fair this fall, join our resume workshop on September 20, and read tips from last year's interns."),
    ]))

W.append(Writer(
    "hiring-manager-terse-us", "tune", "dana.whitfield@quarrybyte.example.com",
    "Dana",
    messages=[
        (REJ, "Re: Junior Data Engineer", "Hi {name} - thanks for the time yesterday. We're going to go in a "
         "different direction for this one. Best of luck."),
        (REJ, "Re: Intro call", "{name}, appreciated the chat. Honestly we need someone more senior right now, so "
         "I'll pass. Happy to stay in touch."),
        (INTERVIEW, "Re: Junior Data Engineer", "Hi {name} - thanks for the chat. I'd like you to meet two folks "
         "on the team. Can you do Wednesday afternoon?"),
        (REJ, "quick update", "Hey {name}, we ended up hiring someone for the analyst spot. Sorry it didn't work "
         "out, you were close."),
        (OTHER, "Re: coffee", "Hi {name} - unfortunately I can't make Thursday after all. Could we push to next "
         "week?"),
    ]))

W.append(Writer(
    "founder-brooklyn", "tune", "sam@loomwell.example.co",
    "Sam\nFounder, Loomwell",
    dress="quote",
    messages=[
        (REJ, "Loomwell", "Hey {name},\n\nReally enjoyed our call and the take-home. I have to be honest: we're "
         "a five-person team and we decided we need someone who can own the iOS app end to end from day one. "
         "That's not a knock on you. I'd genuinely like to keep in touch."),
        (REJ, "Re: founding designer", "Hi {name}, thanks for sending your work over. We've decided to hold off on "
         "hiring a designer until after our raise, so I'm closing the role for now."),
        (OFFER, "Re: next steps", "Hi {name},\n\nThe team loved meeting you. We'd like to bring you on as our first "
         "engineering hire. Sending the offer over tonight."),
        (OTHER, "Re: investor update", "Hi {name},\n\nQuick note: the seed investor we met decided not to lead the "
         "round, so we're talking to two others. Nothing changes for the team."),
        (INTERVIEW, "Loomwell - chat?", "Hey {name}, thanks for applying. Want to grab 30 minutes this week to talk "
         "about what we're building?"),
    ]))

W.append(Writer(
    "consulting-graduate-uk", "tune", "graduaterecruitment@aldgate-advisory.example.co.uk",
    "Kind regards,\nEarly Careers Team\nAldgate Advisory LLP",
    "Aldgate Advisory LLP is a limited liability partnership registered in England and Wales.",
    dress="html",
    messages=[
        (REJ, "Aldgate Advisory Graduate Programme 2021 - your application", "Dear {name},\n\nThank you for your "
         "application to the Aldgate Advisory Graduate Programme and for completing our online situational "
         "judgement test. We have reviewed your results, and unfortunately we are unable to progress your "
         "application to the next stage on this occasion."),
        (REJ, "Aldgate Advisory - Assessment Centre outcome", "Dear {name},\n\nThank you for attending our virtual "
         "assessment centre. The standard this year was very high, and I am sorry to tell you that we will not be "
         "offering you a place on the 2021 Graduate Programme."),
        (TEST, "Aldgate Advisory - please complete your online tests", "Dear {name},\n\nThank you for applying to "
         "our Summer Internship. The next step is to complete our numerical reasoning and situational judgement "
         "tests within seven days."),
        (ACK, "Aldgate Advisory - application received", "Dear {name},\n\nWe confirm receipt of your application to "
         "the Technology Consulting Graduate Programme. We review applications on a rolling basis and will be in "
         "touch as soon as we have an update."),
        (OFFER, "Aldgate Advisory - Summer Internship offer", "Dear {name},\n\nCongratulations! Following your "
         "assessment centre, we are delighted to offer you a place on our 2020 Summer Internship in Audit."),
        (REJ, "Summer Internship 2020", "Dear {name},\n\nDue to the current circumstances, we have taken the "
         "difficult decision to cancel our 2020 Summer Internship programme. This means we are not able to "
         "continue with your application. We are so sorry."),
    ]))

W.append(Writer(
    "smartrecruiters-media-london", "tune", "noreply@jobs.smartrecruiters-like.example",
    "Best wishes,\nThe Talent Team, Brightlane Media",
    "Brightlane Media Ltd | Powered by SmartRecruiters-style hiring | Unsubscribe from job notifications",
    messages=[
        (REJ, "Your application for Junior Video Editor", "Hi {name},\n\nThank you for applying for the position "
         "of Junior Video Editor with Brightlane Media. We have decided to proceed with other applicants whose "
         "profiles more closely match our current requirements. We would like to thank you for your interest."),
        (REJ, "Brightlane Media: Data Analyst - update", "Hi {name},\n\nThank you for your time on the phone "
         "yesterday. Unfortunately on this occasion you have not been selected to progress to the next stage."),
        (ACK, "Brightlane Media has received your application", "Hi {name},\n\nThanks for applying for Marketing "
         "Assistant. We will review your details and get back to you if your profile fits the role."),
        (OTHER, "Jobs you may be interested in at Brightlane Media", "Hi {name},\n\nBased on your profile, these "
         "roles might interest you: Social Media Executive, Junior Producer, Data Analyst. Apply today."),
        (REJ, "Marketing Assistant", "Hi {name},\n\nThe Marketing Assistant vacancy has now been filled. Thank you "
         "for your interest in Brightlane Media."),
        (REJ, "Brightlane Media - Graduate Researcher", "Hi {name},\n\nThanks for interviewing for Graduate "
         "Researcher. We're sorry to say that we won't be progressing your application any further."),
    ]))

W.append(Writer(
    "bank-analyst-nyc", "tune", "campusrecruiting@hudsongate-capital.example.com",
    "Regards,\nCampus Recruiting\nHudsongate Capital",
    "This communication is confidential. If you have received it in error please notify the sender.",
    messages=[
        (REJ, "Hudsongate Capital 2022 Summer Analyst Program", "Dear {name},\n\nThank you for your interest in the "
         "Hudsongate Capital 2022 Summer Analyst Program. We received a record number of applications this year. "
         "After careful consideration, we regret that we are unable to move forward with your candidacy."),
        (REJ, "Hudsongate Capital Superday", "Dear {name},\n\nThank you for attending our Superday. We appreciated "
         "the opportunity to get to know you. Unfortunately, we will not be extending you an offer for the Full "
         "Time Analyst role."),
        (TEST, "Hudsongate Capital - HireVue video interview", "Dear {name},\n\nThank you for applying to our Summer "
         "Analyst Program. As a next step, please complete a HireVue video interview within 72 hours."),
        (INTERVIEW, "Hudsongate Capital - Superday invitation", "Dear {name},\n\nWe are pleased to invite you to our "
         "Superday on February 11 at our New York office. You will have three back-to-back interviews."),
        (ACK, "Hudsongate Capital - application status", "Dear {name},\n\nYour application for the Summer Analyst "
         "Program remains under review. If you are selected for the next stage, you will receive an invitation by "
         "email."),
        (REJ, "Application update", "Dear {name},\n\nWe have reviewed your HireVue interview. Regrettably, your "
         "application will not be progressed."),
    ]))

W.append(Writer(
    "design-agency-la", "tune", "jobs@sunsetworks-studio.example.com",
    "Cheers,\nMarisol Vega\nStudio Manager, Sunsetworks",
    messages=[
        (REJ, "Junior Motion Designer", "Hi {name},\n\nThanks for your patience while we reviewed reels. We had "
         "over 300 applicants for one seat, and we've given it to someone whose 3D work was a tighter fit for our "
         "client roster. Your reel has a great eye for timing."),
        (TEST, "Design exercise", "Hi {name},\n\nWe'd love to see how you think. Attached is a small design brief; "
         "please send back two frames by Monday. We're only asking a handful of people."),
        (REJ, "Re: design exercise", "Hi {name},\n\nThanks for turning the brief around so fast. We've decided to "
         "go with another designer for this role, but we'd love to keep you in mind for freelance."),
        (OTHER, "Re: freelance rates", "Hi {name},\n\nOur client passed on the rebrand proposal, so the freelance "
         "project we mentioned won't happen this quarter. I'll reach out if it comes back."),
        (REJ, "Re: Junior Motion Designer", "Hi {name}, quick note to close the loop: we filled the seat. Thanks "
         "for being patient with us."),
    ]))

W.append(Writer(
    "scholarship-foundation-us", "tune", "awards@garfieldscholars.example.org",
    "Sincerely,\nScholarship Committee\nThe Garfield Foundation",
    messages=[
        (OTHER, "Garfield Scholars Program - 2020 decision", "Dear {name},\n\nThank you for applying to the "
         "Garfield Scholars Program. The committee reviewed more than 4,000 applications for 40 awards. We regret "
         "to inform you that you were not selected as a 2020 Garfield Scholar."),
        (OTHER, "Garfield Foundation - finalist interview", "Dear {name},\n\nCongratulations! You have been named a "
         "finalist for the Garfield Scholars Program. Finalist interviews take place in Chicago on April 2."),
        (OTHER, "Your application is complete", "Dear {name},\n\nWe have received all materials for your Garfield "
         "Scholars application. Decisions will be sent by email in March."),
        (OTHER, "Garfield Emergency Grant", "Dear {name},\n\nWe have reviewed your request for an emergency grant. "
         "Unfortunately, we are unable to fund your request at this time as it falls outside our guidelines."),
    ]))

W.append(Writer(
    "conference-committee-dev", "tune", "program@cascadiajs-like.example.org",
    "Thanks,\nThe Program Committee",
    dress="html",
    messages=[
        (OTHER, "Your talk proposal", "Hi {name},\n\nThank you for submitting \"Testing React Without Tears\". We "
         "received 612 proposals for 24 slots. Unfortunately, your talk was not selected for this year's program. "
         "We hope to see you in the audience."),
        (OTHER, "Lightning talk waitlist", "Hi {name},\n\nWe'd love to keep your proposal on our lightning talk "
         "waitlist. If a slot opens we'll let you know by June 1."),
        (OTHER, "Scholarship ticket", "Hi {name},\n\nThanks for applying for a diversity scholarship ticket. We "
         "weren't able to offer you a ticket this time; we had far more requests than spots."),
        (OTHER, "You're speaking at the conference!", "Hi {name},\n\nWe're delighted to accept your talk. Please "
         "confirm by Friday and send us a short bio."),
    ]))

W.append(Writer(
    "credit-card-issuer", "tune", "alerts@meridian-card.example.com",
    "Meridian Card Services",
    "Meridian Bank, N.A. Member FDIC. Please do not reply to this email.",
    messages=[
        (OTHER, "Your Meridian Cash Rewards application", "Dear {name},\n\nThank you for applying for the Meridian "
         "Cash Rewards card. After reviewing your application, we are unable to approve your request at this time. "
         "A letter explaining the reasons will arrive by mail within 7-10 days."),
        (OTHER, "Credit limit increase request", "Dear {name},\n\nWe have reviewed your request for a credit limit "
         "increase and have decided not to move forward with it at this time."),
        (OTHER, "Application received", "Dear {name},\n\nWe received your application for the Meridian Student card. "
         "We need a few more days to review it and will let you know our decision by mail."),
    ]))

W.append(Writer(
    "student-club-rowing", "tune", "captains@uvm-rowing-like.example.edu",
    "Go Cats,\nThe Captains",
    messages=[
        (OTHER, "Varsity tryouts results", "Hi {name},\n\nThanks for coming out to tryouts this week. We had a big "
         "turnout and unfortunately we can't offer you a seat on the varsity boat this season. We'd love to see "
         "you in the novice squad."),
        (OTHER, "Club officer elections", "Hi {name},\n\nThe votes are in, and the treasurer position went to "
         "another candidate. Thank you for running!"),
        (OTHER, "Spring break trip", "Hi {name},\n\nYour spot on the spring training trip is confirmed. Dues are "
         "due Friday."),
    ]))

W.append(Writer(
    "apartment-rental-us", "tune", "leasing@parkline-apartments.example.com",
    "Parkline Leasing Office",
    messages=[
        (OTHER, "Your rental application - Unit 4B", "Hi {name},\n\nThank you for applying to Parkline. "
         "Unfortunately, we are unable to approve your application for Unit 4B based on the income requirements. "
         "You may reapply with a guarantor."),
        (OTHER, "Application update", "Hi {name},\n\nWe've decided to move forward with another applicant for "
         "Unit 2A. Thank you for touring with us."),
        (OTHER, "Lease renewal", "Hi {name},\n\nYour lease renewal has been approved. Please sign the renewal by "
         "the 25th."),
    ]))

W.append(Writer(
    "ats-short-notices-us", "tune", "no-reply@apply.kestrelworks-like.example.com",
    "",
    "Kestrel Works Careers | Do not reply",
    messages=[
        (REJ, "Your application for IT Support Specialist was not selected", "{name},\n\nThank you for applying. "
         "You were not selected for this role."),
        (REJ, "Position filled: Junior Accountant", "Hi {name}, this position has been filled. Thank you for your "
         "interest."),
        (REJ, "Application update: Data Analyst Intern", "Hi {name},\n\nWe have decided to move forward with other "
         "candidates."),
        (ACK, "Application submitted: Data Analyst Intern", "Hi {name},\n\nYour application was submitted "
         "successfully. We'll contact you if we'd like to learn more."),
        (REJ, "Kestrel Works - status change", "Hi {name},\n\nYour application status has changed to: Not "
         "Selected."),
        (TEST, "Kestrel Works - coding challenge invitation", "Hi {name},\n\nYou have been invited to a HackerRank "
         "challenge for Software Developer I. The link expires in 7 days."),
        (REJ, "Update", "Hi {name},\n\nThank you for completing the HackerRank challenge. We will not be moving "
         "forward."),
    ]))

W.append(Writer(
    "university-staff-jobs-us", "tune", "hr-noreply@lakemont-university.example.edu",
    "Office of Human Resources\nLakemont University",
    "Lakemont University is an affirmative action / equal opportunity employer.",
    dress="oneline",
    messages=[
        (REJ, "Posting #S02194 Research Technician", "Dear {name},\n\nThank you for your interest in the Research "
         "Technician position. The search committee has completed its review and has selected a candidate whose "
         "qualifications best match the needs of the lab. We wish you well."),
        (REJ, "Posting #S02211 Web Developer I", "Dear {name},\n\nThe department has decided not to fill the Web "
         "Developer I position at this time. All applications have been closed."),
        (ACK, "Posting #S02230 Admissions Counselor - received", "Dear {name},\n\nYour application has been "
         "received. If you are selected for an interview, the hiring department will contact you directly."),
        (OTHER, "Lakemont graduate admissions decision", "Dear {name},\n\nThe admissions committee has completed "
         "its review of your application to the M.S. in Computer Science. We regret that we cannot offer you "
         "admission for Fall 2019."),
        (REJ, "Posting #S02230 Admissions Counselor", "Dear {name},\n\nThank you for interviewing for Admissions "
         "Counselor. We regret to inform you that another candidate has been selected."),
    ]))

W.append(Writer(
    "staffing-agency-analyst", "tune", "megan.r@keystone-talent.example.com",
    "Megan Ross\nTechnical Recruiter | Keystone Talent",
    dress="quote",
    messages=[
        (REJ, "Re: BI Analyst contract", "Hi {name},\n\nJust heard from the client. They decided to go with a "
         "candidate who had more Tableau experience. Bummer! I'll keep sending things your way."),
        (REJ, "Re: QA Tester submission", "Hi {name}, unfortunately the client passed on your profile for the QA "
         "Tester role. They want someone with automation experience."),
        (OUTREACH, "Data Analyst contract - interested?", "Hi {name},\n\nI came across your profile and have a "
         "6-month Data Analyst contract with a healthcare client in Pittsburgh. Open to a quick call?"),
        (INTERVIEW, "Re: BI Analyst", "Hi {name}, the client wants to move forward with a video interview Friday at "
         "11. Does that work?"),
        (REJ, "Re: update?", "Hi {name}, sorry for the silence. The client froze the req, so the Junior Analyst role "
         "is off the table for now."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "workday-aerospace-us", "report", "orbitaldyn@myworkday-like.example.com",
    "Best regards,\nTalent Acquisition\nOrbital Dynamics Corporation",
    "U.S. citizenship may be required for some positions. Orbital Dynamics is an Equal Opportunity Employer - "
    "Minorities/Women/Veterans/Disabled.",
    dress="html",
    messages=[
        (REJ, "Orbital Dynamics - Systems Engineer I (REQ-10882)", "Hello {name},\n\nThank you for your recent "
         "application for Systems Engineer I. After careful review, we have decided to proceed with candidates "
         "whose qualifications more closely meet the needs of this position. We appreciate your interest in "
         "Orbital Dynamics and wish you success in your career."),
        (REJ, "REQ-10917 Manufacturing Engineering Intern", "Hello {name},\n\nWe wanted to let you know that the "
         "Manufacturing Engineering Intern requisition has been closed and will not be filled this year."),
        (ACK, "We have received your application (REQ-10931)", "Hello {name},\n\nThank you for applying to "
         "Structural Analyst, Entry Level. Our recruiters will review your qualifications. If there is a match, "
         "you will be contacted regarding next steps."),
        (INTERVIEW, "Orbital Dynamics - Interview Scheduling", "Hello {name},\n\nThe hiring team would like to move "
         "forward with a virtual interview for Structural Analyst, Entry Level. Please select a time from the "
         "scheduling link."),
        (REJ, "Your application (REQ-10931)", "Hello {name},\n\nThank you for interviewing with the Structures team. "
         "We regret to inform you that we will not be moving forward with your candidacy for this position."),
        (OTHER, "Orbital Dynamics Careers: Veterans Hiring Event", "Hello {name},\n\nJoin us for a virtual hiring "
         "event for transitioning service members on November 9. Recruiters will answer questions live."),
    ]))

W.append(Writer(
    "taleo-pharma-nj", "report", "noreply@taleo-like.example.net",
    "Sincerely,\nHuman Resources\nBrennard Pharmaceuticals",
    "*** This is an automated message. Please do not reply. ***",
    messages=[
        (REJ, "Brennard Pharmaceuticals: Requisition 210043BR", "Dear {name},\n\nThank you for submitting your "
         "application for the position of Clinical Data Associate. We regret to inform you that the requisition "
         "has been cancelled. We thank you for your interest in Brennard Pharmaceuticals."),
        (REJ, "Brennard Pharmaceuticals: Requisition 210051BR", "Dear {name},\n\nThank you for your interest in the "
         "Quality Control Chemist I position. We have reviewed your application and have determined that we will "
         "not be considering you further for this position."),
        (ACK, "Brennard Pharmaceuticals: Application Received", "Dear {name},\n\nThank you for applying for "
         "Regulatory Affairs Associate. We will review your qualifications against the requirements of the "
         "position. Should we wish to pursue your candidacy, we will contact you."),
        (REJ, "Requisition 210066BR", "Dear {name},\n\nThe position for which you applied, Summer Intern - "
         "Biostatistics, has been filled. We encourage you to visit our website for future opportunities."),
        (TEST, "Brennard Pharmaceuticals: Skills assessment", "Dear {name},\n\nAs part of your application for "
         "Clinical Data Associate II, please complete the attached data review exercise and return it within "
         "three business days."),
    ]))

W.append(Writer(
    "greenhouse-saas-austin", "report", "no-reply@us.greenhouse-like.example.io",
    "Cheers,\nThe Fieldwise Talent Team",
    "Fieldwise Inc. | Austin, TX | We're a remote-first company.",
    dress="quote",
    messages=[
        (REJ, "Your application to Fieldwise", "Hi {name},\n\nThank you for your interest in the Associate Product "
         "Manager role. We've had an overwhelming response, and after careful review we won't be moving forward "
         "with your application. We know that's not the news you were hoping for."),
        (REJ, "Fieldwise - coding challenge", "Hi {name},\n\nThanks for completing the coding challenge. Our "
         "engineers reviewed your submission and, unfortunately, we've decided not to advance you to the next "
         "round for Software Engineer I."),
        (TEST, "Fieldwise: your take-home challenge", "Hi {name},\n\nThanks for your time on the recruiter screen! "
         "The next step is a take-home challenge. Here's the link; you'll have 72 hours."),
        (ACK, "Quick update from Fieldwise", "Hi {name},\n\nJust a heads up that the hiring team is still "
         "interviewing for Customer Success Associate. We expect to have news for you by the end of next week."),
        (REJ, "Fieldwise - Customer Success Associate", "Hi {name},\n\nThank you for interviewing with us. We've "
         "made the difficult decision to move forward with another candidate for this role."),
        (OFFER, "Fieldwise offer letter", "Hi {name},\n\nWelcome aboard (almost)! Attached is your offer letter for "
         "Software Engineer I. Please sign via DocuSign by Tuesday."),
        (REJ, "Fieldwise - Product Design Intern", "Hi {name},\n\nThank you for applying for our Product Design "
         "Intern role. This year we've decided to focus our internship program on engineering, so we're closing "
         "this opening without hiring."),
    ]))

W.append(Writer(
    "lever-proptech-london", "report", "no-reply@hire.lever-like.example.co",
    "Best,\nTalent at Keyhaven",
    dress="html",
    messages=[
        (REJ, "Keyhaven - Junior Data Scientist", "Hi {name},\n\nThank you for your application for the Junior Data "
         "Scientist role. We have now reviewed all applications and regret that we will not be taking yours "
         "further."),
        (REJ, "Keyhaven | your interview", "Hi {name},\n\nThanks for meeting the team on Tuesday. We've had a "
         "chance to discuss and, although you have lots of strengths, we've decided not to offer you the role."),
        (INTERVIEW, "Keyhaven - first stage", "Hi {name},\n\nThanks for applying for Graduate Software Engineer. "
         "We'd like to move you forward to a 45-minute video call with one of our engineers."),
        (ACK, "Thanks for applying to Keyhaven", "Hi {name},\n\nWe've got your application for UX Designer. We aim "
         "to reply to everyone within ten working days."),
        (OTHER, "Keyhaven Careers newsletter", "Hi {name},\n\nIt's been a busy spring at Keyhaven: we opened an "
         "office in Manchester, launched our graduate scheme, and we're hiring across product and engineering."),
    ]))

W.append(Writer(
    "icims-logistics-atlanta", "report", "careers@peachline-logistics-icims-like.example.com",
    "Regards,\nPeachline Logistics Talent Acquisition",
    "Peachline Logistics is an E-Verify employer. Please do not reply to this automated email.",
    dress="oneline",
    messages=[
        (REJ, "Peachline Logistics - Operations Analyst (2021-8814)", "Hi {name},\n\nThank you for your interest "
         "in the Operations Analyst position. After reviewing your qualifications, we have chosen to move forward "
         "with other candidates. We will keep your resume on file for future consideration."),
        (REJ, "Peachline Logistics - Transportation Intern", "Hi {name},\n\nThank you for applying. The "
         "Transportation Intern role has been put on hold and we are not moving forward with any candidates at "
         "this time."),
        (ACK, "Peachline Logistics - Application Received (2021-8840)", "Hi {name},\n\nThank you for applying for "
         "Logistics Coordinator. If your qualifications are a fit, a recruiter will contact you to discuss the "
         "next steps."),
        (OTHER, "Job Alert: 4 new jobs at Peachline Logistics", "Hi {name},\n\nNew jobs near Atlanta: Logistics "
         "Coordinator, Warehouse Supervisor, Data Analyst I, Fleet Planner."),
        (REJ, "Update regarding Logistics Coordinator (2021-8840)", "Hi {name},\n\nWe appreciate the time you spent "
         "speaking with our recruiter. We have decided not to move forward with your application."),
    ]))

W.append(Writer(
    "graduate-scheme-uk-retail", "report", "earlycareers@thornbury-stores.example.co.uk",
    "Best wishes,\nThornbury Early Careers",
    "Thornbury Stores plc. Registered office: Thornbury House, Leicester.",
    messages=[
        (REJ, "Thornbury Graduate Scheme - Video interview outcome", "Dear {name},\n\nThank you for completing your "
         "video interview for the Thornbury Commercial Graduate Scheme. Unfortunately you haven't been successful "
         "at this stage, and we won't be inviting you to our assessment centre."),
        (REJ, "Thornbury Summer Placement 2019", "Dear {name},\n\nThank you for applying to our Summer Placement. "
         "Sadly we are unable to offer you a place this year."),
        (TEST, "Next step: Thornbury online assessment", "Dear {name},\n\nThanks for applying to our IT Graduate "
         "Scheme. Please complete our online game-based assessment within five days."),
        (INTERVIEW, "Invitation: Thornbury Assessment Centre", "Dear {name},\n\nWell done! We'd like to invite you "
         "to our Assessment Centre in Leicester on 3 March."),
        (ACK, "Your Thornbury application", "Dear {name},\n\nThank you for applying to the Thornbury Merchandising "
         "Graduate Scheme. We'll be in touch if you are successful in moving to the next stage."),
        (REJ, "Thornbury Assessment Centre", "Dear {name},\n\nThank you for attending our assessment centre. We "
         "are sorry to let you know that you have not been offered a place on the scheme this time."),
    ]))

W.append(Writer(
    "hiring-manager-uk", "report", "tom.ashdown@ledgerfox.example.co.uk",
    "Tom",
    dress="quote",
    messages=[
        (REJ, "Re: Junior Analyst", "Hi {name}, thanks for coming in. We've gone with someone else for the junior "
         "role, sorry. Best of luck."),
        (REJ, "Re: chat on Friday", "{name} - good to speak. I don't think it's quite the right fit for us at the "
         "moment, so we'll leave it there. All the best."),
        (INTERVIEW, "Re: Junior Analyst", "Hi {name}, thanks for the CV. Could you come in on Monday at 10 to meet "
         "me and Priya?"),
        (OTHER, "Re: lunch", "Hi {name}, sorry, I'll have to pass on lunch this week, too much on. Next month?"),
    ]))

W.append(Writer(
    "founder-seattle-ai", "report", "jo@quillmind.example.ai",
    "Jo\nCEO, Quillmind",
    messages=[
        (REJ, "Quillmind - ML engineer", "Hi {name},\n\nThanks for the deep dive on Friday. After talking it over "
         "we've decided to hire someone with more production ML experience for this seat. I really appreciated "
         "the time you put in."),
        (REJ, "Re: the role", "Hey {name}, I owe you an update. We're pausing all hiring until Q3 so I can't move "
         "forward with you right now. Sorry to leave you hanging."),
        (INTERVIEW, "Re: Quillmind", "Hey {name}, loved your note. Can you do a 45-minute pairing session Tuesday?"),
        (OTHER, "Re: demo day", "Hi {name}, bad news on the accelerator - they passed on us this batch. We'll "
         "reapply in the fall."),
    ]))

W.append(Writer(
    "consulting-us-analyst", "report", "recruiting@ridgeway-partners.example.com",
    "Best regards,\nRidgeway Partners Recruiting",
    messages=[
        (REJ, "Ridgeway Partners - Business Analyst Application", "Dear {name},\n\nThank you for interviewing with "
         "Ridgeway Partners. Following first round interviews, we regret to inform you that we will not be inviting "
         "you to the final round for the Business Analyst position."),
        (REJ, "Ridgeway Partners - Summer Associate", "Dear {name},\n\nThank you for your interest in the Summer "
         "Associate program. Unfortunately, we were unable to offer you an interview this year."),
        (INTERVIEW, "Ridgeway Partners - Final round", "Dear {name},\n\nWe are pleased to invite you to final round "
         "interviews, which will include two case interviews and a fit interview."),
        (ACK, "Ridgeway Partners - Application Confirmation", "Dear {name},\n\nThank you for applying to the "
         "Business Analyst position. If your background matches our needs, you will hear from us by October 15."),
        (OFFER, "Ridgeway Partners - Offer", "Dear {name},\n\nCongratulations! We are delighted to extend an offer "
         "for the Business Analyst position starting in August 2022."),
        (REJ, "Ridgeway Partners - Final round outcome", "Dear {name},\n\nThank you for joining us for final "
         "rounds. After much deliberation, we are unable to extend you an offer."),
    ]))

W.append(Writer(
    "smartrecruiters-auto-detroit", "report", "noreply@smartrecruiters-like.example",
    "Kind regards,\nMotorcity Mobility Talent Acquisition",
    "Motorcity Mobility | Detroit, MI | Manage your candidate profile",
    messages=[
        (REJ, "Application status: Controls Engineer Co-op", "Hi {name},\n\nThank you for applying for the Controls "
         "Engineer Co-op. At this time we have decided to move forward with other candidates whose experience "
         "more closely aligns with the position."),
        (REJ, "Motorcity Mobility - Quality Engineer", "Hi {name},\n\nUnfortunately the Quality Engineer position "
         "is no longer open. Thank you for your interest."),
        (ACK, "Thank you for applying to Motorcity Mobility", "Hi {name},\n\nWe have received your application for "
         "Vehicle Test Engineer. If your qualifications match our needs, we will contact you."),
        (TEST, "Complete your assessment", "Hi {name},\n\nAs part of the application for Vehicle Test Engineer, "
         "please complete the technical assessment linked below within 48 hours."),
        (OTHER, "New opportunities at Motorcity Mobility", "Hi {name},\n\nWe thought you might like these new roles: "
         "Battery Engineer, Software Engineer - Infotainment, Product Design Intern."),
    ]))

W.append(Writer(
    "jobvite-edtech-denver", "report", "notifications@jobvite-like.example.com",
    "Thanks,\nBrightpath Learning Recruiting",
    "Brightpath Learning | Powered by a Jobvite-style applicant system",
    dress="html",
    messages=[
        (REJ, "Brightpath Learning - Instructional Designer", "Dear {name},\n\nThank you for your interest in "
         "Brightpath Learning. We have reviewed your application for Instructional Designer and have decided to "
         "pursue candidates whose qualifications better match our current needs."),
        (REJ, "Brightpath Learning - Software Engineer Intern", "Dear {name},\n\nThank you for completing our "
         "technical interview. We regret that we won't be able to offer you an internship this summer."),
        (ACK, "Brightpath Learning application received", "Dear {name},\n\nThanks for applying for Curriculum "
         "Writer. Our team is reviewing applications and will contact candidates who are a good fit."),
        (INTERVIEW, "Brightpath Learning - phone screen", "Dear {name},\n\nWe'd like to move forward with a phone "
         "screen for Software Engineer Intern. Please choose a time that works."),
        (REJ, "Brightpath Learning", "Dear {name},\n\nThe Curriculum Writer position has been filled. We appreciate "
         "your interest."),
        (REJ, "Re: Software Engineer Intern", "Dear {name},\n\nThanks for your note. The internship cohort for "
         "this summer is now full, so we are unable to consider your application further."),
    ]))

W.append(Writer(
    "design-agency-portland", "report", "hello@fernandfig-studio.example.com",
    "Warmly,\nAva, Fern & Fig",
    dress="quote",
    messages=[
        (REJ, "Junior Designer role", "Hi {name},\n\nThanks so much for sharing your portfolio. We've now met a few "
         "folks and decided to offer the junior designer role to someone with more packaging experience. I hope "
         "you find a studio that's a great home for your work."),
        (TEST, "Junior Designer - small exercise", "Hi {name},\n\nWe'd love to see a quick concept for a coffee label "
         "as a next step. No more than two hours, please!"),
        (OTHER, "Re: print quote", "Hi {name},\n\nThe printer declined the rush job, so we'll move the launch by a "
         "week."),
    ]))

W.append(Writer(
    "alerts-jobboard-us", "report", "alerts@careerlane-like.example.com",
    "CareerLane",
    "You're receiving this because you created a job alert. Unsubscribe.",
    messages=[
        (OTHER, "12 new Data Analyst jobs in Chicago", "Hi {name},\n\nHere are today's new matches: Data Analyst at "
         "Lakeshore Health, Junior BI Analyst at Windy Freight, Analyst I at Lakeside Bank. Apply with one click."),
        (OTHER, "Your application was viewed", "Hi {name},\n\nGood news: Windy Freight viewed your application for "
         "Junior BI Analyst."),
        (OTHER, "Tips to stand out in 2021", "Hi {name},\n\nRecruiters spend seconds on each resume. Here are five "
         "ways to make yours stand out."),
    ]))

W.append(Writer(
    "fellowship-nonprofit", "report", "fellowships@civicbridge.example.org",
    "Best,\nCivicBridge Fellowship Team",
    messages=[
        (OTHER, "CivicBridge Fellowship 2021", "Dear {name},\n\nThank you for applying for the CivicBridge Public "
         "Interest Fellowship. We are sorry to say that we are not able to offer you a fellowship this year. The "
         "pool was exceptionally strong."),
        (OTHER, "Travel grant", "Dear {name},\n\nYour travel grant request for the Civic Tech Summit has been "
         "declined because funds have been fully allocated."),
        (OTHER, "Fellowship interview", "Dear {name},\n\nYou have been selected for a fellowship interview with our "
         "board on February 20."),
    ]))

W.append(Writer(
    "hackathon-awards", "report", "team@hackmidwest-like.example.org",
    "The Organizers",
    dress="html",
    messages=[
        (OTHER, "Hackathon application decision", "Hi {name},\n\nThank you for applying to attend this year's "
         "hackathon. Due to limited space, we are unable to accept your application. We hope you'll apply again "
         "next year."),
        (OTHER, "Design award results", "Hi {name},\n\nThe judges have reviewed all entries. Your entry was not "
         "shortlisted this year, but we loved seeing it."),
        (OTHER, "You're in!", "Hi {name},\n\nYou've been accepted to the hackathon. See you on March 5!"),
    ]))

W.append(Writer(
    "auto-loan-lender", "report", "notices@summitauto-finance.example.com",
    "Summit Auto Finance",
    "Summit Auto Finance LLC. NMLS #000000. This is an automated message.",
    messages=[
        (OTHER, "Your loan application decision", "Dear {name},\n\nThank you for applying for an auto loan with "
         "Summit Auto Finance. After careful review, we are not able to approve your application at this time. "
         "You will receive an adverse action notice by mail."),
        (OTHER, "Refinance request", "Dear {name},\n\nWe've reviewed your refinance request and have decided not to "
         "proceed with it based on your current loan-to-value."),
        (OTHER, "Payment reminder", "Dear {name},\n\nYour payment of $312.40 is due on the 15th."),
    ]))

W.append(Writer(
    "sorority-and-clubs", "report", "recruitment@campus-greeks-like.example.edu",
    "In friendship,\nRecruitment Team",
    messages=[
        (OTHER, "Bid results", "Hi {name},\n\nThank you for participating in recruitment week. We're sorry to share "
         "that you did not receive a bid from our chapter this semester."),
        (OTHER, "Executive board application", "Hi {name},\n\nThank you for applying to join the executive board. "
         "We have chosen another member for the social chair position."),
        (OTHER, "Welcome week", "Hi {name},\n\nWelcome week starts Monday. See the schedule attached."),
    ]))

W.append(Writer(
    "coop-board-nyc", "report", "board@riverside-coop.example.org",
    "Riverside Gardens Co-op Board",
    messages=[
        (OTHER, "Purchase application - Apt 6C", "Dear {name},\n\nThe board has reviewed your purchase application "
         "for Apartment 6C and has decided not to approve it. We wish you luck in your search."),
        (OTHER, "Renovation request", "Dear {name},\n\nYour request to remove the kitchen wall has been denied by "
         "the board's engineer."),
        (OTHER, "Board interview", "Dear {name},\n\nThe board would like to meet you on Thursday at 7 pm in the "
         "community room."),
    ]))

W.append(Writer(
    "ats-short-notices-report", "report", "notifications@apply.harborline-like.example.com",
    "",
    "Sent by Harborline Careers. Please do not reply.",
    dress="oneline",
    messages=[
        (REJ, "Thank you for your interest in Harborline", "{name}, thank you for applying for Junior Designer. "
         "Unfortunately we will not be moving forward with your application."),
        (REJ, "Harborline: Associate Engineer - not selected", "Hi {name}, we've selected other candidates for this "
         "position."),
        (REJ, "Regarding your application", "Hi {name}, the Marketing Analyst role is no longer available."),
        (ACK, "Harborline: application received", "Hi {name}, thanks for applying for Associate Engineer. If your "
         "experience is a match, our team will be in touch."),
        (REJ, "Your application", "Hi {name}, after reviewing your coding challenge we have decided not to proceed."),
    ]))

W.append(Writer(
    "government-internship-us", "report", "noreply@statejobs-like.example.gov",
    "Department of Transportation\nHuman Resources Office",
    "This is an automatically generated message. Please do not reply.",
    messages=[
        (REJ, "Notice of Results - Student Engineering Intern", "Dear {name},\n\nThank you for your interest. Your "
         "application for Student Engineering Intern (Announcement 19-044) was reviewed. You were not selected for "
         "this position."),
        (ACK, "Application Received - Announcement 19-051", "Dear {name},\n\nYour application for GIS Analyst I "
         "has been received. You will be notified if you are referred to the hiring manager."),
        (REJ, "Announcement 19-051 GIS Analyst I - Cancelled", "Dear {name},\n\nThe vacancy announcement for GIS "
         "Analyst I has been cancelled. No selection will be made."),
        (ACK, "Notice of Results - referred", "Dear {name},\n\nYour application has been referred to the hiring "
         "manager for further consideration. The hiring manager may contact you for an interview."),
    ]))

W.append(Writer(
    "agency-tech-staffing-report", "report", "chris@summitbridge-staffing.example.com",
    "Chris Patel\nSummitBridge Staffing",
    messages=[
        (REJ, "Re: Front End Developer", "Hey {name}, the manager came back and they're going with someone else. "
         "Sorry man, we'll get the next one."),
        (REJ, "Re: Help Desk Technician", "Hi {name}, bad news, the client filled the Help Desk spot internally."),
        (OUTREACH, "React developer opening", "Hi {name}, I have a contract-to-hire React role in Irvine that looks "
         "like a great fit. Free for a call this week?"),
        (ACK, "Re: Front End Developer", "Hi {name}, your resume is with the hiring manager now; I'll let you know "
         "as soon as I hear anything."),
        (REJ, "Re: interview feedback", "Hi {name}, got feedback from Tuesday. They liked you but felt you were "
         "light on AWS, so they won't be moving forward."),
    ]))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hi,\n> Just following up on my application. "
          "Is there any update you can share?\n> Thanks,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px 0;font-family:Helvetica,Arial\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body><div>{paras}</div></body></html>"


DRESS = Dress(QUOTED, "Mon, Mar 8, 2021 at 4:12 PM", _html, quote_on=1, html_on=0, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)
