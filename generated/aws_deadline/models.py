# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: e6cfeb1d7ad06f75316ea76f4f0c7f4de236db7aeb1c2f3de5f6b5f61723b0f0
# mypy: disable-error-code="assignment"

from typing import Annotated

from pydantic import ConfigDict, Field, RootModel

from ._runtime.models import ApiModel, DateTime, OpenEnum, UnionMember, UnknownUnionMember


class TaskRunStatus(OpenEnum):
    """
    The run status for the task.
    """

    PENDING = "PENDING"
    READY = "READY"
    ASSIGNED = "ASSIGNED"
    STARTING = "STARTING"
    SCHEDULED = "SCHEDULED"
    INTERRUPTING = "INTERRUPTING"
    RUNNING = "RUNNING"
    SUSPENDED = "SUSPENDED"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    NOT_COMPATIBLE = "NOT_COMPATIBLE"


class TaskTargetRunStatus(OpenEnum):
    """
    The run status with which to start the task.
    """

    READY = "READY"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELED = "CANCELED"
    SUSPENDED = "SUSPENDED"
    PENDING = "PENDING"


class AccessDeniedException(ApiModel):
    """
    You don't have permission to perform the action.
    """

    message: str
    """
    A description of the error.
    """
    context: dict[str, str] | None = None
    """
    Information about the resources in use when the exception was thrown.
    """


class InternalServerErrorException(ApiModel):
    """
    Deadline Cloud can't process your request right now. Try again later.
    """

    message: str
    """
    A description of the error.
    """


class ResourceNotFoundException(ApiModel):
    """
    The requested resource can't be found.
    """

    message: str
    """
    A description of the error.
    """
    resource_id: Annotated[str, Field(alias="resourceId")]
    """
    The identifier of the resource that couldn't be found.
    """
    resource_type: Annotated[str, Field(alias="resourceType")]
    """
    The type of the resource that couldn't be found.
    """
    context: dict[str, str] | None = None
    """
    Information about the resources in use when the exception was thrown.
    """


class ThrottlingException(ApiModel):
    """
    Your request exceeded a request rate quota.
    """

    message: str
    """
    A description of the error.
    """
    service_code: Annotated[str | None, Field(alias="serviceCode")] = None
    """
    Identifies the service that is being throttled.
    """
    quota_code: Annotated[str | None, Field(alias="quotaCode")] = None
    """
    Identifies the quota that is being throttled.
    """
    context: dict[str, str] | None = None
    """
    Information about the resources in use when the exception was thrown.
    """


class ValidationExceptionReason(OpenEnum):
    """
    Values of the ValidationExceptionReason enum in AWS's service model for Deadline Cloud.
    """

    UNKNOWN_OPERATION = "UNKNOWN_OPERATION"
    CANNOT_PARSE = "CANNOT_PARSE"
    FIELD_VALIDATION_FAILED = "FIELD_VALIDATION_FAILED"
    OTHER = "OTHER"


class ValidationExceptionField(ApiModel):
    """
    The details of a validation exception.
    """

    name: str
    """
    The name of the validation exception.
    """
    message: str
    """
    The error message for the validation exception.
    """


class TaskParameterValueInt(UnionMember):
    int: Annotated[str, Field(max_length=20, min_length=1, pattern="^[-]?(0|[1-9][0-9]*)$")]
    """
    A signed integer represented as a string.
    """


class TaskParameterValueFloat(UnionMember):
    float: Annotated[
        str, Field(max_length=26, min_length=1, pattern="^[-]?(0|[1-9][0-9]*)([.][0-9]+)?([eE][+-]?[0-9]+)?$")
    ]
    """
    A double precision IEEE-754 floating point number represented as a string.
    """


class TaskParameterValueString(UnionMember):
    string: Annotated[str, Field(max_length=1024)]
    """
    A UTF-8 string.
    """


class TaskParameterValuePath(UnionMember):
    path: Annotated[str, Field(max_length=1024)]
    """
    A file system path represented as a string.
    """


class TaskParameterValueChunkInt(UnionMember):
    chunk_int: Annotated[str, Field(alias="chunkInt")]
    """
    A range (for example 1-10) or selection of specific (for example 1,3,7,8,10) integers represented as a string.
    """


class TaskParameterValue(
    RootModel[
        TaskParameterValueInt
        | TaskParameterValueFloat
        | TaskParameterValueString
        | TaskParameterValuePath
        | TaskParameterValueChunkInt
        | UnknownUnionMember
    ]
):
    root: (
        TaskParameterValueInt
        | TaskParameterValueFloat
        | TaskParameterValueString
        | TaskParameterValuePath
        | TaskParameterValueChunkInt
        | UnknownUnionMember
    )
    """
    The data types for the task parameters (a union: exactly one member is set). The page names the type only; its members, their patterns and lengths are from AWS's service model.
    """


class ValidationException(ApiModel):
    """
    The request isn't valid. This can occur if your request contains malformed JSON or unsupported characters.
    """

    message: str
    """
    A description of the error.
    """
    reason: ValidationExceptionReason
    """
    The reason that the request failed validation.
    """
    field_list: Annotated[list[ValidationExceptionField] | None, Field(alias="fieldList")] = None
    """
    A list of fields that failed validation.
    """
    context: dict[str, str] | None = None
    """
    Information about the resources in use when the exception was thrown.
    """


class GetTaskResponse(ApiModel):
    """
    The data returned by GetTask.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    created_at: Annotated[DateTime, Field(alias="createdAt")]
    """
    The date and time the resource was created.
    """
    created_by: Annotated[str, Field(alias="createdBy")]
    """
    The user or system that created this resource.
    """
    ended_at: Annotated[DateTime | None, Field(alias="endedAt")] = None
    """
    The date and time the resource ended running.
    """
    failure_retry_count: Annotated[int | None, Field(alias="failureRetryCount", ge=0, le=2147483647)] = None
    """
    The number of times that the task failed and was retried.
    """
    latest_session_action_id: Annotated[
        str | None, Field(alias="latestSessionActionId", pattern="^sessionaction-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$")
    ] = None
    """
    The latest session ID for the task.
    """
    parameters: dict[str, TaskParameterValue] | None = None
    """
    The parameters for the task.
    """
    run_status: Annotated[TaskRunStatus, Field(alias="runStatus")]
    started_at: Annotated[DateTime | None, Field(alias="startedAt")] = None
    """
    The date and time the resource started running.
    """
    target_run_status: Annotated[TaskTargetRunStatus | None, Field(alias="targetRunStatus")] = None
    task_id: Annotated[str, Field(alias="taskId", pattern="^task-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$")]
    """
    The task ID.
    """
    updated_at: Annotated[DateTime | None, Field(alias="updatedAt")] = None
    """
    The date and time the resource was updated.
    """
    updated_by: Annotated[str | None, Field(alias="updatedBy")] = None
    """
    The user or system that updated this resource.
    """


class TaskSummary(ApiModel):
    """
    The details of a task.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    task_id: Annotated[str, Field(alias="taskId", pattern="^task-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$")]
    """
    The task ID.
    """
    created_at: Annotated[DateTime, Field(alias="createdAt")]
    """
    The date and time the resource was created.
    """
    created_by: Annotated[str, Field(alias="createdBy")]
    """
    The user or system that created this resource.
    """
    run_status: Annotated[TaskRunStatus, Field(alias="runStatus")]
    """
    The run status of the task.
    """
    target_run_status: Annotated[TaskTargetRunStatus | None, Field(alias="targetRunStatus")] = None
    """
    The run status on which the started.
    """
    failure_retry_count: Annotated[int | None, Field(alias="failureRetryCount", ge=0, le=2147483647)] = None
    """
    The number of times that the task failed and was retried.
    """
    started_at: Annotated[DateTime | None, Field(alias="startedAt")] = None
    """
    The date and time the resource started running.
    """
    ended_at: Annotated[DateTime | None, Field(alias="endedAt")] = None
    """
    The date and time the resource ended running.
    """
    updated_at: Annotated[DateTime | None, Field(alias="updatedAt")] = None
    """
    The date and time the resource was updated.
    """
    updated_by: Annotated[str | None, Field(alias="updatedBy")] = None
    """
    The user or system that updated this resource.
    """
    latest_session_action_id: Annotated[
        str | None, Field(alias="latestSessionActionId", pattern="^sessionaction-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$")
    ] = None
    """
    The latest session action ID for the task.
    """
    parameters: dict[str, TaskParameterValue] | None = None
    """
    The task parameters.
    """


class ListTasksResponse(ApiModel):
    """
    The data returned by ListTasks.
    """

    tasks: list[TaskSummary]
    """
    Tasks for the job.
    """
    next_token: Annotated[str | None, Field(alias="nextToken", max_length=4096)] = None
    """
    If Deadline Cloud returns nextToken, then there are more results available. The value of nextToken is a unique pagination token for each page. To retrieve the next page, call the operation again using the returned token. Keep all other arguments unchanged. If no results remain, then nextToken is set to null. Each pagination token expires after 24 hours. If you provide a token that isn't valid, then you receive an HTTP 400 ValidationException error.
    """
