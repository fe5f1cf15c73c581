"""Spec lint: every problem at once, each with file, line, JSON pointer, rule id, severity and a fix hint.

Rules can be silenced at and below a location with `x-lint-ignore: [rule-id, ...]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .errors import Problem, SpecError
from .loader import LoadedSpec, join_pointer, nodes_along
from .schema_keywords import as_json_schema
from .validate import openapi_problems, readable
from .view import SpecView

#: Our extension vocabulary, by where it may appear (see specs/README.md).
KNOWN_EXTENSIONS = {
    "x-codegen",
    "x-codegen-argument",
    "x-codegen-env",
    "x-codegen-aliases",
    "x-aws",
    "x-aws-operation",
    "x-aws-host-prefix",
    "x-aws-auth",
    "x-aws-error",
    "x-timestamp-format",
    "x-unsupported-values",
    "x-waiters",
    "x-aws-pagination",
    "x-pagination",
    "x-aws-idempotency-token",
    "x-idempotency-token",
    "x-example-source",
    "x-lint-ignore",
    "x-stability",
    "x-audit-accept",
}
AWS_TRAIT_KEYS = frozenset({"protocol", "signingName", "endpointPrefix", "targetPrefix", "apiVersion", "serviceId"})
OUR_PREFIXES = (
    "x-aws",
    "x-codegen",
    "x-timestamp",
    "x-waiter",
    "x-example",
    "x-lint",
    "x-unsupported",
    "x-stability",
    "x-audit",
)
RULES = {
    "openapi": "the document is valid OpenAPI",
    "operation-id": "every operation has a unique lowerCamelCase operationId",
    "path-params": "every path template parameter is declared, in: path and required",
    "example-valid": "every example is valid against its schema",
    "success-response": "every operation has a success response with a schema and an example",
    "aws-error-code": "every AWS error response names its error code (x-aws-error)",
    "server-variable-enum": "server variables have a default and an enum",
    "security-defined": "every operation is covered by a defined security scheme",
    "extension-known": "x- extensions are from our vocabulary",
    "description": "operations, parameters, schemas and properties have descriptions",
    "ref": "every $ref leads to a defined part of the document",
    "pagination": "a pagination trait names request members and response paths that exist",
}
_OPERATION_ID = re.compile(r"^[a-z][A-Za-z0-9]*$")
_PATH_TEMPLATE = re.compile(r"\{([^}]+)\}")


class Linter:
    def __init__(self, spec: LoadedSpec | SpecView) -> None:
        self.view = spec if isinstance(spec, SpecView) else SpecView(spec)
        self.spec = self.view.spec
        self.doc = self.view.document
        self.findings: list[Problem] = []

    def report(self, pointer: str, rule: str, message: str, hint: str, severity: str = "error") -> None:
        if rule in self.ignored(pointer):
            return
        self.findings.append(self.spec.problem(pointer, message, rule=rule, severity=severity, hint=hint))

    def ignored(self, pointer: str) -> set[str]:
        """Rules silenced by x-lint-ignore on the pointer's node or any ancestor."""
        rules: set[str] = set()
        for node in nodes_along(self.doc, pointer):
            if isinstance(node, dict):
                rules.update(node.get("x-lint-ignore") or [])
        return rules

    # -- rules ---------------------------------------------------------------------------------
    def rule_openapi(self) -> None:
        for problem in openapi_problems(self.spec):
            self.report(
                problem.pointer,
                "openapi",
                problem.message,
                problem.hint or "fix the document so that it is valid OpenAPI",
                problem.severity,
            )

    def rule_operation_ids(self) -> None:
        seen: dict[str, str] = {}
        for op in self.view.operations:
            pointer, operation_id = op.pointer, op.node.get("operationId")
            if not isinstance(operation_id, str) or not operation_id:
                self.report(
                    pointer, "operation-id", "operation has no operationId", "add operationId: lowerCamelCase name"
                )
                continue
            if not _OPERATION_ID.match(operation_id):
                self.report(
                    join_pointer(pointer, "operationId"),
                    "operation-id",
                    f"operationId {operation_id!r} is not lowerCamelCase",
                    "rename it, e.g. getTask",
                    "warning",
                )
            if operation_id in seen:
                self.report(
                    join_pointer(pointer, "operationId"),
                    "operation-id",
                    f"operationId {operation_id!r} is also used at {seen[operation_id]}",
                    "make operationIds unique",
                )
            seen[operation_id] = pointer

    def rule_path_params(self) -> None:
        for op in self.view.operations:
            pointer = op.pointer
            declared = {p.name: p.node for p in op.parameters if p.location == "path"}
            template = op.path.split("#", 1)[0]
            for name in _PATH_TEMPLATE.findall(template):
                if name not in declared:
                    self.report(
                        pointer,
                        "path-params",
                        f"path parameter {{{name}}} is not declared",
                        f"add a parameter named {name!r} with in: path and required: true",
                    )
                elif declared[name].get("required") is not True:
                    self.report(
                        pointer,
                        "path-params",
                        f"path parameter {name!r} is not required",
                        "path parameters must say required: true",
                    )
            for name in declared:
                if "{" + name + "}" not in template:
                    self.report(
                        pointer,
                        "path-params",
                        f"path parameter {name!r} is declared but not in the path",
                        "remove it or add it to the path template",
                    )

    def _validator(self, schema: Any) -> Draft202012Validator:
        components = self.doc.get("components") or {}
        if str(self.doc.get("openapi", "")).startswith("3.0"):  # its schema dialect: nullable, boolean bounds
            schemas = components.get("schemas") if isinstance(components, dict) else None
            components = {"schemas": {n: as_json_schema(s) for n, s in (schemas or {}).items()}}
            schema = as_json_schema(schema)
        wrapper = {"components": components, "allOf": [schema]}
        return Draft202012Validator(wrapper, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def _check_example(self, schema: Any, value: Any, pointer: str) -> None:
        try:
            errors = sorted(self._validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
        except Exception as exc:  # an unresolvable $ref inside the schema
            self.report(
                pointer, "example-valid", f"cannot validate the example: {readable(exc)}", "fix the schema's references"
            )
            return
        for error in self._leaves(errors):
            where = "".join(f"/{part}" for part in error.absolute_path) or "/"
            self.report(
                pointer,
                "example-valid",
                f"example value at {where}: {error.message[:200]}",
                "make the example match its schema, or the schema match the documented payload",
            )

    @staticmethod
    def _leaves(errors: list[ValidationError]) -> Iterator[ValidationError]:
        """Report the most specific errors: descend into allOf/anyOf contexts."""
        for error in errors:
            if error.context:
                yield from Linter._leaves(sorted(error.context, key=lambda e: list(e.absolute_path)))
            else:
                yield error

    def rule_examples(self) -> None:
        for op in self.view.operations:
            bodies = [op.request_body.content] if op.request_body is not None else []
            for content in [*bodies, *(response.content for response in op.responses)]:
                for media in content.media:
                    if media.schema is not None:
                        for example in media.examples:
                            self._check_example(media.schema, example.value, example.value_pointer)
            for param in op.parameters:
                if param.schema is not None:
                    for example in self.view.examples(param.node, param.pointer):
                        self._check_example(param.schema, example.value, example.value_pointer)

    def rule_success_response(self) -> None:
        for op in self.view.operations:
            success = [response for response in op.responses if response.is_success]
            if not success:
                self.report(
                    join_pointer(op.pointer, "responses"),
                    "success-response",
                    "no 2xx response",
                    "document the success response",
                )
                continue
            response = success[0]
            if response.status == "204":
                continue
            if not response.content.media:
                self.report(
                    response.pointer,
                    "success-response",
                    "success response without content",
                    "add content with a schema and an example",
                )
            for media in response.content.media:
                media_pointer = media.pointer
                if "schema" not in media.node:
                    self.report(
                        media_pointer,
                        "success-response",
                        "success response without a schema",
                        "add schema: $ref to the response model",
                    )
                if not media.node.get("examples") and "example" not in media.node:
                    self.report(
                        media_pointer,
                        "success-response",
                        "success response without an example",
                        "add the documented example under examples:",
                    )

    def rule_aws_errors(self) -> None:
        if "x-aws" not in self.doc:
            return
        for op in self.view.operations:
            for response in op.responses:
                if response.status[:1] in ("2", "3"):
                    continue
                response_pointer = response.pointer
                schemas = [media.schema for media in response.content.media]
                if not schemas:
                    self.report(
                        response_pointer,
                        "aws-error-code",
                        "AWS error response without a body schema",
                        "add a schema with x-aws-error: {code: ...}",
                    )
                for schema in schemas:
                    variants = (schema or {}).get("anyOf") or (schema or {}).get("oneOf") or [schema]
                    for variant in variants:
                        target = self.view.resolve(variant, response_pointer).node
                        trait = target.get("x-aws-error") if isinstance(target, dict) else None
                        if not isinstance(trait, dict) or not trait.get("code"):
                            self.report(
                                response_pointer,
                                "aws-error-code",
                                "AWS error schema without x-aws-error.code",
                                "add x-aws-error: {code: TheErrorCode}",
                            )

    def rule_servers(self) -> None:
        for index, server in enumerate(self.doc.get("servers") or []):
            server_pointer = join_pointer("/servers", index)
            url = str(server.get("url", ""))
            variables = server.get("variables") or {}
            for name in _PATH_TEMPLATE.findall(url):
                if name not in variables:
                    self.report(
                        server_pointer,
                        "server-variable-enum",
                        f"server variable {{{name}}} is not defined",
                        f"add variables.{name} with a default and an enum",
                    )
            for name, variable in variables.items():
                if not variable.get("enum"):
                    self.report(
                        join_pointer(join_pointer(server_pointer, "variables"), name),
                        "server-variable-enum",
                        f"server variable {name!r} has no enum",
                        "list the allowed values, or x-lint-ignore: [server-variable-enum] where any value is valid",
                    )

    def rule_security(self) -> None:
        schemes = self.view.security_schemes
        for op in self.view.operations:
            pointer, requirements = op.pointer, op.security
            if not requirements:
                self.report(
                    pointer,
                    "security-defined",
                    "operation has no security requirement",
                    "add security: at the root or on the operation (or [] explicitly... with x-lint-ignore)",
                    "warning",
                )
                continue
            for requirement in requirements:
                for name in requirement:
                    if name not in schemes:
                        self.report(
                            pointer,
                            "security-defined",
                            f"security scheme {name!r} is not defined",
                            "define it under components/securitySchemes",
                        )

    def rule_extensions(self) -> None:
        def walk(node: Any, pointer: str) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    child = join_pointer(pointer, key)
                    if key.startswith("x-") and key not in KNOWN_EXTENSIONS:
                        if key.startswith(OUR_PREFIXES):
                            self.report(
                                child,
                                "extension-known",
                                f"unknown extension {key!r} in our vocabulary (a typo?)",
                                "use one of the extensions listed in specs/README.md",
                            )
                        else:
                            self.report(
                                child,
                                "extension-known",
                                f"extension {key!r} is not ours; the generator ignores it",
                                "remove it or x-lint-ignore it",
                                "warning",
                            )
                    if key in ("example", "examples", "default", "enum", "const") or key.startswith("x-"):
                        continue  # data, not schema
                    walk(value, child)
            elif isinstance(node, list):
                for index, item in enumerate(node):
                    walk(item, join_pointer(pointer, index))

        walk(self.doc, "")
        traits = self.doc.get("x-aws")
        if isinstance(traits, dict):
            for key in traits:
                if key not in AWS_TRAIT_KEYS:
                    self.report(
                        join_pointer("/x-aws", key),
                        "extension-known",
                        f"unknown x-aws trait {key!r} (a typo?)",
                        f"use one of {', '.join(sorted(AWS_TRAIT_KEYS))}",
                    )

    def rule_descriptions(self) -> None:
        for op in self.view.operations:
            if not op.node.get("description") and not op.node.get("summary"):
                self.report(
                    op.pointer,
                    "description",
                    "operation has no description",
                    "add the documented description",
                    "warning",
                )
            for param in op.parameters:
                written_here = param.pointer.startswith("/paths/")  # one behind a $ref is described where it is defined
                if written_here and not param.node.get("description"):
                    self.report(
                        param.pointer,
                        "description",
                        f"parameter {param.name!r} has no description",
                        "add the documented description",
                        "warning",
                    )
        for name, schema in self.view.schemas.items():
            schema_pointer = join_pointer("/components/schemas", name)
            if isinstance(schema, dict) and not schema.get("description"):
                self.report(
                    schema_pointer,
                    "description",
                    f"schema {name!r} has no description",
                    "add the documented description",
                    "warning",
                )
            for prop_name, prop in ((schema or {}).get("properties") or {}).items():
                if isinstance(prop, dict) and "$ref" not in prop and not prop.get("description"):
                    self.report(
                        join_pointer(join_pointer(schema_pointer, "properties"), prop_name),
                        "description",
                        f"property {prop_name!r} has no description",
                        "add the documented description",
                        "warning",
                    )

    def rule_pagination(self) -> None:
        """`x-aws-pagination` / `x-pagination`: the token and page size are request members (parameters or body
        properties), the output token and items are paths in the success response, and the items are a list."""
        for op in self.view.operations:
            trait = op.pagination
            if trait is None:
                continue
            if trait.problem is not None:
                self.report(trait.pointer, "pagination", f"{trait.extension} {trait.problem}", "see specs/README.md")
                continue
            body = op.request_body.content.preferred if op.request_body is not None else None
            for role, name in (("token", trait.input_token), ("page size", trait.page_size)):
                in_body = body is not None and name and self.view.member(body.schema, body.schema_pointer, name)
                if name and not in_body and all(p.name != name for p in op.parameters):
                    self.report(
                        trait.pointer,
                        "pagination",
                        f"the {role} {name!r} is not a parameter or request body member of the operation",
                        "name the request member as the API spells it",
                    )
            success = op.successes[0].content.json if op.successes else None
            paths = (("output token", trait.output_token), ("items", trait.items))
            for role, path in paths:
                if path is None or success is None:
                    continue
                found = self.view.member(success.schema, success.schema_pointer, path)
                if found is None:
                    self.report(
                        trait.pointer,
                        "pagination",
                        f"the {role} path {path!r} is not in the success response",
                        "give the response member path, dotted for nested members",
                    )
                elif role == "items" and found.mapping.get("type") not in ("array", ["array", "null"]):
                    self.report(
                        trait.pointer, "pagination", f"the items path {path!r} is not an array", "point at the list"
                    )

    def rule_refs(self) -> None:
        """Every `$ref` the rules above could not follow, once where it is written (unless the validator already
        reported that place)."""
        reported = {f.pointer for f in self.findings if f.rule == "openapi"}
        for problem in self.view.ref_problems.values():
            if problem.pointer not in reported:
                self.report(problem.pointer, "ref", problem.message, problem.hint)

    def run(self) -> list[Problem]:
        self.rule_openapi()
        self.rule_operation_ids()
        self.rule_path_params()
        self.rule_examples()
        self.rule_success_response()
        self.rule_aws_errors()
        self.rule_servers()
        self.rule_security()
        self.rule_extensions()
        self.rule_descriptions()
        self.rule_pagination()
        self.rule_refs()
        return sorted(self.findings, key=lambda f: (f.file, f.line or 0, f.pointer, f.rule, f.message))


def lint_spec(spec: LoadedSpec) -> list[Problem]:
    return Linter(spec).run()


def lint_paths(paths: list[Path]) -> list[Problem]:
    from .pipeline import load_bundled

    findings: list[Problem] = []
    for path in paths:
        try:
            spec = load_bundled(path)
        except SpecError as exc:
            findings.extend(exc.problems)
            continue
        findings.extend(lint_spec(spec))
    return findings
