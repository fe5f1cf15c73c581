# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 20b4fd6942cf60d8e24d9c25ebf53ed94486998b7836acfab5a32a3f73525245
"""A local fake of Amazon Elastic Container Service for your tests: serves the spec's examples, checks requests.

from aws_ecs.testing import FakeEcsServer

with FakeEcsServer() as server:
    client = EcsClient(endpoint_url=server.url, region="us-east-1",
                            aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret")
    ...                             # calls get the documented example back
    server.respond('DescribeTasks', status=500, body={...})  # queue a failure
    server.requests[-1]             # what the client sent, with any spec violations
"""

from __future__ import annotations

from typing import Any

from . import models
from ._runtime.fake_paging import FakePaging
from ._runtime.fake_server import FakeServer, RecordedRequest, Route

__all__ = ["FakeEcsServer", "RecordedRequest", "ROUTES"]

ROUTES = (
    Route(
        operation="DescribeTasks",
        method="POST",
        path="/",
        content_type="application/x-amz-json-1.1",
        target="AmazonEC2ContainerServiceV20141113.DescribeTasks",
        param_patterns={},
        request_model=models.DescribeTasksRequest,
        body_required=True,
        examples={
            "sampleResponse": (
                200,
                {
                    "tasks": [
                        {
                            "attachments": [
                                {
                                    "id": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                    "type": "ElasticNetworkInterface",
                                    "status": "ATTACHED",
                                    "details": [
                                        {"name": "subnetId", "value": "subnet-0db5010045995c2d5"},
                                        {"name": "networkInterfaceId", "value": "eni-0800851957d7918fa"},
                                        {"name": "macAddress", "value": "0a:ff:cc:73:2e:b7"},
                                        {"name": "privateDnsName", "value": "ip-10-0-0-250.ec2.internal"},
                                        {"name": "privateIPv4Address", "value": "10.0.0.250"},
                                    ],
                                }
                            ],
                            "attributes": [{"name": "ecs.cpu-architecture", "value": "x86_64"}],
                            "availabilityZone": "us-east-1a",
                            "capacityProviderName": "FARGATE",
                            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
                            "connectivity": "CONNECTED",
                            "connectivityAt": "2025-02-03T16:01:58.863000-05:00",
                            "containers": [
                                {
                                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/default/154bdb1df5b446b280fe900d12c452a1/417f6954-30e9-4e60-84e5-bad3743617ab",
                                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                                    "name": "aws-otel-collector",
                                    "image": "public.ecr.aws/aws-observability/aws-otel-collector:v0.32.0",
                                    "imageDigest": "sha256:7a1b3560655071bcacd66902c20ebe9a69470d5691fe3bd36baace7c2f3c4640",
                                    "runtimeId": "154bdb1df5b446b280fe900d12c452a1-4027662657",
                                    "lastStatus": "RUNNING",
                                    "networkBindings": [],
                                    "networkInterfaces": [
                                        {
                                            "attachmentId": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                            "privateIpv4Address": "10.0.0.250",
                                        }
                                    ],
                                    "healthStatus": "UNKNOWN",
                                    "cpu": "0",
                                },
                                {
                                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/default/154bdb1df5b446b280fe900d12c452a1/52c6b197-710b-4860-9d52-262a56550b6a",
                                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                                    "name": "web",
                                    "image": "nginx",
                                    "imageDigest": "sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a",
                                    "runtimeId": "154bdb1df5b446b280fe900d12c452a1-0265927825",
                                    "lastStatus": "RUNNING",
                                    "networkBindings": [],
                                    "networkInterfaces": [
                                        {
                                            "attachmentId": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                            "privateIpv4Address": "10.0.0.250",
                                        }
                                    ],
                                    "healthStatus": "HEALTHY",
                                    "cpu": "99",
                                    "memory": "100",
                                },
                            ],
                            "cpu": "256",
                            "createdAt": "2025-02-03T16:01:55.201000-05:00",
                            "desiredStatus": "RUNNING",
                            "enableExecuteCommand": False,
                            "group": "family:webserver",
                            "healthStatus": "HEALTHY",
                            "lastStatus": "RUNNING",
                            "launchType": "FARGATE",
                            "memory": "512",
                            "overrides": {
                                "containerOverrides": [{"name": "aws-otel-collector"}, {"name": "web"}],
                                "inferenceAcceleratorOverrides": [],
                            },
                            "platformVersion": "1.4.0",
                            "platformFamily": "Linux",
                            "pullStartedAt": "2025-02-03T16:02:10.727000-05:00",
                            "pullStoppedAt": "2025-02-03T16:02:17.868000-05:00",
                            "startedAt": "2025-02-03T16:02:17.978000-05:00",
                            "tags": [],
                            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:5",
                            "version": 4,
                            "ephemeralStorage": {"sizeInGiB": 20},
                            "fargateEphemeralStorage": {"sizeInGiB": 20},
                        }
                    ],
                    "failures": [],
                },
            ),
            "sampleResponseWire": (
                200,
                {
                    "tasks": [
                        {
                            "attachments": [
                                {
                                    "id": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                    "type": "ElasticNetworkInterface",
                                    "status": "ATTACHED",
                                    "details": [
                                        {"name": "subnetId", "value": "subnet-0db5010045995c2d5"},
                                        {"name": "networkInterfaceId", "value": "eni-0800851957d7918fa"},
                                        {"name": "macAddress", "value": "0a:ff:cc:73:2e:b7"},
                                        {"name": "privateDnsName", "value": "ip-10-0-0-250.ec2.internal"},
                                        {"name": "privateIPv4Address", "value": "10.0.0.250"},
                                    ],
                                }
                            ],
                            "attributes": [{"name": "ecs.cpu-architecture", "value": "x86_64"}],
                            "availabilityZone": "us-east-1a",
                            "capacityProviderName": "FARGATE",
                            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
                            "connectivity": "CONNECTED",
                            "connectivityAt": 1738616518.863,
                            "containers": [
                                {
                                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/default/154bdb1df5b446b280fe900d12c452a1/417f6954-30e9-4e60-84e5-bad3743617ab",
                                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                                    "name": "aws-otel-collector",
                                    "image": "public.ecr.aws/aws-observability/aws-otel-collector:v0.32.0",
                                    "imageDigest": "sha256:7a1b3560655071bcacd66902c20ebe9a69470d5691fe3bd36baace7c2f3c4640",
                                    "runtimeId": "154bdb1df5b446b280fe900d12c452a1-4027662657",
                                    "lastStatus": "RUNNING",
                                    "networkBindings": [],
                                    "networkInterfaces": [
                                        {
                                            "attachmentId": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                            "privateIpv4Address": "10.0.0.250",
                                        }
                                    ],
                                    "healthStatus": "UNKNOWN",
                                    "cpu": "0",
                                },
                                {
                                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/default/154bdb1df5b446b280fe900d12c452a1/52c6b197-710b-4860-9d52-262a56550b6a",
                                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                                    "name": "web",
                                    "image": "nginx",
                                    "imageDigest": "sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a",
                                    "runtimeId": "154bdb1df5b446b280fe900d12c452a1-0265927825",
                                    "lastStatus": "RUNNING",
                                    "networkBindings": [],
                                    "networkInterfaces": [
                                        {
                                            "attachmentId": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                            "privateIpv4Address": "10.0.0.250",
                                        }
                                    ],
                                    "healthStatus": "HEALTHY",
                                    "cpu": "99",
                                    "memory": "100",
                                },
                            ],
                            "cpu": "256",
                            "createdAt": 1738616515.201,
                            "desiredStatus": "RUNNING",
                            "enableExecuteCommand": False,
                            "group": "family:webserver",
                            "healthStatus": "HEALTHY",
                            "lastStatus": "RUNNING",
                            "launchType": "FARGATE",
                            "memory": "512",
                            "overrides": {
                                "containerOverrides": [{"name": "aws-otel-collector"}, {"name": "web"}],
                                "inferenceAcceleratorOverrides": [],
                            },
                            "platformVersion": "1.4.0",
                            "platformFamily": "Linux",
                            "pullStartedAt": 1738616530.727,
                            "pullStoppedAt": 1738616537.868,
                            "startedAt": 1738616537.978,
                            "tags": [],
                            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:5",
                            "version": 4,
                            "ephemeralStorage": {"sizeInGiB": 20},
                            "fargateEphemeralStorage": {"sizeInGiB": 20},
                        }
                    ],
                    "failures": [],
                },
            ),
        },
        default_example="sampleResponseWire",
        status=200,
        bodiless=False,
    ),
    Route(
        operation="ListTasks",
        method="POST",
        path="/",
        content_type="application/x-amz-json-1.1",
        target="AmazonEC2ContainerServiceV20141113.ListTasks",
        param_patterns={},
        request_model=models.ListTasksRequest,
        body_required=True,
        examples={
            "clusterTasks": (
                200,
                {
                    "taskArns": [
                        "arn:aws:ecs:us-east-1:012345678910:task/0cc43cdb-3bee-4407-9c26-c0e6ea5bee84",
                        "arn:aws:ecs:us-east-1:012345678910:task/6b809ef6-c67e-4467-921f-ee261c15a0a1",
                    ]
                },
            ),
            "containerInstanceTasks": (
                200,
                {"taskArns": ["arn:aws:ecs:us-east-1:012345678910:task/0cc43cdb-3bee-4407-9c26-c0e6ea5bee84"]},
            ),
            "firstPage": (
                200,
                {
                    "taskArns": [
                        "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                        "arn:aws:ecs:us-east-1:123456789012:task/default/6b809ef6c67e4467921fee261c15a0a1",
                    ],
                    "nextToken": "eyJ2ZXJzaW9uIjoxLCJsYXN0VGFza0FybiI6IjZiODA5ZWY2In0=",
                },
            ),
        },
        default_example="clusterTasks",
        status=200,
        bodiless=False,
        paging=FakePaging(
            input_token="nextToken",
            output_token=("nextToken",),
            items=("taskArns",),
            page_size="maxResults",
            default_page_size=None,
        ),
    ),
    Route(
        operation="RunTask",
        method="POST",
        path="/",
        content_type="application/x-amz-json-1.1",
        target="AmazonEC2ContainerServiceV20141113.RunTask",
        param_patterns={},
        request_model=models.RunTaskRequest,
        body_required=True,
        examples={
            "runOnDefaultCluster": (
                200,
                {
                    "tasks": [
                        {
                            "containerInstanceArn": "arn:aws:ecs:us-east-1:<aws_account_id>:container-instance/ffe3d344-77e2-476c-a4d0-bf560ad50acb",
                            "containers": [
                                {
                                    "name": "sleep",
                                    "containerArn": "arn:aws:ecs:us-east-1:<aws_account_id>:container/58591c8e-be29-4ddf-95aa-ee459d4c59fd",
                                    "lastStatus": "PENDING",
                                    "taskArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task/a9f21ea7-c9f5-44b1-b8e6-b31f50ed33c0",
                                }
                            ],
                            "desiredStatus": "RUNNING",
                            "lastStatus": "PENDING",
                            "overrides": {"containerOverrides": [{"name": "sleep"}]},
                            "taskArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task/a9f21ea7-c9f5-44b1-b8e6-b31f50ed33c0",
                            "taskDefinitionArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task-definition/sleep360:1",
                        }
                    ]
                },
            ),
            "runOnFargate": (
                200,
                {
                    "tasks": [
                        {
                            "attachments": [
                                {
                                    "id": "39888c47-dd47-482b-b6b5-1ea60b6633e7",
                                    "type": "ElasticNetworkInterface",
                                    "status": "PRECREATED",
                                    "details": [{"name": "subnetId", "value": "subnet-0db5010045995c2d5"}],
                                }
                            ],
                            "availabilityZone": "us-east-1a",
                            "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
                            "containers": [
                                {
                                    "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/default/154bdb1df5b446b280fe900d12c452a1/52c6b197-710b-4860-9d52-262a56550b6a",
                                    "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                                    "name": "web",
                                    "image": "nginx",
                                    "lastStatus": "PENDING",
                                    "networkInterfaces": [],
                                    "cpu": "99",
                                    "memory": "100",
                                }
                            ],
                            "cpu": "256",
                            "createdAt": 1738616515.201,
                            "desiredStatus": "RUNNING",
                            "enableExecuteCommand": False,
                            "group": "family:webserver",
                            "lastStatus": "PROVISIONING",
                            "launchType": "FARGATE",
                            "memory": "512",
                            "overrides": {
                                "containerOverrides": [{"name": "web", "command": ["nginx", "-g", "daemon off;"]}]
                            },
                            "platformVersion": "1.4.0",
                            "platformFamily": "Linux",
                            "startedBy": "nightly-batch/42",
                            "tags": [{"key": "team", "value": "render"}],
                            "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                            "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:5",
                            "version": 1,
                            "ephemeralStorage": {"sizeInGiB": 20},
                        }
                    ],
                    "failures": [
                        {
                            "arn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
                            "reason": "RESOURCE:ENI",
                            "detail": "The subnet has no free IP addresses.",
                        }
                    ],
                },
            ),
            "clientTokenInUse": (
                400,
                {
                    "__type": "ConflictException",
                    "message": "The specified client token is already in use with a different request.",
                    "resourceIds": ["arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1"],
                },
            ),
        },
        default_example="runOnDefaultCluster",
        status=200,
        bodiless=False,
    ),
    Route(
        operation="StopTask",
        method="POST",
        path="/",
        content_type="application/x-amz-json-1.1",
        target="AmazonEC2ContainerServiceV20141113.StopTask",
        param_patterns={},
        request_model=models.StopTaskRequest,
        body_required=True,
        examples={
            "stoppedTask": (
                200,
                {
                    "task": {
                        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
                        "containers": [
                            {
                                "containerArn": "arn:aws:ecs:us-east-1:123456789012:container/default/154bdb1df5b446b280fe900d12c452a1/52c6b197-710b-4860-9d52-262a56550b6a",
                                "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                                "name": "web",
                                "image": "nginx",
                                "lastStatus": "RUNNING",
                                "healthStatus": "HEALTHY",
                            }
                        ],
                        "createdAt": 1738616515.201,
                        "desiredStatus": "STOPPED",
                        "lastStatus": "RUNNING",
                        "launchType": "FARGATE",
                        "startedAt": 1738616537.978,
                        "stopCode": "UserInitiated",
                        "stoppedReason": "Replaced by revision 6",
                        "stoppingAt": 1738620000.5,
                        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1",
                        "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:5",
                        "version": 5,
                    }
                },
            ),
        },
        default_example="stoppedTask",
        status=200,
        bodiless=False,
    ),
)


class FakeEcsServer(FakeServer):
    """Amazon Elastic Container Service on 127.0.0.1, answering every operation with its first documented example."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> None:
        super().__init__(
            ROUTES,
            aws_protocol="awsJson1_1",
            credential_headers=("Authorization", "X-Amz-Date"),
            host=host,
            port=port,
            **options,
        )
