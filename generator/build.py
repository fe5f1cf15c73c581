"""Spec → IR. All spec-walking lives here; templates only read the resulting dataclasses."""

from __future__ import annotations

import re
from typing import Any

from . import ir
from .errors import Problem, SpecError
from .loader import LoadedSpec, join_pointer
from .naming import argument_name, pascal_case, snake_case

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]*\+)?(json|x-amz-json-1\.[01])$")

#: Exception class names for documented HTTP statuses of non-AWS APIs (Stainless-style).
STATUS_ERROR_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "ForbiddenError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    409: "ConflictError",
    410: "GoneError",
    412: "PreconditionFailedError",
    413: "PayloadTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}
TIMESTAMP_FORMATS = ("epoch-seconds", "date-time", "http-date")


class Builder:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.doc = spec.document
        self.problems: list[Problem] = []
        self.schemas: dict[str, Any] = dict(self.doc.get("components", {}).get("schemas", {}) or {})

    # -- helpers ---------------------------------------------------------------------------------
    def fail(self, pointer: str, message: str, hint: str = "") -> None:
        self.problems.append(self.spec.problem(pointer, message, rule="generate", hint=hint))

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local `$ref`s; return the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                self.fail(pointer, f"unsupported $ref {ref!r}: only local references (#/...) are supported here")
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

    @staticmethod
    def schema_name(ref: str) -> str | None:
        prefix = "#/components/schemas/"
        return ref[len(prefix) :] if ref.startswith(prefix) and "/" not in ref[len(prefix) :] else None

    def type_of(self, schema: Any, pointer: str) -> ir.TypeRef:
        if not isinstance(schema, dict):
            return ir.TypeRef("any")
        if "$ref" in schema:
            name = self.schema_name(schema["$ref"])
            target, target_pointer = self.deref(schema, pointer)
            if name is not None and isinstance(target, dict):
                if "enum" in target and target.get("type", "string") == "string":
                    return ir.TypeRef("enum", name=pascal_case(name) if not name.isidentifier() else name)
                if target.get("type") == "object" or "properties" in target or "allOf" in target:
                    return ir.TypeRef("model", name=name)
            return self.type_of(target, target_pointer)
        if "x-timestamp-format" in schema or schema.get("format") == "date-time":
            return ir.TypeRef("datetime")
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if kind == "string":
            return ir.TypeRef("bytes") if schema.get("format") == "binary" else ir.TypeRef("str")
        if kind == "integer":
            return ir.TypeRef("int")
        if kind == "number":
            return ir.TypeRef("float")
        if kind == "boolean":
            return ir.TypeRef("bool")
        if kind == "array":
            return ir.TypeRef("list", item=self.type_of(schema.get("items", {}), join_pointer(pointer, "items")))
        if kind == "object" and isinstance(schema.get("additionalProperties"), dict) and not schema.get("properties"):
            value = self.type_of(schema["additionalProperties"], join_pointer(pointer, "additionalProperties"))
            return ir.TypeRef("map", item=value)
        return ir.TypeRef("any")

    @staticmethod
    def constraints(schema: Any) -> ir.Constraints:
        if not isinstance(schema, dict):
            return ir.Constraints()
        return ir.Constraints(
            pattern=schema.get("pattern"),
            min_length=schema.get("minLength"),
            max_length=schema.get("maxLength"),
            minimum=schema.get("minimum"),
            maximum=schema.get("maximum"),
            min_items=schema.get("minItems"),
            max_items=schema.get("maxItems"),
        )

    @staticmethod
    def text(node: Any, *keys: str) -> str:
        for key in keys:
            value = node.get(key) if isinstance(node, dict) else None
            if isinstance(value, str) and value.strip():
                return " ".join(value.split()) if key == "summary" else value.strip()
        return ""

    def examples(self, media: dict[str, Any], pointer: str) -> tuple[ir.Example, ...]:
        found: list[ir.Example] = []
        for name, example in (media.get("examples") or {}).items():
            example, _ = self.deref(example, join_pointer(join_pointer(pointer, "examples"), name))
            if isinstance(example, dict) and "value" in example:
                found.append(
                    ir.Example(
                        name=name,
                        summary=self.text(example, "summary", "description"),
                        value=example["value"],
                        constructed=example.get("x-example-source") == "constructed",
                    )
                )
        if "example" in media:
            found.append(ir.Example(name="example", summary="", value=media["example"], constructed=False))
        return tuple(found)

    @staticmethod
    def parameter_example(param: dict[str, Any]) -> object:
        if "example" in param:
            return param["example"]
        for example in (param.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
        return None

    def json_media(self, content: Any) -> tuple[str, dict[str, Any]] | None:
        if not isinstance(content, dict):
            return None
        for media_type, media in content.items():
            if JSON_MEDIA.match(media_type.split(";")[0].strip()) and isinstance(media, dict):
                return media_type, media
        return None

    # -- service-level parts ---------------------------------------------------------------------
    def aws_traits(self) -> ir.AwsTraits | None:
        traits = self.doc.get("x-aws")
        if traits is None:
            return None
        if not isinstance(traits, dict):
            self.fail("/x-aws", "x-aws must be a mapping")
            return None
        protocol = traits.get("protocol")
        if protocol not in ("awsJson1_0", "awsJson1_1", "restJson1"):
            self.fail("/x-aws/protocol", f"unsupported AWS protocol {protocol!r}", "use awsJson1_0, awsJson1_1 or restJson1")
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

    def server(self) -> ir.Server:
        servers = self.doc.get("servers") or [{"url": "/"}]
        first = servers[0] if isinstance(servers[0], dict) else {"url": "/"}
        variables = []
        for name, variable in (first.get("variables") or {}).items():
            enum = tuple(str(v) for v in variable.get("enum", ()))
            argument = variable.get("x-codegen-argument")
            if argument is None and len(enum) > 1:
                argument = snake_case(name)
            variables.append(
                ir.ServerVariable(
                    name=name,
                    argument=argument,
                    env=variable.get("x-codegen-env"),
                    default=str(variable.get("default", "")),
                    enum=enum,
                    unsupported=tuple((str(k), " ".join(str(v).split())) for k, v in (variable.get("x-unsupported-values") or {}).items()),
                    aliases=tuple((str(k), str(v)) for k, v in (variable.get("x-codegen-aliases") or {}).items()),
                    description=self.text(variable, "description"),
                )
            )
        return ir.Server(url_template=str(first.get("url", "/")), description=self.text(first, "description"), variables=tuple(variables))

    def credentials(self, aws: ir.AwsTraits | None) -> tuple[ir.Credential, ...]:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        used: list[str] = []
        for requirement in self.doc.get("security") or []:
            used.extend(name for name in requirement if name not in used)
        for _, _, operation, _ in self.operations_in_spec():
            for requirement in operation.get("security") or []:
                used.extend(name for name in requirement if name not in used)
        found: list[ir.Credential] = []
        for name in used:
            pointer = join_pointer("/components/securitySchemes", name)
            scheme = schemes.get(name)
            if not isinstance(scheme, dict):
                self.fail(pointer, f"security scheme {name!r} is used but not defined")
                continue
            if scheme.get("x-aws-auth") == "sigv4":
                if aws is None:
                    self.fail(pointer, "x-aws-auth: sigv4 needs the root x-aws traits")
                continue
            kind, location, wire = scheme.get("type"), scheme.get("in", "header"), scheme.get("name", "Authorization")
            if kind == "http" and str(scheme.get("scheme", "")).lower() in ("bearer", "basic"):
                style = str(scheme["scheme"]).lower()
                location, wire = "header", "Authorization"
            elif kind == "apiKey" and location in ("header", "query"):
                style = "apiKey"
            else:
                self.fail(pointer, f"unsupported security scheme type {kind!r} (in: {location!r})", "use apiKey in header/query, http bearer/basic, or x-aws-auth: sigv4")
                continue
            found.append(
                ir.Credential(
                    argument=scheme.get("x-codegen-argument") or snake_case(name),
                    env=scheme.get("x-codegen-env"),
                    location=location,
                    wire_name=wire,
                    scheme=style,  # type: ignore[arg-type]
                    description=self.text(scheme, "description"),
                )
            )
        return tuple(found)

    def operations_in_spec(self) -> list[tuple[str, str, dict[str, Any], str]]:
        found = []
        for path, item in (self.doc.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    found.append((path, method, operation, join_pointer(join_pointer("/paths", path), method)))
        return found

    # -- operations ----------------------------------------------------------------------------
    def error_classes(self, operation: dict[str, Any], pointer: str, aws: ir.AwsTraits | None) -> tuple[ir.ErrorClass, ...]:
        found: list[ir.ErrorClass] = []
        for status, response in (operation.get("responses") or {}).items():
            status_text = str(status)
            if status_text.startswith("2") or status_text.startswith("3"):
                continue
            response_pointer = join_pointer(join_pointer(pointer, "responses"), status_text)
            response, response_pointer = self.deref(response, response_pointer)
            media = self.json_media(response.get("content"))
            schema = media[1].get("schema") if media else None
            if aws is not None:
                variants = (schema or {}).get("anyOf") or (schema or {}).get("oneOf") or ([schema] if schema else [])
                if not variants:
                    self.fail(response_pointer, "an AWS error response must name its error code", "give it a schema with x-aws-error")
                for index, variant in enumerate(variants):
                    target, target_pointer = self.deref(variant, join_pointer(response_pointer, f"schema/{index}"))
                    trait = target.get("x-aws-error") if isinstance(target, dict) else None
                    if not isinstance(trait, dict) or not isinstance(trait.get("code"), str):
                        self.fail(target_pointer, "AWS error schema without x-aws-error.code", "add x-aws-error: {code: ...}")
                        continue
                    found.append(self.error_class(trait["code"], target, variant, status_text, trait))
            elif status_text.isdigit() and int(status_text) >= 400:
                code = int(status_text)
                class_name = STATUS_ERROR_NAMES.get(code, f"Http{code}Error")
                found.append(self.error_class(class_name, response, schema, status_text, {}))
        return tuple(found)

    def error_class(self, class_name: str, described: Any, schema: Any, status: str, trait: dict[str, Any]) -> ir.ErrorClass:
        body_model = self.schema_name(schema["$ref"]) if isinstance(schema, dict) and "$ref" in schema else None
        fields: list[ir.ErrorField] = []
        if body_model is not None:
            target, target_pointer = self.deref(schema, "")
            for wire, prop in (target.get("properties") or {}).items():
                # python_name is settled once the models exist: it must be the model's own field name
                fields.append(ir.ErrorField("", wire, self.type_of(prop, join_pointer(target_pointer, wire))))
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

    def params(self, path_item: dict[str, Any], operation: dict[str, Any], pointer: str) -> tuple[list[ir.Param], set[str]]:
        taken: set[str] = set()
        params: list[ir.Param] = []
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        for source, base in ((path_item, pointer.rsplit("/", 1)[0]), (operation, pointer)):
            for index, raw in enumerate(source.get("parameters") or []):
                param, param_pointer = self.deref(raw, join_pointer(join_pointer(base, "parameters"), index))
                if isinstance(param, dict) and "name" in param and "in" in param:
                    merged[(param["in"], param["name"])] = (param, param_pointer)
        for (location, wire), (param, param_pointer) in merged.items():
            if location == "cookie":
                self.fail(param_pointer, "cookie parameters are not supported yet")
                continue
            schema, schema_pointer = self.deref(param.get("schema", {}), join_pointer(param_pointer, "schema"))
            params.append(
                ir.Param(
                    python_name=argument_name(wire, taken),
                    wire_name=wire,
                    location=location,
                    type=self.type_of(param.get("schema", {}), join_pointer(param_pointer, "schema")),
                    required=bool(param.get("required", location == "path")),
                    description=self.text(param, "description") or self.text(schema, "description"),
                    constraints=self.constraints(schema),
                    deprecated=bool(param.get("deprecated", False)),
                    example=self.parameter_example(param),
                )
            )
        return params, taken

    def operation(self, path: str, method: str, operation: dict[str, Any], pointer: str, aws: ir.AwsTraits | None) -> ir.Operation | None:
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            self.fail(pointer, "operation without operationId", "add a unique lowerCamelCase operationId")
            return None
        path_item = self.doc["paths"][path]
        params, taken = self.params(path_item, operation, pointer)
        request_model = request_content_type = None
        request_examples: tuple[ir.Example, ...] = ()
        body = operation.get("requestBody")
        if body is not None:
            body_pointer = join_pointer(pointer, "requestBody")
            body, body_pointer = self.deref(body, body_pointer)
            media = self.json_media(body.get("content"))
            if media is None:
                self.fail(body_pointer, "only JSON request bodies are supported yet")
                return None
            request_content_type, media_object = media
            media_pointer = join_pointer(join_pointer(body_pointer, "content"), request_content_type)
            request_examples = self.examples(media_object, media_pointer)
            schema = media_object.get("schema", {})
            request_model = self.schema_name(schema.get("$ref", "")) if isinstance(schema, dict) else None
            if request_model is None:
                self.fail(join_pointer(media_pointer, "schema"), "request body schemas must be a $ref to components/schemas")
                return None
            target, target_pointer = self.deref(schema, join_pointer(media_pointer, "schema"))
            required = set(target.get("required") or [])
            for wire, prop in (target.get("properties") or {}).items():
                prop_pointer = join_pointer(join_pointer(target_pointer, "properties"), wire)
                resolved, _ = self.deref(prop, prop_pointer)
                params.append(
                    ir.Param(
                        python_name=argument_name(wire, taken),
                        wire_name=wire,
                        location="body",
                        type=self.type_of(prop, prop_pointer),
                        required=wire in required,
                        description=self.text(prop, "description") or self.text(resolved, "description"),
                        constraints=self.constraints(resolved),
                        deprecated=bool(resolved.get("deprecated", False)) if isinstance(resolved, dict) else False,
                    )
                )
        response_model = None
        response_status = 200
        response_examples: tuple[ir.Example, ...] = ()
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            response_pointer = join_pointer(join_pointer(pointer, "responses"), str(status))
            response, response_pointer = self.deref(response, response_pointer)
            media = self.json_media(response.get("content"))
            if media is None:
                continue
            schema = media[1].get("schema", {})
            response_model = self.schema_name(schema.get("$ref", "")) if isinstance(schema, dict) else None
            if response_model is None:
                self.fail(join_pointer(response_pointer, "content"), "success response schemas must be a $ref to components/schemas")
                return None
            response_examples = self.examples(media[1], join_pointer(join_pointer(response_pointer, "content"), media[0]))
            response_status = int(status)
            break
        error_examples = []
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).isdigit() or int(status) < 400:
                continue
            response_pointer = join_pointer(join_pointer(pointer, "responses"), str(status))
            response, response_pointer = self.deref(response, response_pointer)
            media = self.json_media(response.get("content"))
            if media is not None:
                media_pointer = join_pointer(join_pointer(response_pointer, "content"), media[0])
                error_examples.extend(ir.ErrorExample(int(status), example) for example in self.examples(media[1], media_pointer))
        aws_operation = operation.get("x-aws-operation")
        name = aws_operation if isinstance(aws_operation, str) else operation_id
        wire_path = path.split("#", 1)[0] or "/"
        aws_target = None
        if aws is not None and aws.protocol.startswith("awsJson"):
            if not isinstance(aws_operation, str):
                self.fail(pointer, "awsJson operations need x-aws-operation (the X-Amz-Target operation name)")
                return None
            aws_target = f"{aws.target_prefix}.{aws_operation}"
        return ir.Operation(
            operation_id=operation_id,
            method_name=snake_case(operation_id),
            name=name,
            http_method=method.upper(),
            path=wire_path,
            summary=self.text(operation, "summary"),
            description=self.text(operation, "description", "summary"),
            params=tuple(sorted(params, key=lambda p: not p.required)),
            request_model=request_model,
            request_content_type=request_content_type,
            response_model=response_model,
            errors=self.error_classes(operation, pointer, aws),
            deprecated=bool(operation.get("deprecated", False)),
            aws_target=aws_target,
            host_prefix=str(operation.get("x-aws-host-prefix", "")),
            waiters=self.waiters(operation, pointer),
            request_examples=request_examples,
            response_examples=response_examples,
            response_status=response_status,
            error_examples=tuple(error_examples),
        )

    def waiters(self, operation: dict[str, Any], pointer: str) -> tuple[ir.Waiter, ...]:
        found = []
        for name, spec in (operation.get("x-waiters") or {}).items():
            waiter_pointer = join_pointer(join_pointer(pointer, "x-waiters"), name)
            acceptors = []
            for index, acceptor in enumerate(spec.get("acceptors") or []):
                if acceptor.get("state") not in ("success", "failure", "retry") or acceptor.get("matcher") not in ("path", "pathAll", "pathAny", "error"):
                    self.fail(join_pointer(join_pointer(waiter_pointer, "acceptors"), index), "acceptor needs state success/failure/retry and matcher path/pathAll/pathAny/error")
                    continue
                acceptors.append(ir.Acceptor(acceptor["state"], acceptor["matcher"], acceptor.get("argument"), acceptor.get("expected")))
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
        if not str(package).isidentifier():
            self.fail("/info/x-codegen/package", f"package name {package!r} is not a Python identifier")
        aws = self.aws_traits()
        operations = []
        seen_methods: dict[str, str] = {}
        for path, method, operation, pointer in self.operations_in_spec():
            built = self.operation(path, method, operation, pointer, aws)
            if built is None:
                continue
            if built.method_name in seen_methods:
                self.fail(pointer, f"operationId {built.operation_id!r} gives the method name {built.method_name!r}, already used at {seen_methods[built.method_name]}")
                continue
            seen_methods[built.method_name] = pointer
            operations.append(built)
        errors: dict[str, ir.ErrorClass] = {}
        for operation_ir in operations:
            for error in operation_ir.errors:
                errors.setdefault(error.class_name, error)
        service = ir.Service(
            spec_path=self.spec.display_path,
            spec_sha256=self.spec.sha256,
            package=str(package),
            client_stem=str(client_stem),
            title=self.text(info, "title"),
            description=self.text(info, "description"),
            version=str(info.get("version", "")),
            server=self.server(),
            credentials=self.credentials(aws),
            aws=aws,
            operations=tuple(operations),
            errors=tuple(sorted(errors.values(), key=lambda e: (e.status or 0, e.class_name))),
        )
        if self.problems:
            raise SpecError(self.problems)
        return service


def build_service(spec: LoadedSpec) -> ir.Service:
    return Builder(spec).service()
