"""Hand-written methods mixed into generated resources (declared as `hooks` in codegen/openai/config.yaml).

Each module exports `SyncHooks` and `AsyncHooks`; the generated resource class lists them as bases.
"""
