"""Word tables shared by every stage: months, weekdays, years and dates, pronouns, number words,
scales, units, currencies, demonyms, countries and capitals.

One home for each table, documented once (issues 10 and 13): ``quantities`` reads most of them;
other stages import the ones they need (``segment`` and ``byline`` the date patterns, ``quotes``
the pronouns and calendar words, ``quantities.context`` the years) instead of keeping copies.
Plain data only; the grammar that uses it lives in the stage modules. Tables used by one stage
only live at the top of that stage's module (``quotes.lexicon`` for attribution).
"""

from __future__ import annotations

import re

# --- calendar ------------------------------------------------------------------------------------

#: Month names and their news abbreviations (AP style "Jan.", "Sept."), lower case.
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
#: One alternation of ``MONTHS``, longest first ("september" before "sep"); no group, no ``\b``.
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Weekday names, lower case.
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
#: Every month and weekday word: a capitalised calendar word is never a person's name.
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
#: A year as news writes it: 1000-2099 (four digits, no thousands comma). Used to tell a year
#: from an amount ("in 1453" is a year too).
YEAR_RE = r"(?:1[0-9]|20)\d\d"
#: A year of the last two centuries, 1900-2099: the years an article's date and the time frames
#: of its figures ("in 2001", "the 1990s") are written in.
MODERN_YEAR_RE = r"(?:19|20)\d\d"
#: A date in words, "November 20, 2019", "Nov. 20 2019", "Sept. 5, 2001" (group 1: the year).
DATE_IN_WORDS_RE = rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+({MODERN_YEAR_RE})\b"
#: An ISO date, "2019-11-20" (group 1: the year).
ISO_DATE_RE = rf"(?<!\d)({MODERN_YEAR_RE})-\d\d-\d\d(?!\d)"

# --- pronouns ------------------------------------------------------------------------------------

#: Personal pronouns that can stand for a source -> the gender they give ("m", "f"; "o" for a
#: thing; "" when they do not say). Possessives ("his", "their") never name a speaker.
PRONOUNS = {"he": "m", "she": "f", "they": "", "i": "", "we": "", "it": "o", "him": "m", "her": "f"}
#: The subject forms of ``PRONOUNS``, the ones that speak ("he said", never "him said").
SPEAKER_PRONOUNS = tuple(p for p in PRONOUNS if p not in ("him", "her"))
#: Words that open a reported clause as its subject ("told reporters he would ..."): the speaker
#: pronouns, "you" and existential "there".
SUBJECT_PRONOUNS = frozenset(SPEAKER_PRONOUNS) | {"there", "you"}

# --- numbers -------------------------------------------------------------------------------------

#: Written-out numbers below a hundred (compounds such as "twenty-five" are parsed from these).
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12,
}  # fmt: skip
#: Scale words and their abbreviations, as written after a number ("3.1m", "$6.5b", "40k").
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
#: Scale abbreviations that must be glued to the digits or follow a currency amount ("3.1m",
#: "$4 bn"): alone after a space they are usually something else ("100 m" is metres).
SHORT_SCALES = frozenset("k m mn mln mil b bn bln tn trn".split())
#: Fractions written in words -> value ("half" = 0.5; "two-thirds" is parsed as 2 x third).
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip
#: Multipliers -> value; the unit is "times".
MULTIPLES = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "quadruple": 4, "threefold": 3, "twofold": 2}

#: Vague amounts -> (low, high), the convention documented in ``newslens.quantities``: "Ns of"
#: a power of ten (hundreds, thousands, billions ...) runs from twice that power to just under
#: the next named power ("billions" is 2 billion to 999 billion); "a few" is 2-5, "several" 3-9,
#: "multiple" 2-9, "dozens" 24-99, "scores" 40-99. "a few/several/dozens" before a scale word
#: multiply it: "a few thousand" is 2,000-5,000, "hundreds of millions" 200 to 999 million.
VAGUE = {
    "a few": (2, 5), "few": (2, 5), "several": (3, 9), "multiple": (2, 9), "a couple of": (2, 3),
    "dozens": (24, 99), "scores": (40, 99), "tens": (20, 99), "hundreds": (200, 999),
    "thousands": (2e3, 999_999), "tens of thousands": (2e4, 99_999),
    "hundreds of thousands": (2e5, 999_999), "millions": (2e6, 999e6), "billions": (2e9, 999e9),
    "trillions": (2e12, 999e12), "multibillion": (2e9, 999e9), "multimillion": (2e6, 999e6),
    "multi-billion": (2e9, 999e9), "multi-million": (2e6, 999e6),
}  # fmt: skip
#: Vague amounts that count nothing on their own ("a few of them", "several times"): kept only
#: when they count a thing of the force vocabulary (see ``quantities.units``) or carry a scale.
BARE_QUANTIFIERS = frozenset(["a few", "few", "several", "multiple", "a couple of"])

#: Hedges before a number -> bound.
HEDGES = {
    "approximately": "approximate", "about": "approximate", "around": "approximate",
    "roughly": "approximate", "some": "approximate", "an estimated": "approximate",
    "estimated": "approximate", "close to": "approximate", "nearly": "upper", "almost": "upper",
    "up to": "upper", "as many as": "upper", "as much as": "upper", "fewer than": "upper",
    "less than": "upper", "under": "upper", "just under": "upper", "no more than": "upper",
    "no longer than": "upper", "below": "upper", "more than": "lower", "over": "lower",
    "at least": "lower", "upwards of": "lower", "just over": "lower", "well over": "lower",
    "in excess of": "lower", "no fewer than": "lower", "no less than": "lower", "above": "lower",
    "more than a": "lower",
}  # fmt: skip

# --- units ---------------------------------------------------------------------------------------

#: Currency symbols and prefixes -> ISO 4217 code (longest are tried first).
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
    "¥": "JPY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "₽": "RUB", "₪": "ILS", "₩": "KRW",
    "USD": "USD", "GBP": "GBP", "EUR": "EUR", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "INR": "INR", "AUD": "AUD", "CAD": "CAD", "HKD": "HKD", "CHF": "CHF", "RUB": "RUB",
}  # fmt: skip
#: Currency words after a number -> ISO code (and the factor: "45 cents" is 0.45 USD).
CURRENCY_WORDS = {
    "dollars": ("USD", 1), "dollar": ("USD", 1), "cents": ("USD", 0.01), "cent": ("USD", 0.01),
    "euros": ("EUR", 1), "euro": ("EUR", 1), "pounds sterling": ("GBP", 1), "sterling": ("GBP", 1),
    "pence": ("GBP", 0.01), "yen": ("JPY", 1), "yuan": ("CNY", 1), "renminbi": ("CNY", 1),
    "rupees": ("INR", 1), "rupee": ("INR", 1), "shekels": ("ILS", 1), "shekel": ("ILS", 1),
    "rubles": ("RUB", 1), "roubles": ("RUB", 1), "ruble": ("RUB", 1), "won": ("KRW", 1),
    "pesos": ("MXN", 1), "francs": ("CHF", 1), "lira": ("TRY", 1), "rand": ("ZAR", 1),
    "usd": ("USD", 1), "eur": ("EUR", 1), "gbp": ("GBP", 1),
}  # fmt: skip
#: Qualified dollars: "Hong Kong dollars" -> HKD, "Australian dollars" -> AUD.
DOLLAR_COUNTRIES = {
    "hong kong": "HKD", "australian": "AUD", "canadian": "CAD", "new zealand": "NZD",
    "singapore": "SGD", "taiwan": "TWD", "u.s.": "USD", "us": "USD", "american": "USD",
}  # fmt: skip
#: Units of measurement as written after a number -> normalised name. Case matters for the
#: short ones (``GB``, ``MW``); the rest match in any case.
MEASURES = {
    "mph": "mile per hour", "miles per hour": "mile per hour", "kph": "kilometre per hour",
    "km/h": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "kilometres per hour": "kilometre per hour", "knots": "knot",
    "miles": "mile", "mile": "mile", "km": "kilometre", "kilometers": "kilometre",
    "kilometres": "kilometre", "kilometer": "kilometre", "kilometre": "kilometre",
    "meters": "metre", "metres": "metre", "meter": "metre", "metre": "metre", "m": "metre",
    "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch", "inch": "inch", "in": "inch",
    "yards": "yard", "yards'": "yard", "cm": "centimetre", "centimeters": "centimetre",
    "centimetres": "centimetre", "mm": "millimetre", "millimeters": "millimetre",
    "millimetres": "millimetre", "microns": "micrometre", "micrograms": "microgram",
    "square miles": "square mile", "square kilometers": "square kilometre",
    "square kilometres": "square kilometre", "sq km": "square kilometre", "sq mi": "square mile",
    "square feet": "square foot", "sq ft": "square foot", "acres": "acre", "hectares": "hectare",
    "tonnes": "tonne", "tons": "ton", "metric tons": "tonne", "kilograms": "kilogram", "kg": "kilogram",
    "grams": "gram", "g": "gram", "pounds": "pound", "lbs": "pound", "lb": "pound", "ounces": "ounce",
    "oz": "ounce", "litres": "litre", "liters": "litre", "gallons": "gallon", "barrels": "barrel",
    "degrees": "degree", "degrees celsius": "degree Celsius", "degrees fahrenheit": "degree Fahrenheit",
    "°C": "degree Celsius", "°F": "degree Fahrenheit", "°": "degree", "C": "degree Celsius",
    "F": "degree Fahrenheit",
    "GB": "gigabyte", "TB": "terabyte", "MB": "megabyte", "gigabytes": "gigabyte", "terabytes": "terabyte",
    "GW": "gigawatt", "MW": "megawatt", "kW": "kilowatt", "kWh": "kilowatt hour", "gigawatts": "gigawatt",
    "megawatts": "megawatt", "watts": "watt", "volts": "volt", "horsepower": "horsepower", "hp": "horsepower",
    "points": "point", "point": "point", "calories": "calorie", "decibels": "decibel",
    "times": "times",
}  # fmt: skip
#: Short measure symbols that are matched case-sensitively and only glued or right after digits.
CASED_MEASURES = frozenset("GB TB MB GW MW kW kWh m g in ft km cm mm kg lb lbs oz hp °C °F ° C F".split())
#: Time units counted in years: "seven decades" is 70 years, "more than a century" 100 years.
YEARS_IN = {"decade": 10, "century": 100}
#: Time units -> normalised (a number counting them is a ``duration``).
TIME_UNITS = {
    "seconds": "second", "second": "second", "minutes": "minute", "minute": "minute", "hours": "hour",
    "hour": "hour", "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
    "month": "month", "years": "year", "year": "year", "decades": "decade", "decade": "decade",
    "centuries": "century", "century": "century", "nights": "night", "night": "night",
    "seasons": "season", "season": "season", "quarters": "quarter", "weekends": "weekend",
}  # fmt: skip
#: Rate denominators after a unit: "$2,000 a month", "65 miles an hour", "$55 per barrel".
RATE_WORDS = ("a", "an", "per", "each", "every")

# --- places and peoples --------------------------------------------------------------------------

#: Countries (and blocs) named in news -> the name used as actor. Dotted abbreviations ("U.S.")
#: are names, not sentence ends (``segment`` keeps them whole).
COUNTRIES = {
    "United States": "United States", "U.S.": "United States", "US": "United States",
    "U.S.A.": "United States", "America": "United States", "United Kingdom": "United Kingdom",
    "U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Russia": "Russia", "China": "China", "Ukraine": "Ukraine",
    "Afghanistan": "Afghanistan", "Pakistan": "Pakistan", "India": "India", "Iran": "Iran",
    "Iraq": "Iraq", "Syria": "Syria", "Israel": "Israel", "Turkey": "Turkey", "Egypt": "Egypt",
    "Saudi Arabia": "Saudi Arabia", "Yemen": "Yemen", "Lebanon": "Lebanon", "Jordan": "Jordan",
    "Libya": "Libya", "Sudan": "Sudan", "Ethiopia": "Ethiopia", "Somalia": "Somalia", "Mali": "Mali",
    "Nigeria": "Nigeria", "Kenya": "Kenya", "South Africa": "South Africa", "France": "France",
    "Germany": "Germany", "Italy": "Italy", "Spain": "Spain", "Poland": "Poland", "Japan": "Japan",
    "South Korea": "South Korea", "North Korea": "North Korea", "Taiwan": "Taiwan",
    "Vietnam": "Vietnam", "Australia": "Australia", "New Zealand": "New Zealand", "Canada": "Canada",
    "Mexico": "Mexico", "Brazil": "Brazil", "Venezuela": "Venezuela", "Colombia": "Colombia",
    "Qatar": "Qatar", "Tajikistan": "Tajikistan", "Uzbekistan": "Uzbekistan", "Belarus": "Belarus",
    "Georgia": "Georgia", "Armenia": "Armenia", "Azerbaijan": "Azerbaijan", "NATO": "NATO",
    "European Union": "European Union", "EU": "European Union", "Myanmar": "Myanmar",
    "Chad": "Chad", "Niger": "Niger", "Burkina Faso": "Burkina Faso", "Rwanda": "Rwanda",
    "Uganda": "Uganda", "Congo": "Congo", "South Sudan": "South Sudan", "Eritrea": "Eritrea",
    "Algeria": "Algeria", "Morocco": "Morocco", "Tunisia": "Tunisia", "Bahrain": "Bahrain",
    "United Arab Emirates": "United Arab Emirates", "UAE": "United Arab Emirates", "Oman": "Oman",
    "Kuwait": "Kuwait", "Bangladesh": "Bangladesh", "Sri Lanka": "Sri Lanka", "Nepal": "Nepal",
    "Thailand": "Thailand", "Indonesia": "Indonesia", "Philippines": "Philippines",
    "Malaysia": "Malaysia", "Cuba": "Cuba", "Chile": "Chile", "Argentina": "Argentina", "Peru": "Peru",
    "Haiti": "Haiti", "Serbia": "Serbia", "Kosovo": "Kosovo", "Hungary": "Hungary",
    "Romania": "Romania", "Moldova": "Moldova", "Lithuania": "Lithuania", "Latvia": "Latvia",
    "Estonia": "Estonia", "Finland": "Finland", "Sweden": "Sweden", "Norway": "Norway",
    "Denmark": "Denmark", "Netherlands": "Netherlands", "Belgium": "Belgium", "Greece": "Greece",
    "Kazakhstan": "Kazakhstan", "Kyrgyzstan": "Kyrgyzstan", "Mongolia": "Mongolia",
    "Palestine": "Palestine", "African Union": "African Union", "United Nations": "United Nations",
    "U.N.": "United Nations", "UN": "United Nations",
}  # fmt: skip
#: Capitals standing for their governments ("Beijing said ...") -> country.
CAPITALS = {
    "Washington": "United States", "London": "United Kingdom", "Moscow": "Russia", "Kremlin": "Russia",
    "Beijing": "China", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Kabul": "Afghanistan",
    "Islamabad": "Pakistan", "New Delhi": "India", "Tehran": "Iran", "Baghdad": "Iraq",
    "Damascus": "Syria", "Ankara": "Turkey", "Cairo": "Egypt", "Riyadh": "Saudi Arabia",
    "Paris": "France", "Berlin": "Germany", "Tokyo": "Japan", "Seoul": "South Korea",
    "Pyongyang": "North Korea", "Taipei": "Taiwan", "Ottawa": "Canada", "Canberra": "Australia",
    "Doha": "Qatar", "Dushanbe": "Tajikistan", "Minsk": "Belarus", "Brussels": "European Union",
    "Pentagon": "United States", "White House": "United States", "N'Djamena": "Chad",
    "Kigali": "Rwanda", "Kampala": "Uganda", "Kinshasa": "Congo", "Algiers": "Algeria", "Rabat": "Morocco",
    "Abu Dhabi": "United Arab Emirates", "Dhaka": "Bangladesh", "Bangkok": "Thailand",
    "Jakarta": "Indonesia", "Manila": "Philippines", "Havana": "Cuba", "Belgrade": "Serbia",
    "Budapest": "Hungary", "Warsaw": "Poland", "Rome": "Italy", "Madrid": "Spain", "Athens": "Greece",
}  # fmt: skip
#: Demonyms -> country ("80,000 Chinese troops" are China's).
DEMONYMS = {
    "American": "United States", "U.S.": "United States", "British": "United Kingdom",
    "Russian": "Russia", "Chinese": "China", "Ukrainian": "Ukraine", "Afghan": "Afghanistan",
    "Pakistani": "Pakistan", "Indian": "India", "Iranian": "Iran", "Iraqi": "Iraq", "Syrian": "Syria",
    "Israeli": "Israel", "Turkish": "Turkey", "Egyptian": "Egypt", "Saudi": "Saudi Arabia",
    "Yemeni": "Yemen", "Lebanese": "Lebanon", "Libyan": "Libya", "Sudanese": "Sudan",
    "Ethiopian": "Ethiopia", "Somali": "Somalia", "Malian": "Mali", "Nigerian": "Nigeria",
    "Kenyan": "Kenya", "French": "France", "German": "Germany", "Italian": "Italy", "Spanish": "Spain",
    "Polish": "Poland", "Japanese": "Japan", "South Korean": "South Korea", "North Korean": "North Korea",
    "Korean": "South Korea", "Taiwanese": "Taiwan", "Vietnamese": "Vietnam", "Australian": "Australia",
    "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil", "Venezuelan": "Venezuela",
    "Qatari": "Qatar", "Tajik": "Tajikistan", "Uzbek": "Uzbekistan", "Belarusian": "Belarus",
    "Georgian": "Georgia", "Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Palestinian": "Palestine",
    "Kurdish": "Kurds", "Soviet": "Soviet Union", "Chadian": "Chad", "Nigerien": "Niger",
    "Rwandan": "Rwanda", "Ugandan": "Uganda", "Congolese": "Congo", "Eritrean": "Eritrea",
    "Algerian": "Algeria", "Moroccan": "Morocco", "Tunisian": "Tunisia", "Emirati": "United Arab Emirates",
    "Kuwaiti": "Kuwait", "Bangladeshi": "Bangladesh", "Thai": "Thailand", "Indonesian": "Indonesia",
    "Filipino": "Philippines", "Cuban": "Cuba", "Chilean": "Chile", "Argentine": "Argentina",
    "Serbian": "Serbia", "Hungarian": "Hungary", "Romanian": "Romania", "Lithuanian": "Lithuania",
    "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Dutch": "Netherlands", "Belgian": "Belgium", "Greek": "Greece", "Kazakh": "Kazakhstan",
}  # fmt: skip

#: Every country, capital and demonym name -> the country it stands for.
PLACE_NAMES = {**COUNTRIES, **CAPITALS, **DEMONYMS}
#: One pattern for every place and people name (longest first; dotted abbreviations kept whole).
PLACE_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(k) for k in sorted(PLACE_NAMES, key=len, reverse=True))
    + r")(?![\w])(?:['’]s)?"
)

#: Geographic names in lower case ("the" dropped): US states, countries, regions. Attribution
#: reads them as never people; as speakers they stand for their governments ("Japan branded ..."),
#: so they count as organisations. Names that are also common personal names (Georgia, Jordan,
#: Virginia, Washington) are left out. ``PLACE_NAMES`` above is a different table: the cased names
#: of countries, capitals and demonyms -> the country they stand for (for quantity actors).
GEOGRAPHIC_NAMES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont wisconsin wyoming
    afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium
    bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus
    denmark ecuador egypt eritrea estonia ethiopia finland france germany ghana greece guatemala haiti
    honduras hungary india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya
    kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania malaysia mali mexico moldova mongolia
    montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan
    palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda serbia
    singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania
    thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia
    zimbabwe europe asia africa america britain england scotland wales gaza crimea kashmir
    """.split()
) | frozenset(["new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina",
               "north dakota", "south dakota", "west virginia", "rhode island", "south africa", "south korea",
               "north korea", "saudi arabia", "new zealand", "sri lanka", "united states", "united kingdom",
               "west bank", "hong kong", "latin america", "middle east"])  # fmt: skip


def country_of(name: str) -> str:
    """The country a country name, capital or demonym stands for ("Beijing" -> "China"), or ""."""
    return PLACE_NAMES.get(re.sub(r"['’]s$", "", name.strip()), "")
