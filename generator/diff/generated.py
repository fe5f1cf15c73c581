"""The generated-code half: render (or read from git) the generated packages of both sides and turn
`api_surface`'s public-API comparison into changes, capped at WARN when the package's spec changed too."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .. import api_surface
from ..errors import SpecError
from ..loader import LoadedSpec
from .model import RANK, Change, Level
from .side import Side
from .sources import Git, SpecSet

PACKAGE_MODULES = ("__init__.py", "client.py", "models.py", "errors.py", "testing.py")


def _max_level(level: Level, cap: Level) -> Level:
    return cap if RANK[level] > RANK[cap] else level


def _render_surfaces(specs: list[LoadedSpec], notes: list[str], side: str) -> dict[str, tuple[str, dict[str, str]]]:
    """package → (directory label, module sources), generated with this checkout's generator."""
    from ..pipeline import render_tree

    found: dict[str, tuple[str, dict[str, str]]] = {}
    if not specs:
        return found
    with tempfile.TemporaryDirectory(prefix="codegen-diff-") as scratch:
        for spec in specs:
            destination = Path(scratch) / str(len(found)) / "out"
            destination.mkdir(parents=True)
            try:
                services = render_tree([spec.path], destination)
            except SpecError as exc:
                notes.append(
                    f"{side}: could not generate {spec.display_path} ({len(exc.problems)} problem(s), first: {exc.problems[0]})"
                )
                continue
            for service in services:
                package_dir = destination / service.package
                found[service.package] = (
                    f"rendered from the {side} specs",
                    {
                        m: (package_dir / m).read_text(encoding="utf-8")
                        for m in PACKAGE_MODULES
                        if (package_dir / m).is_file()
                    },
                )
    return found


def _committed_surface(git: Git, rev: str, generated_dir: str, package: str) -> dict[str, str] | None:
    directory = f"{generated_dir}/{package}"
    if git.object_type(rev, f"{directory}/client.py") != "blob":
        return None
    sources: dict[str, str] = {}
    for module in PACKAGE_MODULES:
        if git.object_type(rev, f"{directory}/{module}") == "blob":
            sources[module] = git.read(rev, f"{directory}/{module}").decode("utf-8", "replace")
    return sources


def generated_changes(
    base: SpecSet,
    head: SpecSet,
    pairs: list[tuple[str | None, str | None]],
    git: Git,
    generated_dir: str,
    notes: list[str],
    render_only: bool,
) -> list[Change]:
    """The public-API difference of the two generated trees, as changes (section "generated")."""
    base_specs: list[LoadedSpec] = []
    head_specs: list[LoadedSpec] = []
    committed: dict[str, dict[str, str]] = {}
    spec_changed: dict[str, bool] = {}
    for bkey, hkey in pairs:
        bspec = base.specs[bkey] if bkey else None
        hspec = head.specs[hkey] if hkey else None
        bpackage = Side(bspec, "").package()[0] if bspec else None
        package = Side(hspec, "").package()[0] if hspec else bpackage
        assert package is not None
        changed = bspec is None or hspec is None or bspec.text != hspec.text
        spec_changed[package] = changed
        if bspec is not None and bpackage is not None and base.rev and not render_only and git.root is not None:
            sources = _committed_surface(git, base.rev, generated_dir, bpackage)
            if sources is not None:
                committed[bpackage] = sources
        if bspec is not None and bpackage not in committed and changed:
            base_specs.append(bspec)
        if hspec is not None and (changed or (bpackage in committed)):
            head_specs.append(hspec)
    base_surfaces = _render_surfaces(base_specs, notes, "base")
    for package, sources in committed.items():
        base_surfaces[package] = (f"{generated_dir}/ at {base.rev}", sources)
    head_surfaces = _render_surfaces(head_specs, notes, "head")
    sources_used = sorted({label for label, _ in base_surfaces.values()})
    if sources_used:
        notes.append(
            "generated code compared: base "
            + " and ".join(f"{s}" for s in sources_used)
            + "; head rendered from the head specs by this checkout's generator"
        )
    found: list[Change] = []
    for package in sorted(base_surfaces.keys() | head_surfaces.keys()):
        old = api_surface.surface(base_surfaces[package][1]) if package in base_surfaces else None
        new = api_surface.surface(head_surfaces[package][1]) if package in head_surfaces else None
        if old is None and new is None:
            continue
        cap: Level = "WARN" if spec_changed.get(package, True) else "ERR"
        for item in api_surface.compare(package, old, new):
            level = _max_level(item.level, cap)  # type: ignore[arg-type]
            file = f"{generated_dir}/{package}/{item.module}"
            found.append(Change(level, item.rule, file, item.name, item.line, item.message, section="generated"))
    return found
