"""The Python examples of README.md and of each generated package's README pass `mypy --strict`.

A reader runs a README's blocks in order, so each README's blocks are concatenated into one module: a block may
use what an earlier one defined, and a name it never defines is an error. One mypy run checks every README (the
generated packages are found through MYPYPATH and not reported on: `make typecheck` covers them)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, flags=re.DOTALL | re.MULTILINE)


def readmes() -> dict[str, Path]:
    """Module name of each README's concatenated blocks → the README."""
    found = {"readme_repository": REPO / "README.md"}
    found.update({f"readme_{path.parent.name}": path for path in sorted(GENERATED.glob("*/README.md"))})
    return found


def concatenated(path: Path) -> str:
    blocks = python_blocks(path.read_text(encoding="utf-8"))
    assert blocks, f"{path} has no Python examples"
    return "\n\n".join(blocks)


def run_mypy(folder: Path, modules: dict[str, str]) -> subprocess.CompletedProcess[str]:
    for name, source in modules.items():
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file=",  # not the repository's: these snippets are a reader's code, with only --strict
        "--follow-imports=silent",  # the generated packages are checked by `make typecheck`
        f"--cache-dir={REPO / '.mypy_cache' / 'readme-examples'}",
        "--show-error-codes",
        *sorted(f"{name}.py" for name in modules),
    ]
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, env=env, check=False)


def test_every_readme_is_type_checked() -> None:
    names = set(readmes())
    assert "readme_repository" in names and len(names) >= 4  # README.md and the three generated packages


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    result = run_mypy(tmp_path, {name: concatenated(path) for name, path in readmes().items()})
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_a_name_no_block_defines_is_reported(tmp_path: Path) -> None:
    """The check is not vacuous: a snippet that uses an undefined client, or `async with` outside a coroutine,
    fails it."""
    result = run_mypy(
        tmp_path,
        {
            "readme_undefined": "result = client.describe_tasks()\n",
            "readme_async": "from aws_ecs import AsyncEcsClient\n\nasync with AsyncEcsClient() as c:\n    pass\n",
        },
    )
    assert result.returncode != 0
    assert 'Name "client" is not defined' in result.stdout
    assert "readme_async.py" in result.stdout
