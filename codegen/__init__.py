"""The SDK generator: OpenAPI spec + codegen/openai/*.yaml -> src/openai/resources, types, api.md, tests.

Read it top-down in pipeline order: load -> ir -> naming -> emit/ -> fmt -> write (driven by __main__).
"""
