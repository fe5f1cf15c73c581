"""Cold start: import, build the client, one call, in a fresh interpreter; lean and dev environments side by side.

    .venv/bin/python bench/coldstart.py                 # 9 interleaved rounds in both environments
    .venv/bin/python bench/coldstart.py --rounds 3      # quicker, noisier
    .venv/bin/python bench/coldstart.py --env lean      # one environment only
    .venv/bin/python bench/coldstart.py --json          # results as JSON on stdout; tables go to stderr

A user who vendors a generated client has httpx, pydantic and (AWS) botocore installed, not this project's
dev tools: in the dev environment httpx finds click, rich and pygments and its optional CLI costs more, so the
dev figures overstate a user's cold start. The lean environment is built here on first use, in
`.cache/bench-lean-venv`, from `constraints.txt` (the same pins as the dev environment, through pip's cache):
httpx, pydantic and botocore, plus the two peers, boto3 and datadog-api-client.

`--before CHECKOUT` runs our rows a second time with another checkout's generated/ (a worktree of an earlier
commit), in the same rounds, so before and after are measured side by side.

Every sample is a fresh interpreter (`-c`, `PYTHONPATH=generated`, bytecode caches warm, the time measured
inside the process, interpreter start-up excluded) that imports, builds a client and makes one call to the
one loopback server (bench/server.py). Rounds are interleaved: every round runs every row of every
environment once, in rotating order, so drift on a shared machine hits all rows alike; a row's figure is the
median over rounds, and each ratio is the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import payloads as payloads_module  # noqa: E402
from bench.run import _TIMER, import_env, routes  # noqa: E402  (sets the dummy credentials in os.environ)
from bench.server import BenchServer  # noqa: E402

LEAN_VENV = ROOT / ".cache" / "bench-lean-venv"
#: What a vendored client needs (httpx, pydantic, botocore for SigV4's credential chain) and the two peers.
LEAN_REQUIREMENTS = ("httpx", "pydantic", "botocore", "boto3", "datadog-api-client")


def _python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_lean_venv() -> Path:
    """The lean environment's interpreter, (re)built when constraints.txt or the requirements change."""
    constraints = ROOT / "constraints.txt"
    digest = hashlib.sha256(constraints.read_bytes() + repr(LEAN_REQUIREMENTS).encode()).hexdigest()
    stamp = LEAN_VENV / ".installed-stamp"
    if stamp.exists() and stamp.read_text() == digest:
        return _python(LEAN_VENV)
    print(f"building the lean environment in {LEAN_VENV} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(LEAN_VENV)], check=True)
    subprocess.run(
        [str(_python(LEAN_VENV)), "-m", "pip", "install", "--quiet", "-c", str(constraints), *LEAN_REQUIREMENTS],
        check=True,
    )
    stamp.write_text(digest)
    return _python(LEAN_VENV)


def installed(python: Path) -> list[str]:
    """`name==version` of every distribution in an environment (for the report)."""
    done = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(line for line in done.stdout.splitlines() if line and not line.startswith(("pip==", "setuptools")))


def cases(url: str, p: payloads_module.Payloads) -> list[tuple[str, str]]:
    """(row, code): our three first calls, the peers' first calls, and the import floors."""
    ids = p.deadline_ids
    ours_deadline_call = (
        f'get_task(farm_id="{ids["farmId"]}", queue_id="{ids["queueId"]}", job_id="{ids["jobId"]}", '
        f'step_id="{ids["stepId"]}", task_id="{ids["taskId"]}")'
    )
    boto_deadline_call = (
        f'get_task(farmId="{ids["farmId"]}", queueId="{ids["queueId"]}", jobId="{ids["jobId"]}", '
        f'stepId="{ids["stepId"]}", taskId="{ids["taskId"]}")'
    )
    # boto3 as run.py configures it: one attempt, no host prefix (the loopback server has no `management.`).
    boto_config = (
        "import boto3, botocore.config\n"
        'c = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}, inject_host_prefix=False)\n'
    )
    ecs_call = f'describe_tasks(tasks=["{p.ecs_task_arn}"])'
    dd_official = (
        "from datadog_api_client import ApiClient, Configuration\n"
        "from datadog_api_client.v2.api.agentless_scanning_api import AgentlessScanningApi\n"
    )
    return [
        ("ours-ecs", f'import aws_ecs; aws_ecs.EcsClient(region="us-east-1", endpoint_url="{url}/ecs1").{ecs_call}'),
        (
            "boto3-ecs",
            boto_config + f'boto3.client("ecs", region_name="us-east-1", endpoint_url="{url}/ecs1", config=c)'
            f".{ecs_call}",
        ),
        (
            "ours-deadline",
            f'import aws_deadline; aws_deadline.DeadlineClient(region="us-east-1", endpoint_url="{url}").'
            + ours_deadline_call,
        ),
        (
            "boto3-deadline",
            boto_config
            + f'boto3.client("deadline", region_name="us-east-1", endpoint_url="{url}", config=c).'
            + boto_deadline_call,
        ),
        (
            "ours-datadog",
            f'import datadog_agentless_scanning as m; m.AgentlessScanningClient(base_url="{url}").'
            f'get_aws_on_demand_task(task_id="{p.datadog_task_id}")',
        ),
        (
            "official-datadog",
            dd_official + f'AgentlessScanningApi(ApiClient(Configuration(host="{url}", api_key={{"apiKeyAuth": "k", '
            f'"appKeyAuth": "a"}}))).get_aws_on_demand_task("{p.datadog_task_id}")',
        ),
        ("floor-httpx", "import httpx"),
        ("floor-httpx-pydantic", "import httpx, pydantic\nclass M(pydantic.BaseModel):\n    x: int = 0"),
    ]


#: (ratio name, numerator row, denominator row, goal): the goals of issue 13.
RATIOS = (
    ("ECS first call / boto3's", "ours-ecs", "boto3-ecs", 0.8),
    ("Deadline first call / boto3's", "ours-deadline", "boto3-deadline", 0.8),
    ("Datadog first call / datadog-api-client's", "ours-datadog", "official-datadog", 1.5),
    ("floor (httpx + pydantic + 1 model) / datadog-api-client's first call", "floor-httpx-pydantic",
     "official-datadog", None),
)  # fmt: skip


@dataclass
class Row:
    env: str
    name: str
    code: str
    pythonpath: Path
    samples: list[float] = field(default_factory=list)  # wall seconds
    cpu_samples: list[float] = field(default_factory=list)  # CPU seconds of the sampled process


def sample(python: Path, row: Row) -> tuple[float, float]:
    env = import_env()
    env["PYTHONPATH"] = str(row.pythonpath)
    done = subprocess.run(
        [str(python), "-c", _TIMER.format(code=row.code)],
        env=env,
        cwd=str(ROOT),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"a cold-start sample failed with {python}:\n{row.code}\n{done.stderr.strip()[-2000:]}")
    wall, cpu = done.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def measure(rows: list[Row], envs: dict[str, Path], rounds: int) -> None:
    for row in rows:
        sample(envs[row.env], row)  # warm-up: .pyc files and the page cache
    for round_number in range(rounds):
        shift = round_number % len(rows)
        for row in rows[shift:] + rows[:shift]:
            wall, cpu = sample(envs[row.env], row)
            row.samples.append(wall)
            row.cpu_samples.append(cpu)


def paired(a: Row, b: Row, cpu: bool = False) -> float:
    xs, ys = (a.cpu_samples, b.cpu_samples) if cpu else (a.samples, b.samples)
    return statistics.median(x / y for x, y in zip(xs, ys, strict=True))


def report(rows: list[Row], columns: list[str], out: Any) -> dict[str, Any]:
    """Rows by name, one column per environment (and `<env>@before` for the other checkout's code)."""
    by_key = {(row.env, row.name): row for row in rows}
    names = list(dict.fromkeys(row.name for row in rows))
    print("Wall time, median of the rounds (min); CPU time of the sampled process in brackets:\n", file=out)
    print("| row | " + " | ".join(columns) + " |", file=out)
    print("| --- |" + " ---: |" * len(columns), file=out)
    for name in names:
        cells = []
        for column in columns:
            row = by_key.get((column, name))
            if row is None:
                cells.append("")
                continue
            wall, low, cpu = statistics.median(row.samples), min(row.samples), statistics.median(row.cpu_samples)
            cells.append(f"{wall * 1e3:.1f} ms ({low * 1e3:.1f}) [{cpu * 1e3:.1f}]")
        print(f"| {name} | " + " | ".join(cells) + " |", file=out)
    print("\nRatios: median of the per-round ratios, wall time [CPU time]:\n", file=out)
    print("| ratio | " + " | ".join(columns) + " | goal |", file=out)
    print("| --- |" + " ---: |" * len(columns) + " --- |", file=out)
    ratios: dict[str, dict[str, list[float]]] = {}
    for label, a, b, goal in RATIOS:
        values: dict[str, list[float]] = {}
        for column in columns:
            # the peers run once per environment: `lean@before` compares with `lean`'s peers of the same round
            peer_env = column.split("@", 1)[0]
            if (column, a) in by_key and (peer_env, b) in by_key:
                numerator, denominator = by_key[(column, a)], by_key[(peer_env, b)]
                values[column] = [paired(numerator, denominator), paired(numerator, denominator, cpu=True)]
        ratios[label] = values
        target = "" if goal is None else f"≤ {goal}×"
        cells = [f"{values[c][0]:.2f}× [{values[c][1]:.2f}×]" if c in values else "" for c in columns]
        print(f"| {label} | " + " | ".join(cells) + f" | {target} |", file=out)
    return {
        "rows": [
            {"env": r.env, "name": r.name, "code": r.code, "samples_s": r.samples, "cpu_samples_s": r.cpu_samples}
            for r in rows
        ],
        "ratios": ratios,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=9, help="interleaved rounds (default 9)")
    parser.add_argument("--env", choices=["lean", "dev"], action="append", help="environments (default both)")
    parser.add_argument("--only", action="append", metavar="ROW", help="rows to run (default all)")
    parser.add_argument(
        "--before",
        type=Path,
        metavar="CHECKOUT",
        help="also run our rows with CHECKOUT/generated (e.g. a worktree of an earlier commit), in the same rounds",
    )
    parser.add_argument("--json", action="store_true", help="results as JSON on stdout; tables go to stderr")
    args = parser.parse_args(argv)
    out = sys.stderr if args.json else sys.stdout
    chosen_envs = args.env or ["lean", "dev"]
    envs = {name: ensure_lean_venv() if name == "lean" else Path(sys.executable) for name in chosen_envs}
    for name, python in envs.items():
        print(f"{name}: {python}: " + ", ".join(installed(python)) if name == "lean" else f"{name}: {python}", file=out)
    p = payloads_module.build()
    generated = ROOT / "generated"
    with BenchServer(routes(p)) as server:
        chosen = [case for case in cases(server.url, p) if not args.only or case[0] in args.only]
        rows = [Row(env, name, code, generated) for env in envs for name, code in chosen]
        columns = list(envs)
        if args.before is not None:
            before = args.before.resolve() / "generated"
            rows += [Row(f"{env}@before", n, c, before) for env in envs for n, c in chosen if n.startswith("ours-")]
            columns = [column for env in envs for column in (env, f"{env}@before")]
        all_envs = {**envs, **{f"{env}@before": python for env, python in envs.items()}}
        measure(rows, all_envs, args.rounds)
    results = report(rows, columns, out)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
