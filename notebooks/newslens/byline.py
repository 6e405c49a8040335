"""Bylines as names: who wrote the article, and nothing else (no dates, roles, usernames).

``names(text)`` reads the names in a credit line ("By DANICA KIRKA and Jill Lawless, Associated
Press", "By Paul Takahashi; Staff writer", "By , a reporter at X, and , ..."); ``bio_names``
reads the names that open author bios ("Jo Bloggs is a reporter at ..."); ``authors(article)``
takes the byline's names, else the bios', else none, and ``credit(article)`` writes them for a
reader ("Jo Bloggs and Ann Lee", or "not given").
"""

from __future__ import annotations

import re

from . import fmt
from .segment import BIO_NAME_MAX_WORDS
from .words import DATE_IN_WORDS_RE, ISO_DATE_RE

#: A credit line's lead-in, dropped before reading names.
#: Greedy, so "As published by X By Jo Bloggs" reads from the last "By".
CREDIT_LEAD = re.compile(r"^(?:.*\s)?by\s+|^by\s*", re.IGNORECASE)
#: Dates and times inside a credit line ("2019-11-20", "Nov. 20, 2019", "Updated 4:15 PM").
DATE_BITS = re.compile(
    ISO_DATE_RE + r"(?:T[\d:.+-Z]*)?\b"
    r"|\b(?:published|updated|posted)\b.*$"
    rf"|{DATE_IN_WORDS_RE}.*$"
    r"|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?.*$",
    re.IGNORECASE,
)
#: Where one credited person ends and the next begins.
SEPARATORS = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*", re.IGNORECASE)
#: Particles that may sit lower-case inside a name ("Ursula von der Leyen", "Ahmad bin Ali").
NAME_PARTICLES = {
    "de",
    "da",
    "del",
    "della",
    "der",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "bin",
    "al",
    "ibn",
    "el",
}
#: Words that make a piece of a credit line a role or an outlet, not a person's name.
NOT_NAME_WORDS = {
    "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "bureau",
    "desk", "team", "wire", "services", "service", "newsroom", "updated", "published", "posted",
    "the", "at", "for", "is", "a", "an", "of", "news", "press", "associated", "agency", "agencies",
}  # fmt: skip
#: A name has two to five words (a single word is a username or a one-word outlet; six words are a
#: phrase). Set by hand; not tuned.
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 5
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")

#: The name that opens an author bio: "<Name> is/was/has been ..."; two to ``BIO_NAME_MAX_WORDS``
#: words, as ``segment`` reads author bios.
BIO_NAME = re.compile(
    rf"^((?:[A-Z][\w.'’-]+\s+){{1,{BIO_NAME_MAX_WORDS - 1}}}[A-Z][\w.'’-]+)\s+(?:is|was|has been)\b"
)


def _title_case(name: str) -> str:
    return " ".join(
        w.capitalize() if w.isupper() and len(w) > 1 and "." not in w else w for w in name.split()
    )


def is_name(piece: str) -> bool:
    """True when ``piece`` reads as a person's name: 2-5 capitalised words (particles allowed), no
    role or outlet words, no digits, no handle."""
    words = piece.split()
    if not NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS or re.search(r"[\d@/]", piece):
        return False
    if any(w.lower().strip(".") in NOT_NAME_WORDS or w.endswith(("'s", "’s")) for w in words):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in NAME_PARTICLES for w in words) and not words[-1].islower()


def names(credit: str) -> list[str]:
    """The people a credit line names, in order, ALL-CAPS names in title case.

    >>> names("By DANICA KIRKA and Jill Lawless, Associated Press, 2019-11-20")
    ['Danica Kirka', 'Jill Lawless']
    >>> names("As published by X By , a reporter at X, and , X's Pentagon reporter.")
    []
    """
    text = CREDIT_LEAD.sub("", " ".join(str(credit or "").split()), count=1)
    text = DATE_BITS.sub("", text)
    found = []
    for piece in SEPARATORS.split(text):
        words = piece.strip(" .·—–-:()").split()
        cut = next((i for i, w in enumerate(words) if w.lower().strip(".") in NOT_NAME_WORDS), len(words))
        piece = " ".join(words[:cut])  # "JILL LAWLESS Associated Press" -> "JILL LAWLESS"
        if is_name(piece):
            name = _title_case(piece)
            if name not in found:
                found.append(name)
    return found


def bio_names(bios) -> list[str]:
    """Names that open author bios ("Jo Bloggs is a reporter at ...").

    Input: ``bios``, an iterable of bio texts (strings, e.g. the ``text`` column of the
    ``author_bio`` paragraphs). Output: the names, in order of first appearance, without repeats.
    """
    found = []
    for text in bios:
        m = BIO_NAME.match(str(text).strip())
        if m and is_name(m.group(1)) and m.group(1) not in found:
            found.append(m.group(1))
    return found


def authors(article) -> list[str]:
    """The article's authors: the byline's names, else the names opening its author bios, else []."""
    paras = article.paragraphs
    found = []
    for text in paras.text[paras.kind == "byline"]:
        found += [n for n in names(text) if n not in found]
    return found or bio_names(paras.text[paras.kind == "author_bio"])


def credit(article, missing: str = "not given") -> str:
    """The authors for a reader: "Jo Bloggs", "Jo Bloggs and Ann Lee", or ``missing``."""
    return fmt.join(authors(article)) or missing
