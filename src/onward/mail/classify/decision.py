"""A rejection read from the grammar of its sentence rather than from one wording, for any pack that gives the data.

A pack's `[decision]` table lists words, not phrases:
- `roles`: what a decision is about (the post, the vacancy, the process), `be`: the verbs that state what it is or
  has become (« est », « a été », "fue", "se ha"; not the future, "sera clôturée le 30" is a date), and `filled` /
  `closed`: what it has become (filled, closed, paused, cancelled). A role, then its verb and its state, with no
  negation between, say the role is gone: « le poste est désormais pourvu », "la vacante … fue cancelada"; without
  the verb ("une fois le processus clôturé", "cuando el proceso esté cerrado") it is when, not what. `open`: what
  a role no longer is, after its verb negated: « n'est plus ouvert », "ya no está disponible";
- `advance`: the beginnings of the verbs and words of being kept, chosen or taken further (retenu, poursuivre,
  continuar, avanzar, admitido, coger). The language's negation (its `[reading]` negation) a few words before one
  of them says the reader is not: « nous ne poursuivrons pas », "usted no continúa", "no te vamos a coger", "no
  admitido"; `pending` words (plain words) between or just before ("encore", "todavía") make it a status, not a
  decision;
- `chose` and `another`: a verb of choosing and, a few words after it, another person: « nous avons retenu un
  autre candidat », "hemos seleccionado a otra persona";
- `contrast`: the connector that turns a letter of thanks to its news (« malheureusement », "lamentablemente"):
  before a negated `advance` word in the same sentence, it adds `contrast` weight;
- `after`: in a language that puts its negation after the verb (German and Dutch main clauses), the negations
  that end a clause after an `advance` word: "leider passt es für diese Rolle nicht", "dit past niet";
- `refusal`: the words that are the refusal itself, said to the reader, a verb or its noun, whole or split as
  separable verbs are ("müssen Ihnen absagen", "sagen Ihnen … ab", "Bewerbungsabsage", "afwijzing", "valt … af").

- `acts`: a verb that fills or closes a role, with its auxiliary, said before the role ("we have filled the
  position", "the client has pulled the role"); `acted_on`: what else such a verb may close that is no role when
  it stands alone ("we're pausing the design hire", "closing out the process"; "the process is closed" may be
  an application window's);
- `elsewhere`: the things other than a job that a decision may be about (a loan, a grant, a tenancy, a visa, a
  tender): a reading whose clause goes on to name one of them (within `span` characters) is about that, not the
  reader's application.

- `be_last` and `another_before`, for a language that puts the verb last in a clause: the verbs that follow a role's
  state ("dass die Stelle anderweitig besetzt wurde") and another person as they stand before the verb of choosing
  ("für einen anderen Bewerber entschieden", "een andere kandidaat geselecteerd").

The patterns are phrase rules (rules.toml's `[decision]` settings give their weights and reach), so the hedging,
footer and evidence reading of rules.py applies to them; each reads only mail in its own language (a Spanish "no"
before "continue" in English mail negates nothing), and in a section they add only what its phrase rules did not
already say (the best grammar reading above the best phrase), so a decision both name is not counted twice.
A reading whose clause ends in a question mark states no decision ("has the role been filled?").
Adding a language's decisions is adding its words.
"""

from __future__ import annotations

DECISION_KEYS = ("roles", "be", "filled", "closed", "open", "advance", "pending", "chose", "another", "contrast",
                 "after", "refusal", "be_last", "another_before", "acts", "acted_on", "elsewhere")


def _any(items: tuple[str, ...]) -> str:
    return "|".join(items)


def _gap(reach: int, unless: str = "") -> str:
    """Up to `reach` words, crossing spaces and apostrophes only (a comma or a colon ends the clause), none of
    them matching `unless`."""
    word = rf"(?!(?:{unless}))\w+" if unless else r"\w+"
    return rf"(?:[\s'’]*{word}){{0,{reach}}}?[\s'’]*"


def rules(decision: dict[str, tuple[str, ...]], negation: str, settings: dict, code: str) -> dict[str, dict]:
    """The pack's decision data as phrase rules: {group: {section: {"rules": [...]}}} in the rules.toml format."""
    if not any(decision.get(key) for key in ("roles", "advance", "chose", "refusal")):
        return {}
    reach, span = int(settings["reach"]), int(settings["span"])
    pending = rf"(?:{_any(decision['pending'])})\b" if decision.get("pending") else ""
    found: dict[str, dict[str, list[dict]]] = {"labels": {"rejection": []}, "subtypes": {}}

    # Not about another thing decided (the clause names none within `span` characters: text without punctuation
    # runs on into the footer), and not asked.
    about = (rf"(?![^\n.;:!?]{{0,{span}}}\b(?:{_any(decision['elsewhere'])}))" if decision.get("elsewhere") else "")

    def add(group: str, section: str, pattern: str, weight: float) -> None:
        # The reading is tried first and `about` only where it matches: a look-ahead that leads a pattern is run at
        # every character of every sentence, the costliest thing the classifier did. Same matches either way.
        guarded = rf"(?=(?:{pattern})){about}" if about else ""
        pattern = rf"{guarded}(?:{pattern})(?![^\n.;:!]*\?)"
        found[group].setdefault(section, []).append({"p": pattern, "w": weight, "lang": code, "grammar": True})

    roles, be = decision.get("roles", ()), _any(decision.get("be", ()))
    no_negation = rf"(?:(?!{negation})[^\n.;:!?]){{0,{span}}}?" if negation else rf"[^\n.;:!?]{{0,{span}}}?"
    for state, subtype in (("filled", "position_filled"), ("closed", "position_closed"), ("open", "position_closed")):
        words = decision.get(state, ())
        if not roles or not be or not words or state == "open" and not negation:
            continue
        # What the role is now, or (`open`) what it no longer is: « n'est plus ouvert », "is no longer open".
        verb = (rf"(?:(?:{negation})[\s'’]*(?:{be})|\b(?:{be})\s+(?:{negation}))" if state == "open"
                else rf"\b(?:{be})")
        gone = rf"\b(?:{_any(roles)})\b{no_negation}{verb}\b{_gap(2, negation)}\b(?:{_any(words)})\b"
        if state != "open" and decision.get("be_last"):
            # Verb-final: the state, then its verb ("dass die Stelle anderweitig besetzt wurde").
            gone += rf"|\b(?:{_any(roles)})\b{no_negation}\b(?:{_any(words)})\s+(?:{_any(decision['be_last'])})\b"
        add("labels", "rejection", gone, float(settings["role_state"]))
        add("subtypes", subtype, gone, float(settings["role_state"]))
    if roles and decision.get("acts"):
        # The role filled or closed by someone, said before it: "we have now filled the position".
        objects = _any((*roles, *decision.get("acted_on", ())))
        acted = rf"\b(?:{_any(decision['acts'])})\b{_gap(3, negation)}\b(?:{objects})\b"
        add("labels", "rejection", acted, float(settings["role_state"]))
    advance = decision.get("advance", ())
    if advance and negation:
        # "todavía no hemos seleccionado": a pending word just before the negation makes it a status too.
        before = "".join(rf"(?<!{word} )" for word in decision.get("pending", ()))
        not_taken = rf"{before}(?:{negation}){_gap(reach, pending)}\b(?:{_any(advance)})\w*"
        add("labels", "rejection", not_taken, float(settings["not_taken"]))
        if decision.get("contrast"):
            add("labels", "rejection", rf"\b(?:{_any(decision['contrast'])})\b[^\n]*?{not_taken}",
                float(settings["contrast"]))
        if decision.get("after"):
            # The negation closing the clause after the verb: "passt es für diese Rolle leider nicht.", "dit past niet".
            add("labels", "rejection",
                rf"\b(?:{_any(advance)})\w*{_gap(reach + 2, pending)}\b(?:{_any(decision['after'])})\b"
                rf"(?=[\s'’]*(?:[\n.,;:!?]|$))", float(settings["not_taken"]))
    if decision.get("chose") and decision.get("another"):
        chose = _any(decision["chose"])
        other = rf"\b(?:{chose})\w*{_gap(reach)}\b(?:{_any(decision['another'])})"
        if decision.get("another_before"):
            other += rf"|\b(?:{_any(decision['another_before'])})\w*{_gap(reach + 2, negation)}\b(?:{chose})"
        add("labels", "rejection", other, float(settings["another_chosen"]))
        add("subtypes", "not_selected", other, float(settings["another_chosen"]))
    if decision.get("refusal"):
        add("labels", "rejection", rf"\b(?:{_any(decision['refusal'])})", float(settings["refusal"]))
    return {group: {name: {"rules": items} for name, items in sections.items() if items}
            for group, sections in found.items()}
