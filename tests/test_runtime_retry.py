"""Unit tests of the retry policy (backoff, server hints, what is retried) and of the waiter engine.

They import the runtime's source, `templates/runtime/`, as `runtime_under_test` (see conftest.py); every
generated package carries a verbatim copy of it.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from fake_clock import FLOAT_SLACK, FakeClock
from runtime_under_test.errors import ApiError, WaiterError
from runtime_under_test.models import ApiModel
from runtime_under_test.retry import (
    DEFAULT_MAX_RETRIES,
    THROTTLING_CODES,
    TRANSIENT_CODES,
    RetryPolicy,
    server_delay,
)
from runtime_under_test.waiters import Acceptor, WaiterConfig, evaluate, next_delay, search, wait, wait_async

NOW = datetime(2025, 2, 11, 18, 0, 0, tzinfo=UTC).timestamp()


def headers(**values: str) -> httpx.Headers:
    return httpx.Headers({name.replace("_", "-"): value for name, value in values.items()})


# -- RetryPolicy: attempts -------------------------------------------------------------------------------


def test_default_is_three_attempts_in_all() -> None:
    assert DEFAULT_MAX_RETRIES == 2
    assert RetryPolicy().max_attempts == 3
    assert RetryPolicy(max_retries=0).max_attempts == 1


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
def test_max_retries_must_be_a_non_negative_integer(bad: Any) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=bad)


def test_with_max_retries_overrides_only_the_count() -> None:
    draw = random.Random(1).random
    policy = RetryPolicy(
        base_delay=0.1, max_delay=3.0, max_server_delay=7.0, retryable_codes=frozenset({"X"}), random=draw
    )
    assert policy.with_max_retries(None) is policy
    assert policy.with_max_retries(2) is policy
    changed = policy.with_max_retries(5)
    assert changed.max_attempts == 6
    assert (changed.base_delay, changed.max_delay, changed.max_server_delay) == (0.1, 3.0, 7.0)
    assert changed.retryable_codes == frozenset({"X"}) and changed.random is draw
    with pytest.raises(ValueError):
        policy.with_max_retries(-1)


# -- RetryPolicy: backoff --------------------------------------------------------------------------------


def test_backoff_is_full_jitter_below_the_exponential_ceiling() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=20.0, random=random.Random(20250211).random)
    for retry_number in range(8):
        ceiling = min(20.0, 0.5 * 2**retry_number)
        draws = [policy.backoff(retry_number) for _ in range(300)]
        assert all(0.0 <= draw < ceiling for draw in draws)
        # Full jitter spreads over the whole interval (not "equal jitter", which never goes below half).
        assert min(draws) < 0.1 * ceiling
        assert max(draws) > 0.9 * ceiling


def test_backoff_uses_the_whole_interval_and_stops_at_the_cap() -> None:
    almost_one = RetryPolicy(base_delay=0.5, max_delay=20.0, random=lambda: 0.999)
    assert almost_one.backoff(0) == pytest.approx(0.4995)
    assert almost_one.backoff(1) == pytest.approx(0.999)
    assert almost_one.backoff(3) == pytest.approx(3.996)
    assert almost_one.backoff(6) == pytest.approx(19.98)  # 0.5 * 64 = 32 > cap
    assert almost_one.backoff(60) == pytest.approx(19.98)
    assert almost_one.backoff(100_000) == pytest.approx(19.98)  # no OverflowError from 2.0**n
    assert RetryPolicy(random=lambda: 0.0).backoff(5) == 0.0


def test_delay_without_server_hint_is_the_backoff() -> None:
    policy = RetryPolicy(random=lambda: 0.5)
    assert policy.delay(0) == 0.25
    assert policy.delay(2, headers()) == 1.0
    assert policy.delay(1, headers(retry_after="soon")) == 0.5


# -- Server hints ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3.0), (" 2.5 ", 2.5), ("0", 0.0), ("-4", 0.0), ("120", 120.0)],
)
def test_retry_after_in_seconds(value: str, expected: float) -> None:
    assert server_delay(headers(retry_after=value)) == expected


def test_retry_after_as_http_date() -> None:
    in_30s = format_datetime(datetime.fromtimestamp(NOW + 30, UTC), usegmt=True)
    assert in_30s.endswith("GMT")
    assert server_delay(headers(retry_after=in_30s), now=NOW) == pytest.approx(30.0)
    past = format_datetime(datetime.fromtimestamp(NOW - 600, UTC), usegmt=True)
    assert server_delay(headers(retry_after=past), now=NOW) == 0.0


def test_retry_after_date_without_zone_is_utc() -> None:
    # "-0000" makes email.utils return a naive datetime; it must not be read as local time.
    when = datetime.fromtimestamp(NOW + 12, UTC).strftime("%a, %d %b %Y %H:%M:%S -0000")
    assert server_delay(headers(retry_after=when), now=NOW) == pytest.approx(12.0)


@pytest.mark.parametrize("garbage", ["soon", "nan", "inf", "-inf", "1,5", "Mon, 99 Foo 2025", "  "])
def test_garbage_retry_after_is_ignored(garbage: str) -> None:
    assert server_delay(headers(retry_after=garbage)) is None
    policy = RetryPolicy(random=lambda: 0.5)
    assert policy.delay(1, headers(retry_after=garbage)) == policy.backoff(1)


def test_datadog_rate_limit_reset() -> None:
    assert server_delay(headers(x_ratelimit_reset="7")) == 7.0
    assert server_delay(headers(x_ratelimit_reset="later")) is None
    # Retry-After wins when both are there; a garbage Retry-After falls through to the reset.
    assert server_delay(headers(retry_after="2", x_ratelimit_reset="9")) == 2.0
    assert server_delay(headers(retry_after="soon", x_ratelimit_reset="9")) == 9.0


def test_header_names_are_case_insensitive_through_httpx_headers() -> None:
    assert server_delay(httpx.Headers({"RETRY-AFTER": "4"})) == 4.0
    assert server_delay(httpx.Headers({"X-RateLimit-Reset": "5"})) == 5.0


def test_server_delay_is_capped() -> None:
    assert RetryPolicy().delay(0, headers(retry_after="3600")) == 60.0
    assert RetryPolicy(max_server_delay=5.0).delay(0, headers(x_ratelimit_reset="30")) == 5.0
    far = format_datetime(datetime.fromtimestamp(NOW + 86400, UTC), usegmt=True)
    assert RetryPolicy(max_server_delay=5.0).delay(0, headers(retry_after=far), now=NOW) == 5.0
    # A hint below the cap is taken as it is, even if larger than the backoff would be.
    assert RetryPolicy(max_delay=1.0).delay(0, headers(retry_after="4")) == 4.0


# -- What is retried -------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 507, 509, 520, 599])
def test_retryable_statuses(status: int) -> None:
    assert RetryPolicy().is_retryable_response(status, None)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 409, 410, 412, 413, 422, 501, 505, 511])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert not RetryPolicy().is_retryable_response(status, None)


@pytest.mark.parametrize(
    "code", ["ThrottlingException", "ThrottledException", "RequestLimitExceeded", "Throttling", "SlowDown"]
)
def test_throttling_codes_are_retried_whatever_the_status(code: str) -> None:
    assert code in THROTTLING_CODES
    assert RetryPolicy().is_retryable_response(400, code)


def test_transient_and_spec_retryable_codes() -> None:
    assert "RequestTimeoutException" in TRANSIENT_CODES
    assert RetryPolicy().is_retryable_response(400, "RequestTimeoutException")
    assert not RetryPolicy().is_retryable_response(400, "ServerException")
    assert RetryPolicy(retryable_codes=frozenset({"ServerException"})).is_retryable_response(400, "ServerException")


@pytest.mark.parametrize("code", ["ValidationException", "AccessDeniedException", "ResourceNotFoundException", ""])
def test_client_error_codes_are_not_retried(code: str) -> None:
    assert not RetryPolicy().is_retryable_response(400, code)


# -- Waiters: path search and acceptors ------------------------------------------------------------------

DOCUMENT = {
    "tasks": [{"lastStatus": "RUNNING", "id": 1}, {"lastStatus": "PENDING", "id": 2}],
    "failures": [],
    "data": {"attributes": {"status": "QUEUED"}},
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("tasks[].lastStatus", ["RUNNING", "PENDING"]),
        ("tasks[].id", [1, 2]),
        ("failures[].reason", []),
        ("missing[].reason", []),
        ("data.attributes.status", "QUEUED"),
        ("data.attributes.missing", None),
        ("data.nothing.deeper", None),
        ("tasks[].nothing", []),
    ],
)
def test_search(path: str, expected: Any) -> None:
    assert search(DOCUMENT, path) == expected


def test_search_nested_projection_and_non_dict() -> None:
    doc = {"a": [{"b": [{"c": 1}, {"c": 2}]}, {"b": [{"c": 3}]}]}
    assert search(doc, "a[].b[].c") == [1, 2, 3]
    assert search(None, "a.b") is None
    assert search({"a": "text"}, "a.b") is None
    # A key on a non-object is null: strings in a list must not pass for the field they lack.
    assert search({"tasks": ["RUNNING"]}, "tasks[].lastStatus") == []
    assert search({"a": [1, 2]}, "a.b") is None


class Status(ApiModel):
    pass


def model(**wire: Any) -> Status:
    return Status.model_validate(wire)


RUNNING = WaiterConfig(
    name="TasksRunning",
    acceptors=(
        Acceptor(state="failure", matcher="pathAny", argument="tasks[].lastStatus", expected="STOPPED"),
        Acceptor(state="success", matcher="pathAll", argument="tasks[].lastStatus", expected="RUNNING"),
        Acceptor(state="retry", matcher="error", argument=None, expected="ThrottlingException"),
    ),
    min_delay=2.0,
    max_delay=30.0,
    max_wait=100.0,
)
ASSIGNED = WaiterConfig(
    name="TaskAssigned",
    acceptors=(
        Acceptor(state="success", matcher="path", argument="data.attributes.status", expected="ASSIGNED"),
        Acceptor(state="failure", matcher="path", argument="data.attributes.status", expected="ABORTED"),
    ),
    min_delay=2.0,
    max_delay=30.0,
    max_wait=600.0,
)


def tasks(*statuses: str) -> Status:
    return model(tasks=[{"lastStatus": status} for status in statuses])


def test_evaluate_path_matchers() -> None:
    assert evaluate(RUNNING, tasks("RUNNING", "RUNNING"), None) == "success"
    assert evaluate(RUNNING, tasks("RUNNING", "PENDING"), None) is None
    assert evaluate(RUNNING, tasks("RUNNING", "STOPPED"), None) == "failure"
    assert evaluate(RUNNING, tasks(), None) is None  # pathAll over nothing is not a success
    assert evaluate(RUNNING, model(tasks=["RUNNING"]), None) is None
    assert evaluate(ASSIGNED, model(data={"attributes": {"status": "ASSIGNED"}}), None) == "success"
    assert evaluate(ASSIGNED, model(data={"attributes": {"status": "ABORTED"}}), None) == "failure"
    assert evaluate(ASSIGNED, model(data={"attributes": {"status": "QUEUED"}}), None) is None


def test_evaluate_error_matcher() -> None:
    throttled = ApiError("slow down", status_code=400, code="ThrottlingException")
    assert evaluate(RUNNING, None, throttled) == "retry"
    assert evaluate(RUNNING, None, ApiError("no", status_code=400, code="ValidationException")) is None


def test_next_delay_grows_within_bounds() -> None:
    low = [next_delay(RUNNING, attempt, rng=lambda a, b: a) for attempt in range(1, 10)]
    high = [next_delay(RUNNING, attempt, rng=lambda a, b: b) for attempt in range(1, 10)]
    assert low == [2.0] * 9
    assert high == [2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0, 30.0, 30.0]
    assert next_delay(RUNNING, 5000, rng=lambda a, b: b) == 30.0  # no overflow on long waits
    seeded = random.Random(3)
    draws = [next_delay(RUNNING, 4, rng=seeded.uniform) for _ in range(200)]
    assert all(2.0 <= draw <= 16.0 for draw in draws) and len(set(draws)) > 100


# -- Waiters: the polling loop with a fake clock ---------------------------------------------------------


def scripted(*results: Status | ApiError) -> tuple[list[int], Any]:
    calls: list[int] = []

    def poll() -> Status:
        calls.append(1)
        result = results[min(len(calls), len(results)) - 1]
        if isinstance(result, ApiError):
            raise result
        return result

    return calls, poll


def test_wait_returns_the_response_that_succeeded() -> None:
    clock = FakeClock()
    calls, poll = scripted(tasks("PENDING"), tasks("PENDING", "RUNNING"), tasks("RUNNING", "RUNNING"))
    result = wait(RUNNING, poll, sleep=clock.sleep, clock=clock)
    assert result.model_dump() == {"tasks": [{"lastStatus": "RUNNING"}, {"lastStatus": "RUNNING"}]}
    assert len(calls) == 3 and len(clock.sleeps) == 2
    assert all(2.0 <= delay <= 30.0 for delay in clock.sleeps)


def test_wait_failure_state_raises_with_last_response() -> None:
    clock = FakeClock()
    stopped = tasks("STOPPED")
    calls, poll = scripted(tasks("PENDING"), stopped)
    with pytest.raises(WaiterError) as caught:
        wait(RUNNING, poll, sleep=clock.sleep, clock=clock)
    assert caught.value.reason == "failure"
    assert caught.value.last_response is stopped
    assert caught.value.attempts == 2 and len(calls) == 2


def test_wait_times_out_within_max_wait() -> None:
    clock = FakeClock()
    pending = tasks("PENDING")
    calls, poll = scripted(pending)
    with pytest.raises(WaiterError) as caught:
        wait(RUNNING, poll, sleep=clock.sleep, clock=clock)
    assert caught.value.reason == "timeout"
    assert caught.value.last_response is pending
    assert sum(clock.sleeps) <= RUNNING.max_wait + FLOAT_SLACK
    # Smithy's rule: the last delay is cut to what is left, so the waiter uses the whole window...
    assert sum(clock.sleeps) > RUNNING.max_wait - RUNNING.min_delay
    assert caught.value.attempts == len(calls) == len(clock.sleeps) + 1


def test_wait_max_wait_argument_overrides_the_config() -> None:
    clock = FakeClock()
    calls, poll = scripted(tasks("PENDING"))
    with pytest.raises(WaiterError, match="timed out"):
        wait(RUNNING, poll, max_wait=5.0, sleep=clock.sleep, clock=clock)
    assert sum(clock.sleeps) <= 5.0 + FLOAT_SLACK
    assert max(clock.sleeps) <= 5.0
    # ...and a max_wait shorter than min_delay (room for one poll only) is refused before polling.
    calls, poll = scripted(tasks("PENDING"))
    with pytest.raises(ValueError, match="shorter than"):
        wait(RUNNING, poll, max_wait=RUNNING.min_delay / 2, sleep=clock.sleep, clock=clock)
    assert calls == []


def test_wait_retries_on_a_matching_error_and_stops_on_an_unexpected_one() -> None:
    clock = FakeClock()
    throttled = ApiError("slow down", status_code=400, code="ThrottlingException")
    calls, poll = scripted(throttled, tasks("RUNNING"))
    assert wait(RUNNING, poll, sleep=clock.sleep, clock=clock).model_dump() == {"tasks": [{"lastStatus": "RUNNING"}]}
    assert len(calls) == 2

    denied = ApiError("denied", status_code=403, code="AccessDeniedException")
    calls, poll = scripted(tasks("PENDING"), denied)
    with pytest.raises(WaiterError) as caught:
        wait(RUNNING, poll, sleep=clock.sleep, clock=clock)
    assert caught.value.reason == "error"
    assert caught.value.last_error is denied
    assert caught.value.__cause__ is denied
    assert len(calls) == 2


def test_wait_timeout_keeps_the_last_retried_error() -> None:
    clock = FakeClock()
    throttled = ApiError("slow down", status_code=400, code="ThrottlingException")
    _, poll = scripted(throttled)
    with pytest.raises(WaiterError) as caught:
        wait(RUNNING, poll, max_wait=10.0, sleep=clock.sleep, clock=clock)
    assert caught.value.reason == "timeout"
    assert caught.value.last_error is throttled
    assert caught.value.last_response is None


async def test_wait_async_follows_the_same_rules() -> None:
    clock = FakeClock()
    results = [tasks("PENDING"), tasks("RUNNING")]

    async def poll() -> Status:
        return results.pop(0)

    result = await wait_async(RUNNING, poll, sleep=clock.async_sleep, clock=clock)
    assert result.model_dump() == {"tasks": [{"lastStatus": "RUNNING"}]}
    assert len(clock.sleeps) == 1

    async def pending() -> Status:
        return tasks("PENDING")

    with pytest.raises(WaiterError) as caught:
        await wait_async(RUNNING, pending, max_wait=20.0, sleep=clock.async_sleep, clock=clock)
    assert caught.value.reason == "timeout"
    assert sum(clock.sleeps[1:]) <= 20.0 + FLOAT_SLACK
