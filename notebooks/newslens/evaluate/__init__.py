"""Measurement: the extraction against hand-made gold and other people's annotations.

One module per concern:

- ``common``: what every measurement shares: ``prf`` (precision, recall, F1), ``match_spans``
  (one-to-one span matching by overlap), ``same_name`` and ``fold`` (when two names name the same
  source), ``folded`` (the dev data's text normalisation with offsets).
- ``gold``: hand gold for one article (``data/annotations/``): ``load_gold``, ``compare_quotes``
  and ``quote_scores``, ``compare_quantities`` and ``quantity_scores``.
- ``devsets``: attribution scored on the development sets (saved news pages, PolNeAR) when they
  are present: ``dev_scores`` and the per-set ``score_pages``, ``score_polnear``.
- ``ratings``: human sentiment ratings (Hutto and Gilbert's rated sets): loading them, the
  cross-validation folds and the interval, calibration, failure and
  difference tables of ``make train-sentiment``.

The names the notebooks use on the seed's gold are importable from the package itself
(``evaluate.load_gold``, ``evaluate.compare_quotes``, ...).
"""

from .gold import (
    QUANTITY_FIELDS,
    compare_quantities,
    compare_quotes,
    load_gold,
    quantity_scores,
    quote_scores,
)

__all__ = [
    "QUANTITY_FIELDS",
    "compare_quantities",
    "compare_quotes",
    "load_gold",
    "quantity_scores",
    "quote_scores",
]
