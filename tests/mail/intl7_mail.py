"""An eighth set of job-search mail, Spanish and French only (`bench/mail_heldout.py --set intl7`), written for this
project by deliberately other writers than the earlier sets (tests/mail/heldout_mail.py, writers_mail.py,
intl3_mail.py, intl4_mail.py, intl5_mail.py, intl6_mail.py, fr_inbox.py, intl_corpus.py). None of it comes from a
data set or a real inbox; every sender, company and person is invented.

The writers: in Spanish an energy group's Workday, Computrabajo's relays in Mexico, a Buenos Aires selection
consultant saying « vos », a Spanish public hospital, a Colombian coffee exporter writing from a phone, a fintech
start-up on Factorial saying « tú », a town hall's oposiciones written without accents, a US clinic writing to a
Hispanic applicant, InfoJobs' notices, Bumeran in Peru, a Chilean university's concursos, a temping agency (ETT), a
hotel chain's Talent Clue, a Mexican head-hunter on LinkedIn, a Peruvian mining company, Indeed's relays and an
Argentine print shop; and, not about a job, a bank, a property manager calling a junta de vecinos, a letting
agency, a friend, an insurer, a university's grants office, a supermarket, a supplier and a parents' association.
In French a Paris recruitment cabinet, an ESN writing inclusively, an agglomeration's DRH, a Belgian university
hospital, the APEC, Jobillico in Québec, HelloWork, a scale-up on Welcome to the Jungle saying « tu », Jobup's
relays in Switzerland, France Travail without accents, a grande école, a Moroccan logistics firm, a bakery chain
and a Québec forestry co-operative (« entrevue »); and, not about a job, a heating engineer's « entretien de
chaudière », a syndic's « convocation à l'assemblée générale », a public-procurement platform's « candidature »,
a kitchen shop's « offre », a bank, a mairie and a neighbour.

About half of the job mail is rejections, worded many ways and often said once after long thanks; about a third
of each language is mail that is not about the reader's job search but uses its words in another sense.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl7` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # ---- Spanish, job mail, tune
    "es_workday_energia": Writer(
        "tune",
        "es",
        "Grupo Iberalia Energía - Talento <iberalia@myworkday.example>",
        "html-utf8",
        "Estimada Lucía:",
        "Atentamente,\nEquipo de Adquisición de Talento\nGrupo Iberalia Energía",
        "Grupo Iberalia Energía, S.A. Este mensaje se ha generado automáticamente; por favor, no responda a esta "
        "dirección. Sus datos se tratan conforme al RGPD.",
    ),
    "es_mx_computrabajo": Writer(
        "tune",
        "es",
        "Computrabajo <avisos@computrabajo-mail.example.mx>",
        "html-cp1252",
        "Hola Lucía,",
        "El equipo de Computrabajo México",
        "Recibes este correo porque te postulaste a una vacante en Computrabajo. Administra tus notificaciones.",
    ),
    "es_ar_consultora": Writer(
        "tune",
        "es",
        "Florencia Gaitán - Rumbo Talento <fgaitan@rumbotalento.example.com.ar>",
        "gmail-utf8",
        "Hola Lucía, ¿cómo andás?",
        "Un abrazo,\nFlor Gaitán\nConsultora Senior - Rumbo Talento\nCABA, Argentina",
    ),
    "es_hospital": Writer(
        "tune",
        "es",
        "Hospital Universitario Sierra Norte - Selección <seleccion@husn.example.es>",
        "latin1-plain",
        "Estimada Sra. Ferrer:",
        "Reciba un cordial saludo.\n\nUnidad de Selección y Provisión de Puestos\n"
        "Dirección de Recursos Humanos - HU Sierra Norte",
    ),
    "es_co_cafe": Writer(
        "tune",
        "es",
        "Andrés Felipe Rojas <andres.rojas@cafeteraandina.example.co>",
        "phone-flowed",
        "Buenas tardes señora Lucía,",
        "Cordialmente,\nAndrés Felipe Rojas\nGerente - Exportadora Cafetera Andina, "
        "Manizales\n\nEnviado desde mi Huawei",
    ),
    "es_factorial_startup": Writer(
        "tune",
        "es",
        "Nubo Pagos <talento@nubo.factorialhr.example>",
        "html-utf8",
        "¡Hola Lucía!",
        "Un saludo,\nIrene del equipo de People @ Nubo",
        "Nubo Pagos S.L. · Enviado con Factorial",
    ),
    "es_ayuntamiento": Writer(
        "tune",
        "es",
        "Ayuntamiento de Valdemora - Recursos Humanos <rrhh@valdemora.example.es>",
        "ascii",
        "Estimada senora:",
        "Atentamente,\nEl Jefe de Servicio de Recursos Humanos\nAyuntamiento de Valdemora",
        "Este correo ha sido enviado desde una direccion no atendida.",
    ),
    "es_us_clinica": Writer(
        "tune",
        "es",
        "Clínica Familiar del Valle - Human Resources <hr@clinicadelvalle.example.com>",
        "outlook-qp",
        "Estimada Lucía:",
        "Saludos cordiales,\n\nMaribel Ochoa\nHR Generalist | Clínica Familiar del Valle\nMcAllen, TX",
    ),
    # ---- Spanish, not about a job, tune
    "es_banco": Writer(
        "tune",
        "es",
        "Banco Meridiano <avisos@bancomeridiano.example.es>",
        "html-utf8",
        "Hola, Lucía:",
        "Banco Meridiano",
        "Banco Meridiano nunca te pedirá tus claves por correo electrónico.",
    ),
    "es_fincas": Writer(
        "tune",
        "es",
        "Administración de Fincas Robledo <admin@fincasrobledo.example.es>",
        "outlook-qp",
        "Estimados propietarios:",
        "Un saludo,\n\nJavier Robledo\nAdministrador colegiado nº 2231",
    ),
    "es_mx_inmobiliaria": Writer(
        "tune",
        "es",
        "Inmuebles Jacarandas - Rentas <rentas@jacarandas.example.mx>",
        "gmail-utf8",
        "Hola Lucía,",
        "Saludos,\nPaola Medina\nAsesora de rentas - Inmuebles Jacarandas",
    ),
    "es_amiga": Writer(
        "tune", "es", "Marta Vidal <marta.vidal.g@example.com>", "phone-flowed", "Luci!!", "Besos\nMarta"
    ),
    # ---- Spanish, job mail, report
    "es_infojobs": Writer(
        "report",
        "es",
        "InfoJobs <noreply@infojobs-mail.example.net>",
        "multipart-b64",
        "Hola Lucía,",
        "El equipo de InfoJobs",
        "Has recibido este email porque estás inscrito en InfoJobs. Darte de baja.",
    ),
    "es_pe_bumeran": Writer(
        "report",
        "es",
        "Bumeran Perú <postulaciones@bumeran-mail.example.pe>",
        "html-cp1252",
        "Hola Lucía,",
        "Equipo Bumeran",
        "Este es un mensaje automático de Bumeran Perú. No respondas a este correo.",
    ),
    "es_cl_universidad": Writer(
        "report",
        "es",
        "Universidad del Pacífico Sur - Concursos Académicos <concursos@ups.example.cl>",
        "latin1-plain",
        "Estimada Dra. Ferrer:",
        "Saluda atentamente a usted,\n\nDirección de Desarrollo Académico\nUniversidad del Pacífico Sur, Valparaíso",
    ),
    "es_ett": Writer(
        "report",
        "es",
        "Laura | Temporalia ETT <laura@temporalia.example.es>",
        "phone-flowed",
        "Hola guapa!",
        "Un beso,\nLaura\nTemporalia ETT - Oficina de Zaragoza\n\nEnviado desde mi iPhone",
    ),
    "es_talentclue_hoteles": Writer(
        "report",
        "es",
        "Hoteles Costa Brava Mar - Selección <empleo@cbm.talentclue.example>",
        "html-utf8",
        "Hola Lucía:",
        "Un cordial saludo,\nDepartamento de Personas\nHoteles Costa Brava Mar",
        "Mensaje enviado mediante Talent Clue. Consulta nuestra política de privacidad.",
    ),
    "es_mx_headhunter": Writer(
        "report",
        "es",
        "Santiago Ibarra <santiago.ibarra@nortehunters.example.com.mx>",
        "gmail-utf8",
        "Hola Lucía, buen día.",
        "Saludos,\nSantiago Ibarra\nSocio - Norte Hunters, Monterrey\n+52 81 0000 1122",
    ),
    "es_pe_minera": Writer(
        "report",
        "es",
        "Compañía Minera Huascarán - Gestión Humana <gh@huascaran.example.pe>",
        "outlook-qp",
        "Estimada señora Ferrer:",
        "Atentamente,\n\nÁrea de Gestión Humana - Atracción de Talento\nCompañía Minera Huascarán S.A.A., Lima",
    ),
    "es_indeed": Writer(
        "report",
        "es",
        "Indeed <mensajes@indeed-mail.example>",
        "html-utf8",
        "Hola, Lucía:",
        "Indeed",
        "Recibes este mensaje porque postulaste a través de Indeed. Cancelar suscripción.",
    ),
    "es_ar_imprenta": Writer(
        "report",
        "es",
        "Gustavo - Imprenta Los Andes <gustavo@imprentalosandes.example.com.ar>",
        "cp1252-apple",
        "Lucía, buenas.",
        "Saludos\nGustavo Pereyra\nImprenta Los Andes - Mendoza",
    ),
    # ---- Spanish, not about a job, report
    "es_seguros": Writer(
        "report",
        "es",
        "Seguros Alcázar - Atención al cliente <clientes@segurosalcazar.example.es>",
        "html-cp1252",
        "Estimada clienta:",
        "Seguros Alcázar",
    ),
    "es_co_becas": Writer(
        "report",
        "es",
        "Universidad de los Andes del Sur - Oficina de Becas <becas@uas.example.co>",
        "multipart-b64",
        "Apreciada estudiante:",
        "Cordialmente,\nOficina de Becas y Apoyo Financiero",
    ),
    "es_mx_super": Writer(
        "report",
        "es",
        "Mercado Sol <ofertas@mercadosol.example.mx>",
        "html-utf8",
        "¡Hola Lucía!",
        "Tu equipo Mercado Sol",
        "Si ya no quieres recibir nuestras ofertas, da clic aquí.",
    ),
    "es_proveedor": Writer(
        "report",
        "es",
        "Ricardo Beltrán - Suministros Beltrán <ventas@sumbeltran.example.es>",
        "outlook-qp",
        "Buenos días Lucía,",
        "Un saludo,\n\nRicardo Beltrán\nDepartamento comercial\nSuministros Beltrán S.L.",
    ),
    "es_ampa": Writer(
        "report",
        "es",
        "AMPA Colegio San Fermín <ampa@colegiosanfermin.example.es>",
        "gmail-utf8",
        "Queridas familias:",
        "La Junta Directiva del AMPA",
    ),
    # ---- French, job mail, tune
    "fr_cabinet_paris": Writer(
        "tune",
        "fr",
        "Claire Vasseur - Altaïr Conseil RH <c.vasseur@altair-rh.example.fr>",
        "outlook-qp",
        "Chère Margaux,",
        "Très cordialement,\n\nClaire Vasseur\nManager - Altaïr Conseil RH\n01 44 00 00 17",
    ),
    "fr_esn": Writer(
        "tune",
        "fr",
        "Team Talents - Sygma Numérique <talents@sygma-numerique.example.fr>",
        "html-utf8",
        "Bonjour Margaux,",
        "Bien à toi,\nNadia, Talent Acquisition\nSygma Numérique",
        "Sygma Numérique SAS - ESN engagée pour l'inclusion. Vos données sont traitées conformément au RGPD.",
    ),
    "fr_agglo": Writer(
        "tune",
        "fr",
        "Agglomération du Val d'Argent - DRH <recrutement@agglo-valdargent.example.fr>",
        "latin1-plain",
        "Madame,",
        "Je vous prie d'agréer, Madame, mes salutations distinguées.\n\nLe Vice-Président "
        "délégué aux ressources humaines",
    ),
    "fr_be_chu": Writer(
        "tune",
        "fr",
        "CHU Namur-Meuse - Service recrutement <recrutement@chunm.example.be>",
        "html-cp1252",
        "Madame Bellanger,",
        "Bien à vous,\nService Recrutement & Sélection\nCHU Namur-Meuse",
        "CHU Namur-Meuse ASBL - Avenue de la Citadelle, Namur.",
    ),
    "fr_apec": Writer(
        "tune",
        "fr",
        "Apec <ne-pas-repondre@apec-mail.example.fr>",
        "multipart-b64",
        "Bonjour Margaux,",
        "L'équipe Apec",
        "Vous recevez ce message car vous avez un compte sur apec.fr. Gérer mes alertes.",
    ),
    "fr_qc_jobillico": Writer(
        "tune",
        "fr",
        "Jobillico <notifications@jobillico-mail.example.ca>",
        "html-utf8",
        "Bonjour Margaux,",
        "L'équipe Jobillico",
        "Vous recevez ce courriel parce que vous avez postulé via Jobillico.",
    ),
    # ---- French, not about a job, tune
    "fr_chauffage": Writer(
        "tune",
        "fr",
        "Thermo Services 44 <rdv@thermoservices44.example.fr>",
        "gmail-utf8",
        "Bonjour Madame,",
        "Cordialement,\nThermo Services 44 - Chauffage & Sanitaire",
    ),
    "fr_syndic": Writer(
        "tune",
        "fr",
        "Cabinet Gérance du Parc - Syndic <syndic@gerance-parc.example.fr>",
        "outlook-qp",
        "Madame, Monsieur,",
        "Veuillez agréer nos salutations distinguées.\n\nLe Syndic, Cabinet Gérance du Parc",
    ),
    "fr_marches_publics": Writer(
        "tune",
        "fr",
        "Achat Public Ouest <noreply@achatpublic-ouest.example.fr>",
        "html-cp1252",
        "Madame,",
        "La plateforme Achat Public Ouest",
        "Message automatique de la plateforme de dématérialisation.",
    ),
    "fr_cuisines": Writer(
        "tune",
        "fr",
        "Cuisines Horizon <offres@cuisines-horizon.example.fr>",
        "html-utf8",
        "Bonjour Margaux,",
        "L'équipe Cuisines Horizon",
        "Pour vous désinscrire de nos offres, cliquez ici.",
    ),
    # ---- French, job mail, report
    "fr_hellowork": Writer(
        "report",
        "fr",
        "HelloWork <candidature@hellowork-mail.example.fr>",
        "html-utf8",
        "Bonjour Margaux,",
        "L'équipe HelloWork",
        "Vous recevez cet e-mail suite à votre candidature via HelloWork.",
    ),
    "fr_wttj_scaleup": Writer(
        "report",
        "fr",
        "Léo de Cartopia <leo@cartopia.example.io>",
        "gmail-utf8",
        "Salut Margaux,",
        "Bonne journée !\nLéo - Head of Talent @ Cartopia",
    ),
    "fr_ch_jobup": Writer(
        "report",
        "fr",
        "Jobup <noreply@jobup-mail.example.ch>",
        "multipart-b64",
        "Bonjour Madame Bellanger,",
        "Votre équipe Jobup",
        "Jobup SA, Zurich. Vous recevez cet e-mail car vous avez postulé via Jobup.",
    ),
    "fr_france_travail": Writer(
        "report",
        "fr",
        "France Travail <ne-pas-repondre@francetravail-mail.example.fr>",
        "ascii",
        "Madame BELLANGER,",
        "Votre agence France Travail de Rennes Sud",
        "Ce courriel est envoye automatiquement, merci de ne pas y repondre.",
    ),
    "fr_grande_ecole": Writer(
        "report",
        "fr",
        "ESC Bordeaux-Atlantique - Ressources humaines <rh@escba.example.fr>",
        "latin1-plain",
        "Madame,",
        "Nous vous prions de croire, Madame, à l'assurance de notre considération distinguée.\n\n"
        "Direction des ressources humaines\nESC Bordeaux-Atlantique",
    ),
    "fr_ma_logistique": Writer(
        "report",
        "fr",
        "Karim Benali - Atlas Logistique <k.benali@atlaslogistique.example.ma>",
        "phone-flowed",
        "Bonjour Mme Bellanger,",
        "Bien à vous\nKarim Benali\nDRH - Atlas Logistique, Casablanca\n\nEnvoyé de mon Samsung",
    ),
    "fr_boulangeries": Writer(
        "report",
        "fr",
        "Sandrine - Boulangeries Dorées <sandrine@boulangeriesdorees.example.fr>",
        "cp1252-apple",
        "Bonjour Margaux,",
        "Sandrine Morel\nResponsable RH - Boulangeries Dorées, Lyon",
    ),
    "fr_qc_coop": Writer(
        "report",
        "fr",
        "Coopérative forestière du Saguenay - RH <rh@coopforestiere.example.qc.ca>",
        "outlook-qp",
        "Bonjour Madame Bellanger,",
        "Au plaisir,\n\nJosée Tremblay\nConseillère en acquisition de talents\nCoopérative forestière du Saguenay",
    ),
    # ---- French, not about a job, report
    "fr_banque": Writer(
        "report",
        "fr",
        "Banque Littorale - Votre conseiller <conseiller@banquelittorale.example.fr>",
        "html-cp1252",
        "Madame Bellanger,",
        "Votre conseiller, Thomas Le Bris",
        "Banque Littorale ne vous demandera jamais vos identifiants par courriel.",
    ),
    "fr_mairie": Writer(
        "report",
        "fr",
        "Mairie de Saint-Aubin-sur-Loire <accueil@staubin-loire.example.fr>",
        "latin1-plain",
        "Madame,",
        "Pour le Maire,\nL'adjointe déléguée à la vie associative",
    ),
    "fr_voisin": Writer(
        "report",
        "fr",
        "Pierre Gauthier <pierre.gauthier@example.org>",
        "gmail-utf8",
        "Salut Margaux,",
        "Pierre (du 3e)",
    ),
}

# (writer, label, kind, subject, body): kind is a short tag for the bench's per-kind table.
CORES: list[tuple[str, str, str, str, str]] = []

# ---------------------------------------------------------------- Spanish, tune writers
CORES += [
    # es_workday_energia: an energy group's Workday, "usted", the decision after long thanks.
    (
        "es_workday_energia",
        "application_ack",
        "ack",
        "Confirmación de su candidatura - Técnico/a de Mantenimiento Eólico",
        "Le agradecemos su interés en formar parte de Grupo Iberalia Energía. Le confirmamos que su candidatura "
        "para la posición de Técnico/a de Mantenimiento Eólico (ref. JR-40871) se ha registrado correctamente. "
        "Puede consultar el estado del proceso en cualquier momento desde su portal de candidato.",
    ),
    (
        "es_workday_energia",
        "rejection",
        "thanks_first",
        "Actualización sobre su candidatura en Grupo Iberalia",
        "Queremos agradecerle sinceramente el tiempo y el esfuerzo dedicados a este proceso. Hemos recibido un "
        "número muy elevado de candidaturas de gran calidad, lo que ha hecho la valoración especialmente "
        "difícil.\n\nTras analizar detenidamente todos los perfiles, lamentamos comunicarle que hemos decidido "
        "continuar con otros candidatos cuya experiencia se ajusta más a las necesidades actuales del puesto.\n\n"
        "Conservaremos sus datos para futuras oportunidades y le deseamos mucho éxito.",
    ),
    (
        "es_workday_energia",
        "assessment",
        "psychometric",
        "Siguiente paso: evaluación online",
        "Nos complace informarle de que su candidatura avanza a la siguiente fase. Le invitamos a completar una "
        "evaluación de razonamiento numérico y un cuestionario de personalidad (aprox. 40 minutos) antes del "
        "próximo viernes a través del enlace de su portal.",
    ),
    (
        "es_workday_energia",
        "interview",
        "video",
        "Invitación a entrevista por videollamada",
        "Nos gustaría conocerle mejor. Le proponemos una entrevista por videollamada de 45 minutos con la "
        "responsable de Operaciones y una persona del equipo de Talento. Por favor, seleccione en el calendario "
        "la franja que mejor le encaje; recibirá el enlace de Teams automáticamente.",
    ),
    (
        "es_workday_energia",
        "rejection",
        "filled",
        "Posición JR-40211 - Analista de Riesgos",
        "Gracias por haberse interesado por esta oportunidad. Le informamos de que la vacante ha sido cubierta "
        "internamente, por lo que el proceso queda cerrado y su candidatura no continuará adelante.",
    ),
    (
        "es_workday_energia",
        "offer",
        "offer",
        "Su carta oferta - Grupo Iberalia Energía",
        "Es un placer comunicarle que el comité ha aprobado su incorporación como Técnica de Mantenimiento "
        "Eólico. Adjuntamos la carta oferta con las condiciones económicas y la fecha de incorporación propuesta; "
        "le rogamos que nos la devuelva firmada en un plazo de cinco días.",
    ),
    # es_mx_computrabajo: Computrabajo's relays in Mexico, "tú", employer's words quoted.
    (
        "es_mx_computrabajo",
        "application_ack",
        "ack",
        "Tu postulación fue enviada a Logística Tlaloc",
        "¡Listo! Tu CV ya está en manos de Logística Tlaloc para la vacante Auxiliar de Almacén. Te avisaremos "
        "cuando la empresa lo revise. Mientras tanto, completa tu perfil para destacar.",
    ),
    (
        "es_mx_computrabajo",
        "rejection",
        "relay",
        "Logística Tlaloc actualizó el estado de tu postulación",
        "La empresa revisó tu hoja de vida y marcó tu postulación como descartada para la vacante Auxiliar de "
        "Almacén. No te desanimes: hay cientos de vacantes nuevas cada día.",
    ),
    (
        "es_mx_computrabajo",
        "interview",
        "relay",
        "Mensaje de Farmacias del Bajío",
        "Farmacias del Bajío te escribió: «Buen día, Lucía. Nos interesa tu perfil para la vacante de "
        "Encargada de Sucursal. ¿Puedes presentarte a entrevista el martes 14 a las 10:00 en nuestra oficina de "
        "León? Trae identificación oficial y CV impreso.»",
    ),
    (
        "es_mx_computrabajo",
        "rejection",
        "relay_polite",
        "Mensaje de Grupo Textil Maya",
        "Grupo Textil Maya te escribió: «Agradecemos mucho tu interés y el tiempo que dedicaste a la "
        "entrevista. En esta ocasión decidimos seguir adelante con una persona que cuenta con más experiencia en "
        "comercio exterior. Te deseamos éxito.»",
    ),
    (
        "es_mx_computrabajo",
        "assessment",
        "test",
        "Tienes una prueba pendiente",
        "Farmacias del Bajío te invita a resolver una prueba de conocimientos antes de continuar con tu "
        "postulación. Tienes 48 horas para completarla desde la app.",
    ),
    (
        "es_mx_computrabajo",
        "other",
        "withdrawn",
        "Retiraste tu postulación",
        "Confirmamos que retiraste tu postulación a la vacante Auxiliar Contable de Despacho Reyes. La empresa "
        "ya no verá tu CV para esta vacante.",
    ),
    # es_ar_consultora: a Buenos Aires selection consultant, voseo, warm and long.
    (
        "es_ar_consultora",
        "recruiter_outreach",
        "approach",
        "Búsqueda Jefa de Planeamiento - ¿te interesa?",
        "Te escribo porque estoy llevando adelante una búsqueda para una empresa de consumo masivo líder y tu "
        "experiencia en planeamiento de demanda me pareció muy interesante. Es una posición de jefatura con "
        "equipo a cargo, modalidad híbrida en Pilar. ¿Tenés unos minutos esta semana para que te cuente?",
    ),
    (
        "es_ar_consultora",
        "interview",
        "call",
        "Re: Búsqueda Jefa de Planeamiento",
        "¡Genial que te interese! ¿Te queda bien que hablemos el jueves a las 11 por Meet? Así te cuento del "
        "cliente, la estructura del área y el paquete. Si no podés, decime otro horario.",
    ),
    (
        "es_ar_consultora",
        "interview",
        "client",
        "Entrevista con el cliente",
        "¡Buenísimas noticias! Al cliente le gustó mucho tu perfil y quiere conocerte. La entrevista sería "
        "presencial en sus oficinas de Pilar, el martes 9 a las 15 hs, con el Director de Supply Chain. Confirmame "
        "y te paso la dirección.",
    ),
    (
        "es_ar_consultora",
        "rejection",
        "thanks_first",
        "Novedades de la búsqueda",
        "Primero quiero agradecerte de verdad por la buena onda y la dedicación durante todo el proceso, las dos "
        "entrevistas fueron muy buenas y el cliente destacó tu claridad.\n\nFinalmente se inclinaron por otra "
        "candidata con más experiencia en S&OP regional, así que en esta oportunidad no vas a seguir avanzando. "
        "Sé que no es lo que esperabas.\n\nTe tengo muy presente para próximas búsquedas.",
    ),
    (
        "es_ar_consultora",
        "offer",
        "offer",
        "¡Propuesta formal!",
        "¡Lucía, lo logramos! El cliente te quiere en el equipo. Te adjunto la propuesta formal: remuneración "
        "bruta mensual, bono anual y prepaga para vos y tu familia. Fecha de ingreso tentativa el 1 de abril. "
        "Leela tranquila y avisame cualquier duda.",
    ),
    (
        "es_ar_consultora",
        "rejection",
        "not_fit",
        "Tu postulación a Analista de Compras",
        "Gracias por postularte a la búsqueda de Analista de Compras. Revisé tu CV con atención pero para esta "
        "posición el cliente pide experiencia en industria farmacéutica, y por eso no voy a poder presentarte. "
        "Sigamos en contacto.",
    ),
    # es_hospital: a public hospital's selection unit, formal "usted", Latin-1.
    (
        "es_hospital",
        "application_ack",
        "ack",
        "Registro de solicitud - Bolsa de Enfermería",
        "Le comunicamos que su solicitud de inclusión en la Bolsa de Trabajo de Enfermería ha sido registrada con "
        "el número 2025/1187. La baremación de méritos se publicará en el tablón de anuncios del hospital.",
    ),
    (
        "es_hospital",
        "rejection",
        "excluded",
        "Resolución provisional - Bolsa de Enfermería",
        "Se le comunica que, en la resolución provisional de admitidos y excluidos, su solicitud figura como "
        "excluida por no haber acreditado la titulación de especialista requerida. Dispone de diez días hábiles "
        "para presentar alegaciones.",
    ),
    (
        "es_hospital",
        "interview",
        "interview",
        "Citación a entrevista - Supervisión de Unidad",
        "Por la presente se le cita a la entrevista del proceso de provisión de la plaza de Supervisora de "
        "Unidad de Hospitalización, que tendrá lugar el día 21 de marzo a las 9:30 horas en la Sala de Juntas de "
        "Dirección, planta 2. Deberá acudir con su DNI.",
    ),
    (
        "es_hospital",
        "rejection",
        "not_selected",
        "Proceso de provisión - Supervisión de Unidad",
        "Una vez concluido el proceso, le informamos de que la comisión de valoración ha propuesto a otra "
        "aspirante para la plaza, por lo que usted no ha sido seleccionada. Le agradecemos su participación.",
    ),
    (
        "es_hospital",
        "offer",
        "appointment",
        "Oferta de nombramiento eventual",
        "En virtud de su posición en la Bolsa de Trabajo, se le ofrece un nombramiento eventual como Enfermera "
        "en la Unidad de Cuidados Intensivos desde el 1 de abril hasta el 30 de septiembre. Rogamos conteste "
        "aceptando o renunciando en el plazo de 24 horas.",
    ),
    # es_co_cafe: a Colombian exporter's manager writing from his phone, "usted" with warmth.
    (
        "es_co_cafe",
        "interview",
        "interview",
        "Entrevista cargo analista comercial",
        "Recibimos su hoja de vida para el cargo de analista comercial y nos gustaría conversar con usted. "
        "¿Le queda posible venir a la oficina el miércoles a las 3 de la tarde? Si no, podemos hacerla por "
        "videollamada.",
    ),
    (
        "es_co_cafe",
        "rejection",
        "short",
        "Re: cargo analista comercial",
        "Muchas gracias por venir el miércoles y por su paciencia. Le cuento que ya escogimos a la persona para "
        "el cargo. Su perfil es muy bueno, pero esta vez no se dio. Le deseo muchos éxitos.",
    ),
    (
        "es_co_cafe",
        "offer",
        "offer",
        "Propuesta para el cargo de coordinadora de exportaciones",
        "Después de hablar con la junta queremos ofrecerle el cargo de coordinadora de exportaciones con contrato "
        "a término indefinido. Le mando la propuesta salarial en el adjunto. Quedo atento a su respuesta.",
    ),
    (
        "es_co_cafe",
        "assessment",
        "task",
        "Ejercicio antes de la segunda entrevista",
        "Para la segunda entrevista le pedimos preparar un pequeño ejercicio: un análisis de precios de tres "
        "mercados de destino en una hoja de cálculo. Envíelo a más tardar el lunes.",
    ),
    # es_factorial_startup: a fintech start-up on Factorial, "tú", friendly.
    (
        "es_factorial_startup",
        "application_ack",
        "ack",
        "¡Gracias por tu candidatura! 💜",
        "Hemos recibido tu candidatura para Customer Success Specialist. Leemos todas las aplicaciones (sí, "
        "personas de verdad), así que danos un par de semanas para volver a ti.",
    ),
    (
        "es_factorial_startup",
        "assessment",
        "case",
        "Tu prueba técnica",
        "¡Pasas a la siguiente fase! Te mandamos el caso práctico: tres tickets reales (anonimizados) de clientes "
        "para que nos cuentes cómo los resolverías. Tienes hasta el domingo por la noche.",
    ),
    (
        "es_factorial_startup",
        "rejection",
        "thanks_first",
        "Sobre tu proceso en Nubo",
        "Antes de nada, gracias por el caso práctico, se notaba el cariño que le pusiste y el equipo disfrutó "
        "mucho la conversación contigo.\n\nHemos tenido que tomar una decisión muy complicada y al final no vamos "
        "a seguir contigo en el proceso: buscamos a alguien con más recorrido en producto B2B.\n\nOjalá nuestros "
        "caminos se crucen más adelante.",
    ),
    (
        "es_factorial_startup",
        "interview",
        "onsite",
        "¿Te vienes a conocer al equipo?",
        "Nos encantaría que vinieras a la oficina el jueves a las 12 para una última charla con nuestra CEO y "
        "conocer al equipo. Son unos 90 minutos y después comemos juntos si te apetece.",
    ),
    (
        "es_factorial_startup",
        "offer",
        "offer",
        "¡Queremos que te unas a Nubo! 🚀",
        "Nos hace muchísima ilusión decirte que queremos ofrecerte el puesto de Customer Success Specialist. "
        "En el documento adjunto tienes salario, stock options y fecha de inicio. ¿Hablamos mañana para "
        "resolver dudas?",
    ),
    (
        "es_factorial_startup",
        "other",
        "withdrawn",
        "Re: Retiro mi candidatura",
        "¡Gracias por avisarnos, Lucía! Hemos cerrado tu candidatura como nos pediste. Mucha suerte con el nuevo "
        "proyecto, y si algún día quieres volver a hablar, aquí estaremos.",
    ),
    # es_ayuntamiento: a town hall's oposiciones, without accents (ascii dress).
    (
        "es_ayuntamiento",
        "application_ack",
        "ack",
        "Solicitud de admisión - Auxiliar Administrativo",
        "Se ha recibido su solicitud de admisión a las pruebas selectivas para la provisión de dos plazas de "
        "Auxiliar Administrativo, turno libre. El justificante de pago de la tasa ha sido registrado.",
    ),
    (
        "es_ayuntamiento",
        "assessment",
        "exam",
        "Convocatoria al primer ejercicio",
        "Se convoca a los aspirantes admitidos al primer ejercicio de la oposición (cuestionario tipo test de 100 "
        "preguntas) el sábado 12 de abril a las 10:00 horas en el IES Valdemora. Deberán ir provistos de DNI y "
        "bolígrafo azul.",
    ),
    (
        "es_ayuntamiento",
        "rejection",
        "failed",
        "Resultado del segundo ejercicio",
        "Publicadas las calificaciones del segundo ejercicio, le comunicamos que no ha alcanzado la puntuación "
        "mínima de 5 puntos, por lo que queda eliminada del proceso selectivo.",
    ),
    (
        "es_ayuntamiento",
        "other",
        "junta",
        "Convocatoria de la Junta de Gobierno Local",
        "Se remite el orden del día de la sesión ordinaria de la Junta de Gobierno Local del jueves, para su "
        "conocimiento. Punto 4: aprobación de la oferta de empleo público del ejercicio.",
    ),
    # es_us_clinica: a US clinic writing in Spanish, a little Spanglish.
    (
        "es_us_clinica",
        "application_ack",
        "ack",
        "Recibimos su aplicación - Medical Assistant bilingüe",
        "Gracias por aplicar a la posición de Medical Assistant bilingüe en Clínica Familiar del Valle. Su "
        "aplicación está en revisión y nuestro equipo de HR se comunicará con usted si su perfil avanza.",
    ),
    (
        "es_us_clinica",
        "interview",
        "phone",
        "Phone screen - Medical Assistant",
        "Nos gustaría programar una llamada telefónica de 20 minutos (phone screen) para conocer su "
        "disponibilidad de horario y su experiencia con pacientes. ¿Le funciona el lunes entre 9 y 11 am?",
    ),
    (
        "es_us_clinica",
        "rejection",
        "position_closed",
        "Actualización - Front Desk Coordinator",
        "Queremos darle las gracias por su interés en nuestra clínica. Le informamos que hemos decidido no "
        "avanzar con su aplicación para la posición de Front Desk Coordinator. Le animamos a aplicar a futuras "
        "posiciones.",
    ),
    (
        "es_us_clinica",
        "offer",
        "offer",
        "Offer letter - Medical Assistant",
        "Nos complace extenderle una oferta de empleo para la posición de Medical Assistant, full-time, a $19.50 "
        "por hora con beneficios médicos. Adjunto encontrará la offer letter; por favor fírmela y regrésela antes "
        "del viernes.",
    ),
]

# ---------------------------------------------------------------- Spanish, not about a job, tune writers
CORES += [
    (
        "es_banco",
        "other",
        "loan",
        "Tu solicitud de préstamo personal",
        "Hemos recibido tu solicitud de préstamo personal de 8.000 €. Nuestro equipo de riesgos la está "
        "estudiando y en un plazo de 48 horas te comunicaremos la decisión.",
    ),
    (
        "es_banco",
        "other",
        "loan_denied",
        "Respuesta a tu solicitud de financiación",
        "Lamentamos comunicarte que, tras estudiar tu solicitud, no podemos concederte la financiación solicitada "
        "en este momento. Esta decisión no afecta a tus productos actuales con nosotros.",
    ),
    (
        "es_banco",
        "other",
        "promo",
        "Una oferta pensada para ti",
        "Por ser cliente, tienes una oferta exclusiva: tarjeta de crédito sin comisiones el primer año y un 5 % "
        "de devolución en tus compras de supermercado. Solicítala en la app.",
    ),
    (
        "es_banco",
        "other",
        "card",
        "Hemos recibido tu solicitud de tarjeta",
        "Te confirmamos que hemos recibido tu solicitud de tarjeta de débito. La recibirás en tu domicilio en "
        "un plazo de 7 días hábiles.",
    ),
    (
        "es_banco",
        "other",
        "mortgage",
        "Tu cita con el gestor hipotecario",
        "Te esperamos el martes a las 17:00 en la oficina de Gran Vía para la entrevista con tu gestor "
        "hipotecario. Trae tus tres últimas nóminas y la declaración de la renta.",
    ),
    (
        "es_fincas",
        "other",
        "meeting",
        "Convocatoria Junta General Ordinaria",
        "Por la presente se les convoca a la Junta General Ordinaria de la comunidad de propietarios, que se "
        "celebrará el día 20 de marzo a las 19:00 en primera convocatoria y a las 19:30 en segunda, en el portal. "
        "Orden del día: aprobación de cuentas, presupuesto y elección de cargos.",
    ),
    (
        "es_fincas",
        "other",
        "offer",
        "Presupuestos para la fachada",
        "Adjunto las tres ofertas recibidas para la rehabilitación de la fachada. La comunidad deberá decidir en "
        "la junta cuál se acepta; la de Reformas Ebro ha sido descartada por no incluir andamio.",
    ),
    (
        "es_fincas",
        "other",
        "minutes",
        "Acta de la junta extraordinaria",
        "Les remito el acta de la junta extraordinaria. Se rechazó la propuesta de instalar ascensor por no "
        "alcanzar la mayoría necesaria. El cargo de presidente recae en el 3º B.",
    ),
    (
        "es_fincas",
        "other",
        "cleaning",
        "Cambio de empresa de limpieza",
        "Les informamos de que la comunidad ha decidido no renovar el contrato con la actual empresa de limpieza. "
        "A partir de abril el servicio lo prestará Limpiezas Moncayo.",
    ),
    (
        "es_mx_inmobiliaria",
        "other",
        "rental",
        "Sobre tu solicitud de renta - depto. Coyoacán",
        "Gracias por tu interés en el departamento de Coyoacán. Lamentablemente el propietario decidió aceptar "
        "otra solicitud que ya tenía aval completo, así que el depa ya no está disponible.",
    ),
    (
        "es_mx_inmobiliaria",
        "other",
        "rental_docs",
        "Documentos para tu solicitud de arrendamiento",
        "Para continuar con tu solicitud de arrendamiento necesitamos comprobante de ingresos de los últimos tres "
        "meses, identificación y los datos de tu aval.",
    ),
    (
        "es_mx_inmobiliaria",
        "other",
        "visit",
        "Cita para ver el departamento",
        "Te confirmo la cita para visitar el departamento de la colonia Del Valle el sábado a las 11. Te veo en "
        "la entrada del edificio.",
    ),
    (
        "es_mx_inmobiliaria",
        "other",
        "approved",
        "¡Tu solicitud fue aprobada!",
        "Buenas noticias: el propietario aprobó tu solicitud para el departamento de Narvarte. Te mando el "
        "contrato de arrendamiento para que lo revises antes de la firma.",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "jajaja la entrevista",
        "Al final me hicieron la entrevista para el podcast del barrio jajaja. Salí fatal en la foto. Mañana "
        "cañas? Te cuento todo",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "Re: lo del piso",
        "Tía al final no nos dieron el piso, lo han alquilado a otra pareja 😩 Seguimos buscando. ¿Tú sabes de "
        "algo por Malasaña?",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "oferta del Mercadona",
        "Mira, hay oferta de aceite en el Mercadona de tu calle, pilla dos botellas para mí porfa y te hago bizum",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "el cumple de Pablo",
        "Al final el cumple de Pablo es el sábado en su casa. He propuesto regalarle la bici entre todos pero "
        "Dani ha rechazado la idea, dice que es mucho dinero. ¿Tú qué opinas?",
    ),
]

# A few more Spanish tune rows, after the others so the first rows keep their numbers.
CORES += [
    (
        "es_ayuntamiento",
        "rejection",
        "list",
        "Lista definitiva de aprobados - Auxiliar Administrativo",
        "Le informamos de que se ha publicado la lista definitiva de aprobados. Su nombre no figura entre los "
        "aspirantes propuestos para el nombramiento, si bien podra formar parte de la bolsa de empleo segun el "
        "orden de puntuacion.",
    ),
    (
        "es_ayuntamiento",
        "other",
        "tax",
        "Notificacion de liquidacion - IBI",
        "Se le notifica la liquidacion del Impuesto sobre Bienes Inmuebles del ejercicio. Puede solicitar el "
        "fraccionamiento del pago antes del 30 de junio.",
    ),
    (
        "es_co_cafe",
        "recruiter_outreach",
        "approach",
        "Oportunidad en la exportadora",
        "Me dio su contacto la doctora Salazar de la Cámara de Comercio. Estamos buscando una persona para "
        "liderar las exportaciones a Europa y creo que su experiencia encaja muy bien. ¿Le interesaría que "
        "habláramos?",
    ),
    (
        "es_co_cafe",
        "other",
        "business",
        "Cotización de costales",
        "Le reenvío la cotización de costales de fique del proveedor de Pereira. El precio subió un 8 %, "
        "¿aprobamos el pedido o pedimos otra oferta?",
    ),
    (
        "es_hospital",
        "rejection",
        "list",
        "Lista definitiva - Bolsa de Técnico en Cuidados",
        "Publicada la lista definitiva, le comunicamos que, al no haber subsanado la documentación en plazo, su "
        "solicitud queda excluida de la bolsa de Técnico en Cuidados de Enfermería.",
    ),
    (
        "es_us_clinica",
        "other",
        "withdrawn",
        "Re: Withdraw mi aplicación",
        "Gracias por dejarnos saber. Hemos retirado su aplicación para la posición de Front Desk, como solicitó. "
        "Le deseamos lo mejor en su nuevo trabajo.",
    ),
]

# ---------------------------------------------------------------- Spanish, report writers
CORES += [
    # es_infojobs: InfoJobs' notices, states of an application.
    (
        "es_infojobs",
        "application_ack",
        "ack",
        "Has enviado tu candidatura a Transportes Cierzo",
        "Tu candidatura a la oferta «Administrativo/a de tráfico» de Transportes Cierzo se ha enviado "
        "correctamente. Te avisaremos cuando la empresa lea tu CV.",
    ),
    (
        "es_infojobs",
        "rejection",
        "status",
        "Tu candidatura ha sido descartada",
        "La empresa Transportes Cierzo ha actualizado el estado de tu candidatura a «Administrativo/a de "
        "tráfico»: descartada. Tu perfil no se ajusta a los requisitos de esta oferta. Sigue buscando: tenemos "
        "miles de ofertas nuevas.",
    ),
    (
        "es_infojobs",
        "rejection",
        "finished",
        "Proceso finalizado: Técnico/a de calidad",
        "La empresa Cárnicas del Jalón ha finalizado el proceso de selección para «Técnico/a de calidad» y tu "
        "candidatura no ha sido seleccionada. Gracias por tu interés.",
    ),
    (
        "es_infojobs",
        "other",
        "tips",
        "5 errores que debes evitar en tu CV",
        "Te contamos los errores más comunes al preparar un currículum y cómo evitarlos. Además, descubre las "
        "profesiones más demandadas este trimestre.",
    ),
    (
        "es_infojobs",
        "interview",
        "relay",
        "Cárnicas del Jalón quiere entrevistarte",
        "Cárnicas del Jalón te ha enviado un mensaje: «Hola Lucía, nos ha interesado tu candidatura. ¿Podrías "
        "venir a una entrevista el lunes 3 a las 9:00 en la planta de Calatayud? Pregunta por Elena en "
        "recepción.»",
    ),
    (
        "es_infojobs",
        "rejection",
        "relay",
        "Mensaje de Azulejos Castellón",
        "Azulejos Castellón te ha enviado un mensaje: «Gracias por participar en el proceso. Le comunicamos que "
        "hemos optado por otro perfil para el puesto. Un saludo.»",
    ),
    (
        "es_infojobs",
        "other",
        "account",
        "Confirma tu dirección de email",
        "Para seguir recibiendo ofertas de empleo y avisos de tus candidaturas, confirma tu dirección de email "
        "pulsando el botón.",
    ),
    # es_pe_bumeran: Bumeran in Peru.
    (
        "es_pe_bumeran",
        "application_ack",
        "ack",
        "Postulaste a Asistente de Finanzas",
        "¡Tu postulación fue registrada! La empresa Distribuidora Rímac ya puede ver tu CV. Revisa el estado de "
        "tu postulación en la sección Mis postulaciones.",
    ),
    (
        "es_pe_bumeran",
        "rejection",
        "status",
        "Novedades de tu postulación",
        "Distribuidora Rímac informó que tu postulación a Asistente de Finanzas no continúa en el proceso. Te "
        "recomendamos seguir postulando a avisos que coincidan con tu perfil.",
    ),
    (
        "es_pe_bumeran",
        "assessment",
        "psychometric",
        "Completa tu evaluación psicotécnica",
        "Textiles del Pacífico te invitó a rendir una evaluación psicotécnica como parte de su proceso. Tienes "
        "tres días para completarla; dura 30 minutos aproximadamente.",
    ),
    (
        "es_pe_bumeran",
        "interview",
        "relay",
        "Te invitaron a una entrevista",
        "Textiles del Pacífico quiere conocerte: te invita a una entrevista virtual el jueves 20 a las 4:00 p. m. "
        "por Zoom. Confirma tu asistencia desde la app.",
    ),
    (
        "es_pe_bumeran",
        "rejection",
        "relay",
        "Mensaje de Textiles del Pacífico",
        "Textiles del Pacífico te escribió: «Estimada postulante, le agradecemos por su participación en nuestro "
        "proceso de selección. En esta oportunidad su perfil no ha sido considerado para la siguiente etapa.»",
    ),
    (
        "es_pe_bumeran",
        "other",
        "alert",
        "Nuevos avisos en Lima para ti",
        "Encontramos 34 avisos nuevos que coinciden con tu búsqueda guardada «finanzas Lima». Postula antes que nadie.",
    ),
    # es_cl_universidad: a Chilean university's concurso académico, formal.
    (
        "es_cl_universidad",
        "application_ack",
        "ack",
        "Recepción de antecedentes - Concurso Académico 14/2025",
        "Acusamos recibo de sus antecedentes para el Concurso Académico N.º 14/2025, cargo de Profesora "
        "Asistente jornada completa, Escuela de Ingeniería Comercial. La comisión iniciará la evaluación una vez "
        "cerrado el plazo de postulación.",
    ),
    (
        "es_cl_universidad",
        "interview",
        "interview",
        "Citación a entrevista y clase demostrativa",
        "La comisión evaluadora ha acordado citarla a una entrevista personal y a una clase demostrativa de 30 "
        "minutos el día 8 de mayo a las 10:00 horas en la Casa Central, sala 204.",
    ),
    (
        "es_cl_universidad",
        "rejection",
        "decision",
        "Resultado Concurso Académico 14/2025",
        "Cumplo con informarle que, concluido el concurso, la comisión acordó proponer a otra postulante para el "
        "cargo. Agradecemos sinceramente su interés en nuestra Universidad y la calidad de sus antecedentes.",
    ),
    (
        "es_cl_universidad",
        "rejection",
        "deserted",
        "Concurso 09/2025 declarado desierto",
        "Le informamos que el Concurso Académico N.º 09/2025 ha sido declarado desierto por resolución de "
        "Rectoría, por lo que no se proveerá el cargo en esta convocatoria.",
    ),
    (
        "es_cl_universidad",
        "offer",
        "appointment",
        "Comunica resultado favorable - Concurso 21/2025",
        "Tengo el agrado de comunicarle que ha resultado seleccionada en el Concurso Académico N.º 21/2025. Su "
        "nombramiento en calidad de contrata comenzará el 1 de agosto; le solicitamos presentar la documentación "
        "en la Dirección de Personas.",
    ),
    (
        "es_cl_universidad",
        "other",
        "seminar",
        "Convocatoria a seminario de investigación",
        "Se invita a la comunidad académica a presentar propuestas de ponencia para el Seminario de Investigación "
        "en Gestión. Las propuestas serán seleccionadas por un comité científico.",
    ),
    # es_ett: a temping agency consultant on her phone, "tú", very informal.
    (
        "es_ett",
        "recruiter_outreach",
        "approach",
        "Trabajo en Zaragoza",
        "Te escribo de Temporalia, tenemos un puesto de mozo/a de almacén en Plaza para turno de mañanas, "
        "contrato de 3 meses con posibilidad de pasar a plantilla. Tu perfil de InfoJobs encaja. ¿Te interesa?",
    ),
    (
        "es_ett",
        "interview",
        "interview",
        "Re: Trabajo en Zaragoza",
        "Genial!! Pásate mañana a las 10 por la oficina (Paseo Sagasta 22) para una entrevista rápida y "
        "firmar la documentación. Trae DNI, número de la seguridad social y cuenta bancaria.",
    ),
    (
        "es_ett",
        "rejection",
        "client",
        "lo de Plaza",
        "Oye, al final el cliente ha cogido a otra persona que ya había trabajado con ellos, así que lo de "
        "Plaza no sale 😕 Te tengo en cuenta para lo próximo que entre, ¿vale?",
    ),
    (
        "es_ett",
        "offer",
        "offer",
        "Te han cogido!!",
        "Enhorabuena!! El cliente de Cuarte te quiere para el puesto de administrativa, empiezas el lunes 7. "
        "Pásate el viernes a firmar el contrato y te explico horarios.",
    ),
    (
        "es_ett",
        "assessment",
        "test",
        "Prueba de Excel",
        "Para el puesto de administrativa el cliente pide una prueba de Excel, es cortita (20 min). Te mando el "
        "enlace, hazla cuando puedas antes del miércoles.",
    ),
    (
        "es_ett",
        "other",
        "payroll",
        "Tu nómina de febrero",
        "Ya tienes la nómina de febrero en el portal del empleado. Si ves algún error en las horas avísame.",
    ),
    # es_talentclue_hoteles: a hotel chain through Talent Clue.
    (
        "es_talentclue_hoteles",
        "application_ack",
        "ack",
        "Hemos recibido tu candidatura - Recepcionista",
        "Gracias por tu interés en formar parte de Hoteles Costa Brava Mar. Hemos recibido tu candidatura para "
        "Recepcionista (temporada 2025) y la estamos revisando.",
    ),
    (
        "es_talentclue_hoteles",
        "interview",
        "group",
        "Invitación a dinámica de grupo",
        "Nos gustaría invitarte a una dinámica de grupo con otros candidatos el martes 15 a las 11:00 en el Hotel "
        "Costa Brava Mar Lloret. Durará unas dos horas; ven con ropa cómoda y muchas ganas.",
    ),
    (
        "es_talentclue_hoteles",
        "rejection",
        "thanks_first",
        "Tu candidatura en Hoteles Costa Brava Mar",
        "Queremos darte las gracias por participar en la dinámica de grupo y por la energía que aportaste; fue "
        "un placer conocerte.\n\nDespués de valorar a todas las personas participantes, sentimos decirte que en "
        "esta ocasión no hemos podido contar contigo para la temporada.\n\nTe animamos a seguir atento/a a "
        "nuestras ofertas.",
    ),
    (
        "es_talentclue_hoteles",
        "rejection",
        "filled",
        "Oferta Camarero/a de pisos - cerrada",
        "Te escribimos para informarte de que el puesto de Camarero/a de pisos ya se ha cubierto. Gracias por "
        "tu tiempo y por pensar en nosotros.",
    ),
    (
        "es_talentclue_hoteles",
        "offer",
        "offer",
        "¡Bienvenida al equipo!",
        "Nos alegra mucho comunicarte que has sido seleccionada para el puesto de Recepcionista en el Hotel "
        "Costa Brava Mar Tossa. En el adjunto encontrarás las condiciones y el contrato para firmar "
        "digitalmente.",
    ),
    (
        "es_talentclue_hoteles",
        "other",
        "newsletter",
        "Escapadas de primavera con un 20 %",
        "Descubre nuestras ofertas de primavera: un 20 % de descuento en estancias de dos noches y spa gratis. "
        "Reserva antes del 31 de marzo.",
    ),
    # es_mx_headhunter: a Monterrey head-hunter on LinkedIn.
    (
        "es_mx_headhunter",
        "recruiter_outreach",
        "approach",
        "Posición Gerente de Compras - confidencial",
        "Vi tu perfil en LinkedIn y tu experiencia en abastecimiento estratégico me llamó la atención. Estoy "
        "apoyando a una empresa automotriz en Monterrey que busca Gerente de Compras. ¿Te late que platiquemos "
        "15 minutos esta semana?",
    ),
    (
        "es_mx_headhunter",
        "interview",
        "client",
        "Entrevista con el cliente - Gerente de Compras",
        "Ya tengo fecha con el cliente: el viernes a las 9:30 en su planta de Apodaca, con el VP de Operaciones y "
        "el gerente de RH. ¿Me confirmas tu asistencia?",
    ),
    (
        "es_mx_headhunter",
        "rejection",
        "client",
        "Retroalimentación del cliente",
        "Te agradezco mucho todo tu tiempo en este proceso. Hablé con el cliente y decidieron cerrar la posición "
        "con un candidato interno, así que no avanzaremos con tu candidatura. Me quedo con tu CV para otras "
        "búsquedas.",
    ),
    (
        "es_mx_headhunter",
        "recruiter_outreach",
        "followup",
        "Re: Posición Gerente de Compras",
        "¿Pudiste ver mi mensaje anterior? La posición sigue abierta y el paquete es bastante competitivo. Si "
        "ahora no es buen momento, con gusto lo dejamos para más adelante.",
    ),
    (
        "es_mx_headhunter",
        "offer",
        "offer",
        "Carta oferta - Gerente de Abastecimiento",
        "¡Muchas felicidades! El cliente te hace llegar su carta oferta: sueldo base mensual, aguinaldo de 30 "
        "días y bono por desempeño. Revísala y me dices si quieres negociar algo.",
    ),
    # es_pe_minera: a Peruvian mining company's HR, formal.
    (
        "es_pe_minera",
        "application_ack",
        "ack",
        "Postulación recibida - Ingeniera de Seguridad",
        "Hemos recibido su postulación al puesto de Ingeniera de Seguridad para la Unidad Minera Huascarán. Su "
        "información será evaluada por el área de Atracción de Talento.",
    ),
    (
        "es_pe_minera",
        "assessment",
        "psychometric",
        "Evaluación psicolaboral",
        "Le informamos que ha sido preseleccionada. Como siguiente paso, deberá rendir una evaluación "
        "psicolaboral presencial el día 12 de junio a las 8:00 a. m. en nuestras oficinas de San Isidro.",
    ),
    (
        "es_pe_minera",
        "rejection",
        "not_selected",
        "Resultado del proceso - Ingeniera de Seguridad",
        "Agradecemos su participación en nuestro proceso de selección. Le comunicamos que, luego de la "
        "evaluación final, no ha sido seleccionada para el puesto. Sus datos permanecerán en nuestra base para "
        "futuras convocatorias.",
    ),
    (
        "es_pe_minera",
        "interview",
        "panel",
        "Entrevista final con gerencia",
        "Nos complace invitarla a la entrevista final con la Gerencia de Seguridad y Salud Ocupacional, el jueves "
        "19 a las 3:00 p. m. vía Microsoft Teams.",
    ),
    (
        "es_pe_minera",
        "offer",
        "offer",
        "Propuesta laboral - Compañía Minera Huascarán",
        "Tenemos el agrado de hacerle llegar nuestra propuesta laboral para el puesto de Ingeniera de Seguridad, "
        "régimen 14x7, con fecha de inicio el 1 de julio. Agradeceremos su respuesta hasta el viernes.",
    ),
    (
        "es_pe_minera",
        "other",
        "community",
        "Convocatoria a audiencia pública",
        "La compañía convoca a la comunidad a la audiencia pública de presentación del Estudio de Impacto "
        "Ambiental. Las solicitudes de intervención deben presentarse hasta el día 5.",
    ),
    # es_indeed: Indeed's relays of employers' messages in Spanish.
    (
        "es_indeed",
        "application_ack",
        "ack",
        "Postulación enviada: Asesora comercial",
        "Tu postulación para Asesora comercial en Seguros Pampa se envió correctamente. Puedes consultar tus "
        "postulaciones en Mis empleos.",
    ),
    (
        "es_indeed",
        "rejection",
        "relay",
        "Un mensaje de Seguros Pampa",
        "Seguros Pampa te envió un mensaje: «Hola Lucía, gracias por tu tiempo. Te escribo para contarte que "
        "no vamos a continuar con tu postulación. Te deseamos lo mejor en tu búsqueda.»",
    ),
    (
        "es_indeed",
        "interview",
        "relay",
        "Seguros Pampa quiere agendar una entrevista",
        "Seguros Pampa te invitó a una entrevista por video. Elige uno de los horarios disponibles: martes 10:00, "
        "martes 15:00 o miércoles 11:30.",
    ),
    (
        "es_indeed",
        "rejection",
        "relay_status",
        "Actualización de tu postulación",
        "Tu postulación a Analista de Datos en Consultora Andes cambió de estado: el empleador cerró el aviso y ya "
        "no está contratando para esta posición.",
    ),
    (
        "es_indeed",
        "assessment",
        "test",
        "Evaluación de Indeed: Atención al cliente",
        "Clínica Sur te pidió completar la evaluación de habilidades «Atención al cliente» para continuar. Dura "
        "unos 15 minutos.",
    ),
    (
        "es_indeed",
        "other",
        "survey",
        "¿Cómo fue tu experiencia?",
        "Cuéntanos cómo fue tu experiencia postulando a empleos en Indeed esta semana. La encuesta dura 2 minutos.",
    ),
    # es_ar_imprenta: an Argentine print shop owner, voseo, short.
    (
        "es_ar_imprenta",
        "interview",
        "interview",
        "Lo del aviso de diseñadora",
        "Vi tu CV que mandaste por el aviso. ¿Podés venir el lunes a la tarde a la imprenta para charlar? Estamos "
        "en San Martín 1420.",
    ),
    (
        "es_ar_imprenta",
        "offer",
        "offer",
        "Re: Lo del aviso de diseñadora",
        "Lucía, te quedás con el puesto si querés. Arrancás el 2, de lunes a viernes de 9 a 17. El sueldo es lo "
        "que hablamos. Avisame.",
    ),
    (
        "es_ar_imprenta",
        "rejection",
        "short",
        "Re: puesto de atención",
        "Te agradezco que hayas venido. Al final el puesto de atención lo tomó mi sobrina, así que por ahora no "
        "te voy a poder sumar. Suerte!",
    ),
    (
        "es_ar_imprenta",
        "other",
        "business",
        "Presupuesto folletos",
        "Te paso el presupuesto de los 5.000 folletos que pediste para la feria. Si me confirmás hoy los entrego "
        "el jueves.",
    ),
    (
        "es_ar_imprenta",
        "assessment",
        "task",
        "Una prueba chiquita",
        "Antes de decidir te pido un favor: armame una propuesta de tarjeta para un cliente de la panadería, "
        "así veo cómo trabajás. Mandámela para el viernes.",
    ),
]

# ---------------------------------------------------------------- Spanish, not about a job, report writers
CORES += [
    (
        "es_seguros",
        "other",
        "claim",
        "Resolución de su siniestro",
        "Lamentamos comunicarle que, tras la peritación, el siniestro declarado no queda cubierto por su póliza, "
        "por lo que no podemos atender la indemnización solicitada.",
    ),
    (
        "es_seguros",
        "other",
        "renewal",
        "Oferta de renovación de su seguro de hogar",
        "Su póliza vence el 30 de abril. Le hacemos llegar una oferta de renovación con un 10 % de descuento si "
        "la acepta antes del vencimiento.",
    ),
    (
        "es_seguros",
        "other",
        "appointment",
        "Cita con el perito",
        "Le confirmamos la visita del perito para valorar los daños el miércoles entre las 9 y las 13 horas.",
    ),
    (
        "es_seguros",
        "other",
        "ack",
        "Hemos recibido su solicitud",
        "Hemos recibido su solicitud de modificación de la cuenta bancaria de domiciliación. El cambio se aplicará "
        "en el próximo recibo.",
    ),
    (
        "es_seguros",
        "other",
        "cancel",
        "Solicitud de baja tramitada",
        "Le confirmamos que su solicitud de baja del seguro de decesos ha sido tramitada. No se emitirán más recibos.",
    ),
    (
        "es_co_becas",
        "other",
        "grant_ack",
        "Recepción de solicitud - Beca de Excelencia",
        "Confirmamos la recepción de su solicitud para la Beca de Excelencia Académica. El comité revisará los "
        "documentos y publicará los resultados el 30 de mayo.",
    ),
    (
        "es_co_becas",
        "other",
        "grant_interview",
        "Entrevista - Beca de Movilidad",
        "Usted ha sido preseleccionada para la Beca de Movilidad Internacional. Le citamos a una entrevista con el "
        "comité el martes 4 a las 2:00 p. m. en el edificio de Bienestar Universitario.",
    ),
    (
        "es_co_becas",
        "other",
        "grant_denied",
        "Resultado convocatoria de becas 2025-1",
        "Lamentamos informarle que su solicitud de beca no fue seleccionada en esta convocatoria debido al alto "
        "número de aspirantes. Podrá presentarse nuevamente en el próximo semestre.",
    ),
    (
        "es_co_becas",
        "other",
        "grant_offer",
        "¡Felicitaciones! Beca aprobada",
        "Nos complace informarle que le ha sido otorgada la Beca de Apoyo Financiero para el semestre 2025-2, que "
        "cubre el 50 % de la matrícula. Debe aceptar la beca en el portal antes del viernes.",
    ),
    (
        "es_co_becas",
        "other",
        "grant_test",
        "Prueba de idioma para la beca",
        "Como parte del proceso de la beca de intercambio debe presentar una prueba de inglés el sábado a las 8:00 "
        "a. m. en el laboratorio de idiomas.",
    ),
    (
        "es_mx_super",
        "other",
        "promo",
        "Ofertas de la semana 🛒",
        "¡Aprovecha las ofertas de la semana! 3x2 en lácteos, 20 % en frutas y verduras y meses sin intereses en "
        "electrodomésticos.",
    ),
    (
        "es_mx_super",
        "other",
        "order",
        "Tu pedido está en camino",
        "Tu pedido #48213 va en camino y llegará hoy entre 6 y 8 p. m. Algunos productos fueron sustituidos por "
        "falta de existencias.",
    ),
    (
        "es_mx_super",
        "other",
        "cancelled",
        "Tu pedido fue cancelado",
        "Lamentamos informarte que tu pedido no pudo ser procesado porque el pago fue rechazado por tu banco. "
        "Puedes intentarlo de nuevo con otro método.",
    ),
    (
        "es_mx_super",
        "other",
        "loyalty",
        "Solicitud de tarjeta de lealtad aprobada",
        "Tu solicitud de tarjeta Mercado Sol fue aprobada. Acumula puntos en cada compra y canjéalos por descuentos.",
    ),
    (
        "es_mx_super",
        "other",
        "survey",
        "Cuéntanos de tu visita",
        "¿Cómo fue tu visita a la sucursal Insurgentes? Responde la encuesta y participa por una tarjeta de regalo.",
    ),
    (
        "es_proveedor",
        "other",
        "quote",
        "Oferta comercial - material de oficina",
        "Adjunto nuestra oferta comercial para el suministro anual de material de oficina, con un 12 % de "
        "descuento sobre tarifa. La oferta es válida durante 30 días.",
    ),
    (
        "es_proveedor",
        "other",
        "quote_lost",
        "Re: Oferta comercial - material de oficina",
        "Gracias por comunicarnos que finalmente han decidido continuar con otro proveedor. Lamentamos no haber "
        "podido ajustarnos a su presupuesto; quedamos a su disposición para futuras necesidades.",
    ),
    (
        "es_proveedor",
        "other",
        "visit",
        "Visita comercial",
        "Me gustaría pasar a presentarle el nuevo catálogo de mobiliario. ¿Le viene bien una reunión el jueves a "
        "las 10?",
    ),
    (
        "es_proveedor",
        "other",
        "invoice",
        "Factura de marzo",
        "Le adjunto la factura correspondiente a los pedidos de marzo. El vencimiento es a 60 días.",
    ),
    (
        "es_proveedor",
        "other",
        "delivery",
        "Retraso en la entrega",
        "Le informamos de que el pedido de sillas se retrasará una semana por falta de stock del fabricante. "
        "Sentimos las molestias.",
    ),
    (
        "es_ampa",
        "other",
        "assembly",
        "Convocatoria de Asamblea General",
        "Os convocamos a la Asamblea General Ordinaria del AMPA el jueves 27 a las 17:30 en el gimnasio del "
        "colegio. Se elegirá la nueva junta directiva: quien quiera presentar su candidatura puede hacerlo hasta "
        "el martes.",
    ),
    (
        "es_ampa",
        "other",
        "extracurricular",
        "Solicitudes de extraescolares",
        "Se ha abierto el plazo de solicitud de actividades extraescolares. Las plazas se adjudicarán por sorteo "
        "y las solicitudes no admitidas quedarán en lista de espera.",
    ),
    (
        "es_ampa",
        "other",
        "volunteers",
        "Buscamos voluntarios para la fiesta",
        "Necesitamos familias voluntarias para montar los puestos de la fiesta de fin de curso. Apuntaos en el "
        "formulario.",
    ),
    (
        "es_ampa",
        "other",
        "result",
        "Resultado del sorteo de extraescolares",
        "Ya está publicado el resultado del sorteo. Lamentablemente no ha sido posible admitir todas las "
        "solicitudes de robótica; las familias no seleccionadas tienen prioridad el próximo trimestre.",
    ),
    (
        "es_ampa",
        "other",
        "fees",
        "Cuota anual del AMPA",
        "Os recordamos que la cuota anual es de 20 euros por familia. Podéis pagarla por transferencia antes del "
        "15 de octubre.",
    ),
]

# ---------------------------------------------------------------- French, tune writers
CORES += [
    # fr_cabinet_paris: a Paris recruitment cabinet, warm and long, the no late.
    (
        "fr_cabinet_paris",
        "recruiter_outreach",
        "approach",
        "Direction administrative et financière - opportunité",
        "Je me permets de vous contacter car j'accompagne actuellement un groupe familial de distribution dans le "
        "recrutement de son/sa futur·e Directeur·rice administratif·ve et financier·e. Votre parcours a retenu mon "
        "attention. Seriez-vous ouverte à un échange téléphonique confidentiel cette semaine ?",
    ),
    (
        "fr_cabinet_paris",
        "interview",
        "interview",
        "Rendez-vous au cabinet",
        "Suite à notre échange, je vous propose un entretien au cabinet mardi 18 à 14h30 (12 rue de Téhéran, "
        "Paris 8e). Il durera environ une heure et demie. Merci de me confirmer votre présence.",
    ),
    (
        "fr_cabinet_paris",
        "interview",
        "client",
        "Rencontre avec le client",
        "Excellente nouvelle : mon client souhaite vous rencontrer. Le PDG vous recevra le 3 avril à 10h au siège "
        "de Rungis. Je vous appelle demain pour vous préparer.",
    ),
    (
        "fr_cabinet_paris",
        "rejection",
        "thanks_first",
        "Mission DAF - retour",
        "Je voulais avant tout vous remercier chaleureusement pour votre disponibilité et la qualité de nos "
        "échanges tout au long de cette mission ; votre rencontre avec le PDG s'est très bien passée.\n\nMalgré "
        "l'intérêt de votre profil, mon client a finalement fait le choix d'un candidat ayant déjà conduit une "
        "opération de LBO. Je mesure la déception que cela représente.\n\nJe reviendrai naturellement vers vous "
        "sur d'autres missions.",
    ),
    (
        "fr_cabinet_paris",
        "offer",
        "offer",
        "Promesse d'embauche",
        "Je suis ravie de vous annoncer que mon client vous adresse sa promesse d'embauche pour le poste de DAF : "
        "rémunération fixe, variable de 20 % et véhicule de fonction. Vous la trouverez en pièce jointe.",
    ),
    (
        "fr_cabinet_paris",
        "rejection",
        "not_fit",
        "Votre candidature - Contrôleur de gestion",
        "Je vous remercie de votre candidature au poste de contrôleur de gestion. Votre expérience ne correspond "
        "pas tout à fait au profil recherché par notre client, qui souhaite une expérience industrielle ; je ne "
        "pourrai donc pas la lui présenter.",
    ),
    # fr_esn: an ESN's talent team, "tu", inclusive writing.
    (
        "fr_esn",
        "application_ack",
        "ack",
        "Ta candidature chez Sygma Numérique",
        "Merci pour ta candidature au poste de Consultant·e Data ! Notre équipe Talents l'étudie avec attention "
        "et reviendra vers toi sous 15 jours, quelle que soit la réponse.",
    ),
    (
        "fr_esn",
        "assessment",
        "test",
        "Test technique en ligne",
        "Prochaine étape : un test technique en ligne (SQL et Python, 1h) sur notre plateforme. Tu as jusqu'à "
        "dimanche pour le passer, à ton rythme.",
    ),
    (
        "fr_esn",
        "interview",
        "visio",
        "Entretien en visio avec un·e manager",
        "Ton test est validé 🎉 On te propose un entretien en visio avec Julie, manager de la practice Data, "
        "mercredi à 17h. Le lien Teams est dans l'invitation.",
    ),
    (
        "fr_esn",
        "rejection",
        "decision",
        "Retour sur ta candidature",
        "Merci encore pour ton temps et ton énergie pendant ces entretiens. Après échange avec l'équipe, nous ne "
        "donnerons pas suite à ta candidature pour cette mission : le client recherche un profil plus senior sur "
        "Azure. On garde ton CV précieusement.",
    ),
    (
        "fr_esn",
        "rejection",
        "kept",
        "Candidature spontanée",
        "Merci pour ta candidature spontanée. Nous n'avons pas de mission correspondant à ton profil en ce moment "
        "et ne pouvons donc pas y répondre favorablement. N'hésite pas à suivre nos offres.",
    ),
    (
        "fr_esn",
        "other",
        "event",
        "Meetup Data du jeudi",
        "Viens à notre meetup Data jeudi soir : deux talks sur dbt et un afterwork. Inscription gratuite, places "
        "limitées !",
    ),
    # fr_agglo: an agglomeration's DRH, very formal, Latin-1.
    (
        "fr_agglo",
        "application_ack",
        "ack",
        "Accusé de réception de votre candidature",
        "J'accuse réception de votre candidature au poste de chargée de mission mobilités (cadre d'emplois des "
        "attachés territoriaux). Votre dossier sera examiné à l'issue de la date limite de dépôt.",
    ),
    (
        "fr_agglo",
        "interview",
        "jury",
        "Convocation à un entretien de recrutement",
        "J'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien devant le jury de "
        "recrutement, le lundi 14 avril à 9h, à l'Hôtel d'agglomération, salle du conseil.",
    ),
    (
        "fr_agglo",
        "rejection",
        "decision",
        "Suite donnée à votre candidature",
        "Je vous remercie de l'intérêt que vous avez porté à notre collectivité. Après examen des candidatures "
        "par le jury, j'ai le regret de vous informer que nous ne pouvons donner une suite favorable à votre "
        "demande.",
    ),
    (
        "fr_agglo",
        "rejection",
        "filled",
        "Poste de gestionnaire RH",
        "Je vous informe que le poste de gestionnaire carrière-paie a été pourvu par la voie de la mutation. En "
        "conséquence, votre candidature n'a pas pu être retenue.",
    ),
    (
        "fr_agglo",
        "other",
        "convocation",
        "Convocation au conseil communautaire",
        "Vous êtes convoqué·e à la séance du conseil communautaire du jeudi 20 mars à 18h30. L'ordre du jour "
        "comporte le vote du budget primitif.",
    ),
    # fr_be_chu: a Belgian university hospital, "postuler", Belgian formulas.
    (
        "fr_be_chu",
        "application_ack",
        "ack",
        "Votre candidature - Infirmier·ère SISU",
        "Nous avons bien reçu votre candidature pour la fonction d'infirmier·ère SISU et vous en remercions. Elle "
        "sera analysée par le service concerné dans les meilleurs délais.",
    ),
    (
        "fr_be_chu",
        "assessment",
        "situation",
        "Épreuve de mise en situation",
        "Votre candidature a été présélectionnée. Nous vous invitons à une épreuve de mise en situation "
        "clinique le 7 mai à 13h au centre de simulation, suivie d'un entretien avec l'infirmière en chef.",
    ),
    (
        "fr_be_chu",
        "rejection",
        "not_selected",
        "Votre candidature au CHU Namur-Meuse",
        "Nous vous remercions pour votre participation à notre procédure de sélection. Nous sommes au regret de "
        "vous faire savoir que votre candidature n'a pas été retenue. Nous conservons votre dossier dans notre "
        "réserve de recrutement pendant un an.",
    ),
    (
        "fr_be_chu",
        "offer",
        "offer",
        "Proposition d'engagement",
        "Nous avons le plaisir de vous proposer un engagement à durée indéterminée en qualité d'infirmière au "
        "service des soins intensifs, à temps plein, à partir du 1er juin. Merci de nous confirmer votre accord.",
    ),
    (
        "fr_be_chu",
        "other",
        "patient",
        "Votre rendez-vous en consultation",
        "Nous vous rappelons votre rendez-vous en consultation de dermatologie le 12 mai à 10h20. En cas "
        "d'empêchement, merci de prévenir 48h à l'avance.",
    ),
    # fr_apec: the APEC's notices.
    (
        "fr_apec",
        "application_ack",
        "ack",
        "Votre candidature a bien été transmise",
        "Votre candidature à l'offre « Responsable achats H/F » de la société Vélizy Composites a bien été "
        "transmise au recruteur. Retrouvez-la dans votre tableau de bord.",
    ),
    (
        "fr_apec",
        "rejection",
        "status",
        "Mise à jour de votre candidature",
        "Le recruteur Vélizy Composites a mis à jour le statut de votre candidature à l'offre « Responsable "
        "achats H/F » : candidature non retenue.",
    ),
    (
        "fr_apec",
        "other",
        "workshop",
        "Atelier : réussir son entretien d'embauche",
        "Inscrivez-vous à notre atelier en ligne « Réussir son entretien » le 22 mars. Un consultant Apec vous "
        "donnera des clés pour convaincre un recruteur.",
    ),
    (
        "fr_apec",
        "recruiter_outreach",
        "relay",
        "Un recruteur s'intéresse à votre profil",
        "Un recruteur du cabinet Rive Gauche Executive a consulté votre CV et souhaite vous proposer un poste de "
        "Directrice achats. Il vous invite à le contacter via votre espace.",
    ),
    (
        "fr_apec",
        "other",
        "alert",
        "12 nouvelles offres pour vous",
        "12 nouvelles offres correspondent à votre alerte « achats Île-de-France ». Postulez en un clic.",
    ),
    # fr_qc_jobillico: Jobillico in Québec, "entrevue", "affichage".
    (
        "fr_qc_jobillico",
        "application_ack",
        "ack",
        "Candidature envoyée à Transport Boréal",
        "Votre candidature pour l'affichage « Répartitrice de transport » a été envoyée à Transport Boréal. "
        "L'employeur communiquera avec vous si votre profil est retenu.",
    ),
    (
        "fr_qc_jobillico",
        "interview",
        "relay",
        "Transport Boréal vous invite en entrevue",
        "Transport Boréal vous a écrit : « Bonjour Margaux, nous aimerions vous rencontrer en entrevue jeudi à "
        "13 h à nos bureaux de Lévis. Merci de confirmer par retour de courriel. »",
    ),
    (
        "fr_qc_jobillico",
        "rejection",
        "relay",
        "Message de Transport Boréal",
        "Transport Boréal vous a écrit : « Merci de l'intérêt porté à notre entreprise. Nous avons retenu une "
        "autre candidature pour ce poste. Nous vous souhaitons bon succès dans vos recherches. »",
    ),
    (
        "fr_qc_jobillico",
        "rejection",
        "closed",
        "Affichage fermé : Adjointe administrative",
        "L'affichage « Adjointe administrative » de Municipalité de Saint-Ferréol auquel vous avez postulé a été "
        "fermé par l'employeur : le poste a été comblé.",
    ),
    (
        "fr_qc_jobillico",
        "assessment",
        "test",
        "Test de français écrit",
        "Municipalité de Saint-Ferréol vous demande de compléter un test de français écrit (30 minutes) avant "
        "votre entrevue. Le lien est valide 72 heures.",
    ),
]

# ---------------------------------------------------------------- French, not about a job, tune writers
CORES += [
    (
        "fr_chauffage",
        "other",
        "service",
        "Entretien annuel de votre chaudière",
        "Votre entretien annuel de chaudière est à prévoir avant le 30 novembre. Nous vous proposons un "
        "rendez-vous le mardi 14 entre 8h et 12h. Merci de confirmer ou de nous proposer un autre créneau.",
    ),
    (
        "fr_chauffage",
        "other",
        "quote",
        "Devis remplacement chaudière",
        "Suite à notre visite, veuillez trouver notre devis pour le remplacement de votre chaudière par une "
        "pompe à chaleur. Cette offre est valable 3 mois et éligible aux aides de l'État.",
    ),
    (
        "fr_chauffage",
        "other",
        "refused",
        "Dossier d'aide MaPrimeRénov'",
        "Nous sommes au regret de vous informer que votre dossier d'aide n'a pas été retenu par l'Anah, le "
        "logement ayant moins de 15 ans. Le devis reste valable sans l'aide.",
    ),
    (
        "fr_chauffage",
        "other",
        "reminder",
        "Rappel : intervention demain",
        "Petit rappel : notre technicien passe demain matin pour l'entretien de votre chaudière. Pensez à laisser "
        "l'accès libre.",
    ),
    (
        "fr_syndic",
        "other",
        "assembly",
        "Convocation à l'assemblée générale des copropriétaires",
        "Nous avons l'honneur de vous convoquer à l'assemblée générale ordinaire des copropriétaires de la "
        "Résidence du Parc, le 25 mars à 18h, salle municipale. Vous trouverez ci-joint l'ordre du jour et les "
        "projets de résolution.",
    ),
    (
        "fr_syndic",
        "other",
        "candidates",
        "Candidatures au conseil syndical",
        "Les copropriétaires souhaitant présenter leur candidature au conseil syndical sont invités à nous la "
        "faire parvenir avant le 10 mars.",
    ),
    (
        "fr_syndic",
        "other",
        "minutes",
        "Procès-verbal de l'assemblée générale",
        "Veuillez trouver ci-joint le procès-verbal. La résolution n° 7 (ravalement) a été rejetée ; l'offre de "
        "l'entreprise Batigne n'a donc pas été retenue.",
    ),
    (
        "fr_syndic",
        "other",
        "works",
        "Travaux dans le hall",
        "Des travaux de peinture auront lieu dans le hall du 2 au 6 avril. Merci de votre compréhension.",
    ),
    (
        "fr_marches_publics",
        "other",
        "tender_ack",
        "Accusé de réception de votre pli",
        "Nous accusons réception du dépôt de votre pli pour la consultation n° 2025-014 « Entretien des espaces "
        "verts ». Votre candidature et votre offre ont été horodatées le 3 mars à 11h42.",
    ),
    (
        "fr_marches_publics",
        "other",
        "tender_lost",
        "Rejet de votre offre - consultation 2025-014",
        "Nous avons le regret de vous informer que votre offre n'a pas été retenue. L'offre économiquement la "
        "plus avantageuse est celle de la société Verts Horizons. Vous disposez d'un délai de 11 jours pour "
        "tout recours.",
    ),
    (
        "fr_marches_publics",
        "other",
        "tender_new",
        "Nouvel appel d'offres correspondant à votre veille",
        "Un nouvel avis d'appel public à la concurrence correspond à vos critères : « Nettoyage des bâtiments "
        "communaux ». Date limite de remise des candidatures : 15 avril.",
    ),
    (
        "fr_marches_publics",
        "other",
        "tender_docs",
        "Pièces complémentaires demandées",
        "Votre candidature est incomplète : merci de fournir l'attestation URSSAF et le Kbis de moins de trois "
        "mois avant le 20 mars.",
    ),
    (
        "fr_cuisines",
        "other",
        "promo",
        "Offre promotionnelle : -30 % sur votre cuisine",
        "Profitez de notre offre promotionnelle de printemps : -30 % sur toutes nos cuisines équipées et la pose "
        "offerte jusqu'au 31 mars.",
    ),
    (
        "fr_cuisines",
        "other",
        "appointment",
        "Votre rendez-vous conception",
        "Votre rendez-vous avec notre concepteur cuisine est confirmé samedi à 10h en magasin. Pensez à apporter "
        "les dimensions de votre pièce.",
    ),
    (
        "fr_cuisines",
        "other",
        "credit",
        "Votre demande de financement",
        "Votre demande de financement pour votre projet cuisine n'a malheureusement pas été acceptée par notre "
        "partenaire. Nos conseillers peuvent vous proposer d'autres solutions.",
    ),
    (
        "fr_cuisines",
        "other",
        "contest",
        "Jeu concours : les résultats",
        "Merci d'avoir participé à notre jeu concours ! Vous n'avez pas été tiré·e au sort cette fois-ci, mais "
        "un bon de 50 € vous attend en magasin.",
    ),
]

# ---------------------------------------------------------------- French, report writers
CORES += [
    (
        "fr_hellowork",
        "application_ack",
        "ack",
        "Votre candidature a été envoyée",
        "Votre candidature au poste de Chargée de clientèle chez Mutualis Ouest a bien été envoyée. Le recruteur "
        "a reçu votre CV et votre lettre de motivation.",
    ),
    (
        "fr_hellowork",
        "rejection",
        "status",
        "Réponse du recruteur - Chargée de clientèle",
        "Mutualis Ouest a répondu à votre candidature : « Nous avons étudié votre candidature avec attention. "
        "Nous sommes néanmoins au regret de ne pouvoir y donner suite. »",
    ),
    (
        "fr_hellowork",
        "interview",
        "relay",
        "Mutualis Ouest souhaite vous rencontrer",
        "Bonne nouvelle ! Mutualis Ouest vous propose un entretien le 11 avril à 9h30 dans son agence de "
        "Nantes. Confirmez votre présence depuis votre espace.",
    ),
    (
        "fr_hellowork",
        "rejection",
        "closed",
        "L'offre n'est plus disponible",
        "L'offre « Assistante commerciale » chez Emballages Vendée à laquelle vous avez postulé a été clôturée : "
        "le poste a été pourvu. Découvrez des offres similaires.",
    ),
    (
        "fr_hellowork",
        "other",
        "advice",
        "Préparez votre entretien d'embauche",
        "Nos 7 conseils pour préparer un entretien d'embauche et répondre aux questions pièges. Lisez notre guide.",
    ),
    (
        "fr_hellowork",
        "assessment",
        "test",
        "Test de personnalité demandé",
        "Emballages Vendée vous invite à passer un test de personnalité en ligne pour poursuivre le processus. "
        "Comptez 20 minutes.",
    ),
    (
        "fr_wttj_scaleup",
        "recruiter_outreach",
        "approach",
        "Ton profil sur Welcome to the Jungle",
        "J'ai vu ton profil sur Welcome to the Jungle et ton expérience en ops marketplace m'a tapé dans l'œil. "
        "On recrute un·e Ops Lead chez Cartopia (Série B, 80 personnes). Partante pour en parler 20 minutes ?",
    ),
    (
        "fr_wttj_scaleup",
        "interview",
        "visio",
        "Dispo pour un call ?",
        "Top ! Je te propose un premier call visio jeudi à 11h ou vendredi à 15h, tu me dis ce qui t'arrange.",
    ),
    (
        "fr_wttj_scaleup",
        "assessment",
        "case",
        "Ton case study",
        "Voici le case study pour la prochaine étape : repenser notre process d'onboarding partenaires. Une "
        "présentation de 5 slides max, à nous envoyer d'ici mardi.",
    ),
    (
        "fr_wttj_scaleup",
        "rejection",
        "thanks_first",
        "Cartopia - notre décision",
        "Merci énormément pour ton case study, vraiment soigné, et pour le temps que tu nous as consacré.\n\n"
        "Après pas mal de débats dans l'équipe, on a décidé de ne pas aller plus loin avec toi pour ce poste ; on "
        "cherche quelqu'un qui a déjà managé une équipe de plus de dix personnes.\n\nJe te souhaite plein de "
        "belles choses pour la suite.",
    ),
    (
        "fr_wttj_scaleup",
        "offer",
        "offer",
        "On veut bosser avec toi !",
        "Super nouvelle : on aimerait beaucoup que tu rejoignes Cartopia comme Ops Lead ! Je t'envoie la "
        "proposition détaillée (fixe, BSPCE, télétravail) dans la journée.",
    ),
    (
        "fr_ch_jobup",
        "application_ack",
        "ack",
        "Votre postulation a été envoyée",
        "Votre postulation pour le poste « Assistante de direction 80-100 % » chez Fiduciaire du Lac SA a été "
        "transmise avec succès.",
    ),
    (
        "fr_ch_jobup",
        "rejection",
        "relay",
        "Réponse de Fiduciaire du Lac SA",
        "Fiduciaire du Lac SA vous a répondu : « Madame, après examen attentif de votre dossier, nous avons "
        "décidé de privilégier une autre candidature. Nous vous remercions de votre intérêt. »",
    ),
    (
        "fr_ch_jobup",
        "interview",
        "relay",
        "Invitation de Pharma Léman SA",
        "Pharma Léman SA souhaite vous inviter à un entretien le 6 mai à 14h à Nyon. Répondez directement au "
        "recruteur depuis votre compte Jobup.",
    ),
    (
        "fr_ch_jobup",
        "rejection",
        "relay_filled",
        "Réponse de Pharma Léman SA",
        "Pharma Léman SA vous a répondu : « Nous vous informons que le poste a entre-temps été repourvu. Nous "
        "vous souhaitons plein succès pour la suite. »",
    ),
    (
        "fr_ch_jobup",
        "other",
        "alert",
        "Nouvelles offres d'emploi à Lausanne",
        "Découvrez les 9 nouvelles offres d'emploi qui correspondent à votre abonnement « assistante Lausanne ».",
    ),
    (
        "fr_france_travail",
        "interview",
        "relay",
        "Proposition d'entretien d'embauche",
        "Une entreprise a retenu votre profil pour l'offre n. 184XKPQ (agent administratif) et vous propose un "
        "entretien d'embauche le 15 avril a 10h. Merci de confirmer depuis votre espace personnel.",
    ),
    (
        "fr_france_travail",
        "other",
        "convocation",
        "Convocation a un rendez-vous",
        "Vous etes convoquee a un rendez-vous avec votre conseillere le 3 avril a 9h15 dans votre agence. En cas "
        "d'absence non justifiee, votre allocation pourra etre suspendue.",
    ),
    (
        "fr_france_travail",
        "rejection",
        "relay",
        "Reponse de l'employeur",
        "L'employeur Logistique Armor vous informe que votre candidature a l'offre n. 183ZZLM n'a pas ete retenue. "
        "Nous vous invitons a poursuivre vos recherches.",
    ),
    (
        "fr_france_travail",
        "other",
        "update",
        "Actualisation mensuelle",
        "Pensez a vous actualiser entre le 28 et le 15 du mois pour maintenir vos droits.",
    ),
    (
        "fr_france_travail",
        "other",
        "training",
        "Votre demande de formation",
        "Votre demande de financement de formation (Titre professionnel comptable) a ete acceptee. Un courrier "
        "detaille vous sera adresse.",
    ),
    (
        "fr_grande_ecole",
        "application_ack",
        "ack",
        "Accusé de réception - Chargé(e) des relations entreprises",
        "Nous accusons bonne réception de votre candidature au poste de chargé(e) des relations entreprises et "
        "vous en remercions. Elle sera étudiée avec la plus grande attention.",
    ),
    (
        "fr_grande_ecole",
        "interview",
        "panel",
        "Convocation à un entretien",
        "Nous avons le plaisir de vous convier à un entretien avec la Directrice des relations entreprises et "
        "notre responsable RH le 28 mai à 10h, sur le campus de Talence (bâtiment A, 2e étage).",
    ),
    (
        "fr_grande_ecole",
        "rejection",
        "decision",
        "Votre candidature à l'ESC Bordeaux-Atlantique",
        "Nous vous remercions de l'intérêt que vous portez à notre École. Malgré la qualité de votre parcours, "
        "nous avons retenu une autre candidature, plus proche des besoins du poste.",
    ),
    (
        "fr_grande_ecole",
        "other",
        "admission",
        "Résultats d'admissibilité - Programme Grande École",
        "Nous avons le regret de vous informer que votre candidature au Programme Grande École n'a pas été "
        "retenue à l'issue des épreuves écrites.",
    ),
    (
        "fr_grande_ecole",
        "offer",
        "offer",
        "Proposition de contrat",
        "Suite à votre entretien, nous sommes heureux de vous proposer le poste de chargée des relations "
        "entreprises en CDI à compter du 1er septembre. Votre contrat vous sera adressé sous huitaine.",
    ),
    (
        "fr_ma_logistique",
        "interview",
        "interview",
        "Entretien poste responsable d'exploitation",
        "Nous avons bien reçu votre CV. Nous souhaitons vous rencontrer pour un entretien, de préférence en "
        "visio vu la distance. Êtes-vous disponible mardi à 11h heure de Casablanca ?",
    ),
    (
        "fr_ma_logistique",
        "rejection",
        "short",
        "Re: Entretien poste responsable d'exploitation",
        "Merci pour l'entretien de mardi. Nous avons finalement opté pour un profil local disponible "
        "immédiatement. Bonne continuation à vous.",
    ),
    (
        "fr_ma_logistique",
        "offer",
        "offer",
        "Poste de responsable qualité",
        "Suite à nos échanges, la direction a validé votre recrutement au poste de responsable qualité. Je vous "
        "envoie la lettre d'engagement avec le salaire et la date de prise de fonction.",
    ),
    (
        "fr_ma_logistique",
        "assessment",
        "test",
        "Étude de cas",
        "Avant le second entretien, je vous prie de préparer une courte étude de cas sur l'optimisation d'un "
        "entrepôt. Nous en discuterons ensemble.",
    ),
    (
        "fr_ma_logistique",
        "other",
        "business",
        "Cotation transport Tanger-Lyon",
        "Ci-joint notre cotation pour le transport Tanger-Lyon. Merci de nous confirmer votre accord avant vendredi.",
    ),
    (
        "fr_boulangeries",
        "interview",
        "interview",
        "Votre candidature vendeuse",
        "J'ai bien reçu ton CV pour le poste de vendeuse. Est-ce que tu peux passer à la boutique de la Croix-"
        "Rousse jeudi vers 15h pour qu'on discute ?",
    ),
    (
        "fr_boulangeries",
        "rejection",
        "short",
        "Re: Votre candidature vendeuse",
        "Merci d'être passée jeudi. Finalement j'ai pris quelqu'un qui habite à côté et peut faire les "
        "ouvertures à 6h. Désolée et bon courage pour ta recherche !",
    ),
    (
        "fr_boulangeries",
        "offer",
        "offer",
        "Poste de responsable de boutique",
        "Bonne nouvelle : on te propose le poste de responsable de la boutique de Vaise en CDI, à partir du 3 "
        "mars. Je te prépare le contrat.",
    ),
    (
        "fr_boulangeries",
        "other",
        "order",
        "Commande galettes",
        "Pour la commande de galettes de l'entreprise, c'est bon pour le 8. Tu peux passer les récupérer à 11h.",
    ),
    (
        "fr_boulangeries",
        "assessment",
        "trial",
        "Journée d'essai",
        "Avant de décider, on aimerait te proposer une journée d'essai en boutique samedi, de 7h à 14h, pour voir "
        "comment tu te sens avec l'équipe.",
    ),
    (
        "fr_qc_coop",
        "application_ack",
        "ack",
        "Réception de votre candidature",
        "Nous accusons réception de votre candidature pour le poste de technicienne en foresterie. Seules les "
        "personnes retenues pour une entrevue seront contactées.",
    ),
    (
        "fr_qc_coop",
        "interview",
        "interview",
        "Invitation à une entrevue",
        "Nous aimerions vous rencontrer en entrevue le mercredi 16 avril à 10 h à nos bureaux de Chicoutimi, ou "
        "par Teams si vous préférez.",
    ),
    (
        "fr_qc_coop",
        "rejection",
        "decision",
        "Suite à votre entrevue",
        "Merci d'avoir pris le temps de nous rencontrer. Après mûre réflexion, nous avons arrêté notre choix sur "
        "une autre personne dont l'expérience terrain répond davantage à nos besoins actuels.",
    ),
    (
        "fr_qc_coop",
        "offer",
        "offer",
        "Offre d'emploi - technicienne en foresterie",
        "C'est avec plaisir que nous vous offrons le poste de technicienne en foresterie, saisonnier, à compter "
        "du 5 mai. Vous trouverez ci-joint la lettre d'offre à signer.",
    ),
    (
        "fr_qc_coop",
        "other",
        "members",
        "Assemblée générale des membres",
        "Vous êtes convoquée à l'assemblée générale annuelle des membres de la coopérative le 12 juin. Les "
        "candidatures au conseil d'administration sont reçues jusqu'au 30 mai.",
    ),
]

# ---------------------------------------------------------------- French, not about a job, report writers
CORES += [
    (
        "fr_banque",
        "other",
        "loan",
        "Votre demande de prêt immobilier",
        "Nous avons étudié votre demande de prêt immobilier. Malheureusement, nous ne pouvons pas donner une "
        "suite favorable à votre demande compte tenu de votre taux d'endettement.",
    ),
    (
        "fr_banque",
        "other",
        "offer",
        "Une offre réservée à nos clients",
        "Bénéficiez de notre offre de bienvenue : 3 mois de cotisation offerts sur la carte Premier. Offre "
        "valable jusqu'au 30 avril.",
    ),
    (
        "fr_banque",
        "other",
        "appointment",
        "Confirmation de votre rendez-vous",
        "Je vous confirme notre entretien en agence mardi à 17h pour faire le point sur votre épargne.",
    ),
    (
        "fr_banque",
        "other",
        "ack",
        "Accusé de réception de votre demande",
        "Nous accusons réception de votre demande de modification de plafond de carte. Elle sera traitée sous 48h.",
    ),
    (
        "fr_mairie",
        "other",
        "garden",
        "Votre candidature pour une parcelle au jardin partagé",
        "Nous avons bien reçu votre candidature pour une parcelle au jardin partagé des Iris. Toutes les "
        "parcelles étant attribuées, votre demande a été placée en liste d'attente.",
    ),
    (
        "fr_mairie",
        "other",
        "convocation",
        "Convocation - réunion des associations",
        "Vous êtes conviée à la réunion annuelle des associations le 5 avril à 18h, salle des fêtes.",
    ),
    (
        "fr_mairie",
        "other",
        "grant",
        "Demande de subvention",
        "Votre demande de subvention pour l'association n'a pas été retenue par le conseil municipal cette année, "
        "l'enveloppe étant épuisée.",
    ),
    (
        "fr_mairie",
        "other",
        "hall",
        "Réservation de salle",
        "Votre réservation de la salle polyvalente le 14 juin est confirmée. La caution de 300 € sera à déposer "
        "en mairie.",
    ),
    (
        "fr_voisin",
        "other",
        "personal",
        "Re: ton entretien",
        "Haha non je parlais de l'entretien de la chaudière collective, pas d'un entretien d'embauche ! Le "
        "technicien passe jeudi.",
    ),
    ("fr_voisin", "other", "personal", "Colis", "J'ai récupéré ton colis chez moi, passe quand tu veux ce soir."),
    (
        "fr_voisin",
        "other",
        "personal",
        "Fête des voisins",
        "On organise la fête des voisins le 30 mai dans la cour. Ta candidature pour la tarte aux pommes est "
        "acceptée d'office 😄",
    ),
    (
        "fr_voisin",
        "other",
        "personal",
        "Vélo",
        "Finalement j'ai refusé l'offre du type sur Leboncoin pour le vélo, il était trop cher. Tu connais "
        "quelqu'un qui vend le sien ?",
    ),
]


# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote headers.
_READERS = {
    "es": Reader(
        "Lucía Ferrer Ortiz <lucia.ferrer.o@example.net>",
        "Hola, muchas gracias por su mensaje. Quedo a su disposición para cualquier consulta. Un saludo, Lucía Ferrer",
        "El vie, 7 mar 2025 a las 9:14, Lucía Ferrer Ortiz (<lucia.ferrer.o@example.net>) escribió:",
        "De: Lucía Ferrer Ortiz <lucia.ferrer.o@example.net>\nEnviado: viernes, 7 de marzo de 2025 9:14\n"
        "Para: seleccion@example.org\nAsunto: Mi candidatura",
        "El 7 mar 2025, a las 9:14, Lucía Ferrer Ortiz <lucia.ferrer.o@example.net> escribió:",
    ),
    "fr": Reader(
        "Margaux Bellanger <margaux.bellanger@example.net>",
        "Bonjour, je vous remercie pour votre message et reste à votre disposition. Bien à vous, Margaux Bellanger",
        "Le ven. 7 mars 2025 à 09:14, Margaux Bellanger <margaux.bellanger@example.net> a écrit :",
        "De : Margaux Bellanger <margaux.bellanger@example.net>\nEnvoyé : vendredi 7 mars 2025 09:14\n"
        "À : recrutement@example.org\nObjet : Ma candidature",
        "Le 7 mars 2025 à 09:14, Margaux Bellanger <margaux.bellanger@example.net> a écrit :",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 2, 10, 7, 41, tzinfo=dt.UTC),
    days=75,
    minutes=43,
    quote_every=6,
    case_id="{lang}7-{i:03d}-{label}",
    message_id="<i7-{i:03d}.{writer}@intl7.example>",
    boundary="=_i7_{i}_{writer}",
)
build = SET.build
messages = SET.messages
