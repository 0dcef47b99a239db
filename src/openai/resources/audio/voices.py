# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Mapping, cast

import httpx

from ... import _legacy_response
from ..._types import Body, Query, Headers, NotGiven, FileTypes, not_given
from ..._utils import extract_files, maybe_transform, deepcopy_minimal, async_maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import to_streamed_response_wrapper, async_to_streamed_response_wrapper
from ...types.audio import voice_create_params
from ..._base_client import make_request_options
from ...types.audio.voice import Voice

__all__ = ["Voices", "AsyncVoices"]


class Voices(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VoicesWithRawResponse:
        return VoicesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VoicesWithStreamingResponse:
        return VoicesWithStreamingResponse(self)

    def create(
        self,
        *,
        audio_sample: FileTypes,
        consent: str,
        name: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Voice:
        """Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The name of the new voice.

          audio_sample: The sample audio recording file. Maximum size is 10 MiB.

            Supported MIME types:
            `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.

          consent: The consent recording ID (for example, `cons_1234`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        body = deepcopy_minimal({"audio_sample": audio_sample, "consent": consent, "name": name})
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["audio_sample"]])
        # The multipart boundary is added by the HTTP layer; this header only selects the encoding.
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/audio/voices",
            body=maybe_transform(body, voice_create_params.VoiceCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Voice,
        )


class AsyncVoices(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        return AsyncVoicesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVoicesWithStreamingResponse:
        return AsyncVoicesWithStreamingResponse(self)

    async def create(
        self,
        *,
        audio_sample: FileTypes,
        consent: str,
        name: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Voice:
        """Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The name of the new voice.

          audio_sample: The sample audio recording file. Maximum size is 10 MiB.

            Supported MIME types:
            `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.

          consent: The consent recording ID (for example, `cons_1234`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        body = deepcopy_minimal({"audio_sample": audio_sample, "consent": consent, "name": name})
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["audio_sample"]])
        # The multipart boundary is added by the HTTP layer; this header only selects the encoding.
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/audio/voices",
            body=await async_maybe_transform(body, voice_create_params.VoiceCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Voice,
        )


class VoicesWithRawResponse:
    def __init__(self, voices: Voices) -> None:
        self._voices = voices

        self.create = _legacy_response.to_raw_response_wrapper(
            voices.create,
        )


class VoicesWithStreamingResponse:
    def __init__(self, voices: Voices) -> None:
        self._voices = voices

        self.create = to_streamed_response_wrapper(
            voices.create,
        )


class AsyncVoicesWithRawResponse:
    def __init__(self, voices: AsyncVoices) -> None:
        self._voices = voices

        self.create = _legacy_response.async_to_raw_response_wrapper(
            voices.create,
        )


class AsyncVoicesWithStreamingResponse:
    def __init__(self, voices: AsyncVoices) -> None:
        self._voices = voices

        self.create = async_to_streamed_response_wrapper(
            voices.create,
        )
