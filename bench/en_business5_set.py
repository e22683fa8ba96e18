"""Ordinary mail, fifth set: ten mailboxes of kinds the earlier business sets lack — a medical practice's manager, a
restaurant owner, a freelance designer, a charity's volunteer coordinator, a consumer's own inbox (tune); a
university programme administrator, an estate agent, a law firm's associate, an event organiser and a second
consumer (report) — each with the job search its reader may be running beside it (issue #15, fifteenth session,
written for this project on 2026-12-08 before any change it measures; never real mail).

The kinds this set writes beside bench/en_business4_set.py's: patients, locums and a regulator's inspection; a
supplier's prices and "our offer this week", table bookings and reviews, people applying to work in the reader's
kitchen; a freelancer's clients ("we'd like to offer you the project", a contract, an overdue invoice) and a
freelance marketplace's notices; volunteers' applications, inductions and checks, a funder's decision on a grant,
trustees' papers; a university's admissions interviews, exam boards, extension requests and a lecturer post the
reader sits on the panel for; buyers' offers on houses, viewings, conveyancing and tenancy applications; a
client's dismissal told to the reader's law firm, hearings, settlement offers and witness interviews; speakers
applying to an event, exhibitors, a venue's quote; shops, accounts, travel, a bank, a dentist, a landlord,
volunteering, courses, newsletters, job-board alerts and no-reply notices — formal, casual, one-line and HTML.

Whose candidacy a letter is about decides its label: the reader's own applications to other employers and
recruiters writing to the reader about a post are job mail (about a sixth of the set); people applying to the
reader's own kitchen, charity, firm or panel, a patient's or a student's interview, an offer on a house or of a
settlement, a job alert, a freelance gig are `other`.

Split by mailbox, so by writer: the "tune" mailboxes may be read while the classifier is changed; the "report"
mailboxes are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages (with "to", the reader's own address in that mailbox); `raw_messages()`
the same as RFC 822 for an import; `bench/mail_business5.py` measures them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import en_letters
from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT, REJ = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach", "rejection")
NAMES = ("Priya", "Callum", "Nkechi", "Gethin", "Marisol", "Aurelio", "Thandiwe", "Fionnuala", "Radek", "Soraya",
         "Eamon", "Ludmila", "Kwabena", "Saoirse", "Vikram", "Delphine")
HALVES = ("tune", "report")

# The reader's own domain in each mailbox; each writer below is in one of them.
MAILBOX = {
    "clinic": "elmfield-practice.example.co.uk",
    "restaurant": "osterialupa.example.co.uk",
    "freelancer": "inkwell-studio.example.com",
    "charity": "greenway-trust.example.org.uk",
    "consumer-a": "postbox-mail.example.com",
    "university": "hallam.example.ac.uk",
    "estate-agent": "marlowe-homes.example.co.uk",
    "law-firm": "quayside-law.example.co.uk",
    "events": "brightlane-events.example.com",
    "consumer-b": "mailnest.example.net",
}

W: list[Writer] = []
BOX: dict[str, str] = {}  # writer key -> mailbox


def add(box: str, writer: Writer) -> None:
    BOX[writer.key] = box
    W.append(writer)


# ========================================================================= tune: a medical practice's manager
add("clinic", Writer(
    "gp-partner", "tune", "dr.s.amin@elmfield-practice.example.co.uk", "Sana",
    dress="quote",
    messages=[
        (OTHER, "Locum cover for January", "Hi {name}, Dr Ellis is off from 5 to 23 January. Can you ask the agency "
         "for a locum for Tuesday and Thursday sessions? We can offer up to GBP 95 an hour."),
        (OTHER, "Re: partners' meeting", "Fine by me. Put the extended hours rota and the new phlebotomy position "
         "on the agenda please."),
        (OTHER, "Registrar interviews", "Hi {name}, the deanery has sent three GP registrars for us to interview "
         "for the August rotation. Could you book them in for 30 minutes each on Wednesday afternoon?"),
        (OTHER, "Complaint from Mr Hale", "{name}, I've read the complaint. Please send him the standard "
         "acknowledgement and offer a meeting with me next week. I'll draft the response."),
    ]))

add("clinic", Writer(
    "locum-agency-supplier", "tune", "bookings@medicover-locums.example.co.uk",
    "Rhiannon Pryce\nBookings Consultant, Medicover Locums",
    messages=[
        (OTHER, "Locum GP available for your January sessions", "Dear {name},\n\nFurther to your request, Dr Owen "
         "Marsh is available for your Tuesday and Thursday sessions in January at GBP 92 an hour. His CV and "
         "indemnity certificate are attached. Please confirm and we'll send the booking form."),
        (OTHER, "Booking confirmed - Dr Marsh", "Dear {name},\n\nThank you for confirming. Dr Marsh is booked for "
         "6 sessions. Timesheets must be signed by the practice each Friday."),
        (OTHER, "Invoice for December locum sessions", "Dear {name},\n\nPlease find our invoice for 8 sessions in "
         "December. Payment terms are 14 days."),
    ]))

add("clinic", Writer(
    "regulator-inspection", "tune", "enquiries@care-inspectorate.example.org.uk",
    "Inspection Team\nCare Quality Inspectorate",
    messages=[
        (OTHER, "Notice of inspection - Elmfield Practice", "Dear Practice Manager,\n\nWe will carry out a "
         "comprehensive inspection of your practice on 14 February. Inspectors will interview staff, review "
         "records and speak with patients. Please send the documents listed in the attached request by 31 "
         "January."),
        (OTHER, "Your draft inspection report", "Dear Practice Manager,\n\nYour draft report is attached for a "
         "factual accuracy check. The provisional rating is Good. You have 10 working days to respond."),
        (OTHER, "Inspection report published", "Dear Practice Manager,\n\nThe final report for Elmfield Practice has "
         "been published on our website. Please display your rating in the waiting room within 21 days."),
    ]))

add("clinic", Writer(
    "practice-staff", "tune", "reception@elmfield-practice.example.co.uk", "Bev",
    dress="oneline",
    messages=[
        (OTHER, "rota", "hi {name} can I swap my Saturday clinic with Jade? she's agreed"),
        (OTHER, "printer", "the printer in room 3 is jammed again, shall I call the engineer?"),
        (OTHER, "new receptionist", "{name} just so you know Maria starts on Monday, I'll show her the phones and "
         "the appointment system. Do you want to do her induction in the afternoon?"),
        (OTHER, "flu clinic", "Saturday flu clinic is fully booked, 240 patients. we need one more nurse for the "
         "afternoon"),
    ]))

add("clinic", Writer(
    "practice-applicant", "tune", "jade.moss90@freemail.example.com", "Jade Moss",
    messages=[
        (OTHER, "Application for Healthcare Assistant position", "Dear {name},\n\nI would like to apply for the "
         "Healthcare Assistant position advertised on your website. I have two years' experience in a care home "
         "and my Care Certificate. My CV is attached. I am available for interview any weekday."),
        (OTHER, "Re: Interview on Thursday", "Dear {name},\n\nThank you for inviting me. Thursday at 10am is fine and "
         "I will bring my ID and certificates."),
        (OTHER, "Thank you", "Dear {name},\n\nThank you so much for the offer. I am delighted to accept and can "
         "start on 3 March after my notice period."),
    ]))

add("clinic", Writer(
    "nhs-pensions-payroll", "tune", "payroll@primarycare-shared.example.nhs.uk",
    "Primary Care Payroll Services",
    messages=[
        (OTHER, "Pension contribution tiers from April", "Dear Practice Manager,\n\nEmployee contribution tiers "
         "change from 1 April. Please check the pensionable pay of each member of staff and confirm the new tier "
         "on the attached form."),
        (OTHER, "Payroll submission reminder", "Dear {name},\n\nStarters, leavers and changes for the December payroll "
         "must reach us by the 10th. Late submissions will be paid in January."),
        (OTHER, "P60s available", "Dear {name},\n\nYour staff's P60s are available to download from the payroll "
         "portal."),
    ]))

add("clinic", Writer(
    "clinical-system-vendor", "tune", "support@medisys-clinical.example.com", "Medisys Support",
    dress="html",
    messages=[
        (OTHER, "Scheduled maintenance Saturday 02:00-06:00", "Dear customer,\n\nMedisys will be unavailable on "
         "Saturday between 02:00 and 06:00 while we upgrade our servers. Appointment books will be read-only."),
        (OTHER, "Ticket 88213 resolved", "Hello {name},\n\nYour ticket about the appointment reminders not sending "
         "has been resolved. Please reply within 5 days if the problem continues."),
        (OTHER, "New in Medisys: online triage forms", "Hello {name},\n\nPatients can now send triage forms through "
         "the app. Book a 30-minute training session for your reception team."),
    ]))

add("clinic", Writer(
    "patient-mail", "tune", "g.whitlow@freemail.example.com", "George Whitlow",
    messages=[
        (OTHER, "Complaint about my appointment", "Dear Practice Manager,\n\nI waited 50 minutes for my appointment "
         "on Monday and was then told the doctor was running late and I should rebook. I would like an "
         "explanation."),
        (OTHER, "Re: Your complaint", "Thank you for your reply. I'd be happy to meet Dr Amin next Tuesday."),
        (OTHER, "Repeat prescription", "Dear {name},\n\nCould you check why my repeat prescription has not been sent "
         "to the pharmacy? It was requested a week ago."),
    ]))

add("clinic", Writer(
    "medical-supplies-shop", "tune", "orders@clinisupply.example.co.uk", "CliniSupply Customer Services",
    dress="html",
    messages=[
        (OTHER, "Thank you for your order CS-448190", "Hi {name},\n\nThank you for your order. 20 boxes of nitrile "
         "gloves (M), 10 sharps bins and 4 packs of couch roll will be dispatched tomorrow."),
        (OTHER, "Your order has been dispatched", "Hi {name},\n\nYour order CS-448190 is on its way. Track it with "
         "reference DPX7781204."),
        (OTHER, "Winter offer: 15 % off vaccine fridges", "Hi {name},\n\nThis month only: 15 % off medical "
         "refrigerators, with free delivery and installation. Offer ends 31 December."),
    ]))

# The practice manager's own search: a bigger practice's manager post.
add("clinic", Writer(
    "nhs-jobs-ats", "tune", "noreply@jobs.healthcareers.example.nhs.uk", "NHS Recruitment",
    messages=[
        (ACK, "Application received: Operations Manager, Riverside Primary Care Network", "Dear {name},\n\nThank you "
         "for applying for the post of Operations Manager (Band 7), reference 410-PCN-2291. Your application will be "
         "shortlisted after the closing date, 19 January. Please check your account for updates."),
        (INTERVIEW, "Invitation to interview: Operations Manager", "Dear {name},\n\nWe are pleased to invite you to "
         "interview for the post of Operations Manager on Tuesday 3 February at 11:00 at Riverside House. Please "
         "bring photographic ID and prepare a ten-minute presentation on improving patient access. Confirm your "
         "slot through your account."),
        (REJ, "Outcome of your interview: Operations Manager", "Dear {name},\n\nThank you for attending interview for "
         "the post of Operations Manager. I am sorry to tell you that on this occasion you have not been "
         "successful. The panel would be happy to give you feedback if you contact the recruiting manager."),
    ]))

add("clinic", Writer(
    "health-recruiter", "tune", "joanna@apex-health-search.example.co.uk",
    "Joanna Firth\nSenior Consultant, Apex Health Search",
    messages=[
        (OUT, "Practice Business Manager - Cheshire", "Hi {name},\n\nI'm working with a 30,000-patient practice near "
         "Knutsford that is looking for a Practice Business Manager to lead a team of 40. Given your time at "
         "Elmfield, I think you'd be a strong fit. Salary is up to GBP 58k. Would you be open to a quick call this "
         "week?"),
        (OFFER, "Good news from Knutsford", "Hi {name},\n\nThe partners loved you. They'd like to offer you the "
         "Practice Business Manager role at GBP 56,000 with a start date to suit your notice. The written offer will "
         "come from their HR adviser tomorrow."),
    ]))

# ============================================================================ tune: a restaurant owner's mailbox
add("restaurant", Writer(
    "food-supplier", "tune", "sales@fratelli-wholesale.example.co.uk", "Marco\nFratelli Wholesale",
    messages=[
        (OTHER, "This week's offer - buffalo mozzarella", "Ciao {name},\n\nOur offer this week: buffalo mozzarella "
         "GBP 4.20 per 250 g, San Marzano tomatoes GBP 18 a case. Order by Wednesday noon for Friday delivery."),
        (OTHER, "Price increase from January", "Dear {name},\n\nUnfortunately our olive oil and flour prices rise by "
         "6 % from 1 January because of the harvest. Your contract prices on cheese stay the same until March."),
        (OTHER, "Order confirmation 55102", "Dear {name},\n\nWe confirm your order: 12 kg 00 flour, 6 cases "
         "tomatoes, 4 kg parmigiano. Delivery Friday between 7 and 9."),
        (OTHER, "Re: short delivery", "Sorry about that {name}, the driver left the guanciale behind. We'll bring it "
         "tomorrow morning and credit the delivery charge."),
    ]))

add("restaurant", Writer(
    "booking-platform", "tune", "no-reply@tablenow.example.com", "TableNow for Restaurants",
    dress="html",
    messages=[
        (OTHER, "New booking: party of 12 on Saturday", "Hi {name},\n\nYou have a new booking: Okafor, 12 guests, "
         "Saturday 19:30. Special requests: one vegan, one nut allergy. Manage it in your dashboard."),
        (OTHER, "You received a new review", "Hi {name},\n\nA diner left a 5-star review: \"Best carbonara in "
         "Manchester, lovely staff.\" Reply to reviews to improve your ranking."),
        (OTHER, "Your December performance report", "Hi {name},\n\nCovers booked through TableNow: 1,284 (+12 %). "
         "No-show rate: 4 %. Average rating: 4.7."),
        (OTHER, "Cancellation: Brennan, 4 guests", "Hi {name},\n\nThe booking for Brennan, 4 guests on Thursday at "
         "20:00 has been cancelled by the guest."),
    ]))

add("restaurant", Writer(
    "restaurant-staff", "tune", "luca.b@osterialupa.example.co.uk", "Luca",
    dress="oneline",
    messages=[
        (OTHER, "sous chef", "{name} Tommaso told me he is leaving in February, we need to start looking for a new "
         "sous chef soon. Shall I put the job on the board at the catering college?"),
        (OTHER, "friday", "fish didn't arrive, I've changed the special to the lamb"),
        (OTHER, "rota next week", "can I have Tuesday off? my sister is getting married. Anna can cover my shift"),
        (OTHER, "trial shift", "the guy you sent for the trial shift was really good, quick on the pass. I'd offer "
         "him the job"),
    ]))

add("restaurant", Writer(
    "kitchen-applicant", "tune", "tomasz.wrobel.chef@freemail.example.com", "Tomasz",
    messages=[
        (OTHER, "Chef de partie job", "Hello {name},\n\nI saw your advert for a chef de partie. I have worked four "
         "years at Dishoom and two at a hotel in Krakow. Can I come for a trial shift? My CV is attached."),
        (OTHER, "Re: trial shift", "Thank you, I will come on Saturday at 4pm with my knives."),
        (OTHER, "Re: the job", "Hello {name}, thank you for the offer, I accept! I can start on the 1st. Do you need "
         "my share code for the right to work?"),
    ]))

add("restaurant", Writer(
    "council-food-safety", "tune", "food.safety@manchester-council.example.gov.uk",
    "Environmental Health Officer\nFood Safety Team",
    messages=[
        (OTHER, "Food hygiene inspection - outcome", "Dear {name},\n\nFollowing the inspection on 12 November, your "
         "food hygiene rating is 5 (very good). Your sticker will be posted to you. The inspector's report is "
         "attached."),
        (OTHER, "Pavement licence application", "Dear {name},\n\nYour application for a pavement licence for six "
         "tables has been approved for 12 months from 1 April, subject to the attached conditions."),
    ]))

add("restaurant", Writer(
    "catering-enquiry", "tune", "events@hollins-architects.example.co.uk", "Clare Hollins",
    dress="quote",
    messages=[
        (OTHER, "Private dining for 30 - December", "Hi {name},\n\nWe're looking for a venue for our office "
         "Christmas dinner, 30 people, on Friday 12 December. Could you send your set menus and a quote?"),
        (OTHER, "Re: quote", "Thanks {name}, the quote looks good. We'd like to go ahead with menu B. Do you need a "
         "deposit?"),
        (OTHER, "Final numbers", "Hi {name}, final numbers are 28, with two vegetarians. See you on Friday!"),
    ]))

add("restaurant", Writer(
    "accountant", "tune", "d.obi@obi-accounting.example.co.uk", "David Obi\nObi & Co Chartered Accountants",
    messages=[
        (OTHER, "VAT return due 7 February", "Hi {name},\n\nPlease send the sales and purchase records for the "
         "quarter by 20 January so we can file your VAT return in time."),
        (OTHER, "Staff tips and tronc", "Hi {name},\n\nFrom October the law on tips changes: all tips must go to "
         "staff. I suggest we set up a tronc scheme. I've attached a short note on how it works."),
        (OTHER, "Your annual accounts", "Hi {name},\n\nThe draft accounts for Osteria Lupa Ltd are ready for your "
         "review. Profit before tax is GBP 62,400. Let's meet to go through them."),
    ]))

add("restaurant", Writer(
    "delivery-platform", "tune", "partners@dashbite.example.com", "DashBite Partner Team",
    "You are receiving this email because you are a DashBite restaurant partner.",
    dress="html",
    messages=[
        (OTHER, "Your weekly payout", "Hi {name},\n\nYour payout of GBP 2,318.40 for 24-30 November is on its way. "
         "See the statement in Partner Hub."),
        (OTHER, "Boost your visibility this weekend", "Hi {name},\n\nJoin our weekend promotion: offer 20 % off "
         "and appear at the top of the list for customers near you."),
        (OTHER, "Menu update approved", "Hi {name},\n\nYour menu changes have been approved and are now live."),
    ]))

add("restaurant", Writer(
    "equipment-repair", "tune", "service@coldline-refrigeration.example.co.uk", "Coldline Service Desk",
    messages=[
        (OTHER, "Engineer visit booked", "Dear {name},\n\nAn engineer will visit on Tuesday between 8 and 12 to "
         "look at the walk-in fridge. Job number CL-20931."),
        (OTHER, "Quote for compressor replacement", "Dear {name},\n\nFollowing the visit, our quote to replace the "
         "compressor is GBP 1,480 plus VAT. The offer is valid for 30 days."),
    ]))

add("restaurant", Writer(
    "hospitality-job-board", "tune", "alerts@caterjobs.example.co.uk", "CaterJobs",
    "You're getting this because you posted a job on CaterJobs. Manage alerts in your account.",
    messages=[
        (OTHER, "Your job ad for Sous Chef is live", "Hi {name},\n\nYour advert \"Sous Chef - Osteria Lupa\" is now "
         "live and will run for 28 days. You'll get an email for every new applicant."),
        (OTHER, "3 new applicants for Sous Chef", "Hi {name},\n\nYou have 3 new applicants for Sous Chef. Review "
         "their CVs and invite the best ones to interview."),
        (OTHER, "Your job ad expires in 3 days", "Hi {name},\n\nYour Sous Chef advert expires on Friday. Renew now "
         "for 14 more days at half price."),
    ]))

# ================================================================== tune: a freelance designer's mailbox
add("freelancer", Writer(
    "client-brief", "tune", "hannah@pebble-coffee.example.co.uk", "Hannah\nPebble Coffee Roasters",
    dress="quote",
    messages=[
        (OTHER, "Rebrand - brief and budget", "Hi {name},\n\nAs promised, the brief for our rebrand is attached: "
         "new logo, bag labels and the website's look. Our budget is about GBP 6,000. Could you send a proposal "
         "and a schedule?"),
        (OTHER, "Re: proposal", "Hi {name}, we loved the proposal. We'd like to offer you the project, starting "
         "with the logo in January. Shall I sign the contract you sent?"),
        (OTHER, "Feedback on the logo concepts", "Hi {name}, the team prefers concept 2 but can we try it in a "
         "warmer brown? Also the B looks a bit heavy at small sizes."),
        (OTHER, "Final files", "Got the final files, thank you! They look brilliant. Invoice me whenever you're "
         "ready."),
    ]))

add("freelancer", Writer(
    "client-agency", "tune", "ops@northlight-creative.example.com", "Dev\nStudio Manager, Northlight Creative",
    messages=[
        (OTHER, "Are you free in February?", "Hi {name},\n\nWe've got a packaging job for a drinks client in "
         "February, about 8 days' work. Day rate as last time. Are you available?"),
        (OTHER, "Purchase order for the Brewline job", "Hi {name},\n\nThe PO for the Brewline packaging job is "
         "attached: 8 days at GBP 380. Please quote the PO number on your invoice."),
        (OTHER, "Re: invoice 0142", "Hi {name}, sorry for the delay - our finance team pays freelancers on the last "
         "Friday of the month, so you'll have it on the 28th."),
    ]))

add("freelancer", Writer(
    "late-payer", "tune", "accounts@gristmill-events.example.co.uk", "Accounts Team\nGristmill Events",
    messages=[
        (OTHER, "Re: Overdue invoice 0137", "Dear {name},\n\nWe apologise for the late payment. Your invoice has "
         "been approved and will be paid in this week's run."),
        (OTHER, "Supplier set-up form", "Dear {name},\n\nBefore we can pay you we need the attached supplier form "
         "with your bank details and your UTR number."),
    ]))

add("freelancer", Writer(
    "freelance-marketplace", "tune", "notifications@gigforge.example.com", "GigForge",
    "You're receiving this because you have a GigForge freelancer profile. Unsubscribe in Settings.",
    dress="html",
    messages=[
        (OTHER, "12 new jobs match your skills", "Hi {name},\n\nNew jobs for Brand Identity Designers: logo for a "
         "yoga studio (fixed price GBP 400), packaging for a candle brand (GBP 35/hr), pitch deck redesign. Send "
         "a proposal before other freelancers do."),
        (OTHER, "Your proposal was viewed", "Hi {name},\n\nThe client viewed your proposal for \"Logo for a yoga "
         "studio\". Clients who view proposals often reply within 48 hours."),
        (OTHER, "Contract ended: Pitch deck redesign", "Hi {name},\n\nThe client has ended the contract and "
         "released the final payment of GBP 620. Leave feedback for your client."),
        (OTHER, "Your connects have been refilled", "Hi {name},\n\nYour monthly connects have been added. Use them "
         "to apply to jobs."),
    ]))

add("freelancer", Writer(
    "design-software", "tune", "billing@vectorly.example.com", "Vectorly",
    dress="html",
    messages=[
        (OTHER, "Your subscription renews on 3 January", "Hi {name},\n\nYour Vectorly Pro plan renews on 3 January "
         "for GBP 199. No action is needed."),
        (OTHER, "Thanks for registering for Vectorly Live", "Hi {name},\n\nThanks for registering for Vectorly Live "
         "on 20 March. Your ticket and the schedule of talks are in your account."),
        (OTHER, "Verify your email address", "Hi {name},\n\nPlease confirm this is your email address to finish "
         "setting up your account."),
    ]))

add("freelancer", Writer(
    "hmrc-tax", "tune", "no-reply@tax-online.example.gov.uk", "Tax Online",
    messages=[
        (OTHER, "Your Self Assessment return is due", "Dear {name},\n\nYour tax return for the year to 5 April must "
         "reach us by 31 January. You can file and pay online."),
        (OTHER, "We have received your tax return", "Dear {name},\n\nThank you. We have received your Self "
         "Assessment tax return. Your submission reference is 7H2K9QXM."),
    ]))

add("freelancer", Writer(
    "coworking-space", "tune", "hello@mill-yard-cowork.example.co.uk", "The Mill Yard team",
    messages=[
        (OTHER, "Your hot desk membership", "Hi {name},\n\nYour hot desk membership renews on Monday. Members can "
         "now book the meeting room for two free hours a month."),
        (OTHER, "Members' breakfast on Friday", "Hi all,\n\nMembers' breakfast this Friday at 9, with a short talk "
         "on pricing your freelance work. Bring a friend!"),
    ]))

# The freelancer's own search for a permanent post.
add("freelancer", Writer(
    "ats-design-studio", "tune", "careers@foxglove-digital.example.com", "Foxglove Digital Talent Team",
    messages=[
        (ACK, "Thanks for applying to Foxglove Digital", "Hi {name},\n\nThank you for applying for the Senior "
         "Brand Designer role. We've received your portfolio and the hiring team will review it over the next two "
         "weeks."),
        (TEST, "Next step: a short design exercise", "Hi {name},\n\nThe team enjoyed your portfolio. As the next "
         "step for the Senior Brand Designer role, we'd like you to complete a short design exercise: a one-page "
         "brand refresh for a fictional bakery. Please send it back within five days; it should take about three "
         "hours."),
        (INTERVIEW, "Let's meet - Senior Brand Designer", "Hi {name},\n\nThanks for the exercise, we loved it. We'd "
         "like to invite you to a final interview with our creative director on Thursday at 2pm in our Ancoats "
         "studio. Does that suit you?"),
        (OFFER, "Your offer from Foxglove Digital", "Hi {name},\n\nWe're delighted to offer you the position of "
         "Senior Brand Designer at GBP 47,000 a year, starting 2 March. Your offer letter and contract are "
         "attached; please let us know by Friday."),
    ]))

add("freelancer", Writer(
    "creative-recruiter", "tune", "sophie@palette-people.example.co.uk", "Sophie\nPalette People Creative Recruitment",
    dress="oneline",
    messages=[
        (OUT, "in-house design lead role", "Hi {name}, I came across your portfolio and wondered if you'd consider "
         "going in-house? I'm recruiting a Design Lead for a B2C brand in Manchester, hybrid, up to 55k. Free for "
         "a chat?"),
        (REJ, "Re: Design Lead", "Hi {name}, I've had feedback from the client - they've decided to go with "
         "someone with more in-house experience, so they won't be taking your application further. Sorry, I'll "
         "keep you in mind for the next one."),
    ]))

# ====================================================== tune: a charity's volunteer coordinator's mailbox
add("charity", Writer(
    "volunteer-applicants", "tune", "volunteering@greenway-trust.example.org.uk", "Greenway Trust Volunteering",
    messages=[
        (OTHER, "New volunteer application: Mohammed Rahman", "Hi {name},\n\nA new volunteer application has come in "
         "through the website for the Saturday conservation group. Mohammed is available most weekends and has "
         "a driving licence. Please contact him to arrange an induction."),
        (OTHER, "New volunteer application: Ellie Barnes", "Hi {name},\n\nEllie Barnes has applied to volunteer in "
         "the charity shop on Wednesdays. She is 16, so she will need a parent's consent form."),
        (OTHER, "5 volunteer applications waiting", "Hi {name},\n\nYou have 5 volunteer applications waiting for a "
         "response for more than 14 days. Please review them in Volunteer Hub."),
    ]))

add("charity", Writer(
    "volunteer", "tune", "peter.lund@freemail.example.com", "Peter",
    dress="oneline",
    messages=[
        (OTHER, "Saturday", "Hi {name}, sorry I can't make the hedge laying on Saturday, my knee is playing up. "
         "Put me down for the next one"),
        (OTHER, "Re: thank you", "It was a pleasure, lovely group. Same time next month?"),
        (OTHER, "DBS form", "Hi {name} I've filled in the DBS form for the youth sessions, who do I give my ID "
         "to?"),
    ]))

add("charity", Writer(
    "grant-funder", "tune", "grants@northern-community-fund.example.org.uk",
    "Grants Team\nNorthern Community Fund",
    messages=[
        (OTHER, "Your application to the Green Spaces Fund", "Dear {name},\n\nThank you for your application to the "
         "Green Spaces Fund. We have received it and will make decisions by the end of March."),
        (OTHER, "Green Spaces Fund - decision", "Dear {name},\n\nI am pleased to tell you that the panel has "
         "awarded Greenway Trust GBP 24,500 over two years. Your offer letter and the grant conditions are "
         "attached; please sign and return them within 28 days."),
        (OTHER, "Grant monitoring report due", "Dear {name},\n\nYour first monitoring report is due on 30 June. "
         "Please include volunteer numbers and photos of the work."),
    ]))

add("charity", Writer(
    "ceo-internal", "tune", "director@greenway-trust.example.org.uk", "Ruth\nChief Executive, Greenway Trust",
    dress="quote",
    messages=[
        (OTHER, "Trustees' meeting papers", "Hi {name},\n\nCould you write a one-page update on volunteering for the "
         "trustees' meeting on the 18th? Numbers, the new Saturday group and the risk assessment."),
        (OTHER, "Volunteer Coordinator assistant post", "Hi {name},\n\nThe board approved a part-time assistant for "
         "you. Could you draft the job description and we'll advertise in January? You'll chair the interviews."),
        (OTHER, "Re: budget", "Thanks {name}, that's clear. Let's keep the volunteer expenses line as it is."),
        (OTHER, "Staff pay award", "Hi all,\n\nThe trustees have agreed a 4 % pay award for all staff from April, "
         "and an extra day's leave between Christmas and New Year."),
    ]))

add("charity", Writer(
    "partner-school", "tune", "k.ndlovu@stmarys-primary.example.sch.uk", "Kezia Ndlovu\nYear 5 teacher",
    messages=[
        (OTHER, "School visit to the nature reserve", "Dear {name},\n\nWe would love to bring 28 Year 5 pupils to "
         "the reserve in May for a pond-dipping session. Do you have dates, and could you send your risk "
         "assessment?"),
        (OTHER, "Re: visit", "Thank you, 14 May works well. We will bring 4 adults."),
    ]))

add("charity", Writer(
    "charity-newsletter", "tune", "news@volunteering-matters-network.example.org.uk", "Volunteering Matters Network",
    "You are receiving this as a member of the Volunteering Matters Network. Unsubscribe.",
    dress="html",
    messages=[
        (OTHER, "December bulletin: keeping volunteers in winter", "Hi {name},\n\nIn this issue: how to keep "
         "volunteers engaged through the winter, new guidance on volunteer expenses, and jobs in the sector - "
         "Volunteer Manager at a hospice, Community Organiser in Leeds."),
        (OTHER, "Webinar: recruiting young volunteers", "Hi {name},\n\nJoin our free webinar on 16 January on "
         "recruiting and interviewing young volunteers. Book your place now."),
    ]))

add("charity", Writer(
    "charity-shop-ecommerce", "tune", "orders@charitygoods-online.example.com", "CharityGoods Online",
    messages=[
        (OTHER, "Order 7781 has been placed", "Hi {name},\n\nGood news: an item from your shop has sold - \"Vintage "
         "Denby teapot\", GBP 18. Please post it within 3 working days."),
        (OTHER, "Your seller rating", "Hi {name},\n\nYour shop's seller rating is 4.9. Shops that post within 2 days "
         "sell 30 % more."),
    ]))

# The coordinator's own search.
add("charity", Writer(
    "charity-ats", "tune", "recruitment@hillside-hospice.example.org.uk", "Hillside Hospice People Team",
    messages=[
        (ACK, "Your application: Volunteer Services Manager", "Dear {name},\n\nThank you for your application for the "
         "Volunteer Services Manager post. Shortlisting will take place on 20 January and we will contact you "
         "either way."),
        (INTERVIEW, "Interview: Volunteer Services Manager", "Dear {name},\n\nI am pleased to invite you to an "
         "interview for the Volunteer Services Manager post on Monday 2 February at 10:30. The panel will be the "
         "Director of Care, a trustee and a volunteer. Please let me know if you need any adjustments."),
    ]))

add("charity", Writer(
    "charity-headhunter", "tune", "tom@thirdsector-search.example.co.uk",
    "Tom Ashby\nThird Sector Search",
    messages=[
        (OUT, "Head of Volunteering - national charity", "Dear {name},\n\nI am helping a national environmental "
         "charity to appoint a Head of Volunteering. Your work at Greenway Trust was recommended to me by a "
         "trustee we both know. Would you be willing to have a confidential conversation about the post?"),
        (REJ, "Head of Volunteering - update", "Dear {name},\n\nThank you for meeting the panel. I'm sorry to say "
         "the charity has decided not to take your candidacy forward to the final stage. It was a strong field and "
         "they were impressed by your community work."),
    ]))

# ======================================================================== tune: a consumer's own inbox
add("consumer-a", Writer(
    "fashion-shop", "tune", "orders@threadline-shop.example.com", "Threadline",
    "Questions? Reply to this email. Threadline Ltd, 4 Canal St.",
    dress="html",
    messages=[
        (OTHER, "Thank you for your order #TL-90211", "Hi {name},\n\nThank you for your order! We're getting it ready. "
         "1 x wool overcoat (M), 1 x scarf. You'll get another email when it ships."),
        (OTHER, "Your return has been received", "Hi {name},\n\nWe've received your return and refunded GBP 89.00 to "
         "your card. It can take 5 days to appear."),
        (OTHER, "Black Friday: our best offer of the year", "Hi {name},\n\n30 % off everything until Monday. Your "
         "offer is applied at checkout."),
    ]))

add("consumer-a", Writer(
    "marketplace-account", "tune", "no-reply@bazaarly.example.com", "Bazaarly",
    dress="html",
    messages=[
        (OTHER, "Thanks for registering with Bazaarly", "Hi {name},\n\nWelcome to Bazaarly! Your account is ready. "
         "Complete your profile to start buying and selling."),
        (OTHER, "You've received an offer on your bike", "Hi {name},\n\nA buyer has offered GBP 210 for \"Trek road "
         "bike, 56 cm\". Accept, decline or make a counter-offer within 48 hours."),
        (OTHER, "Your item has sold", "Hi {name},\n\nYour bike has sold. Print the shipping label and post it within "
         "3 days."),
        (OTHER, "New sign-in to your account", "Hi {name},\n\nWe noticed a new sign-in to your account from Chrome "
         "on Windows. If this wasn't you, reset your password."),
    ]))

add("consumer-a", Writer(
    "airline", "tune", "noreply@skylark-air.example.com", "Skylark Air",
    messages=[
        (OTHER, "Your booking confirmation MZ4K7P", "Dear {name},\n\nThank you for booking with Skylark Air. "
         "Manchester to Lisbon, 14 March, departs 07:05. Check-in opens 24 hours before departure."),
        (OTHER, "Your flight schedule has changed", "Dear {name},\n\nWe have had to change the schedule of your "
         "flight MZ4K7P. It now departs at 09:40. If the new time does not suit you, you can change or cancel "
         "for free."),
        (OTHER, "Check in now", "Dear {name},\n\nOnline check-in for your flight to Lisbon is now open."),
    ]))

add("consumer-a", Writer(
    "bank-consumer", "tune", "alerts@harbour-bank.example.co.uk", "Harbour Bank",
    messages=[
        (OTHER, "Your credit card application", "Dear {name},\n\nThank you for applying for a Harbour Rewards credit "
         "card. We have approved your application with a limit of GBP 3,000. Your card will arrive in 5 working "
         "days."),
        (OTHER, "Your statement is ready", "Dear {name},\n\nYour December statement is ready to view in the app."),
        (OTHER, "Payment to a new payee", "Dear {name},\n\nYou've set up a new payee, M LEWIS. If you didn't do this, "
         "call us straight away."),
    ]))

add("consumer-a", Writer(
    "gym", "tune", "hello@pulse-gym.example.co.uk", "Pulse Gym",
    dress="html",
    messages=[
        (OTHER, "Your class booking: Spin, Tuesday 18:30", "Hi {name},\n\nYou're booked on Spin with Kerry on "
         "Tuesday at 18:30. Cancel up to 2 hours before to avoid a fee."),
        (OTHER, "Your membership price from February", "Hi {name},\n\nFrom 1 February your membership will be "
         "GBP 32 a month. Thanks for being a member."),
    ]))

add("consumer-a", Writer(
    "job-alerts-consumer", "tune", "alerts@jobhive.example.com", "JobHive",
    "You're receiving this because you created a job alert on JobHive. Unsubscribe or manage alerts.",
    dress="html",
    messages=[
        (OTHER, "17 new Marketing Coordinator jobs in Manchester", "Hi {name},\n\nNew jobs for your search: "
         "Marketing Coordinator - Kellaway Foods, GBP 28-31k; Marketing Executive - Brightwave; Campaign "
         "Assistant - NorthPark Retail. Apply in one click with your JobHive profile."),
        (OTHER, "Employers are looking at profiles like yours", "Hi {name},\n\nUpload your CV so recruiters can find "
         "you. Candidates with a CV get 3x more views."),
        (OTHER, "Salary guide: what marketing roles pay", "Hi {name},\n\nSee average salaries for marketing jobs in "
         "your area and how to negotiate an offer."),
    ]))

add("consumer-a", Writer(
    "landlord", "tune", "lettings@cityhomes-lettings.example.co.uk", "Sarah\nCityHomes Lettings",
    messages=[
        (OTHER, "Boiler repair appointment", "Hi {name},\n\nThe engineer will come on Wednesday between 8 and 1 to "
         "look at the boiler. Please make sure someone is home."),
        (OTHER, "Your tenancy renewal", "Hi {name},\n\nYour tenancy ends on 31 March. The landlord would like to "
         "offer a 12-month renewal at GBP 1,050 a month. Let us know if you'd like to accept."),
        (OTHER, "Inspection next month", "Hi {name}, just a heads-up that the routine inspection is on 4 February at "
         "10am."),
    ]))

add("consumer-a", Writer(
    "dentist", "tune", "reception@smilewell-dental.example.co.uk", "Smilewell Dental",
    messages=[
        (OTHER, "Appointment reminder", "Dear {name},\n\nThis is a reminder of your check-up on Monday 12 January at "
         "9:15 with Dr Kaur. Reply C to confirm or call us to rearrange."),
        (OTHER, "Your treatment plan", "Dear {name},\n\nAttached is your treatment plan and estimate for the crown "
         "discussed at your appointment: GBP 395 over two visits."),
    ]))

add("consumer-a", Writer(
    "friend", "tune", "jen.pollard@freemail.example.com", "Jen x",
    dress="oneline",
    messages=[
        (OTHER, "sat", "are we still on for saturday? I've booked the table for 7"),
        (OTHER, "Re: news!!", "congrats on the interview!! let me know how it goes, fingers crossed xx"),
    ]))

# The consumer's own job search.
add("consumer-a", Writer(
    "ats-retailer", "tune", "no-reply@kellaway.jobs-portal.example.com", "Kellaway Foods Recruitment",
    messages=[
        (ACK, "We've received your application", "Hi {name},\n\nThanks for applying for Marketing Coordinator at "
         "Kellaway Foods. We'll review your application and get back to you within two weeks. You can track its "
         "progress in your candidate account."),
        (INTERVIEW, "Book your interview slot", "Hi {name},\n\nGood news - the hiring manager would like to meet you "
         "for the Marketing Coordinator role. Please choose a 45-minute video interview slot next week using the "
         "link below."),
        (REJ, "Your application to Kellaway Foods", "Hi {name},\n\nThank you for interviewing with us. After careful "
         "consideration, we've decided to move forward with other candidates whose experience more closely "
         "matches the role. We wish you the best in your search."),
    ]))

add("consumer-a", Writer(
    "startup-hiring-manager", "tune", "marta@brightwave-media.example.com", "Marta\nHead of Marketing, Brightwave",
    messages=[
        (INTERVIEW, "Re: Marketing Executive", "Hi {name},\n\nThanks for your CV - I'd love to have a chat about the "
         "Marketing Executive role. Could you do a call on Tuesday at 11 or Wednesday afternoon?"),
        (ACK, "Re: Marketing Executive application", "Hi {name}, thanks for sending over your application and "
         "the campaign examples. I'm out this week but will go through them on Monday and come back to you."),
    ]))

# ============================================================ report: a university programme administrator
add("university", Writer(
    "admissions-tutor", "report", "r.okafor@hallam.example.ac.uk", "Rotimi Okafor\nAdmissions Tutor, Physiotherapy",
    messages=[
        (OTHER, "Applicant interview days - February", "Dear {name},\n\nWe will hold the applicant interview days for "
         "the BSc Physiotherapy on 4, 11 and 18 February. Could you send the invitations to the 96 applicants on "
         "the shortlist and book rooms 2.14 and 2.15?"),
        (OTHER, "Offers to make after Wednesday", "Dear {name},\n\nThe panel agreed to make conditional offers to 31 "
         "of Wednesday's applicants (list attached). Please enter them on the admissions system by Friday."),
        (OTHER, "Re: unsuccessful applicants", "Thanks {name}. Please use the standard wording for the applicants "
         "we are not offering a place to, and copy me in on any who ask for feedback."),
    ]))

add("university", Writer(
    "exam-board", "report", "exams.office@hallam.example.ac.uk", "Examinations Office",
    messages=[
        (OTHER, "Exam board schedule - Semester 1", "Dear colleagues,\n\nThe Semester 1 exam boards will meet from 26 "
         "to 30 January. Marks must be entered by 19 January. The external examiners' reports are due a week "
         "after each board."),
        (OTHER, "Resit timetable published", "Dear colleagues,\n\nThe resit timetable has been published. Students "
         "with a resit will be emailed their schedule on Monday."),
        (OTHER, "Invigilators needed", "Dear colleagues,\n\nWe still need six invigilators for the 14 January "
         "morning session. Please reply if you can help."),
    ]))

add("university", Writer(
    "student-extension", "report", "b.adeyemi@student.hallam.example.ac.uk", "Bisi Adeyemi",
    dress="oneline",
    messages=[
        (OTHER, "extension request", "Dear {name}, I'm writing to ask for an extension for my Clinical Reasoning "
         "assignment as I was in hospital last week. I have a letter from the doctor."),
        (OTHER, "Re: extension request", "Thank you so much, I will submit by the 24th."),
        (OTHER, "placement", "Hi {name}, my placement at Salford Royal starts on Monday but I still haven't had my "
         "occupational health clearance, what should I do?"),
    ]))

add("university", Writer(
    "lecturer-panel", "report", "h.sorensen@hallam.example.ac.uk", "Helle",
    dress="quote",
    messages=[
        (OTHER, "Lecturer in Physiotherapy - interview day", "Hi {name},\n\nCould you organise the interview day for "
         "the Lecturer in Physiotherapy post on 9 March? Four candidates, each gives a 20-minute teaching session "
         "to students, then a panel interview. I'll send the candidates' names once shortlisting is done."),
        (OTHER, "Re: candidates' travel", "Yes, please reimburse the candidates' travel up to GBP 150 and book the "
         "one from Belfast a hotel."),
        (OTHER, "We appointed!", "Hi {name}, we offered the post to Dr Kowalczyk and she accepted this morning. "
         "Thanks for a very smooth day."),
    ]))

add("university", Writer(
    "university-hr", "report", "hr.services@hallam.example.ac.uk", "HR Services",
    dress="html",
    messages=[
        (OTHER, "Annual leave carry-over", "Dear colleague,\n\nYou can carry over up to five days of annual leave into "
         "the next leave year. Please agree it with your line manager by 31 July."),
        (OTHER, "Your contract variation", "Dear {name},\n\nFollowing your request, your hours will change to 0.8 FTE "
         "from 1 February. Your revised contract is attached; please sign and return it."),
        (OTHER, "Staff survey closes Friday", "Dear colleague,\n\nThe staff survey closes on Friday. It takes ten "
         "minutes and your answers are anonymous."),
    ]))

add("university", Writer(
    "library-it", "report", "servicedesk@hallam.example.ac.uk", "IT Service Desk",
    messages=[
        (OTHER, "Your request INC0481122 has been resolved", "Hello {name},\n\nYour request for access to the "
         "admissions shared drive has been completed. Log out and in again to see it."),
        (OTHER, "Password expires in 7 days", "Hello {name},\n\nYour university password will expire in 7 days. "
         "Change it on the self-service page."),
    ]))

add("university", Writer(
    "conference-abstracts", "report", "abstracts@physio-education-conf.example.org",
    "Programme Committee, Physiotherapy Education Conference",
    messages=[
        (OTHER, "Your abstract has been accepted", "Dear {name},\n\nWe are pleased to tell you that your abstract, "
         "\"Running interview days online\", has been accepted as a poster. Please register by 1 April."),
        (OTHER, "Registration confirmation", "Dear {name},\n\nThank you for registering for the conference on 12-13 "
         "June. Your receipt is attached."),
    ]))

# The administrator's own search.
add("university", Writer(
    "uni-jobs-other", "report", "recruitment@pennine.example.ac.uk", "Recruitment Team, Pennine University",
    messages=[
        (ACK, "Application acknowledgement - Faculty Operations Manager", "Dear {name},\n\nThank you for submitting "
         "your application for the vacancy of Faculty Operations Manager (ref. PU-00873). The selection panel "
         "will assess all applications after the closing date and we will be in touch."),
        (INTERVIEW, "Faculty Operations Manager - invitation to selection day", "Dear {name},\n\nFollowing "
         "shortlisting, I am pleased to invite you to a selection day on 26 February: an in-tray exercise at 9:30 "
         "followed by an interview with the Dean at 11:00. Please confirm your attendance."),
        (OFFER, "Conditional offer of employment", "Dear {name},\n\nFurther to your interview, I am delighted to "
         "offer you the post of Faculty Operations Manager on grade 8, subject to references and right-to-work "
         "checks. Your contract will follow."),
    ]))

add("university", Writer(
    "uni-jobs-rejection", "report", "jobs@northbridge.example.ac.uk", "Northbridge University Recruitment",
    messages=[
        (REJ, "Programme Manager - outcome", "Dear {name},\n\nThank you for your interest in the Programme Manager "
         "vacancy. We had a large number of strong applications and regret that you have not been shortlisted "
         "for interview on this occasion."),
    ]))

# ===================================================================== report: an estate agent's mailbox
add("estate-agent", Writer(
    "buyer-offer", "report", "j.and.l.tremlett@freemail.example.com", "James Tremlett",
    dress="quote",
    messages=[
        (OTHER, "Offer on 14 Laurel Grove", "Hi {name},\n\nFollowing our second viewing, we'd like to make an offer of "
         "GBP 312,000 on 14 Laurel Grove. We are first-time buyers with a mortgage agreed in principle."),
        (OTHER, "Re: counter-offer", "Hi {name}, thanks. We can go to GBP 318,000 but that's our final position."),
        (OTHER, "Offer accepted!!", "That's amazing news, thank you! Who should our solicitor contact?"),
    ]))

add("estate-agent", Writer(
    "vendor", "report", "maureen.cotter@freemail.example.com", "Maureen",
    messages=[
        (OTHER, "Re: the offer", "Dear {name},\n\nThank you for passing on the offer. I'd rather hold out for the "
         "asking price for another couple of weeks. Could you arrange more viewings on Saturday?"),
        (OTHER, "Accepting", "Dear {name},\n\nI've slept on it and I'm happy to accept GBP 318,000 from the "
         "Tremletts, provided they can exchange before Easter."),
    ]))

add("estate-agent", Writer(
    "conveyancer", "report", "conveyancing@hartley-legal.example.co.uk", "Conveyancing Team, Hartley Legal",
    messages=[
        (OTHER, "14 Laurel Grove - memorandum of sale received", "Dear {name},\n\nWe have received the memorandum of "
         "sale and have written to the seller's solicitors for the contract pack."),
        (OTHER, "Searches back", "Dear {name},\n\nThe local authority searches are back and raise no issues. We "
         "expect to be ready to exchange in three weeks."),
        (OTHER, "Completion date agreed", "Dear {name},\n\nContracts exchanged today. Completion is set for Friday "
         "28 March; keys can be released from noon."),
    ]))

add("estate-agent", Writer(
    "property-portal", "report", "leads@homefinder-portal.example.co.uk", "HomeFinder Agent Services",
    "HomeFinder for agents. You receive these emails as a HomeFinder member branch.",
    dress="html",
    messages=[
        (OTHER, "New enquiry: 3-bed semi, Laurel Grove", "Hi {name},\n\nYou have a new enquiry from a buyer about "
         "14 Laurel Grove: \"Is the property still available? Could we view on Saturday?\""),
        (OTHER, "Your branch performance in January", "Hi {name},\n\nListing views up 18 %, enquiries up 9 %. "
         "Featured listings got 3x more views."),
        (OTHER, "Upgrade to Premium Listings", "Hi {name},\n\nPut your listings at the top of search results. "
         "Special offer for branches: first month free."),
    ]))

add("estate-agent", Writer(
    "tenancy-applicant", "report", "oliwia.nowak@freemail.example.com", "Oliwia Nowak",
    messages=[
        (OTHER, "Application for the flat on Chapel Street", "Dear {name},\n\nI would like to apply for the "
         "one-bedroom flat on Chapel Street. I work as a pharmacist at Salford Royal and can provide payslips and "
         "a reference from my current landlord."),
        (OTHER, "Re: referencing", "Dear {name},\n\nI've completed the referencing form and paid the holding "
         "deposit. When will I know if my application is approved?"),
    ]))

add("estate-agent", Writer(
    "branch-manager", "report", "g.holt@marlowe-homes.example.co.uk", "Gavin",
    dress="oneline",
    messages=[
        (OTHER, "valuations", "{name} can you take the two valuations on Thursday? I'm stuck in Stockport"),
        (OTHER, "targets", "great month team, 11 sales agreed. bonus will be in the February pay"),
        (OTHER, "new negotiator", "we're interviewing for the new negotiator on Monday, can you sit in on the "
         "second one at 2?"),
    ]))

add("estate-agent", Writer(
    "mortgage-broker", "report", "amir@keystone-mortgages.example.co.uk", "Amir Siddiqui\nKeystone Mortgages",
    messages=[
        (OTHER, "Referral: the Tremletts", "Hi {name},\n\nThanks for the referral. I've had the Tremletts' mortgage "
         "offer through today, so their purchase can proceed."),
        (OTHER, "Lunch?", "Hi {name}, fancy lunch next week to catch up on referrals? My treat."),
    ]))

# The agent's own search.
add("estate-agent", Writer(
    "property-recruiter", "report", "kate@keyline-recruitment.example.co.uk",
    "Kate Doyle\nKeyline Property Recruitment",
    messages=[
        (OUT, "Branch Manager opportunity - Didsbury", "Hi {name},\n\nI'm recruiting a Branch Manager for an "
         "independent agent in Didsbury: basic GBP 35k plus commission, car allowance. Your sales record at "
         "Marlowe stood out. Would you like to hear more?"),
        (INTERVIEW, "Re: Branch Manager - meeting with the director", "Hi {name},\n\nThe director would like to meet "
         "you on Wednesday at 5:30 at their Didsbury office, after hours so you don't need time off. Can you make "
         "it?"),
        (OFFER, "Offer - Branch Manager", "Hi {name},\n\nGreat news: they want you! Basic GBP 36k, commission on "
         "the same terms, start on 1 April. I'll send the paperwork over once you confirm verbally."),
    ]))

# ======================================================================= report: a law firm associate's mailbox
add("law-firm", Writer(
    "employment-client", "report", "dmitri.lazarev@freemail.example.com", "Dmitri Lazarev",
    messages=[
        (OTHER, "My dismissal - documents", "Dear {name},\n\nAs you asked, I attach my contract, the letter "
         "dismissing me and the notes of the disciplinary meeting. I was told my position was redundant but they "
         "advertised it again two weeks later."),
        (OTHER, "Re: settlement", "Dear {name},\n\nThank you for explaining the offer. GBP 14,000 seems low after "
         "eight years. Can we ask for more and an agreed reference?"),
        (OTHER, "Re: hearing", "Dear {name},\n\nThank you. I will be at the tribunal at 9:30 on the 12th."),
    ]))

add("law-firm", Writer(
    "opposing-solicitors", "report", "litigation@barrow-kemp.example.co.uk", "Barrow Kemp LLP",
    messages=[
        (OTHER, "Lazarev v Fenwick Logistics - without prejudice", "Dear Sirs,\n\nWITHOUT PREJUDICE SAVE AS TO "
         "COSTS\n\nOur client is prepared to offer your client GBP 14,000 in full and final settlement of his "
         "claims. This offer remains open for 14 days."),
        (OTHER, "Lazarev v Fenwick Logistics - disclosure", "Dear Sirs,\n\nWe enclose our client's list of documents. "
         "Please let us have yours by 20 February as ordered."),
    ]))

add("law-firm", Writer(
    "court-listing", "report", "listings@employment-tribunals.example.gov.uk", "Employment Tribunals Listing Office",
    messages=[
        (OTHER, "Notice of hearing - case 2401187/2025", "Dear Sir or Madam,\n\nThe claim will be heard at Manchester "
         "Employment Tribunal on 12 to 14 May, starting at 10:00. Witness statements must be exchanged by 14 "
         "April."),
        (OTHER, "Case management order", "Dear Sir or Madam,\n\nEmployment Judge Pryor has made the attached case "
         "management orders. The parties must comply with the timetable."),
    ]))

add("law-firm", Writer(
    "partner-internal", "report", "c.maddox@quayside-law.example.co.uk", "Cerys",
    dress="quote",
    messages=[
        (OTHER, "Witness interviews at Fenwick", "Hi {name}, can you interview the two warehouse witnesses next week "
         "and take their statements? Focus on what they heard at the meeting on 3 June."),
        (OTHER, "Trainee applications", "Hi {name},\n\nWe've had 140 applications for our two training contracts. "
         "Could you help me score the first 40 against the criteria by Friday? Interviews are in April."),
        (OTHER, "Re: counsel", "Yes, instruct counsel for the hearing - Kavanagh if she's free."),
        (OTHER, "Your appraisal", "Hi {name}, let's do your appraisal on the 20th. Please fill in the self-assessment "
         "form beforehand."),
    ]))

add("law-firm", Writer(
    "practice-management", "report", "billing@quayside-law.example.co.uk", "Accounts, Quayside Law",
    messages=[
        (OTHER, "Unbilled time - January", "Dear {name},\n\nYou have 42 hours of unbilled time on 9 matters. Please "
         "review your WIP and raise bills by the 28th."),
        (OTHER, "Client account reconciliation", "Dear {name},\n\nPlease approve the client account transfers "
         "listed on the attached sheet."),
    ]))

add("law-firm", Writer(
    "cpd-provider", "report", "events@legal-cpd-hub.example.co.uk", "Legal CPD Hub",
    "You are receiving this as a Legal CPD Hub subscriber. Unsubscribe.",
    dress="html",
    messages=[
        (OTHER, "Webinar: settlement agreements after the new rules", "Dear {name},\n\nJoin our webinar on 22 "
         "January on settlement agreements, offers of re-employment and references. One hour of CPD."),
        (OTHER, "Thank you for registering", "Dear {name},\n\nThank you for registering for the webinar. Your "
         "joining link will be sent the day before."),
    ]))

add("law-firm", Writer(
    "new-client-enquiry", "report", "info@crestline-cafes.example.co.uk", "Owen Bright\nCrestline Cafes",
    dress="oneline",
    messages=[
        (OTHER, "help with a staff issue", "Hi, one of our baristas has raised a grievance about her hours and says "
         "she will go to a tribunal. Can you advise us? What is your hourly rate?"),
        (OTHER, "Re: engagement letter", "signed and attached, thanks. when can we talk?"),
    ]))

# The associate's own search.
add("law-firm", Writer(
    "legal-recruiter", "report", "m.osei@lexpath-legal-recruitment.example.co.uk",
    "Michael Osei\nLexPath Legal Recruitment",
    messages=[
        (OUT, "Employment associate - top 50 firm", "Dear {name},\n\nI hope you don't mind the direct approach. A "
         "top 50 firm in Manchester is looking for a 3-5 PQE employment associate and your profile fits very "
         "well. Would you be open to a confidential conversation?"),
        (TEST, "Written exercise before the partner interview", "Dear {name},\n\nThe firm would like you to complete "
         "a written exercise before meeting the partners: a short advice note on a redundancy scenario, 90 "
         "minutes, online on Monday. I'll send the link."),
        (REJ, "Employment associate - feedback", "Dear {name},\n\nI've heard back from the partners. They enjoyed "
         "meeting you but have decided to offer the role to another candidate with more tribunal advocacy. "
         "I'm sorry it's not better news."),
    ]))

add("law-firm", Writer(
    "firm-ats", "report", "graduaterecruitment@aldgate-chambers.example.com", "Aldgate LLP Legal Recruitment",
    messages=[
        (ACK, "Your application for Associate, Employment", "Dear {name},\n\nThank you for your application for "
         "the position of Associate in our Employment team. We will review it and contact you within ten working "
         "days."),
    ]))

# ====================================================================== report: an event organiser's mailbox
add("events", Writer(
    "venue", "report", "sales@riverside-hall.example.co.uk", "Elena\nEvents Sales, Riverside Hall",
    messages=[
        (OTHER, "Quote for 22 May - 400 delegates", "Dear {name},\n\nThank you for your enquiry. Our offer for 22 May: "
         "main hall and three breakout rooms, day delegate rate GBP 58 for 400 people. We can hold the date "
         "for 14 days."),
        (OTHER, "Provisional booking confirmed", "Dear {name},\n\nWe've placed a provisional hold on 22 May. A 25 % "
         "deposit will confirm it."),
        (OTHER, "Site visit", "Dear {name},\n\nLooking forward to showing you round on Tuesday at 2. Ask for me at "
         "reception."),
    ]))

add("events", Writer(
    "speaker-applicants", "report", "cfp@brightlane-events.example.com", "Brightlane Call for Speakers",
    messages=[
        (OTHER, "New speaker application: \"Scaling support without burning out\"", "Hi {name},\n\nA new talk "
         "proposal was submitted by Priyanka Shah (Head of Support, Loopdesk). 30-minute talk. Review it in the "
         "speaker portal."),
        (OTHER, "Call for speakers closes in 3 days", "Hi {name},\n\n84 applications so far. The review panel meets "
         "on 3 March to shortlist speakers."),
    ]))

add("events", Writer(
    "speaker", "report", "d.hartigan@loopdesk.example.com", "Declan",
    dress="oneline",
    messages=[
        (OTHER, "Re: your talk", "thanks {name}! thrilled to be speaking. is there a rehearsal slot the day before?"),
        (OTHER, "slides", "slides attached, 24 of them. I'll need a clicker please"),
    ]))

add("events", Writer(
    "ticketing", "report", "reports@ticketloop.example.com", "TicketLoop",
    dress="html",
    messages=[
        (OTHER, "Daily sales summary: Support Summit", "Hi {name},\n\nTickets sold yesterday: 23. Total: 287 of 400. "
         "Early bird ends Sunday."),
        (OTHER, "Payout scheduled", "Hi {name},\n\nYour payout of GBP 18,420 for the Support Summit will reach your "
         "bank on Friday."),
        (OTHER, "Attendee question", "Hi {name},\n\nAn attendee asked: \"Can I transfer my ticket to a colleague?\" "
         "Reply in your dashboard."),
    ]))

add("events", Writer(
    "caterer-av", "report", "hello@feast-and-found.example.co.uk", "Ruby\nFeast & Found Catering",
    messages=[
        (OTHER, "Menu options for the summit", "Hi {name},\n\nAttached are three lunch menus for 400. Option B is "
         "the most popular and includes a vegan main. Final numbers are needed ten days before."),
        (OTHER, "Re: allergens", "Hi {name}, yes, every dish will be labelled with its allergens."),
    ]))

add("events", Writer(
    "event-volunteers", "report", "kiran.bose@freemail.example.com", "Kiran",
    messages=[
        (OTHER, "Volunteering at the summit", "Hi {name},\n\nI'd love to volunteer at the Support Summit again this "
         "year. I did registration last time. Is there a briefing beforehand?"),
        (OTHER, "Re: volunteer rota", "Perfect, I'll be there at 7:30 for the briefing."),
    ]))

add("events", Writer(
    "event-insurance", "report", "quotes@coverall-events.example.co.uk", "Coverall Event Insurance",
    messages=[
        (OTHER, "Your event insurance quote", "Dear {name},\n\nYour quote for public liability and cancellation "
         "cover for the Support Summit is GBP 640. Accept online to receive your policy documents."),
        (OTHER, "Policy documents", "Dear {name},\n\nThank you for your purchase. Your policy documents are "
         "attached."),
    ]))

add("events", Writer(
    "exhibitor", "report", "marketing@helpgrid.example.com", "Anya\nMarketing, HelpGrid",
    dress="quote",
    messages=[
        (OTHER, "Exhibitor package", "Hi {name}, we'd like to take a stand at the summit. Is the gold package still "
         "available and does it include a speaking slot?"),
        (OTHER, "Re: invoice", "Thanks, paid today. Can we get our stand next to the coffee?"),
    ]))

# The organiser's own search.
add("events", Writer(
    "events-ats", "report", "no-reply@talent.saltmarsh-group.example.com", "Saltmarsh Group Careers",
    messages=[
        (ACK, "Application received - Senior Event Manager", "Dear {name},\n\nThank you for your interest in the "
         "Senior Event Manager role at Saltmarsh Group. Your application has been submitted successfully and our "
         "team will be in touch if your experience matches."),
        (REJ, "Senior Event Manager - update", "Dear {name},\n\nThank you for applying. We have now filled the Senior "
         "Event Manager vacancy and will not be progressing your application. We will keep your details on file."),
    ]))

# ================================================================== report: a second consumer's own inbox
add("consumer-b", Writer(
    "grocery-delivery", "report", "orders@freshcart.example.co.uk", "FreshCart",
    dress="html",
    messages=[
        (OTHER, "Your order is confirmed for Thursday", "Hi {name},\n\nThanks for shopping with FreshCart. Your "
         "delivery is booked for Thursday 6-7pm. You can change your order until Wednesday 11pm."),
        (OTHER, "Substitutions in your order", "Hi {name},\n\nWe substituted 2 items in today's order. Don't want "
         "them? Hand them back to the driver."),
        (OTHER, "A voucher for your next shop", "Hi {name},\n\nHere's GBP 10 off your next shop over GBP 60."),
    ]))

add("consumer-b", Writer(
    "streaming-account", "report", "info@streamora.example.com", "Streamora",
    messages=[
        (OTHER, "Your payment failed", "Hi {name},\n\nWe couldn't take payment for your plan. Update your payment "
         "details to keep watching."),
        (OTHER, "New on Streamora this week", "Hi {name},\n\nThis week: the final season of Harbour Lights and a new "
         "documentary series."),
    ]))

add("consumer-b", Writer(
    "rail-travel", "report", "tickets@northrail.example.co.uk", "NorthRail",
    messages=[
        (OTHER, "Your e-tickets: Leeds to London", "Dear {name},\n\nYour e-tickets for Friday 08:15 Leeds to London "
         "King's Cross are attached. Coach C, seat 42."),
        (OTHER, "Delay Repay claim approved", "Dear {name},\n\nYour Delay Repay claim has been approved and GBP 23.40 "
         "will be refunded to your card."),
    ]))

add("consumer-b", Writer(
    "hotel", "report", "reservations@quayhotel-lisbon.example.pt", "Quay Hotel Lisbon",
    messages=[
        (OTHER, "Reservation confirmed", "Dear {name},\n\nYour reservation is confirmed: double room, 14-18 March, "
         "breakfast included. Check-in from 3pm."),
        (OTHER, "Before your stay", "Dear {name},\n\nWould you like to book an airport transfer or a table at our "
         "restaurant before your arrival?"),
    ]))

add("consumer-b", Writer(
    "energy-supplier", "report", "account@brightgrid-energy.example.co.uk", "BrightGrid Energy",
    messages=[
        (OTHER, "Your new tariff offer", "Hi {name},\n\nYour fixed tariff ends on 31 January. We'd like to offer you "
         "our Fix 12 tariff at 24.1p/kWh. Switch in two clicks."),
        (OTHER, "Submit a meter reading", "Hi {name},\n\nPlease send a meter reading this week so your bill is "
         "accurate."),
    ]))

add("consumer-b", Writer(
    "gp-practice-patient", "report", "noreply@mypractice-app.example.nhs.uk", "Canalside Surgery",
    messages=[
        (OTHER, "Your appointment is booked", "Dear {name},\n\nYour telephone appointment with the practice nurse is "
         "booked for Tuesday at 10:40. Please keep your phone nearby."),
        (OTHER, "Your test results", "Dear {name},\n\nYour recent blood test results are normal. No further action "
         "is needed."),
    ]))

add("consumer-b", Writer(
    "volunteering-org", "report", "volunteer@foodshare-leeds.example.org.uk", "FoodShare Leeds Volunteering",
    messages=[
        (OTHER, "Thanks for signing up to volunteer", "Hi {name},\n\nThank you for signing up to volunteer with "
         "FoodShare. Our next induction is on Saturday at 10 at the warehouse. You'll be sorting donations."),
        (OTHER, "Shifts this month", "Hi {name},\n\nThere are still slots on the Tuesday evening delivery shift. Sign "
         "up on the rota page."),
    ]))

add("consumer-b", Writer(
    "evening-course", "report", "courses@leeds-city-college.example.ac.uk", "Leeds City College Adult Learning",
    messages=[
        (OTHER, "Enrolment confirmed: Spanish for Beginners", "Dear {name},\n\nYou're enrolled on Spanish for "
         "Beginners, Wednesdays 18:30-20:30 from 15 January. Your tutor is Carmen Ruiz."),
        (OTHER, "Your course assessment", "Dear {name},\n\nThe end-of-term speaking assessment is on 25 March. It "
         "is a 10-minute conversation with your tutor."),
    ]))

add("consumer-b", Writer(
    "careers-newsletter", "report", "digest@careerfuel.example.com", "CareerFuel Weekly",
    "You subscribed to CareerFuel Weekly. Unsubscribe at any time.",
    dress="html",
    messages=[
        (OTHER, "5 questions to ask at the end of an interview", "Hi {name},\n\nThis week: five questions that "
         "impress interviewers, how to answer \"what's your biggest weakness\", and why you should always "
         "negotiate your first offer."),
        (OTHER, "Is a four-day week right for you?", "Hi {name},\n\nMore employers are trialling a four-day week. "
         "We look at what it means for pay and holidays."),
    ]))

add("consumer-b", Writer(
    "job-board-noreply", "report", "no-reply@careerpath-jobs.example.com", "CareerPath",
    "Manage your email preferences. CareerPath Ltd.",
    dress="html",
    messages=[
        (OTHER, "New jobs for \"data analyst\" near Leeds", "Hi {name},\n\nJunior Data Analyst - Aire Insurance, "
         "Data Analyst - NHS Digital, Reporting Analyst - Wetherby Foods. See all 22 jobs."),
        (OTHER, "A recruiter viewed your CV", "Hi {name},\n\nA recruiter from a staffing company viewed your CV. "
         "Keep your profile up to date to get noticed."),
        (OTHER, "Complete your profile", "Hi {name},\n\nProfiles with a photo and skills are 40 % more likely to be "
         "contacted. Finish yours in 2 minutes."),
    ]))

add("consumer-b", Writer(
    "family", "report", "mum.hargreaves@freemail.example.com", "Mum",
    dress="oneline",
    messages=[
        (OTHER, "sunday", "Are you coming for lunch on Sunday? Dad's doing a roast"),
        (OTHER, "Re: job", "Oh well done love! When do you hear back from them? x"),
    ]))

# The consumer's own job search.
add("consumer-b", Writer(
    "ats-insurer", "report", "careers@aire-insurance.example.co.uk", "Aire Insurance Talent Acquisition",
    messages=[
        (ACK, "Junior Data Analyst - application received", "Dear {name},\n\nThank you for applying for the Junior "
         "Data Analyst position. Our recruitment team is reviewing applications and will contact shortlisted "
         "candidates by 30 January."),
        (TEST, "Online assessment - Junior Data Analyst", "Dear {name},\n\nAs the next stage of your application, "
         "please complete our online numerical reasoning and SQL assessment within 5 days. It takes about 40 "
         "minutes."),
        (INTERVIEW, "Interview - Junior Data Analyst", "Dear {name},\n\nWe were impressed by your assessment and "
         "would like to invite you to a video interview with the analytics manager on Monday 9 February at 2pm."),
        (OFFER, "Job offer - Junior Data Analyst", "Dear {name},\n\nI'm delighted to offer you the role of Junior "
         "Data Analyst at a salary of GBP 29,500. Please review the attached offer letter and confirm your "
         "acceptance by Friday."),
    ]))

add("consumer-b", Writer(
    "staffing-agency", "report", "leeds@northway-staffing.example.co.uk", "Ben\nNorthway Staffing Leeds",
    dress="oneline",
    messages=[
        (OUT, "reporting analyst temp role", "Hi {name}, saw your CV on CareerPath. I've got a 6-month reporting "
         "analyst contract in Wetherby, 16 an hour, starting asap. Interested? Give me a ring"),
        (REJ, "Re: Wetherby role", "Hi {name}, the client has gone with another candidate who could start Monday, "
         "sorry. I'll be in touch with anything else that comes up"),
    ]))

# The writers whose mail goes out in bulk: their messages carry List-Unsubscribe and Precedence: bulk.
BULK = {"booking-platform", "delivery-platform", "hospitality-job-board", "freelance-marketplace", "design-software",
        "charity-newsletter", "medical-supplies-shop", "fashion-shop", "marketplace-account", "gym",
        "job-alerts-consumer", "property-portal", "cpd-provider", "ticketing", "grocery-delivery",
        "streaming-account", "careers-newsletter", "job-board-noreply"}

QUOTED = "\n\nOn {day}, {name} wrote:\n> Thanks - let me check and come back to you tomorrow.\n> {name}"


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"font-family:Helvetica,Arial;font-size:15px;line-height:1.4\">"
                    f"{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>{paras}</td></tr></table></body></html>"


DRESS = Dress(QUOTED, "Tue, 4 Nov 2025 at 09:47", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html", "to"} ("to" is the
    reader's address in the writer's mailbox)."""
    rows = letters(W, NAMES, DRESS)
    for n, row in enumerate(rows):
        row["to"] = f"{NAMES[n % len(NAMES)].lower()}@{MAILBOX[BOX[row['writer']]]}"
    return rows


def raw_messages(half: str) -> list[dict]:
    """The messages of one half as `onward mail import` reads them: each row with "raw" (RFC 822 bytes) and "id";
    a bulk sender's with List-Unsubscribe and Precedence: bulk."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    return en_letters.raw_messages(messages(), half, start=datetime(2025, 10, 6, 7, 30, tzinfo=UTC),
                                   step=timedelta(hours=4), tag="b5", headers=en_letters.bulk_senders(BULK))
