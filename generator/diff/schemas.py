"""The schema rules: component schemas added or removed, and two versions of a schema compared through
`$ref`s, arrays, `allOf`, `oneOf`/`anyOf` and maps (types, formats, enums, constraints, required, nullable)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..loader import join_pointer
from .model import Level
from .rules import Rules
from .side import Ctx, Side, json_key, unstable_reason


def _types(schema: dict[str, Any], side: Side) -> frozenset[str] | None:
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


def _value_format(schema: dict[str, Any]) -> str | None:
    """The formats that change what a string on the wire means (and the generated Python type)."""
    if "x-timestamp-format" in schema or schema.get("format") == "date-time":
        return "datetime"
    return {"binary": "raw bytes", "byte": "base64-encoded bytes"}.get(str(schema.get("format")))


# Keywords compared as a whole: added, they narrow what a schema allows; removed, they widen it.
_CONSTRAINT_KEYWORDS = (
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "patternProperties",
    "unevaluatedItems",
    "unevaluatedProperties",
    "dependentRequired",
    "dependentSchemas",
    "contentSchema",
)
# Keywords whose every change alters the meaning of a value (positions of a tuple, the encoding of a string).
_MEANING_KEYWORDS = ("prefixItems", "contentEncoding", "contentMediaType")
# Keywords that describe a schema without constraining its values.
_ANNOTATIONS = frozenset(
    {"title", "description", "example", "examples", "deprecated", "readOnly", "writeOnly", "default", "$comment"}
)
_EXTENSIBLE_ENUMS = ("enum", "x-extensible-enum")


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
    ("minContains", "items", True),
    ("maxContains", "items", False),
    ("minProperties", "size", True),
    ("maxProperties", "size", False),
)


class SchemaRules(Rules):
    """The schema half of `SpecDiff`; the operation rules call `_schema` for every body they compare.

    Levels say what a change does to an existing caller's HTTP traffic: in a request, whatever the service now
    refuses that it accepted is ERR; in a response, whatever the service may now send that callers did not have
    to handle is ERR. The other way round (a request accepting more, a response sending less) is compatible."""

    def _components(self) -> None:
        bschemas = (self.b.doc.get("components") or {}).get("schemas") or {}
        hschemas = (self.h.doc.get("components") or {}).get("schemas") or {}
        ctx = Ctx("models")
        for name in bschemas:
            if name not in hschemas:
                self.add(
                    "INFO",
                    "schema-removed",
                    f"schema {name} removed from components: no request or response changes by that alone "
                    "(the operations that used it are compared on their own)",
                    ctx,
                    join_pointer("/components/schemas", name),
                    "/components/schemas" if hschemas else None,
                )
        for name in hschemas:
            if name not in bschemas:
                self.add(
                    "INFO", "schema-added", f"schema {name} added", ctx, None, join_pointer("/components/schemas", name)
                )

    # -- schemas -----------------------------------------------------------------------------------------
    def _properties(
        self, side: Side, schema: dict[str, Any], pointer: str, seen: set[str]
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

    def _schema(self, ctx: Ctx, label: str, braw: Any, bptr: str, hraw: Any, hptr: str) -> None:
        b, bptr = self.b.deref(braw, bptr)
        h, hptr = self.h.deref(hraw, hptr)
        if not isinstance(b, dict) or not isinstance(h, dict):
            return
        visit = (bptr, hptr, ctx.direction, ctx.unstable is not None)
        if visit in self._visited:
            return  # compared already in this direction (shared component), or a recursive schema
        self._visited.add(visit)
        name = hptr.rsplit("/", 1)[-1]
        unstable = ctx.unstable or unstable_reason(b, f"schema {name}") or unstable_reason(h, f"schema {name}")
        ctx = replace(ctx, unstable=unstable)
        where = f"`{label}`" if label else "the body"
        self._schema_ref(ctx, where, braw, hraw, bptr, hptr)
        self._schema_type(ctx, where, b, bptr, h, hptr)
        self._schema_enum(ctx, where, b, bptr, h, hptr)
        self._schema_bounds(ctx, where, b, bptr, h, hptr)
        self._schema_keywords(ctx, where, b, bptr, h, hptr)
        self._members(ctx, label, b, bptr, h, hptr)
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
        self._all_of_added(ctx, label, b, bptr, h, hptr)

    @staticmethod
    def _unseen(direction: str, *schemas: Any) -> bool:
        """A readOnly property never travels in a request, a writeOnly one never in a response."""
        flag = "readOnly" if direction == "request" else "writeOnly"
        return any(isinstance(schema, dict) and schema.get(flag) is True for schema in schemas)

    def _members(self, ctx: Ctx, label: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        """Object properties: removed, added, required or not, each compared in turn."""
        bprops, brequired = self._properties(self.b, b, bptr, {bptr})
        hprops, hrequired = self._properties(self.h, h, hptr, {hptr})
        request = ctx.direction == "request"
        for prop_name, (braw_prop, bprop_ptr) in bprops.items():
            sub = f"{label}.{prop_name}" if label else prop_name
            bprop, _ = self.b.deref(braw_prop, bprop_ptr)
            hraw_prop, hprop_ptr = hprops.get(prop_name, (None, ""))
            hprop = self.h.deref(hraw_prop, hprop_ptr)[0] if prop_name in hprops else None
            if self._unseen(ctx.direction, braw_prop, bprop, hraw_prop, hprop):
                continue
            bdeprecated = bool(
                (isinstance(braw_prop, dict) and braw_prop.get("deprecated"))
                or (isinstance(bprop, dict) and bprop.get("deprecated"))
            )
            if prop_name not in hprops:
                self._property_removed(ctx, sub, prop_name in brequired, h, bprop_ptr, hptr, bdeprecated)
                continue
            was, now = prop_name in brequired, prop_name in hrequired
            if now and not was:
                self._property_became_required(ctx, sub, bprop_ptr, hprop_ptr)
            elif was and not now:
                self._property_became_optional(ctx, sub, bprop_ptr, hprop_ptr)
            hdeprecated = bool(
                (isinstance(hraw_prop, dict) and hraw_prop.get("deprecated"))
                or (isinstance(hprop, dict) and hprop.get("deprecated"))
            )
            if hdeprecated and not bdeprecated:
                self.add(
                    "INFO", "property-deprecated", f"property `{sub}` is now deprecated", ctx, bprop_ptr, hprop_ptr
                )
            self._schema(ctx, sub, braw_prop, bprop_ptr, hraw_prop, hprop_ptr)
        for prop_name, (hraw_prop, hprop_ptr) in hprops.items():
            if prop_name in bprops or self._unseen(ctx.direction, hraw_prop, self.h.deref(hraw_prop, hprop_ptr)[0]):
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
                self.add(
                    "INFO", f"{ctx.direction}-property-added", f"new property `{sub}`{required}", ctx, None, hprop_ptr
                )

    def _property_removed(
        self, ctx: Ctx, sub: str, required: bool, h: dict[str, Any], bprop_ptr: str, hptr: str, deprecated: bool
    ) -> None:
        at = join_pointer(hptr, "properties") if "properties" in h else hptr
        if ctx.direction == "request":
            closed = h.get("additionalProperties") is False or h.get("unevaluatedProperties") is False
            self.add(
                "ERR" if closed else "WARN",
                "request-property-removed",
                f"property `{sub}` removed: "
                + (
                    "the object is closed (additionalProperties: false), so requests that send it are refused"
                    if closed
                    else "the service may ignore it now, and callers that send it lose its effect"
                ),
                ctx,
                bprop_ptr,
                at,
                deprecated=deprecated,
            )
        else:
            self.add(
                "ERR" if required else "WARN",
                "response-property-removed",
                f"property `{sub}` removed: "
                + (
                    "callers that read it no longer get it"
                    if required
                    else "it was optional, callers that read it handle its absence but lose its data"
                ),
                ctx,
                bprop_ptr,
                at,
                deprecated=deprecated,
            )

    def _property_became_required(self, ctx: Ctx, sub: str, bprop_ptr: str, hprop_ptr: str) -> None:
        if ctx.direction == "request":
            self.add(
                "ERR",
                "request-property-became-required",
                f"property `{sub}` is now required: requests without it are refused",
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

    def _property_became_optional(self, ctx: Ctx, sub: str, bprop_ptr: str, hprop_ptr: str) -> None:
        if ctx.direction == "request":
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
                "ERR",
                "response-property-became-optional",
                f"property `{sub}` may now be absent: callers that rely on it being there break",
                ctx,
                bprop_ptr,
                hprop_ptr,
            )

    def _schema_ref(self, ctx: Ctx, where: str, braw: Any, hraw: Any, bptr: str, hptr: str) -> None:
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

    def _schema_type(self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        btypes, htypes = _types(b, self.b), _types(h, self.h)
        type_ptr = f"{hptr}/type" if "type" in h else hptr
        if btypes is not None and htypes is not None and btypes != htypes:
            shown = f"{sorted(btypes)} → {sorted(htypes)}"
            if btypes - {"null"} == htypes - {"null"}:
                gained_null = "null" in htypes
                if ctx.direction == "response" and gained_null:
                    self.add(
                        "ERR",
                        "response-became-nullable",
                        f"{where} may now be null: callers that use its value receive a null they do not handle",
                        ctx,
                        bptr,
                        type_ptr,
                    )
                elif ctx.direction == "request" and not gained_null:
                    self.add(
                        "ERR",
                        "request-null-removed",
                        f"{where} no longer accepts null: requests that send null are refused",
                        ctx,
                        bptr,
                        type_ptr,
                    )
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
        bvalue, hvalue = _value_format(b), _value_format(h)
        if bvalue != hvalue:
            self.add(
                "ERR",
                "format-changed",
                f"{where}: the value is {bvalue or 'a plain string'}, now {hvalue or 'a plain string'} "
                f"(format {b.get('format')!r} → {h.get('format')!r}): the same string means something else",
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

    def _schema_enum(self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        for keyword in _EXTENSIBLE_ENUMS:
            self._enum_values(ctx, where, keyword, b, bptr, h, hptr)
        benum, henum = b.get("enum"), h.get("enum")
        if isinstance(henum, list) and not isinstance(benum, list):
            if ctx.direction == "request":
                self.add(
                    "ERR",
                    "enum-added",
                    f"{where} is now limited to {henum}: requests with other values are refused",
                    ctx,
                    bptr,
                    f"{hptr}/enum",
                )
            else:
                self.add("INFO", "enum-added", f"{where} now lists its values {henum}", ctx, bptr, f"{hptr}/enum")
        elif isinstance(benum, list) and not isinstance(henum, list):
            if ctx.direction == "request":
                self.add("INFO", "enum-removed", f"{where} no longer limits its values", ctx, f"{bptr}/enum", hptr)
            else:
                self.add(
                    "WARN",
                    "enum-removed",
                    f"{where} is no longer an enum: the service may send values callers do not know",
                    ctx,
                    f"{bptr}/enum",
                    hptr,
                )
        self._const(ctx, where, b, bptr, h, hptr)

    def _enum_values(
        self, ctx: Ctx, where: str, keyword: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str
    ) -> None:
        """Values of `enum` (closed) or `x-extensible-enum` (open: callers must expect others in responses)."""
        benum, henum = b.get(keyword), h.get(keyword)
        if not isinstance(benum, list) or not isinstance(henum, list):
            return
        hkeys = [json_key(v) for v in henum]
        bkeys = [json_key(v) for v in benum]
        request = ctx.direction == "request"
        for index, value in enumerate(benum):
            if bkeys[index] not in hkeys:
                self.add(
                    "ERR" if request else "INFO",
                    "enum-value-removed",
                    f"{where}: {keyword} value {value!r} removed; "
                    + ("requests that send it are refused" if request else "the service no longer sends it"),
                    ctx,
                    f"{bptr}/{keyword}/{index}",
                    f"{hptr}/{keyword}",
                )
        for index, value in enumerate(henum):
            if hkeys[index] not in bkeys:
                self.add(
                    "INFO",
                    "enum-value-added",
                    f"{where}: {keyword} value {value!r} added; "
                    + ("callers may now send it" if request else "older clients parse it too (enums are open)"),
                    ctx,
                    None,
                    f"{hptr}/{keyword}/{index}",
                )

    def _const(self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        if json_key(b.get("const")) == json_key(h.get("const")) or ("const" not in b and "const" not in h):
            return
        if "const" in b and "const" in h:
            level: Level = "ERR"  # requests with the old value are refused, responses carry another one
        elif "const" in h:
            level = "ERR" if ctx.direction == "request" else "INFO"
        else:
            level = "INFO" if ctx.direction == "request" else "ERR"
        self.add(
            level,
            "const-changed",
            f"{where}: const {b.get('const')!r} → {h.get('const')!r}",
            ctx,
            f"{bptr}/const" if "const" in b else bptr,
            f"{hptr}/const" if "const" in h else hptr,
        )

    def _schema_bounds(self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        # Requests: a narrower bound refuses values callers send today. Responses: a wider bound lets the
        # service send values callers were told they would never see.
        breaking = "narrowed" if ctx.direction == "request" else "widened"
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
            level: Level = "ERR" if kind == breaking else "INFO"
            why = ""
            if level == "ERR":
                why = (
                    ": requests that were valid are now refused"
                    if ctx.direction == "request"
                    else ": the service may send values callers were told to never expect"
                )
            self.add(
                level,
                f"{family}-{kind}",
                f"{where}: {key} {bvalue!r} → {hvalue!r}{why}",
                ctx,
                f"{bptr}/{key}" if key in b else bptr,
                f"{hptr}/{key}" if key in h else hptr,
            )
        bpattern, hpattern = b.get("pattern") or None, h.get("pattern") or None  # an empty pattern matches all
        if bpattern != hpattern:
            if hpattern is None:
                kind = "removed"
                level = "INFO" if ctx.direction == "request" else "WARN"
            elif bpattern is None:
                kind = "added"  # a request value that does not match is now refused
                level = "ERR" if ctx.direction == "request" else "INFO"
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

    def _schema_keywords(
        self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str
    ) -> None:
        """JSON Schema keywords the generated models do not interpret, compared as a whole: added to a request
        or removed from a response is ERR, and so is any change of a keyword that gives values their meaning."""
        for keyword in (*_CONSTRAINT_KEYWORDS, *_MEANING_KEYWORDS):
            bvalue, hvalue = b.get(keyword), h.get(keyword)
            if json_key(bvalue) == json_key(hvalue):
                continue
            level: Level
            if keyword in _MEANING_KEYWORDS or (bvalue is not None and hvalue is not None):
                kind, level = "changed", "ERR"
            elif bvalue is None:
                kind = "added"
                level = "ERR" if ctx.direction == "request" else "INFO"
            else:
                kind = "removed"
                level = "INFO" if ctx.direction == "request" else "ERR"
            why = (
                ""
                if level == "INFO"
                else ": requests that were valid may be refused"
                if ctx.direction == "request"
                else ": the service may send values callers were told to never expect"
            )
            self.add(
                level,
                f"schema-keyword-{kind}",
                f"{where}: {keyword} {kind}{why}",
                ctx,
                f"{bptr}/{keyword}" if keyword in b else bptr,
                f"{hptr}/{keyword}" if keyword in h else hptr,
            )

    def _variants(self, ctx: Ctx, label: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        """`oneOf`/`anyOf`: a variant removed from a request, or added to a response, is ERR; the other way round
        (the service accepts more, or sends less) is compatible."""
        request = ctx.direction == "request"
        for keyword in ("oneOf", "anyOf"):
            bvariants, hvariants = b.get(keyword), h.get(keyword)
            if not isinstance(bvariants, list) and not isinstance(hvariants, list):
                continue
            bvariants = bvariants if isinstance(bvariants, list) else []
            hvariants = hvariants if isinstance(hvariants, list) else []
            matched, removed, added = _pair_variants(bvariants, hvariants)
            for bindex, hindex in matched:
                key = _variant_name(bvariants[bindex], bindex)
                self._schema(
                    ctx,
                    f"{label}<{key}>",
                    bvariants[bindex],
                    f"{bptr}/{keyword}/{bindex}",
                    hvariants[hindex],
                    f"{hptr}/{keyword}/{hindex}",
                )
            for bindex in removed:
                vptr = f"{bptr}/{keyword}/{bindex}"
                target, _ = self.b.deref(bvariants[bindex], vptr)
                self.add(
                    "ERR" if request else "INFO",
                    "variant-removed",
                    f"{keyword} variant {_variant_name(bvariants[bindex], bindex)} of `{label or 'body'}` removed: "
                    + ("requests that send it are refused" if request else "the service no longer sends it"),
                    ctx,
                    vptr,
                    f"{hptr}/{keyword}" if hvariants else hptr,
                    deprecated=bool(isinstance(target, dict) and target.get("deprecated")),
                )
            # a response value matches exactly one oneOf variant, so a new one is a shape callers never saw; an
            # anyOf value may still match the variants they know
            added_level: Level = "INFO" if request else "ERR" if keyword == "oneOf" else "WARN"
            for hindex in added:
                self.add(
                    added_level,
                    "variant-added",
                    f"{keyword} variant {_variant_name(hvariants[hindex], hindex)} of `{label or 'body'}` added: "
                    + ("callers may send it" if request else "callers may receive a shape they do not handle"),
                    ctx,
                    None,
                    f"{hptr}/{keyword}/{hindex}",
                )

    def _all_of_added(self, ctx: Ctx, label: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        """A request must match every `allOf` member: a new one that constrains anything narrows what the service
        accepts (its properties are compared with the others; this is about the member as a whole)."""
        if ctx.direction != "request" or not isinstance(h.get("allOf"), list):
            return
        bmembers: list[Any] = b["allOf"] if isinstance(b.get("allOf"), list) else []
        bnames = {_variant_name(member, index) for index, member in enumerate(bmembers)}
        for index, member in enumerate(h["allOf"]):
            if _variant_name(member, index) in bnames:
                continue
            target, _ = self.h.deref(member, f"{hptr}/allOf/{index}")
            annotation_only = isinstance(target, dict) and set(target) <= _ANNOTATIONS
            self.add(
                "INFO" if annotation_only else "ERR",
                "all-of-added",
                f"allOf member {_variant_name(member, index)} added to `{label or 'body'}`: "
                + ("it only annotates" if annotation_only else "requests must now match it too"),
                ctx,
                bptr,
                f"{hptr}/allOf/{index}",
            )


def _variant_name(variant: Any, index: int) -> str:
    """A variant by its `$ref` name or title, else by its position."""
    if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
        return str(variant["$ref"].rsplit("/", 1)[-1])
    if isinstance(variant, dict) and isinstance(variant.get("title"), str):
        return str(variant["title"])
    return f"#{index}"


def _pair_variants(bvariants: list[Any], hvariants: list[Any]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair the variants of two versions: `$ref`s by name; inline ones by title, then by position among the
    inline ones left (a title is documentation: changing it changes nothing on the wire)."""

    def ref(variant: Any) -> str | None:
        return variant["$ref"] if isinstance(variant, dict) and isinstance(variant.get("$ref"), str) else None

    def title(variant: Any) -> str | None:
        return variant["title"] if isinstance(variant, dict) and isinstance(variant.get("title"), str) else None

    matched: list[tuple[int, int]] = []
    free_h = list(range(len(hvariants)))
    for key in (ref, title):
        for bindex, variant in enumerate(bvariants):
            if key(variant) is None or any(bindex == m[0] for m in matched):
                continue
            hindex = next(
                (i for i in free_h if key(hvariants[i]) == key(variant) and ref(hvariants[i]) == ref(variant)), None
            )
            if hindex is not None:
                matched.append((bindex, hindex))
                free_h.remove(hindex)
    inline_b = [i for i, v in enumerate(bvariants) if ref(v) is None and all(i != m[0] for m in matched)]
    inline_h = [i for i in free_h if ref(hvariants[i]) is None]
    for bindex, hindex in zip(inline_b, inline_h, strict=False):
        matched.append((bindex, hindex))
        free_h.remove(hindex)
    removed = [i for i in range(len(bvariants)) if all(i != m[0] for m in matched)]
    return sorted(matched), removed, free_h
