import pytest
from helpers import assert_offsets, named

import newslens as nl
from newslens.marks import paragraph_quote_spans, quote_spans


def spans(text):
    return [(text[s.start : s.end], s.closed, s.continues) for s in paragraph_quote_spans(text, 0, len(text))]


# (what the case shows, paragraph, every span found as (text, closed, continues))
SPAN_CASES = [
    ("curly double quotes", "“One,” he said. “Two.”", [("One,", True, False), ("Two.", True, False)]),
    ("straight double quotes", '"One," he said. "Two."', [("One,", True, False), ("Two.", True, False)]),
    ("straight quotes mid-sentence", 'He called it "a disaster" and left.', [("a disaster", True, False)]),
    (
        "curly single quotes, apostrophes inside",
        "‘It’s over,’ she said. The rebels’ camp fell.",
        [("It’s over,", True, False)],
    ),
    (
        "straight single quotes, apostrophe inside",
        "'We don't know,' he said.",
        [("We don't know,", True, False)],
    ),
    (
        "single quotes nested in double are not separate",
        "“He told me ‘never’ twice,” she said.",
        [("He told me ‘never’ twice,", True, False)],
    ),
    ("an unclosed mark runs to the paragraph end", "“It never closes", [("It never closes", False, False)]),
    (
        "a stray closing mark is skipped",
        "A stray” mark and then “a real one”.",
        [("a real one", True, False)],
    ),
    ("an opening mark at the very end is no span", "Ends on a mark “", []),
]


@pytest.mark.parametrize(("text", "expected"), named(SPAN_CASES))
def test_paragraph_quote_spans(text, expected):
    assert spans(text) == expected


def test_multi_paragraph_quote_continues():
    text = (
        "Headline words\n\nBy Jo\n\n“The first part of the statement goes on for a while,\n\n"
        "“and the second part ends here,” she said."
    )
    a = nl.Article.from_text(text)
    q = quote_spans(a.text, a.paragraphs)
    assert q.text.tolist() == [
        "The first part of the statement goes on for a while,",
        "and the second part ends here,",
    ]
    assert q.continues.tolist() == [True, False]
    assert q.close_mark.tolist()[0] == -1


def test_seed_quote_spans(seed):
    q = quote_spans(seed.text, seed.paragraphs)
    assert len(q) == 26
    assert q.text.iloc[0] == "Northern Alliance"
    assert "legitimate caretaker president" in q.text.tolist()
    assert_offsets(q, seed.text)
    assert not q.continues.any()


def test_article_caches_its_quote_spans_for_every_stage():
    a = nl.Article.from_text(
        "Port Reopens\n\nBy Jo Bloggs\n\n“We are open,” said Ana Ruiz. The ships ‘came back’ early."
    )
    spans = a.quote_spans
    assert spans is a.quote_spans  # computed once per article
    assert spans.text.tolist() == ["We are open,", "came back"]
    assert [a.text[s:e] for s, e in zip(spans.start, spans.end)] == spans.text.tolist()
    assert spans.equals(quote_spans(a.text, a.paragraphs))
    assert [(m.start, m.end) for m in a.marked_spans] == list(zip(spans.start, spans.end))
