"""The `diff` command's arguments, apart from the comparison code: building the CLI parser for any command
must not import the whole diff package."""

from __future__ import annotations

import argparse

from .report import FORMATS


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "base", nargs="?", help="base specs: a file, a directory, or REV:path (e.g. main:specs/aws/ecs.yaml)"
    )
    command.add_argument("head", nargs="?", help="head specs: a file, a directory, or REV:path")
    command.add_argument("--base-ref", help="compare the whole specs tree at this git revision with the working tree")
    command.add_argument("--head-ref", help="with --base-ref: compare with this revision instead of the working tree")
    command.add_argument(
        "--specs-dir", default=None, help="the specs tree for --base-ref (default: specs/ at the repository top)"
    )
    command.add_argument(
        "--generated-dir",
        default="generated",
        help="the folder the generated packages are reported under (default: generated)",
    )
    command.add_argument("--format", choices=sorted(FORMATS), default="text")
    command.add_argument(
        "--fail-on", choices=["ERR", "WARN"], default=None, help="exit 1 when a change at or above this level exists"
    )
    command.add_argument(
        "--markdown-summary", metavar="PATH", help="also append the markdown report to PATH (e.g. $GITHUB_STEP_SUMMARY)"
    )
    command.add_argument("--no-generated", action="store_true", help="skip the generated-code comparison (faster)")
    # the run reports a missing BASE/HEAD through the parser, as argparse reports its own usage errors
    command.set_defaults(diff_parser=command)


def check_arguments(arguments: argparse.Namespace) -> None:
    """Usage errors argparse cannot see (BASE and HEAD are optional with --base-ref): the usage line and exit 2."""
    if arguments.base_ref or (arguments.base and arguments.head):
        return
    parser = getattr(arguments, "diff_parser", None)
    message = "give BASE and HEAD, or --base-ref"
    if isinstance(parser, argparse.ArgumentParser):
        parser.error(message)  # prints the usage line and the message, exits 2
    raise SystemExit(f"diff: error: {message}")
