# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51f63eb43da4af1bce86c8fa72f3f29e09a3e3b18e9775af3509e900d616d90b
"""A local fake of Datadog API v2 - Agentless Scanning for your tests: serves the spec's examples, checks requests.

from datadog_agentless_scanning.testing import FakeAgentlessScanningServer

with FakeAgentlessScanningServer() as server:
    client = AgentlessScanningClient(base_url=server.url, api_key="test", app_key="test")
    ...                             # calls get the documented example back
    server.respond('getAwsOnDemandTask', status=500, body={...})  # queue a failure
    server.requests[-1]             # what the client sent, with any spec violations
"""

from __future__ import annotations

from typing import Any

from ._runtime.fake_server import FakeServer, RecordedRequest, Route

__all__ = ["FakeAgentlessScanningServer", "RecordedRequest", "ROUTES"]

ROUTES = (
    Route(
        operation="getAwsOnDemandTask",
        method="GET",
        path="/api/v2/agentless_scanning/ondemand/aws/{task_id}",
        content_type="application/json",
        target=None,
        param_patterns={},
        request_model=None,
        body_required=False,
        examples={
            "ok": (
                200,
                {
                    "data": {
                        "attributes": {
                            "arn": "arn:aws:ec2:us-east-1:727000456123:instance/i-0eabb50529b67a1ba",
                            "assigned_at": "2025-02-11T18:25:04.550564Z",
                            "created_at": "2025-02-11T18:13:24.576915Z",
                            "status": "QUEUED",
                        },
                        "id": "6d09294c-9ad9-42fd-a759-a0c1599b4828",
                        "type": "aws_resource",
                    }
                },
            ),
            "badRequest": (400, {"errors": ["Bad Request"]}),
            "notAuthorized": (403, {"errors": ["Bad Request"]}),
            "notFound": (404, {"errors": ["Bad Request"]}),
            "tooManyRequests": (429, {"errors": ["Bad Request"]}),
        },
        default_example="ok",
        status=200,
        bodiless=False,
    ),
)


class FakeAgentlessScanningServer(FakeServer):
    """Datadog API v2 - Agentless Scanning on 127.0.0.1, answering every operation with its first documented example."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> None:
        super().__init__(
            ROUTES,
            aws_protocol=None,
            credential_headers=(
                "DD-API-KEY",
                "DD-APPLICATION-KEY",
            ),
            host=host,
            port=port,
            **options,
        )
