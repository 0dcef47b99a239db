#!/usr/bin/env python
"""Run several requests concurrently with AsyncOpenAI.

OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-mock python examples/async_usage.py
"""

import asyncio

from openai import AsyncOpenAI


async def ask(client: AsyncOpenAI, question: str) -> str:
    completion = await client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
    )
    return completion.choices[0].message.content or ""


async def main() -> None:
    # The context manager closes the connection pool when done.
    async with AsyncOpenAI() as client:
        questions = ["What is 2 + 2?", "Name a colour.", "Name a planet."]
        answers = await asyncio.gather(*(ask(client, q) for q in questions))
        for question, answer in zip(questions, answers):
            print(f"{question} -> {answer}")
        print("answers:", len(answers))


if __name__ == "__main__":
    asyncio.run(main())
