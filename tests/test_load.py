import hashlib
import os
import stat

import pytest
from helpers import assert_offsets

import newslens as nl
from newslens import paths


def test_seed_loads_with_title_and_exact_offsets(seed):
    assert seed.title == "An Anti-Taliban Front Is Already Forming. Can It Last?"
    assert seed.text.startswith("Skip to main content\n\nAn Anti-Taliban")
    assert_offsets(seed.paragraphs, seed.text)
    assert_offsets(seed.sentences, seed.text)


def test_loading_never_writes_the_input(tmp_path):
    before = hashlib.sha256(paths.SEED_ARTICLE.read_bytes()).hexdigest()
    mtime = paths.SEED_ARTICLE.stat().st_mtime_ns
    nl.load_article(paths.SEED_ARTICLE).sentences  # noqa: B018
    assert hashlib.sha256(paths.SEED_ARTICLE.read_bytes()).hexdigest() == before
    assert paths.SEED_ARTICLE.stat().st_mtime_ns == mtime
    assert not paths.SEED_ARTICLE.stat().st_mode & stat.S_IWUSR or os.geteuid() == 0


def test_windows_line_endings_and_bom_are_normalised(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes("\ufeffTitle here\r\n\r\nBy Jo Bloggs\r\n\r\nIt rained. It poured.\r\n".encode())
    a = nl.load_article(f)
    assert a.text == "Title here\n\nBy Jo Bloggs\n\nIt rained. It poured.\n"
    assert a.sentences.text.tolist() == ["It rained.", "It poured."]
    assert a.sentences.start.tolist() == [26, 37]


def test_from_text_normalises_lone_carriage_returns():
    a = nl.Article.from_text("A\rB", name="x")
    assert a.text == "A\nB" and a.name == "x"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file"),
        (lambda d: d, "is a folder, not an article file"),
        (lambda d: _write(d / "empty.txt", b""), "empty.txt: is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\n \t"), "blank.txt: is empty"),
        (
            lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            "image.png: looks like a binary",
        ),
        (lambda d: _write(d / "ctrl.txt", bytes(range(1, 9)) * 20), "ctrl.txt: looks like a binary"),
        (
            lambda d: _write(d / "bad.txt", b"caf\xc3 \x81\x8d"),
            "bad.txt: is not UTF-8 text (invalid byte 0xc3",
        ),
    ],
)
def test_bad_input_raises_newslens_error_naming_file_and_problem(tmp_path, make, message):
    with pytest.raises(nl.NewslensError) as err:
        nl.load_article(make(tmp_path))
    assert message in str(err.value)
    assert str(tmp_path) in str(err.value)


def test_windows_1252_is_decoded_with_a_warning(tmp_path):
    f = _write(tmp_path / "legacy.txt", "Title\n\nHe said \x93no\x94 to caf\xe9.".encode("latin-1"))
    with pytest.warns(UnicodeWarning, match=r"legacy.txt: is not valid UTF-8 .*Windows-1252"):
        a = nl.load_article(f)
    assert a.text.endswith("He said “no” to café.")


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"]])
def test_from_text_rejects_non_text(bad):
    with pytest.raises(nl.NewslensError, match="expected text"):
        nl.Article.from_text(bad, name="thing")


def test_from_text_rejects_empty():
    with pytest.raises(nl.NewslensError, match="<text>: is empty"):
        nl.Article.from_text(" \n ")


def _write(path, data):
    path.write_bytes(data)
    return path


def test_public_api_is_importable_from_the_package():
    for name in (
        "load_article",
        "Article",
        "NewslensError",
        "score_sentiment",
        "find_quotes",
        "count_sources",
        "find_quantities",
        "find_silent_sources",
        "find_figures",
    ):
        assert callable(getattr(nl, name)), name
    assert nl.Article.from_text("A b c.").text == "A b c."
    a = nl.Article.from_text("Rebels Regroup\n\nBy Jo\n\nIn 2001, the rebels had more than 2,000 troops.")
    assert nl.find_figures(a).equals(nl.find_quantities(a)) and len(nl.find_figures(a)) == 1


def test_slug_keeps_text_and_saved_page_apart():
    assert paths.slug("x/My Article (1).txt") == "my-article-1"
    assert paths.slug("x/story.html") == "story-html"


def test_utf16_with_byte_order_mark_is_decoded(tmp_path):
    f = _write(tmp_path / "notepad.txt", "Title here\r\n\r\nHe said “no.”".encode("utf-16"))
    assert nl.load_article(f).text == "Title here\n\nHe said “no.”"
