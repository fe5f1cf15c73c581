"""A typed view of one (bundled) spec document, built once, read by the builder, the linter and the diff.

It answers what all three ask of a spec, one way: where a `$ref` leads (one rule: local references are
followed; a remote one, a cycle, or one that points at nothing is a problem reported once where it is written,
and the walk stops at the reference), which operations there are (with path-item and operation parameters
merged, the operation's winning), which media types a body or response offers and which one a client uses,
and which security requirements are in force for each operation. Schemas stay raw dicts: each reader
interprets them (the builder into Python types, the diff into wire rules), but reaches them through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .errors import Problem
from .ir import MediaKind
from .loader import LoadedSpec, join_pointer, unescape_pointer_token

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")
JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]*\+)?(json|x-amz-json-1\.[01])$|^application/json-patch\+json$")
FORM_MEDIA = "application/x-www-form-urlencoded"
MULTIPART_MEDIA = "multipart/form-data"
TEXT_MEDIA = re.compile(r"^text/|^application/(xml|[a-z0-9.+-]+\+xml|yaml|x-yaml)$")
SCHEMA_REF = "#/components/schemas/"
#: Body encodings in the order a client prefers them.
MEDIA_PREFERENCE: tuple[MediaKind, ...] = ("json", "form", "multipart", "text", "binary")


def schema_ref_name(ref: str) -> str | None:
    """The component schema a local `$ref` names (`#/components/schemas/Task` → `Task`), else None."""
    return unescape_pointer_token(ref[len(SCHEMA_REF) :]) if ref.startswith(SCHEMA_REF) else None


def media_kind(media_type: str) -> MediaKind:
    bare = media_type.split(";")[0].strip().lower()
    if JSON_MEDIA.match(bare) or bare.endswith("+json"):
        return "json"
    if bare == FORM_MEDIA:
        return "form"
    if bare == MULTIPART_MEDIA or bare.startswith("multipart/"):
        return "multipart"
    if TEXT_MEDIA.match(bare):
        return "text"
    return "binary"


def text(node: Any, *keys: str) -> str:
    """The first non-blank of `keys` in a node: summaries on one line, other prose stripped."""
    for key in keys:
        value = node.get(key) if isinstance(node, dict) else None
        if isinstance(value, str) and value.strip():
            return " ".join(value.split()) if key == "summary" else value.strip()
    return ""


@dataclass(frozen=True)
class Resolved:
    """Where a node leads after its `$ref`s: the target and its pointer, or the reference itself and why not."""

    node: Any
    pointer: str
    problem: str | None = None

    @property
    def mapping(self) -> dict[str, Any]:
        """The target as a mapping ({} when it is not one, or could not be reached)."""
        return self.node if isinstance(self.node, dict) and self.problem is None else {}


@dataclass(frozen=True)
class Example:
    name: str
    pointer: str  # of the example object (or of `example`)
    value_pointer: str
    value: Any
    summary: str
    constructed: bool  # x-example-source: constructed (not shown by the vendor's page)


@dataclass(frozen=True)
class Media:
    media_type: str
    kind: MediaKind
    node: dict[str, Any]
    pointer: str
    schema: Any  # as written (a `$ref` names a component): None without one
    examples: tuple[Example, ...]

    @property
    def schema_pointer(self) -> str:
        return join_pointer(self.pointer, "schema")

    @property
    def content_type(self) -> str:
        return self.media_type.split(";")[0].strip()


@dataclass(frozen=True)
class Content:
    """The media types of a request body or a response."""

    media: tuple[Media, ...]

    @property
    def preferred(self) -> Media | None:
        """The media type a client uses: JSON first, then form, multipart, text, binary."""
        ranked = sorted(self.media, key=lambda m: MEDIA_PREFERENCE.index(m.kind))
        return ranked[0] if ranked else None

    @property
    def json(self) -> Media | None:
        return next((m for m in self.media if JSON_MEDIA.match(m.content_type.lower())), None)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    node: dict[str, Any]  # the parameter object, `$ref` followed
    pointer: str

    @property
    def schema(self) -> Any:
        return self.node.get("schema")

    @property
    def schema_pointer(self) -> str:
        return join_pointer(self.pointer, "schema")

    @property
    def required(self) -> bool:
        return bool(self.node.get("required", self.location == "path"))

    @property
    def example(self) -> object:
        if "example" in self.node:
            return self.node["example"]
        for example in (self.node.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
        return None


@dataclass(frozen=True)
class RequestBody:
    node: dict[str, Any]
    pointer: str
    content: Content

    @property
    def required(self) -> bool:
        return bool(self.node.get("required", False))


@dataclass(frozen=True)
class Response:
    status: str  # as written: "200", "4XX", "default"
    node: dict[str, Any]
    pointer: str
    content: Content

    @property
    def code(self) -> int | None:
        return int(self.status) if self.status.isdigit() else None

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def is_error(self) -> bool:
        return self.code is not None and self.code >= 400


#: How a paginated operation asks for the next page (see `PaginationTrait`).
PAGINATION_STYLES = ("token", "cursor", "offset", "page", "link")


@dataclass(frozen=True)
class PaginationTrait:
    """An operation's paging trait, one reading of both spellings.

    `x-aws-pagination` (Smithy `@paginated`: `inputToken`, `outputToken`, `items`, `pageSize`) is the `token`
    style. `x-pagination` (Datadog's vocabulary) is `cursor` (`cursorParam` + `cursorPath`), `offset`
    (`pageOffsetParam`), `page` (`pageParam`, `pageStart`) or `link` (`linkHeader: true`, RFC 8288 `rel="next"`),
    with `limitParam` and `resultsPath`. Request members are parameter or body property names; response paths
    are dotted member names (`""` for items: the response body is the list)."""

    extension: str  # "x-aws-pagination" or "x-pagination"
    pointer: str
    style: str
    input_token: str | None  # request member carrying the token, cursor, offset or page number
    output_token: str | None  # response path of the next token or cursor
    items: str | None
    page_size: str | None
    page_start: int = 0
    #: what makes the trait unreadable (a key missing or of the wrong type); None when it reads
    problem: str | None = None


def pagination_trait(node: dict[str, Any], pointer: str) -> PaginationTrait | None:
    for extension in ("x-aws-pagination", "x-pagination"):
        raw = node.get(extension)
        if raw is None:
            continue
        at = join_pointer(pointer, extension)
        if not isinstance(raw, dict):
            return PaginationTrait(extension, at, "token", None, None, None, None, problem="must be a mapping")
        values = {k: v for k, v in raw.items() if isinstance(v, str)}
        needed: tuple[str, ...]
        if extension == "x-aws-pagination":
            style, token, output = "token", values.get("inputToken"), values.get("outputToken")
            needed = ("inputToken", "outputToken", "items")
        elif "cursorParam" in raw:
            style, token, output = "cursor", values.get("cursorParam"), values.get("cursorPath")
            needed = ("cursorParam", "cursorPath", "resultsPath")
        elif "pageOffsetParam" in raw:
            style, token, output, needed = "offset", values.get("pageOffsetParam"), None, ("pageOffsetParam",)
        elif "pageParam" in raw:
            style, token, output, needed = "page", values.get("pageParam"), None, ("pageParam",)
        elif raw.get("linkHeader") is True:
            style, token, output, needed = "link", None, None, ()
        else:
            return PaginationTrait(
                extension,
                at,
                "cursor",
                None,
                None,
                None,
                None,
                problem="needs cursorParam, pageOffsetParam, pageParam or linkHeader: true",
            )
        items = values.get("items" if extension == "x-aws-pagination" else "resultsPath")
        page_size = values.get("pageSize" if extension == "x-aws-pagination" else "limitParam")
        missing = [key for key in needed if not isinstance(raw.get(key), str)]
        start = raw.get("pageStart", 0)
        problem = f"needs {', '.join(missing)} (strings)" if missing else None
        if not isinstance(start, int) or isinstance(start, bool):
            problem, start = "pageStart must be an integer", 0
        return PaginationTrait(extension, at, style, token, output, items, page_size, start, problem)
    return None


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    node: dict[str, Any]
    pointer: str
    path_item: dict[str, Any]
    parameters: tuple[Parameter, ...]
    #: parameters whose location the generator cannot send (`in: body`, ...), kept for reporting
    unknown_parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    #: the security requirements in force (the operation's, else the root's); None when neither says
    security: tuple[dict[str, Any], ...] | None

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def key(self) -> str:
        """How the diff pairs operations across versions: the operationId, else `METHOD path`."""
        return self.operation_id or f"{self.method.upper()} {self.path}"

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(str(tag) for tag in self.node.get("tags") or [])

    @property
    def anonymous(self) -> bool:
        """`security: []` in force: the call is sent without credentials (a sign-in or token call)."""
        return self.security == ()

    @property
    def scheme_names(self) -> set[str]:
        return {name for requirement in self.security or () for name in requirement}

    @property
    def successes(self) -> tuple[Response, ...]:
        """2xx responses, exact statuses in order, else the `2XX` range."""
        exact = sorted((r for r in self.responses if r.is_success and r.code is not None), key=lambda r: r.status)
        return tuple(exact) or tuple(r for r in self.responses if r.status.upper() == "2XX")

    @property
    def errors(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_error)

    @property
    def pagination(self) -> PaginationTrait | None:
        return pagination_trait(self.node, self.pointer)

    @property
    def servers(self) -> list[Any] | None:
        servers = self.node.get("servers") or self.path_item.get("servers")
        return servers if isinstance(servers, list) and servers else None


@dataclass
class SpecView:
    """One spec, read once. Reference problems are collected in `ref_problems` (once per written place)."""

    spec: LoadedSpec
    ref_problems: dict[str, Problem] = field(default_factory=dict)

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    @property
    def is_aws(self) -> bool:
        return isinstance(self.document.get("x-aws"), dict)

    @property
    def components(self) -> dict[str, Any]:
        components = self.document.get("components")
        return components if isinstance(components, dict) else {}

    @property
    def schemas(self) -> dict[str, Any]:
        schemas = self.components.get("schemas")
        return dict(schemas) if isinstance(schemas, dict) else {}

    @property
    def security_schemes(self) -> dict[str, Any]:
        schemes = self.components.get("securitySchemes")
        return schemes if isinstance(schemes, dict) else {}

    @property
    def root_security(self) -> tuple[dict[str, Any], ...] | None:
        return self._requirements(self.document.get("security"))

    # -- references -------------------------------------------------------------------------------
    def resolve(self, node: Any, pointer: str) -> Resolved:
        """Follow local `$ref`s from `node` (written at `pointer`) to a node that is not a reference."""
        seen: list[str] = []
        written_at = pointer
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                return self._refused(
                    node,
                    written_at,
                    f"unsupported $ref {ref!r}: only references inside the document (#/...) are followed",
                )
            if ref in seen:
                return self._refused(node, written_at, f"$ref cycle through {' → '.join([*seen, ref])}")
            seen.append(ref)
            try:
                node, pointer = self.spec.resolve(ref), ref[1:]
            except (KeyError, IndexError, ValueError, TypeError):
                return self._refused(node, written_at, f"$ref {ref!r} points at nothing")
            written_at = pointer
        return Resolved(node, pointer)

    def _refused(self, node: Any, pointer: str, message: str) -> Resolved:
        self.ref_problems.setdefault(
            pointer, self.spec.problem(pointer, message, rule="ref", hint="point the $ref at a defined component")
        )
        return Resolved(node, pointer, message)

    def member(self, schema: Any, pointer: str, path: str) -> Resolved | None:
        """The schema at a dotted member path (`meta.page.after`) below an object schema, `$ref`s, `allOf` parts
        and nullable `anyOf`/`oneOf` branches followed; None when a member is not there. `""` is the schema."""
        resolved = self.resolve(schema, pointer)
        for name in path.split(".") if path else ():
            found = self._property(resolved, name)
            if found is None:
                return None
            resolved = found
        return resolved if resolved.problem is None else None

    def _property(self, resolved: Resolved, name: str) -> Resolved | None:
        node = resolved.mapping
        properties = node.get("properties")
        if isinstance(properties, dict) and name in properties:
            at = join_pointer(join_pointer(resolved.pointer, "properties"), name)
            return self.resolve(properties[name], at)
        for keyword in ("allOf", "anyOf", "oneOf"):
            parts = node.get(keyword)
            for index, part in enumerate(parts if isinstance(parts, list) else []):
                at = join_pointer(join_pointer(resolved.pointer, keyword), index)
                found = self._property(self.resolve(part, at), name)
                if found is not None:
                    return found
        return None

    def mapping(self, node: Any, pointer: str) -> tuple[dict[str, Any], str]:
        """A node that should be a mapping, `$ref` followed: ({}, pointer) when it is not one."""
        resolved = self.resolve(node, pointer)
        return resolved.mapping, resolved.pointer

    # -- operations -------------------------------------------------------------------------------
    @cached_property
    def operations(self) -> tuple[Operation, ...]:
        found: list[Operation] = []
        paths = self.document.get("paths")
        for path, raw_item in (paths if isinstance(paths, dict) else {}).items():
            item, item_pointer = self.mapping(raw_item, join_pointer("/paths", str(path)))
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    found.append(self._operation(str(path), method, node, item, item_pointer))
        return tuple(found)

    def _operation(
        self, path: str, method: str, node: dict[str, Any], item: dict[str, Any], item_pointer: str
    ) -> Operation:
        pointer = join_pointer(join_pointer("/paths", path), method)
        merged: dict[tuple[str, str], Parameter] = {}
        for source, base in ((item, item_pointer), (node, pointer)):
            raw_list = source.get("parameters")
            for index, raw in enumerate(raw_list if isinstance(raw_list, list) else []):
                param, param_pointer = self.mapping(raw, join_pointer(join_pointer(base, "parameters"), index))
                if "name" in param and "in" in param:
                    merged[(str(param["in"]), str(param["name"]))] = Parameter(
                        str(param["name"]), str(param["in"]), param, param_pointer
                    )
        parameters = tuple(p for p in merged.values() if p.location in PARAMETER_LOCATIONS)
        unknown = tuple(p for p in merged.values() if p.location not in PARAMETER_LOCATIONS)
        body = None
        if node.get("requestBody") is not None:
            body_node, body_pointer = self.mapping(node["requestBody"], join_pointer(pointer, "requestBody"))
            body = RequestBody(body_node, body_pointer, self._content(body_node, body_pointer))
        responses = []
        raw_responses = node.get("responses")
        for status, raw in (raw_responses if isinstance(raw_responses, dict) else {}).items():
            response, response_pointer = self.mapping(
                raw, join_pointer(join_pointer(pointer, "responses"), str(status))
            )
            responses.append(
                Response(str(status), response, response_pointer, self._content(response, response_pointer))
            )
        security = self._requirements(node["security"]) if "security" in node else self.root_security
        return Operation(path, method, node, pointer, item, parameters, unknown, body, tuple(responses), security)

    @staticmethod
    def _requirements(value: Any) -> tuple[dict[str, Any], ...] | None:
        if not isinstance(value, list):
            return None
        return tuple(requirement for requirement in value if isinstance(requirement, dict))

    def _content(self, owner: dict[str, Any], pointer: str) -> Content:
        content = owner.get("content")
        media = []
        for media_type, node in (content if isinstance(content, dict) else {}).items():
            media_pointer = join_pointer(join_pointer(pointer, "content"), str(media_type))
            node = node if isinstance(node, dict) else {}
            media.append(
                Media(
                    str(media_type),
                    media_kind(str(media_type)),
                    node,
                    media_pointer,
                    node.get("schema"),
                    self.examples(node, media_pointer),
                )
            )
        return Content(tuple(media))

    def examples(self, owner: dict[str, Any], pointer: str) -> tuple[Example, ...]:
        """The examples of a media type or parameter: `examples` (each `$ref` followed), then `example`."""
        found: list[Example] = []
        examples = owner.get("examples")
        for name, raw in (examples if isinstance(examples, dict) else {}).items():
            example, example_pointer = self.mapping(raw, join_pointer(join_pointer(pointer, "examples"), str(name)))
            if "value" in example:
                found.append(
                    Example(
                        str(name),
                        example_pointer,
                        join_pointer(example_pointer, "value"),
                        example["value"],
                        text(example, "summary", "description"),
                        example.get("x-example-source") == "constructed",
                    )
                )
        if "example" in owner:
            at = join_pointer(pointer, "example")
            found.append(Example("example", at, at, owner["example"], "", False))
        return tuple(found)


def view_of(spec: LoadedSpec) -> SpecView:
    return SpecView(spec)
