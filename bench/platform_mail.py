"""What job platforms and career tools send a job seeker, written message by message for this project (issue #15,
mail v2, seventh session): notices that are NOT about one of the reader's applications — "you appeared in 12
searches", "a recruiter viewed your profile", "new jobs matching 'data analyst'", "applications are closing soon",
"complete your profile", "your résumé was downloaded", community and forum digests, work anniversaries, premium
trials, salary reports, "how did your interview go? rate the company", interview-prep courses, résumé-writing
services, career fairs, webinars about interviewing, message digests, invitations to connect, "application
started — finish applying", coding-challenge platforms' marketing, university careers newsletters, bootcamp ads,
account notices — and the job seeker's own sent mail (a cover letter, "Application for the post of …", "thank you,
I look forward to the interview"). Beside them, job mail of the same shapes that must keep its label: a
recruiter's message relayed by a platform, an assessment a platform sends on behalf of an employer, an
acknowledgement, an interview, an offer or a rejection sent through a job board. All brand names are invented.

The rule for the reader's own sent mail, written down because it is a choice: the labels say what an employer or a
recruiter tells the reader (docs/mail-classify.md: `other` is "not job-related, job alerts, account e-mails"); a
letter the reader wrote tells the tracker nothing it can apply (an application is recorded when it is made or
acknowledged, an interview when it is offered), so it is `other` — the import must not turn "thank you, I look
forward to the interview" into a second interview or a cover letter into an employer's acknowledgement.

Mostly English, some French, German, Spanish and Dutch. Every writer (a brand or a person with its own manner)
belongs to one half, by brand: `tune` (its mistakes may be read and may shape the screen, packs and examples) or
`report` (only counted at the first run and at the end; never printed). Each kind has writers in both halves.
Read three ways like bench/student_mail.py (as written; lemmatised; lower case without punctuation).

    from platform_mail import messages, write_mbox
    rows = messages("tune", "as written")
    # [{"id", "writer", "kind", "lang", "gold", "subject", "body", "sender", "raw"}]
"""

from __future__ import annotations

import student_mail
from personal_mail import Writer, write_mbox

__all__ = ["HALVES", "READINGS", "WRITERS", "messages", "write_mbox"]

HALVES = student_mail.HALVES
READINGS = student_mail.READINGS
WRITERS: list[Writer] = []


def w(kind, half, lang, sender, greeting, signoff, footer, mail, *, html=False):
    """One writer; a `job: ...` kind names the label its mail must keep, every other kind is `other`."""
    WRITERS.append(Writer(kind, half, lang, sender, greeting, signoff, footer, html, tuple(mail),
                          student_mail.JOB_KINDS.get(kind, "other")))


def messages(half: str, reading: str = READINGS[0], seed: int = 2041) -> list[dict]:
    """Every message of one half's writers, dressed and read one of the READINGS (see bench/student_mail.py)."""
    return student_mail.messages(half, reading, seed, writers=WRITERS, tag="platform")


LW = "You are receiving Linkwise notification emails. Unsubscribe · Help · Linkwise Corp., 1 Market Way, Sunnyvale"
JB = "Jobora, 4 Pine Street, Austin TX. Manage your job alerts · Unsubscribe"
CP = "Campusly · Sent to students of partner schools · Notification settings"
SU = "StepUp Jobs GmbH, Hamburg · Benachrichtigungen verwalten · Abmelden"
NK = "Naukrio.com · You are receiving this mail as a registered jobseeker · Unsubscribe"
CA = "CodeArena Inc. · Email preferences · Unsubscribe"
PL = "Proflink Ltd, Dublin · You are receiving these emails because of your notification settings. Unsubscribe."
GV = "Glassview, Inc. · Mill Valley, CA · Unsubscribe from these emails"
SW = "Seekwell Pty Ltd, Melbourne · Manage notifications · Privacy"
KN = "Karrierenetz SE · Einstellungen für E-Mails ändern · Impressum"
MJ = "Monstrum Worldwide · Manage your subscriptions · Privacy Policy"
HH = "HireHub · This is an automated message · Preferences"


# === Search appearances =====================================================================================

w("search appearances", "tune", "en", "Linkwise <notifications-noreply@linkwise.example.com>", "Hi {n},",
  "The Linkwise Team", LW, [
    ("You appeared in 12 searches this week", "You were found by people from Kestrel Analytics, Brightwater Bank "
     "and 3 others. Recruiters searched for titles like Data Analyst and Business Intelligence Analyst. See who's "
     "looking."),
    ("Your profile is getting noticed", "Your profile appeared in 47 searches in the past 7 days, up 20% on last "
     "week. Add skills to appear in more recruiter searches."),
    ("See who's been searching for you", "Hiring managers at 4 companies found you through search. Top search "
     "keyword: 'SQL'. Upgrade to see the full list of searchers."),
], html=True)

w("search appearances", "tune", "en", "Naukrio <info@naukrio.example.com>", "Dear Jobseeker,",
  "Team Naukrio", NK, [
    ("Your profile was viewed by 6 recruiters", "Your profile appeared in recruiter searches 38 times this week. "
     "Recruiters from IT services companies in Bengaluru and Pune searched for Java Developer profiles like yours."),
    ("Profile performance report for this week", "Search appearances: 52. Recruiter actions: 3. Profile "
     "strength: 72%. Update your resume headline to get more recruiter calls."),
])

w("search appearances", "report", "en", "Proflink <updates@mail.proflink.example.com>", "{n},", "Proflink", PL, [
    ("You showed up in 9 searches", "People at Orion Retail, Castell Group and elsewhere found your profile this "
     "week. Their titles included Talent Acquisition Partner and Engineering Manager."),
    ("Your weekly search stats", "Search appearances are up 35%. You were most often found for 'project "
     "coordinator'. Keep your profile current to stay visible to recruiters."),
], html=True)

w("search appearances", "report", "de", "Karrierenetz <benachrichtigung@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Sie wurden 14-mal gefunden", "Ihr Profil wurde diese Woche 14-mal in Suchen gefunden, unter anderem von "
     "Personalern aus der Automobilbranche. Ergänzen Sie Ihre Kenntnisse, um öfter gefunden zu werden."),
    ("Wer hat Sie gesucht?", "Recruiter von 3 Unternehmen haben nach Profilen wie Ihrem gesucht. Mit Premium "
     "sehen Sie, wer es war."),
])

# === Profile views ==========================================================================================

w("profile views", "tune", "en", "Linkwise <messages-noreply@linkwise.example.com>", "Hi {n},", "Linkwise", LW, [
    ("A recruiter viewed your profile", "A Technical Recruiter at Halden Software viewed your profile. Recruiters "
     "often look at several profiles before reaching out. Make sure your profile shows you're open to work."),
    ("Someone from Brightwater Bank viewed your profile", "Someone in Human Resources at Brightwater Bank looked "
     "at your profile yesterday. See all profile viewers with Premium."),
    ("3 people viewed your profile", "Your profile was viewed by a Hiring Manager at Verdant Health and 2 others. "
     "Say hello or follow their companies."),
], html=True)

w("profile views", "tune", "fr", "EmploiDirect <notifications@emploidirect.example.fr>", "Bonjour {n},",
  "L'équipe EmploiDirect", "EmploiDirect SAS, Paris · Gérer mes alertes · Se désabonner", [
    ("Un recruteur a consulté votre profil", "Un recruteur du secteur de la banque a consulté votre profil "
     "aujourd'hui. Complétez votre CV en ligne pour augmenter vos chances d'être contacté."),
    ("Votre CV a été vu 5 fois cette semaine", "Des recruteurs ont consulté votre CV 5 fois cette semaine. Mettez "
     "à jour votre disponibilité pour rester visible."),
])

w("profile views", "report", "en", "Proflink <updates@mail.proflink.example.com>", "Hi {n},", "Proflink", PL, [
    ("Your profile got 7 views", "A Talent Partner at Northwind Logistics and 6 others viewed your profile this "
     "week. Viewers who are recruiters are shown first."),
    ("A hiring manager checked you out", "A Senior Engineering Manager at Lumen Works viewed your profile. Now "
     "might be a good time to send a connection request."),
], html=True)

w("profile views", "report", "es", "EmpleoYa <avisos@empleoya.example.es>", "Hola {n}:", "El equipo de EmpleoYa",
  "EmpleoYa S.L., Madrid · Gestionar avisos · Darse de baja", [
    ("Una empresa ha visto tu perfil", "Una empresa del sector tecnológico ha visitado tu perfil. Completa tu "
     "experiencia para aparecer en más búsquedas de seleccionadores."),
    ("Tu CV ha recibido 4 visitas", "Esta semana 4 empresas han visto tu CV. Añade tus idiomas para destacar."),
])

# === Job alerts ===============================================================================================

w("job alert", "tune", "en", "Jobora <alert@jobora.example.com>", "", "Jobora", JB, [
    ("New jobs matching 'data analyst' in Denver, CO", "Data Analyst - Halden Software - Denver, CO - $70,000 - "
     "$85,000 a year - Easily apply\nJunior Data Analyst - Pike Health - Remote - Urgently hiring\nBusiness "
     "Analyst - Corvid Bank - Denver, CO\nSee all 23 new jobs"),
    ("15 new Marketing Coordinator jobs", "Marketing Coordinator - Bloom Retail - Chicago\nSocial Media "
     "Coordinator - Tandem Agency - Hybrid\nBe one of the first applicants. View all jobs."),
    ("We found 5 new jobs for you", "Based on your recent searches: Customer Success Associate at Lumen, Sales "
     "Development Representative at Quill, Account Executive at Harbor. Apply now before they fill up."),
    ("Jobs you may be interested in", "Software Engineer I - Ridgeview Systems - 3 days ago. Associate Developer "
     "- Tern Labs - Just posted. Your profile matches 8 of 10 requirements for these positions."),
])

w("job alert", "tune", "en", "Campusly <notifications@campusly.example.com>", "Hey {n},", "Campusly", CP, [
    ("12 new internships picked for you", "Employers are hiring students like you: Summer Analyst Intern at "
     "Marlow Capital, Product Design Intern at Quill, Data Science Intern at Tern Labs. Apply with your Campusly "
     "profile."),
    ("Employers are looking for CS majors", "Top jobs for Computer Science majors this week: Software Engineer "
     "New Grad, QA Intern, IT Support Technician. Deadlines are approaching."),
])

w("job alert", "tune", "de", "StepUp Jobs <jobagent@stepupjobs.example.de>", "Hallo {n},", "Ihr StepUp-Team", SU, [
    ("8 neue Jobs für „Controller“ in München", "Controller (m/w/d) – Hausmann AG – München\nJunior Controller "
     "(m/w/d) – Beltz Logistik – Garching\nSachbearbeiter Rechnungswesen (m/w/d) – Remote\nAlle Stellenangebote "
     "ansehen"),
    ("Ihr Jobagent hat neue Stellen gefunden", "Passend zu Ihrer Suche „Projektmanager“ gibt es 6 neue "
     "Stellenanzeigen. Jetzt bewerben, solange die Anzeigen frisch sind."),
])

w("job alert", "tune", "nl", "VacatureRadar <alerts@vacatureradar.example.nl>", "Hoi {n},", "Team VacatureRadar",
  "VacatureRadar B.V., Utrecht · Alerts beheren · Afmelden", [
    ("7 nieuwe vacatures voor 'verpleegkundige'", "Verpleegkundige – Zorggroep Rijnland – Leiden\nWijkverpleegkundige "
     "– Thuiszorg Midden – Utrecht\nBekijk alle vacatures en solliciteer direct."),
    ("Nieuwe vacatures die bij je passen", "Op basis van je zoekopdracht hebben we 4 nieuwe banen gevonden. "
     "Reageer snel, sommige vacatures sluiten deze week."),
])

w("job alert", "report", "en", "Seekwell <jobmail@seekwell.example.com.au>", "", "Seekwell", SW, [
    ("6 new Civil Engineer jobs in Brisbane", "Graduate Civil Engineer - Coral Infrastructure - Brisbane QLD\n"
     "Site Engineer - Lachlan Construction - Gold Coast\nView all jobs and save your search."),
    ("Jobs for you this week", "Recommended: Warehouse Supervisor at Outback Freight, Logistics Coordinator at "
     "Bay Ports. Quick apply is available for these roles."),
    ("New jobs in Administration & Office Support", "Receptionist - Coastal Dental - Sydney NSW - Full time\n"
     "Office Manager - Harbour Legal - North Sydney"),
])

w("job alert", "report", "en", "Monstrum <jobalerts@monstrum.example.com>", "Hello {n},", "Your Monstrum Team",
  MJ, [
    ("Your Job Alert: Nurse Practitioner", "New postings that match your alert: Nurse Practitioner - Family "
     "Clinic - Tampa, FL. Travel Nurse Practitioner - Remote. Apply today."),
    ("Top jobs in your area", "Store Manager at Pinewood Foods, Assistant Manager at City Outfitters. These "
     "employers are actively reviewing candidates."),
], html=True)

w("job alert", "report", "fr", "Cadremploi Plus <alertes@cadreplus.example.fr>", "Bonjour {n},",
  "L'équipe Cadre Plus", "Cadre Plus · Modifier mon alerte · Se désinscrire", [
    ("12 nouvelles offres d'emploi pour « chef de projet »", "Chef de projet digital (H/F) – Lyon – CDI\nChef de "
     "projet MOA (H/F) – Paris – CDI\nConsultez toutes les offres et postulez en un clic."),
    ("Votre alerte emploi du jour", "3 nouvelles offres correspondent à vos critères : Responsable "
     "administratif, Contrôleur de gestion, Assistant comptable."),
])

w("job alert", "report", "es", "EmpleoYa <avisos@empleoya.example.es>", "Hola {n}:", "El equipo de EmpleoYa",
  "EmpleoYa S.L., Madrid · Gestionar avisos · Darse de baja", [
    ("Nuevas ofertas de empleo de «administrativo»", "Administrativo/a contable – Valencia – Jornada completa\n"
     "Auxiliar administrativo – Madrid – Contrato indefinido\nVer todas las ofertas."),
])

# === Applications closing soon (jobs the reader did not apply to) ===========================================

w("closing soon", "tune", "en", "Campusly <notifications@campusly.example.com>", "Hey {n},", "Campusly", CP, [
    ("Applications close Friday for 4 jobs you saved", "Don't miss out: the application deadline for Analyst "
     "Program at Marlow Capital, and 3 other saved jobs, is this Friday. Finish your application in Campusly."),
    ("Last chance: deadlines this week", "These internships stop accepting applications in 3 days: Marketing "
     "Intern at Bloom Retail, Operations Intern at Harbor Freight."),
])

w("closing soon", "tune", "en", "Jobora <alert@jobora.example.com>", "", "Jobora", JB, [
    ("Jobs you viewed are closing soon", "The Customer Support Specialist job at Lumen Works that you viewed "
     "will stop taking applications tomorrow. Apply now."),
    ("Hiring ends soon for these roles", "3 employers plan to close their postings this week. Apply before the "
     "positions are filled."),
])

w("closing soon", "report", "en", "HireHub <noreply@hirehub.example.io>", "Hi {n},", "HireHub", HH, [
    ("Deadline approaching: Graduate Scheme 2027", "The application window for the Castell Group Graduate "
     "Scheme closes on 30 November. You saved this job but haven't applied yet."),
    ("Only 2 days left to apply", "Saved job reminder: Junior Product Manager at Quill closes in 2 days."),
])

w("closing soon", "report", "de", "Karrierenetz <benachrichtigung@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Bewerbungsfrist endet bald", "Die Stelle „Werkstudent Marketing (m/w/d)“ bei Lindner Medien, die Sie "
     "gemerkt haben, ist nur noch 3 Tage ausgeschrieben."),
])

# === Complete your profile ===================================================================================

w("profile completion", "tune", "en", "Linkwise <notifications-noreply@linkwise.example.com>", "Hi {n},",
  "The Linkwise Team", LW, [
    ("Complete your profile to get noticed by recruiters", "Members with a complete profile are 40x more likely "
     "to receive opportunities. Add your education and a photo to stand out to hiring managers."),
    ("Let recruiters know you're open to work", "Turn on Open to Work to privately signal recruiters that you're "
     "looking for a new position. Only recruiters using Linkwise Recruiter will see it."),
], html=True)

w("profile completion", "tune", "en", "Naukrio <info@naukrio.example.com>", "Dear Jobseeker,", "Team Naukrio", NK, [
    ("Your profile is 60% complete", "Recruiters prefer candidates with complete profiles. Add your key skills, "
     "current salary and notice period to get more interview calls."),
    ("Update your resume to stay on top", "Your resume was last updated 90 days ago. Profiles updated recently "
     "appear higher in recruiter searches."),
])

w("profile completion", "tune", "de", "StepUp Jobs <service@stepupjobs.example.de>", "Hallo {n},",
  "Ihr StepUp-Team", SU, [
    ("Vervollständigen Sie Ihr Profil", "Mit einem vollständigen Profil finden Arbeitgeber Sie leichter. Laden "
     "Sie Ihren Lebenslauf hoch und geben Sie Ihren Wunschjob an."),
])

w("profile completion", "report", "en", "Seekwell <noreply@seekwell.example.com.au>", "Hi {n},", "Seekwell", SW, [
    ("Add your skills to get found", "Employers search Seekwell profiles every day. Add at least 5 skills and your "
     "right to work so they can find you for the right role."),
    ("Your profile is hidden from employers", "Your Seekwell profile visibility is set to hidden. Make it "
     "standard so employers can approach you about jobs."),
])

w("profile completion", "report", "en", "Glassview <noreply@glassview.example.com>", "Hi {n},", "Glassview", GV, [
    ("Finish setting up your job preferences", "Tell us your desired job title, salary and location so we can "
     "recommend better jobs and company matches."),
])

w("profile completion", "report", "nl", "Banenbank <service@banenbank.example.nl>", "Hallo {n},",
  "Groeten van Banenbank", "Banenbank.nl · Instellingen · Afmelden", [
    ("Maak je profiel compleet", "Werkgevers zoeken dagelijks in ons cv-bestand. Met een volledig profiel en "
     "een recente cv word je vaker gevonden."),
])

# === Résumé downloaded / CV viewed =========================================================================

w("resume viewed", "tune", "en", "Jobora <noreply@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("Your resume was downloaded", "Good news! An employer downloaded your resume from Jobora Resume Search. "
     "Employers who download resumes are actively hiring."),
    ("Employers are viewing your resume", "Your public resume was viewed 11 times this month. Keep it up to date "
     "so employers can contact you."),
])

w("resume viewed", "tune", "en", "Naukrio <info@naukrio.example.com>", "Dear Jobseeker,", "Team Naukrio", NK, [
    ("Your CV was downloaded by a recruiter", "A recruiter from an MNC in Hyderabad downloaded your CV today. "
     "Upgrade to Naukrio Pro to know which company."),
])

w("resume viewed", "report", "en", "Monstrum <noreply@monstrum.example.com>", "Hello {n},", "Your Monstrum Team",
  MJ, [
    ("An employer viewed your resume", "Your resume was viewed by an employer in Healthcare. See how your "
     "resume compares to other applicants."),
    ("Your resume is searchable", "Your resume is now visible to 50,000+ employers searching the Monstrum resume "
     "database."),
], html=True)

w("resume viewed", "report", "fr", "Cadremploi Plus <service@cadreplus.example.fr>", "Bonjour {n},",
  "L'équipe Cadre Plus", "Cadre Plus · Mes préférences", [
    ("Votre CV a été téléchargé", "Un recruteur a téléchargé votre CV depuis notre CVthèque. Pensez à garder "
     "vos coordonnées à jour."),
])

# === Community, feed and forum digests =======================================================================

w("community digest", "tune", "en", "Linkwise <messages-noreply@linkwise.example.com>", "Hi {n},", "Linkwise", LW, [
    ("People are talking about: layoffs in tech", "Top conversations in your network: 'How I landed a job after "
     "200 applications', 'Interview red flags to watch for', 'Is the hiring freeze ending?'"),
    ("Maria Chen and others shared posts", "Maria Chen shared: 'Excited to announce I'm starting a new position "
     "as Product Manager at Tern Labs!' and 14 others posted today."),
], html=True)

w("community digest", "tune", "en", "Jobora Community <community@jobora.example.com>", "Hi {n},",
  "Jobora Community", JB, [
    ("Trending in Career Advice", "Top posts this week: 'Got rejected after the final round, what now?' (84 "
     "replies), 'Counter-offer etiquette' (52 replies), 'Recruiter ghosted me after the offer call'."),
    ("New replies to a thread you follow", "3 people replied to 'How long to wait after an interview before "
     "following up?'. See what they said."),
])

w("community digest", "tune", "nl", "VacatureRadar <nieuws@vacatureradar.example.nl>", "Hoi {n},",
  "Team VacatureRadar", "VacatureRadar B.V., Utrecht · Afmelden", [
    ("Deze week op het forum", "Populaire vragen: 'Hoe onderhandel ik over mijn salaris?', 'Afgewezen na het "
     "tweede gesprek, wat nu?' en 'Tips voor je eerste werkdag'."),
])

w("community digest", "report", "en", "Glassview Bowls <bowls@glassview.example.com>", "Hi {n},", "Glassview", GV, [
    ("Popular in your bowls: Tech India", "A member wrote: 'My offer was rescinded today, any advice?' — 128 "
     "comments. Another asks how to negotiate a joining bonus."),
    ("Your bowl digest", "Today in Consulting: 'Case interview tips', 'Is the Big 4 still hiring?', 'Got my "
     "rejection email after 3 rounds'."),
])

w("community digest", "report", "en", "Proflink <updates@mail.proflink.example.com>", "Hi {n},", "Proflink", PL, [
    ("Trending in your network", "Posts from your network: 'We're hiring! 5 open positions in our data team', "
     "'Thrilled to share that I accepted an offer at Orion Retail'."),
], html=True)

w("community digest", "report", "de", "Karrierenetz <benachrichtigung@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Neuigkeiten aus Ihrem Netzwerk", "Anna Weber hat eine neue Stelle als Teamleiterin bei Lindner Medien "
     "angetreten. Gratulieren Sie ihr!"),
])

# === Work anniversaries and congratulations ===================================================================

w("anniversary", "tune", "en", "Linkwise <notifications-noreply@linkwise.example.com>", "Hi {n},", "Linkwise", LW, [
    ("Congratulate David on his work anniversary", "David Okoro is celebrating 5 years at Halden Software. Send "
     "congratulations."),
    ("Wish Priya a happy birthday", "Priya Shah's birthday is today. Let her know you're thinking of her."),
    ("Congratulate Tom on his new job", "Tom Reyes started a new position as Senior Analyst at Corvid Bank. Say "
     "congrats!"),
], html=True)

w("anniversary", "report", "en", "Proflink <updates@mail.proflink.example.com>", "{n},", "Proflink", PL, [
    ("Celebrate Lena's 3-year work anniversary", "Lena Novak marks 3 years at Northwind Logistics today. "
     "Reach out to congratulate her."),
    ("Your connection got promoted", "Rahul Mehta has been promoted to Engineering Manager at Lumen Works."),
], html=True)

w("anniversary", "report", "de", "Karrierenetz <benachrichtigung@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Jonas feiert sein Firmenjubiläum", "Jonas Becker ist seit 10 Jahren bei Hausmann AG. Gratulieren Sie "
     "jetzt."),
])

# === Premium trials ==========================================================================================

w("premium", "tune", "en", "Linkwise Premium <premium-noreply@linkwise.example.com>", "Hi {n},",
  "Linkwise Premium", LW, [
    ("Try Premium Career free for 1 month", "Get hired faster: see who viewed your profile, message recruiters "
     "directly with InMail credits, and see how you compare to other applicants. Cancel anytime."),
    ("Your free trial ends in 3 days", "Your Premium Career trial ends on 14 March. After that you'll be charged "
     "$39.99 per month. Keep standing out to recruiters."),
    ("Your Premium subscription receipt", "Thanks for your payment of $39.99 for Premium Career. Next billing "
     "date: 14 April."),
], html=True)

w("premium", "tune", "en", "Naukrio FastForward <services@naukrio.example.com>", "Dear Jobseeker,",
  "Team Naukrio", NK, [
    ("Get 3x more recruiter calls", "With FastForward your application is highlighted to recruiters and your "
     "profile is pushed to the top of searches. Offer price: Rs 1,299 for 3 months."),
])

w("premium", "report", "en", "Monstrum <offers@monstrum.example.com>", "Hello {n},", "Your Monstrum Team", MJ, [
    ("Stand out with Monstrum Plus", "Be a featured applicant: your applications appear at the top of the "
     "employer's list. Start your 7-day trial for $1."),
    ("Your Monstrum Plus trial has started", "Welcome to Monstrum Plus! Your trial lasts 7 days. You can cancel "
     "in Account settings."),
], html=True)

w("premium", "report", "fr", "Karrierenetz <service@karrierenetz.example.de>", "Bonjour {n},",
  "L'équipe Karrierenetz", KN, [
    ("Essayez Premium gratuitement", "Découvrez qui a consulté votre profil et contactez directement les "
     "recruteurs. Offre d'essai gratuite de 30 jours."),
])

# === Salary reports ==========================================================================================

w("salary", "tune", "en", "Jobora Salaries <insights@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("What do Data Analysts earn in Denver?", "The average Data Analyst salary in Denver is $74,210 per year. "
     "See salaries by company and compare before your next offer negotiation."),
    ("Your salary report is ready", "Based on your job title and experience, your estimated market value is "
     "$68,000 - $81,000. Find out if you're paid fairly."),
])

w("salary", "tune", "de", "StepUp Jobs <gehalt@stepupjobs.example.de>", "Hallo {n},", "Ihr StepUp-Team", SU, [
    ("Ihr persönlicher Gehaltsreport", "Als Controller in München verdienen Sie im Schnitt 62.400 € brutto im "
     "Jahr. Vergleichen Sie Ihr Gehalt mit anderen Arbeitnehmern."),
])

w("salary", "report", "en", "Glassview <noreply@glassview.example.com>", "Hi {n},", "Glassview", GV, [
    ("Know your worth", "Software Engineers at Lumen Works report a base pay of $128K. Share your salary "
     "anonymously to unlock more salary insights."),
    ("Salaries at companies you follow", "New salary reports were added for Orion Retail and Castell Group. See "
     "pay for Store Manager and Analyst roles."),
])

w("salary", "report", "es", "EmpleoYa <avisos@empleoya.example.es>", "Hola {n}:", "El equipo de EmpleoYa",
  "EmpleoYa S.L., Madrid · Darse de baja", [
    ("¿Cuánto cobra un administrativo en Valencia?", "El salario medio de un administrativo en Valencia es de "
     "19.800 € brutos al año. Consulta los sueldos por empresa."),
])

# === Rate the company / review your interview ================================================================

w("company review", "tune", "en", "Jobora <noreply@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("How did your interview at Pike Health go?", "Help other job seekers by sharing your interview experience "
     "at Pike Health. It only takes 2 minutes and it's anonymous."),
    ("Rate your employer", "How is it working at Bloom Retail? Rate your company and review the management, "
     "pay and benefits."),
])

w("company review", "tune", "fr", "EmploiDirect <avis@emploidirect.example.fr>", "Bonjour {n},",
  "L'équipe EmploiDirect", "EmploiDirect SAS, Paris · Se désabonner", [
    ("Comment s'est passé votre entretien ?", "Partagez votre expérience d'entretien chez Maison Delorme pour "
     "aider d'autres candidats. Votre avis est anonyme."),
])

w("company review", "report", "en", "Glassview <noreply@glassview.example.com>", "Hi {n},", "Glassview", GV, [
    ("Tell us about your interview at Orion Retail", "Recently interviewed? Share the questions you were asked "
     "and how the process went. Your review stays anonymous."),
    ("Rate Castell Group as an employer", "Your review helps others make better career decisions. Rate the "
     "culture, the CEO and the work-life balance."),
])

w("company review", "report", "de", "Karrierenetz <bewertung@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Wie war Ihr Vorstellungsgespräch?", "Bewerten Sie Ihr Vorstellungsgespräch bei Lindner Medien und helfen "
     "Sie anderen Bewerbern. Die Bewertung ist anonym."),
])

# === Interview-prep courses ==================================================================================

w("interview prep", "tune", "en", "InterviewAce <hello@interviewace.example.com>", "Hi {n},",
  "Cheers,\nThe InterviewAce Team", "InterviewAce, Toronto · Unsubscribe", [
    ("Ace your next interview in 7 days", "Our video course covers the 50 most common interview questions, the "
     "STAR method and salary negotiation. 40% off this week only."),
    ("Your mock interview session is booked", "Your mock interview with coach Daniel is booked for Thursday at 6 "
     "PM. Bring a job description you're preparing for."),
    ("Free guide: answering 'Tell me about yourself'", "Download our free guide and practise your answer to the "
     "question every interviewer asks."),
])

w("interview prep", "tune", "de", "Bewerbungsprofi <info@bewerbungsprofi.example.de>", "Hallo {n},",
  "Ihr Team vom Bewerbungsprofi", "Bewerbungsprofi GmbH · Abmelden", [
    ("Sicher ins Vorstellungsgespräch", "In unserem Online-Kurs lernen Sie, wie Sie typische Fragen im "
     "Vorstellungsgespräch souverän beantworten. Jetzt 30 % Rabatt."),
])

w("interview prep", "report", "en", "PrepPilot <team@preppilot.example.io>", "Hey {n},", "The PrepPilot team",
  "PrepPilot · 221 Kings Road, London · Unsubscribe", [
    ("Land your dream job: system design course", "Master the system design interview with 30 real questions "
     "from top tech companies. Lifetime access for $79."),
    ("Practice makes perfect", "You've completed 3 of 10 behavioural interview drills. Keep going to finish "
     "your interview prep plan."),
])

w("interview prep", "report", "es", "Entrevista Pro <hola@entrevistapro.example.es>", "Hola {n}:",
  "Equipo Entrevista Pro", "Entrevista Pro · Darse de baja", [
    ("Prepara tu próxima entrevista de trabajo", "Nuestro curso online te enseña a responder a las preguntas más "
     "difíciles de una entrevista. Plazas limitadas."),
])

# === Résumé-writing services ==================================================================================

w("resume service", "tune", "en", "ResumeCraft <experts@resumecraft.example.com>", "Hi {n},",
  "Best,\nAmanda, ResumeCraft", "ResumeCraft LLC · Unsubscribe", [
    ("Your free resume review is ready", "Our expert reviewed your resume: it may not pass applicant tracking "
     "systems. Recruiters spend 6 seconds on a resume. Get a professional rewrite for $149."),
    ("Is your resume holding you back?", "75% of resumes are rejected by ATS software before a human sees them. "
     "Let our writers fix yours."),
    ("Your order is confirmed", "Thank you for your order of the Professional Resume Package. Your writer will "
     "send a first draft within 3 business days."),
])

w("resume service", "tune", "nl", "CV-Hulp <info@cvhulp.example.nl>", "Beste {n},", "Team CV-Hulp",
  "CV-Hulp · Afmelden", [
    ("Gratis cv-check", "Onze experts hebben je cv bekeken. Met een paar aanpassingen word je vaker uitgenodigd "
     "voor een gesprek. Bestel nu een cv-herschrijving."),
])

w("resume service", "report", "en", "TopCV Pro <service@topcvpro.example.co.uk>", "Dear {n},",
  "Kind regards,\nThe TopCV Pro Team", "TopCV Pro Ltd · Unsubscribe", [
    ("Your CV critique", "We've reviewed your CV. It lacks keywords recruiters search for, and its format may "
     "confuse applicant tracking systems. Upgrade to a rewritten CV and cover letter."),
    ("Your cover letter is ready", "Your new cover letter has been written and is ready to download from your "
     "account."),
])

w("resume service", "report", "fr", "CV Atelier <contact@cvatelier.example.fr>", "Bonjour {n},",
  "L'équipe CV Atelier", "CV Atelier · Se désinscrire", [
    ("Votre CV passe-t-il les logiciels de recrutement ?", "Faites relire votre CV par un expert et obtenez "
     "plus d'entretiens. -20 % avec le code CARRIERE."),
])

# === Career fairs ============================================================================================

w("career fair", "tune", "en", "Campusly Events <events@campusly.example.com>", "Hey {n},", "Campusly", CP, [
    ("Register for the Spring Career Fair", "Over 120 employers will be hiring for internships and full-time "
     "positions. Register now and upload your resume so recruiters can find you."),
    ("Career fair tomorrow: tips for meeting employers", "Bring copies of your resume, prepare a 30-second pitch "
     "and research the companies that are hiring."),
])

w("career fair", "tune", "fr", "EmploiDirect Événements <events@emploidirect.example.fr>", "Bonjour {n},",
  "L'équipe EmploiDirect", "EmploiDirect SAS · Se désabonner", [
    ("Salon de l'emploi virtuel le 12 mars", "Plus de 60 entreprises recrutent : rencontrez les recruteurs en "
     "visio et déposez votre CV. Inscription gratuite."),
])

w("career fair", "report", "en", "HireHub Events <events@hirehub.example.io>", "Hi {n},", "HireHub", HH, [
    ("Virtual hiring event: Tech Week", "Meet recruiters from 40 companies hiring engineers. Chat live with "
     "hiring managers and apply on the spot."),
    ("You're registered for the Healthcare Jobs Fair", "Your registration is confirmed. The fair runs Saturday "
     "10 AM - 3 PM at the Convention Center."),
])

w("career fair", "report", "nl", "Banenbank Events <events@banenbank.example.nl>", "Hallo {n},",
  "Groeten van Banenbank", "Banenbank.nl · Afmelden", [
    ("Banenmarkt Rotterdam: meld je aan", "Op 20 april presenteren 50 werkgevers hun vacatures. Neem je cv mee "
     "en maak kennis met recruiters."),
])

# === Webinars about interviewing and job hunting ===========================================================

w("webinar", "tune", "en", "Linkwise Learning <learning-noreply@linkwise.example.com>", "Hi {n},",
  "Linkwise Learning", LW, [
    ("Live webinar: How to answer behavioural interview questions", "Join our career coach on Wednesday at 12 "
     "PM ET. Learn how recruiters evaluate your answers. Save your seat."),
    ("Recording available: Negotiating your job offer", "Missed our webinar? Watch the recording on salary "
     "negotiation and how to evaluate an offer."),
], html=True)

w("webinar", "tune", "en", "CodeArena Events <events@codearena.example.com>", "Hi {n},", "CodeArena", CA, [
    ("Webinar: cracking the coding interview", "Engineers from top companies share how they prepare for "
     "technical interviews. Thursday, 5 PM PT. Register free."),
])

w("webinar", "report", "en", "Glassview Events <events@glassview.example.com>", "Hi {n},", "Glassview", GV, [
    ("Join us: job search strategies for 2027", "A free live session with recruiters on networking, writing "
     "applications and preparing for interviews."),
])

w("webinar", "report", "de", "Karrierenetz Akademie <akademie@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Webinar: Gehaltsverhandlung im Vorstellungsgespräch", "Erfahren Sie im kostenlosen Webinar, wie Sie Ihr "
     "Wunschgehalt überzeugend verhandeln. Jetzt anmelden."),
    ("Ihre Anmeldung zum Webinar", "Sie sind für das Webinar „Bewerbung 2027“ am Dienstag um 18 Uhr "
     "angemeldet."),
])

# === Message digests (no message content) ==================================================================

w("message digest", "tune", "en", "Linkwise <messages-noreply@linkwise.example.com>", "Hi {n},", "Linkwise", LW, [
    ("You have 3 new messages", "You have unread messages from Kevin Park, Sarah Lin and 1 other. Reply to keep "
     "the conversation going."),
    ("You have 1 new InMail", "You have a new InMail waiting in your inbox. Open Linkwise to read and respond."),
], html=True)

w("message digest", "tune", "en", "Naukrio <info@naukrio.example.com>", "Dear Jobseeker,", "Team Naukrio", NK, [
    ("2 recruiters sent you messages", "You have 2 unread recruiter messages in your Naukrio inbox. Log in to "
     "read them."),
])

w("message digest", "report", "en", "Proflink <messages@mail.proflink.example.com>", "{n},", "Proflink", PL, [
    ("Unread messages from your network", "You have 4 unread messages, including one from a recruiter. Open the "
     "app to read them."),
], html=True)

w("message digest", "report", "de", "Karrierenetz <nachrichten@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Sie haben eine neue Nachricht", "Ein Recruiter hat Ihnen eine Nachricht geschickt. Melden Sie sich an, "
     "um sie zu lesen."),
])

# === Invitations to connect ==================================================================================

w("connect", "tune", "en", "Linkwise <invitations@linkwise.example.com>", "Hi {n},", "Linkwise", LW, [
    ("Grace Liu has invited you to connect", "Grace Liu, Talent Acquisition Specialist at Halden Software, wants "
     "to connect. Accept her invitation to grow your network."),
    ("You have 2 pending invitations", "Michael Torres (Recruiter at Pike Health) and 1 other are waiting for "
     "your response."),
], html=True)

w("connect", "tune", "fr", "EmploiDirect Réseau <reseau@emploidirect.example.fr>", "Bonjour {n},",
  "L'équipe EmploiDirect", "EmploiDirect SAS · Se désabonner", [
    ("Claire Martin souhaite rejoindre votre réseau", "Claire Martin, chargée de recrutement chez Maison "
     "Delorme, vous invite à rejoindre son réseau."),
])

w("connect", "report", "en", "Proflink <invitations@mail.proflink.example.com>", "{n},", "Proflink", PL, [
    ("Ahmed Khan wants to connect", "Ahmed Khan, Senior Recruiter at Orion Retail, sent you an invitation. "
     "Accept to see his connections."),
    ("People you may know", "Connect with hiring managers and alumni from your school: Julia Berg, Marcus Lee "
     "and 8 others."),
], html=True)

w("connect", "report", "es", "EmpleoYa Red <red@empleoya.example.es>", "Hola {n}:", "El equipo de EmpleoYa",
  "EmpleoYa S.L. · Darse de baja", [
    ("Lucía Romero quiere conectar contigo", "Lucía Romero, responsable de selección en Grupo Olivar, te ha "
     "enviado una invitación para conectar."),
])

# === Application started — finish applying =================================================================

w("finish applying", "tune", "en", "Jobora <noreply@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("You started an application: finish applying", "You started applying for Office Administrator at Harbor "
     "Freight but didn't finish. Complete your application before the job closes."),
    ("Don't forget to finish your application", "Your application for Barista at Copper Kettle Cafe is still a "
     "draft. It takes 2 minutes to finish."),
])

w("finish applying", "tune", "de", "StepUp Jobs <service@stepupjobs.example.de>", "Hallo {n},",
  "Ihr StepUp-Team", SU, [
    ("Ihre Bewerbung ist noch nicht abgeschickt", "Sie haben eine Bewerbung als Kaufmann im Einzelhandel (m/w/d) "
     "begonnen, aber noch nicht abgeschickt. Jetzt fertigstellen."),
])

w("finish applying", "report", "en", "HireHub <noreply@hirehub.example.io>", "Hi {n},", "HireHub", HH, [
    ("Your application is incomplete", "You have an unfinished application for Junior Accountant at Castell "
     "Group. Pick up where you left off."),
    ("Still interested in this role?", "You clicked Apply on Delivery Driver at Outback Freight. Finish your "
     "application on the employer's site."),
])

w("finish applying", "report", "nl", "Banenbank <service@banenbank.example.nl>", "Hallo {n},",
  "Groeten van Banenbank", "Banenbank.nl · Afmelden", [
    ("Je sollicitatie is nog niet verstuurd", "Je bent begonnen met solliciteren op de vacature Medewerker "
     "klantenservice, maar je sollicitatie is nog niet verstuurd. Maak hem nu af."),
])

# === Coding-challenge platforms' marketing =================================================================

w("coding platform", "tune", "en", "CodeArena <hello@codearena.example.com>", "Hi {n},", "CodeArena", CA, [
    ("Weekly contest 412 starts Sunday", "Solve 4 problems in 90 minutes and climb the global leaderboard. Top "
     "performers get noticed by companies hiring on CodeArena."),
    ("Your streak is at risk", "You haven't solved a problem today. Keep your 23-day streak alive with today's "
     "challenge: Two Sum II."),
    ("Get interview-ready with our 30-day plan", "Our interview prep kit covers arrays, graphs and dynamic "
     "programming. Companies like Halden Software use CodeArena to assess candidates."),
])

w("coding platform", "tune", "en", "Byteprep <team@byteprep.example.io>", "Hey {n},", "Byteprep",
  "Byteprep · Unsubscribe", [
    ("You earned the SQL (Basic) badge", "Congrats! You passed the SQL (Basic) skills certification. Add the "
     "certificate to your resume to show employers your skills."),
])

w("coding platform", "report", "en", "Codequest <noreply@codequest.example.com>", "Hi {n},", "Codequest",
  "Codequest Labs · Unsubscribe", [
    ("New challenge: the Autumn Hackathon", "Compete in our 48-hour online hackathon. Prizes up to $5,000 and "
     "fast-track interviews with partner companies for the top 10."),
    ("You ranked 312th this week", "Great effort! You solved 3 of 4 problems in the weekly challenge."),
    ("Take the skills assessment to get certified", "Prove your Python skills with our free certification "
     "test and share your badge with recruiters."),
])

# === University careers service newsletters =================================================================

w("careers service", "tune", "en", "Lakeside University Careers <careers@lakeside.example.edu>", "Dear student,",
  "Careers & Employability Service\nLakeside University", "You are receiving this as a current student.", [
    ("Careers newsletter: week 6", "This week: CV drop-in sessions Monday to Thursday, an employer talk by "
     "Marlow Capital, and a workshop on assessment centres. Book on CareersHub."),
    ("Book your careers appointment", "Our advisers can help with applications, interviews and job offers. "
     "Appointments are available this week."),
    ("Graduate jobs and internships this month", "Featured vacancies on our jobs board: Graduate Engineer at "
     "Ridgeview, Summer Intern at Bloom Retail."),
])

w("careers service", "tune", "de", "Career Service Universität Halden <career@uni-halden.example.de>",
  "Liebe Studierende,", "Ihr Career Service", "Universität Halden · Career Service", [
    ("Newsletter Career Service – Mai", "Bewerbungsmappen-Check jeden Dienstag, Workshop „Assessment Center“ "
     "am 14. Mai und neue Praktikumsangebote im Stellenportal."),
])

w("careers service", "report", "en", "Northgate University Careers <careers@northgate.example.ac.uk>",
  "Hello,", "Northgate Careers Team", "Northgate University · Unsubscribe from careers emails", [
    ("Careers bulletin: placements and graduate schemes", "Placement applications are open for 2027. Drop into "
     "our application review sessions, and join the graduate recruitment panel on Wednesday."),
    ("Mock interviews with employers", "Book a 20-minute mock interview with a recruiter from a local "
     "employer to practise before your real interviews."),
])

w("careers service", "report", "fr", "Service Carrières Université de Loire <carrieres@univ-loire.example.fr>",
  "Bonjour,", "Le Service Carrières", "Université de Loire", [
    ("Lettre du Service Carrières", "Ateliers CV et lettre de motivation, simulations d'entretien et forum des "
     "métiers le 9 avril. Consultez les offres de stage sur notre plateforme."),
])

# === Bootcamp ads ============================================================================================

w("bootcamp", "tune", "en", "CareerPeak Academy <admissions@careerpeak.example.com>", "Hi {n},",
  "The CareerPeak Admissions Team", "CareerPeak Academy · Unsubscribe", [
    ("Become a data analyst in 16 weeks", "Our graduates are hired by top companies, with a job guarantee or "
     "your money back. Apply by Friday to join the next cohort."),
    ("Your application to the bootcamp: next steps", "Thanks for starting your application to the Full-Stack "
     "Bootcamp. Book your admissions call to talk about financing."),
])

w("bootcamp", "tune", "es", "Academia Códigos <hola@academiacodigos.example.es>", "Hola {n}:",
  "Equipo Academia Códigos", "Academia Códigos · Darse de baja", [
    ("Conviértete en desarrollador web en 12 semanas", "Bootcamp intensivo con bolsa de empleo y 92 % de "
     "inserción laboral. Últimas plazas para la convocatoria de marzo."),
])

w("bootcamp", "report", "en", "SkillForge <hello@skillforge.example.io>", "Hey {n},", "SkillForge",
  "SkillForge · Unsubscribe", [
    ("Switch careers into UX design", "Learn UX in 24 weeks with a mentor, build a portfolio and get career "
     "coaching until you're hired."),
    ("Your scholarship application was received", "Thank you for applying for the Women in Tech scholarship "
     "for our Cybersecurity Bootcamp. Decisions are sent within 2 weeks."),
])

w("bootcamp", "report", "nl", "Codeschool Amsterdam <info@codeschool-ams.example.nl>", "Hoi {n},",
  "Team Codeschool", "Codeschool Amsterdam · Afmelden", [
    ("Omscholen tot developer?", "In 14 weken word je junior developer. Met baangarantie en hulp bij het "
     "solliciteren. Meld je aan voor de open avond."),
])

# === Account and security notices from job boards ==========================================================

w("account", "tune", "en", "Jobora <noreply@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("Confirm your email address", "Please confirm your email to start applying for jobs on Jobora. This link "
     "expires in 24 hours."),
    ("Your password was changed", "The password for your Jobora account was changed. If this wasn't you, "
     "reset it now."),
])

w("account", "tune", "en", "Campusly <notifications@campusly.example.com>", "Hey {n},", "Campusly", CP, [
    ("Welcome to Campusly!", "Your account is ready. Complete your profile to get messages from employers and "
     "apply to jobs and internships."),
])

w("account", "report", "en", "Seekwell <noreply@seekwell.example.com.au>", "Hi {n},", "Seekwell", SW, [
    ("Your verification code", "Your Seekwell sign-in code is 482913. It expires in 10 minutes."),
    ("New sign-in to your account", "We noticed a new sign-in to your Seekwell account from Chrome on Windows."),
])

w("account", "report", "de", "Karrierenetz <service@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Bestätigen Sie Ihre E-Mail-Adresse", "Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Profil zu "
     "aktivieren."),
])

# === The reader's own sent mail (see the module's docstring: `other`) ======================================

w("own sent", "tune", "en", "Sam Rivera <sam.rivera@example.net>", "Dear Hiring Manager,",
  "Yours sincerely,\nSam Rivera", "", [
    ("Application for the post of Data Analyst", "I am writing to apply for the Data Analyst position advertised "
     "on your website. Please find attached my CV and cover letter. I have two years of experience with SQL and "
     "Python and would welcome the opportunity to discuss my application."),
    ("Re: Interview invitation", "Thank you very much for the invitation. I confirm that Tuesday at 10 AM works "
     "for me, and I look forward to the interview."),
    ("Cover letter - Marketing Coordinator", "Please consider my application for the Marketing Coordinator role. "
     "My experience running campaigns at a nonprofit has prepared me well for this position."),
])

w("own sent", "tune", "fr", "Camille Durand <camille.durand@example.net>", "Madame, Monsieur,",
  "Cordialement,\nCamille Durand", "", [
    ("Candidature au poste d'assistante de direction", "Je me permets de vous adresser ma candidature pour le "
     "poste d'assistante de direction. Vous trouverez ci-joint mon CV et ma lettre de motivation."),
    ("Re: Entretien du 12 mars", "Merci pour votre message. Je vous confirme ma présence à l'entretien du 12 "
     "mars à 14h."),
])

w("own sent", "tune", "de", "Jonas Keller <jonas.keller@example.net>", "Sehr geehrte Damen und Herren,",
  "Mit freundlichen Grüßen\nJonas Keller", "", [
    ("Bewerbung als Sachbearbeiter Einkauf", "hiermit bewerbe ich mich auf die ausgeschriebene Stelle als "
     "Sachbearbeiter Einkauf. Meine Unterlagen finden Sie im Anhang."),
])

w("own sent", "report", "en", "Priya Nair <priya.nair@example.net>", "Hi Jenna,", "Best regards,\nPriya", "", [
    ("Thank you for today's interview", "Thank you for taking the time to speak with me about the Product "
     "Analyst role today. I enjoyed learning about the team and I'm very interested in the position."),
    ("Following up on my application", "I applied for the Operations Associate position two weeks ago and "
     "wanted to follow up on the status of my application."),
    ("Re: Offer letter", "Thank you so much for the offer. I'm happy to accept and look forward to starting on "
     "June 3."),
])

w("own sent", "report", "es", "Lucía Ortega <lucia.ortega@example.net>", "Estimados señores:",
  "Atentamente,\nLucía Ortega", "", [
    ("Candidatura para el puesto de técnico de laboratorio", "Les escribo para presentar mi candidatura al "
     "puesto de técnico de laboratorio. Adjunto mi currículum."),
])

w("own sent", "report", "nl", "Daan de Vries <daan.devries@example.net>", "Geachte heer Bakker,",
  "Met vriendelijke groet,\nDaan de Vries", "", [
    ("Sollicitatie functie logistiek medewerker", "Hierbij solliciteer ik naar de functie van logistiek "
     "medewerker. Mijn cv stuur ik als bijlage mee."),
])

# === Hard positives: job mail in the platforms' shapes =======================================================

w("job: recruiter", "tune", "en", "Grace Liu via Linkwise <inmail-hit-reply@linkwise.example.com>", "Hi {n},",
  "Best,\nGrace Liu\nTalent Acquisition, Halden Software", LW, [
    ("Opportunity at Halden Software", "I came across your profile and your experience with SQL and Tableau "
     "stood out. We're hiring a Data Analyst for our Denver office. Would you be open to a quick chat this "
     "week?"),
    ("Data role - are you open to new opportunities?", "I'm recruiting for a Business Intelligence Analyst role "
     "on my team and think your background is a great fit. Are you interested in learning more?"),
], html=True)

w("job: recruiter", "tune", "en", "Naukrio Recruiter Mail <recruitermail@naukrio.example.com>", "Dear {n},",
  "Regards,\nAnil Kumar\nTalent Acquisition, Vistara Infotech", NK, [
    ("Job opening for Java Developer at Vistara Infotech", "We have an opening for Java Developer with 2-4 years "
     "of experience in Pune. Your profile matches our requirement. Please share your updated CV and notice "
     "period if interested."),
    ("Urgent requirement: QA Engineer", "Your Naukrio profile matches our urgent requirement for a QA Engineer "
     "in Chennai. Kindly reply with your current and expected CTC."),
])

w("job: recruiter", "tune", "de", "Lena Vogt über StepUp Jobs <nachricht@stepupjobs.example.de>", "Hallo {n},",
  "Viele Grüße\nLena Vogt, Recruiterin bei Beltz Logistik", SU, [
    ("Interesse an einer Stelle als Disponent (m/w/d)?", "ich bin über Ihr Profil auf StepUp Jobs auf Sie "
     "aufmerksam geworden. Wir suchen einen Disponenten für unseren Standort Garching. Hätten Sie Interesse an "
     "einem Gespräch?"),
])

w("job: recruiter", "report", "en", "Ahmed Khan via Proflink <inmail@mail.proflink.example.com>", "Hi {n},",
  "Thanks,\nAhmed Khan, Senior Recruiter, Orion Retail", PL, [
    ("Store Operations Manager role", "Your profile caught my eye. I'm looking for a Store Operations Manager "
     "for our flagship store and would love to tell you more. Do you have 15 minutes on Thursday?"),
    ("Your background + our Analytics team", "I'm reaching out because we're building an analytics team and "
     "your experience matches what we need. Would you be open to exploring this opportunity?"),
], html=True)

w("job: recruiter", "report", "de", "Markus Hahn via Karrierenetz <nachricht@karrierenetz.example.de>",
  "Hallo {n},", "Beste Grüße\nMarkus Hahn, Personalberatung Hahn", KN, [
    ("Spannende Position als Teamleiter Vertrieb", "ich bin auf Ihr Profil aufmerksam geworden. Für einen "
     "Kunden in Stuttgart suche ich einen Teamleiter Vertrieb (m/w/d). Wäre das interessant für Sie?"),
])

w("job: recruiter", "report", "en", "Seekwell <noreply@seekwell.example.com.au>", "Hi {n},",
  "Kind regards,\nJess Palmer, Coral Infrastructure", SW, [
    ("An employer wants to talk to you about a role", "Jess from Coral Infrastructure: I saw your profile on "
     "Seekwell and think you'd be a good fit for our Graduate Civil Engineer role in Brisbane. Are you open to "
     "a phone call?"),
])

w("job: assessment", "tune", "en", "CodeArena for Work <no-reply@codearena.example.com>", "Hi {n},",
  "Good luck!\nThe Halden Software Hiring Team", CA, [
    ("Halden Software has invited you to a coding test", "As the next step for your application to the Software "
     "Engineer I position, Halden Software invites you to complete a 90-minute coding assessment on CodeArena. "
     "Please complete it within 5 days."),
    ("Reminder: your Halden Software assessment expires in 24 hours", "You have not yet started the coding test "
     "for your application to Software Engineer I. The link expires tomorrow."),
])

w("job: assessment", "tune", "en", "Pike Health via Jobora <noreply@jobora.example.com>", "Hi {n},",
  "Pike Health Talent Team", JB, [
    ("Pike Health sent you an assessment", "Thanks for applying to Junior Data Analyst. The employer would like "
     "you to complete a short Excel skills assessment before your application moves forward."),
])

w("job: assessment", "tune", "fr", "Maison Delorme via EmploiDirect <recrutement@emploidirect.example.fr>",
  "Bonjour {n},", "L'équipe RH de Maison Delorme", "EmploiDirect SAS", [
    ("Test en ligne pour votre candidature", "Suite à votre candidature au poste de chargé de clientèle, nous "
     "vous invitons à passer un test de personnalité en ligne avant vendredi."),
])

w("job: assessment", "report", "en", "Codequest Assess <assess@codequest.example.com>", "Hi {n},",
  "Lumen Works Recruiting", "Powered by Codequest", [
    ("Lumen Works: complete your technical assessment", "Thank you for your application for the Backend "
     "Developer role. Lumen Works has invited you to a 60-minute technical assessment. Please complete it by "
     "Monday."),
    ("Your assessment link for Lumen Works", "Here is your personal link to the coding test for the Backend "
     "Developer application. You can take it any time in the next 3 days."),
])

w("job: assessment", "report", "de", "Lindner Medien über Karrierenetz <recruiting@karrierenetz.example.de>",
  "Hallo {n},", "Ihr Recruiting-Team von Lindner Medien", KN, [
    ("Online-Test zu Ihrer Bewerbung", "vielen Dank für Ihre Bewerbung als Werkstudent Marketing. Als nächsten "
     "Schritt bitten wir Sie, einen kurzen Online-Test zu absolvieren."),
])

w("job: ack", "tune", "en", "Jobora <indeedapply-noreply@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("Your application was sent to Harbor Freight", "Application submitted: Office Administrator, Harbor "
     "Freight, Denver CO. The employer will contact you if your qualifications match."),
    ("Application submitted: Junior Data Analyst at Pike Health", "Your application to Pike Health has been "
     "submitted. Good luck! You can track the status of your application in My Jobs."),
    ("Pike Health received your application", "The employer has received your application for Junior Data "
     "Analyst and will review it shortly."),
])

w("job: ack", "tune", "en", "Campusly <notifications@campusly.example.com>", "Hey {n},", "Campusly", CP, [
    ("You applied to Summer Analyst Intern at Marlow Capital", "Your application to Marlow Capital has been "
     "submitted. The employer will reach out if they'd like to move forward."),
])

w("job: ack", "tune", "de", "StepUp Jobs <bewerbung@stepupjobs.example.de>", "Hallo {n},", "Ihr StepUp-Team", SU, [
    ("Ihre Bewerbung wurde versendet", "Ihre Bewerbung als Controller (m/w/d) bei Hausmann AG wurde erfolgreich "
     "übermittelt. Das Unternehmen meldet sich direkt bei Ihnen."),
])

w("job: ack", "tune", "nl", "VacatureRadar <sollicitaties@vacatureradar.example.nl>", "Hoi {n},",
  "Team VacatureRadar", "VacatureRadar B.V.", [
    ("Je sollicitatie is verstuurd", "Je sollicitatie op de vacature Wijkverpleegkundige bij Thuiszorg Midden "
     "is verstuurd. De werkgever neemt contact met je op."),
])

w("job: ack", "report", "en", "Seekwell <noreply@seekwell.example.com.au>", "Hi {n},", "Seekwell", SW, [
    ("Your application was successfully submitted", "Thanks for applying for Site Engineer with Lachlan "
     "Construction. Your application has been sent to the employer."),
    ("Application received: Receptionist", "Coastal Dental has received your application for Receptionist. "
     "They'll be in touch if you're shortlisted."),
])

w("job: ack", "report", "en", "Monstrum <applications@monstrum.example.com>", "Hello {n},", "Your Monstrum Team",
  MJ, [
    ("You applied for Nurse Practitioner", "Your application for Nurse Practitioner at Family Clinic was "
     "delivered to the employer on March 3."),
], html=True)

w("job: ack", "report", "fr", "Cadremploi Plus <candidatures@cadreplus.example.fr>", "Bonjour {n},",
  "L'équipe Cadre Plus", "Cadre Plus", [
    ("Votre candidature a bien été envoyée", "Votre candidature au poste de Chef de projet digital (H/F) a bien "
     "été transmise au recruteur. Il reviendra vers vous si votre profil correspond."),
])

w("job: ack", "report", "es", "EmpleoYa <candidaturas@empleoya.example.es>", "Hola {n}:", "El equipo de EmpleoYa",
  "EmpleoYa S.L.", [
    ("Te has inscrito en la oferta Auxiliar administrativo", "Tu candidatura para la oferta Auxiliar "
     "administrativo de Grupo Olivar se ha enviado correctamente. La empresa revisará tu CV."),
])

w("job: rejection", "tune", "en", "Jobora <noreply@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("An update on your application to Harbor Freight", "Thank you for applying to Office Administrator at "
     "Harbor Freight. The employer has reviewed your application and decided not to move forward at this "
     "time."),
    ("Application status: not selected", "Pike Health has chosen to pursue other candidates for Junior Data "
     "Analyst. Don't give up, there are new jobs for you on Jobora."),
])

w("job: rejection", "tune", "en", "Marlow Capital via Campusly <notifications@campusly.example.com>", "Hi {n},",
  "Marlow Capital Campus Recruiting", CP, [
    ("Update on your Summer Analyst Intern application", "Thank you for your interest in Marlow Capital. After "
     "careful review we will not be moving forward with your application for the Summer Analyst Intern role."),
])

w("job: rejection", "tune", "de", "Hausmann AG über StepUp Jobs <bewerbung@stepupjobs.example.de>", "Hallo {n},",
  "Ihr Hausmann Recruiting", SU, [
    ("Ihre Bewerbung als Controller (m/w/d)", "vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, "
     "dass wir uns für andere Bewerber entschieden haben."),
])

w("job: rejection", "tune", "nl", "Thuiszorg Midden via VacatureRadar <sollicitaties@vacatureradar.example.nl>",
  "Beste {n},", "Met vriendelijke groet,\nThuiszorg Midden", "VacatureRadar B.V.", [
    ("Reactie op je sollicitatie", "Bedankt voor je sollicitatie als wijkverpleegkundige. Helaas hebben we "
     "besloten om niet verder te gaan met je sollicitatie."),
])

w("job: rejection", "report", "en", "Seekwell <noreply@seekwell.example.com.au>", "Hi {n},",
  "Lachlan Construction", SW, [
    ("Your application for Site Engineer", "Thanks for your interest in Site Engineer. Unfortunately you have "
     "not been successful on this occasion, as we have decided to progress with candidates whose experience "
     "more closely matches the role."),
    ("Application update from Coastal Dental", "The Receptionist position has now been filled. We appreciate "
     "the time you took to apply."),
])

w("job: rejection", "report", "en", "Monstrum <applications@monstrum.example.com>", "Hello {n},",
  "Family Clinic Hiring", MJ, [
    ("Your application status has changed", "Family Clinic has reviewed your application for Nurse "
     "Practitioner. Regrettably, they will not be proceeding with your candidacy."),
], html=True)

w("job: rejection", "report", "fr", "Cadremploi Plus <candidatures@cadreplus.example.fr>", "Bonjour {n},",
  "Le recruteur", "Cadre Plus", [
    ("Réponse à votre candidature", "Nous vous remercions pour votre candidature au poste de Chef de projet "
     "digital. Malheureusement, nous ne pouvons pas y donner une suite favorable."),
])

w("job: rejection", "report", "es", "Grupo Olivar vía EmpleoYa <candidaturas@empleoya.example.es>", "Hola {n}:",
  "Grupo Olivar", "EmpleoYa S.L.", [
    ("Actualización de tu candidatura", "Gracias por tu interés en la oferta de Auxiliar administrativo. "
     "Lamentamos comunicarte que el proceso ha continuado con otros candidatos."),
])

w("job: interview", "tune", "en", "Jobora Interviews <interviews-noreply@jobora.example.com>", "Hi {n},",
  "Jobora", JB, [
    ("Pike Health wants to interview you", "Great news! Pike Health would like to schedule an interview for "
     "Junior Data Analyst. Choose a time that works for you from the available slots."),
    ("Interview confirmed: Harbor Freight", "Your video interview with Harbor Freight for Office Administrator "
     "is confirmed for Tuesday, 10:00 AM. Join from the Jobora app."),
])

w("job: interview", "tune", "en", "Tern Labs via Campusly <notifications@campusly.example.com>", "Hi {n},",
  "Tern Labs Recruiting", CP, [
    ("Interview invitation: Data Science Intern", "Thanks for applying! We'd like to invite you to a 30-minute "
     "first-round interview for the Data Science Intern role. Please pick a slot on the scheduling page."),
])

w("job: interview", "tune", "fr", "Maison Delorme via EmploiDirect <recrutement@emploidirect.example.fr>",
  "Bonjour {n},", "L'équipe RH de Maison Delorme", "EmploiDirect SAS", [
    ("Invitation à un entretien", "Votre candidature au poste de chargé de clientèle a retenu notre attention. "
     "Nous souhaitons vous rencontrer lors d'un entretien mardi à 11h."),
])

w("job: interview", "report", "en", "Outback Freight via Seekwell <noreply@seekwell.example.com.au>", "Hi {n},",
  "Outback Freight Recruitment", SW, [
    ("Interview request: Warehouse Supervisor", "Thank you for applying. We'd like to invite you to an "
     "interview at our Brisbane depot next week. Please reply with your availability."),
    ("Phone screen for Logistics Coordinator", "We reviewed your application and would like to set up a 20-"
     "minute phone interview. Book a time using the link below."),
])

w("job: interview", "report", "de", "Lindner Medien über Karrierenetz <recruiting@karrierenetz.example.de>",
  "Hallo {n},", "Ihr Recruiting-Team von Lindner Medien", KN, [
    ("Einladung zum Vorstellungsgespräch", "vielen Dank für Ihre Bewerbung als Werkstudent Marketing. Gerne "
     "möchten wir Sie zu einem Vorstellungsgespräch per Video am Donnerstag einladen."),
])

w("job: interview", "report", "nl", "Zorggroep Rijnland via Banenbank <sollicitaties@banenbank.example.nl>",
  "Beste {n},", "Met vriendelijke groet,\nZorggroep Rijnland", "Banenbank.nl", [
    ("Uitnodiging sollicitatiegesprek", "Bedankt voor je sollicitatie. We nodigen je graag uit voor een "
     "sollicitatiegesprek op woensdag om 14.00 uur."),
])

w("job: offer", "tune", "en", "Campusly <notifications@campusly.example.com>", "Hi {n},",
  "Quill Campus Recruiting", CP, [
    ("Your offer from Quill", "Congratulations! Quill has extended you an offer for the Product Design Intern "
     "position. Review and accept your offer letter in Campusly by May 1."),
])

w("job: offer", "tune", "en", "Halden Software via Linkwise <inmail-hit-reply@linkwise.example.com>", "Hi {n},",
  "Grace Liu, Halden Software", LW, [
    ("Offer - Data Analyst", "I'm delighted to let you know the team would like to offer you the Data Analyst "
     "position. I'll send the formal offer letter with salary and start date today."),
], html=True)

w("job: offer", "report", "en", "Orion Retail via Proflink <inmail@mail.proflink.example.com>", "Hi {n},",
  "Ahmed Khan, Orion Retail", PL, [
    ("Job offer: Store Operations Manager", "Great news: we'd like to offer you the Store Operations Manager "
     "role. Your contract and offer letter are attached; please let us know by Friday."),
], html=True)

w("job: offer", "report", "es", "Grupo Olivar vía EmpleoYa <candidaturas@empleoya.example.es>", "Hola {n}:",
  "Grupo Olivar", "EmpleoYa S.L.", [
    ("Oferta de trabajo", "Nos complace ofrecerte el puesto de Auxiliar administrativo con contrato indefinido. "
     "Te enviamos la propuesta por correo."),
])


# === A second pass over the kinds: more brands and voices ===================================================

WH = "Wellhired · 548 Market St, San Francisco · Unsubscribe from Wellhired emails"
TB = "Talentbay Ltd, Manchester · You can change your email settings at any time."
JT = "JobTrail Inc. · Notification settings · Unsubscribe"
HW = "Hirewire · Sent because you have a Hirewire account · Unsubscribe"

w("job alert", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},", "— The Wellhired team", WH, [
    ("Startups hiring Product Managers this week", "Northlight (Series A, remote): Product Manager, $140k-$170k, "
     "0.1%-0.3% equity\nFernway (Seed, NYC): Founding PM\nRecruiters at these startups are actively looking at "
     "candidates like you."),
    ("3 startups want candidates like you", "Based on your profile, these companies are hiring for roles that "
     "fit: Backend Engineer at Skiff Robotics, Full-Stack Engineer at Lattice Farms. Apply with one click."),
    ("Your weekly digest: 42 new remote jobs", "New remote jobs in engineering, design and sales were posted "
     "this week. Filter by salary and time zone."),
])

w("job alert", "tune", "en", "Talentbay Job Alerts <alerts@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Your job alert: Accounts Assistant, Leeds", "Accounts Assistant - Pennine Foods - Leeds - £24,000\n"
     "Purchase Ledger Clerk - Airedale Group - Bradford - £23,500\nSee more vacancies matching your alert."),
    ("New vacancies for you", "We've found 9 new vacancies that match your CV. Employers are recruiting now."),
])

w("job alert", "tune", "es", "TrabajoHoy <alertas@trabajohoy.example.es>", "Hola {n}:", "El equipo de TrabajoHoy",
  "TrabajoHoy · Gestionar alertas · Darse de baja", [
    ("5 nuevas ofertas de «enfermera» cerca de ti", "Enfermera/o – Hospital San Rafael – Sevilla\nEnfermera/o "
     "de quirófano – Clínica Aljarafe – Sevilla\nInscríbete en las ofertas que te interesen."),
])

w("job alert", "report", "en", "JobTrail <jobs@jobtrail.example.com>", "", "JobTrail", JT, [
    ("Recommended jobs for you", "Electrician Apprentice - Volt Services - Columbus, OH\nMaintenance Technician - "
     "Riverside Plant - Dayton, OH\nThese employers are hiring now."),
    ("Jobs near you are hiring", "12 new openings within 10 miles: cashier, stocker, team member. Apply in "
     "minutes with your JobTrail profile."),
])

w("job alert", "report", "en", "Hirewire <digest@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("Top picks: Senior Frontend Engineer roles", "Ravenstone (Berlin, hybrid), Quarto Health (remote EU), "
     "Mintline (Amsterdam). Salaries from €70k. Express interest in a click."),
])

w("job alert", "report", "nl", "Werkzoeker.nl <alert@werkzoeker.example.nl>", "Hallo {n},", "Team Werkzoeker",
  "Werkzoeker.nl · Afmelden voor deze alert", [
    ("Nieuwe banen: 'boekhouder' in Utrecht", "Boekhouder – Administratiekantoor Vecht – Utrecht – 32-40 uur\n"
     "Financieel medewerker – Gemeente Zeist\nBekijk alle vacatures."),
])

w("search appearances", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},",
  "— The Wellhired team", WH, [
    ("Your profile was shown to 18 startups", "This week your profile was shown to 18 startups hiring for "
     "engineering roles. 4 of them saved your profile."),
])

w("search appearances", "report", "en", "Hirewire <digest@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("Companies are discovering you", "Your profile was shown to 11 companies this week. Hiring teams at "
     "Ravenstone and Mintline took a closer look."),
])

w("profile views", "tune", "en", "Talentbay <noreply@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("A recruitment agency viewed your CV", "Your CV was viewed by a recruitment consultant at Pennine "
     "Recruitment. Recruiters often call within a few days, so keep your phone handy."),
])

w("profile views", "report", "en", "JobTrail <noreply@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("Employers viewed your profile", "2 employers in Columbus viewed your profile in the last 24 hours. "
     "Complete your work history to make a strong impression."),
])

w("closing soon", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},", "— The Wellhired team", WH, [
    ("Skiff Robotics is closing its Backend Engineer role", "The role you bookmarked will stop accepting "
     "candidates on Friday. Send your application before the hiring team closes it."),
])

w("closing soon", "report", "en", "JobTrail <jobs@jobtrail.example.com>", "",
  "JobTrail", JT, [
    ("Closing soon near you", "Seasonal Associate at Riverside Market closes tomorrow. 34 people have already "
     "applied."),
])

w("profile completion", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},",
  "— The Wellhired team", WH, [
    ("Add your salary expectations", "Startups want to know what you're looking for. Add your desired salary and "
     "your preferred roles so the right founders can reach out."),
])

w("profile completion", "report", "en", "Hirewire <hello@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("Your profile needs one more step", "Add your work authorisation and notice period to start receiving "
     "interview requests from companies."),
])

w("resume viewed", "tune", "en", "Talentbay <noreply@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Your CV has been downloaded 3 times", "Employers and agencies downloaded your CV 3 times this week. Make "
     "sure your contact details are correct."),
])

w("resume viewed", "report", "en", "JobTrail <noreply@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("Good news: your resume is getting attention", "Your resume was opened by 4 employers this week. Add a "
     "summary to make it even stronger."),
])

w("community digest", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},",
  "— The Wellhired team", WH, [
    ("This week in startup careers", "Founders answer: 'How should I negotiate equity?', 'What does a good "
     "take-home look like?', 'Why we stopped doing whiteboard interviews'."),
])

w("community digest", "report", "en", "Hirewire Community <community@hirewire.example.io>", "Hi {n},",
  "Hirewire", HW, [
    ("Top discussions: rejected after the final interview", "Members share how they handled rejection after the "
     "last round, and when to ask for feedback. Join the discussion."),
])

w("premium", "tune", "en", "Talentbay <offers@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Get your CV seen first", "Talentbay Boost puts your applications at the top of the recruiter's list for "
     "30 days. Special offer: £9.99."),
])

w("premium", "report", "en", "Hirewire <billing@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("Your Hirewire Pro plan has been renewed", "Your plan was renewed for another month. Amount charged: $19. "
     "Manage your subscription in Settings."),
])

w("salary", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},", "— The Wellhired team", WH, [
    ("2027 startup salary report", "Engineers at Series A startups earn a median of $152k plus equity. See how "
     "offers compare by role, stage and location."),
])

w("salary", "report", "en", "JobTrail <insights@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("How much do electricians make in Ohio?", "Electrician pay in Ohio ranges from $21 to $34 an hour. See "
     "what employers near you are offering."),
])

w("company review", "tune", "en", "Talentbay <reviews@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Did you interview with Airedale Group?", "Share your interview experience to help other candidates "
     "prepare. What questions were you asked?"),
])

w("company review", "report", "en", "JobTrail <reviews@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("Rate your hiring experience", "You recently applied to jobs on JobTrail. How was your experience with the "
     "employers' hiring process? Leave a rating."),
])

w("interview prep", "tune", "en", "Linkwise Learning <learning-noreply@linkwise.example.com>", "Hi {n},",
  "Linkwise Learning", LW, [
    ("Prepare for your interview with AI feedback", "Practise answering common interview questions and get "
     "instant feedback on your answers. Free with Premium."),
], html=True)

w("interview prep", "report", "en", "Hirewire Academy <academy@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("Interview Bootcamp starts Monday", "Five evenings of live coaching on technical interviews, behavioural "
     "questions and offers. Seats are limited."),
])

w("resume service", "tune", "en", "Jobora Resume Services <services@jobora.example.com>", "Hi {n},", "Jobora", JB, [
    ("Get a professionally written resume", "Resumes written by certified writers get 2x more interviews. "
     "Order today and receive a free cover letter."),
])

w("resume service", "report", "en", "Monstrum Career Services <services@monstrum.example.com>", "Hello {n},",
  "Your Monstrum Team", MJ, [
    ("Free resume evaluation", "Our resume experts found 7 issues that may stop employers from calling you. "
     "See your free evaluation."),
], html=True)

w("career fair", "tune", "en", "Talentbay Events <events@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Manchester Jobs Fair: free tickets", "Meet 70 employers recruiting now, get your CV checked and attend "
     "talks on interviews. Book your free ticket."),
])

w("career fair", "report", "en", "JobTrail Events <events@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("Hiring event this Saturday", "Riverside Plant is holding an open hiring event with on-the-spot interviews "
     "for production roles. No appointment needed."),
])

w("webinar", "tune", "en", "Talentbay Events <events@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Free webinar: video interviews that work", "Learn how to look and sound confident in video interviews. "
     "Tuesday at 7 PM. Register now."),
])

w("webinar", "report", "en", "Hirewire Academy <academy@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("You're registered: Negotiating your offer", "Thanks for registering for our live session on offer "
     "negotiation, Thursday at 6 PM CET. The link will be sent an hour before."),
])

w("message digest", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},", "— The Wellhired team", WH, [
    ("You have unread messages", "You have 2 unread messages from companies on Wellhired. Log in to reply."),
])

w("message digest", "report", "en", "JobTrail <messages@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("New message from an employer", "An employer sent you a message about a job. Open JobTrail to read and "
     "reply."),
])

w("connect", "tune", "en", "Talentbay <noreply@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Follow companies you're interested in", "Follow Pennine Foods and Airedale Group to hear about their new "
     "vacancies first."),
])

w("connect", "report", "de", "Karrierenetz <kontakte@karrierenetz.example.de>", "Hallo {n},",
  "Ihr Karrierenetz-Team", KN, [
    ("Sabine Roth möchte sich mit Ihnen vernetzen", "Sabine Roth, Recruiterin bei Hausmann AG, hat Ihnen eine "
     "Kontaktanfrage geschickt."),
])

w("finish applying", "tune", "en", "Talentbay <noreply@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Complete your application for Accounts Assistant", "You're nearly there: answer 2 screening questions to "
     "submit your application to Pennine Foods."),
])

w("finish applying", "report", "es", "TuEmpleo <avisos@tuempleo.example.es>", "Hola {n}:", "El equipo de TuEmpleo",
  "TuEmpleo · Darse de baja", [
    ("No has terminado tu inscripción", "Empezaste a inscribirte en la oferta Dependiente de tienda pero no la "
     "completaste. Termina tu candidatura en un minuto."),
])

w("coding platform", "tune", "en", "CodeArena <hello@codearena.example.com>", "Hi {n},", "CodeArena", CA, [
    ("New: mock assessments from 50 companies", "Try timed mock assessments modelled on real company tests. "
     "Perfect practice before your next technical interview."),
])

w("coding platform", "report", "en", "Codequest <noreply@codequest.example.com>", "Hi {n},", "Codequest",
  "Codequest Labs · Unsubscribe", [
    ("Companies are hiring from the leaderboard", "Top 500 coders this month unlock the Codequest Jobs board "
     "where employers reach out directly."),
])

w("careers service", "tune", "en", "Lakeside University Careers <careers@lakeside.example.edu>", "Dear student,",
  "Careers & Employability Service\nLakeside University", "You are receiving this as a current student.", [
    ("Alumni mentoring: apply by Friday", "Our alumni mentoring programme pairs you with a graduate in your "
     "field for six months. Applications for the spring round close on Friday."),
])

w("careers service", "report", "en", "Northgate University Careers <careers@northgate.example.ac.uk>", "Hello,",
  "Northgate Careers Team", "Northgate University · Unsubscribe from careers emails", [
    ("Employer of the week: Castell Group", "Castell Group is recruiting graduates for its finance programme. "
     "Meet their team on campus and learn about the selection process."),
])

w("bootcamp", "tune", "en", "CareerPeak Academy <admissions@careerpeak.example.com>", "Hi {n},",
  "The CareerPeak Admissions Team", "CareerPeak Academy · Unsubscribe", [
    ("Free info session: is a tech career right for you?", "Join our admissions team online to learn how our "
     "graduates got hired as developers and analysts."),
])

w("bootcamp", "report", "de", "TechStart Akademie <info@techstart.example.de>", "Hallo {n},",
  "Ihr TechStart-Team", "TechStart Akademie GmbH · Abmelden", [
    ("Quereinstieg in die IT mit Bildungsgutschein", "In 12 Wochen zum Data Analyst – gefördert durch die "
     "Agentur für Arbeit, mit Bewerbungscoaching."),
])

w("account", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},", "— The Wellhired team", WH, [
    ("Verify your email to finish signing up", "Click the link below to verify your email and activate your "
     "candidate account."),
])

w("account", "report", "en", "Hirewire <hello@hirewire.example.io>", "Hi {n},", "Hirewire", HW, [
    ("Your data export is ready", "The copy of your Hirewire data you asked for is ready to download for 7 "
     "days."),
])

w("own sent", "tune", "en", "Mei Tan <mei.tan@example.net>", "Hello Mr. Okafor,", "Kind regards,\nMei Tan", "", [
    ("Application: Junior Accountant (Ref. JA-2217)", "Please find attached my application for the Junior "
     "Accountant vacancy, reference JA-2217. I am available for an interview at your convenience."),
    ("Re: Next steps", "Thanks for the update, I'm glad to hear I've been shortlisted. I'll complete the "
     "assessment by Thursday."),
])

w("own sent", "report", "en", "Alex Brooks <alex.brooks@example.net>", "Hi Sandra,", "Cheers,\nAlex", "", [
    ("Re: Your application", "Thanks for letting me know. I was disappointed, but I appreciate the feedback "
     "and would be glad to be considered for future roles."),
    ("Referral request", "Would you be willing to refer me for the Customer Success role at your company? I've "
     "attached my resume."),
])

# Hard positives, second pass

w("job: recruiter", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},",
  "Dana Ruiz, Co-founder, Skiff Robotics", WH, [
    ("Skiff Robotics wants to chat", "Hi! I'm one of the founders of Skiff Robotics. I saw your profile on "
     "Wellhired and your robotics projects stood out. We're hiring a Backend Engineer. Up for a call this "
     "week?"),
    ("Message from Skiff Robotics", "Following up on my note: we'd love to tell you more about the Backend "
     "Engineer role. Let me know if you're interested."),
])

w("job: recruiter", "tune", "en", "Talentbay <noreply@talentbay.example.co.uk>", "Hi {n},",
  "Best,\nOwen Price, Pennine Recruitment", TB, [
    ("Purchase Ledger role - Bradford", "I found your CV on Talentbay and have a permanent Purchase Ledger Clerk "
     "role with a client in Bradford that suits your experience. Can I give you a call today?"),
])

w("job: recruiter", "report", "en", "Hirewire <digest@hirewire.example.io>", "Hi {n},",
  "Tom Becker, Engineering Lead, Ravenstone", HW, [
    ("Ravenstone is interested in you", "Ravenstone has sent you an interview request for Senior Frontend "
     "Engineer: 'We liked your profile and would like to talk about joining our web team.' Accept to share "
     "your contact details."),
    ("Interview request from Mintline", "Mintline would like to talk to you about their Frontend Engineer role, "
     "salary €75k-€85k. Accept or decline the request."),
])

w("job: recruiter", "report", "nl", "Werkzoeker.nl <berichten@werkzoeker.example.nl>", "Hallo {n},",
  "Groet,\nIris Smit, recruiter bij Vecht Groep", "Werkzoeker.nl", [
    ("Vacature financieel medewerker", "Ik zag je cv op Werkzoeker.nl en denk dat je goed past bij onze "
     "vacature voor financieel medewerker. Heb je interesse in een kennismaking?"),
])

w("job: assessment", "tune", "en", "Talentbay <noreply@talentbay.example.co.uk>", "Hi {n},",
  "Pennine Foods Recruitment", TB, [
    ("Next step: online assessment for Accounts Assistant", "Thank you for your application to Pennine Foods. "
     "Please complete our numerical reasoning test within 3 days so we can continue with your application."),
])

w("job: assessment", "tune", "en", "Byteprep for Employers <assessments@byteprep.example.io>", "Hi {n},",
  "Fernway Hiring Team", "Byteprep", [
    ("Fernway invited you to a take-home challenge", "As part of your application for Founding Engineer, "
     "Fernway has sent you a take-home challenge. You have 72 hours from when you start."),
])

w("job: assessment", "report", "en", "JobTrail <noreply@jobtrail.example.com>", "Hi {n},",
  "Riverside Plant HR", JT, [
    ("Action needed on your application", "Riverside Plant asked you to complete a short skills questionnaire "
     "for your Maintenance Technician application. It takes about 15 minutes."),
])

w("job: assessment", "report", "es", "TuEmpleo <candidaturas@tuempleo.example.es>", "Hola {n}:",
  "Clínica Aljarafe", "TuEmpleo", [
    ("Prueba de conocimientos para tu candidatura", "Gracias por inscribirte en la oferta de enfermera de "
     "quirófano. El siguiente paso es una prueba online que debes completar antes del viernes."),
])

w("job: ack", "tune", "en", "Wellhired <team@wellhired.example.com>", "Hey {n},", "— The Wellhired team", WH, [
    ("Your application to Skiff Robotics was sent", "You applied to Backend Engineer at Skiff Robotics. The "
     "hiring team will review your application and reach out here if there's a fit."),
])

w("job: ack", "tune", "en", "Talentbay <applications@talentbay.example.co.uk>", "Hi {n},", "Talentbay", TB, [
    ("Application sent: Purchase Ledger Clerk", "Your application for Purchase Ledger Clerk at Airedale Group "
     "has been sent. We'll let you know when the employer views it."),
])

w("job: ack", "tune", "es", "TrabajoHoy <candidaturas@trabajohoy.example.es>", "Hola {n}:",
  "El equipo de TrabajoHoy", "TrabajoHoy", [
    ("Tu candidatura se ha enviado", "Te has inscrito correctamente en la oferta Enfermera/o de Hospital San "
     "Rafael. La empresa se pondrá en contacto contigo si tu perfil encaja."),
])

w("job: ack", "report", "en", "JobTrail <applications@jobtrail.example.com>", "Hi {n},", "JobTrail", JT, [
    ("You've applied to Electrician Apprentice", "Your application to Volt Services has been submitted. The "
     "employer may contact you by phone or email."),
    ("Application received by Riverside Plant", "Riverside Plant has received your application for "
     "Maintenance Technician."),
])

w("job: ack", "report", "nl", "Werkzoeker.nl <sollicitaties@werkzoeker.example.nl>", "Hallo {n},",
  "Team Werkzoeker", "Werkzoeker.nl", [
    ("Bevestiging van je sollicitatie", "Je sollicitatie als boekhouder bij Administratiekantoor Vecht is "
     "ontvangen. De werkgever bekijkt je cv en neemt contact op."),
])

w("job: rejection", "tune", "en", "Skiff Robotics via Wellhired <team@wellhired.example.com>", "Hey {n},",
  "Dana, Skiff Robotics", WH, [
    ("Update from Skiff Robotics", "Thanks for your interest in the Backend Engineer role. We've decided to move "
     "forward with other candidates whose experience is closer to what we need right now."),
])

w("job: rejection", "tune", "en", "Talentbay <applications@talentbay.example.co.uk>", "Hi {n},",
  "Airedale Group Recruitment", TB, [
    ("Your application to Airedale Group", "Thank you for applying for Purchase Ledger Clerk. On this occasion "
     "your application has not been successful."),
])

w("job: rejection", "tune", "es", "Hospital San Rafael vía TrabajoHoy <candidaturas@trabajohoy.example.es>",
  "Hola {n}:", "Hospital San Rafael", "TrabajoHoy", [
    ("Estado de tu candidatura", "Gracias por tu interés. Te informamos de que tu candidatura no ha sido "
     "seleccionada para esta oferta."),
])

w("job: rejection", "report", "en", "JobTrail <applications@jobtrail.example.com>", "Hi {n},",
  "Volt Services", JT, [
    ("Update on Electrician Apprentice", "Thanks for applying. We've filled the Electrician Apprentice position "
     "and are no longer considering applications."),
])

w("job: rejection", "report", "en", "Mintline via Hirewire <digest@hirewire.example.io>", "Hi {n},",
  "Mintline Hiring", HW, [
    ("Mintline has declined your application", "Mintline reviewed your profile for Frontend Engineer and "
     "decided not to proceed. This decision is final for this role."),
])

w("job: rejection", "report", "nl",
  "Administratiekantoor Vecht via Werkzoeker.nl <sollicitaties@werkzoeker.example.nl>",
  "Beste {n},", "Met vriendelijke groet,\nAdministratiekantoor Vecht", "Werkzoeker.nl", [
    ("Je sollicitatie als boekhouder", "Bedankt voor je interesse. Helaas moeten we je laten weten dat we voor "
     "een andere kandidaat hebben gekozen."),
])

w("job: interview", "tune", "en", "Talentbay <applications@talentbay.example.co.uk>", "Hi {n},",
  "Pennine Foods Recruitment", TB, [
    ("Interview invitation - Accounts Assistant", "We're pleased to invite you to an interview for the Accounts "
     "Assistant position on Monday 14th at 11 AM at our Leeds office."),
])

w("job: interview", "tune", "de", "Beltz Logistik über StepUp Jobs <bewerbung@stepupjobs.example.de>",
  "Hallo {n},", "Ihr Team von Beltz Logistik", SU, [
    ("Einladung zum Kennenlernen", "vielen Dank für Ihre Bewerbung als Disponent. Wir würden Sie gern zu einem "
     "persönlichen Gespräch am Mittwoch um 10 Uhr einladen."),
])

w("job: interview", "report", "en", "Ravenstone via Hirewire <digest@hirewire.example.io>", "Hi {n},",
  "Tom Becker, Ravenstone", HW, [
    ("Ravenstone: let's schedule your first interview", "Thanks for accepting our request. Please pick a time "
     "for a 45-minute video interview with our engineering lead."),
])

w("job: interview", "report", "es", "Clínica Aljarafe vía TuEmpleo <candidaturas@tuempleo.example.es>",
  "Hola {n}:", "Clínica Aljarafe", "TuEmpleo", [
    ("Entrevista para la oferta de enfermera", "Nos gustaría invitarte a una entrevista el lunes a las 9:00 en "
     "nuestra clínica. Confírmanos tu asistencia."),
])

w("job: offer", "tune", "en", "Skiff Robotics via Wellhired <team@wellhired.example.com>", "Hey {n},",
  "Dana, Skiff Robotics", WH, [
    ("Offer from Skiff Robotics", "We're thrilled to offer you the Backend Engineer role: $150k base and 0.2% "
     "equity. The offer letter is in your Wellhired inbox."),
])

w("job: offer", "report", "en", "Volt Services via JobTrail <applications@jobtrail.example.com>", "Hi {n},",
  "Volt Services HR", JT, [
    ("Congratulations - job offer", "We are happy to offer you the Electrician Apprentice position starting "
     "June 2 at $19 an hour. Please sign your offer letter."),
])


# === A third pass: two more brands in each half ============================================================

GJ = "Glintjobs · 77 Queen St, Auckland · Email settings · Unsubscribe"
PB = "Praktikumsbörse Nord GmbH · Kiel · Newsletter abbestellen"
CL = "Careerloop Inc. · Boston, MA · You can unsubscribe or change your preferences."
EJ = "Emploi Jeunes · Lille · Gérer mes notifications"

w("job alert", "tune", "en", "Glintjobs <alerts@glintjobs.example.co.nz>", "Kia ora {n},", "Glintjobs", GJ, [
    ("New jobs for 'graphic designer' in Auckland", "Junior Graphic Designer - Harbourside Print - Auckland "
     "CBD\nDesign Assistant - Kauri Studio - Ponsonby\nView all 9 new listings."),
    ("Jobs picked for you", "We think you'll like these: Content Creator at Tui Media, Marketing Assistant at "
     "Kiwi Outdoor. Apply with your Glintjobs profile."),
])

w("search appearances", "tune", "en", "Glintjobs <noreply@glintjobs.example.co.nz>", "Kia ora {n},", "Glintjobs",
  GJ, [
    ("You're in demand", "Your profile came up in 21 employer searches this week. Employers searched for "
     "'Adobe InDesign' and 'branding'."),
])

w("premium", "tune", "en", "Glintjobs <offers@glintjobs.example.co.nz>", "Kia ora {n},", "Glintjobs", GJ, [
    ("Be a top applicant", "With Glintjobs Plus your applications are highlighted to employers and you see how "
     "many people applied. Try it free for 14 days."),
])

w("finish applying", "tune", "en", "Glintjobs <noreply@glintjobs.example.co.nz>", "Kia ora {n},", "Glintjobs", GJ, [
    ("Your saved application is waiting", "You started applying for Junior Graphic Designer at Harbourside "
     "Print. Add your portfolio link to finish your application."),
])

w("account", "tune", "en", "Glintjobs <noreply@glintjobs.example.co.nz>", "Kia ora {n},", "Glintjobs", GJ, [
    ("We've updated our privacy policy", "We've made changes to how we handle your data when you apply for "
     "jobs. No action is needed."),
])

w("job alert", "tune", "de", "Praktikumsbörse Nord <news@praktikumsboerse-nord.example.de>", "Hallo {n},",
  "Dein Team der Praktikumsbörse", PB, [
    ("Neue Praktikumsplätze in Kiel", "Praktikum Marketing (m/w/d) – Ostsee Tourismus\nPraktikum "
     "Softwareentwicklung – Förde IT\nJetzt bewerben, die Plätze sind schnell weg."),
])

w("career fair", "tune", "de", "Praktikumsbörse Nord <news@praktikumsboerse-nord.example.de>", "Hallo {n},",
  "Dein Team der Praktikumsbörse", PB, [
    ("Jobmesse Kiel: sei dabei", "Am 15. Juni stellen sich 40 Unternehmen vor. Bring deinen Lebenslauf mit "
     "und nutze den kostenlosen Bewerbungsfoto-Service."),
])

w("profile completion", "tune", "de", "Praktikumsbörse Nord <news@praktikumsboerse-nord.example.de>",
  "Hallo {n},", "Dein Team der Praktikumsbörse", PB, [
    ("Dein Profil ist unvollständig", "Ergänze deinen Studiengang und lade deinen Lebenslauf hoch, damit "
     "Unternehmen dich für Praktika finden."),
])

w("job alert", "report", "en", "Careerloop <jobs@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("Your daily job matches", "Clinical Research Coordinator - Back Bay Research - Boston\nLab Technician - "
     "Charles River Labs - Cambridge\n12 more matches waiting."),
    ("Roles trending with people like you", "Medical Assistant, Patient Coordinator and Research Assistant jobs "
     "are getting lots of applicants in your area."),
])

w("profile views", "report", "en", "Careerloop <noreply@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("A recruiter saved your profile", "A recruiter at Back Bay Research saved your profile to a talent "
     "pipeline. Keep your profile up to date."),
])

w("salary", "report", "en", "Careerloop <insights@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("Salary insights for Research Coordinators", "Research Coordinators in Boston earn $58k-$71k. Compare "
     "offers before you negotiate."),
])

w("webinar", "report", "en", "Careerloop Live <live@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("Live Q&A with hiring managers", "Ask hiring managers anything about resumes, interviews and offers. "
     "Tuesday 1 PM ET, free."),
])

w("community digest", "report", "en", "Careerloop <community@careerloop.example.com>", "Hi {n},", "Careerloop",
  CL, [
    ("Your weekly career digest", "Stories this week: 'From rejection to offer in 6 weeks', 'What recruiters "
     "really read', 'How to answer the salary question'."),
])

w("job alert", "report", "fr", "Emploi Jeunes <alertes@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("Nouvelles offres d'alternance à Lille", "Alternance Assistant RH – Lille – 12 mois\nAlternance Commercial "
     "– Roubaix – 24 mois\nPostule vite !"),
])

w("career fair", "report", "fr", "Emploi Jeunes <evenements@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("Forum de l'alternance ce samedi", "Rencontre 80 entreprises qui recrutent en alternance. Entrée libre, "
     "pense à ton CV."),
])

w("interview prep", "report", "fr", "Emploi Jeunes <conseils@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("5 conseils pour réussir ton entretien", "Prépare ta présentation, renseigne-toi sur l'entreprise et "
     "prépare des questions pour le recruteur. Découvre nos fiches conseils."),
])

w("connect", "report", "fr", "Emploi Jeunes <reseau@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("Une entreprise suit ton profil", "L'entreprise Nordis suit désormais ton profil. Abonne-toi à sa page "
     "pour voir ses offres."),
])

w("job: ack", "tune", "en", "Glintjobs <applications@glintjobs.example.co.nz>", "Kia ora {n},", "Glintjobs", GJ, [
    ("Application sent to Kauri Studio", "Your application for Design Assistant has been sent to Kauri Studio. "
     "They'll contact you directly if you're shortlisted."),
])

w("job: interview", "tune", "de", "Förde IT über Praktikumsbörse Nord <news@praktikumsboerse-nord.example.de>",
  "Hallo {n},", "Förde IT", PB, [
    ("Einladung zum Gespräch – Praktikum Softwareentwicklung", "danke für deine Bewerbung! Wir möchten dich "
     "gern zu einem Vorstellungsgespräch am Freitag um 13 Uhr einladen."),
])

w("job: rejection", "report", "en", "Back Bay Research via Careerloop <jobs@careerloop.example.com>", "Hi {n},",
  "Back Bay Research Talent", CL, [
    ("Regarding your application", "Thank you for applying for Clinical Research Coordinator. After reviewing "
     "all applications, we have decided to move forward with other applicants."),
])

w("job: interview", "report", "fr", "Nordis via Emploi Jeunes <candidatures@emploijeunes.example.fr>",
  "Bonjour {n},", "L'équipe RH Nordis", EJ, [
    ("Entretien pour l'alternance Assistant RH", "Ta candidature nous intéresse : nous te proposons un entretien "
     "jeudi à 15h dans nos locaux de Lille."),
])

w("resume viewed", "report", "en", "Careerloop <noreply@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("Your resume was shared with 3 employers", "As part of Careerloop Match, your resume was shared with 3 "
     "employers looking for research staff. You don't need to do anything."),
])

w("premium", "report", "en", "Careerloop <billing@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("Your Careerloop Premium trial is ending", "Your free trial ends tomorrow. Keep applicant insights and "
     "unlimited recruiter messages for $24.99 a month."),
])

w("finish applying", "report", "fr", "Emploi Jeunes <alertes@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("Ta candidature n'est pas terminée", "Tu as commencé à postuler à l'offre Alternance Commercial mais tu "
     "n'as pas envoyé ta candidature. Termine-la en 2 minutes."),
])

w("account", "report", "fr", "Emploi Jeunes <securite@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("Réinitialisation de ton mot de passe", "Tu as demandé à changer ton mot de passe. Clique sur le lien "
     "ci-dessous, il est valable une heure."),
])

w("message digest", "report", "en", "Careerloop <messages@careerloop.example.com>", "Hi {n},", "Careerloop", CL, [
    ("You have a new message from a recruiter", "A recruiter sent you a message on Careerloop. Reply within 48 "
     "hours to keep your response rate high."),
])

w("coding platform", "report", "fr", "Emploi Jeunes <tech@emploijeunes.example.fr>", "Salut {n},",
  "L'équipe Emploi Jeunes", EJ, [
    ("Défi code de la semaine", "Relève le défi algorithmique de la semaine et gagne un badge à afficher sur ton "
     "CV. Les meilleurs seront mis en avant auprès des recruteurs."),
])
