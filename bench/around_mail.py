"""The mail around a job search, written message by message for this project (issue #15, ninth session, 2026-12-07,
before any change it measures): mail that talks about jobs, applications, interviews, offers and careers but is
not about the reader's own application. Job-board alerts and recommendations, professional-network notifications,
career centres, courses, webinars, résumé and coaching services, salary and review sites, recruiting software and
HR newsletters sent to the reader as a professional, and everyday mail that borrows the words (shop orders and
store-card applications, bank, loan, rental, visa and insurance applications and their status, school and club
admissions, volunteer sign-ups, tickets, new accounts, password resets, surveys, a friend's news). Beside them,
about one in seven, job mail from the same world that must stay job mail: a recruiter's own outreach, an
application acknowledgement sent through a board, an interview invitation relayed by a board or a network.

All brands, people and addresses are invented. Senders write in their own years' manners (2017 to 2025): plain
text, HTML only, or both; some bulk senders carry List-Unsubscribe and Precedence headers, some do not. Every
sender belongs to one half, fixed here: `tune` (its mistakes may be read and may shape the code) or `report`
(only counted, at the first run and at the end). Each family of kinds (job boards, networks, career services,
recruiting software and HR news, everyday applications and accounts, job mail) has senders in both halves.

    from around_mail import messages, write_mbox
    rows = messages("tune")   # [{"id", "writer", "kind", "gold", "subject", "body", "sender", "raw"}]
    write_mbox(rows, path)    # raw RFC 822, as `onward mail import` reads it
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from personal_mail import write_mbox  # noqa: F401  (the benches call each set's write_mbox)

HALVES = ("tune", "report")
JOB_KINDS = {"job: ack": "application_ack", "job: interview": "interview", "job: recruiter": "recruiter_outreach"}


@dataclass(frozen=True)
class Sender:
    kind: str
    half: str
    sender: str
    year: int        # the year its mail is dated in (and written in the manner of)
    style: str       # "plain", "html" (no text part) or "both"
    bulk: bool       # List-Unsubscribe and Precedence: bulk headers
    greeting: str    # "{n}" is the reader's first name
    footer: str
    mail: tuple
    gold: str = "other"


SENDERS: list[Sender] = []
READERS = [("Dana", "dana.kowalski@fastmail.example"), ("Marcus", "mwebb87@gmail.example"),
           ("Aisha", "aisha.r@outlook.example"), ("Tomás", "tomas.herrera@proton.example"),
           ("Linh", "linh.tran@yahoo.example"), ("Oliver", "o.bennett@icloud.example")]


def s(kind, half, sender, year, style, bulk, greeting, footer, mail):
    """One sender; a `job: ...` kind names the label its mail must keep, every other kind is `other`."""
    SENDERS.append(Sender(kind, half, sender, year, style, bulk, greeting, footer, tuple(mail),
                          JOB_KINDS.get(kind, "other")))


# === Job-board alerts and recommendations ====================================================================

s("job board alert", "tune", "Roleradar <alerts@mail.roleradar.example>", 2023, "html", True, "Hi {n},",
  "Roleradar · 210 Howard St, San Francisco · You set up this alert. Edit alert · Unsubscribe", [
    ("12 new jobs match your search: product designer", "12 new jobs match your saved search 'product designer' "
     "near Remote.\n* Senior Product Designer · Lumen Health · Remote (US) · $140k–$165k\n* Product Designer II · "
     "Tandem Freight · Chicago, IL\n* UX/Product Designer · Corvid Games · Remote\n[[Apply now]]\n[[See all 12 "
     "jobs]]"),
    ("Tandem Freight is hiring a Product Designer", "A company you follow just posted a new role.\n* Product "
     "Designer II · Tandem Freight · Chicago, IL · Posted 2 hours ago · Easy Apply\nBe one of the first 25 "
     "applicants.\n[[Apply now]]"),
    ("Jobs you may be interested in", "Based on your profile and activity, we picked these for you.\n* Design Systems "
     "Lead · Quillpay · New York, NY\n* Interaction Designer · Marlowe Bank · Charlotte, NC\n* Senior UX Designer · "
     "Hollis Learning · Remote\n[[View jobs]]"),
    ("Your saved search has 4 new results", "New since Monday for 'UX researcher' within 25 miles of Austin, TX:\n"
     "* UX Researcher · Pelican Insurance · Austin\n* Mixed Methods Researcher · Birchline · Austin (hybrid)\n"
     "* Research Ops Specialist · Kettle & Co · Round Rock\n* Senior UX Researcher · Quillpay · Remote\n[[Apply now]]"),
    ("Salary spotlight: Product Designer jobs paying $150k+", "These openings list pay above $150,000.\n* Staff "
     "Product Designer · Orbital Labs · Remote · $168k–$190k\n* Principal Designer · Lumen Health · Boston, MA · "
     "$175k\n[[Explore jobs]]"),
    ("Don't miss out: 3 jobs closing this week", "Applications for these roles close in the next 5 days.\n"
     "* Product Designer · City of Austin · Austin, TX\n* Visual Designer · Harbor Museum · Remote\n* UX Designer · "
     "Gridline Energy · Houston, TX\n[[Apply before it closes]]"),
    ("New jobs from companies you follow", "Marlowe Bank and Orbital Labs posted 5 new jobs this week.\n[[See jobs]]\n"
     "Tip: Turn on instant alerts to hear about new jobs first."),
])

s("job board alert", "report", "QuarryJobs <jobmail@quarryjobs.example>", 2019, "html", True, "Hello {n}",
  "QuarryJobs Ltd · Leeds LS1 · You are receiving this because you created a job alert. Unsubscribe", [
    ("Job alert: 8 new Accountant jobs in Leeds", "Here are today's new jobs for Accountant in Leeds.\n"
     "* Assistant Accountant · Fenwick Foods · Leeds · £28,000\n* Management Accountant · Whitby Homes · Bradford · "
     "£42,000\n* Part Qualified Accountant · Aire Valley Haulage · Wakefield\n[[View and apply]]"),
    ("Recommended for you: Finance Business Partner", "We think you'd be a great fit for these roles.\n* Finance "
     "Business Partner · Yorvik Retail · York · Hybrid\n* FP&A Analyst · Northgate Media · Leeds\n[[See more jobs]]"),
    ("Whitby Homes is hiring in Bradford", "Whitby Homes has 6 new vacancies near you, including Management Accountant "
     "and Payroll Officer.\n[[View all vacancies]]"),
    ("Your weekly job digest", "This week: 34 jobs matching 'accountant', 'finance officer' and 'payroll'. Most "
     "popular: Payroll Officer at Leeds Teaching Trust (127 views).\n[[Browse this week's jobs]]"),
    ("New: one-click apply with your QuarryJobs CV", "You can now apply to thousands of jobs with one click using the "
     "CV saved in your account. Keep it up to date so employers see the latest you.\n[[Update my CV]]"),
    ("Jobs near Wakefield you haven't seen yet", "* Credit Controller · Pennine Tools · Wakefield · £25,500\n"
     "* Accounts Payable Clerk · Calder Logistics · Castleford\n[[Apply now]]"),
])

s("job board alert", "tune", "Openings.io <digest@openings.io.example>", 2017, "plain", False, "{n},",
  "--\nOpenings.io - jobs for people who build things\nTo stop these emails visit your settings page.", [
    ("Your daily openings: python, remote", "python developer - Grainger Analytics - remote - posted today\n"
     "backend engineer (python/django) - Sundial Health - remote - posted today\ndata engineer - Kiteline - "
     "Denver, CO - posted yesterday\n\nSee all 19 at openings.io/s/python-remote"),
    ("3 new openings for 'site reliability'", "SRE - Tollbooth Payments - Seattle\nSite Reliability Engineer II - "
     "Cobalt Cloud - remote ok\nProduction Engineer - Marigold Social - Menlo Park\n\nReply STOP to pause."),
    ("Weekly: top remote engineering jobs", "The 10 most viewed remote engineering openings this week, starting with "
     "Staff Engineer at Kiteline and Platform Engineer at Grainger Analytics. Full list on the site."),
    ("Openings you might like (based on your bookmarks)", "You bookmarked Backend engineer at Sundial Health. "
     "Similar openings:\n- API engineer - Fernway - remote\n- Python engineer - Lodestar Bio - Boston"),
    ("Last chance: Kiteline stops taking applicants Friday", "Kiteline's Data Engineer opening closes on Friday. "
     "You viewed it twice. Apply on the company's site before then."),
])

s("job board alert", "report", "Vacancio <no-reply@vacancio.example>", 2021, "both", True, "Dear {n},",
  "Vacancio B.V. · Amsterdam · You receive this email because you have a Vacancio account. Manage emails", [
    ("New vacancies matching 'project manager'", "We found 15 new vacancies that match your profile.\n* Project "
     "Manager Infrastructure · Deltaworks · Rotterdam\n* IT Project Manager · Zuiderbank · Utrecht\n* Junior "
     "Project Manager · Canal Events · Amsterdam\n[[Bekijk vacatures / View vacancies]]"),
    ("Zuiderbank has 3 new jobs for you", "Zuiderbank is hiring: IT Project Manager, Scrum Master and Change Lead. "
     "All based in Utrecht, hybrid.\n[[Apply now]]"),
    ("Your profile is 60% complete", "Profiles that are complete get 3x more views from employers. Add your work "
     "experience and a photo to stand out.\n[[Complete my profile]]"),
    ("Similar jobs to the one you viewed", "You recently viewed Programme Manager at Havenstad Municipality. Here "
     "are similar jobs:\n* Programme Manager · Provincie Noord · Haarlem\n* Project Lead Energy Transition · "
     "Windkracht · Amsterdam\n[[View jobs]]"),
    ("Jobs you may like this weekend", "Take a look at these hand-picked roles.\n* Operations Manager · Tulip "
     "Logistics · Schiphol\n* PMO Analyst · Deltaworks · Rotterdam\n[[See all]]"),
])

s("job board alert", "tune", "JobsNest <hello@news.jobsnest.example>", 2025, "both", True, "Hey {n} 👋",
  "JobsNest Inc. · Toronto, ON · Unsubscribe from job recommendations", [
    ("Maplewood Health is hiring near you", "Maplewood Health just posted 4 roles within 10 km of you.\n* Registered "
     "Nurse – Emergency · Maplewood Health · Toronto\n* Unit Clerk · Maplewood Health · Toronto\n[[Apply in 1 tap]]"),
    ("🔥 Trending jobs this week", "The roles everyone's applying to:\n* Clinical Educator · Lakeshore Clinics · "
     "Mississauga\n* Nurse Practitioner · Birchwood Family Health · Toronto\n* Patient Care Coordinator · CareLink · "
     "Remote\n[[Apply now]]"),
    ("You're a top applicant for 5 jobs", "Your skills match what these employers are looking for. Top applicants "
     "are more likely to hear back.\n[[See the jobs]]"),
    ("New jobs for 'registered nurse' – 21 matches", "* RN, Medical/Surgical · St. Clair Hospital · Toronto · "
     "$42–$51/hr\n* RN, Long-term care · Greenhaven Homes · Etobicoke\n* Public Health Nurse · Region of Peel · "
     "Brampton\n[[See all 21]]"),
    ("Your job search this month", "You viewed 38 jobs and saved 6 in November. Jobs like the ones you saved "
     "typically get 40 applicants in the first week.\n[[Review saved jobs]]"),
    ("Set your availability and get matched faster", "Let employers know when you can start. Candidates who share "
     "availability get twice as many messages.\n[[Set availability]]"),
])

s("job board alert", "report", "Harlow & Finch Recruitment <newsletter@harlowfinch.example>", 2018, "plain", False,
  "Hi {n},", "Harlow & Finch Recruitment Ltd, 8 Queen Square, Bristol. Reply UNSUBSCRIBE to stop this newsletter.", [
    ("This week's latest vacancies", "Here are the newest roles on our books this week:\n\nOffice Manager - "
     "Clifton - £30k\nLegal Secretary - city centre - £26k\nReceptionist (temp to perm) - Bath\n\nIf any catch your "
     "eye, give the office a ring or register on our website."),
    ("Temp work available over Christmas", "We have plenty of temporary warehouse and retail roles over the festive "
     "period. Weekly pay, immediate starts. Pop in to register with two forms of ID."),
    ("Market update: the Bristol jobs market in Q3", "Candidate demand remains high for accountancy and office "
     "support. Average salaries for PAs rose 4% year on year. Read our full report on the blog."),
    ("Refer a friend and earn £250", "Know someone looking for work? If we place them in a permanent role, we'll "
     "send you £250 in vouchers."),
    ("New roles in Bath and Keynsham", "Admin Assistant - Bath - £22k\nAccounts Assistant - Keynsham - £24k\n"
     "HR Coordinator - Bath - £27k\n\nRegister with us to be considered."),
])

# === Professional-network notifications ======================================================================

s("network", "tune", "Guildly <notifications@guildly.example>", 2022, "html", True, "{n}, ",
  "This email was intended for you as a Guildly member. Learn why we included this. Unsubscribe · Guildly "
  "Corporation, Dublin", [
    ("You appeared in 9 searches this week", "You appeared in 9 searches this week. Searchers worked at companies "
     "like Orbital Labs and Fenway Capital, with titles like Talent Partner and Engineering Manager.\n[[See all "
     "searches]]"),
    ("Congratulate Priya Nair on the new job", "Priya Nair started a new position as Head of Data at Lumen Health. "
     "Say congrats and catch up.\n[[Say congrats]]"),
    ("Jonah Reyes and 3 others endorsed you for Python", "Your skills are getting noticed. Jonah Reyes, Amelia Stone "
     "and 2 others endorsed you for Python.\n[[View endorsements]]"),
    ("Someone from Fenway Capital viewed your profile", "A recruiter at Fenway Capital viewed your profile. See who "
     "else is viewing your profile with Premium.\n[[Try Premium for free]]"),
    ("Reach hiring managers directly with InMail", "Members who send InMail are 2.6x more likely to hear back. Start "
     "your free month of Guildly Premium Career and get 5 InMail credits.\n[[Start free trial]]"),
    ("Celebrate Marco's work anniversary", "Marco Bellini is celebrating 5 years at Cedar & Pine Architects.\n"
     "[[Send congratulations]]"),
    ("Your post got 48 reactions", "Your post 'What I learned from 40 interviews as a hiring manager' is getting "
     "attention. 48 reactions and 12 comments.\n[[See who reacted]]"),
    ("Add a new position to your profile?", "It looks like your title may have changed. Keep your network "
     "up to date by adding your current position.\n[[Update profile]]"),
])

s("network", "report", "Connectr <updates@connectr.example>", 2019, "both", True, "Hi {n},",
  "Connectr, Inc. · 500 Third Ave, Seattle · You're receiving network update emails. Unsubscribe", [
    ("Hannah Lee started a new position at Brightwell", "Hannah Lee started a new position as Senior Recruiter at "
     "Brightwell Partners.\n[[Congratulate Hannah]]"),
    ("Your weekly profile stats", "Profile views: 23 (+8)\nSearch appearances: 41\nPost impressions: 310\n"
     "[[See your dashboard]]"),
    ("Ravi Gupta endorsed you for Project Management", "Ravi Gupta endorsed you for Project Management. Return the "
     "favour?\n[[Endorse Ravi]]"),
    ("Stand out to recruiters with Connectr Career", "See who viewed your profile in the last 90 days, get insights "
     "on how you compare to other applicants, and send direct messages. Free for 1 month.\n[[Try it free]]"),
    ("People you may know", "Elena Sorokina, Product Manager at Gridline Energy\nTom Avery, Engineering Lead at "
     "Cobalt Cloud\n[[Connect]]"),
    ("3 of your connections changed jobs", "Catch up with Luis, Amara and Ben, who all started new jobs this "
     "month.\n[[Say congrats]]"),
])

s("network", "tune", "PeopleGraph <info@peoplegraph.example>", 2017, "plain", False, "Hello {n},",
  "PeopleGraph | Manage notification settings | Privacy", [
    ("You have 4 new connection requests", "Kwame Mensah (Recruitment Consultant, Argyle Search), Sofia Ricci, "
     "and 2 others want to connect with you. Log in to accept."),
    ("Your profile was viewed 15 times", "Your profile was viewed 15 times in the last week. Among the viewers: "
     "a hiring manager in Telecommunications and 2 people from Argyle Search."),
    ("Who's hiring in your network", "12 of your connections work at companies with open jobs: Northway Telecom "
     "(8 jobs), Argyle Search (3 jobs), Halden Group (2 jobs). Ask for a referral."),
    ("Daniel Okafor has a new job", "Daniel Okafor is now Director of Operations at Halden Group. Send him a "
     "message to say congratulations."),
    ("Is your headline working for you?", "Members with a headline get found 5x more often. Write one that says "
     "what you do and what you are looking for."),
])

s("network", "report", "Meshwork <notify@meshwork.example>", 2024, "html", True, "Hi {n} —",
  "Meshwork Labs · Berlin · You can turn off these notifications in Settings.", [
    ("You're in the top 10% of profiles viewed", "Nice work. Your profile is in the top 10% most viewed among "
     "software engineers in Berlin this month.\n[[See insights]]"),
    ("Lena Fischer shared a job post", "Lena Fischer shared: 'My team is hiring a Platform Engineer! DM me if "
     "interested.' 31 comments.\n[[View post]]"),
    ("Your skill assessment badge is ready", "You passed the Meshwork Kubernetes skill quiz in the top 15%. Show the "
     "badge on your profile to stand out.\n[[Add badge]]"),
    ("Messages from recruiters are waiting — upgrade to read them", "2 recruiters tried to reach you this week. "
     "Upgrade to Meshwork Plus to open their messages.\n[[Upgrade]]"),
    ("Your network is talking about layoffs", "Top conversation in your network: 'How to support colleagues after a "
     "round of layoffs'. Join the discussion.\n[[Read more]]"),
    ("Add 'Open to work' to your profile?", "Let recruiters know you're open to new opportunities. Only recruiters "
     "will see it.\n[[Turn on]]"),
])

# === Career services and learning ============================================================================

s("career centre", "tune", "Northfield University Career Center <careers@northfield.edu>", 2018, "plain", False,
  "Dear students,", "Northfield University Career Center | Hale Hall 104 | Drop-in hours Mon-Thu 1-4pm", [
    ("Career Center Newsletter - October", "This month: the Fall Career & Internship Fair on Oct 18, resume drop-in "
     "hours, and a new workshop on salary negotiation. Over 90 employers have registered for the fair, including "
     "Northway Telecom and the State Department of Transportation."),
    ("Reminder: Fall Career & Internship Fair is Thursday", "Bring copies of your resume, dress business casual and "
     "check the employer list on Handrail before you come. Free professional headshots in the lobby from 11 to 2."),
    ("Mock interviews with alumni - sign up now", "Alumni volunteers will run 30-minute practice interviews on Nov 3 "
     "and 4. Slots fill up quickly; book through the Career Center portal."),
    ("Graduate school application workshop", "Thinking about law school or a PhD? Learn how to write a personal "
     "statement and ask for recommendation letters. Tuesday 5pm, Hale Hall 110."),
    ("Job shadowing over winter break", "Spend a day with an alum at their workplace. Applications for the winter "
     "shadowing program are open until Nov 15."),
    ("Your appointment with a career coach is confirmed", "Your 30-minute appointment with Ms. Alvarez (career coach) "
     "is confirmed for Wednesday at 2:30pm in Hale Hall 104. Bring a draft of your resume."),
])

s("career centre", "report", "Bayside College Careers & Employability <employability@bayside.ac.uk>", 2021, "html",
  True, "Hi {n},", "Bayside College Careers & Employability Service · Student Union Building · Unsubscribe", [
    ("Your careers bulletin: week 6", "This week: virtual employer talks from Kestrel Consulting and the NHS "
     "graduate scheme, plus CV clinics every Wednesday.\n[[Book a CV clinic]]"),
    ("Invitation: Virtual Graduate Jobs Fair", "Meet 60 graduate employers online on 24 February. Register now to "
     "chat to recruiters and join live Q&As.\n[[Register]]"),
    ("Placement year: applications open", "Want to spend a year in industry? Come to our placement year briefing "
     "to find out how the process works and how we can help you apply.\n[[Find out more]]"),
    ("Assessment centres explained", "Group exercises, in-tray tasks and presentations: our online workshop "
     "explains what to expect at a graduate assessment centre.\n[[Join the workshop]]"),
    ("Feedback: how did we do?", "You recently met one of our careers advisers. Please take 2 minutes to tell us "
     "how it went.\n[[Give feedback]]"),
])

s("bootcamp", "tune", "Codeharbor Academy <team@codeharbor.example>", 2020, "html", True, "Hi {n},",
  "Codeharbor Academy · Lisbon & online · Unsubscribe · Manage preferences", [
    ("Switch careers into tech in 16 weeks", "Our full-stack bootcamp has helped 2,400 graduates land developer "
     "jobs. Next cohort starts March 2. Scholarships available.\n[[Apply for the bootcamp]]"),
    ("Your application to the bootcamp: next steps", "Thanks for applying to the Codeharbor Full-Stack program. "
     "The next step is a short coding challenge and an admissions chat.\n[[Start the challenge]]"),
    ("Meet our grads: from barista to backend developer", "Read how Inês went from making coffee to writing APIs "
     "at a fintech, six weeks after graduating.\n[[Read her story]]"),
    ("Early bird pricing ends Sunday", "Save 15% on tuition when you enrol before Sunday midnight. Financing "
     "options from €199/month.\n[[Reserve your seat]]"),
    ("Free workshop: build your first web app", "Join us online on Saturday for a 3-hour beginner workshop. No "
     "experience needed.\n[[Save my spot]]"),
])

s("course", "report", "Learnory <no-reply@learnory.example>", 2023, "both", True, "Hi {n},",
  "Learnory, Inc. · Mountain View · You're receiving this because you signed up for Learnory. Unsubscribe", [
    ("Your certificate is ready", "Congratulations on completing 'Data Analysis with SQL'. Share your certificate "
     "on your profile and let employers know.\n[[Share certificate]]"),
    ("Courses to boost your job search", "Top picks this month: 'Writing a Resume That Gets Read', 'Negotiating "
     "Your Salary' and 'Career Change Essentials'.\n[[Browse courses]]"),
    ("You're 80% through Project Management Foundations", "Just 2 lessons to go. Keep your 5-day streak alive!\n"
     "[[Resume learning]]"),
    ("Your free trial ends in 3 days", "After your trial, your plan renews at $39/month. Cancel anytime before "
     "then.\n[[Manage subscription]]"),
    ("New: professional certificates with employer partners", "Earn a certificate recognised by 150+ employers and "
     "get access to our hiring partner job board.\n[[Learn more]]"),
])

s("webinar", "tune", "PrepLoop <events@preploop.example>", 2024, "html", True, "Hi {n},",
  "PrepLoop · Interview preparation for everyone · Unsubscribe", [
    ("Live webinar: Acing the behavioural interview", "Join our free 45-minute session on Thursday at 6pm. Learn "
     "the STAR method, the 10 questions you will almost certainly be asked, and how to answer 'tell me about "
     "yourself'.\n[[Register free]]"),
    ("Recording: How to answer salary questions", "Missed the live session? Here's the recording and the slides.\n"
     "[[Watch now]]"),
    ("Practise with an AI interviewer", "Our new AI mock interviewer asks you real questions from 300 companies and "
     "scores your answers.\n[[Try a practice interview]]"),
    ("Your seat is saved: System Design Interviews 101", "You're registered for System Design Interviews 101 on "
     "May 14, 7pm CEST. Add it to your calendar.\n[[Add to calendar]]"),
    ("5 mistakes candidates make in final rounds", "Our coaches have sat in on 2,000 final-round interviews. Here "
     "are the five mistakes they see most often, and how to avoid them.\n[[Read the guide]]"),
])

s("resume service", "report", "CVPolish <hello@cvpolish.example>", 2019, "both", True, "Hi {n},",
  "CVPolish Ltd · London · You asked for a free CV review. Unsubscribe", [
    ("Your free CV review is ready", "Our reviewer looked at your CV. It scored 54/100: it is hard to skim and "
     "lacks measurable achievements. Our professional writers can fix that in 3 days.\n[[See the full review]]"),
    ("Is your CV getting past the robots?", "75% of CVs are never seen by a human. Our ATS-friendly rewrite gets "
     "you noticed.\n[[Upgrade my CV]]"),
    ("Last chance: 30% off professional CV writing", "Our offer ends tonight. Includes a cover letter and a "
     "profile makeover.\n[[Claim 30% off]]"),
    ("Your order #CV-20931 has been received", "Thank you for your order: Professional CV + Cover Letter. Your "
     "writer, Sarah, will be in touch within 24 hours with a short questionnaire."),
    ("Your new CV is ready to download", "Sarah has finished your new CV. You can ask for two rounds of changes "
     "within 14 days.\n[[Download]]"),
])

s("coaching", "tune", "Jess Moreno Career Coaching <jess@jessmoreno.example>", 2022, "plain", True, "Hi {n},",
  "Jess Moreno Career Coaching LLC · You subscribed at jessmoreno.example. Unsubscribe anytime.", [
    ("the question that sinks most interviews", "Every week a client tells me they froze on 'why are you leaving "
     "your current job?'. Here's the 3-sentence answer I teach them. (Plus: two spots left in my December "
     "coaching group.)"),
    ("Doors open: the Interview Confidence program", "For 6 weeks we'll work on your story, your answers and your "
     "nerves. Group calls every Tuesday. Early price until Friday."),
    ("Negotiating an offer? read this first", "Most people accept the first number. This week I break down the "
     "script my clients use to ask for 10% more without sounding greedy."),
    ("free 20-min call?", "I have a few free discovery calls open next week for anyone stuck in their job search. "
     "Hit reply and I'll send you my calendar."),
    ("what recruiters actually look at", "I asked five recruiters what they read first on a resume. Four said the "
     "same thing. It's not your summary."),
])

s("salary report", "report", "PayScope <insights@payscope.example>", 2021, "html", True, "Hi {n},",
  "PayScope, Inc. · Seattle · Update email preferences", [
    ("Your 2021 salary report: Marketing Manager", "Marketing Managers in Denver earn a median of $86,400. Your "
     "reported pay is in the 45th percentile.\n[[See the full report]]"),
    ("Are you paid fairly? Take the 5-minute survey", "Tell us about your role and get a free, personalised pay "
     "range based on 2 million profiles.\n[[Get my pay range]]"),
    ("Hot jobs with the biggest pay raises this year", "Data engineers, nurse anesthetists and cloud architects saw "
     "the biggest raises in 2021.\n[[Read more]]"),
    ("How to ask for a raise (with data)", "Bring your PayScope report to your next review. Here's how.\n"
     "[[Read the guide]]"),
])

s("review site", "tune", "Workvoice <community@workvoice.example>", 2018, "html", True, "Hi {n},",
  "Workvoice · Honest reviews of workplaces · Unsubscribe", [
    ("What's it really like to work at Tandem Freight?", "Employees rate Tandem Freight 3.4 out of 5. Read 212 "
     "reviews, salaries and interview questions.\n[[Read reviews]]"),
    ("Help others: review your employer", "Your review is anonymous and helps others decide where to work. It "
     "takes 5 minutes.\n[[Write a review]]"),
    ("New interview questions for Product Manager at Marlowe Bank", "Someone just shared their interview "
     "experience at Marlowe Bank: 'Three rounds, a case study and a panel.'\n[[See the questions]]"),
    ("Best places to work 2018", "See this year's list of the 50 best places to work, chosen by employees.\n"
     "[[See the list]]"),
    ("Companies you follow have new reviews", "Orbital Labs has 6 new reviews and Quillpay has 3.\n[[Read them]]"),
])

s("career fair", "report", "TechMeet Expo <tickets@techmeetexpo.example>", 2025, "html", True, "Hi {n},",
  "TechMeet Expo · Manchester Central · Unsubscribe", [
    ("You're registered: TechMeet Careers Day", "Your free ticket for TechMeet Careers Day on 12 March is "
     "attached. 70 employers will be hiring on the day.\n[[View my ticket]]"),
    ("Who's hiring at TechMeet", "Meet recruiters from Cobalt Cloud, Northway Telecom, Gridline Energy and more. "
     "Bring your CV and be ready for on-the-spot interviews.\n[[See exhibitors]]"),
    ("Tips for making the most of a careers fair", "Plan your route, prepare a 30-second introduction and follow up "
     "with the people you meet within 48 hours.\n[[Read tips]]"),
    ("Thanks for coming to TechMeet!", "It was great to see you. Slides from the talks and the list of employers "
     "with open roles are now online.\n[[Get the slides]]"),
])

# === Recruiting software and HR newsletters, to the reader as a professional =================================

s("recruiting software", "tune", "Pipelyne <growth@pipelyne.example>", 2023, "html", True, "Hi {n},",
  "Pipelyne ATS · 44 Wharf Rd, Boston · Unsubscribe from product emails", [
    ("Your applicant tracking trial ends in 3 days", "Your Pipelyne trial ends on Friday. Your team has posted 2 jobs "
     "and received 38 applications. Pick a plan to keep your candidates.\n[[Choose a plan]]"),
    ("How to reduce candidate drop-off by 40%", "Long application forms lose candidates. Our new one-page apply flow "
     "cut drop-off by 40% for customers like Fernway.\n[[See how]]"),
    ("New: interview scheduling that candidates love", "Let candidates book their own interview slots, with automatic "
     "reminders to your hiring managers.\n[[Turn it on]]"),
    ("Welcome to Pipelyne, let's post your first job", "Your account has been created. Post your first job to 20 "
     "job boards in one click.\n[[Post a job]]"),
    ("Your weekly hiring report", "Open jobs: 2 · New applicants: 17 · Interviews scheduled: 4 · Offers sent: 1\n"
     "[[Open dashboard]]"),
])

s("recruiting software", "report", "Talentstack <news@talentstack.example>", 2020, "both", True, "Hello {n},",
  "Talentstack Software Ltd · Reading, UK · Manage subscription", [
    ("Remote hiring playbook for 2020", "Hiring went remote overnight. Download our free playbook on running video "
     "interviews and onboarding new starters from home.\n[[Download the playbook]]"),
    ("Webinar: writing job ads that convert", "Join our head of talent on Thursday to learn how to write inclusive "
     "job adverts that attract more applicants.\n[[Register]]"),
    ("Your demo with Talentstack is confirmed", "Thanks for booking a demo. Chris from our team will show you how "
     "Talentstack handles applications, interviews and offers in one place. Tuesday 11:00 BST."),
    ("Candidate experience benchmark report", "How fast do employers reply to applicants? Our 2020 benchmark of "
     "1,200 companies has the answer.\n[[Get the report]]"),
    ("Your invoice from Talentstack", "Invoice TS-88213 for £249.00 (Growth plan, monthly) is attached. Thank you."),
])

s("hr newsletter", "tune", "People Ops Weekly <editor@peopleopsweekly.example>", 2019, "plain", True, "Hi {n},",
  "People Ops Weekly is read by 40,000 HR professionals. Unsubscribe | Forward to a colleague", [
    ("People Ops Weekly #112: the offer-decline problem", "This week: why 1 in 5 candidates now turn down offers, "
     "how a logistics firm halved its time to hire, and a template for structured interview scorecards."),
    ("People Ops Weekly #113: onboarding that sticks", "New hires decide in 90 days whether they'll stay. Three "
     "onboarding plans from companies that got it right, and the week's HR jobs board."),
    ("People Ops Weekly #114: references are broken", "Do reference checks still predict anything? We asked 30 "
     "recruiters. Plus: the candidate ghosting survey results."),
    ("People Ops Weekly #115: the rejection email", "A good rejection email is short, kind and fast. Here's a "
     "template you can steal, and why automated 'no's hurt your employer brand."),
])

s("hr newsletter", "report", "HR Leaders Circle <membership@hrleaderscircle.example>", 2024, "html", True,
  "Dear {n},", "HR Leaders Circle · Membership services · Unsubscribe", [
    ("Your membership renewal", "Your HR Leaders Circle membership renews on 1 July. Renew now to keep access to "
     "our legal hotline and the annual conference.\n[[Renew]]"),
    ("Conference: Talent Acquisition Summit 2024", "Two days of talks on recruiting, interviewing and hiring "
     "with AI. Members save 20%.\n[[Book your place]]"),
    ("Briefing: new rules on pay transparency in job adverts", "From next year employers must publish salary ranges "
     "in job postings. Our briefing explains what changes.\n[[Read the briefing]]"),
    ("Call for speakers", "Have a story about hiring, retention or workforce planning? Submit a talk proposal by "
     "31 March.\n[[Submit a proposal]]"),
])

# === Everyday mail that borrows the words ====================================================================

s("shop", "tune", "Brightcart <orders@brightcart.example>", 2021, "html", True, "Hi {n},",
  "Brightcart · Customer service · Unsubscribe from marketing", [
    ("Your order has been received", "Thanks for your order #BC-4471923. We'll let you know when it ships.\n"
     "* Wireless headphones × 1 — $89.99\n* USB-C cable × 2 — $19.98\n[[View order]]"),
    ("Your return has been processed", "We've received your return for order #BC-4471923. A refund of $19.98 will "
     "reach your card in 3–5 business days."),
    ("Your Brightcart Store Card application", "Thank you for applying for the Brightcart Store Card. Your "
     "application is being reviewed and we'll email you a decision within 7–10 days."),
    ("Your Brightcart Store Card application has been approved", "Good news! Your application has been approved "
     "with a credit limit of $1,500. Your card will arrive in 7–10 days."),
    ("We're hiring for the holidays!", "Join the Brightcart team this season: warehouse and delivery roles with "
     "flexible hours and a 20% staff discount. (Plus: our Black Friday deals start Thursday.)\n[[Shop deals]]"),
    ("Rate your recent purchase", "How are your wireless headphones? Leave a review and help other shoppers.\n"
     "[[Write a review]]"),
])

s("shop", "report", "Hollow Oak Outfitters <hello@hollowoak.example>", 2018, "both", True, "Hey {n},",
  "Hollow Oak Outfitters · Portland, OR · Unsubscribe", [
    ("Order confirmed: #HO-10293", "We got your order and we're packing it up. Trail jacket (M, olive) — $148."),
    ("Your order has shipped", "Your trail jacket is on its way. Track it with UPS: 1Z 999 AA1 01 2345 6784."),
    ("Application received: Hollow Oak Visa card", "Thanks for applying for the Hollow Oak Visa card. We need a "
     "little more information to complete your application. Please call 1-800-555-0199."),
    ("Your return label", "Here's your prepaid return label. Drop the package at any UPS location within 30 days."),
    ("Now hiring: seasonal store associates", "Love the outdoors? Our Portland and Bend stores are hiring "
     "seasonal associates. Apply in store or on our website. (And yes, staff get 40% off.)"),
])

s("bank", "tune", "Meridian Credit Union <loans@meridiancu.example>", 2017, "plain", False, "Dear {n},",
  "Meridian Credit Union | Federally insured by NCUA | Please do not reply to this message.", [
    ("Your loan application has been received", "Thank you for applying for a personal loan with Meridian Credit "
     "Union. Your application number is PL-204877. A loan officer will review it within 2 business days."),
    ("Action needed: documents for your application", "To continue processing your auto loan application we need "
     "your two most recent pay stubs and proof of address. Upload them in online banking."),
    ("Your application has been approved", "Congratulations! Your auto loan of $18,500 at 3.9% APR has been "
     "approved. Please visit a branch to sign your loan documents."),
    ("Your application has been declined", "We're sorry, but we are unable to approve your application for a "
     "Meridian Visa Platinum card at this time. You'll receive a letter explaining the reasons within 30 days."),
    ("Your new account is ready", "Your savings account ending 4410 is now open. Set up direct deposit from your "
     "employer to get a $100 bonus."),
])

s("bank", "report", "Lakeshore Bank <notifications@lakeshorebank.example>", 2022, "html", True, "Hello {n},",
  "Lakeshore Bank, N.A. Member FDIC. This is a service email. Manage alerts", [
    ("We've received your mortgage application", "Your mortgage application for 18 Birch Lane is in review. Your "
     "loan officer is Gloria Whitfield.\n[[Check status]]"),
    ("Your application status has changed", "Your mortgage application has moved to underwriting. Next step: "
     "appraisal.\n[[View details]]"),
    ("Conditional approval for your mortgage", "Great news — your mortgage has been conditionally approved. We still "
     "need a verification of employment from your employer.\n[[Upload documents]]"),
    ("Your credit card application decision", "Unfortunately we can't approve your Lakeshore Rewards card "
     "application right now. A letter with the details is on its way."),
    ("Security alert: new sign-in", "We noticed a new sign-in to online banking from Chrome on Windows. If this was "
     "you, no action is needed."),
])

s("rental", "tune", "Parkside Apartments Leasing <leasing@parksideapts.example>", 2020, "plain", False, "Hi {n},",
  "Parkside Apartments | 1200 Elm St | Leasing office open daily 9-6", [
    ("Rental application received - Unit 4B", "We received your rental application and the $45 application fee "
     "for Unit 4B. Background and credit checks usually take 2-3 business days."),
    ("Your rental application is approved!", "Congratulations, your application for Unit 4B has been approved. "
     "Please sign the lease and pay the security deposit within 48 hours to hold the unit."),
    ("Proof of income needed", "To finish reviewing your application we need proof of income: an offer letter from "
     "your employer or your last two pay stubs."),
    ("Your tour is confirmed", "Your apartment tour is confirmed for Saturday at 11am. Please check in at the "
     "leasing office."),
    ("Move-in checklist", "Your move-in date is June 1. Set up electricity, renters insurance and pick up your "
     "keys at the office."),
])

s("rental", "report", "Greenway Lettings <applications@greenwaylettings.example>", 2023, "both", True, "Dear {n},",
  "Greenway Lettings Ltd · Cardiff · Registered in Wales", [
    ("Your tenancy application: references", "Thank you for applying for 22 Clive Street. Our referencing partner "
     "will contact your employer and your current landlord this week."),
    ("Viewing booked: 22 Clive Street", "Your viewing is booked for Tuesday 14 March at 17:30. Please bring photo "
     "ID."),
    ("Tenancy application unsuccessful", "Thank you for your interest in 22 Clive Street. Unfortunately the landlord "
     "has accepted another application. We will let you know about similar properties."),
    ("New properties matching your search", "3 new two-bedroom flats in Cardiff under £1,100 pcm.\n[[View "
     "properties]]"),
])

s("visa", "tune", "VisaLink Appointments <noreply@visalink-appointments.example>", 2019, "plain", False,
  "Dear Applicant,", "This mailbox is not monitored. VisaLink is an authorised service provider.", [
    ("Appointment confirmation", "Your biometrics appointment is confirmed for 04/09/2019 at 09:15 at the VisaLink "
     "centre. Bring your passport and the appointment letter."),
    ("Your application has been received", "Your visa application (reference VL-7729104) has been received by the "
     "embassy. Processing takes up to 15 working days."),
    ("Application status update", "Your visa application VL-7729104 has been decided. Your passport is ready for "
     "collection."),
    ("Interview at the consulate", "You are invited to attend an interview at the consulate on 12 September at "
     "10:30 as part of your visa application. Bring your employment letter and bank statements."),
])

s("insurance", "report", "Harbor Mutual <service@harbormutual.example>", 2021, "html", True, "Hi {n},",
  "Harbor Mutual Insurance Company · Service email · Privacy", [
    ("We received your application for life insurance", "Thanks for applying for term life coverage. An "
     "underwriter will review your application; we may ask for a short phone interview about your health.\n"
     "[[Track your application]]"),
    ("Your policy is approved", "Your application has been approved and your policy starts on 1 August. Your "
     "documents are in your account.\n[[View policy]]"),
    ("Schedule your health interview", "Please pick a time for a 15-minute phone interview with our nurse.\n"
     "[[Pick a time]]"),
    ("Your quote is ready", "Your home insurance quote: $84/month. This offer is valid for 30 days.\n[[Buy now]]"),
])

s("school admissions", "tune", "Maplewood School District <enrollment@maplewoodsd.example>", 2024, "plain", False,
  "Dear Parent/Guardian,", "Maplewood School District Enrollment Office", [
    ("Kindergarten application received", "We have received your kindergarten application for the 2024-25 school "
     "year. Placement letters will be sent in April."),
    ("Magnet school lottery results", "Your child's application to Lincoln STEM Magnet has been placed on the "
     "waitlist at position 14. You will be notified if a seat becomes available."),
    ("Offer of placement", "We are pleased to offer your child a place at Oakridge Elementary. Please accept the "
     "offer in the parent portal by May 1."),
    ("Volunteer background checks", "Parents who want to volunteer in classrooms must complete a background check "
     "application before October 1."),
])

s("club", "report", "Riverside Rowing Club <secretary@riversiderowing.example>", 2018, "plain", False, "Hi {n},",
  "Riverside Rowing Club - est. 1892", [
    ("Membership application", "Thanks for your membership application. The committee meets on the first Monday of "
     "the month and we'll confirm after that."),
    ("Welcome to the club!", "Your application was approved at Monday's committee meeting. Learn-to-row sessions "
     "are Saturdays at 8am."),
    ("Volunteers needed for the regatta", "We need 20 volunteers for race day: marshals, timekeepers and the "
     "cake stall. Reply if you can help."),
    ("Position of club treasurer", "Our treasurer is stepping down after 10 years. If you'd like to stand for the "
     "position at the AGM, let me know by the 15th."),
])

s("volunteer", "tune", "Eastside Food Bank <volunteer@eastsidefoodbank.example>", 2022, "both", True, "Hi {n}!",
  "Eastside Food Bank · 501(c)(3) · Unsubscribe", [
    ("Thanks for signing up to volunteer", "We received your volunteer application. Next step: a 1-hour orientation. "
     "Pick a date that works for you.\n[[Choose orientation]]"),
    ("Your shift is confirmed", "You're scheduled for Saturday 9am–12pm in the warehouse. Closed-toe shoes please!"),
    ("Volunteer role: delivery driver", "We're looking for volunteer drivers for home deliveries on weekdays. Apply "
     "in the volunteer portal if you have a clean driving record."),
    ("Thank you for 50 hours!", "You've given 50 hours this year. That's 1,200 meals packed. Thank you."),
])

s("tickets", "report", "Ticketvault <orders@ticketvault.example>", 2019, "html", True, "Hi {n},",
  "Ticketvault Ltd · Your tickets are non-refundable except as required by law.", [
    ("Your tickets for The Lumineers", "Order TV-88214: 2 tickets, Section 104, Row K. Your mobile tickets are in "
     "the app.\n[[View tickets]]"),
    ("Presale application: you're in", "Your application for the Glastonbury presale was successful. Your code "
     "will arrive by email on Thursday."),
    ("Event reminder: tomorrow", "Doors open at 7pm. Bags larger than A4 are not allowed."),
    ("How was the show?", "Tell us about your experience and get £5 off your next order.\n[[Take the survey]]"),
])

s("account", "tune", "Cloudnote <no-reply@cloudnote.example>", 2025, "html", True, "Hi {n},",
  "Cloudnote · You received this email because of activity on your account.", [
    ("Your account has been created", "Welcome to Cloudnote! Your account has been created. Verify your email to "
     "get started.\n[[Verify email]]"),
    ("Reset your password", "We received a request to reset your password. This link expires in 30 minutes.\n"
     "[[Reset password]]\nIf you didn't ask for this, ignore this email."),
    ("Your password has been changed", "Your Cloudnote password was changed on 3 Feb 2025. If this wasn't you, "
     "secure your account."),
    ("Your job has finished", "Your export job 'Notes 2024' has finished. Download it within 7 days.\n"
     "[[Download]]"),
])

s("account", "report", "Jobsy Accounts <accounts@jobsy.example>", 2020, "plain", True, "Hi {n},",
  "Jobsy - find work you love. This is an automated message, please do not reply.", [
    ("Welcome to Jobsy - your account has been created", "Your Jobsy account is ready. Upload your resume and set "
     "up job alerts to start your search."),
    ("Password reset request", "Someone asked to reset the password for your Jobsy account. Use the link below "
     "within one hour."),
    ("Confirm your email address", "Please confirm your email address to receive job recommendations."),
    ("Your account will be deleted", "You haven't logged in for 2 years. Log in within 30 days to keep your "
     "account and your saved applications."),
])

s("survey", "report", "Surveyly <surveys@surveyly.example>", 2020, "html", True, "Hi {n},",
  "Surveyly · You were invited by the organisation named above · Opt out", [
    ("Tell us about your hiring experience", "Northway Telecom would like your feedback on their candidate "
     "experience. The survey takes 4 minutes and is anonymous.\n[[Start survey]]"),
    ("Quick survey: your commute", "The City Transport Office wants to know how you get to work. 6 questions.\n"
     "[[Start]]"),
    ("Reminder: the Employee Engagement Survey closes Friday", "Your answers are confidential. Tell us what it's "
     "like to work here.\n[[Continue survey]]"),
    ("Thanks for completing the survey", "Your responses have been recorded. Thank you for your time."),
])

s("newsletter", "tune", "Luca's Kitchen <news@lucaskitchen.example>", 2023, "html", True, "Ciao {n}!",
  "Luca's Kitchen · 31 Canal St · Unsubscribe", [
    ("Truffle season is here 🍄", "Our truffle menu is back until December. Book a table for Friday and get a free "
     "dessert.\n[[Book now]]\nP.S. We're hiring! Line cooks and servers, apply at the restaurant."),
    ("Join our team", "Luca's is growing. We're looking for a sous chef and two weekend servers. Great tips, staff "
     "meals, flexible shifts. Send your CV to the restaurant or drop by after 3pm."),
    ("Your reservation is confirmed", "Table for 4 on Saturday at 7:30pm. See you soon!"),
    ("New Year's Eve tasting menu", "Seven courses, wine pairing and live music. Only 40 seats.\n[[Reserve]]"),
])

s("news", "report", "Metro Business Daily <briefing@metrobusiness.example>", 2024, "plain", True, "Good morning,",
  "Metro Business Daily · You signed up for the morning briefing · Unsubscribe", [
    ("Morning briefing: jobs report beats forecasts", "Employers added 272,000 jobs in May; unemployment ticked up "
     "to 4.0%. Also: Gridline Energy to cut 300 positions, and why offers to new graduates are down."),
    ("Morning briefing: the interview with the Fed chair", "In our interview, the Fed chair said hiring is cooling. "
     "Plus: Quillpay files for an IPO."),
    ("Morning briefing: remote job postings fall", "Remote roles now make up 8% of job postings, down from 14% in "
     "2022. Also: Northway Telecom names a new CEO."),
    ("Morning briefing: the candidates' debate", "The mayoral candidates clashed over housing last night. Applications "
     "for the city's small-business grants open Monday."),
])

s("government", "report", "Passport Office <no-reply@passports.example.gov>", 2025, "plain", False, "Dear {n},",
  "Passport Office. Do not reply to this email.", [
    ("We have received your passport application", "Your application reference is 4410-2298-7716. We aim to process "
     "applications within 3 weeks."),
    ("Your application is being processed", "We have checked your documents and your application is now being "
     "processed."),
    ("Your passport has been sent", "Your new passport has been sent by secure delivery. Your old passport will be "
     "returned separately."),
])

s("admissions", "tune", "Fenwick University Graduate Admissions <gradadmissions@fenwick.edu>", 2021, "html",
  False, "Dear {n},", "Office of Graduate Admissions · Fenwick University", [
    ("Your application to the MS in Data Science is complete", "All required materials have been received. The "
     "admissions committee will review your application and decisions will be released in March.\n[[Check "
     "status]]"),
    ("Invitation to interview for the PhD program", "The Department of Biology invites you to a virtual interview "
     "weekend on February 11-12 as part of your application to the PhD program."),
    ("Admission decision available", "A decision has been made on your application. Log in to the applicant portal "
     "to view it.\n[[View decision]]"),
    ("Congratulations on your admission!", "We are delighted to offer you admission to the MS in Data Science, "
     "starting Fall 2021. Please accept your offer of admission by April 15."),
    ("Scholarship application deadline", "Admitted students may apply for the Dean's Scholarship until May 1."),
])

s("friend", "tune", "Rachel Osei <rachel.osei@gmail.example>", 2022, "plain", False, "",
  "", [
    ("I GOT THE JOB!!", "Hi! Remember the interview I was so nervous about? They called this morning and offered me "
     "the job!! I start in March. Drinks on me Friday?"),
    ("Re: how did it go?", "Honestly the interview was rough, they asked me to whiteboard something I hadn't done "
     "since uni. Fingers crossed. How's your search going?"),
    ("saw this and thought of you", "My company is hiring a data analyst - link below. Not sure if it's your thing "
     "but happy to pass your CV along if you want. No pressure!"),
    ("congrats on the new role", "Just saw your update - congrats!! So happy for you. We need to celebrate."),
])

s("family", "report", "Uncle Ray <raymond.pike@aol.example>", 2017, "plain", False, "",
  "", [
    ("article for you", "Saw this article about how to write a cover letter and thought of you. Your aunt says hi. "
     "Any news on the job front?"),
    ("Fwd: jobs at the plant", "Your cousin says the plant is hiring engineers again. Might be worth a look. Love, "
     "Ray"),
    ("Thanksgiving", "Are you coming for Thanksgiving? Your aunt wants to know how many pies to make. Also bring "
     "that resume of yours, Bill from church says his company has openings."),
])

s("job board alert", "tune", "Gigstream <matches@gigstream.example>", 2024, "html", True, "Hi {n},",
  "Gigstream · Freelance work, found fast · Notification settings", [
    ("5 new projects match your skills", "* Shopify store redesign · $1,200 fixed · 8 proposals\n* React dashboard "
     "for a clinic · $45/hr · 3 proposals\n* Landing page copy · $300 · 14 proposals\n[[Send a proposal]]"),
    ("A client invited you to bid", "Corvid Games viewed your portfolio and invited freelancers like you to bid on "
     "'Pixel art for a mobile game'. Bidding closes in 2 days.\n[[View project]]"),
    ("Your proposal credits are running low", "You have 4 credits left. Buy more to keep sending proposals.\n"
     "[[Buy credits]]"),
    ("Get paid faster with Gigstream Pay", "Withdraw earnings to your bank in one day.\n[[Learn more]]"),
    ("Your profile is now Top Rated", "Clients will see the Top Rated badge on your profile and in search results."),
])

s("job board alert", "report", "CivicJobs <alerts@civicjobs.example.gov>", 2022, "plain", False, "",
  "CivicJobs is the official jobs site of the state government. To change your saved searches, sign in.", [
    ("Saved search results: Environmental Scientist", "2 new job announcements match your saved search.\n\n"
     "Environmental Scientist 2 - Dept. of Ecology - Olympia - Closes 08/14/2022\nWater Quality Specialist - Dept. "
     "of Health - Spokane - Closes 08/21/2022"),
    ("Saved search results: Planner", "1 new job announcement matches your saved search.\n\nTransportation Planner 3 "
     "- Dept. of Transportation - Tacoma - Closes 09/02/2022"),
    ("Reminder: update your master profile", "Your master profile is used for every job you apply to on CivicJobs. "
     "Please review your education and work history."),
    ("Upcoming hiring events", "State agencies will hold virtual hiring events in September. Find the schedule on "
     "the CivicJobs events page."),
    ("Scheduled maintenance", "CivicJobs will be unavailable on Saturday from 6am to 10am for maintenance."),
])

s("network", "tune", "Northfield Alumni Connect <connect@alumni.northfield.edu>", 2021, "html", True, "Hi {n},",
  "Northfield Alumni Association · Update your communication preferences", [
    ("Alumni in your field want to help", "12 alumni working in software have offered to do informational "
     "interviews this month.\n[[Request a chat]]"),
    ("New jobs posted by Northfield alumni", "* Analyst · Halden Group (posted by Jay Kim '09)\n* Associate · "
     "Fenway Capital (posted by Mia Roth '12)\n[[See jobs]]"),
    ("You have a new mentorship request", "A current student, Ana P., asked you to be her mentor for the spring "
     "semester.\n[[Respond]]"),
    ("Reunion weekend registration is open", "Join classmates on campus June 4–6.\n[[Register]]"),
    ("Give back on Giving Day", "Support student internships and career services.\n[[Donate]]"),
])

s("career centre", "report", "Internhub <team@internhub.example>", 2025, "html", True, "Hey {n}!",
  "Internhub · Internships for students everywhere · Unsubscribe", [
    ("Summer internships closing soon", "* Marketing Intern · Tandem Freight · Chicago · closes Friday\n* Data "
     "Intern · Lumen Health · Boston · closes Monday\n[[Apply now]]"),
    ("How to write a cover letter with no experience", "Our step-by-step guide, with three examples from students "
     "who landed internships.\n[[Read the guide]]"),
    ("Internship salaries in 2025", "The average tech intern earned $42/hour this year. See pay by company.\n"
     "[[See the data]]"),
    ("Your Internhub profile is live", "Employers can now find you. Add your graduation year and major to show up "
     "in more searches."),
    ("Live Q&A: from intern to full-time", "Three recent grads talk about turning their internship into a return "
     "offer.\n[[Save my seat]]"),
])

s("recruiting software", "tune", "Ben at Sourcebot <ben@sourcebot.example>", 2024, "plain", True, "Hi {n},",
  "Sourcebot AI, 2 Market Sq, Austin TX. Not interested? Reply 'no thanks' and I won't email again.", [
    ("quick question about your hiring", "Saw that your company has 14 open roles on its careers page. How are you "
     "sourcing candidates today? Sourcebot finds and emails 200 qualified candidates a week on autopilot."),
    ("re: quick question about your hiring", "Bumping this up. Teams like Fernway cut their time to hire from 41 "
     "to 23 days with Sourcebot. Worth a 15-minute demo?"),
    ("the offer-acceptance rate problem", "Recruiters we talk to say candidates are ghosting after the final "
     "interview. We built a nurture sequence for that. Want to see it?"),
    ("last try", "I'll stop here - if sourcing ever becomes a priority, my calendar link is below."),
])

s("phone contract", "tune", "Voltmobile <customercare@voltmobile.example>", 2019, "html", True, "Hi {n},",
  "Voltmobile Ltd · Registered in England · Manage marketing preferences", [
    ("We've got your application", "Thanks for applying for a Voltmobile contract. We'll run a quick credit check "
     "and let you know within an hour."),
    ("Your order is confirmed", "Your new phone and SIM will arrive tomorrow. Your number moves over on Thursday."),
    ("Your upgrade offer", "You can upgrade now. Get the latest phone for £0 upfront.\n[[See offers]]"),
    ("Your bill is ready", "Your bill for March is £24.50. It will be collected on the 12th."),
])

s("membership", "report", "Summit Fitness <frontdesk@summitfitness.example>", 2017, "plain", False, "Hi {n},",
  "Summit Fitness | 88 Pearl St | Reply STOP to opt out", [
    ("Welcome to Summit Fitness", "Your membership application has been processed and your key fob is ready at the "
     "front desk. Your first personal training session is free."),
    ("Class schedule changes", "Spin on Tuesdays moves to 6:30pm. Yoga on Sunday is now 10am."),
    ("We're hiring trainers", "Summit Fitness is looking for certified personal trainers. Members get first dibs, "
     "ask at the front desk."),
    ("Your membership renews soon", "Your annual membership renews on 1 January at $420."),
])

s("car finance", "tune", "Autofund <decisions@autofund.example>", 2023, "both", True, "Hi {n},",
  "Autofund Finance Ltd is authorised and regulated. Representative APR 9.9%.", [
    ("Your finance application", "Thanks for your application to finance a 2021 Honda Civic. We'll get back to you "
     "with a decision shortly."),
    ("Good news: you're approved", "Your application has been approved. Your monthly payment will be £229 over 48 "
     "months.\n[[Sign your agreement]]"),
    ("We need to verify your employment", "As part of your application, please confirm your employer's name and "
     "how long you have worked there.\n[[Confirm details]]"),
    ("Your application was unsuccessful", "We're sorry, we can't offer you finance at this time. This won't affect "
     "your credit score."),
])

s("grant", "report", "Allerton Foundation <grants@allertonfoundation.example>", 2022, "plain", False, "Dear {n},",
  "The Allerton Foundation, registered charity no. 1099881", [
    ("Grant application received", "Thank you for submitting an application to the Community Arts Fund. The panel "
     "meets in June."),
    ("Outcome of your grant application", "We regret that the panel was unable to fund your project this round. "
     "We received 340 applications for 25 grants. You are welcome to apply again in the autumn."),
    ("Invitation to interview", "The panel would like to interview you about your project proposal on 14 June at "
     "2pm by video call."),
    ("Your grant has been awarded", "We are pleased to offer you a grant of £4,000. Please sign and return the "
     "offer letter."),
])

s("job board alert", "tune", "ShiftPal <shifts@shiftpal.example>", 2022, "html", True, "Hi {n},",
  "ShiftPal · Flexible work near you · Notification settings", [
    ("New shifts near you", "* Warehouse associate · Fri 6am–2pm · $19/hr · 2.1 mi\n* Event staff · Sat 4pm–11pm · "
     "$21/hr · 4.0 mi\n[[Claim a shift]]"),
    ("Your shift tomorrow", "Reminder: Warehouse associate at Tandem Freight, Fri 6am. Bring safety boots."),
    ("Rate your shift", "How was your shift at Tandem Freight? Your rating helps other workers.\n[[Rate]]"),
    ("You earned $152 this week", "Your pay will arrive on Tuesday.\n[[See earnings]]"),
    ("Refer a friend, get $50", "Invite a friend to ShiftPal. When they complete 3 shifts, you both get $50."),
])

# === Job mail from the same world, which must stay job mail ==================================================

s("job: recruiter", "tune", "Dana Whitcombe <dana@stellarsearch.example>", 2023, "plain", False, "Hi {n},",
  "Dana Whitcombe | Senior Recruiter | Stellar Search | +1 415 555 0133", [
    ("Senior Product Designer - fintech client", "I came across your portfolio and think you'd be a great fit for a "
     "Senior Product Designer role I'm recruiting for at a Series B fintech in San Francisco (hybrid, $160-180k). "
     "Would you be open to a quick call this week to hear more?"),
    ("Following up - design role", "Just following up on my note from last week about the Senior Product Designer "
     "role with my fintech client. The hiring manager loved your case studies. Do you have 15 minutes on Thursday?"),
    ("Design Lead opportunity in Austin", "I'm working on a Design Lead position with a healthcare company in Austin "
     "and your background in design systems stood out to me. Happy to share the job description if you're "
     "interested."),
    ("Quick question", "Are you open to new opportunities at the moment? I have a Principal Designer role with a "
     "client that matches your experience almost exactly. Let me know and I can send details."),
    ("Contract role - 6 months", "I have a 6-month contract for a UX designer with a retail client, fully remote, "
     "$85/hr. Given your experience I thought of you first. Interested?"),
    ("Re: your profile", "Thanks for connecting! As mentioned, I'm hiring for a Product Design Manager at one of my "
     "clients. Could you send me your latest CV so I can put you forward?"),
])

s("job: recruiter", "report", "Tariq Haddad <t.haddad@keystonetalent.example>", 2018, "plain", False, "Dear {n},",
  "Tariq Haddad\nPrincipal Consultant - Finance & Accounting\nKeystone Talent Ltd, Leeds", [
    ("Management Accountant opportunity - Harrogate", "I hope you don't mind me reaching out. I'm recruiting for a "
     "Management Accountant at a well-known manufacturer in Harrogate (£45k + bonus) and your profile suggests you "
     "could be a strong match. Would you be free for a confidential chat?"),
    ("Financial Controller role", "I'm currently working on an exclusive Financial Controller vacancy with a "
     "growing logistics business. Your experience leading month-end would be valued. Are you looking at the "
     "moment?"),
    ("Follow up", "I wanted to follow up on the Management Accountant role. My client is keen to start interviews "
     "next week; please let me know if you'd like me to submit your CV."),
    ("Interim role", "I have an urgent 3-month interim Finance Manager role in Leeds, day rate £350. You came to "
     "mind straight away. Could we speak today?"),
    ("New role that may interest you", "A client of mine is hiring an FP&A Manager in York. I think your background "
     "fits very well. Shall I send over the details?"),
    ("Catch up?", "It's been a while since we last spoke. Are you open to hearing about new roles? I have two "
     "Finance Business Partner positions that could suit you."),
])

s("job: recruiter", "tune", "Guildly <inmail-noreply@guildly.example>", 2022, "html", True, "",
  "This message was sent to you through Guildly. Unsubscribe from InMail notifications · Guildly Corporation", [
    ("Priya Shah sent you a message", "Priya Shah, Technical Recruiter at Orbital Labs:\n\"Hi, I'm hiring for a "
     "Senior Backend Engineer on our payments team and your experience with Go and Kafka stood out. Would you be "
     "open to a chat about the role?\"\n[[Reply]]"),
    ("New message from Leo Martins", "Leo Martins, Talent Partner at Quillpay:\n\"Hello! We're building our data "
     "platform team and I think your background is a great match for our Staff Data Engineer opening. Do you have "
     "time for a call next week?\"\n[[Reply]]"),
    ("InMail: Engineering Manager role at Fernway", "Grace Obi, Head of Talent at Fernway:\n\"Hi there, I came "
     "across your profile and would love to talk to you about our Engineering Manager position. Are you open to "
     "new roles?\"\n[[Reply]]"),
    ("Sam Carter sent you a message", "Sam Carter, Recruiter at Lodestar Bio:\n\"Your profile caught my eye for a "
     "Platform Engineer role in Boston. Can I share the job description with you?\"\n[[Reply]]"),
    ("New message from Nadia Petrova", "Nadia Petrova, Recruiting Lead at Marigold Social:\n\"We're hiring senior "
     "engineers for our infrastructure team. Based on your experience I'd love to set up an intro call. Would "
     "Tuesday work?\"\n[[Reply]]"),
    ("Mei Lin sent you a message", "Mei Lin, Technical Sourcer at Cobalt Cloud:\n\"Hi! I'm reaching out about a "
     "Site Reliability Engineer role on my team - your background looks like a fit. Interested in learning "
     "more?\"\n[[Reply]]"),
])

s("job: ack", "tune", "Roleradar Applications <applications@mail.roleradar.example>", 2023, "html", True, "Hi {n},",
  "Roleradar · 210 Howard St, San Francisco · Privacy", [
    ("Your application was sent to Tandem Freight", "Your application for Product Designer II at Tandem Freight "
     "was sent. The employer will contact you directly if they would like to move forward.\n[[View application]]"),
    ("Application submitted: UX Researcher at Pelican Insurance", "We've sent your application, resume and cover "
     "letter to Pelican Insurance for the UX Researcher position.\n[[Track your application]]"),
    ("Lumen Health received your application", "Good news: Lumen Health has received your application for Senior "
     "Product Designer. Applications are usually reviewed within two weeks."),
    ("Your application to Quillpay", "Thanks for applying to Design Systems Lead at Quillpay through Roleradar. "
     "Your application has been delivered to the hiring team."),
    ("Application viewed by Orbital Labs", "The hiring team at Orbital Labs viewed your application for Staff "
     "Product Designer."),
    ("Confirmation: you applied to Birchline", "This confirms your application for Mixed Methods Researcher at "
     "Birchline. Birchline will review it and contact you if there is a match."),
])

s("job: ack", "report", "Vacancio Applications <sollicitaties@vacancio.example>", 2021, "both", True, "Dear {n},",
  "Vacancio B.V. · Amsterdam · This is an automated message", [
    ("Your application for IT Project Manager at Zuiderbank", "Your application for the IT Project Manager position "
     "at Zuiderbank has been sent successfully. The recruiter will contact you if your profile matches."),
    ("Application confirmation: Project Manager Infrastructure", "Deltaworks has received your application for "
     "Project Manager Infrastructure in Rotterdam. Thank you for applying."),
    ("Thank you for applying to Canal Events", "Canal Events has received your CV and motivation letter for the "
     "Junior Project Manager vacancy. They aim to respond within 10 working days."),
    ("Your application has been forwarded", "We have forwarded your application for PMO Analyst to Deltaworks."),
    ("Application received: Operations Manager", "Tulip Logistics confirms receipt of your application for "
     "Operations Manager at Schiphol."),
])

s("job: interview", "tune", "JobsNest Messages <messages@jobsnest.example>", 2025, "both", True, "Hi {n},",
  "JobsNest Inc. · Toronto, ON · You received this because an employer messaged you on JobsNest.", [
    ("Maplewood Health wants to interview you", "Maplewood Health sent you a message about your application for "
     "Registered Nurse – Emergency:\n\"We'd like to invite you to an interview on Tuesday, March 4 at 10:00 am at "
     "our Queen St campus. Please confirm if this time works.\"\n[[Reply]]"),
    ("Interview request from St. Clair Hospital", "St. Clair Hospital would like to schedule a phone interview for "
     "the RN, Medical/Surgical position you applied to. Choose a time below.\n[[Pick a time]]"),
    ("New message from Greenhaven Homes", "Greenhaven Homes:\n\"Thank you for applying for the RN, Long-term care "
     "role. We would like to meet you for an interview next week. Are you available Wednesday or Thursday "
     "afternoon?\"\n[[Reply]]"),
    ("Your interview is confirmed", "Your interview with Birchwood Family Health for Nurse Practitioner is "
     "confirmed for Friday, March 7 at 2:00 pm (video call). The link will be shared by the employer."),
    ("Region of Peel invited you to interview", "Region of Peel invited you to a panel interview for Public Health "
     "Nurse on March 12 at 9:30 am, 10 Peel Centre Dr, Brampton.\n[[Accept invitation]]"),
    ("Reminder: interview tomorrow with CareLink", "This is a reminder of your video interview tomorrow at 11:00 am "
     "with CareLink for the Patient Care Coordinator role."),
])

s("job: interview", "report", "QuarryJobs Messages <employer-messages@quarryjobs.example>", 2019, "html", True,
  "Hello {n}", "QuarryJobs Ltd · Leeds LS1 · This message was sent by an employer through QuarryJobs.", [
    ("Fenwick Foods would like to interview you", "Re: Assistant Accountant - Fenwick Foods\n\"Thank you for your "
     "application. We would like to invite you for an interview at our Leeds office on Monday 8 April at 2pm. "
     "Please let us know if you can attend.\""),
    ("Interview invitation - Management Accountant", "Whitby Homes has invited you to interview for Management "
     "Accountant. Date: Thursday 11 April, 10:30. Location: Whitby Homes, Bradford.\n[[Respond]]"),
    ("Message from Yorvik Retail", "\"Hi, thanks for applying for Finance Business Partner. Are you free for a "
     "30-minute phone interview this Friday? Please suggest a time.\""),
    ("Aire Valley Haulage: interview", "Aire Valley Haulage would like to meet you about the Part Qualified "
     "Accountant role. Could you come in on Wednesday at 9am?"),
    ("Second interview invitation", "Northgate Media would like to invite you to a second interview for FP&A "
     "Analyst on 17 April. You will meet the Finance Director."),
])

s("job: interview", "report", "Connectr Jobs <jobs-noreply@connectr.example>", 2019, "both", True, "Hi {n},",
  "Connectr, Inc. · 500 Third Ave, Seattle · You applied to this job on Connectr.", [
    ("Gridline Energy sent you a message about your application", "Elena Sorokina, Gridline Energy:\n\"Thanks for "
     "applying to Product Manager. I'd love to set up a 45-minute interview with the team. Does Monday at 3pm "
     "work?\"\n[[Reply]]"),
    ("Interview invitation from Cobalt Cloud", "Cobalt Cloud invited you to interview for Engineering Lead. Pick a "
     "slot on their calendar.\n[[Schedule interview]]"),
    ("Brightwell Partners: next steps on your application", "\"Hi, we were impressed by your application for "
     "Operations Analyst and would like to invite you to a video interview this week.\""),
    ("Halden Group wants to talk", "Halden Group replied to your application for Director of Operations: \"Can we "
     "arrange a first interview by phone on Thursday?\""),
])


# === Dressing ================================================================================================

_BUTTON = re.compile(r"\[\[(.+?)\]\]")


def _plain(sender: Sender, name: str, text: str) -> str:
    """The text part as the sender writes it: greeting, text (a button as its label in brackets), footer."""
    lines = [sender.greeting.format(n=name)] if sender.greeting else []
    lines.append(_BUTTON.sub(r"[\1]", text))
    if sender.footer:
        lines.append(sender.footer)
    return "\n\n".join(lines)


def _html(sender: Sender, name: str, subject: str, text: str, rng: random.Random) -> str:
    """The HTML part: a layout table, listings as rows, buttons as styled links, the footer in small print."""
    rows = []
    for line in text.split("\n"):
        button = _BUTTON.fullmatch(line.strip())
        if button:
            rows.append(f'<tr><td style="padding:12px 0"><a href="https://click.example/{rng.randrange(10**8)}" '
                        f'style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:4px;'
                        f'text-decoration:none">{html.escape(button[1])}</a></td></tr>')
        elif line.startswith("* "):
            cells = "".join(f"<td>{html.escape(c.strip())}</td>" for c in line[2:].split("·"))
            rows.append(f'<tr><td><table role="presentation"><tr>{cells}</tr></table></td></tr>')
        else:
            rows.append(f"<tr><td><p>{html.escape(line)}</p></td></tr>")
    greeting = f"<tr><td><p>{html.escape(sender.greeting.format(n=name))}</p></td></tr>" if sender.greeting else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(subject)}</title>'
            f'<style>td{{font-family:Arial,sans-serif;font-size:14px}}</style></head><body>'
            f'<table role="presentation" width="600" align="center">{greeting}{"".join(rows)}'
            f'<tr><td style="font-size:11px;color:#888"><p>{html.escape(sender.footer)}</p></td></tr>'
            f"</table></body></html>")


def _domain(address: str) -> str:
    return address.rpartition("@")[2].rstrip(">")


def messages(half: str, seed: int = 2099) -> list[dict]:
    """Every message of one half's senders, dressed as its sender sends it; the same seed gives the same mail.
    `body` is the text `onward mail classify` would be given (the text part, or the HTML's words for an HTML-only
    sender)."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    rng = random.Random(seed)
    rows = []
    for si, sender in enumerate(SENDERS):
        for i, (subject, text) in enumerate(sender.mail):
            name, address = READERS[(si + i) % len(READERS)]
            when = datetime(sender.year, 1, 1, 7, tzinfo=UTC) + timedelta(
                days=rng.randrange(360), minutes=rng.randrange(900))
            token = rng.randrange(10**9)
            if sender.half != half:
                continue
            plain = _plain(sender, name, text)
            page = _html(sender, name, subject, text, random.Random(token))
            msg = EmailMessage()
            msg["From"] = sender.sender
            msg["To"] = address
            msg["Subject"] = subject
            msg["Date"] = format_datetime(when)
            msg["Message-ID"] = f"<{token}.{si}.{i}@{_domain(sender.sender)}>"
            if sender.bulk:
                msg["List-Unsubscribe"] = f"<https://{_domain(sender.sender)}/u/{token}>"
                msg["Precedence"] = "bulk"
            cte = "7bit" if plain.isascii() else "quoted-printable"
            if sender.style == "html":
                msg.set_content(page, subtype="html", cte="quoted-printable")
                body = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.unescape(page.split("</style>", 1)[1])))
            else:
                msg.set_content(plain, cte=cte)
                if sender.style == "both":
                    msg.add_alternative(page, subtype="html", cte="quoted-printable")
                body = plain
            rows.append({"id": f"{si}-{i}", "writer": sender.sender, "kind": sender.kind, "gold": sender.gold,
                         "subject": subject, "body": body.strip(), "sender": sender.sender, "raw": msg.as_bytes()})
    return rows
