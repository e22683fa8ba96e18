"""A French job-seeker's inbox, written for this project as a held-out check of the French pack: a student and
then young professional looking for a stage, an alternance, a VIE, a CDD or a CDI. None of it comes from a data
set or a real inbox; every sender, company and person is invented.

It is kept apart from tests/mail/intl_corpus.py (which was written beside the code) and in other styles: each
*writer* (an applicant-tracking system, a recruitment firm, a small company's manager typing by hand, a school's
career service, Pôle emploi, a client at work…) has its own voice, salutation, signature, footer and dress
(HTML from an ATS with character references, windows-1252 typed by hand under a Gmail quote, format=flowed text
wrapped at 72, accents lost, an Outlook reply, a PDF attached). Each writer belongs to one half:

- `tune`: the French pack may be fixed by reading these messages' mistakes;
- `report`: only counted, at the start and at the end of a piece of work, never read to fix anything.

    python bench/mail_french.py [--show tune] [--cli]
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri
import textwrap
import unicodedata
from dataclasses import dataclass
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

RGPD_LONG = (
    "Conformément à la loi Informatique et Libertés du 6 janvier 1978 modifiée et au Règlement (UE) 2016/679 du "
    "27 avril 2016 (RGPD), les données à caractère personnel recueillies dans le cadre de votre candidature font "
    "l'objet d'un traitement destiné à la gestion des recrutements. Elles sont destinées aux services des "
    "ressources humaines et aux managers concernés et conservées deux ans après le dernier contact. Vous "
    "disposez d'un droit d'accès, de rectification, d'opposition, de limitation et d'effacement que vous pouvez "
    "exercer auprès de notre délégué à la protection des données. Vous pouvez également introduire une "
    "réclamation auprès de la CNIL.")
CONFIDENTIAL = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
    "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par "
    "erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.")


@dataclass(frozen=True)
class Writer:
    split: str
    sender: str
    dress: str
    hello: str
    bye: str
    footer: str = ""


WRITERS: dict[str, Writer] = {
    # ---- tune half
    "wttj": Writer("tune", "Welcome to the Jungle <no-reply@wttj.example>", "html-utf8",
                   "Hello Camille,", "À très vite,\nL'équipe Welcome to the Jungle",
                   "Tu reçois cet e-mail car tu as un compte Welcome to the Jungle. Se désinscrire"),
    "taleo": Writer("tune", "Banque Orsay Recrutement <recrutement@orsay-taleo.example>", "html-latin1-entities",
                    "Madame,", "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n"
                    "La Direction des Ressources Humaines\nBanque Orsay", RGPD_LONG + " " + CONFIDENTIAL),
    "indeed": Writer("tune", "Indeed <candidatures@indeed.example>", "alt-b64-utf8", "Bonjour Camille,",
                     "L'équipe Indeed", "Cet e-mail vous a été envoyé par Indeed. Conditions d'utilisation - "
                     "Confidentialité - Se désabonner"),
    "pme": Writer("tune", "Philippe Garnier <p.garnier@garnier-menuiserie.example>", "cp1252-gmail-quote",
                  "Bonjour Mademoiselle Roux,", "Cordialement\nPhilippe Garnier\nGérant - Menuiseries Garnier\n"
                  "05 56 00 00 00"),
    "cabinet": Writer("tune", "Sophie Lemaire <s.lemaire@talentis-conseil.example>", "flowed-utf8",
                      "Bonjour Camille,", "Bien cordialement,\n\nSophie Lemaire\nConsultante Senior - Finance & "
                      "Audit\nTalentis Conseil | 8 rue Vivienne 75002 Paris\n+33 1 40 00 00 00", CONFIDENTIAL),
    "ecole": Writer("tune", "Career Center ESCM <careers@escm-edu.example>", "html-utf8", "Chers étudiants,",
                    "L'équipe du Career Center", "Vous recevez ce message en tant qu'étudiant(e) de l'ESCM."),
    "client": Writer("tune", "Thomas Perrin <thomas.perrin@batifer.example>", "outlook-utf8", "Bonjour Camille,",
                     "Bonne journée,\nThomas\n\nThomas Perrin\nResponsable Achats | Batifer SA"),
    "assess": Writer("tune", "AssessFirst <notifications@assessfirst.example>", "html-utf8", "Bonjour Camille,",
                     "L'équipe AssessFirst", "AssessFirst SAS - Politique de confidentialité"),
    "startup": Writer("tune", "Julien <julien@okapi-app.example>", "plain-utf8", "Hello Camille,",
                      "A+\nJulien\nCTO @ Okapi"),
    "apec": Writer("tune", "Apec <ne-pas-repondre@apec.example>", "html-latin1-entities", "Bonjour,",
                   "L'équipe Apec", "Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre. "
                   "Pour ne plus recevoir ces e-mails, modifiez vos préférences dans votre espace."),
    "groupe": Writer("tune", "Recrutement Groupe Valmonde <noreply-recrutement@valmonde.example>", "alt-b64-utf8",
                     "Bonjour Camille Roux,", "L'équipe Talent Acquisition\nGroupe Valmonde", RGPD_LONG),
    "smartrec": Writer("tune", "Maison Caléa <no-reply@smartrecruiters.example>", "html-latin1-entities",
                       "Bonjour Camille,", "Cordialement,\nL'équipe Recrutement de Maison Caléa",
                       "Ce message a été envoyé via SmartRecruiters. " + RGPD_LONG),
    "asso": Writer("tune", "Association Les Ateliers du Lien <rh@ateliers-du-lien.example>", "cp1252-gmail-quote",
                   "Bonjour Camille,", "Bien à vous,\nMartine Lopez\nDirectrice\nLes Ateliers du Lien"),
    "linkedin": Writer("tune", "Hugo Marchetti <hugo.marchetti@orbis-rh.example>", "plain-utf8", "Bonjour Camille,",
                       "Hugo Marchetti\nTalent Acquisition Partner | Orbis RH\n06 00 00 00 00"),
    "banque": Writer("tune", "Ma Banque <info@mabanque-perso.example>", "html-utf8", "Bonjour Madame Roux,",
                     "Votre conseiller", "Ceci est un e-mail automatique. Mentions légales."),
    # tune writers added after the first run (their mistakes were read too)
    "bilingue": Writer("tune", "Nordis Talent <talent@nordis-careers.example>", "alt-b64-utf8", "Bonjour Camille,",
                       "Cordialement / Best regards,\nNordis Talent Acquisition",
                       "English version below. Nordis SA - Données personnelles : voir notre politique."),
    "avocats": Writer("tune", "Cabinet Delorme Avocats <recrutement@delorme-avocats.example>", "outlook-utf8",
                      "Madame,", "Nous vous prions de croire, Madame, en l'assurance de nos sentiments les "
                      "meilleurs.\n\nLe Comité de recrutement\nDelorme Avocats AARPI", CONFIDENTIAL),
    "esn": Writer("tune", "Kevin Ngo <kevin.ngo@altis-consulting.example>", "plain-utf8", "Bonjour Camille,",
                  "Cordialement,\nKevin Ngo\nChargé d'affaires recrutement\nAltis Consulting - ESN"),
    "hopital": Writer("tune", "Direction des Ressources Humaines CH <drh@ch-valence.example>", "html-latin1-entities",
                      "Madame,", "La Direction des Ressources Humaines\nCentre Hospitalier de Valence"),
    "agenda": Writer("tune", "Google Agenda <calendar-notification@google.example>", "html-utf8", "",
                     "Invitation de Google Agenda", "Vous recevez cet e-mail car vous êtes invité à cet événement."),
    "divers": Writer("tune", "Newsletter Pépite <newsletter@pepite.example>", "html-utf8", "Bonjour Camille,",
                     "L'équipe Pépite", "Se désabonner | Voir dans le navigateur"),
    # ---- report half
    "jobteaser": Writer("report", "JobTeaser <notifications@jobteaser.example>", "html-utf8", "Bonjour Camille,",
                        "L'équipe JobTeaser", "Tu reçois cet e-mail car tu utilises JobTeaser via ton école."),
    "workday": Writer("report", "Aéroval Careers <aeroval@myworkday.example>", "alt-b64-utf8",
                      "Chère Camille,", "Bien cordialement,\nL'équipe Acquisition de Talents Aéroval",
                      "Merci de ne pas répondre à ce message généré automatiquement. " + RGPD_LONG),
    "teamtailor": Writer("report", "Lunaris <no-reply@lunaris.teamtailor.example>", "html-utf8", "Bonjour Camille,",
                         "L'équipe Lunaris", "Vos données sont traitées conformément à notre politique de "
                         "confidentialité. Gérer mes données"),
    "hellowork": Writer("report", "HelloWork <candidature@hellowork.example>", "html-latin1-entities",
                        "Bonjour Camille Roux,", "L'équipe HelloWork",
                        "HelloWork (anciennement RegionsJob) - Vous pouvez vous désabonner à tout moment."),
    "artisan": Writer("report", "Boulangerie Marchal <boulangerie.marchal@orange.example>", "ascii-lost",
                      "Bonjour,", "Cordialement\nMme Marchal"),
    "chasseur": Writer("report", "Antoine Delmas via LinkedIn <inmail-hit-reply@linkedin.example>", "plain-utf8",
                       "Bonjour Camille,", "Bien à vous,\nAntoine Delmas\nManager - Kerval Executive Search"),
    "cfa": Writer("report", "Service Relations Entreprises IUT <relations.entreprises@iut-nord.example>",
                  "cp1252-gmail-quote", "Bonjour Camille,", "Cordialement,\nNadia Bensaïd\nChargée des "
                  "relations entreprises\nIUT Nord - Département GEA"),
    "pole": Writer("report", "Pôle emploi <ne-pas-repondre@pole-emploi.example>", "html-latin1-entities",
                   "Madame ROUX,", "Votre conseiller Pôle emploi",
                   "Ce message vous est envoyé automatiquement. Merci de ne pas y répondre."),
    "bureau": Writer("report", "Isabelle Moreau <i.moreau@cabinet-moreau-archi.example>", "outlook-utf8",
                     "Bonjour à tous,", "Isabelle Moreau\nArchitecte associée\nAtelier Moreau & Associés",
                     CONFIDENTIAL),
    "vie": Writer("report", "Business France - VIE <vie-noreply@businessfrance.example>", "alt-b64-utf8",
                  "Bonjour Camille,", "L'équipe V.I.E\nBusiness France"),
    "conseil": Writer("report", "Marc Aubert <marc.aubert@orion-strategy.example>", "outlook-utf8",
                      "Bonjour Camille,", "Bien à vous,\nMarc Aubert\nSenior Manager | Orion Strategy\n"
                      "+33 6 00 00 00 00", CONFIDENTIAL),
    "mairie": Writer("report", "Ville de Montclair - RH <recrutement@montclair-ville.example>", "outlook-utf8",
                     "Madame,", "Pour le Maire et par délégation,\nLa Directrice des Ressources Humaines",
                     "Mairie de Montclair - Place de la République"),
    "hotel": Writer("report", "Hôtels Azurine <jobs@azurine-hotels.example>", "html-utf8", "Bonjour Camille,",
                    "À bientôt,\nL'équipe RH Azurine", "Azurine SAS - Vos données restent confidentielles."),
    "central": Writer("report", "Central Test <noreply@centraltest.example>", "alt-b64-utf8", "Bonjour,",
                      "L'équipe Central Test", "Merci de ne pas répondre à cet e-mail."),
    "perso": Writer("report", "Garage Dupuis <contact@garage-dupuis.example>", "ascii-lost", "Bonjour,",
                    "Garage Dupuis"),
    "interim": Writer("report", "Laura - Agence Proxim Intérim <laura.b@proxim-interim.example>", "flowed-utf8",
                      "Bonjour Camille,", "Laura Bernard\nChargée de recrutement\nProxim Intérim Tours"),
}

# (writer, label, subject, body). Paragraphs are separated by blank lines; the writer adds hello, bye and footer.
MESSAGES: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- Welcome to the Jungle (tutoiement)
    ("wttj", "application_ack", "Ta candidature chez Papyrus a bien été envoyée 🚀",
     "Bonne nouvelle : ta candidature pour le poste de Chargé·e de communication (Stage - 6 mois) chez Papyrus "
     "est bien partie !\n\nL'équipe de Papyrus va maintenant l'étudier. En attendant, tu peux suivre son statut "
     "depuis ton tableau de bord.\n\nBon courage pour la suite !"),
    ("wttj", "application_ack", "Papyrus a bien reçu ta candidature",
     "Merci pour ta candidature au poste de Business Developer Junior.\n\nOn a bien reçu ton CV et ta lettre. "
     "Chaque candidature est lue par une vraie personne de l'équipe, promis. On revient vers toi d'ici deux "
     "semaines, quelle que soit la réponse."),
    ("wttj", "rejection", "Ta candidature chez Mangrove",
     "Merci d'avoir pris le temps de postuler chez Mangrove et de t'intéresser à notre projet.\n\nOn a lu ton "
     "profil avec attention, et on a décidé de ne pas aller plus loin pour cette fois : on cherche quelqu'un avec "
     "davantage d'expérience en growth marketing.\n\nOn te souhaite de trouver très vite l'aventure qui te "
     "correspond !"),
    ("wttj", "rejection", "Mise à jour de ta candidature - Product Owner (Alternance)",
     "Merci pour l'intérêt que tu portes à Sillage.\n\nAprès avoir échangé en équipe, nous avons le regret de te "
     "dire que ta candidature ne sera pas retenue pour ce poste en alternance.\n\nN'hésite pas à garder un œil "
     "sur nos prochaines offres."),
    ("wttj", "rejection", "Retour sur ta candidature",
     "Un grand merci pour ta candidature et pour le temps passé sur le cas pratique.\n\nMalheureusement, le poste "
     "a été pourvu entre-temps par une personne dont le profil était plus proche de nos besoins immédiats.\n\n"
     "On garde ton CV sous le coude pour les prochains recrutements."),
    ("wttj", "other", "12 nouvelles offres pour toi cette semaine",
     "Voici les jobs qui pourraient te plaire : Chargé·e de marketing chez Brume, Data Analyst chez Pollen, "
     "Office Manager chez Kiwi.\n\nDécouvre aussi notre article : 5 questions à poser en fin d'entretien."),
    ("wttj", "other", "Camille, complète ton profil pour être repéré·e",
     "Les recruteurs consultent en priorité les profils complets. Ajoute une photo, tes expériences et tes "
     "compétences en 2 minutes."),
    # ---------------------------------------------------------------- Taleo, banque (vouvoiement, long footer)
    ("taleo", "application_ack", "Accusé de réception de votre candidature - Réf. 19-0457",
     "Nous accusons bonne réception de votre candidature au poste de Chargée d'affaires entreprises (CDI) et vous "
     "remercions de l'intérêt que vous portez à la Banque Orsay.\n\nVotre dossier va être étudié avec la plus "
     "grande attention par nos équipes. Si votre profil est retenu, un chargé de recrutement prendra contact "
     "avec vous."),
    ("taleo", "application_ack", "Banque Orsay - Votre candidature",
     "Nous avons le plaisir de vous confirmer l'enregistrement de votre candidature pour l'offre Stage - Analyste "
     "Risques de crédit (H/F).\n\nVous pouvez à tout moment consulter le suivi de votre dossier en vous "
     "connectant à votre compte candidat."),
    ("taleo", "rejection", "Banque Orsay - Suite donnée à votre candidature",
     "Nous vous remercions de l'intérêt que vous avez manifesté pour la Banque Orsay en postulant à l'offre "
     "Analyste Crédit (H/F).\n\nNous avons étudié votre candidature avec attention. Cependant, nous sommes au "
     "regret de ne pouvoir y apporter une réponse favorable, d'autres candidatures correspondant davantage aux "
     "exigences du poste.\n\nNous vous souhaitons pleine réussite dans vos recherches."),
    ("taleo", "rejection", "Votre candidature - Stage Contrôle de gestion",
     "Nous faisons suite à votre candidature pour un stage au sein de notre Direction Financière.\n\nMalgré "
     "l'intérêt de votre parcours, nous ne sommes pas en mesure de vous proposer un stage correspondant à vos "
     "attentes pour la période souhaitée.\n\nNous conservons toutefois vos coordonnées dans notre base de "
     "données et ne manquerons pas de revenir vers vous si une opportunité se présentait."),
    ("taleo", "rejection", "Réponse à votre candidature - Conseiller Clientèle",
     "Nous vous remercions de votre candidature et de votre disponibilité lors de l'entretien collectif du 12 "
     "mars.\n\nAprès délibération, votre candidature n'a pas été retenue pour la suite du processus de "
     "recrutement.\n\nNous vous souhaitons une bonne continuation."),
    ("taleo", "rejection", "Clôture de l'offre Gestionnaire Back Office",
     "Nous vous informons que l'offre Gestionnaire Back Office (CDD 6 mois) à laquelle vous avez postulé a été "
     "clôturée.\n\nPar conséquent, votre candidature ne pourra pas être étudiée. Nous vous invitons à consulter "
     "régulièrement nos offres sur notre site carrières."),
    ("taleo", "assessment", "Banque Orsay - Tests en ligne",
     "Dans le cadre de votre candidature au poste de Chargée d'affaires entreprises, nous vous invitons à "
     "compléter une série de tests en ligne (raisonnement numérique et verbal).\n\nVous disposez de 5 jours pour "
     "les réaliser à partir du lien ci-dessous. Prévoyez environ 45 minutes dans un endroit calme."),
    # ---------------------------------------------------------------- Indeed
    ("indeed", "application_ack", "Candidature envoyée : Assistant(e) commercial(e) - Lyon 3e",
     "Votre candidature a été envoyée à Ferrand Distribution.\n\nVoici ce qui se passe ensuite : l'employeur "
     "examinera votre candidature et pourra vous contacter s'il souhaite aller plus loin.\n\nPostulez à des "
     "postes similaires :"),
    ("indeed", "application_ack", "Indeed Candidature : Vendeur / Vendeuse H/F",
     "Nous avons transmis votre CV à Maison Lefort. Vous trouverez le récapitulatif de votre candidature dans "
     "Mes emplois.\n\nConseil : les employeurs répondent plus souvent aux candidats qui ont un profil complet."),
    ("indeed", "application_ack", "Votre candidature a été vue",
     "Bonne nouvelle ! Ferrand Distribution a consulté votre candidature pour le poste d'Assistant(e) "
     "commercial(e). Nous vous préviendrons si l'employeur vous envoie un message."),
    ("indeed", "rejection", "Un message de Ferrand Distribution concernant votre candidature",
     "Ferrand Distribution vous a envoyé un message :\n\n« Bonjour, merci pour votre candidature au poste "
     "d'Assistant(e) commercial(e). Nous avons bien étudié votre profil mais nous avons décidé de donner suite à "
     "d'autres candidatures. Bonne chance pour la suite. »"),
    ("indeed", "rejection", "Mise à jour concernant votre candidature chez Optimo",
     "Merci d'avoir postulé au poste de Technicien(ne) support chez Optimo.\n\nL'employeur a indiqué qu'il ne "
     "donnera pas suite à votre candidature pour le moment.\n\nNe vous découragez pas : de nouveaux emplois sont "
     "publiés chaque jour."),
    ("indeed", "other", "Nouveaux emplois : chargé de communication à Lyon",
     "30 nouveaux emplois correspondent à votre recherche.\n\nChargé de communication - Mairie de Villeurbanne - "
     "Postulez facilement\nAssistant communication H/F - Groupe Alto - Nouveau"),
    ("indeed", "other", "Avez-vous été embauché(e) ?",
     "Aidez-nous à améliorer vos recommandations : avez-vous trouvé un emploi récemment ? Répondez en un clic."),
    # ---------------------------------------------------------------- PME, gérant qui écrit à la main
    ("pme", "interview", "RE: Candidature assistante de gestion",
     "J'ai bien reçu votre CV et votre lettre, merci.\n\nVotre parcours m'intéresse. Pouvez-vous passer à "
     "l'atelier jeudi vers 14h pour qu'on discute du poste ? Si ce n'est pas possible dites-moi quand vous êtes "
     "libre la semaine prochaine."),
    ("pme", "interview", "Rendez-vous lundi",
     "Comme convenu au téléphone, je vous attends lundi 9h à l'atelier, 14 route de Bordeaux. Demandez Philippe à "
     "l'accueil. Pensez à apporter un CV papier."),
    ("pme", "rejection", "RE: Candidature assistante de gestion",
     "Merci d'être venue nous rencontrer jeudi, j'ai apprécié notre discussion.\n\nJ'ai longuement hésité mais "
     "j'ai finalement choisi quelqu'un qui habite à côté et qui a déjà travaillé dans la menuiserie. Je suis "
     "désolé de ne pas avoir une meilleure nouvelle.\n\nBon courage pour vos recherches."),
    ("pme", "rejection", "Votre demande de stage",
     "Merci pour votre demande de stage. Malheureusement cette année on est une petite équipe et je n'aurai pas "
     "le temps de bien encadrer un stagiaire, donc je préfère dire non plutôt que mal faire.\n\nJe vous souhaite "
     "de trouver une bonne entreprise."),
    ("pme", "rejection", "Poste de secrétaire",
     "Je reviens vers vous pour le poste de secrétaire comptable. Nous ne pouvons malheureusement pas donner suite, "
     "la personne en place a finalement décidé de rester.\n\nEncore merci pour votre intérêt."),
    ("pme", "offer", "Votre embauche",
     "Suite à notre entretien de mardi, j'ai le plaisir de vous confirmer que je vous prends pour le poste "
     "d'assistante de gestion, en CDI à partir du 2 septembre.\n\nLe comptable va préparer le contrat, je vous "
     "l'envoie dès que je l'ai. Salaire comme on a dit, 1 900 brut."),
    ("pme", "other", "Devis escalier",
     "Suite à votre visite, veuillez trouver ci-dessous notre offre pour la fourniture et la pose d'un escalier "
     "en chêne : 4 800 € HT. L'offre est valable un mois. Délai de réalisation : six semaines."),
    # ---------------------------------------------------------------- cabinet de recrutement (flowed)
    ("cabinet", "recruiter_outreach", "Opportunité - Auditeur Junior H/F - Paris",
     "Je me permets de vous contacter car je recrute actuellement pour un de nos clients, un cabinet d'audit "
     "indépendant en pleine croissance, un Auditeur Junior (H/F) en CDI.\n\nVotre double diplôme et votre stage "
     "chez Deveaux & Associés me semblent tout à fait en phase avec ce poste. Seriez-vous disponible pour un "
     "échange téléphonique de 15 minutes cette semaine ?"),
    ("cabinet", "recruiter_outreach", "Poste de contrôleur de gestion junior",
     "Je travaille sur un recrutement de Contrôleur de gestion junior pour un groupe industriel basé à "
     "Nanterre.\n\nSi vous êtes en veille ou à l'écoute du marché, je serais ravie de vous en dire plus. Vous "
     "pouvez me répondre directement par e-mail."),
    ("cabinet", "interview", "Entretien avec notre client - Auditeur Junior",
     "Suite à notre échange de mardi, j'ai présenté votre candidature à notre client qui souhaite vous "
     "rencontrer.\n\nIls proposent un entretien le vendredi 15 novembre à 10h dans leurs locaux (avenue de "
     "l'Opéra). Pouvez-vous me confirmer que ce créneau vous convient ?"),
    ("cabinet", "interview", "Point avant votre rendez-vous",
     "Je vous propose qu'on fasse un point téléphonique demain à 18h pour préparer votre rendez-vous avec le "
     "DAF.\n\nJe vous enverrai également quelques éléments sur l'entreprise et le déroulé du second tour."),
    ("cabinet", "rejection", "Retour de notre client",
     "Je reviens vers vous suite à votre entretien avec notre client.\n\nIls ont apprécié votre présentation, "
     "mais ont finalement décidé de poursuivre avec un candidat disposant d'une première expérience en Big "
     "Four.\n\nJe reste attentive à d'autres opportunités qui pourraient vous correspondre et reviendrai vers "
     "vous."),
    ("cabinet", "rejection", "Contrôleur de gestion junior",
     "Je vous remercie pour votre intérêt pour cette mission.\n\nAprès étude avec mon client, votre candidature "
     "n'a pas été retenue pour ce poste, le client souhaitant un profil avec une expérience en usine.\n\n"
     "Je garde bien sûr votre dossier en tête pour de prochaines missions."),
    # ---------------------------------------------------------------- service carrières d'école
    ("ecole", "other", "[Career Center] Forum Entreprises le 14 novembre",
     "Plus de 80 entreprises vous attendent au Forum Entreprises ! Préparez vos CV, venez rencontrer les "
     "recruteurs et découvrir les offres de stage et d'alternance.\n\nAteliers CV et simulations d'entretien "
     "toute la journée."),
    ("ecole", "other", "Offres de stages de la semaine",
     "Retrouvez cette semaine 45 nouvelles offres de stage publiées par nos entreprises partenaires : audit, "
     "marketing, finance de marché. Postulez directement sur la plateforme."),
    ("ecole", "other", "Rappel : validation de votre convention de stage",
     "Nous vous rappelons que toute convention de stage doit être saisie sur la plateforme au moins trois "
     "semaines avant le début du stage. Les conventions incomplètes ne pourront pas être signées."),
    # ---------------------------------------------------------------- client au travail (affaires)
    ("client", "other", "Appel d'offres lot 3 - candidature",
     "Nous avons bien reçu votre candidature pour l'appel d'offres relatif au lot 3 (menuiseries extérieures). "
     "L'ouverture des plis aura lieu le 12. Merci de nous transmettre l'attestation d'assurance manquante."),
    ("client", "other", "Entretien annuel - planning",
     "Comme chaque année, merci de me proposer deux créneaux pour ton entretien annuel d'évaluation avant fin "
     "janvier. Pense à remplir ta grille d'auto-évaluation."),
    ("client", "other", "Votre offre du 4 mars",
     "Merci pour votre offre. Nous la trouvons un peu élevée par rapport aux autres propositions reçues. "
     "Pourriez-vous revoir le poste transport ? Nous pourrions en discuter lors d'une réunion jeudi."),
    ("client", "other", "RE: réunion de chantier",
     "Je confirme ma présence à la réunion de chantier vendredi 9h. Je passerai ensuite au garage pour "
     "l'entretien du véhicule de service."),
    # ---------------------------------------------------------------- AssessFirst et autres tests
    ("assess", "assessment", "Banque Orsay vous invite à compléter votre profil AssessFirst",
     "Dans le cadre de votre candidature, Banque Orsay vous invite à remplir les questionnaires AssessFirst "
     "(personnalité, motivations, raisonnement).\n\nCela prend environ 30 minutes. Cliquez sur le bouton "
     "ci-dessous pour commencer."),
    ("assess", "assessment", "Rappel : vos questionnaires vous attendent",
     "Vous n'avez pas encore terminé vos questionnaires pour Groupe Valmonde. Il ne vous reste que 2 jours pour "
     "les compléter."),
    ("assess", "application_ack", "Merci, votre profil est complet",
     "Merci d'avoir complété vos questionnaires. Vos résultats ont bien été transmis à Banque Orsay, qui "
     "reviendra vers vous directement."),
    ("assess", "assessment", "Invitation à votre entretien vidéo différé",
     "Groupe Valmonde vous invite à un entretien vidéo différé sur la plateforme. Vous répondrez à 5 questions "
     "en vidéo, à votre rythme, avant le 20 avril."),
    # ---------------------------------------------------------------- startup (tutoiement, Gmail)
    ("startup", "interview", "Okapi x Camille",
     "Merci pour ta candidature, ton parcours nous plaît beaucoup !\n\nEst-ce que tu serais dispo pour un premier "
     "call de 30 min cette semaine ? Tu peux prendre un créneau directement ici : calendly.com/julien-okapi/30min"),
    ("startup", "interview", "Prochaine étape",
     "Super échange hier ! On aimerait te faire rencontrer le reste de l'équipe dans nos bureaux. Tu aurais "
     "des dispos mardi ou mercredi aprèm ?"),
    ("startup", "rejection", "Suite de ton process chez Okapi",
     "Merci encore pour ton temps et pour le case study, on a vraiment apprécié ta présentation.\n\nOn a fait le "
     "point avec l'équipe et on a décidé de partir sur un autre profil, plus senior sur la partie data.\n\nJe "
     "serais ravi de te faire un retour plus détaillé par téléphone si tu veux."),
    ("startup", "offer", "Proposition Okapi 🎉",
     "Toute l'équipe a adoré te rencontrer et on a le plaisir de te proposer le poste de Product Analyst en "
     "CDI !\n\nTu trouveras en PJ la promesse d'embauche avec le package (38k + BSPCE). Dis-nous si tu as des "
     "questions."),
    ("startup", "assessment", "Le case study",
     "Comme promis, voici le case study pour la prochaine étape : une analyse de notre funnel d'activation à "
     "partir du jeu de données joint. Tu as une semaine, et tu nous le présenteras en 20 minutes."),
    # ---------------------------------------------------------------- Apec
    ("apec", "application_ack", "Votre candidature a bien été transmise",
     "Votre candidature pour l'offre Chargé d'études marketing H/F (réf. 169452) a bien été transmise au "
     "recruteur. Retrouvez toutes vos candidatures dans votre espace Apec."),
    ("apec", "other", "Vos offres Apec du jour",
     "14 nouvelles offres correspondent à votre recherche « chargé d'études ». Consultez-les avant qu'elles ne "
     "soient pourvues."),
    ("apec", "other", "Atelier : réussir son entretien de recrutement",
     "Inscrivez-vous à notre atelier gratuit en ligne pour préparer vos entretiens : pitch, questions "
     "difficiles, négociation salariale. Places limitées."),
    ("apec", "other", "Votre mot de passe a été modifié",
     "Le mot de passe de votre compte Apec a été modifié. Si vous n'êtes pas à l'origine de cette modification, "
     "contactez-nous."),
    # ---------------------------------------------------------------- Groupe (Workday-like, base64)
    ("groupe", "application_ack", "Merci pour votre candidature - Groupe Valmonde",
     "Merci pour votre candidature au poste de VIE Supply Chain - Singapour. Nous l'avons bien reçue et elle "
     "est en cours de traitement.\n\nNous vous tiendrons informée de l'avancement de votre candidature."),
    ("groupe", "application_ack", "Groupe Valmonde : réception de votre candidature",
     "Nous vous confirmons la réception de votre candidature spontanée. Nos équipes RH vont en prendre "
     "connaissance avec attention."),
    ("groupe", "rejection", "Votre candidature au poste de Chef de projet junior",
     "Nous vous remercions d'avoir postulé au poste de Chef de projet junior et du temps consacré à nos "
     "échanges.\n\nNous avons reçu un nombre important de candidatures de grande qualité. Après une revue "
     "attentive, nous avons décidé de retenir d'autres candidats dont les profils correspondent plus étroitement "
     "à nos besoins actuels.\n\nNous vous encourageons à postuler à d'autres offres qui pourraient vous "
     "intéresser."),
    ("groupe", "rejection", "Mise à jour de votre candidature",
     "Merci de l'intérêt porté au Groupe Valmonde. Nous tenons à vous informer que le poste de VIE Supply Chain "
     "- Singapour a été annulé. Nous sommes désolés pour la gêne occasionnée."),
    ("groupe", "interview", "Invitation à un entretien - Chef de projet junior",
     "Nous avons le plaisir de vous inviter à un entretien en visioconférence avec Mme Hamon, Responsable PMO, "
     "le mercredi 3 juillet à 11h00.\n\nLe lien Teams vous sera envoyé la veille. Merci de confirmer votre "
     "disponibilité en répondant à ce message."),
    ("groupe", "rejection", "Votre candidature - Stage RH",
     "Nous vous remercions pour votre candidature au stage Assistant(e) RH. Nous ne sommes malheureusement pas en "
     "mesure de lui donner une suite favorable, le stage ayant déjà été attribué."),
    ("groupe", "offer", "Votre proposition d'embauche - Groupe Valmonde",
     "Nous avons le plaisir de vous faire parvenir ci-joint votre lettre d'offre pour le poste de Chef de "
     "projet junior, en CDI, avec une prise de poste au 1er septembre.\n\nMerci de nous retourner la lettre "
     "signée sous 8 jours."),
    # ---------------------------------------------------------------- SmartRecruiters (e-commerce)
    ("smartrec", "application_ack", "Merci d'avoir postulé chez Maison Caléa",
     "Merci d'avoir postulé au poste de Chargé(e) CRM chez Maison Caléa. Notre équipe examine votre candidature "
     "et vous tiendra informée des prochaines étapes."),
    ("smartrec", "application_ack", "Nous avons reçu votre candidature",
     "Votre candidature pour le poste Stage Merchandising (6 mois) a été soumise avec succès. Nous l'étudierons "
     "dans les plus brefs délais."),
    ("smartrec", "rejection", "Votre candidature au poste de Chargé(e) CRM",
     "Merci pour l'intérêt que vous portez à Maison Caléa et pour le temps que vous avez consacré à votre "
     "candidature.\n\nNous avons examiné votre profil avec attention. Nous avons toutefois décidé de ne pas "
     "donner suite à votre candidature pour ce poste.\n\nNous conservons votre CV et n'hésiterons pas à vous "
     "recontacter si un poste correspondant à votre profil venait à se libérer."),
    ("smartrec", "rejection", "Maison Caléa - Stage Merchandising",
     "Merci pour votre candidature. Nous avons reçu un très grand nombre de candidatures pour ce stage et "
     "nous avons dû faire des choix difficiles : votre profil n'a pas été sélectionné pour cette fois."),
    ("smartrec", "rejection", "Maison Caléa - Suite à votre entretien",
     "Nous vous remercions d'avoir pris le temps d'échanger avec nous la semaine dernière. Après réflexion, "
     "nous avons décidé d'orienter notre choix vers un autre candidat pour ce poste.\n\nNous vous souhaitons "
     "beaucoup de réussite dans vos projets."),
    # ---------------------------------------------------------------- association (écrit à la main)
    ("asso", "application_ack", "Re: Candidature chargée de mission",
     "Merci pour votre candidature, je l'ai bien reçue. Nous clôturons les candidatures vendredi et nous "
     "ferons un retour à chacun la semaine suivante."),
    ("asso", "interview", "Re: Candidature chargée de mission",
     "Votre candidature a retenu l'attention du bureau. Nous aimerions vous rencontrer le mercredi 5 juin à "
     "17h30 à l'association. Est-ce que cela vous convient ?"),
    ("asso", "rejection", "Re: Candidature chargée de mission",
     "Je tenais à vous remercier pour notre rencontre de mercredi et pour votre intérêt pour l'association. "
     "Le bureau a fait le choix d'une candidate qui connaît déjà bien le quartier et ses habitants. Ce n'était "
     "pas une décision facile.\n\nJe vous souhaite de trouver un poste à la hauteur de votre engagement."),
    ("asso", "rejection", "Service civique",
     "Merci pour votre candidature pour la mission de service civique. Toutes les missions de cette année sont "
     "désormais pourvues. Nous publierons les prochaines en septembre."),
    # ---------------------------------------------------------------- recruteur in-house (approche)
    ("linkedin", "recruiter_outreach", "Échange autour d'un poste de Data Analyst",
     "Je suis recruteur chez Orbis RH et je suis tombé sur votre profil en cherchant des analystes data "
     "juniors. Nous ouvrons un poste en CDI à Nantes qui pourrait vous plaire. Seriez-vous partante pour un "
     "appel de 20 minutes ?"),
    ("linkedin", "recruiter_outreach", "Suite à votre profil LinkedIn",
     "Votre expérience en alternance chez Fidelio m'a beaucoup intéressé. Nous recherchons une personne pour "
     "rejoindre l'équipe contrôle de gestion. Puis-je vous envoyer la fiche de poste ?"),
    ("linkedin", "recruiter_outreach", "Une opportunité chez Orbis RH",
     "J'espère que vous allez bien. Je me permets de vous écrire car nous recrutons plusieurs chargés de "
     "recrutement en CDI et votre parcours en école de commerce m'a semblé intéressant. Êtes-vous en poste "
     "actuellement ?"),
    # ---------------------------------------------------------------- banque personnelle
    ("banque", "other", "Une offre exclusive pour votre carte",
     "Profitez de notre offre de bienvenue : votre cotisation carte offerte la première année. Offre soumise à "
     "conditions, valable jusqu'au 30 juin."),
    ("banque", "other", "Votre rendez-vous avec votre conseiller",
     "Votre rendez-vous téléphonique avec votre conseiller est confirmé le 12 mars à 18h pour faire le point sur "
     "votre projet immobilier."),
    # ---------------------------------------------------------------- tune writers added after the first run
    ("bilingue", "application_ack", "Votre candidature / Your application - Nordis",
     "Merci pour votre candidature au poste de Graduate Programme Finance. Nous l'étudions et reviendrons vers "
     "vous dans les prochaines semaines.\n\n---\n\nDear Camille, thank you for applying for the Graduate "
     "Programme Finance. We are reviewing your application and will be in touch in the coming weeks."),
    ("bilingue", "rejection", "Nordis - Graduate Programme Finance",
     "Nous vous remercions pour l'intérêt porté à Nordis. Après une étude approfondie, nous regrettons de vous "
     "informer que votre candidature n'a pas été présélectionnée pour la prochaine étape.\n\n---\n\nDear "
     "Camille, thank you for your interest in Nordis. After careful review, we regret to inform you that your "
     "application has not been shortlisted for the next stage."),
    ("bilingue", "interview", "Invitation à un entretien / Interview invitation",
     "Nous serions ravis d'échanger avec vous lors d'un entretien vidéo de 45 minutes. Merci de choisir un "
     "créneau via le lien ci-dessous.\n\n---\n\nWe would be delighted to speak with you during a 45-minute "
     "video interview. Please pick a slot using the link below."),
    ("bilingue", "assessment", "Nordis - Tests en ligne / Online tests",
     "Afin de poursuivre votre candidature, nous vous invitons à réaliser nos tests d'aptitude numérique et "
     "verbale sous sept jours.\n\n---\n\nTo move your application forward, please complete our numerical and "
     "verbal reasoning tests within seven days."),
    ("avocats", "rejection", "Votre candidature - Collaborateur 2021",
     "Nous faisons suite à votre candidature au sein de notre département Corporate et vous remercions de "
     "l'intérêt que vous portez à notre Cabinet.\n\nNous sommes au regret de ne pouvoir y réserver une suite "
     "favorable, notre équipe étant à ce jour au complet."),
    ("avocats", "interview", "Candidature - Stage élève-avocat",
     "Votre candidature a retenu notre attention. Nous vous proposons de rencontrer Maître Delorme le 9 "
     "février à 17 heures en nos bureaux, 21 avenue Hoche."),
    ("avocats", "rejection", "Stage élève-avocat - janvier 2021",
     "Nous vous remercions de votre candidature pour un stage élève-avocat. Nos effectifs de stagiaires pour "
     "la période de janvier à juin 2021 sont d'ores et déjà complets."),
    ("avocats", "application_ack", "Candidature reçue",
     "Nous accusons réception de votre candidature, qui a été transmise à l'associé en charge du recrutement. "
     "Nous ne manquerons pas de revenir vers vous."),
    ("esn", "interview", "Suite à votre candidature sur Indeed",
     "Je fais suite à votre candidature pour le poste de Consultante MOA. Seriez-vous disponible demain pour un "
     "premier échange téléphonique d'une vingtaine de minutes ?"),
    ("esn", "recruiter_outreach", "Consultante fonctionnelle - Nantes",
     "Dans le cadre de notre développement, nous recherchons des consultants fonctionnels pour intervenir "
     "chez nos clients grands comptes. Votre CV a retenu mon attention sur la CVthèque de l'Apec. Pouvons-nous "
     "échanger ?"),
    ("esn", "rejection", "Mission Banque - retour client",
     "Suite à l'entretien client de mardi, je suis au regret de vous annoncer que le client n'a pas retenu "
     "votre profil pour cette mission. Je reviens vers vous très vite avec d'autres propositions."),
    ("esn", "rejection", "Positionnement mission",
     "Je vous informe que la mission sur laquelle je vous avais positionnée a été annulée par le client. Je "
     "reste à votre écoute."),
    ("hopital", "application_ack", "Votre candidature spontanée",
     "Nous avons bien reçu votre candidature spontanée. Celle-ci a été transmise aux services concernés, qui "
     "prendront contact avec vous en cas d'intérêt."),
    ("hopital", "rejection", "Réponse à votre demande d'emploi",
     "Nous accusons réception de votre demande d'emploi. Nous ne disposons malheureusement d'aucun poste "
     "vacant correspondant à votre qualification. Votre dossier est conservé six mois."),
    ("agenda", "interview", "Invitation: Entretien Camille Roux / Nordis @ jeu. 14 mars 2019 10:00 - 10:45 (CET)",
     "Entretien Camille Roux / Nordis\nQuand : jeudi 14 mars 2019 10:00 – 10:45 Heure normale d'Europe centrale "
     "- Paris\nParticiper à la réunion Google Meet : meet.google.com/abc-defg-hij\nInvités : Camille Roux, "
     "Anne Guérin\nAccepter - Peut-être - Refuser"),
    ("agenda", "other", "Invitation: Anniversaire de Léa @ sam. 16 mars 2019 20:00",
     "Anniversaire de Léa\nQuand : samedi 16 mars 2019 20:00 – 23:30\nOù : chez Léa, 4 rue Victor Hugo\n"
     "Accepter - Peut-être - Refuser"),
    ("divers", "other", "5 erreurs à éviter en entretien d'embauche",
     "Cette semaine dans la newsletter : les 5 erreurs qui coûtent un poste en entretien d'embauche, comment "
     "négocier son salaire et notre sélection d'offres d'emploi."),
    ("divers", "other", "Votre inscription au salon Jeunes d'Avenirs",
     "Votre inscription au salon de recrutement Jeunes d'Avenirs du 18 avril est confirmée. Présentez ce "
     "billet à l'entrée avec plusieurs exemplaires de votre CV."),
    ("divers", "other", "Admission - Master Management International",
     "Nous avons le plaisir de vous informer que votre candidature au Master Management International a été "
     "acceptée. Merci de confirmer votre inscription avant le 30 juin."),
    ("divers", "other", "Offre parrainage : 20 € offerts",
     "Parrainez un ami et recevez 20 € chacun. Offre valable jusqu'au 31 mai."),

    # ================================================================ report half
    # ---------------------------------------------------------------- JobTeaser
    ("jobteaser", "application_ack", "Ta candidature a été envoyée",
     "Ta candidature pour le stage Assistant Chef de Produit chez Lorival a bien été envoyée ! Tu peux suivre son "
     "avancement dans l'onglet Mes candidatures."),
    ("jobteaser", "application_ack", "Candidature reçue - Stage Marketing Digital",
     "Lorival a bien reçu ta candidature. L'équipe RH reviendra vers toi si ton profil est présélectionné."),
    ("jobteaser", "rejection", "Ta candidature chez Lorival",
     "Merci pour ton intérêt pour Lorival et pour ta candidature au stage Assistant Chef de Produit.\n\nNous "
     "avons reçu beaucoup de candidatures et nous ne pouvons malheureusement pas donner suite à la tienne.\n\n"
     "Nous te souhaitons plein de succès pour ta recherche de stage."),
    ("jobteaser", "rejection", "Statut de ta candidature : non retenue",
     "Le statut de ta candidature pour Stage - Contrôle Interne chez Fidelio a changé : l'entreprise a "
     "indiqué que ta candidature n'était pas retenue."),
    ("jobteaser", "rejection", "Réponse de Serac à ta candidature",
     "Merci beaucoup pour ta candidature à notre offre d'alternance.\n\nNous avons finalement décidé de ne pas "
     "ouvrir ce poste en alternance cette année. Nous te souhaitons une belle réussite."),
    ("jobteaser", "other", "Les offres qui recrutent près de chez toi",
     "Stages, alternances, premiers emplois : découvre les 20 offres les plus consultées par les étudiants de "
     "ton école cette semaine."),
    ("jobteaser", "other", "Événement : Afterwork recrutement Conseil",
     "Rencontre les cabinets de conseil partenaires de ton école lors de notre afterwork jeudi. Inscription "
     "obligatoire."),
    # ---------------------------------------------------------------- Workday (Aéroval)
    ("workday", "application_ack", "Aéroval - Nous avons bien reçu votre candidature",
     "Nous vous remercions pour votre candidature au poste de Ingénieur Qualité Fournisseurs (F/H). Votre "
     "dossier a bien été reçu et sera examiné par notre équipe de recrutement.\n\nVous pouvez consulter "
     "l'état de votre candidature à tout moment sur notre portail carrières."),
    ("workday", "application_ack", "Confirmation : candidature Stage Achats",
     "Ceci est une confirmation automatique de la réception de votre candidature pour le poste Stage Achats - "
     "Toulouse (R-0045812)."),
    ("workday", "application_ack", "Merci d'avoir postulé chez Aéroval",
     "Merci d'avoir postulé chez Aéroval. Nous étudions actuellement les candidatures et nous prendrons contact "
     "avec vous si votre profil correspond à ce que nous recherchons."),
    ("workday", "rejection", "Votre candidature chez Aéroval",
     "Nous vous remercions pour l'intérêt que vous portez à Aéroval et pour votre candidature au poste "
     "d'Ingénieur Qualité Fournisseurs.\n\nAprès un examen attentif de votre candidature, nous regrettons de "
     "vous informer que nous avons décidé de poursuivre avec des candidats dont l'expérience correspond "
     "davantage aux exigences de ce poste.\n\nNous vous encourageons à consulter régulièrement notre site "
     "carrières."),
    ("workday", "rejection", "Aéroval - Mise à jour de votre candidature",
     "Merci de l'intérêt que vous avez témoigné à Aéroval. Nous souhaitons vous informer que le poste Stage "
     "Achats - Toulouse n'est plus disponible. Nous vous remercions pour le temps que vous avez consacré à "
     "votre candidature."),
    ("workday", "rejection", "Suite à vos entretiens",
     "Nous tenions à vous remercier pour votre participation aux entretiens pour le poste d'Ingénieur Méthodes. "
     "Votre candidature a été examinée avec attention ; toutefois, nous ne pourrons pas vous proposer ce poste. "
     "Cette décision ne remet pas en cause vos qualités."),
    ("workday", "assessment", "Aéroval - Prochaine étape : évaluation en ligne",
     "Votre candidature a retenu notre attention. La prochaine étape du processus consiste en une évaluation en "
     "ligne sur HireVue, qui comprend des questions vidéo et un exercice de logique. Merci de la compléter sous "
     "72 heures."),
    ("workday", "interview", "Aéroval - Invitation à un entretien",
     "Nous souhaitons vous rencontrer dans le cadre de votre candidature au poste d'Ingénieur Méthodes. Merci de "
     "sélectionner un créneau parmi les disponibilités proposées via le lien ci-dessous."),
    # ---------------------------------------------------------------- Teamtailor / SmartRecruiters
    ("teamtailor", "application_ack", "Merci pour votre candidature !",
     "Merci d'avoir postulé chez Lunaris pour le poste de Customer Success Manager. Nous sommes ravis de l'intérêt "
     "que vous portez à notre entreprise et nous reviendrons vers vous très vite."),
    ("teamtailor", "application_ack", "Lunaris : candidature reçue",
     "Nous avons bien reçu votre candidature spontanée. Nous la gardons précieusement et vous contacterons dès "
     "qu'un poste correspondant à votre profil s'ouvrira."),
    ("teamtailor", "rejection", "Votre candidature chez Lunaris",
     "Merci pour votre candidature au poste de Customer Success Manager et pour l'intérêt que vous portez à "
     "Lunaris.\n\nNous avons bien étudié votre profil et, bien qu'il soit intéressant, nous avons choisi de "
     "poursuivre avec des candidats dont l'expérience est plus en adéquation avec le poste.\n\nNous vous "
     "souhaitons bonne chance dans votre recherche."),
    ("teamtailor", "rejection", "Lunaris - retour sur votre candidature",
     "Nous vous remercions d'avoir pris le temps de nous rencontrer. Le recrutement pour ce poste est "
     "aujourd'hui suspendu suite à une réorganisation interne, et nous ne sommes donc pas en mesure de vous "
     "faire de proposition."),
    ("teamtailor", "rejection", "Candidature Sales Development Representative",
     "Merci pour votre candidature. Nous n'avons malheureusement pas pu la retenir, car nous recherchons un "
     "profil parlant couramment allemand."),
    ("teamtailor", "interview", "Lunaris - Planifions un entretien",
     "Nous avons été ravis de découvrir votre candidature et aimerions échanger avec vous. Réservez un créneau "
     "de 30 minutes pour un appel avec Léa, notre Head of Customer Success."),
    ("teamtailor", "assessment", "Lunaris - Exercice à réaliser",
     "Pour la suite du processus, nous vous proposons un exercice pratique : rédiger un plan d'onboarding pour "
     "un client fictif. Merci de nous le renvoyer d'ici lundi."),
    # ---------------------------------------------------------------- HelloWork / RegionsJob
    ("hellowork", "application_ack", "Votre candidature a bien été envoyée",
     "Votre candidature pour le poste de Assistant Administratif H/F chez Normandie Transports a bien été "
     "envoyée au recruteur.\n\nRetrouvez le suivi de vos candidatures dans votre espace HelloWork."),
    ("hellowork", "application_ack", "Le recruteur a consulté votre CV",
     "Normandie Transports a consulté votre candidature pour le poste d'Assistant Administratif H/F."),
    ("hellowork", "application_ack", "Confirmation de votre candidature",
     "Nous vous confirmons que votre candidature à l'offre Comptable Junior H/F - Rennes a été transmise à "
     "Cabinet Lebreton."),
    ("hellowork", "rejection", "Réponse du recruteur",
     "Cabinet Lebreton a répondu à votre candidature pour l'offre Comptable Junior H/F :\n\n« Nous vous "
     "remercions de votre candidature. Le poste a été pourvu. Nous vous souhaitons une bonne continuation. »"),
    ("hellowork", "other", "Offres d'emploi : Assistant administratif - Rouen",
     "8 nouvelles offres d'emploi pour votre alerte. Assistant administratif H/F - CDI - Rouen. Secrétaire "
     "médicale H/F - CDD - Le Havre."),
    ("hellowork", "other", "Votre CV est-il à jour ?",
     "Un CV à jour est consulté 3 fois plus par les recruteurs. Mettez le vôtre à jour en quelques clics."),
    # ---------------------------------------------------------------- artisan, accents perdus
    ("artisan", "interview", "Re: candidature vendeuse",
     "Merci pour votre candidature. Pouvez vous passer a la boutique samedi matin vers 10h pour qu'on fasse "
     "connaissance ? Sinon appelez moi au 03 83 00 00 00."),
    ("artisan", "rejection", "Re: candidature vendeuse",
     "Merci d'etre passee samedi. Finalement on a pris une personne qui avait deja travaille en boulangerie. "
     "Desolee et bonne continuation."),
    ("artisan", "rejection", "candidature",
     "Bonjour, merci pour votre CV mais nous n'avons besoin de personne pour le moment. Je le garde au cas ou "
     "pour cet ete."),
    ("artisan", "offer", "Re: essai",
     "L'essai de mercredi s'est bien passe. Si vous etes toujours d'accord on vous prend a partir du 1er juin en "
     "CDD de 6 mois, 28h par semaine. Passez signer le contrat lundi."),
    ("artisan", "other", "commande pieces montees",
     "Bonjour, je vous confirme la commande de 2 pieces montees pour le 14. Merci de passer regler l'acompte "
     "avant jeudi."),
    # ---------------------------------------------------------------- chasseurs / LinkedIn
    ("chasseur", "recruiter_outreach", "Opportunité Chef de projet Supply Chain",
     "Je me permets de vous contacter au sujet d'une opportunité de Chef de projet Supply Chain chez un acteur "
     "majeur de la grande distribution.\n\nVotre expérience en VIE à Singapour et votre double compétence "
     "achats/logistique ont retenu mon attention. Seriez-vous ouverte à un échange confidentiel ?"),
    ("chasseur", "recruiter_outreach", "Une opportunité qui pourrait vous intéresser",
     "J'accompagne une ETI familiale du secteur agroalimentaire qui crée un poste de Responsable ADV. Le poste "
     "est basé à Lille avec une belle perspective d'évolution.\n\nAuriez-vous quelques minutes pour en parler ?"),
    ("chasseur", "recruiter_outreach", "Camille, êtes-vous à l'écoute ?",
     "En parcourant LinkedIn, j'ai remarqué votre parcours en contrôle de gestion. Nous recherchons pour un "
     "client un Business Partner Finance à Lyon. Seriez-vous intéressée pour en discuter ?"),
    ("chasseur", "recruiter_outreach", "Poste de Responsable Achats - confidentiel",
     "Je mène une recherche confidentielle pour le compte d'un groupe industriel et votre profil correspond "
     "parfaitement à ce que mon client recherche. Je vous propose un appel jeudi ou vendredi, selon vos "
     "disponibilités."),
    ("chasseur", "other", "Camille, vous apparaissez dans 12 recherches cette semaine",
     "Découvrez qui consulte votre profil et quels recruteurs vous ont trouvé. Essayez Premium gratuitement "
     "pendant un mois."),
    # ---------------------------------------------------------------- IUT / relations entreprises (alternance)
    ("cfa", "rejection", "TR: Candidature alternance - retour entreprise",
     "Je vous transfère la réponse de la société Dalmas concernant votre candidature en alternance :\n\n« Nous "
     "avons bien reçu la candidature de Camille et la remercions. Malheureusement, nous avons déjà recruté notre "
     "alternant pour la rentrée. »\n\nNe vous découragez pas, d'autres offres arrivent cette semaine."),
    ("cfa", "interview", "Entretien avec l'entreprise Soreval",
     "L'entreprise Soreval souhaite vous rencontrer pour le poste en alternance d'assistant(e) de gestion. "
     "L'entretien aura lieu le 24 juin à 15h dans leurs locaux à Lens. Merci de confirmer votre présence."),
    ("cfa", "offer", "Bonne nouvelle : contrat d'apprentissage",
     "L'entreprise Soreval m'informe qu'elle souhaite vous recruter en contrat d'apprentissage pour la rentrée. "
     "Félicitations ! Le contrat vous sera adressé pour signature par leur service RH."),
    ("cfa", "other", "Réunion d'information alternance",
     "Une réunion d'information sur le rythme de l'alternance et les contrats aura lieu le 3 mai en amphi B. "
     "Présence obligatoire pour les étudiants de deuxième année."),
    ("cfa", "rejection", "Votre candidature chez Dalmas - stage",
     "Je vous informe que la société Dalmas ne retient pas votre candidature pour le stage de fin d'études, le "
     "tuteur ayant choisi un étudiant de l'école partenaire."),
    ("cfa", "other", "Offres d'alternance de la semaine",
     "Vous trouverez en pièce jointe la liste des offres d'alternance reçues cette semaine. Pensez à envoyer vos "
     "candidatures rapidement."),
    # ---------------------------------------------------------------- Pôle emploi / France Travail
    ("pole", "other", "Actualisation mensuelle",
     "Vous pouvez dès à présent vous actualiser pour le mois d'octobre. Sans actualisation de votre part avant "
     "le 15, vous ne serez plus inscrit comme demandeur d'emploi."),
    ("pole", "other", "Un nouveau document est disponible dans votre espace",
     "Un nouveau courrier concernant votre indemnisation est disponible dans votre espace personnel."),
    ("pole", "other", "Convocation à un entretien avec votre conseiller",
     "Vous êtes convoqué(e) à un entretien de suivi avec votre conseiller le 12 février à 9h30 à l'agence de "
     "Lille Centre. En cas d'empêchement, prévenez votre conseiller."),
    ("pole", "other", "Des offres d'emploi sélectionnées pour vous",
     "Votre conseiller a sélectionné des offres susceptibles de vous intéresser. Consultez-les et postulez "
     "depuis votre espace."),
    # ---------------------------------------------------------------- bureau d'architectes (affaires)
    ("bureau", "other", "Candidature au concours - Médiathèque de Saint-Avold",
     "Notre candidature au concours de la médiathèque a été retenue pour la phase 2. Nous devons rendre "
     "l'esquisse le 14 mars. Réunion d'équipe lundi pour répartir le travail."),
    ("bureau", "other", "Entretien des locaux",
     "La société de nettoyage ne passera pas vendredi. Merci de laisser les bureaux rangés pour l'entretien de "
     "lundi matin."),
    ("bureau", "other", "Nouvelle offre fournisseur",
     "Notre fournisseur de traceurs nous fait une offre de reprise sur l'ancien matériel. Je vous propose d'en "
     "parler au point hebdomadaire."),
    ("bureau", "other", "Recrutement d'un stagiaire - avis",
     "Nous avons reçu trois candidatures pour le stage de l'été. Pouvez-vous jeter un œil aux portfolios et me "
     "donner votre avis avant jeudi ?"),
    # ---------------------------------------------------------------- Business France VIE
    ("vie", "application_ack", "Votre candidature V.I.E a bien été enregistrée",
     "Votre candidature à l'offre V.I.E « Chargé(e) de développement commercial - Montréal » a bien été "
     "enregistrée et transmise à l'entreprise."),
    ("vie", "rejection", "Offre V.I.E - Montréal : suite de votre candidature",
     "L'entreprise vous remercie de l'intérêt porté à sa mission V.I.E. Elle a retenu un(e) autre candidat(e) "
     "pour cette mission. Nous vous invitons à consulter les nombreuses autres offres disponibles."),
    ("vie", "rejection", "Votre candidature V.I.E",
     "Nous vous remercions pour votre candidature. La mission V.I.E à laquelle vous avez postulé a été "
     "pourvue. Votre profil reste visible des entreprises sur notre plateforme."),
    ("vie", "interview", "Entretien pour la mission V.I.E à Montréal",
     "L'entreprise Brenval souhaite s'entretenir avec vous par visioconférence au sujet de la mission V.I.E. "
     "Merci de lui indiquer vos disponibilités pour la semaine prochaine."),
    # ---------------------------------------------------------------- cabinet de conseil (entretiens)
    ("conseil", "interview", "Orion Strategy - entretiens de deuxième tour",
     "Suite à vos premiers entretiens, nous avons le plaisir de vous convier au second tour, qui se tiendra le "
     "jeudi 21 novembre dans nos bureaux. Vous aurez deux entretiens avec des associés, dont une étude de cas."),
    ("conseil", "rejection", "Orion Strategy - votre candidature",
     "Merci pour votre participation à notre processus de recrutement et pour votre investissement lors des "
     "études de cas.\n\nNous avons pris le temps d'échanger avec l'ensemble des personnes que vous avez "
     "rencontrées. Nous ne sommes malheureusement pas en mesure de vous faire une proposition à l'issue de ce "
     "second tour.\n\nJe reste à votre disposition pour un retour détaillé."),
    ("conseil", "offer", "Proposition de collaboration",
     "Suite à vos entretiens, j'ai le plaisir de vous annoncer que nous souhaitons vous accueillir en tant que "
     "Consultante Junior. Vous trouverez ci-joint notre proposition d'embauche détaillant la rémunération et la "
     "date d'arrivée envisagée."),
    ("conseil", "rejection", "Votre candidature spontanée",
     "Je vous remercie pour votre candidature spontanée. Nous avons bouclé notre campagne de recrutement de "
     "juniors pour cette année et ne recrutons plus avant le printemps. Je vous invite à revenir vers nous en "
     "mars."),
    # ---------------------------------------------------------------- mairie (fonction publique)
    ("mairie", "application_ack", "Accusé de réception - candidature",
     "J'accuse réception de votre candidature au poste de chargé(e) de mission développement durable (catégorie "
     "A, contractuel). Elle sera examinée par le jury après la date limite de dépôt."),
    ("mairie", "interview", "Convocation - entretien de recrutement",
     "J'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien avec le jury de "
     "recrutement, qui se déroulera le lundi 7 octobre à 10h en mairie, salle du conseil."),
    ("mairie", "rejection", "Réponse à votre candidature",
     "Vous avez bien voulu faire acte de candidature au poste de chargé(e) de mission développement durable et "
     "je vous en remercie.\n\nAprès examen de l'ensemble des candidatures par le jury, j'ai le regret de vous "
     "informer que votre candidature n'a pas été retenue.\n\nJe vous souhaite pleine réussite dans vos "
     "démarches."),
    ("mairie", "rejection", "Votre candidature suite à l'entretien",
     "Je vous remercie de vous être présentée devant le jury le 7 octobre. J'ai le regret de vous informer que "
     "le jury a porté son choix sur un autre candidat."),
    # ---------------------------------------------------------------- groupe hôtelier (saisonnier)
    ("hotel", "application_ack", "On a bien reçu ta candidature ☀️",
     "Merci pour ta candidature pour la saison d'été à l'hôtel Azurine Biarritz ! On étudie tous les profils "
     "et on te répond sous quinze jours."),
    ("hotel", "application_ack", "Candidature réceptionniste - reçue",
     "Nous vous confirmons que votre candidature au poste de Réceptionniste (CDD saisonnier) a bien été "
     "reçue par notre équipe."),
    ("hotel", "rejection", "Saison 2019 - ta candidature",
     "Merci d'avoir pensé à nous pour cette saison. Tous nos postes en réception sont désormais complets. On "
     "garde ton CV pour la saison d'hiver si tu es toujours partant(e)."),
    ("hotel", "rejection", "Réponse à votre candidature - Réceptionniste",
     "Nous vous remercions pour l'intérêt que vous portez au groupe Azurine. Nous avons le regret de vous "
     "annoncer que nous avons privilégié des candidats bilingues anglais-espagnol pour ce poste."),
    # ---------------------------------------------------------------- Central Test
    ("central", "assessment", "Invitation à passer un test - Aéroval",
     "Aéroval vous invite à passer une évaluation en ligne dans le cadre de votre candidature. Le test dure "
     "environ 40 minutes. Vos codes d'accès : identifiant CT-88412."),
    ("central", "assessment", "Rappel : votre évaluation expire bientôt",
     "Votre évaluation pour Azurine n'a pas encore été commencée. Le lien expirera dans 48 heures."),
    ("central", "application_ack", "Évaluation terminée",
     "Merci d'avoir terminé votre évaluation. Vos résultats ont été envoyés au recruteur qui reviendra vers "
     "vous."),
    # ---------------------------------------------------------------- vie perso
    ("perso", "other", "Rappel entretien vehicule",
     "Votre Clio arrive a 30 000 km : il est temps de prevoir son entretien. Prenez rendez-vous en ligne ou "
     "par telephone."),
    ("perso", "other", "Votre devis",
     "Suite a votre passage, voici notre devis pour le remplacement des plaquettes : 145 euros TTC. Offre "
     "valable 30 jours."),
    ("perso", "other", "Confirmation de rendez-vous",
     "Votre rendez-vous est confirme le jeudi 4 avril a 8h30 pour la revision. Merci de vous presenter 10 "
     "minutes avant."),
    # ---------------------------------------------------------------- agence d'intérim
    ("interim", "recruiter_outreach", "Mission d'assistante administrative",
     "J'ai vu que votre CV était en ligne sur notre site. Nous avons actuellement une mission de 3 mois "
     "d'assistante administrative chez un de nos clients à Tours, à pourvoir rapidement. Êtes-vous disponible ?"),
    ("interim", "recruiter_outreach", "Plusieurs missions à pourvoir",
     "Nous avons plusieurs missions en comptabilité qui pourraient vous intéresser, à partir de lundi. "
     "Pouvez-vous me rappeler pour en parler ?"),
    ("interim", "rejection", "Mission chez Loirex",
     "Je reviens vers vous concernant la mission chez Loirex : le client a finalement retenu une autre "
     "intérimaire. Je vous recontacte dès qu'une nouvelle mission correspond à votre profil."),
]

# A candidate's own earlier mail, quoted under a reply.
ORIGINAL = ("Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature pour le poste proposé. Vous "
            "trouverez ci-joint mon CV et ma lettre de motivation.\n\nJe reste à votre disposition pour un "
            "entretien.\n\nBien cordialement,\nCamille Roux")


@dataclass(frozen=True)
class Case:
    id: str
    writer: str
    split: str
    label: str
    subject: str
    raw: bytes


def _ascii(text: str) -> str:
    text = text.replace("’", "'").replace("«", '"').replace("»", '"').replace("œ", "oe").replace("–", "-")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _plain(w: Writer, body: str) -> str:
    parts = [w.hello, "", body, "", w.bye]
    if w.footer:
        parts += ["", "--", w.footer]
    return "\n".join(parts)


def _entities(text: str) -> str:
    table = {"é": "&eacute;", "è": "&egrave;", "ê": "&ecirc;", "à": "&agrave;", "ç": "&ccedil;", "ô": "&ocirc;",
             "î": "&icirc;", "û": "&ucirc;", "ù": "&ugrave;", "É": "&Eacute;", "«": "&laquo;", "»": "&raquo;",
             "’": "&rsquo;", "œ": "&oelig;", "ï": "&iuml;"}
    return "".join(table.get(c, c) for c in text)


def _html(w: Writer, body: str, *, entities: bool) -> str:
    conv = _entities if entities else (lambda s: s)
    paragraphs = "".join(f"<tr><td style=\"padding:0 32px 14px;font:15px/22px Helvetica\">"
                         f"{conv(p).replace(chr(10), '<br>')}</td></tr>" for p in body.split("\n\n"))
    bye = conv(w.bye).replace("\n", "<br>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head><body>"
            "<center><table role=\"presentation\" width=\"580\" style=\"border:1px solid #eee\">"
            "<tr><td style=\"padding:24px 32px\"><img src=\"https://img.example/logo.png\" width=\"120\" alt=\"\">"
            f"</td></tr><tr><td style=\"padding:0 32px 14px\">{conv(w.hello)}</td></tr>{paragraphs}"
            f"<tr><td style=\"padding:0 32px 24px\">{bye}</td></tr>"
            "<tr><td style=\"padding:0 32px\"><a href=\"https://example.org/x\" style=\"background:#222;color:#fff;"
            f"padding:10px 18px\">{conv('Accéder à mon espace')}</a></td></tr>"
            f"<tr><td style=\"padding:24px 32px;font-size:11px;color:#999\">{conv(w.footer)}</td></tr>"
            "</table></center></body></html>")


def _gmail_quote(date: dt.datetime) -> str:
    # Gmail in French wraps the header line when the name and address are long.
    month = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
             "déc.")[date.month - 1]
    return (f"Le mar. {date.day} {month} {date.year} à 18:42, Camille Roux <camille.roux@example.fr>\na écrit :\n\n"
            + "\n".join("> " + line for line in ORIGINAL.splitlines()))


def _outlook_quote(date: dt.datetime, subject: str) -> str:
    return ("\n________________________________\nDe : Camille Roux <camille.roux@example.fr>\n"
            f"Envoyé : {date:%d/%m/%Y %H:%M}\nÀ : contact@example.org\nObjet : {subject}\n\n{ORIGINAL}")


def _flowed(text: str) -> str:
    out = []
    for line in text.split("\n"):
        wrapped = textwrap.wrap(line, 72) or [""]
        out += [part + " " for part in wrapped[:-1]] + [wrapped[-1]]
    return "\n".join(out)


def _subject(subject: str, charset: str) -> str:
    if subject.isascii():
        return subject
    try:
        return Header(subject, charset).encode()
    except UnicodeEncodeError:
        return Header(subject, "utf-8").encode()


def build(i: int, writer: str, subject: str, body: str) -> bytes:
    w = WRITERS[writer]
    date = dt.datetime(2017, 9, 4, 8, 15, tzinfo=dt.UTC) + dt.timedelta(days=9 * i, hours=i % 11)
    name, address = parseaddr(w.sender)
    head = [f"From: {formataddr((name, address), 'utf-8')}", "To: Camille Roux <camille.roux@example.fr>",
            f"Date: {format_datetime(date)}",
            f"Message-ID: <fr{i:03d}.{writer}@inbox.example>", "MIME-Version: 1.0"]
    if w.dress == "html-utf8":
        head.append(f"Subject: {_subject(subject, 'utf-8')}")
        payload = quopri.encodestring(_html(w, body, entities=False).encode("utf-8"))
        head += ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
    elif w.dress == "html-latin1-entities":
        head.append(f"Subject: {_subject(subject, 'iso-8859-1')}")
        html = _html(w, body, entities=i % 2 == 0)
        payload = quopri.encodestring(html.encode("iso-8859-1", "xmlcharrefreplace"))
        head += ["Content-Type: text/html; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable"]
    elif w.dress == "alt-b64-utf8":
        head.append(f"Subject: {_subject(subject, 'utf-8')}")
        boundary = f"----=_Part_{i}_{writer}"
        head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        plain = base64.encodebytes(_plain(w, body).encode("utf-8"))
        html = base64.encodebytes(_html(w, body, entities=False).encode("utf-8"))
        payload = b"\n".join([
            b"This is a multi-part message in MIME format.", f"--{boundary}".encode(),
            b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: base64", b"", plain,
            f"--{boundary}".encode(), b"Content-Type: text/html; charset=utf-8",
            b"Content-Transfer-Encoding: base64", b"", html, f"--{boundary}--".encode(), b""])
    elif w.dress == "cp1252-gmail-quote":
        head.append(f"Subject: {_subject(subject, 'windows-1252')}")
        text = _plain(w, body) + "\n\n" + _gmail_quote(date - dt.timedelta(days=3))
        payload = text.encode("windows-1252", "replace")
        head += ["Content-Type: text/plain; charset=windows-1252", "Content-Transfer-Encoding: 8bit"]
    elif w.dress == "flowed-utf8":
        head.append(f"Subject: {_subject(subject, 'utf-8')}")
        payload = quopri.encodestring(_flowed(_plain(w, body)).encode("utf-8"))
        head += ["Content-Type: text/plain; charset=utf-8; format=flowed",
                 "Content-Transfer-Encoding: quoted-printable"]
    elif w.dress == "outlook-utf8":
        head.append(f"Subject: {_subject(subject, 'utf-8')}")
        text = _plain(w, body) + ("\n" + _outlook_quote(date - dt.timedelta(days=2), subject)
                                  if subject.lower().startswith(("re", "tr")) or i % 3 == 0 else "")
        payload = quopri.encodestring(text.encode("utf-8"))
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    elif w.dress == "ascii-lost":
        head.append(f"Subject: {_ascii(subject)}")
        text = _ascii(_plain(w, body) + "\n\n" + _gmail_quote(date - dt.timedelta(days=1)))
        payload = text.encode("ascii")
        head += ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
    elif w.dress == "plain-utf8":
        head.append(f"Subject: {_subject(subject, 'utf-8')}")
        payload = _plain(w, body).encode("utf-8")
        head += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
    else:
        raise ValueError(w.dress)
    return "\n".join(head).encode("ascii") + b"\n\n" + payload


def messages() -> list[Case]:
    out = []
    for i, (writer, label, subject, body) in enumerate(MESSAGES):
        out.append(Case(f"fr{i:03d}-{writer}-{label}", writer, WRITERS[writer].split, label, subject,
                        build(i, writer, subject, body)))
    return out
