"""JSON Schema keywords by what their value holds: one schema, a list of schemas, or a map of named schemas.

Walkers that must tell schemas from data use these (a property *named* `x-request-id` or `example` is a
name, and a default value with a `$ref` key is data): the models step and the `$ref` bundler.
"""

from __future__ import annotations

SCHEMA_VALUED = frozenset(
    {
        "items",
        "additionalProperties",
        "additionalItems",
        "unevaluatedItems",
        "unevaluatedProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "contentSchema",
    }
)
SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
SCHEMA_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})


def as_json_schema(node: object) -> object:
    """An OpenAPI 3.0 schema in the JSON Schema dialect (2020-12) that validators speak: `nullable: true` admits
    null, and the boolean `exclusiveMinimum`/`exclusiveMaximum` flags become the numeric bounds. Walks by keyword,
    so data (examples, defaults, enums) and property names stay as written."""
    if not isinstance(node, dict):
        return node
    result: dict[str, object] = {}
    for key, value in node.items():
        if key in SCHEMA_VALUED:
            result[key] = as_json_schema(value)
        elif key in SCHEMA_LISTS and isinstance(value, list):
            result[key] = [as_json_schema(item) for item in value]
        elif key in SCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: as_json_schema(schema) for name, schema in value.items()}
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if value and bound in node:
                result[key] = node[bound]
        elif key != "nullable":
            result[key] = value
    for key in ("exclusiveMinimum", "exclusiveMaximum"):
        bound = "minimum" if key == "exclusiveMinimum" else "maximum"
        if node.get(key) is True and bound in result:
            del result[bound]
    if node.get("nullable") is True:
        values = result.get("enum")
        if isinstance(values, list) and None not in values:
            result["enum"] = [*values, None]
        return {"anyOf": [result, {"type": "null"}]}
    return result
