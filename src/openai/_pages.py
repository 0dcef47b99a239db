"""Page machinery shared by every page class of `openai.pagination`.

Package-internal API:

- `BasePage[T]`: a model with private `_client`, `_model` (item type) and `_options` (the request options
  of the request that produced it), set by the client through `_set_private_attributes(...)`. Subclasses
  say how to get their items (`_get_page_items`) and the next page (`next_page_info() -> PageInfo | None`).
- `BaseSyncPage` / `BaseAsyncPage`: `has_next_page()`, `get_next_page()`, `iter_pages()`, and iteration
  over every item of every page (lazily: a page is fetched when the previous one is exhausted).
- `PageInfo(params=... | url=...)`: how to ask for the next page. The next request is the original one
  (same headers, query, timeout, retries) with these params merged in (`_info_to_options`).
- `AsyncPaginator`: what `await client.x.list()` / `async for item in client.x.list()` use.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    List,
    Type,
    Union,
    Generic,
    TypeVar,
    Iterator,
    Optional,
    Generator,
    AsyncIterator,
    cast,
)

import httpx
from pydantic import PrivateAttr
from typing_extensions import override

from ._models import GenericModel

if TYPE_CHECKING:
    from ._request_options import FinalRequestOptions

__all__ = ["PageInfo", "BasePage", "BaseSyncPage", "BaseAsyncPage", "AsyncPaginator"]

_T = TypeVar("_T")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


class PageInfo:
    """Where the next page is: extra query params (cursor pagination) or a full URL."""

    url: Optional[httpx.URL]
    params: Optional[dict[str, object]]

    def __init__(self, *, url: Optional[httpx.URL] = None, params: Optional[dict[str, object]] = None) -> None:
        self.url = url
        self.params = params

    @override
    def __repr__(self) -> str:
        if self.url is not None:
            return f"{self.__class__.__name__}(url={self.url})"
        return f"{self.__class__.__name__}(params={self.params})"


class BasePage(GenericModel, Generic[_T]):
    _options: Any = PrivateAttr()
    _model: Type[_T] = PrivateAttr()  # pyright: ignore[reportIncompatibleVariableOverride]

    def has_next_page(self) -> bool:
        items = self._get_page_items()
        if not items:
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError

    def _params_from_url(self, url: httpx.URL) -> httpx.QueryParams:
        return httpx.QueryParams(self._options.params).merge(url.params)

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        """The original request options with the next page's cursor merged in."""
        options = self._options.copy()
        # A page parsed from `.with_raw_response` / `.with_streaming_response` fetches its next pages as
        # plain pages: without this, iterating it would hand back raw responses instead of items.
        options._strip_raw_response_header()  # pyright: ignore[reportPrivateUsage]
        if info.params is not None:
            options.params = {**options.params, **info.params}
            return cast("FinalRequestOptions", options)
        if info.url is not None:
            params = self._params_from_url(info.url)
            options.params = dict(params)
            options.url = str(info.url.copy_with(params=None))
            return cast("FinalRequestOptions", options)
        raise ValueError("Unexpected PageInfo state")


class BaseSyncPage(BasePage[_T], Generic[_T]):
    _client: Any = PrivateAttr()

    def _set_private_attributes(self, *, client: Any, model: Type[_T], options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    # Iterating a page walks every item of this page and the ones after it (pydantic's
    # field iteration is not useful on a page).
    @override
    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self: SyncPageT) -> Iterator[SyncPageT]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self: SyncPageT) -> SyncPageT:
        info = self.next_page_info()
        if not info:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._info_to_options(info)
        return cast(SyncPageT, _request_page(self._client, self._model, type(self), options))


def _request_page(client: Any, model: Any, page_cls: Any, options: Any) -> Any:
    request_api_list = getattr(client, "_request_api_list", None)
    if request_api_list is not None:
        return request_api_list(model, page_cls, options)
    page = client.request(page_cls, options)
    page._set_private_attributes(client=client, model=model, options=options)
    return page


async def _async_request_page(client: Any, model: Any, page_cls: Any, options: Any) -> Any:
    request_api_list = getattr(client, "_request_api_list", None)
    if request_api_list is not None:
        return await request_api_list(model, page_cls, options)
    page = await client.request(page_cls, options)
    page._set_private_attributes(client=client, model=model, options=options)
    return page


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """`await` it for the first page, or `async for` over every item of every page."""

    def __init__(self, client: Any, options: FinalRequestOptions, page_cls: Type[AsyncPageT], model: Type[_T]) -> None:
        self._model = model
        self._client = client
        self._options = options
        self._page_cls = page_cls

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        # A copy: awaiting the same paginator twice must not share (mutated) options.
        return cast(
            AsyncPageT, await _async_request_page(self._client, self._model, self._page_cls, self._options.copy())
        )

    async def __aiter__(self) -> AsyncIterator[_T]:
        page: AsyncPageT = await self
        async for item in page:
            yield item


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    _client: Any = PrivateAttr()

    def _set_private_attributes(self, *, model: Type[_T], client: Any, options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self: AsyncPageT) -> AsyncIterator[AsyncPageT]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self: AsyncPageT) -> AsyncPageT:
        info = self.next_page_info()
        if not info:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._info_to_options(info)
        return cast(AsyncPageT, await _async_request_page(self._client, self._model, type(self), options))


PageT = Union[BaseSyncPage[Any], BaseAsyncPage[Any]]
