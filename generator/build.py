"""Spec → IR. All spec-walking lives here; templates only read the resulting dataclasses.

Inline schemas of bodies and responses are hoisted into named schemas (`GetPetResponse`, ...) so that
datamodel-code-generator models them like component schemas; the hoisted schemas travel with the IR
(`Service.hoisted_schemas`) to the models step.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from . import ir
from .errors import Problem, SpecError
from .loader import LoadedSpec, join_pointer, unescape_pointer_token
from .naming import argument_name, is_package_name, pascal_case, schema_class_names, snake_case

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]*\+)?(json|x-amz-json-1\.[01])$|^application/json-patch\+json$")
FORM_MEDIA = "application/x-www-form-urlencoded"
MULTIPART_MEDIA = "multipart/form-data"
TEXT_MEDIA = re.compile(r"^text/|^application/(xml|[a-z0-9.+-]+\+xml|yaml|x-yaml)$")
SCHEMA_REF = "#/components/schemas/"


def schema_ref_name(ref: str) -> str | None:
    """The component schema a local `$ref` names (`#/components/schemas/Task` → `Task`), else None."""
    return unescape_pointer_token(ref[len(SCHEMA_REF) :]) if ref.startswith(SCHEMA_REF) else None


#: Exception class names for documented HTTP statuses of non-AWS APIs (Stainless-style).
STATUS_ERROR_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    402: "PaymentRequiredError",
    403: "ForbiddenError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    406: "NotAcceptableError",
    408: "RequestTimeoutError",
    409: "ConflictError",
    410: "GoneError",
    412: "PreconditionFailedError",
    413: "PayloadTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    501: "NotImplementedApiError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}


#: The constructor keywords of every AWS client, named as boto3 names them.
AWS_CONSTRUCTOR_ARGUMENTS = (
    ir.ConstructorArgument(
        "region",
        "region",
        "AWS region id; else ``AWS_REGION``, ``AWS_DEFAULT_REGION`` or the profile's region.",
        env=("AWS_REGION", "AWS_DEFAULT_REGION"),
    ),
    ir.ConstructorArgument(
        "endpoint_url",
        "endpoint_url",
        "Send requests here instead of the regional endpoint (also ``AWS_ENDPOINT_URL``).",
        env=("AWS_ENDPOINT_URL",),
    ),
    ir.ConstructorArgument(
        "aws_access_key_id",
        "aws_credential",
        "Access key id; else the standard credential chain (environment, profiles, ...).",
        env=("AWS_ACCESS_KEY_ID",),
        secret=True,
    ),
    ir.ConstructorArgument(
        "aws_secret_access_key",
        "aws_credential",
        "Secret access key, given with ``aws_access_key_id``.",
        env=("AWS_SECRET_ACCESS_KEY",),
        secret=True,
    ),
    ir.ConstructorArgument(
        "aws_session_token",
        "aws_credential",
        "Session token for temporary credentials.",
        env=("AWS_SESSION_TOKEN",),
        secret=True,
    ),
    ir.ConstructorArgument(
        "profile", "profile", "Profile of the shared credentials and config files.", env=("AWS_PROFILE",)
    ),
)


@dataclass(frozen=True)
class Selection:
    """Which operations to generate: by tag or operationId (empty include lists mean everything)."""

    include_tags: frozenset[str] = frozenset()
    exclude_tags: frozenset[str] = frozenset()
    include_operations: frozenset[str] = frozenset()
    exclude_operations: frozenset[str] = frozenset()

    def accepts(self, operation_id: str | None, tags: list[str]) -> bool:
        if operation_id in self.exclude_operations or self.exclude_tags.intersection(tags):
            return False
        if not self.include_tags and not self.include_operations:
            return True
        return operation_id in self.include_operations or bool(self.include_tags.intersection(tags))


class Builder:
    def __init__(self, spec: LoadedSpec, *, allow_partial: bool = False, selection: Selection | None = None) -> None:
        self.selection = selection or Selection()
        self.spec = spec
        self.doc = spec.document
        self.allow_partial = allow_partial
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.schemas: dict[str, Any] = dict((self.doc.get("components") or {}).get("schemas") or {})
        self.class_names = schema_class_names(list(self.schemas))
        self.hoisted: dict[str, Any] = {}
        self._taken_classes = set(self.class_names.values())

    # -- reporting --------------------------------------------------------------------------------
    def fail(self, pointer: str, message: str, hint: str = "") -> None:
        self.problems.append(self.spec.problem(pointer, message, rule="generate", hint=hint))

    def warn(self, pointer: str, message: str, hint: str = "") -> None:
        self.warnings.append(self.spec.problem(pointer, message, rule="generate", severity="warning", hint=hint))

    def unsupported(self, pointer: str, message: str) -> None:
        """Something the generator cannot express: an error, or with --allow-partial a reported skip."""
        if self.allow_partial:
            self.warn(pointer, f"skipped: {message}", "remove --allow-partial to make this an error")
        else:
            self.fail(
                pointer,
                f"unsupported: {message}",
                "rewrite that part, or generate with --allow-partial to skip the operation",
            )

    # -- schemas ----------------------------------------------------------------------------------
    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local `$ref`s; return the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                self.fail(
                    pointer, f"unsupported $ref {ref!r}: only references inside the document (#/...) are followed"
                )
                return {}, pointer
            if ref in seen:
                self.fail(pointer, f"$ref cycle through {ref}")
                return {}, pointer
            seen.add(ref)
            try:
                node, pointer = self.spec.resolve(ref), ref[1:]
            except (KeyError, IndexError, ValueError):
                self.fail(pointer, f"$ref {ref!r} points at nothing")
                return {}, pointer
        return node, pointer

    def component_class(self, ref: str) -> str | None:
        name = schema_ref_name(ref)
        return None if name is None else self.class_names.get(name)

    @staticmethod
    def is_model_schema(schema: Any) -> bool:
        """Schemas datamodel-code-generator turns into a class that we return as is."""
        if not isinstance(schema, dict):
            return False
        if any(key in schema for key in ("properties", "allOf", "oneOf", "anyOf")):
            return True
        return schema.get("type") == "object" and not isinstance(schema.get("additionalProperties"), dict)

    @staticmethod
    def is_enum_schema(schema: Any) -> bool:
        return isinstance(schema, dict) and "enum" in schema and schema.get("type", "string") == "string"

    def new_class_name(self, hint: str) -> str:
        base = schema_class_names([pascal_case(hint)])[pascal_case(hint)]
        candidate, counter = base, 2
        while candidate in self._taken_classes:
            candidate, counter = f"{base}{counter}", counter + 1
        self._taken_classes.add(candidate)
        return candidate

    def type_of(self, schema: Any, pointer: str, hoist_as: str | None = None) -> ir.TypeRef:
        """The Python type of a schema. With `hoist_as`, inline objects and enums become named models."""
        if not isinstance(schema, dict):
            return ir.TypeRef("any")
        if "$ref" in schema:
            class_name = self.component_class(schema["$ref"])
            target, target_pointer = self.deref(schema, pointer)
            if class_name is not None and isinstance(target, dict):
                if self.is_enum_schema(target):
                    return ir.TypeRef("enum", name=class_name)
                if self.is_model_schema(target):
                    return ir.TypeRef("model", name=class_name)
            return self.type_of(target, target_pointer, hoist_as)
        if "x-timestamp-format" in schema or schema.get("format") == "date-time":
            return ir.TypeRef("datetime")
        if hoist_as is not None and (self.is_model_schema(schema) or self.is_enum_schema(schema)):
            name = self.new_class_name(hoist_as)
            self.hoisted[name] = schema
            return ir.TypeRef("enum" if self.is_enum_schema(schema) else "model", name=name)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if kind == "string":
            return (
                ir.TypeRef("bytes")
                if schema.get("format") in ("binary", "byte") and hoist_as is None
                else ir.TypeRef("str")
            )
        if kind == "integer":
            return ir.TypeRef("int")
        if kind == "number":
            return ir.TypeRef("float")
        if kind == "boolean":
            return ir.TypeRef("bool")
        if kind == "array" or "items" in schema and kind is None:
            item_hint = f"{hoist_as}Item" if hoist_as else None
            return ir.TypeRef(
                "list", item=self.type_of(schema.get("items", {}), join_pointer(pointer, "items"), item_hint)
            )
        if isinstance(schema.get("additionalProperties"), dict) and not schema.get("properties"):
            value_hint = f"{hoist_as}Value" if hoist_as else None
            value = self.type_of(
                schema["additionalProperties"], join_pointer(pointer, "additionalProperties"), value_hint
            )
            return ir.TypeRef("map", item=value)
        return ir.TypeRef("any")

    @staticmethod
    def constraints(schema: Any) -> ir.Constraints:
        if not isinstance(schema, dict):
            return ir.Constraints()

        def number(key: str) -> float | None:
            value = schema.get(key)
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        minimum, maximum = number("minimum"), number("maximum")
        exclusive_minimum, exclusive_maximum = number("exclusiveMinimum"), number("exclusiveMaximum")
        if schema.get("exclusiveMinimum") is True:  # OpenAPI 3.0: a flag on `minimum`
            minimum, exclusive_minimum = None, minimum
        if schema.get("exclusiveMaximum") is True:
            maximum, exclusive_maximum = None, maximum
        multiple_of = number("multipleOf")
        return ir.Constraints(
            pattern=schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
            min_length=schema.get("minLength"),
            max_length=schema.get("maxLength"),
            minimum=minimum,
            maximum=maximum,
            min_items=schema.get("minItems"),
            max_items=schema.get("maxItems"),
            exclusive_minimum=exclusive_minimum,
            exclusive_maximum=exclusive_maximum,
            multiple_of=multiple_of if multiple_of else None,
            unique_items=schema.get("uniqueItems") is True,
        )

    @staticmethod
    def text(node: Any, *keys: str) -> str:
        for key in keys:
            value = node.get(key) if isinstance(node, dict) else None
            if isinstance(value, str) and value.strip():
                return " ".join(value.split()) if key == "summary" else value.strip()
        return ""

    # -- media ------------------------------------------------------------------------------------
    def examples(self, media: dict[str, Any], pointer: str) -> tuple[ir.Example, ...]:
        found: list[ir.Example] = []
        for name, example in (media.get("examples") or {}).items():
            example, _ = self.deref(example, join_pointer(join_pointer(pointer, "examples"), name))
            if isinstance(example, dict) and "value" in example:
                found.append(
                    ir.Example(
                        name=str(name),
                        summary=self.text(example, "summary", "description"),
                        value=example["value"],
                        constructed=example.get("x-example-source") == "constructed",
                    )
                )
        if "example" in media:
            found.append(ir.Example(name="example", summary="", value=media["example"], constructed=False))
        return tuple(found)

    @staticmethod
    def media_kind(media_type: str) -> ir.MediaKind:
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

    def pick_media(self, content: Any) -> tuple[str, dict[str, Any], ir.MediaKind] | None:
        """The media type a client should use: JSON first, then form, multipart, text, binary."""
        if not isinstance(content, dict) or not content:
            return None
        ranked = sorted(
            ((self.media_kind(str(t)), str(t), m if isinstance(m, dict) else {}) for t, m in content.items()),
            key=lambda item: ("json", "form", "multipart", "text", "binary").index(item[0]),
        )
        kind, media_type, media = ranked[0]
        return media_type, media, kind

    # -- service-level parts ----------------------------------------------------------------------
    def aws_traits(self) -> ir.AwsTraits | None:
        traits = self.doc.get("x-aws")
        if traits is None:
            return None
        if not isinstance(traits, dict):
            self.fail("/x-aws", "x-aws must be a mapping")
            return None
        protocol = traits.get("protocol")
        if protocol not in ("awsJson1_0", "awsJson1_1", "restJson1"):
            self.fail(
                "/x-aws/protocol", f"unsupported AWS protocol {protocol!r}", "use awsJson1_0, awsJson1_1 or restJson1"
            )
            return None
        for key in ("signingName", "endpointPrefix"):
            if not isinstance(traits.get(key), str):
                self.fail(f"/x-aws/{key}", f"x-aws.{key} is required")
        if protocol.startswith("awsJson") and not isinstance(traits.get("targetPrefix"), str):
            self.fail("/x-aws/targetPrefix", "awsJson protocols need x-aws.targetPrefix")
        return ir.AwsTraits(
            protocol=protocol,
            signing_name=str(traits.get("signingName", "")),
            endpoint_prefix=str(traits.get("endpointPrefix", "")),
            service_id=str(traits.get("serviceId") or traits.get("endpointPrefix", "")),
            target_prefix=traits.get("targetPrefix"),
            api_version=traits.get("apiVersion"),
        )

    def server_variables(self, server: dict[str, Any]) -> tuple[ir.ServerVariable, ...]:
        variables = []
        for name, variable in (server.get("variables") or {}).items():
            if not isinstance(variable, dict):
                continue
            enum = tuple(str(v) for v in variable.get("enum", ()))
            argument = variable.get("x-codegen-argument")
            if argument is None and len(enum) != 1:
                argument = snake_case(name)
            variables.append(
                ir.ServerVariable(
                    name=str(name),
                    argument=argument,
                    env=variable.get("x-codegen-env"),
                    default=str(variable.get("default", "")),
                    enum=enum,
                    unsupported=tuple(
                        (str(k), " ".join(str(v).split()))
                        for k, v in (variable.get("x-unsupported-values") or {}).items()
                    ),
                    aliases=tuple((str(k), str(v)) for k, v in (variable.get("x-codegen-aliases") or {}).items()),
                    description=self.text(variable, "description"),
                )
            )
        return tuple(variables)

    def server(self) -> ir.Server:
        servers = self.doc.get("servers") or [{"url": "/"}]
        first = servers[0] if isinstance(servers[0], dict) else {"url": "/"}
        variables = self.server_variables(first)
        taken = {"base_url", "http_client", "timeout", "max_retries"}
        renamed = []
        for variable in variables:
            if variable.argument in taken:
                variable = ir.ServerVariable(**{**vars(variable), "argument": f"server_{variable.argument}"})
            taken.add(variable.argument or "")
            renamed.append(variable)
        return ir.Server(
            url_template=str(first.get("url", "/")),
            description=self.text(first, "description"),
            variables=tuple(renamed),
        )

    @staticmethod
    def fill_server_url(server: dict[str, Any]) -> str:
        url = str(server.get("url", "/"))
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + str(name) + "}", str((variable or {}).get("default", "")))
        return url

    def anonymous(self, operation: dict[str, Any]) -> bool:
        """`security: []` (on the operation, or the root's when it has none): the call sends no credentials,
        like a sign-in or token call. A spec that says nothing about security keeps the client's credentials."""
        return operation.get("security", self.doc.get("security")) == []

    def credentials(self, aws: ir.AwsTraits | None) -> tuple[ir.Credential, ...]:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        requirement_sets: list[list[dict[str, Any]]] = []
        root = self.doc.get("security")
        for _, _, operation, _ in self.operations_in_spec():
            requirements = operation.get("security", root)
            if isinstance(requirements, list):  # [] too: that operation needs no credential
                requirement_sets.append(requirements)
        used: list[str] = []
        for requirements in requirement_sets:
            for requirement in requirements:
                used.extend(name for name in requirement if name not in used)
        found: list[ir.Credential] = []
        taken = {"base_url", "http_client", "timeout", "max_retries"}
        for name in used:
            pointer = join_pointer("/components/securitySchemes", name)
            scheme, pointer = self.deref(schemes.get(name), pointer)
            if not isinstance(scheme, dict) or not scheme:
                self.warn(
                    pointer,
                    f"security scheme {name!r} is used but not defined; clients will not send it",
                    "define it under components/securitySchemes",
                )
                continue
            if scheme.get("x-aws-auth") == "sigv4":
                if aws is None:
                    self.fail(pointer, "x-aws-auth: sigv4 needs the root x-aws traits")
                continue
            kind = scheme.get("type")
            http_scheme = str(scheme.get("scheme", "")).lower()
            if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
                style, location, wire = "apiKey", scheme["in"], str(scheme.get("name", name))
            elif kind == "http" and http_scheme == "basic":
                style, location, wire = "basic", "header", "Authorization"
            elif kind == "http" and http_scheme == "bearer" or kind in ("oauth2", "openIdConnect"):
                style, location, wire = "bearer", "header", "Authorization"
            else:
                self.warn(
                    pointer,
                    f"security scheme {name!r} ({kind}/{http_scheme or scheme.get('in')}) is not supported; clients will not send it",
                    "pass the credential with extra_headers, or use http_client",
                )
                continue
            # a credential is required when every alternative of every operation needs it
            required = bool(requirement_sets) and all(
                requirements and all(name in r for r in requirements) for requirements in requirement_sets
            )
            argument = scheme.get("x-codegen-argument") or argument_name(name, taken)
            taken.add(argument)
            found.append(
                ir.Credential(
                    argument=argument,
                    env=scheme.get("x-codegen-env"),
                    location=location,
                    wire_name=wire,
                    scheme=style,  # type: ignore[arg-type]
                    description=self.text(scheme, "description") or f"{kind} credential {name}",
                    required=required,
                )
            )
        return tuple(found)

    @staticmethod
    def constructor_arguments(
        aws: ir.AwsTraits | None, credentials: tuple[ir.Credential, ...], server: ir.Server
    ) -> tuple[ir.ConstructorArgument, ...]:
        """The constructor's spec-decided keywords, in signature order: AWS clients take the region, endpoint
        and credential-chain keywords of AWS's SDKs; other clients their credentials, server variables and
        `base_url`."""
        if aws is not None:
            return AWS_CONSTRUCTOR_ARGUMENTS
        found = [
            ir.ConstructorArgument(
                name=c.argument,
                role="credential",
                description=(c.description or c.wire_name)
                + (' As ``"username:password"``.' if c.scheme == "basic" else ""),
                env=(c.env,) if c.env else (),
                required=c.required,
                secret=True,
            )
            for c in credentials
        ]
        found += [
            ir.ConstructorArgument(
                name=v.argument,
                role="server_variable",
                description=v.description,
                env=(v.env,) if v.env else (),
                default=v.default,
            )
            for v in server.variables
            if v.argument
        ]
        found.append(
            ir.ConstructorArgument(
                name="base_url",
                role="base_url",
                description="Send requests here instead of the URL the server variables give.",
            )
        )
        return tuple(found)

    def operations_in_spec(self) -> list[tuple[str, str, dict[str, Any], str]]:
        found = []
        for path, item in (self.doc.get("paths") or {}).items():
            item, _ = self.deref(item, join_pointer("/paths", path))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    found.append((path, method, operation, join_pointer(join_pointer("/paths", path), method)))
        return found

    # -- operations -------------------------------------------------------------------------------
    def error_classes(
        self, operation: dict[str, Any], pointer: str, aws: ir.AwsTraits | None, stem: str
    ) -> tuple[ir.ErrorClass, ...]:
        found: list[ir.ErrorClass] = []
        for status, response in (operation.get("responses") or {}).items():
            status_text = str(status)
            if not status_text.isdigit() or int(status_text) < 400:
                continue  # 1xx-3xx, "default" and "4XX" ranges: plain ApiError
            response_pointer = join_pointer(join_pointer(pointer, "responses"), status_text)
            response, response_pointer = self.deref(response, response_pointer)
            if not isinstance(response, dict):
                continue
            picked = self.pick_media(response.get("content"))
            schema = picked[1].get("schema") if picked and picked[2] == "json" else None
            if aws is not None:
                variants = (schema or {}).get("anyOf") or (schema or {}).get("oneOf") or ([schema] if schema else [])
                if not variants:
                    self.fail(
                        response_pointer,
                        "an AWS error response must name its error code",
                        "give it a schema with x-aws-error",
                    )
                for index, variant in enumerate(variants):
                    target, target_pointer = self.deref(variant, join_pointer(response_pointer, f"schema/{index}"))
                    trait = target.get("x-aws-error") if isinstance(target, dict) else None
                    if not isinstance(trait, dict) or not isinstance(trait.get("code"), str):
                        self.fail(
                            target_pointer, "AWS error schema without x-aws-error.code", "add x-aws-error: {code: ...}"
                        )
                        continue
                    found.append(
                        self.error_class(trait["code"], target, variant, status_text, trait, f"{stem}{trait['code']}")
                    )
            else:
                code = int(status_text)
                class_name = STATUS_ERROR_NAMES.get(code, f"Http{code}Error")
                found.append(self.error_class(class_name, response, schema, status_text, {}, f"{stem}{code}Error"))
        return tuple(found)

    @staticmethod
    def merged_error(known: ir.ErrorClass | None, error: ir.ErrorClass) -> ir.ErrorClass:
        """One exported class per status (or AWS code) across operations. When operations document it with
        different bodies, `.data` tries each body model, and only the fields they all share get accessors."""
        if known is None or not error.body_model or error.body_model in known.body_models:
            return known or error
        if not known.body_model:
            return dataclasses.replace(known, body_model=error.body_model, fields=error.fields)
        shared = tuple(f for f in known.fields if f in error.fields)
        return dataclasses.replace(known, other_body_models=(*known.other_body_models, error.body_model), fields=shared)

    def error_class(
        self, class_name: str, described: Any, schema: Any, status: str, trait: dict[str, Any], hoist_as: str
    ) -> ir.ErrorClass:
        body_model = None
        fields: list[ir.ErrorField] = []
        if isinstance(schema, dict):
            body_type = self.type_of(schema, "", hoist_as)
            body_model = body_type.name if body_type.kind == "model" else None
            target, target_pointer = self.deref(schema, "")
            if body_model is not None and isinstance(target, dict):
                for wire, prop in (target.get("properties") or {}).items():
                    # python_name is settled once the models exist: it must be the model's own field name
                    fields.append(
                        ir.ErrorField("", str(wire), self.type_of(prop, join_pointer(target_pointer, str(wire))))
                    )
        return ir.ErrorClass(
            class_name=class_name if class_name.isidentifier() else pascal_case(class_name),
            description=self.text(described, "description") or class_name,
            code=trait.get("code"),
            status=int(status) if status.isdigit() else None,
            retryable=bool(trait.get("retryable", False)),
            throttling=bool(trait.get("throttling", False)),
            body_model=body_model,
            fields=tuple(fields),
        )

    @staticmethod
    def parameter_example(param: dict[str, Any]) -> object:
        if "example" in param:
            return param["example"]
        for example in (param.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
        return None

    def params(
        self, path_item: dict[str, Any], operation: dict[str, Any], pointer: str, taken: set[str]
    ) -> list[ir.Param] | None:
        params: list[ir.Param] = []
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        for source, base in ((path_item, pointer.rsplit("/", 1)[0]), (operation, pointer)):
            for index, raw in enumerate(source.get("parameters") or []):
                param, param_pointer = self.deref(raw, join_pointer(join_pointer(base, "parameters"), index))
                if isinstance(param, dict) and "name" in param and "in" in param:
                    merged[(str(param["in"]), str(param["name"]))] = (param, param_pointer)
        for (location, wire), (param, param_pointer) in merged.items():
            if location not in ("path", "query", "header", "cookie"):
                self.unsupported(param_pointer, f"parameter location {location!r}")
                return None
            if location == "header" and wire.lower() in ("accept", "content-type", "authorization"):
                continue  # OpenAPI says these header parameters are ignored; the client sets them
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict):
                schema = {"type": "string"}  # content-encoded parameters travel as their JSON text
            resolved, _ = self.deref(schema or {}, join_pointer(param_pointer, "schema"))
            default_style = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}[location]
            style = str(param.get("style", default_style))
            params.append(
                ir.Param(
                    python_name=argument_name(wire, taken),
                    wire_name=wire,
                    location=location,  # type: ignore[arg-type]
                    type=self.type_of(schema or {}, join_pointer(param_pointer, "schema")),
                    required=bool(param.get("required", location == "path")),
                    description=self.text(param, "description") or self.text(resolved, "description"),
                    constraints=self.constraints(resolved),
                    deprecated=bool(param.get("deprecated", False)),
                    example=self.parameter_example(param),
                    style=style,
                    explode=bool(param.get("explode", style == "form")),
                )
            )
        return params

    def request_body(
        self, operation: dict[str, Any], pointer: str, stem: str, taken: set[str]
    ) -> tuple[ir.RequestBody | None, list[ir.Param], tuple[ir.Example, ...]] | None:
        body = operation.get("requestBody")
        if body is None:
            return None, [], ()
        body_pointer = join_pointer(pointer, "requestBody")
        body, body_pointer = self.deref(body, body_pointer)
        picked = self.pick_media(body.get("content") if isinstance(body, dict) else None)
        if picked is None:
            self.unsupported(body_pointer, "a request body without content")
            return None
        media_type, media, kind = picked
        media_pointer = join_pointer(join_pointer(body_pointer, "content"), media_type)
        examples = self.examples(media, media_pointer)
        schema = media.get("schema", {})
        schema_pointer = join_pointer(media_pointer, "schema")
        required_body = bool(body.get("required", False))
        body_type = self.type_of(
            schema, schema_pointer, f"{stem}Request" if kind in ("json", "form", "multipart") else None
        )
        target, target_pointer = self.deref(schema, schema_pointer)
        params: list[ir.Param] = []
        model = None
        if (
            body_type.kind == "model"
            and isinstance(target, dict)
            and target.get("properties")
            and not any(k in target for k in ("oneOf", "anyOf", "allOf"))
        ):
            model = body_type.name
            required = set(target.get("required") or [])
            for wire, prop in target["properties"].items():
                prop_pointer = join_pointer(join_pointer(target_pointer, "properties"), str(wire))
                resolved, _ = self.deref(prop, prop_pointer)
                if isinstance(resolved, dict) and resolved.get("readOnly") is True:
                    continue  # set by the server (an id, a creation time): never an argument, never sent
                prop_type = self.type_of(prop, prop_pointer)
                if kind == "multipart" and isinstance(resolved, dict) and resolved.get("format") in ("binary", "byte"):
                    prop_type = ir.TypeRef("bytes")
                params.append(
                    ir.Param(
                        python_name=argument_name(str(wire), taken),
                        wire_name=str(wire),
                        location="body",
                        type=prop_type,
                        required=str(wire) in required and required_body,
                        description=self.text(prop, "description") or self.text(resolved, "description"),
                        constraints=self.constraints(resolved),
                        deprecated=bool(resolved.get("deprecated", False)) if isinstance(resolved, dict) else False,
                    )
                )
        else:
            if kind in ("form", "multipart"):
                self.unsupported(media_pointer, f"a {media_type} body whose schema is not an object with properties")
                return None
            if kind == "binary":
                body_type = ir.TypeRef("bytes")
            elif kind == "text":
                body_type = ir.TypeRef("str")
            params.append(
                ir.Param(
                    python_name=argument_name("body", taken),
                    wire_name="",
                    location="payload",
                    type=body_type,
                    required=required_body,
                    description=self.text(body, "description")
                    or self.text(target, "description")
                    or "The request body.",
                )
            )
        encoding: dict[str, Any] = (media.get("encoding") or {}) if kind == "form" else {}
        if not isinstance(encoding, dict):
            encoding = {}
        deep_object = tuple(
            sorted(
                str(name)
                for name, spec in encoding.items()
                if isinstance(spec, dict) and spec.get("style") == "deepObject"
            )
        )
        return (
            ir.RequestBody(
                kind=kind,
                content_type=media_type.split(";")[0].strip(),
                model=model,
                required=required_body,
                deep_object_fields=deep_object,
            ),
            params,
            examples,
        )

    def success_response(
        self, operation: dict[str, Any], pointer: str, stem: str
    ) -> tuple[ir.ResponseShape, tuple[ir.Example, ...]]:
        responses = operation.get("responses") or {}
        statuses = sorted(str(s) for s in responses if str(s).isdigit() and str(s).startswith("2"))
        if not statuses:
            ranges = [str(s) for s in responses if str(s).upper() == "2XX"]
            statuses = ranges
        if not statuses:
            return ir.ResponseShape(kind="empty", type=None, model=None, status=200), ()
        status = statuses[0]
        response_pointer = join_pointer(join_pointer(pointer, "responses"), status)
        response, response_pointer = self.deref(responses[status], response_pointer)
        picked = self.pick_media(response.get("content") if isinstance(response, dict) else None)
        status_code = int(status) if status.isdigit() else 200
        if picked is None:
            return ir.ResponseShape(kind="empty", type=None, model=None, status=status_code), ()
        media_type, media, kind = picked
        examples = self.examples(media, join_pointer(join_pointer(response_pointer, "content"), media_type))
        or_empty = any(self.bodiless(responses[other], join_pointer(pointer, "responses")) for other in statuses[1:])
        if kind == "json":
            response_type = self.type_of(
                media.get("schema", {}),
                join_pointer(join_pointer(join_pointer(response_pointer, "content"), media_type), "schema"),
                f"{stem}Response",
            )
            model = response_type.name if response_type.kind == "model" else None
            return ir.ResponseShape(
                "json", response_type, model, status_code, content_type=media_type, or_empty=or_empty
            ), examples
        if kind == "text":
            return ir.ResponseShape(
                "text", ir.TypeRef("str"), None, status_code, content_type=media_type, or_empty=or_empty
            ), examples
        return ir.ResponseShape(
            "binary", ir.TypeRef("bytes"), None, status_code, content_type=media_type, or_empty=or_empty
        ), examples

    def bodiless(self, response: Any, pointer: str) -> bool:
        """A documented response without content (a 204 beside a 200, say)."""
        response, _ = self.deref(response, pointer)
        return isinstance(response, dict) and self.pick_media(response.get("content")) is None

    @staticmethod
    def derived_operation_id(method: str, path: str) -> str:
        """`get /pets/{petId}/toys` → `getPetsByPetIdToys`, for operations without an operationId."""
        words = [method]
        for segment in path.split("#", 1)[0].strip("/").split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                words.extend(["by", segment[1:-1]])
            elif segment:
                words.append(segment)
        text = snake_case("_".join(words))
        head, *rest = text.split("_")
        return head + "".join(word.capitalize() for word in rest)

    def operation(
        self, path: str, method: str, operation: dict[str, Any], pointer: str, aws: ir.AwsTraits | None
    ) -> ir.Operation | None:
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id.strip():
            operation_id = self.derived_operation_id(method, path)
            self.warn(
                pointer,
                f"operation has no operationId; its method is named {snake_case(operation_id)!r}",
                "add a unique lowerCamelCase operationId",
            )
        stem = pascal_case(operation_id)
        path_item, _ = self.deref(self.doc["paths"][path], join_pointer("/paths", path))
        taken: set[str] = set()
        params = self.params(path_item, operation, pointer, taken)
        if params is None:
            return None
        body = self.request_body(operation, pointer, stem, taken)
        if body is None:
            return None
        request, body_params, request_examples = body
        params.extend(body_params)
        response, response_examples = self.success_response(operation, pointer, stem)
        error_examples: list[ir.ErrorExample] = []
        for status, raw in (operation.get("responses") or {}).items():
            if not str(status).isdigit() or int(status) < 400:
                continue
            response_pointer = join_pointer(join_pointer(pointer, "responses"), str(status))
            error_response, response_pointer = self.deref(raw, response_pointer)
            picked = self.pick_media(error_response.get("content") if isinstance(error_response, dict) else None)
            if picked is not None and picked[2] == "json":
                media_pointer = join_pointer(join_pointer(response_pointer, "content"), picked[0])
                error_examples.extend(
                    ir.ErrorExample(int(status), example) for example in self.examples(picked[1], media_pointer)
                )
        aws_operation = operation.get("x-aws-operation")
        name = aws_operation if isinstance(aws_operation, str) else operation_id
        aws_target = None
        if aws is not None and aws.protocol.startswith("awsJson"):
            if not isinstance(aws_operation, str):
                self.fail(pointer, "awsJson operations need x-aws-operation (the X-Amz-Target operation name)")
                return None
            aws_target = f"{aws.target_prefix}.{aws_operation}"
        servers = operation.get("servers") or path_item.get("servers")
        server_url = (
            self.fill_server_url(servers[0])
            if isinstance(servers, list) and servers and isinstance(servers[0], dict)
            else None
        )
        return ir.Operation(
            operation_id=operation_id,
            method_name=snake_case(operation_id),
            name=name,
            http_method=method.upper(),
            path=path.split("#", 1)[0] or "/",
            summary=self.text(operation, "summary"),
            description=self.text(operation, "description", "summary"),
            params=tuple(sorted(params, key=lambda p: not p.required)),
            request=request,
            response=response,
            errors=self.error_classes(operation, pointer, aws, stem),
            deprecated=bool(operation.get("deprecated", False)),
            aws_target=aws_target,
            host_prefix=str(operation.get("x-aws-host-prefix", "")),
            server_url=server_url,
            anonymous=self.anonymous(operation),
            waiters=self.waiters(operation, pointer),
            request_examples=request_examples,
            response_examples=response_examples,
            error_examples=tuple(error_examples),
        )

    def waiters(self, operation: dict[str, Any], pointer: str) -> tuple[ir.Waiter, ...]:
        found = []
        for name, spec in (operation.get("x-waiters") or {}).items():
            waiter_pointer = join_pointer(join_pointer(pointer, "x-waiters"), name)
            acceptors = []
            for index, acceptor in enumerate(spec.get("acceptors") or []):
                if acceptor.get("state") not in ("success", "failure", "retry") or acceptor.get("matcher") not in (
                    "path",
                    "pathAll",
                    "pathAny",
                    "error",
                ):
                    self.fail(
                        join_pointer(join_pointer(waiter_pointer, "acceptors"), index),
                        "acceptor needs state success/failure/retry and matcher path/pathAll/pathAny/error",
                    )
                    continue
                acceptors.append(
                    ir.Acceptor(
                        acceptor["state"], acceptor["matcher"], acceptor.get("argument"), acceptor.get("expected")
                    )
                )
            found.append(
                ir.Waiter(
                    name=name,
                    method_name="wait_until_" + snake_case(name),
                    description=self.text(spec, "description"),
                    min_delay=float(spec.get("minDelay", 2)),
                    max_delay=float(spec.get("maxDelay", 120)),
                    max_wait=float(spec.get("maxWait", 300)),
                    acceptors=tuple(acceptors),
                )
            )
        return tuple(found)

    def service(self) -> ir.Service:
        info = self.doc.get("info") or {}
        codegen = info.get("x-codegen") or {}
        stem = self.spec.path.stem
        package = codegen.get("package") or snake_case(stem)
        client_stem = codegen.get("client") or pascal_case(stem)
        if not is_package_name(str(package)):
            self.fail("/info/x-codegen/package", f"package name {package!r} is not a Python identifier")
        aws = self.aws_traits()
        operations = []
        seen_methods: dict[str, str] = {}
        for path, method, operation, pointer in self.operations_in_spec():
            tags = [str(tag) for tag in operation.get("tags") or []]
            if not self.selection.accepts(operation.get("operationId"), tags):
                continue
            built = self.operation(path, method, operation, pointer, aws)
            if built is None:
                continue
            if built.method_name in seen_methods:
                self.fail(
                    pointer,
                    f"operation {built.operation_id!r} gives the method name {built.method_name!r}, already used at {seen_methods[built.method_name]}",
                    "make the operationIds distinct",
                )
                continue
            seen_methods[built.method_name] = pointer
            operations.append(built)
        errors: dict[str, ir.ErrorClass] = {}
        for operation_ir in operations:
            for error in operation_ir.errors:
                errors[error.class_name] = self.merged_error(errors.get(error.class_name), error)
        server = self.server()
        credentials = self.credentials(aws)
        service = ir.Service(
            spec_path=self.spec.display_path,
            spec_sha256=self.spec.sha256,
            package=str(package),
            client_stem=str(client_stem),
            title=self.text(info, "title"),
            description=self.text(info, "description"),
            version=str(info.get("version", "")),
            server=server,
            credentials=credentials,
            aws=aws,
            operations=tuple(operations),
            errors=tuple(sorted(errors.values(), key=lambda e: (e.status or 0, e.class_name))),
            constructor_arguments=self.constructor_arguments(aws, credentials, server),
            class_names=tuple(sorted(self.class_names.items())),
            hoisted_schemas=tuple(self.hoisted.items()),
            warnings=tuple(self.warnings),
        )
        if self.problems:
            raise SpecError(self.problems)
        return service


def build_service(spec: LoadedSpec, *, allow_partial: bool = False, selection: Selection | None = None) -> ir.Service:
    return Builder(spec, allow_partial=allow_partial, selection=selection).service()
