"""Who is absent: the sides an article's figures count that no quoted speaker is described as
belonging to.

``unquoted_sides(sources, forces)`` returns those sides; the overview's sentences about them (and
about the named but silent sources) are ``report.overview.absent_lines``. A side counts as heard
when one of its distinctive words (or its initials: "United States" -> "US" for "U.S.") appears in a speaking
source's name or description; this reads what the text says about each speaker, so a speaker
the text never ties to a side does not count for it.
"""

from __future__ import annotations

import re

import pandas as pd

#: Words too general to tie a speaker to a side ("Afghan government" is heard through "Afghan").
GENERIC_SIDE_WORDS = frozenset(
    "the of and government forces force army military troops fighters militia alliance front "
    "party movement group state states national people".split()
)


def _tokens(text: str) -> set[str]:
    return {w.replace(".", "").lower() for w in re.findall(r"[A-Za-z][\w.’'-]*", str(text or ""))}


def _side_keys(side: str) -> set[str]:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", side)]
    keys = {w.lower() for w in words if w.lower() not in GENERIC_SIDE_WORDS}
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) > 1:
        keys.add("".join(w[0] for w in capitals).lower())  # "United States" -> "us"
    return keys or {w.lower() for w in words}


def unquoted_sides(sources: pd.DataFrame, forces: pd.DataFrame) -> list[str]:
    """Sides that no speaking source's name or role mentions. Input: ``count_sources`` (``speaker,
    role, silent``) and the force rows of ``find_quantities`` (``actor``). Output: the ``actor``
    values, in order of first appearance."""
    speaking = sources[~sources.silent]
    heard = (
        set().union(*(_tokens(f"{s} {r}") for s, r in zip(speaking.speaker, speaking.role)))
        if len(speaking)
        else set()
    )
    sides = [a for a in dict.fromkeys(forces.actor) if isinstance(a, str) and a]
    return [s for s in sides if not _side_keys(s) & heard]
