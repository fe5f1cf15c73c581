"""What a cold first call loads: nothing it does not need (bench/coldstart.py measures what that is worth).

Each case is a fresh interpreter that imports a generated package, builds a sync client and makes one call to
the package's fake server over plain http, then reports which heavy modules it imported and whether the CA
bundle was loaded. With credentials already known (arguments or `AWS_*` variables) botocore is not imported:
the runtime signs by itself; a named profile needs botocore's chain, and then it is. A sync client never
imports asyncio, and plain http never loads the CA bundle. No timing is asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aws_ecs.testing import FakeEcsServer
from datadog_agentless_scanning.testing import FakeAgentlessScanningServer

GENERATED = Path(__file__).resolve().parent.parent / "generated"
TASK_ARN = "arn:aws:ecs:eu-west-3:123456789012:task/prod/0123456789abcdef0123456789abcdef"

_REPORT = """
import json, sys
from {package}._runtime import client as runtime_client
print(json.dumps({{
    "botocore": "botocore" in sys.modules,
    "asyncio": "asyncio" in sys.modules,
    "ca_bundle_loaded": runtime_client._shared_ssl_context.cache_info().currsize > 0,
}}))
"""


@pytest.fixture(scope="module")
def ecs_server() -> Iterator[FakeEcsServer]:
    with FakeEcsServer() as server:
        yield server


@pytest.fixture(scope="module")
def datadog_server() -> Iterator[FakeAgentlessScanningServer]:
    with FakeAgentlessScanningServer() as server:
        yield server


def _first_call(code: str, package: str, environ: dict[str, str], tmp_path: Path) -> dict[str, Any]:
    env = {name: value for name, value in os.environ.items() if not name.startswith(("AWS_", "DD_", "PYTHON"))}
    # No shared files, no instance metadata: only what the case gives.
    env.update(
        AWS_CONFIG_FILE=str(tmp_path / "config"),
        AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "credentials"),
        AWS_EC2_METADATA_DISABLED="true",
        PYTHONPATH=str(GENERATED),
    )
    env.update(environ)
    done = subprocess.run(
        [sys.executable, "-c", code + _REPORT.format(package=package)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _ecs_call(url: str, arguments: str = "") -> str:
    return (
        "import aws_ecs\n"
        f'with aws_ecs.EcsClient(region="eu-west-3", endpoint_url="{url}"{arguments}) as client:\n'
        f'    client.describe_tasks(tasks=["{TASK_ARN}"])\n'
    )


def test_aws_first_call_with_environment_credentials_imports_neither_botocore_nor_asyncio(
    ecs_server: FakeEcsServer, tmp_path: Path
) -> None:
    environ = {"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "token"}
    report = _first_call(_ecs_call(ecs_server.url), "aws_ecs", environ, tmp_path)
    assert report == {"botocore": False, "asyncio": False, "ca_bundle_loaded": False}
    assert ecs_server.requests[-1].headers["x-amz-security-token"] == "token"


def test_aws_first_call_with_argument_credentials_imports_no_botocore(
    ecs_server: FakeEcsServer, tmp_path: Path
) -> None:
    arguments = ', aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret"'
    report = _first_call(_ecs_call(ecs_server.url, arguments), "aws_ecs", {}, tmp_path)
    assert report["botocore"] is False
    assert ecs_server.requests[-1].headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")


_CLIENTS = {
    "aws_ecs": 'EcsClient(region="us-east-1", endpoint_url="http://127.0.0.1:9")',
    "aws_deadline": 'DeadlineClient(region="us-east-1", endpoint_url="http://127.0.0.1:9")',
    "datadog_agentless_scanning": 'AgentlessScanningClient(api_key="k", app_key="a", base_url="http://127.0.0.1:9")',
}


@pytest.mark.parametrize("package", sorted(_CLIENTS))
def test_a_client_and_its_operations_import_no_waiter_pagination_or_html_code(package: str, tmp_path: Path) -> None:
    """What a first call loads (the client, then the request builders and models) leaves out what only some calls
    use: waiters, paginators and HTML error pages (html). The last still works. (uuid, for idempotency tokens, is
    imported by pydantic itself.)"""
    lazy = [f"{package}._runtime.waiters", f"{package}._runtime.pagination", "html"]
    code = (
        "import sys, httpx\n"
        "before = set(sys.modules)  # httpx's optional CLI imports html when click and pygments are installed\n"
        f"import {package}\n"
        f"{package}.{_CLIENTS[package]}\n"
        f"from {package} import _operations\n"
        f"loaded = [m for m in {lazy!r} if m in set(sys.modules) - before]\n"
        "assert not loaded, loaded\n"
        f"from {package}._runtime import protocol\n"
        "assert not hasattr(protocol, 'html')  # (where httpx loaded it)\n"
        f"from {package}._runtime.protocol import html_text\n"
        "assert html_text('<html><title>Bad &amp; gateway</title></html>') == 'Bad & gateway'\n"
    )
    environ = {"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret"}
    assert _first_call(code, package, environ, tmp_path)["botocore"] is False


def test_aws_first_call_with_a_profile_uses_botocores_chain(ecs_server: FakeEcsServer, tmp_path: Path) -> None:
    """The contrast: credentials that only botocore's chain knows (a profile) still work, through botocore."""
    (tmp_path / "credentials").write_text("[x]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n")
    report = _first_call(_ecs_call(ecs_server.url, ', profile="x"'), "aws_ecs", {}, tmp_path)
    assert report["botocore"] is True
    assert ecs_server.requests[-1].headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDPROFILE/")


def test_datadog_sync_first_call_imports_no_asyncio_and_loads_no_ca_bundle_over_http(
    datadog_server: FakeAgentlessScanningServer, tmp_path: Path
) -> None:
    code = (
        "import datadog_agentless_scanning as m\n"
        f'with m.AgentlessScanningClient(api_key="k", app_key="a", base_url="{datadog_server.url}") as client:\n'
        '    client.get_aws_on_demand_task(task_id="6d09294c-9ad9-42fd-a759-a0c1599b4828")\n'
    )
    report = _first_call(code, "datadog_agentless_scanning", {}, tmp_path)
    assert report == {"botocore": False, "asyncio": False, "ca_bundle_loaded": False}


def test_models_build_their_validator_at_first_use() -> None:
    """`defer_build`: importing a models module builds no validator; validating one model builds its own (its
    nested models' schemas inline), and a model never used is never built."""
    from runtime_under_test.models import ApiModel

    class Inner(ApiModel):
        x: int

    class Outer(ApiModel):
        inner: Inner | None = None

    class Unused(ApiModel):
        y: int

    assert not Outer.__pydantic_complete__ and not Unused.__pydantic_complete__
    assert Outer.model_validate_json(b'{"inner": {"x": 1}}').inner == Inner(x=1)
    assert Outer.__pydantic_complete__ and not Unused.__pydantic_complete__


@pytest.mark.parametrize("package", ["aws_ecs", "aws_deadline", "datadog_agentless_scanning"])
def test_generated_models_carry_evaluated_annotations(package: str) -> None:
    """No `from __future__ import annotations` in the models: pydantic would resolve every string annotation at
    a model's first use (~15 % of ECS's models' cost). Only forward references stay strings."""
    models = __import__(f"{package}.models", fromlist=["models"])
    classes = [c for c in vars(models).values() if isinstance(c, type) and c.__module__ == models.__name__]
    annotations = [a for c in classes for a in vars(c).get("__annotations__", {}).values()]
    assert annotations and not any(isinstance(a, str) for a in annotations)


@pytest.mark.slow
def test_coldstart_benchmark_reports_every_row_and_ratio() -> None:
    """bench/coldstart.py end to end (dev environment, one round; --before with this same checkout): every row
    ran (a failed sample stops the script), and each goal ratio is reported for both columns. No timing is
    asserted."""
    root = GENERATED.parent
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "coldstart.py"), "--env", "dev", "--rounds", "1", "--json"]
        + ["--before", str(root)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)
    names = {(row["env"], row["name"]) for row in results["rows"]}
    ours = {"ours-ecs", "ours-deadline", "ours-datadog"}
    peers = {"boto3-ecs", "boto3-deadline", "official-datadog", "floor-httpx", "floor-httpx-pydantic"}
    assert names == {("dev", name) for name in ours | peers} | {("dev@before", name) for name in ours}
    assert all(len(row["samples_s"]) == 1 and row["samples_s"][0] > 0 for row in results["rows"])
    for label in ("ECS first call / boto3's", "Deadline first call / boto3's"):
        assert set(results["ratios"][label]) == {"dev", "dev@before"}
    assert "| ours-ecs |" in done.stderr and "≤ 0.8×" in done.stderr
