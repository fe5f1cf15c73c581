"""`audit --fix`: write what the model has and the spec lacks into the spec file, touching no other line.

Why text insertion and not a round-trip YAML library (ruamel.yaml): the specs are hand-wrapped (quoted and
plain scalars folded at ~100 columns, two sequence indentation styles); a round-trip emitter re-wraps such
scalars and would rewrite lines nobody asked it to, and it would be a new dependency for one command (the
project adds dependencies only where nothing it has does the job). Instead the file is composed with PyYAML
(already a dependency), which gives every node's start and end position; each addition is rendered as YAML
in the file's own sequence style and inserted as whole lines at the end of its mapping or sequence (at its
alphabetical place when the mapping's keys are sorted). Lines not inserted stay byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from ..loader import SafeLoader, unescape_pointer_token
from .findings import Edit, Findings


class _Dumper(yaml.SafeDumper):
    """Block style; multi-line text as `|-` literals; sequences indented under their key or not, per file."""

    indent_sequences = False

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False if self.indent_sequences else indentless)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


class _IndentedDumper(_Dumper):
    indent_sequences = True


def render(value: Any, indent: int, indented_sequences: bool) -> list[str]:
    dumper = _IndentedDumper if indented_sequences else _Dumper
    width = max(40, 100 - indent)  # the file's lines wrap at about 100 columns, indentation included
    text = yaml.dump(value, Dumper=dumper, sort_keys=False, allow_unicode=True, width=width, default_flow_style=False)
    return [(" " * indent + line) if line.strip() else "" for line in text.splitlines()]


@dataclass(frozen=True)
class _Insertion:
    after_line: int  # 0-based index of the line the text follows (-1: at the top)
    lines: list[str]


def merge_edits(edits: list[Edit]) -> list[Edit]:
    """One edit per place: mapping additions of the same key merged, appends to one sequence concatenated."""
    merged: dict[tuple[str, str | None], Any] = {}
    for edit in edits:
        key = (edit.pointer, edit.key)
        if key not in merged:
            merged[key] = edit.value
        elif isinstance(merged[key], dict) and isinstance(edit.value, dict):
            merged[key] = {**merged[key], **edit.value}
        elif isinstance(merged[key], list) and isinstance(edit.value, list):
            merged[key] = merged[key] + [v for v in edit.value if v not in merged[key]]
    return [Edit(pointer, key, value) for (pointer, key), value in merged.items()]


class _Document:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        self.root = yaml.compose(text, Loader=SafeLoader)
        self.indented_sequences = self._sequence_style(self.root)

    def node(self, pointer: str) -> yaml.Node | None:
        node: yaml.Node | None = self.root
        for raw in pointer.split("/")[1:] if pointer else []:
            token = unescape_pointer_token(raw)
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if k.value == token), None)
            elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
                node = node.value[int(token)]
            else:
                return None
        return node

    def _sequence_style(self, node: yaml.Node | None) -> bool:
        """Whether block sequences sit two columns in from their key (`key:\\n  - a`) in this file."""
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(value, yaml.SequenceNode) and value.flow_style is False and value.value:
                    return bool(value.start_mark.column > key.start_mark.column)
                found = self._sequence_style(value) if isinstance(value, yaml.MappingNode | yaml.SequenceNode) else None
                if found is not None:
                    return found
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                found = self._sequence_style(item)
                if found is not None:
                    return found
        return None  # type: ignore[return-value]

    def last_line(self, node: yaml.Node) -> int:
        """The 0-based last line with content of a node (blank and comment lines after it excluded)."""
        if isinstance(node, yaml.MappingNode) and node.value and node.flow_style is False:
            return self.last_line(node.value[-1][1])
        if isinstance(node, yaml.SequenceNode) and node.value and node.flow_style is False:
            return self.last_line(node.value[-1])
        mark = node.end_mark
        line = mark.line if mark.column > 0 else mark.line - 1
        while line > node.start_mark.line and self.lines[line].strip() in ("", "#"):
            line -= 1
        while line > node.start_mark.line and self.lines[line].lstrip().startswith("#"):
            line -= 1
        return line

    def insertion(self, edit: Edit) -> _Insertion | None:
        node = self.node(edit.pointer)
        if isinstance(node, yaml.MappingNode) and edit.key is not None and node.value and node.flow_style is False:
            keys = [k.value for k, _ in node.value]
            if edit.key in keys:
                return None  # already there (written by hand since the audit ran)
            indent = node.value[0][0].start_mark.column
            lines = render({edit.key: edit.value}, indent, self.indented_sequences)
            if edit.key == "required" and "properties" in keys:  # where a reviewer writes it
                following = next(k for k, _ in node.value if k.value == "properties")
                return _Insertion(following.start_mark.line - 1, lines)
            if keys == sorted(keys) and edit.key < keys[-1]:
                following = next(k for k, _ in node.value if k.value > edit.key)
                return _Insertion(following.start_mark.line - 1, lines)
            return _Insertion(self.last_line(node), lines)
        if isinstance(node, yaml.SequenceNode) and edit.key is None and node.value and node.flow_style is False:
            present = {getattr(item, "value", None) for item in node.value}
            items = [v for v in edit.value if not (isinstance(v, str) and v in present)]
            if not items:
                return None
            return _Insertion(self.last_line(node), render(items, node.start_mark.column, self.indented_sequences))
        return None


def apply_fixes(findings: Findings) -> int:
    """Write the edits of the reported findings into the spec's file; the number of places written.

    Edits into a part of the spec that lives in another file (a bundled `$ref`) or into a flow-style
    collection are left out: the finding stays reported."""
    edits = merge_edits([edit for finding in findings.reported for edit in finding.edits])
    if not edits:
        return 0
    path = findings.spec.path
    text = path.read_text(encoding="utf-8")
    document = _Document(text)
    found = [document.insertion(edit) for edit in edits]
    insertions = [(insertion, index) for index, insertion in enumerate(found) if insertion is not None]
    lines = list(document.lines)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"

    # bottom-up, so earlier line numbers stay valid; several after one line: the deeper first (it belongs to the
    # inner node that ends there), then in the edits' order
    def order(pair: tuple[_Insertion, int]) -> tuple[int, int, int]:
        insertion, index = pair
        first = insertion.lines[0] if insertion.lines else ""
        return (insertion.after_line, -(len(first) - len(first.lstrip())), index)

    for insertion, _ in sorted(insertions, key=order, reverse=True):
        at = insertion.after_line + 1
        lines[at:at] = [line + "\n" for line in insertion.lines]
    path.write_text("".join(lines), encoding="utf-8")
    return len(insertions)
