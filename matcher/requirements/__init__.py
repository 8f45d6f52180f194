"""Requirements as a recruiter reads them: either-or groups, must or nice, and the fit to them.

Pure functions over text and the matcher's findings; nothing here reads files.
"""

from matcher.requirements.fit import requirement_fit
from matcher.requirements.models import Level, RequirementFit, RequirementGroup
from matcher.requirements.posting import Group, Section, read_requirements, requirement_groups
from matcher.requirements.profile import ProfileGap, profile_gaps

__all__ = [
    "Group",
    "Level",
    "ProfileGap",
    "RequirementFit",
    "RequirementGroup",
    "Section",
    "profile_gaps",
    "read_requirements",
    "requirement_fit",
    "requirement_groups",
]
