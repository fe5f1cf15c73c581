"""One spec's audit: pick the vendor's model by the spec's traits and run that vendor's rules."""

from __future__ import annotations

from pathlib import Path

from ..view import SpecView
from .aws_model import ModelUnavailable, load_aws_model
from .aws_rules import AwsAudit
from .datadog_model import DatadogModel
from .datadog_rules import DatadogAudit
from .findings import Finding, Findings, accept_problems


def audit_spec(path: Path, datadog: DatadogModel | None = None) -> Findings:
    """The findings of one spec. A spec of neither vendor, or a model that cannot be read, is one finding.
    A spec that does not load raises SpecError (the caller reports its problems)."""
    from ..pipeline import load_bundled

    spec = load_bundled(path)
    findings = Findings(spec)
    findings.reported.extend(Finding(problem) for problem in accept_problems(spec))
    view = SpecView(spec)
    try:
        if view.is_aws:
            model = load_aws_model(view.document["x-aws"])
            findings.model = model.label
            AwsAudit(view, model, findings).run()
        elif _is_datadog(view):
            datadog = datadog or DatadogModel()
            findings.model = datadog.label
            DatadogAudit(view, datadog, findings).run()
        else:
            findings.add(
                "",
                "audit-model",
                "no vendor model to compare with (neither x-aws nor a Datadog API)",
                "audit only AWS and Datadog specs",
                "warning",
            )
    except ModelUnavailable as exc:
        findings.add("", "audit-model", str(exc), "install the dev extras: pip install -e '.[dev]'")
    for problem in view.ref_problems.values():
        findings.reported.append(Finding(problem))
    return findings


def _is_datadog(view: SpecView) -> bool:
    servers = view.document.get("servers") or []
    urls = " ".join(str(s.get("url", "")) for s in servers if isinstance(s, dict))
    schemes = {str(s.get("name", "")) for s in view.security_schemes.values() if isinstance(s, dict)}
    return (
        "DD-API-KEY" in schemes
        or "datadoghq" in urls
        or "datadog" in str(view.document.get("info", {}).get("title", "")).lower()
    )
