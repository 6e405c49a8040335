"""Segmentation: paragraphs (with their kind) and body sentences.

Paragraphs are blocks separated by blank lines; a text with no blank lines is read one paragraph
per line. Each paragraph gets a ``kind`` from general rules for news pages (the word tables below):

- ``boilerplate``: page furniture. A short paragraph that matches a navigation or call-to-action
  pattern (``Skip to main content``, subscribe/sign-up plugs, ``Advertisement``, sharing and
  cookie notices), or a short label with no sentence punctuation inside the article (link labels,
  kickers, "Related" boxes).
- ``title``: the first paragraph that is not boilerplate, when it is short.
- ``byline``: near the top, a short paragraph that credits authors (``By ...``, ``Written by``)
  or gives only the date.
- ``author_bio``: at the very end, paragraphs that describe an author ("Jo Bloggs is a reporter at
  ...", "Twitter: @...", "Reporting by ...; Editing by ...").
- ``body``: the rest.

Sentences come from NLTK's Punkt tokenizer built in code with ``NEWS_ABBREVIATIONS`` (no trained
pickle, nothing downloaded): a full stop after one of them never ends a sentence, and a closing
quotation mark after a full stop stays with its sentence.
"""

from __future__ import annotations

import re

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .words import DATE_IN_WORDS_RE, MONTHS, SPEAKER_PRONOUNS

#: The month abbreviations of ``words.MONTHS``: the entries that shorten another ("jan", "sep",
#: "sept"; not "may" or "june").
MONTH_ABBREVIATIONS = frozenset(m for m in MONTHS if any(n != m and n.startswith(m) for n in MONTHS))
#: Abbreviations after which a full stop does not end a sentence (lower case, without the final
#: full stop, as Punkt stores them). Titles, ranks, US state and month abbreviations, company
#: suffixes, dotted country and agency initialisms, and single-letter initials ("George W. Bush").
NEWS_ABBREVIATIONS = MONTH_ABBREVIATIONS.union(
    """
    mr mrs ms messrs dr prof rev fr sr jr st hon
    gen lt col maj capt cmdr cdr adm sgt cpl pvt brig
    rep reps sen sens gov lt.gov pres amb supt insp det
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    inc corp co ltd llc bros dept univ assn est approx vol no nos fig
    u.s u.k u.n e.u u.s.a u.a.e d.c n.y l.a e.g i.e a.k.a
    """.split(),
    "abcdefghijklmnopqrstuvwxyz",
)

#: Navigation and call-to-action patterns; a paragraph of at most ``BOILERPLATE_MAX_WORDS`` words
#: that matches one is page furniture, not article text.
BOILERPLATE_PATTERNS = re.compile(
    r"""^\s*(skip\ to\ (main\ )?content|advertisement|sponsored(\ content)?|related(\ (articles|stories|coverage))?
        |read\ (more|next)|recommended|most\ (popular|read)|share\ (this|on)|sign\ (up|in)|log\ in
        |listen\ to\ (this|the)\ (article|story)|(click|tap)\ here|follow\ us|image\ (source|caption)
        |photo(graph)?:)
      |\bsubscri(be|ber|bers|ption)\b|\bnewsletters?\b|\bcookies?\b|all\ rights\ reserved|©
      |\bsupport\ (us|our\ journalism)\b""",
    re.IGNORECASE | re.VERBOSE,
)
#: Set by hand on the seed and the sample page (a plug or a share line is under 20 words); not tuned.
BOILERPLATE_MAX_WORDS = 20
#: An "Updated ..." line is furniture when at most this many characters follow the word (a date
#: and a time). Set by hand on saved pages; not tuned.
UPDATED_LINE_MAX_CHARS = 40
#: Promotion, reprint, credit and embed lines a page extractor leaves in the body: a paragraph of
#: at most ``PROMOTION_MAX_WORDS`` words that matches one is page furniture. Phrases, not single
#: words, so a news sentence about subscriptions or photographs stays body.
PROMOTION_PATTERNS = re.compile(
    rf"""\b(check\ it\ out|see\ more|read\ more|click\ here|tap\ here|get\ access\ to|for\ as\ little\ as
        |sign\ up\ (for|to|here)|subscribe\ (to|now|today)|download\ (our|the)\ app|order\ reprints
        |for\ your\ personal,?\ non-commercial\ use|presentation-ready\ copies|pic\.twitter\.com
        |(photo|image|video|illustration)\ (credit|courtesy|by)|(photo|image|credit):|getty\ images
        |associated\ press\ photo|\(ap\ photo|all\ rights\ reserved)\b
      |^(updated|published|posted|last\ updated)\b.{{0,{UPDATED_LINE_MAX_CHARS}}}$
      |^https?://\S+$""",
    re.IGNORECASE | re.VERBOSE,
)
#: Set by hand on saved pages (a reprint notice runs to about 40 words); not tuned.
PROMOTION_MAX_WORDS = 45

#: A label is a short paragraph without sentence punctuation at its end (link labels, kickers),
#: of at most this many words. Set by hand; not tuned.
LABEL_MAX_WORDS = 6
SENTENCE_END = tuple(".?!:;\"'”’)…")

#: Bylines: a credit near the top ("By Jo Bloggs", "As published by X By ...", "Written by").
BYLINE_CAPITAL_BY = re.compile(r"(^|\s)(By|BY)\s")
#: A byline has at most this many words (several authors with their outlets). Set by hand; not tuned.
BYLINE_MAX_WORDS = 60
#: Bylines are looked for among this many paragraphs after the title. Set by hand; not tuned.
BYLINE_SEARCH_PARAGRAPHS = 3
#: A dateline alone ("Updated August 19, 2021, 4:15 PM") near the top counts as byline matter.
DATELINE_PATTERN = re.compile(
    r"^(?:published|updated|posted)?\s*:?\s*(?:\w+day,?\s+)?" + DATE_IN_WORDS_RE,
    re.IGNORECASE,
)
#: A dateline alone has at most this many words ("Updated Thursday, August 19, 2021, 4:15 PM ET").
#: Set by hand; not tuned.
DATELINE_MAX_WORDS = 12

#: Author bios: "<Name> is a/an/the/<Outlet>'s ... <role>", social handles, wire credit lines.
AUTHOR_ROLES = (
    "reporter|correspondent|editor|writer|columnist|journalist|contributor|fellow|analyst|author"
    "|producer|photographer|bureau chief|staff writer|contributing|professor|researcher"
)
#: "<Name> is ... <role>": the name has two to four words (the most a byline name has, with a
#: middle name or a particle) and the role comes within this many characters of "is" (an outlet
#: and a beat: "is a senior correspondent at X covering ..."). Set by hand on saved pages; not tuned.
BIO_NAME_MAX_WORDS, BIO_ROLE_REACH_CHARS = 4, 120
AUTHOR_BIO_PATTERN = re.compile(
    rf"^[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){{1,{BIO_NAME_MAX_WORDS - 1}}}\s+(is|was|has been)\s+"
    rf"[^.]{{0,{BIO_ROLE_REACH_CHARS}}}\b(" + AUTHOR_ROLES + r")\b"
    r"|\b(twitter|x|instagram|bluesky):\s*@\w+|^\(?(reporting|additional reporting|writing|editing)\s+by\b",
    re.IGNORECASE,
)
#: An author bio has at most this many words (two or three sentences). Set by hand; not tuned.
AUTHOR_BIO_MAX_WORDS = 80

#: Verbs that report speech or writing ("said", "told", "added" ...), in all the forms news uses.
#: Segmentation uses them to keep "?” Mir asked." in one sentence; attribution uses them as cues.
SPEECH_VERBS = tuple(
    """
    said says say saying told tells tell added adds asked asks ask wrote writes write declared
    declares explained explains noted notes argued argues insisted insists warned warns replied
    replies responded responds continued continues stated states recalled recalls suggested
    suggests acknowledged acknowledges conceded concedes countered counters claimed claims
    maintained maintains observed observes remarked remarks stressed stresses urged urges
    cautioned cautions complained complains admitted admits announced announces tweeted tweets
    posted posts emphasized emphasizes predicted predicts agreed agrees estimated estimates
    asking telling adding writing noting arguing concluded concludes recalled testified testifies
    chanted chanting sang sings shouted yelled wondered quipped joked boasted
    """.split()
)
#: A short attribution left over after a quotation that ends in "?" or "!" (Punkt splits there):
#: "Mir asked.", "he said.", "said Mick Mulroy, a former official."
_VERBS = "|".join(SPEECH_VERBS)
_SPEAKERS = "|".join("I" if p == "i" else p for p in SPEAKER_PRONOUNS)
#: Its size, in order: words before the verb ("Mick Mulroy said"), characters after it ("Mir asked
#: reporters."), characters of speaker after a verb that opens it ("said Mick Mulroy, a former
#: official."). Set by hand on the seed article and the case tables; not tuned.
TAIL_SPEAKER_MAX_WORDS, TAIL_AFTER_VERB_MAX_CHARS, TAIL_INVERTED_MAX_CHARS = 5, 30, 100
ATTRIBUTION_TAIL = re.compile(
    rf"^(?:(?:[A-Z][\w.'’-]*|{_SPEAKERS})\s+){{1,{TAIL_SPEAKER_MAX_WORDS}}}(?:{_VERBS})\b(?![^.]*\bthat\b)"
    rf"[^.?!“\"]{{0,{TAIL_AFTER_VERB_MAX_CHARS}}}\.$"
    rf"|^(?:{_VERBS})\s+[^.?!“\"]{{1,{TAIL_INVERTED_MAX_CHARS}}}\.$"
)
QUESTION_OR_EXCLAMATION_QUOTE_END = ("?”", "!”", '?"', '!"', "?’", "!’", "?'", "!'")
#: A title has at most this many words (a headline with its deck). Set by hand; not tuned.
TITLE_MAX_WORDS = 30
#: A first line in title case ("Rebels Take The Valley.") is a headline even with a full stop:
#: title case means at least this share of its words (small words aside) start with a capital.
#: Set by hand; not tuned.
TITLE_CASE_SHARE = 0.8
TITLE_CASE_SMALL_WORDS = frozenset(
    "a an and as at but by for in nor of on or per the to vs via with from".split()
)
#: ... unless it runs longer than a headline does (news headlines rarely pass 15 words).
HEADLINE_SENTENCE_MAX_WORDS = 15
#: The agency in a dateline's brackets runs at most this many characters ("(AP)", "(Reuters)",
#: "(Agence France-Presse)"). Set by hand; not tuned.
DATELINE_AGENCY_MAX_CHARS = 20
#: A wire dateline opening a body paragraph: "LONDON (AP) —", "KABUL, Afghanistan —", "WASHINGTON —".
DATELINE_OPENER = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,}}(?:,\s+[A-Z][\w .]+)?\s*(?:\([^)]{{1,{DATELINE_AGENCY_MAX_CHARS}}}\))?\s*[—–-]{{1,2}}\s"
)

_BLOCK_SEP = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, trimmed of surrounding whitespace."""
    if _BLOCK_SEP.search(text):
        pieces = _BLOCK_SEP.finditer(text)
        bounds, pos = [], 0
        for sep in pieces:
            bounds.append((pos, sep.start()))
            pos = sep.end()
        bounds.append((pos, len(text)))
    else:
        bounds, pos = [], 0
        for line in text.split("\n"):
            bounds.append((pos, pos + len(line)))
            pos += len(line) + 1
    spans = []
    for start, end in bounds:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def _words(text: str) -> int:
    return len(text.split())


def _is_boilerplate(text: str) -> bool:
    if _words(text) <= PROMOTION_MAX_WORDS and PROMOTION_PATTERNS.search(text):
        return True
    return _words(text) <= BOILERPLATE_MAX_WORDS and bool(BOILERPLATE_PATTERNS.search(text))


def _is_label(text: str) -> bool:
    return _words(text) <= LABEL_MAX_WORDS and not text.rstrip().endswith(SENTENCE_END)


def _is_byline(text: str) -> bool:
    if _words(text) > BYLINE_MAX_WORDS:
        return False
    if DATELINE_PATTERN.match(text) and _words(text) <= DATELINE_MAX_WORDS:
        return True
    return bool(re.match(r"\s*(by|written by|reported by)\s", text, re.IGNORECASE)) or bool(
        BYLINE_CAPITAL_BY.search(text)
    )


def _is_author_bio(text: str) -> bool:
    return _words(text) <= AUTHOR_BIO_MAX_WORDS and bool(AUTHOR_BIO_PATTERN.search(text))


def _is_body_sentence(text: str) -> bool:
    """An ordinary sentence of the body, not a headline: it ends with a full stop (headlines do not,
    in news style) and is not written in title case, or it opens with a dateline ("LONDON (AP) —")."""
    if DATELINE_OPENER.match(text):
        return True
    stripped = text.rstrip().rstrip("”’\"')")
    if not stripped.endswith(".") or stripped.endswith(("..", "…")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in TITLE_CASE_SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised < TITLE_CASE_SHARE * max(1, len(words)) or _words(text) > HEADLINE_SENTENCE_MAX_WORDS


def classify_paragraphs(texts: list[str]) -> list[str]:
    """The ``kind`` of each paragraph text, by the rules in the module docstring. Input: the
    paragraph texts in file order. Output: one kind per text, in the same order (``boilerplate``,
    ``title``, ``byline``, ``author_bio`` or ``body``)."""
    kinds = ["boilerplate" if _is_boilerplate(t) else "" for t in texts]
    # author bios: the trailing run of bio (or boilerplate) paragraphs
    for i in range(len(texts) - 1, -1, -1):
        if kinds[i] == "boilerplate":
            continue
        if _is_author_bio(texts[i]):
            kinds[i] = "author_bio"
        else:
            break
    rest = [i for i, k in enumerate(kinds) if not k]
    title = None
    first = texts[rest[0]] if rest else ""
    if (
        len(rest) > 1
        and _words(first) <= TITLE_MAX_WORDS
        and "\n" not in first
        and not _is_body_sentence(first)
    ):
        title = rest[0]
        kinds[title] = "title"
    start = rest.index(title) + 1 if title is not None else 0
    # bylines: among the first paragraphs after the title
    for i in rest[start : start + BYLINE_SEARCH_PARAGRAPHS]:
        if _is_byline(texts[i]):
            kinds[i] = "byline"
    for i in rest:
        if kinds[i]:
            continue
        kinds[i] = "boilerplate" if _is_label(texts[i]) and len(rest) > 1 else "body"
    return kinds


def paragraphs(text: str) -> pd.DataFrame:
    """One row per paragraph: ``paragraph_id, start, end, kind, text``.

    >>> paragraphs("Skip to main content\\n\\nBig News\\n\\nBy Jo\\n\\nIt rained.").kind.tolist()
    ['boilerplate', 'title', 'byline', 'body']
    """
    spans = paragraph_spans(text)
    texts = [text[s:e] for s, e in spans]
    return pd.DataFrame(
        {
            "paragraph_id": range(len(spans)),
            "start": [s for s, _ in spans],
            "end": [e for _, e in spans],
            "kind": classify_paragraphs(texts),
            "text": texts,
        }
    )


def make_sentence_tokenizer(abbreviations=NEWS_ABBREVIATIONS) -> PunktSentenceTokenizer:
    """An untrained Punkt tokenizer (NLTK's ``PunktSentenceTokenizer``, no download) that knows
    ``abbreviations`` (lower case, without the final period)."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    return PunktSentenceTokenizer(params)


_TOKENIZER = make_sentence_tokenizer()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in a piece of text (Punkt with news abbreviations); a
    short attribution after a quoted question or exclamation stays with it ("Why?” Mir asked.)."""
    spans: list[tuple[int, int]] = []
    for s, e in _TOKENIZER.span_tokenize(text):
        if not text[s:e].strip():
            continue
        if (
            spans
            and text[spans[-1][0] : spans[-1][1]].endswith(QUESTION_OR_EXCLAMATION_QUOTE_END)
            and ATTRIBUTION_TAIL.match(text[s:e])
        ):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def sentences(text: str, paras: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of the body paragraphs: ``sentence_id, paragraph_id, start, end,
    text`` (offsets into ``text``)."""
    rows = []
    for para in paras[paras.kind == "body"].itertuples():
        for s, e in sentence_spans(text[para.start : para.end]):
            rows.append((para.paragraph_id, para.start + s, para.start + e))
    frame = pd.DataFrame(rows, columns=["paragraph_id", "start", "end"])
    frame.insert(0, "sentence_id", range(len(frame)))
    frame["text"] = [text[s:e] for s, e in zip(frame.start, frame.end)]
    return frame.astype({"sentence_id": int, "paragraph_id": int, "start": int, "end": int, "text": object})


def word_count(text: str) -> int:
    """Words as news style counts them: runs of letters or digits (``U.S.`` and ``7,000`` are one)."""
    return len(_WORD.findall(text))


_WORD = re.compile(r"[\w’'.,-]*\w")


def paragraph_stats(article) -> pd.DataFrame:
    """One row per body paragraph: ``paragraph_id, position, start, end, words, sentences,
    quoted_chars, quoted_share`` (``position`` counts body paragraphs from 1; ``quoted_share`` is
    the share of the paragraph's characters inside quotation marks)."""
    body = article.body
    spans = article.quote_spans
    quoted = (spans.end - spans.start).groupby(spans.paragraph_id).sum()
    counts = article.sentences.groupby("paragraph_id").size()
    frame = pd.DataFrame(
        {
            "paragraph_id": body.paragraph_id,
            "position": range(1, len(body) + 1),
            "start": body.start,
            "end": body.end,
            "words": body.text.map(word_count),
            "sentences": body.paragraph_id.map(counts).fillna(0).astype(int),
            "quoted_chars": body.paragraph_id.map(quoted).fillna(0).astype(int),
        }
    )
    frame["quoted_share"] = (frame.quoted_chars / (frame.end - frame.start)).round(3)
    return frame


def reader_paragraphs(article) -> pd.DataFrame:
    """Every paragraph for a reader's table, in file order: ``kind, body paragraph, start, end,
    text``; ``body paragraph`` numbers the body from 1 as the charts do (empty for the others)."""
    paras = article.paragraphs
    body = (paras.kind == "body").cumsum().where(paras.kind == "body").astype("Int64")
    return pd.DataFrame(
        {
            "kind": paras.kind,
            "body paragraph": body,
            "start": paras.start,
            "end": paras.end,
            "text": paras.text,
        }
    )


def reader_sentences(article) -> pd.DataFrame:
    """Every body sentence for a reader's table: ``sentence, body paragraph, start, end, words,
    text``, both numbered from 1 as in the charts and the prose."""
    sents = article.sentences
    body = {pid: i for i, pid in enumerate(article.body.paragraph_id, start=1)}
    return pd.DataFrame(
        {
            "sentence": sents.sentence_id + 1,
            "body paragraph": sents.paragraph_id.map(body),
            "start": sents.start,
            "end": sents.end,
            "words": sents.text.map(word_count),
            "text": sents.text,
        }
    )


def sentence_words(article) -> pd.DataFrame:
    """The body sentences with their word counts, as a new frame (``article.sentences`` is left
    as it is): ``sentence_id, paragraph_id, start, end, text, words`` (``word_count``)."""
    return article.sentences.assign(words=article.sentences.text.map(word_count))
