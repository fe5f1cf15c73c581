"""The repository's own Python is held to the bar its output meets: ruff-lint clean and ruff-formatted.

The runtime modules matter most: they are copied verbatim into every generated package, whose files must
pass `ruff format --check`, so an unformatted runtime module would leave the copies differing from their
source or the packages unformatted.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.pipeline import REPO

OWN_PYTHON = ["generator", "tests", "bench", "templates/runtime"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_own_python_is_ruff_clean(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, "--no-cache", *OWN_PYTHON],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
