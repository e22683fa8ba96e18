"""A fifth set of job-search mail, Spanish and Dutch only (`bench/mail_heldout.py --set intl4`), written for this
project by deliberately other writers than tests/mail/intl_corpus.py, tests/mail/heldout_mail.py,
tests/mail/writers_mail.py and tests/mail/intl3_mail.py. None of it comes from a data set or a real inbox; every
sender, company and person is invented.

The writers: in Spanish a logistics group's applicant-tracking system saying "tú", a Mexican group's
reclutamiento, a Spanish temping agency (ETT) from a phone, a Spanish university's PAS selection and bolsa de
empleo, a Chilean supermarket chain, an Argentine consultora writing "vos", a Colombian caja de compensación's
bolsa de empleo, a bank's SuccessFactors templates, a Mexican workshop owner, a provincial council's proceso de
selección, an Argentine university's concursos, a Colombian head-hunter, a Chilean start-up and a Costa Brava
hotel chain; and, not about a job, a bank, a web shop, a town hall's sede electrónica, an insurer, a school, a tax
office and an estate agency. In Dutch a logistics firm's "werken bij" system, a national water authority, a
temping agency from a phone, a Flemish city's selection service ("kandidatuur", "aanwervingsreserve"), a
university's HR, a bank's Workday templates, a Flemish building firm, a care home, a recruitment bureau and a
vocational college; and, not about a job, a bank, a municipality, a web shop, an energy supplier, an insurer, a
school, the tax office and a landlord.

Over half of the job mail is rejections, most of them implied ("hemos decidido continuar con otros perfiles",
"la posición ya fue cubierta", "we zijn met een andere kandidaat verder gegaan", "de functie is intern
ingevuld"), often after a paragraph of thanks or after an interview or a test.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl4` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- Spanish, job mail
    "es_ats_logistica": Writer(
        "tune", "es", "Hispamar Logística | Talento <no-reply@hispamar.teamtailor.example.es>", "html-utf8",
        "Hola Marta,", "Un saludo,\nEl equipo de Personas de Hispamar",
        "Hispamar Logística S.L. tratará tus datos para gestionar tu candidatura. Puedes ejercer tus derechos "
        "escribiendo a privacidad@hispamar.example.es."),
    "es_mx_grupo": Writer(
        "tune", "es", "Reclutamiento - Grupo Textil Anáhuac <reclutamiento@textilanahuac.example.mx>", "outlook-qp",
        "Estimada Marta:", "Saludos cordiales,\nLic. Rodrigo Peña\nAtracción de Talento\nGrupo Textil Anáhuac, "
        "Puebla, Pue."),
    "es_ett": Writer(
        "tune", "es", "Raquel Sanz | EmpleoYa ETT <raquel.sanz@empleoya-ett.example.es>", "phone-flowed",
        "Hola Marta!", "Un besito,\nRaquel\nEmpleoYa ETT - Delegación Zaragoza\n\nEnviado desde mi móvil"),
    "es_universidad": Writer(
        "tune", "es", "Universidad de Castro Urdiales - Servicio de PAS <seleccion.pas@ucastro.example.es>",
        "latin1-plain", "Estimada Sra. Quintana:", "Atentamente,\nServicio de Personal de Administración y "
        "Servicios", "Este correo se envía de forma automática. Para consultas, diríjase al Registro General."),
    "es_cl_super": Writer(
        "tune", "es", "Selección - Supermercados Del Pacífico <seleccion@delpacifico.example.cl>", "html-cp1252",
        "Estimada Marta:", "Saludos cordiales,\nEquipo de Selección\nSupermercados Del Pacífico S.A.",
        "Este mensaje es confidencial. Supermercados Del Pacífico no solicita pagos a postulantes."),
    "es_ar_consultora": Writer(
        "tune", "es", "Flor Giménez | Pampa Consultores <flor@pampaconsultores.example.com.ar>", "gmail-utf8",
        "Hola Marta, ¿cómo va?", "Saludos!\nFlor\nPampa Consultores - Búsquedas de mandos medios"),
    "es_co_bolsa": Writer(
        "tune", "es", "Bolsa de Empleo - Caja Valle <bolsaempleo@cajavalle.example.co>", "ascii",
        "Señora Marta Quintana:", "Atentamente,\nAgencia de Gestión y Colocación de Empleo\nCaja de Compensación "
        "Familiar del Valle"),
    "es_banco_ats": Writer(
        "report", "es", "Banco Meridiano - Empleo <empleo@bancomeridiano.successfactors.example>", "multipart-b64",
        "Estimada Marta Quintana:", "Reciba un cordial saludo,\nDirección de Selección y Talento\nBanco Meridiano",
        "Banco Meridiano, S.A. · Registro Mercantil de Madrid · Este mensaje ha sido generado automáticamente."),
    "es_mx_taller": Writer(
        "report", "es", "Toño Villarreal <antonio@taller-villarreal.example.mx>", "gmail-utf8", "Qué tal Marta,",
        "Saludos\nToño Villarreal\nTaller Mecánico Villarreal, Monterrey"),
    "es_diputacion": Writer(
        "report", "es", "Diputación Provincial de Almenara - RR. HH. <rrhh@dipalmenara.example.es>", "latin1-plain",
        "Sra. Dña. Marta Quintana:", "Atentamente,\nEl Jefe del Servicio de Recursos Humanos",
        "Diputación Provincial de Almenara · Plaza de España, 1 · Aviso: este correo no admite respuestas."),
    "es_ar_universidad": Writer(
        "report", "es", "UNLS - Dirección de Concursos <concursos@unls.example.edu.ar>", "html-utf8",
        "Estimada Lic. Quintana:", "Atentamente,\nDirección de Concursos Docentes y No Docentes\n"
        "Universidad Nacional del Litoral Sur", "Por favor, no responda a este correo."),
    "es_co_headhunter": Writer(
        "report", "es", "Juliana Restrepo - Andina Executive Search <jrestrepo@andinasearch.example.co>",
        "outlook-qp", "Apreciada Marta,", "Un abrazo,\n\nJuliana Restrepo\nSocia Directora\nAndina Executive "
        "Search - Medellín"),
    "es_cl_startup": Writer(
        "report", "es", "Nico de Kipu <nico@kipu.example.cl>", "ascii", "Hola Marta!",
        "Saludos!\nNico\nKipu - equipo de personas"),
    "es_hoteles": Writer(
        "report", "es", "Hoteles Costa Brava - Selección <seleccion@hotelescostabrava.example.es>", "html-cp1252",
        "Hola Marta,", "Saludos cordiales,\nDepartamento de Selección\nHoteles Costa Brava",
        "Hoteles Costa Brava S.A. · Lloret de Mar · Aviso legal y política de privacidad en nuestra web."),
    # ---- Spanish, not about a job
    "es_banco": Writer(
        "tune", "es", "Banco Sureño <avisos@bancosureno.example.es>", "html-utf8", "Hola Marta,",
        "Un saludo,\nBanco Sureño", "Banco Sureño nunca te pedirá tus claves por correo electrónico."),
    "es_tienda": Writer(
        "tune", "es", "TiendaCasa <pedidos@tiendacasa.example.mx>", "html-utf8", "¡Hola Marta!",
        "Gracias por comprar con nosotros,\nEl equipo de TiendaCasa"),
    "es_ayuntamiento": Writer(
        "tune", "es", "Sede electrónica - Ayuntamiento de Olmedal <sede@olmedal.example.es>", "latin1-plain",
        "Estimada ciudadana:", "Atentamente,\nAyuntamiento de Olmedal",
        "Mensaje generado automáticamente por la sede electrónica. No responda a este correo."),
    "es_seguros": Writer(
        "report", "es", "Seguros Atalaya <clientes@segurosatalaya.example.es>", "multipart-b64",
        "Estimada clienta:", "Atentamente,\nAtención al Cliente de Seguros Atalaya"),
    "es_colegio": Writer(
        "report", "es", "Colegio San Isidro <secretaria@colegiosanisidro.example.co>", "gmail-utf8",
        "Apreciados padres de familia:", "Cordialmente,\nSecretaría Académica\nColegio San Isidro"),
    "es_sat": Writer(
        "report", "es", "Servicio de Administración Tributaria <avisos@sat-notifica.example.mx>", "html-cp1252",
        "Estimada contribuyente:", "Atentamente,\nServicio de Administración Tributaria"),
    "es_inmobiliaria": Writer(
        "report", "es", "Inmobiliaria Río de la Plata <alquileres@inmorio.example.com.ar>", "gmail-utf8",
        "Hola Marta,", "Saludos,\nGabriela\nInmobiliaria Río de la Plata"),
    # ---- Dutch, job mail
    "nl_ats_logistiek": Writer(
        "tune", "nl", "Werken bij Rijnmond Logistiek <noreply@rijnmondlogistiek.recruitee.example>", "html-utf8",
        "Hoi Lotte,", "Groetjes,\nTeam Recruitment Rijnmond Logistiek",
        "Je ontvangt dit bericht omdat je hebt gesolliciteerd bij Rijnmond Logistiek. Je gegevens bewaren we "
        "maximaal vier weken na afloop van de procedure."),
    "nl_rijk": Writer(
        "tune", "nl", "Rijksdienst voor Waterbeheer - Werving <werving@rdw-water.example.nl>", "latin1-plain",
        "Geachte mevrouw Jansen,", "Met vriendelijke groet,\nTeam Werving en Selectie\nRijksdienst voor "
        "Waterbeheer", "Dit bericht kan informatie bevatten die niet voor u is bestemd."),
    "nl_uitzend": Writer(
        "tune", "nl", "Priya | Startbaan Uitzendbureau <priya@startbaan.example.nl>", "phone-flowed", "Hoi Lotte!",
        "Groetjes Priya\nStartbaan Uitzendbureau\n\nVerzonden vanaf mijn iPhone"),
    "nl_stad_vl": Writer(
        "tune", "nl", "Stad Brugwijk - Dienst Selectie <selectie@brugwijk.example.be>", "html-cp1252",
        "Beste mevrouw Jansen,", "Met vriendelijke groeten,\nDienst Personeel en Organisatie\nStad Brugwijk",
        "Stad Brugwijk · Marktplein 1 · Uw persoonsgegevens worden verwerkt volgens de GDPR."),
    "nl_universiteit": Writer(
        "tune", "nl", "Universiteit Leiderdam - HR <vacatures@uleiderdam.example.nl>", "outlook-qp",
        "Beste Lotte Jansen,", "Met vriendelijke groet,\n\nMarieke Smit\nHR-adviseur Werving\nUniversiteit "
        "Leiderdam"),
    "nl_bank_ats": Writer(
        "report", "nl", "Noordhaven Bank Careers <careers@noordhaven.workday.example>", "multipart-b64",
        "Beste Lotte,", "Met vriendelijke groet,\nTalent Acquisition | Noordhaven Bank",
        "Noordhaven Bank N.V. · KvK 33112233 · Dit is een automatisch gegenereerd bericht."),
    "nl_bouw_vl": Writer(
        "report", "nl", "Dirk Verhaeghe <dirk@verhaeghe-bouw.example.be>", "gmail-utf8", "Dag Lotte,",
        "Groeten,\nDirk\nBouwbedrijf Verhaeghe - Roeselare"),
    "nl_zorg": Writer(
        "report", "nl", "Zorgcentrum Het Baken - P&O <po@hetbaken.example.nl>", "ascii",
        "Geachte mevrouw Jansen,", "Met vriendelijke groet,\nAfdeling P&O\nZorgcentrum Het Baken"),
    "nl_bureau": Writer(
        "report", "nl", "Mark van Dijk | Talentbrug Recruitment <mark@talentbrug.example.nl>", "outlook-qp",
        "Hi Lotte,", "Groet,\n\nMark van Dijk\nRecruitment consultant | Talentbrug\n06 - 87 65 43 21"),
    "nl_roc": Writer(
        "report", "nl", "ROC Amstelveld - Werving & Selectie <werving@rocamstelveld.example.nl>", "html-utf8",
        "Beste mevrouw Jansen,", "Met vriendelijke groet,\nTeam Werving & Selectie\nROC Amstelveld"),
    # ---- Dutch, not about a job
    "nl_bank": Writer(
        "tune", "nl", "Grachtbank <service@grachtbank.example.nl>", "html-utf8", "Beste Lotte Jansen,",
        "Met vriendelijke groet,\nGrachtbank Klantenservice",
        "Grachtbank vraagt u nooit om uw pincode of inlogcodes via e-mail."),
    "nl_gemeente": Writer(
        "tune", "nl", "Gemeente Waterlinde <noreply@waterlinde.example.nl>", "latin1-plain",
        "Geachte mevrouw Jansen,", "Met vriendelijke groet,\nGemeente Waterlinde",
        "Dit is een automatisch verzonden bericht van de gemeente Waterlinde."),
    "nl_webshop": Writer(
        "tune", "nl", "Kastje.nl <bestellingen@kastje.example.nl>", "html-utf8", "Hoi Lotte,",
        "Groetjes,\nTeam Kastje.nl"),
    "nl_energie": Writer(
        "tune", "nl", "Windkracht Energie <klantenservice@windkracht.example.nl>", "multipart-b64",
        "Beste mevrouw Jansen,", "Met vriendelijke groet,\nKlantenservice Windkracht Energie"),
    "nl_verzekering": Writer(
        "report", "nl", "Schelde Verzekeringen <klant@scheldeverzekeringen.example.be>", "html-cp1252",
        "Beste klant,", "Met vriendelijke groeten,\nSchelde Verzekeringen"),
    "nl_school": Writer(
        "report", "nl", "Basisschool De Regenboog <info@bsderegenboog.example.nl>", "gmail-utf8",
        "Beste ouders en verzorgers,", "Hartelijke groet,\nTeam De Regenboog"),
    "nl_belasting": Writer(
        "report", "nl", "Belastingkantoor Berichtenbox <berichtenbox@belastingen.example.nl>", "ascii",
        "Geachte mevrouw Jansen,", "Met vriendelijke groet,\nDe Belastingdienst"),
    "nl_verhuur": Writer(
        "report", "nl", "Woonstede Verhuur <verhuur@woonstede.example.nl>", "outlook-qp", "Beste Lotte,",
        "Met vriendelijke groet,\n\nEsther de Groot\nVerhuurmakelaar | Woonstede"),
}

# (writer, label, kind, subject, body): kind is a short tag for the bench's per-kind table.
CORES: list[tuple[str, str, str, str, str]] = []

# ---------------------------------------------------------------- Spanish, tune writers
CORES += [
    # es_ats_logistica: an ATS in Spain writing "tú", short warm templates.
    ("es_ats_logistica", "application_ack", "ack", "Hemos recibido tu candidatura - Técnico/a de Almacén",
     "¡Gracias por inscribirte en nuestra oferta de Técnico/a de Almacén en Zaragoza! Tu candidatura ya está "
     "en manos del equipo de selección. Si tu perfil encaja, te llamaremos en las próximas dos semanas."),
    ("es_ats_logistica", "rejection", "thanks_first", "Tu candidatura en Hispamar",
     "Queremos darte las gracias por el tiempo que has dedicado a conocernos y por tu interés en formar parte "
     "de Hispamar.\n\nHemos recibido muchísimas candidaturas y la decisión no ha sido fácil. Tras revisar tu "
     "perfil con detalle, hemos decidido seguir adelante con otras personas cuya experiencia se ajusta más a "
     "lo que buscamos en este momento.\n\nTe animamos a seguir atento/a a nuestras ofertas."),
    ("es_ats_logistica", "rejection", "after_interview", "Después de tu entrevista",
     "Gracias por la entrevista del martes con Jorge y con Ana, nos gustó conocerte. Hemos valorado a todas "
     "las personas finalistas y, esta vez, la elegida ha sido otra candidata con más experiencia en gestión "
     "de flotas. Ojalá coincidamos en otra ocasión."),
    ("es_ats_logistica", "rejection", "closed", "Actualización sobre la oferta de Planificador/a de Rutas",
     "Te escribimos para contarte que hemos cancelado el proceso de Planificador/a de Rutas por una "
     "reorganización interna del área de transporte. Sentimos no poder darte mejores noticias y te "
     "agradecemos mucho tu interés."),
    ("es_ats_logistica", "rejection", "not_match", "Sobre tu candidatura a Jefe/a de Tráfico",
     "Gracias por postularte. Hemos revisado tu CV y, aunque tienes una trayectoria muy interesante, no "
     "cumples el requisito de experiencia mínima en transporte internacional que pedía la oferta, así que no "
     "vamos a avanzar con tu candidatura."),
    ("es_ats_logistica", "rejection", "kept", "Tu candidatura espontánea",
     "Gracias por enviarnos tu CV. Ahora mismo no tenemos ninguna vacante que encaje con tu perfil, pero lo "
     "guardaremos en nuestra base de datos y te escribiremos si aparece algo en tu zona."),
    ("es_ats_logistica", "interview", "invitation", "Te invitamos a una videollamada",
     "Nos ha encantado tu perfil y queremos conocerte. ¿Te viene bien una videollamada de 30 minutos el "
     "jueves 13 a las 10:00 con el responsable del almacén? Elige otro hueco en este enlace si no te va bien."),
    ("es_ats_logistica", "assessment", "test", "Siguiente paso: prueba técnica",
     "Como siguiente paso del proceso, te pedimos que completes una prueba técnica online de Excel y "
     "planificación. Dura unos 40 minutos y tienes hasta el domingo para hacerla desde este enlace."),
    ("es_ats_logistica", "offer", "offer", "¡Bienvenida a Hispamar!",
     "¡Enhorabuena! Nos alegra mucho decirte que queremos contar contigo como Técnica de Almacén. Te "
     "adjuntamos la carta oferta con el salario, el horario y la fecha de incorporación; dinos si la aceptas "
     "antes del viernes."),
    ("es_ats_logistica", "other", "alert", "5 nuevas ofertas de empleo para ti",
     "Estas son las ofertas publicadas esta semana que podrían interesarte: Carretillero/a en Plaza, "
     "Administrativo/a de Tráfico y Mozo/a de Almacén. Inscríbete desde nuestra web de empleo."),
    # es_mx_grupo: a Mexican group's recruiting team, usted, formal and indirect.
    ("es_mx_grupo", "application_ack", "ack", "Acuse de recibo - Vacante Coordinadora de Compras",
     "Por medio del presente acusamos de recibido su solicitud para la vacante de Coordinadora de Compras. "
     "Su información será revisada por el área de Atracción de Talento y, en caso de que su perfil cumpla con "
     "los requisitos, nos comunicaremos con usted vía telefónica."),
    ("es_mx_grupo", "rejection", "thanks_first", "Seguimiento a su postulación",
     "Agradecemos sinceramente su interés en formar parte de Grupo Textil Anáhuac y el tiempo que nos brindó "
     "durante el proceso.\n\nLe informamos que, después de un análisis cuidadoso, se eligió a otra persona "
     "cuyo perfil se apega más a las necesidades actuales del puesto.\n\nLe deseamos mucho éxito en su "
     "búsqueda profesional."),
    ("es_mx_grupo", "rejection", "implied", "Vacante Coordinadora de Compras",
     "Le escribimos para darle seguimiento a su proceso. Por el momento, la dirección ha optado por avanzar "
     "con candidatas que cuentan con mayor experiencia en la industria textil. Agradecemos de nuevo su "
     "participación."),
    ("es_mx_grupo", "rejection", "filled", "Estatus de la vacante de Analista de Costos",
     "Le comentamos que la vacante de Analista de Costos ya fue ocupada. Agradecemos su interés y lo "
     "tendremos presente para futuras oportunidades."),
    ("es_mx_grupo", "rejection", "after_interview", "Resultado de su entrevista",
     "Gracias por acudir a la entrevista con el Ing. Salgado. Lamentablemente no fue seleccionada para la "
     "siguiente etapa del proceso. Conservaremos su currículum en nuestra cartera de candidatos."),
    ("es_mx_grupo", "interview", "invitation", "Cita para entrevista",
     "Nos complace invitarla a una entrevista presencial el miércoles 19 a las 11:00 h en nuestras oficinas "
     "de Puebla, Blvd. Atlixco 3120. Favor de traer identificación oficial y confirmar su asistencia."),
    ("es_mx_grupo", "assessment", "psychometric", "Evaluaciones psicométricas",
     "Como parte del proceso de reclutamiento, le compartimos el acceso a las evaluaciones psicométricas. "
     "Le pedimos resolverlas en un solo momento y antes del jueves."),
    ("es_mx_grupo", "other", "business", "Cotización de telas para temporada",
     "Le compartimos la cotización solicitada para la temporada primavera-verano. La oferta incluye "
     "descuento por volumen y entrega en 15 días hábiles. Quedamos atentos a su orden de compra."),
    ("es_mx_grupo", "other", "admin", "Invitación a la posada de fin de año",
     "Le invitamos cordialmente a la posada de fin de año de proveedores el viernes 12 de diciembre a las "
     "19:00 h. Favor de confirmar asistencia con el área de Compras."),
    # es_ett: a temping agency, phone, tú, very short, much implied.
    ("es_ett", "recruiter_outreach", "outreach", "Trabajo en Plaza",
     "Oye, he visto tu CV en nuestra web y tengo un puesto de administrativa para una empresa de "
     "logística en Plaza, jornada de mañana. ¿Te interesa? Llámame y te cuento."),
    ("es_ett", "interview", "invitation", "Entrevista mañana",
     "Te confirmo la entrevista mañana a las 9:30 en la oficina de la calle Coso. Trae el DNI y la vida "
     "laboral, porfa."),
    ("es_ett", "rejection", "client_choice", "Lo de la empresa de logística",
     "Hola guapa, ya me ha contestado la empresa. Al final se han quedado con una chica que ya había "
     "trabajado con ellos, así que esta vez no ha podido ser. Te tengo en cuenta para lo próximo."),
    ("es_ett", "rejection", "paused", "Puesto de recepcionista",
     "Te cuento: el cliente ha parado la contratación de recepcionista hasta después del verano. Si se "
     "reactiva te aviso la primera."),
    ("es_ett", "rejection", "filled", "Re: turno de tarde",
     "Perdona que no te contestara antes, el puesto del turno de tarde ya lo hemos cubierto. Sigo buscando "
     "algo para ti."),
    ("es_ett", "rejection", "not_match", "Re: oferta de mozo de almacén",
     "Te he presentado pero me dicen que necesitan a alguien con carnet de carretillero en vigor, y tú no lo "
     "tienes, así que no siguen con tu candidatura. Si te lo sacas avísame."),
    ("es_ett", "offer", "contract", "Contrato para el lunes",
     "¡Buenas noticias! La empresa te quiere para el puesto de administrativa. Empiezas el lunes a las 8:00; "
     "pásate el viernes por la oficina a firmar el contrato de puesta a disposición."),
    ("es_ett", "application_ack", "ack", "Re: mi CV",
     "Recibido tu CV, gracias! Lo reviso esta semana y te digo si encaja en alguna de las ofertas que "
     "tenemos abiertas."),
    ("es_ett", "other", "personal", "Cena del viernes",
     "Oye, ¿al final te vienes a la cena del viernes? Somos ocho, reservé en el sitio de la entrevista que "
     "salió en la tele, el de las tapas."),
    # es_universidad: a Spanish university's PAS selection, public-sector wording.
    ("es_universidad", "application_ack", "ack", "Registro de solicitud - Proceso selectivo Técnico de Laboratorio",
     "Le confirmamos que su solicitud de participación en el proceso selectivo para la provisión de una plaza "
     "de Técnico de Laboratorio ha quedado registrada con el número 2025/0412. La lista provisional de "
     "admitidos se publicará en el tablón electrónico."),
    ("es_universidad", "rejection", "not_passed", "Calificaciones de la fase de oposición",
     "Publicadas las calificaciones del primer ejercicio, le comunicamos que no ha obtenido la puntuación "
     "necesaria para superarlo, por lo que queda fuera del proceso selectivo. Puede presentar alegaciones en el "
     "plazo de cinco días hábiles."),
    ("es_universidad", "rejection", "ranked", "Resolución del concurso de méritos",
     "Una vez baremados los méritos, la comisión de valoración ha propuesto para la plaza a la aspirante con "
     "mayor puntuación total. Su puntuación no le ha permitido obtener la plaza convocada."),
    ("es_universidad", "rejection", "bolsa", "Bolsa de empleo de Auxiliar de Biblioteca",
     "Le informamos que ha quedado incluida en la bolsa de empleo de Auxiliar de Biblioteca en el puesto 23 "
     "de la lista. No se le ha adjudicado ninguna de las plazas vacantes, que han sido cubiertas por los "
     "aspirantes con mejor posición."),
    ("es_universidad", "rejection", "excluded", "Lista definitiva de admitidos y excluidos",
     "Consultada la lista definitiva, figura usted como excluida por no haber abonado la tasa de examen "
     "dentro del plazo, por lo que no podrá participar en las pruebas."),
    ("es_universidad", "assessment", "exam", "Convocatoria al primer ejercicio",
     "Se le convoca a la realización del primer ejercicio del proceso selectivo, de carácter teórico, el "
     "sábado 8 de marzo a las 10:00 h en el Aulario Norte. Deberá presentar el DNI."),
    ("es_universidad", "interview", "invitation", "Entrevista - Técnico de Laboratorio",
     "Superada la fase de concurso, le citamos a la entrevista personal ante la comisión de selección el día "
     "14 de abril a las 12:30 h en el Rectorado, sala de juntas."),
    ("es_universidad", "offer", "appointment", "Propuesta de contratación",
     "La comisión de selección ha propuesto su contratación como Técnico de Laboratorio. Le rogamos que "
     "presente en el Servicio de PAS, en un plazo de diez días, la documentación necesaria para formalizar "
     "el contrato."),
    ("es_universidad", "other", "admin", "Matrícula del curso de idiomas",
     "Su matrícula en el curso de inglés B2 del Centro de Lenguas ha quedado registrada. Las clases comienzan "
     "el 3 de octubre en horario de tarde."),
    ("es_universidad", "other", "admin", "Convocatoria de ayudas para movilidad",
     "Se ha publicado la resolución provisional de las ayudas de movilidad internacional. Su solicitud ha sido "
     "denegada por falta de crédito presupuestario. Puede presentar alegaciones en diez días."),
    # es_cl_super: a Chilean supermarket chain, usted, "postulación", "cargo".
    ("es_cl_super", "application_ack", "ack", "Recibimos su postulación",
     "Junto con saludar, le confirmamos que recibimos su postulación al cargo de Jefa de Local en Viña del "
     "Mar. Nuestro equipo revisará sus antecedentes y le contactará si continúa en el proceso."),
    ("es_cl_super", "rejection", "thanks_first", "Proceso Jefa de Local",
     "Junto con saludar, queremos agradecer su interés en trabajar con nosotros y el tiempo invertido en las "
     "distintas etapas.\n\nLe comentamos que el proceso ha finalizado y que en esta ocasión se optó por otro "
     "postulante cuyo perfil se ajusta de mejor manera a los requerimientos del cargo.\n\nLe deseamos éxito."),
    ("es_cl_super", "rejection", "not_continue", "Resultado de su postulación",
     "Junto con saludar, le informamos que luego de revisar sus antecedentes, su postulación no seguirá "
     "avanzando en este proceso. Agradecemos su tiempo."),
    ("es_cl_super", "rejection", "after_test", "Resultado evaluación psicolaboral",
     "Le agradecemos haber asistido a la evaluación psicolaboral. De acuerdo con los resultados, no "
     "continuará en las siguientes etapas del proceso de selección para el cargo de Cajera Supervisora."),
    ("es_cl_super", "rejection", "closed", "Cierre de proceso Encargado de Bodega",
     "Le informamos que el proceso de Encargado de Bodega se declaró desierto y fue cerrado. Por ahora no "
     "hay contratación para este cargo. Gracias por participar."),
    ("es_cl_super", "assessment", "psychometric", "Evaluación psicolaboral",
     "Le citamos a una evaluación psicolaboral el lunes 10 a las 9:00 en nuestra casa matriz de Santiago. "
     "La evaluación dura aproximadamente tres horas."),
    ("es_cl_super", "interview", "invitation", "Entrevista con gerente zonal",
     "Queremos coordinar una entrevista con el gerente zonal para el cargo de Jefa de Local. ¿Tiene "
     "disponibilidad el jueves por la tarde?"),
    ("es_cl_super", "other", "business", "Ofertas de la semana",
     "Aproveche las ofertas de la semana en nuestros locales: 30 % de descuento en lácteos y 2x1 en "
     "detergentes con su tarjeta de cliente."),
    ("es_cl_super", "other", "business", "Postulación de proveedores locales",
     "Le informamos que la postulación de su empresa al programa de proveedores locales no fue seleccionada "
     "en esta convocatoria. Podrá volver a postular en marzo."),
    # es_ar_consultora: an Argentine selection consultancy writing "vos".
    ("es_ar_consultora", "recruiter_outreach", "outreach", "Búsqueda Jefa de Administración",
     "Estoy con una búsqueda de Jefa de Administración para una empresa agroindustrial de Rosario y tu "
     "perfil me pareció muy alineado. ¿Te interesaría que charlemos 15 minutos esta semana?"),
    ("es_ar_consultora", "interview", "invitation", "Entrevista con el cliente",
     "¡Buenas noticias! El cliente quiere conocerte. Te propongo el lunes a las 15 h en sus oficinas de "
     "Rosario. ¿Me confirmás?"),
    ("es_ar_consultora", "rejection", "client_choice", "Novedades de la búsqueda",
     "Te cuento que el cliente terminó eligiendo a otra candidata, que ya venía del sector agro. Me "
     "encantó conocerte y te voy a tener en cuenta en próximas búsquedas."),
    ("es_ar_consultora", "rejection", "buried", "Gracias por tu tiempo",
     "Antes que nada, gracias por la buena onda en todo el proceso y por la paciencia con los tiempos del "
     "cliente.\n\nTuvimos varias instancias y la verdad es que tu entrevista salió muy bien.\n\nDicho esto, "
     "la empresa decidió avanzar con un perfil con más experiencia en consolidación de balances, así que no "
     "vas a continuar en esta búsqueda. Cualquier cosa, estamos en contacto."),
    ("es_ar_consultora", "rejection", "not_presented", "Tu CV para Controller",
     "Estuve revisando tu CV para la búsqueda de Controller y no te voy a poder presentar, porque el cliente "
     "pide sí o sí inglés avanzado. Ojalá surja algo pronto."),
    ("es_ar_consultora", "rejection", "paused", "Búsqueda en pausa",
     "Te escribo para avisarte que la empresa congeló la búsqueda hasta nuevo aviso por la situación del "
     "mercado. Si se reactiva, te escribo."),
    ("es_ar_consultora", "offer", "offer", "¡Te quieren!",
     "¡Felicitaciones! La empresa te hace una propuesta formal: te paso el sueldo bruto, beneficios y fecha "
     "de ingreso en el adjunto. Contame qué te parece."),
    ("es_ar_consultora", "other", "business", "Propuesta de servicios",
     "Te adjunto la propuesta de servicios de búsqueda y selección para tu empresa, con honorarios del 15 % "
     "del sueldo anual del puesto. Quedo a disposición para ajustar la oferta."),
    ("es_ar_consultora", "other", "personal", "Asado del sábado",
     "¿Venís al asado del sábado? Lo hacemos en lo de Mati, traé algo para tomar. Después charlamos de la "
     "entrevista que le hicieron en la radio."),
    # es_co_bolsa: a Colombian caja de compensación's employment agency, ascii.
    ("es_co_bolsa", "application_ack", "ack", "Confirmación de postulación",
     "Le confirmamos que su postulación a la vacante Auxiliar Contable, publicada en nuestra bolsa de empleo, "
     "fue registrada con éxito. El empleador revisará su hoja de vida."),
    ("es_co_bolsa", "rejection", "employer", "Resultado de la vacante Auxiliar Contable",
     "Le informamos que el empleador finalizó el proceso de la vacante Auxiliar Contable y su hoja de vida no "
     "fue preseleccionada. Lo invitamos a seguir postulándose a otras vacantes."),
    ("es_co_bolsa", "rejection", "after_interview", "Proceso Analista de Nómina",
     "Cordial saludo. Agradecemos su asistencia a la entrevista. El empleador nos informa que el cargo será "
     "ocupado por otro candidato, por lo cual su proceso termina en esta etapa."),
    ("es_co_bolsa", "rejection", "closed", "Vacante cancelada",
     "Le informamos que la empresa cancelo la vacante Asistente Administrativa a la cual usted se habia "
     "postulado. Su hoja de vida sigue activa en la bolsa de empleo."),
    ("es_co_bolsa", "interview", "invitation", "Citacion a entrevista",
     "Usted ha sido preseleccionada para la vacante Analista de Nomina. El empleador la cita a entrevista el "
     "martes 4 de marzo a las 8:00 a. m. en la sede norte de la Caja."),
    ("es_co_bolsa", "assessment", "test", "Prueba de conocimientos",
     "Como parte del proceso de la vacante Auxiliar Contable, debe presentar una prueba de conocimientos "
     "contables en linea antes del viernes."),
    ("es_co_bolsa", "other", "admin", "Subsidio de vivienda",
     "Le informamos que su solicitud de subsidio de vivienda no fue aprobada en esta asignacion por no "
     "cumplir el puntaje minimo. Puede volver a postularse en la proxima convocatoria."),
    ("es_co_bolsa", "other", "admin", "Inscripcion a cursos de formacion",
     "Abrimos inscripciones para los cursos gratuitos de Excel y servicio al cliente. Los cupos son "
     "limitados y se asignan por orden de inscripcion."),
]

CORES += [
    # es_banco: a bank (tune), words of a job search in a lender's sense.
    ("es_banco", "other", "bank", "Tu solicitud de préstamo personal",
     "Hemos estudiado tu solicitud de préstamo personal y lamentamos comunicarte que en esta ocasión no ha "
     "sido aprobada. Tu perfil de riesgo no se ajusta a los criterios actuales de concesión."),
    ("es_banco", "other", "bank", "Una oferta pensada para ti",
     "Tienes preconcedida una tarjeta de crédito sin comisiones. Acepta la oferta en la app antes del día 30 "
     "y llévate un 5 % de devolución en tus compras."),
    ("es_banco", "other", "bank", "Cita con tu gestor",
     "Te confirmamos la cita con tu gestor el jueves a las 12:00 en la oficina de la calle Alcalá para "
     "revisar tu hipoteca. Si no puedes acudir, cámbiala desde la app."),
    ("es_banco", "other", "bank", "Hemos recibido tu documentación",
     "Hemos recibido la documentación para la apertura de tu cuenta. Nuestro equipo la revisará y te "
     "avisaremos cuando la cuenta esté operativa."),
    ("es_banco", "other", "bank", "Cambios en las condiciones de tu cuenta",
     "Te informamos de que a partir del 1 de abril se modifican las condiciones de tu cuenta nómina. Puedes "
     "consultar el documento completo en la web."),
    ("es_banco", "other", "bank", "Operación rechazada",
     "Se ha rechazado un pago con tu tarjeta por 84,90 € en un comercio online. Si no reconoces la operación, "
     "llámanos."),
    ("es_banco", "other", "bank", "Tu solicitud de hipoteca",
     "Tras analizar tu solicitud de hipoteca, no podemos continuar con la operación: la cuota supera el 35 % "
     "de tus ingresos. Un gestor te llamará para estudiar otras opciones."),
    # es_tienda: a Mexican web shop.
    ("es_tienda", "other", "shop", "Confirmación de tu pedido #48211",
     "Hemos recibido tu pedido #48211. Te avisaremos cuando salga de nuestro almacén; la entrega estimada es "
     "de 3 a 5 días hábiles."),
    ("es_tienda", "other", "shop", "Tu pedido no pudo ser procesado",
     "Lamentamos informarte que tu pedido #48377 fue cancelado porque el producto se agotó. El reembolso se "
     "verá reflejado en tu tarjeta en un plazo de 5 a 10 días."),
    ("es_tienda", "other", "shop", "Bienvenida a TiendaCasa",
     "Gracias por registrarte. Tu cuenta ya está activa y tienes un cupón de bienvenida del 10 % en tu "
     "primera compra."),
    ("es_tienda", "other", "shop", "¡Últimas horas de ofertas!",
     "Aprovecha hasta 50 % de descuento en muebles de oficina: sillas ergonómicas, escritorios y archiveros. "
     "La oferta termina a medianoche."),
    ("es_tienda", "other", "shop", "Tu devolución fue rechazada",
     "Revisamos tu solicitud de devolución y no fue aceptada porque el artículo presenta señales de uso. Si "
     "no estás de acuerdo, responde a este correo."),
    ("es_tienda", "other", "shop", "Cuéntanos qué te pareció tu compra",
     "Tu opinión nos ayuda a mejorar. Califica tu compra y participa en el sorteo de una tarjeta de regalo."),
    # es_ayuntamiento: a town hall's electronic office.
    ("es_ayuntamiento", "other", "admin", "Justificante de registro de entrada",
     "Se ha registrado su solicitud de licencia de obra menor con número de entrada 2025-E-3391. Este correo "
     "sirve como acuse de recibo de la presentación."),
    ("es_ayuntamiento", "other", "admin", "Cita previa confirmada",
     "Su cita previa para el padrón municipal queda confirmada el día 12 a las 9:20 en la Oficina de Atención "
     "Ciudadana."),
    ("es_ayuntamiento", "other", "admin", "Resolución de su solicitud de ayuda",
     "Le notificamos que su solicitud de ayuda para la rehabilitación de fachadas ha sido desestimada por no "
     "reunir los requisitos de la convocatoria."),
    ("es_ayuntamiento", "other", "admin", "Plazas en la escuela infantil municipal",
     "Publicada la lista de admitidos en la escuela infantil municipal, su solicitud ha quedado en lista de "
     "espera con el número 7."),
    ("es_ayuntamiento", "other", "admin", "Notificación disponible en la sede electrónica",
     "Tiene una notificación pendiente de la Concejalía de Hacienda sobre el impuesto de vehículos. Dispone "
     "de diez días naturales para acceder a ella."),
    ("es_ayuntamiento", "other", "admin", "Inscripción en actividades deportivas",
     "Su inscripción en el curso de natación para adultos ha sido aceptada. Las clases son los martes y "
     "jueves de 19:00 a 20:00 en la piscina cubierta."),
    ("es_ayuntamiento", "other", "admin", "Convocatoria de subvenciones a asociaciones",
     "Se abre el plazo de solicitud de subvenciones para asociaciones vecinales. Las bases y el modelo de "
     "solicitud están disponibles en la sede electrónica."),
]

# ---------------------------------------------------------------- Spanish, report writers
CORES += [
    # es_banco_ats: a bank's SuccessFactors templates, usted.
    ("es_banco_ats", "application_ack", "ack", "Confirmación de su candidatura - Analista de Riesgos",
     "Le agradecemos su interés en Banco Meridiano. Hemos recibido correctamente su candidatura para la "
     "posición de Analista de Riesgos (ref. 88213). Nuestro equipo la estudiará y, si su perfil resulta "
     "adecuado, se pondrá en contacto con usted."),
    ("es_banco_ats", "rejection", "thanks_first", "Su candidatura en Banco Meridiano",
     "Queremos agradecerle el interés mostrado en Banco Meridiano y la confianza depositada en nosotros.\n\n"
     "Tras un análisis detallado de todas las candidaturas recibidas, lamentamos comunicarle que hemos "
     "decidido continuar el proceso con otros candidatos cuyo perfil se adecúa en mayor medida a los "
     "requisitos de la posición.\n\nSus datos quedarán en nuestra base de datos para futuros procesos."),
    ("es_banco_ats", "rejection", "after_interview", "Proceso de selección - Analista de Riesgos",
     "Gracias por participar en las entrevistas del proceso de Analista de Riesgos. Tras valorar "
     "detenidamente a todos los finalistas, le informamos de que no ha sido seleccionada para la posición."),
    ("es_banco_ats", "rejection", "closed", "Actualización de la posición 88213",
     "Le informamos de que la posición a la que se inscribió ha sido cancelada y el proceso de selección se "
     "ha dado por finalizado. Le agradecemos su participación."),
    ("es_banco_ats", "rejection", "kept", "Su candidatura en nuestra web de empleo",
     "Hemos revisado su candidatura. En este momento no disponemos de ninguna posición acorde con su perfil, "
     "pero su CV quedará en nuestra base de datos y lo tendremos en cuenta en futuros procesos de selección."),
    ("es_banco_ats", "assessment", "test", "Pruebas de aptitud online",
     "Le invitamos a realizar las pruebas de aptitud numérica y verbal que forman parte de nuestro proceso de "
     "selección. Dispone de cinco días para completarlas a través del siguiente enlace."),
    ("es_banco_ats", "interview", "invitation", "Invitación a entrevista",
     "Nos complace invitarle a una entrevista con el responsable del área de Riesgos el próximo 21 de marzo "
     "a las 16:00 h, por Teams. Le rogamos que confirme su asistencia."),
    ("es_banco_ats", "offer", "offer", "Carta oferta",
     "Nos complace ofrecerle la posición de Analista de Riesgos. Adjuntamos la carta oferta con las "
     "condiciones económicas y la fecha de incorporación prevista. Le agradeceríamos su respuesta en el plazo "
     "de una semana."),
    ("es_banco_ats", "other", "alert", "Nuevas posiciones en Banco Meridiano",
     "Se han publicado nuevas posiciones que coinciden con sus alertas de empleo: Gestor/a Comercial en "
     "Sevilla y Técnico/a de Cumplimiento en Madrid."),
    # es_mx_taller: a Mexican workshop owner, tú, casual.
    ("es_mx_taller", "interview", "invitation", "Lo del puesto de recepción",
     "Vi tu solicitud para recepción del taller. ¿Puedes venir el sábado a las 10 para platicar? Estamos en "
     "Av. Constitución 455."),
    ("es_mx_taller", "rejection", "filled", "Re: puesto de recepción",
     "Qué tal, oye, ya contraté a una muchacha que vive aquí a la vuelta, perdón por no avisarte antes. "
     "Gracias por venir."),
    ("es_mx_taller", "rejection", "implied", "Re: la vacante",
     "Fíjate que al final voy a quedarme con mi sobrino para la caja, es de confianza. Muchas gracias por tu "
     "interés y suerte."),
    ("es_mx_taller", "rejection", "not_match", "Re: auxiliar administrativo",
     "Te agradezco mucho, pero necesito a alguien que sepa de refacciones y de facturación electrónica. No "
     "creo que sea para ti esta vez."),
    ("es_mx_taller", "application_ack", "ack", "Re: solicitud",
     "Recibí tu solicitud, gracias. Esta semana platico con mi socio y te aviso."),
    ("es_mx_taller", "offer", "offer", "Te quedas!",
     "Platiqué con mi socio y te queremos en el taller. Entras el lunes a las 9, el sueldo es el que "
     "hablamos. ¿Sale?"),
    ("es_mx_taller", "other", "business", "Cotización de servicio",
     "Te mando la cotización del servicio de afinación y frenos para tu camioneta. Si la aceptas, la recibo "
     "el martes a primera hora."),
    ("es_mx_taller", "other", "personal", "Partido del domingo",
     "¿Vas a jugar el domingo? Nos falta un portero. Quedamos a las 8 en la cancha de la colonia."),
    # es_diputacion: a provincial council's proceso de selección.
    ("es_diputacion", "application_ack", "ack", "Solicitud de admisión - Bolsa de Trabajo Social",
     "Se ha recibido su solicitud de admisión al proceso de selección para la constitución de una bolsa de "
     "empleo temporal de Trabajador/a Social. Quedará admitida si su nombre figura en la lista provisional."),
    ("es_diputacion", "rejection", "not_passed", "Resultado de la prueba práctica",
     "Realizada la prueba práctica del proceso de selección, el tribunal calificador le ha otorgado la "
     "calificación de no apta. En consecuencia, no pasa a la fase de concurso."),
    ("es_diputacion", "rejection", "ranked", "Propuesta del tribunal",
     "El tribunal ha elevado a la Presidencia la propuesta de nombramiento de los aspirantes que han obtenido "
     "mayor puntuación. Lamentamos comunicarle que su puntuación no alcanza para ser propuesta."),
    ("es_diputacion", "rejection", "excluded", "Exclusión del proceso",
     "Revisada su solicitud, queda excluida del proceso de selección de Técnico de Juventud por no acreditar "
     "la titulación exigida en las bases. Dispone de diez días para subsanar."),
    ("es_diputacion", "rejection", "filled", "Comisión de servicios - Técnico de Cultura",
     "Le comunicamos que el puesto de Técnico de Cultura, convocado en comisión de servicios, ha sido "
     "provisto por un funcionario de la propia Diputación. Agradecemos su participación."),
    ("es_diputacion", "assessment", "exam", "Fecha del segundo ejercicio",
     "Se convoca a los aspirantes aprobados en el primer ejercicio a la realización del segundo ejercicio, "
     "de carácter práctico, el 5 de mayo a las 9:00 h en el Palacio Provincial."),
    ("es_diputacion", "interview", "invitation", "Entrevista curricular",
     "Conforme a las bases, se le cita a la entrevista curricular el día 19 de mayo a las 11:15 h en la sede "
     "del Servicio de Recursos Humanos."),
    ("es_diputacion", "offer", "appointment", "Llamamiento de la bolsa de empleo",
     "Por el orden de la bolsa de empleo de Trabajador/a Social, se le ofrece un nombramiento interino de "
     "seis meses en los Servicios Sociales Comunitarios. Deberá aceptarlo o renunciar en 48 horas."),
    ("es_diputacion", "other", "admin", "Convocatoria de premios de investigación",
     "Queda abierta la convocatoria de los premios provinciales de investigación local. Los candidatos "
     "deberán presentar sus trabajos antes del 30 de junio."),
    # es_ar_universidad: an Argentine university's concursos, usted.
    ("es_ar_universidad", "application_ack", "ack", "Inscripción al concurso docente",
     "Se ha registrado su inscripción al concurso de Jefe de Trabajos Prácticos de la cátedra de Estadística. "
     "La nómina de inscriptos se publicará en la cartelera de la Facultad."),
    ("es_ar_universidad", "rejection", "jury", "Dictamen del jurado",
     "Le comunicamos que el jurado del concurso de Jefe de Trabajos Prácticos emitió su dictamen y propuso "
     "para el cargo a otra postulante, quien obtuvo el primer lugar en el orden de mérito."),
    ("es_ar_universidad", "rejection", "deserted", "Concurso no docente - Categoría 5",
     "Se informa que el concurso para cubrir el cargo no docente de Categoría 5 fue declarado desierto por "
     "resolución del Consejo Superior. Agradecemos su participación."),
    ("es_ar_universidad", "rejection", "order", "Orden de mérito",
     "Le notificamos el orden de mérito del concurso de Ayudante de Primera. Usted quedó en el cuarto lugar; "
     "el cargo se cubre con el primero de la lista."),
    ("es_ar_universidad", "interview", "invitation", "Clase pública y entrevista",
     "Se le convoca a la clase pública y a la entrevista personal con el jurado el 15 de abril a las 10 h en "
     "el aula 12 de la Facultad de Ciencias Económicas."),
    ("es_ar_universidad", "offer", "appointment", "Designación en el cargo",
     "Por resolución del Consejo Directivo, ha sido designada en el cargo de Ayudante de Primera con "
     "dedicación simple. Deberá presentarse en la Dirección de Personal para la toma de posesión."),
    ("es_ar_universidad", "other", "admin", "Inscripción a la maestría",
     "Su solicitud de admisión a la Maestría en Finanzas fue aprobada. Las clases comienzan en agosto y la "
     "matrícula debe abonarse antes del 15 de julio."),
    ("es_ar_universidad", "other", "admin", "Beca de investigación",
     "Lamentamos informarle que su postulación a la beca de iniciación a la investigación no fue "
     "seleccionada en esta convocatoria."),
    # es_co_headhunter: a Colombian head-hunter, usted, wrapped decisions.
    ("es_co_headhunter", "recruiter_outreach", "outreach", "Oportunidad confidencial - Gerencia Financiera",
     "Me permito contactarla porque estamos acompañando a un grupo empresarial de Bogotá en la búsqueda de su "
     "Gerente Financiera. Su trayectoria resulta muy afín. ¿Tendría espacio para una llamada confidencial?"),
    ("es_co_headhunter", "rejection", "buried", "Proceso Gerencia Financiera",
     "Quiero agradecerle de corazón la disposición y la transparencia con la que participó en todo el "
     "proceso.\n\nLa junta directiva tuvo muy buenas impresiones de su entrevista.\n\nSin embargo, después de "
     "varias deliberaciones, el cliente se inclinó por una candidata que ya conoce el sector asegurador, de "
     "modo que su candidatura no sigue adelante. Con gusto la tendré presente para futuras oportunidades."),
    ("es_co_headhunter", "rejection", "paused", "Proceso Dirección de Planeación",
     "Le comento que nuestro cliente decidió suspender la búsqueda de Dirección de Planeación mientras "
     "define su nueva estructura. Por ahora el proceso queda detenido."),
    ("es_co_headhunter", "rejection", "not_presented", "Su hoja de vida",
     "Revisé con detenimiento su hoja de vida frente al perfil que pide el cliente. Infortunadamente no "
     "podré postularla en esta ocasión, pues se requiere experiencia directa en banca de inversión."),
    ("es_co_headhunter", "interview", "invitation", "Reunión con el presidente",
     "El presidente de la compañía desea reunirse con usted el jueves a las 7:30 a. m. para un desayuno en "
     "el Hotel Las Américas. ¿Me confirma su asistencia?"),
    ("es_co_headhunter", "offer", "offer", "Propuesta económica",
     "Me alegra contarle que el cliente le extiende una oferta formal para la Gerencia Financiera. Le envío "
     "la propuesta económica y las condiciones de vinculación para que la revisemos juntas."),
    ("es_co_headhunter", "other", "business", "Invitación a nuestro foro de liderazgo",
     "La invitamos a nuestro foro anual de liderazgo femenino, el 22 de mayo en Medellín. Habrá paneles "
     "sobre gobierno corporativo y sostenibilidad."),
    # es_cl_startup: a Chilean start-up, tú, typed without accents.
    ("es_cl_startup", "application_ack", "ack", "Recibimos tu postulacion!",
     "Gracias por postular a Kipu! Vamos a revisar tu perfil con calma y te respondemos en maximo dos "
     "semanas, sea cual sea el resultado."),
    ("es_cl_startup", "rejection", "buried", "Update de tu proceso en Kipu",
     "Primero que todo, gracias por el desafio tecnico, se nota que le pusiste harto empeno.\n\nEl equipo lo "
     "reviso entre todos y hubo buenas conversaciones.\n\nAl final decidimos seguir con otra persona que "
     "tiene mas experiencia en backend, asi que no vamos a avanzar contigo por ahora. Ojala nos volvamos a "
     "cruzar!"),
    ("es_cl_startup", "rejection", "not_match", "Tu postulacion a Kipu",
     "Te agradecemos harto el interes. Revisamos tu perfil y por ahora buscamos a alguien mas senior, asi que "
     "no seguiremos con tu postulacion."),
    ("es_cl_startup", "rejection", "paused", "Pausa en las contrataciones",
     "Te escribo para contarte que paramos todas las contrataciones este trimestre mientras cerramos la ronda. "
     "Tu proceso queda suspendido; si retomamos te escribo."),
    ("es_cl_startup", "assessment", "challenge", "Desafio tecnico",
     "Te mando el desafio tecnico: una API pequena en Node con tests. Tienes una semana para enviarlo, sin "
     "apuro."),
    ("es_cl_startup", "interview", "invitation", "Conversemos?",
     "Nos gusto tu desafio! Queremos tener una entrevista tecnica contigo por Meet. Te queda bien el miercoles "
     "a las 16?"),
    ("es_cl_startup", "other", "business", "Oferta de lanzamiento",
     "Lanzamos la nueva version de Kipu para pymes! Por ser parte de la comunidad tienes 3 meses gratis si "
     "te suscribes esta semana."),
    # es_hoteles: a Costa Brava hotel chain's seasonal selection.
    ("es_hoteles", "application_ack", "ack", "Candidatura temporada de verano",
     "Hemos recibido tu candidatura para la temporada de verano en nuestros hoteles de Lloret de Mar. Los "
     "procesos de selección se realizan entre marzo y abril; te contactaremos si tu perfil encaja."),
    ("es_hoteles", "rejection", "filled", "Temporada de verano - Recepción",
     "Te agradecemos el interés en trabajar con nosotros. Te comunicamos que las plazas de recepción para "
     "esta temporada ya están completas, por lo que no podemos ofrecerte un puesto este año."),
    ("es_hoteles", "rejection", "language", "Tu entrevista para Relaciones con Clientes",
     "Gracias por la entrevista. Para este puesto buscábamos un nivel alto de alemán, por lo que hemos "
     "preferido otras candidaturas. Guardamos tus datos para la próxima temporada."),
    ("es_hoteles", "rejection", "thanks_first", "Proceso de Gobernanta",
     "Queremos agradecerte sinceramente tu participación en el proceso de Gobernanta y el tiempo que nos has "
     "dedicado.\n\nLa valoración de tu candidatura ha sido positiva, pero finalmente nos hemos decantado por "
     "una persona con experiencia previa en hoteles de cinco estrellas.\n\nTe deseamos mucha suerte."),
    ("es_hoteles", "interview", "invitation", "Jornada de selección",
     "Te invitamos a nuestra jornada de selección el sábado 15 de marzo a las 10:00 en el Hotel Cala Fosca. "
     "Habrá una breve entrevista y una visita a las instalaciones."),
    ("es_hoteles", "offer", "offer", "Oferta de trabajo - temporada 2025",
     "Nos alegra ofrecerte un contrato fijo discontinuo como camarera de pisos desde el 1 de mayo hasta el 31 "
     "de octubre. Te enviamos las condiciones; confírmanos si aceptas."),
    ("es_hoteles", "other", "business", "Reserva confirmada",
     "Su reserva en el Hotel Cala Fosca del 3 al 7 de agosto ha sido confirmada. La entrada es a partir de "
     "las 15:00 h."),
]

CORES += [
    # es_seguros: an insurer.
    ("es_seguros", "other", "insurance", "Su solicitud de indemnización",
     "Hemos estudiado su solicitud de indemnización por daños de agua. Lamentamos comunicarle que no ha "
     "sido aceptada, ya que el siniestro no está cubierto por su póliza."),
    ("es_seguros", "other", "insurance", "Renovación de su póliza de hogar",
     "Su póliza de hogar se renueva el 1 de junio. Le ofrecemos ampliar coberturas con un 15 % de descuento "
     "si acepta la oferta antes del vencimiento."),
    ("es_seguros", "other", "insurance", "Cita con el perito",
     "El perito asignado a su siniestro le visitará el martes entre las 9 y las 11 h. Si no puede atenderle, "
     "llame al número de asistencia."),
    ("es_seguros", "other", "insurance", "Acuse de recibo de su reclamación",
     "Le confirmamos la recepción de su reclamación con referencia R-2025-7781. Le responderemos en un plazo "
     "máximo de un mes."),
    ("es_seguros", "other", "insurance", "Encuesta de satisfacción",
     "Valore en dos minutos la atención recibida en su último siniestro. Sus respuestas nos ayudan a mejorar."),
    ("es_seguros", "other", "insurance", "Solicitud de seguro de vida",
     "Tras revisar el cuestionario de salud, no podemos aceptar su solicitud de seguro de vida en las "
     "condiciones solicitadas. Le proponemos una alternativa con exclusiones."),
    # es_colegio: a Colombian school writing to parents.
    ("es_colegio", "other", "school", "Citación a entrevista de padres",
     "Los citamos a una entrevista con la directora de grupo el viernes a las 7:00 a. m. para revisar el "
     "informe del primer periodo de su hija."),
    ("es_colegio", "other", "school", "Proceso de admisión 2026",
     "Le informamos que el proceso de admisión de su hijo para grado primero ha finalizado y lamentablemente "
     "no obtuvo cupo. Quedará en lista de espera."),
    ("es_colegio", "other", "school", "Convocatoria elección de personero",
     "Se convoca a los estudiantes interesados en ser candidatos a personero a inscribirse en coordinación "
     "antes del viernes."),
    ("es_colegio", "other", "school", "Salida pedagógica",
     "El jueves realizaremos la salida pedagógica al museo. Por favor enviar la autorización firmada y el "
     "refrigerio."),
    ("es_colegio", "other", "school", "Prueba de nivelación",
     "Los estudiantes que no aprobaron matemáticas deberán presentar la prueba de nivelación el lunes a las "
     "8:00 a. m."),
    # es_sat: a Mexican tax office.
    ("es_sat", "other", "tax", "Acuse de recibo de su declaración anual",
     "Le enviamos el acuse de recibo de su declaración anual del ejercicio 2024. Conserve este documento como "
     "comprobante."),
    ("es_sat", "other", "tax", "Solicitud de devolución rechazada",
     "Su solicitud de devolución de saldo a favor fue rechazada porque la cuenta bancaria registrada no "
     "coincide con su RFC. Puede presentar una nueva solicitud."),
    ("es_sat", "other", "tax", "Cita en oficina",
     "Su cita para la renovación de e.firma quedó registrada para el 9 de abril a las 10:30 en la oficina de "
     "Monterrey Centro."),
    ("es_sat", "other", "tax", "Buzón tributario: nuevo mensaje",
     "Tiene un mensaje nuevo en su buzón tributario relacionado con sus obligaciones fiscales. Ingrese para "
     "consultarlo."),
    ("es_sat", "other", "tax", "Actualización de régimen",
     "Le informamos que se realizó la actualización de su régimen fiscal al de Sueldos y Salarios conforme a "
     "la información de su empleador."),
    # es_inmobiliaria: an estate agency in Buenos Aires.
    ("es_inmobiliaria", "other", "rent", "Tu solicitud para el depto de Palermo",
     "Gracias por tu interés en el departamento de Palermo. Te cuento que el propietario eligió a otros "
     "interesados, así que tu solicitud no fue seleccionada. Te avisamos si entra algo similar."),
    ("es_inmobiliaria", "other", "rent", "Visita confirmada",
     "Te confirmo la visita al departamento de Belgrano el jueves a las 18 h. Traé un recibo de sueldo y la "
     "garantía."),
    ("es_inmobiliaria", "other", "rent", "Contrato de alquiler",
     "Te mando el contrato de alquiler para que lo revises. La firma sería el lunes en la oficina; el "
     "propietario acepta tu oferta de pagar seis meses adelantados."),
    ("es_inmobiliaria", "other", "rent", "Actualización del alquiler",
     "Te informamos que a partir del mes próximo el alquiler se actualiza según el índice acordado en el "
     "contrato. El nuevo importe figura en el adjunto."),
    ("es_inmobiliaria", "other", "rent", "Nuevas propiedades disponibles",
     "Tenemos nuevas propiedades en alquiler que coinciden con tu búsqueda: dos ambientes en Villa Crespo y "
     "un monoambiente en Colegiales."),
]

# ---------------------------------------------------------------- Spanish, more decisions (both halves)
CORES += [
    ("es_ats_logistica", "rejection", "continue_with", "Proceso Administrativo/a de Tráfico",
     "Gracias por tu paciencia durante estas semanas. Te escribimos para decirte que hemos decidido continuar "
     "con otros candidatos en las siguientes fases, por lo que tu candidatura no sigue en el proceso."),
    ("es_mx_grupo", "rejection", "kept", "Agradecimiento por su solicitud",
     "Agradecemos el envío de su currículum. Por ahora no contamos con posiciones disponibles que coincidan "
     "con su experiencia; su solicitud quedará en nuestra base de datos por seis meses."),
    ("es_ett", "rejection", "after_trial", "Lo del período de prueba",
     "Me ha llamado la empresa: no te van a renovar después del periodo de prueba, dicen que necesitan a "
     "alguien con más rodaje en SAP. Lo siento mucho, te busco otra cosa."),
    ("es_universidad", "rejection", "not_admitted", "Lista provisional de admitidos",
     "En la lista provisional de admitidos y excluidos del proceso de selección de Técnico Informático, usted "
     "figura como excluida por no aportar la acreditación de la experiencia requerida."),
    ("es_cl_super", "rejection", "implied", "Proceso Analista de Abastecimiento",
     "Junto con saludar, le agradecemos su interés. Después de evaluar a los postulantes, la jefatura "
     "prefirió a alguien del equipo interno para el cargo de Analista de Abastecimiento."),
    ("es_ar_consultora", "rejection", "filled", "Búsqueda Analista Contable",
     "Te aviso que la búsqueda de Analista Contable ya se cerró: la empresa incorporó a alguien de su "
     "equipo. Gracias por haberte postulado y seguimos en contacto."),
    ("es_co_bolsa", "rejection", "not_match", "Resultado de la preseleccion",
     "Cordial saludo. Revisada su hoja de vida, no cumple con el perfil requerido por el empleador para la "
     "vacante Tecnico en Mantenimiento, ya que se solicita formacion tecnica en electricidad."),
    ("es_ats_logistica", "rejection", "short", "Tu proceso en Hispamar",
     "Lamentamos comunicarte que no has sido seleccionada para la posición de Analista de Compras. Gracias "
     "por tu interés."),
    ("es_mx_grupo", "interview", "second", "Segunda entrevista",
     "Le informamos que ha sido seleccionada para una segunda entrevista con la Gerencia de Compras el martes "
     "a las 13:00 h. Le agradeceremos confirmar."),
    ("es_universidad", "application_ack", "interim", "Estado del proceso selectivo",
     "Le informamos de que la comisión de selección está valorando los méritos de los aspirantes. La "
     "resolución se publicará en el tablón electrónico en el plazo de un mes."),
    ("es_cl_super", "offer", "offer", "Carta oferta Jefa de Local",
     "Nos es grato comunicarle que ha sido seleccionada para el cargo de Jefa de Local. Adjuntamos la carta "
     "oferta con renta bruta, beneficios y fecha de ingreso. Favor confirmar aceptación."),
    ("es_ett", "application_ack", "interim", "Re: lo de la entrevista",
     "Aún no me han dicho nada de la empresa, están viendo a dos personas más. En cuanto sepa algo te "
     "escribo, ¿vale?"),
    ("es_banco_ats", "rejection", "continue_with", "Proceso de selección - Gestor/a Comercial",
     "Le agradecemos el tiempo dedicado al proceso. Una vez finalizada la fase de entrevistas, hemos "
     "decidido continuar con otras candidaturas. Le deseamos el mayor de los éxitos."),
    ("es_mx_taller", "rejection", "short", "Re: Re: chamba",
     "Gracias Marta pero ya no ocupo a nadie, se me cayó un contrato grande. Suerte."),
    ("es_diputacion", "rejection", "not_passed", "Calificación del primer ejercicio",
     "Le comunicamos que no ha superado el primer ejercicio del proceso de selección de Auxiliar "
     "Administrativo, al haber obtenido una puntuación inferior a 5 puntos."),
    ("es_ar_universidad", "rejection", "excluded", "Inscripción observada",
     "Su inscripción al concurso fue rechazada por no presentar el título de grado certificado dentro del "
     "plazo. No podrá participar de las instancias siguientes."),
    ("es_co_headhunter", "rejection", "other_candidates", "Proceso Gerencia de Riesgos",
     "Le cuento que el cliente revisó la terna y avanzará con los otros dos candidatos. Le agradezco mucho su "
     "confianza y seguimos en contacto."),
    ("es_cl_startup", "rejection", "short", "Kipu - Analista de datos",
     "Hola! Gracias por postular. Esta vez no quedaste seleccionada, pero nos gusto tu perfil y lo vamos a "
     "tener presente."),
    ("es_hoteles", "rejection", "kept", "Tu CV en Hoteles Costa Brava",
     "Hemos recibido tu CV. En este momento no hay vacantes de tu perfil; lo conservaremos para próximas "
     "temporadas."),
    ("es_banco_ats", "application_ack", "interim", "Estado de su candidatura",
     "Le informamos de que su candidatura para Analista de Riesgos sigue en revisión. Esperamos poder darle "
     "una respuesta a finales de mes."),
    ("es_diputacion", "application_ack", "interim", "Publicación de listas",
     "Le informamos de que la lista provisional de admitidos del proceso se publicará en el Boletín Oficial "
     "de la Provincia la próxima semana."),
    ("es_co_headhunter", "application_ack", "ack", "Recibí su hoja de vida",
     "Muchas gracias por enviarme su hoja de vida actualizada. La revisaré esta semana frente al perfil del "
     "cliente y le daré noticias."),
    ("es_hoteles", "assessment", "test", "Prueba de idiomas",
     "Como parte del proceso, te invitamos a una prueba de nivel de inglés y alemán por teléfono el martes a "
     "las 11:00. Dura unos 20 minutos."),
    ("es_mx_taller", "other", "business", "Pedido de refacciones",
     "Ya llegaron las refacciones que pediste para el Tsuru. Pasa por ellas antes del sábado."),
]

# ---------------------------------------------------------------- Dutch, tune writers
CORES += [
    # nl_ats_logistiek: a Recruitee-like system writing "je".
    ("nl_ats_logistiek", "application_ack", "ack", "We hebben je sollicitatie ontvangen",
     "Bedankt voor je sollicitatie op de functie Planner Binnendienst! We hebben alles goed ontvangen. Ons "
     "team bekijkt je cv en motivatie en je hoort binnen tien werkdagen van ons."),
    ("nl_ats_logistiek", "rejection", "thanks_first", "Je sollicitatie bij Rijnmond Logistiek",
     "Allereerst bedankt voor je interesse in Rijnmond Logistiek en de tijd die je in je sollicitatie hebt "
     "gestoken.\n\nWe hebben veel reacties ontvangen en alle profielen zorgvuldig bekeken. Na een lastige "
     "afweging hebben we besloten om verder te gaan met kandidaten van wie de ervaring beter aansluit bij wat "
     "we nu zoeken.\n\nWe wensen je veel succes met je zoektocht."),
    ("nl_ats_logistiek", "rejection", "after_interview", "Terugkoppeling sollicitatiegesprek",
     "Bedankt voor het prettige gesprek van vorige week met Ruud en Sandra. We hebben inmiddels alle "
     "gesprekken gevoerd en hebben gekozen voor een kandidaat met meer ervaring in warehouse management. We "
     "hadden je graag beter nieuws gegeven."),
    ("nl_ats_logistiek", "rejection", "not_match", "Update over je sollicitatie",
     "Dank voor je reactie op de vacature Teamleider Expeditie. Je profiel past helaas niet goed genoeg bij "
     "de functie: we zoeken iemand met leidinggevende ervaring in een logistieke omgeving. Daarom nemen we je "
     "sollicitatie niet verder in behandeling."),
    ("nl_ats_logistiek", "rejection", "closed", "Vacature Supply Chain Analist",
     "We laten je weten dat we de vacature Supply Chain Analist hebben ingetrokken vanwege een "
     "reorganisatie. De procedure wordt daarom stopgezet. Bedankt voor je interesse."),
    ("nl_ats_logistiek", "rejection", "kept", "Je open sollicitatie",
     "Leuk dat je open hebt gesolliciteerd. Op dit moment hebben we geen passende functie voor je. Met je "
     "toestemming bewaren we je gegevens een jaar, zodat we je kunnen benaderen als er iets vrijkomt."),
    ("nl_ats_logistiek", "interview", "invitation", "Uitnodiging voor een eerste gesprek",
     "We willen je graag beter leren kennen! Je bent van harte uitgenodigd voor een eerste gesprek op "
     "dinsdag 11 maart om 14.00 uur op ons kantoor in Waalhaven. Kies via de link een ander moment als dit "
     "niet uitkomt."),
    ("nl_ats_logistiek", "assessment", "test", "Volgende stap: capaciteitentest",
     "De volgende stap in de procedure is een online capaciteitentest van ongeveer 45 minuten. Maak hem "
     "uiterlijk vrijdag via de link in deze mail."),
    ("nl_ats_logistiek", "offer", "offer", "Ons aanbod",
     "Goed nieuws: we willen je graag aannemen als Planner Binnendienst! In de bijlage vind je ons aanbod met "
     "salaris, reiskostenvergoeding en startdatum. Laat je ons voor vrijdag weten of je akkoord gaat?"),
    ("nl_ats_logistiek", "other", "alert", "Nieuwe vacatures voor jou",
     "Er zijn nieuwe vacatures die passen bij je zoekprofiel: Chauffeur CE, Heftruckchauffeur en "
     "Medewerker Klantenservice. Bekijk ze op onze werken-bij-site."),
    # nl_rijk: a national authority, formal "u", long procedure words.
    ("nl_rijk", "application_ack", "ack", "Ontvangstbevestiging sollicitatie vacaturenummer 2025-0317",
     "Hierbij bevestigen wij de ontvangst van uw sollicitatie op de vacature Adviseur Waterkwaliteit. De "
     "selectiecommissie beoordeelt de brieven na de sluitingsdatum. U ontvangt uiterlijk twee weken daarna "
     "bericht."),
    ("nl_rijk", "rejection", "letters", "Uw sollicitatie Adviseur Waterkwaliteit",
     "De selectiecommissie heeft alle sollicitaties zorgvuldig beoordeeld. Wij moeten u helaas berichten "
     "dat u niet bent geselecteerd voor de eerste gespreksronde. Andere kandidaten sloten beter aan op de "
     "functie-eisen."),
    ("nl_rijk", "rejection", "after_interview", "Uitslag tweede gespreksronde",
     "Hartelijk dank voor uw komst naar de tweede gespreksronde. De commissie heeft besloten de voorkeur te "
     "geven aan een andere kandidaat, omdat deze meer ervaring heeft met internationale stroomgebieden."),
    ("nl_rijk", "rejection", "internal", "Vacature Beleidsmedewerker Dijkversterking",
     "Wij informeren u dat de vacature Beleidsmedewerker Dijkversterking is ingevuld door een interne "
     "kandidaat uit de mobiliteitspool. Uw sollicitatie kan daarom niet worden meegenomen."),
    ("nl_rijk", "rejection", "not_eligible", "Uw sollicitatie - interne vacature",
     "Deze vacature staat uitsluitend open voor medewerkers van de Rijksoverheid. Wij kunnen uw sollicitatie "
     "daarom helaas niet in behandeling nemen."),
    ("nl_rijk", "interview", "invitation", "Uitnodiging sollicitatiegesprek",
     "Naar aanleiding van uw sollicitatie nodigen wij u uit voor een gesprek met de selectiecommissie op "
     "donderdag 20 maart om 10.30 uur in Den Haag. Neemt u een geldig identiteitsbewijs mee."),
    ("nl_rijk", "assessment", "assessment", "Uitnodiging assessment",
     "Onderdeel van de procedure is een assessment bij een extern bureau. U ontvangt van het bureau een "
     "uitnodiging voor een dagdeel met een rollenspel en een persoonlijkheidsvragenlijst."),
    ("nl_rijk", "offer", "offer", "Voorlopig aanbod arbeidsvoorwaarden",
     "Met genoegen doen wij u een voorlopig aanbod voor de functie Adviseur Waterkwaliteit, schaal 11, onder "
     "voorbehoud van een positieve Verklaring Omtrent het Gedrag. De arbeidsovereenkomst volgt na uw "
     "akkoord."),
    ("nl_rijk", "other", "admin", "Uitnodiging inspraakavond dijkversterking",
     "U bent van harte uitgenodigd voor de inspraakavond over de dijkversterking Lekdijk op woensdag 5 maart "
     "om 19.30 uur in het dorpshuis."),
    # nl_uitzend: a temping agency from a phone, "je", very short.
    ("nl_uitzend", "recruiter_outreach", "outreach", "Leuke baan in Tilburg",
     "Hoi! Ik zag je cv op onze site en heb een leuke baan als administratief medewerker bij een "
     "transportbedrijf in Tilburg, 32 uur. Interesse? Bel me even!"),
    ("nl_uitzend", "interview", "intake", "Intake morgen",
     "Ik heb je ingepland voor een intakegesprek morgen om 10.00 bij ons op kantoor aan de Spoorlaan. Neem je "
     "ID en bankpas mee."),
    ("nl_uitzend", "rejection", "client_choice", "Die baan in Tilburg",
     "Hey, ik heb net de opdrachtgever gesproken. Ze hebben gekozen voor iemand die al bij hen heeft gewerkt, "
     "dus het gaat hem deze keer niet worden. Ik zoek verder voor je!"),
    ("nl_uitzend", "rejection", "filled", "Re: orderpicker",
     "Sorry voor de late reactie, de plek als orderpicker is al vergeven. Ik houd je op de hoogte als er "
     "iets nieuws binnenkomt."),
    ("nl_uitzend", "rejection", "not_match", "Re: heftruck",
     "Ik heb je voorgesteld maar ze willen echt iemand met een geldig heftruckcertificaat, dus ze gaan niet "
     "verder met je. Als je dat haalt, laat het weten."),
    ("nl_uitzend", "rejection", "paused", "Klantenservice vacature",
     "Even een update: de klant heeft de vacature voor de klantenservice voorlopig on hold gezet tot na de "
     "zomer. Ik laat het je weten als het weer loopt."),
    ("nl_uitzend", "offer", "contract", "Je kunt maandag starten!",
     "Top nieuws! Je kunt maandag om 8.00 beginnen bij het transportbedrijf. Kom vrijdag even langs om je "
     "uitzendovereenkomst te tekenen."),
    ("nl_uitzend", "other", "personal", "Verjaardag zaterdag",
     "Hoi! Kom je zaterdag naar mijn verjaardag? Vanaf acht uur, neem je vriend ook mee. Cadeautip: een "
     "goede fles wijn haha."),
    # nl_stad_vl: a Flemish city's selection service, "u", Flemish procedure words.
    ("nl_stad_vl", "application_ack", "ack", "Bevestiging van uw kandidatuur",
     "Wij hebben uw kandidatuur voor de functie van deskundige personeelsadministratie (B1-B3) goed "
     "ontvangen. Na de uiterste inschrijvingsdatum controleren wij of u aan de deelnemingsvoorwaarden "
     "voldoet."),
    ("nl_stad_vl", "rejection", "not_passed", "Resultaat schriftelijke proef",
     "U nam deel aan de schriftelijke proef voor de functie van deskundige personeelsadministratie. U behaalde "
     "niet de vereiste 50 % en bent bijgevolg niet geslaagd. U kunt niet verder deelnemen aan de "
     "selectieprocedure."),
    ("nl_stad_vl", "rejection", "reserve", "Uitslag selectieprocedure administratief medewerker",
     "U bent geslaagd en opgenomen in de wervingsreserve op de twaalfde plaats. De huidige vacatures worden "
     "ingevuld door de hoger gerangschikte kandidaten. De reserve blijft twee jaar geldig."),
    ("nl_stad_vl", "rejection", "not_admitted", "Uw kandidatuur - diplomavoorwaarde",
     "Na controle van uw kandidatuur stellen wij vast dat u niet beschikt over het vereiste diploma. Wij "
     "kunnen u bijgevolg niet toelaten tot de selectieprocedure."),
    ("nl_stad_vl", "rejection", "after_interview", "Resultaat mondelinge proef",
     "De selectiecommissie heeft uw mondelinge proef beoordeeld. Ondanks een goede prestatie werd een andere "
     "kandidaat als meest geschikt aangeduid voor de functie. Wij danken u voor uw deelname."),
    ("nl_stad_vl", "assessment", "exam", "Uitnodiging schriftelijke proef",
     "U wordt uitgenodigd voor de schriftelijke proef op zaterdag 22 maart om 9 uur in het Administratief "
     "Centrum. Breng uw identiteitskaart en een balpen mee."),
    ("nl_stad_vl", "interview", "invitation", "Uitnodiging mondelinge proef",
     "Proficiat, u bent geslaagd voor de schriftelijke proef. U wordt uitgenodigd voor het mondelinge "
     "gedeelte (sollicitatiegesprek) op 3 april om 14.15 uur."),
    ("nl_stad_vl", "offer", "appointment", "Aanstelling",
     "Het college van burgemeester en schepenen heeft beslist u aan te stellen als deskundige "
     "personeelsadministratie met ingang van 1 mei. U ontvangt uw arbeidsovereenkomst per post."),
    ("nl_stad_vl", "other", "admin", "Uw aanvraag parkeerkaart",
     "Uw aanvraag voor een bewonersparkeerkaart werd goedgekeurd. U kunt de kaart afhalen aan het loket "
     "Burgerzaken."),
    # nl_universiteit: a university's HR, "je" and "u" mixed.
    ("nl_universiteit", "application_ack", "ack", "Je sollicitatie: PhD-positie Hydrologie",
     "Dank je wel voor je sollicitatie op de PhD-positie Hydrologie (vacaturenummer 25-114). De "
     "selectiecommissie neemt na de sluitingsdatum een besluit over wie wordt uitgenodigd."),
    ("nl_universiteit", "rejection", "thanks_first", "Je sollicitatie PhD-positie Hydrologie",
     "Hartelijk dank voor je belangstelling voor de PhD-positie bij onze faculteit en voor de moeite die je "
     "in je sollicitatie hebt gestoken.\n\nWe ontvingen ruim tachtig sterke sollicitaties.\n\nDe commissie "
     "heeft besloten om je niet uit te nodigen voor een gesprek. We realiseren ons dat dit een teleurstelling "
     "kan zijn."),
    ("nl_universiteit", "rejection", "after_interview", "Uitkomst selectieprocedure Docent Statistiek",
     "Dank voor het gesprek en je proefcollege. De commissie was onder de indruk, maar heeft uiteindelijk de "
     "voorkeur gegeven aan een kandidaat met meer onderwijservaring in het Engels."),
    ("nl_universiteit", "rejection", "funding", "Postdoc-positie Klimaatmodellen",
     "Helaas moeten we je laten weten dat de postdoc-positie vervalt, omdat de subsidieaanvraag niet is "
     "toegekend. We sluiten de procedure daarom af."),
    ("nl_universiteit", "rejection", "short", "Uw sollicitatie Beleidsmedewerker Onderwijs",
     "Wij hebben uw sollicitatie in goede orde ontvangen en besproken. Tot onze spijt moeten wij u mededelen "
     "dat wij u niet kunnen uitnodigen voor een sollicitatiegesprek."),
    ("nl_universiteit", "interview", "invitation", "Uitnodiging gesprek PhD-positie",
     "De commissie nodigt je graag uit voor een gesprek via Teams op 9 april om 15.00 uur. Wil je een korte "
     "presentatie van tien minuten over je masterscriptie voorbereiden?"),
    ("nl_universiteit", "offer", "offer", "Aanbod PhD-positie",
     "Wij bieden je graag de PhD-positie Hydrologie aan voor vier jaar. In de bijlage vind je het voorstel "
     "voor je arbeidsovereenkomst; je leidinggevende neemt deze week contact met je op."),
    ("nl_universiteit", "other", "admin", "Inschrijving masteropleiding",
     "Je inschrijving voor de masteropleiding Data Science is afgewezen, omdat je vooropleiding niet voldoet "
     "aan de toelatingseisen. Je kunt bezwaar maken binnen zes weken."),
    ("nl_universiteit", "other", "admin", "Uitnodiging promotieplechtigheid",
     "U bent van harte uitgenodigd voor de openbare verdediging van het proefschrift van mevrouw Bos op "
     "vrijdag 14 maart om 12.30 uur in de Aula."),
]

CORES += [
    # nl_bank: a Dutch bank.
    ("nl_bank", "other", "bank", "Uw aanvraag persoonlijke lening",
     "Wij hebben uw aanvraag voor een persoonlijke lening beoordeeld. Helaas kunnen wij deze niet "
     "toekennen, omdat uw inkomen onvoldoende is voor het gevraagde bedrag."),
    ("nl_bank", "other", "bank", "Uw afspraak met een hypotheekadviseur",
     "Wij bevestigen uw afspraak met een hypotheekadviseur op dinsdag 18 maart om 16.00 uur. Neemt u uw "
     "loonstrook en werkgeversverklaring mee."),
    ("nl_bank", "other", "bank", "Persoonlijk aanbod: lagere rente",
     "Speciaal voor u: een tijdelijk aanbod met een lagere rente op uw doorlopend krediet. Reageer voor 31 "
     "maart en profiteer direct."),
    ("nl_bank", "other", "bank", "Wij hebben uw documenten ontvangen",
     "Bedankt voor het uploaden van uw documenten. Wij beoordelen deze binnen vijf werkdagen en laten u "
     "weten of uw rekening geopend kan worden."),
    ("nl_bank", "other", "bank", "Betaling geweigerd",
     "Een betaling van € 129,00 met uw creditcard is geweigerd. Herkent u deze betaling niet? Blokkeer dan "
     "direct uw kaart in de app."),
    ("nl_bank", "other", "bank", "Wijziging voorwaarden betaalrekening",
     "Per 1 mei wijzigen de voorwaarden van uw betaalrekening. De nieuwe voorwaarden vindt u in de bijlage en "
     "in Mijn Grachtbank."),
    ("nl_bank", "other", "bank", "Uw hypotheekaanvraag",
     "Na beoordeling van uw hypotheekaanvraag moeten wij u helaas laten weten dat wij de aanvraag niet "
     "kunnen honoreren. Uw adviseur neemt contact met u op over de mogelijkheden."),
    ("nl_bank", "other", "bank", "Uw jaaroverzicht staat klaar",
     "Uw jaaroverzicht 2024 staat voor u klaar in Mijn Grachtbank. U heeft het nodig voor uw aangifte "
     "inkomstenbelasting."),
    # nl_gemeente: a Dutch municipality writing to a resident.
    ("nl_gemeente", "other", "municipality", "Ontvangstbevestiging aanvraag parkeervergunning",
     "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. U krijgt binnen acht weken een besluit."),
    ("nl_gemeente", "other", "municipality", "Besluit op uw aanvraag bijzondere bijstand",
     "Wij hebben uw aanvraag bijzondere bijstand beoordeeld en afgewezen, omdat uw inkomen boven de "
     "bijstandsnorm ligt. In de bijlage leest u hoe u bezwaar kunt maken."),
    ("nl_gemeente", "other", "municipality", "Afspraak paspoort",
     "U heeft een afspraak gemaakt voor het aanvragen van een paspoort op 7 april om 9.15 uur in het "
     "stadhuis. Neem een pasfoto en uw oude paspoort mee."),
    ("nl_gemeente", "other", "municipality", "Uitnodiging bewonersavond",
     "Wij nodigen u uit voor de bewonersavond over de nieuwe inrichting van het Stationsplein op donderdag 13 "
     "maart om 19.30 uur."),
    ("nl_gemeente", "other", "municipality", "Aanslag gemeentelijke belastingen 2025",
     "Uw aanslag gemeentelijke belastingen 2025 staat klaar in MijnOverheid. U kunt in tien termijnen "
     "betalen via automatische incasso."),
    ("nl_gemeente", "other", "municipality", "Uw melding openbare ruimte",
     "Bedankt voor uw melding over de kapotte lantaarnpaal in de Beukenlaan. Wij hebben de melding "
     "doorgezet naar de aannemer."),
    ("nl_gemeente", "other", "municipality", "Aanvraag omgevingsvergunning buiten behandeling",
     "Uw aanvraag voor een omgevingsvergunning voor het plaatsen van een dakkapel is onvolledig. Wij stellen "
     "u in de gelegenheid de ontbrekende stukken binnen twee weken aan te vullen."),
    ("nl_gemeente", "other", "municipality", "Selectie vrijwilligers Koningsdag",
     "Bedankt voor uw aanmelding als vrijwilliger voor Koningsdag. Er hebben zich meer mensen aangemeld dan "
     "er plekken zijn; wij hebben u helaas niet kunnen indelen."),
    # nl_webshop: a Dutch web shop.
    ("nl_webshop", "other", "shop", "Bedankt voor je bestelling #20931",
     "We hebben je bestelling goed ontvangen en gaan er meteen mee aan de slag. Je ontvangt een track-and-"
     "trace-code zodra je pakket onderweg is."),
    ("nl_webshop", "other", "shop", "Je bestelling is geannuleerd",
     "Helaas is het kastje dat je bestelde niet meer leverbaar. We hebben je bestelling geannuleerd en het "
     "bedrag binnen drie werkdagen teruggestort."),
    ("nl_webshop", "other", "shop", "Welkom bij Kastje.nl",
     "Je account is aangemaakt! Met je account volg je je bestellingen en krijg je als eerste onze "
     "aanbiedingen."),
    ("nl_webshop", "other", "shop", "Alleen dit weekend: 30 % korting",
     "Alleen dit weekend 30 % korting op alle bureaustoelen en bureaus. Het aanbod geldt tot zondag "
     "middernacht."),
    ("nl_webshop", "other", "shop", "Je retour is afgewezen",
     "We hebben je retourzending ontvangen, maar kunnen deze helaas niet accepteren: het artikel is "
     "beschadigd. Neem contact op als je het hier niet mee eens bent."),
    ("nl_webshop", "other", "shop", "Hoe tevreden ben je?",
     "Je hebt onlangs een bestelling bij ons geplaatst. Wil je in één minuut een beoordeling geven?"),
    ("nl_webshop", "other", "shop", "Je pakket komt morgen",
     "Goed nieuws: je pakket wordt morgen tussen 14.00 en 17.00 uur bezorgd. Niet thuis? Kies een "
     "afhaalpunt."),
    # nl_energie: an energy supplier.
    ("nl_energie", "other", "energy", "Je nieuwe energieaanbod",
     "Je contract loopt op 1 juni af. We hebben een nieuw aanbod voor je klaargezet: een vast tarief voor drie "
     "jaar. Accepteer het aanbod in de app."),
    ("nl_energie", "other", "energy", "Jaarafrekening 2024",
     "Je jaarafrekening staat klaar. Je krijgt € 84,12 terug; dit bedrag storten we binnen tien dagen op je "
     "rekening."),
    ("nl_energie", "other", "energy", "Afspraak slimme meter",
     "De monteur komt op woensdag 9 april tussen 8.00 en 12.00 uur je slimme meter plaatsen. Zorg dat de "
     "meterkast vrij toegankelijk is."),
    ("nl_energie", "other", "energy", "Je aanvraag is in behandeling",
     "Bedankt voor je overstapaanvraag. We hebben alles ontvangen en regelen de overstap met je huidige "
     "leverancier. Je hoeft zelf niets te doen."),
    ("nl_energie", "other", "energy", "Aanpassing termijnbedrag",
     "Op basis van je verbruik passen we je maandelijkse termijnbedrag aan naar € 142. Het nieuwe bedrag gaat "
     "in per volgende maand."),
    ("nl_energie", "other", "energy", "Uitnodiging klantpanel",
     "Je bent geselecteerd voor ons klantpanel. Wil je meedenken over onze nieuwe app? Meld je aan via de "
     "link."),
    ("nl_energie", "other", "energy", "Aanvraag teruglevering afgewezen",
     "Je aanvraag voor extra terugleverruimte voor je zonnepanelen kunnen we helaas niet goedkeuren, omdat "
     "het net in jouw wijk vol is."),
]

# ---------------------------------------------------------------- Dutch, report writers
CORES += [
    # nl_bank_ats: a bank's Workday templates, "je".
    ("nl_bank_ats", "application_ack", "ack", "Bedankt voor je sollicitatie - Data Analist KYC",
     "Bedankt voor je sollicitatie op de functie Data Analist KYC. We hebben je gegevens ontvangen en nemen "
     "zo snel mogelijk contact met je op over de volgende stap."),
    ("nl_bank_ats", "rejection", "thanks_first", "Je sollicitatie bij Noordhaven Bank",
     "Bedankt voor je interesse in Noordhaven Bank en voor de tijd die je hebt genomen om te solliciteren.\n\n"
     "We hebben je sollicitatie met aandacht gelezen en vergeleken met de eisen van de rol.\n\nNa zorgvuldige "
     "overweging hebben we besloten om je sollicitatie niet verder in behandeling te nemen. We wensen je veel "
     "succes in je verdere loopbaan."),
    ("nl_bank_ats", "rejection", "after_assessment", "Uitslag assessment",
     "Bedankt voor je deelname aan het assessment. Op basis van de uitkomsten gaan we niet met je door naar "
     "de laatste gespreksronde. Je kunt het rapport opvragen bij de recruiter."),
    ("nl_bank_ats", "rejection", "other_candidates", "Update Data Analist KYC",
     "We hebben de afgelopen weken met veel sterke kandidaten gesproken. Uiteindelijk is de keuze gevallen op "
     "een andere kandidaat. Dank voor je tijd en enthousiasme."),
    ("nl_bank_ats", "rejection", "closed", "De vacature is gesloten",
     "De vacature waarop je hebt gesolliciteerd is gesloten en wordt niet ingevuld. Je sollicitatie is daarom "
     "afgerond. Bekijk gerust onze andere vacatures."),
    ("nl_bank_ats", "assessment", "online", "Online assessment Noordhaven Bank",
     "De volgende stap is een online assessment met een cijferreeksentest en een persoonlijkheidsvragenlijst. "
     "Rond het assessment binnen vijf dagen af via de link."),
    ("nl_bank_ats", "interview", "invitation", "Uitnodiging: gesprek met het team",
     "We nodigen je uit voor een gesprek met de teamlead en een collega-analist op 25 maart om 11.00 uur via "
     "Teams. Bevestig je komst via de knop hieronder."),
    ("nl_bank_ats", "offer", "offer", "Je contractaanbod",
     "Gefeliciteerd! We bieden je de functie van Data Analist KYC aan. In de bijlage vind je je "
     "arbeidsovereenkomst; onderteken deze digitaal binnen vijf werkdagen."),
    ("nl_bank_ats", "other", "alert", "Vacatures die bij je passen",
     "Op basis van je profiel hebben we deze week drie vacatures voor je geselecteerd: Risk Officer, "
     "Compliance Analist en Data Engineer."),
    # nl_bouw_vl: a Flemish builder, "je", short.
    ("nl_bouw_vl", "interview", "meet", "Uw kandidatuur werfleider",
     "Bedankt voor je kandidatuur als werfleider. Kun je vrijdag om 16 uur eens langskomen op het bureau in "
     "Roeselare voor een babbel?"),
    ("nl_bouw_vl", "rejection", "filled", "Re: werfleider",
     "Dag Lotte, de job van werfleider is ondertussen ingevuld, sorry dat ik het niet eerder liet weten. "
     "Veel succes nog."),
    ("nl_bouw_vl", "rejection", "implied", "Re: calculator",
     "Bedankt om langs te komen. We hebben lang getwijfeld, maar we kiezen voor iemand die het vak al kent "
     "van bij een aannemer. Niet persoonlijk bedoeld."),
    ("nl_bouw_vl", "rejection", "not_match", "Re: jobstudent zomer",
     "Voor de zomer zoeken we vooral jobstudenten die al op een werf gestaan hebben, dus dat gaat dit jaar "
     "niet lukken. Misschien volgend jaar."),
    ("nl_bouw_vl", "offer", "offer", "Contract",
     "We willen met je in zee gaan als calculator. Ik stuur je het contract door, begin 1 september als dat "
     "past?"),
    ("nl_bouw_vl", "application_ack", "ack", "Re: kandidatuur",
     "Je cv is goed toegekomen, ik bekijk het dit weekend en laat iets weten."),
    ("nl_bouw_vl", "other", "business", "Offerte renovatie badkamer",
     "In bijlage onze offerte voor de renovatie van uw badkamer. De prijs blijft geldig tot eind maart. "
     "Laat maar weten of we de werken mogen inplannen."),
    ("nl_bouw_vl", "other", "business", "Planning werf Izegem",
     "De werfvergadering van maandag wordt verplaatst naar dinsdag 8 uur. De onderaannemers zijn verwittigd."),
    # nl_zorg: a care home's P&O, ascii.
    ("nl_zorg", "application_ack", "ack", "Ontvangst sollicitatie verzorgende IG",
     "Wij hebben uw sollicitatie voor de functie verzorgende IG in goede orde ontvangen. U hoort binnen twee "
     "weken van ons."),
    ("nl_zorg", "rejection", "letters", "Uw sollicitatie verzorgende IG",
     "Wij hebben uw sollicitatie met belangstelling gelezen. Helaas moeten wij u meedelen dat wij andere "
     "kandidaten hebben uitgenodigd, omdat zij meer ervaring hebben in de ouderenzorg."),
    ("nl_zorg", "rejection", "after_interview", "Uw sollicitatiegesprek",
     "Dank voor het gesprek van afgelopen donderdag. Wij hebben besloten de functie aan een andere kandidaat "
     "aan te bieden. Wij wensen u veel succes bij het vinden van een passende baan."),
    ("nl_zorg", "rejection", "internal", "Vacature teamleider zorg",
     "De vacature teamleider zorg is inmiddels intern ingevuld. Wij sluiten de procedure hiermee af en danken "
     "u voor uw belangstelling."),
    ("nl_zorg", "rejection", "kept", "Open sollicitatie",
     "Op dit moment hebben wij geen passende vacature voor u. Wij bewaren uw gegevens zes maanden en nemen "
     "contact op als er een geschikte functie vrijkomt."),
    ("nl_zorg", "interview", "invitation", "Uitnodiging kennismakingsgesprek",
     "Graag nodigen wij u uit voor een kennismakingsgesprek op dinsdag 1 april om 13.30 uur op locatie Het "
     "Baken. Meldt u zich bij de receptie."),
    ("nl_zorg", "offer", "offer", "Arbeidsovereenkomst verzorgende IG",
     "Wij zijn blij u een arbeidsovereenkomst voor bepaalde tijd aan te bieden als verzorgende IG, 28 uur per "
     "week. Wilt u het contract getekend retourneren?"),
    ("nl_zorg", "other", "admin", "Bezoekregeling feestdagen",
     "Tijdens de feestdagen gelden aangepaste bezoektijden. Bezoekers zijn welkom van 10.00 tot 20.00 uur."),
    # nl_bureau: a recruitment bureau's consultant, informal, much implied.
    ("nl_bureau", "recruiter_outreach", "outreach", "Functie als HR-adviseur",
     "Ik kwam je profiel tegen en denk dat je goed past bij een rol als HR-adviseur bij een van mijn "
     "opdrachtgevers in Amersfoort. Zullen we deze week even bellen?"),
    ("nl_bureau", "interview", "client", "Gesprek bij mijn opdrachtgever",
     "Goed nieuws, de opdrachtgever wil je graag spreken! Ik heb donderdag om 10.00 uur voorlopig ingepland "
     "op hun kantoor in Amersfoort. Past dat?"),
    ("nl_bureau", "rejection", "client_choice", "Terugkoppeling van de opdrachtgever",
     "Net gebeld met de opdrachtgever. Ze vonden je sterk, maar hebben gekozen voor een kandidaat die al "
     "ervaring heeft met een reorganisatie. Balen, ik had je het gegund."),
    ("nl_bureau", "rejection", "buried", "Even bijpraten",
     "Allereerst dank voor je inzet in dit traject en voor de fijne samenwerking.\n\nJe presentatie bij de "
     "directie werd echt gewaardeerd.\n\nUiteindelijk gaat de opdrachtgever echter verder met een andere "
     "kandidaat, die meer ervaring heeft in de zorgsector. Ik hou je op de hoogte van nieuwe rollen."),
    ("nl_bureau", "rejection", "not_presented", "Je cv voor de rol Controller",
     "Ik heb je cv nog eens naast het profiel gelegd en ga je niet voorstellen bij deze opdrachtgever: ze "
     "vragen echt Big Four-ervaring. Ik kom bij je terug als er iets passends langskomt."),
    ("nl_bureau", "rejection", "paused", "Status rol HR-adviseur",
     "Even een update: de opdrachtgever heeft de werving stilgelegd in verband met een bevriezing van de "
     "formatie. Voorlopig gaat deze rol dus niet door."),
    ("nl_bureau", "offer", "offer", "Ze willen je aannemen!",
     "Top nieuws: de opdrachtgever wil je aannemen als HR-adviseur. Ik stuur je zo het aanbod met salaris "
     "en secundaire arbeidsvoorwaarden door."),
    ("nl_bureau", "other", "business", "Offerte detachering",
     "In de bijlage vind je onze offerte voor de detachering van een interim-controller. Het aanbod is "
     "dertig dagen geldig."),
    # nl_roc: a vocational college's HR, formal "u".
    ("nl_roc", "application_ack", "ack", "Ontvangstbevestiging - Docent Economie",
     "Hartelijk dank voor uw sollicitatie op de vacature Docent Economie (0,8 fte). De sollicitatiecommissie "
     "maakt na de sluitingsdatum een selectie."),
    ("nl_roc", "rejection", "letters", "Uw sollicitatie Docent Economie",
     "De sollicitatiecommissie heeft de brieven besproken. Wij moeten u helaas mededelen dat u niet bent "
     "uitgenodigd voor een gesprek, omdat u nog geen lesbevoegdheid heeft."),
    ("nl_roc", "rejection", "after_lesson", "Uitslag proefles",
     "Bedankt voor uw proefles en het gesprek. De commissie heeft de voorkeur gegeven aan een kandidaat met "
     "meer ervaring in het mbo. Wij danken u voor uw belangstelling voor ROC Amstelveld."),
    ("nl_roc", "rejection", "closed", "Vacature Onderwijsassistent",
     "De vacature Onderwijsassistent komt te vervallen door een wijziging in de formatie. De procedure is "
     "daarmee beëindigd."),
    ("nl_roc", "rejection", "other_candidates", "Sollicitatie Teamleider Zorg & Welzijn",
     "Na afloop van de tweede ronde hebben wij besloten verder te gaan met een andere kandidaat. Wij "
     "hopen u hiermee voldoende te hebben geïnformeerd."),
    ("nl_roc", "interview", "invitation", "Uitnodiging sollicitatiegesprek en proefles",
     "Graag nodigen wij u uit voor een sollicitatiegesprek en een proefles van twintig minuten op woensdag 2 "
     "april om 13.00 uur."),
    ("nl_roc", "assessment", "assessment", "Assessment Teamleider",
     "Als onderdeel van de procedure vragen wij u deel te nemen aan een ontwikkelassessment bij een extern "
     "bureau. U ontvangt de uitnodiging per e-mail."),
    ("nl_roc", "other", "admin", "Open dag",
     "Op zaterdag 8 februari houdt ROC Amstelveld open dag. Toekomstige studenten en hun ouders zijn van "
     "harte welkom."),
]

CORES += [
    # nl_verzekering: a Flemish insurer.
    ("nl_verzekering", "other", "insurance", "Uw schadeaangifte",
     "Wij hebben uw schadeaangifte goed ontvangen. Een expert neemt binnen vijf werkdagen contact met u op "
     "voor een afspraak."),
    ("nl_verzekering", "other", "insurance", "Beslissing over uw schadedossier",
     "Na onderzoek van uw dossier moeten wij u helaas meedelen dat de waterschade niet gedekt is door uw "
     "polis. Wij kunnen niet overgaan tot vergoeding."),
    ("nl_verzekering", "other", "insurance", "Uw nieuwe polis",
     "In bijlage vindt u uw nieuwe polis autoverzekering. De premie wordt jaarlijks via domiciliëring "
     "betaald."),
    ("nl_verzekering", "other", "insurance", "Aanbod hospitalisatieverzekering",
     "Als klant krijgt u een exclusief aanbod voor onze hospitalisatieverzekering: de eerste drie maanden "
     "gratis."),
    ("nl_verzekering", "other", "insurance", "Uw aanvraag schuldsaldoverzekering",
     "Op basis van de medische vragenlijst kunnen wij uw aanvraag voor een schuldsaldoverzekering niet "
     "aanvaarden tegen het standaardtarief."),
    ("nl_verzekering", "other", "insurance", "Afspraak met uw makelaar",
     "Uw verzekeringsmakelaar bevestigt de afspraak op maandag om 17 uur in het kantoor te Gent om uw "
     "verzekeringen te overlopen."),
    ("nl_verzekering", "other", "insurance", "Premieaanpassing",
     "Uw premie brandverzekering wordt aangepast aan de ABEX-index. Het nieuwe bedrag vindt u op de "
     "vervaldagbericht."),
    ("nl_verzekering", "other", "insurance", "Tevredenheidsenquête",
     "Hoe tevreden bent u over de afhandeling van uw schadegeval? Vul onze korte enquête in."),
    # nl_school: a primary school writing to parents.
    ("nl_school", "other", "school", "Uitnodiging oudergesprekken",
     "Binnenkort vinden de oudergesprekken plaats. Via de ouderapp kunt u een tijd kiezen voor een gesprek "
     "van tien minuten met de leerkracht."),
    ("nl_school", "other", "school", "Aanmelding groep 1",
     "Bedankt voor de aanmelding van uw zoon voor groep 1. Wij hebben de aanmelding ontvangen en nemen in "
     "april een besluit over de plaatsing."),
    ("nl_school", "other", "school", "Plaatsing helaas niet mogelijk",
     "Helaas kunnen wij uw dochter niet plaatsen in groep 3, omdat de groep vol is. Zij staat op de "
     "wachtlijst."),
    ("nl_school", "other", "school", "Verkiezing medezeggenschapsraad",
     "Er is een plek vrij in de MR. Ouders die zich kandidaat willen stellen kunnen zich voor 1 maart "
     "aanmelden bij de voorzitter."),
    ("nl_school", "other", "school", "Schoolreisje",
     "Op donderdag 15 mei gaan we op schoolreis naar de Efteling. Vergeet niet de ouderbijdrage over te "
     "maken."),
    ("nl_school", "other", "school", "Toets rekenen",
     "Volgende week maakt groep 6 de Cito-toets rekenen. Zorg dat uw kind goed uitgerust naar school komt."),
    ("nl_school", "other", "school", "Hulpouders gezocht",
     "Voor de sportdag zoeken we nog hulpouders. Wilt u helpen? Geef u op bij de juf van uw kind."),
    ("nl_school", "other", "school", "Studiedag",
     "Op vrijdag 21 maart hebben de leerkrachten een studiedag. Alle kinderen zijn die dag vrij."),
    # nl_belasting: the tax office.
    ("nl_belasting", "other", "tax", "Ontvangstbevestiging aangifte inkomstenbelasting 2024",
     "Wij hebben uw aangifte inkomstenbelasting 2024 ontvangen. U krijgt binnen drie maanden uw voorlopige "
     "aanslag."),
    ("nl_belasting", "other", "tax", "Nieuw bericht in uw Berichtenbox",
     "Er staat een nieuw bericht van de Belastingdienst voor u klaar in de Berichtenbox van MijnOverheid."),
    ("nl_belasting", "other", "tax", "Uw verzoek om uitstel",
     "Uw verzoek om uitstel voor het doen van aangifte is afgewezen, omdat het verzoek te laat is ingediend."),
    ("nl_belasting", "other", "tax", "Voorlopige aanslag 2025",
     "Uw voorlopige aanslag 2025 is vastgesteld. U ontvangt maandelijks een teruggaaf van € 61."),
    ("nl_belasting", "other", "tax", "Toeslag huur: wijziging doorgeven",
     "Is uw inkomen of huur veranderd? Geef dit op tijd door, zodat u niet te veel huurtoeslag ontvangt."),
    ("nl_belasting", "other", "tax", "Uw bezwaar",
     "Wij hebben uw bezwaar tegen de aanslag ontvangen en in behandeling genomen. U hoort binnen zes weken "
     "van ons."),
    ("nl_belasting", "other", "tax", "Afspraak belastingspreekuur",
     "U heeft een afspraak bij het belastingspreekuur op 3 april om 11.00 uur. Neemt u uw jaaropgaven mee."),
    ("nl_belasting", "other", "tax", "Betalingsherinnering",
     "Wij hebben uw betaling van de aanslag nog niet ontvangen. Betaal het openstaande bedrag binnen twee "
     "weken."),
    # nl_verhuur: a letting agent.
    ("nl_verhuur", "other", "rent", "Je reactie op de woning aan de Lindengracht",
     "Bedankt voor je reactie op de woning aan de Lindengracht. De verhuurder heeft gekozen voor een andere "
     "kandidaat-huurder. We houden je op de hoogte van nieuw aanbod."),
    ("nl_verhuur", "other", "rent", "Uitnodiging bezichtiging",
     "Je bent uitgenodigd voor een bezichtiging van het appartement aan de Kanaalweg op woensdag om 17.30 "
     "uur. Neem je werkgeversverklaring en loonstroken mee."),
    ("nl_verhuur", "other", "rent", "Huurovereenkomst ter ondertekening",
     "In de bijlage vind je de huurovereenkomst. Onderteken deze digitaal; de sleuteloverdracht is op 1 "
     "mei."),
    ("nl_verhuur", "other", "rent", "Huurverhoging per 1 juli",
     "Per 1 juli wordt je huur verhoogd met 4,1 %. Je kunt tot die datum bezwaar maken bij de "
     "huurcommissie."),
    ("nl_verhuur", "other", "rent", "Je inschrijving als woningzoekende",
     "Je inschrijving als woningzoekende is verlengd. Je inschrijfduur telt mee bij de toewijzing van "
     "sociale huurwoningen."),
    ("nl_verhuur", "other", "rent", "Onderhoud cv-ketel",
     "De monteur komt op maandag tussen 8.00 en 13.00 uur voor het jaarlijkse onderhoud van de cv-ketel."),
    ("nl_verhuur", "other", "rent", "Nieuw aanbod in jouw zoekgebied",
     "Er zijn twee nieuwe huurwoningen beschikbaar in jouw zoekgebied. Reageer snel, de woningen worden "
     "toegewezen op volgorde van inschrijving."),
    ("nl_verhuur", "other", "rent", "Je aanvraag is niet goedgekeurd",
     "Na de inkomenstoets is je aanvraag voor het appartement helaas niet goedgekeurd: je inkomen is lager "
     "dan drie keer de kale huur."),
]

# ---------------------------------------------------------------- Dutch, more decisions (both halves)
CORES += [
    ("nl_ats_logistiek", "rejection", "short", "Je sollicitatie Chauffeur CE",
     "Helaas, we gaan niet verder met je sollicitatie voor de functie Chauffeur CE. Bedankt voor je "
     "interesse en veel succes!"),
    ("nl_rijk", "rejection", "continue_with", "Stand van zaken selectieprocedure",
     "Wij hebben de eerste gesprekken afgerond. De commissie gaat verder met twee andere kandidaten voor de "
     "tweede ronde; u maakt daar helaas geen deel van uit."),
    ("nl_uitzend", "application_ack", "interim", "Re: nog nieuws?",
     "Nog geen nieuws van de klant, ze hebben deze week nog twee gesprekken. Ik bel je vrijdag!"),
    ("nl_universiteit", "rejection", "reserve", "Reservelijst Docent Statistiek",
     "De functie is toegekend aan een andere kandidaat. Met je toestemming plaatsen we je op onze "
     "reservelijst voor het geval er volgend studiejaar een vergelijkbare vacature ontstaat."),
    ("nl_stad_vl", "application_ack", "interim", "Stand van de selectieprocedure",
     "De verbetering van de schriftelijke proef is nog lopende. U ontvangt uw resultaat ten laatste op 15 "
     "april per e-mail."),
    ("nl_bank_ats", "rejection", "short", "Je sollicitatie - Risk Officer",
     "Helaas hebben we besloten je niet uit te nodigen voor een gesprek voor de rol van Risk Officer. Dank je "
     "wel voor je sollicitatie."),
    ("nl_zorg", "rejection", "after_trial", "Meeloopdag",
     "Bedankt voor het meelopen op de afdeling. In overleg met het team hebben wij besloten de procedure niet "
     "met u voort te zetten; de klik met de bewoners was er nog onvoldoende."),
    ("nl_bureau", "application_ack", "ack", "Re: mijn cv",
     "Dank voor je cv! Ik bekijk deze week welke opdrachtgevers passen en bel je daarna."),
    ("nl_roc", "rejection", "short", "Sollicitatie Conciërge",
     "Hierbij laten wij u weten dat wij niet met uw sollicitatie verdergaan. Wij wensen u succes."),
    ("nl_bouw_vl", "rejection", "paused", "Re: job bediende",
     "Dag Lotte, we stellen de aanwerving van een bediende uit tot na het bouwverlof, er is te weinig werk "
     "binnen. Ik laat nog iets weten."),
]

# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote
# headers.
_READERS = {
    "es": Reader("Marta Quintana <marta.quintana@example.net>",
                 "Hola, muchas gracias por su mensaje. Quedo atenta a cualquier novedad sobre mi "
                 "candidatura. Un saludo, Marta Quintana",
                 "El jue, 6 mar 2025 a las 09:12, Marta Quintana (<marta.quintana@example.net>) "
                 "escribió:",
                 "De: Marta Quintana <marta.quintana@example.net>\nEnviado: jueves, 6 de marzo de 2025 "
                 "9:12\nPara: seleccion@example.org\nAsunto: Mi candidatura"),
    "nl": Reader("Lotte Jansen <lotte.jansen@example.net>",
                 "Hallo, dank voor uw bericht. Als u nog vragen heeft over mijn cv, hoor ik het graag. "
                 "Groet, Lotte Jansen",
                 "Op do 6 mrt 2025 om 09:12 schreef Lotte Jansen <lotte.jansen@example.net>:",
                 "Van: Lotte Jansen <lotte.jansen@example.net>\nVerzonden: donderdag 6 maart 2025 "
                 "09:12\nAan: werving@example.org\nOnderwerp: Mijn sollicitatie"),
}

SET = WriterSet(
    WRITERS, CORES, _READERS, dt.datetime(2025, 3, 3, 9, 5, tzinfo=dt.UTC), days=70, minutes=41, quote_every=6,
    case_id="{lang}4-{i:03d}-{label}", message_id="<i4-{i:03d}.{writer}@intl4.example>", boundary="=_i4_{i}_{writer}")
build = SET.build
messages = SET.messages
