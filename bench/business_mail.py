"""Ordinary business mail, written message by message for this project (no template filling): a second non-job
set, in a style and a generator unlike scripts/nonjob_mail.py, to measure how much work mail the import's screen
lets through and how much of it the classifier gives a job label.

The mail of an energy trading company around 2001 and its neighbours: trading desks (offers, bids and positions in
the market sense), gas and power schedules, legal review of contracts, board meetings, press and vendor
interviews, performance reviews and promotions, benefits and open enrolment, organisation announcements, internal
job postings, travel, IT notices, forwarded chains, one-line replies, signatures and disclaimers. Every writer has
a kind of work and a manner of writing; each kind has at least two writers, and the writers are split into a
`tune` half (read while the screen and the rules were changed) and a `report` half (only counted, at the start and
at the end of that work). No message is about the reader's own job search, so every one is `other`.

    from business_mail import messages, write_mbox
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
    # How this writer signs: a Lotus Notes block, an Outlook signature, initials, nothing.
    signature: str = ""
    mail: list[tuple[str, str]] = field(default_factory=list)


WRITERS: list[Writer] = []


def writer(name: str, address: str, kind: str, half: str, signature: str, mail: list[tuple[str, str]]) -> None:
    WRITERS.append(Writer(name, address, kind, half, signature, mail))


# --- Gas trading desk -----------------------------------------------------------------------------------------

writer("Rusty Pell", "rusty.pell@ardenco.com", "gas trading", "tune", "", [
    ("", "what's our position at henry hub for nov? need it before 2"),
    ("RE: Transco Z6", "we're long 15,000/d at Z6 through the weekend. bid it back at +.42 if anyone asks, don't go "
     "lower than .38 without calling me"),
    ("Socal offers", "Socal border offers came in at 4.85 this morning, way off the screen. Nobody is lifting "
     "them. I'll hold our position flat until the storage report.\n\nrp"),
    ("storage #", "consensus was 62, we got 71. market dropped 12 cents in 4 minutes. nice call on the short "
     "position Tuesday"),
    ("Re: Chicago citygate", "I can offer you 5,000 a day for Dec at index plus 3. Let me know by noon, after that "
     "the offer goes away because I'm going to sell it on the screen."),
    ("EOL", "Keep the Waha offer up on EOL all day but tighten the spread to a penny when the weather model runs. "
     "If we get filled over 20,000 shut it off and page me."),
    ("", "Who sold the Jan/Feb spread at 9? that's not in the book"),
    ("bidweek", "Bidweek starts Monday. Same drill as last month: bids into the pool by 10, offers by 10:30, "
     "position summary to Hal by 3. Don't leave positions open over lunch.\n\nThanks\nRusty"),
    ("RE: NGPL Midcon", "fine by me. cut the volume to 8,000 and re-offer the balance tomorrow"),
    ("Re: basis", "Whoever did the Permian basis trades at .18 did a nice job. We closed that position at .29 "
     "this morning."),
    ("lunch", "Going to Irma's at 11:45, anyone in?"),
    ("Re: cash", "cash traded 3.12 to 3.20, mostly 3.15. we sold 20 at 3.17"),
])

writer("Carla Mendez", "carla.mendez@ardenco.com", "gas trading", "report",
       "Carla Mendez\nDirector, Gas Trading - Central\nArdenco North America\n(713) 555-0148", [
    ("Central desk positions - week ending 3/9", "All,\n\nPlease find below the net positions for the Central "
     "desk as of close on Friday.\n\nMichCon: long 22,500 MMBtu/d (Apr)\nANR SW: short 10,000 MMBtu/d (Apr-Oct)\n"
     "NGPL: flat\n\nThe ANR short position is hedged with the Apr-Oct strip we bought from Calloway. Please let "
     "me know if your numbers differ before Monday's risk meeting."),
    ("Counterparty offer - Lakeshore Utilities", "Jim,\n\nLakeshore Utilities has come back with a counter offer "
     "on the winter package: 30,000 MMBtu/d Nov-Mar at NYMEX plus $0.085, with a swing right of 20%. I think the "
     "swing is worth more than they are giving us credit for. Can we discuss at 3:00?"),
    ("Re: Bid for the Elkhart storage capacity", "The bid went in at $0.41 per MMBtu for the two-year term. The "
     "pipeline will post awards on the 18th. If we win it, we'll need Ray's team to set up the capacity in "
     "Unify before the first nomination."),
    ("Market update", "Prices firmed on the colder 6-10 day forecast. April NYMEX settled at $5.214, up 17 cents. "
     "Central basis was quiet. We added 5,000/d to the long position at Chicago at -0.02."),
    ("Re: holiday coverage", "I can cover the desk on the 26th and 27th. Tom said he would take New Year's Eve."),
    ("Trader meeting", "Please be in 32C2 tomorrow at 7:15 for the weekly trader meeting. Agenda: winter "
     "positions, credit limits for two counterparties, and the new EOL product list."),
    ("RE: MichCon deal 482211", "Ray,\n\nThe ticket shows a purchase, but this was a sale to MichCon at $5.02. "
     "Please correct it before the confirm goes out.\n\nThanks,\nCarla"),
    ("Closing the ANR position", "We closed out the remaining ANR SW short this morning at +0.045. Net P&L on the "
     "position since October is about $1.3 million. Thanks to everyone for the patience on this one."),
    ("", "Can you call me when you're off the phone?"),
    ("Re: Offer sheet for Monday", "Please make sure the offer sheet that goes to the marketers has the April "
     "and summer strips on it. Last week's only had the front month."),
    ("Re: desk move", "Our desk moves to the 32nd floor on Saturday. Please pack your personal items by Friday at "
     "4; IT will move the PCs and turrets over the weekend."),
])

# --- Power trading and scheduling -----------------------------------------------------------------------------

writer("Dwayne Hobart", "dwayne.hobart@ardenco.com", "power scheduling", "tune", "Dwayne", [
    ("Real time schedule 5/22", "Real time group,\n\nHE 14 through HE 19 we are buying 50 MW from Cinergy at "
     "$62. The tag is in. Please check that it flows and call me if the tag is cut."),
    ("RE: ERCOT zonal congestion", "The North to Houston interface went to 0 MW available again. Our offer in "
     "the balancing market was not taken. Expect a big imbalance charge for the day."),
    ("checkout", "Preschedule checkout with AEP is done for tomorrow. Everything matched except HE 22, they show "
     "25 MW and we show 35. I left a message with their scheduler."),
    ("Into Cinergy positions", "We're short 100 MW on peak for June into Cinergy. Jim wants to cover half of the "
     "position before the heat comes. Can the desk get me offers from the brokers by 11?"),
    ("Re: Outage at Plant Riverbend", "Unit 2 is off line until Thursday. That leaves us 150 MW short for the "
     "next three days. I've bought replacement power from TVA at $48 for on peak hours."),
    ("", "tag 4471 got cut, calling MISO now"),
    ("NERC TLR", "TLR level 3 called on the Cumberland flowgate at 13:05. Our schedules into TVA are curtailed by "
     "40%. Don't sell any more firm into that path today."),
    ("Schedulers' rotation - July", "Here is the July rotation for nights and weekends. If you want to switch "
     "shifts, switch with someone and copy me so I can update the sheet."),
    ("RE: bids for the weekend", "Weekend bids submitted to PJM: 25 MW at $19 off peak, 50 MW at $31 on peak. "
     "Confirmations will come in the morning."),
    ("tomorrow", "I'm out tomorrow for my kid's graduation, Terry is covering real time."),
    ("Re: hourly desk", "Good job last night on the emergency purchase. That saved us a fortune in penalties."),
])

writer("Priya Nandakumar", "priya.nandakumar@ardenco.com", "power scheduling", "report",
       "Priya Nandakumar | West Power Scheduling | Ardenco Power Marketing | Portland, OR", [
    ("CAISO day-ahead results", "Team,\n\nThe ISO published the day-ahead results at 13:10. Our supply bids at "
     "SP15 cleared for HE 12-20; the NP15 offers did not clear above $120. Total cleared: 1,240 MWh. The "
     "schedules are loaded in the system and the real-time desk has a copy."),
    ("Re: Mid-C position for Q3", "Our Mid-C position for Q3 is short 75 MW heavy load. With the low snowpack "
     "numbers I'd rather cover now than wait, but it's Tim's call."),
    ("COB curtailment", "BPA cut the California-Oregon intertie to 2,800 MW for maintenance from Tuesday to "
     "Friday. Please look again at any schedules over COB and let me know which ones you cannot flow."),
    ("Revised schedule for PGE", "Attached is the revised delivery schedule for Portland General for the "
     "weekend. The only change is HE 7-10 on Sunday, which drops from 50 to 30 MW at their request."),
    ("Re: Offer into Palo Verde", "We can offer 25 MW flat at Palo Verde for the balance of the week at $245. "
     "That price holds until 10 am Pacific."),
    ("Schedule review process", "Starting next Monday, every preschedule will get a second review by the "
     "lead scheduler before 10 am. Too many errors are getting through to the ISO and the penalties are adding "
     "up."),
    ("Fwd: Heat wave", "Looks like 108 in Sacramento on Thursday. Expect the ISO to call a stage 2 emergency. "
     "Make sure our load following positions are flat before noon."),
    ("", "Thank you! That fixed it."),
    ("Re: WSCC meeting in Salt Lake", "I'll go to the WSCC meeting in Salt Lake on the 14th. Flight leaves at "
     "7:10 and I'm back Thursday night."),
    ("Re: imbalance charges", "I looked at April's imbalance charges. Roughly $410,000 came from three days when "
     "the schedule was submitted late. I've set up a reminder for the shift leads so it doesn't happen again."),
    ("Real time checklist", "Attached is the updated real-time checklist. Please print it and put a copy at each "
     "desk. Questions to me or Sean."),
])

# --- Legal -----------------------------------------------------------------------------------------------------

writer("Eleanor Vasquez-Hart", "eleanor.vasquez-hart@ardenco.com", "legal", "tune",
       "Eleanor Vasquez-Hart\nSenior Counsel\nArdenco North America Corp.\n1400 Smith Street, EB 3812\nHouston, "
       "TX 77002\nPh: (713) 555-0192\nFax: (713) 555-0199", [
    ("ISDA with Calloway Resources - comments", "Mark,\n\nI have reviewed Calloway's mark-up of the ISDA Schedule. "
     "Most of it is acceptable. Three points remain open:\n\n1. Cross default threshold: they propose $50 million; "
     "our position is $25 million for a counterparty with their rating.\n2. Additional termination event on a "
     "merger: we cannot accept it as drafted.\n3. Governing law: New York, not Texas.\n\nI can join a call with "
     "their counsel on Thursday afternoon."),
    ("Confidentiality agreement - Project Falcon", "Attached is the form of confidentiality agreement for "
     "Project Falcon. Please do not send it to the other side until it has been approved by Credit and by me. The "
     "term should be two years and the non-solicit clause should stay in."),
    ("RE: GTC for power sales", "Dan,\n\nOur General Terms and Conditions do not allow the buyer to assign without "
     "consent. If Rockport wants that right we would need an amendment signed by both parties. I would not offer "
     "it unless they give something back on the credit terms."),
    ("Litigation hold notice", "PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION\n\nYou are receiving "
     "this notice because you may hold documents relevant to the pending arbitration with Westgate Power. Please "
     "do not delete or discard any e-mails, files or notes relating to Westgate from January 1999 onward. Contact "
     "me with any questions."),
    ("Re: Guaranty for Halstead Gas", "The guaranty is fine as revised. Credit still needs to confirm the cap of "
     "$15 million before I sign off."),
    ("Employment agreement template", "HR asked Legal to update the template employment agreement for traders to "
     "reflect the new non-compete period. I have made the changes; redline attached for your review. Please "
     "send comments by Friday."),
    ("Master netting agreement - status", "Status of the master netting agreements:\n\n- Blue Ridge Energy: "
     "executed\n- Pelham Utilities: their counsel reviewing our last draft\n- Crestline Marketing: on hold pending "
     "credit review\n\nI will update this list each Monday."),
    ("", "Please see my comments in the attached draft and call me if you want to discuss."),
    ("Re: Board resolution", "Yes, the board resolution must be signed before the closing. I will bring the "
     "originals to the meeting."),
    ("Review of the Tenaska term sheet", "I've been through the term sheet. The price mechanics work, but the "
     "force majeure language is weaker than in our standard form. Let's talk before we respond to their offer."),
    ("Re: signing authority", "Under the delegation of authority, a VP can sign deals up to 2 years and $10 "
     "million. Anything bigger needs an MD's signature."),
])

writer("Martin Grube", "martin.grube@ardenco.com", "legal", "report", "Martin", [
    ("executed contracts", "Attached are PDFs of the fully executed contracts for Tri-County Gas and the Fairmont "
     "Co-op. Originals are in the vault."),
    ("Re: Lakeshore confirm", "Legal review is done. The confirm can go out with the changes Eleanor made to "
     "paragraph 4."),
    ("NDA log", "Here is the updated NDA log. Six NDAs expire this quarter. Please tell me which ones the business "
     "still needs so I can start the renewals."),
    ("RE: Amendment No. 2", "The counterparty signed Amendment No. 2 but dated it wrong. I've asked them to "
     "initial the correction instead of re-signing the whole document."),
    ("contract database", "The contract database will be down Saturday from 8 to noon for an upgrade. If you need "
     "a copy of a contract over the weekend, please print it Friday."),
    ("", "Got it, thanks."),
    ("Re: Enabling agreements for the new EOL counterparties", "We have enabling agreements in place for 14 of the "
     "20 new counterparties. The other six have the paperwork and we are chasing them."),
    ("Subpoena - Colfax County", "We received a subpoena from Colfax County for gas sales records from 1998. I "
     "will coordinate the response with outside counsel. Please do not contact the county directly."),
    ("Re: Power of attorney", "The power of attorney for the Mexican subsidiary has been notarized and sent by "
     "courier. It should arrive Wednesday."),
    ("Filing deadline", "Reminder: the FERC filing for the Northline tariff change is due on the 30th. Comments on "
     "the draft to me by the 24th."),
    ("Re: trademark", "The trademark application for the new trading platform name was filed with the USPTO on "
     "Monday. The examiner's review usually takes three to four months."),
])

# --- Executive assistants: board meetings, scheduling, travel -------------------------------------------------

writer("Joanie Crisp", "joanie.crisp@ardenco.com", "assistant", "tune",
       "Joanie Crisp\nAssistant to Gordon Ashby\nx3-5521", [
    ("Board meeting - February 12", "The next meeting of the Board of Directors will be held Tuesday, February 12, "
     "at 9:00 a.m. in the Board Room, 50th floor. Board books will be distributed on February 6. Please send "
     "your sections to me by noon on February 1."),
    ("Re: Gordon's calendar", "Gordon can see you Thursday at 4:15 for 30 minutes. If that doesn't work, his next "
     "opening is Monday at 8:00."),
    ("Staff meeting cancelled", "This week's staff meeting is cancelled. Gordon is traveling. We will meet next "
     "Monday at the usual time."),
    ("Travel - Calgary", "Your travel is booked:\n\nContinental 1488, Houston to Calgary, dep 8:05 am, arr 11:42 "
     "am\nPalliser Hotel, confirmation 88213\nReturn Continental 1491 Friday 5:30 pm\n\nYour car will pick you "
     "up at 6:30."),
    ("Re: Budget review", "I've moved the budget review with the CFO to Wednesday at 2:00 in 50M. Please bring 15 "
     "copies."),
    ("", "He is on a call, I'll have him call you back."),
    ("Holiday party", "Reminder: the executive holiday party is Friday, December 14, at the Museum of Fine Arts, "
     "7 pm. Spouses are invited. Please RSVP by December 5."),
    ("Re: conference room", "I booked 50C for your interview with the Wall Street Journal reporter on Tuesday. "
     "Mark from PR will sit in."),
    ("Off-site", "The management off-site will be at The Woodlands Resort, March 8-9. Agenda to follow. Please hold "
     "the dates."),
    ("Re: expense report", "Your expense report is missing the receipt for the hotel in Denver. Can you send me a "
     "copy?"),
    ("Visitors Thursday", "We have 12 visitors from Tokyo Gas on Thursday. Please make sure the trading floor tour "
     "is set for 10:30 and lunch in the Energizer at noon."),
])

writer("Beverly Tull", "beverly.tull@ardenco.com", "assistant", "report",
       "Bev Tull | Office of the President | 713.555.0117", [
    ("Audit Committee meeting", "The Audit Committee will meet on Monday, April 22, at 2:00 p.m. in room 50C1. "
     "Arthur Andersen will present the first-quarter review. Materials will be sent by courier to the outside "
     "directors on April 17."),
    ("Re: Lunch with Mr. Yamada", "Lunch with Mr. Yamada is confirmed for Friday at 12:30 at Cafe Annie. I "
     "reserved a private room for six."),
    ("Calendar for next week", "Monday - in office\nTuesday - New York (analyst meetings)\nWednesday - New York, "
     "back at 9 pm\nThursday - Board dinner, 7 pm\nFriday - vacation day"),
    ("Re: Please schedule", "I found a time that works for everyone: Wednesday, 10:00-11:30, 50M. I'll send the "
     "invitation."),
    ("Passport", "Your passport expires in June. You'll need to renew it before the London trip in July. I can "
     "send it with the expedite service if you bring it in."),
    ("", "Done."),
    ("Seating for the dinner", "Attached is the seating plan for the dinner with the rating agencies. Please "
     "review and let me know of any changes by Wednesday."),
    ("Re: flights", "The 6 pm flight was full so I've put you on the 7:15. You'll arrive in Omaha at 9:40."),
    ("Christmas cards", "Please send me your Christmas card lists by November 15. The cards will be signed and "
     "mailed the first week of December."),
    ("Re: Quarterly review with the business units", "The quarterly business reviews are scheduled: "
     "Wholesale on the 3rd, Retail on the 4th, Broadband on the 9th. Two hours each, 50C."),
    ("Parking", "Your new parking card for the Allen Center garage is on my desk."),
])

# --- Human resources: benefits, reviews, promotions, postings --------------------------------------------------

writer("Sandra Oyelaran", "hr.communications@ardenco.com", "human resources", "tune",
       "Human Resources Communications\nArdenco Corp.", [
    ("2002 Open Enrollment begins November 5", "Open Enrollment for your 2002 benefits runs from November 5 "
     "through November 21. This is your once-a-year opportunity to change your medical, dental, vision and life "
     "insurance elections. If you do nothing, your current elections will carry over, except for the flexible "
     "spending accounts, which you must re-elect each year.\n\nEnroll online at the HR web site or call the "
     "Benefits Center at 1-800-555-0145."),
    ("Mid-year Performance Review: feedback due June 15", "The mid-year Performance Review Process (PRP) is under "
     "way. Reviewers selected by employees have received a request by e-mail. Please complete your feedback "
     "forms in the PRP system by June 15. Supervisors will meet with their employees to discuss results in July."),
    ("Internal job postings - week of 8/6", "The following positions are posted on the internal job board this "
     "week:\n\n- Manager, Gas Logistics (Houston), posting #01-4412\n- Specialist, Risk Controls (Houston), "
     "#01-4419\n- Senior Analyst, Power Structuring (Portland), #01-4423\n\nEmployees who have been in their current "
     "role for at least 12 months may apply through the internal posting site. Please let your supervisor know "
     "before you apply."),
    ("Employee Referral Program - new bonus", "Know someone who would be a great fit at Ardenco? Under the "
     "Employee Referral Program you can now earn $2,500 when a person you refer is hired into an exempt position "
     "and stays six months. Submit referrals through the HR site; the recruiting team will follow up with your "
     "candidate."),
    ("401(k) match change", "Effective January 1, the company match on the Savings Plan will be made in cash "
     "instead of company stock. You can move your existing matching contributions out of company stock at any "
     "time. See the attached Q&A."),
    ("Promotions announced", "We are pleased to announce the following promotions, effective February 1:\n\n"
     "To Vice President: Laura Kessler, Gas Structuring; Miguel Sandoval, Origination\nTo Director: Paul Ohlin, "
     "Risk Management; Anita Ross, Power Trading; Jason Wu, Finance\n\nPlease join us in congratulating them."),
    ("Reminder: harassment prevention training", "All employees must complete the online Harassment Prevention "
     "course by March 31. It takes about 45 minutes. Managers will receive a list of employees in their group "
     "who have not finished."),
    ("Year-end PRC schedule", "The year-end Performance Review Committee meetings are scheduled as follows:\n\n"
     "Associates and Analysts: November 27-28\nCommercial Managers: December 4\nDirectors: December 6\nVice "
     "Presidents: December 11\n\nPlease have your pre-rankings to HR by November 20. Ratings and bonus "
     "recommendations will be final after the last committee."),
    ("Salary planning worksheets", "Merit increase worksheets for your group are attached. The budget for merit "
     "increases this year is 4% of base salary. Please return the completed worksheets to your HR rep by "
     "January 18."),
    ("Welcome to the new Associates", "Please join us in welcoming the 42 Associates and 65 Analysts who started "
     "with the Associate & Analyst Program this week. They will be in orientation until August 10 and then rotate "
     "into the business units. If your group requested an Associate, your HR rep will contact you about "
     "placements."),
    ("Direct deposit", "Beginning with the March 15 payroll, pay stubs will be available online only. You will no "
     "longer receive a paper stub."),
    ("Flu shots", "Free flu shots will be given in the Body Shop on October 23 and 24, 8 am to 4 pm. Bring your "
     "badge."),
])

writer("Tom Fairweather", "tom.fairweather@ardenco.com", "human resources", "report",
       "Tom Fairweather\nHR Generalist - Wholesale Services\n713-555-0163", [
    ("Benefits fair on October 30", "Hi all,\n\nThe annual Benefits Fair will be held in the lobby on October 30 "
     "from 10 to 3. Representatives from Blue Cross, Cigna Dental and Vanguard will be there to answer questions "
     "before open enrollment starts. There will also be free health screenings."),
    ("Re: vacation carryover", "You can carry over up to 40 hours of vacation into next year. Anything above that "
     "is lost on December 31, so please schedule it now."),
    ("PRP reviewer selection", "It's time to choose your reviewers for the year-end Performance Review. Please "
     "log in to the PRP system and select five to seven reviewers by October 12. Your supervisor will approve "
     "the list."),
    ("Open position in Gas Accounting", "We have an opening for a Staff Accountant in Gas Accounting, reporting to "
     "Lisa Marsh. The posting is on the internal job board (#01-5120). If you know of anyone interested, please "
     "ask them to apply there; we'll review internal applicants first."),
    ("Re: Maternity leave", "Your short-term disability paperwork has been approved. Your leave starts June 4. "
     "Congratulations! Please let me know if anything changes."),
    ("New hire orientation moved", "New hire orientation for employees starting on the 15th will be held in "
     "EB 5C2 instead of the Hyatt. Please let your new team members know."),
    ("Re: Promotion letter", "I've prepared the promotion letter for Keith. It confirms his new title, Senior "
     "Specialist, and the salary increase effective the 1st. Can you sign it today so I can give it to him "
     "tomorrow?"),
    ("Summer intern program", "We'll have 30 summer interns this year. If your group would like an intern, please "
     "send me a short description of the project and the name of a mentor by March 1."),
    ("", "Can you send me the headcount numbers for your group?"),
    ("Workforce reduction - manager guide", "CONFIDENTIAL\n\nAttached is the manager guide for next week's "
     "reductions. Please read it before the training session on Monday. Do not discuss any names with your "
     "teams until the notifications are made."),
    ("Re: tuition reimbursement", "Your MBA courses qualify for tuition reimbursement up to $5,250 a year. Send "
     "me the form with your grades at the end of the semester."),
    ("Org chart", "Attached is the updated organization chart for Wholesale Services. Please check your part "
     "and send corrections to me by Friday."),
])

# --- Executives: organisation announcements ----------------------------------------------------------------------

writer("Gordon Ashby", "office.of.the.chairman@ardenco.com", "announcements", "tune", "Gordon Ashby", [
    ("Organizational announcement", "I am pleased to announce that Rebecca Lyle has accepted the position of "
     "Chief Risk Officer, effective immediately. Rebecca joined Ardenco in 1993 and most recently led the "
     "Credit group, where she built our counterparty risk system. She will report to me. Please join me in "
     "congratulating Rebecca in her new role."),
    ("Changes in Wholesale Services", "To strengthen our gas and power businesses, we are combining the East and "
     "West trading groups into one organization under Louis Kraft. Kevin Bradley, who led the West group, will "
     "move to London to head European trading. We thank Kevin for his leadership and wish him success in his "
     "new assignment."),
    ("Please welcome Dr. Helen Marsh", "Please welcome Dr. Helen Marsh, who joins Ardenco this week as Managing "
     "Director of Research. Helen comes to us from the University of Chicago, where she taught finance for ten "
     "years. Her group will support the trading desks with pricing models and weather forecasting."),
    ("Q3 results", "Today we reported third-quarter earnings of $0.43 per diluted share, up 28% over last year. "
     "Wholesale volumes grew 60%. I want to thank each of you for your hard work this quarter."),
    ("Employee meeting", "Please join me for an all-employee meeting on Tuesday at 10:00 a.m. at the Hyatt "
     "Regency ballroom. I will talk about our strategy for next year and answer your questions."),
    ("Our values", "Respect, integrity, communication and excellence. These are not just words on a wall. Each "
     "of us should read the Code of Ethics again this month and sign the annual certification."),
    ("Departure of Ray Monti", "After 14 years with the company, Ray Monti has decided to leave Ardenco to "
     "pursue other interests. Ray built our pipeline business from a single system to four. His responsibilities "
     "will be taken over by Sharon Ellis until a successor is named."),
    ("United Way campaign", "Our United Way campaign starts Monday. Last year we raised $2.8 million. Let's beat "
     "that number."),
    ("Re: thank you", "Thanks for the note. The team did a great job on the Northline deal."),
    ("New Chief Operating Officer", "The Board of Directors has elected Frank Doyle President and Chief "
     "Operating Officer. Frank has been with us since 1990 and has run Wholesale Services for the last three "
     "years. I look forward to working even more closely with him."),
])

writer("Lydia Broussard", "lydia.broussard@ardenco.com", "announcements", "report",
       "Lydia Broussard\nManaging Director, Ardenco Energy Services", [
    ("Welcome Jeff Nagle", "Team,\n\nPlease welcome Jeff Nagle, who joins us on Monday as Vice President of "
     "Commercial Sales for the Northeast. Jeff spent the last eight years at Consolidated Edison Solutions and "
     "knows the New York market well. He will sit on 8 near the sales team. Please stop by and say hello."),
    ("Leadership changes in EES", "Effective today, Sara Quinn will lead Operations and Pricing, and Dev Patel "
     "will head Customer Service. Both will report to me. Mike Torres, who held the combined role, has accepted "
     "a position in our Europe office and will move to London next month."),
    ("Re: congratulations", "Thank you, Lydia! I'm excited about the new role and about working with your "
     "group."),
    ("Sales results - April", "April was our best month so far: 41 new contracts signed with a total value of "
     "$310 million. Special thanks to the Midwest team for closing the Kroeger deal."),
    ("Town hall", "Our quarterly town hall is Thursday at 3 in the Energizer. Bring your questions; there will "
     "be time for Q&A."),
    ("Farewell to Beth Allen", "Beth Allen is retiring at the end of the month after 22 years. Please join us "
     "for cake in 8C1 on Friday at 3 pm to wish her well."),
    ("Appointment of regional heads", "I am happy to announce the appointment of three regional heads: Carol Weiss "
     "(West), Luis Ortega (Central) and Dan Brooks (East). Each will be responsible for sales, service and "
     "profitability in their region."),
    ("Re: reorg", "Nothing is final yet. Please don't forward the draft chart."),
    ("Customer satisfaction survey", "Our customer satisfaction score rose from 71 to 78 this year. Thank you all. "
     "The full survey results are attached."),
    ("Office move to Allen Center", "EES will move to Three Allen Center over the weekend of June 22. Movers "
     "will deliver crates on the 18th."),
])

# --- IT and facilities notices ------------------------------------------------------------------------------------

writer("IT Service Desk", "it.servicedesk@ardenco.com", "IT notices", "tune",
       "Ardenco IT Service Desk\nx3-1411 | servicedesk.ardenco.com", [
    ("Outage: Lotus Notes, Saturday 10 pm - Sunday 6 am", "The Notes mail servers will be unavailable from "
     "Saturday 10 pm to Sunday 6 am for a hardware upgrade. BlackBerry devices will not receive mail during this "
     "window. We apologize for the inconvenience."),
    ("Password expiration", "Your network password will expire in 5 days. Please change it by pressing "
     "Ctrl-Alt-Del and choosing Change Password. Passwords must be at least eight characters."),
    ("New VPN client", "A new version of the VPN client is available. Please install it before March 1, when the "
     "old version stops working. Instructions are on the IT web site."),
    ("Virus warning", "Do NOT open any message with the subject \"ILOVEYOU\". It carries a virus. Delete it "
     "immediately and empty your trash. If you already opened it, call the Service Desk."),
    ("Re: ticket 118204", "Your ticket has been resolved: the printer on 32 has been replaced. If the problem "
     "comes back, please reply to this message and the ticket will be reopened."),
    ("Mailbox size limit", "Your mailbox is over its size limit of 100 MB. You will not be able to send mail until "
     "you delete or archive some messages."),
    ("Windows 2000 rollout", "Your floor is scheduled for the Windows 2000 upgrade on May 9. Please save your "
     "files to your H: drive before you leave that evening. Your PC will be ready the next morning."),
    ("Application outage - Unify", "The Unify scheduling application will be down tonight from 11 pm to 1 am for "
     "a database upgrade. Nominations entered before 11 pm will not be affected."),
    ("Re: laptop", "Your new laptop is ready for pickup at the Service Desk, EB 2268."),
    ("Phone system maintenance", "The voice mail system will be unavailable Sunday from 2 to 4 am. Turret lines "
     "on the trading floor are not affected."),
])

writer("Facilities & Building Services", "building.services@ardenco.com", "IT notices", "report", "", [
    ("Fire drill Thursday", "There will be a fire drill on Thursday at 10:15 a.m. for floors 30 through 50. When "
     "the alarm sounds, please leave by the nearest stairwell and follow your floor warden."),
    ("Garage closed", "Levels 3 and 4 of the Allen Center garage will be closed this weekend for resurfacing. "
     "Please park on level 5 or above."),
    ("Elevator service", "Elevator bank C will be out of service from 7 pm Friday until 6 am Monday."),
    ("Holiday schedule", "The building will close at 2 pm on December 24 and reopen December 26. The cafeteria "
     "will be closed December 24 to 26."),
    ("Water shut-off", "Water will be shut off on floors 12 to 18 on Saturday from 8 am to noon to repair a "
     "valve."),
    ("Lost and found", "A black leather briefcase was found in the 5th floor conference room. Call x3-6200 to "
     "claim it."),
    ("Badge readers", "New badge readers will be installed at the south entrance next week. Please wear your badge "
     "at all times in the building."),
    ("Re: thermostat", "We sent a technician up to 34. The temperature should be back to normal within an hour."),
    ("Recycling", "Blue recycling bins are now on every floor. Please put paper only in the blue bins."),
    ("Hurricane preparedness", "With hurricane season here, please review the emergency plan on the intranet. "
     "If the building closes, a message will be posted on the emergency line, 713-555-0900."),
])

# --- Regulatory and government affairs ----------------------------------------------------------------------------

writer("Nora Keegan", "nora.keegan@ardenco.com", "regulatory", "tune", "Nora", [
    ("FERC order on the California refund case", "FERC issued its order this afternoon. In short: the refund "
     "period starts October 2, the mitigation plan is extended to the whole West, and there is a settlement "
     "conference before a judge in 15 days. Summary memo attached. Our position has not changed: we will oppose "
     "refunds for sales outside the ISO."),
    ("Testimony draft", "Attached is my draft testimony for the Senate committee hearing on the 21st. Please "
     "review section III on market design and send me edits by Wednesday."),
    ("Re: PUC workshop", "I'll attend the PUC workshop on direct access in San Francisco on Monday. Does anyone "
     "want me to raise the issue of the exit fees?"),
    ("Interview with Platts", "A reporter from Platts wants to interview me on the RTO filings. I'll keep to our "
     "public comments. Let me know if there is anything I should not say."),
    ("Candidates for the Texas PUC seat", "The Governor is expected to name a new commissioner next month. The two "
     "candidates most often mentioned are Rita Salas and Bill Hoover. Both have utility backgrounds. Let's talk "
     "about what this means for the ERCOT rules."),
    ("Re: comments due", "Our comments on the NOPR are due the 15th. I'm working on the first draft and will "
     "circulate it Monday."),
    ("Legislative update", "The Oregon bill on retail access passed the House 38-22. The Senate vote is expected "
     "next week. Our lobbyist thinks it will pass but with the customer protection amendments."),
    ("", "Can you call me? It's about the Ohio filing."),
    ("Re: conference call with the ISO", "The call with the ISO staff went well. They agreed to look again at the "
     "congestion charges for the summer months."),
    ("Application for market-based rates", "We filed the application for market-based rate authority for the new "
     "Louisiana subsidiary today. FERC usually acts within 60 days."),
])

writer("Jim Ostrander", "jim.ostrander@ardenco.com", "regulatory", "report",
       "James R. Ostrander\nVice President, Government Affairs\nArdenco Corp. | Washington, D.C.\n202-555-0131", [
    ("Meeting with Commissioner Hale", "We met with Commissioner Hale yesterday. She is sympathetic to our position "
     "on open access but worried about reliability. She asked for data on outages in markets with RTOs. Can the "
     "analysis group put something together by the 10th?"),
    ("Re: Energy bill - House markup", "The House Energy and Commerce markup is postponed to next Wednesday. The "
     "electricity title is still in play; we expect amendments on PUHCA repeal."),
    ("PAC contributions", "Reminder: contributions to the Ardenco PAC are voluntary. The form for payroll "
     "deduction is attached for those who asked."),
    ("Election results", "Good night for us in the state races: four of the five candidates we supported won, "
     "including both seats on the Arizona Corporation Commission."),
    ("Re: press interview", "I'm fine doing the interview with the Post reporter if PR is on the line. Please set "
     "it up for Thursday."),
    ("Trip to Sacramento", "I'll be in Sacramento Tuesday and Wednesday meeting with the Governor's staff and "
     "legislators on the rate freeze. Reachable on my cell."),
    ("Weekly regulatory report", "Attached is this week's regulatory report. Highlights: FERC approved the RTO "
     "West filing; the Texas PUC opened a rulemaking on market power; New York ISO proposed a new bid cap."),
    ("Re: talking points", "Your talking points are good. I'd drop the third bullet; it sounds defensive."),
    ("", "Thanks. Let's discuss Monday."),
    ("Hearing transcript", "The transcript of the hearing is attached. Our witness did well under questioning from "
     "the minority side."),
])

# --- Origination and structuring: deals, offers, bids -------------------------------------------------------------

writer("Brent Kowalczyk", "brent.kowalczyk@ardenco.com", "origination", "tune", "Brent", [
    ("Hollis County RFP", "Hollis County Electric put out an RFP for 200 MW of peaking capacity starting 2003. "
     "Offers are due April 15. I think we can offer the Wheatland turbines if the interconnection is done in "
     "time. Worth a meeting this week?"),
    ("Re: term sheet for Pinewood Paper", "Pinewood liked the term sheet but wants a fixed price for 10 years "
     "instead of 7. Structuring is rerunning the numbers. I told them we'd have a revised offer by Friday."),
    ("Deal approval - Marlow Steel", "Attached is the DASH for the Marlow Steel energy management deal. Total "
     "contract value $85 million over 8 years. We need RAC and Legal sign-off before the offer letter goes to "
     "their CFO on Thursday."),
    ("Bid results", "We lost the Pelham muni bid. Our offer was $1.10 over the winner's. They took the Dynegy "
     "offer because of the longer term. Lessons learned memo to follow."),
    ("Re: site visit", "Site visit to the Marlow mill is set for Tuesday. Plant manager will meet us at the gate at "
     "9."),
    ("Pipeline of deals - Q2", "Here's where the Q2 pipeline stands:\n\n1. Marlow Steel - final offer out, "
     "decision mid-May\n2. Pinewood Paper - negotiating term\n3. Ridgeway Hospital - early talks\n4. Kroeger "
     "stores - lost to a competitor\n\nLet me know if I've missed anything."),
    ("", "call me on my cell when you land"),
    ("Re: Valuation", "I need the curve for NYMEX through 2012 to price the Pinewood offer. Can you send the "
     "official curve as of yesterday?"),
    ("New opportunity - Cascade Aluminum", "Met with Cascade Aluminum's energy manager at the conference. They are "
     "unhappy with their current supplier and want a proposal for a 5-year deal. Big load: 300 MW flat. I'll "
     "send the notes."),
    ("Re: capacity offer", "The capacity offer to Hollis is in. Final price was $7.85/kW-month."),
    ("Congrats", "Nice work closing Marlow. Drinks on me at the Grotto tonight."),
])

writer("Felicia Dunmore", "felicia.dunmore@ardenco.com", "origination", "report",
       "Felicia Dunmore\nDirector, Mid-Market Origination\nArdenco North America\nOffice 713-555-0171 | Cell "
       "281-555-0134", [
    ("Offer to Brazos Valley Co-op", "Hi Nick,\n\nAs discussed, we are pleased to submit the following indicative "
     "offer for Brazos Valley's full requirements:\n\nTerm: Jan 2002 - Dec 2006\nPrice: $38.75/MWh flat, shaped "
     "to your load\nCredit: parental guaranty from Ardenco Corp.\n\nThis offer is indicative and subject to "
     "credit approval and definitive documentation. It expires on Friday at 5 pm CST."),
    ("Re: Brazos Valley - questions", "Their board meets on the 20th to review the offers. They have three bids; "
     "ours is in the middle on price but the only one with a 5-year term."),
    ("Structuring request", "Can structuring price a swing option for Brazos: 20% up, 10% down, daily, on the "
     "flat block? I'd like to include it as an alternative in the offer."),
    ("Re: win!", "Brazos Valley accepted our offer. Signing is on the 28th in Bryan. Thanks to Credit, Legal and "
     "Structuring for turning this around so fast."),
    ("Conference next month", "I'm speaking on a panel at the APPA conference in Nashville on the 14th. If anyone "
     "has customers attending, let me know and I'll set up meetings."),
    ("Re: RFP for Lone Star Refining", "Lone Star has short-listed three suppliers for their steam and power RFP, "
     "including us. Next step is a presentation to their management on the 9th."),
    ("", "Sounds good, see you there."),
    ("Re: customer dinner", "Dinner with the Lone Star team is at Pappas Bros. at 7 on Tuesday. Six of us, six of "
     "them."),
    ("Lost deal review", "We lost Lone Star on price. Their winning bid was 9% below ours, which we think is below "
     "cost. I'd like a short review with structuring to see if our curves are too high in ERCOT."),
    ("Re: Expense approval", "Approved. Please keep the receipts."),
])

# --- Credit and risk: positions, limits, assessments --------------------------------------------------------------

writer("Yusuf Demir", "yusuf.demir@ardenco.com", "credit and risk", "tune",
       "Yusuf Demir\nCredit Risk Management\nx3-7730", [
    ("Credit watch list", "The following counterparties have been added to the credit watch list: Pacific Gas & "
     "Electric, Southern California Edison. New trades with either must be approved by Credit before execution. "
     "Existing positions are not affected."),
    ("Re: credit limit for Crestline", "Crestline's limit stays at $5 million. Their financials are weak and the "
     "parent won't guarantee. We can go higher only with a letter of credit."),
    ("Daily VaR report", "Total VaR as of close yesterday: $48.2 million, within the $65 million limit. The gas "
     "desk was the largest contributor because of the long winter position."),
    ("Counterparty risk assessment - Halstead Gas", "I've completed the annual risk assessment for Halstead Gas. "
     "Rating stays at BBB-. The assessment and the updated financial ratios are attached."),
    ("Re: margin call", "We made a margin call on Rockport for $12 million this morning. They have until 2 pm "
     "tomorrow to post collateral."),
    ("Position limits breach", "The power desk exceeded its position limit by 150 MW yesterday afternoon. The "
     "position was reduced by close. Please document the cause and send it to me for the risk committee."),
    ("", "Approved."),
    ("Re: collateral", "Received $3 million cash from Blue Ridge. Their exposure is now under the threshold."),
    ("Credit reserve methodology", "Attached is the revised credit reserve methodology for review by the Risk "
     "Committee on Tuesday. The main change is the use of market-implied default rates."),
    ("Re: new counterparty", "We need the last three years of audited financials and a signed credit application "
     "before we can set up Tamarack Energy."),
])

writer("Hal Whitcomb", "hal.whitcomb@ardenco.com", "credit and risk", "report", "hw", [
    ("Positions report - 3/14", "Attached is the consolidated positions report as of 3/14. Net gas position: long "
     "42 Bcf. Net power position: short 1,150 MW. Please check your books against the report before the 10 am "
     "call."),
    ("Re: P&L variance", "The $2.1 million variance on the West desk is a curve shift at Mid-C, not a booking "
     "error. I've attached the reconciliation."),
    ("Risk committee", "The risk committee meets Thursday at 4 in 49C3. Items: new limits for the weather desk, "
     "the Q3 stress test and the Crestline exposure."),
    ("Re: stress test", "Under the 1-in-20 scenario the portfolio loses $210 million over 10 days. The biggest "
     "contributor is the long-dated gas position."),
    ("Mark-to-market review", "Audit will review our mark-to-market process the week of the 20th. Please have the "
     "curve sign-off sheets for the last quarter ready."),
    ("", "Numbers look right. Thanks."),
    ("Re: limit increase request", "I can support a temporary increase of the gas desk's limit to 60 Bcf for the "
     "winter. It needs Rebecca's approval."),
    ("Book structure change", "From Monday, the Texas power positions will move from the East book to a new ERCOT "
     "book. Traders should book all new ERCOT deals there."),
    ("Re: options position", "The options position is short gamma near the $5 strike. We should buy some protection "
     "before expiry."),
    ("Daily risk memo", "Nothing unusual yesterday. All desks inside limits. VaR down 6% on the gas roll."),
])

# --- Personal and social mail at work -----------------------------------------------------------------------------

writer("Jen Pruitt", "jen.pruitt@ardenco.com", "personal", "tune", "", [
    ("", "are we still on for lunch? 12:15 downstairs"),
    ("fantasy football", "Draft is Thursday at 6 at Sherlock's. $50 buy in. Bring cash. Eleven teams so far, need "
     "one more."),
    ("Re: baby shower", "Yes! I'll bring the cake. Do we know if it's a boy or a girl yet?"),
    ("MS150", "I'm riding in the MS150 from Houston to Austin again this year. If you'd like to sponsor me, here's "
     "my page. Every dollar helps. Thanks!!"),
    ("Re: weekend", "Galveston was great, weather was perfect. We should all go in June."),
    ("Astros tickets", "I have 4 tickets for Friday's Astros game, section 112. Can't use them. First come first "
     "served."),
    ("Re: recipe", "Here's my mom's king ranch chicken recipe. Don't skip the Rotel."),
    ("", "lol. you're terrible"),
    ("happy hour", "Happy hour for Mandy's birthday Thursday at Slick Willie's after work. Tell everyone."),
    ("Re: car pool", "I can drive Mon/Wed, can you do Tue/Thu? Fridays we'll figure out."),
    ("garage sale", "Our neighborhood garage sale is Saturday. Lots of baby stuff and a treadmill if anyone "
     "wants it."),
])

writer("Mike Dalby", "mdalby@hotmail.com", "personal", "report", "Mike", [
    ("Re: golf Saturday", "Tee time is 7:40 at Memorial Park. Bring balls, you lost all of mine last time."),
    ("pics from the lake", "Here are the pictures from the lake house. The one of Steve falling off the tube is "
     "my favorite."),
    ("", "Did you see the game last night?? unbelievable"),
    ("Re: Rockets", "I've got two extra tickets to the Rockets on Tuesday if you and Karen want them."),
    ("moving", "We close on the new house the 15th. Could use help moving the couch on Saturday. Beer and pizza "
     "provided."),
    ("Re: reunion", "I'm in for the reunion. Has anyone heard from Dave? His old e-mail bounces."),
    ("Joke of the day", "A man walks into a bar with a set of jumper cables. The bartender says \"I'll serve you, "
     "but don't start anything.\""),
    ("Re: hunting lease", "The lease is $1,200 each for the season. Need your check by August 1."),
    ("Dad", "Dad's surgery went fine. He should be home by Thursday. Thanks for all the calls."),
    ("Re: Thanksgiving", "We'll be at Mom's around 1. Can you bring the pies?"),
])

# --- Research group: models, students, and hiring seen from inside ------------------------------------------------

writer("Anil Rao", "anil.rao@ardenco.com", "research", "tune", "Anil Rao\nResearch Group\nx3-4417", [
    ("Weather model results", "The new weather model beat the old one on 11 of the last 14 days for Houston and "
     "Chicago. I'd like to switch the desks over on Monday. Results attached."),
    ("Re: Option pricing for Pinewood", "The swing option is worth about $0.12/MMBtu with the volatility from the "
     "January curve. Spreadsheet attached; please don't change the formulas in the blue cells."),
    ("Candidates from Rice", "Vince,\n\nI met two PhD students from Rice at the career fair on Tuesday. Both look "
     "strong in stochastic calculus. I'd like to bring them in for interviews with the group next week. Their "
     "resumes are attached. Could Shirley set up the schedule?"),
    ("Re: Summer intern", "The summer intern from Stanford starts June 4. She'll work on the storage valuation "
     "model. Can we get her a desk near Paulo?"),
    ("Seminar Friday", "This Friday's research seminar: \"Mean reversion in power prices\" by Prof. Elena Ruiz, "
     "UH. 11:30, 19C2. Lunch provided."),
    ("Re: interview feedback", "I interviewed Mr. Chen this morning. Very good on statistics, weak on programming. "
     "I'd support an offer for the analyst level, not associate."),
    ("Credit model review", "The review of the credit model is done. Two issues: the default correlations are "
     "stale, and the recovery rate assumption is too high for utilities."),
    ("", "I'll look at it tonight and send comments."),
    ("Re: conference in Paris", "My paper was accepted for the energy risk conference in Paris in June. Could the "
     "group cover the travel?"),
    ("Re: GARCH", "Yes, GARCH(1,1) fits better for the gas returns, but the difference in VaR is small."),
])

writer("Greta Lindqvist", "greta.lindqvist@ardenco.com", "research", "report", "Greta", [
    ("Volatility curves", "Attached are the implied volatility curves for power at Cinergy and PJM as of "
     "yesterday's close. The summer vols are up about 8 points."),
    ("Re: Analyst for our group", "The Analyst program will rotate one analyst to our group in August. I've asked "
     "for someone with a math or physics degree. HR says we'll know the name in July."),
    ("Lunch and learn", "I'm giving a lunch and learn on real options next Wednesday at noon in 19C1. All are "
     "welcome; sandwiches will be provided."),
    ("Re: Resume from Professor Kim", "Professor Kim sent me the resume of one of his students. I forwarded it to "
     "recruiting. I don't think we have an opening until next year, but he could be a good summer intern."),
    ("Model documentation", "Please use the new template for all model documentation. Audit asked for a standard "
     "format with inputs, assumptions, tests and limitations."),
    ("Re: Monte Carlo runtime", "I got the simulation down from 40 minutes to 6 by moving it to the Unix box. "
     "Same results to four decimals."),
    ("", "Yes, that's the right file."),
    ("Reading group", "Next reading group paper: Schwartz (1997) on the stochastic behaviour of commodity prices. "
     "Tuesday at 4."),
    ("Re: super saturday", "I can interview on Super Saturday, but only in the morning. Put me down for the first "
     "two slots."),
    ("Re: storage model", "The storage model now takes injection and withdrawal ratchets into account. The value of "
     "the Elkhart capacity goes up about 4%."),
])

# --- Public relations: press and vendor interviews ----------------------------------------------------------------

writer("Dave Sorensen", "dave.sorensen@ardenco.com", "press and vendors", "tune",
       "Dave Sorensen\nCorporate Communications\n713-555-0188 (office) | 713-555-0100 (pager)", [
    ("Interview request - Houston Chronicle", "The Chronicle's energy reporter would like to interview Frank about "
     "our broadband business for a Sunday feature. She needs 30 minutes this week. I recommend we do it; the "
     "piece will run either way."),
    ("Re: CNBC", "CNBC confirmed the live interview for Tuesday at 7:40 am Eastern from the Houston studio. Car "
     "at 5:45. I'll send briefing notes tonight."),
    ("Press release - draft", "Attached is the draft press release on the Northline pipeline expansion. Legal has "
     "reviewed it. Please send your comments by 3 pm; we want to put it on the wire at 8 am tomorrow."),
    ("Media clips", "Today's clips: WSJ on the California crisis (we are mentioned twice), FT on European gas "
     "deregulation, Platts on our new online platform. Full text attached."),
    ("Annual report photos", "The photographer will be on the trading floor Thursday from 7 to 9 am for annual "
     "report photos. Please dress for the camera if you sit on 32."),
    ("Re: Fortune interview", "The Fortune interview went well. The writer asked a lot about our culture and the "
     "review process. Fact checkers may call some of you; please send them to me."),
    ("Vendor interviews for the website redesign", "We've narrowed the web design agencies to three. Each will "
     "come in for a two-hour interview next week so we can see their work and meet the teams. Please let me "
     "know which slots you can attend."),
    ("", "Statement is approved, go ahead and release it."),
    ("Re: speech", "Here is the final version of the speech for the Cambridge Energy conference. Teleprompter copy "
     "will be ready on Monday."),
    ("Crisis communications drill", "We will run a crisis communications drill on the 12th, simulating a pipeline "
     "incident. Members of the crisis team should plan to be available from 8 to 12."),
])

writer("Kimberly Ng", "kimberly.ng@ardenco.com", "press and vendors", "report", "Kimberly Ng | Media Relations", [
    ("Reporter call - Dow Jones", "A Dow Jones reporter called asking about rumors that we are selling the Oregon "
     "utility. Our answer: we do not comment on market rumors. Please forward any calls to me."),
    ("Re: podcast", "The Energy Insider show wants Lydia for a 20-minute interview on retail choice. Recording "
     "would be by phone next Thursday."),
    ("Interviews for the PR agency", "We will interview the three PR agencies on Monday: Hill & Sloane at 9, "
     "Baxter Group at 11, Ridley Partners at 2. Please review their proposals before the meetings."),
    ("Re: quote approval", "Here is the quote for the press release: \"This agreement shows that customers want "
     "choice.\" OK to use?"),
    ("Press conference", "The press conference for the Brazos Valley announcement is Wednesday at 10 at the "
     "co-op's headquarters. Lydia will speak first, followed by their general manager."),
    ("", "Thanks, got it."),
    ("Re: magazine profile", "The profile of Gordon in Texas Monthly will run in the March issue. They sent a "
     "photographer's schedule; I'll coordinate with Joanie."),
    ("Media training", "Media training for the new VPs is on the 19th, 1 to 5 pm. It includes a mock TV interview, "
     "so please bring a jacket."),
    ("Re: vendor selection", "We chose Ridley Partners. Their proposal was the strongest and their price was in the "
     "middle. I'll let the other two agencies know."),
    ("Weekend coverage", "I'm on call for media this weekend. Pager 713-555-0102."),
])

# --- Settlements and confirmations ---------------------------------------------------------------------------------

writer("Luz Carrillo", "luz.carrillo@ardenco.com", "settlements", "tune",
       "Luz Carrillo\nGas Settlements\n713-555-0152", [
    ("March invoices", "The March gas invoices went out today. Please let me know by the 20th if a counterparty "
     "disputes the volumes."),
    ("Re: Payment from Tri-County", "Tri-County short paid by $41,250. They say the price on deal 501233 should be "
     "$3.85, not $3.95. Can the trader confirm?"),
    ("Prior period adjustments", "We found 17 prior period adjustments for January. Attached is the list. Most are "
     "small volume differences with the pipelines."),
    ("", "Where can I find the contract for deal 388812?"),
    ("Re: netting", "We can net the March and April payments with Blue Ridge; they agreed. Net amount due to us is "
     "$218,400."),
    ("Month-end close", "Month-end close schedule: volumes final by workday 3, invoices by workday 5, accruals by "
     "workday 6. Please plan accordingly."),
    ("Re: pipeline imbalance", "Transco shows a 22,000 MMBtu imbalance for February. Scheduling says it's on their "
     "side. I've asked for their detail."),
    ("Wire instructions changed", "Please note that Crestline Marketing changed banks. New wire instructions are "
     "attached. Do not pay to the old account."),
    ("Re: audit confirms", "I sent the audit confirmations to the eight counterparties Andersen selected."),
    ("Settlements system upgrade", "The settlements system will be upgraded on the weekend of the 24th. Invoices "
     "for that week will go out a day late."),
])

writer("Ray Pham", "ray.pham@ardenco.com", "settlements", "report", "Ray", [
    ("Unconfirmed deals", "Attached is the list of deals older than 5 days that have not been confirmed by the "
     "counterparty. Traders, please call your counterparts today."),
    ("Re: deal 482211", "Corrected. It's now a sale at $5.02 and the confirm went out at 2:14."),
    ("Confirmation template", "The new confirmation template for physical power is attached. It adds the "
     "scheduling contact and the tag requirements."),
    ("", "Confirm sent."),
    ("Re: EOL confirms", "Deals done on EOL don't need a paper confirm if the counterparty has signed the "
     "electronic trading agreement. These five have not, so I sent paper."),
    ("Broker statements", "The March broker statements from Prebon and Amerex do not match our records on three "
     "deals. Details attached. I'd like the traders to check before I dispute the fees."),
    ("Re: disputed confirm", "Rockport says the deal was for Apr-Oct, our ticket says Apr-Sep. The tape from the "
     "trading floor will settle it. I've asked compliance to pull it."),
    ("Confirmations staffing", "Two people on our team are out next week, so confirms may take an extra day. "
     "Please book your deals before 3 pm so we can keep up."),
    ("Re: ISDA confirm for the swap", "The swap confirm references the ISDA dated 1998. Legal says there is a newer "
     "one from 2000; I'll fix the reference."),
    ("Deal entry errors - April", "We had 63 deal entry errors in April, down from 88 in March. The most common: "
     "wrong delivery point and wrong price unit."),
])

# --- Associate & Analyst program: campus recruiting run from inside -----------------------------------------------

writer("Shelly Jimenez", "shelly.jimenez@ardenco.com", "campus recruiting", "tune",
       "Shelly Jimenez\nAssociate & Analyst Program\nArdenco Corp.\n713-555-0124", [
    ("Super Saturday - volunteers needed", "We are hosting Super Saturday on November 3 for 60 undergraduate "
     "students from our core schools. We need 24 interviewers from the commercial groups for the day, 8 am to "
     "4 pm. If you can help, please reply by Friday. Breakfast and lunch are provided."),
    ("Interview schedule for Saturday", "Attached is your interview schedule for Super Saturday. You will see six "
     "students. Please fill in an evaluation form after each interview and leave the forms with the coordinator "
     "in room 5C1 before you go to lunch."),
    ("Decision meeting", "The decision meeting for Super Saturday is Monday at 7:30 am in 50M. Please bring your "
     "evaluation forms. Offers will be made to students by the end of the week."),
    ("Campus team - UT Austin", "Thank you for joining the UT campus team this year. Our first event is the "
     "information session on September 18 in the business school. The team will fly up on the company plane at "
     "2 pm."),
    ("Re: rotation", "Your new Analyst, Priscilla Gomez, rotates into the gas structuring group on the 1st. Please "
     "make sure she has a desk, a PC and a supervisor for her performance review."),
    ("Analyst PRC results", "The Analyst PRC results are final. Supervisors will receive their Analysts' ratings "
     "by Thursday and should give feedback in person before the end of the month."),
    ("Re: Program budget", "The recruiting budget for next year is $1.4 million, down 10%. We will visit 18 "
     "schools instead of 22."),
    ("Summer Associate reception", "Please join us in welcoming this year's Summer Associates at a reception on "
     "June 12, 5:30 pm, at the Four Seasons."),
])

writer("Ted Bramble", "ted.bramble@ardenco.com", "campus recruiting", "report", "Ted", [
    ("Interviewers for Rice on Thursday", "We still need two interviewers for first-round interviews at Rice on "
     "Thursday. Schedules are 9 to 5 with 30-minute slots. Lunch at Valhalla with the students after. Anyone?"),
    ("Re: offers to summer associates", "Of the 35 Summer Associates, 28 received full-time offers and 21 have "
     "accepted so far. The deadline for the others is November 1."),
    ("Career fair booth", "The booth for the Texas A&M career fair is packed and will ship Tuesday. Please bring "
     "brochures and the giveaways from the supply room."),
    ("Re: feedback forms", "Please send me the feedback forms for the students you met at Wharton. I need them to "
     "close the file for the recruiting season."),
    ("Associate orientation", "Associate orientation runs August 6-17. The new Associates will spend the first week "
     "in classes on trading, credit and accounting, and the second week visiting the business units."),
    ("", "Can you cover the Baylor info session on the 9th?"),
    ("Re: rotation requests", "Rotation requests for the Associates are due by the 15th. I'll match them to the "
     "open rotations by the end of the month."),
    ("Holiday party for the program", "The Associate & Analyst holiday party is Friday, December 7, at Ovations. "
     "Program members and their supervisors are invited."),
])

# The frame a message travels in: shared by both halves, it says nothing about the message's kind.
COLLEAGUES = ["Sally Okafor", "Greg Whitley", "Teresa Lund", "Victor Ames", "Diane Roper", "Phil Castaneda",
              "Maureen Holt", "Kevin Sato", "Laura Pemberton", "Steve Gaines", "Renee Fox", "Bill Tran"]
NOTES = ["Forwarding for your files.", "FYI", "fyi - see below", "Please see below.", "Please handle.",
         "Can you take care of this?", "Any thoughts?", "Let's discuss tomorrow.", "Is this right?",
         "Please print this for me.", "See the note below.", "Agree.", "Who is the right person for this?",
         "Please review and let me know.", "", "Thanks for sending.", "I'll be there.", "Ok with me."]
DISCLAIMERS = [
    "**********************************************************************\nThis e-mail is the property of Ardenco "
    "Corp. and/or its relevant affiliate and may contain confidential and privileged material for the sole use of "
    "the intended recipient(s). Any review, use, distribution or disclosure by others is strictly prohibited. If "
    "you are not the intended recipient (or authorized to receive for the recipient), please contact the sender "
    "or reply to Ardenco Corp. at postmaster@ardenco.com and delete all copies of the message. This e-mail (and "
    "any attachments hereto) are not intended to be an offer (or an acceptance) and do not create or evidence a "
    "binding and enforceable contract between Ardenco Corp. (or any of its affiliates) and the intended "
    "recipient or any other party, and may not be relied on by anyone as the basis of a contract by estoppel or "
    "otherwise. Thank you.\n**********************************************************************",
    "The information contained in this communication is confidential and may be legally privileged. It is "
    "intended solely for the use of the individual or entity to whom it is addressed.",
    "Get your FREE download of MSN Explorer at http://explorer.msn.com",
    "Do You Yahoo!?\nGet personalized email addresses from Yahoo! Mail - only $35\na year!",
]


def _date(rng: random.Random) -> datetime:
    start = datetime(2000, 6, 1, tzinfo=timezone(timedelta(hours=-6)))
    return start + timedelta(days=rng.randrange(540), minutes=rng.randrange(8 * 60, 19 * 60))


def _notes_stamp(when: datetime) -> str:
    return when.strftime("%m/%d/%Y %I:%M %p")


def _address(name: str) -> str:
    return name.lower().replace(" ", ".") + "@ardenco.com"


def _dress(rng: random.Random, w: Writer, subject: str, text: str) -> tuple[str, str, str]:
    """(sender, subject, body) of one message as it was sent: the writer's signature and the company footer,
    and in some messages a colleague forwarding it (Lotus Notes) or answering it (Outlook) with a line on top."""
    body = text
    if w.signature and rng.random() < 0.8:
        body += "\n\n" + w.signature
    if rng.random() < 0.2:
        body += "\n\n\n" + rng.choice(DISCLAIMERS)
    sender = f"{w.name} <{w.address}>"
    when = _date(rng)
    wrap = rng.random()
    hops = 1 + (rng.random() < 0.3)
    if wrap < 0.2:
        for _ in range(hops):
            other = rng.choice(COLLEAGUES)
            to = ", ".join(_address(n) for n in rng.sample(COLLEAGUES, 2))
            note = rng.choice(NOTES)
            later = when + timedelta(minutes=rng.randrange(5, 600))
            body = (f"{note}\n\n---------------------- Forwarded by {other}/HOU/ARD on {_notes_stamp(later)} "
                    f"---------------------------\n\n\n{sender.split(' <')[0]}\n{_notes_stamp(when)}\n"
                    f"To: {to}\ncc: {_address(rng.choice(COLLEAGUES))}\nSubject: {subject}\n\n{body}")
            sender, subject, when = f"{other} <{_address(other)}>", "FW: " + subject, later
    elif wrap < 0.35:
        for _ in range(hops):
            other = rng.choice(COLLEAGUES)
            note = rng.choice(NOTES) or "Thanks."
            later = when + timedelta(minutes=rng.randrange(5, 600))
            body = (f"{note}\n\n -----Original Message-----\nFrom: \t{sender.split(' <')[0]}  \nSent:\t"
                    f"{when:%A, %B %d, %Y %I:%M %p}\nTo:\t{other}\nSubject:\t{subject}\n\n{body}")
            sender, subject, when = f"{other} <{_address(other)}>", "RE: " + subject, later
    return sender, subject, body


def messages(half: str, seed: int = 2001) -> list[dict]:
    """Every message of the writers of one half, dressed; the same seed gives the same mail."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    rng = random.Random(seed)
    rows = []
    for w in WRITERS:
        for i, (subject, text) in enumerate(w.mail):
            sender, subject, body = _dress(rng, w, subject, text)
            if w.half != half:
                continue
            msg = EmailMessage()
            msg["From"] = sender
            msg["To"] = ", ".join(_address(n) for n in rng.sample(COLLEAGUES, 1 + rng.randrange(3)))
            msg["Subject"] = subject
            msg["Date"] = format_datetime(_date(rng))
            msg["Message-ID"] = f"<{w.address.split('@')[0]}.{i}.{seed}@ardenco.com>"
            msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
            rows.append({"id": f"{w.address.split('@')[0]}-{i}", "writer": w.name, "kind": w.kind,
                         "subject": subject, "body": body, "sender": sender, "raw": msg.as_bytes()})
    return rows
