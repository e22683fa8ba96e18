"""A twelfth set of job-search mail, Spanish and Dutch only (`bench/mail_heldout.py --set intl11`), written for this
project (twelfth session) by other writers than the earlier sets (tests/mail/heldout_mail.py, writers_mail.py,
intl3_mail.py to intl10_mail.py): several writers per kind, so the tune and report halves share kinds of mail but
not wording. None of it comes from a data set or a real inbox; every sender, company and person is invented.

The kinds, each written by at least two writers, one in each half: short notes from independent recruiters and
agencies that name no job at all ("¿hablamos?", "Zin in een kennismaking?"), start-ups and small employers writing
from a phone, replies in a thread, interview scheduling by an assistant, applicant systems of large employers, public
employers, NGOs and foundations; decisions in many grammatical shapes, receipts, invitations, assessments, offers,
outreach and withdrawals the employer confirms (`other`). In Spanish the writers come from Seville, Monterrey,
Rosario, Barranquilla, Málaga, Arequipa, Zaragoza, San José (Costa Rica), Quito, Asunción, Galicia, La Paz, Santo
Domingo and Guatemala; in Dutch from Dutch and Flemish recruiters, start-ups, small firms, a water board, an OCMW, a
province, a city, an insurer's and a retailer's applicant systems and planners at an engineering and a law firm.
About a third of each language is mail that uses the same words in another sense: a language school's level
interview and enrolment, a landlord's candidates for a flat, a software supplier's offer and proposal, a podcast's
interview, a photo contest's selection, a health insurer's application, a neighbour, a volunteer placement.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the code) or `report` (only counted,
at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl11` refuses to show its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- Spanish. Independent recruiters and agencies writing short notes
    # a freelance recruiter in Seville, « tú »
    "es11_agente_sevilla": Writer(
        "tune", "es", "Macarena Ruiz <macarena@ruiztalento.example.es>", "gmail-utf8",
        "Hola Inés,", "Un abrazo,\nMacarena Ruiz\nSocia fundadora · Ruiz Talento"),
    # a Monterrey staffing agency
    "es11_mx_agencia_mty": Writer(
        "tune", "es", "Lic. Rodrigo Garza <rgarza@nortecapital-rh.example.mx>", "outlook-qp",
        "Buen día Inés:", "Saludos cordiales,\nLic. Rodrigo Garza\nConsultor Senior | Norte Capital Humano"),
    # a Rosario recruiter, « vos »
    "es11_ar_rosario_agente": Writer(
        "report", "es", "Juli Benedetti <juli@litoraltalentos.example.ar>", "phone-flowed",
        "Hola Inés!", "Juli\nLitoral Talentos\n\nEnviado desde mi celular"),
    # a Barranquilla recruiter
    "es11_co_barranquilla": Writer(
        "report", "es", "Yuranis Pacheco <ypacheco@caribeconsultores.example.co>", "outlook-qp",
        "Buenas tardes señora Inés,", "Cordialmente,\nYuranis Pacheco\nAnalista de Selección | Caribe Consultores"),
    # ---- Spanish. Start-ups and small employers
    # a Málaga start-up's CTO, « tú »
    "es11_startup_malaga": Writer(
        "tune", "es", "Álvaro de Castro <alvaro@olalabs.example.io>", "gmail-utf8",
        "¡Hola Inés!", "Álvaro\nCTO · Ola Labs"),
    # an Arequipa family bakery
    "es11_pe_panaderia": Writer(
        "tune", "es", "Panadería Misti – Gerencia <gerencia.misti@example.pe>", "cp1252-apple",
        "Señorita Inés:", "Atte.\nDoña Carmen Zegarra\nPanadería y Pastelería Misti"),
    # a Zaragoza start-up's founder, « tú »
    "es11_startup_zaragoza": Writer(
        "report", "es", "Pilar Lafuente <pilar@cierzo.example.es>", "gmail-utf8",
        "Hola Inés,", "Pilar\nCofundadora, Cierzo Energía"),
    # a San José (Costa Rica) digital agency owner
    "es11_cr_agencia": Writer(
        "report", "es", "Mauricio Solano <mauricio@puravidadigital.example.cr>", "cp1252-apple",
        "Hola Inés, pura vida.", "Saludos,\nMauricio Solano\nDirector · Pura Vida Digital"),
    # ---- Spanish. Applicant systems of large employers
    # a Spanish airline's applicant system
    "es11_ats_aerolinea": Writer(
        "tune", "es", "Talento Iberalia <no-reply@iberalia.talent-ats.example>", "html-utf8",
        "Estimada Inés:", "Equipo de Talento · Iberalia",
        "Por favor, no respondas a este mensaje: el buzón no se revisa."),
    # a Quito bank
    "es11_ec_banco": Writer(
        "tune", "es", "Banco del Pichincha Alto – Gestión Humana <talento@bpalto.example.ec>", "html-cp1252",
        "Estimada Inés Carrasco,", "Gestión del Talento Humano\nBanco del Pichincha Alto"),
    # a telecom's applicant system
    "es11_ats_telecom": Writer(
        "report", "es", "Movilsur Empleo <empleo@movilsur.example.com>", "multipart-b64",
        "Hola Inés:", "El equipo de Selección de Movilsur",
        "Recibes este correo porque te registraste en el portal de empleo de Movilsur."),
    # an Asunción manufacturer
    "es11_py_industria": Writer(
        "report", "es", "Industrias Guaraní – RR.HH. <rrhh@indguarani.example.com.py>", "latin1-plain",
        "Sra. Carrasco:", "Atentamente,\nDepartamento de Recursos Humanos\nIndustrias Guaraní S.A."),
    # ---- Spanish. Public employers
    # a Galician concello writing Spanish
    "es11_concello": Writer(
        "tune", "es", "Concello de Ribadeo Novo – Persoal <persoal@ribadeonovo.example.gal>", "outlook-qp",
        "Sra. Inés Carrasco Vidal:", "La Jefa del Servicio de Personal"),
    # a La Paz public university
    "es11_bo_universidad": Writer(
        "report", "es", "Universidad Pública de El Alto – Convocatorias <docentes@upea.example.bo>", "ascii",
        "Senora postulante:", "Comision de Seleccion Docente\nVicerrectorado"),
    # ---- Spanish. Scheduling and assistants
    # an engineering firm's assistant
    "es11_asistente_agenda": Writer(
        "tune", "es", "Nuria Segarra <nsegarra@ingenieriadelta.example.es>", "outlook-qp",
        "Buenos días Inés:", "Saludos,\nNuria Segarra\nAsistente de Dirección · Ingeniería Delta"),
    # a Santo Domingo hotel's HR assistant
    "es11_do_hotel": Writer(
        "report", "es", "Yokasta Peña <ypena@hotelmalecon.example.do>", "gmail-utf8",
        "Saludos Inés,", "Bendiciones,\nYokasta Peña\nAsistente de Gestión Humana, Hotel Malecón Real"),
    # ---- Spanish. Foundations and NGOs
    # a Madrid cultural foundation
    "es11_fundacion": Writer(
        "tune", "es", "Fundación Lumbre – Equipo <equipo@fundacionlumbre.example.org>", "gmail-utf8",
        "Querida Inés:", "Un saludo afectuoso,\nTeresa Olmos\nCoordinadora de Programas"),
    # a Guatemalan NGO
    "es11_gt_ong": Writer(
        "report", "es", "Asociación Semilla Maya <coordinacion@semillamaya.example.org.gt>", "latin1-plain",
        "Estimada Inés,", "Atentamente,\nLic. Byron Ajú\nCoordinación Administrativa"),
    # ---- Spanish, not about a job
    # a language school
    "es11_academia": Writer(
        "tune", "es", "Academia Babel – Secretaría <secretaria@academiababel.example.es>", "html-utf8",
        "Hola Inés,", "Secretaría Académica · Academia Babel"),
    # a landlord
    "es11_casero": Writer(
        "tune", "es", "Fermín Arrieta <fermin.arrieta@example.net>", "gmail-utf8",
        "Hola Inés,", "Un saludo,\nFermín"),
    # a software supplier's sales rep
    "es11_proveedor": Writer(
        "tune", "es", "Sergio Bravo – Nubeplan <sergio.bravo@nubeplan.example.com>", "outlook-qp",
        "Hola Inés:", "Saludos,\nSergio Bravo\nAccount Executive · Nubeplan"),
    # a podcast host
    "es11_podcast": Writer(
        "report", "es", "Lola Medina <lola@podcastterraza.example.es>", "gmail-utf8",
        "¡Hola Inés!", "Un besazo,\nLola\nLa Terraza Podcast"),
    # a photo contest
    "es11_concurso_fotos": Writer(
        "report", "es", "Concurso Mirada Urbana <concurso@miradaurbana.example.org>", "html-cp1252",
        "Estimada participante:", "La organización de Mirada Urbana"),
    # a health insurer
    "es11_aseguradora": Writer(
        "report", "es", "Salud Serena Seguros <clientes@saludserena.example.es>", "multipart-b64",
        "Estimada clienta:", "Atención al Cliente · Salud Serena"),
    # a volunteer programme
    "es11_voluntariado": Writer(
        "report", "es", "Red de Voluntariado Costa <voluntariado@redcosta.example.org>", "gmail-utf8",
        "Hola Inés:", "Un abrazo,\nEquipo de Voluntariado"),
    # ---- Dutch. Independent recruiters
    # a freelance recruiter in Zwolle, « je »
    "nl11_werver_zwolle": Writer(
        "tune", "nl", "Bas Hoekstra <bas@hoekstrawerving.example.nl>", "phone-flowed",
        "Hoi Sanne,", "Groet,\nBas\nHoekstra Werving & Selectie\n\nVerstuurd vanaf mijn iPhone"),
    # an Antwerp recruiter
    "nl11_vl_recruiter": Writer(
        "report", "nl", "Jolien Peeters <jolien.peeters@scheldetalent.example.be>", "outlook-qp",
        "Dag Sanne,", "Vriendelijke groeten,\nJolien Peeters\nTalent Partner | Schelde Talent"),
    # ---- Dutch. Start-ups and small firms
    # a Rotterdam start-up's founder
    "nl11_startup_rotterdam": Writer(
        "tune", "nl", "Daan Visser <daan@kadeklaar.example.nl>", "gmail-utf8",
        "Hey Sanne!", "Daan\nFounder, Kadeklaar"),
    # a Ghent small firm
    "nl11_vl_kmo_gent": Writer(
        "tune", "nl", "Wim De Smet <wim@desmetschrijnwerk.example.be>", "ascii",
        "Dag Sanne,", "Groetjes,\nWim De Smet\nSchrijnwerkerij De Smet bv"),
    # an Eindhoven scale-up
    "nl11_scaleup_eindhoven": Writer(
        "report", "nl", "Eva Smits <eva@lumenlab.example.nl>", "gmail-utf8",
        "Hi Sanne,", "Eva\nPeople & Culture · Lumenlab"),
    # a Friesland garage owner
    "nl11_garage_fries": Writer(
        "report", "nl", "Autobedrijf Wijnja <info@autowijnja.example.nl>", "cp1252-apple",
        "Beste Sanne,", "Met vriendelijke groet,\nJelle Wijnja"),
    # ---- Dutch. Applicant systems of large employers
    # a retailer's applicant system
    "nl11_ats_retail": Writer(
        "tune", "nl", "Werken bij Hollandhuis <noreply@hollandhuis.recruit.example>", "html-utf8",
        "Beste Sanne,", "Team Recruitment Hollandhuis",
        "Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen."),
    # an insurer's applicant system
    "nl11_ats_verzekeraar": Writer(
        "report", "nl", "Delta Zekerheid Recruitment <recruitment@deltazekerheid.example.nl>", "multipart-b64",
        "Beste Sanne Bakker,", "Team Talent Acquisition\nDelta Zekerheid",
        "Je ontvangt dit bericht omdat je een account hebt op onze carrièresite."),
    # ---- Dutch. Public employers
    # a water board
    "nl11_waterschap": Writer(
        "tune", "nl", "Waterschap Lage Vaart – P&O <po@lagevaart.example.nl>", "outlook-qp",
        "Geachte mevrouw Bakker,", "Met vriendelijke groet,\nAfdeling P&O\nWaterschap Lage Vaart"),
    # a Flemish OCMW
    "nl11_vl_ocmw": Writer(
        "tune", "nl", "OCMW Zomergem-Lovendegem – Personeelsdienst <personeel@ocmwzl.example.be>", "latin1-plain",
        "Geachte mevrouw,", "Hoogachtend,\nPersoneelsdienst OCMW"),
    # a Dutch province
    "nl11_provincie": Writer(
        "report", "nl", "Provincie Noordoever – Werving <werving@noordoever.example.nl>", "html-cp1252",
        "Geachte mevrouw Bakker,", "Met vriendelijke groet,\nTeam Werving & Selectie\nProvincie Noordoever"),
    # a Flemish city
    "nl11_vl_stad": Writer(
        "report", "nl", "Stad Damme-Oost – Selectiedienst <selectie@dammeoost.example.be>", "ascii",
        "Beste kandidaat,", "Met vriendelijke groeten,\nDe selectiedienst"),
    # ---- Dutch. Planners and assistants
    # an engineering firm's office manager
    "nl11_planner_ingenieurs": Writer(
        "tune", "nl", "Marieke Bos <m.bos@bosenbrug.example.nl>", "outlook-qp",
        "Beste Sanne,", "Met vriendelijke groet,\nMarieke Bos\nOfficemanager | Bos & Brug Ingenieurs"),
    # a law firm's secretary
    "nl11_secretaresse_advocaten": Writer(
        "report", "nl", "Secretariaat Van Loon Advocaten <secretariaat@vanloonadvocaten.example.nl>",
        "outlook-qp", "Geachte mevrouw Bakker,", "Met vriendelijke groet,\nIngrid Mulder\nSecretaresse"),
    # ---- Dutch, not about a job
    # a language school
    "nl11_taalschool": Writer(
        "tune", "nl", "Taalhuis Delta <inschrijving@taalhuisdelta.example.nl>", "html-utf8",
        "Beste Sanne,", "Team Taalhuis Delta"),
    # a landlord
    "nl11_verhuurder": Writer(
        "tune", "nl", "Kees Vermeulen <kees.vermeulen@example.net>", "gmail-utf8",
        "Hoi Sanne,", "Gr. Kees"),
    # a software supplier
    "nl11_leverancier": Writer(
        "tune", "nl", "Rik Dekker – Planvast <rik.dekker@planvast.example.nl>", "outlook-qp",
        "Beste Sanne,", "Met vriendelijke groet,\nRik Dekker\nAccountmanager Planvast"),
    # a podcast maker
    "nl11_podcast": Writer(
        "report", "nl", "Tim van Dam <tim@polderpraat.example.nl>", "gmail-utf8",
        "Hoi Sanne!", "Groetjes,\nTim\nPolderpraat podcast"),
    # a volunteer centre
    "nl11_vrijwilligers": Writer(
        "report", "nl", "Vrijwilligerscentrale Oost <info@vcoost.example.nl>", "html-cp1252",
        "Beste Sanne,", "Hartelijke groet,\nVrijwilligerscentrale Oost"),
    # a neighbour
    "nl11_buurvrouw": Writer(
        "report", "nl", "Greet Claes <greet.claes@example.be>", "phone-flowed",
        "Dag Sanne,", "Groetjes van Greet\n\nVerzonden vanaf mijn Galaxy"),
}

CORES: list[tuple[str, str, str, str, str]] = [
    # ---------------- Spanish ----------------
    # Ruiz Talento (Seville, freelance recruiter, tune)
    ("es11_agente_sevilla", "recruiter_outreach", "hablamos",
     "¿Hablamos?",
     "Te escribo porque llevo unas semanas buscando a alguien con tu recorrido para un cliente del sector "
     "agroalimentario que está creciendo mucho en Sevilla. ¿Te vendría bien que charlásemos diez minutos esta "
     "semana? Te cuento y tú me dices si te encaja."),
    ("es11_agente_sevilla", "interview", "cliente_quiere_verte",
     "Re: ¿Hablamos?",
     "¡Buenas noticias! Le pasé tu perfil al cliente y quiere conocerte. ¿Te viene bien el miércoles a las 11:00 "
     "en su oficina de la Cartuja? Si no, dime dos huecos y lo cuadro yo."),
    ("es11_agente_sevilla", "rejection", "cliente_otra_persona",
     "Re: Re: ¿Hablamos?",
     "Inés, acabo de hablar con el cliente. Al final se han decantado por una persona que ya conocía el sector "
     "desde dentro, así que no seguimos adelante contigo esta vez. Me quedo con tu contacto para lo próximo, de "
     "verdad."),
    ("es11_agente_sevilla", "offer", "cliente_propuesta",
     "Propuesta del cliente",
     "¡Enhorabuena! El cliente quiere contar contigo. Te propone 42.000 brutos más variable, incorporación el 1 "
     "del mes que viene. Te reenvío la carta con las condiciones; ¿la revisas y me dices?"),
    ("es11_agente_sevilla", "other", "retirada_confirmada",
     "Re: Lo de la semana pasada",
     "Entendido, Inés, sin problema. Le comunico al cliente que te retiras del proceso y cierro tu expediente. "
     "Mucha suerte con lo nuevo."),
    # Norte Capital Humano (Monterrey agency, tune)
    ("es11_mx_agencia_mty", "recruiter_outreach", "perfil_cliente",
     "Oportunidad confidencial",
     "Estamos apoyando a una empresa regiomontana líder en manufactura que busca fortalecer su dirección de "
     "finanzas. Su trayectoria llamó nuestra atención. ¿Tendría disponibilidad para una llamada breve el jueves?"),
    ("es11_mx_agencia_mty", "assessment", "psicometricos",
     "Evaluaciones psicométricas",
     "Como siguiente paso le compartimos la liga para resolver las pruebas psicométricas y de competencias. Le "
     "tomarán unos 45 minutos y tiene hasta el viernes para completarlas."),
    ("es11_mx_agencia_mty", "rejection", "terna_sin_usted",
     "Seguimiento",
     "Le agradecemos el tiempo dedicado. Le informamos que la terna final presentada a nuestro cliente no la "
     "incluye, ya que se priorizó experiencia en la industria automotriz. Conservaremos sus datos."),
    ("es11_mx_agencia_mty", "interview", "entrevista_director",
     "Agenda con el Director General",
     "El Director General de nuestro cliente desea conocerla. Propone el martes 18 a las 9:30 en sus "
     "instalaciones de San Pedro Garza García. Favor de confirmar asistencia."),
    # Litoral Talentos (Rosario, « vos », report)
    ("es11_ar_rosario_agente", "recruiter_outreach", "charlamos",
     "Charlamos?",
     "Vi lo que hiciste en tu último laburo y me pareció re interesante para una empresa que estoy acompañando. "
     "Tenés un ratito esta semana para que te cuente? Es algo que creo que te puede copar."),
    ("es11_ar_rosario_agente", "interview", "te_quieren_conocer",
     "Re: Charlamos?",
     "Buenísimo! Les conté de vos y te quieren conocer. Podés el lunes a las 17 por Meet? Te paso el link apenas "
     "me confirmes."),
    ("es11_ar_rosario_agente", "rejection", "no_avanzan",
     "Novedades",
     "Te cuento que la empresa decidió no avanzar con tu perfil, buscaban a alguien con más años en el rubro. Una "
     "lástima porque a mí me encantabas para esto. Cualquier cosa nueva te aviso."),
    ("es11_ar_rosario_agente", "offer", "te_hacen_oferta",
     "Tenemos oferta!",
     "Inés!! Te quieren a vos. Te ofrecen el sueldo que hablamos más prepaga y home office dos días. Te mando los "
     "detalles por escrito, fijate y me decís."),
    # Caribe Consultores (Barranquilla, report)
    ("es11_co_barranquilla", "application_ack", "hoja_de_vida_recibida",
     "Recibimos su hoja de vida",
     "Confirmamos la recepción de su hoja de vida. Nuestro equipo la revisará frente a los requerimientos del "
     "cliente y, de continuar, la contactaremos en los próximos días."),
    ("es11_co_barranquilla", "assessment", "pruebas_tecnicas",
     "Citación a pruebas",
     "La invitamos a presentar las pruebas técnicas y de personalidad el sábado a las 8:00 a. m. en nuestra sede "
     "de la Calle 72. Traiga documento de identidad."),
    ("es11_co_barranquilla", "rejection", "no_continua",
     "Resultado del proceso",
     "Agradecemos su participación. Luego de analizar los resultados de las pruebas, le informamos que en esta "
     "ocasión no continúa en el proceso. Le deseamos éxitos."),
    ("es11_co_barranquilla", "interview", "entrevista_cliente",
     "Entrevista con el cliente",
     "Nos complace informarle que el cliente desea entrevistarla el miércoles a las 3:00 p. m. de manera "
     "virtual. Le enviaremos el enlace de Teams el día anterior."),
    # Ola Labs (Málaga start-up, tune)
    ("es11_startup_malaga", "recruiter_outreach", "cafe",
     "¿Un café?",
     "Soy Álvaro, CTO de Ola Labs. Estamos montando el equipo de datos y tu GitHub me ha flipado. ¿Te apetece un "
     "café (o una videollamada) y te cuento lo que estamos construyendo?"),
    ("es11_startup_malaga", "interview", "siguiente_charla",
     "Re: ¿Un café?",
     "¡Me alegro mucho de que te apetezca! Te propongo una charla de una hora con Marta, nuestra CEO, el jueves a "
     "las 16:00. Te mando invitación al calendario."),
    ("es11_startup_malaga", "assessment", "reto",
     "El reto",
     "Como te comenté, el siguiente paso es un pequeño reto técnico: un notebook con datos de ejemplo. Tienes una "
     "semana, no más de 4 horas de trabajo. Te adjunto el enunciado."),
    ("es11_startup_malaga", "rejection", "no_es_momento",
     "Re: El reto",
     "Gracias por el reto, nos ha gustado mucho cómo lo planteaste. Aun así, hemos decidido no seguir adelante: "
     "ahora mismo necesitamos a alguien con más experiencia en producción. Ojalá coincidamos más adelante."),
    ("es11_startup_malaga", "offer", "te_queremos",
     "¡Te queremos en Ola!",
     "Hemos hablado todo el equipo y queremos que te unas. Te mando la propuesta: salario, stock options y "
     "remoto total. Dime si tienes dudas antes de firmar."),
    # Panadería Misti (Arequipa, tune)
    ("es11_pe_panaderia", "interview", "venga_a_conversar",
     "Su solicitud",
     "Hemos recibido su carta. Venga a conversar con nosotros el lunes a las 8 de la mañana en el local de la "
     "calle Mercaderes. Pregunte por la señora Carmen."),
    ("es11_pe_panaderia", "rejection", "ya_tomamos",
     "Sobre lo conversado",
     "Le agradecemos que haya venido. Le comunico que ya tomamos a una señorita del barrio para el mostrador, así "
     "que por ahora no la vamos a necesitar. Que le vaya bonito."),
    ("es11_pe_panaderia", "offer", "empieza_lunes",
     "Bienvenida",
     "Conversamos con mi esposo y quisiéramos que empiece el lunes en el turno de la mañana, con el sueldo que le "
     "comenté. Avísenos si está conforme."),
    ("es11_pe_panaderia", "application_ack", "recibimos_carta",
     "Recibido",
     "Recibimos su carta y sus papeles. Apenas tengamos un momento los revisamos y le avisamos."),
    # Cierzo Energía (Zaragoza start-up, report)
    ("es11_startup_zaragoza", "recruiter_outreach", "te_cuento",
     "¿Te cuento una cosa?",
     "Me ha pasado tu nombre una amiga común. Estamos construyendo algo bonito con renovables en Aragón y creo que "
     "encajarías genial. ¿Quedamos un rato por videollamada y te cuento?"),
    ("es11_startup_zaragoza", "interview", "conocer_equipo",
     "Re: ¿Te cuento una cosa?",
     "¡Genial! ¿Te vienes el viernes a la oficina a conocer al equipo? A las 10:30, luego comemos juntos si te "
     "apetece."),
    ("es11_startup_zaragoza", "rejection", "decidido_otra",
     "Después del viernes",
     "Inés, gracias por venir y por la conversación. Te soy sincera: hemos decidido seguir con otra persona cuyo "
     "perfil se ajusta más a lo que necesitamos ahora. Me ha encantado conocerte."),
    ("es11_startup_zaragoza", "offer", "propuesta_formal",
     "Propuesta",
     "Te adjunto nuestra propuesta formal: jornada completa, salario de 38.000 € y participación en la empresa. "
     "Nos encantaría que dijeras que sí."),
    # Pura Vida Digital (San José, report)
    ("es11_cr_agencia", "application_ack", "recibimos_portafolio",
     "Recibimos tu portafolio",
     "Gracias por mandarnos tu portafolio. Lo vamos a revisar con calma con el equipo creativo y te escribimos la "
     "otra semana."),
    ("es11_cr_agencia", "interview", "llamada_jueves",
     "¿Llamada el jueves?",
     "Nos gustó mucho tu trabajo. ¿Podríamos hacer una llamada el jueves a las 2 p. m. hora de Costa Rica para "
     "conocerte un poco más?"),
    ("es11_cr_agencia", "rejection", "nos_quedamos",
     "Gracias, Inés",
     "Después de pensarlo mucho, nos quedamos con otra persona que vive acá en San José y puede venir a la "
     "oficina. No fue por tu trabajo, que nos encantó."),
    ("es11_cr_agencia", "assessment", "prueba_diseno",
     "Prueba corta",
     "Antes de decidir, te pedimos una prueba corta: rediseñar la portada de un cliente ficticio. Te mandamos el "
     "brief; la entrega es el martes."),
    # Iberalia (airline ATS, tune)
    ("es11_ats_aerolinea", "application_ack", "candidatura_registrada",
     "Hemos registrado tu candidatura",
     "Tu candidatura para Tripulante de Cabina de Pasajeros – Base Madrid se ha registrado correctamente. "
     "Revisaremos tu perfil y te informaremos de los siguientes pasos."),
    ("es11_ats_aerolinea", "assessment", "dinamica_grupo",
     "Jornada de selección",
     "Te invitamos a la jornada de selección: dinámica de grupo, prueba de inglés y medición de alcance. Será el "
     "día 12 a las 8:30 en nuestra sede de Barajas."),
    ("es11_ats_aerolinea", "rejection", "no_superada_jornada",
     "Resultado de la jornada de selección",
     "Gracias por participar en la jornada. Tras valorar todas las pruebas, lamentamos comunicarte que no has "
     "superado esta fase y tu candidatura no seguirá adelante."),
    ("es11_ats_aerolinea", "rejection", "proceso_cerrado",
     "Actualización sobre tu candidatura",
     "Te escribimos para informarte de que el proceso en el que participabas se ha cerrado sin que tu "
     "candidatura haya sido seleccionada. Podrás volver a inscribirte en futuras convocatorias."),
    ("es11_ats_aerolinea", "interview", "entrevista_personal",
     "Entrevista personal",
     "Has superado la jornada de selección. Te citamos a la entrevista personal el día 20 a las 12:00. Confírmanos "
     "tu asistencia desde el portal."),
    # Banco del Pichincha Alto (Quito, tune)
    ("es11_ec_banco", "application_ack", "postulacion_recibida",
     "Postulación recibida",
     "Agradecemos su interés en formar parte de nuestro banco. Su postulación ha sido recibida y será analizada "
     "por el equipo de Talento Humano."),
    ("es11_ec_banco", "rejection", "perfil_no_coincide",
     "Su proceso con nosotros",
     "Tras revisar su información, le comunicamos que su perfil no coincide con los requisitos de la vacante "
     "en esta oportunidad. Le invitamos a seguir atenta a nuestras convocatorias."),
    ("es11_ec_banco", "assessment", "evaluacion_linea",
     "Evaluación en línea",
     "Le invitamos a rendir la evaluación en línea de razonamiento numérico y verbal. El enlace estará activo "
     "durante 72 horas."),
    ("es11_ec_banco", "offer", "carta_oferta",
     "Carta de oferta",
     "Nos complace ofrecerle la posición de Analista de Riesgos con incorporación el 2 de junio. Adjuntamos la "
     "carta con la remuneración y beneficios para su firma."),
    # Movilsur (telecom ATS, report)
    ("es11_ats_telecom", "application_ack", "gracias_inscribirte",
     "¡Gracias por inscribirte!",
     "Hemos recibido tu inscripción a la oferta Técnico/a de Fibra Óptica. Nuestro equipo revisará tu CV y, si "
     "encaja, te llamaremos."),
    ("es11_ats_telecom", "rejection", "descartado",
     "Tu proceso en Movilsur",
     "Te agradecemos el interés. En esta ocasión tu perfil ha sido descartado para este proceso, pero seguirá en "
     "nuestra base de datos para futuras oportunidades."),
    ("es11_ats_telecom", "interview", "videoentrevista",
     "Videoentrevista",
     "Te invitamos a una videoentrevista grabada: tres preguntas, dos minutos cada una. Puedes hacerla cuando "
     "quieras antes del domingo."),
    ("es11_ats_telecom", "rejection", "vacante_cubierta",
     "Información sobre el proceso",
     "La oferta a la que te inscribiste ya ha sido cubierta. Gracias por tu tiempo y mucha suerte."),
    # Industrias Guaraní (Asunción, report)
    ("es11_py_industria", "application_ack", "curriculum_recibido",
     "Currículum recibido",
     "Acusamos recibo de su currículum. El mismo será evaluado y, de ser seleccionada, nos comunicaremos con usted."),
    ("es11_py_industria", "interview", "presentarse",
     "Citación",
     "Solicitamos que se presente el día viernes a las 14:00 horas en nuestra planta de Luque para una entrevista "
     "con el jefe de Producción."),
    ("es11_py_industria", "rejection", "no_fue_seleccionada",
     "Comunicación",
     "Por medio de la presente le comunicamos que no fue seleccionada. Agradecemos su participación."),
    ("es11_py_industria", "offer", "contratacion",
     "Contratación",
     "Tenemos el agrado de comunicarle que ha sido seleccionada. Le ofrecemos un contrato por tiempo indefinido; "
     "favor pasar por RR.HH. para firmar."),
    # Concello de Ribadeo Novo (tune)
    ("es11_concello", "application_ack", "admitida_provisional",
     "Relación provisional de aspirantes",
     "Se publica en el tablón de edictos la relación provisional de aspirantes admitidos al proceso de "
     "Técnico/a de Juventud. Usted se encuentra entre las personas admitidas."),
    ("es11_concello", "assessment", "supuesto_practico",
     "Segundo ejercicio",
     "Se le convoca al segundo ejercicio, de carácter práctico, el día 9 a las 9:00 en el Auditorio municipal. "
     "Deberá acudir con documento acreditativo."),
    ("es11_concello", "rejection", "no_apta",
     "Calificaciones del segundo ejercicio",
     "El tribunal ha publicado las calificaciones. Usted ha sido calificada como no apta, por lo que queda "
     "eliminada del proceso selectivo."),
    ("es11_concello", "offer", "propuesta_nombramiento",
     "Propuesta de nombramiento",
     "Concluido el proceso, el tribunal eleva a la Alcaldía propuesta de nombramiento a su favor. Deberá "
     "presentar la documentación en el plazo de veinte días naturales."),
    # Universidad Pública de El Alto (ASCII, report)
    ("es11_bo_universidad", "application_ack", "carpeta_recibida",
     "Recepcion de carpeta",
     "Se registro la recepcion de su carpeta de postulacion. La Comision revisara los requisitos habilitantes."),
    ("es11_bo_universidad", "assessment", "clase_magistral",
     "Examen de competencia",
     "Se la convoca a la prueba de clase magistral el dia martes a horas 10:00 en el Aula 204. Tiempo: 30 minutos."),
    ("es11_bo_universidad", "rejection", "no_habilitada",
     "Lista de habilitados",
     "Revisada su documentacion, se informa que no fue habilitada por no cumplir el requisito de maestria."),
    ("es11_bo_universidad", "interview", "entrevista_comision",
     "Entrevista",
     "Habiendo aprobado la clase magistral, se la cita a entrevista con la Comision el jueves a horas 15:00."),
    # Ingeniería Delta assistant (tune)
    ("es11_asistente_agenda", "interview", "agenda_director",
     "Reunión con D. Tomás",
     "Le escribo de parte de D. Tomás Bernal. Le gustaría verla en la oficina el próximo lunes a las 10:00. ¿Le "
     "viene bien? Si no, dígame qué días tiene libres."),
    ("es11_asistente_agenda", "interview", "cambio_hora",
     "Re: Reunión con D. Tomás",
     "Le confirmo el cambio: en lugar del lunes, la esperamos el martes a las 12:30. Pregunte por mí en "
     "recepción."),
    ("es11_asistente_agenda", "rejection", "tomas_decide",
     "De parte de D. Tomás",
     "D. Tomás me pide que le transmita su agradecimiento por la reunión. Han decidido no incorporar a nadie de "
     "momento, así que no podrán contar con usted. Le desea lo mejor."),
    ("es11_asistente_agenda", "other", "retira_gracias",
     "Re: De parte de D. Tomás",
     "Recibido su mensaje. Tomo nota de que ya no desea continuar y se lo traslado a D. Tomás. Gracias por "
     "avisarnos."),
    # Hotel Malecón Real (Santo Domingo, report)
    ("es11_do_hotel", "interview", "pasar_por_hotel",
     "Su solicitud en el hotel",
     "Recibimos su solicitud. ¿Puede pasar por el hotel el miércoles a las 10 a. m. para una entrevista con el "
     "gerente de Alimentos y Bebidas?"),
    ("es11_do_hotel", "rejection", "no_fue_escogida",
     "Resultado",
     "Gracias por venir. Le informo que en esta ocasión no fue escogida, la gerencia se decidió por alguien con "
     "experiencia en hoteles de playa. Dios le bendiga."),
    ("es11_do_hotel", "offer", "oferta_hotel",
     "¡Bienvenida al equipo!",
     "La gerencia aprobó su ingreso. Le ofrecemos el contrato con salario, propinas de ley y transporte. Venga el "
     "lunes a firmar."),
    ("es11_do_hotel", "other", "retiro_hotel",
     "Re: Resultado",
     "Entendemos que ya aceptó otra propuesta y retiramos su solicitud de nuestro proceso. Mucho éxito."),
    # Fundación Lumbre (tune)
    ("es11_fundacion", "application_ack", "gracias_interes",
     "Gracias por tu interés",
     "Queríamos darte las gracias por tu interés en colaborar con la Fundación. Hemos recibido tu carta y tu "
     "currículum; el comité se reunirá a final de mes."),
    ("es11_fundacion", "interview", "conversacion_comite",
     "Conversación con el comité",
     "Al comité le gustaría conocerte en persona. ¿Podrías venir el día 14 a las 17:00 a nuestra sede en "
     "Lavapiés? Será una conversación tranquila de una hora."),
    ("es11_fundacion", "rejection", "no_podemos_ofrecer",
     "Sobre tu candidatura",
     "Después de mucho deliberar, el comité ha decidido que no podemos ofrecerte la coordinación del programa en "
     "esta ocasión. Valoramos mucho tu implicación."),
    # Asociación Semilla Maya (report)
    ("es11_gt_ong", "application_ack", "documentos_recibidos",
     "Documentos recibidos",
     "Por este medio le confirmamos que recibimos sus documentos para la convocatoria de Técnica de Campo. Se le "
     "notificará el resultado."),
    ("es11_gt_ong", "interview", "entrevista_ong",
     "Entrevista",
     "Ha sido preseleccionada. La esperamos el jueves a las 9:00 en nuestra oficina de Quetzaltenango para una "
     "entrevista."),
    ("es11_gt_ong", "rejection", "terna_ong",
     "Resultados",
     "Le agradecemos su participación. La persona seleccionada fue otra de la terna final. Le animamos a seguir "
     "postulando."),
    # more short notes in the threads above
    ("es11_agente_sevilla", "application_ack", "recibido_cv",
     "Re: ¿Hablamos?",
     "¡Recibido el CV, gracias! Lo preparo esta tarde y se lo presento al cliente. Te digo algo en cuanto me "
     "contesten."),
    ("es11_mx_agencia_mty", "recruiter_outreach", "segunda_busqueda",
     "Otra búsqueda que quizá le interese",
     "Aunque la anterior no se concretó, tenemos una nueva búsqueda para un grupo industrial en Saltillo donde "
     "su experiencia encaja muy bien. ¿Podemos platicar mañana?"),
    ("es11_ar_rosario_agente", "application_ack", "pase_tu_cv",
     "Re: Charlamos?",
     "Listo, ya le pasé tu CV a la empresa. Apenas me respondan te cuento, calculo que esta semana."),
    ("es11_co_barranquilla", "recruiter_outreach", "invitacion_proceso",
     "Invitación a proceso de selección",
     "Encontramos su perfil en nuestra base de datos y consideramos que cumple con lo que busca uno de nuestros "
     "clientes del sector portuario. ¿Le interesa participar? Responda a este correo y le llamamos."),
    ("es11_cr_agencia", "recruiter_outreach", "te_vi_behance",
     "Te vi en Behance",
     "Hola! Vi tus proyectos en Behance y me encantaron. Estamos creciendo y buscamos gente con tu ojo. ¿Te "
     "gustaría conversar?"),
    ("es11_startup_zaragoza", "assessment", "caso_practico",
     "Un caso para pensar",
     "Antes de la última charla te mandamos un caso práctico corto: cómo priorizarías tres clientes con una sola "
     "instaladora. Tráelo pensado el viernes, sin diapositivas."),
    ("es11_pe_panaderia", "other", "retiro_panaderia",
     "Re: Bienvenida",
     "Entendemos que ya consiguió otro trabajo más cerca de su casa. No se preocupe, quedamos como amigos y "
     "retiramos su nombre."),
    ("es11_ec_banco", "interview", "entrevista_banco",
     "Entrevista con el área",
     "Ha sido preseleccionada. La jefatura de Riesgos desea entrevistarla el miércoles a las 10h00 en el edificio "
     "matriz, piso 7."),
    ("es11_py_industria", "assessment", "examen_ingreso",
     "Examen de ingreso",
     "Le comunicamos que deberá rendir un examen de conocimientos el lunes a las 8:00 en nuestra planta."),
    ("es11_fundacion", "offer", "te_ofrecemos",
     "¡Buenas noticias!",
     "El comité ha decidido ofrecerte la coordinación del programa de lectura. Te mando las condiciones y, si te "
     "parecen bien, empezamos en septiembre."),
    ("es11_gt_ong", "offer", "contrato_ong",
     "Contrato de servicios",
     "Nos alegra informarle que ha sido seleccionada. Adjuntamos el contrato de servicios profesionales por un "
     "año para su revisión y firma."),
    ("es11_bo_universidad", "offer", "designacion",
     "Designacion docente",
     "Se comunica que por Resolucion de Consejo ha sido designada docente interina de la materia Estadistica I "
     "para la gestion. Debe apersonarse a firmar."),
    # ---- Spanish, not about a job
    # Academia Babel (tune)
    ("es11_academia", "other", "prueba_nivel",
     "Tu prueba de nivel",
     "Para asignarte grupo necesitamos que hagas la prueba de nivel: una parte escrita y una entrevista oral de "
     "diez minutos con un profesor. ¿Te va bien el sábado a las 11:00?"),
    ("es11_academia", "other", "matricula_recibida",
     "Hemos recibido tu matrícula",
     "Tu solicitud de matrícula en el curso intensivo de alemán B1 ha sido recibida. Te confirmaremos la plaza "
     "cuando se abone la reserva."),
    ("es11_academia", "other", "grupo_completo",
     "Sobre tu solicitud",
     "Lamentamos comunicarte que el grupo de la tarde está completo y no podemos ofrecerte plaza en él. Te "
     "proponemos el grupo de mañana o la lista de espera."),
    ("es11_academia", "other", "resultado_examen",
     "Resultado del examen DELE",
     "Enhorabuena: has superado el examen. El certificado estará disponible en unas semanas."),
    ("es11_academia", "other", "oferta_verano",
     "Oferta de verano",
     "Solo este mes: 20 % de descuento en los cursos intensivos de verano. ¡Plazas limitadas!"),
    # Fermín Arrieta (landlord, tune)
    ("es11_casero", "other", "visita_piso",
     "Visita al piso",
     "Gracias por tu interés en el piso de la calle Cádiz. ¿Te va bien verlo el jueves a las 19:00? Trae tu última "
     "nómina si puedes."),
    ("es11_casero", "other", "otro_inquilino",
     "Re: Visita al piso",
     "Te escribo para decirte que al final me he decidido por otra pareja que podía entrar antes. Siento no "
     "poder alquilártelo, te deseo suerte con la búsqueda."),
    ("es11_casero", "other", "contrato_alquiler",
     "Contrato",
     "Te adjunto el contrato de arrendamiento para que lo revises. Si estás conforme, lo firmamos el lunes y te "
     "doy las llaves."),
    ("es11_casero", "other", "fianza",
     "Fianza",
     "Te confirmo que he recibido la fianza. Gracias."),
    # Nubeplan (software supplier, tune)
    ("es11_proveedor", "other", "propuesta_comercial",
     "Propuesta para tu equipo",
     "Tal como hablamos, te envío nuestra propuesta: licencias para 25 usuarios con un 15 % de descuento el primer "
     "año. La oferta es válida hasta fin de mes."),
    ("es11_proveedor", "other", "demo",
     "¿Agendamos la demo?",
     "¿Te vendría bien una demo de 30 minutos el martes? Te enseño cómo otros equipos planifican los turnos con "
     "Nubeplan."),
    ("es11_proveedor", "other", "no_seguimos",
     "Re: Propuesta para tu equipo",
     "Entiendo que habéis decidido seguir con otro proveedor. Gracias por considerarnos; aquí estamos si cambia "
     "algo."),
    ("es11_proveedor", "other", "renovacion",
     "Renovación de tu suscripción",
     "Tu suscripción se renueva automáticamente el día 30. Si quieres cambiar de plan, responde a este correo."),
    # La Terraza Podcast (report)
    ("es11_podcast", "other", "invitacion_podcast",
     "¿Vienes al podcast?",
     "¡Nos encantaría entrevistarte para La Terraza! Hablaríamos de tu proyecto de huertos urbanos. ¿Te va bien "
     "grabar el día 15 por la tarde?"),
    ("es11_podcast", "other", "confirmacion_grabacion",
     "Re: ¿Vienes al podcast?",
     "¡Genial! Te confirmo la grabación el jueves a las 18:00 en el estudio. Dura una hora más o menos."),
    ("es11_podcast", "other", "episodio_publicado",
     "¡Ya está publicado!",
     "Tu entrevista ya está en todas las plataformas. Mil gracias por venir, fue un episodio precioso."),
    ("es11_podcast", "other", "aplazamos",
     "Cambio de planes",
     "Lo siento muchísimo, tenemos que aplazar la grabación: el estudio no está disponible. ¿Te va la semana que "
     "viene?"),
    # Concurso Mirada Urbana (report)
    ("es11_concurso_fotos", "other", "inscripcion_concurso",
     "Inscripción confirmada",
     "Hemos recibido tu inscripción y tus tres fotografías. El jurado dará a conocer a los finalistas en mayo."),
    ("es11_concurso_fotos", "other", "no_finalista",
     "Resultado del concurso",
     "Gracias por participar. Lamentamos comunicarte que tu obra no ha sido seleccionada entre las finalistas de "
     "esta edición. Recibimos más de 800 fotografías."),
    ("es11_concurso_fotos", "other", "finalista",
     "¡Eres finalista!",
     "El jurado ha seleccionado tu fotografía como finalista. La entrega de premios será el 2 de junio."),
    ("es11_concurso_fotos", "other", "exposicion",
     "Exposición",
     "Te invitamos a la inauguración de la exposición con las obras premiadas el viernes a las 20:00."),
    # Salud Serena Seguros (report)
    ("es11_aseguradora", "other", "solicitud_poliza",
     "Hemos recibido su solicitud",
     "Su solicitud de alta en el seguro de salud ha sido recibida. Nuestro equipo médico revisará el cuestionario "
     "de salud."),
    ("es11_aseguradora", "other", "poliza_rechazada",
     "Respuesta a su solicitud",
     "Tras estudiar su cuestionario de salud, lamentamos comunicarle que no podemos aceptar su solicitud en las "
     "condiciones solicitadas."),
    ("es11_aseguradora", "other", "oferta_poliza",
     "Su oferta personalizada",
     "Le ofrecemos la póliza Serena Plus por 48 € al mes, sin copagos. Acepte la oferta antes del día 20."),
    ("es11_aseguradora", "other", "cita_medica",
     "Cita para reconocimiento",
     "Le hemos reservado una cita para el reconocimiento médico el lunes a las 9:00 en la clínica Alameda."),
    # Red de Voluntariado Costa (report)
    ("es11_voluntariado", "other", "voluntariado_recibido",
     "Tu solicitud de voluntariado",
     "Gracias por querer sumarte como voluntaria en la limpieza de playas. Hemos recibido tu solicitud."),
    ("es11_voluntariado", "other", "entrevista_voluntariado",
     "Charla de acogida",
     "Antes de empezar hacemos una pequeña entrevista de acogida con cada voluntaria. ¿Puedes el sábado a las 10?"),
    ("es11_voluntariado", "other", "turno_completo",
     "Turnos",
     "Lo sentimos, el turno del domingo ya está completo. Te apuntamos al del sábado siguiente."),
    ("es11_voluntariado", "other", "certificado",
     "Tu certificado",
     "Te adjuntamos el certificado de horas de voluntariado. ¡Gracias por tu compromiso!"),
    # ---------------- Dutch ----------------
    # Hoekstra Werving (Zwolle, phone, tune)
    ("nl11_werver_zwolle", "recruiter_outreach", "kennismaking",
     "Zin in een kennismaking?",
     "Ik kwam je naam tegen via een oud-collega van je. Ik werk voor een mooie familiebedrijf hier in de regio "
     "dat iemand zoekt met jouw achtergrond. Zin om even te bellen deze week? Kost je tien minuten."),
    ("nl11_werver_zwolle", "interview", "klant_wil_je_zien",
     "Re: Zin in een kennismaking?",
     "Top! Mijn klant wil je graag ontmoeten. Kun je donderdag om 14.00 uur langskomen in Kampen? Ik stuur je het "
     "adres zo door."),
    ("nl11_werver_zwolle", "rejection", "klant_kiest_ander",
     "Terugkoppeling",
     "Ik heb net de klant gesproken. Ze kiezen toch voor iemand die al in de branche zit, dus we gaan niet "
     "verder. Balen, ik had het je gegund. Ik hou je in gedachten."),
    ("nl11_werver_zwolle", "offer", "aanbod_klant",
     "Goed nieuws!",
     "Ze willen je hebben! Het aanbod: 4.200 bruto per maand, leaseauto en 27 vakantiedagen. Ik bel je vanavond "
     "even om het door te nemen."),
    ("nl11_werver_zwolle", "other", "trekt_zich_terug",
     "Re: Goed nieuws!",
     "Helemaal goed, Sanne. Ik laat de klant weten dat je je terugtrekt en sluit het af. Succes bij je nieuwe "
     "werkgever!"),
    # Schelde Talent (Antwerp, report)
    ("nl11_vl_recruiter", "recruiter_outreach", "koffie",
     "Een koffie binnenkort?",
     "Ik volg je al een tijdje op LinkedIn en ik denk dat ik iets heb dat perfect bij jou past, bij een klant in "
     "de haven. Heb je volgende week een halfuurtje voor een koffie of een call?"),
    ("nl11_vl_recruiter", "interview", "gesprek_klant",
     "Re: Een koffie binnenkort?",
     "Fijn dat je interesse hebt! De klant stelt een eerste gesprek voor op dinsdag om 10u op hun kantoor in "
     "Zwijndrecht. Past dat?"),
    ("nl11_vl_recruiter", "rejection", "niet_weerhouden",
     "Feedback van de klant",
     "Ik heb feedback gekregen van de klant. Ze waren onder de indruk, maar je kandidatuur werd uiteindelijk niet "
     "weerhouden: ze hebben voor een interne kandidaat gekozen."),
    ("nl11_vl_recruiter", "application_ack", "cv_doorgestuurd",
     "Re: Re: Een koffie binnenkort?",
     "Bedankt voor je cv! Ik heb het doorgestuurd naar de klant en laat je iets weten zodra ik nieuws heb."),
    ("nl11_vl_recruiter", "offer", "voorstel_klant",
     "Voorstel",
     "Proficiat! De klant wil met je in zee gaan. Ik stuur je hun voorstel door met loon, maaltijdcheques en "
     "bedrijfswagen. Laat je me weten wat je ervan denkt?"),
    # Kadeklaar (Rotterdam start-up, tune)
    ("nl11_startup_rotterdam", "recruiter_outreach", "bakkie",
     "Bakkie doen?",
     "Ik ben Daan, oprichter van Kadeklaar. We bouwen software voor havenlogistiek en ik zag je talk op de "
     "meetup. Zin om een bakkie te doen en te kijken of er iets moois in zit?"),
    ("nl11_startup_rotterdam", "interview", "team_ontmoeten",
     "Re: Bakkie doen?",
     "Leuk! Kom vrijdag om 15.00 uur langs op kantoor, dan maak je kennis met de rest van het team. Daarna "
     "borrel, als je wil blijven."),
    ("nl11_startup_rotterdam", "assessment", "opdracht",
     "De opdracht",
     "Zoals besproken hierbij een kleine thuisopdracht: bouw een simpele planner voor drie schepen. Max een "
     "avondje werk. Inleveren voor woensdag."),
    ("nl11_startup_rotterdam", "rejection", "niet_de_match",
     "Re: De opdracht",
     "Dank voor je opdracht, echt netjes gedaan. We hebben besloten om niet met je verder te gaan, we zoeken "
     "toch iemand met meer backend-ervaring. Hopelijk kruisen onze paden nog eens."),
    ("nl11_startup_rotterdam", "offer", "welkom_aan_boord",
     "We willen je erbij!",
     "Het hele team is enthousiast. We bieden je een contract voor een jaar, 4.000 per maand en aandelenopties. "
     "Zeg jij ja?"),
    # Schrijnwerkerij De Smet (Ghent, ASCII, tune)
    ("nl11_vl_kmo_gent", "interview", "kom_eens_langs",
     "Uw brief",
     "Ik heb uw brief goed ontvangen. Kom gerust eens langs in de werkplaats, maandag om 8u, dan babbelen we "
     "wat."),
    ("nl11_vl_kmo_gent", "rejection", "gast_gevonden",
     "Na ons gesprek",
     "Bedankt om langs te komen. Ik heb intussen een gast gevonden die direct kan beginnen, dus voor u is er "
     "geen plaats meer. Veel succes nog."),
    ("nl11_vl_kmo_gent", "offer", "proefperiode",
     "Beginnen?",
     "We zouden het graag met u proberen. Ik stel voor dat u start op de eerste van de maand, met een contract "
     "van onbepaalde duur. Laat maar weten."),
    ("nl11_vl_kmo_gent", "application_ack", "brief_ontvangen",
     "Ontvangen",
     "Uw brief en cv zijn toegekomen. Ik bekijk alles dit weekend en bel u volgende week."),
    # Lumenlab (Eindhoven scale-up, report)
    ("nl11_scaleup_eindhoven", "recruiter_outreach", "videocall",
     "Even videobellen?",
     "Je profiel kwam bij ons binnen via een van onze engineers. We groeien hard en ik denk dat je bij ons team "
     "zou passen. Heb je deze week tijd voor een korte videocall?"),
    ("nl11_scaleup_eindhoven", "interview", "tweede_ronde",
     "Volgende stap",
     "Het eerste gesprek ging goed! Graag nodigen we je uit voor een tweede ronde met onze CTO, dinsdag om "
     "11.00 uur op de Strijp."),
    ("nl11_scaleup_eindhoven", "assessment", "case",
     "De case",
     "Voor de laatste ronde vragen we je een case voor te bereiden: een presentatie van 15 minuten over hoe je "
     "een nieuw product zou lanceren. Je krijgt de stukken morgen."),
    ("nl11_scaleup_eindhoven", "rejection", "andere_kant",
     "Update",
     "Dankjewel voor de tijd en energie die je erin hebt gestoken. Na lang wikken en wegen gaan we een andere "
     "kant op en kiezen we voor een andere kandidaat."),
    ("nl11_scaleup_eindhoven", "offer", "arbeidsvoorwaarden",
     "Ons aanbod",
     "Goed nieuws: we willen je graag een aanbod doen. In de bijlage vind je de arbeidsvoorwaarden; bel me gerust "
     "als je vragen hebt."),
    # Autobedrijf Wijnja (Friesland, report)
    ("nl11_garage_fries", "interview", "kom_praten",
     "Reactie",
     "Dank voor uw reactie. Kunt u woensdagmiddag om 16.00 uur langskomen voor een praatje in de garage?"),
    ("nl11_garage_fries", "rejection", "zoon_buurman",
     "Na uw bezoek",
     "Bedankt voor uw bezoek. Wij hebben besloten de plek te geven aan iemand uit het dorp die al bij ons "
     "meeliep. Ik wens u veel succes."),
    ("nl11_garage_fries", "application_ack", "reactie_binnen",
     "Reactie ontvangen",
     "Uw reactie is binnen. Mijn vrouw doet de administratie, zij neemt contact met u op."),
    ("nl11_garage_fries", "offer", "aan_de_slag",
     "Aan de slag",
     "Wij willen graag met u verder. U kunt per 1 april bij ons aan de slag, 32 uur per week. Het contract ligt "
     "klaar."),
    # Hollandhuis (retail ATS, tune)
    ("nl11_ats_retail", "application_ack", "sollicitatie_ontvangen",
     "We hebben je sollicitatie ontvangen",
     "Bedankt voor je sollicitatie als Verkoopmedewerker Wonen in Utrecht. We kijken er zo snel mogelijk naar en "
     "laten binnen twee weken iets van ons horen."),
    ("nl11_ats_retail", "rejection", "helaas_geen_gesprek",
     "Je sollicitatie bij Hollandhuis",
     "Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek. We hebben veel reacties "
     "gekregen en kiezen voor kandidaten die beter aansluiten."),
    ("nl11_ats_retail", "interview", "sollicitatiegesprek",
     "Uitnodiging sollicitatiegesprek",
     "Leuk dat je wilt werken bij Hollandhuis! We nodigen je uit voor een gesprek in de winkel op zaterdag om "
     "10.30 uur met de filiaalmanager."),
    ("nl11_ats_retail", "assessment", "online_test",
     "Online vragenlijst",
     "Voordat we verder gaan, vragen we je een korte online vragenlijst in te vullen over hoe je met klanten "
     "omgaat. Het duurt ongeveer 20 minuten."),
    ("nl11_ats_retail", "rejection", "vacature_vervuld",
     "Update over de vacature",
     "De vacature waarop je hebt gereageerd is inmiddels vervuld. Bedankt voor je interesse en tot een volgende "
     "keer."),
    # Delta Zekerheid (insurer ATS, report)
    ("nl11_ats_verzekeraar", "application_ack", "in_goede_orde",
     "Bevestiging",
     "Je sollicitatie voor Schadebehandelaar is bij ons binnengekomen. Onze recruiter neemt binnen tien "
     "werkdagen contact met je op."),
    ("nl11_ats_verzekeraar", "assessment", "capaciteitentest",
     "Capaciteitentest",
     "Je bent door naar de volgende fase. Maak binnen vijf dagen de capaciteitentest via de link in je account."),
    ("nl11_ats_verzekeraar", "rejection", "niet_geselecteerd",
     "Je sollicitatie",
     "Na zorgvuldige overweging ben je niet geselecteerd voor de volgende ronde. We danken je voor je interesse."),
    ("nl11_ats_verzekeraar", "interview", "teams_gesprek",
     "Uitnodiging",
     "We maken graag kennis met je in een gesprek via Teams op maandag om 13.00 uur met de teamleider Schade."),
    # Waterschap Lage Vaart (tune)
    ("nl11_waterschap", "application_ack", "brief_ontvangen_ws",
     "Ontvangstbevestiging",
     "Hierbij bevestigen wij de ontvangst van uw brief en cv. De selectiecommissie beoordeelt alle reacties na "
     "de sluitingsdatum."),
    ("nl11_waterschap", "interview", "commissie",
     "Uitnodiging selectiecommissie",
     "De selectiecommissie nodigt u graag uit voor een eerste kennismaking op 12 mei om 9.30 uur in het "
     "waterschapshuis te Lelystad."),
    ("nl11_waterschap", "rejection", "commissie_andere",
     "Uitslag",
     "Na de gesprekken heeft de commissie een keuze gemaakt. Het spijt ons u mee te delen dat deze keuze niet op "
     "u is gevallen."),
    ("nl11_waterschap", "assessment", "assessment_bureau",
     "Assessment",
     "Als onderdeel van de procedure vragen wij u deel te nemen aan een assessment bij een extern bureau op 20 "
     "mei. U ontvangt de uitnodiging van het bureau zelf."),
    ("nl11_waterschap", "offer", "arbeidsvoorwaardengesprek",
     "Aanbod",
     "Met genoegen laten wij u weten dat de commissie u voordraagt voor benoeming. Wij nodigen u uit voor een "
     "arbeidsvoorwaardengesprek om het aanbod te bespreken."),
    # OCMW (Flemish public social services, tune)
    ("nl11_vl_ocmw", "application_ack", "kandidatuur_ontvangen",
     "Ontvangstmelding kandidatuur",
     "Wij melden u dat uw kandidatuur voor de functie van maatschappelijk werker tijdig werd ontvangen en "
     "ontvankelijk werd verklaard."),
    ("nl11_vl_ocmw", "assessment", "schriftelijke_proef",
     "Oproeping schriftelijke proef",
     "U wordt opgeroepen voor de schriftelijke proef op zaterdag 8 juni om 9u in het administratief centrum. "
     "Breng uw identiteitskaart mee."),
    ("nl11_vl_ocmw", "rejection", "niet_geslaagd",
     "Resultaat schriftelijke proef",
     "Wij delen u mee dat u niet geslaagd bent voor de schriftelijke proef. U kan dus niet deelnemen aan het "
     "mondelinge gedeelte."),
    ("nl11_vl_ocmw", "interview", "mondelinge_proef",
     "Mondelinge proef",
     "U bent geslaagd voor het schriftelijke gedeelte. Wij nodigen u uit voor het mondelinge gedeelte op 20 juni "
     "om 14u."),
    # Provincie Noordoever (report)
    ("nl11_provincie", "application_ack", "ontvangst_prov",
     "Wij hebben uw reactie ontvangen",
     "Dank voor uw reactie op de vacature Beleidsadviseur Mobiliteit. Na de sluitingsdatum hoort u binnen twee "
     "weken of u wordt uitgenodigd."),
    ("nl11_provincie", "rejection", "niet_uitgenodigd",
     "Uw reactie",
     "Wij hebben uw brief met belangstelling gelezen. Helaas bent u niet geselecteerd voor een gesprek; andere "
     "kandidaten sloten beter aan bij het profiel."),
    ("nl11_provincie", "interview", "eerste_gesprek",
     "Uitnodiging gesprek",
     "Graag nodigen wij u uit voor een gesprek met de selectiecommissie op dinsdag 3 juni om 14.00 uur in het "
     "provinciehuis."),
    ("nl11_provincie", "offer", "benoeming",
     "Voorstel tot aanstelling",
     "Wij zijn verheugd u te kunnen meedelen dat wij u een aanstelling willen aanbieden. U ontvangt het voorstel "
     "met de arbeidsvoorwaarden per post."),
    # Stad Damme-Oost (ASCII, report)
    ("nl11_vl_stad", "application_ack", "inschrijving_ontvangen",
     "Bevestiging inschrijving",
     "Uw inschrijving voor de selectieprocedure administratief medewerker werd goed ontvangen."),
    ("nl11_vl_stad", "assessment", "computerproef",
     "Uitnodiging computerproef",
     "U wordt uitgenodigd voor de computergestuurde proef op 4 juli om 13u30 in het stadhuis."),
    ("nl11_vl_stad", "rejection", "onvoldoende_score",
     "Resultaat",
     "U behaalde helaas niet de vereiste score op de proef en wordt niet verder opgenomen in de procedure."),
    ("nl11_vl_stad", "interview", "interview_jury",
     "Oproeping interview",
     "U bent geslaagd. Wij verwachten u voor het interview met de jury op 15 juli om 10u."),
    # Bos & Brug Ingenieurs (planner, tune)
    ("nl11_planner_ingenieurs", "interview", "afspraak_directeur",
     "Afspraak met Gerard",
     "Gerard van der Brug zou graag met je kennismaken. Schikt maandag om 11.00 uur op ons kantoor in Deventer? "
     "Laat me weten of dat lukt."),
    ("nl11_planner_ingenieurs", "interview", "verzet",
     "Re: Afspraak met Gerard",
     "Gerard moet helaas naar een bouwplaats. Kunnen we de afspraak verzetten naar woensdag 9.30 uur? Excuses "
     "voor het schuiven."),
    ("nl11_planner_ingenieurs", "rejection", "gerard_besloten",
     "Namens Gerard",
     "Namens Gerard hartelijk dank voor het gesprek. Hij heeft besloten om op dit moment niemand aan te nemen, "
     "dus we kunnen je helaas geen plek aanbieden."),
    ("nl11_planner_ingenieurs", "other", "afgemeld",
     "Re: Afspraak met Gerard",
     "Dank voor je bericht. Ik heb de afspraak van woensdag geannuleerd en Gerard laten weten dat je je afmeldt. "
     "Alle goeds!"),
    # Van Loon Advocaten (secretary, report)
    ("nl11_secretaresse_advocaten", "interview", "mr_van_loon",
     "Kennismaking mr. Van Loon",
     "Mr. Van Loon wil u graag ontvangen voor een kennismakingsgesprek op donderdag 16.00 uur op ons kantoor aan "
     "de Herengracht."),
    ("nl11_secretaresse_advocaten", "rejection", "kantoor_keuze",
     "Uw gesprek",
     "Mr. Van Loon dankt u voor het prettige gesprek. Het kantoor heeft gekozen voor een kandidaat met meer "
     "ervaring in het ondernemingsrecht."),
    ("nl11_secretaresse_advocaten", "other", "afzegging",
     "Re: Kennismaking mr. Van Loon",
     "Wij hebben uw afzegging ontvangen en de afspraak uit de agenda gehaald. Wij wensen u veel succes."),
    ("nl11_secretaresse_advocaten", "offer", "aanbod_kantoor",
     "Aanbod",
     "Tot ons genoegen kan ik u namens mr. Van Loon een aanbod doen. De arbeidsovereenkomst ligt voor u klaar."),
    # more short notes in the threads above
    ("nl11_werver_zwolle", "application_ack", "cv_binnen",
     "Re: Zin in een kennismaking?",
     "Je cv is binnen, dank je! Ik zet het vanmiddag door naar de klant en bel je zodra ze reageren."),
    ("nl11_vl_recruiter", "recruiter_outreach", "nieuwe_opdracht",
     "Iets nieuws voor jou?",
     "Het vorige verhaal liep niet zoals gehoopt, maar ik heb een nieuwe opdracht binnen bij een logistieke speler "
     "in Mechelen waar je ervaring goed van pas komt. Even bellen morgen?"),
    ("nl11_garage_fries", "recruiter_outreach", "via_via",
     "Via Sjoerd",
     "Sjoerd van de tankstation zei dat u misschien wat anders zoekt. Wij kunnen een handige kracht gebruiken in "
     "de werkplaats. Heeft u zin om eens te praten?"),
    ("nl11_vl_kmo_gent", "recruiter_outreach", "gezien_op_beurs",
     "Nog eens over de beurs",
     "We hebben elkaar kort gesproken op de bouwbeurs. Wij zoeken nog versterking in de werkplaats en u leek me "
     "iemand die weet van aanpakken. Zin om eens af te spreken?"),
    ("nl11_scaleup_eindhoven", "rejection", "on_hold",
     "Even een eerlijk bericht",
     "Vervelend nieuws: we hebben de werving voor dit team stilgezet na een herziening van het budget. Daardoor "
     "kunnen we het proces met jou niet afronden."),
    ("nl11_waterschap", "rejection", "ingetrokken",
     "Procedure",
     "Wij berichten u dat de procedure is stopgezet omdat de formatieplaats na een reorganisatie is komen te "
     "vervallen. Wij danken u voor uw belangstelling."),
    ("nl11_ats_verzekeraar", "offer", "contractvoorstel",
     "Je contractvoorstel",
     "Gefeliciteerd! In je account staat het contractvoorstel klaar. Teken je het binnen een week?"),
    # ---- Dutch, not about a job
    # Taalhuis Delta (tune)
    ("nl11_taalschool", "other", "intake",
     "Je intakegesprek",
     "Voor je inschrijving plannen we een intakegesprek en een korte niveautest. Kun je dinsdag om 19.00 uur?"),
    ("nl11_taalschool", "other", "inschrijving_ontvangen",
     "Inschrijving ontvangen",
     "We hebben je inschrijving voor de cursus Spaans A2 ontvangen. Je plaats is definitief na betaling."),
    ("nl11_taalschool", "other", "groep_vol",
     "Cursus vol",
     "Helaas is de groep op donderdag vol en kunnen we je daar geen plek aanbieden. Wil je op de wachtlijst?"),
    ("nl11_taalschool", "other", "certificaat",
     "Gefeliciteerd!",
     "Je bent geslaagd voor het examen. Je certificaat wordt binnen twee weken verstuurd."),
    ("nl11_taalschool", "other", "aanbieding",
     "Zomeraanbieding",
     "Schrijf je deze maand in en krijg 15 % korting op alle zomercursussen."),
    # Kees Vermeulen (landlord, tune)
    ("nl11_verhuurder", "other", "bezichtiging",
     "Bezichtiging",
     "Leuk dat je het appartement wilt zien. Kom je woensdag om 18.30 uur? Neem je loonstrook mee."),
    ("nl11_verhuurder", "other", "andere_huurder",
     "Re: Bezichtiging",
     "Ik heb helaas gekozen voor een andere huurder die eerder kon. Sorry, en succes met zoeken."),
    ("nl11_verhuurder", "other", "huurcontract",
     "Huurcontract",
     "In de bijlage het huurcontract. Als je akkoord bent, tekenen we zaterdag en krijg je de sleutels."),
    ("nl11_verhuurder", "other", "borg",
     "Borg ontvangen",
     "De borg is binnen, dank je."),
    # Planvast (software supplier, tune)
    ("nl11_leverancier", "other", "offerte",
     "Offerte Planvast",
     "Zoals besproken stuur ik je de offerte voor 30 gebruikers, met 10 % korting in het eerste jaar. Het aanbod "
     "is geldig tot het einde van de maand."),
    ("nl11_leverancier", "other", "demo_plannen",
     "Demo plannen?",
     "Zullen we volgende week een demo van een halfuur plannen? Dan laat ik zien hoe andere teams roosters "
     "maken."),
    ("nl11_leverancier", "other", "andere_leverancier",
     "Re: Offerte Planvast",
     "Jammer dat jullie voor een andere leverancier hebben gekozen. Bedankt voor de tijd; we blijven "
     "beschikbaar."),
    ("nl11_leverancier", "other", "verlenging",
     "Verlenging abonnement",
     "Je abonnement wordt op de 30e automatisch verlengd. Wil je iets wijzigen? Laat het me weten."),
    # Polderpraat podcast (report)
    ("nl11_podcast", "other", "interview_podcast",
     "Te gast in Polderpraat?",
     "We zouden je graag interviewen over je moestuinproject! Kun je op de 15e 's middags opnemen?"),
    ("nl11_podcast", "other", "opname_bevestigd",
     "Re: Te gast in Polderpraat?",
     "Top, de opname staat voor donderdag 18.00 uur in de studio. Duurt ongeveer een uur."),
    ("nl11_podcast", "other", "aflevering_online",
     "Aflevering online",
     "Je interview staat online! Dank je wel, het was een mooie aflevering."),
    ("nl11_podcast", "other", "opname_verzet",
     "Kleine wijziging",
     "Sorry, we moeten de opname verzetten, de studio is bezet. Lukt volgende week ook?"),
    # Vrijwilligerscentrale Oost (report)
    ("nl11_vrijwilligers", "other", "aanmelding",
     "Je aanmelding als vrijwilliger",
     "Bedankt voor je aanmelding als vrijwilliger bij de voedselbank. We nemen snel contact met je op voor een "
     "kennismakingsgesprek."),
    ("nl11_vrijwilligers", "other", "kennismaking_vrijwilliger",
     "Kennismaking",
     "Kun je zaterdag om 10.00 uur langskomen voor een kort kennismakingsgesprek met de coördinator?"),
    ("nl11_vrijwilligers", "other", "plek_vol",
     "Over je aanmelding",
     "Helaas zijn alle plekken op de vrijdag bezet. We hebben je ingedeeld op de dinsdag, als dat past."),
    ("nl11_vrijwilligers", "other", "bedankt",
     "Dank je wel!",
     "Dankzij vrijwilligers zoals jij konden we dit jaar 400 gezinnen helpen."),
    # Greet Claes (neighbour, report)
    ("nl11_buurvrouw", "other", "succes_gesprek",
     "Veel succes morgen",
     "Veel succes morgen met je sollicitatiegesprek! Ik duim voor je. Laat je weten hoe het ging?"),
    ("nl11_buurvrouw", "other", "pakje",
     "Pakje",
     "Er ligt een pakje voor je bij ons, je mag het komen halen wanneer je wil."),
    ("nl11_buurvrouw", "other", "barbecue",
     "Barbecue zaterdag",
     "We doen zaterdag een barbecue in de tuin, je bent welkom vanaf 17u. Breng gerust iemand mee."),
    ("nl11_buurvrouw", "other", "kat",
     "De kat",
     "Zou jij volgende week de kat eten willen geven? We zijn vier dagen weg."),
]

_READERS = {
    "es": Reader(
        "Inés Carrasco Vidal <ines.carrasco.v@example.net>",
        "Hola, gracias por escribirme. Me viene bien, quedo atenta. Saludos, Inés",
        "El mar, 13 may 2025 a las 21:07, Inés Carrasco Vidal (<ines.carrasco.v@example.net>) escribió:",
        "De: Inés Carrasco Vidal <ines.carrasco.v@example.net>\nEnviado: martes, 13 de mayo de 2025 21:07\n"
        "Para: contacto@example.org\nAsunto: Re: Consulta",
        "El 13 may 2025, a las 21:07, Inés Carrasco Vidal <ines.carrasco.v@example.net> escribió:",
    ),
    "nl": Reader(
        "Sanne Bakker <sanne.bakker@example.net>",
        "Hoi, dank voor je bericht. Dat komt goed uit, ik hoor het graag. Groet, Sanne",
        "Op di 13 mei 2025 om 21:07 schreef Sanne Bakker <sanne.bakker@example.net>:",
        "Van: Sanne Bakker <sanne.bakker@example.net>\nVerzonden: dinsdag 13 mei 2025 21:07\n"
        "Aan: contact@example.org\nOnderwerp: Re: Vraag",
        "Op 13 mei 2025, om 21:07 heeft Sanne Bakker <sanne.bakker@example.net> het volgende geschreven:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 5, 5, 8, 17, tzinfo=dt.UTC),
    days=61,
    minutes=37,
    quote_every=5,
    case_id="{lang}11-{i:03d}-{label}",
    message_id="<i11-{i:03d}.{writer}@intl11.example>",
    boundary="=_i11_{i}_{writer}",
)
build = SET.build
messages = SET.messages
