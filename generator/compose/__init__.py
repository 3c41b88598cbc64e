"""From answers and library to the Document: context, selection, rendering and assembly."""

from .assemble import Coverage, assemble
from .coverage import CoverageReport, coverage_report

__all__ = ["Coverage", "CoverageReport", "assemble", "coverage_report"]
