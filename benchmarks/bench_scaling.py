"""Time against article size, to check it grows linearly (a benchmark, not a test).

    PYTHONPATH=notebooks python benchmarks/bench_scaling.py

Builds articles of 125 KB to 1 MB from the seed's body paragraphs and times loading and
segmentation, find_quotes, find_quantities and score_sentiment on each. Linear means the last
column (microseconds per kilobyte) stays flat.
"""

from __future__ import annotations

import itertools
import time

import newslens as nl
from newslens import paths


def build(size: int, paragraphs: list[str]) -> str:
    head = "A Long Report\n\nBy Jo Bloggs\n\n"
    body, n = [], len(head)
    for p in itertools.cycle(paragraphs):
        if n >= size:
            break
        body.append(p)
        n += len(p) + 2
    return head + "\n\n".join(body)


def main() -> None:
    seed = nl.load_article(paths.SEED_ARTICLE)
    paragraphs = seed.body.text.tolist()
    print(f"{'size':>9} {'segment':>9} {'quotes':>9} {'figures':>9} {'tone':>9} {'total':>9} {'µs/KB':>7}")
    for size in (125_000, 250_000, 500_000, 1_000_000):
        text = build(size, paragraphs)
        t0 = time.perf_counter()
        article = nl.Article.from_text(text)
        article.sentences  # noqa: B018
        t1 = time.perf_counter()
        quotes = nl.find_quotes(article)
        t2 = time.perf_counter()
        nl.find_quantities(article, quotes)
        t3 = time.perf_counter()
        nl.score_sentiment(article)
        t4 = time.perf_counter()
        total = t4 - t0
        print(
            f"{len(text):>9,} {t1 - t0:>8.2f}s {t2 - t1:>8.2f}s {t3 - t2:>8.2f}s {t4 - t3:>8.2f}s {total:>8.2f}s "
            f"{total / (len(text) / 1000) * 1e6:>7.0f}"
        )


if __name__ == "__main__":
    main()
