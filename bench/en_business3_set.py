"""Ordinary business mail, third set: a company's mail as one employee's mailbox holds it, with the real job mail
that reaches the same mailbox (issue #15, twelfth session, written for this project on 2026-12-07 before any change
it measures; never real mail).

The reader works in the commercial team of Fenwick Ardley Energy (fenwickardley.com), a British energy supplier
with carbon, LNG and freight desks. The kinds bench/business_mail.py and bench/business2_mail.py do not write:
carbon-allowance and LNG cargo desks and a shipbroker's firm offers, energy-retail tariff offers, an employment
tribunal claim by a former employee (whose application, interview and dismissal the lawyers discuss), public
tenders and supplier negotiations (bidders shortlisted and "interviewed", "our best offer", a counter-offer
declined), payroll, benefits enrolment, the performance-review cycle's self-assessment, a colleague's leaving do,
internal vacancies announced to all staff, the reader on someone else's interview panel, references asked about a
former colleague, IT service-desk tickets, facilities, board papers and a non-executive director's appointment,
CRM pipeline notifications ("moved to stage Offer"), expense claims approved and rejected, a client declining or
accepting the company's offer, a grant application turned down, calendar invitations ("Supplier interview",
"Annual review"), one-line replies and forwarded chains with their quoted history.

Whose candidacy a letter is about decides its label. An internal vacancy announced to all staff, an interview the
reader sits on as a panel member, a reference asked about somebody else, a colleague's new job: `other`. The
reader's own application, to another company or to an internal post (an HR letter from the reader's own domain),
and recruiters writing to the reader: job mail. About a quarter of the set is that job mail: agencies and
headhunters, other companies' applicant systems and hiring managers, an assessment platform, and the company's
own talent team about the reader's internal application.

Split by writer: the "tune" writers may be read while the classifier is changed; the "report" writers are measured
only at the start and at the end of a piece of work, and their mistakes are not printed. `messages()` yields the
dressed messages (with "to", the reader's own address at fenwickardley.com); `raw_messages()` the same as RFC 822
for an import; `bench/mail_business3.py` measures them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import en_letters
from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT, REJ = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach", "rejection")
NAMES = ("Rhiannon", "Tobias", "Adaeze", "Callum", "Priyanka", "Gareth", "Mei", "Eamon", "Ngozi", "Fraser",
         "Ilse", "Deepak", "Saoirse", "Kofi", "Maren")
DOMAIN = "fenwickardley.com"
HALVES = ("tune", "report")

W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "carbon-desk", "tune", "j.okafor@fenwickardley.com", "Jide",
    messages=[
        (OTHER, "EUA Dec-25 position", "{name} - we're long 180k EUA Dec-25 after this morning's auction. I've "
         "got a bid in at 68.40 for another 50k, offers are thin above 69. Don't add to it without pinging me."),
        (OTHER, "auction results", "Cleared 120k at 67.95 in the EEX auction, cover ratio 1.6. Position sheet "
         "updated."),
        (OTHER, "RE: UKA spread", "UKA/EUA spread widened to 31. I'd offer 25k UKA Dec at 38 and see who lifts "
         "it. Your call."),
        (OTHER, "", "bid hit, 25k done at 68.10"),
        (OTHER, "Compliance surrender - 30 Sept", "Reminder that our compliance surrender for the generation fleet "
         "is due 30 September. Net position after surrender will be short 40k; I'll cover it over the next two "
         "weeks in small clips."),
        (OTHER, "Broker fees Q2", "{name}, can you check the Q2 broker invoice from Tullett? They've billed 14 "
         "trades, I count 12 in the blotter."),
    ]))

W.append(Writer(
    "shipbroker", "tune", "chartering@baltimar-shipbrokers.example.com",
    "Best regards\nStig Haugland\nBaltimar Shipbrokers AS | Oslo\nDesk +47 22 00 00 00",
    messages=[
        (OTHER, "FIRM OFFER - MV Nordic Tern / Fenwick Ardley coal cargo", "Dear {name},\n\nOn behalf of Owners we "
         "are pleased to make the following firm offer for reply by 16:00 London time:\n\nVessel: MV Nordic Tern, "
         "Supramax, 58k dwt\nLaycan: 12-18 March\nLoad: Richards Bay / Discharge: Immingham\nFreight: USD 17.25 "
         "pmt FIOS\nSubject to Charterers' board approval.\n\nLooking forward to your counter."),
        (OTHER, "RE: Nordic Tern - counter", "Dear {name},\n\nOwners decline your counter at USD 16.00 but are "
         "prepared to meet you at USD 16.85, all other terms as per last. Offer open until 12:00 tomorrow."),
        (OTHER, "Fixture recap - MV Nordic Tern", "Dear {name},\n\nPleased to recap the clean fixture, all subjects "
         "lifted. Charter party to follow. Thank you for the business."),
        (OTHER, "Weekly dry bulk report", "Dear {name},\n\nPlease find our weekly market report attached. Capesize "
         "rates firmed 8 % on Brazilian demand; Supramax positions in the Atlantic remain long. Period interest "
         "is building for 12-month deals."),
        (OTHER, "Positions list - open tonnage", "Dear {name},\n\nOpen tonnage for late March attached. Five "
         "Supramaxes open in the Continent, two in the Med. Let us know if you'd like us to work any of them."),
    ]))

W.append(Writer(
    "contracts-counsel", "tune", "h.bramwell@fenwickardley.com",
    "Helen Bramwell\nSenior Legal Counsel | Fenwick Ardley Energy",
    dress="quote",
    messages=[
        (OTHER, "PPA with Carrowmore Wind - our position on curtailment", "{name},\n\nI've gone through "
         "Carrowmore's mark-up. Our position on curtailment compensation stays where it was: deemed generation "
         "only for grid-caused curtailment. I've accepted their changes to the notice clause. Can you check the "
         "commercial schedule before I send it back?"),
        (OTHER, "NDA - Halden Storage", "Hi {name},\n\nThe mutual NDA with Halden Storage is signed on both sides. "
         "It runs for two years and covers the data room only. Saved to the contracts register."),
        (OTHER, "Re: can we accept their offer by email?", "{name},\n\nShort answer: yes, if the email states the "
         "price, volume and delivery period, their offer is capable of acceptance and your reply would bind us. "
         "So please don't reply 'agreed' until we have the final terms sheet. Call me if you want to talk it "
         "through."),
        (OTHER, "Contract approval thresholds", "Hi all,\n\nFrom 1 April, any contract over GBP 500k needs a "
         "second signature from a director. The updated delegation of authority is on the Legal intranet page."),
        (OTHER, "Re: termination letter to Voltis", "{name},\n\nDraft termination notice attached. Under clause "
         "22 we must give 90 days. Please don't send anything to Voltis until procurement has lined up the "
         "replacement supplier."),
    ]))

W.append(Writer(
    "procurement-lead", "tune", "d.achterberg@fenwickardley.com",
    "Dirk Achterberg\nCategory Manager, Procurement",
    messages=[
        (OTHER, "Smart meter installation tender - shortlist", "Hi {name},\n\nEvaluation of the smart meter "
         "installation tender is done. Seven bids received, three shortlisted: Voltis, Metrix Field Services and "
         "Harrowgate Utilities. The shortlisted bidders will present to the panel on 4 and 5 June. Could you sit "
         "on the panel for the commercial questions?"),
        (OTHER, "Bidder interviews - scoring sheet", "{name},\n\nAttached is the scoring sheet for Thursday's "
         "bidder interviews. Each panel member scores on their own first, then we moderate. Please don't share "
         "scores with the bidders."),
        (OTHER, "Unsuccessful bidder letters", "Hi {name},\n\nI'm sending the letters to the four unsuccessful "
         "bidders today, with the standstill period starting tomorrow. If any of them calls you, refer them to "
         "me."),
        (OTHER, "Re: Metrix best and final offer", "{name},\n\nMetrix came back with their best and final offer: "
         "4.5 % below their first bid and a two-year price freeze. I think we accept. Can you confirm the volume "
         "assumptions are still right?"),
        (OTHER, "Supplier onboarding form", "Can you fill in section 3 of the onboarding form for Metrix? Finance "
         "won't set them up without it."),
        (OTHER, "", "Awarded. Contract to Metrix, 3 years + 1."),
    ]))

W.append(Writer(
    "payroll", "tune", "payroll@fenwickardley.com",
    "Payroll Team\nFenwick Ardley Energy\nThis mailbox is monitored Monday to Friday, 9am to 4pm.",
    messages=[
        (OTHER, "Your payslip for March is available", "Dear {name},\n\nYour payslip for March is now available "
         "in the employee self-service portal. Payment will reach your account on 28 March."),
        (OTHER, "Overtime and allowances - deadline", "Dear colleague,\n\nOvertime and on-call claims for this "
         "month must be approved by your line manager by the 15th to be paid this month. Late claims roll into "
         "next month's pay."),
        (OTHER, "Tax code change", "Dear {name},\n\nHMRC has sent us a new tax code for you (1257L). It will be "
         "applied from your next pay. If you think it's wrong, please contact HMRC directly."),
        (OTHER, "P60s", "Dear colleague,\n\nYour P60 for the tax year is available to download from the portal. "
         "Please keep it safe; you may need it for a mortgage or loan application."),
        (OTHER, "Salary sacrifice - pension changes", "Dear {name},\n\nWe have processed your request to increase "
         "your pension contribution to 8 % through salary sacrifice. The change will show on your April payslip."),
    ]))

W.append(Writer(
    "perf-review", "tune", "people.partners@fenwickardley.com",
    "Lucy Tremayne\nPeople Partner, Commercial",
    messages=[
        (OTHER, "Mid-year reviews open today", "Hi {name},\n\nThe mid-year review window opens today and closes "
         "on 31 July. Please complete your self-assessment in Workday first, then book a 45-minute conversation "
         "with your manager. The self-assessment takes about 20 minutes."),
        (OTHER, "Reminder: your self-assessment is due Friday", "Hi {name},\n\nA friendly reminder that your "
         "self-assessment is due this Friday. Your manager can't start your review until it's submitted."),
        (OTHER, "Calibration sessions for managers", "Hi {name},\n\nAs a people manager, you're invited to the "
         "calibration session for the Commercial directorate on 14 August. Please bring your proposed ratings "
         "for your direct reports. Ratings stay confidential until the letters go out."),
        (OTHER, "Pay review letters", "Hi {name},\n\nPay review letters will be released in Workday on 2 "
         "September. Please have the conversation with each of your team before they see the letter."),
        (OTHER, "360 feedback request for Alasdair", "Hi {name},\n\nAlasdair Pryce has asked for your feedback as "
         "part of his mid-year review. It's five questions and should take ten minutes. Deadline 20 July."),
    ]))

W.append(Writer(
    "internal-vacancies", "tune", "careers.internal@fenwickardley.com",
    "Talent Acquisition\nFenwick Ardley Energy",
    "You are receiving this because you are on the All Staff distribution list.",
    messages=[
        (OTHER, "Internal vacancy: Senior Pricing Analyst (Retail)", "Dear colleagues,\n\nWe are recruiting a "
         "Senior Pricing Analyst to join the Retail Pricing team in Bristol. The role builds the tariff models "
         "for our domestic customers. Internal applicants should apply through the internal jobs page by 14 "
         "March and let their line manager know. Salary band D."),
        (OTHER, "This week's internal vacancies", "Dear colleagues,\n\nThis week's internal vacancies:\n\n- "
         "Field Operations Supervisor, Leeds (band C)\n- Data Engineer, Bristol or remote (band D)\n- Legal "
         "Assistant, London (band B)\n\nFull details and the application form are on the intranet. Closing date "
         "for all three is Friday 21st."),
        (OTHER, "Refer a friend - bonus doubled", "Dear colleagues,\n\nFor the next two months the referral bonus "
         "for engineering roles is doubled to GBP 2,000. If you know someone great, submit their CV through the "
         "referral page. The bonus is paid once your referral has passed probation."),
        (OTHER, "Graduate scheme - volunteers needed for assessment centre", "Dear colleagues,\n\nOur graduate "
         "assessment centre runs on 10-12 February. We need 15 volunteers to act as assessors for the group "
         "exercise. Training is provided. Please reply by the end of the month."),
        (OTHER, "Secondment opportunity: Net Zero programme", "Dear colleagues,\n\nThe Net Zero programme is "
         "offering two six-month secondments. You'll keep your current role and salary. Speak to your manager "
         "and submit an expression of interest by 3 May."),
    ]))

W.append(Writer(
    "new-starter", "tune", "m.oyelaran@fenwickardley.com", "Thanks,\nMorayo",
    messages=[
        (OTHER, "Please welcome Ciaran!", "Hi team,\n\nPlease join me in welcoming Ciaran Doyle, who joins us "
         "today as Trading Analyst. Ciaran comes from a shipping background and will be supporting the freight "
         "desk. {name} will be his buddy for the first month."),
        (OTHER, "Ciaran's induction plan", "Hi {name},\n\nThanks for agreeing to be Ciaran's buddy. His induction "
         "plan is attached; could you take him through the position reports on Wednesday and the risk limits on "
         "Friday?"),
        (OTHER, "Probation review - Ciaran", "{name}, Ciaran's three-month probation review is next week. Can you "
         "send me two or three lines on how he's getting on? Nothing formal."),
        (OTHER, "Team lunch Friday", "Hi all, team lunch Friday 12:30 at The Kings Arms to welcome Ciaran. Let me "
         "know about dietary needs."),
    ]))

W.append(Writer(
    "it-servicedesk", "tune", "servicedesk@fenwickardley.com",
    "IT Service Desk | ext. 4357\nPlease do not reply to this email; update the ticket in the portal.",
    messages=[
        (OTHER, "INC0048213 has been resolved", "Hello {name},\n\nYour incident INC0048213 'Outlook crashes when "
         "opening shared calendar' has been resolved.\n\nResolution notes: Outlook profile rebuilt and cache "
         "cleared.\n\nIf the issue persists, reopen the ticket within 5 days."),
        (OTHER, "RITM0019934 - your request has been approved", "Hello {name},\n\nYour request RITM0019934 for "
         "'Access to Bloomberg terminal - Desk 4' has been approved by your manager and is now with the "
         "fulfilment team."),
        (OTHER, "INC0048990 - awaiting your response", "Hello {name},\n\nWe need more information to progress "
         "INC0048990 'VPN disconnects'. Please reply in the portal with the time it last happened."),
        (OTHER, "Your laptop refresh is due", "Hello {name},\n\nYour laptop is due for replacement. Please book a "
         "30-minute slot at the IT bar on the 3rd floor. Back up anything stored locally before your appointment."),
        (OTHER, "Planned maintenance: SAP, Saturday", "Hello,\n\nSAP will be unavailable on Saturday from 06:00 to "
         "14:00 for planned maintenance. Please save your work before leaving on Friday."),
        (OTHER, "INC0049120 has been closed", "Hello {name},\n\nIncident INC0049120 'Printer on floor 2 jammed' "
         "has been closed with no further action. Thank you for your patience."),
    ]))

W.append(Writer(
    "facilities", "tune", "facilities@fenwickardley.com", "Workplace Team",
    messages=[
        (OTHER, "Fire evacuation drill Thursday", "Hi everyone,\n\nThere will be a fire evacuation drill on "
         "Thursday at 11:00. Please leave by the nearest exit and gather at the assembly point in Queen Square."),
        (OTHER, "Desk booking changes", "Hi everyone,\n\nFrom Monday, desks on floor 4 must be booked in the "
         "Condeco app. Unbooked desks will be released at 10:00."),
        (OTHER, "Lift out of service", "The east lift is out of service until Wednesday while a part is replaced. "
         "Please use the west lift or stairs."),
        (OTHER, "Car park permits 2025", "Hi {name},\n\nYour application for a car park permit has been approved. "
         "Collect your permit from reception; it's valid from 1 January."),
        (OTHER, "Cleaning contractor change", "Hi everyone,\n\nFrom next month our cleaning contractor changes to "
         "BrightSpace. You may see new faces in the evenings."),
    ]))

W.append(Writer(
    "company-secretary", "tune", "cosec@fenwickardley.com",
    "Ruth Alcock\nCompany Secretary",
    messages=[
        (OTHER, "Board pack - 18 June meeting", "Dear {name},\n\nThe board pack for the 18 June meeting is now in "
         "Diligent. Your paper on the hedging policy is item 7; please be available from 11:15 in case the board "
         "has questions."),
        (OTHER, "Papers deadline", "Dear {name},\n\nA reminder that papers for the Audit and Risk Committee are "
         "due to me by 5pm on Friday. Please use the new template."),
        (OTHER, "Appointment of non-executive director", "Dear colleagues,\n\nI'm pleased to announce that the "
         "board has appointed Dr Anjali Sethi as an independent non-executive director with effect from 1 July. "
         "She will chair the Remuneration Committee."),
        (OTHER, "Minutes for approval", "Dear {name},\n\nThe draft minutes of the Executive Committee are "
         "attached. Please send any corrections to item 4 by Wednesday."),
        (OTHER, "Register of interests - annual declaration", "Dear {name},\n\nPlease complete your annual "
         "declaration of interests in the portal, including any outside directorships or positions held."),
    ]))

W.append(Writer(
    "crm-pipeline", "tune", "noreply@fenwickardley.my.salesforce.example.com", "",
    "You're receiving this notification because you follow this record. Manage notifications in Settings.",
    messages=[
        (OTHER, "Opportunity 'Northgate Council - 3yr PPA' moved to Offer", "{name}, the opportunity Northgate "
         "Council - 3yr PPA (GBP 2.4M) owned by Sam Whitlock moved from Proposal to Offer. Close date: 30 June."),
        (OTHER, "Opportunity 'Brackley Foods' marked Closed Lost", "{name}, Brackley Foods - flexible supply was "
         "marked Closed Lost by Sam Whitlock. Reason: price. Competitor: Ovo Business."),
        (OTHER, "Task assigned to you: send revised offer", "Sam Whitlock assigned you a task: 'Send revised "
         "offer to Kelham Hospital Trust with the 2-year fixed option'. Due: Friday."),
        (OTHER, "Your weekly pipeline summary", "Hi {name}, your pipeline this week: 14 open opportunities, GBP "
         "6.1M weighted. 3 opportunities are past their close date. 2 moved to Negotiation."),
        (OTHER, "Opportunity 'Kelham Hospital Trust' marked Closed Won", "{name}, Kelham Hospital Trust - 2yr "
         "fixed was marked Closed Won. Congratulations to the team!"),
    ]))

W.append(Writer(
    "client-procurement", "tune", "procurement@brackleyfoods.example.co.uk",
    "Kind regards\nJanet Ellery\nProcurement Manager, Brackley Foods Ltd",
    messages=[
        (OTHER, "Energy supply tender - outcome", "Dear {name},\n\nThank you for your offer for the supply of "
         "electricity to our four sites. After careful evaluation we have decided not to proceed with your "
         "proposal on this occasion; the successful bidder offered a lower unit rate. We appreciate the time "
         "your team put in."),
        (OTHER, "Re: revised quote", "Dear {name},\n\nThank you for the revised quote. Could you also price a "
         "24-month term with a green tariff option? We need it by Thursday for our board."),
        (OTHER, "Meter readings for Wellingborough", "Dear {name},\n\nPlease find the closing meter readings for "
         "the Wellingborough site attached, as requested for the change of supplier."),
        (OTHER, "Invitation to tender - gas supply 2026", "Dear {name},\n\nBrackley Foods invites you to tender "
         "for the supply of gas to our sites from April 2026. The tender documents are on our portal; responses "
         "are due by 14 November. Clarification questions by 31 October please."),
    ]))

W.append(Writer(
    "travel-agent", "tune", "bookings@corporatetravel-clarion.example.com",
    "Clarion Corporate Travel | 24h emergency line +44 20 0000 0000",
    dress="html",
    messages=[
        (OTHER, "Booking confirmed: LHR-OSL 12 Mar", "Dear {name},\n\nYour booking is confirmed.\n\nBooking "
         "reference: K7XQ2M\nFlight SK 1500, London Heathrow to Oslo, 12 March 07:05\nReturn SK 1507, 14 March "
         "18:40\nHotel: Thon Opera, 2 nights\n\nApproved by: cost centre 4410."),
        (OTHER, "Your trip needs approval", "Dear {name},\n\nYour trip to Rotterdam on 2 April exceeds the travel "
         "policy (hotel rate above GBP 180). It has been sent to your manager for approval."),
        (OTHER, "Check in now for your flight", "Dear {name},\n\nOnline check-in is open for flight SK 1500 "
         "tomorrow. Your seat is 7C."),
        (OTHER, "Change confirmed", "Dear {name},\n\nYour return flight has been changed to SK 1509 on 15 March at "
         "20:15. Fare difference GBP 64 charged to the company card."),
    ]))

W.append(Writer(
    "calendar-tune", "tune", "calendar-noreply@fenwickardley.com", "",
    messages=[
        (OTHER, "Invitation: Supplier interview - Metrix Field Services @ Thu 5 Jun 2025 10:00 - 11:30 (BST)",
         "Morayo Oyelaran has invited you to a meeting.\n\nSupplier interview - Metrix Field Services\nWhen: "
         "Thu 5 Jun 2025 10:00 - 11:30 (BST)\nWhere: Room 3.2 / Teams\nOrganizer: Dirk Achterberg\nAttendees: "
         "{name}, Morayo Oyelaran, Dirk Achterberg\n\nAccept | Tentative | Decline"),
        (OTHER, "Updated invitation: Q3 hedge review @ Tue 8 Jul 2025 14:00 - 15:00 (BST)", "This event has been "
         "updated: the time has changed.\n\nQ3 hedge review\nWhen: Tue 8 Jul 2025 14:00 - 15:00 (BST)\nWhere: "
         "Teams meeting\nOrganizer: Jide Okafor\n\nAccept | Tentative | Decline"),
        (OTHER, "Accepted: Contract review - Carrowmore PPA", "Helen Bramwell has accepted this invitation.\n\n"
         "Contract review - Carrowmore PPA\nWhen: Wed 11 Jun 2025 09:30 - 10:30 (BST)"),
        (OTHER, "Invitation: Interview panel prep - Senior Pricing Analyst", "Lucy Tremayne has invited you to a "
         "meeting.\n\nInterview panel prep - Senior Pricing Analyst\nWhen: Mon 16 Jun 2025 16:00 - 16:30 (BST)\n"
         "Where: Teams\nDescription: 30 minutes to agree the questions and the scoring before we see the four "
         "shortlisted candidates on Wednesday.\n\nAccept | Tentative | Decline"),
        (OTHER, "Declined: 1:1 {name} / Morayo", "Morayo Oyelaran has declined this invitation.\n\nNote: Sorry, "
         "clash with the board meeting - can we move to Thursday?"),
    ]))

W.append(Writer(
    "oneliners-tune", "tune", "s.whitlock@fenwickardley.com", "Sam",
    dress="oneline",
    messages=[
        (OTHER, "Re: Kelham offer", "yes send it"),
        (OTHER, "Re: pricing sheet", "thanks - looks right to me"),
        (OTHER, "", "can you cover the 3pm with Northgate? stuck on a train"),
        (OTHER, "Re: Re: Brackley", "Shame. Let's ask them for feedback on the offer."),
        (OTHER, "Re: position", "ok"),
        (OTHER, "Re: leaving card for Priya", "signed, and put a tenner in"),
    ]))

W.append(Writer(
    "forwarder-tune", "tune", "a.pryce@fenwickardley.com", "Alasdair",
    messages=[
        (OTHER, "FW: Halden storage capacity offer", "FYI - see below. Worth a look before Thursday?\n\n"
         "-----Original Message-----\nFrom: Nils Ekberg <n.ekberg@haldenstorage.example.com>\nSent: 03 April "
         "2025 16:12\nTo: Alasdair Pryce\nSubject: Halden storage capacity offer\n\nDear Alasdair,\n\nFurther to "
         "our call, we can offer 20 GWh of storage capacity for the winter at 0.62 p/therm. The offer is valid "
         "until 10 April.\n\nBest regards\nNils"),
        (OTHER, "Fwd: Ofgem consultation response", "{name} - can you draft our response to question 4? Deadline "
         "is the 30th.\n\n---------- Forwarded message ---------\nFrom: Regulation Team\nDate: Mon, 7 Apr 2025\n"
         "Subject: Ofgem consultation response\n\nAll,\n\nOfgem has opened a consultation on the price cap "
         "methodology. Each team please review the questions relevant to you."),
        (OTHER, "FW: customer complaint - Mrs Hadley", "Can you pick this up? She's been billed twice.\n\n> From: "
         "Complaints\n> Sent: 2 April\n> Subject: customer complaint - Mrs Hadley\n>\n> Mrs Hadley reports a "
         "duplicate direct debit for March. Please investigate and refund within 5 working days."),
        (OTHER, "Fw: Re: Re: meter data gaps", "See the thread below - the DC still hasn't fixed it.\n\n> On 28 "
         "Mar, Tomasz Wilk wrote:\n> We've re-run the flows and the gaps remain for 214 MPANs.\n> > On 25 Mar, "
         "Alasdair Pryce wrote:\n> > Any update on the missing half-hourly reads?"),
    ]))

W.append(Writer(
    "tribunal-solicitors", "tune", "employment@harcourtlane-law.example.co.uk",
    "Yours sincerely\nFiona MacRae\nAssociate, Employment Group\nHarcourt Lane LLP",
    "This email is confidential and may be legally privileged. Harcourt Lane LLP is authorised and regulated by "
    "the Solicitors Regulation Authority.",
    messages=[
        (OTHER, "Mr D Kerslake v Fenwick Ardley Energy Ltd - ET1 received", "Dear {name},\n\nThe tribunal has "
         "served the claim form from your former employee, Mr Kerslake. He alleges unfair dismissal and says he "
         "was not interviewed for the Team Leader position he applied for in the restructure. Our response (ET3) "
         "is due in 28 days. Could you send us the selection scores and the interview notes?"),
        (OTHER, "Kerslake - witness statement", "Dear {name},\n\nThank you for the call. I attach a first draft of "
         "your witness statement covering the redeployment process and the offer of alternative employment "
         "made to Mr Kerslake in March. Please check every date against your diary."),
        (OTHER, "Kerslake - ACAS conciliation", "Dear {name},\n\nACAS has been in touch. Mr Kerslake's "
         "representative has indicated he would consider a settlement. We recommend an initial offer of three "
         "months' pay. Please let me have your instructions."),
        (OTHER, "Kerslake - hearing listed", "Dear {name},\n\nThe final hearing has been listed for three days "
         "from 17 November at Bristol Employment Tribunal. Please keep those dates free."),
        (OTHER, "Kerslake - settlement agreement signed", "Dear {name},\n\nThe COT3 is signed and the claim is "
         "withdrawn. Payment must be made within 14 days. This closes the matter."),
    ]))

W.append(Writer(
    "reference-requests", "tune", "references@stonebridge-utilities.example.com",
    "HR Operations\nStonebridge Utilities plc",
    messages=[
        (OTHER, "Reference request: Hannah Oduya", "Dear {name},\n\nHannah Oduya has applied for the position of "
         "Energy Trader with Stonebridge Utilities and has given your name as a referee. We have made her a "
         "conditional offer. Could you complete the short reference form attached and return it within five "
         "working days?"),
        (OTHER, "Reminder: reference for Hannah Oduya", "Dear {name},\n\nWe have not yet received your reference "
         "for Hannah Oduya. Her start date depends on it; we would be grateful for it by Friday."),
        (OTHER, "Thank you for your reference", "Dear {name},\n\nThank you for providing a reference for Hannah "
         "Oduya. Her pre-employment checks are now complete."),
    ]))

W.append(Writer(
    "learning", "tune", "learning@fenwickardley.com", "Learning & Development",
    dress="html",
    messages=[
        (OTHER, "Mandatory training: REMIT market conduct", "Hi {name},\n\nYou have been assigned the REMIT "
         "market conduct e-learning. It takes 40 minutes and ends with an assessment; the pass mark is 80 %. "
         "Please complete it by 30 April."),
        (OTHER, "You passed: Information Security 2025", "Hi {name},\n\nCongratulations, you passed the "
         "Information Security 2025 assessment with 92 %. Your certificate is in your learning record."),
        (OTHER, "Leadership programme - applications open", "Hi {name},\n\nApplications for the Emerging Leaders "
         "programme are open until 20 May. Speak to your manager first; successful applicants will be told in "
         "June."),
        (OTHER, "Overdue: Fire safety awareness", "Hi {name},\n\nYour Fire safety awareness module is overdue. "
         "Please complete it this week."),
    ]))

W.append(Writer(
    "innovation-grant", "tune", "grants@innovate-energy-fund.example.org.uk",
    "Innovation Energy Fund\nGrant Management Team",
    messages=[
        (OTHER, "Application IEF-2291: outcome", "Dear {name},\n\nThank you for your application to the "
         "Innovation Energy Fund, competition 14 (Flexible Heat). We regret to inform you that your application "
         "was unsuccessful. It scored 61 against a funding threshold of 68. Assessor feedback is attached."),
        (OTHER, "Application IEF-2291 received", "Dear {name},\n\nWe confirm receipt of your application "
         "IEF-2291 on behalf of Fenwick Ardley Energy. Independent assessors will score it over the next eight "
         "weeks."),
        (OTHER, "Competition 15 briefing event", "Dear {name},\n\nCompetition 15 opens on 3 March. Join our online "
         "briefing for applicants on 10 March to hear about the scope and the assessment criteria."),
    ]))

# ------------------------------------------------------------------------------------ tune: the reader's job search
W.append(Writer(
    "agency-recruiter-tune", "tune", "tom.garside@voltaire-energy-recruitment.example.com",
    "Tom Garside\nPrincipal Consultant, Trading & Origination\nVoltaire Energy Recruitment\nM: 07700 900123",
    messages=[
        (OUT, "Origination role - renewables, London", "Hi {name},\n\nI came across your profile and your "
         "background in PPAs caught my eye. I'm working on an Origination Manager role with a fast-growing "
         "renewables developer in London, package around GBP 95k plus bonus. Would you be open to a confidential "
         "chat this week?"),
        (OUT, "Following up", "Hi {name},\n\nJust following up on my note last week about the origination role. "
         "The client is keen to see a shortlist by the end of the month. Is a 10-minute call on Thursday "
         "possible?"),
        (INTERVIEW, "Interview confirmed - Solvane Renewables", "Hi {name},\n\nGreat news - Solvane would like to "
         "meet you. First interview is with Katrin Vogel, Head of Origination, on Tuesday 14th at 2pm at their "
         "Farringdon office. It's about an hour and competency-based. I'll call you beforehand to prep."),
        (OFFER, "Solvane - verbal offer!", "Hi {name},\n\nI'm delighted to say Solvane want to offer you the "
         "Origination Manager role: base GBP 98k, 20 % bonus, start date to suit your notice. Written offer to "
         "follow tomorrow. Call me when you can!"),
        (REJ, "Feedback from Arclight Power", "Hi {name},\n\nI've heard back from Arclight. They enjoyed meeting "
         "you but have decided to go with a candidate with more gas experience. Sorry it's not better news - "
         "I'll keep you in mind for the next one."),
    ]))

W.append(Writer(
    "ats-stonebridge", "tune", "no-reply@stonebridge.careers-portal.example.com",
    "Stonebridge Utilities Talent Team",
    "Please do not reply to this automated message.",
    dress="html",
    messages=[
        (ACK, "We've received your application - Commercial Manager (REQ-3381)", "Hi {name},\n\nThank you for "
         "applying for Commercial Manager (REQ-3381) at Stonebridge Utilities. Our team will review your "
         "application and be in touch if your experience matches what we're looking for."),
        (TEST, "Next step: online assessment for Commercial Manager", "Hi {name},\n\nThanks for your interest in "
         "Commercial Manager. The next step is a 45-minute online numerical reasoning test. Please complete it "
         "within 5 days using the link below."),
        (REJ, "Your application for Commercial Manager", "Hi {name},\n\nThank you for your interest in "
         "Stonebridge Utilities. After reviewing your application we have decided to move forward with other "
         "candidates whose experience more closely matches the role. We will keep your details on file."),
    ]))

W.append(Writer(
    "hiring-manager-tune", "tune", "katrin.vogel@solvane-renewables.example.com",
    "Katrin\n--\nKatrin Vogel | Head of Origination | Solvane Renewables",
    dress="quote",
    messages=[
        (INTERVIEW, "Second conversation", "Hi {name},\n\nThanks for coming in on Tuesday, I really enjoyed it. "
         "I'd like you to meet our CCO, Femi, for a second conversation. Could you do Monday at 9am or Wednesday "
         "at 4pm? About 45 minutes."),
        (OFFER, "Your offer from Solvane", "Hi {name},\n\nAs promised, your written offer for the Origination "
         "Manager role is attached, with the contract and the benefits summary. I really hope you'll join us. "
         "Happy to talk anything through."),
        (OTHER, "Welcome aboard", "Hi {name},\n\nSo pleased you've signed! I've asked IT to get your laptop ready "
         "for your first day. See you on the 3rd."),
    ]))

W.append(Writer(
    "internal-application-tune", "tune", "talent@fenwickardley.com",
    "Talent Acquisition\nFenwick Ardley Energy",
    messages=[
        (ACK, "Your internal application: Head of Trading Operations", "Dear {name},\n\nThank you for applying "
         "for the Head of Trading Operations vacancy. We've received your internal application and shared it "
         "with the hiring manager. We'll let you know the outcome of shortlisting by 28 March."),
        (INTERVIEW, "Head of Trading Operations - interview", "Dear {name},\n\nI'm pleased to let you know you "
         "have been shortlisted for the Head of Trading Operations role. Your interview with Jide Okafor and "
         "Lucy Tremayne is on 3 April at 10:00 in room 5.1 and will include a 10-minute presentation on your "
         "first 90 days."),
        (REJ, "Head of Trading Operations - outcome", "Dear {name},\n\nThank you for interviewing for the Head of "
         "Trading Operations role. It was a close decision, but the panel has chosen another candidate. Jide "
         "would be glad to give you feedback and to talk about your development."),
    ]))

W.append(Writer(
    "inmail-recruiter-tune", "tune", "inmail-hit-reply@linkedin.example.com", "",
    "You are receiving InMail notification emails. Unsubscribe.",
    messages=[
        (OUT, "Priya Raman sent you a message: Commodities risk role", "Priya Raman, Talent Partner at Northsea "
         "Commodities\n\nHi {name}, I lead hiring for our risk team in Aberdeen and London. We're looking for a "
         "Market Risk Manager with power and gas experience, and your profile looks like a strong fit. Open to "
         "hearing more?\n\nReply | Not interested"),
        (OUT, "Marco Ferri sent you a message", "Marco Ferri, Headhunter at Ferri Partners\n\nDear {name}, I am "
         "retained by a European utility to find a Director of Trading for their UK branch. Given your "
         "experience I would value 15 minutes of your time, in full confidence.\n\nReply | Not interested"),
        (OUT, "Aisha Bello sent you a message", "Aisha Bello, Recruiter at Gridwise\n\nHi {name}! We're scaling "
         "our flexibility trading team and I'd love to tell you about a Senior Trader opening. Remote-first, "
         "equity included. Fancy a chat?\n\nReply | Not interested"),
    ]))

W.append(Writer(
    "assessment-tune", "tune", "noreply@testgrid-assess.example.com",
    "The TestGrid team, on behalf of Arclight Power", "",
    messages=[
        (TEST, "Arclight Power has invited you to an assessment", "Hello {name},\n\nArclight Power has invited you "
         "to complete an assessment as part of your application for Gas Trader. It contains a situational "
         "judgement test and a numerical test and takes about 50 minutes. The link expires in 7 days."),
        (TEST, "Reminder: your Arclight Power assessment expires tomorrow", "Hello {name},\n\nYour assessment for "
         "Gas Trader at Arclight Power expires tomorrow at 23:59. You have not started it yet."),
        (OTHER, "Your TestGrid account", "Hello {name},\n\nYour TestGrid password was changed. If this wasn't you, "
         "reset it now."),
    ]))

W.append(Writer(
    "ats-northsea-tune", "tune", "careers@northsea-commodities.example.com",
    "Northsea Commodities | People Team", "",
    messages=[
        (ACK, "Application received: Market Risk Manager", "Dear {name},\n\nThank you for your application for "
         "the Market Risk Manager position in London. This email confirms we have it. We review every "
         "application personally and aim to reply within two weeks."),
        (INTERVIEW, "Invitation to interview - Market Risk Manager", "Dear {name},\n\nWe would like to invite you "
         "to a video interview for the Market Risk Manager position with our Chief Risk Officer. Please choose a "
         "slot from the booking link; interviews run from 9 to 13 June."),
        (INTERVIEW, "Final stage: meet the team in Aberdeen", "Dear {name},\n\nCongratulations on reaching the "
         "final stage. We would like to invite you to Aberdeen on 24 June to meet the team; we'll cover your "
         "travel. The day includes a case study presentation and lunch with the desk."),
        (OFFER, "Offer of employment - Market Risk Manager", "Dear {name},\n\nFollowing your final interview, we "
         "are delighted to offer you the position of Market Risk Manager at a base salary of GBP 88,000. Your "
         "offer letter and contract are attached; please let us know your decision by 4 July."),
    ]))

W.append(Writer(
    "exec-search-tune", "tune", "e.lindqvist@caldermoor-search.example.com",
    "Elin Lindqvist\nPartner, Energy & Infrastructure Practice\nCaldermoor Search",
    dress="quote",
    messages=[
        (OUT, "A confidential conversation", "Dear {name},\n\nWe have been retained by a listed energy group to "
         "appoint a Commercial Director for its UK retail business. Several people I trust mentioned your name. "
         "Would you be willing to have an exploratory, confidential conversation?"),
        (INTERVIEW, "Meeting with the CEO", "Dear {name},\n\nThank you for your time yesterday. The CEO would like "
         "to meet you on 2 October at their offices in Reading. I will send the briefing pack ahead of the "
         "meeting."),
        (REJ, "Commercial Director - update", "Dear {name},\n\nI wanted to let you know personally that the client "
         "has decided to proceed with another candidate for the Commercial Director role. You impressed them, "
         "and I'd very much like to stay in touch."),
    ]))

# =============================================================================================== report writers
W.append(Writer(
    "lng-desk", "report", "r.castellano@fenwickardley.com", "Rafa",
    messages=[
        (OTHER, "Zeebrugge cargo - tender", "{name}, the Qatari seller's tender for the April Zeebrugge cargo "
         "closes Thursday noon. I want to bid NBP minus 18p, max minus 15. Any objections before I submit?"),
        (OTHER, "RE: cargo tender result", "We lost the cargo, winning bid was minus 12. Too rich for our book. "
         "Position unchanged, still short two cargoes for Q2."),
        (OTHER, "Regas slots", "Grain has offered two spare regas slots for May. Price is fine, timing is tight. "
         "Let's discuss at the morning meeting."),
        (OTHER, "", "offered 3 bcf at 97, no takers yet"),
        (OTHER, "Boil-off claim", "The ship's boil-off was above the charter allowance on the last voyage. I've "
         "asked chartering to put in a claim against Owners."),
    ]))

W.append(Writer(
    "retail-pricing", "report", "pricing.desk@fenwickardley.com", "Retail Pricing",
    messages=[
        (OTHER, "New fixed tariff launch - Monday", "Hi {name},\n\nThe Fix & Save 24 tariff launches Monday. "
         "Unit rate 24.1p, standing charge 47p. It will be offered to new customers and to renewals from the "
         "6th. Scripts for the call centre are attached."),
        (OTHER, "Renewal offers going out", "Hi all,\n\n38,000 renewal offers go out this week to customers whose "
         "fixes end in May. Expect a rise in calls on Thursday."),
        (OTHER, "Re: competitor prices", "British Gas cut their 12-month fix by 3 %. We're still cheapest for "
         "dual fuel in London and the South East."),
        (OTHER, "Price cap announcement", "Hi {name},\n\nOfgem announces the next price cap on Friday at 7am. "
         "Please be online for the model run at 7:30."),
    ]))

W.append(Writer(
    "supplier-account", "report", "g.whitcombe@voltis-meters.example.com",
    "Kind regards,\nGraham Whitcombe\nKey Account Director, Voltis Metering Services",
    dress="quote",
    messages=[
        (OTHER, "Contract renewal - our proposal", "Dear {name},\n\nAhead of next week's meeting, please find our "
         "proposal for the renewal of the meter reading contract. We are offering a 3 % reduction on the current "
         "rates in return for a three-year term."),
        (OTHER, "Re: your counter-offer", "Dear {name},\n\nThank you for your counter-offer. Unfortunately we are "
         "unable to accept a 7 % reduction; it would put the service below cost. Our best offer is 4.5 %, with "
         "the improved SLA we discussed."),
        (OTHER, "Re: termination notice", "Dear {name},\n\nWe acknowledge receipt of your notice of termination. "
         "We're disappointed, and we'll work with your team on a smooth handover to the new supplier."),
        (OTHER, "Handover plan", "Dear {name},\n\nAttached is our proposed handover plan. Our field teams will "
         "finish the outstanding jobs by 30 June."),
    ]))

W.append(Writer(
    "benefits-platform", "report", "hello@benefitshub-perks.example.com",
    "The BenefitsHub team for Fenwick Ardley Energy",
    "You're receiving this because your employer uses BenefitsHub.",
    dress="html",
    messages=[
        (OTHER, "Benefits enrolment is open", "Hi {name},\n\nIt's that time of year! Your benefits enrolment "
         "window is open until 30 November. Choose your health cover, dental, cycle to work and extra holiday "
         "for next year."),
        (OTHER, "Your application for the Cycle to Work scheme", "Hi {name},\n\nGood news: your application for "
         "the Cycle to Work scheme has been approved by your employer. Your voucher will be emailed within 2 "
         "working days."),
        (OTHER, "Enrolment closes in 3 days", "Hi {name},\n\nYou haven't confirmed your choices yet. If you do "
         "nothing, you'll keep last year's benefits."),
        (OTHER, "Your benefits statement", "Hi {name},\n\nYour total reward statement is ready: salary, pension, "
         "bonus and benefits in one place."),
    ]))

W.append(Writer(
    "leaving-do", "report", "b.achebe@fenwickardley.com", "Bisi x",
    messages=[
        (OTHER, "Priya's leaving drinks - Thursday", "Hi all,\n\nAs most of you know, Priya has accepted a role "
         "at Northsea Commodities and her last day is Friday 28th. Drinks at The Hope & Anchor from 5:30 on "
         "Thursday - come and send her off in style!"),
        (OTHER, "Leaving card and collection", "Hi {name},\n\nThere's a card for Priya going round in the "
         "kitchen, and a collection on the team's Monzo link if you'd like to chip in."),
        (OTHER, "Re: Priya's leaving drinks", "Table booked for 20. Speeches at 6:30 - {name}, are you still "
         "happy to say a few words?"),
        (OTHER, "Thank you from Priya", "Hi all, forwarding a note from Priya: 'Thank you so much for the drinks "
         "and the lovely card. Seven years went quickly. Keep in touch!'"),
    ]))

W.append(Writer(
    "panel-member", "report", "talent@fenwickardley.com",
    "Talent Acquisition\nFenwick Ardley Energy",
    messages=[
        (OTHER, "You're on the interview panel: Data Engineer", "Hi {name},\n\nThank you for agreeing to sit on "
         "the interview panel for the Data Engineer vacancy. Interviews are on 22 and 23 May. The CVs of the "
         "five shortlisted candidates and the question bank are in the shared folder."),
        (OTHER, "Scorecards due", "Hi {name},\n\nPlease submit your scorecards for yesterday's Data Engineer "
         "interviews in Workday by end of day so we can hold the wash-up tomorrow."),
        (OTHER, "Data Engineer - offer accepted", "Hi {name},\n\nGood news: the candidate we chose for the Data "
         "Engineer role has accepted our offer and will start on 1 July. Thank you for your time on the panel."),
        (OTHER, "Interview training for hiring managers", "Hi {name},\n\nAs a new hiring manager, please complete "
         "the two-hour interviewing skills course before your next panel. Dates are on the learning portal."),
    ]))

W.append(Writer(
    "it-security", "report", "infosec@fenwickardley.com", "Information Security Team",
    messages=[
        (OTHER, "Your password expires in 5 days", "Hello {name},\n\nYour network password expires in 5 days. "
         "Change it now from any office PC or the self-service portal."),
        (OTHER, "You reported a phishing email - thank you", "Hello {name},\n\nThanks for reporting the email "
         "'Urgent: invoice overdue'. It was part of our phishing simulation. Well spotted!"),
        (OTHER, "New device registered", "Hello {name},\n\nA new device (iPhone 15) was registered for multi-factor "
         "authentication on your account. If this was not you, call the service desk immediately."),
        (OTHER, "USB storage will be blocked", "Hello all,\n\nFrom 1 June, USB storage devices will be blocked on "
         "company laptops. Use OneDrive to share files."),
    ]))

W.append(Writer(
    "building-management", "report", "helpdesk@cityestates-fm.example.co.uk",
    "City Estates Facilities Management\nHelpdesk 0117 000 0000",
    messages=[
        (OTHER, "Job 55871 completed - air conditioning, floor 3", "Dear {name},\n\nJob 55871 (air conditioning "
         "not cooling, floor 3 east) has been completed by our engineer. The compressor was reset and a filter "
         "replaced."),
        (OTHER, "Planned power shutdown - Sunday", "Dear Tenant,\n\nThere will be a planned power shutdown on "
         "Sunday 06:00-12:00 for testing of the building's generator. Please shut down sensitive equipment on "
         "Friday."),
        (OTHER, "Service charge budget 2026", "Dear {name},\n\nPlease find the draft service charge budget for "
         "2026. Comments by 15 December."),
        (OTHER, "Job 55902 logged", "Dear {name},\n\nWe have logged your request (job 55902, leaking tap in "
         "kitchen 4). An engineer will attend within 24 hours."),
    ]))

W.append(Writer(
    "exec-comms", "report", "ceo.office@fenwickardley.com", "Best wishes,\nMartin Ashdown\nChief Executive",
    dress="html",
    messages=[
        (OTHER, "Our half-year results", "Dear colleagues,\n\nThis morning we published our half-year results. "
         "Operating profit rose 11 %, customer numbers passed 1.2 million and our trading team delivered a "
         "record quarter. Thank you all."),
        (OTHER, "Welcoming our new Chief Financial Officer", "Dear colleagues,\n\nI'm delighted to share that "
         "Eleanor Vance will join us as Chief Financial Officer in September. Eleanor was previously CFO at "
         "Westmarch Water. Our thanks go to Ian, who steps down after eight years."),
        (OTHER, "Changes to the executive team", "Dear colleagues,\n\nFrom 1 March, Jide Okafor will take on the "
         "newly created role of Chief Commercial Officer, and the trading and retail teams will report to him."),
        (OTHER, "Town hall - Thursday", "Dear colleagues,\n\nJoin me for our quarterly town hall on Thursday at "
         "2pm in the atrium or on Teams. Send questions in advance to the comms team."),
    ]))

W.append(Writer(
    "contract-agency-tune", "tune", "contracts@interim-gridpeople.example.co.uk",
    "Raj Chaudhry\nInterim & Contract Desk | GridPeople", "",
    dress="oneline",
    messages=[
        (OUT, "6-month contract - ETRM implementation", "Hi {name}, I have a 6-month contract for a business "
         "analyst on an ETRM implementation at a utility in Solihull, GBP 650/day outside IR35, start in March. "
         "Given your trading operations background, would you consider it?"),
        (INTERVIEW, "Client call booked", "Hi {name}, the client would like a 30-minute Teams call with you on "
         "Wednesday at 10 with their programme director. Invite coming from me shortly."),
        (OFFER, "Contract offer - Solihull", "Hi {name}, they want you! The client has offered the 6-month contract "
         "at 650/day starting 3 March. I'll send the contract for you to review tonight."),
        (REJ, "Re: Solihull", "Hi {name}, bad news I'm afraid - the client has put the role on hold after a budget "
         "review, so they won't be going ahead with your engagement. Sorry, I'll be in touch when something "
         "similar comes up."),
    ]))

W.append(Writer(
    "ats-harlow-energy-tune", "tune", "talent@harlowgrid-careers.example.com",
    "HarlowGrid Talent Acquisition", "",
    dress="html",
    messages=[
        (ACK, "We got your application!", "Hi {name},\n\nThanks for applying for Head of Trading Operations at "
         "HarlowGrid. Our hiring team reviews every application and you'll hear from us within 10 working days."),
        (INTERVIEW, "Let's talk - Head of Trading Operations", "Hi {name},\n\nWe were impressed by your "
         "background and would like to set up a 45-minute video interview with our COO. Please pick a slot in "
         "the calendar link."),
        (REJ, "Head of Trading Operations at HarlowGrid", "Hi {name},\n\nThanks for interviewing with us. We've "
         "decided to move ahead with another candidate for this role. We really appreciated your time and hope "
         "our paths cross again."),
    ]))

W.append(Writer(
    "sales-manager", "report", "k.moreland@fenwickardley.com", "Kath",
    dress="quote",
    messages=[
        (OTHER, "Pipeline review Monday", "Team,\n\nPipeline review Monday 9am. Every opportunity over GBP 250k "
         "needs a next step and a date. {name}, please bring the Kelham renewal and the two council bids."),
        (OTHER, "Re: Q3 forecast", "{name}, your Q3 commit looks light against the pipeline. What's holding up "
         "the Harlow Schools offer?"),
        (OTHER, "Win-loss review", "Hi all,\n\nWe lost four of the last six tenders on price. I've asked pricing "
         "to join next week's win-loss review so we can understand where our offers sit."),
        (OTHER, "Commission statements", "Q2 commission statements are in your inbox from Finance. Queries to "
         "me by Friday please."),
        (OTHER, "", "Nice work on Kelham, {name}. Drinks on me."),
    ]))

W.append(Writer(
    "expenses", "report", "noreply@expenses.fenwickardley.com", "Expenses | Fenwick Ardley Energy",
    messages=[
        (OTHER, "Expense report ER-20931 approved", "Hi {name},\n\nYour expense report ER-20931 (Oslo trip, GBP "
         "412.60) has been approved by Morayo Oyelaran and will be paid with your next salary."),
        (OTHER, "Expense report ER-21004 rejected", "Hi {name},\n\nYour expense report ER-21004 has been "
         "rejected by Finance. Reason: receipt missing for the dinner on 14 March. Please attach the receipt and "
         "resubmit."),
        (OTHER, "You have 3 expenses waiting to be submitted", "Hi {name},\n\nYou have 3 card transactions "
         "without an expense report. Please submit them before month end."),
        (OTHER, "Expense report ER-21010 needs your approval", "Hi {name},\n\nCiaran Doyle has submitted expense "
         "report ER-21010 (GBP 86.20) for your approval."),
    ]))

W.append(Writer(
    "calendar-report", "report", "calendar-noreply@fenwickardley.com", "",
    messages=[
        (OTHER, "Invitation: Annual review - Halden Storage contract @ Wed 2 Apr 2025 11:00 - 12:00 (BST)",
         "Nils Ekberg has invited you to a meeting.\n\nAnnual review - Halden Storage contract\nWhen: Wed 2 Apr "
         "2025 11:00 - 12:00 (BST)\nWhere: Halden offices, Hull\nAttendees: {name}, Alasdair Pryce\n\nAccept | "
         "Tentative | Decline"),
        (OTHER, "Invitation: Interview debrief - Data Engineer candidates @ Fri 23 May 2025 16:00",
         "Lucy Tremayne has invited you to a meeting.\n\nInterview debrief - Data Engineer candidates\nWhen: Fri "
         "23 May 2025 16:00 - 16:45 (BST)\nWhere: Teams\nDescription: Wash-up of the five interviews; please "
         "have your scorecards in before.\n\nAccept | Tentative | Decline"),
        (OTHER, "Canceled: Weekly trading huddle", "This event has been canceled.\n\nWeekly trading huddle\nWhen: "
         "Mon 7 Apr 2025 08:00 - 08:15 (BST)\nOrganizer: Rafa Castellano"),
        (OTHER, "Invitation: Offer strategy - Harlow Schools tender @ Tue 10 Jun 2025 13:00", "Kath Moreland has "
         "invited you to a meeting.\n\nOffer strategy - Harlow Schools tender\nWhen: Tue 10 Jun 2025 13:00 - "
         "14:00 (BST)\nWhere: Room 2.4\n\nAccept | Tentative | Decline"),
        (OTHER, "Tentatively accepted: Budget review FY26", "Ruth Alcock has tentatively accepted this "
         "invitation.\n\nBudget review FY26\nWhen: Thu 12 Jun 2025 10:00 - 11:00 (BST)"),
    ]))

W.append(Writer(
    "oneliners-report", "report", "t.wilk@fenwickardley.com", "T.",
    dress="oneline",
    messages=[
        (OTHER, "Re: flows", "done, re-sent"),
        (OTHER, "Re: Re: Voltis handover", "fine by me"),
        (OTHER, "", "in the interview room if anyone needs me"),
        (OTHER, "Re: offer stack", "looks ok, one typo in row 12"),
        (OTHER, "Re: can you review?", "will do after lunch"),
    ]))

W.append(Writer(
    "forwarder-report", "report", "n.halloran@fenwickardley.com", "Niamh",
    messages=[
        (OTHER, "FW: Kelham Hospital Trust - acceptance", "Great news below!\n\n-----Original Message-----\nFrom: "
         "Estates Manager, Kelham Hospital Trust\nSent: 12 May 2025 09:41\nSubject: Acceptance\n\nDear Niamh,\n\n"
         "We are pleased to accept your offer for the supply of electricity to the Trust for two years from 1 "
         "October, at the fixed rates in your proposal of 2 May.\n\nRegards"),
        (OTHER, "Fwd: Harlow Schools - clarification responses", "{name}, see the clarifications below - "
         "question 7 affects our price.\n\n---------- Forwarded message ---------\nFrom: Harlow Schools "
         "Procurement\nDate: Tue, 3 Jun 2025\nSubject: Clarification responses\n\nAll bidders,\n\nPlease find "
         "attached the responses to the clarification questions received by 30 May."),
        (OTHER, "FW: audit findings", "FYI, the auditors want a response on finding 3 by Friday.\n\n> From: "
         "Internal Audit\n> Subject: audit findings\n>\n> Finding 3: deal confirmations for 6 % of trades were "
         "sent more than two days after execution."),
        (OTHER, "Fwd: Re: Re: site visit", "Can you join this?\n\n> On 2 Jun, Graham Whitcombe wrote:\n> Happy to "
         "host you at the depot on the 10th.\n> > On 1 Jun, Niamh Halloran wrote:\n> > Could we visit the field "
         "team before the handover?"),
    ]))

W.append(Writer(
    "client-council", "report", "energy.procurement@northgate.gov.example.uk",
    "Regards\nOwen Price\nEnergy & Carbon Officer, Northgate Council",
    messages=[
        (OTHER, "Award notice - electricity supply framework", "Dear {name},\n\nI am pleased to inform you that "
         "Fenwick Ardley Energy has been selected as the preferred supplier under Lot 2 of the electricity supply "
         "framework. A ten-day standstill period now applies before we can sign the contract."),
        (OTHER, "Re: interview of shortlisted suppliers", "Dear {name},\n\nThe evaluation panel would like to "
         "interview the three shortlisted suppliers on 19 March. Your slot is 11:00-11:45; please bring your "
         "account manager and your head of billing."),
        (OTHER, "Half-hourly data request", "Dear {name},\n\nCould you send the half-hourly consumption data for "
         "the civic centre for the last 12 months? It's for our carbon report."),
        (OTHER, "Invoice query", "Dear {name},\n\nThe February invoice for the leisure centre shows an estimated "
         "read, but we submitted an actual. Please re-bill."),
    ]))

W.append(Writer(
    "finance", "report", "fpa@fenwickardley.com", "FP&A",
    messages=[
        (OTHER, "Month-end close timetable", "Hi {name},\n\nMonth-end close: accruals by working day 2, "
         "commentary by working day 4. Please include variance explanations for anything over GBP 50k."),
        (OTHER, "Budget submissions FY26", "Hi {name},\n\nBudget templates for FY26 are in the finance SharePoint. "
         "Headcount changes must be approved by your director before you include them."),
        (OTHER, "Re: headcount plan", "{name}, the two new analyst positions in your plan are approved for Q3, "
         "the third one is pushed to next year."),
        (OTHER, "Purchase order approved", "Hi {name},\n\nPO 4500018821 for Metrix Field Services has been "
         "approved and sent to the supplier."),
    ]))

W.append(Writer(
    "newsletter", "report", "internalcomms@fenwickardley.com", "Internal Communications",
    "Fenwick Ardley Weekly is sent to all staff. Got a story? Email internalcomms.",
    dress="html",
    messages=[
        (OTHER, "Fenwick Ardley Weekly: record wind output", "Hi {name},\n\nThis week: our contracted wind farms "
         "hit a record output; meet the Leeds field team; five minutes with our new graduate intake; and who's "
         "joined, moved and left this month - congratulations to Tomasz on his promotion to Senior Analyst."),
        (OTHER, "Fenwick Ardley Weekly: charity challenge", "Hi {name},\n\nThe Three Peaks team raised GBP 14,000 "
         "for Macmillan. Also this week: new starters, long-service awards and the canteen menu."),
        (OTHER, "Fenwick Ardley Weekly: staff survey results", "Hi {name},\n\nThank you to the 81 % of you who "
         "took part. Top themes: flexible working, career development and clearer internal job moves."),
    ]))

W.append(Writer(
    "property-lawyer", "report", "c.wyatt@brindleys-solicitors.example.co.uk",
    "Charlotte Wyatt\nPartner, Real Estate\nBrindleys Solicitors",
    "Brindleys Solicitors will never change its bank details by email.",
    messages=[
        (OTHER, "Bristol office lease - heads of terms", "Dear {name},\n\nThe landlord's agent has sent heads of "
         "terms for the new Bristol lease: ten years, break at five, six months rent-free. I think we can "
         "negotiate a longer rent-free period. Shall I make a counter-proposal?"),
        (OTHER, "Re: break clause", "Dear {name},\n\nThe landlord will accept the break at year five only if we "
         "give twelve months' notice. I recommend we accept."),
        (OTHER, "Lease completed", "Dear {name},\n\nThe lease completed this morning. Keys are with the building "
         "manager. Our invoice follows."),
    ]))

W.append(Writer(
    "hr-casework", "report", "hr.casework@fenwickardley.com", "HR Advisory Team",
    messages=[
        (OTHER, "Investigation meeting - your role as note-taker", "Dear {name},\n\nThank you for agreeing to take "
         "notes at the investigation meeting with a member of the retail team on Tuesday at 10:00. Please keep "
         "the details confidential."),
        (OTHER, "Flexible working request - decision needed", "Dear {name},\n\nOne of your team has made a "
         "flexible working request (compressed hours). You need to meet them and reply within two months. Our "
         "guide for managers is attached."),
        (OTHER, "Sickness absence report", "Dear {name},\n\nYour team's absence report for the quarter is "
         "attached. One colleague has reached the review trigger; please book a return-to-work meeting."),
        (OTHER, "Grievance outcome letter - for your records", "Dear {name},\n\nAs the hearing manager, please "
         "find the final grievance outcome letter for your records. The employee has five days to appeal."),
    ]))

W.append(Writer(
    "pension-provider", "report", "service@harbourline-pensions.example.co.uk",
    "Harbourline Pensions\nMember Services", "Harbourline Pensions is authorised and regulated by the FCA.",
    messages=[
        (OTHER, "Your annual pension statement", "Dear {name},\n\nYour annual statement for the Fenwick Ardley "
         "Energy Group Pension Plan is ready. Your pot is worth GBP 48,211. Log in to see your projection."),
        (OTHER, "Change of investment choice confirmed", "Dear {name},\n\nWe've switched your future contributions "
         "to the Ethical Global Equity fund as you asked."),
        (OTHER, "Nominate your beneficiaries", "Dear {name},\n\nYou haven't told us who should receive your "
         "pension if you die. It only takes two minutes."),
    ]))

W.append(Writer(
    "screening-agency", "report", "checks@verisafe-screening.example.com",
    "VeriSafe Screening Services | on behalf of our clients",
    messages=[
        (OTHER, "Employment verification: Tomasz Wilk", "Dear {name},\n\nTomasz Wilk has accepted an offer of "
         "employment with one of our clients and has authorised us to verify his employment history. Please "
         "confirm his dates of employment and job title with Fenwick Ardley Energy."),
        (OTHER, "Employment verification - reminder", "Dear {name},\n\nWe are still waiting for the employment "
         "verification for Tomasz Wilk. The candidate's start date depends on it."),
        (OTHER, "Verification complete", "Dear {name},\n\nThank you. The verification for Tomasz Wilk is "
         "complete and no further action is needed."),
    ]))

W.append(Writer(
    "regulator-audit", "report", "market.monitoring@energy-regulator.example.gov.uk",
    "Market Monitoring Team", "",
    messages=[
        (OTHER, "Request for information - trading on 14 January", "Dear {name},\n\nUnder our REMIT powers we "
         "request information about orders and trades placed by Fenwick Ardley Energy in the day-ahead market "
         "on 14 January, including the rationale for the offers withdrawn between 10:00 and 10:30. Please "
         "respond within 15 working days."),
        (OTHER, "Your licence modification application", "Dear {name},\n\nWe have considered your application to "
         "modify the supply licence. We have decided not to approve it at this time, for the reasons set out in "
         "the attached letter."),
        (OTHER, "Acknowledgement of your response", "Dear {name},\n\nThank you for your response to our request "
         "for information. We will contact you if we need anything further."),
    ]))

# ---------------------------------------------------------------------------------- report: the reader's job search
W.append(Writer(
    "agency-recruiter-report", "report", "sophie@peakline-talent.example.co.uk",
    "Sophie Tran | Senior Consultant | Peakline Talent | Energy & Utilities", "",
    dress="quote",
    messages=[
        (OUT, "Pricing Manager - Bristol - 85k", "Hi {name},\n\nHope you're well. I'm recruiting a Pricing "
         "Manager for a challenger supplier in Bristol - hybrid, 85k + 15 %. From your profile you've built "
         "tariff models, which is exactly what they need. Worth a chat?"),
        (INTERVIEW, "Interview with Brightwater Energy - details", "Hi {name},\n\nBrightwater would love to meet "
         "you! Interview is Thursday 3pm at their office on Temple Street with the Pricing Director and an HR "
         "partner. Bring examples of models you've built. I'll ring you tomorrow to run through it."),
        (REJ, "Brightwater - feedback", "Hi {name},\n\nBrightwater have come back and unfortunately they won't be "
         "taking you forward this time - they felt another candidate had more hedging exposure. Genuinely "
         "gutted, you were great. Let's talk next week about the other roles."),
        (OUT, "Two new roles you might like", "Hi {name},\n\nTwo new roles landed this morning that made me think "
         "of you: Head of Pricing at a B2B supplier (Leeds) and a Pricing Lead at an EV charging business "
         "(remote). Shall I send the specs?"),
    ]))

W.append(Writer(
    "ats-brightwater", "report", "jobs@brightwater-energy.workday.example.com",
    "Brightwater Energy Recruitment", "This is an automated email from our recruitment system.",
    dress="html",
    messages=[
        (ACK, "Thank you for applying to Brightwater Energy", "Dear {name},\n\nThank you for your application for "
         "Pricing Manager (JR-1042). We have received it and our recruitment team will be in touch about the next "
         "steps."),
        (INTERVIEW, "Please schedule your interview - Pricing Manager", "Dear {name},\n\nWe would like to invite "
         "you to a first-round interview for Pricing Manager. Please use the link to choose a time that suits "
         "you."),
        (REJ, "Update on your application - Pricing Manager", "Dear {name},\n\nThank you for the time you have "
         "invested in applying for Pricing Manager. Unfortunately, we will not be progressing your application "
         "further at this time. We encourage you to apply for future roles."),
        (ACK, "Application received - Senior Analyst, Market Insight", "Dear {name},\n\nThis confirms we received "
         "your application for Senior Analyst, Market Insight (JR-1067). You can check its status in the "
         "candidate home."),
    ]))

W.append(Writer(
    "hiring-manager-report", "report", "d.mensah@keelby-power.example.com",
    "Best,\nDaniel Mensah\nHead of Trading, Keelby Power", "",
    messages=[
        (INTERVIEW, "Coffee next week?", "Hi {name},\n\nThanks for applying for the power trader role. Your CV "
         "stood out. Before the formal process, would you be up for an informal interview over coffee next week, "
         "say Tuesday 8:30 near Liverpool Street?"),
        (OFFER, "Offer - Power Trader", "Hi {name},\n\nGreat to talk this morning. I'm pleased to confirm our "
         "offer for the Power Trader role: 92k base, discretionary bonus, 28 days' holiday. HR will send the "
         "formal letter today. Let me know if you have questions."),
        (OTHER, "Re: notice period", "Hi {name},\n\nNo problem on the three months' notice - we'll see you in "
         "January. Enjoy the break in between."),
    ]))

W.append(Writer(
    "internal-application-report", "report", "talent@fenwickardley.com",
    "Talent Acquisition\nFenwick Ardley Energy", "",
    messages=[
        (ACK, "Application received - Senior Pricing Analyst (internal)", "Dear {name},\n\nThanks for your "
         "internal application for Senior Pricing Analyst (Retail). We've let the hiring manager know. "
         "Shortlisting takes place after the closing date on 14 March."),
        (INTERVIEW, "Senior Pricing Analyst - you've been shortlisted", "Dear {name},\n\nGood news: you've been "
         "shortlisted for the Senior Pricing Analyst role. Please come to an interview with Kath Moreland and Lucy "
         "Tremayne on Wednesday 19 March at 14:00, room 2.4. We'll ask you to walk us through a pricing model "
         "you've built."),
        (OFFER, "Senior Pricing Analyst - offer", "Dear {name},\n\nCongratulations! We'd like to offer you the "
         "Senior Pricing Analyst role, moving you to band D from 1 May with a salary of GBP 61,500. Your "
         "variation to contract is in Workday for you to accept."),
    ]))

W.append(Writer(
    "recruiter-outreach-report", "report", "hannah@greenshift-search.example.com",
    "Hannah Ødegaard\nGreenShift Search - clean energy talent", "",
    dress="oneline",
    messages=[
        (OUT, "Quick question", "Hi {name}, are you open to new opportunities at the moment? I'm working on a "
         "Commercial Lead role at a battery storage developer, Edinburgh or remote, up to 110k. Happy to share "
         "details if it's of interest."),
        (OUT, "Re: Quick question", "Hi {name}, no pressure at all - just checking whether you saw my note about "
         "the Commercial Lead role? The client has asked to see your CV."),
        (INTERVIEW, "Call with Storion's CEO", "Hi {name}, thanks for sending your CV. Storion's CEO would like "
         "a 30-minute video call on Friday at 11 to discuss the Commercial Lead position. Shall I confirm?"),
    ]))

W.append(Writer(
    "assessment-report", "report", "assessments@mindmetric-hire.example.com",
    "MindMetric, assessments for Keelby Power", "",
    messages=[
        (TEST, "Your Keelby Power assessment", "Hi {name},\n\nAs the next step in your application for Power "
         "Trader, Keelby Power invites you to complete a trading simulation and a short personality "
         "questionnaire. Allow 60 minutes. Please finish by Sunday night."),
        (TEST, "You haven't finished your assessment", "Hi {name},\n\nYou started your Keelby Power trading "
         "simulation but haven't finished. You can continue where you left off until Sunday 23:59."),
        (OTHER, "Thanks for your feedback", "Hi {name},\n\nThank you for rating your assessment experience. We use "
         "every comment to improve."),
    ]))

W.append(Writer(
    "ats-westmarch-report", "report", "recruitment@westmarch-water.example.co.uk",
    "Westmarch Water Recruitment Team", "",
    messages=[
        (ACK, "Your application: Energy Manager", "Dear {name},\n\nThank you for applying for the Energy Manager "
         "post (ref WW-0913). Your application has been received and will be considered after the closing "
         "date."),
        (REJ, "Energy Manager (WW-0913)", "Dear {name},\n\nThank you for your interest in the Energy Manager post. "
         "We received a high number of applications and I am sorry to tell you that you have not been "
         "shortlisted for interview on this occasion."),
        (INTERVIEW, "Invitation to interview: Commercial Analyst (WW-0931)", "Dear {name},\n\nFollowing your "
         "application for Commercial Analyst, we are pleased to invite you to an interview at our Doncaster "
         "offices on 9 October at 13:30. Please bring photo ID and proof of your right to work."),
    ]))

W.append(Writer(
    "headhunter-report", "report", "office@ardmore-exec.example.com",
    "Fergus Ardmore\nManaging Partner, Ardmore Executive", "",
    messages=[
        (OUT, "Board-level role in retail energy", "Dear {name},\n\nI am leading a search for a Managing Director "
         "of a retail energy supplier owned by a private equity fund. Your name came up repeatedly. Could we "
         "speak in confidence later this week?"),
        (INTERVIEW, "Shortlist - meeting with the fund", "Dear {name},\n\nYou are on the shortlist of four. The "
         "fund's operating partner would like to meet you on 11 November at 3pm in Mayfair. I will call you with "
         "the brief."),
        (OFFER, "Terms from the fund", "Dear {name},\n\nThe fund has asked me to put their offer to you: MD, "
         "base GBP 210,000, bonus up to 50 % and a management equity plan. The formal offer letter will follow "
         "from their lawyers."),
        (OTHER, "Market note: energy leadership moves", "Dear {name},\n\nOur quarterly note on leadership moves "
         "in European energy is attached, for interest."),
    ]))

W.append(Writer(
    "ats-keelby-report", "report", "no-reply@keelby-power.greenhouse.example.com",
    "Keelby Power Talent Team", "",
    messages=[
        (ACK, "Keelby Power - we received your application", "Hi {name},\n\nThanks for applying to Keelby Power "
         "for the Power Trader role. We've got your application and our team will review it shortly."),
        (REJ, "Keelby Power - Senior Power Trader", "Hi {name},\n\nThank you for your interest in the Senior Power "
         "Trader position. After careful review we've decided not to move forward with your application. We "
         "wish you the best in your search."),
        (ACK, "Application received: Trading Analyst", "Hi {name},\n\nWe've received your application for Trading "
         "Analyst at Keelby Power. If your background matches, a recruiter will reach out."),
    ]))


QUOTED = ("\n\nOn {day}, {name} <{name_l}@" + DOMAIN + "> wrote:\n> Thanks - I'll have a look this afternoon "
          "and come back to you.\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px 0;font-family:Calibri,Arial\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body>{paras}</body></html>"


DRESS = Dress(QUOTED, "Wed, 9 Apr 2025 at 11:47", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html", "to"}."""
    rows = letters(W, NAMES, DRESS)
    n = 0
    for w in W:
        for _ in w.messages:
            name = NAMES[n % len(NAMES)]
            rows[n]["to"] = f"{name.lower()}@{DOMAIN}"
            n += 1
    return rows


def raw_messages(half: str) -> list[dict]:
    """The messages of one half as `onward mail import` reads them: each row with "raw" (RFC 822 bytes) and "id"."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    return en_letters.raw_messages(messages(), half, start=datetime(2025, 1, 6, 8, 30, tzinfo=UTC),
                                   step=timedelta(hours=7), tag="b3")
