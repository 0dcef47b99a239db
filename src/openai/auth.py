"""Authentication helpers.

`WorkloadIdentity` names the credential-exchange configuration the official client accepts as
`workload_identity=`. This build does not implement workload identity federation yet: the type
exists so annotations and imports resolve, and the client refuses it with a clear error.
"""

from __future__ import annotations

__all__ = ["WorkloadIdentity"]


class WorkloadIdentity:
    """Placeholder for workload identity federation (not implemented in this build)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise NotImplementedError("workload_identity is not supported by this build of the SDK; pass api_key instead")
