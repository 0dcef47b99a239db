"""Page classes returned by list methods: iterate them to walk every item across pages.

- `SyncPage` / `AsyncPage`: the whole list in one answer (`data`, `object`); never a next page.
- `SyncCursorPage` / `AsyncCursorPage`: `data`, `has_more`; the next page asks `after=<id of the last item>`.
- `SyncConversationCursorPage` / `AsyncConversationCursorPage`: `data`, `has_more`, `last_id` -> `after=last_id`.
- `SyncNextCursorPage` / `AsyncNextCursorPage`: `data`, `has_more`, `next` -> `after=next`.
"""

from __future__ import annotations

from typing import Any, List, Generic, TypeVar, Optional, cast

from typing_extensions import Protocol, override, runtime_checkable

from ._pages import PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = [
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncConversationCursorPage",
    "AsyncConversationCursorPage",
    "SyncNextCursorPage",
    "AsyncNextCursorPage",
]

_T = TypeVar("_T")


@runtime_checkable
class CursorPageItem(Protocol):
    id: Optional[str]


def _cursor_after_last_item(data: List[Any]) -> Optional[PageInfo]:
    if not data:
        return None
    item = cast(Any, data[-1])
    if not isinstance(item, CursorPageItem) or item.id is None:
        # Without an id there is no cursor to continue from.
        return None
    return PageInfo(params={"after": item.id})


class SyncPage(BaseSyncPage[_T], Generic[_T]):
    """A list answered in one page."""

    data: List[_T]
    object: str

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def next_page_info(self) -> None:
        return None


class AsyncPage(BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    object: str

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def next_page_info(self) -> None:
        return None


class SyncCursorPage(BaseSyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return _cursor_after_last_item(self.data)


class AsyncCursorPage(BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return _cursor_after_last_item(self.data)


class SyncConversationCursorPage(BaseSyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        last_id = self.last_id
        if not last_id:
            return None
        return PageInfo(params={"after": last_id})


class AsyncConversationCursorPage(BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        last_id = self.last_id
        if not last_id:
            return None
        return PageInfo(params={"after": last_id})


class SyncNextCursorPage(BaseSyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        cursor = self.next
        if not cursor:
            return None
        return PageInfo(params={"after": cursor})


class AsyncNextCursorPage(BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        return data if data else []

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        cursor = self.next
        if not cursor:
            return None
        return PageInfo(params={"after": cursor})
