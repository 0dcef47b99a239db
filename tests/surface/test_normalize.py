"""The surface check's annotation spelling: parse, resolve names through imports, and spell them like the table."""

from __future__ import annotations

import pytest

from codegen.tools.annotations import Ann, parse, type_keys

from .normalize import spell, resolve, canonical, normalize


def test_parse_keeps_both_union_shapes() -> None:
    assert str(parse("Optional[float] | Omit")) == "Optional[float] | Omit"
    assert str(parse("Union[str, Omit]")) == "Union[str, Omit]"
    assert parse("A | B") == Ann("|", (Ann("A"), Ann("B")))


def test_parse_literal_values_with_brackets_and_commas() -> None:
    node = parse("Literal['a, b]', 'c'] | None")
    assert node.args[0].args == (Ann("'a, b]'"), Ann("'c'"))


def test_parse_callable_parameter_list_and_calls() -> None:
    assert str(parse("Callable[[int, str], None]")) == "Callable[[int, str], None]"
    assert str(parse("Annotated[str, PropertyInfo(alias='x')]")) == "Annotated[str, PropertyInfo(...)]"


def test_parse_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse("List[int")


def test_type_keys() -> None:
    assert type_keys("Optional[List[chat.chat_completion.Choice]] | Omit") == ["chat.chat_completion.Choice"]


def test_private_aliases_are_spelled_out() -> None:
    assert normalize("Headers | None", "openai._base_client") == "Mapping[str, Union[str, Omit]] | None"
    assert normalize("Query | None", "openai._base_client") == "Mapping[str, object] | None"


def test_runtime_names_bare_and_httpx_timeout_is_timeout() -> None:
    assert normalize("float | httpx.Timeout | None | NotGiven", "openai._base_client") == (
        "float | Timeout | None | NotGiven"
    )


def test_literal_values_use_single_quotes() -> None:
    assert normalize('Optional[Literal["a", "b"]] | Omit', "openai._base_client") == (
        "Optional[Literal['a', 'b']] | Omit"
    )


def test_resolve_follows_relative_imports_to_the_defining_module() -> None:
    assert resolve("openai._base_client", "Headers") == ("openai._types", "Headers")
    assert resolve("openai._base_client", "httpx.Timeout") == ("httpx", "Timeout")


def test_spell() -> None:
    assert spell("openai.types.chat.chat_completion", "Choice") == "chat.chat_completion.Choice"
    assert spell("openai._streaming", "Stream") == "Stream"
    assert spell("openai.pagination", "SyncPage") == "pagination.SyncPage"
    assert spell("openai.lib.streaming.chat._completions", "X") == "lib.streaming.chat.X"
    assert spell("datetime", "datetime") == "datetime.datetime"
    assert spell("typing", "Optional") == "Optional"


def test_canonical_equates_spellings_of_one_type() -> None:
    assert canonical("Optional[str]") == canonical("str | None") == canonical("Union[None, str]")
    assert canonical("Union[str, Omit]") == canonical("str | Omit")
    assert canonical("Literal['b', 'a']") == canonical("Literal['a', 'b']")
    assert canonical("List[str]") != canonical("Sequence[str]")


def test_runtime_aliases_of_generic_classes_take_their_runtime_name() -> None:
    # SequenceNotStr is a Protocol for type checkers only; at runtime (and in the table) it is Sequence
    assert normalize("SequenceNotStr[str] | Omit", "openai._types") == "Sequence[str] | Omit"


def test_evaluated_spelling_flattens_unions_like_typing() -> None:
    assert normalize("Optional[Union[Literal['auto'], int]]", "openai._types", evaluated=True) == (
        "Union[Literal['auto'], int, None]"
    )
    assert normalize("Union[Union[str, int], None]", "openai._types", evaluated=True) == "Union[str, int, None]"
    assert normalize("Optional[str]", "openai._types", evaluated=True) == "Optional[str]"
    # signatures keep their source shape
    assert normalize("Optional[Union[str, int]]", "openai._types") == "Optional[Union[str, int]]"
