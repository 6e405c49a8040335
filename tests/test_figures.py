"""The chart layout: no text overlaps another or leaves the figure, for 1, 2 and 30 bars and long
titles; "$" prints as a dollar sign; colours are keyed; too_few says when there is nothing to chart."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

import newslens as nl  # noqa: E402
from newslens import charts, figures, quantity_charts, style  # noqa: E402
from newslens.report.common import too_few  # noqa: E402

ARTICLE = nl.Article.from_text(
    "Valley Council Splits Over Bridge Budget\n\nBy Jo Bloggs\n\n"
    "The council voted on Tuesday. “We need the bridge,” said Mayor Ann Lee.\n"
)
LONG_TITLE = (
    "A finding that runs on for a long time so that it has to wrap onto a second and even a third "
    "line of the chart header before it ever gets to the point, which is that the bands hold"
)


@pytest.fixture(autouse=True)
def house_style():
    style.use_style()
    yield
    plt.close("all")


def drawn_texts(fig) -> list[Text]:
    """Every text the renderer draws: figure texts, legends, titles, axis labels, tick labels
    inside the view, annotations."""
    fig.canvas.draw()
    texts = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip():
            continue
        texts.append(t)
    ticks = set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            ticks |= {tick.label1 for tick in axis._update_ticks() if tick.label1.get_visible()}
    all_ticks = {
        tick.label1 for ax in fig.axes for axis in (ax.xaxis, ax.yaxis) for tick in axis.get_major_ticks()
    }
    return [t for t in texts if t not in all_ticks or t in ticks]


def overlaps(fig) -> list[tuple[str, str]]:
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in drawn_texts(fig)]
    return [(a, b) for (a, ba), (b, bb) in itertools.combinations(boxes, 2) if ba.overlaps(bb)]


def outside(fig) -> list[str]:
    renderer = fig.canvas.get_renderer()
    w, h = fig.canvas.get_width_height()
    out = []
    for t in drawn_texts(fig):
        b = t.get_window_extent(renderer)
        if b.x0 < -0.5 or b.y0 < -0.5 or b.x1 > w + 0.5 or b.y1 > h + 0.5:
            out.append(t.get_text())
    return out


def sources(n: int) -> pd.DataFrame:
    kinds = ["person", "organisation", "document", "anonymous"]
    return pd.DataFrame(
        {
            "speaker": [f"Speaker Number {i} of the Valley Water Authority" for i in range(n)],
            "source_type": [kinds[i % len(kinds)] for i in range(n)],
            "silent": False,
            "quoted_words": [5 * i + 3 for i in range(n)],
            "direct": [i % 3 + 1 for i in range(n)],
            "partial": [i % 2 for i in range(n)],
            "indirect": [i % 4 for i in range(n)],
            "first_paragraph": list(range(n)),
        }
    )


def money(n: int) -> pd.DataFrame:
    values = [3.3e9 * (i + 1) for i in range(n)]
    return pd.DataFrame(
        {
            "value": values,
            "low": values,
            "high": values,
            "unit": "USD",
            "actor": ["Valley Council" if i % 2 else "Bridge Trust" for i in range(n)],
            "bound": ["approximate" if i % 2 else "exact" for i in range(n)],
            "qualifier": "",
            "refers_to": -1,
            "sentence_id": list(range(n)),
            "quote_id": -1,
        }
    )


CHARTS = {
    "share_of_voice": lambda n, title: charts.plot_share_of_voice(sources(n), ARTICLE, title),
    "quote_kinds": lambda n, title: charts.plot_quote_kinds(sources(n), ARTICLE, title),
    "timeline": lambda n, title: charts.plot_timeline(
        pd.DataFrame(
            {
                "speaker": sources(n).speaker,
                "kind": ["direct", "partial", "indirect"] * (n // 3) + ["direct"] * (n % 3),
                "paragraph_id": range(n),
            }
        ),
        sources(n),
        pd.Series(range(1, n + 1)),
        ARTICLE,
        title,
    ),
    "money": lambda n, title: quantity_charts.plot_quantity_bars(
        money(n),
        [f"${3.3 * (i + 1):.1f} billion for the bridge" for i in range(n)],
        title,
        "Sums of money (log scale)",
        "Source: the council's $ budget",
        log=True,
        xlabel="U.S. dollars",
    ),  # fmt: skip
    "balance": lambda n, title: quantity_charts.plot_balance(
        money(n).assign(unit=["troops", "tanks"] * (n // 2) + ["troops"] * (n % 2)),
        ["troops", "tanks"] if n > 1 else ["troops"],
        title,
        "Force figures by kind",
        "Source: the article",
    ),
    "paragraph_words": lambda n, title: charts.plot_paragraph_words(
        pd.DataFrame({"position": range(1, n + 1), "words": [40 + i for i in range(n)], "quoted_share": 0.3}),
        ARTICLE,
        title,
    ),
}


@pytest.mark.parametrize("n", [1, 2, pytest.param(30, marks=pytest.mark.slow)])  # 30 bars: ~0.5-1 s each
@pytest.mark.parametrize("title", ["Short title", LONG_TITLE], ids=["short", "long"])
@pytest.mark.parametrize("chart", sorted(CHARTS))
def test_no_text_overlaps_or_leaves_the_figure(chart, n, title):
    fig = CHARTS[chart](n, title)
    assert overlaps(fig) == []
    assert outside(fig) == []


def test_dollar_signs_print_as_dollars():
    title = "Spending rose from $2.3 billion to $4.1 billion"
    fig = quantity_charts.plot_quantity_bars(money(2), ["a", "b"], title, "", "", log=True)
    fig.canvas.draw()
    texts = [t for t in fig.texts if t.get_text().startswith("Spending")]
    assert len(texts) == 1
    text = texts[0]
    assert text.get_text() == title
    _, math = text._preprocess_math(text.get_text())
    assert math is False  # drawn as plain text, dollar signs included
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "$3.3 billion" in labels and "~$6.6 billion" in labels


def test_escape_when_math_parsing_is_on():
    with matplotlib.rc_context({"text.parse_math": True}):
        assert style.escape("from $2 to $3") == r"from \$2 to \$3"
        t = Text(text=style.escape("from $2 to $3"))
        assert t._preprocess_math(t.get_text()) == ("from $2 to $3", False)


def test_legend_keys_every_colour_drawn_and_nothing_else():
    data = sources(3).assign(source_type=["person", "person", "document"], partial=0)
    fig = charts.plot_quote_kinds(data, ARTICLE, "Kinds")
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert labels == ["direct", "reported (indirect)"]  # no partial quotes: not in the legend
    fig = charts.plot_share_of_voice(data, ARTICLE, "Voices")
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["document", "person"]
    # a paraphrased document has no bar of quoted words, so its colour is not drawn or keyed
    fig = charts.plot_share_of_voice(data.assign(quoted_words=[4, 7, 0]), ARTICLE, "Voices")
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["person"]


def test_palette_gives_each_colour_one_meaning():
    colours = [c for k, c in style.PALETTE.items() if k != "quote"]  # "quote" is "direct"'s colour
    assert len(colours) == len(set(colours))
    assert not set(style.ACTOR_COLOURS) & set(style.PALETTE.values())
    assert style.NO_ACTOR_COLOUR not in style.ACTOR_COLOURS


def test_actor_colours_are_stable_and_generic():
    first = style.actor_colour("Riverside Militia")
    assert style.actor_colour("Riverside Militia") == first
    assert style.actor_colour("") == style.NO_ACTOR_COLOUR


@pytest.mark.parametrize(
    "values, noun, expected",
    [
        ([], "money figure", "No money figures were found: nothing to chart."),
        ([1.0], "money figure", "Only 1 money figure was found: nothing to compare, so no chart."),
        ([1.0, 2.0], "money figure", None),
    ],
)
def test_too_few(values, noun, expected):
    assert too_few(values, noun) == expected


def test_vague_wide_range_is_drawn_open_not_stretched():
    rows = money(2)
    rows.loc[0, ["value", "low", "high", "bound", "qualifier"]] = [
        float("nan"),
        2e9,
        999e9,
        "vague",
        "billions",
    ]
    fig = quantity_charts.plot_quantity_bars(rows, ["a", "b"], "t", "", "", log=True)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts if t.get_text()]
    assert labels[0] == "billions ($2 billion or more)"
    assert ax.get_xlim()[1] < 999e9  # the conventional top of "billions" does not set the axis


def test_no_side_key_when_the_text_names_no_side():
    rows = money(2).assign(actor="")
    fig = quantity_charts.plot_quantity_bars(rows, ["a", "b"], "t", "", "")
    assert fig.legends == []
    rows.loc[0, "actor"] = "Bridge Trust"
    fig = quantity_charts.plot_quantity_bars(rows, ["a", "b"], "t", "", "")
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Bridge Trust", "side not given"]


def test_measured_table_reuses_its_result_until_the_data_or_code_changes(tmp_path, monkeypatch):
    from newslens import paths

    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    monkeypatch.setattr(paths, "REPORTS", tmp_path / "reports")
    monkeypatch.setattr(paths, "is_seed", lambda path=None: True)
    needs = tmp_path / "ratings.tsv"
    needs.write_text("one rating\n", encoding="utf-8")
    calls = []

    def compute():
        calls.append(1)
        return pd.DataFrame({"metric": ["r"], "value": [0.467]})

    first = figures.measured_table("validation", compute, needs)
    again = figures.measured_table("validation", compute, needs)
    assert len(calls) == 1 and first.equals(again)
    needs.write_text("two ratings\n", encoding="utf-8")
    figures.measured_table("validation", compute, needs)
    assert len(calls) == 2
    needs.unlink()  # a machine without the data reads the saved table
    assert figures.measured_table("validation", compute, needs).equals(first) and len(calls) == 2


def test_measured_table_on_a_folder_of_data_recomputes_when_any_file_in_it_changes(tmp_path, monkeypatch):
    from newslens import paths

    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    monkeypatch.setattr(paths, "REPORTS", tmp_path / "reports")
    monkeypatch.setattr(paths, "is_seed", lambda path=None: True)
    needs = tmp_path / "dev-data"
    (needs / "pages").mkdir(parents=True)
    (needs / "pages" / "gold.json").write_text("{}", encoding="utf-8")
    calls = []

    def compute():
        calls.append(1)
        return pd.DataFrame({"metric": ["speaker accuracy"], "value": [0.9]})

    figures.measured_table("devsets", compute, needs)
    figures.measured_table("devsets", compute, needs)
    assert len(calls) == 1
    (needs / "pages" / "gold.json").write_text('{"quotes": []}', encoding="utf-8")
    figures.measured_table("devsets", compute, needs)
    assert len(calls) == 2
