"""Finding spec files (standard library only, so that a no-op `generate` starts fast)."""

from __future__ import annotations

from pathlib import Path


def find_specs(specs_dir: Path) -> list[Path]:
    """Spec files of a tree; files and folders whose names start with `_` are shared fragments that specs
    reference with `$ref`, not specs of their own."""
    return sorted(
        p
        for p in specs_dir.rglob("*")
        if p.suffix in (".yaml", ".yml", ".json")
        and p.is_file()
        and not any(part.startswith("_") for part in p.relative_to(specs_dir).parts)
    )
