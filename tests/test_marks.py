import newslens as nl
from newslens.marks import paragraph_quote_spans, quote_spans


def spans(text):
    return [(text[s.start : s.end], s.closed, s.continues) for s in paragraph_quote_spans(text, 0, len(text))]


def test_curly_and_straight_double_quotes():
    assert spans("“One,” he said. “Two.”") == [("One,", True, False), ("Two.", True, False)]
    assert spans('"One," he said. "Two."') == [("One,", True, False), ("Two.", True, False)]
    assert spans('He called it "a disaster" and left.') == [("a disaster", True, False)]


def test_single_quotes_as_quote_marks_and_apostrophes_inside():
    assert spans("‘It’s over,’ she said. The rebels’ camp fell.") == [("It’s over,", True, False)]
    assert spans("'We don't know,' he said.") == [("We don't know,", True, False)]


def test_single_quotes_nested_in_double_are_not_separate():
    assert spans("“He told me ‘never’ twice,” she said.") == [("He told me ‘never’ twice,", True, False)]


def test_unclosed_and_stray_marks():
    assert spans("“It never closes") == [("It never closes", False, False)]
    assert spans("A stray” mark and then “a real one”.") == [("a real one", True, False)]
    assert spans("Ends on a mark “") == []


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
    assert all(seed.text[s:e] == t for s, e, t in zip(q.start, q.end, q.text))
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
