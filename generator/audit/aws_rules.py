"""AWS specs against botocore's service model: protocol traits, then per operation its HTTP binding, input and
output members, errors, idempotency tokens, pagination and waiters."""

from __future__ import annotations

import re
from typing import Any

from ..loader import join_pointer
from ..view import Operation, SpecView
from .aws_model import AwsModel, AwsOperation
from .compare import SchemaComparer
from .findings import Edit, Findings
from .shapes import Member, Shape
from .spec_schema import read_schema
from .to_schema import SchemaWriter

_PROTOCOLS = {("json", "1.0"): "awsJson1_0", ("json", "1.1"): "awsJson1_1", ("rest-json", ""): "restJson1"}
#: awsJson error bodies carry the error code in `__type`, a protocol member no model lists
_AWS_JSON_ERROR_MEMBERS = frozenset({"__type"})
_PARAMETER_LOCATIONS = {"uri": "path", "querystring": "query", "header": "header"}


def _uri_path(uri: str) -> str:
    """A requestUri as an OpenAPI path: without its query part, greedy labels (`{Key+}`) plain."""
    return re.sub(r"\{([^}+]+)\+\}", r"{\1}", uri.split("?", 1)[0])


class AwsAudit:
    def __init__(self, view: SpecView, model: AwsModel, findings: Findings) -> None:
        self.view = view
        self.model = model
        self.findings = findings
        self.traits: dict[str, Any] = view.document.get("x-aws") or {}
        self.json_protocol = model.protocol == "json"
        self.comparer = SchemaComparer(view, findings, SchemaWriter(set(view.schemas)))

    def run(self) -> None:
        self._traits()
        for op in self.view.operations:
            self._operation(op)

    # -- service traits ------------------------------------------------------------------------------
    def _traits(self) -> None:
        metadata = self.model.metadata
        version = str(metadata.get("jsonVersion", "")) if self.json_protocol else ""
        expected = {
            "protocol": _PROTOCOLS.get((self.model.protocol, version), self.model.protocol),
            "signingName": metadata.get("signingName") or metadata.get("endpointPrefix"),
            "endpointPrefix": metadata.get("endpointPrefix"),
            "apiVersion": metadata.get("apiVersion"),
        }
        if self.json_protocol:
            expected["targetPrefix"] = metadata.get("targetPrefix")
        for key, value in expected.items():
            written = self.traits.get(key)
            if value is not None and str(written) != str(value):
                self.findings.add(
                    join_pointer("/x-aws", key),
                    "audit-binding",
                    f"x-aws {key} is {written!r}, the model's is {value!r}",
                    f"{key}: {value}",
                )

    # -- operations ------------------------------------------------------------------------------------
    def _operation(self, op: Operation) -> None:
        name = op.node.get("x-aws-operation")
        if not isinstance(name, str):
            self.findings.add(op.pointer, "audit-operation", "names no x-aws-operation", "x-aws-operation: Name")
            return
        model_op = self.model.operation(name)
        if model_op is None:
            self.findings.add(
                join_pointer(op.pointer, "x-aws-operation"),
                "audit-operation",
                f"{name} is not an operation of {self.model.label}",
                "correct the operation name",
            )
            return
        self._binding(op, model_op)
        if model_op.input is not None:
            self._input(op, model_op.input)
        if model_op.output is not None:
            self._output(op, model_op.output)
        self._errors(op, model_op)
        self._pagination(op, model_op)
        self._waiters(op, model_op)

    def _binding(self, op: Operation, model_op: AwsOperation) -> None:
        if op.method != model_op.method:
            self.findings.add(
                op.pointer,
                "audit-binding",
                f"{model_op.name} is {op.method.upper()}, the model sends {model_op.method.upper()}",
                f"put the operation under {model_op.method}",
            )
        path, _, fragment = op.path.partition("#")
        expected_path = _uri_path(model_op.uri)
        if path != expected_path:
            self.findings.add(
                join_pointer("/paths", op.path),
                "audit-binding",
                f"{model_op.name}'s path is {path}, the model's requestUri is {model_op.uri}",
                f"use the path {expected_path}",
            )
        if self.json_protocol:
            target = f"X-Amz-Target={self.traits.get('targetPrefix')}.{model_op.name}"
            model_target = f"X-Amz-Target={self.model.metadata.get('targetPrefix')}.{model_op.name}"
            if fragment != target or target != model_target:
                self.findings.add(
                    join_pointer("/paths", op.path),
                    "audit-binding",
                    f"{model_op.name}'s X-Amz-Target is {fragment or '(none)'}, the model's is {model_target}",
                    f"use the path /#{model_target}",
                )
        written_prefix = op.node.get("x-aws-host-prefix")
        if written_prefix != model_op.host_prefix:
            self.findings.add(
                join_pointer(op.pointer, "x-aws-host-prefix"),
                "audit-binding",
                f"host prefix is {written_prefix!r}, the model's is {model_op.host_prefix!r}",
                f"x-aws-host-prefix: {model_op.host_prefix}" if model_op.host_prefix else "remove x-aws-host-prefix",
            )

    def _input(self, op: Operation, shape: Shape) -> None:
        body_members = {n: m for n, m in shape.members.items() if m.location == "body"}
        bound = {n: m for n, m in shape.members.items() if m.location in _PARAMETER_LOCATIONS}
        for name, member in bound.items():
            self._parameter(op, shape, name, member)
        known = {(_PARAMETER_LOCATIONS[m.location], (m.location_name or n).lower()) for n, m in bound.items()}
        for parameter in op.parameters:
            if (parameter.location, parameter.name.lower()) not in known:
                self.findings.add(
                    parameter.pointer,
                    "audit-member-extra",
                    f"{parameter.location} parameter {parameter.name} is not a member of the model's {shape.name}",
                    "remove it, or correct its name",
                )
        media = op.request_body.content.json if op.request_body is not None else None
        if media is not None and media.schema is not None:
            self.comparer.compare(media.schema, media.schema_pointer, shape)
            self._idempotency(media.schema, media.schema_pointer, body_members)
        elif body_members:
            self.findings.add(
                op.pointer,
                "audit-member-missing",
                f"the model's {shape.name} has body members ({', '.join(body_members)}); the spec has no JSON body",
                "add a requestBody with their schema",
                "warning",
            )

    def _parameter(self, op: Operation, shape: Shape, name: str, member: Member) -> None:
        location = _PARAMETER_LOCATIONS[member.location]
        wire = member.location_name or name
        parameter = next((p for p in op.parameters if p.location == location and p.name.lower() == wire.lower()), None)
        if parameter is None:
            self.findings.add(
                join_pointer(op.pointer, "parameters"),
                "audit-member-missing",
                f"the model's {shape.name} has the {location} parameter {wire} ({name}); the spec leaves it out",
                f"add the parameter {wire}",
                "warning",
            )
            return
        if parameter.required != (name in shape.required):
            self.findings.add(
                parameter.pointer,
                "audit-required",
                f"{location} parameter {wire} is {'required' if parameter.required else 'optional'} in the spec, "
                f"{'required' if name in shape.required else 'optional'} in the model",
                f"required: {str(name in shape.required).lower()}",
            )
        self.comparer.compare(parameter.schema, parameter.schema_pointer, member.shape)
        self._token(parameter.node, parameter.pointer, member)

    def _idempotency(self, schema: Any, pointer: str, members: dict[str, Member]) -> None:
        read = read_schema(self.view, schema, pointer)
        if read is None:
            return
        for name, member in members.items():
            written = read.members.get(name)
            if written is not None:
                resolved = self.view.resolve(written.node, written.pointer)
                # the trait sits beside the member's $ref or type, where it is written
                node = written.node if isinstance(written.node, dict) else resolved.mapping
                self._token(node, written.pointer, member)

    def _token(self, node: dict[str, Any], pointer: str, member: Member) -> None:
        marked = node.get("x-aws-idempotency-token") is True
        if marked == member.idempotency_token:
            return
        if member.idempotency_token:
            self.findings.add(
                join_pointer(pointer, "x-aws-idempotency-token"),
                "audit-idempotency",
                f"{member.name} is an idempotency token in the model (clients fill it with a fresh UUID)",
                "x-aws-idempotency-token: true (audit --fix)",
                "warning",
                (Edit(pointer, "x-aws-idempotency-token", True),),
            )
        else:
            self.findings.add(
                join_pointer(pointer, "x-aws-idempotency-token"),
                "audit-idempotency",
                f"{member.name} is not an idempotency token in the model",
                "remove x-aws-idempotency-token",
            )

    def _output(self, op: Operation, shape: Shape) -> None:
        success = next(iter(op.successes), None)
        media = success.content.json if success is not None else None
        if media is not None and media.schema is not None:
            self.comparer.compare(media.schema, media.schema_pointer, shape)
        elif any(m.location == "body" for m in shape.members.values()):
            self.findings.add(
                op.pointer,
                "audit-member-missing",
                f"the model's {shape.name} has a body; the spec's success response has no JSON schema",
                "add the response schema",
                "warning",
            )
        headers = success.node.get("headers") if success is not None else None
        written = {str(h).lower() for h in headers} if isinstance(headers, dict) else set()
        for name, member in shape.members.items():
            if member.location == "header" and (member.location_name or name).lower() not in written:
                self.findings.add(
                    join_pointer(success.pointer if success else op.pointer, "headers"),
                    "audit-member-missing",
                    f"the model's {shape.name} returns {name} in the header {member.location_name or name}",
                    "add the response header",
                    "warning",
                )

    def _errors(self, op: Operation, model_op: AwsOperation) -> None:
        by_code = {error.error.code if error.error else error.name: error for error in model_op.errors}
        by_code.update({error.name: error for error in model_op.errors})
        seen: set[str] = set()
        for response in op.errors:
            media = response.content.json
            if media is None or media.schema is None:
                continue
            for node, pointer in self._error_variants(media.schema, media.schema_pointer):
                trait = node.get("x-aws-error")
                code = trait.get("code") if isinstance(trait, dict) else None
                if not isinstance(trait, dict) or not isinstance(code, str):
                    continue  # lint's aws-error-code reports it
                error = by_code.get(code)
                trait_pointer = join_pointer(pointer, "x-aws-error")
                if error is None:
                    self.findings.add(
                        join_pointer(trait_pointer, "code"),
                        "audit-error",
                        f"{code} is not an error of {model_op.name} in the model "
                        f"(it lists {', '.join(sorted(by_code)) or 'none'})",
                        "remove the error, or correct its code",
                    )
                    continue
                seen.add(error.name)
                self._error_traits(response.status, response.pointer, trait, trait_pointer, error)
                ignore = _AWS_JSON_ERROR_MEMBERS if self.json_protocol else frozenset()
                self.comparer.compare(node, pointer, error, ignore)
        for error in model_op.errors:
            if error.name not in seen:
                self.findings.add(
                    join_pointer(op.pointer, "responses"),
                    "audit-error-missing",
                    f"{model_op.name} can fail with {error.name} in the model; the spec has no response for it",
                    "add an error response with its x-aws-error",
                    "warning",
                )

    def _error_variants(self, schema: Any, pointer: str) -> list[tuple[dict[str, Any], str]]:
        resolved = self.view.resolve(schema, pointer)
        node = resolved.mapping
        for keyword in ("oneOf", "anyOf"):
            parts = node.get(keyword)
            if isinstance(parts, list):
                found = []
                for index, part in enumerate(parts):
                    branch = self.view.resolve(part, join_pointer(join_pointer(resolved.pointer, keyword), index))
                    found.append((branch.mapping, branch.pointer))
                return found
        return [(node, resolved.pointer)]

    def _error_traits(
        self, status: str, response_pointer: str, trait: dict[str, Any], pointer: str, error: Shape
    ) -> None:
        assert error.error is not None
        for key, expected in (("retryable", error.error.retryable), ("throttling", error.error.throttling)):
            written = bool(trait.get(key, False))
            if written != expected:
                self.findings.add(
                    join_pointer(pointer, key),
                    "audit-error",
                    f"{error.name} is {'' if expected else 'not '}{key} in the model",
                    f"{key}: {str(expected).lower()}",
                )
        if error.error.status is not None and status.isdigit() and int(status) != error.error.status:
            self.findings.add(
                response_pointer,
                "audit-error",
                f"{error.name} is sent with status {error.error.status} in the model, not {status}",
                f"list it under the {error.error.status} response",
            )

    def _pagination(self, op: Operation, model_op: AwsOperation) -> None:
        theirs = self.model.pagination(model_op.name)
        ours = op.pagination
        at = join_pointer(op.pointer, "x-aws-pagination")
        if theirs is None:
            if ours is not None:
                self.findings.add(at, "audit-pagination", f"the model does not paginate {model_op.name}", "remove it")
            return
        expected = {
            "inputToken": theirs.input_token,
            "outputToken": theirs.output_token,
            "items": theirs.items,
            "pageSize": theirs.page_size,
        }
        expected = {k: v for k, v in expected.items() if v is not None}
        if ours is None:
            self.findings.add(
                at,
                "audit-pagination",
                f"the model paginates {model_op.name} ({', '.join(f'{k}: {v}' for k, v in expected.items())})",
                "add x-aws-pagination (audit --fix)",
                "warning",
                (Edit(op.pointer, "x-aws-pagination", expected),),
            )
            return
        written = {"inputToken": ours.input_token, "outputToken": ours.output_token, "items": ours.items}
        written["pageSize"] = ours.page_size
        for key in ("inputToken", "outputToken", "items", "pageSize"):
            if written.get(key) != expected.get(key):
                self.findings.add(
                    join_pointer(at, key),
                    "audit-pagination",
                    f"{key} is {written.get(key)!r}, the model's paginator says {expected.get(key)!r}",
                    f"{key}: {expected.get(key)}",
                )

    def _waiters(self, op: Operation, model_op: AwsOperation) -> None:
        theirs = self.model.waiters(model_op.name)
        declared = op.node.get("x-waiters")
        ours: dict[str, Any] = declared if isinstance(declared, dict) else {}
        base = join_pointer(op.pointer, "x-waiters")
        for name, waiter in ours.items():
            at = join_pointer(base, str(name))
            model_waiter = theirs.get(str(name))
            if model_waiter is None:
                self.findings.add(
                    at,
                    "audit-waiter",
                    f"the model publishes no waiter {name} for {model_op.name}",
                    "remove it, or accept it with x-audit-accept and a reason (a waiter of ours)",
                )
                continue
            if not isinstance(waiter, dict):
                continue
            expected_wait = model_waiter.delay * model_waiter.max_attempts
            for key, expected_value in (("minDelay", model_waiter.delay), ("maxWait", expected_wait)):
                if waiter.get(key) != expected_value:
                    self.findings.add(
                        join_pointer(at, key),
                        "audit-waiter",
                        f"{key} is {waiter.get(key)!r}; the model waits {model_waiter.delay} s between "
                        f"{model_waiter.max_attempts} attempts ({key}: {expected_value})",
                        f"{key}: {expected_value}",
                    )
            written = [
                (a.get("state"), a.get("matcher"), a.get("argument"), a.get("expected"))
                for a in waiter.get("acceptors") or []
                if isinstance(a, dict)
            ]
            expected = [(a.state, a.matcher, a.argument, a.expected) for a in model_waiter.acceptors]
            if written != expected:
                self.findings.add(
                    join_pointer(at, "acceptors"),
                    "audit-waiter",
                    f"acceptors differ from the model's {name}: "
                    + "; ".join(
                        f"{state} when {matcher} {argument or ''} = {value!r}"
                        for state, matcher, argument, value in expected
                    ),
                    "write the model's acceptors, in its order",
                )
        for name, model_waiter in theirs.items():
            if name in ours:
                continue
            written_waiter = {
                "description": f"From botocore's waiters-2.json ({self.model.service}/{self.model.api_version}).",
                "minDelay": model_waiter.delay,
                "maxWait": model_waiter.delay * model_waiter.max_attempts,
                "acceptors": [
                    {
                        k: v
                        for k, v in (
                            ("state", a.state),
                            ("matcher", a.matcher),
                            ("argument", a.argument),
                            ("expected", a.expected),
                        )
                        if v is not None
                    }
                    for a in model_waiter.acceptors
                ],
            }
            edit = Edit(base, name, written_waiter) if ours else Edit(op.pointer, "x-waiters", {name: written_waiter})
            self.findings.add(
                join_pointer(base, name),
                "audit-waiter",
                f"the model publishes the waiter {name} for {model_op.name}; the spec leaves it out",
                "add it (audit --fix)",
                "warning",
                (edit,),
            )
