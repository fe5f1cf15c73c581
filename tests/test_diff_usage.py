"""`python -m generator diff` without BASE and HEAD is a usage error as argparse reports one: the usage line, the
reason, exit status 2, and nothing about writing files."""

from __future__ import annotations

import subprocess
import sys

from generator.pipeline import REPO


def test_diff_without_sides_prints_its_usage() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 2
    assert result.stderr.startswith("usage: python -m generator diff"), result.stderr
    assert result.stderr.rstrip().endswith("diff: error: give BASE and HEAD, or --base-ref"), result.stderr
    assert "nothing was written" not in result.stderr and "(at /)" not in result.stderr
