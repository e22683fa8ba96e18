"""Ordinary business mail, fourth set: a software company's mailbox, with shop, account, travel and course mail and
the reader's own job search beside it (issue #15, fourteenth session, written for this project on 2026-12-07 before
any change it measures; never real mail).

The reader leads the customer-operations team of Tillbrook Analytics (tillbrook.io), a Manchester B2B analytics
software company, and hires for it. The kinds this set writes beside bench/en_business3_set.py's: a customer's
renewal, price and contract talk ("our offer for the renewal", "position on the liability cap"), sales pipelines
and quotes, the company's own HR mail to its employees (payroll, benefits enrolment, the review cycle, policy
changes, a reorganisation, the reader as a hiring manager told about *other people's* candidates and interviews),
IT tickets and access requests, calendar invitations for work meetings, vendors selling applicant-tracking and CRM
software to the reader as a buyer, recruiting-industry newsletters, shops, marketplaces and accounts ("thank you for
your order", "thanks for registering", "verify your email"), job-board alerts and "who viewed your profile"
notices, an office landlord, the company's bank, occupational health, travel, a part-time course, in formal and
casual tones, one-liners and HTML.

Whose candidacy a letter is about decides its label: the reader's own applications to other employers and
recruiters writing to the reader are job mail (about a sixth of the set); the candidates the reader interviews for
their own team, a colleague's interview panel, a job alert, a vendor's "hire faster" are `other`.

Split by writer: the "tune" writers may be read while the classifier is changed; the "report" writers are measured
only at the start and at the end of a piece of work, and their mistakes are not printed. `messages()` yields the
dressed messages (with "to", the reader's own address at tillbrook.io); `raw_messages()` the same as RFC 822 for an
import; `bench/mail_business4.py` measures them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import en_letters
from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT, REJ = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach", "rejection")
NAMES = ("Imogen", "Rashid", "Bronwen", "Tomasz", "Yetunde", "Hamish", "Anjali", "Lorcan", "Sunniva", "Desmond",
         "Farida", "Ptolemy", "Keziah", "Olumide", "Ines", "Wojciech")
DOMAIN = "tillbrook.io"
HALVES = ("tune", "report")

W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "customer-renewal", "tune", "procurement@harlow-foods.example.co.uk",
    "Kind regards\nJanet Okwuosa\nIndirect Procurement, Harlow Foods plc",
    messages=[
        (OTHER, "Tillbrook renewal - our position", "Dear {name},\n\nAhead of the renewal on 1 July, our position is "
         "that we cannot accept the 9 % uplift in your proposal. We would sign a three-year term at a 3 % uplift, "
         "with the analytics add-on included. Please come back to us with a revised offer by Friday."),
        (OTHER, "RE: revised offer", "Dear {name},\n\nThank you for the revised offer. It is closer, but our finance "
         "director has asked for a cap on the year-two price. Can we schedule a call on Tuesday to close this out?"),
        (OTHER, "Purchase order 4500127781", "Dear {name},\n\nPlease find attached our purchase order for the "
         "renewal. Invoices must quote the PO number or they will be rejected by our accounts payable team."),
        (OTHER, "Supplier questionnaire", "Dear {name},\n\nAs part of our annual supplier review, please complete "
         "the attached questionnaire on information security and modern slavery by the end of the month."),
        (OTHER, "Re: Tuesday's call", "Tuesday at 2pm works. I'll send an invite with our FD on it."),
    ]))

W.append(Writer(
    "sales-ae", "tune", "c.mbeki@tillbrook.io", "Chidi",
    dress="quote",
    messages=[
        (OTHER, "Northgate deal - need your help", "Hey {name}, Northgate want to see how onboarding works before "
         "they sign. Can you join the call Thursday at 11 and walk them through the first 30 days? They're "
         "close, the offer's with their CFO."),
        (OTHER, "Pipeline for Q3", "{name}, quick one - can you sanity-check the implementation dates on the "
         "three deals in commit? If any of them lands in August we'll need extra hands in your team."),
        (OTHER, "we won Northgate!!", "Signed this morning, 40 seats, 2 years. Thanks for the demo, it made the "
         "difference. Drinks on me Friday."),
        (OTHER, "Discount approval", "Hi {name}, I've put a 15 % discount on the Pemberton quote to get it over "
         "the line. Needs your sign-off as it includes free onboarding. Can you approve in Salesforce?"),
        (OTHER, "Re: Pemberton", "They've accepted. Kick-off call next week, I'll loop you in."),
    ]))

W.append(Writer(
    "hr-payroll", "tune", "payroll@tillbrook.io",
    "Tillbrook People Team\npeople@tillbrook.io",
    messages=[
        (OTHER, "Payroll cut-off brought forward - December", "Hi {name},\n\nBecause of the holidays, December "
         "payroll closes on the 12th. Expenses and overtime submitted after that will be paid in January. Pay "
         "day is Friday 19 December."),
        (OTHER, "Your December payslip", "Hi {name},\n\nYour payslip is ready in Sage People. If anything looks "
         "wrong, reply to this email before the 22nd."),
        (OTHER, "Bonus payments", "Hi {name},\n\nAnnual bonuses will be paid with March salary. Your manager will "
         "talk you through your individual amount before then."),
        (OTHER, "Student loan deduction", "Hi {name},\n\nWe've received a start notice from HMRC for a student loan "
         "deduction (plan 2). It will begin with your next pay."),
    ]))

W.append(Writer(
    "hr-benefits", "tune", "benefits@tillbrook.io", "Tillbrook People Team",
    dress="html",
    messages=[
        (OTHER, "Benefits window opens Monday", "Hi {name},\n\nOur annual benefits window runs from Monday 3 "
         "November to Friday 21 November. This is your chance to add a partner to private medical cover, change "
         "your cycle-to-work amount or buy extra holiday. Log in to the benefits platform to make your choices."),
        (OTHER, "Last chance to make your benefits choices", "Hi {name},\n\nThe window closes on Friday. If you do "
         "nothing, your current choices roll over."),
        (OTHER, "Your benefits confirmation", "Hi {name},\n\nThanks for submitting your choices. You've selected: "
         "private medical (single), 3 extra holiday days, dental cover. Changes take effect from 1 January."),
        (OTHER, "New: electric car scheme", "Hi {name},\n\nWe've partnered with a salary-sacrifice car scheme. "
         "Register your interest on the benefits platform to get a personalised quote."),
    ]))

W.append(Writer(
    "hr-reviews", "tune", "people@tillbrook.io", "Esther Quaye\nHead of People",
    messages=[
        (OTHER, "Annual review cycle - timeline", "Hi {name},\n\nThe annual review cycle starts on 6 January. "
         "Self-reflections are due 17 January, manager reviews 31 January, and calibration happens the week "
         "after. Outcomes, including promotions and pay, will be shared in March."),
        (OTHER, "Manager reviews due for your team", "Hi {name},\n\nYou have four reviews to complete for your "
         "direct reports. Please write them in Lattice and then hold a one-to-one with each person."),
        (OTHER, "Promotion case for Kasia", "Hi {name},\n\nThanks for putting Kasia forward for promotion to Senior "
         "Specialist. The panel meets on 12 February; please be ready to speak to her case for five minutes."),
        (OTHER, "Updated policy: flexible working", "Hi all,\n\nWe've updated the flexible working policy. Anyone "
         "can now request a change from day one of employment, and we'll respond within two months. The full "
         "policy is on Notion."),
        (OTHER, "Performance improvement plans - guidance", "Hi {name},\n\nAs discussed, here is the guidance for "
         "managers on performance improvement plans. Please speak to me before starting one so we can agree the "
         "objectives and the review dates."),
    ]))

W.append(Writer(
    "hiring-for-my-team", "tune", "recruiting@tillbrook.io",
    "Maya Lindqvist\nTalent Partner, Tillbrook Analytics",
    messages=[
        (OTHER, "Customer Ops Specialist - shortlist for you", "Hi {name},\n\nHere are the five CVs I'd shortlist "
         "for your Customer Operations Specialist role. Could you review them by Wednesday and tell me who you "
         "want to interview?"),
        (OTHER, "Interviews booked for your role", "Hi {name},\n\nI've booked first interviews with Aisha, Ben and "
         "Carla for Thursday and Friday. The interview guide and scorecard are in Ashby. Please submit your "
         "feedback within 24 hours of each interview."),
        (OTHER, "Feedback needed: Ben Harwood", "Hi {name},\n\nJust a nudge - we still need your scorecard for Ben "
         "Harwood's interview so we can move him to the final stage or let him know."),
        (OTHER, "Offer approved for Carla", "Hi {name},\n\nGood news: finance approved the offer for Carla at "
         "GBP 38,000. I'll call her this afternoon to make the verbal offer and send the contract once she "
         "accepts."),
        (OTHER, "Carla accepted!", "She said yes! Start date 2 March. I'll set up her onboarding and IT kit."),
        (OTHER, "Rejection emails sent", "Hi {name}, I've sent the rejection emails to the four candidates who "
         "didn't make the final. Aisha asked for feedback - could you give me two lines I can pass on?"),
    ]))

W.append(Writer(
    "colleague-casual", "tune", "sam.okoro@tillbrook.io", "s",
    dress="oneline",
    messages=[
        (OTHER, "", "can you cover my 3pm with Harlow? something came up"),
        (OTHER, "interview panel tmrw", "hey, I'm on Dan's interview panel for the data engineer role tomorrow "
         "and have no idea what to ask about customer stuff - any tips?"),
        (OTHER, "lunch?", "going to the noodle place at 1, coming?"),
        (OTHER, "that ticket", "the Harlow ticket is back again, same export bug. I've escalated to eng"),
        (OTHER, "Re: leaving do", "Rob's leaving drinks are Thursday at the Albert, he's off to a new job at "
         "Monzo. card going round too"),
    ]))

W.append(Writer(
    "it-servicedesk", "tune", "servicedesk@tillbrook.io",
    "Tillbrook IT Service Desk\nPlease do not change the subject line when replying.",
    messages=[
        (OTHER, "[INC-20931] Laptop will not connect to VPN - assigned", "Hello {name},\n\nYour incident "
         "INC-20931 has been assigned to Marek in the IT team. Expected response within 4 working hours."),
        (OTHER, "[INC-20931] Resolved", "Hello {name},\n\nYour incident INC-20931 has been marked as resolved: "
         "the VPN profile was reinstalled. If the problem returns, reply within 5 days to reopen it."),
        (OTHER, "[REQ-4410] Access request approved: Zendesk admin", "Hello {name},\n\nYour request for Zendesk "
         "admin access has been approved by your manager and completed."),
        (OTHER, "Scheduled maintenance Saturday", "Hello,\n\nEmail and Slack will be unavailable on Saturday "
         "between 06:00 and 08:00 for scheduled maintenance."),
        (OTHER, "[REQ-4452] New starter equipment: Carla Mendes", "Hello {name},\n\nWe have received your request "
         "for new starter equipment for Carla Mendes (start date 2 March). A laptop and headset will be ready "
         "on her first day."),
        (OTHER, "Action required: password expires in 3 days", "Hello {name},\n\nYour network password expires in "
         "3 days. Change it from any office computer or at the self-service portal."),
    ]))

W.append(Writer(
    "calendar", "tune", "calendar-notification@tillbrook.io", "",
    messages=[
        (OTHER, "Invitation: Quarterly business review - Harlow Foods @ Tue 14 Oct 10:00 - 11:00",
         "Chidi Mbeki has invited you to an event.\n\nQuarterly business review - Harlow Foods\nTue 14 Oct "
         "10:00 - 11:00 (BST)\nGoogle Meet\n\nAgenda: usage, open tickets, renewal timeline.\n\nGoing? Yes - "
         "Maybe - No"),
        (OTHER, "Updated invitation: Team offsite planning", "This event has been updated.\n\nTeam offsite "
         "planning\nWed 22 Oct 14:00 - 15:00\nRoom: Pennine\n\nChanged: time"),
        (OTHER, "Invitation: Interview - Customer Ops Specialist (Ben Harwood)", "Maya Lindqvist has invited you "
         "to an event.\n\nInterview - Customer Ops Specialist (Ben Harwood)\nFri 17 Oct 09:30 - 10:30\nRoom: "
         "Irwell\n\nCandidate CV and scorecard are linked in Ashby."),
        (OTHER, "Accepted: 1:1 Imogen / Rashid", "Rashid Aziz has accepted this invitation.\n\n1:1\nMon 13 Oct "
         "16:00 - 16:30"),
        (OTHER, "Cancelled event: All-hands", "This event has been cancelled.\n\nAll-hands\nThu 16 Oct 17:00 - "
         "18:00"),
        (OTHER, "Invitation: Performance review - Kasia @ Thu 29 Jan", "You have been invited to an event.\n\n"
         "Performance review - Kasia\nThu 29 Jan 11:00 - 12:00\nOrganiser: {name}"),
    ]))

W.append(Writer(
    "ats-vendor-marketing", "tune", "hello@pipelyne-recruit.example.com",
    "The Pipelyne team\nPipelyne, hiring software for growing teams",
    "You're receiving this because you signed up for a Pipelyne demo. Unsubscribe",
    dress="html",
    messages=[
        (OTHER, "Hire 2x faster with structured interviews", "Hi {name},\n\nTeams using Pipelyne's interview kits "
         "make offers 40 % faster. Schedule interviews in one click, collect scorecards automatically and send "
         "offer letters with e-signature. Book a 20-minute demo this week."),
        (OTHER, "Your free trial ends in 3 days", "Hi {name},\n\nYour Pipelyne trial ends on Friday. Upgrade now to "
         "keep your job posts, candidates and interview schedules."),
        (OTHER, "New: AI screening for every application", "Hi {name},\n\nPipelyne now screens every application "
         "against your job requirements and ranks candidates for you. Your recruiters get back hours each week."),
        (OTHER, "Case study: how Fernhill cut time-to-hire by 18 days", "Hi {name},\n\nFernhill's talent team used "
         "to juggle spreadsheets. Read how they moved their whole hiring process to Pipelyne in two weeks."),
        (OTHER, "Special offer: 20 % off annual plans", "Hi {name},\n\nUntil the end of the month, annual plans are "
         "20 % off. The offer applies to new customers only."),
    ]))

W.append(Writer(
    "crm-vendor", "tune", "events@salesorbit.example.com", "SalesOrbit Events",
    "SalesOrbit Ltd, 1 Market Street, Leeds. Manage preferences",
    messages=[
        (OTHER, "You're registered: Customer Success Summit", "Hi {name},\n\nThank you for registering for the "
         "Customer Success Summit on 12 November. Your ticket is attached. Add it to your calendar so you don't "
         "miss the opening keynote."),
        (OTHER, "Tomorrow: your session schedule", "Hi {name},\n\nHere's your schedule for tomorrow, including the "
         "renewals workshop and the panel on reducing churn."),
        (OTHER, "Thanks for attending", "Hi {name},\n\nThanks for joining us. The slides and recordings are now "
         "available. We'd love your feedback in a two-minute survey."),
        (OTHER, "Your SalesOrbit renewal quote", "Hi {name},\n\nYour SalesOrbit subscription renews on 1 December. "
         "Your quote for 12 seats is attached. Reply to this email if you'd like to change the number of seats."),
    ]))

W.append(Writer(
    "recruiting-newsletter", "tune", "newsletter@talentdispatch.example.com",
    "Talent Dispatch - the weekly briefing for people who hire",
    "You subscribed to Talent Dispatch. Unsubscribe | View in browser",
    messages=[
        (OTHER, "Talent Dispatch #212: offer acceptance rates are falling", "This week: offer acceptance rates "
         "dropped to 78 % in Q3, the lowest in five years. Why candidates are turning down offers, what the best "
         "recruiters do differently, and five questions to ask in every final interview."),
        (OTHER, "Talent Dispatch #213: the four-day week one year on", "This week: what happened to hiring at the "
         "companies that tried the four-day week, the rise of skills-based job descriptions, and our salary "
         "survey results for customer success roles."),
        (OTHER, "Talent Dispatch #214: interview no-shows", "This week: candidate no-shows for first interviews are "
         "up. Three ways to cut them, plus a template for the reminder email."),
        (OTHER, "Webinar: writing job ads that convert", "Join our free webinar on Thursday: how to write a job "
         "ad that brings the right applicants, with examples from 200 real postings."),
    ]))

W.append(Writer(
    "shop-office", "tune", "orders@deskline-supplies.example.co.uk", "Deskline Office Supplies",
    "Deskline Ltd. Registered in England. Questions? Reply to this email.",
    dress="html",
    messages=[
        (OTHER, "Thank you for your order #DL-558201", "Hi {name},\n\nThank you for your order! We've received it "
         "and will let you know when it ships.\n\n2 x monitor arm\n1 x box A4 paper\nTotal: GBP 142.60"),
        (OTHER, "Your order has been dispatched", "Hi {name},\n\nGood news - your order #DL-558201 is on its way "
         "and should arrive tomorrow. Track it with DPD."),
        (OTHER, "How did we do?", "Hi {name},\n\nYour order was delivered yesterday. Could you rate your "
         "experience? It takes 30 seconds."),
        (OTHER, "Your invoice for order #DL-558201", "Hi {name},\n\nYour invoice is attached. Payment terms are 30 "
         "days from the invoice date."),
    ]))

W.append(Writer(
    "account-notices", "tune", "no-reply@accounts.notionly.example.com", "The Notionly team",
    messages=[
        (OTHER, "Thanks for registering with Notionly", "Hi {name},\n\nThanks for registering! Please confirm your "
         "email address to activate your account. The link expires in 24 hours."),
        (OTHER, "Welcome to your workspace", "Hi {name},\n\nYou've joined the Tillbrook workspace. Here are three "
         "things to try first: create a page, invite a teammate, and connect Slack."),
        (OTHER, "New sign-in from Chrome on Windows", "Hi {name},\n\nWe noticed a new sign-in to your account from "
         "Manchester, UK. If this was you, you don't need to do anything."),
        (OTHER, "Your password was changed", "Hi {name},\n\nThe password for your account was changed. If you "
         "didn't do this, reset it now and contact support."),
        (OTHER, "Your receipt from Notionly", "Hi {name},\n\nThanks for your payment of USD 96.00 for the Team plan "
         "(monthly). Your receipt is attached."),
    ]))

W.append(Writer(
    "job-board-alerts", "tune", "alerts@jobsnest.example.com", "JobsNest",
    "You're getting this email because you created a job alert. Manage alerts | Unsubscribe",
    messages=[
        (OTHER, "8 new jobs for 'customer operations manager' in Manchester", "Hi {name},\n\nNew jobs matching "
         "your alert:\n\nHead of Customer Operations - Parcelbay - Manchester - GBP 60-70k\nCustomer Success "
         "Manager - Loopwise - Remote\nOperations Lead - Finch Health - Salford\n\nSee all 8 jobs"),
        (OTHER, "Jobs you might have missed", "Hi {name},\n\nThese roles were posted this week and are closing "
         "soon. Apply early to stand out."),
        (OTHER, "Your profile was viewed 6 times this week", "Hi {name},\n\nRecruiters viewed your profile 6 times "
         "this week. Update your CV to appear in more searches."),
        (OTHER, "Salary insights for Customer Operations Manager", "Hi {name},\n\nThe average salary for Customer "
         "Operations Manager in Manchester is GBP 52,400. See how your pay compares."),
    ]))

W.append(Writer(
    "landlord", "tune", "facilities@beetham-workspace.example.co.uk",
    "Regards,\nGwen Pritchard\nBuilding Manager, Beetham Workspace",
    messages=[
        (OTHER, "Service charge budget 2026", "Dear {name},\n\nPlease find enclosed the service charge budget for "
         "the coming year. Your share increases by 4.2 %, mainly due to insurance and energy costs."),
        (OTHER, "Fire alarm test - Wednesday", "Dear tenants,\n\nThe weekly fire alarm test will take place on "
         "Wednesday at 10:00. No need to evacuate."),
        (OTHER, "Lease renewal - heads of terms", "Dear {name},\n\nFurther to our meeting, the landlord's offer for "
         "the lease renewal is a five-year term at GBP 24 per sq ft with a break at year three and three months "
         "rent-free. Please let me know whether you wish to proceed."),
        (OTHER, "Lift out of service", "Dear tenants,\n\nLift 2 is out of service until Friday while a part is "
         "replaced. Apologies for the inconvenience."),
    ]))

W.append(Writer(
    "bank", "tune", "notifications@northbank-business.example.co.uk", "Northbank Business",
    "Northbank will never ask for your PIN or password by email.",
    messages=[
        (OTHER, "Your statement is ready", "Dear {name},\n\nYour business account statement for September is ready "
         "to view in online banking."),
        (OTHER, "Card payment declined", "Dear {name},\n\nA payment of GBP 1,240.00 to AIRLINE TICKETS on your "
         "business card ending 4471 was declined. If you recognise it, please approve it in the app."),
        (OTHER, "New payee added", "Dear {name},\n\nA new payee, Deskline Ltd, was added to your account today. If "
         "this wasn't you, call us immediately."),
        (OTHER, "Important changes to your account terms", "Dear {name},\n\nWe're making changes to the terms of "
         "your business account from 1 January. The main change is to the fees for international payments."),
    ]))

W.append(Writer(
    "travel", "tune", "bookings@railfare-direct.example.co.uk", "Railfare Direct",
    messages=[
        (OTHER, "Booking confirmed: Manchester Piccadilly to London Euston", "Hi {name},\n\nYour booking is "
         "confirmed. Outward: Tue 14 Oct, 07:15. Return: Tue 14 Oct, 18:40. Your e-tickets are in the app."),
        (OTHER, "Your journey tomorrow", "Hi {name},\n\nYour train leaves Manchester Piccadilly at 07:15 tomorrow. "
         "Platform information will be shown 10 minutes before departure."),
        (OTHER, "Delay Repay: your claim has been approved", "Hi {name},\n\nYour claim for the delayed journey on "
         "14 October has been approved. GBP 32.10 will be refunded to your card."),
    ]))

W.append(Writer(
    "occupational-health", "tune", "appointments@clearpath-oh.example.co.uk",
    "ClearPath Occupational Health",
    messages=[
        (OTHER, "Your appointment is confirmed", "Dear {name},\n\nYour workstation assessment is confirmed for "
         "Monday 20 October at 10:00, by video. The assessor will ask to see your desk and chair."),
        (OTHER, "Reminder: flu vaccination clinic", "Dear {name},\n\nYour flu vaccination appointment is tomorrow "
         "at 12:20 in the Tillbrook office, meeting room Irwell."),
        (OTHER, "Your assessment report", "Dear {name},\n\nYour workstation assessment report is ready. It "
         "recommends a monitor riser and a footrest, which your employer has been informed of."),
    ]))

W.append(Writer(
    "course", "tune", "learners@manchester-business-school.example.ac.uk",
    "Executive Education Office",
    messages=[
        (OTHER, "Welcome to the Certificate in Operations Leadership", "Dear {name},\n\nWelcome to the programme! "
         "Your first module starts on 5 February. Your student ID and timetable are attached."),
        (OTHER, "Assignment 1 - submission deadline", "Dear {name},\n\nA reminder that your first assignment is "
         "due on Friday 7 March at 23:59. Please submit it through the learning portal."),
        (OTHER, "Your assignment feedback", "Dear {name},\n\nYour assignment has been marked. You received a merit "
         "(64). Detailed feedback is available in the portal."),
        (OTHER, "Graduation ceremony - registration", "Dear {name},\n\nCongratulations on completing the "
         "certificate. Please register for the graduation ceremony by 30 June."),
    ]))

W.append(Writer(
    "legal-counsel", "tune", "legal@tillbrook.io", "Rupert Ashdown\nGeneral Counsel",
    messages=[
        (OTHER, "Harlow MSA - liability cap", "{name},\n\nHarlow's lawyers have come back on the liability cap. "
         "They want it at 200 % of annual fees; our standard is 100 %. I suggest we accept 150 % in exchange for "
         "removing the uncapped indemnity. Can you confirm the commercial side is comfortable?"),
        (OTHER, "DPA signed", "{name}, the data processing agreement with Pemberton is signed. Saved in the "
         "contract register."),
        (OTHER, "Contract review request - please use the form", "Hi all,\n\nPlease send all contract review "
         "requests through the legal request form, not by email. Standard NDAs are now self-service."),
        (OTHER, "Re: employment tribunal - former employee", "{name},\n\nThe former employee's claim has been "
         "listed for a preliminary hearing in April. I may need a witness statement from you about the "
         "performance conversations you had with him. Please keep this confidential."),
    ]))

W.append(Writer(
    "customer-support", "tune", "support@tillbrook.zendesk.example.com", "Tillbrook Support",
    messages=[
        (OTHER, "[Ticket #88213] Export to CSV fails for large reports", "A new ticket has been assigned to your "
         "team.\n\nRequester: Janet Okwuosa (Harlow Foods)\nPriority: High\n\n\"Since the update, exports over "
         "10,000 rows fail with a timeout. We need this for month-end.\""),
        (OTHER, "[Ticket #88213] Customer replied", "Janet Okwuosa replied:\n\n\"Thanks, the workaround worked. "
         "Please let us know when the fix is released.\""),
        (OTHER, "SLA breach warning: 3 tickets", "3 tickets assigned to Customer Operations will breach their "
         "first-response SLA within the next hour."),
        (OTHER, "Weekly support report", "Tickets solved: 214. Median first response: 38 min. CSAT: 94 %. Top "
         "topic: exports."),
    ]))

# ------------------------------------------------------------------------------------ tune: the reader's job search
W.append(Writer(
    "agency-recruiter", "tune", "tom@northpoint-people.example.co.uk",
    "Tom Gallagher\nPrincipal Consultant, Northpoint People\n0161 000 0000",
    dress="quote",
    messages=[
        (OUT, "Head of Customer Operations - fintech, Manchester", "Hi {name},\n\nI came across your profile and "
         "think you'd be a great fit for a Head of Customer Operations role I'm working on for a Series B fintech "
         "in Manchester. Circa 75k plus equity, hybrid. Would you be open to a quick call this week?"),
        (INTERVIEW, "Interview confirmed - Thursday 10am", "Hi {name},\n\nGreat news - the client would like to "
         "meet you. Your interview is confirmed for Thursday at 10am at their office on Deansgate with the COO. "
         "I'll send over some prep notes tonight."),
        (OFFER, "They want you!", "Hi {name},\n\nThe COO called me this morning - they'd like to offer you the Head "
         "of Customer Operations role at 78k plus 0.2 % equity. Give me a ring when you can and we'll go "
         "through the details."),
        (OUT, "Another one for you", "Hi {name},\n\nSeparate from the fintech role, I have a VP Operations opening "
         "at a health-tech scale-up. Happy to share the spec if you're interested."),
    ]))

W.append(Writer(
    "ats-loopwise", "tune", "no-reply@loopwise.ashbyhq.example.com", "Loopwise Talent Team",
    dress="html",
    messages=[
        (ACK, "Thanks for applying to Loopwise", "Hi {name},\n\nThanks for applying for the Customer Success "
         "Director role at Loopwise. We've received your application and our team will review it carefully."),
        (TEST, "Next step: a short case study", "Hi {name},\n\nThanks for your interest in the Customer Success "
         "Director role. As the next step, we'd like you to complete a short written case study. You'll have 5 "
         "days once you open the link."),
        (REJ, "Your application to Loopwise", "Hi {name},\n\nThank you for taking the time to complete our case "
         "study. After careful consideration we have decided to move forward with other candidates whose "
         "experience more closely matches the role."),
    ]))

W.append(Writer(
    "hiring-manager-direct", "tune", "priya.shah@finch-health.example.com",
    "Priya Shah\nCOO, Finch Health",
    messages=[
        (INTERVIEW, "Operations Lead - next steps", "Hi {name},\n\nThank you for applying for our Operations Lead "
         "role. I enjoyed reading your application. Would you be free for a 45-minute video interview next "
         "Tuesday or Wednesday afternoon?"),
        (INTERVIEW, "Final round", "Hi {name},\n\nThanks again for Tuesday. We'd like to invite you to a final "
         "round with our CEO and Head of Product, in person at our Salford office. Does 3 November work?"),
        (REJ, "Operations Lead", "Hi {name},\n\nI wanted to let you know personally that we've decided to offer the "
         "role to another candidate. It was a close call and I hope our paths cross again."),
    ]))

W.append(Writer(
    "ats-parcelbay", "tune", "careers@parcelbay.example.co.uk", "Parcelbay Recruitment",
    messages=[
        (ACK, "Application received: Head of Customer Operations", "Dear {name},\n\nThank you for your application "
         "for Head of Customer Operations. We'll review it and contact you if you are selected for interview."),
        (REJ, "Head of Customer Operations - update", "Dear {name},\n\nThank you for your interest in Parcelbay. We "
         "regret to inform you that your application has not been successful on this occasion."),
    ]))

W.append(Writer(
    "headhunter-linkedin", "tune", "inmail-hit-reply@linkedin.example.com", "",
    "You are receiving InMail notification emails. Unsubscribe",
    messages=[
        (OUT, "Rhea Talbot sent you a message: Director of Operations opportunity", "Hi {name}, I'm a partner at "
         "Talbot Search and I'm leading a Director of Operations search for a private-equity-backed software "
         "company. Your background at Tillbrook looks very relevant. Would you be open to a confidential "
         "conversation?"),
        (OUT, "Rhea Talbot: following up", "Hi {name}, just following up on my note about the Director of "
         "Operations role - the client is keen to move quickly. Would a call on Monday suit?"),
    ]))

W.append(Writer(
    "assessment-platform", "tune", "noreply@testgrid-assess.example.com", "TestGrid, on behalf of Northgate",
    messages=[
        (TEST, "Northgate has invited you to an assessment", "Hello {name},\n\nNorthgate has invited you to "
         "complete an online assessment as part of your application for Customer Operations Manager. It includes "
         "a numerical reasoning test and a situational judgement test, about 40 minutes in total."),
        (TEST, "Reminder: complete your Northgate assessment", "Hello {name},\n\nYour assessment for Northgate "
         "expires in 48 hours. Please complete it before then."),
    ]))

W.append(Writer(
    "offer-letter-hr", "tune", "people@loopstack.example.io", "Loopstack People Team",
    messages=[
        (OFFER, "Your offer from Loopstack", "Dear {name},\n\nFollowing your interviews with our team, we are "
         "delighted to offer you the position of Customer Operations Director. Your offer letter and contract "
         "are attached; please sign and return them by 20 November."),
        (OTHER, "Welcome aboard - your first day", "Dear {name},\n\nWe're looking forward to seeing you on 5 "
         "January. Please arrive at 9:30 and ask for the People Team at reception."),
        (ACK, "Application received - Head of Support", "Dear {name},\n\nWe have received your application for "
         "Head of Support. Our recruitment team will be in touch within ten working days."),
    ]))

W.append(Writer(
    "startup-founder", "tune", "dev@quillmark.example.io", "Dev",
    dress="oneline",
    messages=[
        (OUT, "ops role at Quillmark?", "hey {name} - Dev here, founder of Quillmark. we're 25 people and need "
         "someone to build our customer ops from scratch. a mutual friend said you might be up for a move. fancy "
         "a coffee?"),
        (INTERVIEW, "Re: ops role at Quillmark?", "great! how about Weds 8:30 at Federal on Deansgate? I'll bring "
         "my cofounder so it's a proper chat about the role"),
        (OTHER, "Ticket for the meetup", "Here's the link for the ops meetup I mentioned, it's free. See you "
         "there maybe"),
    ]))

W.append(Writer(
    "marketplace", "tune", "seller-notifications@tradebay.example.com", "TradeBay",
    messages=[
        (OTHER, "Your item has sold!", "Hi {name},\n\nCongratulations, your Herman chair has sold for GBP 210. "
         "Please post it within 3 working days and upload the tracking number."),
        (OTHER, "You've received an offer on your listing", "Hi {name},\n\nA buyer has made an offer of GBP 180 "
         "on your Herman chair. Accept, decline or counter-offer within 48 hours."),
        (OTHER, "Payment received", "Hi {name},\n\nThe buyer has paid. Funds will be available in your account "
         "once the item is delivered."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "customer-enterprise", "report", "vendor.management@castlegate-insurance.example.com",
    "Best regards,\nMarcus Delaney\nVendor Management Office, Castlegate Insurance",
    dress="quote",
    messages=[
        (OTHER, "Castlegate / Tillbrook - commercial proposal", "Hello {name},\n\nThanks for the proposal. Before we "
         "take it to our steering committee we need three things: a breakdown of implementation fees, your "
         "uptime commitment in writing, and references from two insurers. Could you send these by next "
         "Wednesday?"),
        (OTHER, "Steering committee outcome", "Hello {name},\n\nThe steering committee met yesterday and has "
         "selected Tillbrook as preferred supplier, subject to contract. Our legal team will reach out about "
         "the master agreement."),
        (OTHER, "Security review - outstanding items", "Hello {name},\n\nOur information security team has two "
         "open items from the review: evidence of your last penetration test and your business continuity plan. "
         "We cannot sign until these are closed."),
        (OTHER, "Go-live date", "Hello {name},\n\nWe'd like to move the go-live to 3 March because of our own "
         "change freeze. Please confirm your team can support that date."),
        (OTHER, "Re: Go-live date", "Great, 3 March it is. Thanks for being flexible."),
    ]))

W.append(Writer(
    "finance-controller", "report", "ap@tillbrook.io", "Gemma Wright\nFinancial Controller",
    messages=[
        (OTHER, "Month-end: accruals needed by Wednesday", "Hi {name},\n\nPlease send me any accruals for your cost "
         "centre by Wednesday noon - in particular the contractor hours for October and the conference tickets."),
        (OTHER, "Budget 2026 - your submission", "Hi {name},\n\nThe budget template for next year is attached. "
         "Headcount lines need a start month and salary for each planned hire. Deadline 14 November."),
        (OTHER, "Your expense claim has been rejected", "Hi {name},\n\nYour expense claim EXP-3391 was rejected "
         "because the receipt for the taxi on 2 October is missing. Please attach it and resubmit."),
        (OTHER, "Invoice approval needed", "Hi {name},\n\nThree supplier invoices are waiting for your approval in "
         "Xero, oldest 12 days. Please approve or query them this week."),
        (OTHER, "", "approved, thanks"),
    ]))

W.append(Writer(
    "people-ops-report", "report", "hr@tillbrook.io", "Tillbrook HR",
    "This message was sent to all Tillbrook employees.",
    dress="html",
    messages=[
        (OTHER, "Open enrolment for pension and life cover", "Dear colleague,\n\nOpen enrolment for the company "
         "pension and life assurance runs until 30 November. You can change your contribution rate and update "
         "your nominated beneficiaries online."),
        (OTHER, "Holiday carry-over reminder", "Dear colleague,\n\nUp to five days of unused annual leave can be "
         "carried into next year. Anything above that will be lost on 31 December, so please book it now."),
        (OTHER, "New parental leave policy", "Dear colleague,\n\nFrom 1 January, all new parents will receive 16 "
         "weeks of full pay, regardless of gender or length of service. Read the policy on the intranet."),
        (OTHER, "Organisation update: Customer and Support teams", "Dear colleague,\n\nFrom next month, Customer "
         "Operations and Support will join together under one director. No roles are affected; your manager "
         "will talk you through what changes for your team."),
        (OTHER, "Employee survey - 10 minutes of your time", "Dear colleague,\n\nOur engagement survey is open "
         "until Friday. It is anonymous and your answers shape next year's people plan."),
        (OTHER, "Your annual leave request was approved", "Dear {name},\n\nYour leave request for 22 December to "
         "2 January has been approved by your manager."),
    ]))

W.append(Writer(
    "manager-oneonone", "report", "k.fairbairn@tillbrook.io", "Kirsty",
    messages=[
        (OTHER, "Your review - notes", "Hi {name},\n\nThanks for a good conversation today. As promised, my notes "
         "from your review are in Lattice: strong year, rated 'exceeds', and I've put you forward for the "
         "salary increase we discussed. Let's set next year's objectives in January."),
        (OTHER, "Headcount approved", "Hi {name},\n\nGood news: the extra Specialist role for your team is "
         "approved for Q1. Can you write the job description and send it to Talent by Friday?"),
        (OTHER, "Board pack - your slides", "Hi {name},\n\nCould you send me two slides on customer health for the "
         "board pack: churn, NPS and the top three risks? Need them Monday."),
        (OTHER, "Re: candidate feedback", "Hi {name},\n\nAgree with your read on the second candidate. Let's make "
         "the offer to Leon and keep Amira warm for the next opening."),
        (OTHER, "OOO next week", "I'm off next week; Chidi is covering escalations. Call me only if a customer is "
         "on fire."),
    ]))

W.append(Writer(
    "interview-panel-colleague", "report", "dan.price@tillbrook.io", "Dan",
    dress="oneline",
    messages=[
        (OTHER, "can you interview on Weds?", "Hi {name}, would you be able to do the culture-add interview for "
         "our Senior Data Engineer candidate on Wednesday at 2? Talent will send the invite and the scorecard"),
        (OTHER, "Re: can you interview on Weds?", "Thanks! She's strong technically, I mostly want your read on "
         "how she'd work with customers"),
        (OTHER, "debrief", "debrief for the data eng final is at 4 in Irwell, 15 mins"),
        (OTHER, "she accepted", "she accepted our offer, starts in Jan. thanks for helping out"),
    ]))

W.append(Writer(
    "it-security", "report", "security@tillbrook.io", "Tillbrook Security Team",
    messages=[
        (OTHER, "Mandatory security training due", "Hello {name},\n\nYour annual security awareness training is "
         "due by 31 October. It takes around 25 minutes. Completion is tracked for our ISO 27001 audit."),
        (OTHER, "Phishing simulation - you reported it!", "Hello {name},\n\nWell done - the email you reported on "
         "Tuesday was one of our phishing simulations. Thanks for staying alert."),
        (OTHER, "Your access review is due", "Hello {name},\n\nAs a system owner, please review who has access to "
         "Zendesk and remove anyone who no longer needs it. Due in 10 days."),
        (OTHER, "MFA will be required from Monday", "Hello,\n\nFrom Monday, all sign-ins to company systems will "
         "require multi-factor authentication. Set up the authenticator app today to avoid being locked out."),
        (OTHER, "Ticket CHG-1182: change approved", "Hello {name},\n\nYour change request CHG-1182 (Zendesk SSO "
         "configuration) has been approved by the change advisory board and is scheduled for Thursday 19:00."),
    ]))

W.append(Writer(
    "outlook-calendar", "report", "k.fairbairn@tillbrook.io", "",
    messages=[
        (OTHER, "Meeting request: Budget review", "When: Monday 10 November 2025 09:00-10:00 (UTC+00:00) London\n"
         "Where: Teams meeting\n\nLet's go through your budget submission line by line.\n\nJoin the meeting now"),
        (OTHER, "Meeting request: Interview panel - Support Team Lead", "When: Thursday 13 November 2025 "
         "13:00-14:00\nWhere: Pennine\n\nPanel: Kirsty Fairbairn, {name}. Candidate pack attached."),
        (OTHER, "Meeting forward notification: Castlegate kick-off", "Your meeting was forwarded to Marcus "
         "Delaney.\n\nCastlegate kick-off\nTuesday 18 November 2025 10:00-11:30"),
        (OTHER, "Declined: Weekly ops sync", "Kirsty Fairbairn has declined the meeting.\n\nWeekly ops sync\n"
         "Thursday 09:30-10:00"),
        (OTHER, "Meeting request: Mid-year review", "When: Tuesday 15 July 2025 15:00-16:00\nWhere: Kirsty's "
         "office\n\nYour mid-year review. Please bring your self-assessment."),
    ]))

W.append(Writer(
    "hr-software-vendor", "report", "marketing@peoplepulse-hr.example.com",
    "PeoplePulse | The HR platform for scaling companies",
    "PeoplePulse Inc., 500 Howard St, San Francisco. Unsubscribe from marketing emails.",
    dress="html",
    messages=[
        (OTHER, "Onboard new hires in half the time", "Hi {name},\n\nPeopleOps leaders tell us onboarding is where "
         "new hires decide whether to stay. PeoplePulse sends contracts, collects right-to-work checks and books "
         "first-day IT in one flow. See it in action."),
        (OTHER, "Is your applicant tracking holding you back?", "Hi {name},\n\nIf your hiring managers still "
         "chase candidates over email, you're losing great applicants to faster competitors. Our ATS puts every "
         "candidate, interview and offer in one place."),
        (OTHER, "Free template: the perfect job offer letter", "Hi {name},\n\nDownload our free offer letter "
         "template, reviewed by employment lawyers, plus a checklist for the week before a new starter joins."),
        (OTHER, "Last seats: performance review masterclass", "Hi {name},\n\nOur live masterclass on running fair "
         "performance reviews is on Thursday. Register now - seats are limited."),
        (OTHER, "{name}, your demo is confirmed", "Hi {name},\n\nThanks for booking a demo. Your product specialist "
         "will meet you on Tuesday at 15:00. The link is in the calendar invitation."),
    ]))

W.append(Writer(
    "hr-industry-newsletter", "report", "editor@hiringbrief.example.com",
    "The Hiring Brief", "Forwarded this? Subscribe here. You can unsubscribe at any time.",
    messages=[
        (OTHER, "The Hiring Brief: recruiters brace for a slow January", "Good morning. Agency recruiters expect "
         "fewer vacancies in January as companies delay hiring decisions. Also today: a tribunal ruling on "
         "withdrawn job offers, and why candidates ghost after the second interview."),
        (OTHER, "The Hiring Brief: the end of the cover letter?", "Good morning. Fewer employers now ask for a "
         "cover letter, our survey of 400 hiring managers finds. Plus: graduate applications hit a record, and "
         "the best-paying roles in customer success."),
        (OTHER, "The Hiring Brief: AI in recruitment", "Good morning. One in three talent teams now uses AI to "
         "screen applications. We look at what that means for candidates and for employers' legal risk."),
        (OTHER, "The Hiring Brief: our Talent Awards shortlist", "Good morning. The shortlist for this year's Talent "
         "Awards is out, including best candidate experience and in-house recruitment team of the year."),
    ]))

W.append(Writer(
    "saas-billing", "report", "billing@figcanvas.example.com", "FigCanvas Billing",
    messages=[
        (OTHER, "Thanks for your purchase", "Hi {name},\n\nThank you for upgrading to FigCanvas Professional. "
         "Your invoice for 5 editors (USD 75.00/month) is attached."),
        (OTHER, "Payment failed", "Hi {name},\n\nWe couldn't process your payment for FigCanvas Professional. "
         "Please update your card within 7 days to avoid losing access."),
        (OTHER, "Your subscription renews soon", "Hi {name},\n\nYour annual subscription renews on 1 February. "
         "No action is needed if your details are up to date."),
        (OTHER, "Confirm your email address", "Hi {name},\n\nThanks for signing up. Please confirm your email "
         "address so we know it's really you."),
    ]))

W.append(Writer(
    "online-shop", "report", "hello@brewhaus-coffee.example.co.uk", "The Brewhaus team",
    "Brewhaus Coffee Roasters, Unit 4, Ancoats. You're getting this because you ordered from us.",
    dress="html",
    messages=[
        (OTHER, "Order confirmed - thanks, {name}!", "Hi {name},\n\nThanks so much for your order. We're roasting "
         "your beans today and they'll be with you in 2-3 days.\n\nOffice blend 1kg x 2\nSubtotal GBP 38.00"),
        (OTHER, "Your beans are on the way", "Hi {name},\n\nYour parcel left our roastery this morning. Royal Mail "
         "tracking: QF123456785GB."),
        (OTHER, "Your subscription: next delivery on Monday", "Hi {name},\n\nYour office coffee subscription ships "
         "on Monday. Want to skip or swap a blend? Update it before Sunday."),
        (OTHER, "Thank you for registering", "Hi {name},\n\nThank you for registering an account with Brewhaus. "
         "You can now track orders and manage your subscription."),
    ]))

W.append(Writer(
    "professional-network", "report", "notifications@connectedpro.example.com", "ConnectedPro",
    "This email was intended for {name}. Notification settings.",
    messages=[
        (OTHER, "{name}, you appeared in 14 searches this week", "You appeared in 14 searches this week. Searchers "
         "came from Software, Financial Services and Recruiting. See who's looking."),
        (OTHER, "Jobs recommended for you", "Based on your profile: Customer Operations Lead at Harbourline, "
         "Director of Customer Success at Vexa, Head of Service Delivery at Orbit Bank. See all jobs."),
        (OTHER, "Congratulate Rob on his new job", "Rob Ellison started a new position as Operations Manager at "
         "Monzo. Say congrats."),
        (OTHER, "Your post is getting attention", "Your post about customer onboarding has 48 reactions and 9 "
         "comments."),
        (OTHER, "New message from Aoife Kerr", "Aoife Kerr: Hi, great to meet you at the CS Summit - would love to "
         "swap notes on how you run QBRs. Coffee sometime?"),
    ]))

W.append(Writer(
    "office-landlord-report", "report", "accounts@ancoats-estates.example.co.uk",
    "Ancoats Estates Ltd\nCredit Control",
    messages=[
        (OTHER, "Rent demand - quarter commencing 25 December", "Dear Sirs,\n\nPlease find enclosed the rent demand "
         "for the quarter commencing 25 December, GBP 18,750.00 plus VAT, payable on or before the quarter "
         "day."),
        (OTHER, "Rent review notice", "Dear {name},\n\nIn accordance with clause 4 of the lease, the landlord gives "
         "notice of the rent review due on 25 March and proposes a revised rent of GBP 81,000 per annum."),
        (OTHER, "Dilapidations schedule", "Dear {name},\n\nAhead of the expiry of your lease on the third floor, "
         "please find attached the schedule of dilapidations prepared by our surveyor."),
    ]))

W.append(Writer(
    "bank-report", "report", "alerts@meridian-bank.example.com", "Meridian Bank Business Banking",
    messages=[
        (OTHER, "Payment received: GBP 48,000.00", "A payment of GBP 48,000.00 from CASTLEGATE INSURANCE has been "
         "received into your account ending 0192."),
        (OTHER, "Your loan application", "Dear {name},\n\nThank you for your application for a business "
         "overdraft. We have reviewed it and are pleased to approve a limit of GBP 50,000, subject to the terms "
         "attached."),
        (OTHER, "Confirmation of payee - name mismatch", "Dear {name},\n\nThe name you entered doesn't match the "
         "account you're paying. Check the details before you continue."),
        (OTHER, "Secure message from your relationship manager", "Dear {name},\n\nYou have a new secure message in "
         "online banking about your annual review meeting."),
    ]))

W.append(Writer(
    "travel-report", "report", "trips@flyaway-business.example.com", "FlyAway for Business",
    dress="html",
    messages=[
        (OTHER, "Trip confirmed: Manchester - Dublin, 4 Dec", "Hi {name},\n\nYour trip is booked.\n\nFlight EI 203, "
         "Manchester 07:40 - Dublin 08:45\nHotel: The Grafton, 1 night\n\nYour booking reference is K7QX2P."),
        (OTHER, "Check in now for your flight to Dublin", "Hi {name},\n\nOnline check-in is open. Check in now and "
         "download your boarding pass."),
        (OTHER, "Rate your stay at The Grafton", "Hi {name},\n\nHow was your stay? Your review helps other business "
         "travellers."),
        (OTHER, "Your trip was cancelled", "Hi {name},\n\nYour trip to Dublin on 11 December has been cancelled as "
         "requested. A refund of GBP 212.40 will be issued to the company card."),
    ]))

W.append(Writer(
    "gp-dentist", "report", "reception@ardwick-dental.example.co.uk", "Ardwick Dental Practice",
    messages=[
        (OTHER, "Appointment reminder", "Dear {name},\n\nThis is a reminder of your check-up at Ardwick Dental "
         "Practice on Thursday at 8:10am. Reply C to cancel."),
        (OTHER, "Your treatment plan", "Dear {name},\n\nFollowing your examination, your treatment plan and "
         "estimate are attached. Please call us to book the next appointment."),
        (OTHER, "We've missed you", "Dear {name},\n\nIt's been over a year since your last check-up. Book online "
         "today."),
    ]))

W.append(Writer(
    "university-alumni", "report", "alumni@northfield.example.ac.uk", "Northfield University Alumni Office",
    "You are receiving this as a graduate of Northfield University.",
    messages=[
        (OTHER, "Mentor a student this year", "Dear {name},\n\nCould you spare an hour a month to mentor a "
         "final-year student? Our mentoring scheme matches graduates with students exploring careers in "
         "business and technology."),
        (OTHER, "Your alumni magazine", "Dear {name},\n\nThe winter issue of Northfield Magazine is here: new "
         "research on urban heat, a profile of our rowing team, and class notes."),
        (OTHER, "Reunion - Class of 2012", "Dear {name},\n\nJoin your classmates for the Class of 2012 reunion on "
         "campus on 14 June. Tickets include dinner and a campus tour."),
        (OTHER, "Short course: Data Storytelling", "Dear {name},\n\nAlumni receive 20 % off our new five-week "
         "online short course in data storytelling. Applications close on 9 January."),
    ]))

W.append(Writer(
    "partner-agency", "report", "studio@brightfold-design.example.co.uk",
    "Cheers,\nLou\nBrightfold Design",
    dress="quote",
    messages=[
        (OTHER, "Onboarding guide - first drafts", "Hi {name},\n\nFirst drafts of the customer onboarding guide are "
         "attached. We went with the lighter layout. Let us know what you think by Thursday and we'll do one "
         "round of changes."),
        (OTHER, "Quote for the help centre redesign", "Hi {name},\n\nAs requested, our quote for the help centre "
         "redesign is GBP 14,500, delivered over six weeks. Happy to walk you through it."),
        (OTHER, "Re: changes", "All done - final files uploaded to the shared drive. Invoice to follow."),
        (OTHER, "Invoice BF-0442", "Hi {name},\n\nInvoice BF-0442 for the onboarding guide is attached, payable in "
         "30 days. Thanks for the work, it was a pleasure."),
    ]))

W.append(Writer(
    "customer-smb", "report", "owner@tidewater-brewing.example.com", "Sean\nTidewater Brewing Co.",
    dress="oneline",
    messages=[
        (OTHER, "dashboard not loading", "hi {name}, our sales dashboard hasn't loaded since this morning, just "
         "spins. can someone take a look? cheers"),
        (OTHER, "Re: dashboard not loading", "working again, thanks for the quick fix!"),
        (OTHER, "thinking of upgrading", "hey, we're growing and thinking of moving to the Pro plan. what would it "
         "cost for 10 users, and can we keep our current dashboards?"),
        (OTHER, "cancel?", "Hi, we've decided to pause our subscription over winter. How do we cancel and will we "
         "lose our data?"),
    ]))

W.append(Writer(
    "conference-speaker", "report", "programme@opsconf.example.org", "Helena Marsh\nProgramme Chair, OpsConf",
    messages=[
        (OTHER, "Your talk has been accepted", "Dear {name},\n\nCongratulations - your talk 'Scaling support "
         "without scaling headcount' has been accepted for OpsConf. We have scheduled it for day two at 11:00."),
        (OTHER, "Speaker briefing call", "Dear {name},\n\nPlease join the speaker briefing call on 3 March. We'll "
         "go over the AV setup, the green room and timings."),
        (OTHER, "Speaker travel and expenses", "Dear {name},\n\nWe cover one night's accommodation and standard "
         "rail travel for speakers. Please send your receipts within 30 days of the event."),
    ]))

# ---------------------------------------------------------------------------------- report: the reader's job search
W.append(Writer(
    "agency-recruiter-report", "report", "amelia@harbour-talent.example.co.uk",
    "Amelia Rhodes\nHarbour Talent | Operations & Customer", "",
    dress="quote",
    messages=[
        (OUT, "Customer Success Director - SaaS - 85-95k", "Hi {name},\n\nI'm partnered with a SaaS scale-up in "
         "Leeds looking for a Customer Success Director to lead a team of 20. Your time at Tillbrook makes you a "
         "strong match. Could we have a 15-minute call?"),
        (INTERVIEW, "Interview booked - Vexa", "Hi {name},\n\nVexa would like to meet you! First interview is "
         "booked for Monday at 4pm on Zoom with their VP Customer. I'll send the link and some notes on the "
         "team."),
        (REJ, "Vexa feedback", "Hi {name},\n\nI've heard back from Vexa. Sadly they've decided not to progress - "
         "they want someone who has run a larger team. Really sorry, I thought it went well. I'll keep you "
         "posted on the next one."),
        (OUT, "checking in", "Hi {name}, are you still looking? I've got two new director-level roles in "
         "customer ops I'd love to run past you."),
    ]))

W.append(Writer(
    "ats-harbourline", "report", "talent@harbourline.myworkday.example.com",
    "Harbourline Talent Acquisition", "Please do not reply to this automated message.",
    dress="html",
    messages=[
        (ACK, "We've received your application - Customer Operations Lead", "Dear {name},\n\nThank you for applying "
         "to the Customer Operations Lead position (R-2281) at Harbourline. Your application is now being "
         "reviewed."),
        (INTERVIEW, "Invitation to interview - Customer Operations Lead", "Dear {name},\n\nWe are pleased to invite "
         "you to interview for the Customer Operations Lead position. Please select an interview slot using the "
         "link below."),
        (OFFER, "Your offer from Harbourline", "Dear {name},\n\nCongratulations! We are pleased to extend an offer "
         "of employment for the position of Customer Operations Lead. Please review and accept your offer in "
         "the candidate portal."),
    ]))

W.append(Writer(
    "hiring-manager-report", "report", "ravi@orbit-bank.example.com", "Ravi Menon\nHead of Service, Orbit Bank",
    messages=[
        (INTERVIEW, "Your application - Head of Service Delivery", "Hello {name},\n\nThank you for your application "
         "for Head of Service Delivery. I'd like to invite you for an interview at our Spinningfields office on "
         "Friday 21 November at 10:00. Please confirm whether that suits you."),
        (TEST, "Presentation for your second interview", "Hello {name},\n\nFor the second interview, we ask you to "
         "prepare a 15-minute presentation on how you would improve first-contact resolution in our contact "
         "centre."),
        (REJ, "Head of Service Delivery - outcome", "Hello {name},\n\nThank you for your time and the excellent "
         "presentation. I am sorry to say we have appointed another candidate. I would be glad to give you "
         "feedback by phone."),
    ]))

W.append(Writer(
    "ats-vexa", "report", "noreply@vexa.greenhouse.example.io", "The Vexa Recruiting Team",
    messages=[
        (ACK, "Thank you for your application to Vexa", "Hi {name},\n\nThanks for applying for Director of Customer "
         "Success. We received your application and will be in touch if your experience is a fit."),
        (REJ, "Your Vexa application", "Hi {name},\n\nThank you for your interest in Vexa. We've reviewed your "
         "application for Director of Customer Success and unfortunately won't be moving forward at this time."),
    ]))

W.append(Writer(
    "exec-search-report", "report", "j.whitcombe@whitcombe-partners.example.com",
    "Jonathan Whitcombe\nWhitcombe Partners, executive search", "",
    messages=[
        (OUT, "Confidential: COO search", "Dear {name},\n\nI am retained by a listed software group to find a "
         "Chief Operating Officer for one of its divisions. I would value fifteen minutes of your time to "
         "describe the role and hear about your ambitions."),
        (INTERVIEW, "Meeting with the Group CEO", "Dear {name},\n\nThe Group CEO would like to meet you on 2 "
         "December at 9:00 at their London office. I will send the briefing pack beforehand."),
        (OFFER, "Offer of employment", "Dear {name},\n\nI'm delighted to tell you the group wishes to appoint you "
         "as COO. Their offer is a base of GBP 140,000, a 40 % bonus and a long-term incentive award. The "
         "written offer will follow."),
    ]))

W.append(Writer(
    "assessment-report", "report", "invites@skillsight-assess.example.com", "SkillSight, for Harbourline", "",
    messages=[
        (TEST, "Complete your Harbourline assessment", "Hi {name},\n\nAs part of your application to Harbourline, "
         "please complete the online assessment: a work-style questionnaire and a problem-solving exercise. It "
         "takes about 30 minutes and must be finished within 5 days."),
        (TEST, "Your assessment expires tomorrow", "Hi {name},\n\nThis is a reminder that your Harbourline "
         "assessment link expires tomorrow at midnight."),
    ]))

W.append(Writer(
    "ats-orbit", "report", "careers@orbit-bank.example.com", "Orbit Bank Careers", "",
    messages=[
        (ACK, "Application confirmation", "Dear {name},\n\nThis is to confirm we have received your application "
         "for Head of Service Delivery (ref OB-7713). We aim to respond to all applicants within 3 weeks."),
        (ACK, "Your application for Complaints Manager", "Dear {name},\n\nThank you for applying for Complaints "
         "Manager. Your application will be reviewed by the hiring team."),
    ]))

W.append(Writer(
    "agency-bd-to-hirer", "report", "leon@staffbridge-recruitment.example.co.uk",
    "Leon Carver\nBusiness Development, Staffbridge Recruitment", "",
    messages=[
        (OTHER, "Your Support Team Lead vacancy", "Hi {name},\n\nI saw you're hiring a Support Team Lead. We've "
         "placed 30 support leaders in Manchester this year and I have three candidates available now who could "
         "interview this week. Our fee is 15 % of first-year salary. Shall I send their CVs?"),
        (OTHER, "Candidate for your team - immediately available", "Hi {name},\n\nI'm representing an excellent "
         "Customer Success Manager, six years in SaaS, notice period one week. Would you like to see her "
         "profile?"),
        (OTHER, "Our terms of business", "Hi {name},\n\nAs discussed, our terms of business are attached. If you "
         "engage a candidate we introduce within 12 months, the fee applies."),
    ]))

W.append(Writer(
    "inbound-prospecting", "report", "nina@callstack-dialer.example.com", "Nina\nAccount Executive, CallStack",
    dress="oneline",
    messages=[
        (OTHER, "quick question about your support team", "Hi {name} - saw Tillbrook is growing its support team. "
         "Are you still dialling customers manually? CallStack cuts admin by 30 %. Worth 15 minutes next week?"),
        (OTHER, "Re: quick question about your support team", "Hi {name}, bumping this up in case it got buried. "
         "Happy to send a two-minute video instead."),
        (OTHER, "should I close your file?", "Hi {name}, I haven't heard back so I'll assume the timing isn't "
         "right. If that changes, just reply to this email."),
    ]))

W.append(Writer(
    "customer-contact-change", "report", "t.ashworth@castlegate-insurance.example.com",
    "Tamsin Ashworth\nCustomer Insight Manager, Castlegate Insurance",
    messages=[
        (OTHER, "Moving on - new contact for Castlegate", "Hi {name},\n\nJust to let you know that I'm leaving "
         "Castlegate at the end of the month for a new role. From 1 December please contact my colleague Omar "
         "Haddad about the platform. It's been great working with you."),
        (OTHER, "Handover notes", "Hi {name},\n\nI've shared my handover notes with Omar, including the open "
         "feature requests and our reporting schedule."),
        (OTHER, "Re: farewell", "Thanks so much for the kind words - let's stay in touch on ConnectedPro!"),
    ]))

W.append(Writer(
    "facilities-social", "report", "office@tillbrook.io", "Office team",
    messages=[
        (OTHER, "Christmas party - save the date", "Hi everyone,\n\nThe Christmas party is on Friday 12 December "
         "at Albert Hall. Please RSVP by 21 November and let us know any dietary requirements."),
        (OTHER, "Volunteering day: food bank", "Hi everyone,\n\nWe have 12 places to volunteer at the Ardwick food "
         "bank on 4 December. It counts as one of your two volunteering days."),
        (OTHER, "Desk moves this weekend", "Hi everyone,\n\nCustomer Operations will move to the third floor this "
         "weekend. Please pack your desk by Friday 5pm; crates are by the kitchen."),
        (OTHER, "Lost property", "A black umbrella and a water bottle were left in Pennine. They're on the front "
         "desk."),
    ]))

W.append(Writer(
    "peer-vendor-review", "report", "reviews@softrate.example.com", "SoftRate",
    "You're receiving this because you use SalesOrbit and have a SoftRate account.",
    messages=[
        (OTHER, "Review SalesOrbit and get a GBP 25 gift card", "Hi {name},\n\nHow is SalesOrbit working for your "
         "team? Write a verified review and we'll send you a GBP 25 gift card."),
        (OTHER, "Thanks for your review!", "Hi {name},\n\nYour review of SalesOrbit has been published. Your gift "
         "card will arrive within 10 working days."),
        (OTHER, "Compare customer success platforms", "Hi {name},\n\nBuyers like you compared these five customer "
         "success platforms this month. See pricing, ratings and reviews side by side."),
    ]))

# The writers whose mail goes out in bulk: their messages carry List-Unsubscribe and Precedence: bulk.
BULK = {"hr-benefits", "ats-vendor-marketing", "crm-vendor", "recruiting-newsletter", "job-board-alerts",
        "hr-software-vendor", "hr-industry-newsletter", "online-shop", "professional-network", "university-alumni",
        "peer-vendor-review"}

QUOTED = ("\n\nOn {day}, {name} <{name_l}@" + DOMAIN + "> wrote:\n> Sounds good, let me check and get back to "
          "you later today.\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<div style=\"font-family:Segoe UI,Arial;font-size:14px;margin-bottom:10px\">"
                    f"{p.replace(chr(10), '<br>')}</div>" for p in text.split("\n\n"))
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{paras}</body></html>"


DRESS = Dress(QUOTED, "Mon, 13 Oct 2025 at 16:02", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html", "to"}."""
    rows = letters(W, NAMES, DRESS)
    n = 0
    for w in W:
        for _ in w.messages:
            rows[n]["to"] = f"{NAMES[n % len(NAMES)].lower()}@{DOMAIN}"
            n += 1
    return rows


def raw_messages(half: str) -> list[dict]:
    """The messages of one half as `onward mail import` reads them: each row with "raw" (RFC 822 bytes) and "id";
    a bulk sender's with List-Unsubscribe and Precedence: bulk."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")

    return en_letters.raw_messages(messages(), half, start=datetime(2025, 9, 1, 8, 0, tzinfo=UTC),
                                   step=timedelta(hours=5), tag="b4", headers=en_letters.bulk_senders(BULK))
