"""English rejections that state the decision once in their own words, against mail that speaks of a decision,
a filled role or a refusal without rejecting the reader's job application.

Written for this project (never real mail), the fifteenth session, by writers none of the earlier English sets
has: hospital and insurance applicant systems, architects, a bakery, a vet practice, call-centre and IT-services
firms in Chennai, Hyderabad and Bengaluru, US and UK universities, a US school district, a county, a federal
agency, an Australian state agency and a TAFE-like college, a Scottish health board, agencies in London, Mumbai,
Sydney and Auckland, founders in San Francisco, Berlin-based English and Manchester, in US, UK, Indian, Australian
and New Zealand English. Rejections say the decision once, often after thanks: no offer can be made, others fit
better, the role paused, cancelled, filled, frozen or its budget withdrawn, the resume kept on file though nothing
fits now, the team not convinced, an exam score or a visa requirement not met, "we will not be moving forward",
"unfortunately at this time".

The near-misses are not rejections of the reader's job application: acknowledgements that mention a future decision
or say that those not selected will not hear, news still pending, withdrawals the company confirms, job alerts and
digests naming filled or closed roles, business mail about a deal, an investor or a contract, and refusals of other
things (a loan, a card, a rental, an admission, a grant, a talk, an article, a claim, a permit).

The set is split by writer, several writers of each kind in each half. The "tune" writers may be read while the
classifier is changed; the "report" writers are measured only at the start and at the end of a piece of work, and
their mistakes are never printed. `messages()` yields the dressed messages; `bench/mail_en_decisions6.py` measures
them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

REJ, ACK, OTHER, INTERVIEW, OFFER = ("rejection", "application_ack", "other", "interview", "offer")
NAMES = ("Riya", "Declan", "Adaeze", "Mateo", "Harpreet", "Sinead", "Kofi", "Ingrid", "Anjali", "Rhys",
         "Yara", "Bodhi", "Chiara", "Nikhil")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "ats-hospital-us", "tune", "donotreply@careers.bayridge-health-like.example.org",
    "Sincerely,\nBayridge Health Talent Acquisition",
    "Bayridge Health is an equal opportunity employer. Replies to this address are not read.",
    messages=[
        (REJ, "Your application for Patient Access Representative", "Dear {name},\n\nThank you for applying for "
         "the Patient Access Representative opening (Req 88213). Due to changes in our department's budget, this "
         "requisition has been withdrawn and we are no longer hiring for it. We appreciate your interest."),
        (REJ, "Req 88240 - Medical Assistant", "Dear {name},\n\nWe appreciate the time you spent interviewing with "
         "our clinic team. After reviewing all finalists, we will not be moving forward with your candidacy. We "
         "hope you will consider Bayridge Health again."),
        (ACK, "Req 88255 - application received", "Dear {name},\n\nThank you for applying for Sterile Processing "
         "Technician. If your qualifications match the needs of the department, a recruiter will reach out. If "
         "you are not selected, you will not hear from us directly, but your application remains on file."),
        (OTHER, "Jobs for you at Bayridge Health", "Hi {name},\n\nHere are this week's openings. Filled this week: "
         "Unit Secretary (Tower 3), Phlebotomist (night). Still open: Environmental Services Aide, Pharmacy "
         "Technician, Registered Nurse - Oncology."),
        (REJ, "Req 88277 - Pharmacy Technician", "Dear {name},\n\nThank you for your application. We have "
         "reviewed your qualifications and unfortunately they do not meet the minimum requirements for this "
         "position, which calls for an active state certification."),
        (REJ, "Req 88302 - Registered Nurse, Med/Surg", "Dear {name},\n\nThank you for your interest in "
         "Bayridge. Unfortunately, at this time the manager has selected applicants whose experience is a closer "
         "fit for the unit, and your application will not be considered further for this position."),
    ]))

W.append(Writer(
    "architects-small-uk", "tune", "olivia@fernhall-architects.example.co.uk",
    "Best,\nOlivia Fernhall\nFernhall Architects",
    dress="quote",
    messages=[
        (REJ, "Re: Part II Architectural Assistant", "Hi {name},\n\nThank you for coming to the studio and walking "
         "us through your portfolio. We talked it over as a team and weren't quite persuaded that the technical "
         "detailing experience is there yet for what this job needs, so we won't be offering you the role."),
        (REJ, "Re: speculative application", "Hi {name},\n\nThanks for getting in touch and sending your CV. We're "
         "a small practice and there's nothing open at the moment that would suit. I'll hang on to your details "
         "in case that changes."),
        (ACK, "Re: Part I Assistant", "Hi {name},\n\nThanks for your application. We're still seeing people this "
         "week and haven't made up our minds yet. I'll be in touch one way or the other by next Friday."),
        (OTHER, "Re: rear extension, 14 Ashby Road", "Hi {name},\n\nThanks for your letter. Having looked at the "
         "costs again, our client has decided not to proceed with the extension this year, so we'll pause work "
         "after stage 2. Our invoice for the drawings to date follows."),
    ]))

W.append(Writer(
    "bpo-chennai", "tune", "hr.recruitment@suryaconnect-like.example.in",
    "Regards,\nHR Team\nSurya Connect Services Pvt Ltd",
    "This is an auto-generated mail. Kindly do not reply.",
    dress="oneline",
    messages=[
        (REJ, "Walk-in drive result - Customer Support Executive", "Dear {name},\n\nThank you for attending the "
         "walk-in drive at our Guindy office. We regret to inform you that you have not cleared the Versant "
         "round and hence cannot be considered for the current process."),
        (REJ, "Your candidature - Voice Process (US shift)", "Dear {name},\n\nThank you for your interest. Due to "
         "a ramp-down by the client, the hiring for the voice process has been kept on hold. Your candidature "
         "will not be processed further for now."),
        (ACK, "Assessment completed", "Dear {name},\n\nThank you for completing the online assessment. The "
         "results will be shared with you within 48 working hours, and shortlisted candidates will be called "
         "for the operations round."),
        (OTHER, "Withdrawal of candidature", "Dear {name},\n\nWe have received your request and your candidature "
         "for Process Associate has been withdrawn from our system. We wish you luck in your new role."),
        (REJ, "Operations round feedback", "Dear {name},\n\nThanks for your time in the operations round. The "
         "panel felt your communication is good but the typing speed is below the requirement, so we are unable "
         "to offer you a position in this batch."),
    ]))

W.append(Writer(
    "state-university-us", "tune", "hr-noreply@prairie-state-like.example.edu",
    "Office of Human Resources\nPrairie State University",
    "Prairie State University is an Affirmative Action/Equal Opportunity Employer.",
    dress="html",
    messages=[
        (REJ, "Search #F2931 - Assistant Professor of Chemistry", "Dear {name},\n\nThank you for your application "
         "to the faculty position in Chemistry. We regret to let you know that the search has been cancelled for "
         "this academic year, and no appointment will be made. We appreciate your interest in the university."),
        (REJ, "Search #S4410 - Academic Advisor", "Dear {name},\n\nThank you for taking part in the campus "
         "interview. The committee has selected another finalist whose advising experience more closely matches "
         "the needs of the college, and that candidate has accepted the position."),
        (ACK, "Search #S4433 - application received", "Dear {name},\n\nThank you for applying for Grants "
         "Coordinator. The search committee will begin its review on March 1. All applicants will be notified "
         "of the committee's decision once the search is complete."),
        (OTHER, "Graduate admission decision", "Dear {name},\n\nThank you for applying to the MS in Data "
         "Analytics. After careful review, the admissions committee is unable to offer you admission for the "
         "fall term. You may reapply for a later term."),
        (REJ, "Search #S4450 - Library Assistant", "Dear {name},\n\nThank you for your interest in the Library "
         "Assistant position. Your application was not among those selected for further consideration."),
    ]))

W.append(Writer(
    "agency-london-tech", "tune", "tom@hollowayrec-like.example.co.uk",
    "Tom\nHolloway Recruitment",
    messages=[
        (REJ, "Re: Data Engineer - fintech", "Hi {name},\n\nThanks again for doing the tech test. Had feedback "
         "from the client this morning and sadly they're going to pass; they want someone who's run Kafka in "
         "production. Gutted for you, I'll keep looking."),
        (REJ, "Re: Platform Engineer", "Hi {name},\n\nQuick update. Unfortunately at this time the client has "
         "decided to fill the role with an internal hire, so the process is closed. Let's speak next week about "
         "what else is out there."),
        (ACK, "Re: Senior Python Developer", "Hi {name},\n\nThanks for your time yesterday. The client is still "
         "interviewing this week and won't decide till Monday at the earliest. I'll call you as soon as I know."),
        (OTHER, "Re: terms of business", "Hi {name},\n\nThanks for sending the PSL paperwork. I'm afraid we're not "
         "going to be moving forward with those terms at a 25% fee; we'd need it closer to 18% to sign."),
        (REJ, "Re: DevOps contract", "Hi {name},\n\nJust heard the DevOps contract has been pulled - the project "
         "lost its funding, so there's no role anymore. Sorry, I know you were keen."),
    ]))

W.append(Writer(
    "state-agency-au", "tune", "recruitment@transport-like.example.nsw.gov.au",
    "Talent Acquisition\nTransport Services (example)",
    "If you have received this email in error, please delete it.",
    messages=[
        (REJ, "Outcome of your application - Senior Project Officer", "Dear {name},\n\nThank you for your "
         "participation in the recruitment for Senior Project Officer (Grade 9/10). After assessing all "
         "candidates, the panel has not recommended you for appointment on this occasion."),
        (REJ, "REQ 301772 - Customer Service Officer", "Dear {name},\n\nThank you for your application. Following "
         "a restructure of the business unit, the role has been withdrawn and the recruitment will not proceed."),
        (ACK, "REQ 301790 - application received", "Dear {name},\n\nThank you for applying. The selection process "
         "may take up to eight weeks. You will be notified of the outcome of your application, whatever it is."),
        (OTHER, "Community grants round 4 - outcome", "Dear {name},\n\nThank you for your application to the "
         "Community Road Safety Grants. We regret that your project was not recommended for funding in this "
         "round, as the program was heavily oversubscribed."),
    ]))

W.append(Writer(
    "founder-sf", "tune", "maya@lumenstack-like.example.com",
    "Maya\nCEO, Lumenstack",
    dress="quote",
    messages=[
        (REJ, "Re: Founding Designer", "Hey {name},\n\nThanks so much for the time you put into the paid trial "
         "week. We've decided to go a different direction with this hire and bring in someone with more brand "
         "work. I really appreciated your process."),
        (REJ, "Re: Growth Marketer", "Hey {name},\n\nThanks for the chat last week. Our seed extension slipped, "
         "so we've paused the growth hire until we close it. I'd rather tell you now than keep you waiting."),
        (OTHER, "Re: Lumenstack seed extension", "Hi {name},\n\nThanks for reviewing our deck. Totally understand "
         "that you're going to pass on the round at this stage; would love to keep you posted on progress."),
        (OTHER, "Re: Backend Engineer", "Hey {name},\n\nThanks for letting me know you've accepted an offer "
         "elsewhere. Congrats! I've closed out your application on our side. Let's keep in touch."),
        (INTERVIEW, "Re: Product Engineer", "Hey {name}, loved your note. Could you do 30 minutes with our CTO "
         "on Wednesday? Here's my calendar link."),
    ]))

W.append(Writer(
    "retail-chain-uk", "tune", "noreply@jobs.harrowby-stores-like.example.co.uk",
    "Harrowby Stores Recruitment",
    "Harrowby Stores Ltd. Registered in England and Wales.",
    dress="html",
    messages=[
        (REJ, "Your application to Harrowby Stores", "Hi {name},\n\nThanks for applying to be a Customer Assistant "
         "at our Wakefield store. We've looked at your application carefully and on this occasion we won't be "
         "progressing it further. Please do keep an eye on our careers site."),
        (REJ, "Your trial shift at Harrowby Stores", "Hi {name},\n\nThank you for coming in for a trial shift on "
         "Saturday. The store team have decided not to offer you the position this time around."),
        (ACK, "We've got your application", "Hi {name},\n\nThanks for applying to Harrowby Stores. If you're "
         "successful, we'll be in touch within 14 days. If you haven't heard from us by then, please take it "
         "that your application hasn't been successful this time."),
        (OTHER, "Jobs near you", "Hi {name},\n\nThe Night Replenishment role in Leeds you saved is no longer "
         "available. Here are three similar roles near you: Warehouse Operative, Stock Controller, Delivery "
         "Driver."),
    ]))

W.append(Writer(
    "lender-us", "tune", "notices@northbeam-credit-like.example.com",
    "Northbeam Credit Union Member Services",
    "Federally insured by NCUA. This notice is required by the Equal Credit Opportunity Act.",
    messages=[
        (OTHER, "Your loan application", "Dear {name},\n\nThank you for applying for a personal loan. After "
         "reviewing your application, we are unable to approve your request at this time. The principal reasons "
         "are listed below."),
        (OTHER, "Credit limit request", "Dear {name},\n\nThank you for your request. Unfortunately, we will not "
         "be moving forward with an increase to your credit limit at this time."),
        (OTHER, "Auto loan pre-approval", "Dear {name},\n\nWe have reviewed your pre-approval request and have "
         "decided not to extend credit on the terms requested. You may apply again after 90 days."),
    ]))

W.append(Writer(
    "hospital-hyderabad", "tune", "careers@nizamcare-like.example.in",
    "Warm regards,\nHuman Resources\nNizam Care Hospitals",
    dress="oneline",
    messages=[
        (REJ, "Staff Nurse interview - status", "Dear {name},\n\nThank you for appearing for the interview for "
         "Staff Nurse (ICU). We regret that your candidature has not been shortlisted for the final round. We "
         "wish you the very best."),
        (REJ, "Front Office Executive", "Dear {name},\n\nThank you for applying with Nizam Care. We would like to "
         "inform you that the vacancy has been filled internally, hence we will not be scheduling further "
         "interviews for it."),
        (ACK, "Interview attended - Lab Technician", "Dear {name},\n\nThank you for attending the interview. The "
         "result will be communicated by HR after the management approval. Kindly wait for our call."),
        (OTHER, "Medical insurance claim", "Dear {name},\n\nThank you for submitting the claim documents. We regret "
         "that the claim for the outpatient procedure cannot be processed as it is not covered under the "
         "policy."),
    ]))

W.append(Writer(
    "nonprofit-canada", "tune", "hiring@rivergate-community-like.example.ca",
    "Warmly,\nJoelle Bertrand\nExecutive Director, Rivergate Community Services",
    messages=[
        (REJ, "Youth Outreach Worker", "Dear {name},\n\nThank you for your interest in Rivergate. I'm writing to "
         "let you know that our provincial funding for the Youth Outreach Worker position was not renewed, so we "
         "have taken the posting down and will not be hiring for it."),
        (REJ, "Program Coordinator", "Dear {name},\n\nThank you for meeting with our panel. We were impressed by "
         "your community work, but we have offered the position to a candidate whose experience more closely "
         "aligns with the program's needs."),
        (ACK, "Program Coordinator - next steps", "Dear {name},\n\nThank you for applying. We will be reviewing "
         "applications after the posting closes on the 15th and will make our decision on interviews soon after. "
         "Only those selected for an interview will be contacted."),
        (OTHER, "Volunteer board application", "Dear {name},\n\nThank you for your interest in joining our board "
         "of directors. All seats for this term have now been filled, but we would be glad to keep your name for "
         "next year's nominations."),
    ]))

W.append(Writer(
    "rental-agent-au", "tune", "leasing@harbourside-realty-like.example.com.au",
    "Kind regards,\nLeasing Team\nHarbourside Realty",
    messages=[
        (OTHER, "Application - 4/22 Bay Street", "Hi {name},\n\nThank you for your application for 4/22 Bay "
         "Street. Unfortunately on this occasion the owner has selected another applicant. We encourage you to "
         "apply for our other listings."),
        (OTHER, "Application - 11 Gum Tree Lane", "Hi {name},\n\nThanks for inspecting the property. The landlord "
         "has decided to accept an application that more closely matched the lease length they wanted."),
        (OTHER, "Lease renewal - 9 Marine Parade", "Hi {name},\n\nThe owner has advised that they will not be "
         "offering a renewal of your lease, as they intend to sell the property."),
    ]))

W.append(Writer(
    "law-firm-us", "tune", "recruiting@hale-winslow-like.example.com",
    "Legal Recruiting\nHale & Winslow LLP",
    "This message may contain privileged or confidential information.",
    messages=[
        (REJ, "Summer Associate Program", "Dear {name},\n\nThank you for meeting with us during on-campus "
         "interviews. After careful consideration, we are not in a position to extend a callback invitation to "
         "you this year. We wish you every success."),
        (REJ, "Paralegal - Litigation", "Dear {name},\n\nThank you for your interest in the Litigation Paralegal "
         "role. We have decided to proceed with other candidates, and we will not be moving forward with your "
         "application."),
        (ACK, "Application received - Legal Secretary", "Dear {name},\n\nThank you for your application. Our "
         "recruiting team will review it and will contact you regarding the next steps, if any."),
        (OTHER, "Engagement", "Dear {name},\n\nThank you for your proposal. After discussing it internally, the "
         "company has decided not to retain outside counsel for this matter at present."),
    ]))

W.append(Writer(
    "school-district-us", "tune", "hr@mapleton-usd-like.example.org",
    "Human Resources\nMapleton Unified School District",
    dress="html",
    messages=[
        (REJ, "Teaching position - Grade 4", "Dear {name},\n\nThank you for applying for the fourth grade teaching "
         "position at Lincoln Elementary. This position has been filled. Your application remains in our pool "
         "for other openings for which you qualify."),
        (REJ, "Paraprofessional - Special Education", "Dear {name},\n\nThank you for interviewing with us. After "
         "much thought, the building principal has chosen another applicant for this position."),
        (ACK, "Certificated application complete", "Dear {name},\n\nYour application is complete. Principals "
         "review the pool as positions open, and they will contact you directly if they would like to interview "
         "you. Applications remain active for one school year."),
        (OTHER, "Substitute pool news", "Dear {name},\n\nThe substitute pool for middle school science is full "
         "for this semester; we are no longer adding names to it, and existing substitutes keep their "
         "assignments."),
    ]))

W.append(Writer(
    "engineering-consultancy-au", "tune", "careers@tasmanline-eng-like.example.com.au",
    "Cheers,\nBen Kowalski\nPrincipal, Tasmanline Engineering",
    dress="quote",
    messages=[
        (REJ, "Re: Graduate Civil Engineer", "G'day {name},\n\nThanks for coming in last week. The team wasn't "
         "convinced your design software experience is where we need it for this role, so we won't be making "
         "you an offer. Good luck with the hunt."),
        (REJ, "Re: Structural Drafter", "G'day {name},\n\nThanks for your application. The project this role was "
         "tied to has been deferred by the client, so we've cancelled the recruitment for now."),
        (OTHER, "Re: Tender T-2209 - footbridge", "G'day {name},\n\nThanks for your submission. Unfortunately your "
         "tender was unsuccessful; the contract has been awarded to another firm on price."),
        (ACK, "Re: Senior Engineer", "G'day {name},\n\nThanks for sending through your CV. I'm still waiting on "
         "the other directors to look at the shortlist, so no decision yet. Should know more Thursday."),
    ]))

W.append(Writer(
    "job-board-digest", "tune", "alerts@jobwell-like.example.com",
    "The Jobwell team",
    "You're receiving this email because you created a job alert. Unsubscribe at any time.",
    messages=[
        (OTHER, "Your weekly application summary", "Hi {name},\n\nHere's your week: 3 applications sent, 2 viewed "
         "by employers. One job you applied to, Office Manager at Crestline, has been filled and closed by the "
         "employer. Keep going - new matches below."),
        (OTHER, "Jobs you might like", "Hi {name},\n\nSome roles you saved have closed: Barista at Kettle & Co "
         "(filled), Shift Lead at Northgate (expired). New matches: Cafe Supervisor, Kitchen Hand, Front of "
         "House."),
        (OTHER, "Tips: what to do when you hear no", "Hi {name},\n\nRejection is part of every job search. In "
         "this week's guide: how to ask for feedback when a company decides not to move forward, and how to "
         "follow up."),
    ]))

W.append(Writer(
    "fintech-bengaluru", "tune", "people@kosha-like.example.in",
    "Team People\nKosha Finance",
    messages=[
        (REJ, "Your application - Risk Analyst", "Hi {name},\n\nThank you for the time you gave us across three "
         "rounds. We've decided to close this position as the budget for the risk team has been withdrawn for "
         "this quarter. We're sorry to end the process like this."),
        (REJ, "Assignment review - Frontend Engineer", "Hi {name},\n\nThanks for submitting the assignment. The "
         "team reviewed it in detail and felt it did not meet the bar for this role, so we will not be taking "
         "your application to the next round."),
        (ACK, "Assignment received", "Hi {name},\n\nThanks, we've received your assignment. The team will review "
         "it this week and share our decision with you by Friday."),
        (OTHER, "Partnership discussion", "Hi {name},\n\nThanks for the pitch. Unfortunately at this time we will "
         "not be moving forward with the co-lending partnership, as our credit committee wants more data."),
    ]))

W.append(Writer(
    "federal-agency-us", "tune", "noreply@hire.example.gov",
    "Human Resources Office\nDepartment of the Interior (example)",
    "This is an automated message. Do not reply.",
    messages=[
        (REJ, "Announcement IN-24-0412 - Biological Science Technician", "Dear {name},\n\nYou were found "
         "qualified for this position, but you were not among the highest-qualified candidates referred to the "
         "selecting official. Therefore you will not be considered further for this announcement."),
        (REJ, "Announcement IN-24-0433 - Park Ranger", "Dear {name},\n\nThis announcement has been cancelled and "
         "no selections will be made from it. Thank you for your interest in federal employment."),
        (ACK, "Announcement IN-24-0450 - application received", "Dear {name},\n\nYour application has been "
         "received. After the announcement closes, applications will be reviewed and you will be notified when a "
         "selection decision has been made."),
        (ACK, "Announcement IN-24-0450 - referred", "Dear {name},\n\nYou have been referred to the selecting "
         "official. No selection has been made yet; the hiring office will contact you if you are chosen for an "
         "interview."),
    ]))

W.append(Writer(
    "agency-mumbai", "tune", "shalini@talentkraft-like.example.in",
    "Regards,\nShalini Rao\nTalentKraft Consultants",
    dress="oneline",
    messages=[
        (REJ, "Feedback - SAP FICO Consultant", "Hi {name},\n\nHope you are doing well. Client has shared feedback "
         "and they are not going ahead with your profile as they need someone with S/4HANA implementation "
         "experience. Will share other openings."),
        (REJ, "Update - Business Analyst (BFSI)", "Hi {name},\n\nJust to update you, the client has put this "
         "requirement on hold till next financial year, so no further rounds will happen for now."),
        (OTHER, "Re: Business Analyst", "Hi {name},\n\nNoted that you are not interested in this opportunity due "
         "to the relocation. I have withdrawn your profile from the client's shortlist."),
        (ACK, "Profile shared - Product Owner", "Hi {name},\n\nI have shared your profile with the client. They "
         "usually take a week to revert. Will update you once I hear from them."),
        (REJ, "Feedback - Data Analyst", "Hi {name},\n\nThanks for attending the client round on Saturday. "
         "Unfortunately client has decided to move ahead with another candidate who is an immediate joiner. Will "
         "keep you posted on similar roles."),
    ]))

W.append(Writer(
    "vet-practice-uk", "tune", "practice@oakbrook-vets.example.co.uk",
    "Kind regards,\nSarah Penhale\nPractice Manager, Oakbrook Vets",
    messages=[
        (REJ, "Veterinary Care Assistant", "Dear {name},\n\nThank you for coming to see us and for helping out on "
         "the morning clinic. It was a close call, but we have decided to offer the job to someone who has "
         "already completed their animal care qualification."),
        (REJ, "Receptionist", "Dear {name},\n\nThank you for your application. I'm afraid we won't be taking it "
         "further, as we need someone who can work Saturdays."),
        (OTHER, "Re: Bella's insurance claim", "Dear {name},\n\nThe insurer has come back to us and unfortunately "
         "they have declined the claim for Bella's dental work as a pre-existing condition."),
        (OTHER, "Re: Receptionist", "Dear {name},\n\nThanks for letting us know that you'd like to withdraw your "
         "application. No problem at all, and best of luck."),
        (REJ, "Student Veterinary Nurse", "Dear {name},\n\nThank you for your interest in our student nurse "
         "place. Having thought hard about it, we have decided that we can't offer a training place this "
         "year, as our clinical coach is leaving in the spring."),
    ]))

W.append(Writer(
    "ats-manufacturing-us", "tune", "careers-noreply@ironvale-like.example.com",
    "Ironvale Industries Talent Team",
    "Ironvale Industries is an Equal Opportunity Employer. Please do not reply to this automated message.",
    messages=[
        (REJ, "Maintenance Technician - application update", "Hello {name},\n\nThank you for your interest in "
         "Ironvale. We have decided to move forward with other candidates for the Maintenance Technician "
         "position. We encourage you to apply for future roles that match your skills."),
        (REJ, "Production Planner - application update", "Hello {name},\n\nThank you for applying. Because of a "
         "company-wide hiring freeze, the Production Planner opening has been cancelled and will not be filled. "
         "We apologize for the inconvenience."),
        (REJ, "Process Engineer - interview follow-up", "Hello {name},\n\nThank you for meeting with our "
         "engineering managers. The team appreciated your time, but we have determined that your experience does "
         "not align closely enough with the requirements of this role."),
        (ACK, "Process Engineer - status", "Hello {name},\n\nThank you for completing your interviews. The team "
         "is finishing the final round and expects to reach a decision in about two weeks; we will contact you "
         "then with an update."),
    ]))

W.append(Writer(
    "recruiter-auckland", "tune", "aroha@kiwitalent-like.example.co.nz",
    "Aroha\nKiwi Talent Partners",
    messages=[
        (REJ, "Re: Payroll Officer - Hamilton", "Kia ora {name},\n\nThanks for your patience. The client has "
         "come back and they've picked someone with more Payroll NZ experience, so they won't take you further. "
         "I'll be in touch when the next one lands."),
        (REJ, "Re: Office Manager", "Kia ora {name},\n\nUnfortunately the client has decided to restructure and "
         "the Office Manager role is no longer going ahead. Really sorry to bring this news."),
        (REJ, "Re: HR Advisor", "Kia ora {name},\n\nThanks for doing the second interview. It's a no from the "
         "client I'm afraid - they felt the employment relations side wasn't strong enough."),
        (ACK, "Re: Payroll Administrator", "Kia ora {name},\n\nI've sent your CV through. The client is "
         "reviewing this week and will decide who to interview by Wednesday."),
    ]))

W.append(Writer(
    "govt-council-au", "tune", "careers@bellbird-shire-like.example.vic.gov.au",
    "Organisational Development\nBellbird Shire Council",
    dress="html",
    messages=[
        (REJ, "Position 24/118 - Maternal and Child Health Nurse", "Dear {name},\n\nThank you for applying for "
         "the above position. Council's panel reviewed all applications and regrets that your application was "
         "not progressed to the interview stage."),
        (REJ, "Position 24/121 - Parks Maintenance Officer", "Dear {name},\n\nThank you for your recent "
         "interview. The panel has made its decision, and unfortunately you have not been selected for the "
         "role."),
        (REJ, "Position 24/130 - Library Officer", "Dear {name},\n\nThank you for your application. Please be "
         "advised that this position has been put on hold pending a review of library services, and the "
         "recruitment has been closed."),
        (OTHER, "Planning application PA24/0551", "Dear {name},\n\nCouncil has considered your planning "
         "application for a carport and has decided to refuse the permit for the reasons listed."),
        (ACK, "Position 24/135 - application received", "Dear {name},\n\nThank you for your application. "
         "Applicants will be advised of the outcome once the panel has completed its assessment."),
    ]))

W.append(Writer(
    "dental-practice-us", "tune", "office@brightsmile-dental-like.example.com",
    "Dr. Paula Reyes\nBright Smile Family Dental",
    messages=[
        (REJ, "Dental Assistant position", "Hi {name},\n\nThank you for the working interview on Thursday. We "
         "really appreciated your energy, but we've hired someone with more experience on our imaging software. "
         "We wish you luck in your search."),
        (REJ, "Front desk", "Hi {name},\n\nThanks for reaching out about the front desk job. We've actually "
         "decided to keep the role part-time and give the extra hours to current staff, so we won't be hiring."),
        (OTHER, "Your treatment plan", "Hi {name},\n\nYour insurance has denied the pre-authorization for the "
         "crown. We can discuss payment options at your next visit."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "ats-insurance-us", "report", "careers-noreply@summitmutual-like.example.com",
    "Summit Mutual Recruiting",
    "Summit Mutual is an EOE. Please do not reply to this message.",
    dress="html",
    messages=[
        (REJ, "Claims Adjuster Trainee - update", "Hello {name},\n\nThank you for your interest in Summit Mutual. "
         "We have carefully reviewed your background and have decided to pursue other candidates for the Claims "
         "Adjuster Trainee role."),
        (REJ, "Underwriting Assistant - update", "Hello {name},\n\nWe wanted to let you know that the requisition "
         "for Underwriting Assistant has been closed without a hire, so your application will not move forward. "
         "Thank you for considering us."),
        (ACK, "Thanks for applying", "Hello {name},\n\nWe received your application for Customer Care "
         "Representative. Due to the high volume of applicants, only those selected to move forward will be "
         "contacted."),
        (OTHER, "Claim #CL-558201 decision", "Hello {name},\n\nWe have completed our review of your claim. Based "
         "on the policy terms, we are unable to provide coverage for the water damage described."),
        (REJ, "Actuarial Analyst - update", "Hello {name},\n\nThank you for completing our interview process. "
         "While your skills are impressive, we have chosen a candidate whose exam progress better fits the "
         "position at this time."),
    ]))

W.append(Writer(
    "bakery-nz", "report", "kirsty@flourandfern.example.co.nz",
    "Kirsty\nFlour & Fern Bakery",
    dress="quote",
    messages=[
        (REJ, "Re: baker's assistant", "Hi {name},\n\nThanks for coming in for the early shift on Tuesday, you "
         "were great with the dough. We've given the job to a local who can start straight away though, sorry "
         "it's not a yes this time."),
        (REJ, "Re: counter staff", "Hi {name},\n\nThanks for dropping your CV in. We're fully staffed for the "
         "counter right now, but I'll keep it in the drawer and give you a ring if someone leaves."),
        (OTHER, "Re: flour order", "Hi {name},\n\nThanks for the new price list. We won't be going ahead with the "
         "bulk order this month; the old supplier matched your price."),
        (OTHER, "Re: counter staff", "Hi {name},\n\nNo worries at all about taking the other job, thanks for "
         "letting me know. Pop in for a pie sometime!"),
    ]))

W.append(Writer(
    "it-services-hyderabad", "report", "campus.hiring@trivenisoft-like.example.in",
    "Thanks & Regards,\nCampus Hiring Team\nTriveniSoft Solutions",
    "Please do not reply to this mail; it is auto-generated.",
    dress="oneline",
    messages=[
        (REJ, "Result - Technical Evaluation", "Dear {name},\n\nThank you for participating in the TriveniSoft "
         "campus drive. We regret to inform that you have not cleared the technical evaluation. We wish you "
         "success in your future endeavours."),
        (REJ, "Position update - Trainee Engineer (2024 batch)", "Dear {name},\n\nThank you for your patience. "
         "Due to a revision in business demand, the Trainee Engineer position stands cancelled for the 2024 "
         "batch and no onboarding will take place."),
        (ACK, "Online test completed", "Dear {name},\n\nYou have successfully completed the online test. Results "
         "will be announced on the campus portal, and qualified candidates will receive interview slots."),
        (OTHER, "Training programme seats", "Dear {name},\n\nAll seats in the weekend cloud training programme "
         "are filled. Your registration could not be confirmed; please try the next batch."),
        (REJ, "HR round result", "Dear {name},\n\nThank you for attending the HR discussion. We will not be able "
         "to extend an offer to you at present, as the current openings require relocation to Pune."),
    ]))

W.append(Writer(
    "university-uk", "report", "jobs-noreply@westbury-uni-like.example.ac.uk",
    "HR Recruitment\nUniversity of Westbury",
    "University of Westbury, a registered charity.",
    messages=[
        (REJ, "Vacancy 6621 - Research Associate", "Dear {name},\n\nThank you for applying for the Research "
         "Associate post. The panel has now shortlisted and has decided not to invite you to interview. Thank "
         "you for your interest in the University."),
        (REJ, "Vacancy 6650 - Teaching Fellow", "Dear {name},\n\nThank you for your application. Owing to a change "
         "in the School's plans, the post will not now be filled, and the recruitment has been closed."),
        (ACK, "Vacancy 6672 - application received", "Dear {name},\n\nThank you for applying. Shortlisting will "
         "take place within three weeks of the closing date. If you have not heard from us by then, please "
         "assume that you have not been successful on this occasion."),
        (OTHER, "Your application to the MSc in Public Health", "Dear {name},\n\nThank you for your application. "
         "We regret that we cannot offer you a place on the programme, as the entry requirements were not "
         "met."),
        (REJ, "Vacancy 6690 - Finance Officer", "Dear {name},\n\nThank you for attending interview. I am sorry to "
         "tell you that the panel has appointed another candidate, whose experience of university finance "
         "systems was stronger."),
    ]))

W.append(Writer(
    "agency-sydney", "report", "jess@bondirecruit-like.example.com.au",
    "Jess\nBondi Recruit",
    messages=[
        (REJ, "Re: Restaurant Manager - Surry Hills", "Hey {name},\n\nThanks heaps for meeting the owners. They've "
         "gone with someone who's got more hospo management under their belt, so it's not going ahead for you. "
         "Chin up, I've got another couple coming."),
        (REJ, "Re: Bar Supervisor", "Hey {name},\n\nBad news on this one - the venue has pulled the role and "
         "reallocated the budget to a refit. Nothing to do with you."),
        (ACK, "Re: Events Coordinator", "Hey {name},\n\nHiring manager's away till Monday so no decision yet on "
         "the second round. Will let you know either way."),
        (OTHER, "Re: temp staffing contract", "Hey {name},\n\nThanks for the proposal. The group has decided not "
         "to proceed with the temp staffing contract for summer; they're handling it in-house."),
    ]))

W.append(Writer(
    "health-board-scotland", "report", "recruitment@highland-health-like.example.scot",
    "Recruitment Services\nHighland Health Board (example)",
    "Highland Health Board is committed to equality and diversity.",
    dress="oneline",
    messages=[
        (REJ, "Recruitment outcome - Band 3 Administrator", "Dear {name},\n\nThank you for attending interview. "
         "I regret to inform you that you have not been successful in being appointed to this post."),
        (REJ, "Post withdrawn - Band 6 Physiotherapist", "Dear {name},\n\nThank you for your application. The "
         "service has reviewed its workforce plan and the post has been withdrawn. Your application has been "
         "closed."),
        (ACK, "Application received - Domestic Assistant", "Dear {name},\n\nThank you for your application. "
         "Shortlisting will be carried out by the recruiting manager, and we will contact you with the outcome."),
        (OTHER, "Withdrawal confirmation", "Dear {name},\n\nWe confirm that your application for Catering "
         "Assistant has been withdrawn as you requested. You will receive no further emails about this post."),
    ]))

W.append(Writer(
    "founder-manchester", "report", "dan@tilehouse-like.example.co.uk",
    "Dan\nTilehouse",
    dress="quote",
    messages=[
        (REJ, "Re: first sales hire", "Hi {name},\n\nThanks for the time this week. Honestly, we're going to hold "
         "off on hiring for sales altogether until after Christmas, so I can't offer you anything right now."),
        (REJ, "Re: Customer Success", "Hi {name},\n\nReally enjoyed our chats. I've decided to go with another "
         "candidate who's done SaaS onboarding before. Sorry it's not better news."),
        (OTHER, "Re: Tilehouse pre-seed", "Hi {name},\n\nThanks for the update and the numbers. We're going to "
         "pass on this one for now, it's a bit early for our fund."),
        (OTHER, "Re: pilot", "Hi {name},\n\nThanks for the demo. The team has decided not to move forward with "
         "the pilot this quarter; budgets are tight."),
    ]))

W.append(Writer(
    "county-us", "report", "personnel@ashcounty-like.example.gov",
    "Personnel Department\nAsh County",
    "Ash County is an equal opportunity employer.",
    messages=[
        (REJ, "Eligibility notice - Office Specialist", "Dear {name},\n\nThank you for taking the examination for "
         "Office Specialist. Your final score did not place you on the eligible list, so you will not be "
         "considered for current vacancies."),
        (REJ, "Recruitment update - Equipment Operator", "Dear {name},\n\nThank you for interviewing. You were not "
         "among the top candidates selected to continue in the process."),
        (ACK, "Exam results", "Dear {name},\n\nThank you for sitting the Deputy Clerk examination. Your results "
         "will be mailed within four weeks, and hiring departments will contact those on the list."),
        (OTHER, "Building permit application", "Dear {name},\n\nYour application for a building permit for a "
         "detached garage has been denied because it does not meet the setback requirements."),
        (REJ, "Recruitment update - Accounting Technician", "Dear {name},\n\nThank you for your interest in Ash "
         "County. The department has decided not to fill the Accounting Technician vacancy this fiscal year, "
         "and all applications have been closed."),
    ]))

W.append(Writer(
    "property-manager-us", "report", "leasing@cedarwood-apts-like.example.com",
    "Cedarwood Apartments Leasing Office",
    messages=[
        (OTHER, "Rental application status", "Hi {name},\n\nThank you for applying for unit 3B. We're sorry to "
         "let you know your application was not approved based on our screening criteria."),
        (OTHER, "Unit 5A", "Hi {name},\n\nThanks for touring 5A. Another applicant's application was approved "
         "first, so the unit is no longer available."),
        (OTHER, "Lease renewal", "Hi {name},\n\nWe will not be renewing month-to-month leases at this property "
         "after June, as the building is being renovated."),
    ]))

W.append(Writer(
    "bank-au", "report", "noreply@wattlebank-like.example.com.au",
    "Wattle Bank",
    "Wattle Bank Limited ABN 00 000 000 000. Do not reply to this email.",
    messages=[
        (OTHER, "Your credit card application", "Dear {name},\n\nThanks for applying for a Wattle Platinum card. "
         "Unfortunately we're unable to approve your application at this time."),
        (OTHER, "Your home loan pre-approval", "Dear {name},\n\nWe've reviewed your request and we're not able to "
         "provide conditional approval for the amount you asked for."),
        (REJ, "Wattle Bank Graduate Program", "Dear {name},\n\nThank you for completing the assessment centre. "
         "We're sorry to let you know you haven't been successful in securing a place in the 2025 Graduate "
         "Program."),
    ]))

W.append(Writer(
    "consultancy-gurgaon", "report", "talent@arthneeti-like.example.in",
    "Best,\nTalent Team\nArthNeeti Advisory",
    messages=[
        (REJ, "Analyst - case interview outcome", "Dear {name},\n\nThank you for your time at the case interview. "
         "We won't be able to offer you a position at this time, as the panel felt the structuring needs more "
         "practice."),
        (REJ, "Senior Associate - Strategy", "Dear {name},\n\nThank you for your interest in ArthNeeti. We have "
         "gone ahead with a candidate with stronger consumer sector exposure and have closed the role."),
        (ACK, "Case interview - status", "Dear {name},\n\nThank you for the case round. The partners are yet to "
         "finalise the decision; we should be able to revert by early next week."),
        (OTHER, "Proposal for market study", "Dear {name},\n\nThank you for your proposal. The client has chosen "
         "to go with another vendor for the market study. We hope to work together in future."),
    ]))

W.append(Writer(
    "hotel-group-uk", "report", "careers@harbourgate-hotels-like.example.co.uk",
    "People Team\nHarbourgate Hotels",
    dress="html",
    messages=[
        (REJ, "Your application: Front of House Supervisor", "Hi {name},\n\nThank you for your interest in "
         "joining Harbourgate. Having read your application, we don't think it's the right match for this role, "
         "so we won't be inviting you to interview."),
        (REJ, "Your application: Sous Chef", "Hi {name},\n\nThank you for your trial in our kitchen. Chef has made "
         "the decision to appoint someone with more banqueting experience."),
        (ACK, "Thanks for applying: Housekeeping Team Member", "Hi {name},\n\nThank you for applying. Our "
         "recruitment partner will look at your application and be in touch to let you know whether you've been "
         "selected for the next stage."),
        (OTHER, "Jobs at Harbourgate", "Hi {name},\n\nThe Night Porter vacancy at Harbourgate Bristol has now "
         "closed. Other roles you may like: Breakfast Chef, Concierge, Kitchen Porter."),
    ]))

W.append(Writer(
    "charity-uk", "report", "hr@brightwater-trust-like.example.org.uk",
    "With best wishes,\nBrightwater Trust",
    messages=[
        (REJ, "Fundraising Officer", "Dear {name},\n\nThank you for applying for our Fundraising Officer role. We "
         "had a really strong field, and I'm afraid on this occasion we've decided not to take your application "
         "forward."),
        (REJ, "Project Worker (Youth)", "Dear {name},\n\nThank you for your interest. Sadly our Lottery bid for "
         "the youth project was not successful, and without that money we cannot go ahead with the appointment."),
        (OTHER, "Small grants outcome", "Dear {name},\n\nThank you for applying to the Brightwater Small Grants "
         "fund. The panel has decided not to award a grant to your group this year."),
        (ACK, "Application received", "Dear {name},\n\nThank you for your application for Volunteer Coordinator. "
         "We'll let all candidates know our decision after the closing date."),
        (REJ, "Shop Manager - Harrogate", "Dear {name},\n\nThank you for coming to meet us. We were grateful "
         "for your time, but the panel felt another candidate's retail management experience was the better fit, "
         "and we have offered them the post."),
    ]))

W.append(Writer(
    "ats-saas-us", "report", "no-reply@jobs.brightlane-like.example.com",
    "The Brightlane Recruiting Team",
    "Brightlane, Inc. 500 Market St, Suite 400",
    messages=[
        (REJ, "Your application to Brightlane", "Hi {name},\n\nThanks so much for your interest in the Sales "
         "Development Representative role. We've reviewed your application and decided to move forward with "
         "other applicants whose experience is a closer match for what we need right now."),
        (REJ, "Brightlane - Senior Product Manager", "Hi {name},\n\nThank you for the time you spent with our "
         "team. After a lot of discussion, we won't be extending an offer for this role."),
        (ACK, "Brightlane - we received your application", "Hi {name},\n\nThanks for applying! Our team reviews "
         "every application, and we'll let you know our decision as soon as we can."),
        (OTHER, "New jobs at Brightlane", "Hi {name},\n\nYou follow Brightlane on our careers site. The Product "
         "Designer role was filled last week; new: Support Engineer, Account Executive."),
    ]))

W.append(Writer(
    "tafe-au", "report", "hr@southgate-institute-like.example.edu.au",
    "People and Culture\nSouthgate Institute",
    dress="quote",
    messages=[
        (REJ, "Teacher - Electrotechnology", "Dear {name},\n\nThank you for your application. Unfortunately you do "
         "not hold the required Certificate IV in Training and Assessment, so we are unable to consider you "
         "further for this role."),
        (REJ, "Student Services Officer", "Dear {name},\n\nThank you for attending the interview. While you "
         "interviewed well, another applicant was the panel's preferred candidate."),
        (OTHER, "Course enrolment", "Dear {name},\n\nYour enrolment in the Diploma of Nursing could not be "
         "accepted for Semester 1, as the course is full. You have been placed on the waitlist."),
        (ACK, "Teacher - Hospitality: application received", "Dear {name},\n\nThank you for applying. The panel "
         "will meet after the closing date, and you will be told of the outcome either way."),
    ]))

W.append(Writer(
    "conference-committee", "report", "program@devsummit-like.example.org",
    "DevSummit Program Committee",
    messages=[
        (OTHER, "Your talk proposal", "Hi {name},\n\nThank you for submitting to DevSummit. We received over 800 "
         "proposals and unfortunately yours was not selected for this year's program."),
        (OTHER, "Journal submission JDS-2291", "Dear {name},\n\nThank you for your submission. After review, the "
         "editors have decided not to accept the manuscript for publication."),
        (OTHER, "Community award nominations", "Hi {name},\n\nThanks for your nomination. This year's award has "
         "gone to another nominee; we hope you'll enter again."),
    ]))

W.append(Writer(
    "logistics-india", "report", "hr@gatiline-like.example.in",
    "Regards,\nHR Department\nGatiline Logistics",
    dress="oneline",
    messages=[
        (REJ, "Fleet Supervisor - interview result", "Dear {name},\n\nThank you for attending the interview at "
         "our Bhiwandi hub. After discussion, management has decided to go with a candidate having more "
         "experience in cold chain. Your profile will be kept in our database."),
        (REJ, "Warehouse Executive", "Dear {name},\n\nWe acknowledge your application. However, at present there "
         "is no vacancy suitable for your profile, and we will get in touch if any opening arises."),
        (OTHER, "Re: Warehouse Executive", "Dear {name},\n\nAs per your mail, we have cancelled your interview and "
         "withdrawn your application. Best wishes for your new assignment."),
    ]))

W.append(Writer(
    "hiring-manager-us", "report", "carla.nguyen@ridgeback-mfg-like.example.com",
    "Carla Nguyen\nQuality Manager, Ridgeback Manufacturing",
    messages=[
        (REJ, "Re: Quality Technician", "Hi {name},\n\nThanks for coming out to the plant. I talked with the team "
         "and we weren't sold that the inspection background is a match for our line, so we're going to keep "
         "looking."),
        (REJ, "Re: QA Inspector (2nd shift)", "Hi {name},\n\nThanks for your interest. We ended up filling the "
         "second shift position from within, so it's off the board."),
        (ACK, "Re: Quality Engineer", "Hi {name},\n\nThanks for the call. I'm meeting with the plant manager "
         "Friday to go over candidates, and I'll get back to you after that with where we land."),
    ]))


W.append(Writer(
    "ats-airline-uk", "report", "noreply@careers.skyward-air-like.example.co.uk",
    "Skyward Air Recruitment",
    "Skyward Air Ltd. This email was sent from an unmonitored address.",
    dress="html",
    messages=[
        (REJ, "Cabin Crew - your application", "Dear {name},\n\nThank you for attending our assessment day. "
         "Following careful consideration, we regret that we are unable to progress your application to the "
         "final interview."),
        (REJ, "Ground Operations Agent - your application", "Dear {name},\n\nThank you for your interest. We are "
         "sorry to say that we can only consider applicants with the right to work in the UK without "
         "sponsorship, and so we cannot take your application forward."),
        (REJ, "Engineering Planner - your application", "Dear {name},\n\nThank you for your application. "
         "Following a change in our operational requirements, the vacancy has been withdrawn and will not be "
         "re-advertised."),
        (ACK, "Cabin Crew - application received", "Dear {name},\n\nThank you for applying to join Skyward Air. "
         "Our recruitment team will review your application and let you know the outcome within 21 days."),
    ]))

W.append(Writer(
    "engineering-firm-pune", "report", "careers@sahyadri-eng-like.example.in",
    "Regards,\nHR - Talent Acquisition\nSahyadri Engineering Ltd",
    messages=[
        (REJ, "Design Engineer - interview status", "Dear {name},\n\nThank you for attending the technical "
         "interview. We would like to inform you that you have not been selected for the Design Engineer "
         "position. We appreciate your interest in Sahyadri Engineering."),
        (REJ, "Quality Inspector - requirement update", "Dear {name},\n\nThis is to inform you that the "
         "requirement for Quality Inspector has been closed as the position is filled. We will keep your CV for "
         "future requirements."),
        (REJ, "Graduate Engineer Trainee", "Dear {name},\n\nThank you for applying for GET 2024. Based on the "
         "aptitude test score, you have not qualified for the next round of the selection process."),
        (OTHER, "Vendor registration", "Dear {name},\n\nYour vendor registration request has been rejected as "
         "the GST certificate uploaded was not valid. Kindly resubmit with correct documents."),
    ]))

W.append(Writer(
    "college-us", "report", "hr@lakeshore-cc-like.example.edu",
    "Human Resources\nLakeshore Community College",
    messages=[
        (REJ, "Adjunct Instructor - English", "Dear {name},\n\nThank you for your application for an adjunct "
         "position in English. At this time the department has no sections available to assign, and we are "
         "unable to offer you a teaching appointment. We will keep your file active for the spring term."),
        (REJ, "Financial Aid Specialist", "Dear {name},\n\nThank you for interviewing with the committee. The "
         "college has extended an offer to another candidate, who has accepted."),
        (REJ, "IT Support Specialist", "Dear {name},\n\nThank you for your interest. Due to state budget "
         "reductions, the college has eliminated this position, and the search is closed."),
        (OTHER, "Financial aid appeal", "Dear {name},\n\nThank you for submitting your satisfactory academic "
         "progress appeal. After review, the committee was unable to approve your appeal for this term."),
    ]))

W.append(Writer(
    "design-studio-berlin-en", "report", "hello@kranich-studio-like.example.de",
    "Lena\nKranich Studio",
    dress="quote",
    messages=[
        (REJ, "Re: Motion Designer", "Hi {name},\n\nThanks a lot for the test animation. We liked the timing, "
         "but the team wasn't fully convinced by the illustration side, which is half of this job. So we'll "
         "leave it here for this role."),
        (REJ, "Re: Studio Intern", "Hi {name},\n\nThanks for your lovely application. We've had to cancel the "
         "internship this year, as a big client project fell through. Sorry!"),
        (OTHER, "Re: rebrand quote", "Hi {name},\n\nThanks for your interest in working with us on the rebrand. "
         "Unfortunately we can't take on the project at your budget, but here are two freelancers who might."),
        (ACK, "Re: Junior Designer", "Hi {name},\n\nThanks, got your portfolio! We're looking at everything "
         "next week and will let everyone know how it went by the end of the month."),
    ]))

W.append(Writer(
    "police-service-uk", "report", "recruitment@westvale-police-like.example.police.uk",
    "Recruitment Team\nWestvale Police (example)",
    "Protecting the people of Westvale.",
    messages=[
        (REJ, "Police Staff - Call Handler", "Dear {name},\n\nThank you for your application to become a Call "
         "Handler. Having assessed your application against the competencies, I am sorry to inform you that "
         "you have not met the required standard to proceed."),
        (REJ, "Police Staff - Custody Detention Officer", "Dear {name},\n\nThank you for attending the "
         "assessment. Your overall score did not reach the pass mark, and your application will not proceed "
         "further on this occasion."),
        (ACK, "Vetting in progress", "Dear {name},\n\nYour vetting forms have been received. Vetting can take "
         "up to twelve weeks; we will contact you once a decision has been reached."),
        (REJ, "Police Staff - Front Counter Clerk", "Dear {name},\n\nThank you for your application. We have "
         "now completed the shortlisting, and we regret to tell you that your application has not been "
         "shortlisted for interview."),
    ]))


QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hi,\n> Just checking in on where things stand with "
          "my application.\n> Thanks,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px 0;font-family:Helvetica,sans-serif\">{p.replace(chr(10), '<br>')}"
                    "</p>" for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body><div>{paras}</div></body></html>"


DRESS = Dress(QUOTED, "Thu, 14 Mar 2024 at 10:05", _html, quote_on=1, html_on=0, html_key=False)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"}."""
    return letters(W, NAMES, DRESS)
