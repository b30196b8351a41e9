"""Data quality of the released tables: great-expectations suites as code plus cross-table checks.

great-expectations reads GX_ANALYTICS_ENABLED when it is first imported, so it is switched off
here, before any submodule imports it: a validation run must not phone home.
"""

from __future__ import annotations

import os

os.environ["GX_ANALYTICS_ENABLED"] = "False"

from dipnews.quality.runner import ExpectationOutcome, QualityReport, run_suites  # noqa: E402

__all__ = ["ExpectationOutcome", "QualityReport", "run_suites"]
