"""Source counts: silent sources, voice groups, one row per speaker, the bottom line."""

from __future__ import annotations

import re

import pandas as pd

from .. import fmt
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
    """A coarse group for a source: unnamed sources, documents, news media, institutions, former
    officials, analysts and experts, officials, or other named people."""
    if source_type in TYPE_GROUPS:
        return TYPE_GROUPS[source_type]
    for group, pattern in VOICE_GROUPS:
        if pattern.search(role or ""):
            return group
    return "other named people"


def quoted_word_count(text: str) -> int:
    """Words inside quotation marks: all of a direct quote or fragment, only the quoted words of a
    reported clause that holds quoted fragments."""
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


def bottom_line(
    quotes: pd.DataFrame, sources: pd.DataFrame, measured: pd.DataFrame | None = None
) -> list[str]:
    """Markdown bullets on who speaks (notebook 03's bottom line; the first two are the headline);
    with ``measured`` (``measure.dev_scores``), a last bullet on how well the rules do on news
    annotated by others."""
    speaking = sources[~sources.silent]
    if quotes.empty or speaking.empty:
        return ["- No quotes or reported speech with a named source were found in this article."]
    words = int(speaking.quoted_words.sum())
    top = speaking.iloc[0]
    groups = speaking.groupby("voice_group").agg(sources=("speaker", "size"), words=("quoted_words", "sum"))
    groups = groups.sort_values(["words", "sources"], ascending=False, kind="stable")
    kinds = quotes.kind.value_counts()
    voices = fmt.count(len(speaking), "voice")
    speak = "speaks" if len(speaking) == 1 else "speak"
    lines = [
        f"- **{voices}** {speak} in {fmt.count(len(quotes), 'quote')}: {kinds.get('direct', 0)} direct, "
        f"{kinds.get('partial', 0)} partial, {kinds.get('indirect', 0)} reported without quotation marks."
    ]
    if words:
        lines.append(
            f"- **{top.speaker}** has the most words inside quotation marks: {top.quoted_words} of "
            f"{fmt.count(words, 'word')} ({fmt.percent(top.quoted_words / words)})."
        )
    else:
        lines.append("- **No words inside quotation marks**: every source is only paraphrased.")
    lines += [
        "- By group: "
        + "; ".join(f"{g} {r.sources} ({fmt.count(r.words, 'quoted word')})" for g, r in groups.iterrows())
        + ".",
        f"- Named but silent: {fmt.join(sources[sources.silent].speaker, empty='none')}.",
    ]
    if measured is not None and not measured.empty:
        v = {(a, m): (val, n) for a, m, val, n in measured.itertuples(index=False)}
        if ("pages", "quote F1") in v and ("polnear", "quote F1") in v:
            (f1, n), (spk, _) = v["pages", "quote F1"], v["pages", "speaker accuracy"]
            (pf1, pn), (pspk, _) = v["polnear", "quote F1"], v["polnear", "speaker accuracy"]
            lines.append(
                f"- How sure: on saved news pages annotated by others ({n} quotes) the rules find quotes "
                f"with F1 {f1:.2f} and name the right speaker for {spk:.0%} of those found; on PolNeAR's "
                f"election news ({pn} quotes), F1 {pf1:.2f} and {pspk:.0%} (see How sure are we?)."
            )
    return lines


#: A speaker's tone is compared only over at least this many quotes: one quote is one sentence's
#: mood, and a sentence score is a rough hint (notebook 02 measures the news scorer's agreement
#: with human raters at r of about 0.56).
MIN_TONE_QUOTES = 3
#: Mean compound scores closer than this are "about the same": a quarter of the compound scale's
#: half-range, well within what one re-worded sentence can move a mean of a few quotes.
SAME_TONE = 0.25


def tone_by_speaker(quotes: pd.DataFrame, compound) -> pd.DataFrame:
    """Mean compound score of each speaker's quotes: ``speaker, quotes, mean`` sorted darkest
    first (``compound`` holds one score per row of ``quotes``)."""
    frame = quotes.assign(compound=list(compound))
    frame = frame[frame.speaker != ""]
    tone = frame.groupby("speaker").compound.agg(quotes="size", mean="mean").reset_index()
    return tone.sort_values(["mean", "speaker"], kind="stable").reset_index(drop=True)


def tone_claim(tone: pd.DataFrame) -> str:
    """A sentence comparing the speakers' tone that says its basis (quotes per speaker) and says
    "about the same" or "too few quotes to tell" when the numbers cannot carry the comparison.

    >>> tone_claim(pd.DataFrame({"speaker": ["A", "B"], "quotes": [1, 2], "mean": [-0.5, 0.4]}))
    'Too few quotes to tell who sounds darkest: no two speakers have 3 or more quotes'
    """
    eligible = tone[tone.quotes >= MIN_TONE_QUOTES]
    if len(eligible) < 2:
        return f"Too few quotes to tell who sounds darkest: no two speakers have {MIN_TONE_QUOTES} or more quotes"
    dark, bright = eligible.iloc[0], eligible.iloc[-1]
    if bright["mean"] - dark["mean"] < SAME_TONE:
        return (
            f"The {len(eligible)} speakers with {MIN_TONE_QUOTES}+ quotes sound about the same "
            f"(means {dark['mean']:+.2f} to {bright['mean']:+.2f})"
        )
    return (
        f"{dark.speaker} sounds darkest ({dark['mean']:+.2f} over {dark.quotes} quotes), "
        f"{bright.speaker} brightest ({bright['mean']:+.2f} over {bright.quotes})"
    )
