"""policygen: an employer's social media policy for social work staff, built from answers and a clause library.

The Python API (the CLI calls nothing else):

    >>> import generator
    >>> built = generator.prepare("examples/northshire-council.yaml")   # doctest: +SKIP
    >>> generator.build("examples/northshire-council.yaml", ["policy.docx", "policy.md"])  # doctest: +SKIP

Every function reports bad input as a PolicyError carrying every Problem found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import PolicyError, Problem
from .version import __version__

if TYPE_CHECKING:
    from . import versions
    from .accessibility import lint
    from .answers.answersfile import upgrade
    from .answers.examples import Example, examples, write_example
    from .answers.migrations import Upgrade
    from .batch import BatchResult, build_many
    from .pipeline import (
        Built,
        build,
        coverage,
        editions,
        explain,
        init,
        library_changes,
        organisation_clauses,
        output_formats,
        prepare,
        validate,
    )
    from .writers.template import write_starter as write_template

    # Not `from .versions import diff, redline`: mypy would take those for the submodules of the same name.
    acknowledgement, changes, check, diff, redline, review_due = versions.acknowledgement, versions.changes, versions.check, versions.diff, versions.redline, versions.review_due

__all__ = [
    "BatchResult",
    "Built",
    "Example",
    "PolicyError",
    "Problem",
    "Upgrade",
    "__version__",
    "acknowledgement",
    "build",
    "build_many",
    "changes",
    "check",
    "coverage",
    "diff",
    "editions",
    "examples",
    "explain",
    "init",
    "library_changes",
    "lint",
    "organisation_clauses",
    "output_formats",
    "prepare",
    "redline",
    "review_due",
    "upgrade",
    "validate",
    "write_example",
    "write_template",
]

_PIPELINE = {
    "Built",
    "build",
    "coverage",
    "editions",
    "explain",
    "init",
    "library_changes",
    "organisation_clauses",
    "output_formats",
    "prepare",
    "validate",
}
_BATCH = {"BatchResult", "build_many"}
_VERSIONS = {"acknowledgement", "changes", "check", "diff", "redline", "review_due"}
_EXAMPLES = {"Example", "examples", "write_example"}


def __getattr__(name: str) -> Any:
    # Imported on first use, so `policygen --help` does not pay for pydantic and Jinja.
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    if name in _BATCH:
        from . import batch

        return getattr(batch, name)
    if name == "lint":
        from .accessibility import lint

        return lint
    if name in _EXAMPLES:
        from .answers import examples as bundled

        return getattr(bundled, name)
    if name == "upgrade":
        from .answers.answersfile import upgrade

        return upgrade
    if name == "Upgrade":
        from .answers.migrations import Upgrade

        return Upgrade
    if name == "write_template":
        from .writers.template import write_starter

        return write_starter
    if name in _VERSIONS:
        from . import versions

        return getattr(versions, name)
    raise AttributeError(f"module 'generator' has no attribute {name!r}")
