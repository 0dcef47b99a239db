"""The first call a newcomer makes: list models and create a chat completion.

Runs against the real API with OPENAI_API_KEY, or against the local Prism mock
(`scripts/mock`) with OPENAI_BASE_URL=http://127.0.0.1:4010 and any key.
"""

from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[{"role": "user", "content": "Say hello"}],
)
print("chat completion:", completion.id, "->", completion.choices[0].message.content)

first_model = next(iter(client.models.list()))
print("first model:", first_model.id)
