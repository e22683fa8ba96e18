"""A seventh set of job-search mail, German and Dutch only (`bench/mail_heldout.py --set intl6`), written for this
project by deliberately other writers than tests/mail/heldout_mail.py, tests/mail/writers_mail.py,
tests/mail/intl3_mail.py, tests/mail/intl4_mail.py and tests/mail/intl5_mail.py. None of it comes from a data set
or a real inbox; every sender, company and person is invented.

The writers: in German a Mittelstand drive maker's rexx, a corporation's SuccessFactors, a Landratsamt writing long
Amtsdeutsch, a hospital group's d.vinci, an electrician saying "du" from a phone, a Leipzig start-up's softgarden, a
Zürich Personalberatung (no ß), a temping agency typing without umlauts, a Xing recruiter, a Viennese insurer's
SuccessFactors (Jänner, Bewerbungsgespräch), StepStone relaying employers, the Bundesagentur für Arbeit, a Hamburg
agency's Personio saying "du", a university's Personaldezernat (TV-L), a Basel Spital, a construction firm's
softgarden, a bakery owner, a Munich head-hunter; and, not about a job, a landlord, a Kita, a roofer's Angebot, a
school's Elternabend, a foundation's Stipendium, a concert organiser, a bank's loan and a Viennese housing
cooperative. In Dutch a logistics firm's Workday, a Flemish city's selection office, a start-up's Recruitee saying
"je", a temping agency from a phone, a care organisation, a Flemish bank, a municipality's werkenbij site, a small
installer, a recruitment agency, a university; and, not about a job, a municipality's permit desk, a housing
corporation, a loan provider and a sports club and school.

About half of the job mail is rejections, worded many ways (after thanks, "nicht in die engere Auswahl",
"anderweitig besetzt", Konjunktiv and passive voice, "helaas", "niet door naar de volgende ronde"); acknowledgements
that sound negative ("wir bitten um Geduld"); invitations, tests, offers, outreach, withdrawals the company
confirms; and about a third mail that uses the words in another sense (a flat's Bewerbung, a Kita place, an event's
Absage, a craftsman's Angebot, an Elternabend's Einladung, a permit or loan "aanvraag afgewezen").

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl6` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- German, job mail, tune
    "de_rexx_antrieb": Writer(
        "tune",
        "de",
        "Brückner Antriebstechnik GmbH - Personal <bewerbung@brueckner-antriebe.rexx.example>",
        "html-cp1252",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nPersonalabteilung\nBrückner Antriebstechnik GmbH",
        "Brückner Antriebstechnik GmbH, Amtsgericht Bielefeld HRB 4711. Versand über rexx systems.",
    ),
    "de_sf_konzern": Writer(
        "tune",
        "de",
        "Vantera Group Recruiting <recruiting@vantera.successfactors.example>",
        "multipart-b64",
        "Guten Tag Frau Schulze,",
        "Freundliche Grüße\nIhr Vantera Recruiting Center",
        "Vantera SE · Düsseldorf · Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
    ),
    "de_landratsamt": Writer(
        "tune",
        "de",
        "Landratsamt Rottachtal - Sachgebiet Personal <personal@lra-rottachtal.example.de>",
        "latin1-plain",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\ngez. Reisinger\nSachgebiet 12 - Personal und Organisation",
    ),
    "de_klinik_dvinci": Writer(
        "tune",
        "de",
        "Weserbergland Kliniken - Karriere <karriere@wbk-kliniken.dvinci.example>",
        "html-utf8",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nIhr Team Personalgewinnung\nWeserbergland Kliniken gGmbH",
        "Ihre Daten werden gemäß DSGVO verarbeitet. Bewerbermanagement: d.vinci.",
    ),
    "de_elektro": Writer(
        "tune",
        "de",
        "Elektro Kowalski <kowalski.elektro@t-online.example.de>",
        "phone-flowed",
        "Hi Miriam,",
        "Gruß Jens\n\nVon meinem Samsung Galaxy gesendet",
    ),
    "de_softgarden_startup": Writer(
        "tune",
        "de",
        "Lumenfeld - Talent Team <talent@lumenfeld.softgarden.example>",
        "html-utf8",
        "Hey Miriam,",
        "Liebe Grüße aus Leipzig\nCarla vom Talent Team",
        "Lumenfeld GmbH · Leipzig · via softgarden",
    ),
    "de_ch_beratung": Writer(
        "tune",
        "de",
        "Urs Gasser - Gasser & Frei Personalberatung <u.gasser@gasserfrei.example.ch>",
        "outlook-qp",
        "Sehr geehrte Frau Schulze",
        "Freundliche Grüsse\n\nUrs Gasser\nPartner\nGasser & Frei Personalberatung AG, Zürich",
    ),
    "de_zeitarbeit_ascii": Writer(
        "tune",
        "de",
        "Tempra Personaldienste <dispo@tempra-personal.example.de>",
        "ascii",
        "Hallo Frau Schulze,",
        "Viele Gruesse\nKevin Nowak\nPersonaldisponent, Tempra Personaldienste Dortmund",
    ),
    "de_xing": Writer(
        "tune",
        "de",
        "Sabrina Lenz via XING <nachrichten@xing-mail.example>",
        "html-utf8",
        "Hallo Frau Schulze,",
        "Beste Grüße\nSabrina Lenz\nSenior Recruiterin, Nordkap IT-Services",
        "Diese Nachricht wurde Ihnen über XING zugestellt.",
    ),
    # ---- German, not about a job, tune
    "de_vermieterin": Writer(
        "tune",
        "de",
        "Gisela Hartmann <g.hartmann@gmx.example.de>",
        "gmail-utf8",
        "Liebe Frau Schulze,",
        "Herzliche Grüße\nGisela Hartmann",
    ),
    "de_kita": Writer(
        "tune",
        "de",
        "Kita Sonnenblume - Leitung <leitung@kita-sonnenblume.example.de>",
        "latin1-plain",
        "Liebe Familie Schulze,",
        "Herzliche Grüße\nAnke Vogt\nKitaleitung",
    ),
    "de_dachdecker": Writer(
        "tune",
        "de",
        "Dachdeckerei Brandl GmbH <angebote@brandl-dach.example.de>",
        "outlook-qp",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\n\nThomas Brandl\nDachdeckermeister",
    ),
    "de_schule_eltern": Writer(
        "tune",
        "de",
        "Gymnasium am Wall - Elternbeirat <elternbeirat@gym-amwall.example.de>",
        "gmail-utf8",
        "Liebe Eltern der 7b,",
        "Viele Grüße\nEuer Elternbeirat",
    ),
    # ---- German, job mail, report
    "de_at_versicherung": Writer(
        "report",
        "de",
        "Donau Mutual Versicherung AG - Recruiting <jobs@donaumutual.successfactors.example>",
        "multipart-b64",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nHR Recruiting\nDonau Mutual Versicherung AG, Wien",
        "Donau Mutual Versicherung AG, FN 123456a, Handelsgericht Wien.",
    ),
    "de_stepstone_relay": Writer(
        "report",
        "de",
        "StepStone Nachrichten <nachrichten@stepstone-mail.example.de>",
        "html-cp1252",
        "Hallo Miriam Schulze,",
        "Ihr StepStone Team",
        "Sie erhalten diese Nachricht, weil Sie sich über StepStone beworben haben.",
    ),
    "de_ba_ascii": Writer(
        "report",
        "de",
        "Jobcenter / Agentur fuer Arbeit <kein-reply@arbeitsagentur.example.de>",
        "ascii",
        "Guten Tag Frau Schulze,",
        "Freundliche Gruesse\nIhre Agentur fuer Arbeit Bochum",
        "Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
    ),
    "de_personio_agentur": Writer(
        "report",
        "de",
        "Flut & Ebbe Kreativagentur <jobs@flutundebbe.jobs.personio.example>",
        "html-utf8",
        "Moin Miriam,",
        "Liebe Grüße\nFinn & das Flut-&-Ebbe-Team",
        "Powered by Personio.",
    ),
    "de_uni_dezernat": Writer(
        "report",
        "de",
        "Universität Mittelrhein - Personaldezernat <dezernat3@uni-mittelrhein.example.de>",
        "latin1-plain",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nIm Auftrag\nDezernat 3 - Personal",
    ),
    "de_ch_spital": Writer(
        "report",
        "de",
        "Spital Birseck - Human Resources <hr@spital-birseck.example.ch>",
        "outlook-qp",
        "Sehr geehrte Frau Schulze",
        "Freundliche Grüsse\n\nMonika Rüegg\nHR-Fachfrau\nSpital Birseck AG",
    ),
    "de_bau_softgarden": Writer(
        "report",
        "de",
        "Hegemann Bau GmbH & Co. KG <karriere@hegemann-bau.softgarden.example>",
        "html-cp1252",
        "Guten Tag Frau Schulze,",
        "Viele Grüße\nIhr Personalteam von Hegemann Bau",
        "Nachricht versendet über softgarden. Abmelden vom Bewerbungsverfahren über Ihr Kandidatenprofil.",
    ),
    "de_baeckerei": Writer(
        "report",
        "de",
        "Backhaus Ottersberg <backhaus.ottersberg@web.example.de>",
        "gmail-utf8",
        "Hallo Miriam,",
        "Schöne Grüße\nHeike Ottersberg",
    ),
    "de_headhunter_muc": Writer(
        "report",
        "de",
        "Konstantin Riedl <k.riedl@riedl-executive.example.de>",
        "outlook-qp",
        "Liebe Frau Schulze,",
        "Herzliche Grüße\n\nKonstantin Riedl\nManaging Partner\nRiedl Executive Search, München",
    ),
    # ---- German, not about a job, report
    "de_stiftung": Writer(
        "report",
        "de",
        "Studienstiftung Brandes - Geschäftsstelle <stipendien@stiftung-brandes.example.de>",
        "html-utf8",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nDie Geschäftsstelle",
    ),
    "de_konzertveranstalter": Writer(
        "report",
        "de",
        "Kulturwerk Ruhr Tickets <tickets@kulturwerk-ruhr.example.de>",
        "html-cp1252",
        "Liebe Konzertbesucherin,",
        "Ihr Kulturwerk-Team",
    ),
    "de_bank_kredit": Writer(
        "report",
        "de",
        "Hansebank Privatkunden <service@hansebank.example.de>",
        "multipart-b64",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nIhre Hansebank",
        "Hansebank AG · Wir fragen niemals per E-Mail nach Ihren Zugangsdaten.",
    ),
    "de_at_wohnbau": Writer(
        "report",
        "de",
        "Gemeinnützige Wohnbau Donaustadt <vergabe@gwd-wohnbau.example.at>",
        "latin1-plain",
        "Sehr geehrte Frau Schulze,",
        "Mit freundlichen Grüßen\nWohnungsvergabe",
    ),
    # ---- Dutch, job mail, tune
    "nl_workday_logistiek": Writer(
        "tune",
        "nl",
        "Rijnpoort Logistics - Talent Acquisition <rijnpoort@myworkday.example>",
        "html-utf8",
        "Beste Sanne,",
        "Met vriendelijke groet,\nTeam Talent Acquisition\nRijnpoort Logistics B.V.",
        "Dit is een automatisch bericht. Rijnpoort Logistics B.V., KvK 12345678.",
    ),
    "nl_be_selectie": Writer(
        "tune",
        "nl",
        "Stad Aalststede - Selectiedienst <selecties@aalststede.example.be>",
        "latin1-plain",
        "Geachte mevrouw De Wit,",
        "Met vriendelijke groeten,\n\nDienst Selectie en Rekrutering\nStad Aalststede",
    ),
    "nl_recruitee_startup": Writer(
        "tune",
        "nl",
        "Koos van Fietsdeel <koos@fietsdeel.recruitee.example>",
        "html-utf8",
        "Hoi Sanne!",
        "Groetjes,\nKoos\nPeople @ Fietsdeel",
    ),
    "nl_uitzend": Writer(
        "tune",
        "nl",
        "Marloes | Flexpunt Uitzendbureau <marloes@flexpunt.example.nl>",
        "phone-flowed",
        "Hey Sanne,",
        "Gr Marloes\nFlexpunt Eindhoven\n\nVerstuurd vanaf mijn iPhone",
    ),
    "nl_zorg": Writer(
        "tune",
        "nl",
        "Zorggroep De Linde - HRM <werkenbij@zorggroepdelinde.example.nl>",
        "outlook-qp",
        "Beste mevrouw De Wit,",
        "Met vriendelijke groet,\n\nIlse Bakker\nRecruiter\nZorggroep De Linde",
    ),
    # ---- Dutch, not about a job, tune
    "nl_gemeente_vergunning": Writer(
        "tune",
        "nl",
        "Gemeente Veenhoven - Vergunningen <noreply@veenhoven.example.nl>",
        "ascii",
        "Geachte mevrouw De Wit,",
        "Met vriendelijke groet,\nTeam Vergunningen\nGemeente Veenhoven",
        "Dit bericht is automatisch verstuurd.",
    ),
    "nl_woningcorporatie": Writer(
        "tune",
        "nl",
        "Woonbron Holland - Verhuur <verhuur@woonbronholland.example.nl>",
        "gmail-utf8",
        "Beste Sanne de Wit,",
        "Vriendelijke groet,\nAfdeling Verhuur",
    ),
    # ---- Dutch, job mail, report
    "nl_be_bank": Writer(
        "report",
        "nl",
        "Schelde Bank - HR <jobs@scheldebank.successfactors.example>",
        "multipart-b64",
        "Beste Sanne,",
        "Met vriendelijke groeten,\nHet HR-team van Schelde Bank",
        "Schelde Bank NV, Antwerpen. Dit bericht werd automatisch verzonden.",
    ),
    "nl_werkenbij_gemeente": Writer(
        "report",
        "nl",
        "Werken bij Gemeente Dijkwaard <werkenbij@dijkwaard.example.nl>",
        "latin1-plain",
        "Geachte mevrouw De Wit,",
        "Met vriendelijke groet,\n\nTeam Recruitment\nGemeente Dijkwaard",
    ),
    "nl_installateur": Writer(
        "report",
        "nl",
        "Henk Mulder <info@mulder-installatie.example.nl>",
        "gmail-utf8",
        "Hallo Sanne,",
        "Groet,\nHenk\nMulder Installatietechniek",
    ),
    "nl_recruiter": Writer(
        "report",
        "nl",
        "Youssef Amrani - TalentBrug <youssef@talentbrug.example.nl>",
        "outlook-qp",
        "Hoi Sanne,",
        "Hartelijke groet,\n\nYoussef Amrani\nConsultant Finance & Control\nTalentBrug Werving & Selectie",
    ),
    "nl_universiteit": Writer(
        "report",
        "nl",
        "Universiteit Lekdal - Recruitment <recruitment@lekdal.example.nl>",
        "html-cp1252",
        "Beste mevrouw De Wit,",
        "Met vriendelijke groet,\nHR Servicecentrum\nUniversiteit Lekdal",
    ),
    # ---- Dutch, not about a job, report
    "nl_lening": Writer(
        "report",
        "nl",
        "Vlotkrediet Klantenservice <klantenservice@vlotkrediet.example.nl>",
        "html-utf8",
        "Beste mevrouw De Wit,",
        "Met vriendelijke groet,\nVlotkrediet",
        "Let op! Geld lenen kost geld.",
    ),
    "nl_club_school": Writer(
        "report",
        "nl",
        "Hockeyclub De Uilen & OBS De Klimop <secretariaat@hcdeuilen.example.nl>",
        "gmail-utf8",
        "Beste leden en ouders,",
        "Sportieve groet,\nHet secretariaat",
    ),
}

CORES: list[tuple[str, str, str, str, str]] = []

# ---- German, tune
CORES += [
    # Brückner Antriebstechnik (rexx)
    (
        "de_rexx_antrieb",
        "application_ack",
        "received",
        "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 24-117",
        "vielen Dank für Ihre Bewerbung als Sachbearbeiterin Einkauf. Ihre Unterlagen sind bei uns eingegangen und "
        "werden nun von der Fachabteilung gesichtet. Da wir sehr viele Zuschriften erhalten, bitten wir Sie um etwas "
        "Geduld; eine Rückmeldung kann bis zu vier Wochen dauern.",
    ),
    (
        "de_rexx_antrieb",
        "rejection",
        "shortlist",
        "Ihre Bewerbung als Sachbearbeiterin Einkauf",
        "nochmals herzlichen Dank für Ihr Interesse an unserem Unternehmen und die Zeit, die Sie in Ihre Bewerbung "
        "investiert haben. Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass Sie "
        "nicht in die engere Auswahl gekommen sind. Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.",
    ),
    (
        "de_rexx_antrieb",
        "interview",
        "invite",
        "Einladung zum Vorstellungsgespräch",
        "Ihre Bewerbung als Teamassistenz Vertrieb hat uns überzeugt. Gerne möchten wir Sie persönlich kennenlernen "
        "und laden Sie am Dienstag, 14. Mai, um 10:00 Uhr zu einem Gespräch in unser Werk nach Gütersloh ein. Bitte "
        "bestätigen Sie uns den Termin kurz.",
    ),
    (
        "de_rexx_antrieb",
        "rejection",
        "otherwise",
        "Stelle Teamassistenz Vertrieb",
        "wir bedanken uns für das angenehme Gespräch. Nach reiflicher Überlegung haben wir die Position anderweitig "
        "besetzt. Ihre Unterlagen senden wir Ihnen selbstverständlich zurück.",
    ),
    (
        "de_rexx_antrieb",
        "other",
        "withdrawn",
        "Rücknahme Ihrer Bewerbung",
        "wir bestätigen Ihnen, dass Sie Ihre Bewerbung für die Stelle Sachbearbeiterin Einkauf zurückgezogen haben. "
        "Ihre Daten werden entsprechend gelöscht. Schade, dass es diesmal nicht passt, und alles Gute.",
    ),
    # Vantera (SuccessFactors)
    (
        "de_sf_konzern",
        "application_ack",
        "received",
        "Vantera - Ihre Bewerbung ist eingegangen (Req 40213)",
        "herzlichen Dank, dass Sie sich für die Position Junior Controller (m/w/d) beworben haben. Wir prüfen nun "
        "Ihre Unterlagen. Bitte haben Sie Verständnis dafür, dass dieser Prozess einige Zeit in Anspruch nehmen "
        "kann. Den Status Ihrer Bewerbung sehen Sie jederzeit im Kandidatenportal.",
    ),
    (
        "de_sf_konzern",
        "assessment",
        "online_test",
        "Nächster Schritt: Online-Assessment",
        "wir freuen uns, Ihnen mitzuteilen, dass Sie die erste Auswahlstufe erfolgreich durchlaufen haben. Im "
        "nächsten Schritt bitten wir Sie, unser Online-Assessment (Zahlenreihen, logisches Denken, ca. 45 "
        "Minuten) innerhalb von fünf Tagen zu bearbeiten. Den Zugangslink finden Sie unten.",
    ),
    (
        "de_sf_konzern",
        "rejection",
        "not_match",
        "Ihre Bewerbung bei Vantera",
        "vielen Dank für Ihr Interesse an Vantera und die Teilnahme am Online-Assessment. Wir haben Ihre Ergebnisse "
        "mit großer Sorgfalt ausgewertet. Bedauerlicherweise entsprechen diese nicht den Anforderungen, die wir an die "
        "Position stellen, sodass wir Ihre Bewerbung nicht weiter verfolgen werden.",
    ),
    (
        "de_sf_konzern",
        "rejection",
        "closed",
        "Position Junior Treasury Analyst - Update",
        "Sie haben sich im Frühjahr bei uns als Junior Treasury Analyst beworben. Aufgrund einer internen "
        "Umstrukturierung wird die Position nicht besetzt. Das Auswahlverfahren wurde daher eingestellt. Wir "
        "bedauern dies sehr und danken Ihnen für Ihre Geduld.",
    ),
    (
        "de_sf_konzern",
        "offer",
        "contract",
        "Ihr Vertragsangebot",
        "im Anschluss an die Gespräche mit Herrn Dr. Weiß freuen wir uns, Ihnen ein Vertragsangebot als Junior "
        "Controller zu unterbreiten. Sie finden den Arbeitsvertrag sowie Informationen zu Gehalt und Benefits im "
        "Anhang. Wir bitten um Rücksendung bis zum 30. des Monats.",
    ),
    (
        "de_sf_konzern",
        "other",
        "alert",
        "Neue Stellen, die zu Ihrem Profil passen",
        "Auf Grundlage Ihres Kandidatenprofils haben wir drei neue Stellenangebote für Sie gefunden: Controller "
        "Konzernrechnungswesen, Referent Finanzen, Analyst Kostenrechnung. Jetzt ansehen und bewerben.",
    ),
    # Landratsamt (Amtsdeutsch)
    (
        "de_landratsamt",
        "application_ack",
        "received",
        "Ihre Bewerbung auf die Stelle Verwaltungsfachangestellte",
        "hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Nach Ablauf der Bewerbungsfrist werden "
        "sämtliche Bewerbungen unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten geprüft. Wir "
        "bitten Sie, von Sachstandsanfragen abzusehen.",
    ),
    (
        "de_landratsamt",
        "rejection",
        "amt",
        "Stellenausschreibung Nr. 2025-08; hier: Mitteilung über das Ergebnis",
        "in vorbezeichneter Angelegenheit nehmen wir Bezug auf Ihre Bewerbung. Nach Abschluss des "
        "Auswahlverfahrens teilen wir Ihnen mit, dass die Auswahlentscheidung nicht zu Ihren Gunsten ausgefallen "
        "ist. Die Entscheidung beruht auf einem Vergleich von Eignung, Befähigung und fachlicher Leistung der "
        "Bewerber*innen. "
        "Ihre Unterlagen werden nach Ablauf von sechs Monaten vernichtet.",
    ),
    (
        "de_landratsamt",
        "interview",
        "invite",
        "Auswahlgespräch - Stelle Sachbearbeitung Bauaufsicht",
        "aufgrund Ihrer Bewerbung laden wir Sie zu einem Auswahlgespräch am Donnerstag, den 6. Juni, 9:30 Uhr, im "
        "Landratsamt, Zimmer 214, ein. Der Auswahlkommission gehören Vertreter des Sachgebiets und des Personalrats "
        "an. Sollten Sie verhindert sein, bitten wir um Nachricht.",
    ),
    (
        "de_landratsamt",
        "rejection",
        "passive",
        "Besetzung der Stelle Sachbearbeitung Bauaufsicht",
        "wir kommen zurück auf das mit Ihnen geführte Auswahlgespräch. Es wurde entschieden, die Stelle mit einer "
        "Mitbewerberin zu besetzen, deren Qualifikation dem Anforderungsprofil in höherem Maße entspricht. Ihre "
        "Bewerbung konnte deshalb nicht berücksichtigt werden.",
    ),
    (
        "de_landratsamt",
        "other",
        "admin",
        "Ihr Antrag auf Erteilung einer Fischereierlaubnis",
        "Ihr Antrag auf Erteilung eines Fischereischeins wurde geprüft. Leider kann dem Antrag nicht stattgegeben "
        "werden, da der Nachweis der Fischerprüfung fehlt. Sie können die Unterlagen jederzeit nachreichen.",
    ),
    # Weserbergland Kliniken (d.vinci)
    (
        "de_klinik_dvinci",
        "application_ack",
        "received",
        "Wir haben Ihre Bewerbung erhalten",
        "schön, dass Sie sich für eine Tätigkeit als Pflegefachfrau auf unserer Intensivstation interessieren! Ihre "
        "Bewerbung ist gut bei uns angekommen. Die Stationsleitung meldet sich in den nächsten Tagen bei Ihnen.",
    ),
    (
        "de_klinik_dvinci",
        "interview",
        "hospitation",
        "Hospitation auf der Station 4B",
        "wie telefonisch besprochen möchten wir Sie herzlich zu einem Hospitationstag auf unserer Station 4B "
        "einladen, damit Sie das Team und die Abläufe kennenlernen. Treffpunkt ist am Montag um 7:00 Uhr an der "
        "Pforte. Bitte bringen Sie bequeme Schuhe mit.",
    ),
    (
        "de_klinik_dvinci",
        "rejection",
        "decided",
        "Ihre Bewerbung als Stationssekretärin",
        "wir danken Ihnen herzlich für Ihre Bewerbung und das Vertrauen in unser Haus. Wir haben uns nach "
        "eingehender Prüfung für eine andere Person entschieden, deren Erfahrung besser zu den Aufgaben passt. Bitte "
        "verstehen Sie dies nicht als Wertung Ihrer Person.",
    ),
    (
        "de_klinik_dvinci",
        "offer",
        "zusage",
        "Zusage - Pflegefachfrau Intensivstation",
        "nach dem tollen Hospitationstag freuen wir uns sehr, Ihnen eine Zusage für die Stelle auf der "
        "Intensivstation geben zu können. Ihren Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post; "
        "Beginn wäre der 1. August.",
    ),
    (
        "de_klinik_dvinci",
        "rejection",
        "konjunktiv",
        "Rückmeldung zu Ihrer Bewerbung (Physiotherapie)",
        "gern hätten wir Ihnen eine positive Nachricht übermittelt. Leider haben sich im Verlauf des Verfahrens "
        "andere Bewerberinnen und Bewerber als noch geeigneter erwiesen. Wir würden uns freuen, wenn Sie sich bei "
        "passenden Ausschreibungen erneut bewerben.",
    ),
    # Elektro Kowalski (du, phone)
    (
        "de_elektro",
        "interview",
        "probearbeit",
        "Probearbeiten",
        "danke für deine Bewerbung als Elektronikerin. Hast du Lust, nächste Woche mal einen Tag Probe zu arbeiten? "
        "Mittwoch ab 7 auf der Baustelle in Hamm wäre gut. Sag kurz Bescheid",
    ),
    (
        "de_elektro",
        "rejection",
        "du",
        "Re: Bewerbung Elektronikerin",
        "hey, sorry dass ich mich erst jetzt melde. Ich hab mich jetzt für einen anderen entschieden, der schon "
        "länger im Gewerbe ist. War aber nett mit dir, vielleicht ergibt sich später mal was",
    ),
    (
        "de_elektro",
        "offer",
        "du",
        "Re: Probearbeiten",
        "War ein guter Tag mit dir! Wenn du willst, kannst du am 1. anfangen. Ich mach dir den Vertrag fertig, "
        "kommst du Freitag vorbei zum Unterschreiben?",
    ),
    (
        "de_elektro",
        "other",
        "private",
        "Angebot Wallbox",
        "wie besprochen das Angebot für die Wallbox in deiner Garage: Material und Montage zusammen 1.480 Euro. Wenn "
        "das passt, können wir im März loslegen",
    ),
    # Lumenfeld (softgarden, du)
    (
        "de_softgarden_startup",
        "application_ack",
        "received",
        "Deine Bewerbung bei Lumenfeld",
        "mega, dass du bei uns mitmachen willst! Wir haben deine Bewerbung als UX Writerin bekommen und schauen sie "
        "uns in Ruhe an. Es kann leider ein bisschen dauern, weil wir ein kleines Team sind – wir melden uns aber "
        "auf jeden Fall.",
    ),
    (
        "de_softgarden_startup",
        "assessment",
        "task",
        "Kleine Case Study für dich",
        "dein Profil hat uns neugierig gemacht! Bevor wir uns treffen, würden wir dich gern um eine kleine "
        "Aufgabe bitten: Schreib die Texte für unseren Onboarding-Flow neu (Vorlage im Anhang). Du hast eine Woche "
        "Zeit.",
    ),
    (
        "de_softgarden_startup",
        "interview",
        "video",
        "Lass uns quatschen!",
        "deine Case Study hat uns echt gefallen. Hast du Zeit für ein Videocall mit Jonas und mir? Such dir einfach "
        "einen Slot in meinem Kalender aus: cal.lumenfeld.example/carla",
    ),
    (
        "de_softgarden_startup",
        "rejection",
        "du",
        "Update zu deiner Bewerbung",
        "danke, dass du dir so viel Zeit für uns genommen hast. Ehrlich gesagt ist uns die Entscheidung schwer "
        "gefallen, aber am Ende ist die Wahl auf jemanden gefallen, der schon SaaS-Erfahrung mitbringt. Wir hätten "
        "dich gern im Team gehabt und drücken dir die Daumen!",
    ),
    (
        "de_softgarden_startup",
        "rejection",
        "early",
        "Deine Bewerbung als Werkstudentin Marketing",
        "vielen Dank für deine Bewerbung! Leider müssen wir dir absagen – die Stelle ist inzwischen vergeben. "
        "Schau gern mal wieder auf unserer Karriereseite vorbei.",
    ),
    # Gasser & Frei (Zürich, no ß)
    (
        "de_ch_beratung",
        "recruiter_outreach",
        "approach",
        "Vertrauliche Anfrage - Leitung Finanzbuchhaltung",
        "Ihr Profil ist mir auf LinkedIn aufgefallen. Im Auftrag eines international tätigen Familienunternehmens "
        "im Raum Winterthur suche ich eine Leiterin Finanzbuchhaltung. Hätten Sie Interesse an einem vertraulichen "
        "Austausch? Ich würde mich über ein kurzes Telefonat freuen.",
    ),
    (
        "de_ch_beratung",
        "interview",
        "client",
        "Gespräch mit unserer Mandantin",
        "Ich freue mich, Ihnen mitzuteilen, dass unsere Mandantin Sie gerne kennenlernen möchte. Das erste Gespräch "
        "mit dem CFO findet am 12. März um 14 Uhr in Winterthur statt. Können Sie den Termin wahrnehmen?",
    ),
    (
        "de_ch_beratung",
        "rejection",
        "client",
        "Mandat Leitung Finanzbuchhaltung",
        "Besten Dank für Ihre Geduld. Unsere Mandantin hat sich nach den Zweitgesprächen entschieden, das Mandat mit "
        "einer internen Kandidatin abzuschliessen. Ich bedaure, Ihnen keinen besseren Bescheid geben zu können, und "
        "melde mich gerne, wenn ein passendes Mandat kommt.",
    ),
    (
        "de_ch_beratung",
        "rejection",
        "profile",
        "Ihre Bewerbung - Controllerin 80-100 %",
        "Vielen Dank für die Zustellung Ihres Dossiers. Wir haben Ihre Unterlagen eingehend geprüft, mussten aber "
        "feststellen, dass Ihr Profil nicht ganz dem entspricht, was unsere Auftraggeberin sucht. Aus diesem Grund "
        "können wir Ihre Kandidatur nicht weiterverfolgen.",
    ),
    # Tempra (ascii)
    (
        "de_zeitarbeit_ascii",
        "recruiter_outreach",
        "job",
        "Stellenangebot Lagerlogistik",
        "ich habe Ihr Profil in der Jobboerse gesehen. Fuer einen Kunden in Dortmund-Hafen suche ich ab sofort "
        "Mitarbeiter in der Lagerlogistik, Schichtbetrieb, Uebernahme moeglich. Haetten Sie Interesse? Dann rufen "
        "Sie mich gerne an.",
    ),
    (
        "de_zeitarbeit_ascii",
        "interview",
        "phone",
        "Telefoninterview morgen",
        "wie besprochen rufe ich Sie morgen um 11 Uhr fuer ein kurzes Telefoninterview an. Dabei geht es um Ihre "
        "Erfahrungen mit dem Gabelstapler und Ihre Verfuegbarkeit.",
    ),
    (
        "de_zeitarbeit_ascii",
        "rejection",
        "client",
        "Einsatz bei unserem Kunden",
        "leider hat sich unser Kunde gegen Sie entschieden, er moechte jemanden mit Staplerschein. Ich melde mich, "
        "sobald ich etwas Passendes fuer Sie habe.",
    ),
    (
        "de_zeitarbeit_ascii",
        "offer",
        "placement",
        "Ihr Einsatz ab Montag",
        "gute Nachrichten: unser Kunde nimmt Sie! Ihr Einsatz beginnt am Montag um 6 Uhr. Den Arbeitsvertrag "
        "schicke ich Ihnen heute noch zur Unterschrift zu.",
    ),
    (
        "de_zeitarbeit_ascii",
        "rejection",
        "closed",
        "Stelle Kommissionierer",
        "die Stelle als Kommissionierer, auf die Sie sich beworben hatten, wird von unserem Kunden nicht mehr "
        "besetzt. Deshalb kann ich Ihre Bewerbung dafuer leider nicht weiterleiten.",
    ),
    # Xing recruiter
    (
        "de_xing",
        "recruiter_outreach",
        "approach",
        "Spannende Position als Data Engineer?",
        "ich bin bei meiner Suche auf Ihr XING-Profil gestoßen und finde Ihren Werdegang sehr spannend. Für unser "
        "Team in Kiel suchen wir eine Data Engineerin (m/w/d), gern auch remote. Wäre das grundsätzlich etwas für "
        "Sie?",
    ),
    (
        "de_xing",
        "interview",
        "call",
        "Re: Spannende Position als Data Engineer?",
        "schön, dass Sie Interesse haben! Ich schlage ein erstes Kennenlerngespräch per Teams am Donnerstag um 16 "
        "Uhr vor. Dabei stelle ich Ihnen das Team vor und Sie können alle Fragen loswerden.",
    ),
    (
        "de_xing",
        "rejection",
        "after_call",
        "Rückmeldung Data Engineer",
        "vielen Dank noch einmal für das offene Gespräch mit unserem Teamlead. Wir haben uns intern lange "
        "ausgetauscht und sind zu dem Schluss gekommen, dass wir den Prozess mit Ihnen nicht fortsetzen. Die "
        "Anforderungen an Streaming-Erfahrung waren am Ende ausschlaggebend.",
    ),
    # not about a job, tune
    (
        "de_vermieterin",
        "other",
        "flat",
        "Ihre Bewerbung für die Wohnung in der Lindenstraße",
        "herzlichen Dank für Ihr Interesse an der Dachgeschosswohnung und die vollständige Mappe. Leider muss ich "
        "Ihnen absagen: Ich habe mich für ein älteres Ehepaar entschieden, das schon lange im Viertel wohnt. Alles "
        "Gute bei der weiteren Wohnungssuche!",
    ),
    (
        "de_vermieterin",
        "other",
        "flat",
        "Besichtigung Samstag",
        "gern lade ich Sie zur Besichtigung der Wohnung am Samstag um 11 Uhr ein. Bitte bringen Sie die "
        "Selbstauskunft und die letzten drei Gehaltsnachweise mit.",
    ),
    (
        "de_vermieterin",
        "other",
        "flat",
        "Mietvertrag",
        "ich freue mich, Ihnen die Wohnung zusagen zu können! Den Mietvertrag schicke ich Ihnen morgen zu, "
        "Übergabe wäre am 1. Juni.",
    ),
    (
        "de_kita",
        "other",
        "kita",
        "Ihre Anmeldung für einen Krippenplatz",
        "vielen Dank für Ihre Bewerbung um einen Krippenplatz in unserer Einrichtung. Leider können wir Ihnen zum "
        "August keinen Platz anbieten, da die Nachfrage die Zahl der freien Plätze weit übersteigt. Ihr Kind bleibt "
        "auf unserer Warteliste.",
    ),
    (
        "de_kita",
        "other",
        "kita",
        "Einladung zum Aufnahmegespräch",
        "wir freuen uns, Ihnen zum 1. September einen Platz in der Igelgruppe anbieten zu können! Wir laden Sie "
        "herzlich zu einem Aufnahmegespräch mit der Gruppenleitung ein.",
    ),
    (
        "de_kita",
        "other",
        "kita",
        "Eingewöhnung - bitte um Geduld",
        "die Eingewöhnungsplanung für das neue Kitajahr dauert leider noch. Wir bitten um etwas Geduld, Sie hören "
        "bis Ende Juni von uns.",
    ),
    (
        "de_dachdecker",
        "other",
        "craftsman",
        "Angebot Nr. 2025-114 Dachsanierung",
        "anbei erhalten Sie unser Angebot für die Sanierung des Garagendachs inklusive Dämmung. Das Angebot ist 30 "
        "Tage gültig. Über eine Auftragserteilung würden wir uns freuen.",
    ),
    (
        "de_dachdecker",
        "other",
        "craftsman",
        "Terminabsage",
        "leider müssen wir den Termin am Dienstag wegen Sturmwarnung absagen. Wir melden uns für einen neuen "
        "Termin, sobald das Wetter es zulässt.",
    ),
    (
        "de_dachdecker",
        "other",
        "craftsman",
        "Ihre Anfrage Dachrinne",
        "vielen Dank für Ihre Anfrage. Leider können wir den Auftrag für die Dachrinne in diesem Jahr nicht mehr "
        "annehmen, unsere Auftragsbücher sind voll. Wir bitten um Ihr Verständnis.",
    ),
    (
        "de_schule_eltern",
        "other",
        "school",
        "Einladung zum Elternabend",
        "hiermit laden wir euch herzlich zum Elternabend am 24. September um 19:30 Uhr in Raum 112 ein. Themen: "
        "Klassenfahrt, Wahl der Elternvertretung, Sonstiges.",
    ),
    (
        "de_schule_eltern",
        "other",
        "school",
        "Absage Sommerfest",
        "leider müssen wir das Sommerfest am Freitag absagen, die Wettervorhersage ist zu unsicher. Ein Ersatztermin "
        "folgt.",
    ),
    (
        "de_schule_eltern",
        "other",
        "school",
        "Bewerbung für die Schülerzeitung",
        "die Schülerzeitung sucht neue Redakteurinnen und Redakteure! Wer Lust hat, kann sich bis Freitag mit einem "
        "kurzen Text bei Frau Ilic bewerben.",
    ),
]

# ---- German, report
CORES += [
    # Donau Mutual (Vienna, SuccessFactors)
    (
        "de_at_versicherung",
        "application_ack",
        "received",
        "Bestätigung Ihrer Bewerbung",
        "besten Dank für Ihre Bewerbung als Schadenreferentin. Wir haben Ihre Unterlagen erhalten und melden uns "
        "voraussichtlich Mitte Jänner bei Ihnen. Aufgrund der Feiertage ersuchen wir um etwas Geduld.",
    ),
    (
        "de_at_versicherung",
        "interview",
        "invite",
        "Einladung zum Bewerbungsgespräch",
        "wir würden Sie gerne zu einem persönlichen Bewerbungsgespräch in unsere Zentrale am Donaukanal einladen. "
        "Als Termin schlagen wir Mittwoch, den 22. Jänner, 10 Uhr vor.",
    ),
    (
        "de_at_versicherung",
        "rejection",
        "decided",
        "Ihre Bewerbung als Schadenreferentin",
        "nochmals vielen Dank für das Gespräch. Wir haben uns nach reiflicher Abwägung für eine Kandidatin "
        "entschieden, die bereits Erfahrung in der Sparte Kfz mitbringt. Wir bedauern, Ihnen keine positive "
        "Nachricht geben zu können.",
    ),
    (
        "de_at_versicherung",
        "rejection",
        "evidenz",
        "Initiativbewerbung",
        "vielen Dank für Ihre Initiativbewerbung. Derzeit ist leider keine passende Position frei. Wir haben Ihre "
        "Bewerbung jedoch mit Ihrem Einverständnis in Evidenz genommen.",
    ),
    (
        "de_at_versicherung",
        "other",
        "newsletter",
        "Karriere-Newsletter Jänner",
        "Neu im Blog: Wie unsere Lehrlinge die Digitalisierung vorantreiben, Tipps fürs Bewerbungsgespräch und "
        "unsere offenen Stellen im Überblick.",
    ),
    # StepStone relay
    (
        "de_stepstone_relay",
        "rejection",
        "relay",
        "Neue Nachricht zu Ihrer Bewerbung bei Hölzer Logistik",
        'Hölzer Logistik hat Ihnen eine Nachricht gesendet: "Leider können wir Ihnen keine Zusage geben. Wir haben '
        'uns für Kandidaten entschieden, die unserem Profil noch näher kommen. Viel Erfolg!"',
    ),
    (
        "de_stepstone_relay",
        "application_ack",
        "sent",
        "Ihre Bewerbung wurde versendet",
        "Ihre Bewerbung als Disponentin bei Hölzer Logistik wurde erfolgreich übermittelt. Der Arbeitgeber meldet "
        "sich direkt bei Ihnen.",
    ),
    (
        "de_stepstone_relay",
        "other",
        "viewed",
        "Ein Arbeitgeber hat Ihr Profil angesehen",
        "Gute Nachrichten: Ihr Profil wurde diese Woche 7 Mal von Arbeitgebern angesehen. Vervollständigen Sie Ihr "
        "Profil, um noch sichtbarer zu werden.",
    ),
    (
        "de_stepstone_relay",
        "rejection",
        "relay",
        "Status Ihrer Bewerbung: Absage",
        "Der Status Ihrer Bewerbung als Kundenbetreuerin bei Mediconnect hat sich geändert: Das Unternehmen hat "
        "sich entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
    ),
    (
        "de_stepstone_relay",
        "interview",
        "relay",
        "Neue Nachricht von Mediconnect GmbH",
        'Mediconnect GmbH hat Ihnen geschrieben: "Wir würden Sie gern zu einem Telefoninterview am Freitag '
        'einladen. Passt Ihnen 9 Uhr?"',
    ),
    # Bundesagentur (ascii)
    (
        "de_ba_ascii",
        "recruiter_outreach",
        "proposal",
        "Stellenangebot fuer Sie",
        "Ihre Arbeitsvermittlerin hat ein Stellenangebot fuer Sie ausgewaehlt: Buerokauffrau (m/w/d) bei der "
        "Stadtwerke Bochum GmbH. Bitte bewerben Sie sich innerhalb von drei Tagen und teilen Sie uns das Ergebnis "
        "mit.",
    ),
    (
        "de_ba_ascii",
        "other",
        "appointment",
        "Einladung zu einem Termin",
        "bitte kommen Sie am 14.03. um 9:00 Uhr in die Agentur fuer Arbeit, Zimmer 3.12, um ueber Ihre "
        "berufliche Situation zu sprechen. Bringen Sie Ihren Lebenslauf mit.",
    ),
    (
        "de_ba_ascii",
        "rejection",
        "relay",
        "Rueckmeldung zu Ihrem Vermittlungsvorschlag",
        "der Arbeitgeber Stadtwerke Bochum GmbH hat uns mitgeteilt, dass Ihre Bewerbung nicht beruecksichtigt "
        "werden konnte, da die Stelle bereits vergeben ist.",
    ),
    (
        "de_ba_ascii",
        "other",
        "admin",
        "Bescheid ueber Ihren Antrag",
        "Ihr Antrag auf Foerderung einer Weiterbildung wurde abgelehnt. Die Begruendung entnehmen Sie bitte dem "
        "Bescheid in Ihrem Postfach. Gegen diese Entscheidung koennen Sie Widerspruch einlegen.",
    ),
    # Flut & Ebbe (Personio, du)
    (
        "de_personio_agentur",
        "application_ack",
        "received",
        "Moin! Deine Bewerbung ist da",
        "danke, dass du dich bei Flut & Ebbe als Art Direktorin bewirbst! Wir haben gerade echt viele Bewerbungen, "
        "deshalb dauert die Rückmeldung etwas länger als sonst. Nicht wundern, wir vergessen dich nicht.",
    ),
    (
        "de_personio_agentur",
        "interview",
        "invite",
        "Kaffee bei uns?",
        "dein Portfolio hat uns richtig umgehauen. Komm doch nächste Woche auf einen Kaffee bei uns in der "
        "Speicherstadt vorbei, dann lernst du das Kreativteam kennen. Dienstag 15 Uhr?",
    ),
    (
        "de_personio_agentur",
        "rejection",
        "du",
        "Deine Bewerbung als Art Direktorin",
        "danke für dein Kommen und das coole Gespräch. Wir haben hin und her überlegt, uns am Ende aber für eine "
        "andere Kandidatin entschieden. Das hat nichts mit deinem Talent zu tun, es passte einfach vom Timing besser.",
    ),
    (
        "de_personio_agentur",
        "rejection",
        "short",
        "Bewerbung Junior Texter*in",
        "danke dir für deine Bewerbung! Leider passt dein Profil gerade nicht zu dem, was wir suchen. Alles Gute "
        "für dich!",
    ),
    (
        "de_personio_agentur",
        "assessment",
        "task",
        "Probeaufgabe",
        "wie versprochen hier die Probeaufgabe: Entwickle drei Claims für unseren Kunden Nordwind Tee. Schick uns "
        "deine Ideen bis Freitag.",
    ),
    # Universität (TV-L, Amtsdeutsch)
    (
        "de_uni_dezernat",
        "application_ack",
        "received",
        "Kennziffer 117/25 - Eingangsbestätigung",
        "wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin (E 13 TV-L, "
        "50 %). Das Auswahlverfahren wird voraussichtlich mehrere Wochen in Anspruch nehmen.",
    ),
    (
        "de_uni_dezernat",
        "rejection",
        "amt",
        "Kennziffer 117/25",
        "im Namen der Auswahlkommission danken wir Ihnen für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, "
        "dass Ihre Bewerbung bei der Besetzung der Stelle nicht berücksichtigt werden konnte. Die Stelle wurde "
        "zwischenzeitlich mit einer Bewerberin besetzt, die dem Anforderungsprofil in besonderem Maße entspricht.",
    ),
    (
        "de_uni_dezernat",
        "interview",
        "invite",
        "Einladung zum Vorstellungsgespräch mit Probevortrag",
        "die Berufungskommission möchte Sie zu einem Vorstellungsgespräch mit einem Probevortrag von 20 Minuten "
        "einladen. Das Gespräch findet am 8. Mai ab 13 Uhr im Senatssaal statt.",
    ),
    (
        "de_uni_dezernat",
        "rejection",
        "cancelled",
        "Stellenausschreibung Kennziffer 093/25",
        "wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle aus haushaltsrechtlichen Gründen "
        "nicht besetzt werden kann. Das Verfahren wird hiermit beendet.",
    ),
    # Spital Birseck
    (
        "de_ch_spital",
        "application_ack",
        "received",
        "Ihre Bewerbung ist bei uns eingetroffen",
        "Besten Dank für Ihr Interesse am Spital Birseck. Wir haben Ihr Dossier erhalten und werden es sorgfältig "
        "prüfen. Bitte haben Sie Verständnis, dass dies zwei bis drei Wochen dauern kann.",
    ),
    (
        "de_ch_spital",
        "interview",
        "schnuppertag",
        "Einladung zum Schnuppertag",
        "Gerne laden wir Sie zu einem Schnuppertag auf der Medizinischen Klinik ein, damit Sie unser Team "
        "kennenlernen können. Anschliessend findet ein Gespräch mit der Pflegeleitung statt.",
    ),
    (
        "de_ch_spital",
        "rejection",
        "konjunktiv",
        "Ihre Bewerbung als Dipl. Pflegefachfrau HF",
        "Wir danken Ihnen für den Schnuppertag. Gerne hätten wir Ihnen einen positiven Bescheid gegeben; nach "
        "Abwägung aller Bewerbungen haben wir uns jedoch für eine Person mit Erfahrung in der Geriatrie entschieden.",
    ),
    (
        "de_ch_spital",
        "offer",
        "contract",
        "Anstellung per 1. April",
        "Wir freuen uns, Ihnen die Stelle als Dipl. Pflegefachfrau HF mit einem Pensum von 80 % anbieten zu dürfen. "
        "Der Arbeitsvertrag liegt diesem Schreiben bei.",
    ),
    # Hegemann Bau (softgarden)
    (
        "de_bau_softgarden",
        "application_ack",
        "received",
        "Ihre Bewerbung: Bauleiterin Tiefbau",
        "vielen Dank für Ihre Bewerbung! Wir sichten alle Unterlagen persönlich; eine Antwort kann daher einige Tage "
        "dauern.",
    ),
    (
        "de_bau_softgarden",
        "rejection",
        "passive",
        "Ihre Bewerbung: Bauleiterin Tiefbau",
        "nach eingehender Prüfung Ihrer Unterlagen wurde entschieden, Ihre Bewerbung im weiteren Verfahren nicht zu "
        "berücksichtigen. Wir bedanken uns für Ihr Interesse und wünschen Ihnen viel Erfolg.",
    ),
    (
        "de_bau_softgarden",
        "assessment",
        "test",
        "Einladung zum Eignungstest",
        "wir laden Sie zu unserem Eignungstest für den Ausbildungsberuf Bauzeichnerin ein. Der Test findet am 3. März "
        "um 8 Uhr in unserer Niederlassung statt und dauert etwa zwei Stunden.",
    ),
    (
        "de_bau_softgarden",
        "rejection",
        "test_failed",
        "Ergebnis Eignungstest",
        "vielen Dank für Ihre Teilnahme am Eignungstest. Leider haben Sie die erforderliche Punktzahl nicht erreicht, "
        "sodass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.",
    ),
    # Backhaus Ottersberg (du)
    (
        "de_baeckerei",
        "interview",
        "probe",
        "Probetag",
        "danke für deine Bewerbung als Verkäuferin. Komm doch am Samstag um 6 Uhr zum Probetag in die Filiale am "
        "Markt, dann schauen wir mal, wie es dir gefällt.",
    ),
    (
        "de_baeckerei",
        "rejection",
        "du",
        "Re: Probetag",
        "war schön, dass du da warst. Leider brauche ich jemanden, der auch sonntags kann, deshalb wird das mit der "
        "Stelle nichts. Ich wünsch dir alles Liebe!",
    ),
    (
        "de_baeckerei",
        "other",
        "private",
        "Torte für Samstag",
        "die Hochzeitstorte für Samstag ist fertig, du kannst sie ab 9 Uhr abholen. Das Angebot mit den "
        "Mini-Windbeuteln gilt noch diese Woche.",
    ),
    # Riedl Executive Search
    (
        "de_headhunter_muc",
        "recruiter_outreach",
        "approach",
        "Ihr nächster Karriereschritt?",
        "ich begleite aktuell die Suche nach einer Head of Procurement für einen Hidden Champion der "
        "Medizintechnik. Ihr Werdegang würde hervorragend passen. Darf ich Ihnen die Position in einem kurzen "
        "Telefonat vorstellen?",
    ),
    (
        "de_headhunter_muc",
        "interview",
        "client",
        "Kennenlernen mit dem Vorstand",
        "der Vorstand möchte Sie gerne persönlich kennenlernen. Wären Sie am 19. Februar um 15 Uhr für ein "
        "Gespräch in Tuttlingen verfügbar?",
    ),
    (
        "de_headhunter_muc",
        "rejection",
        "shortlist",
        "Update Head of Procurement",
        "ich wollte Ihnen persönlich Bescheid geben: Der Vorstand hat sich entschieden, mit zwei anderen "
        "Kandidaten in die finale Runde zu gehen. Sie sind damit leider nicht mehr im Prozess. Ich bedaure das "
        "sehr und bleibe gern mit Ihnen in Kontakt.",
    ),
    (
        "de_headhunter_muc",
        "other",
        "withdrawn",
        "Re: Rückzug",
        "danke für Ihre offene Nachricht. Ich habe Ihre Kandidatur beim Mandanten zurückgezogen, wie von Ihnen "
        "gewünscht, und wünsche Ihnen viel Erfolg bei Ihrem neuen Arbeitgeber.",
    ),
    # not about a job, report
    (
        "de_stiftung",
        "other",
        "stipendium",
        "Ihre Bewerbung um ein Promotionsstipendium",
        "der Auswahlausschuss hat in seiner Sitzung über die eingegangenen Bewerbungen beraten. Wir bedauern, Ihnen "
        "mitteilen zu müssen, dass wir Ihnen kein Stipendium gewähren können. Die Zahl der Bewerbungen überstieg die "
        "verfügbaren Mittel deutlich.",
    ),
    (
        "de_stiftung",
        "other",
        "stipendium",
        "Einladung zum Auswahlseminar",
        "wir freuen uns, Sie zum Auswahlseminar für das Studienstipendium einzuladen. Es findet vom 5. bis 7. April "
        "in Bonn statt und umfasst zwei Einzelgespräche und eine Gruppendiskussion.",
    ),
    (
        "de_stiftung",
        "other",
        "stipendium",
        "Bewerbung eingegangen",
        "Ihre Bewerbung um ein Stipendium ist vollständig eingegangen. Die Auswahlentscheidung fällt im Juni.",
    ),
    (
        "de_konzertveranstalter",
        "other",
        "event",
        "Absage: Konzert am 12. Oktober",
        "leider müssen wir das Konzert der Band Nebelmeer am 12. Oktober absagen, da der Sänger erkrankt ist. "
        "Ihr Ticket wird automatisch erstattet.",
    ),
    (
        "de_konzertveranstalter",
        "other",
        "event",
        "Einladung zum Vorverkauf",
        "als Stammkundin laden wir Sie exklusiv zum Vorverkauf für die neue Saison ein. Das Angebot gilt bis Sonntag.",
    ),
    (
        "de_bank_kredit",
        "other",
        "loan",
        "Ihr Kreditangebot",
        "vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen unser Angebot für einen Ratenkredit über 12.000 "
        "Euro zu einem effektiven Jahreszins von 5,9 %. Das Angebot ist bis zum 15. gültig.",
    ),
    (
        "de_bank_kredit",
        "other",
        "loan",
        "Ihre Kreditanfrage",
        "nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihrem Kreditantrag nicht "
        "entsprechen können. Die Entscheidung beruht auf unserer internen Bonitätsbewertung.",
    ),
    (
        "de_bank_kredit",
        "other",
        "loan",
        "Ihr Termin in der Filiale",
        "wir bestätigen Ihren Beratungstermin zur Baufinanzierung am Mittwoch um 16 Uhr in der Filiale Altstadt.",
    ),
    (
        "de_at_wohnbau",
        "other",
        "flat",
        "Ihre Anmeldung für eine geförderte Wohnung",
        "wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung für die Wohnung in der Seestadt nicht "
        "berücksichtigt werden konnte, da die Einkommensgrenzen überschritten wurden.",
    ),
    (
        "de_at_wohnbau",
        "other",
        "flat",
        "Wohnungsangebot",
        "wir freuen uns, Ihnen eine 3-Zimmer-Wohnung im Projekt Donaufeld anbieten zu können. Bitte teilen Sie uns "
        "binnen 14 Tagen mit, ob Sie das Angebot annehmen.",
    ),
]

# ---- German, more of the tune and report writers (rejections in more voices, acknowledgements, the rest)
CORES += [
    (
        "de_rexx_antrieb",
        "rejection",
        "profile",
        "Ihre Bewerbung als Technische Redakteurin",
        "wir haben Ihre Bewerbungsunterlagen mit Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass Ihre "
        "Qualifikationen nicht dem Profil entsprechen, das wir für diese Position benötigen.",
    ),
    (
        "de_sf_konzern",
        "rejection",
        "early",
        "Ihre Bewerbung bei Vantera - Req 40388",
        "haben Sie vielen Dank für Ihre Bewerbung. Nach Durchsicht Ihrer Unterlagen haben wir beschlossen, andere "
        "Bewerberinnen und Bewerber in das weitere Verfahren einzubeziehen. Diese Entscheidung ist uns nicht leicht "
        "gefallen.",
    ),
    (
        "de_landratsamt",
        "rejection",
        "amt_long",
        "Vollzug des TVöD; Besetzung der Stelle Kämmerei",
        "unter Bezugnahme auf Ihre Bewerbung vom 12. Februar wird Ihnen mitgeteilt, dass die Stelle nach Durchführung "
        "des Auswahlverfahrens anderweitig vergeben wurde. Es wird gebeten, von Rückfragen abzusehen. Ihre "
        "Bewerbungsunterlagen werden unter Beachtung der datenschutzrechtlichen Vorschriften vernichtet.",
    ),
    (
        "de_klinik_dvinci",
        "rejection",
        "bedauerlich",
        "Ihre Bewerbung als MFA in der Notaufnahme",
        "bedauerlicherweise konnten wir Ihre Bewerbung in diesem Auswahlverfahren nicht berücksichtigen. Wir bedanken "
        "uns für Ihr Vertrauen.",
    ),
    (
        "de_klinik_dvinci",
        "assessment",
        "test",
        "Online-Fragebogen vor dem Gespräch",
        "vor Ihrem Vorstellungsgespräch bitten wir Sie, den beigefügten Online-Fragebogen zu Ihren fachlichen "
        "Kenntnissen auszufüllen. Die Bearbeitung dauert etwa 20 Minuten.",
    ),
    (
        "de_elektro",
        "application_ack",
        "received",
        "Re: Bewerbung Elektronikerin",
        "hab deine Mail bekommen, danke! Bin grad viel unterwegs, melde mich nächste Woche bei dir",
    ),
    (
        "de_ch_beratung",
        "application_ack",
        "received",
        "Ihre Kandidatur - Controllerin 80-100 %",
        "Wir bestätigen den Erhalt Ihres Dossiers. Wir melden uns, sobald wir mit unserer Auftraggeberin Rücksprache "
        "gehalten haben; das kann erfahrungsgemäss ein bis zwei Wochen dauern.",
    ),
    (
        "de_zeitarbeit_ascii",
        "application_ack",
        "received",
        "Ihre Bewerbung bei Tempra",
        "danke fuer Ihre Bewerbung. Ich schaue mir Ihre Unterlagen an und melde mich in den naechsten Tagen "
        "telefonisch bei Ihnen.",
    ),
    (
        "de_xing",
        "rejection",
        "no_further",
        "Ihre Bewerbung als Werkstudentin",
        "vielen Dank für Ihre Bewerbung über XING. Nach Prüfung Ihrer Unterlagen werden wir Ihre Bewerbung nicht "
        "weiter berücksichtigen, da wir uns auf Bewerberinnen mit Java-Kenntnissen konzentrieren.",
    ),
    (
        "de_xing",
        "other",
        "withdrawn",
        "Re: Rückzug Ihrer Bewerbung",
        "schade, aber natürlich verstehe ich das! Ich habe Ihre Bewerbung wie gewünscht aus dem Prozess genommen. "
        "Viel Erfolg bei Ihrer neuen Stelle.",
    ),
    (
        "de_softgarden_startup",
        "offer",
        "offer",
        "Wir wollen dich!",
        "wir haben uns alle einstimmig für dich entschieden und möchten dir die Stelle als UX Writerin anbieten! "
        "Das Angebot mit allen Details kommt gleich per Mail, lass uns gern morgen telefonieren.",
    ),
    (
        "de_at_versicherung",
        "rejection",
        "passive",
        "Ihre Bewerbung als Aktuarin",
        "wir danken Ihnen für Ihre Bewerbung. Im Rahmen der Vorauswahl wurde Ihre Bewerbung leider nicht für die "
        "nächste Runde berücksichtigt.",
    ),
    (
        "de_stepstone_relay",
        "rejection",
        "relay",
        "Nachricht von Sanitätshaus Brinkmann",
        'Sanitätshaus Brinkmann: "Vielen Dank für Ihre Bewerbung. Wir haben die Stelle zwischenzeitlich besetzt und '
        'können Ihnen daher leider kein Angebot machen."',
    ),
    (
        "de_ba_ascii",
        "application_ack",
        "noted",
        "Ihre Bewerbungsaktivitaeten",
        "vielen Dank fuer die Meldung Ihrer Bewerbungen. Wir haben Ihre Eigenbemuehungen fuer den Monat Maerz erfasst.",
    ),
    (
        "de_personio_agentur",
        "other",
        "alert",
        "Neue Jobs bei Flut & Ebbe",
        "Wir suchen wieder! Schau dir unsere neuen Stellen an: Social Media Managerin, Junior Projektmanagerin, "
        "Werkstudent Motion Design.",
    ),
    (
        "de_uni_dezernat",
        "offer",
        "offer",
        "Einstellungsangebot Kennziffer 117/25",
        "wir freuen uns, Ihnen mitteilen zu können, dass die Auswahl auf Sie gefallen ist. Wir bieten Ihnen die "
        "Einstellung als wissenschaftliche Mitarbeiterin zum 1. Oktober an und bitten um Ihre Rückäusserung bis zum "
        "15. August.",
    ),
    (
        "de_ch_spital",
        "rejection",
        "profile",
        "Ihre Bewerbung als Stationsleiterin",
        "Nach eingehender Prüfung sind wir zum Schluss gekommen, dass Ihr Profil den Anforderungen der Stelle nicht "
        "vollumfänglich entspricht. Wir bitten Sie um Verständnis und danken für Ihr Interesse.",
    ),
    (
        "de_bau_softgarden",
        "interview",
        "phone",
        "Telefontermin",
        "wir würden gerne ein erstes telefonisches Gespräch mit Ihnen führen. Bitte wählen Sie über den folgenden "
        "Link einen passenden Termin aus.",
    ),
    (
        "de_headhunter_muc",
        "rejection",
        "decided_nicht",
        "Position CFO Mittelstand",
        "nach den Gesprächen mit dem Aufsichtsrat hat man sich für einen Kandidaten aus der Branche entschieden. "
        "Für Ihr Engagement im Prozess danke ich Ihnen sehr.",
    ),
    (
        "de_baeckerei",
        "application_ack",
        "received",
        "Bewerbung",
        "danke für deine Bewerbung, ich hab sie bekommen. Ich schau sie mir am Wochenende an und melde mich dann.",
    ),
]

# ---- Dutch, tune
CORES += [
    # Rijnpoort (Workday)
    (
        "nl_workday_logistiek",
        "application_ack",
        "received",
        "Bevestiging van je sollicitatie - Planner Transport",
        "Bedankt voor je sollicitatie bij Rijnpoort Logistics! We hebben je gegevens goed ontvangen. Vanwege het grote "
        "aantal reacties kan het even duren voordat je van ons hoort; we vragen je om wat geduld.",
    ),
    (
        "nl_workday_logistiek",
        "rejection",
        "not_next",
        "Je sollicitatie - Planner Transport",
        "Hartelijk dank voor je interesse in Rijnpoort. We hebben je cv zorgvuldig bekeken, maar helaas ga je niet "
        "door naar de volgende ronde. We wensen je veel succes met je zoektocht.",
    ),
    (
        "nl_workday_logistiek",
        "interview",
        "invite",
        "Uitnodiging sollicitatiegesprek",
        "Graag nodigen we je uit voor een sollicitatiegesprek op ons distributiecentrum in Venlo, op dinsdag 11 maart "
        "om 13:30 uur. Je spreekt met de teamleider planning en iemand van HR.",
    ),
    (
        "nl_workday_logistiek",
        "rejection",
        "other_candidate",
        "Update sollicitatie Teamleider Warehouse",
        "Dank je wel voor het prettige gesprek van vorige week. Na lang wikken en wegen hebben we gekozen voor een "
        "andere kandidaat, die meer ervaring heeft met ploegendiensten. We vinden het jammer je dit te moeten "
        "laten weten.",
    ),
    (
        "nl_workday_logistiek",
        "offer",
        "contract",
        "Je arbeidsovereenkomst",
        "Wat leuk dat je bij ons komt werken! In de bijlage vind je je arbeidsovereenkomst voor de functie Planner "
        "Transport, met een startdatum van 1 april. Wil je deze getekend retourneren?",
    ),
    (
        "nl_workday_logistiek",
        "other",
        "alert",
        "Nieuwe vacatures die bij je passen",
        "Op basis van je profiel hebben we deze week vier nieuwe vacatures voor je: Medewerker Douane, Planner "
        "Export, Inkoper Transport en Customer Service Agent.",
    ),
    # Stad Aalststede (Flemish selection office)
    (
        "nl_be_selectie",
        "application_ack",
        "received",
        "Uw kandidatuur voor de functie van administratief medewerker",
        "Wij hebben uw kandidatuur goed ontvangen. Na afloop van de inschrijvingstermijn wordt gecontroleerd of u aan "
        "de toelatingsvoorwaarden voldoet. U ontvangt daarover bericht binnen drie weken.",
    ),
    (
        "nl_be_selectie",
        "assessment",
        "exam",
        "Oproeping schriftelijke proef",
        "U wordt uitgenodigd voor de schriftelijke proef van de selectieprocedure deskundige communicatie op zaterdag "
        "15 februari om 9 uur in het administratief centrum. Breng uw identiteitskaart mee.",
    ),
    (
        "nl_be_selectie",
        "rejection",
        "exam_failed",
        "Resultaat schriftelijke proef",
        "Wij delen u mee dat u voor de schriftelijke proef niet de vereiste 50 % behaald heeft. U kunt bijgevolg niet "
        "deelnemen aan het mondelinge gedeelte van de selectieprocedure.",
    ),
    (
        "nl_be_selectie",
        "interview",
        "oral",
        "Uitnodiging mondelinge proef",
        "Proficiat, u bent geslaagd voor de schriftelijke proef. Wij nodigen u uit voor het mondelinge "
        "selectiegesprek op 4 maart om 10.30 uur.",
    ),
    (
        "nl_be_selectie",
        "rejection",
        "wervingsreserve",
        "Uitslag selectieprocedure deskundige communicatie",
        "Na afloop van de selectieprocedure delen wij u mee dat u niet geslaagd bent voor het mondelinge gedeelte. "
        "Wij danken u voor uw deelname en uw interesse voor een loopbaan bij onze stad.",
    ),
    # Fietsdeel (Recruitee, je)
    (
        "nl_recruitee_startup",
        "application_ack",
        "received",
        "Yes, we hebben je sollicitatie!",
        "Super dat je bij Fietsdeel aan de slag wil als Growth Marketeer. We kijken er binnen een week naar en laten "
        "je dan weten hoe het verder gaat.",
    ),
    (
        "nl_recruitee_startup",
        "interview",
        "video",
        "Even kennismaken?",
        "We zijn nieuwsgierig geworden! Heb je zin in een kennismakingsgesprek van een half uurtje via Google Meet? "
        "Kies hier een moment dat jou past.",
    ),
    (
        "nl_recruitee_startup",
        "assessment",
        "task",
        "Een kleine opdracht",
        "Voor de volgende stap vragen we je een korte case te maken: hoe zou jij in drie maanden 1.000 nieuwe "
        "abonnees in Utrecht werven? Stuur je plan uiterlijk vrijdag.",
    ),
    (
        "nl_recruitee_startup",
        "rejection",
        "je",
        "Over je sollicitatie bij Fietsdeel",
        "Dank voor je case, we hebben hem met veel plezier gelezen. We hebben uiteindelijk besloten om met iemand "
        "anders verder te gaan, die al meer ervaring heeft met B2C-groei. Heel veel succes!",
    ),
    (
        "nl_recruitee_startup",
        "rejection",
        "closed",
        "Vacature Customer Happiness",
        "Bedankt voor je sollicitatie! We hebben helaas moeten besluiten om de vacature voorlopig niet in te vullen, "
        "omdat we de teams anders gaan indelen. Daarom stoppen we de procedure.",
    ),
    # Flexpunt (phone)
    (
        "nl_uitzend",
        "recruiter_outreach",
        "job",
        "Leuke job voor jou?",
        "ik zag je cv op de site en heb misschien iets voor je: administratief medewerker bij een groothandel in "
        "Best, 32 uur, direct starten. Interesse? Bel me even",
    ),
    (
        "nl_uitzend",
        "interview",
        "visit",
        "Afspraak bij de klant",
        "top, de klant wil je graag zien! Donderdag 10u bij Van Roosmalen in Best, vraag naar Petra. Succes!!",
    ),
    (
        "nl_uitzend",
        "rejection",
        "client",
        "Re: Afspraak bij de klant",
        "helaas, ze hebben voor een andere kandidaat gekozen die al ervaring had met Exact. Balen! Ik zoek verder "
        "voor je",
    ),
    (
        "nl_uitzend",
        "offer",
        "placement",
        "Je kunt beginnen!",
        "goed nieuws, je bent aangenomen bij de drukkerij! Maandag om 8 uur starten. Ik stuur je straks het "
        "uitzendcontract om te tekenen",
    ),
    # Zorggroep De Linde
    (
        "nl_zorg",
        "application_ack",
        "received",
        "Ontvangstbevestiging sollicitatie",
        "Hartelijk dank voor uw sollicitatie als verzorgende IG. Wij hebben uw brief en cv in goede orde ontvangen. "
        "Binnen twee weken hoort u of wij u uitnodigen.",
    ),
    (
        "nl_zorg",
        "interview",
        "meeloop",
        "Uitnodiging kennismaking en meeloopdag",
        "Wij nodigen u graag uit voor een kennismakingsgesprek op locatie De Beuk, gevolgd door een meeloopochtend "
        "op de afdeling. Schikt maandag 17 maart om 9 uur?",
    ),
    (
        "nl_zorg",
        "rejection",
        "u",
        "Uw sollicitatie als verzorgende IG",
        "Na zorgvuldige afweging moeten wij u helaas berichten dat wij uw sollicitatie niet verder in behandeling "
        "nemen. Wij hebben kandidaten geselecteerd wier ervaring beter aansluit bij de doelgroep.",
    ),
    (
        "nl_zorg",
        "rejection",
        "filled",
        "Vacature teamleider zorg",
        "Dank voor uw belangstelling. De vacature is inmiddels intern vervuld, waardoor wij uw sollicitatie niet "
        "kunnen meenemen.",
    ),
    (
        "nl_zorg",
        "offer",
        "offer",
        "Aanbod arbeidsovereenkomst",
        "Met veel plezier bieden wij u een arbeidsovereenkomst aan voor 28 uur per week als verzorgende IG, in "
        "eerste instantie voor een jaar. Het voorstel vindt u in de bijlage.",
    ),
    # not about a job, tune
    (
        "nl_gemeente_vergunning",
        "other",
        "permit",
        "Besluit op uw aanvraag omgevingsvergunning",
        "Uw aanvraag voor een omgevingsvergunning voor het plaatsen van een dakkapel is afgewezen, omdat het plan "
        "niet voldoet aan het bestemmingsplan. U kunt binnen zes weken bezwaar maken.",
    ),
    (
        "nl_gemeente_vergunning",
        "other",
        "permit",
        "Ontvangstbevestiging aanvraag parkeervergunning",
        "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. De behandeling duurt maximaal acht weken; wij "
        "vragen u om geduld.",
    ),
    (
        "nl_gemeente_vergunning",
        "other",
        "permit",
        "Uitnodiging informatieavond",
        "U bent van harte uitgenodigd voor de informatieavond over de herinrichting van de Dorpsstraat op 9 april "
        "in het gemeentehuis.",
    ),
    (
        "nl_gemeente_vergunning",
        "other",
        "permit",
        "Evenementenvergunning afgewezen",
        "Helaas moeten wij u meedelen dat uw aanvraag voor een evenementenvergunning voor de buurtbarbecue niet kan "
        "worden toegekend.",
    ),
    (
        "nl_woningcorporatie",
        "other",
        "flat",
        "Reactie op woning Kerkstraat 12",
        "Bedankt voor je reactie op de woning aan de Kerkstraat. Helaas is de woning aan een andere "
        "woningzoekende toegewezen, die langer ingeschreven stond.",
    ),
    (
        "nl_woningcorporatie",
        "other",
        "flat",
        "Uitnodiging bezichtiging",
        "Je staat op nummer 1 voor de woning aan de Molenweg! We nodigen je uit voor een bezichtiging op woensdag om "
        "15 uur.",
    ),
    (
        "nl_woningcorporatie",
        "other",
        "flat",
        "Huurovereenkomst",
        "Gefeliciteerd met je nieuwe woning! In de bijlage vind je de huurovereenkomst. De sleuteloverdracht is op "
        "1 mei.",
    ),
]

# ---- Dutch, report
CORES += [
    # Schelde Bank (Flemish, SuccessFactors)
    (
        "nl_be_bank",
        "application_ack",
        "received",
        "Bedankt voor je kandidatuur",
        "We hebben je kandidatuur voor de functie Compliance Officer goed ontvangen. Ons team bekijkt ze zo snel "
        "mogelijk. Hou er rekening mee dat dit enkele weken kan duren.",
    ),
    (
        "nl_be_bank",
        "rejection",
        "not_retained",
        "Je kandidatuur bij Schelde Bank",
        "Bedankt voor je interesse in Schelde Bank. Na een grondige analyse van je profiel moeten we je helaas "
        "meedelen dat we je kandidatuur niet weerhouden voor de volgende fase.",
    ),
    (
        "nl_be_bank",
        "interview",
        "invite",
        "Uitnodiging voor een eerste gesprek",
        "We willen je graag beter leren kennen en nodigen je uit voor een eerste gesprek op ons kantoor in Antwerpen "
        "op woensdag 5 maart om 14 uur.",
    ),
    (
        "nl_be_bank",
        "assessment",
        "test",
        "Online testen",
        "Als volgende stap in de selectie vragen we je om binnen de week enkele online testen af te leggen "
        "(redeneervermogen en persoonlijkheid). De link vind je hieronder.",
    ),
    (
        "nl_be_bank",
        "rejection",
        "after_test",
        "Resultaat online testen",
        "Bedankt voor het afleggen van de testen. Op basis van de resultaten zetten we de procedure helaas niet "
        "verder met jou.",
    ),
    # Gemeente Dijkwaard (werkenbij)
    (
        "nl_werkenbij_gemeente",
        "application_ack",
        "received",
        "Ontvangstbevestiging - Beleidsmedewerker Wonen",
        "Bedankt voor uw sollicitatie. Na de sluitingsdatum beoordeelt de selectiecommissie alle brieven. U hoort "
        "uiterlijk 20 maart of u bent uitgenodigd.",
    ),
    (
        "nl_werkenbij_gemeente",
        "rejection",
        "u",
        "Uw sollicitatie naar de functie Beleidsmedewerker Wonen",
        "De selectiecommissie heeft alle sollicitaties beoordeeld. Tot onze spijt moeten wij u meedelen dat u niet "
        "bent geselecteerd voor een gesprek. Er waren kandidaten die beter aansloten bij het profiel.",
    ),
    (
        "nl_werkenbij_gemeente",
        "interview",
        "invite",
        "Uitnodiging eerste gesprek",
        "De selectiecommissie nodigt u uit voor een eerste gesprek op 26 maart om 15.00 uur in het stadskantoor.",
    ),
    (
        "nl_werkenbij_gemeente",
        "rejection",
        "afgewezen",
        "Uitslag sollicitatieprocedure",
        "Na het tweede gesprek heeft de commissie besloten u niet voor te dragen voor benoeming. Uw sollicitatie is "
        "daarmee afgewezen. Wij danken u voor de getoonde belangstelling.",
    ),
    (
        "nl_werkenbij_gemeente",
        "offer",
        "offer",
        "Voorlopige aanstelling",
        "Wij zijn verheugd u te kunnen meedelen dat wij u willen aanstellen als Beleidsmedewerker Wonen. Een "
        "arbeidsvoorwaardengesprek volgt.",
    ),
    # Mulder Installatie (je)
    (
        "nl_installateur",
        "interview",
        "visit",
        "Kom je even langs?",
        "Bedankt voor je mail. Kom je vrijdagochtend even langs in de werkplaats? Dan laat ik je zien wat we doen en "
        "praten we verder.",
    ),
    (
        "nl_installateur",
        "rejection",
        "je",
        "Re: sollicitatie monteur",
        "Leuk dat je langs was. Ik heb er nog eens over nagedacht maar ik ga toch voor iemand met een "
        "F-gassen certificaat. Sorry, succes verder",
    ),
    (
        "nl_installateur",
        "other",
        "quote",
        "Offerte cv-ketel",
        "Hierbij de offerte voor de nieuwe cv-ketel inclusief montage: 2.350 euro. Laat maar weten of het akkoord is.",
    ),
    # TalentBrug recruiter
    (
        "nl_recruiter",
        "recruiter_outreach",
        "approach",
        "Interessante rol als Business Controller",
        "Via LinkedIn kwam ik je profiel tegen. Voor een mooie familiebedrijf in Zwolle zoek ik een Business "
        "Controller. Sta je open voor een vrijblijvend gesprek?",
    ),
    (
        "nl_recruiter",
        "interview",
        "client",
        "Gesprek bij de opdrachtgever",
        "Goed nieuws: de opdrachtgever wil graag met je in gesprek! Maandag 14.00 uur op kantoor in Zwolle, met de "
        "CFO en de HR-manager.",
    ),
    (
        "nl_recruiter",
        "rejection",
        "client",
        "Terugkoppeling opdrachtgever",
        "Ik heb net de terugkoppeling gehad. De opdrachtgever heeft besloten om niet met je verder te gaan; ze "
        "zoeken toch iemand met meer ervaring in de maakindustrie. Ik had het je graag anders verteld.",
    ),
    (
        "nl_recruiter",
        "other",
        "withdrawn",
        "Re: terugtrekken",
        "Helemaal duidelijk, ik heb je kandidatuur bij de klant teruggetrokken. Gefeliciteerd met je nieuwe baan!",
    ),
    # Universiteit Lekdal
    (
        "nl_universiteit",
        "application_ack",
        "received",
        "Ontvangstbevestiging vacature 25.117",
        "Hartelijk dank voor uw sollicitatie voor de functie van promovendus. Wij hebben uw gegevens ontvangen en "
        "nemen na de sluitingsdatum contact met u op.",
    ),
    (
        "nl_universiteit",
        "rejection",
        "not_selected",
        "Vacature 25.117 promovendus",
        "De selectiecommissie heeft uw sollicitatie zorgvuldig bekeken. Helaas is uw sollicitatie niet geselecteerd "
        "voor de volgende ronde van de procedure.",
    ),
    (
        "nl_universiteit",
        "interview",
        "invite",
        "Uitnodiging sollicitatiegesprek vacature 25.117",
        "Graag nodigen wij u uit voor een sollicitatiegesprek met de selectiecommissie, dat online zal plaatsvinden "
        "op 12 mei om 11 uur. U wordt gevraagd een korte presentatie van tien minuten te geven.",
    ),
    (
        "nl_universiteit",
        "rejection",
        "closed",
        "Vacature 25.093 onderzoeker",
        "Wij laten u weten dat de vacature onderzoeker niet wordt ingevuld, omdat de financiering is vervallen. De "
        "procedure is hiermee beëindigd.",
    ),
    # not about a job, report
    (
        "nl_lening",
        "other",
        "loan",
        "Uw aanvraag persoonlijke lening",
        "Wij hebben uw aanvraag voor een persoonlijke lening beoordeeld. Helaas is uw aanvraag afgewezen op basis "
        "van de BKR-toetsing.",
    ),
    (
        "nl_lening",
        "other",
        "loan",
        "Uw leenaanbod",
        "Goed nieuws! Wij kunnen u een lening aanbieden van 8.000 euro tegen 6,4 % rente. Onderteken het aanbod "
        "binnen 14 dagen.",
    ),
    (
        "nl_lening",
        "other",
        "loan",
        "We hebben uw aanvraag ontvangen",
        "Bedankt voor uw aanvraag. Wij beoordelen deze binnen vijf werkdagen en laten u dan weten of wij u een "
        "aanbod kunnen doen.",
    ),
    (
        "nl_club_school",
        "other",
        "club",
        "Uitnodiging ouderavond",
        "Hierbij nodigen wij u uit voor de ouderavond van groep 6 op dinsdag 8 oktober om 19.30 uur.",
    ),
    (
        "nl_club_school",
        "other",
        "club",
        "Toernooi afgelast",
        "Helaas moeten we het jeugdtoernooi van zaterdag afgelasten vanwege de weersvoorspelling. Inschrijfgeld "
        "wordt teruggestort.",
    ),
    (
        "nl_club_school",
        "other",
        "club",
        "Sollicitatie vrijwilliger kantine",
        "We zoeken vrijwilligers voor de kantinedienst! Solliciteren kan tot zondag bij het secretariaat.",
    ),
    (
        "nl_club_school",
        "other",
        "club",
        "Inschrijving niet gelukt",
        "Helaas is je inschrijving voor de zomerkamp afgewezen, want alle plekken zijn vol. Je staat op de wachtlijst.",
    ),
]

# ---- Dutch, more of the tune and report writers
CORES += [
    (
        "nl_workday_logistiek",
        "rejection",
        "position_closed",
        "Vacature Inkoper",
        "Wij laten je weten dat de vacature Inkoper is komen te vervallen. We sluiten de procedure daarom af en "
        "bedanken je voor je tijd.",
    ),
    (
        "nl_be_selectie",
        "other",
        "info",
        "Nieuwsbrief vacatures stad",
        "Bekijk de nieuwe vacatures van onze stad: jobstudent zwembad, technisch assistent groendienst, "
        "maatschappelijk werker.",
    ),
    (
        "nl_recruitee_startup",
        "other",
        "withdrawn",
        "Je sollicitatie is ingetrokken",
        "Je hebt je sollicitatie voor Growth Marketeer ingetrokken. Jammer! Je gegevens worden binnen 30 dagen "
        "verwijderd.",
    ),
    (
        "nl_uitzend",
        "application_ack",
        "received",
        "Re: inschrijving",
        "thanks voor je inschrijving! Ik heb je cv ontvangen, ik bel je deze week even",
    ),
    (
        "nl_zorg",
        "assessment",
        "vog",
        "Competentietest",
        "Als onderdeel van de procedure vragen wij u een online competentietest te maken. U ontvangt hiervoor een "
        "aparte e-mail met inloggegevens.",
    ),
    (
        "nl_be_bank",
        "offer",
        "offer",
        "Ons voorstel",
        "Proficiat! We willen je graag aanwerven als Compliance Officer. In bijlage vind je ons contractvoorstel met "
        "loon en extralegale voordelen.",
    ),
    (
        "nl_werkenbij_gemeente",
        "rejection",
        "early",
        "Uw sollicitatie Medewerker Burgerzaken",
        "Helaas moeten wij u berichten dat wij uw sollicitatie niet meenemen in de verdere procedure.",
    ),
    (
        "nl_installateur",
        "application_ack",
        "received",
        "Re: sollicitatie monteur",
        "Mail ontvangen, dank je. Ik kijk er dit weekend naar.",
    ),
    (
        "nl_recruiter",
        "rejection",
        "early",
        "Je sollicitatie Controller",
        "Dank voor je reactie op de vacature Controller. Je ervaring sluit helaas niet voldoende aan op wat mijn "
        "opdrachtgever zoekt, dus ik kan je niet voorstellen.",
    ),
    (
        "nl_uitzend",
        "recruiter_outreach",
        "job",
        "Nieuwe opdracht in Veldhoven",
        "hoi! er is een nieuwe opdracht binnen bij een techbedrijf in Veldhoven, receptie en planning, 4 dagen. Lijkt "
        "me echt iets voor jou, zal ik je voorstellen?",
    ),
    (
        "nl_recruiter",
        "recruiter_outreach",
        "approach",
        "Vraagje over je volgende stap",
        "Ik ben op zoek naar een Controller voor een snelgroeiende zorgorganisatie in Deventer. Ik denk dat jouw "
        "achtergrond goed past. Zullen we deze week even bellen?",
    ),
    (
        "nl_club_school",
        "other",
        "club",
        "Afmelding training",
        "Jammer dat je dochter zich heeft afgemeld voor de training. We hebben de afmelding verwerkt.",
    ),
    (
        "nl_universiteit",
        "offer",
        "offer",
        "Aanbod aanstelling",
        "Met genoegen bieden wij u een aanstelling aan als promovendus voor vier jaar. De voorwaarden vindt u in de "
        "bijgevoegde brief.",
    ),
]


# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote
# headers.
_READERS = {
    "de": Reader(
        "Miriam Schulze <miriam.schulze@example.net>",
        "Guten Tag, danke für die Rückmeldung. Bei Fragen erreichen Sie mich jederzeit per Mail oder "
        "Telefon. Beste Grüße, Miriam Schulze",
        "Am Do., 6. März 2025 um 08:41 Uhr schrieb Miriam Schulze <miriam.schulze@example.net>:",
        "Von: Miriam Schulze <miriam.schulze@example.net>\nGesendet: Donnerstag, 6. März 2025 08:41\n"
        "An: karriere@example.org\nBetreff: Bewerbung",
    ),
    "nl": Reader(
        "Sanne de Wit <sanne.dewit@example.net>",
        "Goedemiddag, dank voor het bericht. Als er nog iets nodig is hoor ik het graag. Groetjes, Sanne de Wit",
        "Op vr 7 mrt 2025 om 14:05 schreef Sanne de Wit <sanne.dewit@example.net>:",
        "Van: Sanne de Wit <sanne.dewit@example.net>\nVerzonden: vrijdag 7 maart 2025 14:05\n"
        "Aan: hr@example.org\nOnderwerp: Sollicitatie",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 2, 3, 7, 43, tzinfo=dt.UTC),
    days=75,
    minutes=41,
    quote_every=6,
    case_id="{lang}6-{i:03d}-{label}",
    message_id="<i6-{i:03d}.{writer}@intl6.example>",
    boundary="=_i6_{i}_{writer}",
)
build = SET.build
messages = SET.messages
