"""Benchmarks: the generated clients against a raw httpx floor, boto3 and Datadog's official client.

    .venv/bin/python bench/run.py            # full run (a few minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # a few iterations: proves every row works, numbers meaningless
    .venv/bin/python bench/run.py --json     # machine-readable results on stdout (tables go to stderr)
    .venv/bin/python bench/run.py --profile ours-ecs-1   # cProfile one row's calls

Every HTTP row talks to the same local keep-alive server (bench/server.py, its own process) over one
reused connection, so the figures compare client-side cost: building, signing, sending, parsing. Rows are
measured round-robin (every repetition runs every row once, in rotating order), each repetition a batch
of calls; the figure of a row is the median over repetitions, and each ratio is the median of the
per-repetition ratios, which cancels most of the drift of a shared, noisy machine.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
for _path in (str(ROOT), str(GENERATED)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

# No credential chain, config file or instance metadata may be consulted: dummy credentials everywhere.
BENCH_ENV = {
    "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "DD_API_KEY": "bench-api-key",
    "DD_APP_KEY": "bench-app-key",
}
os.environ.update(BENCH_ENV)
for _name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_ECS", "AWS_REGION", "AWS_DEFAULT_REGION"):
    os.environ.pop(_name, None)

from bench import payloads as payloads_module  # noqa: E402
from bench.server import BenchServer, Canned  # noqa: E402

REGION = "us-east-1"
ECS_JSON = "application/x-amz-json-1.1"


@dataclass
class Row:
    """One measured thing: `call()` does one unit of work; `check(result)` proves it did the right one."""

    name: str
    label: str
    call: Callable[[], Any]
    check: Callable[[Any], None]
    samples: list[float] = field(default_factory=list)  # wall seconds per call, one per repetition
    cpu_samples: list[float] = field(default_factory=list)  # this process's CPU seconds per call
    batch: int = 1

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu_samples) if self.cpu_samples else None


# --------------------------------------------------------------------------------------------------------
# Rows that call the server


def _expect_tasks(count: int) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        tasks = result["tasks"] if isinstance(result, dict) else result.tasks
        if len(tasks) != count:
            raise AssertionError(f"expected {count} tasks, got {len(tasks)}")

    return check


def _expect_key(path: Callable[[Any], Any], expected: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        value = path(result)
        if value != expected:
            raise AssertionError(f"expected {expected!r}, got {value!r}")

    return check


def _get(value: Any, name: str) -> Any:
    """An attribute of a model, or an item of a dict (the official clients return either)."""
    return value[name] if isinstance(value, dict) else getattr(value, name)


def http_rows(url: str, p: payloads_module.Payloads) -> tuple[list[Row], list[Callable[[], None]]]:
    """The HTTP rows and the close() functions of the clients they use."""
    import boto3
    import botocore.config
    import httpx
    import urllib3
    from aws_deadline import DeadlineClient
    from aws_ecs import EcsClient
    from datadog_agentless_scanning import AgentlessScanningClient
    from datadog_api_client import ApiClient, Configuration
    from datadog_api_client.v2.api.agentless_scanning_api import AgentlessScanningApi

    closers: list[Callable[[], None]] = []
    arn = p.ecs_task_arn
    ecs_request = json.dumps({"tasks": [arn], "cluster": "default"}).encode()
    ecs_headers = {"Content-Type": ECS_JSON, "X-Amz-Target": p.ecs_target}

    raw = httpx.Client()
    closers.append(raw.close)
    pool = urllib3.PoolManager(retries=False)
    closers.append(pool.clear)

    def floor_post(path: str) -> Callable[[], Any]:
        return lambda: json.loads(raw.post(url + path, content=ecs_request, headers=ecs_headers).content)

    def floor_get(path: str) -> Callable[[], Any]:
        return lambda: json.loads(raw.get(url + path).content)

    def urllib3_get(path: str) -> Callable[[], Any]:
        return lambda: json.loads(pool.request("GET", url + path).data)

    boto_config = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}, inject_host_prefix=False)
    boto_ecs_1 = boto3.client("ecs", region_name=REGION, endpoint_url=url + "/ecs1", config=boto_config)
    boto_ecs_100 = boto3.client("ecs", region_name=REGION, endpoint_url=url + "/ecs100", config=boto_config)
    boto_deadline = boto3.client("deadline", region_name=REGION, endpoint_url=url, config=boto_config)
    for boto in (boto_ecs_1, boto_ecs_100, boto_deadline):
        closers.append(boto.close)

    ours_ecs_1 = EcsClient(region=REGION, endpoint_url=url + "/ecs1")
    ours_ecs_100 = EcsClient(region=REGION, endpoint_url=url + "/ecs100")
    ours_deadline = DeadlineClient(region=REGION, endpoint_url=url)
    ours_datadog = AgentlessScanningClient(base_url=url)
    for ours in (ours_ecs_1, ours_ecs_100, ours_deadline, ours_datadog):
        closers.append(ours.close)

    # Datadog's official client as documented: host set on the Configuration, retries off (the default,
    # stated), response type checking on (the default) — and a second one with every validation off.
    dd_keys = {"apiKeyAuth": BENCH_ENV["DD_API_KEY"], "appKeyAuth": BENCH_ENV["DD_APP_KEY"]}
    dd_config = Configuration(host=url, api_key=dd_keys, enable_retry=False)
    dd_api_client = ApiClient(dd_config)
    closers.append(dd_api_client.close)
    dd_api = AgentlessScanningApi(dd_api_client)
    dd_lax_config = Configuration(
        host=url, api_key=dd_keys, enable_retry=False, check_input_type=False, check_return_type=False
    )
    dd_lax_config.client_side_validation = False
    dd_lax_client = ApiClient(dd_lax_config)
    closers.append(dd_lax_client.close)
    dd_lax_api = AgentlessScanningApi(dd_lax_client)

    ids = p.deadline_ids
    deadline_kwargs = {
        "farm_id": ids["farmId"],
        "queue_id": ids["queueId"],
        "job_id": ids["jobId"],
        "step_id": ids["stepId"],
        "task_id": ids["taskId"],
    }
    boto_deadline_kwargs = {"farmId": ids["farmId"], "queueId": ids["queueId"], "jobId": ids["jobId"]}
    boto_deadline_kwargs.update({"stepId": ids["stepId"], "taskId": ids["taskId"]})
    deadline_task = _expect_key(lambda r: r["taskId"] if isinstance(r, dict) else r.task_id, ids["taskId"])
    datadog_task = _expect_key(lambda r: str(_get(_get(r, "data"), "id")), p.datadog_task_id)

    rows = [
        Row("floor-ecs-1", "httpx + json.loads, ECS 1 task", floor_post("/ecs1/"), _expect_tasks(1)),
        Row("boto3-ecs-1", "boto3 ecs.describe_tasks, 1 task",
            lambda: boto_ecs_1.describe_tasks(tasks=[arn], cluster="default"), _expect_tasks(1)),
        Row("ours-ecs-1", "aws_ecs EcsClient.describe_tasks, 1 task",
            lambda: ours_ecs_1.describe_tasks(tasks=[arn], cluster="default"), _expect_tasks(1)),
        Row("floor-ecs-100", "httpx + json.loads, ECS 100 tasks", floor_post("/ecs100/"), _expect_tasks(100)),
        Row("boto3-ecs-100", "boto3 ecs.describe_tasks, 100 tasks",
            lambda: boto_ecs_100.describe_tasks(tasks=[arn], cluster="default"), _expect_tasks(100)),
        Row("ours-ecs-100", "aws_ecs EcsClient.describe_tasks, 100 tasks",
            lambda: ours_ecs_100.describe_tasks(tasks=[arn], cluster="default"), _expect_tasks(100)),
        Row("floor-deadline", "httpx + json.loads, Deadline GetTask", floor_get(p.deadline_path), deadline_task),
        Row("boto3-deadline", "boto3 deadline.get_task",
            lambda: boto_deadline.get_task(**boto_deadline_kwargs), deadline_task),
        Row("ours-deadline", "aws_deadline DeadlineClient.get_task",
            lambda: ours_deadline.get_task(**deadline_kwargs), deadline_task),
        Row("floor-datadog", "httpx + json.loads, Datadog GET", floor_get(p.datadog_path), datadog_task),
        Row("urllib3-datadog", "urllib3 + json.loads, Datadog GET", urllib3_get(p.datadog_path), datadog_task),
        Row("official-datadog", "datadog-api-client get_aws_on_demand_task",
            lambda: dd_api.get_aws_on_demand_task(p.datadog_task_id), datadog_task),
        Row("official-datadog-lax", "datadog-api-client, type checks off",
            lambda: dd_lax_api.get_aws_on_demand_task(p.datadog_task_id), datadog_task),
        Row("ours-datadog", "datadog_agentless_scanning get_aws_on_demand_task",
            lambda: ours_datadog.get_aws_on_demand_task(task_id=p.datadog_task_id), datadog_task),
    ]  # fmt: skip
    return rows, closers


def gc_paused(call: Callable[[], Any]) -> Callable[[], Any]:
    def paused() -> Any:
        gc.disable()
        try:
            return call()
        finally:
            gc.enable()

    return paused


def decode_rows(p: payloads_module.Payloads) -> list[Row]:
    import botocore.parsers
    import botocore.session
    import httpx
    from aws_ecs import models
    from aws_ecs._runtime.client import decode as runtime_decode

    session = botocore.session.get_session()
    output_shape = session.get_service_model("ecs").operation_model("DescribeTasks").output_shape
    parser = botocore.parsers.create_parser("json")
    body = p.ecs_hundred

    def botocore_parse() -> Any:
        return parser.parse({"body": body, "headers": {}, "status_code": 200}, output_shape)

    # What EcsClient.describe_tasks does with the body: the runtime's decode() around the same call.
    response = httpx.Response(200, content=body, headers={"Content-Type": ECS_JSON})
    validate = models.DescribeTasksResponse.model_validate_json

    rows = [
        Row("decode-json", "json.loads, 100 tasks", lambda: json.loads(body), _expect_tasks(100)),
        Row("decode-ours", "DescribeTasksResponse.model_validate_json, 100 tasks",
            lambda: validate(body), _expect_tasks(100)),
        Row("decode-ours-runtime", "the same through the client runtime's decode()",
            lambda: runtime_decode(validate, response, "DescribeTasks"), _expect_tasks(100)),
        Row("decode-botocore", "botocore json parser (output shape), 100 tasks", botocore_parse, _expect_tasks(100)),
        # The runtime pauses the cyclic GC while decoding; the same pause around the others, for fairness:
        Row("decode-json-gc-paused", "json.loads, GC paused", gc_paused(lambda: json.loads(body)), _expect_tasks(100)),
        Row("decode-botocore-gc-paused", "botocore parser, GC paused", gc_paused(botocore_parse), _expect_tasks(100)),
    ]  # fmt: skip
    return rows


# --------------------------------------------------------------------------------------------------------
# Measuring


def calibrate(row: Row, target_seconds: float, quick: bool) -> None:
    """Warm up, then choose a batch size that takes about `target_seconds`."""
    row.check(row.call())  # also warms caches, connections and lazy imports
    if quick:
        row.batch = 2
        return
    calls, started = 0, time.perf_counter()
    while True:
        row.call()
        calls += 1
        elapsed = time.perf_counter() - started
        if elapsed >= 0.1 or calls >= 1000:
            break
    row.batch = max(1, round(target_seconds / (elapsed / calls)))


def measure(rows: list[Row], repetitions: int) -> None:
    for repetition in range(repetitions):
        shift = repetition % len(rows)
        for row in rows[shift:] + rows[:shift]:
            call, batch = row.call, row.batch
            cpu_started, started = time.process_time(), time.perf_counter()
            for _ in range(batch):
                call()
            row.samples.append((time.perf_counter() - started) / batch)
            row.cpu_samples.append((time.process_time() - cpu_started) / batch)


def paired_ratio(a: Row, b: Row, cpu: bool = False) -> float:
    """Median over repetitions of a's time per call over b's: the two were measured close together."""
    xs, ys = (a.cpu_samples, b.cpu_samples) if cpu else (a.samples, b.samples)
    return statistics.median(x / y for x, y in zip(xs, ys, strict=True))


# --------------------------------------------------------------------------------------------------------
# Import time, each sample in a fresh interpreter


def import_cases(url: str, p: payloads_module.Payloads) -> list[tuple[str, str]]:
    """(row name, code) timed in a fresh interpreter: imports, client construction, and a cold first call."""
    ecs_call = f'describe_tasks(tasks=["{p.ecs_task_arn}"])'
    ids = p.deadline_ids
    deadline_call = (
        f'get_task(farm_id="{ids["farmId"]}", queue_id="{ids["queueId"]}", job_id="{ids["jobId"]}", '
        f'step_id="{ids["stepId"]}", task_id="{ids["taskId"]}")'
    )
    dd_official = (
        "from datadog_api_client import ApiClient, Configuration\n"
        "from datadog_api_client.v2.api.agentless_scanning_api import AgentlessScanningApi\n"
    )
    return [
        ("import-boto3-client", 'import boto3; boto3.client("ecs", region_name="us-east-1")'),
        ("import-boto3", "import boto3"),
        ("import-floor", "import httpx, pydantic\nclass M(pydantic.BaseModel):\n    x: int = 0"),
        ("import-aws_ecs", "import aws_ecs"),
        ("import-aws_ecs-client", 'import aws_ecs; aws_ecs.EcsClient(region="us-east-1")'),
        ("import-aws_deadline-client", 'import aws_deadline; aws_deadline.DeadlineClient(region="us-east-1")'),
        (
            "import-datadog_agentless_scanning-client",
            "import datadog_agentless_scanning as m; m.AgentlessScanningClient()",
        ),
        (
            "import-official-datadog",
            "from datadog_api_client.v2.api.agentless_scanning_api import AgentlessScanningApi",
        ),
        ("import-official-datadog-client", dd_official + "AgentlessScanningApi(ApiClient(Configuration()))"),
        (
            "first-call-boto3-ecs",
            f'import boto3; boto3.client("ecs", region_name="us-east-1", endpoint_url="{url}/ecs1").{ecs_call}',
        ),
        (
            "first-call-aws_ecs",
            f'import aws_ecs; aws_ecs.EcsClient(region="us-east-1", endpoint_url="{url}/ecs1").{ecs_call}',
        ),
        (
            "first-call-aws_deadline",
            f'import aws_deadline; aws_deadline.DeadlineClient(region="us-east-1", endpoint_url="{url}").'
            + deadline_call,
        ),
        (
            "first-call-official-datadog",
            dd_official + f'AgentlessScanningApi(ApiClient(Configuration(host="{url}", api_key={{"apiKeyAuth": "k", '
            f'"appKeyAuth": "a"}}))).get_aws_on_demand_task("{p.datadog_task_id}")',
        ),
        (
            "first-call-datadog_agentless_scanning",
            f'import datadog_agentless_scanning as m; m.AgentlessScanningClient(base_url="{url}").'
            f'get_aws_on_demand_task(task_id="{p.datadog_task_id}")',
        ),
    ]


_TIMER = (
    "import time\n_t, _c = time.perf_counter(), time.process_time()\n{code}\n"
    "print(time.perf_counter() - _t, time.process_time() - _c)\n"
)


def import_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DD_", "PYTHON"))}
    env.update(BENCH_ENV)
    env["PYTHONPATH"] = str(GENERATED)
    return env


def measure_imports(cases: list[tuple[str, str]], repetitions: int) -> list[Row]:
    rows = [
        Row(name, code.replace("\n    ", " ").replace("\n", "; "), lambda: None, lambda _: None) for name, code in cases
    ]
    env = import_env()
    codes = dict(cases)

    def sample(name: str) -> tuple[float, float]:
        done = subprocess.run(
            [sys.executable, "-c", _TIMER.format(code=codes[name])],
            env=env,
            cwd=str(ROOT),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        wall, cpu = done.stdout.strip().splitlines()[-1].split()
        return float(wall), float(cpu)

    for row in rows:
        sample(row.name)  # warm-up: writes .pyc files, fills the page cache
    for repetition in range(repetitions):
        shift = repetition % len(rows)
        for row in rows[shift:] + rows[:shift]:
            wall, cpu = sample(row.name)
            row.samples.append(wall)
            row.cpu_samples.append(cpu)
    return rows


# --------------------------------------------------------------------------------------------------------
# Report


@dataclass
class Ratio:
    name: str
    value: float
    meaning: str
    cpu: float | None = None  # the same ratio on client CPU time (steadier when the machine is shared)


@dataclass
class Goal:
    name: str
    ratio: str
    op: str
    target: float
    value: float

    @property
    def met(self) -> bool:
        return self.value <= self.target if self.op == "<=" else self.value >= self.target


def _fmt_time(seconds: float) -> str:
    micro = seconds * 1e6
    return f"{micro / 1000:,.2f} ms" if micro >= 10_000 else f"{micro:,.1f} µs"


def table(title: str, rows: list[Row], out: io.TextIOBase | Any) -> None:
    print(f"\n## {title}\n", file=out)
    print("| row | what | per call | calls/s | spread (p25–p75) | client CPU per call | n |", file=out)
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |", file=out)
    for row in rows:
        quartiles = statistics.quantiles(row.samples, n=4) if len(row.samples) > 1 else [row.median] * 3
        spread = f"{_fmt_time(quartiles[0])}–{_fmt_time(quartiles[2])}"
        n = f"{len(row.samples)}×{row.batch}"
        cpu = _fmt_time(row.cpu_median) if row.cpu_median is not None else "–"
        print(
            f"| {row.name} | {row.label} | {_fmt_time(row.median)} | {1 / row.median:,.0f} | {spread} | {cpu} | {n} |",
            file=out,
        )


def import_table(rows: list[Row], out: Any) -> None:
    print("\n## Import, construction and cold first call (each sample a fresh interpreter; median)\n", file=out)
    print("| row | code | median | min | CPU (median) |", file=out)
    print("| --- | --- | ---: | ---: | ---: |", file=out)
    for row in rows:
        cpu = f"{row.cpu_median * 1000:.1f} ms" if row.cpu_median is not None else "–"
        print(
            f"| {row.name} | `{row.label}` | {row.median * 1000:.1f} ms | {min(row.samples) * 1000:.1f} ms | {cpu} |",
            file=out,
        )


def compute(by_name: dict[str, Row]) -> tuple[list[Ratio], list[Goal]]:
    def r(a: str, b: str) -> float:
        return paired_ratio(by_name[a], by_name[b])

    def rc(name: str, a: str, b: str, meaning: str) -> Ratio:
        return Ratio(name, r(a, b), meaning, paired_ratio(by_name[a], by_name[b], cpu=True))

    def imp(name: str, a: str, b: str, meaning: str) -> Ratio:
        cpu_a, cpu_b = by_name[a].cpu_median, by_name[b].cpu_median
        cpu = cpu_a / cpu_b if cpu_a is not None and cpu_b else None
        return Ratio(name, by_name[a].median / by_name[b].median, meaning, cpu)

    ratios = [
        rc("ecs-1 ours/floor", "ours-ecs-1", "floor-ecs-1", "time per call, ours over raw httpx + json.loads"),
        rc("ecs-100 ours/floor", "ours-ecs-100", "floor-ecs-100", "time per call"),
        rc("deadline ours/floor", "ours-deadline", "floor-deadline", "time per call"),
        rc("datadog ours/floor", "ours-datadog", "floor-datadog", "time per call"),
        rc("ecs-1 boto3/ours", "boto3-ecs-1", "ours-ecs-1", "how many times faster than boto3"),
        rc("ecs-100 boto3/ours", "boto3-ecs-100", "ours-ecs-100", "how many times faster than boto3"),
        rc("deadline boto3/ours", "boto3-deadline", "ours-deadline", "how many times faster than boto3"),
        rc("datadog official/ours", "official-datadog", "ours-datadog", "how many times faster than official"),
        rc("datadog official-lax/ours", "official-datadog-lax", "ours-datadog", "vs official, checks off"),
        rc("datadog floor/official", "floor-datadog", "official-datadog", "raw httpx over the official client"),
        rc("datadog urllib3/floor", "urllib3-datadog", "floor-datadog", "raw urllib3 over raw httpx"),
        rc("decode ours/json.loads", "decode-ours", "decode-json", "typed models over plain dicts"),
        rc("decode botocore/ours", "decode-botocore", "decode-ours", "how many times faster than botocore"),
        rc("decode runtime/json.loads", "decode-ours-runtime", "decode-json", "as the client decodes"),
        rc("decode botocore/runtime", "decode-botocore", "decode-ours-runtime", "as the client decodes"),
        rc("decode runtime/json.loads, both GC-paused", "decode-ours-runtime", "decode-json-gc-paused",
           "the intrinsic cost of typed models"),
        rc("decode botocore/runtime, both GC-paused", "decode-botocore-gc-paused", "decode-ours-runtime",
           "the intrinsic speed-up over botocore"),
        imp("import aws_ecs/boto3", "import-aws_ecs", "import-boto3-client", "import only, vs boto3 + client"),
        imp("import+client aws_ecs/boto3", "import-aws_ecs-client", "import-boto3-client", "medians of fresh processes"),
        imp("import+client aws_deadline/boto3", "import-aws_deadline-client", "import-boto3-client", ""),
        imp("import+client datadog/boto3", "import-datadog_agentless_scanning-client", "import-boto3-client", ""),
        imp("import+client datadog/official", "import-datadog_agentless_scanning-client",
            "import-official-datadog-client", "vs official, with a client"),
        imp("import floor/boto3", "import-floor", "import-boto3-client", "httpx + pydantic + one model, vs boto3"),
        imp("first call aws_ecs/boto3", "first-call-aws_ecs", "first-call-boto3-ecs", "cold process: import to result"),
        imp("first call datadog/official", "first-call-datadog_agentless_scanning", "first-call-official-datadog",
            "cold process: import to result"),
    ]  # fmt: skip
    value = {ratio.name: ratio.value for ratio in ratios}
    goals = [
        Goal("ECS 100 tasks: ≥ 3× boto3's calls per second", "ecs-100 boto3/ours", ">=", 3.0, 0.0),
        Goal("ECS 100 tasks: ≤ 1.8× the floor", "ecs-100 ours/floor", "<=", 1.8, 0.0),
        Goal("ECS 1 task: ≤ 1.6× the floor", "ecs-1 ours/floor", "<=", 1.6, 0.0),
        Goal("Deadline: ≤ 1.6× the floor", "deadline ours/floor", "<=", 1.6, 0.0),
        Goal("Datadog: at least as fast as the official client", "datadog official/ours", ">=", 1.0, 0.0),
        Goal("Typed decode: ≤ 1.6× json.loads", "decode ours/json.loads", "<=", 1.6, 0.0),
        Goal("Typed decode: ≥ 5× faster than botocore's parser", "decode botocore/ours", ">=", 5.0, 0.0),
        Goal("Typed decode, as the client does it: ≤ 1.6× json.loads", "decode runtime/json.loads", "<=", 1.6, 0.0),
        Goal("Typed decode, as the client does it: ≥ 5× botocore", "decode botocore/runtime", ">=", 5.0, 0.0),
        Goal("Import + client (aws_ecs): ≤ ½ of boto3 + client", "import+client aws_ecs/boto3", "<=", 0.5, 0.0),
        Goal("Import + client (aws_deadline): ≤ ½ of boto3", "import+client aws_deadline/boto3", "<=", 0.5, 0.0),
        Goal("Import + client (datadog): ≤ ½ of boto3", "import+client datadog/boto3", "<=", 0.5, 0.0),
    ]
    for goal in goals:
        goal.value = value[goal.ratio]
    return ratios, goals


def report(
    http: list[Row], decode: list[Row], imports: list[Row], args: argparse.Namespace, out: Any
) -> dict[str, Any]:
    by_name = {row.name: row for row in http + decode + imports}
    ratios, goals = compute(by_name)
    table("HTTP calls against the local keep-alive server", http, out)
    table("Decode only: the 100-task DescribeTasks body", decode, out)
    import_table(imports, out)
    print("\n## Ratios (median of per-repetition ratios)\n", file=out)
    print("| ratio | wall time | client CPU | meaning |", file=out)
    print("| --- | ---: | ---: | --- |", file=out)
    for ratio in ratios:
        cpu = f"{ratio.cpu:.2f}" if ratio.cpu is not None else "–"
        print(f"| {ratio.name} | {ratio.value:.2f} | {cpu} | {ratio.meaning} |", file=out)
    print("\n## Goals\n", file=out)
    print("| goal | measured | target | met |", file=out)
    print("| --- | ---: | ---: | --- |", file=out)
    for goal in goals:
        print(
            f"| {goal.name} | {goal.value:.2f} | {goal.op} {goal.target:g} | {'yes' if goal.met else 'NO'} |", file=out
        )
    if args.quick:
        print("\n(--quick: too few iterations for the figures to mean anything)", file=out)

    import botocore
    import httpx
    import pydantic

    def row_json(row: Row) -> dict[str, Any]:
        return {
            "name": row.name,
            "label": row.label,
            "median_seconds": row.median,
            "calls_per_second": 1 / row.median,
            "samples_seconds": row.samples,
            "cpu_median_seconds": row.cpu_median,
            "cpu_samples_seconds": row.cpu_samples,
            "batch": row.batch,
        }

    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "quick": args.quick,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "versions": {"httpx": httpx.__version__, "pydantic": pydantic.VERSION, "botocore": botocore.__version__},
        "http": [row_json(row) for row in http],
        "decode": [row_json(row) for row in decode],
        "imports": [row_json(row) for row in imports],
        "ratios": {ratio.name: ratio.value for ratio in ratios},
        "cpu_ratios": {ratio.name: ratio.cpu for ratio in ratios if ratio.cpu is not None},
        "goals": [
            {"goal": g.name, "ratio": g.ratio, "value": g.value, "op": g.op, "target": g.target, "met": g.met}
            for g in goals
        ],
    }


def routes(p: payloads_module.Payloads) -> dict[str, Canned]:
    return {
        f"/ecs1/#{p.ecs_target}": Canned(p.ecs_one, ECS_JSON),
        f"/ecs100/#{p.ecs_target}": Canned(p.ecs_hundred, ECS_JSON),
        p.deadline_path: Canned(p.deadline),
        p.datadog_path: Canned(p.datadog),
    }


#: (label, file substring, function): where a call's time goes, for --profile.
HOT_SPOTS = [
    ("httpx.Client.send (all of it)", "httpx/_client.py", "send"),
    ("httpx.Client.build_request", "httpx/_client.py", "build_request"),
    ("httpx URL parsing (urlparse)", "httpx/_urlparse.py", "urlparse"),
    ("httpx cookie jar: extract_cookies", "httpx/_models.py", "extract_cookies"),
    ("httpx transport (httpcore + h11 + socket)", "httpx/_transports/default.py", "handle_request"),
    ("h11 header validation (validate)", "h11/_util.py", "validate"),
    ("socket send", "~", "<method 'send' of '_socket.socket' objects>"),
    ("socket recv", "~", "<method 'recv' of '_socket.socket' objects>"),
    ("ours: TransportSettings.build (URL, headers, auth)", "_runtime/transport.py", "build"),
    ("ours: TransportSettings.url_for", "_runtime/transport.py", "url_for"),
    ("ours: SigV4Auth.apply", "_runtime/aws.py", "apply"),
    ("botocore SigV4Auth.add_auth", "botocore/auth.py", "add_auth"),
    ("ours: decode (GC paused)", "_runtime/client.py", "decode"),
    (
        "pydantic validate_json",
        "~",
        "<method 'validate_json' of 'pydantic_core._pydantic_core.SchemaValidator' objects>",
    ),
    ("json.loads", "json/__init__.py", "loads"),
    ("urllib3 PoolManager.request", "urllib3/_request_methods.py", "request"),
    ("datadog-api-client: deserialize / validate", "datadog_api_client/model_utils.py", "validate_and_convert_types"),
]


def _package_of(filename: str, function: str) -> str:
    """A profile entry's package: the directory under site-packages, ours, or the socket calls."""
    if filename == "~":
        return "socket I/O" if "socket" in function else f"builtins ({function.split(' of ')[0].strip('{<')[:20]})"
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/generated/" in filename:
        return "ours: " + filename.split("/generated/", 1)[1].split("/", 1)[0]
    if "/bench/" in filename:
        return "bench"
    return "stdlib: " + Path(filename).stem


def profile(row: Row, calls: int, out: Any) -> None:
    row.check(row.call())
    for _ in range(50):
        row.call()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        row.call()
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_package: dict[str, float] = {}
    for (filename, _, function), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        by_package[_package_of(filename, function)] = by_package.get(_package_of(filename, function), 0.0) + tottime
    total = sum(by_package.values())
    print(f"\n### {row.name}: own time by package, µs per call (cProfile inflates Python-heavy code)\n", file=out)
    for package, seconds in sorted(by_package.items(), key=lambda item: -item[1]):
        print(f"{package:32} {seconds / calls * 1e6:8.1f} µs  {seconds / total:6.1%}", file=out)
    print(f"\n### {row.name}: hot spots, cumulative µs per call (profiled; overlapping)\n", file=out)
    whole = max(entry[3] for entry in stats.stats.values())  # type: ignore[attr-defined]
    for label, where, function in HOT_SPOTS:
        cumulative = sum(
            entry[3]
            for (filename, _, name), entry in stats.stats.items()  # type: ignore[attr-defined]
            if name == function and where in filename
        )
        if cumulative:
            print(f"{label:58} {cumulative / calls * 1e6:8.1f} µs  {cumulative / whole:6.1%}", file=out)
    for order in ("tottime", "cumulative"):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats(order).print_stats(35)
        print(f"\n### {row.name}: {calls} calls, by {order}\n", file=out)
        print(stream.getvalue(), file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a few iterations only (a smoke test)")
    parser.add_argument("--json", action="store_true", help="print results as JSON on stdout; tables go to stderr")
    parser.add_argument("--repetitions", type=int, default=15, help="batches per row (default 15)")
    parser.add_argument("--batch-seconds", type=float, default=0.15, help="target duration of one batch")
    parser.add_argument("--import-repetitions", type=int, default=9, help="fresh interpreters per import row")
    parser.add_argument("--only", choices=["http", "decode", "imports"], action="append", help="run only these parts")
    parser.add_argument("--profile", metavar="ROW", help="cProfile the calls of one row instead of benchmarking")
    args = parser.parse_args(argv)
    out = sys.stderr if args.json else sys.stdout
    repetitions = 2 if args.quick else args.repetitions
    import_repetitions = 1 if args.quick else args.import_repetitions
    parts = set(args.only or ["http", "decode", "imports"])

    p = payloads_module.build()
    with BenchServer(routes(p)) as server:
        http, closers = http_rows(server.url, p)
        try:
            decode = decode_rows(p)
            if args.profile:
                chosen = {row.name: row for row in http + decode}[args.profile]
                profile(chosen, 20 if args.quick else 2000, out)
                return 0
            print(f"server {server.url}; {len(p.ecs_hundred):,} bytes for 100 tasks", file=out)
            measured = [rows for part, rows in (("http", http), ("decode", decode)) if part in parts]
            for rows in measured:
                for row in rows:
                    calibrate(row, args.batch_seconds, args.quick)
            gc.collect()
            for rows in measured:
                measure(rows, repetitions)
        finally:
            for close in closers:
                close()
        imports = measure_imports(import_cases(server.url, p), import_repetitions) if "imports" in parts else []
    if parts != {"http", "decode", "imports"}:
        for rows, title in ((http, "HTTP"), (decode, "Decode")):
            if rows and rows[0].samples:
                table(title, rows, out)
        if imports:
            import_table(imports, out)
        return 0
    results = report(http, decode, imports, args, out)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
