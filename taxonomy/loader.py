"""Reading and validating taxonomy files.

The built-in taxonomy is ``data/profile.yaml`` plus every ``data/competencies/*.yaml``. A user
file (``--taxonomy FILE`` on the command line) holds ``competencies:`` and optionally
``profile:``; it extends the built-in taxonomy, replacing entries with the same id, or stands
alone when loaded with ``builtin=False``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from taxonomy.errors import TaxonomyError
from taxonomy.model import Taxonomy
from taxonomy.schema import Competency, CompetencyFile, Profile

_MAX_FILE_BYTES = 5_000_000
# YAML aliases ("*common") repeat an anchored value without copying it, so a small file can
# stand for billions of values once validation walks them. A real taxonomy file, written out
# in full, is a few hundred thousand values at most.
_MAX_YAML_VALUES = 1_000_000

try:  # the C loader parses the built-in files several times faster
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _YamlLoader = yaml.SafeLoader


def _read_yaml(source: str, text: str) -> Any:
    try:
        data = yaml.load(text, Loader=_YamlLoader)
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{source}: not valid YAML: {exc}") from None
    except RecursionError:
        raise TaxonomyError(f"{source}: YAML nested too deeply") from None
    if _expanded_values_over(data, _MAX_YAML_VALUES):
        raise TaxonomyError(
            f"{source}: YAML anchors and aliases expand to over {_MAX_YAML_VALUES:,} values;"
            " write the repeated entries out or share fewer of them"
        )
    return data


def _expanded_values_over(data: Any, limit: int) -> bool:
    """Whether ``data``, with every alias repeated in place, holds over ``limit`` values."""
    pending = [data]
    seen = 0
    while pending:
        value = pending.pop()
        seen += 1
        if seen > limit:
            return True
        if isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False


def _describe(error: ValidationError, data: Any, source: str) -> TaxonomyError:
    first = error.errors()[0]
    location = list(first["loc"])
    entry = ""
    if len(location) >= 2 and location[0] == "competencies" and isinstance(location[1], int):
        index = location[1]
        try:
            entry = f" entry {data['competencies'][index].get('id', index)!r}"
        except (KeyError, IndexError, TypeError, AttributeError):
            entry = f" entry #{index}"
        location = location[2:]
    where = ".".join(str(part) for part in location) or "(top level)"
    return TaxonomyError(f"{source}:{entry} {where}: {first['msg']}")


def _parse_competencies(data: Any, source: str) -> tuple[Competency, ...]:
    if not isinstance(data, Mapping) or "competencies" not in data:
        raise TaxonomyError(f"{source}: expected a mapping with a 'competencies' list")
    try:
        return CompetencyFile.model_validate({"competencies": data["competencies"]}).competencies
    except ValidationError as exc:
        raise _describe(exc, data, source) from None


def _parse_profile(data: Any, source: str) -> Profile:
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise _describe(exc, data, source) from None


def _builtin_texts() -> tuple[tuple[str, str], list[tuple[str, str]]]:
    root = resources.files("taxonomy") / "data"
    profile = ("taxonomy/data/profile.yaml", (root / "profile.yaml").read_text("utf-8"))
    folder = root / "competencies"
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".yaml"))
    files = [
        (f"taxonomy/data/competencies/{name}", (folder / name).read_text("utf-8")) for name in names
    ]
    return profile, files


@lru_cache(maxsize=1)
def builtin_taxonomy() -> Taxonomy:
    """The taxonomy shipped with cocok, parsed and validated once per process."""
    (profile_source, profile_text), files = _builtin_texts()
    profile = _parse_profile(_read_yaml(profile_source, profile_text), profile_source)
    competencies: list[Competency] = []
    for source, text in files:
        competencies.extend(_parse_competencies(_read_yaml(source, text), source))
    return Taxonomy.build(competencies, profile, source="built-in")


def _read_user_file(path: Path) -> tuple[tuple[Competency, ...], Profile | None]:
    source = _printable(str(path))
    try:
        # Devices and pipes report no size: read one byte past the limit and no more.
        with path.open("rb") as stream:
            data = stream.read(_MAX_FILE_BYTES + 1)
        if len(data) > _MAX_FILE_BYTES:
            raise TaxonomyError(f"{source}: taxonomy file is larger than 5 MB")
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise TaxonomyError(f"{source}: taxonomy file not found") from None
    except IsADirectoryError:
        raise TaxonomyError(f"{source}: is a directory, expected a YAML file") from None
    except UnicodeDecodeError:
        raise TaxonomyError(f"{source}: taxonomy file is not UTF-8 text") from None
    except OSError as exc:
        raise TaxonomyError(f"{source}: cannot read taxonomy file: {exc.strerror}") from None
    data = _read_yaml(source, text)
    competencies = _parse_competencies(data, source)
    profile = _parse_profile(data["profile"], f"{source}: profile") if "profile" in data else None
    return competencies, profile


def _printable(name: str) -> str:
    # A file name can hold line breaks and terminal escapes; the message is one plain line.
    # (The same escaping as matcher.documents.printable_name, which taxonomy cannot import.)
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in name)


def load_taxonomy(*paths: str | Path, builtin: bool = True) -> Taxonomy:
    """Load the taxonomy, optionally extended or replaced by user files.

    With no paths this is the built-in taxonomy. Each user file adds competencies; one whose id
    is already known replaces the earlier entry. With ``builtin=False`` only the given files are
    used, and one of them must carry a ``profile:`` section.

    >>> from taxonomy import load_taxonomy
    >>> load_taxonomy().get("postgresql").category
    'database'
    """
    if not paths:
        if not builtin:
            raise TaxonomyError("builtin=False needs at least one taxonomy file")
        return builtin_taxonomy()
    base = builtin_taxonomy() if builtin else None
    by_id: dict[str, Competency] = {c.id: c for c in base.competencies} if base else {}
    profile = base.profile if base else None
    for path in paths:
        competencies, own_profile = _read_user_file(Path(path))
        by_id.update((c.id, c) for c in competencies)
        profile = own_profile or profile
    if profile is None:
        raise TaxonomyError(f"{paths[0]}: a stand-alone taxonomy needs a 'profile:' section")
    sources = ", ".join(str(p) for p in paths)
    return Taxonomy.build(
        list(by_id.values()), profile, source=f"built-in + {sources}" if builtin else sources
    )
