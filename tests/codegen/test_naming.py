"""Naming: config keys, rules, use-site copies, method shapes."""

from __future__ import annotations

import pytest

from codegen.config import Config
from codegen.naming import TypeKey
from codegen.problems import GenerationError

from .conftest import named_of, tiny_doc

RESP = "#/paths/~1pets~1{pet_id}/get/responses/200/content/application~1json/schema"


def test_rule_names_without_config() -> None:
    named = named_of(tiny_doc())
    keys = {str(k) for k in named.types}
    assert {"pet.Pet", "pet.Owner", "owner.Owner", "ball_param.BallParam", "pet_list_params.PetListParams"} <= keys
    methods = {".".join(m.resource + (m.name,)) for m in named.methods}
    # Operations without config get <path segments>.<verb rule>.
    assert {"pets.retrieve", "pets.delete", "pets.list", "pets.create"} <= methods


def test_use_site_copies_including_through_a_ref() -> None:
    config = Config(
        models_copies={
            RESP: "pet_retrieve_response.PetRetrieveResponse",
            RESP + "/allOf/1/properties/owner": "pet_retrieve_response.Owner",
        }
    )
    named = named_of(tiny_doc(), config)
    copy = named.types[TypeKey("pet_retrieve_response", "PetRetrieveResponse")]
    assert [f.name for f in copy.fields] == [f.name for f in named.types[TypeKey("pet", "Pet")].fields]
    owner = next(f for f in copy.fields if f.name == "owner")
    # The nested copy, keyed below the use site, is what the copy's field refers to.
    assert owner.annotation == TypeKey("pet_retrieve_response", "Owner").token
    assert TypeKey("pet_retrieve_response", "Owner") in named.types
    retrieve = next(m for m in named.methods if m.name == "retrieve")
    assert retrieve.returns == TypeKey("pet_retrieve_response", "PetRetrieveResponse").token


def test_positional_and_keyword_path_params() -> None:
    named = named_of(tiny_doc())
    transfer = next(m for m in named.methods if m.name == "update" and m.resource == ("owners", "pets"))
    by_name = {p.name: p for p in transfer.params}
    assert by_name["pet_id"].positional and not by_name["owner_id"].positional  # the last one is positional


def test_admin_security_and_stream_config() -> None:
    doc = tiny_doc()
    doc["paths"]["/pets"]["get"]["security"] = [{"AdminApiKeyAuth": []}]
    config = Config(
        operations={"createPet": {"method": "pets.create", "stream": {"param": "stream", "item": "pet_event.PetEvent"}}}
    )
    named = named_of(doc, config)
    listing = next(m for m in named.methods if m.name == "list")
    assert listing.security == "admin_api_key"
    create = next(m for m in named.methods if m.name == "create")
    assert create.stream is not None and create.stream.item == TypeKey("pet_event", "PetEvent").token
    assert create.params_variants is not None  # PetCreateParams split into NonStreaming / Streaming


def test_rule_names_never_shadow_builtins_or_sdk_names() -> None:
    doc = tiny_doc()
    schemas = doc["components"]["schemas"]
    schemas["NotFoundError"] = {"type": "object", "properties": {"detail": {"type": "string"}}}
    schemas["Ball"]["properties"]["list"] = {"type": "object", "properties": {"x": {"type": "integer"}}}
    schemas["Ball"]["properties"]["problem"] = {"$ref": "#/components/schemas/NotFoundError"}
    keys = {str(k) for k in named_of(doc).types}
    assert "ball.BallList" in keys and "ball.List" not in keys  # renamed by rule
    assert "not_found_error.NotFoundErrorObject" in keys and "not_found_error.NotFoundError" not in keys
    # A name the config gives is refused instead (the config is wrong, not renamed behind its back).
    config = Config(models={"#/components/schemas/NotFoundError": "x.NotFoundError"})
    with pytest.raises(GenerationError, match=r"refused type name 'NotFoundError'"):
        named_of(doc, config)


def test_also_twins_with_their_own_return_type() -> None:
    from codegen.methods import twin

    config = Config(
        operations={
            "getPhoto": {
                "method": "pets.photos.retrieve",
                "also": [{"method": "pets.photos.retrieve_text", "returns": "str"}],
            }
        }
    )
    photo = next(
        m for m in named_of(tiny_doc(), config).methods if m.name == "retrieve" and m.resource == ("pets", "photos")
    )
    assert photo.cast_to == "binary" and photo.accept == "image/png"
    text = twin(photo, "pets.photos.retrieve_text")
    assert (text.name, text.returns, text.cast_to, text.accept) == ("retrieve_text", "str", "str", None)


def test_resource_option_missing_not_given() -> None:
    from codegen.config import ResourceOptions

    named = named_of(tiny_doc(), Config(resources={"pets": ResourceOptions(missing="NotGiven")}))
    listing = next(m for m in named.methods if m.name == "list" and m.resource == ("pets",))
    assert {p.missing for p in listing.params} == {"NotGiven"}
    transfer = next(m for m in named.methods if m.resource == ("owners", "pets"))
    assert {p.missing for p in transfer.params} == {"Omit"}  # other resources keep Omit
