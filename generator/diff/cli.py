"""`python -m generator diff`: its arguments, and the run that loads both sides, compares them and prints."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from ..errors import Problem, SpecError
from .arguments import check_arguments
from .generated import generated_changes
from .model import RANK, Change
from .report import FORMATS, Report, format_markdown
from .side import Side
from .sources import Git, SpecSet, load_revision, load_side, load_worktree, pair
from .spec import diff_specs


def run(arguments: argparse.Namespace) -> Report:
    git = Git(Path.cwd())
    with tempfile.TemporaryDirectory(prefix="codegen-diff-revs-") as scratch_dir:
        scratch = Path(scratch_dir)
        if arguments.base_ref:
            root = git.require()
            specs_dir = "specs"
            if arguments.specs_dir:  # given like any path: relative to here
                try:
                    specs_dir = Path(arguments.specs_dir).resolve().relative_to(root.resolve()).as_posix()
                except ValueError:
                    raise SpecError(
                        [Problem(arguments.specs_dir, "", "--specs-dir must be inside the repository", rule="usage")]
                    ) from None
            base = load_revision(git, arguments.base_ref, specs_dir, scratch, missing_ok=True)
            head = (
                load_revision(git, arguments.head_ref, specs_dir, scratch)
                if arguments.head_ref
                else load_worktree(git, root / specs_dir)
            )
            base.single = head.single = False
        else:
            if not arguments.base or not arguments.head:
                raise SpecError([Problem("diff", "", "give BASE and HEAD, or --base-ref", rule="usage")])
            base = load_side(arguments.base, git, scratch)
            head = load_side(arguments.head, git, scratch)
        report = Report(base.label, head.label)
        pairs = pair(base, head)
        for bkey, hkey in pairs:
            if bkey and hkey:
                report.changes.extend(
                    diff_specs(base.specs[bkey], head.specs[hkey], base.files[bkey], head.files[hkey])
                )
            elif bkey:
                spec = base.specs[bkey]
                package = Side(spec, "").package()[0]
                report.changes.append(
                    Change(
                        "ERR",
                        "spec-removed",
                        base.files[bkey],
                        "",
                        None,
                        f"spec removed: the package {package} is no longer generated",
                    )
                )
            elif hkey:
                spec = head.specs[hkey]
                package = Side(spec, "").package()[0]
                report.changes.append(
                    Change("INFO", "spec-added", head.files[hkey], "", 1, f"new spec: package {package}")
                )
        if arguments.no_generated:
            report.generated_skipped = "--no-generated"
        else:
            _compare_generated(report, base, head, pairs, git, arguments)
    report.changes.sort(key=lambda c: (c.section != "spec", -RANK[c.level], c.file, c.line or 0, c.pointer, c.rule))
    return report


def _compare_generated(
    report: Report,
    base: SpecSet,
    head: SpecSet,
    pairs: list[tuple[str | None, str | None]],
    git: Git,
    arguments: argparse.Namespace,
) -> None:
    """The generated-code section; a spec the generator cannot render (or a fault in the comparison) leaves the
    section out with a note instead of ending the whole review in a traceback: the wire section still stands."""
    try:
        changes = generated_changes(base, head, pairs, arguments.generated_dir, report.notes)
    except Exception as exc:  # noqa: BLE001 - anything it raises is reported, never a traceback
        reason = (
            "; ".join(str(p) for p in exc.problems[:3])
            if isinstance(exc, SpecError)
            else f"{type(exc).__name__}: {exc}"
        )
        report.notes.append(f"the generated-code comparison failed and was skipped: {reason}")
        report.generated_skipped = "the comparison failed, see the note"
        return
    report.changes.extend(changes)


def main(arguments: argparse.Namespace) -> int:
    check_arguments(arguments)
    report = run(arguments)
    sys.stdout.write(FORMATS[arguments.format](report))
    if arguments.markdown_summary:
        with open(arguments.markdown_summary, "a", encoding="utf-8") as summary:
            summary.write(format_markdown(report) + "\n")
    return 1 if report.fails(arguments.fail_on) else 0
