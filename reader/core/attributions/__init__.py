"""Attributions: who said what (source, cue, content), one form per module in `forms`."""

from reader.core.attributions.extract import (
    AttributionDetail,
    extract_all_attributions,
    extract_attribution_details,
    extract_attributions,
)

__all__ = ["AttributionDetail", "extract_all_attributions", "extract_attribution_details", "extract_attributions"]
