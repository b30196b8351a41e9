"""Ingest: raw input files to article records and rejects (:mod:`.readers`), body cleaning
(:mod:`.cleaning`), the per-input-file cache (:mod:`.cache`) and the two tables' rows (:mod:`.tables`)."""
