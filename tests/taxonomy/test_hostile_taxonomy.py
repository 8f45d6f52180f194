"""A taxonomy file cannot make loading or matching unbounded: the bytes read are capped, YAML
aliases cannot multiply the data, and aliases the alias regex could not match in linear time
are refused at load with the file and entry named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from taxonomy import TaxonomyError, load_taxonomy


def _competency(aliases: str) -> str:
    return (
        "competencies:\n"
        "  - id: hostile\n"
        "    name: Hostile\n"
        "    category: api\n"
        "    tier: extra\n"
        "    weight: 1\n"
        "    seeds: []\n"
        "    from_seeds: false\n"
        f"    aliases: {{any: {aliases}}}\n"
        "    description: {en: x, id: y}\n"
    )


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_device_is_read_no_further_than_the_size_limit() -> None:
    with pytest.raises(TaxonomyError, match="larger than 5 MB"):
        load_taxonomy("/dev/zero")


def test_a_pipe_is_read_no_further_than_the_size_limit() -> None:
    endless = "import sys\nwhile True: sys.stdout.buffer.write(b'#' * 65536)"
    with subprocess.Popen([sys.executable, "-c", endless], stdout=subprocess.PIPE) as writer:
        assert writer.stdout is not None
        try:
            with pytest.raises(TaxonomyError, match="larger than 5 MB"):
                load_taxonomy(f"/dev/fd/{writer.stdout.fileno()}")
        finally:
            writer.kill()


def test_yaml_aliases_that_multiply_the_data_are_refused(tmp_path: Path) -> None:
    levels = ["l0: &l0 [" + ", ".join(["go"] * 10) + "]"]
    levels += [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]" for n in range(1, 8)]
    path = _write(tmp_path, "\n".join(levels) + "\n" + _competency("[golang]"))
    with pytest.raises(TaxonomyError, match="aliases expand to over"):
        load_taxonomy(path)


def test_a_few_yaml_aliases_are_still_fine(tmp_path: Path) -> None:
    text = "shared: &names [htmx, htmx.org]\n" + _competency("*names")
    assert "hostile" in load_taxonomy(_write(tmp_path, text))


@pytest.mark.parametrize(
    ("alias", "reason"),
    [
        ("a - - - - - - - - b", "spaces or hyphens in a row"),
        ("front -- end", "spaces or hyphens in a row"),
        ("+++", "no letter or digit"),
        ("word " * 11, "over 10 words"),
        ("x" * 101, "over 100 characters"),
    ],
)
def test_an_alias_the_matcher_cannot_match_safely_is_refused(
    tmp_path: Path, alias: str, reason: str
) -> None:
    path = _write(tmp_path, _competency(f"['{alias}']"))
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    message = str(caught.value)
    assert str(path) in message and "'hostile'" in message and reason in message


@pytest.mark.parametrize("alias", ["C++", "REST-API", ". net", "Node.js", "design and modeling"])
def test_ordinary_aliases_pass_the_checks(tmp_path: Path, alias: str) -> None:
    assert "hostile" in load_taxonomy(_write(tmp_path, _competency(f"['{alias}']")))


def test_a_file_name_with_control_characters_is_escaped_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(tmp_path / "tax\x1b[2J\u00e9.yaml")
    message = str(caught.value)
    assert "\x1b" not in message and "tax\\x1b[2J\u00e9.yaml" in message
