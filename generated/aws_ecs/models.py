# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 20b4fd6942cf60d8e24d9c25ebf53ed94486998b7836acfab5a32a3f73525245
# mypy: disable-error-code="assignment"

from typing import Annotated

from pydantic import ConfigDict, Field, RootModel

from ._runtime.models import ApiModel, EpochSeconds, OpenEnum


class ListTasksResponse(ApiModel):
    """
    The following data is returned in JSON format by the service.
    """

    task_arns: Annotated[list[str] | None, Field(alias="taskArns")] = None
    """
    The list of task ARN entries for the ListTasks request.
    """
    next_token: Annotated[str | None, Field(alias="nextToken")] = None
    """
    The nextToken value to include in a future ListTasks request. When the results of a ListTasks request exceed maxResults, this value can be used to retrieve the next page of results. This value is null when there are no more results to return.
    """


class CapacityProviderStrategyItem(ApiModel):
    """
    The details of a capacity provider strategy. A capacity provider strategy can be set when using the RunTaskor CreateCluster APIs or as the default capacity provider strategy for a cluster with the CreateCluster API.

    Only capacity providers that are already associated with a cluster and have an ACTIVE or UPDATING status can be used in a capacity provider strategy. The PutClusterCapacityProviders API is used to associate a capacity provider with a cluster.

    If specifying a capacity provider that uses an Auto Scaling group, the capacity provider must already be created. New Auto Scaling group capacity providers can be created with the CreateClusterCapacityProvider API operation.

    To use a Fargate capacity provider, specify either the FARGATE or FARGATE_SPOT capacity providers. The Fargate capacity providers are available to all accounts and only need to be associated with a cluster to be used in a capacity provider strategy.

    With FARGATE_SPOT, you can run interruption tolerant tasks at a rate that's discounted compared to the FARGATE price. FARGATE_SPOT runs tasks on spare compute capacity. When Amazon Web Services needs the capacity back, your tasks are interrupted with a two-minute warning. FARGATE_SPOT supports Linux tasks with the X86_64 architecture on platform version 1.3.0 or later. FARGATE_SPOT supports Linux tasks with the ARM64 architecture on platform version 1.4.0 or later.

    A capacity provider strategy can contain a maximum of 20 capacity providers.
    """

    capacity_provider: Annotated[str, Field(alias="capacityProvider")]
    """
    The short name of the capacity provider.
    """
    weight: Annotated[int | None, Field(ge=0, le=1000)] = None
    """
    The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The weight value is taken into consideration after the base value, if defined, is satisfied.

    If no weight value is specified, the default value of 0 is used. When multiple capacity providers are specified within a capacity provider strategy, at least one of the capacity providers must have a weight value greater than zero and any capacity providers with a weight of 0 can't be used to place tasks. If you specify multiple capacity providers in a strategy that all have a weight of 0, any RunTask or CreateService actions using the capacity provider strategy will fail.

    Weight value characteristics:

    - Weight is considered after the base value is satisfied
    - The default value is 0 if not specified
    - The valid range is 0 to 1,000
    - At least one capacity provider must have a weight greater than zero
    - Capacity providers with weight of 0 cannot place tasks

    Task distribution logic:

    - Base satisfaction: The minimum number of tasks specified by the base value are placed on that capacity provider
    - Weight distribution: After base requirements are met, additional tasks are distributed according to weight ratios

    Examples:

    Equal Distribution: Two capacity providers both with weight 1 will split tasks evenly after base requirements are met.

    Weighted Distribution: If capacityProviderA has weight 1 and capacityProviderB has weight 4, then for every 1 task on A, 4 tasks will run on B.
    """
    base: Annotated[int | None, Field(ge=0, le=100000)] = None
    """
    The base value designates how many tasks, at a minimum, to run on the specified capacity provider for each service. Only one capacity provider in a capacity provider strategy can have a base defined. If no value is specified, the default value of 0 is used.

    Base value characteristics:

    - Only one capacity provider in a strategy can have a base defined
    - The default value is 0 if not specified
    - The valid range is 0 to 100,000
    - Base requirements are satisfied first before weight distribution
    """


class TaskManagedEBSVolumeTerminationPolicy(ApiModel):
    """
    The termination policy for the Amazon EBS volume when the task exits. For more information, see Amazon ECS volume termination policy.
    """

    delete_on_termination: Annotated[bool, Field(alias="deleteOnTermination")]
    """
    Indicates whether the volume should be deleted on when the task stops. If a value of true is specified, Amazon ECS deletes the Amazon EBS volume on your behalf when the task goes into the STOPPED state. If no value is specified, the default value is true is used. When set to false, Amazon ECS leaves the volume in your account.
    """


class StopTaskRequest(ApiModel):
    """
    The request accepts the following data in JSON format.
    """

    cluster: str | None = None
    """
    The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task to stop. If you do not specify a cluster, the default cluster is assumed.
    """
    task: str
    """
    Thefull Amazon Resource Name (ARN) of the task.
    """
    reason: str | None = None
    """
    An optional message specified when a task is stopped. For example, if you're using a custom scheduler, you can use this parameter to specify the reason for stopping the task here, and the message appears in subsequent DescribeTasks> API operations on this task.
    """


class NvidiaMpsAllocation(ApiModel):
    """
    The GPU memory and compute limits for a container that shares a GPU by using NVIDIA Multi-Process Service (MPS). Amazon ECS assigns the container a single GPU that has enough memory available. Other containers that use MPS can share the same GPU.
    """

    memory: Annotated[int, Field(ge=1)]
    """
    The amount of GPU memory, in MiB, to allocate to the container. Amazon ECS assigns the container a GPU that has at least the specified amount of memory available, and sets the CUDA_MPS_PINNED_DEVICE_MEM_LIMIT environment variable in the container to limit its memory to this amount. The memory must be available on a single GPU. If more than one container in a task uses nvidiaMps, Amazon ECS assigns them the same GPU, which must have enough memory available for all of them.
    """
    max_compute_percent: Annotated[int | None, Field(alias="maxComputePercent", ge=1, le=100)] = None
    """
    The maximum percentage of the GPU's compute capacity that the container can use. Amazon ECS sets the CUDA_MPS_ACTIVE_THREAD_PERCENTAGE environment variable in the container to this value. This value is a limit, not a reservation.

    If you don't specify this parameter, Amazon ECS doesn't set CUDA_MPS_ACTIVE_THREAD_PERCENTAGE, and the active thread percentage of the MPS server on the container instance applies. By default, this is 100 percent.
    """


class Failure(ApiModel):
    """
    A failed resource. For a list of common causes, see API failure reasons in the Amazon Elastic Container Service Developer Guide.
    """

    arn: str | None = None
    """
    The Amazon Resource Name (ARN) of the failed resource.
    """
    detail: str | None = None
    """
    The details of the failure.
    """
    reason: str | None = None
    """
    The reason for the failure.
    """


class KeyValuePair(ApiModel):
    """
    A key-value pair object.
    """

    name: str | None = None
    """
    The name of the key-value pair. For environment variables, this is the name of the environment variable.
    """
    value: str | None = None
    """
    The value of the key-value pair. For environment variables, this is the value of the environment variable.
    """


class NetworkInterface(ApiModel):
    """
    An object representing the elastic network interface for tasks that use the awsvpc network mode.
    """

    attachment_id: Annotated[str | None, Field(alias="attachmentId")] = None
    """
    The attachment ID for the network interface.
    """
    ipv6_address: Annotated[str | None, Field(alias="ipv6Address")] = None
    """
    The private IPv6 address for the network interface.
    """
    private_ipv4_address: Annotated[str | None, Field(alias="privateIpv4Address")] = None
    """
    The private IPv4 address for the network interface.
    """


class EphemeralStorage(ApiModel):
    """
    The amount of ephemeral storage to allocate for the task. This parameter is used to expand the total amount of ephemeral storage available, beyond the default amount, for tasks hosted on Fargate. For more information, see Using data volumes in tasks in the Amazon ECS Developer Guide;.

    For tasks using the Fargate launch type, the task requires the following platforms:

    - Linux platform version 1.4.0 or later.
    """

    size_in_gi_b: Annotated[int, Field(alias="sizeInGiB")]
    """
    The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported value is 21 GiB and the maximum supported value is 200 GiB.
    """


class TaskEphemeralStorage(ApiModel):
    """
    The amount of ephemeral storage to allocate for the task.
    """

    kms_key_id: Annotated[str | None, Field(alias="kmsKeyId")] = None
    """
    Specify an Key Management Service key ID to encrypt the ephemeral storage for the task.
    """
    size_in_gi_b: Annotated[int | None, Field(alias="sizeInGiB")] = None
    """
    The total amount, in GiB, of the ephemeral storage to set for the task. The minimum supported value is 20 GiB and the maximum supported value is 200 GiB.
    """


class InferenceAccelerator(ApiModel):
    """
    Details on an Elastic Inference accelerator. For more information, see Working with Amazon Elastic Inference on Amazon ECS in the Amazon Elastic Container Service Developer Guide.

    Deprecated in AWS's service model since 2023-04-15: This feature is no longer available.
    """

    device_name: Annotated[str, Field(alias="deviceName")]
    """
    The Elastic Inference accelerator device name. The deviceName must also be referenced in a container definition as a ResourceRequirement.
    """
    device_type: Annotated[str, Field(alias="deviceType")]
    """
    The Elastic Inference accelerator type to use.
    """


class InferenceAcceleratorOverride(ApiModel):
    """
    Details on an Elastic Inference accelerator task override. This parameter is used to override the Elastic Inference accelerator specified in the task definition. For more information, see Working with Amazon Elastic Inference on Amazon ECS in the Amazon Elastic Container Service Developer Guide.

    Deprecated in AWS's service model since 2023-04-15: This feature is no longer available.
    """

    device_name: Annotated[str | None, Field(alias="deviceName")] = None
    """
    The Elastic Inference accelerator device name to override for the task. This parameter must match a deviceName specified in the task definition.
    """
    device_type: Annotated[str | None, Field(alias="deviceType")] = None
    """
    The Elastic Inference accelerator type to use.
    """


class Tag(ApiModel):
    """
    The metadata that you apply to a resource to help you categorize and organize them. Each tag consists of a key and an optional value. You define them.
    """

    key: Annotated[str | None, Field(max_length=128, min_length=1)] = None
    """
    One part of a key-value pair that make up a tag. A key is a general label that acts like a category for more specific tag values.

    AWS's model also constrains it to the pattern `([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)` (letters, separators, numbers and `_.:/=+-@`), which is not written as `pattern` here: see specs/README.md, "Unicode property escapes".
    """
    value: Annotated[str | None, Field(max_length=256)] = None
    """
    The optional part of a key-value pair that make up a tag. A value acts as a descriptor within a tag category (key).

    AWS's model also constrains it to the pattern `([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)` (letters, separators, numbers and `_.:/=+-@`), which is not written as `pattern` here: see specs/README.md, "Unicode property escapes".
    """


class Connectivity(OpenEnum):
    """
    Values of the Connectivity enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"


class HealthStatus(OpenEnum):
    """
    Values of the HealthStatus enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    HEALTHY = "HEALTHY"
    UNHEALTHY = "UNHEALTHY"
    UNKNOWN = "UNKNOWN"


class LaunchType(OpenEnum):
    """
    Values of the LaunchType enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    EC2 = "EC2"
    FARGATE = "FARGATE"
    EXTERNAL = "EXTERNAL"
    MANAGED_INSTANCES = "MANAGED_INSTANCES"


class TaskStopCode(OpenEnum):
    """
    Values of the TaskStopCode enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    TASK_FAILED_TO_START = "TaskFailedToStart"
    ESSENTIAL_CONTAINER_EXITED = "EssentialContainerExited"
    USER_INITIATED = "UserInitiated"
    SERVICE_SCHEDULER_INITIATED = "ServiceSchedulerInitiated"
    SPOT_INTERRUPTION = "SpotInterruption"
    TERMINATION_NOTICE = "TerminationNotice"
    INFRASTRUCTURE_HEALTH = "InfrastructureHealth"


class TransportProtocol(OpenEnum):
    """
    Values of the TransportProtocol enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    TCP = "tcp"
    UDP = "udp"


class TargetType(OpenEnum):
    """
    Values of the TargetType enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    CONTAINER_INSTANCE = "container-instance"


class EnvironmentFileType(OpenEnum):
    """
    Values of the EnvironmentFileType enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    S3 = "s3"


class ResourceType(OpenEnum):
    """
    Values of the ResourceType enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    GPU = "GPU"
    INFERENCE_ACCELERATOR = "InferenceAccelerator"
    NEURON_DEVICE = "NeuronDevice"


class ManagedAgentName(OpenEnum):
    """
    Values of the ManagedAgentName enum in AWS's service model for Amazon ECS (the page shows these fields as plain strings).
    """

    EXECUTE_COMMAND_AGENT = "ExecuteCommandAgent"


class TaskField(OpenEnum):
    """
    A task field that DescribeTasks can include in its response. Valid Values: TAGS
    """

    TAGS = "TAGS"


class DesiredStatus(OpenEnum):
    """
    Values of the DesiredStatus enum in AWS's service model for Amazon ECS.
    """

    RUNNING = "RUNNING"
    PENDING = "PENDING"
    STOPPED = "STOPPED"


class AssignPublicIp(OpenEnum):
    """
    Values of the AssignPublicIp enum in AWS's service model for Amazon ECS.
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class PlacementConstraintType(OpenEnum):
    """
    Values of the PlacementConstraintType enum in AWS's service model for Amazon ECS.
    """

    DISTINCT_INSTANCE = "distinctInstance"
    MEMBER_OF = "memberOf"


class PlacementStrategyType(OpenEnum):
    """
    Values of the PlacementStrategyType enum in AWS's service model for Amazon ECS.
    """

    RANDOM = "random"
    SPREAD = "spread"
    BINPACK = "binpack"


class PropagateTags(OpenEnum):
    """
    Values of the PropagateTags enum in AWS's service model for Amazon ECS.
    """

    TASK_DEFINITION = "TASK_DEFINITION"
    SERVICE = "SERVICE"
    NONE = "NONE"


class EBSResourceType(OpenEnum):
    """
    Values of the EBSResourceType enum in AWS's service model for Amazon ECS.
    """

    VOLUME = "volume"


class TaskFilesystemType(OpenEnum):
    """
    Values of the TaskFilesystemType enum in AWS's service model for Amazon ECS.
    """

    EXT3 = "ext3"
    EXT4 = "ext4"
    XFS = "xfs"
    NTFS = "ntfs"


class IsolationMode(OpenEnum):
    """
    The isolation mode determines how a task is isolated from other tasks on the same Amazon EC2 instance.
    """

    SHARED = "SHARED"
    ISOLATED_SANDBOX = "ISOLATED_SANDBOX"
    CONFIDENTIAL_SANDBOX = "CONFIDENTIAL_SANDBOX"


class AttestationPolicyStatus(OpenEnum):
    """
    The status of the attestation policy for a task that uses the CONFIDENTIAL_SANDBOX isolation mode.
    """

    CONFIGURED = "CONFIGURED"


class ClientException(ApiModel):
    """
    These errors are usually caused by a client action. This client action might be using an action or resource on behalf of a user that doesn't have permissions to use the action or resource. Or, it might be specifying an identifier that isn't valid.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, ClientException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class ClusterNotFoundException(ApiModel):
    """
    The specified cluster wasn't found. You can view your available clusters with ListClusters. Amazon ECS clusters are Region specific.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, ClusterNotFoundException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class InvalidParameterException(ApiModel):
    """
    The specified parameter isn't valid. Review the available parameters for the API request.

    For more information about service event errors, see Amazon ECS service event messages.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, InvalidParameterException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class ServerException(ApiModel):
    """
    These errors are usually caused by a server issue.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, ServerException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class AccessDeniedException(ApiModel):
    """
    You don't have authorization to perform the requested action.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, AccessDeniedException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class ConflictException(ApiModel):
    """
    The request could not be processed because of conflict in the current state of the resource.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, ConflictException, possibly prefixed with a namespace (`...#`).
    """
    resource_ids: Annotated[list[str] | None, Field(alias="resourceIds")] = None
    """
    The existing task ARNs which are already associated with the clientToken.
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class PlatformUnknownException(ApiModel):
    """
    The specified platform version doesn't exist.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, PlatformUnknownException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class PlatformTaskDefinitionIncompatibilityException(ApiModel):
    """
    The specified platform version doesn't satisfy the required capabilities of the task definition.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, PlatformTaskDefinitionIncompatibilityException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class BlockedException(ApiModel):
    """
    Your Amazon Web Services account was blocked. For more information, contact Amazon Web Services Support.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, BlockedException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class UnsupportedFeatureException(ApiModel):
    """
    The specified task isn't supported in this Region.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, UnsupportedFeatureException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class ServiceNotFoundException(ApiModel):
    """
    The specified service wasn't found. You can view your available services with ListServices. Amazon ECS services are cluster specific and Region specific.
    """

    field__type: Annotated[str | None, Field(alias="__type")] = None
    """
    The error code, ServiceNotFoundException, possibly prefixed with a namespace (`...#`).
    """
    message: str | None = None
    """
    Message that describes the cause of the exception.
    """


class DescribeTasksRequest(ApiModel):
    """
    The request accepts the following data in JSON format.
    """

    cluster: str | None = None
    """
    The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task or tasks to describe. If you do not specify a cluster, the default cluster is assumed.
    """
    include: list[TaskField] | None = None
    """
    Specifies whether you want to see the resource tags for the task. If TAGS is specified, the tags are included in the response. If this field is omitted, tags aren't included in the response.
    """
    tasks: Annotated[list[str], Field(max_length=100)]
    """
    A list of up to 100 task IDs or full ARN entries.
    """


class ListTasksRequest(ApiModel):
    """
    The request accepts the following data in JSON format.
    """

    cluster: str | None = None
    """
    The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the ListTasks results. If you do not specify a cluster, the default cluster is assumed.
    """
    container_instance: Annotated[str | None, Field(alias="containerInstance")] = None
    """
    The container instance ID or full ARN of the container instance to use when filtering the ListTasks results. Specifying a containerInstance limits the results to tasks that belong to that container instance.
    """
    family: str | None = None
    """
    The name of the task definition family to use when filtering the ListTasks results. Specifying a family limits the results to tasks that belong to that family.
    """
    next_token: Annotated[str | None, Field(alias="nextToken")] = None
    """
    The nextToken value returned from a ListTasks request indicating that more results are available to fulfill the request and further calls will be needed. If maxResults was provided, it's possible the number of results to be fewer than maxResults.

    This token should be treated as an opaque identifier that is only used to retrieve the next items in a list and not for other programmatic purposes.
    """
    max_results: Annotated[int | None, Field(alias="maxResults", ge=1, le=100)] = None
    """
    The maximum number of task results that ListTasks returned in paginated output. When this parameter is used, ListTasks only returns maxResults results in a single page along with a nextToken response element. The remaining results of the initial request can be seen by sending another ListTasks request with the returned nextToken value. This value can be between 1 and 100. If this parameter isn't used, then ListTasks returns up to 100 results and a nextToken value if applicable.
    """
    started_by: Annotated[str | None, Field(alias="startedBy")] = None
    """
    The startedBy value to filter the task results with. Specifying a startedBy value limits the results to tasks that were started with that value.

    When you specify startedBy as the filter, it must be the only filter that you use.
    """
    service_name: Annotated[str | None, Field(alias="serviceName")] = None
    """
    The name of the service to use when filtering the ListTasks results. Specifying a serviceName limits the results to tasks that belong to that service.
    """
    desired_status: Annotated[DesiredStatus | None, Field(alias="desiredStatus")] = None
    """
    The task desired status to use when filtering the ListTasks results. Specifying a desiredStatus of STOPPED limits the results to tasks that Amazon ECS has set the desired status to STOPPED. This can be useful for debugging tasks that aren't starting properly or have died or finished. The default status filter is RUNNING, which shows tasks that Amazon ECS has set the desired status to RUNNING.

    Although you can filter results based on a desired status of PENDING, this doesn't return any results. Amazon ECS never sets the desired status of a task to that value (only a task's lastStatus may have a value of PENDING).
    """
    launch_type: Annotated[LaunchType | None, Field(alias="launchType")] = None
    """
    The launch type to use when filtering the ListTasks results.
    """
    daemon_name: Annotated[str | None, Field(alias="daemonName")] = None
    """
    The name of the daemon to use when filtering the ListTasks results. Specifying a daemonName limits the results to tasks that belong to that daemon.
    """


class AwsVpcConfiguration(ApiModel):
    """
    An object representing the networking details for a task or service. For example awsVpcConfiguration={subnets=["subnet-12344321"],securityGroups=["sg-12344321"]}.
    """

    subnets: Annotated[list[str], Field(max_length=16)]
    """
    The IDs of the subnets associated with the task or service. There's a limit of 16 subnets that can be specified.

    All specified subnets must be from the same VPC.
    """
    security_groups: Annotated[list[str] | None, Field(alias="securityGroups", max_length=5)] = None
    """
    The IDs of the security groups associated with the task or service. If you don't specify a security group, the default security group for the VPC is used. There's a limit of 5 security groups that can be specified.

    All specified security groups must be from the same VPC.
    """
    assign_public_ip: Annotated[AssignPublicIp | None, Field(alias="assignPublicIp")] = None
    """
    Whether the task's elastic network interface receives a public IP address.

    Consider the following when you set this value:

    - When you use create-service or update-service, the default is DISABLED.
    - When the service deploymentController is ECS, the value must be DISABLED.
    """


class PlacementConstraint(ApiModel):
    """
    An object representing a constraint on task placement. For more information, see Task placement constraints in the Amazon Elastic Container Service Developer Guide.

    If you're using the Fargate launch type, task placement constraints aren't supported.
    """

    type: PlacementConstraintType | None = None
    """
    The type of constraint. Use distinctInstance to ensure that each task in a particular group is running on a different container instance. Use memberOf to restrict the selection to a group of valid candidates.
    """
    expression: Annotated[str | None, Field(max_length=2000)] = None
    """
    A cluster query language expression to apply to the constraint. The expression can have a maximum length of 2000 characters. You can't specify an expression if the constraint type is distinctInstance. For more information, see Cluster query language in the Amazon Elastic Container Service Developer Guide.
    """


class PlacementStrategy(ApiModel):
    """
    The task placement strategy for a task or service. For more information, see Task placement strategies in the Amazon Elastic Container Service Developer Guide.
    """

    type: PlacementStrategyType | None = None
    """
    The type of placement strategy. The random placement strategy randomly places tasks on available candidates. The spread placement strategy spreads placement across available candidates evenly based on the field parameter. The binpack strategy places tasks on available candidates that have the least available amount of the resource that's specified with the field parameter. For example, if you binpack on memory, a task is placed on the instance with the least amount of remaining memory but still enough to run the task.
    """
    field: str | None = None
    """
    The field to apply the placement strategy against. For the spread placement strategy, valid values are instanceId (or host, which has the same effect), or any platform or custom attribute that's applied to a container instance, such as attribute:ecs.availability-zone. For the binpack placement strategy, valid values are cpu and memory. For the random placement strategy, this field is not used.
    """


class EBSTagSpecification(ApiModel):
    """
    The tag specifications of an Amazon EBS volume.
    """

    resource_type: Annotated[EBSResourceType, Field(alias="resourceType")]
    """
    The type of volume resource.
    """
    tags: Annotated[list[Tag] | None, Field(max_length=50)] = None
    """
    The tags applied to this Amazon EBS volume. AmazonECSCreated and AmazonECSManaged are reserved tags that can't be used.
    """
    propagate_tags: Annotated[PropagateTags | None, Field(alias="propagateTags")] = None
    """
    Determines whether to propagate the tags from the task definition to the Amazon EBS volume. Tags can only propagate to a SERVICE specified in ServiceVolumeConfiguration. If no value is specified, the tags aren't propagated.
    """


class SharingStrategy1(ApiModel):
    """
    The strategy that a container uses to share a GPU with other containers. Specify exactly one member.
    """

    nvidia_mps: Annotated[NvidiaMpsAllocation, Field(alias="nvidiaMps")]
    """
    Shares a GPU between containers by using NVIDIA Multi-Process Service (MPS). You specify the GPU memory to allocate to the container and, optionally, the maximum percentage of the GPU's compute capacity that the container can use.
    """


class SharingStrategy(RootModel[SharingStrategy1]):
    root: SharingStrategy1
    """
    The strategy that a container uses to share a GPU with other containers. Specify exactly one member.
    """


class TrustedExecutionSummary(ApiModel):
    """
    A summary of the trusted execution configuration for a task. This is a read-only view of the isolation configuration that was set on the task definition. Use it to see a task's isolation configuration in the response to DescribeTasks, RunTask, or StopTask without calling DescribeTaskDefinition. This summary never includes the attestation policy itself.

    Trusted execution is supported only for Amazon ECS Managed Instances.
    """

    isolation_mode: Annotated[IsolationMode, Field(alias="isolationMode")]
    """
    The isolation mode that the task runs in. This value mirrors the isolationMode that was set in the task definition's TrustedExecutionConfiguration.

    - SHARED: The task shares the underlying Amazon EC2 instance with other tasks. This is the default isolation mode.
    - ISOLATED_SANDBOX: The task runs in its own Nitro Sandbox, which is a lightweight virtual machine that is isolated by the Amazon Web Services Nitro System. Each task's sandbox is isolated from every other task's sandbox on the same Amazon EC2 instance, so one task can't access another task's memory or storage. For more information, see Isolated and confidential tasks in Amazon Elastic Container Service Developer Guide.
    - CONFIDENTIAL_SANDBOX: The task runs in its own Nitro Sandbox, which is a lightweight virtual machine that is isolated by the Amazon Web Services Nitro System, with cryptographic attestation. The host can't access the sandbox's memory or storage, and only the approved workload can decrypt data that you encrypt with your Key Management Service key. For more information, see Isolated and confidential tasks in Amazon Elastic Container Service Developer Guide.
    """
    attestation_policy_status: Annotated[AttestationPolicyStatus | None, Field(alias="attestationPolicyStatus")] = None
    """
    The status of the attestation policy for the task. This value is present only for tasks that use the CONFIDENTIAL_SANDBOX isolation mode.
    """


class Attachment(ApiModel):
    """
    An object representing a container instance or task attachment.
    """

    details: list[KeyValuePair] | None = None
    """
    Details of the attachment.

    For elastic network interfaces, this includes the network interface ID, the MAC address, the subnet ID, and the private IPv4 address.

    For Service Connect services, this includes portName, clientAliases, discoveryName, and ingressPortOverride.

    For Elastic Block Storage, this includes roleArn, deleteOnTermination, volumeName, volumeId, and statusReason (only when the attachment fails to create or attach).
    """
    id: str | None = None
    """
    The unique identifier for the attachment.
    """
    status: str | None = None
    """
    The status of the attachment. Valid values are PRECREATED, CREATED, ATTACHING, ATTACHED, DETACHING, DETACHED, DELETED, and FAILED.
    """
    type: str | None = None
    """
    The type of the attachment, such as ElasticNetworkInterface, Service Connect, and AmazonElasticBlockStorage.
    """


class Attribute(ApiModel):
    """
    An attribute is a name-value pair that's associated with an Amazon ECS object. Use attributes to extend the Amazon ECS data model by adding custom metadata to your resources. For more information, see Attributes in the Amazon Elastic Container Service Developer Guide.
    """

    name: str
    """
    The name of the attribute. The name must contain between 1 and 128 characters. The name may contain letters (uppercase and lowercase), numbers, hyphens (-), underscores (_), forward slashes (/), back slashes (\\), or periods (.).
    """
    target_id: Annotated[str | None, Field(alias="targetId")] = None
    """
    The ID of the target. You can specify the short form ID for a resource or the full Amazon Resource Name (ARN).
    """
    target_type: Annotated[TargetType | None, Field(alias="targetType")] = None
    """
    The type of the target to attach the attribute with. This parameter is required if you use the short form ID for a resource instead of the full ARN.
    """
    value: str | None = None
    """
    The value of the attribute. The value must contain between 1 and 128 characters. It can contain letters (uppercase and lowercase), numbers, hyphens (-), underscores (_), periods (.), at signs (@), forward slashes (/), back slashes (\\), colons (:), or spaces. The value can't start or end with a space.
    """


class ManagedAgent(ApiModel):
    """
    Details about the managed agent status for the container.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    last_started_at: Annotated[EpochSeconds | None, Field(alias="lastStartedAt")] = None
    """
    The Unix timestamp for the time when the managed agent was last started.
    """
    last_status: Annotated[str | None, Field(alias="lastStatus")] = None
    """
    The last known status of the managed agent.
    """
    name: ManagedAgentName | None = None
    """
    The name of the managed agent. When the execute command feature is turned on, the managed agent name is ExecuteCommandAgent.
    """
    reason: str | None = None
    """
    The reason for why the managed agent is in the state it is in.
    """


class NetworkBinding(ApiModel):
    """
    Details on the network bindings between a container and its host container instance. After a task reaches the RUNNING status, manual and automatic host and container port assignments are visible in the networkBindings section of DescribeTasks API responses.
    """

    bind_ip: Annotated[str | None, Field(alias="bindIP")] = None
    """
    The IP address that the container is bound to on the container instance.
    """
    container_port: Annotated[int | None, Field(alias="containerPort")] = None
    """
    The port number on the container that's used with the network binding.
    """
    container_port_range: Annotated[str | None, Field(alias="containerPortRange")] = None
    """
    The port number range on the container that's bound to the dynamically mapped host port range.
    """
    host_port: Annotated[int | None, Field(alias="hostPort")] = None
    """
    The port number on the host that's used with the network binding.
    """
    host_port_range: Annotated[str | None, Field(alias="hostPortRange")] = None
    """
    The port number range on the host that's used with the network binding. This is assigned is assigned by Docker and delivered by the Amazon ECS agent.
    """
    protocol: TransportProtocol | None = None
    """
    The protocol used for the network binding.
    """


class EnvironmentFile(ApiModel):
    """
    A list of files containing the environment variables to pass to a container. You can specify up to ten environment files. The file must have a .env file extension. Each line in an environment file should contain an environment variable in VARIABLE=VALUE format. Lines beginning with # are treated as comments and are ignored.

    If there are environment variables specified using the environment parameter in a container definition, they take precedence over the variables contained within an environment file. If multiple environment files are specified that contain the same variable, they're processed from the top down. We recommend that you use unique variable names. For more information, see Use a file to pass environment variables to a container in the Amazon Elastic Container Service Developer Guide.
    """

    type: EnvironmentFileType
    """
    The file type to use. Environment files are objects in Amazon S3. The only supported value is s3.
    """
    value: str
    """
    The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file.
    """


class ResourceRequirement(ApiModel):
    """
    The type and amount of a resource to assign to a container. The supported resource types are GPUs, Neuron devices, and Elastic Inference accelerators. For more information, see Working with GPUs on Amazon ECS or Working with Amazon Elastic Inference on Amazon ECS in the Amazon Elastic Container Service Developer Guide
    """

    type: ResourceType
    """
    The type of resource to assign to a container.
    """
    value: str | None = None
    """
    The value for the specified resource type.

    You must specify this parameter unless the type is GPU and you specify sharingStrategy.

    When the type is GPU, the value is the number of physical GPUs the Amazon ECS container agent reserves for the container. The number of GPUs that's reserved for all containers in a task can't exceed the number of available GPUs on the container instance that the task is launched on. You can also specify ALL to allocate all available GPUs on the instance to the container.

    When the type is NeuronDevice, the value must be ALL. This allocates all available Neuron devices on the instance to the container. Only one container in a task can specify NeuronDevice resources. This resource type is only supported on Managed Instances.

    When the type is InferenceAccelerator, the value matches the deviceName for an InferenceAccelerator specified in a task definition.
    """
    sharing_strategy: Annotated[SharingStrategy | None, Field(alias="sharingStrategy")] = None
    """
    The strategy that the container uses to share a GPU with other containers. Specify a sharing strategy only when the type is GPU. For a GPU resource requirement, specify either value or sharingStrategy, but not both. If you don't specify a sharing strategy, the container has exclusive use of each GPU that Amazon ECS assigns to it. The containers in a task that request GPUs must all use the same option.

    You can use GPU sharing with tasks that run on Amazon EC2 instances or Amazon ECS Managed Instances. Task definitions that require EXTERNAL compatibility don't support GPU sharing.
    """


class NetworkConfiguration(ApiModel):
    """
    The network configuration for a task or service.
    """

    awsvpc_configuration: Annotated[AwsVpcConfiguration | None, Field(alias="awsvpcConfiguration")] = None
    """
    The VPC subnets and security groups that are associated with a task.

    All specified subnets and security groups must be from the same VPC.
    """


class TaskManagedEBSVolumeConfiguration(ApiModel):
    """
    The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf. These settings are used to create each Amazon EBS volume, with one volume created for each task.
    """

    encrypted: bool | None = None
    """
    Indicates whether the volume should be encrypted. If you turn on Region-level Amazon EBS encryption by default but set this value as false, the setting is overridden and the volume is encrypted with the KMS key specified for Amazon EBS encryption by default. This parameter maps 1:1 with the Encrypted parameter of the CreateVolume API in the Amazon EC2 API Reference.
    """
    kms_key_id: Annotated[str | None, Field(alias="kmsKeyId")] = None
    """
    The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service key to use for Amazon EBS encryption. When a key is specified using this parameter, it overrides Amazon EBS default encryption or any KMS key that you specified for cluster-level managed storage encryption. This parameter maps 1:1 with the KmsKeyId parameter of the CreateVolume API in the Amazon EC2 API Reference. For more information about encrypting Amazon EBS volumes attached to a task, see Encrypt data stored in Amazon EBS volumes attached to Amazon ECS tasks.

    Amazon Web Services authenticates the Amazon Web Services Key Management Service key asynchronously. Therefore, if you specify an ID, alias, or ARN that is invalid, the action can appear to complete, but eventually fails.
    """
    volume_type: Annotated[str | None, Field(alias="volumeType")] = None
    """
    The volume type. This parameter maps 1:1 with the VolumeType parameter of the CreateVolume API in the Amazon EC2 API Reference. For more information, see Amazon EBS volume types in the Amazon EC2 User Guide.

    The following are the supported volume types.

    - General Purpose SSD: gp2|gp3
    - Provisioned IOPS SSD: io1|io2
    - Throughput Optimized HDD: st1
    - Cold HDD: sc1
    - Magnetic: standard
    - The magnetic volume type is not supported on Fargate.
    """
    size_in_gi_b: Annotated[int | None, Field(alias="sizeInGiB")] = None
    """
    The size of the volume in GiB. You must specify either a volume size or a snapshot ID. If you specify a snapshot ID, the snapshot size is used for the volume size by default. You can optionally specify a volume size greater than or equal to the snapshot size. This parameter maps 1:1 with the Size parameter of the CreateVolume API in the Amazon EC2 API Reference.

    The following are the supported volume size values for each volume type.

    - gp2 and gp3: 1-16,384
    - io1 and io2: 4-16,384
    - st1 and sc1: 125-16,384
    - standard: 1-1,024
    """
    snapshot_id: Annotated[str | None, Field(alias="snapshotId")] = None
    """
    The snapshot that Amazon ECS uses to create the volume. You must specify either a snapshot ID or a volume size. This parameter maps 1:1 with the SnapshotId parameter of the CreateVolume API in the Amazon EC2 API Reference.
    """
    volume_initialization_rate: Annotated[int | None, Field(alias="volumeInitializationRate")] = None
    """
    The rate, in MiB/s, at which data is fetched from a snapshot of an existing Amazon EBS volume to create a new volume for attachment to the task. This property can be specified only if you specify a snapshotId. For more information, see Initialize Amazon EBS volumes in the Amazon EBS User Guide.
    """
    iops: int | None = None
    """
    The number of I/O operations per second (IOPS). For gp3, io1, and io2 volumes, this represents the number of IOPS that are provisioned for the volume. For gp2 volumes, this represents the baseline performance of the volume and the rate at which the volume accumulates I/O credits for bursting.

    The following are the supported values for each volume type.

    - gp3: 3,000 - 16,000 IOPS
    - io1: 100 - 64,000 IOPS
    - io2: 100 - 256,000 IOPS

    This parameter is required for io1 and io2 volume types. The default for gp3 volumes is 3,000 IOPS. This parameter is not supported for st1, sc1, or standard volume types.

    This parameter maps 1:1 with the Iops parameter of the CreateVolume API in the Amazon EC2 API Reference.
    """
    throughput: Annotated[int | None, Field(le=1000)] = None
    """
    The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s. This parameter maps 1:1 with the Throughput parameter of the CreateVolume API in the Amazon EC2 API Reference.

    This parameter is only supported for the gp3 volume type.
    """
    tag_specifications: Annotated[list[EBSTagSpecification] | None, Field(alias="tagSpecifications")] = None
    """
    The tags to apply to the volume. Amazon ECS applies service-managed tags by default. This parameter maps 1:1 with the TagSpecifications.N parameter of the CreateVolume API in the Amazon EC2 API Reference.
    """
    role_arn: Annotated[str, Field(alias="roleArn")]
    """
    The ARN of the IAM role to associate with this volume. This is the Amazon ECS infrastructure IAM role that is used to manage your Amazon Web Services infrastructure. We recommend using the Amazon ECS-managed AmazonECSInfrastructureRolePolicyForVolumes IAM policy with this role. For more information, see Amazon ECS infrastructure IAM role in the Amazon ECS Developer Guide.
    """
    termination_policy: Annotated[TaskManagedEBSVolumeTerminationPolicy | None, Field(alias="terminationPolicy")] = None
    """
    The termination policy for the volume when the task exits. This provides a way to control whether Amazon ECS terminates the Amazon EBS volume when the task stops.
    """
    filesystem_type: Annotated[TaskFilesystemType | None, Field(alias="filesystemType")] = None
    """
    The Linux filesystem type for the volume. For volumes created from a snapshot, you must specify the same filesystem type that the volume was using when the snapshot was created. If there is a filesystem type mismatch, the task will fail to start.

    The available filesystem types are ext3, ext4, and xfs. If no value is specified, the xfs filesystem type is used by default.
    """


class Container(ApiModel):
    """
    A Docker container that's part of a task.
    """

    container_arn: Annotated[str | None, Field(alias="containerArn")] = None
    """
    The Amazon Resource Name (ARN) of the container.
    """
    cpu: str | None = None
    """
    The number of CPU units set for the container. The value is 0 if no value was specified in the container definition when the task definition was registered.
    """
    exit_code: Annotated[int | None, Field(alias="exitCode")] = None
    """
    The exit code returned from the container.
    """
    gpu_ids: Annotated[list[str] | None, Field(alias="gpuIds")] = None
    """
    The IDs of each GPU assigned to the container.
    """
    gpu_sharing_strategy: Annotated[SharingStrategy | None, Field(alias="gpuSharingStrategy")] = None
    """
    The GPU sharing strategy that the task definition specifies for the container. This field is present only for containers whose resource requirements include sharingStrategy.
    """
    health_status: Annotated[HealthStatus | None, Field(alias="healthStatus")] = None
    """
    The health status of the container. If health checks aren't configured for this container in its task definition, then it reports the health status as UNKNOWN.
    """
    image: str | None = None
    """
    The image used for the container.
    """
    image_digest: Annotated[str | None, Field(alias="imageDigest")] = None
    """
    The container image manifest digest.
    """
    last_status: Annotated[str | None, Field(alias="lastStatus")] = None
    """
    The last known status of the container.
    """
    managed_agents: Annotated[list[ManagedAgent] | None, Field(alias="managedAgents")] = None
    """
    The details of any Amazon ECS managed agents associated with the container.
    """
    memory: str | None = None
    """
    The hard limit (in MiB) of memory set for the container.
    """
    memory_reservation: Annotated[str | None, Field(alias="memoryReservation")] = None
    """
    The soft limit (in MiB) of memory set for the container.
    """
    name: str | None = None
    """
    The name of the container.
    """
    network_bindings: Annotated[list[NetworkBinding] | None, Field(alias="networkBindings")] = None
    """
    The network bindings associated with the container.
    """
    network_interfaces: Annotated[list[NetworkInterface] | None, Field(alias="networkInterfaces")] = None
    """
    The network interfaces associated with the container.
    """
    neuron_device_ids: Annotated[list[str] | None, Field(alias="neuronDeviceIds")] = None
    """
    The IDs of each Neuron device assigned to the container.
    """
    reason: str | None = None
    """
    A short (1024 max characters) human-readable string to provide additional details about a running or stopped container.
    """
    runtime_id: Annotated[str | None, Field(alias="runtimeId")] = None
    """
    The ID of the Docker container.
    """
    task_arn: Annotated[str | None, Field(alias="taskArn")] = None
    """
    The ARN of the task.
    """


class ContainerOverride(ApiModel):
    """
    The overrides that are sent to a container. An empty container override can be passed in. An example of an empty container override is {"containerOverrides": [ ] }. If a non-empty container override is specified, the name parameter must be included.

    You can use Secrets Manager or Amazon Web Services Systems Manager Parameter Store to store the sensitive data. For more information, see Retrieve secrets through environment variables in the Amazon ECS Developer Guide.
    """

    command: list[str] | None = None
    """
    The command to send to the container that overrides the default command from the Docker image or the task definition. You must also specify a container name.
    """
    cpu: int | None = None
    """
    The number of cpu units reserved for the container, instead of the default value from the task definition. You must also specify a container name.
    """
    environment: list[KeyValuePair] | None = None
    """
    The environment variables to send to the container. You can add new environment variables, which are added to the container at launch, or you can override the existing environment variables from the Docker image or the task definition. You must also specify a container name.
    """
    environment_files: Annotated[list[EnvironmentFile] | None, Field(alias="environmentFiles")] = None
    """
    A list of files containing the environment variables to pass to a container, instead of the value from the container definition.
    """
    memory: int | None = None
    """
    The hard limit (in MiB) of memory to present to the container, instead of the default value from the task definition. If your container attempts to exceed the memory specified here, the container is killed. You must also specify a container name.
    """
    memory_reservation: Annotated[int | None, Field(alias="memoryReservation")] = None
    """
    The soft limit (in MiB) of memory to reserve for the container, instead of the default value from the task definition. You must also specify a container name.
    """
    name: str | None = None
    """
    The name of the container that receives the override. This parameter is required if any override is specified.
    """
    resource_requirements: Annotated[list[ResourceRequirement] | None, Field(alias="resourceRequirements")] = None
    """
    The type and amount of a resource to assign to a container, instead of the default value from the task definition. The supported resources are GPUs and Neuron devices.
    """


class TaskVolumeConfiguration(ApiModel):
    """
    Configuration settings for the task volume that was configuredAtLaunch that weren't set during RegisterTaskDef.
    """

    name: str
    """
    The name of the volume. This value must match the volume name from the Volume object in the task definition.
    """
    managed_ebs_volume: Annotated[TaskManagedEBSVolumeConfiguration | None, Field(alias="managedEBSVolume")] = None
    """
    The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf. These settings are used to create each Amazon EBS volume, with one volume created for each task. The Amazon EBS volumes are visible in your account in the Amazon EC2 console once they are created.
    """


class TaskOverride(ApiModel):
    """
    The overrides that are associated with a task.
    """

    container_overrides: Annotated[list[ContainerOverride] | None, Field(alias="containerOverrides")] = None
    """
    One or more container overrides that are sent to a task.
    """
    cpu: str | None = None
    """
    The CPU override for the task.
    """
    ephemeral_storage: Annotated[EphemeralStorage | None, Field(alias="ephemeralStorage")] = None
    """
    The ephemeral storage setting override for the task.

    This parameter is only supported for tasks hosted on Fargate that use the following platform versions:

    - Linux platform version 1.4.0 or later.
    """
    execution_role_arn: Annotated[str | None, Field(alias="executionRoleArn")] = None
    """
    The Amazon Resource Name (ARN) of the task execution role override for the task. For more information, see Amazon ECS task execution IAM role in the Amazon Elastic Container Service Developer Guide.
    """
    inference_accelerator_overrides: Annotated[
        list[InferenceAcceleratorOverride] | None, Field(alias="inferenceAcceleratorOverrides", deprecated=True)
    ] = None
    """
    The Elastic Inference accelerator override for the task.

    Deprecated in AWS's service model since 2023-04-15: This feature is no longer available.
    """
    memory: str | None = None
    """
    The memory override for the task.
    """
    task_role_arn: Annotated[str | None, Field(alias="taskRoleArn")] = None
    """
    The Amazon Resource Name (ARN) of the role that containers in this task can assume. All containers in this task are granted the permissions that are specified in this role. For more information, see IAM Role for Tasks in the Amazon Elastic Container Service Developer Guide.
    """


class RunTaskRequest(ApiModel):
    """
    The request accepts the following data in JSON format.
    """

    capacity_provider_strategy: Annotated[
        list[CapacityProviderStrategyItem] | None, Field(alias="capacityProviderStrategy", max_length=20)
    ] = None
    """
    The capacity provider strategy to use for the task.

    If you want to use Amazon ECS Managed Instances, you must use the capacityProviderStrategy request parameter and omit the launchType request parameter.

    If a capacityProviderStrategy is specified, the launchType parameter must be omitted. If no capacityProviderStrategy or launchType is specified, the defaultCapacityProviderStrategy for the cluster is used.

    When you use cluster auto scaling, you must specify capacityProviderStrategy and not launchType.

    A capacity provider strategy can contain a maximum of 20 capacity providers.
    """
    cluster: str | None = None
    """
    The short name or full Amazon Resource Name (ARN) of the cluster to run your task on. If you do not specify a cluster, the default cluster is assumed.

    Each account receives a default cluster the first time you use the service, but you may also create other clusters.
    """
    count: Annotated[int | None, Field(le=10)] = None
    """
    The number of instantiations of the specified task to place on your cluster. You can specify up to 10 tasks for each call.
    """
    enable_ecs_managed_tags: Annotated[bool | None, Field(alias="enableECSManagedTags")] = None
    """
    Specifies whether to use Amazon ECS managed tags for the task. For more information, see Tagging Your Amazon ECS Resources in the Amazon Elastic Container Service Developer Guide.
    """
    enable_execute_command: Annotated[bool | None, Field(alias="enableExecuteCommand")] = None
    """
    Determines whether to use the execute command functionality for the containers in this task. If true, this enables execute command functionality on all containers in the task.

    If true, then the task definition must have a task role, or you must provide one as an override.
    """
    group: str | None = None
    """
    The name of the task group to associate with the task. The default value is the family name of the task definition (for example, family:my-family-name).
    """
    launch_type: Annotated[LaunchType | None, Field(alias="launchType")] = None
    """
    The infrastructure to run your standalone task on. For more information, see Amazon ECS launch types in the Amazon Elastic Container Service Developer Guide.

    If you want to use Amazon ECS Managed Instances, you must use the capacityProviderStrategy request parameter and omit the launchType request parameter.

    The FARGATE launch type runs your tasks on Fargate On-Demand infrastructure.

    Fargate Spot infrastructure is available for use but a capacity provider strategy must be used. For more information, see Fargate capacity providers in the Amazon ECS Developer Guide.

    The EC2 launch type runs your tasks on Amazon EC2 instances registered to your cluster.

    The EXTERNAL launch type runs your tasks on your on-premises server or virtual machine (VM) capacity registered to your cluster.

    A task can use either a launch type or a capacity provider strategy. If a launchType is specified, the capacityProviderStrategy parameter must be omitted.

    When you use cluster auto scaling, you must specify capacityProviderStrategy and not launchType.
    """
    network_configuration: Annotated[NetworkConfiguration | None, Field(alias="networkConfiguration")] = None
    """
    The network configuration for the task. This parameter is required for task definitions that use the awsvpc network mode to receive their own elastic network interface, and it isn't supported for other network modes. For more information, see Task networking in the Amazon Elastic Container Service Developer Guide.
    """
    overrides: TaskOverride | None = None
    """
    A list of container overrides in JSON format that specify the name of a container in the specified task definition and the overrides it should receive. You can override the default command for a container (that's specified in the task definition or Docker image) with a command override. You can also override existing environment variables (that are specified in the task definition or Docker image) on a container or add new environment variables to it with an environment override.

    A total of 8192 characters are allowed for overrides. This limit includes the JSON formatting characters of the override structure.
    """
    placement_constraints: Annotated[
        list[PlacementConstraint] | None, Field(alias="placementConstraints", max_length=10)
    ] = None
    """
    An array of placement constraint objects to use for the task. You can specify up to 10 constraints for each task (including constraints in the task definition and those specified at runtime).
    """
    placement_strategy: Annotated[list[PlacementStrategy] | None, Field(alias="placementStrategy", max_length=5)] = None
    """
    The placement strategy objects to use for the task. You can specify a maximum of 5 strategy rules for each task.
    """
    platform_version: Annotated[str | None, Field(alias="platformVersion")] = None
    """
    The platform version the task uses. A platform version is only specified for tasks hosted on Fargate. If one isn't specified, the LATEST platform version is used. For more information, see Fargate platform versions in the Amazon Elastic Container Service Developer Guide.
    """
    propagate_tags: Annotated[PropagateTags | None, Field(alias="propagateTags")] = None
    """
    Specifies whether to propagate the tags from the task definition to the task. If no value is specified, the tags aren't propagated. Tags can only be propagated to the task during task creation. To add tags to a task after task creation, use theTagResource API action.

    An error will be received if you specify the SERVICE option when running a task.
    """
    reference_id: Annotated[str | None, Field(alias="referenceId")] = None
    """
    This parameter is only used by Amazon ECS. It is not intended for use by customers.
    """
    started_by: Annotated[str | None, Field(alias="startedBy", max_length=128, pattern="^[a-zA-Z0-9/_-]*$")] = None
    """
    An optional tag specified when a task is started. For example, if you automatically trigger a task to run a batch process job, you could apply a unique identifier for that job to your task with the startedBy parameter. You can then identify which tasks belong to that job by filtering the results of a ListTasks call with the startedBy value. Up to 128 letters (uppercase and lowercase), numbers, hyphens (-), forward slash (/), and underscores (_) are allowed.

    If a task is started by an Amazon ECS service, then the startedBy parameter contains the deployment ID of the service that starts it.
    """
    tags: Annotated[list[Tag] | None, Field(max_length=50)] = None
    """
    The metadata that you apply to the task to help you categorize and organize them. Each tag consists of a key and an optional value, both of which you define.

    The following basic restrictions apply to tags:

    - Maximum number of tags per resource - 50
    - For each resource, each tag key must be unique, and each tag key can have only one value.
    - Maximum key length - 128 Unicode characters in UTF-8
    - Maximum value length - 256 Unicode characters in UTF-8
    - If your tagging schema is used across multiple services and resources, remember that other services may have restrictions on allowed characters. Generally allowed characters are: letters, numbers, and spaces representable in UTF-8, and the following characters: + - = . _ : / @.
    - Tag keys and values are case-sensitive.
    - Do not use aws:, AWS:, or any upper or lowercase combination of such as a prefix for either keys or values as it is reserved for Amazon Web Services use. You cannot edit or delete tag keys or values with this prefix. Tags with this prefix do not count against your tags per resource limit.
    """
    task_definition: Annotated[str, Field(alias="taskDefinition")]
    """
    The family and revision (family:revision) or full ARN of the task definition to run. If a revision isn't specified, the latest ACTIVE revision is used.

    The full ARN value must match the value that you specified as the Resource of the principal's permissions policy.

    When you specify a task definition, you must either specify a specific revision, or all revisions in the ARN.

    To specify a specific revision, include the revision number in the ARN. For example, to specify revision 2, use arn:aws:ecs:us-east-1:111122223333:task-definition/TaskFamilyName:2.

    To specify all revisions, use the wildcard (*) in the ARN. For example, to specify all revisions, use arn:aws:ecs:us-east-1:111122223333:task-definition/TaskFamilyName:*.

    For more information, see Policy Resources for Amazon ECS in the Amazon Elastic Container Service Developer Guide.
    """
    client_token: Annotated[str | None, Field(alias="clientToken", max_length=64, pattern="^[!-~]*$")] = None
    """
    An identifier that you provide to ensure the idempotency of the request. It must be unique and is case sensitive. Up to 64 characters are allowed. The valid characters are characters in the range of 33-126, inclusive. For more information, see Ensuring idempotency.
    """
    volume_configurations: Annotated[list[TaskVolumeConfiguration] | None, Field(alias="volumeConfigurations")] = None
    """
    The details of the volume that was configuredAtLaunch. You can configure the size, volumeType, IOPS, throughput, snapshot and encryption in TaskManagedEBSVolumeConfiguration. The name of the volume must match the name from the task definition.
    """


class Task(ApiModel):
    """
    Details on a task in a cluster.
    """

    model_config = ConfigDict(
        arbitrary_types_allowed=True,
    )
    attachments: list[Attachment] | None = None
    """
    The Elastic Network Adapter that's associated with the task if the task uses the awsvpc network mode.
    """
    attributes: list[Attribute] | None = None
    """
    The attributes of the task
    """
    availability_zone: Annotated[str | None, Field(alias="availabilityZone")] = None
    """
    The Availability Zone for the task.
    """
    capacity_provider_name: Annotated[str | None, Field(alias="capacityProviderName")] = None
    """
    The capacity provider that's associated with the task.
    """
    cluster_arn: Annotated[str | None, Field(alias="clusterArn")] = None
    """
    The ARN of the cluster that hosts the task.
    """
    connectivity: Connectivity | None = None
    """
    The connectivity status of a task.
    """
    connectivity_at: Annotated[EpochSeconds | None, Field(alias="connectivityAt")] = None
    """
    The Unix timestamp for the time when the task last went into CONNECTED status.
    """
    container_instance_arn: Annotated[str | None, Field(alias="containerInstanceArn")] = None
    """
    The ARN of the container instances that host the task.
    """
    containers: list[Container] | None = None
    """
    The containers that's associated with the task.
    """
    cpu: str | None = None
    """
    The number of CPU units used by the task as expressed in a task definition. It can be expressed as an integer using CPU units (for example, 1024). It can also be expressed as a string using vCPUs (for example, 1 vCPU or 1 vcpu). String values are converted to an integer that indicates the CPU units when the task definition is registered.

    If you're using the EC2 launch type or the external launch type, this field is optional. Supported values are between 128 CPU units (0.125 vCPUs) and 196608 CPU units (192 vCPUs). If you do not specify a value, the parameter is ignored.
    """
    created_at: Annotated[EpochSeconds | None, Field(alias="createdAt")] = None
    """
    The Unix timestamp for the time when the task was created. More specifically, it's for the time when the task entered the PENDING state.
    """
    desired_status: Annotated[str | None, Field(alias="desiredStatus")] = None
    """
    The desired status of the task. For more information, see Task Lifecycle.
    """
    enable_execute_command: Annotated[bool | None, Field(alias="enableExecuteCommand")] = None
    """
    Determines whether execute command functionality is turned on for this task. If true, execute command functionality is turned on all the containers in the task.
    """
    ephemeral_storage: Annotated[EphemeralStorage | None, Field(alias="ephemeralStorage")] = None
    """
    The ephemeral storage settings for the task.
    """
    execution_stopped_at: Annotated[EpochSeconds | None, Field(alias="executionStoppedAt")] = None
    """
    The Unix timestamp for the time when the task execution stopped.
    """
    fargate_ephemeral_storage: Annotated[TaskEphemeralStorage | None, Field(alias="fargateEphemeralStorage")] = None
    """
    The Fargate ephemeral storage settings for the task.
    """
    group: str | None = None
    """
    The name of the task group that's associated with the task.
    """
    health_status: Annotated[HealthStatus | None, Field(alias="healthStatus")] = None
    """
    The health status for the task. It's determined by the health of the essential containers in the task. If all essential containers in the task are reporting as HEALTHY, the task status also reports as HEALTHY. If any essential containers in the task are reporting as UNHEALTHY or UNKNOWN, the task status also reports as UNHEALTHY or UNKNOWN.

    The Amazon ECS container agent doesn't monitor or report on Docker health checks that are embedded in a container image and not specified in the container definition. For example, this includes those specified in a parent image or from the image's Dockerfile. Health check parameters that are specified in a container definition override any Docker health checks that are found in the container image.
    """
    inference_accelerators: Annotated[
        list[InferenceAccelerator] | None, Field(alias="inferenceAccelerators", deprecated=True)
    ] = None
    """
    The Elastic Inference accelerator that's associated with the task.

    Deprecated in AWS's service model since 2023-04-15: This feature is no longer available.
    """
    last_status: Annotated[str | None, Field(alias="lastStatus")] = None
    """
    The last known status for the task. For more information, see Task Lifecycle.
    """
    launch_type: Annotated[LaunchType | None, Field(alias="launchType")] = None
    """
    The infrastructure where your task runs on. For more information, see Amazon ECS launch types in the Amazon Elastic Container Service Developer Guide.
    """
    memory: str | None = None
    """
    The amount of memory (in MiB) that the task uses as expressed in a task definition. It can be expressed as an integer using MiB (for example, 1024). If it's expressed as a string using GB (for example, 1GB or 1 GB), it's converted to an integer indicating the MiB when the task definition is registered.

    If you use the EC2 launch type, this field is optional.
    """
    overrides: TaskOverride | None = None
    """
    One or more container overrides.
    """
    platform_family: Annotated[str | None, Field(alias="platformFamily")] = None
    """
    The operating system that your tasks are running on. A platform family is specified only for tasks that use the Fargate launch type.

    All tasks that run as part of this service must use the same platformFamily value as the service (for example, LINUX.).
    """
    platform_version: Annotated[str | None, Field(alias="platformVersion")] = None
    """
    The platform version where your task runs on. A platform version is only specified for tasks that use the Fargate launch type. If you didn't specify one, the LATEST platform version is used. For more information, see Fargate Platform Versions in the Amazon Elastic Container Service Developer Guide.
    """
    pull_started_at: Annotated[EpochSeconds | None, Field(alias="pullStartedAt")] = None
    """
    The Unix timestamp for the time when the container image pull began.
    """
    pull_stopped_at: Annotated[EpochSeconds | None, Field(alias="pullStoppedAt")] = None
    """
    The Unix timestamp for the time when the container image pull completed.
    """
    started_at: Annotated[EpochSeconds | None, Field(alias="startedAt")] = None
    """
    The Unix timestamp for the time when the task started. More specifically, it's for the time when the task transitioned from the PENDING state to the RUNNING state.
    """
    started_by: Annotated[str | None, Field(alias="startedBy")] = None
    """
    The tag specified when a task is started. If an Amazon ECS service started the task, the startedBy parameter contains the deployment ID of that service.
    """
    stop_code: Annotated[TaskStopCode | None, Field(alias="stopCode")] = None
    """
    The stop code indicating why a task was stopped. The stoppedReason might contain additional details.

    For more information about stop code, see Stopped tasks error codes in the Amazon ECS Developer Guide.
    """
    stopped_at: Annotated[EpochSeconds | None, Field(alias="stoppedAt")] = None
    """
    The Unix timestamp for the time when the task was stopped. More specifically, it's for the time when the task transitioned from the RUNNING state to the STOPPED state.
    """
    stopped_reason: Annotated[str | None, Field(alias="stoppedReason")] = None
    """
    The reason that the task was stopped.
    """
    stopping_at: Annotated[EpochSeconds | None, Field(alias="stoppingAt")] = None
    """
    The Unix timestamp for the time when the task stops. More specifically, it's for the time when the task transitions from the RUNNING state to STOPPING.
    """
    tags: Annotated[list[Tag] | None, Field(max_length=50)] = None
    """
    The metadata that you apply to the task to help you categorize and organize the task. Each tag consists of a key and an optional value. You define both the key and value.
    """
    task_arn: Annotated[str | None, Field(alias="taskArn")] = None
    """
    The Amazon Resource Name (ARN) of the task.
    """
    task_definition_arn: Annotated[str | None, Field(alias="taskDefinitionArn")] = None
    """
    The ARN of the task definition that creates the task.
    """
    trusted_execution_summary: Annotated[TrustedExecutionSummary | None, Field(alias="trustedExecutionSummary")] = None
    """
    A summary of the trusted execution configuration for the task, including the isolation mode. This is a read-only view of the configuration that was set on the task definition.

    Trusted execution is supported only for Amazon ECS Managed Instances.
    """
    version: int | None = None
    """
    The version counter for the task. Every time a task experiences a change that starts a CloudWatch event, the version counter is incremented. If you replicate your Amazon ECS task state with CloudWatch Events, you can compare the version of a task reported by the Amazon ECS API actions with the version reported in CloudWatch Events for the task (inside the detail object) to verify that the version in your event stream is current.
    """


class DescribeTasksResponse(ApiModel):
    """
    The following data is returned in JSON format by the service.
    """

    failures: list[Failure] | None = None
    """
    Any failures associated with the call.
    """
    tasks: list[Task] | None = None
    """
    The list of tasks.
    """


class RunTaskResponse(ApiModel):
    """
    The following data is returned in JSON format by the service.
    """

    tasks: list[Task] | None = None
    """
    A full description of the tasks that were run. The tasks that were successfully placed on your cluster are described here.
    """
    failures: list[Failure] | None = None
    """
    Any failures associated with the call.

    For information about how to address failures, see Service event messages and API failure reasons in the Amazon Elastic Container Service Developer Guide.
    """


class StopTaskResponse(ApiModel):
    """
    The following data is returned in JSON format by the service.
    """

    task: Task | None = None
    """
    The task that was stopped.
    """
