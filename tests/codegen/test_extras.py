"""Type-side config without a schema: aliases (discriminated), exports, hand-written and re-export modules,
computed model properties. Generated from the tiny spec into a package that is then imported for real."""

from __future__ import annotations

import os
import sys
import shutil
import subprocess
from typing import Dict
from pathlib import Path

import yaml
import pytest

from .conftest import TINY, TINY_CONFIG

ROOT = Path(__file__).resolve().parents[2]


def _config(tmp: Path) -> Path:
    conf = tmp / "config"
    shutil.copytree(TINY_CONFIG, conf)
    main = yaml.safe_load((conf / "config.yaml").read_text())
    main["hand_written_types"] = {"pets_extra.parsed_pet": ["ParsedPet"]}
    main["reexport_modules"] = {"pet_options": {"PetOptions": "openai.lib._pet_helpers"}}
    main["model_properties"] = {
        "pet.Pet": {"shout": {"function": "openai.lib._pet_helpers:shout", "returns": "str", "doc": "Loud name."}}
    }
    (conf / "config.yaml").write_text(yaml.safe_dump(main))
    ops = yaml.safe_load((conf / "operations.yaml").read_text())
    ops["createPet"]["body_defaults"] = {"kind": "dog"}
    ops["createPet"]["post_parser"] = "openai.lib._pet_helpers:mark"
    (conf / "operations.yaml").write_text(yaml.safe_dump(ops))
    types = yaml.safe_load((conf / "types.yaml").read_text())
    types["aliases"] = {
        "toys.any_toy.AnyToy": "Union[ball.Ball, rope.Rope]",  # members pin distinct `type`s: discriminated
        "toys.toy_name.ToyName": "Union[str, Literal['ball']]",
    }
    types["exports"] = {"types": {"PetOptions": "types.pet_options"}, "types.pets_extra": {"Ball": "types.ball"}}
    (conf / "types.yaml").write_text(yaml.safe_dump(types))
    return conf


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extras")
    shutil.copytree(
        ROOT / "src/openai",
        out / "src/openai",
        ignore=lambda d, names: (
            [n for n in names if n in ("resources", "types", "__pycache__")]
            if d == str(ROOT / "src/openai")
            else [n for n in names if n == "__pycache__"]
        ),
    )
    # The hand-written pieces the config points at.
    (out / "src/openai/lib/_pet_helpers.py").write_text(
        "from typing import Any\n\nclass PetOptions:\n    pass\n\ndef shout(pet: Any) -> str:\n    return pet.name.upper()\n"
        "\ndef mark(*, kind: Any) -> Any:\n"
        "    def parse(pet: Any) -> Any:\n"
        "        pet.name += '/' + type(kind).__name__\n"
        "        return pet\n"
        "    return parse\n"
    )
    hand = out / "src/openai/types/pets_extra/parsed_pet.py"
    hand.parent.mkdir(parents=True)
    hand.write_text("class ParsedPet:\n    pass\n")
    cmd = [sys.executable, "-m", "codegen", "--config", str(_config(out)), "--spec", str(TINY), "--out", str(out)]
    subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, capture_output=True)
    return out


def _read(package: Path, rel: str) -> str:
    return (package / "src/openai" / rel).read_text()


def test_config_aliases_are_declared_and_discriminated(package: Path) -> None:
    any_toy = _read(package, "types/toys/any_toy.py")
    assert 'AnyToy: TypeAlias = Annotated[Union[Ball, Rope], PropertyInfo(discriminator="type")]' in any_toy
    # Not every member is a class pinning `type`: a plain union.
    assert 'ToyName: TypeAlias = Union[str, Literal["ball"]]' in _read(package, "types/toys/toy_name.py")


def test_hand_written_module_is_kept_and_re_exported(package: Path) -> None:
    assert _read(package, "types/pets_extra/parsed_pet.py") == "class ParsedPet:\n    pass\n"
    init = _read(package, "types/pets_extra/__init__.py")
    assert "from .parsed_pet import ParsedPet as ParsedPet" in init
    # An export from outside the package: imported from its defining module, relative to the package.
    assert "from ..ball import Ball as Ball" in init and '"Ball": "..ball",' in init


def test_properties_and_re_exports_import(package: Path) -> None:
    pet = _read(package, "types/pet.py")
    assert "    @property\n    def shout(self) -> str:" in pet
    assert "from ..lib._pet_helpers import shout as _shout" in pet
    code = """
import openai.types as t
from openai.types import pet, pet_options
from openai.types.pets_extra import ParsedPet
from openai.types.toys.any_toy import AnyToy
from openai._models import construct_type
from openai.lib._pet_helpers import PetOptions

p = pet.Pet.construct(id="1", name="rex", kind="dog")
assert p.shout == "REX", p.shout
assert "shout" not in pet.Pet.model_fields
assert t.PetOptions is PetOptions and pet_options.PetOptions is PetOptions
assert ParsedPet.__name__ == "ParsedPet"
toy = construct_type(type_=AnyToy, value={"type": "rope", "length": 2})
assert type(toy).__name__ == "Rope", toy
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(package / "src")}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=package)
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout.strip() == "ok"


def test_body_defaults_and_post_parser(package: Path) -> None:
    code = """
import httpx, json
import openai

seen = []
def handler(request):
    seen.append(json.loads(request.content))
    return httpx.Response(200, json={"id": "p1", "name": "Rex", "kind": "dog"})

client = openai.OpenAI(api_key="k", base_url="http://x/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
got = client.pets.create(name="Rex")
assert seen[-1] == {"name": "Rex", "kind": "dog"}, seen  # the config default is sent
assert got.name == "Rex/Omit", got.name  # the parser factory saw that the caller left `kind` out
got = client.pets.create(name="Rex", kind="cat")
assert seen[-1] == {"name": "Rex", "kind": "cat"} and got.name == "Rex/str", (seen, got.name)
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(package / "src")}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=package)
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout.strip() == "ok"


def test_generated_module_clashing_with_a_hand_written_one_is_an_error() -> None:
    from codegen.extras import TypeExtras
    from codegen.naming import TypeKey, TypeDecl
    from codegen.emit.types import emit_types

    decl = TypeDecl(TypeKey("chat.parsed", "Parsed"), "model", "class", "#/x")
    types: Dict[TypeKey, TypeDecl] = {decl.key: decl}
    with pytest.raises(ValueError, match="hand-written"):
        emit_types(types, TypeExtras(hand_written={"chat.parsed": ["Parsed"]}))


def test_params_override_can_make_a_spec_required_param_optional() -> None:
    from codegen.config import Config

    from .conftest import named_of, tiny_doc

    ops = {"createPet": {"method": "pets.create", "params": {"why": "x", "name": {"required": False}}}}
    named = named_of(tiny_doc(), Config(operations=ops))
    m = next(m for m in named.methods if m.name == "create")
    assert [p.required for p in m.params if p.name == "name"] == [False]
    assert m.params_key is not None
    assert [f.required for f in named.types[m.params_key].fields if f.name == "name"] == [False]


def test_hook_reexports_are_read_from_the_hook_source() -> None:
    from codegen.emit.resources import hook_reexports

    names = ["AsyncRealtimeConnection", "AsyncRealtimeConnectionManager", "RealtimeConnection"]
    assert hook_reexports("openai.lib._hooks.realtime") == sorted(names + ["RealtimeConnectionManager"])
    assert hook_reexports("openai.lib._hooks.files") == []  # no __reexports__
    text = (ROOT / "src/openai/resources/realtime/realtime.py").read_text()
    assert "RealtimeConnection as RealtimeConnection" in text


def test_also_config_gives_a_twin_its_own_return_type() -> None:
    from codegen.config import Config
    from codegen.methods import twin

    from .conftest import named_of, tiny_doc

    conf = {
        "method": "pets.photos.retrieve",
        "also": ["pets.photos.text"],
        "also_config": {"pets.photos.text": {"returns": "str"}},
    }
    named = named_of(tiny_doc(), Config(operations={"getPhoto": conf}))
    m = next(m for m in named.methods if m.name == "retrieve" and m.resource == ("pets", "photos"))
    assert m.cast_to == "binary"
    t = twin(m, "pets.photos.text")
    assert (t.name, t.returns, t.cast_to, t.accept) == ("text", "str", "str", None)


def test_file_arrays_are_sequences() -> None:
    from .conftest import named_of, tiny_doc

    doc = tiny_doc()
    body = doc["paths"]["/pets/{pet_id}/photo"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    body["properties"]["extra_files"] = {"type": "array", "items": {"type": "string", "format": "binary"}}
    named = named_of(doc)
    m = next(m for m in named.methods if m.resource == ("pets", "photo") and m.name == "create")
    param = next(p for p in m.params if p.name == "extra_files")
    assert param.is_file and param.annotation == "SequenceNotStr[FileTypes]"


def test_a_twin_of_a_list_method_returning_a_model_does_not_paginate() -> None:
    from codegen.config import Config
    from codegen.methods import twin

    from .conftest import named_of, tiny_doc

    conf = {
        "method": "pets.list",
        "page": "page",
        "item": "pet.Pet",
        "also_config": {"pets.all": {"returns": "pet.Pet"}},
    }
    named = named_of(tiny_doc(), Config(operations={"listPets": {**conf, "also": ["pets.all"]}}))
    m = next(m for m in named.methods if m.name == "list" and m.resource == ("pets",))
    assert m.page == "SyncPage" and m.item is not None
    t = twin(m, "pets.all")
    assert (t.page, t.item, t.cast_to) == (None, None, "annotation")


def test_omit_sentinel_marks_one_operation() -> None:
    from codegen.config import Config

    from .conftest import named_of, tiny_doc

    ops = {"createPet": {"method": "pets.create", "omit_sentinel": "NotGiven"}, "listPets": {"method": "pets.list"}}
    named = named_of(tiny_doc(), Config(operations=ops))
    by_name = {m.name: m for m in named.methods if m.resource == ("pets",)}
    assert {p.missing for p in by_name["create"].params} == {"NotGiven"}
    assert {p.missing for p in by_name["list"].params} == {"Omit"}


def test_all_of_part_narrowing_a_nullable_property_keeps_it_nullable() -> None:
    from .conftest import ir_of, tiny_doc

    doc = tiny_doc()
    schemas = doc["components"]["schemas"]
    schemas["Loose"] = {"type": "object", "properties": {"n": {"anyOf": [{"type": "integer"}, {"type": "null"}]}}}
    schemas["Strict"] = {
        "allOf": [{"$ref": "#/components/schemas/Loose"}, {"type": "object", "properties": {"n": {"type": "integer"}}}]
    }
    ir = ir_of(doc)
    strict = ir.target(ir.schemas["#/components/schemas/Strict"])
    prop = next(p for p in strict.properties if p.name == "n")
    assert prop.schema.nullable


def test_also_config_params_module_gives_a_twin_its_own_params_typeddict() -> None:
    from codegen.config import Config
    from codegen.naming import TypeKey
    from codegen.methods import twin

    from .conftest import named_of, tiny_doc

    also = {"pets.search": {"params_module": "pet_search_params", "returns": "pet.Pet"}}
    conf = {"method": "pets.list", "page": "page", "item": "pet.Pet", "also": ["pets.search"], "also_config": also}
    named = named_of(tiny_doc(), Config(operations={"listPets": conf}))
    m = next(m for m in named.methods if m.name == "list" and m.resource == ("pets",))
    key = TypeKey("pet_search_params", "PetSearchParams")
    assert twin(m, "pets.search").params_key == key and m.params_key != key
    assert m.params_key is not None
    assert [f.name for f in named.types[key].fields] == [f.name for f in named.types[m.params_key].fields]


def test_params_override_can_retype_a_param_keeping_its_description() -> None:
    from codegen.config import Config

    from .conftest import named_of, tiny_doc

    ops = {"createPet": {"method": "pets.create", "params": {"kind": {"annotation": "Literal['dog']"}}}}
    named = named_of(tiny_doc(), Config(operations=ops))
    m = next(m for m in named.methods if m.name == "create")
    assert [p.annotation for p in m.params if p.name == "kind"] == ["Literal['dog']"]
    assert m.params_key is not None
    assert [f.annotation for f in named.types[m.params_key].fields if f.name == "kind"] == ["Literal['dog']"]
