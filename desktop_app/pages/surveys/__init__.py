"""The surveys page (满意度调查): campaigns with their progress, the fast entry of
returned paper forms, results with charts, and the survey's paper.

This package's door: the page and `build_page`."""

from __future__ import annotations

from desktop_app.context import DeskContext
from desktop_app.pages.surveys.page import SurveysPage


def build_page(context: DeskContext) -> SurveysPage:
    return SurveysPage(context)


__all__ = ["SurveysPage", "build_page"]
