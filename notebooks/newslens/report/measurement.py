"""Reader-facing sentences about measurements (notebook 03's "How sure are we?")."""

from __future__ import annotations

import pandas as pd

from ..evaluate.devsets import ERROR_PREFIX

#: What notebook 03 says when neither the dev data nor a committed measurement is there.
NO_DEVSETS = "No development data here and no measurement committed."
#: The bullet for each development set: the three measures it states (``value`` as ``v0..v2``,
#: ``n`` as ``n0..n2``) and its sentence.
DEVSET_SENTENCES = {
    "pages": (
        ("quote F1", "speaker accuracy", "reported-speech F1"),
        "- **Saved news pages** ({n0} gold quotes): quote F1 **{v0:.2f}**; the right speaker for "
        "**{v1:.0%}** of the {n1} quotes found; reported speech F1 {v2:.2f} ({n2} gold items).",
    ),
    "polnear": (
        ("quote F1", "speaker accuracy", "pronoun-source accuracy"),
        "- **PolNeAR** ({n0} quotes in quotation marks): F1 **{v0:.2f}**; speaker right for "
        "**{v1:.0%}** of {n1} named sources and about {v2:.0%} of {n2} pronoun sources.",
    ),
}


def score_lookup(scores: pd.DataFrame) -> dict[tuple[str, str], tuple[float, int]]:
    """``evaluate.devsets.dev_scores`` (``set, measure, value, n``) as ``{(set, measure): (value,
    n)}``, the form every sentence about the development sets reads it in."""
    return {(s, m): (val, n) for s, m, val, n in scores.itertuples(index=False)}


def devsets_summary(scores: pd.DataFrame) -> str:
    """Markdown bullets stating the development-set scores. ``scores`` is the table of
    ``evaluate.devsets.dev_scores`` (``set, measure, value, n``); returns one bullet per set
    present (``DEVSET_SENTENCES``) and one per set naming its largest error class, joined by
    newlines ("" when ``scores`` is empty)."""
    v = score_lookup(scores)
    lines = []
    for name, (measures, sentence) in DEVSET_SENTENCES.items():
        if (name, measures[0]) in v:
            values = {}
            for k, measure in enumerate(measures):
                values[f"v{k}"], values[f"n{k}"] = v[name, measure]
            lines.append(sentence.format(**values))
    for name in DEVSET_SENTENCES:
        errs = scores[(scores.set == name) & scores.measure.str.startswith(ERROR_PREFIX)]
        if not errs.empty:
            top = errs.sort_values("n", ascending=False, kind="stable").iloc[0]
            lines.append(
                f"- Largest error class on {name}: {top.measure.removeprefix(ERROR_PREFIX)} "
                f"({top.n} of {int(errs.n.sum())} misses and wrong speakers)."
            )
    return "\n".join(lines)
