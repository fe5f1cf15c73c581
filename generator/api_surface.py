"""The public Python API of a generated package, read with `ast`, and the difference between two of them.

A package's surface is every name a caller can touch: exported names (`__all__`), client classes, their
methods, each method's parameters (annotation, default) and return type, model classes and their fields, enum
members, exception classes with their attributes and properties. Comparing surfaces rather than text means a
reformatted docstring is no change, while `str | None = None` → `str` on a parameter is one.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "export",
    "class",
    "model",
    "enum",
    "exception",
    "function",
    "method",
    "parameter",
    "return",
    "field",
    "member",
    "attribute",
    "property",
]
_MODULE_NAMES = {"client.py": "client", "models.py": "models", "errors.py": "errors", "testing.py": "testing"}


@dataclass(frozen=True)
class Entry:
    name: str  # dotted: "client.EcsClient.describe_tasks(cluster)"
    kind: Kind
    signature: str  # what a caller relies on: annotation, default, bases, value
    module: str
    line: int
    parent: str | None = None
    required: bool = False  # parameters and fields without a default


@dataclass(frozen=True)
class SurfaceChange:
    level: str
    rule: str
    name: str
    module: str
    line: int | None
    message: str


def _text(node: ast.AST | None) -> str:
    return ast.unparse(node) if node is not None else ""


def _is_property(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id in ("property", "cached_property") for d in function.decorator_list)


def _function(
    entries: dict[str, Entry], module: str, owner: str, function: ast.FunctionDef | ast.AsyncFunctionDef
) -> None:
    name = f"{owner}.{function.name}"
    if _is_property(function):
        entries[name] = Entry(name, "property", _text(function.returns), module, function.lineno, owner)
        return
    prefix = "async def" if isinstance(function, ast.AsyncFunctionDef) else "def"
    kind: Kind = "method" if "." in owner else "function"
    entries[name] = Entry(name, kind, prefix, module, function.lineno, owner)
    entries[f"{name} -> return"] = Entry(
        f"{name} -> return", "return", _text(function.returns), module, function.lineno, name
    )
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    pairs = [(a, d, "positional") for a, d in zip(positional, defaults, strict=True)]
    pairs += [(a, d, "keyword-only") for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
    for argument, default, style in pairs:
        if argument.arg in ("self", "cls"):
            continue
        signature = f"{style} {argument.arg}: {_text(argument.annotation)}" + (
            f" = {_text(default)}" if default is not None else ""
        )
        entries[f"{name}({argument.arg})"] = Entry(
            f"{name}({argument.arg})", "parameter", signature, module, argument.lineno, name, default is None
        )
    for star, label in ((arguments.vararg, "*"), (arguments.kwarg, "**")):
        if star is not None:
            entries[f"{name}({label}{star.arg})"] = Entry(
                f"{name}({label}{star.arg})",
                "parameter",
                f"{label}{star.arg}: {_text(star.annotation)}",
                module,
                star.lineno,
                name,
            )


def _class(entries: dict[str, Entry], module: str, stem: str, node: ast.ClassDef) -> None:
    bases = [_text(b) for b in node.bases]
    if stem == "errors":
        kind: Kind = "exception"
    elif stem == "models":
        kind = "enum" if any(b.endswith("Enum") for b in bases) else "model"
    else:
        kind = "class"
    name = f"{stem}.{node.name}"
    entries[name] = Entry(name, kind, f"class({', '.join(bases)})", module, node.lineno, None)
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if not item.name.startswith("_") or item.name == "__init__":
                _function(entries, module, name, item)
        elif (
            isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and not item.target.id.startswith("_")
        ):
            if item.target.id == "model_config":
                continue
            member = f"{name}.{item.target.id}"
            if kind == "model":
                signature = _text(item.annotation) + (
                    f" = {_text(item.value)}" if item.value is not None else " (required)"
                )
                entries[member] = Entry(member, "field", signature, module, item.lineno, name, item.value is None)
            else:
                entries[member] = Entry(
                    member, "attribute", f"{_text(item.annotation)} = {_text(item.value)}", module, item.lineno, name
                )
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_") and target.id != "model_config":
                    member = f"{name}.{target.id}"
                    entries[member] = Entry(
                        member,
                        "member" if kind == "enum" else "attribute",
                        _text(item.value),
                        module,
                        item.lineno,
                        name,
                    )


def surface(sources: Mapping[str, str]) -> dict[str, Entry]:
    """Every public name of one package, from its module sources (file name → text)."""
    entries: dict[str, Entry] = {}
    for module in sorted(sources):
        tree = ast.parse(sources[module])
        if module == "__init__.py":
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
                ):
                    for element in getattr(node.value, "elts", []):
                        if isinstance(element, ast.Constant) and isinstance(element.value, str):
                            name = f"export {element.value}"
                            entries[name] = Entry(name, "export", "exported", module, element.lineno, None)
            continue
        stem = _MODULE_NAMES.get(module, module.removesuffix(".py"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                _class(entries, module, stem, node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                _function(entries, module, stem, node)
    return entries


_NOUNS = {
    "export": "export",
    "class": "class",
    "model": "model",
    "enum": "enum",
    "exception": "exception class",
    "function": "function",
    "method": "method",
    "parameter": "parameter",
    "return": "return type of",
    "field": "model field",
    "member": "enum member",
    "attribute": "attribute",
    "property": "property",
}


def compare(package: str, base: Mapping[str, Entry] | None, head: Mapping[str, Entry] | None) -> list[SurfaceChange]:
    """What appears, disappears or changes, without repeating the members of an added or removed parent."""
    if base is None and head is not None:
        return [SurfaceChange("INFO", "api-package-added", package, "__init__.py", 1, f"new package {package}")]
    if head is None:
        return [
            SurfaceChange(
                "ERR", "api-package-removed", package, "__init__.py", None, f"package {package} is no longer generated"
            )
        ]
    assert base is not None
    found: list[SurfaceChange] = []
    for name, entry in base.items():
        if name not in head and (entry.parent is None or entry.parent in head):
            line = head[entry.parent].line if entry.parent is not None else None  # where it was, in HEAD
            found.append(
                SurfaceChange(
                    "ERR", "api-removed", name, entry.module, line, f"{_NOUNS[entry.kind]} {package}.{name} removed"
                )
            )
    for name, entry in head.items():
        old = base.get(name)
        if old is None:
            if entry.parent is not None and entry.parent not in base:
                continue
            if entry.kind == "parameter" and entry.required:
                found.append(
                    SurfaceChange(
                        "ERR",
                        "api-required-parameter-added",
                        name,
                        entry.module,
                        entry.line,
                        f"new required parameter {package}.{name}: `{entry.signature}`",
                    )
                )
            else:
                found.append(
                    SurfaceChange(
                        "INFO",
                        "api-added",
                        name,
                        entry.module,
                        entry.line,
                        f"{_NOUNS[entry.kind]} {package}.{name} added",
                    )
                )
        elif old.signature != entry.signature:
            if entry.kind == "parameter" and entry.required and not old.required:
                rule, level = "api-parameter-became-required", "ERR"
            else:
                rule, level = "api-changed", "WARN"
            found.append(
                SurfaceChange(
                    level,
                    rule,
                    name,
                    entry.module,
                    entry.line,
                    f"{_NOUNS[entry.kind]} {package}.{name}: `{old.signature}` → `{entry.signature}`",
                )
            )
    order = {"ERR": 0, "WARN": 1, "INFO": 2}
    return sorted(found, key=lambda c: (order[c.level], c.module, c.name))
