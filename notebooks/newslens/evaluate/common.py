"""What every measurement shares: precision/recall/F1, span matching, and folding text and names.

- ``prf`` and ``f1``: the one definition of precision, recall and F1 used by every score.
- ``match_spans``: one-to-one pairing of predicted and gold spans by character overlap.
- ``fold`` and ``same_name``: when a predicted speaker names the same source as a gold speaker
  (the rules the dev data's README states: equal after folding, an acronym, or the words of one
  inside the other with titles dropped and demonyms read as their country).
- ``folded``: the dev data's own text normalisation, with offsets back into the original text.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

#: A predicted span finds a gold span when it covers more than this share of the gold span's
#: characters: the Gender Gap Tracker's criterion for quotes, which the dev data's scorer uses
#: too (taken from them, not tuned here).
MIN_OVERLAP = 0.3

#: Words dropped before names are compared (titles, determiners), as the dev data's README says.
#: This and ``DEMONYMS`` are the reference scorer's rules, kept apart from the extraction's word
#: tables (``words``, ``quotes.lexicon``) so that a change to extraction never moves the measurement.
NAME_STOPWORDS = frozenset(
    "the and some former anonymous mr mrs ms dr gen sen rep col lt sgt capt prof president minister leader "
    "spokesperson spokesman spokeswoman chief secretary director general senator".split()
)
#: Demonyms read as their country when names are compared ("Russian officials" ~ "Russia").
DEMONYMS = {
    "russian": "russia", "british": "britain", "uk": "britain", "kingdom": "britain", "us": "states",
    "american": "states", "americans": "states", "ukrainian": "ukraine", "afghan": "afghanistan",
    "syrian": "syria", "iraqi": "iraq", "libyan": "libya", "chinese": "china", "iranian": "iran",
    "israeli": "israel", "french": "france", "german": "germany",
}  # fmt: skip
#: Characters ``folded`` replaces: curly quotes and apostrophes, no-break space, dashes.
FOLD_CHARS = {"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "–": "-", "—": "-"}


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall`` (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(n_pred: int, n_gold: int, n_hit: int) -> tuple[float, float, float]:
    """``(precision, recall, f1)`` from the number of predictions, of gold items and of
    predictions that found a gold item; 0 where a ratio is undefined.

    >>> prf(4, 5, 2)
    (0.5, 0.4, 0.4444444444444445)
    """
    p = n_hit / n_pred if n_pred else 0.0
    r = n_hit / n_gold if n_gold else 0.0
    return p, r, f1(p, r)


def match_spans(
    pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = MIN_OVERLAP
) -> list[tuple[int, int]]:
    """Pair predictions with gold spans. ``pred`` and ``gold`` need ``start, end`` (character
    offsets). Returns ``(pred_index, gold_index)`` pairs sorted by gold index: a pair when the
    prediction covers more than ``min_overlap`` of the gold span; each prediction and each gold
    span is used at most once, largest overlap first (ties: lower index first)."""
    pairs = []
    for gi, g in zip(gold.index, zip(gold.start, gold.end)):
        for pi, p in zip(pred.index, zip(pred.start, pred.end)):
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if overlap > 0 and overlap / max(1, g[1] - g[0]) > min_overlap:
                pairs.append((overlap, pi, gi))
    used_p, used_g, out = set(), set(), []
    for _, pi, gi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return sorted(out, key=lambda x: x[1])


def fold(s: str) -> str:
    """A name or mention as compared: NFKC, quotation marks dropped, whitespace collapsed, lower
    case, outer punctuation stripped. ``fold(' “Ann  Lee,” ') == 'ann lee'``."""
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[“”‘’\"'`]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower().strip(" ,.;:")


def _name_words(s: str) -> set[str]:
    words = re.findall(r"\w+", fold(s.replace("U.S.", "US").replace("U.K.", "UK")))
    return {DEMONYMS.get(t, t) for t in words if len(t) > 2 or t in DEMONYMS}


def _acronym(a: str, b: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{2,6}", a.strip()))
        and "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", b)) == a.strip()
    )


def same_name(pred: str, gold: str) -> bool:
    """Whether the predicted speaker ``pred`` (a canonical name from ``find_quotes``, possibly
    "(anonymous) ..." or "(unresolved) ...") names the gold speaker ``gold``: equal after
    ``fold``, one the acronym of the other, or the words of one (longer than two letters,
    ``NAME_STOPWORDS`` dropped, ``DEMONYMS`` read as countries) all inside the other. False when
    either is empty."""
    pred = re.sub(r"^\((anonymous|unresolved)\)\s*", "", pred or "")
    if not pred or not gold:
        return False
    if fold(pred) == fold(gold) or _acronym(pred, gold) or _acronym(gold, pred):
        return True
    p = _name_words(pred) - NAME_STOPWORDS or _name_words(pred)
    g = _name_words(gold) - NAME_STOPWORDS or _name_words(gold)
    return bool(p and g and (p <= g or g <= p))


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased with ``FOLD_CHARS`` replaced, soft hyphens dropped and whitespace
    collapsed to one space (the dev data's own normalisation). Returns the folded string and, for
    each of its characters, the offset of the character it came from in ``text``. Used by the
    dev-set scores and ``benchmarks/score_quantities.py``."""
    out, idx, space = [], [], False
    for i, ch in enumerate(text):
        if ch == "\u00ad":
            continue
        ch = FOLD_CHARS.get(ch, ch)
        if ch.isspace():
            if space:
                continue
            ch, space = " ", True
        else:
            space = False
        out.append(ch.lower())
        idx.append(i)
    return "".join(out), idx
