#!/usr/bin/env python
"""Generate text with the Responses API and read the convenience `output_text`.

OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-mock python examples/responses_create.py
"""

from openai import OpenAI

client = OpenAI()

response = client.responses.create(
    model="gpt-4o-mini",
    instructions="You are a concise assistant.",
    input="Write a haiku about recursion in programming.",
)
print("response:", response.id, response.status)
# output_text joins the text parts of every output message.
print("text:", response.output_text)
for item in response.output:
    print("output item:", item.type)
