"""A recruiter's approach read by its parts (onward.mail.classify.approach): a role proposed to the reader, who has
not applied, with a conversation asked for. A search partner's note that names a mandate or a board seat and no word
of the import's screen still reaches the classifier and is outreach; the same words in an agency's pitch to hire
through it, in a note about the reader's own application or in a list of jobs to many readers are no approach.
Every message here was written for this test, in each language Onward reads."""

from __future__ import annotations

import pytest

from onward.mail.classify import classify
from onward.mail.classify.approach import names_role, proposes, read
from onward.mail.screen import passes

# A role proposed to the reader, with no word the screen counted before ("application", "your interview").
APPROACH = {
    "en": ("A seat on a board", "Dear Alex,\nWe have been asked by the chair of a regional water company to find an "
           "independent director, and a former colleague of yours thought of you. The mandate is discreet; could "
           "we speak for twenty minutes next week?\nWith best wishes,\nMorgan Hale"),
    "fr": ("Un mandat confidentiel", "Bonjour Alex,\nUn groupe familial de l'agroalimentaire m'a confié la "
           "recherche de son futur directeur industriel, et votre nom m'a été cité. Auriez-vous un moment pour en "
           "parler au téléphone cette semaine ?\nBien cordialement,\nMorgan Hale"),
    "de": ("Vertraulich: eine Leitungsfunktion", "Guten Tag Alex,\nein Familienunternehmen aus der Lebensmittelbranche "
           "hat mich beauftragt, die Leitung seines Werks in Ulm neu zu besetzen. Hätten Sie Zeit für ein kurzes "
           "Telefonat in dieser Woche?\nBeste Grüße\nMorgan Hale"),
    "es": ("Un proceso confidencial", "Hola Alex,\nUn grupo familiar del sector alimentario me ha encargado buscar "
           "a su próximo director de planta y un antiguo compañero tuyo me dio tu nombre. ¿Podríamos tener una "
           "llamada de veinte minutos esta semana?\nUn abrazo,\nMorgan Hale"),
    "nl": ("Een vertrouwelijke opdracht", "Hoi Alex,\nEen familiebedrijf in de voedingsmiddelenindustrie vroeg me een "
           "nieuwe fabrieksdirecteur te vinden, en een oud-collega van je noemde jouw naam. Zullen we deze week even "
           "bellen?\nGroet,\nMorgan Hale"),
}

# An agency asking the reader, who hires, to hire through it: the same trade, no approach to the reader.
BUSINESS = {
    "en": ("Your open roles", "Hi Alex,\nI see you are hiring three warehouse supervisors. Our agency has candidates "
           "available immediately and our terms are simple. Could we have a call this week?\nMorgan"),
    "fr": ("Vos recrutements", "Bonjour Alex,\nVous recrutez des chefs d'équipe ? Notre cabinet peut vous présenter "
           "des candidats sous huit jours. Puis-je vous appeler pour vous présenter nos services ?\nMorgan"),
    "de": ("Verstärkung gesucht?", "Hallo Alex,\nSie suchen Verstärkung für Ihr Lager? Wir stellen Ihnen geprüfte "
           "Kandidaten vor, erfolgsbasiert. Darf ich Sie kurz anrufen, um unsere Konditionen zu erklären?\nMorgan"),
    "es": ("¿Buscáis personal?", "Hola Alex,\nHe visto que estáis creciendo. Ayudamos a empresas como la vuestra a "
           "cubrir vacantes de almacén en dos semanas. ¿Hablamos por teléfono esta semana?\nMorgan"),
    "nl": ("Personeel nodig?", "Hallo Alex,\nZoekt uw organisatie magazijnpersoneel? Wij leveren binnen een week "
           "kandidaten. Zullen we bellen om onze diensten toe te lichten?\nMorgan"),
}

# A call about the reader's own application: the next step of it, not an approach.
APPLIED = {
    "en": ("Warehouse supervisor", "Hi Alex,\nThanks for your application for the warehouse supervisor role. Could "
           "we have a call on Tuesday at 10?\nMorgan"),
    "fr": ("Chef d'équipe", "Bonjour Alex,\nSuite à votre candidature au poste de chef d'équipe, pouvons-nous "
           "échanger par téléphone mardi ?\nMorgan"),
    "de": ("Schichtleitung", "Hallo Alex,\nvielen Dank für Ihre Bewerbung auf die Stelle als Schichtleitung. Hätten "
           "Sie Dienstag Zeit für ein Telefonat?\nMorgan"),
    "es": ("Jefe de turno", "Hola Alex,\nGracias por tu candidatura al puesto de jefe de turno. ¿Podemos hablar el "
           "martes por teléfono?\nMorgan"),
    "nl": ("Ploegleider", "Hoi Alex,\nBedankt voor je sollicitatie op de functie van ploegleider. Kunnen we dinsdag "
           "even bellen?\nMorgan"),
}


@pytest.mark.parametrize("lang", sorted(APPROACH))
def test_a_role_proposed_to_the_reader_is_an_approach_that_reaches_the_classifier(lang):
    subject, body = APPROACH[lang]
    assert read(subject, body).proposed
    assert proposes(subject, body)
    assert passes(subject, body)


@pytest.mark.parametrize("lang", sorted(BUSINESS))
def test_the_screens_quick_answer_is_the_readings_answer(lang):
    # `proposes` skips the reading for mail that names no role; where a role is named it reads it as `read` does.
    for subject, body in (BUSINESS[lang], APPROACH[lang], ("Photos", "Here are the photos from Saturday, call me?")):
        assert proposes(subject, body) is read(subject, body).proposed


@pytest.mark.parametrize("lang", sorted(APPROACH))
def test_a_search_partners_note_without_screen_words_is_outreach_and_says_why(lang):
    r = classify(*APPROACH[lang], "morgan@hale-search.example")
    assert r.label == "recruiter_outreach", r.evidence
    assert any("a role proposed to you" in line for line in r.evidence)


@pytest.mark.parametrize("lang", sorted(BUSINESS))
def test_an_agency_asking_the_reader_to_hire_through_it_is_no_approach(lang):
    subject, body = BUSINESS[lang]
    found = read(subject, body)
    assert not found.proposed and found.against
    assert classify(subject, body, "morgan@agency.example").label != "recruiter_outreach"


@pytest.mark.parametrize("lang", sorted(APPLIED))
def test_a_call_about_the_readers_own_application_is_no_approach(lang):
    subject, body = APPLIED[lang]
    assert read(subject, body).against
    assert classify(subject, body, "morgan@employer.example").label != "recruiter_outreach"


def test_jobs_listed_one_per_line_to_many_readers_are_no_approach():
    body = ("Hi Alex,\nThis week's roles, call me to hear more:\nShift Lead - Leeds - £32k\nPlanner - York - £35k\n"
            "Buyer - Hull - £38k\nWarehouse Manager - Selby - £45k\nMorgan")
    found = read("Hot roles this week", body)
    assert not found.proposed and found.against == "jobs listed one per line"
    assert classify("Hot roles this week", body, "morgan@agency.example").label != "recruiter_outreach"


# An approach with the client's posting pasted below it: the posting's "partnership" and "your application" are
# the client's words, not the letter's; the letter proposes a role.
PASTED = {
    "en": ("Plant manager, Derby", "Hi Alex,\nI'm handling a plant manager role for a client near Derby and your "
           "time at Corran Foods looks like a close match. Could we speak on Thursday?\n\nRequirements\n- Ten years "
           "in food manufacturing\n- Partnership with our retail customers\nWhat we offer\n- Your application "
           "answered within two days\nMorgan"),
    "fr": ("Directeur d'usine, Rouen", "Bonjour Alex,\nJe recrute pour un client un directeur d'usine près de "
           "Rouen, un poste où votre parcours correspond bien. Pourrions-nous en discuter au téléphone jeudi ?"
           "\n\nVos missions\n- Développer le partenariat avec nos clients\nCe que nous offrons\n- Votre "
           "candidature traitée en deux jours\nMorgan"),
    "de": ("Werksleitung, Kassel", "Hallo Alex,\nfür einen Mandanten suche ich eine Werksleitung bei Kassel, und Ihr "
           "Werdegang passt sehr gut. Hätten Sie Donnerstag Zeit für ein Telefonat?\n\nIhre Aufgaben\n- "
           "Partnerschaft mit unseren Kunden\nWir bieten\n- Ihre Bewerbung wird in zwei Tagen beantwortet\nMorgan"),
    "es": ("Director de planta, Zaragoza", "Hola Alex,\nTengo un puesto de director de planta con un cliente en "
           "Zaragoza y tu trayectoria encaja muy bien. ¿Podemos hablar el jueves por teléfono?\n\nFunciones:\n- "
           "Alianza con nuestros clientes\nOfrecemos:\n- Respuesta a tu candidatura en dos días\nMorgan"),
    "nl": ("Fabrieksdirecteur, Venlo", "Hoi Alex,\nVoor een klant vul ik de functie van fabrieksdirecteur bij "
           "Venlo in en jouw ervaring past goed. Zullen we donderdag even bellen?\n\nWat ga je doen?\n- "
           "Partnerschap met onze klanten\nWat bieden wij?\n- Binnen twee dagen antwoord op je sollicitatie\nMorgan"),
}

# The reader forwarded a recruiter's text to themselves: the forward's top is no letter, the text below it is.
FORWARDED_TEXT = {
    "en": ("Fwd: text", "---------- Forwarded message ---------\nMorgan (Hale Search): Hi Alex, I have a plant manager "
           "role near Derby that fits your background. Could I call you tomorrow?"),
    "fr": ("TR: SMS", "Message transféré :\nMorgan (Hale Search) : Bonjour Alex, j'ai un poste de directeur d'usine "
           "près de Rouen pour vous. Puis-je vous appeler demain ?"),
    "de": ("WG: SMS", "Weitergeleitete Nachricht:\nMorgan (Hale Search): Hallo Alex, ich hätte eine Stelle als "
           "Werksleiter bei Kassel für Sie. Darf ich Sie morgen anrufen?"),
    "es": ("RV: SMS", "Mensaje reenviado:\nMorgan (Hale Search): Hola Alex, tengo un puesto de director de planta en "
           "Zaragoza para ti. ¿Te puedo hacer una llamada mañana?"),
    "nl": ("Fwd: sms", "Doorgestuurd bericht:\nMorgan (Hale Search): Hoi Alex, ik heb een functie als "
           "fabrieksdirecteur bij Venlo voor je. Mag ik je morgen bellen?"),
}

# A student asking the reader about the reader's career: their own path is discussed, no role is offered.
SEEKING = {
    "en": ("A question about your work", "Hi Alex,\nI'm a student at Leeds hoping to work in food manufacturing. "
           "Could we have a short call so I could ask your advice about how you got into your role?\nSam"),
    "fr": ("Une question sur votre métier", "Bonjour Alex,\nJe suis étudiant en génie industriel. Auriez-vous un "
           "moment pour un appel ? J'aimerais vos conseils sur votre parcours et le poste que vous occupez.\nSam"),
    "de": ("Frage zu Ihrem Beruf", "Hallo Alex,\nich studiere Verfahrenstechnik und würde Sie gern um Rat fragen: "
           "Hätten Sie Zeit für ein kurzes Telefonat über Ihre Position und Ihren Werdegang?\nSam"),
    "es": ("Una pregunta sobre tu trabajo", "Hola Alex,\nSoy estudiante de ingeniería y me encantaría escuchar tus "
           "consejos sobre tu puesto. ¿Podríamos hablar por teléfono diez minutos?\nSam"),
    "nl": ("Vraag over je werk", "Hoi Alex,\nIk ben student werktuigbouwkunde en wil je graag om advies vragen over "
           "je functie. Zullen we een keer bellen?\nSam"),
}


@pytest.mark.parametrize("lang", sorted(PASTED))
def test_a_posting_pasted_below_the_letter_does_not_speak_for_it(lang):
    subject, body = PASTED[lang]
    found = read(subject, body)
    assert found.proposed, found
    assert not any(word in found.own.lower() for word in ("partner", "alianza"))
    r = classify(subject, body, "morgan@hale-search.example")
    assert r.label == "recruiter_outreach", r.evidence


@pytest.mark.parametrize("lang", sorted(FORWARDED_TEXT))
def test_a_text_forwarded_to_oneself_is_read_below_the_forward_mark(lang):
    subject, body = FORWARDED_TEXT[lang]
    found = read(subject, body)
    assert found.proposed, found
    assert found.own.startswith("Morgan")


@pytest.mark.parametrize("lang", sorted(SEEKING))
def test_a_student_asking_about_the_readers_career_is_no_approach(lang):
    subject, body = SEEKING[lang]
    found = read(subject, body)
    assert not found.proposed and found.against, found
    assert classify(subject, body, "sam@student.example").label != "recruiter_outreach"


@pytest.mark.parametrize(("text", "named"), [
    ("We have a Role for you.", True),  # any case
    ("three vacancies open", True),  # a stem ("vacanc*") ends anywhere
    ("eine Geschäftsführerstelle", True),  # so does "geschäftsführ*", inside a compound
    ("released on parole", False),  # a whole word ("role") is not part of another
    ("the roles_list field", False),
])
def test_names_role_reads_whole_words_and_stems_as_the_packs_mark_them(text, named):
    assert names_role(text) is named


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Project Lead", "Hi Morgan, thanks for your CV! I'd love a quick chat about the Project Lead role - are you "
     "free for a call on Thursday?"),
    ("Appointment reminder", "Dear Morgan,\nThis is a reminder of your appointment with Dr Osei on Friday at 8:50. "
     "Please call us if you need to rearrange."),
])
def test_a_cv_already_sent_or_a_patients_appointment_is_no_approach(subject, body):
    assert not read(subject, body).proposed
