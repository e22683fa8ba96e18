"""A ninth set of job-search mail, German and Dutch only (`bench/mail_heldout.py --set intl8`), written for this
project (tenth session) by deliberately other writers than tests/mail/heldout_mail.py, tests/mail/writers_mail.py,
tests/mail/intl3_mail.py, tests/mail/intl4_mail.py, tests/mail/intl5_mail.py and tests/mail/intl6_mail.py: kinds of
employer and tracking system none of them used. None of it comes from a data set or a real inbox; every sender,
company and person is invented.

The writers: in German a pharma company's Taleo, a Swiss Gemeinde's Abacus, a Caritas association's Perbility, a
tax adviser's office, a freelance project broker, a municipal theatre (Vorsprechen), a dental practice training an
apprentice, Austria's AMS relaying employers, a restaurant group on JOIN saying "du", an airport's Avature, a
Hochschule's Berufungsverfahren, a research institute on Interamt, an online shop's Lever saying "du", the police's
Einstellungsberatung, a pharmacy, a Swiss retail cooperative's Prescreen, a LinkedIn recruiter and a haulier on
HeyJobs; and, not about a job, an animal shelter (a dog's "Bewerbung"), a university's admissions office, an
allotment association, a publisher (a manuscript), a development bank's grant, a conference's programme committee,
a car dealer and a choir. In Dutch a design agency's Homerun saying "je", the Flemish VDAB relaying employers,
Defensie's selection, a café owner from a phone, an accountancy's Carerix, a Flemish school board, the police's
selection, an airline's cabin crew recruiting and a museum; and, not about a job, a student house (a "hospiteeravond"),
an estate agent, a municipality's subsidy desk, a congress and a primary school.

About half of the job mail is rejections in many grammatical shapes: someone else chosen, the reader not chosen,
a negated noun or verb ("keine Zusage", "nicht berücksichtigt", "geen match", "niet weerhouden"), the role's state
("vergeben", "gestrichen", "ingevuld", "on hold"), Konjunktiv and passive ("hätten wir Ihnen gern…, jedoch", "er is
gekozen voor"), separable verbs ("sagen … ab", "valt … af"), compounds ("Absage", "Bewerbungsabsage", "afwijzing");
acknowledgements that sound negative; invitations, tests, offers, outreach, withdrawals the company confirms; and
about a third mail that uses the same words in another sense (a dog given to another family, a study place
refused, a plot already let, a grant not awarded, a room given to someone else, a bid not accepted).

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl8` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- German, job mail, tune
    "de_taleo_pharma": Writer(
        "tune",
        "de",
        "Rheinauen Pharma Talent Acquisition <no-reply@rheinauen.taleo.example>",
        "html-utf8",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nTalent Acquisition\nRheinauen Pharma AG",
        "Rheinauen Pharma AG · Ludwigshafen · Diese Nachricht wurde über Oracle Taleo versendet.",
    ),
    "de_ch_gemeinde_abacus": Writer(
        "tune",
        "de",
        "Gemeinde Oberwil-Au - Personaldienst <personal@oberwil-au.abacus.example.ch>",
        "outlook-qp",
        "Sehr geehrte Frau Petersen",
        "Freundliche Grüsse\n\nBeatrice Zünd\nLeiterin Personaldienst\nGemeindeverwaltung Oberwil-Au",
    ),
    "de_caritas_perbility": Writer(
        "tune",
        "de",
        "Caritasverband Mittelhessen - Bewerbermanagement <bewerbung@caritas-mh.perbility.example>",
        "latin1-plain",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nIhr Team Personalservice\nCaritasverband Mittelhessen e.V.",
    ),
    "de_steuerkanzlei": Writer(
        "tune",
        "de",
        "Kanzlei Vollmer & Ertl Steuerberater <sekretariat@vollmer-ertl.example.de>",
        "gmail-utf8",
        "Guten Tag Frau Petersen,",
        "Mit besten Grüßen\nDr. Hanna Vollmer\nSteuerberaterin",
    ),
    "de_freelance_projekt": Writer(
        "tune",
        "de",
        "Projektvermittlung Nordwerk IT <projekte@nordwerk-it.example.de>",
        "html-cp1252",
        "Hallo Frau Petersen,",
        "Viele Grüße\nTobias Rehm\nAccount Manager Freelancer-Projekte",
        "Nordwerk IT Consulting GmbH · Bremen",
    ),
    "de_stadttheater": Writer(
        "tune",
        "de",
        "Stadttheater Kellstadt - Künstlerisches Betriebsbüro <kbb@stadttheater-kellstadt.example.de>",
        "cp1252-apple",
        "Liebe Frau Petersen,",
        "Herzliche Grüße aus dem KBB\nMarlene Otte",
    ),
    "de_zahnarzt_azubi": Writer(
        "tune",
        "de",
        "Zahnarztpraxis Dr. Yilmaz <praxis@dr-yilmaz-zahn.example.de>",
        "phone-flowed",
        "Hallo Jana,",
        "LG Derya Yilmaz\n\nVon meinem iPhone gesendet",
    ),
    "de_at_ams": Writer(
        "tune",
        "de",
        "AMS eServices <noreply@ams-eservice.example.at>",
        "ascii",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Gruessen\nIhr Arbeitsmarktservice",
        "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht direkt.",
    ),
    "de_join_gastro": Writer(
        "tune",
        "de",
        "Kornhaus Gastro Gruppe via JOIN <kornhaus@join-mail.example>",
        "html-utf8",
        "Hey Jana,",
        "Cheers\nLena aus dem People-Team\nKornhaus Gastro Gruppe",
        "Gesendet über JOIN. Du erhältst diese Nachricht, weil du dich beworben hast.",
    ),
    # ---- German, not about a job, tune
    "de_tierheim": Writer(
        "tune",
        "de",
        "Tierheim Am Wiesengrund <vermittlung@tierheim-wiesengrund.example.de>",
        "gmail-utf8",
        "Liebe Frau Petersen,",
        "Tierische Grüße\nSandra Kühn\nTiervermittlung",
    ),
    "de_studienplatz": Writer(
        "tune",
        "de",
        "Studierendenservice - Zulassung <zulassung@uni-elbhafen.example.de>",
        "multipart-b64",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nIhr Studierendenservice\nAbteilung Zulassung",
    ),
    "de_kleingarten": Writer(
        "tune",
        "de",
        "KGV Am Mühlbach e.V. <vorstand@kgv-muehlbach.example.de>",
        "latin1-plain",
        "Hallo Frau Petersen,",
        "Mit gärtnerischen Grüßen\nWerner Pohl\n1. Vorsitzender",
    ),
    "de_verlag": Writer(
        "tune",
        "de",
        "Lektorat Silbenwald Verlag <lektorat@silbenwald-verlag.example.de>",
        "outlook-qp",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nDas Lektorat",
    ),
    # ---- German, job mail, report
    "de_avature_flughafen": Writer(
        "report",
        "de",
        "Flughafen Südpfalz Karriere <careers@fsp.avature.example>",
        "multipart-b64",
        "Guten Tag Frau Petersen,",
        "Freundliche Grüße\nIhr Recruiting-Team\nFlughafen Südpfalz GmbH",
        "Flughafen Südpfalz GmbH · Bewerbermanagement über Avature",
    ),
    "de_hochschule_berufung": Writer(
        "report",
        "de",
        "Hochschule Altmühl - Berufungsangelegenheiten <berufungen@hs-altmuehl.example.de>",
        "latin1-plain",
        "Sehr geehrte Frau Dr. Petersen,",
        "Mit freundlichen Grüßen\nIm Auftrag\nReferat Berufungen",
    ),
    "de_interamt_institut": Writer(
        "report",
        "de",
        "Institut für Bodenforschung - Personal <personal@ibf-institut.interamt.example>",
        "html-utf8",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nPersonalreferat\nInstitut für Bodenforschung",
        "Ausschreibung veröffentlicht über Interamt.",
    ),
    "de_lever_shop": Writer(
        "report",
        "de",
        "Pfandhaus Online Hiring <hiring@pfandhaus-online.lever.example>",
        "html-utf8",
        "Hi Jana,",
        "Viele Grüße\nMo\nPeople & Culture, Pfandhaus Online",
        "Sent via Lever",
    ),
    "de_polizei": Writer(
        "report",
        "de",
        "Einstellungsberatung Polizei <einstellung@polizei-akademie.example.de>",
        "outlook-qp",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nIhr Einstellungsteam\nPolizeiakademie",
    ),
    "de_apotheke": Writer(
        "report",
        "de",
        "Linden-Apotheke <inhaber@linden-apotheke.example.de>",
        "gmail-utf8",
        "Liebe Frau Petersen,",
        "Herzliche Grüße\nKarsten Behrendt\nApotheker",
    ),
    "de_ch_genossenschaft": Writer(
        "report",
        "de",
        "Alpenkorb Genossenschaft Jobs <jobs@alpenkorb.prescreen.example>",
        "html-cp1252",
        "Grüezi Frau Petersen",
        "Freundliche Grüsse\nHR Services Alpenkorb",
        "Alpenkorb Genossenschaft, Luzern · Bewerbermanagement via prescreen",
    ),
    "de_linkedin": Writer(
        "report",
        "de",
        "Jonas Albrecht über LinkedIn <messages-noreply@linkedin.example>",
        "html-utf8",
        "Hallo Jana,",
        "Beste Grüße\nJonas",
        "Sie erhalten diese InMail, weil Ihr Profil für Recruiter sichtbar ist.",
    ),
    "de_spedition_heyjobs": Writer(
        "report",
        "de",
        "Spedition Harms via HeyJobs <bewerbung@heyjobs-mail.example>",
        "ascii",
        "Hallo Frau Petersen,",
        "Gruss\nNicole Harms\nDisposition und Personal",
    ),
    # ---- German, not about a job, report
    "de_foerderbank": Writer(
        "report",
        "de",
        "Landesförderinstitut - Förderprogramme <foerderung@lfi.example.de>",
        "multipart-b64",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nIhr Förderteam",
    ),
    "de_konferenz": Writer(
        "report",
        "de",
        "Programmkomitee Tagung Angewandte Geoinformatik <programm@geoinfo-tagung.example.de>",
        "html-utf8",
        "Liebe Frau Petersen,",
        "Viele Grüße\nIm Namen des Programmkomitees\nProf. Ute Rieger",
    ),
    "de_autohaus": Writer(
        "report",
        "de",
        "Autohaus Brenner <verkauf@autohaus-brenner.example.de>",
        "outlook-qp",
        "Sehr geehrte Frau Petersen,",
        "Mit freundlichen Grüßen\nMarco Brenner\nVerkaufsberater",
    ),
    "de_chor": Writer(
        "report",
        "de",
        "Kammerchor Vox Nova <info@voxnova-chor.example.de>",
        "phone-flowed",
        "Liebe Jana,",
        "Herzlich, Bettina\n\nVon meinem iPhone gesendet",
    ),
    # ---- Dutch, job mail, tune
    "nl_homerun_bureau": Writer(
        "tune",
        "nl",
        "Studio Vlakwerk via Homerun <jobs@vlakwerk.homerun.example>",
        "html-utf8",
        "Hoi Femke,",
        "Groetjes,\nNoor van Studio Vlakwerk",
        "Verstuurd via Homerun.",
    ),
    "nl_vdab": Writer(
        "tune",
        "nl",
        "VDAB - Mijn loopbaan <noreply@vdab-loopbaan.example.be>",
        "outlook-qp",
        "Beste mevrouw Jansen,",
        "Met vriendelijke groeten,\nVDAB",
        "Dit is een automatisch bericht van Mijn loopbaan.",
    ),
    "nl_defensie": Writer(
        "tune",
        "nl",
        "Werving & Selectie Defensie <werving@defensie-selectie.example.nl>",
        "multipart-b64",
        "Beste Femke Jansen,",
        "Met vriendelijke groet,\nTeam Werving & Selectie",
    ),
    "nl_horeca": Writer(
        "tune",
        "nl",
        "Eetcafé De Zwaan <dezwaan.eetcafe@ziggo.example.nl>",
        "phone-flowed",
        "Hoi Femke,",
        "Gr Ruud\n\nVerstuurd vanaf mijn iPhone",
    ),
    # ---- Dutch, not about a job, tune
    "nl_studentenhuis": Writer(
        "tune",
        "nl",
        "Huize Ketelbinkie <huis.ketelbinkie@gmail.example>",
        "gmail-utf8",
        "Hey Femke,",
        "Liefs namens het huis,\nMerel",
    ),
    "nl_makelaar": Writer(
        "tune",
        "nl",
        "Hofstede Makelaardij <verhuur@hofstede-makelaardij.example.nl>",
        "html-cp1252",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groet,\nHofstede Makelaardij\nAfdeling verhuur",
    ),
    # ---- Dutch, job mail, report
    "nl_carerix_accountancy": Writer(
        "report",
        "nl",
        "Van Loon Accountants Recruitment <recruitment@vanloon.carerix.example>",
        "html-utf8",
        "Beste Femke,",
        "Met vriendelijke groet,\nRecruitment Van Loon Accountants",
        "Van Loon Accountants B.V. · Amersfoort",
    ),
    "nl_be_scholengroep": Writer(
        "report",
        "nl",
        "Scholengroep Leie-Schelde - Personeelsdienst <personeel@sg-leieschelde.example.be>",
        "latin1-plain",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groeten,\nDe personeelsdienst",
    ),
    "nl_politie": Writer(
        "report",
        "nl",
        "Politie Selectie <selectie@politie-werving.example.nl>",
        "outlook-qp",
        "Beste mevrouw Jansen,",
        "Met vriendelijke groet,\nSelectie & Werving Politie",
    ),
    "nl_luchtvaart": Writer(
        "report",
        "nl",
        "Kestrel Airways Cabin Crew Recruitment <cabincrew@kestrel-air.example.nl>",
        "html-utf8",
        "Beste Femke,",
        "Hartelijke groet,\nCabin Crew Recruitment Team",
        "Kestrel Airways N.V. · Schiphol-Oost",
    ),
    "nl_museum": Writer(
        "report",
        "nl",
        "Museum Het Pakhuis - P&O <po@museumhetpakhuis.example.nl>",
        "cp1252-apple",
        "Beste Femke,",
        "Hartelijke groet,\nIlse Verbeek\nP&O-adviseur",
    ),
    # ---- Dutch, not about a job, report
    "nl_subsidie": Writer(
        "report",
        "nl",
        "Gemeente Zuidwolde-Aa - Subsidies <subsidies@zuidwolde-aa.example.nl>",
        "multipart-b64",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groet,\nTeam Subsidies",
    ),
    "nl_congres": Writer(
        "report",
        "nl",
        "Programmacommissie Zorgcongres <programma@zorgcongres.example.nl>",
        "html-utf8",
        "Beste Femke,",
        "Met vriendelijke groet,\nDe programmacommissie",
    ),
    "nl_basisschool": Writer(
        "report",
        "nl",
        "OBS De Regenboog <administratie@obs-regenboog.example.nl>",
        "gmail-utf8",
        "Beste ouders van Daan,",
        "Met vriendelijke groet,\nJuf Annelies\nadministratie",
    ),
}

CORES: list[tuple[str, str, str, str, str]] = []

# ---- German, tune
CORES += [
    # Rheinauen Pharma (Taleo)
    (
        "de_taleo_pharma",
        "application_ack",
        "received",
        "Bewerbungseingang - Referenz 2025-0419 Qualitätssicherung",
        "wir haben Ihre Unterlagen für die Position Specialist Qualitätssicherung (Referenz 2025-0419) erhalten. "
        "Bitte haben Sie Verständnis dafür, dass wir Ihnen derzeit noch keine Auskunft zum Stand geben können. "
        "Sollten Sie innerhalb von sechs Wochen nichts von uns hören, ist das Verfahren noch nicht abgeschlossen.",
    ),
    (
        "de_taleo_pharma",
        "rejection",
        "not_considered",
        "Ihre Bewerbung - Referenz 2025-0419",
        "haben Sie vielen Dank für das Vertrauen, das Sie mit Ihrer Bewerbung in uns gesetzt haben. Ihre Bewerbung "
        "konnte im weiteren Auswahlverfahren leider keine Berücksichtigung finden. Für Ihre berufliche Zukunft "
        "wünschen wir Ihnen viel Erfolg.",
    ),
    (
        "de_taleo_pharma",
        "assessment",
        "online_test",
        "Nächster Schritt: Online-Assessment",
        "im nächsten Schritt bitten wir Sie, unser Online-Assessment zu bearbeiten. Es besteht aus einem "
        "Logiktest und einem Fragebogen zur Arbeitsweise und dauert etwa 45 Minuten. Der Zugang ist sieben Tage "
        "gültig.",
    ),
    (
        "de_taleo_pharma",
        "rejection",
        "konjunktiv",
        "Rückmeldung zur Position Laborleitung",
        "wir hätten Ihnen an dieser Stelle gern eine erfreulichere Nachricht übermittelt. Nach Abschluss der "
        "Interviews sind wir jedoch zu dem Ergebnis gekommen, Ihnen kein Angebot zu unterbreiten.",
    ),
    (
        "de_taleo_pharma",
        "offer",
        "contract",
        "Ihr Vertragsangebot",
        "wir freuen uns, Ihnen die Position Specialist Qualitätssicherung anbieten zu dürfen. Anbei erhalten Sie "
        "den Entwurf Ihres Arbeitsvertrags mit Eintritt zum 1. Juli. Wir bitten um Unterzeichnung bis zum 20. Mai.",
    ),
    # Gemeinde Oberwil-Au (Abacus), no ß
    (
        "de_ch_gemeinde_abacus",
        "application_ack",
        "received",
        "Eingangsbestätigung - Sachbearbeiterin Einwohnerdienste 80%",
        "besten Dank für Ihr Dossier. Wir werden sämtliche Bewerbungen nach Ablauf der Eingabefrist sichten. Wir "
        "bitten Sie, von telefonischen Rückfragen abzusehen; Sie erhalten in jedem Fall Bescheid.",
    ),
    (
        "de_ch_gemeinde_abacus",
        "interview",
        "invite",
        "Vorstellungsgespräch Einwohnerdienste",
        "gerne möchten wir Sie näher kennenlernen. Wir schlagen Ihnen ein Gespräch am Mittwoch, 4. Juni, um 14.00 "
        "Uhr im Gemeindehaus, Sitzungszimmer 2, vor. Teilnehmen werden der Gemeindeschreiber und ich.",
    ),
    (
        "de_ch_gemeinde_abacus",
        "rejection",
        "absage_noun",
        "Absage - Sachbearbeiterin Einwohnerdienste 80%",
        "nach sorgfältiger Abwägung müssen wir Ihnen heute eine Absage erteilen. Ihr Dossier hat uns gefallen, "
        "andere Bewerbungen entsprachen dem Anforderungsprofil aber noch besser.",
    ),
    (
        "de_ch_gemeinde_abacus",
        "rejection",
        "retracted",
        "Stelle Leitung Werkhof",
        "wir danken Ihnen für Ihr Interesse an der Leitung Werkhof. Der Gemeinderat hat beschlossen, die Stelle "
        "im Rahmen der Reorganisation vorerst nicht zu besetzen. Das Verfahren wird damit eingestellt.",
    ),
    (
        "de_ch_gemeinde_abacus",
        "other",
        "withdrawn",
        "Rückzug Ihrer Bewerbung",
        "wir haben Ihre Mitteilung erhalten, dass Sie Ihre Bewerbung zurückziehen, und nehmen dies zur Kenntnis. "
        "Ihr Dossier löschen wir gemäss Datenschutz.",
    ),
    # Caritasverband (Perbility)
    (
        "de_caritas_perbility",
        "application_ack",
        "received",
        "Ihre Bewerbung als Pflegefachkraft ambulant",
        "herzlichen Dank für Ihre Bewerbung. Ihre Unterlagen liegen nun der Einrichtungsleitung vor. Leider "
        "können wir Ihnen noch nicht sagen, wann die Gespräche stattfinden; wir melden uns so bald wie möglich.",
    ),
    (
        "de_caritas_perbility",
        "rejection",
        "other_chosen",
        "Stellenbesetzung Sozialarbeit Schuldnerberatung",
        "für Ihre Bewerbung und das offene Gespräch danken wir Ihnen. Die Einrichtungsleitung hat sich für eine "
        "Kollegin entschieden, die bereits in der Schuldnerberatung tätig war. Gottes Segen und alles Gute für "
        "Ihren weiteren Weg.",
    ),
    (
        "de_caritas_perbility",
        "interview",
        "invite",
        "Einladung zum Kennenlernen - Sozialstation Wetzlar",
        "wir würden Sie gern zu einem persönlichen Gespräch in die Sozialstation Wetzlar einladen. Passt Ihnen der "
        "Freitag, 23. Mai, um 9 Uhr? Bringen Sie gern Zeit für eine kurze Hospitation mit.",
    ),
    (
        "de_caritas_perbility",
        "rejection",
        "passive_state",
        "Ihre Bewerbung - Hauswirtschaft Seniorenzentrum",
        "die ausgeschriebene Stelle in der Hauswirtschaft ist zwischenzeitlich besetzt worden. Wir bedauern, Ihnen "
        "keine andere Nachricht geben zu können, und bedanken uns für Ihr Interesse.",
    ),
    # Steuerkanzlei (a person, Gmail)
    (
        "de_steuerkanzlei",
        "interview",
        "invite",
        "Ihre Bewerbung als Steuerfachangestellte",
        "vielen Dank für Ihre Bewerbung, die mich sehr angesprochen hat. Hätten Sie Zeit, nächste Woche "
        "Dienstagnachmittag auf einen Kaffee in die Kanzlei zu kommen? Dann lernen Sie auch gleich das Team kennen.",
    ),
    (
        "de_steuerkanzlei",
        "rejection",
        "separable",
        "Steuerfachangestellte - unser Gespräch",
        "danke noch einmal für das nette Gespräch am Dienstag. Ich habe lange überlegt, muss Ihnen aber leider "
        "absagen: Wir brauchen jemanden, der die Lohnbuchhaltung ab dem ersten Tag allein übernehmen kann.",
    ),
    (
        "de_steuerkanzlei",
        "offer",
        "offer",
        "Wie besprochen",
        "nach unserem zweiten Gespräch möchte ich Sie sehr gern ins Team holen. Wie besprochen biete ich Ihnen "
        "30 Stunden pro Woche zu 3.100 Euro brutto an, Beginn am 1. August. Geben Sie mir bis Freitag Bescheid?",
    ),
    (
        "de_steuerkanzlei",
        "other",
        "client",
        "Ihre Einkommensteuererklärung 2024",
        "Ihre Einkommensteuererklärung ist fertig. Leider hat das Finanzamt die Fahrtkosten nicht in voller Höhe "
        "anerkannt; ich lege Einspruch ein, wenn Sie einverstanden sind.",
    ),
    # Freelance project broker
    (
        "de_freelance_projekt",
        "recruiter_outreach",
        "project",
        "Projektanfrage: Data Engineer (Remote, 6 Monate)",
        "ich bin auf Ihr Profil gestoßen und habe ein Projekt, das gut zu Ihnen passen könnte: Data Engineer für "
        "einen Versicherer, remote, Start im Juni, Auslastung 100 %. Hätten Sie Interesse und Verfügbarkeit?",
    ),
    (
        "de_freelance_projekt",
        "rejection",
        "project_elsewhere",
        "Projekt Data Engineer Versicherung",
        "kurzes Update zum Projekt beim Versicherer: Der Kunde hat sich für einen anderen Freelancer "
        "entschieden, der schon im Haus bekannt war. Ich melde mich, sobald etwas Passendes reinkommt.",
    ),
    (
        "de_freelance_projekt",
        "interview",
        "client_call",
        "Abstimmungstermin mit dem Kunden",
        "der Kunde möchte Sie gern in einem halbstündigen Teams-Call kennenlernen. Wäre Donnerstag um 11 Uhr "
        "möglich? Es geht vor allem um Ihre Erfahrung mit Spark.",
    ),
    (
        "de_freelance_projekt",
        "rejection",
        "on_hold",
        "Projekt Migration Cloud - Stand",
        "leider muss ich Ihnen mitteilen, dass das Projekt auf Eis gelegt wurde. Der Kunde hat das Budget "
        "eingefroren; eine Besetzung erfolgt daher nicht.",
    ),
    # Stadttheater (audition)
    (
        "de_stadttheater",
        "interview",
        "audition",
        "Einladung zum Vorsprechen",
        "vielen Dank für Ihre Bewerbung als Regieassistentin. Wir möchten Sie zu einem Gespräch mit unserem "
        "Schauspieldirektor einladen, am 12. Juni um 15 Uhr in der Probebühne.",
    ),
    (
        "de_stadttheater",
        "rejection",
        "anders_entschieden",
        "Regieassistenz Spielzeit 25/26",
        "es hat uns gefreut, Sie kennenzulernen. Wir haben uns nach langen Gesprächen im Leitungsteam anders "
        "entschieden und werden die Assistenz mit jemandem aus dem Haus besetzen.",
    ),
    (
        "de_stadttheater",
        "rejection",
        "nicht_in_frage",
        "Ihre Bewerbung Inspizienz",
        "für die Inspizienz kommen Sie leider nicht in Frage, da wir zwingend Erfahrung mit unserer "
        "Bühnentechnik voraussetzen. Wir wünschen Ihnen toi toi toi.",
    ),
    (
        "de_stadttheater",
        "other",
        "tickets",
        "Ihre Kartenbestellung",
        "leider ist die Vorstellung am 14. Juni ausverkauft. Wir haben Sie auf die Warteliste gesetzt und melden "
        "uns, falls Karten zurückgegeben werden.",
    ),
    # Zahnarztpraxis, apprentice
    (
        "de_zahnarzt_azubi",
        "interview",
        "probetag",
        "Ausbildung ZFA",
        "danke für deine Bewerbung! Magst du mal einen Tag bei uns reinschnuppern? Montag ab 8 wär gut, bring "
        "bequeme Schuhe mit.",
    ),
    (
        "de_zahnarzt_azubi",
        "rejection",
        "vergeben",
        "Ausbildungsplatz",
        "tut mir echt leid, aber den Ausbildungsplatz hab ich schon vergeben. Hat mich trotzdem gefreut, dass du da "
        "warst!",
    ),
    (
        "de_zahnarzt_azubi",
        "other",
        "patient",
        "Termin verschoben",
        "dein Kontrolltermin am Mittwoch muss leider ausfallen, die Praxis ist wegen Fortbildung zu. Sollen wir "
        "auf Freitag 10 Uhr gehen?",
    ),
    (
        "de_zahnarzt_azubi",
        "offer",
        "azubi",
        "Zusage Ausbildung",
        "wir würden dich gern ab 1. September als Azubi nehmen! Den Ausbildungsvertrag schick ich dir per Post, "
        "einfach unterschreiben und zurück.",
    ),
    # AMS (Austria), ASCII
    (
        "de_at_ams",
        "recruiter_outreach",
        "vorschlag",
        "Vermittlungsvorschlag: Buerokauffrau, Linz",
        "wir haben fuer Sie ein passendes Stellenangebot gefunden: Buerokauffrau bei der Firma Pichler Bau GmbH, "
        "Linz, 38,5 Stunden. Bitte bewerben Sie sich bis 15. Mai und teilen Sie uns das Ergebnis mit.",
    ),
    (
        "de_at_ams",
        "rejection",
        "relay",
        "Rueckmeldung des Unternehmens zu Ihrer Bewerbung",
        "das Unternehmen Pichler Bau GmbH hat uns mitgeteilt, dass die Stelle Buerokauffrau mit einer anderen "
        "Bewerberin besetzt wurde. Ihr Vermittlungsvorschlag ist damit abgeschlossen.",
    ),
    (
        "de_at_ams",
        "other",
        "appointment",
        "Einladung zum Beratungstermin",
        "wir laden Sie zu einem Beratungsgespraech in Ihre AMS-Geschaeftsstelle ein: Donnerstag, 22. Mai, 9:15 Uhr. "
        "Bitte bringen Sie Ihren Lebenslauf mit.",
    ),
    (
        "de_at_ams",
        "rejection",
        "relay_not_considered",
        "Statusaenderung Ihrer Bewerbung",
        "zu Ihrer Bewerbung als Lagerlogistikerin bei Spedition Aigner: Der Arbeitgeber hat Ihre Bewerbung als "
        "nicht beruecksichtigt gemeldet.",
    ),
    # Kornhaus Gastro (JOIN), du
    (
        "de_join_gastro",
        "application_ack",
        "received",
        "Danke für deine Bewerbung bei Kornhaus!",
        "cool, dass du bei uns anpacken willst! Deine Bewerbung als Schichtleitung ist angekommen. Wir sind "
        "gerade mitten in der Saison, also hab bitte ein bisschen Geduld mit uns.",
    ),
    (
        "de_join_gastro",
        "rejection",
        "diesmal_nicht",
        "Update zu deiner Bewerbung",
        "danke, dass du dir die Zeit genommen hast. Diesmal hat es leider nicht gepasst, wir gehen mit einer "
        "anderen Person weiter. Schau gern wieder bei unseren Jobs vorbei!",
    ),
    (
        "de_join_gastro",
        "interview",
        "probeschicht",
        "Lust auf eine Probeschicht?",
        "dein Profil gefällt uns! Komm doch am Samstag zu einer Probeschicht im Kornhaus Mitte vorbei, 16 bis "
        "20 Uhr, danach quatschen wir kurz.",
    ),
    (
        "de_join_gastro",
        "rejection",
        "keine_zusage",
        "Deine Bewerbung als Barista",
        "vielen Dank für deine Probeschicht, du hast das super gemacht. Trotzdem können wir dir keine Zusage "
        "geben, weil wir jemanden für die Frühschicht unter der Woche brauchen.",
    ),
    # Tierheim (not a job)
    (
        "de_tierheim",
        "other",
        "adoption",
        "Ihre Bewerbung für Bruno",
        "vielen Dank für Ihr Interesse an Bruno und Ihren ausführlichen Fragebogen. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Familie entschieden haben, die einen großen Garten hat.",
    ),
    (
        "de_tierheim",
        "other",
        "adoption",
        "Kennenlernen mit Luna",
        "wir würden Sie gern zu einem ersten Kennenlernen mit Luna einladen. Kommen Sie am Samstag um 11 Uhr "
        "vorbei, dann können Sie eine Runde mit ihr spazieren gehen.",
    ),
    (
        "de_tierheim",
        "other",
        "adoption",
        "Vorkontrolle",
        "vor der Vermittlung kommt eine ehrenamtliche Helferin zu einer Vorkontrolle zu Ihnen nach Hause. Bitte "
        "schlagen Sie uns zwei Termine vor.",
    ),
    (
        "de_tierheim",
        "other",
        "adoption",
        "Mimi ist vergeben",
        "die Katze Mimi ist bereits vergeben, tut uns leid. Auf unserer Website finden Sie weitere Katzen, die ein "
        "Zuhause suchen.",
    ),
    # Studienplatz (not a job)
    (
        "de_studienplatz",
        "other",
        "admission",
        "Ablehnungsbescheid Master Umweltwissenschaften",
        "Ihr Antrag auf Zulassung zum Masterstudiengang Umweltwissenschaften kann leider nicht berücksichtigt "
        "werden, da Ihre Note die Auswahlgrenze nicht erreicht. Den Bescheid finden Sie im Bewerbungsportal.",
    ),
    (
        "de_studienplatz",
        "other",
        "admission",
        "Eingang Ihres Zulassungsantrags",
        "Ihre Bewerbung um einen Studienplatz ist bei uns eingegangen. Bitte laden Sie noch Ihr Bachelorzeugnis "
        "im Portal hoch, sonst kann Ihr Antrag nicht bearbeitet werden.",
    ),
    (
        "de_studienplatz",
        "other",
        "admission",
        "Zulassungsangebot",
        "wir freuen uns, Ihnen einen Studienplatz im Fach Geographie anbieten zu können. Bitte nehmen Sie das "
        "Angebot bis zum 15. August im Portal an.",
    ),
    (
        "de_studienplatz",
        "other",
        "admission",
        "Einladung zum Auswahlgespräch Medizin",
        "im Rahmen des Auswahlverfahrens der Hochschule laden wir Sie zu einem Auswahlgespräch für den "
        "Studiengang Humanmedizin ein.",
    ),
    # Kleingarten (not a job)
    (
        "de_kleingarten",
        "other",
        "plot",
        "Ihre Bewerbung um eine Parzelle",
        "Ihre Bewerbung um einen Kleingarten haben wir erhalten und auf die Warteliste gesetzt. Derzeit sind alle "
        "Parzellen vergeben; die Wartezeit beträgt etwa zwei Jahre.",
    ),
    (
        "de_kleingarten",
        "other",
        "plot",
        "Parzelle 17",
        "leider müssen wir Ihnen absagen: Die Parzelle 17 wurde an eine Familie aus der Nachbarschaft vergeben, die "
        "schon länger auf der Liste stand.",
    ),
    (
        "de_kleingarten",
        "other",
        "plot",
        "Einladung Arbeitseinsatz",
        "am Samstag ist wieder Gemeinschaftsarbeit. Wir treffen uns um 9 Uhr am Vereinsheim, bitte Handschuhe "
        "mitbringen.",
    ),
    (
        "de_kleingarten",
        "other",
        "plot",
        "Pachtvertrag",
        "anbei erhalten Sie den Pachtvertrag für Parzelle 4. Der Vorstand freut sich, Sie als neues Mitglied "
        "begrüßen zu dürfen.",
    ),
    # Verlag (not a job)
    (
        "de_verlag",
        "other",
        "manuscript",
        "Ihr Manuskript \"Die Salzwiesen\"",
        "vielen Dank für die Einsendung Ihres Manuskripts. Wir haben es mit Interesse gelesen, es passt jedoch "
        "leider nicht in unser Programm. Wir wünschen Ihnen viel Erfolg bei der Verlagssuche.",
    ),
    (
        "de_verlag",
        "other",
        "manuscript",
        "Eingangsbestätigung Manuskript",
        "Ihr Manuskript ist bei uns eingegangen. Bitte haben Sie Verständnis, dass die Prüfung bis zu drei Monate "
        "dauern kann.",
    ),
    (
        "de_verlag",
        "other",
        "manuscript",
        "Verlagsvertrag",
        "wir möchten Ihren Roman gern veröffentlichen und bieten Ihnen einen Verlagsvertrag an. Den Entwurf "
        "schicken wir Ihnen in den nächsten Tagen.",
    ),
    (
        "de_verlag",
        "other",
        "manuscript",
        "Lesung im Herbst",
        "wir würden Sie gern zu einer Lesung in unsere Verlagsbuchhandlung einladen. Hätten Sie am 9. Oktober Zeit?",
    ),
]

# ---- German, report
CORES += [
    # Flughafen Südpfalz (Avature)
    (
        "de_avature_flughafen",
        "application_ack",
        "received",
        "Wir haben Ihre Bewerbung erhalten",
        "danke, dass Sie sich für eine Tätigkeit als Mitarbeiterin Passagierabfertigung interessieren. Ihre "
        "Bewerbung wird nun geprüft. Aufgrund der hohen Anzahl an Bewerbungen kann es einige Wochen dauern, bis "
        "Sie von uns hören.",
    ),
    (
        "de_avature_flughafen",
        "assessment",
        "test",
        "Einladung zum Eignungstest",
        "wir möchten Sie zum nächsten Schritt einladen: einem computergestützten Eignungstest mit Aufgaben zu "
        "Konzentration und Englisch. Bitte buchen Sie über den Link einen Termin im Testcenter.",
    ),
    (
        "de_avature_flughafen",
        "rejection",
        "not_continue",
        "Ihre Bewerbung: Mitarbeiterin Passagierabfertigung",
        "nach Prüfung Ihrer Unterlagen haben wir uns entschieden, den Prozess mit Ihnen nicht fortzusetzen. "
        "Diese Entscheidung ist uns nicht leichtgefallen.",
    ),
    (
        "de_avature_flughafen",
        "rejection",
        "test_failed",
        "Ergebnis Eignungstest",
        "vielen Dank für Ihre Teilnahme am Eignungstest. Leider haben Sie die für die Tätigkeit nötige Punktzahl "
        "nicht erreicht, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
    ),
    (
        "de_avature_flughafen",
        "interview",
        "invite",
        "Terminvorschlag Interview Vorfeldkontrolle",
        "gern würden wir Sie im Rahmen eines Interviews näher kennenlernen. Bitte wählen Sie über den Link einen "
        "der angebotenen Termine am Standort Terminal 1.",
    ),
    # Hochschule (Berufungsverfahren)
    (
        "de_hochschule_berufung",
        "application_ack",
        "received",
        "Berufungsverfahren W2-Professur Wasserbau",
        "den Eingang Ihrer Bewerbung auf die W2-Professur Wasserbau bestätigen wir hiermit. Die "
        "Berufungskommission tagt voraussichtlich im Juni; über den Fortgang des Verfahrens werden Sie "
        "unterrichtet.",
    ),
    (
        "de_hochschule_berufung",
        "interview",
        "probevortrag",
        "Einladung zu Probevortrag und Kommissionsgespräch",
        "die Berufungskommission lädt Sie zu einem hochschulöffentlichen Probevortrag mit anschließendem "
        "Kommissionsgespräch am 3. Juli ein. Reisekosten werden nach dem Landesreisekostengesetz erstattet.",
    ),
    (
        "de_hochschule_berufung",
        "rejection",
        "liste",
        "Berufungsverfahren W2-Professur Wasserbau - Abschluss",
        "die Berufungskommission hat ihre Arbeit abgeschlossen. Wir müssen Ihnen mitteilen, dass Sie bei der "
        "Aufstellung der Berufungsliste nicht berücksichtigt wurden. Ihre Unterlagen werden nach Ablauf der "
        "Aufbewahrungsfrist vernichtet.",
    ),
    (
        "de_hochschule_berufung",
        "rejection",
        "ruf_erteilt",
        "Abschluss des Verfahrens Lehrkraft für besondere Aufgaben",
        "das Verfahren zur Besetzung der Stelle einer Lehrkraft für besondere Aufgaben ist abgeschlossen. Die "
        "Stelle wurde einer Mitbewerberin übertragen.",
    ),
    # Institut (Interamt)
    (
        "de_interamt_institut",
        "application_ack",
        "received",
        "Ihre Bewerbung auf Kennziffer 31/25",
        "wir bestätigen den Eingang Ihrer Bewerbung als Technische Assistentin (Kennziffer 31/25). Bitte sehen Sie "
        "von Sachstandsanfragen ab. Nach Abschluss des Verfahrens erhalten Sie eine Nachricht.",
    ),
    (
        "de_interamt_institut",
        "rejection",
        "nominal",
        "Kennziffer 31/25 - Mitteilung",
        "wir bedanken uns für Ihre Bewerbung. Nach eingehender Prüfung ist eine Einstellung Ihrerseits nicht "
        "möglich, da die Auswahl auf eine Person mit abgeschlossener Ausbildung als CTA gefallen ist.",
    ),
    (
        "de_interamt_institut",
        "interview",
        "invite",
        "Einladung zum Auswahlgespräch Kennziffer 28/25",
        "wir laden Sie zu einem strukturierten Auswahlgespräch am 17. Juni um 10:30 Uhr ein. Die Auswahlkommission "
        "besteht aus Abteilungsleitung, Personalrat und Gleichstellungsbeauftragter.",
    ),
    (
        "de_interamt_institut",
        "rejection",
        "gestrichen",
        "Kennziffer 28/25",
        "die Ausschreibung Kennziffer 28/25 wurde aus haushaltsrechtlichen Gründen zurückgezogen. Das "
        "Auswahlverfahren wird nicht fortgeführt; wir bitten um Ihr Verständnis.",
    ),
    # Pfandhaus Online (Lever), du
    (
        "de_lever_shop",
        "application_ack",
        "received",
        "Deine Bewerbung bei Pfandhaus Online",
        "danke für deine Bewerbung als Category Managerin! Wir schauen uns alle Profile in Ruhe an und melden uns "
        "innerhalb von zwei Wochen, egal wie es ausgeht.",
    ),
    (
        "de_lever_shop",
        "assessment",
        "case",
        "Dein Case für die nächste Runde",
        "du bist eine Runde weiter! Als nächstes bekommst du eine kleine Case Study zu unserem Sortiment. Nimm dir "
        "dafür maximal drei Stunden und schick uns deine Folien bis Montag.",
    ),
    (
        "de_lever_shop",
        "rejection",
        "others_round",
        "Category Managerin - Update",
        "danke für deinen Case, da steckte viel Arbeit drin. Wir gehen mit zwei anderen Kandidat:innen in die "
        "finale Runde und müssen dir deshalb absagen.",
    ),
    (
        "de_lever_shop",
        "offer",
        "offer",
        "Wir wollen dich im Team!",
        "wir freuen uns riesig: Wir möchten dir die Stelle als Junior Category Managerin anbieten. Dein Angebot "
        "mit Gehalt und Startdatum findest du im Anhang.",
    ),
    (
        "de_lever_shop",
        "rejection",
        "nicht_passend",
        "Deine Bewerbung als Data Analyst",
        "vielen Dank für dein Interesse. Wir haben dein Profil mit den Anforderungen verglichen und leider passt "
        "es für diese Rolle nicht ganz.",
    ),
    # Polizei
    (
        "de_polizei",
        "application_ack",
        "received",
        "Bewerbung für den Polizeivollzugsdienst",
        "Ihre Bewerbung für den Einstellungstermin 1. Oktober ist eingegangen. Sie wird derzeit auf "
        "Vollständigkeit geprüft; eine Einladung zum Auswahlverfahren erhalten Sie gesondert.",
    ),
    (
        "de_polizei",
        "assessment",
        "sport",
        "Einladung zum Auswahlverfahren",
        "wir laden Sie zum Auswahlverfahren ein: schriftlicher Test, Sporttest und ärztliche Untersuchung am "
        "8. und 9. Juli. Bitte bringen Sie das Sportabzeichen in Kopie mit.",
    ),
    (
        "de_polizei",
        "rejection",
        "nicht_bestanden",
        "Ergebnis des Auswahlverfahrens",
        "leider haben Sie den Sporttest nicht bestanden. Eine Einstellung zum 1. Oktober ist daher nicht möglich. "
        "Eine erneute Bewerbung ist frühestens in einem Jahr zulässig.",
    ),
    (
        "de_polizei",
        "other",
        "withdrawn",
        "Rücknahme der Bewerbung",
        "wie von Ihnen gewünscht haben wir Ihre Bewerbung für den Einstellungstermin 1. Oktober zurückgenommen. "
        "Ihre Daten werden gelöscht.",
    ),
    # Linden-Apotheke
    (
        "de_apotheke",
        "interview",
        "invite",
        "PTA-Stelle",
        "Ihre Bewerbung kam genau richtig. Können Sie am Donnerstag nach Ladenschluss, so gegen 18:45, auf ein "
        "Gespräch vorbeikommen?",
    ),
    (
        "de_apotheke",
        "rejection",
        "person",
        "Unser Gespräch am Donnerstag",
        "es war schön, Sie kennenzulernen. Ich habe mich inzwischen aber für eine PTA entschieden, die in der "
        "Nachbarschaft wohnt und auch samstags kann. Alles Gute Ihnen!",
    ),
    (
        "de_apotheke",
        "offer",
        "offer",
        "Minijob Botendienst",
        "wenn Sie mögen, können Sie ab Mai bei uns den Botendienst übernehmen, zwei Nachmittage die Woche auf "
        "Minijob-Basis. Sagen Sie mir einfach Bescheid.",
    ),
    (
        "de_apotheke",
        "other",
        "order",
        "Ihre Bestellung",
        "Ihr bestelltes Medikament ist leider nicht lieferbar. Ich habe ein gleichwertiges Präparat zurückgelegt, "
        "Sie können es ab morgen abholen.",
    ),
    # Alpenkorb Genossenschaft (Prescreen), no ß
    (
        "de_ch_genossenschaft",
        "application_ack",
        "received",
        "Bestätigung Ihrer Bewerbung - Filialleitung Stv.",
        "merci für Ihre Bewerbung als stellvertretende Filialleiterin. Wir prüfen Ihr Dossier und melden uns "
        "innert drei Wochen bei Ihnen.",
    ),
    (
        "de_ch_genossenschaft",
        "rejection",
        "bescheid",
        "Ihre Bewerbung - Filialleitung Stv.",
        "wir bedauern, Ihnen keinen positiven Bescheid geben zu können. Wir haben uns für eine interne Lösung "
        "entschieden.",
    ),
    (
        "de_ch_genossenschaft",
        "interview",
        "schnupper",
        "Schnuppertag Filiale Emmen",
        "gerne laden wir Sie zu einem Schnuppertag in unserer Filiale Emmen ein, mit anschliessendem Gespräch mit "
        "der Bereichsleiterin.",
    ),
    (
        "de_ch_genossenschaft",
        "rejection",
        "hold",
        "Stelle Category Assistant",
        "die Stelle Category Assistant wird bis auf Weiteres nicht besetzt. Wir schliessen Ihre Bewerbung daher "
        "ab und danken Ihnen für das Interesse.",
    ),
    (
        "de_ch_genossenschaft",
        "other",
        "member",
        "Ihre Mitgliedschaft",
        "Ihr Antrag auf Mitgliedschaft in der Genossenschaft wurde angenommen. Die Anteilscheinbestätigung "
        "erhalten Sie per Post.",
    ),
    # LinkedIn recruiter
    (
        "de_linkedin",
        "recruiter_outreach",
        "approach",
        "Spannende Rolle in Hannover",
        "ich recherchiere gerade für einen Hersteller von Medizintechnik eine Rolle als Projektleiterin "
        "Regulatory Affairs. Ihr Werdegang passt sehr gut. Wollen wir uns kurz austauschen?",
    ),
    (
        "de_linkedin",
        "rejection",
        "client_decided",
        "Re: Projektleitung Regulatory Affairs",
        "ich habe heute Feedback vom Kunden bekommen: Er hat sich gegen eine Fortsetzung mit Ihnen entschieden, "
        "weil ihm die Erfahrung mit Klasse-III-Produkten fehlt. Schade, ich hätte es Ihnen gegönnt.",
    ),
    (
        "de_linkedin",
        "interview",
        "client",
        "Re: Projektleitung Regulatory Affairs",
        "gute Nachrichten: Der Kunde möchte Sie kennenlernen! Das erste Gespräch wäre per Video mit dem "
        "Head of Quality, passt Ihnen Mittwoch 16 Uhr?",
    ),
    (
        "de_linkedin",
        "other",
        "withdrawn",
        "Re: Ihre Rückmeldung",
        "danke, dass Sie so offen waren. Schade, dass Sie den Prozess nicht weiterverfolgen möchten; ich habe den "
        "Kunden informiert.",
    ),
    # Spedition Harms (HeyJobs), ASCII
    (
        "de_spedition_heyjobs",
        "application_ack",
        "received",
        "Deine Bewerbung ist da",
        "Ihre Bewerbung als Disponentin ist bei uns angekommen. Wir melden uns telefonisch, meist innerhalb "
        "einer Woche.",
    ),
    (
        "de_spedition_heyjobs",
        "rejection",
        "bereits",
        "Stelle Disponentin",
        "danke fuer Ihr Interesse, die Stelle ist aber schon weg. Wir haben jemanden gefunden.",
    ),
    (
        "de_spedition_heyjobs",
        "interview",
        "invite",
        "Kennenlernen im Depot",
        "kommen Sie doch Freitag um 10 Uhr ins Depot nach Rheine, dann zeigen wir Ihnen die Dispo und reden ueber "
        "die Stelle.",
    ),
    (
        "de_spedition_heyjobs",
        "offer",
        "offer",
        "Arbeitsvertrag",
        "wie am Telefon besprochen schicke ich Ihnen den Arbeitsvertrag als Disponentin ab 1. Juni. Bitte "
        "unterschrieben zurueck.",
    ),
    # Förderinstitut (not a job)
    (
        "de_foerderbank",
        "other",
        "grant",
        "Ihr Förderantrag Digitalbonus",
        "Ihr Antrag auf den Digitalbonus kann leider nicht bewilligt werden, da die Fördermittel für dieses Jahr "
        "ausgeschöpft sind.",
    ),
    (
        "de_foerderbank",
        "other",
        "grant",
        "Eingangsbestätigung Förderantrag",
        "wir bestätigen den Eingang Ihres Antrags. Die Bearbeitung dauert derzeit etwa acht Wochen.",
    ),
    (
        "de_foerderbank",
        "other",
        "grant",
        "Zusage Zuschuss",
        "wir freuen uns, Ihnen einen Zuschuss von 4.000 Euro zusagen zu können. Den Zuwendungsbescheid erhalten "
        "Sie per Post.",
    ),
    (
        "de_foerderbank",
        "other",
        "grant",
        "Beratungsgespräch Gründungsförderung",
        "gern laden wir Sie zu einem Beratungsgespräch zur Gründungsförderung ein. Bitte wählen Sie einen Termin.",
    ),
    # Konferenz (not a job)
    (
        "de_konferenz",
        "other",
        "paper",
        "Ihr Beitrag Nr. 58",
        "wir danken Ihnen für Ihre Einreichung. Nach Begutachtung hat sich das Programmkomitee leider gegen die "
        "Aufnahme Ihres Beitrags ins Programm entschieden. Wir würden uns freuen, Sie als Teilnehmerin zu begrüßen.",
    ),
    (
        "de_konferenz",
        "other",
        "paper",
        "Einladung als Referentin",
        "wir möchten Sie einladen, auf der Tagung im Oktober eine Keynote zu halten. Reise und Hotel übernehmen wir.",
    ),
    (
        "de_konferenz",
        "other",
        "paper",
        "Angenommen: Poster 112",
        "Ihr Poster wurde angenommen. Bitte laden Sie bis 1. September die finale Fassung hoch.",
    ),
    (
        "de_konferenz",
        "other",
        "paper",
        "Gutachten für Beitrag 77",
        "könnten Sie bis Freitag noch Ihr Gutachten für Beitrag 77 eintragen? Es fehlen nur noch zwei.",
    ),
    # Autohaus (not a job)
    (
        "de_autohaus",
        "other",
        "car",
        "Ihr Angebot für den Kombi",
        "wie gewünscht erhalten Sie anbei unser Angebot für den Kombi mit Anhängerkupplung. Das Angebot gilt bis "
        "Monatsende.",
    ),
    (
        "de_autohaus",
        "other",
        "car",
        "Probefahrt",
        "gern bestätige ich Ihre Probefahrt am Samstag um 10 Uhr. Bitte bringen Sie Ihren Führerschein mit.",
    ),
    (
        "de_autohaus",
        "other",
        "car",
        "Ihr Gebrauchtwagen",
        "leider ist der Wagen, für den Sie sich interessiert haben, inzwischen verkauft. Gern suche ich Ihnen ein "
        "ähnliches Fahrzeug.",
    ),
    (
        "de_autohaus",
        "other",
        "car",
        "Finanzierung",
        "die Bank hat Ihre Finanzierungsanfrage leider abgelehnt. Wir können gern über eine höhere Anzahlung "
        "sprechen.",
    ),
    # Chor (not a job)
    (
        "de_chor",
        "other",
        "choir",
        "Vorsingen",
        "schön, dass du bei uns mitsingen willst! Komm doch am Dienstag vor der Probe zum Vorsingen, so um 19 Uhr.",
    ),
    (
        "de_chor",
        "other",
        "choir",
        "Alt ist voll",
        "leider müssen wir dir absagen, der Alt ist gerade voll besetzt. Wir haben dich auf die Liste genommen.",
    ),
    (
        "de_chor",
        "other",
        "choir",
        "Konzert fällt aus",
        "das Konzert am Sonntag fällt leider aus, die Kirche ist wegen eines Wasserschadens gesperrt.",
    ),
    (
        "de_chor",
        "other",
        "choir",
        "Noten",
        "die Noten für das Requiem liegen jetzt in der Cloud. Bitte bis zur nächsten Probe ausdrucken.",
    ),
]

# ---- German, a few more
CORES += [
    (
        "de_steuerkanzlei",
        "assessment",
        "arbeitsprobe",
        "Kleine Arbeitsprobe",
        "bevor wir uns zum zweiten Mal sehen, würde ich Sie bitten, eine kleine Arbeitsprobe zu erledigen: eine "
        "Umsatzsteuervoranmeldung anhand der beiliegenden Belege. Eine Stunde sollte reichen.",
    ),
    (
        "de_caritas_perbility",
        "offer",
        "offer",
        "Ihre Einstellung in der Sozialstation",
        "wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zum 1. Juli als Pflegefachkraft einstellen "
        "möchten. Der Dienstvertrag nach AVR liegt bei der Einrichtungsleitung zur Unterschrift bereit.",
    ),
    (
        "de_taleo_pharma",
        "rejection",
        "internal",
        "Position Teamleitung Verpackung",
        "die Position Teamleitung Verpackung wird intern nachbesetzt. Ihre Bewerbung können wir daher nicht "
        "weiter berücksichtigen.",
    ),
    (
        "de_interamt_institut",
        "offer",
        "offer",
        "Einstellungszusage Kennziffer 28/25",
        "nach Zustimmung des Personalrats können wir Ihnen die Einstellung als Wissenschaftliche Mitarbeiterin "
        "(E 13 TVöD) zum 1. September zusagen. Bitte teilen Sie uns mit, ob Sie das Angebot annehmen.",
    ),
]

# ---- Dutch, tune
CORES += [
    # Studio Vlakwerk (Homerun), je
    (
        "nl_homerun_bureau",
        "application_ack",
        "received",
        "Bedankt voor je sollicitatie bij Studio Vlakwerk",
        "leuk dat je wilt komen werken als UX-designer! We hebben je portfolio ontvangen. We bekijken alles "
        "met de hand, dus het kan even duren voordat je iets van ons hoort.",
    ),
    (
        "nl_homerun_bureau",
        "assessment",
        "opdracht",
        "Kleine ontwerpopdracht",
        "we willen graag zien hoe je werkt. Hierbij een kleine opdracht: ontwerp een onboarding-scherm voor "
        "onze fiets-app. Besteed er niet meer dan vier uur aan en stuur het uiterlijk vrijdag terug.",
    ),
    (
        "nl_homerun_bureau",
        "rejection",
        "ander_gekozen",
        "Update over je sollicitatie",
        "dank je voor de opdracht en het gesprek, we vonden het echt leuk. Uiteindelijk hebben we gekozen voor "
        "iemand die al ervaring heeft met mobiele apps.",
    ),
    (
        "nl_homerun_bureau",
        "interview",
        "invite",
        "Kom je langs?",
        "je portfolio viel op! Heb je volgende week tijd voor een kop koffie in de studio? Dinsdag of woensdag "
        "middag kan bij ons.",
    ),
    (
        "nl_homerun_bureau",
        "rejection",
        "geen_match",
        "Je sollicitatie als copywriter",
        "bedankt voor je interesse in Studio Vlakwerk. We hebben je profiel goed bekeken, maar zien op dit moment "
        "helaas geen match met wat we zoeken.",
    ),
    # VDAB
    (
        "nl_vdab",
        "recruiter_outreach",
        "vacature",
        "Nieuwe vacature die bij je past",
        "op basis van je profiel stellen we je een vacature voor: administratief bediende bij Verhaeghe NV in "
        "Kortrijk. Solliciteer je voor 20 mei?",
    ),
    (
        "nl_vdab",
        "rejection",
        "niet_weerhouden",
        "Feedback van de werkgever",
        "de werkgever Verhaeghe NV heeft laten weten dat uw kandidatuur niet weerhouden werd voor de functie van "
        "administratief bediende.",
    ),
    (
        "nl_vdab",
        "application_ack",
        "received",
        "Uw sollicitatie werd verstuurd",
        "uw sollicitatie voor de functie logistiek medewerker bij Depret Logistics werd via Mijn loopbaan "
        "verstuurd. De werkgever neemt contact met u op als uw profiel in aanmerking komt.",
    ),
    (
        "nl_vdab",
        "other",
        "appointment",
        "Uitnodiging gesprek met je bemiddelaar",
        "we nodigen u uit voor een gesprek met uw VDAB-bemiddelaar op dinsdag 27 mei om 10 uur in Kortrijk. "
        "Breng uw cv mee.",
    ),
    (
        "nl_vdab",
        "rejection",
        "ingevuld",
        "Vacature afgesloten",
        "de vacature waarop u solliciteerde bij Depret Logistics is ingevuld. De werkgever bedankt u voor uw "
        "interesse.",
    ),
    # Defensie
    (
        "nl_defensie",
        "application_ack",
        "received",
        "Ontvangstbevestiging sollicitatie",
        "wij hebben je sollicitatie voor de functie van logistiek specialist ontvangen. Je hoort binnen vier weken "
        "of je wordt uitgenodigd voor de keuring.",
    ),
    (
        "nl_defensie",
        "assessment",
        "keuring",
        "Uitnodiging selectiedag",
        "je bent uitgenodigd voor de selectiedag op 12 juni: een psychologische test, een sporttest en een "
        "medische keuring. Neem sportkleding en een geldig identiteitsbewijs mee.",
    ),
    (
        "nl_defensie",
        "rejection",
        "afgevallen",
        "Uitslag selectiedag",
        "helaas ben je op de sporttest afgevallen. Daarmee stopt de selectieprocedure voor deze functie. Over "
        "zes maanden kun je opnieuw solliciteren.",
    ),
    (
        "nl_defensie",
        "rejection",
        "niet_aanmerking",
        "Je sollicitatie",
        "na beoordeling van je gegevens moeten we je laten weten dat je niet in aanmerking komt voor de "
        "opleiding, omdat je niet aan de opleidingseisen voldoet.",
    ),
    (
        "nl_defensie",
        "offer",
        "offer",
        "Aanstelling",
        "gefeliciteerd! Je bent geschikt bevonden en we bieden je een aanstelling aan als logistiek specialist, "
        "met ingang van 1 september. Je ontvangt het aanstellingsbesluit per post.",
    ),
    # Eetcafé De Zwaan (phone)
    (
        "nl_horeca",
        "interview",
        "proefdraaien",
        "Bediening",
        "leuk dat je gereageerd hebt! Kun je zaterdag een avondje proefdraaien? Vanaf 17 uur.",
    ),
    (
        "nl_horeca",
        "rejection",
        "toch_niet",
        "Bediening",
        "sorry Femke, we hebben besloten het toch niet met jou te doen. Je was prima maar we zoeken iemand met "
        "meer weekenden.",
    ),
    (
        "nl_horeca",
        "offer",
        "offer",
        "Keuken",
        "je kan per 1 juni bij ons beginnen in de keuken, 20 uur per week. Kom je donderdag even het contract "
        "tekenen?",
    ),
    (
        "nl_horeca",
        "other",
        "reservation",
        "Reservering zaterdag",
        "helaas zitten we zaterdag vol, dus jullie reservering voor 8 personen lukt niet. Zondag kan wel.",
    ),
    # Studentenhuis (not a job)
    (
        "nl_studentenhuis",
        "other",
        "room",
        "Hospiteeravond Huize Ketelbinkie",
        "leuk dat je op onze kamer hebt gereageerd! We nodigen je uit voor de hospiteeravond op donderdag om 20 "
        "uur.",
    ),
    (
        "nl_studentenhuis",
        "other",
        "room",
        "Uitslag hospiteeravond",
        "bedankt dat je er was, het was gezellig. Helaas hebben we voor iemand anders gekozen. Heel veel succes met "
        "je zoektocht!",
    ),
    (
        "nl_studentenhuis",
        "other",
        "room",
        "Kamer is vergeven",
        "de kamer is inmiddels vergeven, dus de hospiteeravond van volgende week gaat niet door.",
    ),
    (
        "nl_studentenhuis",
        "other",
        "room",
        "Je bent gekozen!",
        "we willen je graag als nieuwe huisgenoot! Laat je weten of je de kamer neemt? Dan sturen we het "
        "huurcontract door.",
    ),
    (
        "nl_studentenhuis",
        "other",
        "room",
        "Huisvergadering",
        "zondag huisvergadering om 19 uur, we moeten het schoonmaakrooster bespreken.",
    ),
    # Makelaar (not a job)
    (
        "nl_makelaar",
        "other",
        "rent",
        "Uw inschrijving voor de woning aan de Lindelaan",
        "de verhuurder heeft de woning aan de Lindelaan toegewezen aan een andere kandidaat. Wij houden uw "
        "gegevens graag in ons bestand.",
    ),
    (
        "nl_makelaar",
        "other",
        "rent",
        "Uitnodiging bezichtiging",
        "graag nodigen wij u uit voor een bezichtiging van het appartement aan de Molenstraat op woensdag om 17.30 "
        "uur.",
    ),
    (
        "nl_makelaar",
        "other",
        "rent",
        "Uw bod",
        "helaas heeft de verkoper uw bod niet geaccepteerd. Er is een hoger bod uitgebracht door een andere partij.",
    ),
    (
        "nl_makelaar",
        "other",
        "rent",
        "Huurovereenkomst",
        "wij bieden u de woning aan per 1 juli. In de bijlage vindt u de huurovereenkomst ter ondertekening.",
    ),
    (
        "nl_makelaar",
        "other",
        "rent",
        "Aanvullende stukken",
        "om uw aanvraag in behandeling te nemen ontvangen wij graag nog uw werkgeversverklaring en drie "
        "loonstroken.",
    ),
]

# ---- Dutch, report
CORES += [
    # Van Loon Accountants (Carerix)
    (
        "nl_carerix_accountancy",
        "application_ack",
        "received",
        "Je sollicitatie is ontvangen",
        "bedankt voor je sollicitatie als assistent-accountant. We nemen je cv de komende week door. Heb je "
        "binnen tien werkdagen niets gehoord, dan mag je ons natuurlijk bellen.",
    ),
    (
        "nl_carerix_accountancy",
        "rejection",
        "conditional",
        "Terugkoppeling sollicitatie assistent-accountant",
        "graag hadden we je een ander bericht gestuurd, maar we hebben besloten je sollicitatie niet verder in "
        "behandeling te nemen. We wensen je veel succes.",
    ),
    (
        "nl_carerix_accountancy",
        "interview",
        "invite",
        "Uitnodiging eerste gesprek",
        "we willen je graag uitnodigen voor een eerste gesprek met de vestigingsmanager in Amersfoort, op "
        "donderdag 5 juni om 13.00 uur.",
    ),
    (
        "nl_carerix_accountancy",
        "rejection",
        "passive_chosen",
        "Functie controller",
        "na de tweede gespreksronde is er gekozen voor een kandidaat met meer ervaring in de zorgsector. We hebben "
        "het gesprek met je als prettig ervaren.",
    ),
    (
        "nl_carerix_accountancy",
        "offer",
        "offer",
        "Arbeidsvoorwaarden",
        "we zijn eruit: we bieden je graag de functie van assistent-accountant aan. In de bijlage vind je het "
        "voorstel met salaris en studiefaciliteiten.",
    ),
    # Scholengroep (Flemish school board)
    (
        "nl_be_scholengroep",
        "application_ack",
        "received",
        "Uw kandidatuur leerkracht wiskunde",
        "wij hebben uw kandidatuur voor een betrekking als leerkracht wiskunde goed ontvangen. Wij contacteren u "
        "zodra er een opdracht vrijkomt die bij uw profiel aansluit.",
    ),
    (
        "nl_be_scholengroep",
        "interview",
        "invite",
        "Sollicitatiegesprek Atheneum Deinze",
        "de directie van het Atheneum Deinze wil graag kennismaken. Kunt u maandag om 16 uur op school langskomen?",
    ),
    (
        "nl_be_scholengroep",
        "rejection",
        "toegewezen",
        "Opdracht wiskunde tweede graad",
        "wij delen u mee dat de opdracht wiskunde in de tweede graad werd toegewezen aan een andere kandidaat. "
        "Uw kandidatuur blijft voor het schooljaar in onze databank.",
    ),
    (
        "nl_be_scholengroep",
        "offer",
        "aanstelling",
        "Tijdelijke aanstelling",
        "wij kunnen u een tijdelijke aanstelling van 12/20 als leerkracht wiskunde aanbieden vanaf 1 september. "
        "Gelieve uw akkoord te bevestigen.",
    ),
    (
        "nl_be_scholengroep",
        "rejection",
        "komt_te_vervallen",
        "Vacature opvoeder internaat",
        "de vacature voor opvoeder in het internaat komt te vervallen wegens een daling van het aantal "
        "internen. De procedure wordt stopgezet.",
    ),
    # Politie
    (
        "nl_politie",
        "assessment",
        "test",
        "Uitnodiging selectietesten",
        "je sollicitatie is beoordeeld en je mag door naar de selectie. Je wordt verwacht voor de "
        "capaciteitentest en de fysieke test op 18 juni.",
    ),
    (
        "nl_politie",
        "rejection",
        "niet_geschikt",
        "Uitslag capaciteitentest",
        "op basis van de uitslag van de capaciteitentest ben je helaas niet geschikt bevonden voor de opleiding "
        "tot agent. De procedure is hiermee beëindigd.",
    ),
    (
        "nl_politie",
        "application_ack",
        "received",
        "Bevestiging sollicitatie",
        "we hebben je sollicitatie ontvangen. Door de grote belangstelling duurt de beoordeling langer dan "
        "gebruikelijk; we vragen je om geduld.",
    ),
    (
        "nl_politie",
        "interview",
        "invite",
        "Uitnodiging selectiegesprek",
        "gefeliciteerd, je hebt de testen gehaald. We nodigen je uit voor een selectiegesprek op het bureau in "
        "Utrecht op 2 juli om 9.30 uur.",
    ),
    (
        "nl_politie",
        "other",
        "withdrawn",
        "Intrekking sollicitatie",
        "je hebt laten weten dat je je sollicitatie intrekt. We hebben je dossier gesloten. Jammer, en veel "
        "succes.",
    ),
    # Kestrel Airways (cabin crew)
    (
        "nl_luchtvaart",
        "application_ack",
        "received",
        "We hebben je sollicitatie ontvangen",
        "bedankt voor je sollicitatie als cabin crew member. Ons team bekijkt je gegevens; binnen drie weken "
        "laten we je weten of je wordt uitgenodigd voor een assessmentdag.",
    ),
    (
        "nl_luchtvaart",
        "assessment",
        "dag",
        "Uitnodiging assessmentdag",
        "je bent uitgenodigd voor onze assessmentdag op Schiphol: groepsopdrachten, een Engelse taaltest en een "
        "rollenspel. Kom in zakelijke kleding.",
    ),
    (
        "nl_luchtvaart",
        "rejection",
        "niet_door",
        "Resultaat assessmentdag",
        "bedankt voor je inzet tijdens de assessmentdag. We hebben besloten je niet uit te nodigen voor de "
        "laatste ronde.",
    ),
    (
        "nl_luchtvaart",
        "rejection",
        "afwijzing_noun",
        "Afwijzing sollicitatie grondstewardess",
        "je sollicitatie voor grondstewardess leidt helaas niet tot een vervolg. We bewaren je gegevens vier weken.",
    ),
    (
        "nl_luchtvaart",
        "offer",
        "offer",
        "Welkom aan boord",
        "we bieden je een contract aan als cabin crew member met de training vanaf 1 september. Bevestig je "
        "deelname vóór vrijdag.",
    ),
    # Museum Het Pakhuis
    (
        "nl_museum",
        "interview",
        "invite",
        "Gesprek educatiemedewerker",
        "je brief sprak ons erg aan. Wil je op 11 juni langskomen voor een gesprek met het hoofd educatie?",
    ),
    (
        "nl_museum",
        "rejection",
        "on_hold",
        "Vacature collectiebeheerder",
        "helaas moeten we je laten weten dat de vacature collectiebeheerder voorlopig on hold staat door een "
        "subsidiekorting. We nemen de procedure niet verder.",
    ),
    (
        "nl_museum",
        "rejection",
        "keuze_gevallen",
        "Educatiemedewerker",
        "dank voor het fijne gesprek. De keuze is gevallen op een kandidaat die al in het museum werkte als "
        "vrijwilliger.",
    ),
    (
        "nl_museum",
        "other",
        "member",
        "Je Museumkaart",
        "bedankt voor je bezoek! Helaas kon je Museumkaart niet worden gescand; neem contact op met de "
        "klantenservice.",
    ),
    # Subsidie (not a job)
    (
        "nl_subsidie",
        "other",
        "grant",
        "Besluit op uw subsidieaanvraag",
        "uw aanvraag voor een subsidie voor het buurtfestival is afgewezen, omdat het budget voor dit jaar is "
        "uitgeput.",
    ),
    (
        "nl_subsidie",
        "other",
        "grant",
        "Ontvangstbevestiging aanvraag",
        "wij hebben uw subsidieaanvraag ontvangen. Binnen acht weken ontvangt u een besluit.",
    ),
    (
        "nl_subsidie",
        "other",
        "grant",
        "Gesprek over uw aanvraag",
        "graag nodigen wij u uit voor een gesprek over uw aanvraag met de beleidsmedewerker cultuur.",
    ),
    # Congres (not a job)
    (
        "nl_congres",
        "other",
        "abstract",
        "Uw abstract",
        "helaas is uw abstract niet geselecteerd voor een presentatie. We hopen u wel als deelnemer te zien.",
    ),
    (
        "nl_congres",
        "other",
        "abstract",
        "Uitnodiging sprekersdiner",
        "als spreker nodigen we je uit voor het sprekersdiner op de avond voor het congres.",
    ),
    (
        "nl_congres",
        "other",
        "abstract",
        "Aanbod early bird",
        "alleen deze week: early bird-tickets met 30 % korting. Schrijf je nu in.",
    ),
    # Basisschool (not a job)
    (
        "nl_basisschool",
        "other",
        "school",
        "Aanmelding Daan",
        "we hebben de aanmelding van Daan ontvangen. We nodigen jullie uit voor een kennismakingsgesprek met de "
        "intern begeleider.",
    ),
    (
        "nl_basisschool",
        "other",
        "school",
        "Plaatsing groep 1",
        "helaas kunnen we Daan niet plaatsen in groep 1, de groep zit vol. Hij staat op de wachtlijst.",
    ),
    (
        "nl_basisschool",
        "other",
        "school",
        "Oudergesprek",
        "de oudergesprekken zijn in week 24. Kies via Parro een tijdstip.",
    ),
]


# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote
# headers.
_READERS = {
    "de": Reader(
        "Jana Petersen <jana.petersen@example.net>",
        "Hallo, vielen Dank für Ihre Nachricht. Ich bin unter der bekannten Nummer gut zu erreichen. Viele Grüße, "
        "Jana Petersen",
        "Am Mo., 12. Mai 2025 um 19:02 Uhr schrieb Jana Petersen <jana.petersen@example.net>:",
        "Von: Jana Petersen <jana.petersen@example.net>\nGesendet: Montag, 12. Mai 2025 19:02\n"
        "An: personal@example.org\nBetreff: Bewerbung",
        "Am 12.05.2025 um 19:02 schrieb Jana Petersen <jana.petersen@example.net>:",
    ),
    "nl": Reader(
        "Femke Jansen <femke.jansen@example.net>",
        "Hallo, dank je wel voor het bericht. Ik ben overdag bereikbaar op mijn mobiel. Groet, Femke Jansen",
        "Op ma 12 mei 2025 om 21:10 schreef Femke Jansen <femke.jansen@example.net>:",
        "Van: Femke Jansen <femke.jansen@example.net>\nVerzonden: maandag 12 mei 2025 21:10\n"
        "Aan: info@example.org\nOnderwerp: Sollicitatie",
        "Op 12 mei 2025, om 21:10 heeft Femke Jansen <femke.jansen@example.net> het volgende geschreven:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 4, 7, 8, 13, tzinfo=dt.UTC),
    days=70,
    minutes=37,
    quote_every=7,
    case_id="{lang}8-{i:03d}-{label}",
    message_id="<i8-{i:03d}.{writer}@intl8.example>",
    boundary="=_i8_{i}_{writer}",
)
build = SET.build
messages = SET.messages
