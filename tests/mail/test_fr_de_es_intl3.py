"""French, German and Spanish mail of the kinds the tune half of tests/mail/intl3_mail.py showed to be missed: a
decision named by the one chosen or preferred (in the passive too), a file not put forward by a recruiter, nothing
fitting "at present" said with commas between, a public selection's outcomes (a mark not reached, a rank not
enough, excluded from the list, no place obtained), places given to others, the verb first ("passt dein Profil
leider nicht"), interim notes, offers in an administration's or a start-up's words, psychometric tests and an
oposición's exercises; and mail that only sounds like job mail (a company's bid, a refund refused, a job alert).
Also a phone's soft line break in the middle of the decision. Every message here was written for this test; none
comes from a data set, the held-out sets or a language pack."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes

SENDER = "equipe@valbruyere.example"


def _read(subject: str, body: str):
    r = classify(subject, body, SENDER)
    return r, f"{r.label} {r.confidence:.2f}: {r.evidence}"


CASES = [
    # --- French
    ("fr-choice-oriented", "rejection", "Votre candidature - Acheteuse",
     "Madame,\nNous vous remercions pour les échanges de ces dernières semaines. Au terme de nos entretiens, notre "
     "choix s'est porté sur une candidate qui connaît déjà nos fournisseurs.\nBien cordialement, Le service RH"),
    ("fr-preferred-passive", "rejection", "Poste de technicien de laboratoire",
     "Bonjour,\nMerci de l'intérêt porté à notre laboratoire. Le profil d'un technicien déjà formé à nos "
     "automates a été privilégié pour ce poste.\nCordialement, Hélène Marchal"),
    ("fr-not-put-forward", "rejection", "Mission Responsable comptable",
     "Bonjour Paul,\nJ'ai relu votre dossier avec mon associé. Nous avons décidé de ne pas présenter votre "
     "candidature à notre client, qui attend une expérience en consolidation.\nBien à vous, Irène"),
    ("fr-nothing-fits-with-commas", "rejection", "Votre candidature spontanée",
     "Madame,\nNous avons lu votre lettre avec attention. Nous ne disposons pas, à ce jour, d'un poste en "
     "adéquation avec votre profil.\nSalutations distinguées, La direction"),
    ("fr-mark-not-reached", "rejection", "Résultat de l'épreuve écrite",
     "Madame,\nVous avez participé à l'épreuve écrite du recrutement de rédacteurs. Vous n'avez pas obtenu la "
     "note minimale fixée par le jury.\nLe service des concours"),
    ("fr-does-not-wish-to-go-on", "rejection", "Suite à votre rendez-vous",
     "Bonjour Paul,\nLe directeur d'agence vous a trouvé très sympathique, mais il ne souhaite pas poursuivre, "
     "le poste demandant davantage de terrain.\nBonne continuation, Irène"),
    ("fr-places-given", "rejection", "Stage d'été",
     "Bonjour,\nMerci pour votre demande de stage. L'ensemble des postes de saisonniers a déjà été attribué "
     "pour cet été.\nL'équipe du camping"),
    ("fr-tender-bid", "other", "Consultation - maintenance des ascenseurs",
     "Madame, Monsieur,\nNous vous informons que la candidature de votre société à la consultation pour la "
     "maintenance des ascenseurs n'a pas été retenue. Le marché a été attribué à un autre prestataire.\n"
     "Le service des achats"),
    ("fr-recruited-formally", "offer", "Votre recrutement",
     "Madame,\nJ'ai le plaisir de vous annoncer que vous serez recrutée comme rédactrice territoriale à compter "
     "du 1er septembre. Votre arrêté de nomination suivra.\nLe Maire"),
    ("fr-ack-answer-to-come", "application_ack", "Candidature - aide-soignante",
     "Madame,\nNous accusons réception de votre candidature. La commission se réunira en fin de mois et vous "
     "serez informée de la suite donnée à votre demande.\nLa DRH"),
    ("fr-invited-after-test", "interview", "Suite de la sélection",
     "Madame,\nVous avez réussi l'épreuve écrite. Vous êtes convoquée à un entretien avec le jury le 12 mai à "
     "9h30.\nLe service des concours"),
    # --- German
    ("de-verb-first", "rejection", "Deine Bewerbung bei Kesselhaus",
     "Hi Mara,\ndanke für deine Unterlagen! Nach ein paar Runden im Team passt dein Profil für die Stelle leider "
     "nicht, weil wir jemanden mit Shopify-Erfahrung brauchen.\nViele Grüße, Timo"),
    ("de-places-far-apart", "rejection", "Ihre Bewerbung um einen Werkstudentenplatz",
     "Guten Tag Frau Weiß,\nvielen Dank für Ihr Interesse. Die Werkstudentenplätze in der Entwicklung sind in "
     "diesem Semester bereits alle an andere Studierende vergeben.\nFreundliche Grüße, Personal"),
    ("de-not-next-step", "rejection", "Nach unserem Gespräch",
     "Hallo Mara,\ndanke für das offene Gespräch gestern. Wir haben intern beraten und gehen den nächsten Schritt "
     "nicht mit dir.\nLiebe Grüße, Timo"),
    ("de-few-days-longer", "application_ack", "Kurzer Zwischenstand zu deiner Bewerbung",
     "Hallo Mara,\nwir brauchen leider noch einige Tage länger für unsere Entscheidung. Du hörst spätestens am "
     "Freitag von uns.\nViele Grüße, Timo"),
    ("de-startup-offer", "offer", "Willkommen an Bord?",
     "Hi Mara,\nwir würden dich sehr gern an Bord holen! Im Anhang findest du dein Offer mit Gehalt und "
     "Startdatum.\nCheers, Timo"),
    # --- Spanish
    ("es-excluded", "rejection", "Proceso selectivo de Administrativo",
     "Estimada Sra. Ruiz:\nLe comunicamos que figura como excluida de la lista definitiva por no haber presentado "
     "el título exigido.\nEl Servicio de Personal"),
    ("es-mark-not-reached", "rejection", "Resultado de la prueba práctica",
     "Estimada Sra. Ruiz:\nLe informamos de que no ha superado la prueba práctica del proceso selectivo, al no "
     "llegar a la nota de corte.\nEl tribunal"),
    ("es-not-put-forward", "rejection", "Tu CV para la posición de Analista",
     "Hola Marta,\nGracias por mandarme tu CV. Lo he comentado con la empresa y esta vez no vamos a poder "
     "presentarte, buscan más experiencia en seguros.\nUn saludo, Jorge"),
    ("es-nothing-fitting", "rejection", "Candidatura espontánea",
     "Estimada Marta:\nGracias por enviarnos su CV. Actualmente no contamos con ninguna vacante acorde a su "
     "experiencia.\nAtentamente, RR. HH."),
    ("es-still-in", "application_ack", "Tu proceso",
     "Hola Marta,\nLa empresa sigue con las entrevistas y no tendrá una decisión hasta la semana que viene. "
     "Sigues en el proceso.\nUn saludo, Jorge"),
    ("es-not-going-on-with-you", "rejection", "Sobre la entrevista del martes",
     "Hola Marta,\nYa tengo respuesta de la empresa: no van a seguir contigo, prefieren a alguien con más "
     "experiencia en equipos grandes.\nUn saludo, Jorge"),
    ("es-job-offer-mx", "offer", "Propuesta laboral - Analista",
     "Estimada Marta:\nNos da gusto enviarle nuestra propuesta laboral para la posición de Analista, con fecha "
     "de ingreso el 2 de junio. Le pedimos confirmar su aceptación.\nRecursos Humanos"),
    ("es-appointment", "offer", "Nombramiento",
     "Estimada Sra. Ruiz:\nEl tribunal ha propuesto su nombramiento como funcionaria interina en la plaza de "
     "Administrativo. Deberá aportar la documentación en diez días.\nEl Servicio de Personal"),
    ("es-psychometric", "assessment", "Evaluación psicométrica",
     "Estimada Marta:\nComo siguiente paso, le pedimos completar una evaluación psicométrica en línea antes del "
     "jueves.\nRecursos Humanos"),
    ("es-refund-refused", "other", "Tu solicitud de reembolso",
     "Hola Marta,\nLamentamos comunicarte que tu solicitud de reembolso no puede aceptarse porque el producto "
     "está usado.\nAtención al cliente"),
    # "Atentamente" signs Spanish letters; the Dutch "tentamen" (an exam) inside it says nothing.
    ("es-signed-atentamente", "rejection", "Seguimiento a su solicitud",
     "Estimada Marta:\nAgradecemos su interés. Tras revisar los perfiles, hemos decidido avanzar con otra "
     "candidata para la posición de Analista.\nAtentamente,\nRecursos Humanos"),
    ("es-job-alert", "other", "Nuevas vacantes para ti",
     "Hola Marta,\nHay nuevas vacantes que coinciden con tu búsqueda: Analista en Sevilla y Contable en Cádiz. "
     "Inscríbete antes del viernes.\nTu portal de empleo"),
]


@pytest.mark.parametrize(("label", "subject", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_gets_its_label(label, subject, body):
    r, why = _read(subject, body)
    assert r.label == label, why


def test_a_phones_soft_line_break_inside_the_decision_does_not_hide_it():
    # format=flowed: a line ending in a space goes on on the next line.
    body = ("Hola Marta,\n\nLo he hablado con la empresa y buscan a alguien con \nmás años en banca, así que esta "
            "vez no voy a poder \npresentarte. Te tengo en cuenta.\n\nUn abrazo,\nJorge")
    r, why = _read("Re: posición de Analista", body)
    assert r.label == "rejection", why


@pytest.mark.parametrize(("subject", "body"), [
    ("Convocatoria", "Se convoca a los aspirantes admitidos del proceso selectivo de Auxiliar al primer ejercicio."),
    ("Invitation", "Vous êtes invitée à l'entretien de sélection du 4 juin à 10h."),
    ("Termin", "Wir laden Sie herzlich zum Hearing am 3. Juni ein; die Auswahlkommission freut sich auf Sie."),
    ("Evaluación", "Le enviamos el enlace a las pruebas psicométricas; tiene tres días para completarlas."),
])
def test_public_selections_and_their_steps_pass_the_screen(subject, body):
    assert passes(subject, body)


@pytest.mark.parametrize(("subject", "body"), [
    ("Assemblée générale", "La candidature de M. Roux au conseil syndical sera soumise au vote de l'assemblée."),
    ("Consultation", "La candidature de votre société à la consultation est enregistrée."),
])
def test_a_bid_or_a_residents_board_does_not_pass_the_screen(subject, body):
    assert not passes(subject, body)
