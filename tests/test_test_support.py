"""The shared test set-up (conftest.py) does what the other tests rely on.

- Runtime unit tests import `templates/runtime` itself (as `runtime_under_test`), so editing the runtime and
  running the tests tests the edit, not the copy inside a generated package.
- `generated_packages` leaves nothing behind: a later test that generates a package of the same name imports
  its own, not the earlier one from `sys.modules`.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml
from conftest import REPO, RUNTIME_SOURCE, RUNTIME_UNDER_TEST, GeneratedPackages

#: runtime unit test files: a generated package's runtime copy may not stand in for the source (they still use
#: generated error tables, models and clients where a test is about what users of a package get)
RUNTIME_UNIT_TESTS = ("test_runtime_retry.py", "test_runtime_protocol.py", "test_runtime_params.py")


def test_runtime_under_test_is_the_source() -> None:
    for name in ("retry", "transport", "params", "errors", "protocol"):
        module = importlib.import_module(f"{RUNTIME_UNDER_TEST}.{name}")
        assert Path(module.__file__ or "").resolve() == (RUNTIME_SOURCE / f"{name}.py").resolve()


def test_runtime_unit_tests_import_no_generated_copy() -> None:
    for name in RUNTIME_UNIT_TESTS:
        text = (REPO / "tests" / name).read_text(encoding="utf-8")
        assert "._runtime" not in text and f"from {RUNTIME_UNDER_TEST}." in text, name


def _spec(path: Path, title: str) -> Path:
    document = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1", "x-codegen": {"package": "support_pkg", "client": "Support"}},
        "servers": [{"url": "https://support.example"}],
        "paths": {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {"204": {"description": "No content"}},
                }
            }
        },
    }
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_generated_packages_forget_what_they_imported(tmp_path: Path, generated_packages: GeneratedPackages) -> None:
    with generated_packages.generate(_spec(tmp_path / "first.yaml", "First"), tmp_path / "first") as package:
        assert "First" in (package.__doc__ or "")
    assert str(tmp_path / "first") not in sys.path
    assert not [name for name in sys.modules if name.split(".")[0] == "support_pkg"]
    with generated_packages.generate(_spec(tmp_path / "second.yaml", "Second"), tmp_path / "second") as package:
        assert "Second" in (package.__doc__ or "") and "First" not in (package.__doc__ or "")
