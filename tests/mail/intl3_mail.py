"""A fourth set of French, German and Spanish job-search mail (`bench/mail_heldout.py --set intl3`), written for
this project by deliberately other writers than tests/mail/fr_inbox.py, tests/mail/intl_corpus.py,
tests/mail/heldout_mail.py and tests/mail/writers_mail.py. None of it comes from a data set or a real inbox;
every sender, company and person is invented.

The writers: in French a public hospital's DRH, a Paris recruitment cabinet, a Casablanca group, a Belgian
federal selection office, a Québec city's dotation, a Dakar NGO, a Vaud cantonal administration and an ESN saying
« tu »; in German a municipal utility (TVöD), a Berlin start-up writing "du" with English words, an Austrian bank,
an executive-search firm, a Swiss canton (no ß), a family firm typing without umlauts, a Viennese agency saying
"du" and a corporation's SuccessFactors templates; in Spanish a Madrid corporation's ATS, a Mexican employer's
RR. HH., a Madrid selection consultancy, a Spanish public body's proceso selectivo, an Argentine start-up writing
"vos", a Colombian firm, a Chilean firm typing without accents and a Valencian small business from a phone.
Rejections are often implied ("nous avons privilégié un profil plus expérimenté", "anderweitig besetzt", "la
vacante ha sido cubierta") and often come after paragraphs of thanks or after an interview. About a quarter of
each language is mail that is not about the reader's job search but uses its words in another sense (a boiler's
« entretien », a tender's « candidature », a flat's Bewerbung, a loan refused, a journalist's « entrevista »).

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl3` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- French
    "fr_hopital": Writer(
        "tune", "fr", "Direction des ressources humaines - CH de Vierzon-Sologne <drh@ch-vierzon.example.fr>",
        "latin1-plain", "Madame,", "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
        "Pour le Directeur et par délégation,\nLa Directrice des ressources humaines",
        "Centre hospitalier de Vierzon-Sologne - 33 rue Léo Mérigot - 18100 Vierzon"),
    "fr_cabinet": Writer(
        "tune", "fr", "Clémence Aubry - Aubry & Vasseur Conseil <c.aubry@aubry-vasseur.example.fr>", "outlook-qp",
        "Chère Madame Renaud,", "Très cordialement,\n\nClémence Aubry\nAssociée - Aubry & Vasseur Conseil\n"
        "Recrutement de cadres et dirigeants - 8 rue de Berri, 75008 Paris"),
    "fr_maroc": Writer(
        "tune", "fr", "Groupe Atlas Distribution - Capital Humain <recrutement@atlasdistrib.example.ma>",
        "html-utf8", "Chère Madame Renaud,", "Veuillez recevoir nos salutations les plus cordiales.\n"
        "Direction du Capital Humain\nGroupe Atlas Distribution - Casablanca",
        "Conformément à la loi 09-08, vous disposez d'un droit d'accès, de rectification et d'opposition."),
    "fr_be_federal": Writer(
        "tune", "fr", "Service public fédéral - Sélection <selection@spf-recrutement.example.be>", "multipart-b64",
        "Madame,", "Avec nos salutations distinguées,\nLe service Sélection",
        "Ceci est un message automatique. Consultez l'état de votre candidature dans votre compte en ligne."),
    "fr_qc_ville": Writer(
        "report", "fr", "Ville de Saint-Armand - Dotation <dotation@ville-starmand.example.qc.ca>", "html-cp1252",
        "Madame Renaud,", "Veuillez agréer nos salutations distinguées.\nService de la dotation\n"
        "Direction des ressources humaines, Ville de Saint-Armand",
        "Avis de confidentialité : ce courriel est destiné uniquement à la personne à qui il est adressé."),
    "fr_dakar": Writer(
        "report", "fr", "Mamadou Sarr - Fondation Teranga Santé <m.sarr@teranga-sante.example.sn>", "gmail-utf8",
        "Chère Madame,", "Bien à vous,\nMamadou Sarr\nResponsable administratif et financier\n"
        "Fondation Teranga Santé, Dakar"),
    "fr_vaud": Writer(
        "report", "fr", "Etat de Vaud - Service du personnel <recrutement@vd-personnel.example.ch>", "outlook-qp",
        "Madame,", "Nous vous prions d'agréer, Madame, nos salutations les meilleures.\n\n"
        "Service du personnel de l'Etat\nUnité recrutement", "Ce message et ses annexes sont confidentiels."),
    "fr_esn_tu": Writer(
        "report", "fr", "Maxime - Kodea <maxime@kodea.example.io>", "phone-flowed", "Salut Camille,",
        "A+\nMaxime\nTalent @ Kodea\n\nEnvoyé de mon téléphone"),
    # ---- German
    "de_stadtwerke": Writer(
        "tune", "de", "Stadtwerke Kaltenbrunn - Personalservice <personal@stadtwerke-kaltenbrunn.example.de>",
        "latin1-plain", "Sehr geehrter Herr Lindqvist,", "Mit freundlichen Grüßen\n\ni. A. Petra Oswald\n"
        "Personalservice", "Stadtwerke Kaltenbrunn GmbH · Amtsgericht Kaltenbrunn HRB 4711 · Aufsichtsratsvors.: "
        "Oberbürgermeister H. Kern"),
    "de_berlin_du": Writer(
        "tune", "de", "Mila from Glimmr <mila@glimmr.example.io>", "gmail-utf8", "Hey Jonas,",
        "Best,\nMila\nPeople & Culture @ Glimmr"),
    "de_at_bank": Writer(
        "tune", "de", "Donautal Bank AG - Human Resources <hr@donautalbank.example.at>", "html-utf8",
        "Sehr geehrter Herr Mag. Lindqvist,", "Mit freundlichen Grüßen\nHuman Resources\nDonautal Bank AG, Wien",
        "Donautal Bank AG · FN 98765x · Handelsgericht Wien · Datenschutzinformation für Bewerber:innen unter "
        "donautalbank.example.at/datenschutz"),
    "de_search": Writer(
        "tune", "de", "Dr. Friederike Salm | Salm Executive Search <f.salm@salm-search.example.de>", "outlook-qp",
        "Lieber Herr Lindqvist,", "Herzliche Grüße\nFriederike Salm\nPartnerin\nSalm Executive Search GmbH, "
        "Düsseldorf"),
    "de_ch_kanton": Writer(
        "report", "de", "Kanton Thurau - Personalamt <personalamt@thurau.example.ch>", "html-cp1252",
        "Sehr geehrter Herr Lindqvist", "Freundliche Grüsse\nPersonalamt des Kantons Thurau",
        "Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht bearbeitet."),
    "de_familie": Writer(
        "report", "de", "Brigitte Oberholz <oberholz-moebel@t-online.example.de>", "ascii",
        "Guten Tag Herr Lindqvist,", "Mit freundlichem Gruss\nBrigitte Oberholz\nMoebelwerkstaetten Oberholz"),
    "de_wien_du": Writer(
        "report", "de", "Kathi | Grätzl Recruiting <kathi@graetzl-recruiting.example.at>", "phone-flowed",
        "Servus Jonas,", "Liebe Grüße\nKathi\n\nGesendet von meinem iPhone"),
    "de_konzern_sf": Writer(
        "report", "de", "Nordwerk Careers <noreply@nordwerk.successfactors.example>", "multipart-b64",
        "Guten Tag Jonas Lindqvist,", "Ihr Recruiting-Team\nNordwerk SE",
        "Nordwerk SE · Hamburg · HRB 88888 · Diese Nachricht wurde automatisch erstellt."),
    # ---- Spanish
    "es_ats_madrid": Writer(
        "tune", "es", "Grupo Veloria - Talento <no-reply@veloria.talent.example.es>", "html-utf8",
        "Estimada Lucía:", "Un cordial saludo,\nEquipo de Talento de Grupo Veloria",
        "De conformidad con el RGPD, sus datos serán tratados por Grupo Veloria S.A. con la finalidad de gestionar "
        "los procesos de selección."),
    "es_mx_rh": Writer(
        "tune", "es", "Recursos Humanos - Alimentos del Bajío <rh@alimentosbajio.example.mx>", "outlook-qp",
        "Estimada Lucía,", "Atentamente,\nLic. Fernanda Quiroz\nRecursos Humanos\nAlimentos del Bajío, S.A. de "
        "C.V. - León, Gto."),
    "es_consultora": Writer(
        "tune", "es", "Íñigo Lasa | Lasa & Prieto Selección <ilasa@lasaprieto.example.es>", "phone-flowed",
        "Hola Lucía,", "Un abrazo,\nÍñigo\n\nEnviado desde mi iPhone"),
    "es_publico": Writer(
        "tune", "es", "Ayuntamiento de Valdeluna - Personal <personal@valdeluna.example.es>", "latin1-plain",
        "Estimada Sra. Herrero:", "Atentamente,\nEl Servicio de Personal",
        "Este mensaje se ha generado automáticamente. No responda a esta dirección."),
    "es_ar_vos": Writer(
        "report", "es", "Caro de Tandil Labs <caro@tandillabs.example.com.ar>", "gmail-utf8", "Hola Lu!",
        "Abrazo grande,\nCaro\nPeople @ Tandil Labs"),
    "es_co": Writer(
        "report", "es", "Gestión Humana - Cafetera del Quindío <gestionhumana@cafequindio.example.co>",
        "html-cp1252", "Señora Lucía Herrero:", "Cordialmente,\nGestión Humana\nCafetera del Quindío S.A.S.",
        "Este correo y sus anexos son confidenciales. Si lo recibió por error, por favor elimínelo."),
    "es_cl_ascii": Writer(
        "report", "es", "Seleccion - Minera Los Andes <seleccion@mineralosandes.example.cl>", "ascii",
        "Estimada Lucia:", "Saludos cordiales,\nArea de Seleccion\nMinera Los Andes SpA"),
    "es_pyme": Writer(
        "report", "es", "Vicent Ferrer | Ferrer Reformas <vicent@ferrereformas.example.es>", "multipart-b64",
        "Buenas Lucía,", "Un saludo,\nVicent\nFerrer Reformas, Valencia"),
}

# (writer, label, kind, subject, body): kind is a short tag for the bench's per-kind table.
CORES: list[tuple[str, str, str, str, str]] = []

# ---------------------------------------------------------------- French
CORES += [
    # fr_hopital: a public hospital's DRH, formal letters, fonction publique hospitalière.
    ("fr_hopital", "application_ack", "ack", "Candidature - Gestionnaire paie (poste n° 2025-118)",
     "Nous accusons réception de votre candidature au poste de gestionnaire paie au sein de la Direction des "
     "ressources humaines. Votre dossier sera transmis à la commission de recrutement, qui se réunira à l'issue "
     "de la date limite de dépôt des candidatures. Vous serez informée par courriel de la suite réservée à "
     "votre demande."),
    ("fr_hopital", "rejection", "thanks_first", "Candidature - Gestionnaire paie (poste n° 2025-118)",
     "Vous avez bien voulu nous adresser votre candidature pour le poste de gestionnaire paie et nous vous en "
     "remercions. Nous avons été sensibles à l'intérêt que vous portez à notre établissement et à nos missions "
     "de service public.\n\nLa commission de recrutement s'est réunie le 14 mars. Après étude attentive de "
     "l'ensemble des dossiers, nous sommes au regret de vous informer qu'elle a retenu une candidature dont "
     "le parcours correspondait davantage aux exigences du poste.\n\nNous vous souhaitons une pleine réussite "
     "dans vos démarches."),
    ("fr_hopital", "rejection", "not_match", "Votre candidature spontanée - secrétariat médical",
     "Nous avons bien reçu votre candidature spontanée pour un poste de secrétaire médicale. Votre profil ne "
     "correspond pas à nos besoins actuels, nos effectifs de secrétariat étant au complet pour l'année en "
     "cours. Nous ne pouvons donc pas donner suite à votre demande."),
    ("fr_hopital", "rejection", "after_interview", "Suite à votre entretien du 2 avril",
     "Nous vous remercions de vous être présentée à l'entretien du 2 avril devant le jury de recrutement. "
     "Celui-ci a apprécié la qualité de votre préparation. Toutefois, compte tenu du nombre de candidats et "
     "de leur expérience du milieu hospitalier, le jury a proposé la nomination d'une autre personne. Votre "
     "candidature ne pourra donc pas aboutir cette fois-ci."),
    ("fr_hopital", "rejection", "filled", "Poste d'assistante sociale - Pôle gériatrie",
     "Nous vous informons que le poste d'assistante sociale du pôle gériatrie, pour lequel vous aviez fait "
     "acte de candidature, a été pourvu par voie de mutation interne. La procédure de recrutement externe est "
     "par conséquent close."),
    ("fr_hopital", "interview", "invitation", "Convocation - entretien de recrutement",
     "Suite à l'examen de votre dossier, nous avons le plaisir de vous convoquer à un entretien avec le jury de "
     "recrutement le jeudi 10 avril à 14h30, bâtiment administratif, salle du conseil. Merci de vous munir "
     "d'une pièce d'identité et de vos diplômes originaux."),
    ("fr_hopital", "offer", "offer", "Décision de recrutement - Gestionnaire paie",
     "J'ai le plaisir de vous informer que votre candidature a été retenue. Vous serez recrutée en qualité "
     "d'adjoint administratif contractuel à compter du 2 juin. Votre contrat vous sera adressé par la "
     "Direction des ressources humaines ; la visite médicale d'embauche reste à programmer."),
    ("fr_hopital", "other", "admin", "Votre demande de chambre particulière",
     "Nous avons bien reçu votre demande de chambre particulière pour l'hospitalisation de votre mère. Nous "
     "sommes au regret de vous informer qu'aucune chambre individuelle n'est disponible dans le service à la "
     "date prévue. Votre demande reste inscrite sur notre liste."),
    ("fr_hopital", "other", "business", "Appel d'offres - fourniture de linge hospitalier",
     "Nous vous informons que la candidature de votre société à l'appel d'offres relatif à la fourniture de "
     "linge hospitalier n'a pas été retenue. L'offre économiquement la plus avantageuse a été attribuée à un "
     "autre soumissionnaire. Le rapport d'analyse des offres peut vous être communiqué sur demande."),
    ("fr_hopital", "other", "admin", "Convocation - visite de la commission de sécurité",
     "La commission de sécurité effectuera sa visite périodique le 22 mai à 9h. Les responsables de service "
     "sont convoqués à la réunion de restitution à 12h en salle du conseil."),
    # fr_cabinet: a Paris head-hunting cabinet writing warmly, decisions wrapped in much care.
    ("fr_cabinet", "recruiter_outreach", "outreach", "Directrice financière - groupe industriel familial",
     "Je me permets de vous contacter car je conduis actuellement, pour le compte d'un groupe industriel "
     "familial basé à Lyon, la recherche de sa future Directrice financière. Votre parcours chez Vernis Delorme "
     "a retenu toute mon attention. Seriez-vous ouverte à un premier échange confidentiel cette semaine ?"),
    ("fr_cabinet", "interview", "invitation", "Rencontre avec notre client",
     "Je suis ravie de vous annoncer que notre client souhaite vous rencontrer. Je vous propose un rendez-vous "
     "avec le Président et la DRH le 18 mars à 11h à leur siège. Pouvez-vous me confirmer votre "
     "disponibilité ?"),
    ("fr_cabinet", "rejection", "buried", "Mission Directrice financière - point d'étape",
     "Je tenais d'abord à vous remercier très sincèrement pour la qualité de nos échanges tout au long de ce "
     "processus, et pour la disponibilité dont vous avez fait preuve malgré un agenda chargé.\n\nVotre "
     "rencontre avec le Président a été riche, et il a souligné votre hauteur de vue sur les sujets de "
     "financement.\n\nAu terme de sa réflexion, notre client a néanmoins privilégié un profil plus "
     "expérimenté dans la gestion des opérations de croissance externe. Je mesure la déception que cette "
     "nouvelle peut représenter, et je serais heureuse de vous appeler pour en parler plus longuement."),
    ("fr_cabinet", "rejection", "not_retained", "Votre candidature - Contrôleur de gestion senior",
     "Nous vous remercions d'avoir répondu à notre annonce pour le poste de contrôleur de gestion senior. Après "
     "une étude approfondie de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à "
     "votre candidature, notre client recherchant une expérience plus marquée en environnement anglo-saxon."),
    ("fr_cabinet", "rejection", "shortlist", "Recherche DAF - retour",
     "Je reviens vers vous concernant la recherche de DAF pour notre client. Nous avons présenté une liste "
     "resserrée de trois personnes, et je dois vous dire avec franchise que votre candidature n'en fait pas "
     "partie. Votre parcours reste très intéressant et je pense à vous pour d'autres missions."),
    ("fr_cabinet", "rejection", "cancelled", "Mission suspendue",
     "Je voulais vous prévenir rapidement : notre client vient de nous informer qu'il gèle ce recrutement à la "
     "suite d'un changement d'actionnaire. La mission est donc interrompue et le processus ne se poursuivra "
     "pas. Croyez bien que je le regrette."),
    ("fr_cabinet", "application_ack", "ack", "Votre candidature - Contrôleur de gestion senior",
     "Merci pour l'envoi de votre candidature. Je l'étudie avec attention et je reviendrai vers vous sous huit "
     "jours pour vous indiquer si votre profil correspond aux attentes de notre client."),
    ("fr_cabinet", "other", "business", "Proposition de collaboration - recrutement de vos équipes",
     "Nous accompagnons depuis quinze ans les entreprises industrielles dans le recrutement de leurs cadres. "
     "Je serais heureuse de vous présenter notre offre lors d'un entretien de trente minutes et de vous "
     "transmettre nos conditions tarifaires."),
    ("fr_cabinet", "other", "personal", "Candidature au conseil syndical",
     "Votre candidature au conseil syndical de la résidence a bien été enregistrée. Le vote aura lieu lors de "
     "l'assemblée générale du 12 juin ; vous recevrez la convocation par courrier."),
    # fr_maroc: a Casablanca group, formal and long, decisions phrased with regrets.
    ("fr_maroc", "application_ack", "ack", "Accusé de réception - Chef de projet supply chain",
     "Nous accusons bonne réception de votre candidature au poste de Chef de projet supply chain et vous "
     "remercions de l'intérêt manifesté pour notre Groupe. Votre dossier est en cours d'étude par nos équipes. "
     "Seuls les profils présélectionnés seront contactés pour la suite du processus."),
    ("fr_maroc", "assessment", "test", "Tests psychotechniques en ligne",
     "Dans le cadre de votre candidature, nous vous invitons à passer une série de tests psychotechniques et "
     "un questionnaire de personnalité en ligne. Le lien ci-dessous est valable jusqu'au 21 mars ; comptez "
     "environ une heure."),
    ("fr_maroc", "rejection", "buried", "Votre candidature au sein du Groupe Atlas Distribution",
     "Nous tenons tout d'abord à vous remercier pour le temps que vous avez consacré à votre candidature ainsi "
     "que pour votre participation aux tests en ligne.\n\nNous avons reçu un très grand nombre de candidatures "
     "de grande qualité pour ce poste, ce qui a rendu notre sélection particulièrement difficile.\n\nAprès "
     "analyse de l'ensemble des profils, nous regrettons de vous annoncer que nous ne pourrons pas poursuivre "
     "le processus avec vous. Votre CV est conservé dans notre vivier de talents."),
    ("fr_maroc", "rejection", "filled", "Poste de Responsable achats - Tanger",
     "Nous vous remercions pour votre candidature au poste de Responsable achats basé à Tanger. Nous vous "
     "informons que le poste a été pourvu. Nous ne manquerons pas de vous contacter si une opportunité "
     "correspondant à votre profil se présente."),
    ("fr_maroc", "rejection", "after_interview", "Suite à votre entretien",
     "Nous vous remercions pour l'entretien que vous avez eu avec notre Directeur logistique. Malgré les "
     "qualités de votre parcours, notre choix s'est orienté vers une candidate ayant une connaissance plus "
     "approfondie du marché africain. Nous vous souhaitons plein succès."),
    ("fr_maroc", "rejection", "not_match", "Candidature - Stage de fin d'études",
     "Nous avons bien pris connaissance de votre demande de stage de fin d'études. Malheureusement, votre "
     "formation ne correspond pas au profil recherché par nos équipes cette année, et nous ne sommes pas en "
     "mesure d'y répondre favorablement."),
    ("fr_maroc", "interview", "video", "Invitation à un entretien visio",
     "Votre profil a retenu notre attention. Nous souhaiterions échanger avec vous lors d'un entretien par "
     "visioconférence d'environ 45 minutes. Merci de choisir un créneau dans l'agenda en ligne d'ici vendredi."),
    ("fr_maroc", "other", "business", "Offre spéciale - Ramadan",
     "Profitez de nos offres spéciales sur l'ensemble des produits d'épicerie fine. Livraison offerte pour toute "
     "commande passée avant dimanche. Les postes de retrait en magasin restent ouverts jusqu'à 22h."),
    ("fr_maroc", "other", "business", "Résultats de la consultation - transport",
     "Suite à la consultation lancée pour le transport de marchandises vers Agadir, nous vous informons que "
     "votre proposition n'a pas été retenue. Nous vous remercions pour votre participation et vous "
     "solliciterons lors de prochaines consultations."),
    # fr_be_federal: a Belgian federal selection office, automatic messages, "fonction", "screening".
    ("fr_be_federal", "application_ack", "ack", "Votre inscription à la sélection AFG25117",
     "Votre inscription à la sélection comparative d'attaché juriste (m/f/x) pour le SPF Mobilité a bien été "
     "enregistrée. Le screening des CV aura lieu après la clôture des inscriptions. Vous recevrez le résultat "
     "dans votre compte en ligne."),
    ("fr_be_federal", "rejection", "screening", "Résultat du screening - sélection AFG25117",
     "Le screening des candidatures pour la sélection d'attaché juriste a été clôturé. Sur la base des "
     "informations de votre CV en ligne, le jury a estimé que votre candidature ne répondait pas suffisamment "
     "aux critères du profil de fonction. Vous ne participerez donc pas à l'épreuve suivante. Vous pouvez "
     "demander un feedback dans votre compte."),
    ("fr_be_federal", "rejection", "not_passed", "Résultat de l'épreuve informatisée",
     "Vous avez participé le 3 mars à l'épreuve informatisée de la sélection. Vous n'avez malheureusement pas "
     "obtenu le score minimum requis. Par conséquent, il n'est pas possible de vous inviter à l'entretien. "
     "Votre résultat détaillé est disponible dans votre compte."),
    ("fr_be_federal", "rejection", "ranking", "Résultat final - sélection AFG25117",
     "Vous avez réussi l'entretien de la sélection d'attaché juriste, mais votre classement ne vous permet pas "
     "d'être recruté pour la fonction actuellement vacante. Une seule place était à pourvoir ; la réserve "
     "n'est pas constituée pour cette sélection."),
    ("fr_be_federal", "assessment", "test", "Invitation - épreuve de connaissances",
     "Vous êtes invité à présenter l'épreuve de connaissances juridiques de la sélection AFG25117. Réservez une "
     "date dans votre compte en ligne avant le 20 mars. L'épreuve se déroule en ligne et dure deux heures."),
    ("fr_be_federal", "interview", "invitation", "Invitation à l'entretien - sélection AFG25117",
     "Félicitations, vous avez réussi l'épreuve de connaissances. Vous êtes invité à un entretien avec le jury "
     "le 15 avril à 10h15, rue du Progrès 50, Bruxelles. Une étude de cas vous sera remise sur place."),
    ("fr_be_federal", "other", "admin", "Votre demande de prime à la rénovation",
     "Votre dossier de demande de prime à la rénovation a été examiné. Il ne répond pas aux conditions "
     "d'octroi, les factures étant antérieures à la date d'introduction. Votre demande est donc refusée. Vous "
     "pouvez introduire un recours dans les 30 jours."),
    ("fr_be_federal", "other", "admin", "Entretien de votre chaudière - rendez-vous",
     "Le technicien passera le mardi 25 mars entre 8h et 12h pour l'entretien annuel de votre chaudière. "
     "Merci de prévoir un accès dégagé à l'appareil."),
    # fr_qc_ville: a Québec city's dotation service (affichage, entrevue, banque de candidatures).
    ("fr_qc_ville", "application_ack", "ack", "Affichage 2025-041 - Préposée aux travaux publics",
     "Nous avons bien reçu votre candidature pour l'affichage 2025-041. Nous communiquerons uniquement avec les "
     "personnes retenues pour une entrevue. Nous vous remercions de l'intérêt porté à la Ville de "
     "Saint-Armand."),
    ("fr_qc_ville", "rejection", "thanks_first", "Affichage 2025-041",
     "Nous vous remercions de l'intérêt que vous avez manifesté pour l'emploi de préposée aux travaux publics. "
     "Nous avons reçu de nombreuses candidatures et le processus fut très compétitif.\n\nNous désirons vous "
     "informer que nous avons arrêté notre choix sur une autre personne. Votre candidature sera conservée "
     "dans notre banque pour une période de six mois."),
    ("fr_qc_ville", "rejection", "after_interview", "Résultat de votre entrevue",
     "Merci d'avoir participé à l'entrevue du 12 février pour le poste de technicienne en loisirs. Le comité "
     "de sélection a complété ses entrevues et n'a pas retenu votre candidature pour la suite. Nous vous "
     "remercions du temps investi."),
    ("fr_qc_ville", "rejection", "exam", "Résultat de l'examen écrit",
     "Vous avez fait l'examen écrit pour le poste de commis à la taxation. Malheureusement, vous n'avez pas "
     "obtenu la note de passage de 60 %. Votre candidature ne peut donc pas être considérée pour la prochaine "
     "étape."),
    ("fr_qc_ville", "rejection", "cancelled", "Annulation de l'affichage 2025-052",
     "Nous vous informons que l'affichage 2025-052, Agente de bureau, est annulé en raison d'une révision de "
     "la structure du service. Aucune nomination ne sera faite à la suite de ce processus."),
    ("fr_qc_ville", "interview", "invitation", "Convocation en entrevue",
     "Votre candidature a été retenue pour une entrevue le mercredi 5 mars à 13 h 30 à l'hôtel de ville, 2e "
     "étage. Veuillez confirmer votre présence par courriel."),
    ("fr_qc_ville", "offer", "offer", "Offre d'emploi - Technicienne en loisirs",
     "Nous avons le plaisir de vous offrir le poste de technicienne en loisirs, classe 7, à compter du 31 mars. "
     "Vous trouverez en pièce jointe votre lettre d'embauche. Veuillez la signer et nous la retourner."),
    ("fr_qc_ville", "other", "admin", "Avis de collecte des encombrants",
     "La collecte des encombrants aura lieu le 14 avril dans votre secteur. Les postes de dépôt de résidus "
     "domestiques dangereux seront ouverts le samedi."),
    ("fr_qc_ville", "other", "admin", "Votre demande de permis de rénovation",
     "Votre demande de permis pour l'agrandissement de votre garage a été analysée. Nous ne pouvons y donner "
     "suite, le projet ne respectant pas la marge latérale prévue au règlement de zonage."),
    ("fr_qc_ville", "other", "personal", "Inscription au camp de jour",
     "L'inscription de votre enfant au camp de jour est confirmée. La liste des articles à apporter vous "
     "sera envoyée une semaine avant le début des activités."),
    # fr_dakar: an NGO in Dakar, one person writing, warm and plain.
    ("fr_dakar", "application_ack", "ack", "Votre candidature - Chargée de suivi-évaluation",
     "Je vous confirme que nous avons bien reçu votre dossier de candidature pour le poste de chargée de "
     "suivi-évaluation. Le comité se réunira après la clôture de l'appel, le 28 février, et nous reviendrons "
     "vers vous."),
    ("fr_dakar", "rejection", "buried", "Re: Candidature - Chargée de suivi-évaluation",
     "Merci beaucoup pour votre dossier et pour la lettre de motivation, qui montre une vraie connaissance des "
     "programmes de santé communautaire. Nous avons été touchés par votre engagement.\n\nLe comité a examiné "
     "plus de quatre-vingts dossiers, dont beaucoup venant de la sous-région.\n\nNous avons finalement opté "
     "pour une candidate déjà basée à Kaolack, qui connaît les équipes de terrain. Je vous souhaite sincèrement "
     "de trouver un poste à la mesure de vos compétences."),
    ("fr_dakar", "rejection", "budget", "Poste de logisticien",
     "Je reviens vers vous au sujet du poste de logisticien. Le bailleur a réduit le budget du projet et nous "
     "avons dû renoncer à ce recrutement. Je suis désolé de ne pas pouvoir donner suite à votre candidature."),
    ("fr_dakar", "rejection", "after_interview", "Entretien du 6 mars",
     "Encore merci pour l'entretien téléphonique de jeudi. Après concertation avec la coordination, nous ne "
     "retenons pas votre candidature : le poste demande une maîtrise du wolof que vous n'avez pas encore. Ce "
     "n'est en rien un jugement sur vos compétences."),
    ("fr_dakar", "interview", "phone", "Entretien téléphonique",
     "Votre profil nous intéresse. Seriez-vous disponible jeudi à 11h (heure de Dakar) pour un entretien "
     "téléphonique d'une demi-heure ? Je vous appellerai sur le numéro indiqué dans votre CV."),
    ("fr_dakar", "offer", "offer", "Proposition - poste de chargée de suivi-évaluation",
     "Nous sommes heureux de vous proposer le poste de chargée de suivi-évaluation, pour un contrat d'un an "
     "renouvelable. Vous trouverez ci-joint les termes de la proposition. Pourriez-vous nous donner votre "
     "réponse d'ici le 20 mars ?"),
    ("fr_dakar", "other", "business", "Entretien des véhicules - devis",
     "Pouvez-vous m'envoyer le devis pour l'entretien des trois véhicules de la fondation ? Le garage "
     "précédent n'a pas donné suite à notre demande."),
    ("fr_dakar", "other", "personal", "Résultats de l'appel à projets",
     "Nous avons le regret de vous informer que le projet présenté par votre association n'a pas été retenu "
     "par le comité de l'appel à projets. Les projets sélectionnés répondaient davantage aux priorités de "
     "l'année."),
    # fr_vaud: a Swiss cantonal administration (dossier, postulation, nos salutations les meilleures).
    ("fr_vaud", "application_ack", "ack", "Votre postulation - Juriste à 80 %",
     "Nous accusons réception de votre postulation pour le poste de juriste à 80 % au Service de "
     "l'environnement. Votre dossier sera examiné dès la fin du délai de postulation. Nous vous contacterons "
     "dans les meilleurs délais."),
    ("fr_vaud", "rejection", "thanks_first", "Votre postulation - Juriste à 80 %",
     "Nous vous remercions de votre postulation et de l'intérêt porté à l'administration cantonale. "
     "Nous avons reçu de nombreux dossiers de qualité.\n\nAu terme d'un examen approfondi, nous devons "
     "malheureusement vous informer que votre candidature n'a pas été retenue pour la suite de la procédure. "
     "Nous vous retournons votre dossier et vous souhaitons plein succès."),
    ("fr_vaud", "rejection", "other_candidate", "Poste d'archiviste - décision",
     "Nous faisons suite à votre entretien du 20 février. Nous avons le regret de vous informer que notre "
     "choix s'est porté sur une autre personne, dont le profil répond plus étroitement aux besoins du service."),
    ("fr_vaud", "rejection", "not_match", "Postulation spontanée",
     "Votre offre de services spontanée nous est bien parvenue. Nous regrettons de ne pouvoir la prendre en "
     "considération, aucun poste correspondant à vos qualifications n'étant vacant actuellement."),
    ("fr_vaud", "rejection", "internal", "Poste de secrétaire - Service des routes",
     "Nous vous informons que le poste de secrétaire au Service des routes a été repourvu à l'interne. Nous "
     "vous remercions de votre intérêt et vous encourageons à consulter régulièrement nos offres."),
    ("fr_vaud", "interview", "invitation", "Invitation à un entretien - Juriste à 80 %",
     "Nous avons le plaisir de vous inviter à un entretien le 4 mars à 9h00 à la place du Château, bureau 214. "
     "L'entretien durera environ une heure et sera suivi d'un exercice écrit."),
    ("fr_vaud", "other", "admin", "Décision de taxation 2024",
     "Veuillez trouver ci-joint votre décision de taxation pour l'année fiscale 2024. Votre réclamation "
     "concernant les frais de garde n'a pas pu être admise. Un délai de 30 jours vous est imparti pour un "
     "recours."),
    ("fr_vaud", "other", "business", "Mise au concours - marché de nettoyage",
     "La mise au concours pour le nettoyage des bâtiments administratifs est publiée sur la plateforme des "
     "marchés publics. Les offres doivent nous parvenir au plus tard le 30 avril."),
    # fr_esn_tu: a tech services firm's talent person saying « tu », short, from a phone.
    ("fr_esn_tu", "recruiter_outreach", "outreach", "Une mission data à Nantes ?",
     "Je suis tombé sur ton profil GitHub, super projets ! On cherche un·e data engineer pour une mission chez "
     "un client à Nantes, démarrage en mai. Ça te dit qu'on s'appelle 15 min cette semaine ?"),
    ("fr_esn_tu", "interview", "call", "Re: mission data",
     "Top, merci pour ton retour ! Je te propose un call jeudi 14h avec notre manager technique, je t'envoie "
     "l'invit. Prévois ton CV à jour."),
    ("fr_esn_tu", "rejection", "short", "Re: mission data à Nantes",
     "Hello, petit retour suite à ton call avec Julien : on part sur quelqu'un qui a déjà bossé sur Spark en "
     "prod, le client y tenait vraiment. Désolé, je garde ton profil sous le coude pour la suite !"),
    ("fr_esn_tu", "rejection", "client_chose", "mission chez le client",
     "Le client a fait son choix pour la mission et malheureusement ce n'est pas toi, ils ont retenu un profil "
     "qui était dispo immédiatement. Vraiment dommage, ton entretien s'était bien passé."),
    ("fr_esn_tu", "rejection", "implied", "ta candidature chez Kodea",
     "Merci d'avoir pris le temps de faire le test technique. Les retours de l'équipe : bonnes bases mais pas "
     "encore le niveau attendu en architecture pour ce poste. On ne va donc pas aller plus loin pour "
     "l'instant, mais n'hésite pas à repostuler dans un an."),
    ("fr_esn_tu", "assessment", "test", "Ton test technique",
     "Comme convenu, voici le lien vers le test technique (2h, en Python). Tu as jusqu'à dimanche soir pour le "
     "rendre."),
    ("fr_esn_tu", "offer", "offer", "Bonne nouvelle !!",
     "Le client a validé ! On te fait une proposition de CDI à 48 k€ avec démarrage mi-mai. Je t'envoie la "
     "promesse d'embauche ce soir, dis-moi ce que tu en penses."),
    ("fr_esn_tu", "other", "personal", "afterwork vendredi",
     "On organise un afterwork vendredi soir pour l'arrivée des nouveaux, t'es partant·e ? Le bar a refusé "
     "notre réservation pour 30 personnes, donc on se retrouve au bureau."),
    ("fr_esn_tu", "other", "business", "ton poste de travail",
     "Ton nouveau poste de travail est prêt, tu peux passer le récupérer à l'accueil. Pense à rendre l'ancien "
     "PC au support."),
]

# French, second round written before the first run (more decisions, more words used in another sense).
CORES += [
    ("fr_hopital", "rejection", "keep_on_file", "Candidature infirmière - bloc opératoire",
     "Votre candidature pour un poste d'infirmière de bloc opératoire nous est bien parvenue. Le service ne "
     "recrute pas à ce jour ; nous ne pouvons donc pas vous proposer de poste. Votre dossier est néanmoins "
     "versé à notre fichier de candidatures et pourra être consulté lors d'une prochaine vacance."),
    ("fr_hopital", "other", "admin", "Entretien professionnel annuel - campagne 2025",
     "La campagne d'entretiens professionnels annuels débute le 1er avril. Chaque agent sera convoqué par son "
     "cadre de santé ; les comptes rendus sont à remonter à la DRH avant le 30 juin."),
    ("fr_cabinet", "rejection", "implied", "Poste de Responsable trésorerie",
     "Merci pour votre patience durant ces dernières semaines. Notre client a souhaité rencontrer des "
     "candidats issus du secteur bancaire, ce qui nous conduit à ne pas présenter votre dossier. Je reste "
     "attentive à vos prochaines évolutions et n'hésiterai pas à revenir vers vous."),
    ("fr_cabinet", "rejection", "after_interview", "Votre rencontre avec la DRH",
     "Je fais suite à votre rencontre avec la DRH de notre client lundi dernier. Elle a beaucoup apprécié "
     "votre énergie, mais elle a eu le sentiment que le poste resterait en deçà de vos ambitions et ne "
     "souhaite pas poursuivre. J'en suis sincèrement désolée."),
    ("fr_cabinet", "other", "business", "Votre offre de mission - relance",
     "Je me permets de vous relancer concernant notre proposition d'honoraires pour la mission de recrutement "
     "de votre futur directeur commercial. Pourriez-vous me dire si vous souhaitez la valider ?"),
    ("fr_maroc", "rejection", "thanks_first", "Candidature spontanée - Groupe Atlas Distribution",
     "Nous vous remercions pour l'intérêt que vous portez à notre Groupe et pour la confiance que vous nous "
     "témoignez. Nous avons lu votre candidature spontanée avec beaucoup d'intérêt.\n\nToutefois, nous n'avons "
     "pas, à l'heure actuelle, d'opportunité en adéquation avec votre parcours. Nous vous invitons à suivre "
     "nos offres sur notre page carrières."),
    ("fr_maroc", "other", "personal", "Votre demande de crédit immobilier",
     "Après étude attentive de votre demande de crédit immobilier, nous sommes au regret de vous informer que "
     "nous ne pouvons y donner une suite favorable, votre taux d'endettement dépassant le seuil autorisé."),
    ("fr_maroc", "interview", "onsite", "Entretien final - Casablanca",
     "Suite à vos échanges avec nos équipes, nous avons le plaisir de vous inviter à un entretien final avec le "
     "Directeur général au siège de Casablanca, le lundi 24 mars à 10h. Vos frais de déplacement seront pris "
     "en charge."),
    ("fr_be_federal", "rejection", "not_retained", "Votre candidature - Attaché comptable (m/f/x)",
     "Nous vous remercions d'avoir posé votre candidature pour la fonction d'attaché comptable. Le jury a "
     "examiné votre dossier ; il ne satisfait pas aux conditions de participation, votre diplôme ne figurant "
     "pas parmi ceux exigés. Votre candidature est dès lors déclarée irrecevable."),
    ("fr_be_federal", "rejection", "filled", "Fonction de gestionnaire RH - Liège",
     "Nous vous informons que la fonction de gestionnaire RH à Liège a été attribuée à un lauréat d'une "
     "réserve existante. La procédure à laquelle vous vous étiez inscrit est dès lors clôturée sans "
     "recrutement."),
    ("fr_be_federal", "other", "admin", "Convocation - assemblée générale de copropriété",
     "Vous êtes convoqué à l'assemblée générale ordinaire de la copropriété le 14 mai à 19h. À l'ordre du jour : "
     "élection du syndic, candidature de M. Dufour au conseil de copropriété, travaux de façade."),
    ("fr_qc_ville", "rejection", "keep_on_file", "Candidature - emplois étudiants été 2025",
     "Merci pour votre intérêt envers les emplois étudiants de la Ville. Tous les postes de l'été 2025 sont "
     "maintenant comblés. Nous garderons votre candidature au dossier en cas de désistement."),
    ("fr_qc_ville", "other", "business", "Appel de candidatures - Prix du patrimoine",
     "La Ville lance un appel de candidatures pour les Prix du patrimoine 2025. Les citoyens et organismes "
     "peuvent déposer leur dossier jusqu'au 15 mai. Les lauréats seront annoncés en septembre."),
    ("fr_dakar", "rejection", "thanks_first", "Appel à candidatures - consultant évaluation finale",
     "Nous vous remercions d'avoir répondu à notre appel à candidatures pour l'évaluation finale du projet. "
     "Votre offre technique était bien présentée.\n\nAprès délibération, le comité a attribué la consultance à "
     "un autre consultant. Nous espérons avoir l'occasion de collaborer avec vous à l'avenir."),
    ("fr_dakar", "other", "personal", "Entretien avec la famille Diop",
     "Je te confirme l'entretien avec la famille Diop samedi pour le baptême. Ils ont refusé la salle de la "
     "mairie, on fera donc la cérémonie à la maison."),
    ("fr_dakar", "application_ack", "interim", "Point sur le recrutement",
     "Je voulais vous tenir informée : le recrutement a pris du retard car la coordinatrice était en mission. "
     "Votre candidature est toujours à l'étude et nous vous donnerons une réponse d'ici deux semaines."),
    ("fr_vaud", "rejection", "after_interview", "Suite de la procédure - Juriste à 80 %",
     "Nous vous remercions pour l'entretien et l'exercice écrit. La commission de sélection a poursuivi la "
     "procédure avec d'autres candidates et candidats. Nous ne sommes dès lors pas en mesure de retenir votre "
     "dossier et vous souhaitons le meilleur pour la suite."),
    ("fr_vaud", "offer", "offer", "Engagement - Archiviste",
     "Nous avons le plaisir de vous annoncer que la Cheffe de service a décidé de vous engager en qualité "
     "d'archiviste à 90 % dès le 1er mai. Le contrat vous parviendra prochainement pour signature."),
    ("fr_vaud", "other", "personal", "Refus de l'autorisation de stationnement",
     "Votre demande de macaron de stationnement pour la zone B ne peut être accordée, votre adresse ne se "
     "situant pas dans le périmètre concerné. Nous regrettons de ne pouvoir répondre favorablement."),
    ("fr_esn_tu", "rejection", "frozen", "update recrutement",
     "Je préfère te le dire direct : on met les recrutements en pause jusqu'à la rentrée, le marché est calme. "
     "Du coup on ne pourra pas te faire de proposition. Je reviens vers toi dès que ça repart."),
    ("fr_esn_tu", "other", "business", "Offre partenaire mutuelle",
     "Bonne nouvelle, notre mutuelle propose une offre partenaire avec 20 % de réduction sur les lunettes. Les "
     "détails sont sur l'intranet."),
    ("fr_hopital", "rejection", "other_candidate", "Poste de préparateur en pharmacie",
     "Nous vous remercions de l'intérêt porté au poste de préparateur en pharmacie hospitalière. Nous vous "
     "informons que la candidature d'un agent déjà titulaire de la fonction publique hospitalière a été "
     "privilégiée. Nous gardons vos coordonnées."),
    ("fr_cabinet", "application_ack", "interim", "Mission DAF - calendrier",
     "Un petit mot pour vous tenir au courant : notre client a décalé ses décisions de deux semaines en raison "
     "d'un conseil d'administration. Votre candidature reste bien en lice et je reviens vers vous fin mars."),
    ("fr_maroc", "rejection", "filled", "Stage - Direction marketing",
     "Merci pour votre candidature au stage de la Direction marketing. L'ensemble des places de stage pour la "
     "session de printemps a déjà été attribué. Nous vous encourageons à postuler pour la session d'automne."),
    ("fr_be_federal", "interview", "invitation", "Invitation - entretien de sélection (SPF Finances)",
     "Vous avez réussi la présélection. Nous vous invitons à l'entretien de sélection le 2 mai à 13h30. Merci "
     "de confirmer votre présence via votre compte en ligne au plus tard le 25 avril."),
    ("fr_qc_ville", "rejection", "not_match", "Affichage 2025-060 - Ingénieure municipale",
     "Nous avons bien analysé votre candidature pour l'affichage 2025-060. Celle-ci ne satisfait pas aux "
     "exigences minimales de l'emploi, soit l'appartenance à l'Ordre des ingénieurs du Québec. Nous ne "
     "pourrons pas la retenir."),
    ("fr_dakar", "rejection", "filled", "Poste de chauffeur - Thiès",
     "Bonjour, merci pour votre dossier. Le poste de chauffeur pour l'antenne de Thiès est déjà occupé depuis "
     "la semaine dernière. Je transmets votre CV à nos partenaires."),
    ("fr_vaud", "application_ack", "interim", "Procédure de recrutement - report",
     "Nous vous informons que la procédure de sélection pour le poste d'archiviste est prolongée de trois "
     "semaines en raison du nombre élevé de postulations. Votre dossier est toujours en cours d'examen."),
    ("fr_esn_tu", "application_ack", "ack", "on a bien reçu ta candidature",
     "Merci pour ta candidature chez Kodea ! On regarde ça avec l'équipe tech et on revient vers toi d'ici "
     "une semaine max."),
    ("fr_hopital", "other", "business", "Poste de garde - planning des astreintes",
     "Le planning des astreintes et du poste de garde pour le mois de mai est en ligne. Les demandes "
     "d'échange sont à transmettre au cadre avant le 20 avril."),
    ("fr_cabinet", "rejection", "thanks_first", "Recherche Directeur des opérations",
     "Je vous remercie de l'attention que vous avez portée à notre annonce et du temps consacré à notre "
     "échange téléphonique. J'ai eu beaucoup de plaisir à découvrir votre parcours.\n\nAprès avoir "
     "confronté l'ensemble des profils aux attentes précises de notre client, je ne retiendrai pas votre "
     "candidature pour cette mission. Bonne continuation dans vos projets."),
    ("fr_qc_ville", "other", "alert", "Offre d'emploi qui pourrait vous intéresser",
     "Votre profil dans notre banque de candidatures correspond à un nouvel emploi de technicienne en "
     "environnement. Si cela vous intéresse, soumettez votre candidature avant le 30 avril."),
    ("fr_dakar", "other", "business", "Poste de santé de Ndiaganiao - approvisionnement",
     "Le poste de santé de Ndiaganiao n'a pas reçu la commande de médicaments. Peux-tu relancer le fournisseur "
     "et me transmettre le bon de livraison ?"),
]

# ---------------------------------------------------------------- German
CORES += [
    # de_stadtwerke: a municipal utility, TVöD, Personalrat, formal "Sie".
    ("de_stadtwerke", "application_ack", "ack", "Ihre Bewerbung - Kennziffer 07/2025 Netzmonteur (m/w/d)",
     "wir bestätigen den Eingang Ihrer Bewerbung auf die ausgeschriebene Stelle als Netzmonteur. Nach Ablauf "
     "der Bewerbungsfrist am 31. März werden alle Unterlagen gesichtet. Bitte haben Sie Verständnis, dass die "
     "Auswahl unter Beteiligung des Personalrats einige Wochen dauern kann."),
    ("de_stadtwerke", "rejection", "thanks_first", "Ihre Bewerbung - Kennziffer 07/2025",
     "haben Sie vielen Dank für Ihr Interesse an einer Tätigkeit bei den Stadtwerken Kaltenbrunn und für die "
     "Mühe, die Sie sich mit Ihren Unterlagen gemacht haben.\n\nUns haben zahlreiche Bewerbungen erreicht. "
     "Nach sorgfältiger Prüfung können wir Ihre Bewerbung im weiteren Auswahlverfahren leider nicht "
     "berücksichtigen.\n\nIhre Unterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht. Für Ihren "
     "weiteren Berufsweg wünschen wir Ihnen viel Erfolg."),
    ("de_stadtwerke", "rejection", "after_interview", "Ihr Vorstellungsgespräch am 14. April",
     "nochmals vielen Dank für das angenehme Gespräch. Die Auswahlkommission hat sich nach Abschluss aller "
     "Gespräche für einen Bewerber entschieden, der bereits Erfahrung mit Mittelspannungsanlagen mitbringt. "
     "Wir bedauern, Ihnen keinen positiven Bescheid geben zu können."),
    ("de_stadtwerke", "rejection", "filled", "Stelle Sachbearbeitung Abrechnung",
     "wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle in der Abrechnung inzwischen "
     "anderweitig besetzt worden ist. Ihre Bewerbungsunterlagen senden wir Ihnen auf Wunsch gern zurück."),
    ("de_stadtwerke", "rejection", "formal", "Stellenausschreibung 09/2025 - Mitteilung",
     "hiermit teilen wir Ihnen mit, dass wir Ihre Bewerbung für die Stelle als Ingenieur Fernwärme nicht "
     "berücksichtigen konnten, da die in der Ausschreibung geforderte Qualifikation nicht vorliegt."),
    ("de_stadtwerke", "interview", "invitation", "Einladung zum Vorstellungsgespräch - Kennziffer 07/2025",
     "wir freuen uns, Sie zu einem Vorstellungsgespräch am Dienstag, 22. April 2025, um 9:30 Uhr in unser "
     "Verwaltungsgebäude, Am Wasserwerk 3, Raum 104 einladen zu dürfen. An dem Gespräch nehmen auch "
     "Vertreter des Personalrats teil. Bitte bestätigen Sie den Termin kurz per E-Mail."),
    ("de_stadtwerke", "offer", "offer", "Einstellungszusage Netzmonteur",
     "wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zum 1. Juni 2025 als Netzmonteur einstellen "
     "möchten. Die Eingruppierung erfolgt in Entgeltgruppe 6 TVöD. Der Personalrat hat der Einstellung "
     "zugestimmt; Ihren Arbeitsvertrag erhalten Sie in den nächsten Tagen."),
    ("de_stadtwerke", "other", "admin", "Ankündigung Zählerwechsel",
     "in Ihrem Gebäude steht der turnusmäßige Wechsel des Stromzählers an. Unser Monteur kommt am 3. April "
     "zwischen 8 und 12 Uhr. Ist der Termin für Sie nicht möglich, vereinbaren Sie bitte einen neuen."),
    ("de_stadtwerke", "other", "business", "Ihr Angebot Tiefbauarbeiten - Vergabe",
     "wir danken Ihnen für die Abgabe Ihres Angebots zur Ausschreibung Tiefbauarbeiten Los 2. Leider müssen wir "
     "Ihnen mitteilen, dass Ihr Angebot nicht berücksichtigt werden konnte; der Zuschlag wurde einem "
     "wirtschaftlicheren Bieter erteilt."),
    ("de_stadtwerke", "other", "admin", "Ihr Antrag auf Ratenzahlung",
     "Ihren Antrag auf Ratenzahlung der Jahresabrechnung haben wir geprüft. Wir bedauern, dem Antrag nicht "
     "entsprechen zu können, da bereits ein Zahlungsrückstand besteht."),
    # de_berlin_du: a Berlin start-up, du-form with English words mixed in.
    ("de_berlin_du", "recruiter_outreach", "outreach", "Backend bei Glimmr?",
     "ich bin über dein Talk-Video vom Berlin Go Meetup gestolpert und war echt beeindruckt. Wir bauen gerade "
     "unser Platform-Team auf und suchen jemanden Senior im Backend. Hättest du Lust auf einen lockeren "
     "Coffee Chat nächste Woche?"),
    ("de_berlin_du", "application_ack", "ack", "Danke für deine Bewerbung bei Glimmr!",
     "danke, dass du dich bei uns beworben hast! Wir schauen uns jede Bewerbung persönlich an und melden uns "
     "innerhalb von 10 Tagen bei dir. Bis dahin: schau gern auf unserem Blog vorbei."),
    ("de_berlin_du", "interview", "call", "Next step: Call mit unserem CTO",
     "gute News: das Team würde dich gern besser kennenlernen! Kannst du dir über den Calendly-Link einen "
     "30-min Slot mit Tarek, unserem CTO, aussuchen? Es wird ein entspanntes Gespräch, keine Live-Coding-"
     "Session."),
    ("de_berlin_du", "assessment", "test", "Take-home Challenge",
     "wie besprochen schicke ich dir hier unsere Take-home Challenge. Plan dafür maximal drei Stunden ein, du "
     "hast eine Woche Zeit. Bei Fragen meld dich einfach!"),
    ("de_berlin_du", "rejection", "du_short", "Update zu deiner Bewerbung",
     "danke dir für deine Zeit und die Challenge! Wir haben lange hin und her überlegt, uns am Ende aber für "
     "jemand anderen entschieden, der mehr Erfahrung mit Kubernetes hat. Ich hätte dir gern was anderes "
     "geschrieben. Alles Gute für deine Suche!"),
    ("de_berlin_du", "rejection", "du_not_fit", "Deine Bewerbung als Product Designer",
     "vielen Dank für dein Interesse an Glimmr und dein Portfolio, das wir uns mit viel Freude angeschaut "
     "haben. Ehrlich gesagt passt dein Profil für diese Rolle leider nicht ganz, weil wir jemanden mit "
     "Erfahrung in B2B-SaaS suchen. Wir drücken dir die Daumen!"),
    ("de_berlin_du", "rejection", "frozen", "Kurzes Update",
     "leider muss ich dir sagen, dass wir alle offenen Rollen on hold gesetzt haben, weil sich unsere "
     "Finanzierungsrunde verschiebt. Wir können den Prozess mit dir deshalb nicht weiterführen. Sorry, das "
     "ist echt blöd gelaufen."),
    ("de_berlin_du", "offer", "offer", "Dein Offer von Glimmr 🎉",
     "wir freuen uns riesig: wir möchten dich als Senior Backend Engineer an Bord holen! Im Anhang findest du "
     "dein Offer mit Gehalt, VSOP und Startdatum. Lass uns gern morgen kurz telefonieren, falls du Fragen "
     "hast."),
    ("de_berlin_du", "other", "business", "Angebot für eure Office-Snacks",
     "wir liefern gesunde Snacks für Start-ups in Berlin und haben ein Angebot für euer Team vorbereitet. Soll "
     "ich dir einen Probekarton vorbeibringen?"),
    ("de_berlin_du", "other", "personal", "Absage für Samstag",
     "sorry, ich muss dir für Samstag absagen, mein Umzug hat sich verschoben. Lass uns einen neuen Termin für "
     "das Bouldern finden!"),
    # de_at_bank: an Austrian bank, "Sie", Austrian words (Jänner, Dienstgeber), HTML.
    ("de_at_bank", "application_ack", "ack", "Ihre Bewerbung als Risikomanager:in",
     "vielen Dank für Ihre Bewerbung, die wir am 12. Jänner erhalten haben. Wir prüfen Ihre Unterlagen "
     "sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Den Status können Sie jederzeit in "
     "Ihrem Bewerberkonto einsehen."),
    ("de_at_bank", "rejection", "thanks_first", "Ihre Bewerbung als Risikomanager:in",
     "wir bedanken uns herzlich für Ihre Bewerbung und das Vertrauen, das Sie der Donautal Bank "
     "entgegenbringen. Es freut uns, dass Sie sich für eine Tätigkeit in unserem Haus interessieren.\n\n"
     "Wir haben Ihre Unterlagen mit großem Interesse gelesen und mit den Anforderungen der Position "
     "verglichen. Leider haben wir uns für eine andere Kandidatin entschieden, deren Profil unseren "
     "Anforderungen noch besser entspricht.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute."),
    ("de_at_bank", "rejection", "pool", "Ihre Initiativbewerbung",
     "danke für Ihre Initiativbewerbung. Derzeit haben wir keine Position, die Ihrem Profil entspricht. Gerne "
     "nehmen wir Ihre Daten mit Ihrem Einverständnis in unseren Talentepool auf und kommen auf Sie zu, sobald "
     "sich eine passende Gelegenheit ergibt."),
    ("de_at_bank", "rejection", "after_interview", "Feedback zu Ihrem Hearing",
     "vielen Dank für Ihre Teilnahme am Hearing in der vergangenen Woche. Nach eingehender Beratung hat sich "
     "das Gremium entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen. Gerne geben wir Ihnen in "
     "einem kurzen Telefonat ein persönliches Feedback."),
    ("de_at_bank", "rejection", "closed", "Position Filialleitung Linz",
     "wir möchten Sie informieren, dass die Position der Filialleitung in Linz aufgrund einer Zusammenlegung "
     "von Standorten nicht nachbesetzt wird. Das Auswahlverfahren wurde daher eingestellt."),
    ("de_at_bank", "interview", "invitation", "Einladung zum Hearing",
     "wir freuen uns, Sie zu einem Hearing am 5. Februar um 14:00 Uhr in unsere Zentrale am Schottenring "
     "einzuladen. Bitte bereiten Sie eine kurze Präsentation zu einem Fallbeispiel vor, das wir Ihnen vorab "
     "zusenden."),
    ("de_at_bank", "assessment", "test", "Online-Assessment",
     "als nächsten Schritt im Auswahlprozess laden wir Sie zu unserem Online-Assessment ein. Es besteht aus "
     "einem Zahlen- und einem Logiktest und dauert etwa 50 Minuten. Bitte absolvieren Sie es bis 20. Jänner."),
    ("de_at_bank", "other", "personal", "Ihr Kreditantrag",
     "wir haben Ihren Antrag auf einen Wohnkredit sorgfältig geprüft. Leider können wir Ihnen derzeit kein "
     "Angebot machen, da die erforderliche Eigenmittelquote nicht erreicht wird."),
    ("de_at_bank", "other", "business", "Einladung zur Hauptversammlung",
     "wir laden Sie als Aktionär:in herzlich zur ordentlichen Hauptversammlung am 28. April ein. Die Tagesordnung "
     "und die Vorschläge zur Wahl in den Aufsichtsrat finden Sie im Anhang."),
    # de_search: an executive-search partner writing personally.
    ("de_search", "recruiter_outreach", "outreach", "Vertraulich: Geschäftsführung Medizintechnik",
     "im Auftrag eines familiengeführten Medizintechnik-Unternehmens in Süddeutschland suche ich eine "
     "kaufmännische Geschäftsführung. Ihr Werdegang hat mich sehr angesprochen. Hätten Sie Interesse an einem "
     "vertraulichen Austausch?"),
    ("de_search", "interview", "meet", "Kennenlernen mit dem Beirat",
     "der Beiratsvorsitzende würde Sie gern persönlich kennenlernen. Würde Ihnen der 3. April um 16 Uhr in "
     "Stuttgart passen? Ich begleite das Gespräch."),
    ("de_search", "rejection", "buried", "Mandat Geschäftsführung - Stand",
     "zunächst möchte ich mich herzlich für Ihr Vertrauen und die offenen Gespräche der letzten Wochen "
     "bedanken. Es war mir eine Freude, Sie in diesem Prozess zu begleiten.\n\nDer Beirat hat die "
     "Gespräche mit allen Finalisten intensiv ausgewertet und sich viel Zeit genommen.\n\nAm Ende fiel die "
     "Entscheidung zugunsten eines Kandidaten mit längerer Erfahrung in der Führung eines Familienunternehmens. "
     "Ich weiß, dass Sie sich auf diese Aufgabe gefreut haben, und würde gern mit Ihnen in Kontakt bleiben."),
    ("de_search", "rejection", "not_presented", "Ihr Profil für das Mandat CFO",
     "vielen Dank für das ausführliche Telefonat. Nach Abstimmung mit unserem Mandanten werden wir Ihr Profil "
     "in diesem Fall nicht vorstellen, da der Schwerpunkt deutlich stärker auf Kapitalmarkterfahrung liegt. "
     "Ich melde mich, sobald ich ein passenderes Mandat habe."),
    ("de_search", "rejection", "client_internal", "Mandat Vertriebsleitung",
     "ich muss Ihnen leider mitteilen, dass unser Mandant die Position nun doch intern nachbesetzt hat. Das "
     "Mandat ist damit beendet. Es tut mir leid, dass wir nach den guten Gesprächen so auseinandergehen."),
    ("de_search", "application_ack", "interim", "Kurzer Zwischenstand",
     "ein kurzer Zwischenstand: Der Mandant führt in dieser Woche noch Gespräche mit zwei weiteren "
     "Kandidaten. Mit einer Entscheidung rechne ich Ende des Monats; Sie sind weiterhin im Rennen."),
    ("de_search", "offer", "offer", "Vertragsangebot",
     "ich freue mich sehr, Ihnen mitteilen zu dürfen, dass der Beirat Sie als Geschäftsführer bestellen "
     "möchte. Der Entwurf des Geschäftsführervertrags liegt bei. Lassen Sie uns die Konditionen morgen "
     "besprechen."),
    ("de_search", "other", "business", "Ihre Anfrage zu einer Suchbegleitung",
     "vielen Dank für Ihre Anfrage. Gern unterbreite ich Ihnen ein Angebot für die Besetzung Ihrer "
     "Vertriebsleitung. Unser Honorar beträgt ein Drittel des Zieljahresgehalts."),
    ("de_search", "other", "personal", "Vorstellung im Theater",
     "wir haben noch zwei Karten für die Vorstellung am Freitag im Schauspielhaus. Hätten Sie und Ihre Frau "
     "Lust, uns zu begleiten? Gegeben werden Schillers Räuber."),
    # de_ch_kanton: a Swiss canton's personnel office, "ss" for ß, "Dossier", "Stelle besetzt".
    ("de_ch_kanton", "application_ack", "ack", "Ihre Bewerbung: Sachbearbeiter/in Steuern 80-100 %",
     "Besten Dank für Ihre Bewerbung. Wir haben Ihr Dossier erhalten und werden es nach Ablauf der "
     "Bewerbungsfrist prüfen. Wir bitten Sie um etwas Geduld."),
    ("de_ch_kanton", "rejection", "thanks_first", "Ihre Bewerbung: Sachbearbeiter/in Steuern 80-100 %",
     "Wir danken Ihnen für Ihre Bewerbung und das Interesse an einer Stelle in der kantonalen Verwaltung.\n\n"
     "Nach eingehender Prüfung aller Dossiers müssen wir Ihnen leider eine Absage erteilen. Andere "
     "Bewerbende entsprechen dem Anforderungsprofil in einzelnen Punkten besser.\n\nWir wünschen Ihnen "
     "weiterhin viel Erfolg."),
    ("de_ch_kanton", "rejection", "after_interview", "Stelle Projektleiter/in Hochbau",
     "Wir danken Ihnen für das Gespräch vom 3. März. Nach Abschluss der Gespräche haben wir uns entschieden, "
     "die Stelle einer anderen Person anzuvertrauen. Wir bedauern, Ihnen keinen besseren Bescheid geben zu "
     "können."),
    ("de_ch_kanton", "rejection", "filled", "Ihre Bewerbung: Lernende/r Kauffrau/Kaufmann",
     "Die Lehrstelle für das kommende Jahr ist bereits vergeben. Wir danken Ihnen für Ihr Interesse und "
     "senden Ihnen Ihre Unterlagen zurück."),
    ("de_ch_kanton", "interview", "invitation", "Einladung zum Vorstellungsgespräch",
     "Gerne laden wir Sie zu einem Vorstellungsgespräch am Mittwoch, 12. März, 10.00 Uhr, im Regierungsgebäude, "
     "Zimmer 305, ein. Bitte bestätigen Sie Ihre Teilnahme bis Freitag."),
    ("de_ch_kanton", "rejection", "cancelled", "Stellenausschreibung zurückgezogen",
     "Die ausgeschriebene Stelle Fachspezialist/in Informatik wird aufgrund eines Budgetentscheids des "
     "Kantonsrats nicht besetzt. Das Verfahren ist damit abgeschlossen. Wir bedauern allfällige "
     "Umtriebe."),
    ("de_ch_kanton", "other", "admin", "Verfügung: Gesuch um Fristerstreckung",
     "Ihr Gesuch um Fristerstreckung für die Steuererklärung 2024 wird abgewiesen, da die Frist bereits "
     "zweimal erstreckt wurde. Gegen diese Verfügung kann innert 30 Tagen Einsprache erhoben werden."),
    ("de_ch_kanton", "other", "admin", "Einladung zur Vernehmlassung",
     "Der Regierungsrat lädt Sie ein, zum Entwurf des neuen Personalgesetzes Stellung zu nehmen. Die "
     "Vernehmlassung dauert bis zum 30. Juni."),
    # de_familie: a family furniture firm, no umlauts, plain and short.
    ("de_familie", "application_ack", "ack", "Ihre Bewerbung als Schreiner",
     "vielen Dank fuer Ihre Bewerbung. Mein Mann ist diese Woche auf Montage, er schaut sich Ihre Unterlagen "
     "naechste Woche an und ruft Sie dann an."),
    ("de_familie", "rejection", "short", "Ihre Bewerbung als Schreiner",
     "danke fuer Ihre Bewerbung und dass Sie zum Probearbeiten da waren. Wir haben uns jetzt fuer einen "
     "Gesellen aus dem Ort entschieden, der schon bei uns gelernt hat. Wir wuenschen Ihnen alles Gute."),
    ("de_familie", "rejection", "no_need", "Bewerbung Buero",
     "danke fuer Ihre Nachricht. Leider brauchen wir im Buero im Moment niemanden, meine Tochter hat die "
     "Buchhaltung uebernommen. Tut mir leid."),
    ("de_familie", "rejection", "not_fit", "Ihre Bewerbung Auslieferungsfahrer",
     "Sie haben sich bei uns als Fahrer beworben. Das passt leider nicht, weil wir jemanden mit "
     "Fuehrerschein Klasse C brauchen. Viel Glueck bei der Suche."),
    ("de_familie", "interview", "probe", "Probearbeiten",
     "koennen Sie am Donnerstag um 7 Uhr zum Probearbeiten in die Werkstatt kommen? Bringen Sie "
     "Arbeitsschuhe mit. Wir sind in der Industriestr. 8."),
    ("de_familie", "offer", "offer", "Zusage",
     "wir wuerden Sie gern ab 1. Mai als Schreiner einstellen. Kommen Sie bitte naechste Woche vorbei, dann "
     "machen wir den Arbeitsvertrag fertig."),
    ("de_familie", "other", "business", "Ihr Angebot Einbauschrank",
     "danke fuer Ihr Angebot fuer den Einbauschrank. Wir haben uns leider fuer einen anderen Anbieter "
     "entschieden, der guenstiger war."),
    ("de_familie", "other", "business", "Stelle fuer Messestand",
     "die Stelle fuer unseren Messestand auf der Heimtextil ist bestaetigt, Halle 4, Stand C12. Bitte schicken "
     "Sie mir noch die Rechnung."),
    # de_wien_du: a Viennese recruiting agency saying "du".
    ("de_wien_du", "recruiter_outreach", "outreach", "Spannender Job in Wien",
     "ich hab dein Profil auf LinkedIn gesehen und hätte einen super spannenden Job als Data Analyst bei "
     "einem Kunden im 3. Bezirk. Hast du diese Woche kurz Zeit für ein Telefonat?"),
    ("de_wien_du", "interview", "invitation", "Termin beim Kunden",
     "der Kunde möchte dich kennenlernen! Passt dir Dienstag um 10 Uhr bei ihnen im Büro? Ich schick dir "
     "die Adresse, sobald du bestätigst."),
    ("de_wien_du", "rejection", "du_short", "Feedback vom Kunden",
     "ich hab heute Feedback vom Kunden bekommen. Sie haben sich leider für eine andere Kandidatin entschieden, "
     "die schon Erfahrung mit Power BI hat. Ich bin selber enttäuscht, ich hätte dich gern dort gesehen!"),
    ("de_wien_du", "rejection", "not_forward", "Deine Bewerbung",
     "danke für deine Unterlagen! Ich hab mit dem Kunden gesprochen, aber für die Stelle brauchen sie "
     "jemanden mit Deutsch auf Muttersprachniveau. Da komm ich mit dir leider nicht weiter. Ich melde mich, "
     "wenn was Passendes reinkommt!"),
    ("de_wien_du", "rejection", "filled", "Job Data Analyst",
     "kurze Info: die Stelle beim Kunden ist leider schon vergeben, sie haben jemanden über Empfehlung "
     "gefunden. Tut mir echt leid!"),
    ("de_wien_du", "other", "personal", "Bewerbung für die WG",
     "danke für deine Bewerbung für das WG-Zimmer in der Josefstadt! Wir haben uns leider für jemand anderen "
     "entschieden, der schon ab März einziehen kann. Viel Glück bei der Suche!"),
    ("de_wien_du", "other", "personal", "Einladung zum Heurigen",
     "wir gehen am Samstag zum Heurigen nach Grinzing, magst du mitkommen? Absage bitte bis Freitag, damit "
     "ich reservieren kann."),
    # de_konzern_sf: a corporation's SuccessFactors templates, "Sie", automatic.
    ("de_konzern_sf", "application_ack", "ack", "Eingangsbestätigung Ihrer Bewerbung (Req-ID 55120)",
     "vielen Dank für Ihre Bewerbung als Einkäufer (m/w/d) bei der Nordwerk SE. Ihre Bewerbung ist bei uns "
     "eingegangen und wird nun von unserem Recruiting-Team und der Fachabteilung geprüft."),
    ("de_konzern_sf", "rejection", "thanks_first", "Ihre Bewerbung (Req-ID 55120)",
     "vielen Dank für Ihr Interesse an der Nordwerk SE und an der Position Einkäufer (m/w/d).\n\nWir haben "
     "Ihre Bewerbung sorgfältig mit den Anforderungen der Position abgeglichen. Leider können wir Sie im "
     "weiteren Prozess nicht berücksichtigen.\n\nBitte sehen Sie dies nicht als Wertung Ihrer Person. Wir "
     "würden uns freuen, wenn Sie sich auf andere Positionen bewerben."),
    ("de_konzern_sf", "rejection", "closed", "Statusänderung Ihrer Bewerbung (Req-ID 55311)",
     "die Stellenausschreibung Werkstudent Controlling (Req-ID 55311) wurde geschlossen. Ihre Bewerbung wird "
     "daher nicht weiter bearbeitet. Wir bedanken uns für Ihr Interesse."),
    ("de_konzern_sf", "rejection", "after_interview", "Ihr Interview bei Nordwerk",
     "wir bedanken uns für das Interview und die Zeit, die Sie sich für uns genommen haben. Nach Abwägung aller "
     "Eindrücke haben wir uns dazu entschieden, Ihnen kein Angebot zu unterbreiten. Wir wünschen Ihnen viel "
     "Erfolg."),
    ("de_konzern_sf", "interview", "video", "Einladung zum Videointerview",
     "Sie sind eingeladen, an einem Videointerview über Microsoft Teams teilzunehmen. Wählen Sie bitte über "
     "den folgenden Link einen Termin zwischen dem 10. und 14. März."),
    ("de_konzern_sf", "other", "business", "Ihre Bestellung bei Nordwerk Shop",
     "vielen Dank für Ihre Bestellung. Leider ist ein Artikel nicht mehr verfügbar und wurde storniert. Den "
     "Betrag erstatten wir Ihnen in den nächsten Tagen."),
    ("de_konzern_sf", "other", "admin", "Ihre Bewerbung für das Mentoring-Programm",
     "vielen Dank für Ihre Bewerbung als Mentorin im internen Mentoring-Programm. Leider waren alle Plätze "
     "bereits vergeben. Wir merken Sie für den nächsten Jahrgang vor."),
]

# German, second round written before the first run.
CORES += [
    ("de_stadtwerke", "rejection", "internal", "Ihre Bewerbung - Kennziffer 11/2025 Teamleitung Kundenservice",
     "für Ihre Bewerbung danken wir Ihnen. Die Stelle konnte mit einer internen Kandidatin besetzt werden. "
     "Wir haben Ihre Unterlagen daher nicht weiter in das Auswahlverfahren einbezogen."),
    ("de_stadtwerke", "rejection", "ausbildung", "Ihre Bewerbung um einen Ausbildungsplatz",
     "vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als Elektroniker für Betriebstechnik. Leider "
     "sind alle Ausbildungsplätze für dieses Jahr bereits vergeben. Wir würden uns freuen, wenn Sie sich im "
     "nächsten Jahr erneut bewerben."),
    ("de_stadtwerke", "application_ack", "interim", "Sachstand Ihrer Bewerbung",
     "das Auswahlverfahren für die Stelle Netzmonteur ist noch nicht abgeschlossen. Wir bitten Sie um etwas "
     "Geduld; sobald eine Entscheidung getroffen ist, erhalten Sie von uns eine Nachricht."),
    ("de_berlin_du", "rejection", "after_interview", "Re: Dein Gespräch mit Tarek",
     "hey, danke nochmal für das Gespräch mit Tarek am Dienstag, er fand den Austausch super. Wir haben "
     "danach im Team nochmal alles besprochen und gehen den nächsten Schritt nicht mit dir. Der Hauptgrund: "
     "wir brauchen gerade jemanden, der ab Tag eins Ownership fürs Billing übernehmen kann. Wenn du magst, "
     "erzähl ich dir am Telefon mehr."),
    ("de_berlin_du", "other", "business", "Einladung: All-Hands am Freitag",
     "kurze Erinnerung ans All-Hands am Freitag um 16 Uhr. Wir stellen die neuen Kolleg:innen vor und teilen "
     "die Q2-Roadmap. Bitte sagt Bescheid, falls ihr absagen müsst."),
    ("de_berlin_du", "rejection", "implied", "Deine Bewerbung bei Glimmr",
     "danke für deine Geduld! Wir haben jetzt alle Gespräche für die Rolle geführt und schließen den Prozess "
     "mit einer anderen Person ab. Deshalb bekommst du heute leider eine Absage von uns. Bleib gern in "
     "Kontakt!"),
    ("de_at_bank", "rejection", "buried", "Ihre Bewerbung als Compliance Officer",
     "herzlichen Dank für Ihre Bewerbung und Ihr Interesse an der Donautal Bank. Wir wissen es sehr zu schätzen, "
     "dass Sie sich die Zeit genommen haben, sich ausführlich mit uns zu befassen.\n\nDie Position hat "
     "viele qualifizierte Bewerbungen angezogen, und die Auswahl ist uns nicht leichtgefallen.\n\nNach "
     "reiflicher Überlegung sind wir zu dem Schluss gekommen, dass andere Profile die Anforderungen der "
     "Position genauer abdecken. Wir bitten Sie um Verständnis und wünschen Ihnen alles Gute."),
    ("de_at_bank", "application_ack", "interim", "Ihre Bewerbung - Verzögerung",
     "aufgrund der großen Anzahl an Bewerbungen nimmt die Auswahl etwas mehr Zeit in Anspruch als geplant. "
     "Wir melden uns spätestens Ende Februar bei Ihnen."),
    ("de_at_bank", "other", "business", "Ihr neues Kontoangebot",
     "Als geschätzte Kundin laden wir Sie ein, unser neues Kontopaket kennenzulernen. Vereinbaren Sie jetzt einen "
     "Termin für ein Beratungsgespräch in Ihrer Filiale."),
    ("de_search", "rejection", "thanks_first", "Mandat Leitung Finanzen - Rückmeldung",
     "haben Sie herzlichen Dank für Ihr Interesse an dem Mandat und die Zusendung Ihrer Unterlagen. "
     "Ich habe mich über Ihre Bewerbung gefreut.\n\nIhr Profil ist zweifellos beeindruckend, deckt sich aber "
     "nicht mit dem Schwerpunkt, den unser Mandant gesetzt hat. Ich kann Sie daher für diese Position nicht "
     "berücksichtigen. Gern nehme ich Sie in unsere Kandidatendatei auf."),
    ("de_search", "other", "business", "Absage Jour fixe",
     "den Jour fixe am Donnerstag muss ich leider absagen, ich bin beim Mandanten in Zürich. Können wir auf "
     "Montag ausweichen?"),
    ("de_ch_kanton", "rejection", "not_fit", "Ihre Bewerbung: Leiter/in Grundbuchamt",
     "Wir haben Ihre Bewerbung sorgfältig geprüft. Da Ihnen das Notariatspatent fehlt, das für diese Funktion "
     "vorausgesetzt wird, können wir Ihre Kandidatur leider nicht weiterverfolgen."),
    ("de_ch_kanton", "offer", "offer", "Anstellung als Sachbearbeiter Steuern",
     "Gerne teilen wir Ihnen mit, dass wir Sie per 1. Juni als Sachbearbeiter Steuern anstellen möchten. Die "
     "Anstellungsverfügung und die Unterlagen zur Pensionskasse erhalten Sie in den nächsten Tagen."),
    ("de_ch_kanton", "other", "admin", "Einbürgerungsgesuch",
     "Wir bestätigen den Eingang Ihres Einbürgerungsgesuchs. Die Gemeinde wird Sie zu einem Gespräch "
     "einladen. Die Bearbeitung dauert in der Regel zwölf Monate."),
    ("de_familie", "rejection", "late", "Re: Bewerbung Lagerhelfer",
     "sorry fuer die spaete Antwort. Die Stelle im Lager ist schon weg, wir haben seit zwei Wochen jemanden. "
     "Trotzdem danke fuer Ihr Interesse."),
    ("de_familie", "other", "personal", "Ihre Bewerbung um den Kleingarten",
     "der Vorstand hat ueber die Vergabe der Parzelle 14 entschieden. Leider konnten wir Ihre Bewerbung nicht "
     "beruecksichtigen, Sie stehen aber weiter auf der Warteliste."),
    ("de_familie", "other", "business", "Angebot Massivholzplatten",
     "anbei unser Angebot fuer die Eichenplatten, Lieferung in drei Wochen. Bitte bestaetigen Sie uns den "
     "Auftrag bis Freitag."),
    ("de_wien_du", "application_ack", "ack", "Danke für deine Unterlagen",
     "danke für deinen Lebenslauf! Ich geh ihn heute noch durch und meld mich spätestens Donnerstag bei dir, "
     "ob ich dich dem Kunden vorstellen kann."),
    ("de_wien_du", "rejection", "after_interview", "Re: Gespräch beim Kunden",
     "danke, dass du gestern beim Kunden warst. Sie fanden dich sympathisch, aber fachlich war es ihnen zu "
     "wenig Erfahrung mit SQL. Sie gehen daher nicht weiter mit dir. Kopf hoch, wir finden was!"),
    ("de_wien_du", "offer", "offer", "Du hast den Job!!",
     "Gratuliere, der Kunde will dich! Sie bieten dir 52.000 brutto im Jahr, Start am 1. April. Den Vertrag "
     "schicken sie mir morgen, ich leite ihn dir gleich weiter."),
    ("de_wien_du", "other", "business", "Dein Angebot für die Website",
     "danke fürs Angebot für den Relaunch unserer Website. Wir haben uns intern entschieden, das Projekt auf "
     "Herbst zu verschieben, deshalb leider eine Absage für jetzt."),
    ("de_konzern_sf", "rejection", "not_fit", "Ihre Bewerbung als Trainee (Req-ID 55402)",
     "wir danken Ihnen für Ihre Bewerbung für unser Traineeprogramm. Leider entspricht Ihr Profil nicht den "
     "Anforderungen, die wir in diesem Jahrgang an die Teilnehmenden stellen. Wir wünschen Ihnen für Ihre "
     "Zukunft alles Gute."),
    ("de_konzern_sf", "assessment", "test", "Einladung zum Online-Test (Req-ID 55120)",
     "im nächsten Schritt bitten wir Sie, einen Online-Test zu absolvieren. Der Test misst numerisches und "
     "verbales Denken und dauert etwa 40 Minuten. Der Link ist sieben Tage gültig."),
    ("de_konzern_sf", "rejection", "buried", "Ihre Bewerbung bei Nordwerk",
     "zuerst möchten wir uns bei Ihnen für Ihre Bewerbung und das damit verbundene Vertrauen bedanken. Wir "
     "wissen, wie viel Zeit eine gute Bewerbung kostet.\n\nIn den letzten Wochen haben wir uns intensiv mit "
     "allen Unterlagen befasst.\n\nWir bedauern, Ihnen mitteilen zu müssen, dass die Wahl auf eine Person "
     "gefallen ist, deren Qualifikation noch besser zu unseren Anforderungen passt."),
    ("de_konzern_sf", "other", "admin", "Einladung zur Betriebsversammlung",
     "der Betriebsrat lädt alle Beschäftigten zur Betriebsversammlung am 20. März ein. Themen: Bericht des "
     "Betriebsrats, Wahlvorschläge, Umstrukturierung im Einkauf."),
    ("de_stadtwerke", "other", "personal", "Einladung zur Hauptversammlung des Schützenvereins",
     "der Vorstand lädt alle Mitglieder zur Jahreshauptversammlung ein. Auf der Tagesordnung steht die Wahl "
     "des neuen Kassenwarts; Bewerbungen für das Amt nimmt der Vorstand bis 1. März entgegen."),
    ("de_ch_kanton", "rejection", "pool", "Spontanbewerbung",
     "Besten Dank für Ihre Spontanbewerbung. Momentan können wir Ihnen keine offene Stelle anbieten, die Ihren "
     "Qualifikationen entspricht. Ihr Dossier bewahren wir gerne sechs Monate auf."),
    ("de_at_bank", "rejection", "other_candidate", "Ihre Bewerbung als Praktikant:in Treasury",
     "danke für Ihre Bewerbung auf unser Sommerpraktikum im Treasury. Die Praktikumsplätze wurden bereits an "
     "andere Bewerber:innen vergeben. Wir freuen uns, wenn Sie sich für das kommende Jahr wieder bewerben."),
    ("de_berlin_du", "application_ack", "interim", "Kleines Update",
     "nur ein kurzes Update: wir brauchen noch ein paar Tage länger für die Entscheidung, weil zwei Leute "
     "aus dem Team im Urlaub sind. Du hörst spätestens nächsten Mittwoch von uns!"),
    ("de_search", "rejection", "cancelled", "Mandat Geschäftsführung Logistik",
     "leider muss ich Ihnen mitteilen, dass unser Mandant die Suche nach einer Geschäftsführung vorerst "
     "gestoppt hat, da das Unternehmen verkauft werden soll. Ich bedaure das sehr und melde mich, sobald es "
     "Neuigkeiten gibt."),
    ("de_familie", "rejection", "after_probe", "Probearbeiten",
     "danke, dass Sie am Donnerstag zum Probearbeiten da waren. Ehrlich gesagt hat es mit dem Team nicht so "
     "richtig gepasst, deshalb stellen wir Sie nicht ein. Alles Gute."),
    ("de_konzern_sf", "application_ack", "ack", "Bewerbungseingang Werkstudent Logistik",
     "Ihre Bewerbung als Werkstudent Logistik (Req-ID 55630) ist erfolgreich bei uns eingegangen. Wir melden "
     "uns, sobald wir Ihre Unterlagen geprüft haben."),
    ("de_stadtwerke", "other", "alert", "Neue Stellenangebote passend zu Ihrem Suchprofil",
     "Sie haben sich für unseren Stellen-Newsletter registriert. Zu Ihrem Suchprofil gibt es eine neue "
     "Ausschreibung: Elektroniker (m/w/d) Netzbetrieb. Bewerben Sie sich bis 15. April."),
    ("de_wien_du", "rejection", "frozen", "Stelle beim Kunden on hold",
     "kurze, leider blöde Nachricht: der Kunde hat den Recruiting-Stopp ausgerufen und die Stelle eingefroren. "
     "Wir können den Prozess für dich also gerade nicht weiterführen. Ich halt dich am Laufenden!"),
    ("de_ch_kanton", "interview", "invitation", "Einladung zum Zweitgespräch",
     "Gerne möchten wir Sie zu einem zweiten Gespräch mit dem Amtsleiter einladen, am 25. März um 14.00 Uhr. "
     "Im Anschluss ist eine kurze Arbeitsprobe vorgesehen."),
]

# ---------------------------------------------------------------- Spanish
CORES += [
    # es_ats_madrid: a Madrid corporation's ATS, "usted", HTML.
    ("es_ats_madrid", "application_ack", "ack", "Hemos recibido tu candidatura - Técnico/a de Compras",
     "Gracias por inscribirte en la oferta Técnico/a de Compras. Hemos recibido correctamente tu candidatura y "
     "nuestro equipo la revisará en las próximas semanas. Puedes consultar el estado del proceso en tu área "
     "personal."),
    ("es_ats_madrid", "rejection", "thanks_first", "Actualización de tu candidatura - Técnico/a de Compras",
     "Queremos agradecerte el tiempo que has dedicado a presentar tu candidatura y el interés que has mostrado "
     "por formar parte de Grupo Veloria.\n\nHemos recibido un número muy elevado de candidaturas para esta "
     "posición. Tras revisar tu perfil con detenimiento, hemos decidido continuar con otros candidatos cuya "
     "experiencia se ajusta más a los requisitos del puesto.\n\nTe animamos a seguir consultando nuestras "
     "ofertas."),
    ("es_ats_madrid", "rejection", "not_match", "Tu candidatura en Grupo Veloria",
     "Te agradecemos tu interés en la posición de Analista de Datos. Lamentamos comunicarte que tu perfil no se "
     "ajusta a lo que buscamos en este momento, por lo que no seguirás avanzando en el proceso de selección."),
    ("es_ats_madrid", "rejection", "filled", "Oferta cerrada: Responsable de Tienda",
     "Te escribimos para informarte de que la vacante de Responsable de Tienda en Alcobendas ha sido cubierta. "
     "Damos por finalizado el proceso. Gracias por habernos tenido en cuenta."),
    ("es_ats_madrid", "rejection", "after_interview", "Resultado de tu entrevista",
     "Gracias por participar en la entrevista con el equipo de Compras. Ha sido un proceso muy reñido y, "
     "finalmente, nos hemos decantado por otra persona. Guardaremos tus datos para futuras oportunidades."),
    ("es_ats_madrid", "assessment", "test", "Siguiente paso: pruebas online",
     "Nos alegra comunicarte que has superado la primera fase. El siguiente paso consiste en realizar unas "
     "pruebas online de razonamiento y de inglés. Dispones de cinco días para completarlas desde este enlace."),
    ("es_ats_madrid", "interview", "video", "Invitación a entrevista por videollamada",
     "Tu perfil nos ha parecido muy interesante y nos gustaría conocerte. Te proponemos una entrevista por "
     "videollamada el martes 11 de marzo a las 10:00. Confírmanos tu asistencia respondiendo a este correo."),
    ("es_ats_madrid", "offer", "offer", "Carta oferta - Técnico/a de Compras",
     "Es un placer comunicarte que queremos que te incorpores a Grupo Veloria como Técnico/a de Compras. "
     "Adjuntamos la carta oferta con las condiciones económicas y la fecha de incorporación prevista. "
     "Quedamos a la espera de tu respuesta."),
    ("es_ats_madrid", "other", "business", "Tu pedido ha sido enviado",
     "¡Gracias por tu compra! Tu pedido n.º 88213 ha salido de nuestro almacén y llegará en 48 horas. "
     "Aprovecha nuestra oferta: 15 % de descuento en tu próxima compra."),
    ("es_ats_madrid", "other", "business", "Convocatoria: reunión de proveedores",
     "Le convocamos a la reunión anual de proveedores el 3 de abril en nuestras oficinas de Madrid. Se "
     "presentará el nuevo proceso de homologación y los criterios de selección de proveedores."),
    # es_mx_rh: a Mexican employer's HR, "usted", vacante, Lic., formal.
    ("es_mx_rh", "application_ack", "ack", "Recepción de su solicitud - Vacante Supervisor de Producción",
     "Por medio del presente le confirmamos la recepción de su solicitud y CV para la vacante de Supervisor de "
     "Producción. Nuestro equipo de Reclutamiento revisará su información y, en caso de que su perfil sea "
     "seleccionado, nos comunicaremos con usted vía telefónica."),
    ("es_mx_rh", "rejection", "thanks_first", "Seguimiento a su postulación",
     "Agradecemos sinceramente el interés mostrado en formar parte de Alimentos del Bajío y el tiempo dedicado "
     "a su postulación.\n\nLe informamos que, después de un análisis cuidadoso, hemos decidido avanzar con "
     "candidatos cuyo perfil se acerca más a las necesidades actuales de la posición.\n\nSu currículum "
     "quedará en nuestra cartera para futuras vacantes."),
    ("es_mx_rh", "rejection", "filled", "Vacante Analista de Nóminas",
     "Le agradecemos su postulación a la vacante de Analista de Nóminas. Le comentamos que la posición ya fue "
     "ocupada. Le invitamos a estar pendiente de nuestras publicaciones."),
    ("es_mx_rh", "rejection", "after_interview", "Resultado del proceso - Supervisor de Producción",
     "Le agradecemos su asistencia a la entrevista con el Gerente de Planta. Lamentamos informarle que en esta "
     "ocasión no fue seleccionado para continuar en el proceso. Le deseamos éxito en su búsqueda."),
    ("es_mx_rh", "rejection", "not_match", "Su solicitud de empleo",
     "Hemos revisado su solicitud con atención. Desafortunadamente, su experiencia no cumple con los "
     "requisitos mínimos que solicita el puesto, por lo cual no podremos considerarla en esta ocasión."),
    ("es_mx_rh", "interview", "invitation", "Entrevista - Supervisor de Producción",
     "Su perfil fue preseleccionado. Le citamos a entrevista presencial el jueves 6 de marzo a las 9:00 h en "
     "nuestra planta de León. Favor de traer identificación oficial y comprobante de estudios."),
    ("es_mx_rh", "assessment", "psychometric", "Evaluaciones psicométricas",
     "Como parte del proceso, le solicitamos contestar las evaluaciones psicométricas en la liga adjunta antes "
     "del viernes. El tiempo estimado es de 40 minutos."),
    ("es_mx_rh", "offer", "offer", "Propuesta laboral",
     "Nos complace hacerle llegar nuestra propuesta laboral para la posición de Supervisor de Producción, con "
     "un sueldo mensual bruto de $38,000 MXN más prestaciones de ley. Le agradeceremos confirmar su "
     "aceptación a más tardar el lunes."),
    ("es_mx_rh", "other", "business", "Cotización de empaques",
     "Adjunto la cotización de empaques solicitada. Lamentamos comunicarle que el modelo de caja que pidió ya "
     "no se fabrica; le proponemos una alternativa similar."),
    ("es_mx_rh", "other", "admin", "Convocatoria a asamblea de condóminos",
     "Se convoca a todos los condóminos a la asamblea ordinaria del próximo sábado a las 10:00 en el salón de "
     "usos múltiples. Se elegirá al nuevo administrador; los candidatos pueden registrarse en la caseta."),
    # es_consultora: a Madrid selection consultant writing from a phone, "tú", warm.
    ("es_consultora", "recruiter_outreach", "outreach", "Posición de Controller en Bilbao",
     "¿Qué tal? Te escribo porque estoy llevando un proceso de Controller Financiero para una empresa "
     "industrial en Bilbao y creo que tu perfil encaja muy bien. ¿Te apetece que hablemos esta semana?"),
    ("es_consultora", "interview", "invitation", "Entrevista con el cliente",
     "¡Buenas noticias! El cliente quiere conocerte. ¿Te vendría bien el miércoles a las 17:00 en sus "
     "oficinas de Abando? Te paso la dirección en cuanto me confirmes."),
    ("es_consultora", "rejection", "buried", "Re: Proceso Controller",
     "Muchas gracias otra vez por tu disponibilidad y por lo bien que lo has hecho durante todo el proceso, "
     "de verdad.\n\nHe hablado esta mañana con el director financiero y me ha dado muchos detalles de las "
     "entrevistas finales.\n\nAl final se han inclinado por el otro finalista, que ya había trabajado con SAP "
     "en el sector. Siento mucho no traerte mejores noticias; te llamo mañana y lo comentamos."),
    ("es_consultora", "rejection", "not_presented", "Tu candidatura para el proceso de Tesorería",
     "Gracias por enviarme tu CV. Lo he revisado con el cliente y buscan a alguien con más años en banca, así "
     "que esta vez no voy a poder presentarte. Te tengo en cuenta para lo próximo que me entre."),
    ("es_consultora", "rejection", "cancelled", "Proceso en pausa",
     "Te cuento: el cliente ha decidido paralizar la contratación hasta después del verano por un cambio en la "
     "dirección. Así que el proceso queda cancelado de momento. Lo siento muchísimo."),
    ("es_consultora", "application_ack", "interim", "Novedades del proceso",
     "Solo para tenerte al día: el cliente sigue entrevistando a un par de personas más y no tendrá decisión "
     "hasta finales de mes. Sigues en el proceso, te aviso en cuanto sepa algo."),
    ("es_consultora", "offer", "offer", "¡Te quieren!",
     "¡Enhorabuena! El cliente me acaba de confirmar que te hacen una oferta: 58.000 fijos más variable, "
     "incorporación el 1 de mayo. Te reenvío la carta oferta en un rato."),
    ("es_consultora", "other", "personal", "Entrevista para la revista",
     "Te escribo de parte de la revista Empresa Norte: ¿podríamos hacerte una entrevista sobre tu libro? "
     "Serían unos 30 minutos por teléfono la semana que viene."),
    ("es_consultora", "other", "business", "Propuesta de servicios de selección",
     "Te adjunto nuestra propuesta de servicios para cubrir las vacantes de vuestro nuevo centro logístico. "
     "Nuestros honorarios son el 18 % del salario bruto anual."),
    # es_publico: a Spanish town hall's personnel service, procesos selectivos.
    ("es_publico", "application_ack", "ack", "Registro de su solicitud - proceso selectivo Auxiliar Administrativo",
     "Le comunicamos que su solicitud de participación en el proceso selectivo para la provisión de dos plazas "
     "de Auxiliar Administrativo ha quedado registrada con el número 2025/00341. La lista provisional de "
     "admitidos y excluidos se publicará en el tablón de anuncios."),
    ("es_publico", "rejection", "excluded", "Lista definitiva de admitidos y excluidos",
     "Le informamos de que, publicada la lista definitiva de admitidos y excluidos, su solicitud figura como "
     "excluida por no haber acreditado el abono de la tasa de examen en plazo. Contra la presente resolución "
     "puede interponer recurso de reposición."),
    ("es_publico", "rejection", "not_passed", "Calificaciones del primer ejercicio",
     "Se han publicado las calificaciones del primer ejercicio de la oposición. Usted no ha alcanzado la "
     "puntuación mínima de 5 puntos exigida en las bases, por lo que queda eliminada del proceso selectivo."),
    ("es_publico", "rejection", "bolsa", "Resolución - bolsa de empleo de Técnico de Juventud",
     "Concluida la valoración de méritos, le comunicamos que no ha obtenido plaza en el proceso de Técnico de "
     "Juventud. No obstante, pasa a formar parte de la bolsa de empleo en el puesto número 7, por si se "
     "produjeran futuras necesidades."),
    ("es_publico", "rejection", "desierta", "Proceso de Arquitecto Técnico",
     "Le informamos de que el tribunal ha declarado desierta la plaza de Arquitecto Técnico al no haber "
     "superado ningún aspirante la fase de oposición. El proceso queda concluido."),
    ("es_publico", "assessment", "exam", "Convocatoria al primer ejercicio",
     "Se convoca a los aspirantes admitidos a la realización del primer ejercicio, de carácter teórico, el "
     "día 12 de abril a las 9:30 en el IES Valdeluna. Deberán presentarse con DNI y bolígrafo azul."),
    ("es_publico", "interview", "invitation", "Entrevista curricular - Técnico de Juventud",
     "Ha superado la fase de valoración de méritos. Se le cita a la entrevista curricular el 22 de abril a las "
     "11:00 en la Casa Consistorial, planta segunda."),
    ("es_publico", "other", "admin", "Resolución de su solicitud de ayuda al alquiler",
     "Lamentamos comunicarle que su solicitud de ayuda al alquiler ha sido denegada por superar el límite de "
     "ingresos establecido en la convocatoria. Puede presentar alegaciones en el plazo de diez días."),
    ("es_publico", "other", "admin", "Plaza en la escuela infantil municipal",
     "Le informamos de que la vacante en la escuela infantil para su hijo ha sido cubierta por orden de lista. "
     "Su solicitud permanece en lista de espera con el número 4."),
    ("es_publico", "other", "admin", "Convocatoria de subvenciones a asociaciones",
     "Se abre la convocatoria de subvenciones para asociaciones culturales. Las candidaturas deben presentarse "
     "en el registro electrónico antes del 30 de mayo."),
    # es_ar_vos: an Argentine start-up writing "vos".
    ("es_ar_vos", "recruiter_outreach", "outreach", "¿Te copás con una charla?",
     "Vi tu perfil en LinkedIn y me encantó lo que hiciste en fintech. Estamos buscando una Product Manager "
     "para nuestro equipo de pagos. ¿Tenés un rato esta semana para charlar?"),
    ("es_ar_vos", "application_ack", "ack", "¡Recibimos tu postulación!",
     "¡Gracias por postularte a Tandil Labs! Ya tenemos tu CV y lo vamos a revisar con el equipo. Te escribimos "
     "en los próximos días para contarte cómo sigue."),
    ("es_ar_vos", "interview", "call", "Charla con el equipo",
     "¡Nos encantó tu perfil! ¿Podés el jueves a las 15 h (hora de Argentina) para una charla por Meet con "
     "Nico, nuestro Head of Product?"),
    ("es_ar_vos", "assessment", "challenge", "Desafío técnico",
     "Como te contamos, el siguiente paso es un desafío: te pasamos un caso de producto para resolver en casa. "
     "Tenés una semana; no te lleva más de tres horas."),
    ("es_ar_vos", "rejection", "vos_short", "Re: Charla con el equipo",
     "Gracias por tu tiempo y por la buena onda en la charla con Nico. Lo estuvimos pensando mucho y "
     "decidimos seguir con otra persona que tiene más experiencia en pagos B2B. Ojalá nos crucemos más "
     "adelante!"),
    ("es_ar_vos", "rejection", "vos_not_fit", "Tu postulación en Tandil Labs",
     "Te agradecemos un montón el interés. Revisamos tu perfil y por ahora no encaja con lo que necesitamos "
     "para esta búsqueda, así que no vamos a avanzar. Te dejamos en nuestra base para futuras búsquedas."),
    ("es_ar_vos", "rejection", "frozen", "Novedades de la búsqueda",
     "Te escribo para contarte que frenamos la búsqueda de Product Manager: se nos cayó una ronda de inversión "
     "y congelamos todas las contrataciones. Te pido disculpas por el tiempo invertido."),
    ("es_ar_vos", "offer", "offer", "¡Queremos que te sumes!",
     "¡Buenísimas noticias! Queremos que te sumes a Tandil Labs como Product Manager. Te mandamos la propuesta "
     "con el sueldo en dólares y los beneficios. ¿Lo charlamos mañana?"),
    ("es_ar_vos", "other", "personal", "Asado del sábado",
     "¿Venís al asado del sábado? Avisame si no podés así sé cuánta carne comprar. La propuesta es a las 13 h "
     "en lo de Juli."),
    ("es_ar_vos", "other", "business", "Tu suscripción",
     "Tu suscripción al plan Pro vence en tres días. Aprovechá la oferta de renovación anual con dos meses "
     "gratis."),
    # es_co: a Colombian firm, "cordial saludo", "hoja de vida", formal.
    ("es_co", "application_ack", "ack", "Confirmación de recepción de hoja de vida",
     "Cordial saludo. Confirmamos la recepción de su hoja de vida para el cargo de Coordinador de Calidad. "
     "Una vez finalice la etapa de preselección, le informaremos si continúa en el proceso."),
    ("es_co", "rejection", "thanks_first", "Proceso de selección - Coordinador de Calidad",
     "Cordial saludo. Agradecemos su interés en vincularse a Cafetera del Quindío y el tiempo dedicado al "
     "proceso.\n\nLe informamos que, una vez revisados los perfiles, el cargo fue asignado a otro candidato "
     "que cumple de manera más cercana con los requerimientos. Su hoja de vida quedará en nuestra base de "
     "datos."),
    ("es_co", "rejection", "after_interview", "Resultado del proceso",
     "Agradecemos su participación en la entrevista y en las pruebas. Tras evaluar los resultados, no fue "
     "posible continuar con su proceso para el cargo. Le deseamos éxitos."),
    ("es_co", "rejection", "filled", "Convocatoria Analista Contable",
     "Le comunicamos que la convocatoria para Analista Contable se encuentra cerrada, ya que el cargo fue "
     "provisto. Agradecemos su postulación."),
    ("es_co", "rejection", "not_match", "Su postulación",
     "Después de revisar su hoja de vida, encontramos que su perfil no cumple con la experiencia requerida en "
     "exportaciones, por lo que no continuará en el proceso de selección."),
    ("es_co", "interview", "invitation", "Citación a entrevista",
     "Cordial saludo. Lo citamos a entrevista el día martes 4 de marzo a las 8:00 a. m. en nuestras oficinas "
     "de Armenia. Por favor confirmar asistencia."),
    ("es_co", "offer", "offer", "Oferta laboral - Coordinador de Calidad",
     "Nos complace informarle que ha sido seleccionado para el cargo de Coordinador de Calidad. Adjuntamos la "
     "oferta laboral con salario y fecha de ingreso. Por favor enviar la documentación para la contratación."),
    ("es_co", "other", "business", "Oferta comercial café especial",
     "Cordial saludo. Adjuntamos nuestra oferta comercial de café especial para su tienda, con precios por "
     "volumen. Quedamos atentos a su pedido."),
    ("es_co", "other", "admin", "Respuesta a su solicitud de crédito",
     "Lamentamos informarle que su solicitud de crédito de vivienda no fue aprobada en esta oportunidad, ya "
     "que no cumple con la capacidad de pago requerida."),
    # es_cl_ascii: a Chilean mining firm typing without accents.
    ("es_cl_ascii", "application_ack", "ack", "Postulacion recibida - Ingeniero de Mantencion",
     "Hemos recibido su postulacion al cargo de Ingeniero de Mantencion. Revisaremos sus antecedentes y nos "
     "pondremos en contacto si su perfil avanza a la siguiente etapa."),
    ("es_cl_ascii", "rejection", "thanks_first", "Postulacion - Ingeniero de Mantencion",
     "Agradecemos su interes en Minera Los Andes y el tiempo destinado a postular.\n\nLuego de revisar los "
     "antecedentes de todos los postulantes, le informamos que su postulacion no continuara en el proceso, "
     "ya que se seleccionaron perfiles con mayor experiencia en faena.\n\nLe deseamos exito."),
    ("es_cl_ascii", "rejection", "after_interview", "Resultado entrevista",
     "Gracias por asistir a la entrevista con el Superintendente. Le informamos que el cargo fue cubierto por "
     "otro postulante. Sus antecedentes quedaran en nuestra base de datos."),
    ("es_cl_ascii", "rejection", "medical", "Resultado examen preocupacional",
     "Le informamos que, segun el resultado del examen preocupacional, no es posible continuar con su "
     "contratacion para trabajo en altura geografica. Lamentamos no poder darle una respuesta favorable."),
    ("es_cl_ascii", "interview", "invitation", "Citacion a entrevista",
     "Junto con saludar, lo invitamos a una entrevista el lunes 10 de marzo a las 10:00 hrs en nuestras "
     "oficinas de Antofagasta. Favor confirmar."),
    ("es_cl_ascii", "assessment", "exam", "Evaluacion psicolaboral",
     "Su postulacion avanza a la etapa de evaluacion psicolaboral. Debe presentarse el miercoles a las 9:00 en "
     "la consultora indicada; la evaluacion dura aproximadamente tres horas."),
    ("es_cl_ascii", "other", "business", "Licitacion transporte de personal",
     "Le informamos que su empresa no fue adjudicada en la licitacion de transporte de personal. La propuesta "
     "seleccionada obtuvo mayor puntaje tecnico."),
    ("es_cl_ascii", "other", "admin", "Turnos de mantencion",
     "Adjunto la planilla de turnos de mantencion de abril. La entrevista con el contratista de grua queda "
     "para el jueves en faena."),
    # es_pyme: a Valencian renovation firm writing from a phone, multipart.
    ("es_pyme", "application_ack", "ack", "Tu currículum",
     "Hola, he recibido tu currículum para lo de oficial de primera. Esta semana estoy liado con una obra, te "
     "llamo el lunes y hablamos."),
    ("es_pyme", "rejection", "short", "Re: trabajo de oficial",
     "Gracias por venir a la obra el martes. Al final he cogido a un chaval que ya conocía de otra empresa, "
     "así que no va a poder ser. Suerte!"),
    ("es_pyme", "rejection", "no_need", "currículum",
     "Te agradezco que te hayas acordado de nosotros, pero ahora mismo no necesito a nadie más en el equipo. "
     "Si cambia la cosa te aviso."),
    ("es_pyme", "interview", "meet", "pásate por la obra",
     "Hola! ¿Te viene bien pasarte mañana a las 8 por la obra de la calle Sagunto? Así te enseño cómo "
     "trabajamos y hablamos."),
    ("es_pyme", "offer", "offer", "empezamos el lunes",
     "Vale, te cojo. Empiezas el lunes a las 7:30 en la obra de Benimaclet. La gestoría te prepara el contrato "
     "esta semana."),
    ("es_pyme", "other", "business", "Presupuesto reforma baño",
     "Te adjunto el presupuesto de la reforma del baño. Si te encaja la oferta, te puedo empezar en dos "
     "semanas."),
    ("es_pyme", "other", "business", "Re: presupuesto cocina",
     "Gracias por el presupuesto. Lo siento, pero al final hemos decidido ir con otra empresa para la cocina. "
     "Un saludo."),
]

# Spanish, second round written before the first run.
CORES += [
    ("es_ats_madrid", "rejection", "buried", "Proceso de selección - Becario/a de Marketing",
     "Antes de nada, queremos darte las gracias por tu interés en nuestro programa de becas y por el esfuerzo "
     "que has puesto en cada una de las fases.\n\nEste año hemos recibido más de dos mil solicitudes, lo que "
     "ha hecho que la selección sea especialmente difícil.\n\nSentimos comunicarte que en esta ocasión no has "
     "sido seleccionado/a para incorporarte al programa. Esperamos volver a saber de ti en próximas "
     "convocatorias."),
    ("es_ats_madrid", "application_ack", "interim", "Tu proceso sigue abierto",
     "Queremos informarte de que el proceso de selección para Analista de Datos se está alargando más de lo "
     "previsto. Tu candidatura sigue activa y te daremos una respuesta antes de final de mes."),
    ("es_ats_madrid", "other", "admin", "Tu solicitud de devolución",
     "Hemos revisado tu solicitud de devolución. Lamentamos comunicarte que no podemos aceptarla, ya que el "
     "artículo ha superado el plazo de 30 días."),
    ("es_mx_rh", "rejection", "buried", "Agradecimiento por su participación",
     "Reciba un cordial saludo de parte del equipo de Recursos Humanos. Queremos agradecerle la confianza "
     "depositada en nuestra empresa y su participación en cada una de las etapas.\n\nValoramos mucho su "
     "trayectoria y la disposición que mostró durante las entrevistas.\n\nSin embargo, le notificamos que la "
     "decisión final favoreció a otro candidato. Conservaremos sus datos para futuras oportunidades."),
    ("es_mx_rh", "rejection", "cancelled", "Vacante Jefe de Almacén",
     "Le informamos que la vacante de Jefe de Almacén ha sido cancelada por una reestructura interna, por lo "
     "que el proceso de reclutamiento queda suspendido. Agradecemos su comprensión."),
    ("es_mx_rh", "application_ack", "interim", "Estatus de su proceso",
     "Le informamos que su proceso continúa en revisión por parte del área solicitante. En cuanto tengamos una "
     "respuesta nos comunicaremos con usted. Agradecemos su paciencia."),
    ("es_mx_rh", "other", "admin", "Aviso de mantenimiento",
     "Le informamos que el próximo sábado se realizará el mantenimiento de la subestación eléctrica. La planta "
     "no tendrá servicio de 6:00 a 14:00 h."),
    ("es_consultora", "rejection", "after_interview", "Feedback de la entrevista",
     "Oye, ya tengo el feedback de la entrevista con la directora de RR. HH. Les gustaste mucho, pero no han "
     "visto claro tu encaje con el equipo comercial y no van a seguir contigo. Sé que te hacía ilusión; "
     "hablamos cuando quieras."),
    ("es_consultora", "rejection", "filled", "Proceso de Jefe de Producto",
     "Te escribo para cerrar el proceso de Jefe de Producto: el cliente ya ha cerrado la posición con un "
     "candidato interno. Gracias por tu tiempo y seguimos en contacto."),
    ("es_consultora", "other", "personal", "Oferta del gimnasio",
     "Hola! Te paso la oferta del gimnasio que te comenté: matrícula gratis si te apuntas antes del día 15. "
     "Yo voy los martes, por si te animas."),
    ("es_publico", "rejection", "not_admitted", "Lista provisional de admitidos y excluidos",
     "Le comunicamos que figura como excluida en la lista provisional del proceso de Auxiliar Administrativo "
     "por no acreditar la titulación exigida. Dispone de diez días hábiles para subsanar el defecto."),
    ("es_publico", "offer", "appointment", "Nombramiento como funcionaria en prácticas",
     "Finalizado el proceso selectivo, el tribunal ha propuesto su nombramiento como funcionaria en prácticas "
     "en la plaza de Auxiliar Administrativo. Deberá presentar la documentación en el plazo de veinte días "
     "naturales."),
    ("es_publico", "other", "admin", "Convocatoria de la Junta de Gobierno",
     "Se le convoca a la sesión ordinaria de la Junta de Gobierno Local el jueves a las 12:00. En el orden del "
     "día figura la aprobación de las bases de selección de dos plazas de policía local."),
    ("es_ar_vos", "rejection", "buried", "Gracias por participar",
     "Primero, queremos agradecerte por todo: la charla, el desafío y la buena predisposición en cada paso. "
     "Se notó que le pusiste mucho laburo.\n\nFue una búsqueda con muchísimos perfiles buenos y nos costó "
     "un montón decidir.\n\nFinalmente, elegimos avanzar con otra persona para el puesto. Queremos que sepas "
     "que tu desafío estuvo muy bien y que nos encantaría volver a cruzarnos."),
    ("es_ar_vos", "rejection", "filled", "Búsqueda de diseñador/a UX",
     "Te escribimos para contarte que ya cubrimos la posición de diseñador/a UX. ¡Gracias por haberte "
     "postulado y por el interés en sumarte!"),
    ("es_ar_vos", "other", "business", "Propuesta para tu evento",
     "Hola! Te mando la propuesta de catering para el lanzamiento. Incluye el desafío de cocina en vivo que "
     "charlamos. Si aceptás la oferta antes del viernes, te congelamos el precio."),
    ("es_co", "rejection", "buried", "Agradecimiento - proceso Auxiliar Administrativo",
     "Cordial saludo. Queremos expresarle nuestro agradecimiento por su interés en nuestra organización y "
     "por el tiempo dedicado a cada una de las etapas.\n\nEl proceso contó con una alta participación de "
     "candidatos muy calificados.\n\nLamentamos informarle que en esta oportunidad su candidatura no fue "
     "seleccionada para continuar. Le deseamos muchos éxitos."),
    ("es_co", "application_ack", "interim", "Estado de su proceso",
     "Cordial saludo. Le informamos que su proceso se encuentra en etapa de verificación de referencias. Le "
     "daremos respuesta en los próximos ocho días hábiles."),
    ("es_co", "other", "personal", "Convocatoria reunión de padres",
     "Cordial saludo. Se convoca a los padres de familia a la reunión del jueves a las 6:00 p. m. para elegir "
     "a los representantes del consejo de padres. Los candidatos deben inscribirse en secretaría."),
    ("es_cl_ascii", "rejection", "not_match", "Postulacion Geologo de Exploracion",
     "Agradecemos su postulacion. Lamentamos comunicarle que su perfil no se ajusta a los requisitos del "
     "cargo, en particular a la experiencia en exploracion de cobre, por lo que no continuara en el proceso."),
    ("es_cl_ascii", "rejection", "closed", "Proceso Jefe de Turno",
     "Le informamos que el proceso de seleccion para Jefe de Turno ha sido cerrado sin contratacion por "
     "cambios en el plan de produccion. Agradecemos su interes."),
    ("es_cl_ascii", "offer", "offer", "Carta oferta - Ingeniero de Mantencion",
     "Nos es grato comunicarle que ha sido seleccionado para el cargo de Ingeniero de Mantencion. Adjuntamos "
     "carta oferta con renta, sistema de turno 7x7 y fecha de ingreso. Favor responder antes del viernes."),
    ("es_cl_ascii", "other", "personal", "Postulacion al subsidio habitacional",
     "Le informamos que su postulacion al subsidio habitacional no resulto seleccionada en este llamado. "
     "Podra postular nuevamente en el proximo proceso."),
    ("es_pyme", "rejection", "after_trial", "lo de la prueba",
     "Oye, gracias por el día de prueba. Te soy sincero: necesito a alguien más rápido con el alicatado y no "
     "te voy a poder coger. No te lo tomes a mal, seguro que encuentras algo pronto."),
    ("es_pyme", "other", "personal", "entrevista al Vicent",
     "Mañana me hacen una entrevista en la radio local por lo de la reforma de la lonja. Si la escuchas me "
     "dices qué tal."),
    ("es_pyme", "rejection", "filled", "Re: lo de fontanero",
     "Buenas, lo de fontanero ya está cogido, perdona que no te avisara antes. Si me sale otra cosa te llamo."),
    ("es_ats_madrid", "other", "alert", "Nuevas ofertas que encajan contigo",
     "Hola Lucía, hemos publicado nuevas ofertas que encajan con tu perfil: Técnico/a de Logística en Getafe y "
     "Analista de Compras en Madrid. Inscríbete antes de que se cierren."),
    ("es_publico", "rejection", "not_passed", "Resultado del segundo ejercicio",
     "Publicadas las calificaciones del segundo ejercicio, le comunicamos que no ha superado dicha prueba, "
     "al no alcanzar la nota de corte fijada por el tribunal. En consecuencia, no continúa en el proceso."),
    ("es_mx_rh", "rejection", "kept", "Solicitud espontánea",
     "Le agradecemos el envío de su CV. Por el momento no contamos con una vacante acorde a su perfil; "
     "conservaremos su información y, si surge alguna oportunidad, nos pondremos en contacto."),
    ("es_co", "assessment", "test", "Pruebas de conocimiento",
     "Cordial saludo. Como siguiente paso le enviamos el enlace para la prueba de conocimientos en Excel y "
     "normas ISO. Tiene plazo hasta el lunes para completarla."),
    ("es_consultora", "application_ack", "ack", "Recibido tu CV",
     "¡Gracias por tu CV! Le echo un vistazo con calma y el viernes te digo si te presento al cliente."),
]

# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote
# headers.
_READERS = {
    "fr": Reader("Camille Renaud <camille.renaud@example.net>",
                 "Bonjour, merci pour votre retour. Je reste disponible pour tout complément "
                 "d'information sur mon parcours. Bien à vous, Camille Renaud",
                 "Le mar. 4 mars 2025 à 18:02, Camille Renaud <camille.renaud@example.net> a écrit :",
                 "De : Camille Renaud <camille.renaud@example.net>\nEnvoyé : mardi 4 mars 2025 18:02\n"
                 "À : contact@example.org\nObjet : Ma candidature"),
    "de": Reader("Jonas Lindqvist <jonas.lindqvist@example.net>",
                 "Hallo, danke für Ihre Nachricht. Für Fragen zu meinen Unterlagen bin ich jederzeit "
                 "erreichbar. Viele Grüße, Jonas Lindqvist",
                 "Am Di., 4. März 2025 um 18:02 Uhr schrieb Jonas Lindqvist "
                 "<jonas.lindqvist@example.net>:",
                 "Von: Jonas Lindqvist <jonas.lindqvist@example.net>\nGesendet: Dienstag, 4. März 2025 "
                 "18:02\nAn: kontakt@example.org\nBetreff: Meine Bewerbung"),
    "es": Reader("Lucía Herrero <lucia.herrero@example.net>",
                 "Hola, muchas gracias por la información. Quedo a su disposición para cualquier duda "
                 "sobre mi candidatura. Saludos, Lucía Herrero",
                 "El mar, 4 mar 2025 a las 18:02, Lucía Herrero (<lucia.herrero@example.net>) escribió:",
                 "De: Lucía Herrero <lucia.herrero@example.net>\nEnviado: martes, 4 de marzo de 2025 "
                 "18:02\nPara: contacto@example.org\nAsunto: Mi candidatura"),
}

SET = WriterSet(
    WRITERS, CORES, _READERS, dt.datetime(2025, 2, 3, 8, 15, tzinfo=dt.UTC), days=75, minutes=47, quote_every=5,
    case_id="{lang}3-{i:03d}-{label}", message_id="<i3-{i:03d}.{writer}@intl3.example>", boundary="=_i3_{i}_{writer}",
    # Systems and institutions: their business, personal and administrative mail comes from someone else.
    systems=frozenset({"de_at_bank", "de_ch_kanton", "de_konzern_sf", "de_stadtwerke", "es_ats_madrid",
                      "es_cl_ascii", "es_co", "es_mx_rh", "es_publico", "fr_be_federal", "fr_hopital",
                      "fr_maroc", "fr_qc_ville", "fr_vaud"}),
    neutral={"fr": ("Accueil - Services <accueil@services.example.fr>", "Bien cordialement,\nL'accueil"),
             "de": ("Servicebüro <info@servicebuero.example.de>", "Freundliche Grüße\nIhr Servicebüro"),
             "es": ("Atención al cliente <atencion@servicios.example.es>", "Saludos,\nAtención al cliente")})
build = SET.build
messages = SET.messages
