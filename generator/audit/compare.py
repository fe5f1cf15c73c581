"""The comparison rules shared by every vendor: a spec schema against a shape of the vendor's model.

Severity follows what a client would get wrong: something the spec has and the model lacks (a member, an enum
value, a constraint), a different type or required flag is an error; something the model has and the spec
leaves out is a warning, with the edit that `--fix` makes.
"""

from __future__ import annotations

from typing import Any

from ..loader import join_pointer
from ..view import SpecView
from .findings import Edit, Findings
from .shapes import Shape
from .spec_schema import CONSTRAINT_KEYWORDS, SpecSchema, read_schema
from .to_schema import SchemaWriter

_KIND_WORDS = {
    "structure": "an object",
    "union": "a union (oneOf of single-member objects)",
    "list": "an array",
    "map": "a map (additionalProperties)",
    "string": "a string",
    "integer": "an integer",
    "float": "a number",
    "boolean": "a boolean",
    "timestamp": "a timestamp",
    "blob": "bytes (format: byte)",
    "any": "any value",
}


class SchemaComparer:
    def __init__(self, view: SpecView, findings: Findings, writer: SchemaWriter) -> None:
        self.view = view
        self.findings = findings
        self.writer = writer
        self._seen: set[tuple[str, str]] = set()

    def compare(self, node: Any, pointer: str, shape: Shape, ignore: frozenset[str] = frozenset()) -> None:
        """Compare the schema written at `pointer` with `shape`, recursively; each (schema, shape) once."""
        schema = read_schema(self.view, node, pointer)
        if schema is None or shape.kind == "any":
            return
        key = (schema.pointer, shape.name)
        if key in self._seen:
            return
        self._seen.add(key)
        if not self._same_kind(schema, shape):
            return
        self._enum(schema, shape)
        self._constraints(schema, shape)
        if shape.kind in ("structure", "union"):
            self._members(schema, shape, ignore)
        elif shape.kind == "list" and schema.item is not None and shape.item is not None:
            self.compare(schema.item[0], schema.item[1], shape.item)
        elif shape.kind == "map" and schema.value is not None and shape.value is not None:
            self.compare(schema.value[0], schema.value[1], shape.value)

    def _same_kind(self, schema: SpecSchema, shape: Shape) -> bool:
        if schema.kind == "any":
            return True  # an unconstrained spec schema says nothing to compare
        if schema.kind != shape.kind:
            hint = f"write it as {_KIND_WORDS[shape.kind]}, as the model does"
            if shape.kind == "union":
                hint = "write it as a oneOf of single-member objects (specs/README.md, unions)"
            self.findings.add(
                schema.pointer,
                "audit-type",
                f"is {_KIND_WORDS[schema.kind]}, the model's {shape.name} is {_KIND_WORDS[shape.kind]}",
                hint,
            )
            return False
        if shape.kind == "timestamp" and schema.timestamp_format != shape.timestamp_format:
            self.findings.add(
                schema.pointer,
                "audit-type",
                f"timestamp travels as {schema.timestamp_format}, the model's {shape.name} as {shape.timestamp_format}",
                f"x-timestamp-format: {shape.timestamp_format}",
            )
        return True

    def _enum(self, schema: SpecSchema, shape: Shape) -> None:
        if schema.enum is None and not shape.enum:
            return
        if not shape.enum:
            self.findings.add(
                join_pointer(schema.pointer, "enum"),
                "audit-enum-extra",
                f"the model's {shape.name} has no enum; the spec lists {', '.join(schema.enum or ())}",
                "remove the enum, or accept it with x-audit-accept and a reason",
            )
            return
        written = schema.enum or ()
        for index, value in enumerate(written):
            if value not in shape.enum:
                self.findings.add(
                    join_pointer(join_pointer(schema.pointer, "enum"), index),
                    "audit-enum-extra",
                    f"enum value {value!r} is not in the model's {shape.name}",
                    "remove it, or correct its spelling",
                )
        missing = [value for value in shape.enum if value not in written]
        if missing:
            edit = (
                Edit(join_pointer(schema.pointer, "enum"), None, missing)
                if schema.enum is not None
                else Edit(schema.pointer, "enum", missing)
            )
            self.findings.add(
                join_pointer(schema.pointer, "enum"),
                "audit-enum-missing",
                f"the model's {shape.name} also has {', '.join(missing)}",
                "add the values (audit --fix)",
                "warning",
                (edit,),
            )

    def _constraints(self, schema: SpecSchema, shape: Shape) -> None:
        written = schema.constraints
        for keyword in CONSTRAINT_KEYWORDS:
            ours, theirs = written.get(keyword), shape.constraints.get(keyword)
            at = join_pointer(schema.pointer, keyword)
            if ours is None and theirs is None:
                continue
            if ours is None:
                self.findings.add(
                    at,
                    "audit-constraint-missing",
                    f"the model's {shape.name} has {keyword}: {theirs!r}; the spec leaves it out",
                    f"add {keyword}: {theirs!r} (audit --fix)",
                    "warning",
                    (Edit(schema.pointer, keyword, theirs),),
                )
            elif theirs is None:
                self.findings.add(
                    at,
                    "audit-constraint",
                    f"{keyword}: {ours!r} is not in the model's {shape.name}",
                    "remove it, or accept it with x-audit-accept and the source of the limit",
                )
            elif ours != theirs:
                self.findings.add(
                    at,
                    "audit-constraint",
                    f"{keyword} is {ours!r}, the model's {shape.name} says {theirs!r}",
                    f"{keyword}: {theirs!r}",
                )

    def _members(self, schema: SpecSchema, shape: Shape, ignore: frozenset[str]) -> None:
        body = {name: member for name, member in shape.members.items() if member.location == "body"}
        for name, member in schema.members.items():
            if name in ignore:
                continue
            if name not in body:
                self.findings.add(
                    member.pointer,
                    "audit-member-extra",
                    f"{name} is not a member of the model's {shape.name}",
                    "remove it, or correct its name",
                )
                continue
            if shape.kind == "structure":
                self._required(schema, name, shape, member.pointer)
            self.compare(member.node, member.pointer, body[name].shape)
        missing = [name for name in body if name not in schema.members and not body[name].deprecated]
        for name in missing:
            self._missing_member(schema, shape, name)

    def _required(self, schema: SpecSchema, name: str, shape: Shape, pointer: str) -> None:
        ours, theirs = name in schema.required, name in shape.required
        if ours == theirs:
            return
        if theirs:
            edit = self._required_edit(schema, [name])
            self.findings.add(
                pointer,
                "audit-required",
                f"{name} is required in the model's {shape.name}, optional in the spec",
                f"add {name} to required (audit --fix)",
                edits=(edit,),
            )
        else:
            self.findings.add(
                pointer,
                "audit-required",
                f"{name} is required in the spec, optional in the model's {shape.name}",
                f"remove {name} from required",
            )

    @staticmethod
    def _required_edit(schema: SpecSchema, names: list[str]) -> Edit:
        if "required" in schema.node:
            return Edit(join_pointer(schema.pointer, "required"), None, names)
        return Edit(schema.pointer, "required", names)

    def _missing_member(self, schema: SpecSchema, shape: Shape, name: str) -> None:
        member = shape.members[name]
        known = set(self.writer.new_components)
        written = self.writer.member(member.shape, member.documentation)
        # components first written for this member go with its edit
        edits = [
            Edit("/components/schemas", component, self.writer.new_components[component])
            for component in self.writer.new_components
            if component not in known
        ]
        if shape.kind == "union":
            branch = {"type": "object", "required": [name], "properties": {name: written}}
            edits.append(Edit(join_pointer(schema.pointer, "oneOf"), None, [branch]))
            pointer = join_pointer(schema.pointer, "oneOf")
        else:
            if "properties" in schema.node:
                edits.append(Edit(join_pointer(schema.pointer, "properties"), name, written))
            else:
                edits.append(Edit(schema.pointer, "properties", {name: written}))
            if name in shape.required:
                edits.append(self._required_edit(schema, [name]))
            pointer = join_pointer(join_pointer(schema.pointer, "properties"), name)
        self.findings.add(
            pointer,
            "audit-member-missing",
            f"the model's {shape.name} has {name} ({_KIND_WORDS[member.shape.kind]}); the spec leaves it out",
            f"add {name} (audit --fix)",
            "warning",
            tuple(edits),
        )
