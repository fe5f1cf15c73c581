"""Validation that must pass before anything is generated: the OpenAPI schema, and the references we follow."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from .errors import Problem, SpecError
from .loader import LoadedSpec, escape_pointer_token
from .tolerated import tolerated

#: Top-level keys of an OpenAPI document: a validator error path starting elsewhere is schema-relative.
_ROOT_KEYS = {
    "openapi",
    "info",
    "servers",
    "paths",
    "components",
    "security",
    "tags",
    "externalDocs",
    "webhooks",
    "jsonSchemaDialect",
}


def _pointer(path: deque[Any] | list[Any]) -> str:
    return "".join("/" + escape_pointer_token(str(part)) for part in path)


def openapi_problems(spec: LoadedSpec, strict: bool = False) -> list[Problem]:
    """Every finding of openapi-spec-validator, errors and warnings (imported here: it is slow to import,
    and a generate that validates in a helper process never needs it in the main one). Unless `strict`, the
    findings we generate correct code despite (generator/tolerated.py) are warnings, and the validator reads the
    document without them."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    document = spec.document
    problems: list[Problem] = []
    if not strict:
        found = tolerated(spec.document)
        document = found.document(spec.document)
        problems.extend(found.warnings(spec))
    version = str(document.get("openapi", ""))
    if version.startswith("3.1"):
        validator: Any = OpenAPIV31SpecValidator(document)
    elif version.startswith("3.0"):
        validator = OpenAPIV30SpecValidator(document)
    else:
        return [
            spec.problem(
                "/openapi", f"unsupported OpenAPI version {version!r}: 3.0.x and 3.1.x are supported", rule="openapi"
            )
        ]
    try:
        _collect(spec, document, validator, problems)
    except Unresolvable as exc:  # a `$ref` to nothing, or one inside a default value, which the validator follows
        problems.extend(_unresolved_refs(spec, str(getattr(exc, "ref", "?"))))
    except RecursionError:  # the validator follows a `$ref` cycle that has no schema in between forever
        problems.extend(_ref_cycles(spec))
    return problems


def _ref_problems(spec: LoadedSpec) -> list[tuple[str, Problem]]:
    """Every `$ref` of the document that the view's rule cannot follow, once where it is written, with its text."""
    from .view import SpecView

    view = SpecView(spec)
    written: dict[str, str] = {}
    for pointer, node in _walk(spec.document):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            written[pointer] = node["$ref"]
            view.resolve(node, pointer)
    return [(written.get(p.pointer, "?"), p) for p in view.ref_problems.values()]


def _unresolved_refs(spec: LoadedSpec, first: str) -> list[Problem]:
    """The validator stops at the first `$ref` it cannot resolve (`first`): report every one, each where it is
    written."""
    hint = "point it at an existing object (the validator also follows a $ref inside a default value)"
    found = [
        spec.problem(p.pointer, f"$ref {ref!r} cannot be resolved", rule="openapi", hint=hint)
        for ref, p in _ref_problems(spec)
        if "cycle" not in p.message
    ]
    if found:
        return found
    places = _ref_locations(spec.document, first)
    return [spec.problem(places[0] if places else "", f"$ref {first!r} cannot be resolved", rule="openapi", hint=hint)]


def _ref_cycles(spec: LoadedSpec) -> list[Problem]:
    """The `$ref` cycles of a document, each where it is written, found with the view's `$ref` rule."""
    found = [
        spec.problem(p.pointer, p.message, rule="openapi", hint="make the chain of $refs end at a schema")
        for _, p in _ref_problems(spec)
        if "cycle" in p.message
    ]
    return found or [spec.problem("", "the validator could not finish (nested too deeply)", rule="openapi")]


def readable(error: BaseException) -> str:
    """An exception as one short line: a `$ref` that cannot be resolved by its reference (referencing's message
    embeds the whole document or schema it searched), anything else cut at 300 characters."""
    ref = getattr(error, "ref", None)
    if isinstance(ref, str):
        return f"$ref {ref!r} cannot be resolved"
    message = f"{type(error).__name__}: {error}"
    return message if len(message) <= 300 else message[:300] + "..."


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{pointer}/{index}")


def _ref_locations(document: Any, ref: str) -> list[str]:
    """Where a `$ref` the validator could not resolve is written (it reports the reference, not the place)."""
    forms = {ref, "#" + ref, ref.lstrip("#")}
    return [
        pointer
        for pointer, node in _walk(document)
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] in forms
    ]


def _locate(document: Any, instance: Any, path: list[Any]) -> str | None:
    """The pointer of what a schema-relative error is about. The validator reports errors inside a schema
    relative to that schema only; the schema is found by identity (the node that `path` leads from to the
    very object in error). None unless exactly one node qualifies (a shared `True` could be anywhere)."""
    found: list[str] = []
    for pointer, node in _walk(document):
        target = node
        try:
            for part in path:
                target = target[part]
        except (KeyError, IndexError, TypeError):
            continue
        if target is instance:
            found.append(pointer + _pointer(path))
            if len(found) > 1:
                return None
    return found[0] if found else None


def _collect(spec: LoadedSpec, document: Any, validator: Any, problems: list[Problem]) -> None:
    seen: set[tuple[str, str]] = set()
    for error in validator.iter_errors():
        path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
        pointer = _pointer(path) if path and str(path[0]) in _ROOT_KEYS else ""
        message = error.message if len(error.message) < 300 else error.message[:300] + "..."
        located = None if pointer else _locate(document, getattr(error, "instance", None), path)
        if located is not None:
            pointer = located
        elif not pointer and path:
            message += f" (in a schema, at {_pointer(path)})"
        key = (pointer, message)
        if key in seen:
            continue
        seen.add(key)
        if not path:
            # The validator checks `default` values against their schemas and reports them without a location.
            # A wrong default is a documentation defect, not a structural one: generation goes on.
            problems.append(
                spec.problem(
                    pointer,
                    f"a default value does not match its schema: {message}",
                    rule="openapi",
                    severity="warning",
                    hint="fix the default so that it matches its schema",
                )
            )
        else:
            problems.append(spec.problem(pointer, message, rule="openapi"))


def validate_spec(spec: LoadedSpec, strict: bool = False) -> list[Problem]:
    """Raise on structural problems; return the warnings."""
    return warnings_or_raise(openapi_problems(spec, strict))


def warnings_or_raise(problems: list[Problem]) -> list[Problem]:
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SpecError(errors)
    return [p for p in problems if p.severity != "error"]
