"""Light normalisation of a message before classification: HTML remnants, typography, quotes, length."""

from __future__ import annotations

import html
import re

import nh3

from onward.mail.classify.languages import appendix, reply_start, sign_off

# Enough for any real notice about a job; keeps a pathological message cheap.
MAX_CHARS = 20_000

_HTML_HINT = re.compile(r"</?(?:p|div|br|span|table|td|tr|a|html|body|li|ul|h[1-6]|font|b|strong|em|img)\b", re.I)
_BLOCK_END = re.compile(r"<(?:br\s*/?|/p|/div|/li|/tr|/h[1-6]|/table)\s*>", re.I)
_TYPOGRAPHY = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"),
    ("\u00a0", " "), ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\ufeff", ""), ("\u2022", "\n"),
)
_QUOTE_HEADER = re.compile(r"^(?:On .{0,200}wrote:|-{2,} ?Original Message ?-{2,}|From: .+\nSent: )", re.M)
# A title's full stop ends no sentence ("an offer letter for Mr. Lee"); each look-behind has one width.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bSt\.)"
                           r"(?<!\bJr\.)(?<!\bSr\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.) (?=\S)")
# Inclusive writing puts a mark inside a word: "Bewerber*innen", "Kandidat:innen", "Kolleg_innen", "candidat·e·s",
# "référencé·e". The word is read without it ("Bewerberinnen", "candidates"), so rules and sentences written
# with plain forms read these too. A colon or an underscore counts only before the German "in"/"innen".
_GENDER_MARK = re.compile(r"(?<=[^\W\d_])(?:[*:_](?=innen\b|in\b)|[*·⋅](?=[^\W\d_]))")
# RFC 3676: "space, line break" inside a paragraph; the signature separator "-- " and quoted lines stay apart.
_SOFT_BREAK = re.compile(r"(?<=[^\s>])(?<!\n--) \n(?=[^\s>])")


# An old lemmatiser (spaCy 2) wrote every personal pronoun as "-PRON-", and an exporter that strips punctuation
# then leaves "PRON": "-PRON- regret to inform -PRON- that -PRON- application be not select". Each is put back as
# the pronoun its neighbours call for, so the phrase rules and the sentence model read "we regret to inform you
# that your application be not select": "we" before a verb, "you" after a verb that takes a person, else "your".
_PRON = re.compile(r"-PRON-|(?<![\w-])PRON(?![\w-])|(?<![\w-])pron(?![\w-])")
_PRON_SUBJECT_BEFORE = frozenset(
    "be am are is was were have has had do does did will would shall should can cannot could may might must "
    "regret decide appreciate thank wish hope want need look receive review feel think believe encourage choose "
    "select move go proceed continue understand know apologise apologize invite offer inform write like love "
    "keep reach contact get find see am".split())
_PRON_OBJECT_AFTER = frozenset(
    "inform tell thank advise notify invite offer select consider contact let wish give send ask encourage remind "
    "help update meet keep hire interview assure welcome congratulate email call move take bring".split())


# Text stripped of its punctuation splits contractions: "we won t be moving forward", "we ve decided".
_SPLIT_NOT = re.compile(r"\b(won|can|don|doesn|didn|isn|aren|wasn|weren|haven|hasn|hadn|wouldn|couldn|shouldn|mustn|"
                        r"ain) t\b", re.IGNORECASE)
_SPLIT_HAVE = re.compile(r"\b(we|you|they|i|who) (ve|re|ll|d)\b|\b(i) (m)\b|\b(it|that|there|let) (s)\b", re.IGNORECASE)


# ... or deletes the apostrophe: "we wont be moving forward", "weve decided", "you werent selected".
# ("dont" is left alone: it is a French word.)
_GLUED = {"wont": "won't", "didnt": "didn't", "doesnt": "doesn't", "cant": "can't",
          "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "isnt": "isn't", "arent": "aren't",
          "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
          "weve": "we've", "youve": "you've", "theyve": "they've", "youre": "you're", "theyre": "they're",
          "youll": "you'll", "theyll": "they'll", "thats": "that's", "theres": "there's", "whats": "what's"}
_GLUED_WORD = re.compile(r"\b(?:" + "|".join(_GLUED) + r")\b", re.IGNORECASE)
# A noun lemmatiser run over whole mail (NLTK's WordNet default, common in data sets) turns "was", "has" and
# "us" into "wa", "ha" and "u"; an exporter that strips entities by pattern leaves "nbsp" and "rsquo" in words.
_WORDNET_SLIPS = re.compile(r"\b(wa|ha)\b|\b(doe) not\b|\b(to|from|with|contact|join|email|tell|let|reach|call|"
                            r"about|for) u\b")
_ENTITY_NAMES = re.compile(r"nbsp|zwnj|[lr]dquo|[mn]dash|hellip|rsquo|lsquo")
_ANY_PUNCTUATION = re.compile(r"[.,;:!?]")
# In text without punctuation a quoted reply begins "On Mon Feb at Ravi wrote" or "From ... Sent ... Subject".
# A lemmatiser lower-cases the first and writes "wrote" as "write".
_BARE_QUOTE = re.compile(r"(?i:\bOn (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b.{0,100}?\bwr[oi]te\b)"
                         r"|\bFrom\b.{0,120}?\bSent\b.{0,80}?\bTo\b.{0,200}?\bSubject\b")


def join_contractions(text: str) -> str:
    """"won t", "we ve", "it s" (contractions whose apostrophe became a space) as "won't", "we've", "it's"."""
    if " t " in text or " t\n" in text or text.endswith(" t"):
        text = _SPLIT_NOT.sub(r"\1't", text)
    if " ve " in text or " re " in text or " ll " in text or " s " in text or " m " in text or " d " in text:
        text = _SPLIT_HAVE.sub(lambda m: "'".join(g for g in m.groups() if g), text)
    return text


def _english(text: str) -> bool:
    return " the " in text or " The " in text or " you " in text


def unstrip(text: str) -> str:
    """English text an exporter stripped of all punctuation, read as far as it can be: contractions without their
    apostrophe joined, a quoted reply cut off, entity names dropped, a noun lemmatiser's "wa", "ha" and "u" put
    back as "was", "has" and "us" (Spanish "ha" and French "dont" are left alone)."""
    if _ANY_PUNCTUATION.search(text) or not _english(text):
        return text
    text = _GLUED_WORD.sub(lambda m: _GLUED[m[0].lower()], text)
    quote = _BARE_QUOTE.search(text)
    if quote and quote.start() > 0:
        text = text[: quote.start()]
    if _ENTITY_NAMES.search(text):
        text = _ENTITY_NAMES.sub(lambda m: "'" if m[0].endswith("squo") else " ", text)
    return _WORDNET_SLIPS.sub(lambda m: {"wa": "was", "ha": "has", "doe": "does not"}.get(
        m[1] or m[2], "") or f"{m[3]} us", text)


def restore_pronouns(text: str) -> str:
    """Lemmatised text with its pronouns written as "-PRON-" (or "PRON"), with a likely pronoun put back."""
    if "PRON" not in text and ("pron" not in text or len(_PRON.findall(text)) < 2):
        return text

    def put_back(m: re.Match) -> str:
        after = text[m.end():m.end() + 20].split(maxsplit=1)
        before = text[max(0, m.start() - 20):m.start()].split()
        word_after = after[0].lower() if after else ""
        if word_after in _PRON_SUBJECT_BEFORE:
            return "we"
        if (before and before[-1].lower() in _PRON_OBJECT_AFTER) or not word_after:
            return "you"
        return "your"

    return _PRON.sub(put_back, text)


def normalise(text: str) -> str:
    """Plain, single-spaced text with straight quotes; quoted replies and HTML tags removed."""
    if not text:
        return ""
    text = text[:MAX_CHARS]
    flowed = " \n" in text
    if _HTML_HINT.search(text):
        flowed = False
        text = _BLOCK_END.sub("\n", text)
        text = html.unescape(nh3.clean(text, tags=set()))
    elif "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        # str.replace per character is far quicker than str.translate with a mapping.
        for char, plain in _TYPOGRAPHY:
            if char in text:
                text = text.replace(char, plain)
    if "*" in text or ":" in text or "_" in text or "·" in text or "⋅" in text:
        text = _GENDER_MARK.sub("", text)
    quote = _QUOTE_HEADER.search(text)
    if quote and quote.start() > 0:
        text = text[: quote.start()]
    marks = reply_start()
    quote = marks.search(text) if marks is not None else None
    if quote and quote.start() > 0:
        text = text[: quote.start()]
    if flowed:
        # A line ending in a space is a soft break (format=flowed, as phones send mail): the sentence goes on.
        text = _SOFT_BREAK.sub(" ", text)
    text = join_contractions(restore_pronouns(unstrip(text)))
    lines = (" ".join(line.split()) for line in text.split("\n") if not line.lstrip().startswith(">"))
    return "\n".join(line for line in lines if line)


def sentences(text: str) -> list[str]:
    """Sentences (and stand-alone lines, such as headings and sign-offs) of normalised text."""
    out = []
    for line in text.split("\n"):
        if "." in line or "!" in line or "?" in line:
            out.extend(s for s in _SENTENCE_END.split(line) if s)
        elif line:
            out.append(line)
    return out


# A signature line holds a name, a team or a title, not a sentence of the letter.
_SIGNATURE_WORDS = 6


# A heading of a job board's list of other jobs is a short line ("Jobs you might like", "Similar jobs at Acme").
_HEADING_CHARS = 60


def _heading(line: str, pattern: re.Pattern) -> bool:
    return len(line) < _HEADING_CHARS and pattern.match(line.strip()) is not None


def body_end(lines: list[str]) -> int | None:
    """Where the sender's letter ends in its sentences: at its sign-off ("Kind regards,", "Cordialement"), alone on
    its line after the greeting and a first sentence, and followed by a short line (a name, a team) or nothing; or
    at the heading of a job board's list of other jobs ("Jobs you might like"), after the line about the reader's
    own application. What follows is the signature and the footer (an applicant tracking system's "view the status
    of your application", a privacy notice that keeps data on file), or other jobs with their "apply now" buttons
    and the board's app-store footer, which must not outvote the letter. None when neither stands there."""
    pattern, heading = sign_off(), appendix()
    ends = []
    if pattern is not None:
        ends.append(next((i for i in range(2, len(lines)) if len(lines[i]) < 40 and pattern.fullmatch(lines[i].strip())
                          and (i + 1 == len(lines) or len(lines[i + 1].split()) <= _SIGNATURE_WORDS)), None))
    if heading is not None:
        ends.append(next((i for i in range(1, len(lines)) if _heading(lines[i], heading)), None))
    return min((i for i in ends if i is not None), default=None)


def letter(text: str) -> str:
    """Normalised text up to the heading of a job board's list of other jobs, if one stands below its first line:
    what the sender wrote about the reader's application, without the other jobs' titles and places."""
    heading = appendix()
    if heading is None:
        return text
    at = text.find("\n") + 1
    while at > 0:
        end = text.find("\n", at)
        if _heading(text[at : end if end >= 0 else len(text)], heading):
            return text[:at]
        at = end + 1
    return text
