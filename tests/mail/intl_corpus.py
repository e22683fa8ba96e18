"""Job-search mail in French, German, Spanish and Dutch, as whole messages: written for this project (none of it
comes from a data set or a real inbox), labelled by us, and built into raw RFC 822 bytes the way applicant-tracking
systems and people send them: HTML tables, quoted-printable and 8-bit bodies in ISO-8859-1 and windows-1252,
encoded subjects, salutations, signatures, data-protection and legal footers, quoted replies, English boilerplate
around a French or German message, accents lost, and a UTF-8 body declared as Latin-1.

`CORES` holds what each message says (subject, body); `messages()` dresses each in one of several `STYLES`, in
turn, so every label meets every kind of dress. Every message has a `split`: "tune" (read while the classifier's
data was being fixed) or "check" (only its figures were looked at), so the bench can show both.

    python bench/mail_languages.py --full [--write DIR]
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri
import unicodedata
from dataclasses import dataclass
from email.header import Header
from email.utils import format_datetime, make_msgid

# (label, subject, body). The body is what the sender wrote between salutation and sign-off; the build adds those.
CORES: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("rejection", "Votre candidature – Chargé de marketing",
         "Nous vous remercions pour l'intérêt que vous portez à Maison Verdier et pour le temps consacré à votre "
         "candidature. Après examen attentif de votre dossier, nous sommes au regret de vous annoncer que nous ne "
         "pourrons pas y donner une suite favorable. Nous conservons néanmoins vos coordonnées afin de vous "
         "recontacter si une opportunité se présentait."),
        ("rejection", "Candidature Développeur Python H/F",
         "Merci d'avoir postulé chez Kalio. Nous avons reçu de très nombreuses candidatures pour ce poste et, malgré "
         "la qualité de votre parcours, nous avons retenu des candidats dont l'expérience correspond plus "
         "précisément à nos besoins actuels. Nous vous souhaitons une belle réussite."),
        ("rejection", "Suite à notre entretien",
         "Merci encore pour l'échange de jeudi dernier avec Julie et moi-même. Nous avons apprécié votre énergie, "
         "mais nous avons décidé de poursuivre le processus avec un autre profil, plus expérimenté en gestion de "
         "projet. N'hésitez pas à postuler de nouveau sur nos prochaines offres."),
        ("rejection", "Réponse à votre candidature",
         "Votre candidature a retenu toute notre attention. Toutefois, le poste de chef de projet digital a "
         "finalement été pourvu en interne. Nous vous remercions de votre compréhension."),
        ("rejection", "Information sur votre candidature",
         "Nous vous informons que le recrutement pour le poste de comptable fournisseurs est annulé à la suite "
         "d'une réorganisation du service. Votre candidature ne pourra donc pas aboutir. Nous vous prions de nous "
         "excuser pour ce contretemps."),
        ("rejection", "Stage assistant RH",
         "Merci pour votre candidature spontanée. Malheureusement, nous n'avons aucun stage disponible "
         "correspondant à votre profil sur cette période. Nous gardons votre CV dans notre vivier pendant deux ans."),
        ("rejection", "Votre candidature chez Lumen Énergie",
         "Nous revenons vers vous concernant votre candidature au poste d'ingénieur d'études. Votre profil est "
         "intéressant, mais il ne correspond pas aux compétences recherchées pour ce poste. Nous vous souhaitons "
         "bonne chance dans vos démarches."),
        ("rejection", "Process de recrutement – Data Analyst",
         "Merci beaucoup pour le temps que tu as pris pour le test technique et les entretiens. L'équipe a fait le "
         "point et on ne va malheureusement pas aller plus loin ensemble pour ce poste. Si tu veux un retour plus "
         "détaillé, je suis dispo pour en parler par téléphone."),
        ("rejection", "Votre candidature - Alternance",
         "Nous accusons réception de votre candidature et vous en remercions. Après étude, nous sommes contraints de "
         "ne pas la retenir, le nombre de places en alternance étant limité cette année."),
        ("rejection", "Re: Candidature Responsable logistique",
         "Merci pour votre retour rapide et pour les documents. Je suis désolée de vous annoncer que le client a "
         "choisi de finaliser le recrutement avec une autre personne. Je reviendrai vers vous pour d'autres "
         "missions."),
        ("rejection", "Candidature non retenue",
         "Nous avons bien étudié votre dossier. Nous sommes au regret de vous informer qu'il n'a pas été retenu."),
        ("rejection", "Offre de contrôleur de gestion",
         "Merci de l'intérêt porté à notre groupe. Le poste est actuellement gelé pour des raisons budgétaires et "
         "nous clôturons donc l'ensemble des candidatures en cours. Nous publierons à nouveau l'offre si la "
         "situation évolue."),
        ("rejection", "Votre candidature",
         "Malgré l'intérêt de votre profil, nous ne sommes pas en mesure de donner une suite positive à votre "
         "candidature. Bonne continuation."),
        ("rejection", "Votre candidature au poste de Business Developer",
         "Nous avons pris le temps d'examiner votre candidature avec attention. Nous avons néanmoins fait le choix "
         "d'avancer avec des candidats dont l'expérience dans le secteur SaaS est plus solide. Nous espérons "
         "croiser à nouveau votre route."),
        ("application_ack", "Confirmation de candidature",
         "Nous avons bien reçu votre candidature pour le poste de Chargé de clientèle et nous vous en remercions. "
         "Nos équipes étudient chaque dossier avec attention et reviendront vers vous sous trois semaines."),
        ("application_ack", "Votre candidature a bien été envoyée",
         "Votre candidature au poste de Product Designer chez Kalio a bien été envoyée. Vous pouvez suivre son "
         "avancement depuis votre espace personnel. L'entreprise reviendra vers vous si votre profil correspond."),
        ("application_ack", "Accusé de réception – Réf. 2025-118",
         "Ce message confirme la réception de votre dossier de candidature. Il sera examiné par notre service des "
         "ressources humaines ainsi que par le responsable du poste."),
        ("application_ack", "Merci pour votre candidature !",
         "Merci d'avoir postulé au poste de Technicien de maintenance. Votre candidature est entre de bonnes mains : "
         "notre équipe recrutement va l'étudier dans les prochains jours."),
        ("application_ack", "Candidature reçue",
         "Votre candidature spontanée nous est bien parvenue. Elle sera étudiée dès qu'un poste correspondant à "
         "votre profil sera ouvert."),
        ("application_ack", "Nous avons reçu votre candidature",
         "Merci ! Votre dossier est complet et a été transmis au manager. Le délai de traitement est habituellement "
         "de dix jours ouvrés."),
        ("application_ack", "Candidature envoyée via Indeed",
         "Votre candidature a été envoyée à Boulangeries Rémy. L'employeur pourra vous contacter directement par "
         "e-mail ou par téléphone."),
        ("application_ack", "Candidature enregistrée",
         "Nous vous confirmons l'enregistrement de votre candidature sous la référence CAND-55821. Une chargée de "
         "recrutement prendra contact avec vous si votre profil est présélectionné."),
        ("interview", "Convocation à un entretien",
         "Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien le mardi "
         "18 mars à 10h30 dans nos locaux, 12 rue des Tanneurs à Lyon. Merci de confirmer votre présence par retour "
         "de mail."),
        ("interview", "Entretien – Ingénieur d'études",
         "Votre profil nous intéresse beaucoup ! Seriez-vous disponible pour un premier échange téléphonique de "
         "30 minutes cette semaine ? Vous pouvez choisir un créneau directement via le lien ci-dessous."),
        ("interview", "Invitation : entretien avec l'équipe produit",
         "Je vous confirme notre entretien en visio le jeudi 6 février à 14h avec Marc, notre CTO. Le lien Teams "
         "figure dans l'invitation jointe."),
        ("interview", "Prochaine étape de votre candidature",
         "Bonne nouvelle : vous êtes retenu pour l'étape suivante ! Nous vous proposons un entretien sur site avec "
         "la directrice financière. Quelles sont vos disponibilités la semaine prochaine ?"),
        ("interview", "Report de votre entretien",
         "Je suis contrainte de décaler notre entretien prévu demain. Pourrions-nous le reprogrammer vendredi à "
         "9h ?"),
        ("interview", "Entretien final",
         "Suite à vos échanges avec l'équipe, nous souhaiterions vous rencontrer une dernière fois avec notre "
         "directeur général le 3 avril à 16h."),
        ("assessment", "Test technique – Développeur Back-end",
         "Pour la suite du processus, nous vous invitons à réaliser un test technique en ligne sur CodinGame. Vous "
         "disposez de sept jours pour le compléter ; il dure environ 90 minutes."),
        ("assessment", "Étude de cas à préparer",
         "Comme convenu, vous trouverez ci-joint l'étude de cas à préparer avant votre prochain entretien. Merci de "
         "nous envoyer votre présentation au plus tard lundi."),
        ("assessment", "Questionnaire de personnalité",
         "Afin de compléter votre dossier, merci de remplir le questionnaire de personnalité en ligne via le lien "
         "ci-dessous avant le 12 mai."),
        ("assessment", "Entretien vidéo différé",
         "La prochaine étape est un entretien vidéo enregistré : vous répondez à cinq questions à votre rythme. Le "
         "lien est valable cinq jours."),
        ("assessment", "Rappel : test de logique",
         "Vous n'avez pas encore terminé le test de raisonnement logique. Il vous reste 48 heures pour le passer."),
        ("offer", "Proposition d'embauche",
         "Nous avons le plaisir de vous confirmer notre volonté de vous accueillir au poste d'Analyste financier en "
         "CDI. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération annuelle brute et la date "
         "de prise de poste au 2 juin."),
        ("offer", "Bienvenue chez Kalio !",
         "Félicitations ! Suite à vos entretiens, nous sommes ravis de vous proposer le poste de Product Manager. Le "
         "contrat de travail vous sera envoyé pour signature électronique."),
        ("offer", "Votre contrat de travail",
         "Comme convenu par téléphone, voici votre contrat de travail. Merci de nous le retourner signé avant "
         "vendredi afin de confirmer votre arrivée le 1er septembre."),
        ("offer", "Proposition de stage",
         "Nous sommes heureux de vous annoncer que votre candidature pour le stage de six mois a été retenue. La "
         "convention de stage vous sera adressée par notre service RH."),
        ("recruiter_outreach", "Opportunité Lead Dev – Nantes",
         "Je me permets de vous contacter car votre profil LinkedIn a retenu mon attention. J'accompagne une "
         "scale-up nantaise qui recrute un Lead Developer. Seriez-vous ouvert à en discuter ?"),
        ("recruiter_outreach", "Claire Dubois vous a envoyé un message",
         "Je recrute actuellement un ingénieur data pour notre équipe de Paris et votre parcours correspond à ce "
         "que nous recherchons. Auriez-vous un moment pour un appel cette semaine ?"),
        ("recruiter_outreach", "Poste de contrôleur de gestion confirmé",
         "Cabinet de recrutement spécialisé en finance, nous recherchons pour l'un de nos clients un contrôleur de "
         "gestion confirmé. Votre expérience chez Brenner me semble très pertinente. Puis-je vous appeler ?"),
        ("recruiter_outreach", "Une opportunité qui pourrait vous intéresser",
         "Je suis chasseuse de têtes pour le secteur industriel. Un de mes clients cherche un responsable qualité "
         "et j'ai tout de suite pensé à vous."),
        ("other", "Devis maintenance 2025",
         "Veuillez trouver ci-joint notre proposition commerciale pour le renouvellement du contrat de "
         "maintenance. Nos tarifs restent inchangés par rapport à l'an dernier."),
        ("other", "12 nouvelles offres pour « data analyst »",
         "Découvrez les offres publiées cette semaine : Data Analyst chez Orano, Analyste BI chez Fnac. Postulez "
         "en un clic. Modifier mon alerte."),
        ("other", "Salon de l'emploi de Lille",
         "Le salon de l'emploi revient le 14 mars ! Plus de 80 entreprises recrutent. Inscrivez-vous gratuitement "
         "pour accéder aux conférences sur l'entretien d'embauche."),
        ("other", "Retrait de votre candidature",
         "Nous avons bien pris en compte votre souhait de retirer votre candidature au poste de comptable. Nous "
         "vous souhaitons le meilleur pour votre nouveau projet."),
        ("other", "Réunion de lancement du projet",
         "Je vous propose une réunion de lancement mardi à 10h pour faire le point sur le planning et la position "
         "du client sur le budget."),
        ("other", "Bienvenue sur votre espace candidat",
         "Votre compte a été créé. Pour activer votre espace, cliquez sur le lien et choisissez un mot de passe."),
    ],
    "de": [
        ("rejection", "Ihre Bewerbung als Werkstudent Marketing",
         "vielen Dank für Ihre Bewerbung und das Interesse an der Brenner AG. Nach sorgfältiger Prüfung Ihrer "
         "Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess nicht "
         "berücksichtigen können. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute."),
        ("rejection", "Ihre Bewerbung – Softwareentwickler (m/w/d)",
         "herzlichen Dank für Ihr Interesse an einer Mitarbeit bei uns. Wir haben uns die Entscheidung nicht leicht "
         "gemacht, uns aber für eine Kandidatin entschieden, deren Profil noch besser zu den Anforderungen der "
         "Stelle passt. Wir bedanken uns für Ihr Vertrauen."),
        ("rejection", "Rückmeldung zu Ihrer Bewerbung",
         "danke für das angenehme Gespräch am vergangenen Dienstag. Nach Rücksprache im Team haben wir uns "
         "entschlossen, den Prozess mit einer anderen Person fortzusetzen, die mehr Erfahrung in der Projektleitung "
         "mitbringt. Gerne können Sie sich wieder bei uns bewerben."),
        ("rejection", "Absage: Junior Controller",
         "wir bedanken uns für Ihre Bewerbung. Leider haben wir die Position inzwischen intern besetzt."),
        ("rejection", "Information zu Ihrer Bewerbung",
         "wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle als Buchhalter aufgrund einer "
         "Umstrukturierung nicht mehr besetzt wird. Ihre Bewerbung können wir daher nicht weiter berücksichtigen. "
         "Wir bitten um Ihr Verständnis."),
        ("rejection", "Initiativbewerbung Praktikum",
         "vielen Dank für Ihre Initiativbewerbung. Zum gewünschten Zeitraum können wir Ihnen leider keinen "
         "Praktikumsplatz anbieten. Ihre Unterlagen nehmen wir mit Ihrem Einverständnis gerne in unseren "
         "Talentpool auf."),
        ("rejection", "Ihre Bewerbung bei Lumen Energie",
         "wir kommen zurück auf Ihre Bewerbung als Ingenieur Versorgungstechnik. Ihr Profil ist interessant, "
         "entspricht aber nicht den fachlichen Anforderungen dieser Stelle. Für Ihre weitere Suche wünschen wir "
         "Ihnen viel Erfolg."),
        ("rejection", "Dein Bewerbungsprozess bei Kalio",
         "danke dir für die Zeit, die du dir für die Coding Challenge und die Gespräche genommen hast. Wir haben im "
         "Team gesprochen und werden den Prozess leider nicht mit dir fortsetzen. Wenn du detailliertes Feedback "
         "möchtest, melde dich gerne bei mir."),
        ("rejection", "Ihre Bewerbung um einen Ausbildungsplatz",
         "hiermit bestätigen wir den Eingang Ihrer Bewerbung und bedanken uns dafür. Da die Zahl unserer "
         "Ausbildungsplätze begrenzt ist, können wir Ihnen in diesem Jahr leider keine Zusage geben."),
        ("rejection", "AW: Bewerbung Leitung Logistik",
         "danke für die schnelle Rückmeldung und die Zeugnisse. Leider hat sich unser Kunde für einen anderen "
         "Bewerber entschieden. Sobald ich ein passendes Mandat habe, melde ich mich wieder bei Ihnen."),
        ("rejection", "Absage",
         "wir haben Ihre Unterlagen eingehend geprüft. Zu unserem Bedauern müssen wir Ihnen eine Absage erteilen."),
        ("rejection", "Stellenausschreibung Controller",
         "vielen Dank für Ihr Interesse an unserer Unternehmensgruppe. Die Stelle wurde aus budgetären Gründen "
         "gestoppt, und wir schließen daher alle laufenden Bewerbungsverfahren. Sollte die Position erneut "
         "ausgeschrieben werden, finden Sie sie auf unserer Karriereseite."),
        ("rejection", "Ihre Bewerbung",
         "trotz Ihrer interessanten Qualifikationen sind wir zu dem Ergebnis gekommen, dass wir Ihnen keine "
         "positive Rückmeldung geben können. Alles Gute."),
        ("rejection", "Ihre Bewerbung als Key Account Manager",
         "wir haben Ihre Bewerbung mit großem Interesse gelesen. Letztlich haben wir uns jedoch für Bewerber mit "
         "mehr Erfahrung im SaaS-Vertrieb entschieden. Wir hoffen, dass sich unsere Wege wieder kreuzen."),
        ("application_ack", "Eingangsbestätigung Ihrer Bewerbung",
         "wir haben Ihre Bewerbung als Kundenberater erhalten und bedanken uns herzlich. Wir prüfen alle "
         "Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen."),
        ("application_ack", "Deine Bewerbung wurde verschickt",
         "deine Bewerbung als Product Designer bei Kalio wurde erfolgreich übermittelt. Den Status kannst du "
         "jederzeit in deinem Profil verfolgen. Das Unternehmen meldet sich, wenn dein Profil passt."),
        ("application_ack", "Bestätigung – Referenznummer 2025-118",
         "mit dieser Nachricht bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Sie werden von unserer "
         "Personalabteilung und der zuständigen Fachabteilung gesichtet."),
        ("application_ack", "Danke für deine Bewerbung!",
         "schön, dass du dich als Servicetechniker beworben hast. Deine Bewerbung ist bei uns in guten Händen: "
         "Unser Recruiting-Team schaut sie sich in den nächsten Tagen an."),
        ("application_ack", "Ihre Initiativbewerbung",
         "Ihre Initiativbewerbung ist bei uns eingegangen. Wir werden sie prüfen, sobald eine passende Stelle frei "
         "wird."),
        ("application_ack", "Wir haben Ihre Bewerbung erhalten",
         "vielen Dank! Ihre Unterlagen sind vollständig und wurden an die Fachabteilung weitergeleitet. Die "
         "Bearbeitung dauert in der Regel zehn Arbeitstage."),
        ("application_ack", "Ihre Bewerbung über StepStone",
         "Ihre Bewerbung wurde an die Bäckerei Rehm gesendet. Der Arbeitgeber kann Sie direkt per E-Mail oder "
         "Telefon kontaktieren."),
        ("application_ack", "Bewerbung registriert",
         "wir bestätigen die Registrierung Ihrer Bewerbung unter der Kennung BEW-55821. Eine Recruiterin wird sich "
         "bei Ihnen melden, falls Ihr Profil in die engere Auswahl kommt."),
        ("interview", "Einladung zum Vorstellungsgespräch",
         "nach Durchsicht Ihrer Unterlagen möchten wir Sie gerne zu einem persönlichen Gespräch am Dienstag, "
         "18. März, um 10:30 Uhr in unser Büro in der Hafenstraße 12 in Hamburg einladen. Bitte bestätigen Sie "
         "den Termin kurz per E-Mail."),
        ("interview", "Telefoninterview – Ingenieur",
         "Ihr Profil hat uns sehr angesprochen! Hätten Sie diese Woche Zeit für ein erstes Telefonat von 30 "
         "Minuten? Einen Termin können Sie direkt über den folgenden Link buchen."),
        ("interview", "Terminbestätigung: Gespräch mit dem Produktteam",
         "hiermit bestätige ich unser Videointerview am Donnerstag, 6. Februar, um 14 Uhr mit Markus, unserem CTO. "
         "Den Teams-Link finden Sie in der beigefügten Einladung."),
        ("interview", "Nächster Schritt im Bewerbungsprozess",
         "gute Neuigkeiten: Sie sind eine Runde weiter! Wir möchten Sie zu einem Gespräch vor Ort mit unserer "
         "Finanzleiterin einladen. Wann passt es Ihnen nächste Woche?"),
        ("interview", "Verschiebung unseres Gesprächs",
         "leider muss ich unser für morgen geplantes Gespräch verschieben. Könnten wir es auf Freitag um 9 Uhr "
         "legen?"),
        ("interview", "Abschlussgespräch",
         "nach Ihren Gesprächen mit dem Team würden wir Sie gerne ein letztes Mal treffen, diesmal mit unserem "
         "Geschäftsführer, am 3. April um 16 Uhr."),
        ("assessment", "Online-Test – Backend-Entwickler",
         "als nächsten Schritt bitten wir Sie, einen technischen Online-Test auf Codility zu absolvieren. Sie haben "
         "dafür sieben Tage Zeit; der Test dauert etwa 90 Minuten."),
        ("assessment", "Fallstudie zur Vorbereitung",
         "wie besprochen erhalten Sie anbei die Fallstudie für Ihr nächstes Gespräch. Bitte senden Sie uns Ihre "
         "Präsentation spätestens am Montag zu."),
        ("assessment", "Persönlichkeitsfragebogen",
         "um Ihre Bewerbung zu vervollständigen, füllen Sie bitte bis zum 12. Mai den Online-Fragebogen über den "
         "untenstehenden Link aus."),
        ("assessment", "Zeitversetztes Videointerview",
         "der nächste Schritt ist ein aufgezeichnetes Videointerview: Sie beantworten fünf Fragen in Ihrem eigenen "
         "Tempo. Der Link ist fünf Tage gültig."),
        ("assessment", "Erinnerung: Logiktest",
         "Sie haben den Test zum logischen Denken noch nicht abgeschlossen. Sie haben noch 48 Stunden Zeit dafür."),
        ("offer", "Ihr Vertragsangebot",
         "wir freuen uns sehr, Ihnen die Position als Finanzanalyst in Festanstellung anbieten zu können. Anbei "
         "erhalten Sie unser Vertragsangebot mit dem Jahresbruttogehalt und dem Eintrittsdatum 2. Juni."),
        ("offer", "Willkommen bei Kalio!",
         "herzlichen Glückwunsch! Nach Ihren Gesprächen freuen wir uns, Ihnen die Stelle als Product Manager "
         "anzubieten. Den Arbeitsvertrag erhalten Sie zur elektronischen Unterschrift."),
        ("offer", "Ihr Arbeitsvertrag",
         "wie telefonisch besprochen, erhalten Sie anbei Ihren Arbeitsvertrag. Bitte senden Sie ihn bis Freitag "
         "unterschrieben zurück, damit wir Ihren Start am 1. September bestätigen können."),
        ("offer", "Zusage Praktikum",
         "wir freuen uns, Ihnen mitteilen zu können, dass wir Sie für das sechsmonatige Praktikum ausgewählt haben. "
         "Den Praktikumsvertrag schickt Ihnen unsere Personalabteilung zu."),
        ("recruiter_outreach", "Spannende Position als Lead Developer in Leipzig",
         "ich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Ich begleite ein wachsendes Leipziger Scale-up, "
         "das einen Lead Developer sucht. Wären Sie offen für ein unverbindliches Gespräch?"),
        ("recruiter_outreach", "Claudia Becker hat Ihnen eine Nachricht gesendet",
         "ich suche aktuell einen Data Engineer für unser Team in Berlin und Ihr Werdegang passt sehr gut zu dem, "
         "was wir suchen. Hätten Sie diese Woche Zeit für ein kurzes Telefonat?"),
        ("recruiter_outreach", "Controller (m/w/d) für einen Mandanten",
         "als auf Finanzen spezialisierte Personalberatung suchen wir für einen unserer Mandanten einen erfahrenen "
         "Controller. Ihre Erfahrung bei der Brenner AG erscheint mir sehr passend. Darf ich Sie anrufen?"),
        ("recruiter_outreach", "Eine Gelegenheit, die Sie interessieren könnte",
         "ich bin Headhunterin im Industriebereich. Einer meiner Kunden sucht eine Leitung Qualitätsmanagement, und "
         "ich habe sofort an Sie gedacht."),
        ("other", "Angebot Wartung 2025",
         "anbei erhalten Sie unser Angebot für die Verlängerung des Wartungsvertrags. Die Preise bleiben gegenüber "
         "dem Vorjahr unverändert."),
        ("other", "12 neue Jobs für „Data Analyst“",
         "Entdecken Sie die Stellenangebote dieser Woche: Data Analyst bei Orano, BI-Analyst bei Saturn. Mit einem "
         "Klick bewerben. Suchauftrag bearbeiten."),
        ("other", "Jobmesse Köln",
         "Die Jobmesse ist am 14. März zurück! Mehr als 80 Unternehmen stellen ein. Melden Sie sich kostenlos an "
         "und besuchen Sie unsere Vorträge rund um das Vorstellungsgespräch."),
        ("other", "Rückzug Ihrer Bewerbung",
         "wir haben Ihren Wunsch, Ihre Bewerbung als Buchhalter zurückzuziehen, zur Kenntnis genommen. Für Ihr "
         "neues Vorhaben wünschen wir Ihnen alles Gute."),
        ("other", "Kick-off des Projekts",
         "ich schlage ein Kick-off-Meeting am Dienstag um 10 Uhr vor, um den Zeitplan und die Position des Kunden "
         "zum Budget zu besprechen."),
        ("other", "Willkommen in Ihrem Bewerberkonto",
         "Ihr Konto wurde angelegt. Um es zu aktivieren, klicken Sie auf den Link und wählen Sie ein Passwort."),
    ],
    "es": [
        ("rejection", "Tu candidatura – Técnico de marketing",
         "Te agradecemos el interés mostrado en Grupo Arenal y el tiempo dedicado a tu candidatura. Tras revisar "
         "con detenimiento tu perfil, lamentamos comunicarte que no vamos a continuar con tu proceso. Guardaremos "
         "tus datos por si surge una oportunidad más adecuada."),
        ("rejection", "Candidatura Desarrollador Python",
         "Gracias por postularte en Kalio. Hemos recibido muchísimas candidaturas para esta vacante y, a pesar de "
         "tu buena trayectoria, hemos seleccionado a personas cuya experiencia se ajusta más a nuestras "
         "necesidades actuales. Te deseamos mucho éxito."),
        ("rejection", "Tras nuestra entrevista",
         "Gracias de nuevo por la conversación del jueves pasado con Lucía y conmigo. Nos gustó mucho tu energía, "
         "pero hemos decidido seguir adelante con otro perfil con más experiencia en gestión de proyectos. No dudes "
         "en presentarte a nuestras próximas ofertas."),
        ("rejection", "Respuesta a tu candidatura",
         "Tu candidatura despertó todo nuestro interés. Sin embargo, el puesto de jefe de proyecto digital se ha "
         "cubierto finalmente de forma interna. Gracias por tu comprensión."),
        ("rejection", "Información sobre tu candidatura",
         "Te informamos de que el proceso de selección para el puesto de contable se ha cancelado debido a una "
         "reorganización del departamento. Por ello tu candidatura no podrá seguir adelante. Disculpa las "
         "molestias."),
        ("rejection", "Prácticas en Recursos Humanos",
         "Gracias por tu candidatura espontánea. Por desgracia, no tenemos prácticas disponibles que encajen con tu "
         "perfil en estas fechas. Conservaremos tu CV en nuestra base de datos durante dos años."),
        ("rejection", "Tu candidatura en Lumen Energía",
         "Te escribimos en relación con tu candidatura al puesto de ingeniero de proyectos. Tu perfil es "
         "interesante, pero no se corresponde con las competencias que buscamos para esta posición. Te deseamos "
         "suerte en tu búsqueda."),
        ("rejection", "Proceso de selección – Data Analyst",
         "Muchas gracias por el tiempo que dedicaste a la prueba técnica y a las entrevistas. El equipo lo ha "
         "valorado y, lamentablemente, no vamos a seguir juntos en este proceso. Si quieres un feedback más "
         "detallado, podemos hablar por teléfono."),
        ("rejection", "Tu solicitud – Formación dual",
         "Hemos recibido tu solicitud y te lo agradecemos. Después de estudiarla, no podemos ofrecerte una plaza, "
         "ya que el número de plazas de formación es limitado este año."),
        ("rejection", "RE: Candidatura Responsable de logística",
         "Gracias por tu rápida respuesta y por la documentación. Siento comunicarte que el cliente ha optado por "
         "cerrar el proceso con otra persona. Te tendré en cuenta para futuros proyectos."),
        ("rejection", "Candidatura no seleccionada",
         "Hemos estudiado tu perfil con atención. Lamentamos informarte de que no ha sido seleccionado."),
        ("rejection", "Oferta de controller financiero",
         "Gracias por tu interés en nuestro grupo. La vacante está congelada por motivos presupuestarios, así que "
         "cerramos todas las candidaturas en curso. Si la situación cambia, volveremos a publicar la oferta."),
        ("rejection", "Tu candidatura",
         "A pesar del interés de tu perfil, no estamos en disposición de dar una respuesta positiva a tu "
         "candidatura. Mucha suerte."),
        ("rejection", "Tu candidatura al puesto de Business Developer",
         "Hemos revisado tu candidatura con atención. No obstante, hemos optado por avanzar con candidatos con una "
         "experiencia más sólida en el sector SaaS. Esperamos que nuestros caminos vuelvan a cruzarse."),
        ("application_ack", "Confirmación de tu candidatura",
         "Hemos recibido tu candidatura para el puesto de Atención al cliente y te damos las gracias. Nuestro "
         "equipo revisa cada perfil con atención y te contestará en un plazo de tres semanas."),
        ("application_ack", "Tu candidatura se ha enviado",
         "Tu candidatura para Product Designer en Kalio se ha enviado correctamente. Puedes seguir su estado desde "
         "tu área personal. La empresa se pondrá en contacto contigo si tu perfil encaja."),
        ("application_ack", "Acuse de recibo – Ref. 2025-118",
         "Este mensaje confirma la recepción de tu candidatura. La revisarán el departamento de Recursos Humanos y "
         "la persona responsable del puesto."),
        ("application_ack", "¡Gracias por tu candidatura!",
         "Gracias por inscribirte en la oferta de Técnico de mantenimiento. Tu candidatura está en buenas manos: "
         "nuestro equipo de selección la revisará en los próximos días."),
        ("application_ack", "Candidatura recibida",
         "Tu candidatura espontánea ha llegado correctamente. La estudiaremos en cuanto se abra un puesto acorde a "
         "tu perfil."),
        ("application_ack", "Hemos recibido tu solicitud",
         "¡Gracias! Tu expediente está completo y se ha enviado al responsable. El plazo de respuesta suele ser de "
         "diez días laborables."),
        ("application_ack", "Candidatura enviada a través de InfoJobs",
         "Tu candidatura se ha enviado a Panaderías Robles. La empresa podrá contactarte directamente por correo o "
         "por teléfono."),
        ("application_ack", "Inscripción registrada",
         "Te confirmamos el registro de tu candidatura con la referencia CAND-55821. Una técnica de selección se "
         "pondrá en contacto contigo si tu perfil resulta preseleccionado."),
        ("interview", "Convocatoria de entrevista",
         "Tras revisar tu candidatura, nos complace invitarte a una entrevista el martes 18 de marzo a las 10:30 en "
         "nuestras oficinas de la calle Alcalá 112, Madrid. Por favor, confirma tu asistencia respondiendo a este "
         "correo."),
        ("interview", "Entrevista – Ingeniero de proyectos",
         "¡Tu perfil nos interesa mucho! ¿Tendrías disponibilidad para una primera llamada de 30 minutos esta "
         "semana? Puedes elegir un hueco directamente en el enlace de abajo."),
        ("interview", "Invitación: entrevista con el equipo de producto",
         "Te confirmo nuestra videollamada el jueves 6 de febrero a las 14:00 con Marcos, nuestro CTO. El enlace de "
         "Teams está en la invitación adjunta."),
        ("interview", "Siguiente fase de tu candidatura",
         "¡Buenas noticias: pasas a la siguiente fase! Te proponemos una entrevista presencial con la directora "
         "financiera. ¿Qué disponibilidad tienes la semana que viene?"),
        ("interview", "Cambio de hora de tu entrevista",
         "Tengo que aplazar la entrevista prevista para mañana. ¿Podríamos pasarla al viernes a las 9:00?"),
        ("interview", "Entrevista final",
         "Después de tus conversaciones con el equipo, nos gustaría reunirnos contigo una última vez con nuestro "
         "director general el 3 de abril a las 16:00."),
        ("assessment", "Prueba técnica – Desarrollador Back-end",
         "Como siguiente paso, te invitamos a realizar una prueba técnica online en HackerRank. Tienes siete días "
         "para completarla; dura unos 90 minutos."),
        ("assessment", "Caso práctico",
         "Como acordamos, te adjunto el caso práctico que debes preparar para tu próxima entrevista. Envíanos tu "
         "presentación como muy tarde el lunes."),
        ("assessment", "Cuestionario de personalidad",
         "Para completar tu candidatura, rellena el cuestionario de personalidad online en el enlace de abajo antes "
         "del 12 de mayo."),
        ("assessment", "Entrevista en vídeo diferida",
         "La siguiente fase es una entrevista en vídeo grabada: responderás a cinco preguntas a tu ritmo. El enlace "
         "es válido durante cinco días."),
        ("assessment", "Recordatorio: test de razonamiento",
         "Todavía no has terminado el test de razonamiento lógico. Te quedan 48 horas para hacerlo."),
        ("offer", "Carta oferta",
         "Nos alegra confirmarte que queremos contar contigo como Analista financiero con contrato indefinido. "
         "Adjuntamos la carta oferta con la retribución bruta anual y la fecha de incorporación, el 2 de junio."),
        ("offer", "¡Bienvenida a Kalio!",
         "¡Enhorabuena! Tras tus entrevistas, nos encanta ofrecerte el puesto de Product Manager. Te enviaremos el "
         "contrato para que lo firmes electrónicamente."),
        ("offer", "Tu contrato de trabajo",
         "Como hablamos por teléfono, te adjunto tu contrato de trabajo. Devuélvenoslo firmado antes del viernes "
         "para confirmar tu incorporación el 1 de septiembre."),
        ("offer", "Oferta de prácticas",
         "Nos complace comunicarte que has sido seleccionada para las prácticas de seis meses. Nuestro "
         "departamento de personas te enviará el convenio."),
        ("recruiter_outreach", "Oportunidad Lead Developer – Valencia",
         "Te escribo porque tu perfil de LinkedIn me ha llamado la atención. Colaboro con una scale-up valenciana "
         "que busca un Lead Developer. ¿Te apetecería hablarlo?"),
        ("recruiter_outreach", "Carmen Ruiz te ha enviado un mensaje",
         "Estoy buscando un ingeniero de datos para nuestro equipo de Barcelona y tu trayectoria encaja con lo que "
         "necesitamos. ¿Tendrías un momento para una llamada esta semana?"),
        ("recruiter_outreach", "Controller para un cliente",
         "Somos una consultora de selección especializada en finanzas y buscamos para un cliente un controller con "
         "experiencia. Tu paso por Brenner me parece muy relevante. ¿Puedo llamarte?"),
        ("recruiter_outreach", "Una oportunidad que podría interesarte",
         "Soy headhunter en el sector industrial. Uno de mis clientes busca un responsable de calidad y he pensado "
         "en ti enseguida."),
        ("other", "Presupuesto mantenimiento 2025",
         "Te adjunto nuestra propuesta comercial para renovar el contrato de mantenimiento. Las tarifas no cambian "
         "respecto al año pasado."),
        ("other", "12 ofertas nuevas para «data analyst»",
         "Descubre las ofertas publicadas esta semana: Data Analyst en Orano, Analista BI en Mercadona. Inscríbete "
         "con un clic. Editar mi alerta."),
        ("other", "Feria de empleo de Sevilla",
         "¡La feria de empleo vuelve el 14 de marzo! Más de 80 empresas contratan. Regístrate gratis para asistir a "
         "las charlas sobre cómo preparar una entrevista de trabajo."),
        ("other", "Retirada de tu candidatura",
         "Hemos registrado tu deseo de retirar tu candidatura al puesto de contable. Te deseamos lo mejor en tu "
         "nuevo proyecto."),
        ("other", "Reunión de arranque del proyecto",
         "Te propongo una reunión de arranque el martes a las 10 para repasar la planificación y la posición del "
         "cliente sobre el presupuesto."),
        ("other", "Bienvenido a tu área de candidato",
         "Tu cuenta se ha creado. Para activarla, pulsa en el enlace y elige una contraseña."),
    ],
    "nl": [
        ("rejection", "Je sollicitatie – Marketingmedewerker",
         "Bedankt voor je interesse in Verhoef & Zn en de tijd die je in je sollicitatie hebt gestoken. Na "
         "zorgvuldige overweging moeten we je helaas laten weten dat we je sollicitatie niet verder in behandeling "
         "nemen. We bewaren je gegevens voor het geval er een passende vacature komt."),
        ("rejection", "Sollicitatie Python-ontwikkelaar",
         "Dank je wel voor je sollicitatie bij Kalio. We kregen erg veel reacties op deze vacature en ondanks je "
         "mooie achtergrond hebben we gekozen voor kandidaten van wie de ervaring beter aansluit bij wat we nu "
         "nodig hebben. Veel succes gewenst."),
        ("rejection", "Na ons gesprek",
         "Nogmaals bedankt voor het gesprek van afgelopen donderdag met Sanne en mij. We vonden je enthousiasme "
         "erg fijn, maar we hebben besloten verder te gaan met een andere kandidaat met meer ervaring in "
         "projectmanagement. Solliciteer gerust opnieuw op onze volgende vacatures."),
        ("rejection", "Reactie op je sollicitatie",
         "Je sollicitatie had onze volle aandacht. De functie van projectleider digitaal is uiteindelijk echter "
         "intern ingevuld. Dank voor je begrip."),
        ("rejection", "Informatie over je sollicitatie",
         "Graag laten we je weten dat de werving voor de functie van crediteurenadministrateur is geannuleerd "
         "vanwege een reorganisatie van de afdeling. Je sollicitatie kan daarom helaas niet verder. Excuses voor "
         "het ongemak."),
        ("rejection", "Stage HR-assistent",
         "Bedankt voor je open sollicitatie. Helaas hebben we in deze periode geen stageplek die bij je profiel "
         "past. We houden je cv twee jaar in onze talentenpool."),
        ("rejection", "Je sollicitatie bij Lumen Energie",
         "We komen terug op je sollicitatie als projectingenieur. Je profiel is interessant, maar sluit niet aan "
         "bij de vaardigheden die we voor deze functie zoeken. Veel succes met je zoektocht."),
        ("rejection", "Sollicitatieprocedure – Data Analyst",
         "Heel erg bedankt voor de tijd die je in de technische opdracht en de gesprekken hebt gestoken. Het team "
         "heeft alles besproken en we gaan helaas niet samen verder voor deze rol. Wil je uitgebreidere feedback, "
         "bel me dan gerust."),
        ("rejection", "Je aanmelding – Werkstudentplek",
         "We hebben je aanmelding ontvangen en danken je daarvoor. Na beoordeling kunnen we je geen plek aanbieden, "
         "omdat het aantal werkstudentplekken dit jaar beperkt is."),
        ("rejection", "RE: Sollicitatie Manager logistiek",
         "Bedankt voor je snelle reactie en de documenten. Helaas heeft de klant ervoor gekozen de procedure af te "
         "ronden met iemand anders. Ik houd je op de hoogte van andere opdrachten."),
        ("rejection", "Afwijzing sollicitatie",
         "We hebben je cv zorgvuldig bekeken. Tot onze spijt moeten we je meedelen dat we je niet uitnodigen voor "
         "een gesprek."),
        ("rejection", "Vacature Controller",
         "Dank voor je interesse in onze groep. De vacature is om budgettaire redenen bevroren en daarom sluiten we "
         "alle lopende sollicitaties af. Als de situatie verandert, plaatsen we de vacature opnieuw."),
        ("rejection", "Je sollicitatie",
         "Ondanks je interessante profiel zijn we tot de conclusie gekomen dat we je geen positieve reactie kunnen "
         "geven. Het ga je goed."),
        ("rejection", "Je sollicitatie als Business Developer",
         "We hebben je sollicitatie met aandacht gelezen. Toch hebben we ervoor gekozen door te gaan met kandidaten "
         "met meer ervaring in SaaS-sales. Hopelijk kruisen onze wegen later opnieuw."),
        ("application_ack", "Bevestiging van je sollicitatie",
         "We hebben je sollicitatie voor de functie van Klantenservicemedewerker ontvangen, hartelijk dank. We "
         "bekijken elk cv zorgvuldig en laten binnen drie weken van ons horen."),
        ("application_ack", "Je sollicitatie is verstuurd",
         "Je sollicitatie als Product Designer bij Kalio is verstuurd. Je kunt de status volgen in je persoonlijke "
         "omgeving. Het bedrijf neemt contact met je op als je profiel past."),
        ("application_ack", "Ontvangstbevestiging – Ref. 2025-118",
         "Met dit bericht bevestigen we de ontvangst van je sollicitatie. Deze wordt bekeken door HR en door de "
         "leidinggevende van de vacature."),
        ("application_ack", "Bedankt voor je sollicitatie!",
         "Leuk dat je hebt gesolliciteerd als Onderhoudsmonteur. Je sollicitatie is in goede handen: ons "
         "recruitmentteam bekijkt hem de komende dagen."),
        ("application_ack", "Open sollicitatie ontvangen",
         "Je open sollicitatie is goed bij ons binnengekomen. We bekijken hem zodra er een passende functie vrijkomt."),
        ("application_ack", "We hebben je sollicitatie ontvangen",
         "Dank je! Je dossier is compleet en doorgestuurd naar de manager. De behandeling duurt meestal tien "
         "werkdagen."),
        ("application_ack", "Sollicitatie verstuurd via Indeed",
         "Je sollicitatie is verstuurd naar Bakkerij Rademaker. De werkgever kan rechtstreeks contact met je "
         "opnemen per e-mail of telefoon."),
        ("application_ack", "Sollicitatie geregistreerd",
         "We bevestigen de registratie van je sollicitatie onder kenmerk SOL-55821. Een recruiter neemt contact "
         "met je op als je profiel wordt voorgeselecteerd."),
        ("interview", "Uitnodiging sollicitatiegesprek",
         "Na het bekijken van je sollicitatie nodigen we je graag uit voor een gesprek op dinsdag 18 maart om "
         "10.30 uur op ons kantoor aan de Keizersgracht 112 in Amsterdam. Wil je de afspraak per mail bevestigen?"),
        ("interview", "Kennismakingsgesprek – Ingenieur",
         "Je profiel spreekt ons erg aan! Heb je deze week tijd voor een eerste telefonisch gesprek van 30 minuten? "
         "Je kunt via de link hieronder direct een moment kiezen."),
        ("interview", "Bevestiging: gesprek met het productteam",
         "Hierbij bevestig ik ons videogesprek op donderdag 6 februari om 14.00 uur met Maarten, onze CTO. De "
         "Teams-link staat in de bijgevoegde uitnodiging."),
        ("interview", "Volgende stap in je sollicitatie",
         "Goed nieuws: je bent door naar de volgende ronde! We willen je uitnodigen voor een gesprek op locatie met "
         "onze financieel directeur. Wanneer kun je volgende week?"),
        ("interview", "Verplaatsing van ons gesprek",
         "Ik moet ons gesprek van morgen helaas verzetten. Kunnen we het verplaatsen naar vrijdag om 9.00 uur?"),
        ("interview", "Tweede gesprek",
         "Na je gesprekken met het team willen we je graag nog een keer zien, nu met onze algemeen directeur, op "
         "3 april om 16.00 uur."),
        ("assessment", "Online test – Back-end developer",
         "Als volgende stap vragen we je een technische online test te maken via Codility. Je hebt zeven dagen de "
         "tijd; de test duurt ongeveer 90 minuten."),
        ("assessment", "Casus ter voorbereiding",
         "Zoals afgesproken vind je in de bijlage de casus voor je volgende gesprek. Stuur ons je presentatie "
         "uiterlijk maandag."),
        ("assessment", "Persoonlijkheidsvragenlijst",
         "Om je sollicitatie compleet te maken, vragen we je vóór 12 mei de online vragenlijst in te vullen via "
         "de link hieronder."),
        ("assessment", "Video-interview op eigen moment",
         "De volgende stap is een opgenomen video-interview: je beantwoordt vijf vragen in je eigen tempo. De link "
         "is vijf dagen geldig."),
        ("assessment", "Herinnering: capaciteitentest",
         "Je hebt de capaciteitentest nog niet afgerond. Je hebt nog 48 uur om hem te maken."),
        ("offer", "Je arbeidsvoorwaardenvoorstel",
         "We zijn blij je de functie van Financieel analist met een vast contract aan te bieden. In de bijlage vind "
         "je ons aanbod met het bruto jaarsalaris en de startdatum van 2 juni."),
        ("offer", "Welkom bij Kalio!",
         "Gefeliciteerd! Na je gesprekken bieden we je met veel plezier de functie van Product Manager aan. Je "
         "ontvangt de arbeidsovereenkomst om digitaal te ondertekenen."),
        ("offer", "Je arbeidsovereenkomst",
         "Zoals telefonisch besproken vind je hierbij je arbeidsovereenkomst. Wil je hem vóór vrijdag ondertekend "
         "terugsturen, zodat we je start op 1 september kunnen bevestigen?"),
        ("offer", "Stageaanbod",
         "We laten je met plezier weten dat je bent geselecteerd voor de stage van zes maanden. De "
         "stageovereenkomst wordt je door HR toegestuurd."),
        ("recruiter_outreach", "Mooie kans als Lead Developer in Utrecht",
         "Ik neem contact met je op omdat je LinkedIn-profiel me opviel. Ik werk voor een groeiende scale-up in "
         "Utrecht die een Lead Developer zoekt. Sta je open voor een vrijblijvend gesprek?"),
        ("recruiter_outreach", "Femke de Vries heeft je een bericht gestuurd",
         "Ik zoek momenteel een data engineer voor ons team in Rotterdam en je achtergrond past goed bij wat we "
         "zoeken. Heb je deze week tijd om even te bellen?"),
        ("recruiter_outreach", "Controller voor een opdrachtgever",
         "Als wervingsbureau gespecialiseerd in finance zoeken we voor een van onze opdrachtgevers een ervaren "
         "controller. Je ervaring bij Brenner lijkt me zeer relevant. Mag ik je bellen?"),
        ("recruiter_outreach", "Een kans die je misschien interesseert",
         "Ik ben headhunter in de industrie. Een van mijn klanten zoekt een manager kwaliteit en ik dacht meteen "
         "aan jou."),
        ("other", "Offerte onderhoud 2025",
         "In de bijlage vind je onze offerte voor de verlenging van het onderhoudscontract. De tarieven blijven "
         "gelijk aan vorig jaar."),
        ("other", "12 nieuwe vacatures voor 'data analyst'",
         "Bekijk de vacatures van deze week: Data Analyst bij Orano, BI-analist bij Coolblue. Solliciteer met één "
         "klik. Zoekopdracht aanpassen."),
        ("other", "Banenbeurs Eindhoven",
         "De banenbeurs is terug op 14 maart! Meer dan 80 bedrijven werven. Schrijf je gratis in voor de "
         "workshops over het sollicitatiegesprek."),
        ("other", "Intrekking van je sollicitatie",
         "We hebben je verzoek om je sollicitatie als boekhouder in te trekken verwerkt. Veel succes met je nieuwe "
         "stap."),
        ("other", "Kick-off van het project",
         "Ik stel een kick-off voor op dinsdag om 10 uur om de planning en het standpunt van de klant over het "
         "budget door te nemen."),
        ("other", "Welkom in je kandidatenomgeving",
         "Je account is aangemaakt. Klik op de link en kies een wachtwoord om het te activeren."),
    ],
}

NAMES = {"fr": ("Claire Dubois", "Chargée de recrutement", "Kalio SAS"),
         "de": ("Claudia Becker", "Talent Acquisition", "Brenner AG"),
         "es": ("Carmen Ruiz", "Técnica de selección", "Grupo Arenal S.L."),
         "nl": ("Femke de Vries", "Recruiter", "Verhoef & Zn B.V.")}

SALUTATIONS = {
    "fr": ("Bonjour Alex,", "Madame, Monsieur,", "Bonjour Monsieur Martin,", "Cher Alex,"),
    "de": ("Sehr geehrter Herr Martin,", "Hallo Alex,", "Sehr geehrte Damen und Herren,", "Guten Tag Herr Martin,"),
    "es": ("Hola Alex:", "Estimado Alex:", "Buenos días, Alex:", "Estimado candidato:"),
    "nl": ("Beste Alex,", "Geachte heer Martin,", "Hoi Alex,", "Beste kandidaat,"),
}

CLOSINGS = {
    "fr": ("Cordialement,", "Bien à vous,", "Nous vous prions d'agréer, Madame, Monsieur, nos salutations "
           "distinguées.", "Belle journée,"),
    "de": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße aus Hamburg"),
    "es": ("Un saludo,", "Atentamente,", "Saludos cordiales,", "Un abrazo,"),
    "nl": ("Met vriendelijke groet,", "Hartelijke groet,", "Groeten,", "Met vriendelijke groeten,"),
}

# Data-protection and legal notices: long, full of job words, and never the news.
FOOTERS = {
    "fr": ("Conformément au Règlement général sur la protection des données (RGPD), les informations de votre "
           "candidature sont conservées pendant deux ans à compter de notre dernier contact. Vous disposez d'un "
           "droit d'accès, de rectification et de suppression de vos données en écrivant à dpo@kalio.example. "
           "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. "
           "Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur. Kalio SAS, capital "
           "de 50 000 euros, RCS Lyon 812 345 678, siège social : 12 rue des Tanneurs, 69002 Lyon."),
    "de": ("Datenschutzhinweis: Ihre Bewerbungsdaten verarbeiten wir gemäß Art. 6 DSGVO ausschließlich für das "
           "Bewerbungsverfahren und löschen sie sechs Monate nach dessen Abschluss, sofern Sie nicht in eine "
           "längere Speicherung eingewilligt haben. Informationen zu Ihren Rechten finden Sie in unserer "
           "Datenschutzerklärung. Brenner AG, Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht Hamburg "
           "HRB 123456, Vorstand: Dr. Jan Brenner, Vorsitzender des Aufsichtsrats: Peter Lang. Diese E-Mail kann "
           "vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
           "sofort den Absender und vernichten Sie diese E-Mail."),
    "es": ("En cumplimiento del Reglamento General de Protección de Datos (RGPD), le informamos de que sus datos "
           "personales serán tratados por Grupo Arenal S.L. con la finalidad de gestionar los procesos de "
           "selección y se conservarán durante un año. Puede ejercer sus derechos de acceso, rectificación y "
           "supresión escribiendo a privacidad@arenal.example. Este mensaje es confidencial; si lo ha recibido por "
           "error, comuníquelo al remitente y elimínelo."),
    "nl": ("Wij gaan zorgvuldig om met je persoonsgegevens en verwerken deze volgens de AVG. Je gegevens worden "
           "uiterlijk vier weken na afloop van de sollicitatieprocedure verwijderd, tenzij je toestemming geeft "
           "om ze een jaar te bewaren. Dit bericht is uitsluitend bestemd voor de geadresseerde. Heb je het "
           "onterecht ontvangen, verwijder het dan en laat het de afzender weten. Verhoef & Zn B.V., KvK 12345678, "
           "Keizersgracht 112, Amsterdam."),
}

# The candidate's own mail, quoted under a reply in the style of the language's mail programs.
QUOTES = {
    "fr": ("Le lun. 3 mars 2025 à 09:30, Alex Martin <alex.martin@example.net> a écrit :",
           "De : Alex Martin <alex.martin@example.net>\nEnvoyé : lundi 3 mars 2025 09:30\n"
           "À : recrutement@kalio.example\nObjet : Candidature",
           "Madame, Monsieur, je vous adresse ma candidature et reste disponible pour un entretien à votre "
           "convenance. Dans l'attente de votre retour, je vous remercie."),
    "de": ("Am 03.03.2025 um 09:30 schrieb Alex Martin <alex.martin@example.net>:",
           "Von: Alex Martin <alex.martin@example.net>\nGesendet: Montag, 3. März 2025 09:30\n"
           "An: jobs@brenner.example\nBetreff: Bewerbung",
           "Sehr geehrte Damen und Herren, anbei sende ich Ihnen meine Bewerbung und freue mich auf eine Einladung "
           "zum Vorstellungsgespräch. Vielen Dank für Ihre Zeit."),
    "es": ("El lun, 3 mar 2025 a las 9:30, Alex Martin (<alex.martin@example.net>) escribió:",
           "De: Alex Martin <alex.martin@example.net>\nEnviado: lunes, 3 de marzo de 2025 9:30\n"
           "Para: empleo@arenal.example\nAsunto: Candidatura",
           "Buenos días, les envío mi candidatura y quedo a su disposición para una entrevista cuando les venga "
           "bien. Muchas gracias por su tiempo."),
    "nl": ("Op ma 3 mrt 2025 om 09:30 schreef Alex Martin <alex.martin@example.net>:",
           "Van: Alex Martin <alex.martin@example.net>\nVerzonden: maandag 3 maart 2025 09:30\n"
           "Aan: vacatures@verhoef.example\nOnderwerp: Sollicitatie",
           "Geachte heer/mevrouw, hierbij stuur ik mijn sollicitatie en ik kom graag langs voor een gesprek. Alvast "
           "bedankt voor uw tijd."),
}

SENT_FROM_PHONE = {"fr": "Envoyé de mon iPhone", "de": "Von meinem iPhone gesendet",
                   "es": "Enviado desde mi iPhone", "nl": "Verzonden vanaf mijn iPhone"}

# Applicant-tracking systems: HTML around the message, a sender, and their own lines.
ATS = (
    ("Welcome to the Jungle", "no-reply@welcometothejungle.example"),
    ("Workday", "kalio@myworkday.example"),
    ("SAP SuccessFactors", "careers@successfactors.example"),
    ("Personio", "jobs@brenner.jobs.personio.example"),
    ("softgarden", "noreply@softgarden.example"),
    ("Indeed", "indeedapply@indeed.example"),
    ("StepStone", "service@stepstone.example"),
    ("LinkedIn", "jobs-noreply@linkedin.example"),
)

ATS_LINES = {
    "fr": ("Voir l'offre", "Gérer mes préférences de notification", "Ne répondez pas à cet e-mail."),
    "de": ("Stellenanzeige ansehen", "Benachrichtigungen verwalten", "Bitte antworten Sie nicht auf diese E-Mail."),
    "es": ("Ver la oferta", "Gestionar notificaciones", "No respondas a este correo."),
    "nl": ("Vacature bekijken", "Meldingen beheren", "Reageer niet op deze e-mail."),
}

STYLES = ("plain-qp", "ats-html-latin1", "alternative-base64", "outlook-cp1252-quoted", "ascii-no-accents",
          "english-frame-html", "utf8-declared-latin1", "phone-reply")


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    label: str
    style: str
    split: str
    subject: str
    raw: bytes


def strip_accents(text: str, lang: str) -> str:
    """Text as an old system or a hurried person types it: no accents (German umlauts as ae, oe, ue, ss)."""
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            text = text.replace(a, b)
    text = text.replace("«", '"').replace("»", '"').replace("„", '"').replace("“", '"').replace("–", "-")
    text = text.replace("’", "'").replace("¿", "").replace("¡", "")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _text(lang: str, i: int, body: str, *, footer: bool, quote: str | None = None) -> str:
    name, title, company = NAMES[lang]
    salutation = SALUTATIONS[lang][i % len(SALUTATIONS[lang])]
    closing = CLOSINGS[lang][i % len(CLOSINGS[lang])]
    parts = [salutation, "", body, "", closing, name, f"{title} | {company}", "+33 4 72 00 00 00" if lang == "fr"
             else "Tel. +49 40 123 456-0" if lang == "de" else "Tel. +34 910 000 000" if lang == "es"
             else "T +31 20 123 45 67"]
    if footer:
        parts += ["", FOOTERS[lang]]
    if quote == "outlook":
        parts += ["", "________________________________", QUOTES[lang][1], "", QUOTES[lang][2]]
    elif quote == "gmail":
        parts += ["", QUOTES[lang][0], "> " + QUOTES[lang][2]]
    elif quote == "phone":
        parts = [salutation, "", body, "", closing, name, "", SENT_FROM_PHONE[lang], "", QUOTES[lang][0],
                 "> " + QUOTES[lang][2]]
    return "\n".join(parts)


def _html(lang: str, i: int, body: str, ats: tuple[str, str], *, english_frame: bool = False) -> str:
    name, title, company = NAMES[lang]
    view, manage, noreply = ATS_LINES[lang]
    salutation = SALUTATIONS[lang][i % len(SALUTATIONS[lang])]
    closing = CLOSINGS[lang][i % len(CLOSINGS[lang])]
    paragraphs = "".join(f"<p style=\"margin:0 0 16px\">{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    paragraphs = paragraphs.replace("..</p>", ".</p>").replace("?.</p>", "?</p>").replace("!.</p>", "!</p>")
    head = ("<tr><td style=\"font-size:12px;color:#888\">Your application &ndash; an update from "
            f"{company}</td></tr>") if english_frame else ""
    tail = ("<p style=\"font-size:11px;color:#999\">You are receiving this email because you applied for a job "
            "through our careers site. Privacy policy | Terms of use | Unsubscribe</p>") if english_frame else ""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{font-family:Arial}</style>"
        f"<title>{company}</title></head><body style=\"background:#f4f4f4\">"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        "<table width=\"600\" style=\"background:#fff\">"
        f"{head}<tr><td><img src=\"https://cdn.example/logo.png\" alt=\"{company}\"></td></tr>"
        f"<tr><td style=\"padding:24px\"><p>{salutation}</p>{paragraphs}<p>{closing}<br>{name}<br>{title}</p>"
        f"<p><a href=\"https://jobs.example/offer/118\" style=\"background:#0a5;color:#fff\">{view}</a></p>"
        "</td></tr>"
        f"<tr><td style=\"font-size:11px;color:#999;padding:16px\"><p>{FOOTERS[lang]}</p>"
        f"<p>{noreply} <a href=\"https://jobs.example/settings\">{manage}</a></p>"
        f"<p>Powered by {ats[0]}</p>{tail}</td></tr></table></td></tr></table></body></html>"
    )


def _headers(lang: str, subject: str, sender: str, i: int, *, encode_subject: str | None = "utf-8") -> list[str]:
    date = dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.UTC) + dt.timedelta(days=i, hours=i % 7)
    if encode_subject and not subject.isascii():
        try:
            subject_line = Header(subject, encode_subject).encode()
        except UnicodeEncodeError:  # a dash Latin-1 has not: the system falls back to UTF-8
            subject_line = Header(subject, "utf-8").encode()
    else:
        subject_line = subject
    return [f"From: {sender}", "To: Alex Martin <alex.martin@example.net>", f"Subject: {subject_line}",
            f"Date: {format_datetime(date)}", f"Message-ID: {make_msgid(f'{lang}{i}', 'intl.example')}",
            "MIME-Version: 1.0"]


def _qp(text: str, charset: str) -> bytes:
    # HTML writes the signs its charset lacks as character references.
    data = text.replace("\n", "\r\n").encode(charset, "xmlcharrefreplace")
    return quopri.encodestring(data, quotetabs=False).replace(b"\r\n", b"\n")


def build(lang: str, i: int, label: str, subject: str, body: str, style: str) -> bytes:
    """One message as raw bytes, in the given style."""
    name, _, company = NAMES[lang]
    person = f"{name} <{name.split()[0].lower()}@{company.split()[0].lower()}.example>"
    ats = ATS[i % len(ATS)]
    ats_sender = f"{company} via {ats[0]} <{ats[1]}>"
    footer = label != "other"
    if style == "plain-qp":
        head = _headers(lang, subject, person, i)
        payload = _qp(_text(lang, i, body, footer=footer), "utf-8")
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    elif style == "ats-html-latin1":
        head = _headers(lang, subject, ats_sender, i, encode_subject="iso-8859-1")
        payload = _qp(_html(lang, i, body, ats).replace('charset="utf-8"', 'charset="iso-8859-1"'), "iso-8859-1")
        head += ["Content-Type: text/html; charset=ISO-8859-1", "Content-Transfer-Encoding: quoted-printable"]
    elif style == "alternative-base64":
        head = _headers(lang, subject, ats_sender, i)
        boundary = f"=_b{lang}{i}"
        plain = base64.encodebytes(_text(lang, i, body, footer=footer).encode("utf-8"))
        html = base64.encodebytes(_html(lang, i, body, ats).encode("utf-8"))
        head += [f'Content-Type: multipart/alternative; boundary="{boundary}"']
        payload = b"\n".join([
            f"--{boundary}".encode(), b"Content-Type: text/plain; charset=UTF-8",
            b"Content-Transfer-Encoding: base64", b"", plain,
            f"--{boundary}".encode(), b"Content-Type: text/html; charset=UTF-8",
            b"Content-Transfer-Encoding: base64", b"", html, f"--{boundary}--".encode(), b""])
    elif style == "outlook-cp1252-quoted":
        head = _headers(lang, subject, person, i, encode_subject="windows-1252")
        text = _text(lang, i, body, footer=footer, quote="outlook")
        payload = text.replace("\u2011", "-").encode("windows-1252", "replace")
        head += ["Content-Type: text/plain; charset=windows-1252", "Content-Transfer-Encoding: 8bit"]
    elif style == "ascii-no-accents":
        head = _headers(lang, strip_accents(subject, lang), ats_sender, i)
        payload = strip_accents(_text(lang, i, body, footer=footer, quote="gmail"), lang).encode("ascii")
        head += ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
    elif style == "english-frame-html":
        head = _headers(lang, subject, ats_sender, i)
        payload = _qp(_html(lang, i, body, ats, english_frame=True), "utf-8")
        head += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    elif style == "utf8-declared-latin1":
        # A system that writes UTF-8 and says ISO-8859-1: read as declared, every accent turns into two signs.
        head = _headers(lang, subject, person, i)
        payload = _text(lang, i, body, footer=footer).encode("utf-8")
        head += ["Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: 8bit"]
    elif style == "phone-reply":
        head = _headers(lang, subject, person, i)
        payload = _qp(_text(lang, i, body, footer=False, quote="phone"), "utf-8")
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    else:
        raise ValueError(style)
    return "\n".join(head).encode("ascii") + b"\n\n" + payload


def messages(langs=("fr", "de", "es", "nl")) -> list[Case]:
    out = []
    for lang in langs:
        for i, (label, subject, body) in enumerate(CORES[lang]):
            # Styles turn with the message and the language, so a label meets each style in some language.
            style = STYLES[(i + 3 * ("fr", "de", "es", "nl").index(lang)) % len(STYLES)]
            split = "tune" if i % 2 == 0 else "check"
            out.append(Case(f"{lang}-{i:02d}-{label}", lang, label, style, split, subject,
                            build(lang, i, label, subject, body, style)))
    return out
