"""The notebooks open and run in JupyterLab, in a real (headless) Chromium.

JupyterLab serves a scratch copy of the project on 127.0.0.1 with a token; for each notebook the
browser opens it (``?reset`` so no old workspace opens hidden tabs), waits for the kernel to be
connected and idle, clears every output, runs all cells, waits for every cell to finish, fails on
any error output and saves a screenshot to ``reports/jupyterlab/``. A second test opens each
notebook, lets its kernel start, saves it without editing, and checks that no byte changed (the
project's ``jupyter_server_config.py`` keeps the committed kernel metadata). Chromium is Debian's package,
driven by Playwright's Python package through ``executable_path``. Without Chromium the test is
skipped, unless ``NEWSLENS_REQUIRE_BROWSER=1`` (set by ``.ci/run``) makes that a failure.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from newslens import paths, run

# a browser runs every notebook in JupyterLab: about a minute
pytestmark = pytest.mark.slow

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
CELL_TIMEOUT_MS = 180_000


def _chromium() -> str | None:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("NEWSLENS_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required (NEWSLENS_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_server(url: str, proc: subprocess.Popen, log, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            pytest.fail(f"JupyterLab exited early:\n{log.read()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail("JupyterLab did not start")


@pytest.fixture
def jupyterlab(tmp_path):
    chromium = _chromium()
    copy = run.scratch_copy(paths.ROOT, tmp_path / "project")
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "PYTHONPATH": str(copy / "notebooks"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
    }
    env.pop("ARTICLE", None)
    # no "get Jupyter news?" toast: a user setting in a settings folder of the test's own
    settings = tmp_path / "lab-settings"
    env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false"}', encoding="utf-8"
    )
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", "--ServerApp.allow_root=True",
        f"--ServerApp.root_dir={copy / 'notebooks'}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        f"--config={paths.ROOT / 'jupyter_server_config.py'}",  # the project's settings, as `make lab`
    ]  # fmt: skip
    log = open(tmp_path / "jupyterlab.log", "w+", encoding="utf-8")  # noqa: SIM115
    proc = subprocess.Popen(  # cwd: a folder without a config of its own, so only --config applies
        cmd, env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for_server(f"{base}/api/status?token={token}", proc, log)
        yield {
            "base": base,
            "token": token,
            "chromium": chromium,
            "copy": copy,
            "profile": tmp_path / "profile",
        }
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the server and every kernel it started
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


# JavaScript run in the page through the application object JupyterLab exposes.
KERNEL_IDLE = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!(k && k.connectionStatus === 'connected' && k.status === 'idle' && w.content.widgets.length);
}"""
RUN_ALL = """async () => {
  const app = window.jupyterapp;
  await app.commands.execute('notebook:clear-all-cell-outputs');
  await app.commands.execute('notebook:run-all-cells');
}"""
ALL_DONE = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session.kernel;
  const code = w.content.widgets.filter(c => c.model.type === 'code' && c.model.sharedModel.getSource().trim());
  return k.status === 'idle' && code.every(c => c.model.executionCount !== null && c.model.executionCount > 0);
}"""
ERRORS = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const out = [];
  w.content.widgets.forEach((c, i) => {
    if (c.model.type !== 'code') return;
    for (const o of c.model.outputs.toJSON()) {
      if (o.output_type === 'error') out.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
    }
  });
  return out;
}"""
TOP = """async () => {
  const nb = window.jupyterapp.shell.currentWidget.content;
  nb.activeCellIndex = 0;
  await nb.scrollToItem(0, 'start');
}"""
COUNTS = """() => window.jupyterapp.shell.currentWidget.content.widgets
  .filter(c => c.model.type === 'code' && c.model.sharedModel.getSource().trim())
  .map(c => [c.model.executionCount, c.model.outputs.length])"""


def test_every_notebook_runs_in_jupyterlab(jupyterlab):
    from playwright.sync_api import sync_playwright

    shots = paths.REPORTS / "jupyterlab"
    shots.mkdir(parents=True, exist_ok=True)
    books = run.notebooks(jupyterlab["copy"])
    assert books
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(jupyterlab["profile"]), executable_path=jupyterlab["chromium"], headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )  # fmt: skip
        try:
            page = context.new_page()
            for nb in books:
                url = f"{jupyterlab['base']}/lab/tree/{nb.name}?reset&token={jupyterlab['token']}"
                page.goto(url, wait_until="domcontentloaded")
                page.wait_for_function(KERNEL_IDLE, timeout=120_000, polling=250)
                page.evaluate(RUN_ALL)
                page.wait_for_function(ALL_DONE, timeout=CELL_TIMEOUT_MS, polling=250)
                errors = page.evaluate(ERRORS)
                assert errors == [], f"{nb.name}: {errors}"
                counts = page.evaluate(COUNTS)
                assert [c for c, _ in counts] == list(range(1, len(counts) + 1)), f"{nb.name}: {counts}"
                assert sum(n for _, n in counts) > 0, f"{nb.name}: ran without any output"
                page.evaluate(TOP)  # the screenshot shows the title and the bottom line
                page.wait_for_timeout(300)
                page.screenshot(path=str(shots / f"{nb.stem}.png"))
        finally:
            context.close()


SAVE = """async () => { await window.jupyterapp.commands.execute('docmanager:save'); }"""
SAVE_WAIT_S = 30


def _first_difference(a: bytes, b: bytes) -> str:
    la, lb = a.decode("utf-8").splitlines(), b.decode("utf-8").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: {x[:120]!r} -> {y[:120]!r}"
    return f"{len(la)} lines -> {len(lb)} lines"


def test_opening_and_saving_a_notebook_changes_no_byte(jupyterlab):
    from playwright.sync_api import sync_playwright

    books = run.notebooks(jupyterlab["copy"])
    assert books
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(jupyterlab["profile"]), executable_path=jupyterlab["chromium"], headless=True, args=CHROMIUM_ARGS,
        )  # fmt: skip
        try:
            page = context.new_page()
            for nb in books:
                before, mtime = nb.read_bytes(), nb.stat().st_mtime_ns
                assert before == (paths.NOTEBOOKS / nb.name).read_bytes()
                url = f"{jupyterlab['base']}/lab/tree/{nb.name}?reset&token={jupyterlab['token']}"
                page.goto(url, wait_until="domcontentloaded")
                page.wait_for_function(KERNEL_IDLE, timeout=120_000, polling=250)
                page.evaluate(SAVE)
                deadline = time.monotonic() + SAVE_WAIT_S
                while nb.stat().st_mtime_ns == mtime and time.monotonic() < deadline:
                    time.sleep(0.2)
                assert nb.stat().st_mtime_ns != mtime, f"{nb.name}: JupyterLab did not save it"
                after = nb.read_bytes()
                assert after == before, f"{nb.name} changed on save: {_first_difference(before, after)}"
        finally:
            context.close()
