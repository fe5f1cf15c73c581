"""The generated-code half of a review: what a caller of the generated client sees, compared between the IRs of
two versions of one spec.

The IR decides every name the templates print (client classes, constructor keywords, methods and their keyword
arguments, result types, model classes and fields, exception classes, waiters), so comparing IRs compares what
callers touch, once per change: the sync and async clients and their raw-response variants are one API here.
Levels say what happens to existing caller code: ERR when it stops working (a name gone or renamed, a value it
reads retyped or possibly None, a keyword it must now pass), INFO when it keeps working (additions, an argument
that accepts more), WARN when it keeps running but may behave differently (an environment variable renamed).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .. import ir
from .model import Change, Level

_TYPE_NAMES = {"any": "Any", "datetime": "datetime"}


def type_text(ref: ir.TypeRef | None) -> str:
    """A type as a caller reads it in the generated signature (enum arguments also take plain strings)."""
    if ref is None:
        return "None"
    if ref.kind in ("model", "enum"):
        return ref.name or ref.kind
    if ref.kind == "list":
        return f"list[{type_text(ref.item)}]"
    if ref.kind == "map":
        return f"dict[str, {type_text(ref.item)}]"
    return _TYPE_NAMES.get(ref.kind, ref.kind)


def accepts(new: ir.TypeRef, old: ir.TypeRef) -> bool:
    """Every argument value a caller passed for `old` is still accepted for `new`: generated signatures take
    an enum argument as `Enum | str` (open enums are strings), and an int where a float is expected."""
    if new == old or new.kind == "any":
        return True
    textual = ("str", "enum")
    if new.kind in textual and old.kind in textual:
        return True
    if new.kind == "float" and old.kind == "int":
        return True
    if new.kind == old.kind and new.kind in ("list", "map") and new.item is not None and old.item is not None:
        return accepts(new.item, old.item)
    return False


def _model_names(ref: ir.TypeRef | None) -> Iterator[str]:
    while ref is not None:
        if ref.kind in ("model", "enum") and ref.name:
            yield ref.name
        ref = ref.item


class _Models:
    """One side's model classes, with their inherited fields, and which of them callers build (request
    arguments) or read (results, error bodies): a field made required breaks builders, one made optional
    breaks readers. A class reachable from neither is exported all the same: both may use it. A request body
    model whose properties are the method's keyword arguments (and that nothing else uses) mirrors them: its
    changes are the arguments' changes, reported once, on the method."""

    def __init__(self, service: ir.Service) -> None:
        self.by_name = {model.class_name: model for model in service.models}
        flattened = {
            op.request.model
            for op in service.operations
            if op.request is not None and op.request.model and op.body_params
        }
        built = [name for op in service.operations for p in op.params for name in _model_names(p.type)]
        read = [name for op in service.operations for name in _model_names(op.response.type)]
        read += [name for error in service.errors for name in error.body_models]
        self.built, self.read = self._closure(built), self._closure(read)
        self.mirrors_arguments = flattened - self.built - self.read
        self.built |= self._closure(flattened)

    def _closure(self, roots: Iterable[str]) -> set[str]:
        found: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            model = self.by_name.get(name)
            if name in found or model is None:
                continue
            found.add(name)
            pending.extend(model.bases)
            pending.extend(n for f in model.fields for n in _model_names(f.type))
        return found

    def fields(self, name: str) -> dict[str, ir.ModelField]:
        """Own and inherited fields by attribute name: a field moved into a base class is no change."""
        found: dict[str, ir.ModelField] = {}
        seen: set[str] = set()
        pending = [name]
        while pending:
            current = pending.pop(0)
            model = self.by_name.get(current)
            if current in seen or model is None:
                continue
            seen.add(current)
            for model_field in model.fields:
                found.setdefault(model_field.python_name, model_field)
            pending.extend(model.bases)
        return found

    def is_built(self, name: str) -> bool:
        return name in self.built or name not in self.read

    def is_read(self, name: str) -> bool:
        return name in self.read or name not in self.built


def _source_key(service: ir.Service, argument: ir.ConstructorArgument) -> tuple[str, ...]:
    """What a constructor keyword stands for, so that a keyword whose name changed is found as renamed."""
    if argument.role == "server_variable":
        variable = next((v.name for v in service.server.variables if v.argument == argument.name), argument.name)
        return ("server variable", variable)
    if argument.role == "credential":
        credential = next((c for c in service.credentials if c.argument == argument.name), None)
        if credential is not None:
            return ("credential", credential.location, credential.wire_name)
    return (argument.role, argument.name)


class ClientApiDiff:
    """Compare the caller-visible API of two IRs of one package; `changes()` lists each change once."""

    def __init__(self, base: ir.Service | None, head: ir.Service | None, generated_dir: str = "generated") -> None:
        self.base, self.head = base, head
        self.root = generated_dir.rstrip("/")
        self._found: list[Change] = []

    def changes(self) -> list[Change]:
        if self._found:
            return self._found
        base, head = self.base, self.head
        if base is None and head is not None:
            self._add("INFO", "api-package-added", head, "__init__.py", head.package, f"new package {head.package}")
        elif base is not None and head is None:
            self._add(
                "ERR",
                "api-package-removed",
                base,
                "__init__.py",
                base.package,
                f"package {base.package} is no longer generated: every import of it fails",
            )
        elif base is not None and head is not None:
            self._package(base, head)
            self._constructor(base, head)
            self._operations(base, head)
            self._models(base, head)
            self._errors(base, head)
        return self._found

    def _add(self, level: Level, rule: str, service: ir.Service, module: str, pointer: str, message: str) -> None:
        file = f"{self.root}/{service.package}/{module}"
        self._found.append(Change(level, rule, file, pointer, None, message, section="generated"))

    # -- the package and its clients ---------------------------------------------------------------------------

    def _package(self, base: ir.Service, head: ir.Service) -> None:
        if base.package != head.package:
            self._add(
                "ERR",
                "package-renamed",
                base,
                "__init__.py",
                base.package,
                f"package {base.package!r} is now {head.package!r}: every import of it fails",
            )
        if base.client_stem != head.client_stem:
            self._add(
                "ERR",
                "client-renamed",
                head,
                "client.py",
                f"client.{base.sync_client}",
                f"client classes {base.sync_client}/{base.async_client} are now "
                f"{head.sync_client}/{head.async_client}: imports and constructions of the old names fail",
            )

    def _constructor(self, base: ir.Service, head: ir.Service) -> None:
        client = head.sync_client
        old = {a.name: a for a in base.constructor_arguments}
        new = {a.name: a for a in head.constructor_arguments}
        renamed_to = {_source_key(head, a): a.name for a in head.constructor_arguments if a.name not in old}
        renamed: set[str] = set()  # head keywords reported as the new name of a base keyword
        for name, argument in old.items():
            pointer = f"client.{client}.__init__({name})"
            if name not in new:
                target = renamed_to.get(_source_key(base, argument))
                if target is not None:
                    rule, what = "constructor-argument-renamed", f"is now {target!r}"
                    renamed.add(target)
                else:
                    rule = "credential-removed" if argument.role == "credential" else "constructor-argument-removed"
                    what = "is gone"
                self._add(
                    "ERR",
                    rule,
                    head,
                    "client.py",
                    pointer,
                    f"{client}(): constructor keyword {name!r} {what}: constructions passing it raise TypeError",
                )
                continue
            now = new[name]
            if now.required and not argument.required:
                self._add(
                    "ERR",
                    "api-parameter-became-required",
                    head,
                    "client.py",
                    pointer,
                    f"{client}(): constructor keyword {name!r} is now required"
                    + (f" (or {' / '.join(now.env)} set)" if now.env else "")
                    + ": constructions without it fail",
                )
            elif argument.required and not now.required:
                self._add(
                    "INFO",
                    "api-parameter-became-optional",
                    head,
                    "client.py",
                    pointer,
                    f"{client}(): constructor keyword {name!r} is now optional",
                )
            if argument.env != now.env:
                self._add(
                    "WARN",
                    "env-variable-changed",
                    head,
                    "client.py",
                    pointer,
                    f"{client}(): {name!r} is read from {' / '.join(now.env) or 'no environment variable'}"
                    f" instead of {' / '.join(argument.env) or 'no environment variable'}:"
                    " deployments that set the old variable silently lose the value",
                )
        for name, argument in new.items():
            if name in old or name in renamed:
                continue
            pointer = f"client.{client}.__init__({name})"
            if argument.required:
                self._add(
                    "ERR",
                    "api-required-parameter-added",
                    head,
                    "client.py",
                    pointer,
                    f"{client}(): new required constructor keyword {name!r}: constructions without it fail",
                )
            else:
                self._add("INFO", "api-added", head, "client.py", pointer, f"{client}(): new keyword {name!r}")

    # -- methods, their arguments and results, waiters ----------------------------------------------------------

    def _operations(self, base: ir.Service, head: ir.Service) -> None:
        client = head.sync_client
        old = {op.method_name: op for op in base.operations}
        new = {op.method_name: op for op in head.operations}
        for name, op in old.items():
            if name not in new:
                level: Level = "WARN" if op.deprecated else "ERR"
                self._add(
                    level,
                    "api-removed",
                    head,
                    "client.py",
                    f"client.{client}.{name}",
                    f"method {client}.{name}() is gone (sync, async and raw-response clients): calls raise AttributeError"
                    + (" (it was deprecated)" if op.deprecated else ""),
                )
                continue
            self._arguments(head, f"{client}.{name}", op, new[name])
            self._result(head, f"{client}.{name}", op.response, new[name].response)
        for name in new.keys() - old.keys():
            self._add(
                "INFO", "api-added", head, "client.py", f"client.{client}.{name}", f"new method {client}.{name}()"
            )
        old_waiters = {w.method_name: w for op in base.operations for w in op.waiters}
        new_waiters = {w.method_name: w for op in head.operations for w in op.waiters}
        for name in sorted(old_waiters.keys() & new_waiters.keys()):
            self._waiter(head, f"{client}.{name}", old_waiters[name], new_waiters[name])
        for name in sorted(old_waiters.keys() - new_waiters.keys()):
            self._add(
                "ERR",
                "api-removed",
                head,
                "client.py",
                f"client.{client}.{name}",
                f"waiter {client}.{name}() is gone: calls raise AttributeError",
            )
        for name in sorted(new_waiters.keys() - old_waiters.keys()):
            self._add(
                "INFO", "api-added", head, "client.py", f"client.{client}.{name}", f"new waiter {client}.{name}()"
            )
        self._paginators(base, head)

    def _paginators(self, base: ir.Service, head: ir.Service) -> None:
        """`paginate_<method>`: gone is a removed method; a changed style, token, output token or items path changes
        what the paginator reads (ERR: it may stop early or repeat pages); a changed item type changes `.items()`."""
        client = head.sync_client
        old = {op.pagination.method_name: op.pagination for op in base.operations if op.pagination}
        new = {op.pagination.method_name: op.pagination for op in head.operations if op.pagination}
        for name in sorted(old.keys() - new.keys()):
            message = f"paginator {client}.{name}() is gone: calls raise AttributeError"
            self._add("ERR", "api-removed", head, "client.py", f"client.{client}.{name}", message)
        for name in sorted(new.keys() - old.keys()):
            self._add(
                "INFO", "api-added", head, "client.py", f"client.{client}.{name}", f"new paginator {client}.{name}()"
            )
        for name in sorted(old.keys() & new.keys()):
            before, after = old[name], new[name]
            for label, was, now in (
                ("style", before.style, after.style),
                ("token argument", before.input_token, after.input_token),
                ("output token path", ".".join(before.wire_output_token), ".".join(after.wire_output_token)),
                ("items path", ".".join(before.wire_items), ".".join(after.wire_items)),
            ):
                if was != now:
                    self._add(
                        "ERR",
                        "pagination-changed",
                        head,
                        "client.py",
                        f"client.{client}.{name}",
                        f"paginator {client}.{name}(): {label} {was!r} → {now!r}",
                    )
            if before.item_type != after.item_type:
                self._add(
                    "ERR",
                    "pagination-changed",
                    head,
                    "client.py",
                    f"client.{client}.{name}",
                    f"paginator {client}.{name}().items() yields {type_text(after.item_type)}"
                    f" instead of {type_text(before.item_type)}",
                )

    def _waiter(self, head: ir.Service, method: str, before: ir.Waiter, after: ir.Waiter) -> None:
        """A waiter is client behaviour: what ends the wait (acceptors) and how long it polls."""
        pointer = f"client.{method}"
        if before.acceptors != after.acceptors:
            self._add(
                "WARN",
                "waiter-changed",
                head,
                "client.py",
                pointer,
                f"waiter {method}(): acceptors changed; it may now succeed or fail on other states",
            )
        for label, old, new in (
            ("minimum delay", before.min_delay, after.min_delay),
            ("maximum delay", before.max_delay, after.max_delay),
            ("maximum wait", before.max_wait, after.max_wait),
        ):
            if old != new:
                self._add(
                    "INFO",
                    "waiter-timing-changed",
                    head,
                    "client.py",
                    pointer,
                    f"waiter {method}(): {label} {old} → {new}",
                )

    def _arguments(self, head: ir.Service, method: str, before: ir.Operation, after: ir.Operation) -> None:
        old = {p.python_name: p for p in before.params}
        new = {p.python_name: p for p in after.params}
        for name, param in old.items():
            pointer = f"client.{method}({name})"
            if name not in new:
                self._add(
                    "WARN" if param.deprecated else "ERR",
                    "api-removed",
                    head,
                    "client.py",
                    pointer,
                    f"{method}(): keyword {name!r} is gone: calls passing it raise TypeError"
                    + (" (it was deprecated)" if param.deprecated else ""),
                )
                continue
            now = new[name]
            if now.type != param.type:
                widened = accepts(now.type, param.type)
                self._add(
                    "INFO" if widened else "ERR",
                    "api-type-changed",
                    head,
                    "client.py",
                    pointer,
                    f"{method}(): keyword {name!r} takes {type_text(now.type)} instead of {type_text(param.type)}"
                    + ("" if widened else ": values callers pass today are refused"),
                )
            if now.required and not param.required:
                self._add(
                    "ERR",
                    "api-parameter-became-required",
                    head,
                    "client.py",
                    pointer,
                    f"{method}(): keyword {name!r} is now required: calls without it raise TypeError",
                )
            elif param.required and not now.required:
                self._add(
                    "INFO",
                    "api-parameter-became-optional",
                    head,
                    "client.py",
                    pointer,
                    f"{method}(): keyword {name!r} is now optional",
                )
        for name, param in new.items():
            if name in old:
                continue
            pointer = f"client.{method}({name})"
            if param.required:
                self._add(
                    "ERR",
                    "api-required-parameter-added",
                    head,
                    "client.py",
                    pointer,
                    f"{method}(): new required keyword {name!r} ({type_text(param.type)}): calls without it raise TypeError",
                )
            else:
                self._add("INFO", "api-added", head, "client.py", pointer, f"{method}(): new keyword {name!r}")

    def _result(self, head: ir.Service, method: str, before: ir.ResponseShape, after: ir.ResponseShape) -> None:
        def shown(response: ir.ResponseShape) -> str:
            text = type_text(response.type)
            return f"{text} | None" if response.or_empty and response.type is not None else text

        if (before.type, before.or_empty) == (after.type, after.or_empty):
            return
        narrowed = before.type == after.type and before.or_empty and not after.or_empty  # never None any more
        self._add(
            "INFO" if narrowed else "ERR",
            "api-type-changed",
            head,
            "client.py",
            f"client.{method} -> return",
            f"{method}() returns {shown(after)} instead of {shown(before)}"
            + ("" if narrowed else ": code that reads the result as before breaks"),
        )

    # -- model classes and their fields -------------------------------------------------------------------------

    def _models(self, base: ir.Service, head: ir.Service) -> None:
        old, new = _Models(base), _Models(head)
        for name, model in old.by_name.items():
            pointer = f"models.{name}"
            if name in old.mirrors_arguments or name in new.mirrors_arguments:
                continue
            now = new.by_name.get(name)
            if now is None:
                self._add(
                    "ERR",
                    "api-removed",
                    head,
                    "models.py",
                    pointer,
                    f"model class {name} is gone: imports and uses of it fail",
                )
                continue
            if now.kind != model.kind:
                self._add(
                    "ERR",
                    "api-type-changed",
                    head,
                    "models.py",
                    pointer,
                    f"model class {name} is now a {now.kind} class instead of a {model.kind} class",
                )
                continue
            for parent in model.bases:
                if parent not in now.bases:
                    self._add(
                        "ERR",
                        "api-base-removed",
                        head,
                        "models.py",
                        pointer,
                        f"{name} no longer subclasses {parent}: isinstance checks and {parent}-typed code fail",
                    )
            for value in model.enum_values:
                if value not in now.enum_values:
                    self._add(
                        "ERR",
                        "api-removed",
                        head,
                        "models.py",
                        f"{pointer}({value!r})",
                        f"enum {name} loses the value {value!r}: code naming its member fails",
                    )
            for value in now.enum_values:
                if value not in model.enum_values:
                    self._add(
                        "INFO",
                        "api-added",
                        head,
                        "models.py",
                        f"{pointer}({value!r})",
                        f"enum {name}: new value {value!r}",
                    )
            self._fields(
                head, name, old.fields(name), new.fields(name), built=new.is_built(name), read=new.is_read(name)
            )
        for name in new.by_name.keys() - old.by_name.keys() - new.mirrors_arguments:
            self._add("INFO", "api-added", head, "models.py", f"models.{name}", f"new model class {name}")

    def _fields(
        self,
        head: ir.Service,
        model: str,
        old: dict[str, ir.ModelField],
        new: dict[str, ir.ModelField],
        built: bool,
        read: bool,
    ) -> None:
        for name, field in old.items():
            pointer = f"models.{model}.{name}"
            now = new.get(name)
            if now is None:
                self._add(
                    "ERR",
                    "api-removed",
                    head,
                    "models.py",
                    pointer,
                    f"{model}.{name} is gone: reading it raises AttributeError",
                )
                continue
            if now.type != field.type:
                self._add(
                    "ERR",
                    "api-type-changed",
                    head,
                    "models.py",
                    pointer,
                    f"{model}.{name} is {type_text(now.type)} instead of {type_text(field.type)}:"
                    " code that reads or sets it as before breaks",
                )
            may_be_none_before = field.nullable or not field.required
            may_be_none = now.nullable or not now.required
            if may_be_none and not may_be_none_before:
                self._add(
                    "ERR" if read else "INFO",
                    "api-field-became-optional",
                    head,
                    "models.py",
                    pointer,
                    f"{model}.{name} may now be None" + (": code that reads it unguarded breaks" if read else ""),
                )
            if now.required and not field.required:
                self._add(
                    "ERR" if built else "INFO",
                    "api-field-became-required",
                    head,
                    "models.py",
                    pointer,
                    f"{model}.{name} is now required"
                    + (f": building {model} without it raises ValidationError" if built else ""),
                )
        for name, field in new.items():
            if name in old:
                continue
            pointer = f"models.{model}.{name}"
            if field.required and built:
                self._add(
                    "ERR",
                    "api-required-field-added",
                    head,
                    "models.py",
                    pointer,
                    f"{model} has a new required field {name!r}: building {model} without it raises ValidationError",
                )
            else:
                self._add("INFO", "api-added", head, "models.py", pointer, f"{model}: new field {name!r}")

    # -- exception classes --------------------------------------------------------------------------------------

    def _errors(self, base: ir.Service, head: ir.Service) -> None:
        old = {e.class_name: e for e in base.errors}
        new = {e.class_name: e for e in head.errors}
        for name, error in old.items():
            pointer = f"errors.{name}"
            now = new.get(name)
            if now is None:
                self._add(
                    "ERR",
                    "api-removed",
                    head,
                    "errors.py",
                    pointer,
                    f"exception class {name} is gone: importing it fails, and `except {name}` no longer catches",
                )
                continue
            old_fields = {f.python_name: f for f in error.fields}
            new_fields = {f.python_name: f for f in now.fields}
            for field_name, field in old_fields.items():
                moved = new_fields.get(field_name)
                if moved is None:
                    self._add(
                        "ERR",
                        "api-removed",
                        head,
                        "errors.py",
                        f"{pointer}.{field_name}",
                        f"{name}.{field_name} is gone: reading it raises AttributeError",
                    )
                elif moved.type != field.type:
                    self._add(
                        "ERR",
                        "api-type-changed",
                        head,
                        "errors.py",
                        f"{pointer}.{field_name}",
                        f"{name}.{field_name} is {type_text(moved.type)} instead of {type_text(field.type)}",
                    )
            for field_name in new_fields.keys() - old_fields.keys():
                self._add(
                    "INFO",
                    "api-added",
                    head,
                    "errors.py",
                    f"{pointer}.{field_name}",
                    f"{name}: new attribute {field_name!r}",
                )
        for name in new.keys() - old.keys():
            self._add("INFO", "api-added", head, "errors.py", f"errors.{name}", f"new exception class {name}")


def compare_services(
    base: ir.Service | None, head: ir.Service | None, generated_dir: str = "generated"
) -> list[Change]:
    """Every change a caller of the generated package sees between the two IRs, each reported once."""
    return ClientApiDiff(base, head, generated_dir).changes()
