"""HTML reports: no code cells, and links between notebooks point at the HTML files beside them."""

import nbformat
import pytest

from newslens import run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Next: [02 · tone](02_sentiment.ipynb).", "Next: [02 · tone](02_sentiment.html)."),
        ("[how sure](03_sources.ipynb#how-sure-are-we)", "[how sure](03_sources.html#how-sure-are-we)"),
        ('<a href="04_forces.ipynb">forces</a>', '<a href="04_forces.html">forces</a>'),
        ("[elsewhere](https://example.org/01_a.ipynb)", "[elsewhere](https://example.org/01_a.ipynb)"),
        ("a file named notes.ipynb", "a file named notes.ipynb"),
    ],
)
def test_html_links(text, expected):
    assert run.html_links(text) == expected


def test_export_html_leaves_out_code_and_links_the_html(tmp_path):
    nb = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("secret_variable_name = 41 + 1\nprint(secret_variable_name)")
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="42 quotes were found\n")]
    shown = nbformat.v4.new_code_cell("Markdown(lines)")
    shown.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"text/markdown": "See [03 · sources](03_sources.ipynb).", "text/plain": "md"},
        )
    ]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Title\n\nNext: [02 · tone](02_sentiment.ipynb)"),
        code,
        shown,
    ]
    out = run.export_html(nb, tmp_path / "01_loading.html")
    page = out.read_text(encoding="utf-8")
    assert "secret_variable_name" not in page  # no code
    assert "42 quotes were found" in page  # outputs stay
    assert 'href="02_sentiment.html"' in page and "02_sentiment.ipynb" not in page
    assert "03_sources.html" in page and "03_sources.ipynb" not in page
    assert "jp-InputPrompt" not in page.split("<body")[1]  # no input prompts
    assert nb.cells[0].source.endswith("(02_sentiment.ipynb)")  # the notebook itself is not changed
