"""Where the generator finds its files, in a checkout and when installed.

In a checkout (and an editable install, which runs the checkout's code) the templates are the repository's
top-level `templates/` folder. A wheel ships that folder inside the package as `generator/_templates`
(pyproject.toml maps it there). Outside a checkout, default folders, caches and displayed paths are relative
to the current folder, never to site-packages.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
_SHIPPED_TEMPLATES = PACKAGE / "_templates"


def _checkout() -> Path | None:
    root = PACKAGE.parent
    is_checkout = (root / "pyproject.toml").is_file() and (root / "templates" / "runtime").is_dir()
    return root if is_checkout else None


#: the repository root when the generator runs from a checkout, else None
CHECKOUT = _checkout()
#: the Jinja templates of the packages (package/), the runtime (runtime/) and datamodel-code-generator's (dmcg/)
TEMPLATES = _SHIPPED_TEMPLATES if _SHIPPED_TEMPLATES.is_dir() else PACKAGE.parent / "templates"
RUNTIME = TEMPLATES / "runtime"
DMCG_TEMPLATES = TEMPLATES / "dmcg"
#: how generated headers name the templates folder, wherever it is installed: generated/ must not depend on it
TEMPLATES_DISPLAY = "templates"


def workspace() -> Path:
    """The folder default paths are relative to: the repository root, or outside a checkout the current folder."""
    return CHECKOUT if CHECKOUT is not None else Path.cwd()


def cache_dir() -> Path:
    """Where run-to-run caches go: the workspace's `.cache` (a checkout's, or the current folder's)."""
    return workspace() / ".cache"


def display_path(path: Path) -> str:
    """A path as messages and generated headers show it: templates as `templates/...`, else relative to the
    workspace when inside it, else as given."""
    resolved = path.resolve()
    if resolved.is_relative_to(TEMPLATES):
        return f"{TEMPLATES_DISPLAY}/{resolved.relative_to(TEMPLATES).as_posix()}"
    try:
        return resolved.relative_to(workspace().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def import_runtime(package_name: str, source: Path = RUNTIME) -> ModuleType:
    """The runtime as it ships (relative imports only), imported as a package named `package_name`: the generator
    reads its classes, and the tests test the source rather than a generated copy. Imported once per name."""
    if package_name in sys.modules:
        return sys.modules[package_name]
    spec = importlib.util.spec_from_file_location(
        package_name, source / "__init__.py", submodule_search_locations=[str(source)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[package_name] = package
    spec.loader.exec_module(package)
    return package
