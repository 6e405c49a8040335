"""newslens: read a news article as data.

Stages, one module each: ``load`` (bytes -> Article), ``segment`` (paragraphs, sentences),
``sentiment``, ``quotes`` (attribution), ``quantities`` (force figures); ``figures`` holds the
chart style and saving, ``paths`` every input and output path, ``run`` the notebook runner.
"""

from .errors import NewslensError
from .load import Article, load_article

__all__ = ["Article", "NewslensError", "load_article"]
