"""English job-search mail other than rejections, third set: interview invitations, assessments, offers,
acknowledgements and recruiter outreach in other people's words, against `other` mail that only sounds like them.

Written for this project (never real mail), after tests/mail/english_mail.py and by deliberately different writers
than it: a Scottish housing association, a Hong Kong bank, a Brazilian founder, a British agency consultant, an
Indian campus drive, a US hospital, an executive-search partner, one-way video and test platforms, calendar tools,
the Australian and Canadian public services, a Nigerian bank, founders on a phone, an hourly retail chatbot, in-house
sourcers, a German firm writing English; and on the report side the Irish health service, a Singapore agency, a
Philippine call centre, a London law firm, a Kenyan NGO, US IT staffing vendors, a faculty search, an airline, a
Workday-like candidate portal, a Gulf recruiter, a Mexican contact centre, more test vendors, coordinators writing
by hand, an Australian agency, background-check and onboarding services, job boards. Scheduling without the word
"interview", phone screens, on-site logistics, reschedules and confirmations; take-home tasks, coding tests, video
and personality tools; "we received your assessment" (an acknowledgement); verbal offers, offer letters, background
checks and onboarding after an offer; agency and in-house outreach; acknowledgements in many shapes; and near misses
that are `other`: job alerts, career newsletters, account mail, shop and bank offers, meetings to book, withdrawals
the company confirms, podcast and press interviews, tenancy checks.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report"
writers are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `bench/mail_en_others.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach")
NAMES = ("Morag", "Kwame", "Siobhan", "Raj", "Lucia", "Tariq", "Hannah", "Jun", "Olumide", "Freya", "Diego", "Mei")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "housing-assoc-scotland", "tune", "recruitment@clydeside-homes.example.org.uk",
    "Kind regards\n\nPeople Team\nClydeside Homes Housing Association",
    "Clydeside Homes is a registered Scottish charity SC041122. This email and any files are confidential.",
    messages=[
        (ACK, "Your application - Housing Officer (Ref CH/219)", "Dear {name}\n\nThank you for your application "
         "for the post of Housing Officer. This email confirms we have received it. The closing date is 14 May and "
         "shortlisting will take place the following week."),
        (INTERVIEW, "Housing Officer - shortlisted", "Dear {name}\n\nI am pleased to let you know that you have "
         "been shortlisted for the Housing Officer post. Interviews will take place at our Govan office on 27 May. "
         "Please choose a time from the slots below by replying to this email:\n10.00, 11.15, 14.00, 15.15"),
        (INTERVIEW, "Re: Housing Officer - shortlisted", "Hi {name}\n\nThat's you booked in for 11.15 on the 27th. "
         "Ask for me at reception; there is visitor parking round the back. The panel will be Fiona and myself."),
        (TEST, "Housing Officer - written exercise", "Dear {name}\n\nAs part of the selection process we ask all "
         "shortlisted candidates to complete a short written exercise before the panel meeting. You will find the "
         "scenario attached; please return your response (no more than two pages) by 9am on Monday."),
        (OFFER, "Housing Officer - conditional offer", "Dear {name}\n\nFurther to your interview I am delighted to "
         "offer you the post of Housing Officer, subject to satisfactory references and a PVG scheme check. A "
         "formal statement of terms will follow by post."),
        (OFFER, "Your PVG application", "Dear {name}\n\nAs part of your pre-employment checks for your new role "
         "with us, please complete the PVG scheme form attached and bring two forms of ID on your first day."),
        (OTHER, "New vacancies this week", "Dear {name}\n\nHere are the latest vacancies at Clydeside Homes: "
         "Repairs Operative, Income Officer, Tenant Liaison Assistant. Visit our careers page to find out more."),
        (OTHER, "Withdrawal of application", "Dear {name}\n\nThank you for letting us know that you wish to "
         "withdraw from the Income Officer recruitment. We have removed your application as you asked and wish "
         "you well."),
        (OTHER, "Tenant newsletter - summer", "Dear {name}\n\nOur summer newsletter has news of the garden "
         "competition, changes to the repairs line and how to book a home visit with your housing officer."),
        (ACK, "We got your form", "Dear {name}\n\nJust to confirm your application form for Repairs Operative "
         "reached us safely. We will write to you again after the closing date."),
    ]))

W.append(Writer(
    "bank-hongkong", "tune", "graduate.recruitment@harbourstar-bank.example.hk",
    "Yours sincerely,\nGraduate Recruitment\nHarbourStar Bank Limited",
    "Personal data collected will be used for recruitment purposes only in accordance with the Personal Data "
    "(Privacy) Ordinance.",
    dress="html",
    messages=[
        (ACK, "Acknowledgement of application - Management Trainee 2021", "Dear {name},\n\nThank you for your "
         "interest in the HarbourStar Management Trainee Programme. We acknowledge receipt of your application "
         "(reference MT21-08812). Due to the large number of applications, only shortlisted candidates will be "
         "contacted."),
        (TEST, "Online assessment - Management Trainee Programme", "Dear {name},\n\nYou are invited to complete "
         "our online numerical and verbal reasoning assessment. The assessment takes about 45 minutes and must be "
         "completed within 5 days of this email. Please use a desktop computer and a stable connection."),
        (TEST, "Next step: recorded video responses", "Dear {name},\n\nCongratulations on progressing to the next "
         "stage. You will be asked to record answers to four questions on our video platform; you will have 30 "
         "seconds to prepare and 2 minutes to answer each one. Your personal link is valid for 72 hours."),
        (ACK, "We have received your video responses", "Dear {name},\n\nThank you for submitting your recorded "
         "responses. Our team will review them and contact you regarding the next stage in due course."),
        (INTERVIEW, "Invitation to Assessment Day", "Dear {name},\n\nWe are pleased to invite you to our "
         "Assessment Day on 16 March at Harbour Centre, 25/F. The day includes a group exercise and interviews "
         "with senior managers. Please confirm your attendance by replying to this email."),
        (OFFER, "Offer of employment - Management Trainee", "Dear {name},\n\nWe are pleased to offer you the "
         "position of Management Trainee with HarbourStar Bank, commencing 2 August. Please find the offer letter "
         "attached and return a signed copy within seven days."),
        (OFFER, "Pre-employment screening", "Dear {name},\n\nFurther to your acceptance of our offer, our "
         "screening partner will contact you to complete the background verification. Please provide your "
         "academic certificates and HKID copy through the secure portal."),
        (OTHER, "An exclusive offer for you", "Dear {name},\n\nAs a valued customer, enjoy a cash rebate of up to "
         "HK$800 when you apply for a HarbourStar credit card before 30 June. Terms and conditions apply."),
        (OTHER, "Your e-Statement is ready", "Dear {name},\n\nYour monthly e-Statement for account ending 4471 is "
         "now available. Please log in to view it."),
        (INTERVIEW, "Change of interview time", "Dear {name},\n\nDue to a change in the interviewer's schedule, "
         "your second-round interview has been moved to Thursday 11 March at 3:00 pm. We apologise for any "
         "inconvenience."),
    ]))

W.append(Writer(
    "founder-brazil", "tune", "rafa@pipoca.example.com.br",
    "abs,\nRafa\nco-founder, Pipoca",
    messages=[
        (INTERVIEW, "pipoca", "hi {name}! thanks for sending your cv. are you free tuesday or wednesday for a "
         "chat with our CTO Bruno? 30 min on google meet, any time after 14h brazil time is fine for us"),
        (INTERVIEW, "re: pipoca", "perfect, so wednesday 15h (your 19h). Bruno will send the meet link. he will "
         "ask a bit about your last projects, nothing to prepare"),
        (TEST, "small challenge", "hi {name}, Bruno liked the talk a lot! next step we do a small challenge: you "
         "build a tiny API with the spec in this repo and send us the link. take max one week, it should take 3 or "
         "4 hours"),
        (ACK, "got your challenge", "hey {name}, got your repo, thank you! we will look this week and come back "
         "to you by friday"),
        (OFFER, "proposal", "{name}, as i told you on the call we want you in the team :) here is the proposal "
         "in writing: senior backend, full remote, salary as we talked, start 1st of march. tell me if you have "
         "questions before signing"),
        (OUT, "hi from pipoca", "hi {name}, i saw your github and your lib for date parsing, really nice work. we "
         "are a small team in Sao Paulo hiring our second backend person, remote. would you like to talk?"),
        (ACK, "cv", "hi {name}, thanks for the cv! i will read it with calm this weekend and write you monday"),
        (OTHER, "pipoca beta", "hi {name}! we are opening the beta of pipoca for more people, you can try it "
         "free here. any feedback is very welcome"),
        (OTHER, "meetup sp", "hey {name}, we are hosting the golang meetup next thursday at our office. pizza and "
         "beer, come if you are in town!"),
    ]))

W.append(Writer(
    "agency-uk-consultant", "tune", "tom.barrow@fenwick-recruit.example.co.uk",
    "Cheers\nTom Barrow\nSenior Consultant - Technology\nFenwick Recruitment\nM: 07700 900 412",
    "Fenwick Recruitment is acting as an employment agency in relation to this vacancy.",
    dress="quote",
    messages=[
        (OUT, "Lead Data Engineer - Leeds - up to 85k", "Hi {name}\n\nHope you're well. I'm working with a "
         "fast-growing insurer in Leeds who are looking for a Lead Data Engineer, hybrid two days a week, up to "
         "£85k plus bonus. Your background at your current firm looks a great fit. Are you open to a quick chat?"),
        (OUT, "Confidential opportunity", "Hi {name}\n\nI'll keep this brief. I'm retained on a Head of Analytics "
         "search for a household-name retailer and your name keeps coming up. Would you be open to a confidential "
         "conversation this week? No obligation."),
        (OUT, "Contract - Python dev - £550/day outside IR35", "Morning {name}\n\nI've a six month contract going, "
         "Python and AWS, £550 a day outside IR35, mostly remote. Are you available from next month? Happy to send "
         "the spec."),
        (INTERVIEW, "Client would like to meet you", "Hi {name}\n\nGood news - the client liked your CV and would "
         "like to meet you on Thursday at 2pm at their Leeds office. It'll be an hour with the Head of Data and one "
         "of the engineers. Can you make that work?"),
        (INTERVIEW, "Quick call re your application", "Hi {name}\n\nThanks for applying for the BI Developer role "
         "on our website. Have you got ten minutes this afternoon for a call so I can run through your CV and the "
         "client? What's the best number to reach you on?"),
        (OFFER, "Great news!", "Hi {name}\n\nJust off the phone with the client - they want to offer you the role! "
         "£78k base, 10% bonus, start date to be agreed. Give me a call when you can and we'll talk it through."),
        (ACK, "Your application - BI Developer", "Hi {name}\n\nThanks for your application for the BI Developer "
         "role. I've had a quick look and will be in touch once I've spoken to the client about the shortlist."),
        (OTHER, "Fenwick Salary Guide 2021", "Hi {name}\n\nOur 2021 Technology Salary Guide is out. Download it "
         "to see how pay for data and engineering roles has moved across Yorkshire this year."),
        (OTHER, "Timesheet reminder", "Hi {name}\n\nA reminder to submit your timesheet for week ending Friday "
         "by 10am Monday so that payroll can process it."),
    ]))

W.append(Writer(
    "campus-drive-india", "tune", "campus.hiring@vistaran.example.in",
    "Regards,\nCampus Hiring Team\nVistaran Technologies",
    "This is a system-generated mail. Vistaran does not charge any fee at any stage of the hiring process.",
    messages=[
        (ACK, "Registration confirmed - Vistaran Campus Drive 2022", "Dear {name},\n\nThank you for registering "
         "for the Vistaran campus hiring drive. Your registration ID is VT22-55190. Further communication regarding "
         "the test will be sent to this email id."),
        (TEST, "Online aptitude test link - Vistaran Campus Drive", "Dear {name},\n\nYou are required to take the "
         "online aptitude test on 12th September between 10 AM and 12 PM. The test has sections on quantitative "
         "aptitude, logical reasoning and verbal ability. Please use the link below with your registration ID."),
        (TEST, "Coding round - instructions", "Dear {name},\n\nCongratulations on clearing the aptitude test. The "
         "coding round will be held on our online platform on 15th September. You will have 90 minutes to solve "
         "3 problems in any language of your choice. Webcam proctoring is mandatory."),
        (INTERVIEW, "Shortlisted for technical round", "Dear {name},\n\nWe are happy to inform you that you have "
         "been shortlisted for the technical round on 18th September. Kindly be available on the Teams link from "
         "9:30 AM along with your college ID card."),
        (INTERVIEW, "HR round postponed", "Dear {name},\n\nDue to unavoidable reasons the HR round scheduled for "
         "today is postponed to Monday 20th September, 11 AM. Kindly make it convenient to attend."),
        (OFFER, "Letter of Intent - Vistaran Technologies", "Dear {name},\n\nWe are pleased to inform you that "
         "you have been selected for the role of Graduate Engineer Trainee. Please find attached the Letter of "
         "Intent. The formal offer letter will be issued after document verification."),
        (OFFER, "Joining formalities", "Dear {name},\n\nWelcome to Vistaran! Please upload the documents listed "
         "below on the onboarding portal before your date of joining, 3rd January: mark sheets, PAN card, "
         "Aadhaar, passport size photographs."),
        (OTHER, "Pre-placement talk today at 4 PM", "Dear Students,\n\nVistaran Technologies will address the "
         "final year batch in the seminar hall today at 4 PM. Attendance is compulsory for all who wish to "
         "appear for the drive."),
        (OTHER, "Webinar: cracking coding interviews", "Dear {name},\n\nJoin our free webinar this Saturday on how "
         "to prepare for coding interviews, with tips from our senior engineers. Register now, seats are limited."),
        (ACK, "Application received", "Dear {name},\n\nGreetings from Vistaran! We have received your profile for "
         "the role of Associate Software Engineer. Our team will get back to you if your profile is shortlisted."),
    ]))

W.append(Writer(
    "hospital-us-nursing", "tune", "Talent Acquisition <careers@mercyridge-health.example.org>",
    "Thank you,\nAshley Grant, BSN, RN\nNurse Recruiter | Mercy Ridge Health",
    "Mercy Ridge Health is an Equal Opportunity Employer. Please do not reply to automated messages.",
    messages=[
        (INTERVIEW, "Unit tour and interview - 5 West Med/Surg", "Hi {name},\n\nThe nurse manager on 5 West would "
         "love to meet you! We'd like to invite you in for a unit tour and interview next week. Please let me know "
         "your availability on Tuesday or Thursday morning."),
        (INTERVIEW, "Phone screen confirmed", "Hi {name},\n\nThis confirms your phone screen with me on Monday, "
         "June 7 at 10:30 AM Central. I'll call the number on your application. It should take about 20 minutes."),
        (TEST, "Clinical assessment required", "Hi {name},\n\nBefore we can move forward, all RN candidates complete "
         "an online clinical competency exam and a medication calculation test. You'll receive a separate email "
         "with your login. Please finish both within 72 hours."),
        (OFFER, "Contingent offer - RN, 5 West", "Hi {name},\n\nCongratulations! I'm happy to extend a contingent "
         "offer for the Registered Nurse position on 5 West, night shift, at $38.50/hour plus shift differential. "
         "The offer is contingent upon a drug screen, background check and verification of licensure."),
        (OFFER, "Complete your new hire paperwork", "Hi {name},\n\nWelcome to Mercy Ridge! Please log in to the "
         "onboarding portal to complete your tax forms, direct deposit and I-9 before your New Employee "
         "Orientation on July 12."),
        (ACK, "Thank you for applying to Mercy Ridge Health", "Hi {name},\n\nWe have received your application for "
         "Registered Nurse - Med/Surg (Req 44821). A member of our recruitment team will review your "
         "qualifications. You can check the status at any time in your candidate profile."),
        (ACK, "Application update", "Hi {name},\n\nYour application for Charge Nurse - ICU is now In Review. No "
         "action is needed from you at this time."),
        (OUT, "Travel to permanent? Let's talk", "Hi {name},\n\nI came across your profile and noticed you've been "
         "travelling in ICU for a few years. We have a permanent night position with a sign-on bonus that might be "
         "a nice change of pace. Would you be interested in hearing more?"),
        (OTHER, "New jobs matching your search: RN ICU", "Hi {name},\n\n6 new jobs match your saved search "
         "'RN ICU' at Mercy Ridge Health. View jobs | Edit alert | Unsubscribe"),
        (OTHER, "Free CE webinar: sepsis update", "Hi {name},\n\nJoin Mercy Ridge's free continuing education "
         "webinar on the latest sepsis guidelines. 1.0 contact hour. Register online."),
    ]))

W.append(Writer(
    "exec-search-partner", "tune", "Charlotte Ainsworth <c.ainsworth@haldane-partners.example.com>",
    "With best wishes,\n\nCharlotte Ainsworth\nPartner, Haldane Partners\n+44 20 7946 0321",
    "Haldane Partners LLP. This message is confidential and may be legally privileged.",
    messages=[
        (OUT, "Chief Financial Officer - a discreet approach", "Dear {name},\n\nI am advising the board of a "
         "privately held manufacturing group on the appointment of a new Chief Financial Officer. Given your "
         "experience, I wondered whether you might be open to a discreet conversation. I would be glad to find a "
         "time to speak."),
        (OUT, "Non-executive appointment", "Dear {name},\n\nWe have been retained to identify non-executive "
         "directors for a listed healthcare company. Your name was suggested to me by a mutual acquaintance. "
         "Might you have twenty minutes in the coming days?"),
        (OUT, "Following up", "Dear {name},\n\nI wrote last week about the CFO mandate and appreciate how busy you "
         "must be. If the timing is not right, I would still value your thoughts on who might be suited."),
        (INTERVIEW, "Meeting with the Chair", "Dear {name},\n\nThank you for our conversation. The Chair would "
         "very much like to meet you; she has suggested breakfast at our offices on the 14th at 8.00am. Please "
         "let me know if that suits."),
        (INTERVIEW, "Final panel - arrangements", "Dear {name},\n\nI am delighted that you are on the final "
         "shortlist. The panel will meet candidates on 2 June at the company's head office in Reading. I attach "
         "directions, the panel's biographies and a brief for the ten-minute presentation."),
        (OFFER, "Good news", "Dear {name},\n\nThe board met this morning and has approved your appointment. The "
         "Chair will call you this afternoon, and the company's general counsel will send the service agreement "
         "for your review."),
        (ACK, "Your application - Finance Director", "Dear {name},\n\nThank you for sending your CV in response to "
         "our advertisement. We will be in touch once the longlisting has been completed in early May."),
        (OTHER, "Haldane Insight: the boardroom in 2022", "Dear {name},\n\nIn this issue of Haldane Insight: "
         "what chairs look for in a CFO, succession planning in family businesses, and our annual board pay "
         "survey."),
        (OTHER, "Re: a name for the CEO search", "Dear {name},\n\nMany thanks for suggesting Jonathan; I have "
         "written to him. I am grateful for your help and will let you know how the search progresses."),
    ]))

W.append(Writer(
    "video-test-vendor-a", "tune", "ClipHire <no-reply@cliphire.example.com>",
    "The ClipHire team, on behalf of the hiring company",
    "ClipHire Inc. | Privacy | Help centre",
    messages=[
        (TEST, "Brookline Insurance has invited you to a video interview", "Hi {name},\n\nBrookline Insurance has "
         "invited you to complete an on-demand video interview for Claims Adjuster. You can record your answers "
         "at any time before Friday 5 pm. You'll have a practice question first."),
        (TEST, "Reminder: your video interview expires in 24 hours", "Hi {name},\n\nYou haven't completed your "
         "video interview for Brookline Insurance yet. Your link expires in 24 hours."),
        (TEST, "Work style questionnaire", "Hi {name},\n\nAs part of your application to Northway Logistics, please "
         "complete a short work style questionnaire. There are no right or wrong answers; it takes about 20 "
         "minutes."),
        (TEST, "Your game-based assessment is ready", "Hi {name},\n\nThank you for applying to Gilded Leaf "
         "Hotels. Your next step is a set of short games that measure how you approach problems. Use a laptop and "
         "allow 25 minutes."),
        (ACK, "Your video interview has been submitted", "Hi {name},\n\nThanks! Your video interview for "
         "Brookline Insurance was submitted successfully. The hiring team will be in touch about next steps."),
        (ACK, "We've received your answers", "Hi {name},\n\nYour work style questionnaire for Northway Logistics "
         "is complete. There's nothing more you need to do right now."),
        (ACK, "Thanks for completing the games", "Hi {name},\n\nYou've completed all the games for Gilded Leaf "
         "Hotels. Your results have been shared with the recruiting team."),
        (OTHER, "Hire faster with ClipHire", "Hi {name},\n\nSee how hiring teams cut their time to hire by 40% "
         "with on-demand video interviews. Book a demo with our sales team."),
        (OTHER, "Your password was changed", "Hi {name},\n\nThe password for your ClipHire account was changed. "
         "If this wasn't you, reset your password now."),
    ]))

W.append(Writer(
    "calendar-tools", "tune", "Scheduling <scheduling@meetslot.example.com>",
    "Powered by MeetSlot",
    "You're receiving this because an event was booked with you. Manage notifications.",
    messages=[
        (INTERVIEW, "Please pick a time: conversation with the hiring manager", "Hi {name},\n\nLena from Orchard "
         "Analytics would like to set up a 45 minute conversation between you and Paul Kemp, Analytics Manager, "
         "about the Senior Analyst role. Please pick a slot that suits you."),
        (INTERVIEW, "Confirmed: Intro call with Lena Ortiz (30 min)", "Hi {name},\n\nYour event is scheduled.\n"
         "Intro call with Lena Ortiz (Orchard Analytics)\nWednesday, 9 June, 11:00 - 11:30 (BST)\nGoogle Meet "
         "link will be added to the invite.\nNeed to make changes? Reschedule or cancel."),
        (INTERVIEW, "Updated invitation: Onsite loop - Orchard Analytics", "Hi {name},\n\nYour onsite has been "
         "updated. New time: Tuesday 15 June, 9:30 - 14:00. Sessions: product sense, SQL pairing, lunch with the "
         "team, hiring manager. Address: 4 Long Lane, London."),
        (INTERVIEW, "Reminder: you have a call tomorrow", "Hi {name},\n\nA reminder that your call with Samir "
         "Haddad, Engineering Lead at Fernhill, is tomorrow at 16:00. Samir will call you on the number you gave."),
        (OTHER, "Pick a time: Q3 planning review", "Hi {name},\n\nAnna would like to book a 60 minute Q3 planning "
         "review with you and the finance team. Please pick a slot that works."),
        (OTHER, "Book your free consultation", "Hi {name},\n\nReady to grow your business? Pick a time for a free "
         "30-minute consultation with one of our advisers."),
        (OTHER, "Confirmed: dental check-up", "Hi {name},\n\nYour appointment is confirmed: check-up and clean "
         "with Dr Patel, Friday 11 June at 08:40. Reply C to confirm or R to reschedule."),
    ]))

W.append(Writer(
    "aps-canberra", "tune", "Recruitment <recruitment@dept-infrastructure.example.gov.au>",
    "Recruitment Team\nPeople Branch",
    "OFFICIAL. This email and any attachments are intended for the addressee only.",
    dress="oneline",
    messages=[
        (ACK, "Application received - APS6 Policy Officer (22/0419)", "Dear {name}, your application for APS6 "
         "Policy Officer, vacancy 22/0419, has been received. The selection panel will assess applications after "
         "the closing date. We expect to contact applicants in four to six weeks."),
        (TEST, "Next stage: online assessment and work sample", "Dear {name}, thank you for your interest. The "
         "next stage of the process is an online cognitive assessment and a written work sample. Please complete "
         "both through the link provided by 5pm AEST Thursday."),
        (INTERVIEW, "Invitation to attend a selection interview", "Dear {name}, the panel would like to invite you "
         "to a selection interview for APS6 Policy Officer on Wednesday 8 June at 2:00pm AEST via Webex. The panel "
         "will ask behavioural questions against the key capabilities. Please confirm you are able to attend."),
        (OFFER, "Offer of engagement - APS6 Policy Officer", "Dear {name}, I am pleased to advise that you have "
         "been found suitable and are offered engagement as an ongoing APS6 Policy Officer. Please find the letter "
         "of offer attached and return the acceptance form by 20 June."),
        (OFFER, "Security clearance pack", "Dear {name}, as discussed, your engagement is subject to obtaining a "
         "Baseline security clearance. Please complete the clearance pack sent by the vetting agency before your "
         "start date."),
        (OTHER, "APSJobs alert: 14 new vacancies", "Dear {name}, 14 new vacancies match your APSJobs alert "
         "'policy Canberra'. View the list on APSJobs."),
        (OTHER, "Withdrawal confirmed", "Dear {name}, as requested we have withdrawn your application for the EL1 "
         "Assistant Director process. Thank you for letting us know."),
        (ACK, "Receipt of application - EL1 Assistant Director", "Dear {name}, we confirm receipt of your "
         "application for EL1 Assistant Director (22/0431). This is an automated message."),
        (OTHER, "Consultation on the draft transport strategy", "Dear {name}, the department invites submissions "
         "on the draft national transport strategy. Submissions close 30 June."),
    ]))

W.append(Writer(
    "bank-nigeria-graduate", "tune", "Graduate Trainee Programme <gtp@crestline-bank.example.ng>",
    "Yours faithfully,\nHuman Capital Management\nCrestline Bank Plc",
    "Crestline Bank will never request any payment from candidates. Report any such request to the bank.",
    messages=[
        (ACK, "Graduate Trainee Programme: application successfully submitted", "Dear {name},\n\nThis is to "
         "acknowledge the receipt of your application for the 2021 Graduate Trainee Programme. Please note that "
         "only candidates who meet the criteria will be contacted for the next stage."),
        (TEST, "Invitation to aptitude test", "Dear {name},\n\nFollowing your application, you have been invited "
         "to sit for an aptitude test at the Lekki test centre on Saturday, 14th August, by 8am. Come along with a "
         "valid means of identification and your invitation slip. Late comers will not be allowed in."),
        (INTERVIEW, "Invitation for panel interview", "Dear {name},\n\nCongratulations! Following your performance "
         "in the aptitude test, you are hereby invited for a panel interview at our head office, Victoria Island, "
         "on Thursday 26th August at 10am. Kindly dress corporate."),
        (OFFER, "Offer of appointment", "Dear {name},\n\nWe are pleased to offer you appointment as a Graduate "
         "Trainee, subject to satisfactory references and medical fitness. Kindly signify your acceptance by "
         "signing the duplicate copy of this letter."),
        (OFFER, "Resumption for training", "Dear {name},\n\nFurther to your acceptance of our offer, you are to "
         "resume for the induction training at the Crestline Academy, Ikeja on Monday 4th October by 7:30am."),
        (OTHER, "Fraud alert", "Dear {name},\n\nIt has come to our attention that fraudsters are sending fake "
         "recruitment letters demanding payment. Crestline Bank does not charge applicants any fee."),
        (OTHER, "Your account statement", "Dear {name},\n\nPlease find attached your account statement for the "
         "period 1 July to 31 July."),
        (INTERVIEW, "Rescheduled interview date", "Dear {name},\n\nPlease note that the panel interview earlier "
         "scheduled for Thursday has been moved to Friday 27th August at the same venue and time. We regret any "
         "inconvenience."),
    ]))

W.append(Writer(
    "founders-phone-us", "tune", "jake@tallgrass.example.io",
    "jake\n\nSent from my phone",
    messages=[
        (INTERVIEW, "tallgrass", "hey {name} - loved your application. free thurs for coffee? want you to meet "
         "jamie, our head of design. we're at the blue bottle on 3rd"),
        (INTERVIEW, "re: tallgrass", "great see you thurs 10am. jamie will grab you at the door"),
        (OFFER, "!!", "{name} we want you on the team!! sending the offer paperwork tonight, lmk if the number "
         "works. so excited"),
        (OUT, "your talk", "hey {name}, saw your talk at the react meetup last week, super sharp. we're 6 people "
         "building scheduling software for clinics and looking for a founding engineer. any chance you'd grab a "
         "coffee?"),
        (ACK, "re: designer role", "got it thanks {name}! will read tonight and get back to you this week"),
        (OTHER, "re: intro", "hey {name} - can you intro me to your friend at stripe? trying to get our payments "
         "sorted"),
        (OTHER, "congrats!!", "yo {name} congrats on the new gig!! drinks on me when you're settled in"),
        (TEST, "quick design exercise", "hey {name} - next step is a small design exercise, brief attached. "
         "no more than 3-4 hrs please, send it back by monday"),
    ]))

W.append(Writer(
    "retail-chatbot", "tune", "Sunny from Brightmart <hiring@brightmart-careers.example.com>",
    "Sunny, the Brightmart hiring assistant",
    "Msg & data rates may apply. Reply STOP to opt out.",
    messages=[
        (ACK, "We got your application!", "Hi {name}! Thanks for applying to be a Sales Associate at Brightmart "
         "Store #2231. We'll text you when a hiring manager reviews it."),
        (INTERVIEW, "Your interview is confirmed", "Hi {name}! Your interview at Brightmart Store #2231 is set for "
         "Tue Jun 8 at 3:00 PM with Carla. Reply C to confirm or R to reschedule."),
        (INTERVIEW, "Rescheduled", "Hi {name}, no problem! Your interview is now Wed Jun 9 at 11:00 AM. Please "
         "ask for Carla at the service desk."),
        (TEST, "Try a day at Brightmart", "Hi {name}! Before your interview, please take our 10-minute virtual job "
         "tryout, where you'll help customers in a few short scenes."),
        (OFFER, "Congrats! You got the job", "Hi {name}! Congrats! Your offer for Sales Associate at Store #2231 "
         "is ready. Tap the link to accept and start your onboarding tasks."),
        (OFFER, "Background check started", "Hi {name}, as part of your job offer we've started your background "
         "check. You'll get an email from our screening partner - please respond within 2 days."),
        (OTHER, "20% off this weekend", "Hi {name}! Special offer: 20% off home and garden this weekend with code "
         "SUNNY20. Shop now."),
        (OTHER, "Your order is ready for pickup", "Hi {name}, your order #88120 is ready for pickup at Store "
         "#2231. Bring your ID."),
    ]))

W.append(Writer(
    "inhouse-sourcers", "tune", "Priya Natarajan <priya.n@arcwell.example.com>",
    "Best,\nPriya Natarajan\nTechnical Sourcer, Arcwell",
    messages=[
        (OUT, "Staff engineer, Arcwell platform team", "Hi {name},\n\nI'm a sourcer on the platform team at "
         "Arcwell. We're building out our reliability group and your work on distributed tracing caught my eye. "
         "Would you be open to learning more? Happy to share details over a short call."),
        (OUT, "Quick question", "Hi {name}, are you open to new opportunities at the moment? I think your "
         "experience with Kubernetes would be a great match for a senior role we have. Let me know either way!"),
        (OUT, "Re: Staff engineer, Arcwell platform team", "Hi {name}, just bumping this to the top of your inbox "
         "in case it got buried. Still keen to connect if the timing works."),
        (OUT, "Arcwell + you?", "Hi {name}, I know you're not actively looking, but I'd love to tell you about "
         "what we're doing in developer tools. Would a 15 minute chat next week be crazy?"),
        (INTERVIEW, "Re: Quick question", "Great to hear back from you, {name}! I've passed your details to Dan, "
         "the recruiter for the team. He'll reach out to set up an intro call this week."),
        (OTHER, "Jobs you may be interested in", "Hi {name},\n\nBased on your profile: Senior SRE at Arcwell, "
         "Platform Engineer at Northbeam, Staff Engineer at Fieldkit. See all jobs."),
        (OTHER, "Your profile was viewed by a recruiter", "Hi {name}, someone from Arcwell viewed your profile "
         "this week. Upgrade to Premium to see who's viewed you."),
        (ACK, "Your application was sent to Arcwell", "Hi {name},\n\nYour application was sent to Arcwell for "
         "Site Reliability Engineer. Good luck! You can track it in My Jobs."),
    ]))

W.append(Writer(
    "gc-jobs-canada", "tune", "GC Jobs <no-reply@gcjobs.example.gc.ca>",
    "Public Service Commission of Canada",
    "Ce courriel est disponible en français. This is an automated message; do not reply.",
    messages=[
        (ACK, "Confirmation of your application - Policy Analyst (EC-04)", "Dear {name},\n\nYour application to "
         "the process 21-ESD-EA-0413, Policy Analyst (EC-04), has been submitted. You can review it in your "
         "account at any time before the closing date."),
        (TEST, "Invitation to an electronic written exam", "Dear {name},\n\nYou are invited to write the "
         "unsupervised internet test for process 21-ESD-EA-0413. The exam will be sent on Monday at 9:00 EDT and "
         "must be returned by Wednesday at 23:59 PDT. Please read the instructions carefully."),
        (ACK, "Receipt of your exam", "Dear {name},\n\nThis message confirms that we received your written exam "
         "for process 21-ESD-EA-0413. Results will be communicated to all candidates at a later date."),
        (INTERVIEW, "Invitation to an interview", "Dear {name},\n\nYou are invited to an interview by MS Teams on "
         "June 22 at 13:00 EDT. Please have a piece of government-issued photo ID ready. Let us know if you need "
         "an accommodation measure."),
        (OFFER, "Letter of offer - EC-04 indeterminate", "Dear {name},\n\nOn behalf of Employment and Social "
         "Development Canada, I am pleased to offer you an indeterminate appointment to the position of Policy "
         "Analyst (EC-04). Please review the attached letter of offer and sign it by July 5."),
        (OTHER, "Job alert: 9 new advertisements", "Dear {name},\n\n9 new job advertisements match your job alert "
         "'policy analyst Ottawa'."),
        (OTHER, "Your account password will expire", "Dear {name},\n\nThe password for your GC Jobs account will "
         "expire in 7 days. Sign in to change it."),
    ]))

W.append(Writer(
    "firm-germany-english", "tune", "Julia Krämer <julia.kraemer@ostwerk.example.de>",
    "Best regards\nJulia Krämer\nHR Business Partner\nOstwerk GmbH | Munich",
    "Ostwerk GmbH, Managing Directors: Dr. Peter Lang, Anna Feld. Registered at Munich District Court HRB 228811.",
    messages=[
        (ACK, "Your application as Product Owner", "Dear {name},\n\nthank you very much for your application and "
         "the interest in our company. We have received your documents and will check them carefully. Please "
         "understand that this may take some time."),
        (INTERVIEW, "Invitation for a personal meeting", "Dear {name},\n\nwe were pleased to receive your "
         "documents and would like to get to know you personally. Would you have time on 12 July at 10:00 in our "
         "Munich office? We will of course reimburse your travel costs."),
        (TEST, "Case study for the second round", "Dear {name},\n\nas agreed, please find attached the case study "
         "for the second round. Please prepare a presentation of max. 20 minutes which you will present to the "
         "team on site."),
        (OFFER, "Your contract", "Dear {name},\n\nwe are very happy to inform you that we would like to work with "
         "you. Attached you will find your employment contract in two copies. Please sign both and send one back "
         "to us."),
        (OTHER, "Your withdrawal", "Dear {name},\n\nthank you for informing us that you have accepted another "
         "position. We respect your decision and have removed your documents from our system."),
        (OUT, "Your profile on Xing", "Dear {name},\n\nI found your profile on Xing and was impressed by your "
         "experience in agile teams. We are looking for a Scrum Master for our Munich site. Would you be open to a "
         "short phone call?"),
        (OTHER, "Invitation: Ostwerk summer party", "Dear colleagues,\n\nwe invite you to our summer party on "
         "23 July in the courtyard. Please register by 15 July."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "health-service-ireland", "report", "National Recruitment <noreply@healthjobs.example.ie>",
    "Kind regards,\nRecruitment Officer\nNational Recruitment Service",
    "Please do not reply directly to this email. Candidates should monitor their junk folders.",
    messages=[
        (ACK, "Campaign NRS0921 - Staff Nurse General", "Dear {name},\n\nThank you for your application for the "
         "above campaign. Your application has been received and will now be assessed against the eligibility "
         "criteria. You will be notified of the outcome in due course."),
        (TEST, "Online test - Clerical Officer campaign", "Dear {name},\n\nYou are now invited to complete the "
         "online test for the Clerical Officer campaign. The test includes a numerical and a verbal section and "
         "must be completed by 12 noon on Friday."),
        (INTERVIEW, "Interview - Staff Nurse General", "Dear {name},\n\nYou have been shortlisted for interview. "
         "Your interview is scheduled to take place via video on 14 October at 11:30. A link will issue to you "
         "nearer the date."),
        (INTERVIEW, "Interview date change", "Dear {name},\n\nUnfortunately it has been necessary to change your "
         "interview. Your new interview time is 15 October at 09:45. Please confirm by return."),
        (OFFER, "Offer of employment and Garda vetting", "Dear {name},\n\nI am pleased to inform you that you have "
         "been successful at interview and we now wish to offer you the post of Staff Nurse, subject to clearance. "
         "Please complete the Garda vetting form and occupational health questionnaire enclosed."),
        (OFFER, "Clearance complete - start date", "Dear {name},\n\nYour pre-employment clearance is complete. "
         "Your line manager will contact you to agree your start date and induction."),
        (OTHER, "Register for our Nursing Recruitment Open Day", "Dear {name},\n\nCome along to our Open Day on 3 "
         "November and meet our nursing teams. Registration is free."),
        (OTHER, "Confirmation of withdrawal", "Dear {name},\n\nWe confirm that, as per your request, you have been "
         "withdrawn from the Clerical Officer campaign."),
    ]))

W.append(Writer(
    "public-agency-singapore", "report", "Talent Acquisition <careers@urbanworks-agency.example.sg>",
    "Best regards,\nTalent Acquisition\nUrbanWorks Agency",
    "This is a computer-generated email. Please do not reply.",
    dress="html",
    messages=[
        (ACK, "Application for Data Scientist (Job ID 78211)", "Dear {name},\n\nThank you for your application for "
         "the position of Data Scientist. We are reviewing your application and will contact you if you are "
         "shortlisted. Please note that this may take four to six weeks."),
        (TEST, "Technical assessment invitation", "Dear {name},\n\nAs part of the selection process for Data "
         "Scientist, we would like you to complete a technical assessment on our coding platform. It consists of "
         "two SQL and one Python question and should take about 75 minutes."),
        (ACK, "Technical assessment received", "Dear {name},\n\nWe have received your completed technical "
         "assessment. The hiring team will review your submission and update you on the outcome."),
        (INTERVIEW, "Interview arrangement", "Dear {name},\n\nWe are pleased to inform you that you have been "
         "shortlisted for a virtual interview with our hiring panel. Kindly indicate your availability for the "
         "following dates: 8, 9 or 10 November."),
        (OFFER, "Letter of offer of appointment", "Dear {name},\n\nWe are pleased to offer you the appointment of "
         "Data Scientist. Please log in to the portal to view and accept the letter of offer by 30 November."),
        (OTHER, "Careers newsletter - November", "Dear {name},\n\nThis month: meet our engineers, upcoming career "
         "talks and internship openings for 2022. Subscribe to job alerts to be the first to know."),
        (OTHER, "Public consultation on cycling paths", "Dear {name},\n\nWe would like to hear your views on the "
         "proposed cycling paths in Tampines. Complete our 5-minute survey."),
    ]))

W.append(Writer(
    "call-centre-philippines", "report", "HR Recruitment <recruitment@bayview-cx.example.ph>",
    "Thank you and God bless!\n\nRecruitment Team\nBayview CX Solutions - Cebu",
    messages=[
        (INTERVIEW, "Initial Interview - Bayview CX", "Hi {name}!\n\nGood day! This is to inform you that you are "
         "scheduled for an initial interview tomorrow, June 3, at 10 AM at our Cebu IT Park site. Please bring 2 "
         "copies of your resume and 1 valid ID. Kindly reply YES to confirm."),
        (TEST, "English assessment link", "Hi {name}!\n\nPlease take the English assessment using the link below. "
         "Make sure you are in a quiet room and using a headset. The assessment will take around 30 minutes."),
        (TEST, "Typing test and system test", "Hi {name}!\n\nAs part of your application, please complete the "
         "typing test (minimum 35 wpm) and the computer system check before your final interview."),
        (OFFER, "Job Offer - Customer Service Representative", "Hi {name}!\n\nCongratulations! We are happy to "
         "extend our job offer for the position of Customer Service Representative. Please come to the site on "
         "Monday for the contract signing and bring your pre-employment requirements."),
        (ACK, "Application received", "Hi {name}!\n\nThank you for your interest in joining Bayview CX. We have "
         "received your application and our recruiters will contact you within 3 to 5 working days."),
        (OUT, "Hiring! Customer Service Reps", "Hi Ma'am/Sir {name}!\n\nWe came across your profile on "
         "JobStreet. Bayview CX is hiring CSRs for a US healthcare account, with sign-on bonus. Are you "
         "interested? Just reply and I will call you."),
        (OTHER, "Bayview CX family day", "Hi team!\n\nOur family day is happening on June 20 at the resort. Please "
         "register your dependents with HR."),
        (OTHER, "SSS and PhilHealth contributions", "Hi {name}!\n\nYour payslip for May 16-31 is now available on "
         "the employee portal."),
    ]))

W.append(Writer(
    "law-firm-london-graduate", "report", "Graduate Recruitment <graduates@pembroke-lloyd.example.com>",
    "Best wishes,\nThe Graduate Recruitment Team\nPembroke Lloyd LLP",
    "Pembroke Lloyd LLP is authorised and regulated by the Solicitors Regulation Authority.",
    dress="quote",
    messages=[
        (ACK, "Your 2023 training contract application", "Dear {name},\n\nThank you for applying for a training "
         "contract with Pembroke Lloyd. We confirm that your application has been submitted successfully. We "
         "review applications on a rolling basis."),
        (TEST, "Next stage: critical thinking test", "Dear {name},\n\nWe are pleased to invite you to the next "
         "stage, an online critical thinking test. Please complete it within five days; it takes around 30 "
         "minutes."),
        (TEST, "Your virtual experience", "Dear {name},\n\nThe next step is our immersive virtual experience, in "
         "which you will respond to a series of tasks as a trainee would. Please set aside an hour."),
        (INTERVIEW, "Invitation to assessment centre", "Dear {name},\n\nCongratulations, we would like to invite you "
         "to an assessment centre at our London office on 9 March. The day will include a partner interview, a "
         "written exercise and a group task. Please book your place using the link."),
        (OFFER, "Training contract offer", "Dear {name},\n\nFollowing your assessment centre, we are delighted to "
         "offer you a training contract commencing September 2023. Your formal offer letter is attached."),
        (OTHER, "Open day: commercial awareness", "Dear {name},\n\nJoin us for an open day on commercial "
         "awareness, with a panel of trainees. Places are limited."),
        (OTHER, "Application withdrawn", "Dear {name},\n\nWe have received your request and your application has "
         "been withdrawn. We wish you the very best."),
        (ACK, "Vacation scheme application received", "Dear {name},\n\nThank you for applying to our summer "
         "vacation scheme. We will let you know the outcome of your application by the end of February."),
    ]))

W.append(Writer(
    "ngo-kenya", "report", "Human Resources <hr@amani-water.example.or.ke>",
    "Regards,\nHuman Resources\nAmani Water Trust, Nairobi",
    "Amani Water Trust is committed to safeguarding. We do not charge fees at any stage of recruitment.",
    messages=[
        (ACK, "Programme Officer - WASH", "Dear {name},\n\nThank you for your application for the Programme "
         "Officer position. Kindly note it has been received. Due to the high number of applications, only "
         "shortlisted candidates will be contacted."),
        (TEST, "Written test - Programme Officer", "Dear {name},\n\nYou have been shortlisted for a written test "
         "which will take place online on Tuesday 9th at 10am EAT. The test will last two hours. The link will be "
         "shared one hour before."),
        (INTERVIEW, "Interview invitation", "Dear {name},\n\nFollowing the written test, you are invited for an "
         "oral interview via Zoom on Friday 12th at 2pm EAT. Please confirm your availability."),
        (OFFER, "Offer - Programme Officer", "Dear {name},\n\nWe are glad to offer you the position of Programme "
         "Officer - WASH on a two-year contract based in Kisumu. Kindly confirm your acceptance in writing by 20th."),
        (OTHER, "Newsletter: clean water for 12 schools", "Dear {name},\n\nThanks to supporters like you, 12 "
         "schools in Siaya now have clean water. Read the stories in our quarterly newsletter and donate today."),
        (OTHER, "Call for proposals - hygiene promotion", "Dear {name},\n\nAmani invites proposals from consultants "
         "for a hygiene promotion evaluation. Deadline 30th."),
    ]))

W.append(Writer(
    "it-staffing-vendors-us", "report", "Ravi Kumar <ravi.kumar@nexgen-itsol.example.com>",
    "Thanks & Regards,\nRavi Kumar | Sr. Technical Recruiter\nNexGen IT Solutions Inc.\nDirect: 972-555-0147",
    "If you are not interested in receiving our e-mails then please reply with a REMOVE in the subject line.",
    dress="oneline",
    messages=[
        (OUT, "Immediate need: Java Developer - Dallas, TX (Onsite)", "Hi {name}, Hope you are doing well. This is "
         "Ravi from NexGen. I came across your resume and have an urgent requirement with our direct client. "
         "Please go through the below JD and let me know your interest. Role: Java Developer. Location: Dallas, "
         "TX. Duration: 12+ months. Rate: $65/hr on C2C."),
        (OUT, "W2 only: Data Engineer - Remote", "Hi {name}, I have an opening for a Data Engineer (Spark, Scala, "
         "AWS) with one of our clients, 100% remote, W2 only. If interested please reply with your updated resume, "
         "expected rate and visa status."),
        (OUT, "Following up: Java Developer Dallas", "Hi {name}, following up on my previous email about the Java "
         "Developer role. Please let me know your availability for a quick call."),
        (INTERVIEW, "Client interview scheduled", "Hi {name}, your client interview with the hiring manager is "
         "scheduled for tomorrow at 11 AM CST on Zoom. Please join 5 minutes early and keep your camera on."),
        (OFFER, "Selected! next steps", "Hi {name}, good news, the client has selected you for the Java Developer "
         "position. Rate as discussed. Please fill the attached onboarding forms and send your I-9 documents."),
        (OTHER, "Please share your hotlist", "Hi Partner, we have multiple C2C requirements. Please share your "
         "hotlist of available consultants and their rates."),
        (OTHER, "Holiday schedule", "Hi all, please note our office will be closed on Thursday and Friday for "
         "Thanksgiving."),
        (ACK, "Re: Data Engineer", "Hi {name}, thanks for sending your resume and RTR. I have submitted your "
         "profile to the client and will update you as soon as I hear back."),
    ]))

W.append(Writer(
    "faculty-search", "report", "Prof. Helen Marsh <h.marsh@lakeview-univ.example.edu>",
    "Best regards,\nHelen Marsh\nChair, Search Committee\nDepartment of Chemistry, Lakeview University",
    messages=[
        (ACK, "Assistant Professor search - materials received", "Dear Dr. {name},\n\nThank you for your "
         "application to the Assistant Professor position in Physical Chemistry. Your materials are complete. The "
         "committee will begin reviewing files on November 15."),
        (INTERVIEW, "First-round Zoom conversation", "Dear Dr. {name},\n\nThe search committee enjoyed reading "
         "your materials and would like to speak with you by Zoom for about 30 minutes. Could you let us know "
         "which of the times below would suit you?"),
        (INTERVIEW, "Campus visit itinerary", "Dear Dr. {name},\n\nWe look forward to welcoming you to campus next "
         "week. Attached is your itinerary, including your research seminar on Monday at 4 pm, meetings with "
         "faculty and the Dean, and dinner with the committee."),
        (OFFER, "Position offer", "Dear Dr. {name},\n\nI am delighted to tell you that the department has voted "
         "to recommend your appointment. The Dean will be sending a formal offer letter with the details of "
         "salary and start-up package."),
        (OUT, "Encouraging your application", "Dear Dr. {name},\n\nI heard your talk at the ACS meeting and "
         "wanted to make sure you had seen our open position in physical chemistry. I hope you will consider "
         "applying; I would be happy to answer any questions."),
        (OTHER, "Departmental seminar Friday", "Dear colleagues,\n\nOur seminar this Friday is given by Dr. Osei "
         "on ultrafast spectroscopy. Coffee at 3:30."),
        (OTHER, "Call for papers", "Dear Dr. {name},\n\nThe Journal of Surface Chemistry invites submissions to a "
         "special issue on catalysis. Deadline 1 March."),
    ]))

W.append(Writer(
    "airline-cabin-crew", "report", "Cabin Crew Recruitment <crewrecruitment@skyvale.example.com>",
    "Best wishes,\nCabin Crew Recruitment Team\nSkyvale Airways",
    "Skyvale Airways Ltd. Registered in England and Wales.",
    messages=[
        (ACK, "Thanks for applying to fly with us", "Hi {name},\n\nThanks for applying to join our cabin crew. "
         "We've got your application and our team will review it soon."),
        (TEST, "Your online questionnaire and video", "Hi {name},\n\nNext, please complete our online "
         "questionnaire about how you like to work, followed by a short video where you'll tell us why you want to "
         "fly with Skyvale. Both must be completed within 3 days."),
        (INTERVIEW, "Invitation to our assessment day", "Hi {name},\n\nWe loved your video! We'd like to invite you "
         "to our assessment day at Gatwick on 22 April, which includes a group activity, a reach test and a "
         "one-to-one interview. Please book your place through your account."),
        (OFFER, "Conditional offer - Cabin Crew", "Hi {name},\n\nCongratulations! We're delighted to make you a "
         "conditional offer to join Skyvale as Cabin Crew, subject to a medical, references and a five-year "
         "background check."),
        (OTHER, "Exclusive member offer", "Hi {name},\n\nAs a Skyvale Club member, save 15% on flights to Lisbon "
         "this spring. Offer ends Sunday."),
        (OTHER, "Your boarding pass", "Hi {name},\n\nYour boarding pass for flight SV214 to Faro is attached. "
         "Check-in closes 40 minutes before departure."),
        (ACK, "We've received your questionnaire and video", "Hi {name},\n\nThanks for completing your "
         "questionnaire and video. We'll be in touch soon about the next step."),
    ]))

W.append(Writer(
    "candidate-portal-notices", "report", "Kestrel Foods <kestrelfoods@candidatehome.example.com>",
    "Kestrel Foods Talent Acquisition",
    "This is an automated notification from the Kestrel Foods candidate home. Do not reply.",
    messages=[
        (ACK, "Kestrel Foods - Application Submitted", "Hello {name},\n\nYou successfully submitted your "
         "application for Quality Technician (R-10442). You can review the status of your application in your "
         "candidate home."),
        (ACK, "Application status update", "Hello {name},\n\nThe status of your application for Quality "
         "Technician has changed to Under Review."),
        (INTERVIEW, "Action required: schedule your interview", "Hello {name},\n\nYou have been selected to "
         "schedule an interview for Quality Technician. Select a time slot that suits you in your candidate "
         "home."),
        (TEST, "Task assigned: complete questionnaire", "Hello {name},\n\nA task has been assigned to you: complete "
         "the Quality Technician skills questionnaire. Sign in to your candidate home to complete it by 14 May."),
        (OFFER, "An offer letter is available", "Hello {name},\n\nAn offer letter for Quality Technician is "
         "available in your candidate home. Please review and respond by 20 May."),
        (OTHER, "Verify your email", "Hello {name},\n\nPlease verify your email address to activate your candidate "
         "account."),
        (OTHER, "You have a new job alert", "Hello {name},\n\nNew jobs matching 'quality technician' have been "
         "posted at Kestrel Foods."),
    ]))

W.append(Writer(
    "gulf-recruiter", "report", "Faisal Al Mansoori <faisal@deserthorizon-hr.example.ae>",
    "Best Regards,\nFaisal Al Mansoori\nSenior Recruitment Consultant\nDesert Horizon HR Consultancy, Dubai",
    messages=[
        (OUT, "Opportunity in Abu Dhabi - Project Manager", "Dear {name},\n\nGreetings from Desert Horizon. We are "
         "recruiting a Project Manager (infrastructure) for a reputed government-related entity in Abu Dhabi. "
         "Tax-free package with housing and schooling allowances. Kindly share your updated CV if you are "
         "interested."),
        (OUT, "Your profile", "Dear {name},\n\nI reviewed your profile and believe you would be a strong match "
         "for a Facilities Director role with our client in Riyadh. May I call you tomorrow?"),
        (INTERVIEW, "Interview with client - Abu Dhabi PM", "Dear {name},\n\nThe client has shortlisted your CV. "
         "Your video interview is confirmed for Sunday at 1pm UAE time with the Programme Director. Please find "
         "the Teams link below."),
        (OFFER, "Offer and visa processing", "Dear {name},\n\nCongratulations, the client has issued the offer "
         "letter (attached). Once signed, we will start the visa and medical process. Expected joining date is "
         "within 45 days."),
        (ACK, "CV received", "Dear {name},\n\nThank you for sending your CV for the Project Manager role. I have "
         "received it and will revert after reviewing it with the client."),
        (OTHER, "Eid greetings", "Dear {name},\n\nEid Mubarak from all of us at Desert Horizon! Our offices will "
         "be closed from Tuesday to Thursday."),
    ]))

W.append(Writer(
    "contact-centre-mexico", "report", "Reclutamiento <talent@norteconnect.example.mx>",
    "Regards,\nTalent Team\nNorteConnect - Monterrey",
    messages=[
        (INTERVIEW, "Interview for bilingual agent", "Hello {name}, thank you for your interest in NorteConnect. "
         "We want to invite you for an interview for the bilingual agent position on Thursday at 11 am in our "
         "Monterrey site. Please bring your INE and CV."),
        (TEST, "English level test", "Hello {name}, before your interview please take our English level test in "
         "this link. It has listening, reading and a short conversation with the system. It takes 40 minutes."),
        (OFFER, "Welcome to NorteConnect!", "Hello {name}, we are happy to tell you that you were selected for the "
         "bilingual agent position. Your training starts on Monday 8:00 am. Please bring the documents for your "
         "contract."),
        (ACK, "We received your CV", "Hello {name}, thank you for apply to NorteConnect. We received your CV and "
         "a recruiter will call you in the next days."),
        (OUT, "Are you bilingual?", "Hello {name}, we saw your profile in OCC and we are looking for bilingual "
         "people for customer service, with good salary and benefits. Are you interested? Answer this mail and we "
         "call you."),
        (OTHER, "Promo de fin de mes", "Hello {name}, this weekend 2x1 in all our services plans. Offer valid until "
         "Sunday."),
    ]))

W.append(Writer(
    "test-vendors-b", "report", "CodeArena <noreply@codearena.example.io>",
    "CodeArena, on behalf of the hiring team",
    "CodeArena Ltd. | Candidate support | Terms",
    dress="html",
    messages=[
        (TEST, "Tessera Systems invites you to a coding test", "Hi {name},\n\nTessera Systems has invited you to "
         "take a coding test for Backend Engineer. The test has 3 tasks and a time limit of 120 minutes. Once you "
         "start, the timer cannot be paused. The invitation expires on 12 May."),
        (TEST, "Reminder: your test expires soon", "Hi {name},\n\nYour coding test from Tessera Systems expires in "
         "2 days. Start your test now."),
        (TEST, "Personality and cognitive assessment", "Hi {name},\n\nOn behalf of Marlow Retail Group, we invite "
         "you to complete a personality and cognitive assessment. It takes around 35 minutes and can be taken on "
         "any device."),
        (TEST, "Live pair programming - book your session", "Hi {name},\n\nTessera Systems would like you to take "
         "part in a 60-minute live coding exercise with one of their engineers. Choose a time for your session."),
        (ACK, "Test submitted", "Hi {name},\n\nYour coding test for Tessera Systems has been submitted. Your "
         "results have been sent to the company, who will contact you about the next steps."),
        (ACK, "Assessment complete", "Hi {name},\n\nThanks for completing the Marlow Retail Group assessment. "
         "Your responses have been recorded."),
        (OTHER, "Practice makes perfect", "Hi {name},\n\nSharpen your skills with 50 new practice challenges on "
         "CodeArena. Start practising for free."),
        (OTHER, "Spring hackathon: win $5,000", "Hi {name},\n\nJoin the CodeArena spring hackathon this weekend. "
         "Build something amazing and win up to $5,000 in prizes."),
    ]))

W.append(Writer(
    "coordinators-by-hand", "report", "Amelia Frost <amelia.frost@thornbury-group.example.co.uk>",
    "Many thanks,\nAmelia\nRecruitment Coordinator, Thornbury Group",
    messages=[
        (INTERVIEW, "Availability next week", "Hi {name},\n\nThanks for your time on the phone yesterday. Simon "
         "would like to meet you for a second conversation next week. Could you let me know your availability "
         "on Tuesday or Wednesday? It would be at our Bristol office for about an hour."),
        (INTERVIEW, "Confirmation - Wednesday 10am", "Hi {name},\n\nLovely, I've booked Wednesday at 10am with "
         "Simon and Rachel. When you arrive please sign in at reception on the ground floor. Bring photo ID for "
         "your visitor pass."),
        (INTERVIEW, "Change of plan for Wednesday", "Hi {name},\n\nSimon has been called away so we need to move "
         "Wednesday's meeting. Would Thursday at 2pm or Friday at 9.30 work instead? Sorry for the faff."),
        (INTERVIEW, "Video call link", "Hi {name},\n\nHere is the Teams link for your chat with Priya tomorrow. "
         "She'll go through your experience and tell you more about the team."),
        (ACK, "Received, thank you", "Hi {name},\n\nThank you for sending your CV and covering letter for the "
         "Marketing Executive role, both received. I'll pass them to the hiring manager."),
        (OTHER, "Availability for the supplier review", "Hi {name},\n\nCould you let me know your availability "
         "next week for the supplier review with procurement? It should take about an hour."),
        (OTHER, "Room booking", "Hi all,\n\nI've booked the boardroom for Thursday's all-hands. Lunch will be "
         "provided."),
    ]))

W.append(Writer(
    "agency-australia", "report", "Bec Sullivan <bec@southerly-talent.example.com.au>",
    "Cheers,\nBec Sullivan\nPrincipal Consultant | Southerly Talent\nM 0412 555 019",
    dress="quote",
    messages=[
        (OUT, "Senior BA role - Melbourne", "Hi {name},\n\nHope your week's going well! I'm recruiting a Senior "
         "Business Analyst for a super fund in the CBD, 12 month fixed term with a view to perm. I reckon your "
         "background would be spot on. Keen for a chat?"),
        (OUT, "Something you might like", "Hi {name},\n\nI know you're happy where you are, but I've just taken on "
         "a Product Manager brief I think you'd love - flexible hours, great team. Worth a 10 minute chat?"),
        (OUT, "Re: Senior BA role - Melbourne", "Hi {name},\n\nJust circling back on this one - the client is "
         "moving quickly. Let me know if you'd like me to put you forward."),
        (INTERVIEW, "Interview with the super fund", "Hi {name},\n\nGreat news, the hiring manager wants to meet "
         "you! Are you free Monday at 3pm at their office on Collins St? It'll be a 45 min chat with her and the "
         "Head of Change."),
        (OFFER, "Verbal offer!", "Hi {name},\n\nJust got off the phone with the client and they'd like to offer you "
         "the role! $140k plus super, start on the 4th. Contract to follow from their HR. Congrats!"),
        (OTHER, "Southerly Talent market update", "Hi {name},\n\nOur quarterly market update is here: which skills "
         "are in demand, rate trends and our hiring outlook for the next six months."),
    ]))

W.append(Writer(
    "screening-onboarding-services", "report", "VerifyNow <notifications@verifynow.example.com>",
    "The VerifyNow team",
    "VerifyNow is a consumer reporting agency. Questions? Visit our help centre.",
    messages=[
        (OFFER, "Complete your background check for Redstone Logistics", "Hi {name},\n\nRedstone Logistics has "
         "asked us to complete your background check as part of your job offer. Please provide your information "
         "and consent within 3 days so your start date isn't delayed."),
        (OFFER, "Your background check is complete", "Hi {name},\n\nGood news, your background check for "
         "Redstone Logistics is complete and has been shared with the company. They will be in touch about your "
         "start date."),
        (OFFER, "Welcome aboard - your first day", "Hi {name},\n\nWelcome to the team at Redstone Logistics! Your "
         "first day is Monday 14 June. Please arrive at 8:30am and bring your ID and right to work documents."),
        (OFFER, "Sign your offer letter", "Hi {name},\n\nRedstone Logistics has sent you a document to review and "
         "sign: Offer Letter - Transport Planner. Review document."),
        (OTHER, "Tenant screening for 14 Elm Street", "Hi {name},\n\nYour prospective landlord has requested a "
         "tenant screening report for 14 Elm Street. Please complete the form and pay the screening fee."),
        (OTHER, "Verify your identity", "Hi {name},\n\nTo finish opening your account, please verify your identity "
         "by uploading a photo of your driving licence."),
    ]))

W.append(Writer(
    "job-boards", "report", "JobHarbor <alerts@jobharbor.example.com>",
    "The JobHarbor team",
    "You are receiving this email because you created a job alert. Unsubscribe | Privacy",
    messages=[
        (OTHER, "12 new jobs for 'project coordinator' near Leeds", "Hi {name},\n\nHere are today's new jobs that "
         "match your alert: Project Coordinator at Fenwood, Project Support Officer at Leeds City Council, PMO "
         "Analyst at Brightway. Apply now."),
        (OTHER, "Your CV was viewed by 3 employers", "Hi {name},\n\nGood news: your CV was viewed by 3 employers "
         "this week. Keep your profile up to date to get noticed."),
        (OTHER, "Complete your profile", "Hi {name},\n\nCandidates with a complete profile get 3x more views from "
         "recruiters. Add your skills now."),
        (OTHER, "What are project coordinators paid?", "Hi {name},\n\nSee our 2022 salary report for project "
         "coordinators in Yorkshire, and how your pay compares."),
        (ACK, "Application sent: Project Coordinator at Fenwood", "Hi {name},\n\nYour application for Project "
         "Coordinator at Fenwood has been sent. The employer may contact you directly."),
        (OUT, "You have a new message from a recruiter", "Hi {name},\n\nMark from Brightway Recruitment sent you a "
         "message: 'Hi, I saw your CV on JobHarbor and I have a PMO role in Leeds that could suit you. Are you "
         "available for a call?' Reply on JobHarbor."),
        (OTHER, "Podcast interview request", "Hi {name},\n\nWe'd love to interview you for the JobHarbor Careers "
         "Podcast about your switch into project management. Would you be free for a 30-minute recording?"),
    ]))

# A second batch in the same voices, written before the first run, so every label has at least 40 messages.
EXTRA: dict[str, list[tuple[str, str, str]]] = {
    # ---- tune writers
    "housing-assoc-scotland": [
        (OUT, "Repairs Manager - would you consider it?", "Dear {name}\n\nWe met at the CIH conference last "
         "month. We are about to advertise for a Repairs Manager and I think your experience with contractors "
         "would suit it well. Would you be interested in an informal chat before it goes live?")],
    "bank-hongkong": [
        (TEST, "Online situational judgement test", "Dear {name},\n\nPlease complete the situational judgement "
         "test for the Global Markets Analyst programme. You will be presented with workplace scenarios and asked "
         "to rank possible responses. Please finish within 3 days."),
        (ACK, "Receipt of your online test", "Dear {name},\n\nWe confirm that your online reasoning test results "
         "have been received. We will be in touch regarding the outcome of this stage.")],
    "founder-brazil": [
        (OUT, "remote backend", "hi {name}, a friend from the Rust community told me you might be looking for "
         "something new. we are hiring a backend dev, fully remote, paid in USD. interested in a call?"),
        (OFFER, "contract", "hi {name}! the contract is in docusign now, please sign when you can. we also send "
         "your laptop this week so it arrives before day one")],
    "agency-uk-consultant": [
        (OUT, "Are you still at Halcyon?", "Hi {name}\n\nAre you still at Halcyon? I've a Senior Analytics "
         "Engineer role with a fintech in Manchester, fully remote, paying up to £90k. Worth a conversation?"),
        (TEST, "Technical test from the client", "Hi {name}\n\nThe client would like you to do a short "
         "technical test before the interview - an SQL exercise and a couple of modelling questions. They've "
         "allowed 90 minutes; the link is below and is valid until Sunday.")],
    "campus-drive-india": [
        (TEST, "Psychometric assessment - mandatory", "Dear {name},\n\nAll selected candidates must complete "
         "the psychometric assessment before the HR round. The link will be active for 48 hours only.")],
    "hospital-us-nursing": [
        (OUT, "Nurse residency program - thought of you", "Hi {name},\n\nI saw on LinkedIn that you just "
         "passed the NCLEX, congratulations! Our nurse residency cohort for new grads starts in September and "
         "I think you'd be a great fit. Would you like me to send the details?"),
        (INTERVIEW, "Shadow shift and meet the team", "Hi {name},\n\nBefore we make a final decision, the ICU "
         "manager would like you to come in for a four-hour shadow shift and meet the team. Does Friday the 18th "
         "work for you?")],
    "exec-search-partner": [
        (OUT, "Chief People Officer - a conversation", "Dear {name},\n\nI am leading the search for a Chief "
         "People Officer for a FTSE 250 business. Your record at your current company makes you someone I would "
         "very much like to speak with, whether as a candidate or as a source. Might you be free for a call?"),
        (TEST, "Psychometric profile ahead of the final panel", "Dear {name},\n\nAs is usual at this stage, the "
         "board asks finalists to complete a leadership profile questionnaire. The link is below; it takes "
         "around 40 minutes and the results will be discussed with you by our occupational psychologist.")],
    "video-test-vendor-a": [
        (TEST, "Complete your assessment for Brookline Insurance", "Hi {name},\n\nBrookline Insurance would "
         "like you to complete an assessment as the next step of your application. It includes a short "
         "situational judgement section and a numerical section.")],
    "calendar-tools": [
        (INTERVIEW, "Canceled: Technical interview with Fernhill", "Hi {name},\n\nYour technical interview "
         "with Fernhill on Thursday at 14:00 has been canceled by the organizer. Rebook: pick a new time.")],
    "aps-canberra": [
        (OUT, "Expression of interest - EL2 Director", "Dear {name}, I am reaching out to a small number of "
         "people with strong policy backgrounds about an upcoming EL2 Director opportunity in our branch. If you "
         "are interested I would welcome a conversation before the formal process opens.")],
    "bank-nigeria-graduate": [
        (ACK, "Application received - Experienced Hire", "Dear {name},\n\nThank you for applying for the "
         "position of Relationship Manager, Corporate Banking. Your application has been received and is under "
         "review.")],
    "founders-phone-us": [
        (OUT, "hi", "hey {name} - jake here, cofounder at tallgrass. a mutual friend said you're thinking about "
         "leaving your job. we're hiring for design, want to hear about it?"),
        (OFFER, "re: offer", "totally fair {name}, we can do 1.2% equity and move the start to the 15th. i'll "
         "update the letter tonight")],
    "retail-chatbot": [
        (ACK, "Thanks for the info!", "Hi {name}! Got it, your availability has been saved. A hiring manager will "
         "review your application for Stock Associate soon.")],
    "inhouse-sourcers": [
        (OUT, "Engineering manager opening", "Hi {name}, I'm reaching out because you've led teams working on "
         "data infrastructure, and we're hiring an engineering manager for exactly that. Would you be interested "
         "in a confidential conversation?"),
        (OUT, "Still interested in hearing from you", "Hi {name}, I reached out a few months back and the timing "
         "wasn't right. We've since opened a couple of new senior roles - would you like to reconnect?")],
    "gc-jobs-canada": [
        (TEST, "Second Language Evaluation - reading test", "Dear {name},\n\nAs part of process 21-ESD-EA-0413 "
         "you are required to take the Second Language Evaluation test of reading. Please book your session "
         "within 10 days.")],
    "firm-germany-english": [
        (OUT, "Senior Product Owner position", "Dear {name},\n\nyour profile on LinkedIn caught my attention. "
         "For our client, a well-known automotive supplier near Stuttgart, I am looking for a Senior Product "
         "Owner. Would you be interested in a confidential exchange?"),
        (OFFER, "Welcome on board - your first day", "Dear {name},\n\nwe are looking forward to your start on "
         "1 October! Please come to the reception at 9:00; your team lead will pick you up. Please bring your tax "
         "ID and your social security number.")],
    # ---- report writers
    "health-service-ireland": [
        (OUT, "Opportunities in our ICU", "Dear {name},\n\nI am the Director of Nursing at St Brigid's and I "
         "understand from a colleague that you may be returning to Ireland. We have permanent ICU posts and a "
         "relocation package. Would you like to talk?")],
    "public-agency-singapore": [
        (OUT, "Opportunity: Lead Data Engineer", "Dear {name},\n\nI came across your profile and your work on "
         "geospatial platforms. Our agency is building a new data team and I would like to share a Lead Data "
         "Engineer opportunity with you. Are you open to a conversation?"),
        (TEST, "Online psychometric assessment", "Dear {name},\n\nPlease complete the online psychometric "
         "assessment within 5 days. It consists of an aptitude section and a work style questionnaire.")],
    "call-centre-philippines": [
        (INTERVIEW, "Final interview with the account manager", "Hi {name}!\n\nCongratulations on passing the "
         "assessments! Your final interview with the account manager is on Friday, 2 PM. Please wear business "
         "casual.")],
    "law-firm-london-graduate": [
        (OFFER, "Pre-employment screening", "Dear {name},\n\nNow that you have accepted our training contract "
         "offer, our screening provider will be in touch to carry out the standard checks on your education and "
         "identity.")],
    "ngo-kenya": [
        (OUT, "Regional Director role - invitation to apply", "Dear {name},\n\nWe are recruiting a Regional "
         "Director for East Africa and your work on rural water programmes is well known to our board. We would "
         "be delighted if you would consider applying, and I would be happy to discuss the role."),
        (ACK, "Receipt of your written test", "Dear {name},\n\nThis is to confirm that your written test has "
         "been received. Shortlisted candidates will be contacted for the next stage.")],
    "it-staffing-vendors-us": [
        (OUT, "Urgent: Salesforce Developer - Chicago", "Hi {name}, hope you are doing great! We have an urgent "
         "requirement for a Salesforce Developer in Chicago, IL (hybrid). Long term project. Please share your "
         "resume if you are comfortable with the role."),
        (TEST, "Coding assessment from client", "Hi {name}, the client has sent an online coding assessment "
         "before the interview. Please complete it within 48 hours, link below. It has 2 problems on Java and 1 "
         "on SQL.")],
    "faculty-search": [
        (TEST, "Teaching statement and sample lecture", "Dear Dr. {name},\n\nAs the next step, the committee "
         "asks each finalist to record a 15-minute sample lecture for an introductory course and to submit it "
         "with a short teaching statement by Friday.")],
    "airline-cabin-crew": [
        (OUT, "Come fly with us again?", "Hi {name},\n\nWe noticed you were part of our crew a few years ago. "
         "We're recruiting experienced crew for our new Manchester base and would love to welcome you back. "
         "Interested?")],
    "candidate-portal-notices": [
        (OTHER, "Your candidate account", "Hello {name},\n\nYour candidate account has been created. Use the "
         "link below to set your password.")],
    "gulf-recruiter": [
        (OUT, "Following up on the Riyadh role", "Dear {name},\n\nFollowing up on my earlier email about the "
         "Facilities Director opportunity in Riyadh. The client is reviewing profiles this week, so please let me "
         "know if you would like to be considered."),
        (TEST, "Client assessment", "Dear {name},\n\nThe client has requested that all shortlisted candidates "
         "complete an online leadership assessment before the final interview. Kindly complete it by Thursday.")],
    "contact-centre-mexico": [
        (INTERVIEW, "Cambio de horario / schedule change", "Hello {name}, your interview changed to Friday at 9 am "
         "because the recruiter is not available on Thursday. Sorry for the change.")],
    "coordinators-by-hand": [
        (TEST, "Before Wednesday", "Hi {name},\n\nAhead of Wednesday, Simon has asked if you could prepare a "
         "short exercise: a one-page plan for launching our autumn campaign. Please bring it along and email it "
         "to me the day before.")],
    "agency-australia": [
        (OUT, "Quick one", "Hi {name},\n\nSaw you've just wrapped up your contract at Telstar. I've got two "
         "change manager roles that would suit - are you looking?"),
        (OFFER, "Contract's in your inbox", "Hi {name},\n\nThe client's HR team has just sent over your "
         "employment contract. Have a read and sign when you're ready, then we're all set for the 4th!")],
    "screening-onboarding-services": [
        (OTHER, "Your background check request", "Hi {name},\n\nThank you for ordering a personal background "
         "check report. Your report will be ready in 2-3 business days.")],
    "job-boards": [
        (OUT, "A recruiter wants to connect", "Hi {name},\n\nSarah from Pennine Recruitment would like to talk "
         "to you about a Project Manager role. She wrote: 'Your CV stood out - would you be open to a quick chat "
         "about a permanent role in Bradford?'"),
        (OTHER, "Interview tips from JobHarbor", "Hi {name},\n\nHow to answer 'tell me about yourself': our "
         "career coaches share five tips for your next interview.")],
}
EXTRA.setdefault("retail-chatbot", []).append(
    (OFFER, "Your first shift", "Hi {name}! Welcome to the Brightmart team! Your first shift is Sat Jun 19 at 8:00 "
     "AM. Wear black pants and closed-toe shoes; your manager will give you your vest."))
EXTRA.setdefault("calendar-tools", []).append(
    (TEST, "Book your take-home review", "Hi {name},\n\nOrchard Analytics has sent you a take-home exercise. "
     "You have 5 days to submit it; then pick a slot below to walk the team through your solution."))
EXTRA.setdefault("gc-jobs-canada", []).append(
    (OUT, "Invitation to apply - EC-06 inventory", "Dear {name},\n\nBased on your profile in the Federal Student "
     "Work Experience Program alumni list, we invite you to apply to the EC-06 Senior Policy Analyst inventory, "
     "which closes on October 1."))
EXTRA.setdefault("airline-cabin-crew", []).append(
    (OFFER, "Your training course dates", "Hi {name},\n\nNow that your checks are complete, we're delighted to "
     "confirm your place on the initial cabin crew training course starting 6 June. Your contract and uniform "
     "fitting details are attached."))
EXTRA.setdefault("contact-centre-mexico", []).append(
    (TEST, "Online test - customer service simulation", "Hello {name}, please do our online simulation where you "
     "answer chats from customers. It takes 20 minutes. You need to finish it before the interview."))
EXTRA.setdefault("faculty-search", []).append(
    (INTERVIEW, "Rescheduling your campus visit", "Dear Dr. {name},\n\nBecause of the snowstorm forecast for "
     "Monday, we would like to move your campus visit to the following Thursday and Friday. The itinerary will "
     "otherwise stay the same; our administrator will rebook your flights."))
for _w in W:
    _w.messages.extend(EXTRA.get(_w.key, []))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hi,\n> Thanks for getting back to me. Happy to "
          "help with anything you need.\n> Best,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px 0;font-family:Arial\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return ("<html><head><style>p{color:#333}</style></head><body><table width=\"100%\"><tr><td>"
            f"{paras}</td></tr></table></body></html>")


DRESS = Dress(QUOTED, "Mon, 7 Jun 2021 at 09:12", _html, quote_on=0, html_on=1)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    return letters(W, NAMES, DRESS)
