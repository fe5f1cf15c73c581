"""Wire parity with Datadog's official Python client (`datadog-api-client`) for getAwsOnDemandTask.

Both clients are pointed at one small capture server on 127.0.0.1, which records what arrives (method, raw
path, query, headers) and answers with the 200 example documented in the spec. The official client is
the reference for what Datadog's API expects: the same method, path, query, credential headers and Accept.

For the per-site base URLs nothing is sent (there is no network): the official client's URL is taken from
its own request-building code (`Endpoint.call_with_http_info` → `ApiClient.call_api`), stopped just before
its REST layer would open a connection.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from conftest import SPECS
from datadog_agentless_scanning import AgentlessScanningClient, AsyncAgentlessScanningClient
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.v2.api.agentless_scanning_api import AgentlessScanningApi
from loopback import LoopbackServer, QuietHandler

SPEC = yaml.safe_load((SPECS / "datadog" / "agentless_scanning.yaml").read_text(encoding="utf-8"))
SITE = SPEC["servers"][0]["variables"]["site"]
SITES: list[str] = SITE["enum"]
UNSUPPORTED: dict[str, str] = SITE["x-unsupported-values"]
OPERATION = SPEC["paths"]["/api/v2/agentless_scanning/ondemand/aws/{task_id}"]["get"]
OK_BODY = OPERATION["responses"]["200"]["content"]["application/json"]["examples"]["ok"]["value"]
PATH_PREFIX = "/api/v2/agentless_scanning/ondemand/aws/"

API_KEY = "0123456789abcdef0123456789abcdef"
APP_KEY = "0123456789abcdef0123456789abcdef01234567"
TASK_ID = OPERATION["parameters"][0]["example"]
CREDENTIAL_HEADERS = ("dd-api-key", "dd-application-key")


@dataclass(frozen=True)
class Captured:
    method: str
    raw_path: str
    query: str
    headers: list[tuple[str, str]]  # as received: names in their case, repeated names kept

    def header_values(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]


class CaptureServer(LoopbackServer):
    """Records every request and answers 200 with the spec's documented example."""

    def __init__(self) -> None:
        self.requests: list[Captured] = []
        self._lock = threading.Lock()
        capture = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                split = urlsplit(self.path)
                with capture._lock:
                    capture.requests.append(Captured(self.command, split.path, split.query, list(self.headers.items())))
                self.reply(200, json.dumps(OK_BODY).encode())

        super().__init__(Handler)

    def take(self) -> Captured:
        with self._lock:
            assert len(self.requests) == 1, self.requests
            return self.requests.pop()


@pytest.fixture
def server() -> Iterator[CaptureServer]:
    with CaptureServer() as capture:
        yield capture


def official_call(configuration: Configuration, task_id: str) -> Any:
    with ApiClient(configuration) as api_client:
        return AgentlessScanningApi(api_client).get_aws_on_demand_task(task_id=task_id)


def official_keys() -> dict[str, str]:
    return {"apiKeyAuth": API_KEY, "appKeyAuth": APP_KEY}


def assert_same_request(ours: Captured, official: Captured) -> None:
    assert ours.method == official.method == "GET"
    assert ours.raw_path == official.raw_path
    assert ours.query == official.query == ""
    for name in CREDENTIAL_HEADERS:
        assert len(official.header_values(name)) == 1
        assert ours.header_values(name) == official.header_values(name)
    assert ours.header_values("Accept") == official.header_values("Accept") == ["application/json"]
    # A GET without a body: neither sends a body's headers.
    for name in ("Content-Type", "Content-Length", "Transfer-Encoding"):
        assert ours.header_values(name) == official.header_values(name) == []


# -- the request --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "task_id",
    [
        TASK_ID,
        "a/b c",  # a slash must not add a path segment; a space is %20 (RFC 3986 has no '+' for space in paths)
        "x?y#z%&+;=@:~!$'()*,",  # every gen-delim and sub-delim of RFC 3986 §2.2, '%' itself, and '~'
        "tâche-é",  # non-ASCII: UTF-8 then percent-encoded (RFC 3986 §2.5)
    ],
)
def test_request_equals_the_official_clients(server: CaptureServer, task_id: str) -> None:
    result = official_call(Configuration(host=server.url, api_key=official_keys()), task_id)
    official = server.take()
    assert result.to_dict() == OK_BODY

    with AgentlessScanningClient(base_url=server.url, api_key=API_KEY, app_key=APP_KEY) as client:
        response = client.get_aws_on_demand_task(task_id=task_id)
    ours = server.take()

    assert_same_request(ours, official)
    # Both put the whole id in the one last segment, percent-encoding everything but RFC 3986's unreserved
    # characters (ALPHA / DIGIT / "-" / "." / "_" / "~"), so the server reads back exactly the id given.
    segment = ours.raw_path.removeprefix(PATH_PREFIX)
    assert "/" not in segment and re.fullmatch(r"(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})+", segment)
    assert unquote(segment) == task_id
    assert response.model_dump(mode="json", by_alias=True, exclude_unset=True) == OK_BODY


def test_dot_segment_ids_stay_in_their_segment_unlike_the_official_client(server: CaptureServer) -> None:
    """An id of `..` differs, and ours is the correct one.

    The official client quotes the id with `quote(safe="")`, which leaves `.` alone (it is unreserved), and
    urllib3 then removes dot segments from the URL (RFC 3986 §5.2.4), so the official request for task `..`
    arrives as GET /api/v2/agentless_scanning/ondemand/: another resource altogether. Ours percent-encodes
    the dots of a dot segment (`%2E%2E`, RFC 3986 §2.3 allows encoding unreserved characters; a `%2E` is
    not a dot segment to a URL normaliser), so the request still addresses the task `..` in the same place
    as every other id.
    """
    official_call(Configuration(host=server.url, api_key=official_keys()), "..")
    official = server.take()
    assert official.raw_path == "/api/v2/agentless_scanning/ondemand/"

    with AgentlessScanningClient(base_url=server.url, api_key=API_KEY, app_key=APP_KEY) as client:
        client.get_aws_on_demand_task(task_id="..")
        client.get_aws_on_demand_task(task_id=".")
    dot_dot, dot = server.requests
    assert dot_dot.raw_path == PATH_PREFIX + "%2E%2E" and unquote(dot_dot.raw_path.removeprefix(PATH_PREFIX)) == ".."
    assert dot.raw_path == PATH_PREFIX + "%2E" and unquote(dot.raw_path.removeprefix(PATH_PREFIX)) == "."


async def test_async_client_sends_the_official_request(server: CaptureServer) -> None:
    # The official async client needs aiosonic, which is not installed; its request is the sync client's
    # (both share ApiClient.call_api, which builds the URL and headers).
    official_call(Configuration(host=server.url, api_key=official_keys()), "a/b c")
    official = server.take()
    async with AsyncAgentlessScanningClient(base_url=server.url, api_key=API_KEY, app_key=APP_KEY) as client:
        response = await client.get_aws_on_demand_task(task_id="a/b c")
    assert_same_request(server.take(), official)
    assert response.data is not None and response.data.id == OK_BODY["data"]["id"]


# -- URLs of each site --------------------------------------------------------------------------------


class _Built(Exception):
    def __init__(self, method: str, url: str) -> None:
        self.method, self.url = method, url


class _UrlOnlyApiClient(ApiClient):  # type: ignore[misc]
    """The official client up to the point where it would send: its REST layer gets the finished URL."""

    def _call_api(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        raise _Built(method, url)


def official_url(configuration: Configuration, task_id: str) -> str:
    with _UrlOnlyApiClient(configuration) as api_client, pytest.raises(_Built) as built:
        AgentlessScanningApi(api_client).get_aws_on_demand_task(task_id=task_id)
    assert built.value.method == "GET"
    return built.value.url


def test_spec_lists_the_sites_of_the_page() -> None:
    assert len(SITES) == 8 and SITE["default"] == "datadoghq.com"
    assert sorted(UNSUPPORTED) == ["ddog-gov.com", "us2.ddog-gov.com"]


@pytest.mark.parametrize("site", [s for s in SITES if s not in UNSUPPORTED])
def test_url_for_each_supported_site_equals_the_official_clients(site: str) -> None:
    expected = official_url(Configuration(server_variables={"site": site}, api_key=official_keys()), "a/b c")
    assert expected == f"https://api.{site}{PATH_PREFIX}a%2Fb%20c"
    client = AgentlessScanningClient(site=site, api_key=API_KEY, app_key=APP_KEY)
    try:
        assert client.base_url == f"https://api.{site}"
        assert client.base_url + PATH_PREFIX + "a%2Fb%20c" == expected
    finally:
        client.close()


@pytest.mark.parametrize("site", sorted(UNSUPPORTED))
def test_unsupported_sites_are_refused_with_the_pages_message(site: str) -> None:
    # The official client is generated from Datadog's whole API and knows these sites...
    assert official_url(Configuration(server_variables={"site": site}, api_key=official_keys()), TASK_ID).startswith(
        f"https://api.{site}/"
    )
    # ...but the page says this product is not available there: ours says so before anything is sent.
    with pytest.raises(ValueError, match=re.escape(UNSUPPORTED[site])):
        AgentlessScanningClient(site=site, api_key=API_KEY, app_key=APP_KEY)
    with pytest.raises(ValueError, match=re.escape(UNSUPPORTED[site])):
        AsyncAgentlessScanningClient(site=site, api_key=API_KEY, app_key=APP_KEY)


def test_default_site_is_the_same() -> None:
    expected = official_url(Configuration(api_key=official_keys()), TASK_ID)
    with AgentlessScanningClient(api_key=API_KEY, app_key=APP_KEY) as client:
        assert client.base_url + PATH_PREFIX + TASK_ID == expected == f"https://api.datadoghq.com{PATH_PREFIX}{TASK_ID}"


# -- DD_SITE, DD_API_KEY, DD_APP_KEY --------------------------------------------------------------------


def test_environment_variables_are_honoured_like_the_official_client(
    server: CaptureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DD_SITE", "us5.datadoghq.com")
    monkeypatch.setenv("DD_API_KEY", API_KEY)
    monkeypatch.setenv("DD_APP_KEY", APP_KEY)

    # The site: the official Configuration reads DD_SITE into server_variables["site"].
    official_configuration = Configuration()
    assert official_configuration.server_variables == {"site": "us5.datadoghq.com"}
    expected = official_url(official_configuration, TASK_ID)
    with AgentlessScanningClient() as client:
        assert (
            client.base_url + PATH_PREFIX + TASK_ID
            == expected
            == f"https://api.us5.datadoghq.com{PATH_PREFIX}{TASK_ID}"
        )
    # Here they differ: the official Configuration lets DD_SITE override the site it was given; ours lets
    # the argument win, as it does for the keys (and as the official client does for the keys, below).
    assert official_url(Configuration(server_variables={"site": "datadoghq.eu"}), TASK_ID).startswith(
        "https://api.us5."
    )
    with AgentlessScanningClient(site="datadoghq.eu") as client:
        assert client.base_url == "https://api.datadoghq.eu"

    # The keys: both read DD_API_KEY and DD_APP_KEY when no key is given.
    official_call(Configuration(host=server.url), TASK_ID)
    official = server.take()
    with AgentlessScanningClient(base_url=server.url) as client:
        client.get_aws_on_demand_task(task_id=TASK_ID)
    assert_same_request(server.take(), official)
    assert official.header_values("DD-API-KEY") == [API_KEY] and official.header_values("DD-APPLICATION-KEY") == [
        APP_KEY
    ]

    # A key given as an argument wins over the environment in both.
    official_call(Configuration(host=server.url, api_key={"apiKeyAuth": "argument-api-key"}), TASK_ID)
    official = server.take()
    with AgentlessScanningClient(base_url=server.url, api_key="argument-api-key") as client:
        client.get_aws_on_demand_task(task_id=TASK_ID)
    assert_same_request(server.take(), official)
    assert official.header_values("DD-API-KEY") == ["argument-api-key"]
    assert official.header_values("DD-APPLICATION-KEY") == [APP_KEY]


def test_dd_site_values_where_the_clients_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Assert what is true of each, so a change on either side shows up here."""
    # DD_SITE set to the web host of a site (as the page's table names them): the official client refuses it
    # when it builds the URL; ours maps it to the API site (the spec's x-codegen-aliases).
    monkeypatch.setenv("DD_SITE", "app.datadoghq.eu")
    with pytest.raises(ValueError, match="invalid value"):
        official_url(Configuration(api_key=official_keys()), TASK_ID)
    with AgentlessScanningClient(api_key=API_KEY, app_key=APP_KEY) as client:
        assert client.base_url == "https://api.datadoghq.eu"

    # An unsupported site from DD_SITE: the message names the variable it came from.
    monkeypatch.setenv("DD_SITE", "ddog-gov.com")
    with pytest.raises(
        ValueError, match=r"^DD_SITE='ddog-gov.com' is not supported: " + re.escape(UNSUPPORTED["ddog-gov.com"])
    ):
        AgentlessScanningClient(api_key=API_KEY, app_key=APP_KEY)

    # A site neither the page nor the client knows is refused by both.
    monkeypatch.setenv("DD_SITE", "datadoghq.example")
    with pytest.raises(ValueError):
        official_url(Configuration(api_key=official_keys()), TASK_ID)
    with pytest.raises(ValueError, match="unknown DD_SITE 'datadoghq.example'"):
        AgentlessScanningClient(api_key=API_KEY, app_key=APP_KEY)


def test_missing_keys(server: CaptureServer) -> None:
    # The official client sends the request without the missing header; ours refuses to build such a client.
    official_call(Configuration(host=server.url, api_key={"appKeyAuth": APP_KEY}), TASK_ID)
    official = server.take()
    assert official.header_values("DD-API-KEY") == [] and official.header_values("DD-APPLICATION-KEY") == [APP_KEY]
    with pytest.raises(ValueError, match="missing credential: pass api_key=... or set DD_API_KEY"):
        AgentlessScanningClient(app_key=APP_KEY)
    with pytest.raises(ValueError, match="missing credential: pass app_key=... or set DD_APP_KEY"):
        AgentlessScanningClient(api_key=API_KEY)
