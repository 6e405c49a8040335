"""Attribution: who is quoted, how, and how much.

``find_quotes(article)`` returns one row per quote span:

====================  =========================================================================
``quote_id``          0, 1, ... in reading order
``kind``              ``direct`` (a clause or more inside quotation marks), ``partial`` (a
                      quoted fragment inside the reporter's sentence, or a reported clause that
                      holds quoted words, PolNeAR's "mixed") or ``indirect`` (reported speech
                      without quotation marks)
``text, start, end``  the words inside the marks, or the reported clause; offsets into
                      ``article.text``
``speaker``           canonical name, the fullest the article gives ("Asfandyar Mir" for "Mir"
                      or "he"); organisations and documents by name; unnamed sources as
                      "(anonymous) some experts"; "(unresolved) he" when a pronoun has no
                      antecedent; empty when a quote has a reporting verb but no speaker we
                      can name
``speaker_mention``   the words naming the speaker nearest the quote, as written, with
``speaker_start, speaker_end``  (-1 when there is none)
``cue``               the reporting word(s): said, told, wrote, according to, believe ...
``sentence_id``       the sentence where the quote starts; ``paragraph_id`` its paragraph
``source_type``       person / organisation / document / media / anonymous
``role``              the descriptor the article gives the speaker at that mention
``speaker_type``      person / organisation / unnamed / document (media count as organisations)
====================  =========================================================================

The package, one concern per module:

- ``lexicon``: the word tables (cue verbs and their non-speech senses, titles, organisation,
  document, group and person nouns, places, gendered words).
- ``names``: entity mentions: capitalised runs classified as people (titles, initials and
  particles kept, dates cut off), organisations, media or places; the people in reading order
  with their salience, gender and descriptors.
- ``phrases``: what a speaker phrase names: names with titles, pronouns, unnamed sources ("two
  senior officers", "a woman at the camp"), documents, possessed nouns ("Varga’s lawyer").
- ``subjects``: where the subject of a cue starts and ends: the phrase before the verb, the
  subject opening a clause, names followed by appositives, adverbs between subject and verb.
- ``resolve``: pronouns and descriptors resolved by salience and gender agreement.
- ``attribution``: the speaker of a quotation from the words right after or before it.
- ``reported``: reported clauses without quotation marks, with their boundaries.
- ``find``: the pass over an article, continuation across paragraphs, the table.
- ``sources``: silent sources, counts per speaker, voice groups, tone by speaker.

The rules, for news English (each pinned by a case in ``tests/cases/quote_cases.py``):

- Quotation marks are paired by ``marks`` (curly, straight, single quotes as quote marks,
  apostrophes, multi-paragraph quotations).
- A quote's speaker is found, in order: in the attribution after it in the same sentence
  (``,” said X``, ``,” X said``, ``,” X, a ..., told Reuters``, ``,” he wrote``, ``” ― X``); before it
  (``X said: “...”``, ``According to X, “...”``, ``the agency quoted X as saying:``, ``X summed
  up the mood: “...”``, ``X defended it, saying, “...”``); for a fragment, the subject of the cue
  or framing verb in its sentence (``X called the plan “reckless”``); otherwise the speaker of the
  previous quote in the paragraph, of the quotation this one continues, or of the previous
  paragraph's quote or reported speech (a paragraph that is only a quote continues the speaker).
- Quoted material in a sentence without any attribution, and quoted names (``known as the
  “Northern Alliance”``), are scare quotes or titles: not quotes.
- "he"/"she" resolve to people only, with gender agreement (from titles and the article's own
  pronouns), preferring the current speaker and sentence subjects; "it" to the last
  organisation, "they" to the last group; "the company", "the senator" to the entity named
  earlier with that description. Names inside quotation marks are never antecedents; a surname
  resolves to the full name first mentioned.
- Reported speech: ``X said/believes/denied/confirmed (that) CLAUSE``, ``X told Y CLAUSE``,
  ``X accused Y of ...``, ``X urged Y to ...``, ``CLAUSE, X said.``, ``according to X`` anywhere in
  the sentence; clauses cut at a second attribution; verbs with a non-speech sense need "that" or
  a subject pronoun.

Everything runs in one pass per paragraph over precompiled patterns.
"""

from __future__ import annotations

from ..marks import quote_spans
from ..segment import SPEECH_VERBS, word_count
from ..words import CALENDAR_WORDS, PRONOUNS
from .attribution import attribution_after, attribution_before
from .find import COLUMNS, find_quotes, is_direct, is_title
from .lexicon import (
    AUXILIARIES,
    BELIEF_VERBS,
    CUE_WORDS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    MULTIWORD_CUES,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    REFLEXIVE,
    SENTENCE_OPENERS,
    SILENT_CUES,
    TITLE_WORDS,
    WEAK_CUES,
)
from .names import Mention, State, classify_run, name_runs
from .phrases import phrase_mention
from .reported import reported_clauses
from .sources import (
    SILENT_COLUMNS,
    TYPE_GROUPS,
    VOICE_GROUPS,
    count_sources,
    find_silent_sources,
    tone_by_speaker,
    voice_group,
)
from .subjects import subject_before

__all__ = [
    "SPEECH_VERBS",
    "quote_spans",
    "word_count",
    "AUXILIARIES",
    "BELIEF_VERBS",
    "CALENDAR_WORDS",
    "COLUMNS",
    "CUE_WORDS",
    "DOCUMENT_NOUNS",
    "GROUP_NOUNS",
    "MEDIA_NAMES",
    "MEDIA_WORDS",
    "MULTIWORD_CUES",
    "Mention",
    "ORG_WORDS",
    "PERSON_NOUNS",
    "PLACE_WORDS",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUANTIFIERS",
    "REFLEXIVE",
    "SENTENCE_OPENERS",
    "SILENT_COLUMNS",
    "SILENT_CUES",
    "State",
    "TITLE_WORDS",
    "TYPE_GROUPS",
    "VOICE_GROUPS",
    "WEAK_CUES",
    "attribution_after",
    "attribution_before",
    "classify_run",
    "count_sources",
    "find_quotes",
    "find_silent_sources",
    "is_direct",
    "is_title",
    "name_runs",
    "phrase_mention",
    "reported_clauses",
    "subject_before",
    "tone_by_speaker",
    "voice_group",
]
