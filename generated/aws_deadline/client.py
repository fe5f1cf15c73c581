# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: e6cfeb1d7ad06f75316ea76f4f0c7f4de236db7aeb1c2f3de5f6b5f61723b0f0
"""AWS Deadline Cloud: the synchronous and asynchronous clients."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property
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
from .errors import ERRORS

if TYPE_CHECKING:  # models and request builders load on the first call, not when a client is built
    from . import models
    from ._runtime.pagination import AsyncPaginator, PaginationConfig, Paginator
    from ._runtime.waiters import WaiterConfig

__all__ = ["DeadlineClient", "AsyncDeadlineClient"]

_USER_AGENT = "aws_deadline/2023-10-12 (generated; httpx " + httpx.__version__ + ")"
_RETRYABLE_CODES: frozenset[str] = frozenset(["InternalServerErrorException", "ThrottlingException"])
_SERVICE = AwsService(
    service_id="deadline",
    signing_name="deadline",
    endpoint_prefix="deadline",
    protocol="restJson1",
)


@cache  # built at first use: a client that never waits imports no waiter code
def _wait_until_task_finished_config() -> WaiterConfig:
    from ._runtime.waiters import Acceptor, WaiterConfig

    return WaiterConfig(
        name="TaskFinished",
        acceptors=(
            Acceptor(state="success", matcher="path", argument="runStatus", expected="SUCCEEDED"),
            Acceptor(state="success", matcher="path", argument="runStatus", expected="CANCELED"),
            Acceptor(state="success", matcher="path", argument="runStatus", expected="SUSPENDED"),
            Acceptor(state="failure", matcher="path", argument="runStatus", expected="FAILED"),
            Acceptor(state="failure", matcher="path", argument="runStatus", expected="NOT_COMPATIBLE"),
        ),
        min_delay=5.0,
        max_delay=60.0,
        max_wait=3600.0,
    )


@cache  # built at first use: a client that never paginates imports no pagination code
def _paginate_list_tasks_config() -> PaginationConfig:
    from ._runtime.pagination import PaginationConfig

    return PaginationConfig(
        operation="ListTasks",
        style="token",
        input_token="next_token",
        output_token=("next_token",),
        items=("tasks",),
        page_size="max_results",
        default_page_size=None,
        page_start=0,
    )


class DeadlineClient(_SyncBase):
    """AWS Deadline Cloud client.

    AWS Deadline Cloud GetTask, transcribed from the AWS API reference page "GetTask - AWS Deadline
    Cloud", and ListTasks, transcribed from AWS's service model (botocore deadline/2023-10-12).
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
    def with_raw_response(self) -> DeadlineClientWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, request id, parsed result)."""
        return DeadlineClientWithRawResponse(self)

    def get_task(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        task_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.GetTaskResponse:
        """Gets a task.

        Args:
            farm_id: The farm ID of the farm connected to the task. Required.
            queue_id: The queue ID for the queue connected to the task. Required.
            job_id: The job ID of the job connected to the task. Required.
            step_id: The step ID for the step connected to the task. Required.
            task_id: The task ID. Required.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.GetTaskResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            ValidationException: The request isn't valid. This can occur if your request contains malformed JSON or
                unsupported characters.
            AccessDeniedException: You don't have permission to perform the action.
            ResourceNotFoundException: The requested resource can't be found.
            ThrottlingException: Your request exceeded a request rate quota.
            InternalServerErrorException: Deadline Cloud can't process your request right now. Try again later.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.get_task(
                farm_id=farm_id,
                queue_id=queue_id,
                job_id=job_id,
                step_id=step_id,
                task_id=task_id,
            ),
            _operations.get_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def wait_until_task_finished(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        task_id: str,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.GetTaskResponse:
        """Wait until the task reaches a terminal run status: SUCCEEDED, FAILED, CANCELED, SUSPENDED or
        NOT_COMPATIBLE. FAILED and NOT_COMPATIBLE end the wait with a failure.

        Polls ``get_task`` every 5.0 to 60.0 seconds (growing, with jitter), or every
        ``delay`` seconds when given, for at most ``max_wait`` seconds (default 3600.0; a ``max_wait`` shorter
        than the delay raises ``ValueError``). Returns the response that satisfied the waiter; raises ``WaiterError``
        (with ``last_response``) on a failure state (naming the acceptor that matched), an unexpected error, or timeout.
        """
        from ._runtime.waiters import wait

        return wait(
            _wait_until_task_finished_config(),
            lambda: self.get_task(
                farm_id=farm_id,
                queue_id=queue_id,
                job_id=job_id,
                step_id=step_id,
                task_id=task_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
            max_wait=max_wait,
            delay=delay,
        )

    def list_tasks(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ListTasksResponse:
        """Lists tasks for a job.

        Args:
            farm_id: The farm ID connected to the tasks. Required.
            queue_id: The queue ID connected to the tasks. Required.
            job_id: The job ID for the tasks. Required.
            step_id: The step ID for the tasks. Required.
            next_token: The token for the next set of results, or null to start from the beginning.
            max_results: The maximum number of results to return. Use this parameter with NextToken to get
                results as a set of sequential pages.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.ListTasksResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            ValidationException: The request isn't valid. This can occur if your request contains malformed JSON or
                unsupported characters.
            AccessDeniedException: You don't have permission to perform the action.
            ResourceNotFoundException: The requested resource can't be found.
            ThrottlingException: Your request exceeded a request rate quota.
            InternalServerErrorException: Deadline Cloud can't process your request right now. Try again later.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.list_tasks(
                farm_id=farm_id,
                queue_id=queue_id,
                job_id=job_id,
                step_id=step_id,
                next_token=next_token,
                max_results=max_results,
            ),
            _operations.list_tasks_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def paginate_list_tasks(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.ListTasksResponse, models.TaskSummary]:
        """Every page of ``list_tasks``: iterate for the pages, ``.items()`` for the items across pages.

        Takes ``list_tasks``'s arguments (``next_token`` starts from a given page); each page is one call
        with its own retries. ``max_items`` stops after that many items. Raises ``PaginationError`` if the
        service hands back a page token it returned before (instead of looping for ever).
        """
        from ._runtime.pagination import Paginator

        return Paginator(
            self.with_raw_response.list_tasks,
            _paginate_list_tasks_config(),
            {
                "farm_id": farm_id,
                "queue_id": queue_id,
                "job_id": job_id,
                "step_id": step_id,
                "next_token": next_token,
                "max_results": max_results,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
            },
            max_items,
        )


class DeadlineClientWithRawResponse:
    """The methods of ``DeadlineClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: DeadlineClient) -> None:
        self._client = client
        self.get_task = to_raw_response_wrapper(client.get_task)
        self.list_tasks = to_raw_response_wrapper(client.list_tasks)


class AsyncDeadlineClient(_AsyncBase):
    """AWS Deadline Cloud client (asyncio).

    AWS Deadline Cloud GetTask, transcribed from the AWS API reference page "GetTask - AWS Deadline
    Cloud", and ListTasks, transcribed from AWS's service model (botocore deadline/2023-10-12).
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
    def with_raw_response(self) -> AsyncDeadlineClientWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, request id, parsed result)."""
        return AsyncDeadlineClientWithRawResponse(self)

    async def get_task(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        task_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.GetTaskResponse:
        """Gets a task.

        Args:
            farm_id: The farm ID of the farm connected to the task. Required.
            queue_id: The queue ID for the queue connected to the task. Required.
            job_id: The job ID of the job connected to the task. Required.
            step_id: The step ID for the step connected to the task. Required.
            task_id: The task ID. Required.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.GetTaskResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            ValidationException: The request isn't valid. This can occur if your request contains malformed JSON or
                unsupported characters.
            AccessDeniedException: You don't have permission to perform the action.
            ResourceNotFoundException: The requested resource can't be found.
            ThrottlingException: Your request exceeded a request rate quota.
            InternalServerErrorException: Deadline Cloud can't process your request right now. Try again later.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.get_task(
                farm_id=farm_id,
                queue_id=queue_id,
                job_id=job_id,
                step_id=step_id,
                task_id=task_id,
            ),
            _operations.get_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    async def wait_until_task_finished(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        task_id: str,
        max_wait: float | None = None,
        delay: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.GetTaskResponse:
        """Wait until the task reaches a terminal run status: SUCCEEDED, FAILED, CANCELED, SUSPENDED or
        NOT_COMPATIBLE. FAILED and NOT_COMPATIBLE end the wait with a failure.

        The async twin of ``DeadlineClient.wait_until_task_finished``.
        """
        from ._runtime.waiters import wait_async

        return await wait_async(
            _wait_until_task_finished_config(),
            lambda: self.get_task(
                farm_id=farm_id,
                queue_id=queue_id,
                job_id=job_id,
                step_id=step_id,
                task_id=task_id,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
            max_wait=max_wait,
            delay=delay,
        )

    async def list_tasks(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ListTasksResponse:
        """Lists tasks for a job.

        Args:
            farm_id: The farm ID connected to the tasks. Required.
            queue_id: The queue ID connected to the tasks. Required.
            job_id: The job ID for the tasks. Required.
            step_id: The step ID for the tasks. Required.
            next_token: The token for the next set of results, or null to start from the beginning.
            max_results: The maximum number of results to return. Use this parameter with NextToken to get
                results as a set of sequential pages.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.ListTasksResponse

        Raises:
            ParamValidationError: An argument breaks the spec; nothing was sent.
            ValidationException: The request isn't valid. This can occur if your request contains malformed JSON or
                unsupported characters.
            AccessDeniedException: You don't have permission to perform the action.
            ResourceNotFoundException: The requested resource can't be found.
            ThrottlingException: Your request exceeded a request rate quota.
            InternalServerErrorException: Deadline Cloud can't process your request right now. Try again later.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.list_tasks(
                farm_id=farm_id,
                queue_id=queue_id,
                job_id=job_id,
                step_id=step_id,
                next_token=next_token,
                max_results=max_results,
            ),
            _operations.list_tasks_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def paginate_list_tasks(
        self,
        *,
        farm_id: str,
        queue_id: str,
        job_id: str,
        step_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[models.ListTasksResponse, models.TaskSummary]:
        """Every page of ``list_tasks``: ``async for`` for the pages, ``.items()`` for the items across pages.

        Takes ``list_tasks``'s arguments (``next_token`` starts from a given page); each page is one call
        with its own retries. ``max_items`` stops after that many items. Raises ``PaginationError`` if the
        service hands back a page token it returned before (instead of looping for ever).
        """
        from ._runtime.pagination import AsyncPaginator

        return AsyncPaginator(
            self.with_raw_response.list_tasks,
            _paginate_list_tasks_config(),
            {
                "farm_id": farm_id,
                "queue_id": queue_id,
                "job_id": job_id,
                "step_id": step_id,
                "next_token": next_token,
                "max_results": max_results,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
            },
            max_items,
        )


class AsyncDeadlineClientWithRawResponse:
    """The methods of ``AsyncDeadlineClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: AsyncDeadlineClient) -> None:
        self._client = client
        self.get_task = async_to_raw_response_wrapper(client.get_task)
        self.list_tasks = async_to_raw_response_wrapper(client.list_tasks)
