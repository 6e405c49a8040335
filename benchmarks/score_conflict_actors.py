"""Actor accuracy of find_quantities on the conflict-reporting table (a measurement, not a test).

    PYTHONPATH=notebooks python benchmarks/score_conflict_actors.py [-v]

The table is ``tests/fixtures/conflict_actor_cases.tsv`` (its header says how to read it; the
test ``tests/test_quantities_actors.py`` asserts every row). Here every expected figure scores 1
when a force, equipment, money, territory or casualty figure overlapping it has the expected
actor, so the share is comparable across versions whose spans differ a little. Run it from
another checkout's root (with that checkout's ``notebooks`` on PYTHONPATH) to score that version.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newslens as nl

CASES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "conflict_actor_cases.tsv"
TITLE = "Conflict Report\n\nBy Jo Bloggs\n\n"
FORCE = ("personnel", "equipment", "money", "territory", "casualties")


def cases() -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, passage, expected = line.split("\t")
            figures = [] if expected == "-" else [tuple(f.split(" | ")) for f in expected.split(" ;; ")]
            out.append((kind, passage, [(s, "" if a == "-" else a) for s, a in figures]))
    return out


def main(verbose: bool = False) -> None:
    right = total = 0
    by_kind: dict[str, list[int]] = {}
    for kind, passage, expected in cases():
        article = nl.Article.from_text(TITLE + passage.replace(" ¶ ", "\n\n"))
        q = nl.find_quantities(article)
        q = q[q.category.isin(FORCE)]
        body = article.text.index(passage[:20])
        pos = body
        for surface, actor in expected:
            s = article.text.find(surface, pos)
            pos = s + 1
            e = s + len(surface)
            got = [a for qs, qe, a in zip(q.start, q.end, q.actor) if qs < e and qe > s]
            ok = bool(got) and got[0] == actor
            right += ok
            total += 1
            by_kind.setdefault(kind, [0, 0])
            by_kind[kind][0] += ok
            by_kind[kind][1] += 1
            if verbose and not ok:
                print(f"  MISS [{kind}] {surface!r}: want {actor!r}, got {got[:1]}  <- {passage}")
    for kind, (r, n) in by_kind.items():
        print(f"{kind:>13}: {r}/{n}")
    print(f"actor accuracy: {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main("-v" in sys.argv)
