"""The one exception type the analysis core raises for bad input."""


class ReaderError(Exception):
    """Bad input the user can fix: the CLI prints it as one line and exits 2."""
