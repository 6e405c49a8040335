"""The article as a reader checks the extraction: each quote highlighted and labelled with its
speaker, each figure underlined, built from the offsets ``find_quotes`` and ``find_quantities``
return (so what is marked is exactly what the tables hold).

``annotated_html(article, quotes, figures)`` returns HTML: one ``<p>`` per body paragraph, numbered
as in the charts (body paragraph 1, 2, ...), quotes as ``<mark>`` in the colour of their kind
(``style.PALETTE``: direct, partial, reported speech), the speaker in small capitals after the
quote, figures underlined with their reading on hover. A key opens the view.
"""

from __future__ import annotations

import html

import pandas as pd

from .report.forces import quantity_label
from .report.loading import NOTHING_MARKED
from .style import PALETTE

#: How each kind of quote is named in the key.
KIND_NAMES = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}
#: Closing quotation marks: a speaker's label goes after the mark that ends the quote.
CLOSING_MARKS = ("”", "’", '"', "'", "»")
#: Transparency of the highlight, so the text stays readable on the colour (hex alpha).
HIGHLIGHT_ALPHA = "55"


def _spans(frame: pd.DataFrame | None, lo: int, hi: int) -> list:
    if frame is None or frame.empty:
        return []
    inside = frame[(frame.start < hi) & (frame.end > lo)]
    return list(inside.itertuples())


def _figure_title(row) -> str:
    unit = getattr(row, "unit", "") or ""
    try:
        reading = quantity_label(row)
    except (AttributeError, TypeError, ValueError):
        reading = str(getattr(row, "value", ""))
    return f"{reading} {unit}".strip()


def annotated_html(article, quotes: pd.DataFrame | None = None, figures: pd.DataFrame | None = None) -> str:
    """The article's body as one HTML string, quotes highlighted and figures underlined.

    Input: ``article`` (an ``Article``; its ``body`` paragraphs with ``start``/``end`` and its
    ``text``), ``quotes`` (``find_quotes`` rows; uses ``start``, ``end``, ``kind``, ``speaker``) and
    ``figures`` (``find_quantities`` rows; uses ``start``, ``end``, ``unit``, ``value``, ``low``,
    ``high``, ``bound``, ``qualifier``); either table may be None or empty.
    Output: a ``<div>`` holding a key paragraph, then one numbered ``<p>`` per body paragraph, with
    each quote in a ``<mark>`` coloured by its kind and followed by ``[speaker]`` in small capitals,
    and each figure in a ``<u>`` whose ``title`` is its reading.
    """
    parts = [
        '<div class="newslens-annotated" style="max-width: 46em; line-height: 1.6;">',
        _key(quotes, figures),
    ]
    for number, para in enumerate(article.body.itertuples(), start=1):
        lo, hi = para.start, para.end
        qs, fs = _spans(quotes, lo, hi), _spans(figures, lo, hi)
        labels = {}  # where each speaker label goes: after the quote's closing mark, if it has one
        for q in qs:
            at = min(q.end, hi)
            at += 1 if article.text[at : at + 1] in CLOSING_MARKS and at < hi else 0
            labels.setdefault(at, []).append(str(q.speaker or "unattributed"))
        cuts = sorted(
            {lo, hi} | set(labels) | {max(lo, min(hi, x)) for r in qs + fs for x in (r.start, r.end)}
        )
        out = [f'<p><span style="color: #888; font-size: 0.8em;">{number}</span> ']
        for a, b in zip(cuts, cuts[1:]):
            piece = html.escape(article.text[a:b])
            quote = next((q for q in qs if q.start <= a and b <= q.end), None)
            figure = next((f for f in fs if f.start <= a and b <= f.end), None)
            if figure is not None:
                piece = (
                    f'<u style="text-decoration-thickness: 2px;" title="{html.escape(_figure_title(figure))}">'
                    f"{piece}</u>"
                )
            if quote is not None:
                colour = PALETTE.get(quote.kind, PALETTE["other"]) + HIGHLIGHT_ALPHA
                piece = f'<mark style="background: {colour}; color: inherit;">{piece}</mark>'
            for who in labels.get(b, []):
                piece += (
                    f' <small style="font-variant: small-caps; color: #555;">[{html.escape(who)}]</small>'
                )
            out.append(piece)
        out.append("</p>")
        parts.append("".join(out))
    parts.append("</div>")
    return "\n".join(parts)


def _key(quotes, figures) -> str:
    items = []
    kinds = [] if quotes is None or quotes.empty else [k for k in KIND_NAMES if (quotes.kind == k).any()]
    for kind in kinds:
        colour = PALETTE[kind] + HIGHLIGHT_ALPHA
        items.append(f'<mark style="background: {colour}; color: inherit;">{KIND_NAMES[kind]}</mark>')
    if kinds:
        items.append('<small style="font-variant: small-caps; color: #555;">[speaker]</small>')
    if figures is not None and not figures.empty:
        items.append('<u style="text-decoration-thickness: 2px;">figure</u> (its reading shows on hover)')
    if not items:
        return f"<p><em>{NOTHING_MARKED}</em></p>"
    return f"<p><strong>Key:</strong> {' · '.join(items)}; small grey numbers are body paragraphs.</p>"
