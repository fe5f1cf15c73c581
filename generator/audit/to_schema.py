"""A shape of the vendor's model written as a spec schema, for `--fix`: what a reviewer would have written.

Named structures, unions and enums become components (`$ref` to the one the spec has, or a new one); lists,
maps and primitives are written inline with their constraints. Timestamps take the spec's protocol convention
(specs/README.md): epoch seconds as `[number, string]`, RFC 3339 as `string`, both `format: date-time`.
Unions follow our convention: a `oneOf` of single-member objects.
"""

from __future__ import annotations

from typing import Any

from .shapes import Shape

_PRIMITIVE = {"string": "string", "integer": "integer", "float": "number", "boolean": "boolean"}


class SchemaWriter:
    def __init__(self, existing_components: set[str]) -> None:
        self.existing = existing_components
        #: components written for shapes the spec lacks, in the order first needed
        self.new_components: dict[str, dict[str, Any]] = {}

    def member(self, shape: Shape, description: str) -> dict[str, Any]:
        """The schema of a member (a property or a union branch's member) of this shape."""
        if shape.component:
            self.component(shape)
            written: dict[str, Any] = {"$ref": f"#/components/schemas/{shape.name}"}
            if description:
                written["description"] = description
            return written
        return self.inline(shape, description)

    def component(self, shape: Shape) -> str:
        if shape.name not in self.existing and shape.name not in self.new_components:
            self.new_components[shape.name] = {}  # placed first: a recursive shape refers to itself
            self.new_components[shape.name] = self.inline(shape, shape.documentation)
        return shape.name

    def inline(self, shape: Shape, description: str) -> dict[str, Any]:
        written: dict[str, Any] = {}
        if shape.kind == "timestamp":
            epoch = shape.timestamp_format == "epoch-seconds"
            written["type"] = ["number", "string"] if epoch else "string"
            if shape.timestamp_format != "http-date":
                written["format"] = "date-time"
            written["x-timestamp-format"] = shape.timestamp_format
        elif shape.kind in ("structure", "map"):
            written["type"] = "object"
        elif shape.kind == "list":
            written["type"] = "array"
        elif shape.kind == "blob":
            written.update({"type": "string", "format": "byte"})
        elif shape.kind in _PRIMITIVE:
            written["type"] = _PRIMITIVE[shape.kind]
            if shape.long:
                written["format"] = "int64"
        if description:
            written["description"] = description
        if shape.kind == "structure":
            required = [name for name in shape.members if name in shape.required]
            if required:
                written["required"] = required
            written["properties"] = {
                name: self.member(member.shape, member.documentation)
                for name, member in shape.members.items()
                if member.location == "body"
            }
        elif shape.kind == "union":
            written["oneOf"] = [
                {
                    "type": "object",
                    "required": [name],
                    "properties": {name: self.member(member.shape, member.documentation)},
                }
                for name, member in shape.members.items()
            ]
        if shape.enum:
            written["enum"] = list(shape.enum)
        written.update(shape.constraints)
        if shape.kind == "list" and shape.item is not None:
            written["items"] = self.member(shape.item, "")
        elif shape.kind == "map" and shape.value is not None:
            written["additionalProperties"] = self.member(shape.value, "")
        return written
