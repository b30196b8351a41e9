"""Corpus-wide decisions made once after the per-article step (:mod:`.corpus`): actor identity,
meeting merging, quotation links, the released tables' ids."""
