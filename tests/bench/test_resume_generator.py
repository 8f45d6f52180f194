"""The generated resumes of the rank benchmark repeat sentences no more than real resumes do."""

from __future__ import annotations

import pytest

from bench.documents import DOCUMENTS, load_documents
from bench.eval_data import default_data_dir
from bench.resume_generator import generate_resumes
from bench.sentence_repeats import duplicate_sentence_share, sentences


def test_sentences_are_lines_or_sentence_ends_of_four_words_or_more() -> None:
    text = "Skills\n- Built the API in Go. Led a small team of four.\nGolang, Docker, Redis"
    assert sentences(text) == ["built the api in go.", "led a small team of four."]


def test_a_template_repeated_is_all_duplicates() -> None:
    assert duplicate_sentence_share(["Wrote unit tests for core services."] * 3) == 1.0
    assert duplicate_sentence_share(["Wrote unit tests for core services.", "Ran a team."]) == 0.0


def test_thousands_of_generated_resumes_repeat_no_more_than_the_real_ones() -> None:
    data = default_data_dir()
    if not (data / DOCUMENTS).is_file():
        pytest.skip(f"{data / DOCUMENTS} is absent: the shared documents set is not here")
    real = [d.text for d in load_documents(data) if d.kind == "resume"]
    generated = [text for _, text in generate_resumes(3000)]
    # Repeats only grow with the number of resumes, so 3,000 against 18 is the strict side.
    assert duplicate_sentence_share(generated) <= duplicate_sentence_share(real)
