# Code generated from templates/runtime/retry.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 522420b77a45f7cecd5f301848875a2859664fc6f1e4c2f4fe7ca699c5cfabd4
"""When to retry a request and how long to wait: bounded attempts, full-jitter backoff, server hints.

Defaults follow the AWS SDKs' standard mode: 3 attempts in all (`max_retries=2`), exponential backoff with
full jitter capped at 20 seconds, retries on connection errors, timeouts, 408, 429, 5xx and throttling
error codes; other 4xx are never retried. A server's `Retry-After` (seconds or HTTP date) or Datadog's
`X-RateLimit-Reset` (seconds) replaces the computed delay, capped at `max_server_delay`.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

DEFAULT_MAX_RETRIES = 2

#: Error codes that mean "slow down", whatever the status code (AWS SDKs' list).
THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
#: Error codes that mean a passing fault on the service's side.
TRANSIENT_CODES = frozenset({"RequestTimeout", "RequestTimeoutException", "InternalError", "IDPCommunicationError"})
RETRYABLE_STATUS = frozenset({408, 429})
#: 5xx that say "this will never work here" rather than "not now": retrying cannot help.
PERMANENT_5XX = frozenset({501, 505, 511})
#: 2**_MAX_EXPONENT * base_delay is far above any sane max_delay; the bound keeps 2.0**n from overflowing.
_MAX_EXPONENT = 62


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry and how long to wait between attempts."""

    max_retries: int = DEFAULT_MAX_RETRIES
    base_delay: float = 0.5
    max_delay: float = 20.0
    #: Upper bound on a delay the server asks for; longer requests are cut to this.
    max_server_delay: float = 60.0
    #: Extra error codes the spec marks retryable.
    retryable_codes: frozenset[str] = frozenset()
    random: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def __post_init__(self) -> None:
        # bool is an int: max_retries=True is a mistake, not "one retry".
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise ValueError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")

    @property
    def max_attempts(self) -> int:
        return self.max_retries + 1

    def with_max_retries(self, max_retries: int | None) -> RetryPolicy:
        if max_retries is None or max_retries == self.max_retries:
            return self
        return RetryPolicy(
            max_retries=max_retries,
            base_delay=self.base_delay,
            max_delay=self.max_delay,
            max_server_delay=self.max_server_delay,
            retryable_codes=self.retryable_codes,
            random=self.random,
        )

    def is_retryable_response(self, status_code: int, error_code: str | None) -> bool:
        if error_code is not None and (
            error_code in THROTTLING_CODES or error_code in TRANSIENT_CODES or error_code in self.retryable_codes
        ):
            return True
        return status_code in RETRYABLE_STATUS or (500 <= status_code < 600 and status_code not in PERMANENT_5XX)

    def backoff(self, retry_number: int) -> float:
        """Full jitter: a uniform draw in [0, min(max_delay, base * 2**retry_number))."""
        ceiling = min(self.max_delay, self.base_delay * (2.0 ** min(max(retry_number, 0), _MAX_EXPONENT)))
        return self.random() * ceiling

    def delay(self, retry_number: int, headers: Mapping[str, str] | None = None, now: float | None = None) -> float:
        """Seconds to wait before retry number `retry_number` (0-based)."""
        hinted = server_delay(headers, now=now) if headers is not None else None
        if hinted is not None:
            return min(hinted, self.max_server_delay)
        return self.backoff(retry_number)


def server_delay(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The delay a server asks for: `Retry-After` (seconds or HTTP date) or `X-RateLimit-Reset` (seconds).

    A value that is neither (garbage, NaN, infinity) is ignored, so the computed backoff applies.
    """
    retry_after = (headers.get("retry-after") or "").strip()
    if retry_after:
        seconds = _seconds(retry_after)
        if seconds is not None:
            return seconds
        try:
            when = parsedate_to_datetime(retry_after)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None:
            if when.tzinfo is None:  # "-0000" parses naive; HTTP dates are always UTC
                when = when.replace(tzinfo=UTC)
            current = time.time() if now is None else now
            return max(0.0, when.timestamp() - current)
    reset = (headers.get("x-ratelimit-reset") or "").strip()
    return _seconds(reset) if reset else None


def _seconds(value: str) -> float | None:
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None
