"""Generation speed: ours vs openapi-python-client and datamodel-code-generator alone, same machine, same run.

    python bench/generation.py [--quick] [--json]

Rows: our three specs, the largest specs of the corpus, synthetic specs of 10/100/1,000 operations (is our
time linear in spec size?), and a no-op `generate` (content-hash cache). Every tool runs as a fresh process,
as a user would run it, and the median of the repetitions is printed. openapi-python-client is installed on
first use into `bench/.venv-opc` (its dependencies conflict with ours); a row is marked n/a when it fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "oas-examples"
OPC_VENV = REPO / "bench" / ".venv-opc"
OPC_VERSION = "0.29.1"


def timed(command: list[str], repeat: int, cwd: Path | None = None) -> tuple[float | None, str]:
    """Median wall time of a command (fresh output dir each time), or None with the reason if it failed."""
    times = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as scratch:
            args = [part.replace("{out}", str(Path(scratch) / "out")) for part in command]
            started = time.perf_counter()
            result = subprocess.run(args, capture_output=True, text=True, cwd=cwd, check=False)
            elapsed = time.perf_counter() - started
        if result.returncode != 0:
            return None, (result.stderr or result.stdout).strip().splitlines()[-1][:120] if (result.stderr or result.stdout).strip() else "failed"
        times.append(elapsed)
    return statistics.median(times), ""


def opc_binary() -> Path | None:
    binary = OPC_VENV / "bin" / "openapi-python-client"
    if binary.exists():
        return binary
    print(f"installing openapi-python-client {OPC_VERSION} into {OPC_VENV} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(OPC_VENV)], check=True)
    result = subprocess.run([str(OPC_VENV / "bin" / "pip"), "install", "-q", f"openapi-python-client=={OPC_VERSION}"], check=False)
    return binary if result.returncode == 0 and binary.exists() else None


def ours(spec: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", "--force", "--allow-partial", "--spec", str(spec), "--out", "{out}"]


def dmcg_alone(spec: Path) -> list[str]:
    return [str(Path(sys.executable).parent / "datamodel-codegen"), "--input", str(spec), "--input-file-type", "openapi", "--output", "{out}.py", "--output-model-type", "pydantic_v2.BaseModel", "--disable-timestamp"]


def opc(binary: Path, spec: Path) -> list[str]:
    return [str(binary), "generate", "--path", str(spec), "--output-path", "{out}", "--overwrite"]


def synthetic(operations: int, directory: Path) -> Path:
    """A spec with N operations, each with a path parameter, a query parameter, a body and a response model."""
    paths, schemas = {}, {}
    for index in range(operations):
        schemas[f"Item{index}"] = {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string"}, "count": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}}},
        }
        ref = {"$ref": f"#/components/schemas/Item{index}"}
        paths[f"/items{index}/{{id}}"] = {
            "put": {
                "operationId": f"putItem{index}",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}},
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": ref}}}},
            }
        }
    document = {"openapi": "3.0.3", "info": {"title": f"Synthetic {operations}", "version": "1"}, "paths": paths, "components": {"schemas": schemas}}
    path = directory / f"synthetic_{operations}.json"
    path.write_text(json.dumps(document))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one repetition, fewer specs")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    arguments = parser.parse_args()
    repeat = 1 if arguments.quick else 3
    rows: list[dict[str, object]] = []
    binary = None if arguments.quick else opc_binary()
    corpus = sorted(CORPUS.glob("3.*/yaml/*.yaml"), key=lambda p: p.stat().st_size, reverse=True)[: 2 if arguments.quick else 5]
    specs = sorted((REPO / "specs").rglob("*.yaml")) + corpus
    for spec in specs:
        row: dict[str, object] = {"spec": spec.name if spec.parent.name != "yaml" else f"{spec.parent.parent.name}/{spec.name}", "kb": round(spec.stat().st_size / 1024)}
        row["ours"], row["ours_error"] = timed(ours(spec), repeat, REPO)
        row["dmcg"], _ = timed(dmcg_alone(spec), repeat)
        row["opc"], row["opc_error"] = timed(opc(binary, spec), repeat) if binary else (None, "not installed")
        rows.append(row)
    scaling = []
    with tempfile.TemporaryDirectory() as scratch:
        for count in (10, 100) if arguments.quick else (10, 100, 1000):
            spec = synthetic(count, Path(scratch))
            ours_time, error = timed(ours(spec), 1, REPO)
            opc_time, _ = timed(opc(binary, spec), 1) if binary else (None, "")
            scaling.append({"operations": count, "ours": ours_time, "error": error, "opc": opc_time})
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "generated"
        command = [sys.executable, "-m", "generator", "generate", "--out", str(out)]
        subprocess.run(command, cwd=REPO, capture_output=True, check=True)
        noop = []
        for _ in range(repeat * 3):
            started = time.perf_counter()
            subprocess.run(command, cwd=REPO, capture_output=True, check=True)
            noop.append(time.perf_counter() - started)
    results = {"specs": rows, "scaling": scaling, "noop_seconds": statistics.median(noop)}
    if arguments.json:
        print(json.dumps(results, indent=1))
        return 0

    def fmt(value: object) -> str:
        return f"{value:7.2f}s" if isinstance(value, float) else "    n/a "

    print(f"{'spec':42} {'KiB':>5} {'ours':>8} {'dmcg only':>9} {'opc':>8} {'ours/opc':>9}")
    for row in rows:
        ratio = f"{row['ours'] / row['opc']:8.2f}x" if isinstance(row["ours"], float) and isinstance(row["opc"], float) else "      n/a"
        print(f"{row['spec']!s:42} {row['kb']!s:>5} {fmt(row['ours'])} {fmt(row['dmcg']):>9} {fmt(row['opc'])} {ratio}")
        for key in ("ours_error", "opc_error"):
            if row.get(key):
                print(f"    {key}: {row[key]}")
    print("\nscaling (ours, synthetic specs):")
    base = scaling[0]["ours"] if scaling and isinstance(scaling[0]["ours"], float) else None
    for entry in scaling:
        per_op = f"{1000 * entry['ours'] / entry['operations']:7.1f} ms/op" if isinstance(entry["ours"], float) else "n/a"
        opc_text = fmt(entry["opc"]) if entry["opc"] is not None else "    n/a "
        growth = f"{entry['ours'] / base:6.1f}x the 10-op time" if base and isinstance(entry["ours"], float) else ""
        print(f"  {entry['operations']:>5} ops: ours {fmt(entry['ours'])} ({per_op}), opc {opc_text}  {growth} {entry['error'] or ''}")
    print(f"\nno-op generate (content-hash cache): {results['noop_seconds'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
