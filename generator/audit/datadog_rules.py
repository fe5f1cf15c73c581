"""Datadog specs against `datadog-api-client`: per operation the endpoint's path, method, parameters, auth,
request and response models; error bodies against the model class of the same name."""

from __future__ import annotations

from ..loader import join_pointer
from ..naming import snake_case
from ..view import Operation, SpecView, schema_ref_name
from .compare import SchemaComparer
from .datadog_model import DatadogEndpoint, DatadogModel
from .findings import Findings
from .to_schema import SchemaWriter


class DatadogAudit:
    def __init__(self, view: SpecView, model: DatadogModel, findings: Findings) -> None:
        self.view = view
        self.model = model
        self.findings = findings
        self.comparer = SchemaComparer(view, findings, SchemaWriter(set(view.schemas)))

    def run(self) -> None:
        for op in self.view.operations:
            endpoint = self.model.endpoint(op.path, op.method, op.tags)
            if endpoint is None:
                self.findings.add(
                    op.pointer,
                    "audit-operation",
                    f"{op.method.upper()} {op.path} is not an endpoint of {self.model.label}",
                    "correct the path or method",
                )
                continue
            self._endpoint(op, endpoint)

    def _endpoint(self, op: Operation, endpoint: DatadogEndpoint) -> None:
        if op.operation_id and snake_case(op.operation_id) != endpoint.operation_id:
            self.findings.add(
                join_pointer(op.pointer, "operationId"),
                "audit-binding",
                f"operationId {op.operation_id} is {endpoint.operation_id} in {endpoint.api_class}",
                "use the vendor's operation name",
                "warning",
            )
        self._auth(op, endpoint)
        self._parameters(op, endpoint)
        body = next((p for p in endpoint.parameters if p.location == "body"), None)
        media = op.request_body.content.json if op.request_body is not None else None
        if body is not None and media is not None and media.schema is not None:
            self.comparer.compare(media.schema, media.schema_pointer, body.shape)
        elif (body is None) != (media is None):
            self.findings.add(
                op.request_body.pointer if op.request_body is not None else op.pointer,
                "audit-member-extra" if body is None else "audit-member-missing",
                "the spec has a JSON request body, the endpoint has none"
                if body is None
                else "the endpoint takes a JSON request body, the spec has none",
                "match the endpoint's request body",
                "error" if body is None else "warning",
            )
        success = next(iter(op.successes), None)
        response = success.content.json if success is not None else None
        if endpoint.response is not None and response is not None and response.schema is not None:
            self.comparer.compare(response.schema, response.schema_pointer, endpoint.response)
        for error in op.errors:
            media = error.content.json
            name = schema_ref_name(media.schema.get("$ref", "")) if media and isinstance(media.schema, dict) else None
            model_class = self.model.model_class(name) if name else None
            if media is not None and model_class is not None:
                self.comparer.compare(media.schema, media.schema_pointer, self.model.class_shape(model_class))

    def _auth(self, op: Operation, endpoint: DatadogEndpoint) -> None:
        ours = op.scheme_names
        at = join_pointer(op.pointer, "security") if "security" in op.node else "/security"
        for scheme in sorted(ours - set(endpoint.auth)):
            self.findings.add(
                at,
                "audit-auth",
                f"{scheme} is not an authentication of {endpoint.operation_id} (the client uses "
                f"{', '.join(endpoint.auth) or 'none'})",
                "remove the scheme, or correct its name",
            )
        for scheme in [s for s in endpoint.auth if s not in ours]:
            self.findings.add(
                at,
                "audit-auth",
                f"{endpoint.operation_id} also accepts {scheme}; the spec leaves it out",
                "add the security scheme and requirement",
                "warning",
            )

    def _parameters(self, op: Operation, endpoint: DatadogEndpoint) -> None:
        theirs = {(p.location, p.name): p for p in endpoint.parameters if p.location != "body"}
        for parameter in op.parameters:
            model_parameter = theirs.get((parameter.location, parameter.name))
            if model_parameter is None:
                self.findings.add(
                    parameter.pointer,
                    "audit-member-extra",
                    f"{parameter.location} parameter {parameter.name} is not a parameter of {endpoint.operation_id}",
                    "remove it, or correct its name",
                )
                continue
            if parameter.required != model_parameter.required:
                self.findings.add(
                    join_pointer(parameter.pointer, "required"),
                    "audit-required",
                    f"{parameter.name} is {'required' if parameter.required else 'optional'} in the spec, "
                    f"{'required' if model_parameter.required else 'optional'} in {endpoint.operation_id}",
                    f"required: {str(model_parameter.required).lower()}",
                )
            self.comparer.compare(parameter.schema, parameter.schema_pointer, model_parameter.shape)
        written = {(p.location, p.name) for p in op.parameters}
        for key in theirs:
            if key not in written:
                self.findings.add(
                    join_pointer(op.pointer, "parameters"),
                    "audit-member-missing",
                    f"{endpoint.operation_id} takes the {key[0]} parameter {key[1]}; the spec leaves it out",
                    f"add the parameter {key[1]}",
                    "warning",
                )
