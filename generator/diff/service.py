"""The service-wide wire rules: info.version, x-aws traits, servers and their variables, security schemes as
sent. Package, client and constructor names are the generated-code section's (`client_api`), read from the IR."""

from __future__ import annotations

from ..loader import join_pointer
from .model import Level
from .rules import Rules
from .side import Ctx, wire_path


class ServiceRules(Rules):
    """What changes for every call of the service, before any operation is looked at."""

    def _service(self) -> None:
        ctx = Ctx("service")
        bversion, hversion = (
            (self.b.doc.get("info") or {}).get("version"),
            (self.h.doc.get("info") or {}).get("version"),
        )
        if bversion != hversion:
            self.add(
                "INFO",
                "version-changed",
                f"info.version {bversion!r} → {hversion!r}",
                ctx,
                "/info/version",
                "/info/version",
            )
        self._aws(ctx)
        self._servers(ctx)
        self._security_schemes(ctx)

    def _aws(self, ctx: Ctx) -> None:
        base, head = self.b.doc.get("x-aws"), self.h.doc.get("x-aws")
        if isinstance(base, dict) != isinstance(head, dict):
            what = "added" if isinstance(head, dict) else "removed"
            self.add(
                "ERR",
                "aws-traits-changed",
                f"x-aws {what}: how the client signs, addresses and encodes calls changes",
                ctx,
                "/x-aws",
                "/x-aws" if isinstance(head, dict) else None,
            )
            return
        if not isinstance(base, dict) or not isinstance(head, dict):
            return
        traits: tuple[tuple[str, str, Level, str], ...] = (
            ("protocol", "aws-protocol-changed", "ERR", "requests and errors are encoded differently"),
            ("signingName", "aws-signing-name-changed", "ERR", "SigV4 signatures of older clients are refused"),
            ("targetPrefix", "aws-target-prefix-changed", "ERR", "every X-Amz-Target header changes"),
            ("endpointPrefix", "aws-endpoint-prefix-changed", "ERR", "the regional host name changes"),
            (
                "serviceId",
                "aws-service-id-changed",
                "WARN",
                "the AWS_ENDPOINT_URL_<SERVICE> variable and config section change",
            ),
            ("apiVersion", "aws-api-version-changed", "INFO", "documentation only"),
        )
        for key, rule, level, why in traits:
            if base.get(key) != head.get(key):
                self.add(
                    level,
                    rule,
                    f"x-aws.{key} {base.get(key)!r} → {head.get(key)!r}: {why}",
                    ctx,
                    f"/x-aws/{key}",
                    f"/x-aws/{key}" if key in head else "/x-aws",
                )

    def _servers(self, ctx: Ctx) -> None:
        base_servers = [s for s in self.b.doc.get("servers") or [{"url": "/"}] if isinstance(s, dict)] or [{"url": "/"}]
        head_servers = [s for s in self.h.doc.get("servers") or [{"url": "/"}] if isinstance(s, dict)] or [{"url": "/"}]
        first_b, first_h = base_servers[0], head_servers[0]
        if wire_path(str(first_b.get("url"))) != wire_path(str(first_h.get("url"))):
            if self.h.is_aws:
                self.add(
                    "INFO",
                    "server-url-changed",
                    "the server URL changed; AWS clients build the endpoint from x-aws.endpointPrefix instead",
                    ctx,
                    "/servers/0/url",
                    "/servers/0/url",
                )
            else:
                self.add(
                    "ERR",
                    "server-url-changed",
                    f"the server URL {first_b.get('url')!r} is now {first_h.get('url')!r}: calls go elsewhere",
                    ctx,
                    "/servers/0/url",
                    "/servers/0/url",
                )
        head_urls = {wire_path(str(s.get("url"))) for s in head_servers}
        for index, server in enumerate(base_servers[1:], start=1):
            if wire_path(str(server.get("url"))) not in head_urls:
                self.add(
                    "WARN",
                    "server-removed",
                    f"server {server.get('url')!r} removed (the generated client uses only the first server)",
                    ctx,
                    f"/servers/{index}",
                    "/servers",
                )
        bvars, hvars = first_b.get("variables") or {}, first_h.get("variables") or {}
        for name, bvar in bvars.items():
            bptr = f"/servers/0/variables/{name}"
            if name not in hvars:
                self.add(
                    "ERR",
                    "server-variable-removed",
                    f"server variable {name!r} removed: its constructor keyword and values go away",
                    ctx,
                    bptr,
                    "/servers/0/variables" if hvars else "/servers/0",
                )
                continue
            hvar = hvars[name]
            if not isinstance(bvar, dict) or not isinstance(hvar, dict):
                continue
            benum, henum = [str(v) for v in bvar.get("enum") or []], [str(v) for v in hvar.get("enum") or []]
            if benum and henum:
                for value in benum:
                    if value not in henum:
                        self.add(
                            "ERR",
                            "server-variable-value-removed",
                            f"server variable {name!r}: value {value!r} removed; callers who chose it are refused",
                            ctx,
                            f"{bptr}/enum/{benum.index(value)}",
                            f"{bptr}/enum",
                        )
                for value in henum:
                    if value not in benum:
                        self.add(
                            "INFO",
                            "server-variable-value-added",
                            f"server variable {name!r}: value {value!r} added",
                            ctx,
                            None,
                            f"{bptr}/enum/{henum.index(value)}",
                        )
            elif henum and not benum:
                self.add(
                    "ERR",
                    "server-variable-value-removed",
                    f"server variable {name!r} now only accepts {henum}",
                    ctx,
                    bptr,
                    f"{bptr}/enum",
                )
            if str(bvar.get("default")) != str(hvar.get("default")):
                self.add(
                    "WARN",
                    "server-variable-default-changed",
                    f"server variable {name!r}: default {bvar.get('default')!r} → {hvar.get('default')!r}; callers relying on the default now reach another server",
                    ctx,
                    f"{bptr}/default",
                    f"{bptr}/default",
                )
            baliases, haliases = bvar.get("x-codegen-aliases") or {}, hvar.get("x-codegen-aliases") or {}
            for alias, target in baliases.items():
                if alias not in haliases:
                    self.add(
                        "ERR",
                        "server-variable-alias-removed",
                        f"server variable {name!r}: alias {alias!r} (for {target!r}) removed",
                        ctx,
                        f"{bptr}/x-codegen-aliases",
                        bptr,
                    )
            bunsupported, hunsupported = bvar.get("x-unsupported-values") or {}, hvar.get("x-unsupported-values") or {}
            for value in hunsupported:
                if value not in bunsupported:
                    self.add(
                        "ERR",
                        "server-variable-value-unsupported",
                        f"server variable {name!r}: value {value!r} is now refused by the client",
                        ctx,
                        bptr,
                        join_pointer(f"{bptr}/x-unsupported-values", value),
                    )
            for value in bunsupported:
                if value not in hunsupported:
                    self.add(
                        "INFO",
                        "server-variable-value-supported",
                        f"server variable {name!r}: value {value!r} is now supported",
                        ctx,
                        join_pointer(f"{bptr}/x-unsupported-values", value),
                        bptr,
                    )
        for name in hvars:
            if name not in bvars:
                self.add(
                    "INFO",
                    "server-variable-added",
                    f"server variable {name!r} added (default {hvars[name].get('default')!r})",
                    ctx,
                    None,
                    f"/servers/0/variables/{name}",
                )

    def _security_schemes(self, ctx: Ctx) -> None:
        bschemes = (self.b.doc.get("components") or {}).get("securitySchemes") or {}
        hschemes = (self.h.doc.get("components") or {}).get("securitySchemes") or {}
        bused, hused = self.b.used_schemes(), self.h.used_schemes()
        for name in sorted(bused & hused):
            bscheme, hscheme = bschemes.get(name), hschemes.get(name)
            if not isinstance(bscheme, dict) or not isinstance(hscheme, dict):
                continue
            pointer = f"/components/securitySchemes/{name}"
            for key in ("type", "in", "name", "scheme", "x-aws-auth"):
                if bscheme.get(key) != hscheme.get(key):
                    self.add(
                        "ERR",
                        "security-scheme-changed",
                        f"security scheme {name!r}: {key} {bscheme.get(key)!r} → {hscheme.get(key)!r}; older clients send the credential the old way",
                        ctx,
                        f"{pointer}/{key}",
                        f"{pointer}/{key}" if key in hscheme else pointer,
                    )
