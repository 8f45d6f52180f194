"""Write cocok's example resumes and job postings as TXT, MD, PDF and DOCX.

Every person, company and school below is made up; contact details use example.com and
zeroed phone numbers. Each document is written once as an outline and rendered four ways by
``testkit.outlines``.

Run from the repository root after ``pip install ".[test]"`` (fpdf2 and python-docx); as a
module, so that ``testkit`` beside it can be imported:

    python -m examples.make_examples            # rewrites the files in examples/
    python -m examples.make_examples --out DIR  # writes them somewhere else
"""

from __future__ import annotations

import argparse
from pathlib import Path

from testkit.outlines import parse, render_docx, render_md, render_pdf, render_txt

RESUME_ID = """\
# Rizky Aditya Pratama
Backend Developer | Jakarta Selatan
rizky.pratama@example.com | +62 812 0000 0000

## Ringkasan (Summary)
Backend developer dengan 3 tahun pengalaman membangun REST API dan layanan microservices \
dengan Golang dan PHP (Laravel). Terbiasa merancang struktur basis data PostgreSQL dan MySQL, \
menulis unit test, dan melakukan deployment dengan Docker di server Linux.

## Pengalaman Kerja (Work Experience)
Backend Developer - PT Kirim Cepat Nusantara (fiktif), Jakarta | Maret 2022 - sekarang
- Membangun dan memelihara REST API pelacakan paket dengan Golang (Gin) dan PostgreSQL yang \
melayani sekitar 2 juta request per hari.
- Merancang skema basis data dan menambahkan indeks sehingga query laporan bulanan turun dari \
8 detik menjadi 400 ms.
- Mengintegrasikan API pihak ketiga (payment gateway dan SMS) dengan retry dan idempotency key.
- Menerapkan caching dengan Redis dan antrean pesan RabbitMQ untuk notifikasi.
- Menyiapkan pipeline CI/CD di GitLab CI; deployment container Docker ke VPS dan Kubernetes.
Junior Web Developer - CV Solusi Digital Mandiri (fiktif), Bandung | Juli 2021 - Februari 2022
- Mengembangkan fitur CRUD aplikasi kasir berbasis Laravel dan MySQL.
- Menutup celah SQL injection dan XSS pada form login; menambahkan autentikasi JWT.
- Menulis dokumentasi API dengan Swagger (OpenAPI).

## Pendidikan (Education)
S1 Teknik Informatika - Universitas Nusantara Raya (fiktif), Bandung | 2017 - 2021 | IPK 3,52
Tugas akhir: sistem antrean klinik berbasis web dengan notifikasi SMS.

## Keahlian (Skills)
| Bahasa pemrograman | Golang, PHP, SQL, JavaScript (dasar) |
| Framework | Gin, Laravel |
| Database | PostgreSQL, MySQL, Redis, MongoDB (dasar) |
| Tools & DevOps | Git, Docker, Kubernetes, Nginx, Linux, GitLab CI |
| Soft skill | pemecahan masalah, kerja sama tim, komunikasi |

## Sertifikasi & Bahasa
- Sertifikasi Junior Web Developer (BNSP), 2021
- Bahasa Indonesia (native), bahasa Inggris (aktif, TOEFL ITP 550)
"""

RESUME_EN = """\
# Nadia Putri Hasanah
Backend Engineer | Surabaya, Indonesia (open to remote)
nadia.hasanah@example.com | +62 813 0000 0000

## Summary
Backend engineer with 5 years of experience designing and running Python and Java services \
for e-commerce and fintech. Comfortable owning a service end to end: API design, data \
modelling, testing, deployment and on-call.

## Experience
Senior Backend Engineer - Pasar Rakyat Online (fictional), Surabaya | Jan 2023 - present
- Led the split of a Django monolith into five services behind an API gateway; deploys went \
from 40 minutes to 6.
- Designed the order and inventory schema in PostgreSQL, with partitioning and indexes for \
30 million rows.
- Built asynchronous order processing with Celery, Redis and Kafka.
- Introduced OAuth 2.0 and role-based access control; fixed the OWASP Top 10 findings of a \
penetration test.
- Runs the services on AWS (ECS, RDS, S3, Lambda) with Terraform and GitHub Actions.
Backend Engineer - Dompet Maju (fictional), Jakarta | Aug 2020 - Dec 2022
- Developed payment APIs in Java with Spring Boot; integrated three partner banks over REST \
and SOAP.
- Wrote unit and integration tests (JUnit, pytest), raising coverage from 45% to 80%.
- Mentored two junior developers and ran weekly code reviews.

## Education
B.Sc. Computer Science (S1 Ilmu Komputer) - Universitas Pesisir Timur (fictional), 2016 - 2020

## Skills
| Languages | Python, Java, SQL, Go (basic) |
| Frameworks | Django, FastAPI, Spring Boot |
| Data | PostgreSQL, MySQL, Redis, Elasticsearch, Kafka |
| Infrastructure | Docker, Kubernetes, AWS, Terraform, Nginx, Linux |
| Practices | REST and GraphQL API design, microservices, TDD, CI/CD, Scrum |
"""

POSTING_ID = """\
# Lowongan Kerja: Backend Developer (Golang)
PT Aruna Data Teknologi (fiktif) | Yogyakarta, hybrid | Penuh waktu

## Tentang Kami
Aruna Data membangun aplikasi manajemen gudang untuk lebih dari 300 UMKM di Jawa dan Bali. \
Tim engineering kami berjumlah 18 orang dan sedang mencari backend developer untuk memperkuat \
tim platform.

## Tanggung Jawab (Job Description)
- Merancang, membangun, dan memelihara REST API serta layanan backend untuk aplikasi web dan \
mobile.
- Merancang struktur basis data dan mengoptimalkan query yang lambat.
- Berkolaborasi dengan tim frontend, mobile, dan QA dalam sprint dua mingguan.
- Menulis unit test dan melakukan code review.
- Memantau performa dan keamanan aplikasi di production.

## Kualifikasi (Requirements)
- Pendidikan minimal S1 Teknik Informatika, Sistem Informasi, Ilmu Komputer, atau setara.
- Pengalaman minimal 2 tahun sebagai backend developer.
- Menguasai Golang; pengalaman dengan PHP atau Node.js menjadi nilai tambah.
- Memahami PostgreSQL atau MySQL, termasuk indexing dan transaksi.
- Terbiasa dengan Git, Docker, dan Linux.
- Memahami keamanan aplikasi web: SQL injection, XSS, autentikasi dan otorisasi.
- Mampu bekerja sama dalam tim dan berkomunikasi dengan baik.

## Nilai Plus
- Pengalaman dengan Redis, RabbitMQ atau Kafka.
- Familiar dengan Kubernetes dan CI/CD.
- Pernah memakai layanan cloud (GCP atau AWS).

## Benefit
- Gaji Rp 10.000.000 - Rp 16.000.000 per bulan, sesuai pengalaman
- BPJS Kesehatan dan Ketenagakerjaan, THR, laptop kerja
- Hybrid: tiga hari di kantor, dua hari dari rumah

## Cara Melamar
Kirim CV dan portofolio ke rekrutmen@example.com dengan subjek "Backend Developer - Nama \
Lengkap".
"""

POSTING_EN = """\
# Backend Engineer (Python)
Lumbung Commerce (fictional) | Remote within Indonesia | Full-time

## About the role
Lumbung Commerce runs a marketplace for farm produce that connects 4,000 growers with \
restaurants and shops. You will join a team of six backend engineers who own the order, \
payment and delivery services.

## What you will do
- Design and build REST APIs in Python (FastAPI and Django) for our web and mobile apps.
- Model data in PostgreSQL and keep queries fast as volume grows.
- Build event-driven integrations with payment and logistics partners.
- Own your services in production: monitoring, alerting and incident follow-ups.
- Take part in design discussions and code reviews.

## What we are looking for
- 3+ years of professional backend development experience.
- Strong Python, with Django, FastAPI or Flask.
- Solid SQL and relational database design; PostgreSQL preferred.
- Experience with Docker and CI/CD pipelines; Kubernetes is a plus.
- A working knowledge of web security: authentication, authorization, the OWASP Top 10.
- Clear written English.

## Nice to have
- Redis, Kafka or RabbitMQ.
- AWS or GCP.
- GraphQL.

## What we offer
- Salary IDR 18-28 million per month
- Health insurance for you and your family, 18 days of paid leave
- A yearly learning budget and a team meetup every quarter

## How to apply
Send your CV to careers@example.com.
"""

RESUME_FRONTEND = """\
# Anisa Rahmawati
Frontend Developer | Malang
anisa.rahma@example.com | +62 857 0000 0000

## Profil
Frontend developer dengan 2 tahun pengalaman membuat antarmuka web yang responsif dengan \
React dan TypeScript. Senang bekerja dekat dengan desainer UI/UX dan peduli pada aksesibilitas.

## Pengalaman Kerja
Frontend Developer - Studio Kreasi Piksel (fiktif), Malang | Januari 2023 - sekarang
- Membangun dashboard admin dengan React, TypeScript, Redux Toolkit dan Tailwind CSS.
- Mengubah desain Figma menjadi komponen yang dapat dipakai ulang dan mendokumentasikannya di \
Storybook.
- Menaikkan skor Lighthouse dari 62 menjadi 95 dengan lazy loading dan optimasi gambar.
- Mengonsumsi REST API dari tim backend dan menulis test dengan Jest dan React Testing Library.
Web Developer Intern - Agensi Warna Kota (fiktif), Malang | Juni - Desember 2022
- Membuat landing page dengan HTML, CSS, Bootstrap dan jQuery.

## Pendidikan
D3 Manajemen Informatika - Politeknik Lembah Hijau (fiktif), 2019 - 2022

## Keahlian
| Frontend | HTML5, CSS3, JavaScript (ES6+), TypeScript, React, Next.js, Vue.js (dasar) |
| Styling | Tailwind CSS, Sass, Bootstrap |
| Tools | Git, Figma, Vite, Webpack, Chrome DevTools |
| Soft skill | komunikasi, kerja sama tim, teliti |
"""

EXAMPLES = {
    "resume_id": RESUME_ID,
    "resume_en": RESUME_EN,
    "posting_id": POSTING_ID,
    "posting_en": POSTING_EN,
    "resume_frontend": RESUME_FRONTEND,
}


def write_examples(out_dir: Path) -> list[Path]:
    """Render every example into ``out_dir`` in every format; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for stem, source in EXAMPLES.items():
        # The PDFs use a core font, which covers Latin-1 only.
        source.encode("latin-1")
        blocks = list(parse(source))
        outputs: dict[str, bytes] = {
            ".txt": render_txt(blocks).encode(),
            ".md": render_md(blocks).encode(),
            ".pdf": render_pdf(blocks),
            ".docx": render_docx(blocks),
        }
        for suffix, data in outputs.items():
            path = out_dir / f"{stem}{suffix}"
            path.write_bytes(data)
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent, help="output directory"
    )
    args = parser.parse_args()
    for path in write_examples(args.out):
        print(f"{path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
