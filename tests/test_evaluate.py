"""The measurement package on its own: the shared pieces (prf, span matching, name and text
folding), the dev-set scorer on an invented set, the ratings tables, and the sentence that
states dev-set scores."""

import importlib.util
import json
from types import SimpleNamespace

import pandas as pd
import pytest

import newslens as nl
from newslens import paths
from newslens.evaluate import common, devsets, gold, ratings
from newslens.report.measurement import devsets_summary

# --- prf: (predicted, gold, hits) -> (precision, recall, F1) -------------------------------------
PRF = [
    ((4, 5, 2), (0.5, 0.4, 4 / 9)),
    ((2, 2, 2), (1.0, 1.0, 1.0)),
    ((10, 4, 4), (0.4, 1.0, 4 / 7)),
    ((0, 5, 0), (0.0, 0.0, 0.0)),  # nothing predicted: precision undefined -> 0
    ((3, 0, 0), (0.0, 0.0, 0.0)),  # no gold: recall undefined -> 0
    ((3, 4, 0), (0.0, 0.0, 0.0)),
]


@pytest.mark.parametrize(("counts", "expected"), PRF)
def test_prf(counts, expected):
    assert common.prf(*counts) == pytest.approx(expected)


# --- same_name: (our speaker, gold speaker) -> same source? --------------------------------------
SAME_NAME = [
    ("Ahmad Massoud", "Massoud", True),  # the words of one inside the other
    ("(anonymous) some experts", "experts", True),  # our marker and the determiner dropped
    ("(unresolved) he", "Ann Lee", False),
    ("VWSB", "Velmora Water Safety Board", True),  # an acronym, either way round
    ("Velmora Water Safety Board", "VWSB", True),
    ("Gen. Mara Okafor", "Okafor", True),  # titles dropped
    ("Sen. Tomas Reyes", "Reyes, a senator from Marlow", False),  # the gold's description adds words
    ("“Ann  Lee,”", "ann lee", True),  # equal after folding
    ("Russian officials", "Russia", True),  # a demonym read as its country
    ("The ministry", "Ministry of Transport", True),
    ("Karim Haddad", "Salma Haddad", False),
    ("", "Ann Lee", False),
    ("Ann Lee", "", False),
]


@pytest.mark.parametrize(("pred", "gold_name", "same"), SAME_NAME)
def test_same_name(pred, gold_name, same):
    assert common.same_name(pred, gold_name) is same


FOLD = [
    (" “Ann  Lee,” ", "ann lee"),
    ("O’Neill said.", "oneill said"),
    ("Ｍａｒａ\u00a0Okafor", "mara okafor"),  # NFKC: full-width letters, no-break space
    ("", ""),
]


@pytest.mark.parametrize(("name", "expected"), FOLD)
def test_fold(name, expected):
    assert common.fold(name) == expected


FOLDED = [
    ("He said “Yes” — twice", 'he said "yes" - twice'),
    ("Pre\u00adwar  talks\n\nresumed", "prewar talks resumed"),
    ("It’s 10–12\u00a0km", "it's 10-12 km"),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_folded_keeps_offsets_into_the_text(text, expected):
    out, idx = common.folded(text)
    assert out == expected
    assert len(idx) == len(out) and idx == sorted(set(idx))
    # every folded character comes from the character its offset names
    assert all(common.folded(text[i])[0] in (ch, " ") for ch, i in zip(out, idx))


# --- match_spans: (predicted spans, gold spans) -> (pred index, gold index) pairs ---------------
MATCH = [
    ([(2, 9), (0, 4), (21, 40)], [(0, 10), (20, 30)], [(0, 0), (2, 1)]),  # largest overlap first
    ([(0, 3)], [(0, 10)], []),  # 30% of the gold span is not more than MIN_OVERLAP
    ([(0, 4)], [(0, 10)], [(0, 0)]),
    ([(0, 30)], [(0, 10), (12, 20)], [(0, 0)]),  # one prediction finds one gold span only
    ([(5, 8)], [(0, 4)], []),
]


@pytest.mark.parametrize(("pred", "gold_spans", "pairs"), MATCH)
def test_match_spans(pred, gold_spans, pairs):
    frame = lambda spans: pd.DataFrame(spans, columns=["start", "end"])  # noqa: E731
    assert common.match_spans(frame(pred), frame(gold_spans)) == pairs


SAME_VALUE = [
    (gold.same_number, 5, "5.0", True),
    (gold.same_number, None, "", True),  # both missing
    (gold.same_number, 1_000_000, 1_000_001, False),
    (gold.same_number, 3, None, False),
    (gold.same_text, " Taliban ", "taliban", True),
    (gold.same_text, None, "", True),
    (gold.same_text, "approximate", "exact", False),
]


@pytest.mark.parametrize(("same", "a", "b", "expected"), SAME_VALUE)
def test_same_number_and_text(same, a, b, expected):
    assert same(a, b) == expected


# --- dev-set scores on an invented PolNeAR-style file ---------------------------------------------
POLNEAR_TEXT = (
    "Harbour talks stall\n\n"
    "Mayor Ann Lee spoke on Monday. “We will not sign this deal,” she said.\n\n"
    "The port authority disagreed. “The terms are fair,” Tomas Reyes said."
)


def _item(kind, quote, speaker, mention_at=None):
    start = POLNEAR_TEXT.index(quote)
    at = POLNEAR_TEXT.index(mention_at or speaker)
    return {"kind": kind, "start": start, "end": start + len(quote), "speaker": speaker,
            "speaker_start": at, "speaker_end": at + len(speaker)}  # fmt: skip


def test_dev_scores_on_an_invented_polnear_file(tmp_path):
    quotes = [
        _item("indirect", "Mayor Ann Lee spoke on Monday", "Ann Lee"),
        _item("direct", "We will not sign this deal,", "she", "she said"),
        _item("direct", "The terms are fair,", "Tomas Reyes"),
    ]
    doc = {"id": "invented-1", "text": POLNEAR_TEXT, "quotes": quotes}
    (tmp_path / devsets.POLNEAR_FILE).write_text(json.dumps(doc) + "\n", encoding="utf-8")
    scores = devsets.dev_scores(tmp_path).set_index("measure")
    assert set(scores.set) == {"polnear"}
    assert scores.loc["quote recall", ["value", "n"]].tolist() == [1.0, 2]
    assert scores.loc["quote precision", ["value", "n"]].tolist() == [1.0, 2]
    assert scores.loc["speaker accuracy", ["value", "n"]].tolist() == [1.0, 1]  # Tomas Reyes
    # "she" is judged by the nearest earlier named source in the annotation: Ann Lee
    assert scores.loc["pronoun-source accuracy", ["value", "n"]].tolist() == [1.0, 1]


# error_class: (our speaker, our mention, mention start, quote sentence, mention sentence, gold) -> class
ERROR_CLASSES = [
    ("", "", -1, 3, -1, "Ann Lee", "empty"),
    ("Ann Lee", "she", 40, 3, 3, "Ann Lee", "pronoun"),
    ("Ann Lee", "Lee", 10, 3, 2, "Mara Okafor", "continuation"),  # speaker taken from another sentence
    ("Ann Lee", "Lee", -1, 3, -1, "Mara Okafor", "continuation"),
    ("(anonymous) an official", "an official", 40, 3, 3, "Mara Okafor", "descriptor"),
    ("Port Authority", "the port authority", 40, 3, 3, "Tomas Reyes", "descriptor"),
    ("Ann Lee", "Ann Lee", 40, 3, 3, "a spokesperson", "descriptor"),  # the gold names a description
    ("Ann Lee", "Ann Lee", 40, 3, 3, "Mara Okafor", "speaker phrase"),
]


@pytest.mark.parametrize(
    ("speaker", "mention", "at", "sentence", "mention_sentence", "gold_name", "cls"), ERROR_CLASSES
)
def test_error_class(speaker, mention, at, sentence, mention_sentence, gold_name, cls):
    row = SimpleNamespace(speaker=speaker, speaker_mention=mention, speaker_start=at, sentence_id=sentence,
                          speaker_sentence=mention_sentence)  # fmt: skip
    assert devsets.error_class(row, gold_name) == cls


def test_measurement_without_dev_data_is_empty_and_the_script_exits_cleanly(tmp_path, capsys):
    assert devsets.dev_scores(tmp_path).empty
    spec = importlib.util.spec_from_file_location(
        "score_quotes", paths.ROOT / "benchmarks" / "score_quotes.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main([str(tmp_path)]) == 0
    assert "No development data" in capsys.readouterr().out


def test_missing_polnear_file_is_named():
    with pytest.raises(nl.NewslensError, match="no-such.jsonl: no such PolNeAR file"):
        devsets.load_polnear(paths.ROOT / "no-such.jsonl")


def test_devsets_summary_states_each_set_and_its_largest_error_class():
    scores = pd.DataFrame(
        [
            ("pages", "quote F1", 0.8, 400),
            ("pages", "speaker accuracy", 0.9, 300),
            ("pages", "reported-speech F1", 0.75, 200),
            ("pages", "errors: missed quote", 0.25, 10),
            ("pages", "errors: pronoun", 0.75, 30),
            ("polnear", "quote F1", 0.85, 600),
            ("polnear", "speaker accuracy", 0.8, 350),
            ("polnear", "pronoun-source accuracy", 0.7, 120),
        ],
        columns=["set", "measure", "value", "n"],
    )
    assert devsets_summary(scores).split("\n") == [
        "- **Saved news pages** (400 gold quotes): quote F1 **0.80**; the right speaker for **90%** of the "
        "300 quotes found; reported speech F1 0.75 (200 gold items).",
        "- **PolNeAR** (600 quotes in quotation marks): F1 **0.85**; speaker right for **80%** of 350 named "
        "sources and about 70% of 120 pronoun sources.",
        "- Largest error class on pages: pronoun (30 of 40 misses and wrong speakers).",
    ]
    assert devsets_summary(scores.iloc[:0]) == ""


# --- human ratings ------------------------------------------------------------------------------
RATED = [  # documents d1 and d2 fall in the tune half, d4 and d5 in the test half (CRC-32 parity)
    ("d1_1", 2.5, "The rescue was a wonderful success."),
    ("d1_2", -3.0, "The flood destroyed every home in the valley."),
    ("d2_1", 0.1, "The council meets on Tuesday."),
    ("d2_2", 1.8, "Residents praised the new bridge."),
    ("d4_1", -2.2, "Officials called the attack horrific."),
    ("d4_2", 0.0, "The report has forty pages."),
    ("d5_1", 2.0, "Volunteers were thrilled by the generous gift."),
    ("d5_2", -1.5, "Farmers fear a terrible harvest."),
]


def _write_ratings(path, rows=RATED):
    path.write_text("".join(f"{i}\t{r}\t{t}\n" for i, r, t in rows), encoding="utf-8")
    return path


def test_load_ratings_keeps_a_document_in_one_half(tmp_path):
    frame = ratings.load_ratings(_write_ratings(tmp_path / "rated.tsv"))
    assert frame.columns.tolist() == ["id", "doc", "rating", "text", "split"]
    assert frame.doc.tolist() == ["d1", "d1", "d2", "d2", "d4", "d4", "d5", "d5"]
    assert frame.split.tolist() == ["tune"] * 4 + ["test"] * 4


def test_load_rating_sets_groups_by_document_where_ids_name_one(tmp_path):
    for domain, name in ratings.RATING_FILES.items():
        _write_ratings(tmp_path / name, [(f"{domain}{i}", r, t) for i, r, t in RATED])
    frame = ratings.load_rating_sets(tmp_path, ("nyt", "tweets"))
    assert frame.columns.tolist() == ["domain", "id", "group", "fold", "rating", "text"]
    nyt, tweets = frame[frame.domain == "nyt"], frame[frame.domain == "tweets"]
    assert nyt.group.tolist() == ["nytd1", "nytd1", "nytd2", "nytd2", "nytd4", "nytd4", "nytd5", "nytd5"]
    assert tweets.group.tolist() == tweets.id.tolist()  # tweets come without documents
    assert nyt.groupby("group").fold.nunique().eq(1).all()
    assert frame.fold.between(0, ratings.FOLDS - 1).all()


def test_a_malformed_ratings_line_is_named(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("a_1\t1.0\tFine.\na_2\t2.0\n", encoding="utf-8")
    with pytest.raises(nl.NewslensError, match="bad.tsv: line 2 has 2 fields, expected 3"):
        ratings.load_ratings(path)


HUMAN_LABELS = [(2.5, "positive"), (0.6, "positive"), (0.5, "neutral"), (-0.5, "neutral"), (-0.6, "negative")]


@pytest.mark.parametrize(("rating", "expected"), HUMAN_LABELS)
def test_human_label(rating, expected):
    assert ratings.human_label(rating) == expected
