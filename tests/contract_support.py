"""Contract cases derived from the specs: every example of every operation, with what it should do.

Nothing here lists examples by hand: adding an example to a spec adds test cases.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from generator import ir
from generator.build import build_service
from generator.discovery import find_specs
from generator.loader import LoadedSpec, load_spec
from generator.pipeline import build_ir, display_path, load_bundled

SPECS = Path(__file__).resolve().parent.parent / "specs"


@dataclass(frozen=True)
class Case:
    spec: LoadedSpec
    service: ir.Service
    operation: ir.Operation
    kind: str  # "request", "response" or "error"
    example: ir.Example
    status: int
    schema_pointer: str  # where the example's schema is

    @property
    def id(self) -> str:
        return f"{self.service.package}.{self.operation.method_name}.{self.kind}.{self.example.name}"

    def module(self, name: str = "") -> Any:
        return importlib.import_module(self.service.package + (f".{name}" if name else ""))


def _specs() -> list[tuple[LoadedSpec, ir.Service]]:
    loaded = []
    for path in find_specs(SPECS):
        spec = load_spec(path, display_path(path))
        loaded.append((spec, build_ir(spec)))
    return loaded


def _media_schema(spec: LoadedSpec, pointer: str) -> str:
    return pointer + "/schema"


def cases() -> list[Case]:
    found: list[Case] = []
    for spec, service in _specs():
        for operation in service.operations:
            for example in operation.request_examples:
                found.append(Case(spec, service, operation, "request", example, 0, ""))
            for example in operation.response_examples:
                found.append(Case(spec, service, operation, "response", example, operation.response_status, ""))
            for error_example in operation.error_examples:
                found.append(Case(spec, service, operation, "error", error_example.example, error_example.status, ""))
    return found


def schema_of(case: Case) -> Any:
    """The JSON schema of the example's media type, from the spec document."""
    doc = case.spec.document
    path_item = next(
        item
        for path, item in doc["paths"].items()
        if path.split("#", 1)[0] == case.operation.path
        and case.operation.http_method.lower() in item
        and item[case.operation.http_method.lower()].get("operationId") == case.operation.operation_id
    )
    operation = path_item[case.operation.http_method.lower()]
    if case.kind == "request":
        body = operation["requestBody"]
        return next(iter(body["content"].values()))["schema"]
    response = operation["responses"][str(case.status)]
    return next(iter(response["content"].values()))["schema"]


def _deref(spec: LoadedSpec, schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec.resolve(schema["$ref"])
    return schema


def _instant(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=UTC)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return value


def normalize(spec: LoadedSpec, schema: Any, value: Any) -> Any:
    """The value with every timestamp (per its schema) as an aware instant, so wire and page forms compare."""
    schema = _deref(spec, schema)
    if not isinstance(schema, dict):
        return value
    if "x-timestamp-format" in schema or schema.get("format") == "date-time":
        return _instant(value)
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in schema:
            return value  # error bodies only: no timestamps inside
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        return {
            key: normalize(spec, properties.get(key, extra if isinstance(extra, dict) else {}), item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [normalize(spec, schema.get("items", {}), item) for item in value]
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def call_arguments(case: Case, request_body: Any | None) -> dict[str, Any]:
    """Keyword arguments for the client method: path/query examples, and the request example's fields."""
    arguments: dict[str, Any] = {}
    for param in case.operation.params:
        if param.location == "body":
            if request_body is not None and param.wire_name in request_body:
                arguments[param.python_name] = request_body[param.wire_name]
        elif param.example is not None:
            arguments[param.python_name] = param.example
        elif param.required:
            raise AssertionError(f"{case.id}: parameter {param.wire_name} has no example in the spec")
    return arguments


def default_request(case: Case) -> Any:
    return case.operation.request_examples[0].value if case.operation.request_examples else None


def client_for(case: Case, url: str) -> Any:
    package = case.module()
    if case.service.aws is not None:
        return getattr(package, case.service.sync_client)(
            endpoint_url=url,
            region="us-east-1",
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="wJalrXUtnFEMI/K7MDENG",
        )
    credentials = {c.argument: f"test-{c.argument}" for c in case.service.credentials}
    return getattr(package, case.service.sync_client)(base_url=url, **credentials)


def fake_server(case: Case) -> Any:
    testing = case.module("testing")
    return getattr(testing, f"Fake{case.service.client_stem}Server")()


def documented_arguments(spec_file: str, operation_id: str) -> dict[str, Any]:
    """The keyword arguments of an operation's documented call, from the spec's examples (what the package
    README shows): tests that need valid arguments take them from here instead of typing ids again."""
    service = build_service(load_bundled(SPECS / spec_file))
    operation = next(op for op in service.operations if op.operation_id == operation_id)
    return dict(operation.example_arguments)


def spec_paths() -> list[Path]:
    return find_specs(SPECS)
