"""`videos.create_and_poll` / `videos.poll`: hand-written methods mixed into the generated `Videos`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from ..._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from .._polling import poll, async_poll

if TYPE_CHECKING:
    from ...types.video import Video
    from ...types.video_size import VideoSize
    from ...types.video_seconds import VideoSeconds
    from ...types.video_model_param import VideoModelParam
    from ...types.video_create_params import InputReference

__all__ = ["SyncHooks", "AsyncHooks"]

# A video is still being made while queued or in progress; completed and failed end the wait.
_PENDING = ("queued", "in_progress")


def _what(video: Any) -> str:
    return f"video {video.id}"


class SyncHooks:
    def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: InputReference | Omit = omit,
        model: VideoModelParam | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_wait_seconds: Optional[float] = None,
    ) -> Video:
        """Create a video and wait until it is completed or failed."""
        video = cast(Any, self).create(
            prompt=prompt,
            input_reference=input_reference,
            model=model,
            seconds=seconds,
            size=size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self.poll(video.id, poll_interval_ms=poll_interval_ms, max_wait_seconds=max_wait_seconds)

    def poll(
        self, video_id: str, *, poll_interval_ms: int | Omit = omit, max_wait_seconds: Optional[float] = None
    ) -> Video:
        """Wait for a video to reach a terminal status (`completed` or `failed`)."""
        resource = cast(Any, self)
        return poll(
            lambda headers: resource.with_raw_response.retrieve(video_id, extra_headers=headers),
            status_of=lambda video: video.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )


class AsyncHooks:
    async def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: InputReference | Omit = omit,
        model: VideoModelParam | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_wait_seconds: Optional[float] = None,
    ) -> Video:
        """Create a video and wait until it is completed or failed."""
        video = await cast(Any, self).create(
            prompt=prompt,
            input_reference=input_reference,
            model=model,
            seconds=seconds,
            size=size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self.poll(video.id, poll_interval_ms=poll_interval_ms, max_wait_seconds=max_wait_seconds)

    async def poll(
        self, video_id: str, *, poll_interval_ms: int | Omit = omit, max_wait_seconds: Optional[float] = None
    ) -> Video:
        """Wait for a video to reach a terminal status (`completed` or `failed`)."""
        resource = cast(Any, self)
        return await async_poll(
            lambda headers: resource.with_raw_response.retrieve(video_id, extra_headers=headers),
            status_of=lambda video: video.status,
            pending=_PENDING,
            what=_what,
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            sleep=resource._sleep,
        )
