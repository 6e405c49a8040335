"""The shared offset checks fail when a span is wrong, and say which span and which texts."""

import pandas as pd
import pytest
from helpers import assert_offsets, assert_quote_offsets, assert_span

TEXT = "Ann Lee said the bridge would reopen."


def test_assert_span_passes_on_the_right_span():
    assert_span(TEXT, 0, 7, "Ann Lee")


@pytest.mark.parametrize(
    ("start", "end", "expected", "message"),
    [
        (0, 6, "Ann Lee", "text[0:6] reads 'Ann Le', the table says 'Ann Lee'"),
        (4, 4, "", "[4:4] is not a span"),
        (-1, 3, "Ann", "[-1:3] is not a span"),
        (30, 99, "reopen.", "[30:99] is not a span of a 37-character text"),
    ],
)
def test_assert_span_names_the_span_and_both_texts(start, end, expected, message):
    with pytest.raises(AssertionError, match=message.replace("[", r"\[")):
        assert_span(TEXT, start, end, expected)


def test_assert_offsets_checks_every_row_and_the_column_asked_for():
    frame = pd.DataFrame({"start": [0, 8], "end": [7, 12], "surface": ["Ann Lee", "said"]})
    assert_offsets(frame, TEXT, "surface")
    frame.loc[1, "end"] = 13
    with pytest.raises(AssertionError, match="text\\[8:13\\] reads 'said ', the table says 'said'"):
        assert_offsets(frame, TEXT, "surface")


def test_assert_quote_offsets_skips_missing_speakers_only_when_both_ends_are_missing():
    quotes = pd.DataFrame(
        {
            "start": [13, 13],
            "end": [36, 36],
            "text": ["the bridge would reopen", "the bridge would reopen"],
            "speaker_start": [0, -1],
            "speaker_end": [7, -1],
            "speaker_mention": ["Ann Lee", ""],
        }
    )
    assert_quote_offsets(quotes, TEXT)
    quotes.loc[1, "speaker_end"] = 7
    with pytest.raises(AssertionError, match="row 1: speaker_start is -1 but speaker_end is 7"):
        assert_quote_offsets(quotes, TEXT)
    quotes.loc[0, "speaker_mention"] = "Ann"
    with pytest.raises(AssertionError, match="reads 'Ann Lee', the table says 'Ann'"):
        assert_quote_offsets(quotes, TEXT)
