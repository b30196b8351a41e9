"""NLP: loading spaCy and reading a parse (:mod:`.parsing`); parsing each article once, with the
per-article cache and the local and Dask executors (:mod:`.annotate`)."""
