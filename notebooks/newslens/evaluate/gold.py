"""Hand-made gold for one article: its quotes and its force, money and territory figures.

``load_gold`` reads a gold CSV (``data/annotations/seed_*.csv`` for the seed, ``<stem>_*.csv``
beside any other article); ``compare_quotes``/``quote_scores`` and ``compare_quantities``/
``quantity_scores`` set predictions beside it and score them. A prediction finds a gold item by
``common.match_spans`` (more than ``common.MIN_OVERLAP`` of the gold span's characters, one to
one, largest overlap first).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import NewslensError
from ..marks import paragraph_quote_spans
from ..quantities.units import FORCE_CATEGORIES
from .common import match_spans, prf

#: Fields of a figure compared with the gold, in the order ``quantity_scores`` reports them.
QUANTITY_FIELDS = ("value", "unit", "category", "actor", "year", "qualifier", "bound")
#: Relative tolerance when two values are compared: float rounding only, not a judgement.
VALUE_TOLERANCE = 1e-9
#: The subsets ``quote_scores`` reports: name -> kinds (None: every quote).
QUOTE_SUBSETS = {"all": None, "direct + partial": ("direct", "partial"), "indirect": ("indirect",)}


def load_gold(path: str | Path, text: str | None = None) -> pd.DataFrame:
    """The gold CSV at ``path`` as a DataFrame with its own columns (quotes: ``kind, speaker,
    start, end, text, ...``; quantities: ``surface, start, end, value, low, high, unit, ...``).

    When ``text`` is given, every ``start, end`` must reproduce the row's ``text`` (or
    ``surface``). A row whose offsets do not is re-anchored to the same words in ``text``, in
    reading order, so gold made on the plain-text copy of an article also measures its saved web
    page; a row whose words are not in ``text`` at all raises ``NewslensError``, as does a
    missing file."""
    path = Path(path)
    if not path.is_file():
        raise NewslensError(f"{path}: no such gold file")
    gold = pd.read_csv(path, keep_default_na=False)
    if text is None:
        return gold
    column = "text" if "text" in gold else "surface"
    starts, ends, missing, pos = [], [], [], 0
    for i, s, e, t in zip(gold.index, gold.start, gold.end, gold[column]):
        if text[s:e] != t:
            found = text.find(t, pos)
            s = found if found >= 0 else text.find(t)
            if s < 0:
                missing.append(i)
            e = s + len(t)
        starts.append(s)
        ends.append(e)
        pos = max(pos, s)
    if missing:
        raise NewslensError(f"{path}: rows {missing} are not in the article text")
    return gold.assign(start=starts, end=ends)


def same_text(a, b) -> bool:
    """Whether two cells say the same after trimming and lower-casing (missing reads as "")."""
    norm = lambda x: "" if pd.isna(x) else str(x).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


def same_number(a, b) -> bool:
    """Whether two cells hold the same number (both missing counts as the same)."""
    a, b = pd.to_numeric(a, errors="coerce"), pd.to_numeric(b, errors="coerce")
    if pd.isna(a) and pd.isna(b):
        return True
    return not (pd.isna(a) or pd.isna(b)) and abs(a - b) <= VALUE_TOLERANCE * max(1.0, abs(b))


# --- quotes ------------------------------------------------------------------------------------


def split_mixed(pred: pd.DataFrame) -> pd.DataFrame:
    """``find_quotes`` rows in the convention of gold that annotates a reported clause and the
    quoted fragments inside it as separate items (the seed's gold, the Gender Gap Tracker): each
    ``partial`` row whose span is a reported clause holding quotation marks (PolNeAR's "mixed")
    becomes an ``indirect`` row for the clause plus a ``partial`` row for each fragment, with the
    same speaker. Other rows are unchanged. Returns the same columns as ``pred``, index 0..n-1."""
    rows = []
    for r in pred.to_dict("records"):
        spans = paragraph_quote_spans(r["text"], 0, len(r["text"])) if r["kind"] == "partial" else []
        if not spans or (len(spans) == 1 and spans[0].open_mark == 0):
            rows.append(r)
            continue
        rows.append(r | {"kind": "indirect"})
        for q in spans:
            rows.append(r | {"kind": "partial", "start": r["start"] + q.start, "end": r["start"] + q.end,
                             "text": r["text"][q.start : q.end]})  # fmt: skip
    return pd.DataFrame(rows, columns=pred.columns).reset_index(drop=True)


def compare_quotes(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Predicted quotes (``find_quotes``: ``kind, speaker, start, end, text``) beside gold quotes
    (``load_gold``: ``kind, speaker, start, end, text``). Returns one row per gold quote, then one
    per unmatched prediction: ``status`` (found / missed / extra), ``gold_kind, gold_speaker,
    gold_start, gold_text, pred_kind, pred_speaker, pred_start, kind_ok, speaker_ok, pred_text``
    (``pred_text`` only for extras; -1 and "" where a side is absent). Predictions are first put
    in the gold's convention for reported clauses with quoted fragments (``split_mixed``); a
    speaker is right when it equals the gold's after trimming and lower-casing."""
    pred = split_mixed(pred)
    pairs = match_spans(pred, gold)
    rows = []
    matched_p = {p for p, _ in pairs}
    by_gold = dict((g, p) for p, g in pairs)
    for gi, g in gold.iterrows():
        p = pred.loc[by_gold[gi]] if gi in by_gold else None
        rows.append(
            {
                "status": "found" if p is not None else "missed",
                "gold_kind": g.kind,
                "gold_speaker": g.speaker,
                "gold_start": g.start,
                "gold_text": g.text,
                "pred_kind": p.kind if p is not None else "",
                "pred_speaker": p.speaker if p is not None else "",
                "pred_start": p.start if p is not None else -1,
                "kind_ok": p is not None and p.kind == g.kind,
                "speaker_ok": p is not None and same_text(p.speaker, g.speaker),
            }
        )
    for pi, p in pred.iterrows():
        if pi not in matched_p:
            rows.append(
                {
                    "status": "extra",
                    "gold_kind": "",
                    "gold_speaker": "",
                    "gold_start": -1,
                    "gold_text": "",
                    "pred_kind": p.kind,
                    "pred_speaker": p.speaker,
                    "pred_start": p.start,
                    "kind_ok": False,
                    "speaker_ok": False,
                    "pred_text": p.text,
                }
            )
    frame = pd.DataFrame(rows)
    if "pred_text" not in frame:
        frame["pred_text"] = ""
    frame["pred_text"] = frame.pred_text.fillna("")
    return frame


def quote_scores(comparison: pd.DataFrame) -> pd.DataFrame:
    """Scores from ``compare_quotes``: one row per subset of ``QUOTE_SUBSETS`` (all quotes,
    quotes in quotation marks, indirect quotes): ``subset, gold, predicted, found, precision,
    recall, f1, speaker_accuracy`` (speaker accuracy over the quotes found; rounded to 3)."""
    rows = []
    for name, kinds in QUOTE_SUBSETS.items():
        c = comparison
        if kinds:
            c = c[c.gold_kind.isin(kinds) | ((c.status == "extra") & c.pred_kind.isin(kinds))]
            found = c[(c.status == "found") & c.pred_kind.isin(kinds)]
            gold_n = int(c.gold_kind.isin(kinds).sum())
        else:
            found = c[c.status == "found"]
            gold_n = int((c.status != "extra").sum())
        pred_n = int(len(found) + (c.status == "extra").sum())
        p, r, f = prf(pred_n, gold_n, len(found))
        acc = float(found.speaker_ok.mean()) if len(found) else 0.0
        rows.append((name, gold_n, pred_n, len(found), round(p, 3), round(r, 3), round(f, 3), round(acc, 3)))
    cols = ["subset", "gold", "predicted", "found", "precision", "recall", "f1", "speaker_accuracy"]
    return pd.DataFrame(rows, columns=cols)


# --- quantities --------------------------------------------------------------------------------


def compare_quantities(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Predicted quantities (``find_quantities``) in ``FORCE_CATEGORIES`` beside gold figures
    (``load_gold``: ``surface, start, end, value, low, high`` and the ``QUANTITY_FIELDS``).
    Returns one row per gold figure, then one per unmatched prediction: ``status`` (found /
    missed / extra), ``surface, start``, ``gold_<field>`` and ``pred_<field>`` for each field,
    then ``<field>_ok``. A value is right when value, low and high all agree; the other fields
    when they are the same text after trimming and lower-casing."""
    figures = pred[pred.category.isin(FORCE_CATEGORIES)]
    pairs = dict((g, p) for p, g in match_spans(figures, gold))
    rows = []
    for gi, g in gold.iterrows():
        p = figures.loc[pairs[gi]] if gi in pairs else None
        row = {"status": "found" if p is not None else "missed", "surface": g.surface, "start": g.start}
        for f in QUANTITY_FIELDS:
            row[f"gold_{f}"] = g[f]
            row[f"pred_{f}"] = p[f] if p is not None else None
        if p is not None:
            row["value_ok"] = all(same_number(p[k], g[k]) for k in ("value", "low", "high"))
            for f in QUANTITY_FIELDS[1:]:
                row[f"{f}_ok"] = same_text(p[f], g[f])
        else:
            for f in QUANTITY_FIELDS:
                row[f"{f}_ok"] = False
        rows.append(row)
    matched = set(pairs.values())
    for pi, p in figures.iterrows():
        if pi not in matched:
            row = {"status": "extra", "surface": p.surface, "start": p.start}
            row.update({f"pred_{f}": p[f] for f in QUANTITY_FIELDS})
            row.update({f"{f}_ok": False for f in QUANTITY_FIELDS})
            rows.append(row)
    return pd.DataFrame(rows)


def quantity_scores(comparison: pd.DataFrame) -> pd.DataFrame:
    """Scores from ``compare_quantities`` as ``metric, value`` rows: gold figures, predicted
    figures, found, precision, recall and F1 of finding the gold figures, then ``<field>
    accuracy`` for each of ``QUANTITY_FIELDS`` over the figures found (rounded to 3)."""
    found = comparison[comparison.status == "found"]
    n_gold = int((comparison.status != "extra").sum())
    n_pred = int(len(found) + (comparison.status == "extra").sum())
    p, r, f = prf(n_pred, n_gold, len(found))
    rows = [
        ("gold figures", n_gold),
        ("predicted figures", n_pred),
        ("found", len(found)),
        ("precision", round(p, 3)),
        ("recall", round(r, 3)),
        ("f1", round(f, 3)),
    ]
    rows += [
        (f"{field} accuracy", round(float(found[f"{field}_ok"].mean()), 3) if len(found) else 0.0)
        for field in QUANTITY_FIELDS
    ]
    return pd.DataFrame(rows, columns=["metric", "value"])
