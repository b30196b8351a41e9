"""Extraction: the per-article step (:mod:`.article`) and its parts: actors, meetings, quotations,
time expressions (:mod:`.dates`) and the lexicons they read (:mod:`.lexicons`, data files)."""
