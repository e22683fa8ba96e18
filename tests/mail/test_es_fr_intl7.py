"""Spanish and French mail of the kinds the tune half of tests/mail/intl7_mail.py showed to be missed: a tracking
system's status given as a bare participle ("descartada", "non retenue"), absence from a public list of those
chosen, a withdrawal the company confirms in any person, a post offered with a clitic or in the impersonal "se", an
application sent or received in the passive or with "se", a task to prepare, a post filled in Québec or Swiss words
("comblé", "repourvu"), someone else chosen with "choix" as a noun, a recruiter who looked at the CV; the borrowed
"aplicar" and Latin America's "cargo" naming a job; and mail that uses the words in another sense (financing
refused, a clinic's patient, an admission to a school). Every message here was written for this test; none comes
from a data set, the held-out sets or a language pack."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes

SENDER = "seleccion@mirador.example"


def _read(subject: str, body: str):
    r = classify(subject, body, SENDER)
    return r, f"{r.label} {r.confidence:.2f}: {r.evidence}"


CASES = [
    # --- Spanish
    (
        "es-status-participle",
        "rejection",
        "Cambio de estado en tu candidatura",
        "Hola Ana, la empresa Conservas del Cantábrico revisó tu candidatura a Operaria de línea y la ha marcado "
        "como desestimada. Sigue buscando entre miles de ofertas.\nEl equipo de Empleos Norte",
    ),
    (
        "es-not-on-list",
        "rejection",
        "Relación de aprobados - Técnico de Archivo",
        "Estimada aspirante: publicada la relación definitiva, le comunicamos que no figura entre las personas "
        "aprobadas del proceso selectivo de Técnico de Archivo.\nServicio de Personal",
    ),
    (
        "es-withdrawal-confirmed",
        "other",
        "Tu postulación",
        "Hola Ana, tal como nos pediste, retiramos tu postulación a la vacante de Cajera. Gracias por avisarnos y "
        "mucha suerte.\nSupermercados Ribera",
    ),
    (
        "es-impersonal-offer",
        "offer",
        "Plaza de Administrativa",
        "Estimada Sra. Ruiz: en atención a su puntuación en la bolsa de trabajo, se le ofrece un nombramiento "
        "interino como Administrativa en el Servicio de Compras a partir del lunes 5.\nRecursos Humanos",
    ),
    (
        "es-clitic-offer",
        "offer",
        "Cargo de asistente contable",
        "Señora Ruiz, después de las entrevistas queremos ofrecerle el cargo de asistente contable con contrato "
        "indefinido. Le adjunto la propuesta salarial.\nGerencia",
    ),
    (
        "es-sent-passive",
        "application_ack",
        "Tu postulación fue enviada",
        "Hola Ana, tu postulación a Vendedora de mostrador fue enviada a Ferretería Central. Te avisaremos cuando la "
        "empresa revise tu hoja de vida.\nEmpleos Norte",
    ),
    (
        "es-received-se",
        "application_ack",
        "Instancia registrada",
        "Se ha recibido su solicitud de participación en las pruebas selectivas de Conserje, turno libre, con "
        "número de registro 4471.\nAyuntamiento de Riolobos",
    ),
    (
        "es-task-to-prepare",
        "assessment",
        "Antes de la segunda entrevista",
        "Ana, para la segunda entrevista te pedimos preparar un breve ejercicio: una propuesta de menú semanal con "
        "costes para el comedor. Envíalo el jueves.\nCocinas Olmo",
    ),
    (
        "es-aplicar",
        "application_ack",
        "Gracias por aplicar",
        "Hola Ana, gracias por aplicar a la posición de Cashier bilingüe en nuestra tienda de Houston. Revisaremos "
        "su aplicación y le contactaremos si avanza.\nHR Team",
    ),
    (
        "es-financing-refused",
        "other",
        "Tu solicitud de financiación",
        "Hola Ana, tras estudiar tu solicitud de financiación para el coche, lamentamos comunicarte que no podemos "
        "concederla en este momento.\nFinanciera Ágil",
    ),
    # --- French
    (
        "fr-status-participle",
        "rejection",
        "Statut de votre candidature",
        "Bonjour Léa, le recruteur Menuiseries du Jura a mis à jour votre candidature au poste de dessinatrice : "
        "non retenue.\nL'équipe Emploi Plus",
    ),
    (
        "fr-filled-quebec",
        "rejection",
        "Affichage : commis comptable",
        "Bonjour Léa, l'affichage de commis comptable auquel vous avez postulé est fermé, le poste ayant été "
        "comblé.\nL'équipe Emplois Québec Nord",
    ),
    (
        "fr-filled-swiss",
        "rejection",
        "Votre dossier",
        "Madame, nous vous informons que le poste de laborantine a été repourvu à l'interne. Nous vous remercions "
        "de votre intérêt.\nService du personnel",
    ),
    (
        "fr-choice-noun",
        "rejection",
        "Recrutement responsable logistique",
        "Bonjour Léa, merci pour ces échanges. Notre client a fait le choix d'une candidate ayant déjà dirigé un "
        "entrepôt de cette taille. Je reste attentive à vos prochaines étapes.\nSophie, cabinet Boussole",
    ),
    (
        "fr-looked-at-cv",
        "recruiter_outreach",
        "Un poste de cheffe de projet",
        "Bonjour Léa, j'ai consulté votre CV sur la CVthèque et souhaite vous proposer un poste de cheffe de projet "
        "BIM chez l'un de mes clients à Lille. Seriez-vous disponible pour en parler ?\nMarc, cabinet Vauban",
    ),
]


@pytest.mark.parametrize(("label", "subject", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_gets_its_label(label, subject, body):
    r, why = _read(subject, body)
    assert r.label == label, why


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Gracias por aplicar", "Revisaremos su aplicación para la posición de Cook y le llamaremos."),
        ("Cargo de auxiliar", "Queremos ofrecerle el cargo de auxiliar de bodega desde el lunes."),
        ("Pruebas selectivas", "Lista provisional de las pruebas selectivas de Bombero, turno libre."),
        ("Cita", "Le propongo un encuentro: je vous propose un entretien lundi à 9h au bureau."),
        ("Prochaine étape", "Nous souhaitons vous recevoir en entretien jeudi à 14h."),
    ],
)
def test_job_words_pass_the_screen(subject, body):
    assert passes(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A clinic's patient and a school's admission name no job; a job word beside them keeps the mail a job's.
        ("Su cita", "Estimado paciente, le recordamos su cita en la consulta y el resultado de sus análisis clínicos."),
        ("Solicitud de admisión", "Hemos recibido su solicitud de admisión al máster; la comisión la revisará."),
    ],
)
def test_other_senses_do_not_pass_the_screen(subject, body):
    assert not passes(subject, body)


def test_a_job_word_keeps_an_interview_with_patients_a_job():
    assert passes("Entrevista", "Le citamos a una entrevista para la posición de auxiliar; atenderá pacientes.")
