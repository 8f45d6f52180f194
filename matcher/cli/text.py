"""Words and short phrases of the command line's human output, in English and Indonesian.

Shared by the table and markdown renderers so both say the same thing. JSON output never goes
through here: it stays language-neutral.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.models import Comparison, Evidence, Experience, MatchResult, RoleLeaning
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
    must: str
    nice: str
    either_or: str
    context: str
    missing_must: str
    missing_nice: str
    asked: str
    shown: str
    level: str
    or_word: str
    sections: dict[str, str]


EN = Labels(
    score="Score",
    fit="Fit",
    kind="Kind",
    kinds={"resume": "resume", "posting": "job posting", "other": "neither resume nor posting"},
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
    must="Must have",
    nice="Nice to have",
    either_or="Either-or",
    context="Named about the company only",
    missing_must="Missing must-haves",
    missing_nice="Missing nice-to-haves",
    asked="asked",
    shown="shown",
    level="Level",
    or_word="or",
    sections={
        "contact": "contact",
        "experience": "experience",
        "education": "education",
        "projects": "projects",
        "certifications": "certifications",
        "company": "about the company",
        "nice_to_have": "nice to have",
        "benefits": "benefits",
        "how_to_apply": "how to apply",
    },
)

ID = Labels(
    score="Skor",
    fit="Kecocokan",
    kind="Jenis",
    kinds={"resume": "CV", "posting": "lowongan", "other": "bukan CV maupun lowongan"},
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
    must="Wajib",
    nice="Nilai tambah",
    either_or="Salah satu",
    context="Hanya disebut tentang perusahaan",
    missing_must="Syarat wajib yang belum ada",
    missing_nice="Nilai tambah yang belum ada",
    asked="diminta",
    shown="dimiliki",
    level="Level",
    or_word="atau",
    sections={
        "contact": "kontak",
        "experience": "pengalaman",
        "education": "pendidikan",
        "projects": "proyek",
        "certifications": "sertifikasi",
        "company": "tentang perusahaan",
        "nice_to_have": "nilai tambah",
        "benefits": "benefit",
        "how_to_apply": "cara melamar",
    },
)


def output_lang(choice: str, document_language: str) -> str:
    """``auto`` follows the document, as the next steps do: Indonesian unless it is English."""
    if choice in ("en", "id"):
        return choice
    return "en" if document_language == "en" else "id"


def labels_for(lang: str) -> Labels:
    return ID if lang == "id" else EN


def role_summary(role: RoleLeaning, taxonomy: Taxonomy, lang: str) -> str:
    shares = " · ".join(f"{side} {share:.0%}" for side, share in role.shares.items())
    name = taxonomy.role_name(role.id, lang) if role.id else labels_for(lang).not_stated
    return f"{name} ({shares})" if shares else name


def requirement_line(ids: tuple[str, ...], taxonomy: Taxonomy, lang: str) -> str:
    """A requirement's alternatives as a reader says them: "Go or Java"."""
    return f" {labels_for(lang).or_word} ".join(taxonomy.competency_name(cid, lang) for cid in ids)


def detail_blocks(
    result: MatchResult, taxonomy: Taxonomy, lang: str
) -> list[tuple[str, list[str]]]:
    """(title, lines) of what a result says by its kind: a resume's profile gaps, a posting's
    must / nice / either-or requirements and what it names about the company only."""
    labels = labels_for(lang)
    if result.kind == "resume":
        gaps = [
            f"{gap.name}: {requirement_line(gap.ids, taxonomy, lang)}" for gap in result.missing
        ]
        return [(labels.missing_core, gaps or [labels.none])]
    if result.kind != "posting":
        return []
    wanted = result.requirements
    blocks = [
        (
            labels.must,
            [requirement_line(r.ids, taxonomy, lang) for r in wanted if r.level == "must"],
        ),
        (
            labels.nice,
            [requirement_line(r.ids, taxonomy, lang) for r in wanted if r.level == "nice"],
        ),
        (
            labels.either_or,
            [requirement_line(r.ids, taxonomy, lang) for r in wanted if len(r.ids) > 1],
        ),
        (labels.context, [taxonomy.competency_name(h.id, lang, h.name) for h in result.context]),
    ]
    return [(title, lines) for title, lines in blocks if lines]


def asked_and_shown(comparison: Comparison, taxonomy: Taxonomy, lang: str) -> list[str]:
    """The years and level a posting asks next to those the resume shows."""
    labels = labels_for(lang)

    def years(value: float | None) -> str:
        return f"{value:g} {labels.years}" if value is not None else labels.not_stated

    def level(value: str | None) -> str:
        return taxonomy.level_name(value, lang) if value else labels.not_stated

    return [
        f"{labels.experience}: {labels.asked} {years(comparison.years_asked)} · "
        f"{labels.shown} {years(comparison.years_shown)}",
        f"{labels.level}: {labels.asked} {level(comparison.level_asked)} · "
        f"{labels.shown} {level(comparison.level_shown)}",
    ]


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


# Sections where the words are what a reader expects to find: naming them says nothing.
_PLAIN_SECTIONS = frozenset(
    {"preamble", "other", "summary", "skills", "requirements", "responsibilities"}
)


def _in_section(evidence: Evidence, labels: Labels) -> str:
    # Named where it changes what the words mean: shown in work (experience, projects) rather
    # than listed, or in a posting's nice-to-haves or its words about the company.
    if evidence.section is None or evidence.section in _PLAIN_SECTIONS:
        return ""
    return f" [{labels.sections.get(evidence.section, evidence.section.replace('_', ' '))}]"


def evidence_summary(evidence: tuple[Evidence, ...], lang: str, limit: int = 2) -> str:
    """The first distinct pieces of evidence, quoted, marked when they are not an exact alias."""
    labels = labels_for(lang)
    marks = {"alias": "", "fuzzy": f" ({labels.typo})", "similarity": f" ({labels.described})"}
    # The same words often match several aliases or recur in the text; show each wording once.
    distinct: dict[str, Evidence] = {}
    for item in evidence:
        distinct.setdefault(" ".join(item.snippet.casefold().split()), item)
    spans = list(distinct.values())
    quoted = [
        f"“{short(item.snippet)}”{marks[item.method]}{_in_section(item, labels)}"
        for item in spans[:limit]
    ]
    if len(spans) > limit:
        quoted.append(f"+{len(spans) - limit}")
    return ", ".join(quoted)
