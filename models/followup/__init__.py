"""What follows a resolved ticket and the office's surveys: callbacks and satisfaction surveys.

This module is the area's door: other areas and the GUI import only what it names."""

from models.followup import tables
from models.followup.tables import Callback, SurveyCampaign, SurveyQuota, SurveyResponse

# Every table of the area, in dependency order.
TABLES = [*tables.TABLES]

__all__ = [
    "TABLES",
    "Callback",
    "SurveyCampaign",
    "SurveyQuota",
    "SurveyResponse",
]
