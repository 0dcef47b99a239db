#!/usr/bin/env python
"""Which exception each failure raises, and what it carries.

OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-mock python examples/error_handling.py
"""

import openai
from openai import OpenAI

# Nothing listens on port 9: a connection error, raised after the retries (none here).
unreachable = OpenAI(api_key="sk-example", base_url="http://127.0.0.1:9/v1", max_retries=0)
try:
    unreachable.models.list()
except openai.APIConnectionError as exc:
    print("connection error:", type(exc).__name__, "caused by", type(exc.__cause__).__name__)

# An invalid argument is caught locally.
client = OpenAI(max_retries=0)
try:
    client.models.retrieve("")
except ValueError as exc:
    # Path parameters are checked before sending: an empty id would change the endpoint.
    print("rejected before sending:", exc)

# Status errors: each status has its class; all are APIStatusError with the response details.
# Removing the Authorization header (openai.omit) makes the server answer 401.
try:
    client.models.list(extra_headers={"Authorization": openai.omit})
except openai.AuthenticationError as exc:
    print("authentication error:", exc.status_code)
except openai.APIStatusError as exc:
    print("status error:", exc.status_code, exc.request_id)
else:
    print("the server accepted the request")

print("error handling done")
