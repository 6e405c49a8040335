"""The seed article, loaded once for the whole session. Shared helpers are in helpers.py."""

import pytest

import newslens as nl
from newslens import paths


@pytest.fixture(scope="session")
def seed():
    return nl.load_article(paths.SEED_ARTICLE)
