"""Quotations of one article (:mod:`.extractor`) and the speech-cue lexicon tables (:mod:`.speech`)."""
