"""What tracing support costs per call: the generated clients with no tracer, under ddtrace's httpx integration and
under OpenTelemetry's, and with the direct send path turned off (what the fast path saves).

    .venv/bin/python bench/tracing.py            # a few rounds, a table on stdout
    .venv/bin/python bench/tracing.py --quick    # one short round: proves it runs

Each mode runs in its own interpreter (ddtrace and OpenTelemetry patch httpx process-wide), rounds interleaved,
against bench/server.py over one keep-alive connection; the figure is the median over rounds of the median
batch. ddtrace never reaches an agent (telemetry and remote configuration off, every trace dropped by a filter);
OpenTelemetry records spans into a provider with no exporter. The last line times the check the owned client
makes on every request to see whether `httpx.Client.send` is wrapped.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODES = ("none", "direct-off", "ddtrace", "otel")


def _instrument(mode: str) -> None:
    if mode == "ddtrace":
        os.environ.update(
            DD_INSTRUMENTATION_TELEMETRY_ENABLED="false",
            DD_REMOTE_CONFIGURATION_ENABLED="false",
            DD_TRACE_STARTUP_LOGS="false",
            DD_TRACE_AGENT_URL="http://127.0.0.1:9",
        )
        import ddtrace
        from ddtrace.trace import TraceFilter, tracer

        class Drop(TraceFilter):
            def process_trace(self, trace: list[Any]) -> None:
                return None

        tracer.configure(trace_processors=[Drop()])
        ddtrace.patch(httpx=True)
    elif mode == "otel":
        from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
        from opentelemetry.sdk.trace import TracerProvider

        HTTPXClientInstrumentor().instrument(tracer_provider=TracerProvider())


def child(mode: str, url: str, batch: int, repetitions: int) -> dict[str, float]:
    """Per-call seconds (median batch) of each client row, in this interpreter, under `mode`."""
    _instrument(mode)
    from bench import payloads as payloads_module
    from bench.run import REGION

    sys.path.insert(0, str(ROOT / "generated"))
    from aws_ecs import EcsClient
    from datadog_agentless_scanning import AgentlessScanningClient

    p = payloads_module.build()
    ecs = EcsClient(region=REGION, endpoint_url=url + "/ecs1")
    datadog = AgentlessScanningClient(base_url=url)
    if mode == "direct-off":  # every request through httpx.Client.send, as an instrumented client does
        ecs._http._direct = False  # type: ignore[attr-defined]
        datadog._http._direct = False  # type: ignore[attr-defined]
    rows: dict[str, Callable[[], Any]] = {
        "ours-ecs-1": lambda: ecs.describe_tasks(tasks=[p.ecs_task_arn], cluster="default"),
        "ours-datadog": lambda: datadog.get_aws_on_demand_task(task_id=p.datadog_task_id),
    }
    results: dict[str, float] = {}
    for name, call in rows.items():
        for _ in range(20):  # warm: connection, lazy imports, caches
            call()
        samples = []
        for _ in range(repetitions):
            started = time.perf_counter()
            for _ in range(batch):
                call()
            samples.append((time.perf_counter() - started) / batch)
        results[name] = statistics.median(samples)
    if mode == "none":
        from datadog_agentless_scanning._runtime import client as runtime_client

        check = runtime_client._send_instrumented
        results["wrapped-check"] = min(timeit.repeat(check, number=100_000, repeat=5)) / 100_000
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    batch, repetitions = (20, 3) if args.quick else (100, 9)
    if args.child:
        print(json.dumps(child(args.child, args.url, batch, repetitions)))
        return

    sys.path.insert(0, str(ROOT))
    from bench import payloads as payloads_module
    from bench.run import BENCH_ENV, routes
    from bench.server import BenchServer

    env = {**os.environ, **BENCH_ENV, "PYTHONPATH": str(ROOT)}
    figures: dict[str, dict[str, list[float]]] = {mode: {} for mode in MODES}
    with BenchServer(routes(payloads_module.build())) as server:
        for round_number in range(1 if args.quick else args.rounds):
            order = MODES[round_number % len(MODES) :] + MODES[: round_number % len(MODES)]
            for mode in order:
                command = [sys.executable, __file__, "--child", mode, "--url", server.url]
                command += ["--quick"] if args.quick else []
                out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
                if out.returncode != 0:
                    raise SystemExit(f"bench/tracing.py: mode {mode} failed:\n{out.stderr[-2000:]}")
                for name, seconds in json.loads(out.stdout).items():
                    figures[mode].setdefault(name, []).append(seconds)
    print("| row | no tracer | direct path off | ddtrace patched | OpenTelemetry instrumented |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in ("ours-ecs-1", "ours-datadog"):
        cells = [f"{statistics.median(figures[mode][name]) * 1e6:,.1f} µs" for mode in MODES]
        print(f"| {name} | " + " | ".join(cells) + " |")
    check = statistics.median(figures["none"]["wrapped-check"]) * 1e9
    print(f"\nthe per-request check whether httpx.Client.send is wrapped: {check:.0f} ns")


if __name__ == "__main__":
    main()
