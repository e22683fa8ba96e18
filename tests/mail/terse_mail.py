"""Terse job mail from strangers, and everyday mail of the same shape: written for this project (nothing here comes
from a data set or a real inbox).

The job mail is a first note from someone the tracker does not know: a hiring manager on a personal address or a
small company's own domain, no thread, mostly without any job word ("we picked someone else, sorry"; "could you do
Tuesday at 3 for a chat with Leo and me?"; "the team wants you on board, paperwork Monday"). The negatives are the
same sentences about other things: a supplier's quote turned down, a flat given to others, a band or a choir that
wants the reader in, a wedding made official, a dentist moving a time, a client approving a logo.

Halves are by writer (no sender is in both): "tune" messages may be read while the screen and the packs are built;
"report" messages are only counted, at the start and at the end of a piece of work (bench/mail_terse.py).

`SEEDED` are applications a user may already have in the tracker (by half). Some messages name one of those
companies in their text, from an address the tracker does not know; some negatives do too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime

T, R = "tune", "report"
HALVES = (T, R)
ME = "Sam Ortiz <sam.ortiz@example.org>"

# Applications in the tracker for the seeded run: (half, company, title, stage).
SEEDED = [
    (T, "Marlow Systems", "Platform Engineer", "interviewing"),
    (T, "Atelier Brume", "Chargé de projet", "applied"),
    (T, "Kessler Logistik", "Disponent", "interviewing"),
    (R, "Northwind Bio", "Lab Operations Analyst", "interviewing"),
    (R, "Grupo Albora", "Analista de datos", "applied"),
    (R, "Van Dijk Data", "Data Engineer", "interviewing"),
]


@dataclass(frozen=True)
class Case:
    half: str
    lang: str
    label: str  # "other" for the negatives
    sender: str
    subject: str
    body: str


def _j(half, lang, label, sender, subject, body) -> Case:
    return Case(half, lang, label, sender, subject, body)


def _n(half, lang, sender, subject, body) -> Case:
    return Case(half, lang, "other", sender, subject, body)


REJ, INT, OFF, ASM, OUT, ACK = "rejection", "interview", "offer", "assessment", "recruiter_outreach", "application_ack"

JOB = [
    # ---------------------------------------------------------------- English, tune
    _j(T, "en", REJ, "Dana Whitfield <dana.whitfield@outlook.com>", "Following up",
       "Hi Sam, thanks again for coming in. We decided to move ahead with another person whose background is "
       "closer to what we need right now. I'm sorry it isn't better news.\n\nDana"),
    _j(T, "en", REJ, "mike@brewlane.co", "quick update",
       "sam - bad news i'm afraid, we picked someone else. really appreciated your time though. mike"),
    _j(T, "en", REJ, "Helen Asare <h.asare@northgateclinic.org>", "Your visit on Monday",
       "Dear Sam,\n\nThank you for meeting with us on Monday. After careful thought we will not be taking things "
       "further with you at this stage. We wish you every success.\n\nKind regards,\nHelen Asare\nPractice Manager"),
    _j(T, "en", REJ, "Raj <raj.mehta.dev@gmail.com>", "Re: hello",
       "Hey Sam, I pushed for you but the founders went another way. Sorry man. Let's grab a coffee sometime. Raj"),
    _j(T, "en", REJ, "Claire Dubois <claire@tinyharbor.com>", "Update",
       "Sam, we've filled the spot internally, so we won't be moving forward. Thanks for your patience with us.\n"
       "Claire"),
    _j(T, "en", REJ, "Fiona Grant <fgrant@btinternet.com>", "Thank you",
       "Dear Sam, it was a pleasure to meet you. I'm afraid we have decided to go with someone with more classroom "
       "experience. With best wishes, Fiona Grant, Head of Science"),
    _j(T, "en", REJ, "Chris Doyle <chris.doyle.uk@gmail.com>", "Marlow",
       "Sam, thanks for the time you gave us at Marlow Systems. We've decided not to go further, sorry.\nChris"),
    _j(T, "en", INT, "Priya Raman <priya.r@fastmail.com>", "Tuesday?",
       "Hi Sam, could you do Tuesday at 3pm for a chat with Leo and me? 45 minutes, video is fine.\nPriya"),
    _j(T, "en", INT, "Ben Carter <ben@quillworks.io>", "Next week",
       "Sam - loved your portfolio. Any chance you can come by the studio next week to meet the rest of the crew? "
       "Mon or Wed afternoon works. Ben"),
    _j(T, "en", INT, "ahmed.k@yahoo.com", "call",
       "Hi Sam, are you free for a 30 minute call on Friday morning? I'd like to tell you more about what we're "
       "building and hear about your background. Ahmed"),
    _j(T, "en", INT, "Laura Finch <laura@finchandpartners.co.uk>", "Meeting the partners",
       "Dear Sam,\n\nThe partners would like to meet you in person. Would Thursday 10am at our Leeds office suit? "
       "Please bring a photo ID for reception.\n\nBest,\nLaura"),
    _j(T, "en", INT, "Greg <greg.okafor@hey.com>", "round 2",
       "sam, the team wants a second conversation - this time with our CTO. does wed 11am work? greg"),
    _j(T, "en", INT, "Leo Park <leo.park@gmail.com>", "Coffee Thursday?",
       "Sam - Priya mentioned you'd be a good person to meet. Could you do coffee Thursday 8:30 at Kiln on Dean "
       "St? Would be good to go through how the team works and what we'd need from you. Leo"),
    _j(T, "en", INT, "Anika Shah <anika.shah@proton.me>", "Friday",
       "Hi Sam, I run the platform group at Marlow Systems. Could you come in on Friday at 2 to meet two of my "
       "engineers? About an hour. Anika"),
    _j(T, "en", OFF, "Nadia Flores <nadia@cobaltpeak.io>", "Great news",
       "Hi Sam, we'd love to have you join us! I'll send the contract over tomorrow - can we talk numbers and a "
       "start date this week? Nadia"),
    _j(T, "en", OFF, "Paul Grady <paul.grady@icloud.com>", "Re: yesterday",
       "Sam, really enjoyed yesterday. Everyone agreed - we want you on the team. Paperwork coming Monday. Paul"),
    _j(T, "en", OFF, "Sophie Lane <sophie.lane@lanebakery.co.uk>", "From Sophie at the bakery",
       "Hi Sam, lovely to meet you Saturday. We'd like you to start with us on the 1st, 30 hours a week at "
       "£12.50 an hour. Let me know if that works and I'll sort the paperwork. Sophie"),
    _j(T, "en", OFF, "James Kirby <jkirby@outlook.com>", "welcome aboard",
       "Hi Sam - it's a yes from all of us. Salary as discussed, start whenever suits you after the 15th. Signed "
       "agreement to follow. James"),
    _j(T, "en", ASM, "Olivia Tan <olivia@sprigdata.com>", "Small exercise",
       "Hi Sam, before we meet again could you have a go at the attached data exercise? It should take about two "
       "hours; send your notebook back by Sunday. Olivia"),
    _j(T, "en", ASM, "kev@pixelfarm.studio", "brief",
       "hey sam, here's a short brief - mock up a landing page for a fictional coffee brand, nothing fancy. 48h "
       "ok? kev"),
    _j(T, "en", ASM, "Marcus Hill <marcus.hill@protonmail.com>", "Coding challenge link",
       "Hi Sam, here is the link to our 90 minute coding challenge: https://codetest.example/s/88x. It stays open "
       "until Friday midnight. Good luck! Marcus"),
    _j(T, "en", ASM, "Jess <jess@hollowtree.app>", "take-home",
       "Hi Sam, as discussed, here's the take-home. Build a tiny API that returns the weather for a city; tests "
       "appreciated. No rush, within a week. Jess"),
    _j(T, "en", OUT, "Ella Brooks <ella@talentbridge.co>", "Quick one",
       "Hi Sam, quick one: are you open to something new? Series B fintech, fully remote, strong equity. Worth a "
       "15 min chat? Ella"),
    _j(T, "en", OUT, "Tyler Voss <tyler.voss@gmail.com>", "saw your talk",
       "Hi Sam, caught your talk at the meetup last week - we're building a small platform team and I think you'd "
       "be a great fit. Fancy a coffee to hear about it? Tyler, CTO @ Ledgerly"),
    _j(T, "en", OUT, "Hannah Price <hannah@northstarpeople.com>", "Hello from Northstar",
       "Hi Sam, I look after hiring for a few scale-ups in Manchester and one of them would like to talk to you "
       "about leading their data team. Would you be up for a call this week? Hannah"),
    _j(T, "en", ACK, "Rosa Mendes <rosa.mendes@gmail.com>", "Re: your email",
       "Hi Sam, got your CV, thanks! I'll pass it to the owner and come back to you next week. Rosa"),
    _j(T, "en", ACK, "office@greenfieldarchitects.com", "Received",
       "Dear Sam, thank you for sending your portfolio. We have received it and will be in touch within two "
       "weeks.\nGreenfield Architects"),
    _j(T, "en", ACK, "Noah <noah@drift.coffee>", "Re: saturday shifts",
       "thanks sam, got it. i'll show it to the manager tomorrow and we'll let you know. noah"),
    _j(T, "en", ACK, "Amir <amir@kettleandco.com>", "thanks",
       "Hi Sam, thanks for reaching out and for the CV. Our lead is away till Monday, I'll make sure she sees it. "
       "Amir"),
    # ---------------------------------------------------------------- English, report
    _j(R, "en", REJ, "Tom Ashby <tom.ashby@gmail.com>", "Re: Friday",
       "Hi Sam, we've gone another way this time, sorry. All the best, Tom"),
    _j(R, "en", REJ, "Megan O'Neil <megan@saltmarsh.agency>", "Thanks Sam",
       "Hi Sam, thanks so much for your time last week. It was a tough call but we've decided to go with someone "
       "who's worked agency-side before. Best of luck! Megan"),
    _j(R, "en", REJ, "dr.ellis@riversidevet.co.uk", "Following our meeting",
       "Dear Sam,\nThank you for visiting the practice. Unfortunately we are unable to take you on at present.\n"
       "Kind regards,\nDr R Ellis"),
    _j(R, "en", REJ, "Victor Lim <victor@lumenbyte.io>", "Re: catch up",
       "hey sam, tough news - we're putting the whole thing on hold after the board meeting, so we can't go ahead. "
       "really sorry. v"),
    _j(R, "en", REJ, "Alison Reed <ali.reed@yahoo.co.uk>", "Northwind",
       "Sam, sadly the Northwind Bio team has decided not to proceed. Thank you for the effort you put in.\n"
       "Alison"),
    _j(R, "en", REJ, "Ruth Adeyemi <ruth.adeyemi@hotmail.com>", "Re: Tuesday",
       "Sam, I'm sorry, we went with someone who could start straight away. Thanks for coming in. Ruth"),
    _j(R, "en", REJ, "Gavin Shaw <gavin@shawmotors.co.uk>", "Saturday",
       "Hello Sam, good to meet you on Saturday. On reflection we don't think it's the right match for us at the "
       "moment, but thank you for coming down. Gavin"),
    _j(R, "en", INT, "Priyanka Das <priyanka.das@outlook.com>", "Wed?",
       "Can you do Wednesday 3pm for a chat with Omar and me? Happy to do it over video. Priyanka"),
    _j(R, "en", INT, "Sean Murphy <sean@coastline.dev>", "meet the team",
       "Sam, we'd like you to spend a morning with us next week - meet the engineers, see how we work. Would Tue or "
       "Thu suit? Sean"),
    _j(R, "en", INT, "Grace Holt <grace.holt@holtlaw.co.uk>", "Next steps",
       "Dear Sam,\n\nMr Holt would like to meet you on 12 March at 2.30pm at our chambers. Kindly confirm at your "
       "earliest convenience.\n\nGrace Holt"),
    _j(R, "en", INT, "danny@boltbikes.com", "phone",
       "yo sam, got 20 min tomorrow for a quick phone call? want to hear a bit more about you. danny"),
    _j(R, "en", INT, "Omar Said <omar.said@gmail.com>", "Monday",
       "Hi Sam, I lead the lab ops group at Northwind Bio. Could we have a video call Monday at 4 to talk through "
       "your experience? Omar"),
    _j(R, "en", INT, "Jonah <jonah@tidepool.dev>", "pairing session",
       "Sam, next up is a 1h pairing session with one of our devs - bring a laptop with Python set up. How's "
       "Friday 2pm? Jonah"),
    _j(R, "en", OFF, "Katie Brennan <katie@juniper.studio>", "so...",
       "Loved meeting you yesterday — the team wants to make it official! Paperwork coming Monday, and we'll sort "
       "your laptop. Katie"),
    _j(R, "en", OFF, "Hugo Stein <hugo.stein@icloud.com>", "Decision",
       "Sam, we'd like to bring you in from March. £48k plus the usual benefits. I'll send the written terms "
       "tonight — just reply yes and we'll get started. Hugo"),
    _j(R, "en", OFF, "Rachel Kim <rachel@harborlight.org>", "Good news!",
       "Hi Sam, the board approved it — we'd be delighted for you to join Harborlight as programme coordinator. "
       "Contract attached; please sign and return by Friday. Rachel"),
    _j(R, "en", OFF, "Dev Patel <dev.patel@gmail.com>", "yes!",
       "Sam! Great news, the founders said yes. Can you start on the 3rd? I'll send the equity details and the "
       "agreement tonight. Dev"),
    _j(R, "en", ASM, "Ivan Petrov <ivan.p@gmail.com>", "homework :)",
       "Sam, as promised: a small case to prepare — analyse the attached sales file and bring 3 slides to "
       "Thursday's meeting. Ivan"),
    _j(R, "en", ASM, "Mia Carter <mia@quantlane.io>", "Online test",
       "Hi Sam, as the next step please complete a 60 minute numerical reasoning test here: "
       "https://quantlane.io/t/551 within the next 3 days. Mia"),
    _j(R, "en", ASM, "Oscar Grey <oscar.grey@fastmail.com>", "little task",
       "Hi Sam, could you sketch how you'd redesign our checkout flow? A few wireframes is plenty; send them over "
       "by Monday and we'll go through them together. Oscar"),
    _j(R, "en", OUT, "Zara Ahmed <zara@peakhire.co>", "are you open?",
       "Hi Sam, are you open to a move? Healthtech, Series A, remote-first, great founders. Happy to share more if "
       "you're curious. Zara"),
    _j(R, "en", OUT, "Will Turner <will.turner@gmail.com>", "hey",
       "Hey Sam, we met briefly at PyCon. I'm starting a team at a climate startup and would love you on it. Free "
       "for a call next week? Will"),
    _j(R, "en", OUT, "Lena Ford <lena@bluefinsearch.com>", "London - data",
       "Hi Sam, I'm working with a well-funded logistics scale-up that needs someone to lead their data work. "
       "Your background looks spot on. Could we speak briefly this week? Lena"),
    _j(R, "en", ACK, "Nora Quinn <nora@quinnfloristry.com>", "Re: Saturday help",
       "Hi Sam, thanks for the note and the CV. I'll have a look over the weekend and come back to you. Nora"),
    _j(R, "en", ACK, "hello@plumdesign.co", "Thanks!",
       "Hi Sam, thanks for sending your work over. We read everything ourselves and will reply within 10 days.\n"
       "The Plum team"),
    # ---------------------------------------------------------------- French, tune
    _j(T, "fr", REJ, "Julien Marchand <julien.marchand@gmail.com>", "Suite à notre rencontre",
       "Bonjour Sam, merci encore pour ton temps jeudi. On a finalement choisi quelqu'un d'autre, désolé. Bonne "
       "continuation, Julien"),
    _j(T, "fr", REJ, "Claire Petit <claire@atelier-lumen.fr>", "Notre échange",
       "Bonjour Sam,\n\nAprès réflexion, nous ne donnerons pas suite. Merci pour votre disponibilité et bonne "
       "chance pour la suite.\n\nClaire"),
    _j(T, "fr", REJ, "Sophie Garnier <sophie.garnier@orange.fr>", "Atelier Brume",
       "Bonjour Sam, je suis désolée, l'équipe d'Atelier Brume a retenu une autre personne. Merci pour votre "
       "venue. Sophie"),
    _j(T, "fr", REJ, "Luc <luc.bernard@hotmail.fr>", "bon...",
       "Sam, mauvaise nouvelle, ils ont pris quelqu'un en interne. Désolé, je te tiens au courant si autre chose "
       "se présente. Luc"),
    _j(T, "fr", INT, "Marc <marc.roux@free.fr>", "Mardi ?",
       "Bonjour Sam, seriez-vous disponible mardi à 15h pour un échange avec Léa et moi ? En visio si c'est plus "
       "simple. Marc"),
    _j(T, "fr", INT, "Nadia B. <nadia@pixelnord.fr>", "Rencontre",
       "Salut Sam, l'équipe aimerait te rencontrer la semaine prochaine dans nos locaux. Lundi ou mercredi "
       "après-midi ? Nadia"),
    _j(T, "fr", INT, "Anne Morel <a.morel@cabinet-leroy.fr>", "Rendez-vous",
       "Monsieur,\n\nMaître Leroy souhaiterait vous recevoir le 12 mars à 14h30 au cabinet. Merci de me confirmer "
       "votre présence.\n\nCordialement,\nAnne Morel, assistante"),
    _j(T, "fr", OFF, "Élodie <elodie.faure@gmail.com>", "Bonne nouvelle",
       "Sam, on a adoré te rencontrer hier — l'équipe veut que tu nous rejoignes ! Je t'envoie le contrat lundi. "
       "Élodie"),
    _j(T, "fr", OFF, "Pierre Vidal <pierre@vidal-conseil.fr>", "Proposition",
       "Bonjour Sam, nous serions ravis de vous accueillir dans l'équipe à partir du 1er avril, 42 k€ bruts "
       "annuels. Le contrat suit par courrier. Bien à vous, Pierre Vidal"),
    _j(T, "fr", ASM, "Hugo <hugo@cartographe.io>", "Petit exercice",
       "Salut Sam, comme convenu, voici un petit exercice : une API qui renvoie la météo d'une ville. Tu as "
       "jusqu'à dimanche. Hugo"),
    _j(T, "fr", OUT, "Camille Durand <camille@talents-ouest.fr>", "Une question",
       "Bonjour Sam, seriez-vous ouvert à un nouveau défi ? Une start-up bordelaise, télétravail total, belle "
       "participation au capital. On en parle 10 minutes ? Camille"),
    _j(T, "fr", ACK, "Marie <marie.lefort@laposte.net>", "Re: ton CV",
       "Coucou Sam, bien reçu ton CV ! Je le transmets au patron et je te redis la semaine prochaine. Marie"),
    _j(T, "fr", ACK, "contact@boulangerie-aubert.fr", "Votre message",
       "Bonjour, merci pour votre message et votre CV. Nous revenons vers vous sous quinze jours.\nLa boulangerie "
       "Aubert"),
    # ---------------------------------------------------------------- French, report
    _j(R, "fr", REJ, "Isabelle Moreau <isabelle.moreau@sfr.fr>", "Notre rendez-vous",
       "Bonjour Sam, merci pour notre échange de lundi. Nous avons fait le choix d'une autre personne, plus proche "
       "de nos besoins actuels. Je vous souhaite le meilleur. Isabelle"),
    _j(R, "fr", REJ, "Antoine <antoine@brasserie-lune.fr>", "désolé",
       "Salut Sam, on part sur quelqu'un d'autre finalement. Merci d'être passé ! Antoine"),
    _j(R, "fr", REJ, "Dr Fabre <cabinet.fabre@wanadoo.fr>", "Suite",
       "Madame, Monsieur, je vous remercie pour votre visite. Je ne suis malheureusement pas en mesure de vous "
       "proposer une suite favorable. Cordialement, Dr Fabre"),
    _j(R, "fr", REJ, "Vincent <vincent.girard@gmail.com>", "Re: jeudi",
       "Sam, navré, la place a été prise entre-temps. Merci encore, Vincent"),
    _j(R, "fr", INT, "Sarah Lambert <sarah.lambert@gmail.com>", "Jeudi",
       "Bonjour Sam, est-ce que jeudi 10h vous irait pour un café avec notre directeur technique ? Sarah"),
    _j(R, "fr", INT, "Yannick <yannick@voilier.tech>", "Visio",
       "Sam, dispo demain 17h pour 30 min en visio ? J'aimerais en savoir plus sur toi. Yannick"),
    _j(R, "fr", INT, "Chloé Martin <chloe.martin@outlook.fr>", "Deuxième rendez-vous",
       "Bonjour Sam, la direction souhaite vous revoir mercredi à 11h, cette fois avec la DRH. Cela vous convient ? "
       "Chloé"),
    _j(R, "fr", OFF, "Karim <karim.haddad@gmail.com>", "C'est oui !",
       "Sam, c'est validé de notre côté, on aimerait que tu démarres le 3 mars. Je t'envoie les papiers ce soir. "
       "Karim"),
    _j(R, "fr", OFF, "Lucie Roy <lucie@maison-roy.fr>", "Bienvenue",
       "Bonjour Sam, ravie de vous annoncer que nous souhaitons travailler avec vous ! Les documents à signer "
       "arrivent lundi. Lucie"),
    _j(R, "fr", ASM, "Mathieu <mathieu@datafleur.fr>", "Cas pratique",
       "Bonjour Sam, avant notre prochain échange, pourriez-vous préparer ce petit cas pratique (2 h environ) et me "
       "le renvoyer vendredi ? Mathieu"),
    _j(R, "fr", OUT, "Inès Bailly <ines.bailly@gmail.com>", "Petite question",
       "Bonjour Sam, je monte une équipe produit dans une scale-up lyonnaise et votre nom revient souvent. Partant "
       "pour en discuter ? Inès"),
    _j(R, "fr", ACK, "Paul <paul@studio-ardoise.fr>", "Merci",
       "Bonjour Sam, merci pour l'envoi de votre book, on le regarde cette semaine et on vous répond vite. Paul"),
    # ---------------------------------------------------------------- German, tune
    _j(T, "de", REJ, "Jan Becker <jan.becker@gmx.de>", "Unser Gespräch",
       "Hallo Sam, danke nochmal für Ihre Zeit am Donnerstag. Wir haben uns leider für jemand anderen entschieden. "
       "Alles Gute, Jan Becker"),
    _j(T, "de", REJ, "Katrin <katrin@holzwerk-berlin.de>", "kurze Rückmeldung",
       "Hi Sam, leider wird es diesmal nichts, wir haben intern jemanden gefunden. Danke dir und viel Erfolg! "
       "Katrin"),
    _j(T, "de", REJ, "Uwe Kramer <uwe.kramer@t-online.de>", "Kessler Logistik",
       "Sehr geehrter Herr Ortiz,\n\nwir bedanken uns für Ihren Besuch bei Kessler Logistik. Nach reiflicher "
       "Überlegung können wir Ihnen leider keine Zusage geben.\n\nMit freundlichen Grüßen\nUwe Kramer"),
    _j(T, "de", REJ, "Paul <paul.schmidt84@gmail.com>", "Re: Freitag",
       "Sam, sorry, die Gründer haben sich anders entschieden. Lass uns trotzdem mal auf ein Bier gehen. Paul"),
    _j(T, "de", INT, "Lena Wolf <lena.wolf@web.de>", "Dienstag?",
       "Hallo Sam, passt Ihnen Dienstag um 15 Uhr für ein Gespräch mit Herrn Braun und mir? Gerne auch per Video. "
       "Lena Wolf"),
    _j(T, "de", INT, "Felix <felix@kuestenkraft.de>", "Kennenlernen",
       "Hey Sam, wir würden dich gern nächste Woche im Büro kennenlernen und dir das Team vorstellen. Mi oder Do "
       "Nachmittag? Felix"),
    _j(T, "de", INT, "Sekretariat Dr. Albrecht <sekretariat@kanzlei-albrecht.de>", "Termin",
       "Guten Tag,\n\nHerr Dr. Albrecht möchte Sie am 12. März um 14:30 Uhr in der Kanzlei persönlich "
       "kennenlernen. Bitte bestätigen Sie den Termin kurz.\n\nMit freundlichen Grüßen"),
    _j(T, "de", OFF, "Nina Hoffmann <nina.hoffmann@posteo.de>", "Gute Nachrichten",
       "Hallo Sam, wir waren alle begeistert und möchten dich unbedingt an Bord holen! Den Vertrag schicke ich dir "
       "am Montag. Nina"),
    _j(T, "de", OFF, "Thomas Fischer <t.fischer@fischer-bau.de>", "Unser Vorschlag",
       "Sehr geehrter Herr Ortiz,\n\nwir freuen uns, Ihnen den Einstieg zum 1. April anbieten zu können: 52.000 € "
       "brutto im Jahr. Die Unterlagen folgen per Post.\n\nMit freundlichen Grüßen\nThomas Fischer"),
    _j(T, "de", ASM, "Max <max@datenwerk.io>", "kleine Aufgabe",
       "Hi Sam, wie besprochen hier eine kleine Aufgabe: eine kurze Analyse der angehängten Verkaufsdaten, 3 "
       "Folien reichen. Bis Sonntag? Max"),
    _j(T, "de", OUT, "Sabine Koch <sabine@koch-personal.de>", "Kurze Frage",
       "Hallo Sam, wären Sie offen für etwas Neues? Ein Münchner Scale-up, komplett remote, attraktive "
       "Beteiligung. Hätten Sie 15 Minuten? Sabine Koch"),
    _j(T, "de", ACK, "Martina <martina@cafe-kranich.de>", "Re: Unterlagen",
       "Hallo Sam, danke, deine Unterlagen sind angekommen. Ich gebe sie an die Chefin weiter und melde mich "
       "nächste Woche. Martina"),
    _j(T, "de", ACK, "info@tischlerei-weber.de", "Ihre Nachricht",
       "Guten Tag, vielen Dank für Ihre Unterlagen. Wir melden uns innerhalb von zwei Wochen bei Ihnen.\n"
       "Tischlerei Weber"),
    # ---------------------------------------------------------------- German, report
    _j(R, "de", REJ, "Andrea Neumann <andrea.neumann@outlook.de>", "Ihr Besuch",
       "Hallo Sam, vielen Dank für das angenehme Gespräch. Wir haben uns letztlich für eine Person mit mehr "
       "Branchenerfahrung entschieden. Ich wünsche Ihnen alles Gute. Andrea Neumann"),
    _j(R, "de", REJ, "Jonas <jonas@brauhaus-nord.de>", "schade",
       "Hey Sam, wir haben jemand anderen genommen, tut mir leid. Danke, dass du vorbeigekommen bist! Jonas"),
    _j(R, "de", REJ, "Praxis Dr. Yilmaz <praxis.yilmaz@t-online.de>", "Rückmeldung",
       "Guten Tag Sam Ortiz, vielen Dank für Ihren Besuch in unserer Praxis. Leider können wir Ihnen derzeit "
       "keinen Platz in unserem Team anbieten. Freundliche Grüße, Dr. Yilmaz"),
    _j(R, "de", REJ, "Birgit <birgit.weiss@web.de>", "Re: Montag",
       "Sam, leider haben wir uns für jemanden entschieden, der sofort anfangen kann. Danke fürs Kommen! Birgit"),
    _j(R, "de", INT, "Stefan Lange <stefan.lange@gmail.com>", "Mittwoch",
       "Hallo Sam, hätten Sie Mittwoch um 10 Zeit für einen Kaffee mit unserer CTO? Stefan"),
    _j(R, "de", INT, "Mia <mia@bergwerk.studio>", "Call",
       "Hi Sam, hast du morgen 17 Uhr 30 Minuten für einen Videocall? Ich würde gern mehr über dich erfahren. Mia"),
    _j(R, "de", INT, "Carola Braun <c.braun@braun-steuer.de>", "Zweites Treffen",
       "Guten Tag Sam, Herr Braun würde Sie gern noch einmal sehen, diesmal zusammen mit der Geschäftsführerin. "
       "Passt Ihnen Freitag 11 Uhr? Carola Braun"),
    _j(R, "de", OFF, "Tobias <tobias.meyer@icloud.com>", "Es ist ein Ja!",
       "Sam, alle sind sich einig: wir wollen dich im Team! Start am 1. März, der Vertrag kommt heute Abend. "
       "Tobias"),
    _j(R, "de", OFF, "Julia Schulz <julia@schulz-design.de>", "Willkommen",
       "Hallo Sam, wir freuen uns sehr, mit dir zusammenzuarbeiten! Die Unterlagen zum Unterschreiben kommen am "
       "Montag. Julia"),
    _j(R, "de", ASM, "Ralf <ralf@codeschmiede.de>", "Probeaufgabe",
       "Hallo Sam, vor unserem nächsten Treffen bitte diese kleine Probeaufgabe (ca. 2 Stunden) lösen und bis "
       "Freitag zurückschicken. Ralf"),
    _j(R, "de", OUT, "Kai Vogel <kai.vogel@gmail.com>", "Hallo",
       "Hallo Sam, ich baue gerade ein Plattform-Team bei einem Hamburger Startup auf und dein Name fällt immer "
       "wieder. Lust auf ein Gespräch? Kai"),
    _j(R, "de", ACK, "Eva <eva@buchladen-lindner.de>", "Danke!",
       "Hallo Sam, danke für deine Mail und den Lebenslauf, ich schaue mir alles am Wochenende an und melde mich. "
       "Eva"),
    # ---------------------------------------------------------------- Spanish, tune
    _j(T, "es", REJ, "Javier Ruiz <javier.ruiz@gmail.com>", "Lo del jueves",
       "Hola Sam, gracias otra vez por tu tiempo. Al final nos quedamos con otra persona, lo siento. Un abrazo, "
       "Javier"),
    _j(T, "es", REJ, "Lucía Torres <lucia@estudio-albahaca.es>", "Nuestra conversación",
       "Hola Sam, tras pensarlo mucho hemos decidido no seguir adelante contigo. Te agradecemos mucho el interés "
       "y te deseamos suerte. Lucía"),
    _j(T, "es", REJ, "Pablo <pablo.moreno@yahoo.es>", "Re: viernes",
       "Sam, lo siento tío, los socios han preferido a otra persona. Nos tomamos algo un día de estos. Pablo"),
    _j(T, "es", INT, "Marta Gil <marta.gil@hotmail.es>", "¿Martes?",
       "Hola Sam, ¿te vendría bien el martes a las 15h para charlar con Pablo y conmigo? Puede ser por "
       "videollamada. Marta"),
    _j(T, "es", INT, "Diego <diego@ondaverde.io>", "Conocer al equipo",
       "Sam, nos encantaría que vinieras a la oficina la semana que viene a conocer al equipo. ¿Lunes o miércoles "
       "por la tarde? Diego"),
    _j(T, "es", INT, "Secretaría <secretaria@notaria-lopez.es>", "Cita",
       "Estimado/a Sam Ortiz: el Sr. López desea recibirle el día 12 de marzo a las 16:30 en la notaría. Le "
       "rogamos confirme su asistencia."),
    _j(T, "es", OFF, "Carmen <carmen.vega@gmail.com>", "¡Buenas noticias!",
       "Sam, nos encantó conocerte ayer: el equipo quiere que te unas. El lunes te mando el contrato. Carmen"),
    _j(T, "es", OFF, "Alberto Sanz <alberto@sanz-ingenieria.es>", "Propuesta",
       "Estimado Sam: nos complace proponerle que se una a nosotros a partir del 1 de abril, con 38.000 € brutos "
       "anuales. Le enviaremos la documentación esta semana. Atentamente, Alberto Sanz"),
    _j(T, "es", ASM, "Nacho <nacho@bitmarea.dev>", "Pequeño ejercicio",
       "Hola Sam, como hablamos, te paso un pequeño ejercicio: una API que devuelva el tiempo de una ciudad. ¿Te "
       "va bien entregarlo el domingo? Nacho"),
    _j(T, "es", OUT, "Elena Prieto <elena@talentomar.es>", "Una pregunta rápida",
       "Hola Sam, ¿estarías abierto a algo nuevo? Startup en Valencia, 100% remoto, buena participación. "
       "¿Hablamos 15 minutos? Elena"),
    _j(T, "es", ACK, "Rocío <rocio@panaderia-sol.es>", "Re: tu CV",
       "Hola Sam, recibido tu CV, ¡gracias! Se lo paso a la dueña y te digo algo la semana que viene. Rocío"),
    _j(T, "es", ACK, "info@taller-arcos.es", "Su mensaje",
       "Buenos días, gracias por enviarnos su currículum. Le responderemos en un plazo de dos semanas.\nTaller "
       "Arcos"),
    # ---------------------------------------------------------------- Spanish, report
    _j(R, "es", REJ, "Beatriz Navarro <bea.navarro@outlook.es>", "Su visita",
       "Hola Sam, gracias por la conversación del lunes. Finalmente hemos elegido a una persona con más "
       "experiencia en el sector. Le deseo lo mejor. Beatriz"),
    _j(R, "es", REJ, "Raúl <raul@bar-lamarea.es>", "lo siento",
       "Ey Sam, al final hemos cogido a otro chico. ¡Gracias por pasarte! Raúl"),
    _j(R, "es", REJ, "Inés Castro <ines.castro@gmail.com>", "Grupo Albora",
       "Hola Sam, siento decirte que en Grupo Albora han decidido no continuar contigo. Gracias por todo, Inés"),
    _j(R, "es", REJ, "Jorge <jorge.blanco@hotmail.com>", "Re: lunes",
       "Sam, lo siento, nos hemos quedado con alguien que puede empezar ya. ¡Gracias por venir! Jorge"),
    _j(R, "es", INT, "Sergio Díaz <sergio.diaz@gmail.com>", "Miércoles",
       "Hola Sam, ¿tendrías un rato el miércoles a las 10 para un café con nuestra CTO? Sergio"),
    _j(R, "es", INT, "Laura Ortega <laura.ortega.a@gmail.com>", "Llamada",
       "Hola Sam, soy Laura, de Grupo Albora. ¿Puedes mañana a las 17h una videollamada de media hora? Me gustaría "
       "conocerte mejor."),
    _j(R, "es", INT, "Asistente <agenda@clinica-mediterraneo.es>", "Segunda reunión",
       "Buenos días Sam, la dirección desea volver a verle, esta vez con la gerente. ¿Le viene bien el viernes a "
       "las 11? Un saludo"),
    _j(R, "es", OFF, "Miguel <miguel.serrano@icloud.com>", "¡Es un sí!",
       "Sam, estamos todos de acuerdo: te queremos en el equipo. Empiezas el 1 de marzo, el contrato te llega esta "
       "noche. Miguel"),
    _j(R, "es", OFF, "Patricia <patricia@casa-lumbre.es>", "Bienvenida",
       "Hola Sam, ¡nos hace mucha ilusión trabajar contigo! Los papeles para firmar llegan el lunes. Patricia"),
    _j(R, "es", ASM, "Óscar <oscar@cifra.tech>", "Prueba técnica",
       "Hola Sam, antes de la próxima reunión, ¿podrías resolver esta pequeña prueba (unas 2 horas) y enviármela "
       "el viernes? Óscar"),
    _j(R, "es", OUT, "Andrea Ríos <andrea.rios@gmail.com>", "Hola",
       "Hola Sam, estoy montando un equipo de datos en una startup de Madrid y tu nombre sale una y otra vez. ¿Te "
       "apetece que hablemos? Andrea"),
    _j(R, "es", ACK, "Clara <clara@libreria-faro.es>", "¡Gracias!",
       "Hola Sam, gracias por tu correo y tu currículum. Lo miro el fin de semana y te escribo. Clara"),
    # ---------------------------------------------------------------- Dutch, tune
    _j(T, "nl", REJ, "Jeroen de Vries <jeroen.devries@gmail.com>", "Donderdag",
       "Hoi Sam, bedankt nog voor je tijd. We hebben uiteindelijk voor iemand anders gekozen, sorry. Groet, "
       "Jeroen"),
    _j(T, "nl", REJ, "Sanne <sanne@studio-kiem.nl>", "Ons gesprek",
       "Hoi Sam, na lang wikken en wegen gaan we niet met je verder. Dank voor je interesse en succes! Sanne"),
    _j(T, "nl", REJ, "Bas <bas.hendriks@hotmail.com>", "Re: vrijdag",
       "Sam, balen, de oprichters kozen voor iemand anders. Zullen we binnenkort een biertje doen? Bas"),
    _j(T, "nl", INT, "Lotte Bakker <lotte.bakker@ziggo.nl>", "Dinsdag?",
       "Hoi Sam, kun je dinsdag om 15.00 uur voor een kop koffie met Bram en mij? Mag ook via video. Lotte"),
    _j(T, "nl", INT, "Daan <daan@golfslag.io>", "Kennismaken",
       "Sam, we willen je graag volgende week op kantoor uitnodigen om het team te leren kennen. Maandag of "
       "woensdagmiddag? Daan"),
    _j(T, "nl", INT, "Secretariaat <secretariaat@notaris-jansen.nl>", "Afspraak",
       "Geachte heer/mevrouw Ortiz, mr. Jansen ontvangt u graag op 12 maart om 14.30 uur op kantoor. Wilt u dit "
       "bevestigen?"),
    _j(T, "nl", OFF, "Femke <femke.visser@gmail.com>", "Goed nieuws!",
       "Sam, we vonden het super om je gisteren te spreken: het team wil dat je erbij komt! Maandag stuur ik het "
       "contract. Femke"),
    _j(T, "nl", OFF, "Pieter Smit <pieter@smit-techniek.nl>", "Voorstel",
       "Beste Sam, graag bieden wij je per 1 april een plek in ons team aan, € 4.100 bruto per maand. De stukken "
       "volgen deze week. Met vriendelijke groet, Pieter Smit"),
    _j(T, "nl", ASM, "Ruben <ruben@datatuin.nl>", "Kleine opdracht",
       "Hoi Sam, zoals besproken een kleine opdracht: een API die het weer van een stad teruggeeft. Lukt het om "
       "die zondag in te leveren? Ruben"),
    _j(T, "nl", OUT, "Anouk Mulder <anouk@talentdijk.nl>", "Korte vraag",
       "Hoi Sam, sta je open voor iets nieuws? Scale-up in Utrecht, volledig remote, mooie aandelenregeling. Zin "
       "in een kort belletje? Anouk"),
    _j(T, "nl", ACK, "Ilse <ilse@bakkerij-zon.nl>", "Re: je cv",
       "Hoi Sam, je cv is binnen, dank je! Ik geef het door aan de eigenaar en laat volgende week iets weten. Ilse"),
    _j(T, "nl", ACK, "info@meubelmakerij-vos.nl", "Uw bericht",
       "Goedendag, dank voor het toesturen van uw cv. Wij reageren binnen twee weken.\nMeubelmakerij Vos"),
    # ---------------------------------------------------------------- Dutch, report
    _j(R, "nl", REJ, "Marloes Jansen <marloes.jansen@outlook.com>", "Je bezoek",
       "Hoi Sam, dank voor het fijne gesprek van maandag. We hebben gekozen voor iemand met meer ervaring in de "
       "branche. Ik wens je het allerbeste. Marloes"),
    _j(R, "nl", REJ, "Thijs <thijs@cafe-dewaag.nl>", "sorry",
       "Hey Sam, we hebben toch iemand anders genomen. Bedankt dat je langskwam! Thijs"),
    _j(R, "nl", REJ, "Wouter <wouter.vd@kpnmail.nl>", "Van Dijk Data",
       "Hoi Sam, helaas heeft het team van Van Dijk Data besloten niet verder te gaan. Bedankt voor al je moeite. "
       "Wouter"),
    _j(R, "nl", REJ, "Koen <koen.peters@hotmail.nl>", "Re: maandag",
       "Sam, sorry, we hebben gekozen voor iemand die meteen kan beginnen. Bedankt voor je komst! Koen"),
    _j(R, "nl", INT, "Eva Smits <eva.smits@gmail.com>", "Woensdag",
       "Hoi Sam, heb je woensdag om 10 uur tijd voor koffie met onze CTO? Eva"),
    _j(R, "nl", INT, "Sven Kok <svenkok@ziggo.nl>", "Belletje",
       "Hoi Sam, Sven hier van Van Dijk Data. Kun je morgen om 17.00 uur een half uurtje videobellen? Ik leer je "
       "graag beter kennen."),
    _j(R, "nl", INT, "Assistente <agenda@praktijk-zuid.nl>", "Tweede afspraak",
       "Goedemorgen Sam, de praktijkhouder wil u graag nog een keer zien, nu samen met de manager. Past vrijdag "
       "11.00 uur?"),
    _j(R, "nl", OFF, "Niels <niels.bos@icloud.com>", "Het is een ja!",
       "Sam, we zijn het allemaal eens: we willen je in het team. Start op 1 maart, het contract komt vanavond. "
       "Niels"),
    _j(R, "nl", OFF, "Esther <esther@huize-linde.nl>", "Welkom",
       "Hoi Sam, we vinden het heel fijn om met je te gaan werken! De papieren om te tekenen komen maandag. Esther"),
    _j(R, "nl", ASM, "Joost <joost@rekenkamer.tech>", "Proefopdracht",
       "Hoi Sam, wil je voor ons volgende gesprek deze kleine proefopdracht (zo'n 2 uur) maken en vrijdag "
       "terugsturen? Joost"),
    _j(R, "nl", OUT, "Iris de Boer <iris.deboer@gmail.com>", "Hoi",
       "Hoi Sam, ik zet een data-team op bij een startup in Amsterdam en jouw naam valt steeds. Zin om eens te "
       "praten? Iris"),
    _j(R, "nl", ACK, "Fleur <fleur@boekhandel-pagina.nl>", "Dank!",
       "Hoi Sam, dank voor je mail en je cv. Ik kijk er dit weekend naar en laat van me horen. Fleur"),
]

NEG = [
    # ---------------------------------------------------------------- English, tune
    _n(T, "en", "Mark Jennings <mark@jenningsbuild.co.uk>", "Re: quote",
       "Hi Sam, thanks for the quote. We've gone with another supplier this time, sorry. All the best, Mark"),
    _n(T, "en", "Lucy <lucy.harper@gmail.com>", "Tuesday?",
       "Can you do Tuesday 3pm for a chat with Mum and me about the party plans? Lucy"),
    _n(T, "en", "Dan <dan.cole@outlook.com>", "gig",
       "Loved the rehearsal yesterday — the band wants to make it official, you're our new drummer! First gig in "
       "two weeks. Dan"),
    _n(T, "en", "Jo Patel <jo.patel@icloud.com>", "flat",
       "Hi Sam, we loved meeting you on Sunday and we'd like you to take the room! Deposit details to follow "
       "Monday. Jo"),
    _n(T, "en", "Beth <beth.morgan@gmail.com>", "wedding!",
       "We got engaged!! Tom asked on Saturday - we want to make it official in June. Save the date, more info "
       "coming. B x"),
    _n(T, "en", "Karen Holt <karen@holtdental.co.uk>", "Appointment",
       "Hi Sam, could you do Thursday at 9:30 instead? The hygienist is off on Wednesday. Karen, Holt Dental"),
    _n(T, "en", "Steve <steve@greenleafgardens.co.uk>", "your garden",
       "Hi Sam, are you free Friday morning for a quick look at the garden? I'll bring some plans. Steve"),
    _n(T, "en", "Rick Sanders <rick.sanders@yahoo.com>", "team",
       "Sam, great session yesterday - we'd love to have you in the first team on Saturday. Kick-off 2pm. Rick"),
    _n(T, "en", "Fatima <fatima.noor@gmail.com>", "Re: the sofa",
       "Hi Sam, sorry, someone else came first and took it. Good luck with your search! F"),
    _n(T, "en", "Olly <olly@brightsparkevents.com>", "proposal",
       "Hi Sam, thanks for your proposal. After talking it over we've decided to go with another venue this year. "
       "Hope to work together another time. Olly"),
    _n(T, "en", "Pat Ryan <pat.ryan@btinternet.com>", "parcel",
       "Hi Sam, I've got a parcel of yours, pop round anytime after 6. Pat"),
    _n(T, "en", "Amelia <amelia.ross@outlook.com>", "book club",
       "Hi Sam! Are you open to something new? We're starting a sci-fi book club, first meeting Thursday. Amelia"),
    _n(T, "en", "Hugh Barnes <hugh@lanternpress.co.uk>", "your manuscript",
       "Dear Sam, thank you for sending your manuscript. Unfortunately it is not right for our list at present. "
       "We wish you luck in placing it elsewhere. Hugh Barnes, Lantern Press"),
    _n(T, "en", "Tessa <tessa@clearview-lettings.co.uk>", "Viewing",
       "Hi Sam, the landlord would like to meet you on Saturday at 11 at the flat before deciding. Does that work? "
       "Tessa"),
    _n(T, "en", "Martin Cole <mcole@cole-accounts.co.uk>", "year end",
       "Hi Sam, could you send me the receipts for March before Friday? Then I can finish the return. Martin"),
    _n(T, "en", "Ravi <ravi.k@gmail.com>", "sat",
       "hey, you around saturday? bbq at ours from 3, bring whoever. r"),
    _n(T, "en", "Sarah Dunn <sarah@cedarschool.org.uk>", "Parents evening",
       "Dear Sam, could you do Tuesday at 4.15 for a chat with Mr Evans and me about Ella's progress? Best wishes, "
       "Sarah Dunn"),
    _n(T, "en", "Ollie Stone <ollie@stoneandsons.co.uk>", "Re: invoice 2231",
       "Hi Sam, all paid, thanks. Good working with you. Ollie"),
    _n(T, "en", "Nick <nick.b@hey.com>", "the van",
       "Sam, we went with the other van in the end, cheaper. Thanks for sorting the viewing though. Nick"),
    _n(T, "en", "May Holloway <may.holloway@aol.com>", "Sunday",
       "Lovely to see you yesterday, darling. Come for lunch on Sunday at 1, Uncle Bill is doing the roast. x"),
    _n(T, "en", "Grace <grace.li@gmail.com>", "good news!!",
       "They said yes to the flat! Contract signing Monday, we move in on the 1st!! G"),
    _n(T, "en", "Lee Harris <lee.harris@harrisplumbing.co.uk>", "logo",
       "Hi Sam, the team loved the logo - let's make it official. Please send the final files and your invoice. "
       "Lee"),
    _n(T, "en", "Flow Yoga <hello@flowyoga.studio>", "class",
       "Hi Sam, thanks for signing up! Your first class is Monday at 7pm, bring water and a towel. Flow Yoga"),
    _n(T, "en", "Ian <ian.fletcher@outlook.com>", "Re: the drill",
       "cheers sam, got it back, thanks for the loan. ian"),
    _n(T, "en", "Kit <kit.warren@gmail.com>", "drinks",
       "Sam! I'm at the Marlow Systems summer party on Friday, come along if you're around - plus ones welcome. "
       "Kit"),
    _n(T, "en", "Georgia <georgia@harbourtheatre.org>", "Saturday's show",
       "Hi Sam, thank you for helping out front of house on Saturday. Could you do the matinee next Sunday as "
       "well? Georgia"),
    _n(T, "en", "Alex Moore <alex.moore@gmail.com>", "Re: the bike",
       "Hi, sorry, I've decided to keep it after all. Thanks for your interest. Alex"),
    _n(T, "en", "Hayley <hayley@littleacorns.co.uk>", "Nursery place",
       "Dear Sam, we're pleased to confirm a place for Ruby from September, three days a week. The forms will "
       "follow on Monday. Hayley"),
    _n(T, "en", "Jack <jack.r@outlook.com>", "quiz",
       "We need a fourth for the pub quiz on Thursday, 8pm - are you in? Jack"),
    _n(T, "en", "Priya Shah <priya@shahcatering.co.uk>", "Your event",
       "Hi Sam, thanks for your enquiry. Sadly we're fully booked that weekend, so we can't take it on. Priya"),
    # ---------------------------------------------------------------- English, report
    _n(R, "en", "Pete Lawson <pete@lawsonjoinery.co.uk>", "Re: kitchen",
       "Hi Sam, sorry mate, the client went with a cheaper quote. Thanks for pricing it up. Pete"),
    _n(R, "en", "Hannah <hannah.w@gmail.com>", "Wed",
       "Can you do Wednesday at 3 for a catch-up with Jess and me? Our place, I'll make cake. H"),
    _n(R, "en", "Lily <lily.ng@icloud.com>", "!!!",
       "Loved meeting your parents yesterday — we want to make it official, the venue is booked! Invitations "
       "coming Monday. Lily"),
    _n(R, "en", "Charlie <charlie@riversidesailing.org>", "crew",
       "Hi Sam, the skipper was impressed on Sunday - we'd like you on the regatta crew this season. Training "
       "starts April. Charlie"),
    _n(R, "en", "Ella Hart <ella.hart@outlook.com>", "Quick one",
       "Quick one: are you up for something new? Pottery class on Thursdays, starts next week, I've got a spare "
       "place. Ella"),
    _n(R, "en", "Brian <brian@westendmotors.co.uk>", "your car",
       "Hi Sam, your car is ready for collection. Can you come by before 5 today? Brian"),
    _n(R, "en", "Nat <nat.cooper@gmail.com>", "sorry",
       "Sam, sorry, we've decided to go with the other flat after all. Hope you find someone for the room soon. "
       "Nat"),
    _n(R, "en", "Parkview Surgery <reception@parkviewsurgery.nhs.uk>", "Your appointment",
       "Dear Sam, your appointment with Dr Singh is on Friday 14 March at 10:20. Please arrive 10 minutes early."),
    _n(R, "en", "Ross <ross@ironworksgym.co.uk>", "welcome",
       "Hi Sam, great to meet you at the trial session. We'd love to have you as a member - your first month is "
       "on us. Ross"),
    _n(R, "en", "Amy <amy@sunnysideflowers.com>", "website",
       "Hi Sam, we've decided to keep the old website for now, so we won't go ahead with the redesign. Thanks for "
       "all your ideas. Amy"),
    _n(R, "en", "Jon <jon.baker@yahoo.com>", "Re: 5-a-side",
       "we're a player short tuesday, you in? 8pm at the leisure centre. jon"),
    _n(R, "en", "Linda Ortiz <linda.ortiz@btinternet.com>", "call",
       "Are you free for a call tonight? Dad wants to ask you about the holiday. Love Mum"),
    _n(R, "en", "Lewis <lewis@oakfieldcommittee.org>", "committee",
       "Hi Sam, the committee loved your ideas for the fete - we'd like you to take over the raffle. Meeting on "
       "Tuesday at 7. Lewis"),
    _n(R, "en", "Priti <priti.shah@gmail.com>", "the dress",
       "I tried it on and it's perfect!! Sending you the money tonight. x"),
    _n(R, "en", "Sally <sally@greenacre-lettings.co.uk>", "Re: your offer",
       "Dear Sam, the owners have accepted another offer on the property, I'm sorry to say. We'll let you know if "
       "anything similar comes up. Sally"),
    _n(R, "en", "Tom Fraser <tom.fraser@gmail.com>", "tickets",
       "Got the tickets for Saturday! Meet at the station at 6? T"),
    _n(R, "en", "Zoe <zoe@inkwellbooks.co.uk>", "event",
       "Hi Sam, thanks for offering to speak at the shop. We're fully booked for spring, but let's talk about "
       "autumn. Zoe"),
    _n(R, "en", "Craig <craig@northlandroofing.co.uk>", "roof",
       "Hi Sam, could we come round Thursday 8am to look at the roof? Should take half an hour. Craig"),
    _n(R, "en", "Abi <abi.jones@hotmail.com>", "choir",
       "Sam, the director loved your audition - you're in the tenors! First rehearsal Wednesday at 7. Abi"),
    _n(R, "en", "Ed <ed@pinecrestcabins.com>", "Your booking",
       "Hi Sam, thanks for your booking, we've received your deposit and look forward to seeing you in May. Ed"),
    _n(R, "en", "Felix Wong <felix.wong@gmail.com>", "Re: Sunday",
       "sorry, can't make sunday after all - rain check? f"),
    _n(R, "en", "Mia Torres <mia.torres@gmail.com>", "hike",
       "My cousin at Northwind Bio is organising a hike on Saturday, want to come? Mia"),
    _n(R, "en", "Gemma <gemma@bloomweddings.co.uk>", "Your date",
       "Hi Sam, we're delighted to confirm the 14th of June for the ceremony. Final details to follow Monday. "
       "Gemma"),
    _n(R, "en", "Oscar Lee <oscar.lee@outlook.com>", "Re: laptop",
       "Sam, went with someone local in the end, sorry for the back and forth. Oscar"),
    _n(R, "en", "Rob <rob@cityallotments.org>", "plot 14",
       "Hi Sam, good news - plot 14 is yours from April. The committee would like to meet you Saturday at 10 to "
       "hand over the keys. Rob"),
    _n(R, "en", "Jenny <jenny.clarke@gmail.com>", "Re: dog sitting",
       "Hi Sam, thanks so much, but my sister can take Bella after all. Jenny"),
    _n(R, "en", "Omar <omar@brightsidephysio.co.uk>", "Session",
       "Hi Sam, are you free Thursday at 5 for your follow-up session? Should take 30 minutes. Omar"),
    _n(R, "en", "Tina <tina.b@icloud.com>", "so...",
       "We loved the puppy you showed us - we'd like to take him home! Can we collect on Saturday? Tina"),
    # ---------------------------------------------------------------- French, tune
    _n(T, "fr", "Julie <julie.m@gmail.com>", "Mardi ?",
       "Tu serais dispo mardi 15h pour un café avec Léa et moi ? On prépare l'anniversaire de Paul. Bises, Julie"),
    _n(T, "fr", "Olivier Blanc <olivier@menuiserie-blanc.fr>", "Votre devis",
       "Bonjour, merci pour votre devis. Nous avons finalement choisi un autre fournisseur. Cordialement, Olivier "
       "Blanc"),
    _n(T, "fr", "Agence du Parc <location@agenceduparc.fr>", "Appartement rue Victor Hugo",
       "Bonjour, le propriétaire a retenu un autre dossier pour l'appartement. Nous vous tiendrons informé des "
       "prochains biens. Cordialement"),
    _n(T, "fr", "Manon <manon.perrin@hotmail.fr>", "!!!",
       "On a adoré le week-end chez vous — on veut rendre ça officiel : on se marie en septembre ! Faire-part "
       "lundi. Manon"),
    _n(T, "fr", "Le groupe <le.groupe.fuzz@gmail.com>", "Répét",
       "Sam, la répét était top hier, le groupe veut que tu sois notre nouveau bassiste ! Premier concert dans 15 "
       "jours."),
    _n(T, "fr", "Cabinet dentaire <accueil@dentiste-lyon8.fr>", "Rendez-vous",
       "Bonjour, votre rendez-vous est déplacé au jeudi 14h. Merci de confirmer."),
    _n(T, "fr", "Papa <jean.ortiz@orange.fr>", "dimanche",
       "Tu viens déjeuner dimanche ? Ta mère fait un gigot. Bisous"),
    _n(T, "fr", "Thierry <thierry@garage-central.fr>", "Votre voiture",
       "Bonjour, votre voiture est prête, vous pouvez passer avant 18h."),
    _n(T, "fr", "Émilie <emilie@asso-quartier.fr>", "Fête de quartier",
       "Bonjour Sam, l'équipe a adoré tes idées, on aimerait que tu t'occupes de la buvette. Réunion mardi 19h. "
       "Émilie"),
    _n(T, "fr", "Nico <nico.fa@free.fr>", "re: canapé",
       "Désolé, quelqu'un est passé avant toi pour le canapé. Bonne chance ! Nico"),
    _n(T, "fr", "Sophie <contact@fleurs-sophie.fr>", "Logo",
       "Bonjour Sam, l'équipe a adoré le logo, on valide ! Envoyez-nous les fichiers et la facture. Sophie"),
    _n(T, "fr", "Bibliothèque <bibliotheque@ville-rennes.fr>", "Réservation",
       "Bonjour, le livre que vous avez réservé est disponible jusqu'au 12 mars."),
    _n(T, "fr", "Amandine <amandine.roux@gmail.com>", "Atelier Brume",
       "Coucou, tu as vu l'expo d'Atelier Brume ? On y va samedi avec Lucas, tu viens ?"),
    _n(T, "fr", "Crèche Les Lutins <direction@creche-leslutins.fr>", "Place en crèche",
       "Bonjour, nous avons le plaisir de vous confirmer une place pour Jules à partir de septembre. Le dossier "
       "d'inscription suit lundi."),
    # ---------------------------------------------------------------- French, report
    _n(R, "fr", "Aurélie <aurelie.v@gmail.com>", "Jeudi ?",
       "Tu peux jeudi 18h pour un apéro avec Tom et moi ? On a une nouvelle à t'annoncer ;) Aurélie"),
    _n(R, "fr", "S. Dumas <stephane@plomberie-dumas.fr>", "Chantier",
       "Bonjour, nous sommes passés par une autre entreprise pour la salle de bain. Merci quand même pour votre "
       "visite. S. Dumas"),
    _n(R, "fr", "Immo Sud <contact@immosud-agence.fr>", "Votre candidature pour le T2",
       "Bonjour, votre candidature pour le T2 rue des Lilas n'a pas été retenue par le propriétaire. Cordialement, "
       "l'agence"),
    _n(R, "fr", "Léa <lea.fontaine@icloud.com>", "Officiel !",
       "On a adoré la soirée — c'est officiel, on emménage ensemble ! Crémaillère samedi 20h. Léa"),
    _n(R, "fr", "FC Saint-Martin <contact@fc-saintmartin.fr>", "Sélection",
       "Bonjour Sam, l'entraîneur a apprécié ta séance d'essai : tu es retenu pour le match de samedi. RDV 13h au "
       "stade."),
    _n(R, "fr", "Chorale Allegro <chorale.allegro@gmail.com>", "Audition",
       "Bravo Sam, le chef a adoré ton audition, bienvenue chez les ténors ! Première répétition mercredi."),
    _n(R, "fr", "Mamie <odette.ortiz@wanadoo.fr>", "Appel",
       "Tu es libre pour m'appeler ce soir ? J'ai une question sur mon ordinateur."),
    _n(R, "fr", "Marc <marc@cave-saint-jean.fr>", "Site web",
       "Bonjour Sam, nous préférons garder l'ancien site pour l'instant, nous ne donnerons pas suite au projet. "
       "Merci pour vos propositions. Marc"),
    _n(R, "fr", "Gérard Leclerc <gerard.leclerc@laposte.net>", "Colis",
       "Bonjour, j'ai un colis pour vous, passez quand vous voulez après 18h. Gérard"),
    _n(R, "fr", "Kevin <kevin.roux@gmail.com>", "samedi",
       "Dispo samedi pour le foot ? On est un de moins. K"),
    _n(R, "fr", "Traiteur Délice <contact@traiteur-delice.fr>", "Votre mariage",
       "Bonjour, nous confirmons avec plaisir la date du 14 juin pour votre réception. Le devis définitif suit "
       "lundi."),
    _n(R, "fr", "Hélène <helene@gite-des-pins.fr>", "Réservation",
       "Bonjour Sam, merci pour votre réservation, nous avons bien reçu l'acompte. À bientôt ! Hélène"),
    _n(R, "fr", "Yves <yves.martin@sfr.fr>", "Re: le vélo",
       "Désolé, je l'ai finalement vendu à quelqu'un d'autre. Bonne journée, Yves"),
    _n(R, "fr", "Cabinet Kiné <rdv@kine-centre.fr>", "Séance",
       "Bonjour Sam, êtes-vous disponible jeudi à 17h pour votre séance de suivi ? Elle dure 30 minutes."),
    # ---------------------------------------------------------------- German, tune
    _n(T, "de", "Lisa <lisa.maier@gmx.de>", "Dienstag?",
       "Hast du Dienstag um 15 Uhr Zeit für einen Kaffee mit Anna und mir? Es geht um die Geburtstagsfeier. Lisa"),
    _n(T, "de", "K. Schulte <schulte@elektro-schulte.de>", "Ihr Angebot",
       "Guten Tag, vielen Dank für Ihr Angebot. Wir haben uns für einen anderen Anbieter entschieden. Mit "
       "freundlichen Grüßen, K. Schulte"),
    _n(T, "de", "Hausverwaltung Sonnenhof <info@hv-sonnenhof.de>", "Wohnung",
       "Guten Tag, der Vermieter hat sich für andere Interessenten entschieden. Mit freundlichen Grüßen, "
       "Hausverwaltung Sonnenhof"),
    _n(T, "de", "Die Lärmer <die.laermer@gmail.com>", "Probe",
       "Sam, die Probe gestern war mega – wir wollen es offiziell machen: du bist unser neuer Gitarrist! Erster "
       "Auftritt in zwei Wochen."),
    _n(T, "de", "Verena <verena.k@web.de>", "Wir heiraten!",
       "Wir haben's offiziell gemacht – Hochzeit im Juni! Die Einladung kommt am Montag. Verena & Tim"),
    _n(T, "de", "Zahnarztpraxis Mitte <praxis@zahn-mitte.de>", "Termin",
       "Guten Tag, Ihr Termin wurde auf Donnerstag 9:30 verschoben. Bitte kurz bestätigen."),
    _n(T, "de", "Oma <helga.ortiz@t-online.de>", "Sonntag",
       "Kommst du Sonntag zum Mittagessen? Es gibt Braten. Oma"),
    _n(T, "de", "Auto Huber <werkstatt@auto-huber.de>", "Ihr Auto",
       "Guten Tag, Ihr Auto ist fertig und kann bis 18 Uhr abgeholt werden."),
    _n(T, "de", "TSV Vorstand <vorstand@tsv-musterdorf.de>", "Sommerfest",
       "Hallo Sam, der Vorstand fand deine Ideen super, wir möchten, dass du die Tombola übernimmst. Treffen "
       "Dienstag 19 Uhr."),
    _n(T, "de", "Anna <anna@blumen-anna.de>", "Logo",
       "Hallo Sam, das Team liebt das Logo – machen wir es offiziell! Schick mir bitte die Dateien und die "
       "Rechnung. Anna"),
    _n(T, "de", "Flo <flo.wagner@gmail.com>", "Re: Sofa",
       "Sorry, das Sofa ist schon weg, jemand war schneller. Viel Glück noch! Flo"),
    _n(T, "de", "Tim Kessler <tim.kessler@gmx.de>", "Grillen",
       "Hi Sam, Grillen bei uns am Samstag ab 16 Uhr? Bring gern jemanden mit. Tim"),
    _n(T, "de", "Kita Sonnenschein <leitung@kita-sonnenschein.de>", "Kitaplatz",
       "Guten Tag, wir freuen uns, Ihnen einen Platz für Mila ab September zusagen zu können. Der Vertrag folgt "
       "am Montag."),
    _n(T, "de", "Dirk <dirk.lehmann@web.de>", "Re: Kinderwagen",
       "Danke für Ihr Interesse, aber ich habe ihn schon jemand anderem versprochen. Gruß, Dirk"),
    # ---------------------------------------------------------------- German, report
    _n(R, "de", "Jana <jana.roth@web.de>", "Mittwoch?",
       "Passt dir Mittwoch um 15 Uhr für ein Treffen mit Lukas und mir? Wir müssen den Urlaub planen. Jana"),
    _n(R, "de", "Malerbetrieb Kuhn <info@maler-kuhn.de>", "Auftrag",
       "Guten Tag, der Kunde hat sich leider für ein günstigeres Angebot entschieden. Danke für Ihre Mühe. "
       "Malerbetrieb Kuhn"),
    _n(R, "de", "WG Lindenstraße <wg.lindenstrasse@gmail.com>", "Zimmer",
       "Hey Sam, wir fanden dich super beim Kennenlernen und möchten dir das Zimmer geben! Mietvertrag gibt's am "
       "Montag."),
    _n(R, "de", "Chor Harmonie <chor.harmonie@gmx.de>", "Vorsingen",
       "Liebe/r Sam, die Chorleiterin war begeistert von deinem Vorsingen – willkommen im Tenor! Erste Probe "
       "Mittwoch 19 Uhr."),
    _n(R, "de", "SV Blau-Weiß <trainer@sv-blau-weiss.de>", "Kader",
       "Hallo Sam, starkes Probetraining! Du bist am Samstag im Kader. Treffpunkt 13 Uhr am Platz."),
    _n(R, "de", "Mama <petra.ortiz@gmx.net>", "Anruf",
       "Hast du heute Abend Zeit zum Telefonieren? Papa will was wegen des Urlaubs fragen."),
    _n(R, "de", "Weinhandel Berger <info@weinhandel-berger.de>", "Website",
       "Hallo Sam, wir behalten vorerst die alte Website und werden das Projekt leider nicht weiterverfolgen. "
       "Danke für Ihre Vorschläge. Berger"),
    _n(R, "de", "K. Schmitt <k.schmitt@t-online.de>", "Paket",
       "Hallo, ich habe ein Paket für Sie angenommen. Klingeln Sie einfach nach 18 Uhr. Schmitt"),
    _n(R, "de", "Ben <ben.hartmann@gmail.com>", "Samstag",
       "Kicken am Samstag? Uns fehlt einer. 10 Uhr am Park. Ben"),
    _n(R, "de", "Gut Eichenhof <info@gut-eichenhof.de>", "Ihr Termin",
       "Guten Tag, gerne bestätigen wir den 14. Juni für Ihre Feier. Das finale Angebot folgt am Montag."),
    _n(R, "de", "Familie Lorenz <kontakt@fewo-seeblick.de>", "Buchung",
       "Hallo Sam, vielen Dank für Ihre Buchung, die Anzahlung ist eingegangen. Bis bald! Familie Lorenz"),
    _n(R, "de", "Jule <jule.bauer@icloud.com>", "Re: Fahrrad",
       "Danke, das Fahrrad ist gut angekommen! Jule"),
    _n(R, "de", "Physio Nord <termine@physio-nord.de>", "Behandlung",
       "Hallo Sam, passt Ihnen Donnerstag um 17 Uhr für die nächste Behandlung? Dauer etwa 30 Minuten."),
    _n(R, "de", "Sabine <sabine.kraus@gmx.de>", "Hund",
       "Wir haben uns in den Welpen verliebt und möchten ihn gern zu uns holen! Können wir Samstag kommen? Sabine"),
    # ---------------------------------------------------------------- Spanish, tune
    _n(T, "es", "Sofía <sofia.r@gmail.com>", "¿Martes?",
       "¿Puedes el martes a las 15h para un café con Ana y conmigo? Es para organizar lo del cumple de Luis. Sofía"),
    _n(T, "es", "Antonio Gómez <info@reformas-gomez.es>", "Presupuesto",
       "Buenos días, gracias por su presupuesto. Finalmente hemos elegido a otro proveedor. Un saludo, Antonio "
       "Gómez"),
    _n(T, "es", "Inmo Centro <alquileres@inmo-centro.es>", "Piso calle Mayor",
       "Buenos días, el propietario ha elegido a otros inquilinos para el piso. Le avisaremos si surge algo "
       "parecido."),
    _n(T, "es", "Los Ruidosos <los.ruidosos.banda@gmail.com>", "Ensayo",
       "Sam, el ensayo de ayer fue brutal: ¡queremos que seas nuestro nuevo batería! Primer concierto en dos "
       "semanas."),
    _n(T, "es", "Irene <irene.m@hotmail.es>", "¡¡Nos casamos!!",
       "¡Lo hacemos oficial! Boda en junio, la invitación te llega el lunes. Besos, Irene y Dani"),
    _n(T, "es", "Dental Sonrisa <citas@dental-sonrisa.es>", "Su cita",
       "Buenos días, su cita se ha cambiado al jueves a las 9:30. Por favor, confirme."),
    _n(T, "es", "Abuela <carmen.ortiz@telefonica.net>", "Domingo",
       "¿Vienes a comer el domingo? Hago paella. Besos"),
    _n(T, "es", "Automóviles Ruiz <taller@automoviles-ruiz.es>", "Su coche",
       "Buenos días, su coche ya está listo, puede recogerlo antes de las 19h."),
    _n(T, "es", "Junta vecinal <junta@amigos-del-barrio.es>", "Fiesta del barrio",
       "Hola Sam, a la junta le encantaron tus ideas, nos gustaría que te encargaras de la rifa. Reunión el martes "
       "a las 19h."),
    _n(T, "es", "Marta <marta@floristeria-rosa.es>", "Logo",
       "Hola Sam, al equipo le encantó el logo, ¡adelante! Mándanos los archivos y la factura. Marta"),
    _n(T, "es", "Quique <quique.fdez@gmail.com>", "Re: el sofá",
       "Lo siento, alguien vino antes y se lo llevó. ¡Suerte! Quique"),
    _n(T, "es", "Pilar <pilar.gomez@yahoo.es>", "Paquete",
       "Hola, tengo un paquete tuyo, pásate cuando quieras después de las 18h. Pilar"),
    _n(T, "es", "Guardería Arcoíris <direccion@guarderia-arcoiris.es>", "Plaza",
       "Buenos días, nos alegra confirmarle una plaza para Lucía a partir de septiembre. La documentación le "
       "llegará el lunes."),
    _n(T, "es", "Fisio Centro <citas@fisiocentro.es>", "Sesión",
       "Hola Sam, ¿le viene bien el jueves a las 17h para la sesión de seguimiento? Dura unos 30 minutos."),
    # ---------------------------------------------------------------- Spanish, report
    _n(R, "es", "Nuria <nuria.s@gmail.com>", "¿Miércoles?",
       "¿Te va bien el miércoles a las 15h para vernos con Jaime? Tenemos que cerrar lo del viaje. Nuria"),
    _n(R, "es", "Pinturas Soler <info@pinturas-soler.es>", "Encargo",
       "Buenos días, el cliente se ha decidido por una oferta más económica. Gracias por su tiempo. Pinturas Soler"),
    _n(R, "es", "Piso Luna <piso.calle.luna@gmail.com>", "La habitación",
       "Hola Sam, nos caíste genial el otro día y queremos que te quedes con la habitación. El contrato, el lunes."),
    _n(R, "es", "Coro Santa Cecilia <coro.santa.cecilia@gmail.com>", "Audición",
       "¡Enhorabuena, Sam! Al director le encantó tu audición: ya eres tenor del coro. Primer ensayo el miércoles "
       "a las 19h."),
    _n(R, "es", "CD Las Palmeras <entrenador@cd-las-palmeras.es>", "Sábado",
       "Hola Sam, buen entrenamiento de prueba. Estás convocado para el sábado, quedamos a las 13h en el campo."),
    _n(R, "es", "Mamá <rosa.ortiz@gmail.com>", "Llamada",
       "¿Puedes llamarme esta noche? Tu padre quiere preguntarte algo de las vacaciones."),
    _n(R, "es", "Vinos Herrera <info@vinos-herrera.es>", "Web",
       "Hola Sam, de momento mantenemos la web antigua y no seguiremos adelante con el proyecto. Gracias por tus "
       "propuestas. Herrera"),
    _n(R, "es", "Juan <j.martin@telefonica.net>", "Llaves",
       "Hola, te he dejado las llaves en el buzón. Juan"),
    _n(R, "es", "Dani <dani.pz@gmail.com>", "sábado",
       "¿Pachanga el sábado? Nos falta uno. A las 10 en el parque."),
    _n(R, "es", "Finca Los Olivos <eventos@finca-los-olivos.es>", "Su boda",
       "Buenos días, le confirmamos con mucho gusto el 14 de junio para su celebración. El presupuesto final "
       "llegará el lunes."),
    _n(R, "es", "Casa Rural El Pinar <reservas@casarural-pinar.es>", "Reserva",
       "Hola Sam, gracias por tu reserva, hemos recibido la señal. ¡Hasta pronto!"),
    _n(R, "es", "Tere <tere.vidal@gmail.com>", "Cena",
       "Hola Sam, ¿vienes a la cena de Grupo Albora el viernes? Mi marido trabaja allí y puedo llevar a alguien. "
       "Tere"),
    _n(R, "es", "Carlos <carlos.m@hotmail.com>", "Re: la bici",
       "Perdona, al final se la he vendido a otra persona. Un saludo, Carlos"),
    _n(R, "es", "Lola <lola.fuentes@gmail.com>", "El perrito",
       "¡Nos hemos enamorado del cachorro y queremos llevárnoslo a casa! ¿Podemos pasar el sábado? Lola"),
    # ---------------------------------------------------------------- Dutch, tune
    _n(T, "nl", "Lieke <lieke.v@gmail.com>", "Dinsdag?",
       "Kun je dinsdag om 15.00 uur koffie doen met Eva en mij? Het gaat over het verjaardagsfeest van Joris. "
       "Lieke"),
    _n(T, "nl", "De Groot <info@installatie-degroot.nl>", "Uw offerte",
       "Goedendag, bedankt voor uw offerte. We hebben gekozen voor een andere leverancier. Met vriendelijke "
       "groet, De Groot"),
    _n(T, "nl", "Makelaardij Centrum <verhuur@makelaardij-centrum.nl>", "Woning Kerkstraat",
       "Goedendag, de verhuurder heeft voor andere huurders gekozen. We laten het weten als er iets vergelijkbaars "
       "vrijkomt."),
    _n(T, "nl", "De Herrieschoppers <de.herrieschoppers@gmail.com>", "Repetitie",
       "Sam, de repetitie gisteren was top: we willen je officieel als nieuwe bassist! Eerste optreden over twee "
       "weken."),
    _n(T, "nl", "Roos <roos.dekker@hotmail.com>", "We gaan trouwen!!",
       "We maken het officieel: bruiloft in juni! De uitnodiging komt maandag. Liefs, Roos & Tim"),
    _n(T, "nl", "Tandarts Oost <praktijk@tandarts-oost.nl>", "Afspraak",
       "Goedemorgen, uw afspraak is verzet naar donderdag 9.30 uur. Graag even bevestigen."),
    _n(T, "nl", "Oma <riet.ortiz@planet.nl>", "Zondag",
       "Kom je zondag eten? Ik maak stamppot. Liefs oma"),
    _n(T, "nl", "Autobedrijf Smit <garage@autobedrijf-smit.nl>", "Uw auto",
       "Goedendag, uw auto is klaar en kan voor 18.00 uur worden opgehaald."),
    _n(T, "nl", "Buurt Oost <bestuur@buurt-oost.nl>", "Buurtfeest",
       "Hoi Sam, het bestuur vond je ideeën top, we willen graag dat jij de loterij doet. Overleg dinsdag 19.00 "
       "uur."),
    _n(T, "nl", "Bea <info@bloemen-bea.nl>", "Logo",
       "Hoi Sam, het team is dol op het logo, we gaan ervoor! Stuur je de bestanden en de factuur? Bea"),
    _n(T, "nl", "Mark <mark.devos@gmail.com>", "Re: bank",
       "Sorry, de bank is al weg, iemand was je voor. Succes! Mark"),
    _n(T, "nl", "Henk <h.vanleeuwen@ziggo.nl>", "Pakketje",
       "Hoi, ik heb een pakketje voor je aangenomen, kom maar langs na 18.00 uur. Henk"),
    _n(T, "nl", "Kinderopvang Het Nest <info@kinderopvang-hetnest.nl>", "Plaatsing",
       "Goedendag, we bevestigen graag een plek voor Noor vanaf september. De papieren komen maandag."),
    _n(T, "nl", "Fysio West <afspraken@fysio-west.nl>", "Behandeling",
       "Hoi Sam, past donderdag 17.00 uur voor je volgende behandeling? Duurt ongeveer 30 minuten."),
    # ---------------------------------------------------------------- Dutch, report
    _n(R, "nl", "Sophie <sophie.k@gmail.com>", "Woensdag?",
       "Past woensdag om 15.00 uur om met Daan af te spreken? We moeten de vakantie nog regelen. Sophie"),
    _n(R, "nl", "Schildersbedrijf Visser <info@schilders-visser.nl>", "Klus",
       "Goedendag, de klant heeft gekozen voor een goedkopere aanbieding. Bedankt voor de moeite. "
       "Schildersbedrijf Visser"),
    _n(R, "nl", "Huis Oudegracht <huisgenoten.oudegracht@gmail.com>", "De kamer",
       "Hoi Sam, je was super tijdens de kennismaking en we willen je de kamer geven! Huurcontract volgt maandag."),
    _n(R, "nl", "Koor Cantate <koor.cantate@gmail.com>", "Auditie",
       "Gefeliciteerd Sam, de dirigent was enthousiast over je auditie: welkom bij de tenoren! Eerste repetitie "
       "woensdag 19.00 uur."),
    _n(R, "nl", "VV De Schans <trainer@vv-deschans.nl>", "Zaterdag",
       "Hoi Sam, sterke proeftraining! Je zit zaterdag bij de selectie. Verzamelen om 13.00 uur op het veld."),
    _n(R, "nl", "Mam <anja.ortiz@kpnmail.nl>", "Bellen",
       "Heb je vanavond tijd om te bellen? Pap wil iets vragen over de vakantie."),
    _n(R, "nl", "Wijnhandel Bosch <info@wijnhandel-bosch.nl>", "Website",
       "Hoi Sam, we houden voorlopig de oude website en gaan niet verder met het project. Bedankt voor je "
       "voorstellen. Bosch"),
    _n(R, "nl", "Annie <a.mulder@planet.nl>", "Sleutels",
       "Hoi, ik heb je sleutels in de brievenbus gedaan. Annie"),
    _n(R, "nl", "Tim <tim.jacobs@gmail.com>", "zaterdag",
       "Zaterdag voetballen? We komen er eentje tekort. 10 uur in het park."),
    _n(R, "nl", "Landgoed Eikenrode <info@landgoed-eikenrode.nl>", "Uw datum",
       "Goedendag, graag bevestigen we 14 juni voor uw feest. De definitieve offerte volgt maandag."),
    _n(R, "nl", "Huisje Duinzicht <boekingen@huisje-duinzicht.nl>", "Boeking",
       "Hoi Sam, dank voor je boeking, de aanbetaling is binnen. Tot ziens!"),
    _n(R, "nl", "Jet <jet.vandijk@gmail.com>", "Feestje",
       "Hoi Sam, mijn broer geeft zaterdag een feestje voor zijn bedrijf Van Dijk Data, kom je ook? Jet"),
    _n(R, "nl", "Gijs <gijs.vermeer@hotmail.com>", "Re: fiets",
       "Sorry, ik heb hem toch aan iemand anders verkocht. Groet, Gijs"),
    _n(R, "nl", "Noor <noor.bakker@gmail.com>", "De pup",
       "We zijn verliefd op de pup en willen hem graag meenemen! Kunnen we zaterdag langskomen? Noor"),
]

CASES = JOB + NEG


def cases(half: str | None = None) -> list[Case]:
    return [c for c in CASES if half is None or c.half == half]


def seeded(half: str) -> list[tuple[str, str, str]]:
    """(company, title, stage) of the applications the seeded run's tracker holds for `half`."""
    return [(name, title, stage) for h, name, title, stage in SEEDED if h == half]


def message_id(n: int) -> str:
    return f"<terse.{n}@mail.example>"


def raw_message(case: Case, n: int) -> bytes:
    """A first message from someone new: no thread headers."""
    msg = EmailMessage()
    msg["From"] = case.sender
    msg["To"] = ME
    msg["Subject"] = case.subject
    msg["Date"] = format_datetime(dt.datetime(2026, 4, 6, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=n))
    msg["Message-ID"] = message_id(n)
    msg.set_content(case.body)
    return bytes(msg)


def write_mbox(rows: list[Case], path) -> None:
    with open(path, "wb") as fh:
        for n, case in enumerate(rows):
            raw = raw_message(case, n).replace(b"\r\n", b"\n")
            body = b"\n".join((b">" + line if line.startswith(b"From ") else line) for line in raw.split(b"\n"))
            fh.write(b"From terse@example Mon Apr  6 09:00:00 2026\n" + body.rstrip(b"\n") + b"\n\n")
