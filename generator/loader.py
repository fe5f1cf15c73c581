"""Load a spec file safely and remember where every value came from.

YAML is composed with the safe loader into nodes, so each JSON pointer maps to a line. Anchors and
aliases are refused outright: they are how YAML "billion laughs" bombs expand, and a hand-written spec
has no need for them. Size and depth are bounded too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem, SpecError

#: libyaml's parser when PyYAML was built with it: ten times faster on large specs, same safe semantics.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_SPEC_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 256


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def nodes_along(document: Any, pointer: str) -> Iterator[Any]:
    """The nodes from the document's root down to the pointer's node, as far as they exist (a pointer to a node
    that is not there yet ends at its deepest existing ancestor): where a marker such as `x-lint-ignore` applies
    "at and below" a node, this is where to look for it."""
    node = document
    parts = pointer.split("/")[1:] if pointer else []
    for part in parts:
        yield node
        token = unescape_pointer_token(part)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return
    yield node


def join_pointer(pointer: str, token: str | int) -> str:
    return f"{pointer}/{escape_pointer_token(str(token))}"


@dataclass
class LoadedSpec:
    path: Path
    display_path: str
    text: str
    sha256: str
    document: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int | None:
        """The line of the pointer, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, pointer: str, message: str, **kwargs: Any) -> Problem:
        return Problem(self.display_path, pointer, message, line=self.line_of(pointer), **kwargs)

    def resolve(self, pointer: str) -> Any:
        """The value at a local JSON pointer (`#/components/schemas/Task`)."""
        node: Any = self.document
        for raw in pointer.lstrip("#").split("/")[1:]:
            token = unescape_pointer_token(raw)
            if isinstance(node, list):
                node = node[int(token)]
            else:
                node = node[token]
        return node


class _Composer:
    def __init__(self, display_path: str) -> None:
        self.display_path = display_path
        self.lines: dict[str, int] = {}
        self._scalars = yaml.SafeLoader("")

    def fail(self, node: yaml.Node, pointer: str, message: str) -> SpecError:
        return SpecError([Problem(self.display_path, pointer, message, line=node.start_mark.line + 1, rule="yaml")])

    def build(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise self.fail(node, pointer, f"nesting deeper than {MAX_DEPTH} levels")
        if getattr(node, "anchor", None):
            raise self.fail(node, pointer, "YAML anchors and aliases are not allowed in specs")
        self.lines[pointer] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self.fail(key_node, pointer, "mapping keys must be plain scalars")
                key = self._scalars.construct_object(key_node)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self.fail(key_node, pointer, "YAML merge keys (<<) are not allowed in specs")
                key = str(key)
                if key in result:
                    raise self.fail(key_node, pointer, f"duplicate key {key!r}")
                child = join_pointer(pointer, key)
                result[key] = self.build(value_node, child, depth + 1)
                self.lines[child] = key_node.start_mark.line + 1  # point at the key, where a reader looks
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, join_pointer(pointer, index), depth + 1) for index, item in enumerate(node.value)]
        value = self._scalars.construct_object(node)
        if hasattr(value, "isoformat"):  # YAML timestamps: keep the text, as JSON would
            return str(node.value)
        return value


def _reject_aliases(text: str, display_path: str) -> None:
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            raise SpecError(
                [Problem(display_path, "", "YAML anchors and aliases are not allowed in specs", line=line, rule="yaml")]
            )


def load_spec(path: Path, display_path: str | None = None) -> LoadedSpec:
    display = display_path or path.as_posix()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Problem(display, "", f"cannot read the spec: {exc.strerror}", rule="io")]) from None
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError([Problem(display, "", f"spec larger than {MAX_SPEC_BYTES} bytes", rule="io")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError([Problem(display, "", f"not UTF-8: {exc.reason} at byte {exc.start}", rule="io")]) from None
    composer = _Composer(display)
    try:
        if path.suffix == ".json":
            document = json.loads(text)
        else:
            _reject_aliases(text, display)
            node = yaml.compose(text, Loader=SafeLoader)
            document = composer.build(node, "", 0) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise SpecError([Problem(display, "", f"invalid YAML: {exc.problem}", line=line, rule="yaml")]) from None
    except json.JSONDecodeError as exc:
        raise SpecError([Problem(display, "", f"invalid JSON: {exc.msg}", line=exc.lineno, rule="json")]) from None
    if not isinstance(document, dict):
        raise SpecError([Problem(display, "", "a spec must be a mapping at the top level", line=1, rule="spec")])
    return LoadedSpec(
        path=path,
        display_path=display,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        document=document,
        lines=composer.lines,
    )
