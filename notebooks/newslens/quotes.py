"""Attribution: who is quoted, how, and how much.

``find_quotes(article)`` returns one row per quote span:

====================  =========================================================================
``quote_id``          0, 1, ... in reading order
``kind``              ``direct`` (a clause or more inside quotation marks), ``partial`` (a
                      quoted fragment inside the reporter's sentence) or ``indirect`` (reported
                      speech without quotation marks)
``text, start, end``  the words inside the marks, or the reported clause; offsets into
                      ``article.text``
``speaker``           canonical name ("Asfandyar Mir" for "Mir" or "he"); organisations and
                      documents by name; unnamed sources as "(anonymous) some experts"; empty
                      when a quote has a reporting verb but no speaker we can name
``speaker_mention``   the words naming the speaker nearest the quote, with
``speaker_start, speaker_end``  (-1 when there is none)
``cue``               the reporting word(s): said, told, wrote, according to, believe ...
``sentence_id``       the sentence where the quote starts; ``paragraph_id`` its paragraph
``source_type``       person / organisation / document / media / anonymous
``role``              the descriptor the article gives the speaker at that mention
====================  =========================================================================

The rules, for news English (each pinned by a test):

- Quotation marks are paired by ``marks`` (curly, straight, single quotes as quote marks,
  apostrophes, multi-paragraph quotations).
- A quote's speaker is found, in order: in the attribution after it in the same sentence
  (``,” said X``, ``,” X said``, ``,” X, a ..., told Reuters``, ``,” he wrote``); before it in the
  same sentence (``X said: “...”``, ``According to X, “...”``); for a fragment, the subject of the
  cue verb in its sentence (``X declared himself the “...”``); otherwise the speaker of the
  previous quote in the paragraph, of the quotation this one continues, or of a reported-speech
  sentence earlier in the paragraph.
- Quoted material in a sentence without any attribution, and quoted names (``known as the
  “Northern Alliance”``), are scare quotes or titles: not quotes.
- Pronouns resolve to the most recent person named in the reporter's narration (names inside
  quotation marks are never antecedents); a surname resolves to the full name first mentioned.
- Reported speech: ``X said/believes/points out (that) CLAUSE``, ``CLAUSE, X said.``,
  ``CLAUSE, according to X.`` and ``According to X, CLAUSE``.

Everything runs in one pass per paragraph over precompiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .marks import quote_spans
from .segment import SPEECH_VERBS, word_count

# --- word tables ---------------------------------------------------------------------------------

#: Reporting cues beyond the speech verbs: cognition and report verbs, multi-word cues.
BELIEF_VERBS = (
    "believe believes believed think thinks thought argue argues argued contend contends contended "
    "reported reports report reckon reckons doubt doubts fear fears expect expects expected "
    "estimate warn caution predict assert asserts asserted say"
).split()
#: Cue words that are more often nouns or hedges ("the report", "I think"): used only when no
#: other cue is there.
WEAK_CUES = frozenset("report reports say doubt doubts fear fears expect think thought".split())
MULTIWORD_CUES = ("point out", "points out", "pointed out", "according to", "went on", "goes on")
#: Cues that attribute speech only with an object or complement ("told Reuters", "asked").
CUE_WORDS = tuple(dict.fromkeys(SPEECH_VERBS + tuple(BELIEF_VERBS)))

#: Words that introduce a title or office before a name; dropped from the canonical name.
TITLE_WORDS = frozenset(
    """
    president vice prime minister secretary ambassador general gen. lt. col. maj. capt. adm. sgt. rep. sen.
    gov. dr. mr. mrs. ms. prof. rev. sir dame lord lady king queen prince princess sheikh mullah commander
    chief spokesman spokeswoman spokesperson mayor governor senator representative judge justice chairman
    chairwoman director deputy foreign defense defence interior finance state former acting retired late
    afghan american u.s. british pakistani russian chinese iranian indian tajik uzbek turkish french german
    israeli palestinian ukrainian syrian iraqi saudi republican democrat democratic republicans democrats
    florida texas california new york army navy marine air force cia fbi
    """.split()
)
#: Words that make a capitalised run an organisation.
ORG_WORDS = frozenset(
    """
    agency department ministry group foundation university institute council committee party army navy
    front corps alliance administration commission bank company corporation inc. corp. association union
    office center centre forces force command service services congress senate house parliament
    government court police embassy pentagon cia fbi nato un u.n. taliban state council program
    """.split()
)
#: News organisations (matched on the run's last words, case-insensitive).
MEDIA_NAMES = (
    "reuters",
    "associated press",
    "ap",
    "afp",
    "bloomberg",
    "wall street journal",
    "washington post",
    "new york times",
    "foreign policy",
    "bbc",
    "cnn",
    "al jazeera",
    "fox news",
    "nbc",
    "cbs",
    "abc",
    "npr",
    "politico",
    "guardian",
    "the times",
    "financial times",
    "economist",
    "axios",
    "new york post",
    "the post",
    "the journal",
)
#: Words that make a capitalised run a news outlet ("The Daily Planet", "Kabul Times").
MEDIA_WORDS = frozenset(
    "times post journal news herald tribune gazette guardian telegraph chronicle daily press magazine "
    "radio tv television broadcasting newspaper wire".split()
)
#: Head nouns of documents.
DOCUMENT_NOUNS = frozenset(
    "memo memos report reports assessment assessments document documents study studies statement "
    "statements letter letters filing filings cable cables survey poll analysis review op-ed editorial "
    "transcript complaint indictment lawsuit".split()
)
#: Head nouns of unnamed human sources ("some experts", "two officials").
GROUP_NOUNS = frozenset(
    "experts officials analysts sources diplomats residents critics observers people officers aides "
    "advisers advisors lawmakers commanders fighters witnesses scholars researchers insiders leaders "
    "members supporters opponents activists economists investors veterans many some others".split()
)
#: Words in a place name, which is never a speaker.
#: Singular nouns for an unnamed person ("a senior official", "one resident").
PERSON_NOUNS = frozenset(
    "official analyst expert source spokesman spokeswoman spokesperson resident woman man voter lawmaker "
    "diplomat aide adviser advisor officer commander fighter witness person chief director lawyer doctor "
    "activist critic observer insider strategist scholar researcher economist member supporter opponent "
    "veteran leader executive employee worker student teacher".split()
)
#: Capitalised only because they open a sentence; never the start of a name.
SENTENCE_OPENERS = frozenset(
    "but and after before when while if as then so yet or now also since because although though "
    "still instead meanwhile however".split()
)
AUXILIARIES = frozenset("is are was were be been being has have had do does did will would can could".split())
FUNCTION_WORDS = frozenset(
    "this its his hers ours yours theirs was has does is as us thus years months weeks days hours minutes "
    "times things ways words numbers".split()
)
PREPOSITIONS = frozenset("to of for with in at on from by about as and or".split())
QUANTIFIERS = frozenset("some many several most one two three four few a an the other others".split())
PLACE_WORDS = frozenset(
    "valley province mountains mountain river city street asia europe africa america east west north south "
    "northern southern eastern western central capital island islands gulf sea ocean district county".split()
)
REFLEXIVE = re.compile(r"(himself|herself|themselves|itself|him|her|them|it)\b", re.IGNORECASE)
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "", "i": "", "we": "", "it": "o", "him": "m", "her": "f"}
#: Phrases that name a source that did not answer.
SILENT_CUES = re.compile(
    r"\b(did not|didn[’']t|declined to|could not be reached|did not immediately) "
    r"(respond|reply|comment|answer|return)\w*",
    re.IGNORECASE,
)

COLUMNS = [
    "quote_id",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "sentence_id",
    "paragraph_id",
    "source_type",
    "role",
]

SILENT_COLUMNS = [
    "speaker", "source_type", "speaker_mention", "speaker_start", "speaker_end", "cue", "sentence_id", "paragraph_id",
]  # fmt: skip

# --- precompiled patterns -----------------------------------------------------------------------

_TOKEN = re.compile(r"[\w’'][\w’'.&-]*")
_CUE_ALT = "|".join(sorted((re.escape(c) for c in MULTIWORD_CUES + CUE_WORDS), key=len, reverse=True))
_CUE = re.compile(rf"\b({_CUE_ALT}|According to)\b")
_THAT = re.compile(r"^(?:\s*[\w’'.,-]+){0,6}?\s+that\s", re.IGNORECASE)
_RELATIVE_OR_INDEFINITE = re.compile(r"(?:who|whose|which|a|an)\b", re.IGNORECASE)
_APPOSITIVE_START = re.compile(r"^(a|an|the|who|whose|which|one|[\w’']+’s|[\w']+'s)\b", re.IGNORECASE)
_QUOTE_CHARS = '“”"‘’«»„'
_DASH_CREDIT = re.compile(r"[ \u00a0]*[―—–][ \u00a0]*([A-Z][^,.;\n]{1,60}?)[ \u00a0]*(?:,|$)")
_PARTY_TAG = re.compile(r"\s*\((?:[RDI]|Rep|Dem|Ind)\.?-[A-Z][\w.]*\)\s*$")


@dataclass
class Mention:
    """A phrase that names a source."""

    canonical: str
    surface: str
    start: int
    end: int
    source_type: str
    role: str = ""


@dataclass
class _State:
    """What the pass over the article has learned so far (names, last speakers)."""

    text: str
    persons: dict = field(default_factory=dict)  # surname or full name -> full name
    last_person: Mention | None = None
    last_org: Mention | None = None
    used_cues: set = field(default_factory=set)  # offsets of cues that attribute a direct quote


# --- names -------------------------------------------------------------------------------------


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    for m in _TOKEN.finditer(text, lo, hi):
        s, e = m.span()
        while e > s + 1 and text[e - 1] in ".’'" and text[s:e].lower() not in TITLE_WORDS | ORG_WORDS:
            if text[e - 1] == "." and re.fullmatch(r"(?:[A-Z]\.)+", text[s:e]):
                break  # U.S., U.N.
            e -= 1
        out.append((s, e))
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _name_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (with "of", "for", "the", "and", "al-", "bin" inside) in
    ``text[lo:hi]`` that are separated only by spaces."""
    toks = _tokens(text, lo, hi)
    runs, cur = [], []
    connectors = {"of", "for", "the", "and", "de", "bin", "al", "van", "von", "on"}
    for i, (s, e) in enumerate(toks):
        word = text[s:e]
        gap_ok = not cur or re.fullmatch(r"[ \u00a0]", text[cur[-1][1] : s]) is not None
        if not gap_ok:
            runs.append(cur)
            cur = []
        nxt_cap = i + 1 < len(toks) and _is_cap(text[toks[i + 1][0] : toks[i + 1][1]])
        if _is_cap(word) or (cur and word.lower() in connectors and nxt_cap):
            cur.append((s, e))
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    spans = []
    for run in runs:
        while run and text[run[-1][0] : run[-1][1]].lower() in connectors:
            run = run[:-1]
        while run and text[run[0][0] : run[0][1]].lower() in SENTENCE_OPENERS:
            run = run[1:]
        if run:
            spans.append((run[0][0], run[-1][1]))
    return spans


def _media(name: str) -> bool:
    low = name.lower().removeprefix("the ")
    if any(w in MEDIA_WORDS for w in low.split()):
        return True
    return any(low == m.removeprefix("the ") or low.endswith(" " + m) for m in MEDIA_NAMES)


def _classify_run(text: str, s: int, e: int) -> Mention | None:
    """A capitalised run -> a person (titles dropped), organisation or media mention."""
    surface = text[s:e]
    words = surface.split()
    lows = [w.lower() for w in words]
    if _media(surface):
        return Mention(surface, surface, s, e, "media")
    if any(w in ORG_WORDS for w in lows[1:]) or (lows[-1] in ORG_WORDS and len(words) > 1):
        return Mention(surface, surface, s, e, "organisation")
    if len(words) == 1 and lows[0] in ORG_WORDS:
        return Mention(surface, surface, s, e, "organisation")
    if any(w in PLACE_WORDS for w in lows) or (len(words) == 1 and lows[0].rstrip(".") in CALENDAR_WORDS):
        return None
    # a person: drop leading titles and demonyms
    k = 0
    for i, w in enumerate(lows):
        if w in TITLE_WORDS:
            k = i + 1
    name_words = words[k:]
    if not name_words:
        return None
    offset = s + len(" ".join(words[:k])) + (1 if k else 0)
    role = " ".join(words[:k])
    return Mention(" ".join(name_words), " ".join(name_words), offset, e, "person", role)


def _register(state: _State, m: Mention) -> Mention:
    """Resolve a person mention against names seen so far (surname -> first full name) and
    remember new full names."""
    if m.source_type != "person":
        return m
    words = m.canonical.split()
    if len(words) == 1:
        full = state.persons.get(words[0])
        if full:
            m.canonical = full
    else:
        state.persons.setdefault(m.canonical, m.canonical)
        state.persons.setdefault(words[-1], m.canonical)
    return m


def _scan_names(state: _State, lo: int, hi: int, quoted: list[tuple[int, int]]) -> None:
    """Register every person named in narration between ``lo`` and ``hi``; the last one named is
    the antecedent for a later pronoun."""
    for s, e in _name_runs(state.text, lo, hi):
        if any(a <= s < b for a, b in quoted):
            continue
        m = _classify_run(state.text, s, e)
        if m is None:
            continue
        if m.source_type == "person":
            if len(m.canonical.split()) == 1 and m.canonical not in state.persons:
                continue  # a lone capitalised word we know nothing about
            _register(state, m)
            state.last_person = m
        else:
            state.last_org = m


# --- speaker phrases -----------------------------------------------------------------------------


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-" + _QUOTE_CHARS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–-" + _QUOTE_CHARS):
        e -= 1
    return s, e


def _chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated chunks of ``text[s:e]`` (commas inside "U.S., Japanese" kept simple)."""
    out, pos = [], s
    for m in re.finditer(r",", text[s:e]):
        out.append(_strip(text, pos, s + m.start()))
        pos = s + m.end()
    out.append(_strip(text, pos, e))
    return [c for c in out if c[1] > c[0]]


def _people_head(lows: list[str]) -> bool:
    """A determiner phrase that names people: its head is a person noun ("a senior official") or a
    plural ("the organisers"), and it holds no pronoun or auxiliary ("the questions he was being")."""
    head = lows[-1]
    if any(w in PRONOUNS or w in AUXILIARIES for w in lows):
        return False
    return head in PERSON_NOUNS or (head.endswith("s") and head.isalpha() and head not in FUNCTION_WORDS)


def _phrase_mention(state: _State, s: int, e: int, role: str = "") -> Mention | None:
    """The source named by the phrase ``text[s:e]``: a pronoun, a name (possibly after a title),
    an organisation followed by "officials", a document, or an unnamed group."""
    text = state.text
    s, e = _strip(text, s, e)
    if e <= s:
        return None
    phrase = text[s:e]
    low = phrase.lower()
    if low in PRONOUNS:
        ante = state.last_org if PRONOUNS[low] == "o" else state.last_person
        if ante is None:
            return Mention(f"(unresolved) {phrase}", phrase, s, e, "anonymous", role)
        return Mention(ante.canonical, phrase, s, e, ante.source_type, role or ante.role)
    tag = _PARTY_TAG.search(phrase)  # "Jason Chaffetz (R-Utah)"
    if tag:
        e = s + tag.start()
        phrase = text[s:e]
    words = phrase.split()
    if len(words) > 12 or not words:
        return None
    runs = _name_runs(text, s, e)
    lows = [w.lower().strip(",.") for w in words]
    head = lows[-1]
    if runs:
        rs, re_ = runs[-1] if runs[-1][1] == e else runs[0]
        if head in GROUP_NOUNS and text[re_:e].strip():  # "U.S. Defense Intelligence Agency officials"
            m = _classify_run(text, rs, re_)
            if m is not None and m.source_type != "person":
                return Mention(m.canonical, phrase, s, e, m.source_type, role)
        if (rs, re_) == (s, e) or (re_ == e and text[s:rs].strip().lower() in {"", "the"}):
            m = _classify_run(text, s if text[s:rs].strip().lower() == "the" else rs, re_)
            if m is not None:
                m.surface = phrase
                m.start, m.end = s, e
                m.role = m.role or role
                if m.source_type == "person":
                    _register(state, m)
                    state.last_person = m
                return m
        descriptor = text[s:rs].strip(" ,")
        last_word = descriptor.split()[-1].lower() if descriptor else ""
        if (
            re_ == e
            and descriptor
            and len(descriptor.split()) <= 6
            and last_word not in PREPOSITIONS
            and (len(text[rs:re_].split()) >= 2 or last_word in TITLE_WORDS)
        ):  # "Trump lawyer Marc Kasowitz", "panel Chairman Rep. Jason Chaffetz (R-Utah)"
            m = _classify_run(text, rs, re_)
            if m is not None and m.source_type == "person":
                m.surface, m.start, m.end = phrase, s, e
                m.role = " ".join(x for x in (descriptor, m.role, role) if x)
                _register(state, m)
                state.last_person = m
                return m
    if head in DOCUMENT_NOUNS or any(w in DOCUMENT_NOUNS for w in lows[:4]):
        cut = next(i for i, w in enumerate(lows) if w in DOCUMENT_NOUNS) + 1
        base = " ".join(words[:cut])
        named = _name_runs(text, s, s + len(base))
        kind = "document"
        canonical = base if named and named[0][0] > s else f"(anonymous) {base}"
        return Mention(canonical, phrase, s, e, kind, role)
    if head in ORG_WORDS and len(words) <= 5:  # "the defence ministry"
        return Mention(phrase, phrase, s, e, "organisation", role)
    if head in GROUP_NOUNS or (lows[0] in QUANTIFIERS and len(words) <= 6 and _people_head(lows)):
        plain = phrase[:1].lower() + phrase[1:] if lows[0] in QUANTIFIERS | GROUP_NOUNS else phrase
        return Mention(f"(anonymous) {plain}", phrase, s, e, "anonymous", role)
    return None


def _attribution_after(state: _State, s: int, e: int) -> tuple[Mention, str] | None:
    """The speaker in an attribution right after a quote: ``said X, role``, ``X said``,
    ``X, role, told Y``, ``he wrote``; ``text[s:e]`` runs from the closing mark."""
    text = state.text
    cues = list(_CUE.finditer(text, s, e))
    strong = [c for c in cues if c.group(0).lower() not in WEAK_CUES]
    cue = (strong or cues or [None])[0]  # "a government report said": the verb, not the noun
    if cue is None:
        dash = _DASH_CREDIT.match(text, s, e)  # “...” ― Krystal Correa
        if dash is None:
            return None
        m = _phrase_mention(state, dash.start(1), dash.end(1))
        return (m, "―") if m else None
    state.used_cues.add(cue.start())
    before = text[s : cue.start()]
    if before.strip(" \u00a0\u200b\t\n,—–" + _QUOTE_CHARS):  # "X said", "X, role, told"
        chunks = _chunks(text, s, cue.start())
        probe = _State(text, dict(state.persons), state.last_person, state.last_org)
        candidates = [c for c in chunks if _phrase_mention(probe, *c)]
        if not candidates:  # a quote with its reporting verb, but a speaker we cannot name
            return (_unknown(), cue.group(0)) if _adjacent(before) else None
        exact = [c for c in candidates if _name_runs(text, *c) == [c]]  # a chunk that is just a name
        pick = (exact or candidates)[0]
        role = ", ".join(text[a:b] for a, b in chunks if (a, b) != pick)
        m = _phrase_mention(state, *pick, role=role)
        return (m, cue.group(0)) if m else None
    # "said X, role" : the phrase after the cue up to a comma or the end
    after_s = cue.end()
    stop = re.search(r"[,.;—]|$", text[after_s:e])
    name_end = after_s + stop.start()
    role_s, role_e = _strip(text, name_end, e)
    role = re.split(r"\s+(?:who|which|referring|adding|according)\b", text[role_s:role_e])[0].rstrip(" ,")
    m = _phrase_mention(state, after_s, name_end, role=role if _APPOSITIVE_START.match(role) else "")
    if m is None and len(text[after_s:name_end].split()) <= 12:
        m = _unknown()
    return (m, cue.group(0)) if m else None


def _unknown() -> Mention:
    """The speaker of a quote whose attribution we found but could not name."""
    return Mention("", "", -1, -1, "", "")


def _adjacent(before: str) -> bool:
    """An attribution clause right after the quote: short, with no clause boundary."""
    return ";" not in before and len(before.split()) <= 12


def _attribution_before(state: _State, s: int, e: int) -> tuple[Mention, str] | None:
    """``X said: “``, ``X said, “``, ``According to X, “``: ``text[s:e]`` runs up to the opening
    mark."""
    text = state.text
    seg = text[s:e].rstrip()
    if not seg.endswith((":", ",")):
        return None
    acc = re.search(r"according to\s+(.+?),\s*$", seg, re.IGNORECASE)
    if acc:
        m = _phrase_mention(state, s + acc.start(1), s + acc.end(1))
        return (m, "according to") if m else None
    cues = list(_CUE.finditer(text, s, e))
    if not cues:
        if not seg.endswith(":"):
            return None
        # "Ines Moravec, an analyst at the Harbour Institute, put it differently: “...”"
        chunks = _chunks(text, max(s, max(text.rfind(ch, s, e - 1) for ch in ";.") + 1), s + len(seg) - 1)
        names = [c for c in chunks if _name_runs(text, *c) == [c]]
        if not names or names[0] != chunks[0]:
            return None
        role = text[chunks[1][0] : chunks[1][1]] if len(chunks) > 2 else ""
        m = _phrase_mention(state, *names[0], role=role if _APPOSITIVE_START.match(role) else "")
        return (m, ":") if m else None
    cue = cues[-1]
    state.used_cues.add(cue.start())
    m = _subject_before(state, s, cue.start())
    return (m, cue.group(0)) if m else None


def _subject_before(state: _State, s: int, e: int) -> Mention | None:
    """The subject right before a cue verb: the last name run ending at ``e``, a pronoun, or an
    unnamed group ("some experts")."""
    text = state.text
    outer = s
    while e > s and text[e - 1] in " ,\u00a0":  # "Phil Lovas, said": the comma closes an appositive
        e -= 1
    s = max(s, max(text.rfind(ch, s, e) for ch in ",;:—") + 1)
    s, e = _strip(text, s, e)
    if _RELATIVE_OR_INDEFINITE.match(text[s:e]):  # "X, who ..., said", "X, a ..., said"
        return _appositive_subject(state, outer, e)
    for aux in (" also", " have", " has", " had", " will", " would", " may", " could"):
        if text[s:e].lower().endswith(aux):
            e -= len(aux)
    runs = [r for r in _name_runs(text, s, e) if r[1] == e]
    if runs:
        rs = runs[0][0]
        # keep "The" before a media name ("The Wall Street Journal")
        if text[max(s, rs - 4) : rs].lower() == "the " and _media(text[rs:e]):
            rs -= 4
        role = text[s:rs].strip(" ,")
        return _phrase_mention(state, rs, e, role=role if len(role.split()) <= 8 else "")
    words = list(re.finditer(r"[\w’'-]+", text[s:e]))
    if not words:
        return None
    last = words[-1]
    if last.group(0).lower() in PRONOUNS:
        return _phrase_mention(state, s + last.start(), s + last.end())
    # an unnamed group or document: up to six words back, from a determiner or quantifier
    for k in range(min(6, len(words)), 0, -1):
        m = _phrase_mention(state, s + words[-k].start(), e)
        if m is not None and m.source_type in ("anonymous", "document", "organisation"):
            return m
    return None


def _appositive_subject(state: _State, s: int, e: int) -> Mention | None:
    """ "Dr. Connie Mariano, who as a Navy captain was ..., said": the name that opens a run of
    comma-separated chunks whose others are appositives or relative clauses."""
    chunks = _chunks(state.text, max(s, max(state.text.rfind(ch, s, e) for ch in ";:—") + 1), e)
    if len(chunks) < 2 or _name_runs(state.text, *chunks[0]) != [chunks[0]]:
        return None
    rest = [state.text[a:b] for a, b in chunks[1:]]
    if not all(_APPOSITIVE_START.match(r) or r[:1].islower() for r in rest):
        return None
    role = re.split(r"\s+(?:who|which)\b", rest[0])[0] if _APPOSITIVE_START.match(rest[0]) else ""
    return _phrase_mention(state, *chunks[0], role=role if not role.startswith(("who", "which")) else "")


# --- reported speech ----------------------------------------------------------------------------


def _reported(state: _State, sent_s: int, sent_e: int, quoted: list[tuple[int, int]]):
    """Indirect quotes in one sentence (outside quotation marks): yields ``(start, end, mention,
    cue)`` for the reported clause."""
    text = state.text
    body_e = sent_e - 1 if text[sent_e - 1] in ".?!" else sent_e
    for cue in _CUE.finditer(text, sent_s, sent_e):
        c_s, c_e = cue.span()
        if c_s in state.used_cues or any(a - 1 <= c_s < b + 1 for a, b in quoted):
            continue
        word = cue.group(0).lower()
        if word == "according to":
            # "CLAUSE, according to X." or "According to X, CLAUSE."
            tail = text[c_e:body_e]
            if text[sent_s:c_s].strip(" ,"):
                m = _phrase_mention(state, c_e, body_e, role="")
                clause = _strip(text, sent_s, c_s)
                if m:
                    yield clause[0], clause[1], m, "according to"
            else:
                comma = tail.find(",")
                if comma > 0:
                    m = _phrase_mention(state, c_e, c_e + comma)
                    if m:
                        clause = _strip(text, c_e + comma + 1, body_e)
                        yield clause[0], clause[1], m, "according to"
            continue
        if word in (
            "report",
            "reports",
            "doubt",
            "doubts",
            "fear",
            "fears",
            "expect",
            "think",
            "thought",
        ):
            continue  # too often not a report of speech ("the report", "I think")
        after = text[c_e:body_e]
        if not after.strip(" ,.") or after.lstrip()[:1] in _QUOTE_CHARS:
            # "CLAUSE, X said." : the cue ends the sentence
            if not after.strip(" ,."):
                comma = text.rfind(",", sent_s, c_s)
                if comma > sent_s and not any(a <= comma < b for a, b in quoted):
                    m = _subject_before(state, comma + 1, c_s)
                    clause = _strip(text, sent_s, comma)
                    if m and not any(a < clause[1] and b > clause[0] for a, b in quoted):
                        yield clause[0], clause[1], m, cue.group(0)
            continue
        # "X said (that) CLAUSE"
        if text[c_e : c_e + 1] == "," and re.search(r",[^,]+$", text[sent_s:c_s]):
            # "The museum, Mr. Obama said, would make ...": a parenthetical attribution
            comma = text.rfind(",", sent_s, c_s)
            m = _subject_before(state, comma + 1, c_s)
            if m is not None:
                start, end = _strip(text, sent_s, body_e)
                yield start, end, m, cue.group(0)
                continue
        first = after.split()[0] if after.split() else ""
        inverted = (
            text[sent_s:c_s].rstrip().endswith(",")
            and len(after.split()) <= 10
            and (first[:1].isupper() or first.lower() in QUANTIFIERS)  # "said one official", "said Ann Lee"
        )
        if inverted:  # "..., said one official." : the source follows the cue
            m = _phrase_mention(state, c_e, body_e)
            if m is not None:
                comma = text.rfind(",", sent_s, c_s)
                start, end = _strip(text, sent_s, comma)
                if word_count(text[start:end]) >= 3 and not any(a < end and b > start for a, b in quoted):
                    yield start, end, m, cue.group(0)
                continue
        m = _subject_before(state, sent_s, c_s)
        if m is None:
            continue
        that = _THAT.match(text[c_e:body_e])
        start = c_e + that.end() if that else c_e
        end = body_e
        semi = text.find(";", start, body_e)
        if semi > 0:
            end = semi
        start, end = _strip(text, start, end)
        if word in ("told", "tells", "asked", "asks") and not that:
            continue  # "told Reuters." without a clause
        if REFLEXIVE.match(text[start:end]):
            continue  # "declared himself the ...": an act, not a reported clause
        if word_count(text[start:end]) >= 3:
            yield start, end, m, cue.group(0)


# --- the pass ------------------------------------------------------------------------------------


def _is_direct(text: str, span, sent_s: int) -> bool:
    """A clause or more: the quotation opens its sentence (or follows a colon or a dash), or
    begins with a capital letter or bracket and runs to punctuation."""
    lead = text[sent_s : span.open_mark].strip()
    inner = text[span.start : span.end]
    if not lead or lead.endswith((":", "—", "…")):
        return True
    return (
        (inner[:1].isupper() or inner[:1] == "[")
        and inner.rstrip()[-1:] in ",.?!…"
        and word_count(inner) >= 4
    )


def _is_title(inner: str) -> bool:
    """Title Case words only (small words allowed): a name or title in quotation marks."""
    words = re.findall(r"[\w’'-]+", inner)
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w.lower() in PREPOSITIONS | {"the", "a", "an"} for w in words
    )


def find_quotes(article) -> pd.DataFrame:
    """Every direct, partial and indirect quote in the body, with its speaker (see module doc).

    >>> from newslens import Article
    >>> a = Article.from_text("Headline Words\\n\\nBy Jo\\n\\n“We will win,” said Ann Lee, a rebel commander.")
    >>> find_quotes(a)[["kind", "text", "speaker", "cue", "role"]].values.tolist()
    [['direct', 'We will win,', 'Ann Lee', 'said', 'a rebel commander']]
    """
    text = article.text
    state = _State(text)
    # plain lists grouped by paragraph: one pass, no DataFrame filtering inside the loop
    marks_by_para: dict[int, list] = {}
    for q in quote_spans(text, article.paragraphs).itertuples(index=False):
        marks_by_para.setdefault(q.paragraph_id, []).append(q)
    sents_by_para: dict[int, list] = {}
    for sent in article.sentences.itertuples(index=False):
        sents_by_para.setdefault(sent.paragraph_id, []).append(sent)
    rows = []
    prev_para_last = None  # (mention, cue) of the last quote in the previous paragraph
    chain = None  # speaker of a multi-paragraph quotation that continues
    for para in article.body.itertuples(index=False):
        p_marks = marks_by_para.get(para.paragraph_id, [])
        quoted = [(q.open_mark, (q.close_mark if q.close_mark >= 0 else q.end) + 1) for q in p_marks]
        p_sents = sents_by_para.get(para.paragraph_id, [])
        last = None  # (mention, cue) of the last attributed quote in this paragraph
        pos = para.start
        for sent in p_sents:
            in_sent = [q for q in p_marks if sent.start <= q.start < sent.end]
            # names in the narration before each quote become antecedents in reading order
            found = []
            for q in in_sent:
                _scan_names(state, max(pos, sent.start), q.open_mark, quoted)
                close = q.close_mark if q.close_mark >= 0 else q.end
                nxt = [m.open_mark for m in p_marks if m.open_mark > close]
                close_sent_end = [x.end for x in p_sents if x.start <= close][-1]
                limit = min(nxt[0], close_sent_end) if nxt else close_sent_end
                attr = _attribution_after(state, close + 1, limit) if q.close_mark >= 0 else None
                if attr is None:
                    prev_close = [m.close_mark for m in in_sent if 0 <= m.close_mark < q.open_mark]
                    lead_s = prev_close[-1] + 1 if prev_close else sent.start
                    attr = _attribution_before(state, lead_s, q.open_mark)
                direct = _is_direct(text, q, sent.start)
                if not direct and _is_title(text[q.start : q.end]):
                    continue  # “Morning Joe”, “State of the Union”: a title, not speech
                if attr is None and not direct:
                    cue = _CUE.search(text, sent.start, q.open_mark)
                    if cue:
                        subj = _subject_before(state, sent.start, cue.start())
                        attr = (subj, cue.group(0)) if subj else None
                if attr is None and direct:
                    attr = chain or last or (prev_para_last if q.open_mark == para.start else None)
                if attr is None:
                    continue  # a title, a name or a scare quote that nobody said
                found.append((q, direct, attr))
                pos = max(pos, limit)
                last = attr
                chain = attr if q.continues else None
            for q, direct, (m, cue) in found:
                rows.append(_row(q.start, q.end, "direct" if direct else "partial", m, cue, sent, para))
            _scan_names(state, max(pos, sent.start), sent.end, quoted)
            for s, e, m, cue in _reported(state, sent.start, sent.end, quoted):
                rows.append(_row(s, e, "indirect", m, cue, sent, para))
                last = (m, cue)
            pos = max(pos, sent.end)
        prev_para_last = last if (p_marks and last) else None
    frame = pd.DataFrame(rows, columns=COLUMNS[1:])
    frame = frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    frame.insert(0, "quote_id", range(len(frame)))
    frame["text"] = [text[s:e] for s, e in zip(frame.start, frame.end)]
    return frame.astype(
        {c: int for c in ("start", "end", "speaker_start", "speaker_end", "sentence_id", "paragraph_id")}
    )


def _row(s, e, kind, m: Mention, cue, sent, para) -> tuple:
    return (
        kind,
        "",
        s,
        e,
        m.canonical,
        m.surface,
        m.start,
        m.end,
        cue.lower(),
        sent.sentence_id,
        para.paragraph_id,
        m.source_type,
        m.role,
    )


# --- sources -------------------------------------------------------------------------------------


def find_silent_sources(article) -> pd.DataFrame:
    """Sources named but silent ("the State Department did not respond"): ``speaker,
    source_type, speaker_mention, speaker_start, speaker_end, cue, sentence_id, paragraph_id``."""
    state = _State(article.text)
    rows = []
    for sent in article.sentences.itertuples():
        _scan_names(state, sent.start, sent.end, [])
        for m in SILENT_CUES.finditer(article.text, sent.start, sent.end):
            who = _subject_before(state, sent.start, m.start())
            if who:
                rows.append(
                    (
                        who.canonical,
                        who.source_type,
                        who.surface,
                        who.start,
                        who.end,
                        m.group(0),
                        sent.sentence_id,
                        sent.paragraph_id,
                    )
                )
    return pd.DataFrame(rows, columns=SILENT_COLUMNS)


#: Voice groups from the source type and the role the article gives (first match wins).
VOICE_GROUPS = (
    ("former officials", re.compile(r"\b(former|retired|ex-)\b", re.IGNORECASE)),
    (
        "analysts and experts",
        re.compile(
            r"\b(analyst|expert|fellow|scholar|professor|researcher|economist|historian|lawyer)s?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "officials",
        re.compile(
            r"\b(official|minister|ambassador|president|spokes\w+|general|secretary|senator|rep\.|governor|mayor|"
            r"commander|diplomat|chairman|chairwoman|envoy)s?\b",
            re.IGNORECASE,
        ),
    ),
)
TYPE_GROUPS = {
    "anonymous": "unnamed sources",
    "document": "documents",
    "media": "news media",
    "organisation": "institutions",
}


def voice_group(source_type: str, role: str) -> str:
    """A coarse group for a source: unnamed sources, documents, news media, institutions, former
    officials, analysts and experts, officials, or other named people."""
    if source_type in TYPE_GROUPS:
        return TYPE_GROUPS[source_type]
    for group, pattern in VOICE_GROUPS:
        if pattern.search(role or ""):
            return group
    return "other named people"


def count_sources(quotes: pd.DataFrame, silent: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per speaker: ``speaker, source_type, role, direct, partial, indirect,
    quoted_words, first_paragraph, silent, voice_group``. ``quoted_words`` counts words inside direct and
    partial quotes. Sources from ``silent`` (``find_silent_sources``) that never speak are
    added with zero counts and ``silent=True``. Sorted by quoted words, then first appearance.
    """
    q = quotes[quotes.speaker != ""]
    rows = []
    for speaker, g in q.groupby("speaker", sort=False):
        roles = [r for r in g.role if r]
        kinds = g.kind.value_counts()
        words = sum(word_count(t) for t in g.text[g.kind != "indirect"])
        rows.append(
            (
                speaker,
                g.source_type.iloc[0],
                max(roles, key=len) if roles else "",
                int(kinds.get("direct", 0)),
                int(kinds.get("partial", 0)),
                int(kinds.get("indirect", 0)),
                int(words),
                int(g.paragraph_id.min()),
                False,
            )
        )
    if silent is not None:
        for r in silent.itertuples():
            if r.speaker not in set(q.speaker):
                rows.append((r.speaker, r.source_type, "", 0, 0, 0, 0, int(r.paragraph_id), True))
    cols = [
        "speaker",
        "source_type",
        "role",
        "direct",
        "partial",
        "indirect",
        "quoted_words",
        "first_paragraph",
        "silent",
    ]
    frame = pd.DataFrame(rows, columns=cols).drop_duplicates("speaker")
    frame["voice_group"] = [voice_group(t, r) for t, r in zip(frame.source_type, frame.role)]
    return frame.sort_values(
        ["quoted_words", "first_paragraph"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def bottom_line(quotes: pd.DataFrame, sources: pd.DataFrame) -> list[str]:
    """Markdown bullets on who speaks (notebook 03's bottom line; the first two are the headline)."""
    speaking = sources[~sources.silent]
    if quotes.empty or speaking.empty:
        return ["- No quotes or reported speech with a named source were found in this article."]
    words = int(speaking.quoted_words.sum())
    top = speaking.iloc[0]
    groups = speaking.groupby("voice_group").agg(sources=("speaker", "size"), words=("quoted_words", "sum"))
    groups = groups.sort_values(["words", "sources"], ascending=False, kind="stable")
    kinds = quotes.kind.value_counts()
    return [
        f"- **{len(speaking)} voices** speak in {len(quotes)} quotes: {kinds.get('direct', 0)} direct, "
        f"{kinds.get('partial', 0)} partial, {kinds.get('indirect', 0)} reported without quotation marks.",
        f"- **{top.speaker}** has the most words inside quotation marks: {top.quoted_words} of {words} "
        f"({top.quoted_words / max(words, 1):.0%}).",
        "- By group: "
        + "; ".join(f"{g} {r.sources} ({r.words} quoted words)" for g, r in groups.iterrows())
        + ".",
        f"- Named but silent: {', '.join(sources[sources.silent].speaker) or 'none'}.",
    ]
