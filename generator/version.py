"""policygen's version, recorded in every policy and answers file it writes."""

__version__ = "0.1.0"
