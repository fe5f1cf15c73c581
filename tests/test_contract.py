"""Contract tests: every example in every spec, checked against its schema, the models and the clients."""

from __future__ import annotations

import json
from typing import Any

import pytest
from contract_support import (
    Case,
    call_arguments,
    cases,
    client_for,
    default_request,
    documented_arguments,
    fake_server,
    normalize,
    schema_of,
)
from jsonschema import Draft202012Validator

CASES = cases()
IDS = [case.id for case in CASES]


def _validator(case: Case, schema: Any) -> Draft202012Validator:
    wrapper = {"components": case.spec.document.get("components") or {}, "allOf": [schema]}
    return Draft202012Validator(wrapper, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _documented_error(case: Case) -> Any:
    """The error an example documents: by its AWS code (`__type`) when one status lists several, else by status."""
    at_status = [e for e in case.operation.errors if e.status == case.status]
    code = case.example.value.get("__type") if isinstance(case.example.value, dict) else None
    return next((e for e in at_status if code is not None and e.code == code), at_status[0])


def _model(case: Case) -> Any:
    models = case.module("models")
    if case.kind == "request":
        return getattr(models, case.operation.request_model)
    if case.kind == "response":
        return getattr(models, case.operation.response_model)
    return getattr(models, _documented_error(case).body_model)


def test_every_spec_has_examples() -> None:
    packages = {case.service.package for case in CASES}
    assert packages == {"aws_ecs", "aws_deadline", "datadog_agentless_scanning"}
    for package in packages:
        assert any(c.kind == "response" for c in CASES if c.service.package == package), package


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_example_is_valid_against_its_schema(case: Case) -> None:
    errors = list(_validator(case, schema_of(case)).iter_errors(case.example.value))
    assert not errors, [e.message for e in errors]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_example_parses_and_round_trips(case: Case) -> None:
    schema = schema_of(case)
    parsed = _model(case).model_validate(case.example.value, by_alias=True, by_name=False)  # wire form
    wire = parsed.to_wire()
    assert normalize(case.spec, schema, wire) == normalize(case.spec, schema, case.example.value)
    # and the wire form we write is itself valid against the spec
    assert not list(_validator(case, schema).iter_errors(wire))
    # JSON text too: the fast path clients use
    again = _model(case).model_validate_json(json.dumps(case.example.value), by_alias=True, by_name=False)
    assert again == parsed


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind == "response"], ids=[c.id for c in CASES if c.kind == "response"]
)
def test_client_returns_the_documented_response(case: Case) -> None:
    with fake_server(case) as server:
        server.respond(case.operation.name, example=case.example.name)
        client = client_for(case, server.url)
        result = getattr(client, case.operation.method_name)(**call_arguments(case, default_request(case)))
        client.close()
        assert type(result).__name__ == case.operation.response_model
        schema = schema_of(case)
        assert normalize(case.spec, schema, result.to_wire()) == normalize(case.spec, schema, case.example.value)
        assert server.requests[-1].problems == []


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind == "error"], ids=[c.id for c in CASES if c.kind == "error"]
)
def test_client_raises_the_documented_error(case: Case) -> None:
    package = case.module()
    error = _documented_error(case)
    with fake_server(case) as server:
        server.respond(case.operation.name, example=case.example.name)
        client = client_for(case, server.url)
        with pytest.raises(getattr(package, error.class_name)) as raised:
            getattr(client, case.operation.method_name)(**call_arguments(case, default_request(case)), max_retries=0)
        client.close()
    exc = raised.value
    assert isinstance(exc, package.ApiError)
    assert exc.status_code == case.status
    assert exc.body == case.example.value
    assert exc.data is not None and exc.data.to_wire() == case.example.value
    for field in error.fields:
        assert getattr(exc, field.python_name) == case.example.value.get(field.wire_name)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind == "request"], ids=[c.id for c in CASES if c.kind == "request"]
)
def test_client_sends_the_documented_request(case: Case) -> None:
    with fake_server(case) as server:
        client = client_for(case, server.url)
        getattr(client, case.operation.method_name)(**call_arguments(case, case.example.value))
        client.close()
        sent = server.requests[-1]
    assert sent.problems == []
    assert sent.method == case.operation.http_method
    assert sent.path == case.operation.path
    body = json.loads(sent.body)
    for param in case.operation.params:  # a token the example leaves out is filled by the client (a UUID4)
        if param.idempotency_token and param.wire_name not in case.example.value:
            assert body.pop(param.wire_name)
    assert body == case.example.value
    if case.operation.request_content_type:
        assert sent.headers["content-type"] == case.operation.request_content_type
    if case.operation.aws_target:
        assert sent.headers["x-amz-target"] == case.operation.aws_target


def test_ecs_documented_request_on_the_wire() -> None:
    """The page's request: POST / with X-Amz-Target and the awsJson 1.1 content type, signed for ecs."""
    case = next(c for c in CASES if c.service.package == "aws_ecs" and c.kind == "request")
    with fake_server(case) as server:
        client = client_for(case, server.url)
        client.describe_tasks(tasks=["arn:aws:ecs:us-east-1:1234567890:cluster/default"])
        sent = server.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/")
    assert sent.headers["x-amz-target"] == "AmazonEC2ContainerServiceV20141113.DescribeTasks"
    assert sent.headers["content-type"] == "application/x-amz-json-1.1"
    assert json.loads(sent.body) == {"tasks": ["arn:aws:ecs:us-east-1:1234567890:cluster/default"]}
    assert "/us-east-1/ecs/aws4_request" in sent.headers["authorization"]


def test_invalid_arguments_raise_before_anything_is_sent() -> None:
    import aws_deadline
    import aws_ecs
    from aws_deadline.testing import FakeDeadlineServer
    from aws_ecs.testing import FakeEcsServer

    with FakeEcsServer() as server:
        ecs = aws_ecs.EcsClient(
            endpoint_url=server.url, region="us-east-1", aws_access_key_id="AKID", aws_secret_access_key="s"
        )
        with pytest.raises(aws_ecs.ParamValidationError, match="at most 100"):
            ecs.describe_tasks(tasks=[f"task-{i}" for i in range(101)])
        with pytest.raises(ValueError, match="tasks"):
            ecs.describe_tasks(tasks="not-a-list")  # type: ignore[arg-type]
        ecs.describe_tasks(tasks=[f"task-{i}" for i in range(100)])  # the limit itself is fine
        assert len(server.requests) == 1
    ids = documented_arguments("aws/deadline.yaml", "getTask")
    with FakeDeadlineServer() as server:
        deadline = aws_deadline.DeadlineClient(
            endpoint_url=server.url, region="us-east-1", aws_access_key_id="AKID", aws_secret_access_key="s"
        )
        for name, bad in (
            ("farm_id", "farm-XYZ"),
            ("task_id", ""),
            ("job_id", "job-0123456789abcdef0123456789abcdef/../x"),
        ):
            with pytest.raises(aws_deadline.ParamValidationError, match=name):
                deadline.get_task(**{**ids, name: bad})
        assert server.requests == []
        deadline.get_task(**ids)
        assert len(server.requests) == 1
