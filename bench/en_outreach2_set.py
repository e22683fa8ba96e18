"""Recruiter outreach read from the letter itself, against what is pasted, quoted or forwarded below it, and the
mail that only looks like an approach: a second set (the first is bench/en_outreach_set.py).

Written for this project (never real mail), 2018-2026 styles, by writers unlike the first set's: agency
consultants who paste the client's job description (its "Responsibilities", "Requirements", "About us" and "What
we offer", in every language) or forward the client's posting under a line of their own, in-house recruiters whose
signature carries the company's boilerplate or who quote their earlier thread below ("-----Original Message-----",
"> " lines), approaches the reader forwarded to themselves from a text or a WhatsApp chat, two-line notes from a
hiring manager, contract and IT vendors with rate, CTC and visa lines; about a quarter in French, German, Spanish
and Dutch. Against them, `other` mail that only looks like outreach: students and juniors asking the reader for
advice, a chat about their career or a referral, a recruiter asking the reader to refer somebody else, alumni and
mentoring programmes, sales prospecting that speaks of roles and positions, job alerts and "is hiring" posts, a
recruiter's weekly newsletter of roles. And the job-mail neighbours: an interview on the reader's own application,
an agency's rejection, an agency's acknowledgement.

The set is split by writer. The "tune" writers may be read while the classifier is changed; the "report" writers
are measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages; `bench/mail_en_outreach2.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from en_letters import Dress, Writer, letters

OUT, OTHER, INTERVIEW, REJ, ACK = ("recruiter_outreach", "other", "interview", "rejection", "application_ack")
NAMES = ("Oluwaseun", "Bridget", "Kenji", "Annelie", "Mateus", "Yasmin", "Declan", "Siobhan", "Thandiwe", "Radek",
         "Wen", "Ciaran", "Margaux", "Emre", "Hanna", "Ifeoma")


W: list[Writer] = []

# ================================================================================================= tune writers
JD_BRISTOL = ("\n\n---\nJOB DESCRIPTION\n\nAbout the company\nOur client is a Tier 1 aerospace supplier working in "
              "long-term partnership with the major airframers. They are growing their Filton site.\n\n"
              "Responsibilities\n- Own the stress analysis of composite wing structures\n- Support certification "
              "and partnership programmes with OEMs\n- Mentor two graduate engineers\n\nRequirements\n- Degree in "
              "Aeronautical or Mechanical Engineering\n- 5+ years with Nastran/Patran\n- Eligible for SC clearance"
              "\n\nWhat's on offer\n- £58,000 - £66,000 + 10% bonus\n- Hybrid, 3 days on site\n- Fast track your "
              "application process: interviews held within 5 working days of your application")
W.append(Writer(
    "agency-bristol-aero", "tune", "tom.heaney@severnrecruit.example.co.uk",
    "Best,\nTom Heaney\nPrincipal Consultant - Aerospace & Defence\nSevern Engineering Recruitment",
    "Severn Engineering Recruitment Ltd is acting as an Employment Agency in relation to this vacancy.",
    dress="html",
    messages=[
        (OUT, "Stress Engineer (Composites) - Filton", "Hi {name},\n\nI came across your profile while searching for "
         "composite stress engineers in the South West and think you could be a great match for a permanent role "
         "I'm handling at Filton. I've pasted the spec below. If it sparks any interest, could we have a quick call "
         "tomorrow or Friday?" + JD_BRISTOL),
        (OUT, "Re: Stress Engineer (Composites) - Filton", "Hi {name},\n\nJust bumping this up your inbox. The "
         "hiring team are keen to see a shortlist next week and I'd like to include you if it appeals. Happy to "
         "talk after 6pm if that's easier." + JD_BRISTOL),
        (OUT, "Senior Loads Engineer - might suit you?", "Hi {name},\n\nAnother one I think is right up your street: "
         "a Senior Loads Engineer post with a helicopter manufacturer near Yeovil, salary up to £70k. Worth a "
         "ten minute chat?"),
        (OUT, "Your Nastran background", "Morning {name},\n\nA client of mine is building a new analysis cell in "
         "Gloucester and asked me to find people with exactly your Nastran and fatigue experience. Nothing is "
         "advertised yet. Would you be open to hearing about it?"),
        (INTERVIEW, "Interview confirmed - Design Engineer, Bath", "Hi {name},\n\nThanks for applying for the Design "
         "Engineer vacancy through our website. The client would like to meet you at their Bath office on Tuesday "
         "14th at 10:30. Please confirm and I'll send the address and who you'll be meeting."),
        (REJ, "Design Engineer, Bath - feedback", "Hi {name},\n\nI've heard back from the client. They thought you "
         "interviewed well but have gone with someone who already holds SC clearance, so unfortunately they won't "
         "be progressing your application. Sorry it isn't better news."),
        (ACK, "We've received your application - CAD Technician", "Hi {name},\n\nThank you for applying for the CAD "
         "Technician role via Severn Engineering Recruitment. A consultant will review your CV against the client's "
         "requirements and be in touch within three working days if you are a match."),
    ]))

W.append(Writer(
    "whatsapp-forward-self", "tune", "{name}@personalmail.example",
    "",
    messages=[
        (OUT, "Fwd: WhatsApp from recruiter", "---------- Forwarded message ---------\nFrom: WhatsApp export\n\n"
         "[09:14] Daniel Kerr (Apex Talent): Hi {name}, Daniel from Apex Talent here, hope you don't mind the "
         "message. I've got a Head of Platform role with a Series B fintech in Shoreditch, up to £140k. Would you "
         "be up for a call later this week?"),
        (OUT, "note to self - text from recruiter", "Saving this so I don't lose it.\n\nText from +44 7700 900412:\n"
         "\"Hey {name}, it's Priya at Loop Recruitment. Got a contract DevOps gig, 6 months outside IR35, £600/day, "
         "fully remote. Any interest? Can ring you at lunch.\""),
        (OUT, "Fwd: message", "Begin forwarded message:\n\nFrom: Marcus <marcus.t@fieldhousetalent.example>\nSubject: "
         "quick one\n\nHi {name} - saw you're at Cartwright now. I'm hiring for a principal engineer on my team at "
         "Fieldhouse, would love 20 mins to tell you about it. Free Thursday?"),
        (OTHER, "Fwd: group chat job post", "---------- Forwarded message ---------\n\n[Product People UK group] "
         "Anna: Hey all, my company Brindle is hiring loads of engineers and PMs this quarter, check our careers "
         "page and tag anyone who might be keen!"),
        (OTHER, "Fwd: WhatsApp from Mum", "---------- Forwarded message ---------\n\nMum: Don't forget Auntie "
         "Joy's birthday lunch on Sunday, 1pm. Can you bring the cake from the bakery?"),
        (OUT, "text from Sam", "Forwarding to myself:\n\nSam (ex-Cartwright): mate my boss wants a lead QA for our "
         "new payments squad, told her about you, can she give you a call?"),
    ]))

JD_VENDOR = ("\n\nJob Title: Salesforce Technical Architect\nLocation: Dallas, TX (Onsite 3 days)\nDuration: 12+ "
             "Months\nRate: $85/hr C2C\n\nJob Description:\n* 12+ years of Salesforce experience\n* Strong in Apex, "
             "LWC, integration patterns\n* Experience with partnership with business stakeholders\n* Certified "
             "Application Architect preferred\n\nRequired Skills:\n* Sales Cloud, Service Cloud\n* CI/CD with "
             "Copado\n* Excellent communication")
W.append(Writer(
    "us-vendor-rates", "tune", "sandeep.k@trinitytechsol.example.com",
    "Regards,\nSandeep Kumar\nTechnical Recruiter | Trinity Tech Solutions Inc\nDirect: 469-555-0112",
    "Disclaimer: If you are not interested in receiving our e-mails then please reply with a \"REMOVE\" in the "
    "subject line.",
    messages=[
        (OUT, "Salesforce Technical Architect - Dallas TX - C2C", "Hello {name},\n\nHope you are doing well. This is "
         "Sandeep from Trinity Tech. I came across your profile and have an immediate opening with our direct "
         "client. Please find the details below and let me know if you are interested." + JD_VENDOR),
        (OUT, "RE: Salesforce Technical Architect - Dallas TX", "Hi {name},\n\nFollowing up on my below email. Please "
         "share your updated resume and a good time to talk if interested.\n\n-----Original Message-----\nFrom: "
         "Sandeep Kumar\nSent: Monday\nSubject: Salesforce Technical Architect - Dallas TX - C2C\n\nHello {name}, "
         "I came across your profile and have an immediate opening with our direct client." + JD_VENDOR),
        (OUT, "Java Lead - Remote - W2 only", "Hi {name}, we have a Java Lead role (remote, W2 $72/hr). Are you "
         "open to it? Call me at 469-555-0112."),
        (OTHER, "Bench consultants available - Trinity Tech", "Hi Partner,\n\nGood morning! Please find below our "
         "bench consultants available for C2C.\n\n- Sr Java Developer - 11 yrs - Dallas - H1B\n- Data Engineer - "
         "8 yrs - Remote - GC\n- SAP ABAP - 14 yrs - NJ - USC\n\nKindly add me to your vendor list."),
        (OTHER, "Requirement: please share profiles - .NET Lead", "Hi Team,\n\nPlease share suitable profiles for "
         "the below requirement with rate and visa.\n\nRole: .NET Lead\nLocation: Irving, TX\nRate: $70/hr C2C"
         "\n\nSubmissions by EOD."),
        (INTERVIEW, "Client interview - Salesforce Developer", "Hi {name},\n\nThanks for applying to the Salesforce "
         "Developer role I posted on Dice. The client reviewed your resume and wants a 45 minute technical "
         "interview on Thursday at 2 PM CST. Please confirm."),
        (REJ, "Submission update", "Hi {name},\n\nThe client has put your submission on hold and selected another "
         "consultant for the Salesforce Developer role. Sorry about that, I will keep you posted on new roles."),
    ]))

W.append(Writer(
    "students-asking-advice", "tune", "various@studentmail.example.ac.uk",
    "",
    messages=[
        (OTHER, "Advice on breaking into data science?", "Hi {name},\n\nI'm a final-year maths student at Leeds and "
         "I found your talk on forecasting really inspiring. I'm trying to decide between a grad scheme and a "
         "master's. Would you have 15 minutes for a call to share how you got into your role? I'd really value "
         "your advice.\n\nThanks so much,\nAbi"),
        (OTHER, "Referral for the graduate analyst position?", "Dear {name},\n\nI hope you don't mind me reaching "
         "out. I'm applying for the Graduate Analyst position at your company and noticed we went to the same "
         "school. Would you be willing to refer me, or have a quick chat about the team?\n\nBest wishes,\nJonah"),
        (OTHER, "Coffee chat request", "Hey {name}! I'm a junior developer (8 months in) and I'm trying to work out "
         "whether to specialise in backend or platform work. You've done both - could I buy you a coffee and pick "
         "your brain about your career path?\n\nCheers, Femi"),
        (OTHER, "Could you look over my CV?", "Hi {name},\n\nWe met at the careers fair last week. You kindly "
         "offered to look over my CV - I've attached it. I'm aiming for junior UX roles and would love any "
         "feedback before I start applying.\n\nMany thanks,\nLaura"),
        (OTHER, "Informational interview - sustainability consulting", "Dear {name},\n\nI am a second-year "
         "environmental science student exploring careers in sustainability consulting. Would you be open to a "
         "20 minute informational interview about your job and how you got there?\n\nKind regards,\nDev"),
        (OTHER, "thank you!", "Hi {name}, just wanted to say thanks for the chat last week - I took your advice and "
         "applied for the internship, fingers crossed!\n\nRosa"),
    ]))

W.append(Writer(
    "recruiter-asks-referral", "tune", "holly@crestline-people.example.com",
    "Thanks,\nHolly Nwosu\nRecruitment Partner, Crestline People",
    dress="quote",
    messages=[
        (OTHER, "Do you know anyone?", "Hi {name},\n\nI'm looking for a payroll manager for a client in Reading and "
         "remembered you know everyone in payroll! Is there anyone in your network you'd recommend I speak to? "
         "Happy to pay a referral fee if we place them."),
        (OTHER, "Any names for a Finance Business Partner?", "Hi {name}, quick one: I'm hunting for an FBP for a "
         "retail client. You're well connected - could you point me to anyone who might fit? No worries if not!"),
        (OUT, "A role for you, or someone you know", "Hi {name},\n\nI'm working on a Head of Payroll role for a "
         "client in Slough, £80k, hybrid, and your background looks spot on. Would you be open to a quick chat? "
         "And if the timing isn't right for you, I'd be grateful for any names."),
        (OTHER, "Thanks for the intro to Mo", "Hi {name},\n\nJust wanted to say thank you for introducing me to Mo - "
         "he's now interviewing for the FBP role. I owe you a coffee!"),
        (OUT, "Payroll Lead - interim", "Hi {name}, I've got a 6 month interim Payroll Lead contract at £450/day "
         "with a housing association. Could I call you this afternoon to talk it through?"),
        (ACK, "Your CV - Crestline People", "Hi {name},\n\nThanks for sending your CV for the Payroll Supervisor "
         "vacancy. I've added you to our system and will be in touch if the client would like to take your "
         "application further."),
    ]))

W.append(Writer(
    "hrtech-sales-prospecting", "tune", "nina.b@talentloop-crm.example.com",
    "Nina Brandt\nSenior Account Executive | TalentLoop CRM",
    "TalentLoop Inc., 88 Pine St, New York NY. Not the right person? Reply 'no thanks' and I won't follow up.",
    messages=[
        (OTHER, "{name}, quick question about your open positions", "Hi {name},\n\nI saw your company has 23 open "
         "positions on its careers page. Teams like yours use TalentLoop to fill roles 40% faster. Would you be "
         "open to a 15 minute call next week to see if it's a fit?"),
        (OTHER, "Re: your open positions", "Hi {name}, following up in case my last note got lost. Happy to share "
         "how a firm your size cut its time to hire. Worth a quick chat?"),
        (OTHER, "An opportunity for your talent team", "Hi {name},\n\nCongrats on the new role as VP People! Many "
         "new people leaders we speak with want to rebuild their hiring process in the first 90 days. I'd love to "
         "show you how TalentLoop could help. Do you have 20 minutes on Tuesday?"),
        (OTHER, "Last note from me", "Hi {name}, I'll stop reaching out after this one. If improving candidate "
         "experience becomes a priority for your recruiting team, just reply and we can set up a call."),
        (OTHER, "Invitation: TalentLoop roundtable for Heads of Talent", "Hi {name},\n\nWe're hosting an intimate "
         "dinner in Manhattan for Heads of Talent on 9 October, to discuss hiring in a cooler market. Would you "
         "like to join us? Seats are limited."),
    ]))

W.append(Writer(
    "board-alerts-hiring", "tune", "jobs-noreply@careerhive.example.com",
    "The CareerHive team",
    "You're receiving this because you set up job alerts on CareerHive. Unsubscribe | Manage alerts",
    messages=[
        (OTHER, "Brindle is hiring: Senior Product Manager", "Hi {name},\n\nBrindle is hiring for a role that "
         "matches your profile.\n\nSenior Product Manager\nBrindle · London (Hybrid)\n\nBe one of the first 25 "
         "applicants. View job"),
        (OTHER, "8 new jobs for you", "{name}, here are new jobs based on your preferences.\n\nProduct Manager, "
         "Payments - Monzo-like Bank - London\nGroup PM - Retail Co - Remote\nSenior PM - Health Startup - "
         "Manchester\n\nSee all jobs"),
        (OTHER, "Your weekly career digest", "Hi {name},\n\nThis week: how to negotiate a counter-offer, the 10 "
         "companies hiring most PMs, and a recruiter's tips on answering 'why are you leaving?'\n\nRead more"),
        (OTHER, "Recruiters are looking for people like you", "Hi {name},\n\n12 recruiters searched for product "
         "managers in London this week. Make sure yours is the profile they find: update your headline and turn on "
         "Open to Work.\n\nUpdate profile"),
        (OTHER, "A new position at Fernway might suit you", "Hi {name},\n\nBased on your saved searches, we think "
         "you might be interested in this position.\n\nLead Product Manager - Fernway - Bristol\n£90k - £105k\n\n"
         "Apply now"),
    ]))

SIGN_VANTOR = ("Kind regards,\nElena Rossi\nSenior Talent Acquisition Partner | Vantor Systems\n\nAbout Vantor: "
               "Vantor Systems is a global leader in industrial IoT, partnering with more than 400 manufacturers in "
               "30 countries. We are proud to be an equal opportunity employer and welcome applications from all "
               "backgrounds. Learn more at vantor.example.com/careers")
W.append(Writer(
    "inhouse-quoted-thread", "tune", "elena.rossi@vantor.example.com",
    SIGN_VANTOR,
    messages=[
        (OUT, "Embedded Software Lead at Vantor", "Hi {name},\n\nI lead hiring for our Edge devices group. We're "
         "looking for an Embedded Software Lead in Turin or Munich, and your RTOS work at Kellner stood out to me. "
         "Would you be interested in a 30 minute conversation with our VP of Engineering?"),
        (OUT, "Re: Embedded Software Lead at Vantor", "Hi {name},\n\nGreat to hear from you! Our VP has slots on "
         "Wednesday 10:00 or Thursday 16:00 CET for an informal conversation, no preparation needed. Which suits "
         "you better?\n\n> On 3 Feb, {name} wrote:\n> Thanks Elena, sounds interesting. Happy to talk, what does "
         "the interview process look like?\n>\n> > Hi {name}, I lead hiring for our Edge devices group..."),
        (OUT, "Fw: role I mentioned", "Hi {name},\n\nAs promised at the meetup, here's the role my colleague is "
         "hiring for. Do have a look and let me know if you'd like me to set up a call with him.\n\n-----Original "
         "Message-----\nFrom: Jonas Weber\nTo: Elena Rossi\nSubject: Firmware Architect - req 4471\n\nElena, "
         "could you share this with your network? We want to fast-track applications for this one. "
         "Responsibilities: own the firmware architecture, partner with the hardware team. Apply via the careers "
         "site."),
        (OUT, "Vantor - a different role that might fit better", "Hi {name},\n\nI understand the Lead role felt too "
         "management-heavy. We've just opened a Principal Engineer position on the same team, hands-on and "
         "remote-friendly. Could we jump on a call to go through it?"),
        (INTERVIEW, "Your interview with Vantor - Embedded Engineer", "Hi {name},\n\nThank you for your application "
         "for the Embedded Engineer position. We would like to invite you to a technical interview on 12 March at "
         "14:00 CET via Teams with two engineers from the team."),
        (OTHER, "Vantor Talent Community - February update", "Hi {name},\n\nThanks for being part of the Vantor "
         "Talent Community. This month: meet our Turin team, our new hybrid policy, and 40 new openings across "
         "Europe.\n\nExplore roles\n\nUnsubscribe from Talent Community emails"),
    ]))

FICHE_NANTES = ("\n\n--- Fiche de poste ---\nVos missions\n- Piloter la maintenance d'une ligne de production\n"
                "- Animer une équipe de 12 techniciens\n- Développer des partenariats avec nos fournisseurs\n\n"
                "Profil recherché\n- Ingénieur de formation, 5 ans d'expérience minimum\n- Anglais courant\n\n"
                "Ce que nous proposons\n- 55-62 k€ + variable\n- Processus de recrutement rapide : votre "
                "candidature sera étudiée sous 48h")
W.append(Writer(
    "cabinet-nantes-fr", "tune", "c.le-goff@ouest-talents.example.fr",
    "Bien à vous,\nClaire Le Goff\nChargée de recherche - Ouest Talents\n02 40 55 01 77",
    "Ouest Talents, cabinet de recrutement indépendant. Conformément au RGPD, vous pouvez demander la suppression "
    "de vos données.",
    messages=[
        (OUT, "Responsable maintenance - agroalimentaire (44)", "Bonjour {name},\n\nJe me permets de vous contacter "
         "car votre parcours chez Biscuiterie Armor correspond très bien à un poste de Responsable maintenance que "
         "je recrute pour un client près de Nantes. Je vous mets la fiche ci-dessous. Seriez-vous disponible pour "
         "un échange téléphonique cette semaine ?" + FICHE_NANTES),
        (OUT, "RE: Responsable maintenance - agroalimentaire (44)", "Bonjour {name},\n\nJe reviens vers vous au "
         "sujet de mon précédent message. Mon client rencontre les premiers profils fin du mois ; seriez-vous "
         "ouvert à en discuter quelques minutes ?" + FICHE_NANTES),
        (OUT, "Une opportunité à Angers", "Bonjour {name},\n\nUn de mes clients, PME industrielle à Angers, cherche "
         "son futur Directeur technique. Le poste n'est pas publié. Votre profil m'a semblé pertinent : accepteriez-"
         "vous un appel de 15 minutes ?"),
        (OUT, "SMS transféré", "Message transféré depuis mon téléphone :\n\n« Bonjour {name}, Claire d'Ouest "
         "Talents. J'ai un poste de chef d'atelier à Cholet qui pourrait vous plaire, je peux vous appeler demain "
         "midi ? »"),
        (ACK, "Votre candidature - Technicien méthodes", "Bonjour {name},\n\nNous accusons bonne réception de votre "
         "candidature au poste de Technicien méthodes. Votre dossier est en cours d'étude et nous reviendrons vers "
         "vous sous quinze jours."),
        (REJ, "Votre candidature - Technicien méthodes", "Bonjour {name},\n\nMalgré l'intérêt de votre parcours, "
         "notre client a retenu un autre candidat pour ce poste. Nous ne manquerons pas de revenir vers vous pour "
         "d'autres opportunités."),
        (OTHER, "La lettre Ouest Talents - octobre", "Bonjour {name},\n\nAu sommaire : les salaires de l'industrie "
         "en 2025, nos conseils pour réussir un entretien, et les postes de la semaine.\n\nSe désabonner"),
    ]))

STELLE_KOELN = ("\n\nStellenbeschreibung\n\nIhre Aufgaben\n- Fachliche Leitung des Controlling-Teams (6 MA)\n- "
                "Weiterentwicklung des Reportings und enge Partnerschaft mit der Geschäftsführung\n\nIhr Profil\n- "
                "Studium der Wirtschaftswissenschaften\n- Mehrjährige Führungserfahrung\n\nWir bieten\n- 95.000 - "
                "110.000 EUR\n- Schnelles Bewerbungsverfahren: Ihre Bewerbung wird innerhalb von 48 Stunden "
                "bearbeitet")
W.append(Writer(
    "personalberatung-koeln-de", "tune", "j.schreiber@rheinpersonal.example.de",
    "Beste Grüße\nJulia Schreiber\nSenior Beraterin | Rheinpersonal Beratung GmbH",
    "Rheinpersonal Beratung GmbH, Sitz Köln, HRB 55123. Geschäftsführer: T. Maaß.",
    dress="html",
    messages=[
        (OUT, "Leitung Controlling - Mittelstand, Köln", "Guten Tag {name},\n\nich bin über Ihr Profil auf Xing auf "
         "Sie aufmerksam geworden. Für einen Mandanten aus dem Maschinenbau suche ich eine Leitung Controlling, "
         "die Details finden Sie unten. Hätten Sie Interesse an einem kurzen Telefonat?" + STELLE_KOELN),
        (OUT, "AW: Leitung Controlling - Mittelstand, Köln", "Guten Tag {name},\n\nich wollte noch einmal "
         "nachhaken, ob die Position für Sie interessant ist. Gern erzähle ich Ihnen in einem vertraulichen "
         "Gespräch mehr dazu." + STELLE_KOELN),
        (OUT, "Vertrauliche Anfrage", "Hallo {name},\n\nein Kunde von mir, ein familiengeführtes Unternehmen im "
         "Bergischen Land, besetzt die Position des kaufmännischen Leiters neu. Die Suche läuft diskret. Darf ich "
         "Sie dazu kurz anrufen?"),
        (OUT, "Kurze Frage", "Hallo {name}, hätten Sie diese Woche zehn Minuten für ein Gespräch über eine "
         "CFO-Stelle in Düsseldorf?"),
        (OTHER, "Kooperation im Recruiting?", "Guten Tag {name},\n\nals Personalleiter haben Sie sicher viele offene "
         "Stellen zu besetzen. Wir würden Ihnen gern unsere Leistungen vorstellen und eine Kooperation anbieten. "
         "Wann passt Ihnen ein Termin?"),
        (REJ, "Ihre Bewerbung als Controller", "Guten Tag {name},\n\nunser Mandant hat sich leider für eine andere "
         "Kandidatin entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können."),
        (ACK, "Eingangsbestätigung Ihrer Bewerbung", "Guten Tag {name},\n\nvielen Dank für Ihre Bewerbung als "
         "Senior Controller. Wir haben Ihre Unterlagen erhalten und melden uns in den nächsten zwei Wochen bei "
         "Ihnen."),
    ]))

W.append(Writer(
    "headhunter-bogota-es", "tune", "andres.mejia@talentoandino.example.co",
    "Saludos cordiales,\nAndrés Mejía\nHeadhunter Senior | Talento Andino",
    messages=[
        (OUT, "Gerente de Logística - multinacional", "Hola {name},\n\nEspero que estés muy bien. Estoy apoyando a "
         "una multinacional de consumo masivo en la búsqueda de un Gerente de Logística para Bogotá y tu perfil me "
         "pareció muy interesante. ¿Tendrías 15 minutos esta semana para una llamada?\n\nDescripción del cargo\n"
         "Funciones:\n- Liderar la red de distribución nacional\n- Gestionar alianzas con operadores logísticos\n"
         "Requisitos:\n- Ingeniero industrial\n- 8 años de experiencia\nOfrecemos:\n- Salario competitivo y bonos"),
        (OUT, "RE: Gerente de Logística", "Hola {name},\n\nTe escribo de nuevo por si no viste mi mensaje anterior. "
         "El cliente quiere cerrar la terna pronto. ¿Te interesaría conversar?"),
        (OUT, "Mensaje reenviado de WhatsApp", "Reenviado:\n\n\"Hola {name}, soy Andrés de Talento Andino, tu "
         "excompañero Felipe me pasó tu número. Tengo una vacante de Director de Operaciones en Medellín que creo "
         "que te puede interesar, ¿te puedo llamar?\""),
        (OTHER, "Consejo profesional", "Hola {name},\n\nSoy estudiante de último semestre de ingeniería industrial y "
         "vi tu perfil. Me encantaría que me dieras algunos consejos sobre cómo empezar mi carrera en logística. "
         "¿Tendrías unos minutos para un café virtual?\n\nMuchas gracias,\nValentina"),
        (INTERVIEW, "Entrevista - Coordinador de Compras", "Hola {name},\n\nGracias por postularte a la vacante de "
         "Coordinador de Compras. Nos gustaría invitarte a una entrevista el jueves a las 10 a.m. en nuestras "
         "oficinas."),
        (ACK, "Hemos recibido tu postulación", "Hola {name},\n\nHemos recibido tu hoja de vida para la vacante de "
         "Analista de Inventarios. Un consultor la revisará y te contactaremos si tu perfil avanza."),
    ]))

VAC_EINDHOVEN = ("\n\nVacaturetekst\nWat ga je doen?\n- Je ontwerpt embedded software voor medische apparatuur\n"
                 "- Je werkt nauw samen met onze partners in Duitsland\nWat vragen wij?\n- Hbo/wo Elektrotechniek\n"
                 "- 5 jaar ervaring met C/C++\nWat bieden wij?\n- Tot € 5.800 per maand\n- Snelle sollicitatie"
                 "procedure: binnen een week uitsluitsel over je sollicitatie")
W.append(Writer(
    "werving-eindhoven-nl", "tune", "sanne@brainportwerving.example.nl",
    "Groet,\nSanne Hendriks\nRecruiter | Brainport Werving",
    messages=[
        (OUT, "Embedded Software Engineer - medtech Eindhoven", "Hoi {name},\n\nIk kwam je profiel tegen en denk dat "
         "je goed past bij een functie die ik invul voor een medtechbedrijf in Eindhoven. De vacaturetekst staat "
         "hieronder. Zou je openstaan voor een kort belletje?" + VAC_EINDHOVEN),
        (OUT, "Re: Embedded Software Engineer - medtech Eindhoven", "Hoi {name},\n\nIk wilde nog even checken of je "
         "mijn vorige bericht hebt gezien. Mijn klant plant volgende week gesprekken in, heb je interesse?"
         + VAC_EINDHOVEN),
        (OUT, "Iets voor jou?", "Hoi {name}, ik heb een mooie rol als Tech Lead bij een scale-up in Best. Mag ik "
         "je morgen even bellen?"),
        (OTHER, "Vraagje over jouw vakgebied", "Hoi {name},\n\nIk ben derdejaars student elektrotechniek en zie dat "
         "jij al jaren in de medtech werkt. Zou ik je een keer mogen bellen voor advies over mijn afstudeerrichting "
         "en loopbaan?\n\nGroetjes, Daan"),
        (REJ, "Je sollicitatie bij onze opdrachtgever", "Hoi {name},\n\nHelaas heeft onze opdrachtgever besloten "
         "verder te gaan met een andere kandidaat. Bedankt voor je tijd en de prettige gesprekken."),
        (ACK, "Bevestiging van je sollicitatie", "Hoi {name},\n\nBedankt voor je sollicitatie op de functie Test "
         "Engineer. We hebben je cv ontvangen en nemen binnen vijf werkdagen contact met je op."),
    ]))

W.append(Writer(
    "alumni-mentoring", "tune", "mentoring@kingsbridge-alumni.example.org",
    "Kingsbridge Alumni Mentoring Team",
    "You are receiving this as a registered Kingsbridge mentor. Manage your mentoring preferences.",
    messages=[
        (OTHER, "You've been matched with a mentee", "Hi {name},\n\nGreat news: we've matched you with Aisha, a "
         "second-year economics student interested in a career in your field. Please reach out to arrange your "
         "first conversation within the next two weeks."),
        (OTHER, "Would you mentor this term?", "Dear {name},\n\nOur spring mentoring programme opens soon. Would you "
         "be willing to mentor one student for three months? It's about an hour a month, on a call or over coffee."),
        (OTHER, "Alumni careers evening - speakers wanted", "Hi {name},\n\nWe're looking for alumni to speak about "
         "their roles at our careers evening on 20 November. Could you give 10 minutes on your job and how you got "
         "there? Let us know if you're interested."),
        (OTHER, "A message from your mentee", "Hi {name},\n\nAisha sent you a message through the portal: 'Thank you "
         "for our call! Could we talk again next month about my internship applications?'"),
        (OUT, "Fellow Kingsbridge grad - a role on my team", "Hi {name},\n\nI found you through the alumni directory. "
         "I run the analytics team at Harbury Insurance and we're hiring a senior analyst; your background looks "
         "like a great fit. Would you be up for a chat about it?\n\nBest,\nOmar (Kingsbridge '09)"),
    ]))

W.append(Writer(
    "recruiter-newsletter-roles", "tune", "kate@greenwoodtech.example.co.uk",
    "Kate Greenwood\nFounder, Greenwood Tech Recruitment",
    "You're receiving this because you're on Kate's mailing list. Unsubscribe.",
    messages=[
        (OTHER, "Kate's Friday roles - 14 June", "Hi {name},\n\nHere are this week's hot roles:\n\n- Senior React "
         "Developer - Manchester - £75k\n- Data Platform Lead - Remote - £95k\n- Engineering Manager - Leeds - "
         "£100k\n\nReply if any catch your eye!"),
        (OTHER, "Greenwood market update: Q2 salaries", "Hi {name},\n\nTech hiring in the North picked up in Q2: "
         "contract rates rose 4% and permanent roles for platform engineers are in demand. Full report on our "
         "blog.\n\nHave a great weekend!"),
        (OTHER, "Kate's Friday roles - 21 June", "Hi all,\n\nNew this week:\n\n1. Head of Data - Sheffield - £110k\n"
         "2. Backend Engineer (Go) - Remote - £80k\n3. QA Lead - Liverpool - £65k\n\nKnow someone? Our referral "
         "scheme pays £500."),
        (OUT, "Just for you - Data Platform Lead", "Hi {name},\n\nNot a newsletter this time! I've got a Data Platform "
         "Lead role with one of my favourite clients and I genuinely think you'd love it. Can we have a call "
         "on Monday?"),
        (OUT, "Re: Just for you - Data Platform Lead", "Hi {name}, great - I'll ring you at 12:30 on Monday. The "
         "client is a remote-first logistics company; the role leads four engineers."),
    ]))

W.append(Writer(
    "founder-short-notes", "tune", "ravi@quietbyte.example.dev",
    "Ravi",
    dress="oneline",
    messages=[
        (OUT, "hiring", "{name} - we're hiring a founding engineer at Quietbyte. Interested? Happy to call."),
        (OUT, "design lead?", "Hi {name}, loved your work on Tally. Looking for a design lead, open to a coffee?"),
        (OUT, "Re: design lead?", "Great! Tuesday 9am at Ozone coffee works for me. I'll bring the role "
         "description.\n\nOn Mon, 3 Mar 2025 at 21:02, {name} wrote:\n> Sure, happy to meet. When suits?"),
        (OTHER, "Quietbyte - investor update #4", "Hi all, quick update: revenue up 30% MoM, two new hires, and "
         "we're raising a small bridge. Intros to angels welcome!"),
        (OTHER, "beta invite", "Hi {name}, we'd love your team to try Quietbyte's beta - free for 3 months. "
         "15 min demo?"),
        (OUT, "contract?", "Hey {name}, got a 3 month React contract at Quietbyte, £550/day. Free to chat?"),
    ]))

W.append(Writer(
    "locum-agency-sms", "tune", "bookings@medcover-locums.example.co.uk",
    "MedCover Locums - Bookings Team",
    "MedCover Locums Ltd is an employment business. Reply STOP to stop texts forwarded to email.",
    messages=[
        (OUT, "Locum GP - Truro - you?", "Hi Dr {name}, it's Jess at MedCover. A practice in Truro needs a locum GP "
         "for four weeks from 3 March, £95/hr. Would you like me to put you forward? Give me a ring."),
        (OUT, "Text: ongoing locum", "SMS: Hi {name}, Jess @ MedCover. Long-term locum, 3 days/wk, Exeter, "
         "£100/hr. Interested? Call 01392 555 019"),
        (OTHER, "Shifts available this week", "Hi {name},\n\nNew shifts near you:\n\nMon - Plymouth - 08:00-18:30\n"
         "Wed - Exeter - 08:00-13:00\nFri - Torquay - 14:00-18:30\n\nLog in to book."),
        (OTHER, "Your compliance documents are expiring", "Hi {name},\n\nYour DBS certificate expires in 30 days. "
         "Please upload a new one to keep receiving shifts."),
        (ACK, "Registration received", "Hi {name},\n\nThanks for registering with MedCover Locums. We've received "
         "your CV and documents; our compliance team will review them within 5 working days."),
        (REJ, "Locum GP - Truro", "Hi {name},\n\nThe practice has filled the Truro sessions with a GP they've used "
         "before, so I won't be able to book you for these. Sorry, and thanks for your availability."),
    ]))

W.append(Writer(
    "ex-colleague-slack-forward", "tune", "{name}.home@personalmail.example",
    "",
    messages=[
        (OUT, "Fwd: Slack DM from Chloe", "Pasting Chloe's DM here so I can think about it:\n\nChloe Park: hey "
         "{name}!! we just got headcount for a staff data engineer on my team at Osprey and I'd love for you to "
         "apply, honestly. want me to set up a chat with my manager first?"),
        (OUT, "Fwd: from Chloe", "---------- Forwarded message ---------\nFrom: Chloe Park\n\nHi {name}, following "
         "up on my DM - my manager Raj has time on Friday for an informal call about the staff role. Shall I book "
         "it?\n\n---------- Forwarded message ---------\nFrom: Osprey Careers\nSubject: Staff Data Engineer\n\n"
         "About us\nOsprey is a partnership of data people.\nRequirements\n- 8+ years of data engineering\n"
         "Apply now - fast track your application with a referral code."),
        (OUT, "Fwd: voicemail transcript", "Voicemail transcript forwarded:\n\n\"Hi {name}, this is Greg from Tallis "
         "Search. I'm calling about a Director of Data role with a client in Cambridge, I think it could be a "
         "great fit for you. Give me a call back on 01223 555 061 when you get a moment.\""),
        (OUT, "Fwd: msg", "From my phone: \"{name} it's Ola - we need a data lead at Pennant, you'd smash it, "
         "can I pass your name to our recruiter?\""),
        (OTHER, "Fwd: Slack from Chloe", "---------- Forwarded message ---------\n\nChloe Park: are you coming to "
         "the Osprey alumni drinks on Thursday? Raj is buying the first round!"),
        (OTHER, "Fwd: job post I saw", "Saving this for Ola:\n\n---------- Forwarded message ---------\nFrom: "
         "Osprey Careers\n\nOsprey is hiring a Junior Data Analyst. Apply on our careers site by 30 June."),
    ]))

PROJEKT = ("\n\nProjektbeschreibung:\nAufgaben:\n- Migration einer SAP-BW-Landschaft nach Azure\n- Abstimmung "
           "mit den Partnern des Kunden\nAnforderungen:\n- 5+ Jahre Data Engineering\nRahmendaten:\n- Start: "
           "01.04., Laufzeit 9 Monate\n- Auslastung 100 %, 80 % remote\n- Stundensatz: bis 105 EUR")
W.append(Writer(
    "freelance-broker-de", "tune", "projekte@it-brueckenbauer.example.de",
    "Viele Grüße\nTim Kowalski\nAccount Manager | IT-Brückenbauer GmbH",
    "IT-Brückenbauer GmbH, Amtsgericht Hamburg HRB 99812. Sie möchten keine Projektangebote mehr erhalten? "
    "Antworten Sie mit ABMELDEN.",
    messages=[
        (OUT, "Projektanfrage: Data Engineer Azure (remote)", "Hallo {name},\n\nich habe ein passendes Projekt für "
         "Sie bei unserem Endkunden aus der Versicherungsbranche. Hätten Sie Kapazität und Interesse? Dann "
         "schicken Sie mir bitte Ihr aktuelles Profil und Ihren Stundensatz." + PROJEKT),
        (OUT, "AW: Projektanfrage: Data Engineer Azure", "Hallo {name},\n\ndanke für Ihre Rückmeldung! Passt Ihnen "
         "ein kurzes Telefonat morgen um 10 Uhr, damit ich Sie beim Kunden vorstellen kann?"
         "\n\n-----Ursprüngliche Nachricht-----\nVon: {name}\nGesendet: Montag\nBetreff: Projektanfrage\n\n"
         "Hallo Herr Kowalski, ich hätte ab April Kapazität. Wie läuft die Bewerbung ab?"),
        (OUT, "Neues Projekt für Sie", "Hallo {name}, kurzfristig: Power-BI-Entwickler, 3 Monate, Frankfurt, 95 EUR/h. "
         "Interesse? Rufen Sie mich gern an."),
        (OTHER, "Aktuelle Projekte der Woche", "Hallo {name},\n\nunsere neuen Projekte:\n\n- SAP FI/CO - München - "
         "remote\n- Java-Entwickler - Berlin - 90 EUR/h\n- Scrum Master - Hamburg - 85 EUR/h\n\nZur Projektbörse"),
        (REJ, "Ihr Profil beim Kunden", "Hallo {name},\n\nleider hat sich der Kunde für einen anderen Freelancer "
         "entschieden. Ich melde mich, sobald ein neues passendes Projekt reinkommt."),
        (OUT, "Kurze Anfrage", "Hallo {name}, wären Sie ab Mai für ein Databricks-Projekt in Köln verfügbar? "
         "Kurzes Telefonat?"),
    ]))

# =============================================================================================== report writers
JD_DUBLIN = ("\n\n____________________\nRole Overview\nOur client, a global biopharma company, is expanding its "
             "sterile manufacturing campus in Cork.\n\nKey Responsibilities\n- Lead validation of aseptic filling "
             "lines\n- Act as partnership lead with CMO partners\n- Author and approve protocols\n\nEducation & "
             "Experience\n- Degree in Science or Engineering\n- 6+ years in GMP validation\n\nBenefits\n- "
             "Competitive salary, pension, VHI\n- Quick apply: your application will be reviewed within 24 hours")
W.append(Writer(
    "agency-dublin-pharma", "report", "aoife.byrne@liffeyscience.example.ie",
    "Kind regards,\nAoife Byrne\nSenior Recruitment Consultant - Life Sciences\nLiffey Science Recruitment | "
    "+353 1 555 0144",
    "Liffey Science Recruitment Ltd, licensed employment agency, licence no. EA4412.",
    dress="html",
    messages=[
        (OUT, "Validation Lead - Cork - permanent", "Hi {name},\n\nI hope you're keeping well. I'm working on a "
         "Validation Lead role with a client in Cork and your aseptic experience at Meridian looks like a strong "
         "fit. Full details are below. Would you have time for a call this week?" + JD_DUBLIN),
        (OUT, "Following up - Validation Lead, Cork", "Hi {name},\n\nI wanted to follow up on the Validation Lead "
         "role I sent over. Even if you're happy where you are, I'd love a quick conversation to hear what would "
         "tempt you." + JD_DUBLIN),
        (OUT, "QA Manager - Galway medtech", "Hi {name},\n\nI'm helping a medical device company in Galway find a "
         "QA Manager, not yet advertised. Given your background, could I give you a call to talk it through?"),
        (OUT, "CQV contract - 12 months", "Hi {name},\n\nA client of ours needs a CQV engineer for a 12 month "
         "contract in Limerick at €75 per hour. Any interest? Happy to send over the details."),
        (INTERVIEW, "Interview arranged - QC Analyst", "Hi {name},\n\nThank you for applying for the QC Analyst "
         "role. The client would like to interview you on Friday at 11am via Teams. Please confirm you can attend."),
        (REJ, "QC Analyst - outcome", "Hi {name},\n\nThank you for interviewing for the QC Analyst role. The client "
         "has decided to proceed with another candidate on this occasion. I'll keep an eye out for other roles."),
        (ACK, "Application received - Liffey Science", "Hi {name},\n\nThanks for your application for the Process "
         "Engineer position. We have received your CV and a consultant will be in touch if your experience "
         "matches the client's needs."),
    ]))

W.append(Writer(
    "telegram-linkedin-forwards", "report", "{name}.notes@personalmail.example",
    "",
    messages=[
        (OUT, "Fwd: Telegram message", "---------- Forwarded message ---------\n\nIgor (Kestrel Labs): Hey {name}, "
         "we're building a zk rollup team in Lisbon and need a senior Rust engineer. You came highly recommended "
         "by Lena. Would you be up for a call this week?"),
        (OUT, "fwd linkedin dm", "copied from linkedin so I remember:\n\nHi {name}, I'm a recruiter at Halden & "
         "Co. We have a Staff Engineer opening on our payments platform team that I think would suit you. Could we "
         "find 20 minutes to talk?"),
        (OUT, "Fwd: Signal msg", "Forwarded:\n\n\"{name}! It's Tariq. My CTO asked me to find a head of security and "
         "you're the first person I thought of. Fancy a chat with her next week?\""),
        (OTHER, "Fwd: telegram group", "Forwarded from Rust Jobs channel:\n\n[HIRING] Kestrel Labs is hiring Rust "
         "engineers (remote, EU). Apply at kestrel.example/jobs"),
        (OTHER, "Fwd: reminder", "---------- Forwarded message ---------\n\nDentist: Reminder of your appointment "
         "on Thursday 4 April at 15:20. Reply Y to confirm."),
    ]))

W.append(Writer(
    "india-it-vendor-ctc", "report", "megha.s@pinnaclehire.example.in",
    "Thanks and Regards,\nMegha Sharma\nTalent Acquisition Executive | Pinnacle Hire Pvt Ltd | +91 98450 55512",
    "This mail is intended only for the addressee. Pinnacle Hire does not charge any fee from candidates.",
    dress="oneline",
    messages=[
        (OUT, "Opening for SAP MM Consultant - Pune - MNC", "Dear {name},\n\nGreetings from Pinnacle Hire! We have an "
         "urgent opening for SAP MM Consultant with a leading MNC at Pune. Kindly go through the JD and revert "
         "with your updated CV if interested.\n\nExperience: 6-9 years\nCTC: up to 24 LPA\nNotice period: "
         "immediate to 30 days\n\nJD:\n- End to end implementation\n- S/4HANA migration\n- Vendor partnership "
         "management\n\nPlease share: current CTC, expected CTC, notice period."),
        (OUT, "Reminder: SAP MM opening - Pune", "Dear {name},\n\nThis is a gentle reminder regarding the SAP MM "
         "opening. Kindly share your CV and a convenient time for a call if you are interested."),
        (OUT, "Java Architect - Bangalore - 40 LPA", "Hi {name}, we have a Java Architect requirement with our "
         "client in Bangalore, CTC up to 40 LPA. Interested? Please call me on 98450 55512."),
        (OTHER, "Hiring partners wanted", "Dear Sir/Madam,\n\nPinnacle Hire offers end-to-end recruitment services. "
         "We would like to partner with your organisation for your hiring needs. Our fees start at 6.5%."),
        (OTHER, "Walk-in drive - freshers", "Dear Candidates,\n\nMega walk-in drive for B.Tech freshers on Saturday "
         "at Hinjewadi. Bring your resume and ID proof. Roles: Trainee Engineer, Support Associate."),
        (INTERVIEW, "Interview scheduled - SAP MM", "Dear {name},\n\nThank you for sharing your profile. Your "
         "technical interview with the client is scheduled on Monday at 11:30 AM IST over Teams. Please confirm."),
        (REJ, "Feedback - SAP MM", "Dear {name},\n\nAfter the technical round the client has decided not to move "
         "forward with your profile for this position. We will contact you for other suitable openings."),
    ]))

W.append(Writer(
    "grads-asking-reader", "report", "grads@unimail.example.edu",
    "",
    messages=[
        (OTHER, "Seeking your guidance", "Hello {name},\n\nI'm finishing my master's in public health and I'm very "
         "interested in the kind of work your team does. Would you be open to a short call so I can learn about "
         "your path and ask for guidance on entering the field?\n\nWarm regards,\nMei"),
        (OTHER, "Could you refer me?", "Hi {name},\n\nSorry for the cold message! I saw an opening for a Junior "
         "Analyst on your team and I'm about to apply. Would you be comfortable submitting an employee referral? "
         "Happy to send my resume.\n\nThanks,\nCarlos"),
        (OTHER, "career switch - would love your thoughts", "Hi {name}, I'm a teacher thinking of moving into "
         "instructional design. You made the same switch - could I ask you a few questions about how you did it? "
         "10 minutes on the phone would mean a lot. - Nadia"),
        (OTHER, "Internship question", "Dear {name},\n\nI'm a sophomore studying computer science. Does your company "
         "offer summer internships, and do you have any tips for standing out in the process?\n\nBest,\nEthan"),
        (OTHER, "Following up on my request", "Hi {name}, just following up on my earlier note about a quick chat "
         "on your career in product. Totally understand if you're busy!\n\nMei"),
    ]))

W.append(Writer(
    "us-recruiter-refer-friend", "report", "brooke@summitridge-staffing.example.com",
    "Brooke Alvarez\nTechnical Recruiter, Summit Ridge Staffing",
    dress="quote",
    messages=[
        (OTHER, "Know a great DevOps engineer?", "Hey {name},\n\nI'm trying to fill a DevOps Engineer spot for a "
         "client in Denver and thought you might know someone from your old team. If anyone comes to mind, I'd "
         "love an intro - we pay $1,000 for successful referrals."),
        (OTHER, "Passing this along in case you know anyone", "Hi {name}, would you mind sharing this SRE posting "
         "with your network? Anyone who's interested can email me directly. Thanks so much!"),
        (OUT, "Platform Engineering Manager - Denver", "Hi {name},\n\nI'm recruiting a Platform Engineering Manager "
         "for a client in Denver ($190-210k + bonus) and your experience leading SRE teams is a great match. Are "
         "you open to exploring it? I can walk you through the details on a call."),
        (OUT, "Re: Platform Engineering Manager - Denver", "Hi {name}, totally understand it's not a good time. "
         "Would you be open to a short call in the spring when things settle? I'd love to keep in touch."),
        (OTHER, "Thank you for the referral!", "Hi {name},\n\nJust a note to say thank you for referring Jamal - he "
         "accepted the offer yesterday! Your referral bonus will be sent next week."),
    ]))

W.append(Writer(
    "cloud-sales-prospecting", "report", "luke@stackwise-cloud.example.com",
    "Luke Harmon\nEnterprise Sales | Stackwise Cloud",
    "Stackwise Cloud, 1 Harbour Way, Boston MA. Prefer not to hear from me? Just say so.",
    messages=[
        (OTHER, "Your role as Head of Infrastructure", "Hi {name},\n\nIn your role as Head of Infrastructure you're "
         "probably looking at cloud costs ahead of budgeting. Stackwise cut AWS spend by 28% for teams like yours. "
         "Open to a 15 minute chat?"),
        (OTHER, "An opportunity to cut your cloud bill", "Hi {name}, following up. Happy to run a free cost review "
         "for your team - would next Wednesday work for a call?"),
        (OTHER, "Position paper: FinOps in 2026", "Hi {name},\n\nWe've just published our position paper on FinOps "
         "maturity. I thought it might be useful for your team. Want me to send a copy?"),
        (OTHER, "Congrats on the new position!", "Hi {name},\n\nCongrats on your new position at Harbury! When you're "
         "settled in, I'd love to show you how Stackwise helps infrastructure leaders. Coffee on me?"),
        (OTHER, "Breakup email", "Hi {name}, I haven't heard back so I'll assume now isn't the right time. If "
         "cloud spend becomes a priority, you know where to find me."),
    ]))

W.append(Writer(
    "job-digest-hiring", "report", "digest@workstream-jobs.example.com",
    "Workstream Jobs",
    "You are subscribed to Workstream job digests. Unsubscribe or change frequency.",
    messages=[
        (OTHER, "Harbury Insurance is hiring - 6 roles near you", "Hi {name},\n\nHarbury Insurance is hiring!\n\n"
         "Senior Analyst - Leeds\nData Scientist - Leeds\nActuarial Analyst - York\n\nSee all 6 roles"),
        (OTHER, "New position matching 'analytics manager'", "Hi {name},\n\nA new position matches your saved "
         "search: Analytics Manager at Northgate Retail, Leeds, £70k. Apply in one click."),
        (OTHER, "Top companies hiring this month", "Hi {name},\n\nThese companies are hiring fastest this month in "
         "Yorkshire: Harbury, Northgate, Pell & Co. Discover their open roles and company reviews.\n\nExplore"),
        (OTHER, "A recruiter messaged 40 people like you", "Hi {name},\n\nRecruiters are reaching out to analysts "
         "this week. Upgrade to Workstream Plus to see who's looking and message them first."),
        (OTHER, "Complete your profile to get noticed", "Hi {name},\n\nProfiles with a photo and skills get 3x more "
         "recruiter views. Complete yours in two minutes."),
    ]))

SIGN_KOOKA = ("Cheers,\nMia Tran\nTalent Acquisition Lead | Kookaburra Energy\n\nKookaburra Energy acknowledges "
              "the Traditional Custodians of the lands on which we work. We are an inclusive employer and partner "
              "with communities across Australia. Please consider the environment before printing this email. "
              "This email and any attachments are confidential.")
W.append(Writer(
    "inhouse-boilerplate-au", "report", "mia.tran@kookaburra-energy.example.com.au",
    SIGN_KOOKA,
    messages=[
        (OUT, "Grid Integration Manager - Kookaburra Energy", "G'day {name},\n\nI look after talent for our "
         "renewables division and I've been following your work on battery integration. We're looking for a Grid "
         "Integration Manager in Brisbane and I reckon you'd be brilliant. Keen for a yarn this week?"),
        (OUT, "Re: Grid Integration Manager", "Hi {name},\n\nThanks for getting back to me! Our GM would love a "
         "coffee next Tuesday or Wednesday - which works?\n\n-----Original Message-----\nFrom: {name}\nSent: "
         "Thursday\nTo: Mia Tran\nSubject: RE: Grid Integration Manager\n\nHi Mia, could be interested. Is there a "
         "formal application process or an interview panel?"),
        (OUT, "Another role you might like", "Hi {name},\n\nA Principal Engineer - Hydrogen role has just opened on "
         "our Gladstone team. Thought of you straight away - open to a quick call about it?"),
        (OUT, "Following up", "Hi {name}, just checking in on my last message about the Principal Engineer role. "
         "Happy to chat whenever suits."),
        (INTERVIEW, "Interview invitation - Electrical Engineer", "Hi {name},\n\nThanks for applying for the "
         "Electrical Engineer role at Kookaburra Energy. We'd like to invite you to an interview on 18 June at "
         "10am AEST."),
        (OTHER, "Kookaburra Careers - new roles", "Hi {name},\n\nThanks for joining our talent network. Here are "
         "the latest openings across our sites. View jobs.\n\nUnsubscribe"),
    ]))

W.append(Writer(
    "cabinet-montreal-fr", "report", "m.tremblay@boreal-recrutement.example.ca",
    "Au plaisir,\nMathieu Tremblay\nConseiller principal en recrutement | Boréal Recrutement",
    "Ce courriel est confidentiel. Boréal Recrutement inc., Montréal (Québec).",
    messages=[
        (OUT, "Poste de directeur TI - Laval", "Bonjour {name},\n\nJ'accompagne un client manufacturier de Laval "
         "dans le recrutement de son directeur TI. Votre parcours m'a interpellé. Auriez-vous quelques minutes "
         "pour en jaser cette semaine ?\n\nDescription du poste\nResponsabilités :\n- Diriger une équipe de 15 "
         "personnes\n- Gérer les partenariats avec les fournisseurs\nExigences :\n- 10 ans d'expérience\n"
         "Conditions :\n- 150 k$ + boni\n- Processus accéléré : votre candidature traitée en 72 h"),
        (OUT, "Suivi - directeur TI", "Bonjour {name},\n\nJe me permets un petit suivi concernant le poste de "
         "directeur TI. Seriez-vous ouvert à une discussion confidentielle ?"),
        (OUT, "Texto transféré", "Transféré de mon cell :\n\n« Salut {name}, Mathieu de Boréal. J'ai un mandat de "
         "chef de projet ERP à Québec, ça t'intéresse ? Je peux t'appeler demain ? »"),
        (ACK, "Accusé de réception - analyste d'affaires", "Bonjour {name},\n\nNous avons bien reçu votre "
         "candidature pour le poste d'analyste d'affaires. Un conseiller communiquera avec vous si votre profil "
         "est retenu pour la suite."),
        (REJ, "Votre candidature - analyste d'affaires", "Bonjour {name},\n\nNous vous remercions de l'intérêt "
         "porté à ce poste. Après analyse, notre client a décidé de poursuivre avec d'autres candidats."),
        (OTHER, "Demande de conseils", "Bonjour {name},\n\nJe suis étudiante en génie logiciel à Polytechnique et "
         "j'aimerais beaucoup avoir vos conseils sur le début de ma carrière en TI. Accepteriez-vous un appel de "
         "15 minutes ?\n\nMerci infiniment,\nJulie"),
    ]))

STELLE_WIEN = ("\n\nStellenprofil\nDas erwartet Sie:\n- Gesamtverantwortung für den Vertrieb DACH\n- Aufbau von "
               "Partnerschaften mit Distributoren\nDas bringen Sie mit:\n- Mehrjährige Vertriebsleitung\nDas "
               "bieten wir:\n- Jahresbrutto ab 120.000 EUR\n- Rasches Auswahlverfahren, Ihre Bewerbung wird binnen "
               "einer Woche beantwortet")
W.append(Writer(
    "headhunter-wien-de", "report", "p.hofer@donau-executive.example.at",
    "Mit besten Grüßen\nDr. Petra Hofer\nPartnerin | Donau Executive Search",
    "Donau Executive Search GmbH, FN 412233b, Handelsgericht Wien.",
    dress="html",
    messages=[
        (OUT, "Vertriebsleitung DACH - vertraulich", "Sehr geehrte/r {name},\n\nim Auftrag eines international "
         "tätigen Medizintechnikunternehmens suchen wir eine Vertriebsleitung DACH. Ihr Werdegang hat mich sehr "
         "angesprochen. Wären Sie zu einem vertraulichen Gespräch bereit?" + STELLE_WIEN),
        (OUT, "Nachfrage", "Sehr geehrte/r {name},\n\nich erlaube mir, an meine Nachricht zur Vertriebsleitung DACH "
         "zu erinnern. Gern stelle ich Ihnen die Position telefonisch vor." + STELLE_WIEN),
        (OUT, "Geschäftsführung Tochtergesellschaft Graz", "Guten Tag {name},\n\nfür einen Klienten besetzen wir die "
         "Geschäftsführung einer Tochtergesellschaft in Graz. Hätten Sie Interesse an einem ersten Austausch?"),
        (OTHER, "Bitte um Rat", "Sehr geehrte/r {name},\n\nich studiere Betriebswirtschaft in Linz und interessiere "
         "mich für den Vertrieb in der Medizintechnik. Dürfte ich Sie um ein kurzes Gespräch bitten, um von Ihren "
         "Erfahrungen zu lernen?\n\nMit freundlichen Grüßen\nLukas Berger"),
        (ACK, "Ihre Bewerbung ist eingegangen", "Guten Tag {name},\n\nbesten Dank für Ihre Bewerbung als Key "
         "Account Manager. Ihre Unterlagen sind bei uns eingegangen; wir melden uns in Kürze."),
        (REJ, "Ihre Bewerbung als Key Account Manager", "Guten Tag {name},\n\nleider müssen wir Ihnen mitteilen, "
         "dass unser Klient sich für einen anderen Bewerber entschieden hat. Wir wünschen Ihnen alles Gute."),
    ]))

W.append(Writer(
    "consultora-barcelona-es", "report", "marta.puig@seleccionmediterranea.example.es",
    "Un saludo,\nMarta Puig\nConsultora de Selección | Selección Mediterránea",
    "Selección Mediterránea S.L. Sus datos se tratan conforme al RGPD.",
    messages=[
        (OUT, "Responsable de Producto - ecommerce", "Hola {name},\n\nTrabajo con un ecommerce de moda en Barcelona "
         "que busca un/a Responsable de Producto y creo que tu experiencia encaja muy bien. ¿Te apetece que lo "
         "hablemos por teléfono?\n\nFunciones:\n- Definir el roadmap\n- Coordinar alianzas con marketplaces\n"
         "Requisitos:\n- 5 años en producto digital\nOfrecemos:\n- 60-70 k€ y teletrabajo parcial\n- Proceso "
         "ágil: respuesta a tu candidatura en 48 horas"),
        (OUT, "RE: Responsable de Producto", "Hola {name},\n\nSolo quería saber si pudiste ver mi mensaje. ¿Te "
         "interesaría conocer más detalles del puesto?"),
        (OUT, "Una posición que te puede encajar", "Hola {name}, tengo una posición de Head of Growth en una startup "
         "de Valencia. ¿Hablamos 10 minutos esta semana?"),
        (OTHER, "Colaboración en sus procesos de selección", "Estimado/a {name},\n\nNos gustaría colaborar con su "
         "empresa en sus próximos procesos de selección. Le propongo una reunión para presentarle nuestros "
         "servicios y tarifas."),
        (REJ, "Tu candidatura - Product Owner", "Hola {name},\n\nGracias por participar en el proceso. Lamentamos "
         "comunicarte que el cliente ha decidido continuar con otra persona."),
        (ACK, "Candidatura recibida", "Hola {name},\n\nHemos recibido tu candidatura para el puesto de Product "
         "Owner. La revisaremos y te diremos algo en los próximos días."),
    ]))

W.append(Writer(
    "selectiebureau-gent-nl", "report", "pieter@scheldeselectie.example.be",
    "Met vriendelijke groeten,\nPieter De Smet\nSelectieconsultant | Schelde Selectie",
    "Schelde Selectie BV, erkend bureau voor arbeidsbemiddeling.",
    messages=[
        (OUT, "Plant manager - chemie Gent", "Beste {name},\n\nVoor een klant in de haven van Gent zoek ik een plant "
         "manager. Uw ervaring spreekt mij erg aan. Zou u openstaan voor een vrijblijvend gesprek?\n\nFunctie-"
         "omschrijving\nTaken:\n- Leiding over 80 medewerkers\n- Partnerschappen met onderaannemers\nProfiel:\n"
         "- Master ingenieur\nAanbod:\n- Aantrekkelijk loonpakket\n- Snelle procedure: uw sollicitatie wordt "
         "binnen de week behandeld"),
        (OUT, "Opvolging - plant manager", "Beste {name},\n\nIk volg even op in verband met de functie van plant "
         "manager. Mag ik u deze week eens bellen?"),
        (OUT, "Interim opdracht", "Beste {name}, ik heb een interimopdracht van 6 maanden als productieleider in "
         "Aalst, dagtarief 750 euro. Interesse om hierover te praten?"),
        (OTHER, "Nieuwsbrief Schelde Selectie", "Beste {name},\n\nIn deze nieuwsbrief: de arbeidsmarkt in de "
         "chemie, tips voor uw cv en onze vacatures van de maand.\n\nUitschrijven"),
        (INTERVIEW, "Uitnodiging gesprek - procesingenieur", "Beste {name},\n\nBedankt voor uw sollicitatie als "
         "procesingenieur. Wij nodigen u graag uit voor een gesprek op dinsdag om 14 uur op ons kantoor."),
        (ACK, "Ontvangstbevestiging", "Beste {name},\n\nWij hebben uw sollicitatie goed ontvangen en nemen zo snel "
         "mogelijk contact met u op."),
    ]))

W.append(Writer(
    "women-in-tech-mentoring", "report", "hello@womenbuild.example.org",
    "The WomenBuild team",
    "You're a WomenBuild member. Update your email preferences.",
    messages=[
        (OTHER, "Mentor request from a member", "Hi {name},\n\nPriya, an early-career engineer, would like you as "
         "her mentor. She's hoping to talk about moving from QA into development. Accept or decline in the app."),
        (OTHER, "Volunteer at our CV clinic?", "Hi {name},\n\nWe're running a CV clinic for returners on 5 May. "
         "Could you give two hours to review CVs and give career advice? Let us know!"),
        (OTHER, "Your mentoring session is tomorrow", "Hi {name},\n\nReminder: your mentoring call with Priya is "
         "tomorrow at 18:00. Have a great conversation!"),
        (OUT, "A member asked us to pass this on", "Hi {name},\n\nRachel Kim, VP Engineering at Lumen Health and a "
         "WomenBuild member, asked us to pass on a note: she's hiring a Director of Engineering and would love to "
         "talk to you about the role. Reply to this email and we'll connect you."),
    ]))

W.append(Writer(
    "recruiter-weekly-roles", "report", "sam@northstarrecruit.example.com",
    "Sam Okoro\nDirector, Northstar Recruitment",
    "You're on Northstar's candidate mailing list. Unsubscribe any time.",
    messages=[
        (OTHER, "Northstar hot jobs - week 22", "Hi {name},\n\nThis week's featured roles:\n\n- Finance Director - "
         "Birmingham - £120k\n- FP&A Manager - Coventry - £70k\n- Group Accountant - Solihull - £60k\n\nGet in touch "
         "if you'd like to hear more."),
        (OTHER, "Is it a good time to move? Our market view", "Hi {name},\n\nThe Midlands finance market is busy: "
         "interim demand is up and permanent salaries have risen 5%. Read our full view on the blog."),
        (OUT, "Finance Director - Birmingham - you?", "Hi {name},\n\nI'm writing to you personally about the "
         "Finance Director role with a PE-backed manufacturer in Birmingham. Given your time at Corley I think "
         "you'd be a strong candidate. Could we speak this week?"),
        (OUT, "Re: Finance Director - Birmingham", "Hi {name}, thanks for coming back to me. I'll call you at 5:30 "
         "today to run through the role and the business."),
        (OTHER, "Refer a friend and earn £500", "Hi {name},\n\nKnow a brilliant accountant? Refer them to Northstar "
         "and earn £500 when we place them. Refer now."),
    ]))

W.append(Writer(
    "hiring-manager-two-lines", "report", "g.ito@lumenhealth.example.com",
    "Gen",
    messages=[
        (OUT, "your talk", "Hi {name}, enjoyed your KubeCon talk. I'm hiring an SRE lead - fancy a chat?"),
        (OUT, "SRE lead", "{name} - any chance you'd consider an SRE lead role at Lumen? 20 min call?"),
        (OUT, "Re: SRE lead", "Great, sending an invite for Thu 3pm.\n\nOn Tue, 11 Feb 2025, {name} wrote:\n> Sure, "
         "happy to talk. What's the interview process like?"),
        (OUT, "contractor?", "Hey {name}, need a k8s contractor for 2 months, $120/hr. Interested?"),
        (OTHER, "conference dinner", "Hi {name}, a few of us are getting dinner after the conference on Thursday. "
         "Join us?"),
    ]))

W.append(Writer(
    "supply-teacher-agency", "report", "bookings@chalkline-education.example.co.uk",
    "Chalkline Education - Bristol Branch",
    "Chalkline Education Ltd is an employment business. All candidates are subject to an enhanced DBS check.",
    messages=[
        (OUT, "Long-term maths cover - Bristol", "Hi {name},\n\nA secondary school in Bristol is looking for a maths "
         "teacher to cover a maternity leave from September, £180 per day. Would you like me to put your name "
         "forward? Give me a call to talk it through."),
        (OUT, "Text: supply day tomorrow", "SMS: Hi {name}, Chalkline here. Day-to-day supply at a primary in Bath "
         "tomorrow, £140. Can you do it? Reply or call."),
        (OUT, "Permanent role - Head of Science", "Hi {name},\n\nOne of our partner schools in Weston has a "
         "permanent Head of Science post opening in January and asked if we knew anyone suitable. I thought of "
         "you. Could we have a quick conversation?"),
        (OTHER, "Safeguarding training reminder", "Hi {name},\n\nYour annual safeguarding training is due. Please "
         "complete the online module before your next booking."),
        (OTHER, "Refer a teacher friend", "Hi {name},\n\nKnow a teacher looking for supply work? Refer them to "
         "Chalkline and get a £100 voucher after they complete 10 days."),
        (ACK, "Registration received", "Hi {name},\n\nThank you for registering with Chalkline Education. We've "
         "received your CV and references and will call you to book a registration interview."),
        (REJ, "Head of Science - update", "Hi {name},\n\nThe school has decided to appoint an internal candidate to "
         "the Head of Science post, so they won't be taking your application further. Sorry to bring this news."),
    ]))

W.append(Writer(
    "exec-search-nonprofit", "report", "r.adeyemi@civic-search.example.org",
    "With warm regards,\nRuth Adeyemi\nManaging Partner | Civic Search",
    "Civic Search is a certified B Corporation. We partner with mission-driven organisations to find leaders who "
    "change lives. If you'd rather not hear from us, simply reply and let us know.",
    messages=[
        (OUT, "Chief Executive - a housing charity", "Dear {name},\n\nCivic Search has been appointed by the board of "
         "a national housing charity to find its next Chief Executive. I wondered whether this might interest you, "
         "or whether you'd be willing to talk about it in confidence."),
        (OUT, "Trustee role - youth charity", "Dear {name},\n\nA youth charity we support is looking for a Treasurer "
         "to join its board. Your finance background and your volunteering make you a natural candidate. Might you "
         "have twenty minutes for a call?"),
        (OUT, "Re: Chief Executive - a housing charity", "Dear {name},\n\nThank you for your kind reply. I have "
         "pencilled 4pm on Thursday for our conversation; the Chair may join for the last ten minutes.\n\n> On 2 "
         "Oct, {name} wrote:\n> Thank you Ruth, I'd be glad to talk. Is there an application pack and an "
         "interview timetable?"),
        (OUT, "Director of Fundraising", "Dear {name},\n\nWe are searching for a Director of Fundraising for an "
         "international development charity. The candidate pack is pasted below; would you like to discuss it?"
         "\n\nAbout the organisation\nA partnership of 40 country offices.\nThe role\n- Lead a team of 30\n"
         "Person specification\n- Senior fundraising leadership\nHow to apply\nSubmit your application by 12 "
         "November; interviews on 2 December."),
        (OTHER, "Civic Search newsletter - leading through change", "Dear {name},\n\nIn this issue: three chief "
         "executives on leading through funding cuts, and our latest appointments.\n\nRead online"),
        (OUT, "A conversation?", "Dear {name},\n\nI'd value your advice on a chair search we are running - and, "
         "candidly, I wonder whether the role might be for you. Could we speak?"),
    ]))

W.append(Writer(
    "zzp-bemiddelaar-nl", "report", "lotte@flexpoolict.example.nl",
    "Met vriendelijke groet,\nLotte Vermeulen\nAccountmanager | FlexPool ICT",
    "FlexPool ICT B.V. - KvK 81234567. Afmelden voor opdrachtmails? Stuur ons een bericht.",
    messages=[
        (OUT, "Opdracht: DevOps engineer - Utrecht", "Hoi {name},\n\nIk heb een opdracht bij een overheidsklant in "
         "Utrecht die goed bij je lijkt te passen. Heb je interesse en beschikbaarheid? Dan hoor ik graag je "
         "tarief.\n\nOpdrachtomschrijving\nWerkzaamheden:\n- Beheer van de Kubernetes-omgeving\n- Samenwerking "
         "met ketenpartners\nEisen:\n- 3 jaar ervaring met Azure DevOps\nVoorwaarden:\n- 32 uur per week\n- Tarief "
         "tot € 95 per uur"),
        (OUT, "Re: Opdracht DevOps engineer", "Hoi {name}, dank voor je reactie! Zullen we morgen om 11 uur even "
         "bellen om de opdracht door te nemen?"),
        (OUT, "Nieuwe opdracht", "Hoi {name}, cloud architect, 6 maanden, Den Haag, € 110 per uur. Zin in een "
         "belletje?"),
        (OUT, "Nog beschikbaar?", "Hoi {name}, ben je vanaf juni nog beschikbaar? Ik heb mogelijk een mooie opdracht "
         "voor je bij een bank in Amsterdam. Kunnen we even bellen?"),
        (OTHER, "Opdrachten van de week", "Hoi {name},\n\nNieuwe opdrachten:\n\n- Java developer - Zwolle - € 85\n"
         "- Scrum master - Arnhem - € 90\n- Data engineer - Remote - € 100\n\nBekijk alle opdrachten"),
        (ACK, "Je cv is ontvangen", "Hoi {name},\n\nBedankt voor het insturen van je cv voor de opdracht Java "
         "developer. We bekijken je profiel en laten binnen drie werkdagen iets van ons horen."),
    ]))

QUOTED = ("\n\nOn {day}, {name} <{name_l}@inbox.example> wrote:\n> Hi, thanks for getting in touch - could you "
          "tell me a bit more first?\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px;font-family:Arial\">{p.replace(chr(10), '<br>')}</p>"
                    for p in text.split("\n\n"))
    return f"<html><body><div class=\"mail\">{paras}</div></body></html>"


DRESS = Dress(QUOTED, "Wed, 8 Oct 2025 at 09:12", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    return letters(W, NAMES, DRESS)
