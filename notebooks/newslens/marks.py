"""Quotation marks: which characters open and close quoted material, paired within paragraphs.

Rules (news English):

- Curly double marks pair “…”; straight double marks ``"`` (and ``''``, two apostrophes, as some
  wire and archive text writes them) open after a space, the start of a paragraph or an opening
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

from dataclasses import dataclass

import pandas as pd

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”“»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
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
        return self.close_mark is not None


def _opens(text: str, i: int, lo: int) -> bool:
    return i == lo or text[i - 1] in OPENING_CONTEXT


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, str, int]]:
    """``(offset, 'open'|'close', length)`` for each double mark in ``text[lo:hi]``; two
    apostrophes ``''`` (a convention of some wire and archive text) count as one straight mark."""
    marks = []
    pending = False
    i = lo
    while i < hi:
        ch = text[i]
        length = 2 if text.startswith("''", i) and i + 1 < hi else 1
        if ch == '"' or length == 2:
            role = "open" if (_opens(text, i, lo) and not pending) else "close"
        elif ch in DOUBLE_OPEN and not (ch == "“" and pending and "„" in text[lo:i]):
            role = "open"
        elif ch in DOUBLE_CLOSE:
            role = "close"
        else:
            i += 1
            continue
        marks.append((i, role, length))
        pending = role == "open"
        i += length
    return marks


def _single_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Single-quoted spans. A closing mark between two letters is an apostrophe; one after a
    letter and before a space and a lower-case word ("the rebels’ camp") is a weak candidate,
    used only when no strong closer (after punctuation, or before punctuation or the end) follows
    before the next opening mark."""
    spans: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        ch = text[i]
        if text.startswith("''", i):  # a double mark written as two apostrophes
            i += 2
            continue
        if (
            (ch in SINGLE_OPEN or ch == "'")
            and _opens(text, i, lo)
            and i + 1 < hi
            and not text[i + 1].isspace()
        ):
            strong = weak = None
            for j in range(i + 1, hi):
                c = text[j]
                if c not in "'’›" or text.startswith("''", j) or text[j - 1 : j + 1] == "''":
                    continue
                before, after = text[j - 1], text[j + 1] if j + 1 < hi else " "
                if before.isspace() or after.isalnum():
                    continue  # an opening mark or an apostrophe inside a word
                if before in ",.?!;:…" or not after.isspace() or j + 1 >= hi:
                    strong = j
                    break
                nxt = text[j + 2] if j + 2 < hi else ""
                if weak is None and (not nxt.islower() or not any(x in text[j + 1 : hi] for x in "'’›")):
                    weak = j
            close = strong if strong is not None else weak
            if close is not None:
                spans.append((i, close))
                i = close + 1
                continue
        i += 1
    return spans


def paragraph_quote_spans(text: str, lo: int, hi: int, next_opens: bool = False) -> list[QuoteSpan]:
    """Quoted spans in the paragraph ``text[lo:hi]``; ``next_opens`` says whether the following
    paragraph starts with an opening mark (a multi-paragraph quotation)."""
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


def quote_spans(text: str, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every quoted span in the body paragraphs: ``paragraph_id, start, end, open_mark,
    close_mark, double, continues, text`` (``close_mark`` is -1 when the mark is missing)."""
    body = paragraphs[paragraphs.kind == "body"].reset_index(drop=True)
    rows = []
    for k, para in enumerate(body.itertuples()):
        nxt = body.start.iloc[k + 1] if k + 1 < len(body) else None
        next_opens = nxt is not None and text[nxt] in DOUBLE_OPEN + '"'
        for s in paragraph_quote_spans(text, para.start, para.end, next_opens):
            rows.append(
                (
                    para.paragraph_id,
                    s.start,
                    s.end,
                    s.open_mark,
                    -1 if s.close_mark is None else s.close_mark,
                    s.double,
                    s.continues,
                )
            )
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
