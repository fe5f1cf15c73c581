"""Reading the fields of a generated models module, and keeping their attribute names unambiguous.

Generated models accept attribute names and wire names alike (`populate_by_name`). That is only safe while
no attribute name is also the wire name of another field: with properties `a-b` and `a_b`, datamodel-code-
generator names them `a_b` and `a_b_1`, and `Thing(a_b=1)` then fills both fields, so the request carries a
value the caller never set. It also names an allOf subclass's fields without looking at the parent's, so a
child property can silently replace an inherited field. `naming_conflicts` finds such fields and
`unambiguous_names` chooses new attribute names for them. The builder runs both on the IR's model table before
any code is generated (`build.model_classes`); the models step runs `naming_conflicts` again on the generated
module as a check.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .reserved import model_attributes


@dataclass
class ClassFields:
    bases: tuple[str, ...]
    fields: dict[str, str] = field(default_factory=dict)  # wire name → attribute name, in declaration order
    required: set[str] = field(default_factory=set)  # attribute names without a default


@dataclass(frozen=True)
class NamingConflict:
    class_name: str  # the class that declares the field to rename
    wire_name: str
    reason: str
    claimant: tuple[str, str] | None = None  # (class, wire name) of the field whose wire name is the contested name


def class_fields(source: str) -> dict[str, ClassFields]:
    """For each generated class: its base classes and its own fields (wire name, else attribute name)."""
    result: dict[str, ClassFields] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        info = ClassFields(bases=tuple(base.id for base in node.bases if isinstance(base, ast.Name)))
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                info.fields[_wire_name(statement) or statement.target.id] = statement.target.id
                if statement.value is None:
                    info.required.add(statement.target.id)
        result[node.name] = info
    return result


def _wire_name(statement: ast.AnnAssign) -> str | None:
    for call in ast.walk(statement):
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "Field":
            for keyword in call.keywords:
                if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                    if isinstance(keyword.value.value, str):
                        return keyword.value.value
    return None


def _inherited(classes: dict[str, ClassFields], name: str, seen: frozenset[str]) -> dict[str, tuple[str, str]]:
    """attribute → (declaring class, wire name) for every field a class has, its own last (they override)."""
    if name in seen or name not in classes:
        return {}
    result: dict[str, tuple[str, str]] = {}
    for base in classes[name].bases:
        result.update(_inherited(classes, base, seen | {name}))
    result.update({attribute: (name, wire) for wire, attribute in classes[name].fields.items()})
    return result


def naming_conflicts(classes: dict[str, ClassFields]) -> list[NamingConflict]:
    """Fields to rename, sorted: an attribute name that is another field's wire name, one that hides an
    inherited field of another wire name, or one that hides an `ApiModel` method. A field whose wire name
    is the contested name keeps it (`Thing(a_b=…)` means the property `a_b`)."""
    found: dict[tuple[str, str], NamingConflict] = {}

    def add(conflict: NamingConflict) -> None:
        found.setdefault((conflict.class_name, conflict.wire_name), conflict)

    for name, info in classes.items():
        inherited: dict[str, tuple[str, str]] = {}
        for base in info.bases:
            inherited.update(_inherited(classes, base, frozenset({name})))
        for wire, attribute in info.fields.items():
            if attribute in inherited and inherited[attribute][1] != wire:
                parent, parent_wire = inherited[attribute]
                if wire == attribute and parent_wire != attribute:
                    add(NamingConflict(parent, parent_wire, f"{name}.{wire} hides it"))
                else:
                    add(NamingConflict(name, wire, f"hides {parent}.{parent_wire} (attribute {attribute!r})"))
        effective = {**inherited, **{attribute: (name, wire) for wire, attribute in info.fields.items()}}
        by_wire = {wire: owner for owner, wire in effective.values()}
        for attribute, (owner, wire) in effective.items():
            if attribute != wire and attribute in by_wire:
                reason = f"attribute {attribute!r} is also a wire name in {name}"
                add(NamingConflict(owner, wire, reason, claimant=(by_wire[attribute], attribute)))
            elif attribute in model_attributes():
                add(NamingConflict(owner, wire, f"attribute {attribute!r} would hide ApiModel.{attribute}()"))
    return [found[key] for key in sorted(found)]


def unambiguous_names(classes: dict[str, ClassFields]) -> dict[str, str]:
    """Scoped aliases (`Class.wire` → attribute) that remove every naming conflict, one at a time: the field
    whose wire name is the contested name gets it, the other field `<name>_<n>`, the first such name that no
    class uses as an attribute or wire name. Every field of a changed class is pinned, so the second run
    cannot reshuffle the rest. Empty when nothing needs changing."""
    table = {name: ClassFields(info.bases, dict(info.fields)) for name, info in classes.items()}
    changed: set[str] = set()
    limit = 2 * sum(len(info.fields) for info in table.values()) + 1
    for _ in range(limit):
        conflicts = naming_conflicts(table)
        if not conflicts:
            break
        conflict = conflicts[0]
        fields = table[conflict.class_name].fields
        contested = fields[conflict.wire_name]
        if conflict.claimant is not None:
            claimant_class, claimant_wire = conflict.claimant
            table[claimant_class].fields[claimant_wire] = contested
            changed.add(claimant_class)
        taken = set(model_attributes())
        for info in table.values():
            taken.update(info.fields)
            taken.update(info.fields.values())
        number = 1
        while f"{contested}_{number}" in taken:
            number += 1
        fields[conflict.wire_name] = f"{contested}_{number}"
        changed.add(conflict.class_name)
    return {f"{name}.{wire}": attribute for name in sorted(changed) for wire, attribute in table[name].fields.items()}
