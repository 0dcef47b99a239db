"""`embeddings.create` asks for base64 when the caller names no `encoding_format`, and decodes it back to floats.

base64 of little-endian float32 is about a quarter the size of the JSON float list. The generated method sends
`"encoding_format": "base64"` when the caller leaves it out (operations.yaml `body_defaults`) and passes the
parser built here as `post_parser`, so callers still get `List[float]` without numpy.
"""

from __future__ import annotations

import sys
import array
import base64
from typing import Any, List, Callable

from .._types import Omit, NotGiven

__all__ = ["decode_embedding", "embeddings_post_parser"]


def decode_embedding(data: str) -> List[float]:
    """base64 of little-endian float32 values -> floats."""
    values = array.array("f")
    values.frombytes(base64.b64decode(data))
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def embeddings_post_parser(*, encoding_format: object) -> Callable[[Any], Any]:
    """The parser for one call: decode only when base64 was the SDK's choice, not the caller's."""
    chose_base64 = isinstance(encoding_format, (NotGiven, Omit))

    def parse(response: Any) -> Any:
        if not chose_base64:
            return response
        for item in getattr(response, "data", None) or []:
            if isinstance(item.embedding, str):
                item.embedding = decode_embedding(item.embedding)
        return response

    return parse
