"""Quote attribution: the speaker of a quotation from the words right after or before it."""

from __future__ import annotations

import re

from .lexicon import (
    APPOSITIVE_START,
    AUXILIARIES,
    CUE,
    DASH_CREDIT,
    PARTICIPLE_CUES,
    QUOTE_CHARS,
    TITLE_WORDS,
    WEAK_CUES,
)
from .names import Mention, State, name_runs
from .phrases import comma_chunks, phrase_mention, strip_span
from .subjects import clause_subject, strip_adverb, subject_before

#: An attribution phrase after the cue that names nobody we know ("said a man who gave only his first
#: name") still marks the quote as attributed when it has at most this many words. Set by hand on the case tables; not tuned.
UNNAMED_PHRASE_MAX_WORDS = 12
#: An attribution clause right after a quotation has at most this many words (longer text is a new
#: sentence of narration). Set by hand on the case tables; not tuned.
ADJACENT_MAX_WORDS = 12
#: The name in a frame clause (``FRAME``, ``AFTER_FRAME``) has at most this many capitalised words
#: after an optional title ("Ivo Marek", "Mr. Jan de Vries"). Set by hand on the case tables; not tuned.
FRAME_NAME_MAX_WORDS = 3
#: "quoted X as saying": X (a source with its description) runs at most this many characters.
#: Set by hand; not tuned.
QUOTED_AS_MAX_CHARS = 80
#: A clause of subject and verb right before the opening mark ("..., Ivo Marek shot back, “"):
#: whatever the verb, its subject introduces the quotation.
FRAME = re.compile(
    rf"(?:^|[,;]\s*)((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w’'-]*\s+){{0,{FRAME_NAME_MAX_WORDS - 1}}}[A-Z][\w’'-]*|he|she|they|He|She|They)"
    r"\s+(?:[a-z]+ly\s+)?([a-z]+)(?:\s+(?:back|out|up|in|on|off))?\s*[,:]$"
)
#: A subject and a verb in the past tense right after a quotation, ending the sentence or followed
#: by a comma ("“...?” Marek demanded.", "“...,” she snapped, ..."): whatever the verb, an attribution.
AFTER_FRAME = re.compile(
    rf"[\s,]*((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w’'-]*\s+){{0,{FRAME_NAME_MAX_WORDS - 1}}}[A-Z][\w’'-]*|he|she|they)"
    r"\s+([a-z]+ed)(?:\s+(?:back|out|up|in))?\s*(?:[.,;]|$)"
)
QUOTED_AS = re.compile(rf"\bquot(?:ed|ing|es)\s+(.{{2,{QUOTED_AS_MAX_CHARS}}}?)\s+as\s+")


def attribution_after(state: State, s: int, e: int) -> tuple[Mention, str] | None:
    """The speaker in an attribution right after a quote: ``said X, role``, ``X said``,
    ``X, role, told Y``, ``he wrote``; ``text[s:e]`` (``state.text``) runs from the closing mark.
    Returns ``(mention, cue)``, or None when no attribution is there."""
    text = state.text
    cues = list(CUE.finditer(text, s, e))
    strong = [c for c in cues if c.group(0).lower() not in WEAK_CUES]
    cue = (strong or cues or [None])[0]  # "a government report said": the verb, not the noun
    if cue is None:
        dash = DASH_CREDIT.match(text, s, e)  # “...” ― Mina Dorsey
        if dash is None:
            frame = AFTER_FRAME.match(text, s, e)  # “...?” Marek demanded.
            m = phrase_mention(state.probe(), *frame.span(1)) if frame else None
            if m is None or m.source_type not in ("person", "organisation"):
                return None
            return phrase_mention(state, *frame.span(1)), frame.group(2)
        m = phrase_mention(state, dash.start(1), dash.end(1))
        return (m, "―") if m else None
    before = text[s : cue.start()]
    if cue.group(0).lower() in PARTICIPLE_CUES and not before.strip(" ,\u00a0" + QUOTE_CHARS):
        return None  # "X said: “...,” adding that ...": the participle continues, it does not attribute
    state.used_cues.add(cue.start())
    if before.strip(" \u00a0\u200b\t\n,—–" + QUOTE_CHARS):  # "X said", "X, role, told"
        chunks = comma_chunks(text, s, cue.start())
        if chunks:  # "my grandmother often said": the adverb is not part of the speaker phrase
            chunks[-1] = (chunks[-1][0], strip_adverb(text, *chunks[-1]))
        probe = state.probe()
        candidates = [c for c in chunks if phrase_mention(probe, *c)]
        if not candidates:  # a quote with its reporting verb, but a speaker we cannot name
            return (unknown(), cue.group(0)) if adjacent(before) else None
        exact = [c for c in candidates if name_runs(text, *c) == [c]]  # a chunk that is just a name
        pick = (exact or candidates)[0]
        role = ", ".join(text[a:b] for a, b in chunks if (a, b) != pick)
        m = phrase_mention(state, *pick, role=role)
        return (m, cue.group(0)) if m else None
    # "said X, role" : the phrase after the cue up to a comma or the end
    after_s = cue.end()
    name_end = _phrase_end(text, after_s, e)
    role_s, role_e = strip_span(text, name_end, e)
    role = re.split(r"\s+(?:who|which|referring|adding|according)\b", text[role_s:role_e])[0].rstrip(" ,")
    m = phrase_mention(state, after_s, name_end, role=role if APPOSITIVE_START.match(role) else "")
    if m is None and len(text[after_s:name_end].split()) <= UNNAMED_PHRASE_MAX_WORDS:
        m = unknown()
    return (m, cue.group(0)) if m else None


def _phrase_end(text: str, s: int, e: int) -> int:
    """Where the speaker phrase after a cue ends: the first comma, semicolon, dash or full stop
    that does not close a title or an initial ("Dr.", "Sen.", "John Q. Archer")."""
    for stop in re.finditer(r"[,.;—]", text[s:e]):
        k = s + stop.start()
        if text.rfind("(", s, k) > text.rfind(")", s, k):
            continue  # inside a party and state tag: "Rep. Ana Ruiz (D-Velm.), the ..."
        if text[k] == ".":
            word = re.search(r"[\w]+$", text[s:k])
            if word and (len(word.group(0)) == 1 or (word.group(0).lower() + ".") in TITLE_WORDS):
                continue
        return k
    return e


def unknown() -> Mention:
    """The speaker of a quote whose attribution we found but could not name: takes nothing and
    returns an empty ``Mention`` (no name, no source type, offsets -1)."""
    return Mention("", "", -1, -1, "", "")


def adjacent(before: str) -> bool:
    """Whether ``before`` (the text between a quote's closing mark and its cue verb, as in
    ``,” a spokesman for the ministry said``) is an attribution clause right after the quote:
    True when it is short (at most ``ADJACENT_MAX_WORDS`` words) with no ";" in it."""
    return ";" not in before and len(before.split()) <= ADJACENT_MAX_WORDS


def attribution_before(state: State, s: int, e: int) -> tuple[Mention, str] | None:
    """The speaker in an attribution right before a quote: ``X said: “``, ``X said, “``,
    ``According to X, “``; ``text[s:e]`` (``state.text``) runs up to the opening mark. Returns
    ``(mention, cue)``, or None."""
    text = state.text
    seg = text[s:e].rstrip()
    if not seg.endswith((":", ",")):
        return None
    acc = re.search(r"according to\s+(.+?),\s*$", seg, re.IGNORECASE)
    if acc:
        m = phrase_mention(state, s + acc.start(1), s + acc.end(1))
        return (m, "according to") if m else None
    cues = list(CUE.finditer(text, s, e))
    frame = FRAME.search(seg)
    if frame and frame.group(2) not in AUXILIARIES and (not cues or cues[-1].start() < s + frame.start(1)):
        # "Ivo Marek shot back, “...”": the subject of the verb that introduces the quotation
        m = phrase_mention(state.probe(), s + frame.start(1), s + frame.end(1))
        if m is not None and m.source_type in ("person", "organisation"):
            cue = seg[frame.start(2) :].rstrip(" ,:")
            return phrase_mention(state, s + frame.start(1), s + frame.end(1)), cue
    if not cues:
        if not seg.endswith(":"):
            return None
        # "Ines Moravec, an analyst at the Harbour Institute, put it differently: “...”"
        chunks = comma_chunks(
            text, max(s, max(text.rfind(ch, s, e - 1) for ch in ";.") + 1), s + len(seg) - 1
        )
        names = [c for c in chunks if name_runs(text, *c) == [c]]
        if not names or names[0] != chunks[0]:
            # "Lee summed up the mood: “...”": the subject of the sentence
            m = clause_subject(state, s, e)
            return (m, ":") if m else None
        role = text[chunks[1][0] : chunks[1][1]] if len(chunks) > 2 else ""
        m = phrase_mention(state, *names[0], role=role if APPOSITIVE_START.match(role) else "")
        return (m, ":") if m else None
    cue = cues[-1]
    state.used_cues.add(cue.start())
    quoted_as = QUOTED_AS.search(text, s, cue.start())  # "the agency quoted X as saying:"
    if quoted_as and quoted_as.end() == cue.start():
        m = phrase_mention(state, *quoted_as.span(1))
        if m is not None:
            return m, cue.group(0)
    participle = cue.group(0).lower() in PARTICIPLE_CUES and text[s : cue.start()].rstrip().endswith(",")
    # "He later repeated the claim, saying, “...”": the subject of the main clause says it
    m = clause_subject(state, s, cue.start()) if participle else None
    m = m or subject_before(state, s, cue.start())
    return (m, cue.group(0)) if m else None
