"""Data quality of the released tables: great-expectations suites as code plus cross-table checks.

great-expectations reads GX_ANALYTICS_ENABLED when it is first imported, so it is switched off
here, in the package's ``__init__``, which runs before any submodule can import it: a validation
run must not phone home. Submodules are not imported here, so ``dipnews.quality.cross_table``
(plain pandas, used by the release metadata) stays cheap to import.

For the same reason the two modules that importing great-expectations loads only for its
KL-divergence expectation (``scipy.stats`` and ``altair``, about 1 CPU s of the validate stage's
fixed cost, which a run that checks 1% new rows pays in full) are deferred here: each stands in
``sys.modules`` as a placeholder that imports the real module on its first attribute access. No
suite of this project uses that expectation, so neither is loaded; code that does use them gets the
real modules, only later.
"""

from __future__ import annotations

import importlib
import os
import sys
import types

os.environ["GX_ANALYTICS_ENABLED"] = "False"


class _DeferredModule(types.ModuleType):
    """A module imported on its first attribute access (``import x`` and ``from pkg import x`` bind
    the placeholder; what is read from it comes from the real module)."""

    def __getattr__(self, attr: str) -> object:
        name = self.__name__
        # Out of the way first, so the import machinery loads the real module instead of returning this.
        if sys.modules.get(name) is self:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attr)


# (importlib.util.LazyLoader cannot do this on Python 3.11: the import machinery reads a module's
# __spec__ when it finds it in sys.modules, which loads a lazy module at once.)
for _name in ("scipy.stats", "altair"):
    if _name not in sys.modules:
        sys.modules[_name] = _DeferredModule(_name)
