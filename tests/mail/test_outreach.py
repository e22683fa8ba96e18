"""A recruiter's short note, without footer, that speaks of the reader's profile and a role and proposes a call: it
must reach the classifier and be read as recruiter outreach, not as an interview (the reader applied to nothing).
Every message here was written for this test; none comes from a data set or repeats a pack's sentences."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.screen import passes

OUTREACH = {
    "en": ("Quick question", "Hi Sam,\nI came across your profile last week and I think you'd be a strong match "
           "for a platform engineering role at a logistics firm I work with. Would you be free for a short call on "
           "Thursday?\nCheers, Robin"),
    "fr": ("Échange rapide ?", "Bonjour Sam,\nJe suis tombée sur votre profil en préparant une recherche pour une "
           "société de logistique : votre parcours correspond bien à un rôle d'ingénieur plateforme. Seriez-vous "
           "disponible jeudi pour un court appel ?\nBelle journée, Robin"),
    "de": ("Kurze Frage", "Hallo Sam,\nich bin auf Ihr Profil aufmerksam geworden, weil ein Logistikunternehmen "
           "jemanden für den Aufbau seiner Plattform sucht. Hätten Sie am Donnerstag Zeit für ein kurzes Telefonat?"
           "\nViele Grüße, Robin"),
    "es": ("Una consulta", "Hola Sam:\nHe visto tu perfil y tu experiencia encaja con un puesto de ingeniería de "
           "plataforma en una empresa de logística. ¿Te vendría bien una llamada corta el jueves?\nUn saludo, Robin"),
    "nl": ("Korte vraag", "Hoi Sam,\nIk kwam je profiel tegen en denk dat je goed zou passen bij een rol als "
           "platformengineer bij een logistiek bedrijf. Heb je donderdag tijd voor een kort belletje?\nGroet, Robin"),
}

# Business notes that share the outreach's words (profile, fit, a call) but are about a client's or a supplier's
# profile: they must not reach the classifier, nor be given a job label if they are classified anyway.
BUSINESS = {
    "en": ("Supplier shortlist", "Hi Sam,\nI went through the supplier's company profile and their delivery record "
           "fits what the warehouse project needs. Could we have a short call on Thursday about the quote?\nRobin"),
    "fr": ("Fournisseur", "Bonjour Sam,\nJ'ai regardé le profil de risque du fournisseur : il correspond à nos "
           "critères pour le chantier. Peut-on s'appeler jeudi au sujet du devis ?\nRobin"),
}


@pytest.mark.parametrize("lang", sorted(OUTREACH))
def test_a_recruiters_note_without_footer_reaches_the_classifier(lang):
    subject, body = OUTREACH[lang]
    assert passes(subject, body)


@pytest.mark.parametrize("lang", sorted(OUTREACH))
def test_a_recruiters_note_proposing_a_call_is_outreach_not_an_interview(lang):
    r = classify(*OUTREACH[lang], "robin@searchpartners.example")
    assert r.label == "recruiter_outreach", r.evidence


@pytest.mark.parametrize("lang", sorted(BUSINESS))
def test_a_business_note_about_a_profile_and_a_call_stays_out(lang):
    subject, body = BUSINESS[lang]
    assert not passes(subject, body)
    assert classify(subject, body, "robin@supplier.example").label == "other"
