"""Requirements as a recruiter reads them: either-or groups, must or nice, and the fit to them.

Pure functions over text and the matcher's findings; nothing here reads files.
"""

from matcher.requirements.models import Level, RequirementFit, RequirementGroup
from matcher.requirements.posting import Section, read_requirements

__all__ = ["Level", "RequirementFit", "RequirementGroup", "Section", "read_requirements"]
