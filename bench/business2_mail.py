"""Ordinary business mail, second set, written message by message for this project (2026-12-07, eighth session)
to check the import on work mail that no rule was tuned on: bench/business_mail.py's company and writers are not
reused, and its phrasings were read only to avoid them.

Two eras. Around 2000-2002: a power and gas marketer, its back office and credit desk, outside and in-house
counsel, a regional bank's treasury, plain text, "-----Original Message-----" chains, Notes-style forwards,
signatures and long disclaimers. Today: a logistics company, a software firm and a hospital group, with calendar
invitations, "On ... wrote:" quotes and chat-tool digests. The hard part is mail about jobs that are not the
reader's own search: welcomes ("please welcome X who joins as ..."), departures ("X has accepted a position with
..."), farewells, internal postings sent to all staff, a manager asking the reader to interview a candidate,
campus events the reader helps run, performance review schedules, training sign-ups, benefits enrolment; and the
market's and the courts' senses of offers, bids, positions, applications and interviews.

Every writer has a kind of work and a manner; nearly every kind has writers in both halves, split by writer into `tune`
(read while the screen and the rules change) and `report` (only counted, at the first run and at the end). No
message is about the reader's own job search, so every one is `other`.

    from business2_mail import messages, write_mbox
    rows = messages("report")            # [{"id", "writer", "kind", "subject", "body", "sender", "raw"}]
    write_mbox(rows, path)               # raw RFC 822, as `onward mail import` reads it
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from personal_mail import write_mbox  # noqa: F401  (the benches call each set's write_mbox)

HALVES = ("tune", "report")


@dataclass(frozen=True)
class Writer:
    name: str
    address: str
    kind: str
    half: str
    era: str  # "2001" or "today": the dates, the quoting and the footers it travels with
    signature: str = ""
    mail: list[tuple[str, str]] = field(default_factory=list)


WRITERS: list[Writer] = []


def writer(name: str, address: str, kind: str, half: str, era: str, signature: str,
           mail: list[tuple[str, str]]) -> None:
    WRITERS.append(Writer(name, address, kind, half, era, signature, mail))


# --- Power trading ---------------------------------------------------------------------------------------------

writer("Dwayne Kessler", "dkessler@westbrookenergy.com", "power trading", "tune", "2001", "DK", [
    ("ERCOT north", "Dwayne here. We are short 50 MW on-peak for tomorrow in ERCOT North. Anybody got a cheap "
     "offer? I see 41 bid / 44 offered on the broker screen and I'm not paying 44."),
    ("RE: Cinergy dailies", "took the 45 offer for 25 MW. That squares the position through Friday. Put the deal "
     "ticket in before you leave please"),
    ("", "did Prebon fill our bid at 38.50 or did it get pulled"),
    ("Into Entergy - weekend", "Weekend package into Entergy went 29 bid at 29.75 offer. We stayed out. Position "
     "is flat for Sat/Sun. Monday the load forecast jumps so expect the offers to back up."),
    ("PJM west hub balmo", "I want to put a bid in for the balance-of-month at 52. If it doesn't get hit by 2 pm "
     "pull it and we'll revisit after the loads come in."),
    ("RE: RE: wrong ticket", "the ticket says we sold, we bought. Fix it in Enpower and send me the new deal "
     "number. Second time this week guys."),
    ("heat", "Temps 102 in Dallas tomorrow. Everybody long, nobody offering. Good day to be patient."),
    ("Palo Verde", "Can someone tell me why our Palo position shows 75 MW long for Q3 when I sold 25 of it to "
     "Sempra last Thursday? Check the confirms."),
])

writer("Anita Solberg", "asolberg@westbrookenergy.com", "power trading", "report", "2001",
       "Anita Solberg\nManager, Western Power Desk\nWestbrook Energy Marketing L.P.\n503-555-0171", [
    ("Mid-C positions as of 6/14", "Team,\n\nMid-C position summary attached. Net short 110 MW HLH for July; we "
     "covered 40 MW at 172 from Powerex this morning. Remaining exposure to be worked through the week. Please "
     "don't add to the July short without checking with me first."),
    ("Offer from BPA", "BPA came back with an offer of 200 MW flat for Q4 at 38. I think we bid 34 and see if "
     "they move. Thoughts before I call them at 10?"),
    ("Price cap", "FERC's new price mitigation order takes effect tonight at midnight. Every bid and offer into "
     "the CAISO real-time market will be checked against the proxy price. Read the summary Legal sent round."),
    ("RE: COB", "We sold 25 at 210 on COB. Ticket is in. Position now 85 short for the week."),
    ("hydro numbers", "The NW River Forecast Center cut the Columbia runoff again, 58% of normal. Expect offers "
     "to stay high through August."),
    ("Desk meeting moved", "Thursday's desk meeting is moved to 7:15 am because of the risk committee. Bring "
     "your position reports."),
    ("Re: Re: Mead", "Agreed, let's not chase it. If the Mead offer drops under 190 we buy 25."),
])

writer("Chris Yoon", "chris.yoon@halvorsenpower.com", "power trading", "tune", "today", "", [
    ("Day-ahead awards", "DA awards came back. We cleared 180 MW of our 240 MW offer at the hub; the rest "
     "didn't clear. Real-time position is 60 short into the evening peak."),
    ("Battery bids tomorrow", "For tomorrow I want the battery bid curve shifted up $4 across the board. Charging "
     "bids under $15 only. Ops has the template."),
    ("Re: FTR auction", "We won 3 of the 5 paths we bid on. Results sheet in the Teams folder. Total cost came in "
     "under budget."),
    ("", "quick one - can you check why the position report shows the solar PPA twice?"),
    ("Heads up: ISO outage", "The ISO's market portal is down for maintenance Saturday 01:00-05:00. Submit "
     "weekend bids Friday before 16:00."),
    ("Re: hedge ratio", "Let's keep 80% of expected generation hedged through Q2. Anything above that we offer "
     "into the day-ahead."),
    ("offer stack", "Attached is the updated offer stack for the peakers. Unit 3 is on forced outage so it's "
     "offered at the cap."),
])

writer("Priya Raman", "priya.raman@halvorsenpower.com", "power trading", "report", "today",
       "Priya Raman | Senior Analyst, Market Operations\nHalvorsen Power", [
    ("Weekly market recap", "Hi all,\n\nShort recap of the week: on-peak prices averaged $61, up 12% on the "
     "week. Our net position ended flat. Congestion on the west interface widened twice.\n\nFull deck in the "
     "shared drive."),
    ("Capacity auction results", "The capacity auction cleared at $28.92/MW-day. All three of our units cleared. "
     "I'll walk through it at Tuesday's team call."),
    ("Re: settlement dispute", "ISO accepted our dispute on the 14th. Credit of $38k shows on next week's "
     "invoice."),
    ("Bid validation errors", "Seven bids were rejected by the ISO this morning for ramp-rate errors. I've fixed "
     "the template; please resubmit anything you entered before 9."),
    ("Load forecast model", "The new load forecast model goes live Monday. Error on the backtest was 2.1% vs "
     "3.4% for the old one."),
    ("PTO next week", "I'm out Wednesday to Friday next week. Marco is covering the day-ahead bids."),
])

# --- Gas and crude, deal tickets and back office ----------------------------------------------------------------

writer("Lorraine Fitch", "lfitch@westbrookenergy.com", "back office", "tune", "2001",
       "Lorraine Fitch\nGas Settlements\nx3-7719", [
    ("Unconfirmed deals", "The following deal tickets are still unconfirmed as of 3 pm:\n\n#48211 Duke\n#48230 "
     "Aquila\n#48244 El Paso Merchant\n\nPlease get me confirms or corrections before the end of day."),
    ("RE: Oct invoice - Reliant", "Their invoice is $41,200 higher than ours. Looks like they booked the Oct "
     "15-31 piece at the old price. I'll call their settlements person."),
    ("Trader sign-off", "Reminder that every ticket needs trader sign-off within 24 hours. We had 31 tickets last "
     "month with no sign-off."),
    ("Sitara down", "Sitara will be unavailable from 6 to 8 tonight. Enter tickets on the paper form and we "
     "will key them in the morning."),
    ("Re: Re: Volume true-up", "Pipeline statement shows 4,870 dth on the 12th, we nominated 5,000. I'll do the "
     "true-up on the November invoice."),
    ("month end", "Month end close is Tuesday. Any deal ticket entered after noon Monday goes into next month."),
    ("", "thanks, got it"),
])

writer("Manny Ortega", "mortega@westbrookenergy.com", "back office", "report", "2001", "", [
    ("Deal ticket #51190", "Manny here from risk. Deal 51190 was entered as a sale of 10,000/d at Katy, but "
     "the broker confirm says Houston Ship Channel. Which one is right?"),
    ("Daily P&L", "Daily P&L for Tuesday is posted. Gas desk +$412k, power desk -$88k. The power loss is the "
     "Cinergy position marked to the close."),
    ("Re: VaR", "VaR went over the limit yesterday by $1.2M because of the Jan position. Risk committee "
     "wants an explanation by noon."),
    ("Curve validation", "Curves for the Rockies were not updated last night. Please don't price off them "
     "until I confirm."),
    ("Re: Re: Missing broker fee", "Amerex charged us for three trades we don't have in the system. Can the desk "
     "check its blotter for the 9th?"),
    ("Position report late", "Position report will be about an hour late today, the overnight batch failed."),
    ("FW: New ticket fields", "Starting Monday the deal ticket has two new fields: broker and execution time. "
     "Both are required."),
])

writer("Beth Harrigan", "beth.harrigan@corvalcrude.com", "crude trading", "tune", "2001", "Beth", [
    ("WTI Cushing", "bought 50k bbl Nov WTI Cushing at 23.10. Offer was 23.15 most of the morning, finally came "
     "in. We're now long 150k for November."),
    ("Re: cargo", "The Brent cargo offer at dated +0.35 is too rich. Counter at +0.20 and tell them it's good "
     "until 4 London."),
    ("tanks", "Tank 6 is full, need to move barrels out of it before the next pipeline batch. Anyone bidding "
     "for prompt LLS?"),
    ("API update", "API showed a 3.1M draw, market up 40 cents. Good for our length."),
    ("Re: margin call", "NYMEX margin call of $2.4M due by 9 am. Treasury is wiring it."),
    ("lunch Fri", "Crude desk lunch Friday at Pappas, my treat for the Q3 numbers."),
    ("Re: Re: Re: barge", "barge arrives Baton Rouge Thursday, inspector booked. Paperwork to Manny."),
])

writer("Osei Mensah", "omensah@corvalcrude.com", "crude trading", "report", "2001",
       "Osei Mensah\nCrude Scheduling\nCorval Crude Oil Co.", [
    ("Nominations - December", "All,\n\nDecember pipeline nominations are due to Capline by the 20th. Please "
     "send me your volumes and delivery points by the 18th so I can put the nominations together."),
    ("RE: Bid for St. James", "Shell put in a bid at WTI +1.05 for the St. James barrels. I told them we want "
     "+1.15. Will let you know."),
    ("Line fill", "The new pipeline needs 400k barrels of line fill before start-up. We are asked to supply "
     "100k of it."),
    ("Position vs schedule", "My schedule shows us 20k short for the month against the position report. One of "
     "us is missing a deal."),
    ("Weather", "Tropical storm in the Gulf. Two platforms shut in. Deliveries from Eugene Island may be "
     "late."),
    ("Re: demurrage", "The vessel waited 38 hours. Demurrage claim will be around $60k. I've sent the laytime "
     "calculation to Legal."),
])

# --- Legal: contracts ------------------------------------------------------------------------------------------

writer("Gordon Platt", "gplatt@westbrookenergy.com", "legal", "tune", "2001",
       "Gordon W. Platt\nSenior Counsel\nWestbrook Energy Marketing L.P.\n1400 Smith Street, Suite 2200\n"
       "Houston, TX 77002\n(713) 555-0192 (direct)", [
    ("Master agreement - Tenaska", "I have reviewed Tenaska's comments on the master agreement. Most are "
     "acceptable. I cannot agree to their change to the credit section; it removes our right to ask for a "
     "letter of credit. I'll send them a markup this afternoon."),
    ("Contract review queue", "There are now 23 contracts in the review queue. Please prioritize anything with "
     "a start date this month and tell me which counterparties are waiting on us."),
    ("RE: Offer letter to counterparty", "The offer letter to Calpine for the tolling deal is ready for your "
     "signature. It expires at 5 pm Friday if they don't countersign. Please don't send it before the credit "
     "group signs off."),
    ("Confidentiality agreement", "Attached is our standard confidentiality agreement for the data room. They "
     "want a two-year term; ours is three. I can live with two."),
    ("GISB amendments", "Two counterparties want the Special Provisions to override the netting section. That's "
     "a no. Send them to me if they push."),
    ("", "Yes, go ahead and execute. I initialed the last page."),
    ("RE: RE: guaranty", "Parent guaranty is capped at $10M. Anything larger needs a new one signed by their "
     "CFO."),
])

writer("Helen Abernathy", "habernathy@pruittvance.com", "legal", "report", "2001",
       "Helen M. Abernathy\nPruitt & Vance LLP\nOne Allen Center, 31st Floor\nHouston, Texas 77002\n"
       "Tel. 713.555.0110", [
    ("Purchase and sale agreement - draft 4", "Gordon,\n\nAttached is draft 4 of the PSA with our changes "
     "marked. Open points: the indemnity cap, the closing date and the definition of Material Adverse Effect. "
     "Can we have a call Thursday morning?"),
    ("Board resolution", "The board resolution authorizing the transaction needs to be signed before the "
     "closing. I'll circulate a draft tomorrow."),
    ("RE: Offer and acceptance", "Under Texas law their e-mail is probably an offer we can accept, not just an "
     "invitation to negotiate. I'd recommend we accept in writing today before they change their mind."),
    ("Closing checklist", "Updated closing checklist attached. Items 4, 9 and 17 are still open on their side."),
    ("Invoice for October", "Our invoice for October services is enclosed. Please let me know if you have "
     "questions on any of the time entries."),
    ("Re: Consent", "The landlord's consent to the assignment came in this morning. Original to follow by "
     "FedEx."),
    ("Holiday schedule", "Our office will be closed December 24 and 25 and January 1."),
])

writer("Sofia Lindqvist", "sofia.lindqvist@meridianlogistics.com", "legal", "tune", "today",
       "Sofia Lindqvist\nLegal Counsel, Meridian Logistics", [
    ("Vendor contract template v3", "Hi team,\n\nThe new vendor contract template is on the Legal SharePoint. "
     "Main changes: data processing addendum, liability cap at 12 months of fees, and auto-renewal off by "
     "default. Please use it for anything you send out from today."),
    ("Re: NDA with Trackwise", "Signed via DocuSign, countersigned copy attached."),
    ("Contract review requests", "Please send contract review requests through the Legal intake form, not by "
     "email. We triage them every morning and aim for a first review within 3 business days."),
    ("GDPR: records of processing", "Each department needs to update its records of processing by the end of "
     "the month. The form takes about 20 minutes."),
    ("Re: customer wants unlimited liability", "No. Offer them 2x annual fees as a cap and come back to me if "
     "they insist."),
    ("Lunch & learn: negotiating SaaS terms", "Legal is running a lunch & learn on SaaS terms Thursday 12:30 in "
     "the Harbour room. Sandwiches provided."),
])

writer("Tom Achebe", "tom.achebe@brightlinesoftware.io", "legal", "report", "today", "Tom", [
    ("Open source licence check", "Before the release, please run the licence scanner on the new build. Anything "
     "GPL goes to me before it ships."),
    ("Re: MSA redlines from Northwind", "Their redlines are reasonable except clause 14 (IP ownership). I've "
     "pushed back. Expect a call next week."),
    ("Trademark filing", "Our trademark application for the new product name was published for opposition. "
     "If nobody objects in 30 days it registers."),
    ("Re: Can we use this logo?", "Only with the customer's written permission. Please don't put it on the "
     "website until we have it."),
    ("Contract renewal calendar", "Attached is the renewal calendar for Q3. Four contracts auto-renew unless we "
     "give notice by the 15th."),
    ("Policy update: gifts", "Reminder that gifts from vendors over $100 need to be declared on the compliance "
     "form."),
])

# --- Litigation --------------------------------------------------------------------------------------------

writer("Raymond Dupree", "rdupree@pruittvance.com", "litigation", "tune", "2001",
       "Raymond J. Dupree\nPartner\nPruitt & Vance LLP", [
    ("Smith v. Westbrook - witness interviews", "We need to interview the witness from the dispatch office "
     "before the deposition on the 22nd. Can your people set up an hour with him next week? I'd also like to "
     "interview the two schedulers who were on shift that night."),
    ("Deposition schedule", "Plaintiff's counsel proposes depositions of our three witnesses on March 5, 6 and "
     "8. I've told them the 8th doesn't work. Please confirm availability of the others."),
    ("RE: Document hold", "The document hold notice went to 140 employees. Please remind your group that "
     "nothing about the Blythe outage may be deleted, including e-mail."),
    ("Mediation", "Mediation is set for April 12 at the mediator's office. The other side made a settlement "
     "offer of $1.8M yesterday. We think that is too high and will counter."),
    ("Interview notes", "Attached are my notes from the interview with Mr. Garza. Privileged and confidential, "
     "attorney work product. Please do not forward."),
    ("Re: Re: Expert", "The expert's report is due May 1. He wants the hourly load data for July 2000."),
    ("", "Call me when you get a minute. Nothing urgent."),
])

writer("Janet Kowalczyk", "jkowalczyk@westbrookenergy.com", "litigation", "report", "2001",
       "Janet Kowalczyk\nParalegal, Legal Department\nx3-6624", [
    ("Witness interview schedule", "Here is the schedule for the witness interviews with outside counsel:\n\n"
     "Tues 10:00 - R. Bishop (dispatch)\nTues 2:00 - L. Tran (scheduling)\nWed 9:30 - K. Fowler (trading)\n\n"
     "All in conference room 22C. Please let me know if anyone can't make it."),
    ("Subpoena received", "We received a subpoena for trading records from the California AG. Gordon is "
     "handling the response. Please forward any questions to him."),
    ("RE: Binders", "The deposition binders are ready. I'll bring them to Pruitt & Vance tomorrow morning."),
    ("Litigation hold reminder", "This is the quarterly reminder of the litigation hold in the FERC refund "
     "proceeding. Please do not destroy any documents covered by the hold."),
    ("Court reporter", "The court reporter is booked for the 14th. Transcript should be ready in ten days."),
    ("Re: filing deadline", "Our brief is due Monday at 5. The partner wants the final draft Friday noon."),
])

# --- HR: benefits ------------------------------------------------------------------------------------------

writer("Westbrook Benefits", "benefits@westbrookenergy.com", "benefits", "tune", "2001",
       "Westbrook Energy Benefits Department\nbenefits@westbrookenergy.com | x3-4400", [
    ("Open Enrollment begins November 1", "Open Enrollment for 2002 benefits runs November 1 through November "
     "16. This is your one chance each year to change your medical, dental and vision elections, add or "
     "remove dependents, and sign up for the flexible spending accounts. If you do nothing, your current "
     "elections carry over except the FSA, which you must re-elect every year."),
    ("Benefits fair", "Come to the Benefits Fair on Tuesday, November 6, in the lobby of the north tower from "
     "10 to 2. Representatives from the medical plans, the 401(k) provider and the EAP will be there."),
    ("New dental carrier", "Starting January 1 our dental plan moves to Delta Dental. New ID cards will be "
     "mailed to your home in December."),
    ("401(k) match", "The company match on the 401(k) remains 100% of the first 6% you contribute. The plan's "
     "fund lineup adds two index funds in January."),
    ("Reminder: enrollment closes Friday", "Open enrollment closes this Friday at 5 pm Central. Log in to the "
     "benefits site to make your elections."),
    ("FSA claims deadline", "Claims for 2001 flexible spending expenses must be submitted by March 31, 2002."),
    ("Dependent verification", "We are verifying dependents on the medical plan. If you cover a spouse or "
     "children, please send proof of relationship by the 30th."),
])

writer("Kara Jennings", "kara.jennings@meridianlogistics.com", "benefits", "report", "today",
       "Kara Jennings\nPeople Team | Total Rewards", [
    ("Your 2027 benefits: enrolment is open", "Hi everyone,\n\nBenefits enrolment for 2027 is open in "
     "Workday until 20 November. New this year: a second medical plan with a lower premium, fertility "
     "coverage and an increased wellness allowance. You'll find a comparison guide on the intranet."),
    ("Pension auto-enrolment", "If you joined after 1 April you will be auto-enrolled into the pension scheme "
     "next month. You can opt out within a month of being enrolled."),
    ("Wellness allowance", "Reminder: the wellness allowance of 300 EUR per year can be claimed for gym "
     "memberships, sports equipment or mental health apps. Claims go through the expenses tool."),
    ("Life event changes", "If you marry, have a baby or move, you can change your benefits within 30 days of "
     "the event. Submit the change in Workday under Benefits > Life Events."),
    ("Enrolment closes Friday", "Last call: benefits enrolment closes this Friday. If you don't make a choice "
     "you'll stay on your current plan."),
    ("Cycle to work scheme", "The cycle to work scheme opens again on 1 March. Save up to 40% on a bike."),
])

# --- Organisation announcements -------------------------------------------------------------------------------

writer("Office of the Chairman", "chairman.office@westbrookenergy.com", "org announcements", "tune", "2001", "", [
    ("Organizational announcement", "We are pleased to announce that Mark Delaney has been named President "
     "and Chief Operating Officer of Westbrook Energy Marketing, effective immediately. Mark joined Westbrook "
     "in 1994 and has led the gas trading business since 1998. Please join us in congratulating Mark on his "
     "new role."),
    ("Please welcome Susan Barrow", "Please welcome Susan Barrow, who joins Westbrook as Vice President, Risk "
     "Management. Susan comes to us from Dynegy, where she ran the market risk group for four years. She will "
     "report to the CFO and will be based on the 31st floor."),
    ("Departure", "Frank Ostrowski has accepted a position with Reliant Energy and will be leaving Westbrook on "
     "Friday. Frank has been with us for six years, most recently as head of the Midwest power desk. We thank "
     "Frank for his many contributions and wish him the very best. Until a successor is named, the Midwest "
     "desk will report to Anita Solberg."),
    ("Changes in the Risk group", "Effective Monday, the credit and market risk groups will combine under "
     "Susan Barrow. No jobs are affected by the change. The group will move to the 31st floor in March."),
    ("Retirement of Walter Griggs", "After 27 years with the company, Walter Griggs will retire at the end of "
     "the month. A reception in his honor will be held on the 28th at 4 pm in the 50th floor lobby."),
    ("Promotions", "We are pleased to announce the following promotions to Director, effective January 1: "
     "Lorraine Fitch (Gas Settlements), Dwayne Kessler (ERCOT Trading) and Osei Mensah (Crude Scheduling). "
     "Congratulations to all."),
    ("Q3 results", "Westbrook reported third quarter earnings of $0.58 per share. Our thanks to every employee "
     "for a strong quarter."),
])

writer("Grace Whitfield", "grace.whitfield@harbourtrust.com", "org announcements", "report", "2001",
       "Grace Whitfield\nHuman Resources\nHarbour Trust Bank", [
    ("Announcement: new Treasurer", "I am delighted to let you know that Adam Kerr will join Harbour Trust on "
     "August 6 as Treasurer. Adam has spent the last nine years at First Union in Charlotte. He replaces Lydia "
     "Morse, who was named Chief Financial Officer in June. Please make Adam welcome when he arrives."),
    ("Staff news", "Congratulations to the following colleagues who have completed 10 years of service this "
     "quarter: Pat Henley, Ruth Ong, Carlos Beltran and Mia Foster."),
    ("Farewell to Dennis", "Dennis Hubbard, our branch manager in Galveston, has accepted a position with Frost "
     "Bank and leaves us on the 15th. Dennis has been with Harbour Trust since 1989. Ellen Tate will be acting "
     "branch manager."),
    ("New organization chart", "The updated organization chart for the operations division is attached. "
     "Changes: the wire room now reports to Brian Lowe, and account services moves under Cheryl Wade."),
    ("Welcome our new Associates", "Please welcome the eight members of this year's Associate class, who "
     "started Monday. They will spend their first six weeks in credit training and then rotate through "
     "lending, treasury and operations."),
    ("Holiday hours", "Branches will close at noon on December 24 and will be closed on December 25."),
])

writer("Nadia Brooks", "nadia.brooks@brightlinesoftware.io", "org announcements", "tune", "today",
       "Nadia Brooks\nChief People Officer, Brightline", [
    ("Welcome to the team, Jonas!", "Hi all,\n\nPlease give a warm welcome to Jonas Weber, who joins us today as "
     "Staff Engineer on the Platform team. Jonas was previously at Spotify, where he worked on data "
     "infrastructure. He lives in Berlin with his partner and two cats. Say hi in #general!"),
    ("Leadership update", "I'm happy to share that Mei Tanaka has been promoted to VP of Engineering. Mei has "
     "been with Brightline since our seed round and built the team from 4 to 60 engineers."),
    ("Saying goodbye to Ravi", "After five wonderful years, Ravi Patel has decided to take on a new challenge "
     "and will be joining Stripe as Head of Partnerships. His last day is Friday. Please join us for drinks at "
     "5 pm on Thursday to say goodbye."),
    ("Reorg of the product teams", "From next month the product teams will be organized around customer "
     "journeys rather than features. Your manager will talk to you this week about what it means for your "
     "team. No roles are being eliminated."),
    ("New joiners this month", "This month we welcome 7 new colleagues: Ana (Design), Ben (Sales), Chidi "
     "(Engineering), Dana (Finance), Eli (Support), Fatima (Engineering) and Greg (Marketing). Their intros are "
     "on the People page."),
    ("Company offsite", "Save the date: our company offsite is 14-16 May in Lisbon. Travel details to follow."),
    ("Re: all hands questions", "Thanks for all the questions after the all hands. Answers to the top 10 are in "
     "the FAQ doc. Yes, the hiring plan for next year is still on track."),
])

writer("Ian McAllister", "ian.mcallister@stcolumbahealth.org", "org announcements", "report", "today",
       "Ian McAllister\nDirector of Communications\nSt Columba Health Group", [
    ("Appointment of Chief Nursing Officer", "Dear colleagues,\n\nI am pleased to announce the appointment of "
     "Dr Ruth Okonkwo as Chief Nursing Officer. Ruth joins us from Leeds Teaching Hospitals and will take up "
     "her post on 1 September. She succeeds Margaret Hale, who retires after 32 years in nursing."),
    ("Staff bulletin - week 23", "In this week's bulletin: the new car park opens on Monday, flu vaccination "
     "clinics start in October, and congratulations to the cardiology team on their national award."),
    ("Leaving do for Sandra", "Sandra Ellis, our ward manager on Rowan Ward, has accepted a post at the Royal "
     "Infirmary and will leave us at the end of the month. A leaving collection is going round on the ward."),
    ("New clinical director for surgery", "Mr Amir Haddad has been appointed Clinical Director for Surgery "
     "following an internal selection process. Congratulations Amir."),
    ("Board meeting papers", "Papers for the public board meeting on Thursday are now on the website."),
    ("Long service awards", "Nominations for this year's long service awards close on Friday."),
])

# --- Farewells and colleague news ------------------------------------------------------------------------------

writer("Frank Ostrowski", "fostrowski@westbrookenergy.com", "farewells", "tune", "2001", "", [
    ("So long", "Friends,\n\nAfter six great years, Friday is my last day at Westbrook. I've accepted a job "
     "with Reliant and will be running their Midwest desk. It has been a privilege to work with all of you "
     "through the ups and downs of this market. My new e-mail will be frank.ostrowski@reliant.com; my cell "
     "stays the same. Let's keep in touch.\n\nFrank"),
    ("Re: So long", "Thanks everybody for the kind notes. Drinks at Slick Willie's Thursday at 5:30."),
    ("handover", "For the handover: all Cinergy and AEP positions are documented in the spreadsheet on the "
     "P drive. Anita has the passwords for the broker screens."),
    ("", "If anyone wants my chair, it's the good one. First come first served."),
    ("RE: leaving card", "You guys are too much. I'll frame it."),
    ("Re: Re: contact", "Sure, happy to be a reference for any of the analysts. Tell them to call my cell."),
])

writer("Michelle Tan", "michelle.tan@harbourtrust.com", "farewells", "report", "2001", "Michelle", [
    ("Farewell and thank you", "Dear all,\n\nAs many of you know, I am leaving Harbour Trust at the end of "
     "this week to take up a position as Controller at a credit union in Austin. I want to thank you for "
     "eight very happy years. I will miss the Friday doughnuts most of all.\n\nWarm regards,\nMichelle"),
    ("Re: going away lunch", "Thank you for lunch today, it was lovely. The flowers are on my desk until "
     "Friday."),
    ("Files", "All my reconciliation files are now in the shared folder under 'Recons - MT'. Bob will take "
     "over the Fed account."),
    ("new address", "My new e-mail after Friday: mtan@austinccu.org"),
    ("Re: Re: card", "Thank you thank you thank you. Made me cry."),
    ("Re: Keeping in touch", "Of course, let's have coffee when you're in Austin next."),
])

writer("Lukas Brandt", "lukas.brandt@brightlinesoftware.io", "farewells", "tune", "today", "", [
    ("Last day 👋", "Hey everyone,\n\nToday is my last day at Brightline. After four years I'm moving on to a "
     "role at a climate startup in Copenhagen. Thanks for the code reviews, the terrible puns and the "
     "patience. You can find me on LinkedIn or at lukas@brandt.dev.\n\nLukas"),
    ("Handover doc", "The handover doc for the billing service is in Notion. Chidi owns the on-call rota from "
     "Monday."),
    ("Re: farewell drinks", "See you at the Brewdog at 6! First round's on me."),
    ("Re: Last day 👋", "Haha thanks Mei. I'll miss the standups. Not really."),
    ("", "Who wants my standing desk? Otherwise it goes back to facilities."),
])

writer("Olga Petrenko", "olga.petrenko@meridianlogistics.com", "farewells", "report", "today",
       "Olga Petrenko\nWarehouse Operations Lead", [
    ("Goodbye and thank you", "Dear colleagues,\n\nAfter nine years at Meridian I am retiring at the end of "
     "June. It has been a joy to work with all of you, from the night shift to the planning office. Thank you "
     "for everything.\n\nOlga"),
    ("Re: retirement party", "Thank you all for coming yesterday, and for the beautiful album."),
    ("Key cards and handover", "Pieter takes over the team schedule from 1 July. My key card goes back to "
     "reception on my last day."),
    ("Re: Re: will you come back?", "Only as a visitor with cake!"),
    ("Last newsletter from me", "This is the last warehouse newsletter I will send. Pieter will continue it "
     "from next month."),
])

# --- Internal job postings sent to all staff --------------------------------------------------------------------

writer("Westbrook Staffing", "staffing@westbrookenergy.com", "internal postings", "tune", "2001",
       "Westbrook Staffing\nstaffing@westbrookenergy.com", [
    ("Internal job posting - Scheduler, Gas Logistics", "POSITION: Scheduler, Gas Logistics\nDEPARTMENT: "
     "Logistics\nGRADE: 7\nPOSTING CLOSES: 10/19/2001\n\nDuties: nominate and confirm daily gas volumes on "
     "interstate pipelines, balance pools, work with traders on intraday changes.\n\nQualifications: two years "
     "of scheduling experience, strong Excel skills.\n\nEmployees interested in this position should submit "
     "an internal transfer form to Staffing and let their supervisor know."),
    ("This week's internal openings", "The following positions are open to current employees:\n\n- Credit "
     "Analyst (Credit Risk), grade 8\n- Administrative Assistant (Legal), grade 5\n- Systems Analyst "
     "(Information Technology), grade 9\n\nFull descriptions are on the Staffing page of the intranet. "
     "Transfer forms are due by Friday."),
    ("Employee referral program", "Know someone who would be a great fit at Westbrook? The employee referral "
     "bonus is $2,000 for any referral hired into an exempt position. See the intranet for open jobs."),
    ("Posting withdrawn", "The posting for Senior Trader, Northeast Power, has been withdrawn. The position has "
     "been filled."),
    ("Reminder: transfer policy", "Employees must have been in their current position for 12 months before "
     "applying for an internal transfer, unless their supervisor agrees otherwise."),
    ("Internal job posting - Analyst, Structuring", "Structuring has an opening for an Analyst. The role "
     "builds pricing models for long-term deals. Finance or engineering degree required. Interested employees "
     "should send a resume to Staffing by November 2."),
])

writer("Harbour Trust HR", "hr@harbourtrust.com", "internal postings", "report", "2001", "Human Resources", [
    ("Job Opportunities Bulletin #44", "JOB OPPORTUNITIES BULLETIN\n\nThe following vacancies are open to all "
     "Harbour Trust employees. Applications must be received by HR no later than the closing date.\n\n"
     "1. Teller Supervisor - Pasadena branch - closes 9/14\n2. Loan Processor - Mortgage Center - closes 9/14\n"
     "3. Compliance Officer - Main Office - closes 9/21\n\nPlease obtain your manager's approval before "
     "applying."),
    ("Job Opportunities Bulletin #45", "The Compliance Officer vacancy has been extended to 9/28. New this "
     "week: Branch Manager, Clear Lake; Commercial Lender, Main Office."),
    ("Internal candidates", "Managers: please remember that internal candidates must be interviewed before an "
     "external offer is made for any posted vacancy."),
    ("Referral bonus doubled", "For the rest of the year the referral bonus for tellers and personal bankers is "
     "doubled to $1,000."),
    ("Career development week", "Career development week is October 8-12. HR will hold sessions on building a "
     "career at Harbour Trust and on preparing for an internal interview."),
])

writer("Brightline Talent Team", "talent@brightlinesoftware.io", "internal postings", "tune", "today",
       "Brightline Talent Team", [
    ("We're hiring! Open roles this month", "Hi Brightliners,\n\nHere are the roles we're hiring for this "
     "month. If you know someone great, submit a referral in Greenhouse - referral bonus is $3,000 after "
     "their 90 days.\n\n- Senior Backend Engineer (Go)\n- Product Designer\n- Customer Success Manager (EMEA)\n"
     "- Data Engineer\n\nInternal moves welcome too: talk to your manager and ping us."),
    ("Referral leaderboard", "Congrats to the Platform team, who made 11 referrals this quarter! Three of them "
     "are now in final rounds."),
    ("Interview training", "We're running interviewer training on Wednesday. Everyone who will join an "
     "interview panel this quarter needs to attend once. Sign up in the sheet."),
    ("New careers page is live", "Our new careers page went live this morning. Please share it on your "
     "LinkedIn if you're happy to!"),
    ("Hiring freeze lifted for Support", "Good news: Support can hire two more people this quarter. Postings "
     "go up on Monday."),
    ("Re: referral status", "Your referral for the Data Engineer role is in the hiring manager review stage. "
     "We'll let you know once there's news."),
])

writer("St Columba Recruitment", "recruitment@stcolumbahealth.org", "internal postings", "report", "today",
       "Recruitment Team\nSt Columba Health Group", [
    ("Internal vacancies this week", "Dear colleagues,\n\nThe following posts are open to internal applicants "
     "this week:\n\n- Band 6 Staff Nurse, Intensive Care\n- Band 4 Medical Secretary, Outpatients\n- Band 7 "
     "Physiotherapy Team Lead\n\nFull job descriptions and how to apply are on the intranet. Closing date "
     "Sunday at midnight."),
    ("Bank staff shifts", "We still need bank staff for the December weekends on the surgical wards. Sign up "
     "on the rota app."),
    ("Recruitment open day", "We are holding a nursing recruitment open day on 3 March. If you would like to "
     "volunteer to show visitors round your ward, please reply to this email."),
    ("Refer a friend", "Refer a friend to a nursing post and receive £500 when they complete their probation."),
    ("Shortlisting guidance", "Recruiting managers: please complete shortlisting within 5 working days of "
     "the closing date so candidates hear from us quickly."),
])

# --- Hiring for the reader's own team: the reader interviews, others apply ------------------------------------

writer("Carol Nguyen", "cnguyen@westbrookenergy.com", "hiring manager", "tune", "2001",
       "Carol Nguyen\nDirector, Structuring\nx3-5120", [
    ("Candidate for analyst role", "Would you be able to interview a candidate for the analyst opening on "
     "Thursday at 2? His name is Peter Liang, he's finishing an MBA at Rice. Resume attached. Please focus on "
     "modelling and Excel. Let me know what you think by Friday."),
    ("RE: Peter Liang", "Thanks for the feedback. Everyone liked him, so I'm going to ask HR to make him an "
     "offer. Salary will be in the range we discussed."),
    ("Second round", "We have two finalists for the senior analyst position. I'd like you and Gordon to see "
     "both next week. Staffing will send the calendar invites."),
    ("RE: RE: interview feedback", "Agree he's not technical enough. Let's pass and keep looking."),
    ("Resumes", "Staffing sent over 14 resumes for the structuring opening. I've flagged the 5 I want to see. "
     "Can you take a look at the others and tell me if I missed anyone?"),
    ("He accepted", "Peter accepted our offer, starts June 4. Please help me get him a desk and a Bloomberg "
     "login."),
])

writer("Derek Lawson", "dlawson@harbourtrust.com", "hiring manager", "report", "2001", "DL", [
    ("Interview schedule Tuesday", "You're on the panel for the Commercial Lender interviews Tuesday. Three "
     "candidates, 45 minutes each, starting at 9. Please bring the scoring sheet."),
    ("RE: candidate references", "I called both references for Ms. Alvarez. Both were very positive. I'd "
     "like to extend the offer today if you agree."),
    ("Opening on my team", "Jill is moving to the Pasadena branch, so I have an opening for a credit analyst. "
     "If you know anyone good, send them my way."),
    ("RE: RE: salary", "HR says we can go to $52k for her. Anything above that needs Grace's approval."),
    ("Offer declined", "Ms. Alvarez declined our offer, she took a position at Chase. Back to the pile."),
    ("thank you", "Thank you for sitting in on all those interviews last week. I owe you lunch."),
])

writer("Hannah Osei", "hannah.osei@brightlinesoftware.io", "hiring manager", "tune", "today", "Hannah", [
    ("Can you interview a candidate Thursday?", "Hi! Could you do the system design interview for a Senior "
     "Backend candidate on Thursday at 15:00? It's 60 minutes on Zoom. Greenhouse has the scorecard and her "
     "CV. Let me know if the slot doesn't work and I'll ask Chidi."),
    ("Re: scorecard", "Thanks for the detailed scorecard. We're moving her to the final round."),
    ("Debrief tomorrow", "Debrief for the backend candidate tomorrow at 10. Please submit your scorecard "
     "before then so we don't anchor on each other's opinions."),
    ("We made an offer", "Just an update: we made an offer to the candidate you interviewed last week. Fingers "
     "crossed she accepts!"),
    ("She said yes!", "Our new senior engineer starts on the 3rd. Can you be her onboarding buddy?"),
    ("Take-home review", "Can you review this take-home submission by Friday? Rubric is in the doc."),
])

writer("Rob Castellano", "rob.castellano@meridianlogistics.com", "hiring manager", "report", "today",
       "Rob Castellano\nHead of Transport Planning", [
    ("Interviews for the planner role", "Hi,\n\nWe have four candidates for the transport planner vacancy. "
     "Could you join me for the interviews on Monday afternoon? I'd like someone from the dispatch side to ask "
     "the practical questions."),
    ("Re: candidate 3", "Agree, candidate 3 was the strongest. I'll ask HR to send the offer."),
    ("Job description", "Can you read through the job description for the new dispatcher role before it goes "
     "live? I want to make sure the shift pattern is clear."),
    ("Agency CVs", "The agency sent six CVs for the dispatcher job. Only two are worth a call. I'll forward "
     "them."),
    ("Start date", "Our new planner starts on the 2nd. Please set up his access to TMS."),
])

# --- Campus recruiting the reader helps run ----------------------------------------------------------------------

writer("Tina Marshall", "tmarshall@westbrookenergy.com", "campus recruiting", "tune", "2001",
       "Tina Marshall\nCollege Recruiting\nWestbrook Energy", [
    ("UT career fair - volunteers needed", "We need four volunteers from the trading floor to staff our booth at "
     "the UT Austin career fair on October 3. You'd talk to students about what an analyst does. We leave by "
     "van at 7 am. Please reply by Friday."),
    ("Texas A&M on-campus interviews", "Thank you for agreeing to interview at A&M on the 16th. You will see "
     "eight students in 30-minute slots. The interview guide and the evaluation forms are attached. Please "
     "hand the forms to me before you leave campus."),
    ("Super Saturday", "Super Saturday for the summer intern program is November 10. We need 20 interviewers "
     "and 6 lunch hosts. Sign up on the sheet outside my office."),
    ("RE: offers to interns", "We extended 12 summer intern offers and 9 have accepted so far. Thanks to "
     "everyone who helped with the interviews."),
    ("Rice reception", "Our reception at Rice is Tuesday at 6. Please wear your Westbrook shirt if you have "
     "one."),
    ("Thank you", "Thanks again for giving up your Saturday for recruiting. Pizza Friday on me."),
])

writer("Paul Everett", "peverett@harbourtrust.com", "campus recruiting", "report", "2001", "Paul", [
    ("Associate program recruiting schedule", "Below is our fall recruiting schedule for the Associate "
     "program. I'd be grateful if you could cover at least one school.\n\nSept 18 - Baylor\nSept 25 - UH\n"
     "Oct 2 - SMU\nOct 9 - TCU\n\nEach day is a presentation in the evening and interviews the next morning."),
    ("Interview evaluation forms", "Please return your evaluation forms from SMU by Monday so we can decide who "
     "gets an invitation to the final round."),
    ("Final round day", "Final round day is November 2. Each finalist meets three officers. You are on the "
     "afternoon panel."),
    ("Re: hotel for Baylor", "Booked you at the Hilton in Waco, confirmation in the attachment."),
    ("Results", "We made offers to 7 students and 5 have accepted. A good year. Thank you for your help."),
])

writer("Aisha Koroma", "aisha.koroma@brightlinesoftware.io", "campus recruiting", "tune", "today",
       "Aisha Koroma | Early Careers Lead", [
    ("Hackathon judges needed", "We're sponsoring the university hackathon on 22-23 March and need 5 engineers "
     "to judge and mentor. Travel and food covered. Reply here if you're in!"),
    ("Grad scheme assessment centre", "Thanks for volunteering for the graduate assessment centre on the 12th. "
     "You'll run the group exercise for two groups of 6. Briefing pack attached, please read before the day."),
    ("Re: intern project ideas", "Love the idea of the CLI tool. Can you write it up as a one-pager so the "
     "interns can pick projects in week 1?"),
    ("Career fair recap", "We spoke to 340 students at the careers fair and got 120 sign-ups to our graduate "
     "mailing list. Thanks to everyone who staffed the stand!"),
    ("Intern demo day", "Our interns present their projects on Friday at 16:00 in the big room. Come and "
     "cheer them on."),
])

writer("Gemma Rowe", "gemma.rowe@stcolumbahealth.org", "campus recruiting", "report", "today",
       "Gemma Rowe\nEducation & Student Placements", [
    ("Student nurse placements", "We have 24 student nurses starting placements on 5 February. Please make sure "
     "each student has a named practice assessor on your ward."),
    ("University careers fair", "We will have a stand at the university careers fair on 14 November. Could you "
     "spare an hour to talk to final-year students about working in theatres?"),
    ("Mentor training", "Practice assessor training runs on the first Tuesday of each month. Book through the "
     "learning portal."),
    ("Feedback from students", "The students' feedback on their placements was very positive this term. Thank "
     "you all."),
    ("Re: placement allocation", "I've moved the two students from Ward 4 to Ward 7 as you asked."),
])

# --- Performance reviews and training ----------------------------------------------------------------------------

writer("Westbrook HR", "hr.communications@westbrookenergy.com", "reviews and training", "tune", "2001",
       "Human Resources\nWestbrook Energy", [
    ("Mid-year performance review process", "The mid-year performance review process opens on June 18. All "
     "employees should complete a self-assessment in the PEP system by July 2. Supervisors will then collect "
     "feedback from at least three reviewers and hold the review meeting by July 20."),
    ("PRC meeting schedule", "The Performance Review Committee meetings for the trading groups are scheduled "
     "for July 24-26. Supervisors should have all reviewer feedback entered before then."),
    ("Training: Derivatives I", "Derivatives I will be offered on August 7-8. The course covers futures, "
     "swaps and options on energy commodities. Enroll on the training website; seats are limited to 30."),
    ("Mandatory ethics training", "All employees must complete the annual code of conduct training by "
     "September 30. It takes about 45 minutes online."),
    ("Reminder: select your reviewers", "Please select your reviewers in PEP by Friday. You should choose "
     "people you worked with closely during the period."),
    ("Excel for traders", "An advanced Excel class for traders and analysts runs Tuesday evenings in October. "
     "Contact Training to enroll."),
])

writer("Lena Fischer", "lena.fischer@meridianlogistics.com", "reviews and training", "report", "today",
       "Lena Fischer\nLearning & Development", [
    ("Annual review cycle 2026", "Hi all,\n\nOur annual review cycle starts on 1 November. Timeline:\n- 1-15 "
     "Nov: self-reflection in Workday\n- 16-30 Nov: manager conversations\n- December: calibration\n- January: "
     "salary and bonus letters\n\nGuides for employees and managers are on the intranet."),
    ("Forklift refresher training", "Forklift refresher training is mandatory every two years. Your "
     "certificate expires in March; please book a session on the learning platform."),
    ("Leadership programme", "Applications for next year's leadership programme are open until 31 October. "
     "Speak to your manager first; places are limited to 16."),
    ("Calibration sessions", "Managers: calibration sessions are booked for 8-10 December. Please have ratings "
     "in Workday by the 5th."),
    ("New e-learning: cyber security", "A new 20-minute e-learning module on phishing is available. Completion "
     "by the end of the month is required for all office staff."),
    ("First aid course", "There are 4 places left on the first aid course on 12 May. First come, first "
     "served."),
])

# --- IT -------------------------------------------------------------------------------------------------------

writer("Westbrook IT Help Desk", "helpdesk@westbrookenergy.com", "IT", "tune", "2001",
       "IT Help Desk x3-1411", [
    ("Outlook upgrade this weekend", "All desktops will be upgraded to Outlook 2000 this weekend. Please log "
     "off but leave your PC on when you leave Friday. If you have problems Monday call x3-1411."),
    ("Virus alert", "A virus called 'ILOVEYOU' is spreading through e-mail. Do NOT open any attachment named "
     "LOVE-LETTER-FOR-YOU.TXT.vbs. Delete the message and call the help desk."),
    ("Mailbox size limits", "Starting next month mailboxes will be limited to 75 MB. Please archive or delete "
     "old mail. Instructions are on the IT intranet page."),
    ("Trading floor network", "The trading floor network will be down Sunday from 2 to 6 am for a switch "
     "replacement."),
    ("New application: Unify", "The new scheduling application, Unify, goes live on the 1st. Training sessions "
     "are in room 35C this week."),
    ("Password reminder", "Your network password expires in 5 days. Press Ctrl-Alt-Del and choose Change "
     "Password."),
    ("RE: Blackberry", "Your Blackberry request is approved. Pick it up at the help desk on 33."),
])

writer("Omar Haddad", "omar.haddad@stcolumbahealth.org", "IT", "report", "today", "Omar Haddad\nIT Service Desk", [
    ("Planned downtime: patient record system", "The electronic patient record system will be unavailable on "
     "Sunday from 02:00 to 04:00 for an upgrade. Downtime procedures apply; paper forms are on every ward."),
    ("Phishing test results", "Last month's phishing test: 14% of staff clicked the link. Please complete the "
     "short refresher module if you were one of them."),
    ("New laptops for admin staff", "Admin staff laptops are being replaced over the next six weeks. You'll get "
     "an appointment by email."),
    ("Re: printer on Ward 3", "Engineer booked for tomorrow morning."),
    ("MFA for remote access", "From 1 April, multi-factor authentication will be required for remote access. "
     "Please set up the authenticator app before then."),
    ("Your ticket INC0048213 has been resolved", "Your ticket 'Cannot open shared drive' has been resolved. If "
     "the problem continues, reply to this email to reopen it."),
])

# --- Facilities ---------------------------------------------------------------------------------------------

writer("Building Services", "facilities@westbrookenergy.com", "facilities", "tune", "2001", "Building Services", [
    ("Fire drill Wednesday", "There will be a fire drill Wednesday at 10:30 am. When the alarm sounds, use the "
     "nearest stairwell and gather at the assembly point on Louisiana Street."),
    ("Floor moves", "The Structuring group moves from 31 to 32 this weekend. Please pack your desk by Friday "
     "at 3; boxes and labels are by the copy room."),
    ("Parking garage", "Level 3 of the garage will be closed for resurfacing next week. Please park on levels "
     "4-6."),
    ("Air conditioning", "The air conditioning on 33 will be off Saturday for repairs. If you are coming in, "
     "dress for it."),
    ("Lost and found", "A set of keys with a Rice University key ring was found in the 31st floor kitchen."),
    ("Badge access", "New badges will be issued next week. Bring your old badge to the security desk in the "
     "lobby."),
])

writer("Priscilla Gomez", "priscilla.gomez@meridianlogistics.com", "facilities", "report", "today",
       "Priscilla Gomez\nWorkplace Experience", [
    ("Desk booking changes", "From Monday, desks on the 2nd floor must be booked in the app. Unbooked desks will "
     "be released at 10:00."),
    ("Kitchen deep clean", "The kitchen will be closed Thursday afternoon for a deep clean. Please take your "
     "food out of the fridge by noon."),
    ("Lift maintenance", "The east lift will be out of service on Saturday."),
    ("Re: meeting room screen", "The screen in Dock 2 is fixed. Thanks for reporting it."),
    ("Summer BBQ", "Our summer BBQ is on 20 June from 16:00 in the yard. Families welcome!"),
    ("Heating", "We know the first floor is cold in the mornings. An engineer is coming on Tuesday."),
])

# --- Travel -------------------------------------------------------------------------------------------------

writer("Westbrook Travel", "travel@westbrookenergy.com", "travel", "tune", "2001", "", [
    ("Your itinerary: Houston - Portland", "ITINERARY FOR: KESSLER/DWAYNE\n\nTUE 12JUN CONTINENTAL 1571 "
     "DEPART IAH 0815 ARRIVE PDX 1045\nHOTEL: THE BENSON PORTLAND 2 NIGHTS\nTHU 14JUN CONTINENTAL 1578 DEPART "
     "PDX 1410 ARRIVE IAH 2009\n\nPLEASE CHECK YOUR ITINERARY AND ADVISE OF ANY CHANGES."),
    ("Travel policy reminder", "Flights over 4 hours may be booked in business class only with vice president "
     "approval. All bookings must go through the travel office."),
    ("Corporate card statements", "Please submit your expense reports for last month by the 10th. Late reports "
     "delay your card payment."),
    ("RE: change of flight", "Changed you to the 5:40 flight, no fee. New itinerary attached."),
    ("Hotel rates for London", "Our negotiated rate at the Thistle Tower is GBP 145 per night through March."),
    ("Travel after September 11", "Until further notice, all non-essential travel is suspended. Please check with "
     "your manager before booking any trip."),
])

writer("Yuki Sato", "yuki.sato@brightlinesoftware.io", "travel", "report", "today", "", [
    ("Offsite travel: please book by Friday", "Hi all, flights to Lisbon for the offsite should be booked in "
     "Navan by Friday. The company pays for economy, and the hotel is already booked for everyone."),
    ("Re: visa letter", "I've sent you the invitation letter for your visa appointment. Let me know if the "
     "consulate needs anything else."),
    ("Booking confirmation: Berlin", "Your trip to Berlin is confirmed: 14-16 Oct, Hotel Adlon. Receipts go to "
     "the expenses tool."),
    ("Per diem rates", "Per diem rates for the new year are updated on the travel page."),
    ("Travel insurance", "Everyone travelling for work is covered by the company's travel insurance. The card "
     "is in the wiki."),
])

# --- Meetings and assistants --------------------------------------------------------------------------------

writer("Debbie Faulk", "dfaulk@westbrookenergy.com", "assistants", "tune", "2001",
       "Debbie Faulk\nAssistant to Mark Delaney\nx3-2200", [
    ("Staff meeting", "Mark's staff meeting is moved to Thursday at 3 pm in 50M. Please bring your Q4 "
     "budgets."),
    ("RE: meeting with Calpine", "Mark can meet the Calpine people Tuesday at 10 or Wednesday at 4. Which do "
     "you prefer?"),
    ("Offsite agenda", "Attached is the agenda for the management offsite at the Woodlands. Dinner is at 7 on "
     "Thursday."),
    ("Conference room", "I booked 50C for your 2 o'clock with the bankers."),
    ("Birthday", "Cake in the 50th floor kitchen at 3 for Carol's birthday."),
    ("Re: Re: dinner", "Reservation at Tony's for 8 at 7:30 Friday under Delaney."),
    ("Calendar", "Mark will be out of the office from the 20th to the 27th. I have access to his e-mail."),
])

writer("Sam Whitaker", "sam.whitaker@meridianlogistics.com", "assistants", "report", "today", "Sam", [
    ("Invitation: Quarterly business review @ Tue 14:00", "Quarterly business review\nWhen: Tuesday 14:00-15:30\n"
     "Where: Boardroom / Teams\n\nAgenda: Q2 volumes, customer churn, warehouse automation project. Please "
     "accept or decline."),
    ("Updated invitation: Ops sync", "The ops sync has moved to Wednesdays at 09:30 from next week."),
    ("Re: board dinner", "Table for 12 booked at Rijks, 19:00. Dietary requirements to me by Monday please."),
    ("Visitors Thursday", "We have visitors from a customer on Thursday. Please keep the Dock 1 room free from "
     "10:00 to 13:00."),
    ("Canceled: Team lunch", "Friday's team lunch is cancelled, sorry. We'll rebook next week."),
    ("Agenda for leadership meeting", "Agenda items for Monday's leadership meeting to me by Friday noon."),
])

# --- Finance and treasury ------------------------------------------------------------------------------------

writer("Lydia Morse", "lmorse@harbourtrust.com", "finance", "tune", "2001",
       "Lydia Morse\nChief Financial Officer\nHarbour Trust Bank", [
    ("Budget 2002", "Department budgets for 2002 are due to Finance by October 15. Please hold expense growth "
     "to 3% over this year unless you have a new product or branch."),
    ("Fed funds position", "Our fed funds position is long $45M overnight. Treasury will sell $20M tomorrow "
     "if the deposit run-off continues."),
    ("RE: bond portfolio", "I agree we should not add duration here. Let the agencies roll off and keep the "
     "cash short."),
    ("Board package", "Please have your sections of the board package to me by Wednesday. The board meets on "
     "the 18th."),
    ("Audit", "The external auditors arrive Monday. Please make sure your workpapers are ready."),
    ("Re: loan loss reserve", "Let's add $500k to the reserve this quarter given the Clear Lake credits."),
])

writer("Dev Malhotra", "dev.malhotra@brightlinesoftware.io", "finance", "report", "today",
       "Dev Malhotra | Finance", [
    ("Expense reports due", "Reminder: expense reports for October are due on the 5th. Receipts over €25 must "
     "be attached."),
    ("Budget planning 2027", "Budget planning for 2027 kicks off next week. Each team lead gets a template with "
     "this year's actuals. Headcount requests go in the second tab."),
    ("Re: invoice from AWS", "This month's AWS invoice is 18% over forecast. Can Platform explain the jump?"),
    ("Quarter close", "The quarter closes on Friday. Please get any purchase orders approved by Thursday."),
    ("New vendor onboarding", "New vendors need a W-9 or VAT certificate before we can pay them."),
    ("Re: corporate cards", "Your card limit has been raised to $10k."),
])

# --- Newsletters ---------------------------------------------------------------------------------------------

writer("Westbrook News", "westbrook.news@westbrookenergy.com", "newsletters", "tune", "2001", "", [
    ("Westbrook Weekly - October 12", "WESTBROOK WEEKLY\n\nIN THIS ISSUE\n* Gas desk sets volume record\n* "
     "United Way campaign passes $400,000\n* Welcome to our new employees\n* Softball league results\n\n"
     "NEW EMPLOYEES\nPlease welcome the 14 people who joined Westbrook in September, including three analysts "
     "in Structuring and a new scheduler in Gas Logistics.\n\nCAREER CORNER\nThis month's internal openings are "
     "on the Staffing page."),
    ("Westbrook Weekly - October 19", "IN THIS ISSUE\n* Q3 earnings\n* The new trading floor\n* Ask HR: how do "
     "I apply for an internal transfer?\n* Employee spotlight: Lorraine Fitch, Gas Settlements"),
    ("Westbrook Weekly - special edition", "A special edition on the company's response to the events of "
     "September 11, and how to give to the relief fund."),
    ("Energy news roundup", "Today's headlines: California ISO declares Stage 2 emergency; FERC orders refunds; "
     "Calpine shares fall 8%; Natural gas futures drop on storage build."),
    ("United Way", "Our United Way campaign ends Friday. 68% of employees have given so far."),
    ("Westbrook Weekly - November 2", "* Open enrollment starts\n* Houston Marathon team\n* Promotions and new "
     "hires\n* Holiday party save the date"),
])

writer("Meridian Pulse", "pulse@meridianlogistics.com", "newsletters", "report", "today", "", [
    ("Meridian Pulse | March", "Hello Meridian!\n\nThis month: our new cross-dock in Rotterdam is open, the "
     "safety award goes to the night shift in Venlo, and meet our new joiners. Plus: we're hiring drivers and "
     "planners - refer a friend and earn €750.\n\nRead more on the intranet."),
    ("Meridian Pulse | April", "In this issue: customer satisfaction score hits 8.4, sustainability report "
     "published, and a look behind the scenes of the control tower."),
    ("Industry digest", "This week in logistics: freight rates fall again, port congestion eases in Shanghai, "
     "and EU adopts new rules on driver rest times."),
    ("Meridian Pulse | May", "Congratulations to everyone promoted this spring, welcome to 23 new colleagues, and "
     "the results of the step challenge."),
    ("Engagement survey", "Our annual engagement survey is open until 30 April. It takes 10 minutes and is "
     "anonymous."),
])

# --- Operations and customers -------------------------------------------------------------------------------

writer("Pieter de Vries", "pieter.devries@meridianlogistics.com", "operations", "tune", "today", "Pieter", [
    ("Night shift cover", "We're two people short on the night shift this week. Anyone who can do an extra "
     "shift, let me know; overtime is approved."),
    ("Re: late trucks", "Three trucks from the Antwerp hub arrived after 06:00 today. I've asked the carrier for "
     "an explanation."),
    ("Peak season plan", "Attached is the peak season plan. We'll need 40 temporary staff from the agency from "
     "mid-November."),
    ("Inventory count", "Annual inventory count is Saturday 28th. All hands on deck from 07:00."),
    ("Safety incident", "Near miss in aisle 12 yesterday: a pallet fell from the second level. Please remind "
     "your teams about the stacking rules."),
    ("Re: customer complaint", "I've spoken to the customer, they accept the credit note."),
])

writer("Jasmine Cole", "jasmine.cole@brightlinesoftware.io", "sales", "report", "today",
       "Jasmine Cole\nAccount Executive, Brightline", [
    ("Re: Proposal for Acme Retail", "Hi Mark,\n\nThanks for the call today. As promised, attached is our "
     "proposal for 250 seats. The offer is valid until the end of the month. Happy to walk your team through it "
     "next week."),
    ("Pipeline review", "Pipeline review Thursday. Please update every opportunity in Salesforce by Wednesday "
     "night."),
    ("We won Northwind!", "Northwind signed a 3-year deal this morning. Huge thanks to the solutions team."),
    ("Re: pricing question", "The discount above 20% needs approval from Dev in Finance."),
    ("RFP response due", "The RFP response for the city council is due Friday at noon. I need the security "
     "section from IT by Wednesday."),
    ("Re: Re: demo", "Demo went well. They want a pilot with 20 users starting next month."),
])

# The frame a message travels in: shared by both halves and chosen by era, it says nothing about the kind.
COLLEAGUES = {
    "2001": ["Rhonda Beals", "Jerry Kimura", "Doug Petrakis", "Marisol Vega", "Kent Hollis", "Alma Reyes",
             "Clay Underwood", "Patsy Lin", "Wade Sorensen", "Nora Fitzgerald"],
    "today": ["Ines Carvalho", "Marco Bellini", "Zoe Adeyemi", "Tariq Aziz", "Freya Holm", "Noah Berg",
              "Leila Farahani", "Kwame Asante", "Elin Sund", "Sven Olsen"],
}
DOMAINS = {"2001": "westbrookenergy.com", "today": "meridianlogistics.com"}
NOTES = {
    "2001": ["FYI.", "see below", "Please advise.", "Pls handle", "Can we talk about this at 3?", "Agreed.",
             "Did you see this?", "Please file.", "Who should answer this?", "I'll take care of it.",
             "Thoughts?", "Noted, thanks.", "Sounds good to me.", "Forwarding per our conversation."],
    "today": ["Sharing in case useful", "+1", "Thanks for this!", "Looping in Zoe", "Adding Tariq for "
              "visibility", "Can we discuss in tomorrow's standup?", "Noted 👍", "Great, thanks",
              "Did anyone reply to this?", "Moving to bcc, thanks", "Quick question on the below",
              "See below - any objections?"],
}
FOOTERS = {
    "2001": [
        "=======================================================================\nCONFIDENTIALITY NOTICE: This "
        "electronic mail transmission contains information from Westbrook Energy Marketing L.P. which may be "
        "confidential or privileged. The information is intended to be for the use of the individual or entity "
        "named above. If you are not the intended recipient, be aware that any disclosure, copying, "
        "distribution or use of the contents of this information is prohibited. If you have received this "
        "electronic transmission in error, please notify us by telephone immediately.\n"
        "=======================================================================",
        "This message and any attachments are solely for the intended recipient and may contain confidential or "
        "privileged information. Nothing in this message constitutes a binding offer, acceptance or commitment "
        "on behalf of the sender or its affiliates unless expressly stated.",
        "_________________________________________________________________\nGet your FREE e-mail at "
        "http://www.hotmail.com",
    ],
    "today": [
        "This email and any files transmitted with it are confidential and intended solely for the use of the "
        "individual or entity to whom they are addressed. If you have received this email in error please "
        "notify the sender and delete it. Please consider the environment before printing this email.",
        "Sent from my iPhone",
        "Get Outlook for Android",
        "You're receiving this because you are a member of the All Staff group. To change how often you get "
        "these messages, visit your group settings.",
    ],
}


def _date(rng: random.Random, era: str) -> datetime:
    if era == "2001":
        start = datetime(2000, 9, 1, tzinfo=timezone(timedelta(hours=-5)))
        days = 600
    else:
        start = datetime(2024, 1, 8, tzinfo=timezone(timedelta(hours=1)))
        days = 900
    return start + timedelta(days=rng.randrange(days), minutes=rng.randrange(7 * 60, 20 * 60))


def _address(name: str, era: str) -> str:
    return name.lower().replace(" ", ".") + "@" + DOMAINS[era]


def _quoted(text: str) -> str:
    return "\n".join(">" + (" " + line if line else "") for line in text.split("\n"))


def _dress(rng: random.Random, w: Writer, subject: str, text: str) -> tuple[str, str, str, datetime]:
    """(sender, subject, body, date) of one message as it was sent: the writer's signature, the era's footer, and in
    some messages a colleague answering or forwarding it (Outlook's Original Message, a Notes forward, or a
    modern client's "On ... wrote:" quote) with a line on top."""
    body = text
    if w.signature and rng.random() < 0.75:
        body += "\n\n" + w.signature
    if rng.random() < 0.25:
        body += "\n\n" + rng.choice(FOOTERS[w.era])
    sender = f"{w.name} <{w.address}>"
    when = _date(rng, w.era)
    wrap = rng.random()
    for _ in range(1 + (rng.random() < 0.25)):
        if wrap >= 0.4:
            break
        other = rng.choice(COLLEAGUES[w.era])
        note = rng.choice(NOTES[w.era])
        later = when + timedelta(minutes=rng.randrange(3, 900))
        shown = sender.split(" <")[0]
        if w.era == "2001" and wrap < 0.25:
            body = (f"{note}\n\n-----Original Message-----\nFrom: {shown} [mailto:{sender.split('<')[1][:-1]}]\n"
                    f"Sent: {when:%A, %B %d, %Y %I:%M %p}\nTo: {other}\nCc: {rng.choice(COLLEAGUES[w.era])}\n"
                    f"Subject: {subject}\n\n{body}")
            subject = "RE: " + subject
        elif w.era == "2001":
            body = (f"{note}\n\n----- Forwarded by {other}/WEM on {when:%m/%d/%Y %I:%M %p} -----\n\n\n\t"
                    f"{shown}\n\t{when:%m/%d/%Y %I:%M %p}\n\t\t\n\t\t To: {other}\n\t\t cc: \n\t\t Subject: "
                    f"{subject}\n\n{body}")
            subject = "Fw: " + subject
        elif wrap < 0.25:
            body = f"{note}\n\nOn {when:%a, %d %b %Y at %H:%M}, {sender} wrote:\n\n{_quoted(body)}"
            subject = "Re: " + subject
        else:
            body = (f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\nDate: "
                    f"{when:%a, %b %d, %Y at %I:%M %p}\nSubject: {subject}\nTo: {_address(other, w.era)}\n\n{body}")
            subject = "Fwd: " + subject
        sender, when = f"{other} <{_address(other, w.era)}>", later
    return sender, subject, body, when


def messages(half: str, seed: int = 2002) -> list[dict]:
    """Every message of the writers of one half, dressed; the same seed gives the same mail."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    rng = random.Random(seed)
    rows = []
    for w in WRITERS:
        for i, (subject, text) in enumerate(w.mail):
            sender, subject, body, when = _dress(rng, w, subject, text)
            to = ", ".join(_address(n, w.era) for n in rng.sample(COLLEAGUES[w.era], 1 + rng.randrange(3)))
            if w.half != half:
                continue
            msg = EmailMessage()
            msg["From"] = sender
            msg["To"] = to
            msg["Subject"] = subject
            msg["Date"] = format_datetime(when)
            msg["Message-ID"] = f"<{w.address.split('@')[0]}.{i}.{seed}@{w.address.split('@')[1]}>"
            msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
            rows.append({"id": f"{w.address.split('@')[0]}-{i}", "writer": w.name, "kind": w.kind,
                         "subject": subject, "body": body, "sender": sender, "raw": msg.as_bytes()})
    return rows
