import pytest
from helpers import named, quotes_in, rows

from newslens import evaluate, paths
from newslens.quotes import COLUMNS, count_sources, find_quotes, find_silent_sources

D, P, R = "direct", "partial", "indirect"

# (what the case shows, body paragraphs, the columns compared, every quote found as those columns)
QUOTE_CASES = [
    (
        "curly double quotes, said X",
        ["“We will hold the valley,” said Ann Lee, a rebel commander."],
        ("kind", "text", "speaker", "cue", "role", "speaker_mention", "source_type"),
        [(D, "We will hold the valley,", "Ann Lee", "said", "a rebel commander", "Ann Lee", "person")],
    ),
    (
        "straight double quotes, said X",
        ['"We will hold the valley," said Ann Lee, a rebel commander.'],
        ("kind", "text", "speaker", "cue", "role", "speaker_mention", "source_type"),
        [(D, "We will hold the valley,", "Ann Lee", "said", "a rebel commander", "Ann Lee", "person")],
    ),
    (
        "single quotes as quote marks with apostrophes inside",
        ["'We don't want a war,' Ann Lee said. 'It's too late for that.'"],
        ("kind", "text", "speaker"),
        [(D, "We don't want a war,", "Ann Lee"), (D, "It's too late for that.", "Ann Lee")],
    ),
    (
        "curly single quotes with a possessive apostrophe inside",
        ["‘The rebels’ camp has fallen,’ said Ann Lee."],
        ("text", "speaker"),
        [("The rebels’ camp has fallen,", "Ann Lee")],
    ),
    (
        "two apostrophes as a double quote mark",
        ["''I don't count what others earn,'' Ann Lee said. ''But most wish they could.''"],
        ("kind", "text", "speaker"),
        [(D, "I don't count what others earn,", "Ann Lee"), (D, "But most wish they could.", "Ann Lee")],
    ),
    (
        "X said after the quote",
        ["“The valley will hold for a year,” Ann Lee said."],
        ("text", "speaker", "speaker_mention", "cue"),
        [("The valley will hold for a year,", "Ann Lee", "Ann Lee", "said")],
    ),
    (
        "told an outlet, and in an email",
        [
            "“We cannot win alone,” Ann Lee told Reuters.",
            "“Nobody is coming to help us,” Raj Patel, a former general, told Foreign Policy in an email.",
        ],
        ("speaker", "cue", "role"),
        [("Ann Lee", "told", ""), ("Raj Patel", "told", "a former general")],
    ),
    (
        "an appositive role stops at a relative clause",
        [
            "“There are many fighters,” said Bill Roggio, a senior fellow with the Foundation for Defense of "
            "Democracies who has been tracking the war."
        ],
        ("speaker", "role"),
        [("Bill Roggio", "a senior fellow with the Foundation for Defense of Democracies")],
    ),
    (
        "a descriptor before the name",
        ["“I cannot say that they have won,” the country’s ambassador to Chile, Zara Adams, told Reuters."],
        ("speaker", "speaker_mention"),
        [("Zara Adams", "Zara Adams")],
    ),
    (
        "a quote introduced by a colon",
        ["Ann Lee said: “The valley will never fall to them.”"],
        ("kind", "text", "speaker", "cue"),
        [(D, "The valley will never fall to them.", "Ann Lee", "said")],
    ),
    (
        "a split quote gives two spans by one speaker",
        ["“The rebels are tired,” said Ann Lee. “But they will not give up.”"],
        ("kind", "text", "speaker"),
        [(D, "The rebels are tired,", "Ann Lee"), (D, "But they will not give up.", "Ann Lee")],
    ),
    (
        "an unattributed paragraph continues the previous speaker",
        [
            "The siege began in May. “We had no food,” said Omar Haddad, a shopkeeper.",
            "“Then the water ran out too, and the children got sick.”",
        ],
        ("text", "speaker"),
        [
            ("We had no food,", "Omar Haddad"),
            ("Then the water ran out too, and the children got sick.", "Omar Haddad"),
        ],
    ),
    (
        "a multi-paragraph quote with a repeated opening mark",
        [
            "“The first winter was the worst we had seen in a generation,” said Omar Haddad, a shopkeeper. "
            "“Nobody had any fuel left by January,",
            "“and by March the roads were closed by the army for good.”",
        ],
        ("text", "speaker"),
        [
            ("The first winter was the worst we had seen in a generation,", "Omar Haddad"),
            ("Nobody had any fuel left by January,", "Omar Haddad"),
            ("and by March the roads were closed by the army for good.", "Omar Haddad"),
        ],
    ),
    (
        "a pronoun resolves to the last narrated person, not to names inside quotes",
        ["Ann Lee leads the rebels. “We do not trust Raj Patel or Omar Haddad,” she said."],
        ("speaker", "speaker_mention"),
        [("Ann Lee", "she")],
    ),
    (
        "a surname resolves to the full name first mentioned",
        [
            "Asfandyar Mir, an analyst, studies the region.",
            "“How do you pay for something like that?” Mir asked.",
        ],
        ("speaker", "speaker_mention", "cue"),
        [("Asfandyar Mir", "Mir", "asked")],
    ),
    (
        "a partial quote takes the subject of the cue",
        ["Vice President Ann Lee declared herself the “legitimate caretaker leader” on Monday."],
        ("kind", "text", "speaker", "role"),
        [(P, "legitimate caretaker leader", "Ann Lee", "Vice President")],
    ),
    (
        "titles and scare quotes are not quotes",
        [
            "A coalition known as the “Northern Front” met in the “safe zone” on Monday.",
            "The minister appeared on “Meet the Press” and said nothing new.",
        ],
        ("kind", "text", "speaker"),
        [],
    ),
    (
        "an unnamed person described by a noun phrase is an anonymous source",
        ["“It is over,” the man in the blue coat, who would not give his name, said."],
        ("kind", "text", "speaker", "speaker_mention", "source_type"),
        [(D, "It is over,", "(anonymous) the man", "the man in the blue coat", "anonymous")],
    ),
    (
        "reported speech forms",
        [
            "Ann Lee said the rebels had enough food for a month.",
            "The Daily Planet reported on Tuesday that the convoy had been turned back; nobody was hurt.",
            "The army has lost 40 tanks, according to a government report seen by the Planet.",
            "Some experts believe the talks will collapse before winter.",
            "The fighting is likely to spread, officials said.",
        ],
        ("kind", "text", "speaker", "source_type", "cue"),
        [
            (R, "the rebels had enough food for a month", "Ann Lee", "person", "said"),
            (R, "the convoy had been turned back", "The Daily Planet", "media", "reported"),
            (R, "The army has lost 40 tanks", "(anonymous) a government report", "document", "according to"),
            (R, "the talks will collapse before winter", "(anonymous) some experts", "anonymous", "believe"),
            (R, "The fighting is likely to spread", "(anonymous) officials", "anonymous", "said"),
        ],
    ),
    (
        "reported speech with appositives and inversions",
        [
            "The port’s union secretary, Ivo Marek, said he cannot discuss the contract.",
            "Dr. Ada Brunner, who ran the district hospital for a decade, said that the wards were full.",
            "The new bridge, Ms. Varga said, would carry lorries by the spring.",
            "The meeting went badly from the start, said one official.",
            "Harbour workers say the cranes are too old to repair.",
            "But Tomas Lind said the plan would fail.",
        ],
        ("text", "speaker"),
        [
            ("he cannot discuss the contract", "Ivo Marek"),
            ("the wards were full", "Ada Brunner"),
            ("The new bridge, Ms. Varga said, would carry lorries by the spring", "Varga"),
            ("The meeting went badly from the start", "(anonymous) one official"),
            ("the cranes are too old to repair", "(anonymous) Harbour workers"),
            ("the plan would fail", "Tomas Lind"),
        ],
    ),
]


@pytest.mark.parametrize(("paragraphs", "columns", "expected"), named(QUOTE_CASES))
def test_quotes_found(paragraphs, columns, expected):
    assert rows(quotes_in(*paragraphs), *columns) == expected


def test_organisation_officials_and_continuation(seed):
    q = find_quotes(seed)
    assert rows(q.iloc[:2], "speaker", "speaker_mention", "source_type") == [
        ("U.S. Defense Intelligence Agency", "U.S. Defense Intelligence Agency officials", "organisation"),
        ("U.S. Defense Intelligence Agency", "U.S. Defense Intelligence Agency officials", "organisation"),
    ]
    assert list(q.columns) == COLUMNS


def test_seed_against_gold(seed):
    gold = evaluate.load_gold(paths.ANNOTATIONS / "seed_quotes.csv", seed.text)
    comparison = evaluate.compare_quotes(find_quotes(seed), gold)
    scores = evaluate.quote_scores(comparison).set_index("subset")
    marks = scores.loc["direct + partial"]
    assert marks.f1 >= 0.95 and marks.speaker_accuracy >= 0.95
    assert (marks.gold, marks.found, marks.predicted) == (25, 25, 25)
    assert scores.loc["indirect", "found"] == 9 and scores.loc["indirect", "predicted"] == 9
    missed = comparison[comparison.status == "missed"]
    assert missed.gold_text.tolist() == ["the Biden administration to provide aid to Massoud"]
    # the scare-quoted "Northern Alliance" of the first paragraph is not counted
    assert "Northern Alliance" not in find_quotes(seed).text.tolist()


def test_seed_sources_and_silent(seed):
    q = find_quotes(seed)
    silent = find_silent_sources(seed)
    assert rows(silent, "speaker", "source_type", "cue") == [
        ("State Department", "organisation", "did not respond")
    ]
    s = count_sources(q, silent).set_index("speaker")
    assert s.loc["Asfandyar Mir", ["direct", "partial", "indirect", "first_paragraph"]].tolist() == [
        3,
        0,
        0,
        25,
    ]
    assert s.loc["Asfandyar Mir", "role"] == "a South Asia analyst affiliated with Stanford University"
    assert s.loc["Bill Roggio", ["direct", "indirect"]].tolist() == [3, 1]
    assert s.loc["Amrullah Saleh", ["partial", "quoted_words"]].tolist() == [1, 3]
    assert s.loc["State Department", "silent"]
    assert s.loc["Bill Roggio", "voice_group"] == "analysts and experts"
    assert s.loc["David Petraeus", "voice_group"] == "former officials"
    assert s.loc["(anonymous) some experts", ["source_type", "indirect"]].tolist() == ["anonymous", 2]


def test_empty_article_has_no_quotes():
    q = quotes_in("The valley was quiet on Tuesday. Nobody spoke.")
    assert q.empty and list(q.columns) == COLUMNS
    assert count_sources(q).empty


def test_quote_with_a_reporting_verb_but_no_nameable_speaker_is_kept_unattributed():
    q = quotes_in("“It is over,” a voice from the back of the hall said.")
    assert rows(q, "kind", "text", "speaker", "speaker_start", "cue") == [
        ("direct", "It is over,", "", -1, "said")
    ]
    assert count_sources(q).empty


def test_a_phrase_that_is_not_people_is_not_a_source():
    q = quotes_in("“Enough,” the unrest in the city and its aftermath said nothing to them.")
    assert "(anonymous) the unrest in the city and" not in q.speaker.tolist()
