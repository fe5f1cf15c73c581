"""The schema rules: component schemas added or removed, and two versions of a schema compared through
`$ref`s, arrays, `allOf`, `oneOf`/`anyOf` and maps (types, formats, enums, constraints, required, nullable)."""

from __future__ import annotations

from collections.abc import Iterator
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


def _python_format(schema: dict[str, Any]) -> str | None:
    """The formats that change the generated Python type."""
    if "x-timestamp-format" in schema or schema.get("format") == "date-time":
        return "datetime"
    if schema.get("format") == "binary":
        return "bytes"
    return None


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


class SchemaRules(Rules):
    """The schema half of `SpecDiff`; the operation rules call `_schema` for every body they compare."""

    def _components(self) -> None:
        bschemas = (self.b.doc.get("components") or {}).get("schemas") or {}
        hschemas = (self.h.doc.get("components") or {}).get("schemas") or {}
        ctx = Ctx("models")
        for name, schema in bschemas.items():
            if name not in hschemas:
                unstable = unstable_reason(schema, f"schema {name}")
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

    def _schema_enum(self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
        benum, henum = b.get("enum"), h.get("enum")
        if isinstance(benum, list) and isinstance(henum, list):
            hkeys = [json_key(v) for v in henum]
            bkeys = [json_key(v) for v in benum]
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
        if "const" in b and json_key(b.get("const")) != json_key(h.get("const")):
            self.add(
                "ERR" if "const" in h else "INFO" if ctx.direction == "request" else "WARN",
                "const-changed",
                f"{where}: const {b.get('const')!r} → {h.get('const')!r}",
                ctx,
                f"{bptr}/const",
                f"{hptr}/const" if "const" in h else hptr,
            )

    def _schema_bounds(self, ctx: Ctx, where: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
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

    def _variants(self, ctx: Ctx, label: str, b: dict[str, Any], bptr: str, h: dict[str, Any], hptr: str) -> None:
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
