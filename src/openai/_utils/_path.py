"""Filling path templates with caller-supplied IDs, safely.

An ID is data, never path syntax: every character outside RFC 3986's unreserved set is
percent-encoded (so `/`, `?`, `#`, `%` and spaces cannot change the endpoint), and dots are encoded
too, so a value of `.` or `..` cannot walk up the path once a server or proxy normalises it.
"""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["path_template", "encode_path_segment"]

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def encode_path_segment(value: str) -> str:
    """Percent-encode one path segment: unreserved characters stay, everything else (and `.`) is escaped."""
    # `quote` keeps letters, digits and `_.-~`; with safe="" it also escapes `/`.
    encoded = quote(value, safe="")
    # A dot is harmless inside `file.jsonl`, but keeping the rule uniform is simpler to reason about
    # and servers decode `%2E` back to `.`.
    return encoded.replace(".", "%2E")


def path_template(template: str, /, **params: str) -> str:
    """Return `template` with each `{name}` replaced by the percent-encoded value of `params[name]`.

    ```py
    path_template("/files/{file_id}", file_id="../admin")  # "/files/%2E%2E%2Fadmin"
    ```
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            raise KeyError(f"Missing path parameter `{name}` for template {template!r}")
        value = params[name]
        if value is None or value == "":  # pyright: ignore[reportUnnecessaryComparison]
            # `None` (an ID never set) is refused like '' instead of being sent as the text "None".
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            value = str(value)
        return encode_path_segment(value)

    return _PLACEHOLDER.sub(replace, template)
