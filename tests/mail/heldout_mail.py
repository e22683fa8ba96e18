"""A second, held-out set of German and Spanish job-search mail: written for this project by a different hand than
tests/mail/intl_corpus.py (none of it comes from a data set or a real inbox), in other dresses, and split by
*writer*, so the "report" half shares neither a sender's style nor a dress with the "tune" half.

Each writer is one kind of sender (an applicant-tracking system, a start-up writing "du", a public employer, a
recruiter, a firm of the Mittelstand typing by hand, a job board, an agency; in Spanish an ATS, a recruitment
consultancy, a small business, a public body) with its own salutation, signature, legal footer, quoted-reply
style, charset and transfer encoding. `messages()` builds each message as raw RFC 822 bytes.

Rules of use: the packs may be tuned on the "tune" half (read its misses); the "report" half is only counted, at
the start and at the end of a piece of work (`python bench/mail_heldout.py`).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import quopri
import unicodedata
from dataclasses import dataclass
from email.header import Header
from email.utils import format_datetime

# writer -> (split, language)
WRITERS = {
    "ats_utf8_html": ("tune", "de"), "startup_du_gmail": ("tune", "de"), "oed_outlook_latin1": ("tune", "de"),
    "berater_phone": ("tune", "de"),
    "ats_cp1252_entities": ("report", "de"), "mittelstand_ascii": ("report", "de"),
    "portal_multipart": ("report", "de"), "agentur_du_apple": ("report", "de"),
    "es_ats_html": ("tune", "es"), "es_consultora": ("tune", "es"),
    "es_mano_gmail": ("report", "es"), "es_ascii_outlook": ("report", "es"),
}

# (writer, label, kind, subject, body): kind is a short tag for the bench's per-kind table.
CORES: list[tuple[str, str, str, str, str]] = [
    # --- ats_utf8_html: Personio, d.vinci, rexx, Workday in German; "Sie"; HTML, UTF-8 quoted-printable.
    ("ats_utf8_html", "application_ack", "ack", "Ihre Bewerbung als Controller (m/w/d) bei Brückner Sensorik",
     "vielen Dank für Ihre Bewerbung und Ihr Interesse an der Brückner Sensorik GmbH. Ihre Unterlagen sind "
     "vollständig bei uns angekommen. Unser Team schaut sich Ihre Bewerbung in Ruhe an und meldet sich in den "
     "kommenden zwei bis drei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit über den Link in dieser "
     "E-Mail abrufen."),
    ("ats_utf8_html", "application_ack", "ack",
     "Eingangsbestätigung – Sachbearbeiter Schadenregulierung (Kennziffer 2025-041)",
     "wir bestätigen Ihnen hiermit gern den Eingang Ihrer Online-Bewerbung. Die Fachabteilung und die "
     "Personalabteilung werden Ihre Unterlagen gemeinsam sichten. Bitte sehen Sie von Rückfragen zum "
     "Bearbeitungsstand ab; Sie erhalten in jedem Fall eine Nachricht von uns."),
    ("ats_utf8_html", "application_ack", "ack", "Vantor Logistics: Bewerbung eingereicht",
     "Sie haben Ihre Bewerbung für die Position Disponent Nahverkehr (m/w/d) – Req 11873 erfolgreich eingereicht. "
     "Wir prüfen Ihre Qualifikationen und nehmen Kontakt mit Ihnen auf, wenn Ihr Profil zu unseren Anforderungen "
     "passt. Sie können sich jederzeit im Kandidatenportal anmelden, um den Status Ihrer Bewerbung einzusehen."),
    ("ats_utf8_html", "application_ack", "interim", "Zwischenstand zu Ihrer Bewerbung",
     "wir möchten Ihnen kurz ein Zwischenfeedback geben: Aufgrund der großen Zahl an Bewerbungen dauert die "
     "Auswahl leider länger als geplant. Ihre Unterlagen befinden sich weiterhin im Auswahlprozess, und wir "
     "rechnen damit, Ihnen bis Ende des Monats eine Rückmeldung geben zu können. Vielen Dank für Ihre Geduld."),
    ("ats_utf8_html", "rejection", "other_candidate", "Ihre Bewerbung bei der Hanseatischen Versicherung",
     "vielen Dank für Ihre Bewerbung und das damit verbundene Vertrauen in unser Haus. Wir haben uns Ihre "
     "Unterlagen genau angesehen. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
     "entschieden haben, deren Erfahrungen noch etwas genauer zu den Aufgaben passen. Wir danken Ihnen für Ihr "
     "Interesse und wünschen Ihnen alles Gute."),
    ("ats_utf8_html", "rejection", "dsgvo", "Ihre Bewerbung als Lagerfachkraft",
     "herzlichen Dank für Ihr Interesse an Alpenmilch. Nach Abschluss des Auswahlverfahrens können wir Ihnen "
     "leider keine positive Nachricht geben. Ihre Bewerbungsunterlagen werden wir gemäß den Vorgaben der DSGVO "
     "nach sechs Monaten löschen. Für Ihre Zukunft wünschen wir Ihnen viel Erfolg."),
    ("ats_utf8_html", "rejection", "cancelled", "Update zu Ihrer Bewerbung – Req 11902",
     "danke, dass Sie sich für Vantor Logistics interessieren. Wir möchten Sie darüber informieren, dass die "
     "Position Teamleitung Lager nach einer internen Neuausrichtung gestrichen wurde. Ihr Bewerbungsprozess wird "
     "deshalb beendet. Wir würden uns freuen, wenn Sie sich auf andere offene Stellen bei uns bewerben."),
    ("ats_utf8_html", "rejection", "student", "Ihre Bewerbung als Werkstudent IT-Support",
     "wir freuen uns, dass Sie sich bei uns beworben haben. Nach eingehender Prüfung haben wir uns jedoch "
     "entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Bitte sehen Sie dies nicht als Wertung Ihrer "
     "Person. Alles Gute für Ihr Studium!"),
    ("ats_utf8_html", "rejection", "after_interview", "Rückmeldung nach unserem Gespräch",
     "nochmals vielen Dank für das offene und angenehme Gespräch in der vergangenen Woche. Wir haben uns die "
     "Entscheidung nicht leicht gemacht. Am Ende hat uns ein anderer Kandidat mit mehr Erfahrung im "
     "Konzerncontrolling noch mehr überzeugt. Wir würden uns freuen, wenn wir bei künftigen Vakanzen wieder auf "
     "Sie zukommen dürfen."),
    ("ats_utf8_html", "interview", "video", "Einladung zum Videocall – Controller (m/w/d)",
     "vielen Dank für Ihre Bewerbung, die uns sehr gefallen hat. Gerne möchten wir Sie in einem ersten Videocall "
     "über Microsoft Teams näher kennenlernen. Bitte wählen Sie über den folgenden Link einen Termin aus, der "
     "Ihnen passt. Das Gespräch dauert etwa 45 Minuten."),
    ("ats_utf8_html", "interview", "trial_day", "Einladung zum Probearbeiten",
     "Ihre Bewerbung als Molkereifachkraft hat uns überzeugt. Wir laden Sie herzlich zu einem Probearbeitstag am "
     "Mittwoch, 19. März, ab 7:00 Uhr in unser Werk in Kempten ein. Bitte bringen Sie feste Schuhe mit; "
     "Arbeitskleidung stellen wir. Geben Sie uns bitte kurz Bescheid, ob der Termin passt."),
    ("ats_utf8_html", "assessment", "online_test", "Nächster Schritt: Online-Assessment",
     "vielen Dank für Ihr Interesse an unserem Traineeprogramm. Im nächsten Schritt bitten wir Sie, die "
     "Online-Tests unseres Partners Aon (cut-e) zu bearbeiten: einen Zahlen- und einen Logiktest, zusammen etwa "
     "40 Minuten. Der Zugang ist sieben Tage gültig. Die Zugangsdaten erhalten Sie in einer separaten E-Mail."),
    ("ats_utf8_html", "assessment", "assessment_center", "Einladung zum Assessment-Center",
     "wir freuen uns, Ihnen mitteilen zu können, dass Sie zu unserem Assessment-Center am 8. April in Hamburg "
     "eingeladen sind. Der Tag umfasst eine Gruppenübung, eine Präsentation und ein Rollenspiel. Bitte bestätigen "
     "Sie Ihre Teilnahme bis zum 28. März."),
    ("ats_utf8_html", "offer", "contract", "Ihr Arbeitsvertrag zur Unterschrift",
     "wir freuen uns sehr, dass Sie ab dem 1. Mai als Disponent Nahverkehr zu uns kommen. Im Kandidatenportal "
     "finden Sie Ihren Arbeitsvertrag zur digitalen Unterschrift. Bitte unterschreiben Sie ihn innerhalb von fünf "
     "Werktagen. Bei Fragen zum Onboarding meldet sich Ihr künftiger Teamleiter."),
    ("ats_utf8_html", "other", "account", "Bestätigen Sie Ihre E-Mail-Adresse",
     "Sie haben auf unserem Karriereportal ein Kandidatenkonto angelegt. Bitte bestätigen Sie Ihre "
     "E-Mail-Adresse innerhalb von 24 Stunden über den folgenden Link. Wenn Sie kein Konto angelegt haben, "
     "können Sie diese Nachricht ignorieren."),
    ("ats_utf8_html", "other", "job_alert", "Neue Stellen bei der Hanseatischen Versicherung",
     "passend zu Ihrem Suchprofil „Vertrieb, Hamburg“ haben wir drei neue Stellenangebote für Sie: "
     "Vertriebsassistenz (m/w/d), Kundenbetreuer Gewerbe (m/w/d), Innendienst Vertrieb (m/w/d). Jetzt ansehen "
     "und bewerben. Ihr Job-Abo können Sie jederzeit in Ihrem Konto abbestellen."),

    # --- startup_du_gmail: a Berlin start-up and a café chain, "du"; plain UTF-8 8bit; Gmail quotes.
    ("startup_du_gmail", "application_ack", "ack", "Deine Bewerbung bei Flinkwerk 🚀",
     "danke für deine Bewerbung als Frontend Engineer! Wir haben alles bekommen und schauen uns dein Profil in "
     "den nächsten Tagen genau an. Du hörst spätestens in zwei Wochen von uns – versprochen."),
    ("startup_du_gmail", "application_ack", "interim", "Kurzes Update",
     "wir wollten dir kurz Bescheid geben, dass wir noch mitten im Prozess stecken. Es haben sich sehr viele "
     "Leute beworben und wir brauchen noch ein bisschen, bis wir allen antworten können. Deine Bewerbung ist "
     "nicht vergessen – wir melden uns bis Ende nächster Woche."),
    ("startup_du_gmail", "application_ack", "ack", "Bewerbung angekommen",
     "kurze Bestätigung: Deine Bewerbung als Barista ist angekommen. Wir melden uns in den nächsten Tagen bei "
     "dir, um einen Termin zum Probearbeiten auszumachen, wenn es passt."),
    ("startup_du_gmail", "rejection", "other_candidate", "Deine Bewerbung als Frontend Engineer",
     "vielen Dank, dass du dir die Zeit für die Bewerbung genommen hast. Wir haben lange überlegt, uns aber am "
     "Ende dafür entschieden, mit jemandem weiterzumachen, der schon mehr Erfahrung mit React Native mitbringt. "
     "Das ist keine leichte Nachricht, und wir wünschen dir trotzdem alles Gute!"),
    ("startup_du_gmail", "rejection", "after_interview", "Re: Dein Gespräch mit Tobi",
     "danke dir nochmal für das coole Gespräch am Dienstag! Wir haben im Team ausführlich darüber gesprochen und "
     "sind zu dem Schluss gekommen, dass es für die Rolle gerade nicht ganz passt. Wenn du magst, geben wir dir "
     "gern in einem kurzen Call Feedback."),
    ("startup_du_gmail", "rejection", "places_full", "Dein Praktikum bei Kiezkaffee",
     "danke für dein Interesse an einem Praktikum bei uns! Für das Sommersemester sind leider schon alle "
     "Praktikumsplätze vergeben. Wenn du magst, bewirb dich gern im Herbst noch einmal."),
    ("startup_du_gmail", "rejection", "shortlist", "Deine Bewerbung bei Kiezkaffee",
     "danke für deine Bewerbung als Schichtleitung. Wir haben uns alle Unterlagen angeschaut – du bist diesmal "
     "leider nicht in die engere Auswahl gekommen. Wir drücken dir die Daumen für die weitere Suche!"),
    ("startup_du_gmail", "rejection", "kept_on_file", "Deine Initiativbewerbung",
     "danke für deine Initiativbewerbung! Gerade haben wir leider keine passende Stelle offen. Wir haben dein "
     "Profil aber gespeichert und kommen auf dich zu, sobald sich etwas ergibt."),
    ("startup_du_gmail", "interview", "intro_call", "Kennenlerngespräch bei Flinkwerk",
     "deine Bewerbung hat uns richtig gut gefallen und wir würden dich gern kennenlernen. Hast du nächste Woche "
     "Zeit für ein 30-minütiges Kennenlerngespräch per Google Meet? Such dir einfach über den Calendly-Link einen "
     "Slot aus."),
    ("startup_du_gmail", "interview", "confirm", "Re: Termin zweites Gespräch",
     "super, dann sehen wir uns am Donnerstag um 15 Uhr bei uns im Office in der Skalitzer Straße. Mit dabei "
     "sind Lena aus dem Produktteam und ich. Klingel einfach bei Flinkwerk, 3. OG."),
    ("startup_du_gmail", "assessment", "case_study", "Deine Case Study",
     "wie besprochen bekommst du heute unsere kleine Case Study. Du hast bis Montag Zeit; plane etwa drei Stunden "
     "ein. Schick uns deine Lösung einfach als PDF oder Link zurück und wir besprechen sie dann gemeinsam in der "
     "nächsten Runde."),
    ("startup_du_gmail", "assessment", "work_sample", "Arbeitsprobe für die Stelle Content Marketing",
     "damit wir ein besseres Gefühl für deinen Schreibstil bekommen, würden wir dich um eine kurze Arbeitsprobe "
     "bitten: ein Blogartikel von ca. 600 Wörtern zu einem Thema deiner Wahl aus unserem Bereich. Bitte schick "
     "ihn uns bis Freitag."),
    ("startup_du_gmail", "offer", "offer", "Wir wollen dich! 🎉",
     "nach den Gesprächen sind wir uns alle einig: Wir möchten dich sehr gern als Backend Engineer bei Flinkwerk "
     "an Bord holen! Im Anhang findest du unser Angebot mit Gehalt, Urlaub und Startdatum. Lass uns gern morgen "
     "kurz telefonieren, falls du Fragen hast."),
    ("startup_du_gmail", "recruiter_outreach", "founder", "Dein GitHub-Profil",
     "ich bin Mitgründer von Flinkwerk und bin über dein GitHub-Profil auf dich aufmerksam geworden – dein "
     "Projekt zur Routenplanung finde ich echt stark. Wir suchen gerade jemanden fürs Backend-Team. Hättest du "
     "Lust, dich mal unverbindlich auszutauschen?"),
    ("startup_du_gmail", "other", "appraisal", "Jahresgespräch nächste Woche",
     "wie jedes Jahr steht bald unser Mitarbeitergespräch an. Ich habe dir einen Termin für Mittwoch um 11 Uhr "
     "eingestellt. Denk gern vorher darüber nach, welche Ziele du dir fürs nächste Jahr setzen willst und wo du "
     "Unterstützung brauchst."),
    ("startup_du_gmail", "other", "hiring_inside", "Bewerbungsgespräche Donnerstag",
     "kannst du am Donnerstag bei den zwei Bewerbungsgesprächen für die Werkstudentenstelle dabei sein? Die "
     "Lebensläufe habe ich dir in Personio freigegeben. Sag mir kurz, ob 10 und 14 Uhr für dich gehen."),
    ("startup_du_gmail", "other", "business", "Sommerfest am 27. Juni",
     "wir feiern am 27. Juni unser Sommerfest im Hof! Bring gern deine Familie mit. Bitte trag dich bis Freitag "
     "in die Liste ein, damit wir genug Grillgut bestellen."),

    # --- oed_outlook_latin1: a town hall, a university, a training place; ISO-8859-1 quoted-printable; Outlook.
    ("oed_outlook_latin1", "application_ack", "ack", "Ihre Bewerbung – Kennziffer 24/117 – Sachbearbeitung Bauordnung",
     "hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die oben genannte Stelle. Nach Ablauf der "
     "Bewerbungsfrist werden alle Bewerbungen unter Beteiligung des Personalrats und der "
     "Gleichstellungsbeauftragten gesichtet. Bitte haben Sie Verständnis dafür, dass das Auswahlverfahren einige "
     "Wochen in Anspruch nehmen kann."),
    ("oed_outlook_latin1", "application_ack", "ack", "Eingang Ihrer Bewerbung – Wiss. Mitarbeiter/in (E 13 TV-L)",
     "Ihre Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin / eines wissenschaftlichen "
     "Mitarbeiters am Institut für Informatik ist bei uns eingegangen. Wir werden uns nach Abschluss der "
     "Vorauswahl wieder bei Ihnen melden."),
    ("oed_outlook_latin1", "application_ack", "interim", "Sachstand Ihrer Bewerbung – Kennziffer 24/117",
     "Sie hatten sich auf die o. g. Stelle beworben. Wir möchten Ihnen mitteilen, dass das Auswahlverfahren noch "
     "nicht abgeschlossen ist. Die Vorstellungsgespräche finden voraussichtlich erst im nächsten Monat statt. "
     "Sobald eine Entscheidung getroffen wurde, erhalten Sie unaufgefordert Nachricht."),
    ("oed_outlook_latin1", "rejection", "papers_returned", "Ihre Bewerbung – Kennziffer 24/117",
     "für Ihre Bewerbung und das damit gezeigte Interesse an einer Tätigkeit bei der Stadtverwaltung Lindenau "
     "danken wir Ihnen. Nach sorgfältiger Prüfung aller Bewerbungen mussten wir uns für eine andere Bewerberin "
     "entscheiden. Ihre Bewerbungsunterlagen senden wir Ihnen mit gleicher Post zurück."),
    ("oed_outlook_latin1", "rejection", "other_candidate", "Mitteilung über das Ergebnis des Auswahlverfahrens",
     "das Auswahlverfahren für die ausgeschriebene Stelle einer Sachbearbeitung im Bereich Haushalt (EG 9b TVöD) "
     "ist abgeschlossen. Die Auswahlentscheidung ist zugunsten einer anderen Bewerberin ausgefallen. Wir "
     "bedanken uns für Ihr Interesse am öffentlichen Dienst und wünschen Ihnen für Ihren weiteren Berufsweg "
     "alles Gute."),
    ("oed_outlook_latin1", "rejection", "dsgvo", "Ihre Bewerbung am Institut für Informatik",
     "vielen Dank für Ihre Bewerbung. Die Auswahlkommission hat sich intensiv mit allen eingegangenen "
     "Bewerbungen befasst. Ich bedauere, Ihnen mitteilen zu müssen, dass Ihre Bewerbung im weiteren Verfahren "
     "nicht berücksichtigt werden konnte. Ihre Unterlagen werden nach Ablauf von sechs Monaten gemäß den "
     "datenschutzrechtlichen Bestimmungen vernichtet."),
    ("oed_outlook_latin1", "rejection", "apprenticeship",
     "Ihre Bewerbung um einen Ausbildungsplatz zur/zum Verwaltungsfachangestellten",
     "wir danken Ihnen für Ihre Bewerbung. Leider haben Sie im Einstellungstest nicht die erforderliche "
     "Punktzahl erreicht, sodass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Eine erneute "
     "Bewerbung im nächsten Jahr ist möglich."),
    ("oed_outlook_latin1", "rejection", "after_interview", "AW: Vorstellungsgespräch am 12.03.",
     "vielen Dank, dass Sie sich die Zeit für das Vorstellungsgespräch genommen haben. Nach Abschluss aller "
     "Gespräche hat sich die Auswahlkommission für eine andere Person entschieden. Wir bitten Sie, von "
     "Nachfragen zu den Gründen abzusehen."),
    ("oed_outlook_latin1", "interview", "invitation", "Einladung zum Vorstellungsgespräch – Kennziffer 24/117",
     "auf Grund Ihrer Bewerbung möchten wir Sie zu einem Vorstellungsgespräch am Dienstag, den 25.03.2025, um "
     "10:30 Uhr in das Rathaus, Marktplatz 1, Zimmer 214, einladen. Bitte teilen Sie uns bis zum 20.03. mit, ob "
     "Sie den Termin wahrnehmen können. Reisekosten können leider nicht erstattet werden."),
    ("oed_outlook_latin1", "interview", "invitation", "Einladung zu Vortrag und Gespräch",
     "die Berufungskommission möchte Sie zu einem hochschulöffentlichen Vortrag mit anschließendem Gespräch "
     "einladen. Termin: Donnerstag, 10. April, 14:00 Uhr, Gebäude C, Raum 1.12. Der Vortrag soll 20 Minuten "
     "dauern."),
    ("oed_outlook_latin1", "assessment", "written_test", "Einladung zum Einstellungstest",
     "Ihre Bewerbung um einen Ausbildungsplatz hat uns erreicht. Wir laden Sie zu unserem schriftlichen "
     "Einstellungstest am Samstag, 15. März, um 9:00 Uhr in die Aula der Berufsschule ein. Bitte bringen Sie "
     "einen Kugelschreiber und Ihren Personalausweis mit. Der Test dauert etwa zwei Stunden."),
    ("oed_outlook_latin1", "offer", "offer", "Einstellungszusage",
     "wir freuen uns, Ihnen mitteilen zu können, dass die Auswahl auf Sie gefallen ist. Vorbehaltlich der "
     "Zustimmung des Personalrats beabsichtigen wir, Sie zum 1. Juni 2025 als Sachbearbeiter in der "
     "Entgeltgruppe 9b TVöD einzustellen. Bitte teilen Sie uns bis zum 14. April mit, ob Sie die Stelle "
     "annehmen."),
    ("oed_outlook_latin1", "other", "agency_notice", "Neue Nachricht in Ihrem Postfach",
     "in Ihrem Postfach auf dem Portal der Agentur für Arbeit liegt eine neue Nachricht für Sie bereit. Aus "
     "Datenschutzgründen können wir den Inhalt nicht per E-Mail versenden. Bitte melden Sie sich an, um die "
     "Nachricht zu lesen."),
    ("oed_outlook_latin1", "other", "agency_notice", "Einladung zu einem Beratungstermin",
     "bitte kommen Sie am Montag, 17. März, um 9:15 Uhr zu einem Gespräch über Ihre berufliche Situation in die "
     "Agentur für Arbeit, Zimmer 3.07. Bringen Sie bitte Ihren Lebenslauf und Ihre Bewerbungsunterlagen mit. "
     "Kommen Sie ohne wichtigen Grund nicht, kann dies Auswirkungen auf Ihren Leistungsanspruch haben."),
    ("oed_outlook_latin1", "other", "tender", "Bewerbung um die Teilnahme am Vergabeverfahren – Los 2",
     "vielen Dank für Ihre Bewerbung um die Teilnahme am Teilnahmewettbewerb für die Lieferung von Büromöbeln. "
     "Wir bestätigen den Eingang Ihres Teilnahmeantrags. Die Angebotsfrist für die ausgewählten Bieter endet am "
     "30. April."),
    ("oed_outlook_latin1", "other", "business", "Dienstbesprechung am Freitag",
     "die nächste Dienstbesprechung findet am Freitag um 9 Uhr im Sitzungssaal statt. Tagesordnung: "
     "Stellenbesetzungen im Fachbereich 3, Haushalt 2026, Verschiedenes. Bitte bringen Sie Ihre Stellungnahmen "
     "mit."),

    # --- berater_phone: recruiters and consultants, short notes, some from a phone; UTF-8 quoted-printable.
    ("berater_phone", "recruiter_outreach", "xing", "Spannende Position als Head of Finance (m/w/d)",
     "ich bin über Ihr XING-Profil auf Sie gestoßen und denke, dass die folgende Position für Sie spannend sein "
     "könnte: Für einen inhabergeführten Maschinenbauer im Raum Stuttgart suche ich einen Head of Finance. "
     "Hätten Sie Interesse an einem kurzen, vertraulichen Austausch?"),
    ("berater_phone", "recruiter_outreach", "linkedin", "Neue Nachricht von Maximilian Ortmann",
     "ich hoffe, es geht Ihnen gut. Ihr Hintergrund im Bereich Cloud-Infrastruktur ist mir direkt ins Auge "
     "gefallen. Wir unterstützen aktuell ein Münchner Softwareunternehmen bei der Suche nach einem DevOps Lead. "
     "Wäre ein Wechsel für Sie grundsätzlich ein Thema?"),
    ("berater_phone", "recruiter_outreach", "du", "Kurze Frage",
     "ich hab dein Profil auf LinkedIn gesehen und wollte fragen, ob du aktuell offen für neue Projekte bist. "
     "Ich betreue einen Kunden aus dem E-Commerce, der einen erfahrenen Data Engineer sucht, remote möglich, "
     "gutes Gehaltsband. Lust auf ein kurzes Telefonat diese Woche?"),
    ("berater_phone", "recruiter_outreach", "consultant", "Vertrauliche Anfrage",
     "als Personalberater begleite ich seit über 15 Jahren Besetzungen im Mittelstand. Derzeit bin ich mit der "
     "Suche nach einer kaufmännischen Leitung für ein Familienunternehmen in Ostwestfalen beauftragt. Ihr "
     "Werdegang passt aus meiner Sicht hervorragend zu dem Profil. Darf ich Sie dazu einmal anrufen?"),
    ("berater_phone", "recruiter_outreach", "short", "Ihr Profil",
     "Ihr Profil hat mich neugierig gemacht. Ich hätte eine Vakanz als Teamleiter Vertrieb, die gut zu Ihnen "
     "passen könnte. Wann passt es Ihnen für ein kurzes Gespräch?"),
    ("berater_phone", "recruiter_outreach", "inhouse", "Chance bei Sennheim Medizintechnik",
     "mein Name ist Katrin Vogt, ich bin Recruiterin bei Sennheim Medizintechnik. Wir bauen gerade unser "
     "Qualitätsteam aus und ich glaube, Ihre Erfahrung in der Zulassung von Medizinprodukten wäre bei uns sehr "
     "gefragt. Hätten Sie Lust, mehr über die Stelle zu erfahren?"),
    ("berater_phone", "recruiter_outreach", "consultant", "Eine Position in Hamburg",
     "ich suche für einen Kunden aus der Logistikbranche in Hamburg einen Projektleiter für die Einführung eines "
     "neuen Lagerverwaltungssystems. Ihre Erfahrung bei Vantor Logistics wäre dafür ideal. Sind Sie offen für "
     "ein vertrauliches Gespräch?"),
    ("berater_phone", "interview", "via_recruiter", "AW: Ihre Unterlagen für die Position Head of Finance",
     "vielen Dank für Ihre Unterlagen. Ich habe Ihr Profil meinem Kunden vorgestellt, und er möchte Sie gern "
     "kennenlernen. Das erste Gespräch würde am Montag, 24. März, um 16 Uhr per Teams stattfinden, mit dem "
     "Geschäftsführer und mir. Passt Ihnen das?"),
    ("berater_phone", "interview", "phone", "Telefoninterview morgen",
     "wie eben besprochen, bestätige ich Ihnen unser Telefoninterview morgen, Mittwoch, um 11:30 Uhr. Ich rufe "
     "Sie auf Ihrer Mobilnummer an. Wir sprechen etwa 30 Minuten über Ihren Werdegang und die Stelle."),
    ("berater_phone", "rejection", "internal", "Rückmeldung meines Kunden",
     "ich hatte Ihnen versprochen, mich zu melden, sobald ich etwas von meinem Kunden höre. Er hat sich nach "
     "langem Überlegen für eine interne Lösung entschieden, die Position wird also nicht extern besetzt. Das tut "
     "mir leid, zumal Sie im Gespräch einen sehr guten Eindruck hinterlassen haben. Ich behalte Sie für weitere "
     "Mandate gern im Blick."),
    ("berater_phone", "rejection", "on_hold", "Position Teamleiter Vertrieb",
     "danke nochmal für das nette Telefonat letzte Woche. Leider hat mein Kunde die Suche für die Teamleitung "
     "Vertrieb inzwischen auf Eis gelegt, weil die Budgetplanung für das nächste Jahr neu aufgerollt wird. "
     "Sobald sich daran etwas ändert, komme ich auf Sie zu."),
    ("berater_phone", "application_ack", "ack", "Ihre Bewerbung über unsere Website",
     "vielen Dank für Ihre Bewerbung auf unsere Anzeige „Key Account Manager (m/w/d) Lebensmittelhandel“. Ich "
     "habe Ihre Unterlagen erhalten und werde sie in den nächsten Tagen sorgfältig prüfen. Sollte Ihr Profil zu "
     "den Anforderungen unseres Mandanten passen, rufe ich Sie an, um die nächsten Schritte zu besprechen."),
    ("berater_phone", "offer", "via_recruiter", "Gute Nachrichten!",
     "ich habe gerade mit dem Geschäftsführer gesprochen: Man möchte Ihnen die Position als kaufmännische "
     "Leitung anbieten! Der Vertragsentwurf kommt morgen per Mail direkt von der Personalabteilung. Rufen Sie "
     "mich gern heute noch an, dann gehen wir die Konditionen gemeinsam durch."),
    ("berater_phone", "assessment", "personality", "Persönlichkeitsanalyse für meinen Kunden",
     "mein Kunde arbeitet im Auswahlprozess mit einer Persönlichkeitsanalyse. Sie erhalten gleich einen Link "
     "von unserem Partner; die Bearbeitung dauert etwa 25 Minuten und sollte bis Donnerstag abgeschlossen sein. "
     "Die Ergebnisse besprechen wir anschließend gemeinsam."),
    ("berater_phone", "other", "newsletter", "Gehaltsreport 2025: So viel verdienen Controller",
     "in unserem neuen Gehaltsreport haben wir die Vergütung von über 3.000 Fach- und Führungskräften im "
     "Finanzbereich ausgewertet. Laden Sie den Report kostenlos herunter und erfahren Sie, wie sich Gehälter "
     "nach Region und Unternehmensgröße unterscheiden."),
    ("berater_phone", "other", "hiring_inside", "Honorarrechnung zum Mandat Leitung Einkauf",
     "anbei erhalten Sie die zweite Rate unseres Honorars für das Mandat Leitung Einkauf. Wie vereinbart ist "
     "diese mit Vorstellung der Shortlist fällig. Die drei Kandidatenprofile haben Sie ja bereits am Montag "
     "erhalten."),

    # --- ats_cp1252_entities: softgarden, onlyfy, SuccessFactors, rexx; HTML in windows-1252 with entities.
    ("ats_cp1252_entities", "application_ack", "ack", "Ihre Bewerbung bei den Weserland Stadtwerken ist eingegangen",
     "schön, dass Sie sich für die Stelle Elektroniker/in für Betriebstechnik interessieren! Ihre Bewerbung ist "
     "erfolgreich bei uns eingegangen. Wir sichten jetzt alle Unterlagen und geben Ihnen so schnell wie möglich "
     "Rückmeldung. Über Ihren Bewerber-Account können Sie Ihre Angaben jederzeit einsehen."),
    ("ats_cp1252_entities", "application_ack", "ack",
     "Siebeneichen Pharma – Bestätigung Ihrer Bewerbung (Job-ID 40712)",
     "wir freuen uns über Ihr Interesse an Siebeneichen Pharma. Hiermit bestätigen wir, dass wir Ihre Bewerbung "
     "für die Position Clinical Research Associate (w/m/d) erhalten haben. Unser Recruiting-Team wird Ihre "
     "Qualifikationen mit den Anforderungen der Stelle abgleichen."),
    ("ats_cp1252_entities", "application_ack", "ack", "Danke für Ihre Bewerbung!",
     "wir haben Ihre Bewerbung als Rezeptionist (m/w/d) im Moorbach Hotel Lübeck erhalten. Das Hotelteam meldet "
     "sich innerhalb von zehn Tagen bei Ihnen. Tipp: Halten Sie Ihr Profil aktuell, damit wir Sie schnell "
     "erreichen können."),
    ("ats_cp1252_entities", "application_ack", "interim", "Information zum Stand Ihrer Bewerbung",
     "leider nimmt die Entscheidung über die Besetzung der Stelle Bauleiter Tiefbau mehr Zeit in Anspruch als "
     "erwartet. Wir sind noch in Gesprächen und bitten Sie daher um etwas Geduld. Wir kommen spätestens Mitte "
     "April unaufgefordert auf Sie zu."),
    ("ats_cp1252_entities", "rejection", "shortlist", "Ihre Bewerbung als Elektroniker/in für Betriebstechnik",
     "nochmals vielen Dank für Ihre Bewerbung und die Zeit, die Sie investiert haben. Wir haben alle Bewerbungen "
     "sorgfältig geprüft und bedauern, Ihnen mitteilen zu müssen, dass Sie nicht in die engere Auswahl gekommen "
     "sind. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute."),
    ("ats_cp1252_entities", "rejection", "internal",
     "Ihre Bewerbung für die Position Clinical Research Associate (Job-ID 40712)",
     "wir danken Ihnen für Ihr Interesse an Siebeneichen Pharma und die Zeit, die Sie in Ihre Bewerbung "
     "investiert haben. Wir möchten Sie darüber informieren, dass die Position zwischenzeitlich intern besetzt "
     "werden konnte. Wir würden uns freuen, Sie bei einer anderen Gelegenheit wieder als Bewerberin oder "
     "Bewerber bei uns begrüßen zu dürfen."),
    ("ats_cp1252_entities", "rejection", "profile", "Ihre Bewerbung im Moorbach Hotel Lübeck",
     "vielen Dank für Ihre Bewerbung als Rezeptionist. Nach Prüfung Ihrer Unterlagen haben wir festgestellt, "
     "dass Ihre Qualifikationen nicht ganz zu den Anforderungen dieser Stelle passen. Wir behalten Ihre Daten "
     "gern für zwölf Monate in unserem Talentpool, sofern Sie dem zustimmen."),
    ("ats_cp1252_entities", "rejection", "other_candidate", "Absage – Bauleiter Tiefbau",
     "wir bedanken uns herzlich für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegengebracht haben. "
     "Nach reiflicher Überlegung haben wir uns für einen Bewerber entschieden, der unserem Anforderungsprofil "
     "noch näher kommt. Diese Entscheidung ist keine Bewertung Ihrer fachlichen oder persönlichen "
     "Qualifikation."),
    ("ats_cp1252_entities", "rejection", "dsgvo", "Ihre Bewerbung bei Dörrmann Bau",
     "haben Sie vielen Dank für Ihre Bewerbung. Wir müssen Ihnen leider mitteilen, dass wir Ihnen keine Stelle "
     "anbieten können. Ihre Unterlagen löschen wir entsprechend der DSGVO nach Ablauf von sechs Monaten."),
    ("ats_cp1252_entities", "rejection", "apprenticeship", "Ihre Bewerbung um einen Ausbildungsplatz als Pharmakant/in",
     "danke für Ihre Bewerbung um einen Ausbildungsplatz bei Siebeneichen Pharma. Für das Ausbildungsjahr 2025 "
     "haben wir sehr viele Bewerbungen erhalten und konnten leider nicht alle Bewerberinnen und Bewerber "
     "berücksichtigen. Auch Ihnen können wir diesmal keinen Ausbildungsplatz anbieten."),
    ("ats_cp1252_entities", "interview", "invitation", "Einladung zum persönlichen Gespräch",
     "Ihre Bewerbung hat uns neugierig gemacht! Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu "
     "einem Gespräch in unsere Zentrale in Bremen ein. Bitte wählen Sie über den untenstehenden Link einen der "
     "vorgeschlagenen Termine aus."),
    ("ats_cp1252_entities", "interview", "phone", "Telefoninterview – Clinical Research Associate",
     "gern möchten wir Ihre Bewerbung in einem telefonischen Interview mit Ihnen vertiefen. Wir haben für Sie "
     "den 2. April um 9:30 Uhr vorgesehen. Bitte bestätigen Sie den Termin über das Kandidatenportal oder "
     "schlagen Sie uns einen alternativen Zeitpunkt vor."),
    ("ats_cp1252_entities", "assessment", "online_test", "Siebeneichen Pharma: Ihr Online-Assessment",
     "im nächsten Schritt unseres Auswahlprozesses laden wir Sie zu einem Online-Assessment ein. Es besteht aus "
     "einem Fragebogen zu Ihrer Arbeitsweise und einer kurzen Aufgabe zum analytischen Denken. Bitte schließen "
     "Sie das Assessment innerhalb von fünf Tagen ab; den Link finden Sie unten."),
    ("ats_cp1252_entities", "offer", "offer", "Ihre Zusage – Bauleiter Tiefbau",
     "wir freuen uns, Ihnen nach den guten Gesprächen eine Zusage geben zu können: Wir möchten Sie gern als "
     "Bauleiter Tiefbau bei Dörrmann Bau einstellen. Den Arbeitsvertrag senden wir Ihnen in zweifacher "
     "Ausfertigung per Post; bitte schicken Sie uns ein unterschriebenes Exemplar zurück."),
    ("ats_cp1252_entities", "assessment", "work_sample", "Nächster Schritt: Ihre Fachaufgabe",
     "vielen Dank für das angenehme erste Gespräch. Als nächsten Schritt möchten wir Sie bitten, eine kleine "
     "Fachaufgabe zu bearbeiten: die Auswertung eines anonymisierten Studiendatensatzes. Die Unterlagen finden "
     "Sie im Bewerberportal; bitte laden Sie Ihre Ergebnisse bis zum 9. April hoch."),
    ("ats_cp1252_entities", "offer", "offer", "Ihr Vertragsangebot – Clinical Research Associate",
     "nach den sehr guten Gesprächen freuen wir uns, Ihnen ein Angebot für eine unbefristete Anstellung als "
     "Clinical Research Associate unterbreiten zu dürfen. Die Details zu Gehalt, Arbeitsbeginn und Benefits "
     "finden Sie im angehängten Angebotsschreiben. Wir freuen uns auf Ihre Rückmeldung bis zum 15. April."),
    ("ats_cp1252_entities", "recruiter_outreach", "talent_pool", "Eine neue Stelle, die zu Ihrem Profil passt",
     "Sie haben uns erlaubt, Ihre Daten in unserem Talentpool zu speichern. Heute ist bei uns eine Stelle als "
     "Teamleitung Netzbetrieb frei geworden, die gut zu Ihrem Profil passt. Möchten Sie, dass wir Sie dafür "
     "berücksichtigen? Ein Klick auf den Button genügt."),
    ("ats_cp1252_entities", "other", "account", "Passwort zurücksetzen für Ihren Bewerberzugang",
     "Sie haben angefordert, Ihr Passwort für den Bewerberzugang zurückzusetzen. Klicken Sie auf den folgenden "
     "Link, um ein neues Passwort zu vergeben. Der Link ist 24 Stunden gültig."),
    ("ats_cp1252_entities", "other", "newsletter", "Neuigkeiten aus der Siebeneichen Talent Community",
     "in unserem Quartals-Newsletter stellen wir Ihnen unser neues Forschungszentrum in Mainz vor, berichten "
     "vom Girls' Day und zeigen Ihnen die spannendsten offenen Positionen. Schauen Sie vorbei, vielleicht ist "
     "Ihr nächster Karriereschritt dabei!"),

    # --- mittelstand_ascii: firms typing by hand without umlauts (ae, oe, ue, ss); US-ASCII; legal footer.
    ("mittelstand_ascii", "application_ack", "ack", "Ihre Bewerbung als Konstruktionsmechaniker",
     "vielen Dank für Ihre Bewerbung, die wir gestern erhalten haben. Herr Hoffmann ist diese Woche auf "
     "Montage, deshalb dauert es ein paar Tage, bis wir uns Ihre Unterlagen genauer ansehen können. Wir melden "
     "uns dann telefonisch bei Ihnen."),
    ("mittelstand_ascii", "application_ack", "ack", "Bewerbung Bürokauffrau/-mann",
     "Ihre Bewerbungsunterlagen sind bei uns angekommen, herzlichen Dank dafür. Wir sammeln noch bis Ende des "
     "Monats Bewerbungen und entscheiden dann, wen wir zum Gespräch einladen."),
    ("mittelstand_ascii", "application_ack", "interim", "Ihre Bewerbung – kurzer Zwischenstand",
     "ich wollte Ihnen kurz Bescheid geben, dass wir Ihre Bewerbung nicht vergessen haben. Wegen Urlaub und "
     "Krankheit im Büro verzögert sich die Auswahl leider noch um etwa zwei Wochen. Sie sind weiterhin im "
     "Rennen."),
    ("mittelstand_ascii", "rejection", "filled", "Ihre Bewerbung",
     "danke für Ihre Bewerbung und Ihr Interesse an unserem Betrieb. Wir haben die Stelle inzwischen mit einem "
     "Bewerber aus der Region besetzt. Ihre Unterlagen schicken wir Ihnen in den nächsten Tagen zurück. Für die "
     "Zukunft alles Gute!"),
    ("mittelstand_ascii", "rejection", "profile", "Absage Ihrer Bewerbung als Elektroniker",
     "wir haben uns über Ihre Bewerbung sehr gefreut. Nach Durchsicht aller Unterlagen müssen wir Ihnen aber "
     "leider absagen, da wir für diese Stelle jemanden mit abgeschlossener Meisterprüfung suchen."),
    ("mittelstand_ascii", "rejection", "after_interview", "Unser Gespräch vom 12. März",
     "nochmals danke, dass Sie sich auf den Weg zu uns gemacht haben, und für das angenehme Gespräch. Wir haben "
     "lange hin und her überlegt. Letztlich haben wir uns für einen Mitbewerber entschieden, der bereits "
     "Erfahrung mit unseren CNC-Maschinen hat. Das fällt uns nicht leicht, denn Sie haben uns gut gefallen."),
    ("mittelstand_ascii", "rejection", "cancelled", "Ihre Bewerbung als Lagerist",
     "vielen Dank für Ihre Bewerbung. Leider hat sich bei uns kurzfristig die Auftragslage geändert, und wir "
     "haben beschlossen, die Stelle vorerst nicht zu besetzen. Sollte sich das im Laufe des Jahres ändern, "
     "würden wir gern auf Sie zurückkommen."),
    ("mittelstand_ascii", "rejection", "apprenticeship", "Ausbildungsplatz Tischler",
     "danke für deine Bewerbung um eine Ausbildung bei uns. Wir haben uns sehr gefreut, dass du beim "
     "Probearbeiten dabei warst. Leider konnten wir nur einen Ausbildungsplatz vergeben, und wir haben uns für "
     "einen anderen Bewerber entschieden. Wir wünschen dir viel Glück bei der Suche!"),
    ("mittelstand_ascii", "rejection", "filled", "AW: Bewerbung als Schlosser",
     "danke für Ihre Nachfrage. Die Stelle ist leider schon vergeben, wir haben uns letzte Woche für jemanden "
     "entschieden. Ich hatte vergessen, Ihnen Bescheid zu geben, entschuldigen Sie bitte."),
    ("mittelstand_ascii", "interview", "invitation", "Einladung zum Vorstellungsgespräch",
     "wir würden Sie gern persönlich kennenlernen. Können Sie am Freitag, 21. März, um 14 Uhr zu uns in die "
     "Gewerbestraße 14 kommen? Bringen Sie bitte Ihre Zeugnisse im Original mit. Bitte geben Sie uns kurz "
     "Bescheid, ob das klappt."),
    ("mittelstand_ascii", "interview", "trial_day", "Probearbeiten",
     "wie am Telefon besprochen, laden wir Sie zu einem Probetag in unsere Werkstatt ein, am Montag ab 7 Uhr. "
     "Sie lernen dabei das Team und unsere Abläufe kennen. Arbeitsschuhe bitte mitbringen."),
    ("mittelstand_ascii", "offer", "contract", "Arbeitsvertrag",
     "wie telefonisch besprochen, freuen wir uns, dass Sie ab dem 1. April bei uns anfangen. Anbei erhalten Sie "
     "den Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und bringen Sie "
     "eines an Ihrem ersten Arbeitstag mit."),
    ("mittelstand_ascii", "assessment", "written_test", "Kleiner Einstellungstest",
     "bevor wir uns zum Gespräch treffen, bitten wir alle Bewerber für die Ausbildung, einen kurzen "
     "Einstellungstest bei uns im Büro zu schreiben (Mathe, Deutsch, technisches Verständnis). Passt Ihnen "
     "Mittwoch um 15 Uhr? Der Test dauert etwa eine Stunde."),
    ("mittelstand_ascii", "offer", "apprenticeship", "Zusage für den Ausbildungsplatz",
     "wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zum 1. August als Auszubildenden zum "
     "Konstruktionsmechaniker einstellen möchten. Den Ausbildungsvertrag bereiten wir vor; bitte kommen Sie "
     "nächste Woche zur Unterschrift vorbei und bringen Sie Ihre Steuer-ID mit."),
    ("mittelstand_ascii", "recruiter_outreach", "referral", "Empfehlung von Herrn Kaya",
     "Herr Kaya hat mir erzählt, dass Sie sich beruflich neu orientieren möchten. Wir suchen für unsere "
     "Montageabteilung einen erfahrenen Schweißer, und Sie wurden uns wärmstens empfohlen. Hätten Sie Interesse, "
     "einmal bei uns vorbeizuschauen und sich den Betrieb anzusehen?"),
    ("mittelstand_ascii", "other", "business", "Angebot Nr. 2025-0318 Stahltreppe",
     "anbei erhalten Sie unser Angebot für die Stahltreppe mit Podest gemäß Ihrer Anfrage vom 10. März. Die "
     "Lieferzeit beträgt ca. sechs Wochen nach Auftragserteilung. Für Rückfragen stehe ich Ihnen gern zur "
     "Verfügung."),
    ("mittelstand_ascii", "other", "business", "Termin Aufmaß Baustelle Lindenstraße",
     "können wir für das Aufmaß an der Baustelle Lindenstraße einen Termin am Dienstag um 8 Uhr vereinbaren? "
     "Unser Monteur Herr Kaya wäre dann vor Ort. Bitte geben Sie mir kurz Rückmeldung."),
    ("mittelstand_ascii", "other", "tender", "Bewerbung als Nachunternehmer – Bauvorhaben Schulzentrum",
     "wir bewerben uns hiermit als Nachunternehmer für die Stahlbauarbeiten am Bauvorhaben Schulzentrum Nord. "
     "Referenzen und unsere Präqualifikation finden Sie im Anhang. Gern erstellen wir Ihnen kurzfristig ein "
     "Angebot."),
    ("mittelstand_ascii", "other", "appraisal", "Urlaubsplanung und Personalgespräche",
     "bitte tragt eure Urlaubswünsche für den Sommer bis Ende März in die Liste im Pausenraum ein. Die "
     "jährlichen Personalgespräche führe ich im April, die Termine hänge ich nächste Woche aus."),

    # --- portal_multipart: StepStone, Indeed, XING, LinkedIn notifications; multipart/alternative.
    ("portal_multipart", "application_ack", "board", "Ihre Bewerbung wurde erfolgreich versendet",
     "Ihre Bewerbung als Projektingenieur Elektrotechnik (m/w/d) bei Weserland Stadtwerke wurde erfolgreich "
     "versendet. Der Arbeitgeber hat Ihre Unterlagen erhalten. Unter „Meine Bewerbungen“ sehen Sie, wann Ihre "
     "Bewerbung angesehen wurde."),
    ("portal_multipart", "application_ack", "board", "Bewerbung eingereicht: Kommissionierer (m/w/d)",
     "Ihre Bewerbung wurde an Gebr. Wiesner Verpackungen gesendet. Das können Sie als Nächstes tun: Behalten Sie "
     "Ihr Postfach im Blick, denn Arbeitgeber melden sich oft per E-Mail oder Telefon. Weitere Jobs, die Sie "
     "interessieren könnten, finden Sie unten."),
    ("portal_multipart", "application_ack", "board", "Deine Bewerbung bei Moorbach Hotels ist raus",
     "du hast dich über XING auf die Stelle Front Office Manager (m/w/d) beworben. Wir haben deine Bewerbung an "
     "Moorbach Hotels weitergeleitet. Viel Erfolg!"),
    ("portal_multipart", "application_ack", "board", "Ihre Bewerbung wurde an Siebeneichen Pharma gesendet",
     "Sie haben sich auf die Stelle Data Scientist (m/w/d) beworben. Siebeneichen Pharma · Mainz (Hybrid). "
     "Beworben vor 1 Minute. Bewerbungen bei diesem Unternehmen werden in der Regel innerhalb einer Woche "
     "geprüft."),
    ("portal_multipart", "other", "job_alert", "Ihr Jobletter: 14 neue Jobs für „Projektingenieur“",
     "hier sind die neuesten Stellenangebote, die zu Ihrem Suchauftrag passen: Projektingenieur Netzbau "
     "(m/w/d) – Dortmund; Projektingenieur TGA (m/w/d) – Essen; Ingenieur Elektrotechnik (m/w/d) – Bochum. "
     "Jetzt bewerben. Jobletter bearbeiten oder abbestellen."),
    ("portal_multipart", "other", "job_alert", "Neue Jobs: Kommissionierer in Bielefeld",
     "Kommissionierer (m/w/d) – Gebr. Wiesner Verpackungen – Bielefeld – 14,50 € pro Stunde – Einfach bewerben. "
     "Lagerhelfer (m/w/d) – Logistikpark Ost – Gütersloh. Sie erhalten diese E-Mail, weil Sie "
     "Job-Benachrichtigungen abonniert haben."),
    ("portal_multipart", "other", "account", "3 Personen haben Ihr Profil besucht",
     "Ihr Profil wurde diese Woche von 3 Mitgliedern besucht, darunter eine Recruiterin aus der Pharmabranche. "
     "Mit XING Premium sehen Sie, wer sich für Sie interessiert. Jetzt 30 Tage kostenlos testen."),
    ("portal_multipart", "other", "job_alert", "Alex, Siebeneichen Pharma sucht: Data Scientist (m/w/d)",
     "Basierend auf Ihrem Profil könnten diese Stellen interessant für Sie sein: Data Scientist (m/w/d) bei "
     "Siebeneichen Pharma, Machine Learning Engineer (m/w/d) bei Kestrel Robotik. Sie sind einer der ersten 25 "
     "Bewerber. Jetzt ansehen."),
    ("portal_multipart", "recruiter_outreach", "xing", "Katrin Vogt hat Ihnen eine Nachricht geschickt",
     "Hallo Herr Martin, ich bin Recruiterin bei Sennheim Medizintechnik und auf Ihr Profil aufmerksam "
     "geworden. Wir suchen eine Teamleitung Regulatory Affairs – hätten Sie Interesse, sich dazu auszutauschen? "
     "Viele Grüße, Katrin Vogt. Nachricht beantworten."),
    ("portal_multipart", "recruiter_outreach", "linkedin", "Neue InMail: Position als Leiter Controlling (m/w/d)",
     "Guten Tag Herr Martin, für ein führendes Familienunternehmen im Raum Bielefeld suche ich einen Leiter "
     "Controlling. Ihr Profil passt sehr gut zu den Anforderungen. Wären Sie offen für ein vertrauliches "
     "Telefonat? Beste Grüße, Dr. Jens Roth, Roth & Partner Personalberatung."),
    ("portal_multipart", "rejection", "board_message", "Neue Nachricht zu Ihrer Bewerbung",
     "Weserland Stadtwerke hat Ihnen eine Nachricht zu Ihrer Bewerbung als Projektingenieur Elektrotechnik "
     "(m/w/d) geschickt: „Vielen Dank für Ihr Interesse an unserem Unternehmen. Nach eingehender Prüfung müssen "
     "wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir wünschen "
     "Ihnen viel Erfolg.“"),
    ("portal_multipart", "rejection", "board_status", "Update zu Ihrer Bewerbung bei Gebr. Wiesner Verpackungen",
     "Der Arbeitgeber hat den Status Ihrer Bewerbung als Kommissionierer (m/w/d) aktualisiert: Nicht "
     "ausgewählt. Der Arbeitgeber hat sich entschieden, mit anderen Bewerbenden fortzufahren. Lassen Sie sich "
     "nicht entmutigen – hier sind ähnliche Jobs in Ihrer Nähe."),
    ("portal_multipart", "interview", "board", "Gebr. Wiesner Verpackungen möchte Sie kennenlernen",
     "Gebr. Wiesner Verpackungen hat Sie zu einem Vorstellungsgespräch für die Stelle Kommissionierer (m/w/d) "
     "eingeladen. Vorgeschlagener Termin: Donnerstag, 20. März, 10:00 Uhr, vor Ort in Bielefeld. Bitte "
     "bestätigen Sie den Termin oder schlagen Sie eine andere Zeit vor."),
    ("portal_multipart", "other", "newsletter", "Bewerbungstipps: So überzeugen Sie im Vorstellungsgespräch",
     "Die zehn häufigsten Fragen im Vorstellungsgespräch und wie Sie souverän antworten. Plus: "
     "Gehaltsverhandlung leicht gemacht. Jetzt im Karriere-Magazin lesen."),
    ("portal_multipart", "other", "account", "Ihr Profil ist zu 60 % vollständig",
     "Profile mit Lebenslauf werden von Arbeitgebern bis zu dreimal häufiger gefunden. Laden Sie jetzt Ihren "
     "Lebenslauf hoch und ergänzen Sie Ihre Berufserfahrung, damit Recruiter Sie finden."),
    ("portal_multipart", "assessment", "board_test", "Gebr. Wiesner Verpackungen bittet Sie, einen Test abzuschließen",
     "Um Ihre Bewerbung als Kommissionierer (m/w/d) abzuschließen, bittet der Arbeitgeber Sie, einen kurzen Test "
     "zur Lagerlogistik zu absolvieren. Der Test dauert etwa 15 Minuten. Test jetzt starten."),

    # --- agentur_du_apple: agencies, mostly "du"; windows-1252 8bit; Apple Mail quotes.
    ("agentur_du_apple", "application_ack", "ack", "Deine Bewerbung als Junior Art Director",
     "vielen Dank für deine Bewerbung und die tolle Mappe! Wir haben alles erhalten und schauen uns deine "
     "Arbeiten in Ruhe an. Rechne mit einer Antwort in etwa zwei Wochen."),
    ("agentur_du_apple", "application_ack", "interim", "Wir brauchen noch etwas Zeit",
     "sorry, dass du so lange nichts von uns gehört hast! Wir haben noch nicht alle Gespräche geführt und können "
     "dir deshalb noch keine Rückmeldung zu deiner Bewerbung geben. Du bist auf jeden Fall noch dabei – wir "
     "melden uns spätestens nächsten Freitag."),
    ("agentur_du_apple", "rejection", "not_enough", "Deine Bewerbung bei Pixelhafen",
     "danke, dass du dich bei uns beworben hast. Wir haben uns über das große Interesse sehr gefreut, mussten "
     "aber eine Auswahl treffen. Diesmal hat es für dich leider nicht gereicht. Wir wünschen dir viel Erfolg, "
     "vielleicht klappt es ja beim nächsten Mal."),
    ("agentur_du_apple", "rejection", "cancelled", "Update zur Stelle Social Media Manager",
     "danke für deine Geduld in den letzten Wochen. Wir haben intern umgeplant, und die Stelle als Social Media "
     "Manager wird es in dieser Form nicht geben – die Aufgaben übernimmt das bestehende Team. Deshalb müssen "
     "wir den Bewerbungsprozess für alle Kandidatinnen und Kandidaten beenden. Tut uns wirklich leid!"),
    ("agentur_du_apple", "rejection", "after_interview", "Re: Danke für das Gespräch",
     "danke dir für deine nette Mail und nochmal für das Gespräch! Wir haben uns nach langem Überlegen für eine "
     "Kandidatin entschieden, die schon Agenturerfahrung im Automotive-Bereich mitbringt. Deine Arbeiten haben "
     "uns trotzdem sehr gefallen – bleib gern in Kontakt!"),
    ("agentur_du_apple", "rejection", "freeze", "Ihre Bewerbung als Etatdirektor",
     "herzlichen Dank für Ihr Interesse an Kaiser & Kolb. Aufgrund eines unerwarteten Kundenverlusts haben wir "
     "einen Einstellungsstopp beschlossen und können die ausgeschriebene Position derzeit nicht besetzen. Wir "
     "bedauern das sehr und hoffen auf Ihr Verständnis."),
    ("agentur_du_apple", "rejection", "student", "Werkstudentenstelle Grafik",
     "danke für deine Bewerbung als Werkstudent! Die Stelle haben wir inzwischen besetzt. Wir würden dein "
     "Portfolio aber gern in unserem Talentpool behalten und uns melden, wenn wieder etwas frei wird – ist das "
     "okay für dich?"),
    ("agentur_du_apple", "interview", "intro_call", "Lust auf ein Kennenlernen?",
     "deine Bewerbung hat uns echt neugierig gemacht! Hast du Zeit, nächsten Dienstag um 11 Uhr auf einen "
     "Kaffee bei uns in der Agentur vorbeizukommen? Wir würden dir gern das Team vorstellen und mehr über deine "
     "Projekte hören."),
    ("agentur_du_apple", "interview", "reschedule", "Verschiebung unseres Termins",
     "leider ist bei mir am Donnerstag etwas dazwischengekommen. Können wir unser Gespräch zu deiner Bewerbung "
     "auf Freitag, 14 Uhr, verschieben? Der Teams-Link bleibt derselbe."),
    ("agentur_du_apple", "assessment", "work_sample", "Kleine Probeaufgabe",
     "bevor wir uns zum zweiten Gespräch treffen, haben wir eine kleine Probeaufgabe für dich: Entwickle bitte "
     "eine Kampagnenidee für unseren Kunden aus dem Fahrradbereich, zwei bis drei Slides reichen. Abgabe bis "
     "Mittwoch, 18 Uhr."),
    ("agentur_du_apple", "offer", "offer", "Unser Angebot für dich",
     "wir freuen uns riesig: Wir möchten dich als Junior Art Director bei Pixelhafen! Im Anhang findest du unser "
     "Angebot mit Gehalt und Startdatum 1. Mai. Wenn alles passt, schicken wir dir den Vertrag zur Unterschrift."),
    ("agentur_du_apple", "recruiter_outreach", "creative_director", "Dein Portfolio auf Behance",
     "ich bin Creative Director bei Nordlicht Media und über dein Portfolio auf Behance gestolpert – die "
     "Arbeiten für den Fahrradladen sind richtig stark. Wir suchen gerade Verstärkung im Design. Hättest du "
     "Lust, dich mal auf einen Kaffee mit uns auszutauschen?"),
    ("agentur_du_apple", "other", "business", "Angebot Relaunch Website",
     "anbei unser Angebot für den Relaunch eurer Website inklusive Konzeption, Design und Umsetzung. Die "
     "Position „Content-Migration“ haben wir wie besprochen optional aufgeführt. Lass uns gern am Donnerstag im "
     "Jour fixe darüber sprechen."),
    ("agentur_du_apple", "other", "business", "Gespräch mit dem Kunden am Montag",
     "kurze Info: Das Gespräch mit dem Kunden ist auf Montag, 10 Uhr, verschoben. Bitte bring die aktuellen "
     "Entwürfe mit, und denk an die Präsentation zum Rebranding."),
    ("agentur_du_apple", "other", "appraisal", "Feedbackgespräch Probezeit",
     "deine Probezeit endet Ende des Monats, deshalb würde ich gern ein kurzes Feedbackgespräch mit dir machen. "
     "Passt dir Mittwoch um 16 Uhr? Wir schauen gemeinsam zurück und besprechen deine Ziele für die nächsten "
     "Monate."),
    ("agentur_du_apple", "other", "newsletter", "Pixelhafen Newsletter März",
     "im März haben wir drei neue Kunden gewonnen, unser Team ist um zwei Kolleginnen gewachsen und wir ziehen "
     "bald in ein größeres Büro. Außerdem: Wir stellen ein! Alle offenen Stellen findest du auf unserer "
     "Karriereseite."),

    # --- es_ats_html: InfoJobs, Workday in Spanish; HTML, UTF-8 quoted-printable; data-protection footer.
    ("es_ats_html", "application_ack", "board", "Tu inscripción en la oferta Administrativo/a contable",
     "Te has inscrito correctamente en la oferta Administrativo/a contable de Talleres Ebro S.L. La empresa "
     "revisará tu currículum y, si encaja con lo que busca, se pondrá en contacto contigo. Puedes consultar el "
     "estado de tu candidatura en «Mis candidaturas»."),
    ("es_ats_html", "application_ack", "ack", "Hemos recibido su solicitud – Analista de datos (R-20931)",
     "Gracias por su interés en Farmacéutica Albor. Le confirmamos que hemos recibido su solicitud para el "
     "puesto de Analista de datos. Nuestro equipo de selección revisará su perfil y se pondrá en contacto con "
     "usted si avanza a la siguiente fase."),
    ("es_ats_html", "application_ack", "interim", "Estado de su candidatura",
     "Le escribimos para informarle de que su candidatura sigue en revisión. Debido al elevado número de "
     "solicitudes, el proceso se está alargando más de lo previsto. Le daremos una respuesta en las próximas dos "
     "semanas."),
    ("es_ats_html", "rejection", "not_selected", "Actualización sobre su candidatura",
     "Le agradecemos sinceramente el tiempo y el interés dedicados a su candidatura. Tras valorar detenidamente "
     "todos los perfiles recibidos, le comunicamos que en esta ocasión no ha sido seleccionado para continuar en "
     "el proceso. Conservaremos sus datos para futuras vacantes, si así lo desea."),
    ("es_ats_html", "rejection", "filled", "Su candidatura para Técnico de mantenimiento",
     "Muchas gracias por participar en nuestro proceso de selección. Le informamos de que la vacante ya ha sido "
     "cubierta, por lo que damos por finalizado el proceso. Le deseamos mucho éxito en su carrera profesional."),
    ("es_ats_html", "rejection", "after_interview", "Resultado del proceso de selección",
     "Queremos agradecerle su participación en las entrevistas de la semana pasada. El comité ha decidido "
     "continuar con otra candidata cuyo perfil se ajusta mejor a las necesidades actuales del departamento. Ha "
     "sido un placer conocerle."),
    ("es_ats_html", "interview", "video", "Invitación a entrevista – Analista de datos",
     "Nos complace invitarle a una entrevista por videollamada con el responsable del área. Por favor, "
     "seleccione a través del siguiente enlace el horario que mejor le convenga entre el 24 y el 28 de marzo."),
    ("es_ats_html", "assessment", "online_test", "Siguiente paso: prueba online",
     "Como siguiente paso del proceso, le invitamos a completar una evaluación online de aptitudes numéricas y "
     "verbales. Dispone de cinco días para realizarla y su duración aproximada es de 35 minutos."),
    ("es_ats_html", "other", "job_alert", "15 nuevas ofertas de Administrativo en Zaragoza",
     "Estas son las ofertas más recientes que encajan con tu alerta: Administrativo/a – Zaragoza; Auxiliar "
     "contable – Huesca; Recepcionista – Zaragoza. Inscríbete ahora. Gestionar alertas."),
    ("es_ats_html", "other", "account", "Confirma tu cuenta",
     "Gracias por registrarte en el portal de empleo de Farmacéutica Albor. Para activar tu cuenta, haz clic en "
     "el enlace siguiente. Si no has creado esta cuenta, ignora este mensaje."),

    # --- es_consultora: a recruitment consultancy; "tú" and "usted"; plain UTF-8; phone signatures.
    ("es_consultora", "recruiter_outreach", "opportunity", "Una oportunidad en Valencia",
     "soy Marta, consultora en Talento Sur. Estoy trabajando en una oportunidad como responsable de operaciones "
     "en una empresa logística de Valencia y creo que podría interesarte. ¿Te vendría bien que hablásemos esta "
     "semana?"),
    ("es_consultora", "recruiter_outreach", "linkedin", "Propuesta profesional",
     "he visto tu perfil en LinkedIn y tu experiencia en desarrollo backend encaja muy bien con un proyecto que "
     "tenemos con un cliente del sector fintech. Es un puesto en remoto con muy buenas condiciones. ¿Tendrías "
     "unos minutos para una llamada?"),
    ("es_consultora", "recruiter_outreach", "headhunter", "Confidencial: Director Financiero",
     "le contacto en nombre de una empresa familiar del sector agroalimentario que busca incorporar un Director "
     "Financiero. Por su trayectoria, creo que podría ser un candidato idóneo. ¿Estaría abierto a una "
     "conversación confidencial?"),
    ("es_consultora", "recruiter_outreach", "opportunity", "¿Abierto a nuevos retos?",
     "¿qué tal? Tengo entre manos una oportunidad muy interesante en Madrid, jornada completa y buen salario. "
     "¿Hablamos?"),
    ("es_consultora", "interview", "via_recruiter", "RE: Tu candidatura – Responsable de operaciones",
     "gracias por enviarme tu CV. Se lo he presentado al cliente y le gustaría conocerte. La primera entrevista "
     "sería el jueves 27 a las 12:00 en sus oficinas de Paterna. ¿Te encaja?"),
    ("es_consultora", "rejection", "cancelled", "Novedades del proceso",
     "gracias de nuevo por tu tiempo durante todo el proceso. Te escribo porque el cliente ha decidido "
     "finalmente no cubrir la posición este año por un cambio en su plan de negocio. Siento no traerte mejores "
     "noticias; te tendré en cuenta para otros proyectos."),
    ("es_consultora", "rejection", "other_candidate", "Proceso Director Financiero",
     "quería informarte personalmente: tras la última ronda, el cliente se ha decantado por otro finalista con "
     "más experiencia en el sector. Tu candidatura ha sido muy bien valorada y me encantaría seguir en contacto."),
    ("es_consultora", "offer", "via_recruiter", "¡Buenas noticias!",
     "acabo de hablar con el cliente y quieren hacerte una oferta para el puesto de Responsable de operaciones. "
     "Te enviarán la propuesta por escrito mañana con el salario y la fecha de incorporación. ¿Te llamo esta "
     "tarde y lo comentamos?"),
    ("es_consultora", "other", "newsletter", "Informe salarial 2025",
     "descarga gratis nuestro informe salarial 2025 con las bandas retributivas de más de 200 puestos en "
     "finanzas, tecnología e ingeniería. Descubre cuánto se paga en tu sector."),
    ("es_consultora", "other", "hiring_inside", "Propuesta de colaboración",
     "te adjunto nuestra oferta para el servicio de selección de personal que nos pediste: honorarios del 18 % "
     "del salario bruto anual, con garantía de reposición de tres meses. Quedo pendiente de tus comentarios."),

    # --- es_mano_gmail: small businesses by hand, "tú"; ISO-8859-1 quoted-printable; Gmail quotes.
    ("es_mano_gmail", "application_ack", "ack", "Tu candidatura",
     "muchas gracias por mandarnos tu currículum para el puesto de cocinero. Lo hemos recibido y lo vamos a "
     "mirar con calma esta semana. Te decimos algo pronto."),
    ("es_mano_gmail", "rejection", "other_candidate", "Sobre tu candidatura",
     "gracias por presentarte al puesto de dependienta. Lo hemos pensado mucho, pero al final nos hemos quedado "
     "con otra persona que ya conocía el barrio y la tienda. Te deseamos mucha suerte, de verdad."),
    ("es_mano_gmail", "rejection", "places_full", "Prácticas de verano",
     "gracias por escribirnos para hacer las prácticas con nosotros. Este verano ya tenemos todas las plazas de "
     "prácticas ocupadas, así que no podemos ofrecerte ninguna. Si te interesa, vuelve a escribirnos en enero."),
    ("es_mano_gmail", "rejection", "after_interview", "Re: Entrevista del martes",
     "gracias a ti por venir el martes, fue una charla muy agradable. Te escribo para contarte que hemos "
     "decidido no seguir adelante con tu candidatura: buscamos a alguien con más experiencia en sala. Ojalá "
     "coincidamos en otra ocasión."),
    ("es_mano_gmail", "rejection", "kept_on_file", "Respuesta a tu solicitud",
     "te agradecemos mucho el interés por trabajar en la gestoría. Por ahora no necesitamos incorporar a nadie "
     "más al equipo, pero guardamos tu currículum por si más adelante surge algo."),
    ("es_mano_gmail", "interview", "invitation", "¿Te vienes a conocernos?",
     "nos ha gustado mucho tu currículum. ¿Podrías pasarte el viernes a las 17:00 por el restaurante para "
     "charlar un rato con el jefe de cocina? Si no te viene bien, dinos otro día."),
    ("es_mano_gmail", "interview", "trial_day", "Día de prueba",
     "como hablamos por teléfono, te esperamos el lunes a las 8:00 para hacer un día de prueba en la cocina. "
     "Trae tu chaquetilla y calzado cómodo."),
    ("es_mano_gmail", "recruiter_outreach", "opportunity", "Una oportunidad",
     "te escribo porque en la cooperativa estamos buscando a alguien para llevar la parte de administración y "
     "alguien me ha dado tu nombre. Es una oportunidad estable, de jornada completa. ¿Te interesaría que lo "
     "hablemos?"),
    ("es_mano_gmail", "other", "business", "Presupuesto reforma local",
     "te paso el presupuesto de la reforma del local: 12.400 euros más IVA, con un plazo de obra de tres "
     "semanas. Si te parece bien, podemos empezar el día 7. Dime algo."),
    ("es_mano_gmail", "other", "business", "Cena de equipo del viernes",
     "recordad que el viernes es la cena de equipo para despedir a Lucía. Reservamos a las 21:30 en el asador de "
     "la plaza. Confirmad asistencia antes del miércoles."),

    # --- es_ascii_outlook: a public body and a workshop, "usted"; no accents; Outlook quotes.
    ("es_ascii_outlook", "application_ack", "ack", "Confirmación de recepción de candidatura",
     "por medio de la presente le confirmamos la recepción de su candidatura para la plaza de Técnico de "
     "laboratorio. Una vez finalizado el plazo de presentación, el tribunal evaluará los méritos de todos los "
     "aspirantes."),
    ("es_ascii_outlook", "application_ack", "interim", "Información sobre el proceso",
     "le informamos de que el proceso de selección para la plaza de Técnico de laboratorio sigue abierto. La "
     "resolución provisional se publicará en el tablón de anuncios a finales de abril."),
    ("es_ascii_outlook", "rejection", "not_selected", "Proceso de selección – Técnico de laboratorio",
     "le agradecemos su participación en el proceso de selección. Le comunicamos que, tras la valoración de "
     "méritos, su candidatura no ha resultado seleccionada. Puede solicitar la revisión de su puntuación en un "
     "plazo de diez días hábiles."),
    ("es_ascii_outlook", "rejection", "profile", "Su candidatura en Talleres Ebro",
     "gracias por el interés mostrado en nuestra empresa. Tras estudiar su perfil, hemos llegado a la conclusión "
     "de que no se ajusta a lo que buscamos en este momento, por lo que no continuaremos con su candidatura. Le "
     "deseamos mucha suerte."),
    ("es_ascii_outlook", "rejection", "cancelled", "Cancelación del proceso de selección",
     "lamentamos comunicarle que el proceso de selección para el puesto de Jefe de taller ha quedado cancelado "
     "por motivos organizativos. Agradecemos su interés y el tiempo dedicado."),
    ("es_ascii_outlook", "rejection", "kept_on_file", "RE: Candidatura Analista",
     "muchas gracias por su correo y por su interés. Después de valorar todas las candidaturas, no podemos "
     "ofrecerle el puesto en esta ocasión. Guardaremos su currículum para futuros procesos."),
    ("es_ascii_outlook", "interview", "invitation", "Citación a entrevista",
     "nos ponemos en contacto con usted para citarle a una entrevista personal el miércoles 26 de marzo a las "
     "10:00 en nuestras instalaciones de la calle Mayor 8, Zaragoza. Le rogamos que confirme su asistencia."),
    ("es_ascii_outlook", "offer", "offer", "Oferta de empleo – Técnico de mantenimiento",
     "nos complace comunicarle que ha sido seleccionado para el puesto de Técnico de mantenimiento. Adjuntamos "
     "la carta oferta con las condiciones económicas y la fecha de incorporación prevista, el 1 de abril. Le "
     "rogamos nos la devuelva firmada."),
    ("es_ascii_outlook", "other", "business", "Oferta comercial – Suministro de EPIs",
     "adjuntamos nuestra oferta para el suministro de equipos de protección individual para el segundo "
     "trimestre. Los precios incluyen transporte. La oferta es válida durante 30 días."),
    ("es_ascii_outlook", "other", "business", "Convocatoria de reunión de seguimiento",
     "le convocamos a la reunión de seguimiento del proyecto el jueves a las 9:30 en la sala 2. Se revisarán "
     "los plazos de entrega y la posición del cliente respecto al presupuesto."),
]

# Per writer: sender, salutations, closing lines, footer (None: none), reply quote style.
_DE_FOOTER_ATS = ("Hinweise zum Datenschutz: Ihre personenbezogenen Daten verarbeiten wir ausschließlich zur "
                  "Durchführung des Bewerbungsverfahrens (Art. 88 DSGVO, § 26 BDSG). Weitere Informationen finden "
                  "Sie in unserer Datenschutzerklärung für Bewerberinnen und Bewerber.")
WRITER_DRESS = {
    "ats_utf8_html": dict(
        sender="Brückner Sensorik GmbH <noreply@brueckner.jobs.example>",
        salutations=("Sehr geehrter Herr Martin,", "Guten Tag Alex Martin,"),
        closing="Mit freundlichen Grüßen\nIhr Recruiting-Team",
        footer=_DE_FOOTER_ATS + " Brückner Sensorik GmbH · Amtsgericht Ulm HRB 72 114 · Geschäftsführer: "
        "Dr. Miriam Brückner, Tobias Renz", quote=None),
    "startup_du_gmail": dict(
        sender="Jana Lorenz <jana@flinkwerk.example>", salutations=("Hey Alex,", "Hi Alex,"),
        closing="Liebe Grüße\nJana\n\nJana Lorenz | People & Culture\n"
        "Flinkwerk GmbH | Skalitzer Str. 80 | 10997 Berlin",
        footer="Flinkwerk GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 219 876 B · Geschäftsführer: "
        "Ole Brandt", quote="gmail"),
    "oed_outlook_latin1": dict(
        sender="Personalamt Stadt Lindenau <personal@lindenau.example>",
        salutations=("Sehr geehrter Herr Martin,", "Sehr geehrte Damen und Herren,"),
        closing="Mit freundlichen Grüßen\nIm Auftrag\n\nSabine Kühn\nPersonalamt – Sachgebiet Personalgewinnung\n"
        "Stadt Lindenau, Marktplatz 1, 63301 Lindenau\nTelefon 06101 88-214",
        footer="Hinweis nach Art. 13 DSGVO: Informationen zur Verarbeitung Ihrer Daten im Bewerbungsverfahren "
        "finden Sie unter www.lindenau.example/datenschutz. Bitte beachten Sie, dass für förmliche Erklärungen die "
        "elektronische Form nur eingeschränkt zugelassen ist.", quote="outlook"),
    "berater_phone": dict(
        sender="Maximilian Ortmann <m.ortmann@ortmann-partner.example>",
        salutations=("Hallo Herr Martin,", "Guten Tag Herr Martin,", "Hi Alex,"),
        closing="Beste Grüße\nMaximilian Ortmann\nSenior Consultant | Ortmann & Partner Personalberatung",
        footer=None, quote="phone"),
    "ats_cp1252_entities": dict(
        sender="Weserland Stadtwerke via softgarden <noreply@softgarden.example>",
        salutations=("Sehr geehrter Herr Martin,", "Liebe Bewerberin, lieber Bewerber,"),
        closing="Freundliche Grüße\nIhr Personalteam",
        footer=_DE_FOOTER_ATS + " Weserland Stadtwerke GmbH · Registergericht: Amtsgericht Bremen HRB 30 551 · "
        "Geschäftsführung: Henrike Oltmanns · Vorsitzender des Aufsichtsrats: Bürgermeister a. D. Karl Dietz",
        quote=None),
    "mittelstand_ascii": dict(
        sender="Petra Hoffmann <p.hoffmann@hoffmann-stahlbau.example>",
        salutations=("Sehr geehrter Herr Martin,", "Guten Tag Herr Martin,", "Hallo Alex,"),
        closing="Mit freundlichen Grüßen\n\nPetra Hoffmann\nPersonal & Verwaltung\nHoffmann Stahlbau GmbH",
        footer="Hoffmann Stahlbau GmbH | Gewerbestraße 14 | 33602 Bielefeld | Geschäftsführer: Dipl.-Ing. Klaus "
        "Hoffmann | Handelsregister: Amtsgericht Bielefeld HRB 4711 | USt-IdNr. DE123456789 | Informationen zum "
        "Datenschutz: www.hoffmann-stahlbau.example/datenschutz", quote="outlook_ascii"),
    "portal_multipart": dict(
        sender="Jobportal <noreply@mail.jobportal.example>", salutations=("Hallo Alex,", ""),
        closing="Ihr Jobportal-Team",
        footer="Sie erhalten diese E-Mail, weil Sie ein Konto bei uns haben. Benachrichtigungen verwalten | "
        "Abmelden | Impressum | Datenschutz. Jobportal GmbH, Amtsgericht Düsseldorf HRB 88 120.", quote=None),
    "agentur_du_apple": dict(
        sender="Mia Kramer <mia@pixelhafen.example>", salutations=("Liebe Alex,", "Moin Alex,", "Hallo Alex,"),
        closing="Viele Grüße aus dem Hafen\nMia\n\n—\nMia Kramer · People Lead\nPixelhafen GmbH · Am Sandtorkai 5 · "
        "20457 Hamburg",
        footer="Pixelhafen GmbH · Amtsgericht Hamburg HRB 154 332 · Geschäftsführer: Jonas Kramer, Leonie Petersen",
        quote="apple"),
    "es_ats_html": dict(
        sender="Farmacéutica Albor vía Workday <albor@myworkday.example>",
        salutations=("Estimado/a Alex Martin:", "Hola, Alex:"),
        closing="Atentamente,\nEquipo de Selección",
        footer="De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados con "
        "la única finalidad de gestionar los procesos de selección. Puede ejercer sus derechos de acceso, "
        "rectificación y supresión en privacidad@albor.example.", quote=None),
    "es_consultora": dict(
        sender="Marta Gil <marta.gil@talentosur.example>", salutations=("Hola Alex,", "Buenos días, Alex:"),
        closing="Un saludo,\nMarta Gil\nConsultora senior · Talento Sur", footer=None, quote="phone"),
    "es_mano_gmail": dict(
        sender="Restaurante El Olivo <elolivo.cocina@example.net>", salutations=("Hola Alex:", "Buenas, Alex:"),
        closing="Un abrazo,\nPaco", footer=None, quote="gmail"),
    "es_ascii_outlook": dict(
        sender="Recursos Humanos <rrhh@talleresebro.example>",
        salutations=("Estimado Sr. Martin:", "Estimado candidato:"),
        closing="Atentamente,\n\nDepartamento de Recursos Humanos",
        footer="Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo "
        "comunique al remitente y proceda a su eliminacion.", quote="outlook"),
}

_QUOTED = {
    "de": "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht. Gern bestätige ich den Termin und freue "
          "mich auf das Gespräch. Meine Unterlagen zur Bewerbung habe ich noch einmal angehängt.",
    "es": "Buenos días, gracias por su mensaje. Les adjunto de nuevo mi currículum y quedo a su disposición para "
          "la entrevista cuando les venga bien.",
}
_GMAIL = {"de": "Am Mo., 3. März 2025 um 09:30 Uhr schrieb Alex Martin <\nalex.martin@example.net>:",
          "es": "El lun, 3 mar 2025 a las 9:30, Alex Martin (<alex.martin@example.net>) escribió:"}
_OUTLOOK = {"de": "Von: Alex Martin <alex.martin@example.net>\nGesendet: Montag, 3. März 2025 09:30\n"
                  "An: Personal <personal@example.org>\nBetreff: Bewerbung",
            "es": "De: Alex Martin <alex.martin@example.net>\nEnviado: lunes, 3 de marzo de 2025 9:30\n"
                  "Para: rrhh@example.org\nAsunto: Candidatura"}
_APPLE = "Am 03.03.2025 um 09:30 schrieb Alex Martin <alex.martin@example.net>:"
_PHONE = {"de": "Von meinem iPhone gesendet", "es": "Enviado desde mi iPhone"}


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    label: str
    kind: str
    writer: str
    split: str
    subject: str
    raw: bytes


def ascii_german(text: str) -> str:
    """German as typed without umlauts: ae, oe, ue, ss; typographic quotes and dashes made plain."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 ("„", '"'), ("“", '"'), ("–", "-"), ("—", "-"), ("·", "|"), ("€", "EUR")):
        text = text.replace(a, b)
    return text


def ascii_spanish(text: str) -> str:
    text = text.replace("¿", "").replace("¡", "").replace("–", "-").replace("«", '"').replace("»", '"')
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _plain(writer: str, lang: str, i: int, subject: str, body: str) -> str:
    d = WRITER_DRESS[writer]
    salutation = d["salutations"][i % len(d["salutations"])]
    lines = ([salutation, ""] if salutation else []) + [body, "", d["closing"]]
    reply = subject.lower().startswith(("re:", "aw:"))
    if d["quote"] == "phone":
        lines += ["", _PHONE[lang]]
    if d["footer"]:
        lines += ["", d["footer"]]
    if reply or d["quote"] == "phone" and i % 2:
        quote = d["quote"]
        if quote in ("gmail", "phone"):
            lines += ["", _GMAIL[lang], "> " + _QUOTED[lang]]
        elif quote == "apple":
            lines += ["", _APPLE, "", "> " + _QUOTED[lang]]
        elif quote == "outlook":
            lines += ["", "________________________________", _OUTLOOK[lang], "", _QUOTED[lang]]
        elif quote == "outlook_ascii":
            lines += ["", "-----Urspruengliche Nachricht-----", _OUTLOOK[lang], "", _QUOTED[lang]]
    return "\n".join(lines)


def _html(writer: str, i: int, body: str, *, entities: bool) -> str:
    d = WRITER_DRESS[writer]
    salutation = d["salutations"][i % len(d["salutations"])]
    sentences = [s.strip() for s in body.replace("! ", "!\x00").replace(". ", ".\x00").split("\x00") if s.strip()]
    paragraphs = "".join(f"<p style=\"margin:0 0 12px;font:14px/20px Arial\">{html.escape(s, quote=False)}</p>"
                         for s in sentences)
    closing = "<br>".join(html.escape(x) for x in d["closing"].split("\n"))
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"><style>p{color:#222}</style>"
            "</head><body><div style=\"max-width:640px;margin:auto\"><div style=\"padding:20px;background:#003a70\">"
            "<img alt=\"Logo\" src=\"https://assets.example/logo.png\" width=\"120\"></div>"
            f"<div style=\"padding:24px\"><p>{html.escape(salutation)}</p>{paragraphs}<p>{closing}</p>"
            "<p><a href=\"https://jobs.example/status?id=118\">Zum Bewerberportal</a></p></div>"
            f"<div style=\"font-size:11px;color:#777;padding:24px\">{html.escape(d['footer'] or '')}</div>"
            "</div></body></html>")
    if entities:  # some systems write every non-ASCII letter as a named entity
        page = page.encode("ascii", "xmlcharrefreplace").decode("ascii")
        for ch, name in (("&#228;", "&auml;"), ("&#246;", "&ouml;"), ("&#252;", "&uuml;"), ("&#223;", "&szlig;"),
                         ("&#196;", "&Auml;"), ("&#214;", "&Ouml;"), ("&#220;", "&Uuml;")):
            page = page.replace(ch, name)
    return page


def _qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.replace("\n", "\r\n").encode(charset), quotetabs=False).replace(b"\r\n", b"\n")


def _subject(subject: str, charset: str) -> str:
    if subject.isascii():
        return subject
    try:
        return Header(subject, charset).encode()
    except UnicodeEncodeError:
        return Header(subject, "utf-8").encode()


def build(writer: str, i: int, subject: str, body: str) -> bytes:
    lang = WRITERS[writer][1]
    d = WRITER_DRESS[writer]
    date = dt.datetime(2025, 3, 4, 8, 15, tzinfo=dt.UTC) + dt.timedelta(days=i % 40, minutes=37 * i)
    head = [f"Date: {format_datetime(date)}", f"Message-ID: <ho{i}.{writer}@heldout.example>", "MIME-Version: 1.0",
            "To: Alex Martin <alex.martin@example.net>"]
    if writer == "ats_utf8_html":
        head += [f"From: {_subject(d['sender'], 'utf-8')}", f"Subject: {_subject(subject, 'utf-8')}",
                 "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
        payload = _qp(_html(writer, i, body, entities=False), "utf-8")
    elif writer == "ats_cp1252_entities":
        head += [f"From: {d['sender']}", f"Subject: {_subject(subject, 'windows-1252')}",
                 "Content-Type: text/html; charset=windows-1252", "Content-Transfer-Encoding: quoted-printable"]
        payload = _qp(_html(writer, i, body, entities=i % 2 == 0), "windows-1252")
    elif writer in ("startup_du_gmail", "es_consultora"):
        head += [f"From: {_subject(d['sender'], 'utf-8')}", f"Subject: {_subject(subject, 'utf-8')}",
                 "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
        payload = _plain(writer, lang, i, subject, body).encode("utf-8")
    elif writer in ("oed_outlook_latin1", "es_mano_gmail"):
        head += [f"From: {_subject(d['sender'], 'iso-8859-1')}", f"Subject: {_subject(subject, 'iso-8859-1')}",
                 "Content-Type: text/plain; charset=ISO-8859-1", "Content-Transfer-Encoding: quoted-printable"]
        payload = _qp(_plain(writer, lang, i, subject, body).replace("–", "-"), "iso-8859-1")
    elif writer == "berater_phone":
        head += [f"From: {d['sender']}", f"Subject: {_subject(subject, 'utf-8')}",
                 "Content-Type: text/plain; charset=utf-8; format=flowed",
                 "Content-Transfer-Encoding: quoted-printable"]
        payload = _qp(_plain(writer, lang, i, subject, body), "utf-8")
    elif writer == "mittelstand_ascii":
        head += [f"From: {d['sender']}", f"Subject: {ascii_german(subject)}",
                 "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
        payload = ascii_german(_plain(writer, lang, i, subject, body)).encode("ascii")
    elif writer == "es_ascii_outlook":
        head += [f"From: {d['sender']}", f"Subject: {ascii_spanish(subject)}",
                 "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
        payload = ascii_spanish(_plain(writer, lang, i, subject, body)).encode("ascii")
    elif writer == "portal_multipart":
        boundary = f"----=_Part_{i}_portal"
        head += [f"From: {d['sender']}", f"Subject: {_subject(subject, 'utf-8')}",
                 f'Content-Type: multipart/alternative; boundary="{boundary}"']
        plain = base64.encodebytes(_plain(writer, lang, i, subject, body).encode("utf-8"))
        page = _qp(_html(writer, i, body, entities=False), "utf-8")
        payload = b"\n".join([
            f"--{boundary}".encode(), b"Content-Type: text/plain; charset=UTF-8",
            b"Content-Transfer-Encoding: base64", b"", plain,
            f"--{boundary}".encode(), b"Content-Type: text/html; charset=UTF-8",
            b"Content-Transfer-Encoding: quoted-printable", b"", page, f"--{boundary}--".encode(), b""])
    elif writer == "agentur_du_apple":
        head += [f"From: {d['sender']}", f"Subject: {_subject(subject, 'windows-1252')}",
                 "Content-Type: text/plain; charset=windows-1252", "Content-Transfer-Encoding: 8bit"]
        payload = _plain(writer, lang, i, subject, body).encode("windows-1252")
    elif writer == "es_ats_html":
        head += [f"From: {_subject(d['sender'], 'utf-8')}", f"Subject: {_subject(subject, 'utf-8')}",
                 "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
        payload = _qp(_html(writer, i, body, entities=False), "utf-8")
    else:
        raise ValueError(writer)
    return "\n".join(head).encode("ascii") + b"\n\n" + payload


def messages(split: str | None = None, lang: str | None = None) -> list[Case]:
    out = []
    for i, (writer, label, kind, subject, body) in enumerate(CORES):
        w_split, w_lang = WRITERS[writer]
        if (split and w_split != split) or (lang and w_lang != lang):
            continue
        out.append(Case(f"{w_lang}-{i:03d}-{label}", w_lang, label, kind, writer, w_split, subject,
                        build(writer, i, subject, body)))
    return out
