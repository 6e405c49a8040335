"""Who is absent: the sources an article names but never quotes, and the sides its figures count
that no quoted speaker is described as belonging to.

``absent_lines(sources, forces)`` returns Markdown bullets for a report (right for 0, 1 and many);
``unquoted_sides(sources, forces)`` the sides alone. A side counts as heard when one of its
distinctive words (or its initials: "United States" -> "US" for "U.S.") appears in a speaking
source's name or description; this reads what the text says about each speaker, so a speaker
the text never ties to a side does not count for it.
"""

from __future__ import annotations

import re

import pandas as pd

from . import fmt

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
    """Sides (``actor`` values of the figures) that no speaking source's name or role mentions."""
    speaking = sources[~sources.silent]
    heard = (
        set().union(*(_tokens(f"{s} {r}") for s, r in zip(speaking.speaker, speaking.role)))
        if len(speaking)
        else set()
    )
    sides = [a for a in dict.fromkeys(forces.actor) if isinstance(a, str) and a]
    return [s for s in sides if not _side_keys(s) & heard]


def absent_lines(sources: pd.DataFrame, forces: pd.DataFrame) -> list[str]:
    """Markdown bullets: the named but silent sources, and the sides counted but never heard."""
    silent = sorted(sources.speaker[sources.silent])
    lines = [
        f"- Named but never quoted: {fmt.join(silent)}."
        if silent
        else "- Every source the article names is quoted or paraphrased at least once."
    ]
    sides = unquoted_sides(sources, forces)
    counted = [a for a in dict.fromkeys(forces.actor) if isinstance(a, str) and a]
    if sides:
        lines.append(
            f"- Counted in the figures but with no quoted speaker described as one of them: {fmt.join(sides)} "
            f"({len(sides)} of {fmt.count(len(counted), 'side')})."
        )
    elif len(counted) == 1:
        lines.append(f"- The one side counted in the figures, {counted[0]}, has a quoted speaker.")
    elif counted:
        lines.append(f"- Each of the {len(counted)} sides counted in the figures has a quoted speaker.")
    return lines
