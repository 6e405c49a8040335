"""Attribution measured on other people's annotations (the development sets, when present).

``dev_scores(dev_dir)`` scores ``find_quotes`` on the 30 saved news pages with hand gold and on
PolNeAR's development split, by the rules the dev data's README states, and returns one tidy table
of scores and counts only (no text from the data): ``set, measure, value, n``. Error classes
(``missed``, ``empty``, ``pronoun``, ``continuation``, ``descriptor``, ``speaker phrase``) count each
missed quote and wrong speaker once, so the largest class is visible.

- **pages**: a gold quote is found when one prediction overlaps the gold content's opening words;
  the speaker is right when the names match (equal after folding, an acronym, or the words of one
  inside the other, titles dropped); reported speech is counted apart; ``ambiguous`` items count
  neither way.
- **polnear**: a gold direct/mixed attribution is found when one direct/partial prediction covers
  more than ``MIN_COVER`` of its characters; speaker accuracy over found items whose source is a
  name or description; a pronoun source is judged by the person it refers to, taken as the nearest
  earlier named source in PolNeAR's own annotation (he/she skip descriptions and acronyms).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from ..evaluate import load_polnear
from ..load import Article, load_article
from .find import find_quotes

#: Words dropped before names are compared (titles, determiners), as the dev data's README says.
NAME_STOPWORDS = frozenset(
    "the and some former anonymous mr mrs ms dr gen sen rep col lt sgt capt prof president minister leader "
    "spokesperson spokesman spokeswoman chief secretary director general senator".split()
)
#: Demonyms read as their country when names are compared ("Russian officials" ~ "Russia").
DEMONYMS = {
    "russian": "russia", "british": "britain", "uk": "britain", "kingdom": "britain", "us": "states",
    "american": "states", "americans": "states", "ukrainian": "ukraine", "afghan": "afghanistan",
    "syrian": "syria", "iraqi": "iraq", "libyan": "libya", "chinese": "china", "iranian": "iran",
    "israeli": "israel", "french": "france", "german": "germany",
}  # fmt: skip
PRONOUNS = frozenset("he she they it his her their its him them i we you".split())
#: A PolNeAR item counts as found when a prediction covers more than this share of its characters
#: (the Gender Gap Tracker's criterion, which the dev data's scorer uses too).
MIN_COVER = 0.3
#: Heads of descriptions rather than names ("the company", "a spokesperson").
DESCRIPTOR = re.compile(r"^(the|a|an|one|two|three|some|several|many|its|his|her|their)\b", re.IGNORECASE)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[“”‘’\"'`]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower().strip(" ,.;:")


def _tokens(s: str) -> set[str]:
    words = re.findall(r"\w+", fold(s.replace("U.S.", "US").replace("U.K.", "UK")))
    return {DEMONYMS.get(t, t) for t in words if len(t) > 2 or t in DEMONYMS}


def _acronym(a: str, b: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{2,6}", a.strip()))
        and "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", b)) == a.strip()
    )


def same_name(pred: str, gold: str) -> bool:
    pred = re.sub(r"^\((anonymous|unresolved)\)\s*", "", pred or "")
    if not pred or not gold:
        return False
    if fold(pred) == fold(gold) or _acronym(pred, gold) or _acronym(gold, pred):
        return True
    p = _tokens(pred) - NAME_STOPWORDS or _tokens(pred)
    g = _tokens(gold) - NAME_STOPWORDS or _tokens(gold)
    return bool(p and g and (p <= g or g <= p))


def folded(text: str) -> tuple[str, list[int]]:
    """Lower case, quotes and dashes folded, soft hyphens dropped, whitespace collapsed; with each
    folded character's offset in ``text`` (the dev data's own normalisation). Also used by
    ``benchmarks/score_quantities.py``."""
    table = {"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "–": "-", "—": "-"}
    out, idx, space = [], [], False
    for i, ch in enumerate(text):
        if ch == "\u00ad":
            continue
        ch = table.get(ch, ch)
        if ch.isspace():
            if space:
                continue
            ch, space = " ", True
        else:
            space = False
        out.append(ch.lower())
        idx.append(i)
    return "".join(out), idx


def _locate(haystack: str, idx: list[int], needle: str) -> tuple[int, int] | None:
    n = folded(needle)[0].strip()
    k = haystack.find(n) if n else -1
    return None if k < 0 else (idx[k], idx[k + len(n) - 1] + 1)


def _overlap(a, b) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def error_class(row, gold_speaker: str) -> str:
    """Which class a wrong speaker falls in (see module doc)."""
    if not row.speaker:
        return "empty"
    mention = (row.speaker_mention or "").lower()
    if mention in PRONOUNS:
        return "pronoun"
    if row.speaker_start < 0 or row.sentence_id != row.speaker_sentence:
        return "continuation"
    if DESCRIPTOR.match(mention) or DESCRIPTOR.match(gold_speaker) or row.speaker.startswith("("):
        return "descriptor"
    return "speaker phrase"


def _with_speaker_sentence(article, quotes):
    starts = article.sentences.start.to_numpy()
    ids = article.sentences.sentence_id.to_numpy()
    pos = np.searchsorted(starts, quotes.speaker_start.to_numpy(), side="right") - 1
    quotes = quotes.copy()
    quotes["speaker_sentence"] = [
        ids[p] if s >= 0 and p >= 0 else -1 for p, s in zip(pos, quotes.speaker_start)
    ]
    return quotes


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_pages(dev: Path, verbose: bool = False) -> dict:
    tally = Counter()
    errors = Counter()
    for gpath in sorted((dev / "pages" / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        art = load_article(dev / "pages" / "html" / f"{gpath.stem}.html")
        quotes = _with_speaker_sentence(art, find_quotes(art))
        haystack, idx = folded(art.text)
        rows = list(quotes.itertuples())
        used, skipped = set(), set()
        for g in gold["quotes"]:
            loc = _locate(haystack, idx, g["start"])
            hit = None
            if loc is not None:
                hit = next(
                    (
                        i
                        for i, r in enumerate(rows)
                        if i not in used | skipped and _overlap(loc, (r.start, r.end))
                    ),
                    None,
                )
            if g.get("ambiguous"):
                skipped |= {hit} - {None}
                continue
            reported = g["kind"] == "reported"
            tally["gold"] += 1
            tally["gold_reported"] += reported
            if hit is None:
                errors["missed " + ("reported" if reported else "quote")] += 1
                if verbose:
                    print(f"  {gpath.stem[:14]} missed {g['kind']}: {g['start'][:50]!r} ({g['speaker']})")
                continue
            used.add(hit)
            tally["found"] += 1
            tally["found_reported"] += reported
            if same_name(rows[hit].speaker, g["speaker"]):
                tally["speaker_ok"] += 1
            else:
                cls = error_class(rows[hit], g["speaker"])
                errors[cls] += 1
                if verbose:
                    print(
                        f"  {gpath.stem[:14]} [{cls}] ours {rows[hit].speaker!r} "
                        f"({rows[hit].speaker_mention!r}), gold {g['speaker']!r}"
                    )
        tally["extra"] += len(rows) - len(used) - len(skipped)
        indirect = [i for i, r in enumerate(rows) if r.kind == "indirect" and i not in skipped]
        tally["pred_reported"] += len(indirect)
        tally["pred_reported_ok"] += sum(i in used for i in indirect)
    p, r, f = prf(tally["found"], tally["extra"], tally["gold"] - tally["found"])
    # reported speech: recall over gold reported items; precision of our indirect predictions
    rp = tally["pred_reported_ok"] / max(1, tally["pred_reported"])
    rr = tally["found_reported"] / max(1, tally["gold_reported"])
    rf = 2 * rp * rr / (rp + rr) if rp + rr else 0.0
    return {
        "set": "pages",
        "gold": tally["gold"],
        "found": tally["found"],
        "extra": tally["extra"],
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "speaker_accuracy": round(tally["speaker_ok"] / max(1, tally["found"]), 3),
        "reported_gold": tally["gold_reported"],
        "reported_pred": tally["pred_reported"],
        "reported_precision": round(rp, 3),
        "reported_recall": round(rr, 3),
        "reported_f1": round(rf, 3),
        "errors": errors,
    }


def _pronoun_referent(item: dict, named: list[tuple[int, str]]) -> str:
    """The person a PolNeAR pronoun source refers to: the nearest earlier named source (he/she skip
    names that are plainly organisations or groups)."""
    earlier = [n for s, n in named if s < (item.get("speaker_start") or 0)]
    if fold(item["speaker"]) in {"he", "she", "his", "her", "him"}:
        people = [n for n in earlier if not DESCRIPTOR.match(n) and not n.isupper()]
        earlier = people or earlier
    return earlier[-1] if earlier else item["speaker"]


def score_polnear(dev: Path, verbose: bool = False) -> dict:
    tally = Counter()
    errors = Counter()
    for doc in load_polnear(dev / "polnear-dev.jsonl"):
        art = Article.from_text(doc["text"])
        quotes = _with_speaker_sentence(art, find_quotes(art))
        preds = [r for r in quotes.itertuples() if r.kind in ("direct", "partial")]
        items = [g for g in doc["quotes"] if g.get("start") is not None]
        named = sorted(
            (g["speaker_start"], g["speaker"])
            for g in items
            if g.get("speaker") and g.get("speaker_start") is not None and fold(g["speaker"]) not in PRONOUNS
        )
        used = set()
        for g in (g for g in items if g["kind"] in ("direct", "mixed")):
            tally["gold"] += 1
            cover = [
                (max(0, min(g["end"], r.end) - max(g["start"], r.start)) / max(1, g["end"] - g["start"]), i)
                for i, r in enumerate(preds)
                if i not in used
            ]
            best, i = max(cover, default=(0.0, None))
            if best <= MIN_COVER:
                errors["missed quote"] += 1
                continue
            used.add(i)
            tally["found"] += 1
            who = g.get("speaker") or ""
            pronoun = fold(who) in PRONOUNS
            target = _pronoun_referent(g, named) if pronoun else who
            key = "pronoun" if pronoun else "named"
            tally[key] += 1
            if same_name(preds[i].speaker, target):
                tally[key + "_ok"] += 1
            elif who:
                cls = error_class(preds[i], target)
                errors[cls] += 1
                if verbose:
                    print(f"  {doc['id'][:22]} [{cls}] ours {preds[i].speaker!r} ({preds[i].speaker_mention!r}), "
                          f"gold {who!r}{' -> ' + target if pronoun else ''}")  # fmt: skip
        tally["extra"] += sum(
            1
            for i, r in enumerate(preds)
            if i not in used and not any(_overlap((g["start"], g["end"]), (r.start, r.end)) for g in items)
        )
    p, r, f = prf(tally["found"], tally["extra"], tally["gold"] - tally["found"])
    return {
        "set": "polnear",
        "gold": tally["gold"],
        "found": tally["found"],
        "extra": tally["extra"],
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "speaker_accuracy": round(tally["named_ok"] / max(1, tally["named"]), 3),
        "speaker_n": tally["named"],
        "pronoun_accuracy": round(tally["pronoun_ok"] / max(1, tally["pronoun"]), 3),
        "pronoun_n": tally["pronoun"],
        "errors": errors,
    }


def dev_scores(dev: str | Path) -> pd.DataFrame:
    """Scores and error-class counts on the development sets under ``dev`` (those present):
    ``set, measure, value, n`` (``n`` is the number of items the value is measured over)."""
    dev = Path(dev)
    rows = []
    results = []
    if (dev / "pages" / "gold").is_dir():
        results.append(score_pages(dev))
    if (dev / "polnear-dev.jsonl").is_file():
        results.append(score_polnear(dev))
    for res in results:
        name, errors = res["set"], res["errors"]
        rows += [
            (name, "quote precision", res["precision"], res["found"] + res["extra"]),
            (name, "quote recall", res["recall"], res["gold"]),
            (name, "quote F1", res["f1"], res["gold"]),
            (name, "speaker accuracy", res["speaker_accuracy"], res.get("speaker_n", res["found"])),
        ]
        if name == "pages":
            rows += [
                (name, "reported-speech precision", res["reported_precision"], res["reported_pred"]),
                (name, "reported-speech recall", res["reported_recall"], res["reported_gold"]),
                (name, "reported-speech F1", res["reported_f1"], res["reported_gold"]),
            ]
        else:
            rows.append((name, "pronoun-source accuracy", res["pronoun_accuracy"], res["pronoun_n"]))
        total = sum(errors.values())
        rows += [(name, f"errors: {k}", round(v / max(1, total), 3), v) for k, v in sorted(errors.items())]
    return pd.DataFrame(rows, columns=["set", "measure", "value", "n"])


def summary(scores: pd.DataFrame) -> str:
    """Markdown bullets stating the development-set scores of ``dev_scores`` (notebook 03)."""
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
        errs = scores[(scores.set == name) & scores.measure.str.startswith("errors: ")]
        if not errs.empty:
            top = errs.sort_values("n", ascending=False, kind="stable").iloc[0]
            lines.append(
                f"- Largest error class on {name}: {top.measure.removeprefix('errors: ')} "
                f"({top.n} of {int(errs.n.sum())} misses and wrong speakers)."
            )
    return "\n".join(lines)
