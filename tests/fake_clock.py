"""Monotonic time that moves only when the code under test sleeps: waiters and retries run instantly, and
the delays they chose are recorded for the assertions."""

from __future__ import annotations

# The clock sums jittered float delays, so "now - start" can exceed a bound the code met exactly by rounding
# (deadline - now, then now + that, is not always the deadline): compare against bounds with this slack.
FLOAT_SLACK = 1e-9


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
