"""Unit tests of error decoding: which exception class, which code, which message, for every body shape.

The decoding is the runtime's source (`templates/runtime/` as `runtime_under_test`); the error tables are the
generated packages' own (`aws_ecs.errors.ERRORS`, ...), so the class choice is checked against what users catch.
"""

from __future__ import annotations

import pickle
from typing import Any

import aws_deadline.errors as deadline_errors
import aws_ecs.errors as ecs_errors
import datadog_agentless_scanning.errors as dd_errors
import httpx
import pytest
from runtime_under_test.errors import ApiError, WaiterError, describe_body
from runtime_under_test.protocol import ErrorTable, aws_error_code, decode_error, error_message, html_text

NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    "<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"
)
CLOUDFRONT_503 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
<style>body { color: red; }</style></HEAD><BODY>
<H1>503 ERROR</H1><H2>The request could not be satisfied.</H2>
<script>var secret = "not shown";</script>
<HR noshade size="1px">Request blocked &amp; throttled.
</BODY></HTML>"""


def response(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("POST", "https://ecs.us-east-1.amazonaws.com/")
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    if isinstance(body, str | bytes):
        return httpx.Response(status, content=body, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def ecs(status: int, body: Any = None, headers: dict[str, str] | None = None) -> ApiError:
    return decode_error(response(status, body, headers), ecs_errors.ERRORS, "DescribeTasks", aws=True)


def deadline(status: int, body: Any = None, headers: dict[str, str] | None = None) -> ApiError:
    return decode_error(response(status, body, headers), deadline_errors.ERRORS, "GetTask", aws=True)


def datadog(status: int, body: Any = None, headers: dict[str, str] | None = None) -> ApiError:
    return decode_error(response(status, body, headers), dd_errors.ERRORS, "getAwsOnDemandTask", aws=False)


# -- AWS: the class follows the error code ---------------------------------------------------------------


def test_awsjson_type_with_namespace() -> None:
    error = ecs(400, {"__type": "com.amazonaws.ecs#ClusterNotFoundException", "message": "Cluster not found."})
    assert type(error) is ecs_errors.ClusterNotFoundException
    assert error.code == "ClusterNotFoundException"
    assert error.status_code == 400
    assert error.message == "DescribeTasks failed with HTTP 400 ClusterNotFoundException: Cluster not found."
    assert error.data is not None and error.data.message == "Cluster not found."


def test_awsjson_type_with_namespace_and_suffix() -> None:
    body = {"__type": "com.amazonaws.ecs#ServerException:http://internal.amazon.com/coral/", "message": "oops"}
    error = ecs(500, body)
    assert type(error) is ecs_errors.ServerException
    assert error.code == "ServerException"
    assert not error.retryable  # AWS's model does not mark it retryable; the client still retries it as a 5xx


def test_restjson_error_type_header_with_suffix() -> None:
    headers = {
        "X-Amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.deadline/",
        "x-amzn-RequestId": "5c5b3f8a-0000-4000-8000-000000000001",
    }
    error = deadline(404, {"message": "Task not found", "resourceId": "task-1", "resourceType": "task"}, headers)
    assert type(error) is deadline_errors.ResourceNotFoundException
    assert error.code == "ResourceNotFoundException"
    assert error.request_id == "5c5b3f8a-0000-4000-8000-000000000001"
    assert str(error) == (
        "GetTask failed with HTTP 404 ResourceNotFoundException: Task not found "
        "(request id: 5c5b3f8a-0000-4000-8000-000000000001)"
    )


def test_header_code_wins_over_body_code() -> None:
    error = deadline(
        429, {"__type": "SomethingElse", "message": "Rate exceeded"}, {"X-Amzn-ErrorType": "ThrottlingException"}
    )
    assert type(error) is deadline_errors.ThrottlingException


def test_lowercase_code_field() -> None:
    assert aws_error_code(httpx.Headers(), {"code": "ValidationException"}) == "ValidationException"
    assert aws_error_code(httpx.Headers(), {"Code": "ns#AccessDeniedException"}) == "AccessDeniedException"
    assert aws_error_code(httpx.Headers(), {"code": 42}) is None
    assert aws_error_code(httpx.Headers(), ["not", "an", "object"]) is None


def test_xml_error_body() -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Type>Sender</Type>'
        "<Code>Throttling</Code><Message>Rate exceeded</Message></Error>"
        "<RequestId>a1b2</RequestId></ErrorResponse>"
    )
    error = ecs(400, body, {"Content-Type": "text/xml"})
    assert type(error) is ApiError
    assert error.code == "Throttling"
    assert error.message == "DescribeTasks failed with HTTP 400 Throttling: Rate exceeded"
    assert error.body == body


def test_unknown_aws_code_is_a_plain_api_error_with_the_code() -> None:
    error = ecs(400, {"__type": "com.amazonaws.ecs#NoSuchThingException", "Message": "nope"})
    assert type(error) is ApiError
    assert error.code == "NoSuchThingException"
    assert error.message.endswith("NoSuchThingException: nope")


def test_aws_errors_are_not_chosen_by_status() -> None:
    # A documented code's usual status without the code is not that error: AWS errors go by code only.
    error = ecs(500, {"message": "no code here"})
    assert type(error) is ApiError and error.code is None


# -- Bodies that are not the service's JSON ---------------------------------------------------------------


def test_html_502_from_a_proxy() -> None:
    error = datadog(502, NGINX_502, {"Content-Type": "text/html"})
    assert type(error) is ApiError
    assert error.status_code == 502
    assert error.body == NGINX_502
    assert error.message == "getAwsOnDemandTask failed with HTTP 502 Bad Gateway: 502 Bad Gateway: nginx/1.25.3"
    assert "<" not in str(error)


def test_html_page_text_drops_markup_scripts_and_styles() -> None:
    text = html_text(CLOUDFRONT_503)
    assert text.startswith("ERROR: The request could not be satisfied: 503 ERROR The request could not be satisfied.")
    assert "Request blocked & throttled." in text
    assert "secret" not in text and "color" not in text and "<" not in text
    error = ecs(503, CLOUDFRONT_503)
    assert error.code is None and "Request blocked & throttled." in error.message


def test_html_message_is_bounded() -> None:
    page = "<html><body>" + "<p>very long</p>" * 5000 + "</body></html>"
    error = datadog(502, page)
    assert len(error.message) < 400
    assert error.body == page


@pytest.mark.parametrize("body", [None, b""])
def test_empty_body(body: bytes | None) -> None:
    error = ecs(500, body)
    assert type(error) is ApiError
    assert error.body is None
    assert error.message == "DescribeTasks failed with HTTP 500 Internal Server Error"
    dd = datadog(503, body)
    assert dd.message == "getAwsOnDemandTask failed with HTTP 503 Service Unavailable"


def test_plain_text_body() -> None:
    error = datadog(503, "upstream connect error or disconnect/reset before headers")
    assert error.message.endswith(": upstream connect error or disconnect/reset before headers")


def test_json_that_is_not_an_object() -> None:
    error = datadog(500, ["first problem", "second problem"])
    assert error.body == ["first problem", "second problem"]
    assert "first problem" in error.message


def test_undecodable_bytes_do_not_break_decoding() -> None:
    error = datadog(500, b"\xff\xfe\x00garbage")
    assert error.status_code == 500 and isinstance(error.body, str)


# -- Datadog: the class follows the status ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, dd_errors.BadRequestError),
        (403, dd_errors.ForbiddenError),
        (404, dd_errors.NotFoundError),
        (429, dd_errors.RateLimitError),
    ],
)
def test_datadog_documented_statuses(status: int, cls: type[ApiError]) -> None:
    error = datadog(status, {"errors": ["Task not found", "check the id"]})
    assert type(error) is cls
    assert error.status_code == status
    assert error.code is None
    assert error.message.endswith(": Task not found; check the id")
    assert error.errors == ["Task not found", "check the id"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [401, 409, 418, 500, 502])
def test_undocumented_status_is_a_plain_api_error(status: int) -> None:
    error = datadog(status, {"errors": ["something"]})
    assert type(error) is ApiError
    assert error.status_code == status


def test_datadog_does_not_read_aws_codes() -> None:
    error = datadog(400, {"code": "ThrottlingException", "errors": ["bad"]}, {"X-Amzn-ErrorType": "Throttling"})
    assert type(error) is dd_errors.BadRequestError
    assert error.code is None


def test_jsonapi_error_objects_are_readable() -> None:
    body = {"errors": [{"status": "404", "title": "Not Found", "detail": "no such task"}, {"title": "Also"}]}
    assert error_message(body) == "Not Found: no such task; Also"


def test_body_that_does_not_match_the_error_model() -> None:
    error = datadog(404, {"unexpected": True})
    assert type(error) is dd_errors.NotFoundError
    assert error.data is None  # type: ignore[attr-defined]
    assert "unexpected" in error.message


# -- What an exception shows ----------------------------------------------------------------------------


def test_repr_and_str_show_no_headers_or_body() -> None:
    secret_header = {"X-Amzn-ErrorType": "ValidationException", "Set-Cookie": "session=abc123secret"}
    error = deadline(400, {"message": "bad farm id", "reason": "FIELD_VALIDATION_FAILED"}, secret_header)
    assert type(error) is deadline_errors.ValidationException
    assert "abc123secret" not in repr(error) and "abc123secret" not in str(error)
    assert repr(error) == (
        "ValidationException(status_code=400, code='ValidationException', request_id=None, "
        "message='GetTask failed with HTTP 400 ValidationException: bad farm id')"
    )
    assert error.headers["set-cookie"] == "session=abc123secret"  # kept for the caller, just not shown


def test_describe_body_is_single_line_and_bounded() -> None:
    assert describe_body("a\n  b\t c") == "a b c"
    long = describe_body("x" * 1000)
    assert len(long) == 303 and long.endswith("...")


def test_an_empty_table_gives_plain_errors() -> None:
    error = decode_error(response(404, {"message": "gone"}), ErrorTable(), "Op", aws=False)
    assert type(error) is ApiError and error.message == "Op failed with HTTP 404 Not Found: gone"


def test_errors_survive_pickling() -> None:
    # Errors cross process boundaries (process pools, multiprocessing); every field must come back.
    error = ecs(400, {"__type": "ClusterNotFoundException", "message": "gone"}, {"x-amzn-RequestId": "r-1"})
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is ecs_errors.ClusterNotFoundException
    assert (back.status_code, back.code, back.request_id, back.body) == (
        400,
        "ClusterNotFoundException",
        "r-1",
        error.body,
    )
    assert str(back) == str(error)
    waiter = WaiterError("waiter X timed out", reason="timeout", last_error=error, attempts=4)
    restored = pickle.loads(pickle.dumps(waiter))
    assert type(restored) is WaiterError and str(restored) == "waiter X timed out"
    assert (restored.reason, restored.attempts, restored.last_response) == ("timeout", 4, None)
    assert type(restored.last_error) is ecs_errors.ClusterNotFoundException
