"""Polling helpers: a chunked upload, then waiting for a file with a deadline (`max_wait_seconds`).

Runs against the real API with OPENAI_API_KEY, or against the local Prism mock (`scripts/mock`) with
OPENAI_BASE_URL=http://127.0.0.1:4010. The mock never finishes processing a file, so there the wait
ends at the deadline with an error that names the file and its last status.
"""

import tempfile
from pathlib import Path

import openai

client = openai.OpenAI()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "train.jsonl"
    line = '{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'
    path.write_text(line * 50)

    # Parts of 1 KiB here to show the chunking; the default is 64 MiB per part.
    upload = client.uploads.upload_file_chunked(file=path, mime_type="text/jsonl", purpose="fine-tune", part_size=1024)
    print("upload:", upload.id, upload.status)

file_id = upload.file.id if upload.file is not None else "file-abc123"
try:
    file = client.files.wait_for_processing(file_id, poll_interval=0.5, max_wait_seconds=2)
    print("file processed:", file.id, file.status)
except openai.OpenAIError as exc:  # the helpers' timeout error is an OpenAIError (and a RuntimeError)
    print("gave up:", exc)
print("polling done")
