"""Every notebook executes without error, and the committed outputs are what a fresh run makes."""

from newslens import run


def test_notebooks_execute_and_committed_outputs_are_current():
    assert run.notebooks(), "no numbered notebooks found"
    stale = run.check()  # executes every notebook on a fresh kernel in a scratch copy; errors raise
    assert stale == [], f"stale outputs, run `make report`: {stale}"
