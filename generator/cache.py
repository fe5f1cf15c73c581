"""Content-hash cache: a `generate` whose inputs have not changed since the last run does nothing.

The key covers every input of the output: the spec files (fragments included), the generator's code and
templates, the versions of the libraries whose output we commit (datamodel-code-generator, ruff, Jinja2,
pydantic) and the options. The output's own digest is recorded too, so a hand edit or a deleted file under
`generated/` is regenerated even when the inputs are unchanged. Only the standard library is imported here:
the no-op path must not pay for importing the generator.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from .resources import PACKAGE as GENERATOR
from .resources import TEMPLATES, cache_dir

_PINNED = ("datamodel-code-generator", "ruff", "jinja2", "pydantic", "pydantic-core")


def _files(root: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Files under root with these suffixes, outside __pycache__ and hidden folders: a spec beside a `.venv`, or
    beside the `.cache` this module writes (as happens outside a checkout), must not hash those."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix in suffixes
        and not any(part == "__pycache__" or part.startswith(".") for part in p.relative_to(root).parts[:-1])
    )


def input_key(specs: list[Path], options: dict[str, object]) -> str:
    digest = hashlib.sha256()
    roots = {spec.resolve().parent for spec in specs}
    inputs = set(specs) | {p for root in roots for p in _files(root, (".yaml", ".yml", ".json"))}
    inputs |= set(_files(GENERATOR, (".py",))) | set(_files(TEMPLATES, (".py", ".jinja", ".jinja2")))
    for path in sorted(inputs, key=lambda p: p.resolve().as_posix()):
        digest.update(path.resolve().as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in _PINNED:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=absent".encode())
    digest.update(json.dumps(options, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def tree_digest(out_dir: Path) -> str:
    digest = hashlib.sha256()
    if out_dir.exists():
        for path in sorted(p for p in out_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(out_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_file() -> Path:
    """codegen.json in the workspace's cache folder: the checkout's, or the current folder's when installed."""
    return cache_dir() / "codegen.json"


def _entries() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_fresh(out_dir: Path, key: str) -> bool:
    entry = _entries().get(out_dir.resolve().as_posix())
    return entry is not None and entry.get("key") == key and entry.get("output") == tree_digest(out_dir)


def remember(out_dir: Path, key: str) -> None:
    # output folders that no longer exist (scratch `--out` directories) would only grow the file
    entries = {folder: entry for folder, entry in _entries().items() if Path(folder).is_dir()}
    entries[out_dir.resolve().as_posix()] = {"key": key, "output": tree_digest(out_dir)}
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(entries, indent=1, sort_keys=True), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout still generates; it just cannot skip next time
