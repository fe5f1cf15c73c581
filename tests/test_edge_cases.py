"""The edge-case spec (tests/specs/edge_cases.yaml) on the wire: parameter styles, cookies, multipart,
form, binary and text bodies, discriminated unions, recursion, 204 and default responses."""

from __future__ import annotations

import importlib
import inspect
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import pytest
from conftest import GeneratedPackages

from generator.pipeline import REPO, generate

SPEC = REPO / "tests" / "specs" / "edge_cases.yaml"


@pytest.fixture(scope="module")
def edge(tmp_path_factory: pytest.TempPathFactory, generated_packages: GeneratedPackages):
    out = tmp_path_factory.mktemp("edge") / "generated"
    with generated_packages.generate(SPEC, out) as edge_cases:
        from edge_cases.testing import FakeEdgeCasesServer

        with FakeEdgeCasesServer() as server:
            client = edge_cases.EdgeCasesClient(base_url=server.url, bearer="tok-123", max_retries=0)
            yield edge_cases, client, server
            client.close()


def test_query_header_and_cookie_styles(edge) -> None:
    package, client, server = edge
    server.respond("search", body=[{"kind": "circle", "radius": 1.5}, {"kind": "square", "side": 2}])
    shapes = client.search(
        q="x y",
        tags=["a", "b"],
        ids=[1, 2],
        piped=["p", "q"],
        filter_={"color": "red"},
        x_trace=["t1", "t2"],
        session="s;1",
        when=datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC),
        flag=True,
    )
    sent = server.requests[-1]
    assert sent.query == [
        ("q", "x y"),
        ("tags", "a"),
        ("tags", "b"),
        ("ids", "1,2"),
        ("piped", "p|q"),
        ("filter[color]", "red"),
        ("when", "2025-02-03T04:05:06+00:00"),
        ("flag", "true"),
    ]
    assert sent.headers["x-trace"] == "t1,t2"
    assert sent.headers["cookie"] == "session=s%3B1"
    assert sent.headers["authorization"] == "Bearer tok-123"
    assert [type(shape.root).__name__ for shape in shapes] == ["Circle", "Square"]
    assert shapes[0].root.radius == 1.5


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"limit": 0}, "limit=0 must be at least 1"),
        ({"limit": 101}, "limit=101 must be at most 100"),
        ({"ratio": 0}, "ratio=0 must be greater than 0"),
        ({"ratio": 0.7}, "ratio=0.7 must be a multiple of 0.5"),
        ({"ids": [1, 2, 3, 4]}, "ids must have at most 3 item"),
        ({"ids": [1, 1]}, "ids must not repeat items"),
    ],
)
def test_ranges_and_item_counts_are_checked_before_sending(edge, arguments: dict, message: str) -> None:
    package, client, server = edge
    before = len(server.requests)
    with pytest.raises(package.ParamValidationError, match=message):
        client.search(q="x", **arguments)
    assert len(server.requests) == before
    server.respond("search", body=[])
    assert client.search(q="x", limit=100, ratio=1.5, ids=[1, 2, 3]) == []
    assert ("limit", "100") in server.requests[-1].query and ("ratio", "1.5") in server.requests[-1].query


async def test_a_204_beside_a_200_gives_none(edge) -> None:
    package, client, server = edge
    server.respond("getTree", status=204, raw=b"")
    assert client.get_tree(name="oak") is None
    server.respond("getTree", body={"name": "oak"})
    tree = client.get_tree(name="oak")
    assert isinstance(tree, package.models.Node) and tree.name == "oak"
    server.respond("getTree", status=204, raw=b"")
    async with package.AsyncEdgeCasesClient(base_url=server.url, bearer="tok-123", max_retries=0) as asynchronous:
        assert await asynchronous.get_tree(name="oak") is None
    assert inspect.signature(package.EdgeCasesClient.get_tree).return_annotation == "models.Node | None"


def test_one_status_with_different_bodies_per_operation_parses_either(edge) -> None:
    package, client, server = edge
    server.respond("getTree", status=404, body={"resource": "tree", "title": "no oak"})
    with pytest.raises(package.NotFoundError) as tree:
        client.get_tree(name="oak")
    assert isinstance(tree.value.data, package.models.Missing) and tree.value.data.resource == "tree"
    assert tree.value.title == "no oak"  # a field both bodies have keeps its accessor
    server.respond("downloadFile", status=404, body={"title": "no file", "status": 404})
    with pytest.raises(package.NotFoundError) as file:
        client.download_file(name="x")
    assert isinstance(file.value.data, package.models.Problem) and file.value.data.status == 404


def test_read_only_properties_are_not_arguments_and_write_only_ones_are_not_expected_back(edge) -> None:
    package, client, server = edge
    arguments = inspect.signature(package.EdgeCasesClient.create_user).parameters
    assert "id_" not in arguments and "id" not in arguments
    assert arguments["password"].default is inspect.Parameter.empty  # required when sending
    server.respond("createUser", status=201, body={"id": 7, "name": "ann"})  # no password comes back
    user = client.create_user(name="ann", password="s3cret")
    assert server.requests[-1].json() == {"name": "ann", "password": "s3cret"}
    assert user.id == 7 and user.password is None


def test_a_nullable_enum_is_open_and_takes_null(edge) -> None:
    package, _, _ = edge
    node = package.models.Node.model_validate({"name": "oak", "state": "felled"}, by_alias=True, by_name=False)
    assert node.state == "felled" and node.to_wire() == {"name": "oak", "state": "felled"}  # a value added later
    assert package.models.Node.model_validate({"name": "oak", "state": None}).state is None
    assert package.models.Node(name="oak", state="grown").state is package.models.State.GROWN


def test_minimum_length_is_checked_before_sending(edge) -> None:
    package, client, server = edge
    before = len(server.requests)
    with pytest.raises(package.ParamValidationError, match="at least 1"):
        client.search(q="")
    assert len(server.requests) == before


def test_multipart_upload_and_binary_download(edge) -> None:
    package, client, server = edge
    server.respond("uploadFile", status=201, body={"size": 2})
    stored = client.upload_file(name="a b/c", file=b"\x00\xff", comment="hi")
    sent = server.requests[-1]
    assert sent.path == "/files/a%20b%2Fc" and sent.method == "PUT"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"' in sent.body and b"\x00\xff" in sent.body and b'name="comment"' in sent.body
    assert stored.size == 2
    server.respond("uploadFile", status=201, body={"size": 4})
    when = datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)
    client.upload_file(name="n", file=b"f", extras=[b"\x01", b"\x02"], info={"taken": when})
    parts = server.requests[-1].body.split(b"--" + server.requests[-1].headers["content-type"].split("=")[1].encode())
    extras = [part for part in parts if b'name="extras"' in part]
    assert len(extras) == 2 and extras[0].endswith(b"\x01\r\n") and extras[1].endswith(b"\x02\r\n")
    [info] = [part for part in parts if b'name="info"' in part]
    assert b'{"taken":"2025-02-03T04:05:06Z"}' in info
    server.respond("downloadFile", raw=b"\x89PNG\x00")
    assert client.download_file(name="x") == b"\x89PNG\x00"


def test_form_body_and_text_response(edge) -> None:
    package, client, server = edge
    server.respond("login", raw=b"token-abc")
    assert client.login(user="u", scopes=["a", "b"]) == "token-abc"
    sent = server.requests[-1]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(sent.body.decode()) == [("user", "u"), ("scopes", "a"), ("scopes", "b")]
    assert "authorization" not in sent.headers  # `security: []`: the sign-in call carries no credential
    server.respond("login", raw=b"token-def")
    client.login(user="u", metadata={"plan": "pro"}, items=[{"price": "p1", "quantity": 2}], extra={"a": "b"})
    assert parse_qsl(server.requests[-1].body.decode()) == [
        ("user", "u"),
        ("metadata[plan]", "pro"),  # encoding: deepObject, as Stripe's API takes it
        ("items[0][price]", "p1"),
        ("items[0][quantity]", "2"),
        ("extra", '{"a":"b"}'),  # no encoding given: an object travels as JSON text
    ]


def test_a_client_for_sign_in_calls_needs_no_credential(edge) -> None:
    package, _, server = edge
    with package.EdgeCasesClient(base_url=server.url, max_retries=0) as anonymous:  # no bearer, no api_key
        server.respond("login", raw=b"token-xyz")
        assert anonymous.login(user="u") == "token-xyz"
    assert "authorization" not in server.requests[-1].headers
    assert all(name != "api_key" for name, _ in server.requests[-1].query)


def test_recursive_body_no_content_response_and_default_error(edge) -> None:
    package, client, server = edge
    server.respond("plantTree", status=204, raw=b"")
    assert (
        client.plant_tree(name="root", children=[{"name": "kid", "children": []}], labels={"x": 1}, note=None) is None
    )
    assert server.requests[-1].json() == {
        "name": "root",
        "children": [{"name": "kid", "children": []}],
        "labels": {"x": 1},
    }
    server.respond("search", status=500, body={"title": "boom", "status": 500})
    with pytest.raises(package.ApiError) as raised:
        client.search(q="x")
    assert raised.value.status_code == 500 and raised.value.body == {"title": "boom", "status": 500}


def test_operation_servers_apply_unless_the_user_chose_the_base_url(edge) -> None:
    package, _, _ = edge
    chosen = package.EdgeCasesClient(bearer="t")
    assert chosen.base_url == "https://prod.edge.example/v1"
    staging = package.EdgeCasesClient(bearer="t", env="staging")
    assert staging.base_url == "https://staging.edge.example/v1"
    with pytest.raises(ValueError, match="unknown env"):
        package.EdgeCasesClient(bearer="t", env="dev")
    from edge_cases import _operations

    prepared = _operations.plant_tree(name="x")
    assert chosen._settings.url_for(prepared).host == "trees.edge.example"


def test_a_waiter_can_succeed_on_an_error(edge, monkeypatch: pytest.MonkeyPatch) -> None:
    package, client, server = edge
    waiters = importlib.import_module("edge_cases._runtime.waiters")  # loaded at the first wait, not with the client
    slept: list[float] = []
    monkeypatch.setattr(waiters, "default_sleep", slept.append)
    before = len(server.requests)
    server.respond("downloadFile", raw=b"still here", times=2)
    server.respond("downloadFile", status=404, body={"title": "gone", "status": 404})
    assert client.wait_until_file_deleted(name="x") is None
    assert len(server.requests) - before == 3 and len(slept) == 2


def test_the_edge_case_client_passes_mypy_strict(tmp_path) -> None:
    from test_hostile import mypy_strict

    generate([SPEC], tmp_path / "out")
    mypy_strict(tmp_path / "out")
