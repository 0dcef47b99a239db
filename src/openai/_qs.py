"""Query-string (and multipart form field) encoding in the API's style.

`{"include": ["a", "b"], "filter": {"gte": 1}, "flag": True, "skip": None}` becomes
`include[]=a&include[]=b&filter[gte]=1&flag=true`: arrays with brackets, nested objects with
`[key]`, booleans lower-case, `None` dropped.
"""

from __future__ import annotations

from typing import Any, List, Tuple, Union, Mapping, TypeVar, Optional, cast
from urllib.parse import parse_qs, urlencode

from typing_extensions import Literal

from ._types import Omit, NotGiven, not_given

__all__ = ["Querystring", "ArrayFormat", "NestedFormat", "stringify", "stringify_items", "parse"]

_T = TypeVar("_T")

ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]

PrimitiveData = Union[str, int, float, bool, None]
Data = Union[PrimitiveData, List[Any], Tuple[Any], "Mapping[str, Any]"]
Params = Mapping[str, object]


class Querystring:
    array_format: ArrayFormat
    nested_format: NestedFormat

    def __init__(self, *, array_format: ArrayFormat = "repeat", nested_format: NestedFormat = "brackets") -> None:
        self.array_format = array_format
        self.nested_format = nested_format

    def parse(self, query: str) -> Mapping[str, object]:
        # Parsing is only used by tests and pagination helpers; flat keys are enough there.
        return parse_qs(query)

    def stringify(
        self,
        params: Params,
        *,
        array_format: ArrayFormat | NotGiven = not_given,
        nested_format: NestedFormat | NotGiven = not_given,
    ) -> str:
        return urlencode(self.stringify_items(params, array_format=array_format, nested_format=nested_format))

    def stringify_items(
        self,
        params: Params,
        *,
        array_format: ArrayFormat | NotGiven = not_given,
        nested_format: NestedFormat | NotGiven = not_given,
    ) -> list[tuple[str, str]]:
        arrays: ArrayFormat = self.array_format if isinstance(array_format, NotGiven) else array_format
        nested: NestedFormat = self.nested_format if isinstance(nested_format, NotGiven) else nested_format
        items: list[tuple[str, str]] = []
        for key, value in params.items():
            self._add(items, key, value, arrays, nested)
        return items

    def _add(
        self, items: list[tuple[str, str]], key: str, value: object, arrays: ArrayFormat, nested: NestedFormat
    ) -> None:
        if value is None or isinstance(value, (NotGiven, Omit)):
            return
        if isinstance(value, Mapping):
            for sub_key, sub_value in cast("Mapping[str, object]", value).items():
                name = f"{key}.{sub_key}" if nested == "dots" else f"{key}[{sub_key}]"
                self._add(items, name, sub_value, arrays, nested)
            return
        if isinstance(value, (list, tuple)):
            elements = list(cast("list[object]", value))
            if arrays == "comma":
                primitives = [_primitive(element) for element in elements]
                joined = ",".join(p for p in primitives if p is not None)
                if joined:
                    items.append((key, joined))
            elif arrays == "indices":
                for index, element in enumerate(elements):
                    self._add(items, f"{key}[{index}]", element, arrays, nested)
            else:
                name = f"{key}[]" if arrays == "brackets" else key
                for element in elements:
                    self._add(items, name, element, arrays, nested)
            return
        primitive = _primitive(value)
        if primitive is not None:
            items.append((key, primitive))


def _primitive(value: object) -> Optional[str]:
    # bool before int: bool is an int subclass and must read "true"/"false", not "True"/"1".
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return None
    return str(value)


# The API's convention; used for query strings and multipart form fields alike.
_qs = Querystring(array_format="brackets", nested_format="brackets")
stringify = _qs.stringify
stringify_items = _qs.stringify_items
parse = _qs.parse
