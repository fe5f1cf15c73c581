# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 20b4fd6942cf60d8e24d9c25ebf53ed94486998b7836acfab5a32a3f73525245
"""Request builders and result decoders, one pair per operation, shared by every client class.

Builders check arguments against the spec and return a `PreparedRequest`; nothing is sent from here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

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


def list_tasks(
    *,
    cluster: str | None = None,
    container_instance: str | None = None,
    family: str | None = None,
    next_token: str | None = None,
    max_results: int | None = None,
    started_by: str | None = None,
    service_name: str | None = None,
    desired_status: models.DesiredStatus | str | None = None,
    launch_type: models.LaunchType | str | None = None,
    daemon_name: str | None = None,
) -> PreparedRequest:
    """Build the ListTasks request."""
    _path = expand_path(
        "/",
        {},
    )
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.ListTasks",
    }
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    _values = compact(
        {
            "cluster": cluster,
            "containerInstance": container_instance,
            "family": family,
            "nextToken": next_token,
            "maxResults": max_results,
            "startedBy": started_by,
            "serviceName": service_name,
            "desiredStatus": desired_status,
            "launchType": launch_type,
            "daemonName": daemon_name,
        }
    )
    _body = build_model(models.ListTasksRequest, _values, "ListTasks")
    _content = _body.model_dump_json(by_alias=True, exclude_unset=True).encode()

    return PreparedRequest(
        operation="ListTasks",
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


def list_tasks_result(content: bytes) -> models.ListTasksResponse:
    """Decode the ListTasks response body."""
    return models.ListTasksResponse.model_validate_json(content, by_alias=True, by_name=False)


def run_task(
    *,
    task_definition: str,
    capacity_provider_strategy: Sequence[models.CapacityProviderStrategyItem | Mapping[str, Any]] | None = None,
    cluster: str | None = None,
    count: int | None = None,
    enable_ecs_managed_tags: bool | None = None,
    enable_execute_command: bool | None = None,
    group: str | None = None,
    launch_type: models.LaunchType | str | None = None,
    network_configuration: models.NetworkConfiguration | Mapping[str, Any] | None = None,
    overrides: models.TaskOverride | Mapping[str, Any] | None = None,
    placement_constraints: Sequence[models.PlacementConstraint | Mapping[str, Any]] | None = None,
    placement_strategy: Sequence[models.PlacementStrategy | Mapping[str, Any]] | None = None,
    platform_version: str | None = None,
    propagate_tags: models.PropagateTags | str | None = None,
    reference_id: str | None = None,
    started_by: str | None = None,
    tags: Sequence[models.Tag | Mapping[str, Any]] | None = None,
    client_token: str | None = None,
    volume_configurations: Sequence[models.TaskVolumeConfiguration | Mapping[str, Any]] | None = None,
) -> PreparedRequest:
    """Build the RunTask request."""
    if client_token is None:  # built once per call: every retry of this request sends the same token
        client_token = str(uuid.uuid4())
    _path = expand_path(
        "/",
        {},
    )
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.RunTask",
    }
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    _values = compact(
        {
            "taskDefinition": task_definition,
            "capacityProviderStrategy": capacity_provider_strategy,
            "cluster": cluster,
            "count": count,
            "enableECSManagedTags": enable_ecs_managed_tags,
            "enableExecuteCommand": enable_execute_command,
            "group": group,
            "launchType": launch_type,
            "networkConfiguration": network_configuration,
            "overrides": overrides,
            "placementConstraints": placement_constraints,
            "placementStrategy": placement_strategy,
            "platformVersion": platform_version,
            "propagateTags": propagate_tags,
            "referenceId": reference_id,
            "startedBy": started_by,
            "tags": tags,
            "clientToken": client_token,
            "volumeConfigurations": volume_configurations,
        }
    )
    _body = build_model(models.RunTaskRequest, _values, "RunTask")
    _content = _body.model_dump_json(by_alias=True, exclude_unset=True).encode()

    return PreparedRequest(
        operation="RunTask",
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


def run_task_result(content: bytes) -> models.RunTaskResponse:
    """Decode the RunTask response body."""
    return models.RunTaskResponse.model_validate_json(content, by_alias=True, by_name=False)


def stop_task(
    *,
    task: str,
    cluster: str | None = None,
    reason: str | None = None,
) -> PreparedRequest:
    """Build the StopTask request."""
    _path = expand_path(
        "/",
        {},
    )
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.StopTask",
    }
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    _values = compact(
        {
            "task": task,
            "cluster": cluster,
            "reason": reason,
        }
    )
    _body = build_model(models.StopTaskRequest, _values, "StopTask")
    _content = _body.model_dump_json(by_alias=True, exclude_unset=True).encode()

    return PreparedRequest(
        operation="StopTask",
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


def stop_task_result(content: bytes) -> models.StopTaskResponse:
    """Decode the StopTask response body."""
    return models.StopTaskResponse.model_validate_json(content, by_alias=True, by_name=False)
