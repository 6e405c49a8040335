"""Quotation marks: which characters open and close quoted material, paired within paragraphs.

Rules (news English):

- Curly double marks pair “…” (a closing ``’’``, two right single quotes, counts as ”); straight
  double marks ``"`` (and ``''``, two apostrophes, as some wire and archive text writes them) open after a space, the start of a paragraph or an opening
  bracket/dash, and close otherwise. Guillemets «…» and „…“ pair too.
- Single marks are quote marks when ‘ or ' opens after a space or the start (wire and British
  style); a ’ or ' between two letters is an apostrophe (“it’s”), never a closing mark.
  Single-quoted spans inside a double-quoted span are quotes within the quote and are not
  reported separately.
- A multi-paragraph quotation repeats the opening mark at the start of each paragraph and closes
  only at the end: an opening mark left unclosed at the end of a paragraph that is followed by a
  paragraph starting with an opening mark yields a span to the end of the paragraph, marked
  ``continues=True``.
- An opening mark that is never closed (and not continued) yields a span to the end of the
  paragraph with ``closed=False``; a stray closing mark is ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

#: Curly double marks and guillemets that open a quotation ("“" also closes a German „…“).
DOUBLE_OPEN = "“„«"
#: Curly double marks and guillemets that close a quotation.
DOUBLE_CLOSE = "”“»"
#: Characters after which a straight or ambiguous mark opens a quotation.
OPENING_CONTEXT = " \t\n\u00a0([{—–-/"


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted material: ``start``/``end`` index the words inside the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    double: bool
    continues: bool = False

    @property
    def closed(self) -> bool:
        """True when the span has its closing mark."""
        return self.close_mark is not None


def _opens(text: str, i: int, lo: int) -> bool:
    return i == lo or text[i - 1] in OPENING_CONTEXT


_DOUBLE_CANDIDATE = re.compile("''|’’|[\"“”„«»]")
#: Single marks that may open (‘ ‹ or a straight ') or close (’ › or ') a quotation.
_SINGLE_OPEN_CANDIDATE = re.compile("['‘‹]")
_SINGLE_CLOSE_CANDIDATE = re.compile("['’›]")


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, str, int]]:
    """``(offset, 'open'|'close', length)`` for each double mark in ``text[lo:hi]``; two
    apostrophes ``''`` (a convention of some wire and archive text) count as one straight mark."""
    marks = []
    pending = False
    for hit in _DOUBLE_CANDIDATE.finditer(text, lo, hi):
        i, length = hit.start(), hit.end() - hit.start()
        ch = text[i]
        if ch == "’":  # ’’: a closing double mark typed as two right single quotes
            role = "close"
        elif ch == '"' or length == 2:
            role = "open" if (_opens(text, i, lo) and not pending) else "close"
        elif ch in DOUBLE_OPEN and not (ch == "“" and pending and "„" in text[lo:i]):
            role = "open"
        elif ch in DOUBLE_CLOSE:
            role = "close"
        else:
            continue
        marks.append((i, role, length))
        pending = role == "open"
    return marks


def _single_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Single-quoted spans. A closing mark between two letters is an apostrophe; one after a
    letter and before a space and a lower-case word ("the rebels’ camp") is a weak candidate,
    used only when no strong closer (after punctuation, or before punctuation or the end) follows
    before the next opening mark. Only the positions of quote characters are visited."""
    spans: list[tuple[int, int]] = []
    closers = [m.start() for m in _SINGLE_CLOSE_CANDIDATE.finditer(text, lo, hi)]
    i = lo
    for hit in _SINGLE_OPEN_CANDIDATE.finditer(text, lo, hi):
        c = hit.start()
        if c < i:
            continue
        if text.startswith("''", c):  # a double mark written as two apostrophes
            i = c + 2
            continue
        if _opens(text, c, lo) and c + 1 < hi and not text[c + 1].isspace():
            strong = weak = None
            later = closers[bisect_right(closers, c) :]
            for k, j in enumerate(later):
                if text[j : j + 2] in ("''", "’’") or text[j - 1 : j + 1] in ("''", "’’"):
                    continue
                before, after = text[j - 1], text[j + 1] if j + 1 < hi else " "
                if before.isspace() or after.isalnum():
                    continue  # an opening mark or an apostrophe inside a word
                if before in ",.?!;:…" or not after.isspace() or j + 1 >= hi:
                    strong = j
                    break
                nxt = text[j + 2] if j + 2 < hi else ""
                if weak is None and (not nxt.islower() or k + 1 >= len(later)):
                    weak = j
            close = strong if strong is not None else weak
            if close is not None:
                spans.append((c, close))
                i = close + 1
                continue
        i = c + 1
    return spans


def paragraph_quote_spans(text: str, lo: int, hi: int, next_opens: bool = False) -> list[QuoteSpan]:
    """The ``QuoteSpan``s of the paragraph ``text[lo:hi]``, in reading order; ``next_opens`` says
    whether the following paragraph starts with an opening mark (a multi-paragraph quotation)."""
    spans: list[QuoteSpan] = []
    open_at, open_len = None, 1
    for i, role, length in _double_marks(text, lo, hi):
        if role == "open":
            if open_at is not None:  # a new opening mark: the previous one was never closed
                spans.append(QuoteSpan(open_at + open_len, i, open_at, None, True))
            open_at, open_len = i, length
        elif open_at is not None:
            spans.append(QuoteSpan(open_at + open_len, i, open_at, i + length - 1, True))
            open_at = None
    if open_at is not None:
        spans.append(QuoteSpan(open_at + open_len, hi, open_at, None, True, continues=next_opens))
    doubles = [(s.open_mark, s.close_mark if s.closed else s.end) for s in spans]
    for a, b in _single_spans(text, lo, hi):
        if not any(o <= a and b <= c for o, c in doubles):
            spans.append(QuoteSpan(a + 1, b, a, b, False))
    return [_trim(text, s) for s in sorted(spans, key=lambda s: s.start) if s.end > s.start]


def _trim(text: str, span: QuoteSpan) -> QuoteSpan:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, span.open_mark, span.close_mark, span.double, span.continues)


class MarkedSpan(NamedTuple):
    """One quoted span of the body, as ``quote_spans`` lists it (``close_mark`` -1 when missing)."""

    paragraph_id: int
    start: int
    end: int
    open_mark: int
    close_mark: int
    double: bool
    continues: bool


def marked_spans(text: str, paragraphs: pd.DataFrame) -> list[MarkedSpan]:
    """Every quoted span in the body paragraphs of ``text`` (``paragraphs``: ``segment.paragraphs``'s
    table), in reading order, as ``MarkedSpan`` tuples (the rows of ``quote_spans`` without building
    a table)."""
    body = paragraphs[paragraphs.kind == "body"]
    ids, starts, ends = body.paragraph_id.tolist(), body.start.tolist(), body.end.tolist()
    rows = []
    for k, (pid, lo, hi) in enumerate(zip(ids, starts, ends)):
        next_opens = k + 1 < len(starts) and text[starts[k + 1]] in DOUBLE_OPEN + '"'
        for s in paragraph_quote_spans(text, lo, hi, next_opens):
            close = -1 if s.close_mark is None else s.close_mark
            rows.append(MarkedSpan(pid, s.start, s.end, s.open_mark, close, s.double, s.continues))
    return rows


def quote_spans(text: str, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every quoted span in the body paragraphs of ``text`` (``paragraphs``: ``segment.paragraphs``'s
    table): ``paragraph_id, start, end, open_mark, close_mark, double, continues, text``
    (``close_mark`` is -1 when the mark is missing). ``Article.quote_spans`` caches it."""
    return spans_table(text, marked_spans(text, paragraphs))


def spans_table(text: str, rows: list[MarkedSpan]) -> pd.DataFrame:
    """``marked_spans``'s rows as ``quote_spans``'s table (the same columns, ``text`` added)."""
    cols = ["paragraph_id", "start", "end", "open_mark", "close_mark", "double", "continues"]
    frame = pd.DataFrame(rows, columns=cols).astype(
        {
            "paragraph_id": int,
            "start": int,
            "end": int,
            "open_mark": int,
            "close_mark": int,
            "double": bool,
            "continues": bool,
        }
    )
    frame["text"] = [text[s:e] for s, e in zip(frame.start, frame.end)]
    return frame
