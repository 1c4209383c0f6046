"""Survey paper made and recorded: the next batch of blank questionnaires (their numbers
are taken only when paper or a file was made, so the next batch continues after them)
and the result report. The command line and the surveys page both go through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop_app.printing.survey_forms_pdf import render_survey_forms
from desktop_app.printing.survey_report_pdf import render_survey_report
from models.dispatch import print_settings
from models.followup import record_forms_printed, survey_forms_data, survey_report_data
from models.store import database


def make_survey_forms(
    campaign_id: int,
    count: int,
    *,
    deliver: Callable[[bytes], bool],
    operator,
    first: int | None = None,
    finish: Callable[[], None] | None = None,
) -> range | None:
    """Render the next `count` forms (from `first` when reprinting), `deliver(pdf)`, and
    when it says paper or a file was made record their numbers as printed; `finish` runs
    in the same transaction (moving a written file into place). Returns the numbers, or
    None when nothing was made."""
    data = survey_forms_data(campaign_id, count, first=first)
    pdf = render_survey_forms(data, font_file=print_settings().font_file or None)
    if not deliver(pdf):
        return None
    with database.atomic():
        record_forms_printed(campaign_id, data.numbers, operator=operator)
        if finish is not None:
            finish()
    return data.numbers


def survey_report_pdf(campaign_id: int, *, now: dt.datetime) -> bytes:
    """The result report of the campaign as it stands now."""
    data = survey_report_data(campaign_id, now=now)
    return render_survey_report(data, font_file=print_settings().font_file or None)
