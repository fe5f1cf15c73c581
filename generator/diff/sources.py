"""Where the two versions come from: a spec file, a directory of specs, or `REV:path` read from git
(revision names checked, blob sizes capped before reading), and how the specs of the two sides pair up."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import Problem, SpecError
from ..loader import MAX_SPEC_BYTES, LoadedSpec, load_spec
from .side import Side

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


class Git:
    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        result = self.run(["rev-parse", "--show-toplevel", "--show-prefix"], cwd=cwd, check=False)
        lines = result.stdout.decode("utf-8", "replace").splitlines() if result.returncode == 0 else []
        self.root = Path(lines[0]) if lines else None
        self.prefix = lines[1] if len(lines) > 1 else ""

    @staticmethod
    def run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
        if check and result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip() or f"git {' '.join(args)} failed"
            raise SpecError([Problem(" ".join(args[1:2]) or "git", "", message, rule="git")])
        return result

    def root_path(self, path: str) -> str:
        """A path inside a revision as git reads `REV:path`: from the top, or from here when it starts with ./"""
        if path.startswith(("./", "../")) or path in (".", ".."):
            path = os.path.normpath(os.path.join(self.prefix, path))
        return PurePosixPath(path).as_posix().strip("/") if path not in ("", ".") else ""

    def require(self) -> Path:
        if self.root is None:
            raise SpecError([Problem(str(self.cwd), "", "not inside a git repository", rule="git")])
        return self.root

    def object_type(self, rev: str, path: str) -> str | None:
        result = self.run(["cat-file", "-t", f"{rev}:{path}"], cwd=self.require(), check=False)
        return result.stdout.decode().strip() if result.returncode == 0 else None

    def files(self, rev: str, path: str) -> list[str]:
        output = self.run(["ls-tree", "-r", "-z", "--name-only", rev, "--", path or "."], cwd=self.require()).stdout
        return sorted(name for name in output.decode("utf-8").split("\0") if name)

    def read(self, rev: str, path: str) -> bytes:
        size = self.run(["cat-file", "-s", f"{rev}:{path}"], cwd=self.require()).stdout.decode().strip()
        if int(size or 0) > MAX_SPEC_BYTES:
            raise SpecError([Problem(f"{rev}:{path}", "", f"larger than {MAX_SPEC_BYTES} bytes", rule="io")])
        return self.run(["cat-file", "blob", f"{rev}:{path}"], cwd=self.require()).stdout


@dataclass
class SpecSet:
    """One side of a comparison: its specs by pairing key, and where they came from."""

    label: str
    specs: dict[str, LoadedSpec]
    files: dict[str, str]  # pairing key → the repository path to report
    rev: str | None = None  # the git revision, when the specs came from one
    single: bool = False


def _check_rev(rev: str) -> str:
    if not rev or rev.startswith("-") or any(c.isspace() for c in rev):
        raise SpecError([Problem(rev, "", f"not a usable git revision: {rev!r}", rule="git")])
    return rev


def _is_spec(name: str) -> bool:
    return name.endswith(SPEC_SUFFIXES) and not name.endswith("README.md")


def load_revision(git: Git, rev: str, path: str, scratch: Path, missing_ok: bool = False) -> SpecSet:
    """The specs at `REV:path`; with `missing_ok`, a path the revision lacks is an empty set (a first PR)."""
    rev, path = _check_rev(rev), git.root_path(path)
    if (
        git.run(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd=git.require(), check=False).returncode
        != 0
    ):
        raise SpecError(
            [
                Problem(
                    rev, "", f"unknown git revision {rev!r} (fetch it, e.g. checkout with fetch-depth: 0)", rule="git"
                )
            ]
        )
    kind = git.object_type(rev, path)
    if kind is None and missing_ok:
        return SpecSet(f"{rev}:{path}", {}, {}, rev=rev)
    if kind is None:
        raise SpecError([Problem(f"{rev}:{path}", "", f"{path or '.'} does not exist at {rev}", rule="git")])
    names = [path] if kind == "blob" else [n for n in git.files(rev, path) if _is_spec(n)]
    target = scratch / re.sub(r"[^A-Za-z0-9._-]", "_", rev)
    specs: dict[str, LoadedSpec] = {}
    files: dict[str, str] = {}
    for name in names:
        local = target / name
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(git.read(rev, name))
        key = PurePosixPath(name).name if kind == "blob" else PurePosixPath(name).relative_to(path or ".").as_posix()
        specs[key] = load_spec(local, f"{rev}:{name}")
        files[key] = name
    return SpecSet(f"{rev}:{path}", specs, files, rev=rev, single=kind == "blob")


def load_worktree(git: Git, path: Path) -> SpecSet:
    def shown(p: Path) -> str:
        for root in (git.root, Path.cwd()):
            if root is not None:
                try:
                    return p.resolve().relative_to(root.resolve()).as_posix()
                except ValueError:
                    continue
        return p.as_posix()

    if path.is_file():
        spec = load_spec(path, shown(path))
        return SpecSet(shown(path), {path.name: spec}, {path.name: shown(path)}, single=True)
    if not path.is_dir():
        raise SpecError([Problem(str(path), "", "no such spec file or directory", rule="io")])
    specs: dict[str, LoadedSpec] = {}
    files: dict[str, str] = {}
    for file in sorted(p for p in path.rglob("*") if p.is_file() and _is_spec(p.name)):
        key = file.relative_to(path).as_posix()
        specs[key] = load_spec(file, shown(file))
        files[key] = shown(file)
    return SpecSet(shown(path) + "/ (working tree)", specs, files)


def load_side(argument: str, git: Git, scratch: Path) -> SpecSet:
    """A spec file, a directory of specs, or `REV:path` (a file or directory at a git revision)."""
    if ":" in argument and not Path(argument).exists():
        rev, path = argument.split(":", 1)
        return load_revision(git, rev, path, scratch)
    return load_worktree(git, Path(argument))


def pair(base: SpecSet, head: SpecSet) -> list[tuple[str | None, str | None]]:
    """Pairs of keys: by path, then leftovers by generated package name; None on the side that lacks it."""
    if base.single and head.single:
        return [(next(iter(base.specs)), next(iter(head.specs)))]
    pairs: list[tuple[str | None, str | None]] = [(key, key) for key in base.specs if key in head.specs]
    base_left = [key for key in base.specs if key not in head.specs]
    head_left = {Side(head.specs[key], "").package()[0]: key for key in head.specs if key not in base.specs}
    for key in base_left:
        package = Side(base.specs[key], "").package()[0]
        pairs.append((key, head_left.pop(package, None)))
    pairs.extend((None, key) for key in head_left.values())
    return sorted(pairs, key=lambda p: p[1] or p[0] or "")
