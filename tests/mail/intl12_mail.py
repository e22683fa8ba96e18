"""A thirteenth set of job-search mail, French and German only (`bench/mail_heldout.py --set intl12`), written for
this project (thirteenth session) by other writers than the earlier sets (tests/mail/heldout_mail.py,
writers_mail.py, intl3_mail.py to intl11_mail.py): several writers per kind, so the tune and report halves share
kinds of mail but not wording. None of it comes from a data set or a real inbox; every sender, company and person is
invented.

The kinds, each written by at least two writers, one in each half: rejections after paragraphs of thanks,
acknowledgements, interview invitations, assessments, offers, recruiter approaches that name no job, and withdrawals
the employer confirms (`other`). In French the writers are employers and recruiters in Nantes, Liège, Lausanne,
Sherbrooke, Casablanca, Sfax, Oran, Bordeaux, Geneva, a Région, a hospital group, an accounting firm, a Toulouse
start-up saying « tu » and a Brussels NGO; in German a Stuttgart car supplier's applicant system, a Graz software
house, a Basel logistics firm, recruiters in Zurich and Cologne, a town hall, a Leipzig start-up saying "du", a Linz
electrician, a law firm's assistant, a Diakonie care service, a Bern utility and a Hamburg shipping line.

About a third of each language is mail that is not about a job but states a decision in a job's shape: a language
school's course place, a flat's candidates, a supplier's offer, a grant, a rowing or sports club's waiting list, an
insurance claim, a school's admission, a loan.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the code) or `report` (only counted,
at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl12` refuses to show its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- French. Applicant systems and large employers
    # a Nantes naval engineering group's applicant system
    "fr12_naval_nantes": Writer(
        "tune", "fr", "Atlantique Naval Carrières <carrieres@atlantique-naval.talentsys.example>", "html-utf8",
        "Bonjour Mathilde,", "L'équipe Talents · Atlantique Naval",
        "Ce message est envoyé automatiquement, merci de ne pas y répondre."),
    # a Sherbrooke plastics manufacturer
    "fr12_qc_sherbrooke": Writer(
        "report", "fr", "Plasticor Estrie – Ressources humaines <rh@plasticor-estrie.example.ca>", "outlook-qp",
        "Bonjour madame Vasseur,", "Cordialement,\nGeneviève Lapointe\nConseillère RH, Plasticor Estrie inc."),
    # a Casablanca insurer's HR
    "fr12_ma_assureur": Writer(
        "tune", "fr", "Atlas Prévoyance – DRH <recrutement@atlasprevoyance.example.ma>", "html-cp1252",
        "Madame,", "Veuillez agréer, Madame, nos salutations distinguées.\nLa Direction des Ressources Humaines\n"
        "Atlas Prévoyance"),
    # a Sfax software company
    "fr12_tn_logiciel": Writer(
        "report", "fr", "Karim Ben Salah <k.bensalah@sfaxsoft.example.tn>", "latin1-plain",
        "Bonjour Mme Vasseur,", "Bien à vous,\nKarim Ben Salah\nResponsable recrutement · SfaxSoft"),
    # an Oran cement works
    "fr12_dz_cimenterie": Writer(
        "tune", "fr", "Cimenterie de l'Ouest – Service du personnel <personnel@cimouest.example.dz>", "ascii",
        "Madame,", "Le Chef du Service du Personnel"),
    # ---- French. Recruiters naming no job
    # a freelance recruiter in Bordeaux
    "fr12_recruteuse_bordeaux": Writer(
        "tune", "fr", "Hélène Darrieux <helene@darrieux-conseil.example.fr>", "gmail-utf8",
        "Bonjour Mathilde,", "Belle journée,\nHélène Darrieux\nDarrieux Conseil"),
    # a Geneva headhunter
    "fr12_chasseur_geneve": Writer(
        "report", "fr", "Olivier Mermoud <om@lemanexecutive.example.ch>", "outlook-qp",
        "Chère Madame Vasseur,", "Meilleures salutations,\nOlivier Mermoud\nAssocié · Léman Executive Search"),
    # a Liège recruitment agency
    "fr12_be_liege_agence": Writer(
        "report", "fr", "Meuse Talents <nadia@meusetalents.example.be>", "cp1252-apple",
        "Bonjour Mathilde,", "Bien à toi,\nNadia Lambotte\nMeuse Talents – Liège"),
    # a Lausanne medtech founder
    "fr12_ch_medtech": Writer(
        "tune", "fr", "Lucien Favre <lucien@vitalsens.example.ch>", "phone-flowed",
        "Salut Mathilde,", "Lucien\nVitalSens SA\n\nEnvoyé de mon iPhone"),
    # ---- French. Public employers, hospitals, NGOs
    # a Région's HR department
    "fr12_region": Writer(
        "tune", "fr", "Région Val de Loire Ouest – Recrutement <recrutement@rvlo.example.fr>", "outlook-qp",
        "Madame,", "Le Service Recrutement et Mobilité\nDirection des ressources humaines"),
    # a hospital group
    "fr12_hopital_lille": Writer(
        "report", "fr", "Groupement Hospitalier Flandre – DRH <drh.recrutement@ghflandre.example.fr>",
        "multipart-b64", "Madame Vasseur,", "La Direction des Ressources Humaines\nGroupement Hospitalier Flandre",
        "Vous recevez ce message suite à votre candidature sur notre espace emploi."),
    # a Brussels NGO
    "fr12_ong_bruxelles": Writer(
        "report", "fr", "Solidarités Sans Frontières – Équipe RH <rh@ssf.example.be>", "gmail-utf8",
        "Chère Mathilde,", "Chaleureusement,\nAnouk Dewinter\nChargée RH"),
    # ---- French. Scheduling and start-ups
    # an accounting firm's assistant
    "fr12_assistante_cabinet": Writer(
        "tune", "fr", "Sandrine Pelletier <s.pelletier@fiducia-conseil.example.fr>", "outlook-qp",
        "Bonjour Madame Vasseur,", "Bien cordialement,\nSandrine Pelletier\nAssistante de direction · Fiducia "
        "Expertise Comptable"),
    # a Toulouse start-up, « tu »
    "fr12_startup_toulouse": Writer(
        "report", "fr", "Yanis Ferhat <yanis@orbitelab.example.io>", "gmail-utf8",
        "Hello Mathilde,", "Yanis\nCo-fondateur · OrbiteLab"),
    # ---- French, not about a job
    # a language school
    "fr12_ecole_langues": Writer(
        "tune", "fr", "Institut Linguae – Inscriptions <inscriptions@linguae.example.fr>", "html-utf8",
        "Bonjour Mathilde,", "Le secrétariat pédagogique\nInstitut Linguae"),
    # an estate agency letting a flat
    "fr12_agence_immo": Writer(
        "tune", "fr", "Cabinet Morel Immobilier <location@morel-immo.example.fr>", "outlook-qp",
        "Madame,", "Cordialement,\nJulie Brossard\nService location · Cabinet Morel Immobilier"),
    # a printer's sales rep (supplier)
    "fr12_fournisseur": Writer(
        "tune", "fr", "Thomas Rigal – ImpriPlus <thomas.rigal@impriplus.example.fr>", "gmail-utf8",
        "Bonjour Mathilde,", "Bonne journée,\nThomas Rigal\nChargé d'affaires · ImpriPlus"),
    # an insurer handling a claim
    "fr12_assurance_sinistre": Writer(
        "tune", "fr", "Mutuelle Horizon – Gestion des sinistres <sinistres@mutuelle-horizon.example.fr>",
        "multipart-b64", "Madame Vasseur,", "Le service Indemnisation\nMutuelle Horizon"),
    # a regional grant for artists
    "fr12_bourse_culture": Writer(
        "report", "fr", "Fonds Culturel de Wallonie Est <aides@fcwe.example.be>", "html-cp1252",
        "Madame,", "Le secrétariat du Fonds"),
    # a rowing club
    "fr12_club_aviron": Writer(
        "report", "fr", "Aviron Club du Lac <secretariat@avironlac.example.ch>", "gmail-utf8",
        "Bonjour Mathilde,", "Sportivement,\nLe comité"),
    # a school's admissions (a child's enrolment)
    "fr12_college_inscription": Writer(
        "report", "fr", "Collège Saint-Exupéry – Secrétariat <secretariat@college-stex.example.fr>",
        "latin1-plain", "Madame,", "Le secrétariat de direction"),
    # a bank's loan department
    "fr12_banque_pret": Writer(
        "report", "fr", "Crédit Rivage – Votre conseiller <conseiller@creditrivage.example.fr>", "html-utf8",
        "Chère cliente,", "Votre conseiller, Paul Ravier\nCrédit Rivage"),
    # ---- German. Applicant systems and large employers
    # a Stuttgart car supplier's applicant system
    "de12_zulieferer_ats": Writer(
        "tune", "de", "Kessler Fahrzeugtechnik Karriere <karriere@kessler-ft.jobsys.example>", "html-utf8",
        "Sehr geehrte Frau Hoffmann,", "Ihr Recruiting-Team\nKessler Fahrzeugtechnik GmbH",
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."),
    # a Graz software house
    "de12_at_graz_software": Writer(
        "report", "de", "Murtal Software – Bewerbermanagement <jobs@murtal-software.example.at>", "outlook-qp",
        "Sehr geehrte Frau Hoffmann,", "Mit freundlichen Grüßen\nMag. Verena Pichler\nHR Business Partner"),
    # a Basel logistics firm
    "de12_ch_logistik": Writer(
        "tune", "de", "Rheinhafen Logistik AG – Personal <personal@rheinhafen-log.example.ch>", "latin1-plain",
        "Guten Tag Frau Hoffmann", "Freundliche Grüsse\nSabine Vögtli\nPersonalabteilung"),
    # a Hamburg shipping line
    "de12_reederei": Writer(
        "report", "de", "Elbstern Reederei – Recruiting <recruiting@elbstern.example.de>", "multipart-b64",
        "Moin Frau Hoffmann,", "Beste Grüße aus der Speicherstadt\nIhr Recruiting-Team der Elbstern Reederei",
        "Sie erhalten diese Nachricht, weil Sie sich über unser Karriereportal beworben haben."),
    # a Bern energy utility
    "de12_ch_energie": Writer(
        "tune", "de", "Aare Energie – Human Resources <hr@aare-energie.example.ch>", "html-cp1252",
        "Sehr geehrte Frau Hoffmann", "Freundliche Grüsse\nHuman Resources\nAare Energie AG"),
    # ---- German. Recruiters naming no job
    # a Zurich headhunter
    "de12_ch_headhunter": Writer(
        "report", "de", "Dr. Reto Albisser <reto.albisser@limmat-partners.example.ch>", "outlook-qp",
        "Sehr geehrte Frau Hoffmann", "Mit besten Grüssen\nReto Albisser\nPartner, Limmat Partners"),
    # a freelance recruiter in Cologne
    "de12_recruiterin_koeln": Writer(
        "tune", "de", "Miriam Özdemir <miriam@oezdemir-recruiting.example.de>", "gmail-utf8",
        "Hallo Lea,", "Liebe Grüße\nMiriam\nÖzdemir Recruiting – Köln"),
    # ---- German. Public employers, care, crafts
    # a town hall
    "de12_stadtverwaltung": Writer(
        "report", "de", "Stadt Nordheide – Personalamt <personalamt@nordheide.example.de>", "latin1-plain",
        "Sehr geehrte Frau Hoffmann,", "Im Auftrag\nKlaus Rehberg\nPersonalamt der Stadt Nordheide"),
    # a Diakonie care service
    "de12_diakonie": Writer(
        "report", "de", "Diakoniestation Am Mühlbach <bewerbung@diakonie-muehlbach.example.de>", "gmail-utf8",
        "Liebe Frau Hoffmann,", "Herzliche Grüße\nSchwester Ruth Brandt\nPflegedienstleitung"),
    # a Linz electrician
    "de12_at_elektro": Writer(
        "report", "de", "Elektro Haider GmbH <office@elektro-haider.example.at>", "cp1252-apple",
        "Grüß Gott Frau Hoffmann,", "Mit lieben Grüßen\nFranz Haider\nElektro Haider, Linz"),
    # ---- German. Scheduling and start-ups
    # a law firm's assistant
    "de12_assistenz_kanzlei": Writer(
        "tune", "de", "Petra Lindemann <p.lindemann@kanzlei-roth-weiss.example.de>", "outlook-qp",
        "Sehr geehrte Frau Hoffmann,", "Mit freundlichen Grüßen\nPetra Lindemann\nAssistenz der Partner\n"
        "Roth & Weiß Rechtsanwälte PartG mbB"),
    # a Leipzig start-up, "du"
    "de12_startup_leipzig": Writer(
        "tune", "de", "Jonas Krüger <jonas@paketpilot.example.io>", "phone-flowed",
        "Hey Lea,", "Jonas\nPaketPilot\n\nVon meinem Handy gesendet"),
    # ---- German, not about a job
    # a language school
    "de12_sprachschule": Writer(
        "tune", "de", "Sprachforum Freiburg – Kursbüro <kursbuero@sprachforum.example.de>", "html-utf8",
        "Liebe Frau Hoffmann,", "Ihr Kursbüro\nSprachforum Freiburg"),
    # a property manager letting a flat
    "de12_hausverwaltung": Writer(
        "tune", "de", "Hausverwaltung Brenner & Sohn <vermietung@brenner-hv.example.de>", "outlook-qp",
        "Sehr geehrte Frau Hoffmann,", "Mit freundlichen Grüßen\nI. Brenner\nHausverwaltung Brenner & Sohn"),
    # a foundation's grant
    "de12_stiftung": Writer(
        "tune", "de", "Hanna-Lorenz-Stiftung <foerderung@lorenz-stiftung.example.de>", "multipart-b64",
        "Sehr geehrte Frau Hoffmann,", "Mit freundlichen Grüßen\nGeschäftsstelle der Hanna-Lorenz-Stiftung"),
    # a bank's loan department
    "de12_bank_kredit": Writer(
        "tune", "de", "Volksbank Kraichtal – Privatkunden <privatkunden@vb-kraichtal.example.de>", "html-cp1252",
        "Sehr geehrte Frau Hoffmann,", "Freundliche Grüße\nIhre Volksbank Kraichtal"),
    # a software supplier
    "de12_lieferant": Writer(
        "report", "de", "Florian Weber – Planwerk Software <f.weber@planwerk.example.de>", "gmail-utf8",
        "Hallo Frau Hoffmann,", "Viele Grüße\nFlorian Weber\nKey Account Manager · Planwerk"),
    # a sports club
    "de12_sportverein": Writer(
        "report", "de", "TSV Blau-Weiß Eichenau – Geschäftsstelle <info@tsv-eichenau.example.de>", "gmail-utf8",
        "Hallo Lea,", "Sportliche Grüße\nDie Geschäftsstelle"),
    # an insurer handling a claim
    "de12_versicherung_schaden": Writer(
        "report", "de", "Alpen Assekuranz – Schadenservice <schaden@alpen-assekuranz.example.at>", "html-utf8",
        "Sehr geehrte Frau Hoffmann,", "Mit freundlichen Grüßen\nIhr Schadenservice\nAlpen Assekuranz AG"),
    # a Gymnasium's admissions
    "de12_gymnasium": Writer(
        "report", "de", "Schiller-Gymnasium – Sekretariat <sekretariat@schiller-gym.example.de>", "latin1-plain",
        "Sehr geehrte Frau Hoffmann,", "Mit freundlichen Grüßen\nDas Sekretariat"),
}

CORES: list[tuple[str, str, str, str, str]] = [
    # ================= French =================
    # Atlantique Naval (Nantes applicant system, tune)
    ("fr12_naval_nantes", "application_ack", "accuse",
     "Votre candidature – Ingénieure calcul de structures (réf. AN-2291)",
     "Nous accusons bonne réception de votre dossier pour le poste d'ingénieure calcul de structures. Nos équipes "
     "l'étudient avec attention et reviendront vers vous sous trois semaines environ."),
    ("fr12_naval_nantes", "interview", "entretien_visio",
     "Invitation à un entretien – réf. AN-2291",
     "Votre profil a retenu l'attention de notre responsable de bureau d'études. Nous vous proposons un échange en "
     "visioconférence de 45 minutes. Merci de choisir un créneau via le lien ci-dessous."),
    ("fr12_naval_nantes", "assessment", "test_en_ligne",
     "Étape suivante : questionnaire en ligne",
     "Dans le cadre de notre processus, nous vous invitons à compléter un questionnaire de raisonnement et de "
     "personnalité (environ 35 minutes). Le lien reste actif pendant cinq jours."),
    ("fr12_naval_nantes", "rejection", "apres_remerciements",
     "Suite de votre candidature – réf. AN-2291",
     "Nous tenons tout d'abord à vous remercier pour l'intérêt que vous portez à Atlantique Naval et pour le temps "
     "consacré à nos échanges. Après une étude approfondie, nous sommes au regret de vous informer que votre "
     "candidature ne sera pas poursuivie pour ce poste. Nous conservons vos coordonnées pour de futures "
     "opportunités."),
    ("fr12_naval_nantes", "other", "retrait_confirme",
     "Confirmation du retrait de votre candidature",
     "Nous avons bien pris en compte votre demande de retrait pour le poste réf. AN-2291. Votre dossier a été "
     "clôturé. Nous vous souhaitons plein succès dans la suite de votre parcours."),
    # Plasticor Estrie (Sherbrooke, report)
    ("fr12_qc_sherbrooke", "application_ack", "bien_recu",
     "Candidature – Technicienne en contrôle de la qualité",
     "Merci d'avoir postulé chez Plasticor. Nous avons bien reçu votre CV; seules les personnes retenues pour une "
     "entrevue seront contactées."),
    ("fr12_qc_sherbrooke", "interview", "entrevue",
     "Entrevue – Technicienne en contrôle de la qualité",
     "Nous aimerions vous rencontrer en entrevue à l'usine de Sherbrooke mardi prochain à 10 h. Pourriez-vous "
     "me confirmer votre disponibilité?"),
    ("fr12_qc_sherbrooke", "rejection", "pourvu",
     "Re: Entrevue – Technicienne en contrôle de la qualité",
     "Merci encore d'être venue nous rencontrer, l'équipe a bien apprécié la discussion. Le poste a toutefois été "
     "comblé par une personne dont l'expérience en injection correspondait davantage à nos besoins actuels."),
    ("fr12_qc_sherbrooke", "offer", "offre",
     "Offre d'emploi – Plasticor Estrie",
     "Il me fait plaisir de vous offrir le poste de technicienne en contrôle de la qualité, de jour, à 27,50 $ "
     "l'heure. Vous trouverez la lettre d'offre en pièce jointe; une réponse d'ici vendredi serait appréciée."),
    ("fr12_qc_sherbrooke", "other", "desistement",
     "Re: Votre désistement",
     "Bien noté, nous retirons votre candidature du processus. Merci de nous avoir avisés rapidement et bonne "
     "continuation!"),
    # Atlas Prévoyance (Casablanca, tune)
    ("fr12_ma_assureur", "application_ack", "reception",
     "Accusé de réception – Chargée de souscription",
     "Nous avons l'honneur d'accuser réception de votre candidature au poste de chargée de souscription. Elle fera "
     "l'objet d'un examen attentif par nos services."),
    ("fr12_ma_assureur", "interview", "convocation",
     "Convocation à un entretien",
     "Nous avons le plaisir de vous convoquer à un entretien le jeudi 12 à 9h30 au siège, boulevard d'Anfa. "
     "Veuillez vous munir de votre CIN et de vos diplômes."),
    ("fr12_ma_assureur", "rejection", "pas_suite",
     "Votre candidature – Chargée de souscription",
     "Nous vous remercions vivement de la confiance que vous avez témoignée à notre compagnie. Toutefois, nous ne "
     "sommes pas en mesure de donner une suite favorable à votre candidature, d'autres profils ayant été jugés "
     "plus proches du poste."),
    ("fr12_ma_assureur", "assessment", "epreuve_ecrite",
     "Épreuve écrite – Chargée de souscription",
     "Suite à la présélection, vous êtes invitée à passer une épreuve écrite de deux heures (cas pratique de "
     "tarification) le samedi 14 à 9h00."),
    # SfaxSoft (Sfax, report)
    ("fr12_tn_logiciel", "application_ack", "bien_recu",
     "Re: Candidature développeuse Java",
     "Bien reçu votre CV, merci. Je le transmets au chef de projet et je reviens vers vous dès que possible."),
    ("fr12_tn_logiciel", "assessment", "exercice",
     "Exercice technique",
     "Comme convenu au téléphone, voici l'exercice : une petite API REST à réaliser en 48 heures. Envoyez-nous le "
     "lien du dépôt une fois terminé."),
    ("fr12_tn_logiciel", "interview", "rencontre_equipe",
     "Rencontre avec l'équipe",
     "Votre exercice nous a convaincus. Pourriez-vous passer lundi à 14h pour rencontrer l'équipe et le directeur "
     "technique ?"),
    ("fr12_tn_logiciel", "rejection", "autre_profil",
     "Suite à notre rencontre",
     "Merci pour votre visite et pour la qualité de l'échange. Après réflexion, nous avons choisi un profil plus "
     "senior pour ce poste. Je garde votre CV sous le coude, d'autres postes ouvriront sans doute cet automne."),
    ("fr12_tn_logiciel", "offer", "proposition",
     "Proposition",
     "Bonne nouvelle : nous souhaitons vous accueillir dans l'équipe à partir du 1er septembre. Je vous envoie le "
     "contrat et le détail de la rémunération demain."),
    # Cimenterie de l'Ouest (Oran, tune)
    ("fr12_dz_cimenterie", "application_ack", "enregistree",
     "Demande d'emploi",
     "Nous vous informons que votre demande d'emploi a ete enregistree sous le numero 4417 et sera examinee lors "
     "de la prochaine commission de recrutement."),
    ("fr12_dz_cimenterie", "assessment", "concours",
     "Test de recrutement",
     "Vous etes priee de vous presenter le dimanche 8 a 8h00 au centre de formation de l'usine pour un test "
     "ecrit de recrutement. Se munir d'une piece d'identite."),
    ("fr12_dz_cimenterie", "rejection", "commission",
     "Resultat de votre demande",
     "Suite a la reunion de la commission de recrutement, nous avons le regret de vous informer que votre "
     "demande n'a pu etre satisfaite. Nous vous remercions de l'interet porte a notre entreprise."),
    ("fr12_dz_cimenterie", "offer", "admission",
     "Decision de recrutement",
     "Nous avons le plaisir de vous informer que vous avez ete retenue pour le poste d'ingenieur procedes. Vous "
     "etes priee de vous presenter au service du personnel pour la constitution de votre dossier administratif."),
    # Darrieux Conseil (Bordeaux recruiter, tune)
    ("fr12_recruteuse_bordeaux", "recruiter_outreach", "prise_contact",
     "Prise de contact",
     "Je me permets de vous écrire car votre parcours m'a beaucoup plu. J'accompagne plusieurs entreprises de la "
     "région bordelaise et j'aimerais simplement faire connaissance. Auriez-vous vingt minutes cette semaine ?"),
    ("fr12_recruteuse_bordeaux", "recruiter_outreach", "relance",
     "Petite relance",
     "Je reviens vers vous au cas où mon premier message se serait perdu. Un café ou un appel, comme vous "
     "préférez ?"),
    ("fr12_recruteuse_bordeaux", "interview", "client",
     "Re: Prise de contact",
     "Merci pour notre échange ! Mon client, un vignoble qui se structure, aimerait vous rencontrer au château "
     "mercredi 16h. Je vous envoie l'adresse."),
    ("fr12_recruteuse_bordeaux", "rejection", "client_non",
     "Retour de mon client",
     "J'ai eu le retour du château ce matin. Ils ont été touchés par votre énergie, mais ils ont préféré "
     "quelqu'un qui connaît déjà le négoce. Je suis sincèrement désolée, je pense à vous pour la suite."),
    # Léman Executive Search (Geneva headhunter, report)
    ("fr12_chasseur_geneve", "recruiter_outreach", "approche",
     "Confidentiel",
     "Votre nom m'a été recommandé par une connaissance commune. Je mène actuellement plusieurs mandats et "
     "souhaiterais vous présenter la manière dont nous travaillons. Seriez-vous disponible pour un entretien "
     "téléphonique confidentiel ?"),
    ("fr12_chasseur_geneve", "interview", "mandant",
     "Rencontre avec notre mandant",
     "Notre mandant souhaite vous rencontrer à Genève le 3 au matin. L'entretien se tiendra avec le directeur "
     "financier et durera environ une heure."),
    ("fr12_chasseur_geneve", "rejection", "mandant_non",
     "Suite du mandat",
     "Je vous remercie pour votre disponibilité tout au long de ce processus. Notre mandant a finalement arrêté "
     "son choix sur une autre personne. Je reste convaincu de votre valeur et me permettrai de vous recontacter."),
    ("fr12_chasseur_geneve", "offer", "offre_mandant",
     "Excellente nouvelle",
     "Notre mandant m'a confirmé ce soir qu'il souhaite vous faire une offre : la lettre d'engagement vous "
     "parviendra demain. Je vous appelle pour en discuter les termes."),
    # Meuse Talents (Liège agency, report)
    ("fr12_be_liege_agence", "recruiter_outreach", "profil",
     "Ton profil",
     "J'ai vu ton profil et je pense qu'on pourrait faire de belles choses ensemble. On bosse avec pas mal de "
     "boîtes à Liège et Namur. Partante pour un petit coup de fil ?"),
    ("fr12_be_liege_agence", "application_ack", "inscription",
     "Bienvenue chez Meuse Talents",
     "Ton CV est bien arrivé chez nous, merci ! Je le regarde cette semaine et je te propose des missions "
     "dès que quelque chose colle."),
    ("fr12_be_liege_agence", "rejection", "client_autre",
     "Mission logistique",
     "Merci d'avoir accepté de passer chez le client. Ils ont finalement pris un candidat qui habite à deux pas "
     "de l'entrepôt. Ce n'est que partie remise, je garde ton dossier en haut de la pile !"),
    ("fr12_be_liege_agence", "other", "retrait_ok",
     "Re: Je retire ma candidature",
     "Pas de souci Mathilde, c'est noté, je te retire de la mission. Félicitations pour ton nouveau poste !"),
    # VitalSens (Lausanne medtech founder, tune)
    ("fr12_ch_medtech", "recruiter_outreach", "discuter",
     "On discute ?",
     "On se développe vite et ton parcours en dispositifs médicaux m'intéresse beaucoup. Tu aurais un moment "
     "pour un café à Ouchy ?"),
    ("fr12_ch_medtech", "interview", "atelier",
     "Re: On discute ?",
     "Top ! Passe à l'atelier jeudi vers 17h, tu rencontreras Inès et Marc, nos deux ingénieurs."),
    ("fr12_ch_medtech", "rejection", "pas_cette_fois",
     "Re: Re: On discute ?",
     "Merci encore d'être passée, on a adoré discuter avec toi. On a beaucoup réfléchi, et on ne va pas pouvoir "
     "aller plus loin pour le moment : on doit d'abord boucler notre levée. Désolé, vraiment."),
    ("fr12_ch_medtech", "offer", "on_te_veut",
     "Bienvenue ?",
     "La levée est bouclée ! On aimerait que tu nous rejoignes en CDI dès février. Je t'envoie la proposition "
     "chiffrée ce soir."),
    # Région Val de Loire Ouest (tune)
    ("fr12_region", "application_ack", "reception",
     "Votre candidature – Chargé(e) de mission transition énergétique",
     "Votre candidature a bien été enregistrée. Le jury de présélection se réunira à la clôture de l'offre ; "
     "vous serez informée de la suite donnée à votre dossier."),
    ("fr12_region", "interview", "jury",
     "Convocation – jury de recrutement",
     "Vous êtes conviée à vous présenter devant le jury de recrutement le 21 à 14h00, à l'Hôtel de Région, salle "
     "Loire. L'audition comprend un exposé de dix minutes suivi d'un échange."),
    ("fr12_region", "rejection", "jury_non",
     "Suite du jury de recrutement",
     "Nous vous remercions de votre participation au jury de recrutement. Au terme des auditions, le jury a "
     "proposé la nomination d'un autre candidat. Nous vous remercions de l'intérêt manifesté pour notre "
     "collectivité."),
    ("fr12_region", "other", "desistement_pris_en_compte",
     "Votre désistement",
     "Nous prenons acte de votre désistement pour le poste de chargé(e) de mission transition énergétique. Votre "
     "dossier est archivé."),
    ("fr12_region", "assessment", "mise_en_situation",
     "Mise en situation écrite",
     "Préalablement à l'audition, une mise en situation écrite d'une heure trente vous sera proposée le même jour "
     "à 12h30."),
    # Groupement Hospitalier Flandre (report)
    ("fr12_hopital_lille", "application_ack", "recue",
     "Candidature – Cadre de santé",
     "Votre candidature au poste de cadre de santé en pédiatrie nous est bien parvenue. La direction des soins "
     "l'étudiera dans les meilleurs délais."),
    ("fr12_hopital_lille", "interview", "entretien_dsi",
     "Entretien avec la direction des soins",
     "La directrice des soins souhaite vous rencontrer le lundi 6 à 11h au bâtiment administratif. Merci de "
     "confirmer votre présence auprès du secrétariat."),
    ("fr12_hopital_lille", "rejection", "apres_entretien",
     "Suite de votre entretien",
     "Nous vous remercions pour la qualité de l'entretien et pour votre intérêt pour notre établissement. Nous "
     "sommes cependant au regret de vous annoncer qu'une autre candidature a été privilégiée. Nous vous "
     "souhaitons une belle réussite."),
    ("fr12_hopital_lille", "offer", "recrutement",
     "Votre recrutement",
     "J'ai le plaisir de vous confirmer votre recrutement en qualité de cadre de santé à compter du 1er mars. Le "
     "service du personnel vous contactera pour la visite médicale d'embauche."),
    # Solidarités Sans Frontières (Brussels NGO, report)
    ("fr12_ong_bruxelles", "application_ack", "merci",
     "Merci pour ta candidature",
     "Merci beaucoup pour ta candidature au poste de coordinatrice de projets ! Nous avons reçu près de 200 "
     "dossiers, nous prendrons donc un peu de temps pour te répondre."),
    ("fr12_ong_bruxelles", "assessment", "cas_pratique",
     "Cas pratique",
     "Tu fais partie des personnes présélectionnées, bravo ! Nous te proposons un cas pratique : une note de deux "
     "pages sur un projet d'accès à l'eau, à nous renvoyer d'ici lundi."),
    ("fr12_ong_bruxelles", "rejection", "apres_cas",
     "Coordinatrice de projets",
     "Un grand merci pour ta note, qui était riche et bien construite. Le choix a été difficile, mais nous avons "
     "décidé de continuer avec une autre candidate qui a déjà travaillé sur le terrain au Sahel."),
    ("fr12_ong_bruxelles", "interview", "entretien_final",
     "Entretien final",
     "Nous aimerions te rencontrer pour un dernier entretien avec notre directrice, vendredi à 10h dans nos "
     "bureaux à Saint-Gilles."),
    # Fiducia (accounting firm assistant, tune)
    ("fr12_assistante_cabinet", "interview", "creneaux",
     "Entretien – Collaboratrice comptable",
     "Maître Garnier souhaiterait vous recevoir pour un entretien. Seriez-vous disponible mardi à 17h30 ou "
     "mercredi à 9h00 ?"),
    ("fr12_assistante_cabinet", "interview", "deplacement",
     "Re: Entretien – Collaboratrice comptable",
     "Je me permets de vous écrire car M. Garnier doit décaler votre rendez-vous au jeudi même heure. Veuillez "
     "nous excuser pour ce changement."),
    ("fr12_assistante_cabinet", "rejection", "associes",
     "Collaboratrice comptable",
     "Les associés vous remercient de la qualité de votre entretien. Ils ont cependant décidé de retenir une "
     "candidature disposant déjà d'une expérience en cabinet. Ils vous souhaitent pleine réussite."),
    ("fr12_assistante_cabinet", "assessment", "test_excel",
     "Test pratique",
     "Avant votre second rendez-vous, le cabinet vous propose un court test pratique sur Excel et la saisie "
     "comptable, à faire sur place (30 minutes)."),
    # OrbiteLab (Toulouse start-up, report)
    ("fr12_startup_toulouse", "recruiter_outreach", "hello",
     "Coucou de OrbiteLab",
     "On construit des petits satellites à Toulouse et on cherche des gens curieux. Ça te dit qu'on s'appelle "
     "pour que je te raconte ?"),
    ("fr12_startup_toulouse", "assessment", "take_home",
     "Petit exercice",
     "Comme promis, voici le petit exercice : un script pour nettoyer des données de télémétrie. Prends le temps "
     "qu'il faut, deux ou trois heures max."),
    ("fr12_startup_toulouse", "rejection", "on_passe",
     "Retour",
     "Merci pour ton exercice et pour ta patience ! On a finalement décidé de ne pas ouvrir le poste ce "
     "trimestre, donc on ne va pas pouvoir avancer avec toi. On revient vers toi si ça bouge."),
    ("fr12_startup_toulouse", "other", "annule_ok",
     "Re: Désistement",
     "Aucun souci, merci de m'avoir prévenu ! Je retire ta candidature. Bonne route à toi."),
    # ---- French, not about a job
    # Institut Linguae (language school, tune)
    ("fr12_ecole_langues", "other", "groupe_complet",
     "Votre demande d'inscription – allemand B1",
     "Nous vous remercions de l'intérêt porté à nos cours. Malheureusement, le groupe du jeudi soir est complet et "
     "nous ne pouvons pas vous proposer de place cette session. Vous êtes inscrite sur liste d'attente."),
    ("fr12_ecole_langues", "other", "test_niveau",
     "Test de niveau",
     "Avant l'inscription, nous vous invitons à passer un court test de niveau en ligne et un entretien oral de "
     "dix minutes avec un enseignant."),
    ("fr12_ecole_langues", "other", "place_confirmee",
     "Votre place est confirmée",
     "Bonne nouvelle : une place s'est libérée dans le groupe du mardi. Votre inscription est confirmée, le cours "
     "commence le 4."),
    ("fr12_ecole_langues", "other", "dossier_non_retenu",
     "Cours intensif d'été",
     "Après examen des demandes, votre dossier n'a pas été retenu pour le cours intensif d'été, qui était très "
     "demandé. Nous vous proposons le cours du soir à la rentrée."),
    # Cabinet Morel Immobilier (flat, tune)
    ("fr12_agence_immo", "other", "autre_dossier",
     "Appartement rue des Carmes – votre dossier",
     "Nous vous remercions pour votre dossier de location. Le propriétaire a finalement retenu un autre "
     "candidat. Nous vous tiendrons informée si un bien similaire se libère."),
    ("fr12_agence_immo", "other", "visite",
     "Visite T3 quai Saint-Pierre",
     "Je vous propose une visite de l'appartement samedi à 11h. Merci de venir avec votre dossier complet "
     "(pièce d'identité, trois derniers bulletins de salaire, avis d'imposition)."),
    ("fr12_agence_immo", "other", "dossier_incomplet",
     "Dossier de location incomplet",
     "Votre dossier est bien arrivé, mais il manque l'attestation de l'employeur. Sans ce document, nous ne "
     "pourrons pas le présenter au propriétaire."),
    ("fr12_agence_immo", "other", "pas_suite",
     "Location boulevard Voltaire",
     "Nous sommes au regret de vous informer que nous ne pouvons pas donner suite à votre candidature pour "
     "l'appartement du boulevard Voltaire, les revenus demandés n'étant pas atteints."),
    # ImpriPlus (supplier, tune)
    ("fr12_fournisseur", "other", "autre_prestataire",
     "Re: Devis brochures",
     "Merci de m'avoir tenu informé. Je comprends que vous avez choisi un autre prestataire pour les brochures ; "
     "n'hésitez pas à nous solliciter pour vos prochains projets."),
    ("fr12_fournisseur", "other", "devis",
     "Votre devis",
     "Comme convenu, vous trouverez ci-joint notre proposition pour l'impression de 2 000 flyers. Elle est valable "
     "un mois."),
    ("fr12_fournisseur", "other", "offre_non_retenue",
     "Appel d'offres catalogue",
     "Nous avons appris que notre offre n'a pas été retenue pour le catalogue annuel. Nous vous remercions de "
     "nous avoir consultés et restons à votre disposition."),
    ("fr12_fournisseur", "other", "rdv_commercial",
     "Rendez-vous",
     "Seriez-vous disponible jeudi pour une présentation de nos nouveaux papiers recyclés ? Cela prend vingt "
     "minutes."),
    # Mutuelle Horizon (insurance claim, tune)
    ("fr12_assurance_sinistre", "other", "refus_indemnisation",
     "Votre déclaration de sinistre n° 58-2207",
     "Après étude de votre déclaration et du rapport de l'expert, nous sommes au regret de ne pouvoir donner une "
     "suite favorable à votre demande d'indemnisation, le dommage n'étant pas couvert par votre contrat."),
    ("fr12_assurance_sinistre", "other", "expertise",
     "Rendez-vous d'expertise",
     "Un expert passera à votre domicile le mardi 9 entre 14h et 16h pour constater le dégât des eaux."),
    ("fr12_assurance_sinistre", "other", "reception_sinistre",
     "Déclaration de sinistre reçue",
     "Nous accusons réception de votre déclaration de sinistre. Un gestionnaire étudiera votre dossier sous dix "
     "jours ouvrés."),
    ("fr12_assurance_sinistre", "other", "accord",
     "Indemnisation acceptée",
     "Nous avons le plaisir de vous informer que votre demande d'indemnisation a été acceptée. Le virement de "
     "640 € sera effectué sous huit jours."),
    # Fonds Culturel de Wallonie Est (grant, report)
    ("fr12_bourse_culture", "other", "bourse_refusee",
     "Appel à projets 2025 – décision",
     "Le comité de sélection s'est réuni le 14. Nous avons le regret de vous informer que votre demande d'aide "
     "n'a pas été retenue cette année, en raison du grand nombre de dossiers de qualité."),
    ("fr12_bourse_culture", "other", "dossier_recu",
     "Dépôt de votre dossier",
     "Votre dossier de demande de bourse a bien été déposé. Le comité se prononcera dans deux mois."),
    ("fr12_bourse_culture", "other", "audition_projet",
     "Présentation de votre projet",
     "Votre projet fait partie des douze présélectionnés. Nous vous invitons à le présenter au comité le 2 à "
     "15h, pendant dix minutes."),
    ("fr12_bourse_culture", "other", "bourse_accordee",
     "Décision du comité",
     "Félicitations : le comité a décidé de vous accorder une bourse de création de 4 500 €. La convention "
     "vous sera envoyée prochainement."),
    # Aviron Club du Lac (club, report)
    ("fr12_club_aviron", "other", "liste_attente",
     "Ton adhésion",
     "Merci pour ta demande d'adhésion ! Le groupe débutants de cette saison est complet, on ne peut donc pas "
     "t'accepter tout de suite. Tu es la troisième sur la liste d'attente."),
    ("fr12_club_aviron", "other", "essai",
     "Séance d'essai",
     "Viens essayer samedi à 8h au hangar : prévois des vêtements de sport et une serviette."),
    ("fr12_club_aviron", "other", "refus_equipe",
     "Sélection équipage régates",
     "Merci d'avoir participé aux essais. Le coach a choisi d'autres rameuses pour l'équipage des régates de "
     "juin. Tu restes bien sûr la bienvenue aux entraînements."),
    ("fr12_club_aviron", "other", "cotisation",
     "Cotisation annuelle",
     "Petit rappel : la cotisation de 280 CHF est à régler avant la fin du mois."),
    # Collège Saint-Exupéry (school admission, report)
    ("fr12_college_inscription", "other", "derogation_refusee",
     "Demande de dérogation – votre enfant",
     "Madame, nous avons examiné votre demande de dérogation de secteur. Nous sommes au regret de vous informer "
     "qu'elle n'a pas pu être acceptée, les effectifs de sixième étant complets."),
    ("fr12_college_inscription", "other", "rendez_vous_principal",
     "Rendez-vous avec le principal",
     "Le principal vous propose un rendez-vous le 10 à 17h pour évoquer l'inscription de votre fils."),
    ("fr12_college_inscription", "other", "option_refusee",
     "Option latin",
     "Votre fille n'a pas pu être retenue pour l'option latin, le nombre de places étant limité. Elle est "
     "inscrite en option arts plastiques."),
    ("fr12_college_inscription", "other", "inscription_validee",
     "Inscription validée",
     "L'inscription de votre enfant en classe de cinquième est validée. La liste des fournitures est jointe."),
    # Crédit Rivage (loan, report)
    ("fr12_banque_pret", "other", "pret_refuse",
     "Votre demande de prêt immobilier",
     "Nous vous remercions pour la confiance accordée. Après étude de votre dossier, nous ne sommes pas en mesure "
     "de donner une suite favorable à votre demande de financement, votre taux d'endettement dépassant 35 %."),
    ("fr12_banque_pret", "other", "rdv_conseiller",
     "Rendez-vous avec votre conseiller",
     "Je vous propose un rendez-vous en agence le 18 à 10h pour faire le point sur votre projet d'achat."),
    ("fr12_banque_pret", "other", "offre_pret",
     "Votre offre de prêt",
     "Votre offre de prêt est disponible dans votre espace client. Le délai de réflexion légal est de dix jours."),
    ("fr12_banque_pret", "other", "pieces",
     "Pièces manquantes",
     "Pour finaliser l'étude de votre demande de crédit, merci de nous transmettre votre dernier avis "
     "d'imposition et votre contrat de travail."),
    # ================= German =================
    # Kessler Fahrzeugtechnik (Stuttgart car supplier ATS, tune)
    ("de12_zulieferer_ats", "application_ack", "eingang",
     "Ihre Bewerbung als Entwicklungsingenieurin Bremssysteme (ID 30817)",
     "vielen Dank für Ihr Interesse an Kessler Fahrzeugtechnik. Ihre Unterlagen sind vollständig bei uns "
     "eingegangen und werden nun von der Fachabteilung gesichtet. Sie hören in den nächsten zwei bis drei "
     "Wochen von uns."),
    ("de12_zulieferer_ats", "assessment", "online_test",
     "Nächster Schritt: Online-Assessment",
     "gerne möchten wir Sie näher kennenlernen und laden Sie zu unserem Online-Assessment ein (kognitive "
     "Aufgaben und ein technischer Teil, ca. 60 Minuten). Bitte absolvieren Sie es innerhalb von sieben Tagen."),
    ("de12_zulieferer_ats", "interview", "vorstellung",
     "Einladung zum Vorstellungsgespräch – ID 30817",
     "Ihr Profil hat uns überzeugt. Wir laden Sie herzlich zu einem persönlichen Gespräch am Standort "
     "Sindelfingen ein. Bitte wählen Sie über den folgenden Link einen passenden Termin."),
    ("de12_zulieferer_ats", "rejection", "nach_dank",
     "Ihre Bewerbung bei Kessler Fahrzeugtechnik (ID 30817)",
     "zunächst möchten wir uns herzlich für Ihre Bewerbung und das Vertrauen bedanken, das Sie uns damit "
     "entgegenbringen. Nach sorgfältiger Prüfung müssen wir Ihnen heute leider mitteilen, dass wir uns für "
     "andere Kandidatinnen und Kandidaten entschieden haben. Für Ihren weiteren Weg wünschen wir Ihnen alles "
     "Gute."),
    ("de12_zulieferer_ats", "other", "rueckzug",
     "Bestätigung: Rückzug Ihrer Bewerbung",
     "hiermit bestätigen wir, dass Sie Ihre Bewerbung für die Position ID 30817 zurückgezogen haben. Ihre Daten "
     "werden gemäß unserer Datenschutzerklärung gelöscht."),
    # Murtal Software (Graz, report)
    ("de12_at_graz_software", "application_ack", "danke",
     "Bewerbung Backend-Entwicklerin",
     "danke für Ihre Bewerbung! Wir haben Ihre Unterlagen erhalten und melden uns nach Ende der Ausschreibung "
     "bei Ihnen."),
    ("de12_at_graz_software", "interview", "kennenlernen",
     "Kennenlerngespräch",
     "wir würden Sie gerne zu einem ersten Kennenlerngespräch per Teams einladen. Passt Ihnen Mittwoch um 10 Uhr?"),
    ("de12_at_graz_software", "assessment", "coding",
     "Coding Challenge",
     "als nächsten Schritt schicken wir Ihnen eine kleine Coding Challenge. Bitte senden Sie uns Ihre Lösung "
     "binnen einer Woche."),
    ("de12_at_graz_software", "rejection", "absage_nach_challenge",
     "Ihre Bewerbung bei Murtal Software",
     "herzlichen Dank für die Zeit, die Sie in die Challenge investiert haben – das wissen wir sehr zu schätzen. "
     "Leider können wir Ihnen keine Zusage geben; wir haben uns für eine Person mit mehr Erfahrung in "
     "verteilten Systemen entschieden."),
    ("de12_at_graz_software", "offer", "angebot",
     "Unser Angebot",
     "wir freuen uns sehr, Ihnen die Stelle als Backend-Entwicklerin anbieten zu können! Anbei finden Sie den "
     "Dienstvertrag; das Bruttogehalt beträgt 4.100 € vierzehnmal jährlich."),
    # Rheinhafen Logistik (Basel, tune)
    ("de12_ch_logistik", "application_ack", "erhalten",
     "Ihre Bewerbung als Disponentin",
     "Wir bestätigen den Erhalt Ihrer Bewerbungsunterlagen. Das Auswahlverfahren dauert erfahrungsgemäss drei "
     "Wochen."),
    ("de12_ch_logistik", "interview", "gespraech",
     "Vorstellungsgespräch Disposition",
     "Gerne laden wir Sie zu einem Gespräch mit dem Leiter Disposition ein: Dienstag, 14 Uhr, im Hafengebäude, "
     "Westquaistrasse 12."),
    ("de12_ch_logistik", "rejection", "leider",
     "Ihre Bewerbung als Disponentin",
     "Besten Dank für das angenehme Gespräch und Ihr Interesse an unserem Unternehmen. Nach reiflicher "
     "Überlegung haben wir uns entschieden, die Stelle anderweitig zu besetzen. Wir bedauern, Ihnen keinen "
     "besseren Bescheid geben zu können."),
    ("de12_ch_logistik", "offer", "zusage",
     "Zusage Disposition",
     "Wir freuen uns, Ihnen mitteilen zu dürfen, dass wir Sie gerne als Disponentin bei uns anstellen möchten. "
     "Den Arbeitsvertrag erhalten Sie per Post."),
    # Elbstern Reederei (Hamburg, report)
    ("de12_reederei", "application_ack", "eingang",
     "Eingangsbestätigung Ihrer Bewerbung",
     "vielen Dank, Ihre Bewerbung als Fleet Controllerin ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und "
     "melden uns zeitnah."),
    ("de12_reederei", "interview", "einladung",
     "Einladung zum Gespräch",
     "wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch am Freitag um 11 Uhr in "
     "unser Kontor am Sandtorkai ein."),
    ("de12_reederei", "rejection", "absage",
     "Ihre Bewerbung als Fleet Controllerin",
     "haben Sie vielen Dank für Ihre Bewerbung und das nette Gespräch. Wir haben es uns nicht leicht gemacht, "
     "doch am Ende fiel unsere Wahl auf eine Kandidatin, die bereits in der Schifffahrt gearbeitet hat."),
    ("de12_reederei", "other", "zurueckgezogen",
     "Ihr Rückzug",
     "wir haben Ihre Nachricht erhalten und Ihre Bewerbung wie gewünscht aus dem Verfahren genommen. Alles "
     "Gute!"),
    # Aare Energie (Bern utility, tune)
    ("de12_ch_energie", "application_ack", "eingegangen",
     "Bewerbung Projektleiterin Netzausbau",
     "Ihre Bewerbung ist bei uns eingegangen. Wir melden uns nach Ablauf der Bewerbungsfrist bei Ihnen."),
    ("de12_ch_energie", "assessment", "assessment_center",
     "Einladung Assessment",
     "Wir freuen uns, Sie zu einem halbtägigen Assessment in Bern einzuladen. Es umfasst eine Fallstudie, eine "
     "Präsentation und ein Rollenspiel."),
    ("de12_ch_energie", "rejection", "nach_assessment",
     "Ihre Bewerbung Projektleiterin Netzausbau",
     "Herzlichen Dank für Ihre Teilnahme am Assessment und die offenen Gespräche. Wir müssen Ihnen leider "
     "mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können."),
    ("de12_ch_energie", "offer", "vertrag",
     "Vertragsangebot",
     "Gerne bieten wir Ihnen die Stelle als Projektleiterin Netzausbau an. Der Vertragsentwurf liegt bei; wir "
     "bitten um Ihre Rückmeldung bis Ende Woche."),
    # Limmat Partners (Zurich headhunter, report)
    ("de12_ch_headhunter", "recruiter_outreach", "diskret",
     "Vertrauliche Anfrage",
     "Ihr Werdegang ist mir bei einer Recherche aufgefallen. Ich würde mich gerne unverbindlich mit Ihnen "
     "austauschen, um Sie und Ihre Pläne kennenzulernen. Hätten Sie nächste Woche Zeit für ein kurzes "
     "Telefonat?"),
    ("de12_ch_headhunter", "recruiter_outreach", "nachfassen",
     "Kurze Nachfrage",
     "Darf ich kurz nachfassen? Ein Austausch wäre völlig unverbindlich."),
    ("de12_ch_headhunter", "interview", "klient",
     "Gespräch mit meinem Klienten",
     "Mein Klient würde Sie gerne am 12. in Zürich treffen, mit dem CEO und der Personalchefin. Passt Ihnen "
     "15 Uhr?"),
    ("de12_ch_headhunter", "rejection", "klient_absage",
     "Rückmeldung meines Klienten",
     "Ich danke Ihnen für Ihr grosses Engagement im Prozess. Mein Klient hat sich nach langem Abwägen für eine "
     "interne Lösung entschieden. Ich bedaure das sehr und melde mich, sobald sich Neues ergibt."),
    # Özdemir Recruiting (Cologne, tune)
    ("de12_recruiterin_koeln", "recruiter_outreach", "hallo",
     "Kurz kennenlernen?",
     "ich bin Miriam und vermittle Leute aus Tech und Produkt an Firmen in NRW. Dein Profil hat mich neugierig "
     "gemacht – hast du Lust, dass wir uns mal eine Viertelstunde hören?"),
    ("de12_recruiterin_koeln", "application_ack", "unterlagen",
     "Re: Kurz kennenlernen?",
     "Danke für deinen Lebenslauf! Ich schaue ihn mir in Ruhe an und stelle dich dann passenden Kunden vor."),
    ("de12_recruiterin_koeln", "interview", "kunde",
     "Termin beim Kunden",
     "Mein Kunde in Düsseldorf möchte dich kennenlernen! Donnerstag 9:30 Uhr vor Ort, passt dir das?"),
    ("de12_recruiterin_koeln", "rejection", "kunde_nein",
     "Feedback vom Kunden",
     "Danke nochmal, dass du dir die Zeit genommen hast. Ich hab leider keine guten Nachrichten: Der Kunde hat "
     "sich für jemanden entschieden, der schon Führungserfahrung mitbringt. Ich bleib für dich dran!"),
    # Stadt Nordheide (town hall, report)
    ("de12_stadtverwaltung", "application_ack", "eingangsbestaetigung",
     "Stellenausschreibung 14/2025 – Sachbearbeitung Bauordnung",
     "hiermit bestätigen wir den Eingang Ihrer Bewerbung. Nach Abschluss der Vorauswahl erhalten Sie weitere "
     "Nachricht."),
    ("de12_stadtverwaltung", "interview", "auswahlgespraech",
     "Einladung zum Auswahlgespräch",
     "Sie werden hiermit zum Auswahlgespräch am 22. um 9 Uhr im Rathaus, Zimmer 214, eingeladen. Die "
     "Gleichstellungsbeauftragte und der Personalrat nehmen teil."),
    ("de12_stadtverwaltung", "rejection", "besetzt",
     "Stellenausschreibung 14/2025",
     "wir danken Ihnen für Ihre Bewerbung und Ihre Teilnahme am Auswahlverfahren. Die Auswahlkommission hat "
     "sich für eine andere Bewerberin entschieden. Ihre Unterlagen werden nach Ablauf der Frist vernichtet."),
    ("de12_stadtverwaltung", "other", "verzicht",
     "Ihr Verzicht auf die Teilnahme",
     "wir nehmen zur Kenntnis, dass Sie Ihre Bewerbung zurückziehen, und haben Sie aus dem Verfahren genommen."),
    # Diakoniestation Am Mühlbach (report)
    ("de12_diakonie", "application_ack", "danke",
     "Ihre Bewerbung als Pflegefachkraft",
     "vielen Dank für Ihre Bewerbung, wir haben uns sehr darüber gefreut! Ich melde mich in der kommenden Woche "
     "bei Ihnen."),
    ("de12_diakonie", "interview", "hospitation",
     "Kennenlernen und Hospitation",
     "Ich würde Sie gern zu einem Gespräch und einem halben Tag Hospitation einladen. Wie wäre es am Montag um "
     "8 Uhr?"),
    ("de12_diakonie", "offer", "willkommen",
     "Willkommen im Team",
     "wir freuen uns, Ihnen eine Stelle als Pflegefachkraft mit 30 Wochenstunden anzubieten. Der Vertrag liegt "
     "im Büro zur Unterschrift bereit."),
    ("de12_diakonie", "rejection", "absage",
     "Ihre Bewerbung",
     "herzlichen Dank für Ihr Interesse und den schönen Hospitationstag. Wir haben uns nach vielen Gesprächen "
     "entschieden, die Stelle mit einer Kollegin aus dem Nachbarort zu besetzen. Gottes Segen für Ihren Weg."),
    # Elektro Haider (Linz, report)
    ("de12_at_elektro", "interview", "vorbeikommen",
     "Ihre Bewerbung",
     "Danke für Ihre Bewerbung als Bürokauffrau. Kommen Sie doch am Donnerstag um 16 Uhr bei uns im Büro vorbei, "
     "dann reden wir in Ruhe."),
    ("de12_at_elektro", "rejection", "anders_entschieden",
     "Ihre Bewerbung als Bürokauffrau",
     "Danke, dass Sie vorbeigekommen sind, war ein nettes Gespräch. Wir haben uns aber jetzt anders entschieden "
     "und nehmen eine Bewerberin, die unsere Software schon kennt. Alles Gute!"),
    ("de12_at_elektro", "offer", "fix",
     "Bürostelle",
     "Wir würden Sie gern fix einstellen, 25 Stunden, Beginn 1. März. Passt das für Sie?"),
    ("de12_at_elektro", "application_ack", "erhalten",
     "Re: Bewerbung",
     "Bewerbung ist angekommen, ich melde mich nächste Woche."),
    # Roth & Weiß (law firm assistant, tune)
    ("de12_assistenz_kanzlei", "interview", "termin",
     "Ihr Vorstellungstermin",
     "Herr Dr. Roth möchte Sie gerne zu einem Gespräch einladen. Wäre Ihnen Dienstag, 16:30 Uhr, oder Mittwoch, "
     "9:00 Uhr, recht?"),
    ("de12_assistenz_kanzlei", "interview", "verschiebung",
     "Re: Ihr Vorstellungstermin",
     "leider muss Herr Dr. Roth den Termin wegen einer Verhandlung verschieben. Passt Ihnen Freitag zur "
     "gleichen Zeit?"),
    ("de12_assistenz_kanzlei", "assessment", "probearbeit",
     "Probearbeitstag",
     "Die Partner würden Sie gerne zu einem Probearbeitstag einladen, um die Abläufe im Sekretariat "
     "kennenzulernen."),
    ("de12_assistenz_kanzlei", "rejection", "partner",
     "Ihre Bewerbung als Rechtsanwaltsfachangestellte",
     "die Partner danken Ihnen für Ihren Besuch und Ihr Interesse an unserer Kanzlei. Nach Abwägung aller "
     "Bewerbungen haben sie sich gegen eine Zusammenarbeit entschieden. Wir wünschen Ihnen viel Erfolg."),
    # PaketPilot (Leipzig start-up, tune)
    ("de12_startup_leipzig", "recruiter_outreach", "quatschen",
     "Lust auf nen Kaffee?",
     "wir bauen gerade das Team in Leipzig auf und ich fand dein Profil richtig spannend. Lust, mal auf einen "
     "Kaffee zu quatschen?"),
    ("de12_startup_leipzig", "assessment", "aufgabe",
     "Kleine Aufgabe",
     "wie besprochen hier die kleine Case-Aufgabe: eine Tourenplanung für 20 Pakete. Schick sie einfach bis "
     "Montag zurück."),
    ("de12_startup_leipzig", "rejection", "leider_nein",
     "Re: Kleine Aufgabe",
     "danke dir für die Aufgabe und die Zeit! Wir haben lange überlegt, aber wir gehen mit jemand anderem "
     "weiter, der schon im Lager gearbeitet hat. Tut mir echt leid."),
    ("de12_startup_leipzig", "other", "rueckzug_ok",
     "Re: Absage von mir",
     "Schade, aber verstehe ich total! Danke, dass du Bescheid gibst, und viel Erfolg beim neuen Job."),
    # ---- German, not about a job
    # Sprachforum Freiburg (language school, tune)
    ("de12_sprachschule", "other", "kurs_ausgebucht",
     "Ihre Anmeldung zum Französischkurs B2",
     "vielen Dank für Ihre Anmeldung. Leider ist der Abendkurs bereits ausgebucht, sodass wir Ihnen keinen Platz "
     "anbieten können. Gerne setzen wir Sie auf die Warteliste."),
    ("de12_sprachschule", "other", "einstufung",
     "Einstufungstest",
     "vor Kursbeginn laden wir Sie zu einem kurzen Einstufungstest und einem Gespräch mit der Kursleitung ein."),
    ("de12_sprachschule", "other", "platz_frei",
     "Platz frei geworden",
     "gute Nachricht: Im Dienstagskurs ist ein Platz frei geworden. Ihre Anmeldung ist damit bestätigt."),
    ("de12_sprachschule", "other", "intensivkurs_nein",
     "Intensivkurs im August",
     "nach Prüfung aller Anmeldungen konnten wir Sie für den Intensivkurs im August leider nicht "
     "berücksichtigen. Wir bieten Ihnen stattdessen den Wochenendkurs an."),
    # Hausverwaltung Brenner (flat, tune)
    ("de12_hausverwaltung", "other", "anderer_mieter",
     "Wohnung Gartenstraße 8, 2. OG",
     "vielen Dank für Ihr Interesse an der Wohnung und Ihre Unterlagen. Der Eigentümer hat sich für einen "
     "anderen Mietinteressenten entschieden. Wir wünschen Ihnen viel Erfolg bei der Suche."),
    ("de12_hausverwaltung", "other", "besichtigung",
     "Besichtigungstermin",
     "gerne laden wir Sie zur Besichtigung am Samstag um 10 Uhr ein. Bitte bringen Sie Ihre Schufa-Auskunft mit."),
    ("de12_hausverwaltung", "other", "unterlagen_fehlen",
     "Ihre Mietbewerbung",
     "uns fehlen noch die letzten drei Gehaltsnachweise und die Mietschuldenfreiheitsbescheinigung."),
    ("de12_hausverwaltung", "other", "absage_wohnung",
     "Wohnung Lindenweg",
     "leider müssen wir Ihnen mitteilen, dass wir Ihre Anfrage für die Wohnung im Lindenweg nicht "
     "berücksichtigen können. Die Wohnung ist bereits vergeben."),
    # Hanna-Lorenz-Stiftung (grant, tune)
    ("de12_stiftung", "other", "stipendium_abgelehnt",
     "Ihr Antrag auf ein Promotionsstipendium",
     "der Auswahlausschuss hat in seiner Sitzung über Ihren Antrag beraten. Zu unserem Bedauern können wir Ihnen "
     "kein Stipendium gewähren, da die Zahl der Anträge die verfügbaren Mittel weit überstiegen hat."),
    ("de12_stiftung", "other", "auswahlgespraech",
     "Einladung zum Auswahlgespräch",
     "Ihr Antrag hat die erste Runde überstanden. Wir laden Sie zu einem Auswahlgespräch mit zwei Gutachtern am "
     "9. in unsere Geschäftsstelle ein."),
    ("de12_stiftung", "other", "bewilligt",
     "Bewilligung Ihres Stipendiums",
     "wir freuen uns, Ihnen mitzuteilen, dass Ihnen ein Stipendium von 1.350 € monatlich für zwei Jahre "
     "bewilligt wurde."),
    ("de12_stiftung", "other", "antrag_eingegangen",
     "Eingangsbestätigung Antrag",
     "Ihr Antrag ist fristgerecht eingegangen. Die Entscheidung fällt im Frühjahr."),
    # Volksbank Kraichtal (loan, tune)
    ("de12_bank_kredit", "other", "kredit_abgelehnt",
     "Ihre Kreditanfrage",
     "vielen Dank für Ihre Kreditanfrage. Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider "
     "mitteilen, dass wir Ihnen den gewünschten Ratenkredit nicht gewähren können."),
    ("de12_bank_kredit", "other", "beratung",
     "Ihr Beratungstermin",
     "gerne bestätigen wir Ihren Beratungstermin zur Baufinanzierung am Donnerstag um 17 Uhr in der Filiale."),
    ("de12_bank_kredit", "other", "zusage_kredit",
     "Kreditzusage",
     "wir freuen uns, Ihnen die Zusage für Ihre Baufinanzierung geben zu können. Die Vertragsunterlagen liegen "
     "in Ihrem Postfach."),
    ("de12_bank_kredit", "other", "nachweise",
     "Fehlende Nachweise",
     "für die Prüfung Ihrer Anfrage benötigen wir noch Ihren Arbeitsvertrag und die letzten Kontoauszüge."),
    # Planwerk Software (supplier, report)
    ("de12_lieferant", "other", "anderer_anbieter",
     "Re: Angebot Planwerk",
     "danke für Ihre offene Rückmeldung. Schade, dass Sie sich für einen anderen Anbieter entschieden haben – "
     "wir stehen gerne wieder zur Verfügung."),
    ("de12_lieferant", "other", "demo",
     "Demo-Termin",
     "Hätten Sie nächste Woche 30 Minuten für eine Live-Demo unserer Einsatzplanung?"),
    ("de12_lieferant", "other", "angebot",
     "Ihr Angebot",
     "wie besprochen anbei unser Angebot für 25 Lizenzen inklusive Einrichtung."),
    ("de12_lieferant", "other", "ausschreibung_verloren",
     "Ausschreibung Dienstplanung",
     "wir haben erfahren, dass unser Angebot in der Ausschreibung leider nicht zum Zuge gekommen ist. Vielen "
     "Dank trotzdem für die faire Bewertung."),
    # TSV Blau-Weiß Eichenau (sports club, report)
    ("de12_sportverein", "other", "warteliste",
     "Dein Aufnahmeantrag",
     "danke für deinen Antrag! Die Volleyball-Damenmannschaft ist leider voll, wir können dich im Moment nicht "
     "aufnehmen. Du stehst auf der Warteliste."),
    ("de12_sportverein", "other", "probetraining",
     "Probetraining",
     "komm gern am Mittwoch um 19 Uhr in die Halle zum Probetraining, Hallenschuhe nicht vergessen!"),
    ("de12_sportverein", "other", "kader",
     "Kader für die Saison",
     "der Trainer hat den Kader für die Bezirksliga festgelegt. Diesmal hat es für dich leider nicht gereicht, "
     "du spielst aber in der zweiten Mannschaft."),
    ("de12_sportverein", "other", "beitrag",
     "Mitgliedsbeitrag",
     "der Jahresbeitrag von 120 € wird am 1. abgebucht."),
    # Alpen Assekuranz (insurance claim, report)
    ("de12_versicherung_schaden", "other", "schaden_abgelehnt",
     "Schadenfall Nr. 77-31902",
     "wir haben Ihren Schadenfall geprüft. Leider müssen wir Ihnen mitteilen, dass wir die Kosten nicht "
     "übernehmen können, da der Schaden nicht vom Versicherungsschutz umfasst ist."),
    ("de12_versicherung_schaden", "other", "gutachter",
     "Termin mit dem Gutachter",
     "ein Gutachter wird sich den Schaden am Dienstag zwischen 8 und 12 Uhr ansehen."),
    ("de12_versicherung_schaden", "other", "eingang_schaden",
     "Schadenmeldung erhalten",
     "wir bestätigen den Eingang Ihrer Schadenmeldung und melden uns innerhalb von zehn Werktagen."),
    ("de12_versicherung_schaden", "other", "regulierung",
     "Regulierung Ihres Schadens",
     "gute Nachrichten: Wir übernehmen die Reparaturkosten von 1.240 €. Die Auszahlung erfolgt in den nächsten "
     "Tagen."),
    # Schiller-Gymnasium (school admission, report)
    ("de12_gymnasium", "other", "aufnahme_abgelehnt",
     "Aufnahme in Klasse 5",
     "wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihr Kind wegen der hohen Anmeldezahlen nicht aufnehmen "
     "können. Bitte wenden Sie sich an das Schulamt."),
    ("de12_gymnasium", "other", "gespraech_schulleitung",
     "Gespräch mit der Schulleitung",
     "die Schulleiterin lädt Sie und Ihren Sohn zu einem Aufnahmegespräch am 3. um 15 Uhr ein."),
    ("de12_gymnasium", "other", "profil_nein",
     "Bilingualer Zug",
     "Ihre Tochter konnte für den bilingualen Zug leider nicht berücksichtigt werden; sie wird in eine "
     "Regelklasse aufgenommen."),
    ("de12_gymnasium", "other", "aufnahme_bestaetigt",
     "Aufnahmebestätigung",
     "hiermit bestätigen wir die Aufnahme Ihres Kindes zum neuen Schuljahr."),
    # ---- more job mail by the same writers (French)
    ("fr12_dz_cimenterie", "interview", "entretien_selection",
     "Entretien de selection",
     "Suite a votre reussite au test ecrit, vous etes convoquee a un entretien de selection le mardi 17 a 10h00 "
     "a la direction generale."),
    ("fr12_chasseur_geneve", "recruiter_outreach", "relance_discrete",
     "Suite à mon message",
     "Je me permets de revenir vers vous. Un échange d'une demi-heure, sans engagement, vous conviendrait-il la "
     "semaine prochaine ?"),
    ("fr12_ong_bruxelles", "offer", "bienvenue",
     "On a le plaisir de te proposer le poste",
     "Après l'entretien final, c'est avec joie que nous te proposons le poste de coordinatrice de projets, en CDI "
     "à 4/5. Le contrat suivra par courrier."),
    ("fr12_startup_toulouse", "interview", "visio",
     "Re: Coucou de OrbiteLab",
     "Super, merci pour ta réponse ! On se cale une visio jeudi à 18h avec Clara, notre CTO ?"),
    ("fr12_ma_assureur", "offer", "proposition_embauche",
     "Proposition d'embauche",
     "Nous avons le plaisir de vous proposer un contrat à durée indéterminée au poste de chargée de souscription. "
     "Les conditions sont détaillées dans la lettre jointe."),
    ("fr12_hopital_lille", "assessment", "mise_en_situation",
     "Mise en situation managériale",
     "En amont de l'entretien, vous êtes invitée à une mise en situation managériale d'une heure avec deux "
     "cadres supérieurs de santé."),
    ("fr12_ch_medtech", "application_ack", "cv_recu",
     "Re: Bienvenue ?",
     "Bien reçu ton CV et tes références, merci ! Je les partage avec l'équipe et je te redis vite."),
    ("fr12_assistante_cabinet", "offer", "embauche",
     "Votre embauche au cabinet",
     "J'ai le plaisir de vous informer que les associés souhaitent vous engager à compter du 2 septembre. Votre "
     "contrat vous sera remis lors de votre prochain passage."),
    ("fr12_tn_logiciel", "other", "retrait_note",
     "Re: Retrait de ma candidature",
     "C'est noté, je retire votre candidature du processus. Merci de nous avoir prévenus et bonne chance."),
    ("fr12_region", "offer", "nomination",
     "Votre recrutement à la Région",
     "À l'issue du jury, l'autorité territoriale a décidé de retenir votre candidature. Votre prise de poste "
     "est envisagée au 1er octobre ; le service carrière vous contactera."),
    ("fr12_recruteuse_bordeaux", "application_ack", "cv_bien_recu",
     "Re: Petite relance",
     "Merci beaucoup pour votre CV ! Je le lis ce week-end et je vous propose un créneau lundi."),
    # ---- more job mail by the same writers (German)
    ("de12_ch_headhunter", "offer", "angebot_klient",
     "Gute Neuigkeiten",
     "Mein Klient möchte Ihnen ein Angebot unterbreiten: Leitung Controlling, Eintritt nach Vereinbarung. Die "
     "Unterlagen folgen heute Abend."),
    ("de12_recruiterin_koeln", "recruiter_outreach", "nochmal",
     "Nochmal ich",
     "Ich wollte mich nochmal melden, falls meine Nachricht untergegangen ist. Ein kurzer Call, ganz ohne "
     "Verpflichtung?"),
    ("de12_startup_leipzig", "interview", "call",
     "Re: Lust auf nen Kaffee?",
     "Cool, freut mich! Wie wäre Donnerstag 17 Uhr bei uns im Büro in Plagwitz? Anna aus dem Ops-Team ist auch "
     "dabei."),
    ("de12_ch_logistik", "assessment", "eignungstest",
     "Eignungstest",
     "Vor dem zweiten Gespräch bitten wir Sie, einen Eignungstest (Logik und Excel, ca. 40 Minuten) online zu "
     "absolvieren."),
    ("de12_reederei", "offer", "vertrag",
     "Ihr Vertragsangebot",
     "wir freuen uns, Ihnen die Position als Fleet Controllerin anbieten zu dürfen. Den Vertrag und die "
     "Gehaltsdetails finden Sie im Anhang."),
    ("de12_stadtverwaltung", "assessment", "schriftlicher_test",
     "Schriftlicher Test",
     "vor dem Auswahlgespräch findet am 20. um 8:30 Uhr ein schriftlicher Test zu Verwaltungsrecht statt."),
    ("de12_zulieferer_ats", "offer", "vertragsangebot",
     "Ihr Vertragsangebot – ID 30817",
     "wir freuen uns, Ihnen ein Angebot für die Position als Entwicklungsingenieurin Bremssysteme unterbreiten zu "
     "können. Ihre Vertragsunterlagen stehen im Bewerberportal bereit."),
    ("de12_at_graz_software", "other", "rueckzug_bestaetigt",
     "Re: Rückzug meiner Bewerbung",
     "danke für Ihre Nachricht, wir haben Ihre Bewerbung wie gewünscht zurückgezogen. Viel Erfolg weiterhin!"),
    ("de12_diakonie", "assessment", "pflegeplanung",
     "Kleine Fallbesprechung",
     "Für den Hospitationstag bereiten Sie bitte eine kurze Pflegeplanung zu einem Fallbeispiel vor, das ich "
     "Ihnen anhänge."),
]

_READERS = {
    "fr": Reader(
        "Mathilde Vasseur <mathilde.vasseur@example.net>",
        "Bonjour, merci pour votre message. Je vous confirme mon intérêt et reste joignable. Bien à vous, Mathilde",
        "Le mar. 13 mai 2025 à 21:07, Mathilde Vasseur <mathilde.vasseur@example.net> a écrit :",
        "De : Mathilde Vasseur <mathilde.vasseur@example.net>\nEnvoyé : mardi 13 mai 2025 21:07\n"
        "À : contact@example.org\nObjet : Re: Suite",
        "Le 13 mai 2025 à 21:07, Mathilde Vasseur <mathilde.vasseur@example.net> a écrit :",
    ),
    "de": Reader(
        "Lea Hoffmann <lea.hoffmann@example.net>",
        "Hallo, danke für Ihre Nachricht. Das passt mir gut, ich freue mich. Viele Grüße, Lea Hoffmann",
        "Am Di., 13. Mai 2025 um 21:07 Uhr schrieb Lea Hoffmann <lea.hoffmann@example.net>:",
        "Von: Lea Hoffmann <lea.hoffmann@example.net>\nGesendet: Dienstag, 13. Mai 2025 21:07\n"
        "An: kontakt@example.org\nBetreff: Re: Rückfrage",
        "Am 13.05.2025 um 21:07 schrieb Lea Hoffmann <lea.hoffmann@example.net>:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 6, 2, 8, 17, tzinfo=dt.UTC),
    days=61,
    minutes=37,
    quote_every=5,
    case_id="{lang}12-{i:03d}-{label}",
    message_id="<i12-{i:03d}.{writer}@intl12.example>",
    boundary="=_i12_{i}_{writer}",
)
build = SET.build
messages = SET.messages
