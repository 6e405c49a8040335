"""Quantities: every number a reader would count in the body, with its unit, hedge, actor and year.

``find_quantities(article, quotes=None)`` returns one row per quantity; the force view
(``balance``, ``then_year``, ``*_rows``) selects the force, equipment, money, territory and
casualty rows for notebook 04's charts (its sentences are in ``newslens.report.forces``). Modules, one concern each: ``numbers`` (number
parsing), ``units`` (what a number counts), ``actors`` (the sides and actor rules 1-5),
``context`` (the carried actor, year, scope, quote), ``filters`` (not a quantity), ``reading``
(one number read as a quantity: hedge, range, ratio, change, its row), ``extract`` (the pass
and the table), ``forces`` (the force view). Word tables shared with other stages live in
``newslens.words``.

Columns:

===================  ==========================================================================
``quantity_id``      0, 1, ... in reading order
``surface``          the words as written, hedge and unit included; ``start``, ``end`` offsets
                     into ``article.text``
``value``            the figure, scale and currency factor applied ("$6.5b" 6.5e9, "45 cents"
                     0.45); empty for a range or a vague amount
``low``, ``high``    the interval it stands for (empty where open: "more than 2,000" has no high)
``unit``             what it counts or measures: within the force vocabulary normalised
                     (``units.UNITS``: "soldiers" -> troops, "pieces of artillery" -> artillery
                     pieces); currencies as ISO codes (USD, GBP, HKD ...); ``percent``,
                     ``percentage points``, ``fraction``, ``times``; a time unit in the plural
                     ("four-year" -> years; decades and centuries counted in years, so
                     "seven decades" is 70 years); a measure as written ("mph", "GB",
                     "miles"); otherwise the head noun as written, lower case ("lawmakers")
``category``         personnel, equipment, money, territory, casualties (the force view), or
                     duration, age (of a thing: people's ages are not returned), measure
                     (percent, points, fractions, multiples, units of measurement), count
                     (anything else counted)
``actor``            the side that owns, fields or lost it, by the actor rules below
                     (sides from ``context.ACTORS``, groups named in the text,
                     ``words.COUNTRIES``, ``CAPITALS``, ``DEMONYMS``); empty when none
``year``             stated in the sentence, carried from the frame the paragraph sets ("In
                     October 2001, ..."), or the article's own year for "now"; else empty
``qualifier``        the hedge as written (approximately, more than, a few, between, from ...)
``bound``            exact, approximate, lower, upper, range or vague
``sentence_id``      the sentence; ``quote_id`` the quote it sits in (-1 for narration)
``refers_to``        for "a roughly equal number of APCs": the quantity it takes its value from
``unit_surface``     the unit words exactly as written ("soldiers", "$", "mph", "Hong Kong dollars")
``unit_normalised``  one name per unit across spellings: ISO currency, ``mile per hour``,
                     ``kilometre``, ``year``, the singular of a counted noun ("lawmaker"),
                     the force unit
``per``              a rate's denominator ("$2,000 a month" -> month; "$55 per barrel" -> barrel)
``change_from``      for a change "rose from 30 to 32 percent": the value it changed from (the
                     row's ``value`` is where it ended); else empty
``scope``            the named part of the actor the figure counts, from its own clause
                     ("Taliban strength in the Kabul Central Corps is ..." -> Kabul Central
                     Corps); empty when the text names no part (the actor's figure as a whole)
===================  ==========================================================================

Rules and conventions:

- A hedge applies to the number it directly precedes only. In "approximately 130 tanks, 85
  armored personnel carriers ... and approximately 7,000 soldiers" the 85 is reported as written,
  exact.
- Vague amounts (``words.VAGUE``) become a ``low``-``high`` range under one convention: "Ns of" a
  power of ten (hundreds, thousands, billions ...) runs from twice that power to just under the
  next named power ("billions" is 2 billion to 999 billion); "a few" is 2-5, "several" 3-9,
  "multiple" 2-9, "dozens" 24-99, "scores" 40-99, "tens" 20-99; before a scale word they
  multiply it ("a few thousand" 2,000-5,000; "tens of thousands" 20,000-99,999; "hundreds of
  millions" 200-999 million; "several dozen" 36-108). Bare quantifiers ("a few", "several",
  "multiple") are kept only when they count a thing of the force vocabulary.
- Ranges: "30-40", "5 to 10", "between X and Y", "from 45 to 70", "two or three", and "one
  district, maybe two districts" are one range; a scale or currency on one end applies to both
  ("$20-30 billion" is 20 to 30 billion USD). After a change verb, "from X to Y" is a change.
- A number that counts nothing named is not returned; nor are the not-a-quantity classes of
  ``filters`` (codes, labels, times, dates, years, list numbers, addresses, phone numbers,
  scores, people's ages, pronoun "one").
- "a roughly equal number of X" takes its value from the quantity before it in the sentence.
- Bounds (``words.HEDGES``): "about, around, roughly, approximately, some, an estimated, close
  to" are ``approximate`` (``low`` = ``high`` = ``value``: the true number may be either side);
  "more than, over, at least, upwards of, no fewer than" are ``lower`` (``high`` empty);
  "fewer than, less than, under, up to, as many as, no more than" are ``upper`` (``low``
  empty). "nearly" and "almost" are ``upper`` too: "nearly 90 tanks" says the count is just
  short of 90, so 90 is its ceiling. Gold sets that call them "approx" (the dev pages' README)
  agree on the value, and ``benchmarks/score_quantities.py`` counts ``upper`` right there.

Actor rules, in order (``context.fill_context``); the first that names a side wins:

1. A side named inside the counted phrase: a demonym, country, bloc or side before the noun
   ("some 80,000 Chinese troops" are China's, "3 government helicopters" the government's,
   "30 of the army's tanks" the government's).
2. An owner named right after it: "5,000 troops from Chad", "tanks belonging to the
   government", "90 vehicles were lost/abandoned by Armenia", "districts held by the rebels";
   but after a verb of buying ("bought 24 jets from Russia") "from" names the seller.
3. In a quote whose clause says "we have/lost/will send ..." or "our ...": the speaker's side,
   named in the attribution ("said a rebel commander" -> rebels).
4. The owner or subject in the figure's own clause (after the last ";" or ":"): a possessive
   right before the figure wins ("against Azerbaijan's 7,000"); else the nearest side before
   it ("Ukraine said Russia had lost 2,000 tanks" is Russia's; "India has 3,500 tanks, while
   Pakistan has about 2,500"), skipping sides after "of, with, against, for, by, from" ("a war
   chest of U.S. equipment") and the receiver of a giving verb ("Tehran has given the militia
   500 rockets" is Iran's); sides joined by "and" are one actor ("France and Germany"); an
   unlisted proper name as subject of an owning verb counts ("Hezbollah has 150,000 rockets").
5. Verbs of harm (destroyed, shot down, killed, struck ...): their subject is never the owner
   of what it hit. "Ukrainian drones destroyed 30 tanks" names no owner, so the actor comes from
   rule 6 with that subject left out, and stays empty when nothing else is named. Capture is
   not harm: "the Taliban seized 5 districts" are the Taliban's (they hold them), while "captured
   30 of the army's tanks" or "25 tanks from the army" are the army's (rules 1-2: the owner the
   text names wins). So a lost, destroyed or captured thing counts for the side that owned it
   when the text names it, and a by-phrase's agent ("destroyed by rebel fighters") never owns.
6. Carried: when the figure's sentence names no side (a pronoun subject, an agentless passive),
   the last side named in the earlier sentences of the paragraph (outside appositives and
   relative clauses; a past-tense sentence is passed over for a figure framed "now"), then the
   previous paragraph. A side that only reports ("Israeli officials say it has ...") is passed
   over for the side named before, and is the actor only when no other is named ("Kyiv said it
   had lost 12 aircraft").

Names: capitals stand for their countries ("Moscow sent 2,000 troops" is Russia's) and a generic
organ right after a country is the country's ("Kenya's army", "the U.S. government"); dotted
abbreviations ("U.S.", "U.K.", "U.N.") are names, also before a counted noun ("200 U.S.
Marines"); a place after a place preposition ("into Kabul", "in the U.S. and Canada") is where,
not who; "the army", "the military", "the junta" and "government forces" are ``government``;
"rebels" and "insurgents" are their own sides.
"""

from ..words import HEDGES, NUMBER_WORDS, VAGUE
from .context import ACTORS, GENERIC_KEY, GENERIC_SIDES, NOW, PAST, PRESENT, YEAR
from .extract import COLUMNS, find_quantities
from .forces import (
    BALANCE_UNITS,
    VAGUE_DRAW_SPAN,
    arsenal_rows,
    balance,
    balance_rows,
    for_chart,
    force_rows,
    format_number,
    main_currency,
    money_rows,
    point,
    readable,
    territory_rows,
    then_year,
)
from .numbers import NUMBER_RE, parse
from .units import FORCE_CATEGORIES, UNITS

__all__ = [
    "ACTORS", "BALANCE_UNITS", "VAGUE_DRAW_SPAN", "for_chart", "format_number", "readable", "COLUMNS", "FORCE_CATEGORIES", "GENERIC_KEY", "GENERIC_SIDES", "HEDGES",
    "NOW", "NUMBER_RE", "NUMBER_WORDS", "UNITS", "VAGUE", "arsenal_rows", "main_currency", "balance",
    "balance_rows", "find_quantities", "force_rows", "money_rows", "parse", "point",
    "territory_rows", "then_year", "YEAR", "PRESENT", "PAST",
]  # fmt: skip
