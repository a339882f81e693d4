"""Analysis of a blueprint, the way the method asks for it: time, fail points, checks,
encounters and handoffs, synergies. Pure and headless: functions of the model returning
plain data that the CLI, the report and the window only show.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.analysis.checks import CHECKS, Finding, Severity, check
from blueprint_studio.analysis.crossings import Crossings, crossings
from blueprint_studio.analysis.register import RegisterRow, register, register_csv
from blueprint_studio.analysis.synergies import Synergy, synergies
from blueprint_studio.analysis.timing import TimeAnalysis, analyse_time, format_seconds, span_text
from blueprint_studio.model import Blueprint, Document


@dataclass(frozen=True)
class Analysis:
    time: TimeAnalysis
    register: list[RegisterRow]
    findings: list[Finding]
    crossings: Crossings
    synergies: list[Synergy]


def analyse(document: Document, blueprint: Blueprint) -> Analysis:
    """Everything at once, for one blueprint (synergies look across the document's blueprints)."""
    timing = analyse_time(blueprint)
    return Analysis(timing, register(blueprint), check(blueprint, timing, document.facets), crossings(blueprint), synergies(document, blueprint))


__all__ = [
    "CHECKS", "Analysis", "Crossings", "Finding", "RegisterRow", "Severity", "Synergy", "TimeAnalysis",
    "analyse", "analyse_time", "check", "crossings", "format_seconds", "register", "register_csv", "span_text", "synergies",
]
