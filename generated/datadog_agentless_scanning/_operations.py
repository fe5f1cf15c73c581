# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51f63eb43da4af1bce86c8fa72f3f29e09a3e3b18e9775af3509e900d616d90b
"""Request builders and result decoders, one pair per operation, shared by every client class.

Builders check arguments against the spec and return a `PreparedRequest`; nothing is sent from here.
"""

from __future__ import annotations

from . import models
from ._runtime.encoding import path_segment
from ._runtime.params import check_string, expand_path
from ._runtime.transport import PreparedRequest


def get_aws_on_demand_task(
    *,
    task_id: str,
) -> PreparedRequest:
    """Build the getAwsOnDemandTask request."""
    check_string(
        "getAwsOnDemandTask",
        "task_id",
        task_id,
        pattern=None,
        min_length=None,
        max_length=None,
    )
    _path = expand_path(
        "/api/v2/agentless_scanning/ondemand/aws/{task_id}",
        {
            "task_id": path_segment("getAwsOnDemandTask", "task_id", "task_id", task_id, "simple", False),
        },
    )
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {
        "Accept": "application/json",
    }
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    return PreparedRequest(
        operation="getAwsOnDemandTask",
        method="GET",
        path=_path,
        query=_query,
        headers=_headers,
        content=_content,
        form=_form,
        files=_files,
        host_prefix="",
        base_url=None,
    )


def get_aws_on_demand_task_result(content: bytes) -> models.AwsOnDemandResponse:
    """Decode the getAwsOnDemandTask response body."""
    return models.AwsOnDemandResponse.model_validate_json(content, by_alias=True, by_name=False)
