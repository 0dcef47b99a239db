"""Structured outputs: `chat.completions.parse()` with a Pydantic model and a Pydantic function tool.

Runs against the real API with OPENAI_API_KEY, or against the local Prism mock (`scripts/mock`) with
OPENAI_BASE_URL=http://127.0.0.1:4010 (the mock answers with a canned refusal, which `parse()` keeps in
`message.refusal` instead of parsing).
"""

from typing import List

from pydantic import BaseModel

import openai


class Step(BaseModel):
    explanation: str
    output: str


class MathAnswer(BaseModel):
    steps: List[Step]
    final_answer: str


class Calculator(BaseModel):
    """Evaluate an arithmetic expression."""

    expression: str


client = openai.OpenAI()

completion = client.chat.completions.parse(
    model="gpt-4o-2024-08-06",
    messages=[
        {"role": "system", "content": "You are a helpful math tutor. Show your steps."},
        {"role": "user", "content": "Solve 8x + 31 = 2"},
    ],
    response_format=MathAnswer,
)
message = completion.choices[0].message
if message.parsed is not None:
    for step in message.parsed.steps:
        print("step:", step.explanation, "->", step.output)
    print("parsed answer:", message.parsed.final_answer)
else:
    print("refusal:", message.refusal)
print("finish_reason:", completion.choices[0].finish_reason)

tool = openai.pydantic_function_tool(Calculator)
print("tool:", tool["function"]["name"], "strict:", tool["function"].get("strict"))
try:
    with_tool = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": "What is 17 * 23? Use the calculator."}],
        tools=[tool],
    )
    for call in with_tool.choices[0].message.tool_calls or []:
        print("tool call:", call.function.name, call.function.parsed_arguments)
    print("tool calls done")
except openai.APIError as exc:
    print("tool call failed:", exc)
