"""Speech-cue lexicon: the words that make a span of news text a *reported speech act*.

The quotations extractor (:mod:`dipnews.quotes`) reads these tables; keeping them here as data
means a reviewer can see, and argue with, every word that turns a clause into a quotation.
Lemmas are spaCy lemmas (lower case).
"""

from __future__ import annotations

# Verbs whose finite or participial use reports what somebody said. Grouped by why they are here.
SPEECH_VERB_LEMMAS: frozenset[str] = frozenset(
    {
        # the neutral reporting verbs that carry most news attribution
        "say",
        "tell",
        "add",
        "state",
        "note",
        "declare",
        "announce",
        "write",
        "tweet",
        "mention",
        # manner of assertion: still an utterance, with the reporter's colouring
        "insist",
        "stress",
        "emphasise",
        "emphasize",
        "underline",
        "reiterate",
        "repeat",
        "claim",
        "argue",
        "contend",
        "assert",
        "maintain",
        "explain",
        "observe",
        "remark",
        "comment",
        "recall",
        "acknowledge",
        "admit",
        "concede",
        "confirm",
        "deny",
        "complain",
        "boast",
        "predict",
        "caution",
        "quip",
        "joke",
        "exclaim",
        "shout",
        "testify",
        # dialogue turns
        "reply",
        "respond",
        "answer",
        "ask",
        # directive speech acts (their content is often an infinitive: "urged X to ...")
        "warn",
        "urge",
        "press",
        "demand",
        "promise",
        "pledge",
        "vow",
        "threaten",
    }
)

# Verbs whose speech reading needs a particle ("pointed out that ..."): lemma -> particle.
PHRASAL_SPEECH_VERBS: dict[str, str] = {
    "point": "out",
}

# Directive speech verbs whose reported content may be "object + to-infinitive"
# ("asked all countries to help ...") rather than a finite clause.
DIRECTIVE_SPEECH_LEMMAS: frozenset[str] = frozenset({"ask", "urge", "press", "warn", "tell"})

# Deliberately NOT speech cues (the guideline excludes beliefs, intentions and bare documents):
# "report" (the seed's "state media reported" and "news agencies reported" are sourcing, not quotations),
# "think", "believe", "want", "hope", "expect", "show", "suggest", "reveal", "describe", "call" (as naming).

# Subject words that identify a speaker only by pronoun; when the actors extractor gives no mention
# for them, the quotations extractor falls back to the speaker of the preceding quotation.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})

# Nouns that name an organisation by its kind; "the <noun> said" refers back to the organisation named
# before it ("Escom ... The utility said"). Grouped by the kind of organisation.
ORGANISATION_KIND_NOUNS: frozenset[str] = frozenset(
    {
        # businesses
        *("company", "corporation", "firm", "group", "concern", "conglomerate", "utility", "bank", "lender"),
        *("insurer", "airline", "carrier", "maker", "manufacturer", "producer", "refiner", "retailer"),
        # public and civic bodies
        *("agency", "organisation", "organization", "association", "union", "commission", "committee"),
    }
)
