"""paginate_<method>: the generated paginators against the fake server and against a loopback server that pages
by nextToken, compared with boto3's paginator; the runtime's page walk for every paging style."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest
from conftest import RUNTIME_UNDER_TEST, GeneratedPackages
from loopback import LoopbackServer, QuietHandler

pagination = pytest.importorskip(f"{RUNTIME_UNDER_TEST}.pagination")
errors = pytest.importorskip(f"{RUNTIME_UNDER_TEST}.errors")

SPECS = Path(__file__).parent / "specs"
ARNS = [f"arn:aws:ecs:us-east-1:123456789012:task/default/{index:02d}" for index in range(23)]
KEYS = {"region": "us-east-1", "aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "secret"}


@pytest.fixture(scope="module")
def paging(generated_packages: GeneratedPackages, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_packages.generate(SPECS / "aws_paging.yaml", tmp_path_factory.mktemp("paging")) as package:
        yield package


# -- the fake server ---------------------------------------------------------------------------------------------
def test_fake_server_pages_its_items_by_token(paging: ModuleType) -> None:
    from aws_paging.testing import FakePagingServer

    with FakePagingServer() as server:
        server.serve_items("ListTasks", ARNS)
        client = paging.PagingClient(endpoint_url=server.url, **KEYS)
        pages = list(client.paginate_list_tasks(cluster="default", max_results=5))
        assert [len(page.task_arns) for page in pages] == [5, 5, 5, 5, 3]
        assert [item for page in pages for item in page.task_arns] == ARNS
        assert list(client.paginate_list_tasks(cluster="default", max_results=10).items()) == ARNS
        sent = [request.json() for request in server.requests[-3:]]
        assert sent == [
            {"cluster": "default", "maxResults": 10},
            {"cluster": "default", "maxResults": 10, "nextToken": "10"},
            {"cluster": "default", "maxResults": 10, "nextToken": "20"},
        ]
        assert all(not request.problems for request in server.requests)


def test_fake_server_pages_its_example_without_served_items(paging: ModuleType) -> None:
    from aws_paging.testing import ROUTES, FakePagingServer

    example = next(route for route in ROUTES if route.operation == "ListTasks").examples["page"][1]["taskArns"]
    with FakePagingServer() as server:
        client = paging.PagingClient(endpoint_url=server.url, **KEYS)
        assert [len(page.task_arns) for page in client.paginate_list_tasks(max_results=2)] == [2, 1]
        assert list(client.paginate_list_tasks(max_results=2).items()) == example


def test_max_items_stops_early_sync_and_async(paging: ModuleType) -> None:
    from aws_paging.testing import FakePagingServer

    with FakePagingServer() as server:
        server.serve_items("ListTasks", ARNS)
        client = paging.PagingClient(endpoint_url=server.url, **KEYS)
        assert list(client.paginate_list_tasks(max_results=5, max_items=7).items()) == ARNS[:7]
        assert len(server.requests) == 2  # the second page reached the budget: no third call
        assert len(list(client.paginate_list_tasks(max_results=5, max_items=7))) == 2
        assert list(client.paginate_list_tasks(max_items=0).items()) == []

        async def collect() -> tuple[list[str], int]:
            async with paging.AsyncPagingClient(endpoint_url=server.url, **KEYS) as async_client:
                items = [arn async for arn in async_client.paginate_list_tasks(max_results=4, max_items=9).items()]
                pages = [page async for page in async_client.paginate_list_tasks(max_results=4)]
                return items, len(pages)

        assert asyncio.run(collect()) == (ARNS[:9], 6)


def test_the_fake_refuses_a_token_it_did_not_hand_out(paging: ModuleType) -> None:
    from aws_paging.testing import FakePagingServer

    with FakePagingServer() as server:
        client = paging.PagingClient(endpoint_url=server.url, **KEYS, max_retries=0)
        with pytest.raises(paging.ApiError, match="not handed out"):
            list(client.paginate_list_tasks(next_token="forged"))


# -- a loopback service that pages by nextToken, and boto3 as the reference --------------------------------------
class ListTasksPeer(QuietHandler):
    """ECS ListTasks over awsJson 1.1, paging ARNS by an opaque nextToken; `repeat` hands back the same token."""

    repeat = False

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        assert self.headers["X-Amz-Target"].endswith(".ListTasks")
        start = int(request.get("nextToken", "tok-0").removeprefix("tok-"))
        end = start + int(request.get("maxResults", 100))
        body: dict[str, Any] = {"taskArns": ARNS[start:end]}
        if end < len(ARNS):
            body["nextToken"] = f"tok-{start if self.repeat else end}"
        self.reply(200, json.dumps(body).encode(), "application/x-amz-json-1.1")


class RepeatingPeer(ListTasksPeer):
    repeat = True


def boto3_items(url: str, **arguments: Any) -> list[str]:
    ecs = boto3.client(
        "ecs", endpoint_url=url, region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="s"
    )
    return [arn for page in ecs.get_paginator("list_tasks").paginate(**arguments) for arn in page["taskArns"]]


def test_ours_and_boto3s_paginators_yield_the_same_items_sync_and_async(paging: ModuleType) -> None:
    with LoopbackServer(ListTasksPeer) as peer:
        expected = boto3_items(peer.url, cluster="default", PaginationConfig={"PageSize": 4})
        assert expected == ARNS
        client = paging.PagingClient(endpoint_url=peer.url, **KEYS)
        assert list(client.paginate_list_tasks(cluster="default", max_results=4).items()) == expected

        async def collect() -> list[str]:
            async with paging.AsyncPagingClient(endpoint_url=peer.url, **KEYS) as async_client:
                return [arn async for arn in async_client.paginate_list_tasks(cluster="default", max_results=4).items()]

        assert asyncio.run(collect()) == expected


def test_a_repeated_token_stops_with_a_pagination_error_sync_and_async(paging: ModuleType) -> None:
    with LoopbackServer(RepeatingPeer) as peer:
        client = paging.PagingClient(endpoint_url=peer.url, **KEYS)
        seen: list[str] = []
        with pytest.raises(paging.PaginationError, match="returned before"):
            seen.extend(client.paginate_list_tasks(max_results=5).items())
        assert seen == ARNS[:5] * 2  # the first page, then the page the repeated token asked for again

        async def walk() -> None:
            async with paging.AsyncPagingClient(endpoint_url=peer.url, **KEYS) as async_client:
                async for _ in async_client.paginate_list_tasks(max_results=5):
                    pass

        with pytest.raises(paging.PaginationError):
            asyncio.run(walk())


# -- the runtime's page walk, every style --------------------------------------------------------------------------
class Page:
    def __init__(self, **attributes: Any) -> None:
        self.__dict__.update(attributes)


def walk_all(config: Any, pages: dict[Any, Any], arguments: dict[str, Any], **options: Any) -> list[dict[str, Any]]:
    """The arguments of every call a walk makes, answering each from `pages` (keyed by the call's position)."""
    walk = pagination.PageWalk(config, arguments, options.get("max_items"))
    calls = []
    while (current := walk.next_arguments()) is not None:
        calls.append(dict(current))
        page, links = pages[options["key"](current)]
        walk.advance(page, links)
    return calls


def test_offset_style_advances_by_the_items_received_and_stops_on_a_short_page() -> None:
    config = pagination.PaginationConfig("List", "offset", input_token="offset", items=("data",), page_size="limit")
    pages = {0: (Page(data=[1, 2]), []), 2: (Page(data=[3, 4]), []), 4: (Page(data=[5]), [])}
    calls = walk_all(config, pages, {"limit": 2, "offset": None}, key=lambda a: a["offset"] or 0)
    assert [call["offset"] for call in calls] == [None, 2, 4]


def test_page_style_counts_from_page_start_and_stops_on_an_empty_page() -> None:
    config = pagination.PaginationConfig("List", "page", input_token="page", items=("data",), page_start=1)
    pages = {None: (Page(data=[1]), []), 2: (Page(data=[2]), []), 3: (Page(data=[]), [])}
    calls = walk_all(config, pages, {"page": None}, key=lambda a: a["page"])
    assert [call["page"] for call in calls] == [None, 2, 3]


def test_cursor_style_stops_on_an_empty_page_even_with_a_cursor() -> None:
    config = pagination.PaginationConfig(
        "List", "cursor", input_token="cursor", output_token=("meta", "after"), items=("data",)
    )
    pages = {
        None: (Page(data=[1], meta=Page(after="a")), []),
        "a": (Page(data=[], meta=Page(after="b")), []),
    }
    calls = walk_all(config, pages, {"cursor": None}, key=lambda a: a["cursor"])
    assert [call["cursor"] for call in calls] == [None, "a"]


def test_link_style_follows_rel_next_into_the_arguments() -> None:
    config = pagination.PaginationConfig(
        "List", "link", link_arguments={"page": ("page", "int"), "per_page": ("per_page", "int")}
    )
    pages = {
        None: ([1], ['<https://api.example/items?page=2&per_page=1>; rel="next", <https://x/?page=9>; rel="last"']),
        2: ([2], ["<https://api.example/items?page=3&per_page=1>; rel=next"]),
        3: ([3], ['<https://api.example/items?page=1&per_page=1>; rel="prev first"']),
    }
    calls = walk_all(config, pages, {"page": None, "q": "x"}, key=lambda a: a["page"])
    assert calls == [
        {"page": None, "q": "x"},
        {"page": 2, "q": "x", "per_page": 1},
        {"page": 3, "q": "x", "per_page": 1},
    ]


def test_a_link_seen_before_is_a_pagination_error() -> None:
    config = pagination.PaginationConfig("List", "link", link_arguments={"page": ("page", "int")})
    loop = ['<https://api.example/items?page=2>; rel="next"']
    with pytest.raises(errors.PaginationError, match="List: the service returned a page token"):
        walk_all(config, {None: ([1], loop), 2: ([2], loop)}, {"page": None}, key=lambda a: a["page"])


def test_a_callers_starting_token_coming_back_is_a_pagination_error() -> None:
    config = pagination.PaginationConfig(
        "List", "token", input_token="next_token", output_token=("next_token",), items=("items",)
    )
    with pytest.raises(errors.PaginationError):
        walk_all(
            config, {"t": (Page(items=[1], next_token="t"), [])}, {"next_token": "t"}, key=lambda a: a["next_token"]
        )


def test_max_items_cuts_the_last_page_and_ends_the_walk() -> None:
    config = pagination.PaginationConfig("List", "token", input_token="t", output_token=("t",), items=("items",))
    walk = pagination.PageWalk(config, {"t": None}, 3)
    assert walk.advance(Page(items=[1, 2], t="a"), []) == [1, 2]
    assert walk.arguments == {"t": "a"}
    assert walk.advance(Page(items=[3, 4], t="b"), []) == [3]
    assert walk.arguments is None
    with pytest.raises(ValueError, match="max_items"):
        pagination.PageWalk(config, {}, -1)


def test_the_package_readme_documents_the_paginator(paging: ModuleType) -> None:
    readme = (Path(paging.__file__).parent / "README.md").read_text()
    assert "Paginator `paginate_list_tasks`" in readme
    assert "sending `nextToken` back as `nextToken`" in readme
    assert "for list_tasks_item in client.paginate_list_tasks(max_items=100).items():" in readme
    assert "Idempotency token: a fresh UUID4 when not given" in readme
