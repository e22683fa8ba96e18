"""Recruiter outreach by writers the rules were not tuned on, and the mail that only looks like it.

Written for this project (never real mail), 2017-2025 styles, by writers unlike the earlier sets: agency
consultants in Manchester, Melbourne and Toronto, in-house sourcers (InMail copies, plain mail, a text forwarded to
mail), a boutique headhunter, executive-search partners with a confidential mandate or a board seat, US contract
staffing vendors with rates and C2C/W2 lines, founders and hiring managers writing cold, former colleagues passing
on a role, alumni networks relaying "someone wants to talk to you about a role", follow-ups, and a recruiter who
proposes a call about a role (still outreach, not an interview); about a quarter in French, German, Spanish and
Dutch. Against them, `other` mail that only looks like outreach: job-board alerts and "recommended jobs", "X is
hiring" posts, recruiting firms' newsletters, "a recruiter viewed your profile", premium and InMail marketing,
software vendors prospecting with "opportunity", "role" and "position", agencies asking the reader to hire through
them, conference and podcast invitations, investors and partnership pitches. And the job-mail neighbours that are
not outreach: an interview about the reader's own application, a rejection from an agency.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report" writers
are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `bench/mail_en_outreach.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

OUT, OTHER, INTERVIEW, REJ, ACK = ("recruiter_outreach", "other", "interview", "rejection", "application_ack")
NAMES = ("Priyanka", "Gareth", "Ngozi", "Sven", "Camila", "Tobias", "Aiko", "Rhys", "Fatou", "Marek", "Leilani",
         "Joost", "Inès", "Dmitri")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "agency-manchester-finance", "tune", "harriet.cole@pennine-talent.example.co.uk",
    "Harriet Cole\nSenior Consultant, Finance & Accounting\nPennine Talent Partners | 0161 555 0192",
    "Pennine Talent Partners acts as an employment agency for permanent recruitment. Registered in England 0923311.",
    messages=[
        (OUT, "Financial Controller, Stockport manufacturer - interested?", "Hi {name},\n\nHarriet here from Pennine "
         "Talent. I'm helping a family-owned manufacturer in Stockport find their next Financial Controller; they "
         "turn over around £40m and the current FC is retiring in the spring. Your time at Holloway Foods looks like "
         "exactly the background they're after. Package is £75-80k plus car allowance.\n\nWould you be open to a ten "
         "minute chat this week so I can tell you a bit more? No pressure at all if the timing's wrong."),
        (OUT, "Re: Financial Controller, Stockport manufacturer - interested?", "Hi {name},\n\nJust nudging this one "
         "in case it got buried. The MD is seeing people from the 20th and I'd really like you to be in the mix. "
         "Happy to talk in the evening if the day is busy."),
        (OUT, "A role I think you'd like", "Hi {name},\n\nWe haven't spoken since I placed you at Holloway back in "
         "2019, I hope life there is treating you well. Something has just landed on my desk that made me think of "
         "you straight away: Head of Finance for a housing charity in Salford, four days a week, hybrid. If you'd "
         "ever consider a move, give me a ring on the number below and I'll talk you through it."),
        (INTERVIEW, "Your application - Management Accountant", "Hi {name},\n\nThanks for applying through our site "
         "for the Management Accountant vacancy with our client in Trafford Park. I've spoken to the hiring manager "
         "and they would like to meet you on Thursday at 2pm at their offices. Can you confirm you can make it?"),
        (REJ, "Management Accountant - update", "Hi {name},\n\nI've had feedback from our client about the Management "
         "Accountant post. They were impressed with you but have decided to offer it to a candidate with more "
         "experience of Sage 200, so I'm afraid it's a no on this occasion. I'll keep you in mind for others."),
        (OTHER, "Pennine Talent Salary Guide 2024 is here", "Hello {name},\n\nOur annual Finance & Accounting Salary "
         "Guide is out now, with pay data from over 2,400 placements across the North West. Download your copy and "
         "see how your role compares.\n\nDownload the guide\n\nYou're receiving this because you subscribed to "
         "Pennine Talent insights. Unsubscribe | Manage preferences"),
        (OTHER, "Struggling to fill finance roles?", "Hi {name},\n\nI noticed your team at Holloway has been "
         "advertising for an assistant accountant for a few weeks now. We currently have three strong candidates "
         "available immediately. Could I send their CVs over? Our terms are 15% and we offer a 12 week rebate."),
    ]))

W.append(Writer(
    "sourcer-biotech-inmail", "tune", "inmail-hit-reply@linkedin.example.com",
    "Renata Oyelowo\nTalent Sourcer at Calderwood Therapeutics",
    "You are receiving InMail notification emails. Unsubscribe. This email was intended for {name}.",
    messages=[
        (OUT, "Renata sent you a new message", "Renata Oyelowo\nTalent Sourcer at Calderwood Therapeutics\n\nHello "
         "{name}, I lead sourcing for our process development group. We are building out a downstream purification "
         "team in Cambridge and your chromatography work at Brightfield stood out. Would you be up for a short call "
         "to hear what we're building? I can share the scope and the pay band up front."),
        (OUT, "Renata sent you a new message", "Renata Oyelowo\nTalent Sourcer at Calderwood Therapeutics\n\nHi again "
         "{name} - circling back on my note from last week. If the purification role isn't right, we also have a "
         "Senior Scientist opening in analytical that could fit you. Either way I'd love 15 minutes."),
        (OTHER, "Calderwood Therapeutics is hiring", "Calderwood Therapeutics\nBiotechnology · Cambridge, MA\n\n"
         "Calderwood Therapeutics has 14 open jobs that match your skills.\n\nSenior Scientist, Analytical - "
         "Cambridge, MA\nResearch Associate II - Cambridge, MA\nManager, QC Microbiology - Lexington, MA\n\nSee all "
         "jobs"),
        (OTHER, "A recruiter viewed your profile", "{name}, your profile is getting noticed.\n\nA recruiter from "
         "Calderwood Therapeutics viewed your profile. See who else is looking with Premium.\n\nTry Premium for free"),
        (OTHER, "Stand out to recruiters with InMail", "Hi {name},\n\nMembers who message hiring managers directly "
         "are 2.6x more likely to get a reply. Send InMail to anyone - even people outside your network - with "
         "Premium Career.\n\nStart my free month"),
        (INTERVIEW, "Calderwood - next step for the Research Associate position", "Hi {name},\n\nThank you for "
         "applying to the Research Associate II position. The hiring manager has reviewed your application and would "
         "like to schedule a 30 minute video call. Please use the link below to pick a slot that suits you.\n\nBook a "
         "time"),
        (OUT, "Quick text I sent you", "Forwarded from my phone:\n\n\"Hi {name}, it's Renata from Calderwood - "
         "sorry for the text out of the blue, your old manager Priya gave me your number. We have a purification "
         "lead role I think you'd be great for, can I call you tomorrow?\""),
    ]))
W.append(Writer(
    "exec-search-mandate", "tune", "c.abernethy@ashgrove-search.example.com",
    "Charles Abernethy\nPartner, Industrial Practice\nAshgrove Search Partners LLP\n+44 20 7946 0321",
    "This email is confidential and may be legally privileged. If you have received it in error please notify the "
    "sender and delete it.",
    dress="html",
    messages=[
        (OUT, "In confidence", "Dear {name},\n\nI hope you will forgive an unsolicited note. Ashgrove has been "
         "retained by a listed engineering group to appoint its next Chief Operating Officer, and your name has "
         "come up more than once in our conversations with people whose judgement we trust. The mandate is "
         "confidential, so I would rather share the detail by phone. Might you have half an hour in the coming "
         "days?"),
        (OUT, "Board appointment - Independent Non-Executive Director", "Dear {name},\n\nWe are supporting the Chair "
         "of a mid-cap utility in the search for an independent non-executive director with operational depth, who "
         "would also sit on the Safety Committee. The commitment is around 20 days a year. Given your career at "
         "Northvale I would value the chance to explore whether this might be of interest to you."),
        (OUT, "Re: In confidence", "Dear {name},\n\nThank you for your reply, and I entirely understand that you are "
         "not looking to move. Would you nonetheless be willing to have a brief conversation? Even if the role is "
         "not for you, your perspective on the market would be valuable, and the client's timetable allows for a "
         "conversation in early September."),
        (OTHER, "Ashgrove Perspectives: the COO in 2025", "Dear {name},\n\nIn this quarter's Perspectives, our "
         "Industrial Practice looks at how the Chief Operating Officer role is changing in listed manufacturing, "
         "with interviews from six COOs and board chairs.\n\nRead the report\n\nTo stop receiving Ashgrove "
         "Perspectives, reply UNSUBSCRIBE."),
        (OTHER, "Invitation: Ashgrove Chairs' breakfast, 12 March", "Dear {name},\n\nIt would be a pleasure to "
         "welcome you to our Chairs' breakfast at the Goring on 12 March, where Dame Alison Reed will speak on board "
         "succession. Places are limited; please let my assistant know if you are able to join us."),
        (OTHER, "Supporting Northvale's leadership hiring", "Dear {name},\n\nCongratulations on your appointment as "
         "CEO of Northvale. As you build your executive team, Ashgrove would welcome the opportunity to support you "
         "with any senior appointments, including the CFO position I understand is open. I would be glad to "
         "share how we approached similar mandates."),
        (OTHER, "Speaking at Ashgrove's Operations Leaders Forum", "Dear {name},\n\nWe are putting together the "
         "programme for our Operations Leaders Forum in October and would be honoured if you would join a panel on "
         "resilient supply chains. It is a closed-door session for around sixty senior operators."),
    ]))

W.append(Writer(
    "it-staffing-c2c", "tune", "rahul.v@nexgensoftinc.example.com",
    "Thanks & Regards,\nRahul Verma | Sr. Technical Recruiter\nNexGen Soft Inc. | 609-555-0147 | "
    "rahul.v@nexgensoftinc.example.com",
    "Note: We respect your online privacy. If you would like to be removed from our mailing list please reply with "
    "REMOVE in the subject line.",
    dress="oneline",
    messages=[
        (OUT, "Sr. .NET Developer || Charlotte, NC (Hybrid) || 12+ months || C2C", "Hi {name},\n\nHope you are "
         "doing good. I am Rahul from NexGen Soft. We have an urgent requirement with our direct client for a Sr. "
         ".NET Developer in Charlotte, NC. Please go through the JD below and let me know if you are comfortable. "
         "Rate: $68/hr on C2C. Visa: GC, USC, H1B transfer ok.\n\nMust have: C#, .NET Core, Azure, SQL Server, 10+ "
         "years.\n\nPlease share your updated resume and best time to call."),
        (OUT, "Re: Sr. .NET Developer || Charlotte, NC", "Hi {name},\n\nI tried calling you but could not reach. "
         "The client is closing this position by EOD tomorrow, kindly share your resume, rate and availability if "
         "you are interested so I can submit you."),
        (OUT, "W2 role for you - Azure Data Engineer - Remote", "Hello {name},\n\nYour profile on Dice matches our "
         "client requirement for an Azure Data Engineer, 100% remote, long term. W2 rate $60/hr with benefits. "
         "Please reply with your resume and a good number, I will give you a call to discuss."),
        (OTHER, "Available consultants - NexGen hotlist", "Hi,\n\nGreetings from NexGen Soft! Please find below our "
         "available consultants for your C2C requirements. All are ready to relocate and available immediately.\n\n"
         "1. Java Full Stack - 12 yrs - H1B - TX\n2. DevOps Engineer - 9 yrs - GC - NJ\n3. Salesforce Developer - 8 "
         "yrs - H1B - CA\n4. Business Analyst - 10 yrs - USC - GA\n\nPlease add me to your distribution list."),
        (OTHER, "Hot requirements - please share suitable profiles", "Hi Partners,\n\nBelow are our current hot "
         "requirements. Please send matching consultants with rate and visa.\n\nPython Developer - Plano, TX - $60/hr"
         "\nQA Automation - Remote - $50/hr\nScrum Master - Phoenix, AZ - $55/hr\nSAP FICO - Chicago, IL - $75/hr"),
        (REJ, "Update on .NET submission", "Hi {name},\n\nI got update from the client. They moved forward with "
         "another candidate who has banking domain experience, so your profile is not selected for this position. "
         "I will reach out if anything else comes matching your skills."),
        (INTERVIEW, "Interview scheduled - .NET Developer - client round", "Hi {name},\n\nGood news, the client "
         "has shortlisted your profile that I submitted. Interview is scheduled on Wednesday 11 AM EST over Teams "
         "with the hiring manager. Please confirm and be ready with your projects."),
    ]))
W.append(Writer(
    "founder-climate-cold", "tune", "maya@tidewaterlabs.example.io",
    "Maya\nco-founder, Tidewater Labs",
    dress="quote",
    messages=[
        (OUT, "tidewater x you?", "Hi {name} - Maya here, I run Tidewater, we build grid forecasting for small "
         "utilities (seed, 9 people, Oakland). I read your blog post on probabilistic load models twice. We're looking "
         "for our first ML lead and honestly you're the person I'd most like to talk to about it. Coffee or a call "
         "next week? Happy to share the deck and what equity looks like."),
        (OUT, "Re: tidewater x you?", "No worries at all about the delay! Still very keen. Would Thursday at 4 work "
         "for a video call? It'd just be me and my cofounder Dev, super informal, we can tell you where we are and "
         "you can tell us whether the ML lead role sounds remotely interesting."),
        (OTHER, "Tidewater pilot - would your team try it?", "Hi {name},\n\nI saw that your utility is modernising "
         "its forecasting stack. We're offering three design-partner slots for our grid forecasting product: free "
         "for six months in exchange for feedback. Would your team be open to a 20 minute demo?"),
        (OTHER, "Tidewater update - March", "Hi friends,\n\nQuick monthly update: we closed our seed, signed our "
         "fourth utility, and we're hiring! Open roles: ML engineer, founding designer, solutions engineer. If you "
         "know anyone, send them our way.\n\nMaya & Dev"),
        (OTHER, "Would you join our advisory board?", "Hi {name},\n\nWe're putting together a small advisory board for "
         "Tidewater as we head into our Series A and I'd love you to be part of it. It's a couple of calls a quarter, "
         "with a small equity grant. Let me know if you'd be open to talking about it."),
        (OUT, "one more try", "Hey {name}, last nudge from me, promise. We've now got funding for the ML lead "
         "position and I'd really rather hire someone like you than go through an agency. 20 minutes?"),
    ]))

W.append(Writer(
    "former-colleague-referral", "tune", "tom.okafor@gmail.example.com",
    "Tom",
    messages=[
        (OUT, "saw this and thought of you", "Hey {name}!\n\nLong time since the Fenwick days. My team at Brightline "
         "is looking for a senior product designer and I immediately thought of you - you'd be amazing here. The "
         "hiring manager is a friend, I can put you straight in touch if you want. Want me to pass your name on?"),
        (OUT, "fancy coming back?", "Hey {name}, random one - Fenwick's new CPO asked me who the best designers "
         "from the old days were, and you topped my list. They're rebuilding the design team and there's a lead "
         "position with your name on it. Can I get her to give you a ring?"),
        (OUT, "Re: saw this and thought of you", "Brilliant! I've told Sarah about you and she'd love to have a "
         "coffee with you next week, no formal process yet. I'll send an intro email in a bit. The role is "
         "remote-first with a trip to Lisbon every quarter."),
        (OTHER, "quick favour?", "Hi {name},\n\nHope all's good! I'm applying for a head of design position at a "
         "fintech and they've asked for two references. Would you be willing to be one of them? It'd just be a short "
         "phone call. Totally fine to say no."),
        (OTHER, "drinks on friday", "Hey all,\n\nA few of the old Fenwick lot are meeting at the Crown on Friday from "
         "6 for Jess's leaving do. Come if you can!\n\nT"),
        (OTHER, "Fwd: We're hiring at Brightline", "Passing this on in case anyone in the group knows someone.\n\n"
         "---------- Forwarded message ---------\nBrightline is growing! We're hiring across design, engineering and "
         "operations. See all open positions at brightline.example/careers."),
        (OUT, "intro: {name} <> Sarah (Brightline)", "Sarah, meet {name}, who I worked with for three years at "
         "Fenwick and is the best designer I know. {name}, meet Sarah, who runs design at Brightline and is hiring "
         "for the senior product designer role we talked about. I'll let you two find a time!"),
    ]))

W.append(Writer(
    "alumni-network", "tune", "connect@alumni.northfield.example.edu",
    "Northfield Alumni Connect\nOffice of Alumni Relations, Northfield University",
    "You are receiving this email as a member of Northfield Alumni Connect. Update your preferences or unsubscribe.",
    dress="html",
    messages=[
        (OUT, "A fellow alum wants to talk to you about a role", "Hi {name},\n\nJasmine Reyes ('09) sent you a "
         "message through Northfield Alumni Connect:\n\n\"Hi {name}, fellow Northfield grad here! I'm head of "
         "engineering at Corvid Health and we have a staff engineer opening on my team. Your background looks like a "
         "great match. Would you be open to a quick call so I can tell you about it?\"\n\nReply to Jasmine"),
        (OTHER, "Alumni jobs this week: 38 new postings", "Hi {name},\n\nHere are this week's jobs posted by "
         "Northfield alumni and partner employers:\n\nData Analyst - Corvid Health\nAssociate - Pine & Gray LLP\n"
         "Program Manager - City of Northfield\nSoftware Engineer - Quillon\n\nBrowse all jobs"),
        (OTHER, "Be a mentor this spring", "Hi {name},\n\nOur spring mentoring programme matches alumni with final-"
         "year students for four conversations over the term. Could you spare an hour a month? Sign up by 1 "
         "February."),
        (OTHER, "Someone wants to connect with you", "Hi {name},\n\nDaniel Kim ('21) would like to connect with you on "
         "Northfield Alumni Connect. Daniel is a student exploring careers in healthcare and would appreciate advice "
         "about your industry.\n\nAccept | Ignore"),
        (OTHER, "Northfield Career Fair - employers wanted", "Hi {name},\n\nDoes your organisation have open "
         "positions? Reserve a table at the Northfield Spring Career Fair on 4 April and meet 1,200 students and "
         "recent graduates. Early-bird registration closes Friday."),
        (OUT, "Jasmine Reyes replied to your message", "Hi {name},\n\nJasmine Reyes ('09) replied:\n\n\"Great to "
         "hear back! Let's do Tuesday at 1pm PT. I'll send a calendar invite - it'll be a relaxed chat about the "
         "staff engineer role and the team, nothing formal.\"\n\nView conversation"),
    ]))
W.append(Writer(
    "job-board-alerts", "tune", "alerts@jobvista.example.com",
    "The JobVista team",
    "You are receiving this email because you created a job alert on JobVista. Unsubscribe from this alert | "
    "Privacy | JobVista Ltd, 20 Wharf Road, London",
    dress="html",
    messages=[
        (OTHER, "12 new jobs for 'product manager' near Bristol", "Hi {name},\n\nHere are the latest jobs matching "
         "your alert:\n\nSenior Product Manager - Ovo Works - Bristol - £65k\nProduct Owner - Sainsworth Bank - "
         "Remote\nProduct Manager, Payments - Kitewire - Bath\n\nView all 12 jobs"),
        (OTHER, "Recommended for you: jobs you might have missed", "{name}, based on your profile, these roles could "
         "be a great fit:\n\nHead of Product - Lumen Energy (Easy Apply)\nGroup Product Manager - Carrow "
         "(Actively recruiting)\n\nSee more recommended jobs"),
        (OTHER, "Your profile was viewed by 3 recruiters", "Hi {name},\n\nGood news - your CV was viewed by 3 "
         "recruiters this week. Keep your profile up to date to get noticed by more employers.\n\nUpdate my CV"),
        (OTHER, "Kitewire is hiring a Product Manager", "Kitewire is hiring!\n\nProduct Manager, Payments\nBath · "
         "Hybrid · £60,000 - £70,000\n\nYou're a top applicant for this role based on your skills.\n\nApply now"),
        (OUT, "Message from a recruiter about your CV", "You have a new message on JobVista.\n\nFrom: Elena Petrova, "
         "Talent Acquisition, Kitewire\n\n\"Hi {name}, I found your CV on JobVista and would love to talk to you "
         "about a Senior Product Manager role on our payments team. It's not advertised yet. Are you free for a call "
         "on Monday?\"\n\nReply to Elena"),
        (OTHER, "Salary insights for Product Managers in Bristol", "Hi {name},\n\nThe average salary for Product "
         "Managers in Bristol is £58,400. See how salaries compare by company and experience, and which employers "
         "are hiring most right now.\n\nExplore salaries"),
        (OTHER, "Get hired faster with JobVista Premium", "Hi {name},\n\nPremium members appear at the top of "
         "recruiters' searches and can message hiring managers directly. Upgrade today for 50% off your first "
         "month.\n\nUpgrade now"),
        (OUT, "Elena Petrova sent you a follow-up", "You have a new message on JobVista.\n\nFrom: Elena Petrova, "
         "Talent Acquisition, Kitewire\n\n\"Hi {name}, following up on the payments product role - the hiring "
         "manager read your CV and would like to speak with you before we advertise. Does Wednesday suit?\"\n\n"
         "Reply to Elena"),
    ]))

W.append(Writer(
    "saas-sales-prospecting", "tune", "jake.m@hirewise-ai.example.com",
    "Jake Morrison\nAccount Executive, HireWise AI",
    "HireWise AI, 500 Market St, San Francisco CA. Don't want to hear from me again? Let me know.",
    messages=[
        (OTHER, "Quick question about your open roles", "Hi {name},\n\nI noticed Brightmere has 23 open roles on its "
         "careers page right now - congrats on the growth! Teams like yours use HireWise to screen applicants 4x "
         "faster. Would you be open to a 15 minute call next week to see if it's a fit for your recruiting team?"),
        (OTHER, "Re: Quick question about your open roles", "Hi {name},\n\nCircling back in case my last note slipped "
         "through. I'd love to show you how Carrow cut time-to-hire from 41 to 19 days for positions like the ones "
         "you're hiring for. Worth a quick chat?"),
        (OTHER, "An opportunity for Brightmere's talent team", "Hi {name},\n\nAs Head of People, you're probably "
         "feeling the pressure of filling engineering positions in this market. I have an exciting opportunity to "
         "share: our Q4 pilot programme gives your team three months of HireWise free. Can I grab 20 minutes on "
         "your calendar?"),
        (OTHER, "{name}, is this your role?", "Hi {name},\n\nAre you the right person to talk to about interview "
         "scheduling at Brightmere? If not, could you point me to whoever owns it? Thanks!"),
        (OTHER, "Breakup email", "Hi {name},\n\nI haven't heard back, so I'll assume improving your hiring process "
         "isn't a priority right now. I'll close your file - if anything changes, you know where to find me."),
        (OTHER, "Invitation: HireWise webinar - hiring in 2025", "Hi {name},\n\nJoin our VP of Talent and three "
         "heads of recruiting on 14 November for a live webinar on the state of technical hiring. Save your seat."),
    ]))

W.append(Writer(
    "events-investors", "tune", "programme@devsummit-north.example.org",
    "Lina Haddad\nProgramme Chair, DevSummit North",
    messages=[
        (OTHER, "Invitation to speak at DevSummit North 2024", "Hi {name},\n\nI'm putting together the programme for "
         "DevSummit North in Leeds this June. Your talk on observability at PyCon was one of the best I saw last "
         "year and I'd love you to give a keynote. We cover travel and hotel. Could we jump on a call to discuss?"),
        (OTHER, "Podcast guest invitation", "Hi {name},\n\nI host the Shipping It podcast (about 12k listeners) and "
         "would love to have you on to talk about your move from engineering into leadership. Recording takes "
         "about 45 minutes over Zoom. Interested?"),
        (OTHER, "Partnership opportunity", "Hi {name},\n\nI'm with Gridline Ventures; we invest in developer tools "
         "at seed stage. I've been following your open-source project and wondered if you've thought about building "
         "a company around it. I'd love to have a no-strings conversation about what that could look like."),
        (OTHER, "Call for reviewers - DevSummit North", "Dear {name},\n\nWe are looking for experienced engineers to "
         "join the programme committee and review talk proposals. The role takes about five hours in March."),
        (OTHER, "Judge at our hackathon?", "Hi {name},\n\nWe're running a student hackathon in Sheffield on 9-10 "
         "March and looking for industry judges. Would you be willing to be one? It's a fun day and lunch is on us."),
        (OTHER, "Sponsorship packages for DevSummit North", "Hi {name},\n\nWith 1,500 developers attending, "
         "DevSummit North is the best place to reach engineering talent for your open positions. Our hiring partner "
         "package includes a booth, a jobs board listing and a talk slot. Shall I send the brochure?"),
    ]))
W.append(Writer(
    "hiring-manager-cold", "tune", "d.ferreira@quillon.example.com",
    "Daniela Ferreira\nDirector of Data Science, Quillon",
    messages=[
        (OUT, "Your paper on causal uplift", "Dear {name},\n\nI lead the data science group at Quillon. I read your "
         "KDD paper on causal uplift modelling with a lot of interest - it is close to a problem my team is "
         "struggling with. I have headcount for a principal data scientist and would love to tell you about it. "
         "Would you have 30 minutes for a conversation, with no commitment on either side?"),
        (OUT, "Re: Your paper on causal uplift", "Dear {name},\n\nThank you for being open to it. Could we speak "
         "on Wednesday afternoon? I will walk you through the team, the problems, and what the principal position "
         "involves. If it sounds interesting after that, I can bring in our recruiter."),
        (INTERVIEW, "Quillon - interview for Senior Data Scientist", "Dear {name},\n\nThank you for your application "
         "for the Senior Data Scientist role. I'd like to invite you to a technical interview with me and two "
         "members of the team on 18 October at 10:00 CET. Please let me know if this time works."),
        (OUT, "Someone from your old lab", "Dear {name},\n\nProfessor Haldane mentioned you are finishing your "
         "postdoc this year. My team at Quillon has an applied scientist opening that would use your experimental "
         "design work, and we sponsor visas. If you are curious, I would be glad to set up a call."),
        (OTHER, "Team offsite - agenda", "Hi all,\n\nAttached is the agenda for next week's offsite. We'll spend the "
         "first morning on the roadmap and the afternoon on hiring: we have two open positions to fill and I want "
         "everyone's input on the interview loop."),
        (OTHER, "Could you review a candidate's take-home?", "Hi {name},\n\nWould you be able to review a take-home "
         "for the analyst position by Friday? The candidate did the churn exercise. Your notes would help a lot."),
        (REJ, "Senior Data Scientist - our decision", "Dear {name},\n\nThank you for the time you spent with us. "
         "After a lot of discussion we have decided not to move forward with your candidacy for the Senior Data "
         "Scientist role. I enjoyed our conversation and wish you every success."),
    ]))

W.append(Writer(
    "travel-nurse-agency", "tune", "kayla@bluewavemedstaff.example.com",
    "Kayla Brooks\nNurse Recruiter | BlueWave Medical Staffing\nText or call: (904) 555-0173",
    "BlueWave Medical Staffing is an equal opportunity employer. Reply STOP to opt out of recruiting messages.",
    messages=[
        (OUT, "ICU travel contract - Denver - $2,850/wk", "Hey {name}!\n\nHope your week is going great! I have a "
         "13-week ICU contract in Denver starting Feb 3, 36 hrs/wk nights, $2,850 weekly gross with housing stipend "
         "included. Your compact license and CCRN make you a perfect fit. Want me to send over the details? We can "
         "hop on a quick call whenever works for you!"),
        (OUT, "Still thinking about Denver?", "Hi {name}, just checking in on the Denver ICU contract - the facility "
         "has two spots left. If Denver isn't your vibe I also have Tucson and Boise open. Let me know and I'll "
         "submit you same day!"),
        (OTHER, "This week's HOT travel jobs", "HOT JOBS THIS WEEK\n\nICU - Denver, CO - $2,850/wk\nER - Phoenix, "
         "AZ - $2,600/wk\nL&D - Portland, OR - $3,100/wk\nMed/Surg - Charlotte, NC - $2,200/wk\n\nApply now at "
         "bluewavemedstaff.example.com/jobs"),
        (REJ, "Denver ICU submission", "Hi {name}, bad news on Denver unfortunately - the unit filled both spots with "
         "local candidates before they got to your profile. So sorry! I'll keep looking and send you anything that "
         "matches."),
        (INTERVIEW, "Interview with Tucson Medical Center", "Hi {name}!\n\nGreat news - the manager at Tucson "
         "Medical Center wants to interview you for the ICU contract you applied for. She'll call you tomorrow "
         "between 10 and 12 Arizona time. Keep your phone close!"),
        (OTHER, "Refer a friend, earn $1,000", "Hi {name},\n\nKnow a nurse who'd love to travel? Refer them to "
         "BlueWave and earn a $1,000 bonus when they complete their first contract. Share your link today!"),
        (OUT, "Open to permanent?", "Hi {name}, random question - would you ever consider a permanent role? One of "
         "my hospital clients in Jacksonville is looking for an ICU charge nurse and offering a $15k sign-on bonus. "
         "Could we talk Thursday?"),
    ]))
W.append(Writer(
    "cabinet-lyon-fr", "tune", "s.marchand@cabinet-altitude-rh.example.fr",
    "Sophie Marchand\nConsultante Senior - Cabinet Altitude RH\n04 72 55 01 38",
    "Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire.",
    messages=[
        (OUT, "Poste de Directeur administratif et financier - Lyon", "Bonjour {name},\n\nJe me permets de vous "
         "contacter car j'accompagne actuellement une ETI industrielle lyonnaise dans le recrutement de son futur "
         "Directeur administratif et financier. Votre parcours chez Rivoire Emballages correspond très bien à ce "
         "que recherche mon client. Seriez-vous disponible pour un échange téléphonique de quelques minutes cette "
         "semaine ?\n\nBien à vous,"),
        (OUT, "RE : Poste de DAF - Lyon", "Bonjour {name},\n\nJe reviens vers vous suite à mon message de la semaine "
         "dernière. Le poste est toujours ouvert et le dirigeant souhaite rencontrer les premiers profils début "
         "juin. Si le sujet vous intéresse, je serais ravie d'en discuter avec vous, même brièvement."),
        (OTHER, "La lettre Altitude RH - tendances des rémunérations 2024", "Bonjour {name},\n\nDécouvrez notre étude "
         "annuelle des rémunérations des fonctions finance en Auvergne-Rhône-Alpes, ainsi que nos offres du "
         "moment.\n\nTélécharger l'étude\n\nPour ne plus recevoir nos communications, cliquez ici."),
        (INTERVIEW, "Votre candidature - Contrôleur de gestion", "Bonjour {name},\n\nSuite à votre candidature "
         "au poste de Contrôleur de gestion que nous avons publié, je souhaiterais vous rencontrer dans nos locaux "
         "mardi 14 à 10h. Merci de me confirmer votre présence."),
        (REJ, "Votre candidature - Contrôleur de gestion", "Bonjour {name},\n\nJe vous remercie pour notre entretien. "
         "Notre client a finalement retenu un autre candidat dont le profil était plus proche de ses attentes. Je "
         "ne manquerai pas de revenir vers vous si une autre mission correspondait à votre parcours."),
        (OTHER, "Vos recrutements finance en 2024", "Bonjour {name},\n\nVous recrutez un comptable ou un contrôleur "
         "de gestion ? Altitude RH vous accompagne avec une garantie de remplacement de six mois. Je serais "
         "heureuse de vous présenter notre approche lors d'un rendez-vous."),
    ]))

W.append(Writer(
    "headhunter-munich-de", "tune", "m.brandl@brandl-executive.example.de",
    "Markus Brandl\nGeschäftsführer | Brandl Executive Search GmbH\nMaximilianstraße 12, 80539 München",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
    "bitte sofort den Absender.",
    messages=[
        (OUT, "Vertrauliche Anfrage - Leitung Produktion", "Sehr geehrte/r {name},\n\nich bin von einem "
         "mittelständischen Maschinenbauunternehmen in Oberbayern beauftragt, die Position der Leitung Produktion "
         "neu zu besetzen. Ihr Werdegang bei der Huber AG hat mich sehr angesprochen. Hätten Sie Interesse an einem "
         "vertraulichen Gespräch? Gern rufe ich Sie zu einem Zeitpunkt Ihrer Wahl an."),
        (OUT, "Nachfrage: Leitung Produktion", "Sehr geehrte/r {name},\n\nich erlaube mir, noch einmal auf meine "
         "Nachricht zurückzukommen. Mein Mandant hat großes Interesse an Profilen wie Ihrem. Falls Sie offen für "
         "einen kurzen Austausch sind, nennen Sie mir gern zwei, drei Termine."),
        (OUT, "Kurze Frage zu einer Geschäftsführerposition", "Hallo {name},\n\nein Kollege aus Ihrem früheren Team "
         "hat mir Ihren Namen genannt. Für eine Tochtergesellschaft eines Familienunternehmens suche ich eine "
         "Geschäftsführerin bzw. einen Geschäftsführer. Wäre das grundsätzlich ein Thema für Sie?"),
        (OTHER, "Brandl Executive Search: Marktbericht Industrie 2024", "Sehr geehrte/r {name},\n\nanbei unser "
         "Marktbericht zu Führungspositionen in der Industrie mit Gehaltsspannen und Trends. Wenn Sie diesen "
         "Newsletter nicht mehr erhalten möchten, können Sie ihn hier abbestellen."),
        (OTHER, "Unterstützung bei Ihrer Nachfolgeplanung", "Sehr geehrte/r {name},\n\nals Geschäftsführer stehen "
         "Sie vor der Aufgabe, Schlüsselpositionen zu besetzen. Gern stelle ich Ihnen in einem persönlichen "
         "Gespräch vor, wie wir Unternehmen wie Ihres bei der Besetzung von Führungspositionen unterstützen."),
        (INTERVIEW, "Ihre Bewerbung - Vorstellungsgespräch", "Sehr geehrte/r {name},\n\nvielen Dank für Ihre "
         "Bewerbung auf unsere Anzeige. Wir möchten Sie gern zu einem Vorstellungsgespräch am Donnerstag, 10:00 "
         "Uhr, in unserem Büro einladen. Bitte bestätigen Sie den Termin."),
    ]))

W.append(Writer(
    "consultora-madrid-es", "tune", "lucia.romero@talentoibera.example.es",
    "Lucía Romero\nHeadhunter TIC | Talento Íbera\n+34 91 555 03 21",
    "Le informamos que sus datos son tratados por Talento Íbera S.L. conforme al RGPD. Puede ejercer sus derechos "
    "escribiendo a privacidad@talentoibera.example.es.",
    messages=[
        (OUT, "Oportunidad como Tech Lead en Madrid", "Hola {name},\n\nTe escribo porque estoy trabajando en un "
         "proceso para una scale-up de logística que busca un Tech Lead para su equipo de plataforma. He visto tu "
         "experiencia en Glovo y encaja muy bien con lo que buscan. Banda salarial: 65-75k + variable. ¿Te "
         "apetecería que habláramos por teléfono unos minutos esta semana?"),
        (OUT, "Re: Oportunidad como Tech Lead en Madrid", "Hola {name},\n\nTe vuelvo a escribir por si se te pasó mi "
         "mensaje. El cliente quiere cerrar el proceso antes de verano y creo que tu perfil les encantaría. ¿Tienes "
         "un hueco el jueves para una llamada rápida?"),
        (OUT, "Te paso una posición de mi cliente", "Buenas {name}, soy Lucía de Talento Íbera. Un cliente mío, "
         "banco digital con sede en Barcelona, busca un Engineering Manager con equipos de 8-10 personas. Es 100% "
         "remoto desde España. Si te interesa te cuento más en una videollamada."),
        (OTHER, "Ofertas TIC de la semana", "Hola {name},\n\nEstas son las ofertas destacadas de esta semana:\n\n"
         "Backend Developer Java - Valencia\nData Engineer - Remoto\nQA Lead - Bilbao\nDevOps - Madrid\n\nVer todas "
         "las ofertas\n\nSi no deseas recibir más correos, date de baja aquí."),
        (INTERVIEW, "Entrevista - Desarrollador Backend", "Hola {name},\n\nGracias por inscribirte en nuestra oferta "
         "de Desarrollador Backend. Nos gustaría hacerte una entrevista por videollamada el martes a las 11:00. "
         "¿Te viene bien?"),
        (OTHER, "¿Necesitáis reforzar vuestro equipo?", "Hola {name},\n\nHe visto que estáis creciendo. En Talento "
         "Íbera ayudamos a empresas como la vuestra a cubrir vacantes tecnológicas en menos de 30 días. ¿Podemos "
         "agendar una llamada para contarte cómo trabajamos?"),
    ]))

W.append(Writer(
    "werving-utrecht-nl", "tune", "bas@deverbinders.example.nl",
    "Met vriendelijke groet,\n\nBas van Leeuwen\nRecruitment consultant | De Verbinders\n06 5555 0193",
    messages=[
        (OUT, "Functie als teamleider klantenservice", "Hoi {name},\n\nIk ben Bas van De Verbinders. Voor een "
         "opdrachtgever in Utrecht, een groeiende energieleverancier, zoek ik een teamleider klantenservice. Jouw "
         "ervaring bij Eneco springt eruit. Sta je open voor een kort telefoongesprek om te kijken of het iets voor "
         "je is?"),
        (OUT, "Re: Functie als teamleider klantenservice", "Hoi {name},\n\nIk wilde nog even terugkomen op mijn "
         "bericht van vorige week. De vacature staat nog open en de opdrachtgever is erg benieuwd naar mensen met "
         "jouw achtergrond. Zullen we donderdag even bellen?"),
        (OUT, "Misschien interessant voor jou", "Hallo {name},\n\nJe oud-collega Marieke noemde jouw naam. Ik "
         "werk aan een vacature voor een operationeel manager bij een logistiek bedrijf in Nieuwegein, 36 uur, "
         "goede secundaire voorwaarden. Mag ik je bellen om het toe te lichten?"),
        (OTHER, "Nieuwe vacatures bij De Verbinders", "Beste {name},\n\nBekijk onze nieuwste vacatures:\n\n"
         "Klantenservicemedewerker - Utrecht\nPlanner - Nieuwegein\nHR-adviseur - Amersfoort\n\nBekijk alle "
         "vacatures\n\nAfmelden voor deze nieuwsbrief"),
        (REJ, "Terugkoppeling sollicitatie", "Hoi {name},\n\nIk heb terugkoppeling gekregen van de opdrachtgever. "
         "Helaas hebben ze gekozen voor een andere kandidaat met meer ervaring in de energiesector. Ik houd je graag "
         "op de hoogte van andere vacatures."),
        (OTHER, "Personeel nodig?", "Beste {name},\n\nZoekt uw organisatie tijdelijk of vast personeel? De "
         "Verbinders levert binnen een week gekwalificeerde kandidaten. Graag maak ik een afspraak om de "
         "mogelijkheden te bespreken."),
    ]))
W.append(Writer(
    "boutique-headhunter-toronto", "tune", "g.marchetti@lakeviewsearch.example.ca",
    "Gianni Marchetti\nFounder, Lakeview Search\n416-555-0162",
    dress="quote",
    messages=[
        (OUT, "Re: VP Sales, Canadian SaaS", "Hi {name},\n\nGood to reconnect. As promised, a bit more on the VP "
         "Sales search: Series B, Toronto, ARR around $18M, reporting to the CEO, base $240k plus variable and "
         "equity. My client has asked me specifically to approach leaders who've scaled a mid-market team. Could we "
         "find 20 minutes on Thursday or Friday?"),
        (OUT, "VP Sales - a name came up", "Hi {name},\n\nYour name came up twice this week when I asked around about "
         "who has built the best mid-market sales team in Canada. I'm running a VP Sales search for a SaaS company "
         "here and would value a conversation, whether or not you'd consider it yourself."),
        (OUT, "Checking back in", "Hi {name},\n\nCircling back after our call in the spring. The company I mentioned "
         "has reopened the CRO role after a reorganisation and I think it's now a better fit for you. Are you "
         "around for a coffee near King West next week?"),
        (OTHER, "Lakeview Search - Q2 sales leadership report", "Hi {name},\n\nOur Q2 report on sales leadership "
         "compensation in Canadian SaaS is out. Key finding: variable pay is back to pre-2022 levels.\n\nRead it "
         "here | Unsubscribe"),
        (OTHER, "Your VP Sales search", "Hi {name},\n\nI understand your company is looking for a VP Sales after "
         "the Series C. Lakeview specialises in exactly this kind of search, with a 94% retention rate after two "
         "years. Could I take you for lunch to talk about how we could help?"),
        (REJ, "CRO search - an update", "Hi {name},\n\nThank you for the time you gave the CEO last week. They have "
         "decided to go with an internal candidate for the CRO role, so I'm afraid that search won't go further for "
         "you. I'm sorry - you were a very strong finalist."),
        (OTHER, "Toronto Sales Leaders dinner - you're invited", "Hi {name},\n\nI'm hosting a small dinner for "
         "sales leaders at Buca on 15 May. No pitches, just good food and conversation. Would you like to join?"),
    ]))

# ================================================================================================ report writers
W.append(Writer(
    "agency-melbourne-tech", "report", "josh.tran@southerncrossrecruit.example.com.au",
    "Cheers,\nJosh Tran\nPrincipal Consultant - Technology\nSouthern Cross Recruitment | 03 9555 0114",
    "Southern Cross Recruitment Pty Ltd. ABN 12 345 678 901. Please consider the environment before printing.",
    messages=[
        (OUT, "Platform Engineer gig - Melbourne CBD", "G'day {name},\n\nJosh from Southern Cross here. I'm "
         "partnering with a super fund in the CBD who are standing up a new platform engineering squad, and your "
         "Kubernetes work at Zeller caught my eye. $170-185k + super, 3 days in office. Keen for a quick yarn "
         "about it? I'm free most arvos this week."),
        (OUT, "Re: Platform Engineer gig - Melbourne CBD", "Hey {name}, just bumping this one. Totally understand if "
         "you're happy where you are - if so, is there anyone in your network you reckon would be a fit?"),
        (OUT, "Contract option for you", "Hi {name},\n\nKnow you said you were after contract work last time we "
         "chatted. I've got a 6 month DevOps contract at a state government department, $1,050/day inc super, "
         "baseline clearance needed. Worth a call?"),
        (REJ, "Feedback on the super fund role", "Hi {name},\n\nThanks again for going through the process. I've had "
         "word back from the hiring manager and unfortunately they've gone with someone who's done a bigger AWS "
         "migration. Gutted for you, you interviewed really well."),
        (OTHER, "Tech Talent Trends - Q3 market update", "Hi {name},\n\nOur Q3 market update is live: contract rates "
         "steady, permanent salaries up 4% for platform roles, and hiring freezes easing in financial services.\n\n"
         "Read the update\n\nUnsubscribe from Southern Cross updates"),
        (INTERVIEW, "Your application - Senior SRE via our website", "Hi {name},\n\nThanks for applying for the Senior "
         "SRE role we advertised on Seek. The client would like to meet you for a first-round interview next "
         "Tuesday at 10am at their Docklands office. Can you let me know if that works?"),
        (OTHER, "Need contractors before Christmas?", "Hi {name},\n\nCongrats on the new Head of Engineering gig! "
         "If you need to scale the team quickly before the new year, we've got pre-screened contractors ready to "
         "start. Happy to send a shortlist - what are your priority hires?"),
    ]))

W.append(Writer(
    "sourcer-fintech-plain", "report", "anneke.s@ledgerline.example.com",
    "Anneke Sørensen\nTechnical Sourcer, Ledgerline",
    dress="html",
    messages=[
        (OUT, "Ledgerline <> {name}", "Hi {name},\n\nI'll be brief: I'm on the talent team at Ledgerline (we build "
         "treasury software for mid-size companies) and we're looking for a backend engineer who knows "
         "double-entry systems well. Your talk at FinDevCon on ledger invariants is basically our job description. "
         "Would you be up for a 20 minute intro with our VP Engineering?"),
        (OUT, "Re: Ledgerline <> {name}", "Hi {name}, wanted to try once more. We've just opened a Staff-level version "
         "of the role, fully remote in EU time zones. If now isn't the right time, I'd be glad to stay in touch."),
        (OUT, "Thinking of you for this", "Hi {name},\n\nA colleague of yours from Monzo, Femi, suggested I reach "
         "out. We're hiring an engineering manager for our payments team and he said you'd be brilliant. Could we "
         "find 15 minutes to talk?"),
        (OTHER, "Ledgerline is hiring across Europe", "Ledgerline is growing!\n\nWe're hiring 40 people across "
         "engineering, sales and customer success in Berlin, Amsterdam and Lisbon. Check out our open positions and "
         "share with anyone who'd be a fit.\n\nView careers"),
        (INTERVIEW, "Ledgerline - technical interview scheduling", "Hi {name},\n\nThanks for your application for the "
         "Backend Engineer role. We'd love to move you forward to the technical interview. Please pick a 90 minute "
         "slot next week using the link below."),
        (OTHER, "Ledgerline product update: multi-entity consolidation", "Hi {name},\n\nMulti-entity consolidation "
         "is here. Close your books across subsidiaries in one place. Book a demo with our team to see it in "
         "action."),
    ]))

W.append(Writer(
    "exec-search-ned-us", "report", "p.whitcombe@harlowe-partners.example.com",
    "Patricia Whitcombe\nManaging Director, Board & CEO Practice\nHarlowe Partners | New York",
    "Harlowe Partners respects your privacy. To update your contact details, reply to this message.",
    messages=[
        (OUT, "A discreet inquiry", "Dear {name},\n\nHarlowe Partners has been engaged by the board of a privately "
         "held healthcare services company to identify its next Chief Executive Officer. Your tenure leading "
         "operations at Meridian Health suggests you may be well suited to the brief, and I would welcome a "
         "confidential conversation at your convenience."),
        (OUT, "Board seat - audit committee chair", "Dear {name},\n\nWe are assisting a NASDAQ-listed medical device "
         "company in recruiting an independent director to chair its Audit Committee. Your CPA background and "
         "public-company experience are exactly what the nominating committee described. Might you be open to "
         "discussing it?"),
        (OUT, "Following up on my note", "Dear {name},\n\nI wanted to follow up on my earlier message regarding the "
         "Chief Executive search. The committee will review a first slate at the end of the month, and I would be "
         "grateful for the chance to speak with you before then, even briefly."),
        (OTHER, "Harlowe Board Monitor 2024", "Dear {name},\n\nWe are pleased to share the 2024 Harlowe Board "
         "Monitor, our annual analysis of new independent director appointments across the S&P 500.\n\nDownload the "
         "report\n\nManage your subscription"),
        (OTHER, "Building Meridian's leadership bench", "Dear {name},\n\nCongratulations on your recent appointment "
         "as CEO. Many leaders in your position revisit the executive team within their first year, and Harlowe "
         "would be glad to partner with you on any senior searches, including succession planning for your CFO."),
        (OTHER, "Invitation: Women on Boards dinner", "Dear {name},\n\nIt would be our pleasure to host you at our "
         "Women on Boards dinner in New York on 6 May. The evening features a conversation with three sitting board "
         "chairs. Kindly RSVP by 20 April."),
    ]))
W.append(Writer(
    "staffing-vendor-nj", "report", "sai.krishna@apexinfotechsol.example.com",
    "Regards,\nSai Krishna\nTechnical Recruiter | Apex Infotech Solutions LLC\nDirect: 732-555-0188\n"
    "An E-Verified company",
    "Disclaimer: If you are not interested in receiving our e-mails then please reply with a \"Remove\" in the "
    "subject line. Mails will be deleted immediately after reply.",
    messages=[
        (OUT, "Requirement for Salesforce Developer - Columbus, OH (Onsite from day 1) - Long Term", "Hi {name},\n\n"
         "Greetings from Apex Infotech! Hope you are doing well. I came through your resume on Monster and wanted to "
         "check if you are open for new projects. Please find the job details below and revert with your updated "
         "resume.\n\nRole: Salesforce Developer\nLocation: Columbus, OH\nDuration: 12+ months\nRate: $62/hr C2C / "
         "$55/hr W2\n\nLooking forward to hear from you."),
        (OUT, "Follow up: Salesforce Developer - Columbus", "Hi {name}, kindly let me know your interest on the "
         "above position. Please share your visa status, current location and expected rate. Thank you."),
        (OUT, "Need Java Lead - Remote - Implementation partner", "Hello {name},\n\nThis is Sai from Apex Infotech. "
         "We are looking for a Java Lead for one of our implementation partners, remote role, 1099 or C2C. Rate is "
         "open for the right candidate. Are you available for a quick call today to discuss further?"),
        (OTHER, "Apex Infotech - bench sales hotlist", "Dear Recruiter,\n\nGood morning! Please find our updated "
         "hotlist below. All consultants are available for immediate C2C projects.\n\n- Sr. Data Engineer | 11 yrs "
         "| H1B | Dallas, TX\n- ServiceNow Developer | 8 yrs | GC EAD | Open to relocate\n- Workday HCM | 9 yrs | USC "
         "| Remote only\n\nKindly reach me for resumes and rates."),
        (OTHER, "Urgent Reqs: Kindly share profiles", "Hi Team,\n\nPlease share profiles for the below urgent "
         "requirements:\n\n1) Angular Developer - Atlanta - $55/hr\n2) Mainframe Developer - Hartford - $58/hr\n3) "
         "Tableau Developer - Remote - $50/hr\n\nNote: No H1B transfer for this client."),
        (REJ, "Status: Java Lead submission", "Hi {name},\n\nI got feedback from the implementation partner - the end "
         "client has put the Java Lead role on hold, and they are not considering any more submissions. Sorry about "
         "that, I will let you know if it re-opens."),
        (INTERVIEW, "Confirmation: Client Interview for Salesforce Developer", "Hi {name},\n\nYour interview with "
         "the end client is confirmed for Friday 2 PM EST. It will be a 45 minute Webex with the technical manager. "
         "Please join 5 minutes early and keep your camera on."),
    ]))

W.append(Writer(
    "founder-robotics-phone", "report", "ben@furrowrobotics.example.com",
    "Ben\nFurrow Robotics\nSent from my iPhone",
    messages=[
        (OUT, "agtech robotics - looking for a controls person", "hi {name} - ben, ceo of furrow robotics (weeding "
         "robots, 14 people, Fresno). a friend at Blue River pointed me to you. we need someone to own motion "
         "control on our next machine and your background is spot on. any chance you'd take a call with me this "
         "week? can fly you out to see the robots too"),
        (OUT, "re: agtech robotics", "totally get it if the timing is bad. we'd go remote for the right person and "
         "the pay is competitive with the big guys plus meaningful equity. open to 20 min?"),
        (OTHER, "Furrow is raising our Series A", "Hi {name},\n\nSince you've shown interest in agtech, I wanted to "
         "let you know Furrow is raising a $12M Series A. We'd love to find a few angels with robotics backgrounds. "
         "Would you be open to a call to hear about the round?"),
        (OTHER, "furrow newsletter #7", "Hey everyone - harvest season is over and our robots weeded 3,000 acres this "
         "year! We're also hiring: controls engineer, field technician, and a head of manufacturing. Reply if you "
         "know someone great."),
        (OTHER, "Would your farm try our robot?", "Hi {name},\n\nI noticed your farm grows lettuce in Salinas. We're "
         "looking for two more growers to pilot our weeding robot next season at no cost. Could we set up a time to "
         "talk about a pilot partnership?"),
        (OUT, "controls role, last ping", "hey {name}, last note on this - we've just budgeted the head of controls "
         "position and you're still my first choice. if you're ever curious, my cell is 559-555-0109"),
    ]))

W.append(Writer(
    "ex-colleague-slack-style", "report", "priya.nair@fastmail.example.com",
    "p.",
    dress="oneline",
    messages=[
        (OUT, "hey - job at my place", "hey {name}!! hope the new baby is letting you sleep lol. so my manager is "
         "looking for another senior QA engineer and I told her you're the best tester I've ever worked with. it's "
         "hybrid, pay is good. can I give her your email? she'd love to chat"),
        (OUT, "re: hey - job at my place", "amazing!! I sent her your linkedin. her name is Olga, she'll email you "
         "to set up a call this week - nothing formal, just to talk about the role and the team"),
        (OTHER, "lunch?", "hey! I'm in your part of town next thursday for a client meeting, lunch? there's a new "
         "ramen place near your office"),
        (OTHER, "can you look at my CV", "hi {name}, I'm applying for a test lead position at Sapient and I'd love "
         "your eyes on my CV before I send it, would you mind? no rush, by sunday is fine"),
        (OUT, "one more thing", "oh and Olga says if QA isn't your thing anymore they also need a test automation "
         "lead, even more senior. she'd be happy to talk about either - want me to set it up?"),
        (OTHER, "fwd: open roles at Tessellate", "forwarding in case anyone from the old team is looking!\n\n> "
         "Tessellate is hiring: QA Engineer, Senior Backend Engineer, Product Designer. Apply at "
         "tessellate.example/jobs"),
    ]))

W.append(Writer(
    "alumni-mba-network", "report", "noreply@mba-network.rotherfield.example.ac.uk",
    "Rotherfield Business School Alumni Network",
    "You are receiving this as a Rotherfield MBA alumnus. Manage notification settings.",
    messages=[
        (OUT, "Kofi Mensah (MBA 2014) has a role to discuss with you", "Dear {name},\n\nKofi Mensah (MBA 2014) sent "
         "you a message via the alumni network:\n\n\"Dear {name}, I'm COO at Harbourline Shipping and we are "
         "recruiting a Director of Strategy. Seeing your consulting background and our shared Rotherfield "
         "connection, I wondered if you might be open to a conversation about the role.\"\n\nReply on the "
         "network"),
        (OTHER, "Alumni Careers Digest - February", "Dear {name},\n\nIn this month's digest: 52 new roles from "
         "alumni employers, a webinar on portfolio careers, and our spring careers clinic dates.\n\nSee the roles"),
        (OTHER, "Class of 2014 reunion", "Dear {name},\n\nSave the date: the Class of 2014 ten-year reunion will "
         "be held on 21 September. Tickets go on sale next week."),
        (OTHER, "Help a current student", "Dear {name},\n\nA current MBA student, Laura Chen, would like to speak with "
         "an alum in maritime logistics about career paths. Would you be willing to give 20 minutes?\n\nAccept | "
         "Decline"),
        (OUT, "Kofi Mensah sent you a follow-up", "Dear {name},\n\nKofi Mensah (MBA 2014) wrote:\n\n\"Just following "
         "up - we are keen to move on the Director of Strategy appointment and I'd value even a brief call with you "
         "before we brief a search firm.\"\n\nReply on the network"),
    ]))
W.append(Writer(
    "job-site-us", "report", "jobs-noreply@careerharbor.example.com",
    "CareerHarbor",
    "This email was sent to you by CareerHarbor. To stop receiving these emails, unsubscribe. CareerHarbor Inc., "
    "Austin, TX.",
    dress="html",
    messages=[
        (OTHER, "Data Analyst jobs in Austin - 27 new today", "{name}, new jobs matching your search:\n\nData Analyst "
         "- Dell - Round Rock, TX\nBusiness Intelligence Analyst - H-E-B - Austin, TX\nJunior Data Analyst - Remote"
         "\n\nSee all jobs"),
        (OTHER, "Employers are looking at your resume", "Hi {name},\n\nYour resume appeared in 48 employer searches "
         "this week and was viewed by 2 recruiters. Boost your visibility with Resume Spotlight.\n\nGet spotlighted"),
        (OTHER, "Jobs picked for you", "Hi {name}, we picked these positions based on your recent activity:\n\n"
         "Analytics Engineer - Indeed\nSenior Analyst - Whole Foods Market\n\nOne-click apply"),
        (OUT, "New message from an employer", "You have a new message from an employer on CareerHarbor:\n\nMarcus "
         "Lee, Recruiting Manager, Bluebonnet Credit Union\n\n\"Hi {name}, I came across your resume here and think "
         "you'd be a strong fit for a BI Analyst opening on my team. Would you be interested in a phone call this "
         "week to learn more?\"\n\nRespond to Marcus"),
        (OUT, "Marcus Lee sent you another message", "You have a new message from an employer on CareerHarbor:\n\n"
         "\"Hi {name}, just checking you saw my note about the BI Analyst opening at Bluebonnet. I'd be glad to "
         "share the salary range and the team setup on a 15 minute call whenever suits.\"\n\nRespond to Marcus"),
        (OTHER, "H-E-B is hiring near you", "H-E-B has 63 open positions near Austin, TX that match your "
         "interests. Companies hiring now:\n\nH-E-B · Dell · Tesla · Samsung Austin Semiconductor\n\nExplore "
         "companies"),
        (OTHER, "Your CareerHarbor Pro trial ends soon", "Hi {name},\n\nYour free trial of CareerHarbor Pro ends in 3 "
         "days. Keep messaging recruiters directly and see who viewed your resume for $19.99/month.\n\nKeep Pro"),
    ]))

W.append(Writer(
    "vendor-prospecting", "report", "olivia@rostergrid.example.com",
    "Olivia Chen\nSenior Account Executive | RosterGrid\nBook time with me: rostergrid.example/olivia",
    "RosterGrid Inc. 2 Park Plaza, Boston MA. If you'd rather not hear from me, just reply \"no thanks\".",
    messages=[
        (OTHER, "{name}, a thought on your nursing positions", "Hi {name},\n\nSaw that St. Agnes is hiring 30+ nurses "
         "this quarter. Hospitals like Mercy West use RosterGrid to fill open shifts internally before paying "
         "agency rates. Worth a 15-minute look?"),
        (OTHER, "Re: a thought on your nursing positions", "Hi {name},\n\nFollowing up on my note - I know your "
         "role as CNO keeps you busy. I'd love to share a 2-minute video showing how we cut agency spend by 22% at a "
         "hospital your size."),
        (OTHER, "Exclusive opportunity for St. Agnes", "Hi {name},\n\nWe're selecting five health systems for our "
         "founding customer programme - locked pricing for three years and a direct line to our product team. "
         "Would you be open to a call to see if St. Agnes qualifies?"),
        (OTHER, "Who handles workforce planning?", "Hi {name},\n\nWho at St. Agnes would be the best person to speak "
         "to about staffing software? Would appreciate a pointer."),
        (OTHER, "Last note from me", "Hi {name},\n\nI'll stop reaching out after this one. If filling shifts without "
         "agencies becomes a priority, I'm one email away."),
        (OTHER, "Join us at the AONL conference booth 412", "Hi {name},\n\nWill you be at AONL in Anaheim? Stop by "
         "booth 412 for a demo and a coffee on us - or book a 1:1 meeting with our team in advance."),
    ]))

W.append(Writer(
    "speaker-press-angel", "report", "hello@productcamp-lisbon.example.pt",
    "Rui Carvalho\nProductCamp Lisbon",
    messages=[
        (OTHER, "Would you speak at ProductCamp Lisbon?", "Hi {name},\n\nWe're organising ProductCamp Lisbon on 17 "
         "October and would love you to give a 25 minute talk on product discovery. We cover flights and two nights "
         "in the city. Could we schedule a call to discuss topics?"),
        (OTHER, "Interview request for our newsletter", "Hi {name},\n\nI write the Product Lisbon newsletter (8,000 "
         "readers). Would you be up for a short written interview about your career path? Just five questions by "
         "email."),
        (OTHER, "Angel investing in our startup?", "Hi {name},\n\nA friend suggested you sometimes invest in early-"
         "stage SaaS. We're raising a €600k pre-seed for a product analytics tool and I'd love to walk you through "
         "the deck. Open to a call?"),
        (OTHER, "Workshop facilitator wanted", "Hi {name},\n\nWe're looking for someone to run a half-day workshop "
         "for our attendees on roadmapping. It's paid (€800). Would that interest you?"),
        (OTHER, "Partnership with your company", "Hi {name},\n\nWe'd like to explore a partnership between "
         "ProductCamp and your company: co-branded meetups and a discount for your users. Who would be the right "
         "person to talk to?"),
    ]))

W.append(Writer(
    "hiring-manager-hospital", "report", "dr.a.mwangi@lakeshorehealth.example.org",
    "Dr Amani Mwangi\nClinical Director, Emergency Medicine\nLakeshore Health",
    messages=[
        (OUT, "Consultant post in our emergency department", "Dear Dr {name},\n\nWe met briefly at the RCEM "
         "conference in Manchester. I am the clinical director of the emergency department at Lakeshore and we "
         "will shortly be creating a new consultant post with an interest in paediatric emergency medicine. I "
         "thought of you immediately. Would you be willing to have an informal conversation about it?"),
        (OUT, "Re: Consultant post in our emergency department", "Dear Dr {name},\n\nThank you for getting back to me. "
         "I would be delighted to show you round the department. Would Tuesday the 9th suit you for an informal "
         "visit and a coffee? We can talk through the job plan then."),
        (OTHER, "Rota for December", "Dear colleagues,\n\nPlease find attached the consultant rota for December. "
         "Locum positions for the Christmas week are still open, so let me know if you can help."),
        (REJ, "Specialty doctor application", "Dear Dr {name},\n\nThank you for applying for the specialty doctor "
         "post and for attending interview. I am sorry to say that on this occasion the panel has offered the post "
         "to another candidate. I would encourage you to apply again in future."),
        (OTHER, "Teaching session next week", "Dear {name},\n\nWould you be able to lead next Wednesday's teaching "
         "session for the trainees on sepsis? An hour would be ideal."),
        (OUT, "A post for you in Lakeshore", "Dear Dr {name},\n\nA colleague of yours from St Mary's, Dr Obi, "
         "suggested I write. We are appointing two acute medicine consultants in the new year and I would very much "
         "like to tell you about the posts over the phone, if you might consider a move north."),
    ]))
W.append(Writer(
    "chasseur-paris-fr", "report", "julien.dufresne@orbe-conseil.example.fr",
    "Julien Dufresne\nAssocié - Orbe Conseil, chasse de têtes\n06 55 01 77 42",
    "Orbe Conseil - SAS au capital de 50 000 € - RCS Paris. Conformément au RGPD, vous pouvez demander la "
    "suppression de vos données.",
    dress="html",
    messages=[
        (OUT, "Une mission qui pourrait vous intéresser", "Madame, Monsieur {name},\n\nJe suis chasseur de têtes chez "
         "Orbe Conseil. Nous avons été mandatés par un groupe de distribution pour identifier son futur Directeur "
         "des systèmes d'information. Votre expérience chez Fnac Darty a retenu toute mon attention. Accepteriez-"
         "vous que nous en parlions de vive voix, en toute confidentialité ?"),
        (OUT, "Relance - poste de DSI", "Bonjour {name},\n\nJe me permets de vous relancer au sujet du poste de DSI "
         "évoqué la semaine dernière. Mon client rencontre les candidats à la mi-octobre ; un premier échange de "
         "vingt minutes suffirait pour voir si le sujet vous parle."),
        (OUT, "Un ancien collègue m'a parlé de vous", "Bonjour {name},\n\nThomas Girard, avec qui vous avez travaillé "
         "chez Capgemini, m'a suggéré de vous contacter. Je recrute pour une start-up de la santé un CTO pour "
         "structurer une équipe de quinze développeurs. Auriez-vous un moment pour un appel ?"),
        (OTHER, "Orbe Conseil - notre baromètre des dirigeants du numérique", "Bonjour {name},\n\nRetrouvez notre "
         "baromètre annuel des dirigeants du numérique : rémunérations, mobilité, nouveaux postes.\n\nLire le "
         "baromètre\n\nSe désinscrire"),
        (OTHER, "Votre prochain recrutement de direction", "Bonjour {name},\n\nFélicitations pour votre nomination à "
         "la direction générale. Si vous deviez renforcer votre comité de direction, Orbe Conseil serait heureux de "
         "vous accompagner. Puis-je vous proposer un déjeuner ?"),
        (INTERVIEW, "Votre candidature - Responsable infrastructure", "Bonjour {name},\n\nNous avons bien étudié "
         "votre candidature au poste de Responsable infrastructure publié sur notre site. Je vous propose un "
         "entretien le jeudi 3 octobre à 15h dans nos bureaux, rue de Rivoli."),
        (OTHER, "Invitation - table ronde des DSI", "Bonjour {name},\n\nNous organisons une table ronde réservée aux "
         "DSI le 21 novembre sur l'IA générative en entreprise. Nous serions ravis de vous compter parmi les "
         "intervenants."),
    ]))

W.append(Writer(
    "personalberatung-hamburg-de", "report", "j.petersen@nordlicht-personal.example.de",
    "Viele Grüße\nJana Petersen\nSenior Consultant IT | Nordlicht Personalberatung\nTel. 040 555 0134",
    "Nordlicht Personalberatung GmbH, Amtsgericht Hamburg HRB 12345. Abmelden: Antworten Sie mit ABMELDEN.",
    messages=[
        (OUT, "Spannende Position als Teamlead Data Engineering", "Hallo {name},\n\nich hoffe, es geht Ihnen gut! Ich "
         "begleite aktuell ein Hamburger E-Commerce-Unternehmen bei der Suche nach einer Teamleitung Data "
         "Engineering. Ihr Profil passt sehr gut: Spark, Airflow, Führungserfahrung. Gehalt bis 110k. Hätten Sie "
         "Zeit für ein kurzes Telefonat in den nächsten Tagen?"),
        (OUT, "Re: Teamlead Data Engineering", "Hallo {name},\n\nnur eine kurze Erinnerung an meine Nachricht. Falls "
         "Sie gerade nicht wechseln möchten, ist das völlig in Ordnung - dann melde ich mich gern in ein paar "
         "Monaten noch einmal."),
        (OUT, "Freelance-Projekt: Cloud-Architekt (remote)", "Hallo {name},\n\nfür einen Kunden aus der "
         "Versicherungsbranche suche ich ab 1.3. einen Cloud-Architekten für ein sechsmonatiges Projekt, 100 % "
         "remote, Stundensatz 105 EUR. Haben Sie Kapazität? Dann würde ich Sie gern anrufen."),
        (OTHER, "Die aktuellen IT-Jobs der Woche", "Hallo {name},\n\nunsere neuen Stellenangebote:\n\n- Java "
         "Entwickler (m/w/d) - Hamburg\n- DevOps Engineer (m/w/d) - Kiel\n- Product Owner (m/w/d) - remote\n\nAlle "
         "Jobs ansehen"),
        (OTHER, "Fachkräfte für Ihr Team gesucht?", "Hallo {name},\n\nSie suchen Verstärkung für Ihr Entwicklerteam? "
         "Nordlicht Personalberatung vermittelt geprüfte IT-Fachkräfte - erfolgsbasiert. Ich stelle Ihnen gern "
         "unsere Konditionen in einem kurzen Termin vor."),
        (REJ, "Rückmeldung zu Ihrer Bewerbung", "Hallo {name},\n\nvielen Dank für das Gespräch mit unserem Kunden. "
         "Leider hat sich der Kunde für eine andere Kandidatin entschieden. Ich bedaure das sehr und melde mich, "
         "sobald ich eine passende Position für Sie habe."),
        (INTERVIEW, "Einladung zum Kennenlernen beim Kunden", "Hallo {name},\n\nschöne Nachrichten: Der Kunde möchte "
         "Sie nach Ihrer Bewerbung gern persönlich kennenlernen. Termin: Montag, 14 Uhr, in der HafenCity. Bitte "
         "bestätigen Sie mir kurz."),
    ]))

W.append(Writer(
    "reclutadora-cdmx-es", "report", "andrea.villalobos@talentomx.example.mx",
    "Saludos cordiales,\nAndrea Villalobos\nReclutadora Sr. | TalentoMX",
    messages=[
        (OUT, "Vacante Gerente de Finanzas - CDMX", "Hola {name}, buen día.\n\nMi nombre es Andrea, soy reclutadora en "
         "TalentoMX. Estoy apoyando a una empresa farmacéutica con una vacante de Gerente de Finanzas en Santa Fe. "
         "Tu perfil me pareció muy interesante por tu experiencia en planeación financiera. ¿Tendrías disponibilidad "
         "para una llamada breve para platicarte los detalles?"),
        (OUT, "Seguimiento - Gerente de Finanzas", "Hola {name},\n\nSolo quería dar seguimiento a mi correo anterior. "
         "La posición sigue abierta y el sueldo es muy competitivo. Si te interesa, compárteme tu CV actualizado y "
         "un horario para llamarte."),
        (OUT, "Te recomendaron para un puesto", "Hola {name},\n\nUn excompañero tuyo de Bimbo me dio tu contacto. "
         "Tengo una posición de Director de Planeación para un grupo industrial en Monterrey y creo que podrías "
         "encajar. ¿Te gustaría conversarlo?"),
        (OTHER, "Boletín TalentoMX: tendencias de contratación 2025", "Hola {name},\n\nTe compartimos nuestro "
         "reporte de tendencias de contratación y sueldos para 2025.\n\nDescargar reporte\n\nSi ya no deseas "
         "recibir estos correos, cancela tu suscripción."),
        (INTERVIEW, "Entrevista - Analista Financiero Sr.", "Hola {name},\n\nGracias por postularte a la vacante de "
         "Analista Financiero Sr. Te invito a una entrevista presencial el miércoles a las 10:00 en nuestras "
         "oficinas de Polanco. Por favor confirma tu asistencia."),
        (REJ, "Proceso Analista Financiero Sr.", "Hola {name},\n\nMuchas gracias por tu tiempo en el proceso. El "
         "cliente decidió avanzar con otro candidato. Guardaremos tu CV para futuras oportunidades."),
        (OTHER, "¿Tu empresa está contratando?", "Hola {name},\n\nEn TalentoMX ayudamos a empresas como la tuya a "
         "encontrar talento en finanzas y tecnología. ¿Te gustaría agendar una reunión para conocer nuestros "
         "servicios?"),
    ]))

W.append(Writer(
    "bureau-amsterdam-nl", "report", "femke@talentbrug.example.nl",
    "Groet,\nFemke de Wit\nSenior recruiter | TalentBrug",
    "TalentBrug B.V. | KvK 12345678 | Wil je geen berichten meer ontvangen? Laat het ons weten.",
    messages=[
        (OUT, "Een rol die bij je past?", "Hoi {name},\n\nFemke hier van TalentBrug. Ik help een Amsterdamse "
         "fintech aan een senior product owner voor hun betalingsteam. Ik zag je profiel en je ervaring bij Adyen en "
         "dacht meteen aan jou. Heb je deze week tijd voor een kort belletje?"),
        (OUT, "Even checken", "Hoi {name},\n\nIk had je vorige week een bericht gestuurd over de product owner rol. "
         "Ben je er nog niet aan toegekomen? Ik vertel je er graag meer over, ook als je niet actief zoekt."),
        (OUT, "Via je oud-collega", "Hallo {name},\n\nJe oud-collega Sander gaf me je naam. Ik zoek voor een "
         "klant een hoofd operations in Haarlem, een mooie rol met een team van twintig mensen. Lijkt het je leuk "
         "om daar eens over te praten?"),
        (OTHER, "TalentBrug nieuwsbrief: de arbeidsmarkt in 2025", "Hoi {name},\n\nIn deze nieuwsbrief: salarissen "
         "in tech, de nieuwste vacatures en tips voor je sollicitatiegesprek.\n\nLees verder\n\nAfmelden"),
        (INTERVIEW, "Uitnodiging gesprek - product owner", "Hoi {name},\n\nBedankt voor je sollicitatie op de "
         "vacature product owner via onze website. De klant wil graag kennismaken: dinsdag om 14:00 op hun kantoor "
         "aan de Zuidas. Kun je dat bevestigen?"),
        (OTHER, "Moeite met het vinden van talent?", "Beste {name},\n\nHeeft jouw team moeite om vacatures in te "
         "vullen? TalentBrug vindt binnen drie weken de juiste kandidaat. Zullen we een kennismakingsgesprek "
         "plannen?"),
        (OTHER, "Meetup: werken in fintech", "Hoi {name},\n\nOp 12 maart organiseren we een meetup over werken in "
         "fintech, met sprekers van Bunq en Mollie. Aanmelden kan via de link."),
    ]))
W.append(Writer(
    "creative-agency-recruiter", "report", "zoe@inkwellcreativetalent.example.com",
    "Zoë Adeyemi-Hart\nInkwell Creative Talent\nPortfolio reviews, not keyword searches.",
    messages=[
        (OUT, "Your portfolio + a brand design lead role", "Hi {name},\n\nI've been admiring your packaging work for "
         "Oatly for ages (the cartons!) and I'm working with a beauty brand in Shoreditch who need a brand design "
         "lead. Small in-house team, lots of ownership, £70k. Fancy a coffee or a call to hear more?"),
        (OUT, "Freelance brief for you?", "Hi {name},\n\nI've got a three week freelance brief with a drinks client "
         "in January - rebrand of a range of alcohol-free spirits, £450 a day. Would you be free, and would you "
         "like the details?"),
        (OUT, "Re: Your portfolio + a brand design lead role", "Hi {name},\n\nNo pressure at all, just wanted to say "
         "the creative director has seen your portfolio (anonymised, don't worry) and would love an informal chat "
         "before they open the role publicly. Is there a day next week that works?"),
        (OUT, "Someone asked about you", "Hi {name},\n\nA creative director I work with at a sports brand asked if I "
         "knew any senior motion designers who could lead a small team - your name was the first I gave. Could I "
         "tell you about the position on a quick call?"),
        (OTHER, "Inkwell's Creative Salary Survey", "Hi {name},\n\nOur 2025 Creative Salary Survey is out - pay for "
         "designers, copywriters and motion artists across the UK.\n\nGet the survey\n\nUnsubscribe"),
        (INTERVIEW, "Interview - Midweight Designer", "Hi {name},\n\nThanks for sending your application for the "
         "midweight designer role we advertised. The studio would like to see you and your portfolio on Wednesday "
         "at 11am. Let me know if that works."),
        (OTHER, "Hiring creatives in 2025?", "Hi {name},\n\nAs creative director, you'll know how hard it is to find "
         "great designers. Inkwell can send you a shortlist of three vetted portfolios within five working days. "
         "Shall we set up a call to talk about your hiring plans?"),
    ]))

W.append(Writer(
    "inhouse-zurich-de", "report", "talent@alpenbank.example.ch",
    "Freundliche Grüsse\nLukas Ammann\nTalent Acquisition Partner, Alpenbank AG",
    messages=[
        (OUT, "Ihr Profil und eine Position bei der Alpenbank", "Grüezi {name}\n\nIch bin bei der Alpenbank für die "
         "Rekrutierung im Bereich Risk zuständig. Wir bauen gerade ein Team für Modellvalidierung auf, und Ihr "
         "Hintergrund in quantitativer Finanzmathematik ist sehr passend. Wären Sie offen für ein unverbindliches "
         "Gespräch mit der Teamleiterin?"),
        (OUT, "Nachricht weitergeleitet: Ihre Nummer", "Weitergeleitete SMS:\n\n\"Guten Tag {name}, hier Lukas Ammann "
         "von der Alpenbank. Ihre frühere Kollegin Frau Keller hat mir Ihre Nummer gegeben. Wir hätten eine Stelle "
         "als Senior Quant, die Sie interessieren könnte. Darf ich Sie morgen kurz anrufen?\""),
        (OUT, "Re: Ihr Profil und eine Position bei der Alpenbank", "Grüezi {name}\n\nVielen Dank für Ihre "
         "Rückmeldung. Frau Baumann würde sich gern nächste Woche 30 Minuten Zeit nehmen, um Ihnen das Team und "
         "die Rolle vorzustellen. Passt Ihnen Dienstag oder Mittwoch am Nachmittag?"),
        (OTHER, "Alpenbank Karriere-Newsletter", "Grüezi {name}\n\nEntdecken Sie unsere offenen Stellen und "
         "Einblicke in den Arbeitsalltag bei der Alpenbank.\n\nZu den Stellen\n\nNewsletter abbestellen"),
        (INTERVIEW, "Ihre Bewerbung als Risk Analyst", "Grüezi {name}\n\nBesten Dank für Ihre Bewerbung als Risk "
         "Analyst. Gerne laden wir Sie zu einem ersten Interview per Video am 12. Juni um 9 Uhr ein."),
        (REJ, "Ihre Bewerbung als Risk Analyst", "Grüezi {name}\n\nNach sorgfältiger Prüfung müssen wir Ihnen "
         "leider mitteilen, dass wir uns für eine andere Kandidatur entschieden haben. Wir danken Ihnen für Ihr "
         "Interesse an der Alpenbank."),
        (OTHER, "Einladung: Alpenbank Women in Finance Abend", "Grüezi {name}\n\nWir laden Sie herzlich zu unserem "
         "Women in Finance Abend am 4. April ein, mit Podiumsdiskussion und Apéro."),
    ]))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@mail.example> wrote:\n> Thanks for your note - I'm not really looking "
          "right now, but happy to hear more.\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<div style=\"font-family:Helvetica;font-size:14px\">{p.replace(chr(10), '<br/>')}</div><br/>"
                    for p in text.split("\n\n"))
    return f"<html><body><table role=\"presentation\" width=\"600\"><tr><td>{paras}</td></tr></table></body></html>"


DRESS = Dress(QUOTED, "Tue, 4 Mar 2025 at 18:40", _html, quote_on=0, html_on=1)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    return letters(W, NAMES, DRESS)
