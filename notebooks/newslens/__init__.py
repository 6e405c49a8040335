"""newslens: read a news article as data.

Stages, one module each: ``load`` (bytes -> Article), ``segment`` (paragraphs, sentences),
``marks`` (quotation marks), ``sentiment``, ``quotes`` (attribution), ``quantities`` (force
figures); ``evaluate`` measures them against gold; ``report`` writes every sentence a reader
sees (one module per notebook), ``charts`` and ``quantity_charts`` draw, ``figures`` (over
``style``) saves; ``paths`` holds every input and output path, ``run`` is the notebook runner.
"""

from .errors import NewslensError
from .load import Article, load_article
from .quantities import find_quantities
from .quotes import count_sources, find_quotes, find_silent_sources
from .sentiment import score_sentiment

#: The name issue 6 uses for the quantity extractor (``figures`` is the chart module).
find_figures = find_quantities

__all__ = [
    "Article",
    "NewslensError",
    "count_sources",
    "find_figures",
    "find_quantities",
    "find_quotes",
    "find_silent_sources",
    "load_article",
    "score_sentiment",
]
