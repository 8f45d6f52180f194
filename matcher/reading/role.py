"""The role a document is about: from its job title first, else from the skills it names.

Title words decide because a title is what a recruiter reads first and what the labels follow;
skills only break a tie left by a title that names no role ("Software Engineer", "Programmer").
Only title lines are searched, so a duty such as "work with the backend team" never makes a
posting a backend one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from matcher.reading.models import DocumentKind, RoleId, RoleReading
from taxonomy.schema import RoleProfile

# Roles beyond the taxonomy's three web roles; checked before them, since "Android Developer"
# or "Data Engineer (Python backend)" is that role whatever web word follows.
_OTHER_ROLE_TERMS: tuple[tuple[RoleId, tuple[str, ...]], ...] = (
    ("mobile", ("android", "ios", "mobile", "flutter", "react native", "kotlin multiplatform")),
    (
        "data",
        ("data engineer", "data scientist", "data analyst", "data warehouse", "machine learning",
         "ml engineer", "ai engineer", "power bi", "bi developer", "business intelligence",
         "bioinformatic", "data science", "analytics engineer", "big data", "data visual",
         "data analytics", "data visualization", "data visualisation"),
    ),
    (
        "devops",
        ("devops", "dev ops", "sre", "site reliability", "cloud engineer", "cloud architect",
         "infrastructure engineer", "platform engineer", "system administrator",
         "systems administrator", "sysadmin", "devsecops", "cloud computing"),
    ),
    (
        "other-it",
        ("qa", "quality assurance", "tester", "test engineer", "automation test", "security",
         "ui designer", "ux designer", "product designer",
         "ui/ux", "ux", "product owner", "product manager", "scrum master", "erp", "crm",
         "sap", "odoo", "embedded", "firmware", "it support", "helpdesk", "help desk",
         "system analyst", "systems analyst", "network engineer", "database administrator",
         "dba", "it manager", "project manager", "technical support", "customer database support",
         "researcher", "lecturer", "dosen"),
    ),
)  # fmt: skip
# Server-side language titles are backend titles ("Golang Developer", ".NET Developer").
_BACKEND_LANGUAGE_TITLES = (
    "golang", "go developer", "go engineer", ".net", "dotnet", "java developer",
    "java engineer", "php", "laravel", "python developer", "python engineer", "node.js",
    "nodejs", "ruby", "rails", "django", "spring", "c# developer", "kotlin backend",
)  # fmt: skip
# Titles of software work that name no side: skills decide.
_GENERIC_IT = (
    "software", "developer", "engineer", "programmer", "programer", "web", "it ", "coder",
    "pengembang", "teknologi informasi", "informatika",
)  # fmt: skip
_NON_IT = (
    "accounting", "akunting", "akuntan", "finance", "keuangan", "hr", "human resource",
    "recruit", "sales", "marketing", "admin", "customer service", "driver", "guru", "teacher",
    "writer", "copywriter", "content", "designer grafis", "graphic designer", "legal",
    "purchasing", "logistik", "logistic", "gudang", "warehouse", "kasir", "cashier", "operator",
    "accountant", "barista", "chef", "nurse", "perawat", "receptionist",
    "electrical", "mechanical", "civil", "sipil", "listrik", "mesin", "chemical", "kimia",
    "technician", "teknisi",
)  # fmt: skip
# Fewer role-telling competencies than this say nothing about a software role.
_MIN_TECH_SKILLS = 3
_SKILL_SIDES: Mapping[str, str] = {
    "language": "backend", "framework": "backend", "database": "backend", "api": "backend",
    "server": "backend", "security": "backend", "architecture": "backend",
    "frontend": "frontend", "devops": "devops",
}  # fmt: skip
# Scripting languages of the browser lean frontend even though they sit with the languages.
_FRONTEND_IDS = frozenset({"javascript", "html", "css", "react", "angular", "vue", "ui-ux"})
_FULLSTACK_SHARE = 0.25


# Each document's titles are read against the taxonomy's role terms: the expressions are built
# once per list of terms rather than once per document.
@functools.lru_cache(maxsize=64)
def _terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(term.strip()) for term in ordered) + r")(?![\w])",
        re.IGNORECASE,
    )


def _title_table(roles: Sequence[RoleProfile]) -> list[tuple[RoleId, re.Pattern[str]]]:
    web: dict[str, tuple[str, ...]] = {role.id: role.title_terms for role in roles}
    table: list[tuple[RoleId, re.Pattern[str]]] = [
        ("fullstack", _terms_regex(web.get("fullstack", ("fullstack",)))),
        *((role, _terms_regex(terms)) for role, terms in _OTHER_ROLE_TERMS),
        ("frontend", _terms_regex(web.get("frontend", ("frontend",)))),
        ("backend", _terms_regex((*web.get("backend", ("backend",)), *_BACKEND_LANGUAGE_TITLES))),
    ]
    return table


_WEB_TITLE = _terms_regex(("web developer", "web programmer", "web engineer"))
_GENERIC = _terms_regex(_GENERIC_IT)
_NON_IT_TITLE = _terms_regex(_NON_IT)


def skill_shares(skill_categories: Mapping[str, str]) -> dict[str, float]:
    """Share of the role-telling competencies that lean to backend, frontend or devops."""
    sides: dict[str, int] = {}
    for competency_id, category in skill_categories.items():
        side = "frontend" if competency_id in _FRONTEND_IDS else _SKILL_SIDES.get(category)
        if side:
            sides[side] = sides.get(side, 0) + 1
    total = sum(sides.values())
    return {side: round(count / total, 3) for side, count in sorted(sides.items())} if total else {}


def _role_from_shares(shares: Mapping[str, float]) -> RoleId | None:
    if not shares:
        return None
    if min(shares.get("backend", 0), shares.get("frontend", 0)) >= _FULLSTACK_SHARE:
        return "fullstack"
    best = max(shares, key=lambda side: shares[side])
    return "backend" if best == "backend" else "frontend" if best == "frontend" else "devops"


def _title_role(line: str, table: list[tuple[RoleId, re.Pattern[str]]]) -> RoleId | None:
    """The role named first in ``line`` ("Node.js Developer (Web & Mobile Team)" is backend);
    at the same place, the table's order decides ("Fullstack" before "Full")."""
    named: list[tuple[int, int, RoleId]] = []
    for order, (role, pattern) in enumerate(table):
        # A "Web Developer PHP" may build both sides: its skills tell.
        if role == "backend" and _WEB_TITLE.search(line):
            continue
        found = pattern.search(line)
        if found:
            named.append((found.start(), order, role))
    return min(named)[2] if named else None


def read_role(
    titles: Sequence[tuple[int, str]],
    skill_categories: Mapping[str, str],
    *,
    kind: DocumentKind,
    roles: Sequence[RoleProfile] = (),
) -> RoleReading:
    """The role of a resume or posting; None for ``other`` or when nothing supports one.

    ``titles`` are the document's title lines (``title_lines``); ``skill_categories`` maps each
    competency id found in the text (``matcher.match``) to its category; ``roles`` are the
    taxonomy's web roles with their title words.
    """
    if kind == "other":
        return RoleReading(role=None, source="none")
    shares = skill_shares(skill_categories)
    table = _title_table(roles)
    for _, line in titles:
        named = _title_role(line, table)
        if named is not None:
            return RoleReading(role=named, source="title", title=line, shares=shares)
    if titles and _NON_IT_TITLE.search(titles[0][1]):  # "Electrical Engineer", "Sales Manager"
        return RoleReading(role="non-it", source="title", title=titles[0][1], shares=shares)
    generic = next((line for _, line in titles if _GENERIC.search(line)), None)
    tech_skills = sum(
        1
        for competency_id, category in skill_categories.items()
        if competency_id in _FRONTEND_IDS or category in _SKILL_SIDES
    )
    if kind == "posting" and generic is None and titles and tech_skills < _MIN_TECH_SKILLS:
        # A job whose title and skills name no software work is some other trade.
        return RoleReading(role="non-it", source="title", title=titles[0][1], shares=shares)
    leaning = _role_from_shares(shares)
    if leaning is None:
        return RoleReading(role=None, source="none", shares=shares)
    return RoleReading(role=leaning, source="skills", title=generic or "", shares=shares)
