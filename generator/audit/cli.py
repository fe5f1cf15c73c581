"""`python -m generator audit [SPEC ...]`: the findings in lint's format (text, json, GitHub annotations)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from ..diff.report import _escape_data, _escape_property
from ..errors import Problem, SpecError
from .findings import Finding, Findings

FORMATS = ("text", "json", "github")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="spec files (default: every spec under specs/)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--fix",
        action="store_true",
        help="write what the model has and the spec lacks into the spec (members, enums, constraints, waiters)",
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="error",
        help="exit 1 when a finding of this severity or worse remains (default: error)",
    )
    parser.add_argument(
        "--changed-from",
        metavar="REF",
        help="github format: annotate only findings on lines changed since this git ref (others are listed)",
    )


def main(arguments: argparse.Namespace, default_paths: list[Path]) -> int:
    from .run import audit_spec

    paths = [Path(p) for p in arguments.paths] or default_paths
    results: list[Findings] = []
    load_problems: list[Problem] = []
    for path in paths:
        try:
            results.append(audit_spec(path))
        except SpecError as exc:
            load_problems.extend(exc.problems)
    if arguments.fix:
        from .fix import apply_fixes

        for result in results:
            written = apply_fixes(result)
            if written:
                print(f"audit --fix: {result.spec.display_path}: {written} addition(s) written", file=sys.stderr)
        results = [audit_spec(Path(result.spec.path)) for result in results]
    findings = [Finding(p) for p in load_problems] + [f for r in results for f in r.reported]
    problems = sorted((f.problem for f in findings), key=lambda p: (p.file, p.line or 0, p.pointer, p.rule))
    summary = _summary(len(paths), problems, results)
    if arguments.format == "json":
        sys.stdout.write(_json(problems, results, summary))
    elif arguments.format == "github":
        sys.stdout.write(_github(problems, summary, arguments.changed_from))
    else:
        for problem in problems:
            print(problem)
        print(summary)
    failing = ("error",) if arguments.fail_on == "error" else ("error", "warning")
    return 1 if any(p.severity in failing for p in problems) else 0


def _summary(specs: int, problems: list[Problem], results: list[Findings]) -> str:
    errors = sum(1 for p in problems if p.severity == "error")
    accepted = sum(r.accepted for r in results)
    models = sorted({r.model for r in results if r.model})
    against = f" against {'; '.join(models)}" if models else ""
    return (
        f"audit: {specs} spec(s){against}: {errors} error(s), {len(problems) - errors} warning(s), "
        f"{accepted} accepted difference(s)"
    )


def _json(problems: list[Problem], results: list[Findings], summary: str) -> str:
    document = {
        "summary": summary,
        "errors": sum(1 for p in problems if p.severity == "error"),
        "warnings": sum(1 for p in problems if p.severity != "error"),
        "accepted": sum(r.accepted for r in results),
        "models": {r.spec.display_path: r.model for r in results},
        "findings": [
            {
                "file": p.file,
                "line": p.line,
                "pointer": p.pointer,
                "rule": p.rule,
                "severity": p.severity,
                "message": p.message,
                "hint": p.hint,
            }
            for p in problems
        ],
    }
    return json.dumps(document, indent=2) + "\n"


def changed_lines(ref: str, file: str) -> set[int] | None:
    """Lines of `file` added or changed since `ref` (git diff -U0); None when git cannot say."""
    try:
        diff = subprocess.run(
            ["git", "diff", "--unified=0", ref, "--", file], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    lines: set[int] = set()
    for line in diff.splitlines():
        if line.startswith("@@"):
            added = line.split("+", 1)[1].split(" ", 1)[0]
            start, _, count = added.partition(",")
            lines.update(range(int(start), int(start) + (int(count) if count else 1)))
    return lines


def _github(problems: list[Problem], summary: str, changed_from: str | None) -> str:
    """Workflow commands: an annotation per finding (on changed lines only with --changed-from)."""
    out = []
    changed: dict[str, set[int] | None] = {}
    for problem in problems:
        if changed_from is not None and problem.file not in changed:
            changed[problem.file] = changed_lines(changed_from, problem.file)
        lines = changed.get(problem.file)
        text = f"{problem.message} (at {problem.pointer or '/'})" + (f"; fix: {problem.hint}" if problem.hint else "")
        if changed_from is not None and lines is not None and (problem.line or 0) not in lines:
            out.append(_escape_data(str(problem)))  # listed in the log, not annotated on an unchanged line
            continue
        properties = [f"file={_escape_property(problem.file)}"]
        if problem.line:
            properties.append(f"line={problem.line}")
        properties.append(f"title={_escape_property(f'audit {problem.rule}')}")
        command = "error" if problem.severity == "error" else "warning"
        out.append(f"::{command} {','.join(properties)}::{_escape_data(text)}")
    out.append(_escape_data(summary))
    return "\n".join(out) + "\n"
