"""Words and short phrases of the command line's human output, in English and Indonesian.

Shared by the table and markdown renderers so both say the same thing. JSON output never goes
through here: it stays language-neutral.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.models import Evidence, Experience, MatchResult, RoleLeaning
from taxonomy import Taxonomy


@dataclass(frozen=True)
class Labels:
    score: str
    fit: str
    kind: str
    kinds: dict[str, str]
    language: str
    languages: dict[str, str]
    role: str
    experience: str
    years: str
    not_stated: str
    categories: str
    category: str
    skills: str
    skill: str
    tier: str
    tiers: dict[str, str]
    evidence: str
    typo: str
    described: str
    negated: str
    missing_core: str
    next_steps: str
    roadmap_step: str
    none: str
    resume: str
    posting: str
    requirement: str
    posting_says: str
    resume_shows: str
    covered: str
    missing: str
    extra: str
    rank: str
    file: str
    id: str
    name: str
    weight: str
    description: str


EN = Labels(
    score="Score",
    fit="Fit",
    kind="Kind",
    kinds={"resume": "resume", "posting": "job posting"},
    language="Language",
    languages={"en": "English", "id": "Indonesian", "mixed": "mixed"},
    role="Role",
    experience="Experience",
    years="years",
    not_stated="not stated",
    categories="Categories",
    category="Category",
    skills="Skills",
    skill="Skill",
    tier="Tier",
    tiers={"core": "core", "common": "common", "extra": "extra", "contrast": "frontend"},
    evidence="Evidence",
    typo="misspelled",
    described="described",
    negated="Named only as not known",
    missing_core="Missing core competencies",
    next_steps="Next steps",
    roadmap_step="roadmap step",
    none="none",
    resume="Resume",
    posting="Posting",
    requirement="Requirement",
    posting_says="Posting says",
    resume_shows="Resume shows",
    covered="Covered",
    missing="Missing",
    extra="Also in the resume",
    rank="#",
    file="File",
    id="Id",
    name="Name",
    weight="Weight",
    description="Description",
)

ID = Labels(
    score="Skor",
    fit="Kecocokan",
    kind="Jenis",
    kinds={"resume": "CV", "posting": "lowongan"},
    language="Bahasa",
    languages={"en": "Inggris", "id": "Indonesia", "mixed": "campuran"},
    role="Peran",
    experience="Pengalaman",
    years="tahun",
    not_stated="tidak disebut",
    categories="Kategori",
    category="Kategori",
    skills="Keahlian",
    skill="Keahlian",
    tier="Tingkat",
    tiers={"core": "inti", "common": "umum", "extra": "tambahan", "contrast": "frontend"},
    evidence="Bukti",
    typo="salah ketik",
    described="dideskripsikan",
    negated="Disebut sebagai belum dikuasai",
    missing_core="Kompetensi inti yang belum ada",
    next_steps="Langkah berikutnya",
    roadmap_step="langkah roadmap",
    none="Belum ada",
    resume="CV",
    posting="Lowongan",
    requirement="Persyaratan",
    posting_says="Di lowongan",
    resume_shows="Di CV",
    covered="Terpenuhi",
    missing="Belum terpenuhi",
    extra="Juga ada di CV",
    rank="#",
    file="Berkas",
    id="Id",
    name="Nama",
    weight="Bobot",
    description="Deskripsi",
)


def output_lang(choice: str, document_language: str) -> str:
    """``auto`` follows the document, as the next steps do: Indonesian unless it is English."""
    if choice in ("en", "id"):
        return choice
    return "en" if document_language == "en" else "id"


def labels_for(lang: str) -> Labels:
    return ID if lang == "id" else EN


def role_summary(role: RoleLeaning, taxonomy: Taxonomy, lang: str) -> str:
    shares = f"backend {role.backend:.0%} · frontend {role.frontend:.0%}"
    return f"{taxonomy.role_name(role.role, lang)} ({shares})"


def experience_summary(experience: Experience, taxonomy: Taxonomy, lang: str) -> str:
    labels = labels_for(lang)
    parts = []
    if experience.seniority is not None:
        parts.append(taxonomy.level_name(experience.seniority, lang))
    if experience.years is not None:
        parts.append(f"{experience.years:g} {labels.years}")
    return ", ".join(parts) if parts else labels.not_stated


def headline(result: MatchResult, lang: str) -> str:
    labels = labels_for(lang)
    kind = labels.kinds.get(result.kind, result.kind)
    language = labels.languages.get(result.language, result.language)
    return f"{labels.kind}: {kind} · {labels.language}: {language}"


def short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def evidence_summary(evidence: tuple[Evidence, ...], lang: str, limit: int = 2) -> str:
    """The first distinct pieces of evidence, quoted, marked when they are not an exact alias."""
    labels = labels_for(lang)
    marks = {"alias": "", "fuzzy": f" ({labels.typo})", "similarity": f" ({labels.described})"}
    # The same words often match several aliases or recur in the text; show each wording once.
    distinct: dict[str, Evidence] = {}
    for item in evidence:
        distinct.setdefault(" ".join(item.snippet.casefold().split()), item)
    spans = list(distinct.values())
    quoted = [f"“{short(item.snippet)}”{marks[item.method]}" for item in spans[:limit]]
    if len(spans) > limit:
        quoted.append(f"+{len(spans) - limit}")
    return ", ".join(quoted)
