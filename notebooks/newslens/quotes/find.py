"""The pass over an article: quotation marks paired, each quote attributed, reported speech found,
one tidy row per quote (columns in the package docstring)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..segment import word_count
from .attribution import AFTER_FRAME, attribution_after, attribution_before
from .lexicon import CUE, FRAGMENT_CUES, PARTICIPLE_CUES, PREPOSITIONS
from .names import Mention, State, clear_name_cache, scan_names
from .phrases import is_group_noun, phrase_mention, strip_span
from .reported import reported_clauses
from .resolve import learn_gender
from .subjects import clause_subject, subject_before

#: A quoted fragment in the first person ("“the worst season I’ve known”") is someone's words even
#: without a cue in its sentence: the current speaker's.
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|me|my|we|we’re|we're|our|us)\b")
#: A framing verb ("called", "described ... as") counts for a quoted fragment when it is at most this
#: many characters before the opening mark (about a dozen words: "described the new tax on imported
#: cars as"). Set by hand on the case tables; not tuned.
FRAGMENT_WINDOW = 80
#: A quotation that starts with a capital and ends in punctuation is a whole utterance (a direct
#: quote, not a fragment) from this many words on ("“We will win,”"). Set by hand on the case tables; not tuned.
WHOLE_QUOTE_MIN_WORDS = 4
#: Quoted Title Case words are a title or a name ("“The Long Night”"), not speech, up to this many
#: words. Set by hand on the case tables; not tuned.
QUOTED_TITLE_MAX_WORDS = 8
#: A quotation closes its sentence when at most this many characters (a full stop, a space) stand
#: between the closing mark and the sentence end.
CLOSE_AT_END_CHARS = 2
#: A cue verb right before a direct quote ("Protesters chanted “...”") is looked for within this
#: many characters before the opening mark (about five words). Set by hand on the case tables; not tuned.
CUE_BEFORE_QUOTE_CHARS = 30
_WORD = re.compile(r"[A-Za-z]+")

COLUMNS = [
    "quote_id",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "sentence_id",
    "paragraph_id",
    "source_type",
    "role",
    "speaker_type",
]
#: ``speaker_type`` from ``source_type``: the four kinds of source annotators use (a news outlet is
#: an organisation; an unnamed or unresolved source is "unnamed"; empty when there is no speaker).
SPEAKER_TYPES = {"person": "person", "organisation": "organisation", "media": "organisation",
                 "document": "document", "anonymous": "unnamed"}  # fmt: skip


# --- the pass ------------------------------------------------------------------------------------


def is_direct(text: str, span, sent_s: int) -> bool:
    """Whether a quotation is direct (a clause or more) rather than a partial quote.

    Input: the article's ``text``, ``span`` (a quoted span from ``marks``: its ``open_mark``,
    ``start`` and ``end`` offsets) and ``sent_s``, the start offset of its sentence. Output: True
    when the quotation opens its sentence (or follows a colon or a dash), is a whole question or
    exclamation, or begins with a capital letter or bracket and runs to punctuation over at least
    ``WHOLE_QUOTE_MIN_WORDS`` words.
    """
    lead = text[sent_s : span.open_mark].strip()
    inner = text[span.start : span.end]
    if not lead or lead.endswith((":", "—", "…")):
        return True
    if inner[:1].isupper() and inner.rstrip()[-1:] in "?!":
        return True  # “What curfew?”, “Run!”: a whole utterance however short
    return (
        (inner[:1].isupper() or inner[:1] == "[")
        and inner.rstrip()[-1:] in ",.?!…"
        and word_count(inner) >= WHOLE_QUOTE_MIN_WORDS
    )


def is_title(inner: str) -> bool:
    """Whether ``inner`` (the words inside quotation marks) is a name or title: True when it has
    1 to ``QUOTED_TITLE_MAX_WORDS`` words, all Title Case (small words allowed)."""
    words = re.findall(r"[\w’'-]+", inner)
    return 0 < len(words) <= QUOTED_TITLE_MAX_WORDS and all(
        w[:1].isupper() or w.lower() in PREPOSITIONS | {"the", "a", "an"} for w in words
    )


def find_quotes(article) -> pd.DataFrame:
    """Every direct, partial and indirect quote in the body, with its speaker.

    Input: an ``Article`` (its ``text``, ``body``, ``sentences`` and ``marked_spans``). Returns
    one row per quote span, in reading order, with the columns (``COLUMNS``; their meanings in
    detail in the ``newslens.quotes`` docstring):

    - ``quote_id``: 0, 1, ... in reading order;
    - ``kind``: ``direct``, ``partial`` or ``indirect`` (reported speech without marks);
    - ``text``, ``start``, ``end``: the words inside the marks, or the reported clause, and their
      offsets into ``article.text``;
    - ``speaker``: the canonical name ("(anonymous) some experts", "(unresolved) he"; empty when
      a cue was found but no speaker could be named);
    - ``speaker_mention``, ``speaker_start``, ``speaker_end``: the words naming the speaker
      nearest the quote, as written, and their offsets (-1 when there is none);
    - ``cue``: the reporting word(s) (said, told, according to ...);
    - ``sentence_id``, ``paragraph_id``: where the quote starts;
    - ``source_type``: person, organisation, document, media or anonymous;
    - ``role``: the descriptor the article gives the speaker at that mention;
    - ``speaker_type``: person, organisation, unnamed or document.

    >>> from newslens import Article
    >>> a = Article.from_text("Headline Words\\n\\nBy Jo\\n\\n“We will win,” said Ann Lee, a rebel commander.")
    >>> find_quotes(a)[["kind", "text", "speaker", "cue", "role"]].values.tolist()
    [['direct', 'We will win,', 'Ann Lee', 'said', 'a rebel commander']]
    """
    text = article.text
    clear_name_cache()  # name runs are cached per article only
    state = State(text)
    # plain lists grouped by paragraph: one pass, no DataFrame filtering inside the loop
    marks_by_para: dict[int, list] = {}
    for q in article.marked_spans:
        marks_by_para.setdefault(q.paragraph_id, []).append(q)
    sents_by_para: dict[int, list] = {}
    for sent in article.sentences.itertuples(index=False):
        sents_by_para.setdefault(sent.paragraph_id, []).append(sent)
    rows = []
    prev_para_last = None  # (mention, cue) of the last quote or report in the previous paragraphs
    chain = None  # speaker of a multi-paragraph quotation that continues
    for para in article.body.itertuples(index=False):
        p_marks = marks_by_para.get(para.paragraph_id, [])
        quoted = [(q.open_mark, (q.close_mark if q.close_mark >= 0 else q.end) + 1) for q in p_marks]
        p_sents = _join_initials(text, sents_by_para.get(para.paragraph_id, []))
        last = None  # (mention, cue) of the last attributed quote in this paragraph
        pos = para.start
        for sent in p_sents:
            in_sent = [q for q in p_marks if sent.start <= q.start < sent.end]
            # names in the narration before each quote become antecedents in reading order
            found = []
            for q in in_sent:
                scan_names(state, max(pos, sent.start), q.open_mark, quoted, sent.start)
                close = q.close_mark if q.close_mark >= 0 else q.end
                nxt = [m.open_mark for m in p_marks if m.open_mark > close]
                close_sents = [x for x in p_sents if x.start <= close]
                close_sent_end = close_sents[-1].end
                later = [x for x in p_sents if x.start >= close_sent_end]
                if (
                    later
                    and close_sent_end - close <= CLOSE_AT_END_CHARS
                    and (
                        later[0].text[:1].islower()
                        or later[0].text[:1] in "―—–"
                        or AFTER_FRAME.fullmatch(later[0].text) is not None  # “...?” Marek demanded.
                    )
                ):
                    close_sent_end = later[0].end  # “Stop!” one of them shouted. (split after the “!”)
                limit = min(nxt[0], close_sent_end) if nxt else close_sent_end
                attr = attribution_after(state, close + 1, limit) if q.close_mark >= 0 else None
                direct = is_direct(text, q, sent.start)
                prev_close = [m.close_mark for m in in_sent if 0 <= m.close_mark < q.open_mark]
                if attr is None:
                    lead_s = prev_close[-1] + 1 if prev_close else sent.start
                    attr = attribution_before(state, lead_s, q.open_mark)
                    # “...,” said X, “and more.” / According to X, “...”: a clause quoted whole
                    direct = direct or (attr is not None and _whole_clause(text, q))
                if not direct and found and found[-1][1] == "direct" and prev_close:
                    direct = text[prev_close[-1] + 1 : q.open_mark].rstrip().endswith(",")
                if not direct and is_title(text[q.start : q.end]):
                    continue  # “Harbour Talk”, “Songs of the Valley”: a title, not speech
                span = (q.start, q.end)
                if attr is None and not direct:
                    cues = list(CUE.finditer(text, sent.start, q.open_mark))
                    frame = _fragment_cue(text, sent.start, q)
                    if frame is not None and (not cues or frame.start() > cues[-1].start()):
                        # "Lee called the plan “reckless”": the fragment and what it describes
                        attr, span = _fragment(state, sent.start, q, frame)
                    elif cues:
                        c0 = cues[0]
                        participle = c0.group(0).lower() in PARTICIPLE_CUES and text[
                            sent.start : c0.start()
                        ].rstrip().endswith(",")
                        # "Lee thanked Marek, saying that he had “...”": the main clause's subject
                        subj = clause_subject(state, sent.start, c0.start()) if participle else None
                        subj = subj or subject_before(state, sent.start, c0.start())
                        attr = (subj, cues[0].group(0)) if subj else None
                if attr is None and direct:
                    cue = CUE.search(text, max(sent.start, q.open_mark - CUE_BEFORE_QUOTE_CHARS), q.open_mark)
                    if cue and not text[cue.end() : q.open_mark].strip():  # "Protesters chanted “...”"
                        subj = subject_before(state, sent.start, cue.start())
                        attr = (subj, cue.group(0)) if subj else None
                if attr is None and direct:
                    attr = chain or last or (prev_para_last if q.open_mark == para.start else None)
                elif attr is None and FIRST_PERSON.search(text, q.start, q.end):
                    attr = (
                        last or prev_para_last
                    )  # is “the worst season I’ve known”: the last speaker's words
                if attr is None:
                    continue  # a title, a name or a scare quote that nobody said
                found.append((span, "direct" if direct else "partial", attr))
                _note_speaker(state, attr[0])
                pos = max(pos, limit)
                last = attr
                chain = attr if q.continues else None
            scan_names(state, max(pos, sent.start), sent.end, quoted, sent.start)
            learn_gender(state, text, sent.start, sent.end, quoted)
            _note_group(state, sent.start, sent.end)
            for s, e, m, cue in reported_clauses(state, sent.start, sent.end, quoted):
                # "When Lee noted that ..., Marek shot back, “...”": the clause ends at the comma
                # before the attribution of a quotation that someone else said
                other = sorted(
                    f[2][0].start
                    for f in found
                    if f[1] == "direct"
                    and f[2][0].canonical not in (m.canonical, "")
                    and s < f[2][0].start < e
                    and text[s : f[2][0].start].rstrip().endswith((",", "―", "—", "–"))
                )
                if other:
                    comma = len(text[: other[0]].rstrip()) - 1
                    if comma <= s:
                        continue
                    s, e = strip_span(text, s, comma)
                inside = [f for f in found if s - 1 <= f[0][0] and f[0][1] <= e + 2]
                if len(inside) == 1 and abs(inside[0][0][0] - s) <= 1 and abs(e - inside[0][0][1]) <= 2:
                    continue  # the clause is the quotation itself
                merged = [f for f in inside if f[1] == "partial" and f[2][0].canonical in (m.canonical, "")]
                # quoted words in the clause that no rule attributed (“wildly optimistic”) are its own
                loose = [q.end for q in in_sent_marks(p_marks, s, e) if not is_title(text[q.start : q.end])]
                e = max([e] + [f[0][1] for f in merged] + loose)  # to the end of the last quoted fragment
                found = [f for f in found if f not in merged]
                # a reported clause holding quoted words is one partial quote (PolNeAR's "mixed")
                found.append(((s, e), "partial" if merged or loose else "indirect", (m, cue)))
                _note_speaker(state, m)
                last = (m, cue)
            for (s, e), kind, (m, cue) in found:
                rows.append(_row(s, e, kind, m, cue, sent, para))
            pos = max(pos, sent.end)
        if last is None and p_sents and text[para.end - 1] == ":":
            # "He said:" or "Lee gave this account:" and the quotation in the next paragraph
            last = attribution_before(state, p_sents[-1].start, para.end)
        if last is not None:
            prev_para_last = last
        elif p_sents and not _caption(text[para.start : para.end]):
            prev_para_last = None  # narration without speech ends the speaker's turn
    rows.sort(key=lambda r: (r[2], r[3]))  # reading order (stable)
    ints = ("start", "end", "speaker_start", "speaker_end", "sentence_id", "paragraph_id")
    columns = {
        name: np.array([r[k] for r in rows], dtype=np.int64) if name in ints else [r[k] for r in rows]
        for k, name in enumerate(COLUMNS[1:])
    }
    columns["text"] = [text[r[2] : r[3]] for r in rows]
    return pd.DataFrame({"quote_id": np.arange(len(rows), dtype=np.int64), **columns}, columns=COLUMNS)


_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def _join_initials(text: str, sents: list) -> list:
    """Sentences rejoined where the splitter broke after a middle initial ("Rep. T.J. |
    Holloway said"): a sentence that ends in a lone capital and a full stop, followed by one
    that starts with a capital word or closes a bracket ("(I-Velm. | ), head of"), is one sentence
    (it keeps the first one's id); so is a sentence broken inside an open bracket ("(D-Velm. | ),")
    or before a lower-case word ("(D-Velm.) | said Friday.")."""
    out = []
    for sent in sents:
        joins = sent.text[:1].isupper() or sent.text[:1] in "),;"
        prev_text = out[-1].text if out else ""
        broken = _INITIAL_END.search(text, out[-1].start, out[-1].end) if out else None
        # "(D-Velm. | ), head of": a full stop inside an open bracket ends no sentence
        broken = broken or prev_text.count("(") > prev_text.count(")")
        # "... Rep. Ana Ruiz (D-Velm.) | said Friday.": a sentence never starts in lower case
        broken = broken or (sent.text[:1].islower() and prev_text.rstrip()[-1:] in ".)")
        joins = joins or sent.text[:1].islower()
        if out and broken and joins:
            prev = out[-1]
            out[-1] = prev._replace(end=sent.end, text=text[prev.start : sent.end])
        else:
            out.append(sent)
    return out


def in_sent_marks(marks: list, s: int, e: int) -> list:
    """The quoted spans of ``marks`` (``MarkedSpan``s with ``start``, ``end``) that lie inside
    ``[s, e]`` (a reported clause), give or take the marks; returned as a list, in order."""
    return [q for q in marks if s - 1 <= q.start and q.end <= e + 2]


def _whole_clause(text: str, q) -> bool:
    """A quotation that runs to the end of its sentence (it ends in . ? ! or its closing mark is
    followed by one): a clause quoted whole, not a fragment."""
    inner = text[q.start : q.end].rstrip()
    after = text[q.close_mark + 1 : q.close_mark + 2] if q.close_mark >= 0 else ""
    return inner[-1:] in ".?!" or after in (".", "?", "!")


#: A sentence that opens with a group of people ("Residents of Port Aldren gathered ..."): the
#: antecedent of a later "they".
_GROUP_SUBJECT = re.compile(
    r"(?:(?:The|Some|Many|Several|Most|Dozens of|Hundreds of|Two|Three|Four)\s+)?(?:[\w-]+\s+)?([A-Za-z]+s)\b"
)


def _note_group(state: State, s: int, e: int) -> None:
    hit = _GROUP_SUBJECT.match(state.text, s, e)
    if hit and is_group_noun(hit.group(1).lower()):
        phrase_mention(state, s, hit.end())


def _caption(paragraph: str) -> bool:
    """A photo caption or label between paragraphs (no sentence punctuation at its end)."""
    return not paragraph.rstrip().endswith(tuple(".?!:;\"'”’)…"))


def _note_speaker(state: State, m: Mention) -> None:
    """The current speaker, for the resolver: a person named (not a pronoun) as a quote's source."""
    if m.source_type == "person" and m.start >= 0:
        state.last_speaker = m


def _fragment_cue(text: str, sent_s: int, q):
    """The last framing verb ("called", "described", ``FRAGMENT_CUES``) within
    ``FRAGMENT_WINDOW`` characters before a quoted fragment, or ``None``."""
    lo = max(sent_s, q.open_mark - FRAGMENT_WINDOW)
    cues = [m for m in _WORD.finditer(text, lo, q.open_mark) if m.group(0).lower() in FRAGMENT_CUES]
    return cues[-1] if cues else None


def _fragment(state: State, sent_s: int, q, cue) -> tuple:
    """``(attribution, span)`` for a quoted fragment framed by the verb ``cue`` ("called it a
    “...”", "described ... as “...”"): the speaker is the verb's subject and the span runs from
    after the verb to the end of the quotation; ``(None, span)`` when the verb has no subject."""
    text = state.text
    span = (q.start, q.end)
    subj = subject_before(state, sent_s, cue.start()) or clause_subject(state, sent_s, cue.start())
    if subj is None:
        return None, span
    start = cue.end()
    while start < q.start and text[start].isspace():
        start += 1
    return (subj, cue.group(0)), (start, q.end)


def _row(s, e, kind, m: Mention, cue, sent, para) -> tuple:
    return (
        kind,
        "",
        s,
        e,
        m.canonical,
        m.surface,
        m.start,
        m.end,
        cue.lower(),
        sent.sentence_id,
        para.paragraph_id,
        m.source_type,
        m.role,
        SPEAKER_TYPES.get(m.source_type, ""),
    )
