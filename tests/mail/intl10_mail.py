"""An eleventh set of job-search mail, Spanish and Dutch only (`bench/mail_heldout.py --set intl10`), written for
this project (eleventh session) by deliberately other writers than the earlier sets (tests/mail/heldout_mail.py,
writers_mail.py, intl3_mail.py to intl9_mail.py, fr_inbox.py, intl_corpus.py): kinds of employer, regions and
registers none of them used. None of it comes from a data set or a real inbox; every sender, company and person is
invented.

The writers: in Spanish a Castilian town hall's oposiciones (bolsa de trabajo, listas provisionales), an Andalusian
public hospital's bolsa única, a Spanish supermarket chain whose tracking system translates by machine, a Valencian
ETT coordinator from a phone saying « tú », a Mexican insurer's SuccessFactors translated by machine, a Guadalajara
taquería owner from a phone, a Córdoba (Argentina) software studio saying « vos », an Argentine municipality's
concurso written without accents, a Cali clinic, a Bogotá logistics operator, a Chilean department store (no
accents), a Santiago HR consultora, a Lima private school, a Peruvian ministry's CAS call, a Caracas recruiter on
WhatsApp-style mail, a Montevideo bank, a Texas hospital system writing Spanish, a Los Angeles warehouse staffing
agency, a Valencia start-up on Personio saying « tú » and a Bilbao executive-search firm; and, not about a job, a
university's beca office, a letting agency's solicitud de vivienda, a journalist's entrevista de prensa, a furniture
shop's oferta, a town hall's vivienda protegida, a consumer-credit firm, a friend and a sports club. In Dutch a
Dutch gemeente's werkenbij site, a Flemish provincial selection office, a Dutch hospital, a Flemish woonzorgcentrum,
an uitzendbureau intercedent from a phone saying « je », a Flemish interim office (no accents), a Dutch school board,
a Flemish hogeschool, a tracking system translated by machine, an IT detacheerder, an Amsterdam scale-up on Homerun
saying « je », a Flemish KMO owner, a ministry's werkenvoornederland pages, a bakery chain (no accents), an Utrecht
executive-search bureau, and VDAB relaying employers; and, not about a job, the Belastingdienst's toeslagen, a
gemeente's omgevingsvergunning, a web shop's offerte, a journalist's interview, a friend and a mortgage adviser.

Rejections come in many grammatical shapes: someone else chosen, the reader not kept, negation with its scope
(« no … », « ya no », « niet … meer », « geen »), the role's state (cubierta, anulada, desierta, ingevuld,
ingetrokken, on hold), conditionals (« nos habría gustado », « we hadden je graag »), passive and impersonal shapes
(« se ha resuelto », « er is gekozen voor »), Dutch separable verbs and verb-last clauses (« dat we niet verder
gaan », « valt af »), the decision after thanks. Acknowledgements that sound negative, invitations, assessments,
offers, outreach and withdrawals the company confirms are there too; about a third of each language is mail that uses
job words in another sense.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl10` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # a Castilian town hall's oposiciones
    "es_ayto_oposiciones": Writer(
        "tune",
        "es",
        "Ayuntamiento de Villaseca – Personal <personal@villaseca.example.es>",
        "outlook-qp",
        "Estimada aspirante:",
        "Atentamente,\nNegociado de Personal\nAyuntamiento de Villaseca de la Sierra",
    ),
    # an Andalusian public hospital's bolsa única
    "es_hospital_bolsa": Writer(
        "report",
        "es",
        "Hospital Comarcal Vega Baja – Selección <seleccion.hcvb@salud.example.es>",
        "latin1-plain",
        "Sra. Ferrer:",
        "Un saludo,\nUnidad de Gestión de Personal – Bolsa Única",
    ),
    # a supermarket chain whose tracking system translates by machine
    "es_super_ats": Writer(
        "tune",
        "es",
        "Supermercados Olmedo Empleo <noreply@olmedo.jobs-ats.example>",
        "html-utf8",
        "Hola Lucía,",
        "Equipo de Adquisición de Talento Olmedo",
        "Este es un correo electrónico generado automáticamente. Por favor no responda.",
    ),
    # a Valencian ETT coordinator from a phone, « tú »
    "es_ett_valencia": Writer(
        "report",
        "es",
        "Rocío – Levante Temporal ETT <rocio@levantetemporal.example.es>",
        "phone-flowed",
        "Hola Lucía!",
        "Rocío\nLevante Temporal ETT – Delegación Paterna\n\nEnviado desde mi móvil",
    ),
    # a Mexican insurer's SuccessFactors, translated by machine
    "es_mx_aseguradora": Writer(
        "tune",
        "es",
        "Seguros Atlántida México <talento@atlantida-mx.successfactors.example>",
        "html-cp1252",
        "Estimado(a) Lucía Ferrer,",
        "Saludos cordiales,\nAdquisición de Talento – Seguros Atlántida",
        "Seguros Atlántida, S.A. de C.V. Aviso de privacidad disponible en nuestro portal.",
    ),
    # a Guadalajara taquería owner from a phone
    "es_mx_taqueria": Writer(
        "report",
        "es",
        "Don Chuy Tacos <donchuytacos.gdl@example.com>",
        "gmail-utf8",
        "Que tal Lucia",
        "saludos\nJesús, Tacos Don Chuy",
    ),
    # a Córdoba (Argentina) software studio, « vos »
    "es_ar_estudio_vos": Writer(
        "tune",
        "es",
        "Martina de Pampa Labs <martina@pampalabs.example.com.ar>",
        "gmail-utf8",
        "Hola Lucía, ¿cómo andás?",
        "Un abrazo,\nMartina – People @ Pampa Labs",
    ),
    # an Argentine municipality's concurso, without accents
    "es_ar_municipio": Writer(
        "report",
        "es",
        "Municipalidad de San Ramon - Recursos Humanos <rrhh@sanramon.example.gob.ar>",
        "ascii",
        "Sra. Ferrer:",
        "Atte.\nDireccion de Recursos Humanos\nMunicipalidad de San Ramon",
    ),
    # a Cali clinic
    "es_co_clinica": Writer(
        "tune",
        "es",
        "Clínica Farallones – Gestión Humana <gestionhumana@farallones.example.co>",
        "multipart-b64",
        "Apreciada Lucía:",
        "Cordialmente,\nGestión Humana\nClínica Farallones, Cali",
    ),
    # a Bogotá logistics operator
    "es_co_logistica": Writer(
        "report",
        "es",
        "Transandina Logística – Selección <seleccion@transandina.example.co>",
        "html-utf8",
        "Hola Lucía,",
        "Equipo de Selección\nTransandina Logística S.A.S.",
        "Tratamiento de datos conforme a la Ley 1581 de 2012.",
    ),
    # a Chilean department store, without accents
    "es_cl_tienda": Writer(
        "tune",
        "es",
        "Tiendas Pehuen - Postulaciones <postulaciones@pehuen.example.cl>",
        "ascii",
        "Hola Lucia:",
        "Saludos,\nEquipo de Reclutamiento Tiendas Pehuen",
    ),
    # a Santiago HR consultora
    "es_cl_consultora": Writer(
        "report",
        "es",
        "Andes Talento Consultores <procesos@andestalento.example.cl>",
        "outlook-qp",
        "Estimada Lucía:",
        "Saludos cordiales,\nFrancisca Ulloa\nConsultora Senior – Andes Talento",
    ),
    # a Lima private school
    "es_pe_colegio": Writer(
        "tune",
        "es",
        "Colegio San Marcelo – Dirección <direccion@sanmarcelo.example.edu.pe>",
        "gmail-utf8",
        "Estimada profesora Ferrer:",
        "Atentamente,\nHna. Rosario Quispe\nDirectora",
    ),
    # a Peruvian ministry's CAS call
    "es_pe_ministerio": Writer(
        "report",
        "es",
        "Ministerio de Vivienda – Convocatorias CAS <convocatorias@vivienda.example.gob.pe>",
        "latin1-plain",
        "Señora postulante:",
        "Atentamente,\nOficina General de Recursos Humanos",
    ),
    # a Caracas recruiter writing from a phone
    "es_ve_reclutadora": Writer(
        "tune",
        "es",
        "Daniela Rivas <daniela.rivas.rrhh@example.com>",
        "phone-flowed",
        "Hola Lucía, buenas tardes",
        "Dani\nReclutamiento – Grupo Caribe Alimentos",
    ),
    # a Montevideo bank
    "es_uy_banco": Writer(
        "report",
        "es",
        "Banco del Plata Uruguay – Talento <talento@bancodelplata.example.com.uy>",
        "html-cp1252",
        "Estimada Lucía,",
        "Saludos cordiales,\nGerencia de Talento Humano",
        "Banco del Plata S.A. Montevideo. Este mensaje es confidencial.",
    ),
    # a Texas hospital system writing Spanish
    "es_us_hospital": Writer(
        "tune",
        "es",
        "Lone Star Health Careers <careers@lonestarhealth.example.org>",
        "multipart-b64",
        "Hola Lucía:",
        "Atentamente,\nEl equipo de Reclutamiento de Lone Star Health",
        "Lone Star Health es un empleador que ofrece igualdad de oportunidades.",
    ),
    # a Los Angeles warehouse staffing agency
    "es_us_staffing": Writer(
        "report",
        "es",
        "Pacific Crew Staffing <jobs@pacificcrew.example.com>",
        "gmail-utf8",
        "Hola Lucia,",
        "Gracias,\nOficina de Pacific Crew – Ontario, CA",
    ),
    # a Valencia start-up on Personio, « tú »
    "es_startup_personio": Writer(
        "tune",
        "es",
        "Naranja Energy Jobs <jobs@naranja-energy.jobs.personio.example>",
        "html-utf8",
        "¡Hola Lucía!",
        "Un saludo del equipo de People de Naranja Energy",
        "Naranja Energy S.L. · Valencia",
    ),
    # a Bilbao executive-search firm
    "es_headhunter_bilbao": Writer(
        "report",
        "es",
        "Iñaki Zubiri – Zubiri & Asociados <izubiri@zubiriasociados.example.es>",
        "outlook-qp",
        "Estimada Lucía:",
        "Un cordial saludo,\nIñaki Zubiri\nSocio Director – Zubiri & Asociados, Executive Search",
    ),
    # not about a job: a university's beca office
    "es_becas_uni": Writer(
        "tune",
        "es",
        "Servicio de Becas – Universidad del Turia <becas@uturia.example.es>",
        "outlook-qp",
        "Estimada estudiante:",
        "Servicio de Becas y Ayudas al Estudio",
    ),
    # not about a job: a letting agency
    "es_inmobiliaria": Writer(
        "report",
        "es",
        "Alquileres Centro Hogar <alquileres@centrohogar.example.es>",
        "gmail-utf8",
        "Hola Lucía,",
        "Un saludo,\nPatricia – Centro Hogar Inmobiliaria",
    ),
    # not about a job: a journalist
    "es_periodista": Writer(
        "tune",
        "es",
        "Andrés Lozano <alozano@diariodelsur.example.com>",
        "gmail-utf8",
        "Hola Lucía:",
        "Un saludo,\nAndrés Lozano\nRedactor – Diario del Sur",
    ),
    # not about a job: a furniture shop
    "es_tienda_muebles": Writer(
        "report",
        "es",
        "Muebles Roble Club <club@mueblesroble.example.com>",
        "html-utf8",
        "Hola Lucía,",
        "El equipo de Muebles Roble",
        "Recibes este correo porque eres socia del Club Roble. Darse de baja.",
    ),
    # not about a job: a town hall's vivienda protegida
    "es_ayto_vivienda": Writer(
        "tune",
        "es",
        "Oficina Municipal de Vivienda <vivienda@aytoalcira.example.es>",
        "latin1-plain",
        "Sra. Ferrer Ortiz:",
        "Oficina Municipal de Vivienda\nAyuntamiento de Alcira",
    ),
    # not about a job: a consumer-credit firm
    "es_financiera": Writer(
        "report",
        "es",
        "CrediRápido <notificaciones@credirapido.example.com>",
        "html-cp1252",
        "Hola Lucía,",
        "Equipo CrediRápido",
        "CrediRápido E.F.C., S.A. Entidad supervisada por el Banco de España.",
    ),
    # not about a job: a friend
    "es_amiga": Writer(
        "tune",
        "es",
        "Carmen Ruiz <carmenruiz88@example.com>",
        "phone-flowed",
        "Luci!!",
        "besos\nCarmen",
    ),
    # not about a job: a sports club
    "es_club_deportivo": Writer(
        "report",
        "es",
        "Club Natación Marina <secretaria@cnmarina.example.es>",
        "ascii",
        "Hola Lucia,",
        "Secretaria del Club Natacion Marina",
    ),
    # a Dutch gemeente's werkenbij site
    "nl_gemeente_werkenbij": Writer(
        "tune",
        "nl",
        "Gemeente Oosterveld – Werken bij <werkenbij@oosterveld.example.nl>",
        "outlook-qp",
        "Beste mevrouw Jansen,",
        "Met vriendelijke groet,\nTeam Werving & Selectie\nGemeente Oosterveld",
    ),
    # a Flemish provincial selection office
    "nl_vl_provincie": Writer(
        "report",
        "nl",
        "Provincie Kempenland – Selectiedienst <selecties@kempenland.example.be>",
        "latin1-plain",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groeten,\nDienst Personeel en Organisatie – selecties",
    ),
    # a Dutch hospital
    "nl_ziekenhuis": Writer(
        "tune",
        "nl",
        "Rijnoever Ziekenhuis Recruitment <recruitment@rijnoever.example.nl>",
        "html-utf8",
        "Beste Femke,",
        "Met vriendelijke groet,\nAfdeling Recruitment – Rijnoever Ziekenhuis",
        "Rijnoever Ziekenhuis, Arnhem. Dit is een automatisch verzonden bericht.",
    ),
    # a Flemish woonzorgcentrum
    "nl_vl_woonzorg": Writer(
        "report",
        "nl",
        "WZC Ter Linde <personeel@wzcterlinde.example.be>",
        "gmail-utf8",
        "Dag Femke,",
        "Vriendelijke groeten,\nAn Peeters\nDiensthoofd personeel WZC Ter Linde",
    ),
    # an uitzendbureau intercedent from a phone, « je »
    "nl_uitzend_mobiel": Writer(
        "tune",
        "nl",
        "Sanne | FlexFlow Uitzendbureau <sanne@flexflow.example.nl>",
        "phone-flowed",
        "Hoi Femke!",
        "Groetjes, Sanne\nIntercedent FlexFlow Tilburg\n\nVerzonden vanaf mijn iPhone",
    ),
    # a Flemish interim office, without accents
    "nl_vl_interim": Writer(
        "report",
        "nl",
        "Interim Plus Gent <gent@interimplus.example.be>",
        "ascii",
        "Dag Femke,",
        "Groetjes\nKantoor Interim Plus Gent-Zuid",
    ),
    # a Dutch school board
    "nl_schoolbestuur": Writer(
        "tune",
        "nl",
        "Stichting Primair Onderwijs De Waard <vacatures@spodewaard.example.nl>",
        "outlook-qp",
        "Beste Femke Jansen,",
        "Hartelijke groet,\nMarieke de Boer\nHR-adviseur Stichting De Waard",
    ),
    # a Flemish hogeschool
    "nl_vl_hogeschool": Writer(
        "report",
        "nl",
        "Hogeschool Scheldeland – Jobs <jobs@scheldeland.example.be>",
        "multipart-b64",
        "Beste kandidaat,",
        "Met vriendelijke groeten,\nDienst HR – Hogeschool Scheldeland",
    ),
    # a tracking system translated by machine
    "nl_ats_vertaald": Writer(
        "tune",
        "nl",
        "Nordic Parts Careers <no-reply@nordicparts.talentportal.example>",
        "html-cp1252",
        "Beste Femke,",
        "Talent Acquisitie Team\nNordic Parts B.V.",
        "Dit is een automatisch gegenereerde e-mail. Beantwoord deze e-mail alstublieft niet.",
    ),
    # an IT detacheerder, « je »
    "nl_detacheerder": Writer(
        "report",
        "nl",
        "Ruben van Dijk – Bytebrug Detachering <ruben@bytebrug.example.nl>",
        "gmail-utf8",
        "Hoi Femke,",
        "Groet,\nRuben van Dijk\nAccountmanager Bytebrug",
    ),
    # an Amsterdam scale-up on Homerun, « je »
    "nl_scaleup_homerun": Writer(
        "tune",
        "nl",
        "Fietsfabriek Team <team@fietsfabriek.homerun.example>",
        "html-utf8",
        "Hi Femke,",
        "Liefs, het Fietsfabriek team",
        "Fietsfabriek B.V. · Amsterdam",
    ),
    # a Flemish KMO owner
    "nl_vl_kmo": Writer(
        "report",
        "nl",
        "Bart Claes – Claes Metaalbouw <bart@claesmetaal.example.be>",
        "cp1252-apple",
        "Dag Femke,",
        "Mvg\nBart Claes\nZaakvoerder Claes Metaalbouw bv",
    ),
    # a ministry's werkenvoornederland pages
    "nl_ministerie": Writer(
        "tune",
        "nl",
        "Ministerie van Waterbeheer – Selectie <selectie@minwaterbeheer.example.nl>",
        "latin1-plain",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groet,\nDe selectiecommissie\nDirectie Bedrijfsvoering",
    ),
    # a bakery chain, without accents
    "nl_bakkerij_keten": Writer(
        "report",
        "nl",
        "Bakkerij Van Gils Vacatures <vacatures@vangils.example.nl>",
        "ascii",
        "Beste Femke,",
        "Groeten,\nP&O Bakkerij Van Gils",
    ),
    # an Utrecht executive-search bureau
    "nl_werving_utrecht": Writer(
        "tune",
        "nl",
        "Jeroen Smit – Domstad Executive Search <j.smit@domstadsearch.example.nl>",
        "outlook-qp",
        "Beste Femke,",
        "Met hartelijke groet,\nJeroen Smit\nPartner Domstad Executive Search",
    ),
    # VDAB relaying employers
    "nl_vl_vdab": Writer(
        "report",
        "nl",
        "VDAB Vacatures <noreply@vdab-mail.example.be>",
        "multipart-b64",
        "Beste Femke,",
        "Met vriendelijke groeten,\nVDAB",
        "Je ontvangt deze e-mail omdat je via Mijn loopbaan gesolliciteerd hebt.",
    ),
    # not about a job: the Belastingdienst's toeslagen
    "nl_toeslagen": Writer(
        "tune",
        "nl",
        "Dienst Toeslagen <noreply@toeslagen.example.nl>",
        "html-utf8",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groet,\nDienst Toeslagen",
        "Dit bericht is automatisch verzonden.",
    ),
    # not about a job: a gemeente's omgevingsvergunning
    "nl_vergunning": Writer(
        "report",
        "nl",
        "Gemeente Zeewolde-Oost – Vergunningen <vergunningen@zwoost.example.nl>",
        "outlook-qp",
        "Geachte mevrouw Jansen,",
        "Met vriendelijke groet,\nTeam Vergunningen",
    ),
    # not about a job: a web shop's offerte
    "nl_webshop": Writer(
        "tune",
        "nl",
        "Keukenhuys Webwinkel <service@keukenhuys.example.nl>",
        "html-cp1252",
        "Beste Femke,",
        "Team Keukenhuys",
        "Je ontvangt deze mail omdat je een offerte hebt aangevraagd.",
    ),
    # not about a job: a journalist
    "nl_journalist": Writer(
        "report",
        "nl",
        "Lotte Vermeer <lotte.vermeer@dagbladnoord.example.nl>",
        "gmail-utf8",
        "Hoi Femke,",
        "Groet,\nLotte Vermeer\nverslaggever Dagblad Noord",
    ),
    # not about a job: a friend
    "nl_vriendin": Writer(
        "tune",
        "nl",
        "Ilse <ilse.bakker93@example.com>",
        "phone-flowed",
        "Hee Fem,",
        "xx Ilse",
    ),
    # not about a job: a mortgage adviser
    "nl_hypotheek": Writer(
        "report",
        "nl",
        "Huisvast Hypotheekadvies <advies@huisvast.example.nl>",
        "latin1-plain",
        "Beste mevrouw Jansen,",
        "Met vriendelijke groet,\nHuisvast Hypotheekadvies",
    ),
}

CORES: list[tuple[str, str, str, str, str]] = [
    # Ayuntamiento de Villaseca (oposiciones)
    ("es_ayto_oposiciones", "application_ack", "admitida",
     "Lista provisional de admitidos – Auxiliar Administrativo",
     "Le comunicamos que ha sido publicada la lista provisional de aspirantes admitidos y excluidos a la bolsa de "
     "trabajo de Auxiliar Administrativo. Usted figura como admitida. Se abre un plazo de diez días hábiles para "
     "reclamaciones."),
    ("es_ayto_oposiciones", "assessment", "examen",
     "Convocatoria al primer ejercicio",
     "Por la presente se le convoca a la realización del primer ejercicio (prueba tipo test) el día 14 de marzo a "
     "las 10:00 en el Centro Cívico. Deberá acudir provista de DNI y bolígrafo azul."),
    ("es_ayto_oposiciones", "rejection", "no_supera",
     "Resultado del primer ejercicio",
     "Una vez corregido el primer ejercicio, el tribunal calificador ha publicado las notas. Lamentamos "
     "informarle de que no ha alcanzado la puntuación mínima exigida, por lo que no continúa en el proceso "
     "selectivo."),
    ("es_ayto_oposiciones", "rejection", "excluida_definitiva",
     "Lista definitiva – plaza de Conserje",
     "Resueltas las reclamaciones, se eleva a definitiva la lista de aspirantes. Su solicitud para la plaza de "
     "Conserje queda excluida por no acreditar la titulación requerida en plazo."),
    ("es_ayto_oposiciones", "interview", "entrevista_tribunal",
     "Fase de entrevista",
     "Superada la fase de concurso, le citamos a la entrevista personal ante el tribunal el próximo martes a las "
     "12:30 en la Casa Consistorial, primera planta."),
    # Hospital Comarcal Vega Baja (bolsa única)
    ("es_hospital_bolsa", "application_ack", "inscripcion",
     "Inscripción en Bolsa Única – Enfermería",
     "Se ha registrado correctamente su inscripción en la Bolsa Única de Enfermería. Los méritos se valorarán en "
     "el próximo corte; no es necesario que presente de nuevo la documentación."),
    ("es_hospital_bolsa", "rejection", "no_se_cubrira",
     "Llamamiento UCI – información",
     "Le informamos de que el llamamiento para el contrato de sustitución en UCI ha quedado sin efecto: la plaza "
     "no se cubrirá finalmente por reincorporación de la titular."),
    ("es_hospital_bolsa", "interview", "llamamiento",
     "Oferta de nombramiento – citación",
     "Por su posición en la bolsa, le citamos el jueves a las 9:00 en la Unidad de Personal para una entrevista "
     "con la supervisora de Medicina Interna antes de formalizar el nombramiento."),
    ("es_hospital_bolsa", "rejection", "otra_aspirante",
     "Proceso de Supervisión de Área",
     "La comisión de valoración ha finalizado el proceso para el puesto de Supervisión de Área. Tras estudiar "
     "los proyectos presentados, la plaza ha sido adjudicada a otra aspirante con mayor puntuación."),
    ("es_hospital_bolsa", "offer", "nombramiento",
     "Nombramiento eventual – Enfermería",
     "Se le ofrece un nombramiento eventual de seis meses como enfermera en Cirugía General con incorporación el "
     "día 3. Rogamos confirme su aceptación antes del viernes."),
    # Supermercados Olmedo (machine-translated ATS)
    ("es_super_ats", "application_ack", "ack_maquina",
     "Gracias por aplicar para Reponedor/a",
     "Gracias por aplicar para la posición Reponedor/a – Tienda Getafe. Hemos recibido su aplicación con éxito. "
     "Si sus cualificaciones coinciden con los requisitos, un reclutador le contactará. Debido al alto volumen de "
     "aplicaciones, no podemos responder a cada candidato individualmente."),
    ("es_super_ats", "rejection", "maquina_no_avanzar",
     "Actualización sobre su aplicación",
     "Gracias por su interés en Supermercados Olmedo. Después de revisar cuidadosamente su aplicación, hemos "
     "decidido no avanzar con su candidatura en este momento. Le animamos a aplicar a futuras posiciones."),
    ("es_super_ats", "assessment", "cuestionario",
     "Próximo paso: cuestionario en línea",
     "Para continuar con su aplicación a Cajero/a, por favor complete el cuestionario de disponibilidad y "
     "situaciones de trabajo en las próximas 72 horas. Tiempo estimado: 20 minutos."),
    ("es_super_ats", "rejection", "posicion_cerrada_maquina",
     "Su aplicación para Carnicero/a",
     "Le informamos que la requisición Carnicero/a – Tienda Leganés ha sido cerrada y ya no estamos aceptando "
     "candidatos para esta posición. Su perfil permanecerá en nuestra base de datos."),
    ("es_super_ats", "interview", "jornada",
     "Invitación: jornada de selección",
     "Nos alegra invitarle a nuestra jornada de selección en la tienda de Getafe el lunes 10 a las 16:00. Habrá "
     "una breve entrevista con la jefa de tienda."),
    # Levante Temporal ETT (phone, tú)
    ("es_ett_valencia", "interview", "ett_cita",
     "Puesto de mozo en Paterna",
     "Te he visto en la base de datos, ¿te vendría bien pasarte mañana por la oficina a las 11 para una "
     "entrevista rápida? Es para mozo de almacén, turno de tarde."),
    ("es_ett_valencia", "rejection", "empresa_cliente_no",
     "Re: Puesto de mozo en Paterna",
     "Oye, que ya me ha contestado la empresa y al final se quedan con gente que ya había trabajado allí antes. "
     "Lo siento mucho, te tengo en cuenta para lo siguiente que salga."),
    ("es_ett_valencia", "offer", "contrato_ett",
     "Contrato para el lunes",
     "Buenas noticias!! La empresa de la campaña de naranja te quiere a partir del lunes, contrato de un mes. "
     "Pásate a firmar el contrato de puesta a disposición antes del viernes."),
    ("es_ett_valencia", "rejection", "no_te_llamaran",
     "lo de la campaña",
     "Te escribo rapido: lo de la campaña de envasado no va a salir para ti, han pedido gente con carnet de "
     "carretillero y tú no lo tienes. Ánimo!"),
    # Seguros Atlántida (machine-translated SuccessFactors)
    ("es_mx_aseguradora", "application_ack", "ack_sf",
     "Confirmación de su solicitud: Analista Actuarial",
     "Gracias por su solicitud para Analista Actuarial (Req 20931). Su solicitud ha sido enviada exitosamente. "
     "Puede verificar el estado en cualquier momento en el portal de candidatos."),
    ("es_mx_aseguradora", "rejection", "estado_no_seleccionado",
     "Su estado de solicitud ha cambiado",
     "Le agradecemos por el tiempo invertido en su solicitud para Ejecutivo de Siniestros. El estado de su "
     "solicitud ha cambiado a: No seleccionado. Le deseamos éxito en su búsqueda profesional."),
    ("es_mx_aseguradora", "assessment", "psicometria",
     "Evaluación en línea requerida",
     "Como parte del proceso de Analista Actuarial, le solicitamos completar las pruebas psicométricas y de "
     "razonamiento numérico a través del siguiente enlace antes del 22 de mayo."),
    ("es_mx_aseguradora", "rejection", "requisicion_cancelada",
     "Actualización de requisición",
     "Le informamos que la vacante de Coordinador de Suscripción fue cancelada por reestructura del área, por lo "
     "cual el proceso de selección se da por concluido. Agradecemos su participación."),
    ("es_mx_aseguradora", "interview", "teams",
     "Entrevista con el gerente de área",
     "Nos gustaría agendar una entrevista por Microsoft Teams con el Lic. Gerardo Solís, gerente actuarial. "
     "Por favor indíquenos su disponibilidad para el miércoles o jueves."),
    # Tacos Don Chuy (phone)
    ("es_mx_taqueria", "interview", "pasate",
     "lo del anuncio",
     "vi tu mensaje por lo del anuncio de mesera, puedes venir el sabado como a las 5 para platicar? estamos en "
     "av. chapultepec"),
    ("es_mx_taqueria", "offer", "quedaste",
     "ya quedaste",
     "oye pues ya platique con mi esposa y si te queremos en el turno de noche, empiezas el martes si puedes. "
     "son 6 dias y propinas aparte"),
    ("es_mx_taqueria", "rejection", "ya_conseguimos",
     "lo de la cocina",
     "una disculpa por no contestarte antes, lo de ayudante de cocina ya lo conseguimos con un muchacho de la "
     "colonia. gracias por venir"),
    ("es_mx_taqueria", "other", "withdrawn",
     "Re: lo del turno",
     "no te preocupes, entiendo que te salio algo mejor, ya te quite del horario. suerte!"),
    # Pampa Labs (vos)
    ("es_ar_estudio_vos", "recruiter_outreach", "sourcing_vos",
     "¿Te copa charlar?",
     "Vi tu perfil y me pareció que podrías encajar en un rol de QA que estamos por abrir. ¿Te copa que "
     "charlemos 20 minutos esta semana? Contame qué horarios te quedan bien."),
    ("es_ar_estudio_vos", "interview", "tecnica_vos",
     "Entrevista técnica con el equipo",
     "¡Buenísimo lo de la primera charla! El siguiente paso es una entrevista técnica con Nico y Flor, el jueves "
     "a las 15 (hora de Argentina). Te mando el link de Meet."),
    ("es_ar_estudio_vos", "rejection", "vos_no_seguimos",
     "Novedades del proceso",
     "Gracias por tu tiempo y por la buena onda en las entrevistas. Te cuento que esta vez no vamos a seguir con "
     "vos: buscamos a alguien con más rodaje en automatización. Ojalá nos crucemos más adelante."),
    ("es_ar_estudio_vos", "assessment", "challenge",
     "El challenge",
     "Como te adelanté, te comparto el challenge técnico. Tenés una semana para resolverlo; no hace falta que "
     "esté perfecto, queremos ver cómo pensás."),
    ("es_ar_estudio_vos", "rejection", "busqueda_en_pausa",
     "Sobre la búsqueda de QA",
     "Te quería avisar que frenamos la búsqueda de QA hasta el año que viene por un tema de presupuesto, así que "
     "no vamos a poder avanzar con tu postulación. Perdón por las vueltas."),
    # Municipalidad de San Ramon (no accents)
    ("es_ar_municipio", "application_ack", "inscripto",
     "Concurso abierto - Inscripcion",
     "Se deja constancia de que su inscripcion al Concurso Abierto N 12/2025 (Agente Administrativo) fue "
     "recibida. Oportunamente se publicara el orden de merito."),
    ("es_ar_municipio", "rejection", "orden_merito",
     "Concurso N 12/2025 - Resultado",
     "Se informa que, conforme el orden de merito aprobado por el jurado, la postulante no resulto seleccionada "
     "para el cargo concursado. Podra consultar el acta en la mesa de entradas."),
    ("es_ar_municipio", "assessment", "examen_escrito",
     "Citacion a examen escrito",
     "Se cita a la postulante a rendir el examen escrito el dia viernes 7 a las 9 hs en el Salon de Actos. Traer "
     "DNI."),
    ("es_ar_municipio", "rejection", "concurso_desierto",
     "Concurso N 15/2025",
     "Por Decreto N 332 se declara desierto el concurso para el cargo de Jefa de Seccion Catastro, por lo que "
     "queda sin efecto la seleccion de postulantes."),
    # Clínica Farallones
    ("es_co_clinica", "application_ack", "hoja_vida",
     "Recibimos su hoja de vida",
     "Gracias por postularse a la vacante de Auxiliar de Enfermería. Recibimos su hoja de vida y será revisada por "
     "el área de Gestión Humana. En caso de no ser contactada en los próximos 15 días, le pedimos no tomarlo como "
     "algo personal; su hoja de vida quedará en nuestra base de datos."),
    ("es_co_clinica", "rejection", "no_continua_co",
     "Proceso Auxiliar de Enfermería",
     "Agradecemos su participación en las pruebas y la entrevista. Queremos contarle que en esta ocasión su perfil "
     "no continúa en el proceso, pues se priorizaron candidatas con experiencia en unidad de cuidado intensivo."),
    ("es_co_clinica", "assessment", "visita_domiciliaria",
     "Visita domiciliaria y estudio de seguridad",
     "Como parte de la etapa final, una profesional de nuestro aliado realizará la visita domiciliaria y el "
     "estudio de seguridad el sábado en la mañana. Por favor confirme su dirección."),
    ("es_co_clinica", "offer", "examenes_ingreso",
     "Bienvenida – exámenes de ingreso",
     "Con mucho gusto le informamos que fue seleccionada para el cargo de Auxiliar de Enfermería. Por favor "
     "acérquese el lunes para los exámenes médicos de ingreso y la firma del contrato a término fijo."),
    ("es_co_clinica", "rejection", "no_fue_posible_co",
     "Vacante Facturación",
     "Gracias por su interés en la vacante de Auxiliar de Facturación. Lastimosamente no fue posible tenerla en "
     "cuenta, ya que el cargo requiere experiencia certificada en glosas."),
    # Transandina Logística
    ("es_co_logistica", "interview", "entrevista_presencial",
     "Citación a entrevista – Analista de Inventarios",
     "Queremos conocerla. La citamos a entrevista presencial el martes a las 8:00 a. m. en nuestro centro de "
     "distribución de Funza. Pregunte por Yesenia en portería."),
    ("es_co_logistica", "rejection", "otro_perfil_co",
     "Analista de Inventarios – resultado",
     "Le agradecemos el tiempo dedicado. Después de evaluar a los finalistas, la compañía optó por otro perfil "
     "que se ajusta mejor a lo que necesita la operación. Le deseamos muchos éxitos."),
    ("es_co_logistica", "assessment", "prueba_excel",
     "Prueba de Excel",
     "Antes de la entrevista con la jefatura, le enviamos una prueba práctica de Excel (tablas dinámicas y "
     "BUSCARV). Tiene 48 horas para devolverla resuelta."),
    ("es_co_logistica", "rejection", "vacante_congelada",
     "Sobre la vacante de Coordinador de Tráfico",
     "Le escribimos para contarle que la vacante de Coordinador de Tráfico quedó congelada por decisión de la "
     "gerencia. No seguiremos con las entrevistas programadas."),
    # Tiendas Pehuen (no accents)
    ("es_cl_tienda", "application_ack", "postulacion_recibida",
     "Tu postulacion fue recibida",
     "Hola! Tu postulacion a Vendedora Part Time - Mall Plaza Oeste quedo registrada. Si avanzas a la siguiente "
     "etapa te contactaremos por WhatsApp o correo."),
    ("es_cl_tienda", "rejection", "no_quedaste",
     "Resultado de tu postulacion",
     "Gracias por participar en nuestro proceso. Te contamos que en esta oportunidad no quedaste seleccionada "
     "para el cargo de Vendedora Part Time. Te invitamos a revisar otras ofertas en nuestro portal."),
    ("es_cl_tienda", "interview", "entrevista_grupal_cl",
     "Te invitamos a una entrevista",
     "Quedaste preseleccionada! Te esperamos el jueves a las 10:30 en la tienda de Plaza Oeste para una "
     "entrevista grupal. Duracion aprox 1 hora."),
    ("es_cl_tienda", "rejection", "cupos_completos",
     "Proceso Temporada Navidad",
     "Te agradecemos el interes. Los cupos para la temporada de Navidad ya estan completos, por lo que no podremos "
     "seguir con tu postulacion este ano."),
    ("es_cl_tienda", "other", "alerta_cl",
     "Nuevas ofertas para ti",
     "Hay 6 nuevas ofertas en tiendas cerca de tu comuna: cajera, reponedora y vendedora. Postula antes de que se "
     "cierren."),
    # Andes Talento Consultores
    ("es_cl_consultora", "recruiter_outreach", "consultora_cl",
     "Proceso confidencial – Jefa de Compras",
     "Estamos apoyando a una empresa del rubro retail en la búsqueda de una Jefa de Compras. Su trayectoria nos "
     "parece muy afín. ¿Le interesaría conversar esta semana de manera confidencial?"),
    ("es_cl_consultora", "interview", "entrevista_cliente",
     "Entrevista con el cliente",
     "Le confirmo la entrevista con la Gerenta Comercial de nuestro cliente el lunes 16 a las 12:00 en sus "
     "oficinas de Las Condes."),
    ("es_cl_consultora", "rejection", "cliente_terna",
     "Proceso Jefa de Compras",
     "Quería contarle personalmente que el cliente revisó la terna y decidió avanzar con otra candidata. Sé que "
     "no es la noticia que esperaba; su perfil fue muy bien valorado."),
    ("es_cl_consultora", "rejection", "habriamos_querido",
     "Proceso Subgerente de Finanzas",
     "Nos habría encantado presentarla al cliente, pero finalmente exigieron experiencia en minería que su "
     "perfil no reúne, así que no la incluiremos en la terna."),
    # Colegio San Marcelo
    ("es_pe_colegio", "interview", "clase_modelo",
     "Clase modelo",
     "Revisamos su currículum para la plaza de Comunicación de secundaria. La invitamos a dictar una clase modelo "
     "de 30 minutos el miércoles a las 8:00, seguida de una entrevista con la coordinación."),
    ("es_pe_colegio", "rejection", "ya_contamos",
     "Plaza de Comunicación",
     "Agradecemos su disposición y la clase que preparó. Le comunicamos que ya contamos con una docente para la "
     "plaza de Comunicación, por lo que no podremos contar con usted este año escolar."),
    ("es_pe_colegio", "offer", "contrato_docente",
     "Propuesta para tutoría de 3.° grado",
     "Nos complace proponerle la tutoría de 3.° de secundaria a partir de marzo, con contrato por el año escolar y "
     "una remuneración de S/ 3 200 mensuales. Espero su respuesta."),
    ("es_pe_colegio", "other", "apafa",
     "Reunión de APAFA",
     "Como madre de familia de 2.° grado, le recordamos la reunión de la APAFA el viernes a las 7 p. m. Se "
     "tratará la cuota del paseo."),
    # Ministerio de Vivienda (CAS)
    ("es_pe_ministerio", "application_ack", "cas_registro",
     "Convocatoria CAS N.° 045-2025 – registro",
     "Su postulación a la Convocatoria CAS N.° 045-2025 (Especialista en Saneamiento) ha sido registrada. Los "
     "resultados de la evaluación curricular se publicarán en el portal institucional."),
    ("es_pe_ministerio", "rejection", "no_apto",
     "Resultados de evaluación curricular",
     "De acuerdo con los resultados de la evaluación curricular publicados hoy, su postulación figura como NO "
     "APTA por no acreditar la experiencia específica requerida."),
    ("es_pe_ministerio", "interview", "entrevista_cas",
     "Entrevista personal – CAS 045-2025",
     "Habiendo resultado APTA en la evaluación curricular, se le cita a la entrevista personal el jueves a las "
     "10:20 a través de la plataforma Zoom."),
    ("es_pe_ministerio", "rejection", "cancelado_cas",
     "Comunicado CAS N.° 051-2025",
     "Se comunica a los postulantes que el proceso CAS N.° 051-2025 ha sido cancelado por falta de presupuesto. "
     "Agradecemos su participación."),
    # Grupo Caribe Alimentos (Caracas, phone)
    ("es_ve_reclutadora", "recruiter_outreach", "ve_chamba",
     "Oportunidad en Caribe Alimentos",
     "Te escribo porque tenemos una vacante de analista de calidad en planta y tu perfil me gustó mucho. Si te "
     "interesa, mándame tu CV actualizado y hablamos por aquí."),
    ("es_ve_reclutadora", "interview", "ve_entrevista",
     "Re: Oportunidad en Caribe Alimentos",
     "Chévere, ya pasé tu CV al jefe de planta. ¿Puedes venir el lunes a las 9 a la planta de La Yaguara para "
     "conversar con él?"),
    ("es_ve_reclutadora", "rejection", "ve_no_se_dio",
     "Lo de analista de calidad",
     "Mira, te cuento con sinceridad: no se dio. El jefe de planta prefirió a alguien que ya trabajaba en el "
     "grupo. Te tengo pendiente para otra cosa, de verdad."),
    ("es_ve_reclutadora", "rejection", "ve_quedo_parado",
     "Actualización",
     "Hola de nuevo, la vacante de supervisora quedó parada, la gerencia no aprobó el cargo todavía y no sé si "
     "se va a abrir. Por ahora no puedo avanzar contigo."),
    # Banco del Plata (Montevideo)
    ("es_uy_banco", "application_ack", "ack_uy",
     "Recibimos tu postulación",
     "Gracias por postularte a Oficial de Cumplimiento. Recibimos tu CV. Aunque no siempre podemos responder a "
     "todas las personas, cada postulación es analizada por el equipo de Talento."),
    ("es_uy_banco", "assessment", "assessment_center",
     "Assessment center",
     "Te invitamos a la instancia grupal de assessment center el miércoles a las 14:00 en nuestra casa central "
     "(Rincón 540). Incluye dinámicas y una prueba escrita."),
    ("es_uy_banco", "rejection", "uy_no_avanzar",
     "Oficial de Cumplimiento",
     "Queremos agradecerte por tu tiempo en el assessment. Luego de analizar los resultados, resolvimos no "
     "avanzar con tu candidatura en esta oportunidad."),
    ("es_uy_banco", "offer", "oferta_uy",
     "Propuesta laboral",
     "Es un gusto comunicarte que fuiste seleccionada para el cargo de Analista de Riesgos. Adjuntamos la "
     "propuesta económica para que la revises y nos confirmes."),
    # Lone Star Health (Texas)
    ("es_us_hospital", "application_ack", "ack_us",
     "Hemos recibido su solicitud",
     "Gracias por su solicitud para el puesto de Asistente Médico Certificado (CMA). Nuestro equipo revisará su "
     "solicitud. Por favor tenga en cuenta que solo los candidatos que cumplan con los requisitos serán "
     "contactados."),
    ("es_us_hospital", "rejection", "us_other_candidates",
     "Actualización de su solicitud",
     "Gracias por su interés en Lone Star Health. Hemos revisado su solicitud y lamentamos informarle que hemos "
     "seleccionado a otros candidatos cuyas calificaciones se alinean más con las necesidades del puesto."),
    ("es_us_hospital", "assessment", "background_check",
     "Verificación de antecedentes",
     "Como siguiente paso, necesitamos su autorización para la verificación de antecedentes y la prueba de "
     "drogas. Complete el formulario en el enlace antes del viernes."),
    ("es_us_hospital", "rejection", "us_puesto_ocupado",
     "Puesto de Recepcionista Bilingüe",
     "Le escribimos para informarle que el puesto de Recepcionista Bilingüe ya ha sido ocupado. Le agradecemos "
     "el tiempo que dedicó a su solicitud."),
    ("es_us_hospital", "interview", "us_screening",
     "Programe su entrevista",
     "¡Buenas noticias! Nos gustaría programar una entrevista telefónica de 15 minutos con un reclutador. Elija "
     "un horario en el siguiente enlace."),
    # Pacific Crew Staffing
    ("es_us_staffing", "interview", "orientacion",
     "Orientacion el lunes",
     "Te esperamos el lunes a las 7am en la oficina de Ontario para la entrevista y orientacion. Trae tu ID, "
     "numero de seguro social y botas de seguridad."),
    ("es_us_staffing", "rejection", "no_paso_cliente",
     "Sobre el trabajo de montacargas",
     "Hola, el cliente reviso tu informacion y no te aprobo para el turno de montacargas porque pide 1 ano de "
     "experiencia certificada. Si sacas la certificacion avisanos."),
    ("es_us_staffing", "offer", "asignacion",
     "Asignacion confirmada",
     "Ya tienes asignacion en el almacen de Fontana, turno de noche, $19.50 la hora. Empiezas el miercoles, "
     "contesta este correo para confirmar."),
    ("es_us_staffing", "rejection", "se_cancelo_orden",
     "Cambio en la orden",
     "Te aviso que el cliente cancelo la orden de 20 trabajadores para esta temporada, asi que por ahora no hay "
     "trabajo para ti en Fontana. Sentimos el cambio."),
    # Naranja Energy (Personio, tú)
    ("es_startup_personio", "application_ack", "ack_tu",
     "¡Gracias por tu candidatura!",
     "Hemos recibido tu candidatura para Customer Success Specialist. Vamos a revisarla con calma; ten paciencia "
     "con nosotros, somos un equipo pequeño y no siempre respondemos tan rápido como nos gustaría."),
    ("es_startup_personio", "interview", "entrevista_tu",
     "Siguiente paso",
     "Nos encantó tu candidatura. ¿Te apetece una videollamada de 30 minutos con Pau, nuestro Head of Customer? "
     "Reserva el hueco que mejor te encaje en este calendario."),
    ("es_startup_personio", "rejection", "tu_no_encaja",
     "Sobre tu candidatura",
     "Queremos darte las gracias por la conversación con Pau. Después de pensarlo mucho, hemos decidido seguir "
     "adelante con otra persona cuyo perfil encaja un poco más con lo que necesitamos ahora mismo."),
    ("es_startup_personio", "recruiter_outreach", "outreach_tu",
     "¿Hablamos?",
     "Estamos creciendo y buscamos una persona para Operaciones. Tu experiencia en atención al cliente nos "
     "llamó la atención: ¿te animas a tomar un café virtual y te contamos?"),
    ("es_startup_personio", "offer", "oferta_tu",
     "¡Queremos que te unas!",
     "Nos alegra mucho decirte que queremos contar contigo como Customer Success Specialist. Te adjuntamos la "
     "carta de oferta con salario, fecha de inicio y condiciones de teletrabajo."),
    # Zubiri & Asociados
    ("es_headhunter_bilbao", "recruiter_outreach", "headhunter_bi",
     "Posición de Dirección Financiera – confidencial",
     "Estamos trabajando en exclusiva para un grupo industrial vasco en la búsqueda de su Directora Financiera. "
     "Me gustaría comentarle el proyecto; ¿tendría disponibilidad para una llamada?"),
    ("es_headhunter_bilbao", "interview", "reunion_bi",
     "Reunión en nuestras oficinas",
     "Tal como hablamos, le propongo mantener una reunión en nuestras oficinas de Gran Vía el martes a las "
     "17:00 para profundizar en su trayectoria."),
    ("es_headhunter_bilbao", "rejection", "cliente_cierra_interno",
     "Proceso Dirección Financiera",
     "Le escribo para informarle de que nuestro cliente ha resuelto cubrir la posición con una promoción interna. "
     "En consecuencia, el proceso queda cerrado. Ha sido un placer conocerla."),
    ("es_headhunter_bilbao", "rejection", "no_finalista",
     "Actualización",
     "Tras las entrevistas de esta semana, lamento comunicarle que su candidatura no figura entre las finalistas "
     "que presentaremos al consejo. Le agradezco sinceramente su tiempo."),
    ("es_headhunter_bilbao", "other", "withdrawn",
     "Re: Proceso Dirección Financiera",
     "Entiendo perfectamente su decisión de no continuar en el proceso por motivos personales. La retiro de la "
     "terna y quedo a su disposición para el futuro."),
    # Universidad del Turia – becas (not a job)
    ("es_becas_uni", "other", "beca_denegada",
     "Resolución de su solicitud de beca",
     "Le comunicamos que su solicitud de beca de movilidad ha sido denegada por superar los umbrales de renta "
     "familiar. Puede presentar recurso de alzada en el plazo de un mes."),
    ("es_becas_uni", "other", "beca_recibida",
     "Solicitud de beca recibida",
     "Hemos recibido su solicitud de beca de colaboración con el Departamento de Química. Se publicará la "
     "resolución provisional en el tablón electrónico."),
    ("es_becas_uni", "other", "beca_entrevista",
     "Entrevista – beca de excelencia",
     "Las candidatas preseleccionadas para la beca de excelencia deben acudir a una entrevista con la comisión "
     "el día 12. No se trata de un contrato laboral."),
    ("es_becas_uni", "other", "beca_concedida",
     "Beca concedida",
     "Nos complace comunicarle que se le ha concedido la ayuda de matrícula para el curso 2025-2026. El importe "
     "se descontará del recibo."),
    ("es_becas_uni", "other", "beca_desierta",
     "Convocatoria de ayudas de comedor",
     "La convocatoria de ayudas de comedor se ha declarado desierta al no haberse presentado solicitudes que "
     "cumplan los requisitos."),
    # Centro Hogar (not a job)
    ("es_inmobiliaria", "other", "piso_otro_inquilino",
     "Piso de la calle Colón",
     "Te escribo por el piso de la calle Colón: el propietario ha elegido a otro inquilino que podía entrar antes. "
     "Siento no traer mejores noticias, te aviso si sale algo parecido."),
    ("es_inmobiliaria", "other", "visita_piso",
     "Visita el jueves",
     "Te confirmo la visita al ático de Ruzafa el jueves a las 18:30. Trae, si puedes, las tres últimas nóminas y "
     "el contrato de trabajo."),
    ("es_inmobiliaria", "other", "solicitud_vivienda",
     "Solicitud de alquiler recibida",
     "Hemos recibido tu solicitud para el piso de Benimaclet. El propietario revisará los perfiles esta semana y "
     "te diremos algo."),
    ("es_inmobiliaria", "other", "no_aval",
     "Sobre el aval",
     "Lamentablemente no podemos seguir adelante con tu solicitud de alquiler sin un aval bancario de seis "
     "meses. Si lo consigues, lo retomamos."),
    ("es_inmobiliaria", "other", "contrato_alquiler",
     "Contrato de arrendamiento",
     "Te adjunto el borrador del contrato de arrendamiento para que lo revises antes de la firma del lunes."),
    # Diario del Sur (not a job)
    ("es_periodista", "other", "entrevista_prensa",
     "Entrevista para un reportaje",
     "Estoy preparando un reportaje sobre jóvenes que vuelven al pueblo a emprender. ¿Te animarías a una "
     "entrevista de media hora por teléfono esta semana?"),
    ("es_periodista", "other", "prensa_descartada",
     "Sobre el reportaje",
     "Al final la dirección ha decidido no publicar el reportaje este mes por falta de espacio, así que tu "
     "entrevista no saldrá de momento. Te pido disculpas."),
    ("es_periodista", "other", "prensa_fotos",
     "Fotos para la entrevista",
     "¿Podrías mandarme un par de fotos tuyas en el taller para acompañar la entrevista? Mejor en horizontal."),
    ("es_periodista", "other", "prensa_publicada",
     "Ya está publicada",
     "Ya ha salido tu entrevista en la edición digital, te paso el enlace. Muchas gracias por tu tiempo."),
    ("es_periodista", "other", "prensa_candidatura",
     "Premios Emprende Sur",
     "Te cuento que el periódico organiza los Premios Emprende Sur y tu proyecto podría presentar candidatura. "
     "El plazo acaba el día 30."),
    # Muebles Roble (not a job)
    ("es_tienda_muebles", "other", "oferta_comercial",
     "Oferta exclusiva para socias",
     "Solo este fin de semana: 30 % de descuento en sofás y colchones. Una oferta que no querrás dejar pasar."),
    ("es_tienda_muebles", "other", "presupuesto",
     "Tu presupuesto de cocina",
     "Adjuntamos el presupuesto solicitado para tu cocina a medida. La oferta es válida durante 15 días."),
    ("es_tienda_muebles", "other", "pedido_cancelado",
     "Pedido cancelado",
     "Lamentamos informarte de que el modelo de mesa que pediste ya no está disponible y hemos cancelado el "
     "pedido. El reembolso llegará en 5 días."),
    ("es_tienda_muebles", "other", "encuesta",
     "¿Qué tal tu experiencia?",
     "Cuéntanos qué te pareció la entrega de tu armario. Solo te llevará un minuto."),
    ("es_tienda_muebles", "other", "seleccion_productos",
     "Nuestra selección para ti",
     "Hemos seleccionado estas lámparas pensando en ti. Descubre la nueva colección de otoño."),
    # Oficina Municipal de Vivienda (not a job)
    ("es_ayto_vivienda", "other", "vivienda_excluida",
     "Solicitud de vivienda protegida",
     "Le notificamos que su solicitud de inscripción en el Registro de Demandantes de Vivienda Protegida ha sido "
     "excluida por no aportar el certificado de empadronamiento."),
    ("es_ayto_vivienda", "other", "vivienda_sorteo",
     "Sorteo de viviendas",
     "Su solicitud ha sido admitida para el sorteo de 24 viviendas de alquiler asequible. El sorteo será público "
     "el día 20 en el salón de plenos."),
    ("es_ayto_vivienda", "other", "vivienda_no_adjudicada",
     "Resultado del sorteo",
     "Celebrado el sorteo, su solicitud no ha resultado adjudicataria. Queda usted en lista de espera con el "
     "número 41."),
    ("es_ayto_vivienda", "other", "vivienda_cita",
     "Cita para documentación",
     "Le citamos el martes a las 9:30 en la Oficina de Vivienda para revisar la documentación de su expediente."),
    ("es_ayto_vivienda", "other", "ayuda_alquiler",
     "Ayudas al alquiler",
     "Se ha resuelto favorablemente su solicitud de ayuda al alquiler para jóvenes por importe de 250 euros "
     "mensuales."),
    # CrediRápido (not a job)
    ("es_financiera", "other", "credito_denegado",
     "Tu solicitud de crédito",
     "Hemos estudiado tu solicitud de crédito y, lamentablemente, no podemos aprobarla en este momento según "
     "nuestros criterios de riesgo."),
    ("es_financiera", "other", "credito_preaprobado",
     "Tienes un préstamo preaprobado",
     "Enhorabuena: tienes hasta 6.000 euros preaprobados. Solicítalo en dos minutos desde la app."),
    ("es_financiera", "other", "documentacion",
     "Falta documentación",
     "Para terminar de estudiar tu solicitud necesitamos tu última nómina y un recibo bancario."),
    ("es_financiera", "other", "credito_aprobado",
     "Solicitud aprobada",
     "Tu solicitud de crédito ha sido aprobada. Firma el contrato digitalmente y recibirás el dinero hoy."),
    ("es_financiera", "other", "recordatorio_pago",
     "Recordatorio de cuota",
     "Te recordamos que el día 5 se cargará la cuota de tu préstamo."),
    # Carmen (not a job)
    ("es_amiga", "other", "amiga_entrevista",
     "suerte mañana!!",
     "mucha suerte con la entrevista de mañana, seguro que lo bordas. luego me cuentas y nos tomamos algo"),
    ("es_amiga", "other", "amiga_plan",
     "plan finde",
     "el sábado cena en casa de Bea, te apuntas? trae postre si puedes jajaja"),
    ("es_amiga", "other", "amiga_consuelo",
     "jo",
     "qué rabia lo del curro, ellos se lo pierden de verdad. el domingo te invito a vermut y lo hablamos"),
    ("es_amiga", "other", "amiga_piso",
     "lo del piso",
     "al final no nos dieron el piso, se lo quedó otra pareja. seguimos buscando, si ves algo me dices"),
    ("es_amiga", "other", "amiga_boda",
     "boda de Marta",
     "ya tengo el vestido para la boda!! te mando foto luego, tú qué te vas a poner"),
    # Club Natación Marina (not a job)
    ("es_club_deportivo", "other", "inscripcion_rechazada",
     "Inscripcion curso de verano",
     "Sentimos comunicarte que no ha sido posible admitir la inscripcion de tu hijo en el curso de julio porque "
     "los grupos estan completos. Quedas en lista de espera."),
    ("es_club_deportivo", "other", "asamblea",
     "Convocatoria asamblea de socios",
     "Se convoca a todos los socios a la asamblea general ordinaria el dia 28 a las 19:00 en el local social."),
    ("es_club_deportivo", "other", "seleccion_equipo",
     "Seleccion para el equipo master",
     "Las pruebas para entrar en el equipo master seran el sabado. Trae gorro y gafas."),
    ("es_club_deportivo", "other", "cuota",
     "Cuota trimestral",
     "Te recordamos que la cuota trimestral se pasara al cobro la semana que viene."),
    ("es_club_deportivo", "other", "voluntarios_travesia",
     "Travesia a nado",
     "Necesitamos voluntarios para el avituallamiento de la travesia del domingo. Apuntate en secretaria."),
    # Gemeente Oosterveld
    ("nl_gemeente_werkenbij", "application_ack", "ontvangst",
     "Ontvangstbevestiging sollicitatie beleidsadviseur",
     "Hartelijk dank voor uw sollicitatie op de functie van beleidsadviseur Wonen. Na de sluitingsdatum beoordeelt "
     "de selectiecommissie alle brieven. U hoort uiterlijk in week 14 of u wordt uitgenodigd."),
    ("nl_gemeente_werkenbij", "rejection", "niet_uitgenodigd",
     "Uw sollicitatie beleidsadviseur Wonen",
     "De selectiecommissie heeft alle sollicitaties zorgvuldig gelezen. Wij moeten u helaas laten weten dat u "
     "niet bent uitgenodigd voor een eerste gesprek. Er waren veel sterke kandidaten."),
    ("nl_gemeente_werkenbij", "interview", "eerste_ronde",
     "Uitnodiging eerste gesprek",
     "Graag nodigen wij u uit voor een eerste gesprek op dinsdag 8 april om 14.15 uur in het stadskantoor. De "
     "commissie bestaat uit de teamleider en een collega uit het team."),
    ("nl_gemeente_werkenbij", "rejection", "na_tweede_gesprek",
     "Uitkomst tweede gesprek",
     "Dank voor het prettige tweede gesprek van afgelopen donderdag. Na zorgvuldige afweging heeft de commissie "
     "besloten de voorkeur te geven aan een andere kandidaat, die net iets meer ervaring heeft met de "
     "Omgevingswet."),
    ("nl_gemeente_werkenbij", "assessment", "assessment_nl",
     "Assessment als onderdeel van de procedure",
     "Onderdeel van de procedure is een ontwikkelassessment bij ons selectiebureau. U ontvangt binnenkort een "
     "link om online een capaciteitentest en een persoonlijkheidsvragenlijst te maken."),
    # Provincie Kempenland (Flemish)
    ("nl_vl_provincie", "application_ack", "kandidatuur",
     "Bevestiging van je kandidatuur",
     "We hebben je kandidatuur voor de functie van deskundige mobiliteit goed ontvangen. Je krijgt na de "
     "screening van de cv's bericht over de volgende stap."),
    ("nl_vl_provincie", "assessment", "schriftelijke_proef",
     "Uitnodiging schriftelijke proef",
     "Je bent geslaagd voor de cv-screening. Je wordt verwacht op de schriftelijke proef op woensdag 12 maart om "
     "9 uur in het provinciehuis, lokaal 2.14."),
    ("nl_vl_provincie", "rejection", "niet_geslaagd",
     "Resultaat schriftelijke proef",
     "Je behaalde op de schriftelijke proef 22 op 50. Om door te gaan naar het mondeling gedeelte was minstens 30 "
     "op 50 vereist. Je bent dus helaas niet geslaagd voor deze selectieprocedure."),
    ("nl_vl_provincie", "rejection", "wervingsreserve_niet",
     "Einde selectieprocedure",
     "De selectieprocedure voor de functie van jurist is afgerond. Je werd niet opgenomen in de "
     "wervingsreserve. We danken je voor je interesse in de provincie."),
    ("nl_vl_provincie", "interview", "mondeling",
     "Uitnodiging mondelinge proef",
     "Proficiat, je bent geslaagd voor de schriftelijke proef. De mondelinge proef met de jury vindt plaats op "
     "maandag 24 maart; je ontvangt je tijdstip apart."),
    # Rijnoever Ziekenhuis
    ("nl_ziekenhuis", "application_ack", "ack_ziekenhuis",
     "Wij hebben je sollicitatie ontvangen",
     "Bedankt voor je sollicitatie als verpleegkundige op de afdeling Cardiologie. We bekijken je gegevens "
     "binnen twee weken. Heb je binnen die tijd niets gehoord, neem dan gerust contact op."),
    ("nl_ziekenhuis", "interview", "kennismaking",
     "Kennismakingsgesprek Cardiologie",
     "De teamleider van Cardiologie wil graag kennis met je maken. Past vrijdag 16 mei om 10.00 uur? Na het "
     "gesprek kun je een uur meelopen op de afdeling."),
    ("nl_ziekenhuis", "rejection", "geen_match",
     "Je sollicitatie verpleegkundige Cardiologie",
     "Dank je voor je interesse in Rijnoever. We hebben je sollicitatie met aandacht gelezen, maar we zien op "
     "dit moment onvoldoende aansluiting met het profiel. We gaan daarom niet verder met je sollicitatie."),
    ("nl_ziekenhuis", "assessment", "vog",
     "Aanvraag VOG en referenties",
     "Voor de laatste fase vragen we je een Verklaring Omtrent het Gedrag aan te vragen en ons twee referenten "
     "te noemen."),
    ("nl_ziekenhuis", "offer", "arbeidsvoorwaarden",
     "Aanbod arbeidsvoorwaarden",
     "Wat leuk dat we je een contract kunnen aanbieden! In de bijlage vind je het arbeidsvoorwaardenvoorstel: "
     "schaal FWG 45, 32 uur per week, ingangsdatum 1 juli."),
    # WZC Ter Linde (Flemish)
    ("nl_vl_woonzorg", "interview", "gesprek_wzc",
     "Gesprek zorgkundige",
     "Bedankt voor je sollicitatie als zorgkundige. Kan je volgende woensdag om 13u30 langskomen voor een "
     "gesprek met de hoofdverpleegkundige?"),
    ("nl_vl_woonzorg", "rejection", "iemand_anders_wzc",
     "Vacature zorgkundige nachtdienst",
     "Bedankt om langs te komen. We hebben intussen iemand aangeworven die al ervaring had met nachtdiensten, "
     "dus we kunnen je voor deze vacature niet verder meenemen."),
    ("nl_vl_woonzorg", "offer", "contract_wzc",
     "Contract logistiek medewerker",
     "Goed nieuws: we willen je graag aanwerven als logistiek medewerker vanaf 1 september, halftijds contract "
     "van onbepaalde duur. Laat je iets weten of je akkoord gaat?"),
    ("nl_vl_woonzorg", "rejection", "vacature_ingetrokken",
     "Vacature animator",
     "Ik laat je weten dat de vacature voor animator ingetrokken werd, omdat een collega haar uren uitbreidt. De "
     "gesprekken van volgende week gaan dus niet door."),
    # FlexFlow (phone, je)
    ("nl_uitzend_mobiel", "recruiter_outreach", "uitzend_benader",
     "Orderpicker in Tilburg?",
     "Ik zag je cv op ons platform. Ik heb een leuke klus als orderpicker, 40 uur, €15,10 per uur. Zin om even te "
     "bellen vandaag?"),
    ("nl_uitzend_mobiel", "interview", "intake",
     "Intake morgen",
     "Top! Kom je morgen om 10.00 uur langs op kantoor aan de Spoorlaan voor een kort intakegesprek? Neem je ID "
     "mee."),
    ("nl_uitzend_mobiel", "rejection", "klant_ander",
     "Re: Orderpicker in Tilburg?",
     "Balen, de klant heeft de plek toch aan iemand anders gegeven die al eerder bij ze had gewerkt. Ik hou je "
     "op de hoogte als er iets nieuws binnenkomt!"),
    ("nl_uitzend_mobiel", "offer", "start_maandag",
     "Je kunt maandag starten!",
     "Je bent aangenomen bij het distributiecentrum! Maandag om 6.00 uur starten, ik stuur je vanmiddag het "
     "contract via de app om te tekenen."),
    ("nl_uitzend_mobiel", "rejection", "gaat_niet_door",
     "Update klus Waalwijk",
     "Even een update: de klus in Waalwijk gaat niet door, de klant heeft de aanvraag ingetrokken. Dus helaas "
     "geen plek voor je daar."),
    # Interim Plus Gent (no accents)
    ("nl_vl_interim", "interview", "inschrijving",
     "Afspraak op kantoor",
     "Kom je donderdag om 9u op kantoor langs om je in te schrijven en even kennis te maken? Breng je "
     "identiteitskaart en bankkaart mee."),
    ("nl_vl_interim", "rejection", "klant_koos_ander",
     "Job productiemedewerker",
     "We hebben je cv doorgestuurd naar de klant, maar zij hebben gekozen voor een kandidaat met ervaring in de "
     "voeding. Spijtig voor deze keer, we zoeken verder voor jou."),
    ("nl_vl_interim", "offer", "dagcontract",
     "Start maandag",
     "De klant wil je graag starten maandag, eerst met dagcontracten. Kom je morgen je contract tekenen?"),
    ("nl_vl_interim", "rejection", "geen_werk_meer",
     "Opdracht Evergem",
     "De opdracht in Evergem wordt niet verlengd, de klant heeft minder werk. Er is voorlopig dus geen plaats "
     "meer voor jou daar."),
    ("nl_vl_interim", "rejection", "valt_af",
     "Job heftruckchauffeur",
     "Voor de job als heftruckchauffeur in Zelzate val je jammer genoeg af, omdat de klant een attest voor "
     "reachtruck vraagt. Als je dat behaalt, bel je me gewoon."),
    # Stichting De Waard (school board)
    ("nl_schoolbestuur", "application_ack", "ack_school",
     "Sollicitatie leerkracht groep 5",
     "Wij hebben uw sollicitatie voor de functie van leerkracht groep 5 op OBS De Kreek in goede orde ontvangen. "
     "De sollicitatiecommissie komt op 3 juni bijeen."),
    ("nl_schoolbestuur", "interview", "proefles",
     "Uitnodiging gesprek en proefles",
     "Wij nodigen je graag uit voor een gesprek met de directeur en twee ouders uit de MR, gevolgd door een "
     "proefles in groep 5 op maandag 10 juni."),
    ("nl_schoolbestuur", "rejection", "geen_benoeming",
     "Benoeming groep 5",
     "Hartelijk dank voor de mooie proefles. De commissie heeft besloten een collega te benoemen die al bij onze "
     "stichting invalt. Wij hopen je bij een volgende vacature weer te zien."),
    ("nl_schoolbestuur", "rejection", "formatie",
     "Vacature intern begeleider",
     "Door de krimp in het leerlingenaantal is de formatie voor volgend schooljaar aangepast. De vacature intern "
     "begeleider komt daardoor te vervallen. Wij betreuren dit."),
    ("nl_schoolbestuur", "other", "ouderavond",
     "Informatieavond groep 8",
     "Graag nodigen wij de ouders van groep 8 uit voor de informatieavond over het voortgezet onderwijs op "
     "dinsdag om 19.30 uur."),
    # Nordic Parts (machine-translated ATS)
    ("nl_ats_vertaald", "application_ack", "ack_vertaald",
     "Bedankt voor het toepassen",
     "Bedankt voor het toepassen voor de positie Inkoper. Wij hebben uw toepassing ontvangen. Vanwege het hoge "
     "volume van toepassingen kunnen wij niet elke kandidaat persoonlijk antwoorden."),
    ("nl_ats_vertaald", "rejection", "vertaald_niet_vooruit",
     "Update over uw toepassing",
     "Na zorgvuldige beoordeling hebben wij besloten om niet vooruit te gaan met uw toepassing op dit moment. "
     "Wij moedigen u aan om te solliciteren op toekomstige posities."),
    ("nl_ats_vertaald", "assessment", "vertaald_test",
     "Actie vereist: online beoordeling",
     "Om door te gaan met uw toepassing, voltooi alstublieft de online beoordeling binnen 5 dagen. Het duurt "
     "ongeveer 40 minuten."),
    ("nl_ats_vertaald", "rejection", "vertaald_gesloten",
     "Positie gesloten",
     "De positie Magazijnmedewerker waarvoor u heeft toegepast is gesloten en is niet langer beschikbaar. Uw "
     "profiel blijft in ons talent netwerk."),
    ("nl_ats_vertaald", "interview", "vertaald_interview",
     "Interview uitnodiging",
     "Wij zijn blij u uit te nodigen voor een interview met de hiring manager. Selecteer alstublieft een "
     "tijdslot via de onderstaande link."),
    # Bytebrug Detachering (je)
    ("nl_detacheerder", "recruiter_outreach", "detachering",
     "Opdracht als data engineer",
     "Ik kwam je profiel tegen en denk dat je goed past bij een opdracht bij een verzekeraar in Zwolle, via "
     "detachering. Zullen we deze week even bellen?"),
    ("nl_detacheerder", "interview", "klantgesprek",
     "Gesprek bij de klant",
     "Goed nieuws, de klant wil je spreken! Het gesprek is donderdag om 11.00 uur op hun kantoor. Ik ga mee en "
     "we drinken vooraf een koffie."),
    ("nl_detacheerder", "rejection", "klant_intern",
     "Terugkoppeling klant",
     "Ik heb de terugkoppeling van de klant: ze vonden het een goed gesprek, maar ze vullen de rol toch intern "
     "in. Jammer, ik had er echt een goed gevoel bij."),
    ("nl_detacheerder", "rejection", "wij_stoppen",
     "Onze samenwerking",
     "Na ons gesprek hebben we intern overlegd en we gaan je op dit moment niet voorstellen aan klanten: we "
     "zoeken nu vooral mensen met meer Azure-ervaring."),
    ("nl_detacheerder", "rejection", "hadden_graag",
     "Opdracht gemeente Deventer",
     "We hadden je graag bij de gemeente Deventer voorgesteld, maar de aanvraag is door de klant geannuleerd "
     "voordat we konden aanbieden. Die opdracht komt er dus niet."),
    # Fietsfabriek (Homerun, je)
    ("nl_scaleup_homerun", "application_ack", "ack_homerun",
     "Yes, je sollicitatie is binnen!",
     "Super dat je wilt komen werken bij Fietsfabriek als Customer Care Hero. We lezen elke sollicitatie zelf, "
     "dus dat kan even duren. Hoor je over twee weken niks? Stuur ons gerust een berichtje."),
    ("nl_scaleup_homerun", "interview", "videocall",
     "Zin in een videocall?",
     "We willen je graag beter leren kennen! Plan hier een videocall van 30 minuten met Joris en Ayla."),
    ("nl_scaleup_homerun", "rejection", "homerun_niet",
     "Over je sollicitatie",
     "Dankjewel voor je tijd en energie. We hebben lang getwijfeld, maar we gaan verder met een kandidaat die al "
     "in een vergelijkbare rol heeft gewerkt. We vinden het echt jammer om je dit te moeten schrijven."),
    ("nl_scaleup_homerun", "assessment", "case",
     "De case",
     "Hierbij de case: beantwoord drie echte klantvragen zoals jij dat zou doen. Je hebt tot vrijdag de tijd."),
    ("nl_scaleup_homerun", "offer", "aanbod_homerun",
     "We willen je erbij!",
     "Je hebt ons overtuigd! We bieden je graag de rol van Customer Care Hero aan. In de bijlage vind je je "
     "aanbod, laat je weten wat je ervan vindt?"),
    # Claes Metaalbouw (KMO)
    ("nl_vl_kmo", "interview", "kmo_gesprek",
     "Job als lasser",
     "Ik heb je cv gelezen. Kan je vrijdag om 16u eens op het atelier passeren? Dan toon ik je de werkplaats en "
     "babbelen we wat."),
    ("nl_vl_kmo", "rejection", "kmo_al_iemand",
     "Job als lasser",
     "Ik heb ondertussen al iemand gevonden voor de job, een gast die hier vroeger nog gewerkt heeft. Bedankt om "
     "te komen en veel succes nog."),
    ("nl_vl_kmo", "offer", "kmo_aanbod",
     "Job tekenaar",
     "Na ons gesprek wil ik je graag aannemen als tekenaar. Brutoloon €3 100, maaltijdcheques en een "
     "bedrijfswagen. Laat je me iets weten?"),
    ("nl_vl_kmo", "other", "kmo_offerte",
     "Offerte poort",
     "In bijlage de offerte voor de stalen poort die je vroeg voor je oprit, inclusief plaatsing."),
    ("nl_vl_kmo", "rejection", "kmo_dat_we_niet",
     "Je kandidatuur werkvoorbereider",
     "Bedankt voor het gesprek van dinsdag. Ik heb er met mijn vennoot over gesproken en we denken dat het "
     "beter is dat we niet met je verder gaan: we zoeken toch iemand die meteen zelfstandig kan calculeren."),
    # Ministerie van Waterbeheer
    ("nl_ministerie", "application_ack", "ack_rijk",
     "Bevestiging sollicitatie",
     "Uw sollicitatie voor de vacature Senior adviseur waterveiligheid (schaal 12) is ontvangen. De "
     "selectiegesprekken vinden plaats in week 22."),
    ("nl_ministerie", "rejection", "rijk_afgewezen",
     "Uw sollicitatie Senior adviseur waterveiligheid",
     "Er is een groot aantal sollicitaties binnengekomen. Na vergelijking met de functie-eisen is besloten u niet "
     "uit te nodigen voor een gesprek. Wij bedanken u voor de getoonde belangstelling."),
    ("nl_ministerie", "interview", "rijk_gesprek",
     "Uitnodiging selectiegesprek",
     "De selectiecommissie nodigt u uit voor een selectiegesprek op 28 mei om 10.30 uur, Rijnstraat 8, Den Haag."),
    ("nl_ministerie", "rejection", "rijk_tweede_ronde",
     "Uitslag tweede ronde",
     "Na de tweede gespreksronde is de keuze gevallen op een andere kandidaat. Wij realiseren ons dat dit een "
     "teleurstelling is en danken u voor uw inzet in de procedure."),
    ("nl_ministerie", "assessment", "rijk_screening",
     "Veiligheidsonderzoek",
     "Aan de functie is een vertrouwensfunctie verbonden. Voordat een aanstelling kan volgen, wordt een "
     "veiligheidsonderzoek door de AIVD uitgevoerd. U ontvangt hiervoor een opgaveformulier."),
    # Bakkerij Van Gils (no accents)
    ("nl_bakkerij_keten", "application_ack", "ack_bakker",
     "We hebben je sollicitatie ontvangen",
     "Leuk dat je wilt werken in onze winkel in Breda! De filiaalmanager neemt binnen een week contact met je op "
     "als je past bij de openstaande uren."),
    ("nl_bakkerij_keten", "interview", "proefdraaien",
     "Proefdraaien zaterdag",
     "Kom je zaterdag van 8 tot 12 proefdraaien in de winkel aan de Ginnekenweg? Daarna praten we even na."),
    ("nl_bakkerij_keten", "rejection", "uren_niet",
     "Je sollicitatie verkoopmedewerker",
     "Bedankt voor het proefdraaien. We hebben alleen uren op doordeweekse ochtenden en dat past niet met jouw "
     "rooster, dus we nemen je sollicitatie niet verder in behandeling."),
    ("nl_bakkerij_keten", "rejection", "vacature_vervuld",
     "Vacature bakker nachtploeg",
     "De vacature voor bakker in de nachtploeg is inmiddels vervuld. Dank je wel voor je reactie."),
    # Domstad Executive Search
    ("nl_werving_utrecht", "recruiter_outreach", "executive",
     "Vertrouwelijk: directeur bedrijfsvoering",
     "Namens een onderwijsinstelling in het midden van het land zijn wij op zoek naar een directeur "
     "bedrijfsvoering. Uw achtergrond sluit daar goed op aan. Staat u open voor een verkennend gesprek?"),
    ("nl_werving_utrecht", "interview", "executive_gesprek",
     "Verkennend gesprek",
     "Dank voor uw reactie. Zullen we elkaar spreken op ons kantoor aan de Maliebaan, maandag om 15.00 uur?"),
    ("nl_werving_utrecht", "rejection", "longlist",
     "Terugkoppeling procedure",
     "Ik heb uw profiel met de opdrachtgever besproken. Zij hebben ervoor gekozen om met kandidaten uit de "
     "onderwijssector verder te gaan, waardoor u niet op de shortlist komt."),
    ("nl_werving_utrecht", "other", "withdrawn_nl",
     "Re: Terugtrekking",
     "Dank voor uw bericht. Ik begrijp dat u zich terugtrekt uit de procedure en heb de opdrachtgever "
     "geïnformeerd. Veel succes in uw nieuwe functie."),
    ("nl_werving_utrecht", "rejection", "on_hold",
     "Procedure directeur financiën",
     "De opdrachtgever heeft besloten de procedure voorlopig stil te leggen in verband met een reorganisatie. "
     "Wij kunnen u daarom niet verder begeleiden in dit traject."),
    # VDAB relays
    ("nl_vl_vdab", "application_ack", "vdab_ack",
     "Je sollicitatie werd verstuurd",
     "Je sollicitatie voor de vacature Administratief bediende bij Verhoeven NV werd verstuurd naar de "
     "werkgever. De werkgever neemt zelf contact met je op."),
    ("nl_vl_vdab", "rejection", "vdab_afgewezen",
     "Nieuws over je sollicitatie",
     "De werkgever Verhoeven NV heeft je sollicitatie bekeken. Jammer genoeg werd je kandidatuur niet "
     "weerhouden voor de vacature Administratief bediende."),
    ("nl_vl_vdab", "other", "vdab_jobs",
     "Nieuwe vacatures voor jou",
     "Er zijn 8 nieuwe vacatures die passen bij je zoekprofiel. Bekijk ze in Mijn loopbaan."),
    ("nl_vl_vdab", "rejection", "vdab_vacature_weg",
     "Vacature niet meer beschikbaar",
     "De vacature Magazijnier bij Logistiek Dender waarop je solliciteerde is afgesloten. De werkgever zoekt "
     "niet langer kandidaten."),
    ("nl_vl_vdab", "application_ack", "vdab_geen_antwoord",
     "Je sollicitatie werd verstuurd",
     "Je sollicitatie voor Medewerker klantendienst bij Polderzorg vzw werd verstuurd. Niet alle werkgevers "
     "laten iets weten; krijg je binnen drie weken geen antwoord, dan kan je zelf contact opnemen."),
    ("nl_vl_vdab", "other", "vdab_opleiding",
     "Je inschrijving voor de opleiding",
     "Je inschrijving voor de opleiding Excel gevorderden werd geweigerd omdat de groep volzet is. Je staat op "
     "de wachtlijst."),
    # Dienst Toeslagen (not a job)
    ("nl_toeslagen", "other", "huurtoeslag_afgewezen",
     "Besluit huurtoeslag",
     "Uw aanvraag huurtoeslag is afgewezen, omdat uw inkomen boven de grens ligt. U kunt binnen zes weken "
     "bezwaar maken."),
    ("nl_toeslagen", "other", "aanvraag_ontvangen",
     "Wij hebben uw aanvraag ontvangen",
     "Wij hebben uw aanvraag kinderopvangtoeslag ontvangen. U krijgt binnen acht weken een beslissing."),
    ("nl_toeslagen", "other", "toeslag_toegekend",
     "Voorschot zorgtoeslag",
     "Uw zorgtoeslag is toegekend. Het voorschot wordt vanaf volgende maand maandelijks uitbetaald."),
    ("nl_toeslagen", "other", "gegevens_nodig",
     "Wij hebben meer gegevens nodig",
     "Om uw aanvraag te beoordelen hebben wij uw huurcontract en een loonstrook nodig."),
    ("nl_toeslagen", "other", "terugbetalen",
     "Terugvordering",
     "U heeft te veel toeslag ontvangen. U moet 312 euro terugbetalen; een betalingsregeling is mogelijk."),
    # Gemeente Zeewolde-Oost – vergunningen (not a job)
    ("nl_vergunning", "other", "vergunning_geweigerd",
     "Besluit omgevingsvergunning",
     "Wij hebben besloten de omgevingsvergunning voor de dakkapel niet te verlenen, omdat deze niet past in het "
     "bestemmingsplan."),
    ("nl_vergunning", "other", "vergunning_ontvangen",
     "Ontvangstbevestiging aanvraag",
     "Uw aanvraag voor een omgevingsvergunning is ontvangen en in behandeling genomen. De beslistermijn is acht "
     "weken."),
    ("nl_vergunning", "other", "vergunning_gesprek",
     "Afspraak vooroverleg",
     "Graag nodigen wij u uit voor een vooroverleg over uw bouwplan op dinsdag om 10.00 uur in het gemeentehuis."),
    ("nl_vergunning", "other", "vergunning_verleend",
     "Vergunning verleend",
     "De omgevingsvergunning voor het plaatsen van een schuur is verleend. Het besluit wordt gepubliceerd."),
    ("nl_vergunning", "other", "vergunning_aanvulling",
     "Aanvullende gegevens",
     "Uw aanvraag is niet compleet. Wij verzoeken u binnen vier weken een bouwtekening aan te leveren."),
    # Keukenhuys (not a job)
    ("nl_webshop", "other", "offerte",
     "Je offerte staat klaar",
     "De offerte voor je nieuwe keuken staat klaar in je account. Deze aanbieding is 30 dagen geldig."),
    ("nl_webshop", "other", "actie",
     "Alleen dit weekend: 25% korting",
     "Profiteer van onze najaarsactie op alle inbouwapparatuur. Op = op!"),
    ("nl_webshop", "other", "bestelling_geannuleerd",
     "Bestelling geannuleerd",
     "Helaas is de afzuigkap die je bestelde niet meer leverbaar. We hebben je bestelling geannuleerd en het "
     "bedrag teruggestort."),
    ("nl_webshop", "other", "afspraak_showroom",
     "Je afspraak in de showroom",
     "Je afspraak met onze keukenadviseur staat gepland op zaterdag om 11.00 uur in de showroom in Amersfoort."),
    ("nl_webshop", "other", "review",
     "Hoe was je bezorging?",
     "Wil je ons laten weten hoe de bezorging is verlopen? Het kost maar een minuutje."),
    # Dagblad Noord (not a job)
    ("nl_journalist", "other", "interview_krant",
     "Interview voor de krant?",
     "Ik schrijf een stuk over mensen die op latere leeftijd van beroep wisselen. Zou je mee willen werken aan "
     "een interview van een halfuurtje?"),
    ("nl_journalist", "other", "interview_niet",
     "Over het interview",
     "De eindredactie heeft besloten het stuk niet te plaatsen, dus jouw interview gaat helaas niet door. Sorry "
     "voor de moeite."),
    ("nl_journalist", "other", "foto_afspraak",
     "Fotograaf",
     "De fotograaf komt donderdag om 14.00 uur langs voor een portret bij het interview."),
    ("nl_journalist", "other", "geplaatst",
     "Het staat erin!",
     "Je interview staat vandaag in de krant en online. Dank je wel voor je openheid."),
    ("nl_journalist", "other", "citaat_check",
     "Citaten ter controle",
     "Hierbij je citaten ter controle. Kun je voor woensdag laten weten of alles klopt?"),
    # Ilse (not a job)
    ("nl_vriendin", "other", "succes",
     "succes!!",
     "heel veel succes morgen met je sollicitatiegesprek! je kan het, laat je na afloop iets weten?"),
    ("nl_vriendin", "other", "balen",
     "balen",
     "wat balen dat je die baan niet hebt gekregen zeg. zullen we vrijdag een wijntje doen?"),
    ("nl_vriendin", "other", "verjaardag",
     "verjaardag Sem",
     "zaterdag is Sem jarig, kom je ook? vanaf 3 uur bij ons thuis"),
    ("nl_vriendin", "other", "huis",
     "ons bod",
     "ons bod op het huis is afgewezen, er was iemand die overboden heeft. dus we zoeken weer verder"),
    ("nl_vriendin", "other", "vakantie",
     "vakantie",
     "ik heb een huisje gevonden in de Ardennen voor mei, doe je mee? stuur je even je data"),
    # Huisvast Hypotheekadvies (not a job)
    ("nl_hypotheek", "other", "hypotheek_afgewezen",
     "Uw hypotheekaanvraag",
     "De geldverstrekker heeft uw hypotheekaanvraag helaas afgewezen vanwege uw tijdelijke contract. Wij kijken "
     "graag met u naar alternatieven."),
    ("nl_hypotheek", "other", "adviesgesprek",
     "Uitnodiging adviesgesprek",
     "Graag nodigen wij u uit voor een vrijblijvend adviesgesprek op ons kantoor. Neem uw laatste drie "
     "loonstroken en een werkgeversverklaring mee."),
    ("nl_hypotheek", "other", "offerte_hypotheek",
     "Hypotheekofferte ontvangen",
     "De bindende hypotheekofferte is binnen. Wij bespreken deze graag met u voordat u tekent."),
    ("nl_hypotheek", "other", "taxatie",
     "Taxatierapport",
     "Het taxatierapport is goedgekeurd door de geldverstrekker."),
    ("nl_hypotheek", "other", "rente",
     "Renteverlaging",
     "Goed nieuws: de hypotheekrente is gedaald. Wilt u weten wat dit voor u betekent?"),
]

_READERS = {
    "es": Reader(
        "Lucía Ferrer Ortiz <lucia.ferrer.o@example.net>",
        "Buenas, muchas gracias por la información. Quedo pendiente. Un saludo, Lucía",
        "El jue, 6 mar 2025 a las 20:41, Lucía Ferrer Ortiz (<lucia.ferrer.o@example.net>) escribió:",
        "De: Lucía Ferrer Ortiz <lucia.ferrer.o@example.net>\nEnviado: jueves, 6 de marzo de 2025 20:41\n"
        "Para: info@example.org\nAsunto: Mi postulación",
        "El 6 mar 2025, a las 20:41, Lucía Ferrer Ortiz <lucia.ferrer.o@example.net> escribió:",
    ),
    "nl": Reader(
        "Femke Jansen <femke.jansen@example.net>",
        "Dag, bedankt voor uw bericht. Ik hoor graag verder. Met vriendelijke groet, Femke",
        "Op do 6 mrt 2025 om 20:41 schreef Femke Jansen <femke.jansen@example.net>:",
        "Van: Femke Jansen <femke.jansen@example.net>\nVerzonden: donderdag 6 maart 2025 20:41\n"
        "Aan: info@example.org\nOnderwerp: Sollicitatie",
        "Op 6 mrt 2025, om 20:41 heeft Femke Jansen <femke.jansen@example.net> het volgende geschreven:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 3, 3, 7, 52, tzinfo=dt.UTC),
    days=75,
    minutes=43,
    quote_every=6,
    case_id="{lang}10-{i:03d}-{label}",
    message_id="<i10-{i:03d}.{writer}@intl10.example>",
    boundary="=_i10_{i}_{writer}",
)
build = SET.build
messages = SET.messages
