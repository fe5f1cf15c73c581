# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51f63eb43da4af1bce86c8fa72f3f29e09a3e3b18e9775af3509e900d616d90b
"""Datadog API v2 - Agentless Scanning: the synchronous and asynchronous clients."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime.client import AsyncApiClient as _AsyncBase
from ._runtime.client import SyncApiClient as _SyncBase
from ._runtime.client import client_settings
from ._runtime.config import CredentialSpec, ServerVariable, credentials_auth, server_url
from ._runtime.hooks import Hooks
from ._runtime.raw import async_to_raw_response_wrapper, to_raw_response_wrapper
from ._runtime.retry import DEFAULT_MAX_RETRIES
from ._runtime.transport import DEFAULT_TIMEOUT, RequestOptions
from .errors import ERRORS

if TYPE_CHECKING:  # models and request builders load on the first call, not when a client is built
    from . import models
    from ._runtime.waiters import WaiterConfig

__all__ = ["AgentlessScanningClient", "AsyncAgentlessScanningClient"]

_USER_AGENT = "datadog_agentless_scanning/2.0 (generated; httpx " + httpx.__version__ + ")"
_RETRYABLE_CODES: frozenset[str] = frozenset([])
_SERVER_URL = "https://{subdomain}.{site}"
_SERVER_VARIABLES = (
    ServerVariable(
        name="site",
        default="datadoghq.com",
        argument="site",
        env="DD_SITE",
        enum=(
            "ap1.datadoghq.com",
            "ap2.datadoghq.com",
            "datadoghq.eu",
            "ddog-gov.com",
            "us2.ddog-gov.com",
            "datadoghq.com",
            "us3.datadoghq.com",
            "us5.datadoghq.com",
        ),
        unsupported={
            "ddog-gov.com": "This product is not supported for your selected Datadog site (app.ddog-gov.com).",
            "us2.ddog-gov.com": "This product is not supported for your selected Datadog site (us2.ddog-gov.com).",
        },
        aliases={
            "app.datadoghq.com": "datadoghq.com",
            "app.datadoghq.eu": "datadoghq.eu",
            "app.ddog-gov.com": "ddog-gov.com",
        },
    ),
    ServerVariable(
        name="subdomain",
        default="api",
        argument=None,
        env=None,
        enum=("api",),
        unsupported={},
        aliases={},
    ),
)
_CREDENTIALS = (
    CredentialSpec(
        argument="api_key",
        wire_name="DD-API-KEY",
        location="header",
        scheme="apiKey",
        env="DD_API_KEY",
        required=True,
    ),
    CredentialSpec(
        argument="app_key",
        wire_name="DD-APPLICATION-KEY",
        location="header",
        scheme="apiKey",
        env="DD_APP_KEY",
        required=True,
    ),
)


@cache  # built at first use: a client that never waits imports no waiter code
def _wait_until_task_assigned_config() -> WaiterConfig:
    from ._runtime.waiters import Acceptor, WaiterConfig

    return WaiterConfig(
        name="TaskAssigned",
        acceptors=(
            Acceptor(state="success", matcher="path", argument="data.attributes.status", expected="ASSIGNED"),
            Acceptor(state="failure", matcher="path", argument="data.attributes.status", expected="ABORTED"),
        ),
        min_delay=2.0,
        max_delay=30.0,
        max_wait=600.0,
    )


class AgentlessScanningClient(_SyncBase):
    """Datadog API v2 - Agentless Scanning client.

    Datadog, the leading service for cloud-scale monitoring. Agentless Scanning API: on demand tasks
    that scan one AWS resource. Transcribed from the Datadog API reference page "Get AWS on demand
    task".
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        app_key: str | None = None,
        site: str | None = None,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: Your Datadog API key. Default: ``DD_API_KEY``.
            app_key: Your Datadog application key. Default: ``DD_APP_KEY``.
            site: The Datadog site (the value of DD_SITE). The site names in the page's table are the
                web hosts (app.datadoghq.com, app.datadoghq.eu, ...); their API host is `api.`
                followed by this value. Default: ``DD_SITE``, else ``datadoghq.com``.
            base_url: Send requests here instead of the URL the server variables give.
            http_client: Your own ``httpx.Client`` (proxies, TLS, limits); not closed by ``close()``.
            timeout: Seconds, or an ``httpx.Timeout``; default 5 s to connect, 60 s to read.
            max_retries: Retries after the first attempt (default 2: three attempts in all); 0 disables them.
            default_headers: Headers sent with every request (an operation's own headers and a call's ``extra_headers`` win).
            hooks: Callbacks around every attempt: ``Hooks(before_attempt=..., after_response=..., on_error=...)``.
        """
        auth = credentials_auth(
            _CREDENTIALS,
            {
                "api_key": api_key,
                "app_key": app_key,
            },
        )
        url = base_url or server_url(
            _SERVER_URL,
            _SERVER_VARIABLES,
            {
                "site": site,
            },
        )
        settings = client_settings(
            base_url=url,
            auth=auth,
            errors=ERRORS,
            aws=False,
            logger_name=__package__ or __name__,
            timeout=timeout,
            max_retries=max_retries,
            retryable_codes=_RETRYABLE_CODES,
            user_agent=_USER_AGENT,
            fixed_base_url=base_url is not None,
            default_headers=default_headers,
            hooks=hooks,
        )
        super().__init__(settings, http_client)

    @cached_property
    def with_raw_response(self) -> AgentlessScanningClientWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, request id, parsed result)."""
        return AgentlessScanningClientWithRawResponse(self)

    def get_aws_on_demand_task(
        self,
        *,
        task_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AwsOnDemandResponse:
        """Get AWS on demand task

        Fetch the data of a specific on demand task. This endpoint requires the
        `security_monitoring_findings_read` permission.

        OAuth apps require the `security_monitoring_findings_read` authorization scope to access
        this endpoint.

        Args:
            task_id: The UUID of the task. Required.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.AwsOnDemandResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            BadRequestError: Bad Request
            ForbiddenError: Not Authorized
            NotFoundError: Not Found
            RateLimitError: Too many requests
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.get_aws_on_demand_task(
                task_id=task_id,
            ),
            _operations.get_aws_on_demand_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def wait_until_task_assigned(
        self,
        *,
        task_id: str,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AwsOnDemandResponse:
        """Wait until the task has left the QUEUED status and been assigned to a scanner. ABORTED is a
        failure.

        Polls ``get_aws_on_demand_task`` every 2.0 to 30.0 seconds (growing, with jitter), or every
        ``delay`` seconds when given, for at most ``max_wait`` seconds (default 600.0; a ``max_wait`` shorter
        than the delay raises ``ValueError``). Returns the response that satisfied the waiter; raises ``WaiterError``
        (with ``last_response``) on a failure state (naming the acceptor that matched), an unexpected error, or timeout.
        """
        from ._runtime.waiters import wait

        return wait(
            _wait_until_task_assigned_config(),
            lambda: self.get_aws_on_demand_task(
                task_id=task_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
            ),
            max_wait=max_wait,
            delay=delay,
        )


class AgentlessScanningClientWithRawResponse:
    """The methods of ``AgentlessScanningClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: AgentlessScanningClient) -> None:
        self._client = client
        self.get_aws_on_demand_task = to_raw_response_wrapper(client.get_aws_on_demand_task)


class AsyncAgentlessScanningClient(_AsyncBase):
    """Datadog API v2 - Agentless Scanning client (asyncio).

    Datadog, the leading service for cloud-scale monitoring. Agentless Scanning API: on demand tasks
    that scan one AWS resource. Transcribed from the Datadog API reference page "Get AWS on demand
    task".
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        app_key: str | None = None,
        site: str | None = None,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: Your Datadog API key. Default: ``DD_API_KEY``.
            app_key: Your Datadog application key. Default: ``DD_APP_KEY``.
            site: The Datadog site (the value of DD_SITE). The site names in the page's table are the
                web hosts (app.datadoghq.com, app.datadoghq.eu, ...); their API host is `api.`
                followed by this value. Default: ``DD_SITE``, else ``datadoghq.com``.
            base_url: Send requests here instead of the URL the server variables give.
            http_client: Your own ``httpx.AsyncClient`` (proxies, TLS, limits); not closed by ``close()``.
            timeout: Seconds, or an ``httpx.Timeout``; default 5 s to connect, 60 s to read.
            max_retries: Retries after the first attempt (default 2: three attempts in all); 0 disables them.
            default_headers: Headers sent with every request (an operation's own headers and a call's ``extra_headers`` win).
            hooks: Callbacks around every attempt: ``Hooks(before_attempt=..., after_response=..., on_error=...)``.
        """
        auth = credentials_auth(
            _CREDENTIALS,
            {
                "api_key": api_key,
                "app_key": app_key,
            },
        )
        url = base_url or server_url(
            _SERVER_URL,
            _SERVER_VARIABLES,
            {
                "site": site,
            },
        )
        settings = client_settings(
            base_url=url,
            auth=auth,
            errors=ERRORS,
            aws=False,
            logger_name=__package__ or __name__,
            timeout=timeout,
            max_retries=max_retries,
            retryable_codes=_RETRYABLE_CODES,
            user_agent=_USER_AGENT,
            fixed_base_url=base_url is not None,
            default_headers=default_headers,
            hooks=hooks,
        )
        super().__init__(settings, http_client)

    @cached_property
    def with_raw_response(self) -> AsyncAgentlessScanningClientWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, request id, parsed result)."""
        return AsyncAgentlessScanningClientWithRawResponse(self)

    async def get_aws_on_demand_task(
        self,
        *,
        task_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AwsOnDemandResponse:
        """Get AWS on demand task

        Fetch the data of a specific on demand task. This endpoint requires the
        `security_monitoring_findings_read` permission.

        OAuth apps require the `security_monitoring_findings_read` authorization scope to access
        this endpoint.

        Args:
            task_id: The UUID of the task. Required.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.AwsOnDemandResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            BadRequestError: Bad Request
            ForbiddenError: Not Authorized
            NotFoundError: Not Found
            RateLimitError: Too many requests
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.get_aws_on_demand_task(
                task_id=task_id,
            ),
            _operations.get_aws_on_demand_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    async def wait_until_task_assigned(
        self,
        *,
        task_id: str,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AwsOnDemandResponse:
        """Wait until the task has left the QUEUED status and been assigned to a scanner. ABORTED is a
        failure.

        The async twin of ``AgentlessScanningClient.wait_until_task_assigned``.
        """
        from ._runtime.waiters import wait_async

        return await wait_async(
            _wait_until_task_assigned_config(),
            lambda: self.get_aws_on_demand_task(
                task_id=task_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
            ),
            max_wait=max_wait,
            delay=delay,
        )


class AsyncAgentlessScanningClientWithRawResponse:
    """The methods of ``AsyncAgentlessScanningClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: AsyncAgentlessScanningClient) -> None:
        self._client = client
        self.get_aws_on_demand_task = async_to_raw_response_wrapper(client.get_aws_on_demand_task)
