"""Smithy-style waiters: poll an operation until an acceptor says success or failure, within a bound.

Delays grow exponentially from `min_delay` to `max_delay` with jitter, and the waiter never sleeps past
`max_wait`: as in Smithy's waiter spec, the last delay is shortened to the time left for one more poll, and
the waiter gives up once less than `min_delay` is left. A caller's `delay=` replaces both bounds (a fixed
pause, as boto3's `WaiterConfig(Delay=...)`); a `max_wait` shorter than that pause is refused. Paths
(`tasks[].lastStatus`) are evaluated on the response's wire JSON, as in the specs.

Unless a caller passes `sleep`/`clock`, waits and deadlines go through the module attributes `default_sleep`,
`default_async_sleep` and `default_clock`, looked up at call time (as in transport.py), so tests of the generated
`wait_until_*` methods can run them on a fake clock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

from .errors import ApiError, WaiterError

#: The result type of the polled operation: a model, a list, text... (evaluated on its JSON form)
ModelT = TypeVar("ModelT")
State = Literal["success", "failure", "retry"]

#: The defaults of `wait` and `wait_async` (replaceable in tests; see the module docstring).
default_sleep: Callable[[float], None] = time.sleep


async def _asyncio_sleep(delay: float) -> None:
    """`asyncio.sleep`, imported when first awaited: a sync client never imports asyncio (~10 ms of a cold start)."""
    import asyncio

    await asyncio.sleep(delay)


default_async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
default_clock: Callable[[], float] = time.monotonic


@dataclass(frozen=True)
class Acceptor:
    state: State
    matcher: Literal["path", "pathAll", "pathAny", "error"]
    argument: str | None
    expected: str | bool | int | float

    def __str__(self) -> str:
        """As messages name it: `tasks[].lastStatus == STOPPED` (any/all for list matchers), `error NotFound`."""
        expected = str(self.expected).lower() if isinstance(self.expected, bool) else str(self.expected)
        if self.matcher == "error":
            return f"error {expected}"
        quantifier = {"pathAll": "all ", "pathAny": "any "}.get(self.matcher, "")
        return f"{quantifier}{self.argument} == {expected}"


@dataclass(frozen=True)
class WaiterConfig:
    name: str
    acceptors: tuple[Acceptor, ...]
    min_delay: float
    max_delay: float
    max_wait: float


def search(document: Any, path: str) -> Any:
    """Evaluate a dotted path with `[]` list projection: `tasks[].lastStatus` → list of values."""
    values: list[Any] = [document]
    projected = False
    for part in path.split("."):
        flatten = part.endswith("[]")
        key = part[:-2] if flatten else part
        next_values: list[Any] = []
        for value in values:
            if not key:  # a bare "[]" projects the current value itself
                item = value
            elif isinstance(value, dict):
                item = value.get(key)
            else:  # a key on a string, number or list is null (JMESPath), never the value itself
                continue
            if flatten:
                if isinstance(item, list):
                    next_values.extend(item)
            elif item is not None:
                next_values.append(item)
        values, projected = next_values, projected or flatten
    if projected:
        return values
    return values[0] if values else None


def _matches(acceptor: Acceptor, wire: Any, error: ApiError | None) -> bool:
    if acceptor.matcher == "error":
        return error is not None and (error.code == acceptor.expected or type(error).__name__ == acceptor.expected)
    if error is not None or acceptor.argument is None:
        return False
    found = search(wire, acceptor.argument)
    if acceptor.matcher == "path":
        return bool(found == acceptor.expected)
    if not isinstance(found, list) or not found:
        return False
    if acceptor.matcher == "pathAll":
        return all(value == acceptor.expected for value in found)
    return any(value == acceptor.expected for value in found)


def matching(config: WaiterConfig, response: object, error: ApiError | None) -> Acceptor | None:
    """The first acceptor that matches, or None."""
    from pydantic_core import to_jsonable_python  # the result may be a model, a list of models, text...

    wire = to_jsonable_python(response, by_alias=True) if response is not None else None
    return next((acceptor for acceptor in config.acceptors if _matches(acceptor, wire, error)), None)


def evaluate(config: WaiterConfig, response: object, error: ApiError | None) -> State | None:
    """The state the first matching acceptor names, or None when nothing matched."""
    acceptor = matching(config, response, error)
    return acceptor.state if acceptor is not None else None


def configured(config: WaiterConfig, max_wait: float | None, delay: float | None) -> WaiterConfig:
    """The waiter as a call asks for it: `delay` fixes the seconds between attempts (the spec's min/max delay
    otherwise), `max_wait` bounds the whole wait. A bound shorter than one delay would allow a single poll and
    then report a timeout: refused."""
    if delay is not None:
        if delay < 0:
            raise ValueError(f"waiter {config.name}: delay must be >= 0 seconds, got {delay}")
        config = replace(config, min_delay=delay, max_delay=delay)
    if max_wait is not None:
        if max_wait < config.min_delay:
            raise ValueError(
                f"waiter {config.name}: max_wait={max_wait} s is shorter than the {config.min_delay} s between"
                f" attempts, so it could poll only once; pass max_wait >= {config.min_delay}, or a smaller delay="
            )
        config = replace(config, max_wait=max_wait)
    return config


def next_delay(config: WaiterConfig, attempt: int, rng: Callable[[float, float], float] = random.uniform) -> float:
    """The jittered delay after poll number `attempt` (1-based), in [min_delay, min(max_delay, min·2^(n-1))]."""
    exponent = min(max(0, attempt - 1), 62)  # beyond this the ceiling is max_delay anyway; avoids overflow
    ceiling = min(config.max_delay, config.min_delay * float(2**exponent))
    return rng(config.min_delay, max(config.min_delay, ceiling))


def _sleep_for(config: WaiterConfig, attempt: int, deadline: float, now: float) -> float | None:
    """How long to sleep before the next poll, or None when no poll fits before the deadline any more."""
    remaining = deadline - now
    if remaining <= 0 or remaining < config.min_delay:
        return None
    return min(next_delay(config, attempt), remaining)


def _outcome(
    config: WaiterConfig, response: ModelT | None, error: ApiError | None, attempts: int
) -> tuple[bool, ModelT | None]:
    """(done, result): done on a success acceptor (result None when it matched an error), raise on failure."""
    acceptor = matching(config, response, error)
    state = acceptor.state if acceptor is not None else None
    if state == "success":
        return True, response
    if state == "failure":
        raise WaiterError(
            f"waiter {config.name} reached a failure state after {attempts} attempt(s): {acceptor} matched",
            reason="failure",
            last_response=response,
            last_error=error,
            attempts=attempts,
        )
    if state is None and error is not None:
        raise WaiterError(
            f"waiter {config.name} stopped on an unexpected error: {error}",
            reason="error",
            last_error=error,
            attempts=attempts,
        ) from error
    return False, None


def _no_response(config: WaiterConfig) -> WaiterError:
    return WaiterError(f"waiter {config.name} succeeded on an error, so there is no response to return", reason="error")


def _timed_out(config: WaiterConfig, attempts: int, last: object, error: ApiError | None) -> WaiterError:
    return WaiterError(
        f"waiter {config.name} timed out after {attempts} attempt(s) (max_wait {config.max_wait} s)",
        reason="timeout",
        last_response=last,
        last_error=error,
        attempts=attempts,
    )


def wait_optional(
    config: WaiterConfig,
    poll: Callable[[], ModelT],
    *,
    max_wait: float | None = None,
    delay: float | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> ModelT | None:
    """Poll until success (return the response, or None when an `error` acceptor said success), failure or
    timeout (raise `WaiterError`)."""
    config = configured(config, max_wait, delay)
    sleep = default_sleep if sleep is None else sleep
    clock = default_clock if clock is None else clock
    deadline = clock() + config.max_wait
    attempt, last = 0, None
    while True:
        attempt += 1
        try:
            response, error = poll(), None
        except ApiError as exc:
            response, error = None, exc
        last = response if response is not None else last
        done, result = _outcome(config, response, error, attempt)
        if done:
            return result
        pause = _sleep_for(config, attempt, deadline, clock())
        if pause is None:
            raise _timed_out(config, attempt, last, error)
        sleep(pause)


def wait(
    config: WaiterConfig,
    poll: Callable[[], ModelT],
    *,
    max_wait: float | None = None,
    delay: float | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> ModelT:
    """`wait_optional` for waiters whose success always comes with a response (no `error` success acceptor)."""
    result = wait_optional(config, poll, max_wait=max_wait, delay=delay, sleep=sleep, clock=clock)
    if result is None:
        raise _no_response(config)
    return result


async def wait_async_optional(
    config: WaiterConfig,
    poll: Callable[[], Awaitable[ModelT]],
    *,
    max_wait: float | None = None,
    delay: float | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] | None = None,
) -> ModelT | None:
    """The async twin of `wait_optional`."""
    config = configured(config, max_wait, delay)
    sleep = default_async_sleep if sleep is None else sleep
    clock = default_clock if clock is None else clock
    deadline = clock() + config.max_wait
    attempt, last = 0, None
    while True:
        attempt += 1
        try:
            response, error = await poll(), None
        except ApiError as exc:
            response, error = None, exc
        last = response if response is not None else last
        done, result = _outcome(config, response, error, attempt)
        if done:
            return result
        pause = _sleep_for(config, attempt, deadline, clock())
        if pause is None:
            raise _timed_out(config, attempt, last, error)
        await sleep(pause)


async def wait_async(
    config: WaiterConfig,
    poll: Callable[[], Awaitable[ModelT]],
    *,
    max_wait: float | None = None,
    delay: float | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] | None = None,
) -> ModelT:
    """The async twin of `wait`."""
    result = await wait_async_optional(config, poll, max_wait=max_wait, delay=delay, sleep=sleep, clock=clock)
    if result is None:
        raise _no_response(config)
    return result
