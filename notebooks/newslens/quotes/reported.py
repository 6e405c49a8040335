"""Reported speech: clauses reported without quotation marks (``X said (that) CLAUSE``,
``CLAUSE, X said.``, ``according to X``)."""

from __future__ import annotations

import re

from ..segment import word_count
from ..words import SUBJECT_PRONOUNS
from .lexicon import (
    AMBIGUOUS_CUES,
    CUE,
    CUE_WORDS,
    FRAGMENT_CUES,
    NOT_CLAUSE_STARTS,
    OBJECT_CUES,
    PARTICIPLE_CUES,
    QUANTIFIERS,
    QUOTE_CHARS,
    REFLEXIVE,
    THAT,
    WEAK_CUES,
    word_alternation,
)
from .names import State
from .phrases import phrase_mention, strip_span
from .subjects import clause_subject, subject_before

#: Weak cues never read as a reported-speech verb ("the report", "I think", "fears of a war"):
#: every weak cue but "say", which reports speech in news copy ("Officials say the road is open").
SKIPPED_CUES = WEAK_CUES - {"say"}
#: A reported clause has at least this many words (shorter ones are objects: "said so"). Set by hand; not tuned.
MIN_CLAUSE_WORDS = 3
#: "..., said one official.": an inverted attribution (the source after the cue) has at most this
#: many words before its first comma. Set by hand on the case tables; not tuned.
INVERTED_SOURCE_MAX_WORDS = 10
#: How far after a cue (characters) its object may run before the clause ("told the local radio
#: station he ...", "urged the city council to ..."): six or seven words of news English.
#: Set by hand; not tuned.
OBJECT_WINDOW = 60
#: Cues whose object can be long before "that" ("told a crowd of dock workers who filled the square
#: that ..."): up to ``LONG_THAT_MAX_WORDS`` words are searched for the "that" instead of
#: ``lexicon.THAT_MAX_WORDS``.
LONG_OBJECT_CUES = frozenset("told tells telling tell warned warns reminded reminds assured assures".split())
#: Twice the ordinary reach: an audience with a relative clause. Set by hand on the case tables; not tuned.
LONG_THAT_MAX_WORDS = 12
LONG_THAT = re.compile(rf"^(?:\s+[\w’'.,-]+){{0,{LONG_THAT_MAX_WORDS}}}?\s+that\s", re.IGNORECASE)
#: The audience of "told" when no "that" follows and the clause opens with a noun phrase ("told
#: reporters the suspect was caught", "tells the paper the van ...", "told Reuters the deal ..."):
#: an audience noun or a capitalised name, then a determiner, possessive or name opening the clause.
#: The audience noun may have ``AUDIENCE_MAX_MODIFIERS`` modifiers ("the local radio station"),
#: the name ``AUDIENCE_NAME_MAX_WORDS`` words. Set by hand on the case tables; not tuned.
AUDIENCE_MAX_MODIFIERS = 2
AUDIENCE_NAME_MAX_WORDS = 4
AUDIENCE = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|investigators|senators|jurors|officials|parliament"
    rf"|(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,{AUDIENCE_MAX_MODIFIERS}}}?(?:paper|newspaper|station|broadcaster|network|outlet|crowd"
    r"|audience|court|jury|committee|panel|hearing|briefing|conference|council|board|magazine|radio"
    r"|agency|channel|website|podcast|show)"
    rf"|(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){{0,{AUDIENCE_NAME_MAX_WORDS - 1}}})"
    r"\s+(?=(?:the|a|an|his|her|their|its|our|no|some|police|[A-Z][\w’'-]+)\s)"
)
#: A cue coordinated with an earlier verb of the same subject ("X visited the border and argued").
COORDINATED = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
#: Where a reported clause stops: a second attribution joined to it (", adding that",
#: ", saying", ", but he conceded", ", he said", ", Mr. Marek said").
_SECOND_CUE = word_alternation(sorted(set(CUE_WORDS) | FRAGMENT_CUES))
CLAUSE_END = re.compile(
    rf",[”\"’]?\s+(?:adding|saying|noting|arguing|insisting)\b"
    rf"|,[”\"’]?\s+(?:but|and|while)\s+(?:he|she|they|it|we|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:also\s+)?(?:{_SECOND_CUE})\b"
    rf"|,\s+(?:he|she|they)\s+(?:{_SECOND_CUE})\b"
    rf"|,\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\s+(?:{_SECOND_CUE})\b"
)


def reported_clauses(state: State, sent_s: int, sent_e: int, quoted: list[tuple[int, int]]):
    """Indirect quotes in one sentence (outside quotation marks).

    Input: the pass's ``state`` (its ``text``, and ``used_cues``: cues already attributing a
    direct quote are skipped); ``sent_s``, ``sent_e`` the sentence's offsets; ``quoted`` the
    ``(open, close + 1)`` spans of the quotations in its paragraph (cues and clauses inside them
    are skipped). Yields ``(start, end, mention, cue)`` for each reported clause: its offsets,
    the source's ``Mention`` and the cue as written ("said", "according to"). Names it resolves
    are registered in ``state`` as it goes.
    """
    text = state.text
    body_e = sent_e - 1 if text[sent_e - 1] in ".?!" else sent_e
    for cue in CUE.finditer(text, sent_s, sent_e):
        c_s, c_e = cue.span()
        if c_s in state.used_cues or any(a - 1 <= c_s < b + 1 for a, b in quoted):
            continue
        word = cue.group(0).lower()
        if word == "according to":
            # "CLAUSE, according to X." or "According to X, CLAUSE."
            tail = text[c_e:body_e]
            if text[sent_s:c_s].strip(" ,"):
                # "CLAUSE, according to X." or "CLAUSE, according to X, and ..."
                comma = text.find(",", c_e, body_e)
                m = phrase_mention(state, c_e, comma if comma > 0 else body_e, role="")
                clause = strip_span(text, sent_s, c_s)
                if m:
                    yield clause[0], clause[1], m, "according to"
            else:
                comma = tail.find(",")
                if comma > 0:
                    m = phrase_mention(state, c_e, c_e + comma)
                    if m:
                        clause = strip_span(text, c_e + comma + 1, body_e)
                        yield clause[0], clause[1], m, "according to"
            continue
        if word in SKIPPED_CUES:
            continue  # too often not a report of speech ("the report", "I think")
        after = text[c_e:body_e]
        if not after.strip(" ,.") or after.lstrip()[:1] in QUOTE_CHARS:
            # "CLAUSE, X said." : the cue ends the sentence
            if not after.strip(" ,."):
                comma = text.rfind(",", sent_s, c_s)
                if comma > sent_s and not any(a <= comma < b for a, b in quoted):
                    m = subject_before(state, comma + 1, c_s)
                    clause = strip_span(text, sent_s, comma)
                    if m and not any(a < clause[1] and b > clause[0] for a, b in quoted):
                        yield clause[0], clause[1], m, cue.group(0)
            continue
        # "X said (that) CLAUSE"
        if text[c_e : c_e + 1] == "," and re.search(r",[^,]+$", text[sent_s:c_s]):
            # "The bridge, Ms. Varga said, would open ...": a parenthetical attribution
            comma = text.rfind(",", sent_s, c_s)
            m = subject_before(state, comma + 1, c_s)
            if m is not None:
                start, end = strip_span(text, sent_s, body_e)
                yield start, end, m, cue.group(0)
                continue
        first = after.split()[0] if after.split() else ""
        inverted = (
            text[sent_s:c_s].rstrip().endswith(",")
            and len(after.split(",")[0].split()) <= INVERTED_SOURCE_MAX_WORDS
            and (first[:1].isupper() or first.lower() in QUANTIFIERS)  # "said one official", "said Ann Lee"
        )
        if inverted:  # "..., said one official." : the source follows the cue
            stop = text.find(",", c_e, body_e)
            role = text[stop + 1 : body_e].strip() if stop > 0 else ""
            m = phrase_mention(state, c_e, stop if stop > 0 else body_e, role=role)
            if m is not None:
                comma = text.rfind(",", sent_s, c_s)
                start, end = strip_span(text, sent_s, comma)
                if word_count(text[start:end]) >= MIN_CLAUSE_WORDS and not any(
                    a < end and b > start for a, b in quoted
                ):
                    yield start, end, m, cue.group(0)
                continue
        # "X asked for ... in a letter, saying she ...", "X visited ... and argued that": the main subject
        main = (word in PARTICIPLE_CUES and text[sent_s:c_s].rstrip().endswith(",")) or COORDINATED.search(
            text, sent_s, c_s
        )
        m = clause_subject(state, sent_s, c_s) if main else None
        m = m or subject_before(state, sent_s, c_s)
        if m is None and word in PARTICIPLE_CUES:
            m = clause_subject(state, sent_s, c_s)
        if m is None:
            continue
        span = _clause_after(text, word, c_e, body_e)
        if span is None:
            continue
        start, end = span
        if word_count(text[start:end]) >= MIN_CLAUSE_WORDS:
            yield start, end, m, cue.group(0)


def _clause_after(text: str, word: str, c_e: int, body_e: int) -> tuple[int, int] | None:
    """The reported clause after the cue ``word`` ending at ``c_e``: after "that", after the object
    of "told X" / "accused X of" / "urged X to", cut at a second attribution (", adding that",
    ", but he conceded"); ``None`` when what follows is not a clause (an object, a reflexive)."""
    cut = CLAUSE_END.search(text, c_e, body_e)
    body_e = cut.start() if cut else body_e
    that = (LONG_THAT if word in LONG_OBJECT_CUES else THAT).match(text[c_e:body_e])
    start = c_e + that.end() if that else c_e
    prep = OBJECT_CUES.get(word)
    if prep and not that:  # "accused X of VERB-ing", "urged X to VERB"
        hit = re.search(rf"\b{prep}\s+", text[c_e : min(body_e, c_e + OBJECT_WINDOW)])
        if hit is None:
            return None
        start = c_e + hit.end()
    elif not that:
        words = re.findall(r"[\w’']+", text[c_e : min(body_e, c_e + OBJECT_WINDOW)])
        lows = [w.lower() for w in words]
        if word in ("told", "tells", "telling", "tell", "asked", "asks"):
            # "told Reuters he would ...": the clause starts at the subject pronoun after the object
            k = next((i for i, w in enumerate(lows[1:6], 1) if w in SUBJECT_PRONOUNS - {"it", "you"}), None)
            audience = AUDIENCE.match(text, c_e, body_e) if word != "asked" and word != "asks" else None
            if k is None and audience is None:
                return None
            pronoun = (
                None
                if k is None
                else c_e + re.search(rf"\b{re.escape(words[k])}\b", text[c_e:body_e]).start()
            )
            # the earlier of the two: "told reporters the man he saw ..." opens at "the man"
            start = min(p for p in (pronoun, audience and audience.end()) if p is not None)
        elif word in AMBIGUOUS_CUES and (not lows or lows[0] not in SUBJECT_PRONOUNS - {"it", "you"}):
            return None  # "the team added two goals", "denied the charge": not a reported clause
    end = body_e
    semi = text.find(";", start, body_e)
    if semi > 0:
        end = semi
    cut = CLAUSE_END.search(text, start, end)
    if cut:
        end = cut.start()
    start, end = strip_span(text, start, end)
    first = re.match(r"[\w’']+", text[start:end])
    if first is None or first.group(0).lower() in NOT_CLAUSE_STARTS:
        return None  # "says nothing about ...": an object
    if REFLEXIVE.match(text[start:end]):
        return None  # "declared himself the ...": an act, not a reported clause
    return start, end
