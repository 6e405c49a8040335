"""Attribution measured on other people's annotations (the development sets, when present).

``dev_scores(dev_dir)`` scores ``find_quotes`` on the 30 saved news pages with hand gold and on
PolNeAR's development split, by the rules the dev data's README states, and returns one tidy table
of scores and counts only (no text from the data): ``set, measure, value, n``. Error classes
(``missed``, ``empty``, ``pronoun``, ``continuation``, ``descriptor``, ``speaker phrase``) count each
missed quote and wrong speaker once, so the largest class is visible.

- **pages**: a gold quote is found when one prediction overlaps the gold content's opening words;
  the speaker is right when the names match (``common.same_name``); reported speech is counted
  apart; ``ambiguous`` items count neither way.
- **polnear**: a gold direct/mixed attribution is found when one direct/partial prediction covers
  more than ``common.MIN_OVERLAP`` of its characters; speaker accuracy over found items whose
  source is a name or description; a pronoun source is judged by the person it refers to, taken
  as the nearest earlier named source in PolNeAR's own annotation (he/she skip descriptions and
  acronyms).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import NewslensError
from ..load import Article, load_article
from ..quotes.find import find_quotes
from .common import MIN_OVERLAP, f1, fold, folded, prf, same_name

#: Pronoun sources: judged by the person they refer to; a pronoun mention is its own error class.
#: The scorer's own list (possessives included: PolNeAR marks "his" in "his spokesman said" as a
#: source), kept apart from ``words.PRONOUNS`` so that extraction changes never move the measurement.
PRONOUNS = frozenset("he she they it his her their its him them i we you".split())
#: Pronouns that refer to a person, not an organisation or a group.
PERSONAL_PRONOUNS = frozenset("he she his her him".split())
#: Heads of descriptions rather than names ("the company", "a spokesperson").
DESCRIPTOR = re.compile(r"^(the|a|an|one|two|three|some|several|many|its|his|her|their)\b", re.IGNORECASE)
#: Where each set lives inside the dev-data folder.
PAGES_GOLD = Path("pages") / "gold"
PAGES_HTML = Path("pages") / "html"
POLNEAR_FILE = "polnear-dev.jsonl"
#: The prefix of the error-class rows of ``dev_scores`` ("errors: pronoun").
ERROR_PREFIX = "errors: "


def load_polnear(path: str | Path) -> list[dict]:
    """The PolNeAR JSON-lines file at ``path``: one dict per article (``id``, ``text``, ``quotes``:
    dicts with ``kind, start, end, speaker, speaker_start, speaker_end, floating``). Raises
    ``NewslensError`` when the file is missing."""
    path = Path(path)
    if not path.is_file():
        raise NewslensError(f"{path}: no such PolNeAR file")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _locate(haystack: str, idx: list[int], needle: str) -> tuple[int, int] | None:
    n = folded(needle)[0].strip()
    k = haystack.find(n) if n else -1
    return None if k < 0 else (idx[k], idx[k + len(n) - 1] + 1)


def _overlap(a, b) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def error_class(row, gold_speaker: str) -> str:
    """The error class of a wrong speaker: ``row`` is a ``find_quotes`` row with
    ``speaker_sentence`` (see ``_with_speaker_sentence``), ``gold_speaker`` the gold's name.
    Returns ``empty`` (no speaker), ``pronoun`` (our mention is a pronoun), ``continuation``
    (speaker found outside the quote's sentence), ``descriptor`` (a description, ours or the
    gold's, or an unnamed source) or ``speaker phrase``."""
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


def _headline(name: str, tally: Counter) -> dict:
    """The scores both sets report first: ``set, gold, found, extra, precision, recall, f1``."""
    p, r, f = prf(tally["found"] + tally["extra"], tally["gold"], tally["found"])
    return {"set": name, "gold": tally["gold"], "found": tally["found"], "extra": tally["extra"],
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}  # fmt: skip


def score_pages(dev: Path, verbose: bool = False) -> dict:
    """``find_quotes`` on the saved pages under ``dev/pages`` against their gold. Returns a dict:
    ``set, gold, found, extra, precision, recall, f1, speaker_accuracy, reported_gold,
    reported_pred, reported_precision, reported_recall, reported_f1`` and ``errors`` (a
    ``Counter`` of error classes). ``verbose`` prints each miss and wrong speaker."""
    tally = Counter()
    errors = Counter()
    for gpath in sorted((dev / PAGES_GOLD).glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        art = load_article(dev / PAGES_HTML / f"{gpath.stem}.html")
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
    # reported speech: recall over gold reported items; precision of our indirect predictions
    rp = tally["pred_reported_ok"] / max(1, tally["pred_reported"])
    rr = tally["found_reported"] / max(1, tally["gold_reported"])
    return _headline("pages", tally) | {
        "speaker_accuracy": round(tally["speaker_ok"] / max(1, tally["found"]), 3),
        "reported_gold": tally["gold_reported"],
        "reported_pred": tally["pred_reported"],
        "reported_precision": round(rp, 3),
        "reported_recall": round(rr, 3),
        "reported_f1": round(f1(rp, rr), 3),
        "errors": errors,
    }


def _pronoun_referent(item: dict, named: list[tuple[int, str]]) -> str:
    """The person a PolNeAR pronoun source refers to: the nearest earlier named source (he/she skip
    names that are plainly organisations or groups)."""
    earlier = [n for s, n in named if s < (item.get("speaker_start") or 0)]
    if fold(item["speaker"]) in PERSONAL_PRONOUNS:
        people = [n for n in earlier if not DESCRIPTOR.match(n) and not n.isupper()]
        earlier = people or earlier
    return earlier[-1] if earlier else item["speaker"]


def score_polnear(dev: Path, verbose: bool = False) -> dict:
    """``find_quotes`` on PolNeAR's development split (``dev/polnear-dev.jsonl``), direct and
    mixed attributions only. Returns a dict: ``set, gold, found, extra, precision, recall, f1,
    speaker_accuracy, speaker_n`` (named sources), ``pronoun_accuracy, pronoun_n`` and ``errors``
    (a ``Counter`` of error classes). ``verbose`` prints each wrong speaker."""
    tally = Counter()
    errors = Counter()
    for doc in load_polnear(dev / POLNEAR_FILE):
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
            if best <= MIN_OVERLAP:
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
    return _headline("polnear", tally) | {
        "speaker_accuracy": round(tally["named_ok"] / max(1, tally["named"]), 3),
        "speaker_n": tally["named"],
        "pronoun_accuracy": round(tally["pronoun_ok"] / max(1, tally["pronoun"]), 3),
        "pronoun_n": tally["pronoun"],
        "errors": errors,
    }


def dev_scores(dev: str | Path) -> pd.DataFrame:
    """Scores and error-class counts on the development sets under the folder ``dev`` (those
    present; an empty table when none is). Returns ``set, measure, value, n`` (``n`` is the number
    of items the value is measured over; ``errors: <class>`` rows give the class's share of all
    misses and wrong speakers as ``value`` and its count as ``n``)."""
    dev = Path(dev)
    rows = []
    results = []
    if (dev / PAGES_GOLD).is_dir():
        results.append(score_pages(dev))
    if (dev / POLNEAR_FILE).is_file():
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
        rows += [
            (name, f"{ERROR_PREFIX}{k}", round(v / max(1, total), 3), v) for k, v in sorted(errors.items())
        ]
    return pd.DataFrame(rows, columns=["set", "measure", "value", "n"])
