"""The intermediate representation: everything the templates need, as plain frozen dataclasses.

Templates read only these objects; nothing in a template walks the spec. Strings here are data
(names, wire names, descriptions), never Python source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TypeKind = Literal["str", "int", "float", "bool", "datetime", "any", "model", "enum", "list", "map", "bytes"]
#: body: one property of a flattened request body model; payload: the whole request body as one argument
Location = Literal["path", "query", "header", "cookie", "body", "payload"]
#: How a body is encoded, by media type (see `view.media_kind`).
MediaKind = Literal["json", "form", "multipart", "text", "binary"]


@dataclass(frozen=True)
class TypeRef:
    """A Python type, structurally: templates render it, the generator never writes it as text."""

    kind: TypeKind
    name: str | None = None  # model or enum class name
    item: TypeRef | None = None  # list item / map value


@dataclass(frozen=True)
class Constraints:
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    unique_items: bool = False

    @property
    def any(self) -> bool:
        return any(value is not None and value is not False for value in vars(self).values())

    @property
    def described(self) -> tuple[str, ...]:
        """The constraints as documentation shows them, e.g. ("min length 1", "≤ 100")."""
        parts = [
            (self.pattern is not None, f"pattern `{self.pattern}`"),
            (self.min_length is not None, f"min length {self.min_length}"),
            (self.max_length is not None, f"max length {self.max_length}"),
            (self.minimum is not None, f"≥ {self.minimum}"),
            (self.exclusive_minimum is not None, f"> {self.exclusive_minimum}"),
            (self.maximum is not None, f"≤ {self.maximum}"),
            (self.exclusive_maximum is not None, f"< {self.exclusive_maximum}"),
            (self.multiple_of is not None, f"multiple of {self.multiple_of}"),
            (self.min_items is not None, f"min items {self.min_items}"),
            (self.max_items is not None, f"max items {self.max_items}"),
            (self.unique_items, "unique items"),
        ]
        return tuple(text for present, text in parts if present)

    @property
    def has_range(self) -> bool:
        bounds = (self.minimum, self.maximum, self.exclusive_minimum, self.exclusive_maximum, self.multiple_of)
        return any(bound is not None for bound in bounds)

    @property
    def has_length(self) -> bool:
        return self.pattern is not None or self.min_length is not None or self.max_length is not None

    @property
    def has_count(self) -> bool:
        return self.min_items is not None or self.max_items is not None or self.unique_items


@dataclass(frozen=True)
class Param:
    """One keyword argument of a client method."""

    python_name: str
    wire_name: str
    location: Location
    type: TypeRef
    required: bool
    description: str
    constraints: Constraints = field(default_factory=Constraints)
    deprecated: bool = False
    example: object = None
    style: str = "form"
    explode: bool = True
    #: Smithy `@idempotencyToken` (`x-aws-idempotency-token`, or `x-idempotency-token` for plain APIs): when the
    #: caller passes none, the request builder fills a fresh UUID4, once per call (every retry sends it again)
    idempotency_token: bool = False

    @property
    def is_file_part(self) -> bool:
        """Sent as a file part of a multipart body: binary content, or a list of it (several files)."""
        kind = self.type.item.kind if self.type.kind == "list" and self.type.item is not None else self.type.kind
        return self.location == "body" and kind == "bytes"

    @property
    def check(self) -> Literal["string", "number", "items"] | None:
        """Which runtime check the client runs on this argument before sending (request bodies are checked
        by their pydantic model instead); path segments are always checked to be strings."""
        if self.location not in ("path", "query", "header", "cookie"):
            return None
        if self.type.kind == "str" and (self.constraints.has_length or self.location == "path"):
            return "string"
        if self.type.kind in ("int", "float") and self.constraints.has_range:
            return "number"
        if self.type.kind == "list" and self.constraints.has_count:
            return "items"
        return None


@dataclass(frozen=True)
class RequestBody:
    kind: MediaKind
    content_type: str
    model: str | None  # the model whose properties are flattened into keyword arguments
    required: bool
    #: form fields whose `encoding` is style deepObject (Stripe's `metadata[key]=value`)
    deep_object_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResponseShape:
    kind: Literal["json", "text", "binary", "empty"]
    type: TypeRef | None
    model: str | None  # the class when the result is a generated model
    status: int
    content_type: str | None = None  # the media type decoded; non-AWS requests send it as Accept
    or_empty: bool = False  # another 2xx status has no body (a 204 beside a 200): the result is None then


@dataclass(frozen=True)
class ErrorField:
    python_name: str
    wire_name: str
    type: TypeRef


@dataclass(frozen=True)
class ErrorClass:
    """One exported exception class: an AWS error code, or an HTTP status of a non-AWS API."""

    class_name: str
    description: str
    code: str | None
    status: int | None
    retryable: bool
    throttling: bool
    body_model: str | None
    fields: tuple[ErrorField, ...] = ()
    #: further body models when operations document this status with different bodies (`.data` tries each)
    other_body_models: tuple[str, ...] = ()

    @property
    def body_models(self) -> tuple[str, ...]:
        return (self.body_model, *self.other_body_models) if self.body_model else ()


@dataclass(frozen=True)
class Acceptor:
    state: Literal["success", "failure", "retry"]
    matcher: Literal["path", "pathAll", "pathAny", "error"]
    argument: str | None
    expected: str | bool | int | float


@dataclass(frozen=True)
class Waiter:
    name: str
    method_name: str
    description: str
    min_delay: float
    max_delay: float
    max_wait: float
    acceptors: tuple[Acceptor, ...]

    @property
    def succeeds_on_error(self) -> bool:
        """An `error` acceptor can end the wait with success (a resource that is gone): no response then."""
        return any(a.matcher == "error" and a.state == "success" for a in self.acceptors)


PaginationStyle = Literal["token", "cursor", "offset", "page", "link"]


@dataclass(frozen=True)
class Pagination:
    """How `paginate_<method>` walks an operation's pages; every name is Python's (argument and attribute names).

    token (AWS `@paginated`) and cursor: the next page's `input_token` argument is the value at `output_token`
    in the page (cursor also stops on a page without items); offset: `input_token` advances by the items
    received; page: `input_token` counts pages from `page_start`; link: the `Link` header's `rel="next"` URL,
    whose query parameters become the arguments named in `link_arguments`."""

    style: PaginationStyle
    method_name: str  # paginate_<method>
    item_type: TypeRef  # what `.items()` yields
    input_token: str | None = None  # the argument that carries the token, cursor, offset or page number
    output_token: tuple[str, ...] = ()  # attribute path in the response model
    items: tuple[str, ...] = ()  # attribute path of the items list (empty: the response is the list)
    page_size: str | None = None  # the argument that sets the page size
    default_page_size: int | None = None  # the page size argument's documented default
    page_start: int = 0
    #: query wire name → (argument, "int" | "float" | "str"), for the link style
    link_arguments: tuple[tuple[str, str, str], ...] = ()
    #: the trait's wire names (request members, response member paths), for the fake server and the diff
    wire_input_token: str | None = None
    wire_output_token: tuple[str, ...] = ()
    wire_items: tuple[str, ...] = ()
    wire_page_size: str | None = None


@dataclass(frozen=True)
class Example:
    """A documented request or response example, kept for docs and contract tests."""

    name: str
    summary: str
    value: object
    constructed: bool


@dataclass(frozen=True)
class ErrorExample:
    status: int
    example: Example


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method_name: str
    name: str  # the name used in messages: the AWS operation name or the operationId
    http_method: str
    path: str  # wire path template with {wire_name} placeholders
    summary: str
    description: str
    params: tuple[Param, ...]
    request: RequestBody | None
    response: ResponseShape
    errors: tuple[ErrorClass, ...]
    deprecated: bool = False
    aws_target: str | None = None
    host_prefix: str = ""
    server_url: str | None = None
    anonymous: bool = False  # `security: []`: sent without the client's credentials
    waiters: tuple[Waiter, ...] = ()
    pagination: Pagination | None = None
    request_examples: tuple[Example, ...] = ()
    response_examples: tuple[Example, ...] = ()
    error_examples: tuple[ErrorExample, ...] = ()
    #: the response example the fake server answers with by default: the first one valid on the wire
    default_example: str | None = None

    @property
    def request_model(self) -> str | None:
        return self.request.model if self.request is not None and self.request.kind == "json" else None

    @property
    def fake_examples(self) -> tuple[tuple[str, int, object], ...]:
        """(name, status, body) of each example the fake server can answer with: the JSON success examples, then
        the error examples (a name a success example already has gets its status appended)."""
        found = [
            (e.name, self.response.status, e.value) for e in self.response_examples if self.response.kind == "json"
        ]
        success_names = {name for name, _, _ in found}
        for error in self.error_examples:
            name = error.example.name
            found.append(
                (name if name not in success_names else f"{name}{error.status}", error.status, error.example.value)
            )
        return tuple(found)

    @property
    def request_content_type(self) -> str | None:
        return self.request.content_type if self.request is not None else None

    @property
    def response_model(self) -> str | None:
        return self.response.model

    @property
    def response_status(self) -> int:
        return self.response.status

    def located(self, *locations: str) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location in locations)

    @property
    def path_params(self) -> tuple[Param, ...]:
        return self.located("path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return self.located("query")

    @property
    def header_params(self) -> tuple[Param, ...]:
        return self.located("header")

    @property
    def cookie_params(self) -> tuple[Param, ...]:
        return self.located("cookie")

    @property
    def body_params(self) -> tuple[Param, ...]:
        return self.located("body")

    @property
    def payload_param(self) -> Param | None:
        found = self.located("payload")
        return found[0] if found else None

    @property
    def example_arguments(self) -> tuple[tuple[str, object], ...]:
        """Keyword arguments of a documented call: each parameter's example, else the same-named member
        of the first request example (all of it for a payload argument). Docs render these."""
        body = self.request_examples[0].value if self.request_examples else None
        found: list[tuple[str, object]] = []
        for p in self.params:
            if p.example is not None:
                found.append((p.python_name, p.example))
            elif p.location == "body" and isinstance(body, dict) and p.wire_name in body:
                found.append((p.python_name, body[p.wire_name]))
            elif p.location == "payload" and body is not None:
                found.append((p.python_name, body))
        return tuple(found)

    @property
    def example_missing(self) -> tuple[str, ...]:
        """Required arguments for which the spec gives no example value."""
        given = {name for name, _ in self.example_arguments}
        return tuple(p.python_name for p in self.params if p.required and p.python_name not in given)


@dataclass(frozen=True)
class ServerVariable:
    name: str
    argument: str | None  # constructor keyword, when users choose the value
    env: str | None
    default: str
    enum: tuple[str, ...]
    unsupported: tuple[tuple[str, str], ...]  # (value, reason)
    aliases: tuple[tuple[str, str], ...]  # (alias, value)
    description: str


@dataclass(frozen=True)
class Server:
    url_template: str
    description: str
    variables: tuple[ServerVariable, ...]


@dataclass(frozen=True)
class Credential:
    """A constructor argument that carries a secret (API key, token)."""

    argument: str
    env: str | None
    location: Literal["header", "query", "cookie"]
    wire_name: str
    scheme: Literal["apiKey", "bearer", "basic"]
    description: str
    required: bool = True


@dataclass(frozen=True)
class AwsTraits:
    protocol: Literal["awsJson1_0", "awsJson1_1", "restJson1"]
    signing_name: str
    endpoint_prefix: str
    service_id: str
    target_prefix: str | None
    api_version: str | None


@dataclass(frozen=True)
class ModelField:
    """One field of a generated model class, named before the models are generated (the name is handed to
    datamodel-code-generator as a scoped alias; reading its output back only checks it)."""

    python_name: str
    wire_name: str
    type: TypeRef
    #: without a default in the class (readOnly/writeOnly properties are optional there: one model serves both)
    required: bool
    nullable: bool = False
    read_only: bool = False
    write_only: bool = False
    description: str = ""


ModelKind = Literal["object", "enum", "union", "other"]


@dataclass(frozen=True)
class Model:
    """A class of the generated models module: a component schema or a hoisted inline body/response schema.
    Classes that datamodel-code-generator invents for inline nested objects are not listed."""

    class_name: str
    schema_name: str | None  # the component schema it models; None for a hoisted inline schema
    kind: ModelKind
    bases: tuple[str, ...] = ()  # allOf parents, as class names
    fields: tuple[ModelField, ...] = ()  # its own fields (inherited ones live on the bases)
    enum_values: tuple[object, ...] = ()
    #: a union by our convention: its branches' classes, one per member (each refuses a second member)
    variants: tuple[str, ...] = ()

    def field(self, wire_name: str) -> ModelField | None:
        return next((f for f in self.fields if f.wire_name == wire_name), None)


ConstructorRole = Literal[
    "region", "endpoint_url", "aws_credential", "profile", "credential", "server_variable", "base_url"
]


@dataclass(frozen=True)
class ConstructorArgument:
    """A keyword argument of the clients' constructor that the spec decides (the transport keywords
    `http_client`, `timeout` and `max_retries` are every client's, see `generator.reserved`)."""

    name: str
    role: ConstructorRole
    description: str
    env: tuple[str, ...] = ()  # environment variables read when the argument is not given, in order
    default: str | None = None  # documented default value, when there is one
    required: bool = False  # construction fails without it (and without its environment variable)
    secret: bool = False


@dataclass(frozen=True)
class Service:
    spec_path: str  # relative to the repository, posix
    spec_sha256: str
    package: str
    client_stem: str
    title: str
    description: str
    version: str
    server: Server
    credentials: tuple[Credential, ...]
    aws: AwsTraits | None
    operations: tuple[Operation, ...]
    errors: tuple[ErrorClass, ...]
    #: the constructor's spec-decided keywords, in signature order
    constructor_arguments: tuple[ConstructorArgument, ...] = ()
    models: tuple[Model, ...] = ()
    #: inline body/response schemas given names so that they become models
    hoisted_schemas: tuple[tuple[str, object], ...] = ()
    warnings: tuple[object, ...] = ()

    @property
    def class_names(self) -> tuple[tuple[str, str], ...]:
        """Component schema name → model class name (names that are not identifiers are renamed)."""
        return tuple(sorted((m.schema_name, m.class_name) for m in self.models if m.schema_name is not None))

    @property
    def sync_client(self) -> str:
        return f"{self.client_stem}Client"

    @property
    def async_client(self) -> str:
        return f"Async{self.client_stem}Client"

    @property
    def retryable_codes(self) -> tuple[str, ...]:
        return tuple(sorted(e.code for e in self.errors if e.code and e.retryable))

    @property
    def has_waiters(self) -> bool:
        return any(op.waiters for op in self.operations)

    @property
    def has_pagination(self) -> bool:
        return any(op.pagination for op in self.operations)

    @property
    def has_idempotency_tokens(self) -> bool:
        return any(p.idempotency_token for op in self.operations for p in op.params)
