# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 20b4fd6942cf60d8e24d9c25ebf53ed94486998b7836acfab5a32a3f73525245
"""Amazon Elastic Container Service: the synchronous and asynchronous clients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

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

__all__ = ["EcsClient", "AsyncEcsClient"]

_USER_AGENT = "aws_ecs/2014-11-13 (generated; httpx " + httpx.__version__ + ")"
_RETRYABLE_CODES: frozenset[str] = frozenset([])
_SERVICE = AwsService(
    service_id="ecs",
    signing_name="ecs",
    endpoint_prefix="ecs",
    protocol="awsJson1_1",
)


@cache  # built at first use: a client that never waits imports no waiter code
def _wait_until_tasks_running_config() -> WaiterConfig:
    from ._runtime.waiters import Acceptor, WaiterConfig

    return WaiterConfig(
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


@cache  # built at first use: a client that never waits imports no waiter code
def _wait_until_tasks_stopped_config() -> WaiterConfig:
    from ._runtime.waiters import Acceptor, WaiterConfig

    return WaiterConfig(
        name="TasksStopped",
        acceptors=(Acceptor(state="success", matcher="pathAll", argument="tasks[].lastStatus", expected="STOPPED"),),
        min_delay=6.0,
        max_delay=120.0,
        max_wait=600.0,
    )


@cache  # built at first use: a client that never paginates imports no pagination code
def _paginate_list_tasks_config() -> PaginationConfig:
    from ._runtime.pagination import PaginationConfig

    return PaginationConfig(
        operation="ListTasks",
        style="token",
        input_token="next_token",
        output_token=("next_token",),
        items=("task_arns",),
        page_size="max_results",
        default_page_size=None,
        page_start=0,
    )


class EcsClient(_SyncBase):
    """Amazon Elastic Container Service client.

    Amazon Elastic Container Service (Amazon ECS): DescribeTasks, transcribed by hand from the
    DescribeTasks page of the Amazon ECS API Reference (seed 002_61e49ceee3f7628c), and ListTasks,
    RunTask and StopTask, transcribed from AWS's published service model (botocore ecs/2014-11-13).
    ECS speaks the awsJson1_1 protocol: every call is POST / with an X-Amz-Target header. Member
    descriptions and enum values that the page leaves out are taken from that model, as
    specs/README.md allows; wire types follow it (timestamps as epoch seconds, counts as integers).
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
            AccessDeniedException: You don't have authorization to perform the requested action.
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
        from ._runtime.waiters import wait

        return wait(
            _wait_until_tasks_running_config(),
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
        from ._runtime.waiters import wait

        return wait(
            _wait_until_tasks_stopped_config(),
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

    def list_tasks(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ListTasksResponse:
        """Returns a list of tasks.

        Returns a list of tasks. You can filter the results by cluster, task definition family,
        container instance, launch type, what IAM principal started the task, or by the desired
        status of the task.

        Recently stopped tasks might appear in the returned results.

        Args:
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster to use when
                filtering the ListTasks results. If you do not specify a cluster, the default
                cluster is assumed.
            container_instance: The container instance ID or full ARN of the container instance to use when
                filtering the ListTasks results. Specifying a containerInstance limits the results
                to tasks that belong to that container instance.
            family: The name of the task definition family to use when filtering the ListTasks results.
                Specifying a family limits the results to tasks that belong to that family.
            next_token: The nextToken value returned from a ListTasks request indicating that more results
                are available to fulfill the request and further calls will be needed. If maxResults
                was provided, it's possible the number of results to be fewer than maxResults.

                This token should be treated as an opaque identifier that is only used to retrieve
                the next items in a list and not for other programmatic purposes.
            max_results: The maximum number of task results that ListTasks returned in paginated output. When
                this parameter is used, ListTasks only returns maxResults results in a single page
                along with a nextToken response element. The remaining results of the initial
                request can be seen by sending another ListTasks request with the returned nextToken
                value. This value can be between 1 and 100. If this parameter isn't used, then
                ListTasks returns up to 100 results and a nextToken value if applicable.
            started_by: The startedBy value to filter the task results with. Specifying a startedBy value
                limits the results to tasks that were started with that value.

                When you specify startedBy as the filter, it must be the only filter that you use.
            service_name: The name of the service to use when filtering the ListTasks results. Specifying a
                serviceName limits the results to tasks that belong to that service.
            desired_status: The task desired status to use when filtering the ListTasks results. Specifying a
                desiredStatus of STOPPED limits the results to tasks that Amazon ECS has set the
                desired status to STOPPED. This can be useful for debugging tasks that aren't
                starting properly or have died or finished. The default status filter is RUNNING,
                which shows tasks that Amazon ECS has set the desired status to RUNNING.

                Although you can filter results based on a desired status of PENDING, this doesn't
                return any results. Amazon ECS never sets the desired status of a task to that value
                (only a task's lastStatus may have a value of PENDING).
            launch_type: The launch type to use when filtering the ListTasks results.
            daemon_name: The name of the daemon to use when filtering the ListTasks results. Specifying a
                daemonName limits the results to tasks that belong to that daemon.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.ListTasksResponse

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
            ServiceNotFoundException: The specified service wasn't found. You can view your available services with
                ListServices. Amazon ECS services are cluster specific and Region specific.
            AccessDeniedException: You don't have authorization to perform the requested action.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.list_tasks(
                cluster=cluster,
                container_instance=container_instance,
                family=family,
                next_token=next_token,
                max_results=max_results,
                started_by=started_by,
                service_name=service_name,
                desired_status=desired_status,
                launch_type=launch_type,
                daemon_name=daemon_name,
            ),
            _operations.list_tasks_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def paginate_list_tasks(
        self,
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
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.ListTasksResponse, str]:
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
                "cluster": cluster,
                "container_instance": container_instance,
                "family": family,
                "next_token": next_token,
                "max_results": max_results,
                "started_by": started_by,
                "service_name": service_name,
                "desired_status": desired_status,
                "launch_type": launch_type,
                "daemon_name": daemon_name,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
            },
            max_items,
        )

    def run_task(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RunTaskResponse:
        """Starts a new task using the specified task definition.

        Starts a new task using the specified task definition.

        On March 21, 2024, a change was made to resolve the task definition revision before
        authorization. When a task definition revision is not specified, authorization will occur
        using the latest revision of a task definition.

        Amazon Elastic Inference (EI) is no longer available to customers.

        You can allow Amazon ECS to place tasks for you, or you can customize how Amazon ECS places
        tasks using placement constraints and placement strategies. For more information, see
        Scheduling Tasks in the Amazon Elastic Container Service Developer Guide.

        Alternatively, you can use StartTask to use your own scheduler or place tasks manually on
        specific container instances.

        You can attach Amazon EBS volumes to Amazon ECS tasks by configuring the volume when
        creating or updating a service. For more information, see Amazon EBS volumes in the Amazon
        Elastic Container Service Developer Guide.

        The Amazon ECS API follows an eventual consistency model. This is because of the distributed
        nature of the system supporting the API. This means that the result of an API command you
        run that affects your Amazon ECS resources might not be immediately visible to all
        subsequent commands you run. Keep this in mind when you carry out an API command that
        immediately follows a previous API command.

        To manage eventual consistency, you can do the following:

        - Confirm the state of the resource before you run a command to modify it. Run the
        DescribeTasks command using an exponential backoff algorithm to ensure that you allow enough
        time for the previous command to propagate through the system. To do this, run the
        DescribeTasks command repeatedly, starting with a couple of seconds of wait time and
        increasing gradually up to five minutes of wait time. - Add wait time between subsequent
        commands, even if the DescribeTasks command returns an accurate response. Apply an
        exponential backoff algorithm starting with a couple of seconds of wait time, and increase
        gradually up to about five minutes of wait time.

        If you get a ConflictException error, the RunTask request could not be processed due to
        conflicts. The provided clientToken is already in use with a different RunTask request. The
        resourceIds are the existing task ARNs which are already associated with the clientToken.

        To fix this issue:

        - Run RunTask with a unique clientToken. - Run RunTask with the clientToken and the original
        set of parameters

        If you get a ClientExceptionerror, the RunTask could not be processed because you use
        managed scaling and there is a capacity error because the quota of tasks in the PROVISIONING
        per cluster has been reached. For information about the service quotas, see Amazon ECS
        service quotas.

        Args:
            task_definition: The family and revision (family:revision) or full ARN of the task definition to run.
                If a revision isn't specified, the latest ACTIVE revision is used.

                The full ARN value must match the value that you specified as the Resource of the
                principal's permissions policy.

                When you specify a task definition, you must either specify a specific revision, or
                all revisions in the ARN.

                To specify a specific revision, include the revision number in the ARN. For example,
                to specify revision 2, use
                arn:aws:ecs:us-east-1:111122223333:task-definition/TaskFamilyName:2.

                To specify all revisions, use the wildcard (*) in the ARN. For example, to specify
                all revisions, use
                arn:aws:ecs:us-east-1:111122223333:task-definition/TaskFamilyName:*.

                For more information, see Policy Resources for Amazon ECS in the Amazon Elastic
                Container Service Developer Guide. Required.
            capacity_provider_strategy: The capacity provider strategy to use for the task.

                If you want to use Amazon ECS Managed Instances, you must use the
                capacityProviderStrategy request parameter and omit the launchType request
                parameter.

                If a capacityProviderStrategy is specified, the launchType parameter must be
                omitted. If no capacityProviderStrategy or launchType is specified, the
                defaultCapacityProviderStrategy for the cluster is used.

                When you use cluster auto scaling, you must specify capacityProviderStrategy and not
                launchType.

                A capacity provider strategy can contain a maximum of 20 capacity providers.
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster to run your task
                on. If you do not specify a cluster, the default cluster is assumed.

                Each account receives a default cluster the first time you use the service, but you
                may also create other clusters.
            count: The number of instantiations of the specified task to place on your cluster. You can
                specify up to 10 tasks for each call.
            enable_ecs_managed_tags: Specifies whether to use Amazon ECS managed tags for the task. For more information,
                see Tagging Your Amazon ECS Resources in the Amazon Elastic Container Service
                Developer Guide.
            enable_execute_command: Determines whether to use the execute command functionality for the containers in
                this task. If true, this enables execute command functionality on all containers in
                the task.

                If true, then the task definition must have a task role, or you must provide one as
                an override.
            group: The name of the task group to associate with the task. The default value is the
                family name of the task definition (for example, family:my-family-name).
            launch_type: The infrastructure to run your standalone task on. For more information, see Amazon
                ECS launch types in the Amazon Elastic Container Service Developer Guide.

                If you want to use Amazon ECS Managed Instances, you must use the
                capacityProviderStrategy request parameter and omit the launchType request
                parameter.

                The FARGATE launch type runs your tasks on Fargate On-Demand infrastructure.

                Fargate Spot infrastructure is available for use but a capacity provider strategy
                must be used. For more information, see Fargate capacity providers in the Amazon ECS
                Developer Guide.

                The EC2 launch type runs your tasks on Amazon EC2 instances registered to your
                cluster.

                The EXTERNAL launch type runs your tasks on your on-premises server or virtual
                machine (VM) capacity registered to your cluster.

                A task can use either a launch type or a capacity provider strategy. If a launchType
                is specified, the capacityProviderStrategy parameter must be omitted.

                When you use cluster auto scaling, you must specify capacityProviderStrategy and not
                launchType.
            network_configuration: The network configuration for the task. This parameter is required for task
                definitions that use the awsvpc network mode to receive their own elastic network
                interface, and it isn't supported for other network modes. For more information, see
                Task networking in the Amazon Elastic Container Service Developer Guide.
            overrides: A list of container overrides in JSON format that specify the name of a container in
                the specified task definition and the overrides it should receive. You can override
                the default command for a container (that's specified in the task definition or
                Docker image) with a command override. You can also override existing environment
                variables (that are specified in the task definition or Docker image) on a container
                or add new environment variables to it with an environment override.

                A total of 8192 characters are allowed for overrides. This limit includes the JSON
                formatting characters of the override structure.
            placement_constraints: An array of placement constraint objects to use for the task. You can specify up to
                10 constraints for each task (including constraints in the task definition and those
                specified at runtime).
            placement_strategy: The placement strategy objects to use for the task. You can specify a maximum of 5
                strategy rules for each task.
            platform_version: The platform version the task uses. A platform version is only specified for tasks
                hosted on Fargate. If one isn't specified, the LATEST platform version is used. For
                more information, see Fargate platform versions in the Amazon Elastic Container
                Service Developer Guide.
            propagate_tags: Specifies whether to propagate the tags from the task definition to the task. If no
                value is specified, the tags aren't propagated. Tags can only be propagated to the
                task during task creation. To add tags to a task after task creation, use
                theTagResource API action.

                An error will be received if you specify the SERVICE option when running a task.
            reference_id: This parameter is only used by Amazon ECS. It is not intended for use by customers.
            started_by: An optional tag specified when a task is started. For example, if you automatically
                trigger a task to run a batch process job, you could apply a unique identifier for
                that job to your task with the startedBy parameter. You can then identify which
                tasks belong to that job by filtering the results of a ListTasks call with the
                startedBy value. Up to 128 letters (uppercase and lowercase), numbers, hyphens (-),
                forward slash (/), and underscores (_) are allowed.

                If a task is started by an Amazon ECS service, then the startedBy parameter contains
                the deployment ID of the service that starts it.
            tags: The metadata that you apply to the task to help you categorize and organize them.
                Each tag consists of a key and an optional value, both of which you define.

                The following basic restrictions apply to tags:

                - Maximum number of tags per resource - 50 - For each resource, each tag key must be
                unique, and each tag key can have only one value. - Maximum key length - 128 Unicode
                characters in UTF-8 - Maximum value length - 256 Unicode characters in UTF-8 - If
                your tagging schema is used across multiple services and resources, remember that
                other services may have restrictions on allowed characters. Generally allowed
                characters are: letters, numbers, and spaces representable in UTF-8, and the
                following characters: + - = . _ : / @. - Tag keys and values are case-sensitive. -
                Do not use aws:, AWS:, or any upper or lowercase combination of such as a prefix for
                either keys or values as it is reserved for Amazon Web Services use. You cannot edit
                or delete tag keys or values with this prefix. Tags with this prefix do not count
                against your tags per resource limit.
            client_token: An identifier that you provide to ensure the idempotency of the request. It must be
                unique and is case sensitive. Up to 64 characters are allowed. The valid characters
                are characters in the range of 33-126, inclusive. For more information, see Ensuring
                idempotency.
            volume_configurations: The details of the volume that was configuredAtLaunch. You can configure the size,
                volumeType, IOPS, throughput, snapshot and encryption in
                TaskManagedEBSVolumeConfiguration. The name of the volume must match the name from
                the task definition.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.RunTaskResponse

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
            AccessDeniedException: You don't have authorization to perform the requested action.
            ConflictException: The request could not be processed because of conflict in the current state of the
                resource.
            PlatformUnknownException: The specified platform version doesn't exist.
            PlatformTaskDefinitionIncompatibilityException: The specified platform version doesn't satisfy the required capabilities of the task
                definition.
            BlockedException: Your Amazon Web Services account was blocked. For more information, contact Amazon
                Web Services Support.
            UnsupportedFeatureException: The specified task isn't supported in this Region.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.run_task(
                task_definition=task_definition,
                capacity_provider_strategy=capacity_provider_strategy,
                cluster=cluster,
                count=count,
                enable_ecs_managed_tags=enable_ecs_managed_tags,
                enable_execute_command=enable_execute_command,
                group=group,
                launch_type=launch_type,
                network_configuration=network_configuration,
                overrides=overrides,
                placement_constraints=placement_constraints,
                placement_strategy=placement_strategy,
                platform_version=platform_version,
                propagate_tags=propagate_tags,
                reference_id=reference_id,
                started_by=started_by,
                tags=tags,
                client_token=client_token,
                volume_configurations=volume_configurations,
            ),
            _operations.run_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def stop_task(
        self,
        *,
        task: str,
        cluster: str | None = None,
        reason: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.StopTaskResponse:
        """Stops a running task. Any tags associated with the task will be deleted.

        Stops a running task. Any tags associated with the task will be deleted.

        When you call StopTask on a task, the equivalent of docker stop is issued to the containers
        running in the task. This results in a stop signal value and a default 30-second timeout,
        after which the SIGKILL value is sent and the containers are forcibly stopped. This signal
        can be defined in your container image with the STOPSIGNAL instruction and will default to
        SIGTERM. If the container handles the SIGTERM value gracefully and exits within 30 seconds
        from receiving it, no SIGKILL value is sent.

        For Windows containers, POSIX signals do not work and runtime stops the container by sending
        a CTRL_SHUTDOWN_EVENT. For more information, see Unable to react to graceful shutdown of
        (Windows) container #25982 on GitHub.

        The default 30-second timeout can be configured on the Amazon ECS container agent with the
        ECS_CONTAINER_STOP_TIMEOUT variable. For more information, see Amazon ECS Container Agent
        Configuration in the Amazon Elastic Container Service Developer Guide.

        Args:
            task: Thefull Amazon Resource Name (ARN) of the task. Required.
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task
                to stop. If you do not specify a cluster, the default cluster is assumed.
            reason: An optional message specified when a task is stopped. For example, if you're using a
                custom scheduler, you can use this parameter to specify the reason for stopping the
                task here, and the message appears in subsequent DescribeTasks> API operations on
                this task.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.StopTaskResponse

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
            AccessDeniedException: You don't have authorization to perform the requested action.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return self._call(
            _operations.stop_task(
                task=task,
                cluster=cluster,
                reason=reason,
            ),
            _operations.stop_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )


class EcsClientWithRawResponse:
    """The methods of ``EcsClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: EcsClient) -> None:
        self._client = client
        self.describe_tasks = to_raw_response_wrapper(client.describe_tasks)
        self.list_tasks = to_raw_response_wrapper(client.list_tasks)
        self.run_task = to_raw_response_wrapper(client.run_task)
        self.stop_task = to_raw_response_wrapper(client.stop_task)


class AsyncEcsClient(_AsyncBase):
    """Amazon Elastic Container Service client (asyncio).

    Amazon Elastic Container Service (Amazon ECS): DescribeTasks, transcribed by hand from the
    DescribeTasks page of the Amazon ECS API Reference (seed 002_61e49ceee3f7628c), and ListTasks,
    RunTask and StopTask, transcribed from AWS's published service model (botocore ecs/2014-11-13).
    ECS speaks the awsJson1_1 protocol: every call is POST / with an X-Amz-Target header. Member
    descriptions and enum values that the page leaves out are taken from that model, as
    specs/README.md allows; wire types follow it (timestamps as epoch seconds, counts as integers).
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
            AccessDeniedException: You don't have authorization to perform the requested action.
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
        from ._runtime.waiters import wait_async

        return await wait_async(
            _wait_until_tasks_running_config(),
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
        from ._runtime.waiters import wait_async

        return await wait_async(
            _wait_until_tasks_stopped_config(),
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

    async def list_tasks(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ListTasksResponse:
        """Returns a list of tasks.

        Returns a list of tasks. You can filter the results by cluster, task definition family,
        container instance, launch type, what IAM principal started the task, or by the desired
        status of the task.

        Recently stopped tasks might appear in the returned results.

        Args:
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster to use when
                filtering the ListTasks results. If you do not specify a cluster, the default
                cluster is assumed.
            container_instance: The container instance ID or full ARN of the container instance to use when
                filtering the ListTasks results. Specifying a containerInstance limits the results
                to tasks that belong to that container instance.
            family: The name of the task definition family to use when filtering the ListTasks results.
                Specifying a family limits the results to tasks that belong to that family.
            next_token: The nextToken value returned from a ListTasks request indicating that more results
                are available to fulfill the request and further calls will be needed. If maxResults
                was provided, it's possible the number of results to be fewer than maxResults.

                This token should be treated as an opaque identifier that is only used to retrieve
                the next items in a list and not for other programmatic purposes.
            max_results: The maximum number of task results that ListTasks returned in paginated output. When
                this parameter is used, ListTasks only returns maxResults results in a single page
                along with a nextToken response element. The remaining results of the initial
                request can be seen by sending another ListTasks request with the returned nextToken
                value. This value can be between 1 and 100. If this parameter isn't used, then
                ListTasks returns up to 100 results and a nextToken value if applicable.
            started_by: The startedBy value to filter the task results with. Specifying a startedBy value
                limits the results to tasks that were started with that value.

                When you specify startedBy as the filter, it must be the only filter that you use.
            service_name: The name of the service to use when filtering the ListTasks results. Specifying a
                serviceName limits the results to tasks that belong to that service.
            desired_status: The task desired status to use when filtering the ListTasks results. Specifying a
                desiredStatus of STOPPED limits the results to tasks that Amazon ECS has set the
                desired status to STOPPED. This can be useful for debugging tasks that aren't
                starting properly or have died or finished. The default status filter is RUNNING,
                which shows tasks that Amazon ECS has set the desired status to RUNNING.

                Although you can filter results based on a desired status of PENDING, this doesn't
                return any results. Amazon ECS never sets the desired status of a task to that value
                (only a task's lastStatus may have a value of PENDING).
            launch_type: The launch type to use when filtering the ListTasks results.
            daemon_name: The name of the daemon to use when filtering the ListTasks results. Specifying a
                daemonName limits the results to tasks that belong to that daemon.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.ListTasksResponse

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
            ServiceNotFoundException: The specified service wasn't found. You can view your available services with
                ListServices. Amazon ECS services are cluster specific and Region specific.
            AccessDeniedException: You don't have authorization to perform the requested action.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.list_tasks(
                cluster=cluster,
                container_instance=container_instance,
                family=family,
                next_token=next_token,
                max_results=max_results,
                started_by=started_by,
                service_name=service_name,
                desired_status=desired_status,
                launch_type=launch_type,
                daemon_name=daemon_name,
            ),
            _operations.list_tasks_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    def paginate_list_tasks(
        self,
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
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[models.ListTasksResponse, str]:
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
                "cluster": cluster,
                "container_instance": container_instance,
                "family": family,
                "next_token": next_token,
                "max_results": max_results,
                "started_by": started_by,
                "service_name": service_name,
                "desired_status": desired_status,
                "launch_type": launch_type,
                "daemon_name": daemon_name,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
            },
            max_items,
        )

    async def run_task(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.RunTaskResponse:
        """Starts a new task using the specified task definition.

        Starts a new task using the specified task definition.

        On March 21, 2024, a change was made to resolve the task definition revision before
        authorization. When a task definition revision is not specified, authorization will occur
        using the latest revision of a task definition.

        Amazon Elastic Inference (EI) is no longer available to customers.

        You can allow Amazon ECS to place tasks for you, or you can customize how Amazon ECS places
        tasks using placement constraints and placement strategies. For more information, see
        Scheduling Tasks in the Amazon Elastic Container Service Developer Guide.

        Alternatively, you can use StartTask to use your own scheduler or place tasks manually on
        specific container instances.

        You can attach Amazon EBS volumes to Amazon ECS tasks by configuring the volume when
        creating or updating a service. For more information, see Amazon EBS volumes in the Amazon
        Elastic Container Service Developer Guide.

        The Amazon ECS API follows an eventual consistency model. This is because of the distributed
        nature of the system supporting the API. This means that the result of an API command you
        run that affects your Amazon ECS resources might not be immediately visible to all
        subsequent commands you run. Keep this in mind when you carry out an API command that
        immediately follows a previous API command.

        To manage eventual consistency, you can do the following:

        - Confirm the state of the resource before you run a command to modify it. Run the
        DescribeTasks command using an exponential backoff algorithm to ensure that you allow enough
        time for the previous command to propagate through the system. To do this, run the
        DescribeTasks command repeatedly, starting with a couple of seconds of wait time and
        increasing gradually up to five minutes of wait time. - Add wait time between subsequent
        commands, even if the DescribeTasks command returns an accurate response. Apply an
        exponential backoff algorithm starting with a couple of seconds of wait time, and increase
        gradually up to about five minutes of wait time.

        If you get a ConflictException error, the RunTask request could not be processed due to
        conflicts. The provided clientToken is already in use with a different RunTask request. The
        resourceIds are the existing task ARNs which are already associated with the clientToken.

        To fix this issue:

        - Run RunTask with a unique clientToken. - Run RunTask with the clientToken and the original
        set of parameters

        If you get a ClientExceptionerror, the RunTask could not be processed because you use
        managed scaling and there is a capacity error because the quota of tasks in the PROVISIONING
        per cluster has been reached. For information about the service quotas, see Amazon ECS
        service quotas.

        Args:
            task_definition: The family and revision (family:revision) or full ARN of the task definition to run.
                If a revision isn't specified, the latest ACTIVE revision is used.

                The full ARN value must match the value that you specified as the Resource of the
                principal's permissions policy.

                When you specify a task definition, you must either specify a specific revision, or
                all revisions in the ARN.

                To specify a specific revision, include the revision number in the ARN. For example,
                to specify revision 2, use
                arn:aws:ecs:us-east-1:111122223333:task-definition/TaskFamilyName:2.

                To specify all revisions, use the wildcard (*) in the ARN. For example, to specify
                all revisions, use
                arn:aws:ecs:us-east-1:111122223333:task-definition/TaskFamilyName:*.

                For more information, see Policy Resources for Amazon ECS in the Amazon Elastic
                Container Service Developer Guide. Required.
            capacity_provider_strategy: The capacity provider strategy to use for the task.

                If you want to use Amazon ECS Managed Instances, you must use the
                capacityProviderStrategy request parameter and omit the launchType request
                parameter.

                If a capacityProviderStrategy is specified, the launchType parameter must be
                omitted. If no capacityProviderStrategy or launchType is specified, the
                defaultCapacityProviderStrategy for the cluster is used.

                When you use cluster auto scaling, you must specify capacityProviderStrategy and not
                launchType.

                A capacity provider strategy can contain a maximum of 20 capacity providers.
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster to run your task
                on. If you do not specify a cluster, the default cluster is assumed.

                Each account receives a default cluster the first time you use the service, but you
                may also create other clusters.
            count: The number of instantiations of the specified task to place on your cluster. You can
                specify up to 10 tasks for each call.
            enable_ecs_managed_tags: Specifies whether to use Amazon ECS managed tags for the task. For more information,
                see Tagging Your Amazon ECS Resources in the Amazon Elastic Container Service
                Developer Guide.
            enable_execute_command: Determines whether to use the execute command functionality for the containers in
                this task. If true, this enables execute command functionality on all containers in
                the task.

                If true, then the task definition must have a task role, or you must provide one as
                an override.
            group: The name of the task group to associate with the task. The default value is the
                family name of the task definition (for example, family:my-family-name).
            launch_type: The infrastructure to run your standalone task on. For more information, see Amazon
                ECS launch types in the Amazon Elastic Container Service Developer Guide.

                If you want to use Amazon ECS Managed Instances, you must use the
                capacityProviderStrategy request parameter and omit the launchType request
                parameter.

                The FARGATE launch type runs your tasks on Fargate On-Demand infrastructure.

                Fargate Spot infrastructure is available for use but a capacity provider strategy
                must be used. For more information, see Fargate capacity providers in the Amazon ECS
                Developer Guide.

                The EC2 launch type runs your tasks on Amazon EC2 instances registered to your
                cluster.

                The EXTERNAL launch type runs your tasks on your on-premises server or virtual
                machine (VM) capacity registered to your cluster.

                A task can use either a launch type or a capacity provider strategy. If a launchType
                is specified, the capacityProviderStrategy parameter must be omitted.

                When you use cluster auto scaling, you must specify capacityProviderStrategy and not
                launchType.
            network_configuration: The network configuration for the task. This parameter is required for task
                definitions that use the awsvpc network mode to receive their own elastic network
                interface, and it isn't supported for other network modes. For more information, see
                Task networking in the Amazon Elastic Container Service Developer Guide.
            overrides: A list of container overrides in JSON format that specify the name of a container in
                the specified task definition and the overrides it should receive. You can override
                the default command for a container (that's specified in the task definition or
                Docker image) with a command override. You can also override existing environment
                variables (that are specified in the task definition or Docker image) on a container
                or add new environment variables to it with an environment override.

                A total of 8192 characters are allowed for overrides. This limit includes the JSON
                formatting characters of the override structure.
            placement_constraints: An array of placement constraint objects to use for the task. You can specify up to
                10 constraints for each task (including constraints in the task definition and those
                specified at runtime).
            placement_strategy: The placement strategy objects to use for the task. You can specify a maximum of 5
                strategy rules for each task.
            platform_version: The platform version the task uses. A platform version is only specified for tasks
                hosted on Fargate. If one isn't specified, the LATEST platform version is used. For
                more information, see Fargate platform versions in the Amazon Elastic Container
                Service Developer Guide.
            propagate_tags: Specifies whether to propagate the tags from the task definition to the task. If no
                value is specified, the tags aren't propagated. Tags can only be propagated to the
                task during task creation. To add tags to a task after task creation, use
                theTagResource API action.

                An error will be received if you specify the SERVICE option when running a task.
            reference_id: This parameter is only used by Amazon ECS. It is not intended for use by customers.
            started_by: An optional tag specified when a task is started. For example, if you automatically
                trigger a task to run a batch process job, you could apply a unique identifier for
                that job to your task with the startedBy parameter. You can then identify which
                tasks belong to that job by filtering the results of a ListTasks call with the
                startedBy value. Up to 128 letters (uppercase and lowercase), numbers, hyphens (-),
                forward slash (/), and underscores (_) are allowed.

                If a task is started by an Amazon ECS service, then the startedBy parameter contains
                the deployment ID of the service that starts it.
            tags: The metadata that you apply to the task to help you categorize and organize them.
                Each tag consists of a key and an optional value, both of which you define.

                The following basic restrictions apply to tags:

                - Maximum number of tags per resource - 50 - For each resource, each tag key must be
                unique, and each tag key can have only one value. - Maximum key length - 128 Unicode
                characters in UTF-8 - Maximum value length - 256 Unicode characters in UTF-8 - If
                your tagging schema is used across multiple services and resources, remember that
                other services may have restrictions on allowed characters. Generally allowed
                characters are: letters, numbers, and spaces representable in UTF-8, and the
                following characters: + - = . _ : / @. - Tag keys and values are case-sensitive. -
                Do not use aws:, AWS:, or any upper or lowercase combination of such as a prefix for
                either keys or values as it is reserved for Amazon Web Services use. You cannot edit
                or delete tag keys or values with this prefix. Tags with this prefix do not count
                against your tags per resource limit.
            client_token: An identifier that you provide to ensure the idempotency of the request. It must be
                unique and is case sensitive. Up to 64 characters are allowed. The valid characters
                are characters in the range of 33-126, inclusive. For more information, see Ensuring
                idempotency.
            volume_configurations: The details of the volume that was configuredAtLaunch. You can configure the size,
                volumeType, IOPS, throughput, snapshot and encryption in
                TaskManagedEBSVolumeConfiguration. The name of the volume must match the name from
                the task definition.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.RunTaskResponse

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
            AccessDeniedException: You don't have authorization to perform the requested action.
            ConflictException: The request could not be processed because of conflict in the current state of the
                resource.
            PlatformUnknownException: The specified platform version doesn't exist.
            PlatformTaskDefinitionIncompatibilityException: The specified platform version doesn't satisfy the required capabilities of the task
                definition.
            BlockedException: Your Amazon Web Services account was blocked. For more information, contact Amazon
                Web Services Support.
            UnsupportedFeatureException: The specified task isn't supported in this Region.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.run_task(
                task_definition=task_definition,
                capacity_provider_strategy=capacity_provider_strategy,
                cluster=cluster,
                count=count,
                enable_ecs_managed_tags=enable_ecs_managed_tags,
                enable_execute_command=enable_execute_command,
                group=group,
                launch_type=launch_type,
                network_configuration=network_configuration,
                overrides=overrides,
                placement_constraints=placement_constraints,
                placement_strategy=placement_strategy,
                platform_version=platform_version,
                propagate_tags=propagate_tags,
                reference_id=reference_id,
                started_by=started_by,
                tags=tags,
                client_token=client_token,
                volume_configurations=volume_configurations,
            ),
            _operations.run_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )

    async def stop_task(
        self,
        *,
        task: str,
        cluster: str | None = None,
        reason: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.StopTaskResponse:
        """Stops a running task. Any tags associated with the task will be deleted.

        Stops a running task. Any tags associated with the task will be deleted.

        When you call StopTask on a task, the equivalent of docker stop is issued to the containers
        running in the task. This results in a stop signal value and a default 30-second timeout,
        after which the SIGKILL value is sent and the containers are forcibly stopped. This signal
        can be defined in your container image with the STOPSIGNAL instruction and will default to
        SIGTERM. If the container handles the SIGTERM value gracefully and exits within 30 seconds
        from receiving it, no SIGKILL value is sent.

        For Windows containers, POSIX signals do not work and runtime stops the container by sending
        a CTRL_SHUTDOWN_EVENT. For more information, see Unable to react to graceful shutdown of
        (Windows) container #25982 on GitHub.

        The default 30-second timeout can be configured on the Amazon ECS container agent with the
        ECS_CONTAINER_STOP_TIMEOUT variable. For more information, see Amazon ECS Container Agent
        Configuration in the Amazon Elastic Container Service Developer Guide.

        Args:
            task: Thefull Amazon Resource Name (ARN) of the task. Required.
            cluster: The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task
                to stop. If you do not specify a cluster, the default cluster is assumed.
            reason: An optional message specified when a task is stopped. For example, if you're using a
                custom scheduler, you can use this parameter to specify the reason for stopping the
                task here, and the message appears in subsequent DescribeTasks> API operations on
                this task.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            max_retries: Retries for this call instead of the client's.
            extra_headers: Headers to add to this call.

        Returns:
            models.StopTaskResponse

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
            AccessDeniedException: You don't have authorization to perform the requested action.
            ServerException: These errors are usually caused by a server issue.
            ApiError: Any other failed call (undocumented status, connection, timeout, bad body).
        """
        from . import _operations

        return await self._call(
            _operations.stop_task(
                task=task,
                cluster=cluster,
                reason=reason,
            ),
            _operations.stop_task_result,
            RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers),
        )


class AsyncEcsClientWithRawResponse:
    """The methods of ``AsyncEcsClient``, returning ``RawResponse`` (status, headers, request id, parsed result)."""

    def __init__(self, client: AsyncEcsClient) -> None:
        self._client = client
        self.describe_tasks = async_to_raw_response_wrapper(client.describe_tasks)
        self.list_tasks = async_to_raw_response_wrapper(client.list_tasks)
        self.run_task = async_to_raw_response_wrapper(client.run_task)
        self.stop_task = async_to_raw_response_wrapper(client.stop_task)
