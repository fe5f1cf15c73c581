"""One version of one spec as the comparison rules read it ($refs that never loop, operations, errors,
security), and the context a rule reports a change in."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from ..build import HTTP_METHODS, JSON_MEDIA
from ..loader import LoadedSpec, join_pointer
from ..naming import snake_case

UNSTABLE = ("beta", "draft")


@dataclass(frozen=True)
class Ctx:
    where: str  # "getTask request", "service", ...
    direction: Literal["request", "response", "none"] = "none"
    unstable: str | None = None  # why nothing here can be breaking (x-stability)


class Side:
    """One version of one spec, with $ref resolution that never loops."""

    def __init__(self, spec: LoadedSpec, file: str) -> None:
        self.spec = spec
        self.file = file
        self.doc = spec.document

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                break  # remote or cyclic: compare the reference itself, not its target
            seen.add(ref)
            try:
                node, pointer = self.spec.resolve(ref), ref[1:]
            except (KeyError, IndexError, ValueError, TypeError):
                break
        return node, pointer

    @property
    def is_aws(self) -> bool:
        return isinstance(self.doc.get("x-aws"), dict)

    def package(self) -> tuple[str, str]:
        codegen = (self.doc.get("info") or {}).get("x-codegen") or {}
        stem = self.spec.path.stem
        return str(codegen.get("package") or snake_case(stem)), str(codegen.get("client") or stem)

    def operations(self) -> dict[str, tuple[dict[str, Any], str, str, str]]:
        """operationId (or `METHOD path` without one) → (operation, path, method, pointer)."""
        found: dict[str, tuple[dict[str, Any], str, str, str]] = {}
        for path, item in (self.doc.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    pointer = join_pointer(join_pointer("/paths", path), method)
                    key = operation.get("operationId")
                    found[key if isinstance(key, str) and key else f"{method.upper()} {path}"] = (
                        operation,
                        path,
                        method,
                        pointer,
                    )
        return found

    def json_media(self, content: Any, pointer: str) -> tuple[str, dict[str, Any], str] | None:
        if not isinstance(content, dict):
            return None
        for media_type, media in content.items():
            if JSON_MEDIA.match(str(media_type).split(";")[0].strip()) and isinstance(media, dict):
                return media_type, media, join_pointer(join_pointer(pointer, "content"), media_type)
        return None

    def security(self, operation: dict[str, Any]) -> set[str]:
        requirements = operation["security"] if "security" in operation else self.doc.get("security")
        return {name for requirement in requirements or [] if isinstance(requirement, dict) for name in requirement}

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
        for status, response in (operation.get("responses") or {}).items():
            status_text = str(status)
            if status_text[:1] in ("1", "2", "3"):
                continue
            response, response_pointer = self.deref(
                response, join_pointer(join_pointer(pointer, "responses"), status_text)
            )
            if not isinstance(response, dict):
                continue
            media = self.json_media(response.get("content"), response_pointer)
            schema, schema_pointer = (
                (media[1].get("schema"), join_pointer(media[2], "schema")) if media else (None, response_pointer)
            )
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
