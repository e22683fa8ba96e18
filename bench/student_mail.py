"""A student's or young engineer's inbox while looking for a first job, written message by message for this project
(issue #15, mail v2): mail that is NOT about the reader's job search but is full of its words — online courses and
university admin ("your assignment has been graded", "exam schedule"), career services and internship fairs,
hackathons and coding contests, developer services and app stores (software "applications" deployed, failing or
approved), talk and paper decisions, scholarships, clubs, chat digests, social-network notices, job-board digests,
referral programmes, scams and payments — plus job mail in the same inbox that must keep its label (an
internship's rejection, an employer's coding test, an interview, an offer, an acknowledgement, a recruiter, a
funded PhD position).

The rule for grants, written down because it is a choice: a tuition scholarship, a travel grant, a bursary or a
prize is `other` (money for study, not work); a funded PhD position, a research assistantship or a fellowship that
comes with an employment contract is a job, and its decisions keep their job label. An academic paper or a talk
proposal accepted or rejected is `other`. A coding challenge run by a contest site is `other`; one sent by an
employer about the reader's application is an `assessment`.

Mostly English, some French, German, Spanish and Dutch. Every writer (a sender with its own manner) belongs to one
half: `tune` (its mistakes may be read and may shape the screen, packs and examples) or `report` (only counted at
the first run and at the end; never printed). Each kind has writers in both halves.

Each message is read three ways (`READINGS`): as written; lemmatised, punctuation and digits gone, line breaks
kept (bench/mail_lemmatised.py's exporter, the shape of a lemmatising export); and lower-cased without punctuation.

    from student_mail import messages, write_mbox
    rows = messages("tune", "as written")
    # [{"id", "writer", "kind", "lang", "gold", "subject", "body", "sender", "raw"}]
"""

from __future__ import annotations

import random
import re
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime

from mail_lemmatised import _WORD, exported
from personal_mail import Writer, _body, _date, _html, write_mbox

__all__ = ["HALVES", "READINGS", "WRITERS", "messages", "write_mbox"]

HALVES = ("tune", "report")
READINGS = ("as written", "lemmatised", "lower, no punctuation")
WRITERS: list[Writer] = []


JOB_KINDS = {"job: rejection": "rejection", "job: interview": "interview", "job: offer": "offer",
             "job: ack": "application_ack", "job: assessment": "assessment", "job: recruiter": "recruiter_outreach"}


def w(kind, half, lang, sender, greeting, signoff, footer, mail, *, html=False):
    """One writer; a `job: ...` kind names the label its mail must keep, every other kind is `other`."""
    WRITERS.append(Writer(kind, half, lang, sender, greeting, signoff, footer, html, tuple(mail),
                          JOB_KINDS.get(kind, "other")))


# === Online courses ==========================================================================================

w("course", "tune", "en", "Coursera <no-reply@m.mail.coursera.org>", "Hi {n},", "Happy learning,\nThe Coursera Team",
  "You are receiving this email because you enrolled in a course on Coursera. Unsubscribe | Privacy", [
    ("Your assignment has been graded", "Your submission for 'Week 3: Logistic Regression' in Machine Learning "
     "Specialization has been graded. Score: 92%. You passed! Review your feedback to see comments from your "
     "peers."),
    ("You're enrolled in Applied Data Science with Python", "Welcome! Your enrollment is confirmed. The first "
     "module opens today and your first deadline is Sunday at 11:59 PM."),
    ("Don't fall behind: 2 assignments due this week", "Keep your momentum going. Your peer-graded assignment and "
     "quiz 4 are due on Sunday. Learners who stay on schedule are 3x more likely to finish."),
    ("Congratulations on completing your course!", "You did it! You have successfully completed Google Data "
     "Analytics. Your certificate is ready to share on your LinkedIn profile and resume."),
    ("Your financial aid application has been approved", "Good news: your application for financial aid for "
     "Deep Learning Specialization has been approved. You can now access all graded assignments at no cost."),
])

w("course", "tune", "en", "Udemy <no-reply@e.udemymail.com>", "Hi {n},", "Keep learning,\nUdemy",
  "Udemy, Inc., 600 Harrison St, San Francisco. Manage email preferences.", [
    ("Your course is 80% off for 24 hours", "Prices drop on the courses in your wishlist: 'The Complete Python "
     "Bootcamp' and 'AWS Certified Solutions Architect'. Land your dream job with in-demand skills."),
    ("New announcement in React - The Complete Guide", "Your instructor posted an update: section 12 has been "
     "re-recorded for React 19. Head back to the course to continue where you left off."),
    ("Receipt for your purchase", "Thank you for your purchase. Order #UD-8812734. Course: Docker & Kubernetes: "
     "The Practical Guide. Total: $14.99. Lifetime access."),
    ("Your question got an answer", "An instructor answered your question in Q&A: 'Why does my interview prep "
     "project fail on npm install?'"),
])

w("course", "tune", "fr", "OpenClassrooms <hello@openclassrooms.com>", "Bonjour {n},", "L'équipe OpenClassrooms",
  "OpenClassrooms, 10 quai de la Charente, Paris. Se désinscrire.", [
    ("Votre projet a été validé", "Félicitations ! Votre mentor a validé le projet 4 « Créez une API REST » de "
     "votre parcours Développeur d'application Python. Vous pouvez passer au projet suivant."),
    ("Rappel : votre session de mentorat demain", "Votre session de mentorat est prévue demain à 18h. Pensez à "
     "préparer vos questions et à déposer vos livrables."),
    ("Votre soutenance est planifiée", "La soutenance de votre projet aura lieu le 12 mars à 14h en visio. "
     "L'évaluateur aura 20 minutes pour vos questions."),
    ("Nouveau cours : préparer un entretien technique", "Découvrez notre nouveau cours gratuit pour réussir vos "
     "entretiens techniques et mettre en valeur votre CV de développeur."),
])

w("course", "report", "en", "edX <no-reply@news.edx.org>", "Hello {n},", "The edX Team",
  "edX LLC. You are receiving this because you are a registered learner. Update your preferences.", [
    ("Your verified certificate is ready", "Congratulations, you earned a verified certificate in CS50's "
     "Introduction to Computer Science. Add it to your profile to stand out to employers."),
    ("Course update: final exam now open", "The final exam for Introduction to Linear Algebra is now open. You "
     "have 48 hours to submit once you start. Good luck!"),
    ("Your grade for Problem Set 5 is available", "Problem Set 5 has been graded. You scored 18/20. Your current "
     "course grade is 87%, above the passing threshold."),
    ("Upgrade to get your certificate", "You've completed 60% of the course. Upgrade now to earn a shareable "
     "certificate before the upgrade deadline on Friday."),
])

w("course", "report", "en", "FutureLearn <courses@futurelearn.example.com>", "Dear {n},", "Best wishes,\nFutureLearn",
  "FutureLearn Ltd. You can unsubscribe at any time.", [
    ("Week 2 of Cyber Security Foundations starts now", "This week you'll look at threat models and write your "
     "first risk assessment. Join the discussion with 4,000 other learners."),
    ("Your course has ended", "Thank you for joining Digital Marketing Essentials. You can still access the "
     "materials for 14 days. Tell us how we did in a short survey."),
    ("You've been selected for a free upgrade", "As one of our most active learners you have been selected for "
     "a free upgrade to Unlimited. Accept the offer before 30 April."),
])

w("course", "report", "es", "Domestika <hola@domestika.example.org>", "Hola {n}:", "El equipo de Domestika",
  "Domestika. Darse de baja.", [
    ("Tu proyecto final ha recibido comentarios", "El profesor ha comentado tu proyecto final del curso de "
     "ilustración digital. ¡Echa un vistazo!"),
    ("Has completado el curso", "Enhorabuena, has terminado el curso «Introducción a Figma». Ya puedes descargar "
     "tu certificado."),
    ("Tu compra se ha realizado con éxito", "Gracias por tu compra. Ya tienes acceso al curso «Python para "
     "principiantes»."),
])

# === University administration and course platforms =========================================================

w("university", "tune", "en", "Registrar's Office <registrar@lakeside.edu>", "Dear Student,",
  "Office of the Registrar\nLakeside University", "This is an automated message from Lakeside University.", [
    ("Final exam schedule - Spring term", "The final exam schedule for the spring term has been published. Please "
     "check your personal timetable in the student portal and report any conflicts by April 2."),
    ("Your enrollment verification", "Your request for an enrollment verification letter has been processed. "
     "You can download the letter from the student portal. Employers and landlords accept this document."),
    ("Registration for fall courses opens Monday", "Course registration for the fall semester opens Monday at "
     "8:00 AM. Check your registration time slot and clear any holds on your account."),
    ("Graduation application received", "We have received your application to graduate in May. The Registrar "
     "will review your degree audit and contact you if any requirements are outstanding."),
    ("Grades posted", "Final grades for the winter term are now posted. Log in to view your transcript."),
])

w("university", "tune", "en", "Canvas Notifications <notifications@instructure.com>", "", "",
  "Update your notification settings | Canvas by Instructure", [
    ("Assignment Graded: Lab 4 - Hash Tables, CS 2110", "Your assignment Lab 4 - Hash Tables has been graded.\n"
     "grade: 47 out of 50\nYou can review the submission details and comments from your instructor."),
    ("Submission Comment: Project Proposal, COMP 340", "Dr. Okafor just made a comment on your submission for "
     "Project Proposal: 'Strong motivation. Narrow the scope before the interview study with users.'"),
    ("Assignment Due Date Changed: Homework 6", "The due date for Homework 6 has been changed to Friday at 11:59pm."),
    ("Course Announcement: Midterm review session", "There will be a midterm review session on Wednesday at 6pm in "
     "room 204. Bring your questions about recursion and big-O."),
])

w("university", "tune", "de", "Studierendensekretariat TU Nordheim <studsek@tu-nordheim.example.de>",
  "Liebe Studierende,", "Ihr Studierendensekretariat", "TU Nordheim – Dies ist eine automatisch erzeugte Nachricht.", [
    ("Rückmeldung zum Sommersemester", "die Rückmeldefrist für das Sommersemester endet am 15. Februar. Bitte "
     "überweisen Sie den Semesterbeitrag rechtzeitig."),
    ("Prüfungsanmeldung geöffnet", "die Anmeldung zu den Prüfungen ist ab sofort im Prüfungsportal möglich. "
     "Eine Abmeldung ist bis eine Woche vor der Prüfung möglich."),
    ("Ihre Immatrikulationsbescheinigung", "Ihre Immatrikulationsbescheinigung steht zum Download bereit."),
    ("Notenbekanntgabe: Algorithmen und Datenstrukturen", "für die Prüfung Algorithmen und Datenstrukturen wurde "
     "eine Note eingetragen. Sie können sie im Portal einsehen."),
])

w("university", "tune", "nl", "Moodle Hogeschool Rijnland <moodle@hs-rijnland.example.nl>", "Beste {n},",
  "Met vriendelijke groet,\nHogeschool Rijnland", "Je ontvangt dit bericht omdat je ingeschreven bent.", [
    ("Je opdracht is beoordeeld", "Je inlevering voor 'Databases - eindopdracht' is beoordeeld. Cijfer: 7,8. "
     "Bekijk de feedback van je docent in Moodle."),
    ("Rooster tentamenweek", "Het rooster voor de tentamenweek staat online. Controleer je tentamens en lokalen."),
    ("Herinnering: inschrijven voor de minor", "Je kunt je nog tot vrijdag inschrijven voor een minor. Let op: "
     "sommige minors hebben een selectieprocedure."),
])

w("university", "report", "en", "Student Services <studentservices@northfield.ac.uk>", "Dear {n},",
  "Best wishes,\nStudent Services, Northfield University", "Northfield University, Student Hub, Level 2.", [
    ("Your exam timetable is now available", "Your personal exam timetable for the May/June assessment period is "
     "now available on the student portal. Please check your seat numbers and venues."),
    ("Mitigating circumstances: decision", "The panel has considered your mitigating circumstances claim for "
     "module CS3045. Your claim has been accepted and you may sit the assessment in the August resit period."),
    ("Your marks have been released", "Provisional marks for semester one have been released. These remain "
     "subject to confirmation by the exam board."),
    ("Council tax exemption certificate", "Your council tax exemption certificate is attached. Please forward it "
     "to your local council."),
])

w("university", "report", "en", "Blackboard Learn <do-not-reply@blackboard.example.edu>", "", "",
  "Blackboard Learn notifications. Manage your settings.", [
    ("Grade available: Assignment 2 - Sorting Algorithms", "A grade is available for Assignment 2 - Sorting "
     "Algorithms in course CSC 220. Score: 85/100. Feedback from your instructor is attached."),
    ("Test available: Quiz 7 (Networks)", "Quiz 7 is available until Thursday 23:59. You have one attempt and 30 "
     "minutes."),
    ("Your submission was received", "Your submission for Group Project Milestone 2 was received on time. "
     "Confirmation number 7718-2231."),
])

w("university", "report", "fr", "Scolarité – Université de Rives <scolarite@univ-rives.example.fr>",
  "Bonjour,", "Le service de la scolarité", "Université de Rives – message automatique, merci de ne pas répondre.", [
    ("Calendrier des examens du second semestre", "Le calendrier des examens du second semestre est en ligne sur "
     "l'ENT. Vérifiez vos convocations et vos salles."),
    ("Vos notes sont disponibles", "Les notes du premier semestre sont disponibles dans votre espace étudiant. "
     "Le jury se réunira le 3 février."),
    ("Inscription pédagogique : dernier rappel", "Il vous reste trois jours pour valider votre inscription "
     "pédagogique. Sans elle, vous ne pourrez pas passer les examens."),
])

w("university", "report", "es", "Secretaría Facultad de Informática <secretaria@fi.univ-sierra.example.es>",
  "Estimado/a estudiante:", "Secretaría de la Facultad", "", [
    ("Publicación de notas provisionales", "Se han publicado las notas provisionales de la asignatura Sistemas "
     "Operativos. El plazo de revisión termina el viernes."),
    ("Matrícula del segundo cuatrimestre", "Le recordamos que el plazo de matrícula del segundo cuatrimestre "
     "finaliza el 31 de enero."),
    ("Tu solicitud de convalidación", "Tu solicitud de convalidación de créditos ha sido resuelta favorablemente."),
])

# === Career services and fairs ================================================================================

w("career services", "tune", "en", "Career Center <careers@lakeside.edu>", "Hi {n},",
  "Go Lakers!\nLakeside Career Center", "Lakeside University Career Center. Unsubscribe from the weekly digest.", [
    ("Spring Internship & Job Fair: 80+ employers", "Meet more than 80 employers hiring interns and new grads on "
     "March 4 in the Student Union. Bring copies of your resume and dress business casual."),
    ("Career Center Weekly: resume reviews, mock interviews", "This week: drop-in resume reviews Monday to "
     "Thursday, mock interviews with alumni, and a workshop on negotiating your first offer."),
    ("Your appointment is confirmed", "Your career advising appointment with Maria Chen is confirmed for Tuesday "
     "at 2:30 PM. Topic: internship applications."),
    ("Reminder: employer info session tonight", "Tonight at 6pm: an info session with a software company on "
     "their new grad and internship programs. Pizza provided."),
])

w("career services", "tune", "fr", "Service Carrières – École d'ingénieurs <carrieres@ecole-ing.example.fr>",
  "Bonjour {n},", "Le service Relations Entreprises", "École d'ingénieurs du Sud – Service Carrières", [
    ("Forum Entreprises le 18 octobre", "Le forum entreprises aura lieu le 18 octobre. Plus de 60 entreprises "
     "proposeront des stages et des premiers emplois. Inscrivez-vous aux entretiens flash."),
    ("Atelier CV et lettre de motivation", "Un atelier CV et lettre de motivation aura lieu jeudi à 12h30. "
     "Places limitées, inscription obligatoire."),
    ("Votre convention de stage est signée", "Votre convention de stage a été signée par toutes les parties. "
     "Vous la trouverez dans votre espace."),
])

w("career services", "report", "en", "Handshake Events <events@joinhandshake.example.com>", "Hi {n},",
  "The Handshake Team", "You're receiving this because you RSVPed. Manage notifications.", [
    ("You're registered: Virtual Career Fair - Engineering", "You're registered for the Engineering Virtual Career "
     "Fair on Feb 12. Sign up for 1:1 sessions with employers before slots fill up."),
    ("Your school's career center shared a new resource", "Your career center shared 'Behavioral interview "
     "questions and how to answer them'. Read it before your next interview."),
    ("Reminder: Career fair tomorrow", "The career fair starts tomorrow at 10 AM. Update your profile so recruiters "
     "can find you."),
])

w("career services", "report", "de", "Career Service Hochschule Weiden <career@hs-weiden.example.de>",
  "Liebe Studierende,", "Ihr Career Service", "Hochschule Weiden – Career Service, Raum A012", [
    ("Firmenkontaktmesse am 9. Mai", "Auf unserer Firmenkontaktmesse präsentieren sich 50 Unternehmen mit "
     "Praktika, Abschlussarbeiten und Einstiegsstellen. Lassen Sie Ihre Bewerbungsunterlagen vorab checken."),
    ("Workshop: Das erste Vorstellungsgespräch", "Im Workshop üben Sie typische Fragen im Vorstellungsgespräch. "
     "Anmeldung über das Portal."),
    ("Newsletter Career Service", "In diesem Monat: Gehaltsverhandlung für Berufseinsteiger, neue Mentoring-"
     "Runde und Fotoshooting für Bewerbungsfotos."),
])

# === Hackathons ==============================================================================================

w("hackathon", "tune", "en", "MLH <hello@mlh.io>", "Hey {n}!", "Happy hacking,\nThe MLH Team",
  "Major League Hacking. You can unsubscribe from these emails.", [
    ("Your application to HackLakeside has been accepted!", "Congrats! You've been accepted to HackLakeside 2027. "
     "Please confirm your spot by Friday, or it will be offered to someone on the waitlist."),
    ("Hackathon check-in opens at 9am", "Check-in opens Saturday at 9am. Bring your student ID and a laptop "
     "charger. Opening ceremony at 10:30, hacking starts at 11."),
    ("Results: Global Hack Week winners", "Thanks to everyone who participated! The winners of Global Hack Week "
     "have been announced. Your project 'StudyBuddy' received an honorable mention."),
    ("Registration confirmed: Local Hack Day", "You're registered for Local Hack Day: Build. We'll send the "
     "Discord link the day before."),
])

w("hackathon", "tune", "en", "Devpost <support@devpost.com>", "Hi {n},", "Devpost",
  "Devpost, Inc. Manage email settings.", [
    ("Judging has started for Climate Hack 2027", "Submissions are closed. Judges are now reviewing the 214 "
     "projects. Winners will be announced on March 3."),
    ("Your submission was received", "Your project 'GreenRoute' was submitted to Climate Hack 2027. You can edit "
     "it until the deadline."),
    ("Unfortunately, your project was not selected as a winner", "Thank you for submitting to the AI for Good "
     "Challenge. The competition was strong and unfortunately your project was not selected as a winner this "
     "time. We hope to see you at a future hackathon."),
    ("New hackathons for you", "Based on your skills (Python, React): 5 online hackathons with $50,000 in prizes."),
])

w("hackathon", "tune", "de", "HackaTUM Orga <orga@hackatum.example.de>", "Hallo {n},", "Euer Orga-Team",
  "", [
    ("Deine Anmeldung ist bestätigt", "deine Anmeldung zum Hackathon ist bestätigt. Wir freuen uns auf dich am "
     "Freitag um 17 Uhr."),
    ("Leider hat es diesmal nicht geklappt", "wir hatten dreimal so viele Anmeldungen wie Plätze. Leider können "
     "wir dir dieses Jahr keinen Platz anbieten. Du stehst auf der Warteliste."),
    ("Die Gewinner stehen fest", "Danke fürs Mitmachen! Die Gewinnerteams stehen fest, alle Projekte findet ihr "
     "auf unserer Seite."),
])

w("hackathon", "report", "en", "ETHGlobal <team@ethglobal.example.com>", "gm {n},", "ETHGlobal team", "", [
    ("You've been accepted to ETHGlobal Lisbon", "We're excited to let you know that your application to hack at "
     "ETHGlobal Lisbon has been accepted. Please stake to confirm your attendance."),
    ("Prize results", "Your team's project won the 2nd place prize in the DeFi track. The prize will be paid to "
     "the wallet address in your profile."),
    ("Hacker application update", "Thanks for applying to hack with us. We received far more applications than "
     "spots available and can't offer you a place this time."),
])

w("hackathon", "report", "nl", "Hack Amsterdam <info@hackamsterdam.example.nl>", "Hoi {n},", "Groetjes,\nHet team",
  "", [
    ("Je bent geselecteerd!", "Gefeliciteerd, je bent geselecteerd voor Hack Amsterdam. Bevestig je deelname "
     "voor zondag."),
    ("Praktische informatie", "Neem je laptop en slaapzak mee. Het eten is geregeld."),
    ("Uitslag jury", "De jury heeft de winnaars gekozen. Jullie team is helaas niet in de prijzen gevallen."),
])

w("hackathon", "report", "es", "HackMadrid <equipo@hackmadrid.example.es>", "Hola {n}:", "El equipo de HackMadrid",
  "", [
    ("Tu inscripción ha sido aceptada", "¡Enhorabuena! Tu inscripción al hackathon ha sido aceptada. Confirma tu "
     "asistencia antes del lunes."),
    ("Resultados del hackathon", "Gracias por participar. Tu equipo no ha resultado ganador en esta edición."),
])

# === Coding contests and practice sites ======================================================================

w("coding contest", "tune", "en", "Codeforces <noreply@codeforces.com>", "Hello, {n}.", "Codeforces team", "", [
    ("Codeforces Round 942 (Div. 2) results", "The round is over. Your rank: 1532. Rating change: +41 (1387 -> "
     "1428). Thank you for participating!"),
    ("Registration for Educational Round 170 is open", "Registration for the round is open. Start: Tuesday "
     "17:35 UTC. Duration: 2 hours."),
    ("System testing finished", "System tests for Codeforces Round 943 are finished. Problem C: wrong answer on "
     "test 14. Final standings are available."),
])

w("coding contest", "tune", "en", "LeetCode <no-reply@leetcode.com>", "Hi {n},", "LeetCode",
  "Unsubscribe from LeetCode weekly emails.", [
    ("Weekly Contest 401 ranking", "You ranked 3,214 out of 28,901 in Weekly Contest 401 and solved 3 of 4 "
     "problems. Keep your streak!"),
    ("Your 30-day streak is at risk", "Solve today's daily challenge to keep your streak. Today's problem: "
     "Merge Intervals (Medium)."),
    ("Top interview questions: new study plan", "Prepare for coding interviews at top companies with our new "
     "study plan: 150 questions in 8 weeks."),
    ("Your LeetCode Premium subscription has been renewed", "Your annual subscription was renewed for $159.00. "
     "Thank you for being a Premium member."),
])

w("coding contest", "tune", "fr", "France-IOI / Prologin <contact@prologin.example.org>", "Bonjour {n},",
  "L'équipe Prologin", "", [
    ("Résultats de la demi-finale", "Les résultats de la demi-finale régionale sont en ligne. Tu es classé 37e. "
     "Les 100 premiers sont qualifiés pour la finale."),
    ("Ouverture des épreuves de sélection", "Les épreuves de sélection en ligne sont ouvertes jusqu'au 15 janvier. "
     "Bonne chance !"),
])

w("coding contest", "report", "en", "Kaggle <no-reply@kaggle.com>", "Hi {n},", "The Kaggle Team",
  "Kaggle Inc. Unsubscribe from competition emails.", [
    ("Leaderboard update: you moved up 120 places", "Your latest submission to 'House Prices - Advanced "
     "Regression' scored 0.1241 and moved you up to rank 812 on the public leaderboard."),
    ("Competition ending soon", "The Playground Series competition ends in 3 days. Select your final "
     "submissions."),
    ("Your notebook received a bronze medal", "Congratulations! Your notebook 'EDA + LightGBM baseline' received "
     "a bronze medal from the community."),
])

w("coding contest", "report", "en", "AtCoder <info@atcoder.example.jp>", "Dear {n},", "AtCoder", "", [
    ("AtCoder Beginner Contest 360 - results", "Thank you for participating. Your performance: 1204. New rating: "
     "1088 (+36)."),
    ("Upcoming contests this week", "ABC 361 on Saturday and ARC 180 on Sunday. Register from the contest page."),
])

w("coding contest", "report", "de", "Bundeswettbewerb Informatik <bwinf@bwinf.example.de>", "Hallo {n},",
  "Viele Grüße\nBundeswettbewerb Informatik", "", [
    ("Ergebnis der zweiten Runde", "die Bewertung der zweiten Runde ist abgeschlossen. Du hast einen zweiten Preis "
     "erreicht. Die Urkunde kommt per Post."),
    ("Deine Einsendung ist eingegangen", "deine Einsendung zur ersten Runde ist eingegangen. Die Ergebnisse gibt "
     "es im Januar."),
])

# === Developer services ======================================================================================

w("dev service", "tune", "en", "GitHub <noreply@github.com>", "Hey {n}!", "Thanks,\nThe GitHub Team",
  "GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco. You're receiving this because of your account settings.", [
    ("[GitHub] Your GitHub Student Developer Pack application has been approved", "Congratulations! Your "
     "application for the GitHub Student Developer Pack has been approved. You now have access to offers from "
     "our partners."),
    ("[onward-lab/api] Run failed: CI - main (a41f9c2)", "The workflow run 'CI' failed on main. Job 'test (3.11)' "
     "failed in 2m 14s. View the logs to see what went wrong."),
    ("[GitHub] A third-party OAuth application has been added to your account", "A third-party OAuth application "
     "(Vercel) with read:user and repo scopes was recently authorized to access your account."),
    ("[priya/portfolio] Pull request #12 merged", "Your pull request 'Fix resume download link' was merged into "
     "main by a collaborator."),
    ("[GitHub] Your sponsorship was accepted", "You're now sponsoring an open source maintainer. Thank you for "
     "supporting open source!"),
])

w("dev service", "tune", "en", "Heroku <bot@heroku.com>", "Hi,", "The Heroku Team",
  "Heroku, a Salesforce company. Manage notifications in your account settings.", [
    ("Your application has been deployed", "Your application quiet-river-4412 has been deployed successfully. "
     "Release v37 is now live at https://quiet-river-4412.herokuapp.com."),
    ("Application error on quiet-river-4412", "Your application quiet-river-4412 crashed with error code H10 (App "
     "crashed). Check the logs with heroku logs --tail."),
    ("Action required: your app will be stopped", "Your app uses the Eco dyno plan and has used all of its "
     "monthly hours. It will sleep until the start of next month."),
    ("Your invoice for March", "Your Heroku invoice for March is now available. Total: $12.00."),
])

w("dev service", "tune", "en", "Amazon Web Services <no-reply-aws@amazon.com>", "Greetings from Amazon Web Services,",
  "Sincerely,\nAmazon Web Services", "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.", [
    ("AWS Notification - Billing alarm", "You are receiving this email because your estimated charges are greater "
     "than the limit you set for the alarm 'monthly-budget' ($10.00)."),
    ("Your AWS Certification exam result", "Congratulations! You passed the AWS Certified Cloud Practitioner exam. "
     "Your digital badge will be available within 5 business days."),
    ("Your request for a service quota increase has been approved", "Your request to increase the limit of "
     "running On-Demand instances has been approved for region eu-west-1."),
    ("Amazon SES: your production access request", "We have reviewed your request for production access to "
     "Amazon SES and are unable to grant it at this time. Please reply with more detail about your use case."),
])

w("dev service", "tune", "de", "Hetzner Cloud <noreply@hetzner.example.com>", "Sehr geehrter Kunde,",
  "Mit freundlichen Grüßen\nIhr Hetzner Team", "", [
    ("Ihr Server wurde erstellt", "Ihr Cloud-Server ubuntu-4gb-nbg1 wurde erfolgreich erstellt und ist bereit."),
    ("Wartungsarbeiten am Standort Nürnberg", "am Dienstag finden Wartungsarbeiten statt. Ihre Anwendung kann "
     "für bis zu 10 Minuten nicht erreichbar sein."),
    ("Ihre Rechnung", "Ihre Rechnung für den Monat März steht zum Download bereit."),
])

w("dev service", "report", "en", "GitLab <gitlab@mg.gitlab.com>", "Hello {n}!", "GitLab",
  "You're receiving this email because of your account on gitlab.com. Manage notifications.", [
    ("Pipeline #118823 has failed for main", "Pipeline #118823 triggered by you has failed. Failed job: deploy "
     "(stage: deploy). Your application was not deployed."),
    ("Access request approved", "Your request to access the project data-club/website has been approved. You "
     "have been given the Developer role."),
    ("Merge request !34 was approved", "Your merge request 'Add login page' was approved by 2 reviewers and is "
     "ready to merge."),
])

w("dev service", "report", "en", "Vercel <notifications@vercel.com>", "Hi {n},", "Vercel",
  "Vercel Inc. Notification settings.", [
    ("Deployment failed for my-portfolio", "The deployment of my-portfolio to production failed at the build step: "
     "Error: Command 'npm run build' exited with 1."),
    ("Your deployment is ready", "Your deployment for job-tracker-app is ready. Preview: https://job-tracker-app-"
     "git-main.vercel.app"),
    ("Usage alert: you have used 80% of your bandwidth", "Your Hobby team has used 80% of its monthly bandwidth."),
])

w("dev service", "report", "en", "DigitalOcean <support@digitalocean.example.com>", "Hi there,",
  "Happy coding,\nDigitalOcean", "", [
    ("Your App Platform app is live", "Your app 'interview-notes' has been deployed and is now live. Build "
     "duration: 1m 42s."),
    ("Droplet alert: CPU above 90%", "Your droplet web-01 has had CPU usage above 90% for 5 minutes."),
    ("Your GitHub Student Pack credit has been applied", "Your $200 credit has been applied to your account."),
])

w("dev service", "report", "fr", "OVHcloud <noreply@ovh.example.fr>", "Bonjour,", "L'équipe OVHcloud", "", [
    ("Votre application a été déployée", "Votre application web a été déployée avec succès sur votre hébergement."),
    ("Incident en cours", "Un incident affecte actuellement certaines instances. Nos équipes interviennent."),
])

# === App stores =============================================================================================

w("app store", "tune", "en", "App Store Connect <no_reply@email.apple.com>", "Dear {n},",
  "Best regards,\nApp Store Review", "Apple Inc. One Apple Park Way, Cupertino, CA.", [
    ("The status of your (iOS) app, StudyTimer, is now 'Ready for Distribution'", "The status of your app "
     "StudyTimer, version 1.2, is now Ready for Distribution. Your app will be available on the App Store soon."),
    ("Your submission was rejected", "We reviewed your app submission and found it does not comply with "
     "guideline 2.1 - Performance - App Completeness. Please see the Resolution Center for details and resubmit."),
    ("Your app has been approved", "Good news! Your submission for StudyTimer 1.3 has been approved and is ready "
     "for sale."),
    ("Apple Developer Program membership renewal", "Your membership expires in 30 days. Renew to keep your apps "
     "on the App Store."),
])

w("app store", "report", "en", "Google Play Console <noreply-play-console@google.com>", "Hi {n},",
  "The Google Play team", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043", [
    ("Action required: your app update was rejected", "Your app update for com.sam.budgetbuddy was rejected due "
     "to a policy issue: Data safety section incomplete. Fix the issue and submit a new version."),
    ("Your app is now available on Google Play", "Congratulations, your app BudgetBuddy has been published and "
     "is now live on Google Play."),
    ("Your developer account has been verified", "Your identity has been verified. You can now publish apps."),
])

w("app store", "report", "de", "Microsoft Partner Center <partnercenter@microsoft.example.com>", "Hallo {n},",
  "Ihr Microsoft Store Team", "", [
    ("Ihre App wurde zertifiziert", "Ihre Einreichung für die App 'Notenrechner' hat die Zertifizierung "
     "bestanden und wird in Kürze im Store veröffentlicht."),
    ("Zertifizierung fehlgeschlagen", "Ihre App-Einreichung hat die Zertifizierung leider nicht bestanden. Die "
     "Gründe finden Sie im Bericht."),
])

# === Talks and papers =======================================================================================

w("paper or talk", "tune", "en", "ICSE SRC 2027 <icse-src@easychair.example.org>", "Dear {n},",
  "Best regards,\nThe Program Committee", "EasyChair – conference management system", [
    ("ICSE SRC 2027 notification for paper 117", "We regret to inform you that your paper 'Flaky Tests in "
     "Student Projects' was not accepted for ICSE SRC 2027. We received 98 submissions and could accept only 21. "
     "The reviews are included below; we hope they help you improve your work."),
    ("Your submission 117 has been received", "Thank you for submitting your paper to the ICSE Student Research "
     "Competition. Reviews will be sent by January 15."),
    ("Camera-ready instructions", "Congratulations again on the acceptance of your paper. The camera-ready version "
     "is due on March 1 and must follow the ACM template."),
])

w("paper or talk", "tune", "en", "PyCon Program Committee <program@pycon.example.org>", "Hi {n},",
  "Thanks,\nPyCon Program Committee", "", [
    ("Your talk proposal was not accepted", "Thank you for submitting your talk proposal 'Testing Django apps "
     "without tears'. We received over 600 proposals this year and unfortunately we were not able to accept "
     "yours. We'd love to see you submit again next year."),
    ("Your tutorial proposal has been accepted!", "We're delighted to tell you that your tutorial has been "
     "accepted. Please confirm by replying to this email and complete your speaker profile."),
    ("Speaker travel grants", "Accepted speakers can apply for a travel grant. Applications close on the 20th."),
])

w("paper or talk", "tune", "fr", "Comité de programme JDEV <programme@jdev.example.fr>", "Bonjour {n},",
  "Cordialement,\nLe comité de programme", "", [
    ("Décision concernant votre proposition", "Nous avons le regret de vous informer que votre proposition de "
     "présentation n'a pas été retenue pour cette édition. Le comité a reçu de nombreuses propositions de qualité."),
    ("Votre article est accepté", "Nous avons le plaisir de vous annoncer que votre article a été accepté pour "
     "publication dans les actes de la conférence."),
])

w("paper or talk", "report", "en", "NeurIPS 2027 Workshops <workshops@openreview.example.net>", "Dear Authors,",
  "Regards,\nWorkshop Organizers", "OpenReview notification", [
    ("Decision on your submission to the ML4Code workshop", "We are sorry to inform you that your paper has been "
     "rejected. This year we had many strong submissions and limited space. Reviewer comments are available on "
     "OpenReview."),
    ("Your paper has been accepted as a poster", "Congratulations! Your submission 'Small models for code review' "
     "has been accepted for a poster presentation."),
    ("Reviewer assignment", "You have been assigned 3 papers to review. Reviews are due by September 20."),
])

w("paper or talk", "report", "en", "DevConf Call for Papers <cfp@devconf.example.io>", "Hey {n},", "DevConf Team",
  "", [
    ("DevConf 2027: CFP results", "Thanks so much for sending us your session proposal. Sadly, we couldn't find a "
     "spot for it in this year's program. Selection was very hard."),
    ("You're speaking at DevConf!", "Your talk has been selected. We'll cover your hotel for two nights."),
])

w("paper or talk", "report", "de", "Tagungsbüro Informatik-Tage <tagung@informatiktage.example.de>",
  "Liebe/r {n},", "Viele Grüße\nDas Programmkomitee", "", [
    ("Entscheidung über Ihren Beitrag", "leider können wir Ihren Beitrag nicht für die Informatik-Tage annehmen. "
     "Die Gutachten finden Sie im Tagungssystem."),
    ("Ihr Beitrag wurde angenommen", "wir freuen uns, Ihnen mitzuteilen, dass Ihr Beitrag angenommen wurde."),
])

# === Scholarships, grants, prizes ===========================================================================

w("scholarship", "tune", "en", "Lakeside University Financial Aid <finaid@lakeside.edu>", "Dear {n},",
  "Office of Financial Aid", "Lakeside University. Do not reply to this message.", [
    ("Your scholarship application decision", "Thank you for applying for the Dean's Merit Scholarship. After "
     "careful review, we regret that we are unable to offer you the scholarship this year. Competition was "
     "exceptionally strong."),
    ("Scholarship award notification", "Congratulations! You have been selected to receive the Engineering "
     "Excellence Scholarship of $3,000 for the academic year. The award will be applied to your tuition account."),
    ("Action required: FAFSA verification", "Your financial aid file has been selected for verification. Please "
     "upload the requested documents."),
])

w("scholarship", "tune", "de", "Stipendienstiftung Nord <stipendien@stiftung-nord.example.de>", "Liebe/r {n},",
  "Mit herzlichen Grüßen\nStiftung Nord", "", [
    ("Ihre Bewerbung um ein Deutschlandstipendium", "vielen Dank für Ihre Bewerbung um ein Deutschlandstipendium. "
     "Leider konnten wir Sie bei der diesjährigen Vergabe nicht berücksichtigen."),
    ("Einladung zum Auswahlgespräch", "wir laden Sie zu einem Auswahlgespräch für unser Stipendienprogramm am "
     "12. Juni ein."),
    ("Zusage Reisestipendium", "Ihr Antrag auf ein Reisestipendium für die Konferenz wurde bewilligt."),
])

w("scholarship", "tune", "nl", "DUO <noreply@duo.example.nl>", "Beste {n},", "Dienst Uitvoering Onderwijs", "", [
    ("Besluit studiefinanciering", "Je aanvraag voor studiefinanciering is toegekend. Je ontvangt het bedrag op "
     "de 24e van de maand."),
    ("Wijziging in je aanvullende beurs", "Je aanvullende beurs is gewijzigd. Bekijk het besluit in Mijn DUO."),
])

w("scholarship", "report", "en", "Women in Tech Fund <awards@witfund.example.org>", "Dear {n},",
  "Warm regards,\nThe Awards Committee", "", [
    ("Update on your bursary application", "Thank you for applying to the Women in Tech Bursary. We received "
     "over 1,200 applications and are sorry to tell you that you have not been selected this year."),
    ("You've been shortlisted", "Your bursary application has been shortlisted. The committee will make final "
     "decisions by May 31."),
    ("Congratulations - award confirmed", "We are thrilled to confirm your award of £2,500 towards your tuition "
     "fees."),
])

w("scholarship", "report", "es", "Fundación Becas Horizonte <becas@horizonte.example.es>", "Estimado/a {n}:",
  "Un saludo,\nFundación Horizonte", "", [
    ("Resolución de la convocatoria de becas", "Lamentamos comunicarte que tu solicitud de beca para el máster no "
     "ha sido seleccionada en esta convocatoria."),
    ("Documentación pendiente", "Para completar tu solicitud de beca falta el certificado académico."),
])

w("scholarship", "report", "fr", "Campus Mobilité <mobilite@univ-rives.example.fr>", "Bonjour {n},",
  "Le bureau des relations internationales", "", [
    ("Résultat de votre demande de bourse Erasmus", "Nous avons le plaisir de vous informer que votre demande de "
     "bourse de mobilité Erasmus+ a été acceptée pour le semestre d'automne."),
    ("Bourse sur critères sociaux", "Votre dossier de bourse est incomplet. Merci de déposer votre avis "
     "d'imposition."),
])

# === Clubs and societies ====================================================================================

w("club", "tune", "en", "Robotics Society <robotics.society@lakeside.edu>", "Hi everyone,",
  "Cheers,\nRobotics Society Committee", "", [
    ("Committee elections: applications open", "We're electing a new committee for next year. If you'd like to "
     "run for treasurer or events officer, send us a short statement by Friday. No experience needed!"),
    ("Build night this Thursday", "Build night is on Thursday from 7pm in the maker space. We'll finish the arm "
     "for the competition. Pizza on us."),
    ("Your membership is confirmed", "Thanks for joining the Robotics Society! Your membership is active for the "
     "academic year."),
])

w("club", "tune", "en", "ACM Student Chapter <acm-chapter@lakeside.edu>", "Hey {n},", "ACM @ Lakeside", "", [
    ("Workshop: cracking the coding interview", "Join us Tuesday for a workshop on technical interviews with "
     "mock problems and tips from seniors who interned last summer."),
    ("Officer position applications", "We're looking for a new webmaster and outreach chair. Fill out the "
     "application form if you're interested in a position on the board."),
    ("Thanks for coming to our tech talk", "Slides from last night's talk on distributed systems are now online."),
])

w("club", "tune", "fr", "BDE Informatique <bde@ecole-ing.example.fr>", "Salut {n} !", "Le BDE", "", [
    ("Soirée d'intégration samedi", "La soirée d'intégration aura lieu samedi au foyer. Pense à prendre ta place."),
    ("Candidatures pour le bureau", "Les candidatures pour le nouveau bureau du BDE sont ouvertes. Envoie-nous "
     "ta motivation avant dimanche."),
])

w("club", "report", "en", "Chess Club <chessclub@northfield.ac.uk>", "Dear members,", "Best,\nChess Club", "", [
    ("Team selection for the league match", "The captain has selected the team for Saturday's league match. "
     "Check the list on our page; reserves should be ready too."),
    ("Annual general meeting", "Our AGM is on Wednesday. Nominations for the committee close on Monday."),
])

w("club", "report", "nl", "Studievereniging Sigma <bestuur@sigma.example.nl>", "Hoi {n},", "Groetjes,\nHet bestuur",
  "", [
    ("Sollicitaties commissies geopend", "Wil je volgend jaar in een commissie? Solliciteer voor de "
     "activiteitencommissie of de excursiecommissie voor 1 maart."),
    ("Bedrijfsexcursie naar Eindhoven", "Op 14 maart gaan we op excursie naar een chipfabrikant. Schrijf je snel "
     "in, er zijn 40 plekken."),
    ("Je lidmaatschap is verlengd", "Je lidmaatschap is verlengd voor het nieuwe studiejaar."),
])

w("club", "report", "de", "Uni-Chor Weiden <chor@hs-weiden.example.de>", "Liebe Sängerinnen und Sänger,",
  "Euer Chorvorstand", "", [
    ("Vorsingen für das Sommerkonzert", "für die Solostellen im Sommerkonzert gibt es am Montag ein Vorsingen. "
     "Bitte tragt euch in die Liste ein."),
    ("Probenplan", "anbei der Probenplan bis Juli."),
])

# === Chat digests ===========================================================================================

w("chat digest", "tune", "en", "Slack <feedback@slack.com>", "", "Slack",
  "Slack Technologies, LLC. You're receiving this because of your notification preferences.", [
    ("[Slack] New messages in #internships from CS Class of 2027", "You have 14 unread messages in #internships. "
     "Amir: anyone heard back from the summer internship they applied to? Lea: I got an interview next week! "
     "Jo: still waiting, the recruiter said two weeks."),
    ("[Slack] Your weekly summary for Data Club", "This week in Data Club: 38 messages, 4 new members. Top "
     "channel: #job-postings."),
    ("[Slack] Kim mentioned you in #capstone", "Kim: @you can you review the deployment script before the demo "
     "tomorrow?"),
])

w("chat digest", "tune", "en", "Discord <notifications@discord.com>", "", "Discord",
  "Discord Inc. Turn off these notifications in your settings.", [
    ("You have 23 unread messages in CS Study Group", "#general: 'who's doing the Amazon OA this week?' "
     "#leetcode: 'daily problem thread' #offers: 'got my offer from a startup!'"),
    ("New login to your account", "We noticed a new login to your Discord account from Linux, Chrome."),
])

w("chat digest", "report", "en", "Microsoft Teams <noreply@email.teams.microsoft.com>", "", "Microsoft Teams",
  "Microsoft Corporation, One Microsoft Way, Redmond, WA", [
    ("You have 5 missed activities in Capstone Team", "Ana mentioned you: 'the client moved the review meeting to "
     "Thursday, can you present the interview findings?'"),
    ("Recording available: Lecture 9", "The recording of Lecture 9 is available in the Files tab."),
])

w("chat digest", "report", "en", "Zulip <noreply@bootcamp-alumni.zulipchat.example.com>", "", "Zulip", "", [
    ("9 new messages in #careers (Bootcamp Alumni)", "Ravi: tip, always send a thank-you note after the "
     "interview. Mia: anyone have a referral at a fintech? Tom: the hiring freeze is brutal this year."),
])

w("chat digest", "report", "de", "Mattermost <noreply@chat.fsinf.example.de>", "", "Mattermost", "", [
    ("Neue Nachrichten in ~jobs-und-praktika", "Lena: Kennt jemand das Bewerbungsverfahren bei der Bahn? Max: "
     "Ich hatte letzte Woche mein Vorstellungsgespräch, lief gut."),
])

# === Social networks ========================================================================================

w("social network", "tune", "en", "LinkedIn <invitations@linkedin.com>", "Hi {n},", "",
  "This email was intended for you. Learn why we included this. LinkedIn Corporation, Sunnyvale, CA.", [
    ("Daniel Okoro wants to connect", "Daniel Okoro, Talent Acquisition Partner at a fintech, wants to connect "
     "with you. Accept invitation | View profile"),
    ("You appeared in 14 searches this week", "You appeared in 14 searches this week. Recruiters from 3 "
     "companies looked at your profile. See all your search appearances with Premium."),
    ("Your post got 1,203 impressions", "Your post 'Excited to share that I passed my AWS certification' got "
     "1,203 impressions and 48 reactions. See who engaged with your post."),
    ("Congratulate Lea on starting a new position", "Lea Martin started a new position as Junior Data Engineer. "
     "Send a message to congratulate her."),
    ("You have 3 new invitations", "Priyanka, a recruiter, and 2 others are waiting for your response."),
])

w("social network", "tune", "de", "XING <mailrobot@mail.xing.com>", "Hallo {n},", "Ihr XING Team",
  "New Work SE, Am Strandkai 1, Hamburg", [
    ("Sie haben eine neue Kontaktanfrage", "Julia Weber, Recruiterin, möchte sich mit Ihnen vernetzen."),
    ("Wer hat Ihr Profil besucht?", "Diese Woche haben 7 Personen Ihr Profil besucht, darunter 2 Personalberater."),
    ("Glückwunsch zum Jobjubiläum", "Gratulieren Sie Markus zu seinem 2-jährigen Jubiläum bei seinem Arbeitgeber."),
])

w("social network", "report", "en", "LinkedIn <messages-noreply@linkedin.com>", "{n},", "",
  "You are receiving LinkedIn notification emails. Unsubscribe. LinkedIn Ireland Unlimited Company, Dublin.", [
    ("Someone viewed your profile", "A recruiter at an enterprise software company viewed your profile. See "
     "who's viewing your profile and reach out."),
    ("Your weekly network update", "Your network is growing: 6 new connections this week. Two people you know "
     "are hiring."),
    ("Aisha Khan commented on your post", "Aisha Khan commented: 'Congrats on the graduation! Good luck with the "
     "job search.'"),
    ("Accept Tom's invitation", "Tom Riley, Software Engineer, wants to be part of your professional network."),
])

w("social network", "report", "fr", "LinkedIn <notifications-noreply@linkedin.com>", "Bonjour {n},", "",
  "LinkedIn Ireland Unlimited Company. Se désabonner.", [
    ("Votre profil a été consulté 9 fois", "Votre profil a été consulté 9 fois cette semaine, notamment par un "
     "recruteur."),
    ("Camille souhaite rejoindre votre réseau", "Camille Durand, chargée de recrutement, souhaite se connecter "
     "avec vous."),
])

# === Job-board digests and alerts ===========================================================================

w("job board", "tune", "en", "Indeed <alert@indeed.com>", "", "Indeed",
  "You're receiving this job alert because you subscribed. Unsubscribe | Indeed, 6433 Champion Grandview Way",
  [
    ("20 new jobs for you: Junior Software Engineer", "Junior Software Engineer - Remote - $85,000 a year - Easily "
     "apply\nGraduate Developer - Austin, TX - Responsive employer\nSoftware Engineer I - New York, NY - Apply "
     "now"),
    ("Jobs for you: data analyst intern", "Data Analyst Intern - Chicago, IL - 3 days ago\nBusiness Intelligence "
     "Intern - Remote\nSee all jobs for you."),
    ("Your application was viewed", "Update on your job search: an employer viewed the application you sent "
     "through Indeed 5 days ago. Keep applying to similar jobs to increase your chances."),
    ("Complete your profile to stand out", "Employers are searching for candidates like you. Add your skills "
     "and upload a resume to get noticed."),
])

w("job board", "tune", "en", "Glassdoor <noreply@glassdoor.com>", "Hi {n},", "Glassdoor",
  "Glassdoor LLC. Manage your email settings.", [
    ("Salaries for Software Engineer in Seattle", "The average salary for a Software Engineer in Seattle is "
     "$142,000. See how your offer compares and read interview reviews."),
    ("New interview reviews at companies you follow", "3 new interview reviews: 'Two rounds of coding and a "
     "behavioral interview. Got an offer.' Read more on Glassdoor."),
    ("Your weekly Community digest", "Trending in Tech: 'How to handle a rejection after the final round', "
     "'Is it OK to negotiate an internship offer?'"),
])

w("job board", "tune", "en", "Wellfound <hello@wellfound.com>", "Hey {n},", "Wellfound",
  "Formerly AngelList Talent. Unsubscribe.", [
    ("12 startups want to meet you", "Startups hiring Full Stack Engineers this week. Apply with one click. "
     "Your profile is 80% complete."),
    ("A startup is interested in you", "A seed-stage startup in climate tech viewed your profile. Apply to "
     "their open roles to let them know you're interested."),
    ("Weekly digest: new roles at YC startups", "Backend Engineer (Python) - $120k-$150k - 0.2% equity. "
     "Frontend Engineer - Remote US."),
])

w("job board", "tune", "fr", "Welcome to the Jungle <alertes@welcometothejungle.example.com>", "Bonjour {n},",
  "L'équipe Welcome to the Jungle", "Se désinscrire de cette alerte.", [
    ("9 nouvelles offres pour « Développeur junior »", "Développeur Python junior - Lyon - CDI\nStage "
     "développeur web - Paris - 6 mois\nAlternance DevOps - Nantes"),
    ("Ces entreprises recrutent près de chez vous", "Découvrez les entreprises qui recrutent en ce moment et "
     "postulez en un clic."),
])

w("job board", "report", "en", "Handshake <notifications@joinhandshake.com>", "Hi {n},", "Handshake",
  "Handshake, 225 Bush St, San Francisco. Update your notification settings.", [
    ("Jobs recommended for you this week", "Based on your major: Software Engineering Intern (Summer 2027), "
     "Data Science Co-op, IT Support Student Assistant. Apply before the deadlines."),
    ("An employer messaged students like you", "Recruiters at 4 companies sent messages to computer science "
     "students at your school. Complete your profile so they can find you."),
    ("Your application status", "Applications you started on Handshake: 2 incomplete. Finish them before the "
     "postings close."),
])

w("job board", "report", "de", "StepStone <jobagent@stepstone.example.de>", "Hallo {n},", "Ihr StepStone Team",
  "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.", [
    ("15 neue Jobs für: Werkstudent Softwareentwicklung", "Werkstudent (m/w/d) Softwareentwicklung - Berlin\n"
     "Praktikant Data Science - München\nJetzt bewerben."),
    ("Gehaltscheck: Was verdienen Junior-Entwickler?", "Das Einstiegsgehalt für Junior-Entwickler liegt bei "
     "48.000 Euro."),
])

w("job board", "report", "en", "ZipRecruiter <alerts@ziprecruiter.example.com>", "", "ZipRecruiter",
  "ZipRecruiter, Inc., Santa Monica, CA.", [
    ("Machine Learning Intern and 9 more jobs", "Machine Learning Intern - 4.1 ★ - Boston, MA\nResearch Intern "
     "- Remote\nEasy Apply jobs are waiting for you."),
    ("Your salary report is ready", "Know your worth: your personalized salary estimate as a Junior Developer "
     "is $78k-$96k."),
])

w("job board", "report", "nl", "Nationale Vacaturebank <alert@nvb.example.nl>", "Hoi {n},",
  "Team Nationale Vacaturebank", "Afmelden voor deze vacaturemelding.", [
    ("Nieuwe vacatures voor jou: junior developer", "Junior developer - Utrecht - 32-40 uur\nTraineeship IT - "
     "Amsterdam\nSolliciteer direct."),
])

# === Referral programmes ====================================================================================

w("referral", "tune", "en", "Revolut <no-reply@revolut.com>", "Hey {n},", "Revolut",
  "Revolut Ltd is authorised by the FCA. Terms apply.", [
    ("Invite friends, earn £50 each", "Refer a friend to Revolut and you'll both get £50 when they order a card "
     "and make 3 payments. Your referral link is waiting."),
])

w("referral", "tune", "en", "Blind <noreply@teamblind.example.com>", "Hi {n},", "Team Blind", "", [
    ("Get referred to top tech companies", "Verified employees on Blind can refer you to their company. Post "
     "your resume and get a referral within 48 hours."),
    ("Trending: 'Got rejected after 5 rounds'", "The most discussed post this week: got rejected after 5 rounds "
     "of interviews, what now?"),
])

w("referral", "report", "en", "Referral Bonus Network <rewards@refer-earn.example.com>", "Hi {n},",
  "The Rewards Team", "", [
    ("You've earned a $25 referral bonus", "Your friend signed up with your code. You've earned a $25 bonus, "
     "paid to your account within 7 days."),
    ("Refer a candidate, earn up to $5,000", "Know someone great? Refer them to roles on our network and earn a "
     "bonus when they're hired. This is a promotional email."),
])

w("referral", "report", "fr", "Lydia <parrainage@lydia.example.fr>", "Salut {n},", "L'équipe Lydia", "", [
    ("Parrainez vos amis", "Invitez vos amis et recevez 10 € pour chaque ami parrainé."),
])

# === Scams ==================================================================================================

w("scam", "tune", "en", "International Lottery Board <claims@intl-lotto-board.example.com>", "Dear Winner,",
  "Yours faithfully,\nDr. James Whitfield\nClaims Director", "", [
    ("CONGRATULATIONS!! YOU HAVE BEEN SELECTED", "Your email address was selected in our international online "
     "draw and you have won $850,000. To claim your prize, send your full name, address and a processing fee "
     "of $250 to our agent."),
    ("Final notice: unclaimed prize", "This is the final notice. Your winnings will be forfeited if you do not "
     "respond within 48 hours."),
])

w("scam", "tune", "en", "HR Department <hr.dept.remote@fastmail-jobs.example.com>", "Hello,",
  "Regards,\nMrs. Linda Grey\nHR Manager", "", [
    ("Remote Data Entry Position - You Have Been Selected", "We reviewed your profile online and you have been "
     "selected for our remote data entry position. Pay is $45/hour, no interview needed. To start, buy the "
     "equipment with the check we will mail you and send the balance back by gift cards."),
    ("Urgent: Personal Assistant position", "My boss needs a personal assistant for errands while he travels. "
     "$600 weekly. Reply with your cell number and bank details to get started today."),
])

w("scam", "report", "en", "Talent Team <recruitment@global-hiring-desk.example.net>", "Dear Candidate,",
  "Best Regards,\nHiring Coordinator", "", [
    ("Congratulations, your application has been approved!", "You have been approved for the position of "
     "Package Reshipping Coordinator working from home. No experience needed. Complete the onboarding form and "
     "pay the $99 registration fee to receive your starter kit."),
    ("Mystery shopper job offer", "You have been chosen as a mystery shopper in your area. You will receive a "
     "check for $2,450; deposit it, keep $350 and wire the rest."),
])

w("scam", "report", "en", "Security Alert <security@paypa1-support.example.com>", "Dear Customer,",
  "PayPal Security", "", [
    ("Your account has been limited", "We noticed unusual activity. Your account access has been limited. "
     "Verify your identity within 24 hours to avoid suspension."),
])

w("scam", "report", "es", "Premios Lotería <premios@loteria-mundial.example.com>", "Estimado ganador:",
  "Departamento de premios", "", [
    ("¡Ha sido seleccionado!", "Su dirección de correo ha sido seleccionada y ha ganado 500.000 euros. Envíe sus "
     "datos bancarios para recibir el premio."),
])

# === Banks and payments =====================================================================================

w("bank", "tune", "en", "PayPal <service@paypal.com>", "Hello {n},", "PayPal",
  "PayPal, Inc. Please do not reply to this email.", [
    ("You've got money", "Jamie Lee sent you $40.00 USD. Note: 'your share of the hackathon pizza'."),
    ("Receipt for your payment to Udemy", "You sent a payment of $14.99 USD to Udemy, Inc. Transaction ID "
     "5XK21934."),
    ("Your application for PayPal Credit", "Thanks for applying for PayPal Credit. We're unable to approve your "
     "application at this time. You'll receive a letter with the reasons."),
])

w("bank", "tune", "en", "Chase <no.reply.alerts@chase.com>", "", "Chase", "JPMorgan Chase Bank, N.A. Member FDIC", [
    ("Your direct deposit has posted", "A direct deposit of $1,412.50 from LAKESIDE UNIV PAYROLL has posted to "
     "your account ending in 4421."),
    ("Your student checking account application", "Good news! Your application for Chase College Checking has "
     "been approved. Your debit card will arrive in 5-7 business days."),
    ("Large purchase alert", "A $612.00 transaction at APPLE STORE was approved on your card ending in 8812."),
])

w("bank", "tune", "nl", "bunq <noreply@bunq.example.nl>", "Hoi {n},", "Team bunq", "", [
    ("Je hebt geld ontvangen", "Je hebt €25,00 ontvangen van D. de Vries met omschrijving 'borrel'."),
    ("Je aanvraag is goedgekeurd", "Je aanvraag voor een creditcard is goedgekeurd."),
])

w("bank", "report", "en", "Wise <noreply@wise.com>", "Hi {n},", "The Wise team", "Wise Payments Ltd.", [
    ("Your money's on its way", "Your transfer of 500 EUR to your landlord is on its way and should arrive "
     "tomorrow."),
    ("We need a few more details", "To keep your account open, please verify your address by uploading a recent "
     "bank statement or utility bill."),
    ("Your card application is approved", "Your Wise debit card is on its way."),
])

w("bank", "report", "de", "Sparkasse Weiden <service@sparkasse-weiden.example.de>", "Guten Tag {n},",
  "Ihre Sparkasse", "", [
    ("Neue Nachricht in Ihrem Postfach", "in Ihrem elektronischen Postfach liegt ein neuer Kontoauszug."),
    ("Ihr Antrag auf Studienkredit", "Ihr Antrag auf einen Studienkredit wurde genehmigt. Die erste Auszahlung "
     "erfolgt zum Monatsanfang."),
])

w("bank", "report", "es", "BBVA <avisos@bbva.example.es>", "Hola {n}:", "BBVA", "", [
    ("Has recibido una transferencia", "Has recibido una transferencia de 300,00 € con el concepto 'beca "
     "comedor'."),
    ("Tu solicitud de préstamo", "Tu solicitud de préstamo para estudios ha sido aprobada."),
])

# === Job mail in the same inbox: must keep its label =========================================================

w("job: rejection", "tune", "en", "Brightwave Recruiting <no-reply@us.greenhouse-mail.io>", "Hi {n},",
  "Best,\nBrightwave University Recruiting", "Powered by Greenhouse", [
    ("Your application to Brightwave", "Thank you for your interest in the Software Engineering Intern (Summer "
     "2027) role at Brightwave. After reviewing your application, we have decided not to move forward at this "
     "time. We encourage you to apply to future openings."),
    ("Update on your Brightwave application", "Thanks for taking the time to complete our online assessment. "
     "Unfortunately, we won't be moving you forward to the interview stage for the New Grad Data Engineer role."),
    ("Brightwave - Software Engineer, New Grad", "Thank you for interviewing with us. The team enjoyed meeting "
     "you, but we have decided to go with other candidates whose experience more closely matches our needs."),
])

w("job: rejection", "tune", "de", "Nordwerk Karriere <karriere@nordwerk.example.de>", "Hallo {n},",
  "Viele Grüße\nDein Nordwerk Recruiting-Team", "", [
    ("Deine Bewerbung als Werkstudent Softwareentwicklung", "vielen Dank für deine Bewerbung und dein Interesse "
     "an Nordwerk. Nach sorgfältiger Prüfung müssen wir dir leider mitteilen, dass wir uns für andere "
     "Kandidatinnen und Kandidaten entschieden haben."),
    ("Dein Praktikum bei Nordwerk", "danke für das nette Gespräch letzte Woche. Leider können wir dir für das "
     "Praktikum keine Zusage geben."),
])

w("job: rejection", "tune", "en", "Lakeside University HR <hr-jobs@lakeside.edu>", "Dear {n},",
  "Sincerely,\nHuman Resources, Lakeside University", "", [
    ("Graduate Research Assistant position - decision", "Thank you for applying for the funded Graduate Research "
     "Assistant position in the Vision Lab. The committee has completed its review and we regret to inform you "
     "that we will not be offering you the position."),
    ("Student IT Helpdesk Assistant", "Thank you for applying to the Student IT Helpdesk Assistant job. The "
     "position has now been filled. We wish you success in your job search."),
])

w("job: rejection", "report", "en", "Halcyon Systems Talent <careers@halcyon-systems.example.com>", "Dear {n},",
  "Kind regards,\nHalcyon Talent Acquisition", "Halcyon Systems is an equal opportunity employer.", [
    ("Your application for Graduate Software Developer", "Thank you for applying to Halcyon Systems. We have "
     "carefully reviewed your application and regret to inform you that you were not selected for the next "
     "stage of our graduate programme."),
    ("Halcyon Summer Internship - update", "We appreciate your interest in our summer internship. Unfortunately, "
     "the positions have been filled and we are unable to offer you a place this year."),
    ("Following your interview", "Thank you for your time on Thursday. After much consideration, we have "
     "decided to offer the role to another candidate."),
])

w("job: rejection", "report", "fr", "Recrutement Solvia <recrutement@solvia.example.fr>", "Bonjour {n},",
  "Cordialement,\nL'équipe Recrutement", "", [
    ("Votre candidature au stage Data", "Nous vous remercions pour votre candidature au stage Data Analyst. "
     "Après étude de votre profil, nous ne pouvons malheureusement pas y donner une suite favorable."),
    ("Alternance développeur", "Nous avons bien étudié votre candidature à l'alternance. Nous avons retenu un "
     "autre profil, plus proche de nos besoins."),
])

w("job: rejection", "report", "nl", "Instituut voor Informatica <vacatures@ivi-univ.example.nl>", "Beste {n},",
  "Met vriendelijke groet,\nDe selectiecommissie", "", [
    ("Sollicitatie promovendus machine learning", "Dank voor je sollicitatie naar de functie van promovendus "
     "(PhD-positie, 4 jaar). Helaas moeten we je laten weten dat we je niet hebben uitgenodigd voor een gesprek."),
])

w("job: assessment", "tune", "en", "Quantive Recruiting <recruiting@quantive.example.com>", "Hi {n},",
  "Thanks,\nQuantive Campus Team", "", [
    ("Quantive online assessment - Software Engineer Intern", "Thank you for applying to the Software Engineer "
     "Intern role. The next step is a 90-minute coding challenge on HackerRank. Please complete it within 7 days "
     "using the link below."),
    ("Reminder: your Quantive coding challenge expires in 48 hours", "You have not yet started the coding "
     "assessment for your application. The link expires in 48 hours."),
])

w("job: assessment", "tune", "en", "HackerRank for Work <no-reply@hackerrankforwork.com>", "Hi {n},",
  "Good luck!\nHackerRank on behalf of Meridian Labs", "", [
    ("Meridian Labs has invited you to a coding test", "Meridian Labs has invited you to take a test for the "
     "Backend Developer (Graduate) position. Duration: 75 minutes. Test link valid until Friday."),
])

w("job: assessment", "report", "en", "Codility <no-reply@codility.com>", "Hello {n},",
  "Codility, on behalf of Ardent Robotics", "", [
    ("Ardent Robotics: your technical assessment", "As part of your application for the Embedded Software "
     "Intern role at Ardent Robotics, please complete this technical assessment. It contains 3 tasks and takes "
     "about 2 hours."),
    ("Your test for Ardent Robotics is due soon", "The test for your application to Ardent Robotics closes "
     "tomorrow at 23:59."),
])

w("job: assessment", "report", "es", "Selección Innova <seleccion@innova-soft.example.es>", "Hola {n}:",
  "Un saludo,\nEquipo de Selección", "", [
    ("Prueba técnica - prácticas de desarrollo", "Gracias por tu candidatura a las prácticas de desarrollo. El "
     "siguiente paso es una prueba técnica online de 60 minutos. Tienes cinco días para completarla."),
])

w("job: interview", "tune", "en", "Sofia Alvarez <sofia.alvarez@brightwave.example.com>", "Hi {n},",
  "Best,\nSofia\nUniversity Recruiter, Brightwave", "", [
    ("Interview invitation - Data Analyst Intern", "Thanks for applying to the Data Analyst Intern role. We'd "
     "like to invite you to a 30-minute phone interview with the hiring manager. Could you share a few times "
     "that work for you next week?"),
    ("Your virtual onsite schedule", "Here's your schedule for the virtual onsite on Thursday: two coding "
     "interviews, a system design conversation and a chat with the team lead."),
])

w("job: interview", "tune", "fr", "Claire Martin <claire.martin@ardoise-tech.example.fr>", "Bonjour {n},",
  "Bien à vous,\nClaire Martin, Talent Acquisition", "", [
    ("Entretien pour le stage développeur", "Suite à votre candidature, nous souhaiterions vous rencontrer pour "
     "un entretien pour le stage développeur backend. Seriez-vous disponible mardi ou mercredi ?"),
])

w("job: interview", "tune", "de", "Forschungszentrum Weiden – Personal <bewerbung@fz-weiden.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nPersonalabteilung", "", [
    ("Einladung zum Vorstellungsgespräch: Doktorandenstelle (TV-L E13, 65 %)", "vielen Dank für Ihre Bewerbung "
     "auf die Doktorandenstelle. Wir möchten Sie gern zu einem Vorstellungsgespräch am 3. März einladen."),
])

w("job: interview", "report", "en", "Marcus Lee <marcus@finchpay.example.com>", "Hey {n},",
  "Cheers,\nMarcus\nEngineering Manager, Finchpay", "", [
    ("Next steps for the Junior Backend role", "I really enjoyed your take-home. I'd like to set up a one-hour "
     "technical interview with two engineers from the team. Does Monday or Tuesday afternoon work?"),
    ("Final round interview", "Congrats on getting through! We'd like to invite you to the final round at our "
     "office on the 14th."),
])

w("job: interview", "report", "nl", "Recruitment Deltaworks <werkenbij@deltaworks.example.nl>", "Beste {n},",
  "Met vriendelijke groet,\nTeam Recruitment", "", [
    ("Uitnodiging sollicitatiegesprek traineeship", "Bedankt voor je sollicitatie op het IT-traineeship. We "
     "nodigen je graag uit voor een eerste gesprek op donderdag om 11:00."),
])

w("job: offer", "tune", "en", "Brightwave Recruiting <offers@brightwave.example.com>", "Hi {n},",
  "Warmly,\nBrightwave University Recruiting", "", [
    ("Your offer from Brightwave", "Congratulations! We are thrilled to offer you the position of Software "
     "Engineering Intern for Summer 2027, at $42/hour. Your offer letter is attached; please sign it within 10 "
     "days."),
    ("Return offer - Software Engineer, New Grad", "Following your internship, we're excited to extend a return "
     "offer for a full-time Software Engineer role starting in August."),
])

w("job: offer", "tune", "es", "RRHH Tecnalia Sur <rrhh@tecnaliasur.example.es>", "Hola {n}:",
  "Un saludo,\nRecursos Humanos", "", [
    ("Oferta de prácticas", "Nos complace ofrecerte las prácticas de ingeniería de datos a partir de septiembre. "
     "Adjuntamos el convenio y las condiciones."),
])

w("job: offer", "report", "en", "Ardent Robotics People <people@ardent-robotics.example.com>", "Dear {n},",
  "Best regards,\nArdent Robotics People Team", "", [
    ("Offer of employment - Graduate Engineer", "We are delighted to offer you the role of Graduate Embedded "
     "Engineer, starting on 1 September with a salary of £34,000. Please find your contract attached."),
    ("Welcome to Ardent: your internship offer", "We're happy to confirm our offer for the 12-week summer "
     "internship. Please accept it in the portal by Friday."),
])

w("job: offer", "report", "de", "Helix Analytics HR <hr@helix-analytics.example.de>", "Hallo {n},",
  "Beste Grüße\nHR Helix Analytics", "", [
    ("Dein Vertragsangebot als Junior Data Scientist", "wir freuen uns sehr, dir die Stelle als Junior Data "
     "Scientist anbieten zu können. Den Arbeitsvertrag findest du im Anhang."),
])

w("job: ack", "tune", "en", "Meridian Labs <no-reply@hire.lever.co>", "Hi {n},", "Meridian Labs Recruiting",
  "Sent via Lever", [
    ("Thank you for applying to Meridian Labs", "Thanks for applying to the Backend Developer (Graduate) role. "
     "Our team will review your application and get back to you if your experience matches what we're looking "
     "for."),
    ("We received your application", "This confirms we've received your application for Machine Learning "
     "Intern. We review every application carefully."),
])

w("job: ack", "tune", "nl", "Werken bij Polder Digital <jobs@polderdigital.example.nl>", "Hoi {n},",
  "Groet,\nPolder Digital", "", [
    ("Bedankt voor je sollicitatie", "We hebben je sollicitatie voor de stage software engineering ontvangen. "
     "Binnen twee weken hoor je van ons."),
])

w("job: ack", "report", "en", "Workday <halcyon@myworkday.example.com>", "Dear {n},", "Halcyon Systems Careers",
  "", [
    ("Application received: Graduate Software Developer", "Thank you for applying for the position of Graduate "
     "Software Developer (Req 20431). We have received your application and will be in touch if your "
     "qualifications match our needs."),
    ("Thank you for your application", "Your application for Summer Intern - Cloud Engineering has been "
     "submitted successfully."),
])

w("job: ack", "report", "fr", "Candidatures Orbis <candidatures@orbis.example.fr>", "Bonjour {n},",
  "L'équipe Talent Orbis", "", [
    ("Accusé de réception de votre candidature", "Nous avons bien reçu votre candidature au poste d'ingénieur "
     "logiciel junior et nous vous en remercions. Elle sera étudiée avec attention."),
])

w("job: recruiter", "tune", "en", "Nina Patel <nina@talentbridge.example.com>", "Hi {n},",
  "Best,\nNina Patel\nTechnical Recruiter, TalentBridge", "", [
    ("Junior Python role - interested?", "I came across your GitHub and your capstone project caught my eye. I'm "
     "recruiting for a Junior Python Developer position at a health-tech client in Boston. Would you be open to a "
     "quick call this week?"),
    ("Graduate opportunities in fintech", "I'm working with two fintech clients hiring graduate engineers this "
     "spring. Happy to tell you more if you're looking."),
])

w("job: recruiter", "report", "en", "Oliver Grant <oliver.grant@cobaltsearch.example.co.uk>", "Hi {n},",
  "Kind regards,\nOliver\nCobalt Search", "", [
    ("Graduate Data Engineer opportunity", "I saw on your LinkedIn that you're finishing your degree this summer. "
     "I'm hiring for a Graduate Data Engineer role with a London scale-up, £38-42k. Would you be interested in "
     "hearing more?"),
])

w("job: recruiter", "report", "de", "Jana Koch <jana.koch@techtalente.example.de>", "Hallo {n},",
  "Viele Grüße\nJana Koch, Recruiterin", "", [
    ("Werkstudentenstelle Frontend – Interesse?", "ich bin über dein Profil gestolpert und suche für einen Kunden "
     "in Berlin einen Werkstudenten im Frontend. Hättest du Lust auf ein kurzes Telefonat?"),
])


# === More writers of the same kinds =========================================================================

w("course", "tune", "en", "DataCamp <team@datacamp.example.com>", "Hi {n},", "The DataCamp Team",
  "DataCamp Inc. Unsubscribe from learning reminders.", [
    ("You're 2 lessons away from your Data Analyst certification", "Finish the last two lessons and take the "
     "certification exam to prove your skills to employers. Your practice assessment score: 78%."),
    ("Your certification exam result", "Unfortunately you did not pass the timed exam for the Data Analyst "
     "Associate certification this time. You can retake it in 14 days."),
    ("Your weekly XP summary", "You earned 2,400 XP this week and completed 'Joining Data with pandas'."),
])

w("course", "report", "en", "Udacity <support@udacity.example.com>", "Hi {n},", "Udacity",
  "Udacity, Inc. Mountain View, CA.", [
    ("Your project review is in", "Your submission of 'Deploy a Flask app to the cloud' has been reviewed. "
     "Status: Requires changes. A reviewer left 3 required changes."),
    ("Project passed!", "Congratulations, your project 'Data Pipelines with Airflow' meets all specifications. "
     "You're one step closer to graduating from the Nanodegree program."),
    ("Career services: get your GitHub reviewed", "Nanodegree students can get a GitHub profile and resume "
     "review from our career coaches."),
])

w("course", "tune", "de", "Lernplattform ILIAS <ilias@hs-weiden.example.de>", "Hallo {n},", "Ihre Lernplattform",
  "", [
    ("Ihre Übungsabgabe wurde bewertet", "Ihre Abgabe zu Übungsblatt 5 (Rechnernetze) wurde bewertet: 18 von 20 "
     "Punkten. Die Korrektur finden Sie im Kurs."),
    ("Neue Datei im Kurs Software Engineering", "Im Kurs Software Engineering wurde die Datei "
     "'Klausurvorbereitung.pdf' hochgeladen."),
])

w("university", "tune", "en", "Residence Life <housing@lakeside.edu>", "Hi {n},", "Residence Life",
  "Lakeside University Housing", [
    ("Housing application for next year", "The housing application for next academic year opens Monday. Complete "
     "the application and pay the deposit to be included in the room selection process."),
    ("Resident Assistant position: info session", "Interested in becoming a Resident Assistant? Join our info "
     "session to learn about the role and the selection process."),
    ("Room inspection on Friday", "Staff will carry out room inspections on Friday between 10am and 2pm."),
])

w("university", "report", "en", "University Library <library@northfield.ac.uk>", "Dear {n},",
  "Library Services", "", [
    ("Items due back soon", "The following items are due back on 14 May: 'Introduction to Algorithms'. Renew "
     "online to avoid fines."),
    ("Your interlibrary loan request", "Your interlibrary loan request for the article has been approved. It "
     "will be sent to your university email."),
    ("Study room booking confirmed", "Your group study room booking for Thursday 3-5pm is confirmed."),
])

w("university", "report", "de", "Prüfungsamt Universität Hellbach <pruefungsamt@uni-hellbach.example.de>",
  "Sehr geehrte Studierende,", "Ihr Prüfungsamt", "", [
    ("Zulassung zur Masterarbeit", "Ihr Antrag auf Zulassung zur Masterarbeit wurde genehmigt. Die "
     "Bearbeitungszeit beginnt am 1. April."),
    ("Prüfungsergebnis verfügbar", "das Ergebnis Ihrer Prüfung Datenbanksysteme ist im Portal verfügbar."),
])

w("career services", "tune", "en", "Lakeside Alumni Association <alumni@lakeside.edu>", "Dear {n},",
  "Warmly,\nLakeside Alumni Association", "", [
    ("Join the alumni mentoring program", "Get matched with an alumnus in your field for career advice, "
     "resume feedback and interview practice. Applications for mentees close Friday."),
    ("Networking night: Tech alumni", "Meet alumni working in software, data and product at our networking "
     "night on April 3. Several of them are hiring."),
])

w("career services", "tune", "es", "Servicio de Empleo Universitario <empleo@univ-sierra.example.es>",
  "Hola {n}:", "Servicio de Orientación y Empleo", "", [
    ("Feria de empleo y prácticas", "La feria de empleo y prácticas será el 20 de marzo en el pabellón. Más de 40 "
     "empresas buscan estudiantes en prácticas. Trae tu currículum."),
    ("Taller: cómo preparar una entrevista", "Inscríbete en el taller para preparar entrevistas de trabajo del "
     "próximo jueves."),
])

w("career services", "report", "en", "Northfield Careers Service <careers@northfield.ac.uk>", "Hi {n},",
  "Northfield Careers & Employability", "", [
    ("Careers newsletter: graduate schemes closing soon", "Many graduate schemes close in November. Book a "
     "CV check, practise with our online interview simulator and come to the assessment centre workshop."),
    ("Your CV feedback is ready", "An adviser has reviewed the CV you uploaded. Open the portal to read the "
     "comments."),
])

w("career services", "report", "fr", "JobTeaser <notifications@jobteaser.example.com>", "Bonjour {n},",
  "L'équipe JobTeaser pour votre école", "", [
    ("Nouveaux événements carrière dans votre école", "Participez à la semaine des stages : ateliers, "
     "rencontres avec des entreprises et simulations d'entretien."),
    ("Offres de stage recommandées", "Stage ingénieur logiciel - Toulouse\nStage data scientist - Paris\n"
     "Postulez depuis votre espace."),
])

w("hackathon", "tune", "en", "Hack the North Team <hello@hackthenorth.example.com>", "Hi {n},",
  "See you soon,\nHack the North", "", [
    ("Your Hack the North application status", "Thanks for applying to Hack the North! Unfortunately we're "
     "unable to offer you a spot this year. We received over 10,000 applications for 1,000 spots."),
    ("Travel reimbursement approved", "Your travel reimbursement request of up to $150 has been approved. Keep "
     "your receipts."),
])

w("coding contest", "tune", "en", "HackerEarth Challenges <challenges@hackerearth.example.com>", "Hi {n},",
  "Team HackerEarth", "", [
    ("Monthly Easy contest: your rank", "Thanks for participating in the Monthly Easy contest. You solved 4 of 6 "
     "problems and ranked 812."),
    ("New challenges you might like", "Data structures sprint, Machine learning challenge, Monthly circuits."),
])

w("coding contest", "report", "en", "Advent of Code Leaderboards <leaderboard@aoc-friends.example.org>", "Hi {n},",
  "", "", [
    ("Private leaderboard: week 2 standings", "You're 4th of 23 on the CS Class private leaderboard with 38 "
     "stars. Day 11 part 2 is still open."),
])

w("dev service", "tune", "en", "Netlify <team@netlify.com>", "Hi {n},", "The Netlify team", "Netlify, Inc.", [
    ("Deploy failed for resume-site", "Deploy failed for resume-site. Build script returned non-zero exit code: "
     "2. See the deploy log."),
    ("Deploy succeeded for portfolio", "Your site portfolio was published successfully."),
])

w("dev service", "tune", "en", "Docker Hub <noreply@docker.example.com>", "Hi {n},", "Docker", "", [
    ("Your automated build failed", "Your automated build for sam/job-tracker:latest failed. Check the build "
     "logs."),
])

w("dev service", "report", "en", "Microsoft Azure <azure-noreply@microsoft.example.com>", "Hello {n},",
  "Microsoft Azure", "", [
    ("Your Azure for Students subscription", "Your Azure for Students application has been approved. You have "
     "$100 in credit for 12 months."),
    ("Action required: your application registration secret expires soon", "A client secret of your Azure AD "
     "application 'course-project' expires in 7 days."),
])

w("dev service", "report", "de", "GitLab Notifications <gitlab@git.fsinf.example.de>", "Hallo {n},", "GitLab",
  "", [
    ("Pipeline fehlgeschlagen", "Die Pipeline für den Branch main ist fehlgeschlagen. Job: test."),
])

w("app store", "tune", "en", "TestFlight <no_reply@email.apple.com>", "Hi {n},", "The TestFlight Team", "", [
    ("Your build is ready to test", "StudyTimer 1.4 (37) is now available to test. Install it with TestFlight."),
    ("Beta App Review: approved", "Your build has been approved for external testing."),
])

w("app store", "tune", "fr", "Google Play Console <noreply-play-console@google.example.com>", "Bonjour {n},",
  "L'équipe Google Play", "", [
    ("Votre application a été refusée", "Votre mise à jour de l'application a été refusée car elle ne respecte "
     "pas le règlement relatif aux autorisations. Corrigez-la et soumettez-la à nouveau."),
])

w("app store", "report", "en", "Chrome Web Store <chromewebstore-noreply@google.example.com>", "Dear Developer,",
  "Chrome Web Store Developer Support", "", [
    ("Your item has been rejected", "Your item 'Tab Timer' did not comply with our policies and has been "
     "rejected. Please review the violation and submit a new version."),
    ("Your item has been published", "Your item 'Tab Timer' has been published."),
])

w("paper or talk", "tune", "en", "arXiv Moderation <moderation@arxiv.example.org>", "Dear author,", "arXiv", "", [
    ("Your submission has been put on hold", "Your submission has been placed on hold for review by our "
     "moderators. No action is required at this time."),
    ("Your article is scheduled to be announced", "Your article is scheduled to be announced at 20:00 ET."),
])

w("paper or talk", "report", "es", "Revista de Ingeniería <editorial@revistaing.example.es>", "Estimado/a {n}:",
  "Comité editorial", "", [
    ("Decisión editorial sobre su manuscrito", "Lamentamos informarle de que su manuscrito no ha sido aceptado "
     "para su publicación en la revista."),
])

w("scholarship", "tune", "en", "Google Summer School Grants <grants@summerschool.example.org>", "Dear {n},",
  "The Organising Committee", "", [
    ("Travel grant decision", "We are sorry to tell you that we could not award you a travel grant for the "
     "summer school. You are still welcome to attend."),
])

w("club", "tune", "en", "Volunteer Tutors <tutoring@lakeside.edu>", "Hi {n},", "Volunteer Tutoring Program", "", [
    ("Tutor application received", "Thanks for signing up to tutor high school students in maths. We'll match "
     "you with a student next week."),
    ("Your tutoring schedule", "You've been matched with a student on Tuesdays 4-5pm at the public library."),
])

w("club", "report", "en", "Debate Union <debate@northfield.ac.uk>", "Hi {n},", "Debate Union", "", [
    ("Tournament squad announced", "The squad for the national tournament has been chosen. Unfortunately you "
     "weren't selected this time, but there's a novice competition in March."),
])

w("chat digest", "tune", "de", "Slack <feedback@slack.com>", "", "Slack", "", [
    ("[Slack] Neue Nachrichten in #jobs", "Tim: Wer hat schon Zusagen für Praktika? Anna: Ich hab eine Absage "
     "bekommen, aber das Gespräch war gut."),
])

w("social network", "tune", "en", "GitHub <noreply@github.com>", "Hey {n}!", "", "", [
    ("@mira-dev started following you", "mira-dev (Recruiter at a developer tools company) started following you "
     "on GitHub."),
])

w("social network", "report", "en", "Medium Daily Digest <noreply@medium.example.com>", "", "Medium", "", [
    ("How I got 3 offers as a new grad", "Today's highlights: 'How I got 3 offers as a new grad', 'My failed "
     "Google interview', 'Rejected from 200 jobs: what I learned'."),
])

w("job board", "tune", "en", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "", "LinkedIn",
  "You are receiving Job Alert emails. Unsubscribe.", [
    ("'junior developer': 30+ new jobs in London", "Junior Developer at a bank - London - Easy Apply\nGraduate "
     "Software Engineer - hybrid - Actively recruiting\nSee all jobs."),
    ("Your application was sent to a company", "Your application was sent. You can track it under My Jobs. "
     "Applicants who follow the company are 2x more likely to hear back."),
])

w("job board", "report", "en", "Indeed Resume <resume@indeed.example.com>", "Hi {n},", "Indeed", "", [
    ("Employers are looking for your skills", "Your resume matched 8 new jobs. Update your resume to appear in "
     "more searches."),
    ("New jobs near you", "Barista - 0.5 mi - Apply now\nWarehouse Associate - $19/hr\nStudent Tutor."),
])

w("job board", "report", "es", "InfoJobs <alertas@infojobs.example.es>", "Hola {n}:", "InfoJobs", "", [
    ("Nuevas ofertas de prácticas para ti", "Prácticas desarrollo web - Madrid\nBecario análisis de datos - "
     "Valencia\nInscríbete ya."),
])

w("referral", "tune", "de", "N26 <noreply@n26.example.com>", "Hallo {n},", "Dein N26 Team", "", [
    ("Freunde werben und Prämie sichern", "Empfiehl N26 weiter und erhalte 20 € für jede erfolgreiche Empfehlung."),
])

w("scam", "tune", "en", "Amazon Recruitment Team <jobs@amazon-careers-hiring.example.xyz>", "Dear Applicant,",
  "Regards,\nRecruitment", "", [
    ("Job Offer Letter - Work From Home", "You have been offered a work-from-home role as a Product Reviewer. "
     "Earn $300/day. To activate your account, pay the refundable deposit of $150 through Telegram."),
])

w("scam", "report", "en", "Crypto Payout Desk <payouts@coin-bonus.example.biz>", "Hello friend,", "Payout Desk",
  "", [
    ("Your withdrawal is pending approval", "Your 0.42 BTC withdrawal is pending. Pay the network fee to release "
     "your funds."),
])

w("bank", "tune", "en", "Venmo <venmo@venmo.example.com>", "", "Venmo", "", [
    ("Alex paid you $18.00", "Alex paid you $18.00 for 'career fair lunch'."),
    ("You completed Alex's request", "You paid Alex $32.00 for 'hackathon hotel'."),
])

w("bank", "report", "en", "Stripe <notifications@stripe.example.com>", "Hi {n},", "Stripe", "", [
    ("Your payout of $420.00 is on the way", "A payout of $420.00 for your tutoring app will arrive in your bank "
     "account on Monday."),
    ("Your account application was approved", "Your Stripe account has been approved to accept payments."),
])

w("bank", "report", "fr", "Boursorama <service@boursorama.example.fr>", "Bonjour {n},", "Boursorama", "", [
    ("Votre demande d'ouverture de compte", "Votre demande d'ouverture de compte a été acceptée."),
])

w("job: rejection", "tune", "es", "Talento Iberia <talento@iberiasoft.example.es>", "Hola {n}:",
  "Un saludo,\nEquipo de Talento", "", [
    ("Tu candidatura a prácticas de desarrollo", "Gracias por tu interés en nuestras prácticas. Tras revisar tu "
     "perfil, hemos decidido continuar con otras candidaturas que se ajustan más a lo que buscamos."),
])

w("job: rejection", "tune", "en", "Quantive Recruiting <recruiting@quantive.example.com>", "Hi {n},",
  "Thanks,\nQuantive Campus Team", "", [
    ("Your Quantive application", "Thank you for completing the coding challenge for the Software Engineer "
     "Intern role. After reviewing the results, we've decided not to move forward with your application."),
])

w("job: rejection", "report", "en", "Northfield University HR <jobs@northfield.ac.uk>", "Dear {n},",
  "Yours sincerely,\nHR Recruitment Team", "", [
    ("PhD Studentship (funded, 3.5 years) - outcome", "Thank you for applying for the funded PhD studentship in "
     "computational biology. We are sorry to tell you that on this occasion your application has not been "
     "shortlisted for interview."),
])

w("job: interview", "tune", "en", "Campus Recruiting <campus@quantive.example.com>", "Hi {n},",
  "Quantive Campus Team", "", [
    ("Quantive - invitation to interview", "Congratulations on passing the online assessment! We'd like to "
     "invite you to two 45-minute virtual interviews. Please pick your slots in the scheduling link."),
])

w("job: interview", "report", "fr", "Recrutement Solvia <recrutement@solvia.example.fr>", "Bonjour {n},",
  "L'équipe Recrutement", "", [
    ("Invitation à un entretien – stage Data", "Votre candidature a retenu notre attention. Nous vous proposons "
     "un entretien en visio jeudi à 10h avec la responsable de l'équipe."),
])

w("job: offer", "tune", "en", "Research Office <research-hr@lakeside.edu>", "Dear {n},",
  "Sincerely,\nResearch Office, Lakeside University", "", [
    ("Offer: Graduate Research Assistant (20 hrs/week)", "We are pleased to offer you a Graduate Research "
     "Assistant appointment in the Vision Lab for the fall semester, with a stipend and tuition remission. "
     "Please sign the appointment letter."),
])

w("job: ack", "tune", "de", "Bewerbermanagement Nordwerk <noreply@nordwerk-karriere.example.de>", "Hallo {n},",
  "Dein Nordwerk Recruiting-Team", "", [
    ("Eingangsbestätigung deiner Bewerbung", "vielen Dank für deine Bewerbung als Werkstudent Data Engineering. "
     "Wir haben deine Unterlagen erhalten und melden uns so schnell wie möglich."),
])

w("job: ack", "report", "es", "Empleo Innova <empleo@innova-soft.example.es>", "Hola {n}:", "Equipo de Selección",
  "", [
    ("Hemos recibido tu candidatura", "Gracias por inscribirte en nuestra oferta de prácticas de desarrollo. "
     "Revisaremos tu candidatura en los próximos días."),
])

w("job: recruiter", "tune", "fr", "Hugo Lefèvre <hugo@cabinet-lefevre.example.fr>", "Bonjour {n},",
  "Bien cordialement,\nHugo Lefèvre, consultant en recrutement", "", [
    ("Opportunité développeur junior", "J'ai vu votre profil et votre projet de fin d'études. Je recrute un "
     "développeur junior pour un client à Lyon, en CDI. Seriez-vous disponible pour en discuter ?"),
])

w("job: assessment", "tune", "de", "Recruiting Vireo Analytics <recruiting@vireo-analytics.example.de>", "Hallo {n},",
  "Beste Grüße\nRecruiting Vireo", "", [
    ("Nächster Schritt: Coding Challenge", "danke für deine Bewerbung als Junior Data Scientist. Als nächsten "
     "Schritt schicken wir dir eine Coding Challenge, die du innerhalb von fünf Tagen bearbeiten kannst."),
])

w("job: offer", "report", "nl", "HR Kanaalzicht Software <hr@kanaalzicht.example.nl>", "Hoi {n},",
  "Groet,\nKanaalzicht Software", "", [
    ("Aanbod stageplek", "Goed nieuws: we bieden je graag de stageplek software engineering aan, met een "
     "stagevergoeding van €600 per maand. Het contract volgt deze week."),
])


w("job: rejection", "report", "en", "Finchpay Hiring <no-reply@jobs.ashbyhq.example.com>", "Hi {n},",
  "All the best,\nFinchpay Hiring Team", "Sent with Ashby", [
    ("Update from Finchpay", "Thanks again for your interest in the Junior Backend Engineer role and for the "
     "time you put into the take-home. We've decided to pursue other candidates for this position."),
    ("Finchpay internship application", "We really appreciate you applying. We won't be progressing your "
     "application for the 2027 internship, as we've had to pause hiring for interns this cycle."),
])

w("job: rejection", "tune", "nl", "Werving Havenstad ICT <werving@havenstad-ict.example.nl>", "Beste {n},",
  "Met vriendelijke groet,\nTeam Recruitment", "", [
    ("Je sollicitatie op het IT-traineeship", "Bedankt voor je sollicitatie en je tijd. Na zorgvuldige "
     "overweging hebben we besloten je niet uit te nodigen voor de volgende ronde."),
])

w("job: interview", "tune", "en", "Calendly on behalf of Priya Nair <notifications@calendly.example.com>",
  "Hi {n},", "Calendly", "", [
    ("Invitation: Technical interview with Meridian Labs", "A new event has been scheduled: Technical interview "
     "- Backend Developer (Graduate), Wednesday 10:00-11:00, Google Meet. Interviewer: Priya Nair."),
])

w("job: interview", "report", "de", "Personalabteilung Stadtwerke Weiden <bewerbung@stadtwerke-weiden.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nPersonalabteilung", "", [
    ("Einladung zum Vorstellungsgespräch – Duales Studium Informatik", "vielen Dank für Ihre Bewerbung. Wir "
     "laden Sie herzlich zu einem Vorstellungsgespräch am 12. Februar um 9 Uhr ein."),
])

w("job: assessment", "report", "en", "Tessera Labs Recruiting <recruiting@tesseralabs.example.com>", "Hi {n},",
  "Tessera Labs Recruiting", "", [
    ("Take-home assignment for the Graduate Backend role", "Thanks for the great first call. As the next step in "
     "the process, here's a take-home assignment. Please send your solution within a week."),
])

w("job: ack", "tune", "en", "Kestrel Robotics Careers <careers@kestrel-robotics.example.com>", "Dear {n},",
  "Kestrel Robotics Talent Team", "", [
    ("Thanks for applying to Kestrel Robotics", "We have received your application for the Embedded Software "
     "Intern position. If your profile matches, a member of our team will contact you within three weeks."),
])

w("job: recruiter", "tune", "de", "Lukas Brandt <lukas@brandt-personal.example.de>", "Hallo {n},",
  "Viele Grüße\nLukas Brandt, Personalberater", "", [
    ("Einstiegsposition Backend-Entwicklung", "ich habe Ihr Profil auf XING gesehen. Für einen Kunden in "
     "Hamburg suche ich Absolventen für eine Einstiegsposition in der Backend-Entwicklung. Passt das zu Ihren "
     "Plänen?"),
])

w("job: recruiter", "report", "es", "Laura Gómez <laura.gomez@talentohub.example.es>", "Hola {n}:",
  "Un saludo,\nLaura Gómez, Talent Acquisition", "", [
    ("Oportunidad: desarrollador junior", "He visto tu perfil en LinkedIn y creo que encajas en un puesto de "
     "desarrollador junior en una empresa de Barcelona. ¿Te interesa hablar?"),
])

w("job: offer", "report", "en", "Halcyon Systems Talent <careers@halcyon-systems.example.com>", "Dear {n},",
  "Kind regards,\nHalcyon Talent Acquisition", "", [
    ("Conditional offer - Graduate Programme", "We're pleased to make you a conditional offer to join our "
     "Graduate Programme in September, subject to your degree result and references."),
])


# === Dressing and readings ==================================================================================

_PUNCT = re.compile(r"[^\w\s]+|\d+|_")


def _flat(text: str) -> str:
    """Lower case without punctuation or digits, line breaks kept: what a plain-text export that strips symbols
    leaves."""
    return "\n".join(" ".join(_PUNCT.sub(" ", line.lower()).split()) for line in text.split("\n"))


def messages(half: str, reading: str = READINGS[0], seed: int = 2031, writers: list[Writer] | None = None,
             tag: str = "student") -> list[dict]:
    """Every message of one half's writers (this set's, or those given), dressed and read one of the READINGS; the
    same seed gives the same mail. The lemmatised reading knows the words of the half it reads, as a lemmatising
    exporter knows its inbox."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    if reading not in READINGS:
        raise ValueError(f"reading is one of {READINGS}")
    rng = random.Random(seed)
    dressed = []
    for wi, wr in enumerate(WRITERS if writers is None else writers):
        for i, (subject, text) in enumerate(wr.mail):
            body, when = _body(rng, wr, text), _date(rng)
            if wr.half == half:
                dressed.append((wi, i, wr, subject, body, when))
    known = Counter(x.lower() for *_, subject, body, _ in dressed for x in _WORD.findall(f"{subject} {body}"))
    rows = []
    for wi, i, wr, subject, body, when in dressed:
        if reading == READINGS[1]:
            subject, body = exported(subject, known, True), exported(body, known, True)
        elif reading == READINGS[2]:
            subject, body = _flat(subject), _flat(body)
        msg = EmailMessage()
        msg["From"] = wr.sender
        msg["To"] = "me@example.net"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<{tag}.{wi}.{i}.{seed}@example.net>"
        msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
        if wr.html and reading == READINGS[0]:
            msg.add_alternative(_html(body), subtype="html")
        rows.append({"id": f"{wi}-{i}", "writer": wr.sender, "kind": wr.kind, "lang": wr.lang, "gold": wr.gold,
                     "subject": subject, "body": body, "sender": wr.sender, "raw": msg.as_bytes()})
    return rows
