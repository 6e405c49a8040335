"""The package's one exception type."""


class NewslensError(Exception):
    """Raised for input newslens cannot use; the message names the file and the problem."""
