"""The bilingual backend-developer competency taxonomy of cocok.

>>> import taxonomy
>>> tax = taxonomy.load_taxonomy()
>>> tax.get("sql-injection").category
'security'
"""

from taxonomy.errors import TaxonomyError
from taxonomy.loader import builtin_taxonomy, load_taxonomy
from taxonomy.model import Taxonomy
from taxonomy.schema import (
    Aliases,
    AliasRule,
    Bilingual,
    CategoryInfo,
    Competency,
    Profile,
    RoleProfile,
)

__all__ = [
    "AliasRule",
    "Aliases",
    "Bilingual",
    "CategoryInfo",
    "Competency",
    "Profile",
    "RoleProfile",
    "Taxonomy",
    "TaxonomyError",
    "builtin_taxonomy",
    "load_taxonomy",
]
