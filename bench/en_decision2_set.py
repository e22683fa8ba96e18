"""English decisions read by their grammar: rejections in many sentence shapes, and decisions about other things.

Written for this project (never real mail), the eleventh session, by writers none of the earlier English sets
has: NHS trusts and boards in England and Scotland, London and shire councils, an Irish and an Australian
university, law firms in Johannesburg and Edinburgh, trade unions, retailers in Canada and the UK, start-ups in
Singapore and Toronto, mining in Perth, engineering in Durban, consultancies and product firms in India, a
Sydney charity, applicant-tracking notices. What varies is the grammar of the decision: said once, in the middle
of a letter, after two sentences of thanks; passive and impersonal ("it was decided", "your application will not
be progressed", "the vacancy has been withdrawn"); the panel as subject ("the panel did not shortlist you");
the role given to someone ("we have offered the role to"); "on this occasion you have not been successful";
hedged and kept-on-file shapes.

The look-alikes speak in the same voices: acknowledgements that sound negative ("if you do not hear from us"),
conditionals ("should you not be shortlisted"), a candidate's own withdrawal confirmed, interview invitations
that mention other candidates; and about a third of the set is mail that is not about a job at all and still
carries a decision: a grant, a loan, a tenancy, a school place, a visa, planning permission, a supplier tender
found "unsuccessful".

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report"
writers are measured only at the start and at the end of a piece of work, and their mistakes are never printed.
`messages()` yields the dressed messages; `bench/mail_en_decisions2.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW, OFFER, TEST = (
    "rejection", "application_ack", "other", "interview", "offer", "assessment")
NAMES = ("Saoirse", "Thabo", "Priyanka", "Callum", "Mei", "Oluwaseun", "Bronwyn", "Declan", "Farah", "Jasper",
         "Lerato", "Ishaan")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "pennine-community-nhs", "tune", "recruitment@penninecommunity.nhs.example.uk",
    "With best wishes\nResourcing Hub\nPennine Community Health NHS Trust",
    "This message was sent from an unmonitored account. Pennine Community Health is a Disability Confident "
    "Leader and a Living Wage employer.",
    messages=[
        (REJ, "Community Nurse (Band 6) - outcome", "Dear {name}\n\nMany thanks for the time you gave to the "
         "interview on Thursday and for the care you clearly put into your presentation. After a great deal of "
         "discussion it was decided that your application would not go any further on this occasion. The panel "
         "has asked me to pass on that your safeguarding answers were very strong."),
        (REJ, "Ref PCH-3319 Occupational Therapist", "Dear {name}\n\nThank you for applying. Shortlisting for "
         "this post is now complete and I am sorry to tell you that the panel did not shortlist you for interview. "
         "The number of applicants meeting every essential criterion was unusually high."),
        (REJ, "Health Visitor post", "Dear {name}\n\nI am writing about the Health Visitor post in the Calder "
         "locality. Following a review of caseloads the post is no longer required and the advert has been "
         "withdrawn. Your application will therefore not be taken any further."),
        (ACK, "Receipt of your application PCH-3340", "Dear {name}\n\nYour application for Clinical Coder has "
         "reached us. Shortlisting takes place after the closing date. If you do not hear from us within three "
         "weeks of that date, you should assume that you have not been shortlisted this time."),
        (INTERVIEW, "Interview - Community Nurse (Band 6)", "Dear {name}\n\nThe panel would like to invite you to "
         "interview on Thursday 4 June at Calder House. Six candidates have been shortlisted, and each will give "
         "a ten-minute presentation on discharge planning. Please confirm your attendance by reply."),
        (OTHER, "Withdrawal confirmed - Ref PCH-3321", "Dear {name}\n\nAs you asked, we have withdrawn your "
         "application for Ward Manager and told the panel you will not be attending on Monday. Thank you for "
         "letting us know, and good luck with your new post."),
        (REJ, "Bank Healthcare Support Worker", "Dear {name}\n\nWe have now reached a decision regarding the bank "
         "Healthcare Support Worker roles. Regrettably your application has not been progressed to the next "
         "stage. You are welcome to apply again in six months."),
    ]))

W.append(Writer(
    "borough-council-london", "tune", "hr.recruitment@lambrook.gov.example.uk",
    "Yours sincerely\n\nPeople and Organisational Development\nLondon Borough of Lambrook", dress="quote",
    messages=[
        (REJ, "Your application: Parking Enforcement Officer", "Dear {name},\n\nThank you for your recent "
         "application for the above post. Having carefully assessed all the applications received, the "
         "recruiting manager has not selected you to go forward to the assessment centre."),
        (REJ, "Housing Options Adviser LBL/2291", "Dear {name},\n\nThank you for attending the assessment day. "
         "We have now offered the role to another applicant, whose casework experience matched our current "
         "priorities more closely. We are grateful for the effort you put in."),
        (REJ, "Re: Planning Technician vacancy", "Dear {name},\n\nFurther to your email, I can confirm that a "
         "decision has been taken and your application for Planning Technician will not be progressed. I realise "
         "this is not the news you hoped for."),
        (REJ, "Libraries Assistant - recruitment update", "Dear {name},\n\nDue to a freeze on recruitment across "
         "the council, the Libraries Assistant vacancy has been put on hold indefinitely, and we are closing "
         "the campaign without making an appointment."),
        (ACK, "Application reference LBL/2304", "Dear {name},\n\nWe confirm receipt of your application for "
         "Youth Worker. Please note that due to the volume of applications we are unable to reply to every "
         "applicant individually. If you have not heard from us by 30 September, unfortunately you have not "
         "been successful on this occasion."),
        (INTERVIEW, "Invitation to interview - Youth Worker", "Dear {name},\n\nI am pleased to tell you that you "
         "have been shortlisted. Interviews will be held on 8 October; you will be one of four candidates seen "
         "that day. Please bring proof of your right to work in the UK."),
        (OFFER, "Conditional offer - Parking Enforcement Officer", "Dear {name},\n\nFollowing your interview I "
         "am delighted to make you a conditional offer of employment for the post of Parking Enforcement "
         "Officer, subject to satisfactory references and a basic DBS check."),
    ]))

W.append(Writer(
    "university-dublin-admin", "tune", "hr-recruitment@liffeyside.example.ie",
    "Kind regards,\nHuman Resources\nLiffeyside University, Dublin",
    messages=[
        (REJ, "Competition LU-HR-118 Administrative Officer", "Dear {name},\n\nThe Selection Board for the "
         "Administrative Officer competition has now completed its work. I regret that the Board did not "
         "recommend you for appointment. A panel of successful candidates has been formed and will remain in "
         "place for twelve months."),
        (REJ, "Post of Research Assistant (Ref 24/311)", "Dear {name},\n\nThank you for your interest in the "
         "Research Assistant post in the School of Chemistry. Following the shortlisting process, you were not "
         "among the candidates called to interview."),
        (REJ, "Your candidacy - Lecturer in Law", "Dear {name},\n\nOn behalf of the interview board I want to "
         "thank you for your presentation. The board has decided to offer the lectureship to a candidate whose "
         "research aligns with the School's strategic plan. We wish you well."),
        (REJ, "Re: Technician post", "Dear {name},\n\nI'm afraid we will not be moving your application forward "
         "for the Technician post - the funding for it was not renewed and the post will not now be filled."),
        (ACK, "Acknowledgement - Competition LU-HR-121", "Dear {name},\n\nThis is to acknowledge your application. "
         "Should you not be shortlisted, you will be notified by email within six weeks of the closing date. "
         "Please do not contact the School directly."),
        (OTHER, "Your withdrawal from competition LU-HR-118", "Dear {name},\n\nThank you for your email. We note "
         "that you no longer wish to be considered for the Administrative Officer competition and have removed "
         "your name from the list. We hope to see you apply to the University again."),
        (TEST, "Online assessment - Administrative Officer", "Dear {name},\n\nYou have progressed to the next "
         "stage, an online assessment of about 50 minutes. Candidates who do not complete it by Friday will not "
         "go forward to interview, so please take it soon."),
    ]))

W.append(Writer(
    "law-firm-johannesburg", "tune", "graduates@mabasa-naidoo.example.co.za",
    "Warm regards\nGraduate Recruitment\nMabasa Naidoo Attorneys",
    messages=[
        (REJ, "Candidate Attorney Programme 2027", "Dear {name}\n\nThank you for applying to our 2027 Candidate "
         "Attorney Programme. We received over 1,400 applications for 18 places. Regrettably, your application was "
         "not taken through to the vacation scheme stage."),
        (REJ, "Vacation work - outcome", "Dear {name}\n\nThank you for spending the winter vacation with us. "
         "The partners met this week and, after long deliberation, it was agreed that we would not be extending "
         "a contract offer to you. Please do ask for feedback from your supervising attorney."),
        (REJ, "Associate (Commercial) - Sandton", "Dear {name}\n\nI have now had the chance to discuss your CV "
         "with the head of the commercial department. Your experience is impressive, but the department has gone "
         "with an associate who has more M&A work behind them."),
        (ACK, "Your application has been received", "Dear {name}\n\nThank you for your application to the "
         "Candidate Attorney Programme. Applications close on 31 May. Because of the numbers, only shortlisted "
         "applicants will be contacted; if you do not hear from us by 30 June, please consider your application "
         "unsuccessful."),
        (INTERVIEW, "Assessment day invitation", "Dear {name}\n\nCongratulations - you have been selected for our "
         "assessment day on 14 July. You will work in a group with other candidates on a case study, followed by "
         "a short interview with two partners."),
        (REJ, "Re: Associate position", "Dear {name}\n\nA quick note to let you know the associate position in "
         "our Durban office has been filled. We will hold on to your CV in case something similar comes up."),
        (OFFER, "Offer of articles", "Dear {name}\n\nWe are delighted to offer you articles of clerkship with "
         "Mabasa Naidoo Attorneys from January 2027. Your contract is attached for signature."),
    ]))

W.append(Writer(
    "union-organiser-uk", "tune", "jobs@allied-workers.example.org.uk",
    "In solidarity,\nGareth Pryce\nRegional Secretary, Allied Workers Union (Wales)",
    messages=[
        (REJ, "Organiser post - Cardiff", "Hi {name},\n\nThanks for coming in on Tuesday. The panel were "
         "impressed with your campaign experience, but I have to let you know we won't be appointing you to the "
         "Organiser post. We went for someone with more time in the health sector."),
        (REJ, "Your application - Membership Officer", "Hi {name},\n\nThank you for applying. I'm sorry to say "
         "you haven't been shortlisted for Membership Officer - we had a big field, a lot of them members "
         "already active in their branches."),
        (REJ, "Regional Officer recruitment", "Hi {name},\n\nThe NEC has paused all recruitment to regional "
         "officer posts until after conference, so I'm afraid the vacancy you applied for no longer exists in its "
         "current form. I'll let you know if it is readvertised."),
        (OTHER, "Ballot result - pay offer", "Hi {name},\n\nThe ballot on the employer's pay offer has closed. "
         "Members voted to reject the offer by 71 per cent on a 58 per cent turnout, so the executive has decided "
         "not to accept it and to return to negotiations."),
        (OTHER, "Your hardship fund application", "Hi {name},\n\nThe hardship committee met on Monday. I'm sorry "
         "to say your claim has not been approved this time, as the fund only covers members in dispute. You can "
         "appeal to the branch within 14 days."),
        (INTERVIEW, "Interview for Organiser post", "Hi {name},\n\nGood news - we'd like to interview you for the "
         "Organiser post on 3 March in Cardiff. There will be three of you on the day; each will run a short "
         "mock recruitment conversation."),
    ]))

W.append(Writer(
    "retailer-canada-seasonal", "tune", "noreply@careers.northernpine.example.ca",
    "Northern Pine Outfitters | Talent Acquisition", "You are receiving this because you applied through "
    "careers.northernpine.example.ca. Northern Pine Outfitters, 400 King St W, Toronto ON.", dress="html",
    messages=[
        (REJ, "Your Northern Pine application", "Hi {name},\n\nThank you for applying for Sales Associate "
         "(Store 118, Halifax). After reviewing applications, the store team will not be proceeding with your "
         "candidacy. Keep an eye on our careers site for new openings."),
        (REJ, "An update on Stock Associate - Winnipeg", "Hi {name},\n\nWe wanted to let you know that the Stock "
         "Associate posting at our Winnipeg store has been closed, and no hire will be made from this posting."),
        (REJ, "Application status: Assistant Store Manager", "Hi {name},\n\nThanks for your patience. After your "
         "interviews with the district team, we have chosen to move ahead with another candidate for Assistant "
         "Store Manager."),
        (ACK, "Thanks for applying!", "Hi {name},\n\nWe have your application for Sales Associate. Our store "
         "managers review applications weekly. Please don't worry if you don't hear back right away - we only "
         "reach out when your availability matches an opening."),
        (INTERVIEW, "Let's chat - Sales Associate", "Hi {name},\n\nThe Halifax store would like to interview you! "
         "We're meeting a few applicants this week for the holiday season. Book a 20-minute slot here."),
        (REJ, "Your application was not selected", "Hi {name},\n\nUnfortunately, you were not selected for "
         "Visual Merchandiser at our Calgary store. We appreciate your interest in Northern Pine."),
        (OTHER, "Your Pine Rewards card application", "Hi {name},\n\nThanks for applying for a Pine Rewards "
         "credit card. Unfortunately we are unable to approve your application at this time, based on "
         "information from the credit bureau. You will receive a letter explaining the decision."),
    ]))

W.append(Writer(
    "startup-singapore-founder", "tune", "wen.jie@tidepool.example.sg",
    "Cheers,\nWen Jie\nCo-founder, Tidepool", dress="oneline",
    messages=[
        (REJ, "Tidepool - backend role", "hey {name}, thanks for doing the take-home and for the chat with Ravi. "
         "we talked it over as a team and decided not to go ahead - mostly we need someone who has run postgres "
         "at scale already. really appreciate the time you put in."),
        (REJ, "re: product designer", "hi {name}, sorry it took a week. we ended up hiring a designer we'd "
         "worked with before, so the role is no longer open. happy to intro you to a couple of friends' startups "
         "if helpful."),
        (REJ, "quick update", "hi {name} - honest update: we've paused hiring for the growth role after our "
         "funding round slipped. so we're not taking your application further for now. sorry, this sucks."),
        (INTERVIEW, "tidepool - next step?", "hey {name}, loved your take-home! we're talking to two other "
         "people for the role too, but we'd like you to come in and meet the rest of the team on friday. does "
         "2pm work?"),
        (OTHER, "re: seed round", "hi {name}, thanks for the note about your angel syndicate. we decided not to "
         "take more money into this round, it's closed at 1.2m. let's keep in touch for the A."),
        (OTHER, "re: office space", "hey {name} - the landlord turned down our application for the unit at "
         "Tanjong Pagar, someone else got it. we'll keep working from the cafe for now."),
    ]))

W.append(Writer(
    "ats-jazzhr-notices", "tune", "notifications@app.hirestack.example",
    "", "Powered by HireStack. Do not reply to this message. Manage your candidate data: "
    "hirestack.example/privacy", dress="html",
    messages=[
        (REJ, "Update on your application to Coastline Dental", "Hi {name},\n\nThank you for applying for the "
         "Dental Receptionist position at Coastline Dental. Your application has been reviewed and will not be "
         "advanced at this time.\n\nCoastline Dental Hiring Team"),
        (REJ, "Quarry Labs: Junior QA Engineer", "Hi {name},\n\nThe hiring team at Quarry Labs has reviewed your "
         "application for Junior QA Engineer. The team has decided to move forward with candidates whose "
         "experience better matches the current needs of the role.\n\nQuarry Labs"),
        (REJ, "Your application - Brightwater Property", "Hi {name},\n\nThe Leasing Consultant position at "
         "Brightwater Property has been filled. Thank you for your interest.\n\nBrightwater Property"),
        (ACK, "Application received: Fieldhouse Gyms", "Hi {name},\n\nThank you for applying for Front Desk "
         "Associate at Fieldhouse Gyms. Your application was received and is under review. If the team does not "
         "move forward, you will be notified through this system.\n\nFieldhouse Gyms"),
        (TEST, "Fieldhouse Gyms: questionnaire", "Hi {name},\n\nThe team at Fieldhouse Gyms would like you to "
         "complete a short questionnaire for Front Desk Associate. Applicants who do not complete it within 5 "
         "days will not be considered.\n\nFieldhouse Gyms"),
        (REJ, "Status change: Orbit Solar", "Hi {name},\n\nYour application for Solar Sales Representative at "
         "Orbit Solar was not selected for further consideration.\n\nOrbit Solar"),
    ]))

W.append(Writer(
    "mining-perth-au", "tune", "careers@ironbark-resources.example.com.au",
    "Regards,\nTalent Team | Ironbark Resources\nPerth WA",
    messages=[
        (REJ, "Graduate Mining Engineer - 2027 intake", "G'day {name},\n\nThanks for putting your hand up for our "
         "2027 graduate intake. We had a strong field this year and on this occasion you haven't been successful "
         "in progressing to the assessment centre."),
        (REJ, "FIFO Maintenance Planner", "G'day {name},\n\nThank you for the phone interview. The role has since "
         "been offered to an internal candidate from our Pilbara site, so we won't be taking things further."),
        (REJ, "Your application: Haul Truck Operator (Trainee)", "G'day {name},\n\nThe trainee operator program "
         "for this swing is now full. Your application did not progress past screening, but you are welcome to "
         "apply for the next intake in March."),
        (ACK, "Application received - Geologist", "G'day {name},\n\nYour application for Exploration Geologist "
         "is in. Please be patient: site rosters mean our reviews take time. If you haven't been contacted in "
         "four weeks, assume we are not progressing with your application this time."),
        (INTERVIEW, "Ironbark - interview for Maintenance Planner", "G'day {name},\n\nWe'd like to set up a video "
         "interview for the Maintenance Planner role. We're speaking with a small number of candidates, so "
         "please grab a time that suits you on the link below."),
        (OFFER, "Letter of offer - Graduate Mining Engineer", "G'day {name},\n\nCongratulations! We're pleased "
         "to offer you a place in our 2027 graduate program, starting 2 February in Perth. Your letter of offer "
         "is attached."),
        (REJ, "Re: Safety Advisor role", "Hi {name},\n\nJust following up after your interview. Unfortunately "
         "the panel didn't recommend you for the Safety Advisor role - they felt your site experience was "
         "lighter than the others on the shortlist."),
    ]))

W.append(Writer(
    "municipality-calgary", "tune", "hr@foothillscounty.example.ca",
    "Sincerely,\nHuman Resources Services\nFoothills County", dress="quote",
    messages=[
        (REJ, "Competition FC-2026-044 Equipment Operator II", "Dear {name},\n\nThank you for participating in "
         "the competition for Equipment Operator II. We regret to advise that your candidacy will not proceed "
         "further in this competition."),
        (REJ, "Bylaw Officer competition", "Dear {name},\n\nThis letter is to advise that, following the "
         "interviews, the hiring board has selected the successful candidate for the Bylaw Officer position. "
         "You were not the successful candidate."),
        (REJ, "Recreation Programmer (Term)", "Dear {name},\n\nPlease be advised that the term Recreation "
         "Programmer position has been cancelled due to budget changes. All applications for this competition "
         "have been closed."),
        (ACK, "Application received - Bylaw Officer", "Dear {name},\n\nWe have received your application. Only "
         "candidates selected for interview will be contacted. Applicants who are not contacted by the end of "
         "the month should understand that they were not screened in."),
        (OTHER, "Development permit DP-26-0381", "Dear {name},\n\nThe Municipal Planning Commission has considered "
         "your application for a development permit for an accessory building. The application was refused "
         "because the building exceeds the maximum allowed height. You may appeal this decision within 21 days."),
        (OTHER, "Your recreation subsidy application", "Dear {name},\n\nThank you for applying to the Fee "
         "Assistance Program. Unfortunately we cannot approve your application as the household income is above "
         "the threshold. Please contact us if your circumstances change."),
    ]))

W.append(Writer(
    "tech-bangalore-product", "tune", "talent@kavach.example.in",
    "Thanks and regards,\nTalent Acquisition Team\nKavach Technologies Pvt Ltd, Bengaluru",
    messages=[
        (REJ, "Kavach | SDE-2 | Interview feedback", "Dear {name},\n\nGreetings from Kavach! Thank you for taking "
         "the time to attend the interview rounds for SDE-2. Post evaluation, the panel has decided not to proceed "
         "with your profile for this role. We will keep your profile in our database for future openings."),
        (REJ, "Regarding your application for Product Analyst", "Dear {name},\n\nThank you for your interest. We "
         "regret to inform that your candidature has not been shortlisted for the Product Analyst position."),
        (REJ, "Kavach - Data Engineer position", "Dear {name},\n\nThank you for completing the technical round. "
         "Kindly note that the requirement for Data Engineer has been closed from the client side, hence we "
         "will not be able to take your candidature ahead."),
        (ACK, "Application received | Kavach", "Dear {name},\n\nThank you for applying to Kavach. Our team will "
         "review your profile. In case your profile is not shortlisted, you will not receive a separate "
         "communication; we request you to check the portal for your status."),
        (INTERVIEW, "Interview schedule - SDE-2", "Dear {name},\n\nYour profile has been shortlisted for SDE-2. "
         "Please find below the schedule for your technical round on 12th June at 11 AM. Kindly confirm your "
         "availability at the earliest."),
        (REJ, "Status update", "Dear {name},\n\nPlease note that the position of QA Lead has been filled "
         "internally, hence your application will not be processed further. We appreciate your interest."),
        (OTHER, "Your leave application", "Dear {name},\n\nYour leave application for 14-18 July has not been "
         "approved by your reporting manager due to the release schedule. Please re-apply after discussing "
         "alternative dates."),
    ]))

W.append(Writer(
    "bank-loan-uk", "tune", "lending@harbourside-bs.example.co.uk",
    "Yours sincerely\n\nLending Decisions\nHarbourside Building Society",
    "Harbourside Building Society is authorised by the Prudential Regulation Authority. Please do not reply.",
    messages=[
        (OTHER, "Your personal loan application", "Dear {name}\n\nThank you for applying for a personal loan. "
         "We have carefully considered your application and I am sorry to tell you that we are unable to offer "
         "you a loan on this occasion. This decision was based on our lending criteria."),
        (OTHER, "Mortgage application - decision in principle", "Dear {name}\n\nYour decision in principle for a "
         "mortgage of up to £240,000 has been approved. This is not a formal offer; your full application will "
         "be assessed once you have found a property."),
        (OTHER, "Your mortgage application HBS-771203", "Dear {name}\n\nFollowing the underwriter's review, we "
         "have decided not to proceed with your mortgage application. The valuation of the property came back "
         "below the purchase price. Your broker has been informed."),
        (OTHER, "Overdraft request", "Dear {name}\n\nYour request to increase your arranged overdraft to £1,500 "
         "was not successful. We review requests using your account history and credit file."),
        (OTHER, "Complaint reference C-55120", "Dear {name}\n\nWe have completed our investigation into your "
         "complaint. Having reviewed the calls, we have decided not to uphold it. If you are not satisfied, you "
         "may refer it to the Financial Ombudsman Service."),
        (OTHER, "Savings account application", "Dear {name}\n\nThank you for applying for a Regular Saver. We "
         "could not verify your identity from the details you gave, so your application will not be processed. "
         "Please visit a branch with photo ID."),
    ]))

W.append(Writer(
    "lettings-cork", "tune", "lettings@leeside-homes.example.ie",
    "Kind regards,\nAoife\nLeeside Homes Lettings, Cork", dress="quote",
    messages=[
        (OTHER, "Re: 14 Sunday's Well Road", "Hi {name},\n\nThanks for viewing the apartment on Saturday. The "
         "landlord has chosen another applicant for the property, so I'm afraid it is no longer available. I'll "
         "send on anything similar that comes in."),
        (OTHER, "Your application for 3 Lavitt's Quay", "Hi {name},\n\nUnfortunately your application for 3 "
         "Lavitt's Quay was not successful. The landlord went with a tenant who could move in this month."),
        (OTHER, "Re: viewing Thursday", "Hi {name},\n\nApologies, the Thursday viewing is cancelled as the "
         "property has been let. We have two similar units in Blackpool coming up next week if you'd like to "
         "see them."),
        (OTHER, "Tenancy renewal", "Hi {name},\n\nThe landlord has decided not to renew the lease when it ends on "
         "31 August, as they intend to sell. You will receive formal notice by post as the law requires."),
        (OTHER, "Reference check", "Hi {name},\n\nWe're still waiting on your employer reference. Should we not "
         "receive it by Friday, we won't be able to hold the apartment for you."),
        (OTHER, "Deposit returned", "Hi {name},\n\nGood news - the inspection is done and your full deposit of "
         "€1,800 has been returned to your account today."),
    ]))

W.append(Writer(
    "research-council-grants", "tune", "grants@ukri-style-council.example.org.uk",
    "Yours sincerely\n\nFunding Operations\nNatural Systems Research Council", "",
    messages=[
        (OTHER, "Outcome: NS/Y00218/1", "Dear {name}\n\nThank you for submitting your proposal to the Standard "
         "Grant round. The panel met on 12 May. I regret to inform you that your proposal was not recommended for "
         "funding. The panel's feedback is attached."),
        (OTHER, "Fellowship scheme - shortlisting", "Dear {name}\n\nI am sorry to tell you that your fellowship "
         "application has not been shortlisted for interview. Competition was exceptionally strong this round, "
         "with 19 per cent of applications invited."),
        (OTHER, "Funding decision NS/Y00244/1", "Dear {name}\n\nI am pleased to inform you that the council has "
         "decided to fund your proposal in full. Your grant will start on 1 October."),
        (OTHER, "Studentship allocation", "Dear {name}\n\nThe doctoral training partnership has decided not to "
         "allocate a studentship to your project in this round. You may resubmit the project next year."),
        (OTHER, "Peer review invitation", "Dear {name}\n\nWould you be able to review a proposal for the council? "
         "If you are not able to review it, please decline the invitation so that we can approach someone else."),
        (OTHER, "Equipment bid outcome", "Dear {name}\n\nYour bid to the capital equipment fund was unsuccessful. "
         "The fund was six times oversubscribed and the panel prioritised shared facilities."),
    ]))

W.append(Writer(
    "school-admissions-council", "tune", "admissions@westshire.gov.example.uk",
    "School Admissions Team\nWestshire County Council",
    "This email and any attachments are confidential. Westshire County Council.",
    messages=[
        (OTHER, "Secondary school offer day - your child's place", "Dear {name}\n\nWe have not been able to offer "
         "your child a place at any of your preferred schools. Your child has been offered a place at Hillcrest "
         "Academy, the nearest school with places. You have the right to appeal."),
        (OTHER, "In-year transfer request", "Dear {name}\n\nYour application for a place at St Anne's Primary "
         "for Year 3 has been refused because the year group is full. Your child's name has been added to the "
         "waiting list."),
        (OTHER, "Admission appeal result", "Dear {name}\n\nThe independent appeal panel met on 18 June. The panel "
         "decided that your appeal should not be upheld, and its decision is binding on the council and you."),
        (OTHER, "Home to school transport", "Dear {name}\n\nYour application for free home to school transport "
         "was not approved, as your child attends a school that is not the nearest suitable school."),
        (OTHER, "Reception place offered", "Dear {name}\n\nWe are pleased to tell you that your child has been "
         "offered a Reception place at Oakfield Primary, your first preference."),
        (OTHER, "Waiting list update", "Dear {name}\n\nYour child is now third on the waiting list for Meadow "
         "Lane School. If a place becomes available we will contact you; if you do not hear from us, your child "
         "remains on the list."),
    ]))

W.append(Writer(
    "supplier-tender-procurement", "tune", "procurement@calderbridge.example.gov.uk",
    "Regards,\nCommercial Services\nCalderbridge City Council", dress="quote",
    messages=[
        (OTHER, "Tender CBC-2026-017 Grounds Maintenance - outcome", "Dear {name},\n\nThank you for your tender. "
         "The evaluation is complete and I regret to advise that your bid was unsuccessful. The contract has been "
         "awarded to the most economically advantageous tender. A standstill period now applies."),
        (OTHER, "Framework Lot 3 - not appointed", "Dear {name},\n\nFollowing evaluation, your organisation has "
         "not been appointed to Lot 3 (Catering Supplies) of the framework. Your scores and the winning bidder's "
         "are set out in the attached letter."),
        (OTHER, "Selection questionnaire result", "Dear {name},\n\nYour selection questionnaire did not reach the "
         "minimum score, so your company will not be invited to tender for the ICT support contract."),
        (OTHER, "Clarification question 14", "Dear {name},\n\nIn answer to your clarification question: bids "
         "that are not submitted through the portal by noon on 12 March will be rejected. Late bids will not be "
         "considered under any circumstances."),
        (OTHER, "Contract award - Street Lighting", "Dear {name},\n\nWe are pleased to tell you that your tender "
         "has been successful and we intend to award you the street lighting contract, subject to the standstill "
         "period."),
        (OTHER, "Supplier invoice query", "Dear {name},\n\nInvoice 4471 was rejected by our payments system as "
         "the purchase order number was missing. Please resubmit it with the PO number."),
    ]))

W.append(Writer(
    "agency-belfast", "tune", "ciaran@lagan-recruit.example.co.uk",
    "Cheers\nCiaran\nLagan Recruitment, Belfast",
    messages=[
        (REJ, "Re: Payroll Administrator", "Hi {name},\n\nI've heard back from the client. They've interviewed "
         "four and decided to offer the job to a candidate with Sage experience, so it's a no for you this "
         "time. I've a couple of other roles I'd like to talk you through."),
        (REJ, "Credit Controller - feedback", "Hi {name},\n\nUnfortunately the client has decided against taking "
         "your application forward. Their feedback was that they want someone who can start immediately."),
        (REJ, "Re: Office Manager role", "Hi {name},\n\nBad news I'm afraid - the client has pulled the Office "
         "Manager role altogether after a restructure, so there's nothing to go forward to."),
        (ACK, "Your CV", "Hi {name},\n\nThanks for sending your CV through. I'll be honest, not every client "
         "gives feedback, so if you don't hear from me about a role, it's usually because they went another way. "
         "I'll call you Monday either way."),
        (INTERVIEW, "Interview confirmed - Payroll Administrator", "Hi {name},\n\nGreat news, the client wants "
         "to meet you on Wednesday at 2pm. They're seeing a few candidates, so bring examples of month-end work."),
        (OTHER, "Timesheet query", "Hi {name},\n\nYour timesheet for last week was rejected by the client's "
         "system because the hours didn't match the booking. Can you resubmit with 37.5?"),
    ]))

# ================================================================================================ report writers
W.append(Writer(
    "nhs-scotland-board", "report", "recruitment@lochside.scot.nhs.example.uk",
    "Kind regards\nRecruitment Services\nNHS Lochside", "NHS Lochside is the common name of Lochside Health Board.",
    messages=[
        (REJ, "Vacancy LOC-77210 Staff Nurse - Mental Health", "Dear {name}\n\nThank you for your application. "
         "The recruiting panel have considered all applications against the job description and have not "
         "taken your application forward to interview on this occasion."),
        (REJ, "Post of Radiographer - interview outcome", "Dear {name}\n\nThank you for attending for interview. "
         "The post has been offered to another candidate and I am sorry that I cannot bring you better news."),
        (REJ, "Withdrawal of vacancy LOC-77233", "Dear {name}\n\nThe vacancy for Admin Officer (Band 3) has been "
         "withdrawn following a service redesign, and no appointment will be made."),
        (ACK, "Application acknowledgement LOC-77240", "Dear {name}\n\nYour application has been passed to the "
         "recruiting manager. If you have not been contacted within three weeks of the closing date, please "
         "assume you have not been successful."),
        (INTERVIEW, "Interview - Radiographer", "Dear {name}\n\nYou have been shortlisted for interview for the "
         "post of Radiographer. Interviews will take place on 2 April; there are five candidates, and you are "
         "invited for 11.30."),
        (OTHER, "Confirmation of withdrawal", "Dear {name}\n\nWe confirm that your application for Pharmacy "
         "Technician has been withdrawn as you requested. We wish you well for the future."),
        (REJ, "Your application: Domestic Assistant", "Dear {name}\n\nI am writing to let you know that it has "
         "been decided not to invite you for interview for the Domestic Assistant post."),
    ]))

W.append(Writer(
    "county-council-shire", "report", "jobs@northfold.gov.example.uk",
    "Best wishes\n\nRecruitment Team\nNorthfold County Council", dress="html",
    messages=[
        (REJ, "Social Worker - Children's Services", "Dear {name}\n\nThank you for your interest in the Social "
         "Worker role. Having reviewed your application against the person specification, we will not be "
         "progressing it further."),
        (REJ, "Highways Inspector", "Dear {name}\n\nThank you for taking part in the interview. Sadly you have not "
         "been successful on this occasion; the panel appointed a candidate with a longer highways background."),
        (REJ, "Apprentice Business Administrator", "Dear {name}\n\nWe are sorry to let you know the apprenticeship "
         "has been filled. We had many strong applications from young people across the county."),
        (ACK, "We've received your application", "Dear {name}\n\nThank you for applying for Customer Service "
         "Adviser. Shortlisting will take place on 14 May. Should you not be shortlisted, we will let you know "
         "by email."),
        (OTHER, "Blue Badge application", "Dear {name}\n\nWe have assessed your Blue Badge application and are "
         "unable to issue a badge, as the evidence provided does not meet the eligibility criteria. You can ask "
         "us to review this decision."),
        (OTHER, "Your planning application 26/01144/HOU", "Dear {name}\n\nThe council has refused planning "
         "permission for the proposed rear extension. The reasons for refusal are set out in the decision notice "
         "attached."),
        (INTERVIEW, "Interview invitation - Social Worker", "Dear {name}\n\nWe would like to invite you to "
         "interview for Social Worker on 20 May. The other shortlisted candidates will also complete a short "
         "written exercise on the day."),
    ]))

W.append(Writer(
    "university-melbourne-faculty", "report", "careers@yarrabend.example.edu.au",
    "Kind regards,\nRecruitment Team\nYarrabend University",
    messages=[
        (REJ, "Lecturer in Nursing (Ref 0061344)", "Dear {name},\n\nThank you for applying for the Lecturer in "
         "Nursing position. The selection committee has now assessed all applications and you have not been "
         "shortlisted. We wish you every success."),
        (REJ, "Research Fellow - outcome of your application", "Dear {name},\n\nAfter very careful consideration "
         "the panel has made an appointment to the Research Fellow role and I regret that it was not you. The "
         "field was exceptionally competitive."),
        (REJ, "Re: Senior Lecturer in Economics", "Dear {name},\n\nI wanted to write personally after your "
         "campus visit. The committee has recommended another applicant for appointment. Your seminar was very "
         "well received, and I hope you will consider applying to us again."),
        (ACK, "Application received - Lecturer in Nursing", "Dear {name},\n\nThank you for your application. The "
         "committee will meet after the closing date. We aim to contact all applicants; unsuccessful applicants "
         "will be advised once an appointment has been made."),
        (OTHER, "Your scholarship application", "Dear {name},\n\nWe regret that your application for the "
         "Graduate Research Scholarship was not successful in this round. The ranking list is available on "
         "request."),
        (OTHER, "Conference travel grant", "Dear {name},\n\nYour application for a conference travel grant has "
         "been declined, as the scheme's funds for this year are fully committed."),
        (OFFER, "Offer of appointment - Lecturer in Nursing", "Dear {name},\n\nI am pleased to offer you a "
         "continuing appointment as Lecturer in Nursing at Yarrabend University, commencing 1 February."),
    ]))

W.append(Writer(
    "law-firm-edinburgh", "report", "traineeships@caird-muir.example.co.uk",
    "Yours sincerely\n\nFiona Caird\nTrainee Recruitment Partner, Caird Muir LLP", dress="quote",
    messages=[
        (REJ, "Traineeship 2028", "Dear {name}\n\nThank you for attending our assessment day. I am sorry to write "
         "that we have decided not to offer you a traineeship with the firm. The standard of candidates was "
         "exceptionally high this year."),
        (REJ, "Summer placement application", "Dear {name}\n\nThank you for applying for our summer placement "
         "scheme. Regrettably we are unable to offer you a place on the scheme this year."),
        (REJ, "Associate - Private Client", "Dear {name}\n\nFurther to our meeting, we have now offered the "
         "associate role to a solicitor already working in private client, and she has accepted."),
        (ACK, "Your traineeship application", "Dear {name}\n\nThank you for your application for a 2028 "
         "traineeship. We will be in touch after the closing date. If you are not selected for the assessment "
         "day, we will let you know by the end of January."),
        (INTERVIEW, "Assessment day - 2028 traineeship", "Dear {name}\n\nWe are pleased to invite you to our "
         "assessment day on 20 February. You will meet the partners and the other candidates over lunch, and "
         "complete a written exercise."),
        (OTHER, "Our client's claim", "Dear {name}\n\nThe court has refused the defender's application to "
         "dismiss the action, and the case will proceed to proof in the spring. I will write with next steps."),
    ]))

W.append(Writer(
    "teachers-union-ireland", "report", "hr@teachersunion.example.ie",
    "Le meas,\nHuman Resources\nIrish Second-Level Teachers' Union",
    messages=[
        (REJ, "Industrial Relations Officer - outcome", "Dear {name},\n\nThank you for attending for interview "
         "for the post of Industrial Relations Officer. I regret to inform you that you were not successful, "
         "though you have been placed on a panel from which future vacancies may be filled."),
        (REJ, "Administrative Assistant - shortlisting", "Dear {name},\n\nThank you for your application. Due to "
         "the high number of applications received, shortlisting was applied and you were not among those "
         "invited to interview."),
        (OTHER, "Motion to Annual Convention", "Dear {name},\n\nThe Standing Orders Committee has ruled that your "
         "branch's motion on class sizes is out of order, as it duplicates a motion already on the clár. It "
         "will not be taken at Convention."),
        (OTHER, "Benevolent fund - decision", "Dear {name},\n\nThe benevolent fund committee has considered your "
         "request and regrets that it is not able to grant assistance on this occasion."),
        (INTERVIEW, "Interview - Industrial Relations Officer", "Dear {name},\n\nYou are invited to attend for "
         "interview on Tuesday 9 September at Head Office. Candidates will be asked to give a short "
         "presentation."),
        (REJ, "Communications Officer", "Dear {name},\n\nFollowing the recent interviews, the interview board "
         "has recommended another candidate for the post of Communications Officer. Thank you for your interest."),
    ]))

W.append(Writer(
    "supermarket-chain-uk", "report", "noreply@careers.fresco-foods.example.co.uk",
    "Fresco Foods Recruitment", "Fresco Foods plc. Registered in England. Please don't reply to this email.",
    dress="html",
    messages=[
        (REJ, "Customer Assistant - Leeds Kirkstall", "Hi {name},\n\nThanks for applying to be a Customer "
         "Assistant at our Kirkstall store. We've looked at your application carefully and we won't be taking it "
         "any further this time."),
        (REJ, "Your application has been reviewed", "Hi {name},\n\nUnfortunately the Night Shift Colleague role "
         "you applied for has now closed and all the vacancies have been filled."),
        (REJ, "Store Manager Programme", "Hi {name},\n\nThanks for completing the video interview. Having "
         "watched it, the team has decided that you won't be moving on to the assessment centre."),
        (ACK, "Thanks for your application", "Hi {name},\n\nWe've got your application for Customer Assistant. "
         "Our store teams read every application. If you don't hear from us in two weeks, the store may have "
         "filled the role, but do keep applying."),
        (TEST, "Next step: online test", "Hi {name},\n\nGreat news, you've passed the first stage. Please "
         "complete our online situational judgement test within 72 hours; if you don't complete it, we won't be "
         "able to progress your application."),
        (OTHER, "Your Fresco Club refund request", "Hi {name},\n\nWe've looked into your refund request for order "
         "88213. As the item was used, we're unable to refund it this time. Your Club points are unaffected."),
        (OTHER, "Fresco Foods supplier application", "Hi {name},\n\nThanks for pitching your granola to our "
         "buying team. They have decided not to list it this season, as the range is full."),
    ]))

W.append(Writer(
    "fintech-startup-toronto", "report", "maya@ledgerline.example.ca",
    "Best,\nMaya\nHead of People, Ledgerline", dress="oneline",
    messages=[
        (REJ, "Ledgerline - Senior Frontend", "Hi {name}, thanks so much for the onsite. I'm sorry to say we've "
         "decided to go with another candidate for this one; the call was close. Would love to stay in touch."),
        (REJ, "Re: Compliance Analyst", "Hi {name}, circling back: we won't be moving you to the final round. "
         "The team wanted deeper AML experience than we saw in the case study."),
        (REJ, "Update on Data Scientist role", "Hi {name}, quick update - we've decided to close the Data "
         "Scientist role for now while we rethink the team's plan, so we'll stop the process here. Sorry about "
         "that."),
        (INTERVIEW, "Ledgerline onsite", "Hi {name}, great news - the team would like you in for the onsite. "
         "We're meeting one other finalist the same week. Can you do Thursday?"),
        (OTHER, "Re: your partnership pitch", "Hi {name}, appreciated the deck. We've decided not to move forward "
         "with the integration partnership this quarter - bandwidth, mostly. Let's revisit in Q3."),
        (ACK, "Got your application", "Hi {name}, thanks for applying for Senior Frontend! We'll review within a "
         "week. If it's not a fit, I'll still write back - no ghosting here."),
    ]))

W.append(Writer(
    "ats-pinpoint-notices", "report", "no-reply@talentgrid.example",
    "", "Sent by TalentGrid on behalf of the employer. Unsubscribe from status emails: talentgrid.example/prefs",
    messages=[
        (REJ, "Your application to Harbour Vets", "Hi {name},\n\nThank you for applying for Veterinary Nurse at "
         "Harbour Vets. After careful review, your application will not progress to the next stage.\n\nHarbour "
         "Vets"),
        (REJ, "Application update: Kiln Coffee", "Hi {name},\n\nThe Barista position at Kiln Coffee is no longer "
         "open, and applications to it have been closed.\n\nKiln Coffee"),
        (REJ, "Silverbirch Care - Support Worker", "Hi {name},\n\nSilverbirch Care has reviewed your application "
         "and decided to pursue other candidates for Support Worker.\n\nSilverbirch Care"),
        (ACK, "Application submitted: Harbour Vets", "Hi {name},\n\nYour application for Veterinary Nurse has "
         "been submitted. The employer will be in touch if you are selected for an interview.\n\nHarbour Vets"),
        (INTERVIEW, "Interview request from Kiln Coffee", "Hi {name},\n\nKiln Coffee would like to interview you "
         "for Shift Supervisor. Choose a time below.\n\nKiln Coffee"),
        (REJ, "Status: unsuccessful", "Hi {name},\n\nYour application for Warehouse Operative at Dunmore "
         "Distribution has been marked unsuccessful by the hiring team.\n\nDunmore Distribution"),
    ]))

W.append(Writer(
    "engineering-firm-durban", "report", "hr@umgeni-consulting.example.co.za",
    "Kind regards\nHuman Capital\nUmgeni Consulting Engineers",
    messages=[
        (REJ, "Candidate Engineer (Civil) - application", "Dear {name}\n\nThank you for your application for the "
         "Candidate Engineer position. Please be advised that your application was unsuccessful. Should you not "
         "hear from us regarding other positions, please keep an eye on our website."),
        (REJ, "Project Manager - Water", "Dear {name}\n\nFollowing the second interview, the directors have "
         "appointed another candidate to the Project Manager position. We thank you for your time."),
        (REJ, "Draughtsperson vacancy", "Dear {name}\n\nWe regret to advise that the draughtsperson vacancy has "
         "been put on hold pending the award of the Tongaat contract. We will therefore not be proceeding with "
         "interviews."),
        (ACK, "Receipt of CV", "Dear {name}\n\nWe acknowledge receipt of your CV. Kindly note that if you have not "
         "been contacted within 30 days, please consider your application unsuccessful."),
        (OTHER, "Tender UC-T-2291", "Dear {name}\n\nThe municipality has informed us that our bid for the "
         "stormwater tender was unsuccessful. Please close the bid file and archive the drawings."),
        (INTERVIEW, "Second interview - Project Manager", "Dear {name}\n\nThe directors would like to meet you for "
         "a second interview on 3 March. Two other candidates remain in the process."),
    ]))

W.append(Writer(
    "consulting-mumbai", "report", "careers@saransh-advisory.example.in",
    "Regards,\nHR Team\nSaransh Advisory LLP, Mumbai", dress="quote",
    messages=[
        (REJ, "Application for Associate Consultant", "Dear {name},\n\nThank you for your interest in Saransh "
         "Advisory. We have carefully reviewed your application and regret that we will not be able to consider "
         "you for the Associate Consultant role at this point of time."),
        (REJ, "Case interview result", "Dear {name},\n\nThank you for appearing for the case interviews. We regret "
         "to inform that you have not cleared the final round. We wish you all the best."),
        (REJ, "Regarding Business Analyst opening", "Dear {name},\n\nThe Business Analyst opening has been put on "
         "hold by management. Consequently your application stands closed."),
        (ACK, "Application acknowledged", "Dear {name},\n\nYour application has been received. Only shortlisted "
         "candidates will be intimated; kindly do not send reminders."),
        (INTERVIEW, "Case interview - Associate Consultant", "Dear {name},\n\nYou have been shortlisted for the "
         "case interview round on 18th August. Kindly confirm your slot."),
        (OTHER, "Visa appointment letter", "Dear {name},\n\nThe consulate has rejected the business visa "
         "application for your client visit to Frankfurt. Please reschedule the meetings to video calls."),
    ]))

W.append(Writer(
    "charity-sydney", "report", "people@harbourlight.example.org.au",
    "Warmly,\nPeople & Culture\nHarbourlight Foundation, Sydney",
    messages=[
        (REJ, "Community Engagement Officer", "Hi {name},\n\nThank you for interviewing with us. It was a tough "
         "decision, but we have offered the position to someone with more grassroots fundraising experience."),
        (REJ, "Volunteer Coordinator role", "Hi {name},\n\nThanks for applying. We've now shortlisted and, "
         "unfortunately, your application wasn't one of those selected for interview."),
        (REJ, "Re: Grants Officer", "Hi {name},\n\nI'm sorry to say that the Grants Officer role has been "
         "cancelled, as the program it supported has lost its funding. We won't be continuing with recruitment."),
        (ACK, "Application received", "Hi {name},\n\nThank you for applying for Volunteer Coordinator. If you are "
         "not contacted within two weeks, please don't be discouraged - we get many applications."),
        (OTHER, "Your grant application to Harbourlight", "Hi {name},\n\nThank you for applying to the Community "
         "Small Grants round. Unfortunately your organisation's application has not been successful this year."),
        (OTHER, "Volunteer application - outcome", "Hi {name},\n\nThanks for offering to volunteer at the soup "
         "kitchen. Our Saturday roster is full, so we're not able to place you at the moment."),
    ]))

W.append(Writer(
    "visa-immigration", "report", "noreply@immigration.example.gov",
    "Visa Processing Centre", "This is an automated message. Do not reply.",
    messages=[
        (OTHER, "Decision on your application VPC-2291-88", "Dear {name}\n\nYour application for a Skilled Worker "
         "visa has been refused. The reasons are set out in the attached refusal notice. You may apply for an "
         "administrative review within 14 days."),
        (OTHER, "Your visitor visa", "Dear {name}\n\nWe are not satisfied that you meet the requirements for a "
         "visitor visa, so your application has not been granted."),
        (OTHER, "Biometrics appointment", "Dear {name}\n\nIf you do not attend your biometrics appointment, your "
         "application may be refused. Please book a new slot if you cannot attend."),
        (OTHER, "Application approved", "Dear {name}\n\nYour application for a student visa has been approved. "
         "Your passport will be returned by courier."),
        (OTHER, "Request for documents", "Dear {name}\n\nWe are unable to make a decision on your application "
         "without your bank statements for the last six months. Should we not receive them within 10 days, the "
         "application will be decided on the evidence held."),
    ]))

W.append(Writer(
    "credit-union-loan-canada", "report", "loans@prairiecu.example.ca",
    "Regards,\nMember Lending\nPrairie Credit Union", dress="html",
    messages=[
        (OTHER, "Your auto loan application", "Dear {name},\n\nThank you for choosing Prairie Credit Union. After "
         "review, we are not able to approve your auto loan application at this time due to your debt-service "
         "ratio."),
        (OTHER, "Line of credit - decision", "Dear {name},\n\nWe have decided not to proceed with your line of "
         "credit application. A letter with the reasons will follow by mail."),
        (OTHER, "Your membership application", "Dear {name},\n\nWelcome! Your membership application has been "
         "approved and your account number is enclosed."),
        (OTHER, "Mortgage pre-approval", "Dear {name},\n\nUnfortunately, on this occasion, your mortgage "
         "pre-approval was unsuccessful. Please contact your advisor to discuss options."),
        (OTHER, "Scholarship for members' children", "Dear {name},\n\nThe scholarship committee has selected other "
         "applicants for this year's awards. Thank you for applying."),
    ]))

W.append(Writer(
    "student-housing-singapore", "report", "housing@nanyang-halls.example.edu.sg",
    "Best regards,\nOffice of Housing Services", dress="quote",
    messages=[
        (OTHER, "Hall application - Semester 1", "Dear {name},\n\nWe regret to inform you that your application "
         "for on-campus housing for Semester 1 was unsuccessful due to the high demand."),
        (OTHER, "Room change request", "Dear {name},\n\nYour request to change rooms has not been approved, as "
         "there are no vacancies in the requested hall."),
        (OTHER, "Appeal for housing", "Dear {name},\n\nAfter review, the committee has decided not to grant your "
         "housing appeal. You may consider the off-campus listings on the portal."),
        (OTHER, "Hall offer", "Dear {name},\n\nCongratulations! You have been offered a place at Banyan Hall for "
         "Semester 1. Please accept the offer within 5 days."),
        (OTHER, "Hall leadership committee", "Dear {name},\n\nThank you for your interest in the hall committee. "
         "We have selected other residents for the committee this year."),
    ]))

W.append(Writer(
    "arts-grant-foundation", "report", "grants@tidewater-arts.example.org",
    "With best wishes,\nGrants Team\nTidewater Arts Foundation",
    messages=[
        (OTHER, "Project grant - round 3", "Dear {name},\n\nThank you for applying for a project grant. I'm "
         "sorry to let you know your application was not selected for funding in this round."),
        (OTHER, "Residency programme", "Dear {name},\n\nThe selection panel has offered the studio residency to "
         "another artist. We very much enjoyed your portfolio."),
        (OTHER, "Your grant report", "Dear {name},\n\nThank you for your final report. The foundation has decided "
         "to release the remaining 10 per cent of the grant."),
        (OTHER, "Exhibition proposal", "Dear {name},\n\nUnfortunately the curatorial committee will not be "
         "taking your exhibition proposal forward for the 2027 programme."),
        (OTHER, "Emergency fund", "Dear {name},\n\nYour application to the artists' emergency fund has been "
         "declined, as the fund supports only artists resident in the region."),
    ]))

W.append(Writer(
    "bank-singapore-graduate", "report", "campus@straitsbank.example.sg",
    "Best regards,\nCampus Recruitment\nStraits Commercial Bank",
    messages=[
        (REJ, "Management Associate Programme 2027", "Dear {name},\n\nThank you for your application. Following "
         "the online assessment, we will not be advancing your application to the interview stage."),
        (REJ, "Summer Analyst - Technology", "Dear {name},\n\nWe appreciate the time you spent at the superday. "
         "After careful deliberation, we regret that we are unable to extend an internship offer to you."),
        (ACK, "Application received", "Dear {name},\n\nYour application to the Management Associate Programme "
         "has been received. Should your application not be taken forward, you will be informed by email."),
        (OTHER, "Your credit card application", "Dear {name},\n\nWe regret that we are unable to approve your "
         "application for the Straits Rewards card at this time."),
        (INTERVIEW, "Superday invitation", "Dear {name},\n\nCongratulations, you are invited to our superday on "
         "14 March, together with other shortlisted candidates."),
        (REJ, "Re: Relationship Manager", "Dear {name},\n\nThank you for meeting our team. The position has "
         "since been filled by an internal transfer, and we are closing the requisition."),
    ]))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@post.example> wrote:\n> Hi there,\n> Just wondering whether there is "
          "any news on this? Thanks for your time.\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px;font-family:Georgia\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body><div class=\"wrap\">{paras}</div></body></html>"


DRESS = Dress(QUOTED, "Wed, 3 Mar 2027 at 16:05", _html, quote_on=1, html_on=0, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)
