"""The one exception a benchmark run reports as a single line instead of a traceback."""


class BenchError(Exception):
    """Bad data, a failed measurement or a failed child process; the message says which."""
