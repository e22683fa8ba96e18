"""A sixth set of job-search mail, French and German only (`bench/mail_heldout.py --set intl5`), written for this
project by deliberately other writers than tests/mail/fr_inbox.py, tests/mail/intl_corpus.py,
tests/mail/heldout_mail.py, tests/mail/writers_mail.py, tests/mail/intl3_mail.py and tests/mail/intl4_mail.py.
None of it comes from a data set or a real inbox; every sender, company and person is invented.

The writers: in French a mutual insurer's Workday, a Paris start-up on Welcome to the Jungle saying « tu », a Lyon
recruitment cabinet, a Walloon temping agency from a phone, a Geneva foundation's HR (« postulation »), a Québec
credit union (« entrevue », « affichage »), a bakery owner, France Travail's notices, a Lausanne watchmaker's
softgarden, Indeed's relay of employers' messages, an ESN recruiter on LinkedIn, a département's DRH, a Liège
engineering firm, a Québec cégep, a hotel group's Personio and a small association; and, not about a job, a bank,
a mairie, work colleagues, a letting agency, an insurer, a school, a shop and a newsletter. In German a Berlin
start-up's Personio saying "du", StepStone's notices, a Viennese Magistrat, a Swiss insurer (no ß), a joinery
owner, a Xing head-hunter, a clinic's softgarden, the Bundesagentur für Arbeit, a corporation's Workday, a Tyrol
hotel saying "du" from a phone, a Zürich university, a Land office writing "Bewerber*innen", a Hamburg agency, a
temping agency, a Swabian machine builder and Indeed's relay; and, not about a job, a savings bank, a Bürgeramt,
work colleagues, a landlord, an insurer, a school, a web shop and a newsletter.

About half of the job mail is rejections, often said once after long thanks (« nous avons le regret », « votre
profil n'a pas été retenu », "wir haben uns für eine andere Bewerberin entschieden", "die Stelle wurde bereits
besetzt"), with gendered forms (candidat·e, Bewerber*innen). About a third of each language is mail that is not
about the reader's job search but uses its words in another sense (a flat's « dossier de candidature » turned
down, a loan « offre », a claim refused, a colleague's "Angebot" and "Stelle", a Kita place's Absage).

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl5` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- French, job mail, tune
    "fr_workday_mutuelle": Writer(
        "tune", "fr", "Mutuelle Armorique - Carrières <armorique@myworkday.example>", "html-utf8",
        "Bonjour Camille,", "Cordialement,\nL'équipe Recrutement\nMutuelle Armorique",
        "Mutuelle Armorique, mutuelle soumise au livre II du Code de la mutualité. Ce message est généré "
        "automatiquement, merci de ne pas y répondre."),
    "fr_wttj_startup": Writer(
        "tune", "fr", "Lina de Pousse <lina@pousse-app.example.fr>", "html-utf8", "Hello Camille !",
        "À très vite,\nLina\nPeople & Culture @ Pousse"),
    "fr_cabinet_lyon": Writer(
        "tune", "fr", "Hervé Monnier - Rhône Talents Conseil <h.monnier@rhonetalents.example.fr>", "outlook-qp",
        "Bonjour Madame Roussel,", "Bien cordialement,\n\nHervé Monnier\nAssocié - Rhône Talents Conseil\n"
        "04 72 00 11 22"),
    "fr_be_interim": Writer(
        "tune", "fr", "Sophie | Interim Sambre <sophie@interimsambre.example.be>", "phone-flowed",
        "Coucou Camille,", "Bisous et bonne journée\nSophie\nInterim Sambre - Charleroi\n\nEnvoyé de mon iPhone"),
    "fr_ch_fondation": Writer(
        "tune", "fr", "Fondation Léman Santé - Ressources humaines <rh@lemansante.example.ch>", "latin1-plain",
        "Madame,", "Nous vous adressons, Madame, nos salutations distinguées.\n\nService des ressources "
        "humaines\nFondation Léman Santé, Genève"),
    "fr_qc_caisse": Writer(
        "tune", "fr", "Caisse populaire des Laurentides - Dotation <dotation@caisselaurentides.example.ca>",
        "multipart-b64", "Bonjour Madame Roussel,", "Salutations distinguées,\nL'équipe de la dotation\nCaisse "
        "populaire des Laurentides", "Ce courriel peut contenir des renseignements confidentiels."),
    "fr_boulangerie": Writer(
        "tune", "fr", "Patrick Lemaire <boulangerie.lemaire@orange.example.fr>", "gmail-utf8", "Bonjour Camille,",
        "Patrick\nBoulangerie Lemaire, Angers"),
    "fr_france_travail": Writer(
        "tune", "fr", "France Travail <ne-pas-repondre@francetravail.example.fr>", "ascii",
        "Bonjour Madame ROUSSEL,", "Votre conseillere France Travail",
        "Ceci est un message automatique, merci de ne pas y repondre. Retrouvez vos services sur votre espace."),
    # ---- French, not about a job, tune
    "fr_banque": Writer(
        "tune", "fr", "Banque Populaire du Val <conseiller@bpval.example.fr>", "html-utf8", "Madame Roussel,",
        "Votre conseillère, Amandine Gros\nAgence d'Angers Centre",
        "Banque Populaire du Val ne vous demandera jamais vos codes par courriel."),
    "fr_mairie": Writer(
        "tune", "fr", "Mairie de Saint-Aubin-des-Prés <accueil@saintaubin.example.fr>", "latin1-plain",
        "Madame,", "Le Maire,\nJean-Luc Fortin", "Mairie de Saint-Aubin-des-Prés - 1 place de l'Église"),
    "fr_collegues": Writer(
        "tune", "fr", "Julien Perrault <julien.perrault@batiouest.example.fr>", "gmail-utf8", "Salut Camille,",
        "Julien"),
    "fr_agence_location": Writer(
        "tune", "fr", "Agence Loire Habitat - Location <location@loirehabitat.example.fr>", "outlook-qp",
        "Bonjour Madame Roussel,", "Cordialement,\n\nMélanie Caron\nGestionnaire location\nAgence Loire Habitat"),
    # ---- French, job mail, report
    "fr_ch_horlogerie": Writer(
        "report", "fr", "Manufacture Vallée de Joux - Recrutement <jobs@mvj.softgarden.example>", "html-cp1252",
        "Madame Roussel,", "Avec nos meilleures salutations,\nRessources humaines\nManufacture Vallée de Joux SA",
        "Manufacture Vallée de Joux SA - Le Sentier. Message envoyé via softgarden."),
    "fr_indeed": Writer(
        "report", "fr", "Indeed <notification@indeed-mail.example>", "html-utf8", "Bonjour Camille,",
        "L'équipe Indeed", "Vous recevez ce message car vous avez postulé via Indeed. Se désabonner."),
    "fr_esn_linkedin": Writer(
        "report", "fr", "Kevin Tran <kevin.tran@numeriq-conseil.example.fr>", "gmail-utf8", "Hello Camille,",
        "Belle journée à toi,\nKevin\nTalent Acquisition - Numeriq Conseil"),
    "fr_departement": Writer(
        "report", "fr", "Conseil départemental de la Sarthe-Maine - DRH <drh@cd-sarthemaine.example.fr>",
        "latin1-plain", "Madame,", "Je vous prie d'agréer, Madame, l'expression de mes salutations "
        "distinguées.\n\nPour le Président et par délégation,\nLa Directrice des ressources humaines"),
    "fr_be_ingenierie": Writer(
        "report", "fr", "Meuse Ingénierie - HR <hr@meuse-ingenierie.example.be>", "outlook-qp",
        "Chère Madame Roussel,", "Bien à vous,\n\nAnne-Sophie Jacquet\nHR Business Partner\nMeuse Ingénierie SA, "
        "Liège"),
    "fr_qc_cegep": Writer(
        "report", "fr", "Cégep de Rivière-Claire - Ressources humaines <emplois@cegeprc.example.qc.ca>",
        "multipart-b64", "Bonjour Madame Roussel,", "Veuillez agréer nos salutations distinguées,\nService des "
        "ressources humaines\nCégep de Rivière-Claire"),
    "fr_hotel_personio": Writer(
        "report", "fr", "Hôtels Belle Rive - Recrutement <jobs@bellerive.jobs.personio.example>", "html-utf8",
        "Bonjour Camille,", "Bien à vous,\nL'équipe RH des Hôtels Belle Rive",
        "Vos données sont conservées 6 mois conformément au RGPD. Powered by Personio."),
    "fr_asso": Writer(
        "report", "fr", "Maud - Les Jardins Solidaires <maud@jardins-solidaires.example.org>", "gmail-utf8",
        "Bonjour Camille,", "Bien solidairement,\nMaud, coordinatrice\nLes Jardins Solidaires"),
    # ---- French, not about a job, report
    "fr_assureur": Writer(
        "report", "fr", "Assurances Océane - Service client <client@oceane-assurances.example.fr>", "html-cp1252",
        "Madame Roussel,", "Votre service client Océane"),
    "fr_ecole": Writer(
        "report", "fr", "École élémentaire Jules-Ferry <ce.0490123@ac-nantes.example.fr>", "gmail-utf8",
        "Chers parents,", "L'équipe enseignante"),
    "fr_boutique": Writer(
        "report", "fr", "Maison Lila <bonjour@maisonlila.example.fr>", "html-utf8", "Bonjour Camille,",
        "À bientôt,\nL'équipe Maison Lila", "Pour ne plus recevoir nos offres, cliquez ici."),
    "fr_newsletter": Writer(
        "report", "fr", "La Lettre RH & Management <lettre@rh-management.example.fr>", "multipart-b64", "",
        "La rédaction", "Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire."),
    # ---- German, job mail, tune
    "de_personio_startup": Writer(
        "tune", "de", "Kranich Mobility GmbH <jobs@kranich.jobs.personio.example>", "html-utf8", "Hi Jana,",
        "Viele Grüße\nDein People-Team von Kranich", "Kranich Mobility GmbH, Berlin. Powered by Personio."),
    "de_stepstone": Writer(
        "tune", "de", "StepStone <noreply@stepstone-mail.example.de>", "multipart-b64", "Hallo Jana Becker,",
        "Dein StepStone-Team", "Du erhältst diese E-Mail, weil du bei StepStone registriert bist."),
    "de_at_magistrat": Writer(
        "tune", "de", "Magistrat der Stadt Wien - Personalaufnahme <aufnahme@wien-magistrat.example.at>",
        "latin1-plain", "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nFür den Magistratsdirektor:\n"
        "Referat Personalaufnahme"),
    "de_ch_versicherung": Writer(
        "tune", "de", "Helvetia Nova Versicherungen - HR <jobs@helvetianova.example.ch>", "outlook-qp",
        "Sehr geehrte Frau Becker", "Freundliche Grüsse\n\nDaniela Meier\nHR Recruiting\nHelvetia Nova "
        "Versicherungen AG, Bern"),
    "de_schreinerei": Writer(
        "tune", "de", "Schreinerei Huber <info@schreinerei-huber.example.de>", "gmail-utf8", "Hallo Frau Becker,",
        "Gruß\nAlois Huber\nSchreinerei Huber, Rosenheim"),
    "de_headhunter_xing": Writer(
        "tune", "de", "Dr. Stefan Wolff <s.wolff@wolff-partner.example.de>", "outlook-qp", "Liebe Frau Becker,",
        "Beste Grüße\n\nDr. Stefan Wolff\nWolff & Partner Personalberatung, Frankfurt\nTel. +49 69 1234 567"),
    "de_klinikum": Writer(
        "tune", "de", "Klinikum Lahntal - Personalabteilung <karriere@klinikum-lahntal.softgarden.example>",
        "html-cp1252", "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nIhr Recruiting-Team\nKlinikum "
        "Lahntal gGmbH", "Diese Nachricht wurde über softgarden versendet."),
    "de_arbeitsagentur": Writer(
        "tune", "de", "Bundesagentur fuer Arbeit <noreply@arbeitsagentur.example.de>", "ascii",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Gruessen\nIhre Agentur fuer Arbeit Kassel",
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."),
    # ---- German, not about a job, tune
    "de_sparkasse": Writer(
        "tune", "de", "Sparkasse Nordhessen <service@sparkasse-nordhessen.example.de>", "html-utf8",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nIhre Sparkasse Nordhessen",
        "Wir fragen Sie niemals per E-Mail nach PIN oder TAN."),
    "de_buergeramt": Writer(
        "tune", "de", "Stadt Kassel - Bürgerservice <buergerservice@kassel-stadt.example.de>", "latin1-plain",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nIhr Bürgerservice",
        "Diese Nachricht wurde automatisch erzeugt."),
    "de_kollegen": Writer(
        "tune", "de", "Timo Brandt <timo.brandt@nordlicht-it.example.de>", "gmail-utf8", "Hi Jana,",
        "Grüße\nTimo"),
    "de_vermieter": Writer(
        "tune", "de", "Hausverwaltung Krüger <vermietung@hv-krueger.example.de>", "outlook-qp",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\n\nPetra Krüger\nHausverwaltung Krüger"),
    # ---- German, job mail, report
    "de_workday_konzern": Writer(
        "report", "de", "Veltmann Chemie Careers <veltmann@myworkday.example>", "multipart-b64",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nIhr Talent Acquisition Team\nVeltmann Chemie AG",
        "Veltmann Chemie AG · Sitz Ludwigshafen · Dies ist eine automatisch generierte Nachricht."),
    "de_at_hotel": Writer(
        "report", "de", "Resi vom Alpenhof <resi@alpenhof-tirol.example.at>", "phone-flowed", "Servus Jana,",
        "Liebe Grüße\nResi\nHotel Alpenhof, Seefeld\n\nVon meinem iPhone gesendet"),
    "de_ch_uni": Writer(
        "report", "de", "Universität Zürichsee - Personalabteilung <stellen@uzs.example.ch>", "html-utf8",
        "Sehr geehrte Frau Becker", "Freundliche Grüsse\nPersonalabteilung\nUniversität Zürichsee"),
    "de_landesamt": Writer(
        "report", "de", "Landesamt für Umwelt - Personalreferat <bewerbung@lfu.example.de>", "latin1-plain",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nIm Auftrag\nReferat Z 2 - Personal"),
    "de_agentur_hh": Writer(
        "report", "de", "Mats von Hafenblick <mats@hafenblick-agentur.example.de>", "gmail-utf8", "Moin Jana,",
        "Beste Grüße aus Hamburg\nMats\nHafenblick - Agentur für Markenkommunikation"),
    "de_zeitarbeit": Writer(
        "report", "de", "Nicole | Flex Personal <nicole@flexpersonal.example.de>", "phone-flowed", "Hallo Jana,",
        "LG Nicole\nFlex Personal GmbH, Niederlassung Kassel\n\nGesendet von meinem Smartphone"),
    "de_maschinenbau": Writer(
        "report", "de", "Gebr. Kessler Maschinenbau - Personal <personal@kessler-maschinen.example.de>",
        "outlook-qp", "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\n\ni. A. Sabine Lang\nPersonal\n"
        "Gebr. Kessler Maschinenbau GmbH & Co. KG, Reutlingen"),
    "de_indeed": Writer(
        "report", "de", "Indeed <benachrichtigung@indeed-mail.example>", "html-cp1252", "Hallo Jana,",
        "Ihr Indeed-Team", "Sie erhalten diese E-Mail, weil Sie sich über Indeed beworben haben."),
    # ---- German, not about a job, report
    "de_versicherung": Writer(
        "report", "de", "AlpenSchutz Versicherung <kundenservice@alpenschutz.example.de>", "html-cp1252",
        "Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen\nIhre AlpenSchutz Versicherung"),
    "de_schule": Writer(
        "report", "de", "Grundschule am Park <sekretariat@gs-ampark.example.de>", "gmail-utf8",
        "Liebe Eltern,", "Herzliche Grüße\nIhr Schulteam"),
    "de_shop": Writer(
        "report", "de", "Wohnglück <service@wohnglueck.example.de>", "html-utf8", "Hallo Jana,",
        "Dein Wohnglück-Team", "Du möchtest keine Angebote mehr erhalten? Hier abmelden."),
    "de_newsletter": Writer(
        "report", "de", "Personalwirtschaft Kompakt <newsletter@pw-kompakt.example.de>", "multipart-b64", "",
        "Ihre Redaktion", "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden."),
}

# (writer, label, kind, subject, body): kind is a short tag for the bench's per-kind table.
CORES: list[tuple[str, str, str, str, str]] = []

# ---------------------------------------------------------------- French, tune writers
CORES += [
    # fr_workday_mutuelle: a mutual insurer's Workday templates, "vous", the decision once after thanks.
    ("fr_workday_mutuelle", "application_ack", "ack",
     "Nous avons bien reçu votre candidature - Chargé(e) de relation adhérents",
     "Merci pour l'intérêt que vous portez à Mutuelle Armorique. Votre candidature au poste de Chargé(e) de "
     "relation adhérents (réf. R-20417) a bien été enregistrée. Vous pouvez suivre son avancement à tout moment "
     "depuis votre espace candidat."),
    ("fr_workday_mutuelle", "rejection", "thanks_first", "Votre candidature chez Mutuelle Armorique",
     "Nous vous remercions sincèrement pour le temps consacré à votre candidature et pour la qualité de votre "
     "dossier. Nous avons reçu de très nombreuses candidatures pour ce poste, ce qui témoigne de l'attractivité "
     "de nos métiers.\n\nAprès une étude attentive, nous avons le regret de vous informer que votre profil n'a "
     "pas été retenu pour la suite du processus.\n\nNous conservons vos coordonnées et vous souhaitons une "
     "pleine réussite dans vos projets."),
    ("fr_workday_mutuelle", "rejection", "after_interview", "Suite de votre candidature - Gestionnaire sinistres",
     "Nous tenions à vous remercier pour les échanges que nous avons eus lors de votre entretien avec Mme Le "
     "Goff. Ce fut un plaisir de vous rencontrer.\n\nAprès réflexion, nous avons choisi de poursuivre avec une "
     "candidature dont l'expérience correspond davantage aux attentes de l'équipe. Nous savons que cette "
     "réponse vous décevra."),
    ("fr_workday_mutuelle", "assessment", "test", "Étape suivante : questionnaire de personnalité",
     "Votre candidature a retenu notre attention. Pour poursuivre, nous vous invitons à compléter un "
     "questionnaire de personnalité en ligne (environ 25 minutes) via le lien ci-dessous, avant le 14 mars. "
     "Il n'y a pas de bonne ou de mauvaise réponse."),
    ("fr_workday_mutuelle", "interview", "video", "Invitation à un entretien en visioconférence",
     "Nous serions ravis d'échanger avec vous au sujet du poste de Chargé(e) de relation adhérents. Merci de "
     "choisir un créneau d'une heure la semaine prochaine dans l'agenda en ligne ; le lien Teams vous sera "
     "envoyé automatiquement."),
    ("fr_workday_mutuelle", "rejection", "filled", "Poste de Conseiller(ère) prévoyance - mise à jour",
     "Merci d'avoir postulé. Le poste de Conseiller(ère) prévoyance est désormais pourvu ; votre candidature "
     "ne peut donc pas aller plus loin pour cette offre. D'autres opportunités sont publiées chaque semaine "
     "sur notre site carrières."),
    # fr_wttj_startup: a Paris start-up through Welcome to the Jungle, "tu", emojis, the no after compliments.
    ("fr_wttj_startup", "application_ack", "ack", "On a bien reçu ta candidature 🌱",
     "Merci d'avoir postulé chez Pousse via Welcome to the Jungle ! On lit chaque candidature avec attention "
     "(promis, c'est un humain qui lit). Tu auras un retour de notre part sous 10 jours maximum."),
    ("fr_wttj_startup", "interview", "call", "Un premier call ?",
     "Ton parcours nous a beaucoup plu ! Est-ce que tu serais dispo pour un premier échange de 30 minutes "
     "avec moi en visio ? Voici mon lien Calendly, choisis le créneau qui t'arrange."),
    ("fr_wttj_startup", "rejection", "thanks_first", "Retour sur ta candidature Product Ops",
     "Merci mille fois pour le temps passé avec nous, on a adoré tes questions sur notre roadmap et ton cas "
     "pratique était super clair.\n\nOn a dû faire un choix difficile et on part finalement sur une personne "
     "qui a déjà piloté un lancement dans la fintech. Ce n'est pas une question de talent, vraiment.\n\nOn "
     "te souhaite le meilleur pour la suite, et n'hésite pas à garder un œil sur nos offres !"),
    ("fr_wttj_startup", "assessment", "case", "Ton cas pratique",
     "Comme promis, voici le cas pratique pour l'étape 2 : un petit exercice sur notre process de "
     "commandes. Compte 2 à 3 heures max, et envoie-le-nous d'ici jeudi. On en discutera ensemble ensuite."),
    ("fr_wttj_startup", "offer", "offer", "Bienvenue à bord ? 🎉",
     "Grande nouvelle : toute l'équipe a dit oui ! On a le plaisir de te proposer le poste de Product Ops en "
     "CDI. Tu trouveras en pièce jointe ta promesse d'embauche avec le salaire et la date de début proposée. "
     "On en parle demain au téléphone ?"),
    ("fr_wttj_startup", "rejection", "paused", "Le recrutement Growth est en pause",
     "Petite nouvelle moins sympa : on met en pause le recrutement du poste Growth Marketer suite à notre "
     "dernière levée qui prend plus de temps que prévu. On ne pourra donc pas donner suite pour le moment. "
     "Désolée de ne pas avoir mieux à t'annoncer."),
    # fr_cabinet_lyon: a Lyon recruitment cabinet; outreach, client's decision relayed.
    ("fr_cabinet_lyon", "recruiter_outreach", "outreach", "Opportunité - Responsable administratif et financier (H/F)",
     "Je me permets de vous contacter après avoir découvert votre profil sur LinkedIn. Je mène actuellement "
     "pour l'un de nos clients, une PME industrielle de 180 personnes près de Villefranche, la recherche de "
     "son futur Responsable administratif et financier. Seriez-vous ouverte à en discuter ?"),
    ("fr_cabinet_lyon", "interview", "invitation", "Rendez-vous au cabinet",
     "Suite à notre échange téléphonique, je vous propose de nous rencontrer au cabinet, 14 quai Saint-Vincent, "
     "mardi 18 mars à 10h. Pourriez-vous m'apporter une copie de vos diplômes ?"),
    ("fr_cabinet_lyon", "rejection", "client_choice", "RAF - retour de notre client",
     "Je reviens vers vous comme convenu. Notre client a rencontré trois personnes en entretien final et a "
     "exprimé une préférence pour un profil ayant déjà conduit une transmission d'entreprise. Votre "
     "candidature n'a donc pas été retenue à l'issue de ce dernier tour. Je le regrette sincèrement car votre "
     "rencontre avait été très appréciée."),
    ("fr_cabinet_lyon", "rejection", "not_match", "Votre candidature - Contrôleuse de gestion (H/F)",
     "Merci de nous avoir adressé votre candidature. Après étude, votre parcours ne correspond pas tout à fait "
     "aux critères définis avec notre client, notamment sur la consolidation IFRS. Nous ne manquerons pas de "
     "vous recontacter si une mission plus adaptée se présentait."),
    ("fr_cabinet_lyon", "other", "business", "Facture mission de conseil - février",
     "Veuillez trouver ci-joint notre facture pour la mission de conseil en organisation réalisée en "
     "février. Le règlement est attendu sous 30 jours. Merci de votre confiance."),
    # fr_be_interim: a Walloon temping agency from a phone, "tu", short.
    ("fr_be_interim", "recruiter_outreach", "outreach", "Job étudiant ?",
     "J'ai un job d'été en production chez un client à Gosselies, 2 pauses, à partir du 1er juillet. Ça "
     "t'intéresse ? Dis-moi vite !"),
    ("fr_be_interim", "interview", "invitation", "Rdv à l'agence",
     "Tu peux passer à l'agence jeudi à 14h pour qu'on fasse ton inscription et un petit entretien ? Prends "
     "ta carte d'identité et ton CV."),
    ("fr_be_interim", "rejection", "client_choice", "Pour le poste chez Carolo Packaging",
     "Je viens d'avoir le client au téléphone, ils ont pris quelqu'un qui avait déjà le permis cariste. Sorry "
     "pour celle-ci, je te tiens au courant dès que j'ai autre chose."),
    ("fr_be_interim", "offer", "contract", "Ton contrat pour lundi",
     "C'est bon pour lundi 6h chez Carolo ! Ton contrat de travail intérimaire est dans ton espace, tu dois "
     "juste le signer en ligne avant dimanche soir."),
    ("fr_be_interim", "rejection", "cancelled", "Re: mission magasin",
     "Le client a annulé la mission au dernier moment, ils n'ont finalement besoin de personne ce mois-ci. "
     "Je suis dégoûtée pour toi."),
    # fr_ch_fondation: a Geneva foundation's HR, "postulation", formal, the no in one sentence.
    ("fr_ch_fondation", "application_ack", "ack", "Accusé de réception de votre postulation",
     "Nous accusons réception de votre postulation pour le poste d'infirmière en soins à domicile à 80% et "
     "vous en remercions. Votre dossier sera examiné dans les meilleurs délais."),
    ("fr_ch_fondation", "rejection", "thanks_first", "Votre postulation - infirmière en soins à domicile",
     "Nous avons bien reçu votre dossier et vous remercions de l'intérêt que vous portez à notre fondation. "
     "Nous avons pris connaissance de votre parcours avec attention.\n\nNous sommes toutefois au regret de "
     "vous annoncer que nous ne sommes pas en mesure de donner une suite favorable à votre postulation, "
     "d'autres dossiers correspondant davantage au profil recherché.\n\nVotre dossier vous est retourné par "
     "voie électronique."),
    ("fr_ch_fondation", "interview", "invitation", "Convocation à un entretien",
     "Nous avons le plaisir de vous convier à un entretien le mercredi 19 mars à 14h00 dans nos locaux, "
     "route de Chêne 42. Vous rencontrerez l'infirmière cheffe et notre responsable RH."),
    ("fr_ch_fondation", "rejection", "after_interview", "Suite à notre entretien du 19 mars",
     "Nous vous remercions d'être venue nous rencontrer. Au terme de nos entretiens, notre choix s'est porté "
     "sur une autre personne, dont l'expérience en oncologie correspondait plus étroitement à nos besoins."),
    ("fr_ch_fondation", "offer", "offer", "Proposition d'engagement",
     "Nous avons le plaisir de vous confirmer notre souhait de vous engager en qualité d'infirmière à 80% dès "
     "le 1er mai. Vous trouverez ci-joint votre contrat de travail en deux exemplaires, à nous retourner "
     "signés."),
    # fr_qc_caisse: a Québec credit union: "affichage", "entrevue", "courriel".
    ("fr_qc_caisse", "application_ack", "ack", "Confirmation de votre candidature - affichage 25-0312",
     "Nous vous remercions d'avoir soumis votre candidature pour le poste de conseillère en finances "
     "personnelles. Seules les personnes retenues pour une entrevue seront contactées."),
    ("fr_qc_caisse", "rejection", "thanks_first", "Affichage 25-0312 - Conseillère en finances personnelles",
     "Nous tenons à vous remercier de l'intérêt manifesté envers notre caisse et du temps consacré à votre "
     "candidature. Le processus a suscité un grand nombre de candidatures de qualité.\n\nAprès analyse, nous "
     "vous informons que votre candidature n'a pas été retenue pour la suite du processus de sélection. Nous "
     "vous encourageons à consulter nos prochains affichages."),
    ("fr_qc_caisse", "interview", "invitation", "Invitation en entrevue",
     "Votre candidature a retenu notre attention et nous aimerions vous rencontrer en entrevue le jeudi 27 "
     "mars à 13 h 30, au centre de services de Saint-Jérôme. Merci de confirmer votre présence par courriel."),
    ("fr_qc_caisse", "assessment", "test", "Tests de sélection en ligne",
     "La prochaine étape consiste en des tests psychométriques et un test de raisonnement numérique, à "
     "compléter en ligne d'ici lundi. Prévoyez environ 60 minutes sans interruption."),
    ("fr_qc_caisse", "rejection", "after_test", "Résultats des tests de sélection",
     "Merci d'avoir complété les tests. Malheureusement, les résultats obtenus ne nous permettent pas de "
     "poursuivre votre candidature pour ce poste."),
    ("fr_qc_caisse", "other", "alert", "Nouvelles offres d'emploi dans votre région",
     "Trois nouveaux postes correspondant à vos alertes ont été affichés cette semaine : caissière, agente "
     "au soutien administratif et conseillère en services aux membres. Consultez-les sur notre site."),
    # fr_boulangerie: a bakery owner writing as he speaks.
    ("fr_boulangerie", "application_ack", "ack", "Re: candidature vendeuse",
     "Bien reçu votre CV, merci. Je regarde ça avec ma femme ce week-end et je vous rappelle."),
    ("fr_boulangerie", "interview", "trial", "Re: candidature vendeuse",
     "Vous pouvez venir samedi matin à 7h pour un essai de deux heures au magasin ? Comme ça on voit si ça "
     "colle."),
    ("fr_boulangerie", "rejection", "after_trial", "Re: essai de samedi",
     "Merci d'être venue samedi, vous avez été très gentille avec les clients. Mais on a finalement pris une "
     "jeune qui habite à côté et qui peut faire les ouvertures. Bonne continuation à vous."),
    ("fr_boulangerie", "other", "business", "Commande galettes",
     "Pour votre commande de 12 galettes pour le comité d'entreprise, c'est noté pour vendredi 10h. On "
     "fait une offre à 10% pour plus de 10 pièces."),
    # fr_france_travail: the public employment service's notices (no accents).
    ("fr_france_travail", "other", "admin", "Votre actualisation du mois de mars",
     "Nous vous rappelons que votre actualisation mensuelle doit etre effectuee avant le 15 avril. Sans "
     "actualisation, vos droits pourraient etre suspendus."),
    ("fr_france_travail", "other", "admin", "Convocation a un rendez-vous avec votre conseillere",
     "Vous etes convoquee a un entretien de suivi avec votre conseillere le 24 mars a 9h30 dans votre agence "
     "France Travail d'Angers. Cet entretien porte sur votre projet personnalise d'acces a l'emploi."),
    ("fr_france_travail", "recruiter_outreach", "match", "Une entreprise souhaite vous rencontrer",
     "Un employeur a consulte votre profil et souhaite vous proposer une offre : assistante comptable en CDD "
     "6 mois, Angers. Si vous etes interessee, repondez depuis votre espace avant vendredi."),
    ("fr_france_travail", "rejection", "relay", "Reponse de l'employeur a votre candidature",
     "L'entreprise Menuiseries Anjou vous informe qu'elle ne donne pas suite a votre candidature a l'offre "
     "n 187QZKT, le poste ayant ete attribue a une autre personne."),
    ("fr_france_travail", "other", "admin", "Atelier : reussir son entretien d'embauche",
     "Inscrivez-vous a notre atelier collectif 'Reussir son entretien d'embauche' le 2 avril de 9h a 12h. "
     "Places limitees, inscription depuis votre espace."),
]

# ---------------------------------------------------------------- French, not about a job, tune
CORES += [
    ("fr_banque", "other", "bank", "Votre offre de prêt immobilier",
     "Suite à notre entretien de mardi, j'ai le plaisir de vous adresser votre offre de prêt immobilier. Vous "
     "disposez d'un délai de réflexion de 10 jours avant de pouvoir l'accepter."),
    ("fr_banque", "other", "bank", "Votre demande de crédit renouvelable",
     "Nous avons étudié avec attention votre demande de crédit renouvelable. Nous avons le regret de vous "
     "informer que nous ne pouvons pas y donner une suite favorable au regard de votre taux d'endettement."),
    ("fr_banque", "other", "bank", "Rendez-vous bilan épargne",
     "Je vous propose un rendez-vous le 21 mars à 17h en agence pour faire le point sur votre épargne et vos "
     "projets. Merci de me confirmer ce créneau."),
    ("fr_banque", "other", "bank", "Nouveau contrat : carte Visa Premier",
     "Votre nouveau contrat carte Visa Premier a bien été enregistré. Votre carte vous sera envoyée sous 8 "
     "jours ouvrés à votre domicile."),
    ("fr_mairie", "other", "admin", "Votre candidature pour une parcelle au jardin partagé",
     "Nous avons bien reçu votre candidature pour une parcelle au jardin partagé des Prés. Les parcelles "
     "seront attribuées par tirage au sort lors de la commission du 5 avril."),
    ("fr_mairie", "other", "admin", "Attribution des parcelles - jardin partagé",
     "Nous vous remercions pour votre demande. Nous sommes au regret de vous informer que votre dossier n'a "
     "pas été retenu lors du tirage au sort ; vous êtes inscrite sur la liste d'attente en position 4."),
    ("fr_mairie", "other", "admin", "Convocation - bureau de vote",
     "Vous avez accepté d'être assesseure lors du scrutin du 23 mars. Vous êtes attendue au bureau de vote "
     "n°2 (école Jules-Ferry) à 7h45."),
    ("fr_mairie", "other", "admin", "Recrutement d'animateurs périscolaires - information aux familles",
     "La commune recrute de nouveaux animateurs pour la rentrée afin d'ouvrir l'accueil du mercredi. Les "
     "inscriptions des enfants à l'accueil de loisirs ouvrent le 15 avril."),
    ("fr_collegues", "other", "colleague", "Offre pour le chantier Bellevue",
     "Le client a validé notre offre pour le chantier Bellevue, on attaque la semaine du 14. Tu peux "
     "préparer le planning des équipes ?"),
    ("fr_collegues", "other", "colleague", "Entretien annuel - ton créneau",
     "Je cale les entretiens annuels de l'équipe la semaine prochaine. Le tien serait jeudi 15h, ça te va ? "
     "Pense à remplir ta grille d'auto-évaluation."),
    ("fr_collegues", "other", "colleague", "Re: candidature appel d'offres lycée",
     "Mauvaise nouvelle, notre candidature pour l'appel d'offres du lycée n'a pas été retenue, c'est "
     "Bâtiloire qui l'emporte au prix. On débriefe lundi."),
    ("fr_collegues", "other", "colleague", "Ton poste de travail",
     "L'informatique passe demain changer ton poste de travail, pense à sauvegarder tes fichiers sur le "
     "serveur avant ce soir."),
    ("fr_collegues", "other", "colleague", "Pot de départ de Martine",
     "On organise le pot de départ à la retraite de Martine vendredi à 17h en salle de réunion. Cagnotte en "
     "ligne pour le cadeau !"),
    ("fr_agence_location", "other", "landlord", "Votre dossier de candidature - T3 rue Lebrun",
     "Nous accusons réception de votre dossier de candidature pour l'appartement T3 situé rue Lebrun. Il "
     "sera transmis au propriétaire avec les autres dossiers."),
    ("fr_agence_location", "other", "landlord", "Appartement rue Lebrun",
     "Nous vous remercions pour l'intérêt porté à ce logement. Malheureusement, le propriétaire a retenu un "
     "autre dossier. Nous restons à votre disposition pour d'autres biens."),
    ("fr_agence_location", "other", "landlord", "Visite de l'appartement - confirmation",
     "Je vous confirme la visite de l'appartement rue Lebrun samedi à 11h. Merci de vous munir de vos trois "
     "derniers bulletins de salaire et de votre contrat de travail."),
    ("fr_agence_location", "other", "landlord", "Régularisation des charges 2024",
     "Veuillez trouver ci-joint le décompte de régularisation des charges de l'année 2024. Le solde en votre "
     "faveur sera déduit de votre prochain loyer."),
]

# ---------------------------------------------------------------- French, report writers
CORES += [
    # fr_ch_horlogerie: a Vallée de Joux watchmaker's softgarden templates.
    ("fr_ch_horlogerie", "application_ack", "ack", "Votre dossier - Opératrice en horlogerie",
     "Merci pour votre dossier. Il a bien été transmis à notre service du personnel, qui reviendra vers vous "
     "dans un délai de trois semaines environ."),
    ("fr_ch_horlogerie", "rejection", "thanks_first", "Votre candidature - Opératrice en horlogerie",
     "Nous vous remercions de la confiance témoignée à notre manufacture. Votre dossier a retenu toute notre "
     "attention et nous l'avons examiné avec soin.\n\nAprès mûre réflexion, nous devons vous informer que "
     "nous avons donné la préférence à une candidate disposant d'une formation d'horlogère CFC.\n\nNous vous "
     "souhaitons plein succès dans vos recherches."),
    ("fr_ch_horlogerie", "assessment", "test", "Test de dextérité",
     "Dans le cadre de votre candidature, nous vous invitons à un test pratique de dextérité d'une heure dans "
     "nos ateliers le 2 avril à 9h. Merci de confirmer votre venue."),
    ("fr_ch_horlogerie", "rejection", "after_test", "Résultat du test pratique",
     "Nous vous remercions d'avoir participé au test pratique. Nous sommes au regret de ne pas pouvoir "
     "poursuivre le processus avec vous."),
    ("fr_ch_horlogerie", "offer", "offer", "Votre engagement au sein de la manufacture",
     "Nous avons le plaisir de vous informer que votre candidature a été retenue. Votre contrat de travail "
     "vous parviendra par courrier cette semaine ; votre premier jour est fixé au lundi 5 mai."),
    # fr_indeed: Indeed's notices and employers' messages relayed.
    ("fr_indeed", "application_ack", "ack", "Candidature envoyée : Assistante de direction",
     "Votre candidature a été envoyée à Groupe Vautrin. Voici ce qui se passe ensuite : l'employeur examine "
     "votre candidature et vous contactera s'il souhaite aller plus loin."),
    ("fr_indeed", "rejection", "relay", "Une mise à jour concernant votre candidature chez Transports Maréchal",
     "Transports Maréchal vous a envoyé un message : « Bonjour, merci pour votre intérêt. Nous avons décidé "
     "de ne pas retenir votre candidature pour le poste d'assistante d'exploitation. Bonne chance ! »"),
    ("fr_indeed", "interview", "relay", "Groupe Vautrin souhaite planifier un entretien",
     "Groupe Vautrin vous invite à un entretien pour le poste d'Assistante de direction. Choisissez un "
     "horaire parmi les créneaux proposés par l'employeur."),
    ("fr_indeed", "other", "alert", "Nouveaux emplois : assistante de direction à Angers",
     "12 nouvelles offres correspondent à votre recherche. Postulez facilement avec votre CV Indeed."),
    ("fr_indeed", "rejection", "status", "Statut de votre candidature : non retenue",
     "Le statut de votre candidature pour Secrétaire médicale chez Clinique de l'Anjou a été mis à jour : "
     "l'employeur a indiqué que votre candidature n'est pas retenue."),
    # fr_esn_linkedin: an IT services recruiter, "tu", LinkedIn.
    ("fr_esn_linkedin", "recruiter_outreach", "outreach", "Ton profil de cheffe de projet",
     "Je suis tombé sur ton profil LinkedIn et ton expérience en conduite du changement m'a tapé dans l'œil. "
     "On recrute plusieurs chef·fe·s de projet pour des clients grands comptes à Nantes. On s'appelle cette "
     "semaine ?"),
    ("fr_esn_linkedin", "interview", "invitation", "Entretien avec notre directeur d'agence",
     "Top notre échange d'hier ! Je t'ai calé un entretien avec Olivier, notre directeur d'agence, lundi "
     "11h dans nos locaux. Il te présentera les missions en cours."),
    ("fr_esn_linkedin", "rejection", "client_choice", "Mission Banque Atlantique",
     "Je reviens vers toi pour la mission chez Banque Atlantique : le client a finalement retenu un·e "
     "consultant·e déjà référencé·e chez eux. Je suis déçu, ton profil collait bien. Je reviens vers toi "
     "dès qu'une autre mission s'ouvre."),
    ("fr_esn_linkedin", "offer", "offer", "Ta proposition",
     "Comme promis, je t'envoie notre proposition d'embauche en CDI : 48 k€ brut annuel, prime "
     "d'intéressement et télétravail 2 jours. On a hâte de t'accueillir !"),
    ("fr_esn_linkedin", "rejection", "no_mission", "Point sur ta candidature",
     "Petit point transparent : on n'a pas de mission qui correspond à ton profil en ce moment et on ne va "
     "pas pouvoir avancer sur ta candidature. Je garde ton CV sous le coude."),
    # fr_departement: a département's DRH, formal letters.
    ("fr_departement", "application_ack", "ack", "Accusé de réception - offre n° 2025-044",
     "J'accuse réception de votre candidature au poste de travailleur social (offre n° 2025-044). Elle sera "
     "examinée par le jury de recrutement qui se réunira début avril."),
    ("fr_departement", "rejection", "formal", "Votre candidature - offre n° 2025-044",
     "Vous avez bien voulu faire acte de candidature au poste de travailleur social et je vous en remercie. "
     "Après examen de l'ensemble des candidatures par le jury, je suis au regret de vous faire savoir que "
     "celle-ci n'a pu être retenue."),
    ("fr_departement", "interview", "invitation", "Convocation devant le jury de recrutement",
     "J'ai le plaisir de vous informer que vous êtes convoquée à un entretien devant le jury de recrutement "
     "le 8 avril à 10h15, à l'Hôtel du Département, salle 204."),
    ("fr_departement", "rejection", "after_interview", "Suite au jury de recrutement du 8 avril",
     "Je vous remercie de vous être présentée devant le jury. Celui-ci a souhaité retenir une autre "
     "candidature. Je vous souhaite une bonne continuation dans votre parcours professionnel."),
    ("fr_departement", "other", "admin", "Votre demande d'allocation personnalisée d'autonomie",
     "Votre demande d'APA pour Mme Roussel Jeanne a été instruite. Un évaluateur prendra contact avec vous "
     "pour une visite à domicile."),
    # fr_be_ingenierie: a Liège engineering firm's HR.
    ("fr_be_ingenierie", "application_ack", "ack", "Merci pour votre candidature",
     "Nous vous confirmons la bonne réception de votre candidature pour la fonction de dessinatrice "
     "projeteuse. Nous revenons vers vous dès que possible."),
    ("fr_be_ingenierie", "assessment", "test", "Assessment center - invitation",
     "Vous êtes invitée à participer à notre assessment center le 10 avril : mise en situation, test de "
     "logique et présentation orale. La journée se déroule de 9h à 16h à Liège."),
    ("fr_be_ingenierie", "rejection", "after_assessment", "Résultat de l'assessment center",
     "Merci pour votre participation et votre énergie lors de la journée d'assessment. Les évaluateurs ont "
     "apprécié votre présentation. Néanmoins, nous avons décidé de ne pas poursuivre avec votre candidature "
     "pour cette fonction."),
    ("fr_be_ingenierie", "rejection", "internal", "Fonction de cheffe de chantier",
     "Nous vous remercions pour l'intérêt porté à notre société. La fonction de cheffe de chantier a été "
     "pourvue en interne et le processus de sélection est donc clôturé."),
    ("fr_be_ingenierie", "offer", "offer", "Proposition de contrat",
     "Suite à nos entretiens, nous avons le plaisir de vous faire une offre pour la fonction de dessinatrice "
     "projeteuse, contrat à durée indéterminée, avec voiture de société. Vous trouverez les conditions en "
     "annexe."),
    # fr_qc_cegep: a Québec cégep's HR.
    ("fr_qc_cegep", "application_ack", "ack", "Concours 2025-17 - Technicienne en documentation",
     "Nous avons bien reçu votre candidature au concours 2025-17. Nous communiquerons uniquement avec les "
     "personnes retenues pour la suite du processus."),
    ("fr_qc_cegep", "assessment", "test", "Convocation - examens de qualification",
     "Vous êtes convoquée aux examens de qualification (français écrit et logiciel Koha) le 3 avril à 9 h au "
     "local B-214. Prévoyez une pièce d'identité avec photo."),
    ("fr_qc_cegep", "rejection", "exam", "Concours 2025-17 - résultats",
     "Nous vous remercions de votre participation aux examens. Nous sommes au regret de vous informer que "
     "vous n'avez pas atteint le seuil de réussite requis et que votre candidature ne sera pas retenue pour "
     "l'étape de l'entrevue."),
    ("fr_qc_cegep", "rejection", "thanks_first", "Concours 2025-21 - Agente de bureau",
     "Nous tenons à vous remercier sincèrement pour l'intérêt manifesté envers le Cégep de Rivière-Claire. "
     "Nous avons reçu un nombre important de candidatures pour ce poste.\n\nAu terme de l'analyse des "
     "dossiers, votre candidature n'a pas été retenue. Nous conserverons toutefois votre dossier pour une "
     "période de six mois."),
    ("fr_qc_cegep", "other", "admin", "Journée portes ouvertes du Cégep",
     "Le Cégep de Rivière-Claire vous invite à sa journée portes ouvertes le 12 avril. Venez découvrir nos "
     "programmes et rencontrer nos enseignants !"),
    # fr_hotel_personio: a hotel group's Personio templates.
    ("fr_hotel_personio", "application_ack", "ack", "Candidature reçue - Réceptionniste de nuit",
     "Merci pour votre candidature au poste de Réceptionniste de nuit à l'Hôtel Belle Rive Annecy. Nous "
     "l'étudions et revenons vers vous sous 15 jours."),
    ("fr_hotel_personio", "interview", "invitation", "Entretien - Réceptionniste de nuit",
     "Votre profil nous intéresse ! Nous vous proposons un entretien avec notre cheffe de réception le 1er "
     "avril à 15h à l'hôtel. Merci de confirmer via le lien."),
    ("fr_hotel_personio", "rejection", "thanks_first", "Votre candidature - Hôtels Belle Rive",
     "Un grand merci pour votre candidature et pour le temps que vous nous avez accordé. Nous avons été "
     "sensibles à votre motivation.\n\nMalheureusement, nous ne pourrons pas donner une suite favorable à "
     "votre candidature cette fois-ci. Nous vous souhaitons beaucoup de succès."),
    ("fr_hotel_personio", "rejection", "filled", "Poste de Gouvernante - Hôtel Belle Rive Évian",
     "Nous vous informons que le poste de gouvernante pour lequel vous avez postulé a déjà été pourvu. Nous "
     "vous remercions de votre compréhension."),
    ("fr_hotel_personio", "other", "newsletter", "Offre printemps : -20% sur votre séjour",
     "Profitez de notre offre de printemps dans nos hôtels au bord du lac : -20% pour toute réservation "
     "avant le 31 mars."),
    # fr_asso: a small association.
    ("fr_asso", "interview", "invitation", "Rencontre pour le poste d'animatrice",
     "Merci pour ta candidature, enfin votre candidature ! On aimerait beaucoup vous rencontrer au jardin "
     "mardi vers 17h pour discuter du poste d'animatrice en contrat aidé."),
    ("fr_asso", "rejection", "funding", "Poste d'animatrice",
     "Je suis désolée de devoir vous écrire ça : la subvention de la Région n'a pas été renouvelée et le "
     "conseil d'administration a décidé de ne pas créer le poste cette année. Nous ne pourrons donc pas vous "
     "embaucher."),
    ("fr_asso", "other", "volunteer", "Appel à bénévoles - fête du printemps",
     "Nous cherchons des bénévoles pour tenir les stands de la fête du printemps le 17 mai. Inscrivez-vous "
     "dans le tableau partagé !"),
    ("fr_asso", "other", "volunteer", "Assemblée générale - candidatures au CA",
     "L'assemblée générale aura lieu le 5 avril. Les candidatures au conseil d'administration sont à envoyer "
     "avant le 28 mars."),
]

# ---------------------------------------------------------------- French, not about a job, report
CORES += [
    ("fr_assureur", "other", "insurer", "Votre déclaration de sinistre n° 2025-88412",
     "Après étude de votre déclaration, nous avons le regret de vous informer que le sinistre n'est pas "
     "couvert par les garanties de votre contrat habitation. Votre demande d'indemnisation ne peut donc pas "
     "être retenue."),
    ("fr_assureur", "other", "insurer", "Votre nouvelle offre auto",
     "Bonne nouvelle : votre offre auto personnalisée est prête. Signez votre contrat en ligne avant le 30 "
     "mars pour bénéficier d'un mois offert."),
    ("fr_assureur", "other", "insurer", "Rendez-vous avec l'expert",
     "L'expert mandaté passera à votre domicile le 4 avril entre 9h et 12h afin d'évaluer les dommages."),
    ("fr_assureur", "other", "insurer", "Échéance de votre contrat",
     "Votre contrat habitation arrive à échéance le 1er mai. Il sera reconduit tacitement sauf résiliation de "
     "votre part."),
    ("fr_ecole", "other", "school", "Élections des représentants de parents",
     "Les élections des représentants de parents au conseil d'école auront lieu le 10 octobre. Les parents "
     "qui souhaitent se porter candidats peuvent déposer leur candidature avant le 30 septembre."),
    ("fr_ecole", "other", "school", "Rencontres parents-enseignants",
     "Les entretiens individuels avec les enseignants auront lieu la semaine du 24 mars. Merci de réserver "
     "un créneau sur le cahier de liaison."),
    ("fr_ecole", "other", "school", "Sortie au musée - autorisation",
     "La classe de CE2 se rendra au musée des Beaux-Arts le 8 avril. Merci de retourner l'autorisation "
     "signée avant vendredi."),
    ("fr_ecole", "other", "school", "Stage de 3e : offres des entreprises partenaires",
     "Pour les familles des anciens élèves : le collège relaie les offres de stage d'observation de 3e des "
     "entreprises partenaires. La liste est disponible à l'accueil."),
    ("fr_boutique", "other", "shop", "Votre commande n° 55321 a été expédiée",
     "Bonne nouvelle, votre commande est en route ! Suivez votre colis avec le numéro de suivi ci-dessous."),
    ("fr_boutique", "other", "shop", "Offres exclusives : ventes privées",
     "Les ventes privées commencent demain : jusqu'à -40% sur le linge de maison. Offre réservée à nos "
     "abonnées."),
    ("fr_boutique", "other", "shop", "Votre avis compte",
     "Comment s'est passée votre dernière commande ? Laissez un avis et recevez 5 € sur votre prochain "
     "achat."),
    ("fr_boutique", "other", "shop", "Nous recrutons en boutique !",
     "Notre nouvelle boutique de Nantes ouvre ses portes le 15 avril ! Venez découvrir la collection "
     "printemps et profiter de 15% sur tout le magasin le jour de l'ouverture."),
    ("fr_newsletter", "other", "newsletter", "Marché de l'emploi : les cadres plus prudents",
     "Cette semaine : l'Apec publie son baromètre trimestriel, les intentions d'embauche des cadres reculent ; "
     "comment mener un entretien de recrutement sans biais ; et notre dossier sur la promesse d'embauche."),
    ("fr_newsletter", "other", "newsletter", "Webinaire : réussir ses entretiens annuels",
     "Inscrivez-vous à notre webinaire du 3 avril : managers, comment préparer les entretiens annuels et "
     "professionnels de vos équipes ?"),
    ("fr_newsletter", "other", "newsletter", "Recrutement : le refus des candidats, un sujet sensible",
     "Notre enquête : 6 candidats sur 10 n'ont jamais reçu de réponse à leur candidature. Comment rédiger un "
     "refus bienveillant ? Nos conseils et modèles de lettres."),
    ("fr_newsletter", "other", "newsletter", "Votre abonnement arrive à échéance",
     "Votre abonnement à La Lettre RH & Management expire le 31 mars. Renouvelez-le dès maintenant pour ne "
     "manquer aucun numéro."),
]

# ---------------------------------------------------------------- German, tune writers
CORES += [
    # de_personio_startup: a Berlin start-up's Personio, "du", English words.
    ("de_personio_startup", "application_ack", "ack", "Danke für deine Bewerbung bei Kranich!",
     "Schön, dass du dich für die Position als Operations Managerin (m/w/d) interessierst! Deine Bewerbung ist "
     "bei uns angekommen und wir melden uns innerhalb von zwei Wochen bei dir."),
    ("de_personio_startup", "interview", "call", "Lass uns kennenlernen!",
     "Dein Profil hat uns neugierig gemacht. Hast du Lust auf ein 30-minütiges Kennenlerngespräch per Google "
     "Meet? Buch dir einfach einen Slot über den Link unten."),
    ("de_personio_startup", "rejection", "thanks_first", "Update zu deiner Bewerbung",
     "Danke nochmal für das super nette Gespräch mit Lea und Ben, wir hatten echt Spaß und haben viel über "
     "deine Zeit bei Velo gelernt.\n\nWir haben lange überlegt und uns am Ende für eine andere Kandidatin "
     "entschieden, die schon Erfahrung mit Flottenmanagement mitbringt. Das war wirklich knapp.\n\nWir "
     "wünschen dir alles Gute und würden uns freuen, wenn wir in Kontakt bleiben!"),
    ("de_personio_startup", "assessment", "case", "Deine Case Study",
     "Wie besprochen bekommst du hier unsere kleine Case Study zum Thema Auslastungsplanung. Nimm dir max. "
     "drei Stunden Zeit und schick uns deine Lösung bis Freitag. Im nächsten Call sprechen wir darüber."),
    ("de_personio_startup", "offer", "offer", "Wir wollen dich im Team! 🎉",
     "Wir freuen uns riesig, dir die Stelle als Operations Managerin anbieten zu können! Anbei findest du "
     "unser Angebot mit Gehalt, Startdatum und Benefits. Lass uns morgen kurz telefonieren."),
    ("de_personio_startup", "rejection", "paused", "Position Growth Lead",
     "Leider müssen wir dir mitteilen, dass wir die Position Growth Lead aus budgetären Gründen vorerst auf "
     "Eis legen. Deshalb können wir den Prozess mit dir nicht fortsetzen. Sorry für die Umstände!"),
    # de_stepstone: StepStone's notices and relayed employer decisions.
    ("de_stepstone", "application_ack", "ack", "Deine Bewerbung wurde erfolgreich versendet",
     "Deine Bewerbung als Sachbearbeiterin Einkauf bei der Nordwerk GmbH wurde erfolgreich übermittelt. Den "
     "Status kannst du jederzeit unter 'Meine Bewerbungen' verfolgen."),
    ("de_stepstone", "rejection", "status", "Neuigkeiten zu deiner Bewerbung bei Nordwerk GmbH",
     "Der Status deiner Bewerbung als Sachbearbeiterin Einkauf hat sich geändert: Das Unternehmen hat sich "
     "gegen eine Weiterführung deiner Bewerbung entschieden. Lass dich nicht entmutigen - passende Jobs "
     "warten auf dich."),
    ("de_stepstone", "other", "alert", "Neue Jobs für dich: Einkauf in Kassel",
     "Wir haben 8 neue Stellenangebote gefunden, die zu deinem Suchauftrag passen. Jetzt ansehen und mit "
     "einem Klick bewerben."),
    ("de_stepstone", "other", "platform", "Dein Profil wurde 5-mal angesehen",
     "Gute Nachrichten: Recruiter*innen haben dein Profil diese Woche 5-mal angesehen. Vervollständige dein "
     "Profil, um noch sichtbarer zu werden."),
    ("de_stepstone", "other", "platform", "Gehaltsreport 2025: Was verdienst du?",
     "Unser neuer Gehaltsreport ist da. Finde heraus, ob dein Gehalt marktgerecht ist, und bereite dich auf "
     "deine nächste Gehaltsverhandlung vor."),
    # de_at_magistrat: a Viennese Magistrat's Aufnahmeverfahren, formal Austrian German.
    ("de_at_magistrat", "application_ack", "ack", "Eingangsbestätigung Ihrer Bewerbung",
     "Wir bestätigen den Eingang Ihrer Bewerbung für die Verwendung als Verwaltungsbedienstete (Kennzahl "
     "MA01-2025-114). Über den weiteren Verlauf des Aufnahmeverfahrens werden Sie verständigt."),
    ("de_at_magistrat", "assessment", "test", "Einladung zum Aufnahmetest",
     "Sie werden zum schriftlichen Aufnahmetest am 2. April 2025 um 8:30 Uhr eingeladen. Der Test umfasst "
     "Allgemeinwissen, Rechtschreibung und logisches Denken. Bitte bringen Sie einen Lichtbildausweis mit."),
    ("de_at_magistrat", "rejection", "exam", "Ergebnis des Aufnahmetests",
     "Wir danken Ihnen für Ihre Teilnahme am Aufnahmetest. Leider haben Sie die erforderliche Mindestpunktezahl "
     "nicht erreicht, weshalb eine Aufnahme in den Dienst der Stadt derzeit nicht möglich ist."),
    ("de_at_magistrat", "interview", "invitation", "Einladung zum Hearing",
     "Auf Grund Ihrer Bewerbung laden wir Sie zu einem Hearing vor der Aufnahmekommission am 14. April 2025 "
     "um 10:00 Uhr, Rathausstraße 8, Zimmer 312, ein."),
    ("de_at_magistrat", "rejection", "formal", "Ihre Bewerbung - Kennzahl MA01-2025-131",
     "Bezugnehmend auf Ihre Bewerbung teilen wir Ihnen mit, dass diese im gegenständlichen Auswahlverfahren "
     "nicht berücksichtigt werden konnte. Ihre Unterlagen werden nach Ablauf der Frist gelöscht."),
    # de_ch_versicherung: a Swiss insurer's HR, no ß.
    ("de_ch_versicherung", "application_ack", "ack", "Ihre Bewerbung als Sachbearbeiterin Leistungen",
     "Besten Dank für Ihre Bewerbung und Ihr Interesse an der Helvetia Nova. Wir prüfen Ihr Dossier sorgfältig "
     "und melden uns in den nächsten zwei Wochen bei Ihnen."),
    ("de_ch_versicherung", "rejection", "thanks_first", "Ihre Bewerbung als Sachbearbeiterin Leistungen",
     "Nochmals herzlichen Dank für Ihr Dossier und das Vertrauen, das Sie uns damit entgegenbringen. Wir "
     "haben Ihre Unterlagen mit grossem Interesse gelesen.\n\nNach sorgfältiger Prüfung müssen wir Ihnen "
     "leider eine Absage erteilen. Wir haben uns für eine Person entschieden, deren Profil unseren "
     "Anforderungen noch besser entspricht.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute."),
    ("de_ch_versicherung", "interview", "invitation", "Einladung zum Vorstellungsgespräch",
     "Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, "
     "25. März, um 14.00 Uhr an unserem Hauptsitz in Bern ein. Bitte bestätigen Sie den Termin."),
    ("de_ch_versicherung", "rejection", "after_interview", "Ihre Bewerbung - Rückmeldung",
     "Vielen Dank für das offene Gespräch vom letzten Dienstag. Wir haben uns die Entscheidung nicht leicht "
     "gemacht, sind aber zum Schluss gekommen, den Prozess mit einer anderen Kandidatin weiterzuführen."),
    ("de_ch_versicherung", "offer", "offer", "Ihr Arbeitsvertrag",
     "Wir freuen uns sehr, Ihnen mitteilen zu dürfen, dass wir Sie als Sachbearbeiterin Leistungen anstellen "
     "möchten. Den Arbeitsvertrag senden wir Ihnen in doppelter Ausführung per Post zu."),
    # de_schreinerei: a joinery owner.
    ("de_schreinerei", "application_ack", "ack", "AW: Bewerbung Bürokraft",
     "Hallo, Ihre Bewerbung ist angekommen, danke. Ich schau sie mir die Tage an und ruf Sie dann an."),
    ("de_schreinerei", "interview", "invitation", "AW: Bewerbung Bürokraft",
     "Können Sie am Donnerstag um 16 Uhr in der Werkstatt vorbeikommen? Dann reden wir mal in Ruhe und "
     "ich zeig Ihnen alles."),
    ("de_schreinerei", "rejection", "after_interview", "Bürokraft",
     "Danke nochmal fürs Vorbeikommen. Wir haben uns jetzt aber für jemanden aus dem Ort entschieden, die "
     "schon Erfahrung mit Lohnabrechnung hat. Alles Gute weiterhin."),
    ("de_schreinerei", "other", "business", "Angebot Einbauschrank",
     "Anbei wie besprochen unser Angebot für den Einbauschrank im Flur, Eiche furniert, inkl. Montage. Das "
     "Angebot gilt vier Wochen."),
    # de_headhunter_xing: a head-hunter writing after Xing.
    ("de_headhunter_xing", "recruiter_outreach", "outreach", "Vertrauliche Anfrage - Leitung Controlling",
     "ich bin über Xing auf Ihr Profil aufmerksam geworden. Im Auftrag eines familiengeführten Mittelständlers "
     "aus Nordhessen suche ich eine Leitung Controlling. Hätten Sie Interesse an einem vertraulichen "
     "Austausch?"),
    ("de_headhunter_xing", "interview", "invitation", "Gespräch bei unserem Mandanten",
     "Unser Mandant möchte Sie gerne kennenlernen. Ich schlage den 3. April um 11 Uhr am Firmensitz vor; "
     "Gesprächspartner sind der Geschäftsführer und die Personalleiterin."),
    ("de_headhunter_xing", "rejection", "client_choice", "Leitung Controlling - Entscheidung",
     "wie angekündigt melde ich mich mit der Entscheidung unseres Mandanten. Nach der zweiten Runde hat man "
     "sich für einen Kandidaten mit Konzernerfahrung entschieden. Ich bedauere das sehr, das Feedback zu "
     "Ihnen war ausgesprochen positiv."),
    ("de_headhunter_xing", "rejection", "cancelled", "Mandat Kaufmännische Leitung",
     "leider hat unser Mandant das Suchmandat für die kaufmännische Leitung kurzfristig zurückgezogen; die "
     "Position wird nicht neu besetzt. Damit ist auch Ihre Kandidatur in diesem Verfahren beendet."),
    ("de_headhunter_xing", "other", "newsletter", "Wolff & Partner Gehaltsstudie Finanzen 2025",
     "Anbei erhalten Sie unsere aktuelle Gehaltsstudie für Fach- und Führungskräfte im Finanzbereich. "
     "Gerne bespreche ich die Ergebnisse mit Ihnen."),
    # de_klinikum: a clinic's softgarden templates, "Bewerber*innen".
    ("de_klinikum", "application_ack", "ack", "Eingangsbestätigung - Medizinische Fachangestellte (m/w/d)",
     "Vielen Dank für Ihre Bewerbung. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir "
     "sichten alle Bewerbungen sorgfältig und melden uns so bald wie möglich."),
    ("de_klinikum", "rejection", "thanks_first", "Ihre Bewerbung als Medizinische Fachangestellte",
     "Wir bedanken uns herzlich für Ihr Interesse an einer Tätigkeit im Klinikum Lahntal und für die "
     "Zusendung Ihrer aussagekräftigen Unterlagen. Die Vielzahl qualifizierter Bewerber*innen hat uns die "
     "Auswahl nicht leicht gemacht.\n\nLeider können wir Ihre Bewerbung im weiteren Verfahren nicht "
     "berücksichtigen.\n\nFür Ihren weiteren Lebensweg wünschen wir Ihnen alles Gute."),
    ("de_klinikum", "interview", "invitation", "Einladung zum Vorstellungsgespräch - Station 4B",
     "Wir freuen uns, Sie zu einem persönlichen Gespräch am 27. März um 13:30 Uhr einladen zu dürfen. Im "
     "Anschluss ist eine kurze Hospitation auf der Station vorgesehen."),
    ("de_klinikum", "rejection", "filled", "Stelle Stationssekretärin",
     "Vielen Dank für Ihre Bewerbung. Wir möchten Sie darüber informieren, dass die Stelle bereits besetzt "
     "wurde. Ihre Unterlagen werden gemäß Datenschutz nach sechs Monaten gelöscht."),
    ("de_klinikum", "offer", "offer", "Zusage - Medizinische Fachangestellte",
     "Wir freuen uns, Ihnen eine Zusage für die Stelle als Medizinische Fachangestellte geben zu können. Ihren "
     "Arbeitsvertrag erhalten Sie in den nächsten Tagen; bitte vereinbaren Sie einen Termin beim "
     "Betriebsarzt."),
    # de_arbeitsagentur: the Bundesagentur's notices (no umlauts).
    ("de_arbeitsagentur", "recruiter_outreach", "match", "Vermittlungsvorschlag",
     "wir haben ein Stellenangebot, das zu Ihrem Profil passt: Kaufmaennische Angestellte (m/w/d) bei der "
     "Hessenfrost GmbH, Kassel. Bitte bewerben Sie sich innerhalb von drei Tagen und teilen Sie uns das "
     "Ergebnis mit."),
    ("de_arbeitsagentur", "other", "admin", "Einladung zu einem Termin",
     "wir moechten mit Ihnen ueber Ihre berufliche Situation sprechen. Bitte kommen Sie am 26.03.2025 um "
     "10:00 Uhr in die Agentur fuer Arbeit Kassel, Raum 2.14. Bringen Sie Ihren Lebenslauf mit."),
    ("de_arbeitsagentur", "other", "admin", "Ihr Bescheid ueber Arbeitslosengeld",
     "Ihr Bewilligungsbescheid ueber Arbeitslosengeld steht in Ihrem Postfach bereit. Der Anspruch besteht "
     "fuer 360 Kalendertage."),
    ("de_arbeitsagentur", "other", "admin", "Bewerbungstraining im April",
     "Die Agentur fuer Arbeit bietet ein Bewerbungstraining an: Anschreiben, Lebenslauf und "
     "Vorstellungsgespraech. Termin: 8. und 9. April, jeweils 9 bis 13 Uhr."),
    ("de_arbeitsagentur", "rejection", "relay", "Rueckmeldung des Arbeitgebers",
     "der Arbeitgeber Hessenfrost GmbH hat uns mitgeteilt, dass Ihre Bewerbung nicht beruecksichtigt werden "
     "konnte, da die Stelle mit einer anderen Bewerberin besetzt wurde."),
]

# ---------------------------------------------------------------- German, not about a job, tune
CORES += [
    ("de_sparkasse", "other", "bank", "Ihre Kreditanfrage",
     "vielen Dank für Ihre Anfrage zu einem Ratenkredit. Nach Prüfung Ihrer Unterlagen müssen wir Ihnen "
     "leider mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können."),
    ("de_sparkasse", "other", "bank", "Ihr persönliches Angebot zur Baufinanzierung",
     "im Anschluss an unser Beratungsgespräch erhalten Sie anbei Ihr persönliches Angebot zur "
     "Baufinanzierung. Das Angebot ist bis zum 15. April gültig."),
    ("de_sparkasse", "other", "bank", "Terminbestätigung Beratungsgespräch",
     "hiermit bestätigen wir Ihren Termin zum Vermögensgespräch am 20. März um 16:30 Uhr in der Filiale "
     "Wilhelmshöhe."),
    ("de_sparkasse", "other", "bank", "Änderung Ihres Kontovertrags",
     "zum 1. Mai ändern sich die Preise für Ihr Girokonto. Die neuen Vertragsbedingungen finden Sie im "
     "elektronischen Postfach."),
    ("de_buergeramt", "other", "admin", "Ihre Bewerbung um einen Kita-Platz",
     "vielen Dank für Ihre Anmeldung im Kita-Portal. Leider können wir Ihnen für das Kitajahr 2025/26 keinen "
     "Platz in Ihren Wunscheinrichtungen anbieten. Ihre Anmeldung bleibt auf der Warteliste."),
    ("de_buergeramt", "other", "admin", "Terminbestätigung Bürgerbüro",
     "Ihr Termin zur Beantragung eines Personalausweises am 24.03.2025 um 9:20 Uhr ist bestätigt."),
    ("de_buergeramt", "other", "admin", "Wahlhelferinnen und Wahlhelfer gesucht",
     "Für die Kommunalwahl sucht die Stadt noch Wahlhelfer*innen. Sie erhalten ein Erfrischungsgeld von 50 "
     "Euro. Melden Sie sich bis zum 31. März."),
    ("de_buergeramt", "other", "admin", "Ihr Antrag auf Anwohnerparkausweis",
     "Ihr Antrag auf einen Anwohnerparkausweis wurde genehmigt. Der Ausweis kann nach Zahlung der Gebühr "
     "abgeholt werden."),
    ("de_kollegen", "other", "colleague", "Angebot für Müller Logistik",
     "Kannst du bis morgen noch mal über das Angebot für Müller Logistik schauen? Die wollen eine Zusage bis "
     "Freitag, sonst geht der Auftrag an die Konkurrenz."),
    ("de_kollegen", "other", "colleague", "Stelle im Code",
     "Ich hab die Stelle im Code gefunden, wo der Import abbricht - in der Validierung wird das Datum falsch "
     "geparst. Fix kommt heute Nachmittag."),
    ("de_kollegen", "other", "colleague", "Absage Teammeeting",
     "Ich muss das Teammeeting heute leider absagen, bin krank. Verschieben wir auf Donnerstag?"),
    ("de_kollegen", "other", "colleague", "Vertrag mit dem Hosting-Anbieter",
     "Der Vertrag mit dem Hosting-Anbieter läuft Ende Juni aus. Wir sollten uns vorher Alternativen "
     "anschauen, hast du nächste Woche Zeit für ein kurzes Gespräch?"),
    ("de_kollegen", "other", "colleague", "Neue Kollegin ab Montag",
     "Ab Montag verstärkt uns Svenja im Backend. Kannst du ihr in der ersten Woche beim Onboarding helfen?"),
    ("de_vermieter", "other", "landlord", "Ihre Bewerbung für die Wohnung Goethestraße 12",
     "vielen Dank für Ihr Interesse an der Wohnung und die Zusendung Ihrer Unterlagen. Leider müssen wir "
     "Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben."),
    ("de_vermieter", "other", "landlord", "Besichtigungstermin",
     "gerne bestätige ich Ihnen den Besichtigungstermin am Samstag um 11 Uhr. Bitte bringen Sie eine "
     "Schufa-Auskunft und Ihre letzten drei Gehaltsnachweise mit."),
    ("de_vermieter", "other", "landlord", "Nebenkostenabrechnung 2024",
     "anbei erhalten Sie die Nebenkostenabrechnung für 2024. Die Nachzahlung ist bis zum 30. April fällig."),
    ("de_vermieter", "other", "landlord", "Ankündigung Handwerkertermin",
     "am 2. April werden die Rauchwarnmelder in Ihrer Wohnung gewartet. Bitte ermöglichen Sie den Zugang "
     "zwischen 8 und 12 Uhr."),
]

# ---------------------------------------------------------------- German, report writers
CORES += [
    # de_workday_konzern: a chemical group's Workday templates.
    ("de_workday_konzern", "application_ack", "ack", "Wir haben Ihre Bewerbung erhalten - R-118842",
     "vielen Dank für Ihre Bewerbung als Laborantin (w/m/d) bei der Veltmann Chemie AG. Den aktuellen Stand "
     "können Sie jederzeit in Ihrem Kandidatenprofil einsehen."),
    ("de_workday_konzern", "assessment", "test", "Nächster Schritt: Online-Test",
     "Im nächsten Schritt bitten wir Sie, einen Online-Test zu logischem Denken und Fachwissen zu "
     "absolvieren. Der Link ist sieben Tage gültig; planen Sie etwa 45 Minuten ein."),
    ("de_workday_konzern", "rejection", "thanks_first", "Ihre Bewerbung bei der Veltmann Chemie AG",
     "wir danken Ihnen für Ihr Interesse an unserem Unternehmen und die Zeit, die Sie in Ihre Bewerbung "
     "investiert haben. Wir haben Ihre Unterlagen aufmerksam geprüft.\n\nNach eingehender Prüfung haben wir "
     "uns entschieden, andere Bewerber*innen in den weiteren Auswahlprozess einzubeziehen.\n\nGerne "
     "speichern wir Ihr Profil in unserem Talentpool."),
    ("de_workday_konzern", "interview", "video", "Einladung zum Videointerview",
     "Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Videointerview über Microsoft Teams "
     "ein. Bitte wählen Sie über den folgenden Link einen passenden Termin aus."),
    ("de_workday_konzern", "rejection", "after_interview", "Rückmeldung zu Ihrem Interview",
     "vielen Dank für das angenehme Gespräch mit unserem Laborleiter. Nach Abschluss aller Interviews müssen "
     "wir Ihnen leider mitteilen, dass wir Ihnen keine Stelle anbieten können."),
    ("de_workday_konzern", "offer", "offer", "Ihr Vertragsangebot",
     "wir freuen uns, Ihnen die Position als Laborantin anbieten zu können. Ihr Vertragsangebot steht ab "
     "sofort in Ihrem Kandidatenprofil zur elektronischen Unterschrift bereit."),
    # de_at_hotel: a Tyrol hotel from a phone, "du".
    ("de_at_hotel", "interview", "invitation", "Probearbeiten?",
     "Danke für deine Bewerbung als Rezeptionistin! Magst du nächste Woche zum Probearbeiten kommen? "
     "Dienstag oder Mittwoch ab 14 Uhr würde passen."),
    ("de_at_hotel", "rejection", "after_trial", "Rezeption",
     "Danke dir fürs Probearbeiten, war nett mit dir! Wir haben uns aber für die Lisa entschieden, die schon "
     "bei uns in der Saison war. Vielleicht klappt's ja im Winter."),
    ("de_at_hotel", "offer", "offer", "Wintersaison",
     "Gute Nachrichten: Für die Wintersaison hätten wir eine Stelle an der Rezeption für dich, Dezember bis "
     "April, mit Kost und Logis. Den Dienstvertrag schick ich dir, wenn du zusagst!"),
    ("de_at_hotel", "other", "personal", "Geburtstagsfeier Resi",
     "Am Samstag feier ich meinen 40er im Stüberl, kommst du auch? Ab 19 Uhr!"),
    ("de_at_hotel", "rejection", "filled", "Re: Service Sommer",
     "Sorry, die Servicestellen für den Sommer sind leider schon alle vergeben. Probier's gern im Herbst "
     "nochmal!"),
    # de_ch_uni: a Zürich university's HR, no ß.
    ("de_ch_uni", "application_ack", "ack", "Bestätigung Ihrer Bewerbung - Wissenschaftliche Assistenz",
     "Wir bestätigen den Erhalt Ihrer Bewerbung für die Stelle als wissenschaftliche Assistentin am Institut "
     "für Geographie. Das Auswahlverfahren dauert voraussichtlich vier Wochen."),
    ("de_ch_uni", "rejection", "thanks_first", "Ihre Bewerbung - Wissenschaftliche Assistenz",
     "Besten Dank für Ihre Bewerbung und Ihr Interesse an unserem Institut. Es sind zahlreiche "
     "hervorragende Bewerbungen eingegangen.\n\nNach eingehender Prüfung bedauern wir, Ihnen mitteilen zu "
     "müssen, dass wir Ihre Bewerbung nicht weiter verfolgen werden.\n\nWir danken Ihnen für Ihr "
     "Verständnis."),
    ("de_ch_uni", "interview", "invitation", "Einladung zu einem Gespräch",
     "Die Berufungskommission möchte Sie gerne zu einem Gespräch mit Probevortrag am 10. April einladen. "
     "Bitte bereiten Sie einen Vortrag von 20 Minuten vor."),
    ("de_ch_uni", "rejection", "after_interview", "Stelle Wissenschaftliche Assistenz - Entscheid",
     "Wir danken Ihnen für Ihren Besuch und Ihren Vortrag. Die Kommission hat sich nach sorgfältiger "
     "Abwägung für eine andere Bewerberin entschieden."),
    ("de_ch_uni", "other", "admin", "Einladung: Tag der offenen Tür",
     "Die Universität Zürichsee öffnet am 17. Mai ihre Türen. Entdecken Sie unsere Studiengänge und "
     "Institute!"),
    # de_landesamt: a Land office, "Bewerber*innen", formal.
    ("de_landesamt", "application_ack", "ack", "Ihre Bewerbung - Kennziffer 2025/17",
     "Ihre Bewerbung ist fristgerecht eingegangen. Bitte sehen Sie von Nachfragen zum Sachstand ab; Sie "
     "erhalten nach Abschluss der Vorauswahl eine Nachricht."),
    ("de_landesamt", "rejection", "formal", "Stellenausschreibung Kennziffer 2025/17",
     "Für Ihre Bewerbung danken wir Ihnen. Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass "
     "die Wahl auf eine andere Bewerberin gefallen ist. Ihre Bewerbungsunterlagen werden nach Ablauf von "
     "sechs Monaten vernichtet."),
    ("de_landesamt", "interview", "invitation", "Einladung zum Auswahlgespräch",
     "Wir laden Sie zu einem strukturierten Auswahlgespräch am 9. April 2025 um 9:00 Uhr ein. Bitte "
     "bestätigen Sie Ihre Teilnahme bis zum 2. April."),
    ("de_landesamt", "rejection", "not_invited", "Kennziffer 2025/22",
     "Leider konnten wir Sie für ein Vorstellungsgespräch nicht berücksichtigen, da andere Bewerber*innen "
     "dem Anforderungsprofil in höherem Maße entsprachen."),
    ("de_landesamt", "assessment", "test", "Einladung zum schriftlichen Auswahltest",
     "Im Rahmen des Auswahlverfahrens laden wir Sie zu einem schriftlichen Test (Fachfragen und "
     "Textaufgabe, 90 Minuten) am 31. März ein."),
    # de_agentur_hh: a Hamburg agency, "du", friendly.
    ("de_agentur_hh", "interview", "invitation", "Auf einen Kaffee?",
     "Deine Mappe fanden wir richtig stark! Hast du Lust, nächste Woche auf einen Kaffee in der Agentur "
     "vorbeizuschauen und unsere Creative Directorin kennenzulernen?"),
    ("de_agentur_hh", "rejection", "thanks_first", "Junior Texterin",
     "Erstmal danke, dass du dir so viel Zeit für die Probeaufgabe genommen hast - die Claims für den "
     "Fahrradladen fanden wir echt witzig.\n\nWir haben uns am Ende trotzdem für jemand anderen entschieden, "
     "der schon Agenturerfahrung hat. Fühl dich gedrückt und bleib dran!"),
    ("de_agentur_hh", "assessment", "case", "Probeaufgabe",
     "Wie versprochen hier die Probeaufgabe: drei Claims und ein Social-Post für einen Fahrradladen. Du hast "
     "eine Woche Zeit, lass dich nicht stressen."),
    ("de_agentur_hh", "other", "business", "Angebot Kampagne Frühjahr",
     "Anbei unser Angebot für die Frühjahrskampagne. Wenn ihr Fragen habt, gehen wir das gern in einem Call "
     "durch."),
    ("de_agentur_hh", "rejection", "no_budget", "Re: Initiativbewerbung",
     "Danke für deine Initiativbewerbung! Im Moment haben wir leider kein Budget für eine neue Stelle im "
     "Text, deshalb müssen wir dir absagen."),
    # de_zeitarbeit: a temping agency from a phone.
    ("de_zeitarbeit", "recruiter_outreach", "outreach", "Job in der Buchhaltung",
     "Ich hab einen Einsatz in der Buchhaltung bei einem Kunden in Baunatal, Vollzeit, mit Übernahmeoption. "
     "Wär das was für dich? Ruf mich an!"),
    ("de_zeitarbeit", "interview", "invitation", "Vorstellung beim Kunden",
     "Der Kunde will dich kennenlernen! Mittwoch 10 Uhr in Baunatal, ich komm mit. Zieh was Schickes an 😉"),
    ("de_zeitarbeit", "rejection", "client_choice", "Kunde Baunatal",
     "Hab gerade Rückmeldung vom Kunden bekommen, die nehmen leider jemand anderen, der schon DATEV kann. "
     "Ärgerlich, aber ich hab noch was anderes in Aussicht."),
    ("de_zeitarbeit", "offer", "contract", "Dein Arbeitsvertrag",
     "Super, dass du zusagst! Dein Arbeitsvertrag liegt zur Unterschrift bei uns in der Niederlassung, komm "
     "am besten morgen vorbei."),
    ("de_zeitarbeit", "rejection", "cancelled", "Re: Einsatz Lager",
     "Der Kunde hat den Einsatz im Lager storniert, die brauchen doch niemanden. Tut mir leid!"),
    # de_maschinenbau: a Swabian machine builder.
    ("de_maschinenbau", "application_ack", "ack", "Eingangsbestätigung Ihrer Bewerbung",
     "wir haben Ihre Bewerbung als Technische Zeichnerin erhalten und bedanken uns für Ihr Interesse. Wir "
     "prüfen Ihre Unterlagen und kommen in Kürze auf Sie zu."),
    ("de_maschinenbau", "rejection", "thanks_first", "Ihre Bewerbung als Technische Zeichnerin",
     "haben Sie vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen. "
     "Ihre Unterlagen haben wir mit Interesse gelesen.\n\nNach reiflicher Überlegung müssen wir Ihnen leider "
     "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nWir bedanken uns für Ihr "
     "Vertrauen und wünschen Ihnen viel Erfolg."),
    ("de_maschinenbau", "interview", "invitation", "Vorstellungsgespräch Technische Zeichnerin",
     "gerne möchten wir Sie zu einem Vorstellungsgespräch am 4. April um 9:30 Uhr in unser Werk nach "
     "Reutlingen einladen. Bitte melden Sie sich am Empfang."),
    ("de_maschinenbau", "rejection", "filled", "Stelle Konstrukteurin",
     "vielen Dank für Ihre Bewerbung. Die Stelle konnte zwischenzeitlich intern besetzt werden. Wir bitten "
     "um Ihr Verständnis."),
    ("de_maschinenbau", "other", "business", "Angebot Ersatzteile Fräsmaschine",
     "anbei erhalten Sie unser Angebot über die angefragten Ersatzteile für Ihre Fräsmaschine FM 400. "
     "Lieferzeit ca. drei Wochen."),
    # de_indeed: Indeed's notices.
    ("de_indeed", "application_ack", "ack", "Bewerbung gesendet: Verwaltungsangestellte",
     "Ihre Bewerbung wurde an die Stadtwerke Fulda gesendet. Der Arbeitgeber prüft Ihre Bewerbung und meldet "
     "sich bei Interesse direkt bei Ihnen."),
    ("de_indeed", "rejection", "status", "Ein Update zu Ihrer Bewerbung bei Stadtwerke Fulda",
     "Die Stadtwerke Fulda haben den Status Ihrer Bewerbung aktualisiert: Der Arbeitgeber hat sich "
     "entschieden, Ihre Bewerbung nicht weiterzuverfolgen."),
    ("de_indeed", "interview", "relay", "Nachricht von Bäckerei Sonnenkorn",
     "Bäckerei Sonnenkorn hat Ihnen eine Nachricht geschickt: „Hallo Frau Becker, wir würden Sie gerne zu "
     "einem Vorstellungsgespräch am Montag um 15 Uhr einladen. Passt Ihnen das?“"),
    ("de_indeed", "other", "alert", "Neue Jobs: Verwaltung in Kassel",
     "15 neue Jobs passen zu Ihrer Suche. Bewerben Sie sich schnell mit Ihrem Indeed-Lebenslauf."),
]

# ---------------------------------------------------------------- German, not about a job, report
CORES += [
    ("de_versicherung", "other", "insurer", "Ihr Leistungsantrag vom 3. März",
     "nach Prüfung Ihres Leistungsantrags müssen wir Ihnen leider mitteilen, dass der Schaden nicht vom "
     "Versicherungsschutz Ihrer Hausratversicherung umfasst ist. Eine Erstattung ist daher nicht möglich."),
    ("de_versicherung", "other", "insurer", "Ihr persönliches Angebot zur Zahnzusatzversicherung",
     "wie gewünscht erhalten Sie Ihr persönliches Angebot. Schließen Sie den Vertrag bis 31. März ab und "
     "sichern Sie sich einen Monatsbeitrag gratis."),
    ("de_versicherung", "other", "insurer", "Beitragsanpassung zum 1. Juli",
     "aufgrund gestiegener Leistungsausgaben passen wir den Beitrag Ihres Vertrags zum 1. Juli an."),
    ("de_versicherung", "other", "insurer", "Termin mit Ihrem Gutachter",
     "der Gutachter wird Sie am 7. April zwischen 10 und 12 Uhr aufsuchen, um den Wasserschaden zu "
     "besichtigen."),
    ("de_schule", "other", "school", "Elternabend Klasse 3b",
     "Der nächste Elternabend findet am 25. März um 19:30 Uhr statt. Themen: Klassenfahrt und Wahl der "
     "Elternvertretung. Wer kandidieren möchte, meldet sich bitte vorab."),
    ("de_schule", "other", "school", "Anmeldung Ganztagsbetreuung - Absage",
     "Leider können wir Ihrem Kind für das kommende Schuljahr keinen Platz in der Ganztagsbetreuung anbieten, "
     "da die Zahl der Anmeldungen die Plätze übersteigt."),
    ("de_schule", "other", "school", "Stellenangebote für Schülerpraktika",
     "Für die Klassen 9 liegen im Sekretariat neue Angebote für Schülerpraktika aus. Die Bewerbung erfolgt "
     "durch die Schülerinnen und Schüler selbst."),
    ("de_schule", "other", "school", "Sprechtag",
     "Am Sprechtag am 3. April können Sie Gesprächstermine mit den Lehrkräften vereinbaren. Bitte tragen "
     "Sie sich in die Liste ein."),
    ("de_shop", "other", "shop", "Deine Bestellung ist unterwegs",
     "Gute Nachrichten: Deine Bestellung Nr. 882144 wurde verschickt und ist in 2-3 Tagen bei dir."),
    ("de_shop", "other", "shop", "Nur heute: 25% auf alle Leuchten",
     "Unser Angebot des Tages: 25% Rabatt auf alle Leuchten. Nur solange der Vorrat reicht!"),
    ("de_shop", "other", "shop", "Bewerte deinen Einkauf",
     "Wie gefällt dir dein neuer Sessel? Schreib eine Bewertung und erhalte 10 Euro Gutschein."),
    ("de_shop", "other", "shop", "Deine Rücksendung wurde abgelehnt",
     "Leider konnten wir deine Rücksendung nicht annehmen, da die Rückgabefrist von 30 Tagen bereits "
     "abgelaufen war. Der Artikel wird dir zurückgeschickt."),
    ("de_newsletter", "other", "newsletter", "Fachkräftemangel: Unternehmen stellen wieder ein",
     "In dieser Ausgabe: Warum Absagen an Bewerber*innen wertschätzend sein sollten, wie das "
     "Vorstellungsgespräch per Video gelingt, und neue Zahlen zum Arbeitsmarkt."),
    ("de_newsletter", "other", "newsletter", "Webinar: Arbeitsverträge rechtssicher gestalten",
     "Melden Sie sich jetzt zu unserem Webinar am 10. April an: Was Personaler*innen bei befristeten "
     "Arbeitsverträgen beachten müssen."),
    ("de_newsletter", "other", "newsletter", "Ihr Abonnement verlängert sich",
     "Ihr Jahresabonnement verlängert sich automatisch zum 1. Mai. Sie können bis 31. März kündigen."),
    ("de_newsletter", "other", "newsletter", "Studie: Assessment-Center im Wandel",
     "Unsere neue Studie zeigt: Immer mehr Unternehmen ersetzen das klassische Assessment-Center durch "
     "Online-Tests. Die wichtigsten Ergebnisse im Überblick."),
]

# ---------------------------------------------------------------- More of each language, both halves
CORES += [
    ("fr_workday_mutuelle", "rejection", "kept", "Votre candidature spontanée",
     "Nous avons bien reçu votre candidature spontanée et vous en remercions. Aucun poste correspondant à "
     "votre profil n'est ouvert actuellement ; nous ne sommes donc pas en mesure d'y répondre favorablement."),
    ("fr_cabinet_lyon", "rejection", "shortlist", "Recherche RAF - point d'étape",
     "Merci encore pour notre entretien de la semaine dernière. Je vous informe que je n'ai pas présenté "
     "votre candidature au client dans la short-list finale, l'expérience en groupe coté ayant été jugée "
     "déterminante."),
    ("fr_ch_fondation", "rejection", "short", "Votre dossier de candidature",
     "Nous regrettons de ne pouvoir retenir votre candidature et vous remercions de votre intérêt."),
    ("fr_qc_caisse", "offer", "offer", "Offre d'emploi - Conseillère en finances personnelles",
     "Nous avons le plaisir de vous offrir le poste de conseillère en finances personnelles, permanent à temps "
     "plein, à compter du 22 avril. Votre lettre d'offre est jointe ; merci de nous la retourner signée."),
    ("fr_banque", "other", "bank", "Votre candidature à l'offre de parrainage",
     "Merci d'avoir parrainé un proche ! Votre filleul a ouvert son compte : votre prime de 80 € sera "
     "versée sous 30 jours."),
    ("fr_collegues", "other", "colleague", "Re: refus du client pour le devis",
     "Le client a refusé notre devis pour l'extension, trop cher selon lui. Tu peux retravailler le chiffrage "
     "avant de lui renvoyer une proposition ?"),
    ("fr_indeed", "rejection", "relay", "Message de Clinique de l'Anjou",
     "Clinique de l'Anjou vous a écrit : « Madame, nous vous remercions pour votre candidature. Nous avons "
     "retenu une autre personne pour ce poste de secrétaire médicale. Cordialement. »"),
    ("fr_departement", "rejection", "filled", "Poste d'assistante de gestion - DGA Solidarités",
     "Je vous informe que le poste d'assistante de gestion a été pourvu par voie de mobilité interne. Votre "
     "candidature ne peut donc être retenue."),
    ("fr_hotel_personio", "assessment", "test", "Questionnaire en ligne - Réceptionniste de nuit",
     "Avant votre entretien, merci de compléter notre questionnaire en ligne (mises en situation et test "
     "d'anglais, 20 minutes)."),
    ("fr_assureur", "other", "insurer", "Résiliation de votre contrat",
     "Nous accusons réception de votre demande de résiliation. Votre contrat prendra fin le 30 avril."),
    ("fr_ecole", "other", "school", "Inscription cantine - refus",
     "Nous sommes désolés, votre demande d'inscription à la cantine le vendredi n'a pas pu être acceptée "
     "faute de places."),
    ("de_personio_startup", "rejection", "not_match", "Deine Bewerbung als Backend Engineer",
     "Danke für deine Bewerbung! Wir haben uns dein Profil genau angeschaut, suchen für diese Rolle aber "
     "jemanden mit mehr Erfahrung in Go. Deshalb geht es an dieser Stelle leider nicht weiter."),
    ("de_ch_versicherung", "rejection", "short", "Ihr Dossier",
     "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen können."),
    ("de_klinikum", "assessment", "test", "Online-Einstufungstest",
     "Als nächsten Schritt bitten wir Sie, den beigefügten Online-Einstufungstest (medizinische "
     "Terminologie, ca. 30 Minuten) bis zum 20. März abzuschließen."),
    ("de_sparkasse", "other", "bank", "Ihre Bewerbung für das Azubi-Konto",
     "Schön, dass Sie sich für das kostenlose Girokonto für Auszubildende interessieren. Bitte reichen Sie "
     "noch Ihren Ausbildungsvertrag ein."),
    ("de_kollegen", "other", "colleague", "Re: Kunde hat abgelehnt",
     "Kurzes Update: Der Kunde hat unseren Vorschlag für die Schnittstelle abgelehnt, sie wollen bei der "
     "alten Lösung bleiben. Besprechen wir morgen im Daily."),
    ("de_workday_konzern", "rejection", "internal", "Position R-118977",
     "wir möchten Sie informieren, dass die Position zwischenzeitlich intern besetzt wurde und das "
     "Auswahlverfahren abgeschlossen ist. Vielen Dank für Ihr Interesse."),
    ("de_maschinenbau", "offer", "offer", "Zusage",
     "wir freuen uns, Ihnen mitteilen zu können, dass wir Sie ab 1. Juni als Technische Zeichnerin "
     "einstellen möchten. Den Arbeitsvertrag erhalten Sie in zweifacher Ausfertigung."),
    ("de_landesamt", "offer", "offer", "Einstellungszusage Kennziffer 2025/17",
     "wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle ausgewählt hat. "
     "Die Einstellung erfolgt vorbehaltlich der Zustimmung des Personalrats."),
    ("de_versicherung", "other", "insurer", "Kündigungsbestätigung",
     "hiermit bestätigen wir den Eingang Ihrer Kündigung. Ihr Vertrag endet zum 30.06.2025."),
    ("de_schule", "other", "school", "Bewerbung Schülersprecher",
     "Bis Freitag können sich Schülerinnen und Schüler der Klassen 4 als Schulsprecher bewerben."),
]


# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote
# headers.
_READERS = {
    "fr": Reader("Camille Roussel <camille.roussel@example.net>",
                 "Bonjour, merci beaucoup pour votre retour. Je reste disponible pour tout complément "
                 "d'information. Bien cordialement, Camille Roussel",
                 "Le mer. 5 mars 2025 à 10:02, Camille Roussel <camille.roussel@example.net> a écrit :",
                 "De : Camille Roussel <camille.roussel@example.net>\nEnvoyé : mercredi 5 mars 2025 "
                 "10:02\nÀ : recrutement@example.org\nObjet : Ma candidature"),
    "de": Reader("Jana Becker <jana.becker@example.net>",
                 "Hallo, vielen Dank für Ihre Nachricht. Für Rückfragen stehe ich gerne zur Verfügung. "
                 "Viele Grüße, Jana Becker",
                 "Am Mi., 5. März 2025 um 10:02 Uhr schrieb Jana Becker <jana.becker@example.net>:",
                 "Von: Jana Becker <jana.becker@example.net>\nGesendet: Mittwoch, 5. März 2025 10:02\n"
                 "An: bewerbung@example.org\nBetreff: Meine Bewerbung"),
}

SET = WriterSet(
    WRITERS, CORES, _READERS, dt.datetime(2025, 3, 4, 8, 17, tzinfo=dt.UTC), days=60, minutes=37, quote_every=5,
    case_id="{lang}5-{i:03d}-{label}", message_id="<i5-{i:03d}.{writer}@intl5.example>", boundary="=_i5_{i}_{writer}")
build = SET.build
messages = SET.messages
