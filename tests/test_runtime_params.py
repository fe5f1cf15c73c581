"""Argument checks and path encoding: no value may change the path, and nothing invalid is sent.

Unit tests of `params` (its source, `templates/runtime`, as `runtime_under_test`), then the same rules end to
end through the generated clients against a loopback server that records the raw request target.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import Enum

import aws_deadline.errors as deadline_errors
import datadog_agentless_scanning.errors as dd_errors
import pytest
from aws_deadline import DeadlineClient
from aws_ecs.models import KeyValuePair
from datadog_agentless_scanning import AgentlessScanningClient
from fault_server import FaultServer, Reply
from runtime_under_test.encoding import json_body, path_segment, query_pairs, scalar_text
from runtime_under_test.errors import ParamValidationError
from runtime_under_test.params import (
    check_items,
    check_number,
    check_string,
    compact,
    encode_path_segment,
    expand_path,
)

# -- encode_path_segment ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("plain-id_1.2~x", "plain-id_1.2~x"),
        ("/", "%2F"),
        ("a/b", "a%2Fb"),
        ("a/../b", "a%2F..%2Fb"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("...", "..."),  # not a dot segment: no HTTP stack removes it
        ("%", "%25"),
        ("%2F", "%252F"),  # already-encoded text is data, not an escape
        ("%2e%2E", "%252e%252E"),
        ("é", "%C3%A9"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("a b", "a%20b"),
        ("?#&=;+", "%3F%23%26%3D%3B%2B"),
        ("\n", "%0A"),
    ],
)
def test_encode_path_segment(value: str, encoded: str) -> None:
    assert encode_path_segment("Op", "id", value) == encoded


def test_empty_path_segment_is_rejected() -> None:
    with pytest.raises(ParamValidationError, match=r"Op: task_id must not be empty"):
        encode_path_segment("Op", "task_id", "")


def test_expand_path_fills_encoded_segments() -> None:
    template = "/v1/{farmId}/jobs/{jobId}"
    segments = {
        "farmId": encode_path_segment("Op", "farm_id", "a/b"),
        "jobId": encode_path_segment("Op", "job_id", ".."),
    }
    assert expand_path(template, segments) == "/v1/a%2Fb/jobs/%2E%2E"


# -- check_string ----------------------------------------------------------------------------------------

FARM = re.compile("^farm-[0-9a-f]{32}$")
GOOD_FARM = "farm-" + "0123456789abcdef" * 2


def test_check_string_returns_a_valid_value_unchanged() -> None:
    assert check_string("GetTask", "farm_id", GOOD_FARM, pattern=FARM) == GOOD_FARM


@pytest.mark.parametrize(
    "bad",
    [
        "farm-123",
        GOOD_FARM.upper(),
        " " + GOOD_FARM,
        GOOD_FARM + "\n",  # Python's "$" matches before a final newline; ECMA's (the spec's) does not
        GOOD_FARM + "/..",
        "farm-" + "٠" * 32,  # Arabic-Indic digits are not [0-9]
    ],
)
def test_check_string_pattern_rejects(bad: str) -> None:
    with pytest.raises(ParamValidationError) as caught:
        check_string("GetTask", "farm_id", bad, pattern=FARM)
    assert "GetTask: farm_id=" in str(caught.value)
    assert "does not match the pattern '^farm-[0-9a-f]{32}$'" in str(caught.value)


@pytest.mark.parametrize(
    ("pattern", "good", "bad"),
    [
        (r"^\d+$", "123", "١٢٣"),  # \d is ASCII in ECMA
        (r"^\w+$", "abc_1", "é"),
        (r"^a\$b$", "a$b", "a$b\n"),  # an escaped dollar stays a literal
        (r"^[$]+$", "$$", "$$\n"),  # a dollar in a class stays a literal
        (r"^[]$]+$", "]$", "]$\n"),  # "]" first in a class is a literal, "$" after it too
        (r"x$|^y", "x", "x\n"),
        ("abc", "xxabcxx", "ab"),  # unanchored patterns search, as JSON Schema says
    ],
)
def test_check_string_follows_ecma_pattern_semantics(pattern: str, good: str, bad: str) -> None:
    compiled = re.compile(pattern)
    assert check_string("Op", "v", good, pattern=compiled) == good
    with pytest.raises(ParamValidationError):
        check_string("Op", "v", bad, pattern=compiled)


def test_check_string_lengths_and_type() -> None:
    assert check_string("Op", "name", "abc", min_length=3, max_length=3) == "abc"
    with pytest.raises(ParamValidationError, match="at least 4 characters"):
        check_string("Op", "name", "abc", min_length=4)
    with pytest.raises(ParamValidationError, match="at most 2 characters"):
        check_string("Op", "name", "abc", max_length=2)
    assert check_string("Op", "name", "日本", max_length=2) == "日本"  # code points, not bytes
    with pytest.raises(ParamValidationError, match="name must be a string, got int"):
        check_string("Op", "name", 12)
    with pytest.raises(ParamValidationError, match="got NoneType"):
        check_string("Op", "name", None)


def test_param_validation_error_is_a_value_error() -> None:
    assert issubclass(ParamValidationError, ValueError)


# -- scalar_text, query_pairs, compact ------------------------------------------------------------------------


class Color(Enum):
    RED = "red"


def test_scalar_text() -> None:
    assert scalar_text(True) == "true" and scalar_text(False) == "false"
    assert scalar_text(3) == "3" and scalar_text(1.5) == "1.5"
    assert scalar_text(Color.RED) == "red"
    assert scalar_text(datetime(2025, 2, 11, 18, 0, tzinfo=UTC)) == "2025-02-11T18:00:00+00:00"


def test_query_pairs_repeat_lists_and_skip_none() -> None:
    query = [*query_pairs("include", ["TAGS", "X"]), *query_pairs("missing", None), *query_pairs("flag", True)]
    assert query == [("include", "TAGS"), ("include", "X"), ("flag", "true")]


def test_json_body_sends_models_by_wire_name_without_unset_fields() -> None:
    pair = KeyValuePair(name="color")  # `value` unset: absent on the wire, not null
    assert json.loads(json_body(pair)) == {"name": "color"}
    assert json.loads(json_body([pair, {"raw": None}])) == [{"name": "color"}, {"raw": None}]
    assert json.loads(json_body({"when": datetime(2025, 2, 11, tzinfo=UTC), "pairs": (pair,)})) == {
        "when": "2025-02-11T00:00:00Z",
        "pairs": [{"name": "color"}],
    }


def test_check_number_ranges_and_type() -> None:
    assert check_number("Op", "limit", 5, minimum=1, maximum=5) == 5
    assert check_number("Op", "ratio", 1.5, exclusive_minimum=0, multiple_of=0.5) == 1.5
    for value, bounds, message in [
        (0, {"minimum": 1}, "limit=0 must be at least 1"),
        (6, {"maximum": 5}, "limit=6 must be at most 5"),
        (5, {"exclusive_maximum": 5}, "limit=5 must be less than 5"),
        (7, {"multiple_of": 2}, "limit=7 must be a multiple of 2"),
        (True, {}, "limit must be a number, got bool"),
        ("5", {}, "limit must be a number, got str"),
    ]:
        with pytest.raises(ParamValidationError, match=re.escape(message)):
            check_number("Op", "limit", value, **bounds)


def test_check_items_counts_uniqueness_and_type() -> None:
    assert check_items("Op", "ids", (1, 2), min_items=1, max_items=2, unique=True) == (1, 2)
    for value, bounds, message in [
        ([], {"min_items": 1}, "ids must have at least 1 item(s), got 0"),
        ([1, 2, 3], {"max_items": 2}, "ids must have at most 2 item(s), got 3"),
        (["a", "a"], {"unique": True}, "ids must not repeat items"),
        ("ab", {}, "ids must be a list, got str"),
        ({"a": 1}, {}, "ids must be a list, got dict"),
    ]:
        with pytest.raises(ParamValidationError, match=re.escape(message)):
            check_items("Op", "ids", value, **bounds)


@pytest.mark.parametrize(
    ("value", "style", "explode", "segment"),
    [  # RFC 6570 / OpenAPI style examples; values encoded part by part, the style's delimiters literal
        (5, "matrix", False, ";id=5"),
        ([3, 4, 5], "matrix", False, ";id=3,4,5"),
        ([3, 4, 5], "matrix", True, ";id=3;id=4;id=5"),
        ({"role": "admin", "first": "Alex"}, "matrix", False, ";id=role,admin,first,Alex"),
        ({"role": "admin", "first": "Alex"}, "matrix", True, ";role=admin;first=Alex"),
        (["a", "b"], "label", False, ".a,b"),
        (["a", "b"], "label", True, ".a.b"),
        (["a/b", "c;d,e"], "label", False, ".a%2Fb,c%3Bd%2Ce"),
        ("a/b", "simple", False, "a%2Fb"),
        ("..", "simple", False, "%2E%2E"),
    ],
)
def test_path_segment_styles(value: object, style: str, explode: bool, segment: str) -> None:
    assert path_segment("Op", "id_", "id", value, style, explode) == segment


def test_compact_drops_only_none() -> None:
    assert compact({"a": None, "b": 0, "c": "", "d": []}) == {"b": 0, "c": "", "d": []}


# -- End to end: what reaches the server ------------------------------------------------------------------

DD_OK = {"data": {"id": "6d09294c-9ad9-42fd-a759-a0c1599b4828", "type": "aws_resource", "attributes": {}}}
DD_PATH = "/api/v2/agentless_scanning/ondemand/aws/"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(default=Reply(200, body=DD_OK)) as running:
        yield running


@pytest.mark.parametrize(
    ("task_id", "target"),
    [
        ("..", DD_PATH + "%2E%2E"),
        (".", DD_PATH + "%2E"),
        ("../../v1/validate", DD_PATH + "..%2F..%2Fv1%2Fvalidate"),
        ("%2F", DD_PATH + "%252F"),
        ("é/日", DD_PATH + "%C3%A9%2F%E6%97%A5"),
        ("x?admin=1#frag", DD_PATH + "x%3Fadmin%3D1%23frag"),
    ],
)
def test_path_values_cannot_change_the_request_target(server: FaultServer, task_id: str, target: str) -> None:
    with AgentlessScanningClient(api_key="k", app_key="a", base_url=server.url + "/") as client:
        client.get_aws_on_demand_task(task_id=task_id)
    assert [request.target for request in server.requests] == [target]


def test_empty_path_value_is_never_sent(server: FaultServer) -> None:
    with AgentlessScanningClient(api_key="k", app_key="a", base_url=server.url) as client:
        # Each package vendors its own runtime, so each has its own ParamValidationError class.
        with pytest.raises(dd_errors.ParamValidationError, match="task_id must not be empty"):
            client.get_aws_on_demand_task(task_id="")
    assert server.requests == []


def test_pattern_violation_is_never_sent(server: FaultServer) -> None:
    ids = {
        "farm_id": GOOD_FARM,
        "queue_id": "queue-" + "0" * 32,
        "job_id": "job-" + "0" * 32,
        "step_id": "step-" + "0" * 32,
        "task_id": "task-" + "0" * 32 + "-0",
    }
    client = DeadlineClient(
        endpoint_url=server.url, region="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret"
    )
    with client:
        for name, bad in [("farm_id", GOOD_FARM + "\n"), ("task_id", "task-" + "0" * 32 + "-01"), ("job_id", "..")]:
            with pytest.raises(deadline_errors.ParamValidationError, match=name):
                client.get_task(**{**ids, name: bad})
    assert server.requests == []
