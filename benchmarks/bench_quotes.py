"""Speed of find_quotes in articles per second (a benchmark, not a test).

    make bench            # or: PYTHONPATH=notebooks python benchmarks/bench_quotes.py

Runs over a few hundred articles' worth of text: the seed, plus the PolNeAR development articles
when ../shared/dev-data/ is present, repeated to 300 articles. Segmentation is done before the
clock starts, so only attribution is timed; one core, best of three passes. Wall-clock speed
depends on what else the machine runs; articles per CPU-second is the figure to compare.
"""

from __future__ import annotations

import time

from articles import corpus

from newslens.quotes import find_quotes

N_ARTICLES = 300


def main() -> None:
    articles = corpus(N_ARTICLES, repeat=True)
    chars = sum(len(a.text) for a in articles)
    best = cpu = float("inf")
    for _ in range(3):
        t, c = time.perf_counter(), time.process_time()
        n = sum(len(find_quotes(a)) for a in articles)
        best = min(best, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    print(f"find_quotes: {len(articles)} articles, {chars:,} characters, {n} quotes")
    print(f"  {len(articles) / best:,.0f} articles/s, {chars / best / 1e6:.2f} M characters/s (best of 3)")
    # CPU time does not count the time other processes take the core: comparable on a busy machine
    print(f"  {len(articles) / cpu:,.0f} articles per CPU-second (best of 3)")


if __name__ == "__main__":
    main()
