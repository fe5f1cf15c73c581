# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
# mypy: disable-error-code="assignment"

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from ._runtime.models import ApiModel, EpochSeconds, OpenEnum


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

    key: str | None = None
    """
    One part of a key-value pair that make up a tag. A key is a general label that acts like a category for more specific tag values.
    """
    value: str | None = None
    """
    The optional part of a key-value pair that make up a tag. A value acts as a descriptor within a tag category (key).
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
    tags: list[Tag] | None = None
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
