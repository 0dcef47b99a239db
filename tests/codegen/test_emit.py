"""Emitted code for the tiny spec: golden files, targeted shapes, determinism, and a real import."""

from __future__ import annotations

import os
import sys
import shutil
import subprocess
from typing import Dict
from pathlib import Path

import pytest

from codegen.write import write_all

from .conftest import TINY, TINY_CONFIG

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden"


def test_golden_files(tiny_files: Dict[str, str]) -> None:
    """The whole output for the tiny spec, file by file (UPDATE_GOLDEN=1 rewrites the records)."""
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in tiny_files.items():
            p = GOLDEN / (rel + ".txt")
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text)
    expected = {p.relative_to(GOLDEN).as_posix()[: -len(".txt")]: p.read_text() for p in GOLDEN.rglob("*.txt")}
    assert sorted(tiny_files) == sorted(expected)
    for rel, text in tiny_files.items():
        assert text == expected[rel], f"{rel} differs from its golden record (UPDATE_GOLDEN=1 to accept)"


def test_every_file_has_the_header(tiny_files: Dict[str, str]) -> None:
    for rel, text in tiny_files.items():
        assert "File generated from our OpenAPI spec by codegen/. Do not edit by hand." in text.splitlines()[0], rel


def test_model_shapes(tiny_files: Dict[str, str]) -> None:
    pet = tiny_files["src/openai/types/pet.py"]
    assert 'schema_: Optional[str] = FieldInfo(alias="schema", default=None)' in pet  # renamed, wire alias kept
    assert "secret" not in pet  # writeOnly: request side only
    # Named by tiny_config/types.yaml: an alias with the spec's discriminator.
    assert 'Food: TypeAlias = Annotated[Union[Kibble, Meat], PropertyInfo(discriminator="type")]' in pet
    # Unnamed: written in place; no discriminator in the spec, but each member pins `type`: inferred.
    assert 'toy: Optional[Annotated[Union[Ball, Rope], PropertyInfo(discriminator="type")]] = None' in pet
    assert 'kind: Literal["cat", "dog"]' in pet
    assert "labels: Optional[Dict[str, str]] = None" in pet
    assert "extra: Optional[object] = None" in pet
    assert "class Owner(BaseModel)" in pet and "from .owner import Owner as OwnerOwner" in pet  # inline vs component


def test_params_shapes(tiny_files: Dict[str, str]) -> None:
    params = tiny_files["src/openai/types/pet_create_params.py"]
    # Split by the stream flag: a base, a variant per flag value, and their Union.
    assert "class PetCreateParamsBase(TypedDict, total=False):" in params
    assert "class PetCreateParamsStreaming(PetCreateParamsBase):\n    stream: Required[Literal[True]]" in params
    assert "PetCreateParams: TypeAlias = Union[PetCreateParamsNonStreaming, PetCreateParamsStreaming]" in params
    assert "name: Required[str]" in params
    assert 'born_at: Annotated[str, PropertyInfo(format="iso8601")]' in params
    assert "tags: SequenceNotStr[str]" in params
    assert "toys: Iterable[Union[BallParam, RopeParam]]" in params  # request unions carry no discriminator
    listing = tiny_files["src/openai/types/pet_list_params.py"]
    assert "tags: Sequence[str]" in listing  # `tags[]` on the wire, `tags` in Python


def test_resource_shapes(tiny_files: Dict[str, str]) -> None:
    pets = tiny_files["src/openai/resources/pets/pets.py"]
    assert "class Pets(SyncAPIResource):" in pets and "class AsyncPets(AsyncAPIResource):" in pets
    assert "def photos(self) -> Photos:" in pets
    assert "stream: Literal[True]," in pets and '@required_args(["name"], ["name", "stream"])' in pets
    assert "-> Pet | Stream[PetEvent]:" in pets
    assert "stream_cls=Stream[PetEvent]" in pets
    assert "page=SyncPage[Pet]" in pets and "-> AsyncPaginator[Pet, AsyncPage[Pet]]:" in pets
    assert '"X-Pets-Beta": "v1"' in pets  # resource header from config.yaml
    assert 'path_template("/pets/{pet_id}", pet_id=pet_id)' in pets
    assert '\\"\\"\\"triple quotes\\"\\"\\" and back\\\\slashes' in pets  # docstring escaping
    assert "Deprecated." in pets
    photos = tiny_files["src/openai/resources/pets/photos.py"]
    assert 'extract_files(cast(Mapping[str, object], body), paths=[["file"]])' in photos
    assert '"Content-Type": "multipart/form-data"' in photos
    assert '"Accept": "image/png"' in photos and "cast_to=_legacy_response.HttpxBinaryResponseContent" in photos
    assert "to_custom_streamed_response_wrapper(" in photos
    transfer = tiny_files["src/openai/resources/owners/pets.py"]
    assert "def transfer(\n        self,\n        pet_id: str,\n        *,\n        owner_id: str," in transfer
    assert '"Content-Type": "application/x-www-form-urlencoded"' in transfer


def test_client_wiring_is_lazy(tiny_files: Dict[str, str]) -> None:
    client = tiny_files["src/openai/_client_resources.py"]
    head = client.split("class OpenAIResources")[0]
    assert "from .resources.pets.pets import" in head and "if TYPE_CHECKING:" in head
    assert "        from .resources.pets.pets import Pets\n" in client  # imported inside the property


def _generate(out: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "codegen", "--config", str(TINY_CONFIG), "--spec", str(TINY), "--out", str(out)]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, capture_output=True)


def _tree(root: Path) -> Dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    _generate(tmp_path / "a", "1")
    _generate(tmp_path / "b", "2")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_rerun_is_byte_identical_and_removes_stale_files(tmp_path: Path, tiny_files: Dict[str, str]) -> None:
    written, _ = write_all(tmp_path, tiny_files)
    assert written
    stale = tmp_path / "src/openai/types/gone.py"
    stale.write_text(tiny_files["src/openai/types/pet.py"])  # carries the header: generated
    mine = tmp_path / "src/openai/types/hand_written.py"
    mine.write_text("x = 1\n")
    written, deleted = write_all(tmp_path, tiny_files)
    assert written == [] and deleted == ["src/openai/types/gone.py"]
    assert mine.exists()


@pytest.fixture(scope="module")
def tiny_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runtime (src/openai without generated parts) plus the tiny spec's generated code."""
    out = tmp_path_factory.mktemp("tiny")
    shutil.copytree(
        ROOT / "src/openai",
        out / "src/openai",
        ignore=lambda d, names: (
            [n for n in names if n in ("resources", "types", "__pycache__")]
            if d == str(ROOT / "src/openai")
            else [n for n in names if n == "__pycache__"]
        ),
    )
    _generate(out, "0")
    return out


def test_generated_package_imports_and_calls(tiny_package: Path) -> None:
    code = """
import httpx, json
import openai
from openai.types import pet

seen = []
def handler(request):
    seen.append((request.method, request.url.path, dict(request.headers), request.content))
    return httpx.Response(200, json={"id": "p1", "name": "Rex", "kind": "dog", "food": {"type": "meat"}})

client = openai.OpenAI(api_key="k", base_url="http://x/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
got = client.pets.create(name="Rex", tags=["a"])
assert isinstance(got, pet.Pet) and got.name == "Rex", got
assert type(got.food).__name__ == "Meat", got.food
method, path, headers, body = seen[-1]
assert (method, path) == ("POST", "/v1/pets"), seen
assert headers["x-pets-beta"] == "v1"
assert json.loads(body) == {"name": "Rex", "tags": ["a"]}
try:
    client.pets.retrieve("")
except ValueError as e:
    assert "pet_id" in str(e)
else:
    raise AssertionError("empty path param accepted")
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(tiny_package / "src")}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tiny_package)
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout.strip() == "ok"


def test_generated_package_passes_pyright_basic(tiny_package: Path) -> None:
    pyright = Path(sys.executable).parent / "pyright"
    if not pyright.exists():
        pytest.skip("pyright is not installed in this environment")
    config = tiny_package / "pyrightconfig.json"
    config.write_text('{"typeCheckingMode": "basic", "pythonVersion": "3.9", "reportMissingModuleSource": false}')
    targets = [str(tiny_package / "src/openai/resources"), str(tiny_package / "src/openai/types")]
    res = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable, "-p", str(config), *targets],
        capture_output=True,
        text=True,
        cwd=tiny_package,
    )
    assert res.returncode == 0, res.stdout[-3000:]


def test_writer_refuses_to_overwrite_hand_written_files(tmp_path: Path, tiny_files: Dict[str, str]) -> None:
    mine = tmp_path / "src/openai/types/pet.py"
    mine.parent.mkdir(parents=True)
    mine.write_text("# written by hand\n")
    with pytest.raises(RuntimeError, match="not a generated file"):
        write_all(tmp_path, tiny_files)
    assert mine.read_text() == "# written by hand\n"


def test_config_overloads_with_absent_params_and_defaults() -> None:
    from codegen.config import load_config
    from codegen.pipeline import build_files

    config = load_config(TINY_CONFIG)
    config.operations["createPet"]["overloads"] = [
        {"params": {"stream": "Literal[False] | Omit"}, "returns": "pet.Pet"},
        {"params": {"tags": "absent", "stream": "Literal[True]"}, "returns": "Stream[pet_event.PetEvent]"},
        {
            "params": {"stream": {"annotation": "bool", "default": "False"}},
            "returns": "pet.Pet | Stream[pet_event.PetEvent]",
        },
    ]
    pets = build_files(config, str(TINY), with_tests=False)["files"]["src/openai/resources/pets/pets.py"]
    assert "stream: bool = False," in pets
    sync = pets.split("class AsyncPets")[0]
    assert sync.count("@overload") == 3
    second = sync.split("@overload")[2]
    assert "stream: Literal[True]" in second and "tags:" not in second  # absent in that overload
