"""Attribution scores on the development data, with an error-class tally (a measurement, not a test).

    PYTHONPATH=notebooks .venv/bin/python benchmarks/score_quotes.py [DEV_DATA_DIR] [-v]

``DEV_DATA_DIR`` defaults to ``$NEWSLENS_DEV_DATA``, else ``../shared/dev-data`` beside the project
root (or two levels up, from a git worktree). When the folder is absent the script says so and exits
0 (a user's clone does not have it). The scoring rules are in ``newslens.evaluate.devsets`` (its
docstring states them); ``-v`` lists every miss and wrong speaker with its error class.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "notebooks"))

from newslens.evaluate import devsets  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    # the argument, else $NEWSLENS_DEV_DATA, else ../shared/dev-data (or ../../ from a git worktree)
    candidates = [os.environ.get("NEWSLENS_DEV_DATA"), ROOT.parent / "shared" / "dev-data"]
    candidates.append(ROOT.parent.parent / "shared" / "dev-data")
    found = [Path(c) for c in candidates if c and Path(c).is_dir()]
    dev = Path(args[0]) if args else (found or [Path(candidates[1])])[0]
    if not (dev / "polnear-dev.jsonl").is_file() and not (dev / "pages" / "gold").is_dir():
        print(f"No development data at {dev}: nothing to score (this is expected in a user's clone).")
        return 0
    results = []
    if (dev / "pages" / "gold").is_dir():
        results.append(devsets.score_pages(dev, verbose))
    if (dev / "polnear-dev.jsonl").is_file():
        results.append(devsets.score_polnear(dev, verbose))
    for res in results:
        errors = res.pop("errors")
        print(" ".join(f"{k}={v}" for k, v in res.items()))
        total = sum(errors.values())
        print("  errors: " + ", ".join(f"{k} {v} ({v / max(1, total):.0%})" for k, v in errors.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
