"""Reader-facing sentences about measurements (notebook 03's "How sure are we?")."""

from __future__ import annotations

import pandas as pd

from ..evaluate.devsets import ERROR_PREFIX


def devsets_summary(scores: pd.DataFrame) -> str:
    """Markdown bullets stating the development-set scores. ``scores`` is the table of
    ``evaluate.devsets.dev_scores`` (``set, measure, value, n``); returns one bullet per set
    present (quote F1, speaker accuracy, reported speech or pronoun sources) and one per set
    naming its largest error class, joined by newlines ("" when ``scores`` is empty)."""
    v = {(s, m): (val, n) for s, m, val, n in scores.itertuples(index=False)}
    lines = []
    if ("pages", "quote F1") in v:
        f1, n = v["pages", "quote F1"]
        spk, found = v["pages", "speaker accuracy"]
        rep, rn = v["pages", "reported-speech F1"]
        lines.append(
            f"- **Saved news pages** ({n} gold quotes): quote F1 **{f1:.2f}**; the right speaker for "
            f"**{spk:.0%}** of the {found} quotes found; reported speech F1 {rep:.2f} ({rn} gold items)."
        )
    if ("polnear", "quote F1") in v:
        f1, n = v["polnear", "quote F1"]
        spk, sn = v["polnear", "speaker accuracy"]
        pro, pn = v["polnear", "pronoun-source accuracy"]
        lines.append(
            f"- **PolNeAR** ({n} quotes in quotation marks): F1 **{f1:.2f}**; speaker right for "
            f"**{spk:.0%}** of {sn} named sources and about {pro:.0%} of {pn} pronoun sources."
        )
    for name in ("pages", "polnear"):
        errs = scores[(scores.set == name) & scores.measure.str.startswith(ERROR_PREFIX)]
        if not errs.empty:
            top = errs.sort_values("n", ascending=False, kind="stable").iloc[0]
            lines.append(
                f"- Largest error class on {name}: {top.measure.removeprefix(ERROR_PREFIX)} "
                f"({top.n} of {int(errs.n.sum())} misses and wrong speakers)."
            )
    return "\n".join(lines)
