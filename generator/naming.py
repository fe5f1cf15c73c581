"""Python names from spec names: snake_case methods and arguments, PascalCase classes, never a keyword."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

from .reserved import argument_names

_WORD_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")
_NOT_IDENTIFIER = re.compile(r"[^0-9a-zA-Z_]+")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def snake_case(name: str) -> str:
    """`farmId` → `farm_id`, `DD-API-KEY` → `dd_api_key`, `class` → `class_`, `2fa` → `n_2fa`."""
    text = _ascii(name)
    text = _WORD_BOUNDARY_1.sub(r"\1_\2", text)
    text = _WORD_BOUNDARY_2.sub(r"\1_\2", text)
    text = _NOT_IDENTIFIER.sub("_", text).strip("_").lower()
    text = re.sub(r"_+", "_", text) or "value"
    if text[0].isdigit():
        text = "n_" + text
    if keyword.iskeyword(text) or keyword.issoftkeyword(text):
        text += "_"
    return text


def is_package_name(text: str) -> bool:
    """Whether `text` can name an importable package (an identifier, not a keyword)."""
    return text.isidentifier() and not keyword.iskeyword(text)


def argument_base(name: str) -> str:
    """The keyword-argument spelling of a name before de-duplication: snake_case, clear of option names
    and builtins."""
    base = snake_case(name)
    return base + "_" if base in argument_names() or hasattr(builtins, base) else base


def argument_name(name: str, taken: set[str]) -> str:
    """A keyword-argument name that is unique within one method and clear of its option names."""
    base = argument_base(name)
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}_{counter}", counter + 1
    taken.add(candidate)
    return candidate


def pascal_case(name: str) -> str:
    """`getTask` → `GetTask`, `too_many_requests` → `TooManyRequests`."""
    words = [w for w in re.split(r"[^0-9a-zA-Z]+", snake_case(name)) if w]
    text = "".join(word[:1].upper() + word[1:] for word in words) or "Model"
    return "N" + text if text[0].isdigit() else text


_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: Names the models module imports or defines itself: a schema with one of these names is renamed.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "ApiModel",
        "AwareDatetime",
        "BaseModel",
        "ConfigDict",
        "DateTime",
        "Decimal",
        "Enum",
        "EpochSeconds",
        "Field",
        "HttpDate",
        "Literal",
        "OpenEnum",
        "Optional",
        "RootModel",
        "StrEnum",
        "UUID",
        "Union",
        "IntEnum",
        "List",
        "Dict",
        "AnyUrl",
        "EmailStr",
        "SecretStr",
        "Json",
        "Path",
    }
)


def _upper_camel(name: str) -> str:
    """datamodel-code-generator's class naming for identifiers: capitalise each `_`-separated part."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def schema_class_names(names: list[str]) -> dict[str, str]:
    """Class names for component schemas, as datamodel-code-generator would name them, never colliding.

    Names that are not identifiers are PascalCased first: datamodel-code-generator treats dots in schema
    names as module paths and splits the output into modules, and real specs use dots and dashes
    (`Pet.v1`, `error-response`). Every `$ref` follows the rename.
    """
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = _upper_camel(name) if _IDENTIFIER.match(name) else pascal_case(name)
        if not base or not base[0].isalpha():
            base = "Model" + base
        if base in RESERVED_CLASS_NAMES or keyword.iskeyword(base):
            base += "Model"
        candidate, counter = base, 2
        while candidate in taken:
            candidate, counter = f"{base}{counter}", counter + 1
        taken.add(candidate)
        result[name] = candidate
    return result
