"""Measured accuracy: gold annotations (:mod:`.gold`), matching and metrics (:mod:`.scoring`), and the
external-corpus benchmark command (:mod:`.external`, run as ``python -m dipnews.evaluation.external``)."""
