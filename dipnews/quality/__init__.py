"""Data quality of the released tables: great-expectations suites as code plus cross-table checks.

great-expectations reads GX_ANALYTICS_ENABLED when it is first imported, so it is switched off
here, in the package's ``__init__``, which runs before any submodule can import it: a validation
run must not phone home. Submodules are not imported here, so ``dipnews.quality.cross_table``
(plain pandas, used by the release metadata) stays cheap to import.
"""

from __future__ import annotations

import os

os.environ["GX_ANALYTICS_ENABLED"] = "False"
