"""find_quantities against quantulum3 on the seed's gold figures (a benchmark, not a test).

    make bench            # or: PYTHONPATH=notebooks python benchmarks/bench_quantities.py

For every hand-made gold figure (data/annotations/seed_quantities.csv) each tool's quantity that
overlaps it at all (quantulum3's spans cover only the number) is checked for:

- value: the tool's number equals the gold value, or for a range or vague amount falls inside
  the gold low-high interval (the same rule for both tools);
- unit: the counted thing, after mapping quantulum3's unit names (dollar -> USD, percentage ->
  percent; "dimensionless" counts as no unit);
- qualifier: the hedge; quantulum3 reports none, so it is right only where the gold has none.

Speed is body sentences per second: quantulum3 parses sentence by sentence; find_quantities runs
on the whole article (its sentences segmented before the clock starts). Best of three passes.
"""

from __future__ import annotations

import math
import time
import warnings

import pandas as pd

import newslens as nl
from newslens import evaluate, paths
from newslens.quantities import find_quantities

UNIT_MAP = {"dollar": "USD", "united states dollar": "USD", "percentage": "percent", "dimensionless": ""}


def quantulum_frame(article) -> pd.DataFrame:
    from quantulum3 import parser

    rows = []
    for sent in article.sentences.itertuples():
        for q in parser.parse(sent.text):
            s, e = q.span
            unit = UNIT_MAP.get(q.unit.name, q.unit.name)
            rows.append((sent.start + s, sent.start + e, q.value, unit, ""))
    return pd.DataFrame(rows, columns=["start", "end", "value", "unit", "qualifier"])


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    # any overlap counts: quantulum3's spans cover the number only, not the hedge or the unit words
    pairs = dict((g, p) for p, g in evaluate.match_spans(pred, gold, min_overlap=0.0))
    value = unit = qual = 0
    for gi, g in gold.iterrows():
        if gi not in pairs:
            continue
        p = pred.loc[pairs[gi]]
        v = p.value if not (isinstance(p.value, float) and math.isnan(p.value)) else p.get("low", math.nan)
        lo = pd.to_numeric(g.low, errors="coerce")
        hi = pd.to_numeric(g.high, errors="coerce")
        gv = pd.to_numeric(g.value, errors="coerce")
        if not pd.isna(gv):
            value += abs(v - gv) <= 1e-9 * max(1, gv)
        else:
            value += (pd.isna(lo) or v >= lo) and (pd.isna(hi) or v <= hi)
        unit += str(p.unit).lower() == str(g.unit).lower()
        qual += str(p.qualifier).lower() == str(g.qualifier).lower()
    n = len(gold)
    return {"found": len(pairs) / n, "value": value / n, "unit": unit / n, "qualifier": qual / n}


def timed(fn, n=3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    warnings.filterwarnings("ignore")
    article = nl.load_article(paths.SEED_ARTICLE)
    gold = evaluate.load_gold(paths.ANNOTATIONS / "seed_quantities.csv", article.text)
    n_sent = len(article.sentences)
    ours_t, ours = timed(lambda: find_quantities(article))
    theirs_t, theirs = timed(lambda: quantulum_frame(article))
    ours = ours[ours.category != "other"]
    table = pd.DataFrame(
        {
            "newslens.find_quantities": {**score(ours, gold), "sentences/s": n_sent / ours_t},
            "quantulum3": {**score(theirs, gold), "sentences/s": n_sent / theirs_t},
        }
    )
    print(f"{len(gold)} gold figures in the seed, {n_sent} body sentences; shares of gold figures:")
    print(table.round(3).to_string())


if __name__ == "__main__":
    main()
