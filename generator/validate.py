"""Validation that must pass before anything is generated: the OpenAPI schema, and the references we follow."""

from __future__ import annotations

from collections import deque
from typing import Any

from .errors import Problem, SpecError
from .loader import LoadedSpec, escape_pointer_token

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


def openapi_problems(spec: LoadedSpec) -> list[Problem]:
    """Every finding of openapi-spec-validator, errors and warnings (imported here: it is slow to import,
    and a generate that validates in a helper process never needs it in the main one)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from referencing.exceptions import Unresolvable

    version = str(spec.document.get("openapi", ""))
    if version.startswith("3.1"):
        validator: Any = OpenAPIV31SpecValidator(spec.document)
    elif version.startswith("3.0"):
        validator = OpenAPIV30SpecValidator(spec.document)
    else:
        return [
            spec.problem(
                "/openapi", f"unsupported OpenAPI version {version!r}: 3.0.x and 3.1.x are supported", rule="openapi"
            )
        ]
    problems: list[Problem] = []
    try:
        _collect(spec, validator, problems)
    except Unresolvable as exc:  # the validator follows a `$ref` even inside a default value
        problems.append(
            spec.problem(
                "",
                f"openapi-spec-validator could not resolve the $ref {getattr(exc, 'ref', '?')!r}",
                rule="openapi",
                hint="a $ref inside a `default` value is followed by the validator: show such data in `example`",
            )
        )
    return problems


def _collect(spec: LoadedSpec, validator: Any, problems: list[Problem]) -> None:
    seen: set[tuple[str, str]] = set()
    for error in validator.iter_errors():
        path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
        pointer = _pointer(path) if path and str(path[0]) in _ROOT_KEYS else ""
        message = error.message if len(error.message) < 300 else error.message[:300] + "..."
        if not pointer and path:
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
                    "",
                    f"a default value does not match its schema: {message}",
                    rule="openapi",
                    severity="warning",
                    hint="fix the default so that it matches its schema",
                )
            )
        else:
            problems.append(spec.problem(pointer, message, rule="openapi"))


def validate_spec(spec: LoadedSpec) -> list[Problem]:
    """Raise on structural problems; return the warnings."""
    return warnings_or_raise(openapi_problems(spec))


def warnings_or_raise(problems: list[Problem]) -> list[Problem]:
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SpecError(errors)
    return [p for p in problems if p.severity != "error"]
