"""Score ``find_quantities`` on the saved news pages of the development data (a measurement, not a test).

    make check-pages                       # or:
    PYTHONPATH=notebooks python benchmarks/score_quantities.py [PAGES_DIR] [-v]

``PAGES_DIR`` defaults to ``../shared/dev-data/pages`` from the project root (``$NEWSLENS_DEV_DATA``
overrides the dev-data folder). When it is absent the script says so and exits 0: a user's clone has
no dev data. Each ``html/NN_*.html`` page is read with ``load_article``; its figures are scored
against the hand gold in ``gold/NN_*.json`` (``figures``: surface, value, unit, bound; and
``not_figures``: strings that are not quantities) by the reference rules of the dev-data
``score.py``:

- a returned quantity is right when its span overlaps a gold figure's surface (each gold figure is
  matched once, in reading order); it is *not a quantity* when it overlaps a ``not_figures``
  string; gold items marked ``ambiguous`` count neither way;
- precision = right / returned, recall = right / gold figures, and the share of returned
  quantities that are not quantities.

On the matched figures it also reports field accuracy:

- value: gold ``value`` a number -> our ``value`` (or, for a range, our low..high holds it) within
  0.5%; gold ``[low, high]`` -> our low and high; gold null (vague) -> our bound is ``vague``;
- unit: our ``unit``, ``unit_normalised`` or ``unit_surface`` equals the gold unit after case
  folding and a plural ``s`` (``lawmakers`` = ``lawmaker``);
- bound: gold exact/approx/gt/lt/range against our exact/approximate/lower/upper/range (our
  ``vague`` counts as gold ``approx``; "nearly"/"almost" are ``upper`` for us and ``approx``
  in the gold, and are counted right when the value is).

``-v`` lists every miss, extra and field error (text of the pages is printed to the terminal only).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "notebooks"))
from newslens.evaluate.common import folded  # noqa: E402  (the dev data's normalisation, shared)

#: ``../shared/dev-data/pages`` beside the project (or two levels up, from a git worktree).
DEFAULT_PAGES = next(
    (
        p / "pages"
        for p in (
            Path(os.environ.get("NEWSLENS_DEV_DATA", "/nonexistent")),
            ROOT.parent / "shared" / "dev-data",
            ROOT.parent.parent / "shared" / "dev-data",
        )
        if (p / "pages").is_dir()
    ),
    ROOT.parent / "shared" / "dev-data" / "pages",
)
#: Relative tolerance on values: the gold rounds fractions ("two-thirds" = 0.6667).
VALUE_TOLERANCE = 0.005
BOUNDS = {
    "exact": {"exact"},
    "approx": {"approximate", "vague", "upper"},
    "gt": {"lower"},
    "lt": {"upper"},
    "range": {"range"},
}


def overlaps(a, b) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _close(a, b) -> bool:
    return a == a and b is not None and abs(a - b) <= VALUE_TOLERANCE * max(1e-9, abs(b))


def value_ok(row, gold: dict) -> bool:
    v = gold.get("value")
    if v is None:
        return row.bound == "vague" or (math.isnan(row.value) and row.low == row.low)
    if isinstance(v, list):
        return _close(row.low, v[0]) and _close(row.high, v[1])
    if _close(row.value, v):
        return True
    return row.bound == "range" and row.low <= v <= row.high


def _unit_key(u) -> str:
    u = re.sub(r"\s+", " ", str(u or "").strip().lower())
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def unit_ok(row, gold: dict) -> bool:
    want = _unit_key(gold.get("unit"))
    have = {_unit_key(getattr(row, c, "")) for c in ("unit", "unit_normalised", "unit_surface")}
    return want in have


def bound_ok(row, gold: dict) -> bool:
    return row.bound in BOUNDS.get(gold.get("bound", "exact"), set())


def score(pages: Path, verbose: bool = False) -> dict:
    import newslens as nl

    tp = fp = fn = junk = returned = crash = 0
    field = {"value": 0, "unit": 0, "bound": 0}
    for gpath in sorted((pages / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        tag = gpath.stem[:12]
        try:
            article = nl.load_article(pages / "html" / f"{gpath.stem}.html")
            found = nl.find_quantities(article)
        except Exception as err:  # a crash is a finding
            crash += 1
            print(f"{gpath.stem}: CRASH {type(err).__name__}: {err}")
            continue
        fold, idx = folded(article.text)
        golds = _in_order(fold, idx, gold["figures"])
        bad = [loc for loc, _ in _in_order(fold, idx, [{"surface": s} for s in gold["not_figures"]])]
        taken = set()
        for r in found.itertuples():
            span = (int(r.start), int(r.end))
            k = next((k for k, (loc, _) in enumerate(golds) if k not in taken and overlaps(loc, span)), None)
            if k is not None:
                taken.add(k)
                g = golds[k][1]
                if g.get("ambiguous"):
                    continue
                tp += 1
                returned += 1
                checks = {"value": value_ok(r, g), "unit": unit_ok(r, g), "bound": bound_ok(r, g)}
                for name, ok in checks.items():
                    field[name] += ok
                    if verbose and not ok:
                        have = {
                            "value": (r.value, r.low, r.high),
                            "unit": (r.unit, getattr(r, "unit_surface", "")),
                        }
                        have["bound"] = r.bound
                        print(f"  {tag} {name}: {r.surface!r} -> {have[name]!r}, gold {g.get(name)!r}")
                continue
            returned += 1
            fp += 1
            is_junk = any(overlaps(b, span) for b in bad)
            junk += is_junk
            if verbose:
                print(f"  {tag} {'NOT A QUANTITY' if is_junk else 'extra'}: {r.surface!r} ({r.unit})")
        for k, (_, g) in enumerate(golds):
            if k not in taken and not g.get("ambiguous"):
                fn += 1
                if verbose:
                    print(f"  {tag} missed: {g['surface']!r} ({g.get('unit')})")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pages": len(list((pages / "gold").glob("*.json"))),
        "gold figures": tp + fn,
        "returned": returned,
        "right": tp,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "not-quantity share": junk / returned if returned else 0.0,
        "value accuracy": field["value"] / tp if tp else 0.0,
        "unit accuracy": field["unit"] / tp if tp else 0.0,
        "bound accuracy": field["bound"] / tp if tp else 0.0,
        "crashes": crash,
    }


def _in_order(fold: str, idx: list[int], items: list[dict]) -> list[tuple[tuple[int, int], dict]]:
    """Each item's span, searching after the previous one's start (repeated strings are found
    once each), falling back to the first occurrence."""
    out, pos = [], 0
    for g in items:
        n = folded(unicodedata.normalize("NFC", g["surface"]))[0].strip()
        if not n:
            continue
        k = fold.find(n, pos)
        k = fold.find(n) if k < 0 else k
        if k < 0:
            continue
        out.append(((idx[k], idx[k + len(n) - 1] + 1), g))
        pos = k + 1
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    pages = Path(args[0]) if args else DEFAULT_PAGES
    if not (pages / "gold").is_dir() or not (pages / "html").is_dir():
        print(f"No dev-data pages at {pages} (html/ and gold/): nothing to score.")
        return 0
    result = score(pages, verbose)
    for key, value in result.items():
        print(f"{key:>20}  {value:.3f}" if isinstance(value, float) else f"{key:>20}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
