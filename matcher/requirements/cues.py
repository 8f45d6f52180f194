"""The words that set a requirement's level or make a list an either-or, in both languages.

Every pattern is lower-case and reads the folded text (matcher.text.fold_case), and is linear
on hostile input: alternatives of fixed words joined by bounded runs of spaces, no nested or
adjacent unbounded repeats.
"""

from __future__ import annotations

import re

# A plus, not a requirement. "bonus" and "plus" alone are too common in benefit lines
# ("bonus kinerja", "plus 1 day"), so "plus" needs the word that makes it a judgement.
_NICE = (
    r"nice[\s-]{1,3}to[\s-]{1,3}haves?",
    r"good[\s-]{1,3}to[\s-]{1,3}have",
    r"(?:a|big|strong|huge|great|nilai|poin|point|added|definite)\s{1,3}plus",
    r"plus\s{1,3}points?",
    r"will\s{1,3}be\s{1,3}a\s{1,3}plus",
    r"bonus(?:\s{1,3}points?)?",
    r"preferred|preferably|preferable|prefer",
    r"desirable|desired|ideally|optional|opsional",
    r"(?:an\s{1,3})?advantage(?:ous)?|beneficial|stand\s{1,3}out",
    r"good\s{1,3}point",
    r"nilai\s{1,3}(?:tambah|lebih)",
    r"(?:lebih\s{1,3})?diutamakan|lebih\s{1,3}disukai|lebih\s{1,3}baik",
    r"keuntungan|poin\s{1,3}tambahan",
)
NICE_CUE = re.compile(r"\b(?:" + "|".join(_NICE) + r")\b")

# A heading with one of these starts a section whose lines are requirements again.
_MUST_HEADING = (
    r"requirements?|required|qualifications?|must[\s-]{1,3}haves?|you\s{1,3}have",
    r"what\s{1,3}you(?:'ll|\s{1,3}will)?\s{1,3}(?:need|bring|do)|who\s{1,3}you\s{1,3}are",
    r"responsibilit(?:y|ies)|duties|tasks|job\s{1,3}desc(?:ription)?|jobdesk?|the\s{1,3}role",
    r"skills?|tech(?:nical)?\s{1,3}stack|technologies|experience",
    r"kualifikasi|persyaratan|syarat|tanggung\s{1,3}jawab|deskripsi|tugas|keahlian|kemampuan",
)
MUST_HEADING = re.compile(r"\b(?:" + "|".join(_MUST_HEADING) + r")\b")

# A heading with one of these starts a section that asks nothing of the candidate.
_OFF_HEADING = (
    r"benefits?|perks|we\s{1,3}offer|what\s{1,3}we\s{1,3}offer|why\s{1,3}join|compensation",
    r"about\s{1,3}(?:us|the\s{1,3}company)|who\s{1,3}we\s{1,3}are|how\s{1,3}to\s{1,3}apply",
    r"fasilitas|tunjangan|keuntungan\s{1,3}bergabung|tentang\s{1,3}(?:kami|perusahaan)",
    r"cara\s{1,3}melamar",
)
OFF_HEADING = re.compile(r"\b(?:" + "|".join(_OFF_HEADING) + r")\b")

# Words that make the list after them a choice: "salah satu dari Python, Go, Node.js".
CHOICE_CUE = re.compile(
    r"\b(?:salah\s{1,3}satu|one\s{1,3}of|any\s{1,3}of|either|at\s{1,3}least\s{1,3}one"
    r"|tidak\s{1,3}perlu\s{1,3}menguasai\s{1,3}semua(?:nya)?)\b",
)

# Words that make a list a set of examples of one kind of thing, any of which will do:
# "cloud platforms (e.g., AWS, GCP, Azure)", "RDBMS lain seperti SQL Server, PostgreSQL".
EXAMPLE_CUE = re.compile(
    r"(?:\b(?:such\s{1,3}as|e\.\s{0,2}g\.?|for\s{1,3}example|like|seperti|misalnya|contohnya"
    r"|antara\s{1,3}lain)|\()[\s,:]{0,3}$",
)

# What may stand between two items of one list: separators, joining words, and up to two
# items the taxonomy has no id for ("Java Springboot or Quarkus/C#", "Python, R, atau Go").
_JOIN_WORD = r"(?:and/or|and\\or|dan/atau|or|atau|ataupun|maupun|and|dan|serta)"
_JOIN = (
    r"(?:(?:\s{0,3}[,/\\|&]){1,2}\s{0,3}(?:"
    + _JOIN_WORD
    + r"\s{1,3})?|\s{1,3}"
    + _JOIN_WORD
    + r"\s{1,3})"
)
_UNNAMED = r"[\w.#+-]{1,20}"
# "MySQL atau RDBMS lain seperti PostgreSQL": an or, a few words naming the kind, examples.
_OR_OTHER = (
    r"\s{0,3},?\s{1,3}(?:or|atau)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}"
    r"(?:such\s{1,3}as|like|seperti|misalnya|e\.g\.)[\s,:]{1,3}"
)
LIST_GAP = re.compile(r"\s{0,3}|" + _OR_OTHER + "|" + _JOIN + r"(?:" + _UNNAMED + _JOIN + r"){0,2}")
OR_WORD = re.compile(r"[/\\|]|\b(?:or|atau|ataupun|maupun)\b")
AND_WORD = re.compile(r"(?<![/\\])\b(?:and|dan|serta)\b(?![/\\])|&")

# "(nilai tambah)", "(optional)", "(diutamakan)": a cue in brackets marks only its list item.
BRACKETED_NICE = re.compile(r"\(\s{0,3}(?:" + "|".join(_NICE) + r")\s{0,3}\)")
