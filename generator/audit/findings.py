"""Audit findings: lint-format `Problem`s, each with the edits `--fix` can make, and accepted differences.

A difference is accepted by `x-audit-accept: {rule-id: reason}` on the node a finding points at or on any of
its ancestors (as `x-lint-ignore` silences lint rules): the finding is counted as accepted, not reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import Problem
from ..loader import LoadedSpec, nodes_along

ACCEPT_KEY = "x-audit-accept"

#: rule id → what it checks (specs/README.md documents the same table)
RULES = {
    "audit-model": "the vendor's model for the spec can be read",
    "audit-operation": "every operation of the spec is an operation of the model",
    "audit-binding": "HTTP method, URI, X-Amz-Target, host prefix and protocol traits are the model's",
    "audit-member-extra": "every member, parameter and property of the spec is in the model",
    "audit-member-missing": "every member of the model is in the spec (warning)",
    "audit-type": "each member has the model's type (timestamps, unions, lists and maps included)",
    "audit-required": "required flags are the model's",
    "audit-enum-extra": "every enum value of the spec is in the model",
    "audit-enum-missing": "every enum value of the model is in the spec (warning)",
    "audit-constraint": "patterns, lengths, ranges and list and map limits agree with the model",
    "audit-constraint-missing": "every constraint of the model is in the spec (warning)",
    "audit-error": "error responses name the model's errors, with its retryable and throttling traits",
    "audit-error-missing": "every error of the model is a response of the spec (warning)",
    "audit-idempotency": "idempotency tokens are marked as the model marks them",
    "audit-pagination": "pagination traits are the model's paginators",
    "audit-waiter": "waiters are the model's (delays, attempts, acceptors)",
    "audit-auth": "the authentication in force is the model's",
    "audit-accept": "x-audit-accept maps known rule ids to reasons",
}


@dataclass(frozen=True)
class Edit:
    """One addition `--fix` makes: `key: value` into the mapping at `pointer`, or, when `key` is None, the items
    of `value` (a list) appended to the sequence at `pointer`."""

    pointer: str
    key: str | None
    value: Any


@dataclass(frozen=True)
class Finding:
    problem: Problem
    edits: tuple[Edit, ...] = ()


@dataclass
class Findings:
    """What one spec's audit found: reported findings and the number accepted."""

    spec: LoadedSpec
    model: str = ""  # the model compared with, for the summary
    reported: list[Finding] = field(default_factory=list)
    accepted: int = 0

    def add(
        self,
        pointer: str,
        rule: str,
        message: str,
        hint: str,
        severity: str = "error",
        edits: tuple[Edit, ...] = (),
    ) -> None:
        if rule in accepted_rules(self.spec.document, pointer):
            self.accepted += 1
            return
        problem = self.spec.problem(pointer, message, rule=rule, severity=severity, hint=hint)
        if any(f.problem == problem for f in self.reported):
            return  # a shared schema reached from several operations: reported once
        self.reported.append(Finding(problem, edits))

    @property
    def errors(self) -> int:
        return sum(1 for f in self.reported if f.problem.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.reported) - self.errors


def accepted_rules(document: dict[str, Any], pointer: str) -> set[str]:
    """Rules accepted by `x-audit-accept` on the pointer's node or any ancestor (a node that does not exist yet,
    such as a member the spec lacks, is accepted on its parent)."""
    rules: set[str] = set()
    for node in nodes_along(document, pointer):
        accepted = node.get(ACCEPT_KEY) if isinstance(node, dict) else None
        if isinstance(accepted, dict):
            rules.update(str(rule) for rule in accepted)
    return rules


def accept_problems(spec: LoadedSpec) -> list[Problem]:
    """`x-audit-accept` written wrong: not a mapping of a known rule id to a non-empty reason."""
    found: list[Problem] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                if key == ACCEPT_KEY:
                    found.extend(_accept_entry_problems(spec, value, child))
                else:
                    walk(value, child)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(spec.document, "")
    return found


def _accept_entry_problems(spec: LoadedSpec, value: Any, pointer: str) -> list[Problem]:
    hint = "write x-audit-accept: {rule-id: reason}"
    if not isinstance(value, dict):
        return [
            spec.problem(
                pointer, "x-audit-accept must be a mapping of rule id to reason", rule="audit-accept", hint=hint
            )
        ]
    problems = []
    for rule, reason in value.items():
        if rule not in RULES:
            problems.append(
                spec.problem(pointer, f"x-audit-accept names no audit rule {rule!r}", rule="audit-accept", hint=hint)
            )
        elif not isinstance(reason, str) or not reason.strip():
            problems.append(
                spec.problem(pointer, f"x-audit-accept: {rule} has no reason", rule="audit-accept", hint=hint)
            )
    return problems
