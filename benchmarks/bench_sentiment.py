"""Speed of the news sentiment scorer: milliseconds to score every body sentence of an article
(a benchmark, not a test; the target is well under 50 ms for an article).

    make bench            # or: PYTHONPATH=notebooks python benchmarks/bench_sentiment.py

Scores the seed and, when ../shared/dev-data/ is present, the PolNeAR development articles.
Segmentation and the one-off loading of the model and lexicons happen before the clock starts;
one core, best of three passes per article.
"""

from __future__ import annotations

import statistics
import time

from articles import corpus

import newslens as nl

#: At most this many articles are timed.
N_ARTICLES = 84


def best_of_three(article: nl.Article, scorer: str) -> float:
    times = []
    for _ in range(3):
        t = time.perf_counter()
        nl.score_sentiment(article, scorer=scorer)
        times.append(time.perf_counter() - t)
    return min(times) * 1000


def main() -> None:
    articles = corpus(N_ARTICLES)
    nl.score_sentiment(articles[0])  # load the model and lexicons
    for scorer in ("news", "vader"):
        ms = [best_of_three(a, scorer) for a in articles]
        sentences = [len(a.sentences) for a in articles]
        print(
            f"score_sentiment(scorer={scorer!r}): {len(articles)} articles, median "
            f"{statistics.median(sentences):.0f} sentences; median {statistics.median(ms):.1f} ms, "
            f"max {max(ms):.1f} ms per article ({sum(ms) / sum(sentences):.2f} ms per sentence)"
        )


if __name__ == "__main__":
    main()
