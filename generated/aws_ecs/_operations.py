# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
"""Request builders and result decoders, one pair per operation, shared by every client class.

Builders check arguments against the spec and return a `PreparedRequest`; nothing is sent from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import models
from ._runtime.client import build_model
from ._runtime.params import compact, expand_path
from ._runtime.transport import PreparedRequest


def describe_tasks(
    *,
    tasks: Sequence[str],
    cluster: str | None = None,
    include: Sequence[models.TaskField | str] | None = None,
) -> PreparedRequest:
    """Build the DescribeTasks request."""
    _path = expand_path(
        "/",
        {},
    )
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.DescribeTasks",
    }
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    _values = compact(
        {
            "tasks": tasks,
            "cluster": cluster,
            "include": include,
        }
    )
    _body = build_model(models.DescribeTasksRequest, _values, "DescribeTasks")
    _content = _body.model_dump_json(by_alias=True, exclude_unset=True).encode()

    return PreparedRequest(
        operation="DescribeTasks",
        method="POST",
        path=_path,
        query=_query,
        headers=_headers,
        content=_content,
        form=_form,
        files=_files,
        host_prefix="",
        base_url=None,
    )


def describe_tasks_result(content: bytes) -> models.DescribeTasksResponse:
    """Decode the DescribeTasks response body."""
    return models.DescribeTasksResponse.model_validate_json(content, by_alias=True, by_name=False)
