"""EcsClient against a real peer: moto's ECS server, in this process, on 127.0.0.1.

boto3 creates the resources (VPC, subnet, cluster, a FARGATE task definition, tagged FARGATE tasks) and is
the reference: for the same DescribeTasks call, our parsed result, written back to the wire, must equal
what boto3 parses, field by field. With moto's IAM checking switched on, moto recomputes every SigV4
signature from the IAM secret: our signatures must verify, and its XML error pages must come back as
typed errors.
"""

from __future__ import annotations

import datetime as dt
import json
import traceback
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import aws_ecs
import pytest
from aws_ecs import models
from aws_support import (
    DUMMY_KEY,
    DUMMY_SECRET,
    REGION,
    MotoServer,
    assert_same_wire,
    clean_aws_environment,
    without_metadata,
)
from botocore.exceptions import ClientError


@pytest.fixture(scope="module")
def moto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MotoServer]:
    with clean_aws_environment(str(tmp_path_factory.mktemp("aws"))), MotoServer() as server:
        with server.frozen_task_states():
            yield server


@dataclass(frozen=True)
class Fargate:
    cluster: str
    cluster_arn: str
    tagged: list[str]  # task ARNs run with tags
    untagged: str  # a task ARN run without tags
    created_at: dt.datetime  # what the first tagged task's createdAt was set to

    @property
    def all(self) -> list[str]:
        return [*self.tagged, self.untagged]


TAGS = [{"key": "team", "value": "render"}, {"key": "cost-center", "value": "42"}]


def _enrich_first_task(task_arn: str, cluster: str, created_at: dt.datetime) -> None:
    """moto's Task model carries no timestamps, version or availability zone, so its (botocore-model
    driven) awsJson serialiser never puts them on the wire. Set them on the in-process backend object so
    that moto's own serialiser sends them and the comparison covers epoch timestamps (with a millisecond
    fraction), integers and booleans too."""
    from moto.ecs.models import ecs_backends

    account = task_arn.split(":")[4]
    task = ecs_backends[account][REGION].tasks[cluster][task_arn]
    task.created_at = created_at
    task.started_at = created_at + dt.timedelta(seconds=17)  # a whole second: an integer on the wire
    task.pull_started_at = created_at + dt.timedelta(seconds=3, milliseconds=250)
    task.version = 3
    task.availability_zone = f"{REGION}a"
    task.connectivity = "CONNECTED"
    task.enable_execute_command = False


@pytest.fixture(scope="module")
def fargate(moto: MotoServer) -> Fargate:
    ec2, ecs = moto.boto3("ec2"), moto.boto3("ecs")
    vpc = ec2.create_vpc(CidrBlock="10.7.0.0/16")["Vpc"]["VpcId"]
    # moto's awsvpc task set-up reads the ENI's private DNS name, which exists only with DNS hostnames on.
    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": True})
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.7.1.0/24", AvailabilityZone=f"{REGION}a")["Subnet"]["SubnetId"]
    group = ec2.create_security_group(GroupName=f"sg-{uuid.uuid4().hex[:8]}", Description="tasks", VpcId=vpc)["GroupId"]

    cluster = f"peer-{uuid.uuid4().hex[:12]}"
    cluster_arn = ecs.create_cluster(clusterName=cluster)["cluster"]["clusterArn"]
    task_definition = ecs.register_task_definition(
        family=f"web-{uuid.uuid4().hex[:8]}",
        networkMode="awsvpc",
        requiresCompatibilities=["FARGATE"],
        cpu="256",
        memory="512",
        # moto sums container-level cpu/memory for placement even on FARGATE, so they are given here too.
        containerDefinitions=[
            {
                "name": "web",
                "image": "nginx",
                "essential": True,
                "cpu": 256,
                "memory": 512,
                "portMappings": [{"containerPort": 80}],
            }
        ],
    )["taskDefinition"]["taskDefinitionArn"]
    network = {"awsvpcConfiguration": {"subnets": [subnet], "securityGroups": [group], "assignPublicIp": "ENABLED"}}
    tagged = ecs.run_task(
        cluster=cluster,
        taskDefinition=task_definition,
        launchType="FARGATE",
        count=2,
        tags=TAGS,
        startedBy="peer-test",
        networkConfiguration=network,
    )
    untagged = ecs.run_task(
        cluster=cluster, taskDefinition=task_definition, launchType="FARGATE", count=1, networkConfiguration=network
    )
    assert tagged["failures"] == [] and untagged["failures"] == []
    tagged_arns = [task["taskArn"] for task in tagged["tasks"]]
    assert len(tagged_arns) == 2

    created_at = dt.datetime(2025, 2, 11, 18, 13, 24, 576_000, tzinfo=dt.UTC)
    _enrich_first_task(tagged_arns[0], cluster, created_at)
    return Fargate(cluster, cluster_arn, tagged_arns, untagged["tasks"][0]["taskArn"], created_at)


def _ecs_client(moto: MotoServer, **options: Any) -> aws_ecs.EcsClient:
    return aws_ecs.EcsClient(
        endpoint_url=moto.url,
        region=REGION,
        aws_access_key_id=options.pop("key", DUMMY_KEY),
        aws_secret_access_key=options.pop("secret", DUMMY_SECRET),
        **options,
    )


# -- DescribeTasks, compared with boto3 ------------------------------------------------------------
@pytest.mark.parametrize("include", [None, ["TAGS"]], ids=["no-include", "include-TAGS"])
def test_describe_tasks_equals_boto3_field_by_field(
    moto: MotoServer, fargate: Fargate, include: list[str] | None
) -> None:
    extra = {"include": include} if include else {}
    theirs = without_metadata(moto.boto3("ecs").describe_tasks(cluster=fargate.cluster, tasks=fargate.all, **extra))
    with _ecs_client(moto) as client:
        ours = client.describe_tasks(tasks=fargate.all, cluster=fargate.cluster, include=include)

    assert_same_wire(ours.to_wire(), theirs)
    assert [task.task_arn for task in ours.tasks or []] == [task["taskArn"] for task in theirs["tasks"]]
    assert sorted(task.task_arn for task in ours.tasks or []) == sorted(fargate.all)

    # The comparison saw timestamps: the enriched task carries them on both sides.
    first = next(task for task in theirs["tasks"] if task["taskArn"] == fargate.tagged[0])
    assert first["createdAt"] == fargate.created_at

    by_arn = {task.task_arn: task for task in ours.tasks or []}
    if include:
        for arn in fargate.tagged:
            assert [(tag.key, tag.value) for tag in by_arn[arn].tags or []] == [(t["key"], t["value"]) for t in TAGS]
        assert by_arn[fargate.untagged].tags == []
    else:
        assert all("tags" not in task for task in theirs["tasks"])
        assert all(task.tags is None for task in by_arn.values())


def test_describe_tasks_typed_view_of_moto_answer(moto: MotoServer, fargate: Fargate) -> None:
    with _ecs_client(moto) as client:
        result = client.describe_tasks(
            tasks=fargate.tagged, cluster=fargate.cluster_arn, include=[models.TaskField.TAGS]
        )
    task = next(task for task in result.tasks or [] if task.task_arn == fargate.tagged[0])
    assert task.launch_type == models.LaunchType.FARGATE
    assert task.cluster_arn == fargate.cluster_arn
    assert task.created_at == fargate.created_at
    assert task.started_at == fargate.created_at + dt.timedelta(seconds=17)
    assert task.pull_started_at == fargate.created_at + dt.timedelta(seconds=3, milliseconds=250)
    assert task.version == 3
    assert task.connectivity == models.Connectivity.CONNECTED
    assert task.started_by == "peer-test"
    assert task.attachments and task.attachments[0].type == "ElasticNetworkInterface"
    details = {detail.name: detail.value for detail in task.attachments[0].details or []}
    assert details["subnetId"].startswith("subnet-") and details["networkInterfaceId"].startswith("eni-")
    assert result.failures == []


async def test_async_client_equals_boto3(moto: MotoServer, fargate: Fargate) -> None:
    theirs = without_metadata(
        moto.boto3("ecs").describe_tasks(cluster=fargate.cluster, tasks=fargate.tagged, include=["TAGS"])
    )
    async with aws_ecs.AsyncEcsClient(
        endpoint_url=moto.url, region=REGION, aws_access_key_id=DUMMY_KEY, aws_secret_access_key=DUMMY_SECRET
    ) as client:
        ours = await client.describe_tasks(tasks=fargate.tagged, cluster=fargate.cluster, include=["TAGS"])
    assert_same_wire(ours.to_wire(), theirs)
    assert len(ours.tasks or []) == 2


def test_missing_cluster_is_cluster_not_found(moto: MotoServer, fargate: Fargate) -> None:
    missing = f"missing-{uuid.uuid4().hex[:8]}"
    with pytest.raises(ClientError) as boto_error:
        moto.boto3("ecs").describe_tasks(cluster=missing, tasks=fargate.tagged)
    assert boto_error.value.response["Error"]["Code"] == "ClusterNotFoundException"

    with _ecs_client(moto) as client, pytest.raises(aws_ecs.ClusterNotFoundException) as caught:
        client.describe_tasks(tasks=fargate.tagged, cluster=missing)
    error = caught.value
    assert isinstance(error, aws_ecs.ApiError)
    assert error.status_code == boto_error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert error.code == "ClusterNotFoundException"
    assert "Cluster not found" in str(error)
    assert error.request_id  # moto sends x-amzn-RequestId


# -- SigV4 verified by moto against IAM ------------------------------------------------------------
@dataclass(frozen=True)
class IamKeys:
    allowed: dict[str, str]  # user with ecs:* allowed
    denied: dict[str, str]  # user without any policy
    role_session: dict[str, str]  # temporary credentials of an assumed role allowed ecs:DescribeTasks


ECS_ALLOWED = json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}
)


@pytest.fixture(scope="module")
def iam_keys(moto: MotoServer, fargate: Fargate) -> IamKeys:
    """Users, keys and a role session, created while moto still accepts any signature."""
    iam, sts = moto.boto3("iam"), moto.boto3("sts")
    suffix = uuid.uuid4().hex[:8]
    iam.create_user(UserName=f"ecs-reader-{suffix}")
    iam.put_user_policy(UserName=f"ecs-reader-{suffix}", PolicyName="ecs", PolicyDocument=ECS_ALLOWED)
    allowed = iam.create_access_key(UserName=f"ecs-reader-{suffix}")["AccessKey"]
    iam.create_user(UserName=f"nobody-{suffix}")
    denied = iam.create_access_key(UserName=f"nobody-{suffix}")["AccessKey"]

    trust = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}],
    }
    role_arn = iam.create_role(RoleName=f"ecs-role-{suffix}", AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
    iam.put_role_policy(RoleName=f"ecs-role-{suffix}", PolicyName="ecs", PolicyDocument=ECS_ALLOWED)
    session = sts.assume_role(RoleArn=role_arn, RoleSessionName="peer-test")["Credentials"]
    return IamKeys(
        allowed={"key": allowed["AccessKeyId"], "secret": allowed["SecretAccessKey"]},
        denied={"key": denied["AccessKeyId"], "secret": denied["SecretAccessKey"]},
        role_session={
            "key": session["AccessKeyId"],
            "secret": session["SecretAccessKey"],
            "token": session["SessionToken"],
        },
    )


def _assert_no_secret(error: BaseException, *secrets: str) -> None:
    rendered = "".join(traceback.format_exception(error)) + repr(error)
    for secret in secrets:
        assert secret not in rendered


def test_signature_accepted_by_moto_iam(moto: MotoServer, fargate: Fargate, iam_keys: IamKeys) -> None:
    with moto.iam_auth():
        with _ecs_client(moto, **iam_keys.allowed) as client:
            result = client.describe_tasks(tasks=fargate.tagged, cluster=fargate.cluster, include=["TAGS"])
        session = iam_keys.role_session
        with aws_ecs.EcsClient(
            endpoint_url=moto.url,
            region=REGION,
            aws_access_key_id=session["key"],
            aws_secret_access_key=session["secret"],
            aws_session_token=session["token"],
        ) as client:
            with_token = client.describe_tasks(tasks=fargate.tagged, cluster=fargate.cluster)
    assert sorted(task.task_arn for task in result.tasks or []) == sorted(fargate.tagged)
    assert sorted(task.task_arn for task in with_token.tasks or []) == sorted(fargate.tagged)


def test_iam_checks_really_apply(moto: MotoServer, fargate: Fargate, iam_keys: IamKeys) -> None:
    """The switch is on for real: a key without ecs permissions is refused (so acceptance above means something)."""
    with moto.iam_auth(), _ecs_client(moto, **iam_keys.denied, max_retries=0) as client:
        with pytest.raises(aws_ecs.ApiError) as caught:
            client.describe_tasks(tasks=fargate.tagged, cluster=fargate.cluster)
    assert caught.value.status_code == 403
    assert caught.value.code == "AccessDenied"
    assert "ecs:DescribeTasks" in str(caught.value)
    _assert_no_secret(caught.value, iam_keys.denied["secret"])


@pytest.mark.parametrize(
    ("credentials", "code", "words"),
    [
        ("wrong-secret", "SignatureDoesNotMatch", "signature"),
        ("unknown-key", "InvalidClientTokenId", "security token"),
        ("wrong-token", "InvalidClientTokenId", "security token"),
    ],
)
def test_rejected_signature_is_typed_error_from_xml(
    moto: MotoServer, fargate: Fargate, iam_keys: IamKeys, credentials: str, code: str, words: str
) -> None:
    session = iam_keys.role_session
    keys: dict[str, Any] = {
        "wrong-secret": {"key": iam_keys.allowed["key"], "secret": "not-the-" + iam_keys.allowed["secret"]},
        "unknown-key": {"key": "AKIAUNKNOWN000000000", "secret": "whatever-secret"},
        "wrong-token": {
            "key": session["key"],
            "secret": session["secret"],
            "aws_session_token": "forged-session-token",
        },
    }[credentials]
    with moto.iam_auth(), _ecs_client(moto, **keys, max_retries=0) as client:
        with pytest.raises(aws_ecs.ApiError) as caught:
            client.describe_tasks(tasks=fargate.tagged, cluster=fargate.cluster)
    error = caught.value
    assert type(error) is aws_ecs.ApiError  # not a documented DescribeTasks error, so the base class
    assert error.status_code == 403
    assert error.code == code
    assert isinstance(error.body, str) and error.body.lstrip().startswith("<?xml")  # moto answers XML here
    assert str(error).startswith(f"DescribeTasks failed with HTTP 403 {code}: ")
    assert words in str(error).lower()
    assert "<" not in error.message  # the XML's <Message>, not the raw page
    _assert_no_secret(error, keys["secret"], session["secret"], session["token"], "forged-session-token")


def test_auth_switch_restored_after_use(moto: MotoServer, fargate: Fargate) -> None:
    """Other tests in this process share moto's globals: after `iam_auth()` any signature is accepted again."""
    with moto.iam_auth():
        pass
    with _ecs_client(moto, key="AKIAUNKNOWN000000000", secret="anything") as client:
        result = client.describe_tasks(tasks=fargate.tagged, cluster=fargate.cluster)
    assert len(result.tasks or []) == 2
