"""Ordinary words of either language, and prose that is not about software, give no misspelling
or description evidence; misspelt names among technology still do. Cases written by hand."""

from __future__ import annotations

import pytest

from matcher import match

ORDINARY = [
    "Our sales team will deploy territory strategies and grow key accounts across the region.",
    "Add or remove nodes from the org chart when staff join or leave the company.",
    "Benefits: health insurance, paid holidays, an annual bonus and a gym membership.",
    "We are looking for a friendly barista who loves coffee, people and early mornings.",
    "Authentication\nMiddleware\nExtensions\nOthers",
    "Tunjangan Hari Raya Keagamaan, BPJS Kesehatan dan BPJS Ketenagakerjaan.",
    "Staf admin bertugas memverifikasi dokumen pelamar dan mengarsipkan berkas lamaran.",
    "Memonitoring penggunaan perlengkapan kantor dan melaporkannya setiap minggu.",
    "Sales lapangan yang mampu mencapai target penjualan bulanan dan menjaga pelanggan.",
    "Menjalankan\nTransformasi\nMengolah adonan kue setiap pagi",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_prose_gives_no_fuzzy_or_similarity_evidence(text: str) -> None:
    methods = {ev.method for hit in match(text).skills for ev in hit.evidence}
    assert methods <= {"alias"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skills: Kuberneetes, Docker, Terraform", "kubernetes"),
        ("Deploy ke Kuberneetes dan Elastiksearch setiap minggu.", "elasticsearch"),
    ],
)
def test_a_misspelt_name_among_technology_is_found(text: str, expected: str) -> None:
    assert expected in {hit.id for hit in match(text).skills}


def test_the_plural_of_a_known_word_is_no_misspelling_even_among_technology() -> None:
    assert "nodejs" not in {hit.id for hit in match("Add or remove Nodes, Kubernetes").skills}


def test_a_misspelt_name_alone_in_prose_is_not() -> None:
    assert "kubernetes" not in {hit.id for hit in match("Saya suka Kuberneetes.").skills}


def test_a_sentence_describing_design_is_still_read() -> None:
    assert "database-design" in {
        hit.id for hit in match("Merancang struktur basis data untuk aplikasi").skills
    }
