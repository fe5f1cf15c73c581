"""Every Python name the runtime and the templates already use, in one place: a spec name that would collide
with one of them is renamed by the builder.

Where the runtime defines the names (`ApiError`'s attributes, `ApiModel`'s methods, `RequestOptions`' per-call
keywords) they are read from the runtime's own classes, so that a new attribute there is reserved at once. The
rest are names the package templates define or import, listed here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from functools import cache
from types import ModuleType

from .resources import import_runtime

_RUNTIME_PACKAGE = "_clientgen_reserved_runtime"


@cache
def _runtime(module: str) -> ModuleType:
    """A module of the runtime as it ships (templates/runtime, relative imports), loaded once under a private
    package name so that it cannot be mistaken for a generated package's copy."""
    import_runtime(_RUNTIME_PACKAGE)
    return importlib.import_module(f"{_RUNTIME_PACKAGE}.{module}")


#: Keywords of every client constructor besides the spec-decided ones (client.py.jinja writes them).
CONSTRUCTOR_KEYWORDS = frozenset({"http_client", "timeout", "max_retries", "default_headers", "hooks"})
#: Names the generated client and request-builder modules import or define at module level: a method argument
#: must not shadow one of them (client.py.jinja, _operations.py.jinja).
TEMPLATE_MODULE_NAMES = frozenset(
    {
        "self",
        "max_wait",
        "delay",
        "max_items",
        "uuid",
        "Paginator",
        "AsyncPaginator",
        "models",
        "httpx",
        "re",
        "functools",
        "datetime",
        "wait",
        "wait_async",
        "RequestOptions",
        "TypeAdapter",
        "to_json",
        "build_model",
        "cookie_header",
        "form_fields",
        "multipart_parts",
        "path_text",
        "query_pairs",
        "simple_text",
        "check_string",
        "compact",
        "encode_path_segment",
        "expand_path",
        "PreparedRequest",
        "Any",
        "Mapping",
        "Sequence",
        "Hooks",
        "RawResponse",
    }
)
#: What generated error classes add to `ApiError` (errors.py.jinja): the parsed body.
ERROR_CLASS_ADDITIONS = frozenset({"data"})
#: What generated clients add to the runtime's base clients (client.py.jinja).
CLIENT_ADDITIONS = frozenset({"with_raw_response", "region"})


@cache
def call_option_names() -> frozenset[str]:
    """Per-call keywords every method takes (`RequestOptions`' fields)."""
    options = _runtime("transport").RequestOptions
    return frozenset(f.name for f in dataclasses.fields(options))


@cache
def argument_names() -> frozenset[str]:
    """Names a method argument may not take."""
    return TEMPLATE_MODULE_NAMES | call_option_names()


@cache
def client_attributes() -> frozenset[str]:
    """Attributes of every generated client (the runtime's base clients' public ones and the template's): an
    operation's method may not take one of these names."""
    client = _runtime("client")
    names = {n for base in (client.SyncApiClient, client.AsyncApiClient) for n in dir(base) if not n.startswith("_")}
    return frozenset(names | CLIENT_ADDITIONS)


@cache
def error_attributes() -> frozenset[str]:
    """Attributes of every generated exception: `ApiError`'s (class and instance) and `Exception`'s public ones;
    an error-body accessor may not hide one of them."""
    api_error = _runtime("errors").ApiError
    instance = api_error("probe")
    names = {n for n in (*dir(api_error), *vars(instance)) if not n.startswith("_")}
    return frozenset(names | ERROR_CLASS_ADDITIONS)


@cache
def model_attributes() -> frozenset[str]:
    """Public methods `ApiModel` adds to pydantic's `BaseModel` (datamodel-code-generator avoids pydantic's own):
    a model field of that name would hide the method."""
    api_model = _runtime("models").ApiModel
    base = api_model.__mro__[1]
    return frozenset(
        n for n in vars(api_model) if not n.startswith("_") and not hasattr(base, n) and n != "model_config"
    )
