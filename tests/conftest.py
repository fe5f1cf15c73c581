"""Shared test set-up: generated packages import as top-level packages, as a user who vendors them would, and
the runtime's source (templates/runtime) imports as the package `runtime_under_test`."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"
SPECS = REPO / "specs"
RUNTIME_SOURCE = REPO / "templates" / "runtime"
#: the name templates/runtime imports under: unit tests of the runtime test the source a developer edits, not
#: the copy inside a generated package (which is stale until the next `make generate`)
RUNTIME_UNDER_TEST = "runtime_under_test"

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _import_runtime_source() -> ModuleType:
    """templates/runtime as a package (it uses relative imports only), registered before any test module imports
    `runtime_under_test.<module>`."""
    from generator.resources import import_runtime

    return import_runtime(RUNTIME_UNDER_TEST, RUNTIME_SOURCE)


_import_runtime_source()


class GeneratedPackages:
    """Generated packages imported from a temporary folder; on leaving the block the folder leaves `sys.path` and
    the packages leave `sys.modules`, so a later test may generate a package of the same name and import its own.
    Modules of that name imported before (the committed `generated/` package other test modules hold) are put
    back as they were: a module imported lazily later must be the one those tests patched, not a fresh copy."""

    @contextlib.contextmanager
    def importable(self, folder: Path, packages: Iterable[str]) -> Iterator[None]:
        names = tuple(packages)

        def forget() -> dict[str, ModuleType]:
            found = [m for m in sys.modules if m in names or m.startswith(tuple(f"{n}." for n in names))]
            return {name: sys.modules.pop(name) for name in found}

        before = forget()
        sys.path.insert(0, str(folder))
        try:
            yield
        finally:
            sys.path.remove(str(folder))
            forget()
            sys.modules.update(before)

    @contextlib.contextmanager
    def generate(self, spec: Path, out: Path) -> Iterator[ModuleType]:
        """Generate one spec into `out` and import its package."""
        from generator.pipeline import generate

        (service,) = generate([spec], out)
        with self.importable(out, [service.package]):
            yield importlib.import_module(service.package)


@pytest.fixture(scope="session")
def generated_packages() -> GeneratedPackages:
    """Session-scoped, so module-scoped fixtures and hypothesis tests can use it too."""
    return GeneratedPackages()


@pytest.fixture(autouse=True)
def _isolated_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may read the developer's AWS or Datadog configuration, or reach a real endpoint."""
    for name in list(__import__("os").environ):
        if name.startswith(("AWS_", "DD_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
