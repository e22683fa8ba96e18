"""Write the mail classifier's training corpus from hand-written templates.

Run `python scripts/generate_mail_corpus.py` after changing a template; the output
(src/onward/mail/classify/data/corpus.jsonl.gz) is committed, and the classifier's model cache
is keyed on its hash, so a new corpus retrains on next use. The output is deterministic.

Every sentence here was written for this project. Messages are assembled from a greeting, the
label's core sentences, optional filler, a sign-off and an optional footer, so the model learns
that footers, greetings and job listings say nothing about the label. Hard negatives (a
conditional in an acknowledgement, "unfortunately" in a rescheduling note, job alerts, shop
"offers") are deliberate.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import nonjob_mail

OUT = Path(__file__).resolve().parent.parent / "src" / "onward" / "mail" / "classify" / "data" / "corpus.jsonl.gz"
PER_LABEL = 650
# Generated English mail about hiring seen from inside a company (scripts/nonjob_mail.py), as hard negatives.
NONJOB = {"hiring_inside": 15}
SEED = 20240611

COMPANIES = [
    "Northwind Analytics", "Brightwater Health", "Kestrel Robotics", "Larkspur Bank", "Harbour & Pike",
    "Meridian Logistics", "Oakridge Energy", "Quillfeather Publishing", "Tidewell Insurance", "Copperleaf Retail",
    "Silverline Pharma", "Redfern Games", "Bluebell Foods", "Granite Civil Engineering", "Fenwick Legal LLP",
    "Solstice Media", "Pinecrest Hospitals", "Vantage Aerospace", "Ashgrove Council", "Lumen Labs",
    "Cobalt Systems", "Wrenfield University", "Starling Mobility", "Alder & Finch Consulting", "Marlow Hotels",
    "Thistle Telecom", "Greystone Capital", "Juniper Schools Trust", "Orchid Biotech", "Fathom Marine",
    "Halcyon Software", "Beacon Nonprofit Partners", "Riverside Manufacturing", "Summit Outdoor Co.",
    "Nimbus Cloud", "Hollis Architecture", "Ember Studios", "Carraway Foods", "Driftwood Travel", "Polaris Data",
]
ROLES = [
    "Data Analyst", "Senior Software Engineer", "Product Manager", "Marketing Coordinator", "Staff Nurse",
    "Financial Analyst", "UX Designer", "Customer Success Manager", "Graduate Civil Engineer", "Paralegal",
    "Head of Operations", "Junior Accountant", "Machine Learning Engineer", "Sales Development Representative",
    "Project Coordinator", "Warehouse Supervisor", "HR Business Partner", "Content Writer", "DevOps Engineer",
    "Clinical Research Associate", "Store Manager", "Teaching Assistant", "Business Intelligence Developer",
    "Principal Architect", "Operations Intern", "Data Scientist", "Backend Developer (Python)",
    "Procurement Specialist", "Research Scientist", "Executive Assistant", "Mechanical Design Engineer",
    "Technical Support Specialist", "Communications Officer", "Graduate Scheme 2025", "QA Engineer",
    "Director of Finance", "Payroll Administrator", "Frontend Engineer", "Logistics Planner", "Policy Advisor",
]
FIRST = ["Sam", "Priya", "Jordan", "Aoife", "Marcus", "Wei", "Olivia", "Tomás", "Fatima", "Ben", "Chloe",
         "Dmitri", "Grace", "Kwame", "Lena", "Noah", "Rosa", "Hiro", "Isla", "Javier", "Amara", "Ethan"]
LAST = ["Patel", "O'Brien", "Nguyen", "Smith", "Kowalski", "Okafor", "Garcia", "Müller", "Johnson", "Clarke",
        "Haddad", "Lindqvist", "Brown", "Tanaka", "Evans", "Rossi"]
RECRUITERS = ["Hannah Wright", "Daniel Cho", "Megan Foster", "Rahul Mehta", "Sophie Turner", "Liam Byrne",
              "Carla Mendes", "James Holloway", "Nadia Karim", "Peter Lund", "Erin Walsh", "Kofi Mensah"]
TITLES = ["Talent Acquisition Partner", "Recruiter", "Senior Technical Recruiter", "Hiring Manager",
          "People Team", "Recruitment Coordinator", "Head of Talent", "Engineering Manager", "HR Advisor"]
AGENCIES = ["Bridgepoint Recruitment", "TalentForge", "Crestline Search", "Hayfield Partners", "NextStep Talent",
            "Arden Executive Search"]
ATS = ["Greenhouse", "Lever", "Workday", "SmartRecruiters", "iCIMS", "Taleo", "Ashby", "Teamtailor", "Workable"]
TESTS = ["HackerRank", "Codility", "CodeSignal", "TestGorilla", "SHL", "Pymetrics", "Criteria", "Cut-e",
         "a take-home exercise", "an online assessment"]
CITIES = ["London", "Manchester", "Austin, TX", "New York, NY", "Leeds", "Dublin", "Chicago, IL", "Bristol",
          "Toronto", "Seattle, WA", "Edinburgh", "Remote"]
DAYS = ["Monday 14 April", "Tuesday, March 4", "Wednesday 22nd May", "Thursday, June 12", "Friday 3 October",
        "next Tuesday", "Monday, September 8"]
TIMES = ["10:00 BST", "2:30 PM EST", "11am", "9:15 AM PT", "15:00 GMT", "4pm CET", "1:00 PM CT"]
SALARIES = ["£48,000", "$95,000", "£62,500 per annum", "$130,000 base", "€55,000", "£31,000 pro rata", "$72,000"]


def slots_for(rng: random.Random) -> dict:
    first = rng.choice(FIRST)
    return {
        "company": rng.choice(COMPANIES),
        "role": rng.choice(ROLES),
        "first": first,
        "last": rng.choice(LAST),
        "recruiter": rng.choice(RECRUITERS),
        "title": rng.choice(TITLES),
        "agency": rng.choice(AGENCIES),
        "ats": rng.choice(ATS),
        "test": rng.choice(TESTS),
        "city": rng.choice(CITIES),
        "day": rng.choice(DAYS),
        "time": rng.choice(TIMES),
        "salary": rng.choice(SALARIES),
        "req": f"{rng.choice(['R', 'REQ-', 'JR', ''])}{rng.randint(1000, 99999)}",
        "n": rng.randint(3, 40),
        "days": rng.choice(["3", "five", "7", "ten", "48 hours"]),
    }


GREETINGS = ["Hi {first},", "Dear {first} {last},", "Hello {first},", "Dear Candidate,", "Dear {first},",
             "Hey {first},", "{first},", "Good morning {first},", "Hi there,", "Dear Applicant,", "", "Hi {first} 👋"]

SIGNOFFS = [
    "Kind regards,\n{recruiter}\n{title}\n{company}",
    "Best,\n{recruiter}",
    "Thanks,\n{recruiter} | {title} | {company}",
    "Sincerely,\nThe {company} Recruiting Team",
    "Best wishes,\nTalent Acquisition\n{company}",
    "Warm regards,\n{recruiter}",
    "Cheers,\n{recruiter}",
    "Regards,\n{company} Careers",
    "Many thanks,\n{recruiter}\n{title}",
    "All the best,\nThe People Team at {company}",
    "",
]

FOOTERS = [
    "This is an automated message. Please do not reply to this email as the mailbox is not monitored.",
    "{company} is an equal opportunity employer. All qualified applicants will receive consideration for "
    "employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national "
    "origin, disability or veteran status.",
    "We are committed to an inclusive recruitment process. If you need any adjustments, just let us know.",
    "To read how we handle your personal data, see our candidate privacy notice on the careers site.",
    "Unsubscribe | Manage email preferences | Privacy policy\n{company}, 1 Market Street, {city}",
    "Powered by {ats}",
    "This email and any attachments are confidential and intended solely for the addressee. If you received "
    "it in error, please notify the sender and delete it.",
    "You are receiving this email because you created a candidate account with {company}.",
    "Follow us on LinkedIn, Instagram and X for news from {company}.",
    "© 2025 {company}. All rights reserved.",
    "Sent via {ats} on behalf of {company}.",
    "",
    "",
]

FILLER = [
    "We know how much effort goes into an application, and we appreciate it.",
    "At {company}, we are proud of the people who make our work possible.",
    "Our team has grown quickly this year and hiring has been busy.",
    "You can find out more about life at {company} on our careers blog.",
    "We value diversity and welcome applications from all backgrounds.",
    "Thank you again for your interest in {company}.",
    "If you have any questions, feel free to reach out to the recruiting team.",
    "Our offices are in {city}, with hybrid working for most teams.",
    "We hope you are keeping well.",
    "I hope your week is going well.",
    "Many of our colleagues joined us through referrals, so please spread the word.",
]

JOB_LISTING = [
    "{role}\n{company} · {city}\nPosted {n} days ago",
    "{role} – {company} – {city} – {salary}",
    "{role} at {company} ({city})\nEasy Apply",
]


def listing_block(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(2, 5)):
        s = slots_for(rng)
        lines.append(rng.choice(JOB_LISTING).format(**s))
    return "\n".join(lines)


# Each label: subjects and groups of body sentences. A body takes one or more sentences from each
# required group (lists of alternatives), in order.
ACK = {
    "subjects": [
        "Thank you for applying to {company}", "Application received: {role}", "Your application for {role}",
        "We've received your application", "{company} | Application confirmation ({req})",
        "Thanks for your interest in {company}!", "Application submitted – {role}", "Your application to {company}",
        "Confirmation of your application", "{first}, your application was sent to {company}",
        "Re: {role} application", "Application update: received",
    ],
    "groups": [
        [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for applying to {company}! We've received your application for {role}.",
            "We have received your application for the role of {role} ({req}).",
            "This email confirms that your application for {role} has been successfully submitted.",
            "Your application for {role} at {company} is in.",
            "Thank you for your interest in {company} and for submitting your CV for the {role} vacancy.",
            "Your application was sent to {company}.",
            "We're writing to let you know we have your application for {role}.",
            "Thanks for taking the time to apply for our {role} opening.",
            "Great news – your application for {role} has reached our recruitment team.",
            "Thank you for your interest in {company}.",
            "Thank you for taking the time to apply for the following position: {role} ({req}).",
            "Thanks for completing your application for {role}.",
            "Thank you for submitting your resume to {company}.",
        ],
        [
            "Our team will review your application and get back to you as soon as we can.",
            "A member of our recruitment team will review your experience against the role requirements.",
            "We are currently reviewing applications and will be in touch about next steps.",
            "What happens next? Our hiring team reviews every application carefully.",
            "You can check the status of your application at any time in your candidate portal.",
            "We aim to review all applications within two weeks of the closing date.",
            "Our recruiters will now take a look at your profile.",
            "The hiring manager will review applications once the advert closes.",
            "Applied on {day}. You can view your application in My Jobs.",
            "Our hiring team is reviewing your qualifications.",
            "Applications are busy at the moment, so please bear with us while we work through them.",
            "We will reach out to those candidates whose experience best matches the position.",
            "Our process usually includes a phone screen, interviews with the team and sometimes a skills "
            "assessment or take-home exercise.",
            "Even if this opening isn't the one, your profile stays visible to our recruiters for other vacancies.",
        ],
        [
            "If your skills and experience match what we are looking for, we will contact you to arrange next steps.",
            "If you are shortlisted, a recruiter will reach out to schedule an interview.",
            "If you are not selected to move forward, we will let you know by email.",
            "Should your profile match the role, one of our recruiters will be in touch.",
            "Due to the high volume of applications, we are only able to contact candidates who are shortlisted.",
            "If you haven't heard from us within four weeks, please assume your application has not been "
            "successful on this occasion.",
            "Unfortunately, we cannot respond to every applicant individually, but we do read every application.",
            "If we decide to progress your application, we will invite you to an interview.",
            "In the event that you are unsuccessful, we may keep your details for future roles.",
            "If there is a match, you'll hear from us; if not, we may reach out about other roles.",
            "We will be in touch whatever the outcome.",
            "",
        ],
        [
            "Thanks again for thinking of {company}, and good luck with the search in the meantime.",
            "Best of luck in your job search!",
            "While you wait, our careers blog has stories from people across {company}.",
            "We'd also like to invite you to join our talent community for news about future roles.",
            "Thanks again for applying!",
            "",
            "",
        ],
    ],
}

REJ_OPEN = [
    "Thank you for your interest in the {role} position at {company} and for the time you invested in applying.",
    "Thank you for applying for the {role} role.",
    "Thank you for taking the time to interview with us for the {role} position.",
    "Thanks for your application to {company}.",
    "We appreciate your interest in joining {company} as {role}.",
    "Thank you for the time you spent speaking with our team about {role}.",
    "I wanted to follow up on your application for {role}.",
    "We truly appreciate you applying for the {role} opportunity ({req}).",
    # Real rejections often open like an acknowledgement: the decision comes once, after them.
    "Thank you for your patience while we reviewed applications for {role}.",
    "We received a large number of applications for the {role} role.",
    "",
]
# The furniture that rejections and acknowledgements share (volume, patience, the hiring manager's review, a file
# kept while the review runs, receipt), and decisions said softly. They are drawn with their own random stream
# (`frame` in generate), after the templates' draws, so the rest of the corpus (the everyday mail whose sentences
# the sentence model samples among them) stays as it was.
ACK_FRAME = [
    "We received a large number of applications for the {role} role.",
    "The response to this vacancy has been very strong.",
    "Thank you for your patience while we work through applications.",
    "We regret any delay in getting back to you.",
    "Your application has been passed to the hiring manager for consideration.",
    "We will keep your application on file while the review is under way.",
    "Unfortunately, we are not able to reply to each applicant personally.",
    "Only candidates selected for interview will be contacted.",
]
REJ_RECEIPT = [
    "We have received your application for {role} and read it carefully.",
    "Every application for {role} was read by a member of our team.",
    "Thank you for applying; we received your application for {role} on {day}.",
]
REJ_FRAME = [
    "Due to the high volume of applications, this reply is automated.",
    "Our recruiters review every application we receive.",
    "The selection panel has now met.",
    "We know how much effort goes into an application.",
    "We received a large number of applications for this role.",
]
REJ_SOFT = {
    "not_selected": [
        "We will not be contacting you about next steps for this opening.",
        "Your application is not a match for this role at this time.",
        "This one isn't going to work out, unfortunately.",
        "Your candidacy will not progress beyond this stage.",
        "We are unable to offer you a place in the next stage of the selection process.",
    ],
    "position_filled": [
        "We have now made an appointment to this post.",
        "The job has been taken by another applicant.",
    ],
    "position_closed": [
        "We have decided to hold off on hiring for this role.",
    ],
}
REJ_SUBTYPE = {
    "not_selected": [
        "After careful consideration, we have decided to move forward with other candidates whose experience more "
        "closely matches our current needs.",
        "Unfortunately, we will not be progressing your application any further.",
        "We regret to inform you that you have not been selected for the next stage of the process.",
        "After reviewing your application, we've decided not to proceed with your candidacy at this time.",
        "On this occasion, your application has not been successful.",
        "We have chosen to pursue other applicants for this position.",
        "I'm sorry to let you know that we won't be moving forward with your application.",
        "The hiring team has decided to go in a different direction.",
        "We were impressed by your background, but we have decided to offer the role to another candidate.",
        "Unfortunately you have not been shortlisted for interview.",
        "We are unable to offer you a position at this time.",
        "Regrettably, we will not be taking your application forward.",
        "While your skills are impressive, we have identified candidates whose experience aligns more closely "
        "with the role.",
        "It was a difficult decision, but we will not be extending an offer.",
        "Sadly we won't be inviting you to the next round.",
        "We've decided to move ahead with other applicants at this stage.",
        "I'm afraid we have decided not to take things further with your application.",
        "Your application was not selected for further consideration.",
        "We have now completed our review and unfortunately you were unsuccessful.",
        "Following the interview, the panel decided not to progress your application.",
        "You were not among the best qualified applicants for this vacancy.",
        "Your qualifications do not meet the minimum requirements for this role.",
        "The client has decided to go with another candidate.",
        "Another applicant was chosen for the position.",
        "The hiring manager has chosen to interview applicants with more direct experience.",
        "Your application will not be moving on to the next step of the process.",
    ],
    "position_filled": [
        "We wanted to let you know that the position has now been filled.",
        "The {role} role has been filled, so we are closing all remaining applications.",
        "We have appointed a candidate and the vacancy is no longer available.",
        "This vacancy has now been filled by an internal candidate.",
        "We have successfully hired for this role and are no longer accepting applications.",
        "I wanted to let you know we've filled the position.",
        "The role you applied for has been filled.",
        "We have selected a candidate for the role, which is now filled.",
        "All places in this year's programme have now been allocated.",
        "The position was offered to and accepted by another candidate.",
    ],
    "position_closed": [
        "Due to a change in business priorities, the {role} role has been put on hold.",
        "We have decided not to fill this position at this time, and the requisition has been cancelled.",
        "The job posting has been withdrawn and we are no longer hiring for this role.",
        "Following an internal restructure, the vacancy has been closed.",
        "Unfortunately the position has been cancelled and we will not be recruiting for it.",
        "Because of budget changes, hiring for this role is paused indefinitely.",
        "The role is no longer open, as the team's plans have changed.",
        "We have closed this requisition without making a hire.",
        "Due to a hiring freeze, all open roles, including this one, are paused.",
        "Our plans changed and the opening has been cut, so the search is closed.",
    ],
    "offer_rescinded": [
        "I'm very sorry to tell you that we have to rescind our offer of employment for the {role} position.",
        "Due to an unexpected hiring freeze, we are withdrawing the offer we extended to you.",
        "Regrettably, the conditional offer made to you on {day} is withdrawn, as the pre-employment checks "
        "were not completed.",
        "Following changes to our budget, we are no longer able to proceed with your offer.",
        "We must withdraw our job offer; the role has been eliminated in a reorganisation.",
        "It is with regret that we rescind the offer letter sent last week.",
    ],
}
REJ_FLAGS = {
    "keep_on_file": [
        "We will keep your resume on file and contact you should a suitable opportunity arise.",
        "With your permission, we'll hold your CV on file for twelve months.",
        "Your details will remain in our talent pool for future vacancies.",
        "We'd love to keep in touch, so we've added you to our talent community.",
        "We will retain your application and may reach out if a similar role opens up.",
        "Your profile will stay in our database, and we may contact you about future roles.",
    ],
    "reapply_invited": [
        "We encourage you to apply for future openings that match your skills.",
        "Please keep an eye on our careers page and feel free to apply again.",
        "Do apply for other roles at {company} that interest you.",
        "We would welcome a future application from you.",
        "You are welcome to reapply in six months.",
        "Please don't let this discourage you from applying to other positions with us.",
    ],
    "feedback_offered": [
        "If you would like feedback, I'd be happy to share some.",
        "I'm happy to set up a short call to share feedback from the panel.",
        "Just reply to this email if you'd like some feedback on your interview.",
        "We'd be glad to give you detailed feedback if that would help.",
        "I've included some feedback from the interviewers below.",
    ],
    "feedback_declined": [
        "Due to the volume of applications, we are unable to provide individual feedback.",
        "Unfortunately we're not able to give specific feedback on applications.",
        "Please understand that we cannot offer personal feedback at this stage.",
        "Because of the number of applicants, we can't provide feedback on individual applications.",
    ],
}
REJ_CLOSE = [
    "We wish you every success in your job search.",
    "Best of luck in your future endeavours.",
    "Thank you again for your time and interest.",
    "We hope you find the right role soon.",
    "Wishing you all the best for the future.",
    "",
]
REJ_SUBJECTS = [
    "Your application to {company}", "Update on your application", "{role} at {company}",
    "Regarding your application for {role}", "Application status update", "{company}: your application ({req})",
    "Thank you for your interest in {company}", "Re: {role} interview", "An update from {company}",
    "Your candidacy for {role}", "Important update about your offer", "Update on the {role} position",
]

INTERVIEW = {
    "subjects": [
        "Interview invitation: {role}", "Next steps for {role} at {company}", "Interview confirmed – {day}",
        "Scheduling your interview with {company}", "Let's chat about {role}", "Invitation: {role} phone screen",
        "Rescheduling your interview", "Change to your interview time", "Final round interview – {company}",
        "{company} interview details", "Re: availability for a call",
    ],
    "groups": [
        [
            "We'd like to invite you to an interview for the {role} position.",
            "Thanks for applying! We'd love to set up a 30 minute phone screen with you.",
            "Your interview for {role} has been scheduled for {day} at {time}.",
            "Great news: the hiring manager would like to meet you for a first-round interview.",
            "I'm pleased to let you know you've been shortlisted for interview.",
            "We'd like to move you forward to the final round of interviews.",
            "Unfortunately, {recruiter} is no longer available at the time we agreed, so we need to reschedule "
            "your interview.",
            "I'm afraid we have to move your interview; could we do {day} at {time} instead?",
            "Sorry for the late notice, but the panel is unavailable tomorrow and we'd like to rearrange your "
            "interview.",
            "This is a reminder of your interview tomorrow at {time}.",
            "Could you let me know your availability for a video call next week?",
            "We would like to invite you to an assessment centre and panel interview at our {city} office.",
        ],
        [
            "The interview will last about 45 minutes and will be held on Zoom.",
            "Please use the link below to book a time that suits you.",
            "You'll meet {recruiter}, our {title}, and a member of the team.",
            "A calendar invitation with the Microsoft Teams link will follow.",
            "Please bring photo ID and ask for {recruiter} at reception.",
            "The conversation will focus on your experience and what you're looking for next.",
            "Please reply with two or three slots that work for you.",
            "Google Meet details: the link is in the calendar invite.",
            "We'll call you on the number in your application.",
            "Here are some tips on how to prepare for the interview.",
        ],
        [
            "If you are successful at this stage, we will invite you to a final interview.",
            "If none of these times work, just let us know and we'll find another slot.",
            "Please confirm your attendance by replying to this email.",
            "Looking forward to speaking with you.",
            "If you need any adjustments for the interview, please tell us.",
            "We apologise for any inconvenience caused by the change.",
            "",
        ],
    ],
}

OFFER = {
    "subjects": [
        "Offer of employment – {role}", "Your offer from {company}", "Congratulations, {first}!",
        "{company} offer letter", "Job offer: {role}", "Formal offer for the {role} position",
        "Conditional offer of employment", "Welcome to {company}!",
    ],
    "groups": [
        [
            "I am delighted to offer you the position of {role} at {company}.",
            "We're thrilled to extend you an offer to join {company} as {role}.",
            "Congratulations! Following your interviews, we'd like to offer you the {role} role.",
            "On behalf of {company}, I am pleased to make you a conditional offer of employment.",
            "Please find attached your formal offer letter for the position of {role}.",
            "The team loved meeting you and I'm happy to confirm we'd like to offer you the job.",
            "It gives me great pleasure to offer you the role of {role}, subject to references.",
        ],
        [
            "The offer includes a base salary of {salary} plus benefits.",
            "Your proposed start date is {day}.",
            "The attached contract sets out your salary, holiday entitlement and pension.",
            "You'll report to {recruiter}, our {title}.",
            "The package includes equity, private health cover and 25 days' annual leave.",
            "This offer is subject to satisfactory references and right-to-work checks.",
        ],
        [
            "Please sign and return the offer letter by {day}.",
            "Let me know if you'd like to discuss any part of the offer.",
            "To accept, please sign the offer in the portal within {days} days.",
            "We can't wait to welcome you to the team.",
            "Once you accept, our onboarding team will be in touch.",
        ],
    ],
}

ASSESSMENT = {
    "subjects": [
        "Next step: online assessment for {role}", "{company} coding challenge", "Your {test} assessment invitation",
        "Complete your assessment", "Take-home exercise – {role}", "Action required: online tests",
        "Reminder: your assessment expires soon", "Invitation to complete a skills test",
    ],
    "groups": [
        [
            "As the next step, we'd like you to complete an online assessment via {test}.",
            "Thank you for your application. The next stage is a coding challenge on {test}.",
            "You are invited to complete our numerical and verbal reasoning tests.",
            "We'd like you to complete a short take-home exercise for the {role} role.",
            "Please complete the {test} assessment linked below.",
            "The next part of our process is a situational judgement test.",
            "Your application has progressed to the assessment stage.",
            "This is a reminder that your online test is still waiting to be completed.",
            "We would like you to record a one-way video assessment answering five questions.",
            "Please complete the short screening questionnaire for your {role} application.",
            "To help us get to know you, please answer a few screening questions in your candidate portal.",
            "Before we go further, we ask every applicant to complete a pre-screening questionnaire.",
            "Your next task is a short written exercise based on a real brief from our team.",
        ],
        [
            "The test takes around 90 minutes and must be completed in one sitting.",
            "Please complete it within {days} days; the link expires after that.",
            "You can use any programming language you are comfortable with.",
            "Find a quiet place with a stable internet connection before you start.",
            "The exercise should take no more than three hours.",
            "Your results will be reviewed by the hiring team.",
            "Practice questions are available on the platform before you begin.",
        ],
        [
            "If you need extra time or other adjustments, please contact us before starting.",
            "Once you have submitted, we'll be in touch about the next stage.",
            "If you have trouble accessing the test, reply to this email.",
            "Good luck!",
            "",
        ],
    ],
}

OUTREACH = {
    "subjects": [
        "Opportunity: {role} in {city}", "Quick question about your next move", "{role} role – interested?",
        "Exciting opportunity with a client of mine", "Are you open to new opportunities?", "Hello from {agency}",
        "Your profile caught my eye", "{role} | {salary} | {city}",
    ],
    "groups": [
        [
            "I came across your profile on LinkedIn and thought you might be a great fit for a {role} role I'm "
            "recruiting for.",
            "I'm a recruiter at {agency} working with a fast-growing client in {city}.",
            "I'm {recruiter}, {title} at {company}, and I'm reaching out about an opening on our team.",
            "Your background in {role} work stood out to me.",
            "I'm hiring for a {role} and your experience looks like a strong match.",
            "Hope you don't mind me reaching out directly.",
        ],
        [
            "The role pays up to {salary}, with hybrid working from {city}.",
            "It's a permanent position with a well-funded team that is growing quickly.",
            "They are looking for someone with your mix of skills and experience.",
            "The client is a household name in their industry.",
            "It's a 6-month contract, outside IR35, starting soon.",
        ],
        [
            "Would you be open to a quick chat this week?",
            "Are you currently open to new opportunities?",
            "If it sounds interesting, let me know a good time to call.",
            "Even if now isn't the right time, I'd love to connect.",
            "If you know anyone who might be interested, referrals are very welcome.",
            "Could you send me an up-to-date CV if you'd like to hear more?",
        ],
    ],
}

OTHER = {
    "alert": {
        "subjects": [
            "{n} new jobs matching your search", "New jobs for '{role}' in {city}", "Jobs you may be interested in",
            "Your job alert: {role}", "Recommended jobs for you", "{first}, companies are hiring for {role}",
            "Daily job digest",
        ],
        "groups": [
            [
                "New jobs matching your search for {role} in {city}.",
                "Here are today's top jobs picked for you.",
                "We found {n} new jobs that match your preferences.",
                "Based on your profile, these roles might interest you.",
                "Your saved search has new results.",
            ],
            ["{listing}"],
            [
                "Manage your job alerts in your account settings.",
                "See all jobs",
                "You're receiving this because you set up a job alert.",
                "Unsubscribe from this alert at any time.",
            ],
        ],
    },
    "account": {
        "subjects": [
            "Verify your email address", "Reset your password", "Your candidate account has been created",
            "Security alert: new sign-in", "Complete your profile", "Your profile was updated",
            "Confirm your account", "Your login code",
        ],
        "groups": [
            [
                "Please confirm your email address to finish setting up your {company} careers account.",
                "We received a request to reset your password.",
                "Welcome! Your candidate profile has been created.",
                "We noticed a new sign-in to your account from a new device.",
                "Your profile is 60% complete; add your skills to stand out to employers.",
                "Your one-time login code is 482913.",
                "The changes to your profile have been saved.",
                "Welcome to the {company} careers site: your candidate account is ready to use.",
            ],
            [
                "If you didn't request this, you can safely ignore this email.",
                "This link expires in 24 hours.",
                "Click the button below to continue.",
                "For your security, never share this code with anyone.",
                "",
            ],
        ],
    },
    "newsletter": {
        "subjects": [
            "Top interview tips for this season", "This week in careers", "Join our virtual careers fair",
            "Your weekly newsletter", "Webinar: negotiating your salary", "Special offer: 30% off premium",
            "Salary report 2025", "Podcast: an interview with our CEO",
        ],
        "groups": [
            [
                "Our latest guide covers ten questions you'll almost certainly be asked in an interview.",
                "Join recruiters from {n} companies at our online careers fair on {day}.",
                "Upgrade to Premium and get 30% off – this offer ends Sunday.",
                "In this week's episode, we interview the founder of {company} about building teams.",
                "Read our salary report to see how pay has changed in your field.",
                "Unfortunately our webinar last week had technical problems, so we're running it again.",
                "Exclusive offer for subscribers: a free CV review.",
            ],
            [
                "Register now, places are limited.",
                "Read more on our blog.",
                "Thanks for being part of our community.",
                "Share this with a friend who is job hunting.",
            ],
        ],
    },
    "platform": {
        "subjects": [
            "Someone viewed your profile", "You appeared in {n} searches this week", "Your profile is getting noticed",
            "{first}, see who's looking at you", "Try Premium free for a month",
        ],
        "groups": [
            [
                "A recruiter from {company} viewed your profile.",
                "You appeared in {n} searches this week, including searches for {role}.",
                "{n} people viewed your profile in the past 7 days.",
                "Members with a complete profile are far more likely to be contacted by recruiters.",
            ],
            [
                "Upgrade to Premium to see everyone who viewed your profile.",
                "Add a photo and a headline to stand out.",
                "See all views",
                "",
            ],
        ],
    },
    # Applications that are not for a job: the same words as an acknowledgement or a rejection.
    "nonjob": {
        "subjects": [
            "Your credit card application", "Mortgage application update", "Your rental application",
            "Membership application received", "Your loan application", "Visa application status",
            "Your tenancy application for {n} Elm Road", "Volunteer sign-up received",
        ],
        "groups": [
            [
                "Your application for the Rewards credit card has been approved.",
                "We have received your mortgage application and an underwriter will review it shortly.",
                "Thank you for applying for the flat at {n} Elm Road.",
                "Unfortunately, the landlord has decided to proceed with another applicant for the property.",
                "We regret that your loan application has not been successful on this occasion.",
                "Thanks for applying to join the {city} Rowing Club; your membership application is being reviewed.",
                "Your visa application has been received and is being processed.",
                "Thanks for signing up to volunteer at the food bank; we'll call you to arrange an induction.",
            ],
            [
                "Your card will arrive within 7 to 10 days.",
                "You can check the status of your application online at any time.",
                "The holding deposit will be refunded within five working days.",
                "This decision does not affect your credit score.",
                "Please have your reference number ready if you contact us.",
                "",
            ],
        ],
    },
    "appointments": {
        "subjects": [
            "Appointment reminder", "Your booking is confirmed", "See you on {day}", "Your service appointment",
            "Parents' evening", "Change to your appointment",
        ],
        "groups": [
            [
                "This is a reminder of your dental check-up on {day} at {time}.",
                "Your table for four is booked for {day} at {time}.",
                "Your car is booked in for its annual service on {day}; please drop it off by {time}.",
                "Parents' evening is on {day}, and you can book a ten-minute slot with each teacher.",
                "Unfortunately the clinic has had to move your appointment to {day} at {time}.",
                "Your haircut with {recruiter} is confirmed for {day} at {time}.",
            ],
            [
                "Reply C to confirm or R to rearrange.",
                "Please arrive ten minutes early.",
                "If you can no longer attend, please let us know 24 hours in advance.",
                "",
            ],
        ],
    },
    # Job-search tools, coaching, careers marketing, surveys and applicant-system chores: job words, no news about
    # an application.
    "jobsearch_service": {
        "subjects": [
            "Land your next role faster", "{first}, still looking for a new job?", "3 tips to get more interviews",
            "We're hiring across {city}", "Your free trial starts today", "Tell us about your interview",
            "Equal opportunity survey", "Set up your password", "Your next career move",
        ],
        "groups": [
            [
                "Our coaches have helped thousands of job seekers land interviews at top companies.",
                "Start your free trial and apply to up to {n} jobs a day automatically.",
                "Here are three tips to make your resume stand out to recruiters.",
                "We're hiring for several roles in {city}: explore all our open positions.",
                "If our service helped you, tell us your story in a short call and receive a voucher.",
                "Please fill in the voluntary equal opportunity survey; it has no effect on any application.",
                "Create a password for your account on the {company} careers site to get started.",
                "Our teams are growing this season; browse every opening on our site.",
                "Add your CV once and our assistant suggests roles every morning.",
                "Book a free consultation with a career coach this week.",
            ],
            [
                "Upgrade now and save 20%.",
                "You're receiving this email because you signed up for updates.",
                "Unsubscribe at any time.",
                "Questions? Our support team is here to help.",
                "",
            ],
        ],
    },
    # Ordinary work mail uses the job words too: offers, positions, schedules, reviews, contracts, prices.
    "business": {
        "subjects": [
            "Revised offer for the {company} contract", "Meeting moved to {day}", "Q3 position report",
            "Re: project schedule", "Contract review", "Invoice {req}", "Agenda for {day}", "Price list update",
        ],
        "groups": [
            [
                "Attached is our revised offer for the maintenance contract, including the new prices.",
                "The quarterly review meeting has moved to {day} at {time}; please update your calendars.",
                "Our position on the delivery fees has not changed since the last call.",
                "Could you review the draft contract before we sign it on {day}?",
                "Please find attached the invoice for last month's services.",
                "The client interview for the case study went well; notes are in the shared folder.",
                "We have accepted the supplier's offer and will place the order this week.",
                "Can we schedule a call to go through the budget and the project timeline?",
                "The team has filled the remaining slots in the training schedule.",
                "Unfortunately the venue is not available on {day}, so we are looking at other dates.",
            ],
            [
                "Let me know if anything is unclear.",
                "Thanks for the quick turnaround.",
                "Best regards,",
                "Speak soon,",
                "",
            ],
        ],
    },
    "personal": {
        "subjects": [
            "Dinner on Friday?", "Your order has shipped", "Receipt for your payment", "Re: weekend plans",
            "Your statement is ready", "Delivery update", "Team lunch", "Photos from the trip",
        ],
        "groups": [
            [
                "Unfortunately I can't make dinner on Friday, can we move it to next week?",
                "Your order #{req} has been dispatched and should arrive on {day}.",
                "Thanks for your payment of {salary}. Your receipt is attached.",
                "Your monthly statement is now available to view online.",
                "Are you free for lunch on {day}? {recruiter} is in town.",
                "Here are the photos from the weekend, hope you like them!",
                "Sorry, we missed you today. We'll try to deliver your parcel again tomorrow.",
                "Are we still on for football on {day}? Kick-off is at {time}.",
                "Can't wait to see you at the wedding! The ceremony starts at {time}.",
                "Mum says she can pick the kids up on {day} if that helps.",
                "Is the book club still happening this week? I haven't finished the novel yet.",
                "Fancy a coffee on {day}? I'm free after {time}.",
            ],
            ["Speak soon!", "Thanks,", "Let me know.", "Have a good week.", ""],
        ],
    },
}


def pick_groups(rng: random.Random, groups: list[list[str]]) -> list[str]:
    out = []
    for options in groups:
        k = 1 if rng.random() < 0.7 else 2
        for sentence in rng.sample(options, min(k, len(options))):
            if sentence:
                out.append(sentence)
    return out


def assemble(rng: random.Random, core: list[str], slots: dict, *, footer_prob: float = 0.6,
             frame: tuple[random.Random, list[str]] | None = None) -> str:
    parts = []
    greeting = rng.choice(GREETINGS)
    if greeting:
        parts.append(greeting)
    body_sentences = list(core)
    for _ in range(rng.choice([0, 0, 1, 2])):
        body_sentences.insert(rng.randint(0, len(body_sentences)), rng.choice(FILLER))
    if frame is not None:
        frame_rng, extra = frame
        for sentence in extra:
            body_sentences.insert(frame_rng.randint(1, max(1, len(body_sentences) - 1)), sentence)
    # Human-written notes run together in one paragraph; ATS mail breaks every sentence out.
    if rng.random() < 0.5:
        parts.append(" ".join(body_sentences))
    else:
        parts.extend(body_sentences)
    signoff = rng.choice(SIGNOFFS)
    if signoff:
        parts.append(signoff)
    if rng.random() < footer_prob:
        for footer in rng.sample(FOOTERS, rng.randint(1, 3)):
            if footer:
                parts.append(footer)
    if rng.random() < 0.08:
        parts.append(listing_block(rng))
    text = "\n\n".join(parts).replace("{listing}", listing_block(rng))
    return text.format(**slots)


def british(rng: random.Random, text: str) -> str:
    if rng.random() < 0.5:
        return text
    for us, uk in (("resume", "CV"), ("organization", "organisation"), ("favor", "favour"), ("center", "centre")):
        text = text.replace(us, uk)
    return text


def simple(rng: random.Random, label: str, spec: dict, frame_rng: random.Random | None = None) -> dict:
    slots = slots_for(rng)
    core = pick_groups(rng, spec["groups"])
    frame = None
    if frame_rng is not None and frame_rng.random() < 0.4:
        frame = (frame_rng, frame_rng.sample(ACK_FRAME, frame_rng.choice([1, 1, 2])))
    return {
        "subject": rng.choice(spec["subjects"]).format(**slots),
        "body": british(rng, assemble(rng, core, slots, frame=frame)),
        "sender": sender_for(rng, label, slots),
        "label": label,
    }


def sender_for(rng: random.Random, label: str, slots: dict) -> str:
    company = slots["company"].split()[0].lower().replace("&", "")
    if label == "recruiter_outreach":
        person, agency = slots["recruiter"].split()[0].lower(), slots["agency"].split()[0].lower()
        return f"{slots['recruiter']} <{person}@{agency}.com>"
    if label == "other" and rng.random() < 0.5:
        return rng.choice(["Job Alerts <alerts@jobboard.example>", "Newsletter <news@careers.example>",
                           "Accounts <no-reply@accounts.example>", f"{slots['recruiter']} <friend@mail.example>"])
    return rng.choice([
        f"{slots['company']} Careers <careers@{company}.com>",
        f"{slots['recruiter']} <{slots['recruiter'].split()[0].lower()}@{company}.co.uk>",
        f"no-reply@{slots['ats'].lower()}.com",
        f"{slots['company']} Recruiting <do-not-reply@{company}.example>",
    ])


def rejection(rng: random.Random, frame_rng: random.Random, subtype: str | None = None) -> dict:
    slots = slots_for(rng)
    if subtype is None:
        subtype = rng.choices(list(REJ_SUBTYPE), weights=[0.65, 0.13, 0.12, 0.10])[0]
    flags = {name: rng.random() < p for name, p in
             (("keep_on_file", 0.3), ("reapply_invited", 0.45), ("feedback_offered", 0.12),
              ("feedback_declined", 0.15))}
    if flags["feedback_offered"] and flags["feedback_declined"]:
        flags["feedback_declined"] = False
    if subtype == "offer_rescinded":
        flags["feedback_offered"] = flags["feedback_declined"] = False
    core = [rng.choice(REJ_OPEN), *rng.sample(REJ_SUBTYPE[subtype], 1)]
    for name, on in flags.items():
        if on:
            core.append(rng.choice(REJ_FLAGS[name]))
    core.append(rng.choice(REJ_CLOSE))
    # A third of rejections read like an acknowledgement: receipt first, furniture around, the decision soft.
    frame = None
    if frame_rng.random() < 0.35:
        if frame_rng.random() < 0.5 and core[0]:
            core[0] = frame_rng.choice(REJ_RECEIPT)
        if subtype in REJ_SOFT and frame_rng.random() < 0.5:
            core[1] = frame_rng.choice(REJ_SOFT[subtype])
        frame = (frame_rng, [frame_rng.choice(REJ_FRAME)])
    core = [s for s in core if s]
    subject = rng.choice(REJ_SUBJECTS).format(**slots)
    return {
        "subject": subject,
        "body": british(rng, assemble(rng, core, slots, frame=frame)),
        "sender": sender_for(rng, "rejection", slots),
        "label": "rejection",
        "rejection_subtype": subtype,
        **flags,
    }


def generate() -> list[dict]:
    rng = random.Random(SEED)
    frame_rng = random.Random(SEED + 1)
    rows = []
    specs = {"application_ack": ACK, "interview": INTERVIEW, "offer": OFFER, "assessment": ASSESSMENT,
             "recruiter_outreach": OUTREACH}
    for label, spec in specs.items():
        rows += [simple(rng, label, spec, frame_rng if label == "application_ack" else None)
                 for _ in range(PER_LABEL)]
    rows += [rejection(rng, frame_rng) for _ in range(PER_LABEL * 2)]
    kinds = list(OTHER)
    rows += [simple(rng, "other", OTHER[kinds[i % len(kinds)]]) for i in range(PER_LABEL)]
    # Hiring seen from inside a company (the reader interviews, refers or welcomes someone else), from the half
    # bench/mail_nonjob.py does not measure. Only that kind: more generated work mail (other kinds, other languages)
    # moved the message model's reading of short acknowledgements ("thanks for applying", "merci d'avoir postulé")
    # towards other, and the screen and the missing job words already keep such mail out. The rows keep their
    # "lang": the sentence model draws its everyday examples from the original templates only.
    nonjob = nonjob_mail.generate("train", {"en": 0}, SEED, kinds=NONJOB)
    rows += [{k: v for k, v in row.items() if k != "kind"} for row in nonjob]
    for i, row in enumerate(rows):
        row["id"] = f"gen-{i:05d}"
    return rows


def main() -> None:
    rows = generate()
    buf = io.BytesIO()
    # mtime=0 keeps the file byte-identical between runs, so its hash only changes with the templates.
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as fh:
        for row in rows:
            fh.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue())
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
