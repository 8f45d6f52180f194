"""Deterministic synthetic resumes, English and Indonesian, for throughput measurements.

Templates filled with random picks of skills and phrases from a seeded generator: the same
seed always gives the same resumes, and nobody's personal data is involved.
"""

from __future__ import annotations

import random

SKILLS = (
    "PHP", "Laravel", "CodeIgniter", "Python", "Django", "Flask", "FastAPI", "Golang", "Java",
    "Spring Boot", "Node.js", "Express.js", "NestJS", "Ruby on Rails", "C#", ".NET", "JavaScript",
    "TypeScript", "React", "Vue.js", "Angular", "HTML", "CSS", "MySQL", "PostgreSQL", "MongoDB",
    "Redis", "Elasticsearch", "SQL Server", "Oracle Database", "REST API", "GraphQL", "gRPC",
    "JSON", "Docker", "Kubernetes", "Nginx", "Apache", "Linux", "AWS", "Google Cloud", "Azure",
    "Jenkins", "GitLab CI", "Git", "RabbitMQ", "Kafka", "JWT", "OAuth", "Figma", "WordPress",
)  # fmt: skip

PHRASES = {
    "en": (
        "designed the database schema for the billing module",
        "built REST endpoints consumed by the mobile team",
        "wrote unit and integration tests for core services",
        "optimised slow SQL queries and added caching",
        "integrated third-party payment and SMS gateways",
        "set up CI/CD pipelines and automated deployments",
        "migrated services to containers and microservices",
        "implemented authentication and role-based access control",
        "monitored production systems and fixed incidents",
        "collaborated with designers, QA and product owners",
        "built responsive pages from Figma designs",
        "mentored junior developers and ran code reviews",
        "prepared weekly reports and dashboards for management",
        "led a small team and presented results to clients",
    ),
    "id": (
        "merancang struktur basis data untuk modul penagihan",
        "membangun endpoint REST yang dipakai tim mobile",
        "menulis unit test dan integration test untuk layanan inti",
        "mengoptimalkan query SQL yang lambat dan menambahkan caching",
        "mengintegrasikan payment gateway dan layanan SMS pihak ketiga",
        "menyiapkan pipeline CI/CD dan deployment otomatis",
        "memindahkan layanan ke container dan arsitektur microservices",
        "membuat fitur autentikasi dan manajemen hak akses pengguna",
        "memantau sistem produksi dan menangani gangguan",
        "bekerja sama dengan desainer, tim QA dan product owner",
        "membuat halaman responsif dari desain Figma",
        "membimbing developer junior dan melakukan code review",
        "menyusun laporan mingguan dan dashboard untuk manajemen",
        "memimpin tim kecil dan mempresentasikan hasil ke klien",
    ),
}

ROLES = {
    "en": ("Backend Developer", "Software Engineer", "Full-stack Developer", "Web Developer",
           "Frontend Developer", "DevOps Engineer", "Data Analyst", "Project Coordinator"),
    "id": ("Backend Developer", "Programmer", "Fullstack Developer", "Staf IT",
           "Frontend Developer", "Administrator Sistem", "Analis Data", "Staf Administrasi"),
}  # fmt: skip

COMPANIES = ("PT Contoh Digital", "CV Kode Nusantara", "PT Sinar Data", "Startup Contoh",
             "PT Logistik Contoh", "Koperasi Contoh", "Agensi Kreatif Contoh")  # fmt: skip

TEMPLATES = {
    "en": (
        "Candidate {number}\n{role} | {city}\n\nSummary\n{role} with {years} years of experience."
        "\n\nSkills\n{skills}\n\nExperience\n{jobs}\n\nEducation\nB.Sc. {study}, {year}\n"
    ),
    "id": (
        "Kandidat {number}\n{role} | {city}\n\nRingkasan\n{role} dengan pengalaman {years} tahun."
        "\n\nKeahlian\n{skills}\n\nPengalaman\n{jobs}\n\nPendidikan\nS1 {study}, lulus {year}\n"
    ),
}
CITIES = ("Jakarta", "Bandung", "Surabaya", "Yogyakarta", "Medan", "Makassar", "Denpasar")
STUDIES = ("Teknik Informatika", "Sistem Informasi", "Ilmu Komputer", "Manajemen", "Statistika")


def _job(rng: random.Random, lang: str, role: str, start: int, end: str) -> str:
    bullets = rng.sample(PHRASES[lang], rng.randint(3, 6))
    lines = [f"{role}, {rng.choice(COMPANIES)} ({start} - {end})"]
    lines.extend(f"- {bullet[0].upper()}{bullet[1:]}." for bullet in bullets)
    return "\n".join(lines)


def _jobs(rng: random.Random, lang: str, role: str) -> str:
    """Two to four jobs, latest first, each ending the year the next one starts."""
    starts = sorted(rng.sample(range(2008, 2024), rng.randint(2, 4)), reverse=True)
    ends = ["present" if lang == "en" else "sekarang", *(str(s) for s in starts[:-1])]
    return "\n\n".join(_job(rng, lang, role, s, e) for s, e in zip(starts, ends, strict=True))


def generate_resume(rng: random.Random, number: int) -> str:
    lang = rng.choice(("en", "id"))
    role = rng.choice(ROLES[lang])
    return TEMPLATES[lang].format(
        number=number,
        role=role,
        city=rng.choice(CITIES),
        years=rng.randint(1, 12),
        skills=", ".join(rng.sample(SKILLS, rng.randint(4, 14))),
        jobs=_jobs(rng, lang, role),
        study=rng.choice(STUDIES),
        year=rng.randint(2008, 2024),
    )


def generate_resumes(count: int, seed: int = 20241125) -> list[tuple[str, str]]:
    """``count`` (name, text) pairs; the same seed always gives the same list."""
    rng = random.Random(seed)
    return [(f"resume-{n:05d}", generate_resume(rng, n)) for n in range(1, count + 1)]
