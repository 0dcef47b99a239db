#!/usr/bin/env python
"""Create a chat completion, then stream one.

Run against the real API with OPENAI_API_KEY set, or against the local mock:
    ./scripts/mock && OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-mock python examples/chat_completion.py
"""

from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "developer", "content": "You answer in one short sentence."},
        {"role": "user", "content": "Say this is a test"},
    ],
)
print("completion:", completion.id)
print("answer:", completion.choices[0].message.content)
if completion.usage is not None:
    print("tokens used:", completion.usage.total_tokens)

# With stream=True the call returns an iterator of chunks as the model produces them.
stream = client.chat.completions.create(
    model="gpt-4o",
    messages=[{"role": "user", "content": "Count to three"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices:
        print(chunk.choices[0].delta.content or "", end="", flush=True)
print()
print("stream done")
