"""A third set of French, German and Dutch job-search mail, written for this project by other writers than
tests/mail/fr_inbox.py, tests/mail/intl_corpus.py and tests/mail/heldout_mail.py (none of it comes from a data set
or a real inbox; every sender, company and person is invented).

The writers are chosen to be unlike the earlier sets: in French a Belgian temping and selection agency, a French
public employer running a *concours*, a large group's applicant-tracking templates, start-up notes, a Swiss
recruitment firm, a Québec employer (« entrevue », « courriel »), a small firm typing without accents and a
head-hunter writing from a phone; in German an Austrian employer's system, a Personalvermittler, a federal
authority's Auswahlverfahren, a small firm saying "du", a Swiss employer (no ß, "Grüezi", "Dossier"), a
corporation's SAP templates, a craft business without umlauts and a clinic; in Dutch a corporate "werken bij"
system, a werving & selectie bureau, a municipality, a small firm saying "je", Flemish employers and VDAB, a
temping agency from a phone, a multinational's multipart templates and a care organisation without accents.
About a quarter of each language is mail that is not about the reader's job search but uses its words in
another sense (a boiler's « entretien », a tender's « candidature », a flat's Bewerbung, an energy
"aanbod", a club's "uitnodiging", a refused permit).

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set writers` refuses to
show its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- French
    "fr_be_selection": Writer(
        "tune", "fr", "Nathalie Dewaele - Select Brabant <n.dewaele@selectbrabant.example.be>", "outlook-qp",
        "Bonjour Monsieur Lambert,", "Bien à vous,\n\nNathalie Dewaele\nConsultante en sélection\n"
        "Select Brabant SRL - Avenue Louise 212, 1050 Bruxelles\nGSM : +32 475 12 34 56",
        "Select Brabant SRL - agréée en Région de Bruxelles-Capitale sous le n° 00123-406-20190101. Vos données "
        "sont traitées conformément au RGPD."),
    "fr_concours": Writer(
        "tune", "fr", "Centre de gestion de la fonction publique territoriale <concours@cdg-loiret.example.fr>",
        "latin1-plain", "Madame, Monsieur,", "Le Président du Centre de gestion,\npar délégation, la responsable "
        "du service Concours", "Ce courriel est envoyé automatiquement, merci de ne pas y répondre."),
    "fr_ats_groupe": Writer(
        "tune", "fr", "Groupe Hélior - Recrutement <noreply@helior.csod.example>", "html-utf8",
        "Bonjour Jérémie,", "Cordialement,\nL'équipe Talent Acquisition du Groupe Hélior",
        "Vous recevez ce message car vous avez postulé sur le site carrières du Groupe Hélior. Pour exercer vos "
        "droits d'accès et de suppression de vos données, écrivez à dpo@helior.example."),
    "fr_startup": Writer(
        "tune", "fr", "Inès de Kerjean <ines@plumeo.example>", "gmail-utf8", "Hello Jérémie,",
        "À bientôt !\nInès\nCo-fondatrice @ Plumeo"),
    "fr_ch_cabinet": Writer(
        "report", "fr", "Valérie Rochat - Léman Talents SA <v.rochat@lemantalents.example.ch>", "html-cp1252",
        "Monsieur,", "Nous vous adressons, Monsieur, nos meilleures salutations.\n\nValérie Rochat\n"
        "Conseillère en personnel\nLéman Talents SA, Rue du Rhône 40, 1204 Genève",
        "Léman Talents SA - Agence de placement autorisée par le SECO. Ce message est confidentiel."),
    "fr_quebec": Writer(
        "report", "fr", "Acquisition de talents - Hydrovalle <talents@hydrovalle.example.ca>", "multipart-b64",
        "Bonjour Jérémie,", "Merci et bonne journée,\nL'équipe Acquisition de talents\nHydrovalle inc., Montréal",
        "Ce courriel et toute pièce jointe sont confidentiels. Pour vous désabonner des alertes, rendez-vous dans "
        "votre profil."),
    "fr_pme": Writer(
        "report", "fr", "Garnier Couverture <garnier.couverture@wanadoo.example.fr>", "ascii",
        "Bonjour,", "Cordialement\nM. Garnier\nGarnier Couverture - 06 12 34 56 78"),
    "fr_chasseur": Writer(
        "report", "fr", "Baptiste Morel <baptiste@morel-executive.example>", "phone-flowed",
        "Bonjour Jérémie,", "Bien cordialement,\nBaptiste\n\nEnvoyé de mon iPhone"),
    # Tune writers added after the first run (2026-12-06, fifth session), to widen what the tune half teaches.
    "fr_lu_banque": Writer(
        "tune", "fr", "Banque Mosellane - Recrutement <jobs@banquemosellane.example.lu>", "outlook-qp",
        "Chère Madame, cher Monsieur,", "Avec nos salutations les meilleures,\nService Recrutement\n"
        "Banque Mosellane S.A., Luxembourg"),
    "fr_artisan_sms": Writer(
        "tune", "fr", "Julie Ferrand <julie.ferrand@laposte.example.net>", "ascii", "Bonjour Jeremie,",
        "Julie\nBoulangerie Ferrand"),
    # ---- German
    "de_at_system": Writer(
        "tune", "de", "Alpenstahl Karriere <karriere@alpenstahl.example.at>", "html-utf8",
        "Sehr geehrte Frau Berger,", "Mit freundlichen Grüßen\nIhr HR-Team der Alpenstahl AG",
        "Alpenstahl AG · Firmenbuch FN 123456a, Landesgericht Linz · Ihre Daten verarbeiten wir gemäß DSGVO "
        "ausschließlich für das Bewerbungsverfahren."),
    "de_vermittler": Writer(
        "tune", "de", "Timo Reischl | Reischl Personalvermittlung <t.reischl@reischl-pv.example.de>", "phone-flowed",
        "Hallo Frau Berger,", "Viele Grüße\nTimo Reischl\nReischl Personalvermittlung\n\nVon meinem iPhone gesendet"),
    "de_bund": Writer(
        "tune", "de", "Bundesamt für Straßenwesen - Referat Z 2 <personal@bast-verfahren.example.de>",
        "latin1-plain", "Sehr geehrte Frau Berger,", "Mit freundlichen Grüßen\nIm Auftrag\nReferat Z 2 – "
        "Personalgewinnung", "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig."),
    "de_kmu_du": Writer(
        "tune", "de", "Lukas von Hollerbach <lukas@hollerbach-design.example>", "gmail-utf8", "Hi Sarah,",
        "Cheers\nLukas\n\nHollerbach Design · Leipzig"),
    "de_ch": Writer(
        "report", "de", "Personaldienst Spital Aarewald <jobs@spital-aarewald.example.ch>", "html-cp1252",
        "Grüezi Frau Berger", "Freundliche Grüsse\nPersonaldienst Spital Aarewald",
        "Spital Aarewald AG · Aarestrasse 12 · 5000 Aarau · Diese Nachricht ist vertraulich."),
    "de_konzern": Writer(
        "report", "de", "Vireon Group Careers <no-reply@vireon.successfactors.example>", "multipart-b64",
        "Liebe Sarah Berger,", "Beste Grüße\nVireon Talent Acquisition",
        "Vireon SE · Sitz München · Registergericht München HRB 198765 · Vorstand: Dr. K. Lenz (Vors.)"),
    "de_handwerk": Writer(
        "report", "de", "Elektro Schuster <info@elektro-schuster.example.de>", "ascii",
        "Hallo Frau Berger,", "Gruss\nMarkus Schuster\nElektro Schuster GmbH & Co. KG"),
    "de_klinik": Writer(
        "report", "de", "Dr. Anke Möller <a.moeller@klinikum-saale.example.de>", "cp1252-apple",
        "Liebe Frau Berger,", "Herzliche Grüße\nAnke Möller\nPflegedirektion Klinikum Saale"),
    "de_verein_sms": Writer(
        "tune", "de", "Jonas Adler <jonas.adler@gmx.example.de>", "phone-flowed", "Hallo Sarah,",
        "LG Jonas\n\nVon meinem iPhone gesendet"),
    "de_uni": Writer(
        "tune", "de", "Universität Weserstadt - Dezernat Personal <bewerbung@uni-weserstadt.example.de>",
        "latin1-plain", "Sehr geehrte Frau Berger,", "Mit freundlichen Grüßen\nDezernat 3 – Personal"),
    # ---- Dutch
    "nl_werkenbij": Writer(
        "tune", "nl", "Werken bij Polderbank <noreply@werkenbij-polderbank.example.nl>", "html-utf8",
        "Beste Daan,", "Met vriendelijke groet,\nTeam Recruitment Polderbank",
        "Je ontvangt deze e-mail omdat je hebt gesolliciteerd via werkenbij-polderbank.nl. Lees onze "
        "privacyverklaring voor sollicitanten."),
    "nl_bureau": Writer(
        "tune", "nl", "Femke Brouwer | Brouwer Werving & Selectie <femke@brouwer-ws.example.nl>", "outlook-qp",
        "Hoi Daan,", "Groet,\nFemke Brouwer\nSenior recruiter | Brouwer Werving & Selectie\nT 06 - 1234 5678"),
    "nl_gemeente": Writer(
        "tune", "nl", "Gemeente Zuiderwaard - P&O <werving@zuiderwaard.example.nl>", "latin1-plain",
        "Geachte heer De Vries,", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n"
        "Afdeling P&O", "Dit bericht is uitsluitend bestemd voor de geadresseerde."),
    "nl_mkb": Writer(
        "tune", "nl", "Sanne Kuipers <sanne@kuipers-installatie.example.nl>", "gmail-utf8", "Hoi Daan,",
        "Groetjes,\nSanne\nKuipers Installatietechniek"),
    "nl_vlaams": Writer(
        "report", "nl", "Jobs Vlaanderen Zorg <jobs@azsintlucas.example.be>", "html-cp1252",
        "Beste meneer De Vries,", "Met vriendelijke groeten,\nDienst HR - AZ Sint-Lucas Gent",
        "AZ Sint-Lucas vzw · Groenebriel 1 · 9000 Gent · Uw gegevens worden verwerkt conform de GDPR."),
    "nl_uitzend": Writer(
        "report", "nl", "Kevin | FlexWerk Uitzendbureau <kevin@flexwerk.example.nl>", "phone-flowed",
        "Hey Daan!", "Gr Kevin\nFlexWerk\n\nVerstuurd vanaf mijn iPhone"),
    "nl_multinational": Writer(
        "report", "nl", "Deltacore Careers <careers@deltacore.myworkday.example>", "multipart-b64",
        "Beste Daan de Vries,", "Met vriendelijke groet,\nDeltacore Talent Acquisition Team",
        "Deltacore B.V. · KvK 12345678 · Dit is een automatisch bericht."),
    "nl_zorg": Writer(
        "report", "nl", "P&O Zorggroep De Linde <po@zorggroepdelinde.example.nl>", "ascii",
        "Beste heer De Vries,", "Vriendelijke groet,\nAfdeling P&O\nZorggroep De Linde"),
    "nl_be_interim": Writer(
        "tune", "nl", "Selectie Kempen <info@selectiekempen.example.be>", "html-utf8", "Beste Daan,",
        "Met vriendelijke groeten,\nHet team van Selectie Kempen",
        "Selectie Kempen bv - erkend uitzendbureau VG.1234/BU. U ontvangt deze mail omdat u ingeschreven bent."),
    "nl_startup": Writer(
        "tune", "nl", "Joris <joris@fietsapp.example.nl>", "gmail-utf8", "Hey Daan,", "Groet,\nJoris\nFietsapp"),
}

# (writer, label, kind, subject, body)
CORES: list[tuple[str, str, str, str, str]] = []

# ---------------------------------------------------------------- French
CORES += [
    # fr_be_selection: a Brussels selection agency, Belgian wording (fonction, GSM, candidature spontanée).
    ("fr_be_selection", "application_ack", "ack", "Votre candidature pour la fonction de comptable (réf. SB-2291)",
     "Nous accusons bonne réception de votre candidature pour la fonction de comptable que nous recrutons pour "
     "l'un de nos clients, une PME familiale active dans la distribution. Nous analysons actuellement les "
     "dossiers reçus et nous reviendrons vers vous d'ici une dizaine de jours."),
    ("fr_be_selection", "application_ack", "interim", "Suivi de votre candidature",
     "Je me permets de vous donner des nouvelles : notre client n'a pas encore pris de décision concernant la "
     "suite de la procédure, plusieurs personnes étant en congé. Votre dossier est toujours en cours d'examen et "
     "je ne manquerai pas de vous recontacter dès que j'en sais davantage."),
    ("fr_be_selection", "rejection", "after_interview", "Re: Notre entretien de mardi",
     "Merci encore pour le temps que vous nous avez consacré mardi. J'ai transmis votre profil à notre client, qui "
     "a finalement décidé de poursuivre avec un candidat disposant d'une expérience plus longue en consolidation. "
     "Je sais que ce n'est pas la réponse espérée. Si vous le souhaitez, je vous appelle volontiers pour vous "
     "faire part de leurs remarques."),
    ("fr_be_selection", "rejection", "kept_on_file", "Votre candidature spontanée",
     "Nous vous remercions pour votre candidature spontanée. Pour l'instant, aucune de nos missions en cours ne "
     "correspond à votre profil. Avec votre accord, nous gardons votre CV dans notre base de données afin de "
     "pouvoir vous proposer une fonction plus adaptée à l'avenir."),
    ("fr_be_selection", "rejection", "other_candidate", "Fonction de gestionnaire de dossiers - suite",
     "Nous avons bien étudié votre dossier avec attention. Malheureusement, nous avons dû faire un choix parmi de "
     "nombreux profils intéressants et votre candidature n'a pas été retenue pour la suite de la sélection. Nous "
     "vous souhaitons beaucoup de succès dans vos démarches."),
    ("fr_be_selection", "interview", "invitation", "Invitation à un entretien - fonction de comptable",
     "Votre profil a retenu toute notre attention. Je vous propose de nous rencontrer dans nos bureaux de "
     "l'avenue Louise le jeudi 14 à 10h00 pour un premier entretien d'environ une heure. Pourriez-vous me "
     "confirmer votre présence par retour de mail ou par GSM ?"),
    ("fr_be_selection", "interview", "client", "Rencontre avec notre client",
     "Bonne nouvelle : notre client souhaite vous rencontrer ! L'entretien aura lieu dans leurs locaux à Wavre le "
     "lundi 18 à 14h, avec le directeur financier. Je vous envoie l'adresse exacte et quelques conseils pour "
     "vous préparer dans la journée."),
    ("fr_be_selection", "assessment", "tests", "Tests de personnalité et de raisonnement",
     "Comme convenu par téléphone, voici les liens vers les tests en ligne demandés par notre client : un "
     "questionnaire de personnalité et un test de raisonnement numérique. Comptez environ 45 minutes au total. "
     "Merci de les compléter avant vendredi midi."),
    ("fr_be_selection", "offer", "offer", "Proposition de contrat",
     "J'ai le plaisir de vous annoncer que notre client souhaite vous engager comme comptable à partir du 1er "
     "septembre. Il vous propose un contrat à durée indéterminée avec voiture de société et chèques-repas. Vous "
     "trouverez la proposition détaillée en pièce jointe ; je reste joignable sur mon GSM pour en discuter."),
    ("fr_be_selection", "other", "business", "Facture septembre - prestations intérimaires",
     "Veuillez trouver ci-joint notre facture pour les prestations intérimaires du mois de septembre. Le poste "
     "de magasinier a été couvert à temps plein durant quatre semaines. Le paiement est attendu à 30 jours fin "
     "de mois."),
    ("fr_be_selection", "other", "business", "Offre de collaboration - sélection de cadres",
     "Suite à notre rencontre au salon RH, je vous adresse notre offre de collaboration pour vos recrutements de "
     "cadres en 2025. Notre honoraire s'élève à 18 % du salaire annuel brut et nous garantissons le remplacement "
     "du candidat pendant six mois."),
    ("fr_be_selection", "other", "personal", "Convocation assemblée générale de l'ASBL",
     "Vous êtes convoqué à l'assemblée générale ordinaire de notre ASBL le samedi 22 à 10h. À l'ordre du jour : "
     "approbation des comptes, élection des administrateurs (les candidatures sont à rentrer avant le 15) et "
     "divers."),

    # fr_concours: a French public employer's concours and recruitment on contract.
    ("fr_concours", "application_ack", "ack", "Concours de rédacteur territorial - confirmation d'inscription",
     "Nous vous confirmons l'enregistrement de votre dossier d'inscription au concours externe de rédacteur "
     "territorial, session 2025. Votre dossier complet a bien été reçu dans les délais. La convocation aux "
     "épreuves écrites vous sera adressée environ trois semaines avant la date de l'épreuve."),
    ("fr_concours", "application_ack", "ack", "Accusé de réception - candidature au poste de chargé de mission",
     "Nous accusons réception de votre candidature au poste de chargé de mission mobilités (catégorie A, "
     "contractuel) publié sur Place de l'emploi public. Votre dossier sera examiné à l'issue de la date limite "
     "de dépôt. Les candidats retenus pour un entretien seront contactés à partir du 3 mars."),
    ("fr_concours", "assessment", "written", "Convocation aux épreuves écrites d'admissibilité",
     "Vous êtes convoqué(e) aux épreuves écrites d'admissibilité du concours de rédacteur territorial le jeudi "
     "9 octobre à 8h30, au parc des expositions d'Orléans, hall B. Vous devrez présenter une pièce d'identité "
     "et la présente convocation. Tout candidat arrivant après l'ouverture des sujets ne sera pas admis à "
     "composer."),
    ("fr_concours", "interview", "oral", "Admissibilité - convocation à l'épreuve orale",
     "Nous avons le plaisir de vous informer que vous êtes déclaré(e) admissible. Vous êtes convoqué(e) à "
     "l'entretien avec le jury le mardi 2 décembre à 14h15, au siège du centre de gestion. L'entretien dure "
     "vingt minutes et débute par une présentation de votre parcours."),
    ("fr_concours", "rejection", "not_admissible", "Résultats d'admissibilité",
     "Le jury s'est réuni le 20 novembre pour arrêter la liste des candidats admissibles. Nous avons le regret "
     "de vous informer que vous ne figurez pas sur cette liste. Vos notes vous seront communiquées sur demande "
     "écrite adressée au service Concours."),
    ("fr_concours", "rejection", "contract_post", "Votre candidature au poste de chargé de mission mobilités",
     "Vous avez bien voulu faire acte de candidature au poste de chargé de mission mobilités et nous vous en "
     "remercions. Après examen attentif des dossiers, la commission de recrutement a porté son choix sur un "
     "autre candidat dont le profil correspondait davantage aux besoins du service. Nous vous prions de croire "
     "à l'assurance de notre considération distinguée."),
    ("fr_concours", "rejection", "after_interview", "Suite de votre entretien du 12 mars",
     "Nous vous remercions de vous être présenté(e) devant le jury de recrutement le 12 mars dernier. Malgré "
     "les qualités dont vous avez fait preuve, nous ne sommes pas en mesure de donner une suite favorable à "
     "votre candidature. Le jury a relevé une bonne connaissance des collectivités mais une expérience "
     "encore limitée du pilotage de projets."),
    ("fr_concours", "offer", "appointment", "Recrutement au poste de gestionnaire RH",
     "À l'issue des entretiens, j'ai le plaisir de vous informer que votre candidature a été retenue pour le "
     "poste de gestionnaire ressources humaines. Votre prise de fonctions est envisagée au 1er avril, par voie "
     "de détachement ou de recrutement contractuel. Le service du personnel prendra contact avec vous pour "
     "constituer votre dossier administratif."),
    ("fr_concours", "interview", "invitation", "Convocation à un entretien de recrutement",
     "Suite à votre candidature au poste d'assistant de gestion financière, nous vous informons que vous êtes "
     "convoqué(e) à un entretien le lundi 7 avril à 9h30 en mairie, salle du conseil. Le jury sera composé du "
     "directeur général des services et de la responsable des finances."),
    ("fr_concours", "other", "admin", "Accusé de réception de votre demande d'acte d'état civil",
     "Nous accusons réception de votre demande de copie intégrale d'acte de naissance. Votre demande sera "
     "traitée dans un délai de dix jours ouvrés. Nous reviendrons vers vous si des pièces complémentaires "
     "sont nécessaires."),
    ("fr_concours", "other", "admin", "Concours photo « Nos villages » - résultats",
     "Merci d'avoir participé au concours photo organisé par la communauté de communes. Le jury a retenu "
     "douze clichés pour l'exposition de décembre ; votre photo n'a malheureusement pas été sélectionnée cette "
     "année. Nous espérons vous revoir l'an prochain."),
    ("fr_concours", "other", "admin", "Marché public n° 2025-14 - rejet de votre offre",
     "Nous vous informons que l'offre présentée par votre société pour le lot 3 (entretien des espaces verts) "
     "n'a pas été retenue. Le marché a été attribué à l'entreprise dont l'offre a été jugée économiquement la "
     "plus avantageuse. Vous pouvez demander les motifs détaillés du rejet."),

    # fr_ats_groupe: a large group's applicant-tracking templates, formal "vous".
    ("fr_ats_groupe", "application_ack", "ack", "Groupe Hélior - Nous avons bien reçu votre candidature",
     "Merci pour l'intérêt que vous portez au Groupe Hélior et pour votre candidature au poste de Contrôleur de "
     "gestion industriel (F/H) - Réf. 2025-0187. Nos équipes étudient chaque candidature avec attention. Si "
     "votre profil correspond à nos attentes, nous reviendrons vers vous rapidement."),
    ("fr_ats_groupe", "application_ack", "ack", "Confirmation de dépôt de candidature",
     "Votre candidature pour l'offre « Alternance - Assistant marketing digital (F/H) » a été transmise avec "
     "succès. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat."),
    ("fr_ats_groupe", "rejection", "thanks_first", "Votre candidature chez Groupe Hélior",
     "Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de Contrôleur de gestion "
     "industriel. Nous avons reçu de nombreuses candidatures de grande qualité. Après une étude approfondie, "
     "nous sommes au regret de vous informer que d'autres profils ont été jugés plus en adéquation avec les "
     "exigences du poste. Nous conservons vos coordonnées pour de futures opportunités."),
    ("fr_ats_groupe", "rejection", "closed", "Information sur l'offre Réf. 2025-0203",
     "Nous vous remercions d'avoir postulé à l'offre de Responsable qualité fournisseurs. Nous vous informons "
     "que ce recrutement a été annulé suite à une réorganisation interne. Votre candidature ne pourra donc pas "
     "être étudiée. Nous vous invitons à consulter régulièrement nos offres."),
    ("fr_ats_groupe", "rejection", "after_interview", "Suite à vos entretiens",
     "Nous tenons à vous remercier pour votre disponibilité lors des différents entretiens. Votre parcours a "
     "suscité un vif intérêt, mais nous avons fait le choix de retenir une candidature dont l'expérience en "
     "environnement multi-sites est plus étendue. Votre manager potentiel reste à votre disposition pour un "
     "échange sur les points forts et axes de progrès relevés."),
    ("fr_ats_groupe", "assessment", "online", "Étape suivante : test en ligne",
     "Votre candidature a retenu notre attention et nous souhaitons poursuivre le processus. La prochaine étape "
     "consiste en un test en ligne d'aptitudes (raisonnement logique et verbal) d'une durée de 35 minutes. Le "
     "lien ci-dessous est valable 5 jours."),
    ("fr_ats_groupe", "assessment", "video", "Entretien vidéo différé - Groupe Hélior",
     "Dans le cadre de votre candidature, nous vous invitons à réaliser un entretien vidéo différé : quatre "
     "questions, deux minutes de réponse chacune, à enregistrer quand vous le souhaitez avant le 20 mars."),
    ("fr_ats_groupe", "interview", "invitation", "Invitation à un entretien - Contrôleur de gestion industriel",
     "Nous avons le plaisir de vous inviter à un premier entretien avec Mme Aubry, responsable du contrôle de "
     "gestion, en visioconférence. Merci de sélectionner le créneau qui vous convient via le lien de "
     "planification."),
    ("fr_ats_groupe", "offer", "promise", "Votre promesse d'embauche",
     "Nous avons le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Contrôleur de "
     "gestion industriel en CDI, avec une prise de poste le 2 juin. Nous vous remercions de nous la retourner "
     "signée via votre espace candidat sous 8 jours."),
    ("fr_ats_groupe", "other", "alert", "5 nouvelles offres correspondent à votre alerte",
     "Découvrez les offres publiées cette semaine qui correspondent à votre alerte « Finance - Lyon » : "
     "Contrôleur de gestion (F/H), Comptable fournisseurs (F/H), Analyste financier (F/H)… Postulez en un clic."),
    ("fr_ats_groupe", "other", "account", "Réinitialisation de votre mot de passe",
     "Vous avez demandé la réinitialisation du mot de passe de votre espace candidat. Cliquez sur le lien "
     "ci-dessous pour choisir un nouveau mot de passe. Ce lien expire dans 24 heures."),
    ("fr_ats_groupe", "other", "business", "Offre spéciale partenaires - entretien de flotte",
     "En tant que partenaire du Groupe Hélior, bénéficiez de notre offre sur l'entretien de vos véhicules de "
     "fonction : révision, pneumatiques et contrôle technique à tarif négocié. Prenez rendez-vous en ligne."),

    # fr_startup: start-up notes, short, "tu" and relaxed "vous".
    ("fr_startup", "application_ack", "ack", "Bien reçu 🙌",
     "Merci pour ta candidature pour le poste de product designer ! On regarde tout ça cette semaine et je "
     "reviens vers toi au plus tard mardi prochain."),
    ("fr_startup", "interview", "call", "On s'appelle ?",
     "Ton portfolio nous a bien plu. Est-ce que tu aurais 30 minutes jeudi ou vendredi pour un premier call "
     "avec moi ? Tu peux choisir un créneau directement dans mon agenda."),
    ("fr_startup", "interview", "confirm", "Re: Rencontre avec l'équipe",
     "Parfait, on t'attend mercredi à 15h dans nos locaux au 12 rue de Paradis. Tu rencontreras Hugo (CTO) et "
     "Léa (design). Prévois une heure et demie environ."),
    ("fr_startup", "assessment", "case", "Petit exercice pour la suite",
     "Comme évoqué, voici l'exercice de design : repenser l'écran d'onboarding de notre app. Pas besoin d'y "
     "passer plus de trois heures. Renvoie-nous tes maquettes d'ici lundi, on en discutera ensemble au prochain "
     "rendez-vous."),
    ("fr_startup", "rejection", "short", "Re: Candidature product designer",
     "Merci beaucoup pour les échanges de ces dernières semaines. On a beaucoup hésité mais on part sur un "
     "profil plus senior pour ce poste. Franchement ton portfolio est top, n'hésite pas à repostuler l'an "
     "prochain quand on ouvrira d'autres postes."),
    ("fr_startup", "rejection", "frozen", "Mise à jour sur le poste de dev back-end",
     "Je te dois une réponse honnête : suite à notre dernière levée de fonds qui a pris du retard, on gèle "
     "toutes les embauches jusqu'à nouvel ordre. On ne pourra donc pas donner suite pour le moment. Désolée, "
     "je sais que tu attendais notre retour."),
    ("fr_startup", "offer", "offer", "On aimerait t'avoir dans l'équipe !",
     "Après les entretiens, c'est un grand oui de toute l'équipe ! On te propose de nous rejoindre en CDI comme "
     "product designer, 46 k€ brut annuel plus BSPCE. Je t'envoie la proposition écrite demain, dis-moi si tu "
     "veux en parler avant."),
    ("fr_startup", "recruiter_outreach", "founder", "Ton profil Malt",
     "Je suis tombée sur ton profil Malt et tes projets pour des applis de santé m'ont bluffée. On monte "
     "l'équipe produit de Plumeo et on cherche un·e designer. Ça te dirait qu'on en parle autour d'un café ?"),
    ("fr_startup", "other", "personal", "Dîner samedi ?",
     "Coucou ! Tu passes toujours samedi ? Antoine a décroché le poste à Nantes, on fête ça à la maison. "
     "Ramène juste un dessert, on s'occupe du reste."),
    ("fr_startup", "other", "business", "Re: Entretien annuel du serveur",
     "Le prestataire passe jeudi pour l'entretien annuel de la baie serveur. Il y aura une coupure du réseau "
     "entre 12h et 13h. Pensez à sauvegarder vos fichiers avant."),
    ("fr_startup", "other", "business", "Candidature au programme d'accélération",
     "Bonne nouvelle : notre candidature au programme d'accélération de la région est retenue ! On doit "
     "préparer le pitch pour le comité du 14. Qui s'occupe des slides ?"),

    # fr_ch_cabinet: a Geneva placement firm, Swiss wording (dossier, place, CHF), formal.
    ("fr_ch_cabinet", "application_ack", "ack", "Votre dossier de candidature",
     "Nous avons bien reçu votre dossier de candidature pour la place de gestionnaire de fortune junior auprès "
     "de l'un de nos mandants, une banque privée genevoise. Votre dossier sera traité en toute confidentialité. "
     "Nous prendrons contact avec vous si votre profil est retenu pour la suite."),
    ("fr_ch_cabinet", "application_ack", "interim", "Point de situation",
     "Notre mandant a prolongé la phase de présélection de deux semaines en raison du grand nombre de dossiers "
     "reçus. Votre candidature est toujours à l'étude. Nous vous remercions de votre patience."),
    ("fr_ch_cabinet", "rejection", "other_candidate", "Votre candidature - gestionnaire de fortune junior",
     "Nous vous remercions de la confiance témoignée. Notre mandant a examiné votre dossier avec intérêt, mais "
     "a donné la préférence à une personne au bénéfice d'une expérience plus directe de la clientèle privée. "
     "Nous regrettons de ne pas pouvoir vous donner une réponse plus favorable."),
    ("fr_ch_cabinet", "rejection", "permit", "Votre postulation",
     "Votre postulation a retenu notre attention. Malheureusement, notre mandant n'est pas en mesure d'engager "
     "une personne ne disposant pas encore d'un permis de travail valable en Suisse. Nous devons donc renoncer à "
     "présenter votre dossier. Nous vous souhaitons plein succès."),
    ("fr_ch_cabinet", "rejection", "after_interview", "Suite de notre entretien",
     "Nous tenons à vous remercier pour l'entretien fort agréable de la semaine passée. Après mûre réflexion, "
     "notre mandant a décidé de ne pas poursuivre le processus avec vous : il recherche finalement un profil "
     "davantage orienté vers la conformité. Nous gardons volontiers votre dossier pour d'autres mandats."),
    ("fr_ch_cabinet", "interview", "invitation", "Entretien auprès de notre mandant",
     "Nous avons le plaisir de vous informer que notre mandant souhaite vous rencontrer. L'entretien aura lieu "
     "le mercredi 5 à 16h00 dans ses locaux du quai des Bergues, en présence du responsable de la gestion "
     "privée. Nous vous saurions gré de bien vouloir nous confirmer votre disponibilité."),
    ("fr_ch_cabinet", "assessment", "tests", "Évaluation en ligne",
     "Dans le cadre du processus de sélection, nous vous prions de remplir l'évaluation en ligne ci-jointe "
     "(questionnaire de personnalité et test d'aptitudes numériques). Elle vous prendra environ 50 minutes et "
     "doit être complétée d'ici jeudi."),
    ("fr_ch_cabinet", "offer", "contract", "Proposition d'engagement",
     "C'est avec plaisir que nous vous transmettons la proposition d'engagement de notre mandant : contrat de "
     "durée indéterminée, salaire annuel brut de CHF 98'000 versé en treize fois, entrée en fonction le 1er "
     "mars. Le contrat de travail vous parviendra par courrier."),
    ("fr_ch_cabinet", "recruiter_outreach", "approach", "Opportunité confidentielle à Lausanne",
     "Votre parcours dans le contrôle de gestion bancaire a retenu notre attention. Nous accompagnons une "
     "institution lausannoise dans la recherche d'un ou d'une responsable du reporting. Seriez-vous ouvert à un "
     "échange confidentiel à ce sujet ?"),
    ("fr_ch_cabinet", "other", "business", "Place de parc - résiliation",
     "Nous accusons réception de votre résiliation de la place de parc n° 14 pour le 31 mars. Un état des lieux "
     "sera fixé avec le concierge. Nous vous remercions pour votre fidélité."),
    ("fr_ch_cabinet", "other", "business", "Votre offre de services du 3 février",
     "Nous vous remercions de votre offre de services pour la traduction de nos rapports annuels. Après "
     "comparaison, nous avons décidé de confier ce mandat à un autre prestataire. Nous ne manquerons pas de "
     "vous solliciter pour de futurs projets."),
    ("fr_ch_cabinet", "other", "business", "Invitation - apéritif de fin d'année",
     "Toute l'équipe de Léman Talents se réjouit de vous convier à son apéritif de fin d'année le jeudi 12 "
     "décembre dès 18h00. Merci de confirmer votre présence d'ici au 5 décembre."),

    # fr_quebec: a Québec employer (entrevue, courriel, affichage).
    ("fr_quebec", "application_ack", "ack", "Nous avons bien reçu votre candidature",
     "Merci de l'intérêt que vous portez à Hydrovalle. Nous confirmons la réception de votre candidature pour "
     "l'affichage « Technicien(ne) en génie électrique - 2025-118 ». Seules les personnes retenues pour une "
     "entrevue seront contactées."),
    ("fr_quebec", "application_ack", "ack", "Candidature reçue - stage d'été",
     "Nous avons bien reçu votre candidature pour un stage d'été en ingénierie. Notre équipe d'acquisition de "
     "talents analysera votre dossier au cours des prochaines semaines. Vous pouvez suivre le statut de votre "
     "candidature dans votre profil."),
    ("fr_quebec", "interview", "phone", "Entrevue téléphonique - Technicien(ne) en génie électrique",
     "Votre candidature a retenu notre attention! Nous aimerions planifier une entrevue téléphonique de 20 "
     "minutes avec vous. Veuillez choisir une plage horaire à votre convenance à l'aide du lien ci-dessous."),
    ("fr_quebec", "interview", "onsite", "Convocation à une entrevue",
     "Suite à votre entrevue téléphonique, nous avons le plaisir de vous convoquer à une entrevue en personne "
     "le 22 avril à 13 h 30 à notre bureau du boulevard René-Lévesque. Prévoyez environ 90 minutes."),
    ("fr_quebec", "rejection", "thanks_first", "Votre candidature chez Hydrovalle",
     "Nous tenons à vous remercier sincèrement du temps consacré à votre candidature. Après analyse, nous avons "
     "retenu des candidatures dont le profil correspond davantage aux exigences de ce poste. Nous conserverons "
     "votre dossier et n'hésiterons pas à communiquer avec vous si une occasion se présente. Bonne chance dans "
     "vos recherches!"),
    ("fr_quebec", "rejection", "after_interview", "Suivi de votre entrevue",
     "Merci d'avoir pris le temps de nous rencontrer la semaine dernière. Le comité a apprécié la qualité de "
     "vos réponses; toutefois, nous avons arrêté notre choix sur une autre personne pour ce poste. N'hésitez pas "
     "à postuler de nouveau sur nos prochains affichages."),
    ("fr_quebec", "rejection", "filled", "Affichage 2025-131 - poste pourvu",
     "Nous vous informons que le poste d'analyste en approvisionnement pour lequel vous avez postulé a été "
     "pourvu. Nous vous remercions de votre intérêt envers notre organisation."),
    ("fr_quebec", "assessment", "test", "Test de compétences techniques",
     "La prochaine étape du processus de sélection est un test de compétences techniques en ligne d'environ une "
     "heure. Vous recevrez un courriel distinct de notre partenaire avec vos accès. Veuillez le compléter dans "
     "les 72 heures."),
    ("fr_quebec", "offer", "offer", "Offre d'emploi - Hydrovalle",
     "Nous avons le plaisir de vous offrir le poste de Technicien en génie électrique, à temps plein et "
     "permanent, à compter du 9 juin. Votre lettre d'offre, incluant le salaire et les avantages sociaux, est "
     "jointe à ce courriel. Merci de nous faire part de votre décision d'ici vendredi."),
    ("fr_quebec", "other", "newsletter", "Infolettre Hydrovalle - printemps",
     "Dans cette infolettre : notre nouvelle centrale solaire, la journée portes ouvertes du 3 mai et nos "
     "affichages de postes en région. Bonne lecture!"),
    ("fr_quebec", "other", "personal", "Entretien de votre thermopompe",
     "Votre thermopompe est due pour son entretien annuel. Un technicien peut passer chez vous mardi ou "
     "mercredi entre 8 h et 12 h. Répondez à ce courriel pour confirmer une plage."),
    ("fr_quebec", "other", "personal", "Confirmation de votre commande",
     "Merci pour votre commande! Votre offre de bienvenue de 15 % a été appliquée. Vous recevrez un courriel "
     "dès que votre colis sera expédié."),

    # fr_pme: a roofing firm typing by hand (accents lost in the dress).
    ("fr_pme", "application_ack", "ack", "Re: candidature couvreur",
     "Bien recu votre CV et votre lettre. Je suis sur un chantier toute la semaine, je vous rappelle lundi pour "
     "en parler."),
    ("fr_pme", "interview", "meet", "rendez vous",
     "Suite a votre candidature je vous propose de passer a l'atelier mercredi vers 17h pour qu'on discute du "
     "poste. Apportez vos certificats de formation si vous les avez."),
    ("fr_pme", "rejection", "short", "votre candidature",
     "Merci pour votre candidature mais j'ai deja embauche quelqu'un pour le poste de couvreur. Je garde votre "
     "numero au cas ou on aurait besoin de monde cet ete."),
    ("fr_pme", "rejection", "after_trial", "suite essai",
     "Merci d'etre venu pour la journee d'essai. Apres reflexion je prefere ne pas donner suite, il me faut "
     "quelqu'un qui a deja travaille en hauteur sur des toitures en ardoise. Bonne continuation."),
    ("fr_pme", "offer", "offer", "embauche",
     "Comme dit au telephone, c'est d'accord pour vous embaucher en CDD de six mois a partir du 3 mars, a 12,50 "
     "de l'heure. Passez signer le contrat vendredi au bureau."),
    ("fr_pme", "interview", "trial", "journee d'essai",
     "Avant de decider je vous propose une journee d'essai sur le chantier de Saint-Jean lundi, rendez-vous a 7h30 "
     "au depot. Prevoyez vos chaussures de securite."),
    ("fr_pme", "other", "business", "devis toiture",
     "Veuillez trouver ci-joint notre devis pour la reprise de votre toiture. L'offre est valable trois mois. "
     "Nous pouvons intervenir a partir de la mi-avril."),
    ("fr_pme", "other", "business", "refus pret professionnel",
     "Nous avons etudie votre demande de pret pour l'achat d'un utilitaire. Nous sommes au regret de vous "
     "informer que nous ne pouvons pas y donner une suite favorable en l'etat de votre bilan."),
    ("fr_pme", "other", "business", "entretien camion",
     "Votre camion est pret, l'entretien des 60 000 km est fait. Vous pouvez passer le recuperer a partir de "
     "16h. Le montant est de 412 euros."),
    ("fr_pme", "other", "business", "accuse de reception lettre recommandee",
     "Nous accusons reception de votre courrier recommande concernant le litige sur le chantier Martin. Nous "
     "reviendrons vers vous apres etude du dossier par notre assureur."),

    # fr_chasseur: a head-hunter writing from a phone.
    ("fr_chasseur", "recruiter_outreach", "approach", "Une opportunité qui pourrait vous intéresser",
     "Je me permets de vous contacter car j'accompagne un éditeur de logiciels en forte croissance qui recrute "
     "son futur directeur commercial. Votre parcours chez Dataline me semble très pertinent. Seriez-vous "
     "disponible pour un échange téléphonique cette semaine ?"),
    ("fr_chasseur", "recruiter_outreach", "approach", "Poste de DAF - ETI industrielle",
     "Je mène actuellement une recherche de directeur administratif et financier pour une ETI industrielle en "
     "Auvergne. Je pense que votre expérience pourrait correspondre. Êtes-vous à l'écoute du marché en ce "
     "moment ?"),
    ("fr_chasseur", "interview", "client", "Rendez-vous avec le PDG",
     "Le PDG a lu votre dossier et aimerait vous rencontrer. Je vous propose mardi 16 à 18h au siège, à "
     "Clermont. Vous me confirmez ?"),
    ("fr_chasseur", "rejection", "client_choice", "Retour du client",
     "Je reviens vers vous comme promis. Mon client a finalement choisi de poursuivre avec un autre finaliste, "
     "plus proche du secteur. C'était serré et vous avez fait très bonne impression. Je ne manquerai pas de "
     "revenir vers vous sur une prochaine mission."),
    ("fr_chasseur", "rejection", "paused", "Point sur la mission",
     "Petit point rapide : mon client a suspendu le recrutement, le temps de finaliser un rachat. Le processus "
     "s'arrête donc ici pour l'instant. Désolé pour ce contretemps, je vous tiens au courant si ça redémarre."),
    ("fr_chasseur", "application_ack", "ack", "Re: Votre annonce directeur commercial",
     "Merci pour votre CV, bien reçu. Je le regarde attentivement ce week-end et je vous rappelle en début de "
     "semaine prochaine."),
    ("fr_chasseur", "offer", "offer", "Bonne nouvelle !",
     "Le client vient de m'appeler : il souhaite vous faire une offre ! Package annoncé de 120 k€ fixe plus "
     "variable. La proposition écrite arrive demain. Appelez-moi dès que vous pouvez."),
    ("fr_chasseur", "other", "personal", "Re: Match de dimanche",
     "Je ne pourrai pas jouer dimanche, je suis en déplacement. Je vous laisse ma place au poste d'ailier, "
     "Julien devrait être dispo."),
    ("fr_chasseur", "other", "business", "Invitation webinar - marché de l'emploi cadres",
     "Je vous invite à notre webinar du 14 sur les tendances du marché de l'emploi des cadres en 2025 : "
     "salaires, secteurs qui recrutent, télétravail. Inscription gratuite via le lien."),
]

# ---------------------------------------------------------------- German
CORES += [
    # de_at_system: an Austrian employer's applicant system (Jänner, KV, Dienstantritt).
    ("de_at_system", "application_ack", "ack", "Ihre Bewerbung ist bei uns eingelangt",
     "Danke für Ihr Interesse an der Alpenstahl AG! Ihre Bewerbung als Instandhaltungstechnikerin ist bei uns "
     "eingelangt. Wir prüfen Ihre Unterlagen und melden uns innerhalb von drei Wochen bei Ihnen."),
    ("de_at_system", "application_ack", "interim", "Zwischeninformation zu Ihrer Bewerbung",
     "Wir möchten Sie informieren, dass sich das Auswahlverfahren für die Stelle Qualitätsmanagerin aufgrund "
     "der Feiertage bis Mitte Jänner verzögert. Ihre Bewerbung ist nach wie vor aktiv und wird berücksichtigt."),
    ("de_at_system", "rejection", "thanks_first", "Ihre Bewerbung als Instandhaltungstechnikerin",
     "Herzlichen Dank für Ihre Bewerbung und das Vertrauen in unser Unternehmen. Wir haben uns Ihre Unterlagen "
     "genau angesehen. Zum jetzigen Zeitpunkt haben wir uns jedoch für Kandidatinnen und Kandidaten "
     "entschieden, deren Profil den Anforderungen noch besser entspricht. Wir wünschen Ihnen für Ihre weitere "
     "berufliche Zukunft alles Gute."),
    ("de_at_system", "rejection", "after_interview", "Rückmeldung zu Ihrem Bewerbungsgespräch",
     "Nochmals danke für das angenehme Bewerbungsgespräch am Dienstag. Leider können wir Ihnen keine Zusage "
     "geben: Wir haben uns für eine Bewerberin mit langjähriger Erfahrung in der Stahlindustrie entschieden. "
     "Gerne gibt Ihnen Herr Pichler telefonisch ein persönliches Feedback."),
    ("de_at_system", "rejection", "on_hold", "Information zur ausgeschriebenen Stelle",
     "Wir bedanken uns für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass die Stelle aus "
     "organisatorischen Gründen vorerst nicht nachbesetzt wird. Das Bewerbungsverfahren wird daher ohne "
     "Besetzung abgeschlossen."),
    ("de_at_system", "interview", "invitation", "Einladung zum Bewerbungsgespräch",
     "Ihre Bewerbung hat uns angesprochen und wir möchten Sie gerne persönlich kennenlernen. Wir laden Sie zu "
     "einem Gespräch am Donnerstag, 23. Jänner, um 10:00 Uhr in unser Werk in Linz ein. Bitte bestätigen Sie "
     "den Termin über den Link."),
    ("de_at_system", "interview", "video", "Kennenlernen per Video-Call",
     "Wir würden Sie gerne in einem ersten Video-Call von ca. 30 Minuten kennenlernen. Bitte wählen Sie über "
     "den untenstehenden Link einen passenden Termin in der kommenden Woche."),
    ("de_at_system", "assessment", "online", "Ihr Online-Assessment",
     "Als nächsten Schritt im Auswahlprozess bitten wir Sie, unser Online-Assessment zu absolvieren. Es umfasst "
     "einen Test zum logischen Denken und einen Persönlichkeitsfragebogen und dauert etwa 45 Minuten. Bitte "
     "schließen Sie es bis Freitag ab."),
    ("de_at_system", "offer", "offer", "Ihr Dienstvertrag",
     "Wir freuen uns, Ihnen mitteilen zu dürfen, dass wir Sie als Instandhaltungstechnikerin einstellen "
     "möchten. Ihr Dienstantritt ist für den 1. März geplant, die Entlohnung erfolgt gemäß Kollektivvertrag "
     "mit Überzahlung. Den Dienstvertrag senden wir Ihnen zur Unterschrift zu."),
    ("de_at_system", "other", "alert", "Neue Jobs, die zu Ihrem Jobabo passen",
     "Für Ihr Jobabo „Technik, Oberösterreich“ gibt es neue Stellen: Elektrotechniker (m/w/d), "
     "Schichtleiter Walzwerk (m/w/d), Lehrling Metalltechnik. Jetzt bewerben!"),
    ("de_at_system", "other", "business", "Angebot Wartungsvertrag Hallenkran",
     "Anbei erhalten Sie unser Angebot für den Wartungsvertrag Ihres Hallenkrans. Die jährliche Überprüfung "
     "nach ÖNORM ist enthalten. Das Angebot ist bis Ende Februar gültig."),
    ("de_at_system", "other", "personal", "Absage Skikurs",
     "Leider müssen wir den Skikurs am Wochenende wegen Schneemangels absagen. Die Kursgebühr wird Ihnen "
     "rückerstattet oder auf einen Ersatztermin angerechnet."),

    # de_vermittler: a Personalvermittler, short notes from the phone.
    ("de_vermittler", "recruiter_outreach", "approach", "Position als Lohnbuchhalterin",
     "ich bin Personalvermittler und betreue aktuell ein Steuerbüro in Regensburg, das eine erfahrene "
     "Lohnbuchhalterin sucht. Ihr Profil auf StepStone passt sehr gut. Darf ich Ihnen die Stelle kurz am "
     "Telefon vorstellen?"),
    ("de_vermittler", "recruiter_outreach", "approach", "Kurze Anfrage",
     "haben Sie aktuell Interesse an einer neuen Herausforderung? Einer meiner Mandanten sucht eine "
     "Teamleitung Buchhaltung, 38-Stunden-Woche, zwei Tage Homeoffice. Ich würde mich über einen Rückruf "
     "freuen."),
    ("de_vermittler", "application_ack", "ack", "Ihre Unterlagen",
     "danke für die Zusendung Ihrer Unterlagen. Ich schaue sie mir heute Abend an und melde mich morgen mit "
     "einem ersten Feedback."),
    ("de_vermittler", "interview", "client", "Termin bei meinem Mandanten",
     "gute Nachrichten: Der Mandant möchte Sie kennenlernen! Vorstellungsgespräch am Mittwoch um 9 Uhr in der "
     "Kanzlei, Ansprechpartnerin ist Frau Dr. Huber. Passt Ihnen das?"),
    ("de_vermittler", "interview", "phone", "Telefonat morgen",
     "wie besprochen rufe ich Sie morgen um 12:30 an, dann gehen wir Ihren Lebenslauf und die Details zur "
     "Stelle durch. Dauert etwa 20 Minuten."),
    ("de_vermittler", "rejection", "client_choice", "Feedback vom Mandanten",
     "leider keine guten Nachrichten: Der Mandant hat sich nach den Gesprächen für eine andere Kandidatin "
     "entschieden, die bereits DATEV-Erfahrung in der Lohnabrechnung hat. Ich finde das schade und melde mich, "
     "sobald ich etwas Passendes für Sie habe."),
    ("de_vermittler", "rejection", "cancelled", "Stelle zurückgezogen",
     "kurzes Update von meiner Seite: Mein Mandant hat die Stelle leider zurückgezogen, weil intern "
     "umstrukturiert wird. Der Prozess ist damit beendet. Tut mir leid, dass es so kurzfristig kommt."),
    ("de_vermittler", "offer", "offer", "Zusage!",
     "Sie haben es geschafft: Der Mandant möchte Ihnen ein Vertragsangebot machen, 52.000 Euro brutto im Jahr, "
     "Start am 1. April. Der Vertrag kommt diese Woche per Post. Herzlichen Glückwunsch!"),
    ("de_vermittler", "assessment", "test", "Fachtest vom Mandanten",
     "der Mandant bittet vor dem zweiten Gespräch um einen kurzen Fachtest zur Lohnabrechnung. Den Link "
     "schicke ich Ihnen gleich, Bearbeitungszeit etwa eine Stunde, bitte bis Montag erledigen."),
    ("de_vermittler", "other", "business", "Rechnung Vermittlungsprovision",
     "anbei die Rechnung über die Vermittlungsprovision für die besetzte Stelle Teamleitung Einkauf. Zahlbar "
     "innerhalb von 14 Tagen. Vielen Dank für die gute Zusammenarbeit!"),
    ("de_vermittler", "other", "personal", "Grillen am Samstag",
     "hast du Samstag Zeit? Wir grillen bei uns im Garten, Tom hat seine neue Stelle angetreten und will das "
     "feiern. Bring einfach was zu trinken mit."),

    # de_bund: a federal authority's Auswahlverfahren, formal.
    ("de_bund", "application_ack", "ack", "Eingangsbestätigung – Stellenausschreibung 17/2025",
     "Ihre Bewerbung auf die Stellenausschreibung 17/2025 (Referentin/Referent Verkehrsstatistik, EG 13 TVöD) "
     "ist bei uns eingegangen. Nach Ablauf der Bewerbungsfrist erfolgt eine Vorauswahl anhand der "
     "Anforderungen der Ausschreibung. Wir bitten um Verständnis, dass dies einige Wochen dauern kann."),
    ("de_bund", "application_ack", "interim", "Zwischenbescheid zu Ihrer Bewerbung",
     "Das Auswahlverfahren zur Stellenausschreibung 17/2025 ist aufgrund der hohen Zahl an Bewerbungen noch "
     "nicht abgeschlossen. Wir werden Sie unaufgefordert über den weiteren Verlauf informieren. Von "
     "Sachstandsanfragen bitten wir abzusehen."),
    ("de_bund", "assessment", "written", "Einladung zum schriftlichen Auswahltest",
     "Im Rahmen des Auswahlverfahrens laden wir Sie zu einem schriftlichen Test am 12. Mai 2025, 9:00 Uhr, in "
     "unsere Dienststelle in Bergisch Gladbach ein. Der Test umfasst eine Fallaufgabe zur Verkehrsstatistik "
     "und dauert 90 Minuten."),
    ("de_bund", "interview", "structured", "Einladung zum strukturierten Auswahlgespräch",
     "Wir freuen uns, Sie zu einem strukturierten Auswahlgespräch einladen zu können. Das Gespräch findet am "
     "26. Mai 2025 um 13:30 Uhr statt und dauert etwa 60 Minuten. Der Auswahlkommission gehören Vertreter der "
     "Fachabteilung, des Personalrats und die Gleichstellungsbeauftragte an."),
    ("de_bund", "rejection", "shortlist", "Ihre Bewerbung – Stellenausschreibung 17/2025",
     "Wir danken Ihnen für Ihre Bewerbung. Nach Sichtung aller Unterlagen müssen wir Ihnen mitteilen, dass wir "
     "Sie nicht in die engere Wahl einbeziehen konnten, da andere Bewerberinnen und Bewerber die "
     "Anforderungen der Ausschreibung in höherem Maße erfüllen."),
    ("de_bund", "rejection", "after_interview", "Ergebnis des Auswahlverfahrens",
     "Das Auswahlverfahren ist abgeschlossen. Nach Auswertung der Auswahlgespräche ist die Wahl auf eine andere "
     "Bewerberin gefallen. Wir bedanken uns für Ihr Interesse an einer Tätigkeit in der Bundesverwaltung."),
    ("de_bund", "rejection", "test", "Ergebnis des schriftlichen Auswahltests",
     "Sie haben am schriftlichen Auswahltest teilgenommen. Leider haben Sie die für die Teilnahme an den "
     "Auswahlgesprächen erforderliche Mindestpunktzahl nicht erreicht. Eine weitere Berücksichtigung Ihrer "
     "Bewerbung ist daher nicht möglich."),
    ("de_bund", "offer", "offer", "Einstellungsangebot",
     "Wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Besetzung der Stelle "
     "ausgewählt hat. Wir bieten Ihnen die Einstellung zum 1. Juli 2025 in Entgeltgruppe 13 TVöD an. Bitte "
     "teilen Sie uns innerhalb von zwei Wochen mit, ob Sie das Angebot annehmen."),
    ("de_bund", "other", "admin", "Eingangsbestätigung Ihres Antrags auf Wohngeld",
     "Ihr Antrag auf Wohngeld ist am 4. März bei uns eingegangen. Die Bearbeitung dauert derzeit etwa acht "
     "Wochen. Bitte reichen Sie die fehlenden Verdienstbescheinigungen nach."),
    ("de_bund", "other", "admin", "Zwischenbescheid – Ihr Einspruch vom 10.02.",
     "Ihr Einspruch gegen den Einkommensteuerbescheid ist eingegangen. Wir werden über den Einspruch "
     "entscheiden, sobald das anhängige Verfahren beim Bundesfinanzhof abgeschlossen ist."),
    ("de_bund", "other", "admin", "Ablehnung Ihres Antrags auf Sondernutzung",
     "Ihr Antrag auf Sondernutzung öffentlicher Verkehrsflächen für einen Verkaufsstand wird abgelehnt. Die "
     "beantragte Fläche ist für den Wochenmarkt vorgesehen. Gegen diesen Bescheid können Sie innerhalb eines "
     "Monats Widerspruch einlegen."),

    # de_kmu_du: a small design studio, "du", short.
    ("de_kmu_du", "application_ack", "ack", "Deine Bewerbung",
     "danke dir für deine Bewerbung als Junior Designerin! Wir schauen uns deine Mappe in Ruhe an und melden "
     "uns nächste Woche."),
    ("de_kmu_du", "interview", "meet", "Lust auf einen Kaffee?",
     "deine Mappe hat uns echt gefallen. Magst du nächsten Dienstag gegen 16 Uhr bei uns im Studio "
     "vorbeikommen? Dann lernen wir uns kennen und zeigen dir, woran wir gerade arbeiten."),
    ("de_kmu_du", "interview", "video", "Video-Call Donnerstag",
     "wie am Telefon besprochen: Donnerstag 10 Uhr per Zoom, Link kommt per Kalendereinladung. Mit dabei ist "
     "unsere Art Direktorin Nele."),
    ("de_kmu_du", "assessment", "task", "Kleine Probeaufgabe",
     "bevor wir uns ein zweites Mal treffen, hätten wir eine kleine Probeaufgabe für dich: ein Logo-Entwurf "
     "für ein fiktives Café. Nimm dir nicht mehr als einen halben Tag dafür und schick uns bis Sonntag zwei "
     "Skizzen."),
    ("de_kmu_du", "rejection", "short", "Re: Deine Bewerbung",
     "sorry, dass es so lange gedauert hat. Wir haben uns am Ende für jemanden entschieden, der schon mehr "
     "Erfahrung im Editorial Design hat. Deine Sachen sind wirklich gut, bleib dran!"),
    ("de_kmu_du", "rejection", "budget", "Die Junior-Stelle",
     "ich muss dir leider absagen: Uns ist ein großer Kunde abgesprungen und wir können die Stelle dieses Jahr "
     "nicht mehr besetzen. Tut mir echt leid, du warst unsere Favoritin."),
    ("de_kmu_du", "offer", "offer", "Willst du bei uns anfangen?",
     "wir sind uns einig: Wir würden dich gern ab Februar als Junior Designerin einstellen, 36 Stunden, "
     "unbefristet. Einen Vertragsentwurf schicke ich dir morgen. Sag Bescheid, was du denkst!"),
    ("de_kmu_du", "other", "business", "Angebot für die Broschüre",
     "anbei unser Angebot für die Gestaltung eurer Imagebroschüre, 24 Seiten, inkl. zwei Korrekturschleifen. "
     "Wenn das passt, können wir nächste Woche starten."),
    ("de_kmu_du", "other", "business", "Absage Pitch",
     "danke für eure Präsentation letzte Woche. Wir haben uns leider für eine andere Agentur entschieden, deren "
     "Konzept näher an unserer Zielgruppe war. Wir kommen bei künftigen Projekten gern wieder auf euch zu."),
    ("de_kmu_du", "other", "personal", "Wohnungsbewerbung Südvorstadt",
     "vielen Dank für dein Interesse an der Wohnung in der Südvorstadt und für die vollständigen Unterlagen. "
     "Leider haben wir uns für andere Mietinteressenten entschieden. Viel Erfolg bei der weiteren "
     "Wohnungssuche!"),
    ("de_kmu_du", "other", "personal", "Zusage Kitaplatz",
     "wir freuen uns, dir mitteilen zu können, dass wir für Emil ab August einen Platz in unserer Krippengruppe "
     "haben. Bitte bestätige uns die Zusage bis Ende des Monats und komm zum Aufnahmegespräch vorbei."),

    # de_ch: a Swiss hospital (no ß, Grüezi, Dossier, Stellenantritt).
    ("de_ch", "application_ack", "ack", "Eingangsbestätigung Ihrer Bewerbung",
     "Besten Dank für Ihre Bewerbung als Dipl. Pflegefachfrau HF. Ihr Bewerbungsdossier ist vollständig bei "
     "uns eingetroffen. Die zuständige Stationsleitung prüft Ihre Unterlagen und wird sich in den nächsten zwei "
     "Wochen bei Ihnen melden."),
    ("de_ch", "application_ack", "interim", "Stand Ihrer Bewerbung",
     "Gerne informieren wir Sie, dass der Selektionsprozess für die ausgeschriebene Stelle noch andauert. Wir "
     "danken Ihnen für Ihre Geduld und melden uns, sobald wir mehr wissen."),
    ("de_ch", "rejection", "thanks_first", "Ihre Bewerbung als Dipl. Pflegefachfrau HF",
     "Wir danken Ihnen für Ihre Bewerbung und das Interesse an unserem Spital. Nach sorgfältiger Prüfung "
     "müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben "
     "uns für eine Person entschieden, die dem gesuchten Profil besser entspricht. Ihr Dossier senden wir Ihnen "
     "gerne zurück."),
    ("de_ch", "rejection", "after_interview", "Ihr Vorstellungsgespräch vom 4. Juni",
     "Nochmals herzlichen Dank für das interessante Gespräch. Wir haben uns die Entscheidung nicht leicht "
     "gemacht, uns aber für eine interne Kandidatin entschieden. Für ein telefonisches Feedback steht Ihnen "
     "Frau Keller gerne zur Verfügung."),
    ("de_ch", "rejection", "filled", "Stelle bereits vergeben",
     "Vielen Dank für Ihre Spontanbewerbung. Die Stelle in der Notfallstation wurde bereits vergeben und "
     "derzeit sind keine weiteren Stellen in diesem Bereich offen. Gerne dürfen Sie sich wieder bewerben, wenn "
     "eine passende Stelle ausgeschrieben ist."),
    ("de_ch", "interview", "invitation", "Einladung zum Vorstellungsgespräch",
     "Gerne möchten wir Sie zu einem Vorstellungsgespräch am Mittwoch, 4. Juni, um 14.00 Uhr einladen. Das "
     "Gespräch findet im Personaldienst, Haus B, 2. Stock statt. Bitte bestätigen Sie uns den Termin."),
    ("de_ch", "interview", "schnuppern", "Schnuppertag auf der Station",
     "Nach unserem Gespräch laden wir Sie gerne zu einem Schnuppertag auf der Station Medizin ein, am Dienstag, "
     "10. Juni, von 7.00 bis 15.30 Uhr. Bitte melden Sie sich am Empfang Haus A."),
    ("de_ch", "assessment", "test", "Eignungsabklärung online",
     "Im Rahmen unseres Selektionsverfahrens bitten wir Sie, eine Eignungsabklärung online auszufüllen. Sie "
     "dauert rund 40 Minuten. Den Zugang erhalten Sie mit separater E-Mail."),
    ("de_ch", "offer", "contract", "Ihr Arbeitsvertrag",
     "Wir freuen uns, Ihnen die Stelle als Dipl. Pflegefachfrau HF per 1. September anbieten zu können. Der "
     "Jahreslohn beträgt CHF 84'500 inklusive 13. Monatslohn. Den Arbeitsvertrag erhalten Sie in doppelter "
     "Ausführung per Post."),
    ("de_ch", "other", "newsletter", "Spital Aarewald aktuell",
     "Im Newsletter dieses Monats: unsere neue Geburtenabteilung, der Tag der offenen Tür und offene Stellen in "
     "der Pflege. Wir wünschen Ihnen eine gute Lektüre."),
    ("de_ch", "other", "personal", "Einladung zur Generalversammlung",
     "Wir laden Sie herzlich zur ordentlichen Generalversammlung der Wohnbaugenossenschaft ein. Traktanden: "
     "Jahresbericht, Wahl des Vorstands (Bewerbungen bis 15. Mai), Varia."),
    ("de_ch", "other", "business", "Offerte Reinigung",
     "Wir danken Ihnen für Ihre Anfrage und unterbreiten Ihnen gerne unsere Offerte für die Unterhaltsreinigung "
     "Ihrer Büroräume. Bei Fragen stehen wir Ihnen gerne zur Verfügung."),

    # de_konzern: a corporation's SAP SuccessFactors templates.
    ("de_konzern", "application_ack", "ack", "Vielen Dank für Ihre Bewerbung bei Vireon",
     "vielen Dank für Ihre Bewerbung auf die Position Data Analyst Supply Chain (m/w/d), Job-ID 88213. Wir "
     "haben Ihre Unterlagen erhalten. Unser Talent-Acquisition-Team prüft Ihr Profil und meldet sich, sobald "
     "es Neuigkeiten gibt."),
    ("de_konzern", "rejection", "thanks_first", "Ihre Bewerbung bei Vireon – Job-ID 88213",
     "vielen Dank für Ihr Interesse an Vireon und die Zeit, die Sie in Ihre Bewerbung investiert haben. Wir "
     "haben alle eingegangenen Bewerbungen sorgfältig geprüft. Leider haben wir uns entschieden, mit anderen "
     "Kandidatinnen und Kandidaten fortzufahren, deren Qualifikationen besser zu den Anforderungen der Position "
     "passen. Wir ermutigen Sie, sich auch künftig auf passende Positionen zu bewerben."),
    ("de_konzern", "rejection", "closed", "Update zu Job-ID 88240",
     "wir möchten Sie darüber informieren, dass die Position Werkstudent Controlling nicht mehr besetzt wird. "
     "Ihre Bewerbung wird daher geschlossen. Wir danken Ihnen für Ihr Interesse."),
    ("de_konzern", "rejection", "after_interview", "Ihr Interview bei Vireon",
     "herzlichen Dank für das Interview mit unserem Team. Auch wenn Ihr Profil uns gut gefallen hat, haben wir "
     "uns dieses Mal für eine andere Person entschieden. Wir würden uns freuen, in Kontakt zu bleiben."),
    ("de_konzern", "interview", "invitation", "Einladung zum Interview – Data Analyst Supply Chain",
     "wir freuen uns, Sie zu einem ersten Interview mit Ihrer potenziellen Führungskraft einzuladen. Das "
     "Interview findet per Microsoft Teams statt und dauert etwa 45 Minuten. Bitte buchen Sie über den Link "
     "einen Termin."),
    ("de_konzern", "assessment", "hirevue", "Ihr zeitversetztes Videointerview",
     "im nächsten Schritt bitten wir Sie, ein zeitversetztes Videointerview aufzuzeichnen. Sie beantworten fünf "
     "Fragen, für jede haben Sie bis zu drei Minuten. Der Link ist sieben Tage gültig."),
    ("de_konzern", "assessment", "case", "Ihre Case Study für die zweite Runde",
     "für die zweite Runde erhalten Sie im Anhang eine Case Study mit einem anonymisierten Datensatz. Bitte "
     "bereiten Sie eine Präsentation von 15 Minuten vor, die Sie im nächsten Gespräch vorstellen."),
    ("de_konzern", "offer", "offer", "Ihr Vertragsangebot bei Vireon",
     "wir freuen uns sehr, Ihnen die Position als Data Analyst Supply Chain anzubieten! Ihr Vertragsangebot "
     "mit allen Details zu Vergütung und Startdatum finden Sie in Ihrem Kandidatenprofil. Bitte nehmen Sie das "
     "Angebot innerhalb von sieben Tagen online an."),
    ("de_konzern", "recruiter_outreach", "sourcer", "Ihr Profil passt zu uns",
     "ich bin Talent Sourcerin bei Vireon und auf Ihr LinkedIn-Profil aufmerksam geworden. Für unser Team "
     "Supply Chain Analytics suchen wir Verstärkung. Hätten Sie Interesse an einem unverbindlichen Austausch?"),
    ("de_konzern", "other", "account", "Bestätigen Sie Ihre Registrierung",
     "vielen Dank für Ihre Registrierung im Vireon Karriereportal. Bitte bestätigen Sie Ihre E-Mail-Adresse, "
     "um Ihr Kandidatenprofil zu aktivieren."),
    ("de_konzern", "other", "survey", "Wie war Ihre Erfahrung mit unserem Bewerbungsprozess?",
     "Ihre Meinung ist uns wichtig. Bitte nehmen Sie sich zwei Minuten Zeit für eine kurze Umfrage zu Ihrer "
     "Erfahrung als Bewerberin oder Bewerber bei Vireon."),

    # de_handwerk: an electrician's business typing without umlauts.
    ("de_handwerk", "application_ack", "ack", "Bewerbung Elektroniker",
     "danke fuer Ihre Bewerbung, ist angekommen. Ich melde mich naechste Woche, wenn ich von der Baustelle "
     "zurueck bin."),
    ("de_handwerk", "interview", "meet", "Vorstellung",
     "koennen Sie am Freitag um 15 Uhr bei uns in der Werkstatt vorbeikommen? Dann reden wir ueber die Stelle "
     "und Sie lernen die Kollegen kennen."),
    ("de_handwerk", "interview", "trial", "Probetag",
     "wie besprochen koennen Sie am Montag einen Probetag bei uns machen. Treffpunkt 7 Uhr am Betrieb, "
     "Arbeitskleidung bekommen Sie von uns."),
    ("de_handwerk", "rejection", "short", "Ihre Bewerbung",
     "vielen Dank fuer Ihre Bewerbung. Wir haben uns fuer einen anderen Bewerber entschieden, der schon "
     "Erfahrung mit Photovoltaik hat. Ich wuensche Ihnen viel Erfolg bei der Suche."),
    ("de_handwerk", "rejection", "after_trial", "Probetag",
     "danke nochmal fuer den Probetag. Ich habe mir das ueberlegt, aber es passt leider nicht, wir brauchen "
     "jemanden, der sofort allein auf Baustellen kann. Alles Gute!"),
    ("de_handwerk", "offer", "offer", "Zusage",
     "Sie koennen am 1. bei uns anfangen. Vertrag liegt im Buero zum Unterschreiben, Lohn wie besprochen. "
     "Bitte bringen Sie Steuer-ID und Sozialversicherungsnummer mit."),
    ("de_handwerk", "other", "business", "Angebot PV-Anlage",
     "anbei unser Angebot fuer Ihre Photovoltaikanlage mit Speicher. Die Montage koennten wir im Mai "
     "einplanen. Bei Fragen rufen Sie mich gerne an."),
    ("de_handwerk", "other", "business", "Absage Termin Zaehlerwechsel",
     "leider muessen wir den Termin fuer den Zaehlerwechsel am Dienstag absagen, unser Monteur ist krank. Wir "
     "melden uns fuer einen neuen Termin."),
    ("de_handwerk", "other", "business", "Einladung Innungsversammlung",
     "hiermit laden wir zur Innungsversammlung am 12. Maerz ein. Tagesordnung: Ausbildungszahlen, "
     "Gesellenpruefung, Wahl des Obermeisters."),
    ("de_handwerk", "other", "business", "Auftragsbestaetigung",
     "vielen Dank fuer Ihren Auftrag. Wir bestaetigen den Eingang und die Ausfuehrung der Elektroinstallation "
     "im Neubau Lindenweg wie im Angebot beschrieben."),

    # de_klinik: a clinic's nursing director, windows-1252 with Apple quotes.
    ("de_klinik", "application_ack", "ack", "Ihre Bewerbung in der Pflege",
     "herzlichen Dank für Ihre Bewerbung als Gesundheits- und Krankenpflegerin. Ich habe Ihre Unterlagen an "
     "die Stationsleitung der Kardiologie weitergegeben. Wir melden uns zeitnah für ein Kennenlernen."),
    ("de_klinik", "interview", "meet", "Kennenlernen auf der Station",
     "wir würden Sie gern zu einem Kennenlerngespräch mit anschließender Hospitation einladen, am Dienstag um "
     "9 Uhr auf Station 4B. Bitte geben Sie mir kurz Bescheid, ob das passt."),
    ("de_klinik", "rejection", "after_interview", "Re: Unser Gespräch",
     "vielen Dank für Ihren Besuch und das offene Gespräch. Wir haben uns nach reiflicher Überlegung für eine "
     "Kollegin mit Intensiverfahrung entschieden. Ich würde mich freuen, wenn Sie sich bei einer passenden "
     "Ausschreibung wieder bei uns melden."),
    ("de_klinik", "rejection", "profile", "Ihre Bewerbung als Praxisanleiterin",
     "danke für Ihr Interesse. Für die Stelle als Praxisanleiterin setzen wir die Weiterbildung nach DKG "
     "voraus, die Sie leider noch nicht abgeschlossen haben. Deshalb können wir Ihre Bewerbung nicht "
     "berücksichtigen."),
    ("de_klinik", "offer", "offer", "Wir freuen uns auf Sie!",
     "nach dem schönen Hospitationstag möchten wir Sie sehr gern in unserem Team begrüßen. Wir bieten Ihnen "
     "eine unbefristete Stelle in Vollzeit ab dem 1. Oktober an, Vergütung nach TVöD-P. Den Vertrag bereitet "
     "die Personalabteilung vor."),
    ("de_klinik", "other", "business", "Dienstplan Oktober",
     "der Dienstplan für Oktober hängt aus. Bitte prüft eure Schichten und meldet Tauschwünsche bis Freitag. "
     "Die Stelle der Stationssekretärin ist ab nächster Woche wieder besetzt."),
    ("de_klinik", "other", "business", "Einladung Mitarbeitergespräch",
     "wie jedes Jahr möchte ich mit Ihnen ein Mitarbeitergespräch führen. Ich schlage Donnerstag, 14 Uhr, in "
     "meinem Büro vor. Bitte bringen Sie Ihre Fortbildungswünsche mit."),
]
CORES += [
    ("de_klinik", "application_ack", "interim", "Kurze Rückmeldung",
     "ich wollte mich kurz melden: Die Stationsleitung ist noch im Urlaub, deshalb hat sich die Sichtung der "
     "Bewerbungen verzögert. Ihre Bewerbung liegt uns vor, und Sie hören spätestens Ende nächster Woche von "
     "uns."),
    ("de_klinik", "recruiter_outreach", "approach", "Wechselprämie in der Intensivpflege",
     "ich bin im Klinikum Saale für die Gewinnung von Pflegefachkräften zuständig und habe Ihr Profil auf "
     "einem Jobportal gesehen. Wir suchen Verstärkung für unsere Intensivstation, mit Wechselprämie und "
     "Wunschdienstplan. Hätten Sie Lust auf ein unverbindliches Telefonat?"),
    ("de_ch", "rejection", "kept_on_file", "Ihre Spontanbewerbung",
     "Herzlichen Dank für Ihre Spontanbewerbung. Im Moment können wir Ihnen leider keine passende Stelle "
     "anbieten. Mit Ihrem Einverständnis nehmen wir Ihr Dossier gerne in unseren Talentpool auf."),
    ("de_konzern", "other", "alert", "Neue Stellen für Sie bei Vireon",
     "Basierend auf Ihrem Profil empfehlen wir Ihnen diese offenen Positionen: Supply Chain Planner (m/w/d), "
     "Data Engineer (m/w/d), Werkstudent Logistik (m/w/d). Jetzt ansehen und bewerben."),
    ("de_vermittler", "application_ack", "interim", "Noch keine Rückmeldung",
     "nur ein kurzes Lebenszeichen: Der Mandant hat sich noch nicht entschieden, wen er zum Gespräch einlädt. "
     "Sie sind aber weiterhin im Rennen, ich hake Ende der Woche nach."),
    ("de_at_system", "rejection", "profile", "Ihre Bewerbung als Lehrling Metalltechnik",
     "Danke für Ihre Bewerbung um eine Lehrstelle. Leider können wir Sie heuer nicht berücksichtigen, da alle "
     "Lehrstellen bereits vergeben sind. Wir wünschen Ihnen viel Erfolg bei der Lehrstellensuche."),
]

# ---------------------------------------------------------------- Dutch
CORES += [
    # nl_werkenbij: a bank's "werken bij" applicant system, "je".
    ("nl_werkenbij", "application_ack", "ack", "Bedankt voor je sollicitatie bij Polderbank",
     "Wat leuk dat je hebt gesolliciteerd op de vacature Data Analist Kredietrisico! We hebben je sollicitatie "
     "in goede orde ontvangen. Binnen tien werkdagen laten we je weten of we je uitnodigen voor een eerste "
     "gesprek."),
    ("nl_werkenbij", "application_ack", "interim", "Stand van zaken van je sollicitatie",
     "We willen je even laten weten dat de selectie voor de vacature Data Analist Kredietrisico meer tijd kost "
     "dan gepland. Je sollicitatie is nog steeds in behandeling. Uiterlijk eind volgende week hoor je van ons."),
    ("nl_werkenbij", "rejection", "thanks_first", "Je sollicitatie bij Polderbank",
     "Bedankt voor je interesse in Polderbank en de tijd die je in je sollicitatie hebt gestoken. We hebben "
     "veel reacties ontvangen en alle cv's zorgvuldig bekeken. Helaas moeten we je laten weten dat we je niet "
     "uitnodigen voor een gesprek, omdat andere kandidaten beter aansluiten bij het profiel. We wensen je veel "
     "succes met je zoektocht."),
    ("nl_werkenbij", "rejection", "after_interview", "Terugkoppeling na je gesprek",
     "Nogmaals bedankt voor het prettige gesprek van dinsdag. We hebben besloten om verder te gaan met een "
     "andere kandidaat, die meer ervaring heeft met kredietmodellen. Wil je een toelichting? Bel dan gerust met "
     "Mark, hij licht de keuze graag toe."),
    ("nl_werkenbij", "rejection", "closed", "Update over de vacature Productowner Hypotheken",
     "Je hebt gesolliciteerd op de vacature Productowner Hypotheken. Door een wijziging in de organisatie is "
     "deze vacature ingetrokken. We sluiten daarom alle sollicitaties af. Dank voor je interesse."),
    ("nl_werkenbij", "interview", "invitation", "Uitnodiging voor een kennismakingsgesprek",
     "Je cv sprak ons aan en we willen je graag beter leren kennen! We nodigen je uit voor een "
     "kennismakingsgesprek via Teams van ongeveer 45 minuten. Kies via de link een moment dat jou uitkomt."),
    ("nl_werkenbij", "assessment", "online", "Volgende stap: online assessment",
     "Onderdeel van onze selectieprocedure is een online assessment met een capaciteitentest en een "
     "persoonlijkheidsvragenlijst. Je ontvangt de inloggegevens in een aparte mail. Rond het assessment "
     "binnen vijf dagen af."),
    ("nl_werkenbij", "offer", "offer", "Je arbeidsvoorwaardenvoorstel",
     "Gefeliciteerd! We bieden je graag de functie van Data Analist Kredietrisico aan. In de bijlage vind je "
     "ons arbeidsvoorwaardenvoorstel met salaris, bonusregeling en startdatum. Laat je ons binnen een week "
     "weten of je akkoord bent?"),
    ("nl_werkenbij", "other", "alert", "Nieuwe vacatures die bij je passen",
     "Op basis van je zoekprofiel hebben we drie nieuwe vacatures voor je: Risk Manager, Data Engineer en "
     "Compliance Officer. Bekijk ze nu en solliciteer direct."),
    ("nl_werkenbij", "other", "business", "Persoonlijk aanbod: hypotheekrente verlaagd",
     "Als klant van Polderbank krijg je een persoonlijk aanbod: tot en met 31 maart een rentekorting op je "
     "hypotheek bij oversluiten. Plan een gesprek met een adviseur om de mogelijkheden te bespreken."),
    ("nl_werkenbij", "other", "account", "Bevestig je account",
     "Je hebt een account aangemaakt op werkenbij-polderbank.nl. Klik op de knop om je e-mailadres te "
     "bevestigen."),

    # nl_bureau: a werving & selectie bureau, informal.
    ("nl_bureau", "recruiter_outreach", "approach", "Mooie rol bij een scale-up in Utrecht",
     "Ik kwam je profiel tegen op LinkedIn en werd meteen enthousiast. Voor een snelgroeiende scale-up in "
     "Utrecht zoek ik een Marketing Lead. Sta je open voor een vrijblijvend belletje deze week?"),
    ("nl_bureau", "recruiter_outreach", "approach", "Interesse in een nieuwe uitdaging?",
     "Namens een van onze opdrachtgevers, een familiebedrijf in de foodsector, ben ik op zoek naar een "
     "Commercieel Manager. Jouw achtergrond sluit daar goed op aan. Zullen we eens bellen?"),
    ("nl_bureau", "application_ack", "ack", "Re: reactie op vacature Marketing Lead",
     "Dank voor je cv en motivatie! Ik ga het deze week doornemen en neem daarna contact met je op om de "
     "volgende stappen te bespreken."),
    ("nl_bureau", "interview", "client", "Gesprek bij de opdrachtgever",
     "Goed nieuws: de opdrachtgever wil je graag spreken! Het eerste gesprek is donderdag om 14.00 uur op hun "
     "kantoor aan de Catharijnesingel, met de CEO en de HR-manager. Lukt dat?"),
    ("nl_bureau", "interview", "intake", "Kennismaking bij ons op kantoor",
     "Leuk dat je interesse hebt! Ik nodig je graag uit voor een kennismaking bij ons op kantoor, dan vertel ik "
     "je meer over de opdrachtgever en de functie. Past maandag om 10 uur?"),
    ("nl_bureau", "assessment", "assessment", "Assessment bij de opdrachtgever",
     "Als laatste stap in de procedure vraagt de opdrachtgever een assessment bij een extern bureau: een halve "
     "dag met een rollenspel, een capaciteitentest en een gesprek met een psycholoog. Ik stuur je de "
     "uitnodiging door."),
    ("nl_bureau", "rejection", "client_choice", "Terugkoppeling opdrachtgever",
     "Helaas heb ik geen goed nieuws. De opdrachtgever heeft gekozen voor een andere kandidaat, iemand met meer "
     "ervaring in de retail. Ze waren wel erg te spreken over je presentatie. Ik houd je op de hoogte van "
     "nieuwe opdrachten."),
    ("nl_bureau", "rejection", "paused", "Vacature on hold",
     "Even een update: de opdrachtgever heeft de vacature voorlopig on hold gezet vanwege een reorganisatie. "
     "Het traject stopt daarmee voor nu. Vervelend, ik had je graag verder geholpen."),
    ("nl_bureau", "offer", "offer", "Ze willen je!",
     "Ik heb net de CEO gesproken: ze willen je een aanbod doen! Het voorstel is 5.200 euro bruto per maand, "
     "een leaseauto en 27 vakantiedagen. Het contract volgt morgen. Bel me even als je tijd hebt."),
    ("nl_bureau", "other", "business", "Offerte werving Controller",
     "Hierbij ontvang je onze offerte voor de werving van een Controller voor jullie vestiging in Amersfoort. "
     "Ons fee bedraagt 20 procent van het bruto jaarsalaris, met een garantieperiode van drie maanden."),
    ("nl_bureau", "other", "personal", "Uitnodiging ALV tennisvereniging",
     "Je bent van harte uitgenodigd voor de algemene ledenvergadering op woensdag 19 maart. Op de agenda staat "
     "onder andere de verkiezing van een nieuwe penningmeester; kandidaten kunnen zich tot 1 maart aanmelden."),

    # nl_gemeente: a municipality, formal "u".
    ("nl_gemeente", "application_ack", "ack", "Ontvangstbevestiging sollicitatie vacature 2025-031",
     "Hierbij bevestigen wij de ontvangst van uw sollicitatie op de vacature Beleidsmedewerker Wonen (schaal "
     "10). Na de sluitingsdatum beoordeelt de selectiecommissie alle brieven. U hoort uiterlijk in week 14 of u "
     "wordt uitgenodigd voor een gesprek."),
    ("nl_gemeente", "application_ack", "ack", "Uw sollicitatie is ontvangen",
     "Wij hebben uw sollicitatie voor de functie van Medewerker Burgerzaken goed ontvangen. De eerste "
     "gespreksronde staat gepland op 15 april."),
    ("nl_gemeente", "interview", "invitation", "Uitnodiging eerste gespreksronde",
     "Naar aanleiding van uw sollicitatie nodigen wij u uit voor een eerste gesprek met de selectiecommissie op "
     "dinsdag 15 april om 11.00 uur in het gemeentehuis, kamer 2.14. Wilt u uw komst bevestigen?"),
    ("nl_gemeente", "interview", "second", "Tweede gesprek Beleidsmedewerker Wonen",
     "Graag nodigen wij u uit voor een tweede gesprek met de wethouder en de teamleider op 24 april om 15.30 "
     "uur. In dit gesprek vragen wij u een korte casus toe te lichten."),
    ("nl_gemeente", "rejection", "letters", "Uw sollicitatie naar de functie Beleidsmedewerker Wonen",
     "Wij danken u voor uw sollicitatie. De selectiecommissie heeft alle brieven zorgvuldig beoordeeld. Tot "
     "onze spijt moeten wij u meedelen dat wij u niet uitnodigen voor een gesprek. Andere kandidaten voldeden "
     "beter aan de functie-eisen."),
    ("nl_gemeente", "rejection", "after_interview", "Uitslag selectieprocedure",
     "Graag bedanken wij u voor uw deelname aan de gesprekken. Na zorgvuldige afweging heeft de commissie "
     "besloten een andere kandidaat voor te dragen voor benoeming. Voor een mondelinge toelichting kunt u "
     "contact opnemen met de voorzitter."),
    ("nl_gemeente", "assessment", "test", "Uitnodiging capaciteitentest",
     "Onderdeel van de procedure is een online capaciteitentest. U ontvangt hiervoor een link van ons "
     "testbureau. De test duurt ongeveer een uur en moet voor vrijdag 18 april zijn afgerond."),
    ("nl_gemeente", "offer", "offer", "Aanbod arbeidsvoorwaarden",
     "Met genoegen delen wij u mee dat u bent geselecteerd voor de functie van Beleidsmedewerker Wonen. Wij "
     "bieden u een aanstelling aan voor een jaar met uitzicht op een vast dienstverband, in schaal 10. Het "
     "arbeidsvoorwaardengesprek plannen wij volgende week."),
    ("nl_gemeente", "other", "admin", "Ontvangstbevestiging aanvraag omgevingsvergunning",
     "Wij hebben uw aanvraag voor een omgevingsvergunning voor het plaatsen van een dakkapel ontvangen. Wij "
     "nemen binnen acht weken een besluit. Deze termijn kan eenmaal worden verlengd."),
    ("nl_gemeente", "other", "admin", "Besluit op uw aanvraag",
     "Helaas moeten wij u meedelen dat uw aanvraag voor een parkeervergunning is afgewezen. Op uw adres staan "
     "al twee vergunningen geregistreerd. Tegen dit besluit kunt u binnen zes weken bezwaar maken."),
    ("nl_gemeente", "other", "admin", "Uitnodiging informatieavond herinrichting Dorpsstraat",
     "Wij nodigen u uit voor een informatieavond over de herinrichting van de Dorpsstraat op 10 april om 19.30 "
     "uur in het dorpshuis. U kunt uw vragen stellen aan de projectleider."),

    # nl_mkb: an installation firm, "je", short.
    ("nl_mkb", "application_ack", "ack", "je sollicitatie",
     "Hoi, dank je voor je berichtje en je cv! Ik kijk er deze week naar en bel je dan."),
    ("nl_mkb", "interview", "meet", "Kom je even langs?",
     "Leuk dat je wilt komen werken als monteur! Kun je woensdag om 16.00 uur even langskomen in de werkplaats? "
     "Dan drinken we een bakkie en vertel ik je hoe het bij ons werkt."),
    ("nl_mkb", "interview", "trial", "Meeloopdag",
     "Zoals besproken mag je vrijdag een dagje meelopen met Ruud. Hij haalt je om 7.30 uur op bij het station. "
     "Neem je werkschoenen mee."),
    ("nl_mkb", "rejection", "short", "Re: je sollicitatie",
     "Dank voor je komst vorige week. We hebben helaas gekozen voor een andere kandidaat die al een "
     "F-gassencertificaat heeft. Succes met zoeken!"),
    ("nl_mkb", "rejection", "filled", "vacature monteur",
     "Sorry voor de late reactie. De vacature is inmiddels vervuld, dus we kunnen je helaas niet aannemen. "
     "Misschien in het najaar weer, dan hebben we meer werk."),
    ("nl_mkb", "offer", "offer", "Welkom bij Kuipers!",
     "We willen je graag aannemen als monteur, eerst voor een half jaar en daarna hopelijk vast. Het contract "
     "ligt klaar, kom je het donderdag tekenen?"),
    ("nl_mkb", "assessment", "test", "Kleine toets",
     "Voor we verder gaan wil ik je een korte vakkennis-toets laten maken, een stuk of twintig vragen over "
     "warmtepompen. Duurt een halfuurtje, ik stuur je de link."),
    ("nl_mkb", "other", "business", "Offerte warmtepomp",
     "Hierbij de offerte voor de hybride warmtepomp zoals besproken. Het aanbod is geldig tot eind mei, "
     "inclusief installatie en subsidieaanvraag."),
    ("nl_mkb", "other", "business", "Afspraak onderhoud cv-ketel",
     "Uw cv-ketel is toe aan het jaarlijkse onderhoud. Onze monteur komt dinsdag tussen 8.00 en 12.00 uur. "
     "Schikt dat niet, laat het ons dan weten."),
    ("nl_mkb", "other", "personal", "Verjaardag zaterdag",
     "Hoi! Zaterdag vier ik mijn verjaardag, en meteen mijn nieuwe baan. Kom je ook? Vanaf 20.00 uur bij mij "
     "thuis."),
    ("nl_mkb", "other", "business", "Helaas geen plek op de cursus",
     "Helaas is de cursus Warmtepompen installeren van 12 maart vol. We hebben je op de wachtlijst gezet en "
     "laten het weten als er een plek vrijkomt."),

    # nl_vlaams: a Flemish hospital and VDAB (kandidatuur, functie, u).
    ("nl_vlaams", "application_ack", "ack", "Bevestiging van uw kandidatuur",
     "Hartelijk dank voor uw kandidatuur voor de functie van verpleegkundige op de dienst geriatrie. Wij hebben "
     "uw cv goed ontvangen. Wij bekijken uw kandidatuur en nemen zo snel mogelijk contact met u op."),
    ("nl_vlaams", "application_ack", "interim", "Stand van zaken selectieprocedure",
     "Wij laten u weten dat de selectieprocedure nog loopt. Door de grote interesse voor deze vacature duurt "
     "de screening wat langer. Wij danken u voor uw geduld."),
    ("nl_vlaams", "rejection", "thanks_first", "Uw kandidatuur voor de functie van verpleegkundige",
     "Wij danken u voor uw interesse in AZ Sint-Lucas. Na grondige analyse van uw kandidatuur moeten wij u "
     "jammer genoeg meedelen dat wij niet verder gaan met uw sollicitatie. Uw profiel sluit onvoldoende aan bij "
     "de vereisten van de functie. Wij wensen u veel succes."),
    ("nl_vlaams", "rejection", "after_interview", "Resultaat selectiegesprek",
     "Bedankt voor uw deelname aan het selectiegesprek. Wij hebben uiteindelijk gekozen voor een kandidaat met "
     "meer ervaring op een dienst intensieve zorgen. Indien u dat wenst, kan de hoofdverpleegkundige u "
     "feedback geven."),
    ("nl_vlaams", "rejection", "wervingsreserve", "Uitslag selectie en wervingsreserve",
     "U nam deel aan de selectieprocedure voor administratief medewerker. U bent helaas niet geslaagd voor het "
     "schriftelijk gedeelte en wordt bijgevolg niet opgenomen in de wervingsreserve."),
    ("nl_vlaams", "interview", "invitation", "Uitnodiging sollicitatiegesprek",
     "Wij nodigen u graag uit voor een sollicitatiegesprek op donderdag 12 juni om 10u30 op de dienst HR, "
     "blok C, eerste verdieping. Gelieve uw komst te bevestigen."),
    ("nl_vlaams", "assessment", "test", "Schriftelijke proef",
     "In het kader van de selectieprocedure wordt u uitgenodigd voor een schriftelijke proef op 5 juni om 13u. "
     "De proef bestaat uit een casus en een kennistoets. Breng uw identiteitskaart mee."),
    ("nl_vlaams", "offer", "offer", "Aanbod arbeidsovereenkomst",
     "Met veel plezier bieden wij u een contract van onbepaalde duur aan als verpleegkundige, 4/5, met "
     "indiensttreding op 1 september. U ontvangt het contract en het arbeidsreglement per post."),
    ("nl_vlaams", "other", "vdab", "Nieuwe vacatures in uw mailbox",
     "Op basis van uw zoekopdracht op VDAB vonden we 8 nieuwe vacatures voor verpleegkundige in de regio Gent. "
     "Bekijk ze en solliciteer online."),
    ("nl_vlaams", "other", "business", "Uitnodiging personeelsfeest",
     "Het personeelsfeest vindt dit jaar plaats op vrijdag 27 juni in de tuin van het ziekenhuis. Schrijf u "
     "in via intranet. Partners zijn welkom."),
    ("nl_vlaams", "other", "personal", "Uw aanvraag werd geweigerd",
     "Wij hebben uw aanvraag voor een premie voor dakisolatie onderzocht. Helaas voldoet uw aanvraag niet aan "
     "de voorwaarden, omdat de factuur ouder is dan twee jaar."),

    # nl_uitzend: a temping agency recruiter writing from a phone.
    ("nl_uitzend", "recruiter_outreach", "approach", "Werk in de logistiek?",
     "Ik zag dat je cv op Indeed staat. We hebben op dit moment veel werk voor orderpickers in Tilburg, goed "
     "loon en toeslagen voor avonddiensten. Heb je interesse? App me even."),
    ("nl_uitzend", "application_ack", "ack", "inschrijving",
     "Top dat je je hebt ingeschreven bij FlexWerk! Ik heb je gegevens ontvangen en ga kijken welke opdrachten "
     "bij je passen. Ik bel je morgen."),
    ("nl_uitzend", "interview", "intake", "Intake",
     "Kun je morgen om 11 uur langskomen voor een intakegesprek? Neem je ID en bankpas mee, dan regelen we "
     "meteen alles."),
    ("nl_uitzend", "rejection", "client", "opdracht Tilburg",
     "Balen, de opdrachtgever heeft iemand anders gekozen voor de functie van heftruckchauffeur. Ik zoek verder "
     "voor je!"),
    ("nl_uitzend", "rejection", "cancelled", "Update vacature",
     "De klant heeft de vacature geannuleerd, ze hebben toch geen extra mensen nodig. Sorry! Ik hou je op de "
     "hoogte als er iets nieuws is."),
    ("nl_uitzend", "offer", "offer", "Je kan beginnen!",
     "Goed nieuws, je kan maandag beginnen bij Distrivaart als orderpicker! Contract staat in de app, even "
     "digitaal tekenen. Start om 6.00 uur."),
    ("nl_uitzend", "other", "business", "Loonstrook week 12",
     "Je loonstrook van week 12 staat klaar in de app. Let op: de uitbetaling van je vakantiegeld gebeurt in "
     "mei."),
    ("nl_uitzend", "other", "personal", "Aanbieding: 50% korting!",
     "Alleen dit weekend: 50 procent korting op alle werkschoenen en werkkleding. Bekijk ons aanbod in de "
     "webshop."),

    # nl_multinational: a multinational's Workday templates in Dutch, multipart.
    ("nl_multinational", "application_ack", "ack", "Bedankt voor je sollicitatie bij Deltacore",
     "Bedankt voor je sollicitatie voor de functie Supply Chain Planner (R-21877). We hebben je sollicitatie "
     "ontvangen en ons recruitmentteam bekijkt je profiel. Je kunt de status volgen in je kandidatenaccount."),
    ("nl_multinational", "rejection", "thanks_first", "Je sollicitatie bij Deltacore (R-21877)",
     "Bedankt voor je interesse in Deltacore en de functie Supply Chain Planner. Na zorgvuldige overweging "
     "hebben we besloten om door te gaan met kandidaten van wie de ervaring beter aansluit bij de eisen van "
     "deze functie. We bewaren je gegevens graag voor toekomstige vacatures."),
    ("nl_multinational", "rejection", "closed", "Update over vacature R-21902",
     "We laten je weten dat de vacature Graduate Finance waarop je hebt gesolliciteerd, is gesloten. We gaan "
     "niet verder met de werving voor deze functie."),
    ("nl_multinational", "interview", "invitation", "Uitnodiging voor een interview",
     "We willen je graag uitnodigen voor een interview met de hiring manager. Plan via onderstaande link een "
     "moment in van 60 minuten. Het gesprek vindt plaats via Microsoft Teams."),
    ("nl_multinational", "assessment", "video", "Je video-interview",
     "De volgende stap in onze procedure is een video-interview dat je op een zelfgekozen moment opneemt. Je "
     "beantwoordt vier vragen. De link is zeven dagen geldig."),
    ("nl_multinational", "offer", "offer", "Je aanbod van Deltacore",
     "We zijn blij je de functie Supply Chain Planner aan te bieden! Je aanbiedingsbrief met salaris en "
     "voorwaarden staat klaar in je kandidatenaccount. Accepteer het aanbod binnen vijf werkdagen."),
    ("nl_multinational", "recruiter_outreach", "sourcer", "Ben je open voor een nieuwe stap?",
     "Ik ben talent sourcer bij Deltacore en kwam je profiel tegen. Je ervaring in demand planning past goed "
     "bij een rol die we binnenkort openen. Zullen we een keer kort bellen?"),
    ("nl_multinational", "other", "survey", "Hoe was je sollicitatie-ervaring?",
     "We horen graag hoe je onze sollicitatieprocedure hebt ervaren. Het invullen van de vragenlijst duurt "
     "twee minuten."),
    ("nl_multinational", "other", "business", "Uitnodiging kwartaalmeeting leveranciers",
     "Graag nodigen wij u uit voor de kwartaalmeeting voor leveranciers op 3 juli. Op de agenda: "
     "leveringsprestaties, het nieuwe inkoopbeleid en de beoordeling van offertes."),

    # nl_zorg: a care organisation typing plainly.
    ("nl_zorg", "application_ack", "ack", "Ontvangst sollicitatie",
     "Bedankt voor uw sollicitatie als verzorgende IG. Wij hebben uw brief en cv ontvangen en nemen binnen "
     "twee weken contact met u op."),
    ("nl_zorg", "interview", "invitation", "Uitnodiging gesprek",
     "Graag nodigen wij u uit voor een gesprek op locatie De Linde op maandag 3 maart om 14.00 uur met de "
     "teamleider. Wilt u laten weten of dit schikt?"),
    ("nl_zorg", "rejection", "letters", "Uw sollicitatie",
     "Hartelijk dank voor uw sollicitatie. Wij hebben veel reacties gekregen. Helaas moeten wij u laten weten "
     "dat wij u niet hebben geselecteerd voor een gesprek."),
    ("nl_zorg", "rejection", "after_interview", "Uitslag gesprek",
     "Bedankt voor het gesprek van vorige week. Wij hebben besloten de functie aan een andere kandidaat aan te "
     "bieden. Wij bewaren uw gegevens een jaar, mocht er een passende vacature komen."),
    ("nl_zorg", "offer", "offer", "Aanbod",
     "Wij bieden u graag een arbeidsovereenkomst aan als verzorgende IG voor 24 uur per week, ingaande 1 april, "
     "salaris volgens cao VVT. Graag horen wij binnen een week of u het aanbod aanneemt."),
    ("nl_zorg", "other", "business", "Rooster april",
     "Het rooster voor april staat in het systeem. Er zijn nog open diensten op locatie De Linde. Wie wil, kan "
     "zich aanmelden bij de planning."),
    ("nl_zorg", "other", "personal", "Bevestiging bestelling",
     "Bedankt voor je bestelling! We hebben je betaling ontvangen en je pakket wordt morgen verzonden."),
    ("nl_zorg", "other", "business", "Uitnodiging functioneringsgesprek",
     "Graag plan ik met u uw jaarlijkse functioneringsgesprek in. Ik stel dinsdag 15 april om 10.00 uur voor. "
     "Wilt u het voorbereidingsformulier vooraf invullen?"),
]
CORES += [
    ("nl_zorg", "application_ack", "interim", "Stand van zaken",
     "Wij willen u laten weten dat wij nog geen beslissing hebben genomen over de vacature. Door ziekte in het "
     "team duurt de procedure langer. U hoort uiterlijk over twee weken van ons."),
    ("nl_zorg", "assessment", "test", "Rekentoets medicatie",
     "Voor de functie van verpleegkundige vragen wij alle kandidaten een rekentoets medicatie te maken. U kunt "
     "de toets online maken tot vrijdag. Het duurt ongeveer 30 minuten."),
    ("nl_zorg", "rejection", "kept_on_file", "Open sollicitatie",
     "Dank voor uw open sollicitatie. Op dit moment hebben wij helaas geen passende vacature. Wij houden uw cv "
     "in portefeuille en nemen contact op als er iets vrijkomt."),
    ("nl_uitzend", "interview", "client", "Kennismaken bij de klant",
     "De klant wil je graag even zien! Kun je dinsdag om 9 uur bij Distrivaart zijn voor een korte "
     "kennismaking met de teamleider? Vraag bij de receptie naar Sandra."),
    ("nl_uitzend", "other", "business", "Helaas: vergadering verzet",
     "Helaas gaat het overleg met de vestigingsmanagers van donderdag niet door. We plannen een nieuwe datum "
     "in voor de evaluatie van de kandidaten die we deze maand hebben geplaatst."),
    ("nl_vlaams", "recruiter_outreach", "approach", "Vacature verpleegkundige: interesse?",
     "Via uw profiel op VDAB kwamen wij bij u terecht. Voor onze dienst spoed zoeken wij een ervaren "
     "verpleegkundige. Zou u openstaan voor een vrijblijvend gesprek over deze functie?"),
    ("nl_vlaams", "rejection", "filled", "Vacature ingevuld",
     "Wij danken u voor uw spontane kandidatuur. De functie waarvoor u solliciteerde werd ondertussen "
     "ingevuld. Wij houden uw gegevens bij voor toekomstige vacatures."),
    ("nl_werkenbij", "rejection", "internal", "Je sollicitatie als Teamleider Klantenservice",
     "Dank voor je sollicitatie. We willen je laten weten dat de vacature intern is ingevuld door een collega. "
     "We stoppen daarom de procedure. Houd onze vacaturesite in de gaten voor nieuwe kansen!"),
    ("nl_gemeente", "application_ack", "interim", "Vertraging selectieprocedure",
     "Door het grote aantal reacties op de vacature Medewerker Burgerzaken loopt de selectieprocedure "
     "vertraging op. Wij verwachten u binnen drie weken te informeren over de uitkomst."),
    ("nl_bureau", "other", "business", "Re: kandidaten voor jullie vacature",
     "Zoals beloofd stuur ik je de profielen van drie kandidaten voor jullie vacature Office Manager. Wil je "
     "laten weten wie je wilt uitnodigen voor een gesprek?"),
]

# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote
# headers.
_READERS = {
    "fr": Reader("Jérémie Lambert <jeremie.lambert@example.net>",
                 "Bonjour, je vous remercie pour votre message et reste à votre disposition pour toute "
                 "information complémentaire concernant ma candidature. Bien cordialement, Jérémie "
                 "Lambert",
                 "Le lun. 3 mars 2025 à 09:30, Jérémie Lambert <jeremie.lambert@example.net> a écrit :",
                 "De : Jérémie Lambert <jeremie.lambert@example.net>\nEnvoyé : lundi 3 mars 2025 "
                 "09:30\nÀ : recrutement@example.org\nObjet : Candidature",
                 "Le 3 mars 2025 à 09:30, Jérémie Lambert <jeremie.lambert@example.net> a écrit :"),
    "de": Reader("Sarah Berger <sarah.berger@example.net>",
                 "Guten Tag, vielen Dank für Ihre Nachricht. Ich stehe für Rückfragen zu meiner "
                 "Bewerbung gern zur Verfügung. Freundliche Grüße, Sarah Berger",
                 "Am Mo., 3. März 2025 um 09:30 Uhr schrieb Sarah Berger <sarah.berger@example.net>:",
                 "Von: Sarah Berger <sarah.berger@example.net>\nGesendet: Montag, 3. März 2025 09:30\n"
                 "An: personal@example.org\nBetreff: Bewerbung",
                 "Am 03.03.2025 um 09:30 schrieb Sarah Berger <sarah.berger@example.net>:"),
    "nl": Reader("Daan de Vries <daan.devries@example.net>",
                 "Beste, dank voor uw bericht. Voor vragen over mijn sollicitatie ben ik altijd "
                 "bereikbaar. Groet, Daan de Vries",
                 "Op ma 3 mrt 2025 om 09:30 schreef Daan de Vries <daan.devries@example.net>:",
                 "Van: Daan de Vries <daan.devries@example.net>\nVerzonden: maandag 3 maart 2025 "
                 "09:30\nAan: werving@example.org\nOnderwerp: Sollicitatie",
                 "Op 3 mrt. 2025 om 09:30 heeft Daan de Vries <daan.devries@example.net> het volgende "
                 "geschreven:"),
}

SET = WriterSet(
    WRITERS, CORES, _READERS, dt.datetime(2025, 1, 6, 7, 40, tzinfo=dt.UTC), days=60, minutes=53, quote_every=4,
    case_id="{lang}w-{i:03d}-{label}", message_id="<w{i:03d}.{writer}@writers.example>", boundary="=_wr_{i}_{writer}",
    # Systems and institutions: their business, personal and administrative mail comes from someone else.
    systems=frozenset({"de_at_system", "de_bund", "de_ch", "de_konzern", "fr_ats_groupe", "fr_ch_cabinet",
                      "fr_concours", "fr_quebec", "nl_gemeente", "nl_multinational", "nl_vlaams",
                      "nl_werkenbij", "nl_zorg"}),
    neutral={"fr": ("Service clients <contact@services.example.fr>", "Cordialement,\nLe service clients"),
             "de": ("Kundenservice <service@kontakt.example.de>", "Mit freundlichen Grüßen\nIhr Kundenservice"),
             "nl": ("Klantenservice <info@service.example.nl>", "Met vriendelijke groet,\nKlantenservice")})
build = SET.build
messages = SET.messages

# ---------------------------------------------------------------- Tune writers added after the first run
CORES += [
    ("fr_lu_banque", "application_ack", "ack", "Votre candidature - Analyste conformité (réf. 4471)",
     "Nous vous remercions de l'intérêt que vous portez à la Banque Mosellane. Votre candidature a été "
     "enregistrée et sera examinée par nos soins dans les meilleurs délais. Nous reviendrons vers vous dès que "
     "possible."),
    ("fr_lu_banque", "rejection", "thanks_first", "Votre candidature - Analyste conformité (réf. 4471)",
     "Nous vous remercions de l'intérêt que vous portez à notre établissement. Nous avons examiné votre "
     "candidature avec la plus grande attention. Votre profil, bien qu'intéressant, ne correspond "
     "malheureusement pas aux critères recherchés pour ce poste. Nous vous souhaitons plein succès dans vos "
     "recherches."),
    ("fr_lu_banque", "rejection", "other_candidate", "Suite de votre candidature",
     "Pour faire suite à votre candidature, nous avons le regret de vous faire savoir que notre choix s'est "
     "porté sur une autre personne. Nous conservons néanmoins vos coordonnées et ne manquerons pas de vous "
     "recontacter si une fonction correspondant à votre profil venait à se libérer."),
    ("fr_lu_banque", "rejection", "after_interview", "Votre entretien du 4 février",
     "Nous tenons à vous remercier pour l'entretien que vous nous avez accordé. Nous sommes toutefois au regret "
     "de vous annoncer que nous ne donnerons pas une suite positive à votre candidature, un candidat plus "
     "expérimenté ayant été retenu."),
    ("fr_lu_banque", "rejection", "closed", "Poste de gestionnaire back-office",
     "Nous vous informons que le poste de gestionnaire back-office auquel vous avez postulé ne sera finalement "
     "pas pourvu, la fonction ayant été supprimée lors de la réorganisation du département. Nous clôturons "
     "donc ce recrutement."),
    ("fr_lu_banque", "interview", "invitation", "Entretien - Analyste conformité",
     "Votre candidature a retenu notre attention et nous serions ravis de faire votre connaissance. Nous vous "
     "proposons un entretien le mardi 11 mars à 15h00 dans nos locaux du boulevard Royal. Merci de nous "
     "confirmer votre venue."),
    ("fr_lu_banque", "offer", "offer", "Proposition d'embauche - Analyste conformité",
     "Suite à nos différents échanges, nous avons le plaisir de vous confirmer notre souhait de vous accueillir "
     "au sein de notre service Conformité. Vous trouverez ci-joint notre proposition de contrat à durée "
     "indéterminée. Nous vous serions reconnaissants de nous faire part de votre décision avant le 20 mars."),
    ("fr_lu_banque", "other", "personal", "Votre dossier de location - appartement rue de Hollerich",
     "Merci pour votre dossier de location complet. Le propriétaire a malheureusement retenu un autre "
     "candidat pour l'appartement. Nous vous tiendrons informé de nos prochaines offres de location."),
    ("fr_lu_banque", "other", "business", "Convocation au conseil d'administration",
     "Vous êtes convoqué à la réunion du conseil d'administration du 28 mars à 10h. Ordre du jour : arrêté des "
     "comptes, nomination d'un administrateur, questions diverses."),
    ("fr_artisan_sms", "rejection", "short", "Re: place d'apprentie",
     "Merci d'etre passee a la boulangerie. Finalement j'ai pris une autre apprentie qui habite a cote, c'est "
     "plus simple pour les horaires du matin. Je vous souhaite de trouver vite."),
    ("fr_artisan_sms", "rejection", "short", "votre CV",
     "J'ai bien eu votre CV mais pour le moment je n'ai besoin de personne en vente. Si ca change je vous "
     "appelle."),
    ("fr_artisan_sms", "interview", "meet", "apprentissage",
     "J'ai lu votre lettre pour l'apprentissage. Passez me voir samedi vers 14h a la boutique, on discutera "
     "de l'apprentissage et des horaires."),
    ("fr_artisan_sms", "offer", "offer", "c'est ok",
     "C'est d'accord pour l'apprentissage a la rentree. Je signe le contrat avec la chambre des metiers la "
     "semaine prochaine, passez avec vos papiers."),
    ("fr_artisan_sms", "other", "personal", "commande gateaux",
     "Votre commande de deux fraisiers pour samedi est bien notee. Vous pourrez les recuperer a partir de 9h."),

    ("de_verein_sms", "other", "personal", "Absage Training",
     "das Training morgen fällt leider aus, die Halle ist gesperrt. Wir holen es nächste Woche nach."),
    ("de_verein_sms", "other", "personal", "Deine Bewerbung als Jugendtrainer",
     "danke, dass du dich im Verein als Jugendtrainer für die E-Jugend gemeldet hast! Der Vorstand stimmt am "
     "Donnerstag ab, dann sag ich dir Bescheid, ob du die Mannschaft übernehmen kannst."),
    ("de_verein_sms", "other", "personal", "Zusage Ferienwohnung",
     "wir freuen uns, dir die Ferienwohnung vom 3. bis 10. August zusagen zu können. Bitte überweise die "
     "Anzahlung bis Ende der Woche."),
    ("de_uni", "application_ack", "ack", "Ihre Bewerbung – Kennziffer W 2025/31",
     "hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin. "
     "Wir werden uns nach Ablauf der Bewerbungsfrist wieder bei Ihnen melden."),
    ("de_uni", "rejection", "thanks_first", "Ihre Bewerbung – Kennziffer W 2025/31",
     "wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an unserer Universität. Nach "
     "eingehender Prüfung aller Unterlagen hat sich die Auswahlkommission für Bewerberinnen und Bewerber "
     "entschieden, die dem Anforderungsprofil in höherem Maße entsprechen. Wir bedauern, Ihnen keine "
     "günstigere Nachricht geben zu können."),
    ("de_uni", "rejection", "after_interview", "Ausgang des Auswahlverfahrens",
     "wir danken Ihnen nochmals für Ihre Teilnahme an den Auswahlgesprächen. Die Wahl ist auf eine andere "
     "Kandidatin gefallen. Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute."),
    ("de_uni", "rejection", "shortlist", "Stellenausschreibung W 2025/40",
     "Sie haben sich auf die o. g. Stelle beworben. Im Vergleich mit den übrigen Bewerbungen konnte Ihre "
     "Bewerbung leider nicht in die engere Wahl genommen werden."),
    ("de_uni", "interview", "invitation", "Einladung zum Auswahlgespräch – W 2025/31",
     "wir möchten Sie gern zu einem persönlichen Auswahlgespräch am 14. April um 10:00 Uhr einladen. Das "
     "Gespräch findet im Verwaltungsgebäude, Raum 2.07, statt. Bitte teilen Sie uns mit, ob Sie den Termin "
     "wahrnehmen können."),
    ("de_uni", "offer", "offer", "Einstellungszusage – W 2025/31",
     "wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle ausgewählt hat. "
     "Vorbehaltlich der Zustimmung des Personalrats möchten wir Sie zum 1. Juni einstellen. Bitte bestätigen "
     "Sie uns, dass Sie die Stelle annehmen."),
    ("de_uni", "other", "admin", "Eingangsbestätigung Ihres Antrags auf Forschungsförderung",
     "Ihr Antrag auf Förderung aus dem Forschungsfonds ist eingegangen. Über die Anträge entscheidet die "
     "Kommission in ihrer Sitzung im Mai. Leider können wir vorab keine Auskunft über den Stand geben."),

    ("nl_be_interim", "application_ack", "ack", "Bevestiging inschrijving",
     "Bedankt voor uw inschrijving bij Selectie Kempen. Wij hebben uw cv goed ontvangen. Een consulent bekijkt "
     "uw gegevens en neemt contact met u op zodra er een passende job is."),
    ("nl_be_interim", "rejection", "thanks_first", "Uw sollicitatie als magazijnier",
     "Bedankt voor uw sollicitatie als magazijnier. Wij hebben uw kandidatuur met aandacht bekeken, maar "
     "moeten u helaas meedelen dat onze klant voor een ander profiel heeft gekozen. Wij houden uw cv bij en "
     "contacteren u bij een nieuwe vacature."),
    ("nl_be_interim", "rejection", "other_candidate", "Vacature heftruckchauffeur",
     "Wij danken u voor uw interesse. De klant heeft de voorkeur gegeven aan een kandidaat met een geldig "
     "attest heftruck. Wij kunnen uw sollicitatie bijgevolg niet weerhouden."),
    ("nl_be_interim", "interview", "invitation", "Uitnodiging gesprek",
     "Wij nodigen u graag uit voor een gesprek op ons kantoor in Geel, maandag om 9u30. Breng uw "
     "identiteitskaart en uw rijbewijs mee."),
    ("nl_be_interim", "offer", "offer", "Start nieuwe job",
     "Goed nieuws: u mag maandag starten als magazijnier bij onze klant in Herentals. Uw contract staat klaar "
     "in de app; gelieve het digitaal te ondertekenen."),
    ("nl_startup", "rejection", "short", "Re: je sollicitatie bij Fietsapp",
     "Dank voor je tijd de afgelopen weken. We hebben uiteindelijk besloten om iemand met meer backend-"
     "ervaring aan te nemen. Ik vond het leuk om je te spreken en wens je veel succes!"),
    ("nl_startup", "rejection", "frozen", "Update over de rol",
     "Even eerlijk: we zetten het aannemen van nieuwe mensen voorlopig stop, omdat onze investeringsronde "
     "vertraging heeft. We kunnen je dus helaas geen plek aanbieden op dit moment."),
    ("nl_startup", "interview", "call", "Even bellen?",
     "Je portfolio ziet er top uit. Heb je donderdag tijd om even te videobellen? Dan vertel ik je meer over de "
     "rol en het team."),
    ("nl_startup", "offer", "offer", "We willen je erbij!",
     "Na alle gesprekken zijn we eruit: we willen je graag aannemen als frontend developer. Je krijgt vandaag "
     "ons voorstel met salaris en opties. Laat maar weten wat je ervan vindt!"),
    ("nl_startup", "other", "personal", "Reactie op je huuraanvraag",
     "Bedankt voor je reactie op de woning aan de Vechtstraat. Helaas hebben we gekozen voor een andere "
     "kandidaat-huurder. Veel succes met zoeken!"),
    ("nl_startup", "other", "business", "Helaas geen subsidie",
     "Helaas is jullie aanvraag voor de innovatiesubsidie afgewezen. De commissie heeft gekozen voor projecten "
     "met een grotere maatschappelijke impact."),
]
