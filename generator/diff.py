"""Spec review: what a change to the specs (or to the generator) does to callers of the generated clients.

`python -m generator diff BASE HEAD` compares two versions of the specs, operation by operation and schema by
schema (following `$ref`s, through arrays, `allOf`, `oneOf`/`anyOf`, maps), and classifies every change by
what it does to code that calls the generated client, in the manner of oasdiff:

- ERR (breaking): code that works against BASE's client or service stops working. Something callers use
  disappears (operation, parameter, request or response field, enum value, `oneOf` variant, error class,
  waiter, server variable value, constructor keyword), changes type or wire identity (path, method,
  X-Amz-Target, target prefix, signing name, protocol), or becomes mandatory (a new required parameter or
  request field, an optional one made required).
- WARN (risky): nothing disappears, but some callers may break. Request constraints narrowed (pattern changed,
  minimum raised, maximum/maxLength/maxItems lowered); a response field made optional or nullable (typed code
  that relied on it now sees None); response constraints *widened* or a response `oneOf` variant added (the
  generated models validate responses, so an older client rejects values the service may now send); error
  status or retryability changed; an error dropped from one operation while its class still exists.
- INFO (compatible): additions callers can ignore: new operations, optional parameters and request fields,
  response fields, error codes, enum values. An enum value added to a *response* is INFO too, although older
  clients do not know it: our enums are open (`OpenEnum` turns an unknown value into a pseudo-member), so
  parsing never fails because a service added a value. A response field that becomes required is not
  breaking either: callers already handle it being present.

Two spec annotations lower the level. Removing something that was `deprecated: true` is WARN, not ERR:
callers were told. Changes under an operation or schema marked `x-stability: draft|beta` are reported at INFO:
those parts make no compatibility promise (moving a part *to* beta is itself reported as WARN).

The generated-code half (`api_surface`) compares the public Python names of the two generated trees. Its levels
are full strength when the package's spec did not change (a template or generator change: nothing in the spec
review explains it) and at most WARN when the spec did change (the spec rules above, which know about
deprecation and stability, are then the authority).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from . import api_surface
from .build import HTTP_METHODS, JSON_MEDIA, STATUS_ERROR_NAMES
from .errors import Problem, SpecError
from .loader import MAX_SPEC_BYTES, LoadedSpec, join_pointer, load_spec
from .naming import snake_case

Level = Literal["ERR", "WARN", "INFO"]
RANK: dict[str, int] = {"INFO": 0, "WARN": 1, "ERR": 2}
UNSTABLE = ("beta", "draft")
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
PACKAGE_MODULES = ("__init__.py", "client.py", "models.py", "errors.py", "testing.py")


@dataclass(frozen=True)
class Change:
    level: Level
    rule: str
    file: str
    pointer: str  # JSON pointer in the spec, or the dotted Python name for generated-code changes
    line: int | None
    message: str
    section: Literal["spec", "generated"] = "spec"

    def as_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "rule": self.rule,
            "file": self.file,
            "pointer": self.pointer,
            "line": self.line,
            "message": self.message,
        }


def _max_level(level: Level, cap: Level) -> Level:
    return cap if RANK[level] > RANK[cap] else level


# -- the spec rules --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    where: str  # "getTask request", "service", ...
    direction: Literal["request", "response", "none"] = "none"
    unstable: str | None = None  # why nothing here can be breaking (x-stability)


class _Side:
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


def _wire_path(path: str) -> str:
    """The path as sent, with parameter names erased (renaming `{id}` alone changes nothing on the wire)."""
    return re.sub(r"\{[^}]*\}", "{}", path.split("#", 1)[0] or "/")


def _unstable(node: Any, what: str) -> str | None:
    stability = node.get("x-stability") if isinstance(node, dict) else None
    return f"{what} is x-stability: {stability}" if stability in UNSTABLE else None


def _types(schema: dict[str, Any], side: _Side) -> frozenset[str] | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        found = {kind}
    elif isinstance(kind, list):
        found = {str(k) for k in kind}
    elif "properties" in schema or isinstance(schema.get("additionalProperties"), dict):
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    elif isinstance(schema.get("allOf"), list):
        for index, member in enumerate(schema["allOf"]):
            target, _ = side.deref(member, f"/allOf/{index}")
            if isinstance(target, dict) and "type" in target and isinstance(target["type"], str):
                return frozenset({target["type"]})
        return None
    else:
        return None
    if schema.get("nullable") is True:
        found.add("null")
    return frozenset(found)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _python_format(schema: dict[str, Any]) -> str | None:
    """The formats that change the generated Python type."""
    if "x-timestamp-format" in schema or schema.get("format") == "date-time":
        return "datetime"
    if schema.get("format") == "binary":
        return "bytes"
    return None


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


_BOUNDS = (
    # keyword, family, is a lower bound
    ("minimum", "range", True),
    ("exclusiveMinimum", "range", True),
    ("maximum", "range", False),
    ("exclusiveMaximum", "range", False),
    ("minLength", "length", True),
    ("maxLength", "length", False),
    ("minItems", "items", True),
    ("maxItems", "items", False),
    ("minProperties", "size", True),
    ("maxProperties", "size", False),
)


class SpecDiff:
    """Compare two versions of one spec; `changes()` lists every classified change."""

    def __init__(
        self, base: LoadedSpec, head: LoadedSpec, base_file: str | None = None, head_file: str | None = None
    ) -> None:
        self.b = _Side(base, base_file or base.display_path)
        self.h = _Side(head, head_file or head.display_path)
        self._found: dict[tuple[str, str | None, str | None, str], Change] = {}
        self._visited: set[tuple[str, str, str, bool]] = set()

    # -- reporting -------------------------------------------------------------------------------------
    def add(
        self,
        level: Level,
        rule: str,
        message: str,
        ctx: _Ctx,
        base: str | None,
        head: str | None,
        *,
        deprecated: bool = False,
    ) -> None:
        """Record a change at `head` (a pointer in HEAD, when the change is visible there) or else at `base`."""
        if deprecated and level == "ERR":
            level, message = "WARN", message + " (it was deprecated)"
        if ctx.unstable and level != "INFO":
            level, message = "INFO", message + f" (not breaking: {ctx.unstable})"
        if head is not None:
            file, pointer, line = self.h.file, head, self.h.spec.line_of(head)
        else:
            file, pointer, line = self.b.file, base or "", self.b.spec.line_of(base or "")
        text = f"{ctx.where}: {message}" if ctx.where else message
        key = (rule, base, head, ctx.direction)
        known = self._found.get(key)
        if known is None or RANK[level] > RANK[known.level]:
            self._found[key] = Change(level, rule, file, pointer, line, text)

    def changes(self) -> list[Change]:
        if not self._found:
            self._service()
            self._operations()
            self._components()
        return sorted(self._found.values(), key=lambda c: (-RANK[c.level], c.file, c.line or 0, c.pointer, c.rule))

    # -- service -----------------------------------------------------------------------------------------
    def _service(self) -> None:
        ctx = _Ctx("service")
        (bpkg, bclient), (hpkg, hclient) = self.b.package(), self.h.package()
        if bpkg != hpkg:
            self.add(
                "ERR",
                "package-renamed",
                f"package {bpkg!r} is now {hpkg!r}: every import changes",
                ctx,
                "/info/x-codegen/package",
                "/info/x-codegen/package",
            )
        if bclient != hclient:
            self.add(
                "ERR",
                "client-renamed",
                f"client classes {bclient}Client/Async{bclient}Client are now {hclient}Client/Async{hclient}Client",
                ctx,
                "/info/x-codegen/client",
                "/info/x-codegen/client",
            )
        bversion, hversion = (
            (self.b.doc.get("info") or {}).get("version"),
            (self.h.doc.get("info") or {}).get("version"),
        )
        if bversion != hversion:
            self.add(
                "INFO",
                "version-changed",
                f"info.version {bversion!r} → {hversion!r}",
                ctx,
                "/info/version",
                "/info/version",
            )
        self._aws(ctx)
        self._servers(ctx)
        self._security_schemes(ctx)

    def _aws(self, ctx: _Ctx) -> None:
        base, head = self.b.doc.get("x-aws"), self.h.doc.get("x-aws")
        if isinstance(base, dict) != isinstance(head, dict):
            what = "added" if isinstance(head, dict) else "removed"
            self.add(
                "ERR",
                "aws-traits-changed",
                f"x-aws {what}: how the client signs, addresses and encodes calls changes",
                ctx,
                "/x-aws",
                "/x-aws" if isinstance(head, dict) else None,
            )
            return
        if not isinstance(base, dict) or not isinstance(head, dict):
            return
        traits: tuple[tuple[str, str, Level, str], ...] = (
            ("protocol", "aws-protocol-changed", "ERR", "requests and errors are encoded differently"),
            ("signingName", "aws-signing-name-changed", "ERR", "SigV4 signatures of older clients are refused"),
            ("targetPrefix", "aws-target-prefix-changed", "ERR", "every X-Amz-Target header changes"),
            ("endpointPrefix", "aws-endpoint-prefix-changed", "ERR", "the regional host name changes"),
            (
                "serviceId",
                "aws-service-id-changed",
                "WARN",
                "the AWS_ENDPOINT_URL_<SERVICE> variable and config section change",
            ),
            ("apiVersion", "aws-api-version-changed", "INFO", "documentation only"),
        )
        for key, rule, level, why in traits:
            if base.get(key) != head.get(key):
                self.add(
                    level,
                    rule,
                    f"x-aws.{key} {base.get(key)!r} → {head.get(key)!r}: {why}",
                    ctx,
                    f"/x-aws/{key}",
                    f"/x-aws/{key}" if key in head else "/x-aws",
                )

    def _servers(self, ctx: _Ctx) -> None:
        base_servers = [s for s in self.b.doc.get("servers") or [{"url": "/"}] if isinstance(s, dict)] or [{"url": "/"}]
        head_servers = [s for s in self.h.doc.get("servers") or [{"url": "/"}] if isinstance(s, dict)] or [{"url": "/"}]
        first_b, first_h = base_servers[0], head_servers[0]
        if _wire_path(str(first_b.get("url"))) != _wire_path(str(first_h.get("url"))):
            if self.h.is_aws:
                self.add(
                    "INFO",
                    "server-url-changed",
                    "the server URL changed; AWS clients build the endpoint from x-aws.endpointPrefix instead",
                    ctx,
                    "/servers/0/url",
                    "/servers/0/url",
                )
            else:
                self.add(
                    "ERR",
                    "server-url-changed",
                    f"the server URL {first_b.get('url')!r} is now {first_h.get('url')!r}: calls go elsewhere",
                    ctx,
                    "/servers/0/url",
                    "/servers/0/url",
                )
        head_urls = {_wire_path(str(s.get("url"))) for s in head_servers}
        for index, server in enumerate(base_servers[1:], start=1):
            if _wire_path(str(server.get("url"))) not in head_urls:
                self.add(
                    "WARN",
                    "server-removed",
                    f"server {server.get('url')!r} removed (the generated client uses only the first server)",
                    ctx,
                    f"/servers/{index}",
                    "/servers",
                )
        bvars, hvars = first_b.get("variables") or {}, first_h.get("variables") or {}
        for name, bvar in bvars.items():
            bptr = f"/servers/0/variables/{name}"
            if name not in hvars:
                self.add(
                    "ERR",
                    "server-variable-removed",
                    f"server variable {name!r} removed: its constructor keyword and values go away",
                    ctx,
                    bptr,
                    "/servers/0/variables" if hvars else "/servers/0",
                )
                continue
            hvar = hvars[name]
            if not isinstance(bvar, dict) or not isinstance(hvar, dict):
                continue
            benum, henum = [str(v) for v in bvar.get("enum") or []], [str(v) for v in hvar.get("enum") or []]
            if benum and henum:
                for value in benum:
                    if value not in henum:
                        self.add(
                            "ERR",
                            "server-variable-value-removed",
                            f"server variable {name!r}: value {value!r} removed; callers who chose it are refused",
                            ctx,
                            f"{bptr}/enum/{benum.index(value)}",
                            f"{bptr}/enum",
                        )
                for value in henum:
                    if value not in benum:
                        self.add(
                            "INFO",
                            "server-variable-value-added",
                            f"server variable {name!r}: value {value!r} added",
                            ctx,
                            None,
                            f"{bptr}/enum/{henum.index(value)}",
                        )
            elif henum and not benum:
                self.add(
                    "ERR",
                    "server-variable-value-removed",
                    f"server variable {name!r} now only accepts {henum}",
                    ctx,
                    bptr,
                    f"{bptr}/enum",
                )
            if str(bvar.get("default")) != str(hvar.get("default")):
                self.add(
                    "WARN",
                    "server-variable-default-changed",
                    f"server variable {name!r}: default {bvar.get('default')!r} → {hvar.get('default')!r}; callers relying on the default now reach another server",
                    ctx,
                    f"{bptr}/default",
                    f"{bptr}/default",
                )
            bargument = bvar.get("x-codegen-argument") or (snake_case(name) if len(benum) > 1 else None)
            hargument = hvar.get("x-codegen-argument") or (snake_case(name) if len(henum) > 1 else None)
            if bargument != hargument:
                level: Level = "ERR" if bargument else "INFO"
                what = (
                    f"constructor keyword {bargument!r} → {hargument!r}"
                    if bargument and hargument
                    else f"constructor keyword {bargument!r} goes away (one value is left)"
                    if bargument
                    else f"new constructor keyword {hargument!r}"
                )
                self.add(
                    level,
                    "constructor-argument-renamed",
                    f"server variable {name!r}: {what}",
                    ctx,
                    bptr,
                    f"{bptr}/x-codegen-argument" if "x-codegen-argument" in hvar else bptr,
                )
            if bvar.get("x-codegen-env") != hvar.get("x-codegen-env"):
                self.add(
                    "WARN",
                    "env-variable-changed",
                    f"server variable {name!r}: environment variable {bvar.get('x-codegen-env')!r} → {hvar.get('x-codegen-env')!r}",
                    ctx,
                    bptr,
                    bptr,
                )
            baliases, haliases = bvar.get("x-codegen-aliases") or {}, hvar.get("x-codegen-aliases") or {}
            for alias, target in baliases.items():
                if alias not in haliases:
                    self.add(
                        "ERR",
                        "server-variable-alias-removed",
                        f"server variable {name!r}: alias {alias!r} (for {target!r}) removed",
                        ctx,
                        f"{bptr}/x-codegen-aliases",
                        bptr,
                    )
            bunsupported, hunsupported = bvar.get("x-unsupported-values") or {}, hvar.get("x-unsupported-values") or {}
            for value in hunsupported:
                if value not in bunsupported:
                    self.add(
                        "ERR",
                        "server-variable-value-unsupported",
                        f"server variable {name!r}: value {value!r} is now refused by the client",
                        ctx,
                        bptr,
                        join_pointer(f"{bptr}/x-unsupported-values", value),
                    )
            for value in bunsupported:
                if value not in hunsupported:
                    self.add(
                        "INFO",
                        "server-variable-value-supported",
                        f"server variable {name!r}: value {value!r} is now supported",
                        ctx,
                        join_pointer(f"{bptr}/x-unsupported-values", value),
                        bptr,
                    )
        for name in hvars:
            if name not in bvars:
                self.add(
                    "INFO",
                    "server-variable-added",
                    f"server variable {name!r} added (default {hvars[name].get('default')!r})",
                    ctx,
                    None,
                    f"/servers/0/variables/{name}",
                )

    def _security_schemes(self, ctx: _Ctx) -> None:
        bschemes = (self.b.doc.get("components") or {}).get("securitySchemes") or {}
        hschemes = (self.h.doc.get("components") or {}).get("securitySchemes") or {}
        bused, hused = self.b.used_schemes(), self.h.used_schemes()
        for name in sorted(bused - hused):
            scheme = bschemes.get(name) or {}
            keyword = None if scheme.get("x-aws-auth") else scheme.get("x-codegen-argument") or snake_case(name)
            level: Level = "ERR" if keyword else "INFO"
            self.add(
                level,
                "credential-removed",
                f"security scheme {name!r} no longer used"
                + (f": the constructor keyword {keyword!r} goes away" if keyword else ""),
                ctx,
                f"/components/securitySchemes/{name}",
                "/components/securitySchemes" if hschemes else None,
            )
        for name in sorted(bused & hused):
            bscheme, hscheme = bschemes.get(name), hschemes.get(name)
            if not isinstance(bscheme, dict) or not isinstance(hscheme, dict):
                continue
            pointer = f"/components/securitySchemes/{name}"
            for key in ("type", "in", "name", "scheme", "x-aws-auth"):
                if bscheme.get(key) != hscheme.get(key):
                    self.add(
                        "ERR",
                        "security-scheme-changed",
                        f"security scheme {name!r}: {key} {bscheme.get(key)!r} → {hscheme.get(key)!r}; older clients send the credential the old way",
                        ctx,
                        f"{pointer}/{key}",
                        f"{pointer}/{key}" if key in hscheme else pointer,
                    )
            bkeyword = bscheme.get("x-codegen-argument") or snake_case(name)
            hkeyword = hscheme.get("x-codegen-argument") or snake_case(name)
            if bkeyword != hkeyword and not hscheme.get("x-aws-auth"):
                self.add(
                    "ERR",
                    "constructor-argument-renamed",
                    f"security scheme {name!r}: constructor keyword {bkeyword!r} → {hkeyword!r}",
                    ctx,
                    pointer,
                    pointer,
                )
            if bscheme.get("x-codegen-env") != hscheme.get("x-codegen-env"):
                self.add(
                    "WARN",
                    "env-variable-changed",
                    f"security scheme {name!r}: environment variable {bscheme.get('x-codegen-env')!r} → {hscheme.get('x-codegen-env')!r}",
                    ctx,
                    pointer,
                    pointer,
                )

    # -- operations ---------------------------------------------------------------------------------------
    def _operations(self) -> None:
        base_ops, head_ops = self.b.operations(), self.h.operations()
        unmatched_head = {key: value for key, value in head_ops.items() if key not in base_ops}
        by_route = {(value[2], _wire_path(value[1])): key for key, value in unmatched_head.items()}
        for key, (operation, path, method, pointer) in base_ops.items():
            unstable = _unstable(operation, f"operation {key}")
            if key in head_ops:
                self._operation(key, base_ops[key], head_ops[key])
                continue
            renamed = by_route.pop((method, _wire_path(path)), None)
            if renamed is not None and operation.get("operationId") and head_ops[renamed][0].get("operationId"):
                unmatched_head.pop(renamed)
                hop = head_ops[renamed]
                ctx = _Ctx(f"operation {key}", unstable=unstable or _unstable(hop[0], f"operation {renamed}"))
                if snake_case(key) != snake_case(renamed):
                    self.add(
                        "ERR",
                        "operation-id-changed",
                        f"operationId {key!r} → {renamed!r}: the method {snake_case(key)}() is now {snake_case(renamed)}()",
                        ctx,
                        f"{pointer}/operationId",
                        f"{hop[3]}/operationId",
                        deprecated=bool(operation.get("deprecated")),
                    )
                self._operation(key, base_ops[key], hop)
                continue
            path_item_in_head = join_pointer("/paths", path) if path in (self.h.doc.get("paths") or {}) else None
            self.add(
                "ERR",
                "operation-removed",
                f"{method.upper()} {path.split('#', 1)[0]} removed: the method {snake_case(key)}() goes away",
                _Ctx(f"operation {key}", unstable=unstable),
                pointer,
                path_item_in_head,
                deprecated=bool(operation.get("deprecated")),
            )
        for key, (_, path, method, pointer) in unmatched_head.items():
            self.add(
                "INFO",
                "operation-added",
                f"{method.upper()} {path.split('#', 1)[0]} added: new method {snake_case(key)}()",
                _Ctx(f"operation {key}"),
                None,
                pointer,
            )

    def _operation(
        self, key: str, base: tuple[dict[str, Any], str, str, str], head: tuple[dict[str, Any], str, str, str]
    ) -> None:
        bop, bpath, bmethod, bptr = base
        hop, hpath, hmethod, hptr = head
        unstable = _unstable(bop, f"operation {key}") or _unstable(hop, f"operation {key}")
        ctx = _Ctx(key, unstable=unstable)
        bstability, hstability = bop.get("x-stability", "stable"), hop.get("x-stability", "stable")
        if bstability != hstability:
            downgraded = hstability in UNSTABLE and bstability not in UNSTABLE
            self.add(
                "WARN" if downgraded else "INFO",
                "stability-changed",
                f"x-stability {bstability} → {hstability}"
                + ("; later changes here will not be checked as breaking" if downgraded else ""),
                _Ctx(key),
                f"{bptr}/x-stability",
                f"{hptr}/x-stability" if "x-stability" in hop else hptr,
            )
        if bmethod != hmethod:
            self.add(
                "ERR", "operation-method-changed", f"HTTP method {bmethod.upper()} → {hmethod.upper()}", ctx, bptr, hptr
            )
        if _wire_path(bpath) != _wire_path(hpath):
            self.add("ERR", "operation-path-changed", f"path {bpath!r} → {hpath!r}", ctx, bptr, hptr)
        for ext, rule, why in (
            ("x-aws-operation", "aws-operation-changed", "the X-Amz-Target operation name changes"),
            ("x-aws-host-prefix", "host-prefix-changed", "requests go to another host"),
        ):
            if bop.get(ext) != hop.get(ext):
                self.add(
                    "ERR",
                    rule,
                    f"{ext} {bop.get(ext)!r} → {hop.get(ext)!r}: {why}",
                    ctx,
                    f"{bptr}/{ext}",
                    f"{hptr}/{ext}" if ext in hop else hptr,
                )
        if bool(bop.get("deprecated")) != bool(hop.get("deprecated")):
            state = "deprecated" if hop.get("deprecated") else "no longer deprecated"
            self.add(
                "INFO",
                "operation-deprecated",
                f"operation is now {state}",
                ctx,
                f"{bptr}/deprecated",
                f"{hptr}/deprecated" if "deprecated" in hop else hptr,
            )
        bsec, hsec = self.b.security(bop), self.h.security(hop)
        for name in sorted(hsec - bsec):
            self.add(
                "ERR",
                "security-requirement-added",
                f"calls now need the {name!r} credential",
                ctx,
                bptr,
                f"{hptr}/security" if "security" in hop else "/security",
            )
        for name in sorted(bsec - hsec):
            self.add(
                "INFO", "security-requirement-removed", f"calls no longer need the {name!r} credential", ctx, bptr, hptr
            )
        request = replace(ctx, where=f"{key} request", direction="request")
        self._parameters(request, bop, bpath, bptr, hop, hpath, hptr)
        self._request_body(request, bop, bptr, hop, hptr)
        self._success_response(replace(ctx, where=f"{key} response", direction="response"), bop, bptr, hop, hptr)
        self._errors(ctx, bop, bptr, hop, hptr)
        self._waiters(ctx, bop, bptr, hop, hptr)

    def _params_of(
        self, side: _Side, operation: dict[str, Any], path: str, pointer: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str, Any]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str, Any]] = {}
        path_item = (side.doc.get("paths") or {}).get(path) or {}
        for source, base in ((path_item, pointer.rsplit("/", 1)[0]), (operation, pointer)):
            for index, raw in enumerate(source.get("parameters") or []):
                param, param_pointer = side.deref(raw, join_pointer(join_pointer(base, "parameters"), index))
                if isinstance(param, dict) and "name" in param and "in" in param:
                    merged[(str(param["in"]), str(param["name"]))] = (param, param_pointer, raw)
        return merged

    def _parameters(
        self, ctx: _Ctx, bop: dict[str, Any], bpath: str, bptr: str, hop: dict[str, Any], hpath: str, hptr: str
    ) -> None:
        bparams, hparams = self._params_of(self.b, bop, bpath, bptr), self._params_of(self.h, hop, hpath, hptr)
        for (location, name), (param, pointer, _) in bparams.items():
            what = f"{location} parameter {name!r}"
            if (location, name) not in hparams:
                self.add(
                    "ERR",
                    "request-parameter-removed",
                    f"{what} removed: its keyword argument goes away",
                    ctx,
                    pointer,
                    f"{hptr}/parameters" if "parameters" in hop else hptr,
                    deprecated=bool(param.get("deprecated")),
                )
                continue
            hparam, hpointer, _ = hparams[(location, name)]
            brequired, hrequired = (
                bool(param.get("required", location == "path")),
                bool(hparam.get("required", location == "path")),
            )
            if hrequired and not brequired:
                self.add(
                    "ERR",
                    "request-parameter-became-required",
                    f"{what} is now required",
                    ctx,
                    pointer,
                    f"{hpointer}/required",
                )
            elif brequired and not hrequired:
                self.add("INFO", "request-parameter-became-optional", f"{what} is now optional", ctx, pointer, hpointer)
            if not param.get("deprecated") and hparam.get("deprecated"):
                self.add(
                    "INFO", "parameter-deprecated", f"{what} is now deprecated", ctx, pointer, f"{hpointer}/deprecated"
                )
            for key in ("style", "explode", "allowReserved"):
                if param.get(key) != hparam.get(key):
                    self.add(
                        "WARN",
                        "parameter-serialization-changed",
                        f"{what}: {key} {param.get(key)!r} → {hparam.get(key)!r}",
                        ctx,
                        pointer,
                        hpointer,
                    )
            self._schema(
                ctx,
                f"parameter {name}",
                param.get("schema"),
                f"{pointer}/schema",
                hparam.get("schema"),
                f"{hpointer}/schema",
            )
        for (location, name), (hparam, hpointer, _) in hparams.items():
            if (location, name) in bparams:
                continue
            if hparam.get("required", location == "path"):
                self.add(
                    "ERR",
                    "request-parameter-added-required",
                    f"new required {location} parameter {name!r}: every existing call lacks it",
                    ctx,
                    None,
                    hpointer,
                )
            else:
                self.add(
                    "INFO",
                    "request-parameter-added",
                    f"new optional {location} parameter {name!r}",
                    ctx,
                    None,
                    hpointer,
                )

    def _request_body(self, ctx: _Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        bbody, bbody_ptr = self.b.deref(bop.get("requestBody"), f"{bptr}/requestBody")
        hbody, hbody_ptr = self.h.deref(hop.get("requestBody"), f"{hptr}/requestBody")
        if not isinstance(bbody, dict) and not isinstance(hbody, dict):
            return
        if not isinstance(hbody, dict):
            self.add(
                "ERR",
                "request-body-removed",
                "the request body was removed: its fields' keyword arguments go away",
                ctx,
                bbody_ptr,
                hptr,
            )
            return
        if not isinstance(bbody, dict):
            required = bool(hbody.get("required"))
            self.add(
                "ERR" if required else "INFO",
                "request-body-added",
                ("a required" if required else "an optional") + " request body was added",
                ctx,
                None,
                hbody_ptr,
            )
            return
        if hbody.get("required") and not bbody.get("required"):
            self.add(
                "ERR",
                "request-body-became-required",
                "the request body is now required",
                ctx,
                bbody_ptr,
                f"{hbody_ptr}/required",
            )
        bmedia, hmedia = (
            self.b.json_media(bbody.get("content"), bbody_ptr),
            self.h.json_media(hbody.get("content"), hbody_ptr),
        )
        if bmedia is None or hmedia is None:
            if bmedia is not None:
                self.add(
                    "ERR",
                    "request-media-type-changed",
                    f"the JSON request body ({bmedia[0]}) is gone",
                    ctx,
                    bmedia[2],
                    hbody_ptr,
                )
            return
        if bmedia[0] != hmedia[0]:
            self.add(
                "WARN",
                "request-media-type-changed",
                f"request media type {bmedia[0]!r} → {hmedia[0]!r}",
                ctx,
                bmedia[2],
                hmedia[2],
            )
        self._schema(
            ctx, "", bmedia[1].get("schema"), f"{bmedia[2]}/schema", hmedia[1].get("schema"), f"{hmedia[2]}/schema"
        )

    def _success_media(
        self, side: _Side, operation: dict[str, Any], pointer: str
    ) -> tuple[str, tuple[str, dict[str, Any], str] | None] | None:
        for status, response in (operation.get("responses") or {}).items():
            if str(status).startswith("2"):
                response, response_pointer = side.deref(
                    response, join_pointer(join_pointer(pointer, "responses"), str(status))
                )
                media = (
                    side.json_media(response.get("content"), response_pointer) if isinstance(response, dict) else None
                )
                if media is not None:
                    return str(status), media
        return None

    def _success_response(self, ctx: _Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        base, head = self._success_media(self.b, bop, bptr), self._success_media(self.h, hop, hptr)
        if base is None or base[1] is None:
            return
        if head is None or head[1] is None:
            self.add(
                "ERR",
                "response-body-removed",
                "the success response no longer has a JSON body: the method's return type changes",
                ctx,
                base[1][2],
                f"{hptr}/responses",
            )
            return
        if base[0] != head[0]:
            self.add(
                "WARN", "response-status-changed", f"success status {base[0]} → {head[0]}", ctx, base[1][2], head[1][2]
            )
        self._schema(
            ctx, "", base[1][1].get("schema"), f"{base[1][2]}/schema", head[1][1].get("schema"), f"{head[1][2]}/schema"
        )

    def _errors(self, ctx: _Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        berrors, herrors = self.b.errors(bop, bptr), self.h.errors(hop, hptr)
        service_keys: set[str] | None = None
        for key, (status, schema, pointer, trait, deprecated) in berrors.items():
            what = f"error {key}" if self.b.is_aws else f"error status {key}"
            if key not in herrors:
                if service_keys is None:
                    service_keys = self.h.error_keys()
                if key in service_keys:
                    self.add(
                        "WARN",
                        "error-removed-from-operation",
                        f"{what} is no longer documented here (its exception class remains: other operations raise it)",
                        ctx,
                        pointer,
                        f"{hptr}/responses",
                    )
                else:
                    class_name = (
                        key
                        if self.b.is_aws
                        else STATUS_ERROR_NAMES.get(int(key), f"Http{key}Error")
                        if key.isdigit()
                        else key
                    )
                    self.add(
                        "ERR",
                        "error-removed",
                        f"{what} removed: the exception class {class_name} goes away and `except {class_name}` breaks",
                        ctx,
                        pointer,
                        f"{hptr}/responses",
                        deprecated=deprecated,
                    )
                continue
            hstatus, hschema, hpointer, htrait, _ = herrors[key]
            if status != hstatus:
                self.add(
                    "WARN", "error-status-changed", f"{what}: HTTP status {status} → {hstatus}", ctx, pointer, hpointer
                )
            for flag in ("retryable", "throttling"):
                if bool(trait.get(flag)) != bool(htrait.get(flag)):
                    self.add(
                        "WARN",
                        "error-retry-changed",
                        f"{what}: {flag} {bool(trait.get(flag))} → {bool(htrait.get(flag))}; the client's retries change",
                        ctx,
                        pointer,
                        hpointer,
                    )
            self._schema(
                replace(ctx, where=f"{ctx.where} {what}", direction="response"), "", schema, pointer, hschema, hpointer
            )
        for key, (_, _, hpointer, _, _) in herrors.items():
            if key not in berrors:
                self.add("INFO", "error-added", f"error {key} is now documented", ctx, None, hpointer)

    def _waiters(self, ctx: _Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        bwaiters, hwaiters = bop.get("x-waiters") or {}, hop.get("x-waiters") or {}
        for name, waiter in bwaiters.items():
            pointer = join_pointer(f"{bptr}/x-waiters", name)
            if name not in hwaiters:
                self.add(
                    "ERR",
                    "waiter-removed",
                    f"waiter {name} removed: wait_until_{snake_case(name)}() goes away",
                    ctx,
                    pointer,
                    f"{hptr}/x-waiters" if hwaiters else hptr,
                )
                continue
            hwaiter, hpointer = hwaiters[name], join_pointer(f"{hptr}/x-waiters", name)
            if not isinstance(waiter, dict) or not isinstance(hwaiter, dict):
                continue
            if _json_key(waiter.get("acceptors")) != _json_key(hwaiter.get("acceptors")):
                self.add(
                    "WARN",
                    "waiter-changed",
                    f"waiter {name}: acceptors changed; it may now succeed or fail on other states",
                    ctx,
                    f"{pointer}/acceptors",
                    f"{hpointer}/acceptors",
                )
            for key in ("minDelay", "maxDelay", "maxWait"):
                if waiter.get(key) != hwaiter.get(key):
                    self.add(
                        "INFO",
                        "waiter-timing-changed",
                        f"waiter {name}: {key} {waiter.get(key)!r} → {hwaiter.get(key)!r}",
                        ctx,
                        pointer,
                        hpointer,
                    )
        for name in hwaiters:
            if name not in bwaiters:
                self.add(
                    "INFO",
                    "waiter-added",
                    f"waiter {name} added: wait_until_{snake_case(name)}()",
                    ctx,
                    None,
                    join_pointer(f"{hptr}/x-waiters", name),
                )

    def _components(self) -> None:
        bschemas = (self.b.doc.get("components") or {}).get("schemas") or {}
        hschemas = (self.h.doc.get("components") or {}).get("schemas") or {}
        ctx = _Ctx("models")
        for name, schema in bschemas.items():
            if name not in hschemas:
                unstable = _unstable(schema, f"schema {name}")
                self.add(
                    "ERR",
                    "schema-removed",
                    f"schema {name} removed: the model class models.{name} goes away",
                    replace(ctx, unstable=unstable),
                    join_pointer("/components/schemas", name),
                    "/components/schemas" if hschemas else None,
                    deprecated=bool(isinstance(schema, dict) and schema.get("deprecated")),
                )
        for name in hschemas:
            if name not in bschemas:
                self.add(
                    "INFO", "schema-added", f"schema {name} added", ctx, None, join_pointer("/components/schemas", name)
                )

    # -- schemas -----------------------------------------------------------------------------------------
    def _properties(
        self, side: _Side, schema: dict[str, Any], pointer: str, seen: set[str]
    ) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """Own and `allOf`-inherited properties (name → raw schema, pointer), and the required names."""
        properties = {
            name: (prop, join_pointer(join_pointer(pointer, "properties"), name))
            for name, prop in (schema.get("properties") or {}).items()
        }
        required = {str(name) for name in schema.get("required") or []}
        for index, member in enumerate(schema.get("allOf") or []):
            target, target_pointer = side.deref(member, join_pointer(join_pointer(pointer, "allOf"), index))
            if isinstance(target, dict) and target_pointer not in seen:
                seen.add(target_pointer)
                inherited, inherited_required = self._properties(side, target, target_pointer, seen)
                for name, value in inherited.items():
                    properties.setdefault(name, value)
                required |= inherited_required
        return properties, required

    def _schema(self, ctx: _Ctx, label: str, braw: Any, bptr: str, hraw: Any, hptr: str) -> None:
        b, bptr = self.b.deref(braw, bptr)
        h, hptr = self.h.deref(hraw, hptr)
        if not isinstance(b, dict) or not isinstance(h, dict):
            return
        visit = (bptr, hptr, ctx.direction, ctx.unstable is not None)
        if visit in self._visited:
            return  # compared already in this direction (shared component), or a recursive schema
        self._visited.add(visit)
        name = hptr.rsplit("/", 1)[-1]
        unstable = ctx.unstable or _unstable(b, f"schema {name}") or _unstable(h, f"schema {name}")
        ctx = replace(ctx, unstable=unstable)
        where = f"`{label}`" if label else "the body"
        request = ctx.direction == "request"
        self._schema_ref(ctx, where, braw, hraw, bptr, hptr)
        self._schema_type(ctx, where, b, bptr, h, hptr)
        self._schema_enum(ctx, where, b, bptr, h, hptr)
        self._schema_bounds(ctx, where, b, bptr, h, hptr)
        # object members
        bprops, brequired = self._properties(self.b, b, bptr, {bptr})
        hprops, hrequired = self._properties(self.h, h, hptr, {hptr})
        direction = "request" if request else "response"
        for prop_name, (braw_prop, bprop_ptr) in bprops.items():
            sub = f"{label}.{prop_name}" if label else prop_name
            bprop, _ = self.b.deref(braw_prop, bprop_ptr)
            bdeprecated = bool(
                (isinstance(braw_prop, dict) and braw_prop.get("deprecated"))
                or (isinstance(bprop, dict) and bprop.get("deprecated"))
            )
            if prop_name not in hprops:
                self.add(
                    "ERR",
                    f"{direction}-property-removed",
                    f"property `{sub}` removed",
                    ctx,
                    bprop_ptr,
                    join_pointer(hptr, "properties") if "properties" in h else hptr,
                    deprecated=bdeprecated,
                )
                continue
            hraw_prop, hprop_ptr = hprops[prop_name]
            hprop, _ = self.h.deref(hraw_prop, hprop_ptr)
            was, now = prop_name in brequired, prop_name in hrequired
            if now and not was:
                if request:
                    self.add(
                        "ERR",
                        "request-property-became-required",
                        f"property `{sub}` is now required",
                        ctx,
                        bprop_ptr,
                        hprop_ptr,
                    )
                else:
                    self.add(
                        "INFO",
                        "response-property-became-required",
                        f"property `{sub}` is now always present",
                        ctx,
                        bprop_ptr,
                        hprop_ptr,
                    )
            elif was and not now:
                if request:
                    self.add(
                        "INFO",
                        "request-property-became-optional",
                        f"property `{sub}` is now optional",
                        ctx,
                        bprop_ptr,
                        hprop_ptr,
                    )
                else:
                    self.add(
                        "WARN",
                        "response-property-became-optional",
                        f"property `{sub}` may now be absent: its type becomes Optional and callers may rely on it",
                        ctx,
                        bprop_ptr,
                        hprop_ptr,
                    )
            hdeprecated = bool(
                (isinstance(hraw_prop, dict) and hraw_prop.get("deprecated"))
                or (isinstance(hprop, dict) and hprop.get("deprecated"))
            )
            if hdeprecated and not bdeprecated:
                self.add(
                    "INFO", "property-deprecated", f"property `{sub}` is now deprecated", ctx, bprop_ptr, hprop_ptr
                )
            self._schema(ctx, sub, braw_prop, bprop_ptr, hraw_prop, hprop_ptr)
        for prop_name, (_, hprop_ptr) in hprops.items():
            if prop_name in bprops:
                continue
            sub = f"{label}.{prop_name}" if label else prop_name
            if request and prop_name in hrequired:
                self.add(
                    "ERR",
                    "request-property-added-required",
                    f"new required property `{sub}`: existing calls lack it",
                    ctx,
                    None,
                    hprop_ptr,
                )
            else:
                required = " (required)" if prop_name in hrequired else ""
                self.add("INFO", f"{direction}-property-added", f"new property `{sub}`{required}", ctx, None, hprop_ptr)
        # arrays and maps
        if "items" in b or "items" in h:
            self._schema(ctx, f"{label}[]", b.get("items"), f"{bptr}/items", h.get("items"), f"{hptr}/items")
        if isinstance(b.get("additionalProperties"), dict) and isinstance(h.get("additionalProperties"), dict):
            self._schema(
                ctx,
                f"{label}{{}}",
                b["additionalProperties"],
                f"{bptr}/additionalProperties",
                h["additionalProperties"],
                f"{hptr}/additionalProperties",
            )
        self._variants(ctx, label, b, bptr, h, hptr)

    def _schema_ref(self, ctx: _Ctx, where: str, braw: Any, hraw: Any, bptr: str, hptr: str) -> None:
        prefix = "#/components/schemas/"
        bref = braw.get("$ref") if isinstance(braw, dict) else None
        href = hraw.get("$ref") if isinstance(hraw, dict) else None
        if (
            isinstance(bref, str)
            and isinstance(href, str)
            and bref.startswith(prefix)
            and href.startswith(prefix)
            and bref != href
        ):
            old, new = bref[len(prefix) :], href[len(prefix) :]
            if ctx.direction == "request":
                self.add(
                    "WARN",
                    "schema-ref-changed",
                    f"{where} now takes models.{new} instead of models.{old}: instances of the old class are not accepted",
                    ctx,
                    bptr,
                    hptr,
                )
            else:
                self.add(
                    "INFO",
                    "schema-ref-changed",
                    f"{where} is now models.{new} instead of models.{old}",
                    ctx,
                    bptr,
                    hptr,
                )

    def _schema_type(self, ctx: _Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        btypes, htypes = _types(b, self.b), _types(h, self.h)
        type_ptr = f"{hptr}/type" if "type" in h else hptr
        if btypes is not None and htypes is not None and btypes != htypes:
            shown = f"{sorted(btypes)} → {sorted(htypes)}"
            if btypes - {"null"} == htypes - {"null"}:
                gained_null = "null" in htypes
                if ctx.direction == "response" and gained_null:
                    self.add("WARN", "response-became-nullable", f"{where} may now be null", ctx, bptr, type_ptr)
                elif ctx.direction == "request" and not gained_null:
                    self.add("WARN", "request-null-removed", f"{where} no longer accepts null", ctx, bptr, type_ptr)
                else:
                    self.add("INFO", "nullable-changed", f"{where}: type {shown}", ctx, bptr, type_ptr)
            elif (ctx.direction == "request" and _covers(htypes, btypes)) or (
                ctx.direction == "response" and _covers(btypes, htypes)
            ):
                self.add(
                    "INFO",
                    "type-widened" if ctx.direction == "request" else "type-narrowed",
                    f"{where}: type {shown} (every value that was valid still is)",
                    ctx,
                    bptr,
                    type_ptr,
                )
            else:
                self.add("ERR", "type-changed", f"{where}: type {shown}", ctx, bptr, type_ptr)
        bpy, hpy = _python_format(b), _python_format(h)
        if bpy != hpy:
            self.add(
                "ERR",
                "format-changed",
                f"{where}: Python type {bpy or 'plain'} → {hpy or 'plain'} (format {b.get('format')!r} → {h.get('format')!r})",
                ctx,
                bptr,
                f"{hptr}/format" if "format" in h else hptr,
            )
        elif b.get("format") != h.get("format"):
            widened = (h.get("format") is None) if ctx.direction == "request" else (b.get("format") is None)
            self.add(
                "INFO" if widened else "WARN",
                "format-changed",
                f"{where}: format {b.get('format')!r} → {h.get('format')!r}",
                ctx,
                bptr,
                f"{hptr}/format" if "format" in h else hptr,
            )
        if (
            "x-timestamp-format" in b
            and "x-timestamp-format" in h
            and b["x-timestamp-format"] != h["x-timestamp-format"]
        ):
            self.add(
                "ERR",
                "timestamp-format-changed",
                f"{where}: wire timestamp format {b['x-timestamp-format']} → {h['x-timestamp-format']}",
                ctx,
                bptr,
                f"{hptr}/x-timestamp-format",
            )

    def _schema_enum(self, ctx: _Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        benum, henum = b.get("enum"), h.get("enum")
        if isinstance(benum, list) and isinstance(henum, list):
            hkeys = [_json_key(v) for v in henum]
            bkeys = [_json_key(v) for v in benum]
            for index, value in enumerate(benum):
                if bkeys[index] not in hkeys:
                    why = (
                        "callers that send it are refused"
                        if ctx.direction == "request"
                        else "its enum member goes away and code comparing against it breaks"
                    )
                    self.add(
                        "ERR",
                        "enum-value-removed",
                        f"{where}: enum value {value!r} removed; {why}",
                        ctx,
                        f"{bptr}/enum/{index}",
                        f"{hptr}/enum",
                    )
            for index, value in enumerate(henum):
                if hkeys[index] not in bkeys:
                    why = (
                        "callers may now send it"
                        if ctx.direction == "request"
                        else "older clients parse it too (enums are open)"
                    )
                    self.add(
                        "INFO",
                        "enum-value-added",
                        f"{where}: enum value {value!r} added; {why}",
                        ctx,
                        None,
                        f"{hptr}/enum/{index}",
                    )
        elif isinstance(henum, list) and not isinstance(benum, list):
            if ctx.direction == "request":
                self.add("WARN", "enum-added", f"{where} is now limited to {henum}", ctx, bptr, f"{hptr}/enum")
            else:
                self.add("INFO", "enum-added", f"{where} now lists its values {henum}", ctx, bptr, f"{hptr}/enum")
        elif isinstance(benum, list) and not isinstance(henum, list):
            if ctx.direction == "request":
                self.add("INFO", "enum-removed", f"{where} no longer limits its values", ctx, f"{bptr}/enum", hptr)
            else:
                self.add(
                    "WARN",
                    "enum-removed",
                    f"{where} is no longer an enum: its enum class members go away",
                    ctx,
                    f"{bptr}/enum",
                    hptr,
                )
        if "const" in b and _json_key(b.get("const")) != _json_key(h.get("const")):
            self.add(
                "ERR" if "const" in h else "INFO" if ctx.direction == "request" else "WARN",
                "const-changed",
                f"{where}: const {b.get('const')!r} → {h.get('const')!r}",
                ctx,
                f"{bptr}/const",
                f"{hptr}/const" if "const" in h else hptr,
            )

    def _schema_bounds(self, ctx: _Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        # Requests: a narrower bound refuses values callers send today (the client checks before sending).
        # Responses: the generated models validate these bounds, so a *wider* bound lets the service send
        # values an older client rejects as not matching the spec.
        risky = "narrowed" if ctx.direction == "request" else "widened"
        for key, family, lower in _BOUNDS:
            bvalue, hvalue = b.get(key), h.get(key)
            if bvalue == hvalue or isinstance(bvalue, bool) or isinstance(hvalue, bool):
                continue
            if not all(v is None or isinstance(v, (int, float)) for v in (bvalue, hvalue)):
                continue
            if hvalue is None:
                narrowed = False
            elif bvalue is None:
                narrowed = True
            else:
                narrowed = hvalue > bvalue if lower else hvalue < bvalue
            kind = "narrowed" if narrowed else "widened"
            level: Level = "WARN" if kind == risky else "INFO"
            self.add(
                level,
                f"{family}-{kind}",
                f"{where}: {key} {bvalue!r} → {hvalue!r}",
                ctx,
                f"{bptr}/{key}" if key in b else bptr,
                f"{hptr}/{key}" if key in h else hptr,
            )
        bpattern, hpattern = b.get("pattern"), h.get("pattern")
        if bpattern != hpattern:
            if hpattern is None:
                kind = "removed"
                level = "INFO" if ctx.direction == "request" else "WARN"
            elif bpattern is None:
                kind = "added"
                level = "WARN" if ctx.direction == "request" else "INFO"
            else:
                kind, level = "changed", "WARN"  # whether one regex accepts more than another is undecidable in general
            self.add(
                level,
                f"pattern-{kind}",
                f"{where}: pattern {bpattern!r} → {hpattern!r}",
                ctx,
                f"{bptr}/pattern" if bpattern else bptr,
                f"{hptr}/pattern" if hpattern else hptr,
            )

    def _variants(self, ctx: _Ctx, label: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        for keyword in ("oneOf", "anyOf"):
            bvariants, hvariants = b.get(keyword), h.get(keyword)
            if not isinstance(bvariants, list) and not isinstance(hvariants, list):
                continue
            bkeyed = dict(self._keyed_variants(bvariants))
            hkeyed = dict(self._keyed_variants(hvariants))
            for key, (index, variant) in bkeyed.items():
                vptr = f"{bptr}/{keyword}/{index}"
                sub = f"{label}<{key}>"
                if key not in hkeyed:
                    target, _ = self.b.deref(variant, vptr)
                    deprecated = bool(isinstance(target, dict) and target.get("deprecated"))
                    self.add(
                        "ERR",
                        "variant-removed",
                        f"{keyword} variant {key} of `{label or 'body'}` removed",
                        ctx,
                        vptr,
                        f"{hptr}/{keyword}" if isinstance(hvariants, list) else hptr,
                        deprecated=deprecated,
                    )
                    continue
                hindex, hvariant = hkeyed[key]
                self._schema(ctx, sub, variant, vptr, hvariant, f"{hptr}/{keyword}/{hindex}")
            for key, (index, _) in hkeyed.items():
                if key not in bkeyed:
                    if ctx.direction == "request":
                        self.add(
                            "INFO",
                            "variant-added",
                            f"{keyword} variant {key} of `{label or 'body'}` added: callers may send it",
                            ctx,
                            None,
                            f"{hptr}/{keyword}/{index}",
                        )
                    else:
                        self.add(
                            "WARN",
                            "variant-added",
                            f"{keyword} variant {key} of `{label or 'body'}` added: older clients cannot parse it",
                            ctx,
                            None,
                            f"{hptr}/{keyword}/{index}",
                        )

    @staticmethod
    def _keyed_variants(variants: Any) -> Iterator[tuple[str, tuple[int, Any]]]:
        """Variants by their `$ref` name or title (stable across reordering), else by position."""
        for index, variant in enumerate(variants if isinstance(variants, list) else []):
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
                yield variant["$ref"].rsplit("/", 1)[-1], (index, variant)
            elif isinstance(variant, dict) and isinstance(variant.get("title"), str):
                yield variant["title"], (index, variant)
            else:
                yield f"#{index}", (index, variant)


def diff_specs(
    base: LoadedSpec, head: LoadedSpec, base_file: str | None = None, head_file: str | None = None
) -> list[Change]:
    return SpecDiff(base, head, base_file, head_file).changes()


# -- where the two versions come from ------------------------------------------------------------------


class _Git:
    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        result = self.run(["rev-parse", "--show-toplevel", "--show-prefix"], cwd=cwd, check=False)
        lines = result.stdout.decode("utf-8", "replace").splitlines() if result.returncode == 0 else []
        self.root = Path(lines[0]) if lines else None
        self.prefix = lines[1] if len(lines) > 1 else ""

    @staticmethod
    def run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
        if check and result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip() or f"git {' '.join(args)} failed"
            raise SpecError([Problem(" ".join(args[1:2]) or "git", "", message, rule="git")])
        return result

    def root_path(self, path: str) -> str:
        """A path inside a revision as git reads `REV:path`: from the top, or from here when it starts with ./"""
        if path.startswith(("./", "../")) or path in (".", ".."):
            path = os.path.normpath(os.path.join(self.prefix, path))
        return PurePosixPath(path).as_posix().strip("/") if path not in ("", ".") else ""

    def require(self) -> Path:
        if self.root is None:
            raise SpecError([Problem(str(self.cwd), "", "not inside a git repository", rule="git")])
        return self.root

    def object_type(self, rev: str, path: str) -> str | None:
        result = self.run(["cat-file", "-t", f"{rev}:{path}"], cwd=self.require(), check=False)
        return result.stdout.decode().strip() if result.returncode == 0 else None

    def files(self, rev: str, path: str) -> list[str]:
        output = self.run(["ls-tree", "-r", "-z", "--name-only", rev, "--", path or "."], cwd=self.require()).stdout
        return sorted(name for name in output.decode("utf-8").split("\0") if name)

    def read(self, rev: str, path: str) -> bytes:
        size = self.run(["cat-file", "-s", f"{rev}:{path}"], cwd=self.require()).stdout.decode().strip()
        if int(size or 0) > MAX_SPEC_BYTES:
            raise SpecError([Problem(f"{rev}:{path}", "", f"larger than {MAX_SPEC_BYTES} bytes", rule="io")])
        return self.run(["cat-file", "blob", f"{rev}:{path}"], cwd=self.require()).stdout


@dataclass
class SpecSet:
    """One side of a comparison: its specs by pairing key, and where they came from."""

    label: str
    specs: dict[str, LoadedSpec]
    files: dict[str, str]  # pairing key → the repository path to report
    rev: str | None = None  # the git revision, when the specs came from one
    single: bool = False


def _check_rev(rev: str) -> str:
    if not rev or rev.startswith("-") or any(c.isspace() for c in rev):
        raise SpecError([Problem(rev, "", f"not a usable git revision: {rev!r}", rule="git")])
    return rev


def _is_spec(name: str) -> bool:
    return name.endswith(SPEC_SUFFIXES) and not name.endswith("README.md")


def load_revision(git: _Git, rev: str, path: str, scratch: Path, missing_ok: bool = False) -> SpecSet:
    """The specs at `REV:path`; with `missing_ok`, a path the revision lacks is an empty set (a first PR)."""
    rev, path = _check_rev(rev), git.root_path(path)
    if (
        git.run(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd=git.require(), check=False).returncode
        != 0
    ):
        raise SpecError(
            [
                Problem(
                    rev, "", f"unknown git revision {rev!r} (fetch it, e.g. checkout with fetch-depth: 0)", rule="git"
                )
            ]
        )
    kind = git.object_type(rev, path)
    if kind is None and missing_ok:
        return SpecSet(f"{rev}:{path}", {}, {}, rev=rev)
    if kind is None:
        raise SpecError([Problem(f"{rev}:{path}", "", f"{path or '.'} does not exist at {rev}", rule="git")])
    names = [path] if kind == "blob" else [n for n in git.files(rev, path) if _is_spec(n)]
    target = scratch / re.sub(r"[^A-Za-z0-9._-]", "_", rev)
    specs: dict[str, LoadedSpec] = {}
    files: dict[str, str] = {}
    for name in names:
        local = target / name
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(git.read(rev, name))
        key = PurePosixPath(name).name if kind == "blob" else PurePosixPath(name).relative_to(path or ".").as_posix()
        specs[key] = load_spec(local, f"{rev}:{name}")
        files[key] = name
    return SpecSet(f"{rev}:{path}", specs, files, rev=rev, single=kind == "blob")


def load_worktree(git: _Git, path: Path) -> SpecSet:
    def shown(p: Path) -> str:
        for root in (git.root, Path.cwd()):
            if root is not None:
                try:
                    return p.resolve().relative_to(root.resolve()).as_posix()
                except ValueError:
                    continue
        return p.as_posix()

    if path.is_file():
        spec = load_spec(path, shown(path))
        return SpecSet(shown(path), {path.name: spec}, {path.name: shown(path)}, single=True)
    if not path.is_dir():
        raise SpecError([Problem(str(path), "", "no such spec file or directory", rule="io")])
    specs: dict[str, LoadedSpec] = {}
    files: dict[str, str] = {}
    for file in sorted(p for p in path.rglob("*") if p.is_file() and _is_spec(p.name)):
        key = file.relative_to(path).as_posix()
        specs[key] = load_spec(file, shown(file))
        files[key] = shown(file)
    return SpecSet(shown(path) + "/ (working tree)", specs, files)


def load_side(argument: str, git: _Git, scratch: Path) -> SpecSet:
    """A spec file, a directory of specs, or `REV:path` (a file or directory at a git revision)."""
    if ":" in argument and not Path(argument).exists():
        rev, path = argument.split(":", 1)
        return load_revision(git, rev, path, scratch)
    return load_worktree(git, Path(argument))


def pair(base: SpecSet, head: SpecSet) -> list[tuple[str | None, str | None]]:
    """Pairs of keys: by path, then leftovers by generated package name; None on the side that lacks it."""
    if base.single and head.single:
        return [(next(iter(base.specs)), next(iter(head.specs)))]
    pairs: list[tuple[str | None, str | None]] = [(key, key) for key in base.specs if key in head.specs]
    base_left = [key for key in base.specs if key not in head.specs]
    head_left = {_Side(head.specs[key], "").package()[0]: key for key in head.specs if key not in base.specs}
    for key in base_left:
        package = _Side(base.specs[key], "").package()[0]
        pairs.append((key, head_left.pop(package, None)))
    pairs.extend((None, key) for key in head_left.values())
    return sorted(pairs, key=lambda p: p[1] or p[0] or "")


# -- the generated-code half -----------------------------------------------------------------------------


@dataclass
class Report:
    base: str
    head: str
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def spec_changes(self) -> list[Change]:
        return [c for c in self.changes if c.section == "spec"]

    @property
    def generated_changes(self) -> list[Change]:
        return [c for c in self.changes if c.section == "generated"]

    def count(self, level: str) -> int:
        return sum(1 for c in self.changes if c.level == level)

    def fails(self, fail_on: str | None) -> bool:
        return fail_on is not None and any(RANK[c.level] >= RANK[fail_on] for c in self.changes)


def _render_surfaces(specs: list[LoadedSpec], notes: list[str], side: str) -> dict[str, tuple[str, dict[str, str]]]:
    """package → (directory label, module sources), generated with this checkout's generator."""
    from .pipeline import render_tree

    found: dict[str, tuple[str, dict[str, str]]] = {}
    if not specs:
        return found
    with tempfile.TemporaryDirectory(prefix="codegen-diff-") as scratch:
        for spec in specs:
            destination = Path(scratch) / str(len(found)) / "out"
            destination.mkdir(parents=True)
            try:
                services = render_tree([spec.path], destination)
            except SpecError as exc:
                notes.append(
                    f"{side}: could not generate {spec.display_path} ({len(exc.problems)} problem(s), first: {exc.problems[0]})"
                )
                continue
            for service in services:
                package_dir = destination / service.package
                found[service.package] = (
                    f"rendered from the {side} specs",
                    {
                        m: (package_dir / m).read_text(encoding="utf-8")
                        for m in PACKAGE_MODULES
                        if (package_dir / m).is_file()
                    },
                )
    return found


def _committed_surface(git: _Git, rev: str, generated_dir: str, package: str) -> dict[str, str] | None:
    directory = f"{generated_dir}/{package}"
    if git.object_type(rev, f"{directory}/client.py") != "blob":
        return None
    sources: dict[str, str] = {}
    for module in PACKAGE_MODULES:
        if git.object_type(rev, f"{directory}/{module}") == "blob":
            sources[module] = git.read(rev, f"{directory}/{module}").decode("utf-8", "replace")
    return sources


def generated_changes(
    base: SpecSet,
    head: SpecSet,
    pairs: list[tuple[str | None, str | None]],
    git: _Git,
    generated_dir: str,
    notes: list[str],
    render_only: bool,
) -> list[Change]:
    """The public-API difference of the two generated trees, as changes (section "generated")."""
    base_specs: list[LoadedSpec] = []
    head_specs: list[LoadedSpec] = []
    committed: dict[str, dict[str, str]] = {}
    spec_changed: dict[str, bool] = {}
    for bkey, hkey in pairs:
        bspec = base.specs[bkey] if bkey else None
        hspec = head.specs[hkey] if hkey else None
        bpackage = _Side(bspec, "").package()[0] if bspec else None
        package = _Side(hspec, "").package()[0] if hspec else bpackage
        assert package is not None
        changed = bspec is None or hspec is None or bspec.text != hspec.text
        spec_changed[package] = changed
        if bspec is not None and bpackage is not None and base.rev and not render_only and git.root is not None:
            sources = _committed_surface(git, base.rev, generated_dir, bpackage)
            if sources is not None:
                committed[bpackage] = sources
        if bspec is not None and bpackage not in committed and changed:
            base_specs.append(bspec)
        if hspec is not None and (changed or (bpackage in committed)):
            head_specs.append(hspec)
    base_surfaces = _render_surfaces(base_specs, notes, "base")
    for package, sources in committed.items():
        base_surfaces[package] = (f"{generated_dir}/ at {base.rev}", sources)
    head_surfaces = _render_surfaces(head_specs, notes, "head")
    sources_used = sorted({label for label, _ in base_surfaces.values()})
    if sources_used:
        notes.append(
            "generated code compared: base "
            + " and ".join(f"{s}" for s in sources_used)
            + "; head rendered from the head specs by this checkout's generator"
        )
    found: list[Change] = []
    for package in sorted(base_surfaces.keys() | head_surfaces.keys()):
        old = api_surface.surface(base_surfaces[package][1]) if package in base_surfaces else None
        new = api_surface.surface(head_surfaces[package][1]) if package in head_surfaces else None
        if old is None and new is None:
            continue
        cap: Level = "WARN" if spec_changed.get(package, True) else "ERR"
        for item in api_surface.compare(package, old, new):
            level = _max_level(item.level, cap)  # type: ignore[arg-type]
            file = f"{generated_dir}/{package}/{item.module}"
            found.append(Change(level, item.rule, file, item.name, item.line, item.message, section="generated"))
    return found


def run(arguments: argparse.Namespace) -> Report:
    git = _Git(Path.cwd())
    with tempfile.TemporaryDirectory(prefix="codegen-diff-revs-") as scratch_dir:
        scratch = Path(scratch_dir)
        if arguments.base_ref:
            root = git.require()
            specs_dir = "specs"
            if arguments.specs_dir:  # given like any path: relative to here
                try:
                    specs_dir = Path(arguments.specs_dir).resolve().relative_to(root.resolve()).as_posix()
                except ValueError:
                    raise SpecError(
                        [Problem(arguments.specs_dir, "", "--specs-dir must be inside the repository", rule="usage")]
                    ) from None
            base = load_revision(git, arguments.base_ref, specs_dir, scratch, missing_ok=True)
            head = (
                load_revision(git, arguments.head_ref, specs_dir, scratch)
                if arguments.head_ref
                else load_worktree(git, root / specs_dir)
            )
            base.single = head.single = False
        else:
            if not arguments.base or not arguments.head:
                raise SpecError([Problem("diff", "", "give BASE and HEAD, or --base-ref", rule="usage")])
            base = load_side(arguments.base, git, scratch)
            head = load_side(arguments.head, git, scratch)
        report = Report(base.label, head.label)
        pairs = pair(base, head)
        for bkey, hkey in pairs:
            if bkey and hkey:
                report.changes.extend(
                    diff_specs(base.specs[bkey], head.specs[hkey], base.files[bkey], head.files[hkey])
                )
            elif bkey:
                spec = base.specs[bkey]
                package = _Side(spec, "").package()[0]
                report.changes.append(
                    Change(
                        "ERR",
                        "spec-removed",
                        base.files[bkey],
                        "",
                        None,
                        f"spec removed: the package {package} is no longer generated",
                    )
                )
            elif hkey:
                spec = head.specs[hkey]
                package = _Side(spec, "").package()[0]
                report.changes.append(
                    Change("INFO", "spec-added", head.files[hkey], "", 1, f"new spec: package {package}")
                )
        if not arguments.no_generated:
            report.changes.extend(
                generated_changes(base, head, pairs, git, arguments.generated_dir, report.notes, arguments.render_only)
            )
    report.changes.sort(key=lambda c: (c.section != "spec", -RANK[c.level], c.file, c.line or 0, c.pointer, c.rule))
    return report


# -- output ----------------------------------------------------------------------------------------------


def format_text(report: Report) -> str:
    lines = [f"spec review: {report.base} → {report.head}"]
    for title, changes in (
        ("spec changes", report.spec_changes),
        ("generated client changes", report.generated_changes),
    ):
        lines.append(f"{title}:" if changes else f"{title}: none")
        for change in changes:
            where = f"{change.file}:{change.line}" if change.line else change.file
            lines.append(f"  {where}: {change.level} [{change.rule}] {change.message} (at {change.pointer or '/'})")
    lines.extend(f"note: {note}" for note in report.notes)
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def _summary(report: Report) -> str:
    return f"{report.count('ERR')} breaking (ERR), {report.count('WARN')} risky (WARN), {report.count('INFO')} compatible (INFO)"


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|").replace("<", "&lt;")


def format_markdown(report: Report) -> str:
    out = [
        "## Spec review",
        "",
        f"`{_cell(report.base)}` → `{_cell(report.head)}`: **{_summary(report)}**.",
        "",
        "Levels follow what breaks a caller of the generated client: ERR breaking, WARN risky, INFO compatible.",
        "",
    ]
    for title, changes, where in (
        ("Spec changes", report.spec_changes, "Location"),
        ("Generated client changes", report.generated_changes, "Name"),
    ):
        out.append(f"### {title}")
        out.append("")
        if not changes:
            out.extend(["None.", ""])
            continue
        out.append(f"| Level | Rule | {where} | Change |")
        out.append("| --- | --- | --- | --- |")
        for change in changes:
            location = f"{change.file}:{change.line}" if change.line else change.file
            if change.section == "spec":
                shown = f"`{_cell(location)}` `{_cell(change.pointer or '/')}`"
            else:
                shown = f"`{_cell(change.pointer)}` ({_cell(location)})"
            out.append(f"| {change.level} | `{change.rule}` | {shown} | {_cell(change.message)} |")
        out.append("")
    if report.notes:
        out.extend(f"> {_cell(note)}" for note in report.notes)
        out.append("")
    return "\n".join(out)


def format_json(report: Report) -> str:
    document = {
        "base": report.base,
        "head": report.head,
        "summary": {level: report.count(level) for level in ("ERR", "WARN", "INFO")},
        "changes": [c.as_json() for c in report.spec_changes],
        "generated": [c.as_json() for c in report.generated_changes],
        "notes": report.notes,
    }
    return json.dumps(document, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per change (error, warning, notice)."""
    command = {"ERR": "error", "WARN": "warning", "INFO": "notice"}
    lines = []
    for change in report.changes:
        properties = [f"file={_escape_property(change.file)}"]
        if change.line:
            properties.append(f"line={change.line}")
        properties.append(f"title={_escape_property(f'{change.level} {change.rule}')}")
        lines.append(f"::{command[change.level]} {','.join(properties)}::{_escape_data(change.message)}")
    lines.append(_escape_data(_summary(report)))
    return "\n".join(lines) + "\n"


FORMATS = {"text": format_text, "markdown": format_markdown, "json": format_json, "github": format_github}


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "base", nargs="?", help="base specs: a file, a directory, or REV:path (e.g. main:specs/aws/ecs.yaml)"
    )
    command.add_argument("head", nargs="?", help="head specs: a file, a directory, or REV:path")
    command.add_argument("--base-ref", help="compare the whole specs tree at this git revision with the working tree")
    command.add_argument("--head-ref", help="with --base-ref: compare with this revision instead of the working tree")
    command.add_argument(
        "--specs-dir", default=None, help="the specs tree for --base-ref (default: specs/ at the repository top)"
    )
    command.add_argument(
        "--generated-dir",
        default="generated",
        help="where committed generated code lives in a revision (default: generated)",
    )
    command.add_argument("--format", choices=sorted(FORMATS), default="text")
    command.add_argument(
        "--fail-on", choices=["ERR", "WARN"], default=None, help="exit 1 when a change at or above this level exists"
    )
    command.add_argument(
        "--markdown-summary", metavar="PATH", help="also append the markdown report to PATH (e.g. $GITHUB_STEP_SUMMARY)"
    )
    command.add_argument("--no-generated", action="store_true", help="skip the generated-code comparison (faster)")
    command.add_argument(
        "--render-only",
        action="store_true",
        help="generate the base too, instead of reading generated/ at the base revision",
    )


def main(arguments: argparse.Namespace) -> int:
    report = run(arguments)
    sys.stdout.write(FORMATS[arguments.format](report))
    if arguments.markdown_summary:
        with open(arguments.markdown_summary, "a", encoding="utf-8") as summary:
            summary.write(format_markdown(report) + "\n")
    return 1 if report.fails(arguments.fail_on) else 0
