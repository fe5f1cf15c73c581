"""Shared test set-up: generated packages import as top-level packages, as a user who vendors them would."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"
SPECS = REPO / "specs"

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@pytest.fixture(autouse=True)
def _isolated_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may read the developer's AWS or Datadog configuration, or reach a real endpoint."""
    for name in list(__import__("os").environ):
        if name.startswith(("AWS_", "DD_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
