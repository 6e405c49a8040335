"""Measuring extraction against hand-made gold: span matching, precision, recall, field accuracy.

A predicted span *finds* a gold span when it covers more than ``MIN_OVERLAP`` of the gold span's
characters (the Gender Gap Tracker's criterion for quotes); each gold span and each prediction is
matched at most once, largest overlap first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .errors import NewslensError
from .quantities.units import FORCE_CATEGORIES

MIN_OVERLAP = 0.3


def load_gold(path: str | Path, text: str | None = None) -> pd.DataFrame:
    """A gold CSV from ``data/annotations/`` (or beside an article).

    When ``text`` is given, every ``start, end`` must reproduce the row's ``text`` (or
    ``surface``). A row whose offsets do not is re-anchored to the same words in ``text``, in
    reading order, so gold made on the plain-text copy of an article also measures its saved web
    page; a row whose words are not in ``text`` at all raises ``NewslensError``."""
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


def match_spans(
    pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = MIN_OVERLAP
) -> list[tuple[int, int]]:
    """``(pred_index, gold_index)`` pairs: one-to-one, largest overlap first."""
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


def prf(n_pred: int, n_gold: int, n_hit: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = n_hit / n_pred if n_pred else 0.0
    r = n_hit / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def split_mixed(pred: pd.DataFrame) -> pd.DataFrame:
    """Our quotes in the convention of gold that annotates a reported clause and the quoted
    fragments inside it as separate items (the seed's gold, the Gender Gap Tracker): each
    ``partial`` row whose span is a reported clause holding quotation marks (PolNeAR's "mixed")
    becomes an ``indirect`` row for the clause plus a ``partial`` row for each fragment, with the
    same speaker. Other rows are unchanged."""
    from .marks import paragraph_quote_spans

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
    """Every gold quote and every prediction, side by side: ``status`` (found / missed / extra),
    ``gold_*`` and ``pred_*`` columns, ``kind_ok`` and ``speaker_ok``. Predictions are first put in
    the gold's convention for reported clauses with quoted fragments (``split_mixed``)."""
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
                "speaker_ok": p is not None and _same(p.speaker, g.speaker),
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
    """Precision, recall, F1 and speaker accuracy from ``compare_quotes``, for all quotes, for
    quotes in quotation marks (direct and partial) and for indirect quotes: ``subset, gold,
    predicted, found, precision, recall, f1, speaker_accuracy``."""
    rows = []
    subsets = {"all": None, "direct + partial": ("direct", "partial"), "indirect": ("indirect",)}
    for name, kinds in subsets.items():
        c = comparison
        if kinds:
            c = c[c.gold_kind.isin(kinds) | ((c.status == "extra") & c.pred_kind.isin(kinds))]
            found = c[(c.status == "found") & c.pred_kind.isin(kinds)]
            gold_n = int(c.gold_kind.isin(kinds).sum())
            pred_n = int(len(found) + (c.status == "extra").sum())
        else:
            found = c[c.status == "found"]
            gold_n = int((c.status != "extra").sum())
            pred_n = int(len(found) + (c.status == "extra").sum())
        p, r, f = prf(pred_n, gold_n, len(found))
        acc = float(found.speaker_ok.mean()) if len(found) else 0.0
        rows.append((name, gold_n, pred_n, len(found), round(p, 3), round(r, 3), round(f, 3), round(acc, 3)))
    cols = ["subset", "gold", "predicted", "found", "precision", "recall", "f1", "speaker_accuracy"]
    return pd.DataFrame(rows, columns=cols)


# --- PolNeAR ----------------------------------------------------------------------------------

PRONOUN_MENTIONS = frozenset("he she they it i we him her them his its their".split())


def load_polnear(path: str | Path) -> list[dict]:
    """The PolNeAR JSON-lines file (one article per line)."""
    path = Path(path)
    if not path.is_file():
        raise NewslensError(f"{path}: no such PolNeAR file")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def polnear_scores(docs: list[dict], find_quotes, article_from_text) -> pd.DataFrame:
    """Quote finding on PolNeAR, per gold kind: ``kind, gold, found, recall, speaker_checked,
    speaker_ok, speaker_accuracy`` plus a row for precision of our quote-mark predictions.

    A gold attribution is found when one of our quotes covers more than 30% of its characters.
    Its speaker counts as correct when our speaker mention overlaps PolNeAR's source mention, or
    our canonical name contains the mention's last word ("Trump" in "Donald Trump"); a pronoun
    mention counts only when our mention is the same pronoun (we resolved that very word).
    Attributions with no source (``floating``) are left out of the speaker check.
    """
    stats = {k: [0, 0, 0, 0] for k in ("direct", "mixed", "indirect")}
    marks_pred = marks_hit = 0
    for doc in docs:
        article = article_from_text(doc["text"], doc["id"])
        pred = find_quotes(article)
        gold = pd.DataFrame(doc["quotes"])
        if gold.empty:
            marks_pred += int(pred.kind.isin(["direct", "partial"]).sum())
            continue
        pairs = match_spans(pred, gold)
        hit_pred = {p for p, _ in pairs}
        in_marks = pred[pred.kind.isin(["direct", "partial"])]
        marks_pred += len(in_marks)
        marks_hit += len(set(in_marks.index) & hit_pred)
        by_gold = {g: p for p, g in pairs}
        for gi, g in gold.iterrows():
            s = stats[g.kind]
            s[0] += 1
            if gi not in by_gold:
                continue
            s[1] += 1
            if g.get("floating") or not g.get("speaker"):
                continue
            s[2] += 1
            p = pred.loc[by_gold[gi]]
            mention = str(g.speaker).strip()
            overlap = p.speaker_start < g.speaker_end and p.speaker_end > g.speaker_start
            if mention.lower() in PRONOUN_MENTIONS:
                ok = p.speaker_start == g.speaker_start
            else:
                last = mention.split()[-1].strip("’'s").lower() if mention.split() else ""
                ok = overlap or (last and last in p.speaker.lower())
            s[3] += int(bool(ok))
    rows = [
        (k, n, f, round(f / n, 3) if n else 0.0, c, ok, round(ok / c, 3) if c else 0.0)
        for k, (n, f, c, ok) in stats.items()
    ]
    frame = pd.DataFrame(
        rows, columns=["kind", "gold", "found", "recall", "speaker_checked", "speaker_ok", "speaker_accuracy"]
    )
    frame.attrs["marks_precision"] = round(marks_hit / marks_pred, 3) if marks_pred else 0.0
    frame["quote_mark_predictions"] = marks_pred
    frame["quote_mark_precision"] = frame.attrs["marks_precision"]
    return frame


# --- quantities --------------------------------------------------------------------------------

QUANTITY_FIELDS = ("value", "unit", "category", "actor", "year", "qualifier", "bound")
#: Categories that count as force, money or territory figures (the seed gold covers these only).
FIGURE_CATEGORIES = FORCE_CATEGORIES


def _num_eq(a, b) -> bool:
    a, b = pd.to_numeric(a, errors="coerce"), pd.to_numeric(b, errors="coerce")
    if pd.isna(a) and pd.isna(b):
        return True
    return not (pd.isna(a) or pd.isna(b)) and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _str_eq(a, b) -> bool:
    norm = lambda x: "" if pd.isna(x) else str(x).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


def compare_quantities(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold figures against predicted force, money and territory figures: ``status`` (found /
    missed / extra), ``surface``, ``gold_*``/``pred_*`` for each field and ``<field>_ok``. A
    value is right when value, low and high all agree."""
    figures = pred[pred.category.isin(FIGURE_CATEGORIES)]
    pairs = dict((g, p) for p, g in match_spans(figures, gold))
    rows = []
    for gi, g in gold.iterrows():
        p = figures.loc[pairs[gi]] if gi in pairs else None
        row = {"status": "found" if p is not None else "missed", "surface": g.surface, "start": g.start}
        for f in QUANTITY_FIELDS:
            row[f"gold_{f}"] = g[f]
            row[f"pred_{f}"] = p[f] if p is not None else None
        if p is not None:
            row["value_ok"] = all(_num_eq(p[k], g[k]) for k in ("value", "low", "high"))
            for f in QUANTITY_FIELDS[1:]:
                row[f"{f}_ok"] = _str_eq(p[f], g[f])
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
    """``metric, value``: precision, recall and F1 of finding the gold figures, then the accuracy
    of each field over the figures found."""
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
