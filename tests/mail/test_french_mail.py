"""French job-search mail in the voices of a French inbox: applicant-tracking systems that say "tu", a small
company's manager typing by hand, recruitment firms, assessment platforms, and the work and everyday mail that
speaks of "candidature", "entretien" and "offre" without being about the reader's job search. Every message was
written for this test; none comes from a data set, none repeats a language pack's example sentence, and none is
one of tests/mail/fr_inbox.py's."""

from __future__ import annotations

import pytest

from onward.mail import parse
from onward.mail.classify import classify, classify_many
from onward.mail.screen import passes
from tests.mail import fr_inbox

# Rejections: the decision once, after thanks, in words no example sentence holds.
REJECTIONS = [
    ("Ta candidature - Stage Marketing", "Salut Camille,\nMerci pour ta candidature et pour ta motivation ! "
     "Après relecture de tous les dossiers avec l'équipe, ta candidature ne sera pas retenue pour ce stage. On te "
     "souhaite le meilleur pour la suite.\nL'équipe Kerbal"),
    ("Retour sur notre échange", "Bonjour Camille,\nMerci d'avoir pris le temps de discuter avec nous mardi. On "
     "a bien réfléchi et on a décidé de ne pas aller plus loin ensemble sur ce poste. Bonne route !\nMathieu"),
    ("Votre candidature - Analyste junior", "Madame,\nNous avons bien étudié votre dossier et vous remercions de "
     "votre confiance. Il ne nous est malheureusement pas possible d'apporter une réponse favorable à votre "
     "demande. Veuillez agréer nos salutations distinguées.\nService RH"),
    ("RE: candidature employée polyvalente", "Bonjour Mademoiselle,\nMerci d'être passée au magasin samedi. J'ai "
     "finalement pris une personne qui connaît déjà la caisse. Bonne chance pour vos recherches.\nM. Roche"),
    ("Suite de ton process", "Hello Camille,\nMerci pour ta présentation de jeudi, c'était très clair. On a "
     "finalement décidé de partir sur un profil plus expérimenté en SQL. Je peux te faire un retour détaillé si "
     "tu veux.\nInès"),
    ("Retour de l'entreprise", "Bonjour Camille,\nJe reviens vers vous après votre rencontre avec mon client. "
     "Il a choisi de poursuivre avec une candidate déjà en poste dans le secteur. Je pense à vous pour la suite."
     "\nAurélie, Talentis"),
    ("Retour mission Assurance", "Bonjour Camille,\nAprès l'entretien de jeudi, le client n'a pas retenu votre "
     "profil sur cette mission. Je vous propose d'autres pistes dès la semaine prochaine.\nYanis, Corvane ESN"),
    ("Stage - second semestre", "Madame,\nNous avons bien reçu votre candidature de stage et vous en remercions. "
     "Nos effectifs pour le second semestre sont malheureusement déjà au complet.\nLe service RH"),
    ("Votre candidature", "Madame,\nNous avons bien reçu votre dossier et vous en remercions. Nous avons le regret "
     "de vous faire savoir qu'il n'a pu être retenu.\nCordialement"),
    ("Candidature", "Bonjour,\nMerci de votre intérêt pour notre agence. Nous ne recrutons pas de profil débutant "
     "en ce moment.\nBien à vous"),
    ("Réponse à votre demande d'emploi", "Madame,\nNous avons bien reçu votre demande d'emploi. Nous n'avons "
     "actuellement aucun poste vacant qui corresponde à votre formation.\nLa DRH"),
]

# Acknowledgements that warn how a refusal will look: a caveat, not the decision.
ACKS_WITH_A_CAVEAT = [
    ("Votre candidature", "Bonjour,\nNous accusons réception de votre candidature et vous en remercions. Elle sera "
     "étudiée avec attention. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer "
     "que votre candidature n'a pas été retenue.\nService Recrutement"),
    ("Candidature - Assistant juridique", "Madame,\nNous avons bien reçu votre candidature. En l'absence de "
     "retour de notre part sous 15 jours, merci de considérer que nous ne pouvons pas y donner suite."),
]

ACKS = [
    ("Re: Candidature", "Bonjour,\nMerci pour votre envoi. Je transmets votre CV à la responsable de l'agence et "
     "je reviens vers vous.\nCordialement, Agnès"),
]

# Interviews proposed in the words of a small company or mid-process, without "entretien".
INTERVIEWS = [
    ("RE: Candidature assistant commercial", "Bonjour Monsieur,\nJ'ai bien reçu votre CV. Votre profil "
     "m'intéresse : pouvez-vous venir au dépôt mercredi en fin de matinée pour qu'on discute du poste ? "
     "Cordialement, J. Vidal"),
    ("Deuxième tour", "Bonjour Camille,\nLes retours de votre premier rendez-vous sont très positifs. Le second "
     "tour aurait lieu dans nos bureaux avec le directeur commercial ; quelles seraient vos disponibilités ? "
     "Bien à vous"),
    ("Candidature - assistant juridique", "Madame,\nVotre candidature a retenu notre attention. Nous vous "
     "proposons de rencontrer notre associée, Maître Fabre, mardi 4 mars à 18 heures au cabinet."),
    ("Invitation: Entretien Camille Roux / Sarvel @ mar. 5 févr. 2019 11:00 - 11:30 (CET)",
     "Entretien Camille Roux / Sarvel\nQuand : mardi 5 févr. 2019 11:00 – 11:30 Paris\nParticiper à la réunion "
     "Google Meet : meet.google.com/xyz\nInvités : Camille Roux, Paul Sarr\nAccepter - Peut-être - Refuser"),
    ("Doodle entretien", "Bonjour Camille,\nMerci de renseigner vos disponibilités sur le Doodle suivant pour un "
     "entretien avec l'équipe : doodle.com/poll/abc\nBien à vous"),
    ("Convocation journée de recrutement", "Bonjour,\nVotre candidature a été présélectionnée. Nous vous convions "
     "à notre journée de recrutement le 14 mai à 9h : présentation de l'entreprise, épreuves écrites et entretiens "
     "individuels."),
]

OFFERS = [
    ("Proposition de stage", "Bonjour Camille,\nSuite à nos échanges, nous avons le plaisir de vous proposer un "
     "stage de six mois au sein de l'équipe marketing à partir du 6 janvier. Merci de nous confirmer votre accord."),
]

ASSESSMENTS = [
    ("Votre questionnaire", "Bonjour,\nDans le cadre de votre candidature chez Ostral, merci de remplir les "
     "questionnaires de personnalité et de motivation en ligne avant vendredi. Cela prend vingt minutes."),
    ("Prochaine étape : le cas", "Salut Camille,\nVoici le case study dont on a parlé : trois questions sur "
     "notre marché. Tu as cinq jours et tu nous le présentes ensuite en visio.\nNoé"),
]

OUTREACH = [
    ("Poste de responsable paie", "Bonjour Camille,\nJe travaille sur un recrutement de responsable paie pour "
     "une PME lyonnaise. Si vous êtes à l'écoute du marché, je vous en dirai volontiers plus.\nNina, cabinet "
     "Arcos"),
    ("Votre parcours", "Bonjour Camille,\nVotre expérience chez Fidal en audit m'a particulièrement intéressée. "
     "Nous cherchons quelqu'un pour notre équipe finance à Lille ; puis-je vous envoyer la fiche de poste ?\n"
     "Claire, Talent Acquisition"),
    ("Profil consultant SAP", "Bonjour Camille,\nVotre CV a retenu mon attention sur une CVthèque. Nous "
     "recherchons des consultants juniors pour nos clients à Lyon ; pouvons-nous en parler ?\nLéo, Sirius ESN"),
    ("Camille, Hugo vous a envoyé un message", "Hugo Martin\nTalent Acquisition chez Fintel\nBonjour Camille, je "
     "me permets de vous contacter car nous recherchons un Business Analyst. Seriez-vous intéressée pour en "
     "discuter ?\nRépondre"),
]

# Not about the reader's job search, though it speaks of candidacies, offers, interviews or internships.
OTHER = [
    ("Appel d'offres - candidature reçue", "Bonjour,\nNous avons bien reçu votre candidature à l'appel d'offres "
     "pour la rénovation du gymnase. L'ouverture des plis est fixée au 3 mai.\nService des marchés"),
    ("Réunion de chantier", "Bonjour,\nJe serai à la réunion de chantier de jeudi. Ensuite je dépose le camion "
     "pour l'entretien du véhicule au garage.\nLouis"),
    ("Conventions de stage", "Chers étudiants,\nLes conventions de stage doivent être déposées sur l'intranet "
     "trois semaines avant le départ en entreprise ; les dossiers incomplets seront refusés."),
    ("Votre proposition", "Bonjour,\nVotre offre nous semble chère comparée aux autres devis reçus. Pourriez-vous "
     "revoir le poste main-d'œuvre ? Nous pourrions en parler lors d'une réunion mardi."),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_a_french_rejection_in_its_own_words_is_a_rejection(subject, body):
    assert classify(subject, body, "rh@example.fr").label == "rejection"


@pytest.mark.parametrize(("subject", "body"), ACKS_WITH_A_CAVEAT)
def test_an_acknowledgement_that_says_how_silence_reads_is_an_acknowledgement(subject, body):
    assert classify(subject, body, "rh@example.fr").label == "application_ack"


@pytest.mark.parametrize(("subject", "body"), ACKS)
def test_a_cv_passed_on_to_a_manager_is_an_acknowledgement(subject, body):
    assert classify(subject, body, "rh@example.fr").label == "application_ack"


@pytest.mark.parametrize(("subject", "body"), OFFERS)
def test_a_french_internship_offered_is_an_offer(subject, body):
    assert classify(subject, body, "rh@example.fr").label == "offer"


@pytest.mark.parametrize(("subject", "body"), INTERVIEWS)
def test_a_french_invitation_to_meet_without_the_word_entretien_is_an_interview(subject, body):
    assert classify(subject, body, "rh@example.fr").label == "interview"


@pytest.mark.parametrize(("subject", "body"), ASSESSMENTS)
def test_french_questionnaires_and_case_studies_are_assessments(subject, body):
    assert classify(subject, body, "rh@example.fr").label == "assessment"


@pytest.mark.parametrize(("subject", "body"), OUTREACH)
def test_a_french_recruiters_approach_is_outreach(subject, body):
    assert classify(subject, body, "recruteur@example.fr").label == "recruiter_outreach"


@pytest.mark.parametrize(("subject", "body"), OTHER)
def test_french_work_and_school_mail_with_job_words_is_other(subject, body):
    assert classify(subject, body, "contact@example.fr").label == "other"


def test_a_stage_request_answered_by_hand_and_an_assessment_platform_pass_the_screen():
    assert passes("Votre demande de stage", "Bonjour, je n'aurai pas le temps d'encadrer quelqu'un cet été.")
    assert passes("Rappel", "Il vous reste deux jours pour finir vos questionnaires.\nL'équipe AssessFirst")
    assert not passes("Réunion de chantier", "Je serai à la réunion de jeudi, puis au garage pour l'entretien.")


def test_most_of_the_french_inbox_tune_half_is_read_right():
    """The half of tests/mail/fr_inbox.py that may be read while fixing the French pack, as `onward mail
    classify` reads it (the other half is only counted, by bench/mail_french.py). A share with a margin: one
    message tipping over does not fail it, a broken pack does."""
    cases = [c for c in fr_inbox.messages() if c.split == "tune"]
    parsed = [parse.parse(c.raw) for c in cases]
    labels = [r.label for r in classify_many([{"subject": p.subject, "body": p.text, "sender": p.sender}
                                              for p in parsed])]
    wrong = [(c.id, label) for c, label in zip(cases, labels, strict=True) if label != c.label]
    rejections = [label for c, label in zip(cases, labels, strict=True) if c.label == "rejection"]
    assert len(wrong) <= 0.1 * len(cases), wrong
    assert rejections.count("rejection") >= 0.9 * len(rejections), wrong
