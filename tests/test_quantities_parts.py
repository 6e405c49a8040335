"""The modules of newslens.quantities one by one: number parsing, units, filters, context, the
force view, and the shared word tables (each table of cases written for this project)."""

import math

import pandas as pd
import pytest

from newslens import words
from newslens.quantities import PAST, PRESENT, YEAR, filters, forces, numbers, units
from newslens.quantities.actors import named_subject, sides_in
from newslens.quantities.context import scope_of
from newslens.report import forces as force_report


@pytest.mark.parametrize(
    ("written", "value", "low", "high", "currency"),
    [
        ("£45million", 45e6, 45e6, 45e6, "GBP"),
        ("$6.5b", 6.5e9, 6.5e9, 6.5e9, "USD"),
        ("40k", 4e4, 4e4, 4e4, ""),
        ("3.1m", 3.1e6, 3.1e6, 3.1e6, ""),
        ("HK$12.9bn", 12.9e9, 12.9e9, 12.9e9, "HKD"),
        ("-2.4", -2.4, -2.4, -2.4, ""),
        ("minus-40", -40, -40, -40, ""),
        (".300", 0.3, 0.3, 0.3, ""),
        ("a million", 1e6, 1e6, 1e6, ""),
        ("twenty-five", 25, 25, 25, ""),
        ("two hundred and six", 206, 206, 206, ""),
        ("3 hundred thousand", 3e5, 3e5, 3e5, ""),
        ("two-thirds", 2 / 3, 2 / 3, 2 / 3, ""),
        ("a few thousand", None, 2e3, 5e3, ""),
        ("hundreds of millions", None, 2e8, 999e6, ""),
        ("tens of thousands", None, 2e4, 99_999, ""),
        ("several dozen", None, 36, 108, ""),
        ("Rs 12 lakh", 1.2e6, 1.2e6, 1.2e6, "INR"),
    ],
)
def test_number_parsing(written, value, low, high, currency):
    m = numbers.NUMBER_RE.fullmatch(written)
    assert m, written
    n = numbers.parse(m)
    close = lambda a, b: math.isclose(a, b, rel_tol=1e-9)  # noqa: E731
    assert (n.value is None) == (value is None)
    assert value is None or close(n.value, value)
    assert close(n.low, low) and close(n.high, high) and n.currency == currency


@pytest.mark.parametrize("text", ["A320", "G7", "H5N1", "9/11", "10:30", "1st", "21st", "5G"])
def test_not_numbers_at_all(text):
    assert [m.group(0) for m in numbers.NUMBER_RE.finditer(text)] == []


@pytest.mark.parametrize(
    ("after", "value", "unit", "category", "normalised"),
    [
        (" workers went home", 12500, "workers", "count", "worker"),
        (" Western journalists", 3, "journalists", "count", "journalist"),
        (" mph on the road", 65, "mph", "measure", "mile per hour"),
        ("GB of storage", 128, "GB", "measure", "gigabyte"),
        (" basis points", 25, "basis points", "measure", "basis points"),
        (" percent of the country", 10, "percent", "territory", "percent"),
        (" Hong Kong dollars", 5, "HKD", "money", "HKD"),
        (" cents a gallon", 45, "USD", "money", "USD"),
        ("-year deal", 4, "years", "duration", "year"),
        (" decades of war", 7, "years", "duration", "year"),
        (" soldiers", 7000, "troops", "personnel", "troops"),
        (" pieces of artillery", 85, "artillery pieces", "equipment", "artillery pieces"),
        (" of the 14 nurses", 6, "nurses", "count", "nurse"),
        (" toilet for", 1, "toilet", "count", "toilet"),
    ],
)
def test_unit_after(after, value, unit, category, normalised):
    u = units.unit_after(after, 0, len(after), value)
    assert (u.unit, u.category, u.normalised) == (unit, category, normalised)


@pytest.mark.parametrize(("after", "value"), [(" of them", 3), (" in the morning", 5)])
def test_no_unit_after_a_function_word(after, value):
    assert units.unit_after(after, 0, len(after), value) is None


@pytest.mark.parametrize(
    ("sentence", "number", "reason"),
    [
        ("They flew the F-16 north.", "16", "code"),
        ("The Boeing 737 landed.", "737", "code"),
        ("Phase 2 begins now.", "2", "label"),
        ("It starts at 4 p.m. today.", "4", "time"),
        ("It began on Jan. 5 this year.", "5", "date"),
        ("It began in 2001 in the north.", "2001", "year"),
        ("The office is at 10 Downing Street.", "10", "address"),
        ("Call 555-0142 for details.", "555", "phone"),
        ("She dialled 911 at once.", "911", "phone"),
        ("The victim, aged 63, died.", "63", "age"),
    ],
)
def test_not_a_quantity_reasons(sentence, number, reason):
    s = sentence.index(number)
    e = s + len(number)
    u = units.unit_after(sentence, e, len(sentence), float(number))
    got = filters.not_a_quantity(sentence, s, e, number, 0, 0, u is not None, u.category if u else "")
    assert got == reason


def test_a_year_number_with_a_count_after_it_is_a_quantity():
    text = "About 2000 troops crossed."
    s = text.index("2000")
    assert filters.not_a_quantity(text, s, s + 4, "2000", 0, 0, True, "personnel") == ""


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Beijing", "China"),
        ("U.S.", "United States"),
        ("Chinese", "China"),
        ("Kyiv", "Ukraine"),
        ("Mars", ""),
    ],
)
def test_country_of(name, country):
    assert words.country_of(name) == country


def test_scope_is_the_named_part_of_a_side():
    text = "Rebel strength in the Northern River Brigade is about 400 fighters."
    assert scope_of(text, 0, text.index("about")) == "Northern River Brigade"
    assert scope_of("Rebel forces number 400 fighters.", 0, 20) == ""


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (3.3e9, "3.3 billion"),
        (10000.0, "10,000"),
        (2.5, "2.5"),
        (math.nan, ""),
        (2e12, "2 trillion"),
        (4318.6, "4,319"),
    ],
)
def test_format_number(value, text):
    assert forces.format_number(value) == text


def _rows(**cols):
    base = dict(
        surface=["x"], value=[math.nan], low=[2e9], high=[999e9], bound=["vague"], actor=["A"], year=["2020"]
    )
    base.update(cols)
    return pd.DataFrame(base)


def test_wide_vague_ranges_are_drawn_from_their_low_end():
    drawn = forces.for_chart(_rows())
    assert drawn.bound.tolist() == ["lower"] and math.isnan(drawn.high.iloc[0])
    assert drawn.bound_in_text.tolist() == ["vague"]
    few = forces.for_chart(_rows(low=[2.0], high=[5.0]))
    assert few.bound.tolist() == ["vague"]


@pytest.mark.parametrize(
    "bound, low, high, opens",
    [
        ("vague", 2e9, 999e9, True),  # "billions": drawn from 2 billion up, open
        ("vague", 2e3, 999_999, True),  # "thousands"
        ("vague", 24, 99, False),  # "dozens" keeps its hatched range
        ("vague", 2, 5, False),  # "a few"
        ("range", 2, 500, False),  # a range the text gives is never opened
        ("lower", 2000, math.nan, False),
    ],
)
def test_which_vague_amounts_are_drawn_open(bound, low, high, opens):
    row = _rows(bound=[bound], low=[low], high=[high]).iloc[0]
    assert forces.opens_up(row) is opens
    assert (forces.for_chart(_rows(bound=[bound], low=[low], high=[high])).bound.iloc[0] == "lower") is (
        opens or bound == "lower"
    )


def test_one_value_is_a_sentence_not_a_chart():
    assert force_report.one_line(_rows(surface=["$4 billion"]), "money figure") == (
        "One money figure only, so no chart: “$4 billion” (A, 2020)."
    )
    assert (
        force_report.one_line(_rows().iloc[0:0], "money figure")
        == "No money figures in this article: nothing to chart."
    )


def test_basis_names_each_sides_scope():
    rows = pd.DataFrame({"actor": ["A", "B", "B"], "scope": ["", "North Corps", "North Corps"]})
    assert force_report.basis(rows) == "A: its forces as a whole (no part named); B: the North Corps only"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kenya's army crossed the border.", ["Kenya"]),  # an organ after a country is the country
        ("The U.S. government sent aid.", ["United States"]),
        ("The Afghan army retreated.", ["Afghan government"]),  # a name inside a longer one once
        ("Fighting spread in Kabul and Herat.", []),  # places after a place preposition are where
        ("Troops moved into Syria and Iraq.", []),
        ("Chad and Niger sent troops.", ["Chad", "Niger"]),
        ("Rebels and government forces clashed.", ["rebels", "government"]),
        ("The system of government changed.", []),  # "government" as a word is no side
        ("Officials in Moscow said Beijing agreed.", ["China"]),  # capitals stand for countries
    ],
)
def test_sides_named_in_text(text, sides):
    assert [a for _, _, a in sides_in(text, 0, len(text), {})] == sides


def test_names_of_the_former_single_module_still_import_and_work():
    assert YEAR.search("the corps had 130 tanks in 2001").group(2) == "2001"
    assert PRESENT.search("the group has 40 trucks") and PAST.search("the group had 40 trucks")


@pytest.mark.parametrize(
    "clause, subject",
    [
        ("Hamas fired 150 rockets", "Hamas"),
        ("The Velmora Liberation Front has 2,000 fighters", "Velmora Liberation Front"),
        ("They have 40 tanks", ""),
        ("I have 40 tanks", ""),
        ("Officials have 300 troops", ""),
        ("the militia has 300 troops", ""),
    ],
)
def test_named_subject_is_a_name_never_a_pronoun(clause, subject):
    assert named_subject(clause, 0, len(clause) - 1) == subject


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (frozenset(["few", "a few", "dozens"]), "a\\ few|dozens|few"),
        (frozenset(["bn", "b", "mn", "m", "k"]), "bn|mn|b|k|m"),  # the same string whatever the set order
        (["U.S.", "US"], "U\\.S\\.|US"),
    ],
)
def test_alternations_are_longest_first_then_alphabetical(words, pattern):
    assert numbers.alt(words) == pattern
