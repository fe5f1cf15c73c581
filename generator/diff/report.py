"""The report of one comparison and its output formats: text, markdown, json, and GitHub annotations."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .model import RANK, Change


@dataclass
class Report:
    base: str
    head: str
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    generated_skipped: str | None = None  # why the generated-code comparison did not run (None: it ran)

    @property
    def spec_changes(self) -> list[Change]:
        return [c for c in self.changes if c.section == "spec"]

    @property
    def generated_changes(self) -> list[Change]:
        return [c for c in self.changes if c.section == "generated"]

    def count(self, level: str) -> int:
        return sum(1 for c in self.changes if c.level == level)

    def fails(self, fail_on: str | None) -> bool:
        return fail_on is not None and any(RANK[c.level] >= RANK[fail_on] for c in self.changes)


def format_text(report: Report) -> str:
    lines = [f"spec review: {report.base} → {report.head}"]
    for title, changes, skipped in (
        ("spec changes", report.spec_changes, None),
        ("generated client changes", report.generated_changes, report.generated_skipped),
    ):
        if skipped is not None and not changes:
            lines.append(f"{title}: skipped ({skipped})")
            continue
        lines.append(f"{title}:" if changes else f"{title}: none")
        for change in changes:
            where = f"{change.file}:{change.line}" if change.line else change.file
            lines.append(f"  {where}: {change.level} [{change.rule}] {change.message} (at {change.pointer or '/'})")
    lines.extend(f"note: {note}" for note in report.notes)
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def _summary(report: Report) -> str:
    return f"{report.count('ERR')} breaking (ERR), {report.count('WARN')} risky (WARN), {report.count('INFO')} compatible (INFO)"


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|").replace("<", "&lt;")


def format_markdown(report: Report) -> str:
    out = [
        "## Spec review",
        "",
        f"`{_cell(report.base)}` → `{_cell(report.head)}`: **{_summary(report)}**.",
        "",
        "Levels follow what breaks a caller of the generated client: ERR breaking, WARN risky, INFO compatible.",
        "",
    ]
    for title, changes, where, skipped in (
        ("Spec changes", report.spec_changes, "Location", None),
        ("Generated client changes", report.generated_changes, "Name", report.generated_skipped),
    ):
        out.append(f"### {title}")
        out.append("")
        if skipped is not None and not changes:
            out.extend([f"Skipped ({_cell(skipped)}).", ""])
            continue
        if not changes:
            out.extend(["None.", ""])
            continue
        out.append(f"| Level | Rule | {where} | Change |")
        out.append("| --- | --- | --- | --- |")
        for change in changes:
            location = f"{change.file}:{change.line}" if change.line else change.file
            if change.section == "spec":
                shown = f"`{_cell(location)}` `{_cell(change.pointer or '/')}`"
            else:
                shown = f"`{_cell(change.pointer)}` ({_cell(location)})"
            out.append(f"| {change.level} | `{change.rule}` | {shown} | {_cell(change.message)} |")
        out.append("")
    if report.notes:
        out.extend(f"> {_cell(note)}" for note in report.notes)
        out.append("")
    return "\n".join(out)


def format_json(report: Report) -> str:
    document = {
        "base": report.base,
        "head": report.head,
        "summary": {level: report.count(level) for level in ("ERR", "WARN", "INFO")},
        "changes": [c.as_json() for c in report.spec_changes],
        "generated": [c.as_json() for c in report.generated_changes],
        "notes": report.notes,
        "generated_skipped": report.generated_skipped is not None,
    }
    return json.dumps(document, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per change (error, warning, notice)."""
    command = {"ERR": "error", "WARN": "warning", "INFO": "notice"}
    lines = []
    for change in report.changes:
        properties = [f"file={_escape_property(change.file)}"]
        if change.line:
            properties.append(f"line={change.line}")
        properties.append(f"title={_escape_property(f'{change.level} {change.rule}')}")
        lines.append(f"::{command[change.level]} {','.join(properties)}::{_escape_data(change.message)}")
    lines.append(_escape_data(_summary(report)))
    return "\n".join(lines) + "\n"


FORMATS = {"text": format_text, "markdown": format_markdown, "json": format_json, "github": format_github}
