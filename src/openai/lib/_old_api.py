"""Placeholders for the v0 API names (`openai.ChatCompletion`, `openai.Completion`, ...).

Code written for the 0.x SDK still finds these names, but any use of them (attribute access such as
`openai.ChatCompletion.create`, or a call) raises `APIRemovedInV1` with directions to the v1 client API,
instead of a bare AttributeError that would not say what changed.
"""

from __future__ import annotations

from typing import Any

from .._exceptions import OpenAIError

__all__ = ["APIRemovedInV1", "APIRemovedInV1Proxy", "REMOVED_V0_SYMBOLS"]

# v0 name -> the v1 spelling the error message suggests.
REMOVED_V0_SYMBOLS: dict[str, str] = {
    "Audio": "client.audio.transcriptions.create(...) / client.audio.translations.create(...)",
    "ChatCompletion": "client.chat.completions.create(...)",
    "Completion": "client.completions.create(...)",
    "Customer": "a request to the endpoint with client.post(...)",
    "Deployment": "AzureOpenAI(azure_deployment=...)",
    "Edit": "client.chat.completions.create(...)",
    "Embedding": "client.embeddings.create(...)",
    "Engine": "client.models.list() / client.models.retrieve(...)",
    "ErrorObject": "the exception classes, e.g. openai.APIStatusError",
    "File": "client.files.create(...) / client.files.list()",
    "FineTune": "client.fine_tuning.jobs.create(...)",
    "FineTuningJob": "client.fine_tuning.jobs.create(...)",
    "Image": "client.images.generate(...)",
    "Model": "client.models.list() / client.models.retrieve(...)",
    "Moderation": "client.moderations.create(...)",
}


class APIRemovedInV1(OpenAIError):
    def __init__(self, *, symbol: str) -> None:
        replacement = REMOVED_V0_SYMBOLS.get(symbol, "the client methods")
        super().__init__(
            f"You tried to access openai.{symbol}, but this is no longer supported in openai>=1.0.0.\n\n"
            f"Create a client (`client = openai.OpenAI()`) and use {replacement} instead; "
            "the README shows the v1 API. Alternatively, pin the 0.x release (`pip install openai==0.28`)."
        )


class APIRemovedInV1Proxy:
    """Stands in for a removed v0 class; every use raises `APIRemovedInV1`."""

    def __init__(self, *, symbol: str) -> None:
        self._symbol = symbol

    def __getattr__(self, name: str) -> Any:
        # Dunder probes (copy, pickle, inspect, IDEs) must see a plain AttributeError to keep working.
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        raise APIRemovedInV1(symbol=self._symbol)

    def __call__(self, *_args: Any, **_kwargs: Any) -> Any:
        raise APIRemovedInV1(symbol=self._symbol)

    def __repr__(self) -> str:
        return "APIRemovedInV1Proxy"


# The objects openai/__init__.py serves lazily as `openai.<name>`.
Audio = APIRemovedInV1Proxy(symbol="Audio")
ChatCompletion = APIRemovedInV1Proxy(symbol="ChatCompletion")
Completion = APIRemovedInV1Proxy(symbol="Completion")
Customer = APIRemovedInV1Proxy(symbol="Customer")
Deployment = APIRemovedInV1Proxy(symbol="Deployment")
Edit = APIRemovedInV1Proxy(symbol="Edit")
Embedding = APIRemovedInV1Proxy(symbol="Embedding")
Engine = APIRemovedInV1Proxy(symbol="Engine")
ErrorObject = APIRemovedInV1Proxy(symbol="ErrorObject")
File = APIRemovedInV1Proxy(symbol="File")
FineTune = APIRemovedInV1Proxy(symbol="FineTune")
FineTuningJob = APIRemovedInV1Proxy(symbol="FineTuningJob")
Image = APIRemovedInV1Proxy(symbol="Image")
Model = APIRemovedInV1Proxy(symbol="Model")
Moderation = APIRemovedInV1Proxy(symbol="Moderation")
