"""Every notebook executes without error, the committed outputs are what a fresh run makes, and the
same notebooks render a report for another article."""

import json
from pathlib import Path

import pytest

from newslens import paths, run

# each test runs every notebook on fresh kernels: about 20 s each
pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).parent / "fixtures" / "2024-03-12_sample_river-valley-militia.txt"


def test_notebooks_execute_and_committed_outputs_are_current():
    assert run.notebooks(), "no numbered notebooks found"
    stale = run.check()  # executes every notebook on a fresh kernel in a scratch copy; errors raise
    assert stale == [], f"stale outputs, run `make report`: {stale}"


@pytest.mark.parametrize("article", [SAMPLE, SAMPLE.with_suffix(".html")], ids=["text", "saved-page"])
def test_report_renders_for_another_article(tmp_path, monkeypatch, article):
    copy = run.scratch_copy(paths.ROOT, tmp_path / "project")
    monkeypatch.setenv("ARTICLE", str(article))
    written = run.run_all(copy)  # a cell error raises here
    base = copy / "reports" / paths.slug(article)
    assert sorted(p.name for p in written) == [p.name for p in run.notebooks(copy)]
    assert all(p.parent == base / "notebooks" for p in written)
    figures = sorted(p.name for p in (base / "figures").glob("*.png"))
    assert "04-balance-then.png" in figures and "03-share-of-voice.png" in figures
    assert (base / "processed" / "quantities.csv").exists()
    # the committed seed report in the copy is untouched
    for nb in run.notebooks(copy):
        assert nb.read_bytes() == (paths.NOTEBOOKS / nb.name).read_bytes()
    texts = [json.loads(p.read_text(encoding="utf-8")) for p in written]
    assert not any(
        o.get("output_type") == "error" for nb in texts for c in nb["cells"] for o in c.get("outputs", [])
    )
