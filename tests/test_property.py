"""Property-based test: random valid specs generate clients that compile, import and round-trip examples."""

from __future__ import annotations

import importlib
import itertools
import json
from datetime import datetime
from typing import Any

from conftest import GeneratedPackages
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_counter = itertools.count()
AWKWARD = [
    "class",
    "from",
    "self",
    "model_config",
    "schema",
    "json",
    "2nd",
    "a-b",
    "a_b",
    "A B",
    "ключ",
    "__x__",
    "None",
]
names = st.one_of(st.sampled_from(AWKWARD), st.from_regex(r"[a-zA-Z][a-zA-Z0-9_-]{0,8}", fullmatch=True))
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


def primitive_schemas() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.just({"type": "string"}),
        st.just({"type": "integer"}),
        st.just({"type": "number"}),
        st.just({"type": "boolean"}),
        st.just({"type": "string", "format": "date-time"}),
        st.lists(
            st.from_regex(r"[A-Za-z][A-Za-z0-9_ .-]{0,6}", fullmatch=True), min_size=1, max_size=4, unique=True
        ).map(lambda values: {"type": "string", "enum": values}),
    )


def schemas() -> st.SearchStrategy[dict[str, Any]]:
    return st.recursive(
        primitive_schemas(),
        lambda children: st.one_of(
            children.map(lambda item: {"type": "array", "items": item}),
            st.dictionaries(names, children, min_size=1, max_size=4).map(
                lambda props: {"type": "object", "properties": props}
            ),
        ),
        max_leaves=8,
    )


def value_for(data: st.DataObject, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if "enum" in schema:
        return data.draw(st.sampled_from(schema["enum"]))
    if schema.get("format") == "date-time":
        moment = data.draw(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)))
        return moment.replace(microsecond=0).isoformat() + "Z"
    if kind == "string":
        return data.draw(text)
    if kind == "integer":
        return data.draw(st.integers(-(2**31), 2**31))
    if kind == "number":
        return data.draw(st.floats(allow_nan=False, allow_infinity=False, width=32))
    if kind == "boolean":
        return data.draw(st.booleans())
    if kind == "array":
        return [value_for(data, schema["items"]) for _ in range(data.draw(st.integers(0, 2)))]
    return {name: value_for(data, sub) for name, sub in schema["properties"].items() if data.draw(st.booleans())}


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(root=st.dictionaries(names, schemas(), min_size=1, max_size=5), data=st.data())
def test_random_specs_generate_and_round_trip(
    tmp_path_factory: Any, generated_packages: GeneratedPackages, root: dict[str, Any], data: st.DataObject
) -> None:
    package = f"prop_{next(_counter)}"
    body = {"type": "object", "properties": root}
    example = value_for(data, body)
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Random", "version": "1", "x-codegen": {"package": package, "client": "Random"}},
        "servers": [{"url": "https://random.example"}],
        "paths": {
            "/things/{thing-id}": {
                "post": {
                    "operationId": "putThing",
                    "parameters": [{"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"},
                                    "examples": {"one": {"value": example}},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": body}},
    }
    root_dir = tmp_path_factory.mktemp("prop")
    spec = root_dir / "random.json"  # JSON: yaml.safe_dump would emit anchors for shared dicts, which we refuse
    spec.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with generated_packages.generate(spec, root_dir / "out"):
        models = importlib.import_module(f"{package}.models")
        operations = importlib.import_module(f"{package}._operations")
        parsed = models.Thing.model_validate(example, by_alias=True, by_name=False)  # wire data: by alias only
        assert parsed.to_wire() == example
        # built by attribute names, each argument sets exactly its own property (no name is another's wire name)
        attribute_of = {info.alias or name: name for name, info in models.Thing.model_fields.items()}
        assert models.Thing(**{attribute_of[wire]: value for wire, value in example.items()}).to_wire() == example
        assert operations.put_thing_result(json.dumps(example).encode()) == parsed
