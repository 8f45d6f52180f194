"""What the bot's colours mean, for embeds and the chart alike.

One scale for how well a person fits something (a score), one neutral colour for information
(browsing, confirmations, a posting's own profile), and red for errors alone: a saved posting
or a low score is not a failure, so neither is drawn in the colour of one.
"""

from __future__ import annotations

STRONG = 0x3BA55C  # a score of 70 or more
PARTIAL = 0xF0B232  # 40 to 69
WEAK = 0xE67E22  # under 40: orange, so it never reads as an error
INFO = 0x5865F2  # Discord's blurple: browsing, confirmations, postings
ERROR = 0xED4245  # something did not work

CHART_SERIES = ("#5865F2", "#3BA55C")  # first and second series (posting, resume)
CHART_EMPTY = "#80848E"  # the stub drawn for a 0 % bar


def score_colour(score: float) -> int:
    """The colour of a person's fit, 0-100."""
    return STRONG if score >= 70 else PARTIAL if score >= 40 else WEAK
