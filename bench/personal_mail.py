"""A person's ordinary inbox while job hunting, written message by message for this project (issue #15, mail v2):
mail that is NOT about the reader's job search but uses its words — shop orders and parcels, banks and insurers,
flats to rent, visas and town halls, universities and courses, doctors, volunteering, dating and social apps,
podcasts and the press, freelance clients, community newsletters, job-board alerts and digests, "who viewed your
profile", webinars and career fairs, recruiting-industry newsletters, and account mail from applicant-tracking
systems — plus job mail that sits right next to it and must keep its label (a university's rejection, a
recruiter's note, an ATS acknowledgement, an invitation, a test, an offer).

Mostly English, some French, German, Spanish and Dutch. Every writer (a sender with its own manner: greeting,
sign-off, footer, HTML or plain) belongs to one half: `tune` (its mistakes may be read and may shape the screen,
rules and examples) or `report` (only counted, at the first run and at the end; never printed). Each kind has
writers in both halves.

    from personal_mail import messages, write_mbox
    rows = messages("tune")     # [{"id", "writer", "kind", "lang", "gold", "subject", "body", "sender", "raw"}]
    write_mbox(rows, path)

`gold` is "other" for the non-job kinds, otherwise the job label the message must keep.
"""

from __future__ import annotations

import html
import mailbox
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HALVES = ("tune", "report")
READERS = ["Sam", "Priya", "Jonas", "Camille", "Lucía", "Daan", "Alex", "Mei"]


@dataclass(frozen=True)
class Writer:
    kind: str
    half: str
    lang: str
    sender: str
    greeting: str          # "{n}" is the reader's first name
    signoff: str
    footer: str
    html: bool
    mail: tuple
    gold: str = "other"


WRITERS: list[Writer] = []


def w(kind, half, lang, sender, greeting, signoff, footer, mail, *, html=False, gold="other"):
    WRITERS.append(Writer(kind, half, lang, sender, greeting, signoff, footer, html, tuple(mail), gold))


# === Shop orders and parcels =================================================================================

w("shop", "tune", "en", "Parcelwise <orders@parcelwise-shop.com>",
  "Hi {n},", "Thanks for shopping with us,\nParcelwise",
  "Questions about your order? Visit our help centre. Parcelwise Ltd, 4 Mill Lane, Leeds. Careers | Press | Privacy", [
    ("Your order #40418 has been dispatched", "Good news: your order has been dispatched and should arrive on "
     "Thursday. Track it with the link below."),
    ("We've received your order", "Thank you for your order. We'll let you know as soon as it ships. Position 2 of "
     "your order (desk lamp, grey) is on back-order and will follow separately."),
    ("Your return has been processed", "We have received the item you sent back and your refund of £24.99 has been "
     "issued to your original payment method. It can take 3-5 working days to appear."),
    ("Delivery attempted", "Our courier tried to deliver your parcel today but nobody was home. We'll try again "
     "tomorrow, or you can choose a pick-up point."),
    ("How did we do?", "You recently received order #40418. Would you take 30 seconds to review your purchase? "
     "Your feedback helps other customers."),
])

w("shop", "report", "en", "Northgate Outdoor <no-reply@northgate-outdoor.com>", "Hello {n},", "The Northgate team",
  "You are receiving this because you have an account with Northgate Outdoor. Unsubscribe. We're hiring: join our "
  "store teams!", [
    ("Order confirmation NG-771203", "Thanks for your order! Items: trail shoes (size 42), merino socks x2. "
     "Estimated delivery: 3-4 business days."),
    ("Your parcel is on its way", "Your order NG-771203 has left our warehouse. Carrier: DPD. Tracking number "
     "1552 8830 4412."),
    ("Item out of stock - your order", "Sorry, position 3 of your order (rain jacket, navy, M) is no longer in "
     "stock. We have cancelled that line and refunded €89.00."),
    ("Your exchange request", "We've approved your exchange. Print the label, drop the parcel at any post office, "
     "and we'll send the new size once it arrives."),
    ("Last chance: 30% off ends tonight", "Our winter sale ends at midnight. Your basket still has 2 items in it."),
])

w("shop", "tune", "de", "Buchhaus Lindner <bestellung@buchhaus-lindner.de>", "Hallo {n},", "Ihr Buchhaus Lindner",
  "Buchhaus Lindner GmbH, Amtsgericht Köln HRB 4411. Jobs bei uns: Wir suchen Buchhändler (m/w/d).", [
    ("Ihre Bestellung 88123 wurde versandt", "Ihre Bestellung ist unterwegs und kommt voraussichtlich am Mittwoch "
     "an. Die Sendungsnummer finden Sie unten."),
    ("Bestellbestätigung", "Vielen Dank für Ihre Bestellung. Position 1: Kochbuch, Position 2: Kalender 2027. "
     "Wir melden uns, sobald alles verschickt ist."),
    ("Ihre Rücksendung ist eingegangen", "Wir haben Ihre Rücksendung erhalten. Die Gutschrift über 19,90 € erfolgt "
     "in den nächsten Tagen."),
    ("Bewerten Sie Ihren Einkauf", "Wie zufrieden waren Sie mit Ihrer Bestellung? Ihre Meinung ist uns wichtig."),
])

w("shop", "report", "fr", "Maison Colette <commandes@maisoncolette.fr>", "Bonjour {n},", "L'équipe Maison Colette",
  "Maison Colette SAS – Service client du lundi au vendredi. Rejoignez-nous : nos offres d'emploi sur le site.", [
    ("Votre commande n°55120 a été expédiée", "Votre colis est en route. Livraison prévue jeudi entre 9h et 13h."),
    ("Confirmation de votre commande", "Merci pour votre commande ! Nous préparons vos articles et vous "
     "préviendrons dès l'expédition."),
    ("Votre remboursement", "Nous avons bien reçu votre retour. Le remboursement de 45,00 € a été effectué."),
    ("Votre avis compte", "Donnez votre avis sur votre dernier achat et recevez 5 € sur votre prochaine commande."),
])

w("shop", "tune", "nl", "Fietsenwinkel Brands <klantenservice@fietsbrands.nl>",
  "Beste {n},", "Met vriendelijke groet,\nFietsenwinkel Brands",
  "Werken bij Brands? Bekijk onze vacatures.", [
    ("Je bestelling is verzonden", "Je bestelling 3391 is vandaag verzonden met PostNL en wordt morgen bezorgd."),
    ("Bevestiging van je bestelling", "Bedankt voor je bestelling. Artikel 2 (fietsslot) wordt apart geleverd."),
    ("Je afspraak in de werkplaats", "Je fiets staat ingepland voor onderhoud op dinsdag om 10:00. Neem je "
     "reservesleutel mee."),
])

# === Banks and insurers ======================================================================================

w("bank", "tune", "en", "Harbour Bank <notifications@harbourbank.co.uk>",
  "Dear {n},", "Kind regards,\nHarbour Bank Lending Team",
  "Harbour Bank plc is authorised by the Prudential Regulation Authority. Never share your security codes.", [
    ("Your loan application", "Thank you for your loan application. We are reviewing the information you provided "
     "and will let you know our decision within 2 working days."),
    ("Update on your loan application", "Unfortunately we are unable to approve your personal loan application "
     "at this time. This decision was based on our credit assessment."),
    ("Your mortgage offer", "We are pleased to confirm your mortgage offer. The offer is valid until 30 March; "
     "please sign and return the documents before then."),
    ("Action needed: verify your income", "To continue with your application we need your last three payslips. "
     "Please upload them in the app."),
    ("Your statement is ready", "Your monthly statement for account ending 4471 is now available to view."),
])

w("bank", "report", "en", "Clearwater Insurance <service@clearwater-insure.com>", "Hi {n},", "Clearwater Customer Care",
  "Clearwater Insurance Company. Calls may be recorded. Careers at Clearwater.", [
    ("Your claim has been received", "We've received your claim for the water damage of 12 May. A claims handler "
     "will contact you to arrange an assessment of the damage."),
    ("Your renewal quote", "Your home insurance renews on 1 July. Your new premium is £312 a year. This offer is "
     "valid until 25 June."),
    ("Claim decision", "After reviewing your claim we regret that we cannot accept it, as the policy excludes "
     "gradual leaks. You can ask us to review this decision."),
    ("Your application for travel cover", "Thanks for applying for annual travel cover. Your policy documents are "
     "attached."),
    ("Appointment with our assessor", "Our loss assessor will visit your home on Tuesday between 9am and 12pm."),
])

w("bank", "tune", "de", "Sparkasse Rheinau <service@sparkasse-rheinau.de>",
  "Sehr geehrte Kundin, sehr geehrter Kunde,", "Mit freundlichen Grüßen\nIhre Sparkasse Rheinau",
  "Sparkasse Rheinau, Anstalt des öffentlichen Rechts.", [
    ("Ihr Kreditantrag", "vielen Dank für Ihren Kreditantrag. Wir prüfen Ihre Unterlagen und melden uns in den "
     "nächsten Tagen."),
    ("Ihr Beratungstermin", "hiermit bestätigen wir Ihren Termin zur Baufinanzierung am 14.03. um 16 Uhr in "
     "unserer Filiale."),
    ("Entscheidung zu Ihrem Antrag", "leider können wir Ihrem Antrag auf ein Darlehen nach eingehender Prüfung "
     "nicht entsprechen."),
    ("Unser Angebot für Sie", "Unser Angebot für Ihren Ratenkredit ist bis zum 31.01. gültig."),
])

w("bank", "report", "es", "Banco Ribera <avisos@bancoribera.es>", "Estimado/a {n}:", "Atentamente,\nBanco Ribera",
  "Banco Ribera S.A. Trabaja con nosotros.", [
    ("Su solicitud de préstamo", "Hemos recibido su solicitud de préstamo personal. Le comunicaremos nuestra "
     "decisión en un plazo de 48 horas."),
    ("Oferta de tarjeta", "Le ofrecemos una tarjeta sin comisiones. Esta oferta es válida hasta el 15 de "
     "diciembre."),
    ("Cita en su oficina", "Le confirmamos su cita con su gestor el lunes a las 10:30."),
])

w("bank", "report", "nl", "Verzekeraar Polder <klant@polderverzekeringen.nl>",
  "Beste {n},", "Met vriendelijke groet,\nPolder Verzekeringen",
  "", [
    ("Uw aanvraag voor een autoverzekering", "Bedankt voor uw aanvraag. Wij beoordelen deze en u hoort binnen "
     "drie werkdagen van ons."),
    ("Uw schademelding", "Uw schademelding is ontvangen. Een expert neemt contact met u op voor een afspraak."),
])

# === Housing ================================================================================================

w("housing", "tune", "en", "Brickfield Lettings <lettings@brickfield.co.uk>",
  "Hi {n},", "Best,\nTara | Brickfield Lettings",
  "Brickfield Lettings Ltd. Client money protected.", [
    ("Your rental application - 14 Oak Street", "Thanks for your application for the flat at 14 Oak Street. The "
     "landlord is reviewing all applications and we'll be in touch by Friday."),
    ("Viewing appointment confirmed", "Your viewing of the 2-bed flat on Canal Road is confirmed for Saturday at "
     "11:15. Please bring photo ID."),
    ("Re: 14 Oak Street", "Sorry, the landlord has decided to go with another applicant for this property. We have "
     "two similar flats coming up next month if you're interested."),
    ("Referencing: next steps", "To complete your tenancy application, please fill in the referencing form and "
     "provide your employer's contact details."),
    ("Holding deposit received", "We've received your holding deposit. The property is now reserved for you."),
])

w("housing", "report", "en", "Marlow Property Management <noreply@marlowpm.com>",
  "Dear {n},", "Marlow Property Management",
  "", [
    ("Application received: Unit 5B", "We have received your rental application for Unit 5B. Processing takes up "
     "to 3 business days."),
    ("Your application has been approved", "Congratulations! Your application for Unit 5B has been approved. "
     "Please sign the lease within 48 hours."),
    ("Maintenance visit scheduled", "A technician will visit your unit on Monday to service the boiler."),
    ("Rent reminder", "Your rent of $1,450 is due on the 1st."),
    ("Interview with the co-op board", "The co-op board would like to meet you on Tuesday at 7 pm as part of your "
     "purchase application."),
])

w("housing", "tune", "de", "Wohnbau Nord <vermietung@wohnbau-nord.de>",
  "Hallo {n},", "Viele Grüße\nIhr Vermietungsteam",
  "", [
    ("Ihre Anfrage zur Wohnung Gartenstraße 8", "danke für Ihr Interesse an der Wohnung. Gerne laden wir Sie zur "
     "Besichtigung am Donnerstag um 17 Uhr ein."),
    ("Absage Wohnung Gartenstraße", "leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten "
     "entschieden haben."),
    ("Unterlagen für Ihre Mietbewerbung", "für Ihre Mietbewerbung benötigen wir noch eine Schufa-Auskunft und "
     "Ihre Gehaltsnachweise."),
])

w("housing", "report", "fr", "Agence Immobilière du Parc <location@agenceduparc.fr>",
  "Bonjour {n},", "Cordialement,\nAgence du Parc",
  "", [
    ("Votre dossier de location", "Nous avons bien reçu votre dossier de location pour l'appartement rue Voltaire. "
     "Le propriétaire l'étudiera cette semaine."),
    ("Visite de l'appartement", "Nous vous confirmons la visite samedi à 10h."),
    ("Suite à votre candidature pour le T2", "Le propriétaire a retenu un autre dossier. Nous restons à votre "
     "disposition pour d'autres biens."),
])

w("housing", "report", "nl", "Kamernet Utrecht <noreply@kamerzoeker-utrecht.nl>", "Hoi {n},", "Team Kamerzoeker",
  "", [
    ("Je reactie op de kamer aan de Biltstraat", "Bedankt voor je reactie. De huidige bewoners nodigen je uit voor "
     "een hospiteeravond op woensdag."),
    ("Nieuwe kamers in jouw zoekgebied", "Er zijn 4 nieuwe kamers in Utrecht die passen bij je zoekprofiel."),
])

# === Visas and government ===================================================================================

w("government", "tune", "en", "UK Visas and Immigration <no-reply@visa-service.example.gov.uk>",
  "Dear applicant,", "UK Visas and Immigration",
  "This is an automated message. Do not reply.", [
    ("Your application reference GWF0123456", "Thank you for your application. Your application reference is "
     "GWF0123456. Keep it safe; you will need it to track your application."),
    ("Biometrics appointment confirmed", "Your appointment at the visa application centre is confirmed for 3 April "
     "at 09:40. Bring your passport and appointment letter."),
    ("Decision on your visa application", "A decision has been made on your application. Your passport is ready to "
     "collect."),
    ("Interview at the consulate", "You are invited to an interview at the consulate on 12 May at 10:00 as part of "
     "your visa application. Please bring the original documents listed below."),
])

w("government", "report", "en", "City of Riverton <permits@riverton.example.gov>",
  "Hello {n},", "City of Riverton Permits Office",
  "", [
    ("Your permit application #P-2291", "We have received your application for a residential parking permit. "
     "Processing usually takes 10 working days."),
    ("Appointment confirmed: DMV", "Your appointment to renew your driver's license is confirmed for Monday at "
     "2:15 pm."),
    ("Jury service summons", "You have been selected for jury service. Please complete the questionnaire online."),
    ("Your passport renewal", "Your passport renewal application is being processed. We will post your new "
     "passport within 3 weeks."),
    ("Citizenship interview notice", "Your naturalization interview is scheduled for June 4 at 8:30 am. Bring "
     "this notice and your green card."),
])

w("government", "tune", "de", "Bürgeramt Mitte <buergeramt@bezirksamt-mitte.example.de>",
  "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen\nBürgeramt Mitte",
  "", [
    ("Terminbestätigung", "hiermit bestätigen wir Ihren Termin zur Anmeldung einer Wohnung am 12.02. um 9:15 Uhr."),
    ("Ihr Antrag auf einen Aufenthaltstitel", "Ihr Antrag ist bei uns eingegangen. Das Aktenzeichen lautet "
     "A-44-2291. Bitte geben Sie es bei Rückfragen an."),
    ("Ihr Personalausweis liegt zur Abholung bereit", "Ihr neuer Personalausweis kann ab sofort abgeholt werden."),
])

w("government", "report", "es", "Consulado General <citas@consulado.example.es>",
  "Estimado/a solicitante:", "Consulado General",
  "", [
    ("Confirmación de cita", "Le confirmamos su cita para la solicitud de visado el día 8 de marzo a las 11:00."),
    ("Su solicitud de visado", "Su solicitud ha sido registrada con el número de referencia V-2026-5521."),
    ("Entrevista en el consulado", "Deberá presentarse a una entrevista en el consulado para completar su "
     "solicitud de residencia."),
])

w("government", "report", "fr", "Préfecture du Rhône <ne-pas-repondre@prefecture.example.fr>",
  "Madame, Monsieur,", "Les services de la préfecture",
  "", [
    ("Votre demande de titre de séjour", "Votre demande a bien été enregistrée sous le numéro 69-2026-1182. Vous "
     "serez convoqué(e) pour un rendez-vous."),
    ("Convocation", "Vous êtes convoqué(e) à la préfecture le 14 avril à 9h30 pour la remise de votre titre."),
])

w("government", "tune", "nl", "Gemeente Leiden <noreply@leiden.example.nl>",
  "Geachte heer/mevrouw,", "Met vriendelijke groet,\nGemeente Leiden",
  "", [
    ("Bevestiging van uw afspraak", "Uw afspraak voor het aanvragen van een paspoort is bevestigd op 3 mei om "
     "14:10."),
    ("Uw aanvraag is ontvangen", "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. U ontvangt binnen "
     "acht weken een besluit."),
])

# === Universities and courses ==============================================================================

w("university", "tune", "en", "Graduate Admissions, Westbrook University <admissions@westbrook.example.edu>",
  "Dear {n},", "Graduate Admissions Office\nWestbrook University",
  "Westbrook University is a registered charity.", [
    ("Your application to the MSc Data Science", "Thank you for your application to the MSc Data Science. Your "
     "application is complete and will now be reviewed by the admissions committee."),
    ("Admission offer - MSc Data Science", "We are delighted to make you an offer of admission to the MSc Data "
     "Science starting in September. Please accept your offer by 15 May."),
    ("Your application status has changed", "There is an update on your application. Log in to the applicant portal "
     "to see it."),
    ("Course interview invitation", "As part of the selection process for the programme, we would like to invite "
     "you to a short course interview with the programme director on Zoom."),
    ("Scholarship decision", "We regret that we are unable to offer you a scholarship this year. Your offer of a "
     "place on the course is not affected."),
])

w("university", "report", "en", "Coursepath <team@coursepath.io>", "Hi {n},", "Happy learning!\nThe Coursepath team",
  "Coursepath Inc. You're receiving this because you enrolled in a course.", [
    ("Assessment submitted", "Your assessment for Module 3: Regression Models has been submitted. Your grade will "
     "be available within 7 days."),
    ("You passed!", "Congratulations, you passed the final assessment of Python for Everyone. Your certificate is "
     "ready."),
    ("Your peer review is due", "Reviewing your classmates' projects is due Sunday. Each review takes about 10 "
     "minutes."),
    ("New course: Interview skills for engineers", "Our new course teaches you how to answer behavioural questions. "
     "Enrol today for 20% off."),
    ("Assignment feedback", "Your instructor has left feedback on your assignment."),
])

w("university", "tune", "en", "Lakeside Community College <registrar@lakeside.example.edu>",
  "Hello {n},", "Office of the Registrar",
  "", [
    ("Your enrollment is confirmed", "You are registered for ACCT 101 (evening). Classes begin on 2 September."),
    ("Application for graduation", "Your application for graduation has been received. The ceremony is on 6 June."),
    ("Placement test results", "Your placement test results are available in the student portal."),
])

w("university", "report", "de", "Universität Hellbach, Studierendensekretariat <studsek@uni-hellbach.example.de>",
  "Liebe/r {n},", "Ihr Studierendensekretariat",
  "", [
    ("Ihre Bewerbung um einen Studienplatz", "vielen Dank für Ihre Bewerbung um einen Studienplatz im "
     "Masterstudiengang Informatik. Wir prüfen Ihre Unterlagen."),
    ("Zulassungsbescheid", "wir freuen uns, Ihnen einen Studienplatz im Masterstudiengang Informatik anbieten zu "
     "können. Bitte nehmen Sie den Platz bis zum 15.08. an."),
    ("Prüfungsanmeldung", "Ihre Anmeldung zur Prüfung Lineare Algebra ist eingegangen."),
])

w("university", "tune", "fr", "Université de Valmont – Scolarité <scolarite@univ-valmont.example.fr>",
  "Bonjour {n},", "Le service de la scolarité",
  "", [
    ("Votre candidature en Master 2", "Votre candidature au Master 2 Économie a bien été enregistrée. La commission "
     "pédagogique se réunira en juin."),
    ("Résultat de votre candidature", "Nous avons le plaisir de vous informer que vous êtes admis(e) en Master 2 "
     "Économie."),
    ("Entretien de sélection", "Vous êtes convoqué(e) à un entretien de sélection pour le Master le 20 mai à 14h."),
])

w("university", "report", "es", "Escuela de Idiomas Sol <secretaria@idiomassol.es>",
  "Hola {n}:", "Un saludo,\nSecretaría",
  "", [
    ("Tu prueba de nivel", "Tu prueba de nivel es el jueves a las 18:00. Dura unos 45 minutos."),
    ("Matrícula confirmada", "Tu matrícula en el curso de inglés B2 está confirmada."),
])

w("university", "report", "nl", "Hogeschool Delta <studentzaken@hsdelta.example.nl>",
  "Beste {n},", "Met vriendelijke groet,\nStudentzaken",
  "", [
    ("Je aanmelding voor de master", "We hebben je aanmelding voor de master Bedrijfskunde ontvangen. Je hoort "
     "binnen vier weken of je bent toegelaten."),
    ("Toelatingsgesprek", "We nodigen je uit voor een toelatingsgesprek op 9 juni."),
])

# === Health ================================================================================================

w("health", "tune", "en", "Greenfield Medical Practice <noreply@greenfieldgp.example.nhs.uk>",
  "Dear {n},", "Greenfield Medical Practice",
  "Please do not reply to this message. In an emergency call 999.", [
    ("Your appointment", "Your appointment with Dr Hale is confirmed for Wednesday at 10:20. Reply CANCEL to cancel."),
    ("Your test results", "Your recent blood test results are available. No further action is needed."),
    ("Flu vaccine", "You are eligible for a free flu vaccine. Book a slot online."),
    ("Appointment reminder", "This is a reminder of your appointment tomorrow at 15:40."),
])

w("health", "report", "en", "SmileBright Dental <hello@smilebright.example.com>",
  "Hi {n},", "See you soon!\nSmileBright Dental",
  "SmileBright Dental. We're hiring dental nurses!", [
    ("Your check-up is due", "It's been six months since your last visit. Book your check-up online."),
    ("Appointment confirmed", "You're booked in for a hygiene appointment on Friday at 9:00."),
    ("Your treatment plan", "Please find attached your treatment plan and the cost estimate we discussed."),
    ("Interview for our patient survey", "Would you take part in a 15-minute interview about your experience as a "
     "patient? You'll get a £10 voucher."),
])

w("health", "tune", "de", "Praxis Dr. Weber <praxis@dr-weber.example.de>", "Guten Tag {n},", "Ihr Praxisteam",
  "", [
    ("Terminerinnerung", "wir erinnern Sie an Ihren Termin am Montag um 8:30 Uhr."),
    ("Ihre Laborergebnisse", "Ihre Laborergebnisse liegen vor. Bitte vereinbaren Sie einen Termin zur Besprechung."),
])

w("health", "report", "es", "Clínica Santa Ana <citas@clinicasantaana.es>", "Hola {n}:", "Clínica Santa Ana",
  "", [
    ("Recordatorio de cita", "Le recordamos su cita con la Dra. López el martes a las 12:00."),
    ("Resultados de su análisis", "Ya puede consultar los resultados de su análisis en el área de pacientes."),
])

w("health", "report", "fr", "Doctolab <no-reply@doctolab.example.fr>", "Bonjour {n},", "L'équipe Doctolab",
  "", [
    ("Votre rendez-vous est confirmé", "Votre rendez-vous avec le Dr Martin est confirmé mardi à 18h15."),
    ("Rappel : rendez-vous demain", "N'oubliez pas votre rendez-vous demain à 9h."),
])

# === Volunteering ==========================================================================================

w("volunteering", "tune", "en", "Riverside Food Bank <volunteers@riversidefoodbank.org>",
  "Hi {n}!", "Thank you for giving your time,\nMarta, Volunteer Coordinator",
  "Riverside Food Bank is a registered charity no. 1122334.", [
    ("Thanks for applying to volunteer", "Thank you for applying to volunteer with us! We'll invite you to an "
     "induction session soon."),
    ("Your volunteer shift", "You're on the Saturday morning shift at the warehouse, 9-12. Wear closed shoes."),
    ("Volunteer role update", "We've filled the driver roles for December, but we'd love your help sorting "
     "donations instead."),
    ("Induction session", "Your volunteer induction is on Tuesday at 6 pm. It takes about an hour."),
])

w("volunteering", "report", "en", "Parkrun Volunteers <volunteer@parkrun-example.org>",
  "Hello {n},", "Cheers,\nThe volunteer team",
  "", [
    ("You're rostered this Saturday", "Thanks for volunteering! You're down as a timekeeper this Saturday. Please "
     "arrive by 8:30."),
    ("Volunteer roles needed", "We still need marshals and a tail walker for next week. Reply if you can help."),
    ("Your volunteer application for the city marathon", "Thanks for signing up to volunteer at the marathon. "
     "Your position is water station 4."),
])

w("volunteering", "tune", "fr", "Les Restos Solidaires <benevoles@restos-solidaires.example.fr>",
  "Bonjour {n},", "À bientôt,\nL'équipe bénévoles",
  "", [
    ("Votre candidature de bénévole", "Merci pour votre candidature de bénévole ! Nous vous proposons une réunion "
     "d'accueil jeudi à 18h."),
    ("Planning de distribution", "Voici le planning des distributions de décembre. Vous êtes inscrit(e) le mardi."),
])

w("volunteering", "report", "de", "Tafel Südstadt <ehrenamt@tafel-suedstadt.example.de>",
  "Hallo {n},", "Liebe Grüße\nDein Tafel-Team",
  "", [
    ("Dein Einsatz am Samstag", "danke, dass du dich für Samstag eingetragen hast. Wir treffen uns um 9 Uhr."),
    ("Ehrenamtliche gesucht", "Wir suchen noch Helferinnen und Helfer für die Ausgabe am Freitag."),
])

# === Dating and social apps ================================================================================

w("social", "tune", "en", "Kindred <hello@kindred-app.example.com>", "Hey {n},", "Kindred",
  "You're receiving this because you have a Kindred account.", [
    ("You have a new match!", "You and Jamie liked each other. Say hi before the match expires in 24 hours."),
    ("3 people liked your profile", "Your profile is getting attention. See who liked you."),
    ("Your profile is looking great", "Add one more photo to get up to 3x more matches."),
])

w("social", "report", "en", "Meetwise <notify@meetwise.example.com>", "Hi {n},", "The Meetwise team",
  "", [
    ("New event in your group: Board Games Night", "Board Games Night is on Thursday at The Crown. 12 people are "
     "going."),
    ("Your RSVP is confirmed", "You're going to Sunday Hike: Seven Sisters. Meet at the station at 9."),
    ("Someone viewed your profile", "A member of Photography Walks viewed your profile. Say hello!"),
])

w("social", "tune", "en", "Chirper <notifications@chirper.example.com>", "", "",
  "Chirper, 1 Market St. Unsubscribe from these emails.", [
    ("Maya mentioned you", "Maya mentioned you in a post: 'great job on the marathon @sam!'"),
    ("You have 5 new followers", "See who followed you this week."),
    ("Your weekly highlights", "Posts you might have missed from people you follow."),
])

w("social", "report", "nl", "Buurtapp <info@buurtapp.example.nl>", "Hoi {n},", "Je buren via Buurtapp",
  "", [
    ("Nieuw bericht in jouw buurt", "Iemand heeft een fiets gevonden op de Lindelaan. Is het de jouwe?"),
    ("Je hebt een nieuwe match", "Jij en Robin vinden elkaar leuk. Stuur een berichtje!"),
])

w("social", "report", "es", "Amigos App <hola@amigosapp.example.es>", "¡Hola {n}!", "El equipo de Amigos",
  "", [
    ("Tienes un nuevo match", "A Carla también le gustas. ¡Escríbele!"),
    ("Alguien ha visto tu perfil", "Tu perfil ha recibido 8 visitas esta semana."),
])

# === Podcasts and the press ================================================================================

w("press", "tune", "en", "Ellie Park <ellie@thesidequestpod.example.com>",
  "Hi {n},", "Best,\nEllie\nHost, The Side Quest podcast",
  "", [
    ("Interview request for our podcast", "I loved your talk on community gardens. Would you be up for an "
     "interview on our podcast? We record remotely, about 45 minutes."),
    ("Re: podcast interview", "Great! Does Thursday at 4pm work for the recording? I'll send a Riverside link."),
    ("Your episode is live", "Your interview is out today. Thanks again, it was a joy to record."),
])

w("press", "report", "en", "Daniel Ortiz <d.ortiz@cityherald.example.com>",
  "Dear {n},", "Regards,\nDaniel Ortiz\nReporter, City Herald",
  "", [
    ("Interview for a story on remote work", "I'm writing a piece on people who switched careers during the "
     "pandemic. Could I interview you by phone this week?"),
    ("Quick follow-up", "Thanks for speaking with me. Could you confirm the spelling of your surname and your "
     "current role for the article?"),
    ("Photo for the article", "Our photographer would like to take a portrait on Monday. Is 11am okay?"),
])

w("press", "tune", "de", "Lokalradio Welle Nord <redaktion@welle-nord.example.de>",
  "Hallo {n},", "Viele Grüße\nJana, Redaktion",
  "", [
    ("Interviewanfrage", "wir würden gern ein kurzes Interview mit dir über dein Repair-Café führen. Passt dir "
     "Dienstag?"),
    ("Sendetermin", "Das Interview läuft am Freitag um 8:10 Uhr."),
])

w("press", "report", "fr", "Magazine Ville Verte <redaction@villeverte.example.fr>",
  "Bonjour {n},", "Bien à vous,\nClaire, journaliste",
  "", [
    ("Demande d'interview", "Je prépare un article sur les jardins partagés. Accepteriez-vous une interview de 20 "
     "minutes ?"),
    ("Relecture de l'article", "Voici vos citations pour relecture avant publication."),
])

# === Freelance client work =================================================================================

w("freelance", "tune", "en", "Rachel Kim <rachel@bluefinbakery.example.com>", "Hi {n},", "Thanks!\nRachel",
  "", [
    ("Website quote", "Thanks for the quote for the new website. We'd like to go ahead. Can you start on the menu "
     "page first?"),
    ("Re: logo drafts", "We love option B. Could you try it in a darker blue?"),
    ("Invoice #12", "Payment for invoice #12 has been sent. Let us know when the shop page is ready."),
    ("Call tomorrow?", "Are you free for a quick call tomorrow at 10 to go over the launch checklist?"),
])

w("freelance", "report", "en", "Upwise <messages@upwise.example.com>", "Hi {n},", "The Upwise team",
  "Upwise Global Inc. Manage notifications.", [
    ("You've been invited to a job: Logo redesign", "A client invited you to submit a proposal for the job Logo "
     "redesign. Budget: $300."),
    ("Your proposal was viewed", "The client viewed your proposal for Shopify store setup."),
    ("Contract started", "Your contract with Bright Ideas Ltd has started. Milestone 1: wireframes."),
    ("Payment released", "The client released $450 for milestone 2."),
])

w("freelance", "tune", "en", "Tom Becker <tom.becker@beckerlaw.example.com>", "{n},", "Tom",
  "Becker & Partners LLP. This email is confidential.", [
    ("Re: translation project", "The contract translation looks good. Please send your invoice and we'll pay "
     "within 14 days."),
    ("New project", "We have another 5,000 words for you next week, a lease agreement. Same rate?"),
])

w("freelance", "report", "de", "Nadine Vogel <n.vogel@vogel-design.example.de>", "Hi {n},", "Liebe Grüße\nNadine",
  "", [
    ("Angebot Webseite", "danke für dein Angebot. Wir nehmen es an; können wir nächste Woche starten?"),
    ("Rechnung Projekt Bäckerei", "Die Rechnung ist bezahlt. Magst du noch die Fotos für die Startseite "
     "bearbeiten?"),
])

w("freelance", "report", "nl", "Sven de Wit <sven@dewitbouw.example.nl>", "Hoi {n},", "Groet,\nSven",
  "", [
    ("Offerte nieuwe huisstijl", "Bedankt voor je offerte. Akkoord, je mag beginnen."),
    ("Overleg", "Kun je donderdag even bellen over de planning van de website?"),
])

# === Community newsletters =================================================================================

w("community", "tune", "en", "Elm Street Residents' Association <news@elmstreetra.example.org>",
  "Dear neighbours,", "The committee",
  "You are receiving this newsletter as a member. Unsubscribe.", [
    ("November newsletter", "The street party raised £640 for the playground. Bin collections change over the "
     "holidays. We are looking for a new treasurer: the role takes about two hours a month."),
    ("AGM: nominations open", "Nominations for committee positions are open until 20 January. Any member can "
     "stand for election."),
    ("Road closure", "Elm Street will be closed on Sunday for resurfacing."),
])

w("community", "report", "en", "St Mark's Church <office@stmarks.example.org>",
  "Dear friends,", "Every blessing,\nThe parish office",
  "", [
    ("This week at St Mark's", "Choir practice moves to Thursday. The café needs volunteers for Saturday mornings. "
     "The position of verger is vacant; ask at the office."),
    ("Christmas services", "Carol service on the 20th at 6pm, followed by mince pies."),
])

w("community", "tune", "de", "Sportverein Grün-Weiß <info@sv-gruenweiss.example.de>",
  "Liebe Mitglieder,", "Sportliche Grüße\nDer Vorstand",
  "", [
    ("Vereinsnachrichten Dezember", "Die Jahreshauptversammlung findet am 15. Januar statt. Für das Amt des "
     "Kassenwarts suchen wir noch Kandidaten."),
    ("Hallenzeiten", "Ab Montag gelten neue Hallenzeiten für die Jugendmannschaften."),
])

w("community", "report", "es", "Asociación de Vecinos Centro <avv@vecinoscentro.example.es>",
  "Queridos vecinos:", "La junta",
  "", [
    ("Boletín de diciembre", "Este mes organizamos un mercadillo solidario. Buscamos voluntarios para montar los "
     "puestos."),
    ("Asamblea general", "La asamblea será el jueves a las 19:00 en el local de la asociación."),
])

w("community", "report", "fr", "Comité des fêtes de Saint-Aubin <comite@saintaubin.example.fr>",
  "Bonjour à tous,", "Le comité",
  "", [
    ("Lettre d'information", "La brocante aura lieu le 12 juin. Inscriptions des exposants jusqu'au 1er juin."),
])

# === Job-board alerts and digests ==========================================================================

w("job alerts", "tune", "en", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "", "",
  "You are receiving Job Alert emails. Unsubscribe. LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale.", [
    ("Data Analyst: 12 new jobs in Manchester", "Junior Data Analyst – Acme Retail – Manchester. Data Analyst – "
     "Hilltop Energy – Salford (Remote). Be an early applicant. See all jobs."),
    ("Software Engineer at Orbit Labs and 9 more jobs", "Jobs you may be interested in, based on your profile. "
     "Easy Apply. Actively recruiting."),
    ("Your job alert for product manager", "3 new jobs match your preferences. Apply now before they're gone."),
    ("Top job picks for you", "Based on your profile and search history. Promoted: Senior Analyst, Fintech Co. "
     "Salary: £45,000 - £55,000."),
])

w("job alerts", "report", "en", "Indeed <alert@indeed.com>", "", "",
  "Indeed, 6433 Champion Grandview Way, Austin TX. Unsubscribe from this alert.", [
    ("30+ new marketing coordinator jobs in Denver, CO", "Marketing Coordinator – Peak Events – Denver, CO – "
     "$52,000 a year. Easily apply. Responsive employer."),
    ("New jobs for you: nurse", "Registered Nurse – St Luke's – full-time – Urgently hiring. View similar jobs."),
    ("Complete your profile to get noticed by employers", "Employers are searching for candidates like you. Add "
     "your resume to apply faster."),
    ("Your saved search: accountant", "8 new jobs match your saved search. Apply with your Indeed resume."),
])

w("job alerts", "tune", "en", "Glassdoor <noreply@glassdoor.com>", "", "",
  "Glassdoor, Inc. Manage your email settings.", [
    ("Jobs for you at Orbit Labs and 14 other companies", "Software Engineer II – Orbit Labs – 4.2★ – Easy Apply. "
     "See salary ranges and reviews."),
    ("Your weekly salary insights", "How does your pay compare? Data analysts in Chicago earn $72K on average."),
    ("Company reviews you might like", "Read what employees say about working at Hilltop Energy."),
])

w("job alerts", "report", "de", "StepStone Jobagent <jobagent@stepstone.de>", "Hallo {n},", "Ihr StepStone-Team",
  "StepStone GmbH, Düsseldorf. Jobagent abbestellen.", [
    ("15 neue Jobs für „Controller“", "Controller (m/w/d) – Müller AG – Hamburg. Junior Controller (m/w/d) – "
     "Nordbank – Kiel. Jetzt bewerben."),
    ("Ihr Jobagent: neue Stellenangebote", "Diese Stellen passen zu Ihrem Suchprofil. Schnellbewerbung möglich."),
])

w("job alerts", "tune", "fr", "Welcome to the Jungle <alertes@welcometothejungle.com>", "Hello {n},", "L'équipe WTTJ",
  "Tu reçois cet e-mail car tu as créé une alerte. Se désinscrire.", [
    ("12 nouvelles offres pour « chef de projet »", "Chef de projet digital – Startup Lune – Paris – CDI. Postule "
     "en 2 clics. Découvre aussi les entreprises qui recrutent."),
    ("Les offres de la semaine", "Développeur backend, UX designer, Data analyst : les offres qui correspondent à "
     "ton profil."),
])

w("job alerts", "report", "es", "InfoJobs <alertas@infojobs.net>", "Hola {n}:", "El equipo de InfoJobs",
  "InfoJobs, Barcelona. Darte de baja.", [
    ("Nuevas ofertas de empleo: administrativo", "Administrativo/a – Grupo Sur – Sevilla – Jornada completa. "
     "Inscríbete ya."),
    ("Ofertas que encajan con tu perfil", "Hemos encontrado 9 ofertas para ti esta semana."),
])

w("job alerts", "report", "nl", "Nationale Vacaturebank <noreply@nationalevacaturebank.nl>",
  "Beste {n},", "Team Nationale Vacaturebank",
  "", [
    ("Nieuwe vacatures voor jou", "Medewerker klantenservice – Utrecht – 32-40 uur. Solliciteer direct."),
])

# === Who viewed your profile ===============================================================================

w("profile views", "tune", "en", "LinkedIn <notifications-noreply@linkedin.com>", "Hi {n},", "",
  "LinkedIn Corporation. You are receiving notification emails.", [
    ("You appeared in 14 searches this week", "Your profile was found by people from Acme Retail and Orbit Labs. "
     "See who's looking."),
    ("Someone from Hilltop Energy viewed your profile", "A recruiter at Hilltop Energy viewed your profile. Try "
     "Premium to see who viewed you."),
    ("Congratulate Priya on her new position", "Priya started a new position as Head of Data at Orbit Labs."),
    ("You have 3 new invitations", "Mark Allen, Recruiter at TalentBridge, wants to connect."),
])

w("profile views", "report", "en", "Xing <mail@xing.example.com>", "Hello {n},", "Your XING team",
  "", [
    ("5 people visited your profile", "Including a recruiter from a company in Munich. Update your profile to "
     "stay visible."),
    ("Your weekly network update", "2 of your contacts have new jobs. 1 contact has a birthday."),
])

w("profile views", "report", "de", "XING <benachrichtigung@xing.example.de>", "Hallo {n},", "Ihr XING-Team",
  "", [
    ("Wer hat Ihr Profil besucht?", "3 Besucher in dieser Woche, darunter ein Recruiter aus Berlin."),
])

w("profile views", "tune", "fr", "LinkedIn <notifications-noreply@linkedin.com>", "Bonjour {n},", "",
  "", [
    ("Votre profil a été consulté 9 fois", "Découvrez qui a consulté votre profil cette semaine."),
])

# === Webinars and career fairs ============================================================================

w("events", "tune", "en", "Career Services, Westbrook University <careers@westbrook.example.edu>",
  "Dear students and alumni,", "Westbrook Careers Service",
  "", [
    ("Autumn Careers Fair - 14 October", "Meet over 80 employers at the Autumn Careers Fair. Bring copies of your "
     "CV. Register now."),
    ("Webinar: acing the video interview", "Join our webinar on Thursday at 1pm for tips on video interviews and "
     "assessment centres."),
    ("CV drop-in sessions", "Our advisers can review your CV at drop-in sessions every Tuesday."),
])

w("events", "report", "en", "Hopin Events <events@techsummit.example.com>", "Hi {n},", "See you there!\nTechSummit",
  "", [
    ("Your ticket for TechSummit 2027", "You're registered. Don't miss the hiring hall, where 40 companies are "
     "recruiting on site."),
    ("Starting in 1 hour: Breaking into product management", "Our panel of hiring managers will share how they "
     "read applications. Join the webinar."),
    ("Recording available", "Thanks for attending the webinar on salary negotiation. Here is the recording."),
])

w("events", "tune", "en", "Women in Data <community@womenindata.example.org>", "Hi {n},", "The WiD team",
  "", [
    ("Virtual career fair next week", "Connect with employers who are hiring data scientists and engineers. "
     "Register to book 1:1 chats with recruiters."),
    ("Mentoring programme applications open", "Applications for our spring mentoring programme are open until "
     "31 January."),
])

w("events", "report", "de", "IHK Bildungszentrum <veranstaltungen@ihk-bz.example.de>",
  "Sehr geehrte/r {n},", "Ihr IHK-Team",
  "", [
    ("Einladung: Karrieremesse 2027", "Über 60 Aussteller stellen sich vor. Bringen Sie Ihre Bewerbungsunterlagen "
     "mit und nutzen Sie den kostenlosen Bewerbungsmappen-Check."),
    ("Webinar: Gehaltsverhandlung", "Melden Sie sich jetzt zu unserem Webinar am Mittwoch an."),
])

w("events", "report", "nl", "Carrièrebeurs Randstad-regio <events@carrierebeurs.example.nl>", "Beste {n},", "Tot dan!",
  "", [
    ("Uitnodiging banenmarkt", "Kom naar de banenmarkt op 4 april. Neem je cv mee en spreek direct met "
     "werkgevers."),
])

w("events", "tune", "es", "Foro de Empleo UCM <foro@empleo.example.es>", "Hola {n}:", "Organización del Foro",
  "", [
    ("Feria de empleo: inscríbete", "Más de 50 empresas buscan talento. Trae tu CV impreso."),
])

# === Recruiting-industry newsletters ======================================================================

w("hr newsletter", "tune", "en", "Talent Weekly <newsletter@talentweekly.example.com>",
  "Hi {n},", "Until next week,\nTalent Weekly",
  "Talent Weekly, for recruiting professionals. Unsubscribe.", [
    ("5 ways to cut time-to-hire", "This week: structured interviews, candidate experience surveys and why your "
     "job descriptions scare applicants away."),
    ("The state of tech hiring in 2027", "Applications per opening are up 40%. We asked 200 talent acquisition "
     "leaders what they're doing about it."),
    ("Webinar replay: AI in recruiting", "Missed it? Watch how three companies screen candidates with AI."),
])

w("hr newsletter", "report", "en", "HR Digest <digest@hrdigest.example.com>", "", "HR Digest",
  "", [
    ("This week in HR", "Offer acceptance rates fall; remote roles draw 3x more applicants; new rules on salary "
     "transparency."),
    ("Your guide to onboarding", "A great onboarding programme keeps new hires longer. Download our checklist."),
])

w("hr newsletter", "report", "de", "Personalwirtschaft Newsletter <newsletter@personal-news.example.de>",
  "", "Ihre Redaktion",
  "", [
    ("Recruiting-Trends im Januar", "Bewerbermanagement, Active Sourcing und Candidate Experience: die Themen des "
     "Monats."),
])

w("hr newsletter", "tune", "fr", "Focus RH <lettre@focusrh.example.fr>", "", "La rédaction",
  "", [
    ("La lettre RH de la semaine", "Recrutement : comment réduire les délais d'embauche et améliorer l'expérience "
     "candidat."),
])

# === Applicant-system account mail =========================================================================

w("ats account", "tune", "en", "Workday <noreply@myworkday.com>", "", "",
  "This is a system-generated email. Please do not reply.", [
    ("Reset your Workday password", "We received a request to reset the password for your candidate account. "
     "Click the link below to choose a new password. The link expires in 24 hours."),
    ("Verify your candidate account email", "Please verify your email address to finish creating your candidate "
     "account for Orbit Labs Careers."),
    ("Your account has been created", "Welcome! Your candidate home account is ready. You can use it to track "
     "your job applications."),
])

w("ats account", "report", "en", "Greenhouse <no-reply@greenhouse.example.io>", "Hi {n},", "",
  "Powered by Greenhouse.", [
    ("Your sign-in code", "Your one-time code is 482 117. It expires in 10 minutes. If you did not request it, you "
     "can ignore this email."),
    ("Password changed", "The password for your candidate profile was changed. If this wasn't you, contact "
     "support."),
    ("Confirm your email address", "Confirm your email to keep your MyGreenhouse job seeker profile."),
])

w("ats account", "tune", "en", "Taleo <noreply@taleo.example.net>", "Dear {n},", "",
  "", [
    ("Your user name", "You requested your user name for the Hilltop Energy career section. Your user name is "
     "sam.lee88."),
    ("Account unlocked", "Your account for the career site has been unlocked. You can now sign in."),
])

w("ats account", "report", "de", "Personio <noreply@personio.example.de>", "Hallo {n},", "",
  "", [
    ("Passwort zurücksetzen", "Du hast angefordert, das Passwort für dein Bewerberkonto zurückzusetzen. Klicke auf "
     "den Link."),
    ("Bestätige deine E-Mail-Adresse", "Bitte bestätige deine E-Mail-Adresse, um dein Kandidatenkonto zu "
     "aktivieren."),
])

w("ats account", "report", "fr", "SmartRecruiters <no-reply@smartrecruiters.example.com>", "Bonjour {n},", "",
  "", [
    ("Réinitialisez votre mot de passe", "Cliquez sur le lien pour réinitialiser le mot de passe de votre compte "
     "candidat."),
])

w("ats account", "tune", "es", "Portal de Empleo <no-responder@portalempleo.example.es>", "Hola {n}:", "",
  "", [
    ("Confirma tu cuenta de candidato", "Haz clic en el enlace para confirmar tu correo y activar tu cuenta de "
     "candidato."),
])

# === Job mail that must keep its label =====================================================================

w("job: rejection", "tune", "en", "Human Resources, Westbrook University <hr-recruitment@westbrook.example.edu>",
  "Dear {n},", "Kind regards,\nHR Recruitment Team\nWestbrook University",
  "Westbrook University is an equal opportunities employer.", [
    ("Research Assistant (REF 2211) - outcome", "Thank you for your application for the post of Research "
     "Assistant. After careful consideration the panel has decided not to shortlist you for interview on this "
     "occasion."),
    ("Your application: Library Assistant", "Thank you for attending the interview for Library Assistant. I'm "
     "sorry to tell you that you have not been successful on this occasion."),
    ("Lab Technician vacancy", "We received a large number of applications for the Lab Technician vacancy and "
     "your application has not been taken forward."),
], gold="rejection")

w("job: rejection", "report", "en", "Orbit Labs Careers <careers@orbitlabs.example.com>",
  "Hi {n},", "Best,\nThe Orbit Labs Recruiting Team",
  "", [
    ("Your application to Orbit Labs", "Thanks for applying for the Data Analyst role. We've reviewed your "
     "application and decided to move forward with candidates whose experience more closely matches the role."),
    ("Update on your application", "Thank you for your interest in Orbit Labs. Unfortunately the Junior Developer "
     "position has been filled, so we won't be moving your application forward."),
    ("Orbit Labs - Product Analyst", "Thank you for taking the time to interview with us. The team has decided not "
     "to proceed with your candidacy."),
], gold="rejection")

w("job: rejection", "tune", "de", "Müller AG Personalabteilung <bewerbung@mueller-ag.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nPersonalabteilung Müller AG",
  "", [
    ("Ihre Bewerbung als Controller (m/w/d)", "vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, "
     "dass wir uns für eine andere Kandidatin entschieden haben."),
    ("Absage", "nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht berücksichtigen."),
], gold="rejection")

w("job: rejection", "report", "fr", "Recrutement Lune <recrutement@startuplune.example.fr>",
  "Bonjour {n},", "Cordialement,\nL'équipe recrutement",
  "", [
    ("Votre candidature – Chef de projet", "Nous vous remercions pour votre candidature. Malheureusement, nous ne "
     "pouvons pas y donner une suite favorable."),
    ("Suite à votre entretien", "Après réflexion, nous avons retenu un autre profil pour ce poste."),
], gold="rejection")

w("job: rejection", "tune", "es", "Grupo Sur RRHH <seleccion@gruposur.example.es>",
  "Hola {n}:", "Un saludo,\nSelección Grupo Sur",
  "", [
    ("Tu candidatura a Administrativo/a", "Gracias por tu interés. Lamentamos comunicarte que hemos seguido "
     "adelante con otros candidatos."),
], gold="rejection")

w("job: rejection", "report", "nl", "Gemeente Leiden Werving <werving@leiden.example.nl>",
  "Beste {n},", "Met vriendelijke groet,\nTeam Werving",
  "", [
    ("Je sollicitatie beleidsmedewerker", "Bedankt voor je sollicitatie. Helaas hebben we besloten je niet uit te "
     "nodigen voor een gesprek."),
], gold="rejection")

w("job: ack", "tune", "en", "Hilltop Energy Careers <noreply@myworkday.com>",
  "Dear {n},", "Hilltop Energy Talent Acquisition",
  "This is a system-generated email. Please do not reply.", [
    ("Thank you for applying to Hilltop Energy", "We have received your application for the Data Analyst role "
     "(R-10442). Our recruiting team will review your qualifications and contact you if there is a match."),
    ("Application received: Graduate Engineer", "Thank you for your application to the Graduate Engineer "
     "programme. You can check the status of your application in your candidate home."),
    ("Your application to the Data Analyst role", "Thanks for applying! Your application to the Data Analyst role "
     "is now with the hiring team."),
], gold="application_ack")

w("job: ack", "report", "en", "Acme Retail Jobs <jobs@acmeretail.example.com>", "Hi {n},", "Acme Retail Recruitment",
  "", [
    ("We've got your application", "Thanks for applying for Store Manager at Acme Retail. We'll review it and get "
     "back to you within two weeks."),
    ("Application confirmation - Merchandiser", "This confirms we received your application for the Merchandiser "
     "position."),
    ("Thanks for applying", "Your application for Customer Service Advisor has been submitted successfully."),
], gold="application_ack")

w("job: ack", "tune", "fr", "Carrières Banque Azur <carrieres@banqueazur.example.fr>",
  "Bonjour {n},", "L'équipe Talent Acquisition",
  "", [
    ("Accusé de réception de votre candidature", "Nous avons bien reçu votre candidature au poste d'analyste "
     "crédit et nous vous en remercions."),
], gold="application_ack")

w("job: ack", "report", "de", "Nordbank Karriere <karriere@nordbank.example.de>",
  "Guten Tag {n},", "Ihr Recruiting-Team",
  "", [
    ("Eingangsbestätigung Ihrer Bewerbung", "vielen Dank für Ihre Bewerbung als Junior Controller (m/w/d). Wir "
     "melden uns, sobald wir Ihre Unterlagen geprüft haben."),
], gold="application_ack")

w("job: ack", "tune", "nl", "Werken bij Polder <werkenbij@polder.example.nl>", "Beste {n},", "Team Recruitment",
  "", [
    ("Bevestiging sollicitatie", "Bedankt voor je sollicitatie op de functie medewerker klantenservice. We nemen "
     "binnen twee weken contact met je op."),
], gold="application_ack")

w("job: ack", "report", "es", "Empleo Banco Ribera <empleo@bancoribera.es>", "Hola {n}:", "Equipo de Talento",
  "", [
    ("Hemos recibido tu candidatura", "Gracias por inscribirte en la oferta de Analista de Riesgos. Revisaremos tu "
     "perfil y te contactaremos si encaja."),
], gold="application_ack")

w("job: recruiter", "tune", "en", "Mark Allen <mark.allen@talentbridge.example.com>",
  "Hi {n},", "Best,\nMark Allen\nSenior Recruiter, TalentBridge",
  "", [
    ("Data role in Manchester", "I came across your profile and think you'd be a great fit for a Senior Data "
     "Analyst role with one of my clients, a fintech in Manchester. Salary up to £60k. Open to a chat?"),
    ("Following up", "Just bumping my note about the analyst opportunity. Would you be open to a quick call this "
     "week?"),
], gold="recruiter_outreach")

w("job: recruiter", "report", "en", "Jess Moreno <jess@hirefolk.example.com>", "Hey {n},", "Cheers,\nJess | Hirefolk",
  "", [
    ("Quick question", "I'm recruiting for a Product Manager position at a Series B health startup and your "
     "background caught my eye. Are you open to new opportunities?"),
    ("Contract role - 6 months", "I have a 6-month contract role for a React developer, fully remote, £500/day. "
     "Would you consider it? Happy to share the job description."),
], gold="recruiter_outreach")

w("job: recruiter", "tune", "de", "Lars Hoffmann <l.hoffmann@personalpartner.example.de>",
  "Hallo {n},", "Beste Grüße\nLars Hoffmann\nPersonalberater",
  "", [
    ("Spannende Position als Teamleiter", "ich bin auf Ihr Profil aufmerksam geworden und hätte eine interessante "
     "Stelle als Teamleiter Controlling bei einem Mandanten in Hamburg. Hätten Sie Interesse an einem Austausch?"),
], gold="recruiter_outreach")

w("job: recruiter", "report", "fr", "Sophie Laurent <sophie@cabinet-talents.example.fr>",
  "Bonjour {n},", "Bien cordialement,\nSophie Laurent, chargée de recrutement",
  "", [
    ("Opportunité chef de projet", "Votre parcours correspond à un poste de chef de projet que je recrute pour un "
     "client à Lyon. Seriez-vous ouvert(e) à un échange ?"),
], gold="recruiter_outreach")

w("job: interview", "tune", "en", "Priya Shah <priya.shah@orbitlabs.example.com>",
  "Hi {n},", "Thanks,\nPriya\nRecruiter, Orbit Labs",
  "", [
    ("Interview - Data Analyst", "Thanks for applying for the Data Analyst role. We'd like to invite you to a "
     "30-minute phone interview. Could you share your availability for next week?"),
    ("Your onsite interview", "Your final round interview is confirmed for Tuesday at 10am at our London office. "
     "You'll meet the hiring manager and two analysts."),
], gold="interview")

w("job: interview", "report", "en", "Westbrook University Recruitment <hr-recruitment@westbrook.example.edu>",
  "Dear {n},", "HR Recruitment Team",
  "", [
    ("Invitation to interview: Research Assistant", "I am pleased to invite you to interview for the post of "
     "Research Assistant on 14 March at 2pm. The panel will ask you to give a 10-minute presentation."),
    ("Interview arrangements", "Following your application for the Administrator post, we would like to invite you "
     "to an interview on Friday."),
], gold="interview")

w("job: interview", "tune", "fr", "Recrutement Lune <recrutement@startuplune.example.fr>",
  "Bonjour {n},", "À bientôt,\nInès, Talent Acquisition",
  "", [
    ("Entretien – Chef de projet digital", "Suite à votre candidature, nous souhaitons vous rencontrer pour un "
     "entretien jeudi à 15h dans nos locaux."),
], gold="interview")

w("job: interview", "report", "de", "Müller AG Personalabteilung <bewerbung@mueller-ag.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nPersonalabteilung",
  "", [
    ("Einladung zum Vorstellungsgespräch", "vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem "
     "Vorstellungsgespräch am 12.03. um 10 Uhr einladen."),
], gold="interview")

w("job: assessment", "tune", "en", "Hilltop Energy Recruiting <recruiting@hilltop.example.com>",
  "Hi {n},", "Hilltop Energy Recruiting",
  "", [
    ("Next step: online assessment", "Thank you for your application for the Graduate Engineer programme. The "
     "next step is an online assessment on HackerRank. Please complete it within 5 days."),
    ("Your coding challenge", "As part of your application for Software Engineer, please complete the take-home "
     "coding challenge attached and return it by Monday."),
], gold="assessment")

w("job: assessment", "report", "en", "Acme Retail Recruitment <jobs@acmeretail.example.com>",
  "Hi {n},", "Acme Retail Recruitment",
  "", [
    ("Complete your assessment", "Thanks for applying for the Store Manager role. Please complete our situational "
     "judgement test within 72 hours to continue your application."),
], gold="assessment")

w("job: assessment", "report", "es", "Selección Grupo Sur <seleccion@gruposur.example.es>", "Hola {n}:", "Selección",
  "", [
    ("Prueba técnica", "Gracias por tu candidatura. El siguiente paso del proceso es una prueba técnica online que "
     "debes completar antes del viernes."),
], gold="assessment")

w("job: offer", "tune", "en", "Orbit Labs People Team <people@orbitlabs.example.com>",
  "Hi {n},", "Warmly,\nOrbit Labs People Team",
  "", [
    ("Your offer from Orbit Labs", "We're thrilled to offer you the position of Data Analyst. Your offer letter is "
     "attached; the starting salary is £42,000 and your start date would be 3 March."),
], gold="offer")

w("job: offer", "report", "en", "Westbrook University HR <hr-recruitment@westbrook.example.edu>",
  "Dear {n},", "HR Recruitment Team",
  "", [
    ("Offer of employment - Research Assistant", "Following your interview, I am delighted to offer you the post of "
     "Research Assistant. Please find the offer of employment and contract attached."),
], gold="offer")

w("job: offer", "report", "nl", "Werken bij Polder <werkenbij@polder.example.nl>", "Beste {n},", "Team Recruitment",
  "", [
    ("Aanbod functie klantenservice", "Na de gesprekken willen we je graag de functie van medewerker "
     "klantenservice aanbieden. Het arbeidscontract sturen we je deze week."),
], gold="offer")


# === Second round of writers (same kinds, other manners) ==================================================

w("shop", "report", "en", "QuickCart <updates@quickcart.example.com>", "", "QuickCart",
  "QuickCart Inc. Download our app. Careers at QuickCart.", [
    ("Arriving today", "Your package with 2 items is out for delivery. It should arrive by 8pm."),
    ("Delivered: your package was left at the front door", "Your order 113-4471 was delivered. Photo on delivery "
     "is available in your orders."),
    ("Your refund was issued", "We've issued a refund of $18.42 for the item you returned."),
    ("Review your recent purchase", "How many stars would you give the USB-C cable? Your review helps other "
     "shoppers."),
  ], html=True)

w("shop", "tune", "es", "Tienda Lunar <pedidos@tiendalunar.example.es>",
  "Hola {n}:", "Gracias por tu compra,\nTienda Lunar",
  "", [
    ("Tu pedido ha sido enviado", "Tu pedido 2281 ya está en camino. Lo recibirás en 48 horas."),
    ("Confirmación de pedido", "Hemos recibido tu pedido. La posición 2 (funda del móvil) se enviará por separado."),
    ("Tu devolución", "Hemos recibido tu devolución y te reembolsaremos 12,99 €."),
])

w("shop", "report", "de", "Elektro Fuchs <service@elektro-fuchs.example.de>",
  "Guten Tag {n},", "Ihr Team von Elektro Fuchs",
  "", [
    ("Versandbestätigung", "Ihre Sendung wurde an DHL übergeben. Sendungsverfolgung: 0034 4711 22."),
    ("Lieferverzögerung bei Position 2", "Leider verzögert sich die Lieferung von Position 2 Ihrer Bestellung um "
     "etwa eine Woche."),
])

w("bank", "tune", "en", "Nova Credit Union <alerts@novacu.example.org>", "Hi {n},", "Nova Credit Union Member Services",
  "Federally insured by NCUA. Equal Housing Lender.", [
    ("We received your credit card application", "Thanks for applying for the Nova Rewards card. We'll review your "
     "application and email you a decision within 7-10 days."),
    ("Pre-approved offer inside", "You're pre-approved for an auto loan at 5.9% APR. Offer valid until 31 "
     "December."),
    ("Your application is approved", "Good news: your credit card application has been approved. Your card will "
     "arrive in 7 business days."),
    ("Schedule your appointment with an advisor", "Book a free financial review with one of our advisors at your "
     "local branch."),
  ], html=True)

w("bank", "report", "fr", "Crédit Mutualiste <contact@credit-mutualiste.example.fr>",
  "Bonjour {n},", "Votre conseiller",
  "", [
    ("Votre demande de prêt immobilier", "Votre demande de prêt est en cours d'étude. Votre conseiller vous "
     "contactera pour un rendez-vous."),
    ("Offre de prêt", "Votre offre de prêt est disponible dans votre espace client. Elle est valable 30 jours."),
])

w("housing", "tune", "en", "Rentspace <no-reply@rentspace.example.com>", "Hi {n},", "The Rentspace team",
  "", [
    ("Your application was sent to the landlord", "Your application for 22 Hill Road has been sent. Landlords "
     "usually reply within 3 days."),
    ("A landlord replied to your enquiry", "The landlord of 9 Mill Court would like to arrange a viewing. Pick a "
     "time that suits you."),
    ("Application unsuccessful", "The landlord has chosen another tenant for 22 Hill Road. Here are 5 similar "
     "homes."),
])

w("housing", "report", "es", "Inmobiliaria Costa <alquiler@inmocosta.example.es>",
  "Hola {n}:", "Un saludo,\nInmobiliaria Costa",
  "", [
    ("Visita al piso de la calle Mayor", "Te confirmamos la visita al piso el martes a las 18:00."),
    ("Tu solicitud de alquiler", "El propietario ha revisado tu solicitud y ha elegido a otro inquilino."),
])

w("government", "tune", "en", "HM Revenue <no-reply@tax.example.gov.uk>", "Dear customer,", "HM Revenue",
  "", [
    ("Your tax return has been received", "We have received your Self Assessment tax return. You do not need to "
     "do anything else."),
    ("Your tax code has changed", "Your tax code has changed. Sign in to your personal tax account to see why."),
    ("Your application for Child Benefit", "We have received your claim. We will write to you within 12 weeks."),
])

w("government", "report", "de", "Ausländerbehörde Hellbach <abh@hellbach.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nAusländerbehörde",
  "", [
    ("Einladung zur Vorsprache", "zur Bearbeitung Ihres Antrags auf Verlängerung der Aufenthaltserlaubnis laden "
     "wir Sie zu einer persönlichen Vorsprache am 03.05. ein."),
])

w("university", "tune", "en", "Summit Business School <admissions@summitbs.example.edu>",
  "Dear {n},", "MBA Admissions\nSummit Business School",
  "", [
    ("Interview invitation - MBA Round 2", "Congratulations! The admissions committee would like to invite you to "
     "an admissions interview for the Full-Time MBA."),
    ("Your MBA application decision", "After careful review, we are unable to offer you a place in this year's MBA "
     "class. We received many strong applications."),
    ("Deposit reminder", "To secure your place in the class, please pay your deposit by 1 May."),
])

w("university", "report", "en", "Northgate College Admissions <admissions@northgate-college.example.edu>",
  "Dear {n},", "Admissions Team",
  "", [
    ("Application received - BSc Nursing", "We have received your application to study BSc Nursing. The "
     "admissions tutor will review it and may invite you to a selection day."),
    ("Conditional offer", "We are pleased to offer you a conditional place on BSc Nursing, subject to your final "
     "results."),
])

w("health", "tune", "en", "Northside Hospital Outpatients <appointments@northside.example.nhs.uk>",
  "Dear {n},", "Outpatients Booking Team",
  "", [
    ("Your referral", "We have received a referral from your GP. We will send you an appointment in the next 6 "
     "weeks."),
    ("Appointment letter", "Your appointment at the eye clinic is on 4 March at 14:00. Please arrive 15 minutes "
     "early."),
])

w("health", "report", "nl", "Huisartsenpraktijk De Linde <praktijk@delinde.example.nl>",
  "Beste {n},", "Huisartsenpraktijk De Linde",
  "", [
    ("Uw afspraak", "Uw afspraak bij de huisarts staat gepland op maandag om 9:20."),
    ("Uitslag van uw onderzoek", "De uitslag van uw bloedonderzoek is binnen. U kunt deze inzien in het "
     "patiëntenportaal."),
])

w("volunteering", "tune", "en", "Hope Mentors <programmes@hopementors.example.org>",
  "Dear {n},", "Warm wishes,\nHope Mentors",
  "", [
    ("Your mentor application", "Thank you for applying to become a mentor. We'd like to invite you to an "
     "informal interview with our programme coordinator, followed by a background check."),
    ("You've been matched with a mentee", "We're pleased to match you with Leo, a Year 10 student."),
])

w("volunteering", "report", "es", "Voluntarios Verdes <voluntariado@verdes.example.es>",
  "Hola {n}:", "Gracias,\nVoluntarios Verdes",
  "", [
    ("Tu solicitud de voluntariado", "Gracias por apuntarte como voluntario. Te esperamos el sábado en la "
     "limpieza de la playa."),
])

w("social", "tune", "de", "Freundeskreis App <hallo@freundeskreis.example.de>", "Hey {n},", "Dein Freundeskreis-Team",
  "", [
    ("Du hast ein neues Match", "Du und Lena habt euch gegenseitig geliked. Schreib ihr doch!"),
    ("Dein Profil wurde 12 Mal angesehen", "Mach dein Profil noch besser mit einem neuen Foto."),
])

w("social", "report", "en", "Photogram <no-reply@photogram.example.com>", "", "",
  "", [
    ("alex.rivers and 4 others liked your photo", "See the latest activity on your post."),
    ("New login from Chrome on Windows", "We noticed a new login to your account. If this was you, you can ignore "
     "this message."),
])

w("press", "tune", "en", "Career Stories Podcast <booking@careerstories.example.fm>",
  "Hi {n},", "Cheers,\nOmar\nProducer, Career Stories",
  "", [
    ("Guest interview on Career Stories?", "We're a podcast about career changes and we'd love to interview you "
     "about moving from teaching into data. Recording takes an hour."),
    ("Prep notes for your interview", "Here are the questions Dana will ask in Thursday's recording."),
])

w("press", "report", "es", "Radio Ciudad <redaccion@radiociudad.example.es>",
  "Hola {n}:", "Un abrazo,\nMarta, redacción",
  "", [
    ("Entrevista en el programa de la mañana", "Nos gustaría hacerte una entrevista sobre el huerto urbano del "
     "barrio. ¿Te va bien el lunes?"),
])

w("freelance", "tune", "fr", "Julien Moreau <julien@atelier-moreau.example.fr>", "Salut {n},", "Julien",
  "", [
    ("Devis site vitrine", "Merci pour ton devis, c'est bon pour nous. Tu peux commencer lundi ?"),
    ("Retours sur la maquette", "Quelques retours sur la page d'accueil : le bouton est trop petit sur mobile."),
])

w("freelance", "report", "en", "Fiverrly <noreply@fiverrly.example.com>", "Hi {n},", "",
  "", [
    ("You received a new order", "You have a new order from buyer kate_m: 2 blog posts. Delivery due in 3 days."),
    ("Your buyer left a review", "kate_m left a 5-star review: great job, fast delivery!"),
])

w("community", "tune", "nl", "Wijkvereniging Oost <bestuur@wijkoost.example.nl>", "Beste buurtbewoners,", "Het bestuur",
  "", [
    ("Nieuwsbrief december", "De kerstmarkt is op 18 december. We zoeken nog vrijwilligers voor de kraampjes en een "
     "nieuwe penningmeester."),
])

w("community", "report", "en", "Hillside Allotment Society <secretary@hillsideallotments.example.org>",
  "Dear members,", "The Secretary",
  "", [
    ("Spring newsletter", "Plot inspections are on 12 April. The waiting list has 34 names. We need a new "
     "secretary from June; the role is voluntary."),
    ("Seed swap", "Bring your spare seeds to the hut on Sunday."),
])

w("job alerts", "tune", "en", "ZipMatch <alerts@zipmatch.example.com>", "Hi {n},", "ZipMatch",
  "", [
    ("You're a great match for these jobs", "Warehouse Associate – $19/hr – 3 miles away. Forklift Operator – "
     "$21/hr. 1-click apply."),
    ("Employers viewed your profile", "5 employers viewed your resume this week. Keep your profile up to date."),
])

w("job alerts", "report", "en", "Totaljobs <jobs@totaljobs.example.com>", "", "",
  "", [
    ("New jobs matching: Office Manager, London", "Office Manager – Bloom & Co – £32k – Apply now. Team "
     "Administrator – Cityline – £28k."),
])

w("profile views", "tune", "en", "Wellfound <digest@wellfound.example.com>", "Hi {n},", "Wellfound",
  "", [
    ("2 startups viewed your profile", "Founders at Lumen Labs and Kestrel Robotics looked at your profile this "
     "week."),
])

w("profile views", "report", "en", "GitHub <noreply@github.example.com>", "Hey {n},", "",
  "", [
    ("Your profile was viewed 40 times this month", "Profile views are up 20%. Pin your best repositories."),
])

w("events", "report", "en", "General Assembly <events@generalassembly.example.com>", "Hi {n},", "GA Events",
  "", [
    ("Free workshop: write a resume that gets interviews", "Learn how recruiters read resumes in 6 seconds. "
     "Saturday, 11am, online."),
    ("You're registered: Intro to UX", "See you on Thursday at 6:30pm."),
])

w("events", "tune", "fr", "APEC Événements <evenements@apec.example.fr>", "Bonjour {n},", "L'équipe Apec",
  "", [
    ("Atelier : réussir son entretien d'embauche", "Inscrivez-vous à notre atelier en ligne mardi à 10h."),
])

w("hr newsletter", "report", "en", "Recruiter Insider <hello@recruiterinsider.example.com>", "", "",
  "", [
    ("Why candidates ghost you", "Our survey of 2,000 job seekers shows slow replies lose good candidates. Plus: "
     "interview scorecards that work."),
])

w("hr newsletter", "tune", "nl", "Werving & Selectie Nieuws <redactie@wsnieuws.example.nl>", "", "",
  "", [
    ("Nieuwsbrief recruitment", "Deze week: hoe schrijf je een vacaturetekst die werkt, en de nieuwe regels voor "
     "sollicitatieprocedures."),
])

w("ats account", "tune", "en", "iCIMS <noreply@icims.example.com>", "Hello {n},", "",
  "", [
    ("Password reset request", "A password reset was requested for your account on the Acme Retail career portal. "
     "Use the link below within 30 minutes."),
    ("Security code", "Your verification code for the careers site is 730 112."),
])

w("ats account", "report", "nl", "Recruitee <noreply@recruitee.example.nl>", "Hoi {n},", "",
  "", [
    ("Bevestig je e-mailadres", "Klik op de link om je e-mailadres te bevestigen en je kandidaatprofiel te "
     "activeren."),
])

# Job mail, second round.

w("job: rejection", "tune", "en", "Kestrel Robotics <no-reply@greenhouse.example.io>",
  "Hi {n},", "Kestrel Robotics Talent Team",
  "Powered by Greenhouse.", [
    ("Important information about your application to Kestrel Robotics", "Thank you for your interest in the "
     "Robotics Engineer position. After reviewing your background, we've decided not to move forward at this "
     "time. We'll keep your resume on file."),
    ("Kestrel Robotics - Controls Intern", "Thanks for your patience. The internship has now been filled, and we "
     "are unable to offer you a place."),
  ], gold="rejection")

w("job: rejection", "report", "en", "Lumen Labs Hiring <jobs@lumenlabs.example.com>", "Hi {n},", "Lumen Labs",
  "", [
    ("Re: your application", "Thanks so much for chatting with us last week. We've decided to go with another "
     "candidate for the designer role, but we really enjoyed meeting you."),
    ("Lumen Labs application", "We appreciate you applying. Unfortunately we won't be progressing your "
     "application for the Marketing Coordinator role."),
  ], gold="rejection")

w("job: ack", "tune", "en", "Kestrel Robotics <no-reply@greenhouse.example.io>",
  "Hi {n},", "Kestrel Robotics Talent Team",
  "Powered by Greenhouse.", [
    ("Thank you for applying to Kestrel Robotics", "Your application for the Robotics Engineer role has been "
     "received. If your skills and experience match the role, a member of our team will be in touch."),
    ("Application submitted", "You've successfully applied to Controls Intern at Kestrel Robotics."),
  ], gold="application_ack")

w("job: ack", "report", "en", "Lumen Labs Hiring <jobs@lumenlabs.example.com>", "Hello {n},", "Lumen Labs",
  "", [
    ("We received your application", "Thank you for applying for the Marketing Coordinator position. We will be "
     "in touch if your application is selected for the next step."),
  ], gold="application_ack")

w("job: recruiter", "tune", "en", "Dana Whitfield <dana@northstar-search.example.com>",
  "Hi {n},", "Dana Whitfield\nNorthstar Search",
  "", [
    ("Opportunity with a healthcare client", "I'm working on a Business Analyst role for a healthcare client and "
     "your profile stood out. Would you be open to a 15-minute call?"),
  ], gold="recruiter_outreach")

w("job: recruiter", "report", "es", "Laura Gil <laura@talentohunters.example.es>",
  "Hola {n}:", "Un saludo,\nLaura Gil, Talento Hunters",
  "", [
    ("Oportunidad como analista", "He visto tu perfil y creo que encajas en una posición de analista de datos para "
     "un cliente en Madrid. ¿Te interesaría hablar?"),
  ], gold="recruiter_outreach")

w("job: interview", "tune", "en", "Kestrel Robotics <recruiting@kestrel.example.com>",
  "Hi {n},", "Kestrel Robotics Recruiting",
  "", [
    ("Let's schedule your interview", "We'd like to move you forward to a technical interview for the Robotics "
     "Engineer role. Please pick a time using the scheduling link."),
  ], gold="interview")

w("job: interview", "report", "nl", "Gemeente Leiden Werving <werving@leiden.example.nl>", "Beste {n},", "Team Werving",
  "", [
    ("Uitnodiging sollicitatiegesprek", "Naar aanleiding van je sollicitatie nodigen we je graag uit voor een "
     "gesprek op dinsdag om 11:00."),
  ], gold="interview")

w("job: assessment", "tune", "de", "Nordbank Karriere <karriere@nordbank.example.de>",
  "Guten Tag {n},", "Ihr Recruiting-Team",
  "", [
    ("Online-Test zu Ihrer Bewerbung", "vielen Dank für Ihre Bewerbung. Als nächsten Schritt bitten wir Sie, "
     "unseren Online-Test innerhalb von fünf Tagen zu bearbeiten."),
  ], gold="assessment")

w("job: assessment", "report", "en", "Lumen Labs Hiring <jobs@lumenlabs.example.com>", "Hi {n},", "Lumen Labs",
  "", [
    ("Design exercise", "Thanks for applying for the designer role. The next stage is a short design exercise; "
     "please send it back within a week."),
  ], gold="assessment")

w("job: offer", "tune", "de", "Müller AG Personalabteilung <bewerbung@mueller-ag.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nPersonalabteilung",
  "", [
    ("Ihr Vertragsangebot", "wir freuen uns, Ihnen die Stelle als Controller (m/w/d) anbieten zu können. Den "
     "Arbeitsvertrag finden Sie im Anhang."),
  ], gold="offer")

w("job: offer", "report", "fr", "Carrières Banque Azur <carrieres@banqueazur.example.fr>",
  "Bonjour {n},", "L'équipe RH",
  "", [
    ("Proposition d'embauche", "Suite à vos entretiens, nous avons le plaisir de vous proposer le poste d'analyste "
     "crédit en CDI. Vous trouverez la promesse d'embauche en pièce jointe."),
  ], gold="offer")

# === Third round ==========================================================================================

w("ats account", "tune", "en", "Lever <no-reply@hire.lever.example.co>", "Hi {n},", "",
  "", [
    ("Confirm your email to finish your application account", "Please confirm your email address so you can save "
     "drafts and see your applications in one place."),
    ("Your data request", "As requested, here is a copy of the personal data held in your candidate profile."),
])

w("ats account", "report", "en", "SuccessFactors <careers-noreply@successfactors.example.com>", "Dear {n},", "",
  "", [
    ("Your password will expire soon", "The password for your careers account expires in 5 days. Sign in to change "
     "it."),
    ("Profile deletion notice", "Your candidate profile has been inactive for 24 months and will be deleted in 30 "
     "days unless you sign in."),
])

w("bank", "tune", "en", "Moneta Pay <support@monetapay.example.com>", "Hi {n},", "Moneta Pay Support",
  "", [
    ("Your account application is under review", "We're verifying your identity. This usually takes less than a "
     "day. We'll email you when your account is ready."),
    ("Your payslip has arrived", "Your employer has paid your salary into your Moneta account."),
])

w("government", "report", "nl", "IND <noreply@ind.example.nl>", "Geachte {n},", "Immigratie- en Naturalisatiedienst",
  "", [
    ("Ontvangstbevestiging aanvraag", "Wij hebben uw aanvraag voor een verblijfsvergunning ontvangen. Uw "
     "referentienummer is 2026-7781."),
    ("Afspraak biometrie", "U kunt uw biometrische gegevens laten afnemen op 14 februari om 10:40."),
])

w("university", "tune", "de", "Volkshochschule Südstadt <anmeldung@vhs-suedstadt.example.de>",
  "Hallo {n},", "Ihre VHS Südstadt",
  "", [
    ("Anmeldebestätigung Spanisch A2", "Ihre Anmeldung zum Kurs Spanisch A2 ist bestätigt. Der Kurs beginnt am "
     "Montag."),
    ("Kurs: Bewerbungstraining", "In unserem neuen Kurs üben Sie Vorstellungsgespräche. Noch 4 Plätze frei."),
])

w("health", "tune", "fr", "Laboratoire BioSanté <resultats@biosante.example.fr>",
  "Bonjour {n},", "Laboratoire BioSanté",
  "", [
    ("Vos résultats sont disponibles", "Les résultats de votre prise de sang sont disponibles sur votre espace "
     "patient."),
])

w("freelance", "tune", "es", "Pedro Ruiz <pedro@cafeteriaruiz.example.es>", "Hola {n}:", "Gracias,\nPedro",
  "", [
    ("Presupuesto de la web", "Hemos revisado tu presupuesto y nos parece bien. ¿Cuándo puedes empezar?"),
])

w("job: rejection", "tune", "fr", "Université de Valmont – RH <recrutement@univ-valmont.example.fr>",
  "Madame, Monsieur,", "Le service des ressources humaines",
  "", [
    ("Votre candidature au poste d'ingénieur d'études", "Nous avons le regret de vous informer que votre "
     "candidature n'a pas été retenue à l'issue de la commission de recrutement."),
  ], gold="rejection")

w("job: rejection", "report", "de", "Universität Hellbach – Personal <personal@uni-hellbach.example.de>",
  "Sehr geehrte/r {n},", "Mit freundlichen Grüßen\nPersonaldezernat",
  "", [
    ("Ihre Bewerbung als wissenschaftliche Mitarbeiterin", "wir bedanken uns für Ihre Bewerbung. Leider konnten "
     "wir Sie im Auswahlverfahren nicht berücksichtigen."),
  ], gold="rejection")

w("job: ack", "tune", "es", "Empleo Grupo Sur <empleo@gruposur.example.es>", "Hola {n}:", "Selección",
  "", [
    ("Confirmación de tu candidatura", "Hemos recibido tu candidatura para el puesto de Administrativo/a. Gracias "
     "por tu interés."),
  ], gold="application_ack")

w("job: interview", "report", "es", "Selección Grupo Sur <seleccion@gruposur.example.es>", "Hola {n}:", "Selección",
  "", [
    ("Entrevista de trabajo", "Tras revisar tu candidatura, nos gustaría invitarte a una entrevista el miércoles a "
     "las 10:00."),
  ], gold="interview")

w("job: recruiter", "tune", "nl", "Eva Janssen <eva@werving-janssen.example.nl>",
  "Hoi {n},", "Groet,\nEva Janssen, recruiter",
  "", [
    ("Functie als data-analist", "Ik kwam je profiel tegen en denk dat je achtergrond past bij een functie als "
     "data-analist bij een klant in Utrecht. Heb je interesse?"),
  ], gold="recruiter_outreach")

w("job: offer", "tune", "en", "Hilltop Energy People <people@hilltop.example.com>",
  "Dear {n},", "Hilltop Energy People Team",
  "", [
    ("Job offer - Graduate Engineer", "Congratulations! We are pleased to offer you a place on our Graduate "
     "Engineer programme, starting on 1 September. Your contract of employment is attached."),
  ], gold="offer")

w("job: interview", "tune", "de", "Nordbank Karriere <karriere@nordbank.example.de>",
  "Guten Tag {n},", "Ihr Recruiting-Team",
  "", [
    ("Ihr Vorstellungsgespräch", "gern bestätigen wir Ihr Vorstellungsgespräch am Dienstag um 14 Uhr per Teams."),
  ], gold="interview")


# === Dressing =============================================================================================

def _date(rng: random.Random) -> datetime:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    return start + timedelta(days=rng.randrange(300), minutes=rng.randrange(7 * 60, 22 * 60))


def _html(body: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    return f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>"


def _body(rng: random.Random, wr: Writer, text: str) -> str:
    parts = []
    if wr.greeting:
        parts.append(wr.greeting.format(n=rng.choice(READERS)))
    parts.append(text)
    if wr.signoff:
        parts.append(wr.signoff)
    if wr.footer:
        parts.append("--\n" + wr.footer)
    return "\n\n".join(parts)


def messages(half: str, seed: int = 2027) -> list[dict]:
    """Every message of one half's writers, dressed; the same seed gives the same mail."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")
    rng = random.Random(seed)
    rows = []
    for wi, wr in enumerate(WRITERS):
        for i, (subject, text) in enumerate(wr.mail):
            body = _body(rng, wr, text)
            when = _date(rng)
            if wr.half != half:
                continue
            msg = EmailMessage()
            msg["From"] = wr.sender
            msg["To"] = "me@example.net"
            msg["Subject"] = subject
            msg["Date"] = format_datetime(when)
            msg["Message-ID"] = f"<personal.{wi}.{i}.{seed}@example.net>"
            msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
            if wr.html:
                msg.add_alternative(_html(body), subtype="html")
            rows.append({"id": f"{wi}-{i}", "writer": wr.sender, "kind": wr.kind, "lang": wr.lang, "gold": wr.gold,
                         "subject": subject, "body": body, "sender": wr.sender, "raw": msg.as_bytes()})
    return rows


def write_mbox(rows: list[dict], path: Path) -> None:
    box = mailbox.mbox(str(path), create=True)
    try:
        for row in rows:
            box.add(mailbox.mboxMessage(row["raw"]))
        box.flush()
    finally:
        box.close()
