# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
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
