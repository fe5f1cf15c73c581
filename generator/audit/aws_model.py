"""AWS's published service model, read offline through botocore's loader, as vendor-neutral shapes.

Which model: the one whose `endpointPrefix` or `signingName` is the spec's (`x-aws`), at the spec's
`apiVersion` (else the newest the installed botocore ships). Timestamps take the protocol's default wire form
unless the shape says otherwise; patterns are anchored (AWS patterns match the whole value, ours say so with
`^...$`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .html_text import html_to_text
from .shapes import Acceptor, ErrorTrait, Kind, Member, Pagination, Shape, Waiter

_KINDS: dict[str, Kind] = {
    "structure": "structure",
    "list": "list",
    "map": "map",
    "string": "string",
    "integer": "integer",
    "long": "integer",
    "short": "integer",
    "byte": "integer",
    "float": "float",
    "double": "float",
    "bigdecimal": "float",
    "biginteger": "integer",
    "boolean": "boolean",
    "timestamp": "timestamp",
    "blob": "blob",
}
_TIMESTAMP_FORMATS = {"iso8601": "date-time", "unixTimestamp": "epoch-seconds", "rfc822": "http-date"}


class ModelUnavailable(Exception):
    """The vendor's model cannot be read (package missing, no such service): one clear message."""


def anchored(pattern: str) -> str:
    return pattern if pattern.startswith("^") and pattern.endswith("$") else f"^{pattern}$"


@dataclass(frozen=True)
class AwsOperation:
    name: str
    method: str
    uri: str  # requestUri, with its query part if any
    host_prefix: str | None
    input: Shape | None
    output: Shape | None
    errors: tuple[Shape, ...]
    documentation: str


@dataclass
class AwsModel:
    service: str
    api_version: str
    metadata: dict[str, Any]
    raw: dict[str, Any]
    paginators: dict[str, Any]
    waiters_raw: dict[str, Any]
    _shapes: dict[str, Shape] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"botocore {self.service}/{self.api_version}"

    @property
    def protocol(self) -> str:
        return str(self.metadata.get("protocol", ""))

    def shape(self, name: str, location: str = "body") -> Shape:
        key = name if location == "body" else f"{name}@{location}"
        if key in self._shapes:
            return self._shapes[key]
        raw = self.raw["shapes"][name]
        kind: Kind = "union" if raw.get("union") else _KINDS.get(raw["type"], "any")
        shape = Shape(name=name, kind=kind, documentation=html_to_text(raw.get("documentation", "")))
        self._shapes[key] = shape
        if raw["type"] == "long":
            shape.long = True
        if kind == "timestamp":
            shape.timestamp_format = _TIMESTAMP_FORMATS.get(
                raw.get("timestampFormat", ""), self._default_timestamp(location)
            )
        shape.enum = tuple(str(v) for v in raw.get("enum", ()))
        shape.component = kind in ("structure", "union") or bool(shape.enum)
        shape.constraints = self._constraints(raw, kind)
        if kind in ("structure", "union"):
            shape.required = frozenset(raw.get("required", ()))
            for member_name, ref in raw.get("members", {}).items():
                member_location = ref.get("location", "body")
                target = self.shape(ref["shape"], "header" if member_location == "header" else "body")
                shape.members[member_name] = Member(
                    name=member_name,
                    shape=target,
                    documentation=html_to_text(ref.get("documentation", "")) or target.documentation,
                    location=member_location,
                    location_name=ref.get("locationName", ""),
                    idempotency_token=bool(ref.get("idempotencyToken")),
                    deprecated=bool(ref.get("deprecated")),
                )
        elif kind == "list":
            shape.item = self.shape(raw["member"]["shape"])
        elif kind == "map":
            shape.value = self.shape(raw["value"]["shape"])
        if raw.get("exception") or raw.get("error"):
            error = raw.get("error", {})
            retryable = raw.get("retryable")
            shape.error = ErrorTrait(
                code=str(error.get("code", name)),
                status=error.get("httpStatusCode"),
                retryable=retryable is not None,
                throttling=bool(isinstance(retryable, dict) and retryable.get("throttling")),
            )
        return shape

    def _default_timestamp(self, location: str) -> str:
        if location == "header":
            return "http-date"
        return "epoch-seconds" if self.protocol == "json" else "date-time"

    @staticmethod
    def _constraints(raw: dict[str, Any], kind: Kind) -> dict[str, int | float | str]:
        found: dict[str, int | float | str] = {}
        if kind == "string" and "pattern" in raw:
            found["pattern"] = anchored(str(raw["pattern"]))
        names = {
            "string": ("minLength", "maxLength"),
            "blob": ("minLength", "maxLength"),
            "list": ("minItems", "maxItems"),
            "map": ("minProperties", "maxProperties"),
            "integer": ("minimum", "maximum"),
            "float": ("minimum", "maximum"),
        }.get(kind)
        if names:
            low, high = raw.get("min"), raw.get("max")
            # a minimum of 0 on a length or a count says nothing: every value has it
            if low is not None and not (low == 0 and kind != "integer" and kind != "float"):
                found[names[0]] = low
            if high is not None:
                found[names[1]] = high
        return found

    def operation(self, name: str) -> AwsOperation | None:
        raw = self.raw["operations"].get(name)
        if raw is None:
            return None
        http = raw.get("http", {})
        return AwsOperation(
            name=name,
            method=str(http.get("method", "POST")).lower(),
            uri=str(http.get("requestUri", "/")),
            host_prefix=raw.get("endpoint", {}).get("hostPrefix"),
            input=self.shape(raw["input"]["shape"]) if "input" in raw else None,
            output=self.shape(raw["output"]["shape"]) if "output" in raw else None,
            errors=tuple(self.shape(e["shape"]) for e in raw.get("errors", ())),
            documentation=html_to_text(raw.get("documentation", "")),
        )

    def pagination(self, operation: str) -> Pagination | None:
        raw = self.paginators.get(operation)
        if raw is None:
            return None

        def one(key: str) -> str | None:
            value = raw.get(key)
            if isinstance(value, list):  # several tokens or result keys: name them all, comma-separated
                return ",".join(str(v) for v in value)
            return str(value) if value is not None else None

        return Pagination(one("input_token"), one("output_token"), one("result_key"), one("limit_key"))

    def waiters(self, operation: str) -> dict[str, Waiter]:
        found = {}
        for name, raw in self.waiters_raw.items():
            if raw.get("operation") != operation:
                continue
            acceptors = tuple(
                Acceptor(str(a["state"]), str(a["matcher"]), a.get("argument"), a.get("expected"))
                for a in raw.get("acceptors", ())
            )
            found[name] = Waiter(name, int(raw.get("delay", 0)), int(raw.get("maxAttempts", 0)), acceptors)
        return found


def load_aws_model(traits: dict[str, Any]) -> AwsModel:
    """The service model for a spec's `x-aws` traits."""
    try:
        from botocore.exceptions import DataNotFoundError, UnknownServiceError  # type: ignore[import-untyped]
        from botocore.loaders import Loader  # type: ignore[import-untyped]
    except ImportError:
        raise ModelUnavailable("botocore is not installed (pip install botocore, or the dev extras)") from None
    loader = Loader()
    wanted = [str(traits[k]) for k in ("endpointPrefix", "signingName") if isinstance(traits.get(k), str)]
    services = loader.list_available_services("service-2")
    service = next((name for name in wanted if name in services), None)
    if service is None:
        raise ModelUnavailable(f"botocore ships no service model named {' or '.join(wanted) or '(no x-aws names)'}")
    versions = loader.list_api_versions(service, "service-2")
    version = str(traits.get("apiVersion") or versions[-1])
    if version not in versions:
        raise ModelUnavailable(f"botocore has {service} at {', '.join(versions)}, not at apiVersion {version}")
    try:
        raw = loader.load_service_model(service, "service-2", version)
    except (DataNotFoundError, UnknownServiceError) as exc:
        raise ModelUnavailable(str(exc)) from None
    extras = {}
    for kind, key in (("paginators-1", "pagination"), ("waiters-2", "waiters")):
        try:
            extras[key] = dict(loader.load_service_model(service, kind, version).get(key, {}))
        except DataNotFoundError:
            extras[key] = {}
    return AwsModel(service, version, dict(raw["metadata"]), raw, extras["pagination"], extras["waiters"])


def botocore_version() -> str:
    try:
        import botocore  # type: ignore[import-untyped]
    except ImportError:
        return "not installed"
    return str(botocore.__version__)
