"""The ECS workflow against moto's ECS server with signature checking on: run_task starts FARGATE tasks,
paginate_list_tasks yields exactly the ARNs boto3's paginator yields, describe_tasks and wait_until_tasks_running
follow, stop_task stops them. moto answers ListTasks in one page whatever maxResults says; the paging itself is
compared with boto3's paginator against a loopback server in tests/test_pagination.py."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from typing import Any

import aws_ecs
import pytest
from aws_support import REGION, MotoServer, clean_aws_environment


@pytest.fixture(scope="module")
def moto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MotoServer]:
    with clean_aws_environment(str(tmp_path_factory.mktemp("aws"))), MotoServer() as server:
        with server.frozen_task_states():  # moto starts tasks RUNNING and moves them on at every DescribeTasks
            yield server


@pytest.fixture(scope="module")
def fargate(moto: MotoServer) -> dict[str, Any]:
    """A cluster, a FARGATE task definition and an awsvpc network, made by boto3 (as tests/test_aws_moto.py)."""
    ec2, ecs = moto.boto3("ec2"), moto.boto3("ecs")
    vpc = ec2.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"]
    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": True})
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.9.1.0/24", AvailabilityZone=f"{REGION}a")["Subnet"]["SubnetId"]
    group = ec2.create_security_group(GroupName=f"sg-{uuid.uuid4().hex[:8]}", Description="tasks", VpcId=vpc)["GroupId"]
    cluster = f"flow-{uuid.uuid4().hex[:12]}"
    ecs.create_cluster(clusterName=cluster)
    definition = ecs.register_task_definition(
        family=f"web-{uuid.uuid4().hex[:8]}",
        networkMode="awsvpc",
        requiresCompatibilities=["FARGATE"],
        cpu="256",
        memory="512",
        containerDefinitions=[{"name": "web", "image": "nginx", "essential": True, "cpu": 256, "memory": 512}],
    )["taskDefinition"]["taskDefinitionArn"]
    network = {"awsvpcConfiguration": {"subnets": [subnet], "securityGroups": [group], "assignPublicIp": "ENABLED"}}
    # an IAM user allowed ECS, made while moto still accepts any signature: with checking on, its key must verify
    iam, user = moto.boto3("iam"), f"ecs-operator-{uuid.uuid4().hex[:8]}"
    iam.create_user(UserName=user)
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}
    iam.put_user_policy(UserName=user, PolicyName="ecs", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName=user)["AccessKey"]
    keys = {"key": key["AccessKeyId"], "secret": key["SecretAccessKey"]}
    return {"cluster": cluster, "task_definition": definition, "network": network, "keys": keys}


def client(moto: MotoServer, keys: dict[str, str]) -> aws_ecs.EcsClient:
    return aws_ecs.EcsClient(
        endpoint_url=moto.url, region=REGION, aws_access_key_id=keys["key"], aws_secret_access_key=keys["secret"]
    )


def boto3_arns(moto: MotoServer, keys: dict[str, str], **arguments: Any) -> list[str]:
    paginator = moto.boto3("ecs", key=keys["key"], secret=keys["secret"]).get_paginator("list_tasks")
    return [arn for page in paginator.paginate(**arguments) for arn in page["taskArns"]]


def test_run_list_describe_wait_stop(moto: MotoServer, fargate: dict[str, Any]) -> None:
    cluster = fargate["cluster"]
    with moto.iam_auth(), client(moto, fargate["keys"]) as ecs:
        started = ecs.run_task(
            cluster=cluster,
            task_definition=fargate["task_definition"],
            launch_type="FARGATE",
            count=3,
            network_configuration=fargate["network"],
        )
        assert started.failures == []
        arns = [task.task_arn for task in started.tasks or [] if task.task_arn]
        assert len(arns) == 3

        ours = list(ecs.paginate_list_tasks(cluster=cluster, max_results=10).items())
        assert ours == boto3_arns(moto, fargate["keys"], cluster=cluster, PaginationConfig={"PageSize": 10})
        assert sorted(ours) == sorted(arns)
        assert list(ecs.paginate_list_tasks(cluster=cluster, max_results=10, max_items=2).items()) == ours[:2]

        described = ecs.describe_tasks(cluster=cluster, tasks=ours)
        assert sorted(task.task_arn or "" for task in described.tasks or []) == sorted(arns)
        running = ecs.wait_until_tasks_running(cluster=cluster, tasks=ours, delay=0.01, max_wait=30)
        assert {task.last_status for task in running.tasks or []} == {"RUNNING"}

        for arn in arns:
            stopped = ecs.stop_task(cluster=cluster, task=arn, reason="workflow test")
            assert stopped.task is not None and stopped.task.task_arn == arn
            assert stopped.task.desired_status == "STOPPED"


def test_async_paginator_yields_boto3s_arns(moto: MotoServer, fargate: dict[str, Any]) -> None:
    cluster = fargate["cluster"]

    async def collect() -> list[str]:
        async with aws_ecs.AsyncEcsClient(
            endpoint_url=moto.url,
            region=REGION,
            aws_access_key_id=fargate["keys"]["key"],
            aws_secret_access_key=fargate["keys"]["secret"],
        ) as ecs:
            await ecs.run_task(
                cluster=cluster,
                task_definition=fargate["task_definition"],
                launch_type="FARGATE",
                count=2,
                network_configuration=fargate["network"],
            )
            return [arn async for arn in ecs.paginate_list_tasks(cluster=cluster, max_results=10).items()]

    with moto.iam_auth():
        ours = asyncio.run(collect())
        assert ours == boto3_arns(moto, fargate["keys"], cluster=cluster) and len(ours) >= 2
