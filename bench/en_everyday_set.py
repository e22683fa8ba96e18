"""Everyday English mail that borrows the job words, and job mail from the same kinds of senders (issue #15,
eleventh session, written for this project on 2026-12-07 before any change it measures; never real mail).

About seven in ten messages are `other` of kinds a real inbox is full of and the earlier non-job sets did not
write: university and course admin (enrolment, grades, "your application to the programme", an offer of a place),
scholarship, visa, immigration and tax-office letters, health, insurance and bank mail ("your application for
credit", "claim decision", "an interview for our survey"), software notifications (code review, issue trackers,
chat digests, failed builds, "invited you to join the team"), online courses and certificates, conferences,
meetups and hackathons, newsletters and tech digests, volunteering, sport clubs, dating and social apps, travel,
crowdfunding, forum replies, app-store and journal decisions, and shops' "offers". The rest is real job mail from
the same kinds of senders: a university's HR about a staff post, a bank's careers team, a software company's
recruiter, a hospital's staffing office, a take-home test sent as a repository invitation, a chat-tool invitation
to coordinate interviews. Voices: machine notifications without a salutation, British and Irish officialdom,
American cheer, Indian, Nigerian and German English, students, volunteers, forum users.

Split by writer: the "tune" writers may be read while the classifier is changed; the "report" writers are
measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `bench/mail_en_everyday.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT, REJ = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach", "rejection")
NAMES = ("Aoife", "Bilal", "Chiamaka", "Dmitri", "Esperanza", "Farhan", "Greta", "Hiroshi", "Ifeoma", "Joaquin",
         "Katarzyna", "Lior", "Mthunzi", "Nadia")

W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "uni-admissions-calderbrook", "tune", "pgadmissions@calderbrook.ac.uk",
    "Postgraduate Admissions Office\nCalderbrook University",
    "This email was sent to applicants of Calderbrook University. Data is processed under our applicant privacy "
    "notice.",
    messages=[
        (OTHER, "Your application to MSc Data Science (2025 entry)", "Dear {name},\n\nThank you for your "
         "application to the MSc Data Science programme. Your application number is PG-114872. The admissions "
         "tutor will review it and you can track its progress in the Applicant Portal."),
        (OTHER, "Offer of a place - MSc Data Science", "Dear {name},\n\nI am delighted to inform you that we are "
         "able to make you a conditional offer of a place on the MSc Data Science starting in September. The "
         "condition is an IELTS score of 6.5 overall. Please accept or decline your offer in the portal within "
         "28 days."),
        (OTHER, "Action needed: upload your degree transcript", "Dear {name},\n\nTo complete the assessment of "
         "your application we still need an official transcript of your undergraduate degree. Please upload it "
         "by 30 June so the selectors can make a decision."),
        (OTHER, "Admissions interview for the MRes", "Dear {name},\n\nThe MRes selection panel would like to "
         "interview you online on 12 May at 10:00 BST. The interview lasts 20 minutes and will cover your "
         "research proposal. Please confirm you can attend."),
        (OTHER, "Unsuccessful application - PhD studentship", "Dear {name},\n\nThank you for applying for the "
         "funded PhD studentship in Environmental Modelling. We received a very strong field and regret to tell "
         "you that on this occasion your application has not been successful. You remain welcome to apply for a "
         "self-funded place."),
        (OTHER, "CAS statement issued", "Dear {name},\n\nYour Confirmation of Acceptance for Studies has been "
         "issued. You can now apply for your Student visa. Your CAS number is in the attached letter."),
    ]))

W.append(Writer(
    "uni-hr-calderbrook", "tune", "hr-recruitment@calderbrook.ac.uk",
    "HR Recruitment Team\nCalderbrook University",
    dress="quote",
    messages=[
        (ACK, "Application received: Research Assistant (ref 04471)", "Dear {name},\n\nThank you for applying "
         "for the post of Research Assistant in the School of Geography. We confirm receipt of your application. "
         "Shortlisting will be completed within three weeks of the closing date."),
        (INTERVIEW, "Research Assistant (ref 04471) - invitation to interview", "Dear {name},\n\nFollowing "
         "shortlisting, I am pleased to invite you to interview for the post of Research Assistant on Tuesday 8 "
         "July at 14:00 in the Geography Building, room 2.14. You will be asked to give a ten-minute presentation "
         "on your previous research."),
        (REJ, "Outcome: Library Assistant (ref 04390)", "Dear {name},\n\nThank you for the time you took to apply "
         "for the Library Assistant post. After careful consideration the panel has decided not to invite you to "
         "interview on this occasion. We wish you every success in your job search."),
        (OFFER, "Research Assistant - offer of appointment", "Dear {name},\n\nFurther to your recent interview, I "
         "am pleased to offer you the post of Research Assistant, grade 6, on a fixed-term contract of 24 "
         "months. A formal contract will follow once references and your right-to-work check are complete."),
        (OTHER, "Staff benefits: cycle to work scheme", "Dear colleague,\n\nThe cycle to work scheme reopens on "
         "1 September. Applications close on 30 September. Full details are on the staff intranet."),
    ]))

W.append(Writer(
    "home-office-visas", "tune", "no-reply@visa-decisions.example.gov.uk",
    "UK Visas and Immigration (example)",
    "Do not reply to this email. This mailbox is not monitored.",
    messages=[
        (OTHER, "Your application reference GWF081234567", "Dear {name},\n\nWe have received your application "
         "for a Graduate visa. We aim to make a decision within 8 weeks. You do not need to contact us during "
         "this time."),
        (OTHER, "Decision on your application", "Dear {name},\n\nA decision has been made on your application. "
         "Your application has been approved. Your eVisa will be linked to your account within 5 working days."),
        (OTHER, "Book your biometrics appointment", "Dear {name},\n\nYou now need to book an appointment to "
         "give your fingerprints and a photo. Appointments are available at your nearest service point."),
        (OTHER, "Request for further information", "Dear {name},\n\nTo continue considering your application we "
         "need a letter from your employer confirming your job title, salary and start date, and your last three "
         "payslips. Please upload them within 10 working days."),
        (OTHER, "Credibility interview", "Dear {name},\n\nAs part of the assessment of your application you are "
         "invited to a credibility interview by video call on 3 March at 09:30. An interpreter can be arranged if "
         "you need one."),
    ]))

W.append(Writer(
    "tax-office-ie", "tune", "myaccount@revenue-notices.example.ie",
    "Revenue Notices (example)",
    dress="oneline",
    messages=[
        (OTHER, "New item in your MyAccount inbox", "Dear {name}, a new document is available in your "
         "MyAccount records: Preliminary End of Year Statement 2024. Log in to view it."),
        (OTHER, "Your application for a tax credit", "Dear {name}, your application for the Rent Tax Credit has "
         "been processed. A credit of 750 euro has been applied to your 2024 balancing statement."),
        (OTHER, "Employment details updated", "Dear {name}, your employer has registered a new employment for "
         "you with effect from 1 March. Your tax credits and rate band have been allocated to this job. If this "
         "is not correct please contact us."),
        (OTHER, "Refund issued", "Dear {name}, a refund of 412.30 euro has been issued to your bank account "
         "ending 0912. It may take up to 5 working days to appear."),
    ]))

W.append(Writer(
    "bank-oakhaven", "tune", "notifications@oakhaven-bank.example.com",
    "Oakhaven Bank",
    "Oakhaven Bank will never ask for your PIN by email. Unsubscribe from marketing emails in the app.",
    dress="html",
    messages=[
        (OTHER, "We've received your application for credit", "Hi {name},\n\nThanks for applying for an Oakhaven "
         "Platinum card. We're reviewing your application and will let you know our decision within 2 working "
         "days."),
        (OTHER, "Update on your credit card application", "Hi {name},\n\nUnfortunately we're unable to approve "
         "your application at this time. This decision was based on information from a credit reference agency. "
         "You can request a copy of your file from them."),
        (OTHER, "Your personal loan offer", "Hi {name},\n\nGood news - you're pre-approved for a personal loan of "
         "up to 15,000 at 6.9% APR representative. This offer is valid until 31 May."),
        (OTHER, "Your salary has arrived", "Hi {name},\n\nA payment of 2,841.16 from NORTHWIND LTD PAYROLL has "
         "been credited to your current account."),
        (OTHER, "Mortgage in principle approved", "Hi {name},\n\nYour mortgage in principle is approved for up "
         "to 240,000. Your mortgage adviser will contact you to book an appointment."),
    ]))

W.append(Writer(
    "bank-oakhaven-careers", "tune", "earlycareers@oakhaven-bank.example.com",
    "Early Careers Team\nOakhaven Bank",
    messages=[
        (ACK, "Thanks for applying to our Technology Graduate Programme", "Hi {name},\n\nThanks for applying to "
         "the Oakhaven Technology Graduate Programme. We've got your application and we'll be in touch about the "
         "next steps within two weeks."),
        (TEST, "Your Oakhaven online tests", "Hi {name},\n\nWe'd like you to complete two short online tests "
         "(situational judgement and numerical reasoning). Please complete both by Friday 23:59; each takes about "
         "25 minutes."),
        (INTERVIEW, "Invitation: final interview with Oakhaven", "Hi {name},\n\nCongratulations, we'd love to "
         "invite you to a final interview at our Leeds hub on 14 November. You'll meet two of our engineering "
         "leads for a technical conversation and a competency interview."),
        (REJ, "Your application to Oakhaven", "Hi {name},\n\nThank you for your interest in the Technology "
         "Graduate Programme and for completing our assessments. We're sorry to let you know that we won't be "
         "progressing your application further this year."),
    ]))

W.append(Writer(
    "insurer-brightcover", "tune", "claims@brightcover-insurance.example.com",
    "BrightCover Claims",
    "BrightCover Insurance Ltd is authorised and regulated. Call recording applies.",
    messages=[
        (OTHER, "Claim decision - ref CLM-558120", "Dear {name},\n\nWe have now assessed your claim for water "
         "damage at your property. We are pleased to tell you that your claim has been accepted and we will pay "
         "1,240 after your excess."),
        (OTHER, "We need more information about your claim", "Dear {name},\n\nTo progress your claim our loss "
         "adjuster would like to interview you by phone about the incident. Please choose a time using the link "
         "below."),
        (OTHER, "Your claim has been declined", "Dear {name},\n\nAfter reviewing the evidence we are unable to "
         "accept your claim, as the damage was caused by wear and tear, which your policy does not cover. You can "
         "ask us to review this decision."),
        (OTHER, "Your renewal offer", "Dear {name},\n\nYour home insurance renews on 2 April. Your renewal offer "
         "is 312.40 for the year. You don't need to do anything if you are happy to renew."),
        (OTHER, "Invitation: take part in a customer interview", "Dear {name},\n\nWe are talking to customers who "
         "recently made a claim. Would you take part in a 30-minute interview with our research team? As a thank "
         "you we'll send a 25 voucher."),
    ]))

W.append(Writer(
    "codeforge-notifications", "tune", "notifications@codeforge.example.com",
    "",
    "You are receiving this because you were mentioned. Reply to this email directly or view it on CodeForge. "
    "Unsubscribe.",
    messages=[
        (OTHER, "[acme/payments] Fix retry on offer-letter template renderer (PR #482)", "@{name} requested your "
         "review on this pull request.\n\nChanges: the renderer retried on every 5xx, now only on 503.\n\n3 files "
         "changed, 41 additions, 12 deletions"),
        (OTHER, "[acme/payments] Run failed: CI - main (a1c93fe)", "Run failed for main (a1c93fe)\n\nJobs:\n"
         "test-unit: failed in 3m 12s\nlint: succeeded\ndeploy-preview: skipped\n\nView workflow run"),
        (OTHER, "Jordan invited you to join the Northwind organization", "Jordan Blake has invited you to join "
         "the Northwind organization on CodeForge. You'll be added to the team 'platform'. Accept invitation. "
         "This invitation will expire in 7 days."),
        (OTHER, "Re: [hirekit/hirekit] Interview scheduler crashes on DST change (Issue #77)", "kmori commented:\n"
         "\nCan reproduce on 2.3.1. The candidate availability grid shifts by an hour when the interview date is "
         "after the clock change. Stack trace attached."),
        (OTHER, "[acme/payments] Release v4.2.0 published", "v4.2.0\n\nWhat's changed:\n- Application submit "
         "endpoint is now idempotent\n- Offer pricing rules cached\n\nFull changelog: v4.1.3...v4.2.0"),
        (TEST, "Greywater Labs invited you to the take-home repository", "greywater-hiring has invited you to "
         "collaborate on greywater-labs/takehome-{name}. As discussed with our recruiter, the exercise for your "
         "Backend Engineer application is in the README; you have 5 days from accepting."),
    ]))

W.append(Writer(
    "trackly-issues", "tune", "jira@trackly.example.net",
    "",
    "Get Trackly mobile. This message was sent by Trackly Cloud. Manage notifications.",
    dress="oneline",
    messages=[
        (OTHER, "[Trackly] (HR-212) Candidate feedback form does not save", "Priya Nair assigned HR-212 to you. "
         "Candidate feedback form does not save. Priority: High. Status: To Do. Component: Recruiting portal."),
        (OTHER, "[Trackly] Weekly digest: 14 issues updated", "Your weekly digest. PLAT-88 moved to Done. PLAT-91 "
         "Offer API rate limit - comment added by Tom. HR-209 Interview slots page slow - resolved."),
        (OTHER, "[Trackly] You were mentioned in OPS-77", "Marta mentioned you: @{name} can you check whether the "
         "new role-based access for the Position Manager screen broke the nightly export?"),
        (OTHER, "[Trackly] Sprint 42 starts today", "Sprint 42 has started. 31 issues, 54 story points. Sprint "
         "goal: ship the application status page."),
    ]))

W.append(Writer(
    "chatter-digests", "tune", "feedback@chatter-app.example.com",
    "",
    "You're receiving this email because of your notification preferences. Chatter Technologies.",
    dress="html",
    messages=[
        (OTHER, "You have 9 unread messages in Brightlane", "Hi {name},\n\nHere's what you missed:\n#hiring-eng: "
         "Sam: can someone take the 3pm interview slot tomorrow?\n#general: Lee: offer in the kitchen, free "
         "cake\n#random: 4 new messages"),
        (OTHER, "Amaka invited you to join the Riverdale Hackers workspace", "Hi {name},\n\nAmaka Obi has invited "
         "you to join Riverdale Hackers on Chatter. Join now to start collaborating with your team."),
        (INTERVIEW, "Talent team at Quayside invited you to a shared channel", "Hi {name},\n\nThe Talent team at "
         "Quayside has invited you to #candidate-{name}, a shared channel to coordinate your onsite interviews for "
         "the Product Designer role next week. Join to see your schedule."),
        (OTHER, "Your workspace trial ends in 3 days", "Hi {name},\n\nYour Pro trial for Brightlane ends on "
         "Friday. Upgrade now to keep unlimited message history."),
    ]))

W.append(Writer(
    "learnpath-courses", "tune", "hello@learnpath.example.com",
    "The LearnPath Team",
    "You're receiving this because you enrolled in a LearnPath course. Unsubscribe | Privacy",
    messages=[
        (OTHER, "Welcome to Machine Learning Foundations", "Hi {name}!\n\nYou're enrolled. Week 1 opens Monday: "
         "videos, a reading list and your first graded assessment, due Sunday at midnight."),
        (OTHER, "Your assignment has been graded", "Hi {name},\n\nYour peer-reviewed assignment 'Linear "
         "Regression from Scratch' has been graded: 92/100. See your reviewers' feedback on the course page."),
        (OTHER, "You earned your certificate!", "Congratulations {name}!\n\nYou've completed Machine Learning "
         "Foundations. Share your certificate on your profile and show employers your new skills."),
        (OTHER, "Financial aid application approved", "Hi {name},\n\nYour application for financial aid for "
         "Cloud Architecture has been approved. You now have full access to the course, including graded "
         "items."),
        (OTHER, "Last chance: 40% off annual plan", "Hi {name},\n\nOur biggest offer of the year ends tonight. "
         "Get unlimited courses for a year at 40% off."),
    ]))

W.append(Writer(
    "devconf-events", "tune", "speakers@devconf-north.example.org",
    "DevConf North Programme Committee",
    messages=[
        (OTHER, "Your talk proposal has been accepted!", "Hi {name},\n\nThe programme committee is happy to tell "
         "you that your proposal 'Testing event-driven systems' has been accepted for DevConf North. Please "
         "confirm your slot by 15 April."),
        (OTHER, "CFP result", "Hi {name},\n\nThank you for submitting to DevConf North. We had over 600 proposals "
         "for 60 slots and unfortunately we could not accept yours this year. We hope to see you in the "
         "audience."),
        (OTHER, "Hackathon application: you're in", "Hi {name},\n\nGreat news, your application to HackNorth "
         "weekend has been accepted! Teams form on Friday evening. Bring a laptop and a sleeping bag."),
        (OTHER, "Your ticket and the meetup schedule", "Hi {name},\n\nYour ticket for DevConf North is attached. "
         "The career corner runs on day 2 with CV reviews and mock interviews from sponsors."),
        (OUT, "Met you at DevConf - a role at Tessellate", "Hi {name},\n\nWe spoke briefly after your talk on "
         "event-driven testing. I lead hiring for our platform team at Tessellate and we're looking for a staff "
         "engineer; your talk was exactly the kind of thinking we need. Would you be up for a 20-minute call "
         "next week?\n\nBest,\nHelena Moss, Engineering Manager"),
    ]))

W.append(Writer(
    "bytesized-newsletter", "tune", "editor@bytesized-weekly.example.com",
    "Until next week,\nThe ByteSized editors",
    "You subscribed to ByteSized Weekly. Update preferences or unsubscribe.",
    dress="html",
    messages=[
        (OTHER, "ByteSized #214: Postgres 17, hiring freezes, and a CSS trick", "This week: Postgres 17 in "
         "production; why big tech is slowing hiring and what it means for candidates; the interview question "
         "everyone gets wrong; and a tiny CSS trick for sticky headers."),
        (OTHER, "ByteSized #215: The offer you should refuse", "In this issue: the vendor offer you should refuse "
         "(lock-in, again), a deep dive on Rust async, and 5 jobs from our sponsors."),
        (OTHER, "ByteSized #216: Interviews with three maintainers", "We interviewed three open-source "
         "maintainers about burnout, funding and saying no. Plus: a new position paper on memory safety."),
        (OTHER, "ByteSized survey: tell us about your job", "Quick one: we're running our annual reader survey on "
         "salaries, remote work and your role. Takes 4 minutes, results shared in January."),
    ]))

W.append(Writer(
    "volunteer-riverside", "tune", "volunteering@riverside-foodshare.example.org",
    "Warm wishes,\nBecca\nVolunteer Coordinator, Riverside Foodshare",
    dress="quote",
    messages=[
        (OTHER, "Thanks for your volunteer application!", "Hi {name},\n\nThank you so much for applying to "
         "volunteer with us! I'd love to have a quick informal chat (15 mins) to find the right role for you - "
         "warehouse, driving or the Saturday café."),
        (OTHER, "Your induction on Saturday", "Hi {name},\n\nLovely to talk yesterday. You're booked on the "
         "induction this Saturday at 10am. Wear closed-toe shoes and bring ID for the DBS check."),
        (OTHER, "Rota for December", "Hi all,\n\nThe December rota is up. We're short on drivers for the 21st and "
         "22nd, so if you can take a shift please reply."),
        (OTHER, "We're recruiting trustees", "Hi {name},\n\nWe're looking for two new trustees with finance or "
         "legal experience. It's a voluntary role of around 4 hours a month. Do share with anyone who might be "
         "interested."),
    ]))

W.append(Writer(
    "sports-club-harriers", "tune", "secretary@eastfield-harriers.example.org.uk",
    "Cheers,\nDave (club secretary)",
    messages=[
        (OTHER, "Membership application", "Hi {name},\n\nThanks for your membership application. It was "
         "approved at Tuesday's committee meeting. Your England Athletics registration will come through in a "
         "couple of weeks."),
        (OTHER, "County team selection", "Hi {name},\n\nCongratulations, you've been selected for the county "
         "cross-country team for the inter-counties on 8 March. Please confirm you're available."),
        (OTHER, "Volunteer role: results coordinator", "Hi all,\n\nWe need someone to take on the results "
         "coordinator position from April. It's about an hour a week. Any takers?"),
        (OTHER, "AGM and kit offer", "Hi {name},\n\nThe AGM is on 4 February. There's also an offer on club vests "
         "this month: two for 30."),
    ]))

W.append(Writer(
    "kindred-dating", "tune", "noreply@kindred-app.example.com",
    "",
    "Kindred Inc. Manage email settings.",
    dress="oneline",
    messages=[
        (OTHER, "You have a new match!", "{name}, you and Sam liked each other. Say hi before the match "
         "expires in 24 hours."),
        (OTHER, "Someone is interested in your profile", "3 people viewed your profile this week. See who's "
         "interested with Kindred Gold."),
        (OTHER, "Your Kindred Gold offer", "Special offer: 50% off Kindred Gold for 3 months. Offer ends "
         "Sunday."),
    ]))

W.append(Writer(
    "skyfare-travel", "tune", "bookings@skyfare-travel.example.com",
    "SkyFare Customer Care",
    "Please do not reply to this automated message.",
    dress="html",
    messages=[
        (OTHER, "Booking confirmed: Dublin to Lisbon", "Hi {name},\n\nYour booking SKF7X2 is confirmed. Flight "
         "departs 14 June 06:40. Online check-in opens 24 hours before departure."),
        (OTHER, "Upgrade offer for your flight", "Hi {name},\n\nMake an offer to upgrade to Business on your "
         "flight to Lisbon. Submit your bid; we'll let you know 48 hours before departure if it was accepted."),
        (OTHER, "Your ESTA application status", "Hi {name},\n\nReminder: travellers to the USA need an approved "
         "travel authorisation. Check the status of your application before you fly."),
    ]))

W.append(Writer(
    "forum-devanswers", "tune", "do-not-reply@devanswers-forum.example.com",
    "",
    "You are watching this thread. Stop watching | Notification settings",
    messages=[
        (OTHER, "New reply to 'How do you prepare for system design interviews?'", "throwaway_sre replied to a "
         "thread you're watching:\n\n\"Honestly the best prep was drawing real systems I'd worked on. The "
         "interviewers cared more about trade-offs than buzzwords.\""),
        (OTHER, "Your answer was accepted", "Your answer to 'Position sticky not working inside flex container' "
         "was accepted. +15 reputation."),
        (OTHER, "Weekly top questions", "Top questions this week: Why is my offer price rounding wrong in "
         "JavaScript? / Docker job keeps restarting / How to negotiate a role change internally?"),
        (OTHER, "mod_karen replied to your post", "Locking this thread - job postings belong in the monthly "
         "'Who is hiring' thread, please repost there."),
    ]))

W.append(Writer(
    "saas-recruiter-lumora", "tune", "talent@lumora.example.io",
    "Cheers,\nJess Okafor\nTalent Partner, Lumora",
    messages=[
        (OUT, "Lumora x {name}", "Hi {name},\n\nI'm Jess from the talent team at Lumora (we build analytics for "
         "clinics). Your work on data pipelines caught my eye and I think you'd be a strong fit for our Senior "
         "Data Engineer role. Open to a quick chat?"),
        (INTERVIEW, "Next step: technical interview", "Hi {name},\n\nThanks for the chat on Tuesday! The team "
         "would love to move you to a technical interview with Arjun and Kim - 60 minutes, pairing on a real "
         "problem. Here are some slots: Thu 10:00, Thu 15:00, Fri 11:00."),
        (OFFER, "Your offer from Lumora", "Hi {name},\n\nI'm thrilled to share that we'd like to offer you the "
         "Senior Data Engineer position! Your offer letter is attached with salary, equity and start date. Happy "
         "to jump on a call to go through it."),
        (ACK, "Thanks for applying to Lumora", "Hi {name},\n\nThanks for applying for the Analytics Engineer "
         "role. A real human (me!) reviews every application, and I'll be in touch within 10 days."),
        (TEST, "Lumora - take-home exercise", "Hi {name},\n\nAs promised, here's the take-home exercise for the "
         "Senior Data Engineer role: a small dbt project with three failing models. Please send it back within a "
         "week; we expect about three hours."),
        (REJ, "Lumora - Analytics Engineer", "Hi {name},\n\nThanks again for your time with the team. We've "
         "decided to move forward with another candidate for the Analytics Engineer role. It was a close call "
         "and I'd love to keep in touch for future openings."),
    ]))

W.append(Writer(
    "hospital-stmargaret-staffing", "tune", "medical.staffing@stmargarets-hospital.example.org",
    "Medical Staffing Office\nSt Margaret's Hospital",
    messages=[
        (ACK, "Application acknowledgement - Staff Nurse, Ward 7", "Dear {name},\n\nThank you for your application "
         "for the Staff Nurse vacancy on Ward 7. This is to acknowledge receipt. If you are shortlisted you will "
         "be contacted by email."),
        (INTERVIEW, "Interview - Staff Nurse, Ward 7", "Dear {name},\n\nYou have been shortlisted for the Staff "
         "Nurse post. Interviews will be held on 19 February in the Education Centre. Please bring your NMC PIN "
         "and proof of identity."),
        (OFFER, "Conditional offer - Staff Nurse", "Dear {name},\n\nFollowing your interview we are pleased to "
         "offer you the post of Staff Nurse on Ward 7, subject to occupational health clearance and references."),
        (REJ, "Healthcare Assistant vacancy", "Dear {name},\n\nThank you for attending interview for the "
         "Healthcare Assistant post. Unfortunately you have not been successful on this occasion."),
        (OTHER, "Your outpatient appointment", "Dear {name},\n\nYour appointment at the Dermatology clinic is on "
         "4 March at 11:20. If you cannot attend, please call to rebook."),
        (OTHER, "Test results available", "Dear {name},\n\nYour recent blood test results are available in the "
         "patient portal. Your GP will contact you if any follow-up is needed."),
    ]))

W.append(Writer(
    "student-union-clubs", "tune", "societies@calderbrook-su.example.org",
    "Students' Union Activities Team",
    dress="html",
    messages=[
        (OTHER, "Committee election results", "Hi {name},\n\nThe results of the Robotics Society committee "
         "elections are in. You have been elected Treasurer - congratulations! Handover training is on 10 "
         "May."),
        (OTHER, "Your society grant application", "Hi {name},\n\nThe grants panel has reviewed your society's "
         "application for 600 towards competition travel. We can offer 400. Please accept the offer in the "
         "portal by Friday."),
        (OTHER, "Careers fair volunteers needed", "Hi {name},\n\nThe Careers Service is looking for student "
         "helpers at next week's careers fair. Help employers set up their stands and get a free lunch."),
    ]))

W.append(Writer(
    "appstore-review", "tune", "appreview@appmarket-dev.example.com",
    "App Market Review",
    messages=[
        (OTHER, "Your submission was rejected", "Hello {name},\n\nWe reviewed your app 'Tandem Notes' version "
         "1.3 and found that it does not comply with guideline 4.2 (minimum functionality). Your submission has "
         "been rejected. You can reply in Resolution Center."),
        (OTHER, "Your app is now ready for distribution", "Hello {name},\n\nThe status of your app 'Tandem Notes' "
         "1.3.1 is now Ready for Distribution."),
        (OTHER, "Developer Program enrollment approved", "Hello {name},\n\nYour application to enroll in the "
         "Developer Program has been approved. Your membership is valid for one year."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "uni-admissions-wexley", "report", "admissions@wexley-college.example.edu",
    "Office of Graduate Admissions\nWexley College",
    dress="html",
    messages=[
        (OTHER, "Application status update - Master of Public Health", "Dear {name},\n\nA decision has been "
         "posted to your application for the Master of Public Health. Please log in to the applicant portal to "
         "view your decision letter."),
        (OTHER, "Welcome to Wexley! Your admission decision", "Dear {name},\n\nCongratulations! On behalf of the "
         "admissions committee I am pleased to offer you admission to the Master of Public Health program for "
         "Fall. Please submit your enrollment deposit by May 1."),
        (OTHER, "Waitlist decision", "Dear {name},\n\nAfter careful review, the committee has placed your "
         "application on the waitlist. We will notify you of any change by June 15."),
        (OTHER, "Interview for the Global Scholars award", "Dear {name},\n\nYou have been selected for an "
         "interview for the Global Scholars award. Interviews will be held on Zoom on March 3 and last about 25 "
         "minutes."),
        (OTHER, "Your spring grades are available", "Dear {name},\n\nFinal grades for the spring term are now "
         "available in the student portal."),
    ]))

W.append(Writer(
    "uni-hr-wexley", "report", "jobs@wexley-college.example.edu",
    "Human Resources\nWexley College",
    messages=[
        (ACK, "We received your application: Program Coordinator", "Dear {name},\n\nThank you for applying for "
         "the Program Coordinator position (Req 2214). Your application has been received and will be reviewed "
         "by the search committee."),
        (INTERVIEW, "Program Coordinator - phone screen", "Dear {name},\n\nThe search committee would like to "
         "schedule a 30-minute phone screen with you for the Program Coordinator position. Please let me know "
         "your availability next Tuesday or Wednesday."),
        (REJ, "Program Coordinator search update", "Dear {name},\n\nThank you for your interest in the Program "
         "Coordinator position. The search committee has selected a candidate whose experience more closely "
         "matches the needs of the department, and the search is now closed."),
        (OTHER, "Open enrollment for benefits", "Dear {name},\n\nBenefits open enrollment runs November 1-15. "
         "Review your medical and dental elections in the HR portal."),
    ]))

W.append(Writer(
    "scholarship-trust", "report", "awards@hallam-education-trust.example.org",
    "With best wishes,\nThe Awards Team\nHallam Education Trust",
    dress="quote",
    messages=[
        (OTHER, "Hallam Scholarship - outcome of your application", "Dear {name},\n\nThank you for applying for "
         "a Hallam Scholarship. We are sorry to tell you that your application was not successful this year. We "
         "received over 1,900 applications for 40 awards."),
        (OTHER, "Hallam Scholarship - shortlisted for interview", "Dear {name},\n\nWe are pleased to let you "
         "know that you have been shortlisted for a Hallam Scholarship. Interviews will take place online in the "
         "week of 10 March."),
        (OTHER, "Your award letter", "Dear {name},\n\nCongratulations on being awarded a Hallam Scholarship of "
         "5,000 per year. Please sign and return the award agreement."),
        (OTHER, "Mentoring scheme for scholars", "Dear {name},\n\nAll scholars are offered a mentor from our "
         "alumni network. Please complete the short form so we can match you."),
    ]))

W.append(Writer(
    "immigration-canada-like", "report", "donotreply@immigration-portal.example.ca",
    "Immigration Services (example)",
    dress="oneline",
    messages=[
        (OTHER, "Message in your account", "Dear {name}, there is a new message in your account about your "
         "application for permanent residence. Please sign in to read it."),
        (OTHER, "Invitation to an interview", "Dear {name}, you are requested to attend an interview in relation "
         "to your application for citizenship on 12 April at 13:00. Bring your passport and the original "
         "documents listed."),
        (OTHER, "Citizenship test scheduled", "Dear {name}, your citizenship test is scheduled online. You will "
         "have 30 minutes to answer 20 questions; you need 15 correct answers to pass."),
        (OTHER, "Work permit application: decision", "Dear {name}, your application for an open work permit has "
         "been approved. Your permit will be mailed to the address on file."),
    ]))

W.append(Writer(
    "credit-union", "report", "members@harbourline-cu.example.org",
    "Harbourline Credit Union",
    "Federally insured. Equal housing lender.",
    messages=[
        (OTHER, "Loan application received", "Hi {name},\n\nWe received your auto loan application. A loan "
         "officer will review it and may call you to verify your employment and income."),
        (OTHER, "Your loan has been approved", "Hi {name},\n\nGreat news! Your auto loan is approved at 5.49% "
         "APR for 60 months. Sign your documents online to get funded."),
        (OTHER, "Adverse action notice", "Hi {name},\n\nWe regret that we cannot approve your application for a "
         "credit line increase. Principal reasons: length of employment, debt-to-income ratio."),
        (OTHER, "Special offer: certificate rates", "Hi {name},\n\nLock in 4.75% APY on a 12-month certificate. "
         "Limited-time offer for members."),
    ]))

W.append(Writer(
    "credit-union-careers", "report", "careers@harbourline-cu.example.org",
    "Talent Acquisition\nHarbourline Credit Union",
    dress="html",
    messages=[
        (INTERVIEW, "Member Service Representative - interview", "Hi {name},\n\nThanks for applying to be a "
         "Member Service Representative at our Eastside branch. The branch manager would like to meet you on "
         "Thursday at 10am. Reply to confirm or suggest another time."),
        (OFFER, "Welcome aboard - your offer", "Hi {name},\n\nWe're excited to extend you an offer for the "
         "Member Service Representative position at 19.50 an hour, starting June 2. Please review and sign the "
         "attached offer letter."),
        (TEST, "Skills check before your interview", "Hi {name},\n\nBefore your interview please complete our "
         "short online skills check (cash handling and customer scenarios). It takes 20 minutes."),
    ]))

W.append(Writer(
    "health-insurer-clearwell", "report", "members@clearwell-health.example.com",
    "Clearwell Health Member Services",
    dress="html",
    messages=[
        (OTHER, "Explanation of benefits available", "Hi {name},\n\nA new Explanation of Benefits is ready for "
         "your visit on 3/14. Amount you may owe: 35.00."),
        (OTHER, "Prior authorization decision", "Hi {name},\n\nWe reviewed the request from your provider for an "
         "MRI. The request has been denied because it does not meet medical necessity criteria. You may "
         "appeal within 180 days."),
        (OTHER, "Paid research interview - share your experience", "Hi {name},\n\nWe're inviting a few members "
         "to a 45-minute paid interview about using our app. Selected participants receive 75. Apply to take "
         "part by answering 5 screening questions."),
        (OTHER, "Your application for coverage", "Hi {name},\n\nWe've received your application for individual "
         "coverage. We'll send your member ID card once your first premium is paid."),
    ]))

W.append(Writer(
    "pipeline-ci", "report", "builds@pipeline-ci.example.io",
    "",
    "You are receiving this email because you are a member of this project. Configure notifications.",
    dress="oneline",
    messages=[
        (OTHER, "Failed pipeline for offer-service | main | 9f2c1ab", "Pipeline #88213 has failed! Project: "
         "backend / offer-service. Branch: main. Failed job: integration-tests (stage test). Commit: Rename "
         "candidate_id to applicant_id."),
        (OTHER, "Fixed pipeline for offer-service | main", "Pipeline #88220 has been fixed! All 14 jobs "
         "passed."),
        (OTHER, "You have been added to the recruiting-tools group", "Ana Ruiz added you to the recruiting-tools "
         "group with Developer access. Visit the group to get started."),
        (OTHER, "Merge request !341: Interview feedback export", "Reviewer requested: you. Interview feedback "
         "export to CSV. 5 commits, 2 threads to resolve."),
    ]))

W.append(Writer(
    "teamboard-invites", "report", "team@teamboard.example.com",
    "",
    "Teamboard, a workspace for teams. You received this email because someone invited you.",
    messages=[
        (OTHER, "Priya added you to the Hiring Q3 board", "Hi {name}, Priya Raman added you to the board 'Hiring "
         "Q3' in Helio Workspace. Cards assigned to you: Schedule panel interviews for SRE candidates; Draft "
         "offer approval flow."),
        (OTHER, "Your team invitation is waiting", "Hi {name}, you've been invited to join the team 'Helio "
         "Marketing'. Accept the invitation to start collaborating."),
        (OTHER, "Daily summary", "Hi {name}, 3 cards due today: Q3 roadmap review, Candidate NPS survey, "
         "Position paper on pricing."),
    ]))

W.append(Writer(
    "interviewcraft-recruiter", "report", "recruiting@interviewcraft.example.io",
    "Talk soon,\nMarco Ferri\nRecruiting, Interviewcraft",
    dress="quote",
    messages=[
        (OUT, "Quick question about your next move", "Hey {name},\n\nI'm a recruiter at Interviewcraft, a SaaS "
         "company that helps teams run structured interviews (yes, the irony). I loved your open-source work on "
         "accessibility and we have a Frontend Engineer opening that fits your background. Would you be open to "
         "a short call this week?"),
        (INTERVIEW, "Interview loop for Frontend Engineer", "Hey {name},\n\nGreat news - the hiring manager wants "
         "to move forward! Your interview loop is next Wednesday: system design (45 min), a coding pair (60 min) "
         "and a values chat (30 min). Calendar invites coming shortly."),
        (REJ, "Update on the Frontend Engineer role", "Hey {name},\n\nI wanted to let you know personally: the "
         "team decided not to move forward after the loop. They really liked your collaboration but were looking "
         "for deeper design-system experience. Thanks for all the time you put in."),
        (ACK, "Got your application!", "Hey {name},\n\nThanks for applying for the Frontend Engineer role "
         "directly on our site. I'll review it this week and get back to you."),
        (OTHER, "Interviewcraft product newsletter", "Hey {name},\n\nNew this month: interview scorecards with "
         "AI summaries, a candidate experience survey and 30% off annual plans for startups."),
    ]))

W.append(Writer(
    "mooc-skillyard", "report", "support@skillyard.example.com",
    "Skillyard Learner Support",
    "Skillyard, Inc. You are receiving this email because you have an account. Unsubscribe.",
    dress="html",
    messages=[
        (OTHER, "Quiz results: Module 3", "Hi {name},\n\nYou scored 8/10 on the Module 3 quiz. You need 80% to "
         "pass the final assessment, so you're on track."),
        (OTHER, "Your scholarship application for the Data Analytics Certificate", "Hi {name},\n\nThank you for "
         "applying for a Skillyard scholarship. We've reviewed your application and we're happy to offer you a "
         "full scholarship for the Data Analytics Professional Certificate."),
        (OTHER, "Your proctored exam is booked", "Hi {name},\n\nYour proctored exam is booked for 9 May at 18:00. "
         "Please check your webcam and ID before the test."),
        (OTHER, "Career certificate: job-ready in 6 months", "Hi {name},\n\nStart the UX Design certificate today "
         "and get access to our employer network and interview practice tools."),
    ]))

W.append(Writer(
    "meetup-groups", "report", "info@meetly.example.com",
    "",
    "Meetly. Never miss an event. Unsubscribe from this group's emails.",
    dress="oneline",
    messages=[
        (OTHER, "New event: Lightning talks and pizza", "Rust Dublin scheduled a new event: Lightning talks and "
         "pizza, Thursday 18:30. 42 going. RSVP now."),
        (OTHER, "Your RSVP is confirmed", "You're going to Women in Data: Salary negotiation and offers panel. "
         "Tuesday 19:00 at The Guild Hall."),
        (OTHER, "Organiser message: we need a new co-organiser", "Hi everyone, I'm stepping down as organiser of "
         "Python Cork. If you'd like to take on the role, reply and we'll chat."),
    ]))

W.append(Writer(
    "crowdfund-backit", "report", "campaigns@backit.example.com",
    "The BackIt team",
    "You're getting this because you backed a project on BackIt. Manage notifications.",
    messages=[
        (OTHER, "Update #7 from Pocket Loom: shipping delays", "Hi {name},\n\nCreator update: our manufacturer "
         "moved us to a new production position in the queue, so shipping slips to March. Thank you for your "
         "patience."),
        (OTHER, "Your pledge was successful", "Hi {name},\n\nThe campaign Pocket Loom was funded and your pledge "
         "of 85 has been collected."),
        (OTHER, "Projects we think you'll love", "Hi {name},\n\nBased on your backing history: a modular desk "
         "lamp, a board game about labour unions, and a tabletop arcade."),
    ]))

W.append(Writer(
    "social-circle", "report", "notifications@circlespace.example.com",
    "",
    "CircleSpace. You can turn off these emails in settings.",
    dress="html",
    messages=[
        (OTHER, "Tomasz mentioned you in a comment", "Tomasz: haha {name} remember that interview with the "
         "goat farmer for the student paper?"),
        (OTHER, "You have 4 new friend requests", "Hi {name}, Ama, Luis and 2 others want to connect with "
         "you."),
        (OTHER, "Memories: 5 years ago today", "Hi {name}, look back at your photos from graduation day."),
    ]))

W.append(Writer(
    "research-journal", "report", "editorial@journal-applied-hydro.example.org",
    "Editorial Office\nJournal of Applied Hydrology",
    messages=[
        (OTHER, "Decision on manuscript JAH-2025-0412", "Dear Dr. {name},\n\nThank you for submitting your "
         "manuscript to the Journal of Applied Hydrology. I regret to inform you that, on the advice of the "
         "reviewers, we are unable to accept it for publication."),
        (OTHER, "Invitation to review", "Dear Dr. {name},\n\nGiven your expertise, I would like to invite you to "
         "review the manuscript 'Groundwater recharge under drought'. Please accept or decline the invitation "
         "within 7 days."),
        (OTHER, "Call for applications: Associate Editor", "Dear Dr. {name},\n\nThe journal is seeking two "
         "volunteer Associate Editors. The position involves handling 6-8 manuscripts a year."),
    ]))

W.append(Writer(
    "grant-funder", "report", "grants@northlight-foundation.example.org",
    "Northlight Foundation Grants Team",
    dress="quote",
    messages=[
        (OTHER, "Your grant application: stage 2", "Dear {name},\n\nThank you for your stage 1 application to the "
         "Community Tech Fund. We're pleased to invite you to submit a full application and to a panel interview "
         "on 22 May."),
        (OTHER, "Grant outcome", "Dear {name},\n\nWe are sorry to tell you that the panel has decided not to fund "
         "your application this round. Feedback from the panel is attached."),
        (OTHER, "Grant agreement for signature", "Dear {name},\n\nFollowing the panel's decision, please find "
         "your grant agreement and payment schedule attached. Please sign by 30 June."),
    ]))

W.append(Writer(
    "shop-offers", "report", "deals@threadline-store.example.com",
    "Threadline",
    "You're receiving this because you signed up for Threadline emails. Unsubscribe.",
    dress="html",
    messages=[
        (OTHER, "An exclusive offer, just for you", "Hi {name}, take 25% off everything this weekend. Your offer "
         "code is inside."),
        (OTHER, "Your order has shipped", "Hi {name}, good news - order #TL-55120 is on its way. Track your "
         "parcel."),
        (OTHER, "We're hiring for the holidays!", "Hi {name}, our stores are hiring seasonal team members. "
         "Love Threadline? Apply in store or on our careers site. Plus, members get double points this week."),
    ]))

W.append(Writer(
    "city-hospital-hr", "report", "recruitment@lakeshore-health.example.org",
    "Recruitment Services\nLakeshore Health",
    messages=[
        (ACK, "Application confirmation - Pharmacy Technician", "Dear {name},\n\nThis confirms we have received "
         "your application for Pharmacy Technician (Job ID 77120). Please log in to the careers site to check "
         "your status."),
        (INTERVIEW, "Pharmacy Technician - panel interview", "Dear {name},\n\nWe are pleased to invite you to a "
         "panel interview for the Pharmacy Technician position on 6 August at 9:00. The interview will take about "
         "45 minutes."),
        (OFFER, "Conditional offer of employment", "Dear {name},\n\nWe are pleased to make you a conditional "
         "offer of employment as Pharmacy Technician. This offer depends on a satisfactory criminal record check "
         "and immunization records."),
        (TEST, "Pharmacy Technician - calculation test", "Dear {name},\n\nBefore the panel interview you will "
         "sit a 30-minute pharmacy calculation test. Please arrive at 8:30 and bring a basic calculator."),
        (REJ, "Pharmacy Technician - application status", "Dear {name},\n\nThank you for interviewing with us. "
         "We regret to inform you that we have offered the position to another applicant."),
        (OTHER, "Patient portal: upcoming appointment", "Dear {name},\n\nReminder: you have an appointment with "
         "Dr. Lin on 12 August at 14:30 at the Lakeshore Family Clinic."),
    ]))

W.append(Writer(
    "ngo-volunteer-abroad", "report", "placements@globalhands-volunteers.example.org",
    "Best,\nKemi\nPlacements team, GlobalHands",
    dress="oneline",
    messages=[
        (OTHER, "Your placement application", "Hi {name}, thanks for applying for our teaching volunteer "
         "placement in Ghana! We'd like to set up a short video interview to get to know you."),
        (OTHER, "Placement confirmed", "Hi {name}, congratulations, your volunteer placement is confirmed for "
         "July. Next step: pay the programme fee and book your vaccinations."),
        (OTHER, "Fundraising tips", "Hi {name}, many volunteers fundraise part of their programme fee. Here are "
         "five ideas that worked for others."),
    ]))

W.append(Writer(
    "driving-agency", "report", "noreply@driving-licence.example.gov",
    "Driver Licensing Agency (example)",
    messages=[
        (OTHER, "Theory test booking confirmation", "Dear {name},\n\nYour car theory test is booked for 3 "
         "October at 09:15. Bring your photocard licence."),
        (OTHER, "Your application for a provisional licence", "Dear {name},\n\nWe have received your application "
         "for a provisional driving licence. You should get your licence within 3 weeks."),
        (OTHER, "Practical test result", "Dear {name},\n\nUnfortunately you did not pass your practical driving "
         "test. You can book another test after 10 working days."),
    ]))

W.append(Writer(
    "fintech-careers-naija", "report", "careers@paystride.example.ng",
    "Regards,\nPeople & Culture\nPayStride",
    dress="html",
    messages=[
        (ACK, "Application received - Backend Engineer", "Dear {name},\n\nWe acknowledge receipt of your "
         "application for the role of Backend Engineer. Kindly note that only shortlisted candidates will be "
         "contacted."),
        (TEST, "PayStride coding assessment", "Dear {name},\n\nKindly find below the link to the coding "
         "assessment for the Backend Engineer role. The test is timed (90 minutes) and should be completed within "
         "48 hours."),
        (INTERVIEW, "Invitation to virtual interview", "Dear {name},\n\nCongratulations! You have been shortlisted "
         "for a virtual interview with our engineering team on Monday by 11am. Kindly confirm your availability."),
        (OTHER, "Your PayStride account statement", "Dear {name},\n\nYour account statement for October is "
         "attached. Thank you for banking with PayStride."),
    ]))


# ========================================================== more job mail from the same kinds of senders, both halves
W.append(Writer(
    "insurer-brightcover-careers", "tune", "careers@brightcover-insurance.example.com",
    "Kind regards,\nPriyanka Shah\nResourcing Partner, BrightCover",
    dress="quote",
    messages=[
        (ACK, "Claims Handler application - received", "Dear {name},\n\nThanks for your application for the "
         "Claims Handler role in our Bristol office. I'll be reviewing applications after the closing date on the "
         "12th and will update you either way."),
        (INTERVIEW, "Claims Handler - telephone interview", "Dear {name},\n\nI'd like to arrange a short "
         "telephone interview with you for the Claims Handler role. Would Wednesday at 2pm or Thursday at 11am "
         "suit?"),
        (TEST, "Claims Handler - written task", "Dear {name},\n\nAhead of your face-to-face meeting, please "
         "complete the attached claims scenario exercise and send it back by Monday morning. It should take "
         "around an hour."),
        (OFFER, "Claims Handler - verbal offer confirmed", "Dear {name},\n\nFollowing our call this afternoon, I "
         "am delighted to confirm our offer for the Claims Handler role at 27,500 per annum. Your contract will "
         "be sent through our onboarding system tomorrow."),
        (REJ, "Underwriting Assistant application", "Dear {name},\n\nThank you for applying for the "
         "Underwriting Assistant vacancy. On this occasion we will not be taking your application forward, as "
         "we have candidates whose experience is closer to the role."),
    ]))

W.append(Writer(
    "civil-service-revenue-jobs", "tune", "publicjobs@revenue-careers.example.ie",
    "Recruitment Unit",
    "Please quote your candidate ID in all correspondence.",
    dress="oneline",
    messages=[
        (ACK, "Clerical Officer competition - application received", "Dear {name}, your application for the "
         "Clerical Officer competition (ref CO-2025-03) has been received. Your candidate ID is 884120."),
        (TEST, "Clerical Officer - online test invitation", "Dear {name}, you are invited to complete the "
         "online tests for the Clerical Officer competition: verbal reasoning and a work-sample exercise. The "
         "tests are unsupervised and must be completed by 17:00 on 21 March."),
        (INTERVIEW, "Clerical Officer - competency-based interview", "Dear {name}, you have been invited to "
         "attend a competency-based interview for the Clerical Officer competition on 8 April at 10:30 in Dublin "
         "Castle. Please bring photo ID."),
        (REJ, "Clerical Officer - result of the online tests", "Dear {name}, we regret to inform you that you "
         "did not reach the qualifying standard in the online tests and will not be going forward to the next "
         "stage of this competition."),
    ]))

W.append(Writer(
    "devrel-recruiters", "tune", "people@cloudnook.example.dev",
    "Ola Nwosu\nPeople Team, Cloudnook",
    messages=[
        (OUT, "Your hackathon project + a DevRel role", "Hi {name}, I saw your team's winning project at "
         "HackNorth and your write-up after. We're hiring a Developer Advocate at Cloudnook and I think you'd "
         "be brilliant. Could I tell you more over a 15-minute call?"),
        (ACK, "Developer Advocate application", "Hi {name}, thanks for putting your application in for the "
         "Developer Advocate position! We review everything within a week and I'll email you the outcome."),
        (INTERVIEW, "Panel for Developer Advocate", "Hi {name}, you're through to the panel stage! Please prepare "
         "a 10-minute demo of any tool you love. We've pencilled in Friday 13:00 UK time - does that work?"),
        (OFFER, "Cloudnook offer", "Hi {name}, I'm so pleased to tell you the panel loved your demo and we'd like "
         "to offer you the Developer Advocate role. The written offer with compensation details is attached."),
    ]))

W.append(Writer(
    "learnpath-job-mail", "tune", "talent@learnpath.example.com",
    "Maya\nRecruiting at LearnPath",
    messages=[
        (INTERVIEW, "LearnPath - let's talk about the Instructional Designer role", "Hi {name},\n\nThanks for "
         "applying for our Instructional Designer opening. The hiring manager would like a 45-minute video "
         "interview. Please book a slot via the link below."),
        (REJ, "Instructional Designer at LearnPath", "Hi {name},\n\nThank you for interviewing for the "
         "Instructional Designer position. After a lot of discussion we've decided to go with someone else. We "
         "appreciated your portfolio."),
        (OTHER, "Refer a friend, get a month free", "Hi {name},\n\nInvite a friend to LearnPath and you both "
         "get a month of Plus free. Share your referral link."),
    ]))

W.append(Writer(
    "uni-hr-calderbrook-2", "tune", "hr-recruitment@calderbrook.ac.uk",
    "HR Recruitment Team\nCalderbrook University",
    messages=[
        (OTHER, "Your application to the MSc has been withdrawn", "Dear {name},\n\nAs requested, we have "
         "withdrawn your application to the MSc Urban Planning. If you wish to apply again in the future you "
         "will need to submit a new application."),
        (OTHER, "Teaching Assistant training for PhD students", "Dear {name},\n\nAll PhD students who teach "
         "this term must attend the Teaching Assistant induction on 3 October. Please register in the training "
         "portal."),
    ]))

W.append(Writer(
    "clearwell-careers", "report", "talent@clearwell-health.example.com",
    "Best,\nDana Whitfield\nTalent Acquisition, Clearwell Health",
    messages=[
        (OUT, "Clearwell Health - Data Analyst opportunity", "Hi {name},\n\nI came across your profile while "
         "searching for analysts with claims-data experience. We have a Data Analyst opening on our payment "
         "integrity team that looks like a great match. Are you open to hearing more?"),
        (ACK, "Thank you for applying to Clearwell Health", "Hi {name},\n\nWe've received your application for "
         "Data Analyst II (Req 55712). Our recruiting team will review your qualifications and reach out if "
         "there's a match."),
        (INTERVIEW, "Interview confirmation - Data Analyst II", "Hi {name},\n\nThis confirms your video "
         "interview with Dana Whitfield and Marcus Bell on Tuesday, 2:00-3:00 PM ET. The meeting link is "
         "below."),
        (TEST, "SQL exercise - Data Analyst II", "Hi {name},\n\nAs the next step, please complete a timed SQL "
         "exercise on our testing platform. You'll have 60 minutes; the link expires in 3 days."),
        (OFFER, "Offer - Data Analyst II", "Hi {name},\n\nCongratulations! We're pleased to offer you the Data "
         "Analyst II position with a base salary of 84,000. Please review the attached offer and let us know by "
         "Friday."),
    ]))

W.append(Writer(
    "hallam-trust-jobs", "report", "jobs@hallam-education-trust.example.org",
    "Sarah Penrose\nOperations Manager, Hallam Education Trust",
    dress="quote",
    messages=[
        (ACK, "Programme Officer - your application", "Dear {name},\n\nMany thanks for applying for the "
         "Programme Officer post. We have received your CV and supporting statement and will be in touch after "
         "shortlisting next week."),
        (INTERVIEW, "Programme Officer - interview", "Dear {name},\n\nWe would be delighted to invite you to "
         "interview for the Programme Officer post on 24 September at our London office. The panel will be "
         "myself and two trustees."),
        (REJ, "Programme Officer", "Dear {name},\n\nThank you for coming to interview. I am sorry to say that "
         "on this occasion we have offered the post to another candidate. We were very impressed by your "
         "knowledge of the sector."),
    ]))

W.append(Writer(
    "meetly-recruiter-dm", "report", "messages@meetly.example.com",
    "",
    "Reply on Meetly. Meetly, Inc.",
    dress="oneline",
    messages=[
        (OUT, "New message from Tom Keane", "Tom Keane (Rust Dublin) sent you a message: Hi {name}, great "
         "question at last night's talk. I'm hiring two Rust engineers for my team at Ferrowave, fully remote in "
         "Ireland. Would you fancy a chat about it over coffee?"),
        (OTHER, "New message from Lucy", "Lucy (Python Cork) sent you a message: hey, are you still up for "
         "co-organising? I can hand over the venue contacts on Friday."),
    ]))

W.append(Writer(
    "paystride-more", "report", "careers@paystride.example.ng",
    "Regards,\nPeople & Culture\nPayStride",
    messages=[
        (OFFER, "Offer of employment - Backend Engineer", "Dear {name},\n\nFollowing your successful interview, "
         "we are pleased to offer you employment as Backend Engineer. Kindly find attached your offer letter and "
         "signify your acceptance within 5 working days."),
        (REJ, "Backend Engineer - feedback", "Dear {name},\n\nThank you for the time you spent on our process. "
         "We regret to inform you that we will not be proceeding with your application for the Data Engineer "
         "role at this time."),
        (OTHER, "PayStride loan offer", "Dear {name},\n\nYou qualify for an instant loan of up to 500,000 "
         "naira. Apply in the app and get a decision in minutes."),
    ]))

W.append(Writer(
    "wexley-student-jobs", "report", "studentemployment@wexley-college.example.edu",
    "Student Employment Office\nWexley College",
    dress="html",
    messages=[
        (INTERVIEW, "Library Student Assistant - interview", "Dear {name},\n\nThank you for applying for the "
         "Library Student Assistant job. The circulation supervisor would like to interview you on Friday at "
         "3pm in the library lobby."),
        (OFFER, "Student job offer - Library Student Assistant", "Dear {name},\n\nWe are happy to offer you the "
         "Library Student Assistant position for the fall semester at 10 hours per week. Please complete your "
         "hiring paperwork in the student portal."),
        (OTHER, "Work-study award notice", "Dear {name},\n\nYour financial aid package includes a Federal Work-"
         "Study award of 2,500. This is not a job offer; you still need to apply for campus positions."),
    ]))


W.append(Writer(
    "pet-rescue", "tune", "adoptions@second-chance-paws.example.org",
    "Paws and thanks,\nLinnea (adoptions volunteer)",
    messages=[
        (OTHER, "Your adoption application for Biscuit", "Hi {name}!\n\nThanks for applying to adopt Biscuit. "
         "Next step is a home visit so we can check the garden fencing - could Saturday morning work?"),
        (OTHER, "Good news about Biscuit", "Hi {name},\n\nThe home visit went great and your application has "
         "been approved! Biscuit can come home with you next week."),
        (OTHER, "Foster carers needed", "Hi {name},\n\nWe're looking for foster homes for six puppies. It's "
         "unpaid but we cover food and vet bills. Reply if you can help."),
    ]))

W.append(Writer(
    "primary-parents", "tune", "office@hollybank-primary.example.sch.uk",
    "Mrs Achterberg\nSchool Office",
    dress="oneline",
    messages=[
        (OTHER, "Parent-teacher interviews next week", "Dear parents and carers, parent-teacher interviews take "
         "place on Tuesday and Wednesday. Please book a 10-minute slot with your child's class teacher."),
        (OTHER, "Reception place offer", "Dear {name}, we are pleased to offer your child a Reception place at "
         "Hollybank Primary for September. Please accept the offer through the council portal."),
        (OTHER, "Job vacancy: midday supervisor", "Dear parents, we are looking for a midday supervisor, 5 days "
         "a week 11:45 to 13:15. Please pass this on to anyone who may be interested."),
    ]))

W.append(Writer(
    "hotel-loyalty", "report", "rewards@staywell-hotels.example.com",
    "Staywell Rewards",
    "Staywell Hotels Group. To unsubscribe, update your preferences.",
    dress="html",
    messages=[
        (OTHER, "Your member offer: 3 nights for the price of 2", "Hi {name}, as a Gold member you can stay 3 "
         "nights for the price of 2 at any city hotel until 30 April."),
        (OTHER, "Your stay in Manchester", "Hi {name}, we hope you enjoyed your stay. Tell us how we did in a 2-"
         "minute survey."),
        (OTHER, "Status match approved", "Hi {name}, your status match application has been approved. Welcome "
         "to Staywell Gold!"),
    ]))

W.append(Writer(
    "gym-club", "report", "frontdesk@ironworks-gym.example.com",
    "The Ironworks crew",
    messages=[
        (OTHER, "Trial results: your fitness assessment", "Hi {name},\n\nThanks for doing your fitness "
         "assessment with Coach Ray. Your programme for the next 6 weeks is attached."),
        (OTHER, "We're hiring coaches", "Hi {name},\n\nWe're looking for part-time coaches at Ironworks. Know "
         "someone qualified? Send them our way. Members who refer a hire get 3 months free."),
        (OTHER, "Membership offer ends Friday", "Hi {name},\n\nJoin before Friday and pay no joining fee. "
         "Offer valid for new members only."),
    ]))


QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Hello, thanks for the update. I'll reply "
          "properly this evening.\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<div style=\"font-family:Helvetica;font-size:14px\">{p.replace(chr(10), '<br/>')}</div><br/>"
                    for p in text.split("\n\n"))
    return f"<!DOCTYPE html><html><body><center><table><tr><td>{paras}</td></tr></table></center></body></html>"


DRESS = Dress(QUOTED, "Tue, 4 Mar 2025 at 18:02", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    return letters(W, NAMES, DRESS)
