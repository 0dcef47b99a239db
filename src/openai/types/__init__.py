# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import Batch as Batch
    from .image import Image as Image
    from .model import Model as Model
    from .skill import Skill as Skill
    from .video import Video as Video
    from .upload import Upload as Upload
    from .embedding import Embedding as Embedding
    from .completion import Completion as Completion
    from .item_field import ItemField as ItemField
    from .moderation import Moderation as Moderation
    from .skill_list import SkillList as SkillList
    from .video_size import VideoSize as VideoSize
    from .audio_model import AudioModel as AudioModel
    from .batch_error import BatchError as BatchError
    from .batch_usage import BatchUsage as BatchUsage
    from .file_object import FileObject as FileObject
    from .image_model import ImageModel as ImageModel
    from .video_model import VideoModel as VideoModel
    from .file_deleted import FileDeleted as FileDeleted
    from .file_purpose import FilePurpose as FilePurpose
    from .vector_store import VectorStore as VectorStore
    from .deleted_skill import DeletedSkill as DeletedSkill
    from .mcp_tool_call import MCPToolCall as MCPToolCall
    from .model_deleted import ModelDeleted as ModelDeleted
    from .video_seconds import VideoSeconds as VideoSeconds
    from .embedding_model import EmbeddingModel as EmbeddingModel
    from .images_response import ImagesResponse as ImagesResponse
    from .shared.metadata import Metadata as Metadata
    from .completion_usage import CompletionUsage as CompletionUsage
    from .eval_list_params import EvalListParams as EvalListParams
    from .file_list_params import FileListParams as FileListParams
    from .moderation_model import ModerationModel as ModerationModel
    from .shared.reasoning import Reasoning as Reasoning
    from .batch_list_params import BatchListParams as BatchListParams
    from .completion_choice import CompletionChoice as CompletionChoice
    from .image_edit_params import ImageEditParams as ImageEditParams
    from .shared.all_models import AllModels as AllModels
    from .shared.chat_model import ChatModel as ChatModel
    from .skill_list_params import SkillListParams as SkillListParams
    from .video_edit_params import VideoEditParams as VideoEditParams
    from .video_list_params import VideoListParams as VideoListParams
    from .video_model_param import VideoModelParam as VideoModelParam
    from .eval_create_params import EvalCreateParams as EvalCreateParams
    from .eval_list_response import EvalListResponse as EvalListResponse
    from .eval_update_params import EvalUpdateParams as EvalUpdateParams
    from .file_create_params import FileCreateParams as FileCreateParams
    from .video_create_error import VideoCreateError as VideoCreateError
    from .video_remix_params import VideoRemixParams as VideoRemixParams
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .shared.error_object import ErrorObject as ErrorObject
    from .skill_create_params import SkillCreateParams as SkillCreateParams
    from .skill_update_params import SkillUpdateParams as SkillUpdateParams
    from .video_create_params import VideoCreateParams as VideoCreateParams
    from .video_extend_params import VideoExtendParams as VideoExtendParams
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .eval_create_response import EvalCreateResponse as EvalCreateResponse
    from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
    from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
    from .upload_create_params import UploadCreateParams as UploadCreateParams
    from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .container_list_params import ContainerListParams as ContainerListParams
    from .image_generate_params import ImageGenerateParams as ImageGenerateParams
    from .video_delete_response import VideoDeleteResponse as VideoDeleteResponse
    from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
    from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .shared.compound_filter import CompoundFilter as CompoundFilter
    from .shared.responses_model import ResponsesModel as ResponsesModel
    from .upload_complete_params import UploadCompleteParams as UploadCompleteParams
    from .websocket_reconnection import (
        ReconnectingEvent as ReconnectingEvent,
        ReconnectingOverrides as ReconnectingOverrides,
    )
    from .container_create_params import ContainerCreateParams as ContainerCreateParams
    from .container_list_response import ContainerListResponse as ContainerListResponse
    from .embedding_create_params import EmbeddingCreateParams as EmbeddingCreateParams
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .shared.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .moderation_create_params import ModerationCreateParams as ModerationCreateParams
    from .shared.comparison_filter import ComparisonFilter as ComparisonFilter
    from .vector_store_list_params import VectorStoreListParams as VectorStoreListParams
    from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice as VoiceIdsOrCustomVoice
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .model_ids_compaction_param import ModelIdsCompactionParam as ModelIdsCompactionParam
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .shared.function_definition import FunctionDefinition as FunctionDefinition
    from .shared.function_parameters import FunctionParameters as FunctionParameters
    from .vector_store_create_params import VectorStoreCreateParams as VectorStoreCreateParams
    from .vector_store_search_params import VectorStoreSearchParams as VectorStoreSearchParams
    from .vector_store_update_params import VectorStoreUpdateParams as VectorStoreUpdateParams
    from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
    from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
    from .moderation_text_input_param import ModerationTextInputParam as ModerationTextInputParam
    from .shared.response_format_text import ResponseFormatText as ResponseFormatText
    from .audio_transcription_response import AudioTranscriptionResponse as AudioTranscriptionResponse
    from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
    from .realtime_translation_session import RealtimeTranslationSession as RealtimeTranslationSession
    from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
    from .video_get_character_response import VideoGetCharacterResponse as VideoGetCharacterResponse
    from .websocket_connection_options import (
        WebSocketConnectionOptions as WebSocketConnectionOptions,
        WebsocketConnectionOptions as WebsocketConnectionOptions,
    )
    from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
    from .video_create_character_params import VideoCreateCharacterParams as VideoCreateCharacterParams
    from .video_download_content_params import VideoDownloadContentParams as VideoDownloadContentParams
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .mcp_approval_response_resource import MCPApprovalResponseResource as MCPApprovalResponseResource
    from .shared.custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .video_create_character_response import VideoCreateCharacterResponse as VideoCreateCharacterResponse
    from .moderation_image_url_input_param import ModerationImageURLInputParam as ModerationImageURLInputParam
    from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
    from .moderation_multi_modal_input_param import ModerationMultiModalInputParam as ModerationMultiModalInputParam
    from .shared.response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .shared.response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .shared.response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
    from .shared.response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam as StaticFileChunkingStrategyParam
    from .static_file_chunking_strategy_object import (
        StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject,
    )
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .static_file_chunking_strategy_object_param import (
        StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
    )
    from .realtime_translation_session_create_request_param import (
        RealtimeTranslationSessionCreateRequestParam as RealtimeTranslationSessionCreateRequestParam,
    )

_LAZY = {
    "AllModels": ".shared.all_models",
    "AudioModel": ".audio_model",
    "AudioResponseFormat": ".audio_response_format",
    "AudioTranscriptionResponse": ".audio_transcription_response",
    "AutoFileChunkingStrategyParam": ".auto_file_chunking_strategy_param",
    "Batch": ".batch",
    "BatchCreateParams": ".batch_create_params",
    "BatchError": ".batch_error",
    "BatchListParams": ".batch_list_params",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchUsage": ".batch_usage",
    "ChatModel": ".shared.chat_model",
    "ComparisonFilter": ".shared.comparison_filter",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionCreateParams": ".completion_create_params",
    "CompletionUsage": ".completion_usage",
    "CompoundFilter": ".shared.compound_filter",
    "ContainerCreateParams": ".container_create_params",
    "ContainerCreateResponse": ".container_create_response",
    "ContainerListParams": ".container_list_params",
    "ContainerListResponse": ".container_list_response",
    "ContainerRetrieveResponse": ".container_retrieve_response",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CustomToolInputFormat": ".shared.custom_tool_input_format",
    "DeletedSkill": ".deleted_skill",
    "Embedding": ".embedding",
    "EmbeddingCreateParams": ".embedding_create_params",
    "EmbeddingModel": ".embedding_model",
    "ErrorObject": ".shared.error_object",
    "EvalCreateParams": ".eval_create_params",
    "EvalCreateResponse": ".eval_create_response",
    "EvalCustomDataSourceConfig": ".eval_custom_data_source_config",
    "EvalDeleteResponse": ".eval_delete_response",
    "EvalListParams": ".eval_list_params",
    "EvalListResponse": ".eval_list_response",
    "EvalRetrieveResponse": ".eval_retrieve_response",
    "EvalStoredCompletionsDataSourceConfig": ".eval_stored_completions_data_source_config",
    "EvalUpdateParams": ".eval_update_params",
    "EvalUpdateResponse": ".eval_update_response",
    "FileChunkingStrategy": ".file_chunking_strategy",
    "FileChunkingStrategyParam": ".file_chunking_strategy_param",
    "FileCreateParams": ".file_create_params",
    "FileDeleted": ".file_deleted",
    "FileListParams": ".file_list_params",
    "FileObject": ".file_object",
    "FilePurpose": ".file_purpose",
    "FunctionDefinition": ".shared.function_definition",
    "FunctionParameters": ".shared.function_parameters",
    "FunctionToolCallOutput": ".function_tool_call_output",
    "Image": ".image",
    "ImageCreateVariationParams": ".image_create_variation_params",
    "ImageEditCompletedEvent": ".image_edit_completed_event",
    "ImageEditParams": ".image_edit_params",
    "ImageEditPartialImageEvent": ".image_edit_partial_image_event",
    "ImageEditStreamEvent": ".image_edit_stream_event",
    "ImageGenCompletedEvent": ".image_gen_completed_event",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenStreamEvent": ".image_gen_stream_event",
    "ImageGenerateParams": ".image_generate_params",
    "ImageInputReferenceParam": ".image_input_reference_param",
    "ImageModel": ".image_model",
    "ImagesResponse": ".images_response",
    "ItemField": ".item_field",
    "MCPApprovalResponseResource": ".mcp_approval_response_resource",
    "MCPToolCall": ".mcp_tool_call",
    "Metadata": ".shared.metadata",
    "Model": ".model",
    "ModelDeleted": ".model_deleted",
    "ModelIdsCompactionParam": ".model_ids_compaction_param",
    "Moderation": ".moderation",
    "ModerationCreateParams": ".moderation_create_params",
    "ModerationCreateResponse": ".moderation_create_response",
    "ModerationImageURLInputParam": ".moderation_image_url_input_param",
    "ModerationModel": ".moderation_model",
    "ModerationMultiModalInputParam": ".moderation_multi_modal_input_param",
    "ModerationTextInputParam": ".moderation_text_input_param",
    "OAuthErrorCode": ".shared.oauth_error_code",
    "OtherFileChunkingStrategyObject": ".other_file_chunking_strategy_object",
    "RealtimeTranslationSession": ".realtime_translation_session",
    "RealtimeTranslationSessionCreateRequestParam": ".realtime_translation_session_create_request_param",
    "Reasoning": ".shared.reasoning",
    "ReasoningEffort": ".shared.reasoning_effort",
    "ReconnectingEvent": ".websocket_reconnection",
    "ReconnectingOverrides": ".websocket_reconnection",
    "ResponseFormatJSONObject": ".shared.response_format_json_object",
    "ResponseFormatJSONSchema": ".shared.response_format_json_schema",
    "ResponseFormatText": ".shared.response_format_text",
    "ResponseFormatTextGrammar": ".shared.response_format_text_grammar",
    "ResponseFormatTextPython": ".shared.response_format_text_python",
    "ResponsesModel": ".shared.responses_model",
    "Skill": ".skill",
    "SkillCreateParams": ".skill_create_params",
    "SkillList": ".skill_list",
    "SkillListParams": ".skill_list_params",
    "SkillUpdateParams": ".skill_update_params",
    "StaticFileChunkingStrategy": ".static_file_chunking_strategy",
    "StaticFileChunkingStrategyObject": ".static_file_chunking_strategy_object",
    "StaticFileChunkingStrategyObjectParam": ".static_file_chunking_strategy_object_param",
    "StaticFileChunkingStrategyParam": ".static_file_chunking_strategy_param",
    "Upload": ".upload",
    "UploadCompleteParams": ".upload_complete_params",
    "UploadCreateParams": ".upload_create_params",
    "VectorStore": ".vector_store",
    "VectorStoreCreateParams": ".vector_store_create_params",
    "VectorStoreDeleted": ".vector_store_deleted",
    "VectorStoreListParams": ".vector_store_list_params",
    "VectorStoreSearchParams": ".vector_store_search_params",
    "VectorStoreSearchResponse": ".vector_store_search_response",
    "VectorStoreUpdateParams": ".vector_store_update_params",
    "Video": ".video",
    "VideoCreateCharacterParams": ".video_create_character_params",
    "VideoCreateCharacterResponse": ".video_create_character_response",
    "VideoCreateError": ".video_create_error",
    "VideoCreateParams": ".video_create_params",
    "VideoDeleteResponse": ".video_delete_response",
    "VideoDownloadContentParams": ".video_download_content_params",
    "VideoEditParams": ".video_edit_params",
    "VideoExtendParams": ".video_extend_params",
    "VideoGetCharacterResponse": ".video_get_character_response",
    "VideoListParams": ".video_list_params",
    "VideoModel": ".video_model",
    "VideoModelParam": ".video_model_param",
    "VideoRemixParams": ".video_remix_params",
    "VideoSeconds": ".video_seconds",
    "VideoSize": ".video_size",
    "VoiceIdsOrCustomVoice": ".voice_ids_or_custom_voice",
    "WebSocketConnectionOptions": ".websocket_connection_options",
    "WebsocketConnectionOptions": ".websocket_connection_options",
    "admin": "",
    "audio": "",
    "beta": "",
    "chat": "",
    "containers": "",
    "conversations": "",
    "evals": "",
    "fine_tuning": "",
    "graders": "",
    "realtime": "",
    "responses": "",
    "shared": "",
    "shared_params": "",
    "skills": "",
    "uploads": "",
    "vector_stores": "",
    "webhooks": "",
}


def __getattr__(name: str) -> Any:
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    if not source:  # a subpackage
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = [
    "AllModels",
    "AudioModel",
    "AudioResponseFormat",
    "AudioTranscriptionResponse",
    "AutoFileChunkingStrategyParam",
    "Batch",
    "BatchCreateParams",
    "BatchError",
    "BatchListParams",
    "BatchRequestCounts",
    "BatchUsage",
    "ChatModel",
    "ComparisonFilter",
    "Completion",
    "CompletionChoice",
    "CompletionCreateParams",
    "CompletionUsage",
    "CompoundFilter",
    "ContainerCreateParams",
    "ContainerCreateResponse",
    "ContainerListParams",
    "ContainerListResponse",
    "ContainerRetrieveResponse",
    "CreateEmbeddingResponse",
    "CustomToolInputFormat",
    "DeletedSkill",
    "Embedding",
    "EmbeddingCreateParams",
    "EmbeddingModel",
    "ErrorObject",
    "EvalCreateParams",
    "EvalCreateResponse",
    "EvalCustomDataSourceConfig",
    "EvalDeleteResponse",
    "EvalListParams",
    "EvalListResponse",
    "EvalRetrieveResponse",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalUpdateParams",
    "EvalUpdateResponse",
    "FileChunkingStrategy",
    "FileChunkingStrategyParam",
    "FileCreateParams",
    "FileDeleted",
    "FileListParams",
    "FileObject",
    "FilePurpose",
    "FunctionDefinition",
    "FunctionParameters",
    "FunctionToolCallOutput",
    "Image",
    "ImageCreateVariationParams",
    "ImageEditCompletedEvent",
    "ImageEditParams",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenCompletedEvent",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenerateParams",
    "ImageInputReferenceParam",
    "ImageModel",
    "ImagesResponse",
    "ItemField",
    "MCPApprovalResponseResource",
    "MCPToolCall",
    "Metadata",
    "Model",
    "ModelDeleted",
    "ModelIdsCompactionParam",
    "Moderation",
    "ModerationCreateParams",
    "ModerationCreateResponse",
    "ModerationImageURLInputParam",
    "ModerationModel",
    "ModerationMultiModalInputParam",
    "ModerationTextInputParam",
    "OAuthErrorCode",
    "OtherFileChunkingStrategyObject",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionCreateRequestParam",
    "Reasoning",
    "ReasoningEffort",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponsesModel",
    "Skill",
    "SkillCreateParams",
    "SkillList",
    "SkillListParams",
    "SkillUpdateParams",
    "StaticFileChunkingStrategy",
    "StaticFileChunkingStrategyObject",
    "StaticFileChunkingStrategyObjectParam",
    "StaticFileChunkingStrategyParam",
    "Upload",
    "UploadCompleteParams",
    "UploadCreateParams",
    "VectorStore",
    "VectorStoreCreateParams",
    "VectorStoreDeleted",
    "VectorStoreListParams",
    "VectorStoreSearchParams",
    "VectorStoreSearchResponse",
    "VectorStoreUpdateParams",
    "Video",
    "VideoCreateCharacterParams",
    "VideoCreateCharacterResponse",
    "VideoCreateError",
    "VideoCreateParams",
    "VideoDeleteResponse",
    "VideoDownloadContentParams",
    "VideoEditParams",
    "VideoExtendParams",
    "VideoGetCharacterResponse",
    "VideoListParams",
    "VideoModel",
    "VideoModelParam",
    "VideoRemixParams",
    "VideoSeconds",
    "VideoSize",
    "VoiceIdsOrCustomVoice",
    "WebSocketConnectionOptions",
    "WebsocketConnectionOptions",
]
