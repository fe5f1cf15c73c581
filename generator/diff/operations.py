"""The operation rules: operations added, removed or moved, parameters, request and success bodies, errors and
waiters; bodies are handed to the schema rules with the direction (request or response) they travel in."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..loader import join_pointer
from ..view import JSON_MEDIA, pagination_trait
from .model import Level
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
            # the same method on a path of the same shape is the same endpoint on the wire, whatever its
            # operationId and path parameter names say (those are names in the generated client)
            renamed = by_route.pop((method, wire_path(path)), None)
            if renamed is not None:
                unmatched_head.pop(renamed)
                hop = head_ops[renamed]
                ctx = Ctx(f"operation {key}", unstable=unstable or unstable_reason(hop[0], f"operation {renamed}"))
                if operation.get("operationId") != hop[0].get("operationId"):
                    self.add(
                        "INFO",
                        "operation-id-changed",
                        f"operationId {operation.get('operationId')!r} → {hop[0].get('operationId')!r}: "
                        "not sent on the wire (the generated method name is the generated section's concern)",
                        ctx,
                        f"{pointer}/operationId" if "operationId" in operation else pointer,
                        f"{hop[3]}/operationId" if "operationId" in hop[0] else hop[3],
                    )
                self._operation(key, base_ops[key], hop)
                continue
            path_item_in_head = join_pointer("/paths", path) if path in (self.h.doc.get("paths") or {}) else None
            self.add(
                "ERR",
                "operation-removed",
                f"{method.upper()} {path.split('#', 1)[0]} removed: calls to it now fail",
                Ctx(f"operation {key}", unstable=unstable),
                pointer,
                path_item_in_head,
                deprecated=bool(operation.get("deprecated")),
            )
        for key, (_, path, method, pointer) in unmatched_head.items():
            self.add(
                "INFO",
                "operation-added",
                f"{method.upper()} {path.split('#', 1)[0]} added",
                Ctx(f"operation {key}"),
                None,
                pointer,
            )

    def _webhooks(self) -> None:
        """A webhook the service no longer calls is traffic a caller's endpoint stops receiving."""
        bhooks, hhooks = self.b.doc.get("webhooks") or {}, self.h.doc.get("webhooks") or {}
        for name in bhooks:
            if name not in hhooks:
                self.add(
                    "ERR",
                    "webhook-removed",
                    f"webhook {name} removed: endpoints that handle it are no longer called",
                    Ctx("webhooks"),
                    join_pointer("/webhooks", name),
                    "/webhooks" if hhooks else None,
                )

    def _pagination(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        """The paging trait says which member carries the token and where the next token and the items are:
        a paginator (ours, or one a caller wrote from the spec) that follows the old names stops after the first
        page or resends the same token, so a changed style, token or items path is breaking."""
        before, after = pagination_trait(bop, bptr), pagination_trait(hop, hptr)
        if before is None and after is None:
            return
        if before is None or after is None:
            state = "removed" if after is None else "added"
            self.add(
                "WARN" if after is None else "INFO", "pagination-changed", f"pagination trait {state}", ctx, bptr, hptr
            )
            return
        compared: tuple[tuple[str, object, object, Level], ...] = (
            ("style", before.style, after.style, "ERR"),
            ("input token", before.input_token, after.input_token, "ERR"),
            ("output token path", before.output_token, after.output_token, "ERR"),
            ("items path", before.items, after.items, "ERR"),
            ("page size member", before.page_size, after.page_size, "WARN"),
        )
        for label, old, new, level in compared:
            if old != new:
                self.add(
                    level,
                    "pagination-changed",
                    f"pagination {label} {old!r} → {new!r}: paginators following the old one read the wrong pages",
                    ctx,
                    before.pointer,
                    after.pointer,
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
        self._pagination(ctx, bop, bptr, hop, hptr)
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

    def _params_of(
        self, side: Side, operation: dict[str, Any], path: str, pointer: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str, Any]]:
        """(in, name) → parameter; a path parameter is keyed by its position in the path template instead, as
        its name never travels (renaming `{id}` to `{thingId}` changes nothing on the wire)."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], str, Any]] = {}
        positions = {name: f"#{index}" for index, name in enumerate(re.findall(r"\{([^}]*)\}", path))}
        path_item = (side.doc.get("paths") or {}).get(path) or {}
        for source, base in ((path_item, pointer.rsplit("/", 1)[0]), (operation, pointer)):
            for index, raw in enumerate(source.get("parameters") or []):
                param, param_pointer = side.deref(raw, join_pointer(join_pointer(base, "parameters"), index))
                if isinstance(param, dict) and "name" in param and "in" in param:
                    name = str(param["name"])
                    if param["in"] == "path":
                        name = positions.get(name, name)
                    merged[(str(param["in"]), name)] = (param, param_pointer, raw)
        return merged

    def _parameters(
        self, ctx: Ctx, bop: dict[str, Any], bpath: str, bptr: str, hop: dict[str, Any], hpath: str, hptr: str
    ) -> None:
        bparams, hparams = self._params_of(self.b, bop, bpath, bptr), self._params_of(self.h, hop, hpath, hptr)
        for (location, key), (param, pointer, _) in bparams.items():
            name = str(param["name"])
            what = f"{location} parameter {name!r}"
            if (location, key) not in hparams:
                self.add(
                    "WARN",
                    "request-parameter-removed",
                    f"{what} removed: the service may ignore it now, and callers that send it lose its effect",
                    ctx,
                    pointer,
                    f"{hptr}/parameters" if "parameters" in hop else hptr,
                    deprecated=bool(param.get("deprecated")),
                )
                continue
            hparam, hpointer, _ = hparams[(location, key)]
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
            self._parameter_default(ctx, what, param, pointer, hparam, hpointer)
            self._schema(
                ctx,
                f"parameter {name}",
                param.get("schema"),
                f"{pointer}/schema",
                hparam.get("schema"),
                f"{hpointer}/schema",
            )
        for (location, key), (hparam, hpointer, _) in hparams.items():
            if (location, key) in bparams:
                continue
            name = str(hparam["name"])
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

    def _parameter_default(
        self, ctx: Ctx, what: str, param: dict[str, Any], pointer: str, hparam: dict[str, Any], hpointer: str
    ) -> None:
        """The service applies a parameter's default to every call that leaves it out: another default changes
        what those calls do."""
        bschema, _ = self.b.deref(param.get("schema"), f"{pointer}/schema")
        hschema, _ = self.h.deref(hparam.get("schema"), f"{hpointer}/schema")
        bdefault = bschema.get("default") if isinstance(bschema, dict) else None
        hdefault = hschema.get("default") if isinstance(hschema, dict) else None
        if json_key(bdefault) != json_key(hdefault):
            self.add(
                "ERR",
                "parameter-default-changed",
                f"{what}: default {bdefault!r} → {hdefault!r}: calls that leave it out now ask for something else",
                ctx,
                f"{pointer}/schema",
                f"{hpointer}/schema",
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
        self._contents(ctx, bbody, bbody_ptr, hbody, hbody_ptr)

    def _contents(self, ctx: Ctx, bholder: dict[str, Any], bptr: str, hholder: dict[str, Any], hptr: str) -> None:
        """The media types of a request body or a response, each compared with the same one in HEAD (a lone JSON
        media type renamed is still compared with the other). A request media type removed is refused from now
        on; a response media type removed is no longer sent to callers that asked for it."""
        bcontent: dict[str, Any] = bholder["content"] if isinstance(bholder.get("content"), dict) else {}
        hcontent: dict[str, Any] = hholder["content"] if isinstance(hholder.get("content"), dict) else {}
        pairs = [(name, name) for name in bcontent if name in hcontent]
        removed = [name for name in bcontent if name not in hcontent]
        added = [name for name in hcontent if name not in bcontent]
        bjson = [name for name in removed if JSON_MEDIA.match(str(name).split(";")[0].strip())]
        hjson = [name for name in added if JSON_MEDIA.match(str(name).split(";")[0].strip())]
        if len(bjson) == 1 and len(hjson) == 1:
            pairs.append((bjson[0], hjson[0]))
            removed.remove(bjson[0])
        request = ctx.direction == "request"
        for bname, hname in pairs:
            bmedia, hmedia = bcontent[bname], hcontent[hname]
            bmptr, hmptr = join_pointer(f"{bptr}/content", bname), join_pointer(f"{hptr}/content", hname)
            if bname != hname:
                self.add(  # a response in another JSON media type still parses; a request is refused
                    "ERR" if request else "WARN",
                    f"{ctx.direction}-media-type-changed",
                    f"media type {bname!r} → {hname!r}: "
                    + ("requests sent as the old one are refused" if request else "callers that check it see another"),
                    ctx,
                    bmptr,
                    hmptr,
                )
            if not isinstance(bmedia, dict) or not isinstance(hmedia, dict):
                continue
            if "schema" not in bmedia and "schema" in hmedia and request:
                self.add(
                    "ERR",
                    "request-schema-added",
                    f"the {hname} body now has a schema: bodies that do not match it are refused",
                    ctx,
                    bmptr,
                    f"{hmptr}/schema",
                )
            elif "schema" in bmedia and "schema" not in hmedia and not request:
                self.add(
                    "WARN",
                    "response-schema-removed",
                    f"the {bname} body no longer has a schema: it may hold anything",
                    ctx,
                    f"{bmptr}/schema",
                    hmptr,
                )
            self._schema(ctx, "", bmedia.get("schema"), f"{bmptr}/schema", hmedia.get("schema"), f"{hmptr}/schema")
        for name in removed:
            self.add(
                "ERR",
                f"{ctx.direction}-media-type-changed",
                f"media type {name!r} removed: "
                + ("requests sent as it are refused" if request else "callers that ask for it no longer get it"),
                ctx,
                join_pointer(f"{bptr}/content", name),
                f"{hptr}/content" if hcontent else hptr,
            )

    def _successes(self, side: Side, operation: dict[str, Any], pointer: str) -> dict[str, tuple[Any, str]]:
        """Success status → (response, pointer)."""
        found: dict[str, tuple[Any, str]] = {}
        for status, response in (operation.get("responses") or {}).items():
            if str(status).startswith("2"):
                found[str(status)] = side.deref(response, join_pointer(join_pointer(pointer, "responses"), str(status)))
        return found

    def _success_response(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        """A success status that goes away fails callers that check for it, with or without a body; the bodies of
        the statuses both versions document are compared media type by media type."""
        base, head = self._successes(self.b, bop, bptr), self._successes(self.h, hop, hptr)
        for status, (response, pointer) in base.items():
            if status not in head:
                self.add(
                    "ERR",
                    "response-status-changed",
                    f"success status {status} is no longer returned"
                    + (f" (now {', '.join(sorted(head))})" if head else "")
                    + f": callers that check for {status} break",
                    ctx,
                    pointer,
                    f"{hptr}/responses",
                )
                continue
            hresponse, hpointer = head[status]
            if isinstance(response, dict) and isinstance(hresponse, dict):
                self._contents(ctx, response, pointer, hresponse, hpointer)

    def _errors(self, ctx: Ctx, bop: dict[str, Any], bptr: str, hop: dict[str, Any], hptr: str) -> None:
        berrors, herrors = self.b.errors(bop, bptr), self.h.errors(hop, hptr)
        for key, (status, schema, pointer, trait, _) in berrors.items():
            what = f"error {key}" if self.b.is_aws else f"error status {key}"
            if key not in herrors:
                self.add(
                    "INFO",
                    "error-removed",
                    f"{what} is no longer documented here: the service says it no longer answers so",
                    ctx,
                    pointer,
                    f"{hptr}/responses",
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
