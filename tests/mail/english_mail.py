"""Whole English job-search messages for the labels other than rejection, written for this project (none of it comes
from a data set or a real inbox): interview invitations, offers, assessments, acknowledgements, recruiter outreach
and job-adjacent mail that is none of them (job alerts, job-board newsletters, account and password mail, career
fairs and webinars, surveys). Subject, sender and body as an inbox export gives them, with HTML, signatures,
footers, quoted replies and replies written on a phone.

Every message has a `split` by writer or vendor style: "tune" messages may be read while the classifier's data is
fixed; "report" messages are only counted, at the start and at the end of a piece of work (bench/mail_english.py).
A vendor or a writer is in one half only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mail:
    label: str
    split: str
    sender: str
    subject: str
    body: str


EEO = ("\n\n{co} is an equal opportunity employer. All qualified applicants will receive consideration for employment "
       "without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, "
       "disability or veteran status.")
CONFIDENTIAL = ("\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended "
                "recipient(s) and may contain confidential information. If you are not the intended recipient, "
                "please notify the sender and delete this message.")
UNSUBSCRIBE = ("\n\nYou are receiving this email because you signed up at {co}. Unsubscribe | Manage preferences | "
               "Privacy Policy\n{co}, 100 Market Street, San Francisco, CA 94105")
PHONE = "\n\nSent from my iPhone"


def _q(date: str, who: str, text: str) -> str:
    """A quoted earlier message, as Gmail writes it."""
    return f"\n\nOn {date}, {who} wrote:\n" + "\n".join("> " + line for line in text.split("\n"))


T, R = "tune", "report"

INTERVIEW = [
    # --- tune: a Greenhouse-style coordinator, a startup founder, a campus recruiter, agency-free in-house mail
    Mail("interview", T, "Megan Ortiz <megan.ortiz@tidewell.io>", "Tidewell - Phone Screen",
         "Hi Daniel,\n\nThank you for your interest in the Data Analyst role at Tidewell! We've reviewed your "
         "background and would love to set up a 30-minute phone screen with our recruiter, Sam.\n\nCould you let me "
         "know which of the following times work for you (all times Pacific)?\n\n- Tuesday 3/12: 10:00am - 12:00pm\n"
         "- Wednesday 3/13: 1:00pm - 4:00pm\n- Thursday 3/14: 9:00am - 11:00am\n\nOnce you confirm, I'll send over a "
         "calendar invite with the dial-in details.\n\nBest,\nMegan Ortiz\nRecruiting Coordinator | Tidewell\n"
         "megan.ortiz@tidewell.io"),
    Mail("interview", T, "Tidewell Recruiting <no-reply@greenhouse.io>", "Interview Confirmation: Tidewell",
         "Hi Daniel,\n\nYour interview with Tidewell has been scheduled. Please see the details below.\n\n"
         "Position: Data Analyst\nDate: Thursday, March 14, 2019\nTime: 9:30 AM - 10:00 AM PDT\nInterviewer: Sam "
         "Patel, Technical Recruiter\nLocation: Phone - Sam will call you at (415) 555-0182\n\nIf you need to "
         "reschedule, please reply to this email as soon as possible.\n\nThanks,\nTidewell Recruiting"),
    Mail("interview", T, "Arjun Mehta <arjun@loopwise.co>", "Re: Backend Engineer application",
         "Hey Priya,\n\nThanks for applying! I'm one of the co-founders at Loopwise. Your work on the payments "
         "service at your last company is really relevant to what we're building.\n\nWould you be up for a quick "
         "call this week so we can tell you more about the team and hear what you're looking for? Here's my "
         "calendar, grab whatever works: https://calendly.com/arjun-loopwise/30min\n\nCheers,\nArjun"),
    Mail("interview", T, "Kelsey Brand <kbrand@harborpoint.com>", "Next steps - Harbor Point Financial",
         "Hi Chris,\n\nIt was great speaking with you yesterday. I shared my notes with the hiring manager and "
         "we'd like to move forward with the next step, which is a 45-minute video interview with Dana Kim, "
         "Director of FP&A, and one of her senior analysts.\n\nPlease use the link below to choose a time that "
         "works best for you over the next week:\n\nhttps://app.goodtime.io/schedule/9f2a1c\n\nLet me know if "
         "you have any questions in the meantime.\n\nKelsey Brand\nTalent Acquisition Partner\nHarbor Point "
         "Financial\nO: 617-555-0144" + CONFIDENTIAL),
    Mail("interview", T, "Kelsey Brand <kbrand@harborpoint.com>", "RE: Next steps - Harbor Point Financial",
         "Perfect, you're all set for Tuesday at 2pm ET. You'll get an invite from Dana's calendar shortly with "
         "the Teams link.\n\nKelsey" + PHONE + _q("Fri, Apr 5, 2019 at 4:02 PM", "Chris Nolan <chris.nolan@gmail.com>",
                                                 "Hi Kelsey, thanks! Tuesday afternoon works best for me, anytime "
                                                 "after 1pm ET.\nChris")),
    Mail("interview", T, "Campus Recruiting <campus@brightlineconsulting.com>",
         "Brightline Consulting - First Round Interview Invitation",
         "<html><body><p>Dear Jordan,</p><p>Congratulations! On behalf of Brightline Consulting, we are pleased to "
         "invite you to first round interviews for the <b>Summer 2020 Business Analyst Internship</b>.</p>"
         "<p>First round interviews will be held on campus at the Career Center on <b>Friday, October 11</b>. Each "
         "candidate will have two 30-minute interviews, one behavioral and one case.</p><p>Please sign up for an "
         "interview slot through Handshake by Tuesday, October 8.</p><p>We look forward to meeting you!</p><p>Best "
         "regards,<br>Brightline Campus Recruiting Team</p></body></html>"),
    Mail("interview", T, "Dana Kim <dana.kim@harborpoint.com>", "Invitation: Interview - Chris Nolan / FP&A @ Tue "
         "Apr 9, 2019 2pm - 2:45pm (EDT)",
         "You have been invited to the following event.\n\nInterview - Chris Nolan / FP&A\nWhen: Tue Apr 9, 2019 "
         "2pm - 2:45pm Eastern Time\nJoining info: Join Microsoft Teams Meeting\nCalendar: chris.nolan@gmail.com\n"
         "Who: Dana Kim - organizer, Chris Nolan, Kelsey Brand\n\nGoing? Yes - Maybe - No\n\nInvitation from Google "
         "Calendar"),
    Mail("interview", T, "Rachel Green <rachel@northfieldhealth.org>", "Second interview",
         "Good morning Maya,\n\nThank you for meeting with us last week. The panel enjoyed speaking with you and "
         "we would like to invite you back for a second interview with our Director of Nursing.\n\nWould "
         "Wednesday, June 5 at 11:00 AM or Thursday, June 6 at 2:00 PM suit you? The interview will take place at "
         "our Main Street campus, Building C, 3rd floor, and should last about an hour.\n\nKind regards,\nRachel "
         "Green\nHR Generalist\nNorthfield Health\n(312) 555-0190"),
    Mail("interview", T, "Tom Becker <tom.becker@quillsoft.com>", "Chat with the hiring manager?",
         "Hi Sam,\n\nThanks for your application to the Product Designer position. I'm the design manager for the "
         "team. I had a look at your portfolio and I'd love to have a casual 30 minute chat to learn more about your "
         "work and tell you about the role.\n\nAre you free any time Monday or Tuesday afternoon next week?\n\n"
         "Tom\n\n--\nTom Becker | Design Manager | Quillsoft"),
    Mail("interview", T, "Megan Ortiz <megan.ortiz@tidewell.io>", "Your virtual onsite with Tidewell",
         "Hi Daniel,\n\nCongrats on moving to the final round! Below is the agenda for your virtual onsite on "
         "Friday, April 12. All sessions are on Zoom; the link is the same for the whole day.\n\n10:00 - 10:45 "
         "SQL & data modeling (Ana)\n10:45 - 11:30 Product analytics case (Jesse)\n11:30 - 12:00 Break\n12:00 - "
         "12:45 Hiring manager conversation (Lena)\n12:45 - 1:15 Values interview (Marco)\n\nPlease make sure you "
         "have a quiet place and a stable connection. Let me know if you need any accommodations.\n\nBest,\nMegan"),
    Mail("interview", T, "Loopwise <arjun@loopwise.co>", "Following up",
         "Hi Priya, great chatting yesterday. The team would like to continue the process - next up is a 90 "
         "minute pairing session with two of our engineers (you can use your own laptop and language). Can you "
         "send me a couple of times next week that work?\n\nArjun\n\nSent from my phone"),
    Mail("interview", T, "ModernLoop <scheduling@modernloop.io>", "Interview scheduled with Fernwood Labs",
         "Hi Alex,\n\nYour interviews with Fernwood Labs are confirmed.\n\nThursday, May 23, 2019\n1:00 PM - 1:45 "
         "PM Technical interview with Ravi S.\n2:00 PM - 2:45 PM System design with Olga T.\n\nVideo link: "
         "https://meet.google.com/abc-defg-hij\n\nNeed to make a change? Contact your recruiter, Jen, at "
         "jen@fernwoodlabs.com.\n\nPowered by ModernLoop"),
    Mail("interview", T, "Jen Walsh <jen@fernwoodlabs.com>", "Reschedule",
         "Hi Alex,\n\nUnfortunately Olga has had a conflict come up on Thursday. Would you be able to move your "
         "system design interview to Friday at the same time? Apologies for the shuffle!\n\nJen Walsh\nRecruiter, "
         "Fernwood Labs"),
    Mail("interview", T, "Northfield Health <careers@northfieldhealth.org>", "Reminder: Interview tomorrow",
         "Dear Maya,\n\nThis is a friendly reminder of your interview tomorrow, Wednesday, June 5 at 11:00 AM with "
         "Linda Owens, Director of Nursing. Please arrive 10 minutes early and check in at the front desk of "
         "Building C. Parking is available in Lot B.\n\nIf you are unable to attend, please call us at (312) "
         "555-0190.\n\nNorthfield Health Human Resources"),
    Mail("interview", T, "Ben Adeyemi <ben@sparrowanalytics.com>", "Sparrow Analytics - Data Scientist",
         "Hi Jordan,\n\nI hope you're doing well. I'm the lead data scientist at Sparrow and I came across your "
         "application for our Data Scientist opening. Your thesis work on causal inference looks like a great "
         "match for what we're doing.\n\nI'd like to set up a technical interview with you. It's about an hour, "
         "mostly a conversation about a past project plus some stats questions. Does sometime next Wednesday or "
         "Thursday work?\n\nBest,\nBen Adeyemi\nLead Data Scientist"),
    # --- report: a Workday/iCIMS-style corporate, a hospital, a bank, Paradox-style bot, agency interviews
    Mail("interview", R, "Westbrook Insurance Talent Acquisition <westbrook@myworkday.com>",
         "Interview Invitation - Claims Analyst (R-20431)",
         "Dear Samantha,\n\nThank you for your interest in the Claims Analyst position (Requisition R-20431) at "
         "Westbrook Insurance. After reviewing your qualifications, we would like to invite you to participate in a "
         "virtual interview.\n\nPlease click the link below to select an available interview time:\n\nSchedule "
         "Interview\n\nInterviews are conducted via Microsoft Teams and last approximately 45 minutes. You will "
         "meet with the Claims Manager and a member of the team.\n\nSincerely,\nWestbrook Insurance Talent "
         "Acquisition\n\nPlease do not reply to this email. This mailbox is not monitored." + EEO.format(
             co="Westbrook Insurance")),
    Mail("interview", R, "Olivia at Pinecrest Foods <olivia@paradox.ai>", "Your interview at Pinecrest Foods",
         "Hi Marcus! Great news - your interview for Shift Supervisor at Pinecrest Foods #1142 is confirmed.\n\n"
         "When: Saturday, August 3 at 10:30 AM\nWhere: 2200 Lakeview Ave, Springfield\nWho: Tanya, Store Manager\n"
         "\nNeed to reschedule? Just reply to this text or email and I can help.\n\nOlivia, Pinecrest Foods' "
         "virtual assistant"),
    Mail("interview", R, "Greg Holloway <gholloway@meridiancap.com>", "Follow up from our call",
         "Hi Lauren,\n\nThanks again for taking the time to speak with me on Monday. I enjoyed our conversation and "
         "I think you'd be a strong addition to the team. I'd like you to come in and meet a few more people - "
         "our VP of Operations and two of the analysts you'd work with day to day.\n\nMy assistant, Carla, will "
         "reach out to coordinate a half-day in our Chicago office. Please send her your availability for the week "
         "of the 22nd.\n\nRegards,\nGreg\n\nGreg Holloway\nSenior Director, Operations Strategy\nMeridian Capital"),
    Mail("interview", R, "Carla Diaz <cdiaz@meridiancap.com>", "Onsite interview - Meridian Capital",
         "Hello Lauren,\n\nGreg asked me to coordinate your in-person interviews. We have the following options:\n"
         "\nOption A: Tuesday 7/23, 9:00am - 1:00pm\nOption B: Thursday 7/25, 12:30pm - 4:30pm\n\nWe will cover "
         "reasonable travel expenses; please keep your receipts. Let me know which option you prefer and I will "
         "send a detailed itinerary.\n\nThank you,\nCarla Diaz\nExecutive Assistant to Greg Holloway"),
    Mail("interview", R, "Lakeside Children's Hospital <lakesidechildrens@icims.com>",
         "Lakeside Children's Hospital: Interview Request",
         "<div>Hello Aisha,</div><div><br></div><div>Thank you for applying for the <b>Pediatric Staff Nurse - "
         "NICU</b> position. The hiring manager has reviewed your application and would like to schedule a "
         "phone interview with you.</div><div><br></div><div>Please click here to choose from the available "
         "times. If none of the times work, reply to this message and we will find an alternative.</div><div>"
         "<br></div><div>Best regards,<br>Talent Acquisition<br>Lakeside Children's Hospital</div>"),
    Mail("interview", R, "Nina Park <nina.park@crestlinepartners.com>", "Crestline - Superday invitation",
         "Hi Kevin,\n\nCongratulations - we're excited to invite you to our Superday for the 2021 Investment "
         "Banking Summer Analyst program! The Superday will be held virtually on Friday, November 6, and will "
         "consist of four back-to-back interviews with members of the deal team.\n\nPlease confirm your "
         "attendance by replying to this email by Monday. A detailed schedule will follow.\n\nBest,\nNina Park\n"
         "Campus Recruiting | Crestline Partners"),
    Mail("interview", R, "Brian Cho <brian.cho@vantagehire.com>", "Interview with my client tomorrow - details",
         "Hi Emily,\n\nGreat news, Halstead Manufacturing would like to meet you! I've booked you in for tomorrow "
         "(Wednesday) at 3pm with Mike Sullivan, the Plant Controller. Address is 480 Industrial Pkwy, door 2. "
         "Bring a couple copies of your resume.\n\nGive me a call after and let me know how it went.\n\nBrian Cho\n"
         "Senior Recruiter, Vantage Staffing\nC: 469-555-0117"),
    Mail("interview", R, "Harlow & Finch Recruiting <jobs@harlowfinch.com>", "Harlow & Finch - Let's talk",
         "Hi Nathan,\n\nThank you for applying to the Junior Copywriter role at Harlow & Finch. We liked your "
         "writing samples and want to get to know you better.\n\nThe next step is a 20-minute video call with our "
         "Creative Director. Please book a slot here: https://harlowfinch.youcanbook.me/creative-intro\n\nTalk "
         "soon,\nThe Harlow & Finch team"),
    Mail("interview", R, "Victor Alvarez <valvarez@orbitalsystems.com>", "RE: Software Engineer II",
         "Nathan - thanks for the quick reply. Let's do Thursday at 11 PT then. I'll be joined by one of our "
         "senior engineers and we'll spend most of the hour on a coding problem in CoderPad, so have a browser "
         "ready.\n\nVictor\n\n-----Original Message-----\nFrom: Nathan Greene\nSent: Monday, February 8, 2021 "
         "9:14 AM\nTo: Victor Alvarez\nSubject: RE: Software Engineer II\n\nHi Victor, Thursday or Friday "
         "morning work well for me."),
    Mail("interview", R, "Westbrook Insurance <westbrook@myworkday.com>", "Your Interview Has Been Scheduled",
         "Hi Samantha,\n\nYour interview for Claims Analyst has been scheduled.\n\nDate: 10/15/2020\nTime: 1:00 "
         "PM CDT\nFormat: Microsoft Teams (link to follow)\nInterviewers: Karen Lutz, Omar Haddad\n\nYou can view "
         "or update your interview in the Candidate Home section of our career site.\n\nWestbrook Insurance"),
    Mail("interview", R, "Stephanie Lowe <slowe@greenvalleyschools.org>", "Teaching position",
         "Dear Mr. Ellis,\n\nI received your application for the 5th grade teaching position at Green Valley "
         "Elementary. I would like to invite you to interview with our team on Monday, May 10 at 3:45 PM in the "
         "school library. Please also be prepared to teach a 15-minute sample lesson.\n\nPlease reply to confirm.\n"
         "\nStephanie Lowe, Principal\nGreen Valley Elementary School"),
    Mail("interview", R, "Priscilla Wong <pwong@atlasbio.com>", "Atlas Bio | Research Associate",
         "Hi Kevin,\n\nI'm the recruiter supporting Dr. Hale's lab. Your resume was forwarded to me and the team "
         "is keen to speak with you about the Research Associate opening.\n\nDo you have 30 minutes this Friday "
         "for an initial phone conversation? If Friday is busy, early next week is fine too.\n\nBest regards,\n"
         "Priscilla\n\nPriscilla Wong | Talent Acquisition | Atlas Bio" + CONFIDENTIAL),
    Mail("interview", R, "Greg Holloway <gholloway@meridiancap.com>", "Re: Thank you",
         "Lauren, thank you for the note. The team was impressed. We'd like you to come back for a final "
         "conversation with our CFO next week - Carla will be in touch with times.\n\nGreg\n\nSent from my iPad" +
         _q("Jul 26, 2019, at 6:40 PM", "Lauren Price <lprice@outlook.com>",
            "Hi Greg, thank you for having me in yesterday. I enjoyed meeting the team.")),
    Mail("interview", R, "Marisol Vega <mvega@bluepeakrobotics.com>", "Hiring manager interview - Blue Peak",
         "Hello Emily,\n\nOur Hiring Manager, Jason Ford, would like to speak with you about the Mechanical "
         "Engineer II position. He has the following openings next week:\n\nMon 11/16 - 10am or 2pm CT\nWed 11/18 "
         "- 9am or 1pm CT\n\nThe conversation will be over Zoom and last about 45 minutes. Please let me know "
         "what works.\n\nThank you,\nMarisol Vega\nHR Coordinator, Blue Peak Robotics"),
    Mail("interview", R, "Crestline Campus Recruiting <campus@crestlinepartners.com>",
         "Reminder: Crestline Superday on Friday",
         "Hi Kevin,\n\nA reminder that your Superday is this Friday, November 6. Your first interview begins at "
         "9:00 AM ET. Zoom links for each of your four interviews are below. Please join 5 minutes before each "
         "session.\n\nInterview 1 - 9:00 AM - Zoom\nInterview 2 - 9:45 AM - Zoom\nInterview 3 - 10:30 AM - Zoom\n"
         "Interview 4 - 11:15 AM - Zoom\n\nGood luck!\nCrestline Campus Recruiting"),
]

OFFER = [
    # --- tune
    Mail("offer", T, "Megan Ortiz <megan.ortiz@tidewell.io>", "Offer Letter - Tidewell",
         "Hi Daniel,\n\nCongratulations! On behalf of the entire team, I'm thrilled to share your offer to join "
         "Tidewell as a Data Analyst. Attached you'll find your official offer letter, which outlines your base "
         "salary of $92,000, equity, benefits and a proposed start date of May 20.\n\nPlease review and sign via "
         "the link in the letter by end of day Friday. Lena and I are happy to jump on a call to answer any "
         "questions.\n\nWelcome (almost) aboard!\nMegan"),
    Mail("offer", T, "DocuSign via Tidewell <dse@docusign.net>", "Please DocuSign: Daniel Ruiz - Offer Letter.pdf",
         "Megan Ortiz sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nMegan Ortiz\nmegan.ortiz@"
         "tidewell.io\n\nHi Daniel, please review and sign your offer letter. Let me know if you have any "
         "questions!\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share "
         "this email, link, or access code with others.\n\nAbout DocuSign\nSign documents electronically in just "
         "minutes. It's safe, secure, and legally binding."),
    Mail("offer", T, "Tom Becker <tom.becker@quillsoft.com>", "Great news",
         "Hi Sam,\n\nAs promised on the phone earlier, I'm writing to confirm that we'd love for you to join "
         "Quillsoft as a Product Designer. HR will send the formal offer with the compensation details we "
         "discussed ($105k base plus a 10% bonus) tomorrow morning.\n\nTake the weekend to think it over and let "
         "me know if anything is unclear. We're really excited about this!\n\nTom"),
    Mail("offer", T, "Quillsoft People Team <people@quillsoft.com>", "Your offer from Quillsoft",
         "<p>Hi Sam,</p><p>We are delighted to offer you the position of <strong>Product Designer</strong> at "
         "Quillsoft, Inc. Your offer letter is attached to this email.</p><p>Highlights:</p><ul><li>Annual base "
         "salary: $105,000</li><li>Target bonus: 10%</li><li>Start date: Monday, September 9, 2019</li></ul>"
         "<p>This offer is contingent upon the successful completion of a background check and verification of "
         "your eligibility to work in the United States.</p><p>Please sign and return the letter by September 1."
         "</p><p>Warmly,<br>The People Team</p>"),
    Mail("offer", T, "Rachel Green <rachel@northfieldhealth.org>", "Conditional offer of employment",
         "Dear Maya,\n\nI am pleased to extend to you a conditional offer of employment for the position of "
         "Registered Nurse, Medical-Surgical Unit, at Northfield Health. This offer is contingent upon "
         "satisfactory references, a pre-employment health screening, and verification of your nursing license.\n"
         "\nYour starting hourly rate will be $38.50 with a night shift differential. Please find the full offer "
         "attached and return the signed copy by June 21.\n\nSincerely,\nRachel Green\nHR Generalist"),
    Mail("offer", T, "Brightline Campus Recruiting <campus@brightlineconsulting.com>",
         "Brightline Consulting - Summer Internship Offer",
         "Dear Jordan,\n\nCongratulations! We are excited to offer you a position in our 2020 Summer Business "
         "Analyst Internship in our Boston office. The internship runs for ten weeks from June 8 to August 14, "
         "with a weekly salary of $1,650 and a housing stipend.\n\nPlease log in to the candidate portal to "
         "review and accept your offer by November 15. Your offer letter is also attached.\n\nWe look forward to "
         "welcoming you this summer!\nBrightline Campus Recruiting"),
    Mail("offer", T, "Jen Walsh <jen@fernwoodlabs.com>", "Fernwood Labs offer - quick call?",
         "Hi Alex,\n\nI have some exciting news to share - can you hop on a quick call today? The team finished "
         "their debrief and we'd like to make you an offer for the Software Engineer role! I'd love to walk you "
         "through the details live before sending the paperwork.\n\nJen"),
    Mail("offer", T, "Jen Walsh <jen@fernwoodlabs.com>", "Re: Fernwood Labs offer",
         "Hi Alex,\n\nThanks for getting back to me. I talked to the team and we can increase the base to "
         "$138,000 and add a $10k signing bonus. Updated offer letter attached - let me know if that works for "
         "you and I'll send it over in DocuSign.\n\nJen" + _q("Mon, Jun 3, 2019 at 8:55 AM", "Alex Moreno",
                                                           "Hi Jen, thank you so much for the offer. Is there any "
                                                           "flexibility on the base salary?")),
    Mail("offer", T, "Ben Adeyemi <ben@sparrowanalytics.com>", "Welcome to Sparrow!",
         "Jordan,\n\nI just heard you signed - welcome to the team! Your first day is Monday, July 8. Please come "
         "to the office at 9:30 and ask for me at reception. IT will have your laptop ready, and we'll grab "
         "lunch with the team.\n\nSee you soon,\nBen"),
    Mail("offer", T, "Sterling Talent Solutions <noreply@sterlingcheck.com>",
         "Action required: complete your background check for Sparrow Analytics",
         "Hello Jordan,\n\nSparrow Analytics has asked Sterling to conduct a background check as part of your "
         "offer of employment. Please complete the online form within 3 business days so that your start date "
         "is not delayed.\n\nStart Now\n\nIf you have questions, please contact your recruiter at Sparrow "
         "Analytics.\n\nSterling Talent Solutions"),
    Mail("offer", T, "Arjun Mehta <arjun@loopwise.co>", "Offer!",
         "Priya!! The whole team loved working with you on the pairing session. We want you on board. I'm "
         "attaching the offer - $140k base, 0.25% equity, and we're flexible on start date. Happy to talk "
         "through the equity any time.\n\nArjun\n\nSent from my iPhone"),
    Mail("offer", T, "Harbor Point HR <hr@harborpoint.com>", "Harbor Point Financial - Offer of Employment",
         "Dear Chris,\n\nIt is with great pleasure that we offer you the position of Senior Financial Analyst "
         "with Harbor Point Financial, reporting to Dana Kim.\n\nYour annual salary will be $98,500, paid "
         "bi-weekly, and you will be eligible for our annual incentive plan. Your anticipated start date is May "
         "6, 2019.\n\nTo accept, please sign the enclosed letter and return it within five business days.\n\n"
         "Sincerely,\nHuman Resources\nHarbor Point Financial" + CONFIDENTIAL),
    Mail("offer", T, "Kelsey Brand <kbrand@harborpoint.com>", "Verbal offer follow-up",
         "Hi Chris,\n\nGreat speaking with you this afternoon! As discussed, we're extending you a verbal offer "
         "for the Senior Financial Analyst role at $98,500. The written offer will come from HR by tomorrow. In "
         "the meantime, please let me know if you have any questions, and I'd appreciate your decision by "
         "Wednesday.\n\nBest,\nKelsey"),
    Mail("offer", T, "Northfield Health HR <careers@northfieldhealth.org>", "New Hire Orientation - Northfield Health",
         "Dear Maya,\n\nWe are pleased you have accepted our offer! New Hire Orientation will be held on Monday, "
         "July 1 from 8:00 AM to 4:30 PM in the Education Center. Please bring two forms of identification for "
         "your I-9 and complete your new hire paperwork in the onboarding portal before then.\n\nWelcome to "
         "Northfield Health!"),
    Mail("offer", T, "Rachel Green <rachel@northfieldhealth.org>", "Re: Conditional offer of employment",
         "Hi Maya,\n\nWonderful news - thank you for accepting! I've let the unit manager know. Your references "
         "came back clear; the only remaining step is your health screening on Tuesday.\n\nRachel" +
         _q("Tue, Jun 18, 2019 at 7:12 PM", "Maya Chen", "Dear Rachel, I'm happy to accept the offer. The "
            "signed copy is attached.")),
    # --- report
    Mail("offer", R, "Westbrook Insurance <westbrook@myworkday.com>", "Your offer is ready",
         "Dear Samantha,\n\nCongratulations! Westbrook Insurance is pleased to extend an offer for the position of "
         "Claims Analyst. Your offer letter is available in your Candidate Home account.\n\nTo review and respond "
         "to your offer, sign in to the career site and select My Tasks.\n\nPlease respond by 11/02/2020.\n\n"
         "Westbrook Insurance Talent Acquisition" + EEO.format(co="Westbrook Insurance")),
    Mail("offer", R, "Greg Holloway <gholloway@meridiancap.com>", "Offer",
         "Lauren,\n\nI'm delighted to tell you that we'd like you to join Meridian as Manager, Operations Strategy. "
         "Carla will send the formal letter today with the base of $128,000 and the 15% target bonus we "
         "discussed, plus the relocation package.\n\nI hope you'll say yes. Call me anytime this week if you "
         "want to talk it through.\n\nGreg"),
    Mail("offer", R, "Adobe Sign <adobesign@adobesign.com>", "Meridian Capital - Employment Offer Letter is Ready "
         "for Signature",
         "Carla Diaz has sent you Meridian Capital - Employment Offer Letter to sign.\n\nReview and sign\n\nPlease "
         "review the document and sign by August 9, 2019.\n\nTo ensure that you continue receiving our emails, "
         "please add adobesign@adobesign.com to your address book or safe list."),
    Mail("offer", R, "Brian Cho <brian.cho@vantagehire.com>", "Halstead wants you!",
         "Emily - they loved you! Halstead is offering you the Senior Accountant role at $74k with full benefits "
         "after 30 days. They'd like you to start on the 14th. Can you call me back when you get a second? I'd "
         "like to give them your answer today if possible.\n\nBrian\nVantage Staffing"),
    Mail("offer", R, "Crestline Campus Recruiting <campus@crestlinepartners.com>",
         "Crestline Partners - 2021 Summer Analyst Offer",
         "<table><tr><td><p>Dear Kevin,</p><p>On behalf of Crestline Partners, I am thrilled to extend to you an "
         "offer to join our 2021 Investment Banking Summer Analyst class in New York.</p><p>The details of your "
         "offer, including compensation, are in the attached letter. This offer will remain open until November "
         "20, 2020.</p><p>Congratulations again, and we hope you'll join us!</p><p>Nina Park<br>Campus Recruiting"
         "</p></td></tr></table>"),
    Mail("offer", R, "Stephanie Lowe <slowe@greenvalleyschools.org>", "Recommendation for hire",
         "Dear Mr. Ellis,\n\nI am happy to let you know that I will be recommending you to the Board of Education "
         "for the 5th grade teaching position for the 2021-22 school year. Your contract will be issued by the "
         "district office once the Board approves at its June 14 meeting. In the meantime, please complete the "
         "fingerprinting requirement.\n\nCongratulations and welcome to Green Valley!\n\nStephanie Lowe, "
         "Principal"),
    Mail("offer", R, "Atlas Bio Human Resources <hr@atlasbio.com>", "Offer of Employment - Research Associate",
         "Dear Kevin,\n\nAtlas Bio is pleased to offer you employment as a Research Associate I in the Hale "
         "Laboratory, at an annual salary of $58,000. This offer is contingent upon successful completion of a "
         "background check and drug screen.\n\nPlease indicate your acceptance by signing the attached letter "
         "and returning it to hr@atlasbio.com by March 12, 2021.\n\nRegards,\nHuman Resources\nAtlas Bio"),
    Mail("offer", R, "Priscilla Wong <pwong@atlasbio.com>", "RE: Offer of Employment - Research Associate",
         "Hi Kevin - received, thank you! So glad you're joining. Your start date is confirmed for Monday, March "
         "29. You'll get an email from HireRight for the background check today.\n\nPriscilla" + PHONE),
    Mail("offer", R, "Marisol Vega <mvega@bluepeakrobotics.com>", "Blue Peak Robotics - Offer Details",
         "Hello Emily,\n\nIt is my pleasure to extend an offer of employment for the role of Mechanical Engineer "
         "II at Blue Peak Robotics. The attached letter describes the position, your salary of $96,000, "
         "relocation assistance of up to $7,500, and benefits.\n\nWe kindly ask that you review the offer and "
         "let us know your decision by Friday, December 4.\n\nBest regards,\nMarisol Vega\nHR Coordinator"),
    Mail("offer", R, "Pinecrest Foods <olivia@paradox.ai>", "Congratulations from Pinecrest Foods!",
         "Hi Marcus! Tanya would like to offer you the Shift Supervisor position at store #1142 at $17.25/hour. "
         "Tap below to view and accept your offer. Once you accept, I'll send your onboarding paperwork.\n\nView "
         "Offer\n\nOlivia, Pinecrest Foods' virtual assistant"),
    Mail("offer", R, "Harlow & Finch <jobs@harlowfinch.com>", "Internship offer - Harlow & Finch",
         "Hi Nathan,\n\nWe'd love to have you join Harlow & Finch as our Copywriting Intern this summer! It's a "
         "paid internship ($22/hour, 30 hours a week) from June 1 to August 21, working with our content team "
         "in Portland.\n\nTo accept, just reply to this email - we'll follow up with the internship agreement and "
         "a few forms.\n\nThe Harlow & Finch team"),
    Mail("offer", R, "Victor Alvarez <valvarez@orbitalsystems.com>", "Orbital Systems - next steps",
         "Hi Nathan,\n\nGood news: the hiring committee approved an offer for the Software Engineer II role. Our "
         "recruiting team will send the written offer with compensation details by Thursday. Would you have 15 "
         "minutes tomorrow so I can walk you through it and answer questions?\n\nVictor"),
    Mail("offer", R, "Orbital Systems Recruiting <recruiting@orbitalsystems.com>", "Welcome to Orbital - Onboarding",
         "Hi Nathan,\n\nWe're so happy you accepted our offer! Your start date is March 15, 2021. Over the next "
         "few days you'll receive an email to set up your onboarding portal, where you'll complete your tax forms "
         "and direct deposit. Your equipment will ship to your home address a week before you start.\n\nWelcome to "
         "Orbital!"),
    Mail("offer", R, "Lakeside Children's Hospital <lakesidechildrens@icims.com>",
         "Lakeside Children's Hospital - Contingent Offer",
         "Hello Aisha,\n\nWe are pleased to extend a contingent offer for the position of Pediatric Staff Nurse - "
         "NICU. This offer is contingent upon successful completion of your pre-employment health assessment, "
         "background check, and license verification.\n\nPlease log in to the candidate portal to accept the "
         "offer electronically.\n\nTalent Acquisition\nLakeside Children's Hospital"),
    Mail("offer", R, "Nina Park <nina.park@crestlinepartners.com>", "Re: 2021 Summer Analyst Offer",
         "Hi Kevin,\n\nWe're thrilled you've accepted! I've marked you as confirmed for the 2021 class. You'll "
         "receive onboarding materials from our HR team in the spring, including your start date and training "
         "schedule.\n\nBest,\nNina"),
]

ASSESSMENT = [
    # --- tune: HackerRank, Codility, HireVue, take-homes from startups, reminders
    Mail("assessment", T, "HackerRank <support@hackerrankforwork.com>", "Tidewell invites you to take a test",
         "Hi Daniel,\n\nThank you for your interest in Tidewell! As a next step in the hiring process, we would "
         "like you to take the Data Analyst - SQL Assessment on HackerRank.\n\nTest duration: 90 minutes\nNumber "
         "of questions: 4\nTest expires on: Mar 20, 2019 11:59 PM PDT\n\nStart Test\n\nPlease make sure you have "
         "a stable internet connection before you begin. Once started, the timer cannot be paused.\n\nGood luck!\n"
         "Team HackerRank"),
    Mail("assessment", T, "HackerRank <support@hackerrankforwork.com>", "Reminder: Tidewell test expires in 24 hours",
         "Hi Daniel,\n\nThis is a reminder that your invitation to take the Data Analyst - SQL Assessment for "
         "Tidewell expires in 24 hours. You have not started the test yet.\n\nStart Test\n\nTeam HackerRank"),
    Mail("assessment", T, "Codility <no-reply@codility.com>", "Fernwood Labs: programming task invitation",
         "Hello Alex,\n\nFernwood Labs invites you to complete an online programming task as part of the "
         "recruitment process for the Software Engineer position.\n\nYou will have 120 minutes to solve 3 tasks. "
         "You can choose your programming language. We recommend trying the demo task first.\n\nThe invitation is "
         "valid until June 1, 2019.\n\nStart the test\n\nBest regards,\nCodility on behalf of Fernwood Labs"),
    Mail("assessment", T, "Arjun Mehta <arjun@loopwise.co>", "Take-home exercise",
         "Hi Priya,\n\nThanks for the great chat! As discussed, the next step is a short take-home exercise. "
         "You'll find the repo and instructions here: github.com/loopwise/backend-exercise. It should take 3-4 "
         "hours; please don't spend more than that. Send us a link to your solution within a week and we'll "
         "review it together in the next interview.\n\nArjun"),
    Mail("assessment", T, "Kelsey Brand <kbrand@harborpoint.com>", "Excel exercise - Harbor Point",
         "Hi Chris,\n\nBefore your interview with Dana, we ask all candidates for the Senior Financial Analyst "
         "role to complete a short modelling exercise. The attached workbook has the instructions; please send it "
         "back within 48 hours of opening it.\n\nLet me know if anything is unclear.\n\nKelsey"),
    Mail("assessment", T, "HireVue <noreply@hirevue.com>", "Brightline Consulting On Demand Interview",
         "Hi Jordan,\n\nBrightline Consulting has invited you to complete an on-demand video interview for the "
         "Summer 2020 Business Analyst Internship. You will record answers to 5 questions at a time that suits "
         "you, using a computer or phone with a camera.\n\nPlease complete your interview by September 30, 2019.\n"
         "\nBegin Interview\n\nHireVue, on behalf of Brightline Consulting"),
    Mail("assessment", T, "Pymetrics <no-reply@pymetrics.com>", "Next step in your application: play the pymetrics "
         "games",
         "Hello Jordan,\n\nBrightline Consulting uses pymetrics to learn more about candidates' cognitive and "
         "emotional traits. As part of your application, please complete the core games, which take about 25 "
         "minutes. There are no right or wrong answers.\n\nGet started\n\nPlease complete the games within 7 days."
         "\n\nThe pymetrics team"),
    Mail("assessment", T, "Tom Becker <tom.becker@quillsoft.com>", "Design exercise",
         "Hi Sam,\n\nThanks for the chat last week! The next stage of our process is a design exercise: we'll "
         "send you a short brief and you'll have 4 days to put together your approach. You'll then present it to "
         "the team for 30 minutes. Does starting on Thursday work for you?\n\nTom"),
    Mail("assessment", T, "CodeSignal <noreply@codesignal.com>", "Action Required: Complete your Sparrow Analytics "
         "assessment",
         "Hi Jordan,\n\nSparrow Analytics has invited you to complete the Data Science Assessment on CodeSignal. "
         "This assessment takes 70 minutes and must be completed in one sitting.\n\nDeadline: June 2, 2019\n\n"
         "Take assessment\n\nIf you have any technical issues, please contact support@codesignal.com."),
    Mail("assessment", T, "Northfield Health <careers@northfieldhealth.org>", "Complete your pre-employment assessment",
         "Dear Maya,\n\nThank you for your interest in the Registered Nurse position. To continue with your "
         "application, please complete the Prophecy clinical competency test using the link below within 5 "
         "days. The test takes about 60 minutes.\n\nBegin Assessment\n\nNorthfield Health Human Resources"),
    Mail("assessment", T, "TestGorilla <no-reply@testgorilla.com>", "You're invited to an assessment by Quillsoft",
         "Hi Sam,\n\nQuillsoft invites you to take an assessment for the Product Designer role. The assessment "
         "includes 4 tests and takes about 45 minutes to complete.\n\nStart assessment\n\nTip: find a quiet "
         "place and make sure your webcam works. You can't pause the assessment once you start.\n\nTestGorilla"),
    Mail("assessment", T, "Codility <no-reply@codility.com>", "Reminder: your Fernwood Labs task is waiting",
         "Hello Alex,\n\nYou still haven't completed the programming task from Fernwood Labs. Your invitation "
         "expires in 2 days.\n\nStart the test\n\nCodility"),
    Mail("assessment", T, "Ben Adeyemi <ben@sparrowanalytics.com>", "Data challenge",
         "Hi Jordan,\n\nThanks for the technical interview - the team enjoyed it. Next, we'd like you to work on "
         "a small data challenge: attached is a CSV with some anonymised customer data and three questions. "
         "Please send your notebook and a short write-up by next Tuesday.\n\nBest,\nBen"),
    Mail("assessment", T, "Brightline Campus Recruiting <campus@brightlineconsulting.com>", "Online case "
         "assessment",
         "Dear Jordan,\n\nAs part of the selection process, we invite you to complete the Brightline online case "
         "assessment. The assessment lasts 60 minutes and consists of a business case with multiple choice "
         "questions. Please complete it before Friday, October 4.\n\nBrightline Campus Recruiting"),
    Mail("assessment", T, "HireVue <noreply@hirevue.com>", "Reminder: complete your interview for Brightline",
         "Hi Jordan,\n\nJust a reminder - your on-demand interview for Brightline Consulting is due in 2 days and "
         "hasn't been completed yet.\n\nBegin Interview\n\nHireVue"),
    # --- report: SHL, Criteria, Workday-linked assessments, Harver, agency tests, iCIMS
    Mail("assessment", R, "SHL Talent Assessment <donotreply@shl.com>", "Westbrook Insurance - Online Assessment "
         "Invitation",
         "Dear Samantha,\n\nAs part of your application to Westbrook Insurance for the role of Claims Analyst, you "
         "are invited to complete online assessments. The assessments measure verbal and numerical reasoning and "
         "will take approximately 50 minutes.\n\nPlease complete your assessments by 10/08/2020.\n\nAccess your "
         "assessments here\n\nSHL"),
    Mail("assessment", R, "Criteria Corp <notifications@criteriacorp.com>", "Testing Invitation from Meridian Capital",
         "Hello Lauren,\n\nMeridian Capital has invited you to complete an online test as part of the hiring "
         "process. The test is the Criteria Cognitive Aptitude Test (CCAT) and takes about 15 minutes.\n\nPlease "
         "use a computer, not a mobile device.\n\nClick here to start\n\nYour event ID is 4471-KQZ."),
    Mail("assessment", R, "Harver <noreply@harver.com>", "Pinecrest Foods: continue your application",
         "Hi Marcus,\n\nThanks for applying to Pinecrest Foods! The next step is to complete a short online "
         "assessment about how you handle situations at work. It takes about 20 minutes and you can do it on your "
         "phone.\n\nContinue\n\nPinecrest Foods, powered by Harver"),
    Mail("assessment", R, "Victor Alvarez <valvarez@orbitalsystems.com>", "Coding exercise",
         "Hi Nathan,\n\nThanks again for your time today. As a next step we'd like you to complete a coding "
         "exercise on Coderbyte - you should get an invitation from them shortly. It's 90 minutes, four "
         "questions, any language. Please finish it by the end of next week.\n\nVictor"),
    Mail("assessment", R, "Brian Cho <brian.cho@vantagehire.com>", "Quick skills test for Halstead",
         "Hi Emily,\n\nHalstead asks all accounting candidates to take a short Excel and accounting skills test "
         "before they meet them. I've sent the link from our testing portal - it's about 40 minutes. Can you get "
         "it done by Thursday?\n\nThanks!\nBrian"),
    Mail("assessment", R, "Lakeside Children's Hospital <lakesidechildrens@icims.com>",
         "Action Required: Complete Your Questionnaire",
         "Hello Aisha,\n\nThank you for your interest in the Pediatric Staff Nurse - NICU position. Your "
         "application is not complete until you finish the clinical questionnaire. Please log in to the career "
         "portal and complete the questionnaire within 72 hours.\n\nTalent Acquisition\nLakeside Children's "
         "Hospital"),
    Mail("assessment", R, "Nina Park <nina.park@crestlinepartners.com>", "Crestline - Modeling test",
         "Hi Kevin,\n\nCongratulations on moving forward. The next stage of our process is a timed modeling test: "
         "you will receive a short case and have two hours to build a three-statement model in Excel. Please "
         "choose a start time on Saturday or Sunday and let me know.\n\nBest,\nNina"),
    Mail("assessment", R, "Plum <hello@plum.io>", "Blue Peak Robotics would like you to complete Plum",
         "Hi Emily,\n\nBlue Peak Robotics uses Plum to understand candidates' talents. Please complete the Plum "
         "Discovery Survey - it takes about 25 minutes and helps the team learn how you solve problems and work "
         "with others.\n\nComplete Survey\n\nThis link expires on November 12."),
    Mail("assessment", R, "Stephanie Lowe <slowe@greenvalleyschools.org>", "Writing sample",
         "Dear Mr. Ellis,\n\nBefore your interview, please complete the district's short written response (two "
         "prompts about classroom management and differentiated instruction) and email it to me by Friday.\n\n"
         "Thank you,\nStephanie Lowe"),
    Mail("assessment", R, "Atlas Bio Talent <talent@atlasbio.com>", "Atlas Bio - Next step in your application",
         "Dear Kevin,\n\nThank you for applying to Atlas Bio. Please complete a short online assessment of lab "
         "math and scientific reasoning. The assessment is untimed but usually takes 30 minutes.\n\nPlease "
         "complete it within 5 days; your application will be reviewed once it is submitted.\n\nAtlas Bio "
         "Talent Acquisition"),
    Mail("assessment", R, "SHL Talent Assessment <donotreply@shl.com>", "Reminder: Your assessments are waiting",
         "Dear Samantha,\n\nThis is a reminder that you have not yet completed your online assessments for "
         "Westbrook Insurance. The deadline is 10/08/2020.\n\nAccess your assessments here\n\nSHL"),
    Mail("assessment", R, "Harlow & Finch <jobs@harlowfinch.com>", "Copy test",
         "Hi Nathan,\n\nThanks for the chat with our Creative Director! Next up is a short copy test: three "
         "briefs, write two headlines and a short paragraph for each. Please send it back by Wednesday "
         "morning.\n\nThe Harlow & Finch team"),
    Mail("assessment", R, "Marisol Vega <mvega@bluepeakrobotics.com>", "Technical assessment",
         "Hello Emily,\n\nAs part of the interview process for the Mechanical Engineer II role, please complete "
         "the attached CAD exercise and return your files within three business days. Let me know when you "
         "start so we can track the timeline.\n\nThank you,\nMarisol"),
    Mail("assessment", R, "Meridian Capital <careers@meridiancap.com>", "Personality questionnaire",
         "<p>Dear Lauren,</p><p>As part of our selection process, we ask finalists to complete a work-style "
         "questionnaire. It takes about 20 minutes and there are no right or wrong answers.</p><p><a href='#'>"
         "Start the questionnaire</a></p><p>Please complete it by Monday.</p><p>Meridian Capital Talent "
         "Acquisition</p>"),
    Mail("assessment", R, "Greg Holloway <gholloway@meridiancap.com>", "Case for Thursday",
         "Lauren - attached is the case for the final round. Please prepare a 20 minute presentation of your "
         "recommendation for the committee on Thursday.\n\nGreg\n\nSent from my iPhone"),
]

ACK = [
    # --- tune: Greenhouse, Lever, Ashby, Workable, LinkedIn Easy Apply, Handshake, BambooHR
    Mail("application_ack", T, "Tidewell Recruiting <no-reply@greenhouse.io>", "Thank you for applying to Tidewell",
         "Hi Daniel,\n\nThanks for your interest in Tidewell! We received your application for the Data Analyst "
         "role and our team will review it shortly. If your experience is a fit, someone from our recruiting "
         "team will reach out to discuss next steps.\n\nThanks again,\nTidewell Recruiting"),
    Mail("application_ack", T, "Loopwise <no-reply@hire.lever.co>", "Thanks for applying to Loopwise!",
         "Hi Priya,\n\nThanks for applying to Loopwise! We've received your application for Backend Engineer and "
         "will be in touch if it looks like a match.\n\nIn the meantime, check out our blog to learn more about "
         "what we're working on.\n\n- The Loopwise Team"),
    Mail("application_ack", T, "Quillsoft <no-reply@ashbyhq.com>", "Your application to Quillsoft",
         "Hi Sam,\n\nThank you for your application to the Product Designer role at Quillsoft. We're excited that "
         "you want to join us!\n\nOur team reviews every application carefully, and we'll get back to you as soon "
         "as we can, usually within two weeks.\n\nBest,\nQuillsoft Hiring Team"),
    Mail("application_ack", T, "Fernwood Labs <noreply@workablemail.com>", "Fernwood Labs: application received",
         "Dear Alex,\n\nThank you for applying to the Software Engineer position at Fernwood Labs.\n\nYour "
         "application has been received and we will review it right away. If your application seems like a good "
         "fit for the position we will contact you soon.\n\nRegards,\nFernwood Labs\n\nPlease don't reply to this "
         "email. Powered by Workable"),
    Mail("application_ack", T, "LinkedIn <jobs-noreply@linkedin.com>", "Daniel, your application was sent to "
         "Harbor Point Financial",
         "Your application was sent to Harbor Point Financial\n\nSenior Financial Analyst\nHarbor Point Financial "
         "- Boston, MA\nApplied on March 1, 2019\n\nView your application\n\nNow, take these next steps for more "
         "success: review similar jobs, update your resume.\n\nThis email was intended for Chris Nolan (Finance). "
         "Learn why we included this. You are receiving LinkedIn notification emails.\n\nUnsubscribe\n\n(c) 2019 "
         "LinkedIn Corporation"),
    Mail("application_ack", T, "Handshake <no-reply@joinhandshake.com>", "Your application to Brightline "
         "Consulting was submitted",
         "Hi Jordan,\n\nYour application for Summer 2020 Business Analyst Internship at Brightline Consulting has "
         "been submitted.\n\nDocuments submitted: Resume (Jordan_Lee_Resume.pdf), Cover letter\n\nYou can view "
         "the status of your applications on Handshake.\n\nThe Handshake Team"),
    Mail("application_ack", T, "Sparrow Analytics <noreply@bamboohr.com>", "Thanks for applying!",
         "Hi Jordan,\n\nThanks for applying for our Data Scientist position. We have received your information "
         "and we'll be reviewing it soon. If we think you might be a good fit, we'll contact you to set up an "
         "interview.\n\nThank you,\nSparrow Analytics"),
    Mail("application_ack", T, "HackerRank <support@hackerrankforwork.com>", "Test submitted: Tidewell",
         "Hi Daniel,\n\nThank you for taking the Data Analyst - SQL Assessment for Tidewell. Your test has been "
         "submitted successfully and your results have been shared with the hiring team. They will reach out to "
         "you regarding next steps.\n\nTeam HackerRank"),
    Mail("application_ack", T, "Northfield Health <careers@northfieldhealth.org>", "Application Confirmation",
         "<html><body><table width='600'><tr><td><p>Dear Maya,</p><p>Thank you for applying for the position of "
         "<b>Registered Nurse - Med/Surg (Req #8812)</b> at Northfield Health.</p><p>We have received your "
         "application and our recruitment team is currently reviewing all applications. If your qualifications "
         "match our needs, a recruiter will contact you.</p><p>You can check the status of your application at "
         "any time by logging in to your candidate profile.</p><p>Sincerely,<br>Northfield Health Human Resources"
         "</p></td></tr></table></body></html>"),
    Mail("application_ack", T, "Indeed <indeedapply@indeed.com>", "Indeed Application: Office Coordinator",
         "Application submitted\n\nOffice Coordinator\nGreenleaf Dental - Austin, TX\n\nThe following items were "
         "sent to Greenleaf Dental. Good luck!\n\n- Resume\n- Answers to employer questions\n\nNext steps\nThe "
         "employer or job advertiser may reach out to you about your application.\n\nTrack your application in My "
         "Jobs\n\n(c) 2020 Indeed - Do not share this email"),
    Mail("application_ack", T, "Brightline Consulting <recruiting@brightlineconsulting.com>",
         "Thank you for completing your HireVue interview",
         "Dear Jordan,\n\nThank you for completing your on-demand interview for the Summer 2020 Business Analyst "
         "Internship. Your responses have been received and will be reviewed by our recruiting team. We expect to "
         "make decisions about first round interviews by mid-October.\n\nBrightline Campus Recruiting"),
    Mail("application_ack", T, "Kestrel Robotics <no-reply@greenhouse.io>", "Application received - Kestrel Robotics",
         "Hi Alex,\n\nThank you for your interest in Kestrel Robotics. We wanted to let you know we received "
         "your application for Controls Engineer, and we are delighted that you would consider joining our team.\n"
         "\nOur team will review your application and will be in touch if your qualifications match our needs for "
         "the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and "
         "adding openings.\n\nBest,\nThe Kestrel Robotics Team"),
    Mail("application_ack", T, "Greenleaf Dental <hiring@greenleafdental.com>", "Re: Office Coordinator",
         "Hi Priya, thanks for sending your resume over! I've passed it along to our office manager, who will "
         "look at it this week. We'll be in touch either way.\n\nJill\nGreenleaf Dental\n\nSent from my iPhone" +
         _q("Tue, Jan 14, 2020 at 9:10 AM", "Priya Raman", "Hi, I saw your posting for an office coordinator "
            "and have attached my resume. Thank you!")),
    Mail("application_ack", T, "Loopwise <no-reply@hire.lever.co>", "We received your take-home",
         "Hi Priya,\n\nThanks for submitting your take-home exercise! The engineering team will review it over "
         "the next few days and we'll follow up to schedule the review session.\n\n- The Loopwise Team"),
    Mail("application_ack", T, "Tidewell Recruiting <no-reply@greenhouse.io>", "Tidewell - Application update",
         "Hi Daniel,\n\nThank you for applying to the Analytics Engineer position at Tidewell. We appreciate you "
         "taking the time to submit an application. We are still reviewing candidates and wanted to let you know "
         "your application is under review. We'll be in touch as soon as we have an update.\n\nTidewell Recruiting"),
    # --- report: Workday, Taleo, iCIMS, SmartRecruiters, Jobvite, ZipRecruiter, Paylocity, Wellfound, ADP
    Mail("application_ack", R, "Westbrook Insurance <westbrook@myworkday.com>",
         "Thank you for applying to Westbrook Insurance",
         "Dear Samantha,\n\nThank you for your interest in Westbrook Insurance. We have received your application "
         "for Claims Analyst (R-20431).\n\nYou can track the progress of your application by signing in to "
         "Candidate Home on our career site.\n\nWe appreciate your interest and wish you the best in your job "
         "search.\n\nWestbrook Insurance Talent Acquisition" + EEO.format(co="Westbrook Insurance")),
    Mail("application_ack", R, "Meridian Capital <meridiancap@taleo.net>", "Meridian Capital - Your Application for "
         "Manager, Operations Strategy",
         "Dear Lauren Price,\n\nThank you for applying for the Manager, Operations Strategy (Job Number: 1900542) "
         "position at Meridian Capital. We have received your application and it is being reviewed.\n\nShould your "
         "qualifications match the requirements of the position, we will contact you regarding next steps.\n\n"
         "This is an automatically generated message. Please do not reply.\n\nMeridian Capital Talent Acquisition"),
    Mail("application_ack", R, "Lakeside Children's Hospital <lakesidechildrens@icims.com>",
         "Thank you for your application - Pediatric Staff Nurse",
         "Hello Aisha,\n\nThank you for applying to Lakeside Children's Hospital. This is to confirm that we have "
         "received your application for Pediatric Staff Nurse - NICU (Job ID 2020-4417).\n\nOur Talent "
         "Acquisition team reviews every application. If your background matches the position, a recruiter will "
         "contact you to discuss next steps.\n\nTalent Acquisition\nLakeside Children's Hospital\n\nPlease do not "
         "reply to this message."),
    Mail("application_ack", R, "Blue Peak Robotics <no-reply@smartrecruiters.com>",
         "Blue Peak Robotics - We have received your application",
         "Hi Emily,\n\nThanks for applying for the Mechanical Engineer II position at Blue Peak Robotics. We "
         "appreciate your interest in joining our team.\n\nOur hiring team is now reviewing applications and "
         "we'll let you know about the next steps. Thanks for your patience!\n\nKind regards,\nBlue Peak Robotics "
         "Hiring Team\n\nPowered by SmartRecruiters"),
    Mail("application_ack", R, "Orbital Systems <notifications@jobvite.com>", "Orbital Systems: Thank you for your "
         "interest",
         "Hi Nathan,\n\nThank you for your interest in the Software Engineer II position at Orbital Systems. We "
         "have received your resume and our recruiting team will review your qualifications.\n\nIf we feel you "
         "are a good match, we'll contact you to schedule an initial conversation.\n\nSincerely,\nOrbital Systems "
         "Recruiting"),
    Mail("application_ack", R, "Monster <applications@monster.com>", "Your application was delivered to Halstead "
         "Manufacturing",
         "Hi Emily,\n\nGreat news - your application for Senior Accountant was delivered to Halstead Manufacturing."
         "\n\nWhat happens next? If the employer is interested, they will contact you directly by phone or email.\n"
         "\nView your application\n\nMonster Worldwide, 133 Boston Post Road, Weston, MA 02493\nUnsubscribe"),
    Mail("application_ack", R, "Atlas Bio Careers <noreply@paylocity.com>", "Application Received",
         "Dear Kevin,\n\nThank you for your application for the Research Associate I position. Your application "
         "has been received, and you will be contacted if you are selected for further consideration.\n\nAtlas "
         "Bio"),
    Mail("application_ack", R, "Wellfound <team@wellfound.com>", "You applied to Harlow & Finch",
         "You applied to Harlow & Finch for Junior Copywriter.\n\nYour application and note were sent to the "
         "team. Startups usually respond within a week or two. We'll email you when they reply.\n\nKeep "
         "applying: 12 more startups are hiring for roles like this.\n\nWellfound"),
    Mail("application_ack", R, "Pinecrest Foods <olivia@paradox.ai>", "Thanks for applying at Pinecrest Foods",
         "Hi Marcus! Thanks for applying for the Shift Supervisor role at Pinecrest Foods #1142. I've sent your "
         "info to the hiring team. If it's a match, I'll reach out to get an interview on the calendar.\n\nOlivia"),
    Mail("application_ack", R, "Green Valley Schools <applitrack@greenvalleyschools.org>",
         "Application Submitted - Green Valley School District",
         "Thank you for submitting your application to Green Valley School District. Your application for Teacher "
         "- Elementary (Posting #2021-118) has been received.\n\nYou may update your application at any time "
         "before the posting closes. Applicants selected for interviews will be contacted by the building "
         "principal.\n\nHuman Resources Department"),
    Mail("application_ack", R, "Crestline Partners <crestline@myworkday.com>", "Application received: 2021 Summer "
         "Analyst",
         "<div>Dear Kevin,</div><div>&nbsp;</div><div>We have successfully received your application for the 2021 "
         "Investment Banking Summer Analyst - New York position. We will review your application and be in touch "
         "regarding next steps.</div><div>&nbsp;</div><div>Kind regards,</div><div>Crestline Partners Campus "
         "Recruiting</div>"),
    Mail("application_ack", R, "SHL Talent Assessment <donotreply@shl.com>", "Assessment completed",
         "Dear Samantha,\n\nThank you for completing your assessments for Westbrook Insurance. Your results have "
         "been sent to the recruiting team, who will contact you about the next stage of the process.\n\nSHL"),
    Mail("application_ack", R, "Vantage Staffing <noreply@vantagehire.com>", "We received your resume",
         "Hi Emily,\n\nThank you for submitting your resume to Vantage Staffing for the Senior Accountant "
         "opportunity. One of our recruiters will review your background and reach out if it aligns with this or "
         "other openings we are working on.\n\nVantage Staffing"),
    Mail("application_ack", R, "Marisol Vega <mvega@bluepeakrobotics.com>", "RE: Application - Mechanical Engineer",
         "Hi Emily,\n\nThanks for following up. I can confirm we have your application and it's with the hiring "
         "manager now. I expect to have an update for you by the end of next week.\n\nMarisol" +
         _q("Mon, Nov 2, 2020 at 10:05 AM", "Emily Ross", "Hi Marisol, I applied to the Mechanical Engineer II "
            "role two weeks ago and wanted to confirm you received my application.")),
    Mail("application_ack", R, "ADP Recruiting <recruiting@adp.com>", "Thank you for your application",
         "Hello Nathan,\n\nThank you for applying to Cedar & Co for the position of Marketing Associate. We have "
         "received your application and will review your qualifications against the position requirements. We "
         "will contact you if there is interest in your candidacy.\n\nCedar & Co Human Resources"),
]

OUTREACH = [
    # --- tune: agency recruiters, a LinkedIn InMail notification, an in-house sourcer
    Mail("recruiter_outreach", T, "Josh Klein <josh.klein@summitstaffing.com>", "Senior Data Analyst opportunity - "
         "remote",
         "Hi Daniel,\n\nI hope this finds you well. My name is Josh and I'm a recruiter with Summit Staffing. I came "
         "across your profile on LinkedIn and your SQL and Tableau experience caught my eye.\n\nI'm working with a "
         "healthcare technology client who is looking for a Senior Data Analyst, fully remote, $110-125k. Would "
         "you be open to a quick call this week to hear more?\n\nThanks,\nJosh Klein\nSenior Technical Recruiter | "
         "Summit Staffing\n(312) 555-0166"),
    Mail("recruiter_outreach", T, "LinkedIn <inmail-hit-reply@linkedin.com>", "Nadia Flores sent you a new message",
         "Nadia Flores\nTalent Sourcer at Kestrel Robotics\n\nHi Alex, I'm on the talent team at Kestrel Robotics. "
         "We're building out our controls group and your background in embedded systems looks like a great fit. "
         "Would you be interested in learning more about the team?\n\nReply\n\nYou are receiving InMail "
         "notification emails. Unsubscribe\n\n(c) 2019 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA "
         "94085"),
    Mail("recruiter_outreach", T, "Josh Klein <josh.klein@summitstaffing.com>", "Re: Senior Data Analyst opportunity",
         "Hi Daniel, just bumping this to the top of your inbox in case you missed it. The client is moving "
         "quickly on this one. Let me know if you'd like to chat!\n\nJosh"),
    Mail("recruiter_outreach", T, "Nadia Flores <nadia@kestrelrobotics.com>", "Controls Engineering at Kestrel",
         "Hi Alex,\n\nHope you don't mind the cold email. I lead technical sourcing at Kestrel Robotics, and I've "
         "been following your work on open-source motor control libraries.\n\nWe're hiring several controls "
         "engineers for our warehouse robots program. I think you'd find the problems interesting. Are you open "
         "to exploring new roles right now? If not, no worries at all.\n\nBest,\nNadia Flores\nTechnical Sourcer, "
         "Kestrel Robotics"),
    Mail("recruiter_outreach", T, "Oliver Grant <oliver@brightwaterpeople.com>", "Finance Manager roles in Boston",
         "Hi Chris,\n\nI specialise in finance and accounting placements in the Boston area. I noticed you've "
         "been at your current company for about three years and wondered whether you'd consider a move.\n\nI'm "
         "currently working on two Finance Manager searches, one at a growing biotech and one at a private equity "
         "backed consumer brand. Both are paying $120-140k plus bonus.\n\nIf you're interested, send me an updated "
         "resume and a good time to talk.\n\nOliver Grant\nBrightwater People"),
    Mail("recruiter_outreach", T, "LinkedIn <inmail-hit-reply@linkedin.com>", "InMail: Contract Data Engineer - 6 "
         "months",
         "Ravi Kumar\nTechnical Recruiter at Apex IT Solutions\n\nHi Priya, I have an urgent requirement for a Data "
         "Engineer (Spark, Airflow) with one of my clients in Jersey City. 6 month contract, likely to extend, "
         "$75/hr on W2. Please let me know if you are interested and share your updated resume along with your "
         "best contact number.\n\nView message"),
    Mail("recruiter_outreach", T, "Hannah Lee <hannah.lee@northstartalent.com>", "Product Design Lead",
         "Hi Sam,\n\nI'm Hannah, a design recruiter at Northstar Talent. I loved your portfolio - especially the "
         "accessibility work on the banking app.\n\nOne of my clients, a Series B fintech in NYC, is looking for a "
         "Product Design Lead to build out their design team. Would you be interested in a 15 minute call to hear "
         "more? Happy to work around your schedule.\n\nHannah"),
    Mail("recruiter_outreach", T, "Mark Ellison <mellison@gridlinegroup.com>", "Quick question",
         "Hey Jordan - do you know anyone who might be interested in a junior data science role at a sports "
         "analytics company? Could be a fit for you too given your background. Referrals are welcome and we pay a "
         "referral bonus.\n\nMark Ellison | Gridline Group\n\nSent from my iPhone"),
    Mail("recruiter_outreach", T, "Sofia Russo <sofia@peakhealthrecruit.com>", "RN opportunities - sign-on bonus",
         "Hi Maya,\n\nMy name is Sofia and I recruit nurses for hospitals across the Midwest. I saw your resume on "
         "Indeed and wanted to reach out about several Med/Surg RN openings with a $10,000 sign-on bonus.\n\nAre "
         "you currently looking, or open to hearing about what's out there? I'd love to set up a quick call.\n\n"
         "Sofia Russo\nNurse Recruiter, Peak Health Recruiting"),
    Mail("recruiter_outreach", T, "Josh Klein <josh.klein@summitstaffing.com>", "New role I think you'd like",
         "Hi Daniel,\n\nI know the last role wasn't quite right, but I just got a new one in that looks like a "
         "great match: Analytics Manager at an e-commerce company in Chicago, hybrid, great benefits.\n\nWould you "
         "be open to a conversation?\n\nJosh"),
    Mail("recruiter_outreach", T, "Tidewell Talent <talent@tidewell.io>", "Tidewell is hiring - thought of you",
         "Hi Chris,\n\nI'm Megan from the Tidewell recruiting team. We have a new Finance Manager opening and your "
         "background in FP&A really stood out. I'd love to share more about the role and our team - would you be "
         "open to a short intro call next week?\n\nBest,\nMegan"),
    Mail("recruiter_outreach", T, "LinkedIn <inmail-hit-reply@linkedin.com>", "Jake from Loopwise wants to connect "
         "about an opportunity",
         "Jake Morris\nHead of Engineering at Loopwise\n\nHi Alex, we're a small team building payment "
         "infrastructure. I saw you've worked on distributed systems at scale and would love to tell you about a "
         "Staff Engineer role. Open to a chat?\n\nAccept | View profile"),
    Mail("recruiter_outreach", T, "Oliver Grant <oliver@brightwaterpeople.com>", "Catching up",
         "Hi Chris,\n\nIt's been a while since we last spoke! I'm checking in to see how things are going and "
         "whether you'd be open to hearing about new opportunities this year. The market for senior finance "
         "talent is busy at the moment.\n\nBest,\nOliver"),
    Mail("recruiter_outreach", T, "Ravi Kumar <ravi@apexitsolutions.com>", "Urgent Need: Java Developer - Dallas, TX",
         "Hi,\n\nHope you are doing well. This is Ravi from Apex IT Solutions. We have an urgent requirement with "
         "our direct client. Please find the job description below and let me know your interest.\n\nRole: Java "
         "Developer\nLocation: Dallas, TX (Onsite)\nDuration: 12 months\nRate: DOE\n\nRequired skills: Java 8, "
         "Spring Boot, Microservices, AWS\n\nIf interested, please share your updated resume, expected rate and "
         "visa status.\n\nThanks & Regards,\nRavi Kumar"),
    Mail("recruiter_outreach", T, "Hannah Lee <hannah.lee@northstartalent.com>", "Re: Product Design Lead",
         "Hi Sam, following up on my note from last week about the Product Design Lead role. The hiring manager "
         "is keen to meet designers with your background. Any interest?\n\nHannah"),
    # --- report
    Mail("recruiter_outreach", R, "Derek Shaw <dshaw@roberthalfway.com>", "Staff Accountant - temp to hire",
         "Hello Emily,\n\nI'm a recruiting manager at Halfway Staffing's accounting division. I found your resume "
         "in our database and think you'd be a strong candidate for a temp-to-hire Staff Accountant position with "
         "a manufacturing client in Plano. Pay is $28-32/hour.\n\nAre you available to discuss this week? Please "
         "reply with a good number to reach you.\n\nDerek Shaw"),
    Mail("recruiter_outreach", R, "Otta <messages@otta.com>", "Tara from Orbital Systems sent you a message",
         "Tara Quinn\nTalent Acquisition at Orbital Systems\n\nHi Nathan - Your background in backend development "
         "stood out to me. Orbital is growing our platform team and I think you'd be a great fit for one of our "
         "Software Engineer II openings. Would you be open to connecting for 20 minutes?\n\nReply on Otta\n\nYou are "
         "receiving this because you have an Otta profile. Notification settings"),
    Mail("recruiter_outreach", R, "Fiona Walsh <fiona@clearpathsearch.com>", "Confidential search - VP Operations",
         "Dear Lauren,\n\nI lead a retained search on behalf of a privately held logistics company that is "
         "looking for a Vice President of Operations. Given your track record in operations strategy, I believe "
         "you could be an excellent candidate, or might know someone who is.\n\nWould you be available for a "
         "confidential conversation in the coming days?\n\nKind regards,\nFiona Walsh\nPartner, Clearpath Search"),
    Mail("recruiter_outreach", R, "Brian Cho <brian.cho@vantagehire.com>", "Accounting roles in Dallas",
         "Hi Emily,\n\nI'm Brian with Vantage Staffing. I noticed your profile on Indeed and you have exactly the "
         "kind of background my clients ask me for. I have three open Senior Accountant positions in the Dallas "
         "area right now.\n\nDo you have 10 minutes for a call tomorrow?\n\nBrian Cho\nSenior Recruiter"),
    Mail("recruiter_outreach", R, "Carlos Mendes <carlos@lumenlabs.ai>", "Lumen Labs - ML Engineer",
         "Hi Kevin,\n\nI'm an engineering manager at Lumen Labs. A colleague pointed me to your paper on protein "
         "structure prediction, and I think your skills would be a great match for our ML team.\n\nWe don't have "
         "a posted role that quite fits, but I'd love to talk and see if there's something we could shape around "
         "you. Coffee next week?\n\nCarlos"),
    Mail("recruiter_outreach", R, "Dice <dice@connect.dice.com>", "A recruiter is interested in your profile",
         "Hi Nathan,\n\nA recruiter from TechBridge Partners viewed your profile and sent you a message:\n\n"
         "\"Hi Nathan, I have a contract-to-hire Python Developer position in Denver that matches your skills. "
         "Are you open to new opportunities? Let me know a good time to talk.\"\n\nReply to recruiter\n\nDice"),
    Mail("recruiter_outreach", R, "Amelia Stone <amelia.stone@kinetichire.com>", "Are you open to hearing about a "
         "new opportunity?",
         "<p>Hi Aisha,</p><p>I hope you're well! I'm a healthcare recruiter at Kinetic Hire, and I'm partnering "
         "with a children's hospital in Denver that is building a new NICU. They are looking for experienced NICU "
         "nurses and offer relocation support.</p><p>Would you be open to a quick conversation to see whether "
         "this might interest you?</p><p>Warm regards,<br>Amelia Stone<br>Kinetic Hire</p>"),
    Mail("recruiter_outreach", R, "Derek Shaw <dshaw@roberthalfway.com>", "Following up",
         "Hi Emily, following up on my previous email. The client would like to fill the Staff Accountant role "
         "quickly. If you're interested, please give me a call at 972-555-0133.\n\nDerek"),
    Mail("recruiter_outreach", R, "Priya Natarajan <priya.n@cobaltsearch.co>", "Marketing Director - consumer brand",
         "Hello Nathan,\n\nI'm reaching out because I'm working on a Marketing Director search for a fast-growing "
         "consumer brand, and your experience leading content teams looks very relevant. The role is based in "
         "Portland with hybrid flexibility.\n\nIf you'd be open to a brief call, let me know a couple of times that "
         "suit you. And if it's not for you, I'd welcome any referrals.\n\nBest,\nPriya Natarajan\nCobalt Search"),
    Mail("recruiter_outreach", R, "Tara Quinn <tquinn@orbitalsystems.com>", "Orbital Systems - Platform Engineering",
         "Hi Nathan,\n\nI reached out on LinkedIn but wanted to try email too. We're hiring for our platform "
         "engineering team at Orbital, and based on your experience with Kubernetes and Go I think you'd be a "
         "strong fit. Would you be interested in an introductory chat with me?\n\nTara Quinn\nTechnical Recruiter"),
    Mail("recruiter_outreach", R, "Hired <notifications@hired.com>", "New message from a recruiter at Meridian "
         "Capital",
         "Hi Lauren,\n\nYou have a new message from Jenna at Meridian Capital:\n\n\"Hi Lauren, I think your "
         "experience would be a great fit for our Senior Manager, Strategy role. Are you interested in learning "
         "more?\"\n\nView message\n\nHired"),
    Mail("recruiter_outreach", R, "Will Turner <will@harbourlinerecruitment.com>", "Mechanical engineering roles",
         "Hi Emily,\n\nWill here from Harbourline Recruitment. We place engineers with robotics and automation "
         "companies. Your profile came up in a search I ran this morning. Are you open to a move at the moment, or "
         "happy where you are? Either way, I'd be glad to keep in touch for the future.\n\nWill"),
    Mail("recruiter_outreach", R, "Amelia Stone <amelia.stone@kinetichire.com>", "Re: new opportunity",
         "Hi Aisha, just checking in on the NICU role in Denver. Let me know if you'd like more details or if "
         "the timing isn't right.\n\nAmelia\n\nSent from my iPhone"),
    Mail("recruiter_outreach", R, "Stacy Green <sgreen@evergreenedu.org>", "Teaching opportunity at Evergreen "
         "Academy",
         "Dear Mr. Ellis,\n\nI'm the HR director at Evergreen Academy, a charter school in the area. I found your "
         "information through the state teacher certification job board and wanted to let you know we have "
         "openings for elementary teachers next year. Would you be interested in learning more about our "
         "school?\n\nStacy Green"),
]

OTHER = [
    # --- tune: LinkedIn and Indeed alerts, Glassdoor newsletter, account mail, Handshake fair, survey
    Mail("other", T, "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "30+ new jobs for Data Analyst",
         "Your job alert for Data Analyst in San Francisco Bay Area\n\n30+ new jobs match your preferences.\n\n"
         "Data Analyst\nStripe - San Francisco, CA\nActively recruiting\n\nSenior Data Analyst\nAirbnb - "
         "Remote\nEasy Apply\n\nData Analyst, Marketing\nPeloton - New York, NY\n\nSee all jobs\n\nYou are "
         "receiving Job Alert emails. Unsubscribe"),
    Mail("other", T, "Indeed <alert@indeed.com>", "Office Coordinator jobs in Austin, TX",
         "12 new jobs for office coordinator in Austin, TX\n\nFront Office Coordinator - Lone Star Pediatrics - "
         "$17 - $19 an hour - Easily apply\nOffice Coordinator - Barton Creek Realty\nAdministrative Assistant - "
         "Capital Title - Responsive employer\n\nSee more jobs\n\nManage job alerts | Unsubscribe\n(c) 2020 Indeed"),
    Mail("other", T, "Glassdoor <noreply@glassdoor.com>", "The 5 questions every interviewer asks",
         "Glassdoor Community\n\nAce your next interview: the five questions interviewers ask most, and how to "
         "answer them.\n\nPlus: companies with the best work-life balance in 2019, and how to negotiate your "
         "salary.\n\nRead more\n\nYou're receiving this newsletter because you have a Glassdoor account." +
         UNSUBSCRIBE.format(co="Glassdoor")),
    Mail("other", T, "Tidewell Careers <no-reply@greenhouse.io>", "Reset your password",
         "Hi Daniel,\n\nWe received a request to reset the password for your Tidewell candidate account. Click the "
         "link below to choose a new password. This link will expire in 24 hours.\n\nReset password\n\nIf you "
         "didn't request this, you can ignore this email."),
    Mail("other", T, "Handshake <no-reply@joinhandshake.com>", "Virtual Career Fair this Thursday",
         "Hi Jordan,\n\nDon't miss the Fall Virtual Career Fair on Thursday, September 19! More than 150 employers "
         "are attending, including Brightline Consulting and Sparrow Analytics. Sign up for group and 1:1 "
         "sessions with recruiters.\n\nRegister now\n\nThe Handshake Team"),
    Mail("other", T, "Northfield Health <careers@northfieldhealth.org>", "How did we do? Candidate experience survey",
         "Dear Maya,\n\nThank you for recently applying with Northfield Health. We'd like to hear about your "
         "experience with our application process. The survey takes less than 5 minutes, and your answers are "
         "anonymous.\n\nTake the survey\n\nThank you for helping us improve!"),
    Mail("other", T, "LinkedIn <notifications-noreply@linkedin.com>", "You appeared in 14 searches this week",
         "Hi Daniel,\n\nYou appeared in 14 searches this week.\n\nSee who's looking\n\nYour profile was found by "
         "people from Stripe, Square and others. Try Premium for free to see all of them.\n\nUnsubscribe | Help"),
    Mail("other", T, "Indeed <no-reply@indeed.com>", "Confirm your email address",
         "Welcome to Indeed!\n\nPlease confirm your email address to finish creating your account.\n\nConfirm "
         "email\n\nIf you didn't create an Indeed account, you can ignore this email."),
    Mail("other", T, "Glassdoor <noreply@glassdoor.com>", "Jobs you may be interested in",
         "Based on your recent searches, here are some jobs picked for you:\n\nProduct Designer at Figma - San "
         "Francisco\nUX Designer at Intuit - Mountain View\nSenior Product Designer at Lyft - Remote\n\nView all "
         "jobs" + UNSUBSCRIBE.format(co="Glassdoor")),
    Mail("other", T, "The Muse <hello@themuse.com>", "Your weekly career newsletter",
         "This week on The Muse: how to write a cover letter that gets read, 12 companies hiring remotely right "
         "now, and a career coach's advice on switching industries.\n\nRead the latest" +
         UNSUBSCRIBE.format(co="The Muse")),
    Mail("other", T, "Kestrel Robotics Careers <careers@kestrelrobotics.com>",
         "Your candidate account has been created",
         "Welcome!\n\nYour candidate account at Kestrel Robotics has been created. Your username is "
         "alex.moreno@gmail.com. You can now sign in to manage your profile and job alerts.\n\nThis is an "
         "automated message; please do not reply."),
    Mail("other", T, "Handshake <no-reply@joinhandshake.com>", "Employer event: Sparrow Analytics info session",
         "Hi Jordan,\n\nSparrow Analytics is hosting a virtual info session on Tuesday, October 1 at 6 PM. Learn "
         "about their internship program, meet current data scientists, and ask questions.\n\nRSVP on Handshake"),
    Mail("other", T, "ZipRecruiter <phil@ziprecruiter.com>", "Let Phil help you find your next job",
         "Hi Priya,\n\nI'm Phil, your personal job search assistant. I found 27 new jobs near Jersey City that "
         "match your profile. Want me to put your resume in front of these employers?\n\nYes, apply for me\n\n"
         "ZipRecruiter" + UNSUBSCRIBE.format(co="ZipRecruiter")),
    Mail("other", T, "LinkedIn <messages-noreply@linkedin.com>", "Chris, add Dana Kim to your network",
         "People you may know\n\nDana Kim\nDirector of FP&A at Harbor Point Financial\n\nConnect\n\nSee more "
         "people you may know\n\nYou are receiving Connection Suggestions emails."),
    Mail("other", T, "Lever <no-reply@hire.lever.co>", "Verify your email for Loopwise",
         "Hi Priya,\n\nEnter the code below to verify your email address and continue your application on "
         "Loopwise's careers page:\n\n482 913\n\nThis code expires in 10 minutes."),
    # --- report
    Mail("other", R, "Monster <jobalerts@monster.com>", "New Claims Analyst jobs near Minneapolis",
         "Hi Samantha,\n\nWe found 8 new jobs that match your saved search \"claims analyst\".\n\nClaims Analyst "
         "- Liberty Mutual - Minneapolis, MN\nInsurance Claims Specialist - Travelers - St. Paul, MN\nClaims "
         "Adjuster Trainee - Progressive - Remote\n\nView all jobs\n\nChange alert frequency | Unsubscribe"),
    Mail("other", R, "Dice <dice@connect.dice.com>", "Your weekly tech salary report",
         "The 2020 Dice Tech Salary Report is here. Average tech salaries rose 3.6% this year. See how your pay "
         "compares and which skills are in highest demand.\n\nDownload the report\n\nDice" +
         UNSUBSCRIBE.format(co="Dice")),
    Mail("other", R, "Westbrook Insurance <westbrook@myworkday.com>", "Password Reset Request",
         "Your password for the Westbrook Insurance career site has been reset. If you did not make this change, "
         "please contact the site administrator.\n\nThis is a system-generated email; do not reply."),
    Mail("other", R, "Lakeside Children's Hospital <lakesidechildrens@icims.com>", "Lakeside Nursing Career Webinar",
         "Hello Aisha,\n\nJoin us for a live webinar, \"A Day in the Life of a NICU Nurse\", on Wednesday, January "
         "20 at 7 PM CST. Hear from our nurses about residency programs, shifts and career paths.\n\nRegister "
         "here\n\nYou are receiving this email because you joined our Talent Community."),
    Mail("other", R, "Hired <notifications@hired.com>", "Your profile is 60% complete",
         "Hi Lauren,\n\nComplete your profile to go live on Hired. Candidates with complete profiles get 3x more "
         "interview requests.\n\nFinish my profile\n\nHired"),
    Mail("other", R, "CareerBuilder <news@careerbuilder.com>", "Resume tips from CareerBuilder",
         "Is your resume holding you back? Here are 7 mistakes hiring managers see every day, and a free resume "
         "review from our partners.\n\nGet my free review" + UNSUBSCRIBE.format(co="CareerBuilder")),
    Mail("other", R, "Meridian Capital Talent Community <meridiancap@taleo.net>", "Job Match: Senior Manager, "
         "Strategy",
         "Dear Lauren Price,\n\nA new job matching your Job Alert criteria has been posted: Senior Manager, "
         "Strategy (Job Number: 2000117), Chicago, IL.\n\nTo view this job and apply, visit our career section.\n\n"
         "To stop receiving these emails, update your job alert settings."),
    Mail("other", R, "Wellfound <team@wellfound.com>", "12 startups are hiring copywriters this week",
         "Trending startups hiring for Content & Copywriting\n\nNorthbeam - Content Marketing Manager - "
         "Remote\nTandem - Copywriter - Portland\nFable - Brand Writer - New York\n\nSee all jobs\n\n"
         "Wellfound" + UNSUBSCRIBE.format(co="Wellfound")),
    Mail("other", R, "Crestline Partners <campus@crestlinepartners.com>", "Crestline Women in Finance Virtual Event",
         "Hi Kevin,\n\nCrestline Partners invites students to our virtual Diversity in Finance panel on "
         "Thursday, September 17 at 5:30 PM ET. Hear from our analysts and associates about their career paths "
         "and life at Crestline.\n\nRSVP here. Space is limited.\n\nCrestline Campus Recruiting"),
    Mail("other", R, "SmartRecruiters <no-reply@smartrecruiters.com>", "Your SmartRecruiters account",
         "Hi Emily,\n\nThanks for signing up! Please verify your email address to activate your account.\n\n"
         "Verify email\n\nIf you have any questions, visit our help center."),
    Mail("other", R, "CareerBuilder <reviews@careerbuilder.com>", "How was your interview at Halstead Manufacturing?",
         "Hi Emily,\n\nHelp other job seekers by sharing your interview experience at Halstead Manufacturing. "
         "It only takes a minute and it's anonymous.\n\nRate your interview\n\nCareerBuilder"),
    Mail("other", R, "Blue Peak Robotics <no-reply@smartrecruiters.com>", "Please share feedback on your candidate "
         "experience",
         "Hi Emily,\n\nWe're always looking to improve how we hire. Would you take two minutes to tell us about "
         "your experience applying to Blue Peak Robotics? All responses are confidential.\n\nStart the survey\n\n"
         "Thank you!\nBlue Peak Robotics Talent Team"),
    Mail("other", R, "Jobvite <notifications@jobvite.com>", "Your job search digest",
         "Top picks for you this week\n\nSoftware Engineer - Orbital Systems - Boulder, CO\nBackend Developer - "
         "Mesa Data - Denver, CO\nPlatform Engineer - Keystone - Remote\n\nUpdate preferences | Unsubscribe"),
    Mail("other", R, "Green Valley School District <applitrack@greenvalleyschools.org>", "Spring Teacher Job Fair",
         "The Green Valley School District will host its annual Teacher Job Fair on Saturday, March 20, 2021, "
         "from 9 AM to noon at Green Valley High School. Meet principals and learn about openings for the "
         "2021-22 school year. Bring copies of your resume.\n\nHuman Resources Department"),
    Mail("other", R, "Hired <notifications@hired.com>", "Kevin, 9 companies viewed your profile",
         "Your profile is getting noticed\n\n9 companies viewed your profile in the past week, including "
         "Atlas Bio.\n\nSee all views\n\nUpgrade to Hired Pro\n\nUnsubscribe"),
    Mail("other", R, "Vantage Staffing <noreply@vantagehire.com>", "Your timesheet is due",
         "Hi Emily,\n\nThis is a reminder that your timesheet for the week ending 12/11 is due today by 5 PM. "
         "Please log in to the Vantage portal to submit your hours for approval.\n\nVantage Staffing Payroll"),
]

# A second tune batch, written after the first run, in vendor and writer styles of neither half above.
TUNE_2 = [
    Mail("interview", T, "Karat <scheduling@karat.io>", "Your technical interview with Karat for Mosswood",
         "Hi Riley,\n\nMosswood partners with Karat to conduct its first technical interview. Please choose a "
         "time for your 60-minute interview with a Karat Interview Engineer.\n\nSchedule now\n\nThe interview "
         "includes a discussion of your experience and a coding exercise in a shared editor."),
    Mail("interview", T, "Dev Sharma <dev@quarrylabs.dev>", "quick call?",
         "hey Riley - saw you applied for the frontend role, love the side projects. free for 20 min thursday or "
         "friday to chat? no prep needed\n\ndev\n\nSent from my Pixel"),
    Mail("interview", T, "Mosswood Talent <talent@mosswood.com>", "Mosswood | Final interviews",
         "<p>Hi Riley,</p><p>Great news &mdash; the team would like to invite you to the final stage: four "
         "45-minute conversations on <b>Wednesday, March 3</b>, all over Zoom. I'll send separate calendar "
         "invitations for each.</p><p>Please reply to confirm you're available that day.</p><p>Thanks!<br>Ivy</p>"),
    Mail("interview", T, "Ivy Chen <ivy@mosswood.com>", "Re: Final interviews",
         "Confirmed! See you Wednesday. Ivy\n\nSent from my iPhone" + _q("Mar 1, 2021, at 5:10 PM", "Riley Banks",
                                                                        "Hi Ivy, Wednesday works for me. Thank "
                                                                        "you!")),
    Mail("interview", T, "Teamtailor <no-reply@teamtailor.com>", "Book your interview with Halvard",
         "Hi Riley,\n\nHalvard would like to meet you! Book a time for your interview for the Support Specialist "
         "position using the button below.\n\nBook meeting\n\nBest regards,\nHalvard"),
    Mail("offer", T, "Ivy Chen <ivy@mosswood.com>", "Mosswood - offer call",
         "Hi Riley,\n\nThe team met this morning and I have good news to share. Are you free for 15 minutes this "
         "afternoon? I'd like to walk you through the offer before the paperwork goes out.\n\nIvy"),
    Mail("offer", T, "Rippling <no-reply@rippling.com>", "Mosswood sent you an offer letter to sign",
         "Hi Riley,\n\nMosswood has sent you an offer letter for the role of Software Engineer. Review and sign "
         "your offer letter to accept it.\n\nReview offer letter\n\nThis offer expires on March 12, 2021."),
    Mail("offer", T, "Dev Sharma <dev@quarrylabs.dev>", "you're in!",
         "Riley - we'd love to have you. formal offer coming from our ops person tomorrow, $115k + options, start "
         "whenever works for you in april. so excited!!\n\ndev"),
    Mail("offer", T, "Personio <noreply@personio.de>", "Your contract with Halvard is ready",
         "Hello Riley,\n\nyour employment contract for the position of Support Specialist at Halvard is ready. "
         "Please sign it digitally by Friday. Your first working day will be April 1.\n\nKind regards\nHalvard "
         "People Team"),
    Mail("offer", T, "Ivy Chen <ivy@mosswood.com>", "Re: Offer questions",
         "Hi Riley, great questions. Yes, the sign-on bonus is paid in your first paycheck, and relocation is "
         "covered up to $5,000. Let me know if you're ready to accept and I'll send it over for signature.\n\nIvy"),
    Mail("assessment", T, "Vervoe <no-reply@vervoe.com>", "Halvard has invited you to a skills assessment",
         "Hi Riley,\n\nHalvard has invited you to complete a skills assessment for the Support Specialist role. "
         "You'll answer a few realistic customer scenarios in writing and on video.\n\nStart assessment\n\n"
         "It should take around 30 minutes."),
    Mail("assessment", T, "Qualified <noreply@qualified.io>", "Mosswood coding assessment",
         "Hi Riley,\n\nYou've been invited by Mosswood to complete a coding assessment. You will have 2 hours "
         "once you begin.\n\nBegin assessment\n\nThis invitation expires in 7 days."),
    Mail("assessment", T, "Dev Sharma <dev@quarrylabs.dev>", "small project",
         "riley - next step is a small project, build a little todo app with our api, should take an evening. "
         "repo link below. send it back whenever you're done this week\n\ndev"),
    Mail("assessment", T, "Cappfinity <noreply@cappfinity.com>", "Complete your Mosswood Situational Strengths Test",
         "Dear Riley,\n\nThank you for your application to the Mosswood Graduate Programme. The next step is our "
         "online Situational Strengths Test, which takes about 30 minutes.\n\nPlease complete it within 5 "
         "days.\n\nCappfinity on behalf of Mosswood"),
    Mail("assessment", T, "Mosswood Talent <talent@mosswood.com>", "Reminder: coding assessment",
         "Hi Riley, a quick nudge that your coding assessment invitation expires tomorrow. Let me know if you run "
         "into any issues.\n\nIvy"),
    Mail("application_ack", T, "Halvard <no-reply@teamtailor.com>", "Thanks for your application!",
         "Hi Riley,\n\nThank you for applying for Support Specialist at Halvard! We'll go through your "
         "application and get back to you within two weeks.\n\nBest regards,\nHalvard"),
    Mail("application_ack", T, "Quarry Labs <jobs@quarrylabs.breezy.hr>", "We've received your application",
         "Hi Riley,\n\nThanks for applying to the Frontend Engineer position with Quarry Labs. We've received "
         "your application and will be reviewing it shortly.\n\nQuarry Labs"),
    Mail("application_ack", T, "Mosswood <no-reply@recruitee.com>", "Application confirmation - Mosswood",
         "Dear Riley,\n\nThis is to confirm that your application for Software Engineer at Mosswood has been "
         "received. We're reviewing applications on a rolling basis.\n\nBest,\nMosswood Talent"),
    Mail("application_ack", T, "Qualified <noreply@qualified.io>", "Assessment submitted",
         "Hi Riley,\n\nYour Mosswood coding assessment has been submitted. Mosswood will review your results and "
         "contact you about next steps.\n\nQualified"),
    Mail("application_ack", T, "Pinewood County <noreply@governmentjobs.com>", "Application Received: Library "
         "Assistant",
         "Thank you for applying for Library Assistant with Pinewood County. Your application was received on "
         "02/11/2021 at 3:42 PM.\n\nYour application will be reviewed to determine if you meet the minimum "
         "qualifications. You will be notified by email of your status.\n\nPinewood County Human Resources"),
    Mail("recruiter_outreach", T, "Gem <sam.ortega@mail.gem.com>", "Riley + Cobbleworks",
         "Hi Riley,\n\nSam here, I run recruiting at Cobbleworks. Your work on open-source design systems caught "
         "my eye. We're hiring our first design engineer and I'd love to tell you more. Worth a quick chat?\n\n"
         "Sam"),
    Mail("recruiter_outreach", T, "Gem <sam.ortega@mail.gem.com>", "Re: Riley + Cobbleworks",
         "Hi Riley, circling back on my note - would love to find 15 minutes if you're open to it.\n\nSam"),
    Mail("recruiter_outreach", T, "Kai Morgan <kai@talentbridge.co>", "Support Team Lead - Denver",
         "Hi Riley,\n\nI'm working on a Support Team Lead search for a SaaS company in Denver, $85-95k + bonus. "
         "Based on your support background I think you'd be a strong fit. Open to a call?\n\nKai Morgan\n"
         "Talent Bridge"),
    Mail("recruiter_outreach", T, "Stack Overflow Jobs <jobs@stackoverflow.email>", "Quarry Labs wants to talk "
         "to you",
         "Dev from Quarry Labs sent you a message:\n\n\"Hi Riley, we're a small team and I think your React "
         "experience would be a big help. Interested in a conversation?\"\n\nReply"),
    Mail("recruiter_outreach", T, "Kai Morgan <kai@talentbridge.co>", "Re: Support Team Lead - Denver",
         "Hey Riley - totally understand if the timing's off. Mind if I keep you in mind for future roles?\n\nKai"),
    Mail("other", T, "Built In <jobs@builtin.com>", "New jobs in Denver for you",
         "Top jobs for you this week\n\nSupport Specialist - Halvard - Denver\nCustomer Success Manager - Fieldwise "
         "- Remote\n\nSee all jobs\n\nManage email preferences"),
    Mail("other", T, "Teamtailor <no-reply@teamtailor.com>", "Confirm your connection to Halvard's talent "
         "community",
         "Hi Riley,\n\nThanks for connecting with Halvard! Please confirm your email address to join our talent "
         "community and hear about new jobs.\n\nConfirm"),
    Mail("other", T, "GovernmentJobs <noreply@governmentjobs.com>", "Password changed",
         "Your GovernmentJobs.com password was changed on 02/12/2021. If you did not make this change, reset your "
         "password immediately."),
    Mail("other", T, "Mosswood Talent <talent@mosswood.com>", "Mosswood Engineering Open House",
         "Hi Riley,\n\nJoin us for our virtual Engineering Open House on April 8! Meet the team, hear about our "
         "tech stack and ask anything. RSVP below.\n\nMosswood Talent"),
    Mail("other", T, "Stack Overflow <do-not-reply@stackoverflow.email>", "Your developer story has 3 new views",
         "Hi Riley,\n\n3 employers viewed your developer story this week. Keep it up to date to get noticed.\n\n"
         "Update profile"),
]

MAILS: list[Mail] = INTERVIEW + OFFER + ASSESSMENT + ACK + OUTREACH + OTHER + TUNE_2


def split(name: str) -> list[Mail]:
    return [m for m in MAILS if m.split == name]
