"""English job-search mail in the middle of a selection that names no job, a second set of the kinds
bench/en_kinds_set.py holds, against mail of other worlds in the same middle steps.

Written for this project (never real mail), by a fifth group of writers none of the earlier sets has. Job side: a
bakery founder writing in lower case, a dental group's practice manager, an engineering manager writing to people
directly, a boutique firm appointing trustees and non-executives, a hospitality temp desk whose texts arrive as
mail, a theatre's production office; on the report side a biotech founder, a primary school's business manager, a
US freight recruiter, a design studio, a family looking for a nanny, a wind-farm contractor's site office. Other
side, the same steps in other worlds: a freelancer's clients confirming slots, a letting agent's references and
right-to-rent checks, a food bank's volunteer checks, a wholesale supplier's trial order, friends introducing
friends, a choir's auditions; on the report side a physiotherapy clinic, a tenant referencing service, a youth
football club's coach checks, a café buying a trial batch, a neighbour's intros, a council's allotment offer.

161 messages by 29 writers (72 `other`, 34 interviews and scheduling, 25 offers and the checks after a yes, 18
approaches, 7 pieces of work set and 5 received); tune: 14 writers, 87 messages; report: 15 writers, 74 messages.

Labels follow what the message asks of the reader and who acts next: an approach nobody asked for is recruiter
outreach; a meeting, a slot confirmed, a trial shift booked, referees asked before a decision is an interview; a
piece of work to do is an assessment, and one received an acknowledgement; an offer, and the checks and papers
after a yes, are offers; everything about a client, a flat, a volunteer's place, a stockist, a friend or a hobby is
`other`, whatever step it is at.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report" writers
are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `python bench/mail_en_kinds.py --set en_kinds2` measures them as written
and lemmatised.
"""

from __future__ import annotations

from dataclasses import replace

from en_kinds_set import DRESS
from en_letters import Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach")
NAMES = ("Oluwaseun", "Bryony", "Tadhg", "Mirela", "Jun", "Farah", "Leopold", "Ngaio", "Sade", "Casimir", "Ines",
         "Thandiwe", "Rowan", "Ayesha", "Dmitri")

W: list[Writer] = []

# ================================================================================================= tune writers
W.append(Writer(
    "bakery-founder", "tune", "hattie@crumbandco.example",
    "hattie x\ncrumb & co", dress="plain",
    messages=[
        (OUT, "your sourdough posts", "hi {name}! this is a bit out of the blue - i run crumb & co (three little "
         "bakeries in leeds, a fourth opening in spring) and a friend sent me your posts about long fermentation. "
         "we need someone to run production across all four sites. would you ever fancy a chat over a coffee?"),
        (OUT, "nudge", "hi {name}, just bumping this in case it got lost. totally fine if the timing's wrong, i'd "
         "just love to pick your brain either way"),
        (INTERVIEW, "thursday", "amazing, thank you! thursday 7am at the kirkstall shop works perfectly - i'll be "
         "the one covered in flour. bring an apron if you want to get stuck in"),
        (TEST, "a little project (paid!)", "hi {name}, loved meeting you. before we decide anything i'd like to pay "
         "you for two mornings to sort out our overnight proving schedule across the sites - £300 for the two. "
         "could you do next tuesday and wednesday?"),
        (INTERVIEW, "people who know you", "morning! nearly there on our side. could you send me names and numbers "
         "for two people you've worked for? just a quick call each, nothing formal"),
        (OFFER, "we'd love you to join us", "{name}!! the team voted and it's unanimous. we'd like you to be our "
         "head of production - £42k, 28 days off plus the bank holidays, and first dibs on the croissant rejects. "
         "proper letter to follow. say yes??"),
        (OFFER, "before your first day", "so happy you said yes. a couple of boring bits before the 3rd: i need to "
         "see your passport or share code for the right to work check, and your food hygiene certificate. bring "
         "them on day one or snap them to me before"),
    ]))

W.append(Writer(
    "dental-group", "tune", "practice.manager@brightsmile-dental.example.co.uk",
    "Kind regards\n\nJoanne Pritchard\nPractice Manager, Brightsmile Dental (Harrogate)",
    "Brightsmile Dental Group Ltd, registered in England no. 0845512. This email is confidential.",
    dress="html",
    messages=[
        (INTERVIEW, "Tuesday at 1.15pm", "Dear {name},\n\nThank you for getting back to me so quickly. That's "
         "confirmed for Tuesday at 1.15pm at the Harrogate practice. You'll meet myself and Dr Okafor, and we'll "
         "show you round the surgeries afterwards. Parking is at the rear."),
        (INTERVIEW, "Moving our meeting", "Dear {name},\n\nI'm so sorry, Dr Okafor has been called into theatre "
         "on Tuesday. Would Thursday at the same time suit you instead?"),
        (INTERVIEW, "A morning with the team", "Dear {name},\n\nWe enjoyed meeting you. Before we make up our "
         "minds we'd like you to spend a morning working alongside our nurses, paid at the usual rate. Would "
         "Friday 8am to 12 be possible?"),
        (INTERVIEW, "References", "Dear {name},\n\nPlease could you let me have the details of your two most "
         "recent employers, one of whom should be a dentist you have nursed for? We will only contact them with "
         "your permission."),
        (OFFER, "Good news", "Dear {name},\n\nI'm pleased to say Dr Okafor would like you to join us as our lead "
         "dental nurse from 1 June, 37.5 hours a week at £14.80 an hour. Your contract will follow by post."),
        (OFFER, "Paperwork for your start", "Dear {name},\n\nBefore you begin with us we need your enhanced DBS "
         "application, proof of your GDC registration and your hepatitis B immunity record. The DBS form is "
         "attached; please bring two forms of ID when you come in to sign it."),
        (ACK, "Your documents", "Dear {name},\n\nThank you for dropping in your ID and immunity record this "
         "morning. Everything is in order and I have sent your DBS off; I'll let you know when it comes back."),
        (OTHER, "Your check-up is booked", "Dear {name},\n\nThis is to confirm your six-monthly check-up and "
         "hygienist appointment on Monday 14 April at 9.40am. Please arrive ten minutes early and let us know if "
         "you need to change it."),
    ]))

W.append(Writer(
    "eng-manager-direct", "tune", "p.raghunathan@tidewaylabs.example",
    "Priya\n--\nPriya Raghunathan | Engineering Manager, Payments Reliability | Tideway Labs", dress="quote",
    messages=[
        (OUT, "Your write-up on retry storms", "Hi {name},\n\nI'm not a recruiter, I manage the reliability "
         "group at Tideway. Your write-up on retry storms went round my team last week and three of them asked if "
         "I knew you. I've got a seat open on the team and I'd like to tell you about it, if you're up for it."),
        (INTERVIEW, "Re: Your write-up on retry storms", "Great to hear back. How about we start with 30 minutes "
         "on video - Wednesday 4pm or Thursday 11am your time? I'll send a calendar hold once you pick."),
        (INTERVIEW, "Pairing next week", "Hi {name},\n\nThanks for today. Next I'd like you to pair with Tomasz "
         "for an hour on a real (sanitised) incident from last quarter. No prep needed. Does Monday at 2pm "
         "work?"),
        (TEST, "The exercise", "Hi {name},\n\nAs promised, attached is the small exercise: a rate limiter with a "
         "few awkward requirements. Please don't spend more than three hours on it, and send it back whenever "
         "suits you this week."),
        (ACK, "Got it", "Hi {name},\n\nGot your solution, thank you - and the notes on what you'd do with more time "
         "are really helpful. Tomasz and I will go through it Thursday and I'll get back to you Friday."),
        (OFFER, "Verbal", "Hi {name},\n\nI'm really pleased to tell you we want you on the team. The numbers: "
         "£96k base, 10% bonus target, the usual equity grant which our people team will detail. Can I call you "
         "this evening to talk it through?"),
        (OTHER, "Incident review", "Hi {name},\n\nThanks for joining our incident review as a guest yesterday - "
         "your questions about the retry budget were spot on. The write-up is public now if you want to share "
         "it."),
    ]))

W.append(Writer(
    "trustee-search", "tune", "eleanor.vance@meridianboardsearch.example",
    "With best wishes,\n\nEleanor Vance\nPartner\nMeridian Board Search", dress="plain",
    messages=[
        (OUT, "A confidential conversation", "Dear {name},\n\nMeridian has been asked by the Ashgrove Housing "
         "Trust to help it find a new chair of its audit and risk committee. Your time on the board of a "
         "regulated lender makes you someone I would very much like to speak to, in confidence. Might you have "
         "half an hour in the coming fortnight?"),
        (OUT, "Ashgrove - following up", "Dear {name},\n\nI wondered whether you had had a chance to consider my "
         "note of last week. Even if the timing is not right for you, I would value your suggestions of others "
         "we might approach."),
        (INTERVIEW, "Meeting the chair", "Dear {name},\n\nThank you for your call. Ashgrove's chair, Dame Patricia "
         "Ellery, would be glad to meet you for breakfast at the Athenaeum on 22 May at 8am. Please let me know "
         "if that is convenient."),
        (INTERVIEW, "Before the nominations committee", "Dear {name},\n\nThe nominations committee will meet on "
         "3 June. In advance of that, could you let me have the names of two people who have seen your work as a "
         "board member and who would be happy to speak to me?"),
        (OFFER, "Ashgrove Housing Trust", "Dear {name},\n\nI am delighted to tell you that the board has agreed "
         "to appoint you as a trustee and chair of its audit and risk committee, from the September meeting. "
         "Patricia will write to you formally this week."),
        (OTHER, "Our annual board survey", "Dear {name},\n\nEach year Meridian asks the directors we know about "
         "the state of governance in their sector. The survey takes about ten minutes and the findings will be "
         "shared with everyone who takes part."),
        (OTHER, "Invitation: Chairs' dinner", "Dear {name},\n\nWe would be delighted if you could join us for "
         "our autumn chairs' dinner on 14 October, with a short talk on climate risk in the boardroom."),
    ]))

W.append(Writer(
    "hospitality-temp-sms", "tune", "texts@shiftline-forwarder.example",
    "", "Forwarded from Shiftline SMS. Reply to this email to text back.", dress="oneline",
    messages=[
        (OUT, "Text from Dani @ Bluebell Staffing", "hi {name} its dani from bluebell, we've got bar work at the "
         "races sat 12-8 £13.50ph, u interested?"),
        (OUT, "Text from Dani @ Bluebell Staffing", "morning {name}! christmas party season coming up, want me to "
         "put u down for waiting shifts? loads going at the grand hotel"),
        (INTERVIEW, "Text from Dani @ Bluebell Staffing", "can u do a quick call w marco the manager tmrw at 3? "
         "he just wants 10 mins before he books u in"),
        (INTERVIEW, "Text from Dani @ Bluebell Staffing", "ur trial shift at the grand is confirmed for fri 6pm, "
         "ask for marco at the staff entrance. black trousers + white shirt pls"),
        (OFFER, "Text from Dani @ Bluebell Staffing", "marco loved u!! they want u on their regular rota from next "
         "week, 3 nights min. ill send the contract link tonight"),
        (OFFER, "Text from Dani @ Bluebell Staffing", "before ur first shift i need a pic of ur passport or share "
         "code + ni number for payroll, can u send today?"),
        (OTHER, "Text from Dani @ Bluebell Staffing", "hi {name}, ur payslip for last week is in the app. any "
         "probs with hours let me know"),
    ]))

W.append(Writer(
    "theatre-production", "tune", "production@thelyceumrep.example",
    "Best,\nSam Adeyemi-Hart\nProduction Manager, The Lyceum Rep", dress="html",
    messages=[
        (INTERVIEW, "Come and see the workshop", "Hi {name},\n\nThanks for your note and your portfolio. Could "
         "you come in on Monday at 11 to meet me and our head of construction? We'll walk you round the workshop "
         "and talk about the winter season."),
        (TEST, "Small build", "Hi {name},\n\nGood to meet you on Monday. As a next step we'd like to see you build "
         "something: there's a drawing attached for a small flat with a door. Could you do it in our workshop on "
         "Wednesday, 9 till 3? We'll cover the day."),
        (OFFER, "Winter season", "Hi {name},\n\nWe'd like you to join the crew as a carpenter for the winter "
         "season, 6 October to 10 January, on the ITC rate. Can you let me know by Friday?"),
        (OTHER, "Comps for press night", "Hi {name},\n\nThanks for your help on the get-in. I've put two comps "
         "for press night on the door under your name - hope you can make it!"),
        (OTHER, "Your audition slot", "Hi {name},\n\nThank you for booking a place at our open community chorus "
         "auditions. Your slot is Saturday at 2.20pm in the rehearsal room; please prepare one verse of a song "
         "you love."),
    ]))

W.append(Writer(
    "care-home", "tune", "manager@willowbankcarehome.example.co.uk",
    "Many thanks,\nBernadette Quinn\nRegistered Manager, Willowbank Care Home", dress="plain",
    messages=[
        (INTERVIEW, "Come and meet us", "Dear {name},\n\nThank you for your phone call this morning. I would be "
         "glad to show you round and have a chat on Thursday at 2pm. Ask for me at the front desk."),
        (INTERVIEW, "Thursday", "Dear {name},\n\nJust to say Thursday at 2pm is booked in my diary. If you could "
         "bring your NVQ certificates that would be helpful."),
        (INTERVIEW, "A shadow shift", "Dear {name},\n\nIt was lovely to meet you. Before we decide, would you "
         "come and shadow one of our seniors on an early shift, 7am to 1pm on Monday? You'll be paid for it."),
        (INTERVIEW, "Referees", "Dear {name},\n\nCould you let me have the names of two referees, one being "
         "your most recent care employer? I'd like to ring them before the end of the week."),
        (OFFER, "Welcome to Willowbank", "Dear {name},\n\nI'm pleased to say we would like you to join us as a "
         "senior carer on nights, 3 x 12 hours a week at £13.40 an hour, subject to a clear DBS and references."),
        (OFFER, "Your DBS and induction", "Dear {name},\n\nYour DBS application has gone off. Your induction "
         "will be the 4th and 5th of next month, 9 to 4; wear comfortable shoes and bring a packed lunch."),
        (OTHER, "Visiting times", "Dear {name},\n\nThank you for your enquiry about your mother. Visiting is "
         "open from 10am to 8pm every day, and you are welcome to join her for Sunday lunch."),
    ]))

W.append(Writer(
    "data-contract-agency", "tune", "rohan@brightwater-people.example",
    "Rohan Mehta\nSenior Consultant - Data & Analytics\nBrightwater People", "Brightwater People acts as an "
    "employment business for contract roles.", dress="html",
    messages=[
        (OUT, "6 month contract - inside IR35", "Hi {name},\n\nHave you got availability from next month? A "
         "utility I work with needs a dbt and Snowflake engineer for six months, £575 a day inside IR35, two days "
         "a week in Reading. Could I give you a call?"),
        (OUT, "Are you still free?", "Hi {name},\n\nSaw your status change to available - congrats on finishing "
         "the last gig. Shall we catch up this week? I've got two things that could suit."),
        (OUT, "Something closer to home", "Hi {name},\n\nA healthtech in Oxford is after someone to rebuild "
         "their reporting layer, fully remote bar one day a month. Fancy hearing more?"),
        (TEST, "Client task", "Hi {name},\n\nThe client would like a short take-home before they meet you: a "
         "sample dataset and three questions, about two hours. Link below; they've asked for it by Wednesday."),
        (ACK, "Task sent over", "Hi {name},\n\nThanks for turning that around so quickly. I've sent it to the "
         "hiring lead and chased for feedback by Friday."),
        (INTERVIEW, "Tuesday with the client", "Hi {name},\n\nThey liked the task! Tuesday at 10 with Siobhan "
         "and one of her engineers, on Teams. I'll send the link this afternoon."),
    ]))

# look-alikes, tune
W.append(Writer(
    "freelance-clients", "tune", "anna.w@northlightarchitects.example",
    "Thanks,\nAnna Whitfield\nOffice Manager, Northlight Architects", dress="plain",
    messages=[
        (OTHER, "Tuesday 10am confirmed", "Hi {name},\n\nJust confirming Tuesday at 10am for the photo shoot at "
         "the library project. The site manager, Gavin, will meet you at the gate with a hard hat and hi-vis."),
        (OTHER, "Can we move the shoot?", "Hi {name},\n\nThe scaffolding won't be down until Thursday, so could we "
         "move the shoot to Friday morning? Same time if that's easy for you."),
        (OTHER, "Who you'll meet", "Hi {name},\n\nAhead of Friday: you'll be with Rob, our project architect, for "
         "the exterior shots and then with the client's facilities lead for the interiors. Rob will send a shot "
         "list tonight."),
        (OTHER, "Your quote - approved", "Hi {name},\n\nThe partners have approved your quote for the three "
         "projects. Could you send your bank details and insurance certificate so we can set you up as a "
         "supplier before the first shoot?"),
        (OTHER, "Trial edit", "Hi {name},\n\nBefore we commit to the full set, would you edit five images from "
         "Friday as a trial so the partners can see the look? We'll pay for them either way."),
        (OTHER, "Received, thanks", "Hi {name},\n\nThe five edits arrived and they look great. The partners are "
         "meeting Monday and I'll confirm the rest then."),
        (OTHER, "Invoice 0417", "Hi {name},\n\nThanks for your invoice for the library shoot. It's been approved "
         "and will be paid in our next run on the 28th."),
    ]))

W.append(Writer(
    "letting-agent", "tune", "lettings@harbourview-homes.example.co.uk",
    "Regards,\nMarcus Pell\nLettings Negotiator, Harbourview Homes", "Harbourview Homes is a member of ARLA "
    "Propertymark. Client money protected.", dress="quote",
    messages=[
        (OTHER, "Viewing confirmed", "Dear {name},\n\nYour viewing of 14 Quayside Mews is confirmed for Saturday "
         "at 11.30am. I'll meet you outside; please bring photo ID."),
        (OTHER, "Your offer on Quayside Mews", "Dear {name},\n\nGood news - the landlord has accepted your offer "
         "of £1,150 a month, subject to references and a right to rent check. I'll send the holding deposit "
         "details shortly."),
        (OTHER, "References needed", "Dear {name},\n\nTo move things along, could you send me the contact details "
         "of your current landlord and your employer, plus three months of payslips? Our referencing partner will "
         "be in touch with them directly."),
        (OTHER, "Right to rent", "Dear {name},\n\nBefore the tenancy can start we need to carry out a right to "
         "rent check. Please bring your passport or send me your share code, and we'll do it when you sign."),
        (OTHER, "References back", "Dear {name},\n\nYour references have come back and everything is fine. The "
         "landlord is happy to go ahead; your tenancy agreement will come through for e-signing tomorrow."),
        (OTHER, "Move-in day", "Dear {name},\n\nEverything is ready for your move on the 1st. Keys can be "
         "collected from our office from 10am; we'll go through the inventory together."),
    ]))

W.append(Writer(
    "foodbank-volunteers", "tune", "volunteering@eastsidefoodbank.example.org",
    "Warmly,\nLiz Chen\nVolunteer Coordinator, Eastside Food Bank", "Eastside Food Bank is a registered charity "
    "(no. 1172209).", dress="html",
    messages=[
        (OTHER, "Thanks for signing up!", "Hi {name},\n\nThanks so much for offering to help. We'd love to meet "
         "you at one of our welcome sessions - the next ones are Wednesday at 6pm and Saturday at 10am. Which "
         "suits?"),
        (OTHER, "See you Saturday", "Hi {name},\n\nGreat, you're booked in for Saturday's welcome session at "
         "10am. We'll show you round the warehouse and talk through the roles."),
        (OTHER, "Your background check", "Hi {name},\n\nBecause you'll be delivering parcels to people's homes, "
         "we need a basic DBS check before your first shift. The link to the online form is below; we pay the "
         "fee."),
        (OTHER, "Two referees", "Hi {name},\n\nOne more thing for our records: could you give us two referees who "
         "have known you for at least two years? Not family, please."),
        (OTHER, "A trial shift", "Hi {name},\n\nYour check is back, so you can start! Your first shift is Tuesday "
         "4-7pm sorting donations alongside Pete, who'll show you the ropes."),
        (OTHER, "Rota for March", "Hi {name},\n\nThe March rota is attached. You're down for two Tuesdays; swap "
         "with anyone in the group chat if you can't make one."),
    ]))

W.append(Writer(
    "wholesale-supplier", "tune", "orders@pennineprovisions.example",
    "Best wishes,\nKaren Dobbs\nAccount Manager, Pennine Provisions", dress="plain",
    messages=[
        (OTHER, "Samples on their way", "Hi {name},\n\nLovely to chat yesterday. I've sent samples of our three "
         "oat milks and the cold brew to the shop; they should arrive Thursday."),
        (OTHER, "A trial order?", "Hi {name},\n\nHow did the samples go down? If you'd like to try a trial order "
         "we can do a half case of each with no minimum for the first month."),
        (OTHER, "Trial order confirmed", "Hi {name},\n\nThanks for your trial order. It's confirmed for delivery on "
         "Monday between 8 and 10am; our driver will need someone to sign."),
        (OTHER, "Credit account", "Hi {name},\n\nTo set you up on 30-day terms we need two trade references and "
         "your company number. The application form is attached."),
        (OTHER, "Welcome aboard", "Hi {name},\n\nYour account is approved and you're now one of our stockists. "
         "Your rep will call every other Tuesday and your price list is attached."),
        (OTHER, "Quick question", "Hi {name},\n\nWould you be open to a short chat next week about adding our "
         "new seasonal range? Ten minutes on the phone would do."),
    ]))

W.append(Writer(
    "friends-intros", "tune", "jess.okoro@fastmail.example",
    "Jess", dress="quote",
    messages=[
        (OTHER, "Intro: {name} <> Ben (the pottery guy)", "Hi both! {name}, meet Ben - he runs the studio on "
         "Mill Lane I keep telling you about and has a space on his Thursday wheel course. Ben, {name} is the "
         "friend who wants to get their hands dirty. I'll leave you to it!"),
        (OTHER, "Re: Intro", "Ben says Thursdays at 7 work and he'll hold the place till Friday. He asked if you'd "
         "like to pop in for a look first - tomorrow after 5?"),
        (OTHER, "Sunday?", "Are we still on for Sunday? I've booked the table for 1pm, and Ola's coming too so "
         "you finally get to meet"),
        (OTHER, "Meet Chiara (climbing)", "{name}, this is Chiara - she's new in town and looking for a climbing "
         "partner for weekday evenings. You two would get on. Chiara, {name} climbs at the Depot most Tuesdays."),
        (OTHER, "Your references for the flat", "Hey! Happy to be your referee for the flat, of course. Give the "
         "agent my number, I'll tell them you're the tidiest person I've ever lived with"),
    ]))

W.append(Writer(
    "choir", "tune", "hello@riversidesingers.example",
    "Music director, Riverside Singers", "You're receiving this because you signed up on our website.",
    dress="plain",
    messages=[
        (OTHER, "Your audition", "Hi {name},\n\nThanks for your interest in joining us. Your audition is booked "
         "for Monday 7.15pm at St Mark's hall - just a few scales and a song of your choice, nothing scary."),
        (OTHER, "Welcome to the altos!", "Hi {name},\n\nWe're delighted to offer you a place in the alto section "
         "from next term. Subs are £60 a term and the music for the spring concert is attached."),
        (OTHER, "Safeguarding check", "Hi {name},\n\nSince you've offered to help with the youth choir, we'll "
         "need to run a background check before your first session with them. The form is attached."),
    ]))

# ================================================================================================= report writers
W.append(Writer(
    "biotech-founder", "report", "rafael@loamgenomics.example",
    "Rafael\nco-founder, Loam Genomics", dress="quote",
    messages=[
        (OUT, "soil microbiome + your thesis", "Hi {name},\n\nRafael here, one of the two founders of Loam. We "
         "read your thesis on root-associated fungi and honestly it's the closest thing to our roadmap we've "
         "seen. We're five people, seed funded, and need someone to own the wet lab. Open to a call?"),
        (OUT, "re: soil microbiome", "Hey, one more try - I know inboxes are brutal. If a chat isn't for you, no "
         "worries at all, I'd still be glad to swap notes sometime."),
        (INTERVIEW, "lab visit", "Brilliant. Come to the lab on Thursday at 2 - we're in unit 4 of the "
         "innovation centre, buzz for Loam. You'll meet Keisha, our other founder, and see the kit."),
        (TEST, "paid trial week", "Hi {name},\n\nWe'd like to do a paid trial week before we both commit: one "
         "real extraction protocol to validate, £1,200 for the week. Would the week of the 12th work?"),
        (ACK, "trial week notes", "Thanks for the write-up from the trial week - Keisha and I are reading it over "
         "the weekend and we'll talk Monday."),
        (OFFER, "let's do this", "Hi {name},\n\nWe'd love you to join as our first scientist: £58k, 1.2% over "
         "four years, start whenever you can. I'll send the paperwork tomorrow; call me with any questions."),
        (OFFER, "bits before you start", "Hi {name},\n\nSo glad you're in. Before day one our lab safety "
         "induction needs your immunisation record and a signed confidentiality agreement (attached)."),
    ]))

W.append(Writer(
    "primary-school", "report", "office@stbedesprimary.example.sch.uk",
    "Yours sincerely,\n\nMrs D. Okonkwo\nSchool Business Manager, St Bede's Primary School", dress="html",
    messages=[
        (INTERVIEW, "Your visit on Wednesday", "Dear {name},\n\nThank you for your letter. We are pleased to invite "
         "you to spend Wednesday morning with us. You will teach a 30 minute lesson to Year 4 on fractions, then "
         "meet the head teacher and two governors."),
        (INTERVIEW, "Change of time", "Dear {name},\n\nDue to a fire drill on Wednesday, could you come at 10am "
         "instead of 9am? Everything else is unchanged."),
        (OFFER, "Following your visit", "Dear {name},\n\nThe panel would like to offer you the Year 4 post from "
         "September, on the main pay scale, M3. Please telephone the head teacher to let her know if you accept."),
        (OFFER, "Pre-start checks", "Dear {name},\n\nBefore you can begin we must complete an enhanced DBS check, "
         "a barred list check and a prohibition check, and see your qualifications and your right to work in the "
         "UK. Please bring the documents on the attached list to the office."),
        (OTHER, "Parents' evening", "Dear {name},\n\nYour parents' evening appointment with Miss Hart is confirmed "
         "for Tuesday at 5.40pm in the Year 2 classroom."),
        (OTHER, "Volunteer readers", "Dear {name},\n\nThank you for offering to hear readers on Friday mornings. "
         "Like all our volunteers, you will need a DBS check and a short safeguarding session first."),
    ]))

W.append(Writer(
    "us-freight-recruiter", "report", "dwayne.t@ironhorse-logistics.example",
    "Thanks,\nDwayne Tolliver\nDriver Recruiting Manager | Ironhorse Logistics\n(615) 555-0142",
    "To stop receiving texts and emails from Ironhorse, reply STOP.", dress="plain",
    messages=[
        (OUT, "Home every weekend", "Hey {name},\n\nSaw you've got your Class A and 3 years OTR. We've got "
         "regional lanes out of Nashville that get you home every weekend, $0.68 a mile plus a sign-on bonus. "
         "Want me to call you tonight?"),
        (OUT, "Still looking?", "Hey {name},\n\nDidn't hear back so trying once more. We just added dedicated "
         "lanes to Atlanta, no touch freight, and the sign-on bonus went up to $5,000. Worth a 5 minute call?"),
        (INTERVIEW, "You're set for Monday", "Hey {name},\n\nYou're all set for orientation day Monday 7am at the "
         "Lebanon terminal. We'll do the road test in the morning and meet the fleet manager after lunch."),
        (OFFER, "Conditional offer", "Hey {name},\n\nYou passed the road test - welcome aboard, pending your "
         "drug screen and MVR. Starting pay is as discussed, and your truck will be ready the 18th."),
        (OFFER, "Drug screen location", "Hey {name},\n\nYour pre-employment drug screen is set up at the Concentra "
         "on Murfreesboro Rd. Go any time before Thursday with your license; results come straight to me."),
        (OTHER, "Rate confirmation", "Hey {name},\n\nRate con for load 44871 attached, pickup Tuesday 0600 in "
         "Memphis. Sign and send back so we can dispatch."),
        (OTHER, "Safety bulletin", "Hey {name},\n\nReminder to all drivers: winter chains are required on I-40 "
         "past Knoxville from Friday. Stay safe out there."),
    ]))

W.append(Writer(
    "design-studio", "report", "studio@fieldnotes-design.example",
    "Cheers,\nMilo\nFieldnotes Design", dress="plain",
    messages=[
        (INTERVIEW, "Portfolio chat", "Hi {name},\n\nThanks for sending your folio over - lovely work. Could you "
         "come in next Tuesday at 3 to walk us through a couple of projects? 45 minutes or so, very relaxed."),
        (TEST, "A small brief", "Hi {name},\n\nWe enjoyed Tuesday. As a next step we'd like to pay you for a "
         "day on a small brief: a label for a new gin. Brief attached; send us your roughs by Monday."),
        (ACK, "Roughs received", "Hi {name},\n\nYour roughs are in - thank you! The team will gather round them "
         "tomorrow and I'll come back to you by Friday."),
        (OFFER, "Join us?", "Hi {name},\n\nWe'd like you to join Fieldnotes as a mid-weight designer, £38k, four "
         "day week option, starting in March. Have a think and let me know."),
        (OTHER, "Studio open evening", "Hi {name},\n\nWe're opening the studio on Thursday evening to show our "
         "new print work. Drinks from 6, bring whoever you like."),
        (OTHER, "Quote for your wedding stationery", "Hi {name},\n\nThanks for getting in touch about your "
         "invitations. Our quote for 80 sets is attached; let us know if you'd like to book a consultation."),
    ]))

W.append(Writer(
    "nanny-family", "report", "claire.and.tom.b@gmail.example",
    "Claire (and Tom)", dress="quote",
    messages=[
        (INTERVIEW, "Meeting the boys", "Hi {name},\n\nThanks for replying to our ad. Could you come over on "
         "Saturday at 10 to meet us and the boys (4 and 7)? Nothing formal, just a coffee and a play in the "
         "garden."),
        (INTERVIEW, "A trial afternoon", "Hi {name},\n\nThe boys haven't stopped talking about you! Would you be "
         "able to do a paid trial afternoon on Wednesday, school pick-up to bedtime?"),
        (INTERVIEW, "Your referees", "Hi {name},\n\nCould you send us contact details for the families you "
         "looked after before? We'd love to have a quick chat with them this week."),
        (OFFER, "We'd love you to start", "Hi {name},\n\nWe've spoken to both families and we'd love you to be "
         "our nanny from the 6th, Monday to Thursday, at the rate we discussed. Tom will set up payroll."),
        (OTHER, "Playdate?", "Hi {name},\n\nIt was lovely to meet you at the school gates! Would your two like to "
         "come over for a playdate on Friday after school?"),
    ]))

W.append(Writer(
    "windfarm-site", "report", "site.office@northsea-turbine-services.example",
    "Regards\nGraham Leith\nSite Coordinator, North Sea Turbine Services", "NSTS Ltd. Safety is everyone's "
    "responsibility.", dress="plain",
    messages=[
        (INTERVIEW, "Confirmed: Monday 0800", "{name},\n\nConfirmed for Monday 0800 at the Peterhead base. You'll "
         "meet the lead tech and do a practical on the training tower. Bring your GWO certificates."),
        (INTERVIEW, "Two references", "{name},\n\nBefore the contracts manager signs off, we need two "
         "references from sites you've worked on in the last three years. Names and numbers will do."),
        (OFFER, "Rotation start", "{name},\n\nThe lead tech was happy. We're taking you on for the two-on, "
         "two-off rotation from 1 April. Before you fly out we need your offshore medical and your right to work "
         "documents - details attached."),
        (OTHER, "Weather hold", "{name},\n\nAll vessel transfers are on weather hold until Thursday. Stand by for "
         "updated sailing times."),
        (OTHER, "Toolbox talk", "{name},\n\nThis week's toolbox talk is on dropped objects. Please read the "
         "attached and sign the sheet in the welfare cabin."),
    ]))

W.append(Writer(
    "ux-contract-recruiter", "report", "amara.o@northstar-digital-talent.example",
    "Best,\nAmara Obi\nNorthstar Digital", "Northstar Digital Ltd. Reply 'remove' and we won't contact you "
    "again.", dress="quote",
    messages=[
        (OUT, "Service designer for a housing association", "Hi {name},\n\nI've a service design piece with a "
         "housing association in Bristol - tenant repairs journey, 4 months, £450 a day outside. Your work on the "
         "council's parking permits looked very relevant. Are you free from the 20th?"),
        (OUT, "Re: Service designer", "Hi {name}, just circling back - they've extended the start to early "
         "next month if that helps with your notice."),
        (OUT, "A permanent one for once", "Hi {name},\n\nI know you mostly freelance, but a charity I love is "
         "looking for its first head of design. Would you hear me out for ten minutes?"),
        (INTERVIEW, "Call with the product owner", "Hi {name},\n\nThe product owner, Jas, would like a call with "
         "you on Thursday at 3. Does that work?"),
        (TEST, "Short design challenge", "Hi {name},\n\nBefore the second conversation they've asked everyone "
         "to sketch how they'd approach reporting a broken boiler. An hour's effort max, due Monday."),
        (INTERVIEW, "Second conversation", "Hi {name},\n\nThey'd like to see you again on Tuesday at 11, this "
         "time with their head of digital. In person at their office on Temple Street."),
        (OFFER, "You've got it", "Hi {name},\n\nGreat news - they'd like you to start on the 3rd at £450 a day. "
         "I'll send the contract over tonight."),
    ]))

W.append(Writer(
    "vet-practice", "report", "hr@meadowvets.example",
    "Kind regards,\nFiona Stewart\nHead Nurse, Meadow Vets", dress="plain",
    messages=[
        (INTERVIEW, "Visit to the practice", "Dear {name},\n\nThank you for your letter. We'd be pleased to see "
         "you on Monday at 1pm, between morning and evening surgeries. You'll meet our clinical director too."),
        (INTERVIEW, "A working morning", "Dear {name},\n\nWe'd like you to join us for a working morning on "
         "Friday so you can meet the team and see how we run consults. It will be paid."),
        (OFFER, "Meadow Vets", "Dear {name},\n\nWe were all very impressed and would like you to join us as a "
         "registered veterinary nurse from 2 June, four days a week. Details of pay and CPD allowance attached."),
        (OFFER, "Before you start", "Dear {name},\n\nPlease send a copy of your RCVS registration and your "
         "passport before your first day, and let us know your scrub size."),
        (OTHER, "Booster reminder", "Dear {name},\n\nBiscuit is due her annual booster this month. Book online "
         "or give us a ring to make an appointment."),
    ]))

W.append(Writer(
    "ngo-field", "report", "m.haddad@clearwaterrelief.example.org",
    "Mariam Haddad\nPeople & Deployment, Clearwater Relief", dress="html",
    messages=[
        (OUT, "Surge roster", "Dear {name},\n\nA colleague gave me your name as a logistician with cholera "
         "response experience. We are building our surge roster for the coming rainy season. Could we talk this "
         "week?"),
        (INTERVIEW, "Call on Wednesday", "Dear {name},\n\nThank you. I have put us down for a call on Wednesday "
         "at 09:00 GMT with our emergency coordinator. The link is below."),
        (INTERVIEW, "Referees", "Dear {name},\n\nCould you share two referees from your last two deployments, "
         "ideally line managers? We aim to speak to them this week."),
        (OFFER, "Deployment to Beira", "Dear {name},\n\nWe would like to offer you a three-month deployment as "
         "WASH logistician in Beira, starting 1 March. Terms and the security briefing pack are attached."),
        (OFFER, "Medical clearance", "Dear {name},\n\nBefore you travel we need your medical clearance, your "
         "vaccination record and a signed code of conduct. Our travel team will book flights once these are in."),
    ]))

# look-alikes, report
W.append(Writer(
    "physio-clinic", "report", "bookings@motionworksphysio.example",
    "MotionWorks Physiotherapy", "To manage your bookings, log in to your patient portal.", dress="html",
    messages=[
        (OTHER, "Appointment confirmed", "Hi {name},\n\nYour initial assessment with Hannah is confirmed for "
         "Wednesday 9 April at 4.30pm. Please wear loose clothing."),
        (OTHER, "Your appointment has moved", "Hi {name},\n\nHannah is unwell, so we have moved your appointment "
         "to Friday at 4.30pm. Reply to this email if that doesn't suit."),
        (OTHER, "Your exercises", "Hi {name},\n\nAs promised, here is your home exercise programme. Please do "
         "the first three daily and we'll review them at your next session."),
        (OTHER, "Before your first visit", "Hi {name},\n\nPlease fill in the health questionnaire before you "
         "come in, and bring a list of any medication you take."),
    ]))

W.append(Writer(
    "tenant-referencing", "report", "noreply@keystonereferencing.example",
    "Keystone Referencing", "You are receiving this because a letting agent started a reference on your "
    "behalf.", dress="plain",
    messages=[
        (OTHER, "Action needed: complete your reference", "Hi {name},\n\nHarbour & Co have asked us to reference "
         "you for 22 Elm Terrace. Please complete your application within 48 hours so the landlord can make a "
         "decision."),
        (OTHER, "We've contacted your employer", "Hi {name},\n\nWe've emailed your employer to confirm your "
         "salary and contract. You may want to give them a heads-up so they reply quickly."),
        (OTHER, "Your reference is complete", "Hi {name},\n\nGood news: your reference has been completed and "
         "passed. We've let your letting agent know."),
        (OTHER, "Identity check", "Hi {name},\n\nWe still need a photo of your passport and a selfie to verify "
         "your identity. It only takes two minutes."),
    ]))

W.append(Writer(
    "youth-football", "report", "secretary@hollinsparkjfc.example",
    "Cheers\nSteve\nClub Secretary, Hollins Park JFC", dress="quote",
    messages=[
        (OTHER, "Coaching the under 9s", "Hi {name},\n\nThanks for offering to help with the under 9s on "
         "Saturdays. Before you can coach we need a DBS check through the FA and the safeguarding children course "
         "(online, about 2 hours)."),
        (OTHER, "DBS through", "Hi {name},\n\nYour DBS has come back clear - welcome to the coaching team! Kit "
         "will be at the clubhouse on Saturday."),
        (OTHER, "Meeting Thursday", "Hi {name},\n\nCould you make the coaches' meeting on Thursday at 7.30 in the "
         "clubhouse? We're sorting out the new season's fixtures."),
        (OTHER, "Subs reminder", "Hi {name},\n\nJust a reminder that the spring subs are due by the end of the "
         "month. Bank details below."),
    ]))

W.append(Writer(
    "cafe-buyer", "report", "ruth@thelarchcafe.example",
    "Ruth\nThe Larch Café", dress="plain",
    messages=[
        (OTHER, "Your granola", "Hi {name},\n\nI tried your granola at the market on Saturday and loved it. "
         "Would you be up for a trial batch for the café - say 5kg for the first fortnight?"),
        (OTHER, "Trial batch arrived", "Hi {name},\n\nThe trial batch arrived safely, thanks. We'll put it on the "
         "menu this week and let you know how it sells."),
        (OTHER, "Let's make it regular", "Hi {name},\n\nIt flew! We'd like to order 10kg every fortnight from "
         "now on. Can you send over your terms and an invoice for the trial?"),
        (OTHER, "Food hygiene certificate", "Hi {name},\n\nOur environmental health officer asked for a copy of "
         "your food hygiene rating and allergen sheet for the granola - could you send them?"),
    ]))

W.append(Writer(
    "neighbour-intros", "report", "gordon.mcrae@btinternet.example",
    "Gordon", dress="plain",
    messages=[
        (OTHER, "Plumber", "Hi {name},\n\nYou asked about a plumber - this is Kev, who sorted our boiler last "
         "winter. I've copied him in. Kev, {name} is at number 12 and has a dripping radiator."),
        (OTHER, "Re: Plumber", "Kev says he can pop round Tuesday between 9 and 11 if someone's in."),
        (OTHER, "Street party", "Hi {name},\n\nWe're having a planning meeting for the street party at ours on "
         "Wednesday at 7. Would be great if you could come along."),
    ]))

W.append(Writer(
    "council-allotments", "report", "allotments@westfordcouncil.example.gov.uk",
    "Allotments Officer\nWestford Borough Council", "Please do not reply to this automated mailbox.",
    dress="html",
    messages=[
        (OTHER, "An allotment is available", "Dear {name},\n\nYou have reached the top of the waiting list and "
         "we are pleased to offer you plot 17B at Grange Lane. Please let us know within 14 days whether you "
         "accept."),
        (OTHER, "Your tenancy starts", "Dear {name},\n\nThank you for accepting. Your tenancy agreement is "
         "attached; once signed, you can collect a gate key from the site warden."),
    ]))


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    return letters(W, NAMES, replace(DRESS, day="Wed, 9 Apr 2025 at 08:12"))
