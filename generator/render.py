"""Render the IR through the Jinja templates. Filters turn data into safe literals; nothing else is Python."""

from __future__ import annotations

import functools
import textwrap
from typing import Any

import jinja2

from . import ir
from .resources import TEMPLATES, cache_dir

_CONTROL = {code: " " for code in range(32) if chr(code) not in "\n\t"}


def pyliteral(value: Any) -> str:
    """A Python literal for plain data (str, numbers, bools, None, lists, tuples, dicts)."""
    if isinstance(value, str):
        return repr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(pyliteral(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(pyliteral(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyliteral(k)}: {pyliteral(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")


def docstring(text: str, indent: int = 4, width: int = 100) -> str:
    """Spec prose as docstring body text: escaped, control characters dropped, wrapped, indented."""
    cleaned = str(text).translate(_CONTROL).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    paragraphs = [" ".join(p.split()) for p in cleaned.split("\n\n")]
    pad = " " * indent
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if lines:
            lines.append("")
        lines.extend(
            textwrap.wrap(paragraph, width=max(40, width - indent), break_long_words=False, break_on_hyphens=False)
            or [""]
        )
    body = ("\n" + pad).join(line for line in lines)
    if body.endswith('"'):
        body += " "
    return body.replace("\n" + pad + "\n", "\n\n")


def comment(text: str) -> str:
    return " ".join(str(text).translate(_CONTROL).split())


#: Compiled templates are cached across runs (keyed by the template source's checksum, so edits invalidate):
#: compiling the package templates costs about half a second, more than rendering them. The cache lives in the
#: workspace (the checkout, or the current folder when installed), never beside the installed templates.
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # read-only folder: compile every time
    return jinja2.FileSystemBytecodeCache(str(folder))


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["py"] = pyliteral
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    return env


def render(env: jinja2.Environment, template: str, service: ir.Service, header: str, **extra: Any) -> str:
    return env.get_template(template).render(service=service, header=header, **extra)
