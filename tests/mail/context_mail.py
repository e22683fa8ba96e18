"""Terse mail in the middle of a job search, and the tracker it arrives into: written for this project (nothing
here comes from a data set or a real inbox). Most of these messages hold no job word at all ("Confirmed, see you
Wednesday at 10"); what makes them job mail is who sends them and which thread they answer. The negatives come from
the same companies' domains (invoices, newsletters, product mail), from the same free-mail and applicant-system
domains as known senders, and from unrelated people writing the same kind of terse note.

Each company belongs to one half and each half has its own writers: "tune" messages may be read while the
screen's and the classifier's context is built; "report" messages are only counted, at the start and at the end
of a piece of work (bench/mail_context.py).

`via` says what the tracker knows that the message can be recognised by:
- "thread": In-Reply-To / References name a message the tracker kept (sometimes only References does: the
  reply answers the person's own reply, which was never imported);
- "subject": only the subject, "Re: <subject of the kept message>" (exports that drop those headers);
- "address": the sender's exact address is a contact's (often on a free-mail domain);
- "domain": someone new from the company's own domain;
- "none": nothing (negatives only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime

T, R = "tune", "report"
ME = "Robin Vale <robin.vale@example.org>"


@dataclass(frozen=True)
class Company:
    key: str
    half: str
    lang: str
    name: str
    title: str
    stage: str  # the application's stage in the tracker
    email_domains: str  # as typed on the company ("" when the tracker only knows it from mail or its name)
    contact: str  # a contact's address ("" for none)
    kept_sender: str  # who sent the message the tracker kept
    kept_subject: str
    kept_label: str = "application_ack"

    @property
    def kept_id(self) -> str:
        return f"<{self.key}.1@mail.{self.key}.example>"


@dataclass(frozen=True)
class Case:
    id: str
    half: str
    lang: str
    label: str
    via: str
    company: str  # Company.key, or "" for a sender the tracker does not know
    sender: str
    subject: str
    body: str
    # thread: "direct" (In-Reply-To is the kept message) or "chain" (only References holds it)
    chain: bool = False


def _co(*args, **kw) -> Company:
    return Company(*args, **kw)


COMPANIES = [
    # English
    _co("quarry", T, "en", "Quarry & Co", "Data Analyst", "interviewing", "", "nina.hale@quarryandco.com",
        "Nina Hale <nina.hale@quarryandco.com>", "Next steps", "interview"),
    _co("fernhill", T, "en", "Fernhill Labs", "Backend Engineer", "screening", "fernhill.io", "tom@fernhill.io",
        "Tom Baker <tom@fernhill.io>", "Chat this week?", "interview"),
    _co("ridgeway", T, "en", "Ridgeway Search", "Product Manager", "applied", "", "pjwalsh.search@gmail.com",
        "Patrick Walsh <pjwalsh.search@gmail.com>", "Senior PM role - fintech client", "recruiter_outreach"),
    _co("brightline", R, "en", "Brightline Health", "Care Operations Analyst", "interviewing",
        "brightlinehealth.com", "maria.chen@brightlinehealth.com", "Brightline Health <no-reply@greenhouse.io>",
        "Brightline Health - Interview Confirmation", "interview"),
    _co("oakmont", R, "en", "Oakmont Analytics", "Analytics Engineer", "interviewing", "oakmont-analytics.com",
        "j.reyes@oakmont-analytics.com", "Jordan Reyes <j.reyes@oakmont-analytics.com>", "Tuesday", "interview"),
    _co("lantern", R, "en", "Lantern Robotics", "Controls Engineer", "screening", "", "k.moss.recruits@outlook.com",
        "Sara Lind <sara@lanternrobotics.ai>", "Following up on our call", "interview"),
    # French
    _co("verne", T, "fr", "Atelier Verne", "Chargée de communication", "interviewing", "atelierverne.fr",
        "claire.dupuis@atelierverne.fr", "Claire Dupuis <claire.dupuis@atelierverne.fr>", "Rendez-vous jeudi",
        "interview"),
    _co("soline", T, "fr", "Groupe Soline", "Contrôleur de gestion", "applied", "", "c.martin54@orange.fr",
        "Cédric Martin <c.martin54@orange.fr>", "Une opportunité à Lyon", "recruiter_outreach"),
    _co("lumen", T, "fr", "Banque Lumen", "Analyste risques", "screening", "banquelumen.fr", "",
        "Banque Lumen <noreply@smartrecruiters.com>", "Banque Lumen : prochaine étape", "assessment"),
    _co("cobalt", R, "fr", "Cobalt Conseil", "Consultant junior", "interviewing", "cobalt-conseil.fr",
        "m.leroy@cobalt-conseil.fr", "Mathilde Leroy <m.leroy@cobalt-conseil.fr>", "Notre échange de mardi",
        "interview"),
    _co("rivage", R, "fr", "Maison Rivage", "Responsable boutique", "interviewing", "", "",
        "Hugo Marchand <hugo.marchand@maisonrivage.com>", "Suite à notre appel", "interview"),
    _co("helios", R, "fr", "Helios RH", "Chef de projet digital", "applied", "", "julie.helios.rh@gmail.com",
        "Julie Bernard <julie.helios.rh@gmail.com>", "Poste de chef de projet chez un client", "recruiter_outreach"),
    # German
    _co("kranich", T, "de", "Kranich Logistik GmbH", "Disponent", "interviewing", "kranich-logistik.de",
        "s.vogel@kranich-logistik.de", "Sabine Vogel <s.vogel@kranich-logistik.de>", "Termin am Donnerstag",
        "interview"),
    _co("weber", T, "de", "Weber & Söhne", "Technischer Zeichner", "screening", "weber-soehne.de", "",
        "Weber & Söhne Personal <personal@weber-soehne.de>", "Nächste Schritte", "interview"),
    _co("falk", T, "de", "Falk Executive Search", "Teamleiter Vertrieb", "applied", "", "m.falk.search@gmx.de",
        "Markus Falk <m.falk.search@gmx.de>", "Spannende Position bei einem Mandanten", "recruiter_outreach"),
    _co("nordlicht", R, "de", "Nordlicht Software", "Frontend-Entwicklerin", "interviewing", "nordlicht.io",
        "lena.hoffmann@nordlicht.io", "Lena Hoffmann <lena.hoffmann@nordlicht.io>", "Kurzes Gespräch",
        "interview"),
    _co("brunnen", R, "de", "Brunnen AG", "Sachbearbeiter Einkauf", "screening", "", "",
        "Brunnen AG <noreply@personio.de>", "Brunnen AG – Ihr nächster Schritt", "interview"),
    _co("jansen", R, "de", "Jansen Personalberatung", "Projektingenieur", "applied", "", "t.jansen.berater@web.de",
        "Tobias Jansen <t.jansen.berater@web.de>", "Kurze Anfrage", "recruiter_outreach"),
    # Spanish
    _co("olivar", T, "es", "Olivar Digital", "Diseñadora UX", "interviewing", "olivardigital.es",
        "lucia.mora@olivardigital.es", "Lucía Mora <lucia.mora@olivardigital.es>", "Nos vemos el martes",
        "interview"),
    _co("marea", T, "es", "Grupo Marea", "Técnico de calidad", "screening", "grupomarea.com", "",
        "Grupo Marea RRHH <rrhh@grupomarea.com>", "Siguiente paso", "assessment"),
    _co("cortes", T, "es", "Cortés Talento", "Jefe de proyecto", "applied", "", "a.cortes.talento@hotmail.es",
        "Alberto Cortés <a.cortes.talento@hotmail.es>", "Un proyecto que te puede interesar", "recruiter_outreach"),
    _co("sierra", R, "es", "Sierra Norte Tecnología", "Ingeniero de datos", "interviewing", "sierranorte.tech",
        "pablo.gil@sierranorte.tech", "Pablo Gil <pablo.gil@sierranorte.tech>", "Charla del jueves", "interview"),
    _co("cala", R, "es", "Cala Blanca Hoteles", "Recepcionista", "screening", "calablanca.es", "",
        "Cala Blanca Hoteles <calablanca@myworkday.com>", "Cala Blanca Hoteles: próximos pasos", "interview"),
    _co("vidal", R, "es", "Vidal Headhunting", "Director financiero", "applied", "", "nvidal.hh@yahoo.es",
        "Nuria Vidal <nvidal.hh@yahoo.es>", "Una propuesta confidencial", "recruiter_outreach"),
    # Dutch
    _co("dijkstra", T, "nl", "Dijkstra Data", "Data-analist", "interviewing", "dijkstradata.nl",
        "e.smit@dijkstradata.nl", "Eva Smit <e.smit@dijkstradata.nl>", "Afspraak woensdag", "interview"),
    _co("molenaar", T, "nl", "Molenaar Bouw", "Werkvoorbereider", "screening", "molenaarbouw.nl", "",
        "Molenaar Bouw <hr@molenaarbouw.nl>", "Volgende stap", "interview"),
    _co("visser", T, "nl", "Visser Werving", "Accountmanager", "applied", "", "r.visser.werving@ziggo.nl",
        "Ruud Visser <r.visser.werving@ziggo.nl>", "Mooie kans in Utrecht", "recruiter_outreach"),
    _co("polder", R, "nl", "Polder Systems", "Software-ontwikkelaar", "interviewing", "poldersystems.com",
        "j.bakker@poldersystems.com", "Joost Bakker <j.bakker@poldersystems.com>", "Even bellen?", "interview"),
    _co("tulp", R, "nl", "Tulp Retail", "Filiaalmanager", "screening", "", "",
        "Tulp Retail <noreply@recruitee.com>", "Tulp Retail - vervolg", "interview"),
    _co("dekker", R, "nl", "Dekker Search", "Controller", "applied", "", "m.dekker.search@kpnmail.nl",
        "Mirjam Dekker <m.dekker.search@kpnmail.nl>", "Vraagje", "recruiter_outreach"),
]
BY_KEY = {c.key: c for c in COMPANIES}


def _re(key: str, prefix: str = "Re: ") -> str:
    return prefix + BY_KEY[key].kept_subject


def _c(id_, half, lang, label, via, company, sender, subject, body, chain=False) -> Case:
    return Case(id_, half, lang, label, via, company, sender, subject, body, chain)


EN = [
    # --- tune: Quarry & Co (Nina, short lines), Fernhill (Tom, lower case, from a phone), Ridgeway (agency)
    _c("en-q1", T, "en", "interview", "thread", "quarry", "Nina Hale <nina.hale@quarryandco.com>", _re("quarry"),
       "Confirmed, see you Wednesday at 10. Ask for me at the front desk.\n\nNina"),
    _c("en-q2", T, "en", "interview", "thread", "quarry", "Nina Hale <nina.hale@quarryandco.com>", _re("quarry"),
       "Hi Robin,\n\nHere is the link for tomorrow: https://meet.quarryandco.com/r/7731\n\nTalk soon,\nNina",
       chain=True),
    _c("en-q3", T, "en", "interview", "domain", "quarry", "Owen Pratt <owen.pratt@quarryandco.com>",
       "Thursday afternoon",
       "Hi Robin, Nina passed me your details. Would Thursday at 2pm work for a 45 minute conversation with me and "
       "Priya from the analytics team? Owen"),
    _c("en-q4", T, "en", "interview", "subject", "quarry", "Priya Nair <priya.nair.home@gmail.com>",
       _re("quarry", "RE: "),
       "Hi Robin - writing from my personal address as I'm travelling. Could you send two references before "
       "Friday? A former manager would be ideal.\n\nThanks, Priya"),
    _c("en-q5", T, "en", "rejection", "thread", "quarry", "Nina Hale <nina.hale@quarryandco.com>", _re("quarry"),
       "Hi Robin,\n\nThanks for your patience. The team has decided to go with someone else this time. I enjoyed "
       "our conversations and wish you all the best.\n\nNina"),
    _c("en-f1", T, "en", "assessment", "address", "fernhill", "Tom Baker <tom@fernhill.io>", "small exercise",
       "hey robin - as promised, here's a small thing to hack on over the weekend: build a tiny rate limiter in "
       "whatever language you like, push it to a repo and send me the link by tuesday. shouldn't take more than "
       "a couple of hours.\n\ntom\n\nSent from my iPhone"),
    _c("en-f2", T, "en", "interview", "thread", "fernhill", "Tom Baker <tom@fernhill.io>", _re("fernhill"),
       "works for me. 4pm thursday, i'll send a zoom"),
    _c("en-f3", T, "en", "application_ack", "thread", "fernhill", "Tom Baker <tom@fernhill.io>", _re("fernhill"),
       "hi robin, no news yet, sorry - the founders are travelling this week. i'll ping you as soon as i hear "
       "back.", chain=True),
    _c("en-f4", T, "en", "offer", "domain", "fernhill", "Ines Duarte <ines@fernhill.io>", "Good news",
       "Hi Robin,\n\nThe team loved meeting you and we'd like to bring you on board. I'll send the paperwork "
       "tomorrow; can we talk tonight about numbers and a start date?\n\nInes, co-founder"),
    _c("en-r1", T, "en", "recruiter_outreach", "address", "ridgeway", "Patrick Walsh <pjwalsh.search@gmail.com>",
       "Quick follow-up",
       "Hi Robin, just bumping my note from last week. My client is still keen to speak with you. Free for 15 "
       "minutes tomorrow or Thursday?\n\nPatrick"),
    _c("en-r2", T, "en", "recruiter_outreach", "thread", "ridgeway", "Patrick Walsh <pjwalsh.search@gmail.com>",
       _re("ridgeway"),
       "Any thoughts on the below? Happy to share the salary band and the team structure on a quick call.",
       chain=True),
    _c("en-r3", T, "en", "interview", "address", "ridgeway", "Patrick Walsh <pjwalsh.search@gmail.com>",
       "Monday", "Great news - they'd like to meet you on Monday at 11 at their office on King Street. Can you "
       "confirm? P."),
    _c("en-r4", T, "en", "rejection", "thread", "ridgeway", "Patrick Walsh <pjwalsh.search@gmail.com>",
       _re("ridgeway"),
       "Robin, I'm sorry to say my client has decided to go with an internal move. I'll keep you in mind for the "
       "next one.\n\nPatrick"),
    # --- report: Brightline (Maria, formal), Oakmont (Jordan, brisk), Lantern (Sara; Kate the recruiter)
    _c("en-b1", R, "en", "interview", "thread", "brightline", "Maria Chen <maria.chen@brightlinehealth.com>",
       _re("brightline"),
       "Good morning Robin,\n\nJust a reminder that we'll see you at 9:30 on Friday. The address is 40 Grove "
       "Street, third floor; please bring photo ID for reception.\n\nKind regards,\nMaria Chen",
       chain=True),
    _c("en-b2", R, "en", "interview", "address", "brightline", "Maria Chen <maria.chen@brightlinehealth.com>",
       "Change of room",
       "Hello Robin, a small change: we'll be in meeting room B on the ground floor instead. Everything else "
       "stays the same. Maria"),
    _c("en-b3", R, "en", "interview", "domain", "brightline", "Derek Olsen <d.olsen@brightlinehealth.com>",
       "Meeting the team",
       "Hi Robin,\n\nI lead the operations group here. Would you have half an hour next week to meet two of my "
       "colleagues? Monday or Tuesday afternoon suits us best.\n\nDerek"),
    _c("en-b4", R, "en", "application_ack", "subject", "brightline", "Maria C <mariachen.nyc@gmail.com>",
       _re("brightline", "Re: "),
       "Hi Robin, thanks for checking in. We're still gathering feedback from everyone you met and should have "
       "an answer for you by the end of next week."),
    _c("en-o1", R, "en", "interview", "thread", "oakmont", "Jordan Reyes <j.reyes@oakmont-analytics.com>",
       _re("oakmont"), "Perfect. Calendar invite on its way. - J"),
    _c("en-o2", R, "en", "assessment", "thread", "oakmont", "Jordan Reyes <j.reyes@oakmont-analytics.com>",
       _re("oakmont"),
       "Before we meet again I'd like you to look at the attached dataset and put together three slides on what "
       "you find. No need to polish, bring them on Tuesday.", chain=True),
    _c("en-o3", R, "en", "interview", "domain", "oakmont", "Calendar <calendar@oakmont-analytics.com>",
       "Updated invitation: Robin / Jordan @ Tue 14:00",
       "This event has been updated. When: Tuesday 14:00 - 15:00. Where: video link in the invitation. Organiser: "
       "Jordan Reyes."),
    _c("en-o4", R, "en", "offer", "address", "oakmont", "Jordan Reyes <j.reyes@oakmont-analytics.com>",
       "Great news",
       "Robin - we'd love to have you join us. Expect a written proposal from our people team tomorrow; let me "
       "know when you're free to walk through it."),
    _c("en-l1", R, "en", "interview", "thread", "lantern", "Sara Lind <sara@lanternrobotics.ai>", _re("lantern"),
       "Sounds good, let's do Friday at 3. I'll bring our lead controls engineer along."),
    _c("en-l2", R, "en", "recruiter_outreach", "address", "lantern", "Kate Moss <k.moss.recruits@outlook.com>",
       "Checking in",
       "Hi Robin, it's Kate again. Did you get a chance to think about the robotics opening I mentioned? Happy to "
       "chat whenever suits."),
    _c("en-l3", R, "en", "rejection", "domain", "lantern", "Ben Ortega <ben@lanternrobotics.ai>", "Thank you",
       "Hi Robin, thanks for spending time with us. We've decided not to move forward at this stage, but we were "
       "impressed and would be glad to stay in touch."),
    _c("en-l4", R, "en", "interview", "subject", "lantern", "Sara <sara.lind.personal@icloud.com>",
       _re("lantern", "Re: Re: "),
       "Hi! Could you come in for a second conversation next Wednesday morning? We'd show you the lab."),
]

FR = [
    # --- tune: Atelier Verne (Claire), Groupe Soline (Cédric, head-hunter on orange.fr), Banque Lumen (ATS thread)
    _c("fr-v1", T, "fr", "interview", "thread", "verne", "Claire Dupuis <claire.dupuis@atelierverne.fr>",
       _re("verne"), "Bonjour,\n\nC'est noté pour jeudi 10 h. À très bientôt !\n\nClaire"),
    _c("fr-v2", T, "fr", "interview", "thread", "verne", "Claire Dupuis <claire.dupuis@atelierverne.fr>",
       _re("verne", "RE : "),
       "Voici le lien pour demain : https://visio.atelierverne.fr/salle-4\nBonne soirée,\nClaire", chain=True),
    _c("fr-v3", T, "fr", "interview", "domain", "verne", "Paul Garnier <paul.garnier@atelierverne.fr>",
       "Références",
       "Bonjour Robin,\n\nPourriez-vous m'envoyer les coordonnées de deux personnes avec qui vous avez travaillé ? "
       "Nous aimerions les appeler cette semaine.\n\nCordialement,\nPaul Garnier"),
    _c("fr-v4", T, "fr", "rejection", "address", "verne", "Claire Dupuis <claire.dupuis@atelierverne.fr>",
       "Notre décision",
       "Bonjour Robin,\n\nMerci encore pour votre temps. Nous avons finalement choisi quelqu'un d'autre. Je vous "
       "souhaite le meilleur pour la suite.\n\nClaire"),
    _c("fr-s1", T, "fr", "recruiter_outreach", "address", "soline", "Cédric Martin <c.martin54@orange.fr>",
       "Petite relance",
       "Bonjour Robin, je me permets de revenir vers vous : mon client aimerait beaucoup échanger avec vous. "
       "Seriez-vous disponible dix minutes demain ?\nCédric"),
    _c("fr-s2", T, "fr", "interview", "thread", "soline", "Cédric Martin <c.martin54@orange.fr>", _re("soline"),
       "Bonne nouvelle : ils vous proposent de les rencontrer lundi à 14 h dans leurs bureaux de la Part-Dieu. "
       "Je vous confirme l'adresse ce soir.", chain=True),
    _c("fr-s3", T, "fr", "application_ack", "thread", "soline", "Cédric Martin <c.martin54@orange.fr>",
       _re("soline", "TR: "),
       "Pas encore de retour de leur côté, le directeur financier est en congés jusqu'à mardi. Je reviens vers "
       "vous dès que j'en sais plus."),
    _c("fr-l1", T, "fr", "assessment", "thread", "lumen", "Banque Lumen <noreply@smartrecruiters.com>",
       _re("lumen"),
       "Bonjour,\n\nVous trouverez ci-dessous le lien vers l'exercice à réaliser avant le 12 mars : "
       "https://lumen.example/exercice\nComptez environ une heure.\n\nL'équipe Banque Lumen"),
    _c("fr-l2", T, "fr", "interview", "domain", "lumen", "Sophie Renard <sophie.renard@banquelumen.fr>",
       "Mardi ?",
       "Bonjour Robin, j'ai bien reçu votre exercice, merci. Seriez-vous libre mardi après-midi pour en discuter "
       "avec moi ? Sophie"),
    _c("fr-l3", T, "fr", "offer", "domain", "lumen", "Sophie Renard <sophie.renard@banquelumen.fr>",
       "Bonne nouvelle",
       "Bonjour Robin,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous accueillir dans l'équipe. "
       "Notre service du personnel vous envoie la proposition écrite demain.\n\nSophie"),
    _c("fr-l4", T, "fr", "interview", "subject", "lumen", "Sophie R. <sophie.renard75@free.fr>",
       _re("lumen", "Re: "),
       "Petit changement : pourriez-vous venir à 15 h plutôt qu'à 14 h ? Merci et à mardi."),
    _c("fr-s4", T, "fr", "rejection", "address", "soline", "Cédric Martin <c.martin54@orange.fr>",
       "Retour du client",
       "Robin, j'ai eu leur retour : ils ont préféré un profil plus proche de leur secteur. Désolé, je pense à "
       "vous pour la suite."),
    # --- report: Cobalt Conseil (Mathilde), Maison Rivage (Hugo, known from the kept mail only), Helios RH (Julie)
    _c("fr-c1", R, "fr", "interview", "thread", "cobalt", "Mathilde Leroy <m.leroy@cobalt-conseil.fr>",
       _re("cobalt"),
       "Parfait, je vous attends mercredi à 9 h 30 au 12 rue des Carmes. Sonnez à l'interphone Cobalt."),
    _c("fr-c2", R, "fr", "assessment", "address", "cobalt", "Mathilde Leroy <m.leroy@cobalt-conseil.fr>",
       "Étude de cas",
       "Bonjour Robin,\n\nComme convenu, vous trouverez en pièce jointe un petit cas à préparer. Vous nous "
       "présenterez vos pistes en vingt minutes lors du prochain rendez-vous.\n\nBien à vous,\nMathilde"),
    _c("fr-c3", R, "fr", "interview", "domain", "cobalt", "Antoine Roux <a.roux@cobalt-conseil.fr>",
       "Déjeuner avec l'équipe",
       "Bonjour, je suis associé chez Cobalt. Seriez-vous disponible pour un déjeuner avec deux consultants "
       "vendredi midi ? Antoine"),
    _c("fr-c4", R, "fr", "application_ack", "subject", "cobalt", "Mathilde <mathilde.leroy@laposte.net>",
       _re("cobalt", "RE: "),
       "Bonjour Robin, merci pour votre message. Nous n'avons pas encore pris de décision, je vous tiens au "
       "courant d'ici la fin du mois."),
    _c("fr-r1", R, "fr", "interview", "thread", "rivage", "Hugo Marchand <hugo.marchand@maisonrivage.com>",
       _re("rivage"), "Très bien, samedi 11 h à la boutique du quai. Demandez Hugo à l'accueil.", chain=True),
    _c("fr-r2", R, "fr", "offer", "domain", "rivage", "Élise Morel <elise.morel@maisonrivage.com>",
       "Votre arrivée",
       "Bonjour Robin,\n\nHugo m'a fait part de sa décision : nous serions ravis que vous rejoigniez la maison. "
       "Pouvons-nous convenir d'une date de démarrage ?\n\nÉlise Morel"),
    _c("fr-r3", R, "fr", "rejection", "thread", "rivage", "Hugo Marchand <hugo.marchand@maisonrivage.com>",
       _re("rivage"),
       "Bonjour Robin, je suis désolé, nous ne donnerons pas suite cette fois-ci. Merci pour votre venue."),
    _c("fr-r4", R, "fr", "interview", "domain", "rivage", "Agenda Rivage <agenda@maisonrivage.com>",
       "Invitation : Robin / Hugo — samedi 11:00",
       "Vous avez été invité(e) à l'événement suivant. Quand : samedi 11:00 – 12:00. Où : boutique du quai."),
    _c("fr-h1", R, "fr", "recruiter_outreach", "address", "helios", "Julie Bernard <julie.helios.rh@gmail.com>",
       "Des nouvelles ?",
       "Bonjour Robin, avez-vous eu le temps de réfléchir à ma proposition ? Le client reste très intéressé. "
       "Belle journée, Julie"),
    _c("fr-h2", R, "fr", "interview", "thread", "helios", "Julie Bernard <julie.helios.rh@gmail.com>",
       _re("helios"),
       "Ils aimeraient vous voir jeudi en visio, à 18 h. Je vous transmets le lien dès que je l'ai."),
    _c("fr-h3", R, "fr", "application_ack", "address", "helios", "Julie Bernard <julie.helios.rh@gmail.com>",
       "Petit point",
       "Robin, un petit mot pour vous dire que votre dossier est bien entre leurs mains. Ils reviennent vers moi "
       "la semaine prochaine."),
]

DE = [
    # --- tune: Kranich (Sabine), Weber & Söhne (HR office), Falk (head-hunter on gmx.de)
    _c("de-k1", T, "de", "interview", "thread", "kranich", "Sabine Vogel <s.vogel@kranich-logistik.de>",
       _re("kranich", "AW: "), "Hallo Robin,\n\nalles klar, dann bis Mittwoch um 10 Uhr.\n\nViele Grüße\nSabine"),
    _c("de-k2", T, "de", "interview", "thread", "kranich", "Sabine Vogel <s.vogel@kranich-logistik.de>",
       _re("kranich", "AW: AW: "),
       "Hier der Link für morgen: https://kranich.example/teams/4411\nBis dann!", chain=True),
    _c("de-k3", T, "de", "interview", "domain", "kranich", "Jörg Albers <j.albers@kranich-logistik.de>",
       "Referenzen",
       "Guten Tag,\n\nkönnten Sie uns bitte zwei Referenzen mit Telefonnummer nennen? Wir würden sie gern noch "
       "diese Woche anrufen.\n\nMit freundlichen Grüßen\nJörg Albers"),
    _c("de-k4", T, "de", "rejection", "address", "kranich", "Sabine Vogel <s.vogel@kranich-logistik.de>",
       "Rückmeldung",
       "Hallo Robin,\n\nvielen Dank für die Gespräche. Wir haben uns am Ende für jemand anderen entschieden. Ich "
       "wünsche Ihnen alles Gute!\n\nSabine Vogel"),
    _c("de-w1", T, "de", "assessment", "thread", "weber", "Weber & Söhne Personal <personal@weber-soehne.de>",
       _re("weber", "AW: "),
       "Guten Tag,\n\nanbei eine kleine Aufgabe: Bitte erstellen Sie anhand der beigefügten Skizze eine "
       "Zeichnung und senden Sie sie uns bis Freitag zurück.\n\nIhr Personalteam"),
    _c("de-w2", T, "de", "interview", "domain", "weber", "Klaus Weber <k.weber@weber-soehne.de>",
       "Besuch in der Werkstatt",
       "Hallo Robin, hätten Sie Dienstag gegen 15 Uhr Zeit, sich unsere Werkstatt anzusehen und die Kollegen "
       "kennenzulernen? Gruß, Klaus Weber"),
    _c("de-w3", T, "de", "offer", "domain", "weber", "Klaus Weber <k.weber@weber-soehne.de>", "Gute Nachrichten",
       "Hallo Robin,\n\nwir würden Sie gern bei uns an Bord holen. Den Vertrag schicken wir Ihnen diese Woche; "
       "passt Ihnen ein Beginn am 1. April?\n\nKlaus Weber"),
    _c("de-w4", T, "de", "application_ack", "subject", "weber", "Anja P. <anja.peters@t-online.de>",
       _re("weber", "AW: "),
       "Hallo Robin, danke für Ihre Nachfrage. Wir sind noch nicht so weit, Sie hören spätestens Ende nächster "
       "Woche von uns."),
    _c("de-f1", T, "de", "recruiter_outreach", "address", "falk", "Markus Falk <m.falk.search@gmx.de>",
       "Kurze Nachfrage",
       "Hallo Robin, ich wollte nur kurz nachhaken: Mein Mandant würde Sie sehr gern kennenlernen. Hätten Sie "
       "morgen zehn Minuten für ein Telefonat?\nMarkus Falk"),
    _c("de-f2", T, "de", "interview", "thread", "falk", "Markus Falk <m.falk.search@gmx.de>", _re("falk", "AW: "),
       "Gute Neuigkeiten: Der Geschäftsführer möchte Sie am Montag um 11 Uhr treffen. Passt das?", chain=True),
    _c("de-f3", T, "de", "rejection", "thread", "falk", "Markus Falk <m.falk.search@gmx.de>", _re("falk", "Antw: "),
       "Hallo Robin, leider hat sich mein Mandant für eine interne Lösung entschieden. Ich melde mich, sobald "
       "ich etwas Passendes habe."),
    _c("de-f4", T, "de", "application_ack", "address", "falk", "Markus Falk <m.falk.search@gmx.de>", "Zwischenstand",
       "Kurzer Zwischenstand: Ihre Unterlagen liegen beim Kunden, eine Antwort erwarte ich Mitte nächster Woche."),
    # --- report: Nordlicht (Lena), Brunnen AG (personio thread), Jansen (head-hunter on web.de)
    _c("de-n1", R, "de", "interview", "thread", "nordlicht", "Lena Hoffmann <lena.hoffmann@nordlicht.io>",
       _re("nordlicht", "AW: "), "Super, Donnerstag 16 Uhr passt. Ich schicke gleich eine Einladung."),
    _c("de-n2", R, "de", "assessment", "address", "nordlicht", "Lena Hoffmann <lena.hoffmann@nordlicht.io>",
       "Kleine Übung",
       "Hi Robin,\n\nwie besprochen: Baue bitte eine kleine Seite nach dem angehängten Entwurf und schick uns den "
       "Link zum Repository bis Montag. Zwei, drei Stunden reichen völlig.\n\nLena"),
    _c("de-n3", R, "de", "interview", "domain", "nordlicht", "Tim Krause <tim@nordlicht.io>", "Kennenlernen",
       "Hey Robin, ich bin Tech Lead bei Nordlicht. Magst du nächste Woche auf einen Kaffee ins Büro kommen? "
       "Dienstag oder Mittwoch Nachmittag wäre ideal. Tim"),
    _c("de-n4", R, "de", "offer", "domain", "nordlicht", "Tim Krause <tim@nordlicht.io>", "Willkommen?",
       "Hi Robin, wir sind uns einig und möchten dich gern im Team haben! Das schriftliche Angebot kommt morgen "
       "von Lena."),
    _c("de-b1", R, "de", "interview", "thread", "brunnen", "Brunnen AG <noreply@personio.de>",
       _re("brunnen", "AW: "),
       "Guten Tag,\n\nhiermit bestätigen wir Ihren Termin am 14. März um 9:00 Uhr in der Hauptverwaltung, "
       "Raum 2.04.\n\nFreundliche Grüße\nBrunnen AG", chain=True),
    _c("de-b2", R, "de", "interview", "domain", "brunnen", "Petra Lang <p.lang@brunnen-ag.de>", "Ihr Besuch",
       "Sehr geehrte/r Robin, bitte bringen Sie zu unserem Treffen am Donnerstag Ihre Zeugnisse mit. Parkplätze "
       "finden Sie hinter dem Gebäude."),
    _c("de-b3", R, "de", "rejection", "thread", "brunnen", "Brunnen AG <noreply@personio.de>",
       _re("brunnen", "AW: "),
       "Guten Tag,\n\nnach reiflicher Überlegung haben wir uns für eine andere Person entschieden. Wir danken "
       "Ihnen für Ihr Interesse an der Brunnen AG."),
    _c("de-b4", R, "de", "application_ack", "subject", "brunnen", "Petra Lang <petra.lang@freenet.de>",
       _re("brunnen", "WG: AW: "),
       "Guten Tag, die Entscheidung steht noch aus, wir melden uns in den nächsten zwei Wochen bei Ihnen."),
    _c("de-j1", R, "de", "recruiter_outreach", "address", "jansen", "Tobias Jansen <t.jansen.berater@web.de>",
       "Noch Interesse?",
       "Guten Morgen Robin, haben Sie schon über meine Anfrage nachgedacht? Ich würde Ihnen die Details gern am "
       "Telefon erklären."),
    _c("de-j2", R, "de", "interview", "thread", "jansen", "Tobias Jansen <t.jansen.berater@web.de>",
       _re("jansen", "AW: "),
       "Der Kunde möchte Sie kennenlernen – am Freitag um 13 Uhr per Video. Den Link schicke ich Ihnen morgen."),
    _c("de-j3", R, "de", "rejection", "address", "jansen", "Tobias Jansen <t.jansen.berater@web.de>",
       "Leider keine guten Nachrichten",
       "Hallo Robin, der Kunde hat sich leider anders entschieden. Ich halte Sie auf dem Laufenden, wenn sich "
       "etwas Neues ergibt."),
]

ES = [
    # --- tune: Olivar Digital (Lucía), Grupo Marea (RRHH), Cortés Talento (head-hunter on hotmail.es)
    _c("es-o1", T, "es", "interview", "thread", "olivar", "Lucía Mora <lucia.mora@olivardigital.es>",
       _re("olivar", "RE: "), "¡Perfecto! Te esperamos el miércoles a las 10. Pregunta por mí en recepción."),
    _c("es-o2", T, "es", "interview", "thread", "olivar", "Lucía Mora <lucia.mora@olivardigital.es>",
       _re("olivar"), "Hola Robin, aquí tienes el enlace para mañana: https://meet.olivar.example/ux\nUn saludo",
       chain=True),
    _c("es-o3", T, "es", "interview", "domain", "olivar", "Jaime Ruiz <jaime.ruiz@olivardigital.es>",
       "Referencias",
       "Hola Robin,\n\n¿Nos podrías pasar el contacto de dos personas con las que hayas trabajado? Nos gustaría "
       "hablar con ellas esta semana.\n\nGracias,\nJaime"),
    _c("es-o4", T, "es", "assessment", "address", "olivar", "Lucía Mora <lucia.mora@olivardigital.es>",
       "Un pequeño ejercicio",
       "Hola Robin, como hablamos, te mando un pequeño reto: rediseña la pantalla de pago que te adjunto y "
       "envíanosla antes del lunes. No te llevará más de dos horas."),
    _c("es-m1", T, "es", "assessment", "thread", "marea", "Grupo Marea RRHH <rrhh@grupomarea.com>",
       _re("marea", "RE: "),
       "Buenos días,\n\nLe enviamos el enlace a la prueba técnica, que deberá completar antes del viernes: "
       "https://marea.example/prueba\n\nAtentamente,\nRecursos Humanos"),
    _c("es-m2", T, "es", "interview", "domain", "marea", "Carmen Ibáñez <c.ibanez@grupomarea.com>",
       "Visita a planta",
       "Hola Robin, ¿le vendría bien pasar el jueves a las 12 por la planta de Getafe? Le enseñaríamos el "
       "laboratorio. Saludos, Carmen"),
    _c("es-m3", T, "es", "rejection", "domain", "marea", "Carmen Ibáñez <c.ibanez@grupomarea.com>",
       "Nuestra decisión",
       "Hola Robin, muchas gracias por su tiempo. Finalmente hemos optado por otra persona. Le deseamos mucha "
       "suerte."),
    _c("es-m4", T, "es", "application_ack", "subject", "marea", "Carmen I. <carmen.ibanez@telefonica.net>",
       _re("marea", "RE: "),
       "Buenas tardes, todavía no tenemos respuesta, le escribiremos en cuanto sepamos algo."),
    _c("es-c1", T, "es", "recruiter_outreach", "address", "cortes", "Alberto Cortés <a.cortes.talento@hotmail.es>",
       "¿Lo has pensado?",
       "Hola Robin, te escribo de nuevo por si no viste mi mensaje. Mi cliente sigue muy interesado en hablar "
       "contigo. ¿Tienes diez minutos mañana?"),
    _c("es-c2", T, "es", "interview", "thread", "cortes", "Alberto Cortés <a.cortes.talento@hotmail.es>",
       _re("cortes", "RE: "),
       "¡Buenas noticias! Quieren conocerte el lunes a las 11 en sus oficinas de la Castellana. ¿Te confirmo?",
       chain=True),
    _c("es-c3", T, "es", "rejection", "address", "cortes", "Alberto Cortés <a.cortes.talento@hotmail.es>",
       "Respuesta del cliente",
       "Robin, me han contestado: han preferido a alguien con más experiencia en el sector. Lo siento mucho, te "
       "tengo en cuenta para lo próximo."),
    _c("es-o5", T, "es", "offer", "domain", "olivar", "Marta Ledesma <marta@olivardigital.es>", "¡Buenas noticias!",
       "Hola Robin, nos encantaría que te unieras al equipo. Mañana te enviamos la propuesta por escrito; ¿cuándo "
       "podrías empezar?"),
    # --- report: Sierra Norte (Pablo), Cala Blanca (workday thread), Vidal (head-hunter on yahoo.es)
    _c("es-s1", R, "es", "interview", "thread", "sierra", "Pablo Gil <pablo.gil@sierranorte.tech>",
       _re("sierra", "RE: "), "Genial, quedamos el jueves a las 16:00. Te mando la invitación ahora."),
    _c("es-s2", R, "es", "assessment", "address", "sierra", "Pablo Gil <pablo.gil@sierranorte.tech>",
       "Un reto",
       "Hola Robin, te paso un pequeño reto técnico: carga el fichero adjunto, limpia los datos y cuéntanos en una "
       "página qué harías. Tienes hasta el martes."),
    _c("es-s3", R, "es", "interview", "domain", "sierra", "Elena Prieto <elena.prieto@sierranorte.tech>",
       "Café con el equipo",
       "Hola Robin, soy la responsable del equipo de datos. ¿Te apetece pasarte el miércoles por la tarde para "
       "conocernos? Elena"),
    _c("es-s4", R, "es", "offer", "domain", "sierra", "Elena Prieto <elena.prieto@sierranorte.tech>",
       "Bienvenida",
       "Robin, ¡queremos que formes parte del equipo! Esta semana te llegará la propuesta formal con las "
       "condiciones."),
    _c("es-c4", R, "es", "interview", "thread", "cala", "Cala Blanca Hoteles <calablanca@myworkday.com>",
       _re("cala", "RE: "),
       "Estimado/a Robin:\n\nLe confirmamos la cita del día 14 a las 9:30 en el Hotel Cala Blanca, recepción "
       "principal.\n\nUn cordial saludo", chain=True),
    _c("es-c5", R, "es", "interview", "domain", "cala", "Rosa Navarro <rosa.navarro@calablanca.es>", "Mañana",
       "Hola Robin, mañana te recibo yo. Trae el DNI y, si puedes, una copia de tu experiencia. Hasta mañana."),
    _c("es-c6", R, "es", "rejection", "thread", "cala", "Cala Blanca Hoteles <calablanca@myworkday.com>",
       _re("cala", "RE: "),
       "Estimado/a Robin:\n\nTras valorar todas las opciones, hemos decidido continuar con otra persona. Gracias "
       "por su tiempo."),
    _c("es-c7", R, "es", "application_ack", "subject", "cala", "Rosa <rosanavarro.cb@gmail.com>",
       _re("cala", "Re: "),
       "Hola Robin, seguimos valorando, en cuanto tengamos una decisión te aviso."),
    _c("es-v1", R, "es", "recruiter_outreach", "address", "vidal", "Nuria Vidal <nvidal.hh@yahoo.es>",
       "¿Seguimos?",
       "Buenos días Robin, ¿has podido pensar en lo que te comenté? El cliente sigue esperando tu respuesta."),
    _c("es-v2", R, "es", "interview", "thread", "vidal", "Nuria Vidal <nvidal.hh@yahoo.es>", _re("vidal", "RE: "),
       "El consejero delegado quiere verte el viernes a las 13 por videollamada. Te paso el enlace mañana."),
    _c("es-v3", R, "es", "application_ack", "address", "vidal", "Nuria Vidal <nvidal.hh@yahoo.es>",
       "Novedades",
       "Robin, solo para contarte que tu perfil ya está en manos del cliente. Me responderán la semana que viene."),
]

NL = [
    # --- tune: Dijkstra Data (Eva), Molenaar Bouw (HR), Visser Werving (recruiter on ziggo.nl)
    _c("nl-d1", T, "nl", "interview", "thread", "dijkstra", "Eva Smit <e.smit@dijkstradata.nl>", _re("dijkstra"),
       "Top, dan zie ik je woensdag om 10 uur. Meld je bij de receptie.\n\nEva"),
    _c("nl-d2", T, "nl", "interview", "thread", "dijkstra", "Eva Smit <e.smit@dijkstradata.nl>",
       _re("dijkstra", "Antw: "), "Hoi Robin, hier is de link voor morgen: https://meet.dijkstra.example/a1",
       chain=True),
    _c("nl-d3", T, "nl", "interview", "domain", "dijkstra", "Bas de Wit <bas@dijkstradata.nl>", "Referenties",
       "Hoi Robin,\n\nKun je ons twee referenties sturen met een telefoonnummer? Dan bellen we ze deze week nog."
       "\n\nGroet,\nBas"),
    _c("nl-d4", T, "nl", "assessment", "address", "dijkstra", "Eva Smit <e.smit@dijkstradata.nl>",
       "Kleine opdracht",
       "Hoi Robin, zoals beloofd een kleine opdracht: analyseer de bijgevoegde dataset en stuur ons uiterlijk "
       "maandag drie conclusies. Meer dan twee uur hoeft het niet te kosten."),
    _c("nl-m1", T, "nl", "interview", "thread", "molenaar", "Molenaar Bouw <hr@molenaarbouw.nl>",
       _re("molenaar", "Re: "),
       "Beste Robin,\n\nHierbij bevestigen we je afspraak op dinsdag om 14:00 op ons kantoor in Zwolle.\n\n"
       "Met vriendelijke groet,\nMolenaar Bouw"),
    _c("nl-m2", T, "nl", "offer", "domain", "molenaar", "Henk Molenaar <henk@molenaarbouw.nl>", "Goed nieuws",
       "Hoi Robin, we willen graag met je verder en je een contract aanbieden. Wanneer zou je kunnen beginnen?"),
    _c("nl-m3", T, "nl", "rejection", "domain", "molenaar", "Henk Molenaar <henk@molenaarbouw.nl>", "Terugkoppeling",
       "Beste Robin, bedankt voor je tijd. We hebben uiteindelijk voor iemand anders gekozen. Veel succes!"),
    _c("nl-m4", T, "nl", "application_ack", "subject", "molenaar", "Ingrid <ingrid.hr@hotmail.nl>",
       _re("molenaar", "RE: "),
       "Hoi Robin, we zijn er nog niet uit, je hoort uiterlijk volgende week vrijdag van ons."),
    _c("nl-v1", T, "nl", "recruiter_outreach", "address", "visser", "Ruud Visser <r.visser.werving@ziggo.nl>",
       "Even checken",
       "Hoi Robin, ik wilde even checken of je mijn vorige bericht had gezien. Mijn klant wil graag met je "
       "kennismaken. Heb je morgen tien minuten?"),
    _c("nl-v2", T, "nl", "interview", "thread", "visser", "Ruud Visser <r.visser.werving@ziggo.nl>",
       _re("visser", "Antw: "),
       "Goed nieuws: ze willen je maandag om 11 uur spreken op hun kantoor in Utrecht. Zal ik het bevestigen?",
       chain=True),
    _c("nl-v3", T, "nl", "rejection", "address", "visser", "Ruud Visser <r.visser.werving@ziggo.nl>",
       "Reactie van de klant",
       "Robin, de klant heeft helaas voor een andere kandidaat gekozen. Ik houd je op de hoogte als er iets "
       "nieuws langskomt."),
    _c("nl-v4", T, "nl", "application_ack", "address", "visser", "Ruud Visser <r.visser.werving@ziggo.nl>",
       "Stand van zaken",
       "Hoi Robin, je cv ligt bij de klant, ik verwacht volgende week een reactie."),
    # --- report: Polder Systems (Joost), Tulp Retail (recruitee thread), Dekker Search (recruiter on kpnmail.nl)
    _c("nl-p1", R, "nl", "interview", "thread", "polder", "Joost Bakker <j.bakker@poldersystems.com>",
       _re("polder"), "Prima, donderdag 16:00 staat. Ik stuur je zo een uitnodiging."),
    _c("nl-p2", R, "nl", "assessment", "address", "polder", "Joost Bakker <j.bakker@poldersystems.com>",
       "Programmeeropdracht",
       "Hoi Robin, hierbij een kleine opdracht: bouw een eenvoudige API volgens de bijlage en stuur ons de link "
       "naar je repository voor dinsdag."),
    _c("nl-p3", R, "nl", "interview", "domain", "polder", "Femke Jansen <femke@poldersystems.com>",
       "Koffie met het team",
       "Hoi Robin, ik ben teamlead bij Polder. Zin om volgende week een kop koffie te komen drinken met het "
       "team? Woensdagmiddag zou mooi zijn."),
    _c("nl-p4", R, "nl", "offer", "domain", "polder", "Femke Jansen <femke@poldersystems.com>", "Welkom!",
       "Robin, we willen je heel graag in ons team! Morgen ontvang je ons voorstel op papier."),
    _c("nl-t1", R, "nl", "interview", "thread", "tulp", "Tulp Retail <noreply@recruitee.com>",
       _re("tulp", "Re: "),
       "Beste Robin,\n\nWe bevestigen je afspraak op 14 maart om 9:30 in onze winkel aan de Grote Markt.\n\n"
       "Groet,\nTulp Retail", chain=True),
    _c("nl-t2", R, "nl", "interview", "domain", "tulp", "Sanne Vos <sanne.vos@tulpretail.nl>", "Morgen",
       "Hoi Robin, morgen ontvang ik je in de winkel. Neem je ID mee. Tot morgen!"),
    _c("nl-t3", R, "nl", "rejection", "thread", "tulp", "Tulp Retail <noreply@recruitee.com>",
       _re("tulp", "Re: "),
       "Beste Robin,\n\nNa zorgvuldige afweging hebben we besloten met iemand anders verder te gaan. Bedankt voor "
       "je tijd."),
    _c("nl-t4", R, "nl", "application_ack", "subject", "tulp", "Sanne <sannevos83@gmail.com>",
       _re("tulp", "Antw: "),
       "Hoi Robin, we zijn nog aan het afwegen, zodra er een besluit is hoor je het van mij."),
    _c("nl-k1", R, "nl", "recruiter_outreach", "address", "dekker", "Mirjam Dekker <m.dekker.search@kpnmail.nl>",
       "Nog interesse?",
       "Goedemorgen Robin, heb je al kunnen nadenken over mijn voorstel? Ik licht het graag telefonisch toe."),
    _c("nl-k2", R, "nl", "interview", "thread", "dekker", "Mirjam Dekker <m.dekker.search@kpnmail.nl>",
       _re("dekker", "Antw: "),
       "De directeur wil je vrijdag om 13 uur via video spreken. Ik stuur je morgen de link."),
    _c("nl-k3", R, "nl", "application_ack", "address", "dekker", "Mirjam Dekker <m.dekker.search@kpnmail.nl>",
       "Update",
       "Robin, even ter info: je profiel ligt nu bij de klant, ik hoor volgende week meer."),
]

# Negatives: every one is `other`. From the known companies' own domains (what a company sends everyone), from
# the free-mail and applicant-system domains known senders use (only their exact address is known), and from
# people the tracker does not know writing the same kind of terse note.
NEG = [
    # --- English, tune
    _c("en-x1", T, "en", "other", "domain", "quarry", "Quarry & Co Billing <billing@quarryandco.com>",
       "Your invoice QC-20931",
       "Hello,\n\nYour invoice for March is attached. Amount due: $240.00, payable by the 30th.\n\nQuarry & Co "
       "Accounts"),
    _c("en-x2", T, "en", "other", "domain", "fernhill", "Fernhill Labs <news@fernhill.io>",
       "What's new in Fernhill 3.2",
       "Faster sync, a dark mode and a new import wizard. Read the release notes on our blog. You are receiving "
       "this because you signed up for product news. Unsubscribe."),
    _c("en-x3", T, "en", "other", "none", "", "Alex Kim <alexkim88@gmail.com>", "Wednesday",
       "Confirmed, see you Wednesday at 10 for coffee. I'll bring the photos from the trip!"),
    _c("en-x4", T, "en", "other", "none", "", "Greenhouse <no-reply@greenhouse.io>", "Verify your email address",
       "Please confirm your email address by clicking the button below. This link expires in 24 hours."),
    _c("en-x5", T, "en", "other", "none", "", "Dr. Amy Fields Dental <appointments@fieldsdental.com>",
       "Here is the link for tomorrow",
       "Hi Robin, here is the link for tomorrow's video check-in with Dr. Fields at 10:30. Please join five "
       "minutes early."),
    _c("en-x6", T, "en", "other", "none", "", "Mum <jvale.family@gmail.com>", "Re: Tuesday",
       "Great, see you Tuesday at 6. Dad will pick you up from the station."),
    _c("en-x7", T, "en", "other", "domain", "quarry", "Quarry & Co Events <events@quarryandco.com>",
       "You're invited: Spring open house",
       "Join us on April 3 for drinks, demos and a talk from our founders. RSVP by March 28."),
    # --- English, report
    _c("en-x8", R, "en", "other", "domain", "brightline", "Brightline Health <care@brightlinehealth.com>",
       "Your appointment reminder",
       "This is a reminder of your appointment on Monday at 9:00 at Brightline Grove Street clinic. Reply C to "
       "confirm."),
    _c("en-x9", R, "en", "other", "domain", "oakmont", "Oakmont Analytics <newsletter@oakmont-analytics.com>",
       "The Oakmont Quarterly",
       "In this issue: three ways to cut dashboard load times, customer stories and our upcoming webinar."),
    _c("en-x10", R, "en", "other", "none", "", "Chris Dunn <chris.dunn@outlook.com>", "Saturday",
       "Hi Robin, could you send me two photos of the bike before Saturday? I'm keen to buy it."),
    _c("en-x11", R, "en", "other", "none", "", "Yoga Loft <hello@yogaloft.studio>", "Confirmed: Friday 9:30",
       "Your class on Friday at 9:30 is confirmed. Bring a mat and water. See you there!"),
    _c("en-x12", R, "en", "other", "domain", "lantern", "Lantern Robotics <store@lanternrobotics.ai>",
       "Order #88213 shipped", "Your Lantern Mini kit is on its way. Track your parcel with the link below."),
    _c("en-x13", R, "en", "other", "none", "", "Lever <no-reply@hire.lever.co>", "Your password was changed",
       "The password for your account was changed. If this wasn't you, reset it now."),
    # --- French
    _c("fr-x1", T, "fr", "other", "domain", "verne", "Atelier Verne <facturation@atelierverne.fr>",
       "Votre facture F-2031",
       "Bonjour,\n\nVeuillez trouver ci-joint votre facture du mois de mars. Montant : 180,00 €.\n\nService "
       "comptabilité"),
    _c("fr-x2", T, "fr", "other", "domain", "lumen", "Banque Lumen <info@banquelumen.fr>",
       "Votre relevé est disponible",
       "Votre relevé de compte de février est disponible dans votre espace client."),
    _c("fr-x3", T, "fr", "other", "none", "", "Léa <lea.fontaine@orange.fr>", "Jeudi",
       "C'est noté pour jeudi 10 h, on se retrouve au café en bas de chez toi !"),
    _c("fr-x4", T, "fr", "other", "none", "", "Cabinet Dr Morel <rdv@cabinet-morel.fr>", "Rappel de rendez-vous",
       "Rappel : votre rendez-vous est prévu demain à 9 h 15. Merci de prévenir en cas d'empêchement."),
    _c("fr-x5", T, "fr", "other", "none", "", "SmartRecruiters <noreply@smartrecruiters.com>",
       "Confirmez votre adresse e-mail", "Cliquez sur le lien ci-dessous pour confirmer votre adresse e-mail."),
    _c("fr-x6", R, "fr", "other", "domain", "cobalt", "Cobalt Conseil <lettre@cobalt-conseil.fr>",
       "La lettre de Cobalt — mars",
       "Au sommaire : nos analyses du marché, un retour sur notre conférence et les dates des prochains ateliers."),
    _c("fr-x7", R, "fr", "other", "domain", "rivage", "Maison Rivage <boutique@maisonrivage.com>",
       "Votre commande est prête",
       "Bonjour, votre commande n° 5521 est prête à être retirée en boutique. À bientôt !"),
    _c("fr-x8", R, "fr", "other", "none", "", "Marc <marc.dubois@gmail.com>", "Samedi",
       "Salut, pourrais-tu m'envoyer deux photos du canapé avant samedi ? Merci !"),
    _c("fr-x9", R, "fr", "other", "none", "", "Garage Central <contact@garage-central.fr>", "Voici le lien",
       "Bonjour, voici le lien pour suivre la réparation de votre véhicule. Il sera prêt demain."),
    # --- German
    _c("de-x1", T, "de", "other", "domain", "kranich", "Kranich Logistik <rechnung@kranich-logistik.de>",
       "Ihre Rechnung Nr. 4471",
       "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Ihre Rechnung für März. Betrag: 312,50 €."),
    _c("de-x2", T, "de", "other", "domain", "weber", "Weber & Söhne <newsletter@weber-soehne.de>",
       "Neuigkeiten aus der Werkstatt",
       "Unsere neue Möbelserie ist da! Entdecken Sie jetzt die Frühjahrsangebote in unserem Laden."),
    _c("de-x3", T, "de", "other", "none", "", "Anna <anna.schulz@gmx.de>", "Mittwoch",
       "Alles klar, dann bis Mittwoch um 10 Uhr im Café! Ich freu mich."),
    _c("de-x4", T, "de", "other", "none", "", "Praxis Dr. Brandt <termine@praxis-brandt.de>", "Ihr Termin morgen",
       "Hier der Link für die Videosprechstunde morgen um 10:30 Uhr."),
    _c("de-x5", R, "de", "other", "domain", "nordlicht", "Nordlicht Software <status@nordlicht.io>",
       "Wartungsarbeiten am Samstag",
       "Am Samstag zwischen 2 und 4 Uhr ist unser Dienst wegen Wartungsarbeiten nicht erreichbar."),
    _c("de-x6", R, "de", "other", "none", "", "personio <noreply@personio.de>", "Passwort zurücksetzen",
       "Sie haben angefordert, Ihr Passwort zurückzusetzen. Klicken Sie auf den folgenden Link."),
    _c("de-x7", R, "de", "other", "none", "", "Jens <jens.meier@web.de>", "Samstag",
       "Kannst du mir bis Samstag zwei Fotos vom Fahrrad schicken? Danke!"),
    _c("de-x8", R, "de", "other", "domain", "brunnen", "Brunnen AG <kundenservice@brunnen-ag.de>",
       "Ihre Bestellung", "Vielen Dank für Ihre Bestellung. Die Lieferung erfolgt in drei bis fünf Werktagen."),
    # --- Spanish
    _c("es-x1", T, "es", "other", "domain", "olivar", "Olivar Digital <facturas@olivardigital.es>",
       "Factura F-1182",
       "Hola,\n\nTe adjuntamos la factura correspondiente a marzo. Importe: 121,00 €."),
    _c("es-x2", T, "es", "other", "domain", "marea", "Grupo Marea <boletin@grupomarea.com>", "Boletín de marzo",
       "Novedades del grupo: nuevas instalaciones, premios de calidad y nuestra próxima jornada de puertas "
       "abiertas."),
    _c("es-x3", T, "es", "other", "none", "", "Paula <paula.rios@hotmail.es>", "Miércoles",
       "¡Perfecto! Nos vemos el miércoles a las 10 en la cafetería de siempre."),
    _c("es-x4", T, "es", "other", "none", "", "Clínica Dental Sol <citas@clinicasol.es>", "Su cita de mañana",
       "Le recordamos su cita de mañana a las 9:15. Aquí tiene el enlace para confirmarla."),
    _c("es-x5", R, "es", "other", "domain", "sierra", "Sierra Norte <noticias@sierranorte.tech>",
       "Nueva versión disponible",
       "La versión 4.1 de nuestra plataforma ya está disponible con mejoras de rendimiento."),
    _c("es-x6", R, "es", "other", "domain", "cala", "Cala Blanca Hoteles <reservas@calablanca.es>",
       "Confirmación de su reserva",
       "Su reserva para dos noches del 12 al 14 de abril está confirmada. ¡Le esperamos!"),
    _c("es-x7", R, "es", "other", "none", "", "Workday <noreply@myworkday.com>", "Código de verificación",
       "Su código de verificación es 482913. Caduca en diez minutos."),
    _c("es-x8", R, "es", "other", "none", "", "Jorge <jorge.lopez@yahoo.es>", "Sábado",
       "¿Me puedes mandar dos fotos de la bici antes del sábado? ¡Gracias!"),
    # --- Dutch
    _c("nl-x1", T, "nl", "other", "domain", "dijkstra", "Dijkstra Data <facturen@dijkstradata.nl>",
       "Factuur 2024-118",
       "Beste klant,\n\nIn de bijlage vindt u de factuur voor maart. Bedrag: € 95,00."),
    _c("nl-x2", T, "nl", "other", "domain", "molenaar", "Molenaar Bouw <nieuws@molenaarbouw.nl>",
       "Nieuwsbrief maart",
       "In deze nieuwsbrief: ons nieuwste project in Kampen en tips voor het onderhoud van uw kozijnen."),
    _c("nl-x3", T, "nl", "other", "none", "", "Lotte <lotte.devries@ziggo.nl>", "Woensdag",
       "Top, dan zie ik je woensdag om 10 uur bij het café!"),
    _c("nl-x4", T, "nl", "other", "none", "", "Tandarts Noord <afspraken@tandartsnoord.nl>",
       "Uw afspraak morgen", "Hier is de link voor het videoconsult van morgen om 10:30."),
    _c("nl-x5", R, "nl", "other", "domain", "polder", "Polder Systems <support@poldersystems.com>",
       "Uw ticket is opgelost", "Uw supportverzoek #5512 is gesloten. Laat ons weten hoe we het deden."),
    _c("nl-x6", R, "nl", "other", "domain", "tulp", "Tulp Retail <klantenservice@tulpretail.nl>",
       "Uw bestelling is verzonden", "Goed nieuws: uw bestelling is onderweg. Volg uw pakket via de link."),
    _c("nl-x7", R, "nl", "other", "none", "", "Recruitee <noreply@recruitee.com>", "Bevestig je e-mailadres",
       "Klik op de onderstaande link om je e-mailadres te bevestigen."),
    _c("nl-x8", R, "nl", "other", "none", "", "Pieter <pieter.hendriks@kpnmail.nl>", "Zaterdag",
       "Kun je me voor zaterdag twee foto's van de fiets sturen? Bedankt!"),
]

MORE = [
    _c("en-o5", R, "en", "interview", "thread", "oakmont", "Jordan Reyes <j.reyes@oakmont-analytics.com>",
       _re("oakmont"), "No rush - whenever you're ready, send over a couple of times that work next week.",
       chain=True),
    _c("fr-v5", T, "fr", "application_ack", "thread", "verne", "Claire Dupuis <claire.dupuis@atelierverne.fr>",
       _re("verne"), "Merci pour votre retour, je transmets à l'équipe et je reviens vers vous lundi."),
    _c("de-n5", R, "de", "interview", "thread", "nordlicht", "Lena Hoffmann <lena.hoffmann@nordlicht.io>",
       _re("nordlicht", "AW: "), "Kannst du auch am Freitag um 9? Dann wäre auch unser CTO dabei.", chain=True),
    _c("es-s5", R, "es", "interview", "subject", "sierra", "Pablo <pablogil.dev@gmail.com>", _re("sierra", "RE: "),
       "Hola Robin, ¿podrías mandarme dos referencias antes del viernes? Gracias."),
    _c("nl-d5", T, "nl", "interview", "thread", "dijkstra", "Eva Smit <e.smit@dijkstradata.nl>",
       _re("dijkstra", "Re: "), "Dank voor je uitwerking! We bespreken hem vrijdag samen, past 15:00?"),
    # Negatives, second batch: replies to a stranger's thread whose subject happens to be a kept one's, more mail
    # from the companies' own domains, strangers on the known senders' free-mail domains.
    _c("en-x14", T, "en", "other", "none", "", "Dave Ross <dave@rossbuilders.co.uk>", "Re: Next steps",
       "Hi Robin, the tiles arrive Monday, so we can start on the kitchen floor Tuesday at 8."),
    _c("en-x15", T, "en", "other", "none", "", "Sam Vale <samvale@gmail.com>", "Re: Chat this week?",
       "Sure, Thursday evening works. Call me after dinner?"),
    _c("en-x16", R, "en", "other", "none", "", "Helen Park <helen.park@hotmail.com>", "Re: Tuesday",
       "Lovely, Tuesday at 7 then. I'll book a table for four."),
    _c("en-x17", R, "en", "other", "domain", "oakmont", "Oakmont Analytics <billing@oakmont-analytics.com>",
       "Your trial ends in 3 days", "Upgrade now to keep your dashboards and saved queries."),
    _c("fr-x10", T, "fr", "other", "none", "", "Nathalie <nath.girard@orange.fr>", "Re: Rendez-vous jeudi",
       "Parfait pour jeudi, je réserve le restaurant pour 20 h."),
    _c("fr-x11", T, "fr", "other", "domain", "soline", "Groupe Soline <actualites@groupesoline.fr>",
       "Nos actualités", "Découvrez nos résultats annuels et notre nouvelle gamme de services aux entreprises."),
    _c("fr-x12", R, "fr", "other", "domain", "cobalt", "Cobalt Conseil <evenements@cobalt-conseil.fr>",
       "Invitation : petit-déjeuner clients",
       "Nous avons le plaisir de vous convier à notre petit-déjeuner clients le 15 avril à 8 h 30."),
    _c("de-x9", T, "de", "other", "domain", "kranich", "Kranich Logistik <versand@kranich-logistik.de>",
       "Lieferavis 88120", "Ihre Sendung wird morgen zwischen 8 und 12 Uhr zugestellt."),
    _c("de-x10", T, "de", "other", "none", "", "Malerbetrieb Kühn <info@maler-kuehn.de>", "AW: Nächste Schritte",
       "Guten Tag, wir können am Montag mit dem Streichen beginnen. Bitte räumen Sie den Flur frei."),
    _c("de-x11", R, "de", "other", "domain", "nordlicht", "Nordlicht Software <abo@nordlicht.io>",
       "Ihr Abo verlängert sich", "Ihr Jahresabo verlängert sich am 1. April automatisch um zwölf Monate."),
    _c("es-x9", T, "es", "other", "domain", "marea", "Grupo Marea <encuestas@grupomarea.com>",
       "Encuesta de satisfacción", "¿Qué le pareció nuestro servicio? Responda a tres preguntas y ayúdenos a mejorar."),
    _c("es-x10", T, "es", "other", "none", "", "Banco Ribera <avisos@bancoribera.es>", "RE: Siguiente paso",
       "Estimado cliente, para continuar con su solicitud de hipoteca firme el documento adjunto."),
    _c("es-x11", R, "es", "other", "domain", "sierra", "Sierra Norte <eventos@sierranorte.tech>",
       "Webinar: datos en tiempo real", "Apúntate a nuestro webinar del jueves a las 17:00. Plazas limitadas."),
    _c("nl-x9", T, "nl", "other", "none", "", "Aannemer Kok <info@kokbouw.nl>", "Re: Volgende stap",
       "Beste Robin, maandag leggen we de nieuwe vloer. We beginnen om 8 uur."),
    _c("nl-x10", T, "nl", "other", "domain", "dijkstra", "Dijkstra Data <events@dijkstradata.nl>",
       "Webinar: dashboards in een middag", "Schrijf je in voor ons gratis webinar op donderdag om 16:00."),
    _c("nl-x11", R, "nl", "other", "none", "", "Koen <koen.mulder@gmail.com>", "Re: Even bellen?",
       "Ja prima, bel me vanavond na achten."),
]

CASES = EN + FR + DE + ES + NL + NEG + MORE
HALVES = (T, R)


def cases(half: str | None = None) -> list[Case]:
    return [c for c in CASES if half is None or c.half == half]


def companies(half: str | None = None) -> list[Company]:
    return [c for c in COMPANIES if half is None or c.half == half]


def raw_message(case: Case, n: int) -> bytes:
    """The message as it arrives: RFC 822 bytes, with the thread headers its `via` gives it."""
    msg = EmailMessage()
    msg["From"] = case.sender
    msg["To"] = ME
    msg["Subject"] = case.subject
    msg["Date"] = format_datetime(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=n))
    msg["Message-ID"] = f"<{case.id}.{n}@context.example>"
    if case.via == "thread":
        kept = BY_KEY[case.company].kept_id
        if case.chain:
            mine = f"<reply-{case.id}@example.org>"
            msg["In-Reply-To"] = mine
            msg["References"] = f"{kept} {mine}"
        else:
            msg["In-Reply-To"] = kept
            msg["References"] = kept
    msg.set_content(case.body)
    return bytes(msg)


def write_mbox(rows: list[Case], path) -> None:
    with open(path, "wb") as fh:
        for n, case in enumerate(rows):
            raw = raw_message(case, n).replace(b"\r\n", b"\n")
            body = b"\n".join((b">" + line if line.startswith(b"From ") else line) for line in raw.split(b"\n"))
            fh.write(b"From context@example Mon Mar  2 09:00:00 2026\n" + body.rstrip(b"\n") + b"\n\n")
