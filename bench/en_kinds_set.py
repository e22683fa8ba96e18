"""English job-search mail of every kind but rejection, a fourth set: recruiter outreach in many voices, interview
invitations and scheduling, assessment invitations and their receipts, offers and offer-stage paperwork, and
withdrawals the company confirms, against `other` mail that borrows their words.

Written for this project (never real mail), by writers none of the earlier sets has: a London fintech agency, a
big-tech sourcer and its LinkedIn InMail copies, a seed-stage founder, a GoodTime-like scheduling robot, a graduate
retailer on HireVue, a bank on Codility, a Canadian hospital, a strategy consultancy, a university lab, text
messages a staffing agency's tool forwards as mail, a New Zealand ministry on SHL, a games studio, an hourly
warehouse, a board-level search firm, a SaaS firm on Greenhouse, US IT staffing vendors; and on the report side an
Australian healthcare agency, a New York sourcer, a climate founder, a Calendly coordinator, an insurer's graduate
scheme, an e-commerce firm on HackerRank, a school district, a law firm, more InMails and texts, a drugmaker on
Workday, a nonprofit, an airline's pilot intake, an operations start-up, a retailer hiring store managers, a
developer-tools firm; each half also has a writer of look-alikes (sales calls booked through Calendly, a podcast
interview, a bank's pre-approved offer, a test platform's newsletter, a request to act as someone's referee).

Labels follow what the message asks of the candidate and who acts next: an approach nobody asked for is
recruiter outreach (a role described without the word "opportunity", "are you open to a move"); a call, a
meeting, a slot to pick, a reschedule, a confirmation, an interviewer's introduction or references asked before a
decision is an interview; a test to take is an assessment, a test received is an acknowledgement; an offer, its
call, its letter, its pay and the checks and forms after it are offers; a company confirming the candidate's own
withdrawal is `other`.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report"
writers are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `bench/mail_en_kinds.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach")
NAMES = ("Ifeoma", "Callum", "Anjali", "Teodor", "Maeve", "Hyun-woo", "Zanele", "Rhys", "Paloma", "Emre", "Sunniva",
         "Obinna", "Keala", "Vikram")


W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "agency-fintech-london", "tune", "ollie.b@quaymark-talent.example.co.uk",
    "Cheers,\nOllie Barnes\nPrincipal Consultant, Payments & Fintech\nQuaymark Talent | 020 7946 0312",
    "Quaymark Talent Ltd is an employment agency. Reply STOP to be removed from our database.",
    messages=[
        (OUT, "Payments platform lead - Series C, hybrid EC2", "Hi {name},\n\nHope you don't mind the cold email. "
         "I'm working with a Series C payments business near Old Street who are building out their acquiring "
         "platform and need a lead engineer to own card processing end to end. Kotlin, Postgres, a lot of scheme "
         "rules. Package is up to £125k plus equity. Worth a 10 minute chat this week?"),
        (OUT, "Quick one", "Hi {name},\n\nSaw your talk on idempotency keys from last year's meetup - really good. "
         "Are you open to hearing about something new at the moment, or happily settled? No pressure either way."),
        (INTERVIEW, "Re: Payments platform lead", "Hi {name},\n\nGreat news - their CTO liked your profile and "
         "would like a first conversation. He's free Thursday 3pm or Friday 10am, 45 mins on Teams. Which suits "
         "you better? I'll send the invite once you confirm."),
        (INTERVIEW, "Prep for Thursday", "Hi {name},\n\nAhead of your chat with Gareth on Thursday: he'll spend "
         "most of it on your ledger work at your current place and then talk through their roadmap. Expect a "
         "couple of system design questions towards the end. Give me a ring after and let me know how it went."),
        (OFFER, "Brilliant news!", "Hi {name},\n\nJust off the phone with them - they want you! They're offering "
         "£118k base, 0.15% options and 30 days holiday, start date flexible. Paperwork will come from their "
         "people team tomorrow. Call me when you get a sec and we can talk it through."),
        (OTHER, "Re: withdrawing", "Hi {name},\n\nTotally understand, and thanks for being upfront with me. I've "
         "let the client know you're stepping out of the process to stay where you are. Congrats on the "
         "counter-offer and let's keep in touch."),
        (OTHER, "Quaymark Fintech Salary Guide 2025", "Hi {name},\n\nOur annual fintech salary guide is out, with "
         "base and bonus bands for engineering, product and risk across London and Manchester. Download your copy "
         "from the link below."),
        (OUT, "Still keen to speak", "Hi {name},\n\nDropping you one last note in case my earlier email got "
         "buried. The lead role at the payments firm is still open and I genuinely think your background fits "
         "better than anyone I've spoken to. Happy to work around your diary."),
    ]))

W.append(Writer(
    "bigtech-sourcer", "tune", "sourcing-noreply@ploverworks.example.com",
    "Best,\nDana Whitfield\nTechnical Sourcer, Infrastructure\nPloverworks",
    dress="html",
    messages=[
        (OUT, "Your work on distributed storage", "Hi {name},\n\nI'm a sourcer on Ploverworks' infrastructure "
         "team. We're growing the group that runs our object storage layer (exabyte scale, multi-region) and your "
         "background in erasure coding stood out. If you'd be open to exploring, I'd love to set up a short intro "
         "with one of our recruiters."),
        (OUT, "Following up - Ploverworks infrastructure", "Hi {name},\n\nBumping this up in case the timing is "
         "better now. The storage team is still hiring at senior and staff level, fully remote in the US. Let me "
         "know if a conversation would be welcome."),
        (INTERVIEW, "Next steps with Ploverworks", "Hi {name},\n\nThanks for getting back to me! I've passed your "
         "details to Marisa, the recruiter for the team, who will reach out to book a 30-minute recruiter screen. "
         "In that call she'll cover the role, levels and your timeline."),
        (TEST, "Ploverworks online coding challenge", "Hi {name},\n\nThe next step in your process is an online "
         "coding challenge on HackerRank: two problems, 75 minutes, any language you like. The link below stays "
         "active for seven days; please complete it in one sitting."),
        (ACK, "We've received your coding challenge", "Hi {name},\n\nYour HackerRank submission came through. An "
         "engineer will review it over the next few business days and Marisa will be in touch about the outcome."),
        (INTERVIEW, "Your virtual onsite - schedule", "Hi {name},\n\nHere is your virtual onsite for Tuesday, "
         "all times Pacific:\n10:00 coding (Priyanka)\n11:00 system design (Tom)\n12:00 break\n12:30 behavioural "
         "(Ana, hiring manager)\nEach session has its own Zoom link in the calendar invitation."),
        (OTHER, "Ploverworks Engineering Blog: how we shard metadata", "Hi {name},\n\nThis month on the "
         "engineering blog: sharding a metadata service without downtime, and a look at our new on-call tooling. "
         "You're receiving this because you subscribed to Ploverworks Engineering updates."),
        (OTHER, "How was your interview experience?", "Hi {name},\n\nYou recently interviewed with Ploverworks. "
         "We'd appreciate two minutes of your time to tell us how the process felt. Your answers are anonymous and "
         "don't affect any hiring decision."),
    ]))

W.append(Writer(
    "seed-founder", "tune", "nik@fernloop.example.io",
    "nik\nco-founder, fernloop",
    dress="oneline",
    messages=[
        (OUT, "fernloop", "hey {name} - we're 6 people building scheduling software for home care agencies, just "
         "closed our seed. looking for our first designer who can also write a bit of frontend. your dribbble "
         "shots for the clinic app are exactly the vibe. any chance you'd grab a coffee with me?"),
        (OUT, "re: fernloop", "no worries if you're heads down, just wanted to say the offer of a coffee stands. "
         "we're in the same coworking as you actually, 3rd floor."),
        (INTERVIEW, "coffee thurs?", "great to hear back! thurs 9:30 at the bean counter on main st work? i'll be "
         "the one with the laptop covered in stickers. just an informal chat about what we're building and what "
         "you'd want from a role"),
        (TEST, "small paid project", "thanks again for coffee. next step we'd like to do is a short paid project - "
         "redesign our visit check-in flow, about 6 hours of work, we pay $600. brief attached. take a week or two, "
         "no rush"),
        (INTERVIEW, "come meet the team", "loved the check-in work. would you come in friday afternoon to meet "
         "the rest of the team? nothing formal, you'd walk us through the flow and we'd ask lots of questions"),
        (OFFER, "we'd love you to join", "{name}, the whole team was unanimous. we'd love you to join as founding "
         "designer - $115k and 0.8% equity, 4 year vest with 1 year cliff. i'll send the formal letter tonight "
         "but wanted to tell you first"),
        (OFFER, "offer letter + docusign", "sent the offer letter through docusign just now, plus the option grant "
         "summary. shout if anything looks off or you want to talk numbers"),
        (OTHER, "fernloop is live!", "hi friends - fernloop 1.0 is live today. if you know a home care agency "
         "drowning in spreadsheets please send them our way"),
    ]))

W.append(Writer(
    "scheduling-robot", "tune", "scheduling@mail.slotwise.example.com",
    "Slotwise on behalf of Carrow Health Recruiting",
    "Sent by Slotwise Scheduling. Need help? Reply to this email and a coordinator will help.",
    dress="html",
    messages=[
        (INTERVIEW, "Action needed: select your interview times", "Hi {name},\n\nCarrow Health would like to "
         "schedule your panel interview for Clinical Informatics Analyst. Please select all times that work for you "
         "over the next two weeks using the button below. Once you submit, we'll confirm within one business day."),
        (INTERVIEW, "Confirmed: Panel interview, Wed 12 March 1:00-2:30 PM CT", "Hi {name},\n\nYour interview is "
         "confirmed.\nWhen: Wednesday 12 March, 1:00-2:30 PM Central\nWhere: Microsoft Teams (link in the calendar "
         "invitation)\nWho: Dr. Ellen Okafor, Brian Tse, Samira Gould"),
        (INTERVIEW, "Meet your interviewers", "Hi {name},\n\nAhead of Wednesday, here's who you'll be speaking "
         "with: Ellen leads clinical informatics for the north region; Brian manages the EHR build team; Samira is "
         "a nurse informaticist who will ask about workflow design."),
        (INTERVIEW, "Updated: your interview has moved", "Hi {name},\n\nOne of your interviewers had a conflict, "
         "so your interview has been moved to Thursday 13 March, 10:00-11:30 AM Central. The Teams link is "
         "unchanged. If the new time does not work, pick another slot below."),
        (INTERVIEW, "Reminder: you're meeting Carrow Health tomorrow", "Hi {name},\n\nJust a reminder that your "
         "panel is tomorrow at 10:00 AM Central. Please join a few minutes early to test your audio and video."),
        (OTHER, "Your Slotwise password was changed", "Hi {name},\n\nThe password for your Slotwise account was "
         "changed. If this was you, no action is needed. If not, reset it now."),
        (OTHER, "Cancelled: Panel interview", "Hi {name},\n\nAs requested, your interview with Carrow Health has "
         "been cancelled and your application withdrawn. Thank you for letting us know."),
    ]))

W.append(Writer(
    "retail-grad-hirevue", "tune", "earlycareers@haylings-group.example.co.uk",
    "Best wishes,\nThe Early Careers Team\nHaylings Group plc",
    "Haylings Group plc, registered in England 0034411. Please don't reply to this mailbox.",
    messages=[
        (ACK, "Thanks for applying to our Buying & Merchandising scheme", "Hi {name},\n\nThanks for applying to the "
         "Haylings Buying & Merchandising Graduate Scheme. Your application is in and we'll email you about the next "
         "stage within ten working days."),
        (TEST, "Next stage: your Haylings video interview", "Hi {name},\n\nGood news - you've been invited to the "
         "next stage. Please record your answers to five questions on HireVue; you'll have 30 seconds to prepare "
         "each and up to two minutes to answer. Complete it by 23:59 on Sunday 9 February."),
        (TEST, "Don't forget your video interview", "Hi {name},\n\nYou haven't yet recorded your HireVue answers and "
         "the deadline is this Sunday. It takes around 20 minutes; find somewhere quiet and check your camera first."),
        (ACK, "We've got your video interview", "Hi {name},\n\nThanks for recording your video interview. Our "
         "assessors will watch every response and we'll let you know the outcome by the end of the month."),
        (INTERVIEW, "Invitation: Haylings Assessment Day", "Hi {name},\n\nWe loved your video answers and would like "
         "to invite you to our Assessment Day in Reading on 4 March: a group exercise, a buying case and an "
         "interview with two of our senior buyers. Please book your place using the link."),
        (OFFER, "Welcome to the Haylings scheme!", "Hi {name},\n\nCongratulations! We're delighted to offer you a "
         "place on the Buying & Merchandising Graduate Scheme starting 1 September, on a salary of £29,500. Your "
         "contract will follow; please accept your offer in the portal within seven days."),
        (OTHER, "Haylings Insider: Spring/Summer preview", "Hi {name},\n\nBe the first to see the new season. As a "
         "Haylings Insider, enjoy 15% off this weekend in stores and online."),
        (OTHER, "Discover our internships", "Hi {name},\n\nApplications for our 2025 summer internships open "
         "next week. Sign up for our virtual open evening to hear from last year's interns."),
    ]))

W.append(Writer(
    "bank-codility", "tune", "campus.recruiting@meriden-capital.example.com",
    "Regards,\nCampus Recruiting\nMeriden Capital Markets",
    dress="quote",
    messages=[
        (TEST, "Meriden Capital: Technology Analyst coding assessment", "Dear {name},\n\nThank you for your "
         "interest in the 2025 Technology Analyst Program. The next step is a 90-minute Codility assessment made up "
         "of three tasks. You will receive a separate email from Codility with your personal link; it expires "
         "after five days."),
        (TEST, "Reminder: your Codility test expires in 48 hours", "Dear {name},\n\nOur records show your Codility "
         "assessment has not been started. Your link expires in 48 hours; we are unable to extend it."),
        (ACK, "Assessment completed", "Dear {name},\n\nThis confirms that we received your completed Codility "
         "assessment. Results are reviewed on a rolling basis and you will hear from us regarding next steps."),
        (INTERVIEW, "Superday invitation - Technology Analyst", "Dear {name},\n\nWe are pleased to invite you to "
         "our Superday on Friday 21 November at our Canary Wharf office. You will have three back-to-back "
         "conversations with technologists and a lunch with current analysts. Please confirm your attendance by "
         "Tuesday."),
        (INTERVIEW, "Superday logistics", "Dear {name},\n\nPlease arrive at 8:45 and bring photo ID for building "
         "security. Business attire. Travel expenses up to £150 are reimbursed; keep your receipts."),
        (OFFER, "Your offer from Meriden Capital", "Dear {name},\n\nFollowing your Superday, we are delighted to "
         "extend an offer for the 2025 Technology Analyst Program. Your offer letter with compensation details is "
         "available in the candidate portal. Please respond by 12 December."),
        (OFFER, "Pre-employment screening", "Dear {name},\n\nCongratulations again on accepting your offer. Our "
         "screening partner will contact you to complete a background and credit check, which is required before "
         "your start date."),
        (OTHER, "Meriden Capital quarterly market outlook", "Dear {name},\n\nPlease find our quarterly outlook "
         "for fixed income and currencies. This material is for professional investors only."),
    ]))

W.append(Writer(
    "hospital-canada", "tune", "talent@lakeshore-regional.example.ca",
    "Warm regards,\nNadine Boucher\nTalent Acquisition Specialist, Nursing\nLakeshore Regional Health Centre",
    messages=[
        (INTERVIEW, "RN - Medicine Unit 4B: interview", "Good afternoon {name},\n\nThank you for applying for the "
         "Registered Nurse position on 4B. The unit manager would like to meet with you. Are you available "
         "Tuesday or Wednesday next week between 1300 and 1600? The interview is approximately 45 minutes and "
         "includes a few clinical scenarios."),
        (INTERVIEW, "Booked: Tuesday 1400", "Hi {name},\n\nPerfect, I've booked you for Tuesday at 1400 with "
         "Karen Liu and Joseph Mensah. Please come to the main entrance and take the elevator to level 2, "
         "Human Resources."),
        (INTERVIEW, "Reference check", "Hi {name},\n\nThank you for meeting with us. As the next step, could you "
         "send me two professional references, one of them a current or recent supervisor? We'll contact them "
         "this week before a decision is made."),
        (OFFER, "Offer of employment - RN 4B", "Dear {name},\n\nI'm very pleased to offer you a permanent "
         "full-time Registered Nurse position on 4B at step 3 of the collective agreement ($41.72/hour), starting "
         "6 January. Your letter of offer is attached; please sign and return it by Friday."),
        (OFFER, "Onboarding requirements", "Hi {name},\n\nWelcome aboard! Before your orientation on 6 January "
         "please submit your immunization record, a vulnerable sector check and a copy of your CNO registration "
         "through the onboarding portal."),
        (OFFER, "Orientation schedule", "Hi {name},\n\nAttached is your orientation schedule for the first two "
         "weeks, including the EPIC training days. Your badge photo will be taken on day one."),
        (OTHER, "Lakeshore Foundation spring lottery", "Hi {name},\n\nBuy your tickets for the Lakeshore "
         "Foundation spring lottery and support our new cardiac wing. Grand prize: a lakefront cottage."),
        (OTHER, "Confirmation of withdrawal", "Dear {name},\n\nI'm sorry to hear you've decided not to continue "
         "with the RP2 posting, but I understand. Your application has been withdrawn. All the best in your new "
         "role."),
    ]))

W.append(Writer(
    "consultancy-case", "tune", "recruiting@ashby-lane-partners.example.com",
    "Kind regards,\nGeorgina Pryce\nRecruiting Lead\nAshby Lane Partners",
    messages=[
        (ACK, "Application received - Associate", "Dear {name},\n\nThank you for submitting your application for "
         "the Associate role. Our recruiting team reads every application in full and we aim to respond within "
         "three weeks."),
        (TEST, "Online case exercise", "Dear {name},\n\nWe would like you to complete our online case exercise, "
         "which takes about 60 minutes and tests structuring and quantitative reasoning. Please complete it by "
         "Thursday; the link is personal to you."),
        (INTERVIEW, "First-round interviews", "Dear {name},\n\nCongratulations on your case exercise. We would "
         "like to invite you to first-round interviews: two 45-minute case interviews with consultants, held "
         "virtually on 15 or 16 October. Please reply with your preferred date."),
        (INTERVIEW, "Final round - Ashby Lane Partners", "Dear {name},\n\nI'm delighted to let you know you have "
         "progressed to the final round, which consists of two case interviews with partners and a fit "
         "conversation. We'd like to host you in our London office on 29 October."),
        (OFFER, "A call tomorrow?", "Dear {name},\n\nThank you for your time on Tuesday. David Ashworth, the partner "
         "who interviewed you, would like to speak with you tomorrow about the outcome and next steps, and I can "
         "tell you he has good news. Could you let me know a time that works?"),
        (OFFER, "Your offer letter", "Dear {name},\n\nFurther to David's call, please find attached your written "
         "offer: Associate, base salary £62,000, a sign-on bonus of £5,000 and a performance bonus of up to 15%. "
         "We'd be grateful for your decision by 14 November."),
        (OFFER, "References and right to work", "Dear {name},\n\nNow that you have accepted, our onboarding team "
         "will request your references and right to work documents. Please complete the new joiner form at your "
         "earliest convenience."),
        (OTHER, "Invitation: Women in Strategy evening", "Dear {name},\n\nJoin us for an evening of talks and "
         "networking with women across our practice. Places are limited; register by 30 September."),
    ]))

W.append(Writer(
    "university-lab", "tune", "kgrant@biochem.northmoor.example.edu",
    "Best wishes,\nKatherine Grant\nProfessor of Structural Biology\nNorthmoor University",
    dress="quote",
    messages=[
        (INTERVIEW, "Postdoctoral position - cryo-EM", "Dear Dr {name},\n\nThank you for your application to the "
         "postdoctoral position in my group. I enjoyed reading your work on membrane transporters and would like "
         "to talk with you over Zoom. Would any time on Monday or Tuesday afternoon (UK time) suit you?"),
        (INTERVIEW, "Visit to the lab", "Dear Dr {name},\n\nFollowing our conversation, I'd like to invite you to "
         "visit the lab and give a 30-minute talk on your PhD work to the group. We will cover your travel and one "
         "night's accommodation. Would 4 or 5 June work?"),
        (INTERVIEW, "Referees", "Dear Dr {name},\n\nThank you for a wonderful visit. Before I can make a decision "
         "I'll need to hear from your referees - could you send me the email addresses of your PhD supervisor and "
         "one other academic who knows your work?"),
        (OFFER, "Position in the Grant lab", "Dear Dr {name},\n\nI'm delighted to offer you the postdoctoral "
         "position, on grade 7 (spine point 30), for three years from 1 September. HR will send the formal "
         "contract; in the meantime, I'd be very happy to answer any questions."),
        (OFFER, "Visa and relocation", "Dear Dr {name},\n\nHR have issued your Certificate of Sponsorship, so you "
         "can now apply for your Skilled Worker visa. The relocation allowance form is attached."),
        (OTHER, "Seminar: Dr Ana Vieira, Tuesday 4pm", "Dear all,\n\nA reminder that Dr Ana Vieira will speak "
         "on time-resolved crystallography on Tuesday at 4pm in the Wolfson lecture theatre."),
        (OTHER, "Review request - Journal of Molecular Structure", "Dear Dr {name},\n\nWould you be willing to "
         "review a manuscript for the Journal of Molecular Structure? The abstract is below."),
    ]))

W.append(Writer(
    "linkedin-inmail", "tune", "inmail-hit-reply@linkedin.example.com",
    "Reply to this InMail\n\nYou are receiving InMail notification emails. Unsubscribe",
    dress="html",
    messages=[
        (OUT, "Rohan Kapoor sent you a message: Staff Data Engineer at Lumora", "Rohan Kapoor\nTalent Partner at "
         "Lumora\n\nHi {name}, your experience scaling Spark pipelines at a marketplace caught my eye. Lumora is "
         "hiring a Staff Data Engineer to lead our lakehouse migration. Would you be interested in learning more?"),
        (OUT, "Grace Oyelaran sent you a message", "Grace Oyelaran\nHead of Talent at Brickfield Robotics\n\nHi "
         "{name}, we're a team of 40 building warehouse robots and we need someone to lead embedded firmware. I "
         "don't usually reach out like this, but your motor-control work is spot on. Open to a chat?"),
        (OUT, "New message from Tomasz Wilk", "Tomasz Wilk\nIT Recruiter at Nordhaven Consulting\n\nHello {name}, "
         "I have a 12-month contract for a Salesforce architect, fully remote, day rate up to €750. Is this "
         "something you could consider?"),
        (OUT, "Amelia Hart sent you a message: Open to new opportunities?", "Amelia Hart\nSenior Recruiter at "
         "Cordwell Insurance\n\nHi {name}, are you open to new opportunities right now? We have several actuarial "
         "openings in Hartford and I think your experience would be a strong fit."),
        (INTERVIEW, "Rohan Kapoor replied to your message", "Rohan Kapoor\nTalent Partner at Lumora\n\nThanks "
         "{name}! Great to hear you're interested. Here's my calendar link - grab any 30 minutes next week and "
         "we'll go over the role and your background."),
        (OTHER, "You appeared in 23 searches this week", "{name}, you appeared in 23 searches this week. See who's "
         "looking at your profile and what titles they had."),
        (OTHER, "Congratulate Mateo on his new position", "Mateo Ruiz started a new position as Engineering "
         "Manager at Glasshouse. Say congrats!"),
    ]))

W.append(Writer(
    "sms-staffing", "tune", "texts@relay.shiftcall.example.com",
    "-- Sent from ShiftCall SMS. Reply to text back.",
    dress="oneline",
    messages=[
        (OUT, "Text message from Brightline Staffing (555) 014-2231", "Hi {name} its Jess w Brightline Staffing. "
         "Got a forklift driver role in Joliet, 2nd shift, $21/hr, start next week. Interested? Reply YES and ill "
         "call u"),
        (OUT, "Text message from Brightline Staffing (555) 014-2231", "Hey {name}, Jess again. Still looking for "
         "work? We have 3 picker packer spots open near u, weekly pay"),
        (INTERVIEW, "Text message from Brightline Staffing (555) 014-2231", "Great! Can u come in tmrw at 10 to "
         "meet the site supervisor? Address is 400 Industrial Dr, door 3. Bring ID"),
        (INTERVIEW, "Text message from Brightline Staffing (555) 014-2231", "Hi {name} just confirming ur meeting "
         "w Mike at 10am tmrw. Text me if u run late"),
        (OFFER, "Text message from Brightline Staffing (555) 014-2231", "Good news {name}! Mike wants u for 2nd "
         "shift starting monday 3pm. $21/hr. Reply OK to accept and ill send the paperwork"),
        (OFFER, "Text message from Brightline Staffing (555) 014-2231", "Pls do ur drug screen at the clinic on "
         "Elm before friday, its required before ur first shift. Bring the form i emailed"),
        (OTHER, "Text message from Brightline Staffing (555) 014-2231", "Reminder: timesheets due by sunday "
         "midnight. Reply STOP to opt out"),
    ]))

W.append(Writer(
    "nz-ministry-shl", "tune", "recruitment@mpi-kaitiaki.example.govt.nz",
    "Ngā mihi,\nRecruitment Team\nMinistry for Land and Water",
    "This email may contain information that is confidential. If you received it in error please let us know.",
    messages=[
        (ACK, "Kia ora - we've received your application", "Kia ora {name},\n\nThank you for applying for the "
         "Senior Policy Analyst role (ref 25/118). This is an automatic confirmation that your application reached "
         "us. Applications close on 3 April."),
        (TEST, "Online assessments - Senior Policy Analyst", "Kia ora {name},\n\nAs part of our selection process, "
         "we'd like you to complete two online SHL assessments: verbal reasoning and a workplace personality "
         "questionnaire. Together they take about 45 minutes. Please complete both by Friday 5pm."),
        (ACK, "Assessments complete", "Kia ora {name},\n\nThank you for completing your SHL assessments. The panel "
         "will consider your results together with your application, and we'll be in touch after shortlisting."),
        (INTERVIEW, "Interview - Senior Policy Analyst", "Kia ora {name},\n\nThe panel would like to interview "
         "you on Wednesday 23 April at 10am at our Wellington office, or via Teams if you prefer. You will be asked "
         "to prepare a 10-minute presentation on a topic we'll send 48 hours beforehand."),
        (INTERVIEW, "Your presentation topic", "Kia ora {name},\n\nAs promised, here is your presentation topic "
         "for Wednesday: how would you advise the Minister on water allocation during drought? See you at 10."),
        (OFFER, "Verbal offer confirmation", "Kia ora {name},\n\nFurther to our phone call this afternoon, I'm "
         "pleased to confirm the Ministry's offer of the Senior Policy Analyst role at $118,500 per annum. Your "
         "letter of offer will follow once your police vetting is complete."),
        (OFFER, "Police vetting consent", "Kia ora {name},\n\nTo finalise your appointment, please complete the "
         "attached NZ Police vetting consent form and return it with a copy of your passport."),
        (OTHER, "Consultation: freshwater farm plans", "Kia ora {name},\n\nWe're seeking feedback on proposed "
         "changes to freshwater farm plans. Have your say before 30 June."),
    ]))

W.append(Writer(
    "games-studio", "tune", "jobs@saltmarsh-games.example.com",
    "Cheers,\nRui\nTalent, Saltmarsh Games",
    messages=[
        (ACK, "Thanks for your portfolio!", "Hey {name},\n\nThanks for sending your portfolio for the Environment "
         "Artist role. We look at every one (yes, really) and will get back to you within a couple of weeks."),
        (TEST, "Environment art test", "Hey {name},\n\nWe really liked your portfolio and would like to send you "
         "our art test: build a small modular ruin kit in Unreal from the brief attached. You have ten days and we "
         "don't expect more than 20 hours of work."),
        (ACK, "Got your art test", "Hey {name},\n\nYour art test landed safely - thanks for the effort you put "
         "in. The art leads will look at it this week."),
        (INTERVIEW, "Chat with our art director", "Hey {name},\n\nThe leads loved the ruin kit! Next up is a "
         "video call with Harriet, our art director, to go through your test and portfolio. Could you send over a "
         "few times that suit you next week?"),
        (OFFER, "Welcome to Saltmarsh!", "Hey {name},\n\nHarriet and the team would love you to join as "
         "Environment Artist. We're offering €52,000 a year, 27 days holiday and a hardware budget. Contract "
         "attached - have a read and let me know if you have questions."),
        (OTHER, "Saltmarsh devlog #14", "Hey {name},\n\nThis month: the new lighting pass, a sneak peek at the "
         "harbour level, and our community art contest winners. Wishlist us on Steam!"),
        (OTHER, "Application withdrawn", "Hey {name},\n\nNo worries at all - sorry you decided not to carry on, "
         "but we totally get it. We've withdrawn your application for the Lighting Artist role. Good luck out "
         "there."),
    ]))

W.append(Writer(
    "warehouse-hourly", "tune", "hiring@ridgeway-fulfilment.example.com",
    "Ridgeway Fulfilment Hiring Team",
    "Ridgeway Fulfilment is an equal opportunity employer.",
    messages=[
        (ACK, "We got your application", "Hi {name},\n\nThanks for applying for Warehouse Associate - Nights at "
         "our Stockton site. A member of our hiring team will review it soon."),
        (INTERVIEW, "Walk-in interview this Saturday", "Hi {name},\n\nYou're invited to a walk-in hiring event "
         "this Saturday 9am-1pm at our Stockton site. Meet the shift managers, tour the floor and get a decision "
         "the same day. Bring two forms of ID."),
        (OFFER, "Your contingent offer", "Hi {name},\n\nCongratulations! You've been offered the Warehouse "
         "Associate - Nights position at $19.50/hour, 4 nights a week. This offer is contingent on a background "
         "check and drug screen. Accept in the hiring portal to get started."),
        (OFFER, "Background check started", "Hi {name},\n\nYour background check has been submitted to our vendor. "
         "Most checks finish within 3-5 business days. Keep an eye on your email for any requests."),
        (OFFER, "Your first shift", "Hi {name},\n\nYou're all set! Your first shift is Sunday 9pm. Wear "
         "steel-toe shoes and arrive 15 minutes early for safety orientation at the front gate."),
        (OTHER, "Open shifts available this week", "Hi {name},\n\nVoluntary extra time is available Tuesday and "
         "Thursday nights. Sign up in the Ridgeway app before Monday noon."),
        (OTHER, "Your W-2 is ready", "Hi {name},\n\nYour 2024 W-2 is now available to download in the payroll "
         "portal."),
    ]))

W.append(Writer(
    "board-search", "tune", "a.fenwick@calder-rowe.example.com",
    "With best wishes,\nAlistair Fenwick\nPartner, Calder Rowe Board Practice",
    "Calder Rowe LLP. Strictly private and confidential.",
    messages=[
        (OUT, "Confidential - Chief Financial Officer", "Dear {name},\n\nI am writing in confidence. We are "
         "advising a FTSE 250 industrial group on the appointment of its next Chief Financial Officer, and your "
         "name has come up more than once in our conversations with the market. I wondered whether you might "
         "allow me twenty minutes to describe the brief."),
        (OUT, "Non-executive directorship", "Dear {name},\n\nA mutual acquaintance, Sir Peter Haines, suggested I "
         "contact you. A listed water utility is looking for a non-executive director with audit committee "
         "experience and I believe you would bring exactly what the board needs."),
        (INTERVIEW, "Meeting with the Chair", "Dear {name},\n\nThank you for our conversation. The Chair would "
         "very much like to meet you. She has proposed breakfast at the Connaught on 7 or 9 May at 8am; do let me "
         "know which you prefer."),
        (INTERVIEW, "Shortlist meetings", "Dear {name},\n\nI'm pleased to say you are one of three candidates the "
         "nomination committee will see. Meetings will be on 21 May at the group's St James's office, each 90 "
         "minutes. An agenda will follow."),
        (INTERVIEW, "Referees", "Dear {name},\n\nThe committee would like to take references before it makes a "
         "recommendation to the board. Would you let me have the names of three referees, including one former "
         "chair?"),
        (OFFER, "The board's decision", "Dear {name},\n\nI am delighted to tell you that the board has approved "
         "your appointment as Chief Financial Officer. The Chair will call you this evening to discuss terms; the "
         "draft service agreement will come from the company secretary."),
        (OTHER, "Calder Rowe Board Survey 2025", "Dear {name},\n\nOur annual survey of board effectiveness is "
         "open. It takes ten minutes and all responses are anonymised."),
    ]))

W.append(Writer(
    "lookalikes-tune", "tune", "various@lookalike.example.com",
    "",
    messages=[
        (OTHER, "Confirmed: Demo with Pantheon Sales Cloud", "Hi {name},\n\nYou're booked! Your 30-minute demo "
         "with Alex from Pantheon is on Tuesday at 2pm EST. Join with the Zoom link below. Reschedule or cancel "
         "anytime."),
        (OTHER, "Interview request - The Builder's Bench podcast", "Hi {name},\n\nI host The Builder's Bench, a "
         "podcast about small software companies. Would you be up for an interview about how you bootstrapped "
         "your company? We record over Zoom and it takes about an hour. Pick a slot on my calendar."),
        (OTHER, "You're pre-approved!", "{name}, you're pre-approved for a Harborline Platinum card with 0% APR "
         "for 18 months. This offer expires on 31 March. Accept your offer today."),
        (OTHER, "CodeArena Weekly: 3 new challenges", "Hi {name},\n\nThis week's challenges are live: graph "
         "colouring, a rate limiter, and a SQL puzzle. Keep your streak going!"),
        (OTHER, "Reference request for Jamie Lowe", "Hi {name},\n\nJamie Lowe has applied for a position with "
         "us and listed you as a referee. Could you spare 15 minutes for a call this week, or fill in our short "
         "form?"),
        (OTHER, "Your dental check-up: please confirm", "Hi {name},\n\nThis is a reminder of your appointment "
         "with Dr Shah on Thursday at 9:40. Reply C to confirm or R to reschedule."),
        (OTHER, "Quote accepted - kitchen renovation", "Hi {name},\n\nThanks for accepting our quote. We'll "
         "schedule a site visit next week to measure up. Our project manager will call you to pick a time."),
        (OTHER, "Your parcel will arrive tomorrow", "Hi {name},\n\nYour order is out for delivery tomorrow between "
         "10:00 and 14:00. Track it or choose a safe place."),
        (OTHER, "Risk assessment for site visit", "Hi {name},\n\nPlease complete the attached risk assessment "
         "before your site visit on Monday. Hard hats will be provided."),
    ]))

W.append(Writer(
    "saas-greenhouse", "tune", "no-reply@greenhouse.example.io",
    "Thanks,\nThe Tallyhook Recruiting Team",
    "Powered by Greenhouse",
    dress="html",
    messages=[
        (ACK, "Thank you for applying to Tallyhook", "Hi {name},\n\nThanks for applying for Solutions Engineer. "
         "Your application has been received and the team will review it."),
        (TEST, "Tallyhook: take-home exercise", "Hi {name},\n\nWe'd like to move forward with a take-home "
         "exercise. You'll build a small integration against our sandbox API and write a short customer-facing "
         "summary. Expect 3-4 hours; please submit via the link within 5 days."),
        (ACK, "Take-home received", "Hi {name},\n\nWe've received your take-home submission, thank you! The "
         "hiring team will review it and get back to you within a week."),
        (INTERVIEW, "Tallyhook: next steps", "Hi {name},\n\nThe team enjoyed your take-home. Next is a 60-minute "
         "walkthrough with two solutions engineers where you'll present it as if to a customer. Please choose a "
         "time using the link below."),
        (INTERVIEW, "Interview Confirmation: Solutions Engineer", "Hi {name},\n\nYour interview is scheduled for "
         "Monday, June 9 at 11:00 AM ET with Lucas Ferreira and Mina Park. Google Meet link: meet.example/abc-defg"),
        (OFFER, "Your offer from Tallyhook", "Hi {name},\n\nWe're excited to share your offer! Please review and "
         "e-sign your offer letter through the secure link below. It includes your base salary, variable "
         "compensation and equity details."),
        (OTHER, "Tallyhook product update: June", "Hi {name},\n\nNew this month: Salesforce sync, audit logs and "
         "a faster dashboard. Read the changelog."),
    ]))

W.append(Writer(
    "us-it-staffing", "tune", "sai.k@vertexpro-it.example.com",
    "Thanks & Regards,\nSai Kiran\nSr. Technical Recruiter | VertexPro IT Solutions\nDesk: 555-201-7789 Ext 114",
    "Note: We respect your online privacy. If you would like to be removed, reply REMOVE.",
    messages=[
        (OUT, "Immediate need: Java Full Stack Developer - Charlotte NC (Hybrid)", "Hi {name},\n\nHope you are "
         "doing great. Please go through the below requirement and let me know if you are comfortable.\n\nRole: "
         "Java Full Stack Developer\nLocation: Charlotte NC, 3 days onsite\nDuration: 12+ months\nSkills: Java 17, "
         "Spring Boot, Angular, Kafka\n\nPlease share your updated resume and best rate."),
        (OUT, "Data Engineer | W2 | Remote", "Hello {name},\n\nI came across your profile on a job board and "
         "found it matching our client's need for a Data Engineer (Snowflake, dbt, Airflow). W2 only, remote. "
         "Kindly reply with your availability for a quick call."),
        (OUT, "Right to represent - Java Full Stack", "Hi {name},\n\nThanks for the call. As discussed, please "
         "reply with the below right to represent so I can submit your profile to the client: 'I, {name}, "
         "authorize VertexPro to represent me for the Java Full Stack Developer role.'"),
        (INTERVIEW, "Client interview scheduled - Wed 11 AM EST", "Hi {name},\n\nYour profile got shortlisted. "
         "The client interview is scheduled for Wednesday 11 AM EST with the hiring manager on Webex. Please be "
         "ready 10 minutes early and keep your camera on."),
        (INTERVIEW, "Second round with client", "Hi {name},\n\nGood feedback from round one. Client wants a second "
         "round with their architect on Friday 2 PM EST, 1 hour technical. Please confirm."),
        (OFFER, "Selected - next steps", "Hi {name},\n\nCongrats, you are selected by the client! Rate confirmed "
         "at $68/hr on W2. I will send the offer documents and I-9 forms today; start date is the 14th."),
        (OTHER, "Happy Diwali from VertexPro", "Hi {name},\n\nWishing you and your family a very Happy Diwali "
         "from all of us at VertexPro IT Solutions."),
    ]))

# ================================================================================================= report writers
W.append(Writer(
    "healthcare-agency-au", "report", "locums@southerly-health.example.com.au",
    "Cheers,\nBec Thornton\nSenior Consultant - Allied Health\nSoutherly Health Recruitment",
    "Southerly Health Recruitment Pty Ltd. Unsubscribe from job updates by replying UNSUB.",
    messages=[
        (OUT, "Locum physio - Darwin, 8 weeks", "Hi {name},\n\nHope all's well! I've got an 8-week locum for a "
         "musculoskeletal physio at a private clinic in Darwin, starting early July. Flights and accommodation "
         "covered, $75/hr. Any chance you'd be keen, or know someone who would be?"),
        (OUT, "Thinking of a change?", "Hi {name},\n\nIt's been a while since we spoke - are you still happy at the "
         "hospital? I've got a couple of permanent senior roles in community rehab on the Gold Coast that would "
         "suit you down to the ground."),
        (INTERVIEW, "Call with the clinic owner", "Hi {name},\n\nThe clinic owner, Mark, would love to have a "
         "quick chat with you on the phone. He's free Tuesday after 5 or Wednesday lunchtime. Let me know which "
         "and I'll give him your number."),
        (OFFER, "Darwin locum is yours!", "Hi {name},\n\nMark was really impressed and has confirmed you for the "
         "8-week locum from 7 July at $75/hr. I'll book your flights once you give me the thumbs up."),
        (OFFER, "Compliance docs before you start", "Hi {name},\n\nTo get you credentialed before 7 July, I'll "
         "need your AHPRA registration, a current police check, working with children check and proof of your "
         "vaccinations. Upload them to the portal when you can."),
        (OTHER, "Re: stepping back", "Hi {name},\n\nNo dramas at all - sorry you've decided not to go ahead with "
         "the Gold Coast role this time. I've let the client know. Shout if anything changes."),
        (OTHER, "Allied Health Salary Snapshot", "Hi {name},\n\nOur latest salary snapshot for allied health "
         "across every state is out now. See how your pay compares."),
    ]))

W.append(Writer(
    "ny-sourcer", "report", "mkessler@grainline-markets.example.com",
    "Thanks,\nMolly Kessler\nSenior Sourcer | Grainline",
    dress="html",
    messages=[
        (OUT, "Grainline - Quant Developer", "Hi {name},\n\nI lead sourcing for Grainline's trading technology "
         "group in New York. We build low-latency systems for commodities markets and are looking for a C++ "
         "developer to work alongside our quants. Your open-source work on lock-free queues is exactly the kind of "
         "thing our team obsesses over. Would you be up for a short call?"),
        (OUT, "Re: Grainline - Quant Developer", "Hi {name},\n\nCircling back once more. I know you're probably "
         "hearing from lots of firms, so I'll keep it brief: small team, real ownership, and the pay is at the top "
         "of the market. Happy to share more whenever it suits."),
        (INTERVIEW, "Intro call - scheduling", "Hi {name},\n\nSo glad you're up for it! I'd like to set up a "
         "30-minute intro with our recruiter Devon. Please pick a time that works for you on his calendar: "
         "calendly.example/devon-grainline."),
        (TEST, "Grainline technical screen", "Hi {name},\n\nThe next step is a 90-minute timed C++ exercise on "
         "CodeSignal. Please complete it within the next 7 days; you'll need a quiet space and a stable connection."),
        (ACK, "Technical screen received", "Hi {name},\n\nThanks for finishing the CodeSignal exercise. Devon "
         "will follow up with the team's feedback early next week."),
        (INTERVIEW, "Onsite day at Grainline", "Hi {name},\n\nWe'd love to host you at our office at 55 Water "
         "Street for a final round on the 18th: four one-hour sessions with developers and a portfolio manager, "
         "lunch included."),
        (OTHER, "Grainline is hiring: open roles", "Hi {name},\n\nGrainline is growing! Browse our 14 open roles "
         "across trading, technology and operations."),
    ]))

W.append(Writer(
    "climate-founder", "report", "amara@peatwise.example.earth",
    "Amara\nFounder, Peatwise",
    dress="oneline",
    messages=[
        (OUT, "peat + satellites", "hi {name}! i'm building peatwise, we use satellite data to measure peatland "
         "carbon for restoration projects. need someone who's done remote sensing at scale to be our first ml "
         "hire. your thesis on sar backscatter is honestly the best thing i've read on it. up for a call?"),
        (INTERVIEW, "call tues?", "amazing, thanks for replying! tues 4pm uk on google meet? link below. super "
         "informal, i'll tell you where we're at and you can grill me"),
        (TEST, "paid trial week", "{name} loved talking. we usually do a paid trial week before hiring anyone - "
         "you'd work on our water table model with the team and we pay a day rate of £400. would the week of the "
         "14th work?"),
        (OFFER, "let's do this", "we'd really love you to join as founding ml engineer. £85k plus 1% equity, "
         "remote-first with a monthly team week in edinburgh. contract coming from our lawyers tomorrow"),
        (OFFER, "contract + equity docs", "here's the employment contract and the emi option agreement. take your "
         "time, and happy to jump on a call to walk through the vesting"),
        (OTHER, "peatwise newsletter #3", "hey everyone, we've mapped our 10,000th hectare this month and we're "
         "partnering with two new restoration trusts in the highlands"),
    ]))

W.append(Writer(
    "calendly-coordinator", "report", "notifications@calendly.example.com",
    "Sent from Calendly",
    "Calendly LLC. You received this because an event was scheduled.",
    messages=[
        (INTERVIEW, "New Event: Recruiter screen - Product Designer (Oakbridge)", "Hi {name},\n\nA new event has "
         "been scheduled.\nEvent type: Recruiter screen - Product Designer\nInvitee: {name}\nDate: Thursday, "
         "3 April 2025, 11:00am - 11:30am (GMT)\nLocation: Zoom\nNeed to make changes? Cancel or reschedule."),
        (INTERVIEW, "Reminder: Portfolio review with Oakbridge in 24 hours", "Hi {name},\n\nThis is a reminder "
         "that your Portfolio review with Oakbridge Design (hiring panel) is tomorrow at 2:00pm GMT. Join via "
         "Zoom."),
        (INTERVIEW, "Updated: Portfolio review with Oakbridge", "Hi {name},\n\nYour Portfolio review has been "
         "rescheduled by the host.\nNew time: Monday, 14 April, 10:00am - 11:00am (GMT)\nReason: 'Sorry, our "
         "design director is travelling - hope Monday is ok!'"),
        (INTERVIEW, "Invitation from Oakbridge: book your final interview", "Hi {name},\n\nOakbridge Design has "
         "invited you to schedule a final interview with their Head of Design. Choose a time below."),
        (OTHER, "New Event: Intro call with Ferro Logistics", "Hi {name},\n\nA new event has been scheduled.\n"
         "Event type: 30 min intro - Ferro Logistics x your agency\nInvitee: Luis Ferro\nDate: Friday 4 April, "
         "3:00pm (GMT)\nLocation: Google Meet."),
        (OTHER, "Your Calendly trial ends in 3 days", "Hi {name},\n\nYour Calendly Teams trial ends in 3 days. "
         "Upgrade to keep round-robin scheduling and routing forms."),
    ]))

W.append(Writer(
    "insurer-grad-shl", "report", "graduates@wyvern-mutual.example.co.uk",
    "Best regards,\nGraduate Recruitment Team\nWyvern Mutual",
    "Wyvern Mutual is authorised and regulated by the Financial Conduct Authority.",
    dress="quote",
    messages=[
        (ACK, "Application submitted: Actuarial Graduate Programme", "Dear {name},\n\nThank you, your application "
         "for the Actuarial Graduate Programme has been submitted. We review applications as they arrive."),
        (TEST, "Complete your online tests", "Dear {name},\n\nWe'd like you to complete our online tests: a "
         "numerical reasoning test (25 minutes) and a situational judgement questionnaire. Please complete both "
         "within five days of this email."),
        (ACK, "Thanks for completing your tests", "Dear {name},\n\nWe can confirm that both of your online tests "
         "have been completed. We'll review your scores and be in touch within two weeks."),
        (INTERVIEW, "Telephone interview invitation", "Dear {name},\n\nCongratulations, you've passed the online "
         "tests. We'd like to invite you to a 30-minute telephone interview with a member of our actuarial team. "
         "Please book a slot through the link below."),
        (OFFER, "Offer of a place on the Actuarial Graduate Programme", "Dear {name},\n\nWe are delighted to offer "
         "you a place on our Actuarial Graduate Programme, starting on 8 September 2025 with a starting salary of "
         "£34,000 and full study support for your exams."),
        (OFFER, "Your references and onboarding", "Dear {name},\n\nThank you for accepting our offer. Our "
         "onboarding partner will now contact your referees and carry out a DBS and credit check."),
        (OTHER, "Your home insurance renewal", "Dear {name},\n\nYour home insurance renewal is coming up on 1 "
         "May. Review your cover and renewal price online."),
    ]))

W.append(Writer(
    "ecommerce-hackerrank", "report", "talent@cartwheel.example.com",
    "Cheers,\nLeo Marchetti\nTechnical Recruiter, Cartwheel",
    messages=[
        (ACK, "Cartwheel application: Backend Engineer", "Hi {name},\n\nThanks for your interest in Cartwheel! "
         "We've got your application for Backend Engineer and the team will review it."),
        (TEST, "HackerRank invitation from Cartwheel", "Hi {name},\n\nYou've been invited to take the Cartwheel "
         "Backend Engineer test on HackerRank. Duration: 60 minutes. Questions: 2 coding, 5 multiple choice. "
         "Click below to begin when you're ready; the invitation expires in 7 days."),
        (ACK, "Thanks for attempting the test", "Hi {name},\n\nThank you for attempting the Cartwheel Backend "
         "Engineer test on HackerRank. Your responses have been shared with the Cartwheel team."),
        (INTERVIEW, "Virtual onsite invite", "Hi {name},\n\nCongrats on the test! We'd like to invite you to a "
         "virtual onsite: a pairing session, a systems conversation and a chat with the engineering manager. Please "
         "reply with three half-days that work over the next two weeks."),
        (INTERVIEW, "Your interviewers for Thursday", "Hi {name},\n\nQuick intro to your interview panel on "
         "Thursday: Sofia (pairing), Kenji (systems) and Ruth (engineering manager). Each session will use the "
         "same Zoom room."),
        (OFFER, "Verbal offer recap", "Hi {name},\n\nGreat speaking earlier! As discussed, we're offering $172,000 "
         "base, 4,000 RSUs over four years and a $15,000 signing bonus. The written offer is on its way."),
        (OFFER, "Background check authorization", "Hi {name},\n\nTo finalise your offer, please complete the "
         "background check authorization from Checkr. It usually takes 2-3 business days."),
        (OTHER, "Your Cartwheel order has shipped", "Hi {name},\n\nGood news, your order #88213 has shipped and "
         "will arrive Thursday."),
    ]))

W.append(Writer(
    "school-district", "report", "hr@pinebrook-usd.example.org",
    "Sincerely,\nHuman Resources\nPinebrook Unified School District",
    "Pinebrook USD does not discriminate on the basis of race, color, national origin, sex, disability or age.",
    messages=[
        (INTERVIEW, "Interview - 5th Grade Teacher, Maple Elementary", "Dear {name},\n\nThank you for your interest "
         "in the 5th grade teaching position at Maple Elementary. The principal would like to interview you on "
         "Monday, April 14 at 3:30 p.m. Please reply to confirm."),
        (INTERVIEW, "Demo lesson", "Dear {name},\n\nAs part of the second round, you'll teach a 20-minute demo "
         "lesson to a small group of students on a reading topic of your choice, followed by a conversation with "
         "the grade-level team."),
        (INTERVIEW, "Reference contacts needed", "Dear {name},\n\nYou are a finalist for the position. Please "
         "submit three professional references, including your most recent supervisor, in the applicant portal "
         "by Friday so we can complete reference checks."),
        (OFFER, "Recommendation for hire", "Dear {name},\n\nCongratulations! The principal has recommended you for "
         "hire as a 5th grade teacher for the 2025-26 school year, pending board approval on May 6. Your salary "
         "placement will be Step 4, Column II."),
        (OFFER, "New hire processing: fingerprints and TB test", "Dear {name},\n\nPlease schedule your "
         "fingerprinting (Live Scan) and submit a TB clearance before your new hire appointment with HR."),
        (OTHER, "Summer school enrollment", "Dear {name},\n\nSummer school enrollment for grades K-8 is now open. "
         "Families can register online until May 15."),
        (OTHER, "Application withdrawal confirmed", "Dear {name},\n\nAt your request, we have withdrawn your "
         "application for the Math Intervention Teacher position. We wish you the best in your career."),
    ]))

W.append(Writer(
    "law-firm-trainee", "report", "graduaterecruitment@hollins-carver.example.com",
    "Kind regards,\nGraduate Recruitment Team\nHollins Carver LLP",
    "Hollins Carver LLP is a limited liability partnership authorised by the Solicitors Regulation Authority.",
    messages=[
        (TEST, "Watson Glaser test", "Dear {name},\n\nThank you for applying for our 2027 training contract. The "
         "next stage is the Watson Glaser critical thinking test, which takes around 30 minutes. You will receive "
         "your link separately; please complete it within 72 hours."),
        (ACK, "Watson Glaser: submission received", "Dear {name},\n\nWe have received your completed Watson "
         "Glaser test. The Graduate Recruitment Team will review your results alongside your application form."),
        (INTERVIEW, "Assessment centre invitation", "Dear {name},\n\nWe are pleased to invite you to our "
         "assessment centre on 12 June: a case study exercise, a partner interview and lunch with trainees. "
         "Please confirm you can attend by replying to this email."),
        (OFFER, "Training contract offer", "Dear {name},\n\nFollowing your assessment centre, I am delighted to "
         "offer you a training contract commencing in September 2027. We will also fund your SQE course and pay a "
         "maintenance grant of £10,000."),
        (OFFER, "Accepting your offer", "Dear {name},\n\nThank you for accepting our training contract offer. "
         "Please return the signed offer letter and your academic certificates so we can complete our checks."),
        (OTHER, "Withdrawal", "Dear {name},\n\nThank you for letting us know you've accepted an offer elsewhere. "
         "As requested, we have withdrawn your application for our vacation scheme. We wish you every success."),
        (OTHER, "Client briefing: new employment law changes", "Dear {name},\n\nOur employment team summarises "
         "the changes to flexible working rules coming into force in April."),
    ]))

W.append(Writer(
    "linkedin-inmail-2", "report", "messages-noreply@linkedin.example.com",
    "View message\n\nThis is an occasional email to help you stay in touch. Unsubscribe",
    dress="html",
    messages=[
        (OUT, "Priyanka Desai sent you a new message", "Priyanka Desai\nTalent Acquisition at Hollowmere Bank\n\n"
         "Hi {name}, I'm recruiting for a Head of Fraud Analytics in our London office. Your work on card fraud "
         "models looked really relevant. Would you be open to a conversation?"),
        (OUT, "Marcus Bell sent you a message", "Marcus Bell\nFounder at Tidecraft\n\n{name}, we're building "
         "boat-sharing software in Lisbon and need a senior iOS engineer. Remote in Europe, meaningful equity. If "
         "this sounds interesting, I'd love to tell you more."),
        (OUT, "Elena Sokolova sent you a message: Senior PM - healthtech", "Elena Sokolova\nPartner at Northvale "
         "Search\n\nHi {name}, I'm partnering with a healthtech scale-up looking for a senior product manager "
         "for their patient app. Are you exploring at the moment?"),
        (INTERVIEW, "Marcus Bell replied", "Marcus Bell\nFounder at Tidecraft\n\nGreat! Could we do a video call "
         "on Thursday at 18:00 Lisbon time? I'll send a Meet link."),
        (OTHER, "Your weekly job digest", "{name}, 12 new jobs for Senior iOS Engineer in Lisbon. Apply with your "
         "profile."),
        (OTHER, "Mariam endorsed you for Swift", "Mariam Haddad endorsed you for Swift. See all your "
         "endorsements."),
    ]))

W.append(Writer(
    "sms-agency-2", "report", "sms-forward@textflow.example.com",
    "Forwarded from TextFlow. Reply to this email to text back.",
    dress="oneline",
    messages=[
        (OUT, "SMS from Harlow Care Staffing", "Hi {name} this is Tom at Harlow Care. We need HCAs for nights in "
         "Basingstoke, £16.50ph, flexible shifts. Want me to add u to the rota?"),
        (OUT, "SMS from Harlow Care Staffing", "{name} r u still looking for work? new care home contract just "
         "started near u, loads of days available"),
        (INTERVIEW, "SMS from Harlow Care Staffing", "Can u come to the office thurs at 2 for a quick chat and "
         "to sign up? 12 Winton Sq, 1st floor. Bring passport and proof of address"),
        (INTERVIEW, "SMS from Harlow Care Staffing", "Confirming thurs 2pm {name}. Ask for Tom at reception"),
        (OFFER, "SMS from Harlow Care Staffing", "All approved {name}! Ur DBS came back clear. First shift sat "
         "8pm at Willow Lodge. Ill text u the door code"),
        (OTHER, "SMS from Harlow Care Staffing", "Payslips for last week r on the app. Reply STOP to opt out"),
    ]))

W.append(Writer(
    "pharma-workday", "report", "careers@myworkday.example.com",
    "Best regards,\nTalent Acquisition\nCastellan Therapeutics",
    "Please do not reply to this automated email.",
    dress="html",
    messages=[
        (ACK, "Castellan Therapeutics: Application Received", "Dear {name},\n\nThank you for applying for the "
         "Clinical Trial Manager role (R-20451). We have received your application and will review it carefully."),
        (INTERVIEW, "Interview Scheduled: Clinical Trial Manager", "Dear {name},\n\nYou have an upcoming "
         "interview.\nDate: 22 May 2025\nTime: 15:00 - 16:00 CET\nFormat: Microsoft Teams\nInterviewers: Dr. "
         "Helga Brandt, Raj Menon"),
        (INTERVIEW, "Interview Rescheduled", "Dear {name},\n\nYour interview for Clinical Trial Manager has been "
         "rescheduled to 26 May 2025, 10:00 - 11:00 CET. All other details remain the same."),
        (OFFER, "Your offer is ready to review", "Dear {name},\n\nCongratulations! Your offer for Clinical Trial "
         "Manager is ready. Sign in to your candidate home to review and accept your offer letter."),
        (OFFER, "Complete your onboarding tasks", "Dear {name},\n\nWelcome to Castellan! You have 4 onboarding "
         "tasks to complete before your first day, including your personal details, bank details and "
         "I-9 documentation."),
        (OTHER, "Castellan Therapeutics Talent Community", "Dear {name},\n\nThank you for joining our Talent "
         "Community. You'll receive updates about new roles and company news."),
        (OTHER, "Verify your email address", "Dear {name},\n\nPlease verify your email address to finish "
         "creating your candidate account."),
    ]))

W.append(Writer(
    "nonprofit", "report", "people@riverbend-trust.example.org",
    "With thanks,\nSunita Rao\nPeople & Culture Manager\nRiverbend Trust",
    messages=[
        (ACK, "Fundraising Manager application", "Dear {name},\n\nThank you so much for applying to be our "
         "Fundraising Manager. We're a small team, so please bear with us while we read through everything. We'll "
         "be in touch after the closing date on 28 February."),
        (INTERVIEW, "Fundraising Manager - interview", "Dear {name},\n\nWe'd love to meet you! Would you be able "
         "to come to our office in Bristol on 6 March for an hour-long conversation with our CEO and a trustee? "
         "We'll reimburse reasonable travel."),
        (TEST, "Short task before your interview", "Dear {name},\n\nAhead of your interview, we'd like you to "
         "prepare a one-page plan for how you'd grow our regular giving in your first year. Please send it to me "
         "by 4 March; you'll talk us through it on the day."),
        (OFFER, "Fundraising Manager", "Dear {name},\n\nThank you for coming in yesterday. I'm thrilled to say "
         "we'd like to offer you the Fundraising Manager role at £42,000 pro rata for four days a week. I'll call "
         "you this afternoon to talk it through."),
        (OTHER, "Re: your decision", "Dear {name},\n\nThank you for letting us know. We're sorry you've decided "
         "not to continue, but we completely understand and appreciate your honesty. We've closed your application "
         "and wish you all the best."),
        (OTHER, "Spring appeal: help us plant 5,000 trees", "Dear {name},\n\nThis spring we're planting 5,000 "
         "native trees along the river. Will you donate £10 to plant two?"),
    ]))

W.append(Writer(
    "airline-pilots", "report", "pilotrecruitment@corvid-air.example.com",
    "Kind regards,\nPilot Recruitment\nCorvid Air",
    messages=[
        (ACK, "First Officer application received", "Dear {name},\n\nThank you for your application for the "
         "A320 First Officer position. We have received it and will assess your flying hours and licences."),
        (TEST, "Online aptitude testing", "Dear {name},\n\nYou are invited to complete our online pilot aptitude "
         "tests (spatial, mental arithmetic and multitasking). Allow two hours and complete them by 10 June."),
        (TEST, "Simulator assessment", "Dear {name},\n\nYou have passed the aptitude tests. The next stage is a "
         "simulator assessment at our training centre on 24 June, in which you will fly a profile in an A320 "
         "simulator with a training captain."),
        (INTERVIEW, "Final interview", "Dear {name},\n\nFollowing your simulator assessment, we would like to "
         "invite you to a final interview with our Chief Pilot and an HR partner on 2 July at 09:00."),
        (OFFER, "Conditional offer - First Officer", "Dear {name},\n\nWe are pleased to offer you the position of "
         "A320 First Officer, conditional on a Class 1 medical, a five-year background check and airside pass "
         "approval. Your type rating course will begin in September."),
        (OTHER, "Corvid Air: your booking confirmation", "Dear {name},\n\nThank you for booking with Corvid Air. "
         "Your flight CV412 to Lisbon departs on 14 August at 07:20."),
    ]))

W.append(Writer(
    "ops-startup", "report", "hannah@tallow.example.co",
    "H",
    dress="quote",
    messages=[
        (OUT, "Ops lead at Tallow?", "Hi {name},\n\nHannah here, COO at Tallow (we do food-waste collection for "
         "restaurants). We're looking for someone to run our London operations - routes, drivers, the lot. A "
         "friend who worked with you at Deliverfast said you're brilliant. Fancy a chat?"),
        (INTERVIEW, "Confirming our call tomorrow", "Hi {name},\n\nJust confirming our call tomorrow at 12:30. "
         "I'll ring your mobile. Looking forward to it!"),
        (INTERVIEW, "Can we move it?", "Hi {name},\n\nSo sorry - a van broke down and I need to be at the depot "
         "tomorrow. Could we push our call to Friday, same time? Apologies again."),
        (INTERVIEW, "Come see the depot", "Hi {name},\n\nReally enjoyed talking. Would you come out to the "
         "depot in Park Royal next week to meet the drivers and our CEO? Half a day, we'll buy lunch."),
        (OFFER, "Offer", "Hi {name},\n\nWe'd love to have you as Head of Operations. £70k, 0.5% options and a "
         "team you'll build. I've attached the offer letter - let's talk tomorrow if you have questions."),
        (OTHER, "Tallow x your restaurant", "Hi {name},\n\nCould we book 15 minutes to show you how Tallow can "
         "cut your waste bills by 30%? Grab a slot on my calendar."),
    ]))

W.append(Writer(
    "retail-store-managers", "report", "storecareers@oakfield-stores.example.com",
    "Thank you,\nOakfield Stores Recruiting",
    "Oakfield Stores, Inc. is an Equal Opportunity Employer.",
    messages=[
        (ACK, "We received your application!", "Hi {name},\n\nThank you for applying to Store Manager - Dayton. "
         "We're reviewing applications and will contact candidates whose qualifications match our needs."),
        (INTERVIEW, "Let's talk - Store Manager Dayton", "Hi {name},\n\nI'm the district manager for Dayton and "
         "I'd like to set up a phone interview to learn more about your retail leadership experience. Use the link "
         "to pick a 30-minute slot this week."),
        (INTERVIEW, "In-store interview", "Hi {name},\n\nThanks for a great phone interview! Next, I'd like you "
         "to meet me at the Dayton store for a walk-through of the floor and a conversation with the regional "
         "director. Does Thursday at 9am work?"),
        (OFFER, "Offer - Store Manager", "Hi {name},\n\nI'm excited to offer you the Store Manager position at "
         "Dayton with an annual salary of $78,000 plus quarterly bonus. Please review the offer letter in your "
         "email and accept by Monday."),
        (OTHER, "Withdrawal confirmed", "Hi {name},\n\nWe're sorry to see you go, but we've withdrawn your "
         "application for Assistant Store Manager as you requested. You're welcome to apply again anytime."),
        (OTHER, "This week's deals", "Hi {name},\n\nSave 30% on patio furniture and grills this week only at "
         "Oakfield Stores."),
    ]))

W.append(Writer(
    "devtools-firm", "report", "hiring@kilnbase.example.dev",
    "— The Kilnbase team",
    dress="html",
    messages=[
        (ACK, "Kilnbase: got your application", "Hi {name},\n\nThanks for applying to be a Developer Advocate at "
         "Kilnbase. A real person will read it; we'll get back to you either way within two weeks."),
        (TEST, "Kilnbase: writing exercise", "Hi {name},\n\nWe'd like to see how you explain things. Please write "
         "a short tutorial (800-1,200 words) on deploying a Kilnbase database from a CI pipeline. Send it within a "
         "week; it's the only homework we'll ask for."),
        (ACK, "Tutorial received", "Hi {name},\n\nYour tutorial arrived - thank you. The DevRel team will read it "
         "and come back to you in a few days."),
        (INTERVIEW, "Panel: Developer Advocate", "Hi {name},\n\nWe'd like to set up a panel: a 30-minute talk "
         "on a topic of your choice to three of us, then 45 minutes of questions. Pick a slot next week."),
        (OFFER, "Offer details", "Hi {name},\n\nHere are the numbers we discussed on the offer call: $148k base, "
         "0.1% equity vesting over four years, $2k learning budget, fully remote. Your offer letter is in "
         "DocuSign."),
        (OTHER, "Kilnbase v3.2 released", "Hi {name},\n\nKilnbase 3.2 brings branching for preview environments "
         "and a 40% faster query planner. Upgrade today."),
    ]))

W.append(Writer(
    "headhunter-2", "report", "r.mwangi@kestrelgate.example.com",
    "Kind regards,\nRuth Mwangi\nDirector, Kestrelgate Executive Search",
    messages=[
        (OUT, "Managing Director, East Africa", "Dear {name},\n\nKestrelgate has been appointed by a pan-African "
         "logistics group to find its next Managing Director for East Africa, based in Nairobi. Your track record "
         "building the regional network at your current company makes you someone I'd very much like to speak "
         "with. Could we find time for a confidential call?"),
        (OUT, "Following up", "Dear {name},\n\nI appreciate you may not be looking, but I'd value your view on "
         "the role even if it's not for you - and any names you might suggest."),
        (INTERVIEW, "Meeting with the Group CEO", "Dear {name},\n\nThank you for your time last week. The Group "
         "CEO would like to meet you in Nairobi on 9 or 10 October. Please let me know your availability and I'll "
         "arrange the details."),
        (OFFER, "Terms from the group", "Dear {name},\n\nI'm delighted to share that the group would like to "
         "appoint you. They have proposed a package of $240,000 base, a 40% target bonus and housing allowance. "
         "Could we talk this evening?"),
        (OTHER, "Kestrelgate Leadership Report 2025", "Dear {name},\n\nOur annual report on leadership trends in "
         "African businesses is attached. I hope you find it useful."),
    ]))

W.append(Writer(
    "lookalikes-report", "report", "various2@lookalike.example.com",
    "",
    messages=[
        (OTHER, "Speaker interview - DataConf 2025", "Hi {name},\n\nCongratulations on being selected to speak at "
         "DataConf! Our content team would like to interview you for the conference blog. Could you pick a "
         "30-minute slot next week?"),
        (OTHER, "Your offer on 14 Larch Close", "Hi {name},\n\nThe vendor has accepted your offer of £312,000 on "
         "14 Larch Close. Your solicitor will receive the memorandum of sale today."),
        (OTHER, "Complete your health assessment", "Hi {name},\n\nAs part of your new life insurance policy, "
         "please complete the online health assessment within 14 days."),
        (OTHER, "Webinar confirmation: Hiring in 2025", "Hi {name},\n\nYou're registered for 'Hiring in 2025: "
         "what talent leaders need to know' on Wednesday at 1pm. Add it to your calendar."),
        (OTHER, "Thanks for your application to the community garden", "Hi {name},\n\nThanks for applying for an "
         "allotment plot. We've received your application and you're number 14 on the waiting list."),
        (OTHER, "Reschedule request - boiler service", "Hi {name},\n\nOur engineer is unwell on Tuesday. Could "
         "we reschedule your boiler service to Thursday morning? Reply to pick a new slot."),
        (OTHER, "Invitation to tender - catering contract", "Hi {name},\n\nYour company is invited to submit a "
         "proposal for the catering contract at Riverside College. Shortlisted suppliers will be asked to present "
         "to the panel on 12 May."),
        (OTHER, "Volunteer welcome", "Hi {name},\n\nWelcome to the food bank volunteer team! Your first session is "
         "Saturday 10am; please bring closed-toe shoes."),
    ]))

# A second pass over the same writers: more approaches and tests, in the writers' own voices.
EXTRA: dict[str, list[tuple[str, str, str]]] = {
    "agency-fintech-london": [
        (TEST, "Their tech test", "Hi {name},\n\nBefore the final stage they'd like you to do their tech test - "
         "a small ledger service in Kotlin, they suggest no more than three hours. Link below, they've asked for it "
         "back by Monday if you can."),
    ],
    "bigtech-sourcer": [
        (TEST, "Reminder: your coding challenge link expires soon", "Hi {name},\n\nA quick reminder that your "
         "HackerRank link expires in two days. Let me know if you need more time or run into any trouble."),
    ],
    "seed-founder": [
        (ACK, "got it!", "got the check-in redesign, thank you!! going through it with the team tomorrow and i'll "
         "get back to you by friday"),
    ],
    "hospital-canada": [
        (OUT, "Night float RN positions - Lakeshore", "Hi {name},\n\nI noticed your profile on the provincial "
         "nursing job bank. We're building a new night float team on our surgical floors with a $5,000 signing "
         "incentive. Would you be interested in hearing more? I'd be glad to call you at a time that suits."),
    ],
    "consultancy-case": [
        (ACK, "Case exercise received", "Dear {name},\n\nThank you for completing our online case exercise. We "
         "have received your responses and will be in touch with the outcome within ten working days."),
    ],
    "linkedin-inmail": [
        (OUT, "Sven Aalto sent you a message", "Sven Aalto\nCTO at Frostline Analytics\n\nHey {name}, I run "
         "engineering at a 25-person analytics company in Helsinki. We need a senior backend person to own our "
         "ingestion service, Rust and Kafka. Remote within EU is fine. Worth a short call?"),
    ],
    "games-studio": [
        (OUT, "Lead environment artist?", "Hey {name},\n\nI know you applied with us a couple of years back - "
         "we're now staffing up for a new project and have a lead environment artist seat we'd love to talk to you "
         "about. Any interest?"),
    ],
    "warehouse-hourly": [
        (TEST, "Complete your job fit questionnaire", "Hi {name},\n\nBefore we can schedule you, please complete "
         "our 15-minute job fit questionnaire about safety and teamwork. Your application moves forward once it's "
         "done."),
    ],
    "saas-greenhouse": [
        (INTERVIEW, "Reschedule request", "Hi {name},\n\nUnfortunately Mina is out sick on Monday. Could we "
         "move your interview to Wednesday at the same time? If that doesn't work, pick another slot using the "
         "link."),
    ],
    "us-it-staffing": [
        (TEST, "Client coding assessment - Java Full Stack", "Hi {name},\n\nThe client has sent an online "
         "coding assessment before the interview. It is a 60 minute test on Java and Angular. Please complete it "
         "by tomorrow EOD and let me know once done."),
    ],
    "healthcare-agency-au": [
        (OUT, "Remote OT roles - WA", "Hi {name},\n\nA few remote-area OT roles in the Pilbara have landed on my "
         "desk, 12-month contracts with a big retention bonus. If you've ever wanted to try remote practice, now "
         "might be the time - happy to send through details."),
    ],
    "ny-sourcer": [
        (OUT, "C++ at Grainline - different team", "Hi {name},\n\nA different team at Grainline, our market data "
         "group, is also hiring and I think your profile might fit it even better. Would you like details on both?"),
    ],
    "climate-founder": [
        (OUT, "re: peat + satellites", "just floating this back up! no pressure at all, even a 15 min call would "
         "be great to get your thoughts on what we're building"),
        (ACK, "trial week wrap", "thanks so much for a brilliant trial week - we've got your model notes and the "
         "team are going through them. we'll be back to you early next week"),
    ],
    "insurer-grad-shl": [
        (TEST, "Reminder: your online tests", "Dear {name},\n\nThis is a reminder that your numerical reasoning "
         "test and situational judgement questionnaire are due to be completed by tomorrow at midnight."),
    ],
    "pharma-workday": [
        (TEST, "Action required: complete your assessment", "Dear {name},\n\nAs part of your application for "
         "Clinical Trial Manager, please complete the online work styles assessment. It takes about 25 minutes and "
         "must be completed within three days."),
    ],
    "linkedin-inmail-2": [
        (OUT, "Kofi Boateng sent you a message", "Kofi Boateng\nRecruitment Lead at Accra Digital Services\n\n"
         "Hello {name}, we are expanding our cloud team in Accra and looking for an experienced DevOps lead. Your "
         "AWS background fits well. Kindly let me know if we can discuss."),
    ],
    "sms-agency-2": [
        (OUT, "SMS from Harlow Care Staffing", "hiya {name}, tom again. got sat + sun day shifts going at "
         "Cedar House if ur free? £17ph weekend rate"),
    ],
    "nonprofit": [
        (ACK, "Thank you for your plan", "Dear {name},\n\nThank you for sending your regular giving plan ahead "
         "of Thursday - it arrived safely and we're looking forward to hearing you talk it through."),
    ],
    "ops-startup": [
        (TEST, "Little exercise", "Hi {name},\n\nBefore you come out to the depot, would you mind putting "
         "together a rough plan for how you'd cut our missed collections in half? A page or two is plenty; bring it "
         "along and we'll go through it together."),
    ],
    "devtools-firm": [
        (OUT, "Developer Experience at Kilnbase", "Hi {name},\n\nI'm an engineering manager at Kilnbase. Your "
         "posts on database branching keep getting passed around our Slack, and we're looking for someone to lead "
         "developer experience. Would you be curious to hear more?"),
    ],
    "headhunter-2": [
        (INTERVIEW, "Referees for the board", "Dear {name},\n\nThe board would like to take references before "
         "the final decision. Please could you send me the details of two referees who have seen you lead a "
         "business through change?"),
    ],
}
for _w in W:
    _w.messages.extend(EXTRA.get(_w.key, []))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@inbox.example> wrote:\n> Thanks so much, that sounds good to me.\n> "
          "Speak soon,\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<div style=\"font:14px Helvetica;margin-bottom:10px\">{p.replace(chr(10), '<br/>')}</div>"
                    for p in text.split("\n\n"))
    return ("<!DOCTYPE html><html><body style=\"background:#f4f4f4\"><center><table role=\"presentation\" "
            f"width=\"600\"><tr><td style=\"padding:24px\">{paras}</td></tr></table></center></body></html>")


DRESS = Dress(QUOTED, "Tue, 11 Mar 2025 at 16:47", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    return letters(W, NAMES, DRESS)
