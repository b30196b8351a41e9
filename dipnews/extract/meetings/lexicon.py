"""The meetings lexicon (dipnews/extract/lexicons/meetings.yaml), loaded and checked once.

Every word group the other modules read is named here, so a group of the YAML file that nothing reads is
easy to see. The trigger tables' frames (meeting type, roles of subject and object, what a use requires)
are validated on load by :func:`dipnews.extract.meetings.triggers.check_frames`; a malformed entry fails
at import, naming the entry. Each group's reason is written beside it in the YAML file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dipnews.extract.lexicons import load_lexicon
from dipnews.extract.meetings.triggers import check_frames

MEETING_LEXICON = load_lexicon("meetings")
# Each group's reason is written beside it in dipnews/extract/lexicons/meetings.yaml.
VERB_TRIGGERS: Mapping[str, Mapping[str, Any]] = MEETING_LEXICON.table("verb_triggers")
VERB_PHRASES: Mapping[str, Mapping[str, Any]] = MEETING_LEXICON.table("verb_phrases")
NOUN_TRIGGERS: Mapping[str, Mapping[str, Any]] = MEETING_LEXICON.table("noun_triggers")
check_frames("verb_triggers", VERB_TRIGGERS, is_verb=True)
check_frames("verb_phrases", VERB_PHRASES, is_verb=True, phrase=True)
check_frames("noun_triggers", NOUN_TRIGGERS, is_verb=False)
# A multi-word verb ("sit down") has a frame of its own, looked up like a one-word verb's.
VERB_FRAMES: Mapping[str, Mapping[str, Any]] = {**VERB_TRIGGERS, **VERB_PHRASES}


def _requiring(triggers: Mapping[str, Mapping[str, Any]], requirement: str) -> frozenset[str]:
    return frozenset(word for word, entry in triggers.items() if requirement in entry.get("requires", ()))


VERBS_NEEDING_WITH = _requiring(VERB_FRAMES, "with")
VERBS_NEEDING_ACTOR_OBJECT = _requiring(VERB_FRAMES, "party_object")
VERBS_REFUSING_REQUESTS = _requiring(VERB_FRAMES, "no_request")
VERBS_NEEDING_PERSON_OBJECT = _requiring(VERB_FRAMES, "person_object")
VERBS_ALLOWING_TALK_PURPOSE = _requiring(VERB_FRAMES, "talk_purpose")
VERBS_NEEDING_DOCUMENT = _requiring(VERB_FRAMES, "signed_document")
VERBS_NEEDING_WITH_PHRASE = _requiring(VERB_FRAMES, "with_phrase")
VERBS_WITH_TOPIC_OBJECT = _requiring(VERB_FRAMES, "topic_object")
NOUNS_NEEDING_WITH = _requiring(NOUN_TRIGGERS, "with")
# the trigger nouns of a visit ("visit", "trip")
VISIT_NOUNS = frozenset(noun for noun, frame in NOUN_TRIGGERS.items() if frame["type"] == "visit")
NOUNS_NEEDING_PLURAL = _requiring(NOUN_TRIGGERS, "plural")
NOUNS_NEEDING_MEANS = _requiring(NOUN_TRIGGERS, "means")
CALL_MODIFIERS = MEETING_LEXICON.words("call_modifiers")
IN_PERSON_CALL_MODIFIERS = MEETING_LEXICON.words("in_person_call_modifiers")
ONE_PARTY_EVENT_MODIFIERS = MEETING_LEXICON.words("one_party_event_modifiers")
JOINT_MODIFIERS = MEETING_LEXICON.words("joint_modifiers")
CALL_CONTEXT_WORDS = MEETING_LEXICON.words("call_context_words")
CONVERSATION_VERBS = MEETING_LEXICON.words("conversation_verbs")
CALL_PURPOSE_VERBS = MEETING_LEXICON.words("call_purpose_verbs")
NON_PARTY_OBJECTS = MEETING_LEXICON.words("non_party_objects")
RECEPTION_NOUNS = MEETING_LEXICON.words("reception_nouns")
REFUSAL_LEMMAS = MEETING_LEXICON.words("refusal_verbs")
WISH_LEMMAS = MEETING_LEXICON.words("wish_words")
PLAN_LEMMAS = MEETING_LEXICON.words("plan_words")
SCHEDULE_PARTICIPLES = MEETING_LEXICON.words("schedule_participles")
PLANNED_NOUN_MODIFIERS = MEETING_LEXICON.words("planned_noun_modifiers")
PAST_NOUN_MODIFIERS = MEETING_LEXICON.words("past_noun_modifiers")
PLANNING_NOUNS = MEETING_LEXICON.words("planning_nouns")
SPECULATIVE_MODALS = MEETING_LEXICON.words("speculative_modals")
SPECULATIVE_WORDS = MEETING_LEXICON.words("speculative_words")
CAPITAL_SUCCESSORS: Mapping[str, str] = MEETING_LEXICON.table("capital_successors")
INVITATION_NOUNS = MEETING_LEXICON.words("invitation_nouns")
RECEIVING_VERBS = MEETING_LEXICON.words("receiving_verbs")
SERIES_NOUNS = MEETING_LEXICON.words("series_nouns")
ADDITIVE_ADVERBS = MEETING_LEXICON.words("additive_adverbs")
ONGOING_WORDS = MEETING_LEXICON.words("ongoing_words")
SENDING_VERBS = MEETING_LEXICON.words("sending_verbs")
ADDRESSING_VERBS = MEETING_LEXICON.words("addressing_verbs")
ATTENDING_VERBS = MEETING_LEXICON.words("attending_verbs")
TOPIC_PREPOSITIONS = MEETING_LEXICON.words("topic_prepositions")
OCCURRENCE_VERBS = MEETING_LEXICON.words("occurrence_verbs")
OBJECT_CONTROL_VERBS = MEETING_LEXICON.words("object_control_verbs")
OCCASION_NOUNS = MEETING_LEXICON.words("occasion_nouns")
SEQUENCE_ADVERBS = MEETING_LEXICON.words("sequence_adverbs")
LATER_ADVERBS = MEETING_LEXICON.words("later_adverbs")
SEPARATE_ADVERBS = MEETING_LEXICON.words("separate_adverbs")
VISITING_MODIFIERS = MEETING_LEXICON.words("visiting_modifiers")
BACKGROUND_ADVERBS = MEETING_LEXICON.words("background_adverbs")
BACKGROUND_NOUNS = MEETING_LEXICON.words("background_nouns")
LIGHT_VERBS = MEETING_LEXICON.words("light_verbs")
PROGRAMME_VERBS = MEETING_LEXICON.words("programme_verbs")
PRESENCE_PREPOSITIONS = MEETING_LEXICON.words("presence_prepositions")
SHARED_MEALS = MEETING_LEXICON.words("shared_meals")
MEANS_PREPOSITIONS = MEETING_LEXICON.words("means_prepositions")
POST_PREPOSITIONS = MEETING_LEXICON.words("post_prepositions")
SEQUENCE_PREPOSITIONS = MEETING_LEXICON.words("sequence_prepositions")
PRESS_SPEAKING_VERBS = MEETING_LEXICON.words("press_speaking_verbs")
ATTENDANCE_VERBS = MEETING_LEXICON.words("attendance_verbs")
HOSPITALITY_NOUNS = MEETING_LEXICON.words("hospitality_nouns")
VISIT_CALL_VERBS = MEETING_LEXICON.words("visit_call_verbs")
JOURNEY_NOUNS = MEETING_LEXICON.words("journey_nouns")
EXTENT_NOUNS = MEETING_LEXICON.words("extent_nouns")
CROWD_NOUNS = MEETING_LEXICON.words("crowd_nouns")
RETURN_NOUNS = MEETING_LEXICON.words("return_nouns")
SEATS_OF_GOVERNMENT = MEETING_LEXICON.table("seats_of_government")
NAMED_VENUES = MEETING_LEXICON.table("named_venues")
PARTY_NOUNS = MEETING_LEXICON.words("party_nouns")
GROUP_NOUNS = MEETING_LEXICON.words("group_nouns")
LEADER_GROUP_NOUNS = MEETING_LEXICON.words("leader_group_nouns")
HEAD_TITLES = MEETING_LEXICON.words("head_titles")
BODY_MEMBERS = MEETING_LEXICON.table("body_members")
DELEGATION_NOUNS = MEETING_LEXICON.words("delegation_nouns")
SIGNED_DOCUMENTS = MEETING_LEXICON.words("signed_documents")
REQUEST_INSTRUMENTS = MEETING_LEXICON.words("request_instruments")
DELEGATION_LEADING_VERBS = MEETING_LEXICON.words("delegation_leading_verbs")
TRAVEL_VERBS = MEETING_LEXICON.words("travel_verbs")
DEPARTURE_VERBS = MEETING_LEXICON.words("departure_verbs")
HABITUAL_ADVERBS = MEETING_LEXICON.words("habitual_adverbs")
ARRIVAL_VERBS = MEETING_LEXICON.words("arrival_verbs")
SAME_DAY_REPORT_VERBS = MEETING_LEXICON.words("same_day_report_verbs")
SEQUENCE_WORDS = MEETING_LEXICON.words("sequence_words")
OUTCOME_VERBS = MEETING_LEXICON.words("outcome_verbs")
BACK_FROM_WORDS = MEETING_LEXICON.words("back_from_words")
SIDES_NOUNS = MEETING_LEXICON.words("sides_nouns")
ONWARD_TRAVEL_VERBS = MEETING_LEXICON.words("onward_travel_verbs")
