"""The articles the speed benchmarks time: the seed, plus the PolNeAR development articles when
../shared/dev-data/ is present, segmented before any clock starts."""

from __future__ import annotations

import itertools

import newslens as nl
from newslens import paths
from newslens.evaluate.devsets import load_polnear


def corpus(n: int, repeat: bool = False) -> list[nl.Article]:
    """``n`` articles (at most as many as there are texts, unless ``repeat`` cycles through them
    until there are ``n``), each with its sentences already split."""
    texts = [nl.load_article(paths.SEED_ARTICLE).text]
    polnear = paths.DEV_DATA / "polnear-dev.jsonl"
    if polnear.exists():
        texts += [d["text"] for d in load_polnear(polnear)]
    chosen = itertools.islice(itertools.cycle(texts) if repeat else texts, n)
    articles = [nl.Article.from_text(t, f"a{i}") for i, t in enumerate(chosen)]
    for a in articles:
        a.sentences  # noqa: B018  (segment before timing)
    return articles
