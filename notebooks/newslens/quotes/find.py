"""The pass over an article: quotation marks paired, each quote attributed, reported speech found,
one tidy row per quote (columns in the package docstring)."""

from __future__ import annotations

import re

import pandas as pd

from ..marks import quote_spans
from ..segment import word_count
from .attribution import attribution_after, attribution_before
from .lexicon import CUE, PREPOSITIONS
from .names import Mention, State, scan_names
from .phrases import subject_before
from .reported import reported_clauses

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
]


# --- the pass ------------------------------------------------------------------------------------


def is_direct(text: str, span, sent_s: int) -> bool:
    """A clause or more: the quotation opens its sentence (or follows a colon or a dash), or
    begins with a capital letter or bracket and runs to punctuation."""
    lead = text[sent_s : span.open_mark].strip()
    inner = text[span.start : span.end]
    if not lead or lead.endswith((":", "—", "…")):
        return True
    return (
        (inner[:1].isupper() or inner[:1] == "[")
        and inner.rstrip()[-1:] in ",.?!…"
        and word_count(inner) >= 4
    )


def is_title(inner: str) -> bool:
    """Title Case words only (small words allowed): a name or title in quotation marks."""
    words = re.findall(r"[\w’'-]+", inner)
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w.lower() in PREPOSITIONS | {"the", "a", "an"} for w in words
    )


def find_quotes(article) -> pd.DataFrame:
    """Every direct, partial and indirect quote in the body, with its speaker (see module doc).

    >>> from newslens import Article
    >>> a = Article.from_text("Headline Words\\n\\nBy Jo\\n\\n“We will win,” said Ann Lee, a rebel commander.")
    >>> find_quotes(a)[["kind", "text", "speaker", "cue", "role"]].values.tolist()
    [['direct', 'We will win,', 'Ann Lee', 'said', 'a rebel commander']]
    """
    text = article.text
    state = State(text)
    # plain lists grouped by paragraph: one pass, no DataFrame filtering inside the loop
    marks_by_para: dict[int, list] = {}
    for q in quote_spans(text, article.paragraphs).itertuples(index=False):
        marks_by_para.setdefault(q.paragraph_id, []).append(q)
    sents_by_para: dict[int, list] = {}
    for sent in article.sentences.itertuples(index=False):
        sents_by_para.setdefault(sent.paragraph_id, []).append(sent)
    rows = []
    prev_para_last = None  # (mention, cue) of the last quote in the previous paragraph
    chain = None  # speaker of a multi-paragraph quotation that continues
    for para in article.body.itertuples(index=False):
        p_marks = marks_by_para.get(para.paragraph_id, [])
        quoted = [(q.open_mark, (q.close_mark if q.close_mark >= 0 else q.end) + 1) for q in p_marks]
        p_sents = sents_by_para.get(para.paragraph_id, [])
        last = None  # (mention, cue) of the last attributed quote in this paragraph
        pos = para.start
        for sent in p_sents:
            in_sent = [q for q in p_marks if sent.start <= q.start < sent.end]
            # names in the narration before each quote become antecedents in reading order
            found = []
            for q in in_sent:
                scan_names(state, max(pos, sent.start), q.open_mark, quoted)
                close = q.close_mark if q.close_mark >= 0 else q.end
                nxt = [m.open_mark for m in p_marks if m.open_mark > close]
                close_sent_end = [x.end for x in p_sents if x.start <= close][-1]
                limit = min(nxt[0], close_sent_end) if nxt else close_sent_end
                attr = attribution_after(state, close + 1, limit) if q.close_mark >= 0 else None
                if attr is None:
                    prev_close = [m.close_mark for m in in_sent if 0 <= m.close_mark < q.open_mark]
                    lead_s = prev_close[-1] + 1 if prev_close else sent.start
                    attr = attribution_before(state, lead_s, q.open_mark)
                direct = is_direct(text, q, sent.start)
                if not direct and is_title(text[q.start : q.end]):
                    continue  # “Morning Joe”, “State of the Union”: a title, not speech
                if attr is None and not direct:
                    cue = CUE.search(text, sent.start, q.open_mark)
                    if cue:
                        subj = subject_before(state, sent.start, cue.start())
                        attr = (subj, cue.group(0)) if subj else None
                if attr is None and direct:
                    attr = chain or last or (prev_para_last if q.open_mark == para.start else None)
                if attr is None:
                    continue  # a title, a name or a scare quote that nobody said
                found.append((q, direct, attr))
                pos = max(pos, limit)
                last = attr
                chain = attr if q.continues else None
            for q, direct, (m, cue) in found:
                rows.append(_row(q.start, q.end, "direct" if direct else "partial", m, cue, sent, para))
            scan_names(state, max(pos, sent.start), sent.end, quoted)
            for s, e, m, cue in reported_clauses(state, sent.start, sent.end, quoted):
                rows.append(_row(s, e, "indirect", m, cue, sent, para))
                last = (m, cue)
            pos = max(pos, sent.end)
        prev_para_last = last if (p_marks and last) else None
    frame = pd.DataFrame(rows, columns=COLUMNS[1:])
    frame = frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    frame.insert(0, "quote_id", range(len(frame)))
    frame["text"] = [text[s:e] for s, e in zip(frame.start, frame.end)]
    return frame.astype(
        {c: int for c in ("start", "end", "speaker_start", "speaker_end", "sentence_id", "paragraph_id")}
    )


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
    )
