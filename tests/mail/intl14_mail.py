"""A fifteenth set of mail, Spanish and Dutch with a French and a small German part (`bench/mail_heldout.py --set
intl14`), written for this project (fifteenth session) by other writers than the earlier sets
(tests/mail/heldout_mail.py, writers_mail.py, intl3_mail.py to intl13_mail.py): several writers per kind, so the
tune and report halves share kinds of mail but not wording. None of it comes from a data set or a real inbox; every
sender, company and person is invented.

Spanish (Spain, Mexico, Colombia, Argentina, Chile, Peru) and Dutch (the Netherlands, Flanders) job-search mail of
every label — rejections, acknowledgements, interview invitations and interviews moved to another day, assessments,
offers, recruiter approaches, job-board alerts and withdrawals confirmed (`other`) — from applicant systems, small
firms, public employers (an ayuntamiento's bolsa de empleo, a university, a gemeente, a Flemish city, a hospital)
and agencies (an ETT, an uitzendbureau, a headhunter), formal and informal ("tú", "vos", "je", "gij").

About two fifths of each of those two languages is everyday and business mail with the same words in another
sense: a meeting put off ("¿podemos pasar la reunión al jueves?", "kunnen we het overleg verzetten?"), a supplier's
offer (oferta, offerte), a contract (a lease, a phone plan, a maintenance contract), a position in a ranking, a
parking place, a stand at a fair, a press or a research interview, an annual review with one's own manager.

A French part of kinds the earlier French sets have few of — Québec, Belgium and Switzerland, the public service
(concours, jury, liste d'aptitude), « candidature spontanée », a recruiter's « relance » and an employer's answer to
the reader's own — and a small German part (a meeting put off by a colleague, an Austrian Gemeinde, a Swiss firm).

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the code) or `report` (only counted,
at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl14` refuses to show its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- Spanish job mail, tune
    # a Barcelona retailer's applicant system
    "es14_ats_barcelona": Writer(
        "tune", "es", "Almacenes Ribera – Empleo <empleo@almacenesribera.talentsys.example>", "html-utf8",
        "Hola, Marina:", "Equipo de Selección\nAlmacenes Ribera",
        "Este correo se envía de forma automática. Por favor, no respondas a esta dirección."),
    # a Seville bakery, informal
    "es14_obrador_sevilla": Writer(
        "tune", "es", "Manolo Reyes <manolo@obradorreyes.example.es>", "phone-flowed",
        "Hola Marina,", "Un abrazo,\nManolo\nObrador Reyes\n\nEnviado desde mi móvil"),
    # a town hall's job pool (bolsa de empleo)
    "es14_ayto_huesca": Writer(
        "tune", "es", "Ayuntamiento de Villaserrano – Personal <personal@villaserrano.example.es>", "latin1-plain",
        "Sra. Salgado:", "Atentamente,\nNegociado de Personal\nAyuntamiento de Villaserrano"),
    # a Mexico City headhunter
    "es14_headhunter_cdmx": Writer(
        "tune", "es", "Ximena Robles <xrobles@altavista-talento.example.mx>", "outlook-qp",
        "Estimada Marina:", "Saludos cordiales,\nXimena Robles\nSocia · Altavista Talento"),
    # a job board's alerts
    "es14_portal": Writer(
        "tune", "es", "TrabajaYa Avisos <avisos@trabajaya.example.com>", "html-utf8",
        "Hola Marina,", "El equipo de TrabajaYa",
        "Recibes este correo porque activaste una alerta de empleo. Darte de baja: trabajaya.example.com/alertas"),
    # ---- Spanish job mail, report
    # a Bogotá bank's applicant system
    "es14_ats_bogota": Writer(
        "report", "es", "Banco Andino – Gestión Humana <seleccion@bancoandino.reclutasys.example>", "multipart-b64",
        "Apreciada Marina:", "Gestión Humana\nBanco Andino",
        "Este mensaje fue generado por nuestra plataforma de selección."),
    # a Buenos Aires restaurant, saying "vos"
    "es14_resto_palermo": Writer(
        "report", "es", "Facundo Ibarra <facu@parrilla-ibarra.example.ar>", "gmail-utf8",
        "Hola Marina!", "Abrazo,\nFacu\nParrilla Ibarra"),
    # a Madrid temping agency
    "es14_ett_madrid": Writer(
        "report", "es", "Talentia ETT – Oficina Chamberí <chamberi@talentia-ett.example.es>", "outlook-qp",
        "Buenos días, Marina:", "Un saludo,\nNerea Campos\nConsultora de selección"),
    # a Chilean university
    "es14_universidad_chile": Writer(
        "report", "es", "Universidad del Pacífico Sur – Concursos <concursos@upsur.example.cl>", "html-cp1252",
        "Estimada postulante:", "Atentamente,\nUnidad de Concursos Académicos"),
    # ---- Spanish, not about a job, tune
    # a colleague putting off a meeting
    "es14_colega": Writer(
        "tune", "es", "Iñaki Etxeberria <inaki.etxeberria@datalia.example.es>", "outlook-qp",
        "Hola Marina,", "Iñaki"),
    # a furniture supplier
    "es14_mobiliario": Writer(
        "tune", "es", "Oficinas Nova – Comercial <comercial@oficinasnova.example.es>", "html-utf8",
        "Estimada Sra. Salgado:", "Quedamos a su disposición,\nDepartamento Comercial\nOficinas Nova"),
    # a landlord's agent
    "es14_inmobiliaria": Writer(
        "tune", "es", "Inmobiliaria Puerta del Sol <alquileres@ipsol.example.es>", "gmail-utf8",
        "Hola Marina,", "Un saludo,\nRaquel\nInmobiliaria Puerta del Sol"),
    # the reader's manager
    "es14_jefe": Writer(
        "tune", "es", "Gonzalo Pardo <gonzalo.pardo@datalia.example.es>", "gmail-utf8",
        "Marina,", "Gonzalo"),
    # ---- Spanish, not about a job, report
    # a Lima newspaper asking for an interview
    "es14_periodico": Writer(
        "report", "es", "Diario El Observador – Redacción <redaccion@elobservador.example.pe>", "gmail-utf8",
        "Estimada Marina:", "Cordialmente,\nValeria Quispe\nPeriodista"),
    # a phone operator
    "es14_operadora": Writer(
        "report", "es", "Movilux Atención al cliente <clientes@movilux.example.es>", "html-cp1252",
        "Hola Marina,", "El equipo de Movilux"),
    # a neighbours' association
    "es14_vecinos": Writer(
        "report", "es", "Comunidad de Propietarios Calle Olmo 14 <administracion@olmo14.example.es>", "latin1-plain",
        "Estimados vecinos:", "La Administración"),
    # a client on a project
    "es14_cliente": Writer(
        "report", "es", "Rocío Méndez <rmendez@ferreteria-mendez.example.mx>", "outlook-qp",
        "Hola Marina,", "Saludos,\nRocío Méndez\nCompras"),
    # ---- Dutch job mail, tune
    # a Rotterdam logistics firm's applicant system
    "nl14_ats_rotterdam": Writer(
        "tune", "nl", "Havenlijn Logistiek – Recruitment <noreply@havenlijn.werkensys.example>", "html-utf8",
        "Beste Sanne,", "Team Recruitment\nHavenlijn Logistiek",
        "Dit bericht is automatisch verstuurd. Reageren op dit adres is niet mogelijk."),
    # a Ghent bakery, Flemish, informal
    "nl14_bakkerij_gent": Writer(
        "tune", "nl", "Bakkerij Verhaeghe <info@bakkerij-verhaeghe.example.be>", "phone-flowed",
        "Dag Sanne,", "Groetjes,\nKoen Verhaeghe\n\nVerstuurd vanaf mijn telefoon"),
    # a Dutch gemeente
    "nl14_gemeente": Writer(
        "tune", "nl", "Gemeente Heuvelrand – HRM <hrm@heuvelrand.example.nl>", "outlook-qp",
        "Geachte mevrouw Jacobs,", "Met vriendelijke groet,\nTeam HRM\nGemeente Heuvelrand"),
    # an uitzendbureau
    "nl14_uitzend": Writer(
        "tune", "nl", "Flexwerk Noord <eindhoven@flexwerknoord.example.nl>", "gmail-utf8",
        "Hoi Sanne,", "Groet,\nMila de Graaf\nIntercedent Flexwerk Noord"),
    # a job board's alerts
    "nl14_vacaturesite": Writer(
        "tune", "nl", "Vacaturekompas <meldingen@vacaturekompas.example.nl>", "html-utf8",
        "Hoi Sanne,", "Team Vacaturekompas",
        "Je ontvangt deze e-mail omdat je een zoekopdracht hebt ingesteld. Afmelden via je account."),
    # ---- Dutch job mail, report
    # an Antwerp hospital (Flemish, formal)
    "nl14_ziekenhuis_antwerpen": Writer(
        "report", "nl", "AZ Scheldeoever – Selectie <selectie@azscheldeoever.example.be>", "multipart-b64",
        "Geachte mevrouw Jacobs,", "Met vriendelijke groeten,\nDienst Selectie & Rekrutering\nAZ Scheldeoever"),
    # an Amsterdam start-up, informal
    "nl14_startup_amsterdam": Writer(
        "report", "nl", "Thijs Kok <thijs@fietsdata.example.nl>", "gmail-utf8",
        "Hey Sanne,", "Cheers,\nThijs\nCo-founder Fietsdata"),
    # a recruitment bureau in Utrecht
    "nl14_werving_utrecht": Writer(
        "report", "nl", "Esther Vos – Domstad Werving <esther@domstadwerving.example.nl>", "outlook-qp",
        "Hallo Sanne,", "Hartelijke groet,\nEsther Vos\nSenior recruiter · Domstad Werving"),
    # a Flemish city
    "nl14_stad_leuven": Writer(
        "report", "nl", "Stad Dijlestede – Personeelsdienst <jobs@dijlestede.example.be>", "html-cp1252",
        "Beste kandidaat,", "Met vriendelijke groeten,\nDe personeelsdienst"),
    # ---- Dutch, not about a job, tune
    # a colleague putting off a meeting
    "nl14_collega": Writer(
        "tune", "nl", "Bram Hendriks <bram.hendriks@polderdata.example.nl>", "outlook-qp",
        "Hoi Sanne,", "Groet,\nBram"),
    # a supplier of coffee machines
    "nl14_leverancier": Writer(
        "tune", "nl", "Koffie op Kantoor – Verkoop <verkoop@koffieopkantoor.example.nl>", "html-utf8",
        "Beste mevrouw Jacobs,", "Met vriendelijke groet,\nLotte Bakker\nAccountmanager"),
    # a university researcher asking for an interview
    "nl14_onderzoek": Writer(
        "tune", "nl", "Dr. Anouk Meijer <a.meijer@uni-groningen-example.nl>", "gmail-utf8",
        "Beste Sanne,", "Met vriendelijke groet,\nAnouk Meijer\nOnderzoeker"),
    # the reader's manager
    "nl14_manager": Writer(
        "tune", "nl", "Wouter Peeters <wouter.peeters@polderdata.example.nl>", "gmail-utf8",
        "Hoi Sanne,", "Groet,\nWouter"),
    # ---- Dutch, not about a job, report
    # an energy company
    "nl14_energie": Writer(
        "report", "nl", "Windkracht Energie Klantenservice <klantenservice@windkracht.example.nl>", "html-cp1252",
        "Beste mevrouw Jacobs,", "Met vriendelijke groet,\nKlantenservice Windkracht Energie"),
    # a client on a project (Flanders)
    "nl14_klant": Writer(
        "report", "nl", "Jens Wouters <jens.wouters@drukkerij-wouters.example.be>", "outlook-qp",
        "Dag Sanne,", "Vriendelijke groeten,\nJens"),
    # a sports club
    "nl14_vereniging": Writer(
        "report", "nl", "Hockeyclub De Wissel – Bestuur <bestuur@hcdewissel.example.nl>", "gmail-utf8",
        "Beste leden,", "Sportieve groet,\nHet bestuur"),
    # a garage
    "nl14_garage": Writer(
        "report", "nl", "Autobedrijf Van Dijk <werkplaats@autovandijk.example.nl>", "ascii",
        "Beste mevrouw Jacobs,", "Autobedrijf Van Dijk"),
    # ---- French job mail, tune
    # a Montréal insurer's applicant system
    "fr14_qc_assureur": Writer(
        "tune", "fr", "Assurances Laurentides – Carrières <carrieres@laurentides.dotationsys.example>", "html-utf8",
        "Bonjour Élodie,", "L'équipe Acquisition de talents\nAssurances Laurentides",
        "Ce courriel a été envoyé automatiquement; merci de ne pas y répondre."),
    # a French hospital (fonction publique hospitalière)
    "fr14_ch_hopital": Writer(
        "tune", "fr", "Centre hospitalier de Valmont – DRH <drh@ch-valmont.example.fr>", "outlook-qp",
        "Madame,", "La Direction des ressources humaines"),
    # a Namur printing firm receiving an unsolicited application
    "fr14_be_imprimerie": Writer(
        "tune", "fr", "Imprimerie Delvaux <info@imprimerie-delvaux.example.be>", "cp1252-apple",
        "Madame Marchand,", "Bien cordialement,\nFrançoise Delvaux\nGérante"),
    # a recruiter following up
    "fr14_recruteuse_lyon": Writer(
        "tune", "fr", "Amandine Roche – Talents & Co <a.roche@talentsco.example.fr>", "gmail-utf8",
        "Bonjour Élodie,", "Belle journée,\nAmandine Roche\nTalents & Co"),
    # ---- French job mail, report
    # a Lausanne watchmaker
    "fr14_ch_horlogerie": Writer(
        "report", "fr", "Manufacture Berthoud SA – RH <rh@berthoud-sa.example.ch>", "latin1-plain",
        "Madame,", "Nous vous adressons, Madame, nos salutations distinguées.\nRessources humaines"),
    # a French ministry's regional office (concours)
    "fr14_fonction_publique": Writer(
        "report", "fr", "Service des concours – Préfecture de région <concours@prefecture-region.example.gouv.fr>",
        "html-cp1252", "Madame,", "Le bureau des concours"),
    # a Québec start-up saying « tu »
    "fr14_qc_startup": Writer(
        "report", "fr", "Maxime Tremblay <maxime@boreal-apps.example.ca>", "gmail-utf8",
        "Salut Élodie,", "Max\nBoréal Apps"),
    # a Brussels NGO
    "fr14_be_asbl": Writer(
        "report", "fr", "ASBL Horizons Solidaires <emploi@horizons-asbl.example.be>", "outlook-qp",
        "Chère Madame,", "Cordialement,\nNathalie Peeters\nCoordinatrice"),
    # ---- French, not about a job
    "fr14_collegue": Writer(
        "tune", "fr", "Kevin Lambert <kevin.lambert@groupe-orion.example.fr>", "outlook-qp",
        "Salut Élodie,", "Kevin"),
    "fr14_qc_fournisseur": Writer(
        "tune", "fr", "Bureautique Saint-Laurent <ventes@bureautique-sl.example.ca>", "html-utf8",
        "Bonjour Madame Marchand,", "Au plaisir,\nGuillaume Côté\nConseiller aux ventes"),
    "fr14_ch_regie": Writer(
        "report", "fr", "Régie du Lac SA <location@regiedulac.example.ch>", "latin1-plain",
        "Madame,", "Régie du Lac SA"),
    "fr14_be_client": Writer(
        "report", "fr", "Olivier Dubois <o.dubois@brasserie-dubois.example.be>", "gmail-utf8",
        "Bonjour Élodie,", "Olivier"),
    # ---- German
    "de14_at_gemeinde": Writer(
        "tune", "de", "Marktgemeinde Steinfeld – Personal <personal@steinfeld.example.at>", "latin1-plain",
        "Sehr geehrte Frau Hartmann,", "Mit freundlichen Grüßen\nFür den Bürgermeister\nPersonalabteilung"),
    "de14_kollegin": Writer(
        "tune", "de", "Miriam Schulte <miriam.schulte@weserdata.example.de>", "outlook-qp",
        "Hi Lena,", "Gruß\nMiriam"),
    "de14_ch_firma": Writer(
        "report", "de", "Alpenblick Technik AG – HR <hr@alpenblick-technik.example.ch>", "html-cp1252",
        "Sehr geehrte Frau Hartmann", "Freundliche Grüsse\nHR Alpenblick Technik AG"),
    "de14_kunde": Writer(
        "report", "de", "Florian Beck <f.beck@beck-moebelbau.example.de>", "gmail-utf8",
        "Hallo Frau Hartmann,", "Viele Grüße\nFlorian Beck"),
}

CORES: list[tuple[str, str, str, str, str]] = [
    # ================= Spanish job mail, tune =================
    ("es14_ats_barcelona", "application_ack", "recibida",
     "Hemos recibido tu candidatura – Dependienta de moda (Barcelona)",
     "Gracias por tu interés en Almacenes Ribera. Tu candidatura para el puesto de dependienta de moda se ha "
     "registrado correctamente y nuestro equipo la revisará en los próximos días."),
    ("es14_ats_barcelona", "assessment", "test",
     "Siguiente paso: cuestionario online",
     "Para continuar con el proceso de selección, te pedimos que completes un cuestionario de atención al "
     "cliente. Tienes cinco días para hacerlo desde el enlace de tu área de candidato."),
    ("es14_ats_barcelona", "interview", "entrevista",
     "Te invitamos a una entrevista – Dependienta de moda",
     "Nos alegra comunicarte que tu perfil ha pasado a la siguiente fase. Te esperamos para una entrevista con "
     "la responsable de tienda el jueves 12 a las 11:00 en Passeig de Gràcia."),
    ("es14_ats_barcelona", "rejection", "descarte",
     "Actualización de tu candidatura",
     "Te agradecemos el tiempo dedicado al proceso. Tras valorar todas las candidaturas, hemos decidido seguir "
     "adelante con otras personas cuyo perfil se ajusta más a lo que buscamos en este momento."),
    ("es14_obrador_sevilla", "interview", "pasarte",
     "Re: currículum para el obrador",
     "Gracias por mandarme el currículum. ¿Te puedes pasar el martes sobre las 7 por el obrador y te enseño "
     "cómo trabajamos? Así hablamos tranquilamente."),
    ("es14_obrador_sevilla", "interview", "cambiar_dia",
     "Re: Re: currículum para el obrador",
     "Oye, al final el martes tengo que ir al proveedor de harina. ¿Lo pasamos al miércoles a la misma hora? "
     "Perdona el cambio."),
    ("es14_obrador_sevilla", "offer", "te_quedas",
     "Re: lo del obrador",
     "Nos gustó mucho cómo trabajaste en la prueba. Si te parece, empiezas el lunes con contrato de seis meses "
     "y luego vemos. Pásate el viernes a firmar."),
    ("es14_ayto_huesca", "application_ack", "admitida",
     "Bolsa de empleo de auxiliar administrativo – lista provisional",
     "Le comunicamos que su solicitud para la bolsa de empleo de auxiliar administrativo ha sido admitida en la "
     "lista provisional publicada hoy en el tablón de anuncios. El plazo de alegaciones es de diez días."),
    ("es14_ayto_huesca", "assessment", "examen",
     "Convocatoria al ejercicio práctico",
     "Se le convoca a la realización del ejercicio práctico del proceso selectivo de auxiliar administrativo "
     "el día 20 a las 9:30 en el salón de plenos. Deberá presentar su DNI."),
    ("es14_ayto_huesca", "rejection", "no_supera",
     "Resultado del proceso selectivo",
     "Le informamos de que, según el acta del tribunal calificador, no ha superado la puntuación mínima exigida "
     "en el ejercicio práctico, por lo que no continúa en el proceso selectivo."),
    ("es14_headhunter_cdmx", "recruiter_outreach", "acercamiento",
     "Oportunidad confidencial – Dirección de Operaciones",
     "Me pongo en contacto con usted porque estamos buscando a la futura directora de operaciones de una empresa "
     "de consumo en Guadalajara y su trayectoria encaja muy bien. ¿Tendría unos minutos esta semana para "
     "platicar?"),
    ("es14_headhunter_cdmx", "interview", "cliente",
     "Re: Oportunidad confidencial – Dirección de Operaciones",
     "Gracias por la llamada de ayer. Mi cliente quiere conocerla: le propongo el lunes 16 a las 10 en sus "
     "oficinas de Zapopan con el director general. ¿Le acomoda?"),
    ("es14_headhunter_cdmx", "rejection", "cliente_decide",
     "Re: Dirección de Operaciones – novedades",
     "Le escribo con la decisión de mi cliente: finalmente ha optado por una persona con más experiencia en el "
     "sector. Lamento no traerle mejores noticias; sigo teniendo su perfil muy presente."),
    ("es14_portal", "other", "alerta",
     "9 ofertas nuevas de «administrativa» en Valencia",
     "Estas son las ofertas de empleo publicadas esta semana que coinciden con tu alerta: administrativa contable, "
     "auxiliar de oficina, recepcionista bilingüe. Inscríbete con un clic."),
    ("es14_portal", "other", "retirada",
     "Has retirado tu candidatura",
     "Confirmamos que has retirado tu candidatura a la oferta «Técnica de nóminas». La empresa ya no verá tus "
     "datos en este proceso."),
    # ================= Spanish job mail, report =================
    ("es14_ats_bogota", "application_ack", "recibida",
     "Confirmación de postulación – Analista de crédito",
     "Hemos recibido su postulación a la vacante de analista de crédito. Si su perfil cumple con los requisitos, "
     "un integrante del equipo de Gestión Humana se comunicará con usted."),
    ("es14_ats_bogota", "assessment", "pruebas",
     "Pruebas psicotécnicas – Analista de crédito",
     "Queremos invitarla a presentar las pruebas psicotécnicas y de conocimiento en línea. El enlace estará "
     "habilitado hasta el viernes a medianoche."),
    ("es14_ats_bogota", "rejection", "no_continua",
     "Resultado de su proceso con Banco Andino",
     "Agradecemos su participación. Luego de revisar los resultados, le informamos que en esta ocasión no "
     "continuará en el proceso para la vacante. Sus datos quedarán en nuestra base para futuras convocatorias."),
    ("es14_ats_bogota", "offer", "oferta",
     "Carta oferta – Analista de crédito",
     "Con mucho gusto le compartimos la carta oferta para el cargo de analista de crédito, con contrato a término "
     "indefinido. Le agradecemos confirmar su aceptación antes del jueves."),
    ("es14_resto_palermo", "interview", "vení",
     "Re: cocinera",
     "Che, gracias por el CV. ¿Podés venir el jueves a las 16 al local así charlamos y te muestro la cocina?"),
    ("es14_resto_palermo", "interview", "movemos",
     "Re: Re: cocinera",
     "Perdón, el jueves me cae una inspección. ¿Lo movemos al viernes a la misma hora? Avisame."),
    ("es14_resto_palermo", "rejection", "otra_persona",
     "Re: cocinera",
     "Gracias por venir el viernes, de verdad. Al final tomamos a alguien que ya conocía la parrilla. Te deseo "
     "mucha suerte con la búsqueda."),
    ("es14_ett_madrid", "recruiter_outreach", "oferta_ett",
     "Puesto de mozo de almacén en Getafe",
     "He visto tu currículum en nuestra base de datos y tenemos un puesto de mozo de almacén con carretilla, "
     "turno de mañana, para una empresa de Getafe. ¿Te interesa? Llámame y te cuento."),
    ("es14_ett_madrid", "interview", "cita_oficina",
     "Cita en nuestra oficina",
     "Como hablamos, te espero el miércoles a las 10 en la oficina de Chamberí para la entrevista y para "
     "presentar tu candidatura a la empresa. Trae el DNI y el carnet de carretillero."),
    ("es14_ett_madrid", "offer", "contrato",
     "Incorporación el lunes",
     "¡Buenas noticias! La empresa te ha elegido para el puesto. Tu contrato de puesta a disposición estará "
     "listo para firmar el viernes; empiezas el lunes a las 6:00."),
    ("es14_universidad_chile", "application_ack", "recepcion",
     "Concurso académico N.º 14/2025 – recepción de antecedentes",
     "Acusamos recibo de sus antecedentes para el concurso de profesora asistente en Ingeniería Civil. La "
     "comisión evaluadora revisará las postulaciones una vez cerrado el plazo."),
    ("es14_universidad_chile", "interview", "entrevista_comision",
     "Concurso académico N.º 14/2025 – entrevista",
     "La comisión ha seleccionado su postulación para la etapa de entrevista y clase pública, que se realizará "
     "el martes 3 a las 15:00 en la sala del consejo de facultad."),
    ("es14_universidad_chile", "rejection", "desierto",
     "Concurso académico N.º 14/2025 – resultado",
     "Lamentamos comunicarle que la comisión resolvió seleccionar a otra postulante, cuyo perfil se ajusta mejor "
     "a las necesidades del departamento. Agradecemos su interés en nuestra universidad."),
    # ================= Spanish, not about a job, tune =================
    ("es14_colega", "other", "reunion",
     "Reunión de seguimiento",
     "Me ha surgido un imprevisto con un cliente y no llego a la reunión del martes. ¿Podemos pasarla al jueves "
     "a las 10? Si no te viene bien dime otra hora."),
    ("es14_colega", "other", "entrevistas_usuarios",
     "Entrevistas con usuarios",
     "Para el estudio de la nueva app tenemos cinco entrevistas con usuarios la semana que viene. ¿Te encargas "
     "de las del miércoles? Te paso el guion."),
    ("es14_mobiliario", "other", "oferta",
     "Oferta para el mobiliario de su oficina",
     "Según lo hablado, le adjuntamos nuestra oferta para 20 puestos de trabajo con mesa regulable y silla "
     "ergonómica. La oferta incluye montaje y es válida durante 30 días."),
    ("es14_mobiliario", "other", "visita",
     "Visita a nuestra exposición",
     "¿Le vendría bien una cita el lunes para ver las mesas en nuestra exposición? Podríamos revisar también el "
     "contrato de mantenimiento."),
    ("es14_inmobiliaria", "other", "contrato",
     "Renovación de tu contrato de alquiler",
     "Tu contrato de alquiler vence el 31 de julio. El propietario está dispuesto a renovarlo por un año más con "
     "la misma renta. ¿Te paso el borrador para que lo revises?"),
    ("es14_inmobiliaria", "other", "solicitud",
     "Tu solicitud para el piso de la calle Luna",
     "Gracias por tu interés en el piso. Lamentablemente el propietario ha elegido a otro inquilino, pero te "
     "avisaremos si sale algo parecido en la zona."),
    ("es14_jefe", "other", "evaluacion",
     "Tu entrevista de evaluación anual",
     "¿Te viene bien que tengamos la entrevista de evaluación anual el viernes a las 12? Repasaremos tus "
     "objetivos y tu plan de carrera."),
    ("es14_jefe", "other", "puesto_equipo",
     "Nueva compañera en el equipo",
     "Ya hemos cubierto el puesto de diseñadora que teníamos vacante: Paula empieza el día 2. Os pido que le "
     "echéis una mano las primeras semanas."),
    # ================= Spanish, not about a job, report =================
    ("es14_periodico", "other", "entrevista_prensa",
     "Solicitud de entrevista",
     "Estamos preparando un reportaje sobre el reciclaje en Lima y nos gustaría entrevistarla. ¿Podría el jueves "
     "a las 11 por videollamada? Serían unos veinte minutos."),
    ("es14_periodico", "other", "cambio",
     "Re: Solicitud de entrevista",
     "Al final la edición se adelanta: ¿podemos mover la entrevista al miércoles a la misma hora? Disculpe el "
     "cambio."),
    ("es14_operadora", "other", "oferta_tarifa",
     "Una oferta pensada para ti",
     "Como clienta de Movilux, tienes una oferta exclusiva: fibra y móvil con 100 GB por 35 euros al mes. "
     "Cambia tu contrato hoy y sin permanencia."),
    ("es14_operadora", "other", "contrato",
     "Tu contrato ha sido actualizado",
     "Te confirmamos que el cambio de tarifa se ha aplicado a tu contrato. Verás el nuevo importe en tu próxima "
     "factura."),
    ("es14_vecinos", "other", "junta",
     "Convocatoria de junta ordinaria",
     "Se convoca a los propietarios a la junta ordinaria el día 18 a las 19:30 en el portal. Orden del día: "
     "cuentas del ejercicio, derrama del ascensor y puesto de presidente."),
    ("es14_cliente", "other", "reunion_cliente",
     "Re: presentación del catálogo",
     "Marina, no vamos a poder vernos el lunes por la auditoría. ¿Cambiamos la cita al martes en la tarde? Me "
     "interesa revisar la propuesta con calma."),
    ("es14_cliente", "other", "propuesta_rechazada",
     "Propuesta de campaña",
     "Gracias por la propuesta. Después de revisarla con dirección, hemos decidido no seguir adelante este "
     "trimestre: el presupuesto se fue a otra línea. Lo retomamos en otoño."),
    # ================= Dutch job mail, tune =================
    ("nl14_ats_rotterdam", "application_ack", "ontvangen",
     "Je sollicitatie als planner is ontvangen",
     "Bedankt voor je sollicitatie op de vacature planner transport. We hebben je cv en motivatie ontvangen en "
     "laten je binnen tien werkdagen weten hoe het verder gaat."),
    ("nl14_ats_rotterdam", "assessment", "assessment",
     "Volgende stap: online assessment",
     "Je bent door naar de volgende ronde. We vragen je een online capaciteitentest te maken; de link is zeven "
     "dagen geldig."),
    ("nl14_ats_rotterdam", "interview", "gesprek",
     "Uitnodiging voor een gesprek – Planner transport",
     "Graag nodigen we je uit voor een eerste gesprek met de teamleider planning op dinsdag 10 juni om 13:30 "
     "op ons kantoor aan de Waalhaven. Bevestig je komst via je kandidatenportaal."),
    ("nl14_ats_rotterdam", "rejection", "afwijzing",
     "Update over je sollicitatie",
     "Dank je wel voor je tijd en interesse. We hebben veel reacties gehad en hebben besloten verder te gaan met "
     "kandidaten van wie het profiel nog beter aansluit. We wensen je succes."),
    ("nl14_bakkerij_gent", "interview", "langskomen",
     "Re: sollicitatie verkoopster",
     "Merci voor uw cv! Kunt ge zaterdag rond 14u eens binnenspringen in de winkel? Dan kunnen we eens babbelen."),
    ("nl14_bakkerij_gent", "interview", "verzetten",
     "Re: Re: sollicitatie verkoopster",
     "Zaterdag lukt toch niet, we hebben een communiefeest te leveren. Kan het maandag om dezelfde tijd?"),
    ("nl14_bakkerij_gent", "offer", "aanbod",
     "Re: verkoopster",
     "We hebben beslist: ge moogt beginnen! Ik stel een contract op van 30 uur, start de eerste van de maand. "
     "Kom gerust eens langs om te tekenen."),
    ("nl14_gemeente", "application_ack", "ontvangst",
     "Ontvangstbevestiging – Medewerker burgerzaken",
     "Wij hebben uw sollicitatie voor de functie medewerker burgerzaken in goede orde ontvangen. Na de "
     "sluitingsdatum beoordeelt de selectiecommissie alle brieven."),
    ("nl14_gemeente", "rejection", "geen_gesprek",
     "Uw sollicitatie medewerker burgerzaken",
     "Wij hebben uw brief met interesse gelezen. De commissie heeft echter kandidaten geselecteerd die beter "
     "aansluiten bij het profiel; u bent daarom niet uitgenodigd voor een gesprek."),
    ("nl14_gemeente", "interview", "tweede_gesprek",
     "Tweede gesprek medewerker burgerzaken",
     "Graag nodigen wij u uit voor een tweede gesprek op donderdag 19 juni om 10:00 in het gemeentehuis, met de "
     "afdelingsmanager en een medewerker van P&O."),
    ("nl14_uitzend", "recruiter_outreach", "opdracht",
     "Leuke klus als orderpicker in Veldhoven",
     "Ik zag je profiel bij ons in het systeem staan. Ik heb een klus als orderpicker in dagdienst, 38 uur, "
     "direct starten. Heb je interesse? Bel me even."),
    ("nl14_uitzend", "interview", "kennismaking",
     "Kennismaking op ons kantoor",
     "Zoals besproken zie ik je woensdag om 11:00 op ons kantoor voor een kennismaking, dan stel ik je daarna "
     "voor aan de opdrachtgever. Neem je ID mee."),
    ("nl14_uitzend", "offer", "start",
     "Je kunt maandag starten!",
     "Goed nieuws: de opdrachtgever wil je graag hebben. Je uitzendovereenkomst staat klaar in de app, je start "
     "maandag om 7 uur."),
    ("nl14_vacaturesite", "other", "alert",
     "8 nieuwe vacatures voor 'administratief medewerker'",
     "Deze vacatures passen bij je zoekopdracht: administratief medewerker (32 uur), office assistant, "
     "medewerker debiteuren. Solliciteer direct via Vacaturekompas."),
    ("nl14_vacaturesite", "other", "ingetrokken",
     "Je sollicitatie is ingetrokken",
     "Je hebt je sollicitatie voor 'Medewerker klantenservice' ingetrokken. De werkgever kan je gegevens niet "
     "meer inzien."),
    # ================= Dutch job mail, report =================
    ("nl14_ziekenhuis_antwerpen", "application_ack", "ontvangst",
     "Uw kandidatuur – Verpleegkundige spoedgevallen",
     "Wij bevestigen de goede ontvangst van uw kandidatuur voor de functie van verpleegkundige spoedgevallen. "
     "Wij nemen contact met u op zodra de eerste selectie is afgerond."),
    ("nl14_ziekenhuis_antwerpen", "interview", "selectiegesprek",
     "Uitnodiging selectiegesprek",
     "Wij nodigen u graag uit voor een selectiegesprek op maandag 23 juni om 9u30, campus Noord, met de "
     "hoofdverpleegkundige."),
    ("nl14_ziekenhuis_antwerpen", "rejection", "niet_weerhouden",
     "Uw kandidatuur verpleegkundige spoedgevallen",
     "Na zorgvuldige afweging moeten wij u meedelen dat uw kandidatuur niet werd weerhouden voor de volgende "
     "fase. Wij danken u voor uw interesse in ons ziekenhuis."),
    ("nl14_startup_amsterdam", "recruiter_outreach", "benadering",
     "Bouw je mee aan Fietsdata?",
     "Ik kwam je GitHub tegen en vond je werk aan routeplanning echt gaaf. We zoeken een backend developer voor "
     "ons team van acht. Zin om een keer koffie te drinken?"),
    ("nl14_startup_amsterdam", "assessment", "opdracht",
     "Kleine opdracht",
     "Zoals beloofd de case: bouw een kleine API, max 4 uur werk. Stuur de link naar je repo als je klaar bent, "
     "dan bespreken we hem samen."),
    ("nl14_startup_amsterdam", "interview", "schuiven",
     "Re: Kleine opdracht",
     "Nice werk! We zouden donderdag afspreken maar ik moet naar een investeerder. Kunnen we het gesprek naar "
     "vrijdag 15:00 schuiven?"),
    ("nl14_werving_utrecht", "recruiter_outreach", "rol",
     "Rol als financial controller",
     "Via LinkedIn kwam ik je profiel tegen. Ik zoek voor een opdrachtgever in Nieuwegein een financial "
     "controller en denk dat jouw ervaring goed past. Heb je deze week tijd voor een belletje?"),
    ("nl14_werving_utrecht", "offer", "aanbod",
     "Aanbod van mijn opdrachtgever",
     "Top nieuws: mijn opdrachtgever wil je een contract aanbieden voor onbepaalde tijd, schaal 11, met start "
     "per 1 augustus. Het arbeidsvoorwaardenvoorstel volgt morgen per mail."),
    ("nl14_werving_utrecht", "rejection", "andere_kandidaat",
     "Terugkoppeling controller-rol",
     "Ik heb helaas geen goed nieuws: de opdrachtgever heeft gekozen voor een andere kandidaat met meer "
     "ervaring in de bouw. Ik houd je graag op de hoogte van nieuwe rollen."),
    ("nl14_stad_leuven", "application_ack", "ontvangst",
     "Selectieprocedure administratief medewerker – bevestiging",
     "Wij hebben uw kandidatuur goed ontvangen. De schriftelijke proef vindt plaats na het afsluiten van de "
     "inschrijvingen; u krijgt hierover tijdig bericht."),
    ("nl14_stad_leuven", "assessment", "proef",
     "Oproeping schriftelijke proef",
     "U bent toegelaten tot de schriftelijke proef van de selectieprocedure administratief medewerker op "
     "zaterdag 28 juni om 9u in het stadhuis. Breng uw identiteitskaart mee."),
    # ================= Dutch, not about a job, tune =================
    ("nl14_collega", "other", "overleg",
     "Sprintoverleg",
     "Ik zit donderdag de hele dag bij een klant. Kunnen we het sprintoverleg naar vrijdagochtend verzetten? "
     "Laat maar weten of 9 uur lukt."),
    ("nl14_collega", "other", "klantgesprek",
     "Gesprek met Bouwmaat",
     "Bouwmaat wil graag een gesprek over de nieuwe koppeling. Kun jij dinsdag om 14 uur aansluiten? Ik stuur "
     "een uitnodiging."),
    ("nl14_leverancier", "other", "offerte",
     "Offerte koffieautomaten",
     "Hierbij ontvangt u onze offerte voor drie koffieautomaten inclusief onderhoudscontract. Het aanbod is "
     "geldig tot het einde van de maand."),
    ("nl14_leverancier", "other", "afspraak",
     "Afspraak voor een proeverij",
     "Zullen we een afspraak maken voor een proeverij op uw kantoor? Dan kunnen uw collega's de bonen "
     "uitproberen voordat u het contract tekent."),
    ("nl14_onderzoek", "other", "interview_onderzoek",
     "Uitnodiging interview onderzoek thuiswerken",
     "Voor ons onderzoek naar thuiswerken zou ik je graag interviewen, ongeveer 45 minuten. Kies via de link "
     "een moment dat jou uitkomt."),
    ("nl14_onderzoek", "other", "verzet",
     "Re: Uitnodiging interview onderzoek thuiswerken",
     "Ik ben helaas ziek. Kunnen we ons interview van morgen verzetten naar volgende week dinsdag, zelfde tijd?"),
    ("nl14_manager", "other", "jaargesprek",
     "Planning functioneringsgesprek",
     "Zullen we je functioneringsgesprek op woensdag om 10 uur doen? Vul vooraf het formulier in, dan bespreken "
     "we ook je doelen voor volgend jaar."),
    ("nl14_manager", "other", "vacature_team",
     "Nieuwe collega",
     "De vacature voor een data engineer is ingevuld: Sem begint op 1 juli. Wil jij hem de eerste weken wegwijs "
     "maken?"),
    # ================= Dutch, not about a job, report =================
    ("nl14_energie", "other", "aanbod",
     "Uw persoonlijke aanbod",
     "Uw energiecontract loopt binnenkort af. Wij hebben een aanbod voor u klaargezet: een vast tarief voor drie "
     "jaar. Verleng uw contract eenvoudig in de app."),
    ("nl14_energie", "other", "aanvraag_afgewezen",
     "Uw aanvraag voor een thuisbatterij",
     "Wij hebben uw aanvraag bekeken. Helaas kunnen wij u op dit adres geen thuisbatterij aanbieden, omdat de "
     "aansluiting daarvoor niet geschikt is."),
    ("nl14_klant", "other", "vergadering",
     "Re: drukproef brochure",
     "Sanne, onze vergadering van maandag past niet meer, ik moet naar de beurs. Kunnen we die verschuiven naar "
     "dinsdagnamiddag?"),
    ("nl14_klant", "other", "voorstel",
     "Jullie voorstel",
     "Bedankt voor het voorstel. Na overleg hebben we besloten om dit jaar niet verder te gaan met de "
     "nieuwe huisstijl; het budget gaat naar de website."),
    ("nl14_vereniging", "other", "ledenvergadering",
     "Uitnodiging algemene ledenvergadering",
     "Hierbij nodigen we jullie uit voor de algemene ledenvergadering op 20 juni om 20 uur in het clubhuis. Op "
     "de agenda: de begroting en een nieuwe functie in het bestuur."),
    ("nl14_garage", "other", "afspraak",
     "Uw afspraak voor de APK",
     "Uw afspraak voor de APK van donderdag moeten wij helaas verplaatsen naar maandag 8:00. Past dat niet, "
     "bel ons dan even."),
    # ================= French job mail, tune =================
    ("fr14_qc_assureur", "application_ack", "reception",
     "Nous avons bien reçu votre candidature – Agente de réclamations",
     "Merci d'avoir postulé au poste d'agente de réclamations. Votre candidature sera analysée par notre équipe; "
     "seules les personnes retenues seront contactées."),
    ("fr14_qc_assureur", "interview", "entrevue_telephonique",
     "Entrevue téléphonique – Agente de réclamations",
     "Votre profil a retenu notre attention! Nous aimerions planifier une courte entrevue téléphonique cette "
     "semaine. Choisissez une plage horaire à l'aide du lien ci-dessous."),
    ("fr14_qc_assureur", "rejection", "refus",
     "Votre candidature chez Assurances Laurentides",
     "Nous vous remercions de l'intérêt manifesté. Après analyse, nous avons décidé de poursuivre avec des "
     "candidatures qui correspondent davantage aux exigences du poste. Nous vous souhaitons du succès."),
    ("fr14_ch_hopital", "application_ack", "relance_reponse",
     "Re: Relance – candidature infirmière de bloc",
     "Nous avons bien reçu votre message. Votre candidature est toujours en cours d'étude auprès du cadre de "
     "santé du bloc opératoire ; nous reviendrons vers vous d'ici la fin du mois."),
    ("fr14_ch_hopital", "interview", "jury",
     "Convocation à un entretien – Infirmière de bloc opératoire",
     "Nous avons le plaisir de vous convoquer à un entretien avec la directrice des soins et le cadre du bloc le "
     "lundi 16 juin à 14h, bâtiment administratif, 2e étage."),
    ("fr14_ch_hopital", "offer", "recrutement",
     "Votre recrutement au CH de Valmont",
     "Suite à votre entretien, nous avons le plaisir de vous confirmer votre recrutement en qualité d'infirmière "
     "de bloc opératoire à compter du 1er septembre. Votre contrat vous sera adressé prochainement."),
    ("fr14_be_imprimerie", "application_ack", "spontanee",
     "Votre candidature spontanée",
     "Nous avons bien reçu votre candidature spontanée et vous en remercions. Nous la gardons sous le coude et "
     "ne manquerons pas de vous contacter si un poste se libère à l'atelier."),
    ("fr14_be_imprimerie", "rejection", "pas_de_poste",
     "Re: Candidature spontanée – infographiste",
     "Merci pour votre envoi et pour l'intérêt porté à notre imprimerie. Malheureusement, nous n'avons aucun "
     "poste à pourvoir pour le moment et ne pouvons donner suite à votre demande."),
    ("fr14_recruteuse_lyon", "recruiter_outreach", "premier",
     "Poste de chargée de communication – Lyon 7e",
     "Je recrute une chargée de communication pour une fondation lyonnaise et votre parcours m'a interpellée. "
     "Seriez-vous disponible pour un échange téléphonique cette semaine ?"),
    ("fr14_recruteuse_lyon", "recruiter_outreach", "relance",
     "Re: Poste de chargée de communication – Lyon 7e",
     "Je me permets une petite relance suite à mon message de la semaine dernière. Le poste est toujours ouvert ; "
     "dites-moi si le sujet vous intéresse."),
    ("fr14_recruteuse_lyon", "interview", "decale",
     "Re: Re: Poste de chargée de communication",
     "La directrice de la fondation a un empêchement jeudi : pouvons-nous décaler votre rendez-vous avec elle à "
     "vendredi 10h, même lieu ?"),
    # ================= French job mail, report =================
    ("fr14_ch_horlogerie", "application_ack", "postulation",
     "Votre postulation – Horlogère rhabilleuse",
     "Nous accusons bonne réception de votre postulation et vous en remercions. Votre dossier est en cours "
     "d'examen ; nous vous contacterons dans les prochaines semaines."),
    ("fr14_ch_horlogerie", "assessment", "essai",
     "Horlogère rhabilleuse – travail pratique",
     "Nous vous invitons à effectuer un travail pratique d'une demi-journée dans notre atelier le mardi 24 dès 8h. "
     "Les outils vous seront fournis."),
    ("fr14_ch_horlogerie", "rejection", "refus",
     "Votre postulation – Horlogère rhabilleuse",
     "Nous vous remercions pour votre engagement durant la procédure. Nous sommes au regret de vous informer que "
     "notre choix s'est porté sur une autre personne."),
    ("fr14_fonction_publique", "application_ack", "inscription",
     "Concours de secrétaire administratif – inscription enregistrée",
     "Votre inscription au concours externe de secrétaire administratif a bien été enregistrée. Les épreuves "
     "écrites d'admissibilité auront lieu le 14 octobre."),
    ("fr14_fonction_publique", "assessment", "convocation_ecrit",
     "Convocation aux épreuves écrites",
     "Vous êtes convoquée aux épreuves écrites d'admissibilité du concours de secrétaire administratif le 14 "
     "octobre à 8h30, centre d'examen de Villepinte. Munissez-vous de votre pièce d'identité."),
    ("fr14_fonction_publique", "rejection", "non_admise",
     "Résultats d'admissibilité",
     "Nous vous informons que vous n'êtes pas déclarée admissible au concours externe de secrétaire "
     "administratif. Les résultats détaillés sont consultables sur votre espace."),
    ("fr14_qc_startup", "interview", "jaser",
     "Re: candidature dev front-end",
     "Merci pour ton CV, ton portfolio est malade! On pourrait jaser mercredi vers 15 h en visio avec l'équipe ?"),
    ("fr14_qc_startup", "offer", "offre",
     "Re: candidature dev front-end",
     "Bonne nouvelle : on aimerait vraiment t'avoir dans l'équipe. Je t'envoie l'offre ce soir, 78 k$ et 4 "
     "semaines de vacances. Dis-moi ce que t'en penses!"),
    ("fr14_be_asbl", "application_ack", "relance_reponse",
     "Re: Relance candidature – chargée de projets",
     "Merci pour votre relance. Nous avons reçu beaucoup de candidatures et le comité de sélection ne se réunira "
     "que le 20 ; vous aurez une réponse la semaine suivante."),
    ("fr14_be_asbl", "rejection", "comite",
     "Candidature – chargée de projets",
     "Le comité de sélection s'est réuni et n'a malheureusement pas retenu votre candidature pour les entretiens. "
     "Nous vous remercions vivement pour votre intérêt pour notre asbl."),
    # ================= French, not about a job =================
    ("fr14_collegue", "other", "point",
     "Point hebdo",
     "J'ai un client qui m'a calé une visio jeudi matin. On peut décaler notre point à vendredi 9h ? Sinon "
     "dis-moi ce qui t'arrange."),
    ("fr14_collegue", "other", "entretien_annuel",
     "Entretiens annuels",
     "Petit rappel : les entretiens annuels de l'équipe doivent être faits avant le 30. Pense à remplir ta "
     "grille d'auto-évaluation avant le tien."),
    ("fr14_qc_fournisseur", "other", "soumission",
     "Votre soumission – mobilier de bureau",
     "Tel que discuté, voici notre soumission pour 12 postes de travail assis-debout, livraison et installation "
     "incluses. L'offre est valide 30 jours."),
    ("fr14_ch_regie", "other", "dossier_refuse",
     "Votre dossier pour l'appartement de la rue du Port",
     "Nous vous remercions pour votre dossier. Le propriétaire a malheureusement retenu une autre candidature "
     "pour cet appartement. Nous conservons vos coordonnées pour d'autres objets."),
    ("fr14_ch_regie", "other", "bail",
     "Renouvellement de votre bail",
     "Votre contrat de bail arrive à échéance le 30 septembre. Le nouveau contrat vous sera envoyé pour "
     "signature ; le loyer reste inchangé."),
    ("fr14_be_client", "other", "reunion",
     "Re: nouvelle carte",
     "Élodie, notre réunion de mardi tombe mal, on a une livraison. On peut la reporter à mercredi après-midi ?"),
    ("fr14_be_client", "other", "offre_rejetee",
     "Votre proposition de site",
     "Merci pour votre offre. Nous avons finalement décidé de travailler avec une agence liégeoise qui était "
     "moins chère. Au plaisir de se recroiser."),
    # ================= German =================
    ("de14_at_gemeinde", "application_ack", "eingang",
     "Ihre Bewerbung als Verwaltungsassistentin",
     "Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle als Verwaltungsassistentin im Bürgerservice. "
     "Nach Ende der Bewerbungsfrist erhalten Sie Nachricht von uns."),
    ("de14_at_gemeinde", "interview", "hearing",
     "Einladung zum Hearing",
     "Wir laden Sie zu einem Hearing vor der Personalkommission am Montag, 16. Juni, um 9:00 Uhr im "
     "Gemeindeamt, Sitzungssaal, ein."),
    ("de14_at_gemeinde", "rejection", "absage",
     "Ihre Bewerbung als Verwaltungsassistentin",
     "Der Gemeinderat hat sich in seiner Sitzung für eine andere Bewerberin entschieden. Wir bedauern, Ihnen "
     "keine positive Nachricht geben zu können, und danken für Ihr Interesse."),
    ("de14_kollegin", "other", "verschieben",
     "Jour fixe",
     "Mir ist ein Kundentermin dazwischengekommen. Können wir unseren Jour fixe auf Freitag 10 Uhr verschieben?"),
    ("de14_kollegin", "other", "interview_nutzer",
     "Nutzerinterviews",
     "Für das neue Dashboard führen wir nächste Woche sechs Nutzerinterviews. Kannst du die am Mittwoch "
     "übernehmen? Den Leitfaden schicke ich dir."),
    ("de14_ch_firma", "interview", "gespraech",
     "Einladung zum Vorstellungsgespräch – Projektleiterin Automation",
     "Gerne laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 19. Juni, um 14 Uhr an unserem Standort "
     "in Chur ein."),
    ("de14_ch_firma", "interview", "verschoben",
     "Verschiebung Ihres Gesprächs",
     "Leider müssen wir das Gespräch mit unserem Bereichsleiter vom Donnerstag verschieben. Würde Ihnen Montag, "
     "23. Juni, um 10 Uhr passen?"),
    ("de14_ch_firma", "rejection", "absage",
     "Ihre Bewerbung – Projektleiterin Automation",
     "Nach sorgfältiger Prüfung haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu den "
     "Anforderungen passt. Wir wünschen Ihnen für Ihre Zukunft alles Gute."),
    ("de14_kunde", "other", "termin",
     "Re: Angebot Küchenfronten",
     "Unser Termin am Dienstag passt leider doch nicht. Können wir ihn auf Donnerstagnachmittag verlegen?"),
    ("de14_kunde", "other", "angebot_abgelehnt",
     "Ihr Angebot",
     "Vielen Dank für Ihr Angebot. Wir haben uns nach Abwägung für einen anderen Anbieter entschieden, der "
     "schneller liefern kann."),
]

_READERS = {
    "fr": Reader(
        "Élodie Marchand <elodie.marchand@example.net>",
        "Bonjour, merci pour votre retour, je reste disponible. Bien à vous, Élodie",
        "Le mar. 3 juin 2025 à 08:15, Élodie Marchand <elodie.marchand@example.net> a écrit :",
        "De : Élodie Marchand <elodie.marchand@example.net>\nEnvoyé : mardi 3 juin 2025 08:15\n"
        "À : contact@example.org\nObjet : Re: Demande",
        "Le 3 juin 2025 à 08:15, Élodie Marchand <elodie.marchand@example.net> a écrit :",
    ),
    "de": Reader(
        "Lena Hartmann <lena.hartmann@example.net>",
        "Hallo, vielen Dank, ich melde mich dazu. Beste Grüße, Lena Hartmann",
        "Am Di., 3. Juni 2025 um 08:15 Uhr schrieb Lena Hartmann <lena.hartmann@example.net>:",
        "Von: Lena Hartmann <lena.hartmann@example.net>\nGesendet: Dienstag, 3. Juni 2025 08:15\n"
        "An: kontakt@example.org\nBetreff: Re: Anfrage",
        "Am 03.06.2025 um 08:15 schrieb Lena Hartmann <lena.hartmann@example.net>:",
    ),
    "es": Reader(
        "Marina Salgado <marina.salgado@example.net>",
        "Hola, muchas gracias, quedo atenta. Saludos, Marina",
        "El mar, 3 jun 2025 a las 8:15, Marina Salgado (<marina.salgado@example.net>) escribió:",
        "De: Marina Salgado <marina.salgado@example.net>\nEnviado: martes, 3 de junio de 2025 8:15\n"
        "Para: contacto@example.org\nAsunto: Re: Consulta",
        "El 3 jun 2025, a las 8:15, Marina Salgado <marina.salgado@example.net> escribió:",
    ),
    "nl": Reader(
        "Sanne Jacobs <sanne.jacobs@example.net>",
        "Hoi, dank je wel, ik laat het je weten. Groetjes, Sanne",
        "Op di 3 jun 2025 om 08:15 schreef Sanne Jacobs <sanne.jacobs@example.net>:",
        "Van: Sanne Jacobs <sanne.jacobs@example.net>\nVerzonden: dinsdag 3 juni 2025 08:15\n"
        "Aan: contact@example.org\nOnderwerp: Re: Vraag",
        "Op 3 jun 2025, om 08:15 heeft Sanne Jacobs <sanne.jacobs@example.net> het volgende geschreven:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 6, 2, 8, 7, tzinfo=dt.UTC),
    days=58,
    minutes=37,
    quote_every=6,
    case_id="{lang}14-{i:03d}-{label}",
    message_id="<i14-{i:03d}.{writer}@intl14.example>",
    boundary="=_i14_{i}_{writer}",
)
build = SET.build
messages = SET.messages
