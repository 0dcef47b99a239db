"""API objects as the spec describes them (required fields filled), for the fake server to hand out."""

from __future__ import annotations

from typing import Any, Dict


def video(status: str, *, id: str = "video_123", progress: int = 0) -> Dict[str, Any]:
    return {
        "id": id,
        "object": "video",
        "model": "sora-2",
        "status": status,
        "progress": progress,
        "created_at": 1_700_000_000,
        "seconds": "4",
        "size": "720x1280",
    }


def vector_store_file(status: str, *, id: str = "file-abc", vector_store_id: str = "vs_1") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "vector_store.file",
        "usage_bytes": 1234,
        "created_at": 1_700_000_000,
        "vector_store_id": vector_store_id,
        "status": status,
        "last_error": None,
    }


def file_batch(status: str, *, id: str = "vsfb_1", vector_store_id: str = "vs_1") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "vector_store.files_batch",
        "created_at": 1_700_000_000,
        "vector_store_id": vector_store_id,
        "status": status,
        "file_counts": {"in_progress": 0, "completed": 2, "failed": 0, "cancelled": 0, "total": 2},
    }


def file_object(status: str = "processed", *, id: str = "file-abc", filename: str = "a.txt") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "file",
        "bytes": 3,
        "created_at": 1_700_000_000,
        "filename": filename,
        "purpose": "assistants",
        "status": status,
    }


def run(status: str, *, id: str = "run_1", thread_id: str = "thread_1", **extra: Any) -> Dict[str, Any]:
    return {
        "id": id,
        "object": "thread.run",
        "created_at": 1_700_000_000,
        "assistant_id": "asst_1",
        "thread_id": thread_id,
        "status": status,
        "instructions": "",
        "model": "gpt-4o",
        "parallel_tool_calls": True,
        "tools": [],
        **extra,
    }


def upload(status: str, *, id: str = "upload_1", bytes: int = 10, filename: str = "data.jsonl") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "upload",
        "bytes": bytes,
        "created_at": 1_700_000_000,
        "expires_at": 1_700_003_600,
        "filename": filename,
        "purpose": "fine-tune",
        "status": status,
    }
