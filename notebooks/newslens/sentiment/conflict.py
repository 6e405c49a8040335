"""The conflict-reporting layer: VADER with a length calibration, war words and adversary strength.

Before the learned ``news`` scorer (``sentiment.model``) this was the project's default. It stays
as a separate, documented scorer, ``scorer="conflict"``, because it encodes knowledge about war
reporting that the human ratings (editorials, reviews, tweets) cannot teach a model; on those
ratings it measures the same as plain VADER (notebook 02, table "How sure are we?"). It differs
from plain VADER in three ways:

1. *Length calibration.* VADER sums word valences and squashes the sum with
   ``x / sqrt(x**2 + 15)``, so long sentences with many mildly charged words saturate. We divide
   the sum by ``n_tokens ** LENGTH_POWER`` before squashing with ``x / sqrt(x**2 + SQUASH_ALPHA)``
   (both chosen by grid search on half of the NYT editorial ratings: documents whose CRC-32 of
   the id is even).
2. *Conflict-reporting words* missing from VADER's lexicon (``DOMAIN_LEXICON``: "militant",
   "insurgency", "surrender", "reprisals" ...), with valences set by hand on VADER's -4..+4
   scale, and a few VADER entries that misread war reporting ("offensive" as in a military
   offensive is not an insult, but still negative; "abuses" stronger).
3. *Strength of an adversary.* In a sentence that names an armed adversary (``ADVERSARY``:
   militants, insurgents, the Taliban, ISIS ...), words of strength and success ("strong",
   "momentum", "gains", "won") describe a threat, not good news: their valence is reversed
   and halved. "The Taliban have a very strong presence in the north" is positive under plain
   VADER and negative here.
"""

from __future__ import annotations

import math
import re
from functools import cache

from nltk.sentiment import SentimentIntensityAnalyzer

from ..errors import NewslensError
from .features import TracingVader, _vader_folder

#: Length calibration (chosen on half of the NYT editorial ratings; see module doc).
LENGTH_POWER = 0.6
SQUASH_ALPHA = 2.0

#: Conflict and crisis vocabulary VADER lacks or misweights (valence on VADER's -4..+4 scale).
DOMAIN_LEXICON = {
    "militant": -1.5,
    "militants": -1.5,
    "insurgency": -1.8,
    "insurgent": -1.5,
    "insurgents": -1.5,
    "extremist": -2.0,
    "extremists": -2.0,
    "jihadist": -2.0,
    "jihadists": -2.0,
    "surrender": -1.5,
    "surrendered": -1.5,
    "invasion": -2.0,
    "invaded": -1.8,
    "bombing": -2.5,
    "bombings": -2.5,
    "airstrike": -2.0,
    "airstrikes": -2.0,
    "shelling": -2.2,
    "casualties": -2.3,
    "deaths": -2.3,
    "wounded": -2.0,
    "fled": -1.5,
    "flee": -1.3,
    "fleeing": -1.5,
    "massacre": -3.0,
    "atrocities": -3.0,
    "reprisals": -2.0,
    "assassinated": -2.8,
    "siege": -1.8,
    "coup": -1.8,
    "regime": -1.0,
    "warlord": -1.8,
    "warlords": -1.8,
    "insurrection": -2.0,
    "crossfire": -1.8,
    "treacherous": -2.2,
    "crackdown": -2.0,
    "hostage": -2.3,
    "hostages": -2.3,
    "sanctions": -1.0,
    "internecine": -2.0,
    "corruption": -2.5,
    "epidemic": -2.2,
    "depleted": -1.3,
    "fraught": -1.5,
    # VADER entries that misread war reporting
    "offensive": -1.0,  # VADER: -1.4 as an insult; in war reporting a military push, still bad news
    "abuses": -2.5,  # VADER: -1.5
}

#: Armed adversaries: generic terms and groups widely designated as terrorist organisations.
ADVERSARY = re.compile(
    r"\b(militants?|insurgents?|extremists?|terrorists?|jihadists?|warlords?|the enemy|taliban"
    r"|al[- ]qaeda|isis|isil|islamic state|boko haram|al[- ]shabaa?b|haqqani)\b",
    re.IGNORECASE,
)
#: Words of strength and success that read as a threat when said of an adversary. Words that
#: as often describe the other side in the same sentence ("support", "gain") are left out.
STRENGTH_WORDS = (
    "strong",
    "stronger",
    "strongest",
    "strength",
    "strengthen",
    "strengthened",
    "powerful",
    "momentum",
    "gains",
    "gain",
    "win",
    "won",
    "wins",
    "winning",
    "victory",
    "victories",
    "victorious",
    "success",
    "successful",
    "dominate",
    "dominant",
    "advantage",
    "confident",
    "support",
)


class NewsSentimentAnalyzer(TracingVader):
    """VADER with the length calibration of the module docstring (``compound`` only; ``pos``,
    ``neu`` and ``neg`` are VADER's)."""

    def score_valence(self, sentiments, text):
        """VADER's scores (``neg, neu, pos, compound``) for the token valences ``sentiments`` of
        ``text``, with ``compound`` recalibrated for the sentence's length."""
        scores = super().score_valence(sentiments, text)
        if sentiments:
            total = float(sum(sentiments))
            emphasis = self._punctuation_emphasis(total, text)
            total += emphasis if total > 0 else -emphasis if total < 0 else 0.0
            x = total / len(sentiments) ** LENGTH_POWER
            scores["compound"] = round(x / math.sqrt(x * x + SQUASH_ALPHA), 4)
        return scores


#: The name the conflict layer had when it was the default scorer: VADER-level calls that still
#: pass ``"news"`` get the same analyser as before (the learned model has no VADER analyser).
FORMER_NAMES = {"news": "conflict"}


@cache
def analyser(scorer: str = "conflict", adversary: bool = False) -> SentimentIntensityAnalyzer:
    """The VADER analyser for ``scorer`` ("conflict" or "vader"; "news", its former name, is
    "conflict"), built once; ``adversary=True`` gives the conflict layer's variant for sentences
    that name an armed adversary."""
    scorer = FORMER_NAMES.get(scorer, scorer)
    _vader_folder()
    if scorer == "vader":
        return TracingVader(lexicon_file="vader_lexicon.txt")  # NLTK's VADER, faster tokeniser
    if scorer != "conflict":
        raise NewslensError(f"unknown VADER variant {scorer!r}: use 'conflict' or 'vader'")
    sia = NewsSentimentAnalyzer(lexicon_file="vader_lexicon.txt")
    sia.lexicon = {**sia.lexicon, **DOMAIN_LEXICON}
    if adversary:
        sia.lexicon.update({w: -0.5 * abs(sia.lexicon[w]) for w in STRENGTH_WORDS if w in sia.lexicon})
    return sia


def polarity(text: str, scorer: str = "conflict") -> dict:
    """VADER's ``neg, neu, pos, compound`` for one string under ``scorer`` ("conflict", "vader";
    "news" is the conflict layer's former name)."""
    scorer = FORMER_NAMES.get(scorer, scorer)
    adversary = scorer == "conflict" and bool(ADVERSARY.search(text))
    return analyser(scorer, adversary).polarity_scores(text)


def domain_cues(text: str) -> list[str]:
    """The words of a sentence that the conflict layer reads differently from plain VADER: domain
    lexicon words, and strength words when the sentence names an adversary."""
    words = re.findall(r"[a-z]+", text.lower())
    cues = [w for w in words if w in DOMAIN_LEXICON]
    if ADVERSARY.search(text):
        cues += [w for w in words if w in STRENGTH_WORDS]
    return sorted(set(cues))
