"""Meetings of one article (:mod:`.extractor`), found from trigger words that a spaCy ``Matcher``
builds from the lexicon (:mod:`.triggers`)."""
