"""Reported speech: clauses reported without quotation marks (``X said (that) CLAUSE``,
``CLAUSE, X said.``, ``according to X``)."""

from __future__ import annotations

import re

from ..segment import word_count
from .lexicon import CUE, QUANTIFIERS, QUOTE_CHARS, REFLEXIVE, THAT
from .names import State
from .phrases import phrase_mention, strip_span, subject_before

# --- reported speech ----------------------------------------------------------------------------


def reported_clauses(state: State, sent_s: int, sent_e: int, quoted: list[tuple[int, int]]):
    """Indirect quotes in one sentence (outside quotation marks): yields ``(start, end, mention,
    cue)`` for the reported clause."""
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
                m = phrase_mention(state, c_e, body_e, role="")
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
        if word in (
            "report",
            "reports",
            "doubt",
            "doubts",
            "fear",
            "fears",
            "expect",
            "think",
            "thought",
        ):
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
            # "The museum, Mr. Obama said, would make ...": a parenthetical attribution
            comma = text.rfind(",", sent_s, c_s)
            m = subject_before(state, comma + 1, c_s)
            if m is not None:
                start, end = strip_span(text, sent_s, body_e)
                yield start, end, m, cue.group(0)
                continue
        first = after.split()[0] if after.split() else ""
        inverted = (
            text[sent_s:c_s].rstrip().endswith(",")
            and len(after.split()) <= 10
            and (first[:1].isupper() or first.lower() in QUANTIFIERS)  # "said one official", "said Ann Lee"
        )
        if inverted:  # "..., said one official." : the source follows the cue
            m = phrase_mention(state, c_e, body_e)
            if m is not None:
                comma = text.rfind(",", sent_s, c_s)
                start, end = strip_span(text, sent_s, comma)
                if word_count(text[start:end]) >= 3 and not any(a < end and b > start for a, b in quoted):
                    yield start, end, m, cue.group(0)
                continue
        m = subject_before(state, sent_s, c_s)
        if m is None:
            continue
        that = THAT.match(text[c_e:body_e])
        start = c_e + that.end() if that else c_e
        end = body_e
        semi = text.find(";", start, body_e)
        if semi > 0:
            end = semi
        start, end = strip_span(text, start, end)
        if word in ("told", "tells", "asked", "asks") and not that:
            continue  # "told Reuters." without a clause
        if REFLEXIVE.match(text[start:end]):
            continue  # "declared himself the ...": an act, not a reported clause
        if word_count(text[start:end]) >= 3:
            yield start, end, m, cue.group(0)
