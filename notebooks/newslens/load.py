"""Loading: bytes on disk -> an ``Article`` whose ``text`` every offset in the package indexes.

``load_article`` only ever opens its input for reading. Bad input raises ``NewslensError`` with a
message that names the file and the problem.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import cached_property
from pathlib import Path

import pandas as pd

from .byline import authors, credit, names
from .errors import NewslensError
from .fmt import join
from .marks import MarkedSpan, marked_spans, spans_table
from .segment import paragraphs, sentences
from .words import DATE_IN_WORDS_RE, ISO_DATE_RE, MODERN_YEAR_RE

#: Share of control characters (other than tab, newline, carriage return, form feed) above which
#: a decoded file is treated as binary rather than text. Set by hand (text has none; a binary
#: file decoded as Windows-1252 has several percent); not tuned.
MAX_CONTROL_SHARE = 0.01


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading byte-order mark is dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark (Windows editors)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NewslensError(f"{name}: starts like UTF-16 text but does not decode as UTF-16") from None
    if b"\x00" in data:
        raise NewslensError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise NewslensError(
                f"{name}: is not UTF-8 text (invalid byte 0x{data[err.start]:02x} at byte "
                f"{err.start}) and not Windows-1252 either; re-save it as UTF-8"
            ) from None
        warnings.warn(
            f"{name}: is not valid UTF-8 (byte 0x{data[err.start]:02x} at byte {err.start}); "
            "decoded as Windows-1252 instead",
            UnicodeWarning,
            stacklevel=3,
        )
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise NewslensError(f"{name}: looks like a binary file ({controls} control characters), not text")
    return text


class Article:
    """A news article as text, with its paragraphs and sentences.

    ``text`` is the decoded text with newlines normalised; every ``start``/``end`` anywhere in
    newslens indexes into it, so ``article.text[start:end]`` reproduces the span.

    >>> a = Article.from_text("A title\\n\\nBy Jo Bloggs\\n\\nIt rained. Dr. Who said so.")
    >>> a.title, list(a.sentences.text)
    ('A title', ['It rained.', 'Dr. Who said so.'])
    """

    def __init__(self, text: str, name: str | None = None):
        self.text = text
        self.name = name or "<text>"

    def __repr__(self) -> str:
        return f"Article(name={self.name!r}, chars={len(self.text)})"

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> Article:
        """Build an article from a string (newlines normalised, a leading BOM dropped)."""
        label = name or "<text>"
        if not isinstance(text, str):
            raise NewslensError(f"{label}: expected text (str), got {type(text).__name__}")
        text = normalise_newlines(text)
        if not text.strip():
            raise NewslensError(f"{label}: is empty (no text to analyse)")
        return cls(text, label)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph: ``paragraph_id, start, end, kind, text``; ``kind`` is one of
        ``title, byline, body, boilerplate, author_bio``."""
        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence of the body paragraphs: ``sentence_id, paragraph_id, start, end,
        text``."""
        return sentences(self.text, self.paragraphs)

    @cached_property
    def marked_spans(self) -> list[MarkedSpan]:
        """Every quoted span of the body, in reading order, as plain tuples (``marks.marked_spans``),
        computed once per article for every stage."""
        return marked_spans(self.text, self.paragraphs)

    @cached_property
    def quote_spans(self) -> pd.DataFrame:
        """Every quoted span of the body: ``paragraph_id, start, end, open_mark, close_mark, double,
        continues, text`` (``marks.quote_spans``), computed once per article for every stage."""
        return spans_table(self.text, self.marked_spans)

    @cached_property
    def year(self) -> int | None:
        """The article's own year, computed once per article: from an ISO date in its file name
        ("2021-08-19_slug.txt") or a date in its byline ("August 19, 2021"), else the latest year
        (1900-2099) named in the body; None when there is none."""
        paras = self.paragraphs
        kinds, texts = paras.kind.tolist(), paras.text.tolist()  # plain lists: no frame filtering
        byline = next((t for k, t in zip(kinds, texts) if k == "byline"), "")
        for source in (self.name, byline):
            m = re.search(ISO_DATE_RE, source) or re.search(DATE_IN_WORDS_RE, source, re.IGNORECASE)
            if m:
                return int(m.group(1))
        body = " ".join(t for k, t in zip(kinds, texts) if k == "body")
        years = [int(y) for y in re.findall(rf"\b({MODERN_YEAR_RE})\b", body)]
        return max(years) if years else None

    @cached_property
    def body(self) -> pd.DataFrame:
        """The body paragraphs only (``paragraphs``' columns)."""
        paras = self.paragraphs
        return paras[paras.kind == "body"].reset_index(drop=True)

    @property
    def title(self) -> str:
        """The title paragraph, else the file name without extension."""
        titles = self.paragraphs.text[self.paragraphs.kind == "title"]
        return titles.iloc[0] if len(titles) else Path(self.name).stem

    @property
    def byline(self) -> str:
        """The byline paragraph as written, or an empty string (see ``authors`` for the names)."""
        lines = self.paragraphs.text[self.paragraphs.kind == "byline"]
        return lines.iloc[0] if len(lines) else ""

    @property
    def authors(self) -> list[str]:
        """The authors' names: from the byline, else from the author bios, else ``[]``."""
        return authors(self)

    @property
    def credit(self) -> str:
        """The authors for a reader: "Jo Bloggs and Ann Lee", or "not given"."""
        return credit(self)


#: A page whose extracted text has no paragraph this long holds no article (menus, link lists).
#: Set by hand; not tuned.
MIN_PARAGRAPH_WORDS = 8
#: A precise extraction shorter than this many words is retried in trafilatura's default mode and
#: the longer text kept: on some pages the precise mode keeps only a reprint notice. Chosen below
#: the shortest news brief (about 80 words) and above a notice or a caption (20-40 words).
MIN_BODY_WORDS = 60
#: Suffixes read as saved web pages (main text extracted with trafilatura).
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Separators before a site name at the end of a page title ("Headline | Site", "Headline - site.com").
TITLE_SEPARATORS = re.compile(r"\s+(\||-|–|—|::)\s+")
#: A title segment after " | " this short is the site's or a section's name, not part of the headline.
#: Set by hand; not tuned.
SITE_SUFFIX_MAX_WORDS = 6
#: A list item marker that trafilatura writes ("- item") or a numbered list ("3. item", "3) item").
LIST_MARKER = re.compile(r"^(?:[-•*·]\s+|\d{1,2}[.)]\s+(?=[A-Z“\"]))")
#: How a list item that is a sentence ends (anything else in a list is a label or a caption).
LIST_SENTENCE_END = tuple('.?!:;"”’)')


def clean_title(title: str, site: str = "", authors: str = "") -> str:
    """A page title without its site-name suffix: "Headline | Site" -> "Headline"; "Headline -
    site.com" -> "Headline"; a suffix after " - " is dropped only when it is the site's name, a web
    address or the author (a dash inside a headline stays)."""
    title = " ".join(title.split())
    found = list(TITLE_SEPARATORS.finditer(title))
    if not found:
        return title
    m = found[-1]
    head, sep, last = title[: m.start()], m.group(1), title[m.end() :]
    squash = lambda t: re.sub(r"[^a-z0-9]", "", t.lower())  # noqa: E731
    known = {squash(x) for x in (site, authors) if x} | {
        squash(x) for x in re.split(r"[;,]", authors or "") if x
    }
    is_site = (
        squash(last) in known
        or re.search(r"\w\.(com|net|org|co|news|us|uk|in|au|ca)\b", last.lower()) is not None
        or (sep in ("|", "::") and len(last.split()) <= SITE_SUFFIX_MAX_WORDS)
    )
    return clean_title(head, site, authors) if is_site and head.strip() else title


def _date_words(date: str) -> str:
    """ "2019-11-20" -> "November 20, 2019" (how a dateline reads, and what segmentation knows)."""
    try:
        d = dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return ""
    return f"{d:%B} {d.day}, {d.year}"


def _strip_list_marker(line: str) -> str:
    return LIST_MARKER.sub("", line, count=1)


def _extract(html: str, precise: bool) -> str:
    import trafilatura  # local: only saved web pages need it, and it adds ~0.3 s to every import

    return (
        trafilatura.extract(
            html,
            output_format="txt",
            include_comments=False,
            include_tables=False,
            favor_precision=precise,
            deduplicate=False,
            with_metadata=False,
        )
        or ""
    )


def html_to_text(html: str, name: str = "<html>") -> str:
    """The article in a saved web page as plain text: title (without a site-name suffix), a byline
    ("By <names>, <date>") with only people's names (or the date alone), then the main-text
    paragraphs separated by blank lines, list markers dropped. Navigation, advertising, related
    links and footers are dropped by trafilatura; promotion, caption and credit lines that remain
    are set aside by segmentation."""
    import trafilatura  # local: only saved web pages need it (see _extract)

    body = _extract(html, precise=True)
    if len(body.split()) < MIN_BODY_WORDS:
        fuller = _extract(html, precise=False)
        body = fuller if len(fuller.split()) > len(body.split()) else body
    if not body or not any(len(line.split()) >= MIN_PARAGRAPH_WORDS for line in body.splitlines()):
        raise NewslensError(f"{name}: no article text found in the web page")
    meta = trafilatura.extract_metadata(html)
    author = (meta.author or "") if meta else ""
    title = clean_title((meta.title or "") if meta else "", (meta.sitename or "") if meta else "", author)
    lines = []
    for line in (raw.strip() for raw in body.splitlines()):
        item = _strip_list_marker(line)
        # a list item that is not a sentence is a link label or a caption ("- Order Reprints")
        if item and (item == line or item.rstrip().endswith(LIST_SENTENCE_END)):
            lines.append(item)
    while lines and title and clean_title(lines[0], "", author) == title:
        lines = lines[1:]
    head = [title] if title else []
    who = names(f"By {author}") if author else []
    date = _date_words(meta.date) if meta and meta.date else ""
    by = ", ".join(x for x in (f"By {join(who)}" if who else "", date) if x)
    if by:
        head.append(by)
    return "\n\n".join(head + lines) + "\n"


def load_article(path: str | Path) -> Article:
    """Read a UTF-8 text file (Windows-1252 accepted with a warning), or a saved web page
    (``.html``: main text extracted with trafilatura), into an ``Article``.

    Raises ``NewslensError`` for a missing path, a folder, an empty file, a binary file,
    undecodable text or a page without article text. The file is opened read-only and never
    written.
    """
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise NewslensError(f"{name}: no such file")
    if path.is_dir():
        raise NewslensError(f"{name}: is a folder, not an article file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise NewslensError(f"{name}: cannot be read ({err.strerror})") from None
    if not data.strip():
        raise NewslensError(f"{name}: is empty (no text to analyse)")
    text = _decode(data, name)
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(text, name)
    return Article.from_text(text, name=name)
