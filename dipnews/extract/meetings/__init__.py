"""Meetings of one article (:mod:`.extractor`), found from trigger words that a spaCy ``Matcher``
builds from the lexicon (:mod:`.triggers`, :mod:`.lexicon`), one module per decision: the records
handed on (:mod:`.records`), parse helpers (:mod:`.syntax`), parties (:mod:`.parties`), the kind of
encounter (:mod:`.kinds`), verb and noun mentions (:mod:`.verbs`, :mod:`.nouns`, :mod:`.mentions`),
status (:mod:`.status`), date (:mod:`.when`), place (:mod:`.place`, :mod:`.journeys`), roles
(:mod:`.roles`), splitting (:mod:`.splitting`) and merging (:mod:`.merging`)."""
