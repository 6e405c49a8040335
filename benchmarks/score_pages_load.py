"""How well ``load_article`` recovers a saved page's title and body (a benchmark, not a test).

    PYTHONPATH=notebooks python benchmarks/score_pages_load.py [PAGES_DIR] [-v]

``PAGES_DIR`` defaults to ``pages/`` in the dev data (``$NEWSLENS_DEV_DATA``, else ``../shared/dev-data``; development machines
only); when it is absent the script says so and exits 0. Every ``html/*.html`` page is loaded with
``load_article`` and compared with ``expected/<same stem>.json``:

- **title**: exact match, and match after normalising (NFKC, quotation marks and dashes folded,
  whitespace collapsed, case ignored);
- **body**: the body paragraphs (``article.body``) against the expected body, as bags of tokens
  (words and numbers after the same normalising): precision (share of recovered tokens that are in
  the expected body), recall (share of expected tokens recovered) and F1, per page and their means.

``-v`` prints each page's byline and the recovered paragraphs with no token in the expected body
(what the loader kept that it should have dropped).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from newslens import load_article, paths

DEFAULT_PAGES = paths.DEV_DATA / "pages"

#: Characters folded before comparing: curly quotes and apostrophes, dashes, no-break spaces.
FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
TOKEN = re.compile(r"\w+(?:['.,]\w+)*")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(normalise(text)))


def prf(got: Counter, want: Counter) -> tuple[float, float, float]:
    hit = sum((got & want).values())
    p = hit / sum(got.values()) if got else 0.0
    r = hit / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_page(html: Path, expected: dict, verbose: bool = False) -> dict:
    try:
        article = load_article(html)
    except Exception as err:  # a page the loader refuses scores zero and is reported
        return {"page": html.stem, "error": f"{type(err).__name__}: {err}", "exact": 0, "norm": 0,
                "p": 0.0, "r": 0.0, "f1": 0.0}  # fmt: skip
    body = "\n\n".join(article.body.text)
    p, r, f1 = prf(tokens(body), tokens(expected["body"]))
    row = {
        "page": html.stem,
        "exact": int(article.title == expected["title"]),
        "norm": int(normalise(article.title) == normalise(expected["title"])),
        "p": p,
        "r": r,
        "f1": f1,
        "title": article.title,
        "byline": article.byline,
    }
    if verbose:
        want = tokens(expected["body"])
        row["extra"] = [t for t in article.body.text if not (tokens(t) & want)]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "pages", nargs="?", type=Path, default=DEFAULT_PAGES, help="the dev-data pages folder"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="bylines and kept non-body paragraphs")
    args = parser.parse_args(argv)
    html_dir, exp_dir = args.pages / "html", args.pages / "expected"
    if not html_dir.is_dir() or not exp_dir.is_dir():
        print(f"no saved pages at {args.pages} (development data only): nothing to score")
        return 0
    rows = []
    for html in sorted(html_dir.glob("*.html")):
        exp = exp_dir / f"{html.stem}.json"
        if exp.exists():
            rows.append(score_page(html, json.loads(exp.read_text(encoding="utf-8")), args.verbose))
    print(f"{'page':<52} {'title':>5} {'norm':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for row in rows:
        print(
            f"{row['page'][:52]:<52} {row['exact']:>5} {row['norm']:>4} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f}"
        )
        if "error" in row:
            print(f"    refused: {row['error']}")
        elif args.verbose:
            print(f"    title:  {row['title']}\n    byline: {row['byline'] or '-'}")
            for text in row.get("extra", []):
                print(f"    extra:  {text[:100]}")
    n = len(rows) or 1
    print(
        f"\n{len(rows)} pages: title exact {sum(r['exact'] for r in rows)}/{len(rows)}, "
        f"normalised {sum(r['norm'] for r in rows)}/{len(rows)}; body mean precision "
        f"{sum(r['p'] for r in rows) / n:.3f}, recall {sum(r['r'] for r in rows) / n:.3f}, "
        f"F1 {sum(r['f1'] for r in rows) / n:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
