"""How long a warm ``make report`` takes against its floor (a benchmark, not a test).

    PYTHONPATH=notebooks python benchmarks/bench_report.py [--repeat 2]

Both runs go through the same runner (``newslens.run.run_all``) on scratch copies of the project:

- **report**: the notebooks as committed (every figure drawn and saved, tables written);
- **floor**: the same notebooks with every cell removed except their import lines, so what is left
  is kernel start-up, imports and saving the notebook.

Each is run once to warm caches (bytecode, fonts, disk, a dev-data measurement), then timed
``--repeat`` times, alternating; the best time of each is printed with their ratio (the goal in issue 12: at most 1.5). The report's outputs
(notebooks, figures, tables) from two runs are also compared byte for byte.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from newslens import paths, run


def imports_only(copy: Path) -> None:
    """Reduce every numbered notebook in ``copy`` to the import lines of its code cells."""
    for path in run.notebooks(copy):
        nb = nbformat.read(path, as_version=4)
        lines = []
        for cell in nb.cells:
            if cell.cell_type == "code":
                tree = ast.parse(cell.source)
                lines += [ast.unparse(s) for s in tree.body if isinstance(s, ast.Import | ast.ImportFrom)]
        nb.cells = [nbformat.v4.new_code_cell("\n".join(lines))]
        nbformat.write(nb, path)


def timed(copies: dict[str, Path], repeat: int) -> dict[str, float]:
    """Best wall time of ``run_all`` on each copy, after one warm-up run each; runs alternate
    between the copies so a change in machine load hits both alike."""
    for copy in copies.values():
        run.run_all(copy)  # warm-up
    best = dict.fromkeys(copies, float("inf"))
    for _ in range(repeat):
        for name, copy in copies.items():
            t0 = time.perf_counter()
            run.run_all(copy)
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each (best is kept)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newslens-bench-") as tmp:
        report = run.scratch_copy(paths.ROOT, Path(tmp) / "report")
        floor = run.scratch_copy(paths.ROOT, Path(tmp) / "floor")
        imports_only(floor)
        best = timed({"floor": floor, "report": report}, args.repeat)
        t_floor, t_report = best["floor"], best["report"]
        first = {f: (report / f).read_bytes() for f in run._files(report)}
        run.run_all(report)
        changed = sorted(f for f in run._files(report) if first.get(f) != (report / f).read_bytes())
        stale = sorted(f for f in first if not filecmp.cmp(paths.ROOT / f, report / f, shallow=False))
    n = len(run.notebooks())
    print(f"floor  (same {n} notebooks, imports only): {t_floor:6.2f} s")
    print(f"report (warm, every cell):                 {t_report:6.2f} s")
    print(f"ratio report / floor:                      {t_report / t_floor:6.2f}  (goal: at most 1.5)")
    print(f"outputs changed between two runs: {len(changed)} {changed if changed else ''}".rstrip())
    print(f"outputs that differ from the committed ones: {len(stale)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
