"""Generation speed: ours vs openapi-python-client and datamodel-code-generator alone, same machine, same run.

    python bench/generation.py [--quick] [--all] [--json]

Rows: our three specs, the largest specs of the corpus (`--all`: every corpus spec), synthetic specs of
10/100/1,000 operations (is our time linear in spec size?), a no-op `generate` (content-hash cache), and one
`generate` over the folder specs/ against one run per spec (does a folder cost one start-up?).
Goals (issue 13): faster than openapi-python-client on every corpus spec over 100 KiB, within 0.5 s of it on
smaller ones; each row says whether it meets its goal.
Every tool runs as a fresh process, as a user would run it, and the median of the repetitions is printed.
The floor row is a fresh interpreter that only imports the datamodel-code-generator modules a generation
needs: no generator that calls it in a fresh process can be faster than that on a spec with schemas.
openapi-python-client is installed on first use into `bench/.venv-opc` (its dependencies conflict with
ours); a row is marked n/a when it fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The corpus beside the checkout; OAS_CORPUS names another place (a worktree elsewhere, say).
CORPUS = Path(os.environ.get("OAS_CORPUS", REPO.parent / "shared" / "corpus" / "oas-examples"))
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
            return None, (result.stderr or result.stdout).strip().splitlines()[-1][:120] if (
                result.stderr or result.stdout
            ).strip() else "failed"
        times.append(elapsed)
    return statistics.median(times), ""


def opc_binary() -> Path | None:
    binary = OPC_VENV / "bin" / "openapi-python-client"
    if binary.exists():
        return binary
    print(f"installing openapi-python-client {OPC_VERSION} into {OPC_VENV} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(OPC_VENV)], check=True)
    result = subprocess.run(
        [str(OPC_VENV / "bin" / "pip"), "install", "-q", f"openapi-python-client=={OPC_VERSION}"], check=False
    )
    return binary if result.returncode == 0 and binary.exists() else None


def ours(spec: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--force",
        "--allow-partial",
        "--spec",
        str(spec),
        "--out",
        "{out}",
    ]


def dmcg_alone(spec: Path) -> list[str]:
    return [
        str(Path(sys.executable).parent / "datamodel-codegen"),
        "--input",
        str(spec),
        "--input-file-type",
        "openapi",
        "--output",
        "{out}.py",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--disable-timestamp",
    ]


def opc(binary: Path, spec: Path) -> list[str]:
    return [str(binary), "generate", "--path", str(spec), "--output-path", "{out}", "--overwrite"]


def synthetic(operations: int, directory: Path) -> Path:
    """A spec with N operations, each with a path parameter, a query parameter, a body and a response model."""
    paths, schemas = {}, {}
    for index in range(operations):
        schemas[f"Item{index}"] = {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "count": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
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
    document = {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic {operations}", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    path = directory / f"synthetic_{operations}.json"
    path.write_text(json.dumps(document))
    return path


DMCG_IMPORTS = "import datamodel_code_generator.config, datamodel_code_generator.parser.openapi, datamodel_code_generator.model.pydantic_v2"


@dataclasses.dataclass
class Row:
    spec: str
    kb: int
    corpus: bool
    ours: float | None = None
    ours_error: str = ""
    dmcg: float | None = None
    opc: float | None = None
    opc_error: str = ""


#: Over this size ours must be faster than openapi-python-client; under it, within SMALL_SPEC_SLACK seconds.
LARGE_SPEC_KIB = 100
SMALL_SPEC_SLACK = 0.5


def goal(row: Row) -> str:
    """'yes'/'no' against the row's goal (corpus specs), or '' when it has none or either tool has no time."""
    if not row.corpus or row.ours is None or row.opc is None:
        return ""
    met = row.ours < row.opc if row.kb > LARGE_SPEC_KIB else row.ours - row.opc <= SMALL_SPEC_SLACK
    return "yes" if met else "no"


def folder_versus_single_runs(repeat: int) -> tuple[float, float, int]:
    """(one `generate --force` over specs/, the sum of one `generate --force --spec X` per spec, spec count)."""
    specs = sorted((REPO / "specs").rglob("[!_]*.yaml"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = [sys.executable, "-m", "generator", "generate", "--force", "--out", str(Path(scratch) / "all")]
        whole, _ = timed(folder, repeat, REPO)
        singles = [timed(ours(spec), repeat, REPO)[0] for spec in specs]
    if whole is None or any(single is None for single in singles):
        raise SystemExit("generate failed on specs/: run `python -m generator generate` to see why")
    return whole, sum(single for single in singles if single is not None), len(specs)


@dataclasses.dataclass
class Scale:
    operations: int
    ours: float | None
    error: str
    opc: float | None


def fmt(value: float | None) -> str:
    return f"{value:7.2f}s" if value is not None else "    n/a "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one repetition, fewer specs")
    parser.add_argument("--all", action="store_true", help="every corpus spec, not only the five largest")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    arguments = parser.parse_args()
    repeat = 1 if arguments.quick else 3
    binary = None if arguments.quick else opc_binary()
    corpus = sorted(CORPUS.glob("3.*/yaml/*.yaml"), key=lambda p: p.stat().st_size, reverse=True)
    if not corpus:
        print(f"note: no corpus specs under {CORPUS} (OAS_CORPUS names the oas-examples folder)", file=sys.stderr)
    if not arguments.all:
        corpus = corpus[: 2 if arguments.quick else 5]
    floor, _ = timed([sys.executable, "-c", DMCG_IMPORTS], repeat * 3)
    rows: list[Row] = []
    for spec in sorted((REPO / "specs").rglob("[!_]*.yaml")) + corpus:
        name = spec.name if spec.parent.name != "yaml" else f"{spec.parent.parent.name}/{spec.name}"
        row = Row(name, round(spec.stat().st_size / 1024), spec.parent.name == "yaml")
        row.ours, row.ours_error = timed(ours(spec), repeat, REPO)
        row.dmcg, _ = timed(dmcg_alone(spec), repeat)
        row.opc, row.opc_error = timed(opc(binary, spec), repeat) if binary else (None, "not installed")
        rows.append(row)
    scaling: list[Scale] = []
    with tempfile.TemporaryDirectory() as scratch:
        for count in (10, 100) if arguments.quick else (10, 100, 1000):
            spec = synthetic(count, Path(scratch))
            ours_time, error = timed(ours(spec), 1, REPO)
            opc_time, _ = timed(opc(binary, spec), 1) if binary else (None, "")
            scaling.append(Scale(count, ours_time, error, opc_time))
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "generated"
        command = [sys.executable, "-m", "generator", "generate", "--out", str(out)]
        subprocess.run(command, cwd=REPO, capture_output=True, check=True)
        noop = []
        for _ in range(repeat * 3):
            started = time.perf_counter()
            subprocess.run(command, cwd=REPO, capture_output=True, check=True)
            noop.append(time.perf_counter() - started)
    whole, singles, spec_count = folder_versus_single_runs(repeat)
    compared = [(r.ours, r.opc) for r in rows if r.ours is not None and r.opc is not None]
    summary = {
        "compared": len(compared),
        "faster": sum(1 for ours_time, opc_time in compared if ours_time < opc_time),
        # specs where merely importing datamodel-code-generator takes as long as openapi-python-client's whole run
        "floor_at_least_opc": sum(1 for _, opc_time in compared if floor is not None and floor >= opc_time),
        "goal_met": sum(1 for r in rows if goal(r) == "yes"),
        "goal_missed": [r.spec for r in rows if goal(r) == "no"],
    }
    if arguments.json:
        results = {
            "specs": [dataclasses.asdict(r) for r in rows],
            "scaling": [dataclasses.asdict(s) for s in scaling],
            "noop_seconds": statistics.median(noop),
            "dmcg_import_floor": floor,
            "folder": {"one_run_seconds": whole, "sum_of_single_runs_seconds": singles, "specs": spec_count},
            "summary": summary,
        }
        print(json.dumps(results, indent=1))
        return 0

    print(f"{'spec':42} {'KiB':>5} {'ours':>8} {'dmcg only':>9} {'opc':>8} {'ours/opc':>9} {'ours-opc':>9} goal")
    for row in rows:
        ratio = f"{row.ours / row.opc:8.2f}x" if row.ours is not None and row.opc is not None else "      n/a"
        delta = f"{row.ours - row.opc:+8.2f}s" if row.ours is not None and row.opc is not None else "      n/a"
        line = f"{row.spec:42} {row.kb:>5} {fmt(row.ours)} {fmt(row.dmcg):>9} {fmt(row.opc)} {ratio} {delta}"
        print(f"{line} {goal(row)}")
        for label, error in (("ours_error", row.ours_error), ("opc_error", row.opc_error)):
            if error:
                print(f"    {label}: {error}")
    print("\nscaling (ours, synthetic specs):")
    base = scaling[0].ours if scaling else None
    for entry in scaling:
        per_op = f"{1000 * entry.ours / entry.operations:7.1f} ms/op" if entry.ours is not None else "n/a"
        growth = f"{entry.ours / base:6.1f}x the 10-op time" if base and entry.ours is not None else ""
        print(
            f"  {entry.operations:>5} ops: ours {fmt(entry.ours)} ({per_op}), opc {fmt(entry.opc)}  {growth} {entry.error}"
        )
    print(f"\nno-op generate (content-hash cache): {statistics.median(noop) * 1000:.0f} ms")
    print(f"datamodel-code-generator import alone (fresh interpreter): {fmt(floor).strip()}")
    print(
        f"generate over specs/ ({spec_count} specs) in one run: {whole:.2f} s; one run per spec: {singles:.2f} s in all "
        f"({singles - whole:.2f} s more: the start-up paid {spec_count - 1} more times)"
    )
    print(
        f"goal on corpus specs (faster over {LARGE_SPEC_KIB} KiB, within {SMALL_SPEC_SLACK} s under): met on "
        f"{summary['goal_met']} specs; missed on {', '.join(summary['goal_missed']) or 'none'}"
    )
    print(
        f"faster than openapi-python-client on {summary['faster']} of {summary['compared']} specs both generate; "
        f"on {summary['floor_at_least_opc']} of them the import alone takes at least openapi-python-client's whole run"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
