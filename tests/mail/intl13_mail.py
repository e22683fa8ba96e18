"""A fourteenth set of mail, French and German with a smaller Spanish and Dutch part (`bench/mail_heldout.py --set
intl13`), written for this project (fourteenth session) by other writers than the earlier sets
(tests/mail/heldout_mail.py, writers_mail.py, intl3_mail.py to intl12_mail.py): several writers per kind, so the
tune and report halves share kinds of mail but not wording. None of it comes from a data set or a real inbox; every
sender, company and person is invented.

Job-search mail of every label — rejections, acknowledgements, interview invitations (and interviews moved to
another day), assessments, offers, recruiter approaches, job-board alerts and withdrawals confirmed (`other`) — from
large firms' applicant systems, small firms, public employers, temping agencies and headhunters in France, Belgium,
Switzerland, Québec, Germany, Austria, Spain, Mexico, the Netherlands and Flanders, formal and informal.

About two fifths of each language is everyday and business mail that uses the same words in another sense: a
colleague putting off a meeting ("können wir den Termin verschieben?", « on décale le point ? »), a doctor's or a
garage's appointment, a supplier's offer (Angebot, offre commerciale, oferta, offerte), a place in a text ("an
dieser Stelle im Text"), an accounting entry (« poste comptable »), a phone or insurance contract, an annual review
with one's own manager (« entretien annuel », Mitarbeitergespräch), a club's or a building's meeting.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the code) or `report` (only counted,
at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl13` refuses to show its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- French job mail, tune
    # a Lyon retail chain's applicant system
    "fr13_enseigne_lyon": Writer(
        "tune", "fr", "Maison Verdier Recrutement <jobs@maisonverdier.recrutsys.example>", "html-utf8",
        "Bonjour Camille,", "L'équipe Recrutement\nMaison Verdier",
        "Merci de ne pas répondre à ce courriel généré automatiquement."),
    # an Angers joinery, informal
    "fr13_menuiserie_angers": Writer(
        "tune", "fr", "Bruno Lechat <bruno@menuiserie-lechat.example.fr>", "phone-flowed",
        "Bonjour Camille,", "Bruno\nMenuiserie Lechat\n\nEnvoyé depuis mon mobile"),
    # a town hall in Brittany
    "fr13_mairie_vannes": Writer(
        "tune", "fr", "Mairie de Kerlann – Ressources humaines <rh@kerlann.example.fr>", "outlook-qp",
        "Madame,", "Pour le Maire et par délégation,\nLa Directrice des ressources humaines"),
    # a temping agency in Lille
    "fr13_interim_lille": Writer(
        "tune", "fr", "Intérim Nord Services <agence.lille@ins-interim.example.fr>", "gmail-utf8",
        "Bonjour Camille,", "Bonne journée,\nAurélie Dufour\nChargée de recrutement · Intérim Nord Services"),
    # a Brussels headhunter
    "fr13_be_chasseur": Writer(
        "tune", "fr", "Grégoire Van Damme <gvd@sablon-search.example.be>", "cp1252-apple",
        "Chère Madame Roussel,", "Bien à vous,\nGrégoire Van Damme\nSablon Search"),
    # a job board's alerts
    "fr13_jobboard": Writer(
        "tune", "fr", "EmploiPlus Alertes <alertes@emploiplus.example.fr>", "html-utf8",
        "Bonjour Camille,", "L'équipe EmploiPlus",
        "Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : emploiplus.example.fr/alertes"),
    # ---- French job mail, report
    # a Paris bank's applicant system
    "fr13_banque_ats": Writer(
        "report", "fr", "Banque Sévigné – Carrières <carrieres@sevigne.talentportal.example>", "multipart-b64",
        "Madame Roussel,", "La Direction du recrutement\nBanque Sévigné",
        "Cet e-mail vous est adressé suite à votre candidature sur notre site carrières."),
    # a Québec municipality
    "fr13_qc_ville": Writer(
        "report", "fr", "Ville de Saint-Aubin-des-Monts – Dotation <dotation@staubin.example.ca>", "outlook-qp",
        "Bonjour madame Roussel,", "Veuillez agréer nos salutations distinguées,\nService de la dotation"),
    # a Geneva canton office
    "fr13_ch_canton": Writer(
        "report", "fr", "Office du personnel de l'État <recrutement@etat-leman.example.ch>", "latin1-plain",
        "Madame,", "Avec nos meilleures salutations\nOffice du personnel de l'État"),
    # a landscaping firm in Provence, informal
    "fr13_paysagiste": Writer(
        "report", "fr", "Jardins du Luberon <contact@jardins-luberon.example.fr>", "gmail-utf8",
        "Bonjour Camille,", "À bientôt,\nMarc Olivieri\nJardins du Luberon"),
    # a Paris recruitment firm
    "fr13_cabinet_paris": Writer(
        "report", "fr", "Inès Marchal – Hexa Talents <ines.marchal@hexatalents.example.fr>", "outlook-qp",
        "Bonjour Camille,", "Belle fin de journée,\nInès Marchal\nConsultante senior · Hexa Talents"),
    # a Nantes start-up saying « tu »
    "fr13_startup_nantes": Writer(
        "report", "fr", "Théo Gaillard <theo@kelpio.example.io>", "gmail-utf8",
        "Salut Camille,", "Théo\nCTO · Kelpio"),
    # ---- French, not about a job, tune
    # a colleague moving a meeting
    "fr13_collegue_point": Writer(
        "tune", "fr", "Julien Perrin <julien.perrin@atelier-conseil.example.fr>", "outlook-qp",
        "Salut Camille,", "Julien"),
    # a doctor's surgery
    "fr13_cabinet_medical": Writer(
        "tune", "fr", "Cabinet médical des Tilleuls <secretariat@cm-tilleuls.example.fr>", "ascii",
        "Madame,", "Le secrétariat du cabinet"),
    # a supplier's sales offer
    "fr13_fournisseur_bureau": Writer(
        "tune", "fr", "Paul Henriot – Bureau Direct <p.henriot@bureaudirect.example.fr>", "html-utf8",
        "Bonjour Madame Roussel,", "Commercialement,\nPaul Henriot\nBureau Direct"),
    # the reader's accountant
    "fr13_expert_comptable": Writer(
        "tune", "fr", "Cabinet Audibert – Expertise comptable <m.audibert@audibert-expert.example.fr>", "outlook-qp",
        "Bonjour Camille,", "Cordialement,\nMarion Audibert"),
    # the reader's own HR department (annual review)
    "fr13_rh_interne": Writer(
        "tune", "fr", "RH Atelier Conseil <rh@atelier-conseil.example.fr>", "html-utf8",
        "Bonjour à toutes et à tous,", "L'équipe RH"),
    # ---- French, not about a job, report
    # a building's managing agent
    "fr13_syndic": Writer(
        "report", "fr", "Syndic Foncia-Lamarck <gestion@lamarck-syndic.example.fr>", "latin1-plain",
        "Madame,", "Votre gestionnaire de copropriété"),
    # a garage
    "fr13_garage": Writer(
        "report", "fr", "Garage du Centre <atelier@garageducentre.example.fr>", "gmail-utf8",
        "Bonjour Mme Roussel,", "L'atelier"),
    # a phone operator
    "fr13_operateur": Writer(
        "report", "fr", "Orbis Mobile – Service clients <service.client@orbis-mobile.example.fr>", "html-cp1252",
        "Chère cliente,", "Le service clients Orbis Mobile"),
    # the reader's manager
    "fr13_manager": Writer(
        "report", "fr", "Sophie Caradec <s.caradec@lumen-industries.example.fr>", "outlook-qp",
        "Bonjour Camille,", "Sophie"),
    # a bank adviser
    "fr13_banque_conseil": Writer(
        "report", "fr", "Caisse Populaire du Val – Votre conseillère <conseil@cpval.example.fr>", "multipart-b64",
        "Madame Roussel,", "Votre conseillère, Agnès Morin"),
    # ---- German job mail, tune
    # a Munich engineering group's applicant system
    "de13_konzern_ats": Writer(
        "tune", "de", "Isarwerk Karriere <noreply@isarwerk.bewerbersys.example>", "html-utf8",
        "Sehr geehrte Frau Vogt,", "Ihr Talent-Acquisition-Team\nIsarwerk SE",
        "Diese Nachricht wurde automatisch versandt. Antworten an diese Adresse werden nicht gelesen."),
    # a carpenter's workshop, informal
    "de13_schreinerei": Writer(
        "tune", "de", "Schreinerei Maurer <info@schreinerei-maurer.example.de>", "phone-flowed",
        "Hallo Frau Vogt,", "Gruß\nThomas Maurer\n\nGesendet von meinem Smartphone"),
    # a district office
    "de13_landratsamt": Writer(
        "tune", "de", "Landratsamt Oberhain – Personal <personal@lra-oberhain.example.de>", "latin1-plain",
        "Sehr geehrte Frau Vogt,", "Mit freundlichen Grüßen\nIm Auftrag\nB. Stöckl\nSachgebiet Personal"),
    # a temping agency
    "de13_zeitarbeit": Writer(
        "tune", "de", "Personal Plus Dortmund <dortmund@personalplus.example.de>", "gmail-utf8",
        "Hallo Frau Vogt,", "Viele Grüße\nKerstin Adams\nPersonaldisponentin"),
    # a Vienna headhunter
    "de13_at_headhunter": Writer(
        "tune", "de", "Mag. Stefan Wurzer <wurzer@donau-executive.example.at>", "outlook-qp",
        "Sehr geehrte Frau Vogt,", "Mit besten Grüßen\nStefan Wurzer\nDonau Executive Search"),
    # a job board's alerts
    "de13_jobboard": Writer(
        "tune", "de", "Jobfinder Benachrichtigung <alerts@jobfinder.example.de>", "html-utf8",
        "Hallo Jana,", "Dein Jobfinder-Team",
        "Du erhältst diese E-Mail, weil du einen Suchauftrag angelegt hast. Abmelden: jobfinder.example.de/abo"),
    # ---- German job mail, report
    # a Cologne insurer's applicant system
    "de13_versicherung_ats": Writer(
        "report", "de", "Rheinland Versicherung – Karriere <karriere@rheinland-vers.jobportal.example>",
        "multipart-b64", "Sehr geehrte Frau Vogt,", "Freundliche Grüße\nIhr Recruiting-Team",
        "Sie erhalten diese E-Mail im Rahmen Ihrer Bewerbung über unser Karriereportal."),
    # a Swiss canton
    "de13_ch_kanton": Writer(
        "report", "de", "Kanton Thurland – Personalamt <personalamt@thurland.example.ch>", "html-cp1252",
        "Sehr geehrte Frau Vogt", "Freundliche Grüsse\nPersonalamt Kanton Thurland"),
    # a doctor's practice hiring
    "de13_praxis": Writer(
        "report", "de", "Praxis Dr. Lindner <praxis@dr-lindner.example.de>", "gmail-utf8",
        "Liebe Frau Vogt,", "Herzliche Grüße\nDr. Katrin Lindner"),
    # a Vienna start-up saying "du"
    "de13_at_startup": Writer(
        "report", "de", "Lukas Hofbauer <lukas@kraftwerk-labs.example.at>", "phone-flowed",
        "Servus Jana,", "Lukas\nKraftwerk Labs"),
    # a Berlin recruiter
    "de13_recruiter_berlin": Writer(
        "report", "de", "Nele Brandt <nele.brandt@spree-talents.example.de>", "outlook-qp",
        "Hallo Frau Vogt,", "Beste Grüße\nNele Brandt\nSpree Talents GmbH"),
    # another job board
    "de13_jobboard2": Writer(
        "report", "de", "Stellenmarkt Süd <service@stellenmarkt-sued.example.de>", "html-cp1252",
        "Guten Tag Frau Vogt,", "Ihr Stellenmarkt Süd",
        "Diese Benachrichtigung können Sie in Ihrem Konto jederzeit abbestellen."),
    # ---- German, not about a job, tune
    # a colleague moving a meeting
    "de13_kollege": Writer(
        "tune", "de", "Markus Jäger <markus.jaeger@nordlicht-software.example.de>", "outlook-qp",
        "Hallo Jana,", "Gruß\nMarkus"),
    # a dentist's practice
    "de13_zahnarzt": Writer(
        "tune", "de", "Zahnarztpraxis am Markt <termine@zahnarzt-am-markt.example.de>", "ascii",
        "Sehr geehrte Frau Vogt,", "Ihr Praxisteam"),
    # a supplier's offer
    "de13_lieferant": Writer(
        "tune", "de", "Sven Ott – Bürowelt Ott <s.ott@buerowelt-ott.example.de>", "html-utf8",
        "Sehr geehrte Frau Vogt,", "Mit freundlichen Grüßen\nSven Ott\nVertrieb · Bürowelt Ott"),
    # an editor on a manuscript
    "de13_lektorat": Writer(
        "tune", "de", "Dr. Ulrike Seidel <seidel@verlag-seidel.example.de>", "gmail-utf8",
        "Liebe Frau Vogt,", "Herzlich\nUlrike Seidel"),
    # the reader's manager (annual review)
    "de13_chefin": Writer(
        "tune", "de", "Claudia Wendt <claudia.wendt@nordlicht-software.example.de>", "outlook-qp",
        "Hallo Jana,", "Viele Grüße\nClaudia"),
    # a plumber's appointment
    "de13_installateur": Writer(
        "tune", "de", "Haustechnik Kühn <auftrag@haustechnik-kuehn.example.de>", "latin1-plain",
        "Guten Tag Frau Vogt,", "Freundliche Grüße\nHaustechnik Kühn"),
    # ---- German, not about a job, report
    # a club's board
    "de13_verein": Writer(
        "report", "de", "Gartenfreunde Lindenhof e.V. <vorstand@gartenfreunde-lindenhof.example.de>", "gmail-utf8",
        "Liebe Jana,", "Viele Grüße\nDer Vorstand"),
    # a client on a project
    "de13_kunde": Writer(
        "report", "de", "Oliver Krause <o.krause@hansa-moebel.example.de>", "outlook-qp",
        "Hallo Frau Vogt,", "Beste Grüße\nOliver Krause\nEinkauf · Hansa Möbel"),
    # a phone company
    "de13_mobilfunk": Writer(
        "report", "de", "Funkstern Kundenservice <service@funkstern.example.de>", "html-cp1252",
        "Liebe Kundin,", "Ihr Funkstern-Team"),
    # a friend
    "de13_freundin": Writer(
        "report", "de", "Svenja <svenja.k@example.net>", "phone-flowed",
        "Hi Jana,", "Bussi, Svenja"),
    # a tax adviser
    "de13_steuerberater": Writer(
        "report", "de", "Steuerkanzlei Albrecht <kanzlei@stb-albrecht.example.at>", "multipart-b64",
        "Sehr geehrte Frau Vogt,", "Mit freundlichen Grüßen\nMag. Peter Albrecht"),
    # ---- Spanish
    "es13_ats_madrid": Writer(
        "tune", "es", "Grupo Castellana – Talento <talento@castellana.reclutasys.example>", "html-utf8",
        "Hola Lucía:", "Equipo de Talento\nGrupo Castellana",
        "Este mensaje se ha generado automáticamente; por favor, no respondas."),
    "es13_pyme_monterrey": Writer(
        "tune", "es", "Rodrigo Elizondo <rodrigo@elizondo-logistica.example.mx>", "gmail-utf8",
        "Hola Lucía,", "Saludos,\nRodrigo Elizondo\nElizondo Logística"),
    "es13_ett_valencia": Writer(
        "report", "es", "Levante Empleo ETT <seleccion@levante-ett.example.es>", "outlook-qp",
        "Buenos días, Lucía:", "Un saludo,\nMarta Ferrer\nDepartamento de Selección"),
    "es13_hospital": Writer(
        "report", "es", "Hospital San Rafael – RR. HH. <rrhh@hsanrafael.example.es>", "latin1-plain",
        "Estimada Sra. Ortega:", "Atentamente,\nRecursos Humanos"),
    "es13_companero": Writer(
        "tune", "es", "Álvaro Nieto <alvaro.nieto@soluciones-ibex.example.es>", "outlook-qp",
        "Hola Lucía,", "Álvaro"),
    "es13_proveedor": Writer(
        "tune", "es", "Clara Benítez – Papelería Sur <ventas@papeleriasur.example.es>", "html-utf8",
        "Estimada Lucía:", "Un saludo,\nClara Benítez\nComercial"),
    "es13_clinica": Writer(
        "report", "es", "Clínica Dental Sonrisa <citas@clinicasonrisa.example.es>", "ascii",
        "Hola Lucía,", "Clínica Dental Sonrisa"),
    "es13_jefa": Writer(
        "report", "es", "Beatriz Lozano <beatriz.lozano@soluciones-ibex.example.es>", "gmail-utf8",
        "Hola Lucía,", "Bea"),
    # ---- Dutch
    "nl13_ats_utrecht": Writer(
        "tune", "nl", "Van Oord Zorggroep – Werving <werving@vanoordzorg.sollicitsys.example>", "html-utf8",
        "Beste Femke,", "Team Werving & Selectie\nVan Oord Zorggroep",
        "Dit is een automatisch verzonden bericht; je kunt hier niet op antwoorden."),
    "nl13_be_kmo": Writer(
        "tune", "nl", "Pieter Claes <pieter@claes-techniek.example.be>", "gmail-utf8",
        "Dag Femke,", "Groeten,\nPieter Claes\nClaes Techniek bv"),
    "nl13_gemeente": Writer(
        "report", "nl", "Gemeente Waterland-Oost – P&O <po@waterland-oost.example.nl>", "outlook-qp",
        "Geachte mevrouw De Wit,", "Met vriendelijke groet,\nAfdeling P&O"),
    "nl13_bureau": Writer(
        "report", "nl", "Joost Mulder <joost@mulder-werving.example.nl>", "phone-flowed",
        "Hoi Femke,", "Joost\nMulder Werving & Selectie"),
    "nl13_collega": Writer(
        "tune", "nl", "Daan Visser <daan.visser@kanaal-it.example.nl>", "outlook-qp",
        "Hoi Femke,", "Groet,\nDaan"),
    "nl13_leverancier": Writer(
        "tune", "nl", "Ruben Smit – Kantoorgemak <r.smit@kantoorgemak.example.nl>", "html-utf8",
        "Beste mevrouw De Wit,", "Met vriendelijke groet,\nRuben Smit\nAccountmanager"),
    "nl13_tandarts": Writer(
        "report", "nl", "Tandartspraktijk De Linde <afspraken@tandarts-delinde.example.nl>", "ascii",
        "Beste mevrouw De Wit,", "Tandartspraktijk De Linde"),
    "nl13_manager": Writer(
        "report", "nl", "Ilse Bos <ilse.bos@kanaal-it.example.nl>", "gmail-utf8",
        "Hoi Femke,", "Groetjes,\nIlse"),
}

CORES: list[tuple[str, str, str, str, str]] = [
    # ================= French job mail, tune =================
    ("fr13_enseigne_lyon", "application_ack", "accuse",
     "Nous avons bien reçu votre candidature – Responsable de rayon (H/F)",
     "Merci pour votre candidature au poste de responsable de rayon à Villeurbanne. Elle a bien été enregistrée "
     "et sera étudiée par notre équipe dans les meilleurs délais."),
    ("fr13_enseigne_lyon", "interview", "entretien_magasin",
     "Votre candidature – Responsable de rayon : entretien",
     "Votre candidature a retenu notre attention. Nous vous proposons un entretien avec le directeur du magasin "
     "le mardi 18 à 10h. Merci de confirmer votre présence via votre espace candidat."),
    ("fr13_enseigne_lyon", "interview", "entretien_decale",
     "Modification de votre entretien – Responsable de rayon",
     "En raison d'un empêchement du directeur, votre entretien de mardi est reporté au jeudi 20 à 14h, même "
     "adresse. Nous vous prions de nous excuser pour ce changement."),
    ("fr13_enseigne_lyon", "rejection", "refus",
     "Suite donnée à votre candidature",
     "Nous vous remercions de l'intérêt que vous portez à Maison Verdier. Après examen de votre dossier, nous ne "
     "sommes malheureusement pas en mesure de retenir votre candidature pour ce poste."),
    ("fr13_menuiserie_angers", "interview", "passer_atelier",
     "Re: candidature poseuse",
     "Merci pour votre CV. Vous pouvez passer à l'atelier vendredi vers 8h pour qu'on discute du poste ? On "
     "regardera ensemble le planning des chantiers."),
    ("fr13_menuiserie_angers", "interview", "decaler",
     "Re: Re: candidature poseuse",
     "Je suis coincé sur un chantier vendredi, on peut décaler notre rendez-vous à lundi même heure ? Désolé "
     "pour le contretemps."),
    ("fr13_menuiserie_angers", "offer", "embauche",
     "Re: poste de poseuse",
     "C'est bon pour moi, je vous prends à l'essai à partir du 3. On fera le contrat ensemble lundi matin à "
     "l'atelier."),
    ("fr13_mairie_vannes", "application_ack", "recevabilite",
     "Candidature au poste d'agent administratif",
     "Nous accusons réception de votre candidature au poste d'agent administratif (catégorie C) au service "
     "urbanisme. Le jury se réunira à l'issue de la date limite de dépôt."),
    ("fr13_mairie_vannes", "assessment", "epreuve",
     "Recrutement agent administratif – épreuve écrite",
     "Votre candidature ayant été présélectionnée, vous êtes convoquée à une épreuve écrite de mise en "
     "situation le lundi 24 à 9h en mairie. Durée : 1h30."),
    ("fr13_mairie_vannes", "rejection", "jury",
     "Recrutement agent administratif – résultat",
     "À l'issue des entretiens, le jury a arrêté son choix sur une autre candidate. Nous regrettons de ne "
     "pouvoir donner une suite favorable à votre candidature et vous remercions de votre participation."),
    ("fr13_interim_lille", "recruiter_outreach", "mission",
     "Mission de préparatrice de commandes – Seclin",
     "J'ai vu votre profil sur notre base et j'ai une mission de trois mois qui pourrait vous intéresser, en "
     "horaires de journée. Vous êtes disponible pour un appel rapide ?"),
    ("fr13_interim_lille", "interview", "rdv_agence",
     "Rendez-vous à l'agence",
     "Suite à notre appel, je vous propose un rendez-vous d'inscription à l'agence mercredi à 11h pour "
     "présenter votre candidature au client. Pensez à apporter votre carte vitale et un RIB."),
    ("fr13_interim_lille", "offer", "contrat_mission",
     "Votre contrat de mission",
     "Bonne nouvelle, le client vous a retenue pour la mission ! Votre contrat de mission est disponible sur "
     "votre espace intérimaire, vous commencez lundi 6h."),
    ("fr13_be_chasseur", "recruiter_outreach", "approche",
     "Une opportunité de direction financière",
     "Je me permets de vous contacter de manière confidentielle : un groupe familial bruxellois m'a confié la "
     "recherche de son futur directeur financier, et votre parcours correspond très bien. Seriez-vous ouverte "
     "à un premier échange ?"),
    ("fr13_be_chasseur", "interview", "client",
     "Re: Une opportunité de direction financière",
     "Merci pour notre conversation. Le président du groupe souhaite vous rencontrer le 14 à 17h dans nos "
     "bureaux de l'avenue Louise. Cela vous conviendrait-il ?"),
    ("fr13_be_chasseur", "rejection", "client_autre",
     "Re: Direction financière – point",
     "Je reviens vers vous après la décision du client : il a finalement choisi un candidat interne. Je le "
     "regrette sincèrement, votre candidature était très solide, et je ne manquerai pas de vous recontacter."),
    ("fr13_jobboard", "other", "alerte",
     "12 nouvelles offres pour « comptable » à Lyon",
     "Voici les offres d'emploi publiées cette semaine qui correspondent à votre alerte : comptable "
     "fournisseurs (CDI), assistante comptable (CDD), comptable unique (temps partiel). Postulez en un clic."),
    ("fr13_jobboard", "other", "profil_vu",
     "Votre CV a été consulté 4 fois",
     "Des recruteurs ont consulté votre CV cette semaine. Mettez votre profil à jour pour apparaître plus haut "
     "dans les résultats."),
    # ================= French job mail, report =================
    ("fr13_banque_ats", "application_ack", "reception",
     "Accusé de réception – Analyste risques (réf. BS-4410)",
     "Nous vous confirmons la bonne réception de votre candidature au poste d'analyste risques. Si votre profil "
     "correspond à nos attentes, un membre de l'équipe recrutement prendra contact avec vous."),
    ("fr13_banque_ats", "assessment", "tests",
     "Analyste risques – tests en ligne",
     "Nous avons le plaisir de vous inviter à passer nos tests d'aptitude numérique et verbale en ligne. Vous "
     "disposez de sept jours pour les compléter."),
    ("fr13_banque_ats", "rejection", "refus",
     "Votre candidature chez Banque Sévigné",
     "Nous vous remercions pour le temps consacré à notre processus. Nous avons le regret de vous annoncer que "
     "nous ne donnerons pas suite à votre candidature ; d'autres profils correspondaient davantage aux exigences "
     "du poste."),
    ("fr13_banque_ats", "interview", "entretien_report",
     "Report de votre entretien – réf. BS-4410",
     "Votre entretien avec la responsable du pôle risques, initialement prévu le 9, doit être déplacé. Merci de "
     "choisir un nouveau créneau via le lien ci-dessous."),
    ("fr13_qc_ville", "application_ack", "reception",
     "Concours 2025-118 – Préposée aux travaux publics",
     "Nous avons bien reçu votre candidature. Prenez note que seules les personnes retenues pour la suite du "
     "processus seront contactées."),
    ("fr13_qc_ville", "interview", "entrevue",
     "Concours 2025-118 – Convocation en entrevue",
     "Nous avons le plaisir de vous convoquer à une entrevue de sélection le 22 à 13 h 30 à l'hôtel de ville, "
     "salle du conseil. Veuillez confirmer votre présence par retour de courriel."),
    ("fr13_qc_ville", "offer", "embauche",
     "Concours 2025-118 – Offre d'embauche",
     "Nous avons le plaisir de vous offrir le poste de préposée aux travaux publics, statut temporaire, à "
     "compter du 2 juin. Votre lettre d'embauche est jointe."),
    ("fr13_ch_canton", "rejection", "refus",
     "Votre postulation – Collaboratrice scientifique 80 %",
     "Nous accusons réception de votre postulation et vous en remercions. Après un examen attentif, nous devons "
     "malheureusement vous informer que votre dossier n'a pas été retenu pour la suite de la procédure."),
    ("fr13_ch_canton", "assessment", "assessment",
     "Procédure de recrutement – journée d'évaluation",
     "Vous êtes invitée à une journée d'évaluation (mise en situation et exercice de rédaction) le 11 dès 8h30 à "
     "l'Office du personnel."),
    ("fr13_paysagiste", "interview", "essai",
     "Re: Candidature jardinière",
     "Merci pour ta candidature ! On peut se voir jeudi sur le chantier à Gordes pour en parler ? Tu me dis si "
     "ça te va."),
    ("fr13_paysagiste", "rejection", "autre",
     "Re: Candidature jardinière",
     "Je te remercie d'être passée. Finalement on a pris quelqu'un qui habite à côté et qui connaît déjà nos "
     "chantiers. Bonne chance pour la suite !"),
    ("fr13_cabinet_paris", "recruiter_outreach", "approche",
     "Votre profil de contrôleuse de gestion",
     "Je suis tombée sur votre profil et je pense qu'il correspond à un poste que je recrute pour un client dans "
     "l'agroalimentaire. Auriez-vous un moment cette semaine pour en parler ?"),
    ("fr13_cabinet_paris", "interview", "client_rencontre",
     "Rencontre avec mon client",
     "Mon client aimerait vous rencontrer pour un entretien mardi à 9h30 à Rungis, avec la DAF. Je vous envoie "
     "le descriptif du poste en pièce jointe."),
    ("fr13_cabinet_paris", "offer", "proposition",
     "Proposition de mon client",
     "Très bonne nouvelle : mon client souhaite vous faire une proposition d'embauche en CDI, 52 k€ fixes plus "
     "variable. La promesse d'embauche vous sera envoyée demain."),
    ("fr13_startup_nantes", "assessment", "exercice",
     "Petit exercice",
     "Comme promis, voici le petit exercice technique : tu as 3 jours, pas besoin d'y passer plus de 4 h. Envoie "
     "juste le lien du repo quand c'est fini."),
    ("fr13_startup_nantes", "interview", "decale",
     "Re: Petit exercice",
     "Top ton rendu ! On voulait se voir mardi mais j'ai un imprévu, on décale l'entretien à mercredi 15h ? "
     "L'équipe sera là au complet."),
    ("fr13_startup_nantes", "other", "retrait",
     "Re: Ma candidature",
     "Pas de souci, je comprends tout à fait, je retire ta candidature du processus. Bonne continuation dans ton "
     "nouveau poste !"),
    # ================= French, not about a job, tune =================
    ("fr13_collegue_point", "other", "point_decale",
     "Point projet de mardi",
     "Je dois annuler notre point de mardi, j'ai un comité client qui tombe en même temps. On peut le décaler à "
     "jeudi 10h ? Sinon dis-moi ce qui t'arrange."),
    ("fr13_collegue_point", "other", "reunion",
     "Réunion de lancement – ordre du jour",
     "Voici l'ordre du jour de la réunion de lancement de lundi : planning, budget, rôles de chacun. Le client "
     "souhaite qu'on lui présente une première offre de service d'ici fin du mois."),
    ("fr13_collegue_point", "other", "entretien_client",
     "Entretiens utilisateurs",
     "Pour l'étude, on a calé trois entretiens avec des utilisateurs du client mercredi. Tu peux prendre celui "
     "de 14h ? Je t'envoie la grille d'entretien."),
    ("fr13_cabinet_medical", "other", "rdv_deplace",
     "Votre rendez-vous du 12",
     "Le docteur Lemaire etant absent le 12, nous devons deplacer votre rendez-vous. Nous vous proposons le 15 a "
     "9h20. Merci de nous confirmer par retour de mail."),
    ("fr13_cabinet_medical", "other", "rappel",
     "Rappel de rendez-vous",
     "Nous vous rappelons votre rendez-vous demain a 17h40 avec le docteur Faure. En cas d'empechement, merci de "
     "prevenir au moins 24 heures a l'avance."),
    ("fr13_fournisseur_bureau", "other", "offre_commerciale",
     "Notre offre commerciale – mobilier de bureau",
     "Suite à notre rendez-vous de mardi, je vous adresse notre offre commerciale pour l'aménagement de votre "
     "plateau : 24 postes de travail, livraison et montage compris. L'offre est valable 30 jours."),
    ("fr13_fournisseur_bureau", "other", "relance_offre",
     "Relance – votre projet d'aménagement",
     "Avez-vous pu étudier notre proposition ? Je peux passer vous présenter les échantillons la semaine "
     "prochaine si vous le souhaitez. Nous pouvons aussi revoir le contrat d'entretien."),
    ("fr13_expert_comptable", "other", "poste_comptable",
     "Question sur le bilan",
     "En préparant le bilan, je vois un poste comptable « charges à répartir » que je ne m'explique pas. "
     "Pouvez-vous m'envoyer la facture correspondante ? On peut en parler lors de notre rendez-vous du 28."),
    ("fr13_expert_comptable", "other", "rdv",
     "Rendez-vous clôture annuelle",
     "Je vous propose un rendez-vous le 28 à 14h au cabinet pour faire le point sur la clôture. Merci d'apporter "
     "les relevés bancaires et le contrat de prêt."),
    ("fr13_rh_interne", "other", "entretien_annuel",
     "Campagne d'entretiens annuels 2025",
     "La campagne d'entretiens annuels s'ouvre lundi. Chaque manager prendra rendez-vous avec les membres de son "
     "équipe d'ici le 30 ; la grille d'évaluation est disponible sur l'intranet."),
    ("fr13_rh_interne", "other", "mobilite",
     "Bourse à l'emploi interne",
     "Trois postes sont ouverts en interne ce mois-ci (chargé d'études, assistante de direction, technicien "
     "support). Les collaborateurs intéressés peuvent en parler à leur manager."),
    # ================= French, not about a job, report =================
    ("fr13_syndic", "other", "assemblee",
     "Convocation à l'assemblée générale",
     "Vous etes convoquee a l'assemblee generale des coproprietaires le 17 juin a 18h30. A l'ordre du jour : "
     "renouvellement du contrat de syndic et offre de l'entreprise pour le ravalement."),
    ("fr13_syndic", "other", "rdv_expert",
     "Passage de l'expert",
     "L'expert de l'assurance passera constater le degat des eaux le 4 a 10h. Pouvez-vous etre presente ou nous "
     "indiquer un autre rendez-vous ?"),
    ("fr13_garage", "other", "rdv_revision",
     "Votre rendez-vous révision",
     "Votre rendez-vous pour la révision de la Clio est confirmé samedi à 8h30. Nous devrons peut-être le "
     "reporter si la pièce n'arrive pas à temps, on vous tiendra au courant."),
    ("fr13_garage", "other", "devis",
     "Devis carrosserie",
     "Voici notre devis pour la reprise du pare-chocs : 380 € TTC. Offre valable un mois, on peut prendre la "
     "voiture dès lundi."),
    ("fr13_operateur", "other", "offre",
     "Une offre rien que pour vous",
     "Votre contrat arrive à échéance : profitez de notre offre fibre + mobile à 29,99 € par mois pendant un an. "
     "Changez d'offre en un clic depuis votre espace client."),
    ("fr13_manager", "other", "entretien_pro",
     "Notre entretien annuel",
     "Je te propose qu'on fasse ton entretien annuel jeudi 14h en salle Saturne. Pense à remplir ton "
     "auto-évaluation avant, et on parlera aussi de ta formation."),
    ("fr13_manager", "other", "reunion_reportee",
     "Réunion d'équipe reportée",
     "La réunion d'équipe de lundi est reportée à mardi 9h, la direction a calé un comité en même temps. Merci "
     "de préparer vos points d'avancement."),
    ("fr13_banque_conseil", "other", "rdv_conseiller",
     "Votre rendez-vous avec votre conseillère",
     "Je vous confirme notre rendez-vous du 9 à 11h en agence pour étudier votre dossier de prêt immobilier. Si "
     "cet horaire ne vous convient plus, vous pouvez le modifier en ligne."),
    # ================= German job mail, tune =================
    ("de13_konzern_ats", "application_ack", "eingang",
     "Eingangsbestätigung Ihrer Bewerbung – Projektingenieurin (m/w/d)",
     "vielen Dank für Ihre Bewerbung als Projektingenieurin Antriebstechnik. Wir haben Ihre Unterlagen erhalten "
     "und melden uns nach Prüfung, spätestens in drei Wochen."),
    ("de13_konzern_ats", "assessment", "online_test",
     "Nächster Schritt: Online-Assessment",
     "im nächsten Schritt laden wir Sie zu unserem Online-Assessment ein (kognitive Fähigkeiten, ca. 45 "
     "Minuten). Bitte schließen Sie es innerhalb von sieben Tagen ab."),
    ("de13_konzern_ats", "interview", "gespraech",
     "Einladung zum Vorstellungsgespräch – Projektingenieurin (m/w/d)",
     "wir freuen uns, Sie zu einem persönlichen Gespräch am Standort Garching einzuladen. Bitte wählen Sie über "
     "den folgenden Link einen passenden Termin."),
    ("de13_konzern_ats", "interview", "verschoben",
     "Terminänderung zu Ihrem Vorstellungsgespräch",
     "leider müssen wir Ihr Vorstellungsgespräch am Dienstag verschieben, da die Fachabteilung verhindert ist. "
     "Bitte buchen Sie über den Link einen neuen Termin."),
    ("de13_konzern_ats", "rejection", "absage",
     "Ihre Bewerbung bei Isarwerk",
     "nochmals vielen Dank für Ihr Interesse und die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach "
     "sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter "
     "berücksichtigen können."),
    ("de13_schreinerei", "interview", "vorbeikommen",
     "Re: Bewerbung als Tischlerin",
     "danke für Ihre Bewerbung. Kommen Sie doch am Donnerstag gegen 16 Uhr in der Werkstatt vorbei, dann "
     "zeig ich Ihnen alles und wir reden in Ruhe."),
    ("de13_schreinerei", "interview", "verschieben",
     "Re: Re: Bewerbung als Tischlerin",
     "muss leider auf eine Baustelle, können wir das Gespräch auf Freitag 8 Uhr verschieben? Sorry für das Hin "
     "und Her."),
    ("de13_schreinerei", "offer", "zusage",
     "Re: Bewerbung als Tischlerin",
     "Wir würden Sie gern nehmen! Anfangen könnten Sie am Ersten, den Arbeitsvertrag machen wir fertig, wenn Sie "
     "zusagen."),
    ("de13_landratsamt", "application_ack", "eingang",
     "Ihre Bewerbung – Sachbearbeitung Bauaufsicht (Kennziffer 14/25)",
     "hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Nach Ablauf der Bewerbungsfrist erhalten "
     "Sie weitere Nachricht."),
    ("de13_landratsamt", "interview", "auswahlgespraech",
     "Einladung zum Auswahlgespräch – Kennziffer 14/25",
     "wir laden Sie zu einem Auswahlgespräch am 16. Juni um 10:00 Uhr in das Landratsamt, Zimmer 214, ein. "
     "Bitte bestätigen Sie den Termin bis zum 10. Juni."),
    ("de13_landratsamt", "rejection", "absage",
     "Stellenbesetzung Sachbearbeitung Bauaufsicht",
     "die ausgeschriebene Stelle wurde zwischenzeitlich besetzt. Wir bedauern, Ihnen keinen positiven Bescheid "
     "geben zu können, und senden Ihnen Ihre Unterlagen zurück."),
    ("de13_zeitarbeit", "recruiter_outreach", "einsatz",
     "Einsatz als Sachbearbeiterin Lohn in Dortmund",
     "ich habe Ihr Profil in unserer Datenbank gesehen und hätte einen passenden Einsatz bei einem Kunden in "
     "Dortmund-Mitte, Vollzeit mit Übernahmeoption. Hätten Sie Zeit für ein kurzes Telefonat?"),
    ("de13_zeitarbeit", "interview", "kundentermin",
     "Vorstellungstermin beim Kunden",
     "der Kunde möchte Sie gern kennenlernen: Vorstellungsgespräch am Mittwoch um 9:30 Uhr, ich begleite Sie. "
     "Passt Ihnen das?"),
    ("de13_zeitarbeit", "rejection", "kunde_anders",
     "Rückmeldung vom Kunden",
     "leider hat sich der Kunde für eine andere Bewerberin entschieden. Ich melde mich, sobald ich einen "
     "anderen Einsatz für Sie habe."),
    ("de13_at_headhunter", "recruiter_outreach", "ansprache",
     "Vertrauliche Anfrage",
     "im Auftrag eines Wiener Industrieunternehmens suche ich eine kaufmännische Leitung. Ihr Werdegang hat mich "
     "angesprochen; wäre ein vertrauliches Gespräch für Sie denkbar?"),
    ("de13_at_headhunter", "interview", "termin_klient",
     "Re: Vertrauliche Anfrage",
     "danke für das angenehme Telefonat. Mein Klient würde Sie gern am 12. um 15 Uhr in seinem Büro im 1. "
     "Bezirk treffen. Ich schicke Ihnen die Unterlagen zur Position vorab."),
    ("de13_at_headhunter", "offer", "angebot",
     "Angebot meines Klienten",
     "ich freue mich, Ihnen mitteilen zu dürfen, dass mein Klient Ihnen die Position der kaufmännischen Leitung "
     "anbieten möchte. Das Vertragsangebot geht Ihnen morgen zu."),
    ("de13_jobboard", "other", "suchauftrag",
     "8 neue Jobs für „Buchhaltung“ in deiner Nähe",
     "Diese Stellen passen zu deinem Suchauftrag: Finanzbuchhalterin (m/w/d), Kreditorenbuchhalter (m/w/d), "
     "Lohnbuchhalterin in Teilzeit. Jetzt ansehen und bewerben."),
    ("de13_jobboard", "other", "profil",
     "Dein Profil ist zu 60 % vollständig",
     "Ergänze deine Berufserfahrung, damit Arbeitgeber dich besser finden. Profile mit Foto werden doppelt so "
     "oft angesehen."),
    # ================= German job mail, report =================
    ("de13_versicherung_ats", "application_ack", "eingang",
     "Ihre Bewerbung als Aktuarin (w/m/d) – Eingangsbestätigung",
     "herzlichen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen; wir prüfen sie sorgfältig "
     "und kommen in Kürze auf Sie zu."),
    ("de13_versicherung_ats", "interview", "video",
     "Einladung zum Videointerview – Aktuarin (w/m/d)",
     "Ihr Profil hat uns überzeugt. Gern möchten wir Sie in einem Videointerview mit der Teamleitung näher "
     "kennenlernen. Bitte wählen Sie einen Termin im Bewerberportal."),
    ("de13_versicherung_ats", "rejection", "absage",
     "Ihre Bewerbung bei der Rheinland Versicherung",
     "wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen, dass wir uns für "
     "eine Kandidatin entschieden haben, deren Profil noch besser zu den Anforderungen passt."),
    ("de13_versicherung_ats", "interview", "verlegt",
     "Ihr Interviewtermin wurde verlegt",
     "Ihr Interview am 3. Juli musste auf den 7. Juli, 11:00 Uhr, verlegt werden. Der Einwahllink bleibt "
     "gleich. Wir bitten um Ihr Verständnis."),
    ("de13_ch_kanton", "application_ack", "eingang",
     "Bewerbung Fachspezialistin Steuern 80–100 %",
     "Besten Dank für Ihre Bewerbung. Wir haben Ihr Dossier erhalten und werden Sie nach Abschluss der "
     "Vorselektion über das weitere Vorgehen informieren."),
    ("de13_ch_kanton", "assessment", "assessment",
     "Einladung zum Assessment",
     "Gerne laden wir Sie zu einem halbtägigen Assessment mit Fallstudie und Rollenspiel am 19. Juni ein. Die "
     "Unterlagen zur Vorbereitung erhalten Sie separat."),
    ("de13_ch_kanton", "offer", "zusage",
     "Anstellung Fachspezialistin Steuern",
     "Wir freuen uns, Ihnen die Stelle als Fachspezialistin Steuern anbieten zu können. Den Arbeitsvertrag "
     "stellen wir Ihnen in den nächsten Tagen zur Unterzeichnung zu."),
    ("de13_praxis", "interview", "kennenlernen",
     "Ihre Bewerbung als MFA",
     "vielen Dank für Ihre nette Bewerbung! Hätten Sie Lust, am Montag nach der Sprechstunde, so gegen 18 Uhr, "
     "zum Kennenlernen in die Praxis zu kommen?"),
    ("de13_praxis", "rejection", "absage",
     "Re: Ihre Bewerbung als MFA",
     "schön, dass Sie da waren. Wir haben uns nun aber für eine Kollegin mit Erfahrung in der Abrechnung "
     "entschieden. Ich wünsche Ihnen alles Gute!"),
    ("de13_at_startup", "interview", "call",
     "Deine Bewerbung als Product Designerin",
     "danke für deine Bewerbung, dein Portfolio gefällt uns sehr! Magst du am Mittwoch auf einen Call mit mir "
     "und unserer Lead-Designerin? 30 Minuten reichen."),
    ("de13_at_startup", "assessment", "case",
     "Kleine Design-Challenge",
     "wie besprochen schick ich dir die Challenge: ein Onboarding-Flow für unsere App. Nimm dir max. 4 Stunden, "
     "wir besprechen sie dann gemeinsam."),
    ("de13_at_startup", "interview", "verschieben",
     "Re: Kleine Design-Challenge",
     "sorry, bei uns brennt's diese Woche, können wir die Besprechung deiner Challenge auf nächsten Dienstag "
     "verschieben? Gleiche Uhrzeit."),
    ("de13_recruiter_berlin", "recruiter_outreach", "ansprache",
     "Spannende Position im Controlling",
     "ich bin über Ihr Profil auf Xing auf Sie aufmerksam geworden. Für einen Kunden in Berlin-Mitte suche ich "
     "eine Controllerin – hätten Sie Interesse an einem unverbindlichen Austausch?"),
    ("de13_recruiter_berlin", "rejection", "kunde",
     "Update zur Position im Controlling",
     "ich habe leider keine guten Nachrichten: Mein Kunde hat die Stelle intern besetzt. Ich halte Sie gern für "
     "ähnliche Positionen im Blick."),
    ("de13_recruiter_berlin", "other", "rueckzug",
     "Re: Rückzug",
     "danke für die offene Rückmeldung, ich habe Ihre Kandidatur beim Kunden zurückgezogen. Alles Gute mit der "
     "neuen Stelle!"),
    ("de13_jobboard2", "other", "alarm",
     "Ihr Jobalarm: 5 neue Stellenangebote",
     "Neue Stellenangebote für „Controlling“ im Umkreis von 30 km: Controllerin (m/w/d), Referent "
     "Finanzplanung (m/w/d), Teamleitung Controlling. Jetzt bewerben."),
    # ================= German, not about a job, tune =================
    ("de13_kollege", "other", "termin_verschieben",
     "Termin Donnerstag",
     "leider muss ich unseren Termin am Donnerstag absagen, mir ist ein Kundentermin dazwischengekommen. Können "
     "wir ihn auf Freitag 10 Uhr verschieben?"),
    ("de13_kollege", "other", "besprechung",
     "Besprechung Release 4.2",
     "kurze Info: Die Besprechung zum Release verschiebt sich auf 14 Uhr, Raum Elbe. Bitte bringt den Stand "
     "eurer Tickets mit."),
    ("de13_kollege", "other", "call",
     "Kurzer Call?",
     "hast du morgen 15 Minuten für einen kurzen Call zum Angebot für Hansa Möbel? Ich würde gern die Preise "
     "noch einmal durchgehen."),
    ("de13_zahnarzt", "other", "termin",
     "Ihr Termin zur Prophylaxe",
     "wir erinnern Sie an Ihren Termin zur professionellen Zahnreinigung am Dienstag, 10.06., um 8:15 Uhr. "
     "Sollten Sie verhindert sein, sagen Sie bitte 24 Stunden vorher ab."),
    ("de13_zahnarzt", "other", "verlegung",
     "Terminverlegung",
     "aufgrund einer Fortbildung von Dr. Berg muessen wir Ihren Termin am Freitag verlegen. Wir koennen Ihnen "
     "Montag 9 Uhr oder Mittwoch 14:30 Uhr anbieten."),
    ("de13_lieferant", "other", "angebot",
     "Ihr Angebot Nr. 2025-0417",
     "vielen Dank für Ihre Anfrage. Anbei erhalten Sie unser Angebot über 12 höhenverstellbare Schreibtische "
     "inklusive Lieferung und Montage. Das Angebot ist bis Monatsende gültig."),
    ("de13_lieferant", "other", "nachfassen",
     "Nachfrage zu unserem Angebot",
     "ich wollte kurz nachhaken, ob Sie unser Angebot schon prüfen konnten. Gern stelle ich Ihnen die Modelle "
     "auch bei einem Termin vor Ort vor."),
    ("de13_lektorat", "other", "stelle_im_text",
     "Ihr Manuskript, Kapitel 3",
     "ich habe Kapitel 3 gelesen – sehr schön! An einer Stelle im Text, Seite 48 oben, ist mir der Übergang zu "
     "abrupt. Können wir darüber bei unserem Termin nächste Woche sprechen?"),
    ("de13_lektorat", "other", "vertrag",
     "Verlagsvertrag",
     "anbei der Verlagsvertrag für Ihr Buch zur Durchsicht. Über die Honorarstaffel können wir gern noch "
     "sprechen; ich freue mich auf unsere Zusammenarbeit."),
    ("de13_chefin", "other", "jahresgespraech",
     "Unser Jahresgespräch",
     "ich würde gern unser Mitarbeitergespräch für dieses Jahr einplanen. Passt dir Mittwoch, 11 Uhr? Den "
     "Gesprächsleitfaden schicke ich dir vorab."),
    ("de13_chefin", "other", "stelle_team",
     "Neue Kollegin ab Juli",
     "wir haben die offene Stelle im Team besetzt: Ab Juli verstärkt uns Mira im Support. Bitte nehmt sie gut "
     "auf, das Onboarding übernimmt Markus."),
    ("de13_installateur", "other", "termin",
     "Terminbestaetigung Heizungswartung",
     "hiermit bestaetigen wir den Termin fuer die Wartung Ihrer Gastherme am 23. zwischen 8 und 12 Uhr. Falls "
     "Sie den Termin verschieben muessen, rufen Sie uns bitte an."),
    ("de13_installateur", "other", "kostenvoranschlag",
     "Kostenvoranschlag Badsanierung",
     "wie besprochen erhalten Sie unser Angebot für die Sanierung Ihres Badezimmers. Bei Auftragserteilung bis "
     "Ende des Monats gewähren wir 3 % Skonto."),
    # ================= German, not about a job, report =================
    ("de13_verein", "other", "sitzung",
     "Vorstandssitzung verschoben",
     "die Vorstandssitzung am Dienstag muss leider ausfallen. Können wir sie auf Donnerstag, 19 Uhr im "
     "Vereinsheim verschieben? Bitte kurz Bescheid geben."),
    ("de13_verein", "other", "parzelle",
     "Besichtigung Parzelle 12",
     "für die freie Parzelle 12 haben sich drei Interessenten gemeldet. Die Besichtigung ist am Samstag um 10 "
     "Uhr, danach entscheidet der Vorstand über die Vergabe."),
    ("de13_kunde", "other", "termin_projekt",
     "Abstimmungstermin Katalog",
     "unser Abstimmungstermin am Montag passt bei uns leider nicht mehr. Könnten wir ihn auf Mittwochvormittag "
     "verlegen? Dann wären auch die Kollegen aus dem Marketing dabei."),
    ("de13_kunde", "other", "angebot_frage",
     "Rückfrage zu Ihrem Angebot",
     "vielen Dank für Ihr Angebot. An einer Stelle ist uns die Position 4 (Satz und Layout) unklar – könnten "
     "Sie uns die Stundenzahl noch einmal aufschlüsseln?"),
    ("de13_mobilfunk", "other", "vertrag",
     "Ihr Vertrag läuft bald aus",
     "Ihr Mobilfunkvertrag endet am 31.08. Sichern Sie sich jetzt unser Angebot: 40 GB für 19,99 € im Monat und "
     "ein neues Smartphone zum Vorteilspreis."),
    ("de13_freundin", "other", "treffen",
     "Samstag",
     "du, mir ist was dazwischengekommen, können wir unser Treffen auf Sonntag verschieben? Brunch um 11 im Café "
     "Luise? Ich erzähl dir dann vom neuen Job von Tom."),
    ("de13_steuerberater", "other", "termin",
     "Besprechung Jahresabschluss",
     "für die Besprechung Ihres Jahresabschlusses schlage ich den 14. um 9 Uhr in unserer Kanzlei vor. Bitte "
     "bringen Sie die fehlenden Belege und den Mietvertrag mit."),
    ("de13_steuerberater", "other", "bescheid",
     "Ihr Einkommensteuerbescheid",
     "der Bescheid des Finanzamts ist eingegangen und entspricht unserer Erklärung. An einer Stelle weicht "
     "der Betrag um 12 € ab; ein Einspruch lohnt sich nicht."),
    # ================= Spanish =================
    ("es13_ats_madrid", "application_ack", "recibida",
     "Hemos recibido tu candidatura – Técnica de compras",
     "Gracias por tu interés en Grupo Castellana. Hemos recibido tu candidatura para el puesto de técnica de "
     "compras y la revisaremos en los próximos días."),
    ("es13_ats_madrid", "interview", "entrevista",
     "Entrevista – Técnica de compras",
     "Tu perfil nos ha parecido muy interesante y nos gustaría conocerte en una entrevista por videollamada. "
     "Reserva el hueco que mejor te venga en el enlace."),
    ("es13_ats_madrid", "rejection", "descarte",
     "Tu candidatura en Grupo Castellana",
     "Te agradecemos el tiempo dedicado al proceso. Lamentablemente, en esta ocasión hemos decidido continuar "
     "con otros perfiles más ajustados a la posición."),
    ("es13_pyme_monterrey", "interview", "pasar",
     "Re: vacante de coordinadora de almacén",
     "Gracias por mandar tu CV. ¿Puedes venir el jueves a las 10 a la bodega para platicar del puesto?"),
    ("es13_pyme_monterrey", "interview", "mover",
     "Re: Re: vacante de coordinadora de almacén",
     "Oye, me surgió un viaje, ¿podemos mover la entrevista al lunes a la misma hora? Una disculpa."),
    ("es13_pyme_monterrey", "offer", "oferta",
     "Re: vacante de coordinadora de almacén",
     "Nos gustó mucho platicar contigo. Te queremos ofrecer el puesto, con sueldo de 22 mil al mes más "
     "prestaciones. ¿Cuándo podrías empezar?"),
    ("es13_ett_valencia", "recruiter_outreach", "oferta_ett",
     "Oferta de empleo – Administrativa en Paterna",
     "He visto tu currículum en nuestra base de datos y tengo una vacante de administrativa para una empresa "
     "cliente en Paterna. ¿Te interesa que hablemos?"),
    ("es13_ett_valencia", "rejection", "cliente",
     "Proceso administrativa Paterna",
     "Te escribo para contarte que la empresa cliente ha seleccionado a otra candidata. Seguimos teniendo en "
     "cuenta tu perfil para próximas ofertas."),
    ("es13_hospital", "application_ack", "registro",
     "Solicitud de empleo – Bolsa de enfermeria",
     "Le confirmamos que su solicitud de inclusion en la bolsa de empleo de enfermeria ha quedado registrada "
     "con el numero 2291."),
    ("es13_hospital", "assessment", "prueba",
     "Convocatoria a prueba practica",
     "Se le convoca a la prueba practica del proceso de seleccion el dia 12 a las 9:00 en el aula 3 del "
     "hospital. Debe traer su DNI."),
    ("es13_companero", "other", "reunion",
     "Reunión del jueves",
     "Me ha surgido un imprevisto con un cliente, ¿podemos mover la reunión del jueves al viernes a las 10? "
     "Te paso la nueva convocatoria."),
    ("es13_companero", "other", "entrevista_usuarios",
     "Entrevistas con usuarios",
     "Para el estudio tenemos cinco entrevistas con usuarios la semana que viene. ¿Te encargas de las de la "
     "tarde? Te paso el guion."),
    ("es13_proveedor", "other", "oferta",
     "Oferta material de oficina",
     "Le adjunto nuestra oferta para el suministro anual de material de oficina, con un 8 % de descuento sobre "
     "tarifa. La oferta es válida hasta el día 30."),
    ("es13_proveedor", "other", "cita",
     "Visita comercial",
     "¿Le vendría bien una cita el martes para enseñarle el nuevo catálogo? Podemos revisar también las "
     "condiciones del contrato."),
    ("es13_clinica", "other", "cita",
     "Cambio de su cita",
     "Le informamos de que su cita del dia 5 se ha cambiado al dia 7 a las 17:30 por ausencia de la doctora. "
     "Si no le viene bien, llamenos."),
    ("es13_jefa", "other", "evaluacion",
     "Tu evaluación anual",
     "¿Te viene bien que hagamos tu evaluación del desempeño el miércoles a las 12? Trae tus objetivos del "
     "año y hablamos de tu plan de formación."),
    ("es13_jefa", "other", "puesto_equipo",
     "Nueva incorporación",
     "Ya hemos cubierto el puesto de analista que teníamos abierto en el equipo: Jorge empieza el lunes. Os "
     "pido que le echéis una mano estas primeras semanas."),
    # ================= Dutch =================
    ("nl13_ats_utrecht", "application_ack", "ontvangen",
     "Bedankt voor je sollicitatie – Verpleegkundige (32 uur)",
     "Bedankt voor je sollicitatie bij Van Oord Zorggroep. We hebben je gegevens goed ontvangen en nemen "
     "binnen twee weken contact met je op."),
    ("nl13_ats_utrecht", "interview", "gesprek",
     "Uitnodiging sollicitatiegesprek",
     "We willen je graag uitnodigen voor een kennismakingsgesprek op locatie Zuilen. Kies via de link een "
     "moment dat jou uitkomt."),
    ("nl13_ats_utrecht", "rejection", "afwijzing",
     "Je sollicitatie bij Van Oord Zorggroep",
     "Dank voor je interesse en de tijd die je in je sollicitatie hebt gestoken. Helaas hebben we besloten "
     "om niet verder te gaan met je sollicitatie."),
    ("nl13_be_kmo", "interview", "langskomen",
     "Re: sollicitatie technieker",
     "Bedankt voor je cv. Kan je dinsdag om 14u eens langskomen in het atelier om kennis te maken?"),
    ("nl13_be_kmo", "interview", "verzetten",
     "Re: Re: sollicitatie technieker",
     "Ik zit dinsdag bij een klant, kunnen we ons gesprek verzetten naar woensdag, zelfde uur?"),
    ("nl13_be_kmo", "offer", "aanbod",
     "Re: sollicitatie technieker",
     "We willen je graag aannemen! Ik stuur je deze week het contract, je kan starten op de eerste van de "
     "maand."),
    ("nl13_gemeente", "application_ack", "ontvangst",
     "Ontvangstbevestiging sollicitatie beleidsmedewerker",
     "Hierbij bevestigen wij de ontvangst van uw sollicitatie. Na de sluitingsdatum maakt de commissie een "
     "selectie; u hoort uiterlijk 20 juni van ons."),
    ("nl13_gemeente", "rejection", "afwijzing",
     "Uw sollicitatie beleidsmedewerker",
     "De selectiecommissie heeft uw brief met belangstelling gelezen. Wij moeten u helaas meedelen dat wij u "
     "niet uitnodigen voor een gesprek."),
    ("nl13_bureau", "recruiter_outreach", "benadering",
     "Mooie rol in Amersfoort",
     "Ik kwam je profiel tegen en denk dat je goed past bij een rol als teamleider klantenservice bij een "
     "klant van mij. Zin om even te bellen?"),
    ("nl13_bureau", "interview", "klant",
     "Gesprek bij mijn klant",
     "Mijn klant wil je graag spreken, donderdag 10 uur op kantoor in Amersfoort. Ik stuur je de vacature "
     "nog even door."),
    ("nl13_collega", "other", "overleg",
     "Overleg verzetten",
     "Ik moet ons overleg van dinsdag helaas afzeggen, er kwam een klantafspraak tussen. Kunnen we het "
     "verzetten naar woensdag 11 uur?"),
    ("nl13_collega", "other", "klantinterview",
     "Klantinterviews",
     "Voor het onderzoek hebben we vier interviews met klanten gepland. Kun jij die van donderdagmiddag doen? "
     "Ik stuur je de vragenlijst."),
    ("nl13_leverancier", "other", "offerte",
     "Offerte kantoorinrichting",
     "Naar aanleiding van ons gesprek stuur ik u hierbij onze offerte voor 16 werkplekken, inclusief levering "
     "en montage. De offerte is 30 dagen geldig."),
    ("nl13_leverancier", "other", "afspraak",
     "Afspraak showroom",
     "Zullen we een afspraak maken in onze showroom om de bureaus te bekijken? Dan kunnen we ook het "
     "onderhoudscontract doornemen."),
    ("nl13_tandarts", "other", "afspraak",
     "Wijziging afspraak",
     "Uw afspraak van vrijdag 13 juni moeten wij helaas verplaatsen. Wij kunnen u maandag 16 juni om 8:45 "
     "aanbieden. Graag een bevestiging."),
    ("nl13_manager", "other", "beoordeling",
     "Je jaargesprek",
     "Zullen we je jaargesprek plannen op donderdag 14 uur? Vul vooraf je zelfevaluatie in, dan bespreken we "
     "ook je ontwikkelplan."),
    ("nl13_manager", "other", "vacature_team",
     "Vacature in ons team",
     "We hebben de vacature voor een tweede tester vervuld: Noor begint volgende maand. Wil jij haar buddy "
     "zijn de eerste weken?"),
]

_READERS = {
    "fr": Reader(
        "Camille Roussel <camille.roussel@example.net>",
        "Bonjour, merci pour votre message, c'est noté de mon côté. Bonne journée, Camille",
        "Le lun. 12 mai 2025 à 19:42, Camille Roussel <camille.roussel@example.net> a écrit :",
        "De : Camille Roussel <camille.roussel@example.net>\nEnvoyé : lundi 12 mai 2025 19:42\n"
        "À : contact@example.org\nObjet : Re: Question",
        "Le 12 mai 2025 à 19:42, Camille Roussel <camille.roussel@example.net> a écrit :",
    ),
    "de": Reader(
        "Jana Vogt <jana.vogt@example.net>",
        "Hallo, danke für die Nachricht, das habe ich mir notiert. Viele Grüße, Jana Vogt",
        "Am Mo., 12. Mai 2025 um 19:42 Uhr schrieb Jana Vogt <jana.vogt@example.net>:",
        "Von: Jana Vogt <jana.vogt@example.net>\nGesendet: Montag, 12. Mai 2025 19:42\n"
        "An: kontakt@example.org\nBetreff: Re: Frage",
        "Am 12.05.2025 um 19:42 schrieb Jana Vogt <jana.vogt@example.net>:",
    ),
    "es": Reader(
        "Lucía Ortega <lucia.ortega@example.net>",
        "Hola, gracias por el mensaje, lo tengo apuntado. Un saludo, Lucía",
        "El lun, 12 may 2025 a las 19:42, Lucía Ortega (<lucia.ortega@example.net>) escribió:",
        "De: Lucía Ortega <lucia.ortega@example.net>\nEnviado: lunes, 12 de mayo de 2025 19:42\n"
        "Para: contacto@example.org\nAsunto: Re: Pregunta",
        "El 12 may 2025, a las 19:42, Lucía Ortega <lucia.ortega@example.net> escribió:",
    ),
    "nl": Reader(
        "Femke de Wit <femke.dewit@example.net>",
        "Hoi, dank voor je bericht, ik heb het genoteerd. Groet, Femke",
        "Op ma 12 mei 2025 om 19:42 schreef Femke de Wit <femke.dewit@example.net>:",
        "Van: Femke de Wit <femke.dewit@example.net>\nVerzonden: maandag 12 mei 2025 19:42\n"
        "Aan: contact@example.org\nOnderwerp: Re: Vraag",
        "Op 12 mei 2025, om 19:42 heeft Femke de Wit <femke.dewit@example.net> het volgende geschreven:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 6, 9, 7, 53, tzinfo=dt.UTC),
    days=61,
    minutes=41,
    quote_every=5,
    case_id="{lang}13-{i:03d}-{label}",
    message_id="<i13-{i:03d}.{writer}@intl13.example>",
    boundary="=_i13_{i}_{writer}",
)
build = SET.build
messages = SET.messages
