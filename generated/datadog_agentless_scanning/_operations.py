# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 863ea50f10dc48d18312d30a6404b6fae2cd25b8b9825a149e9560f0135ef7a9
"""Request builders: arguments → `PreparedRequest`, checked against the spec. Shared by every client class."""

from __future__ import annotations

from ._runtime.params import check_string, encode_path_segment, expand_path, wire_text
from ._runtime.transport import PreparedRequest


def get_aws_on_demand_task(
    *,
    task_id: str,
) -> PreparedRequest:
    """Build the getAwsOnDemandTask request."""
    task_id = check_string(
        "getAwsOnDemandTask",
        "task_id",
        task_id,
        pattern=None,
        min_length=None,
        max_length=None,
    )
    path = expand_path(
        "/api/v2/agentless_scanning/ondemand/aws/{task_id}",
        {
            "task_id": encode_path_segment("getAwsOnDemandTask", "task_id", wire_text(task_id)),
        },
    )
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content = None
    return PreparedRequest(
        operation="getAwsOnDemandTask",
        method="GET",
        path=path,
        query=query,
        headers=headers,
        content=content,
        host_prefix="",
    )
