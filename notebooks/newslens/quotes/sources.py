"""Source counts: silent sources, voice groups, one row per speaker, tone per speaker."""

from __future__ import annotations

import re

import pandas as pd

from ..marks import paragraph_quote_spans
from ..segment import word_count
from .lexicon import SILENT_CUES
from .names import State, scan_names
from .subjects import subject_before

SILENT_COLUMNS = [
    "speaker", "source_type", "speaker_mention", "speaker_start", "speaker_end", "cue", "sentence_id", "paragraph_id",
]  # fmt: skip


# --- sources -------------------------------------------------------------------------------------


def find_silent_sources(article) -> pd.DataFrame:
    """Sources named but silent ("the State Department did not respond"): ``speaker,
    source_type, speaker_mention, speaker_start, speaker_end, cue, sentence_id, paragraph_id``."""
    state = State(article.text)
    rows = []
    for sent in article.sentences.itertuples():
        scan_names(state, sent.start, sent.end, [], sent.start)
        for m in SILENT_CUES.finditer(article.text, sent.start, sent.end):
            who = subject_before(state, sent.start, m.start())
            if who:
                rows.append(
                    (
                        who.canonical,
                        who.source_type,
                        who.surface,
                        who.start,
                        who.end,
                        m.group(0),
                        sent.sentence_id,
                        sent.paragraph_id,
                    )
                )
    return pd.DataFrame(rows, columns=SILENT_COLUMNS)


#: Voice groups from the source type and the role the article gives (first match wins).
VOICE_GROUPS = (
    ("former officials", re.compile(r"\b(former|retired|ex-)\b", re.IGNORECASE)),
    (
        "analysts and experts",
        re.compile(
            r"\b(analyst|expert|fellow|scholar|professor|researcher|economist|historian|lawyer)s?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "officials",
        re.compile(
            r"\b(official|minister|ambassador|president|spokes\w+|general|secretary|senator|rep\.|governor|mayor|"
            r"commander|diplomat|chairman|chairwoman|envoy)s?\b",
            re.IGNORECASE,
        ),
    ),
)
TYPE_GROUPS = {
    "anonymous": "unnamed sources",
    "document": "documents",
    "media": "news media",
    "organisation": "institutions",
}


def voice_group(source_type: str, role: str) -> str:
    """A coarse group for a source, from its ``source_type`` and ``role`` (a ``find_quotes``
    row's): one of unnamed sources, documents, news media, institutions, former officials,
    analysts and experts, officials, or other named people."""
    if source_type in TYPE_GROUPS:
        return TYPE_GROUPS[source_type]
    for group, pattern in VOICE_GROUPS:
        if pattern.search(role or ""):
            return group
    return "other named people"


def quoted_word_count(text: str) -> int:
    """The number of words inside quotation marks in a quote's ``text``: all of a direct quote or
    fragment, only the quoted words of a reported clause that holds quoted fragments."""
    spans = paragraph_quote_spans(text, 0, len(text))
    if not spans or (len(spans) == 1 and spans[0].open_mark == 0):
        return word_count(text)
    return sum(word_count(text[q.start : q.end]) for q in spans)


def count_sources(quotes: pd.DataFrame, silent: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per speaker: ``speaker, source_type, role, direct, partial, indirect,
    quoted_words, first_paragraph, silent, voice_group``. ``quoted_words`` counts words inside direct and
    partial quotes. Sources from ``silent`` (``find_silent_sources``) that never speak are
    added with zero counts and ``silent=True``. Sorted by quoted words, then first appearance.
    """
    q = quotes[quotes.speaker != ""]
    rows = []
    for speaker, g in q.groupby("speaker", sort=False):
        roles = [r for r in g.role if r]
        kinds = g.kind.value_counts()
        words = sum(quoted_word_count(t) for t in g.text[g.kind != "indirect"])
        rows.append(
            (
                speaker,
                g.source_type.iloc[0],
                max(roles, key=len) if roles else "",
                int(kinds.get("direct", 0)),
                int(kinds.get("partial", 0)),
                int(kinds.get("indirect", 0)),
                int(words),
                int(g.paragraph_id.min()),
                False,
            )
        )
    if silent is not None:
        for r in silent.itertuples():
            if r.speaker not in set(q.speaker):
                rows.append((r.speaker, r.source_type, "", 0, 0, 0, 0, int(r.paragraph_id), True))
    cols = [
        "speaker",
        "source_type",
        "role",
        "direct",
        "partial",
        "indirect",
        "quoted_words",
        "first_paragraph",
        "silent",
    ]
    frame = pd.DataFrame(rows, columns=cols).drop_duplicates("speaker")
    frame["voice_group"] = [voice_group(t, r) for t, r in zip(frame.source_type, frame.role)]
    return frame.sort_values(
        ["quoted_words", "first_paragraph"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def tone_by_speaker(quotes: pd.DataFrame, compound) -> pd.DataFrame:
    """Mean compound score of each speaker's quotes: ``speaker, quotes, mean`` sorted darkest
    first (``compound`` holds one score per row of ``quotes``)."""
    frame = quotes.assign(compound=list(compound))
    frame = frame[frame.speaker != ""]
    tone = frame.groupby("speaker").compound.agg(quotes="size", mean="mean").reset_index()
    return tone.sort_values(["mean", "speaker"], kind="stable").reset_index(drop=True)
