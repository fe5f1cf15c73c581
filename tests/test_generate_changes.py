"""After a spec edit, only what depends on that spec changes, and `generate` says which packages it regenerated and
which came out the same: the runtime copies carry the runtime's hash, not the spec's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.pipeline import REPO

SPEC = """\
openapi: 3.1.0
info: {{title: {title}, version: "1", description: "{description}", x-codegen: {{package: {package}}}}}
servers: [{{url: "https://example.com"}}]
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": {{description: pong}}
"""


def _write(path: Path, package: str, description: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SPEC.format(title=package, description=description, package=package), encoding="utf-8")
    return path


def _generate(specs: Path, out: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--specs-dir", str(specs), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_spec_edit_regenerates_its_package_only_and_leaves_runtime_copies_alone(tmp_path: Path) -> None:
    specs, out = tmp_path / "specs", tmp_path / "generated"
    _write(specs / "first.yaml", "first_pkg", "First.")
    second = _write(specs / "second.yaml", "second_pkg", "Second.")
    assert "generated first_pkg" in _generate(specs, out)
    before = _files(out)
    _write(second, "second_pkg", "Second, edited.")
    report = _generate(specs, out)
    assert "unchanged first_pkg" in report and "generated second_pkg" in report, report
    after = _files(out)
    changed = sorted(name for name in after if after[name] != before.get(name))
    assert changed and all(name.startswith("second_pkg/") for name in changed), changed
    assert not any("/_runtime/" in name for name in changed), changed
