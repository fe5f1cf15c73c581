"""Waiters (`x-waiters`, Smithy-style): poll an operation until an acceptor matches."""

from __future__ import annotations

from .. import ir
from ..loader import join_pointer
from ..naming import snake_case
from ..view import Operation, text
from .context import BuildContext

STATES = ("success", "failure", "retry")
MATCHERS = ("path", "pathAll", "pathAny", "error")


def waiters(ctx: BuildContext, op: Operation) -> tuple[ir.Waiter, ...]:
    found = []
    declared = op.node.get("x-waiters")
    for name, spec in (declared if isinstance(declared, dict) else {}).items():
        waiter_pointer = join_pointer(join_pointer(op.pointer, "x-waiters"), name)
        acceptors = []
        for index, acceptor in enumerate(spec.get("acceptors") or []):
            if acceptor.get("state") not in STATES or acceptor.get("matcher") not in MATCHERS:
                ctx.fail(
                    join_pointer(join_pointer(waiter_pointer, "acceptors"), index),
                    "acceptor needs state success/failure/retry and matcher path/pathAll/pathAny/error",
                )
                continue
            acceptors.append(
                ir.Acceptor(acceptor["state"], acceptor["matcher"], acceptor.get("argument"), acceptor.get("expected"))
            )
        found.append(
            ir.Waiter(
                name=name,
                method_name="wait_until_" + snake_case(name),
                description=text(spec, "description"),
                min_delay=float(spec.get("minDelay", 2)),
                max_delay=float(spec.get("maxDelay", 120)),
                max_wait=float(spec.get("maxWait", 300)),
                acceptors=tuple(acceptors),
            )
        )
    return tuple(found)
