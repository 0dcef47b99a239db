#!/usr/bin/env python
"""Azure OpenAI: the same API through AzureOpenAI.

Needs AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION, a credential (AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN)
and AZURE_OPENAI_DEPLOYMENT (the name of a chat model deployment):
    AZURE_OPENAI_ENDPOINT=https://my-resource.openai.azure.com OPENAI_API_VERSION=2024-10-21 \
    AZURE_OPENAI_API_KEY=... AZURE_OPENAI_DEPLOYMENT=my-gpt4o python examples/azure.py
"""

import os
import sys

from openai import AzureOpenAI

if not os.environ.get("AZURE_OPENAI_ENDPOINT"):
    sys.exit("Set AZURE_OPENAI_ENDPOINT (and OPENAI_API_VERSION, AZURE_OPENAI_API_KEY) to run this example.")

deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")

# Endpoint, api version and key come from the environment variables above.
client = AzureOpenAI()

# Without azure_deployment on the client, `model` names the deployment:
# POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...
completion = client.chat.completions.create(
    model=deployment,
    messages=[{"role": "user", "content": "How do I output all files in a directory using Python?"}],
)
print("azure completion:", completion.id)
print(completion.choices[0].message.content)

# A client bound to one deployment sends deployment-scoped calls there whatever `model` says.
bound = AzureOpenAI(azure_deployment=deployment)
completion = bound.chat.completions.create(model="ignored-by-routing", messages=[{"role": "user", "content": "Hi"}])
print("bound deployment:", completion.id)
