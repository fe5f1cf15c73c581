"""Command line: `python -m generator` or `openapi-clientgen` with generate|check|lint|audit|diff."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .discovery import find_specs
from .errors import Problem, SpecError
from .naming import is_package_name
from .options import Options, Selection
from .resources import workspace

#: the repository's specs/ and generated/; installed outside a checkout, ./specs and ./generated
DEFAULT_SPECS = workspace() / "specs"
DEFAULT_OUT = workspace() / "generated"


def _specs(arguments: argparse.Namespace) -> list[Path]:
    if getattr(arguments, "spec", None):
        paths = [Path(p) for p in arguments.spec]
        missing = [Problem(p.as_posix(), "", "no such spec file", rule="io") for p in paths if not p.is_file()]
        if missing:
            raise SpecError(missing)
        return paths
    return find_specs(Path(arguments.specs_dir))


def _package_name(text: str) -> str:
    if not is_package_name(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a valid Python package name")
    return text


def _options(arguments: argparse.Namespace) -> Options:
    """The generation options the command line gives, as the one object the pipeline and builder take."""
    return Options(
        package=arguments.package,
        allow_partial=arguments.allow_partial,
        selection=Selection(
            include_tags=frozenset(arguments.include_tag or ()),
            exclude_tags=frozenset(arguments.exclude_tag or ()),
            include_operations=frozenset(arguments.include_operation or ()),
            exclude_operations=frozenset(arguments.exclude_operation or ()),
        ),
        helper_process=True,
        strict=arguments.strict,
    )


def cmd_generate(arguments: argparse.Namespace) -> int:
    from . import cache

    specs = _specs(arguments)
    out = Path(arguments.out)
    options = _options(arguments)
    key = cache.input_key(specs, options.fingerprint())
    if not arguments.force and cache.is_fresh(out, key):
        print(f"{out} is up to date ({len(specs)} spec(s) unchanged)")
        return 0
    from .pipeline import generate_tree

    generated = generate_tree(specs, out, options)
    cache.remember(out, key)
    for service in generated.services:
        for warning in service.warnings:
            print(warning, file=sys.stderr)
        if service.package in generated.unchanged:
            print(f"unchanged {service.package} (from {service.spec_path}): its files are the same as before")
        else:
            print(f"generated {service.package} from {service.spec_path} ({len(service.operations)} operation(s))")
    return 0


def cmd_check(arguments: argparse.Namespace) -> int:
    from .lint import lint_paths

    findings = lint_paths(_specs(arguments))
    errors = [f for f in findings if f.severity == "error"]
    for finding in findings:
        print(finding)
    from .pipeline import stale_files

    diffs = stale_files(_specs(arguments), Path(arguments.out))
    if diffs:
        print(f"{arguments.out} is stale: run `make generate` and commit the result.")
        for diff in diffs:
            sys.stdout.write(diff)
    if errors or diffs:
        return 1
    print("check: specs lint clean and generated/ is in sync")
    return 0


def cmd_lint(arguments: argparse.Namespace) -> int:
    from .lint import lint_paths

    paths = [Path(p) for p in arguments.paths] or find_specs(DEFAULT_SPECS)
    findings = lint_paths(paths)
    for finding in findings:
        print(finding)
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    print(f"lint: {len(paths)} spec(s), {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def cmd_audit(arguments: argparse.Namespace) -> int:
    from .audit.cli import main as audit_main

    return audit_main(arguments, find_specs(DEFAULT_SPECS))


def cmd_diff(arguments: argparse.Namespace) -> int:
    from .diff.cli import main as diff_main

    return diff_main(arguments)


def parser(prog: str = "python -m generator") -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog=prog, description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    for name, handler, help_text in (
        ("generate", cmd_generate, "generate the clients into generated/"),
        ("check", cmd_check, "lint the specs and fail when generated/ is stale"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--specs-dir", default=str(DEFAULT_SPECS), help="the specs tree (default: specs/)")
        command.add_argument("--spec", action="append", help="one spec file instead of the specs tree (repeatable)")
        command.add_argument("--out", default=str(DEFAULT_OUT), help="output directory (default: generated/)")
        command.set_defaults(handler=handler, package=None, allow_partial=False, strict=False)
        if name == "generate":
            command.add_argument("--package", type=_package_name, help="package name override (with a single --spec)")
            for flag, help_text in (
                ("--include-tag", "generate only operations with this tag (repeatable)"),
                ("--exclude-tag", "leave out operations with this tag (repeatable)"),
                ("--include-operation", "generate only this operationId (repeatable)"),
                ("--exclude-operation", "leave out this operationId (repeatable)"),
            ):
                command.add_argument(flag, action="append", help=help_text)
            command.add_argument("--force", action="store_true", help="regenerate even when the inputs are unchanged")
            command.add_argument(
                "--strict",
                action="store_true",
                help="refuse patterns Python cannot compile and repeated enum values (default: warn, and leave such"
                " a pattern unchecked client-side)",
            )
            command.add_argument(
                "--allow-partial",
                action="store_true",
                help="skip (and report) operations the generator cannot express instead of failing",
            )
    lint = commands.add_parser("lint", help="lint specs: every problem, with file, line, pointer and rule")
    lint.add_argument("paths", nargs="*", help="spec files (default: every spec under specs/)")
    lint.set_defaults(handler=cmd_lint)
    from .audit.cli import add_arguments as audit_arguments

    audit = commands.add_parser("audit", help="compare specs with the vendor's published model (botocore, datadog)")
    audit_arguments(audit)
    audit.set_defaults(handler=cmd_audit)
    from .diff.arguments import add_arguments as diff_arguments

    diff = commands.add_parser(
        "diff", help="classify spec changes (ERR/WARN/INFO) and generated API changes between two versions"
    )
    diff_arguments(diff)
    diff.set_defaults(handler=cmd_diff)
    return root


def main(argv: list[str] | None = None, prog: str = "python -m generator") -> int:
    arguments = parser(prog).parse_args(argv)
    try:
        return int(arguments.handler(arguments))
    except SpecError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing was written.", file=sys.stderr)
        return 2


def console() -> int:
    """The `openapi-clientgen` command that `pip install` creates: the same subcommands as `python -m generator`."""
    return main(prog="openapi-clientgen")
