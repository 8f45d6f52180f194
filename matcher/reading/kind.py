"""Is a text a resume, a job posting, or neither (chat, article, README, course page)?

Each side collects evidence: the section headings it uses (a posting's requirements and
benefits, a resume's experience and education), phrases only one side writes ("we are looking
for", "kirim CV"; "I am", dated job periods), and contact lines at the top of a resume. A text
with too little evidence for either is ``other``: a chat line, an announcement or an article
names skills and even jobs, but it does not list requirements or a work history.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator, Sequence

from matcher.reading.alternation import by_first_letter
from matcher.reading.models import DocumentKind, Section
from matcher.reading.periods import find_periods
from matcher.text import fold_case

_POSTING_SECTIONS = frozenset(
    {"responsibilities", "requirements", "nice_to_have", "benefits", "how_to_apply"}
)
_RESUME_SECTIONS = frozenset(
    {"experience", "education", "skills", "projects", "certifications", "summary", "contact"}
)
# The phrases that tell each cue: lower-case ASCII, read as whole words in the folded text
# (matcher.text.fold_case), all cues in one pass (_cue_counts).
_CUES: dict[str, tuple[str, ...]] = {
    "posting": (
        r"we(?: are|'re| re) (?:looking for|hiring|seeking)", r"looking for an?\b",
        r"join (?:our|the) team", "you will", "you'll", "the candidate",
        "candidates? (?:will|must|should)", "applicants?", "apply",
        "send (?:your|us) (?:cv|resume)", "job type", "full[- ]time", "part[- ]time", "contract",
        "salary", "kami mencari", "sedang mencari", "dicari", "dibutuhkan", "membutuhkan",
        "lowongan", "kandidat", "pelamar", "kirim(?:kan)? (?:cv|lamaran|berkas)", "penempatan",
        "gaji", "lamaran", r"min(?:imal|\.)? \d{1,2} ?(?:th|tahun)", r"minimum \d{1,2}",
        r"at least \d{1,2}", r"\d{1,2}\+? years? of", r"\d{1,2}\+ ?(?:years?|yrs|tahun)",
    ),
    "resume": (
        "i am", "i'm", "i have", "i've", "my name", "i worked", "i built", "i led",
        "saya adalah", "saya memiliki", "nama saya", "curriculum vitae", "resume", "cv",
        "riwayat hidup", "gpa", "ipk", r"linkedin\.com/in", "present", "sekarang", "bachelor",
        "sarjana", r"s\.kom", "graduated", "lulus(?:an)?",
    ),
    # Requirement lines as postings write them ("Pengalaman minimal 1 tahun", "knowledge of").
    "asking": (
        "menguasai", "memahami", "mampu", "memiliki kemampuan", "bersedia", "diutamakan",
        "bertanggung jawab", "pendidikan minimal", "pengalaman minimal", "wawancara",
        "interview", "permanent", "kontrak", "talenta", "knowledge of", "familiar(?:ity)? with",
        "understanding of", "ability to", r"proficien\w{1,4} in", "must have", "is a plus",
        "nice to have", "preferred", "required", "responsible for",
    ),
    "second_person": ("you", "your", "anda"),
    # Case-blind here; _FIRST_PERSON then checks each in the text itself.
    "first_person": ("i", "my", "me", "saya", "aku"),
    # Teaching, events and articles speak to a reader or an audience, not to an applicant.
    "other": (
        "meetup", "webinar", "workshop", "pembicara", "speaker", "materi", "modul", "module",
        "kursus", "course", "tutorial", "lesson", "pelajari", "belajar", "in this article",
        "artikel", "chapter", "bab", "dosen", "mahasiswa", "install", "installation", "usage",
        "getting started", "pull request", "license", "challenge", r"submit\w{0,4}",
        "your solution", "deliverables?", "assignment", "take-home", "instructions", "acara",
        "event", "registrasi", "register", "rsvp", "tiket", "ticket", "venue", "agenda",
    ),
    # A posting asks something of an applicant (see _ASKS_SECTIONS).
    "hiring": (
        "looking for", "hiring", "join (?:our|the) team", "apply", "applicants?", "candidates?",
        "kandidat", "pelamar", "lowongan", "dicari", "dibutuhkan", "kami mencari",
        "kirim(?:kan)? (?:cv|lamaran)", "send (?:your|us)", "kualifikasi", "persyaratan",
        "requirements?", "qualifications?",
    ),
}  # fmt: skip


def _cue_scan(cues: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """An empty match wherever a phrase of any cue starts, with a group per cue that holds the
    phrase of that cue found there, if any: one pass finds every cue's phrases."""
    every = by_first_letter(phrase for phrases in cues.values() for phrase in phrases)
    each = "".join(
        rf"(?:(?=(?P<{name}>{by_first_letter(phrases)})\b)|)" for name, phrases in cues.items()
    )
    return re.compile(rf"\b(?=(?:{every})\b){each}")


_CUE_SCAN = _cue_scan(_CUES)
# "I" only in capitals, so that the Indonesian "i" of a list ("i. PHP") is no person.
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ss]aya|[Aa]ku)\b")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}")
_PHONE = re.compile(r"\+?\d[\d -]{8,16}\d")
# A posting asks something of an applicant; a page that only describes a job's tasks does not.
_ASKS_SECTIONS = frozenset({"requirements", "nice_to_have", "benefits", "how_to_apply"})
# A short ad in a chat channel ("We're hiring a Backend Developer", "[HIRING] Backend Engineer",
# "Lowongan kerja Programmer PHP") says in its first lines that a job is open and names it;
# that call followed by a job title is as good as a requirements section.
_HIRING_CALL = re.compile(
    r"\b(?:we(?: are|'re| re)? hiring|now hiring|is hiring|hiring|job opening|open positions?"
    r"|vacanc(?:y|ies)|lowongan(?: kerja)?|loker|dicari|dibutuhkan|kami membuka|buka lowongan)\b",
    re.IGNORECASE,
)
_JOB_TITLE = re.compile(
    r"\b(?:developer|engineer|programmer|architect|analyst|designer|administrator|admin"
    r"|intern|magang|specialist|manager|staff|tester)s?\b",
    re.IGNORECASE,
)
_CALL_REACH = 300
# A resume shows a history or introduces its person; a README's "Features" list does neither.
_HISTORY_SECTIONS = frozenset({"experience", "education", "contact"})
# Interviews and FAQs ask many questions; postings and resumes ask hardly any.
_QUESTION_LINE = re.compile(r"\?[ \t]{0,3}$", re.MULTILINE)
_ASKING_LINES = 2
_MIN_EVIDENCE = 3
# Any dated period counts as evidence here, so "present" may stand for any date.
_FAR_FUTURE = datetime.date(2100, 1, 1)


def kind_scores(text: str, sections: Sequence[Section]) -> dict[DocumentKind, float]:
    """Evidence for each kind; the highest wins when it reaches the minimum."""
    kinds = {s.kind for s in sections}
    found = _cue_starts(fold_case(text))
    cues = {cue: len(starts) for cue, starts in found.items()}
    periods = _count(find_periods(text, _FAR_FUTURE), 4)
    first_person = _first_person(text, found["first_person"])
    asking = min(3, cues["asking"])
    has_contact = _has_contact(text[:400])
    posting = (
        2.0 * len(kinds & _POSTING_SECTIONS)
        + min(4, cues["posting"])
        + asking
        + min(2, cues["second_person"] / 2)
        + (3 if _calls_for_a_job(text[:_CALL_REACH]) else 0)
    )
    resume = (
        2.0 * len(kinds & _RESUME_SECTIONS)
        + periods
        + min(3, cues["resume"])
        + (2 if has_contact else 0)
        + first_person / 2
    )
    other = min(8, cues["other"]) + min(6, 2 * max(0, _count(_QUESTION_LINE.finditer(text), 4) - 1))
    if not (kinds & _ASKS_SECTIONS or cues["hiring"] or asking >= _ASKING_LINES):
        posting = 0.0
    shows_history = kinds & _HISTORY_SECTIONS or periods or has_contact
    if not (shows_history or ("summary" in kinds and first_person)):
        resume = 0.0
    return {"posting": posting, "resume": resume, "other": other}


def _cue_starts(folded: str) -> dict[str, list[int]]:
    """Where each cue's phrases start in ``folded``, found as a search for that cue alone finds
    them: a phrase that starts inside the last one found is left out."""
    starts: dict[str, list[int]] = {cue: [] for cue in _CUES}
    found_to = dict.fromkeys(_CUES, 0)
    for found in _CUE_SCAN.finditer(folded):
        for cue in _CUES:
            end = found.end(cue)
            if end >= 0 and found.start() >= found_to[cue]:
                starts[cue].append(found.start())
                found_to[cue] = end
    return starts


def _first_person(text: str, starts: list[int]) -> int:
    """How many of the first-person words found case-blind at ``starts`` ``text`` writes as a
    person does ("I", not the "i" of a list), up to 4."""
    return _count((at for at in starts if _FIRST_PERSON.match(text, at)), 4)


def _count(found: Iterator[object], cap: int) -> int:
    """How many of ``found`` there are, up to ``cap``: each score stops growing there, so the
    rest of the text need not be scanned."""
    return sum(1 for _ in itertools.islice(found, cap))


def _has_contact(head: str) -> bool:
    # An address needs its "@": without one only a phone number, the cheaper search, is tried.
    return ("@" in head and _EMAIL.search(head) is not None) or _PHONE.search(head) is not None


def _calls_for_a_job(head: str) -> bool:
    # The call opens the job it names: "hiring ... developer", not "developer ... hiring process".
    call = _HIRING_CALL.search(head)
    return call is not None and _JOB_TITLE.search(head, call.end(), call.end() + 80) is not None


def classify_kind(text: str, sections: Sequence[Section]) -> DocumentKind:
    """``resume``, ``posting`` or ``other``, from ``sections`` found with no kind assumed.

    >>> from matcher.reading.sections import find_sections
    >>> text = "Backend Developer\\n\\nKualifikasi:\\n- Min. 2 tahun pengalaman Go\\n"
    >>> classify_kind(text, find_sections(text))
    'posting'
    >>> classify_kind("haha mantap gan 👍", find_sections("haha mantap gan 👍"))
    'other'
    """
    scores = kind_scores(text, sections)
    best: DocumentKind = "posting" if scores["posting"] >= scores["resume"] else "resume"
    if scores[best] < _MIN_EVIDENCE or scores["other"] >= scores[best]:
        return "other"
    return best
