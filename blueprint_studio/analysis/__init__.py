"""Analysis of a blueprint, the way the method asks for it: time, fail points, checks,
encounters and handoffs, synergies. Pure and headless: functions of the model returning
plain data that the CLI, the report and the window only show.
"""

from __future__ import annotations

from blueprint_studio.analysis.checks import CHECKS, Finding, Severity, check
from blueprint_studio.analysis.crossings import Crossings, crossings
from blueprint_studio.analysis.incremental import Analyser, Analysis
from blueprint_studio.analysis.register import RegisterRow, register, register_csv
from blueprint_studio.analysis.synergies import Synergy, synergies
from blueprint_studio.analysis.timing import TimeAnalysis, analyse_time, format_seconds, span_text
from blueprint_studio.model import Blueprint, Document


def analyse(document: Document, blueprint: Blueprint) -> Analysis:
    """Everything at once, for one blueprint (synergies look across the document's blueprints)."""
    return Analyser(document, blueprint).result


__all__ = [
    "CHECKS",
    "Analyser",
    "Analysis",
    "Crossings",
    "Finding",
    "RegisterRow",
    "Severity",
    "Synergy",
    "TimeAnalysis",
    "analyse",
    "analyse_time",
    "check",
    "crossings",
    "format_seconds",
    "register",
    "register_csv",
    "span_text",
    "synergies",
]
