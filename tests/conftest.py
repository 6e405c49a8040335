import pytest

import newslens as nl
from newslens import paths


@pytest.fixture(scope="session")
def seed():
    return nl.load_article(paths.SEED_ARTICLE)


def para_id(article, prefix):
    """The paragraph whose text starts with ``prefix``."""
    hits = article.paragraphs[article.paragraphs.text.str.startswith(prefix)]
    assert len(hits) == 1, prefix
    return int(hits.paragraph_id.iloc[0])
