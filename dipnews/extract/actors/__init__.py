"""Actors of one article (:mod:`.extractor`): the name normal form (:mod:`.names`), the office
vocabulary (:mod:`.titles`) and country look-ups (:mod:`.countries`)."""
