"""Ordinary mail that is not about the reader's job search, written for this project, in EN/FR/DE/ES/NL.

Work mail talks about offers, positions, schedules, meetings, reviews, contracts, attachments and prices; job
boards, career newsletters, CV services, applicant-system chores, shops and no-reply notices use the job words
too. None of it is news about an application of the person who reads it, so all of it is `other`.

Two disjoint halves of every list: `train` (scripts/generate_mail_corpus.py takes the English hiring-inside kind
from it as hard negatives) and `bench` (bench/mail_nonjob.py's sanity set), so the bench never measures a sentence
the model was trained on. Both are generated, not real mail: figures on them are a sanity check only.
Messages vary in greeting, length, signature, disclaimer, quoted reply and forwarding header.
"""

from __future__ import annotations

import random

SPLITS = ("train", "bench")

FILL = {
    "en": {
        "first": ["Dana", "Mark", "Sally", "Jeff", "Louise", "Vince", "Kim", "Greg", "Tana", "Rick", "Shelley", "Ben"],
        "last": ["Taylor", "Shankman", "Beck", "Dasovich", "Kitchen", "Kaminski", "Ward", "Whalley", "Jones"],
        "company": ["Northwind Energy", "Brightwater Pipeline", "Larkspur Capital", "Meridian Power", "Oakridge Gas",
                    "Tidewell Insurance", "Copperleaf Retail", "Granite Civil", "Harbour & Pike LLP"],
        "city": ["Houston", "Portland", "London", "Calgary", "New York", "Omaha", "Denver"],
        "day": ["Monday", "Tuesday", "Wednesday the 14th", "Thursday", "Friday morning", "next week", "May 3"],
        "time": ["9:00 am", "10:30", "2 pm", "3:30 PM CST", "11:00", "4pm"],
        "amount": ["$12,500", "$4.2 million", "$380 per MWh", "$1,150", "$75,000", "2.75%", "$18.40/unit"],
        "n": ["3", "5", "12", "25", "40", "150"],
        "ref": ["PO-4471", "Q-20931", "INV 88213", "#5520", "CR-118", "2001-0457"],
        "product": ["transformers", "laptops", "office chairs", "gas turbines", "meter kits", "the software licences"],
        "role": ["analyst", "associate", "trader", "project manager", "assistant"],
    },
    "fr": {
        "first": ["Claire", "Julien", "Sophie", "Marc", "Nathalie", "Olivier", "Camille", "Thomas"],
        "last": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
        "company": ["Société Durand", "Transports Roux", "Atelier Lumière", "Groupe Vallée", "Batiplus SARL"],
        "city": ["Lyon", "Nantes", "Lille", "Bordeaux", "Paris"],
        "day": ["lundi", "mardi 12", "jeudi prochain", "vendredi matin", "le 3 avril"],
        "time": ["9h", "10h30", "14h", "16h15"],
        "amount": ["12 500 €", "3 200 € HT", "480 €", "1,8 M€", "45 € l'unité"],
        "n": ["3", "5", "12", "40"],
        "ref": ["DV-2231", "n° 5520", "FA-0917", "BC-4471"],
        "product": ["les chaises de bureau", "les ordinateurs portables", "les licences", "le matériel"],
        "role": ["comptable", "assistante", "chef de projet", "technicien"],
    },
    "de": {
        "first": ["Anna", "Jonas", "Katrin", "Stefan", "Miriam", "Lukas", "Petra", "Tobias"],
        "last": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Schulz"],
        "company": ["Keller GmbH", "Nordbau AG", "Stadtwerke Lindau", "Hansen & Söhne", "Brückner Logistik"],
        "city": ["Hamburg", "Köln", "München", "Leipzig", "Stuttgart"],
        "day": ["Montag", "Dienstag", "nächsten Donnerstag", "Freitagvormittag", "den 3. April"],
        "time": ["9 Uhr", "10:30 Uhr", "14 Uhr", "16:15 Uhr"],
        "amount": ["12.500 €", "3.200 € netto", "480 €", "1,8 Mio. €", "45 € pro Stück"],
        "n": ["3", "5", "12", "40"],
        "ref": ["AN-2231", "Nr. 5520", "RE-0917", "BE-4471"],
        "product": ["die Bürostühle", "die Laptops", "die Lizenzen", "das Material"],
        "role": ["Buchhalterin", "Assistent", "Projektleiter", "Techniker"],
    },
    "es": {
        "first": ["Lucía", "Javier", "Marta", "Pablo", "Elena", "Diego", "Carmen", "Andrés"],
        "last": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero"],
        "company": ["Construcciones Ruiz", "Transportes Vega", "Grupo Alba", "Suministros Norte", "Talleres Soto"],
        "city": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza"],
        "day": ["el lunes", "el martes 12", "el jueves que viene", "el viernes por la mañana", "el 3 de abril"],
        "time": ["9:00", "10:30", "14:00", "16:15"],
        "amount": ["12.500 €", "3.200 € + IVA", "480 €", "1,8 millones", "45 € por unidad"],
        "n": ["3", "5", "12", "40"],
        "ref": ["PR-2231", "nº 5520", "FAC-0917", "PED-4471"],
        "product": ["las sillas de oficina", "los portátiles", "las licencias", "el material"],
        "role": ["contable", "asistente", "jefe de proyecto", "técnico"],
    },
    "nl": {
        "first": ["Sanne", "Joost", "Eva", "Bram", "Lotte", "Pieter", "Anouk", "Ruben"],
        "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder"],
        "company": ["Bouwbedrijf Dekker", "Van Dijk Transport", "Groen Installatietechniek", "Meijer BV"],
        "city": ["Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Gent"],
        "day": ["maandag", "dinsdag de 12e", "volgende donderdag", "vrijdagochtend", "3 april"],
        "time": ["9.00 uur", "10.30 uur", "14.00 uur", "16.15 uur"],
        "amount": ["€ 12.500", "€ 3.200 excl. btw", "€ 480", "€ 1,8 miljoen", "€ 45 per stuk"],
        "n": ["3", "5", "12", "40"],
        "ref": ["OF-2231", "nr. 5520", "FA-0917", "IO-4471"],
        "product": ["de bureaustoelen", "de laptops", "de licenties", "het materiaal"],
        "role": ["boekhouder", "assistent", "projectleider", "monteur"],
    },
}

# Per language: how a message opens and ends, and the wrappers of a reply or a forward. Shared by both halves:
# they say nothing about a message's kind.
FRAME = {
    "en": {
        "greetings": ["Hi {first},", "{first},", "Dear {first},", "Hello all,", "Team,", "All,", "", "",
            "Good morning,",
                      "Folks -", "Hi everyone,"],
        "signoffs": ["Thanks,\n{me}", "Regards,\n{me}\n{me_title}\n{company}\nDirect: 713-853-{n}0",
                     "- {me_first}", "Best,\n{me_first}", "{me}\n{company} | {city}", "Thx", "",
                     "Cheers,\n{me_first}\n\nSent from my iPhone", "Kind regards\n\n{me}\n{me_title}"],
        "titles": ["Director, Structuring", "VP Commercial", "Contract Administrator", "Senior Counsel",
                   "Office Manager", "Gas Scheduler", "Finance Manager", "Account Executive"],
        "disclaimers": [
            "This e-mail is the property of {company} and may contain confidential and privileged material for "
            "the sole use of the intended recipient(s). Any review, use, distribution or disclosure by others is "
            "strictly prohibited.",
            "Please consider the environment before printing this email.",
            "CONFIDENTIALITY NOTICE: The information in this message is intended only for the addressee.",
        ],
        "reply": "-----Original Message-----\nFrom: {other}\nSent: {day} {time}\nTo: {me}\nSubject: {subject}\n\n",
        "reply2": "On {day} at {time}, {other} wrote:\n",
        "forward": "---------------------- Forwarded by {me}/HOU/ECT on 05/14/2001 {time}"
        " ---------------------------\n\n"
                   "{other} on 05/14/2001 09:12:44 AM\nTo: {me}\ncc:\nSubject: {subject}\n\n",
        "fw": ["FW: ", "Fwd: ", "RE: ", "Re: ", "RE: FW: "],
    },
    "fr": {
        "greetings": ["Bonjour {first},", "Bonjour à tous,", "Bonjour,", "{first},", "Salut {first},", ""],
        "signoffs": ["Cordialement,\n{me}", "Bien à vous,\n{me}\n{me_title}\n{company}\nTél. 04 72 00 {n} {n}",
                     "Merci,\n{me_first}", "Bonne journée,\n{me_first}", "", "A+\n{me_first}"],
        "titles": ["Responsable achats", "Directrice commerciale", "Chargé d'affaires", "Assistante de direction"],
        "disclaimers": ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
                        "destinataires.", "Pensez à l'environnement avant d'imprimer ce courriel."],
        "reply": "-----Message d'origine-----\nDe : {other}\nEnvoyé : {day} {time}\nÀ : {me}\nObjet : {subject}\n\n",
        "reply2": "Le {day} à {time}, {other} a écrit :\n",
        "forward": "---------- Message transféré ---------\nDe : {other}\nDate : {day}\nObjet : {subject}\n\n",
        "fw": ["TR : ", "RE : ", "Fwd: ", "RE: "],
    },
    "de": {
        "greetings": ["Hallo {first},", "Liebe Kolleginnen und Kollegen,", "Guten Tag,", "Hallo zusammen,",
                      "Sehr geehrte Frau {last},", "Hi {first},", ""],
        "signoffs": ["Viele Grüße\n{me}",
            "Mit freundlichen Grüßen\n\n{me}\n{me_title}\n{company}\nTel. +49 40 {n}{n}{n}",
                     "Beste Grüße\n{me_first}", "VG {me_first}", "", "Danke und Gruß\n{me_first}"],
        "titles": ["Einkaufsleiterin", "Vertriebsleiter", "Projektkauffrau", "Teamassistenz"],
        "disclaimers": ["Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
                        "sind, informieren Sie bitte sofort den Absender.",
                        "Sitz der Gesellschaft: {city}, Registergericht: Amtsgericht {city}"],
        "reply": "-----Ursprüngliche Nachricht-----\nVon: {other}\nGesendet: {day} {time}\nAn: {me}\n"
                 "Betreff: {subject}\n\n",
        "reply2": "Am {day} um {time} schrieb {other}:\n",
        "forward": "---------- Weitergeleitete Nachricht ----------\nVon: {other}\nDatum: {day}\nBetreff:"
        " {subject}\n\n",
        "fw": ["WG: ", "AW: ", "Fwd: ", "AW: WG: "],
    },
    "es": {
        "greetings": ["Hola {first},", "Buenos días,", "Estimado {first}:", "Hola a todos,", "{first},", ""],
        "signoffs": ["Saludos,\n{me}", "Un saludo,\n{me}\n{me_title}\n{company}\nTel. 91 {n}{n} {n}",
                     "Gracias,\n{me_first}", "Un abrazo,\n{me_first}", "", "Atentamente,\n{me}"],
        "titles": ["Responsable de compras", "Director comercial", "Administración", "Jefa de obra"],
        "disclaimers": ["Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
                        "destinatario.", "Antes de imprimir este correo, piense en el medio ambiente."],
        "reply": "-----Mensaje original-----\nDe: {other}\nEnviado el: {day} {time}\nPara: {me}\nAsunto: {subject}\n\n",
        "reply2": "El {day} a las {time}, {other} escribió:\n",
        "forward": "---------- Mensaje reenviado ---------\nDe: {other}\nFecha: {day}\nAsunto: {subject}\n\n",
        "fw": ["RV: ", "RE: ", "Fwd: ", "RE: RV: "],
    },
    "nl": {
        "greetings": ["Hoi {first},", "Beste {first},", "Goedemorgen,", "Hallo allemaal,", "Geachte heer {last},", ""],
        "signoffs": ["Groet,\n{me}", "Met vriendelijke groet,\n\n{me}\n{me_title}\n{company}\nT 030 {n}{n} {n}",
                     "Gr. {me_first}", "Bedankt!\n{me_first}", "", "Fijne dag,\n{me_first}"],
        "titles": ["Inkoper", "Accountmanager", "Office manager", "Projectleider"],
        "disclaimers": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht "
                        "ontvangt, wordt u verzocht de inhoud niet te gebruiken.",
                        "Op al onze diensten zijn de algemene voorwaarden van toepassing."],
        "reply": "-----Oorspronkelijk bericht-----\nVan: {other}\nVerzonden: {day} {time}\nAan: {me}\n"
                 "Onderwerp: {subject}\n\n",
        "reply2": "Op {day} om {time} schreef {other}:\n",
        "forward": "---------- Doorgestuurd bericht ---------\nVan: {other}\nDatum: {day}\nOnderwerp: {subject}\n\n",
        "fw": ["FW: ", "RE: ", "Fwd: ", "Antw: "],
    },
}

# Per language and kind: subjects, and core sentences (a message takes one to four). Kinds whose mail comes from
# a machine (alerts, shops, accounts, services) get no personal greeting, quote or forward.
AUTOMATED = frozenset({"job_board", "career_news", "cv_service", "ats_chore", "shop", "noreply"})

TEXT = {
    "en": {
        "deal": {
            "subjects": ["Revised offer", "Price quote {ref}", "Our proposal for {company}", "Offer for {product}",
                         "Pricing for Q3", "Bid due {day}", "Counter-offer from {company}", "Updated price sheet",
                         "Term sheet - final", "Quote request"],
            "core": [
                "Attached is our revised offer for the supply of {product}, valid until the end of the month.",
                "They came back with a counter-offer at {amount}; I think we can live with it.",
                "Please find our quotation {ref} attached; prices exclude VAT and delivery.",
                "Can you check whether the offer we sent {company} still reflects the current index price?",
                "Our best and final offer is {amount}, and we need an answer by {day}.",
                "The buyer accepted the offer subject to board approval.",
                "I've updated the price sheet with the new rates for the second half of the year.",
                "We are prepared to offer a volume discount of 5% on orders above {n} units.",
                "Let me know if you want me to resubmit the bid with the revised quantities.",
                "The term sheet reflects what we agreed on the call: fixed price, {n}-month term, monthly billing.",
                "Their offer includes installation but not the annual maintenance.",
                "We withdrew our offer after they changed the delivery point.",
                "I need your sign-off on the pricing before we send the proposal out.",
                "The offer letter to the landowner went out this morning by courier.",
            ],
        },
        "contract": {
            "subjects": ["Contract for signature", "Master agreement - comments", "NDA", "Amendment #{n}",
                         "Draft ISDA", "Redline attached", "Contract renewal", "Confirmation {ref}",
                         "Lease extension", "Legal review of the agreement"],
            "core": [
                "Attached is the redline of the master agreement with our comments in section {n}.",
                "Please sign the NDA and return a scanned copy so we can share the data room.",
                "Legal has reviewed the amendment and has no further comments.",
                "The contract renews automatically on {day} unless either party gives notice.",
                "Can you confirm the deal terms so I can issue the confirmation {ref}?",
                "I've marked up the termination clause; the notice period should be 90 days, not 30.",
                "We still need the executed copy of the lease extension for our files.",
                "The counterparty wants to add a credit support annex before they sign.",
                "Their lawyers have asked for a call on {day} to walk through the indemnity language.",
                "Once both parties sign, the agreement takes effect on the first of next month.",
                "Please review the attached contract before our meeting; the payment terms changed.",
                "I am forwarding the signed confirmation for your records.",
            ],
        },
        "meeting": {
            "subjects": ["Meeting moved to {day}", "Agenda for {day}", "Staff meeting", "Conference call at {time}",
                         "Offsite schedule", "Updated schedule", "Can we meet {day}?", "Lunch meeting",
                         "Weekly status call", "Room change", "Invitation: project kickoff"],
            "core": [
                "The staff meeting has been moved to {day} at {time} in conference room 32C.",
                "Here is the agenda for {day}; please send me any additional items by noon.",
                "Can we find 30 minutes on {day} to go through the schedule for the rollout?",
                "The weekly status call will start at {time} from now on; dial-in details are unchanged.",
                "Please block your calendars for the offsite on {day}; the detailed schedule follows.",
                "I'm out of the office until {day}, so let's push our meeting to the following week.",
                "The kickoff is confirmed for {day} at {time}; lunch will be provided.",
                "Minutes from yesterday's meeting are attached, with the action items highlighted.",
                "Is {time} still good for you, or should we move the call?",
                "The schedule for the site visit is attached: arrival {time}, tour, then a working lunch.",
                "We need a meeting with {company} before the end of the month to settle the open points.",
                "Please accept the calendar invitation so the room stays booked.",
            ],
        },
        "review": {
            "subjects": ["Mid-year review", "Review of the draft", "Performance review forms due", "Document review",
                         "Year-end PRC", "Please review", "Peer review", "Code review request", "Budget review"],
            "core": [
                "Please complete the self-assessment for your mid-year review by {day}.",
                "Could you review the draft report before I send it to {company}?",
                "Performance review forms for your direct reports are due on {day}.",
                "I've left comments on the presentation; the numbers on slide {n} need another look.",
                "The year-end review committee meets on {day} to finalise the rankings.",
                "Your feedback on the proposal would be appreciated before the review with senior management.",
                "The code review flagged two issues in the billing module.",
                "We reviewed the budget with finance and need to cut travel by 10%.",
                "Please nominate reviewers for your colleagues in the feedback system by Friday.",
                "I'll review the figures over the weekend and get back to you on {day}.",
            ],
        },
        "position": {
            "subjects": ["Position report", "Gas position {day}", "Our position on the tariff filing",
                         "Daily position summary", "Risk positions", "Re: open positions", "Position paper draft",
                         "Net position as of close"],
            "core": [
                "Attached is the daily position report as of close of business.",
                "Our net short position in the west region is {n} contracts.",
                "Please reconcile the open positions with the back office before {time}.",
                "The commission's position on the tariff filing has not changed.",
                "Our position is that the delivery charges are not payable under the contract.",
                "The risk group wants the positions marked to the new curve by tomorrow.",
                "I have drafted a position paper for the regulatory meeting; comments welcome.",
                "We closed out the position at {amount}, a small gain for the desk.",
                "Can you explain the change in the position between yesterday and today?",
                "Position limits for the new book were approved by the credit committee.",
            ],
        },
        "staffing": {
            "subjects": ["Organizational announcement", "Welcome {first}", "Farewell drinks", "Coverage while I'm out",
                         "Staffing for the project", "New assistant", "Headcount plan", "Org chart update",
                         "Intern lunch", "Re: staffing"],
            "core": [
                "Please join me in welcoming {first} {last}, who joins the team on {day} as {role}.",
                "{first} has accepted a position in our {city} office and will move there next month.",
                "After {n} years with the company, {first} is leaving us; drinks are on {day} at {time}.",
                "While I'm on leave, {first} will cover my accounts and approve expenses.",
                "We need two more people on the project; can your group lend us an {role} for a month?",
                "The updated org chart is attached; reporting lines change on the first of the month.",
                "Our new assistant starts {day}, so please send your travel requests to her from then on.",
                "Headcount for next year is flat, so any new role has to be offset elsewhere.",
                "The summer interns are presenting their projects on {day}; everyone is welcome.",
                "{first} will take over the role of team lead for the scheduling group.",
                "Can you sit in on the interview panel for the {role} candidate on {day}? I'll send the resume.",
                "HR asked each manager to update job descriptions for their team by the end of the quarter.",
            ],
        },
        # Hiring seen from inside a company: the reader interviews, refers or onboards someone else.
        "hiring_inside": {
            "subjects": ["Interview schedule for {day}", "Candidates for the {role} opening", "Resume for your review",
                         "Campus recruiting", "Referral", "Offer approved", "Interview feedback needed",
                         "Superday logistics", "New hire paperwork", "Summer associates"],
            "core": [
                "Attached is the interview schedule for the three {role} candidates coming in on {day}.",
                "Can you be on the interview team for the {role} position next week? Each slot is 45 minutes.",
                "Here is the resume of a friend of mine who is looking for a {role} job; could you pass it on?",
                "Please send your interview feedback on {first} to recruiting by {day}.",
                "We extended an offer to the candidate you met last week and she accepted; she starts on {day}.",
                "Recruiting needs two volunteers to interview students at the career fair in {city}.",
                "The hiring manager approved the offer, so HR will send the letter today.",
                "I reviewed the resumes for the {role} opening and shortlisted four of them for phone screens.",
                "Please make sure the new hire's laptop and badge are ready before {day}.",
                "The summer associates arrive on {day}; each needs a mentor from your group.",
                "Our analyst recruiting dinner is on {day} at {time}; please let me know if you can host a table.",
                "The candidate declined our offer, so we are reopening the search.",
                "I've posted the {role} job on the intranet; referrals get the usual bonus.",
                "{first} interviewed well but the team prefers to hire someone with trading experience.",
                "Please complete the evaluation form for each candidate you interviewed.",
                "Headhunters keep calling about the {role} vacancy; please route them to HR.",
            ],
        },
        "admin": {
            "subjects": ["Expense report", "Invoice {ref}", "Travel booking", "Attached files", "FYI",
                         "Building maintenance {day}", "IT outage tonight", "Parking passes", "Q2 results",
                         "Timesheets due", "Budget template"],
            "core": [
                "Please see the attached spreadsheet with the updated numbers.",
                "My expense report for the {city} trip is in the system for approval.",
                "Invoice {ref} for {amount} is attached; payment is due within 30 days.",
                "Your flight to {city} is booked; the itinerary is attached.",
                "The e-mail servers will be down tonight from 10 pm for maintenance.",
                "Timesheets are due by {time} on {day}, as payroll runs early this month.",
                "FYI - see the note below from accounting about the new cost centres.",
                "The elevators in the north tower will be out of service on {day}.",
                "Q2 results are attached; revenue was up {n}% on last year.",
                "Here is the file you asked for. Let me know if it doesn't open.",
                "Parking passes for the new garage can be picked up at the front desk.",
                "I've shared the folder with you; everything for the audit is in there.",
            ],
        },
        "press": {
            "subjects": ["Interview request from the Chronicle", "Podcast interview", "Press call {day}",
                         "Customer interviews for the case study", "Media training", "Panel at the conference"],
            "core": [
                "A reporter from the Chronicle would like to interview our CEO about the merger.",
                "Thanks for agreeing to the podcast interview; the recording takes about an hour.",
                "We're conducting customer interviews for the case study and would like to talk to your team.",
                "Media training for spokespeople is scheduled for {day} at {time}.",
                "The journalist will send her questions ahead of the interview.",
                "Could you join the panel discussion at the conference in {city}?",
                "We interviewed {n} users about the new portal; the summary is attached.",
            ],
        },
        "job_board": {
            "subjects": ["{n} new jobs for you", "Jobs matching '{role}' in {city}", "Your daily job alert",
                         "Recommended jobs", "New roles at companies you follow", "Job alert: {role}",
                         "Don't miss these openings"],
            "core": [
                "{n} new jobs match your alert for {role} in {city}.",
                "These jobs were picked for you based on your search history.",
                "Apply now to be one of the first applicants.",
                "Companies you follow posted new roles this week.",
                "See all jobs matching your saved search.",
                "Easy apply is available for {n} of these jobs.",
                "You are receiving this job alert because you subscribed to it; manage alerts in settings.",
                "Senior {role} - {company} - {city} - posted 2 days ago.",
                "Stop receiving these alerts at any time.",
                "Jobs near {city} paying above your target salary.",
            ],
        },
        "career_news": {
            "subjects": ["This week in careers", "How to ace your next interview", "Salary trends 2025",
                         "Webinar: negotiating an offer", "Your career newsletter", "5 resume mistakes to avoid",
                         "Career fair next week"],
            "core": [
                "This week: how to answer the salary question in an interview.",
                "Join our free webinar on negotiating a job offer.",
                "Five resume mistakes recruiters see every day, and how to avoid them.",
                "Our salary survey shows pay rising fastest in data roles.",
                "Meet employers from {n} companies at the virtual career fair on {day}.",
                "Read the full article on our blog.",
                "Career advice from hiring managers, every Tuesday in your inbox.",
                "Unsubscribe or change your newsletter preferences here.",
                "Tips for your first 90 days in a new role.",
            ],
        },
        "cv_service": {
            "subjects": ["Your free resume review", "Get more interviews", "Your CV score", "Upgrade to Premium",
                         "Professional resume writing - 20% off", "Auto-apply is ready"],
            "core": [
                "Our experts reviewed your resume: it scored {n}/100.",
                "Upgrade to Premium and apply to {n} jobs a day automatically.",
                "A professional writer can rewrite your CV for {amount}.",
                "Candidates with a keyword-optimised resume get more interviews.",
                "Your free trial ends in three days.",
                "Let our assistant tailor a cover letter for every application.",
                "Book a session with a career coach this week.",
                "Get noticed by recruiters: complete your profile.",
            ],
        },
        "ats_chore": {
            "subjects": ["Verify your email address", "Reset your password", "Your candidate account has been created",
                         "Complete your profile", "Your sign-in code", "Welcome to our careers site",
                         "Account security notice"],
            "core": [
                "Please verify your email address to activate your candidate account.",
                "We received a request to reset the password for your careers account.",
                "Your account on the {company} careers site has been created.",
                "Your verification code is {n}8841; it expires in 10 minutes.",
                "Your profile is 70% complete; add your work history to finish it.",
                "If you did not request this change, you can ignore this message.",
                "Click the link below to set your password.",
                "For security, this link can be used only once.",
                "You can now save jobs and set up alerts from your account.",
            ],
        },
        "shop": {
            "subjects": ["Your order {ref} has shipped", "Thank you for your order", "Your receipt",
                         "Items in your basket", "Delivery update", "Your return has been processed",
                         "Thank you for your business", "Your subscription renews soon"],
            "core": [
                "Thank you for your order; we'll email you when it ships.",
                "Your order {ref} is on its way and should arrive on {day}.",
                "Your refund of {amount} has been issued to your card.",
                "Thank you for your business; your receipt is attached.",
                "Your subscription renews on {day} for {amount}.",
                "You left items in your basket. Complete your purchase before they sell out.",
                "Rate your recent purchase and help other shoppers.",
                "Your account has been created; start shopping now.",
                "Special offer for members: free delivery this weekend.",
                "The seller has confirmed your order and will dispatch it within two days.",
            ],
        },
        "noreply": {
            "subjects": ["Your statement is ready", "Important account notice", "Service update",
                         "Scheduled maintenance", "Your appointment is confirmed", "Security alert",
                         "Policy changes"],
            "core": [
                "This is an automated message from a no-reply address; please do not reply.",
                "Your monthly statement is ready to view online.",
                "We are updating our terms of service on {day}.",
                "Your appointment on {day} at {time} is confirmed.",
                "We noticed a new sign-in to your account.",
                "Scheduled maintenance will affect online banking on {day} between {time} and midnight.",
                "This mailbox is not monitored.",
            ],
        },
    },
    "fr": {
        "deal": {
            "subjects": ["Offre révisée", "Devis {ref}", "Proposition commerciale", "Nouveaux tarifs",
                         "Offre pour {product}", "Appel d'offres"],
            "core": [
                "Vous trouverez ci-joint notre offre révisée pour {product}, valable jusqu'à la fin du mois.",
                "Le client a fait une contre-proposition à {amount}.",
                "Merci de valider le devis {ref} avant vendredi.",
                "Nos nouveaux tarifs s'appliquent à partir du premier du mois.",
                "Nous pouvons vous offrir une remise de 5 % au-delà de {n} unités.",
                "Notre offre comprend l'installation mais pas la maintenance annuelle.",
                "La réponse à l'appel d'offres doit être déposée {day}.",
                "Pouvez-vous me confirmer que le prix proposé tient toujours ?",
            ],
        },
        "contract": {
            "subjects": ["Contrat à signer", "Avenant n° {n}", "Renouvellement du contrat", "Relecture juridique"],
            "core": [
                "Le contrat signé est en pièce jointe, merci de nous retourner un exemplaire.",
                "Le service juridique a relu l'avenant et n'a pas d'autre remarque.",
                "Le contrat est reconduit tacitement sauf résiliation avant {day}.",
                "J'ai modifié la clause de résiliation : le préavis doit être de trois mois.",
                "Merci de relire le contrat ci-joint avant notre réunion.",
                "Nous attendons toujours l'exemplaire signé du bail.",
            ],
        },
        "meeting": {
            "subjects": ["Réunion déplacée", "Ordre du jour", "Point hebdomadaire", "Planning du chantier",
                         "Invitation : lancement du projet", "Compte rendu de la réunion"],
            "core": [
                "La réunion d'équipe est déplacée à {day} à {time}, salle B.",
                "Voici l'ordre du jour de {day} ; envoyez-moi vos points d'ici midi.",
                "Le planning du chantier est mis à jour, voir la pièce jointe.",
                "Pouvons-nous prévoir un point de trente minutes {day} ?",
                "Le compte rendu de la réunion d'hier est en pièce jointe.",
                "Je suis absent jusqu'à {day}, décalons notre rendez-vous à la semaine suivante.",
                "Merci d'accepter l'invitation pour que la salle reste réservée.",
            ],
        },
        "review": {
            "subjects": ["Entretien annuel", "Relecture du rapport", "Revue budgétaire", "Vos commentaires"],
            "core": [
                "Merci de remplir votre auto-évaluation avant votre entretien annuel.",
                "Pourrais-tu relire le rapport avant que je l'envoie au client ?",
                "La revue budgétaire a lieu {day} avec la direction financière.",
                "J'ai ajouté mes commentaires sur la présentation, la diapositive {n} est à revoir.",
                "Les entretiens professionnels doivent être terminés avant la fin du mois.",
            ],
        },
        "position": {
            "subjects": ["Notre position sur le litige", "Point de trésorerie", "Note de position"],
            "core": [
                "Notre position sur les frais de livraison n'a pas changé.",
                "Vous trouverez ci-joint le point de trésorerie au {day}.",
                "J'ai rédigé une note de position pour la réunion avec la mairie.",
                "La position de l'assureur est que le sinistre n'est pas couvert.",
            ],
        },
        "staffing": {
            "subjects": ["Bienvenue à {first}", "Pot de départ", "Remplacement pendant mes congés",
                "Nouvelle organisation"],
            "core": [
                "Merci de souhaiter la bienvenue à {first} {last}, qui rejoint l'équipe {day} comme {role}.",
                "Après {n} ans parmi nous, {first} nous quitte ; un pot est prévu {day} à {time}.",
                "Pendant mes congés, {first} reprend mes dossiers.",
                "Le nouvel organigramme est en pièce jointe.",
                "Peux-tu participer au jury pour le poste de {role} {day} ? Je t'envoie le CV.",
            ],
        },
        "admin": {
            "subjects": ["Facture {ref}", "Note de frais", "Pièces jointes", "Coupure informatique", "Pour info"],
            "core": [
                "Veuillez trouver ci-joint la facture {ref} d'un montant de {amount}.",
                "Ma note de frais pour le déplacement à {city} est à valider.",
                "Le réseau sera coupé ce soir à partir de 22h pour maintenance.",
                "Pour info, voir le message ci-dessous de la comptabilité.",
                "Voici le fichier demandé, dis-moi s'il ne s'ouvre pas.",
                "Les feuilles de temps sont à rendre avant {day}.",
            ],
        },
        "job_board": {
            "subjects": ["{n} nouvelles offres pour vous", "Alerte emploi : {role}", "Offres recommandées"],
            "core": [
                "{n} nouvelles offres correspondent à votre alerte {role} à {city}.",
                "Ces offres ont été sélectionnées pour vous selon vos recherches.",
                "Postulez parmi les premiers.",
                "Gérez vos alertes dans votre espace personnel.",
                "Voir toutes les offres correspondant à votre recherche.",
            ],
        },
        "shop": {
            "subjects": ["Votre commande {ref} a été expédiée", "Merci pour votre commande", "Votre facture"],
            "core": [
                "Merci pour votre commande, nous vous prévenons dès son expédition.",
                "Votre colis sera livré {day}.",
                "Votre remboursement de {amount} a été effectué.",
                "Votre compte client a bien été créé.",
                "Offre spéciale : livraison gratuite ce week-end.",
            ],
        },
        "ats_chore": {
            "subjects": ["Confirmez votre adresse e-mail", "Réinitialisation du mot de passe",
                "Votre compte a été créé"],
            "core": [
                "Merci de confirmer votre adresse e-mail pour activer votre compte.",
                "Vous avez demandé la réinitialisation de votre mot de passe.",
                "Votre code de vérification est {n}8841.",
                "Votre compte sur notre espace carrières a été créé.",
                "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
            ],
        },
        "noreply": {
            "subjects": ["Votre relevé est disponible", "Rendez-vous confirmé", "Information importante"],
            "core": [
                "Ceci est un message automatique, merci de ne pas y répondre.",
                "Votre relevé mensuel est disponible dans votre espace client.",
                "Votre rendez-vous du {day} à {time} est confirmé.",
                "Nous mettons à jour nos conditions générales.",
            ],
        },
    },
    "de": {
        "deal": {
            "subjects": ["Überarbeitetes Angebot", "Angebot {ref}", "Preisanfrage", "Neue Preisliste",
                         "Angebot für {product}", "Ausschreibung"],
            "core": [
                "Anbei unser überarbeitetes Angebot für {product}, gültig bis Monatsende.",
                "Der Kunde hat ein Gegenangebot über {amount} gemacht.",
                "Bitte prüfen Sie das Angebot {ref} bis Freitag.",
                "Die neue Preisliste gilt ab dem Ersten des Monats.",
                "Ab {n} Stück können wir Ihnen 5 % Rabatt anbieten.",
                "Das Angebot enthält die Montage, aber nicht die jährliche Wartung.",
                "Die Unterlagen zur Ausschreibung müssen bis {day} eingereicht werden.",
                "Können Sie bestätigen, dass der angebotene Preis noch gilt?",
            ],
        },
        "contract": {
            "subjects": ["Vertrag zur Unterschrift", "Nachtrag Nr. {n}", "Vertragsverlängerung", "Rechtliche Prüfung"],
            "core": [
                "Anbei der unterschriebene Vertrag, bitte senden Sie uns ein Exemplar zurück.",
                "Die Rechtsabteilung hat den Nachtrag geprüft und keine Anmerkungen.",
                "Der Vertrag verlängert sich automatisch, wenn bis {day} nicht gekündigt wird.",
                "Ich habe die Kündigungsfrist im Entwurf auf drei Monate geändert.",
                "Bitte lesen Sie den Vertrag vor unserem Termin durch.",
                "Wir warten noch auf das unterschriebene Exemplar des Mietvertrags.",
            ],
        },
        "meeting": {
            "subjects": ["Besprechung verschoben", "Tagesordnung", "Jour fixe", "Terminplan Baustelle",
                         "Einladung: Projektstart", "Protokoll der Sitzung", "Terminabsage"],
            "core": [
                "Die Teambesprechung wird auf {day} um {time} verschoben, Raum 2.14.",
                "Hier die Tagesordnung für {day}; weitere Punkte bitte bis mittags an mich.",
                "Der Terminplan für die Baustelle ist aktualisiert, siehe Anhang.",
                "Können wir {day} eine halbe Stunde telefonieren?",
                "Das Protokoll der gestrigen Sitzung hängt an.",
                "Leider muss ich den Termin am {day} absagen, können wir ihn verschieben?",
                "Danke für die Zusage zum Termin am {day}.",
            ],
        },
        "review": {
            "subjects": ["Mitarbeitergespräch", "Bitte um Durchsicht", "Budgetrunde", "Ihre Anmerkungen"],
            "core": [
                "Bitte füllen Sie den Selbsteinschätzungsbogen vor Ihrem Jahresgespräch aus.",
                "Kannst du den Bericht durchsehen, bevor ich ihn an den Kunden schicke?",
                "Die Budgetrunde mit dem Controlling findet {day} statt.",
                "Ich habe die Präsentation kommentiert, Folie {n} müssen wir noch ändern.",
                "Die Mitarbeitergespräche sollen bis Monatsende abgeschlossen sein.",
            ],
        },
        "position": {
            "subjects": ["Unsere Position zum Einspruch", "Liquiditätsstatus", "Positionspapier"],
            "core": [
                "Unsere Position zu den Liefergebühren hat sich nicht geändert.",
                "Anbei der Liquiditätsstatus zum {day}.",
                "Ich habe ein Positionspapier für das Treffen mit der Stadt entworfen.",
                "Bitte prüfen Sie Position {n} der Rechnung, der Betrag stimmt nicht.",
            ],
        },
        "staffing": {
            "subjects": ["Willkommen {first}", "Abschied", "Vertretung während meines Urlaubs", "Neue Organisation"],
            "core": [
                "Bitte begrüßt {first} {last}, die ab {day} unser Team als {role} verstärkt.",
                "Nach {n} Jahren verlässt uns {first}; Umtrunk am {day} um {time}.",
                "Während meines Urlaubs vertritt mich {first}.",
                "Das neue Organigramm hängt an.",
                "Kannst du {day} beim Gespräch mit der Bewerberin für die {role}-Stelle dabei sein? Ich schicke"
                " dir den Lebenslauf.",
            ],
        },
        "admin": {
            "subjects": ["Rechnung {ref}", "Reisekostenabrechnung", "Anhänge", "IT-Wartung heute Abend", "Zur Info"],
            "core": [
                "Anbei die Rechnung {ref} über {amount}.",
                "Meine Reisekostenabrechnung für {city} liegt zur Freigabe vor.",
                "Das Netzwerk ist heute ab 22 Uhr wegen Wartung nicht erreichbar.",
                "Zur Info, siehe unten die Nachricht der Buchhaltung.",
                "Hier die gewünschte Datei, sag Bescheid, falls sie nicht aufgeht.",
                "Die Stundenzettel bitte bis {day} abgeben.",
                "Die neuen Einstellungen im Postfach gelten ab Montag.",
            ],
        },
        "job_board": {
            "subjects": ["{n} neue Jobs für Sie", "Jobalarm: {role}", "Empfohlene Stellen"],
            "core": [
                "{n} neue Jobs passen zu Ihrem Suchauftrag {role} in {city}.",
                "Diese Jobs wurden auf Basis Ihrer Suche für Sie ausgewählt.",
                "Jetzt als einer der Ersten bewerben.",
                "Verwalten Sie Ihre Jobalarme in Ihrem Konto.",
                "Alle passenden Stellen ansehen.",
            ],
        },
        "shop": {
            "subjects": ["Ihre Bestellung {ref} wurde versandt", "Danke für Ihre Bestellung", "Ihre Rechnung"],
            "core": [
                "Vielen Dank für Ihre Bestellung, wir melden uns, sobald sie versandt ist.",
                "Ihr Paket wird {day} zugestellt.",
                "Ihre Erstattung über {amount} wurde veranlasst.",
                "Ihr Kundenkonto wurde erfolgreich angelegt.",
                "Nur dieses Wochenende: versandkostenfrei bestellen.",
            ],
        },
        "ats_chore": {
            "subjects": ["Bestätigen Sie Ihre E-Mail-Adresse", "Passwort zurücksetzen", "Ihr Konto wurde erstellt"],
            "core": [
                "Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu aktivieren.",
                "Sie haben angefordert, Ihr Passwort zurückzusetzen.",
                "Ihr Bestätigungscode lautet {n}8841.",
                "Ihr Konto in unserem Karriereportal wurde angelegt.",
                "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.",
            ],
        },
        "noreply": {
            "subjects": ["Ihr Kontoauszug ist verfügbar", "Termin bestätigt", "Wichtige Information"],
            "core": [
                "Dies ist eine automatisch erstellte Nachricht, bitte antworten Sie nicht.",
                "Ihr Kontoauszug steht im Online-Banking bereit.",
                "Ihr Termin am {day} um {time} ist bestätigt.",
                "Wir aktualisieren unsere Allgemeinen Geschäftsbedingungen.",
            ],
        },
    },
    "es": {
        "deal": {
            "subjects": ["Oferta revisada", "Presupuesto {ref}", "Propuesta comercial", "Nuevas tarifas",
                         "Oferta de {product}", "Licitación"],
            "core": [
                "Adjunto nuestra oferta revisada para {product}, válida hasta final de mes.",
                "El cliente ha hecho una contraoferta de {amount}.",
                "Por favor, revisa el presupuesto {ref} antes del viernes.",
                "Las nuevas tarifas se aplican a partir del día uno.",
                "Podemos ofrecer un descuento del 5 % a partir de {n} unidades.",
                "La oferta incluye la instalación pero no el mantenimiento anual.",
                "La documentación de la licitación hay que entregarla {day}.",
                "¿Me confirmas si el precio ofertado sigue vigente?",
            ],
        },
        "contract": {
            "subjects": ["Contrato para firmar", "Adenda nº {n}", "Renovación del contrato", "Revisión jurídica"],
            "core": [
                "Adjunto el contrato firmado; por favor, devolvednos una copia.",
                "El departamento jurídico ha revisado la adenda y no tiene comentarios.",
                "El contrato se renueva automáticamente si no se denuncia antes de {day}.",
                "He cambiado el plazo de preaviso a tres meses en el borrador.",
                "Revisa el contrato adjunto antes de la reunión, por favor.",
                "Seguimos esperando la copia firmada del contrato de alquiler.",
            ],
        },
        "meeting": {
            "subjects": ["Reunión aplazada", "Orden del día", "Reunión semanal", "Calendario de obra",
                         "Convocatoria: arranque del proyecto", "Acta de la reunión"],
            "core": [
                "La reunión de equipo se pasa a {day} a las {time}, sala 3.",
                "Os envío el orden del día de {day}; mandadme más puntos antes de mediodía.",
                "El calendario de obra está actualizado, lo tenéis adjunto.",
                "¿Podemos hablar media hora {day}?",
                "Adjunto el acta de la reunión de ayer.",
                "Estoy fuera hasta {day}, así que movemos nuestra reunión a la semana siguiente.",
            ],
        },
        "review": {
            "subjects": ["Evaluación anual", "Revisión del informe", "Revisión del presupuesto", "Tus comentarios"],
            "core": [
                "Por favor, completa tu autoevaluación antes de la evaluación anual.",
                "¿Puedes revisar el informe antes de que se lo envíe al cliente?",
                "La revisión del presupuesto con finanzas es {day}.",
                "He dejado comentarios en la presentación; la diapositiva {n} hay que cambiarla.",
            ],
        },
        "position": {
            "subjects": ["Nuestra posición sobre la reclamación", "Posición de tesorería", "Documento de posición"],
            "core": [
                "Nuestra posición sobre los gastos de envío no ha cambiado.",
                "Adjunto la posición de tesorería a {day}.",
                "He redactado un documento de posición para la reunión con el ayuntamiento.",
                "El puesto de trabajo de recepción necesita un ordenador nuevo.",
            ],
        },
        "staffing": {
            "subjects": ["Bienvenida a {first}", "Despedida", "Sustitución durante mis vacaciones",
                "Nuevo organigrama"],
            "core": [
                "Dad la bienvenida a {first} {last}, que se incorpora {day} como {role}.",
                "Después de {n} años, {first} nos deja; hay despedida {day} a las {time}.",
                "Durante mis vacaciones, {first} se encarga de mis clientes.",
                "Adjunto el nuevo organigrama.",
                "¿Puedes estar {day} en la entrevista con la candidata para el puesto de {role}? Te paso el"
                " currículum.",
            ],
        },
        "admin": {
            "subjects": ["Factura {ref}", "Nota de gastos", "Archivos adjuntos", "Corte informático",
                "Para tu información"],
            "core": [
                "Adjunto la factura {ref} por importe de {amount}.",
                "Mi nota de gastos del viaje a {city} está pendiente de aprobar.",
                "Esta noche la red estará cortada desde las 22:00 por mantenimiento.",
                "Para tu información, mira el mensaje de contabilidad más abajo.",
                "Aquí tienes el archivo que pediste.",
                "Los partes de horas hay que entregarlos antes de {day}.",
            ],
        },
        "job_board": {
            "subjects": ["{n} nuevas ofertas para ti", "Alerta de empleo: {role}", "Empleos recomendados"],
            "core": [
                "{n} nuevas ofertas coinciden con tu alerta de {role} en {city}.",
                "Hemos seleccionado estas ofertas según tus búsquedas.",
                "Inscríbete de los primeros.",
                "Gestiona tus alertas en tu cuenta.",
                "Ver todas las ofertas de tu búsqueda.",
            ],
        },
        "shop": {
            "subjects": ["Tu pedido {ref} ha sido enviado", "Gracias por tu compra", "Tu factura"],
            "core": [
                "Gracias por tu pedido; te avisaremos cuando salga.",
                "Tu paquete llegará {day}.",
                "Hemos emitido tu reembolso de {amount}.",
                "Tu cuenta de cliente se ha creado correctamente.",
                "Solo este fin de semana: envío gratis.",
            ],
        },
        "ats_chore": {
            "subjects": ["Confirma tu correo electrónico", "Restablecer contraseña", "Tu cuenta ha sido creada"],
            "core": [
                "Confirma tu dirección de correo para activar tu cuenta.",
                "Has solicitado restablecer tu contraseña.",
                "Tu código de verificación es {n}8841.",
                "Tu cuenta en nuestro portal de empleo ha sido creada.",
                "Si no has sido tú, ignora este mensaje.",
            ],
        },
        "noreply": {
            "subjects": ["Tu extracto está disponible", "Cita confirmada", "Información importante"],
            "core": [
                "Este es un mensaje automático, por favor no respondas.",
                "Tu extracto mensual está disponible en la banca online.",
                "Tu cita del {day} a las {time} está confirmada.",
                "Actualizamos nuestras condiciones generales.",
            ],
        },
    },
    "nl": {
        "deal": {
            "subjects": ["Herziene offerte", "Offerte {ref}", "Prijsaanvraag", "Nieuwe prijslijst",
                         "Aanbod voor {product}", "Aanbesteding"],
            "core": [
                "In de bijlage onze herziene offerte voor {product}, geldig tot het einde van de maand.",
                "De klant heeft een tegenbod gedaan van {amount}.",
                "Wil je offerte {ref} voor vrijdag bekijken?",
                "De nieuwe prijslijst geldt vanaf de eerste van de maand.",
                "Vanaf {n} stuks kunnen we 5% korting bieden.",
                "Het aanbod is inclusief installatie maar zonder jaarlijks onderhoud.",
                "De stukken voor de aanbesteding moeten {day} binnen zijn.",
                "Kun je bevestigen dat de aangeboden prijs nog geldt?",
            ],
        },
        "contract": {
            "subjects": ["Contract ter ondertekening", "Addendum nr. {n}", "Verlenging contract", "Juridische check"],
            "core": [
                "Bijgaand het getekende contract; graag een exemplaar retour.",
                "Juridische zaken heeft het addendum bekeken en heeft geen opmerkingen.",
                "Het contract wordt stilzwijgend verlengd als het niet voor {day} wordt opgezegd.",
                "Ik heb de opzegtermijn in het concept op drie maanden gezet.",
                "Lees het contract in de bijlage even door voor ons overleg.",
                "We wachten nog op het getekende huurcontract.",
            ],
        },
        "meeting": {
            "subjects": ["Overleg verplaatst", "Agenda", "Weekoverleg", "Planning bouw", "Uitnodiging: kick-off",
                         "Notulen van het overleg"],
            "core": [
                "Het teamoverleg is verplaatst naar {day} om {time}, zaal 4.",
                "Hierbij de agenda voor {day}; extra punten graag voor de lunch.",
                "De planning van de bouw is bijgewerkt, zie bijlage.",
                "Kunnen we {day} een half uur bellen?",
                "De notulen van het overleg van gisteren zitten in de bijlage.",
                "Ik ben weg tot {day}, dus laten we ons gesprek een week opschuiven.",
            ],
        },
        "review": {
            "subjects": ["Beoordelingsgesprek", "Graag je feedback", "Budgetronde", "Review van het rapport"],
            "core": [
                "Vul je zelfevaluatie in voor je jaarlijkse beoordelingsgesprek.",
                "Kun je het rapport nalezen voordat ik het naar de klant stuur?",
                "De budgetronde met financiën is {day}.",
                "Ik heb opmerkingen gezet bij de presentatie; dia {n} moet anders.",
            ],
        },
        "position": {
            "subjects": ["Ons standpunt over de claim", "Kaspositie", "Positiepapier"],
            "core": [
                "Ons standpunt over de bezorgkosten is niet veranderd.",
                "In de bijlage de kaspositie per {day}.",
                "Ik heb een positiepapier geschreven voor het overleg met de gemeente.",
                "De positie van de verzekeraar is dat de schade niet gedekt is.",
            ],
        },
        "staffing": {
            "subjects": ["Welkom {first}", "Afscheid", "Vervanging tijdens mijn vakantie", "Nieuw organogram"],
            "core": [
                "Heet {first} {last} welkom, die {day} bij ons begint als {role}.",
                "Na {n} jaar gaat {first} ons verlaten; afscheidsborrel {day} om {time}.",
                "Tijdens mijn vakantie neemt {first} mijn klanten over.",
                "Het nieuwe organogram zit in de bijlage.",
                "Kun je {day} bij het gesprek met de kandidaat voor de functie van {role} zijn? Ik stuur je het cv.",
            ],
        },
        "admin": {
            "subjects": ["Factuur {ref}", "Declaratie", "Bijlagen", "Storing vanavond", "Ter info"],
            "core": [
                "Bijgaand factuur {ref} van {amount}.",
                "Mijn declaratie voor de reis naar {city} staat klaar voor goedkeuring.",
                "Het netwerk is vanavond vanaf 22.00 uur niet bereikbaar wegens onderhoud.",
                "Ter info, zie het bericht van de administratie hieronder.",
                "Hier het bestand waar je om vroeg.",
                "De urenstaten graag voor {day} inleveren.",
            ],
        },
        "job_board": {
            "subjects": ["{n} nieuwe vacatures voor jou", "Vacature-alert: {role}", "Aanbevolen banen"],
            "core": [
                "{n} nieuwe vacatures passen bij je zoekopdracht {role} in {city}.",
                "Deze banen zijn voor je geselecteerd op basis van je zoekgedrag.",
                "Reageer als een van de eersten.",
                "Beheer je vacature-alerts in je account.",
                "Bekijk alle vacatures voor je zoekopdracht.",
            ],
        },
        "shop": {
            "subjects": ["Je bestelling {ref} is verzonden", "Bedankt voor je bestelling", "Je factuur"],
            "core": [
                "Bedankt voor je bestelling; we laten het weten zodra hij verzonden is.",
                "Je pakket wordt {day} bezorgd.",
                "Je terugbetaling van {amount} is verwerkt.",
                "Je klantaccount is aangemaakt.",
                "Alleen dit weekend: gratis verzending.",
            ],
        },
        "ats_chore": {
            "subjects": ["Bevestig je e-mailadres", "Wachtwoord opnieuw instellen", "Je account is aangemaakt"],
            "core": [
                "Bevestig je e-mailadres om je account te activeren.",
                "Je hebt gevraagd je wachtwoord opnieuw in te stellen.",
                "Je verificatiecode is {n}8841.",
                "Je account op ons werken-bij-portaal is aangemaakt.",
                "Heb je dit niet aangevraagd, negeer dan dit bericht.",
            ],
        },
        "noreply": {
            "subjects": ["Je afschrift staat klaar", "Afspraak bevestigd", "Belangrijke informatie"],
            "core": [
                "Dit is een automatisch bericht, je kunt hier niet op antwoorden.",
                "Je maandafschrift staat klaar in de app.",
                "Je afspraak op {day} om {time} is bevestigd.",
                "We passen onze algemene voorwaarden aan.",
            ],
        },
    },
}


def _half(items: list[str], split: str) -> list[str]:
    """Every other item for one split: the two halves share no sentence (a list of one goes to both)."""
    if len(items) < 2:
        return list(items)
    return items[SPLITS.index(split)::2]


def _fill(text: str, slots: dict) -> str:
    return text.format(**slots)


def message(rng: random.Random, lang: str, kind: str, split: str) -> dict:
    """One message of `kind` in `lang`, from the `split` half of the sentences: subject, body, sender, label."""
    fill = FILL[lang]
    frame = FRAME[lang]
    slots = {key: rng.choice(values) for key, values in fill.items()}
    me_first, me_last = rng.choice(fill["first"]), rng.choice(fill["last"])
    slots.update(me=f"{me_first} {me_last}", me_first=me_first, me_title=rng.choice(frame["titles"]),
                 other=f"{rng.choice(fill['first'])} {rng.choice(fill['last'])}")
    spec = TEXT[lang][kind]
    subject = _fill(rng.choice(_half(spec["subjects"], split)), slots)
    core = _half(spec["core"], split)
    lines = [_fill(s, slots) for s in rng.sample(core, min(len(core), rng.choice((1, 1, 2, 2, 3, 4))))]
    automated = kind in AUTOMATED
    parts = []
    if not automated:
        greeting = _fill(rng.choice(frame["greetings"]), slots)
        if greeting:
            parts.append(greeting)
    # People write a paragraph; machines put each line apart.
    parts += lines if automated or rng.random() < 0.4 else [" ".join(lines)]
    if not automated:
        signoff = _fill(rng.choice(frame["signoffs"]), slots)
        if signoff:
            parts.append(signoff)
    if rng.random() < 0.25:
        parts.append(_fill(rng.choice(frame["disclaimers"]), slots))
    body = "\n\n".join(parts)
    if not automated and rng.random() < 0.35:
        # A reply above the message it answers, or a forward of it.
        earlier = "\n".join(_fill(s, slots) for s in rng.sample(core, min(len(core), 2)))
        wrapper = rng.choice(("reply", "reply2", "forward"))
        header = _fill(frame[wrapper], {**slots, "subject": subject})
        if wrapper == "reply2":
            earlier = "\n".join("> " + line for line in earlier.splitlines())
        if wrapper == "forward":
            body = _fill(rng.choice(("FYI", "See below.", "", "Please handle.")), slots) + "\n\n" + header + body
        else:
            body = body + "\n\n" + header + earlier
        subject = rng.choice(frame["fw"]) + subject
    domain = slots["company"].split()[0].lower().replace("&", "")
    sender = (f"no-reply@{domain}.example" if automated
              else f"{slots['other']} <{slots['other'].split()[0].lower()}@{domain}.example>")
    return {"subject": subject, "body": body, "sender": sender, "label": "other", "lang": lang, "kind": kind}


def generate(split: str, per_kind: dict[str, int], seed: int, kinds: dict[str, int] | None = None) -> list[dict]:
    """Messages of every language and kind from one half: `per_kind` says how many per (language, kind) for each
    language code; `kinds` gives some kinds another count. Deterministic for a seed."""
    rng = random.Random(f"{seed}-{split}" + (f"-{sorted(kinds)}" if kinds else ""))
    out = []
    for lang, count in per_kind.items():
        for kind in TEXT[lang]:
            out += [message(rng, lang, kind, split) for _ in range((kinds or {}).get(kind, count))]
    return out
