# JupyterLab / Jupyter Server settings for this project (`make lab` passes this file; Jupyter also
# reads it when started from the project root). Opening and saving a notebook without editing it
# must not change its bytes, so `make check` stays green after a look in JupyterLab.
#
# The committed notebooks are written by `python -m newslens.run`, which keeps the kernel's
# display name as committed and drops the Python patch version from `language_info`. JupyterLab
# would write the running kernel's own ("Python 3 (ipykernel)", "3.11.2") on every save; the hook
# below keeps the committed `kernelspec` and `language_info` instead, whenever the notebook on disk
# names the same kernel. Nothing else in the notebook is touched.
import json
from pathlib import Path

c = get_config()  # noqa: F821  (provided by Jupyter when it loads this file)

#: Notebook metadata that describes the machine, not the notebook: kept as committed.
MACHINE_METADATA = ("kernelspec", "language_info")


def keep_committed_metadata(model, path, contents_manager, **kwargs):
    """pre_save_hook: copy ``kernelspec`` and ``language_info`` from the file on disk into the
    notebook being saved, when both name the same kernel."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    try:
        os_path = Path(contents_manager._get_os_path(path))
        on_disk = json.loads(os_path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError, AttributeError):
        return
    meta = model["content"].setdefault("metadata", {})
    same_kernel = on_disk.get("kernelspec", {}).get("name") == meta.get("kernelspec", {}).get("name")
    if not same_kernel:
        return
    for key in MACHINE_METADATA:
        if key in on_disk:
            meta[key] = on_disk[key]
        else:
            meta.pop(key, None)


c.ContentsManager.pre_save_hook = keep_committed_metadata
