"""A tenth set of job-search mail, French and Spanish only (`bench/mail_heldout.py --set intl9`), written for this
project by deliberately other writers than the earlier sets (tests/mail/heldout_mail.py, writers_mail.py,
intl3_mail.py to intl7_mail.py, fr_inbox.py, intl_corpus.py). None of it comes from a data set or a real inbox;
every sender, company and person is invented.

The writers: in French a Lyon SaaS company on Lever, a Paris jewellery house on SmartRecruiters, a Lille temping agent
from a phone, a public research institute, a Belgian CPAS (social welfare centre), a Geneva executive-search partner for
a private bank, a Québec health board, a Montréal start-up saying « tu », a Tunisian telecom operator, a bistro chef
from a phone saying « tu », a Lyon law firm, an executives' job board relaying employers, a care home run by an
association, a postal group's own career site, a Nantes start-up on Teamtailor saying « tu », a supermarket's manager
(no accents), an airport handling company, an Algerian energy company (no accents), a structural engineering office (no
accents), a Rabat call centre, an independent IT recruiter placing freelancers, a Swiss university of applied sciences;
and, not about a job, a social landlord, a foundation's grants, a journalist, a sports club, a garage, a friend, a
town's nurseries, a bank, a university's admissions, an insurer and a photo contest. In Spanish a Spanish fashion
retailer on SmartRecruiters, a Barcelona start-up on Lever saying « tú », a Mexican bank on Taleo, a Mexican job board
relaying employers, a Colombian call centre, a Colombian university's teaching competition, a Chilean job board (no
accents), a Chilean winery owner from a phone, a Peruvian bank, a Peruvian NGO, a US school district writing in Spanish,
a Texas contractor from a phone, a Spanish public postal company's job pool, a Madrid IT consultancy, a restaurant chef
from a phone saying « tú », a pharma lab on iCIMS, a Tijuana factory, a delivery app saying « tú », a Madrid
head-hunter, a Peruvian retailer, a Colombian public competition (no accents), a Medellín start-up saying « vos », a
Spanish olive co-operative (no accents), a home-care company; and, not about a job, a bank's solicitud de crédito, a
journalist's entrevista, a shop's oferta comercial, a letting agency, a school's admisión, a friend, a town hall's
subvención, a literary contest, a gym and an insurer.

Rejections come in many grammatical shapes: someone else chosen, the reader not kept, a negation with « ne … pas /
plus / guère » or "no … / ningún", the role's state (pourvu, gelé, suspendu, cubierta, cancelada, en pausa,
desierta), conditional, passive and impersonal shapes, the decision after thanks. Acknowledgements that sound
negative ("we cannot answer everyone"), invitations, assessments, offers, outreach and withdrawals the company
confirms are there too; about a quarter to a third of each language is mail that uses job words in another sense.

Each writer belongs to one half: `tune` (its mistakes may be read and may shape the packs) or `report` (only
counted, at the first run and at the end of a piece of work; `bench/mail_heldout.py --set intl9` refuses to show
its misses).
"""

from __future__ import annotations

import datetime as dt

from tests.mail.set_builder import Reader, Writer, WriterSet

WRITERS: dict[str, Writer] = {
    # a Lyon SaaS company on Lever
    "fr_lever_saas": Writer(
        "tune",
        "fr",
        "Quadrille Recrutement <jobs@quadrille.lever.example>",
        "html-utf8",
        "Bonjour Margaux,",
        "L'équipe Talent de Quadrille",
        "Quadrille SAS, Lyon. Vous recevez ce message car vous avez postulé via notre page carrières.",
    ),
    # a Paris jewellery house on SmartRecruiters
    "fr_smartrec_luxe": Writer(
        "report",
        "fr",
        "Maison Orfeuil Talents <talents@orfeuil.smartrecruiters.example>",
        "multipart-b64",
        "Madame,",
        "Nous vous prions d'agréer, Madame, nos salutations distinguées.\nLa Direction des Talents – Maison Orfeuil",
        "Maison Orfeuil, Paris 8e. Ne répondez pas à ce message automatique.",
    ),
    # a Lille temping agent from a phone
    "fr_interim_lille": Writer(
        "tune",
        "fr",
        "Nadia – Intérim Flandres <nadia@interim-flandres.example.fr>",
        "phone-flowed",
        "Bonjour Margaux,",
        "Nadia\nChargée de recrutement – Intérim Flandres, agence de Roubaix\n\nEnvoyé de mon iPhone",
    ),
    # a public research institute
    "fr_labo_cnrs": Writer(
        "report",
        "fr",
        "Institut de biologie intégrative – RH <rh-recrutement@ibi.example.fr>",
        "outlook-qp",
        "Madame,",
        "Bien cordialement,\nLe service des ressources humaines\nInstitut de biologie intégrative (UMR 7412)",
    ),
    # a Belgian CPAS (social welfare centre)
    "fr_be_cpas": Writer(
        "tune",
        "fr",
        "CPAS de Waremme-sur-Geer – Service du personnel <personnel@cpas-waremme.example.be>",
        "latin1-plain",
        "Madame,",
        "Veuillez agréer, Madame, l'expression de nos sentiments distingués.\nLe Directeur général",
    ),
    # a Geneva executive-search partner for a private bank
    "fr_ch_banque_privee": Writer(
        "report",
        "fr",
        "Sébastien Mottier – Mottier Executive <s.mottier@mottier-exec.example.ch>",
        "gmail-utf8",
        "Chère Madame Bellanger,",
        "Meilleures salutations,\nSébastien Mottier\nAssocié – Mottier Executive SA, Genève",
    ),
    # a Québec health board
    "fr_qc_ciusss": Writer(
        "tune",
        "fr",
        "CIUSSS des Deux-Rives – Dotation <dotation@ciusss-deuxrives.example.qc.ca>",
        "html-cp1252",
        "Madame,",
        "Le Service de la dotation\nCIUSSS des Deux-Rives",
        "Ce courriel est confidentiel. Merci de ne pas y répondre.",
    ),
    # a Montréal start-up saying « tu »
    "fr_qc_startup_tu": Writer(
        "report",
        "fr",
        "Jade de Pixelbec <jade@pixelbec.example.ca>",
        "gmail-utf8",
        "Salut Margaux,",
        "À bientôt !\nJade\nPixelbec, Montréal",
    ),
    # a Tunisian telecom operator
    "fr_tn_telecom": Writer(
        "tune",
        "fr",
        "Tunicom – Direction des ressources humaines <drh@tunicom.example.tn>",
        "outlook-qp",
        "Madame,",
        "Cordialement,\nDirection des Ressources Humaines\nTunicom S.A.",
    ),
    # a bistro chef from a phone saying « tu »
    "fr_resto_chef": Writer(
        "report",
        "fr",
        "Fred Lacaze <fred.bistrotlacaze@example.fr>",
        "phone-flowed",
        "",
        "Fred\n\nEnvoyé depuis mon mobile",
    ),
    # a Lyon law firm
    "fr_avocats": Writer(
        "tune",
        "fr",
        "Cabinet Delorme & Associés <recrutement@delorme-avocats.example.fr>",
        "outlook-qp",
        "Madame,",
        "Nous vous prions de croire, Madame, en l'assurance de nos sentiments les meilleurs.\nCabinet Delorme & "
        "Associés – Avocats au Barreau de Lyon",
    ),
    # an executives' job board relaying employers
    "fr_cadremploi": Writer(
        "report",
        "fr",
        "Cadrexpress <candidatures@cadrexpress-mail.example.fr>",
        "html-cp1252",
        "Bonjour Margaux,",
        "L'équipe Cadrexpress",
        "Vous recevez cet e-mail car vous êtes inscrite sur Cadrexpress. Gérer mes alertes.",
    ),
    # a care home run by an association
    "fr_ehpad_assoc": Writer(
        "tune",
        "fr",
        "Résidence Les Tilleuls – Direction <direction@residence-tilleuls.example.fr>",
        "cp1252-apple",
        "Madame,",
        "Cordialement,\nLa direction\nRésidence Les Tilleuls – Association Âge & Vie",
    ),
    # a postal group's own career site
    "fr_groupe_postal": Writer(
        "report",
        "fr",
        "Groupe Messagia – Recrutement <ne-pas-repondre@messagia-recrute.example.fr>",
        "html-utf8",
        "Bonjour,",
        "L'équipe Recrutement du Groupe Messagia",
        "Groupe Messagia SA. Message automatique. Conformément au RGPD, vos données sont conservées 2 ans.",
    ),
    # a Nantes start-up on Teamtailor saying « tu »
    "fr_teamtailor_nantes": Writer(
        "tune",
        "fr",
        "Thomas de Loopa <thomas@loopa.teamtailor.example>",
        "html-utf8",
        "Hello Margaux,",
        "À très vite,\nThomas – Talent @ Loopa",
        "Loopa, Nantes",
    ),
    # a supermarket's manager (no accents)
    "fr_magasin_directeur": Writer(
        "report",
        "fr",
        "Supermarché Frais'Marché Vienne <direction.vienne@fraismarche.example.fr>",
        "ascii",
        "Bonjour,",
        "Mme Richard\nDirectrice du magasin",
    ),
    # an airport handling company
    "fr_aeroport": Writer(
        "tune",
        "fr",
        "Aérohandling Services – Recrutement <recrutement@aerohandling.example.fr>",
        "multipart-b64",
        "Madame, Monsieur,",
        "L'équipe Recrutement\nAérohandling Services – Aéroport de Lyon",
        "Message généré automatiquement.",
    ),
    # an Algerian energy company (no accents)
    "fr_dz_energie": Writer(
        "report",
        "fr",
        "Sonatherm – Direction RH <recrutement@sonatherm.example.dz>",
        "ascii",
        "Madame,",
        "Salutations distinguees.\nDirection des Ressources Humaines",
    ),
    # a structural engineering office (no accents)
    "fr_bureau_etudes": Writer(
        "tune",
        "fr",
        "Gilles Faure <g.faure@be-faure.example.fr>",
        "ascii",
        "Bonjour Madame Bellanger,",
        "Cordialement\nGilles Faure\nBE Faure Structures",
    ),
    # a Rabat call centre
    "fr_ma_centre_appels": Writer(
        "report",
        "fr",
        "Atlantis Contact – Recrutement <recrutement@atlantis-contact.example.ma>",
        "html-cp1252",
        "Bonjour,",
        "Le service Recrutement\nAtlantis Contact, Rabat",
        "Atlantis Contact SARL – Technopolis Rabat.",
    ),
    # an independent IT recruiter placing freelancers
    "fr_chasseur_freelance": Writer(
        "tune",
        "fr",
        "Julien Marchal <julien@marchal-freelance-rh.example.fr>",
        "gmail-utf8",
        "Bonjour Margaux,",
        "Bonne journée,\nJulien Marchal\nRecruteur indépendant IT",
    ),
    # a Swiss university of applied sciences
    "fr_hes_geneve": Writer(
        "report",
        "fr",
        "Haute école d'ingénierie du Rhône – RH <rh@heir.example.ch>",
        "latin1-plain",
        "Madame,",
        "Nous vous prions de recevoir, Madame, nos salutations distinguées.\nService des ressources humaines – HEIR",
    ),
    # a social landlord
    "fr_bailleur_social": Writer(
        "tune",
        "fr",
        "Rhône Habitat – Attributions <attributions@rhonehabitat.example.fr>",
        "html-utf8",
        "Madame,",
        "Le service Attributions\nRhône Habitat",
        "Office public de l'habitat.",
    ),
    # a foundation's grants
    "fr_fondation_bourse": Writer(
        "report",
        "fr",
        "Fondation Aurore pour la mobilité <bourses@fondation-aurore.example.org>",
        "outlook-qp",
        "Madame,",
        "Bien cordialement,\nLe secrétariat des bourses",
    ),
    # a journalist
    "fr_journaliste": Writer(
        "tune",
        "fr",
        "Anne Le Goff <a.legoff@ouestmatin.example.fr>",
        "gmail-utf8",
        "Bonjour Madame Bellanger,",
        "Bien à vous,\nAnne Le Goff\nJournaliste – Ouest Matin",
    ),
    # a sports club
    "fr_club_sport": Writer(
        "report",
        "fr",
        "Volley Club Villeurbanne <bureau@vcv.example.fr>",
        "gmail-utf8",
        "Salut à tous,",
        "Sportivement,\nLe bureau",
    ),
    # a garage
    "fr_garage": Writer(
        "tune",
        "fr",
        "Garage Central Auto <contact@garagecentral.example.fr>",
        "html-cp1252",
        "Bonjour,",
        "Votre garage Central Auto",
        "Pour ne plus recevoir nos offres, cliquez ici.",
    ),
    # a friend
    "fr_amie": Writer(
        "report",
        "fr",
        "Léa <lea.martinez@example.net>",
        "phone-flowed",
        "",
        "Bisous\nLéa",
    ),
    # a town's nurseries
    "fr_creche": Writer(
        "tune",
        "fr",
        "Mairie de Villeurbanne – Petite enfance <petite-enfance@villeurbanne.example.fr>",
        "outlook-qp",
        "Madame,",
        "Le service Petite enfance",
    ),
    # a bank
    "fr_banque_pret": Writer(
        "report",
        "fr",
        "Crédit Rhodanien – Votre conseiller <conseiller@credit-rhodanien.example.fr>",
        "html-utf8",
        "Madame,",
        "Votre conseiller",
        "Crédit Rhodanien, société coopérative.",
    ),
    # a university's admissions
    "fr_universite_master": Writer(
        "tune",
        "fr",
        "Université Lyon Confluence – Scolarité <scolarite@univ-confluence.example.fr>",
        "outlook-qp",
        "Madame,",
        "Le service de la scolarité",
    ),
    # an insurer
    "fr_assurance": Writer(
        "report",
        "fr",
        "Mutuelle des Monts – Service client <client@mutuelle-monts.example.fr>",
        "html-cp1252",
        "Madame,",
        "Votre service client",
        "Mutuelle des Monts.",
    ),
    # a town's photo contest
    "fr_concours_photo": Writer(
        "tune",
        "fr",
        "Ville de Tours – Culture <culture@ville-tours.example.fr>",
        "outlook-qp",
        "Madame,",
        "Le service Culture",
    ),
    # a Spanish fashion retailer on SmartRecruiters
    "es_smartrec_moda": Writer(
        "tune",
        "es",
        "Trazo Moda Talento <talento@trazomoda.smartrecruiters.example>",
        "html-utf8",
        "Hola Lucía,",
        "Un saludo,\nEquipo de Talento de Trazo Moda",
        "Trazo Moda S.L. Este correo se envía automáticamente.",
    ),
    # a Barcelona start-up on Lever saying « tú »
    "es_lever_bcn": Writer(
        "report",
        "es",
        "Pau de Ondula <pau@ondula.lever.example>",
        "gmail-utf8",
        "¡Hola Lucía!",
        "Un abrazo,\nPau – Talent @ Ondula",
    ),
    # a Mexican bank on Taleo
    "es_mx_banco_taleo": Writer(
        "tune",
        "es",
        "Banco Quetzal – Atracción de Talento <talento@bancoquetzal.taleo.example>",
        "html-cp1252",
        "Estimado(a) candidato(a):",
        "Atentamente,\nAtracción de Talento – Banco Quetzal",
        "Este mensaje fue generado automáticamente, favor de no responder.",
    ),
    # a Mexican job board relaying employers
    "es_mx_occ": Writer(
        "report",
        "es",
        "Empleos MX <notificaciones@empleosmx-mail.example.mx>",
        "html-utf8",
        "Hola Lucía,",
        "El equipo de Empleos MX",
        "Recibes este correo porque tienes una cuenta en Empleos MX.",
    ),
    # a Colombian call centre
    "es_co_bpo": Writer(
        "tune",
        "es",
        "Conecta BPO – Selección <seleccion@conectabpo.example.co>",
        "outlook-qp",
        "Buenas tardes,",
        "Cordialmente,\nÁrea de Selección\nConecta BPO S.A.S.",
    ),
    # a Colombian university's teaching competition
    "es_co_universidad": Writer(
        "report",
        "es",
        "Universidad del Caribe Andino – Vicerrectoría Académica <convocatorias@uca.example.edu.co>",
        "latin1-plain",
        "Respetada aspirante:",
        "Atentamente,\nVicerrectoría Académica",
    ),
    # a Chilean job board (no accents)
    "es_cl_trabajando": Writer(
        "tune",
        "es",
        "Chilempleo <notificaciones@chilempleo-mail.example.cl>",
        "ascii",
        "Hola Lucia,",
        "Equipo Chilempleo",
        "No respondas este correo.",
    ),
    # a Chilean winery owner from a phone
    "es_cl_vina": Writer(
        "report",
        "es",
        "Hernán Ossa <hernan@vinaelmaiten.example.cl>",
        "phone-flowed",
        "",
        "Saludos\nHernán\n\nEnviado desde mi Samsung",
    ),
    # a Peruvian bank
    "es_pe_banco": Writer(
        "tune",
        "es",
        "Banco Andino del Perú – Talento <talento@bancoandino.example.pe>",
        "multipart-b64",
        "Hola Lucía,",
        "Saludos,\nGerencia de Gestión del Talento",
        "Banco Andino del Perú. Mensaje automático.",
    ),
    # a Peruvian NGO
    "es_pe_ong": Writer(
        "report",
        "es",
        "Rosa Quispe – Asociación Ayllu <rquispe@ayllu.example.org.pe>",
        "gmail-utf8",
        "Estimada Lucía:",
        "Un abrazo,\nRosa Quispe\nDirectora – Asociación Ayllu",
    ),
    # a US school district writing in Spanish
    "es_us_distrito": Writer(
        "tune",
        "es",
        "Distrito Escolar de Valle Verde – HR <hr@valleverdeisd.example.org>",
        "outlook-qp",
        "Estimada Sra. Ferrer:",
        "Atentamente,\nDepartamento de Recursos Humanos\nValle Verde ISD",
    ),
    # a Texas contractor from a phone
    "es_us_construccion": Writer(
        "report",
        "es",
        "Ramírez Builders <ramirezbuilders.tx@example.com>",
        "phone-flowed",
        "",
        "Saludos\nJavier Ramírez",
    ),
    # a Spanish public postal company's job pool
    "es_correos_publico": Writer(
        "tune",
        "es",
        "Postal Ibérica – Empleo <empleo@postaliberica.example.es>",
        "latin1-plain",
        "Estimada Sra.:",
        "Atentamente,\nDepartamento de Selección\nPostal Ibérica S.A., S.M.E.",
    ),
    # a Madrid IT consultancy
    "es_consultora_it": Writer(
        "report",
        "es",
        "Irene Soler – Nexia Consulting <isoler@nexiaconsulting.example.es>",
        "gmail-utf8",
        "Hola Lucía,",
        "Un saludo,\nIrene Soler\nIT Recruiter – Nexia Consulting",
    ),
    # a restaurant chef from a phone saying « tú »
    "es_restaurante_chef": Writer(
        "tune",
        "es",
        "Restaurante Salitre <salitre.cocina@example.es>",
        "phone-flowed",
        "",
        "Dani\nSalitre\n\nEnviado desde mi iPhone",
    ),
    # a pharma lab on iCIMS
    "es_icims_farma": Writer(
        "report",
        "es",
        "Laboratorios Vireo – Talent Acquisition <no-reply@vireo.icims.example>",
        "html-cp1252",
        "Estimada Lucía:",
        "Atentamente,\nTalent Acquisition – Laboratorios Vireo",
        "Laboratorios Vireo, S.A. Sant Cugat del Vallès.",
    ),
    # a Tijuana factory
    "es_mx_maquiladora": Writer(
        "tune",
        "es",
        "Recursos Humanos – Maquiladora Fronteriza <rh@maqfronteriza.example.mx>",
        "outlook-qp",
        "Estimado candidato:",
        "Atentamente,\nDepartamento de Recursos Humanos\nMaquiladora Fronteriza S.A. de C.V.",
    ),
    # a delivery app saying « tú »
    "es_app_reparto": Writer(
        "report",
        "es",
        "Repartos Zas <hola@zas-app.example.es>",
        "html-utf8",
        "¡Hola!",
        "El equipo de Zas",
        "Zas Delivery S.L.",
    ),
    # a Madrid head-hunter
    "es_headhunter_madrid": Writer(
        "tune",
        "es",
        "Álvaro Medina – Medina & Cía. Executive Search <amedina@medinaexec.example.es>",
        "outlook-qp",
        "Estimada Sra. Ferrer:",
        "Reciba un cordial saludo,\nÁlvaro Medina\nSocio Director",
    ),
    # a Peruvian retailer
    "es_pe_retail": Writer(
        "report",
        "es",
        "Tiendas Inka – Reclutamiento <reclutamiento@tiendasinka.example.pe>",
        "html-utf8",
        "Hola,",
        "Equipo de Reclutamiento\nTiendas Inka",
        "Tiendas Inka S.A.C.",
    ),
    # a Colombian public competition (no accents)
    "es_co_cnsc": Writer(
        "tune",
        "es",
        "Comisión de Concursos del Estado <notificaciones@concursos-estado.example.gov.co>",
        "ascii",
        "Senor(a) aspirante:",
        "Comision de Concursos del Estado",
        "Este es un mensaje automatico.",
    ),
    # a Medellín start-up saying « vos »
    "es_co_paisa_vos": Writer(
        "report",
        "es",
        "Manuela de Nido <manuela@nidoapp.example.co>",
        "gmail-utf8",
        "Hola Lucía,",
        "Abrazo,\nManu\nNido – Medellín",
    ),
    # a Spanish olive co-operative (no accents)
    "es_cooperativa_agro": Writer(
        "tune",
        "es",
        "Cooperativa Olivarera San Isidro <oficina@coopsanisidro.example.es>",
        "ascii",
        "Estimada Lucia:",
        "Un saludo,\nLa gerencia",
    ),
    # a home-care company
    "es_ayuda_domicilio": Writer(
        "report",
        "es",
        "Cuidarte Servicios – Selección <seleccion@cuidarte.example.es>",
        "cp1252-apple",
        "Buenos días:",
        "Atentamente,\nCuidarte Servicios Sociosanitarios",
    ),
    # a bank
    "es_banco_credito": Writer(
        "tune",
        "es",
        "Banco Mediterráneo <avisos@bancomediterraneo.example.es>",
        "html-utf8",
        "Estimada cliente:",
        "Banco Mediterráneo",
        "Banco Mediterráneo S.A.",
    ),
    # a journalist
    "es_periodista": Writer(
        "report",
        "es",
        "Carmen Ibáñez – Diario del Sur <cibanez@diariodelsur.example.es>",
        "gmail-utf8",
        "Estimada Lucía:",
        "Un saludo,\nCarmen Ibáñez\nRedactora",
    ),
    # a shop
    "es_tienda_oferta": Writer(
        "tune",
        "es",
        "Climatiza Hogar <ofertas@climatizahogar.example.es>",
        "html-cp1252",
        "Estimado cliente:",
        "Climatiza Hogar",
        "Para darse de baja de nuestras comunicaciones, pulse aquí.",
    ),
    # a letting agency
    "es_inmobiliaria": Writer(
        "report",
        "es",
        "Inmobiliaria Alameda <alquiler@inmoalameda.example.es>",
        "outlook-qp",
        "Estimada Lucía:",
        "Un saludo,\nInmobiliaria Alameda",
    ),
    # a school's admissions
    "es_colegio_admision": Writer(
        "tune",
        "es",
        "Colegio Santa Teresa – Secretaría <secretaria@colegiosantateresa.example.co>",
        "outlook-qp",
        "Estimada familia:",
        "Secretaría Académica",
    ),
    # a friend
    "es_amiga": Writer(
        "report",
        "es",
        "Bea <bea.morales@example.com>",
        "phone-flowed",
        "",
        "Besitos\nBea",
    ),
    # a town hall's grants
    "es_ayto_subvencion": Writer(
        "tune",
        "es",
        "Ayuntamiento de Villaluz – Sede electrónica <sede@villaluz.example.es>",
        "latin1-plain",
        "",
        "Ayuntamiento de Villaluz",
    ),
    # a literary contest
    "es_concurso_literario": Writer(
        "report",
        "es",
        "Certamen Literario Ciudad de Soria <certamen@cultura-soria.example.es>",
        "gmail-utf8",
        "Estimada participante:",
        "La organización",
    ),
    # a gym
    "es_gimnasio": Writer(
        "tune",
        "es",
        "Gimnasio Vital <hola@gimnasiovital.example.mx>",
        "html-utf8",
        "¡Hola!",
        "Equipo Vital",
        "Cancelar suscripción.",
    ),
    # an insurer
    "es_seguros": Writer(
        "report",
        "es",
        "Seguros Mistral <clientes@segurosmistral.example.es>",
        "html-cp1252",
        "Estimada cliente:",
        "Seguros Mistral",
        "Seguros Mistral S.A.",
    ),
}

# (writer, label, kind, subject, body): kind is a short tag for the bench's per-kind table.
CORES: list[tuple[str, str, str, str, str]] = [
    (
        "fr_lever_saas",
        "application_ack",
        "ack",
        "Candidature reçue – Customer Success Manager",
        "Nous avons bien reçu votre candidature pour le poste de Customer Success Manager chez Quadrille. Notre "
        "équipe la lira avec attention ; si votre profil ne correspond pas, nous vous l'indiquerons aussi, nous ne "
        "laissons personne sans réponse.",
    ),
    (
        "fr_lever_saas",
        "rejection",
        "other_chosen",
        "Quadrille – votre candidature",
        "Merci pour le temps consacré à nos échanges. Nous avons finalement retenu un autre candidat, dont "
        "l'expérience en SaaS B2B était plus proche de nos besoins immédiats. Nous garderons votre profil en tête "
        "pour la suite.",
    ),
    (
        "fr_lever_saas",
        "interview",
        "phone",
        "Un premier échange ?",
        "Votre parcours nous a donné envie d'en savoir plus. Seriez-vous disponible pour un appel de 30 minutes avec "
        "Élodie, notre Head of Customer Success, mardi ou mercredi prochain ? Choisissez un créneau via ce lien.",
    ),
    (
        "fr_lever_saas",
        "rejection",
        "after_interview",
        "Suite à notre entretien",
        "Suite à notre entretien de jeudi, nous tenions à revenir vers vous. Après réflexion, nous ne poursuivrons "
        "pas le processus avec vous pour ce poste. Ce n'est pas une décision facile et nous vous remercions pour "
        "votre transparence.",
    ),
    (
        "fr_lever_saas",
        "offer",
        "offer",
        "Proposition d'embauche – Quadrille",
        "Nous avons le plaisir de vous proposer le poste de Customer Success Manager en CDI, à partir du 2 juin, "
        "avec une rémunération annuelle brute de 46 000 €. Vous trouverez la promesse d'embauche en pièce jointe.",
    ),
    (
        "fr_smartrec_luxe",
        "application_ack",
        "ack_negative_sound",
        "Votre candidature chez Maison Orfeuil",
        "Nous accusons réception de votre candidature au poste de Conseillère de vente – Joaillerie. En raison du "
        "grand nombre de dossiers, nous ne pourrons malheureusement pas répondre à chacun individuellement dans "
        "l'immédiat ; votre candidature est néanmoins en cours d'étude.",
    ),
    (
        "fr_smartrec_luxe",
        "rejection",
        "malheureusement_after_thanks",
        "Maison Orfeuil – Conseillère de vente",
        "Nous vous remercions sincèrement de l'intérêt porté à notre Maison. Malheureusement, votre candidature n'a "
        "pas été retenue pour la suite du processus.",
    ),
    (
        "fr_smartrec_luxe",
        "rejection",
        "ne_plus",
        "Votre candidature – Assistante Merchandising",
        "Merci pour votre candidature. Le poste d'Assistante Merchandising n'est plus ouvert au recrutement ; nous "
        "avons clôturé cette offre. Nous vous invitons à consulter nos autres opportunités.",
    ),
    (
        "fr_smartrec_luxe",
        "assessment",
        "video",
        "Entretien vidéo différé – Maison Orfeuil",
        "Nous souhaitons poursuivre avec vous. Nous vous invitons à enregistrer un entretien vidéo différé de trois "
        "questions via la plateforme, avant dimanche 23h59.",
    ),
    (
        "fr_interim_lille",
        "interview",
        "agency",
        "Rendez-vous à l'agence",
        "Bonjour, suite à votre inscription, je vous propose de passer à l'agence jeudi à 14h pour un entretien et "
        "signer votre dossier. Pensez à votre pièce d'identité et votre carte vitale.",
    ),
    (
        "fr_interim_lille",
        "rejection",
        "mission_pourvue",
        "Mission cariste – Roubaix",
        "Je reviens vers vous pour la mission cariste à Roubaix : elle a été pourvue ce matin par un intérimaire "
        "déjà connu du client. Je vous recontacte dès qu'une mission similaire se présente.",
    ),
    (
        "fr_interim_lille",
        "offer",
        "mission",
        "Mission confirmée lundi",
        "C'est validé ! Vous démarrez lundi 6h chez Logiparc, mission de 3 semaines en tant que préparateur de "
        "commandes, 12,10 € de l'heure. Le contrat de mission vous arrive par mail à signer.",
    ),
    (
        "fr_interim_lille",
        "rejection",
        "guere",
        "Votre profil",
        "Pour être franche, nous n'avons guère de missions en logistique qui correspondent à votre profil en ce "
        "moment, et le client n'a pas donné suite à votre candidature. Je garde votre dossier actif.",
    ),
    (
        "fr_labo_cnrs",
        "rejection",
        "jury_classement",
        "Résultats – contrat postdoctoral",
        "Le comité de sélection s'est réuni le 12 mai. Au terme de ses délibérations, votre candidature n'a pas été "
        "classée en rang utile et le contrat a été attribué à une autre candidate. Nous vous remercions de votre "
        "intérêt pour le laboratoire.",
    ),
    (
        "fr_labo_cnrs",
        "interview",
        "audition",
        "Convocation à l'audition",
        "Votre dossier a été retenu pour la phase d'audition. Vous êtes convoqué le 3 juin à 10h30 (présentation de "
        "15 minutes suivie de 20 minutes de questions), en présentiel ou en visioconférence.",
    ),
    (
        "fr_labo_cnrs",
        "application_ack",
        "ack",
        "Accusé de réception – campagne ingénieur d'études",
        "Votre dossier de candidature au poste d'ingénieur d'études en bio-informatique est complet. Les candidats "
        "dont le dossier est jugé recevable seront informés de la suite en juin.",
    ),
    (
        "fr_labo_cnrs",
        "rejection",
        "impersonal",
        "Poste IE bio-informatique",
        "Il n'a pas été possible de donner une suite favorable à votre candidature, le profil recherché étant "
        "davantage orienté vers l'administration de bases de données.",
    ),
    (
        "fr_be_cpas",
        "rejection",
        "pas_en_mesure",
        "Votre candidature – assistant social",
        "Nous accusons réception de votre candidature. Nous ne sommes toutefois pas en mesure d'y réserver une suite "
        "favorable, l'emploi ayant été attribué à un agent de la réserve de recrutement.",
    ),
    (
        "fr_be_cpas",
        "assessment",
        "epreuve",
        "Épreuve écrite – assistant social",
        "Votre candidature est recevable. Vous êtes invité à présenter l'épreuve écrite le mercredi 14 à 9h au CPAS, "
        "rue des Tanneurs 12 ; durée 3 heures. Munissez-vous de votre carte d'identité.",
    ),
    (
        "fr_be_cpas",
        "interview",
        "oral",
        "Épreuve orale",
        "Suite à votre réussite à l'épreuve écrite, nous avons le plaisir de vous convier à l'épreuve orale devant "
        "le jury le 28 à 14h.",
    ),
    (
        "fr_be_cpas",
        "rejection",
        "echec",
        "Résultat de l'épreuve écrite",
        "Nous sommes au regret de vous informer que vous n'avez pas obtenu le minimum requis à l'épreuve écrite. "
        "Vous ne pourrez dès lors pas être admis à l'épreuve orale.",
    ),
    (
        "fr_ch_banque_privee",
        "recruiter_outreach",
        "outreach",
        "Opportunité confidentielle – Genève",
        "Madame, votre parcours en conformité bancaire a retenu mon attention. Une banque privée genevoise de "
        "premier plan souhaite renforcer son équipe Compliance. Accepteriez-vous un échange confidentiel cette "
        "semaine ?",
    ),
    (
        "fr_ch_banque_privee",
        "rejection",
        "other_chosen_passive",
        "Processus Compliance Officer",
        "Je vous remercie pour votre disponibilité lors de nos entretiens. Mon client a décidé de poursuivre avec "
        "une candidate disposant d'une expérience plus longue sur le marché suisse. Je reste à votre disposition "
        "pour de futurs mandats.",
    ),
    (
        "fr_ch_banque_privee",
        "interview",
        "client",
        "Rencontre avec mon client",
        "Mon client souhaite vous rencontrer. Je vous propose un entretien dans ses locaux, quai du Mont-Blanc, le "
        "mardi 9 à 11h. Merci de me confirmer.",
    ),
    (
        "fr_ch_banque_privee",
        "rejection",
        "en_pause",
        "Mandat Risk Analyst",
        "Je dois malheureusement vous annoncer que le recrutement pour le poste de Risk Analyst est suspendu jusqu'à "
        "nouvel ordre suite à une réorganisation interne. Je reviendrai vers vous si la situation évolue.",
    ),
    (
        "fr_qc_ciusss",
        "application_ack",
        "ack",
        "Accusé de réception – affichage 2025-118",
        "Nous avons bien reçu votre candidature pour le poste d'agente administrative, classe 3. Seules les "
        "personnes retenues pour une entrevue seront contactées. Nous vous remercions de votre intérêt.",
    ),
    (
        "fr_qc_ciusss",
        "assessment",
        "tests",
        "Tests de qualification",
        "Votre candidature a été retenue pour la suite. Vous devez réussir les tests de français écrit et de Word "
        "(niveau intermédiaire) au centre de tests, le 17 à 8h30.",
    ),
    (
        "fr_qc_ciusss",
        "rejection",
        "tests_echec",
        "Résultat des tests",
        "Nous vous informons que vous n'avez pas atteint le seuil de réussite au test de français écrit. Par "
        "conséquent, votre candidature ne peut être considérée pour ce poste.",
    ),
    (
        "fr_qc_ciusss",
        "interview",
        "entrevue",
        "Convocation à une entrevue",
        "Nous aimerions vous rencontrer en entrevue le lundi 22 à 13h pour le poste d'agente administrative. "
        "L'entrevue aura lieu par Teams et durera environ 45 minutes.",
    ),
    (
        "fr_qc_ciusss",
        "offer",
        "embauche",
        "Offre d'emploi – CIUSSS",
        "Félicitations ! Nous sommes heureux de vous offrir le poste d'agente administrative, classe 3, sur un poste "
        "permanent à temps complet. Votre date d'entrée en fonction est le 4 août.",
    ),
    (
        "fr_qc_startup_tu",
        "recruiter_outreach",
        "outreach_tu",
        "Salut de Pixelbec !",
        "Salut Margaux ! J'ai vu ton profil passer et ton expérience en product design m'a vraiment accrochée. On "
        "cherche une designer senior à Montréal (hybride). Ça te dirait qu'on jase 20 minutes ?",
    ),
    (
        "fr_qc_startup_tu",
        "rejection",
        "tu_other",
        "Pixelbec – suite",
        "Merci encore d'avoir pris le temps de jaser avec nous. On a décidé d'aller avec une autre personne pour le "
        "rôle, quelqu'un qui avait déjà bâti un design system de A à Z. On garde ton nom précieusement !",
    ),
    (
        "fr_qc_startup_tu",
        "assessment",
        "challenge",
        "Défi design",
        "Bonne nouvelle, on aimerait passer à l'étape suivante ! On te propose un petit défi design (3 h max) : "
        "repenser l'écran d'accueil de notre appli. Tu as jusqu'à vendredi pour nous l'envoyer.",
    ),
    (
        "fr_tn_telecom",
        "application_ack",
        "ack",
        "Confirmation de dépôt de candidature",
        "Nous vous confirmons la réception de votre candidature au poste d'ingénieur réseau. Elle sera examinée par "
        "la Direction des ressources humaines. Aucun accusé supplémentaire ne vous sera envoyé.",
    ),
    (
        "fr_tn_telecom",
        "rejection",
        "regret",
        "Réponse à votre candidature",
        "Nous avons le regret de vous faire savoir que votre profil ne répond pas aux exigences du poste d'ingénieur "
        "réseau. Nous vous souhaitons plein succès dans vos démarches.",
    ),
    (
        "fr_tn_telecom",
        "interview",
        "technique",
        "Entretien technique",
        "Nous avons le plaisir de vous inviter à un entretien technique au siège, avenue Mohamed V à Tunis, le lundi "
        "10 à 9h. Merci de vous présenter muni de votre CIN.",
    ),
    (
        "fr_tn_telecom",
        "rejection",
        "poste_gele",
        "Poste ingénieur réseau",
        "Nous vous informons que le recrutement relatif à ce poste a été gelé par la direction. Votre candidature ne "
        "pourra donc pas être traitée.",
    ),
    (
        "fr_resto_chef",
        "interview",
        "essai",
        "Essai en cuisine",
        "Salut, j'ai lu ton CV, viens faire un essai samedi midi au restaurant vers 10h, on verra comment tu te "
        "débrouilles au chaud. Apporte ta veste et tes couteaux.",
    ),
    (
        "fr_resto_chef",
        "rejection",
        "tu_ne_pas",
        "Le poste de commis",
        "Salut, merci d'être venu samedi. Je vais pas te prendre pour le poste de commis, j'ai besoin de quelqu'un "
        "avec plus de bouteille sur le poisson. Bonne continuation et si ça se libère je te fais signe.",
    ),
    (
        "fr_resto_chef",
        "offer",
        "tu_offre",
        "On te prend !",
        "Bon, c'était top samedi. Si ça te va je te prends en CDI 39h comme commis, début le 1er, on voit le salaire "
        "mardi. Dis-moi vite !",
    ),
    (
        "fr_resto_chef",
        "rejection",
        "deja_trouve",
        "Re: poste plonge",
        "Désolé, j'ai déjà trouvé quelqu'un pour la plonge. Merci quand même.",
    ),
    (
        "fr_avocats",
        "rejection",
        "conditionnel",
        "Candidature – stage élève-avocat",
        "Nous avons bien pris connaissance de votre candidature et vous en remercions. Nous ne serions "
        "malheureusement pas en mesure de vous accueillir en stage sur la période de janvier à juin, nos effectifs "
        "étant déjà complets.",
    ),
    (
        "fr_avocats",
        "interview",
        "associe",
        "Rencontre avec Maître Delorme",
        "Maître Delorme souhaiterait vous rencontrer au cabinet afin d'échanger sur votre candidature au poste de "
        "collaborateur en droit social. Seriez-vous disponible le jeudi 12 à 18h ?",
    ),
    (
        "fr_avocats",
        "rejection",
        "other_chosen",
        "Poste de collaborateur",
        "Après avoir rencontré plusieurs candidats, nous avons porté notre choix sur un profil justifiant d'une "
        "expérience plus importante en contentieux prud'homal. Nous vous remercions pour la qualité de nos échanges.",
    ),
    (
        "fr_avocats",
        "application_ack",
        "ack",
        "Votre candidature spontanée",
        "Nous avons bien reçu votre candidature spontanée. Elle sera étudiée par l'associé en charge du recrutement "
        "et nous reviendrons vers vous si une opportunité se présente.",
    ),
    (
        "fr_cadremploi",
        "application_ack",
        "relay_ack",
        "Votre candidature a bien été envoyée",
        "Votre candidature au poste de Contrôleur de gestion (H/F) chez Groupe Verdane a bien été transmise au "
        "recruteur. Suivez son statut dans votre espace candidat.",
    ),
    (
        "fr_cadremploi",
        "rejection",
        "relay_status",
        "Mise à jour de votre candidature",
        "Le recruteur de Groupe Verdane a consulté votre candidature au poste de Contrôleur de gestion (H/F). Il a "
        "indiqué que votre profil ne correspondait pas à ses critères pour ce poste.",
    ),
    (
        "fr_cadremploi",
        "other",
        "alert",
        "12 nouvelles offres pour vous",
        "Contrôleur de gestion, Lyon : 12 nouvelles offres correspondent à votre recherche. Découvrez-les avant tout "
        "le monde et postulez en un clic.",
    ),
    (
        "fr_cadremploi",
        "rejection",
        "relay_closed",
        "Offre expirée",
        "L'offre Contrôleur de gestion (H/F) à laquelle vous avez postulé a été clôturée par le recruteur. Votre "
        "candidature n'a pas pu aboutir.",
    ),
    (
        "fr_ehpad_assoc",
        "interview",
        "direct",
        "Votre candidature aide-soignante",
        "Bonjour, nous avons bien reçu votre CV pour le poste d'aide-soignante de nuit. La directrice souhaiterait "
        "vous recevoir lundi à 15h à la résidence Les Tilleuls.",
    ),
    (
        "fr_ehpad_assoc",
        "rejection",
        "sans_suite",
        "Poste d'aide-soignante",
        "Nous vous remercions de votre candidature. Le poste ayant été pourvu en interne, nous ne pouvons y donner "
        "suite.",
    ),
    (
        "fr_ehpad_assoc",
        "other",
        "withdrawn",
        "Votre désistement",
        "Nous avons bien pris note de votre souhait de retirer votre candidature au poste d'infirmière "
        "coordinatrice. Nous vous souhaitons une bonne continuation dans votre nouveau poste.",
    ),
    (
        "fr_ehpad_assoc",
        "offer",
        "contrat",
        "Contrat à signer",
        "Nous avons le plaisir de vous confirmer votre embauche en CDD de 6 mois comme aide-soignante de nuit à "
        "compter du 15. Votre contrat est prêt à être signé à l'accueil.",
    ),
    (
        "fr_groupe_postal",
        "application_ack",
        "ack",
        "Nous avons bien reçu votre candidature",
        "Merci d'avoir postulé à l'offre Facteur / Factrice en CDI – Grenoble. Votre candidature est en cours de "
        "traitement. Le délai de réponse peut atteindre quatre semaines ; sans nouvelles de notre part, n'hésitez "
        "pas à consulter votre espace.",
    ),
    (
        "fr_groupe_postal",
        "assessment",
        "tests_en_ligne",
        "Étape suivante : tests en ligne",
        "Pour poursuivre votre candidature, merci de réaliser les tests d'aptitude en ligne (logique et attention, "
        "25 minutes) sous 5 jours.",
    ),
    (
        "fr_groupe_postal",
        "rejection",
        "impersonal_no",
        "Votre candidature Facteur / Factrice",
        "Après étude de votre dossier et des résultats de vos tests, nous ne pouvons pas donner une suite positive à "
        "votre candidature. Cette décision ne remet pas en cause vos qualités.",
    ),
    (
        "fr_groupe_postal",
        "rejection",
        "plus_disponible",
        "Offre Agent de tri de nuit",
        "Nous vous informons que l'offre Agent de tri de nuit n'est plus disponible, l'ensemble des postes ayant été "
        "attribués.",
    ),
    (
        "fr_teamtailor_nantes",
        "recruiter_outreach",
        "sourcing",
        "Et si tu rejoignais Loopa ?",
        "Hello Margaux, je suis Thomas, Talent chez Loopa à Nantes. Ton parcours de dev front nous plaît beaucoup et "
        "on ouvre un poste de Lead Front. Partante pour un café virtuel ?",
    ),
    (
        "fr_teamtailor_nantes",
        "rejection",
        "tu_negation_scope",
        "Ta candidature chez Loopa",
        "Merci d'avoir candidaté chez Loopa ! On a bien regardé ton profil, mais on ne va pas pouvoir avancer avec "
        "toi sur ce poste pour l'instant. On te souhaite plein de belles choses.",
    ),
    (
        "fr_teamtailor_nantes",
        "interview",
        "tu",
        "On se voit ?",
        "Ta candidature nous a tapé dans l'œil ! Tu serais dispo pour un premier call de 30 min cette semaine avec "
        "Julie, notre CTO ?",
    ),
    (
        "fr_teamtailor_nantes",
        "rejection",
        "tu_pourvu",
        "Poste Lead Front",
        "Petit message pour te dire que le poste de Lead Front est désormais pourvu. Merci pour l'intérêt que tu "
        "portes à Loopa !",
    ),
    (
        "fr_magasin_directeur",
        "interview",
        "magasin",
        "Entretien – hôte de caisse",
        "Bonjour, suite à votre candidature déposée en magasin, je vous propose un entretien samedi 10h. Demandez "
        "Mme Richard à l'accueil.",
    ),
    (
        "fr_magasin_directeur",
        "rejection",
        "apres_entretien",
        "Votre candidature – hôte de caisse",
        "Suite à notre rencontre de samedi, je vous informe que je n'ai pas retenu votre candidature, les "
        "disponibilités demandées ne correspondant pas à vos horaires.",
    ),
    (
        "fr_magasin_directeur",
        "application_ack",
        "ack",
        "CV bien reçu",
        "Votre CV a bien été déposé pour le rayon frais. Nous n'avons pas de poste à pourvoir aujourd'hui mais nous "
        "vous contacterons dès qu'un besoin se présente.",
    ),
    (
        "fr_aeroport",
        "rejection",
        "personnalite",
        "Processus Agent d'escale",
        "Nous vous remercions pour votre participation à notre session de recrutement. À l'issue des épreuves "
        "collectives, nous sommes au regret de ne pas pouvoir poursuivre avec votre candidature.",
    ),
    (
        "fr_aeroport",
        "assessment",
        "anglais",
        "Test d'anglais",
        "Dans le cadre de votre candidature Agent d'escale, vous êtes invité à passer un test d'anglais en ligne "
        "(TOEIC Bridge) avant le 20 mars.",
    ),
    (
        "fr_aeroport",
        "interview",
        "session",
        "Journée de recrutement",
        "Vous êtes convié(e) à notre journée de recrutement le 4 avril, terminal 2, de 8h à 16h : épreuves "
        "collectives et entretien individuel.",
    ),
    (
        "fr_dz_energie",
        "application_ack",
        "ack",
        "Accusé de réception",
        "Votre candidature au poste d'Ingénieur HSE (réf. HSE-24) a été enregistrée. Les candidats présélectionnés "
        "seront contactés par téléphone.",
    ),
    (
        "fr_dz_energie",
        "rejection",
        "ne_figure_pas",
        "Résultats de la présélection",
        "Nous vous informons que votre nom ne figure pas sur la liste des candidats présélectionnés pour le poste "
        "d'Ingénieur HSE.",
    ),
    (
        "fr_dz_energie",
        "interview",
        "convocation",
        "Convocation",
        "Vous êtes prié de vous présenter le dimanche 14 à 9h à la direction régionale de Hassi Messaoud pour un "
        "entretien de sélection.",
    ),
    (
        "fr_bureau_etudes",
        "recruiter_outreach",
        "direct",
        "Poste de projeteur",
        "Bonjour, je suis le gerant d'un petit bureau d'etudes en structure a Clermont. Votre profil sur Indeed "
        "correspond a ce qu'on cherche pour un projeteur Revit. Seriez-vous ouvert a en discuter ?",
    ),
    (
        "fr_bureau_etudes",
        "rejection",
        "budget",
        "Re: candidature projeteur",
        "Bonjour, je suis desole, le client qui justifiait l'embauche a reporte son projet et nous ne recrutons plus "
        "pour l'instant. Je vous tiens au courant si ca repart.",
    ),
    (
        "fr_bureau_etudes",
        "rejection",
        "choix",
        "Re: Re: candidature",
        "Apres reflexion nous avons prefere un profil plus junior, plus en phase avec notre budget. Merci pour votre "
        "temps et bon courage.",
    ),
    (
        "fr_ma_centre_appels",
        "interview",
        "groupe",
        "Entretien de groupe",
        "Félicitations, vous êtes présélectionné(e) ! Rendez-vous mardi à 9h au plateau de Rabat pour un entretien "
        "collectif et une mise en situation d'appel.",
    ),
    (
        "fr_ma_centre_appels",
        "rejection",
        "liste",
        "Suite de votre candidature",
        "Malgré l'intérêt de votre candidature, nous ne donnerons pas suite à celle-ci. Bonne continuation.",
    ),
    (
        "fr_ma_centre_appels",
        "offer",
        "offre",
        "Votre intégration",
        "Nous avons le plaisir de vous annoncer que vous intégrez la promotion de formation du 2 juin en tant que "
        "téléconseiller francophone. Merci de confirmer votre présence.",
    ),
    (
        "fr_chasseur_freelance",
        "recruiter_outreach",
        "freelance",
        "Mission de 6 mois – Data Engineer",
        "Bonjour Margaux, je recrute pour un client dans l'assurance une mission freelance de Data Engineer (TJM "
        "550–600 €). Votre profil Malt m'a semblé pertinent. Disponible pour en parler ?",
    ),
    (
        "fr_chasseur_freelance",
        "rejection",
        "client_stop",
        "Mission Data Engineer",
        "Je reviens vers vous : le client a finalement décidé d'internaliser le besoin et la mission ne se fera pas. "
        "Désolé pour ce contretemps, je pense à vous pour la prochaine.",
    ),
    (
        "fr_chasseur_freelance",
        "interview",
        "client_call",
        "Call avec le client",
        "Le client souhaite vous rencontrer en visio demain à 11h pour un échange technique d'une heure. Je vous "
        "envoie l'invitation.",
    ),
    (
        "fr_hes_geneve",
        "application_ack",
        "ack",
        "Accusé de réception de votre dossier",
        "Nous accusons réception de votre dossier pour le poste de maître d'enseignement. Au vu du nombre de "
        "candidatures, la procédure pourra prendre plusieurs semaines. Nous vous remercions de votre patience.",
    ),
    (
        "fr_hes_geneve",
        "rejection",
        "commission",
        "Poste de maître d'enseignement",
        "La commission de nomination a terminé ses travaux. Nous sommes au regret de vous informer qu'elle n'a pas "
        "retenu votre dossier pour la suite de la procédure.",
    ),
    (
        "fr_hes_geneve",
        "interview",
        "lecon",
        "Leçon d'épreuve",
        "La commission a le plaisir de vous inviter à présenter une leçon d'épreuve de 30 minutes, suivie d'un "
        "entretien, le 8 mai à 14h.",
    ),
    (
        "fr_hes_geneve",
        "rejection",
        "ne_plus_jamais",
        "Procédure annulée",
        "Nous vous informons que la procédure de recrutement est annulée : le poste ne sera pas repourvu cette année.",
    ),
    (
        "fr_bailleur_social",
        "other",
        "logement",
        "Votre demande de logement social",
        "Votre candidature pour un logement T3 à Villeurbanne a été examinée par la commission d'attribution. Elle "
        "n'a malheureusement pas été retenue, un autre ménage ayant été prioritaire.",
    ),
    (
        "fr_bailleur_social",
        "other",
        "logement",
        "Visite du logement",
        "Votre dossier a été présélectionné pour le logement situé 4 rue des Acacias. Une visite est organisée jeudi "
        "à 17h ; merci de confirmer votre présence.",
    ),
    (
        "fr_bailleur_social",
        "other",
        "logement",
        "Dossier incomplet",
        "Votre demande de logement est incomplète : il manque votre dernier avis d'imposition. Sans ce document, "
        "elle ne pourra être présentée en commission.",
    ),
    (
        "fr_bailleur_social",
        "other",
        "logement",
        "Proposition de logement",
        "Nous avons le plaisir de vous proposer un logement T2 au 3e étage, loyer 512 € charges comprises. Vous "
        "disposez de 10 jours pour accepter l'offre.",
    ),
    (
        "fr_fondation_bourse",
        "other",
        "bourse",
        "Résultats – bourse de mobilité",
        "Le jury de la Fondation a étudié avec attention votre candidature à la bourse de mobilité internationale. "
        "Nous avons le regret de vous informer qu'elle n'a pas été retenue cette année.",
    ),
    (
        "fr_fondation_bourse",
        "other",
        "bourse",
        "Entretien bourse d'excellence",
        "Votre candidature à la bourse d'excellence a été présélectionnée. Vous êtes invitée à un entretien avec le "
        "jury le 15 mai à 10h, en visioconférence.",
    ),
    (
        "fr_fondation_bourse",
        "other",
        "bourse",
        "Accusé de réception – bourse",
        "Nous accusons réception de votre candidature à la bourse de recherche. Les résultats seront communiqués fin "
        "juin.",
    ),
    (
        "fr_journaliste",
        "other",
        "presse",
        "Demande d'entretien pour un article",
        "Bonjour, je suis journaliste à Ouest Matin. Je prépare un article sur les jardins partagés et j'aimerais "
        "vous interviewer. Un entretien téléphonique de 20 minutes serait-il possible cette semaine ?",
    ),
    (
        "fr_journaliste",
        "other",
        "presse",
        "Re: entretien",
        "Merci pour l'entretien d'hier ! L'article paraîtra samedi. Je vous envoie le lien dès qu'il est en ligne.",
    ),
    (
        "fr_journaliste",
        "other",
        "presse",
        "Votre candidature au prix",
        "Votre candidature au Prix des initiatives locales a bien été reçue. Le jury se réunira en septembre.",
    ),
    (
        "fr_club_sport",
        "other",
        "asso",
        "AG du club",
        "Convocation à l'assemblée générale du club de volley le 20 juin. Les candidatures au bureau sont à envoyer "
        "avant le 10 ; nous recherchons un trésorier.",
    ),
    (
        "fr_club_sport",
        "other",
        "asso",
        "Votre candidature au bureau",
        "Merci pour ta candidature au poste de secrétaire du bureau ! Malheureusement, les adhérents ont élu Julien. "
        "On compte quand même sur toi pour le tournoi.",
    ),
    (
        "fr_club_sport",
        "other",
        "asso",
        "Poste de bénévole",
        "On cherche encore des bénévoles pour la buvette samedi, qui est dispo ?",
    ),
    (
        "fr_garage",
        "other",
        "entretien_vehicule",
        "Rappel : entretien de votre véhicule",
        "Votre Clio arrive à échéance de son entretien annuel. Prenez rendez-vous en ligne et profitez de notre "
        "offre : -20 % sur la vidange.",
    ),
    (
        "fr_garage",
        "other",
        "offre_commerciale",
        "Offre spéciale pneus",
        "Offre limitée : 4 pneus achetés, le montage offert ! Offre valable jusqu'au 30 avril.",
    ),
    (
        "fr_garage",
        "other",
        "devis",
        "Votre devis",
        "Suite à votre demande, voici le devis pour le remplacement des plaquettes : 189 € TTC. Nous ne pouvons "
        "malheureusement pas vous proposer de créneau avant le 12.",
    ),
    (
        "fr_amie",
        "other",
        "personal",
        "Ce week-end",
        "Coucou ! Tu viens toujours samedi ? Je n'ai pas retenu le restaurant finalement, on mange à la maison.",
    ),
    (
        "fr_amie",
        "other",
        "personal",
        "Re: ton entretien",
        "Alors ton entretien chez le dentiste, ça s'est bien passé ? Moi j'ai postulé pour la place de parking de la "
        "résidence, réponse la semaine prochaine.",
    ),
    (
        "fr_amie",
        "other",
        "personal",
        "Photos",
        "Je t'envoie les photos du mariage ce soir, il y en a des super !",
    ),
    (
        "fr_creche",
        "other",
        "creche",
        "Demande de place en crèche",
        "Nous avons bien reçu votre demande de place en crèche pour septembre. La commission d'attribution se "
        "réunira en mai.",
    ),
    (
        "fr_creche",
        "other",
        "creche",
        "Réponse de la commission",
        "Nous sommes au regret de vous informer qu'aucune place n'a pu être attribuée à votre enfant pour la "
        "rentrée. Votre demande reste inscrite sur liste d'attente.",
    ),
    (
        "fr_creche",
        "other",
        "creche",
        "Rendez-vous d'admission",
        "Une place s'est libérée ! Nous vous proposons un rendez-vous d'admission mardi à 9h avec la directrice.",
    ),
    (
        "fr_banque_pret",
        "other",
        "pret",
        "Votre demande de prêt immobilier",
        "Après étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre demande de "
        "prêt, votre taux d'endettement dépassant le seuil autorisé.",
    ),
    (
        "fr_banque_pret",
        "other",
        "pret",
        "Rendez-vous avec votre conseiller",
        "Votre conseiller vous propose un entretien en agence mardi à 17h pour faire le point sur votre projet "
        "immobilier.",
    ),
    (
        "fr_banque_pret",
        "other",
        "offre_bancaire",
        "Offre de bienvenue",
        "Profitez de notre offre : 80 € offerts pour toute ouverture de compte avant le 31 mai.",
    ),
    (
        "fr_universite_master",
        "other",
        "admission",
        "Candidature en master – résultat",
        "Votre candidature en Master 2 Économie de l'environnement n'a pas été retenue par la commission "
        "pédagogique. Vous pouvez consulter les autres formations ouvertes.",
    ),
    (
        "fr_universite_master",
        "other",
        "admission",
        "Entretien d'admission",
        "Votre dossier de candidature au Master 2 a été retenu. Vous êtes convoqué(e) à un entretien d'admission le "
        "11 juin à 14h.",
    ),
    (
        "fr_universite_master",
        "other",
        "admission",
        "Confirmation de candidature",
        "Votre candidature sur la plateforme Mon Master a bien été enregistrée. Aucune modification ne sera possible "
        "après le 24 mars.",
    ),
    (
        "fr_assurance",
        "other",
        "offre_assurance",
        "Votre offre personnalisée",
        "Bonne nouvelle : votre offre habitation personnalisée est prête. Nous avons retenu pour vous la formule "
        "Confort à 14,90 € par mois.",
    ),
    (
        "fr_assurance",
        "other",
        "sinistre",
        "Votre déclaration de sinistre",
        "Après examen par notre expert, nous ne pouvons malheureusement pas prendre en charge le dégât des eaux "
        "déclaré, celui-ci n'étant pas couvert par votre contrat.",
    ),
    (
        "fr_assurance",
        "other",
        "sinistre",
        "Rendez-vous expert",
        "L'expert passera le 8 à 10h pour constater les dommages. Merci d'être présent.",
    ),
    (
        "fr_concours_photo",
        "other",
        "concours",
        "Concours photo – résultats",
        "Merci d'avoir participé au concours photo de la ville. Votre photo n'a pas été sélectionnée par le jury "
        "cette année, mais elle sera exposée en ligne.",
    ),
    (
        "fr_concours_photo",
        "other",
        "concours",
        "Candidature au concours",
        "Votre candidature au concours « Regards sur la Loire » est bien enregistrée. Les résultats seront annoncés "
        "le 1er juillet.",
    ),
    (
        "es_smartrec_moda",
        "application_ack",
        "ack_negative_sound",
        "Hemos recibido tu candidatura",
        "Gracias por querer formar parte de Trazo Moda. Hemos recibido tu candidatura para Dependiente/a en "
        "Valencia. Debido al volumen de solicitudes no podemos responder a todas de forma personal, pero la "
        "revisaremos con atención.",
    ),
    (
        "es_smartrec_moda",
        "rejection",
        "lamentablemente_after_thanks",
        "Tu candidatura en Trazo Moda",
        "Gracias por tu interés y por el tiempo dedicado. Lamentablemente, en esta ocasión tu candidatura no "
        "avanzará a la siguiente fase del proceso.",
    ),
    (
        "es_smartrec_moda",
        "interview",
        "tienda",
        "Entrevista en tienda",
        "¡Nos gustaría conocerte! Te proponemos una entrevista con la responsable de tienda el jueves a las 11:00 en "
        "nuestra tienda de la calle Colón. Confírmanos tu asistencia respondiendo a este correo.",
    ),
    (
        "es_smartrec_moda",
        "rejection",
        "vacante_cerrada",
        "Proceso Visual Merchandiser",
        "Te escribimos para informarte de que el proceso de Visual Merchandiser se ha cerrado sin incorporar nuevos "
        "perfiles. Gracias por tu candidatura.",
    ),
    (
        "es_lever_bcn",
        "recruiter_outreach",
        "sourcing_tu",
        "¿Hablamos? Backend en Barcelona",
        "Hola Lucía, soy Pau, del equipo de Talent de Ondula. He visto tu perfil en GitHub y creo que encajarías muy "
        "bien como Backend Engineer. ¿Te apetece una llamada de 20 minutos esta semana?",
    ),
    (
        "es_lever_bcn",
        "rejection",
        "otra_persona",
        "Ondula – proceso Backend",
        "Mil gracias por tu tiempo durante las entrevistas. Al final hemos seleccionado a otra persona cuyo perfil "
        "encajaba un poco mejor con lo que necesita el equipo ahora mismo. Ojalá coincidamos más adelante.",
    ),
    (
        "es_lever_bcn",
        "assessment",
        "take_home",
        "Prueba técnica",
        "¡Buenas noticias! Queremos seguir adelante contigo. El siguiente paso es una prueba técnica para hacer en "
        "casa (unas 3 horas). Tienes una semana para enviárnosla.",
    ),
    (
        "es_lever_bcn",
        "offer",
        "oferta",
        "¡Tenemos una propuesta para ti!",
        "Estamos encantados de ofrecerte el puesto de Backend Engineer en Ondula: contrato indefinido, 52.000 € "
        "brutos anuales y teletrabajo flexible. Te adjuntamos la propuesta para que la revises.",
    ),
    (
        "es_mx_banco_taleo",
        "application_ack",
        "ack",
        "Confirmación de postulación – Ejecutivo de Sucursal",
        "Estimado(a) candidato(a): Su postulación a la vacante Ejecutivo de Sucursal ha sido registrada con éxito. "
        "Si su perfil resulta seleccionado, un reclutador se pondrá en contacto con usted.",
    ),
    (
        "es_mx_banco_taleo",
        "rejection",
        "no_ha_sido_posible",
        "Estatus de su postulación",
        "Agradecemos su interés en Banco Quetzal. Tras revisar su perfil, no ha sido posible avanzar con su "
        "postulación para la vacante Ejecutivo de Sucursal.",
    ),
    (
        "es_mx_banco_taleo",
        "assessment",
        "psicometrico",
        "Evaluaciones psicométricas",
        "Como parte del proceso, le solicitamos realizar las evaluaciones psicométricas en línea antes del viernes. "
        "El enlace vence en 72 horas.",
    ),
    (
        "es_mx_banco_taleo",
        "rejection",
        "posicion_cancelada",
        "Vacante Analista de Crédito",
        "Le informamos que la vacante Analista de Crédito fue cancelada por reestructura del área. Agradecemos su "
        "participación en el proceso.",
    ),
    (
        "es_mx_occ",
        "application_ack",
        "relay",
        "Tu postulación fue recibida",
        "¡Postulación exitosa! Tu CV fue enviado a Grupo Cemtla para la vacante Supervisor de Producción. Te "
        "notificaremos cuando la empresa vea tu perfil.",
    ),
    (
        "es_mx_occ",
        "rejection",
        "relay_status",
        "Actualización de tu postulación",
        "Grupo Cemtla revisó tu CV para Supervisor de Producción y decidió no continuar con tu proceso. ¡Sigue "
        "postulándote, hay muchas vacantes para ti!",
    ),
    (
        "es_mx_occ",
        "other",
        "alert",
        "Vacantes recomendadas para ti",
        "Encontramos 15 vacantes de Supervisor de Producción en Querétaro que podrían interesarte. Postúlate hoy.",
    ),
    (
        "es_mx_occ",
        "rejection",
        "relay_vacante_pausada",
        "La vacante está en pausa",
        "La vacante Supervisor de Producción a la que te postulaste fue pausada por la empresa y por el momento no "
        "recibe ni avanza postulaciones.",
    ),
    (
        "es_co_bpo",
        "interview",
        "grupal",
        "Citación a entrevista",
        "Buenas tardes, de acuerdo con su postulación lo citamos a entrevista grupal el martes a las 8:00 a.m. en "
        "nuestra sede de Bogotá, calle 26. Traer hoja de vida impresa y documento de identidad.",
    ),
    (
        "es_co_bpo",
        "rejection",
        "no_continua",
        "Resultado del proceso",
        "Le informamos que después de la entrevista usted no continúa en el proceso de selección para asesor "
        "bilingüe. Le agradecemos su participación.",
    ),
    (
        "es_co_bpo",
        "offer",
        "contratacion",
        "Bienvenido a Conecta BPO",
        "Nos complace informarle que fue seleccionado para el cargo de asesor bilingüe. Debe presentarse el lunes "
        "para firma de contrato y exámenes médicos de ingreso.",
    ),
    (
        "es_co_bpo",
        "assessment",
        "ingles",
        "Prueba de inglés",
        "Para continuar en el proceso, por favor presente la prueba de inglés por teléfono mañana entre 9 y 11 a.m.",
    ),
    (
        "es_co_universidad",
        "application_ack",
        "ack",
        "Recepción de documentos – convocatoria docente",
        "Acusamos recibo de su documentación para la convocatoria de profesor de planta en Ingeniería Química. Los "
        "resultados de la verificación de requisitos se publicarán el 20 de mayo.",
    ),
    (
        "es_co_universidad",
        "rejection",
        "no_cumple",
        "Verificación de requisitos",
        "Una vez verificados los documentos, su inscripción no cumple con el requisito de experiencia docente "
        "mínima, por lo que no continúa en la convocatoria.",
    ),
    (
        "es_co_universidad",
        "interview",
        "entrevista_comite",
        "Citación a entrevista y clase",
        "Usted ha sido admitido a la etapa de entrevista y clase magistral ante el comité, el 4 de junio a las 2:00 "
        "p.m.",
    ),
    (
        "es_co_universidad",
        "rejection",
        "desierta",
        "Convocatoria declarada desierta",
        "Le comunicamos que la convocatoria de profesor de planta fue declarada desierta. Agradecemos su interés en "
        "la Universidad.",
    ),
    (
        "es_cl_trabajando",
        "application_ack",
        "relay",
        "Postulación enviada",
        "Tu postulación al cargo de Jefe de Bodega en Distribuidora Austral se envió correctamente. Podrás revisar "
        "el estado en tu escritorio.",
    ),
    (
        "es_cl_trabajando",
        "rejection",
        "relay_finalizado",
        "Proceso finalizado",
        "El proceso de selección para Jefe de Bodega en Distribuidora Austral ha finalizado y tu postulación no fue "
        "seleccionada. ¡Te deseamos éxito!",
    ),
    (
        "es_cl_trabajando",
        "rejection",
        "sin_tildes",
        "Estado de tu postulacion",
        "Distribuidora Austral informa que tu perfil no se ajusta a lo requerido para el cargo de Analista Contable. "
        "Gracias por postular.",
    ),
    (
        "es_cl_vina",
        "interview",
        "informal",
        "Entrevista viña",
        "Hola Lucía, vi tu postulación para la vendimia. ¿Puedes venir el sábado a las 10 a la viña para conversar? "
        "Pregunta por don Hernán.",
    ),
    (
        "es_cl_vina",
        "rejection",
        "ya_no",
        "Re: Entrevista viña",
        "Hola, te cuento que ya no necesitamos gente para la vendimia, se completaron los cupos. Gracias igual y "
        "suerte.",
    ),
    (
        "es_cl_vina",
        "offer",
        "informal",
        "Trabajo en la tienda",
        "Oye, nos gustó harto tu conversación. Te ofrecemos el puesto en la tienda de la viña desde el 1 de marzo, "
        "jornada completa. ¿Te tinca?",
    ),
    (
        "es_pe_banco",
        "application_ack",
        "ack",
        "Gracias por postular",
        "Hemos recibido tu postulación al puesto de Analista de Riesgos. Nuestro equipo evaluará tu perfil; el "
        "proceso puede tomar algunas semanas.",
    ),
    (
        "es_pe_banco",
        "rejection",
        "ningun",
        "Respuesta a tu postulación",
        "Agradecemos tu interés. Luego de evaluar las postulaciones, no encontramos en este momento ningún puesto "
        "que se ajuste a tu perfil. Te mantendremos en nuestra base de datos.",
    ),
    (
        "es_pe_banco",
        "interview",
        "panel",
        "Entrevista con el equipo",
        "Te invitamos a una entrevista por panel con la Gerencia de Riesgos el miércoles 12 a las 4:00 p.m. (Teams).",
    ),
    (
        "es_pe_banco",
        "rejection",
        "selected_other",
        "Proceso Analista de Riesgos",
        "Te agradecemos por participar hasta la etapa final. La posición fue cubierta por otro postulante cuyo "
        "perfil se alineaba más con los requerimientos.",
    ),
    (
        "es_pe_ong",
        "recruiter_outreach",
        "ong",
        "Consultoría en Cusco",
        "Estimada Lucía, una colega me recomendó tu perfil. Estamos buscando una coordinadora de proyectos para "
        "Cusco y tu experiencia en desarrollo rural encaja muy bien. ¿Podríamos conversar?",
    ),
    (
        "es_pe_ong",
        "rejection",
        "financiamiento",
        "Sobre la coordinación de proyectos",
        "Lamentamos comunicarte que el financiamiento del proyecto no fue aprobado, por lo que no podremos contratar "
        "la coordinación este año. Te agradecemos mucho tu disposición.",
    ),
    (
        "es_pe_ong",
        "interview",
        "ong",
        "Entrevista por Zoom",
        "Nos encantaría conversar contigo sobre la coordinación. ¿Te acomoda el jueves a las 10 (hora de Lima) por "
        "Zoom?",
    ),
    (
        "es_us_distrito",
        "application_ack",
        "ack",
        "Aplicación recibida – Asistente de maestro",
        "Gracias por aplicar al puesto de Asistente de maestro bilingüe en el Distrito Escolar de Valle Verde. Su "
        "aplicación está completa y será revisada por Recursos Humanos.",
    ),
    (
        "es_us_distrito",
        "rejection",
        "not_selected_spanglish",
        "Su aplicación",
        "Le informamos que usted no fue seleccionado para el puesto de Asistente de maestro. Lo animamos a aplicar a "
        "otras posiciones abiertas en nuestro distrito.",
    ),
    (
        "es_us_distrito",
        "interview",
        "phone_screen",
        "Phone screen",
        "Nos gustaría programar un phone screen de 15 minutos con usted. Por favor responda con su disponibilidad "
        "esta semana.",
    ),
    (
        "es_us_distrito",
        "assessment",
        "background",
        "Huellas y verificación",
        "Para continuar, necesitamos que complete el fingerprinting y la verificación de antecedentes en la oficina "
        "del distrito antes del 20.",
    ),
    (
        "es_us_construccion",
        "interview",
        "obra",
        "Trabajo de carpintero",
        "Hola, te hablo de Ramírez Builders. Vi tu aplicación para carpintero. ¿Puedes pasar el lunes a las 7am a la "
        "obra en Houston para hablar con el foreman?",
    ),
    (
        "es_us_construccion",
        "rejection",
        "no_hiring",
        "Re: trabajo",
        "Disculpa, ya no estamos contratando carpinteros, el proyecto se retrasó. Te llamo si se abre algo.",
    ),
    (
        "es_us_construccion",
        "offer",
        "obra",
        "Empiezas el lunes",
        "Te quedaste con el trabajo. $24 la hora, empiezas el lunes a las 6:30. Trae tus botas y el casco.",
    ),
    (
        "es_correos_publico",
        "application_ack",
        "ack",
        "Inscripción en la bolsa de empleo",
        "Su solicitud de inscripción en la bolsa de empleo temporal (Reparto, Málaga) ha sido registrada. Podrá "
        "consultar la puntuación provisional en la sede electrónica.",
    ),
    (
        "es_correos_publico",
        "rejection",
        "excluido",
        "Listado provisional de admitidos",
        "Le comunicamos que figura como excluido en el listado provisional de la bolsa de empleo por no acreditar el "
        "requisito de titulación. Dispone de 10 días hábiles para subsanar.",
    ),
    (
        "es_correos_publico",
        "assessment",
        "examen",
        "Convocatoria al examen",
        "Se le convoca a la prueba tipo test el sábado 14 a las 10:00 en la Facultad de Derecho, aula 3. Debe acudir "
        "con DNI y bolígrafo azul.",
    ),
    (
        "es_correos_publico",
        "rejection",
        "no_aprobado",
        "Resultado de la prueba",
        "Tras la corrección de la prueba, lamentamos comunicarle que no ha alcanzado la puntuación mínima para "
        "formar parte de la bolsa.",
    ),
    (
        "es_consultora_it",
        "recruiter_outreach",
        "consultora",
        "Oportunidad proyecto banca",
        "Hola Lucía, te escribo de Nexia Consulting. Tenemos un proyecto estable en banca para perfil Java con "
        "Spring y tu CV encaja. ¿Te interesaría que te cuente las condiciones?",
    ),
    (
        "es_consultora_it",
        "interview",
        "consultora",
        "Entrevista técnica",
        "Te confirmo la entrevista técnica con el cliente el martes a las 12:00 por Teams. Te envío la invitación.",
    ),
    (
        "es_consultora_it",
        "rejection",
        "cliente_descarta",
        "Feedback del cliente",
        "Te escribo con el feedback del cliente: han decidido no seguir con tu candidatura porque buscan a alguien "
        "con más experiencia en microservicios. Te tengo en cuenta para otros proyectos.",
    ),
    (
        "es_consultora_it",
        "rejection",
        "proyecto_parado",
        "Proyecto en espera",
        "El proyecto de banca se ha quedado en stand-by por decisión del cliente, así que de momento no vamos a "
        "poder avanzar con ningún perfil. Te aviso si se reactiva.",
    ),
    (
        "es_restaurante_chef",
        "interview",
        "prueba",
        "Prueba en cocina",
        "Hola! vi tu cv. Pásate el viernes a las 5 para hacer una prueba en cocina, trae chaquetilla. Saludos",
    ),
    (
        "es_restaurante_chef",
        "rejection",
        "tu_no",
        "El puesto de cocina",
        "Hola, gracias por venir el viernes. Al final no te vamos a coger para el puesto, buscamos a alguien con más "
        "experiencia en parrilla. Mucha suerte!",
    ),
    (
        "es_restaurante_chef",
        "offer",
        "tu_oferta",
        "Te queremos en el equipo",
        "Nos gustó mucho cómo trabajaste. Te ofrecemos el puesto de ayudante de cocina a jornada completa, empiezas "
        "el lunes. ¿Te viene bien?",
    ),
    (
        "es_icims_farma",
        "application_ack",
        "ack",
        "Solicitud recibida – Técnico de Calidad",
        "Gracias por presentar su solicitud para Técnico/a de Calidad en Laboratorios Vireo. Revisaremos su "
        "información y nos pondremos en contacto si su perfil avanza.",
    ),
    (
        "es_icims_farma",
        "rejection",
        "no_seguiremos",
        "Su solicitud en Laboratorios Vireo",
        "Tras una revisión cuidadosa, no seguiremos adelante con su candidatura para este puesto. Le agradecemos el "
        "interés mostrado en nuestra compañía.",
    ),
    (
        "es_icims_farma",
        "interview",
        "onsite",
        "Invitación a entrevista presencial",
        "Nos gustaría invitarle a una entrevista presencial en nuestra planta de Sant Cugat el 18 de junio a las "
        "9:30 con la directora de Calidad.",
    ),
    (
        "es_icims_farma",
        "rejection",
        "puesto_retirado",
        "Actualización: Técnico/a de Calidad",
        "Le informamos de que la oferta de Técnico/a de Calidad ha sido retirada y no se cubrirá en este momento.",
    ),
    (
        "es_mx_maquiladora",
        "interview",
        "planta",
        "Entrevista en planta",
        "Por medio del presente le informamos que fue seleccionado para entrevista el día lunes a las 9:00 hrs en "
        "Planta 2, Tijuana. Favor de traer solicitud elaborada y comprobante de domicilio.",
    ),
    (
        "es_mx_maquiladora",
        "rejection",
        "no_favorable",
        "Resultado de entrevista",
        "Le agradecemos su asistencia. Le informamos que el resultado de su proceso no fue favorable para el puesto "
        "de Técnico de Mantenimiento.",
    ),
    (
        "es_mx_maquiladora",
        "offer",
        "ingreso",
        "Fecha de ingreso",
        "Felicidades, fue aceptado para el puesto de Técnico de Mantenimiento. Su fecha de ingreso es el lunes 3; "
        "preséntese a las 6:30 a.m. con su documentación.",
    ),
    (
        "es_app_reparto",
        "application_ack",
        "ack",
        "¡Recibido!",
        "¡Hola! Hemos recibido tu solicitud para repartidor/a. Estamos revisando muchísimas solicitudes, así que "
        "puede que tardemos un poco en contestarte, ¡paciencia!",
    ),
    (
        "es_app_reparto",
        "rejection",
        "zona_cubierta",
        "Tu solicitud",
        "Gracias por apuntarte. Ahora mismo tenemos cubiertas todas las plazas de reparto en tu zona, así que no "
        "podemos activar tu cuenta. Te avisaremos si se abren plazas.",
    ),
    (
        "es_app_reparto",
        "other",
        "withdrawn",
        "Solicitud cancelada",
        "Hemos cancelado tu solicitud de repartidor/a tal como nos pediste. Si cambias de idea, puedes volver a "
        "apuntarte cuando quieras.",
    ),
    (
        "es_headhunter_madrid",
        "recruiter_outreach",
        "headhunter",
        "Posición de Director Financiero",
        "Estimada Lucía: Me pongo en contacto con usted en relación con un proceso confidencial de Director/a "
        "Financiero/a para un grupo industrial. Su trayectoria encaja con lo que buscamos. ¿Tendría unos minutos "
        "para hablar?",
    ),
    (
        "es_headhunter_madrid",
        "rejection",
        "terna",
        "Proceso Director Financiero",
        "Le agradezco su participación. El cliente ha decidido avanzar con otros candidatos de la terna final, por "
        "lo que su candidatura no continuará en el proceso.",
    ),
    (
        "es_headhunter_madrid",
        "interview",
        "cliente",
        "Reunión con el cliente",
        "El consejero delegado desea conocerle. Le propongo una reunión en sus oficinas el jueves 5 a las 17:00.",
    ),
    (
        "es_pe_retail",
        "application_ack",
        "ack",
        "Postulación registrada",
        "Gracias por postular a Tiendas Inka. Tu postulación para Cajero/a en Arequipa fue registrada. Si pasas a la "
        "siguiente etapa te llamaremos.",
    ),
    (
        "es_pe_retail",
        "rejection",
        "no_apto",
        "Resultado",
        "Te comunicamos que no resultaste apto en la evaluación para el puesto de Cajero/a. Puedes volver a postular "
        "dentro de seis meses.",
    ),
    (
        "es_pe_retail",
        "assessment",
        "evaluacion",
        "Evaluación en línea",
        "Para continuar en el proceso, completa la evaluación en línea de 20 minutos. El enlace estará activo 48 "
        "horas.",
    ),
    (
        "es_co_cnsc",
        "application_ack",
        "ack",
        "Inscripción exitosa",
        "Su inscripción a la convocatoria para el empleo Profesional Universitario, código 219, fue realizada con "
        "éxito.",
    ),
    (
        "es_co_cnsc",
        "rejection",
        "no_admitido",
        "Resultados de verificación de requisitos mínimos",
        "Una vez realizada la verificación, usted NO ADMITIDO para continuar en el concurso, toda vez que no "
        "acredita la experiencia profesional relacionada exigida.",
    ),
    (
        "es_co_cnsc",
        "assessment",
        "prueba",
        "Citación a pruebas escritas",
        "Se le cita a presentar las pruebas escritas funcionales y comportamentales el domingo 8 a las 7:00 a.m.",
    ),
    (
        "es_co_paisa_vos",
        "recruiter_outreach",
        "vos",
        "¿Te interesa?",
        "Hola Lucía, ¿cómo estás? Vi tu perfil y me pareció muy bacano. Estamos buscando una diseñadora UX para una "
        "startup en Medellín. ¿Tenés un ratico para hablar?",
    ),
    (
        "es_co_paisa_vos",
        "rejection",
        "vos_no",
        "Sobre la vacante",
        "Te cuento que finalmente escogimos a otra persona para la vacante de UX. Gracias por tu tiempo y ojalá "
        "podamos trabajar juntas más adelante.",
    ),
    (
        "es_co_paisa_vos",
        "interview",
        "vos",
        "Entrevista",
        "¿Podés el martes a las 3 para una entrevista con el CEO? Es por Meet, te mando el link.",
    ),
    (
        "es_banco_credito",
        "other",
        "credito",
        "Su solicitud de crédito",
        "Le informamos que su solicitud de crédito personal no ha sido aprobada, ya que no cumple con los criterios "
        "de evaluación crediticia.",
    ),
    (
        "es_banco_credito",
        "other",
        "credito",
        "Solicitud de crédito en revisión",
        "Hemos recibido su solicitud de crédito hipotecario. Un asesor revisará la documentación y le contactará en "
        "5 días hábiles.",
    ),
    (
        "es_banco_credito",
        "other",
        "oferta_banco",
        "Oferta exclusiva",
        "Oferta exclusiva para usted: tarjeta de crédito sin cuota anual y 5 % de reembolso en supermercados.",
    ),
    (
        "es_periodista",
        "other",
        "prensa",
        "Solicitud de entrevista",
        "Hola, soy periodista de Diario del Sur. Estoy preparando un reportaje sobre emprendedoras rurales y me "
        "gustaría hacerle una entrevista. ¿Tendría 30 minutos esta semana?",
    ),
    (
        "es_periodista",
        "other",
        "prensa",
        "Re: entrevista",
        "Muchas gracias por la entrevista de ayer. Le envío el borrador para que revise sus declaraciones.",
    ),
    (
        "es_periodista",
        "other",
        "prensa",
        "Entrevista aplazada",
        "Lamentablemente tenemos que aplazar la entrevista por cambios en la edición. Le propongo el martes.",
    ),
    (
        "es_tienda_oferta",
        "other",
        "oferta_comercial",
        "Oferta comercial: climatización",
        "Le hacemos llegar nuestra oferta comercial para la instalación de aire acondicionado: 1.290 € con "
        "instalación incluida. Oferta válida 15 días.",
    ),
    (
        "es_tienda_oferta",
        "other",
        "oferta_comercial",
        "¡Última oportunidad!",
        "Solo hoy: 30 % de descuento en toda la tienda. No te quedes sin tu oferta.",
    ),
    (
        "es_tienda_oferta",
        "other",
        "pedido",
        "Su pedido no pudo ser procesado",
        "Lamentamos informarle que su pedido no ha podido ser procesado por falta de stock. Le hemos reembolsado el "
        "importe.",
    ),
    (
        "es_inmobiliaria",
        "other",
        "alquiler",
        "Su solicitud de alquiler",
        "Gracias por su solicitud para el piso de la calle Mayor. Lamentablemente, el propietario ha seleccionado a "
        "otro inquilino.",
    ),
    (
        "es_inmobiliaria",
        "other",
        "alquiler",
        "Visita al piso",
        "Le confirmamos la visita al piso el miércoles a las 18:00. Traiga sus tres últimas nóminas y su contrato de "
        "trabajo.",
    ),
    (
        "es_inmobiliaria",
        "other",
        "alquiler",
        "Solicitud aprobada",
        "Su solicitud de alquiler ha sido aprobada. Le enviaremos el contrato para firmar.",
    ),
    (
        "es_colegio_admision",
        "other",
        "admision",
        "Proceso de admisión 2026",
        "Le informamos que la solicitud de admisión de su hijo no ha sido aceptada por falta de plazas. Queda en "
        "lista de espera con el número 7.",
    ),
    (
        "es_colegio_admision",
        "other",
        "admision",
        "Entrevista de admisión",
        "Les citamos a una entrevista con la orientadora el martes 9 a las 16:00 como parte del proceso de admisión.",
    ),
    (
        "es_colegio_admision",
        "other",
        "admision",
        "Solicitud recibida",
        "Hemos recibido su solicitud de plaza escolar para el curso 2026-27.",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "Cena",
        "Oye, ¿al final vienes el sábado? Ya reservé mesa, no me dejes plantada jaja",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "Re: la entrevista",
        "¿Qué tal la entrevista con la radio? Te escuché, ¡estuviste genial!",
    ),
    (
        "es_amiga",
        "other",
        "personal",
        "Mudanza",
        "¿Me echas una mano con la mudanza el domingo? Te invito a comer.",
    ),
    (
        "es_ayto_subvencion",
        "other",
        "subvencion",
        "Resolución de subvención",
        "Se resuelve desestimar su solicitud de subvención para la rehabilitación de fachadas por agotamiento del "
        "crédito presupuestario.",
    ),
    (
        "es_ayto_subvencion",
        "other",
        "subvencion",
        "Requerimiento de documentación",
        "Su solicitud de ayuda al alquiler está incompleta. Dispone de 10 días para aportar el certificado de "
        "empadronamiento.",
    ),
    (
        "es_ayto_subvencion",
        "other",
        "candidatura_fiestas",
        "Candidatura a reina de las fiestas",
        "Recordamos que el plazo de candidaturas para la comisión de fiestas termina el viernes.",
    ),
    (
        "es_concurso_literario",
        "other",
        "concurso",
        "Fallo del jurado",
        "Le agradecemos su participación en el concurso de relato corto. Lamentablemente su obra no ha resultado "
        "seleccionada entre las finalistas.",
    ),
    (
        "es_concurso_literario",
        "other",
        "concurso",
        "Recepción de su obra",
        "Confirmamos la recepción de su obra para el certamen de poesía. El fallo se hará público en octubre.",
    ),
    (
        "es_gimnasio",
        "other",
        "oferta_gym",
        "Tu oferta de verano",
        "Aprovecha nuestra oferta de verano: tres meses por 59 €. Inscríbete antes del 30 de junio.",
    ),
    (
        "es_gimnasio",
        "other",
        "baja",
        "Baja confirmada",
        "Hemos procesado tu solicitud de baja. Lamentamos que te vayas; no se realizarán más cobros.",
    ),
    (
        "es_cooperativa_agro",
        "application_ack",
        "ack",
        "Candidatura recibida",
        "Hemos recibido su candidatura para el puesto de técnico agrícola. No podremos contestar antes de final de "
        "mes porque estamos en plena campaña de la aceituna.",
    ),
    (
        "es_cooperativa_agro",
        "rejection",
        "nos_decantamos",
        "Puesto técnico agrícola",
        "Le agradecemos su interés. Finalmente nos hemos decantado por un candidato de la comarca que ya conocía la "
        "cooperativa.",
    ),
    (
        "es_cooperativa_agro",
        "interview",
        "cooperativa",
        "Entrevista",
        "Le esperamos el jueves a las 12 en la oficina de la cooperativa para una entrevista con el gerente y el "
        "presidente.",
    ),
    (
        "es_cooperativa_agro",
        "rejection",
        "sin_respuesta_plaza",
        "Plaza de administrativo",
        "Le comunicamos que la plaza de administrativo ya no se va a convocar este año, por lo que damos por cerrado "
        "el proceso.",
    ),
    (
        "es_ayuda_domicilio",
        "interview",
        "ayuda",
        "Entrevista auxiliar de ayuda a domicilio",
        "Buenos días, hemos recibido su currículum para auxiliar de ayuda a domicilio. ¿Podría venir mañana a las 10 "
        "a nuestra oficina para una entrevista?",
    ),
    (
        "es_ayuda_domicilio",
        "rejection",
        "certificado",
        "Su candidatura",
        "Gracias por su interés. Para este puesto es imprescindible el certificado de profesionalidad, por lo que no "
        "podemos seguir con su candidatura.",
    ),
    (
        "es_ayuda_domicilio",
        "offer",
        "ayuda",
        "Incorporación",
        "Le confirmamos su incorporación como auxiliar de ayuda a domicilio a partir del lunes, 30 horas semanales. "
        "Pase a firmar el contrato.",
    ),
    (
        "es_seguros",
        "other",
        "seguro",
        "Su siniestro",
        "Tras la valoración del perito, le informamos que su reclamación no puede ser atendida al no estar cubierta "
        "por la póliza.",
    ),
    (
        "es_seguros",
        "other",
        "seguro",
        "Renovación de su póliza",
        "Su póliza de hogar se renovará el 1 de julio. Le ofrecemos una mejora de coberturas sin coste adicional.",
    ),
    (
        "es_seguros",
        "other",
        "seguro",
        "Cita con el perito",
        "El perito acudirá a su domicilio el lunes entre las 9 y las 11 para valorar los daños.",
    ),
]


# The reader in each language: their own earlier mail, quoted under a reply, and that language's quote headers.
_READERS = {
    "fr": Reader(
        "Margaux Bellanger <margaux.bellanger@example.net>",
        "Bonjour, merci pour votre retour, je reste disponible si besoin. Belle journée, Margaux",
        "Le mar. 15 avr. 2025 à 18:02, Margaux Bellanger <margaux.bellanger@example.net> a écrit :",
        "De : Margaux Bellanger <margaux.bellanger@example.net>\nEnvoyé : mardi 15 avril 2025 18:02\n"
        "À : contact@example.org\nObjet : Ma candidature",
        "Le 15 avr. 2025 à 18:02, Margaux Bellanger <margaux.bellanger@example.net> a écrit :",
    ),
    "es": Reader(
        "Lucía Ferrer Ortiz <lucia.ferrer.o@example.net>",
        "Hola, gracias por escribirme. Quedo atenta a cualquier novedad. Saludos, Lucía",
        "El mar, 15 abr 2025 a las 18:02, Lucía Ferrer Ortiz (<lucia.ferrer.o@example.net>) escribió:",
        "De: Lucía Ferrer Ortiz <lucia.ferrer.o@example.net>\nEnviado: martes, 15 de abril de 2025 18:02\n"
        "Para: contacto@example.org\nAsunto: Mi candidatura",
        "El 15 abr 2025, a las 18:02, Lucía Ferrer Ortiz <lucia.ferrer.o@example.net> escribió:",
    ),
}

SET = WriterSet(
    WRITERS,
    CORES,
    _READERS,
    dt.datetime(2025, 4, 2, 8, 17, tzinfo=dt.UTC),
    days=60,
    minutes=37,
    quote_every=7,
    case_id="{lang}9-{i:03d}-{label}",
    message_id="<i9-{i:03d}.{writer}@intl9.example>",
    boundary="=_i9_{i}_{writer}",
)
build = SET.build
messages = SET.messages
