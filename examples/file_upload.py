#!/usr/bin/env python
"""Upload a JSONL file (for fine-tuning or batches), then list and fetch it.

OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-mock python examples/file_upload.py
"""

import json
import tempfile
from pathlib import Path

from openai import OpenAI

client = OpenAI()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "training.jsonl"
    rows = [{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")

    # A Path is read and sent as multipart/form-data with its file name.
    uploaded = client.files.create(file=path, purpose="fine-tune")
    print("uploaded:", uploaded.object, uploaded.id)

    # bytes work too, as does a (filename, contents, media type) tuple.
    uploaded = client.files.create(file=("inline.jsonl", path.read_bytes(), "application/jsonl"), purpose="batch")
    print("uploaded tuple:", uploaded.object)

retrieved = client.files.retrieve(uploaded.id)
print("retrieved:", retrieved.filename)
