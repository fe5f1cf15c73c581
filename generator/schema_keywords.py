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
