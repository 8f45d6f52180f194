"""Deterministic synthetic resumes, English and Indonesian, for throughput measurements.

Every sentence is put together from parts (an action, what it made, with which skill, for
whom, with what result and numbers), so that ten thousand resumes repeat one another's
sentences no more than real resumes do (see ``bench.sentence_repeats``): a few templates
repeated would let the matcher's work look cheaper than it is. A seeded generator picks the
parts, so the same seed always gives the same resumes, and nobody's personal data is involved.
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

ACTIONS = {
    "en": ("built", "designed", "rewrote", "maintained", "extended", "migrated", "refactored",
           "shipped", "owned", "introduced", "scaled", "documented", "automated", "tested"),
    "id": ("membangun", "merancang", "menulis ulang", "memelihara", "mengembangkan",
           "memigrasikan", "merapikan", "meluncurkan", "menangani", "memperkenalkan",
           "menskalakan", "mendokumentasikan", "mengotomatiskan", "menguji"),
}  # fmt: skip

ARTIFACTS = {
    "en": ("the order service", "a reporting dashboard", "the payment module", "REST endpoints",
           "the admin panel", "a notification worker", "the search feature", "a data import job",
           "the login flow", "an inventory API", "the billing schema", "a booking system",
           "internal tooling", "the deployment pipeline", "a caching layer", "a chat backend"),
    "id": ("layanan pemesanan", "dashboard laporan", "modul pembayaran", "endpoint REST",
           "panel admin", "worker notifikasi", "fitur pencarian", "proses impor data",
           "alur login", "API inventaris", "skema penagihan", "sistem reservasi",
           "perkakas internal", "pipeline deployment", "lapisan cache", "backend chat"),
}  # fmt: skip

WITH = {"en": ("with", "using", "on", "in"), "id": ("dengan", "memakai", "di atas", "berbasis")}

AUDIENCES = {
    "en": ("a logistics client", "the mobile team", "a retail chain", "three hospitals",
           "a government agency", "the finance department", "a ride-hailing partner",
           "an e-commerce marketplace", "a school network", "a cooperative bank",
           "the warehouse staff", "a travel startup", "field sales agents", "a media company"),
    "id": ("klien logistik", "tim mobile", "jaringan ritel", "tiga rumah sakit",
           "instansi pemerintah", "bagian keuangan", "mitra ojek daring", "marketplace",
           "jaringan sekolah", "bank koperasi", "staf gudang", "startup perjalanan",
           "tenaga penjual lapangan", "perusahaan media"),
}  # fmt: skip

OUTCOMES = {
    "en": ("cutting response time from {a} ms to {b} ms", "serving {n:,} requests a day",
           "used by {n:,} people each month", "with test coverage raised to {p}%",
           "reducing failed jobs by {p}%", "across {k} branches", "in {k} weeks",
           "saving about {k} hours of manual work a week", "handling {n:,} orders at peak"),
    "id": ("mempercepat respons dari {a} ms menjadi {b} ms", "melayani {n:,} request per hari",
           "dipakai {n:,} pengguna tiap bulan", "dengan cakupan test naik ke {p}%",
           "mengurangi job gagal sebesar {p}%", "di {k} cabang", "dalam {k} minggu",
           "menghemat sekitar {k} jam kerja manual per minggu",
           "menangani {n:,} pesanan saat puncak"),
}  # fmt: skip

TEAMWORK = {
    "en": ("Worked with {k} designers and QA engineers on {artifact} for {audience},"
           " releasing every {w} weeks.",
           "Mentored {k} junior developers in {skill} and reviewed about {n} pull requests"
           " on {artifact}.",
           "Presented {artifact} to {audience} every {w} weeks and kept its backlog in order.",
           "Ran on-call for {artifact} and {k} other services; wrote {n} incident reports."),
    "id": ("Bekerja sama dengan {k} desainer dan QA untuk {artifact} bagi {audience},"
           " rilis setiap {w} minggu.",
           "Membimbing {k} developer junior dalam {skill} dan me-review sekitar {n} pull request"
           " untuk {artifact}.",
           "Mempresentasikan {artifact} ke {audience} setiap {w} minggu dan merapikan backlognya.",
           "Bergiliran on-call untuk {artifact} dan {k} layanan lain;"
           " menulis {n} laporan insiden."),
}  # fmt: skip

ROLES = {
    "en": ("Backend Developer", "Software Engineer", "Full-stack Developer", "Web Developer",
           "Frontend Developer", "DevOps Engineer", "Data Analyst", "Project Coordinator"),
    "id": ("Backend Developer", "Programmer", "Fullstack Developer", "Staf IT",
           "Frontend Developer", "Administrator Sistem", "Analis Data", "Staf Administrasi"),
}  # fmt: skip

COMPANY_FORMS = ("PT", "CV", "Koperasi", "Startup", "Agensi")
COMPANY_WORDS = ("Contoh", "Kode", "Sinar", "Data", "Logistik", "Nusantara", "Digital", "Karya",
                 "Teknologi", "Cipta", "Solusi", "Mitra", "Global", "Prima", "Kreatif")  # fmt: skip
UNIVERSITIES = ("Universitas Contoh", "Institut Teknologi Contoh", "Politeknik Contoh",
                "Universitas Swasta Contoh", "STMIK Contoh")  # fmt: skip
CITIES = ("Jakarta", "Bandung", "Surabaya", "Yogyakarta", "Medan", "Makassar", "Denpasar",
          "Semarang", "Malang", "Palembang", "Balikpapan", "Padang")  # fmt: skip
STUDIES = ("Teknik Informatika", "Sistem Informasi", "Ilmu Komputer", "Manajemen", "Statistika")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TEMPLATES = {
    "en": (
        "Candidate {number}\n{city} · candidate{number}@example.com\n\nSummary\n{summary}"
        "\n\nSkills\n{skills}\n\nExperience\n{jobs}\n\nEducation\n{education}\n"
    ),
    "id": (
        "Kandidat {number}\n{city} · kandidat{number}@example.com\n\nRingkasan\n{summary}"
        "\n\nKeahlian\n{skills}\n\nPengalaman\n{jobs}\n\nPendidikan\n{education}\n"
    ),
}


def _numbers(rng: random.Random) -> dict[str, int]:
    slow = rng.randint(300, 3000)
    return {
        "a": slow,
        "b": rng.randint(20, slow // 3),
        "n": rng.randint(2, 400) * rng.choice((1, 10, 100, 1000)),
        "p": rng.randint(5, 95),
        "k": rng.randint(2, 40),
        "w": rng.randint(1, 6),
    }


def _sentence(rng: random.Random, lang: str) -> str:
    """One achievement; one in six is in the other language, as in many real resumes."""
    if rng.random() < 1 / 6:
        lang = "id" if lang == "en" else "en"
    if rng.random() < 0.15:
        return rng.choice(TEAMWORK[lang]).format(
            artifact=rng.choice(ARTIFACTS[lang]),
            audience=rng.choice(AUDIENCES[lang]),
            skill=rng.choice(SKILLS),
            **_numbers(rng),
        )
    parts = [
        rng.choice(ACTIONS[lang]),
        rng.choice(ARTIFACTS[lang]),
        rng.choice(WITH[lang]),
        (" and " if lang == "en" else " dan ").join(rng.sample(SKILLS, rng.randint(1, 3))),
        "for" if lang == "en" else "untuk",
        rng.choice(AUDIENCES[lang]) + ",",
        rng.choice(OUTCOMES[lang]).format(**_numbers(rng)),
    ]
    sentence = " ".join(parts)
    return f"{sentence[0].upper()}{sentence[1:]}."


def _summary(rng: random.Random, lang: str, role: str, years: int) -> str:
    skills = rng.sample(SKILLS, 3)
    if lang == "en":
        return (
            f"{role} with {years} years of experience, mostly {skills[0]} and {skills[1]};"
            f" lately {rng.choice(ARTIFACTS['en'])} for {rng.choice(AUDIENCES['en'])}"
            f" with {skills[2]}."
        )
    return (
        f"{role} dengan pengalaman {years} tahun, terutama {skills[0]} dan {skills[1]};"
        f" terakhir {rng.choice(ARTIFACTS['id'])} untuk {rng.choice(AUDIENCES['id'])}"
        f" dengan {skills[2]}."
    )


def _company(rng: random.Random) -> str:
    return " ".join([rng.choice(COMPANY_FORMS), *rng.sample(COMPANY_WORDS, 2)])


def _job(rng: random.Random, lang: str, role: str, start: str, end: str) -> str:
    lines = [f"{role}, {_company(rng)}, {rng.choice(CITIES)} ({start} - {end})"]
    lines.extend(f"- {_sentence(rng, lang)}" for _ in range(rng.randint(3, 6)))
    return "\n".join(lines)


def _jobs(rng: random.Random, lang: str, role: str) -> str:
    """Two to four jobs, latest first, each ending the month the next one starts."""
    starts = sorted(rng.sample(range(2008 * 12, 2024 * 12), rng.randint(2, 4)), reverse=True)
    dates = [f"{MONTHS[month % 12]} {month // 12}" for month in starts]
    ends = ["present" if lang == "en" else "sekarang", *dates[:-1]]
    return "\n\n".join(_job(rng, lang, role, s, e) for s, e in zip(dates, ends, strict=True))


def _education(rng: random.Random, lang: str) -> str:
    degree = "B.Sc." if lang == "en" else "S1"
    grade = "GPA" if lang == "en" else "IPK"
    return (
        f"{degree} {rng.choice(STUDIES)}, {rng.choice(UNIVERSITIES)} {rng.choice(CITIES)},"
        f" {rng.randint(2008, 2024)}, {grade} {rng.randint(280, 395) / 100:.2f}"
    )


def generate_resume(rng: random.Random, number: int) -> str:
    lang = rng.choice(("en", "id"))
    role = rng.choice(ROLES[lang])
    return TEMPLATES[lang].format(
        number=number,
        city=rng.choice(CITIES),
        summary=_summary(rng, lang, role, rng.randint(1, 12)),
        skills=", ".join(rng.sample(SKILLS, rng.randint(4, 14))),
        jobs=_jobs(rng, lang, role),
        education=_education(rng, lang),
    )


def generate_resumes(count: int, seed: int = 20241125) -> list[tuple[str, str]]:
    """``count`` (name, text) pairs; the same seed always gives the same list."""
    rng = random.Random(seed)
    return [(f"resume-{n:05d}", generate_resume(rng, n)) for n in range(1, count + 1)]
