# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51f63eb43da4af1bce86c8fa72f3f29e09a3e3b18e9775af3509e900d616d90b
# mypy: disable-error-code="assignment"

from pydantic import ConfigDict

from ._runtime.models import ApiModel, DateTime, OpenEnum


class AwsOnDemandAttributes(ApiModel):
    """
    Attributes for the AWS on demand task.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    arn: str | None = None
    """
    The arn of the resource to scan.
    """
    assigned_at: DateTime | None = None
    """
    Specifies the assignment timestamp if the task has been already assigned to a scanner.
    """
    created_at: DateTime | None = None
    """
    The task submission timestamp.
    """
    status: str | None = None
    """
    Indicates the status of the task. QUEUED: the task has been submitted successfully and the resource has not been assigned to a scanner yet. ASSIGNED: the task has been assigned. ABORTED: the scan has been aborted after a period of time due to technical reasons, such as resource not found, insufficient permissions, or the absence of a configured scanner.
    """


class AwsOnDemandType(OpenEnum):
    """
    The type of the on demand task. The value should always be `aws_resource`.
    """

    AWS_RESOURCE = "aws_resource"


class APIErrorResponse(ApiModel):
    """
    API error response.
    """

    errors: list[str]
    """
    A list of errors.
    """


class AwsOnDemandData(ApiModel):
    """
    Single AWS on demand task.
    """

    attributes: AwsOnDemandAttributes | None = None
    id: str | None = None
    """
    The UUID of the task.
    """
    type: AwsOnDemandType | None = AwsOnDemandType.AWS_RESOURCE


class AwsOnDemandResponse(ApiModel):
    """
    Response object that includes an AWS on demand task.
    """

    data: AwsOnDemandData | None = None
