"""One version of one spec as the comparison rules read it ($refs that never loop, operations, errors,
security), and the context a rule reports a change in."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from ..build.service import package_names
from ..loader import LoadedSpec, join_pointer
from ..view import Operation, SpecView

UNSTABLE = ("beta", "draft")


@dataclass(frozen=True)
class Ctx:
    where: str  # "getTask request", "service", ...
    direction: Literal["request", "response", "none"] = "none"
    unstable: str | None = None  # why nothing here can be breaking (x-stability)


class Side:
    """One version of one spec, read through its `SpecView` (the builder's and the linter's reading too)."""

    def __init__(self, spec: LoadedSpec, file: str) -> None:
        self.spec = spec
        self.file = file
        self.doc = spec.document
        self.view = SpecView(spec)
        self._by_node = {id(op.node): op for op in self.view.operations}

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """The view's `$ref` rule; where it cannot follow (a cycle, nothing there) the reference itself is
        compared, not a target."""
        resolved = self.view.resolve(node, pointer)
        return resolved.node, resolved.pointer

    def operation(self, operation: dict[str, Any]) -> Operation | None:
        """The view's reading of an operation object of this side."""
        return self._by_node.get(id(operation))

    @property
    def is_aws(self) -> bool:
        return isinstance(self.doc.get("x-aws"), dict)

    def package(self) -> tuple[str, str]:
        """The package and client stem the generator gives this spec (the builder's own rule)."""
        return package_names(self.view)

    def operations(self) -> dict[str, tuple[dict[str, Any], str, str, str]]:
        """operationId (or `METHOD path` without one) → (operation, path, method, pointer)."""
        return {op.key: (op.node, op.path, op.method, op.pointer) for op in self.view.operations}

    def security(self, operation: dict[str, Any]) -> set[str]:
        """Names of the security schemes in force for an operation (the root's for anything else)."""
        op = self.operation(operation)
        requirements = op.security if op is not None else self.view.root_security
        return {name for requirement in requirements or () for name in requirement}

    def used_schemes(self) -> set[str]:
        used = self.security({})
        for operation, _, _, _ in self.operations().values():
            used |= self.security(operation)
        return used

    def error_keys(self) -> set[str]:
        """Every error class key of the service: AWS error codes, or documented HTTP error statuses."""
        keys: set[str] = set()
        for operation, _, _, pointer in self.operations().values():
            keys |= set(self.errors(operation, pointer))
        return keys

    def errors(self, operation: dict[str, Any], pointer: str) -> dict[str, tuple[str, Any, str, dict[str, Any], bool]]:
        """error key → (status, schema, schema pointer, x-aws-error trait, deprecated)."""
        found: dict[str, tuple[str, Any, str, dict[str, Any], bool]] = {}
        op = self.operation(operation)
        for view_response in op.responses if op is not None else ():
            status_text, response, response_pointer = view_response.status, view_response.node, view_response.pointer
            if status_text[:1] in ("1", "2", "3"):
                continue
            media = view_response.content.json
            schema, schema_pointer = (media.schema, media.schema_pointer) if media else (None, response_pointer)
            if self.is_aws:
                body: dict[str, Any] = schema if isinstance(schema, dict) else {}
                variants_key = next((k for k in ("anyOf", "oneOf") if isinstance(body.get(k), list)), None)
                variants = (
                    [
                        (v, join_pointer(join_pointer(schema_pointer, variants_key), i))
                        for i, v in enumerate(body[variants_key])
                    ]
                    if variants_key
                    else [(schema, schema_pointer)]
                )
                for variant, variant_pointer in variants:
                    target, target_pointer = self.deref(variant, variant_pointer)
                    trait = target.get("x-aws-error") if isinstance(target, dict) else None
                    if isinstance(trait, dict) and isinstance(trait.get("code"), str):
                        found[trait["code"]] = (
                            status_text,
                            variant,
                            variant_pointer,
                            trait,
                            bool(target.get("deprecated")),
                        )
            elif status_text.isdigit() and int(status_text) >= 400 or status_text in ("4XX", "5XX", "default"):
                found[status_text] = (status_text, schema, schema_pointer, {}, bool(response.get("deprecated")))
        return found


def wire_path(path: str) -> str:
    """The path as sent, with parameter names erased (renaming `{id}` alone changes nothing on the wire)."""
    return re.sub(r"\{[^}]*\}", "{}", path.split("#", 1)[0] or "/")


def unstable_reason(node: Any, what: str) -> str | None:
    stability = node.get("x-stability") if isinstance(node, dict) else None
    return f"{what} is x-stability: {stability}" if stability in UNSTABLE else None


def json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)
