# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Mapping, cast

import httpx

from ... import _legacy_response
from ..._types import Body, Omit, Query, Headers, NotGiven, FileTypes, omit, not_given
from ..._utils import extract_files, path_template, maybe_transform, deepcopy_minimal, async_maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import to_streamed_response_wrapper, async_to_streamed_response_wrapper
from ...pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from ...types.audio import voice_consent_list_params, voice_consent_create_params, voice_consent_update_params
from ..._base_client import AsyncPaginator, make_request_options
from ...types.audio.voice_consent import VoiceConsent
from ...types.audio.voice_consent_deleted import VoiceConsentDeleted

__all__ = ["VoiceConsents", "AsyncVoiceConsents"]


class VoiceConsents(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VoiceConsentsWithRawResponse:
        return VoiceConsentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VoiceConsentsWithStreamingResponse:
        return VoiceConsentsWithStreamingResponse(self)

    def create(
        self,
        *,
        language: str,
        name: str,
        recording: FileTypes,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsent:
        """Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The label to use for this consent recording.

          recording: The consent audio recording file. Maximum size is 10 MiB.

            Supported MIME types:
            `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.

          language: The BCP 47 language tag for the consent phrase (for example, `en-US`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        body = deepcopy_minimal({"language": language, "name": name, "recording": recording})
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["recording"]])
        # The multipart boundary is added by the HTTP layer; this header only selects the encoding.
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/audio/voice_consents",
            body=maybe_transform(body, voice_consent_create_params.VoiceConsentCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsent,
        )

    def delete(
        self,
        consent_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsentDeleted:
        """Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._delete(
            path_template("/audio/voice_consents/{consent_id}", consent_id=consent_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsentDeleted,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[VoiceConsent]:
        """List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/audio/voice_consents",
            page=SyncConversationCursorPage[VoiceConsent],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit}, voice_consent_list_params.VoiceConsentListParams
                ),
            ),
            model=VoiceConsent,
        )

    def retrieve(
        self,
        consent_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsent:
        """Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get(
            path_template("/audio/voice_consents/{consent_id}", consent_id=consent_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsent,
        )

    def update(
        self,
        consent_id: str,
        *,
        name: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsent:
        """Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to update.

          name: The updated label for this consent recording.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            path_template("/audio/voice_consents/{consent_id}", consent_id=consent_id),
            body=maybe_transform({"name": name}, voice_consent_update_params.VoiceConsentUpdateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsent,
        )


class AsyncVoiceConsents(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVoiceConsentsWithRawResponse:
        return AsyncVoiceConsentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVoiceConsentsWithStreamingResponse:
        return AsyncVoiceConsentsWithStreamingResponse(self)

    async def create(
        self,
        *,
        language: str,
        name: str,
        recording: FileTypes,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsent:
        """Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The label to use for this consent recording.

          recording: The consent audio recording file. Maximum size is 10 MiB.

            Supported MIME types:
            `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.

          language: The BCP 47 language tag for the consent phrase (for example, `en-US`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        body = deepcopy_minimal({"language": language, "name": name, "recording": recording})
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["recording"]])
        # The multipart boundary is added by the HTTP layer; this header only selects the encoding.
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/audio/voice_consents",
            body=await async_maybe_transform(body, voice_consent_create_params.VoiceConsentCreateParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsent,
        )

    async def delete(
        self,
        consent_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsentDeleted:
        """Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._delete(
            path_template("/audio/voice_consents/{consent_id}", consent_id=consent_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsentDeleted,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[VoiceConsent, AsyncConversationCursorPage[VoiceConsent]]:
        """List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/audio/voice_consents",
            page=AsyncConversationCursorPage[VoiceConsent],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {"after": after, "limit": limit}, voice_consent_list_params.VoiceConsentListParams
                ),
            ),
            model=VoiceConsent,
        )

    async def retrieve(
        self,
        consent_id: str,
        *,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsent:
        """Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._get(
            path_template("/audio/voice_consents/{consent_id}", consent_id=consent_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsent,
        )

    async def update(
        self,
        consent_id: str,
        *,
        name: str,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VoiceConsent:
        """Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to update.

          name: The updated label for this consent recording.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            path_template("/audio/voice_consents/{consent_id}", consent_id=consent_id),
            body=await async_maybe_transform({"name": name}, voice_consent_update_params.VoiceConsentUpdateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VoiceConsent,
        )


class VoiceConsentsWithRawResponse:
    def __init__(self, voice_consents: VoiceConsents) -> None:
        self._voice_consents = voice_consents

        self.create = _legacy_response.to_raw_response_wrapper(
            voice_consents.create,
        )

        self.delete = _legacy_response.to_raw_response_wrapper(
            voice_consents.delete,
        )

        self.list = _legacy_response.to_raw_response_wrapper(
            voice_consents.list,
        )

        self.retrieve = _legacy_response.to_raw_response_wrapper(
            voice_consents.retrieve,
        )

        self.update = _legacy_response.to_raw_response_wrapper(
            voice_consents.update,
        )


class VoiceConsentsWithStreamingResponse:
    def __init__(self, voice_consents: VoiceConsents) -> None:
        self._voice_consents = voice_consents

        self.create = to_streamed_response_wrapper(
            voice_consents.create,
        )

        self.delete = to_streamed_response_wrapper(
            voice_consents.delete,
        )

        self.list = to_streamed_response_wrapper(
            voice_consents.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            voice_consents.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            voice_consents.update,
        )


class AsyncVoiceConsentsWithRawResponse:
    def __init__(self, voice_consents: AsyncVoiceConsents) -> None:
        self._voice_consents = voice_consents

        self.create = _legacy_response.async_to_raw_response_wrapper(
            voice_consents.create,
        )

        self.delete = _legacy_response.async_to_raw_response_wrapper(
            voice_consents.delete,
        )

        self.list = _legacy_response.async_to_raw_response_wrapper(
            voice_consents.list,
        )

        self.retrieve = _legacy_response.async_to_raw_response_wrapper(
            voice_consents.retrieve,
        )

        self.update = _legacy_response.async_to_raw_response_wrapper(
            voice_consents.update,
        )


class AsyncVoiceConsentsWithStreamingResponse:
    def __init__(self, voice_consents: AsyncVoiceConsents) -> None:
        self._voice_consents = voice_consents

        self.create = async_to_streamed_response_wrapper(
            voice_consents.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            voice_consents.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            voice_consents.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            voice_consents.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            voice_consents.update,
        )
