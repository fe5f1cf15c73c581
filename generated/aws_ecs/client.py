# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
"""Amazon Elastic Container Service: the synchronous and asynchronous clients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime.aws import AwsService, aws_setup
from ._runtime.client import AsyncApiClient as _AsyncBase
from ._runtime.client import SyncApiClient as _SyncBase
from ._runtime.client import client_settings
from ._runtime.hooks import Hooks
from ._runtime.raw import async_to_raw_response_wrapper, to_raw_response_wrapper
from ._runtime.retry import DEFAULT_MAX_RETRIES
from ._runtime.transport import DEFAULT_TIMEOUT, RequestOptions
from ._runtime.waiters import Acceptor, WaiterConfig, wait, wait_async
from .errors import ERRORS

if TYPE_CHECKING:  # models and request builders load on the first call, not when a client is built
    from . import models

__all__ = ["EcsClient", "AsyncEcsClient"]

_USER_AGENT = "aws_ecs/2014-11-13 (generated; httpx " + httpx.__version__ + ")"
_RETRYABLE_CODES: frozenset[str] = frozenset(["ServerException"])
_SERVICE = AwsService(
    service_id="ecs",
    signing_name="ecs",
    endpoint_prefix="ecs",
    protocol="awsJson1_1",
)
_WAIT_UNTIL_TASKS_RUNNING = WaiterConfig(
    name="TasksRunning",
    acceptors=(
        Acceptor(state="failure", matcher="pathAny", argument="tasks[].lastStatus", expected="STOPPED"),
        Acceptor(state="failure", matcher="pathAny", argument="failures[].reason", expected="MISSING"),
        Acceptor(state="success", matcher="pathAll", argument="tasks[].lastStatus", expected="RUNNING"),
    ),
    min_delay=6.0,
    max_delay=120.0,
    max_wait=600.0,
)
_WAIT_UNTIL_TASKS_STOPPED = WaiterConfig(
    name="TasksStopped",
    acceptors=(Acceptor(state="success", matcher="pathAll", argument="tasks[].lastStatus", expected="STOPPED"),),
    min_delay=6.0,
    max_delay=120.0,
    max_wait=600.0,
)


class EcsClient(_SyncBase):
    """Amazon Elastic Container Service client.

    Amazon Elastic Container Service (Amazon ECS), DescribeTasks only, transcribed by hand from the
    DescribeTasks page of the Amazon ECS API Reference (seed 002_61e49ceee3f7628c). ECS speaks the
    awsJson1_1 protocol: every call is POST / with an X-Amz-Target header. Member descriptions and
    enum values that the page leaves out are taken from AWS's published service model (botocore
    ecs/2014-11-13), as specs/README.md allows; wire types follow that model (timestamps as epoch
    seconds, counts as integers).
    """

    _endpoint_keyword = "endpoint_url"  # the repr names the keyword this constructor takes

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        profile: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        """Create a client.

        Args:
            region: AWS region id; else ``AWS_REGION``, ``AWS_DEFAULT_REGION`` or the profile's region.
            endpoint_url: Send requests here instead of the regional endpoint (also ``AWS_ENDPOINT_URL``).
            aws_access_key_id: Access key id; else the standard credential chain (environment, profiles, ...).
            aws_secret_access_key: Secret access key, given with ``aws_access_key_id``.
            aws_session_token: Session token for temporary credentials.
            profile: Profile of the shared credentials and config files.
            http_client: Your own ``httpx.Client`` (proxies, TLS, limits); not closed by ``close()``.
            timeout: Seconds, or an ``httpx.Timeout``; default 5 s to connect, 60 s to read.
            max_retries: Retries after the first attempt (default 2: three attempts in all); 0 disables them.
            default_headers: Headers sent with every request (an operation's own headers and a call's ``extra_headers`` win).
            hooks: Callbacks around every attempt: ``Hooks(before_attempt=..., after_response=..., on_error=...)``.
        """
        setup = aws_setup(
            _SERVICE,
            region=region,
            endpoint_url=endpoint_url,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            profile=profile,
        )
        settings = client_settings(
            base_url=setup.base_url,
            auth=setup.auth,
            errors=ERRORS,
            aws=True,
            logger_name=__package__ or __name__,
            timeout=timeout,
            max_retries=max_retries,
            apply_host_prefix=setup.apply_host_prefix,
            retryable_codes=_RETRYABLE_CODES,
            user_agent=_USER_AGENT,
            default_headers=default_headers,
            hooks=hooks,
        )
        super().__init__(settings, http_client)
        self.region = setup.region

    @cached_property
    def with_raw_response(self) -> EcsClientWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, request id, parsed result)."""
        return EcsClientWithRawResponse(self)

    def describe_tasks(
        self,
        *,
        tasks: Sequence[str],
        cluster: str | None = None,
        include: Sequence[models.TaskField | str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DescribeTasksResponse:
        """Describes a specified task or tasks.

        Describes a specified task or tasks.

        Currently, stopped tasks appear in the returned results for at least one hour.

        If you have tasks with tags, and then delete the cluster, the tagged tasks are returned in
        the response. If you create a new cluster with the same name as the deleted cluster, the
        tagged tasks are not included in the response.

        Args:
            tasks: A list of up to 100 task IDs or full ARN entries. Required.
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task
                or tasks to describe. If you do not specify a cluster, the default cluster is
                assumed.
            include: Specifies whether you want to see the resource tags for the task. If TAGS is
                specified, the tags are included in the response. If this field is omitted, tags
                aren't included in the response.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.DescribeTasksResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            ClientException: These errors are usually caused by a client action. This client action might be
                using an action or resource on behalf of a user that doesn't have permissions to use
                the action or resource. Or, it might be specifying an identifier that isn't valid.
            ClusterNotFoundException: The specified cluster wasn't found. You can view your available clusters with
                ListClusters. Amazon ECS clusters are Region specific.
            InvalidParameterException: The specified parameter isn't valid. Review the available parameters for the API
                request.

                For more information about service event errors, see Amazon ECS service event
                messages.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.describe_tasks(
                tasks=tasks,
                cluster=cluster,
                include=include,
            ),
            _operations.describe_tasks_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def wait_until_tasks_running(
        self,
        *,
        tasks: Sequence[str],
        cluster: str | None = None,
        include: Sequence[models.TaskField | str] | None = None,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DescribeTasksResponse:
        """Waits until every described task's lastStatus is RUNNING; fails if any task is STOPPED or
        any failure reason is MISSING (from botocore's waiters-2.json).

        Polls ``describe_tasks`` every 6.0 to 120.0 seconds (growing, with jitter), or every
        ``delay`` seconds when given, for at most ``max_wait`` seconds (default 600.0; a ``max_wait`` shorter
        than the delay raises ``ValueError``). Returns the response that satisfied the waiter; raises ``WaiterError``
        (with ``last_response``) on a failure state (naming the acceptor that matched), an unexpected error, or timeout.
        """
        return wait(
            _WAIT_UNTIL_TASKS_RUNNING,
            lambda: self.describe_tasks(
                tasks=tasks,
                cluster=cluster,
                include=include,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
            max_wait=max_wait,
            delay=delay,
        )

    def wait_until_tasks_stopped(
        self,
        *,
        tasks: Sequence[str],
        cluster: str | None = None,
        include: Sequence[models.TaskField | str] | None = None,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DescribeTasksResponse:
        """Waits until every described task's lastStatus is STOPPED (from botocore's waiters-2.json).

        Polls ``describe_tasks`` every 6.0 to 120.0 seconds (growing, with jitter), or every
        ``delay`` seconds when given, for at most ``max_wait`` seconds (default 600.0; a ``max_wait`` shorter
        than the delay raises ``ValueError``). Returns the response that satisfied the waiter; raises ``WaiterError``
        (with ``last_response``) on a failure state (naming the acceptor that matched), an unexpected error, or timeout.
        """
        return wait(
            _WAIT_UNTIL_TASKS_STOPPED,
            lambda: self.describe_tasks(
                tasks=tasks,
                cluster=cluster,
                include=include,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
            max_wait=max_wait,
            delay=delay,
        )


class EcsClientWithRawResponse:
    """The methods of ``EcsClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: EcsClient) -> None:
        self._client = client
        self.describe_tasks = to_raw_response_wrapper(client.describe_tasks)


class AsyncEcsClient(_AsyncBase):
    """Amazon Elastic Container Service client (asyncio).

    Amazon Elastic Container Service (Amazon ECS), DescribeTasks only, transcribed by hand from the
    DescribeTasks page of the Amazon ECS API Reference (seed 002_61e49ceee3f7628c). ECS speaks the
    awsJson1_1 protocol: every call is POST / with an X-Amz-Target header. Member descriptions and
    enum values that the page leaves out are taken from AWS's published service model (botocore
    ecs/2014-11-13), as specs/README.md allows; wire types follow that model (timestamps as epoch
    seconds, counts as integers).
    """

    _endpoint_keyword = "endpoint_url"  # the repr names the keyword this constructor takes

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        profile: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        """Create a client.

        Args:
            region: AWS region id; else ``AWS_REGION``, ``AWS_DEFAULT_REGION`` or the profile's region.
            endpoint_url: Send requests here instead of the regional endpoint (also ``AWS_ENDPOINT_URL``).
            aws_access_key_id: Access key id; else the standard credential chain (environment, profiles, ...).
            aws_secret_access_key: Secret access key, given with ``aws_access_key_id``.
            aws_session_token: Session token for temporary credentials.
            profile: Profile of the shared credentials and config files.
            http_client: Your own ``httpx.AsyncClient`` (proxies, TLS, limits); not closed by ``close()``.
            timeout: Seconds, or an ``httpx.Timeout``; default 5 s to connect, 60 s to read.
            max_retries: Retries after the first attempt (default 2: three attempts in all); 0 disables them.
            default_headers: Headers sent with every request (an operation's own headers and a call's ``extra_headers`` win).
            hooks: Callbacks around every attempt: ``Hooks(before_attempt=..., after_response=..., on_error=...)``.
        """
        setup = aws_setup(
            _SERVICE,
            region=region,
            endpoint_url=endpoint_url,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            profile=profile,
        )
        settings = client_settings(
            base_url=setup.base_url,
            auth=setup.auth,
            errors=ERRORS,
            aws=True,
            logger_name=__package__ or __name__,
            timeout=timeout,
            max_retries=max_retries,
            apply_host_prefix=setup.apply_host_prefix,
            retryable_codes=_RETRYABLE_CODES,
            user_agent=_USER_AGENT,
            default_headers=default_headers,
            hooks=hooks,
        )
        super().__init__(settings, http_client)
        self.region = setup.region

    @cached_property
    def with_raw_response(self) -> AsyncEcsClientWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, request id, parsed result)."""
        return AsyncEcsClientWithRawResponse(self)

    async def describe_tasks(
        self,
        *,
        tasks: Sequence[str],
        cluster: str | None = None,
        include: Sequence[models.TaskField | str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DescribeTasksResponse:
        """Describes a specified task or tasks.

        Describes a specified task or tasks.

        Currently, stopped tasks appear in the returned results for at least one hour.

        If you have tasks with tags, and then delete the cluster, the tagged tasks are returned in
        the response. If you create a new cluster with the same name as the deleted cluster, the
        tagged tasks are not included in the response.

        Args:
            tasks: A list of up to 100 task IDs or full ARN entries. Required.
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task
                or tasks to describe. If you do not specify a cluster, the default cluster is
                assumed.
            include: Specifies whether you want to see the resource tags for the task. If TAGS is
                specified, the tags are included in the response. If this field is omitted, tags
                aren't included in the response.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.DescribeTasksResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            ClientException: These errors are usually caused by a client action. This client action might be
                using an action or resource on behalf of a user that doesn't have permissions to use
                the action or resource. Or, it might be specifying an identifier that isn't valid.
            ClusterNotFoundException: The specified cluster wasn't found. You can view your available clusters with
                ListClusters. Amazon ECS clusters are Region specific.
            InvalidParameterException: The specified parameter isn't valid. Review the available parameters for the API
                request.

                For more information about service event errors, see Amazon ECS service event
                messages.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.describe_tasks(
                tasks=tasks,
                cluster=cluster,
                include=include,
            ),
            _operations.describe_tasks_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    async def wait_until_tasks_running(
        self,
        *,
        tasks: Sequence[str],
        cluster: str | None = None,
        include: Sequence[models.TaskField | str] | None = None,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DescribeTasksResponse:
        """Waits until every described task's lastStatus is RUNNING; fails if any task is STOPPED or
        any failure reason is MISSING (from botocore's waiters-2.json).

        The async twin of ``EcsClient.wait_until_tasks_running``.
        """
        return await wait_async(
            _WAIT_UNTIL_TASKS_RUNNING,
            lambda: self.describe_tasks(
                tasks=tasks,
                cluster=cluster,
                include=include,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
            max_wait=max_wait,
            delay=delay,
        )

    async def wait_until_tasks_stopped(
        self,
        *,
        tasks: Sequence[str],
        cluster: str | None = None,
        include: Sequence[models.TaskField | str] | None = None,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DescribeTasksResponse:
        """Waits until every described task's lastStatus is STOPPED (from botocore's waiters-2.json).

        The async twin of ``EcsClient.wait_until_tasks_stopped``.
        """
        return await wait_async(
            _WAIT_UNTIL_TASKS_STOPPED,
            lambda: self.describe_tasks(
                tasks=tasks,
                cluster=cluster,
                include=include,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
            max_wait=max_wait,
            delay=delay,
        )


class AsyncEcsClientWithRawResponse:
    """The methods of ``AsyncEcsClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: AsyncEcsClient) -> None:
        self._client = client
        self.describe_tasks = async_to_raw_response_wrapper(client.describe_tasks)
