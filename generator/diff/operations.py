"""The operation rules: operations added, removed or moved, parameters, request and success bodies, errors and
waiters; bodies are handed to the schema rules with the direction (request or response) they travel in."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..build import STATUS_ERROR_NAMES
from ..loader import join_pointer
from ..naming import snake_case
from .schemas import SchemaRules
from .side import UNSTABLE, Ctx, Side, json_key, unstable_reason, wire_path


class OperationRules(SchemaRules):
    """Each operation of BASE against the same operation (by operationId, else by route) in HEAD."""

    def _operations(self) -> None:
        base_ops, head_ops = self.b.operations(), self.h.operations()
        unmatched_head = {key: value for key, value in head_ops.items() if key not in base_ops}
        by_route = {(value[2], wire_path(value[1])): key for key, value in unmatched_head.items()}
        for key, (operation, path, method, pointer) in base_ops.items():
            unstable = unstable_reason(operation, f"operation {key}")
            if key in head_ops:
                self._operation(key, base_ops[key], head_ops[key])
                continue
            renamed = by_route.pop((method, wire_path(path)), None)
            if renamed is not None and operation.get("operationId") and head_ops[renamed][0].get("operationId"):
                unmatched_head.pop(renamed)
                hop = head_ops[renamed]
                ctx = Ctx(f"operation {key}", unstable=unstable or unstable_reason(hop[0], f"operation {renamed}"))
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
                Ctx(f"operation {key}", unstable=unstable),
                pointer,
                path_item_in_head,
                deprecated=bool(operation.get("deprecated")),
            )
        for key, (_, path, method, pointer) in unmatched_head.items():
            self.add(
                "INFO",
                "operation-added",
                f"{method.upper()} {path.split('#', 1)[0]} added: new method {snake_case(key)}()",
                Ctx(f"operation {key}"),
                None,
                pointer,
            )

    def _operation(
        self, key: str, base: tuple[dict[str, Any], str, str, str], head: tuple[dict[str, Any], str, str, str]
    ) -> None:
        bop, bpath, bmethod, bptr = base
        hop, hpath, hmethod, hptr = head
        unstable = unstable_reason(bop, f"operation {key}") or unstable_reason(hop, f"operation {key}")
        ctx = Ctx(key, unstable=unstable)
        bstability, hstability = bop.get("x-stability", "stable"), hop.get("x-stability", "stable")
        if bstability != hstability:
            downgraded = hstability in UNSTABLE and bstability not in UNSTABLE
            self.add(
                "WARN" if downgraded else "INFO",
                "stability-changed",
                f"x-stability {bstability} → {hstability}"
                + ("; later changes here will not be checked as breaking" if downgraded else ""),
                Ctx(key),
                f"{bptr}/x-stability",
                f"{hptr}/x-stability" if "x-stability" in hop else hptr,
            )
        if bmethod != hmethod:
            self.add(
                "ERR", "operation-method-changed", f"HTTP method {bmethod.upper()} → {hmethod.upper()}", ctx, bptr, hptr
            )
        if wire_path(bpath) != wire_path(hpath):
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
        self, side: Side, operation: dict[str, Any], path: str, pointer: str
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
        self, ctx: Ctx, bop: dict[str, Any], bpath: str, bptr: str, hop: dict[str, Any], hpath: str, hptr: str
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

    def _request_body(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
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
        self, side: Side, operation: dict[str, Any], pointer: str
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

    def _success_response(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
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

    def _errors(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
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

    def _waiters(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
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
            if json_key(waiter.get("acceptors")) != json_key(hwaiter.get("acceptors")):
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
