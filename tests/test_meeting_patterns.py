"""Meeting pattern classes, one short sentence each, through the real per-article step (actors + meetings).

Every sentence here was written for this test (none is taken from a corpus or the gold). Each pins a class
of expression from the guideline, not an article: verbs, passives, coordination, relative clauses, nominal
reports, calls, planned forms, journeys, visitors meeting several hosts in turn, and what is not a meeting.
Published on a Wednesday, so "on Monday" is two days before and "on Friday" two days after.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from spacy.language import Language

from dipnews.extract.actors.extractor import extract_actors
from dipnews.extract.meetings.extractor import extract_meetings
from dipnews.extract.meetings.when import report_day
from dipnews.model import ArticleMeta
from dipnews.nlp.parsing import datelines

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday
MONDAY, TUESDAY, FRIDAY = dt.date(2024, 5, 13), dt.date(2024, 5, 14), dt.date(2024, 5, 17)
SUNDAY, SATURDAY = dt.date(2024, 5, 12), dt.date(2024, 5, 11)
LAST_FRIDAY = dt.date(2024, 5, 10)  # "paid ... on Friday": the past tense reads the Friday before
H, V, P, A = "host", "visitor", "participant", "attendee"


class Expected(NamedTuple):
    parties: dict[str, str]
    place: str | None = None
    date: dt.date | None = None
    status: str = "occurred"
    meeting_type: str | None = None


def meetings(nlp: Language, text: str) -> list[tuple[dict[str, str], str | None, dt.date | None, str, str]]:
    doc = nlp(text)
    meta = ArticleMeta("t", text, PUBLISHED)
    actors = extract_actors(doc, meta)
    found = []
    for meeting in extract_meetings(doc, meta, actors):
        names = {actors.actor(p.local_key).name: p.role for p in meeting.participants}  # type: ignore[union-attr]
        found.append((names, meeting.location, meeting.date, meeting.status, meeting.meeting_type))
    return found


CASES: dict[str, tuple[str, list[Expected]]] = {
    # --- verbs: meet, host, receive, welcome, greet, visit, call, sit down, huddle ----------------------
    "host": (
        "Brazilian President Ana Moreira hosted Japanese Prime Minister Kenji Sato in Brasilia on Tuesday.",
        [Expected({"Ana Moreira": H, "Kenji Sato": V}, "Brasilia", TUESDAY)],
    ),
    "receive": (
        "Saudi Crown Prince Faisal bin Salman received Iraqi Prime Minister Ali Hassan in Riyadh on Monday.",
        [Expected({"Faisal bin Salman": H, "Ali Hassan": V}, "Riyadh", MONDAY)],
    ),
    "welcome to a place": (
        "South African President Thabo Nkosi welcomed Chinese Premier Wei Lin on Tuesday.",
        [Expected({"Thabo Nkosi": H, "Wei Lin": V}, None, TUESDAY)],
    ),
    "greet a visiting party": (
        "Vietnamese President Tran Van Duc greeted visiting Thai Prime Minister Somchai Wong on Monday.",
        [Expected({"Tran Van Duc": H, "Somchai Wong": V}, None, MONDAY)],
    ),
    "visit a person": (
        "Hungarian Prime Minister Gabor Nagy visited Serbian President Milos Jovic in Belgrade on Monday.",
        [Expected({"Gabor Nagy": V, "Milos Jovic": H}, "Belgrade", MONDAY, meeting_type="visit")],
    ),
    "visit at a seat of government": (
        "Japanese Prime Minister Kenji Sato visited US President Robert Hayes at the White House on Monday.",
        [Expected({"Kenji Sato": V, "Robert Hayes": H}, "White House", MONDAY)],
    ),
    "meet in the host's capital": (
        "Portuguese Prime Minister Joao Silva met Spanish Prime Minister Pedro Ruiz in Madrid yesterday.",
        [Expected({"Joao Silva": V, "Pedro Ruiz": H}, "Madrid", TUESDAY)],
    ),
    "meet a described counterpart": (
        "French Foreign Minister Claire Dubois met her counterpart Raj Mehta on Monday.",
        [Expected({"Claire Dubois": P, "Raj Mehta": P}, None, MONDAY)],
    ),
    "meet with several at once": (
        "Mexican President Lucia Ramos met with US President Robert Hayes and Canadian Prime Minister "
        "Paul Martin in Mexico City on Monday.",
        [Expected({"Lucia Ramos": H, "Robert Hayes": V, "Paul Martin": V}, "Mexico City", MONDAY)],
    ),
    "sit down with": (
        "Israeli Prime Minister David Cohen sat down with US President Robert Hayes at the "
        "White House on Monday.",
        [Expected({"David Cohen": V, "Robert Hayes": H}, "White House", MONDAY, meeting_type="meeting")],
    ),
    "huddle with": (
        "Kenyan President William Otieno huddled with Ugandan President Joseph Kato on Monday.",
        [Expected({"William Otieno": P, "Joseph Kato": P}, None, MONDAY)],
    ),
    "telephone": (
        "Ukrainian President Oleh Marchenko telephoned French President Louis Martin on Saturday.",
        [Expected({"Oleh Marchenko": P, "Louis Martin": P}, None, SATURDAY, meeting_type="call")],
    ),
    "speak by phone": (
        "Spanish Prime Minister Pedro Ruiz spoke by phone with Italian Prime Minister Marco Conti on Sunday.",
        [Expected({"Pedro Ruiz": P, "Marco Conti": P}, None, SUNDAY, meeting_type="call")],
    ),
    "talk by telephone, coordinated subject": (
        "Dutch Prime Minister Jan de Vries and Belgian Prime Minister Luc Peeters talked by telephone "
        "on Sunday.",
        [Expected({"Jan de Vries": P, "Luc Peeters": P}, None, SUNDAY, meeting_type="call")],
    ),
    # --- passive and coordinated forms ---------------------------------------------------------------------
    "passive received by": (
        "German Chancellor Karl Weber was received by Polish President Jan Nowak on Tuesday.",
        [Expected({"Jan Nowak": H, "Karl Weber": V}, None, TUESDAY)],
    ),
    "passive welcomed by, placed": (
        "Norwegian Prime Minister Erik Lund was welcomed by Danish Prime Minister Mette Holm in Copenhagen "
        "on Tuesday.",
        [Expected({"Mette Holm": H, "Erik Lund": V}, "Copenhagen", TUESDAY)],
    ),
    "coordinated subjects met": (
        "Kenyan President William Otieno and Nigerian President Musa Bello met on Monday in Nairobi.",
        [Expected({"William Otieno": H, "Musa Bello": V}, "Nairobi", MONDAY)],
    ),
    "coordinated subjects held talks": (
        "Polish President Jan Nowak and Lithuanian President Rimas Kalnius held talks in Vilnius on Monday.",
        [Expected({"Jan Nowak": V, "Rimas Kalnius": H}, "Vilnius", MONDAY, meeting_type="talks")],
    ),
    "countries as parties": (
        "The foreign ministers of Chile and Peru met in Lima on Monday.",
        [Expected({"Chile": V, "Peru": H}, "Lima", MONDAY)],
    ),
    "relative clause": (
        "Finnish President Aino Virta, who met Estonian President Kaja Tamm on Monday, said "
        "relations were strong.",
        [Expected({"Aino Virta": P, "Kaja Tamm": P}, None, MONDAY)],
    ),
    # --- nominal reports -----------------------------------------------------------------------------------
    "talks between": (
        "Talks between Egyptian Foreign Minister Omar Nabil and Jordanian Foreign Minister Zaid "
        "Haddad took place in Cairo on Monday.",
        [Expected({"Omar Nabil": H, "Zaid Haddad": V}, "Cairo", MONDAY, meeting_type="talks")],
    ),
    "the meeting between": (
        "The meeting between Irish Taoiseach Sean Murphy and British Prime Minister James "
        "Hill lasted two hours on Monday.",
        [Expected({"Sean Murphy": P, "James Hill": P}, None, MONDAY)],
    ),
    "possessive meeting with": (
        "Brazilian President Ana Moreira's meeting with Argentine President Diego "
        "Alvarez on Monday focused on trade.",
        [Expected({"Ana Moreira": P, "Diego Alvarez": P}, None, MONDAY)],
    ),
    "held a meeting with": (
        "Moroccan King Hassan Idrissi held a meeting with Tunisian President Kais Ben Ali on Monday.",
        [Expected({"Hassan Idrissi": P, "Kais Ben Ali": P}, None, MONDAY)],
    ),
    "held talks with": (
        "Turkish Foreign Minister Emre Kaya held talks with Greek Foreign Minister Nikos Pappas on Monday.",
        [Expected({"Emre Kaya": P, "Nikos Pappas": P}, None, MONDAY, meeting_type="talks")],
    ),
    "phone call with": (
        "Bulgarian President Ivan Georgiev had a phone call with Romanian President Andrei "
        "Popescu on Sunday.",
        [Expected({"Ivan Georgiev": P, "Andrei Popescu": P}, None, SUNDAY, meeting_type="call")],
    ),
    "during a visit": (
        "During his visit to Berlin on Monday, Austrian Chancellor Felix Bauer met German "
        "Chancellor Karl Weber.",
        [Expected({"Felix Bauer": V, "Karl Weber": H}, "Berlin", MONDAY)],
    ),
    "attendee at talks": (
        "Russian Foreign Minister Ivan Sokolov was accompanied by Deputy Foreign Minister Pavel Orlov at the "
        "talks with Chinese Foreign Minister Wei Lin in Beijing on Tuesday.",
        [Expected({"Ivan Sokolov": V, "Wei Lin": H, "Pavel Orlov": A}, "Beijing", TUESDAY)],
    ),
    # --- journeys: the traveller visits, the destination places the meeting -------------------------------
    "arrived for talks": (
        "Australian Prime Minister Liam Carter arrived in Tokyo on Monday for talks with "
        "Japanese Prime Minister Kenji Sato.",
        [Expected({"Liam Carter": V, "Kenji Sato": H}, "Tokyo", MONDAY)],
    ),
    "travel to meet": (
        "Indonesian President Budi Santoso will travel to Canberra on Thursday to meet "
        "Australian Prime Minister Liam Carter.",
        [Expected({"Budi Santoso": V, "Liam Carter": H}, "Canberra", dt.date(2024, 5, 16), "planned")],
    ),
    "flew, then held talks": (
        "Philippine President Jose Reyes flew to Jakarta on Sunday and held talks with Indonesian President "
        "Budi Santoso on Monday.",
        [Expected({"Jose Reyes": V, "Budi Santoso": H}, "Jakarta", MONDAY)],
    ),
    "due to visit for a summit": (
        "Indian Prime Minister Raj Mehta is due to visit Moscow next month for a summit with Russian "
        "President Ivan Petrov.",
        [Expected({"Raj Mehta": V, "Ivan Petrov": H}, "Moscow", dt.date(2024, 6, 1), "planned", "summit")],
    ),
    # --- planned forms ------------------------------------------------------------------------------------
    "will meet": (
        "Canadian Prime Minister Paul Martin will meet Mexican President Lucia Ramos in Ottawa next Friday.",
        [Expected({"Paul Martin": H, "Lucia Ramos": V}, "Ottawa", FRIDAY, "planned")],
    ),
    "is scheduled to meet": (
        "Pakistani Prime Minister Imran Sheikh is scheduled to meet Afghan President Ahmad Noori on Friday.",
        [Expected({"Imran Sheikh": P, "Ahmad Noori": P}, None, FRIDAY, "planned")],
    ),
    "is expected to meet": (
        "Chilean President Rosa Vidal is expected to meet Peruvian President Carlos Soto on Friday.",
        [Expected({"Rosa Vidal": P, "Carlos Soto": P}, None, FRIDAY, "planned")],
    ),
    "agreed to meet": (
        "Ghanaian President Kwame Asante agreed to meet Ivorian President Alassane Kone next month.",
        [Expected({"Kwame Asante": P, "Alassane Kone": P}, None, dt.date(2024, 6, 1), "planned")],
    ),
    "will host": (
        "Swiss President Urs Keller will host Austrian Chancellor Felix Bauer in Bern next month.",
        [Expected({"Urs Keller": H, "Felix Bauer": V}, "Bern", dt.date(2024, 6, 1), "planned")],
    ),
    # --- a visitor meeting several hosts in turn: one meeting each (convention 6) ---------------------------
    "met one, later another": (
        "US Secretary of State John Miller met Saudi Crown Prince Faisal bin Salman in Riyadh on Monday and "
        "later Qatari Emir Hamad Al Thani in Doha.",
        [
            Expected({"John Miller": V, "Faisal bin Salman": H}, "Riyadh", MONDAY),
            Expected({"John Miller": V, "Hamad Al Thani": H}, "Doha", MONDAY),
        ],
    ),
    # --- dates by convention 2: a week without a day names no date -----------------------------------
    "last week has no day": (
        "French President Louis Martin and German Chancellor Karl Weber met last week in Berlin.",
        [Expected({"Karl Weber": H, "Louis Martin": V}, "Berlin", None)],
    ),
    "in preparation for a summit": (
        "Japanese Foreign Minister Kenji Sato met Chinese Foreign Minister Wang Tao on Monday in preparation "
        "for the leaders' summit.",
        [Expected({"Kenji Sato": P, "Wang Tao": P}, None, MONDAY)],
    ),
    # --- datelines, places from relative clauses and journeys -------------------------------------------
    "dateline places the news": (
        "KYIV, Ukraine (AP) — British Prime Minister James Hill met Ukrainian President Oleh Marchenko on "
        "Monday.",
        [Expected({"James Hill": V, "Oleh Marchenko": H}, "Kyiv", MONDAY)],
    ),
    "a wire dateline with the country and the day": (
        "KAZAN, Russia, May 14 (Reuters) - Russian President Oleg Volkov held talks with Indian Prime"
        " Minister Raj Mehta on Tuesday.",
        [Expected({"Oleg Volkov": P, "Raj Mehta": P}, "Kazan", TUESDAY, meeting_type="talks")],
    ),
    "visiting a country, where he will meet": (
        "Australian Prime Minister Liam Carter is visiting India, where he will meet Indian Prime Minister "
        "Raj Mehta on Thursday.",
        [Expected({"Liam Carter": V, "Raj Mehta": H}, "India", dt.date(2024, 5, 16), "planned")],
    ),
    "be somewhere for a meeting": (
        "Italian Prime Minister Marco Conti will be in Washington on Thursday for a meeting with President "
        "Robert Hayes.",
        [Expected({"Marco Conti": V, "Robert Hayes": H}, "Washington", dt.date(2024, 5, 16), "planned")],
    ),
    "arrived ahead of talks": (
        "Japanese Prime Minister Kenji Sato arrived in Washington on Tuesday ahead of talks with President "
        "Robert Hayes.",
        # the talks are still ahead; Tuesday is the arrival's day, not theirs
        [Expected({"Kenji Sato": V, "Robert Hayes": H}, "Washington", None, "planned")],
    ),
    "the traveller's own visit in the sentence": (
        "Dutch Prime Minister Jan de Vries met Belgian Prime Minister Luc Peeters on Monday during his "
        "visit.",
        [Expected({"Jan de Vries": V, "Luc Peeters": H}, None, MONDAY)],
    ),
    "an organisation's session has members, not hosts; the departure day is not the session's": (
        "Canadian Finance Minister Anne Roy will leave for Washington on Monday to attend the IMF's spring "
        "meeting.",
        [Expected({"Anne Roy": P, "IMF": P}, "Washington", None, "planned")],
    ),
    "a journey told the sentence before": (
        "Indian Prime Minister Raj Mehta will travel to Tokyo next month. Mehta is expected to hold talks "
        "with Japanese Prime Minister Kenji Sato on trade.",
        [Expected({"Raj Mehta": V, "Kenji Sato": H}, "Tokyo", None, "planned")],
    ),
    "a description refers to the last subject": (
        "Secretary of State John Miller traveled to Riyadh on Sunday. On Monday, the top U.S. diplomat met "
        "Saudi Crown Prince Faisal bin Salman.",
        [Expected({"John Miller": V, "Faisal bin Salman": H}, "Riyadh", MONDAY)],
    ),
    "on the sidelines of a summit": (
        "Turkish President Emre Kaya met Swedish Prime Minister Ulf Berg on the sidelines of the NATO summit "
        "in Vilnius on Tuesday.",
        [Expected({"Emre Kaya": P, "Ulf Berg": P}, "Vilnius", TUESDAY)],
    ),
    "the place on the last party": (
        "The meeting between Chinese President Wei Lin and U.S. President Robert Hayes in San Francisco on "
        "Monday lasted four hours.",
        # San Francisco is no capital: nothing says who travelled (guideline, convention 7)
        [Expected({"Wei Lin": P, "Robert Hayes": P}, "San Francisco", MONDAY)],
    ),
    "at home in the capital": (
        "Chinese President Wei Lin met U.S. President Robert Hayes in Washington on Monday.",
        [Expected({"Wei Lin": V, "Robert Hayes": H}, "Washington", MONDAY)],
    ),
    "expected to meet, misparsed coordination": (
        "French President Louis Martin and German Chancellor Karl Weber are expected to meet in Paris on "
        "Friday.",
        [Expected({"Louis Martin": H, "Karl Weber": V}, "Paris", FRIDAY, "planned")],
    ),
    "invited to visit: the invited visits, the inviter hosts": (
        "Kenyan President William Otieno has invited Ugandan President Joseph Kato to visit Nairobi next "
        "month.",
        [Expected({"Joseph Kato": V, "William Otieno": H}, "Nairobi", dt.date(2024, 6, 1), "planned")],
    ),
    "accepted an invitation to visit": (
        "Ugandan President Joseph Kato accepted an invitation to visit Kenyan President William Otieno in "
        "Nairobi next month.",
        [Expected({"Joseph Kato": V, "William Otieno": H}, "Nairobi", dt.date(2024, 6, 1), "planned")],
    ),
    "due somewhere for talks": (
        "Indian Prime Minister Raj Mehta is due in Moscow on Monday for talks with Russian President Ivan "
        "Petrov.",
        [Expected({"Raj Mehta": V, "Ivan Petrov": H}, "Moscow", dt.date(2024, 5, 20), "planned")],
    ),
    # --- session 5: modern diplomatic and web-news forms ---------------------------------------------
    "counterpart conjunct named after": (
        "French Foreign Minister Claire Dubois and her Australian counterpart Mia Walsh held talks in Paris"
        " on Friday.",
        [Expected({"Claire Dubois": H, "Mia Walsh": V}, "Paris", LAST_FRIDAY)],
    ),
    "journey to meet, dated on the meeting": (
        "Israeli Prime Minister Avi Golan flew to Washington to meet President John Carter on Monday.",
        [Expected({"Avi Golan": V, "John Carter": H}, "Washington", MONDAY)],
    ),
    "at the invitation of": (
        "Kenyan President Daniel Mwangi visited Seoul at the invitation of South Korean President Lee"
        " Min-ho.",
        [Expected({"Daniel Mwangi": V, "Lee Min-ho": H}, "Seoul", None)],
    ),
    "delegation led by": (
        "Ghanaian President Kwame Asante hosted a delegation led by US Senator Mark Ellis at Jubilee House,"
        " Accra.",
        [Expected({"Kwame Asante": H, "Mark Ellis": V}, "Jubilee House", None)],
    ),
    "delegation headed by, place and day on the participle": (
        "Chinese Premier Wei Lin received a US congressional delegation headed by Senator Paul Grant in"
        " Beijing on Monday.",
        [Expected({"Wei Lin": H, "Paul Grant": V}, "Beijing", MONDAY)],
    ),
    "received a phone call from": (
        "Qatari Emir Hamad bin Khalid received a phone call from Egyptian President Omar Nabil on Monday.",
        [Expected({"Hamad bin Khalid": P, "Omar Nabil": P}, None, MONDAY, meeting_type="call")],
    ),
    "received a visit from": (
        "Spanish King Felipe Ortega received a visit from French President Louis Martin at the Royal Palace.",
        [Expected({"Felipe Ortega": H, "Louis Martin": V}, "Royal Palace", None, meeting_type="visit")],
    ),
    "their meeting": (
        "Polish President Jan Nowak thanked NATO Secretary General Erik Lund for his support during their"
        " meeting in Warsaw.",
        [Expected({"Jan Nowak": H, "Erik Lund": V}, "Warsaw", None)],
    ),
    "after meeting X, at a news conference": (
        "At a news conference after meeting Egyptian President Omar Nabil in Cairo, US Secretary of State"
        " Paul Grant said the talks went well.",
        [Expected({"Paul Grant": V, "Omar Nabil": H}, "Cairo", None)],
    ),
    "who was in a capital": (
        "Italian Prime Minister Giulia Conti, who was in Tunis on Sunday, met Tunisian President Karim Ben"
        " Ali.",
        [Expected({"Giulia Conti": V, "Karim Ben Ali": H}, "Tunis", None)],
    ),
    "dateline of several words": (
        "NEW DELHI — Indian External Affairs Minister Ravi Menon held talks with visiting Russian Foreign"
        " Minister Igor Petrov on Monday.",
        [Expected({"Ravi Menon": H, "Igor Petrov": V}, "New Delhi", MONDAY)],
    ),
    "meetings with two bodies are two meetings": (
        "Finance Minister Ken Ito will visit Washington this week for the meetings with the IMF and "
        "G-7 ministers.",
        [
            Expected({"Ken Ito": P, "Group of Seven": P}, "Washington", None, "planned"),
            Expected({"Ken Ito": P, "IMF": P}, "Washington", None, "planned"),
        ],
    ),
    "presence in a capital makes the visit": (
        "German Foreign Minister Anna Keller was in Kyiv on Tuesday. She met Ukrainian President Taras "
        "Bondar, her ministry said.",
        [Expected({"Anna Keller": V, "Taras Bondar": H}, "Kyiv", None)],
    ),
    "a visitor's later meeting stays where the first was, on its day": (
        "British Foreign Secretary James Hill met his Chinese counterpart Wei Lin in Beijing on Friday. "
        "Hill later met Vice President Zhou Ming.",
        [
            Expected({"James Hill": V, "Wei Lin": H}, "Beijing", LAST_FRIDAY),
            Expected({"James Hill": V, "Zhou Ming": H}, "Beijing", LAST_FRIDAY),
        ],
    ),
    "the ministers also met": (
        "Turkish Foreign Minister Emre Kaya hosted his Iranian counterpart Reza Karimi in Ankara. The "
        "ministers also met Turkish President Mehmet Aydin.",
        [
            Expected({"Emre Kaya": H, "Reza Karimi": V}, "Ankara", None),
            Expected({"Emre Kaya": H, "Reza Karimi": V, "Mehmet Aydin": H}, "Ankara", None),
        ],
    ),
    "no plans to either do something else or meet": (
        "A spokesman said that Pope Pius has no plans to either address the conference or meet with "
        "Senator Mark Ellis.",
        [],
    ),
    "met with chants": (
        "Ohio Governor Paul Grant was met with chants of protest in Columbus on Monday.",
        [],
    ),
    "an event hosted by someone": (
        "Senator Mark Ellis spoke in Las Vegas at a forum hosted by the advocacy group Reform Now.",
        [],
    ),
    "a person's aides are not the person": (
        "Senator Mark Ellis said he met on Thursday with aides of Governor Paul Grant and with Grant "
        "campaign aides.",
        [],
    ),
    "talks are underway between": (
        "Talks are underway between Zaire and the International Monetary Fund on a new loan.",
        [Expected({"Zaire": P, "International Monetary Fund": P}, None, PUBLISHED, meeting_type="talks")],
    ),
    "a delegation of a nationality, two bodies coordinated in a modifier": (
        "Zambia agreed a programme with donors. A Zambian delegation will leave for London next week "
        "to complete negotiations with the Midland Bank and Lloyds Bank.",
        [Expected({"Zambia": V, "Midland Bank": H, "Lloyds Bank": H}, "London", None, "planned")],
    ),
    "chatted, plural subject": (
        "Defense Secretary Paul Grant and Admiral Mark Ellis chatted in Washington on Monday.",
        [Expected({"Paul Grant": P, "Mark Ellis": P}, "Washington", MONDAY)],
    ),
    "chatted with reporters": ("Senator Mark Ellis chatted with reporters on Monday.", []),
    "met with X, in apposition, to discuss": (
        "Committee Chairman Dan Ross, an Ohio Democrat, met this afternoon with House Speaker Jim Hale, a "
        "Texas Democrat, to discuss the budget, an aide said.",
        [Expected({"Dan Ross": P, "Jim Hale": P}, None, PUBLISHED)],
    ),
    "his talks with X": (
        "Brazilian Finance Minister Dilson Reis was reacting to a statement following his talks with "
        "Chancellor of the Exchequer Nigel Ward.",
        [Expected({"Dilson Reis": P, "Nigel Ward": P}, None, None, meeting_type="talks")],
    ),
    "ahead of a meeting, the between-phrase hung elsewhere": (
        "The sources, speaking ahead of a meeting later today between Brazilian Finance Minister Dilson "
        "Reis and his West German counterpart Gerhard Vogel, also believed a deal was near.",
        [Expected({"Dilson Reis": P, "Gerhard Vogel": P}, None, PUBLISHED, "planned")],
    ),
    "sending someone for talks": (
        "President Paul Grant announced he is sending Secretary of State Mark Ellis to Moscow for talks "
        "with Foreign Minister Igor Petrov next month.",
        [Expected({"Mark Ellis": V, "Igor Petrov": H}, "Moscow", dt.date(2024, 6, 1), "planned")],
    ),
    "sent someone to meet": (
        "French President Louis Martin sent Foreign Minister Claire Dubois to Beirut to meet Prime Minister "
        "Karim Haddad on Monday.",
        [Expected({"Claire Dubois": V, "Karim Haddad": H}, "Beirut", MONDAY)],
    ),
    "paid a call to A and to B": (
        "Brazilian Finance Minister Dilson Reis paid a call in Washington to IMF Managing Director Michel "
        "Laurent and to World Bank President Tom Hale.",
        [Expected({"Dilson Reis": V, "Michel Laurent": H, "Tom Hale": H}, "Washington")],
    ),
    "told visiting X": (
        "Chinese leader Wei Lin told visiting U.S. Secretary of State Mark Ellis the troubles were over.",
        [Expected({"Wei Lin": H, "Mark Ellis": V})],
    ),
    "in a meeting, X told Y": (
        "Bank president Yuki Tanabe spoke to reporters. In a 30-minute meeting, Tanabe told Brazilian "
        "Finance Minister Dilson Reis the bank would consider the request.",
        [Expected({"Yuki Tanabe": P, "Dilson Reis": P})],
    ),
    "expected here for talks": (
        "Iranian Oil Minister Reza Karimi is expected here on Friday for talks with his Algerian "
        "counterpart Karim Haddad, the agency said.",
        [Expected({"Reza Karimi": V, "Karim Haddad": H}, None, None, "planned")],
    ),
    "agreed with X at their summit": (
        "He said the draft followed the formula U.S. President John Carter agreed upon with Soviet leader "
        "Igor Petrov at their summit meeting last October in Reykjavik.",
        [Expected({"John Carter": P, "Igor Petrov": P}, "Reykjavik", dt.date(2023, 10, 1))],
    ),
    "a meeting also attended by": (
        "Economist Hans Gruber made the forecast at a meeting today also attended by Chancellor Karl Weber "
        "and Finance Minister Felix Bauer.",
        [Expected({"Hans Gruber": P, "Karl Weber": P, "Felix Bauer": P}, None, PUBLISHED)],
    ),
    "made by X at a meeting with Y": (
        "The request was made yesterday by Senator Mark Ellis at a meeting with Treasury Secretary Paul"
        " Grant.",
        [Expected({"Mark Ellis": P, "Paul Grant": P}, None, TUESDAY)],
    ),
    "conversations about a topic with X": (
        "Treasury Secretary Paul Grant has had conversations about the budget problem with Senator Mark"
        " Ellis.",
        [Expected({"Paul Grant": P, "Mark Ellis": P})],
    ),
    "would be honored to meet": ("Senator Mark Ellis said he would be honored to meet with Pope Pius.", []),
    "wore a hat after someone else's visit to a country": (
        "Senator Mark Ellis and Mayor Paul Grant wore campaign hats after President John Carter's visit to "
        "Mexico earlier in the day.",
        [],
    ),
    "in talks here today with X, the with-phrase hung elsewhere": (
        "French Finance Minister Louis Martin discussed the need to control public spending in talks here "
        "today with British Chancellor Nigel Ward, a spokesman said.",
        [Expected({"Louis Martin": P, "Nigel Ward": P}, None, PUBLISHED, meeting_type="talks")],
    ),
    "meetings which took place between": (
        "He said the matter was discussed during two meetings which took place between Colonel Mark Ellis, "
        "the then head of the agency Paul Grant and Prime Minister Anna Berg.",
        [Expected({"Mark Ellis": P, "Paul Grant": P, "Anna Berg": P})],
    ),
    "have contacts with": (
        "Chief Portuguese negotiator Rui Costa said he would have contacts on Friday with his Chinese "
        "counterpart Wei Lin.",
        [Expected({"Rui Costa": P, "Wei Lin": P}, None, FRIDAY, "planned", meeting_type="talks")],
    ),
    "following a meeting with": (
        "Canadian Energy Minister Paul Martin held a news conference on Monday, following a meeting with his "
        "Alberta counterpart, Neil Ward.",
        [Expected({"Paul Martin": P, "Neil Ward": P}, None, MONDAY)],
    ),
    "visit a capital to discuss things with X": (
        "Japanese Prime Minister Kenji Sato will visit Washington next week to discuss trade with President "
        "John Carter.",
        [Expected({"Kenji Sato": V, "John Carter": H}, "Washington", None, "planned")],
    ),
    "a planned visit places the visitor's planned meeting": (
        "British Prime Minister Anna Berg will visit Moscow next week. Berg is due to meet Soviet leader "
        "Igor Petrov on Monday.",
        [Expected({"Anna Berg": V, "Igor Petrov": H}, "Moscow", dt.date(2024, 5, 20), "planned")],
    ),
    "a trip announced in the present does not place a meeting held now": (
        "The ambassador suggested that Prime Minister Kenji Sato prepare proposals when he visits "
        "Washington next month. Ambassador Ken Ito made the recommendation at a meeting with Sato.",
        [Expected({"Kenji Sato": P, "Ken Ito": P})],
    ),
    "arranging calls with A and B": (
        "Vice President Tom Reed was arranging calls with both Senator Mark Ellis and Governor Anna Berg to "
        "discuss the race.",
        [
            Expected({"Tom Reed": P, "Anna Berg": P}, None, None, "planned", "call"),
            Expected({"Tom Reed": P, "Mark Ellis": P}, None, None, "planned", "call"),
        ],
    ),
    "a call for calm": ("Union leader Paul Grant renewed his call for calm with Senator Mark Ellis.", []),
    "two possessive titles coordinated as subject": (
        "Japan's Prime Minister Kenji Sato and South Korea's President Lee Min-ho agreed at a summit in "
        "Tokyo on Thursday to resume regular visits.",
        [Expected({"Kenji Sato": H, "Lee Min-ho": V}, "Tokyo", dt.date(2024, 5, 9), meeting_type="summit")],
    ),
    "spoke with is no call": (
        "Senator Harry Webb said he had spoken with Senator Mark Ellis on Monday.",
        [Expected({"Harry Webb": P, "Mark Ellis": P}, None, MONDAY, meeting_type="meeting")],
    ),
    "told the press in an interview": (
        "Farm leader George Frey told Reuters in an interview that meetings with ministry officials had not "
        "helped.",
        [],
    ),
    "a trip named by its country": (
        "In the final Mass of his Mexico trip, Pope Pius told the story of the city of Nineveh.",
        [],
    ),
    "a when-clause of a future sentence": (
        "The plan will be explained to Washington this week when Finance Minister Ken Ito visits the capital "
        "for talks with Treasury Secretary Paul Grant.",
        [Expected({"Ken Ito": V, "Paul Grant": H}, None, None, "planned")],
    ),
    "a departure still to come": (
        "The plan will be drafted before Prime Minister Kenji Sato leaves for Washington on May 29 for talks "
        "with President John Carter.",
        [Expected({"Kenji Sato": V, "John Carter": H}, "Washington", None, "planned")],
    ),
    "a subject set off with 'in a visit with'": (
        "French Prime Minister Louis Martin, in a visit earlier this week with President John Carter, "
        "sounded out the administration on a plan.",
        [Expected({"Louis Martin": V, "John Carter": H}, meeting_type="visit")],
    ),
    "meetings scheduled between": (
        "Trade Representative Paul Grant said the meetings scheduled next month in Washington between U.S. "
        "President John Carter and Japanese Prime Minister Kenji Sato will be difficult.",
        [Expected({"John Carter": H, "Kenji Sato": V}, "Washington", dt.date(2024, 6, 1), "planned")],
    ),
    "held consultations with": (
        "Brazilian Finance Minister Dilson Reis held consultations with Swiss Finance Minister Otto Keller "
        "in Bern on Monday.",
        [Expected({"Dilson Reis": V, "Otto Keller": H}, "Bern", MONDAY, meeting_type="talks")],
    ),
    "granted an audience with": (
        "Polish leader Jan Nowak was granted an audience with Pope Pius at the Vatican on Tuesday.",
        [Expected({"Jan Nowak": V, "Pope Pius": H}, "Vatican", TUESDAY)],
    ),
    "consulted with": (
        "Canadian Prime Minister Paul Martin consulted with U.S. President John Carter on Monday.",
        [Expected({"Paul Martin": P, "John Carter": P}, None, MONDAY, meeting_type="talks")],
    ),
    "an audience that applauds": ("The audience applauded Senator Mark Ellis on Monday.", []),
    "a received call is not an appeal": (
        "Indian Finance Minister Ravi Menon received a call from the union for calm on Monday.",
        [],
    ),
    # --- not meetings -------------------------------------------------------------------------------------
    "could meet (speculative)": (
        "Chinese President Wei Lin could meet U.S. President Robert Hayes later this year.",
        [],
    ),
    "will not meet": (
        "Spanish Prime Minister Pedro Ruiz will not meet Moroccan King Hassan Idrissi during the trip.",
        [],
    ),
    # --- hospitality, courtesy calls, descriptions in apposition ---------------------------------------
    "hosted a dinner for a guest": (
        "German Chancellor Karl Weber hosted a dinner for French President Marc Dubois at the chancellery "
        "in Berlin on Monday.",
        [Expected({"Karl Weber": H, "Marc Dubois": V}, "Berlin", MONDAY)],
    ),
    "paid a courtesy call on": (
        "Japanese Prime Minister Kenji Sato paid a courtesy call on King Harald at the royal palace in Oslo "
        "on Friday.",
        [Expected({"King Harald": H, "Kenji Sato": V}, "Oslo", LAST_FRIDAY, meeting_type="visit")],
    ),
    "a counterpart's country and place in apposition": (
        "Kenyan President Daniel Mwangi met his Ugandan counterpart Samuel Okello in Addis Ababa "
        "on Saturday.",
        [Expected({"Daniel Mwangi": P, "Samuel Okello": P}, "Addis Ababa", SATURDAY)],
    ),
    "is to hold talks during a visit": (
        "British envoy David Moss is to hold talks with Bolivian President Luis Vargas during his visit.",
        [Expected({"David Moss": V, "Luis Vargas": H}, None, None, "planned")],
    ),
    "met on a leg of a tour": (
        "Peruvian Finance Minister Luis Soto met his Danish counterpart Jens Holm and central bank governor "
        "Mette Lund on the third leg of a European tour.",
        [Expected({"Luis Soto": V, "Jens Holm": H, "Mette Lund": H})],
    ),
    "met with a visiting party": (
        "Chinese Premier Wei Lin met with visiting Australian Prime Minister Tom Harris in Beijing "
        "on Monday.",
        [Expected({"Wei Lin": H, "Tom Harris": V}, "Beijing", MONDAY)],
    ),
    "agreed something during a meeting": (
        "Japanese Foreign Minister Yuki Mori and her Korean counterpart Min-ho Kang agreed to strengthen "
        "ties during a meeting in Seoul on Sunday.",
        [Expected({"Yuki Mori": V, "Min-ho Kang": H}, "Seoul", SUNDAY)],
    ),
    "called on someone": (
        "Pakistani Prime Minister Imran Qadir called on Turkish President Emre Kaya in Ankara on Monday.",
        [Expected({"Imran Qadir": V, "Emre Kaya": H}, "Ankara", MONDAY, meeting_type="visit")],
    ),
    "called on someone to act": (
        "Senator Ann Miles called on Governor Tom Bell to resign on Monday.",
        [],
    ),
    "the meeting between X and a long title the parser cut off": (
        "The meeting between Chinese Foreign Minister Li Wen and U.S. Secretary of State Laura Finch "
        "lasted five hours.",
        [Expected({"Li Wen": P, "Laura Finch": P})],
    ),
    "a people named by its plural": (
        "The United States and the Soviet Union are rivals. The Soviets and the Americans held talks in "
        "Geneva on Monday.",
        [Expected({"Soviet Union": P, "United States": P}, "Geneva", MONDAY)],
    ),
    "going on for talks with someone": (
        "Kenya and Norway signed a debt accord on Monday. The Kenyans will go on to Paris for similar talks "
        "on Friday with the Paris Club.",
        # an international body met on a journey hosts no one, and with no host there is no visitor: the
        # traveller takes part in the body's session (convention 8)
        # (signing the accord together is an encounter of the two states, as the gold reads it)
        [
            Expected({"Kenya": P, "Norway": P}, None, MONDAY),
            Expected({"Kenya": P, "Paris Club": P}, "Paris", FRIDAY, "planned"),
        ],
    ),
    "after a day of meetings": (
        "After a day of meetings with Vice President Tom Reed and Secretary of State Laura Finch, Canadian "
        "Foreign Minister Paul Martin told a press conference he was satisfied.",
        # a plural "meetings with A and B" is one encounter per counterpart (convention 6); told to the press
        # after them, they are the report's news of the day
        [
            Expected({"Laura Finch": P, "Paul Martin": P}, None, PUBLISHED),
            Expected({"Tom Reed": P, "Paul Martin": P}, None, PUBLISHED),
        ],
    ),
    "met with objections": (
        "European Commission President Anna Berg said she met with strong objections from several "
        "governments to her plan.",
        [],
    ),
    "a trip with no counterpart": (
        "An IMF mission, which visited Kenya this week, issued an interim report on Monday.",
        [],
    ),
    "a trip whose country is named as a counterpart": (
        "Finance Minister Tom Reed will explain the plan to Japan when he visits Tokyo on Friday.",
        [Expected({"Tom Reed": V, "Japan": H}, "Tokyo", FRIDAY, "planned")],
    ),
    "talks with two counterparts of someone unnamed": (
        "The issue will probably recur in talks with Chile and Peru, bankers said on Monday.",
        [],
    ),
    "a speech at an organisation's own meeting": (
        "Speaking at the annual meeting of the National Grain and Feed Association, Congressman Dan Glick "
        "said the budget would be cut.",
        [],
    ),
    "a trip whose country is named only as an owner": (
        "Candidate Tom Ward praised Britain's vote, telling reporters during a visit to Scotland on Friday "
        "that it was a great thing.",
        [],
    ),
    "greeted by a crowd": (
        "Senator Ann Miles departs for Germany today, where she will be greeted by thousands of Germans.",
        [],
    ),
    "no plans to meet": (
        "The Vatican says Pope Leo has no plans to meet with Senator Ann Miles on Friday.",
        [],
    ),
    "a town hall meeting": (
        "At the town hall meeting in Hudson on Monday, Governor Tom Bell and chef Ana Ruiz took questions.",
        [],
    ),
    "the subject during someone's visit hosts": (
        "Chilean President Ana Rojas said on Monday during French Prime Minister Marc Dubois's first "
        "official visit that ties were strong.",
        [Expected({"Marc Dubois": V, "Ana Rojas": H}, None, MONDAY)],
    ),
    "met changing demand": ("Ford said its output would be adjusted to meet changing U.S. demand.", []),
    "talks between an unnamed side and several countries": (
        "Progress in talks between banks and Mexico, Chile and Peru was reported on Monday.",
        [],
    ),
    "talked to reporters": ("Turkish President Emre Kaya talked to reporters on Monday.", []),
    "refused": (
        "Czech Prime Minister Petr Novak refused to meet Slovak Prime Minister Jozef Hudak on Monday.",
        [],
    ),
    "met the press": ("Mexican President Lucia Ramos met the press on Monday.", []),
    "met a target": (
        "Egyptian President Omar Nabil said the government met its inflation target on Monday.",
        [],
    ),
    # --- appearances together, channels, trips told in apposition, misparsed coordination -------------
    "joint news conference with": (
        "At a joint news conference with Peruvian President Rosa Quispe in Lima on Monday, Chilean President"
        " Tomas Vidal said the border was open.",
        [Expected({"Rosa Quispe": H, "Tomas Vidal": V}, "Lima", MONDAY, meeting_type="meeting")],
    ),
    "held a joint news conference": (
        "Chilean President Tomas Vidal and Peruvian President Rosa Quispe held a joint news conference on"
        " Monday.",
        [Expected({"Tomas Vidal": P, "Rosa Quispe": P}, None, MONDAY)],
    ),
    "told by telephone": (
        "Chilean President Tomas Vidal assured Peruvian President Rosa Quispe by telephone on Monday that"
        " the border would stay open.",
        [Expected({"Tomas Vidal": P, "Rosa Quispe": P}, None, MONDAY, meeting_type="call")],
    ),
    "said by telephone to the press": (
        "Chilean President Tomas Vidal told Reuters by telephone on Monday that the border would stay open.",
        [],
    ),
    "interview by telephone, quotation first": (
        "\u201cThe border is open,\u201d Chilean President Tomas Vidal told Peruvian anchor Rosa Quispe by"
        " phone.",
        [],
    ),
    "arrived, and is scheduled to meet": (
        "Chilean President Tomas Vidal arrived in Lima on Monday and is scheduled to meet Peruvian President"
        " Rosa Quispe on Tuesday.",
        [Expected({"Tomas Vidal": V, "Rosa Quispe": H}, "Lima", dt.date(2024, 5, 21), "planned")],
    ),
    "negotiating a thing with": (
        "Zambia has been negotiating a new loan with the International Monetary Fund, officials said.",
        [Expected({"Zambia": P, "International Monetary Fund": P}, None, PUBLISHED)],
    ),
    "on a visit, in apposition": (
        "Chilean President Tomas Vidal, on a two-day visit to Peru, held talks with Peruvian President Rosa"
        " Quispe on Monday.",
        [Expected({"Tomas Vidal": V, "Rosa Quispe": H}, "Peru", MONDAY)],
    ),
    "who is on a visit": (
        "Chilean President Tomas Vidal, who is on a state visit to Peru, held talks with Peruvian President"
        " Rosa Quispe on Monday.",
        [Expected({"Tomas Vidal": V, "Rosa Quispe": H}, "Peru", MONDAY)],
    ),
    "during his visit to the host's country": (
        "During his visit to Peru, Chilean President Tomas Vidal held talks with Peruvian President Rosa"
        " Quispe.",
        [Expected({"Tomas Vidal": V, "Rosa Quispe": H}, "Peru", None)],
    ),
    "second purpose of a departure": (
        "Finance Minister Aiko Mori will leave for Washington on Friday to attend a conference and for talks"
        " with U.S. officials.",
        [Expected({"United States": H, "Aiko Mori": V}, "Washington", None, "planned")],
    ),
    "titled names coordinated in one phrase": (
        "Moldovan President Ion Rusu met with Secretary of State Clara Webb and Defense Secretary Omar Lind"
        " on Monday.",
        [Expected({"Ion Rusu": P, "Clara Webb": P, "Omar Lind": P}, None, MONDAY)],
    ),
    "a later surname the model leaves untyped, then the pair again": (
        "Indian Prime Minister Rajan Mehta arrived in Moscow on Monday for a two-day visit. Mehta held"
        " informal talks with Russian President Pavel Orlov on Monday evening. The two leaders will hold"
        " formal talks at the Kremlin on Friday.",
        [
            Expected({"Pavel Orlov": H, "Rajan Mehta": V}, "Moscow", MONDAY),
            Expected({"Rajan Mehta": V, "Pavel Orlov": H}, "Kremlin", FRIDAY, "planned"),
        ],
    ),
    "on the sidelines of a summit in a city": (
        "Chilean President Tomas Vidal held a bilateral meeting with Mexican President Rosa Quispe on the"
        " sidelines of the APEC summit in Lima on Monday.",
        [Expected({"Rosa Quispe": P, "Tomas Vidal": P}, "Lima", MONDAY)],
    ),
    "had lunch with": (
        "Chilean President Tomas Vidal had lunch with Peruvian President Rosa Quispe on Monday.",
        [Expected({"Rosa Quispe": P, "Tomas Vidal": P}, None, MONDAY, meeting_type="meeting")],
    ),
    "discussed a topic with": (
        "Chancellor Karl Brandt discussed Ukraine with French President Luc Martin on Monday.",
        [Expected({"Karl Brandt": P, "Luc Martin": P}, None, MONDAY, meeting_type="talks")],
    ),
    "two subjects discussing is no talk": (
        "Senator Ann Cole and Senator Bea Diaz discussed health care at the debate on Monday.",
        [],
    ),
    "called a name, not rung": ("Senator Ann Cole called Senator Bea Diaz a liar on Monday.", []),
    "title, place of the post, then the name": (
        "Prime Minister Kemal Aydin was speaking to reporters after talks with Turkish Ambassador to Athens"
        " Ali Kaya.",
        [Expected({"Kemal Aydin": P, "Ali Kaya": P}, None, PUBLISHED)],
    ),
    "during a visit, a person of the country visited": (
        "During Chilean President Tomas Vidal's visit to Peru on Monday, Peruvian President Rosa Quispe"
        " pledged to reopen the border.",
        [Expected({"Tomas Vidal": V, "Rosa Quispe": H}, "Peru", MONDAY)],
    ),
    "travelling to a body's session is taking part": (
        "Finance Minister Aiko Mori will leave for Washington on Friday for talks with the International"
        " Monetary Fund.",
        [Expected({"Aiko Mori": P, "International Monetary Fund": P}, "Washington", None, "planned")],
    ),
    "object pronoun for the one met": (
        "Treasury Secretary Paul Grant has invited Finance Minister Taro Ishida to Washington. Grant will"
        " meet him on Friday, officials said.",
        [Expected({"Paul Grant": P, "Taro Ishida": P}, None, FRIDAY, "planned")],
    ),
    "participle beside the subject": (
        "Finance Minister Taro Ishida, meeting Treasury Secretary Paul Grant for the first time since"
        " January, said the yen was too strong.",
        [Expected({"Taro Ishida": P, "Paul Grant": P}, None, None)],
    ),
    "due here, a wire dateline": (
        "TOKYO, May 15 - West German Economics Minister Karl Brandt is due here on Friday for talks with"
        " Japanese Trade Minister Hajime Tamura.",
        [Expected({"Hajime Tamura": H, "Karl Brandt": V}, "Tokyo", None, "planned")],
    ),
    "the two leaders, named just before in the sentence": (
        "Prime Minister Brian Nolan will raise the fishing dispute with President Ruth Ames when the two"
        " leaders meet in Dublin next month, officials said.",
        [Expected({"Brian Nolan": P, "Ruth Ames": P}, "Dublin", dt.date(2024, 6, 1), "planned")],
    ),
    "one and a visiting other as subjects": (
        "TOKYO, May 15 - Japanese Prime Minister Yasuo Oda and visiting West German Chancellor Karl Brandt"
        " agreed today to press for lower interest rates.",
        [Expected({"Yasuo Oda": H, "Karl Brandt": V}, "Tokyo", PUBLISHED)],
    ),
    "told the press after meeting": (
        "Treasury Secretary James Rowe told a news conference after meeting Brazilian Finance Minister Dilson"
        " Prado that the talks had been useful.",
        [Expected({"James Rowe": P, "Dilson Prado": P}, None, PUBLISHED)],
    ),
    "said after hours of talks": (
        "Brazilian Finance Minister Dilson Prado said after two hours of talks with Treasury Secretary James"
        " Rowe that Brazil would not resume payments.",
        [Expected({"Dilson Prado": P, "James Rowe": P}, None, PUBLISHED)],
    ),
    "sentence-initial plural noun read as a name by the model": (
        "Talks between British Chancellor Nigel Lawson and French Finance Minister Edouard Balladur ended"
        " without agreement on Monday.",
        [Expected({"Nigel Lawson": P, "Edouard Balladur": P}, None, MONDAY, meeting_type="talks")],
    ),
    "ahead of a meeting, the one to attend it": (
        "Ahead of the meeting with Chinese President Li Wen, Secretary of State Lena Voss said she would"
        " raise human rights.",
        [Expected({"Li Wen": P, "Lena Voss": P}, None, None, "planned")],
    ),
    "the two sides are not a sentence's persons": (
        "Trade Minister Kenji Abe met Prime Minister Taro Ueda on Monday. Officials said Abe's message was"
        " that the two sides need to talk urgently.",
        [Expected({"Kenji Abe": P, "Taro Ueda": P}, None, MONDAY)],
    ),
    "a trip the article told earlier, no place": (
        "Chinese Premier Li Wen began his visit with a banquet on Monday. Li met Japanese Prime Minister Taro"
        " Ueda on Tuesday and discussed trade.",
        [Expected({"Li Wen": V, "Taro Ueda": H}, None, TUESDAY)],
    ),
    "the visiting one, met in a later sentence": (
        "The visiting Chinese Premier Li Wen said trade was growing. Li met Japanese Prime Minister Taro Ueda"
        " on Tuesday.",
        [Expected({"Li Wen": V, "Taro Ueda": H}, None, TUESDAY)],
    ),
    "arrived from a meeting: that meeting was before the trip": (
        "Ambassador Ali Kaya, who arrived last night from a meeting with Greek Premier Nikos Pappas, spoke"
        " to reporters.",
        [Expected({"Ali Kaya": P, "Nikos Pappas": P}, None, None)],
    ),
    "a country's creditor-bank committee is the party met, not the country (convention 1)": (
        "Central bank chief Luis Gros, speaking to reporters after his first meeting with Brazil's bank"
        " advisory committee, promised a statement.",
        [Expected({"Luis Gros": P, "Advisory Committee": P}, None, PUBLISHED)],
    ),
    "'negotiating a loan with the steering committee for its creditor banks': that committee": (
        "Argentina has since last month been negotiating a loan with the steering committee for its"
        " international creditor banks.",
        [Expected({"Argentina": P, "Steering Committee": P}, None, PUBLISHED)],
    ),
    "a trip by a committee's representatives to a country is no meeting; 'a recent trip' is past": (
        "The rescheduling is held up despite a recent trip to Japan by Nigerian officials and representatives"
        " of the steering committee of its creditor banks. They will hold talks with French officials later"
        " this week.",
        [],
    ),
    "a present progressive with a day to come is planned": (
        "President Ruth Ames is hosting Chinese Premier Li Wen at the White House on Friday.",
        [Expected({"Ruth Ames": H, "Li Wen": V}, "White House", FRIDAY, "planned")],
    ),
    "a present progressive of today is going on": (
        "President Ruth Ames is hosting Chinese Premier Li Wen at the White House today.",
        [Expected({"Ruth Ames": H, "Li Wen": V}, "White House", PUBLISHED)],
    ),
    "coordinated possessors of a meeting": (
        "President Ruth Ames and Chinese Premier Li Wen's meeting in Woodside lasted four hours.",
        [Expected({"Ruth Ames": P, "Li Wen": P}, "Woodside", None)],
    ),
    "two sides in a third country's capital are both guests": (
        "Delegations from Israel and Hamas resumed indirect talks in Cairo on Sunday.",
        [Expected({"Israel": P, "Hamas": P}, "Cairo", SUNDAY)],
    ),
    "talks with a country's officials are with the country": (
        "Japan's trade surplus rose in March. Trade Representative Carla Hale held talks with Japanese"
        " officials on Monday.",
        [Expected({"Japan": P, "Carla Hale": P}, None, MONDAY)],
    ),
    "a day and month with no tense is the nearer one": (
        "Prime Minister Yasuo Oda has told his party to draft a package in time for his talks with President"
        " Ruth Ames on June 3.",
        [Expected({"Yasuo Oda": P, "Ruth Ames": P}, None, dt.date(2024, 6, 3), "planned")],
    ),
    "his counterpart of a nationality": (
        "Japanese Finance Minister Kiyoshi Ota said the yen was too strong. Treasury Secretary James Rowe"
        " will meet his Japanese counterpart next week.",
        [Expected({"James Rowe": P, "Kiyoshi Ota": P}, None, None, "planned")],
    ),
    "a sentence-initial surname tagged as a common noun": (
        "Japanese Finance Minister Kiyoshi Ota arrived in Washington on Sunday. Ota met Treasury Secretary"
        " James Rowe on Monday, officials said.",
        [Expected({"Kiyoshi Ota": V, "James Rowe": H}, "Washington", MONDAY)],
    ),
    "headline with no article: 'during meeting'": (
        "Chilean President Tomas Vidal and Peruvian President Rosa Quispe fail to agree during meeting in"
        " Lima.",
        [Expected({"Tomas Vidal": V, "Rosa Quispe": H}, "Lima", None)],
    ),
    "welcomed a decision": (
        "Kenyan President William Otieno welcomed the decision of the court on Monday.",
        [],
    ),
    "visited a factory": ("Korean President Min-jun Park visited a car factory in Ulsan on Monday.", []),
    # --- session 7: purposes of a visit, misparsed participles, venues, calls, occasions, "see" ------
    "to meet, the purpose of a visit to a place": (
        "German Chancellor Eva Brandt will visit Ottawa next week to meet Canadian Prime Minister Paul Roy.",
        [Expected({"Eva Brandt": V, "Paul Roy": H}, "Ottawa", None, "planned")],
    ),
    "a 'visiting' the parser made a verb keeps the place and day": (
        "Chile's President Rosa Vidal welcomed visiting Peruvian President Luis Paredes in Santiago on"
        " Monday.",
        [Expected({"Rosa Vidal": H, "Luis Paredes": V}, "Santiago", MONDAY)],
    ),
    "a building named with its city": (
        "Chinese Premier Wei Lin met Kenyan President Joseph Mwangi at the Great Hall of the People in "
        "Beijing on Monday.",
        [Expected({"Wei Lin": H, "Joseph Mwangi": V}, "Great Hall of the People", MONDAY)],
    ),
    "a call has no place and no host": (
        "ROME, May 14 (Reuters) - Italian Prime Minister Carla Neri spoke by phone with Greek Prime Minister "
        "Nikos Pappas on Tuesday.",
        [Expected({"Carla Neri": P, "Nikos Pappas": P}, None, TUESDAY, meeting_type="call")],
    ),
    "what was not done at a meeting does not undo it": (
        "Fund chief Lena Berg said that in meetings with President Omar Diallo she had not asked for cuts.",
        [Expected({"Lena Berg": P, "Omar Diallo": P})],
    ),
    "see a named person": (
        "Japanese Foreign Minister Taro Ueda will see Indian Prime Minister Raj Mehta on Friday.",
        [Expected({"Taro Ueda": P, "Raj Mehta": P}, None, FRIDAY, "planned")],
    ),
    "see someone as something is a view": (
        "Economist Ana Ruiz saw Finance Minister Pablo Gil as the likely winner of the vote.",
        [],
    ),
    "see someone do something is a view": (
        "Analyst Tom Price sees Central Bank Governor Maria Lopes cutting rates in June.",
        [],
    ),
    "his counterpart named by nationality only": (
        "Iranian Foreign Minister Reza Karimi met his Omani counterpart in Muscat on Tuesday.",
        [Expected({"Reza Karimi": V, "Oman": H}, "Muscat", TUESDAY)],
    ),
    "talks with a country's officials": (
        "Brazilian Finance Minister Rui Lopes held talks with Japanese officials in Tokyo on Monday.",
        [Expected({"Rui Lopes": V, "Japan": H}, "Tokyo", MONDAY)],
    ),
    "two sides named by nationality": (
        "Russian and Ukrainian negotiators met in Istanbul on Tuesday.",
        [Expected({"Russia": P, "Ukraine": P}, "Istanbul", TUESDAY)],
    ),
    "a trip by a country's officials names no counterpart": (
        "Talks stalled despite a recent trip to Japan by senior Nigerian officials.",
        [],
    ),
    "signing a treaty together": (
        "Chilean President Rosa Vidal signed a treaty with Bolivian President Juan Mamani on Monday.",
        [Expected({"Rosa Vidal": P, "Juan Mamani": P}, None, MONDAY)],
    ),
    "a document signed by two office holders": (
        "The accord was signed by Kenyan Trade Minister Peter Otieno and Indian Commerce Secretary Raj"
        " Singh.",
        [Expected({"Peter Otieno": P, "Raj Singh": P})],
    ),
    "firms signing a contract is business": (
        "Acme Motors Inc and Zenith Diesel Corp signed a memorandum of understanding on engines.",
        [],
    ),
    "one signer signs alone": ("Finance Minister Pablo Gil signed the loan agreement on Monday.", []),
    "two sides holding a telephone conversation": (
        "Chancellor Eva Brandt and President Luc Moreau had a telephone conversation on Monday.",
        [Expected({"Eva Brandt": P, "Luc Moreau": P}, None, MONDAY, meeting_type="call")],
    ),
    "the one told in a telephone conversation": (
        "Premier Wei Lin told President Joseph Mwangi in a telephone conversation on Monday that aid would"
        " continue.",
        [Expected({"Wei Lin": P, "Joseph Mwangi": P}, None, MONDAY, meeting_type="call")],
    ),
    "a message conveyed in a phone call": (
        "Finance Minister Taro Ueda conveyed the offer to Treasury Secretary Ann Cole in a phone call on"
        " Monday.",
        [Expected({"Taro Ueda": P, "Ann Cole": P}, None, MONDAY, meeting_type="call")],
    ),
    "a visit begun, then a meeting on it": (
        "Greek Prime Minister Nikos Pappas began a three-day visit to Chile on Monday. He is scheduled to"
        " meet President Rosa Vidal on Friday.",
        [Expected({"Nikos Pappas": V, "Rosa Vidal": H}, "Chile", FRIDAY, "planned")],
    ),
    "due somewhere for days of talks with a country's ministers": (
        "Trade envoy Ann Cole is due in Lima on Friday for two days of talks with Peruvian ministers.",
        [Expected({"Ann Cole": V, "Peru": H}, "Lima", FRIDAY, "planned")],
    ),
    "on a trip, in apposition": (
        "Greek President Nikos Pappas, on a four-day trip to Chile, met President Rosa Vidal on Monday.",
        [Expected({"Nikos Pappas": V, "Rosa Vidal": H}, "Chile", MONDAY)],
    ),
    "is on a visit, then meets": (
        "Japanese Foreign Minister Taro Ueda is on a three-day visit to Peru. Ueda met President Luis"
        " Paredes on Monday.",
        [Expected({"Taro Ueda": V, "Luis Paredes": H}, "Peru", MONDAY)],
    ),
    "welcomed to a place": (
        "King Harald welcomed Kenyan President Joseph Mwangi to Oslo on Tuesday.",
        [Expected({"King Harald": H, "Joseph Mwangi": V}, "Oslo", TUESDAY)],
    ),
    "a seat that speaks is no scene": (
        "President Ana Moreira spoke with Russian President Igor Petrov on Tuesday, the Kremlin said.",
        [Expected({"Ana Moreira": P, "Igor Petrov": P}, None, TUESDAY)],
    ),
    "a courtesy call is made in person": (
        "Prime Minister Omar Diallo received a courtesy call from the visiting Chinese ambassador Wei Ming on"
        " Tuesday.",
        [Expected({"Omar Diallo": H, "Wei Ming": V}, None, TUESDAY, meeting_type="visit")],
    ),
    "talks during a stay somewhere": (
        "During his stay in Hanoi, Indonesian President Adi Prasetyo will hold talks with Vietnamese"
        " President Tran Binh.",
        [Expected({"Adi Prasetyo": V, "Tran Binh": H}, "Hanoi", None, "planned")],
    ),
    "the dateline's city for a visit placed by its country": (
        "BEIJING, May 13 (Xinhua) -- Vice President Han Wei met with Kazakh Foreign Minister Murat Omarov,"
        " who is here on an official visit to China, on Monday.",
        [Expected({"Han Wei": H, "Murat Omarov": V}, "Beijing", MONDAY)],
    ),
    "a venue named by its city": (
        "Senator Ann Cole and Governor Tom Reyes met at a Denver hotel on Monday.",
        [Expected({"Ann Cole": P, "Tom Reyes": P}, "Denver", MONDAY)],
    ),
    "a handshake": (
        "President Ana Moreira shook hands with Prime Minister Kenji Sato in Lima on Friday.",
        [Expected({"Ana Moreira": P, "Kenji Sato": P}, "Lima", LAST_FRIDAY)],
    ),
    "met separately with two": (
        "Envoy Ann Cole met separately with Prime Minister Ben Levi and President Omar Saleh in Cairo on"
        " Monday.",
        [
            Expected({"Ann Cole": P, "Ben Levi": P}, "Cairo", MONDAY),
            Expected({"Ann Cole": P, "Omar Saleh": P}, "Cairo", MONDAY),
        ],
    ),
    "bilateral meetings with two long readout titles: one meeting each, neither at home": (
        "In Manila on Monday, Vietnamese General Le Van Minh held bilateral meetings with Chief of Defence"
        " Force of Singapore Tan Boon Keat and Deputy Minister of Defence of Japan Kenji Sato.",
        [
            Expected({"Le Van Minh": P, "Tan Boon Keat": P}, "Manila", MONDAY),
            Expected({"Le Van Minh": P, "Kenji Sato": P}, "Manila", MONDAY),
        ],
    ),
    "'will join A and B for a summit': the one joining and those joined": (
        "President Ana Moreira will join Prime Minister Kenji Sato and President Tom Hale for a trilateral"
        " summit in Tokyo on Friday.",
        [Expected({"Ana Moreira": P, "Kenji Sato": P, "Tom Hale": P}, "Tokyo", FRIDAY, "planned", "summit")],
    ),
    "'convened a call, joined by A, B and C': those joining are its parties": (
        "Prime Minister Kenji Sato convened a video call on Monday, joined by President Tom Hale and"
        " Chancellor Karl Brandt.",
        [Expected({"Kenji Sato": P, "Tom Hale": P, "Karl Brandt": P}, None, MONDAY, meeting_type="call")],
    ),
    "'talks with Y, joined by Z': beside a named counterpart, one who joins attends": (
        "Prime Minister Kenji Sato held talks with President Tom Hale on Monday, joined by Foreign Minister"
        " Ana Moreira.",
        [Expected({"Kenji Sato": P, "Tom Hale": P, "Ana Moreira": A}, None, MONDAY, meeting_type="talks")],
    ),
    "'spoke on Tuesday, a day after talks with Y': the talks a measured day before": (
        "Senator Tom Reyes spoke to reporters on Tuesday, a day after a long session with Speaker Paul Dunn.",
        [Expected({"Tom Reyes": P, "Paul Dunn": P}, None, MONDAY)],
    ),
    "wire second-day copy: two surnames alone, one the model leaves untagged": (
        "GENEVA, May 15 - Shultz and Shevardnadze met in Geneva on Monday.",
        [Expected({"Shultz": P, "Shevardnadze": P}, "Geneva", MONDAY)],
    ),
    "'met X here on Monday': the adverb of the dateline city passes the day on": (
        "LIMA, May 15 - President Tom Hale met Premier Li Wei here on Monday.",
        [Expected({"Tom Hale": P, "Li Wei": P}, "Lima", MONDAY)],
    ),
    "'visited a church here on Monday, meeting privately with X': the clause's day and the dateline": (
        "DETROIT - Senator Tom Reyes visited a church here on Monday, meeting privately with Bishop"
        " Paul Dunn.",
        [Expected({"Tom Reyes": P, "Paul Dunn": P}, "Detroit", MONDAY)],
    ),
    "a region hyphened into an event's name is no place": (
        "President Tom Hale and Premier Li Wei spoke on the sidelines of the Asia-Pacific Economic"
        " Cooperation summit on Monday.",
        [Expected({"Tom Hale": P, "Li Wei": P}, None, MONDAY, meeting_type="meeting")],
    ),
    "'had tea with X': a drink shared with a party": (
        "Senator Ann Cole had tea with Governor Tom Reyes on Monday.",
        [Expected({"Ann Cole": P, "Tom Reyes": P}, None, MONDAY)],
    ),
    "'the visiting minister' with no journey told: the foreigner at the dateline city": (
        "CARACAS, May 15 - Saudi Oil Minister Faisal Saud held talks here today with his Venezuelan"
        " counterpart Pedro Ruiz. The visiting minister is due to call on President Luis Ortega on Friday.",
        [
            Expected({"Faisal Saud": V, "Pedro Ruiz": H}, "Caracas", PUBLISHED, meeting_type="talks"),
            Expected({"Faisal Saud": V, "Luis Ortega": H}, "Caracas", FRIDAY, "planned", "visit"),
        ],
    ),
    "'met A on Monday and B on Tuesday' parsed with B inside the day's phrase": (
        "CAIRO, May 15 - French envoy Jean-Marc Duval met Foreign Minister Omar Saleh on Monday and Defence"
        " Minister Abdel-Halim Fahmy on Tuesday, officials said.",
        [
            Expected({"Jean-Marc Duval": V, "Omar Saleh": H}, "Cairo", MONDAY),
            Expected({"Jean-Marc Duval": V, "Abdel-Halim Fahmy": H}, "Cairo", TUESDAY),
        ],
    ),
    "a sentence-initial given name the tagger reads as a preposition": (
        "Barack Obama and Xi Jinping met in Lima on Monday.",
        [Expected({"Barack Obama": P, "Xi Jinping": P}, "Lima", MONDAY)],
    ),
    "'called on X' with the name read as the verb's object": (
        "UAE Minister of State Ahmed Al Mansoori called on Commerce Minister Raj Mehta in New Delhi on"
        " Tuesday.",
        [Expected({"Ahmed Al Mansoori": V, "Raj Mehta": H}, "New Delhi", TUESDAY, meeting_type="visit")],
    ),
    "'briefed X': a briefing given to a named person": (
        "African Union envoy Thabo Nkosi briefed ECOWAS Commission President Ali Hassan in Abuja on Monday.",
        [Expected({"Thabo Nkosi": P, "Ali Hassan": P}, "Abuja", MONDAY)],
    ),
    "'pressed X during a meeting': the one pressed was at the meeting": (
        "President Ana Moreira pressed Premier Li Wei on copper prices during a meeting in Rio on Monday.",
        [Expected({"Ana Moreira": P, "Li Wei": P}, "Rio", MONDAY)],
    ),
    "'granted an audience to X': received by the one who grants it": (
        "President Ali Hassan granted an audience to Commission Chairperson Thabo Nkosi on Monday.",
        [Expected({"Ali Hassan": H, "Thabo Nkosi": V}, None, MONDAY, meeting_type="visit")],
    ),
    "'had an audience with King X at <place>': the name the model ran on into the place": (
        "Minister Omar Saleh had an audience with King Hamad at Sakhir Palace on Monday.",
        [Expected({"Omar Saleh": V, "King Hamad": H}, "Sakhir Palace", MONDAY, meeting_type="visit")],
    ),
    "a capitalised format with its counterpart: 'held Foreign Office Consultations with X'": (
        "Indian Foreign Secretary Raj Mehta held the 7th round of Foreign Office Consultations with Japanese"
        " Vice Foreign Minister Kenji Sato in New Delhi on Monday.",
        [Expected({"Raj Mehta": H, "Kenji Sato": V}, "New Delhi", MONDAY, meeting_type="talks")],
    ),
    "'the U.N. General Assembly' is no town called Un: the dateline places it": (
        "NEW YORK, May 15 (Reuters) - President Ana Moreira met President Thabo Nkosi on the sidelines of the"
        " U.N. General Assembly on Monday.",
        [Expected({"Ana Moreira": P, "Thabo Nkosi": P}, "New York", MONDAY)],
    ),
    "'X joined the two men for the meal': an attendee of the meal just told": (
        "Governor Tom Reyes dined with Senator Paul Dunn on Monday. Mayor Ann Cole joined the two men for the"
        " meal.",
        [Expected({"Tom Reyes": P, "Paul Dunn": P, "Ann Cole": A}, None, MONDAY)],
    ),
    "'X was also in the room': an attendee of the meeting just told": (
        "Governor Tom Reyes and Senator Paul Dunn met on Monday. Mayor Ann Cole, who arranged the meeting,"
        " was also in the room.",
        [Expected({"Tom Reyes": P, "Paul Dunn": P, "Ann Cole": A}, None, MONDAY)],
    ),
    "'the two men spoke at length at <venue>': a talk between the pair just named": (
        "Governor Tom Reyes is weighing Senator Paul Dunn for the cabinet, aides said. The two men spoke at"
        " length on Monday at Harbor Tower.",
        [Expected({"Tom Reyes": P, "Paul Dunn": P}, "Harbor Tower", MONDAY)],
    ),
    "the one who reports what was done at a meeting was there": (
        "Trade envoy Ann Cole said the dispute was settled at a meeting with Trade Minister Rui Lopes on"
        " Monday.",
        [Expected({"Ann Cole": P, "Rui Lopes": P}, None, MONDAY)],
    ),
    "unnamed reporters name no party": (
        "Officials said the deal was settled at a meeting with Trade Minister Rui Lopes.",
        [],
    ),
    "a count of meetings is none of them": (
        "Foreign Minister Taro Ueda and Secretary of State Ann Cole have met five times this year.",
        [],
    ),
    "met again in a third country, no one hosts": (
        "Foreign Minister Taro Ueda met Secretary of State Ann Cole in Tokyo on Monday. The two leaders"
        " last met in Lima in November.",
        [
            Expected({"Taro Ueda": H, "Ann Cole": V}, "Tokyo", MONDAY),
            Expected({"Taro Ueda": P, "Ann Cole": P}, "Lima", dt.date(2023, 11, 1)),
        ],
    ),
    "delegations of two states named by adjective": (
        "Crown Prince Faisal bin Salman hosted U.S. and Russian delegations for talks in Riyadh on Tuesday.",
        [Expected({"Faisal bin Salman": H, "United States": V, "Russia": V}, "Riyadh", TUESDAY)],
    ),
    # --- added in the eighth round --------------------------------------------------------------------
    "said on his return from talks": (
        "Treasury Secretary Jorge Ruiz said on his return from talks in Paris with Finance Minister Paul"
        " Martin that an accord was close.",
        [Expected({"Jorge Ruiz": V, "Paul Martin": H}, "Paris", None)],
    ),
    "a conversation verb in a phone call is a call, and the topic's place is no venue": (
        "President Omar Nasser discussed the situation in Gaza with King Faisal Hamid during a phone call on"
        " Tuesday.",
        [Expected({"Omar Nasser": P, "Faisal Hamid": P}, None, TUESDAY, meeting_type="call")],
    ),
    "welcomed to a building in a city": (
        "President Budi Santoso welcomed Prime Minister Kevin Walsh to the presidential palace in Bogor on"
        " Monday.",
        [Expected({"Budi Santoso": H, "Kevin Walsh": V}, "Bogor", MONDAY)],
    ),
    "where after a time phrase takes up the place before it": (
        "Prime Minister Giulia Conti travelled to Tunis on Sunday, where she was received by President Karim"
        " Bouazizi.",
        [Expected({"Giulia Conti": V, "Karim Bouazizi": H}, "Tunis", SUNDAY)],
    ),
    "talks going on in the present progressive are of the publication day": (
        "Trade Minister Ana Lopez is continuing talks with Mexico on a new trade deal.",
        [Expected({"Ana Lopez": P, "Mexico": P}, None, PUBLISHED)],
    ),
    "a dinner for a visiting guest, with the place and day the parser hung on 'visiting'": (
        "King Tariq Hamdan hosted a dinner for visiting President Louis Girard in Amman on Sunday.",
        [Expected({"Tariq Hamdan": H, "Louis Girard": V}, "Amman", SUNDAY)],
    ),
    "met in a city during a visit to the country: the city is the place": (
        "President Chen Wei met Serbian President Marko Petrovic in Belgrade on Tuesday during a state visit"
        " to Serbia.",
        [Expected({"Chen Wei": V, "Marko Petrovic": H}, "Belgrade", TUESDAY, meeting_type="visit")],
    ),
    "a counterpart's untagged name; a residence set off by a comma from its city": (
        "Kenyan President Daniel Kamau on Tuesday hosted his Ugandan counterpart Moses Okello at State House,"
        " Nairobi.",
        [Expected({"Daniel Kamau": H, "Moses Okello": V}, "Nairobi", TUESDAY)],
    ),
    "officials of a country met as the object of the verb": (
        "Brazilian Finance Minister Paulo Lima met Swiss officials in Bern on Monday.",
        [Expected({"Paulo Lima": V, "Switzerland": H}, "Bern", MONDAY)],
    ),
    "a bare participle takes the past tense of its verb": (
        "Chancellor Helmut Kohl and President Francois Mitterrand, meeting in Paris on Friday, agreed to set"
        " up a council.",
        [Expected({"Helmut Kohl": V, "Francois Mitterrand": H}, "Paris", LAST_FRIDAY)],
    ),
    "a relative clause's meeting is not dated by the main clause": (
        "Treasury Secretary Tom Reyes, who is in Paris for the OECD meeting, met French Finance Minister Luc"
        " Martin on Monday.",
        [
            Expected({"OECD": P, "Tom Reyes": P}, "Paris", None),
            Expected({"Tom Reyes": V, "Luc Martin": H}, "Paris", MONDAY),
        ],
    ),
    "a relative clause on a coordination tells of both": (
        "John Kasich and Ted Cruz, who met in Cleveland on Monday, agreed to coordinate.",
        [Expected({"John Kasich": P, "Ted Cruz": P}, "Cleveland", MONDAY)],
    ),
    "a day the parser hung on the venue dates the meeting": (
        "Bernie Sanders and Hillary Clinton met privately for an hour at a hotel in Washington on Monday"
        " night.",
        [Expected({"Bernie Sanders": P, "Hillary Clinton": P}, "Washington", MONDAY)],
    ),
    "a meeting hosted and attended by others": (
        "French Finance Minister Edouard Balladur hosted the meeting, attended by U.S. Treasury Secretary"
        " James Baker and Japanese Finance Minister Kiichi Miyazawa.",
        [Expected({"Edouard Balladur": H, "James Baker": V, "Kiichi Miyazawa": V})],
    ),
    "a surname the tagger took for an adjective": (
        "Indonesian President Suharto received World Bank President Barber Conable on Monday. Conable later"
        " met Indonesian Finance Minister Radius Prawiro.",
        [
            Expected({"Suharto": H, "Barber Conable": V}, None, MONDAY),
            Expected({"Barber Conable": P, "Radius Prawiro": P}, None, MONDAY),
        ],
    ),
    "a later encounter is of the day of the one before": (
        "Secretary of State Ann Cole met Foreign Minister Wei Lin in Beijing on Monday. Cole later met"
        " President Chen Wei.",
        [
            Expected({"Ann Cole": V, "Wei Lin": H}, "Beijing", MONDAY),
            Expected({"Ann Cole": V, "Chen Wei": H}, "Beijing", MONDAY),
        ],
    ),
    "a call between two leaders, told beside a trip, hosts no one": (
        "The trip follows a call between President Chen Wei and President Tom Reyes earlier this month.",
        [Expected({"Chen Wei": P, "Tom Reyes": P}, None, dt.date(2024, 5, 1), meeting_type="call")],
    ),
    "calling someone something is no call": (
        "At the time, Paul Manafort called Viktor Yanukovych, a former coal trucking director, an outstanding"
        " leader.",
        [],
    ),
    "a document signed in a city: the place the parser hung on the document": (
        "Egypt and the Soviet Union are expected to sign an agreement in Moscow next week settling the debt.",
        [Expected({"Egypt": V, "Soviet Union": H}, "Moscow", None, "planned")],
    ),
    "a 'when' clause is dated by what it hangs from": (
        "Chancellor Karl Weber met Prime Minister Ruth Adler in 2008, when Weber was visiting Jerusalem.",
        [Expected({"Karl Weber": P, "Ruth Adler": P}, "Jerusalem", dt.date(2008, 1, 1))],
    ),
    "told reporters before meeting X: of the day of the report": (
        "President Tom Reyes told reporters before meeting Senator Ann Cole that the budget was sound.",
        [Expected({"Tom Reyes": P, "Ann Cole": P}, None, PUBLISHED)],
    ),
    "made a visit to a city and met": (
        "Prime Minister Laszlo Kovacs made a surprise visit to Kyiv on Tuesday and met President Petro"
        " Hrytsenko.",
        [Expected({"Laszlo Kovacs": V, "Petro Hrytsenko": H}, "Kyiv", TUESDAY)],
    ),
    "met A on one day and B on another: two meetings, each its day": (
        "Mexican Finance Minister Jorge Salinas arrived in Washington on Sunday. He met Treasury Secretary"
        " Mark Ellison on Monday and Paul Hendricks on Tuesday.",
        [
            Expected({"Jorge Salinas": V, "Mark Ellison": H}, "Washington", MONDAY),
            Expected({"Jorge Salinas": V, "Paul Hendricks": H}, "Washington", TUESDAY),
        ],
    ),
    "is in a capital to meet X: the stay places the meeting": (
        "Chinese Premier Wei Lin was in Washington on Tuesday to meet President Tom Reyes, officials said.",
        [Expected({"Wei Lin": V, "Tom Reyes": H}, "Washington", TUESDAY)],
    ),
    "X, in a capital for a visit, met Y: the aside places the subject": (
        "Kenyan President Daniel Mwangi, in Berlin for a two-day visit, met German Chancellor Hans Becker"
        " on Monday.",
        [Expected({"Daniel Mwangi": V, "Hans Becker": H}, "Berlin", MONDAY)],
    ),
    "welcomed X with honours on a day: the day hung on the manner noun": (
        "German Chancellor Hans Becker welcomed Kenyan President Daniel Mwangi with military honours in"
        " Berlin on Monday.",
        [Expected({"Hans Becker": H, "Daniel Mwangi": V}, "Berlin", MONDAY)],
    ),
    "X and Y discussed Z over dinner: a shared meal is a meeting": (
        "French President Marie Laurent and German Chancellor Hans Becker discussed the budget over dinner"
        " in Paris on Monday.",
        [Expected({"Marie Laurent": H, "Hans Becker": V}, "Paris", MONDAY)],
    ),
    "met X on Capitol Hill: a landmark venue after 'on'": (
        "Governor Ann Cole met privately with Senator Tom Reyes on Capitol Hill on Tuesday.",
        [Expected({"Ann Cole": P, "Tom Reyes": P}, "Capitol Hill", TUESDAY)],
    ),
    "met at a seat of government: its country's official hosts, the foreigner visits": (
        "Vice President Ann Cole met with Iraqi Prime Minister Ali Hassan at the White House on Monday.",
        [Expected({"Ann Cole": H, "Ali Hassan": V}, "White House", MONDAY)],
    ),
    "at the invitation of X, Y will pay a visit: the guest the parser coordinated with the host": (
        "At the invitation of Chinese Premier Wei Lin, New Zealand Prime Minister Tom Harper will pay an"
        " official visit to China on Friday.",
        [Expected({"Wei Lin": H, "Tom Harper": V}, "China", FRIDAY, "planned")],
    ),
    "on the afternoon of a date: the day part passes the date on": (
        "On the afternoon of May 13, Foreign Minister Wei Lin had a phone conversation with French Foreign"
        " Minister Marie Laurent.",
        [Expected({"Wei Lin": P, "Marie Laurent": P}, None, MONDAY, meeting_type="call")],
    ),
    "co-chaired a round of consultations on a date": (
        "Premier Wei Lin and German Chancellor Hans Becker co-chaired a round of consultations in Berlin on"
        " May 13.",
        [Expected({"Hans Becker": P, "Wei Lin": P}, "Berlin", MONDAY, meeting_type="talks")],
    ),
    "a day after meeting X: the measure dates the meeting from the clause's day": (
        "Senator Ann Cole huddled with Governor Tom Reyes in Ohio on Tuesday, a day after meeting President"
        " Marie Laurent.",
        [
            Expected({"Ann Cole": P, "Tom Reyes": P}, "Ohio", TUESDAY),
            Expected({"Ann Cole": P, "Marie Laurent": P}, None, MONDAY),
        ],
    ),
    "will fly somewhere, two days after meeting X: that meeting is not on the trip": (
        "Senator Ann Cole will fly to Scotland on Friday, two days after meeting Governor Tom Reyes.",
        [Expected({"Ann Cole": P, "Tom Reyes": P}, None, dt.date(2024, 5, 15), "planned")],
    ),
    "accepted an invitation to visit X: planned": (
        "Egyptian President Omar Fahmy has accepted an invitation to visit Iraqi President Ali Hassan in"
        " Baghdad.",
        [Expected({"Ali Hassan": H, "Omar Fahmy": V}, "Baghdad", None, "planned")],
    ),
    "a name with a lower-case particle ('ul-Haq')": (
        "Indian Prime Minister Ravi Kumar will receive Pakistani President Zia ul-Haq in New Delhi on"
        " Friday.",
        [Expected({"Ravi Kumar": H, "Zia ul-Haq": V}, "New Delhi", FRIDAY, "planned")],
    ),
    "a meeting that could take place: speculative, skipped": (
        "A meeting between President Tom Reyes and Prime Minister Wei Lin could take place next month.",
        [],
    ),
    "X and Y should meet, analysts said: a recommendation, skipped": (
        "President Tom Reyes and Prime Minister Wei Lin should meet soon, analysts said.",
        [],
    ),
    "talks that could help: the talks themselves are reported": (
        "Talks between President Tom Reyes and Prime Minister Wei Lin on Monday could help ease tensions.",
        [Expected({"Tom Reyes": P, "Wei Lin": P}, None, MONDAY)],
    ),
    "talks with <office> of <country> <name>: the readout style names the counterpart": (
        "Russian Foreign Minister Oleg Sokolov held talks with Minister of Foreign Affairs of the Islamic"
        " Republic of Iran Ali Hassan in Moscow on Monday.",
        [Expected({"Oleg Sokolov": H, "Ali Hassan": V}, "Moscow", MONDAY, meeting_type="talks")],
    ),
    "X, speaking after a meeting with Y, said: of the day of the report": (
        "Central bank chairman Tom Reyes, speaking after a meeting with Finance Minister Wei Lin, said rates"
        " would hold.",
        [Expected({"Tom Reyes": P, "Wei Lin": P}, None, PUBLISHED)],
    ),
    "over a lunch, X and Y decided to do something: the lunch took place": (
        "Over a lunch in Geneva on Monday, President Tom Reyes and Senator Ann Cole decided to found a"
        " party.",
        [Expected({"Tom Reyes": P, "Ann Cole": P}, "Geneva", MONDAY)],
    ),
    "X and Y clashed over the summit: a topic, not an occasion": (
        "French President Marie Laurent and German Chancellor Hans Becker clashed over the summit on Monday.",
        [],
    ),
    "the visit by X to a city, then X met Y: the visit places the meeting": (
        "The visit by Chinese Foreign Minister Wei Lin to Moscow comes as Beijing seeks a bigger role."
        " Wei met Russian Foreign Minister Oleg Sokolov, the ministry said.",
        [Expected({"Oleg Sokolov": H, "Wei Lin": V}, "Moscow", None)],
    ),
    "a visit that included talks: the visit's owner travelled to the talks": (
        "Italian Prime Minister Carla Conti's visit to Washington, her first since taking office, included"
        " talks with President Tom Reyes on Monday.",
        [Expected({"Carla Conti": V, "Tom Reyes": H}, "Washington", MONDAY)],
    ),
    "X, in a city on a tour, held talks with Y: the aside places the held talks": (
        "Soviet Foreign Minister Oleg Sokolov, in Bangkok on the first leg of an Asian tour, held talks"
        " with Thai Prime Minister Somchai Wongsawat on Monday.",
        [Expected({"Oleg Sokolov": V, "Somchai Wongsawat": H}, "Bangkok", MONDAY)],
    ),
    "a dateline below a web page's header lines places the news": (
        "Leaders meet in Rome\nBy Jane Doe, Reuters\nA photo caption of the two. REUTERS/John Roe\n"
        "ROME, May 13 (Reuters) - Spanish Prime Minister Luis Vega met Italian Prime Minister Carla Conti on"
        " Monday.",
        [Expected({"Luis Vega": V, "Carla Conti": H}, "Rome", MONDAY)],
    ),
    "a dateline in capitals and a colon, as South Asian papers write it": (
        "NEW DELHI: Prime Minister Raj Mehta held talks with visiting Greek Prime Minister Nikos Petrou on"
        " Monday.",
        [Expected({"Raj Mehta": H, "Nikos Petrou": V}, "New Delhi", MONDAY)],
    ),
    "a dateline in title case with its country and agency": (
        "Kyiv, Ukraine (AP) — President Oleh Bondar met British Foreign Secretary Tom Hale on Monday.",
        [Expected({"Oleh Bondar": H, "Tom Hale": V}, "Kyiv", MONDAY)],
    ),
    "two titled names coordinated after with: the parser hangs the first inside the phrase": (
        "Oleg Sokolov met with Israeli Prime Minister Amir Levy and Defense Minister Dan Katz in Tel Aviv on"
        " Monday.",
        [Expected({"Oleg Sokolov": P, "Amir Levy": P, "Dan Katz": P}, "Tel Aviv", MONDAY)],
    ),
    "a group led by a named person: the leader stands for it, the participle's place and time are kept": (
        "U.S. Secretary of State Tom Reyes is due to meet Ukrainian officials led by Oleh Bondar in Jeddah on"
        " Tuesday.",
        [Expected({"Tom Reyes": P, "Oleh Bondar": P}, "Jeddah", dt.date(2024, 5, 21), "planned")],
    ),
    "a meeting said to be possible: skipped (convention 3)": (
        "Chinese President Wei Lin will perhaps meet U.S. President Robert Hayes later this year.",
        [],
    ),
    "is expected to meet: planned": (
        "Chinese President Wei Lin is expected to meet U.S. President Robert Hayes in Washington on Friday.",
        [Expected({"Wei Lin": V, "Robert Hayes": H}, "Washington", FRIDAY, "planned")],
    ),
    "a body's summit scheduled to be held: planned, its own place and time, its members the parties": (
        "The ministers from Bahrain, Kuwait, Oman and Qatar ended their talks on Monday. A new plan could be"
        " submitted to a Gulf Cooperation Council summit scheduled to be held in Doha late this year.",
        [
            Expected({"Bahrain": P, "Kuwait": P, "Oman": P, "Qatar": P}, None, MONDAY),
            Expected(
                {"Gulf Cooperation Council": P, "Bahrain": P, "Kuwait": P, "Oman": P, "Qatar": P},
                "Doha",
                dt.date(2024, 1, 1),
                "planned",
            ),
        ],
    ),
    "talks expected to focus on trade: the expectation is the topic's, the talks are reported": (
        "French Prime Minister Marie Laurent opened talks with President Tom Reyes expected to focus on"
        " trade.",
        [Expected({"Marie Laurent": P, "Tom Reyes": P}, None, PUBLISHED)],
    ),
    "a journey's purpose hung on its time: 'visit Moscow at the end of May for talks with X'": (
        "British Prime Minister Ann Brooks will visit Moscow at the end of May for talks with Soviet leader"
        " Ivan Petrov, her office said.",
        [Expected({"Ann Brooks": V, "Ivan Petrov": H}, "Moscow", dt.date(2024, 5, 1), "planned")],
    ),
    "representatives of two countries met, the sentence opening with the capitalised plural": (
        "TOKYO, May 15 - Representatives of Japan and the United States met here today to discuss chips.",
        [Expected({"Japan": H, "United States": V}, "Tokyo", PUBLISHED)],
    ),
    "a chamber's caucus is one party": (
        "Senator Tom Reyes will meet with House Republicans on Friday, his office said.",
        [Expected({"Tom Reyes": P, "House Republicans": P}, None, FRIDAY, "planned")],
    ),
    "a link to another story is no meeting of this one": (
        "Spanish Prime Minister Luis Vega spoke about the economy in Madrid on Monday, in a long speech to"
        " union workers that said nothing about foreign affairs.\nRead more: Carla Conti meets Tom Hale in"
        " Rome\nVega said wages would rise.",
        [],
    ),
    "two counterparts at a third country's summit: neither is at home": (
        "Kenyan President Daniel Otieno met his Tanzanian counterpart Samia Suluhu Hassan on the margins"
        " of the African Union summit in Addis Ababa on Sunday.",
        [Expected({"Daniel Otieno": P, "Samia Suluhu Hassan": P}, "Addis Ababa", SUNDAY)],
    ),
    # --- hyphenated pairs of countries before a noun of dealings ----------------------------------------
    "a pair of countries in one modifier: 'U.S.-Japanese trade talks'": (
        "U.S.-Japanese trade talks resumed in Tokyo on Monday.",
        [Expected({"Japan": H, "United States": V}, "Tokyo", MONDAY)],
    ),
    "a combining form and a demonym: 'Sino-Indian border talks'": (
        "Sino-Indian border talks ended in Geneva on Monday.",
        [Expected({"China": P, "India": P}, "Geneva", MONDAY)],
    ),
    "a pair before a noun of no dealing names no party": (
        "The Indo-Pacific region was calm on Monday, Japanese Foreign Minister Kenji Sato said.",
        [],
    ),
    # --- the occasion of a plan, a purpose of seeing someone, counted encounters -------------------------
    "agreed in a phone call: the call is the occasion of the plan, and happened": (
        "Egyptian President Omar Nabil and Jordanian Prime Minister Sami Haddad agreed in a phone call on"
        " Monday to coordinate aid.",
        [Expected({"Omar Nabil": P, "Sami Haddad": P}, None, MONDAY, meeting_type="call")],
    ),
    "will see X to discuss: a purpose of talking": (
        "British Trade Minister Peter Lane will see Brazilian Finance Minister Carlos Moura in London on"
        " Friday to discuss debt.",
        [Expected({"Peter Lane": H, "Carlos Moura": V}, "London", FRIDAY, "planned")],
    ),
    "a plural pronoun names the pair met just before: an earlier meeting of theirs, elsewhere": (
        "French President Luc Martin met U.S. President Tom Hale at the White House on Monday. They last met"
        " in Paris in December.",
        [
            Expected({"Luc Martin": V, "Tom Hale": H}, "White House", MONDAY),
            Expected({"Luc Martin": H, "Tom Hale": V}, "Paris", dt.date(2023, 12, 1)),
        ],
    ),
    "an earlier meeting measured from the news: 'two months after their meeting in Paris'": (
        "French President Luc Martin met U.S. President Tom Hale at the White House on Monday, two months"
        " after their meeting in Paris.",
        [
            Expected({"Luc Martin": V, "Tom Hale": H}, "White House", MONDAY),
            Expected({"Luc Martin": H, "Tom Hale": V}, "Paris", dt.date(2024, 3, 1)),
        ],
    ),
    "talks measured from the news by their clause: 'a year after X held talks in Beijing with Y'": (
        "Russian President Ivan Petrov hosted Indian Prime Minister Ravi Kumar in Moscow on Monday, a year"
        " after Petrov held talks in Beijing with Chinese President Wei Lin.",
        [
            Expected({"Ivan Petrov": H, "Ravi Kumar": V}, "Moscow", MONDAY),
            Expected({"Ivan Petrov": V, "Wei Lin": H}, "Beijing", dt.date(2023, 1, 1)),
        ],
    ),
    "a possible summit is no plan (convention 3)": (
        "U.S. President Tom Hale and Soviet leader Ivan Petrov may hold talks, and a possible U.S.-Soviet"
        " summit was discussed in Washington on Monday.",
        [],
    ),
    "hopes to meet: the intention of one who will be there is a plan (the lemmatizer's 'hop' repaired)": (
        "German Chancellor Anna Berg hopes to meet U.S. President Tom Hale in Washington next month.",
        [Expected({"Anna Berg": V, "Tom Hale": H}, "Washington", dt.date(2024, 6, 1), "planned")],
    ),
    "a summit prepared for is another event, not the meeting's name": (
        "Japanese Prime Minister Ken Sato will meet U.S. President Tom Hale to prepare for the economic"
        " summit in June.",
        [Expected({"Ken Sato": P, "Tom Hale": P}, None, dt.date(2024, 6, 1), "planned", "meeting")],
    ),
    "a known leader's surname alone is a person though the model tags it otherwise": (
        "Nakasone will meet Reagan in Washington on Friday.",
        [Expected({"Nakasone": V, "Reagan": H}, "Washington", FRIDAY, "planned")],
    ),
    "a visit in a month of last year, with its talks told in a when-clause: one meeting": (
        "German Chancellor Anna Berg visited China in April last year, when she held talks with Chinese"
        " President Wei Lin.",
        [Expected({"Anna Berg": V, "Wei Lin": H}, "China", dt.date(2023, 4, 1))],
    ),
    "a subject set off as somewhere for talks: 'X, in Washington for talks with U.S. officials, said'": (
        "Argentine Economy Minister Luis Vega, in Washington for talks with U.S. officials, said a deal was"
        " near.",
        [Expected({"Luis Vega": V, "United States": H}, "Washington")],
    ),
    "a meeting in a relative clause of a visit is where the visit is": (
        "Brazilian Finance Minister Carlos Moura arrived in Tokyo on Monday for a three-day visit during"
        " which he will meet Prime Minister Ken Sato.",
        [Expected({"Carlos Moura": V, "Ken Sato": H}, "Tokyo", None, "planned")],
    ),
    "a companion named in a sentence of its own attends the meeting told just before": (
        "Russian President Ivan Petrov received Hungarian Prime Minister Gabor Szabo in Moscow on Monday."
        " Szabo was accompanied by Foreign Minister Peter Nagy.",
        [Expected({"Ivan Petrov": H, "Gabor Szabo": V, "Peter Nagy": A}, "Moscow", MONDAY)],
    ),
    "played host to: a hosting phrase, the guest after 'to'": (
        "Turkish President Kemal Aydin played host to Iranian President Reza Karimi in Ankara on Monday.",
        [Expected({"Kemal Aydin": H, "Reza Karimi": V}, "Ankara", MONDAY)],
    ),
    "a list of titled names after 'with', parsed as an apposition, is all met": (
        "Japanese Prime Minister Ken Sato met with South Korean President Park Min-ho, Australian Prime"
        " Minister Jack Reid and New Zealand Prime Minister Tom Walker in Tokyo on Monday.",
        [Expected({"Ken Sato": H, "Park Min-ho": V, "Jack Reid": V, "Tom Walker": V}, "Tokyo", MONDAY)],
    ),
    "talks that end in an agreement take its day: 'on Monday agreed ... after talks in Canberra'": (
        "Indian Prime Minister Ravi Kumar and his Australian counterpart Jack Reid on Monday agreed to expand"
        " defence ties after talks in Canberra.",
        [Expected({"Ravi Kumar": V, "Jack Reid": H}, "Canberra", MONDAY)],
    ),
    "a related-story link line in capitals tells no meeting of this one": (
        "Indian Prime Minister Ravi Kumar spoke about trade in Canberra on Monday.\nRELATED: Kumar meets"
        " Fiji PM Tom Rabuka in Suva\nKumar said exports would grow.",
        [],
    ),
    "talks via video link are a call: no place, no host": (
        "BEIJING, May 13 (Xinhua) -- Chinese President Wei Lin held talks via video link with Russian"
        " President Ivan Petrov on Monday.",
        [Expected({"Wei Lin": P, "Ivan Petrov": P}, None, MONDAY, meeting_type="call")],
    ),
    "a delegation of a body led by X stands for it; the leader's phrase holds place and day": (
        "Chinese Vice President Han Bo met with a delegation of the Business Council led by its chairman"
        " Craig Allen in Beijing on Monday.",
        [Expected({"Han Bo": P, "Craig Allen": P}, "Beijing", MONDAY)],
    ),
    "a visiting delegation led by X: the leader is the visitor": (
        "Vietnamese Prime Minister Tran Van Minh received a visiting delegation of the U.S. Congress led by"
        " Senator Tom Reyes in Hanoi on Monday.",
        [Expected({"Tran Van Minh": H, "Tom Reyes": V}, "Hanoi", MONDAY)],
    ),
    "a subject name the tagger took for an adjective is still coordinated: 'President A B and Emir C'": (
        "Iranian President Masoud Pezeshkian and Qatari Emir Sheikh Tamim bin Hamad Al Thani discussed"
        " bilateral ties in a telephone call on Monday.",
        [
            Expected(
                {"Masoud Pezeshkian": P, "Tamim bin Hamad Al Thani": P}, None, MONDAY, meeting_type="call"
            )
        ],
    ),
    "separate meetings with a minister and a governor titled by his bank: the bank is no third party": (
        "PARIS, May 15 - Brazilian Finance Minister Carlos Moura held separate meetings with French Finance"
        " Minister Luc Martin and Bank of France Governor Jean Dupont, officials said.",
        [
            Expected({"Carlos Moura": V, "Luc Martin": H}, "Paris"),
            Expected({"Carlos Moura": V, "Jean Dupont": H}, "Paris"),
        ],
    ),
    "'the two' stands for the pair just met: their next meeting": (
        "Senator Tom Reyes met Speaker Ann Cole on Monday. The two are scheduled to meet again next month.",
        [
            Expected({"Tom Reyes": P, "Ann Cole": P}, None, MONDAY),
            Expected({"Tom Reyes": P, "Ann Cole": P}, None, dt.date(2024, 6, 1), "planned"),
        ],
    ),
    "an audience's own place: 'received X in a private audience at the Vatican'": (
        "Pope Leo received Ukrainian President Petro Kovalenko in a private audience at the Vatican on"
        " Monday.",
        [Expected({"Pope Leo": H, "Petro Kovalenko": V}, "Vatican", MONDAY)],
    ),
    "mediators are a country's side: 'X officials met with Egyptian mediators'": (
        "Hamas officials met with Egyptian mediators in Cairo on Monday to discuss the proposal.",
        [Expected({"Hamas": P, "Egypt": P}, "Cairo", MONDAY)],
    ),
    "a journey under way in the present tense: 'heads to Paris for talks with X' is planned": (
        "Chinese President Wei Lin heads to Paris for talks with French President Luc Martin.",
        [Expected({"Wei Lin": V, "Luc Martin": H}, "Paris", None, "planned")],
    ),
    "a country hosting beside a named host is only the destination: 'during their state visit to Britain'": (
        "King Edward hosted Emperor Haruto and Empress Aiko at Windsor Castle on Tuesday during their state"
        " visit to Britain.",
        [Expected({"King Edward": H, "Emperor Haruto": V, "Empress Aiko": V}, "Windsor Castle", TUESDAY)],
    ),
    "an occasion in a clause set after another event lends the meeting no place": (
        "Brazilian President Ana Moreira met Argentine President Jorge Ruiz on Monday, weeks after the two"
        " clashed at a summit in Lima.",
        # (the summit where "the two" clashed is the pair's earlier encounter, in Lima)
        [
            Expected({"Ana Moreira": P, "Jorge Ruiz": P}, None, MONDAY),
            Expected({"Ana Moreira": P, "Jorge Ruiz": P}, "Lima", None),
        ],
    ),
    "two nationalities on one group of negotiators are the two sides: 'Canadian and U.S. negotiators'": (
        "OTTAWA, May 15 - Canadian and U.S. negotiators resumed talks today on a free trade agreement.",
        [Expected({"Canada": H, "United States": V}, "Ottawa", PUBLISHED)],
    ),
    "nationalities on ministers of a portfolio: 'West German and French finance ministers will meet'": (
        "West German and French finance ministers will meet in Paris on Friday to discuss currencies.",
        [Expected({"France": H, "Germany": V}, "Paris", FRIDAY, "planned")],
    ),
    "a virtual meeting is a call": (
        "South African President Thabo Nkosi held a virtual meeting with U.S. President Tom Hale on Monday.",
        [Expected({"Thabo Nkosi": P, "Tom Hale": P}, None, MONDAY, meeting_type="call")],
    ),
    "a visit one is on now is of the report's day: 'X is on a three-day visit at the invitation of Y'": (
        "Singaporean Prime Minister Lee Tan is on a three-day official visit to Vietnam at the invitation of"
        " Vietnamese Prime Minister Tran Van Minh.",
        [Expected({"Lee Tan": V, "Tran Van Minh": H}, "Vietnam", PUBLISHED, meeting_type="visit")],
    ),
    "back from talks abroad: 'said on return from talks in New York with X, Y and Z'": (
        "Argentine Economy Minister Luis Vega said on return from talks in New York with U.S. Treasury"
        " Secretary Tom Hale and IMF head Anne Roux that he was optimistic.",
        [Expected({"Luis Vega": V, "Tom Hale": H, "Anne Roux": P}, "New York")],
    ),
    "a body's office holder named after it is the one met: 'and International Monetary Fund (IMF) head X'": (
        "Argentine Economy Minister Luis Vega held talks in New York with Federal Reserve chief Tom Hale and"
        " International Monetary Fund (IMF) head Anne Roux.",
        [Expected({"Luis Vega": P, "Tom Hale": P, "Anne Roux": P}, "New York")],
    ),
    "talks awaited between two named sides take no party from the clause before them": (
        "Saudi Crown Prince Faisal bin Salman received Ukrainian President Petro Kovalenko in Jeddah on"
        " Monday, ahead of talks between U.S. and Ukrainian officials.",
        [
            Expected({"Faisal bin Salman": H, "Petro Kovalenko": V}, "Jeddah", MONDAY),
            Expected({"United States": P, "Ukraine": P}, "Jeddah", None, "planned"),
        ],
    ),
    "a speaker set in apposition to the one met gives the meeting no place": (
        "Chinese Foreign Minister Wei Lin will travel to Moscow next week for talks with Russian Foreign"
        " Minister Ivan Petrov, the foreign ministry in Beijing said.",
        [Expected({"Wei Lin": V, "Ivan Petrov": H}, "Moscow", None, "planned")],
    ),
    "'travelled to X last week, where he met Y': the place the clause's 'where' takes up, and a trip": (
        "Chilean President Rosa Diaz travelled to Madrid last week, where she met Spanish Prime Minister"
        " Carlos Ruiz.",
        [Expected({"Rosa Diaz": V, "Carlos Ruiz": H}, "Madrid", None)],
    ),
    "'met separately with his A and B counterparts, X and Y': one meeting for each name": (
        "Chinese Foreign Minister Wei Lin met separately with his Japanese and Korean counterparts,"
        " Kenji Sato and Park Min-ho, in Busan on Monday.",
        [
            Expected({"Wei Lin": P, "Kenji Sato": P}, "Busan", MONDAY),
            Expected({"Wei Lin": P, "Park Min-ho": P}, "Busan", MONDAY),
        ],
    ),
    "nobody visits his own country: 'A will meet B when he visits <A's capital>'": (
        "Australian Prime Minister James Hill will meet Chinese Premier Wei Lin when he visits Canberra next"
        " month.",
        [Expected({"James Hill": H, "Wei Lin": V}, "Canberra", dt.date(2024, 6, 1), "planned")],
    ),
    "a palace in a capital is that capital's ground: 'at the X Palace in Manila'": (
        "Philippine President Rosa Santos met U.S. Secretary of State Tom Hale at the Malacanang Palace in"
        " Manila on Monday.",
        [Expected({"Rosa Santos": H, "Tom Hale": V}, "Malacanang Palace", MONDAY)],
    ),
    "'hosted a dinner for X in Ottawa': the place hung on the occasion's guest": (
        "Canadian Prime Minister James Hill hosted a dinner for Irish Prime Minister Sean Murphy in Ottawa"
        " on Monday.",
        [Expected({"James Hill": H, "Sean Murphy": V}, "Ottawa", MONDAY)],
    ),
    "'agreed to deepen ties during a meeting on Friday': the occasion of what was agreed took place": (
        "Japanese Foreign Minister Kenji Sato and Korean Foreign Minister Park Min-ho agreed to deepen"
        " cooperation during a meeting in Tokyo on Friday.",
        [Expected({"Kenji Sato": H, "Park Min-ho": V}, "Tokyo", LAST_FRIDAY)],
    ),
    "'X, on a visit to Britain, had talks with Y': the visit set beside the subject places the talks": (
        "Chinese Premier Wei Lin, on a visit to Britain, had talks with Prime Minister James Hill on Monday.",
        [Expected({"Wei Lin": V, "James Hill": H}, "Britain", MONDAY)],
    ),
    "'hosted A and B for a summit': both guests, however the parser joins the two titled names": (
        "Jordanian King Faisal bin Ali hosted Egyptian President Omar Nasser and Palestinian President Sami"
        " Haddad for a summit in Aqaba on Monday.",
        [Expected({"Faisal bin Ali": H, "Omar Nasser": V, "Sami Haddad": V}, "Aqaba", MONDAY)],
    ),
    "'welcomed X to the Amazon city of Belem': the place a city noun stands for": (
        "Brazilian President Ana Moreira welcomed French President Paul Girard to the Amazon city of Belem on"
        " Tuesday.",
        [Expected({"Ana Moreira": H, "Paul Girard": V}, "Belem", TUESDAY)],
    ),
    "an international body's official led by 'its managing director, X' travels to the state's capital": (
        "Kenyan President Thabo Nkosi met a team from the International Monetary Fund led by its managing"
        " director, Anne Roux, in Nairobi on Monday.",
        [Expected({"Thabo Nkosi": H, "Anne Roux": V}, "Nairobi", MONDAY)],
    ),
    "'gave X a letter when they met': 'they' is the one who acted and the one acted towards": (
        "Kenyan President Thabo Nkosi gave a letter to Ugandan President Moses Okello when they met in"
        " Kampala on Monday.",
        [Expected({"Thabo Nkosi": V, "Moses Okello": H}, "Kampala", MONDAY)],
    ),
    "'thanked Y for his support during talks in Kyiv': the one thanked there is the other side": (
        "Ukrainian President Petro Kovalenko thanked Spanish Prime Minister Carlos Ruiz for his support"
        " during talks in Kyiv on Monday.",
        [Expected({"Petro Kovalenko": H, "Carlos Ruiz": V}, "Kyiv", MONDAY)],
    ),
    "'X, fresh from talks with Y in Moscow, arrived ...': X was at the talks, before the arrival's day": (
        "Hungarian Prime Minister Laszlo Kovacs, fresh from talks with Russian President Ivan Petrov in"
        " Moscow, arrived in Beijing on Monday.",
        [Expected({"Laszlo Kovacs": V, "Ivan Petrov": H}, "Moscow", None)],
    ),
    "a call has no place: 'discussed the war in Gaza' is its topic": (
        "In a phone call on Monday, Saudi Crown Prince Faisal bin Salman and Iranian President Ali Rezaei"
        " discussed the war in Gaza.",
        [Expected({"Faisal bin Salman": P, "Ali Rezaei": P}, None, MONDAY, meeting_type="call")],
    ),
    "'the summit of X and Y in Woodside': the place hung on the last party of an of-phrase": (
        "The summit of Chinese President Wei Lin and U.S. President Tom Hale in Woodside on Monday eased"
        " tensions.",
        [Expected({"Wei Lin": P, "Tom Hale": P}, "Woodside", MONDAY)],
    ),
    "'the two sides' take up the pair of two countries, not two people of one": (
        "Japanese Prime Minister Kenji Sato held talks with Vietnamese Prime Minister Tran Van Minh in Hanoi"
        " on Monday. Sato also met party chief Le Van Hung and President Nguyen Thi Lan. The two sides last"
        " held a summit in Tokyo in May.",
        [
            Expected({"Kenji Sato": V, "Tran Van Minh": H}, "Hanoi", MONDAY),
            Expected({"Kenji Sato": V, "Le Van Hung": H, "Nguyen Thi Lan": H}, "Hanoi", None),
            Expected({"Kenji Sato": H, "Tran Van Minh": V}, "Tokyo", dt.date(2024, 5, 1)),
        ],
    ),
    "a visit named after one person is that person's: 'during Sato visit'": (
        "Vietnam and Japan agreed to upgrade ties during a Sato visit to Hanoi on Monday, Prime Minister"
        " Kenji Sato said.",
        [],
    ),
    "'called X on Tuesday to offer condolences': a call, though the parser reads X as a predicate": (
        "President Tom Hale called Prime Minister Kenji Sato on Tuesday to offer condolences.",
        [Expected({"Tom Hale": P, "Kenji Sato": P}, None, TUESDAY, meeting_type="call")],
    ),
    "'called X a liar on Monday' names X, it calls no one": (
        "Senator Tom Reyes called President Ana Moreira a liar on Monday.",
        [],
    ),
    "'spoke with X for 30 minutes on Thursday': the day read through the duration": (
        "President Tom Hale spoke by phone with Prime Minister Kenji Sato for about 30 minutes on Monday.",
        [Expected({"Tom Hale": P, "Kenji Sato": P}, None, MONDAY, meeting_type="call")],
    ),
    "'at his residence outside Moscow': the city a residence is outside": (
        "Indian Prime Minister Ravi Kumar and Russian President Ivan Petrov held talks over dinner at"
        " Petrov's residence outside Moscow on Monday.",
        [Expected({"Ravi Kumar": V, "Ivan Petrov": H}, "Moscow", MONDAY)],
    ),
    "a venue's name stops before the next phrase the model ran it on into ('... of the People on')": (
        "Polish President Jan Nowak was greeted by Chinese President Wei Lin at the Great Hall of the People"
        " on Monday.",
        [Expected({"Wei Lin": H, "Jan Nowak": V}, "Great Hall of the People", MONDAY)],
    ),
    "'paid a courtesy call on Lao Prime Minister X': the titled name the parser hung elsewhere": (
        "Foreign Minister Wei Lin paid a courtesy call on Lao Prime Minister Somsak Vongsa on Monday.",
        [Expected({"Wei Lin": V, "Somsak Vongsa": H}, None, MONDAY, meeting_type="visit")],
    ),
    "an event named like a body is no party: 'co-chaired the China-Laos Foreign Ministers' Meeting with X'": (
        "Foreign Minister Wei Lin co-chaired the China-Laos Foreign Ministers' Meeting with Lao Foreign"
        " Minister Somsak Vongsa on Monday.",
        [Expected({"Wei Lin": P, "Somsak Vongsa": P}, None, MONDAY)],
    ),
    "'met X in the Kremlin, a day after X held talks with Y': the earlier talks are not at that venue": (
        "MOSCOW, May 15 - Russian President Ivan Petrov met Chinese Foreign Minister Wei Lin in the Kremlin"
        " on Wednesday, a day after Wei held talks with his Russian counterpart Sergei Volkov.",
        [
            Expected({"Ivan Petrov": H, "Wei Lin": V}, "Kremlin", PUBLISHED),
            Expected({"Sergei Volkov": H, "Wei Lin": V}, "Moscow", TUESDAY),
        ],
    ),
    "a visit going on now, told of the subject, places a past meeting but does not date it": (
        "U.S. Vice President Tom Hale, who is on a four-day visit to India, met Prime Minister Ravi Kumar at"
        " his residence.",
        [Expected({"Tom Hale": V, "Ravi Kumar": H}, "India", None)],
    ),
    "travelling 'for a summit of the X grouping': the body whose session it is takes no host's role": (
        "Indian Prime Minister Ravi Kumar will visit Japan next month for a summit of the Quad grouping.",
        [Expected({"Ravi Kumar": P, "Quad": P}, "Japan", dt.date(2024, 6, 1), "planned")],
    ),
    "a headline's bare infinitive is planned: 'X to meet Y in Z next week'": (
        "Hale to meet Wei Lin in San Francisco next week\nPresident Tom Hale will host Chinese President Wei"
        " Lin.",
        [Expected({"Tom Hale": H, "Wei Lin": V}, "San Francisco", None, "planned")],
    ),
    "'X and Y spent two days talking to government officials': one side, the other unnamed": (
        "Finance Minister Luis Vega and central bank president Ana Roux spent two days in Washington talking"
        " to government officials.",
        [],
    ),
    "'X, who arrived in Kyiv on Sunday, is due to meet her counterpart Y': the arrival places the meeting": (
        "German Foreign Minister Anna Weber, who arrived in Kyiv on Sunday, is due to meet her Ukrainian"
        " counterpart Petro Kovalenko on Friday.",
        [Expected({"Anna Weber": V, "Petro Kovalenko": H}, "Kyiv", FRIDAY, "planned")],
    ),
    "an international body's head, after a dateline, visits the state he meets in its capital": (
        "BRUSSELS (Reuters) - European Commission President Anne Roux met Ukrainian President Petro Kovalenko"
        " in Kyiv on Monday.",
        [Expected({"Anne Roux": V, "Petro Kovalenko": H}, "Kyiv", MONDAY)],
    ),
    "'X on Tuesday hosted Y': the wire's day set after the subject dates the clause": (
        "Turkish President Mehmet Kaya on Tuesday hosted Syrian President Omar Nasser in Ankara.",
        [Expected({"Mehmet Kaya": H, "Omar Nasser": V}, "Ankara", TUESDAY)],
    ),
    "a hyphenated surname alone, after the full name, is that person ('to meet al-Hassan')": (
        "Syrian President Omar al-Hassan spoke on Monday. Turkish Foreign Minister Mehmet Kaya traveled to"
        " Damascus on Friday to meet al-Hassan.",
        [Expected({"Mehmet Kaya": V, "Omar al-Hassan": H}, "Damascus", LAST_FRIDAY)],
    ),
    "'traveled to X on Friday to meet Y': the purpose of a journey made took place, on the Friday before": (
        "Turkish Foreign Minister Mehmet Kaya traveled to Damascus on Friday to meet Syrian President Omar"
        " Nasser.",
        [Expected({"Mehmet Kaya": V, "Omar Nasser": H}, "Damascus", LAST_FRIDAY)],
    ),
    "'received a delegation from the Congress led by Senator X in Baghdad': the leader, placed and dated": (
        "Iraqi Prime Minister Ali Hassan received a delegation from the U.S. Congress led by Senator Tom"
        " Reyes in Baghdad on Monday.",
        [Expected({"Ali Hassan": H, "Tom Reyes": V}, "Baghdad", MONDAY)],
    ),
    "'met at the Lusail Palace in Doha': the city hung on the verb is the venue's, and its ground": (
        "The Qatari emir, Sheikh Hamad bin Ali, and U.S. President Tom Hale met at the Lusail Palace in Doha"
        " on Monday.",
        [Expected({"Hamad bin Ali": H, "Tom Hale": V}, "Lusail Palace", MONDAY)],
    ),
    "'met A in Cairo before flying to Amman, where he met B': the journey the 'where' clause is on": (
        "U.S. Secretary of State Tom Hale met Egyptian President Omar Nasser in Cairo on Monday before flying"
        " to Amman, where he met King Faisal bin Ali.",
        [
            Expected({"Tom Hale": V, "Omar Nasser": H}, "Cairo", MONDAY),
            Expected({"Tom Hale": V, "Faisal bin Ali": H}, "Amman", None),
        ],
    ),
    "'left Bonn after talks with X ahead of her visit to Moscow': the talks were where she left": (
        "British Prime Minister Jane Cole left Bonn on Monday after talks with Chancellor Hans Weber ahead of"
        " her visit to Moscow next week.",
        [Expected({"Jane Cole": V, "Hans Weber": H}, "Bonn", None)],
    ),
    "'A and his counterpart B had agreed on a concept during talks in Bonn on Friday': the act's occasion": (
        "French Defence Minister Paul Girard and his German counterpart Hans Weber had agreed on a common"
        " concept for the helicopter during talks in Bonn on Friday.",
        [Expected({"Paul Girard": V, "Hans Weber": H}, "Bonn", LAST_FRIDAY)],
    ),
    "'X is in New York with the team holding talks with Y': the presence the talks are part of": (
        "BUENOS AIRES, May 15 - Adviser Luis Vega is in New York with Argentina's debt team holding talks"
        " with the creditor banks' steering committee.",
        [Expected({"Argentina": P, "Steering Committee": P}, "New York", None)],
    ),
    "'had what he termed a frank meeting this morning with X': the meeting named by the clause is held": (
        "World Bank President Tom Hale had what he termed a frank meeting on Monday with President Ali"
        " Hassan.",
        [Expected({"Tom Hale": P, "Ali Hassan": P}, None, MONDAY)],
    ),
    "'held what officials described as constructive talks with X'": (
        "Prime Minister Kenji Sato held what officials described as constructive talks with President Ana"
        " Moreira on Monday.",
        [Expected({"Kenji Sato": P, "Ana Moreira": P}, None, MONDAY, meeting_type="talks")],
    ),
    "'met behind closed doors with X': a with-phrase the parser hangs on the manner phrase": (
        "Governor Tom Reyes met behind closed doors with Mayor Luis Vega in Trenton on Monday.",
        [Expected({"Tom Reyes": P, "Luis Vega": P}, "Trenton", MONDAY)],
    ),
    "'spoke on the phone with X': the with-phrase hung on the means": (
        "Prime Minister Kenji Sato spoke on the phone with President Ana Moreira on Tuesday.",
        [Expected({"Kenji Sato": P, "Ana Moreira": P}, None, TUESDAY, meeting_type="call")],
    ),
    "'X and Y, meeting in Paris last month, agreed to': the participle has the tense of its clause": (
        "Finance Minister Paul Girard and Treasury Secretary Tom Hale, meeting in Paris last month, agreed"
        " to steady the currency.",
        [Expected({"Paul Girard": H, "Tom Hale": V}, "Paris", dt.date(2024, 4, 1))],
    ),
    "'X and visiting Y agreed on Saturday': the visitor's description has the tense of the clause": (
        "Prime Minister Kenji Sato and visiting President Ana Moreira agreed on Saturday to expand trade.",
        [Expected({"Kenji Sato": H, "Ana Moreira": V}, None, SATURDAY)],
    ),
    "a traveller meets, in a third country, someone at home elsewhere: no host there": (
        "Secretary of State Tom Hale flew to Geneva on Monday, where he met Russian Foreign Minister Ivan"
        " Petrov.",
        [Expected({"Tom Hale": P, "Ivan Petrov": P}, "Geneva", None)],
    ),
    "'KYIV (Reuters) - <a known leader's surname> met': a spaced dash is no hyphen of a compound": (
        "KYIV, May 13 (Reuters) - Zelenskiy met Polish President Jan Nowak on Monday.",
        [Expected({"Zelenskiy": H, "Jan Nowak": V}, "Kyiv", MONDAY)],
    ),
    "a visitor at home in the dateline's country went abroad: the dateline is not the place": (
        "WASHINGTON (Reuters) - Secretary of State Tom Hale visited Saudi Crown Prince Faisal bin Salman on"
        " Monday.",
        [Expected({"Tom Hale": V, "Faisal bin Salman": H}, None, MONDAY, meeting_type="visit")],
    ),
    "a host at home outside the dateline's country received at home: the dateline is not the place": (
        "WASHINGTON (Reuters) - Saudi Crown Prince Faisal bin Salman received Secretary of State Tom Hale on"
        " Monday.",
        [Expected({"Faisal bin Salman": H, "Tom Hale": V}, None, MONDAY)],
    ),
    "'criticised Y's policy but agreed to meet him': 'him' is not the subject of the clause it ends": (
        "President Ana Moreira criticised Prime Minister Kenji Sato's policy but agreed to meet him in June.",
        [Expected({"Ana Moreira": P, "Kenji Sato": P}, None, dt.date(2024, 6, 1), "planned")],
    ),
    "an arrival on a named day, then talks still to come during the visit: on that trip": (
        "World Bank vice president Tom Hale arrived in Lima on Monday. Hale is to hold talks with President"
        " Luis Vega during his visit.",
        [Expected({"Tom Hale": V, "Luis Vega": H}, "Lima", None, "planned")],
    ),
    "'called on X in a resolution to act': the appeal it is made in makes it a demand, not a visit": (
        "The Senate Finance Committee this week called on President Robert Hayes in a non-binding resolution"
        " to retaliate.",
        [],
    ),
    "'is paying a state visit from May 14 to 16': a stay over days is dated by its month, going on now": (
        "President Ana Moreira is paying a state visit to China from May 14 to 16 at the invitation of"
        " President Wei Lin.",
        [Expected({"Wei Lin": H, "Ana Moreira": V}, "China", dt.date(2024, 5, 1), meeting_type="visit")],
    ),
    "'On the same day, X also met Y': the day the story named before": (
        "On May 14, President Wei Lin held talks with visiting President Ana Moreira in Beijing. On the same"
        " day, Premier Li Wen also met with Moreira.",
        [
            Expected({"Ana Moreira": V, "Wei Lin": H}, "Beijing", TUESDAY, meeting_type="talks"),
            Expected({"Li Wen": H, "Ana Moreira": V}, "Beijing", TUESDAY),
        ],
    ),
    "'held talks at the Great Hall of the People with X': the venue's name ends before 'with'": (
        "President Wei Lin held talks at the Great Hall of the People with President Ana Moreira on Monday.",
        [Expected({"Ana Moreira": P, "Wei Lin": P}, "Great Hall of the People", MONDAY)],
    ),
    "'After a meeting at X, A and B said': the names the parser coordinated with the fronted phrase": (
        "After a two-hour meeting at the Elysee Palace, French President Paul Girard and German Chancellor"
        " Hans Weber said they would coordinate.",
        [Expected({"Paul Girard": H, "Hans Weber": V}, "Elysee Palace", PUBLISHED)],
    ),
    "'It was X's first meeting with Y since the summit in Rome': a report, and their earlier encounter": (
        "It was Prime Minister Kenji Sato's first meeting with President Ana Moreira since the summit in Rome"
        " last year.",
        [
            Expected({"Kenji Sato": P, "Ana Moreira": P}, None, None),
            # the summit the pair's meeting is counted from was their last encounter (session 15)
            Expected({"Kenji Sato": P, "Ana Moreira": P}, "Rome", dt.date(2023, 1, 1), meeting_type="summit"),
        ],
    ),
    "'there are discussions between X and Y': contacts going on, no encounter": (
        "Certainly there are discussions between the White House and the Reyes campaign, an official said.",
        [],
    ),
    "'will meet X, Y and business leaders': a list the parser read as X's apposition": (
        "Indian Prime Minister Ravi Kumar will meet Emperor Akio Tanaka, Prime Minister Kenji Sato and"
        " business leaders on Friday.",
        [Expected({"Ravi Kumar": P, "Akio Tanaka": P, "Kenji Sato": P}, None, FRIDAY, "planned")],
    ),
    "'explained to the U.S. This week when X visits': the wire's capital after 'U.S.' ends no sentence": (
        "The plan will be explained to the U.S. This week when Japanese Trade Minister Kenji Sato visits"
        " Washington for talks with Treasury Secretary Tom Hale.",
        [Expected({"Kenji Sato": V, "Tom Hale": H}, "Washington", None, "planned", meeting_type="visit")],
    ),
    "'U.S. And Japanese officials held talks': the wire's capital 'And' still joins the two sides": (
        "U.S. And Japanese officials held two days of talks in Washington last month.",
        [Expected({"United States": H, "Japan": V}, "Washington", dt.date(2024, 4, 1), meeting_type="talks")],
    ),
    "a journey told after the meeting ('before flying to Ottawa') does not place it; the trip before does": (
        "Japanese Trade Minister Kenji Sato will visit the United States next week. He is scheduled to meet"
        " Treasury Secretary Tom Hale in Washington on Tuesday. He will also meet Commerce Secretary Ann Lee"
        " on Wednesday before flying to Ottawa.",
        [
            Expected({"Kenji Sato": V, "Tom Hale": H}, "Washington", dt.date(2024, 5, 21), "planned"),
            Expected({"Kenji Sato": V, "Ann Lee": H}, "Washington", dt.date(2024, 5, 22), "planned"),
        ],
    ),
    "a person of no known home met with the host on the host's ground receives the visitor too": (
        "Japanese Trade Minister Kenji Sato will visit the United States next week. Sato is scheduled to meet"
        " U.S. Trade Representative Tom Hale and Commerce Secretary Ann Lee in Washington on Tuesday.",
        [
            Expected(
                {"Kenji Sato": V, "Tom Hale": H, "Ann Lee": H}, "Washington", dt.date(2024, 5, 21), "planned"
            )
        ],
    ),
    "'will visit the White House to meet X': the seat of government visited is the place, not a party": (
        "Crown Prince Faisal bin Salman will visit the White House on Friday to meet President Robert Hayes.",
        [Expected({"Faisal bin Salman": V, "Robert Hayes": H}, "White House", FRIDAY, "planned")],
    ),
    "'is due to visit X on Friday, when he will meet Y': the time the when-clause follows": (
        "Crown Prince Faisal bin Salman is due to visit the White House on Friday, when he will meet"
        " President Robert Hayes.",
        [Expected({"Faisal bin Salman": V, "Robert Hayes": H}, "White House", FRIDAY, "planned")],
    ),
    "a visit to a seat of government with no one named there is a trip, no meeting (convention 1)": (
        "Crown Prince Faisal bin Salman will visit the White House on Friday.",
        [],
    ),
    "'endorsed Y on Friday after meeting him': 'him' is not the subject the gerund shares; no own day": (
        "Former Governor Tom Reyes endorsed Senator Luis Vega on Friday after meeting him in Florida.",
        [Expected({"Tom Reyes": P, "Luis Vega": P}, "Florida", None)],
    ),
    "'The meeting, which took place at X in Trenton': the clause saying it happened says where": (
        "Senator Luis Vega met with Governor Tom Reyes on Monday. The meeting, which took place at the"
        " party's headquarters in Trenton, lasted an hour.",
        [Expected({"Luis Vega": P, "Tom Reyes": P}, "Trenton", MONDAY)],
    ),
    "'X, who had earlier met Y, flew to Vilnius': a past perfect sets the meeting before the journey": (
        "Chancellor Hans Weber, who had earlier met Polish Prime Minister Jan Nowak, flew to Vilnius on"
        " Tuesday.",
        [Expected({"Hans Weber": P, "Jan Nowak": P}, None, None)],
    ),
    "'a day before X hosted Y at the White House': a past tense the parser read as Y's modifier": (
        "The announcement came a day before President Robert Hayes hosted Ukrainian President Ivan Petrov at"
        " the White House.",
        [Expected({"Robert Hayes": H, "Ivan Petrov": V}, "White House", None)],
    ),
    "a meeting still to come is not placed at the dateline when no one there receives it": (
        "WASHINGTON (AP) — Secretary of State Tom Hale and Russian Foreign Minister Ivan Petrov will meet"
        " next week.",
        [Expected({"Tom Hale": P, "Ivan Petrov": P}, None, None, "planned")],
    ),
    "a meeting still to come is at the dateline when its host receives there at home": (
        "NEW DELHI (Reuters) - Indian Prime Minister Ravi Kumar will host Japanese Prime Minister Kenji Sato"
        " next week.",
        [Expected({"Ravi Kumar": H, "Kenji Sato": V}, "New Delhi", None, "planned")],
    ),
    "'The Egyptian leader was visited by Qatar's emir, Sheikh X': a description, a name set off by a comma": (
        "Egyptian President Ali Hassan warned against an escalation. The Egyptian leader was visited on"
        " Tuesday by Qatar's emir, Sheikh Faisal bin Hamad Al Thani.",
        [Expected({"Faisal bin Hamad Al Thani": V, "Ali Hassan": H}, None, TUESDAY, meeting_type="visit")],
    ),
    "'Representatives of Israel and Hamas are holding talks': a country the model left untagged": (
        "Representatives of Israel and Hamas are holding indirect talks in Doha.",
        [Expected({"Israel": P, "Hamas": P}, "Doha", PUBLISHED, meeting_type="talks")],
    ),
    "has met twice: a count of encounters, none of them told": (
        "Senator Tom Reyes, who has met twice with Mexican President Rosa Diaz, said trade would grow.",
        [],
    ),
    # --- word orders the small model misparses -------------------------------------------------------------
    "'Speaking after talks with X, Y said': the name after the fronted phrase is the subject": (
        "Speaking after talks with German Economy Minister Karl Brandt, Commerce Secretary Tom Hale said the"
        " row was over.",
        [Expected({"Karl Brandt": P, "Tom Hale": P}, None, PUBLISHED, meeting_type="talks")],
    ),
    "'Talks were held on Monday between X and Y': the clause the meeting is the subject of": (
        "Talks were held on Monday between Australian Foreign Minister Jane Doyle and Japanese Foreign"
        " Minister Kenji Sato.",
        [Expected({"Jane Doyle": P, "Kenji Sato": P}, None, MONDAY, meeting_type="talks")],
    ),
    "'between X and U.S. envoy Y': the country only opens the second name's title": (
        "A meeting took place in Geneva on Tuesday between Iranian Foreign Minister Ali Rezaei and U.S."
        " envoy Tom Hale.",
        [Expected({"Ali Rezaei": P, "Tom Hale": P}, "Geneva", TUESDAY)],
    ),
    "'held a bilateral with X': an adjective used as the meeting's noun": (
        "Indian Prime Minister Ravi Kumar held a bilateral with Japanese Prime Minister Kenji Sato on"
        " Monday.",
        [Expected({"Ravi Kumar": P, "Kenji Sato": P}, None, MONDAY)],
    ),
    "'the visiting President of X, Name, at Y State House': the holder named after the post's comma": (
        "Tanzanian President Amina Juma held talks with the visiting President of Mozambique, Daniel"
        " Chapo, at Chamwino State House on Monday.",
        [
            Expected(
                {"Amina Juma": H, "Daniel Chapo": V}, "Chamwino State House", MONDAY, meeting_type="talks"
            )
        ],
    ),
    "'the UN special envoy for Yemen, Name': the envoy, not the body in his title": (
        "Saudi Foreign Minister Faisal Saud met the UN special envoy for Yemen, Hans Berg, in Riyadh on"
        " Monday.",
        [Expected({"Faisal Saud": H, "Hans Berg": V}, "Riyadh", MONDAY)],
    ),
    # --- counterparts met in turn, each in a clause of its own (convention 6) ------------------------------
    "'will meet A tomorrow and B on Friday': a day for each": (
        "Brazilian Finance Minister Dilson Souza will meet Japanese Finance Minister Kenji Sato tomorrow and"
        " Bank of Japan Governor Taro Ueda on Friday.",
        [
            Expected({"Dilson Souza": P, "Kenji Sato": P}, None, dt.date(2024, 5, 16), "planned"),
            Expected({"Dilson Souza": P, "Taro Ueda": P}, None, FRIDAY, "planned"),
        ],
    ),
    "'met A yesterday and B today': two objects of one verb, a time between them": (
        "Brazilian Finance Minister Dilson Souza met Japanese Finance Minister Kenji Sato yesterday and"
        " Bank of Japan Governor Taro Ueda today.",
        [
            Expected({"Dilson Souza": P, "Kenji Sato": P}, None, TUESDAY),
            Expected({"Dilson Souza": P, "Taro Ueda": P}, None, PUBLISHED),
        ],
    ),
    "'met on Sunday with A and later with B': the 'and' hung on the first with-phrase": (
        "Chinese Foreign Minister Wang Lei met on Sunday with his Jordanian counterpart Omar Haddad and later"
        " with EU foreign policy chief Anna Kask.",
        [
            Expected({"Wang Lei": P, "Omar Haddad": P}, None, SUNDAY),
            Expected({"Wang Lei": P, "Anna Kask": P}, None, SUNDAY),
        ],
    ),
    "'have long been talking with X': a standing contact, no encounter": (
        "Officials said U.S. diplomats have long been talking with Chinese and Japanese officials about the"
        " threat.",
        [],
    ),
    # --- a day told from the day named before it -----------------------------------------------------------
    "'Later in the day': the day the story has just named": (
        "Senator Tom Reyes met President Ana Moreira on Monday. Later in the day, Reyes met with Senator"
        " Dan Ross.",
        [
            Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY),
            Expected({"Tom Reyes": P, "Dan Ross": P}, None, MONDAY),
        ],
    ),
    "'The following day': the day after the one the story has just named": (
        "Vietnamese Prime Minister Van Duc met Lao Prime Minister Khamla Vong in Vientiane on Monday. The"
        " following day, Duc held talks with Lao President Bounmy Keo.",
        [
            Expected({"Van Duc": V, "Khamla Vong": H}, "Vientiane", MONDAY),
            Expected({"Van Duc": V, "Bounmy Keo": H}, "Vientiane", TUESDAY, meeting_type="talks"),
        ],
    ),
    "'on Monday, and the next day': the day named earlier in the same sentence": (
        "Vietnamese Prime Minister Van Duc met Lao Prime Minister Khamla Vong on Monday, and the next day he"
        " met Lao President Bounmy Keo.",
        [
            Expected({"Van Duc": P, "Khamla Vong": P}, None, MONDAY),
            Expected({"Van Duc": P, "Bounmy Keo": P}, None, TUESDAY),
        ],
    ),
    # --- places taken up or set apart ---------------------------------------------------------------------
    "'returned from Basle yesterday, met Y there': 'there' takes up the place named before": (
        "TOKYO, May 15 - Central bank governor Kenji Sato, who returned from Basle yesterday, met Federal"
        " Reserve Chairman Tom Hale there on Sunday.",
        [Expected({"Kenji Sato": P, "Tom Hale": P}, "Basle", SUNDAY)],
    ),
    "'is to meet Y tomorrow and will fly to Chicago on Saturday': a later journey does not place it": (
        "WASHINGTON, May 15 - Chinese Vice Premier Wei Lin, who arrived here yesterday, is scheduled to meet"
        " Vice President Tom Hale tomorrow and will fly to Chicago on Saturday.",
        [Expected({"Wei Lin": V, "Tom Hale": H}, "Washington", dt.date(2024, 5, 16), "planned")],
    ),
    "'his Oval Office meeting with X': a seat of government in the noun's modifiers is its place": (
        "Prime Minister James Hill said the talks went well after his Oval Office meeting with President Tom"
        " Hale on Monday.",
        [Expected({"James Hill": P, "Tom Hale": P}, "Oval Office", MONDAY)],
    ),
    "'met Ethiopian Prime Minister X on the sidelines': an object name read as an adverbial": (
        "Egyptian President Omar Fathy met Ethiopian Prime Minister Abiy Tesfaye on the sidelines of the"
        " African Union summit on Sunday.",
        [Expected({"Omar Fathy": P, "Abiy Tesfaye": P}, None, SUNDAY)],
    ),
    "'In Manila, he is scheduled to hold talks with X': the place fronted on the plan": (
        "TOKYO - Japanese Foreign Minister Kenji Sato left for Southeast Asia on Tuesday. In Manila, he is"
        " scheduled to hold talks with Philippine President Jose Cruz on Friday.",
        [Expected({"Kenji Sato": V, "Jose Cruz": H}, "Manila", FRIDAY, "planned", "talks")],
    ),
    "'huddled with X and other Senate Republican leaders': more unnamed people, not the chamber": (
        "Senator Tom Reyes huddled with Senate Majority Leader Dan Ross and other Senate Republican leaders"
        " on Capitol Hill on Monday.",
        [Expected({"Tom Reyes": P, "Dan Ross": P}, "Capitol Hill", MONDAY)],
    ),
    # --- a plan's tense -----------------------------------------------------------------------------------
    "'is due to attend X before travelling to Warsaw for talks with Y': the gerund has its clause's tense": (
        "German Chancellor Karl Brandt is due to attend a summit in Brussels before travelling to Warsaw for"
        " talks with Polish Prime Minister Jan Nowak.",
        [Expected({"Karl Brandt": V, "Jan Nowak": H}, "Warsaw", None, "planned", "talks")],
    ),
    "'was scheduled to meet X later on Tuesday', told on Wednesday: the nearer Tuesday": (
        "President Tom Hale was scheduled to meet Ukrainian President Ivan Petrenko later on Tuesday.",
        [Expected({"Tom Hale": P, "Ivan Petrenko": P}, None, TUESDAY, "planned")],
    ),
    "'BOGOTÁ (Reuters) -': a dateline in accented capitals places the news": (
        "BOGOTÁ (Reuters) - Colombian President Luis Ortega met Ecuadorian President Ana Vera on Tuesday.",
        [Expected({"Luis Ortega": H, "Ana Vera": V}, "Bogotá", TUESDAY)],
    ),
    "'General Secretary To Lam received X': a known name that opens with a preposition's word": (
        "HANOI, May 15 (VNA) - General Secretary To Lam received Chinese Premier Wei Lin on Tuesday.",
        [Expected({"To Lam": H, "Wei Lin": V}, "Hanoi", TUESDAY)],
    ),
    # --- attendees told in a sentence of their own ----------------------------------------------------------
    "'Z also attended the meeting': an attendee of the meeting told just before": (
        "U.S. Treasury Secretary Tom Hale met German Finance Minister Karl Brandt on Monday. Central bank"
        " chief Otto Vogel also attended the meeting.",
        [Expected({"Tom Hale": P, "Karl Brandt": P, "Otto Vogel": A}, None, MONDAY)],
    ),
    "'Z and W were also present': attendees of the meeting told just before": (
        "Pakistani Prime Minister Imran Qadir met Chinese President Wei Lin in Beijing on Tuesday. Army chief"
        " Asim Raza and Foreign Minister Omar Dar were also present.",
        [Expected({"Imran Qadir": V, "Wei Lin": H, "Asim Raza": A, "Omar Dar": A}, "Beijing", TUESDAY)],
    ),
    # --- what is called off, and what the news is set after ------------------------------------------------
    "'has been put on hold', 'was called off': suspended or cancelled, no meeting": (
        "A planned summit between President Tom Hale and President Ivan Petrov has been put on hold. Talks"
        " between Prime Minister Ana Moreira and Prime Minister Kenji Sato were called off.",
        [],
    ),
    "'The meeting follows X's summit with Y on Friday': that summit is past": (
        "President Ana Moreira met Chancellor Karl Brandt on Tuesday. The meeting follows President Tom"
        " Hale's summit with President Ivan Petrov in Anchorage on Friday.",
        [
            Expected({"Ana Moreira": P, "Karl Brandt": P}, None, TUESDAY),
            Expected({"Tom Hale": P, "Ivan Petrov": P}, "Anchorage", LAST_FRIDAY, meeting_type="summit"),
        ],
    ),
    "'Following his meeting with X, Y said': the meeting told before, not another one": (
        "Commerce Secretary Tom Hale, on a three-day visit to Germany, met Chancellor Karl Brandt on Monday."
        " Following his meeting with Brandt, Hale said tensions had eased.",
        [Expected({"Tom Hale": V, "Karl Brandt": H}, "Germany", MONDAY)],
    ),
    # --- a visit's programme meets its hosts in turn (convention 6) -----------------------------------------
    "'will meet A, B and C during the visit': one meeting per host, the list read as an apposition": (
        "Japanese Foreign Minister Kenji Sato will meet Indian Prime Minister Ravi Kumar, Foreign Minister"
        " Anil Rao and Finance Minister Raj Mehta during the visit.",
        [
            Expected({"Kenji Sato": V, "Ravi Kumar": H}, None, None, "planned"),
            Expected({"Kenji Sato": V, "Anil Rao": H}, None, None, "planned"),
            Expected({"Kenji Sato": V, "Raj Mehta": H}, None, None, "planned"),
        ],
    ),
    "'will be received by A and B during the visit': received together, one meeting": (
        "During his state visit, President Ali Hassan will be received by King Carl and Queen Silvia.",
        [Expected({"Ali Hassan": V, "King Carl": H, "Queen Silvia": H}, None, None, "planned")],
    ),
    "'met A and B during his visit': told in one clause, one meeting": (
        "During his visit, President Ali Hassan met King Carl and Prime Minister Olof Berg.",
        [Expected({"Ali Hassan": V, "King Carl": H, "Olof Berg": H}, None, None)],
    ),
    # --- an unnamed government side met abroad stands for the state visited (convention 1) --------------
    "'arrived in Nairobi for talks with the government': the state whose capital it is receives": (
        "Kenya is seeking a new loan. IMF envoy Jan Vos arrived in Nairobi on Monday for talks with the"
        " government.",
        [Expected({"Jan Vos": V, "Kenya": H}, "Nairobi", MONDAY, meeting_type="talks")],
    ),
    "'during his visit to Ghana, X will meet government ministers': the state visited is met": (
        "Ghana hopes for investment. During his visit to Ghana, French minister Jean Dupont will meet"
        " government ministers and business leaders.",
        [Expected({"Jean Dupont": V, "Ghana": H}, "Ghana", None, "planned", "visit")],
    ),
    "'met opposition leaders in Nairobi': a group outside the government is no party": (
        "Kenya faces a vote. IMF envoy Jan Vos met opposition leaders in Nairobi on Monday.",
        [],
    ),
    "'met government ministers in Berlin': a leader's own government at home is no host": (
        "Germany faces a vote. German Chancellor Hans Vogel met government ministers in Berlin on Monday.",
        [],
    ),
    "a day part after a day the sentence names is that day's, not the day the story named before": (
        "Peru wants more aid. IMF chief Ana Ruiz will see President Jorge Soto on Friday. On Monday she"
        " arrived in Lima and met senior ministers in the afternoon.",
        [
            Expected({"Ana Ruiz": P, "Jorge Soto": P}, None, FRIDAY, "planned"),
            Expected({"Ana Ruiz": V, "Peru": H}, "Lima", MONDAY),
        ],
    ),
    # --- session 15 ------------------------------------------------------------------------------------
    "'at 10 Downing Street': a house number is no part of the seat's name": (
        "Ukrainian President Petro Kovalenko met British Prime Minister John Reed at 10 Downing Street on"
        " Saturday.",
        [Expected({"Petro Kovalenko": V, "John Reed": H}, "10 Downing Street", SATURDAY)],
    ),
    "'talks between Foreign Minister X and his South African counterpart Y in Abuja': X hosts at home": (
        "Nigeria and South Africa on Tuesday agreed to deepen trade ties after talks between Foreign Minister"
        " Musa Bello and his South African counterpart Thabo Nkosi in Abuja.",
        [
            Expected(
                {"Musa Bello": H, "Thabo Nkosi": V, "South Africa": V}, "Abuja", TUESDAY, meeting_type="talks"
            )
        ],
    ),
    "'Germany's new chancellor': a country's possessive makes the title as definite as 'the'": (
        "German Chancellor Karl Weber arrived in Warsaw on Tuesday. Germany's new chancellor held talks with"
        " Prime Minister Jan Nowak on migration.",
        [Expected({"Karl Weber": V, "Jan Nowak": H}, "Warsaw", None, meeting_type="talks")],
    ),
    "a caption's 'ahead of their meeting' and the body's talks of that day are one encounter": (
        "Photo: German Chancellor Karl Weber shakes hands with Polish Prime Minister Jan Nowak ahead of their"
        " meeting in Warsaw, Poland, May 14, 2024.\n\nWARSAW, May 14 (Reuters) - The chancellor travelled to"
        " Warsaw on Tuesday for talks with Nowak on migration.",
        [Expected({"Karl Weber": V, "Jan Nowak": H}, "Warsaw", TUESDAY)],
    ),
    "'X, who landed in Y on Monday, called on Z': a main verb the parser hung on the described name": (
        "Sri Lankan President Anura Perera, who landed in the Indian capital on Monday evening, called on"
        " President Devi Sharma on Tuesday.",
        [Expected({"Anura Perera": V, "Devi Sharma": H}, "New Delhi", TUESDAY, meeting_type="visit")],
    ),
    "'X and Y spoke briefly on the sidelines of the summit': a conversation apart, not two speeches": (
        "Indian Prime Minister Raj Mehta and Chinese President Li Wei spoke briefly on the sidelines of the"
        " BRICS summit in Johannesburg on Tuesday. Raj Mehta and Li Wei spoke at a rally on Monday.",
        [Expected({"Raj Mehta": P, "Li Wei": P}, "Johannesburg", TUESDAY, meeting_type="meeting")],
    ),
    "'After meeting Y, X told reporters' is the meeting told before, on the day it gave": (
        "President Petro Kovalenko met U.S. envoy Tom Hale in Kyiv on Monday evening. After meeting Hale,"
        " Kovalenko told reporters that Ukraine was ready for talks.",
        [Expected({"Petro Kovalenko": H, "Tom Hale": V}, "Kyiv", MONDAY)],
    ),
    "a headline's 'X meets Y ... as talks continue' is the meeting the body dates": (
        "Hill meets Hale at White House as ceasefire talks continue in Doha\n\nIsraeli Prime Minister James"
        " Hill met United States President Tom Hale at the White House on Monday evening.",
        [Expected({"James Hill": V, "Tom Hale": H}, "White House", MONDAY)],
    ),
    "'A and B met with C separately': each subject meets the counterpart on their own": (
        "Chinese Premier Li Wei and top legislator Zhao Min met with Algerian President Ali Benali separately"
        " in Beijing on Monday.",
        [
            Expected({"Li Wei": H, "Ali Benali": V}, "Beijing", MONDAY),
            Expected({"Zhao Min": H, "Ali Benali": V}, "Beijing", MONDAY),
        ],
    ),
    "'met with A and B respectively': one meeting per counterpart": (
        "Indian Prime Minister Raj Mehta met with Turkish President Ali Demir and Brazilian President Ana"
        " Moreira respectively in Rome on Sunday.",
        [
            Expected({"Raj Mehta": P, "Ali Demir": P}, "Rome", SUNDAY),
            Expected({"Raj Mehta": P, "Ana Moreira": P}, "Rome", SUNDAY),
        ],
    ),
    "a week other news is set in ('The House will vote next week') sets no plan's week": (
        "The House will vote next week on spending. Senator Ann Lee will meet with Majority Leader Tom Hale"
        " on Friday.",
        [Expected({"Ann Lee": P, "Tom Hale": P}, None, FRIDAY, "planned")],
    ),
    "'The pair were joined by X and Y': those joining the meeting just told are attendees": (
        "Prime Minister Tom Reed was received by President Jan Nowak in the Oval Office on Wednesday. The"
        " pair were joined by Foreign Secretary David Lamb and Secretary of State Ann Lee.",
        [Expected({"Jan Nowak": H, "Tom Reed": V, "David Lamb": A, "Ann Lee": A}, "Oval Office", PUBLISHED)],
    ),
    "'X and Y were present at the talks': attendees of the talks just told": (
        "Xi Lin held talks with visiting Algerian President Ali Benali in Beijing on Monday. Cai Min and Wang"
        " Bo were present at the talks.",
        [
            Expected(
                {"Xi Lin": H, "Ali Benali": V, "Cai Min": A, "Wang Bo": A},
                "Beijing",
                MONDAY,
                meeting_type="talks",
            )
        ],
    ),
    "'met Y in a meeting also attended by Z': one meeting, Z attending": (
        "Donald Hale met House Speaker Paul Ryan on Thursday in a meeting also attended by party chairman"
        " Reince Priebus.",
        [Expected({"Donald Hale": P, "Paul Ryan": P, "Reince Priebus": A}, None, dt.date(2024, 5, 9))],
    ),
    "a meeting that has been postponed is no meeting": (
        "A planned meeting between Finance Minister Juan Soto and the bank advisory committee in New York"
        " next week has been postponed.",
        [],
    ),
    "'accepted X's invitation to visit Brasilia': the inviter hosts the visit to come": (
        "Indian Prime Minister Raj Mehta accepted Brazilian President Ana Moreira's invitation to visit"
        " Brasilia in July.",
        [Expected({"Raj Mehta": V, "Ana Moreira": H}, "Brasilia", dt.date(2024, 7, 1), "planned", "visit")],
    ),
    "'looks forward to welcoming X to Y in August' is planned": (
        "President Tom Hale said he looks forward to welcoming Prime Minister Kenji Sato to Camp David in"
        " August.",
        [Expected({"Tom Hale": H, "Kenji Sato": V}, "Camp David", dt.date(2024, 8, 1), "planned")],
    ),
    "'The two last met in X in February': the pair told before, an earlier meeting": (
        "President Petro Kovalenko held talks with Vice President Tom Hale in Rome on Sunday. The two last"
        " met in the Oval Office in February.",
        [
            Expected({"Petro Kovalenko": P, "Tom Hale": P}, "Rome", SUNDAY, meeting_type="talks"),
            Expected({"Petro Kovalenko": P, "Tom Hale": P}, "Oval Office", dt.date(2024, 2, 1)),
        ],
    ),
    "'agreed to meet again at the summit in June': the summit is as planned as the meeting": (
        "President Tom Hale and Prime Minister Kenji Sato agreed to meet again at the Venice summit in June.",
        [Expected({"Tom Hale": P, "Kenji Sato": P}, "Venice", dt.date(2024, 6, 1), "planned", "summit")],
    ),
    "'X, attending the summit in P, held meetings with A and B': the event's place is theirs": (
        "Pope Leo, attending the Group of Seven summit in Puglia, held separate meetings on Friday with"
        " Ukrainian President Petro Kovalenko and Indian Prime Minister Raj Mehta.",
        [
            Expected({"Group of Seven": P, "Pope Leo": P}, "Puglia", LAST_FRIDAY, meeting_type="summit"),
            Expected({"Pope Leo": P, "Petro Kovalenko": P}, "Puglia", LAST_FRIDAY),
            Expected({"Pope Leo": P, "Raj Mehta": P}, "Puglia", LAST_FRIDAY),
        ],
    ),
    "'held talks yesterday with X in Vienna': the light verb's with-phrase carries the place": (
        "Saudi Arabian Oil Minister Hisham Nazer held talks yesterday with Venezuelan Energy Minister Arturo"
        " Grisanti in Vienna.",
        [Expected({"Hisham Nazer": P, "Arturo Grisanti": P}, "Vienna", TUESDAY, meeting_type="talks")],
    ),
    "'stop in Geneva, where he is expected to meet X': the relative clause's place, not the journey's": (
        "Before arriving in Washington, Raj Mehta will stop in Geneva, where he is expected to meet Swiss"
        " President Hans Keller.",
        [Expected({"Raj Mehta": V, "Hans Keller": H}, "Geneva", None, "planned")],
    ),
    "'met with tech leaders at X on Wednesday, including A, B and C': the named members are the parties": (
        "President-elect Tom Hale met with tech leaders at Hale Tower on Wednesday, including Apple's Tim"
        " Cook and Amazon's Jeff Bezos.",
        [Expected({"Tom Hale": P, "Tim Cook": P, "Jeff Bezos": P}, "Hale Tower", PUBLISHED)],
    ),
    "'readiness to host a new round of talks between A and B' offers them, it tells no meeting": (
        "Turkish President Ali Demir and Russian President Ivan Petrov spoke by telephone late on Tuesday."
        " During the call, Demir reiterated Turkey's readiness to host a new round of direct talks between"
        " Russia and Ukraine in Istanbul.",
        [Expected({"Ali Demir": P, "Ivan Petrov": P}, None, TUESDAY, meeting_type="call")],
    ),
    "'his counterpart from Laos, X': the name after the post's country is the party": (
        "Russian Foreign Minister Sergei Volkov held talks with his counterpart from Laos, Somsak Vong, in"
        " Moscow on Thursday.",
        [
            Expected(
                {"Sergei Volkov": P, "Somsak Vong": P}, "Moscow", dt.date(2024, 5, 9), meeting_type="talks"
            )
        ],
    ),
    "'X met Y on Wednesday, their first meeting since ...': 'their' is the clause's pair, not one before": (
        "Senators Ann Lee and Joe Marsh spoke to reporters on Tuesday. Speaker Tom Hale met Minority Leader"
        " Nancy Reed on Wednesday, their first meeting since the sit-in began.",
        [Expected({"Tom Hale": P, "Nancy Reed": P}, None, PUBLISHED)],
    ),
    "'visit the pilgrimage town of X': a place noun's of-phrase names where, not who": (
        "Sri Lankan President Anura Perera is due to visit the Buddhist pilgrimage town of Bodh Gaya on"
        " Thursday before flying home.",
        [],
    ),
    "'dialled X on Monday' is a call": (
        "Indian Prime Minister Raj Mehta dialled Ukrainian President Petro Kovalenko on Monday and reiterated"
        " India's support for peace.",
        [Expected({"Raj Mehta": P, "Petro Kovalenko": P}, None, MONDAY, meeting_type="call")],
    ),
    "'spoke with X about the BRICS summit': a meeting talked about is no meeting held": (
        "Raj Mehta spoke with Brazilian President Ana Moreira on Sunday about the BRICS summit.",
        [Expected({"Raj Mehta": P, "Ana Moreira": P}, None, SUNDAY)],
    ),
    "'EAM X holds talks with French counterpart': the Indian press's abbreviated office, one person": (
        "EAM Raj Mehta holds talks with French counterpart in Paris\n\nPARIS: External Affairs Minister Raj"
        " Mehta on Monday held talks with his French counterpart Jean Roux, a day after arriving in France.",
        [Expected({"Raj Mehta": V, "Jean Roux": H}, "Paris", MONDAY, meeting_type="talks")],
    ),
    "'X will be accompanied at Monday's meeting with Y by A and B': A and B attend": (
        "Ukrainian President Petro Kovalenko will be accompanied at Friday's meeting with President Tom Hale"
        " by NATO Secretary General Jan Nowak and European Commission President Ana Berg.",
        [
            Expected(
                {"Petro Kovalenko": P, "Tom Hale": P, "Jan Nowak": A, "Ana Berg": A}, None, FRIDAY, "planned"
            )
        ],
    ),
    "'X, who arrived in Tianjin on Sunday, held talks with Y': two visitors on a third state's ground": (
        "TIANJIN, May 14 (Xinhua) -- Chinese President Xi Lin met Indian Prime Minister Raj Mehta on Monday."
        " Russian President Ivan Petrov, who arrived in Tianjin on Sunday, held talks with Mehta after the"
        " summit.",
        [
            Expected({"Xi Lin": P, "Raj Mehta": P}, "Tianjin", MONDAY),
            Expected({"Ivan Petrov": P, "Raj Mehta": P}, "Tianjin", None, meeting_type="talks"),
        ],
    ),
    "'X hosted Y in Bonn today, a spokesman said': the time closing the reported clause is its own": (
        "BONN, May 15 - West German Chancellor Karl Weber hosted a working lunch for French Prime Minister"
        " Jean Roux in Bonn today, a government spokesman said.\n\nThe two leaders conferred for two hours on"
        " European farm policy and the dollar, the spokesman, Hans Ost, told reporters.",
        [Expected({"Karl Weber": H, "Jean Roux": V}, "Bonn", PUBLISHED)],
    ),
    "'G7 ministers met yesterday. Taking part were A, B and C': the roll call names the parties": (
        "Finance ministers of the Group of Seven met yesterday. Taking part were Treasury Secretary Tom Hale,"
        " Japanese Finance Minister Kenji Sato and West German Finance Minister Karl Weber.",
        [Expected({"Group of Seven": P, "Tom Hale": P, "Kenji Sato": P, "Karl Weber": P}, None, TUESDAY)],
    ),
    "'The ministers met on Monday. Attending were A and B'": (
        "The ministers met on Monday. Attending were Foreign Minister Ana Berg and Foreign Minister Tom"
        " Hale.",
        [Expected({"Ana Berg": P, "Tom Hale": P}, None, MONDAY)],
    ),
    "'met with two dozen lawmakers ... The meeting included A and B': the roll call names the parties": (
        "Tom Hale met with about two dozen Republican lawmakers at the Washington offices of a law firm on"
        " Monday. The meeting included Sen. Jeff Ross and Sen. Ann Lee. Hale later met with the editorial"
        " board of The Washington Post.",
        [
            Expected({"Tom Hale": P, "Jeff Ross": P, "Ann Lee": P}, "Washington", MONDAY),
            # ("Hale later met": later on the day the story last named, in the city it placed him in)
            Expected({"Tom Hale": P, "Washington Post": P}, "Washington", MONDAY),
        ],
    ),
    "no dateline: 'arrived here' is the one city the article has the traveller go to": (
        "World Bank President Tom Hale arrived here on Saturday and will have talks with President Adi Wirya"
        " on Thursday. Today he was returning to Jakarta from a visit to projects in eastern Java.",
        [Expected({"Tom Hale": V, "Adi Wirya": H}, "Jakarta", dt.date(2024, 5, 16), "planned", "talks")],
    ),
    "'The pair were joined by X' after a quote and an event told since: the pair's meeting": (
        "Prime Minister Tom Reed was received by President Jan Nowak in the Oval Office on Wednesday. Reed,"
        ' who is in Washington for the NATO summit, told Nowak the ties were "stronger than ever."\nThe pair'
        " were joined by Foreign Secretary David Lamb.",
        [
            Expected({"Jan Nowak": H, "Tom Reed": V, "David Lamb": A}, "Oval Office", PUBLISHED),
            Expected({"Tom Reed": P, "NATO": P}, "Washington", meeting_type="summit"),
        ],
    ),
    "'the two leaders' after two attending ministers: the two leaders": (
        "Turkish President Ali Demir on Tuesday received Hungarian Prime Minister Peter Nagy in Ankara. The"
        " meeting was also attended by Foreign Minister Kemal Aydin and Communications Director Omer Kaya."
        " Following the talks, the two leaders held a joint news conference.",
        [Expected({"Ali Demir": H, "Peter Nagy": V, "Kemal Aydin": A, "Omer Kaya": A}, "Ankara", TUESDAY)],
    ),
    "'The two heads of state last met in Kazan in October': the pair told before": (
        "Chinese President Xi Lin held a video call with Russian President Ivan Petrov on Tuesday. The two"
        " heads of state last met in Kazan in October during the BRICS summit.",
        [
            Expected({"Xi Lin": P, "Ivan Petrov": P}, None, TUESDAY, meeting_type="call"),
            Expected({"Xi Lin": P, "Ivan Petrov": P}, "Kazan", dt.date(2023, 10, 1), meeting_type="summit"),
        ],
    ),
    "'their first meeting since the summit in Kazan last October': the pair's earlier encounter": (
        "Prime Minister Raj Mehta held talks with Chinese President Xi Lin in Tianjin on Sunday, their first"
        " meeting since the BRICS summit in Kazan last October.",
        [
            Expected({"Raj Mehta": P, "Xi Lin": P}, "Tianjin", SUNDAY, meeting_type="talks"),
            Expected({"Raj Mehta": P, "Xi Lin": P}, "Kazan", dt.date(2023, 10, 1), meeting_type="summit"),
        ],
    ),
    "'held 45 minutes of talks': a duration in minutes measures the talks": (
        "President Tom Hale and Japanese prime minister Kenji Sato held 45 minutes of talks in Venice"
        " yesterday.",
        [Expected({"Tom Hale": P, "Kenji Sato": P}, "Venice", TUESDAY, meeting_type="talks")],
    ),
    "'met Nigerian head of state X': the name after a title with its of-phrase": (
        "Saudi Arabian oil minister Hisham Nazer met Nigerian head of state Musa Bello.",
        [Expected({"Hisham Nazer": P, "Musa Bello": P})],
    ),
    "'will see X on Saturday evening': a day with its part dates a call on a person": (
        "Japanese finance minister Kenji Sato will see French finance minister Jean Roux on Saturday"
        " evening.",
        [Expected({"Kenji Sato": P, "Jean Roux": P}, None, dt.date(2024, 5, 18), "planned")],
    ),
    "'X called Sen. Y on Friday to offer him the slot': a well-known candidate named bare holds an office": (
        "Hillary Clinton called Sen. Tim Kaine on Friday evening to offer him the vice presidential slot,"
        " aides said.",
        [Expected({"Hillary Clinton": P, "Tim Kaine": P}, None, LAST_FRIDAY, meeting_type="call")],
    ),
    "places the parser hangs elsewhere: on the object's of-phrase, on a time phrase, fronted after 'on'": (
        "Finance minister Dilson Souza is due to meet the steering committee of Brazil's creditor banks in"
        " New York next week. Tom Hale is scheduled to sit down with Ann Lee over the weekend in Bedminster,"
        " New Jersey. On Lesbos, Pope Leo met with Greek Prime Minister Nikos Pappas.",
        [
            Expected({"Dilson Souza": P, "Steering Committee": P}, "New York", None, "planned"),
            Expected({"Tom Hale": P, "Ann Lee": P}, "Bedminster", None, "planned"),
            Expected({"Nikos Pappas": P, "Pope Leo": P}, "Lesbos"),
        ],
    ),
    "a question ('Will X meet Y next week?') reports no meeting": (
        "Q: Will Foreign Minister Wang Bo meet Australian Foreign Minister Ann Lee next week?",
        [],
    ),
    "'The previous day, X met Y': the day before the one named": (
        "Chancellor Karl Weber held talks with Kazakh President Ali Bekov in Astana on Monday. The previous"
        " day, Weber met Uzbek President Timur Karimov in Samarkand.",
        [
            Expected({"Karl Weber": P, "Ali Bekov": P}, "Astana", MONDAY, meeting_type="talks"),
            Expected({"Karl Weber": P, "Timur Karimov": P}, "Samarkand", SUNDAY),
        ],
    ),
    "'The session was also attended by X': an attendee of the meeting just told": (
        "House Speaker Paul Reed and Tom Hale met Tuesday at the party headquarters. The session was also"
        " attended by party chairman Ann Lee.",
        [Expected({"Paul Reed": P, "Tom Hale": P, "Ann Lee": A}, None, TUESDAY)],
    ),
    "'had been due to see X on Monday, but the meeting was scrapped': no meeting": (
        "Secretary of State Tom Hale had been due to see Prime Minister Ann Lee on Friday, but the meeting"
        " was scrapped. Ana Berg will meet Jan Nowak on Friday. The meeting was called off.",
        [],
    ),
    "'X, who met Y in Manhattan last month, will meet Z on Friday': the relative clause keeps its own time": (
        "Former Mayor Tom Hale, who met with Admiral Jan Nowak in Manhattan last month, will meet Senator Ann"
        " Lee on Friday.",
        [
            Expected({"Tom Hale": P, "Jan Nowak": P}, "Manhattan", dt.date(2024, 4, 1)),
            Expected({"Tom Hale": P, "Ann Lee": P}, None, FRIDAY, "planned"),
        ],
    ),
    "'received in Jeddah today the Secretary of State ..., X': the Gulf agencies' order": (
        "Crown Prince Faisal bin Salman received in Jeddah today the Secretary of State of the United States"
        " of America, Tom Hale.",
        [Expected({"Faisal bin Salman": H, "Tom Hale": V}, "Jeddah", PUBLISHED)],
    ),
    "'held talks with Y on Tuesday, with both leaders urging ...': a clause set beside, no counterpart": (
        "President Ivan Petrov held talks with Indian Prime Minister Raj Mehta on Tuesday, with both leaders"
        " urging a peaceful settlement.",
        [Expected({"Ivan Petrov": P, "Raj Mehta": P}, None, TUESDAY, meeting_type="talks")],
    ),
    "'will return to Manila via Tokyo, where he is due to confer with X': the stop's place, its host": (
        "Philippine finance secretary Jose Cruz will return to Manila via Tokyo, where he is due to confer"
        " with Japanese finance minister Kenji Sato on Thursday.",
        [Expected({"Jose Cruz": V, "Kenji Sato": H}, "Tokyo", dt.date(2024, 5, 16), "planned")],
    ),
    "no dateline: 'held talks here' is not the home a later journey returns to": (
        "Ecuador's finance minister Juan Soto held talks here today with the advisory committee of creditor"
        " banks. Soto will meet World Bank officials on Thursday before returning to Quito.",
        [
            Expected({"Juan Soto": P, "Advisory Committee": P}, None, PUBLISHED, meeting_type="talks"),
            Expected({"Juan Soto": P, "World Bank": P}, None, dt.date(2024, 5, 16), "planned"),
        ],
    ),
    "'will meet twice a week': a habit, no meeting": (
        "Negotiators Tom Hale and Ivan Petrov, who last met in March, will meet twice a week.",
        [Expected({"Tom Hale": P, "Ivan Petrov": P}, None, dt.date(2024, 3, 1))],
    ),
    "'The visit was postponed in 1984': a cancellation with a time of its own is history": (
        "East German leader Karl Weber will pay an official visit to West Germany from September 7. Weber is"
        " to be received by Chancellor Hans Vogel in Bonn. The visit was postponed in 1984.",
        [Expected({"Karl Weber": V, "Hans Vogel": H}, "Bonn", None, "planned")],
    ),
    "'a meeting between the two ministers' after a foreign minister and a secretary of state": (
        "Soviet foreign minister Ivan Petrov held talks with secretary of state Tom Hale on Tuesday. The"
        " talks follow a meeting between the two ministers in Moscow in April.",
        [
            Expected({"Ivan Petrov": P, "Tom Hale": P}, None, TUESDAY, meeting_type="talks"),
            Expected({"Ivan Petrov": H, "Tom Hale": V}, "Moscow", dt.date(2024, 4, 1)),
        ],
    ),
    "'EAM also met X': an office's abbreviation alone is the one person holding it": (
        "External Affairs Minister Raj Mehta arrived in Vientiane on Friday. EAM also met Foreign Minister"
        " Somchai Wong of Thailand on Saturday.",
        [Expected({"Raj Mehta": P, "Somchai Wong": P}, "Vientiane", SATURDAY)],
    ),
    "'met Y on Saturday, a day after his meeting with Z at X': the earlier meeting lends no place": (
        "Ukrainian President Petro Kovalenko met Polish President Jan Nowak on Saturday, a day after his"
        " meeting with US President Tom Hale at the White House.",
        [
            Expected({"Petro Kovalenko": P, "Jan Nowak": P}, None, SATURDAY),
            Expected({"Petro Kovalenko": V, "Tom Hale": H}, "White House", LAST_FRIDAY),
        ],
    ),
    # --- sixteenth round: forms of address, post-nominals, compound offices, time spent together ----------
    "'President Smt. X': an abbreviated form of address with a full stop ends no sentence": (
        "External Affairs Minister Raj Mehta called on President Smt. Lata Rao in New Delhi on Monday.",
        [Expected({"Raj Mehta": V, "Lata Rao": H}, "New Delhi", MONDAY, meeting_type="visit")],
    ),
    "'the Hon. X MP, Prime Minister of Y': the form of address and the letters after the name are no name": (
        "Prime Minister Kenji Sato held a video meeting with the Hon. Tom Hale MP, Prime Minister of"
        " Australia, on Monday.",
        [Expected({"Kenji Sato": P, "Tom Hale": P}, None, MONDAY, meeting_type="call")],
    ),
    "'Lt. Gen. X met Col. Y': abbreviated ranks keep the sentence whole": (
        "Lt. Gen. Karim Saleh met Col. Tom Hale in Dhaka on Monday.",
        [Expected({"Karim Saleh": P, "Tom Hale": P}, "Dhaka", MONDAY)],
    ),
    "'Party chief To Lam received X': a lower-case office, then a name that opens with a preposition": (
        "Party chief To Lam received Cambodian Deputy Prime Minister and Minister of Foreign Affairs"
        " Sok Chenda in Hanoi on Monday.",
        [Expected({"To Lam": H, "Sok Chenda": V}, "Hanoi", MONDAY)],
    ),
    "'spent 90 minutes with X': time spent together is a meeting": (
        "Indian Prime Minister Raj Mehta spent 90 minutes with French President Luc Martin in Paris on"
        " Monday.",
        [Expected({"Raj Mehta": V, "Luc Martin": H}, "Paris", MONDAY)],
    ),
    "'spent $1 billion with X': money spent is no meeting": (
        "The Pentagon spent $1 billion with Boeing last year.",
        [],
    ),
    "'called on the visiting dignitary': the one who arrived, and the traveller is the visitor": (
        "Kenyan President Tom Kamau arrived in New Delhi on Monday for a state visit. External Affairs"
        " Minister Raj Mehta called on the visiting dignitary on Tuesday.",
        [Expected({"Raj Mehta": H, "Tom Kamau": V}, "New Delhi", TUESDAY, meeting_type="visit")],
    ),
    "'hosted a banquet for the guest': a guest with no country is the one who arrived": (
        "Cambodian Prime Minister Sok Chenda arrived in Hanoi on Monday. Prime Minister Pham Van Long"
        " hosted a banquet for the guest on Tuesday.",
        [Expected({"Pham Van Long": H, "Sok Chenda": V}, "Hanoi", TUESDAY)],
    ),
    "'hosted a banquet for the guest' with no one arriving: no party to name": (
        "Prime Minister Pham Van Long hosted a banquet for the guest on Tuesday.",
        [],
    ),
    "'met X and later met Y': the name after a coordinated meeting verb is its object, not its subject": (
        "Prime Minister Raj Mehta met French President Luc Martin on Monday and later met German Chancellor"
        " Karl Weber.",
        [
            Expected({"Raj Mehta": P, "Luc Martin": P}, None, MONDAY),
            Expected({"Raj Mehta": P, "Karl Weber": P}, None, MONDAY),
        ],
    ),
    "'Minister of Foreign Affairs and Trade X': the office's last portfolio is no part of the name": (
        "Chinese Foreign Minister Wei Lin met with Minister of Foreign Affairs and Trade Winston Peters in"
        " Beijing on Monday.",
        [Expected({"Wei Lin": P, "Winston Peters": P}, "Beijing", MONDAY)],
    ),
    "'X's visit to France included talks with Y': a visit's programme is held in the country it went to": (
        "Mehta's two-day visit to France, his first since 2023, included talks with President Luc Martin.",
        [Expected({"Mehta": V, "Luc Martin": H}, "France", None, meeting_type="talks")],
    ),
    "'received on Monday in Algiers X': the agencies' order, time and place before the guest": (
        "Foreign Minister Karim Saleh received on Monday in Algiers Mauritanian Foreign Minister Ali Sidi.",
        [Expected({"Karim Saleh": H, "Ali Sidi": V}, "Algiers", MONDAY)],
    ),
    "'received today at Sakhir Palace X': a venue before the guest": (
        "King Hamad Al Saud received today at Sakhir Palace Sheikh Tom Nahyan, President of the United Arab"
        " Emirates.",
        [Expected({"Hamad Al Saud": H, "Tom Nahyan": V}, "Sakhir Palace", PUBLISHED)],
    ),
    "'was received by the President of Albania, X' after another president: the description names X": (
        "Montenegrin President Jan Novak was received on Tuesday by the President of Albania, Edi Kola.",
        [Expected({"Edi Kola": H, "Jan Novak": V}, None, TUESDAY)],
    ),
    "'the Prime Minister of Ethiopia, H.E. X': a form of address before the holder's name": (
        "The Chairperson of the African Union Commission, H.E. Ali Musa, was received on Monday by the Prime"
        " Minister of Ethiopia, H.E. Abebe Tadesse.",
        [Expected({"Abebe Tadesse": H, "Ali Musa": V}, None, MONDAY)],
    ),
    "'Prime Minister of Armenia X': the office's state is no part of the name": (
        "Prime Minister of Armenia Aram Petrosyan held a telephone conversation with Prime Minister of"
        " Georgia Levan Beridze on Monday.",
        [Expected({"Aram Petrosyan": P, "Levan Beridze": P}, None, MONDAY, meeting_type="call")],
    ),
    "'the EU Special Representative for Central Asia, X': an office taken for a body is its holder": (
        "President Serdar Orazov received the European Union Special Representative for Central Asia, Tom"
        " Hale, on Monday.",
        [Expected({"Serdar Orazov": H, "Tom Hale": V}, None, MONDAY)],
    ),
    "'A meeting between X and Y has not taken place': a meeting that did not happen is none": (
        "A meeting between Prime Minister Tom Hale and Chancellor Karl Weber has not taken place.",
        [],
    ),
    "'did not go ahead', 'failed to materialise', 'has yet to take place': none either": (
        "A planned encounter between envoy Wei Lin and Prime Minister Tom Hale did not go ahead. Talks"
        " between Karl Weber and Ivan Petrov failed to materialise. A meeting between Luc Martin and Ana Vera"
        " has yet to take place.",
        [],
    ),
    "'did not take long': a negated verb of another kind leaves the meeting": (
        "The meeting between Prime Minister Tom Hale and Chancellor Karl Weber did not take long.",
        [Expected({"Tom Hale": P, "Karl Weber": P})],
    ),
    "'Z did not attend the meeting': no attendee": (
        "Prime Minister Tom Hale met Chancellor Karl Weber in Bonn on Monday. President Ivan Petrov did not"
        " attend the meeting.",
        [Expected({"Tom Hale": P, "Karl Weber": P}, "Bonn", MONDAY)],
    ),
    "'X and Y dined together': a meal shared is a meeting": (
        "Senator Tom Reyes and House Speaker Dan Ross dined together in Washington on Monday.",
        [Expected({"Tom Reyes": P, "Dan Ross": P}, "Washington", MONDAY)],
    ),
    "'lunched with Y': so is a lunch": (
        "Senator Tom Reyes lunched with Speaker Dan Ross on Monday.",
        [Expected({"Tom Reyes": P, "Dan Ross": P}, None, MONDAY)],
    ),
    "'dined with his family': no party, no meeting": (
        "Senator Tom Reyes dined with his family on Monday.",
        [],
    ),
    "'received the courtesy call of X': the French-made 'of' names the caller": (
        "On Thursday, President Luis Ortega received the courtesy call of Japanese Ambassador Kenji Sato at"
        " Malacanang Palace.",
        [
            Expected(
                {"Luis Ortega": H, "Kenji Sato": V},
                "Malacanang Palace",
                dt.date(2024, 5, 9),
                meeting_type="visit",
            )
        ],
    ),
    "'visited Trump Tower': a landmark named after a person is a place, and no one is met there": (
        "Senator Tom Reyes visited Trump Tower on Monday. Donald Trump met Governor Dan Ross on Tuesday.",
        [Expected({"Donald Trump": P, "Dan Ross": P}, None, TUESDAY)],
    ),
    "'visited Mar-a-Lago': nor is a hyphenated landmark": (
        "Senator Tom Reyes visited Mar-a-Lago on Monday.",
        [],
    ),
    "'received at the Miraflores Palace ... to be received by Z': a palace is no stay for the next": (
        "Cuban Foreign Minister Ana Vera was received by Venezuelan President Luis Ortega at the Miraflores"
        " Palace on Monday. On Thursday Vera is expected to be received by Nicaraguan President Jan Nowak.",
        [
            Expected({"Luis Ortega": H, "Ana Vera": V}, "Miraflores Palace", MONDAY),
            Expected({"Jan Nowak": H, "Ana Vera": V}, None, dt.date(2024, 5, 16), "planned"),
        ],
    ),
    "'will stop in New York to meet X on his way to a summit in Peru': the stop, not the road's end": (
        "Japanese Prime Minister Kenji Sato will stop in New York on Thursday to meet President-elect Tom"
        " Hale on his way to an Asia-Pacific summit in Peru.",
        [Expected({"Kenji Sato": V, "Tom Hale": H}, "New York", dt.date(2024, 5, 16), "planned")],
    ),
    "'The meeting touched on issues in the South China Sea': a topic is no place": (
        "PUTRAJAYA - Prime Minister Anwar Ibrahim today received a courtesy call from Vietnamese"
        " vice-chairman Nguyen Duc Hai. The meeting touched on maritime issues in the South China Sea.",
        [Expected({"Anwar Ibrahim": H, "Nguyen Duc Hai": V}, "Putrajaya", PUBLISHED, meeting_type="visit")],
    ),
    "'In Bandar Seri Begawan, X will hold talks with Y': a place the model took for a person": (
        "In Bandar Seri Begawan, Indian Prime Minister Raj Mehta will hold talks with Sultan Hassanal Bolkiah"
        " on Friday.",
        [Expected({"Raj Mehta": V, "Hassanal Bolkiah": H}, "Bandar Seri Begawan", FRIDAY, "planned")],
    ),
    "'arrived for a two-day visit to Lagos and was received by X': the visit's destination": (
        "Indonesian Oil Minister Subroto arrived on Monday for a two-day visit to Lagos and was received by"
        " President Ibrahim Babangida on Tuesday.",
        [Expected({"Subroto": V, "Ibrahim Babangida": H}, "Lagos", TUESDAY)],
    ),
    "'exchanged views over the phone with X': a call, with no place and no host": (
        "MUSCAT - Sultan Haitham bin Tarik exchanged views over the phone with Qatar's Emir Sheikh Tamim bin"
        " Hamad Al Thani on Monday.",
        [
            Expected(
                {"Haitham bin Tarik": P, "Tamim bin Hamad Al Thani": P}, None, MONDAY, meeting_type="call"
            )
        ],
    ),
    "'talks with Iranian President X and Turkish President Y': the second titled name is a party too": (
        "On Wednesday Russian President Ivan Petrov is due to hold talks with Iranian President Ali Rezaei"
        " and Turkish President Recep Tayyip Erdogan.",
        [
            Expected(
                {"Ivan Petrov": P, "Ali Rezaei": P, "Recep Tayyip Erdogan": P},
                None,
                PUBLISHED,
                "planned",
                meeting_type="talks",
            )
        ],
    ),
    "'is scheduled to call on A and meet B': the coordinated meeting is no demand": (
        "Indian Prime Minister Raj Mehta is also scheduled to call on President Tharman Shanmugaratnam and"
        " meet Senior Minister Lee Hsien Loong.",
        [
            Expected(
                {"Raj Mehta": V, "Tharman Shanmugaratnam": H}, None, None, "planned", meeting_type="visit"
            ),
            Expected({"Raj Mehta": P, "Lee Hsien Loong": P}, None, None, "planned"),
        ],
    ),
    "'X, who co-chaired the gathering, met Y': the inserted clause keeps no hold on the subject": (
        "German Chancellor Karl Weber, who co-chaired the gathering, met Kosovo Prime Minister Ali Berisha on"
        " Monday.",
        [Expected({"Karl Weber": P, "Ali Berisha": P}, None, MONDAY)],
    ),
    "'X, considered Z's main rival, met Y': nor does an inserted participle": (
        "Home Secretary Ana Vera, considered Tom Hale's main rival, met Dan Ross on Monday.",
        [Expected({"Ana Vera": P, "Dan Ross": P}, None, MONDAY)],
    ),
    "'The President of the Republic, X, ... The Peruvian president also met Y': the office described": (
        "LIMA - The President of the Republic, Maria Castillo, held a bilateral meeting on Friday with her"
        " Ecuadorian counterpart, Luis Ortega. The Peruvian president also met with Chinese President Wei"
        " Lin on Thursday at the Government Palace.",
        [
            Expected({"Maria Castillo": H, "Luis Ortega": V}, "Lima", LAST_FRIDAY),
            # (a palace the story's dateline puts in Lima: the Peruvian president's home ground)
            Expected({"Maria Castillo": H, "Wei Lin": V}, "Government Palace", dt.date(2024, 5, 9)),
        ],
    ),
    "'the Secretary-General of ASEAN, X, ... the Secretary-General also met Y'": (
        "The Secretary-General of ASEAN, Kao Kim Hourn, today paid a courtesy call on Lao Prime Minister"
        " Sonexay Siphandone in Vientiane. On the same day, the Secretary-General also met with Lao Foreign"
        " Minister Saleumxay Kommasith.",
        [
            Expected(
                {"Kao Kim Hourn": V, "Sonexay Siphandone": H}, "Vientiane", PUBLISHED, meeting_type="visit"
            ),
            Expected({"Kao Kim Hourn": V, "Saleumxay Kommasith": H}, "Vientiane", PUBLISHED),
        ],
    ),
    "'the Mauritanian Minister of Foreign Affairs, X ... The Mauritanian minister': that state's": (
        "ALGIERS - Foreign Minister Karim Saleh received the Mauritanian Minister of Foreign Affairs, Ali"
        " Sidi, in Algiers on Monday. The Mauritanian minister was subsequently received by the President of"
        " the Republic, Omar Bakri.",
        [
            Expected({"Karim Saleh": H, "Ali Sidi": V}, "Algiers", MONDAY),
            Expected({"Omar Bakri": H, "Ali Sidi": V}, "Algiers", MONDAY),
        ],
    ),
    "'the foreign ministers of Thailand, Cambodia and the Lao PDR': an official country name": (
        "The foreign ministers of Thailand, Cambodia and the Lao PDR held a trilateral breakfast meeting in"
        " Luang Prabang on Monday.",
        [Expected({"Thailand": P, "Cambodia": P, "Laos": P}, "Luang Prabang", MONDAY)],
    ),
    "'The two met ...' after a visit to a country told in between: the pair is two persons": (
        "Prime Minister Raj Mehta spoke by phone with businessman Tom Hale on Monday, days before Vice"
        " President Ana Vera's visit to India. The two met at Blair House in Washington in February.",
        [
            Expected({"Raj Mehta": P, "Tom Hale": P}, None, MONDAY, meeting_type="call"),
            Expected({"Raj Mehta": P, "Tom Hale": P}, "Washington", dt.date(2024, 2, 1)),
        ],
    ),
    "'Prime Minister Theresa May held talks': a surname spelt like a modal is the subject, here and bare": (
        "British Prime Minister Theresa May held talks with Chancellor Angela Merkel in Berlin on Monday."
        " May travels to Paris on Friday to meet French President Francois Hollande.",
        [
            Expected({"Theresa May": V, "Angela Merkel": H}, "Berlin", MONDAY, meeting_type="talks"),
            Expected({"Theresa May": V, "Francois Hollande": H}, "Paris", FRIDAY, "planned"),
        ],
    ),
    "'held talks with Y and agreed to meet again in P next week': a further meeting of the same two": (
        "Foreign Minister Ana Vera held talks with Japanese Foreign Minister Kenji Sato on Monday and agreed"
        " to meet again in New York next week.",
        [
            Expected({"Ana Vera": P, "Kenji Sato": P}, None, MONDAY, meeting_type="talks"),
            Expected({"Ana Vera": P, "Kenji Sato": P}, "New York", None, "planned"),
        ],
    ),
    "'They agreed to meet again in P in M': 'they' of the verb the meeting is the goal of": (
        "Foreign Minister Ana Vera held talks with Japanese Foreign Minister Kenji Sato on Monday. They"
        " agreed to meet again in Tokyo in December.",
        [
            Expected({"Ana Vera": P, "Kenji Sato": P}, None, MONDAY, meeting_type="talks"),
            Expected({"Ana Vera": P, "Kenji Sato": P}, "Tokyo", dt.date(2024, 12, 1), "planned"),
        ],
    ),
    "'The two sides will hold another round of talks': another round is no round told": (
        "Foreign Minister Ana Vera held talks with Japanese Foreign Minister Kenji Sato on Monday. The two"
        " sides will hold another round of talks in Tokyo next month.",
        [
            Expected({"Ana Vera": P, "Kenji Sato": P}, None, MONDAY, meeting_type="talks"),
            Expected({"Ana Vera": P, "Kenji Sato": P}, "Tokyo", dt.date(2024, 6, 1), "planned", "talks"),
        ],
    ),
    "'received X, who paid him a courtesy visit at P, C': the visit's dative is its host": (
        "Vice President Kashim Bello on Monday received ECOWAS Commission President Lamin Jobe-Sarr, who paid"
        " him a courtesy visit at the Presidential Villa, Abuja.",
        [Expected({"Kashim Bello": H, "Lamin Jobe-Sarr": V}, "Presidential Villa", MONDAY)],
    ),
    "'The Joint Commission Meeting ... was held in P': a capitalised meeting noun's verb says where": (
        "The previous Joint Commission Meeting between Indonesia and Egypt was held in Jakarta in 2019.",
        [Expected({"Indonesia": H, "Egypt": V}, "Jakarta", dt.date(2019, 1, 1))],
    ),
    "'President Kang Min-seok held talks': the lower-case second syllable of a Korean given name": (
        "President Kang Min-seok held summit talks with Vietnamese President Nguyen Van Quyet in Seoul on"
        " Monday.",
        [Expected({"Kang Min-seok": H, "Nguyen Van Quyet": V}, "Seoul", MONDAY, meeting_type="summit")],
    ),
    "'who is on a visit from D1 to D2' told during the visit: this year's days, not next year's": (
        "Vice Minister Kang Seung-ho, who is on a visit to the United States from May 13 to 16, held talks"
        " with Deputy Secretary of State Tom Hale at the Department of State on Tuesday.",
        [Expected({"Kang Seung-ho": V, "Tom Hale": H}, "Department of State", TUESDAY)],
    ),
    "'The two diplomats last met in P on D': a person noun of no office takes up any two officials": (
        "Secretary of State Tom Hale and Russian Foreign Minister Ivan Petrov held talks in Geneva on Monday."
        " The two diplomats last met in Geneva on April 26.",
        [
            Expected({"Tom Hale": P, "Ivan Petrov": P}, "Geneva", MONDAY, meeting_type="talks"),
            Expected({"Tom Hale": P, "Ivan Petrov": P}, "Geneva", dt.date(2024, 4, 26)),
        ],
    ),
    "'paid a visit to X's home', 'visited X's home': the owner of the home receives the visitor": (
        "Senator Ana Vera paid a visit to Maria Lopez's home in Washington on Monday. Senator Tom Hale"
        " visited Karl Weber's residence in Berlin on Tuesday.",
        [
            Expected({"Ana Vera": V, "Maria Lopez": H}, "Washington", MONDAY, meeting_type="visit"),
            Expected({"Tom Hale": V, "Karl Weber": H}, "Berlin", TUESDAY, meeting_type="visit"),
        ],
    ),
    "'hosted a lunch for X at Parliament', then X's visit to the country: the venue stays": (
        "Prime Minister Tom Hale hosted a working lunch for Fijian Prime Minister Ratu Tora at Parliament on"
        " Monday. Tora is on a four-day visit to New Zealand.",
        [Expected({"Tom Hale": H, "Ratu Tora": V}, "Parliament", MONDAY)],
    ),
    "'took calls from A and B': the subject answers each caller, one call each": (
        "On Monday President-elect Tom Hale took calls from Japanese Prime Minister Kenji Sato and South"
        " Korean President Park Min-ji.",
        [
            Expected({"Tom Hale": P, "Park Min-ji": P}, None, MONDAY, meeting_type="call"),
            Expected({"Tom Hale": P, "Kenji Sato": P}, None, MONDAY, meeting_type="call"),
        ],
    ),
    "'called X early Monday to concede the race': a purpose spoken to X makes the call a conversation": (
        "Senator Maria Lopez called Governor Tom Hale early Monday to concede the race.",
        [Expected({"Maria Lopez": P, "Tom Hale": P}, None, MONDAY, meeting_type="call")],
    ),
    "'sat down with CBS anchor X for an interview': the press at work, no meeting": (
        "Governor Tom Hale sat down with CBS anchor Mark Pelham for an interview on Monday.",
        [],
    ),
    "'met for a formal interview': a job interview of two named parties is a meeting": (
        "President-elect Tom Hale and Governor Ana Vera met on Monday for a formal interview.",
        [Expected({"Tom Hale": P, "Ana Vera": P}, None, MONDAY)],
    ),
    "'flew to P for a summit with Presidents A of X, B of Y and C of Z': the one at home there hosts": (
        "Zimbabwe's President Robert Mugabe flew to Maputo on Monday for a summit with Presidents Joaquim"
        " Chissano of Mozambique, Kenneth Kaunda of Zambia and Ali Hassan Mwinyi of Tanzania.",
        [
            Expected(
                {"Robert Mugabe": V, "Joaquim Chissano": H, "Kenneth Kaunda": P, "Ali Hassan Mwinyi": P},
                "Maputo",
                None,
                meeting_type="summit",
            )
        ],
    ),
    "'met X on D, in what was likely their last meeting': the free relative restates the meeting": (
        "Prime Minister Ivan Petrov met President Tom Hale on Monday in New York, in what was likely their"
        " last meeting.",
        [Expected({"Ivan Petrov": P, "Tom Hale": P}, "New York", MONDAY)],
    ),
    "'met virtually with X': an encounter over a link is a call": (
        "President Ana Vera met virtually with Prime Minister Kenji Sato on Monday.",
        [Expected({"Ana Vera": P, "Kenji Sato": P}, None, MONDAY, meeting_type="call")],
    ),
    "'KANANASKIS, Alberta -' and a trip to Canada: the province vouches for the town, the most specific": (
        "KANANASKIS, Alberta — Prime Minister Raj Mehta, on his first trip to Canada in a decade, held a"
        " bilateral with Prime Minister Tom Hale on Monday.",
        [Expected({"Raj Mehta": V, "Tom Hale": H}, "Kananaskis", MONDAY)],
    ),
    "'ISLAMABAD, 15 May 2024 -': a dateline with the day before the month is no party": (
        "ISLAMABAD, 15 May 2024 - Foreign Minister Ishaq Darmani received Foreign Minister Retno Sari of"
        " Indonesia at the Ministry of Foreign Affairs today.",
        [Expected({"Ishaq Darmani": H, "Retno Sari": V}, "Ministry of Foreign Affairs", PUBLISHED)],
    ),
    "'ABU DHABI, 15th May, 2024 (WAM) --': an ordinal day, a comma before the year": (
        "ABU DHABI, 15th May, 2024 (WAM) -- President Sheikh Hamad bin Rashid today received Polish"
        " President Jan Nowak.",
        [Expected({"Hamad bin Rashid": H, "Jan Nowak": V}, "Abu Dhabi", PUBLISHED)],
    ),
    "'RIYADH, May 28, 2024, SPA --': a dateline with the year and the agency unbracketed": (
        "RIYADH, May 15, 2024, SPA -- Crown Prince Mohammed bin Salman received a phone call today from"
        " Senegalese President Bassirou Diomaye Faye.",
        [
            Expected(
                {"Mohammed bin Salman": P, "Bassirou Diomaye Faye": P}, None, PUBLISHED, meeting_type="call"
            )
        ],
    ),
    "'will meet A and his wife in Indianapolis next Tuesday': the place and time on the last guest": (
        "Donald Trump will meet Indiana Gov. Mike Pence and his wife in Indianapolis next Tuesday, a senior"
        " campaign adviser said.",
        [Expected({"Donald Trump": P, "Mike Pence": P}, "Indianapolis", dt.date(2024, 5, 21), "planned")],
    ),
    "'Venezuelan Energy and Mines Minister X': two portfolios, no body": (
        "Saudi Oil Minister Hisham Nazer will visit Caracas next week for talks with Venezuelan Energy and"
        " Mines Minister Arturo Hernandez Grisanti.",
        [Expected({"Hisham Nazer": V, "Arturo Hernandez Grisanti": H}, "Caracas", None, "planned", "visit")],
    ),
    "'X and Bank of Japan Governor Y met': the bank is Y's office, not a party": (
        "Bundesbank President Karl Otto Poehl and Bank of Japan Governor Satoshi Sumita met in Basle on"
        " Monday.",
        [Expected({"Karl Otto Poehl": P, "Satoshi Sumita": P}, "Basle", MONDAY)],
    ),
    "'The meeting, which was not announced, was also attended by Z': a clause set off adds to it": (
        "U.S. Treasury Secretary Tom Hale and German Finance Minister Karl Weber met in Frankfurt on Monday."
        " The meeting, which was not announced in advance, was also attended by central bank chief Otto"
        " Vogel.",
        [Expected({"Tom Hale": P, "Karl Weber": P, "Otto Vogel": A}, "Frankfurt", MONDAY)],
    ),
    "'a meeting of finance ministers, which X and Y also attended': those attending are its parties": (
        "Brazilian Finance Minister Luiz Carlos Bresser Pereira was in Lima today for a meeting of Latin"
        " American finance ministers, which Argentina's Juan Sourrouille and Mexico's Gustavo Petricioli"
        " also attended.",
        [
            Expected(
                {"Luiz Carlos Bresser Pereira": P, "Juan Sourrouille": P, "Gustavo Petricioli": P},
                "Lima",
                PUBLISHED,
            )
        ],
    ),
    "'He travels to Niamey on Monday to meet X': a journey's present tense announces the meeting": (
        "Ghanaian President John Mahama held talks with Burkina Faso leader Ibrahim Traore on Saturday. He"
        " travels to Niamey on Monday to meet General Abdourahamane Tchiani.",
        [
            Expected({"John Mahama": P, "Ibrahim Traore": P}, None, SATURDAY, meeting_type="talks"),
            Expected(
                {"John Mahama": V, "Abdourahamane Tchiani": H}, "Niamey", dt.date(2024, 5, 20), "planned"
            ),
        ],
    ),
    "'X praised Y. ... the presumptive nominee met Z': a new office describes the subject told before": (
        "Donald Trump praised pastor Dan Ross on Sunday. On Monday, the presumptive Republican nominee met"
        " with Sen. Bob Corker at his campaign office.",
        [Expected({"Donald Trump": P, "Bob Corker": P}, None, MONDAY)],
    ),
    "'X met Mayor Y. ... the senator would meet Z': the untitled one, not the mayor": (
        "Bernie Sanders met Flint Mayor Karen Weaver on Sunday. His campaign manager told reporters the"
        " senator would meet with union president Dennis Williams in Detroit on Friday.",
        [
            Expected({"Bernie Sanders": P, "Karen Weaver": P}, None, SUNDAY),
            Expected({"Bernie Sanders": P, "Dennis Williams": P}, "Detroit", FRIDAY, "planned"),
        ],
    ),
    "'was photographed with Y after the two met': the pair just named": (
        "Senator Tom Reyes was photographed with Governor Dan Ross after the two met on Monday.",
        [Expected({"Tom Reyes": P, "Dan Ross": P}, None, MONDAY)],
    ),
    "'A delegation led by X arrived ... The delegation was received by Y': its leader": (
        "A Chinese trade delegation led by Vice Minister Wang Pinqing arrived here on Monday for talks. The"
        " delegation was received on Tuesday by Trade Minister John Dawkins.",
        [Expected({"Wang Pinqing": V, "John Dawkins": H}, None, TUESDAY)],
    ),
    "'had a telephone conversation with X. The two leaders last met at the CIS summit': two encounters": (
        "Kazakh President Arman Seitov had a telephone conversation with Uzbek President Timur Karimov. The"
        " two leaders last met at the CIS summit in Tashkent in December.",
        [
            Expected({"Arman Seitov": P, "Timur Karimov": P}, None, None, meeting_type="call"),
            Expected({"Arman Seitov": P, "Timur Karimov": P, "CIS": P}, "Tashkent", dt.date(2023, 12, 1)),
        ],
    ),
    "'spoke with Y by telephone on her talks in the Kremlin': talks spoken of lend the call no place": (
        "British Prime Minister Ana Vera returned to London on Monday. She also spoke with President Tom Hale"
        " by telephone on Tuesday on her talks in the Kremlin.",
        [Expected({"Ana Vera": P, "Tom Hale": P}, None, TUESDAY, meeting_type="call")],
    ),
    "'met with A at his golf club in Bedminster, and with B': a second with-phrase is a second meeting": (
        "President-elect Tom Hale met over the weekend with former Governor Dan Ross at his golf club in"
        " Bedminster, and with retired General Karl Weber.",
        [
            Expected({"Tom Hale": P, "Dan Ross": P}, "Bedminster", None),
            Expected({"Tom Hale": P, "Karl Weber": P}, None, None),
        ],
    ),
    "'X's meeting with Y in Accra last month': the time hung on the counterpart's name": (
        "The visit follows Ghanaian President John Mahama's meeting with ECOWAS Commission President Omar"
        " Alieu Touray in Accra last month.",
        [Expected({"John Mahama": P, "Omar Alieu Touray": P}, "Accra", dt.date(2024, 4, 1))],
    ),
    "'may travel to Washington next week to meet X': the journey's modal makes the meeting speculative": (
        "Trade Minister Kim Min-su may travel to Washington next week to meet U.S. Commerce Secretary Tom"
        " Hale.",
        [],
    ),
    "'held a telephone talk with X': a call, in the singular": (
        "Prime Minister Kenji Sato held a telephone talk with Australian Prime Minister Tom Hale on Monday.",
        [Expected({"Kenji Sato": P, "Tom Hale": P}, None, MONDAY, meeting_type="call")],
    ),
    "'A and B joined the meeting in the Oval Office': attendees of the meeting told, not a meeting": (
        "Donald Trump welcomed Mark Rutte to the White House today. Vice President JD Vance and Secretary of"
        " State Marco Rubio joined the meeting in the Oval Office.",
        [
            Expected(
                {"Donald Trump": H, "Mark Rutte": V, "JD Vance": A, "Marco Rubio": A},
                "White House",
                PUBLISHED,
            )
        ],
    ),
    "'Also attending the meeting were A and B': attendees only": (
        "Benjamin Netanyahu met with Amos Hochstein in Jerusalem this afternoon. Also attending the meeting"
        " were Minister Ron Dermer and National Security Advisor Tzachi Hanegbi.",
        [
            Expected(
                {"Benjamin Netanyahu": P, "Amos Hochstein": P, "Ron Dermer": A, "Tzachi Hanegbi": A},
                "Jerusalem",
                PUBLISHED,
            )
        ],
    ),
    "'will meet with the Prime Minister of the Netherlands, X,': the description names X, not the subject": (
        "Secretary General Jens Stoltenberg met Viktor Orban on Wednesday. Stoltenberg will meet with the"
        " Prime Minister of the Netherlands, Mark Rutte, in The Hague on Friday.",
        [
            Expected({"Jens Stoltenberg": P, "Viktor Orban": P}, None, PUBLISHED),
            Expected({"Jens Stoltenberg": P, "Mark Rutte": P}, "The Hague", FRIDAY, "planned"),
        ],
    ),
    "'President of France X and Prime Minister of the United Kingdom Y': both offices' holders": (
        "On Tuesday, Volodymyr Zelensky met with President of France Emmanuel Macron and Prime Minister of"
        " the United Kingdom Keir Starmer.",
        [Expected({"Volodymyr Zelensky": P, "Emmanuel Macron": P, "Keir Starmer": P}, None, TUESDAY)],
    ),
    "'on the sidelines of the Munich Security Conference': an event named after its city": (
        "SEOUL — Foreign Minister Kim Min-su met Japanese Foreign Minister Kenji Sato on the sidelines of the"
        " Munich Security Conference on Saturday.",
        [Expected({"Kim Min-su": P, "Kenji Sato": P}, "Munich", SATURDAY)],
    ),
    "'received X at Mar-a-Lago': a listed landmark cut at its hyphens": (
        "Donald Trump received Italian Prime Minister Giorgia Meloni at Mar-a-Lago on Saturday.",
        [Expected({"Donald Trump": H, "Giorgia Meloni": V}, "Mar-a-Lago", SATURDAY)],
    ),
    "'received the US senior adviser for Africa, X,': an adviser is a party": (
        "Kenyan President Tom Kamau received the US senior adviser for Africa, Massad Boulos, in Nairobi on"
        " Thursday.",
        [Expected({"Tom Kamau": H, "Massad Boulos": V}, "Nairobi", dt.date(2024, 5, 9))],
    ),
    "'called on X on Monday to discuss the budget': a dated call on a person, with a purpose of talking": (
        "Infosys chairman Nandan Nilekani called on Finance Minister Nirmala Sitharaman in New Delhi on"
        " Monday to discuss the budget.",
        [
            Expected(
                {"Nandan Nilekani": V, "Nirmala Sitharaman": H}, "New Delhi", MONDAY, meeting_type="visit"
            )
        ],
    ),
    "'called on X on Monday to resign': still a demand": (
        "Opposition leaders called on President Tom Hale on Monday to resign.",
        [],
    ),
    "'met X on May 2. Three days later he held talks with Y': a count of days from the day named": (
        "Hungarian Prime Minister Janos Kovacs met Ukrainian President Petro Kovalenko in Kyiv on May 2."
        " Three days later he held talks with Russian President Ivan Petrov in Moscow.",
        [
            Expected({"Janos Kovacs": V, "Petro Kovalenko": H}, "Kyiv", dt.date(2024, 5, 2)),
            Expected(
                {"Janos Kovacs": V, "Ivan Petrov": H}, "Moscow", dt.date(2024, 5, 5), meeting_type="talks"
            ),
        ],
    ),
    "'three days later' with no day named before: no date": (
        "Three days later Hungarian Prime Minister Janos Kovacs held talks with Russian President Ivan"
        " Petrov.",
        [Expected({"Janos Kovacs": P, "Ivan Petrov": P}, None, None, meeting_type="talks")],
    ),
    "'The two Prime Ministers last met in X': a capitalised plural office stands for the pair": (
        "Prime Minister Raj Mehta held talks with Prime Minister Pravind Kumar Jugnauth on Monday. The two"
        " Prime Ministers last met in Port Louis in August 2023.",
        [
            Expected({"Raj Mehta": P, "Pravind Kumar Jugnauth": P}, None, MONDAY, meeting_type="talks"),
            Expected({"Raj Mehta": P, "Pravind Kumar Jugnauth": P}, "Port Louis", dt.date(2023, 8, 1)),
        ],
    ),
    "'UN Secretary-General X met Y. ... the Secretary-General met Z': the hyphenated office whole": (
        "UN Secretary-General Antonio Guterres met Prabowo Subianto on Monday. Earlier this week, the"
        " Secretary-General met with the Foreign Minister of Indonesia, Sugiono, in Geneva.",
        [
            Expected({"Antonio Guterres": P, "Prabowo Subianto": P}, None, MONDAY),
            Expected({"Antonio Guterres": P, "Sugiono": P}, "Geneva", None),
        ],
    ),
    "'X said on Monday he had been received by Y last Friday': Monday is the saying's": (
        "Mayor-elect Dan Ross said on Monday he had been received by President Tom Hale in the Oval Office"
        " last Friday.",
        [Expected({"Tom Hale": H, "Dan Ross": V}, "Oval Office", LAST_FRIDAY)],
    ),
    "'sat down with Y at the latter's home': the one named last hosts": (
        "Javier Milei sat down with former president Mauricio Macri at the latter's home on Thursday.",
        [Expected({"Javier Milei": V, "Mauricio Macri": H}, None, dt.date(2024, 5, 9))],
    ),
    "'met Y at the prime minister's residence': an office's home names no host among the parties": (
        "Boris Johnson met Michael Gove at the prime minister's residence.",
        [Expected({"Boris Johnson": P, "Michael Gove": P})],
    ),
    "'will continue to Beirut on Tuesday for talks with X': the journey goes on": (
        "Envoy Amos Hochstein will continue to Beirut on Tuesday for talks with Lebanese parliament speaker"
        " Nabih Berri.",
        [
            Expected(
                {"Amos Hochstein": V, "Nabih Berri": H}, "Beirut", dt.date(2024, 5, 21), "planned", "talks"
            )
        ],
    ),
    "'the CSTO summit, which will also be attended by Y and Z': the summit's parties'": (
        "Russian President Ivan Petrov held talks with Kazakh President Arman Seitov in Astana on Wednesday."
        " On Thursday, Petrov will take part in the CSTO summit, which will also be attended by Belarusian"
        " President Oleg Sidorov and Tajik President Emomali Rahmon.",
        # (the visitor's stay in Astana places his next day's summit too)
        [
            Expected({"Ivan Petrov": V, "Arman Seitov": H}, "Astana", PUBLISHED, meeting_type="talks"),
            Expected(
                {"Ivan Petrov": P, "Oleg Sidorov": P, "Emomali Rahmon": P},
                "Astana",
                dt.date(2024, 5, 16),
                "planned",
                "summit",
            ),
        ],
    ),
    "'X also met Y. The 12th meeting of the committee was held in Beijing in 2024': one of a series": (
        "Chinese Vice Premier Wei Lin also met with President Arman Seitov. The 12th meeting of the committee"
        " was held in Beijing in 2024.",
        [Expected({"Wei Lin": P, "Arman Seitov": P}, None, None)],
    ),
    "'X spoke today with Y. In the call, they discussed Gaza': the conversation was a call": (
        "Secretary of State Tom Hale spoke today with Saudi Foreign Minister Faisal Saud. In the call, they"
        " discussed Gaza.",
        [Expected({"Tom Hale": P, "Faisal Saud": P}, None, PUBLISHED, meeting_type="call")],
    ),
    "'the National Religious Liberties Conference, which was attended by X': an event's name, no meeting": (
        "In November 2015, he was the chief organizer behind the National Religious Liberties Conference,"
        " which was attended by Senator Tom Reyes.",
        [],
    ),
    "'briefed Z on his summit with Y in Washington on Feb. 7': a meeting talked about is still one": (
        "Prime Minister Kenji Sato briefed Kim Min-su on his summit with U.S. President Tom Hale in"
        " Washington on Monday.",
        [Expected({"Kenji Sato": P, "Tom Hale": P}, "Washington", MONDAY, meeting_type="summit")],
    ),
    "'discussed the outcomes of the G20 Leaders' Summit': a summit talked of is not the speakers' meeting": (
        "Secretary of State Tom Hale met today with External Affairs Minister Raj Mehta in Washington. The"
        " two discussed the outcomes of the G20 Leaders' Summit in New Delhi.",
        [Expected({"Tom Hale": H, "Raj Mehta": V}, "Washington", PUBLISHED)],
    ),
    "'in talks held over the phone': the participle's channel makes the talks a call": (
        "Prime Minister Kenji Sato and Indonesian President Budi Santoso discussed maritime cooperation on"
        " Monday in talks held over the phone.",
        [Expected({"Kenji Sato": P, "Budi Santoso": P}, None, MONDAY, meeting_type="call")],
    ),
    "'on the margins of the Berlin Process summit': a city naming a series does not place the meeting": (
        "Albanian Prime Minister Edi Rama and Kosovo Prime Minister Albin Kurti held a meeting on Monday on"
        " the margins of the Berlin Process summit.",
        [Expected({"Edi Rama": P, "Albin Kurti": P}, None, MONDAY)],
    ),
    "'toured the port with X': two parties seeing a site together": (
        "Chinese President Wei Lin toured the port with Peruvian President Ana Vera on Monday.",
        [Expected({"Wei Lin": P, "Ana Vera": P}, None, MONDAY)],
    ),
    # --- round 17 -----------------------------------------------------------------------------------------
    "'the senators met X': a definite plural office stands for the holders named earlier in the article": (
        "Sen. Dan Ross told reporters sanctions were coming. Sen. Tom Reyes agreed."
        " The senators met with Commerce Secretary Ana Moreira on Tuesday.",
        [Expected({"Dan Ross": P, "Tom Reyes": P, "Ana Moreira": P}, None, TUESDAY)],
    ),
    "'summoned the ambassador': the envoy is received at the summoner's ministry": (
        "Trade Secretary Dan Ross summoned Japanese Ambassador Kenji Sato on Monday to protest.",
        [Expected({"Dan Ross": H, "Kenji Sato": V}, None, MONDAY)],
    ),
    "'called in the ambassador': as summoned": (
        "Foreign Minister Ana Moreira called in U.S. Ambassador Tom Reyes on Monday.",
        [Expected({"Ana Moreira": H, "Tom Reyes": V}, None, MONDAY)],
    ),
    "'called in the army': no party, no meeting": (
        "Foreign Minister Ana Moreira called in the army on Monday.",
        [],
    ),
    "a nationality's delegation as the subject of talks is its country": (
        "The Nigerian delegation and the London Club steering committee held talks on Monday.",
        [Expected({"Nigeria": P, "London Club": P}, None, MONDAY, meeting_type="talks")],
    ),
    "nationalities' delegates as the subject of 'met'": (
        "Cuban and Brazilian delegates met EC representatives on Tuesday.",
        [Expected({"Cuba": P, "Brazil": P, "EC": P}, None, TUESDAY)],
    ),
    "'Nigerian officials held a news conference': no dealing, no party": (
        "Nigerian officials held a news conference with reporters on Monday.",
        [],
    ),
    "'last night' is the day before the report": (
        "King Fahd telephoned Venezuelan President Jaime Lusinchi last night to discuss the oil market.",
        [Expected({"King Fahd": P, "Jaime Lusinchi": P}, None, TUESDAY, meeting_type="call")],
    ),
    "'arrived last night from a meeting with Y': the arrival's time is not the meeting's": (
        "Ambassador Tom Reyes, who arrived last night from a meeting with Premier Ana Moreira, spoke on"
        " Monday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, None)],
    ),
    "'held separate talks with A and with B': one meeting per counterpart": (
        "Defence Minister Dong Lin held separate talks with Russia's Ivan Petrov and with Kazakhstan's Aidar"
        " Nurlanov in Qingdao on Tuesday.",
        [
            Expected({"Dong Lin": P, "Ivan Petrov": P}, "Qingdao", TUESDAY, meeting_type="talks"),
            Expected({"Dong Lin": P, "Aidar Nurlanov": P}, "Qingdao", TUESDAY, meeting_type="talks"),
        ],
    ),
    "'held talks with A and B' without 'separate': one meeting": (
        "Defence Minister Dong Lin held talks with Russian Defence Minister Ivan Petrov and Kazakh Defence"
        " Minister Aidar Nurlanov on Tuesday.",
        [Expected({"Dong Lin": P, "Ivan Petrov": P, "Aidar Nurlanov": P}, None, TUESDAY)],
    ),
    "'during his visit, X held separate meetings with A and B': one visit meeting per host": (
        "During his visit to Amman, General Tariq Hameed held separate meetings with Defence Minister Khaled"
        " Masaeid and Prime Minister Jafar Hassan on Monday.",
        [
            Expected({"Tariq Hameed": V, "Khaled Masaeid": H}, "Amman", MONDAY),
            Expected({"Tariq Hameed": V, "Jafar Hassan": H}, "Amman", MONDAY),
        ],
    ),
    "'Ulaanbaatar /MONTSAME/.': an agency between slashes ends a dateline": (
        "Ulaanbaatar /MONTSAME/. Defense Minister Gansukh Bat-Erdene received US Ambassador Tom Reyes on"
        " Monday.",
        [Expected({"Gansukh Bat-Erdene": H, "Tom Reyes": V}, "Ulaanbaatar", MONDAY)],
    ),
    "'BRUSSELS - During his visit to Belgium, X met Y': the dateline's city, not the visited country": (
        "BRUSSELS, May 15 - During his official visit to Belgium, Deputy Foreign Minister Arman Issetov held"
        " a meeting with EEAS Deputy Secretary General Helga Lindqvist on Monday.",
        [Expected({"Arman Issetov": V, "Helga Lindqvist": H}, "Brussels", MONDAY)],
    ),
    "a meeting to come in the visited country keeps the country, not the dateline's city": (
        "JERUSALEM, May 15 - Prime Minister Avi Levin will meet Senator Tom Reyes when he arrives in Israel"
        " later this month, officials said.",
        [Expected({"Avi Levin": H, "Tom Reyes": V}, "Israel", None, "planned")],
    ),
    "'The Russian official also held talks with Y': the one compatriot the sentence before names": (
        "Iranian Defence Minister Ali Karimi met Russian Deputy Defence Minister Ivan Petrov in Tehran on"
        " Monday. The Russian official also held talks with General Reza Ahmadi on Tuesday.",
        [
            Expected({"Ali Karimi": H, "Ivan Petrov": V}, "Tehran", MONDAY),
            Expected({"Reza Ahmadi": H, "Ivan Petrov": V}, "Tehran", TUESDAY, meeting_type="talks"),
        ],
    ),
    "'Later, the delegation called on Y': the subject noun the parser made the root": (
        "Army Chief General Karim Rahman received a Chinese delegation led by Lieutenant General Xu Lin"
        " today. Later, the delegation called on Prime Minister Anwar Islam.",
        [
            Expected({"Karim Rahman": H, "Xu Lin": V}, None, PUBLISHED),
            Expected({"Xu Lin": V, "Anwar Islam": H}, None, PUBLISHED),
        ],
    ),
    "'said she was meeting Y later this week': a past progressive with a time to come is planned": (
        "Secretary of State Ana Moreira said she was meeting Ambassador Tom Reyes later this week.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, None, None, "planned")],
    ),
    "'was meeting Y on Monday': a past progressive with a past day has happened": (
        "Secretary of State Ana Moreira was meeting Ambassador Tom Reyes on Monday.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, None, MONDAY)],
    ),
    "'A and B also attended.': attendees of the meeting just told, its noun left unsaid": (
        "Senator Ana Moreira and Senator Tom Reyes met on Tuesday at a hotel in Washington. Jeff Weaver and"
        " John Podesta also attended.",
        [
            Expected(
                {"Ana Moreira": P, "Tom Reyes": P, "Jeff Weaver": A, "John Podesta": A}, "Washington", TUESDAY
            )
        ],
    ),
    "'The meeting, which also included Z, lasted 45 minutes': Z attended": (
        "Governor Dan Ross met with Speaker Paul Hale on Tuesday. The meeting, which also included Reince"
        " Priebus, lasted 45 minutes.",
        [Expected({"Dan Ross": P, "Paul Hale": P, "Reince Priebus": A}, None, TUESDAY)],
    ),
    "'Also present were A and B.' (the parser hangs 'also' on 'present')": (
        "President Nurlan Abenov received Secretary General Bakhtiyar Ormonov on Monday. Also present were"
        " Security Council Secretary Yerzhan Bekmukhanov and Defense Minister Daniyar Serikbayev.",
        [
            Expected(
                {
                    "Nurlan Abenov": H,
                    "Bakhtiyar Ormonov": V,
                    "Yerzhan Bekmukhanov": A,
                    "Daniyar Serikbayev": A,
                },
                None,
                MONDAY,
            )
        ],
    ),
    "'ahead of next week's OPEC conference': a named event as a time reference, not the subject's": (
        "King Fahd telephoned Venezuelan President Jaime Lusinchi on Monday ahead of next week's OPEC"
        " conference in Vienna.",
        [Expected({"King Fahd": P, "Jaime Lusinchi": P}, None, MONDAY, meeting_type="call")],
    ),
    "'at their Luxembourg meeting': the place's name is no party": (
        "EC foreign ministers will discuss the issue at their Luxembourg meeting on June 15, Commissioner"
        " Willy De Clercq said.",
        [],
    ),
    "'X, Chief of the Naval Staff (CNS), ... the CNS called on Y': a defined office acronym is its holder": (
        "Admiral Vikram Sahni, Chief of the Naval Staff (CNS), is visiting France. On Monday, the CNS called"
        " on General Antoine Lefevre in Paris.",
        [Expected({"Vikram Sahni": V, "Antoine Lefevre": H}, "Paris", MONDAY)],
    ),
    "'Chief of Army Staff (COAS) General X ... The COAS later called on Y': the acronym before the name": (
        "Chief of Army Staff (COAS) General Asim Karim met Chinese Defence Minister Dong Lin on Monday. The"
        " COAS later called on Premier Li Wen.",
        [
            Expected({"Asim Karim": P, "Dong Lin": P}, None, MONDAY),
            Expected({"Asim Karim": V, "Li Wen": H}, None, MONDAY),
        ],
    ),
    "'the Shanghai Cooperation Organisation (SCO)': a body's acronym stays the body": (
        "The Shanghai Cooperation Organisation (SCO) opened its summit on Monday. Foreign Minister Ana"
        " Moreira met SCO Secretary General Tom Reyes on Monday.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, None, MONDAY)],
    ),
    "'received FDA approval to market X' (misparsed as two objects): no guest, no meeting": (
        "The company said it received Food and Drug Administration approval to market Cefadroxil, a generic"
        " antibiotic.",
        [],
    ),
    "'received FDA approval to market X' after a dateline: the infinitive's object is no guest either": (
        "RAMSEY, N.J., May 15 - The company also said it received Food and Drug Administration approval to"
        " market Cefadroxil, a generic version of an antibiotic.",
        [],
    ),
    "'flew to New York for a strategy session with X at Trump Tower': a session with a counterpart": (
        "Governor Dan Ross flew to New York on Sunday for a strategy session with Senator Tom Reyes at Harbor"
        " Tower.",
        [Expected({"Tom Reyes": H, "Dan Ross": V}, "Harbor Tower", None)],
    ),
    "'The Senate held a session': no counterpart, no meeting": ("The Senate held a session on Monday.", []),
    "'is due to travel to Cairo to sign a partnership with X'": (
        "Commission President Annika Berg is due to travel to Cairo on Sunday to sign a partnership with"
        " President Hassan Mahrous.",
        [Expected({"Annika Berg": V, "Hassan Mahrous": H}, "Cairo", dt.date(2024, 5, 19), "planned")],
    ),
    "'Russia's foreign minister A and US Secretary of State B met': the names beside the description": (
        "Russia's foreign minister Sergei Lavrin and US Secretary of State Daniel Harlow met on Tuesday.",
        [Expected({"Sergei Lavrin": P, "Daniel Harlow": P}, None, TUESDAY)],
    ),
    "'met with hundreds of leaders, including A and B': the named ones of a crowd are met": (
        "Governor Dan Ross met on Tuesday with hundreds of evangelical leaders, including Franklin Graham and"
        " Ralph Reed.",
        [Expected({"Dan Ross": P, "Franklin Graham": P, "Ralph Reed": P}, None, TUESDAY)],
    ),
    "'met with a group of executives at X, including A and B'": (
        "Governor Dan Ross met on Tuesday with a group of technology executives at Harbor Tower, including"
        " Timothy Cook and Jeff Bezos.",
        [Expected({"Dan Ross": P, "Timothy Cook": P, "Jeff Bezos": P}, "Harbor Tower", TUESDAY)],
    ),
    "'greeted by thousands of supporters': a crowd is no party": (
        "President Tom Hale was greeted by thousands of supporters in Lagos on Monday.",
        [],
    ),
    "'exchanged views in a phone call': a conversation phrase with a phone word is a call": (
        "Iranian Foreign Minister Abbas Kazemi and his Saudi counterpart Faisal Al Rashid exchanged views in"
        " a phone call on Monday.",
        [Expected({"Abbas Kazemi": P, "Faisal Al Rashid": P}, None, MONDAY, meeting_type="call")],
    ),
    "'held a phone call with Y. The two ministers exchanged views': the call told again": (
        "Iranian Foreign Minister Abbas Kazemi held a phone call with Saudi Foreign Minister Faisal Al Rashid"
        " on Monday. The two ministers exchanged views on regional issues.",
        [Expected({"Faisal Al Rashid": P, "Abbas Kazemi": P}, None, MONDAY, meeting_type="call")],
    ),
    "'during the lame-duck session of Congress': a body's sitting, not a session with anyone": (
        "Activists fear Senator Dan Ross and Democratic leaders will make a deal with Republican leaders"
        " during the lame-duck session of Congress.",
        [],
    ),
    "'the Omani Minister Responsible for Defence Affairs X': the remit is part of the title": (
        "Iranian army chief Reza Karimi and the Omani Minister Responsible for Defence Affairs Hamad Al"
        " Harthy conferred in Muscat on Monday.",
        [Expected({"Reza Karimi": V, "Hamad Al Harthy": H}, "Muscat", MONDAY)],
    ),
    "'Ambassador Extraordinary and Plenipotentiary of the United States X': the grade is no person": (
        "Defense Minister Gansukh Bat-Erdene received Ambassador Extraordinary and Plenipotentiary of the"
        " United States Richard Holloway on Monday.",
        [Expected({"Gansukh Bat-Erdene": H, "Richard Holloway": V}, None, MONDAY)],
    ),
    "'the Defence Attaché of the Republic of Korea Colonel X': the office the model ran on is no body": (
        "Deputy Defence Minister Nguyen Duc Hanh received the Defence Attaché of the Republic of Korea"
        " Colonel Kim Sung-min in Hanoi on Monday.",
        [Expected({"Nguyen Duc Hanh": H, "Kim Sung-min": V}, "Hanoi", MONDAY)],
    ),
    "'led a delegation of lawmakers to Kiev, meeting on Saturday with X': the leader travelled": (
        "Representative Kevin Hale led a delegation of lawmakers to Kiev over the weekend, meeting on"
        " Saturday with President Petro Kovalenko.",
        [Expected({"Kevin Hale": V, "Petro Kovalenko": H}, "Kiev", SATURDAY)],
    ),
    "'led the party to victory, meeting X': no destination, no journey": (
        "Senator Ana Moreira led the party to victory on Monday, meeting with President Tom Hale afterwards.",
        [Expected({"Ana Moreira": P, "Tom Hale": P}, None, None)],
    ),
    "'received Ambassador Extraordinary and Plenipotentiary of the USA to Mongolia Mr X': its holder": (
        "Minister of Defense of Mongolia Gansukh Bat-Erdene received Ambassador Extraordinary and"
        " Plenipotentiary of the United States of America to Mongolia Mr Richard Holloway on Monday.",
        [Expected({"Gansukh Bat-Erdene": H, "Richard Holloway": V}, None, MONDAY)],
    ),
    "'Finance ministers of six nations met in P. A, B and C attended.': the roll call names them": (
        "Finance ministers of six nations met in the Louvre on Sunday. U.S. Treasury Secretary James Baker,"
        " Japan's Kiichi Miyazawa and Britain's Nigel Lawson attended.",
        [Expected({"James Baker": P, "Kiichi Miyazawa": P, "Nigel Lawson": P}, "Louvre", SUNDAY)],
    ),
    "'hosted the top four congressional leaders. A, B, C and D attended the session.'": (
        "President Tom Hale hosted the top four congressional leaders at the White House on Monday. Speaker"
        " Paul Ryan, Senator Mitch McConnell, Representative Nancy Pelosi and Senator Harry Reid attended the"
        " session.",
        [
            Expected(
                {"Tom Hale": H, "Paul Ryan": V, "Mitch McConnell": V, "Nancy Pelosi": V, "Harry Reid": V},
                "White House",
                MONDAY,
            )
        ],
    ),
    "'hosted the congressional leaders' with no roll call after: no one named, no meeting": (
        "President Tom Hale hosted the top four congressional leaders at the White House on Monday.",
        [],
    ),
    "'held a separate meeting with A and B': one meeting, apart from another": (
        "Foreign Minister Dmytro Vashchuk held a separate meeting with Secretary Daniel Harlow and Foreign"
        " Minister Kemal Aydin on Monday.",
        [Expected({"Dmytro Vashchuk": P, "Daniel Harlow": P, "Kemal Aydin": P}, None, MONDAY)],
    ),
    "'hosted X for lunch at the State Department': a department met at is the venue": (
        "Vice President Tom Hale will host Prime Minister Ana Moreira for lunch at the State Department on"
        " Friday.",
        [Expected({"Tom Hale": H, "Ana Moreira": V}, "State Department", FRIDAY, "planned")],
    ),
    "'held talks with X at the Ministry of Foreign Affairs': the ministry's building": (
        "Foreign Minister Wei Lin held talks with Foreign Minister Ana Moreira at the Ministry of Foreign"
        " Affairs on Monday.",
        [
            Expected(
                {"Wei Lin": P, "Ana Moreira": P}, "Ministry of Foreign Affairs", MONDAY, meeting_type="talks"
            )
        ],
    ),
    "'dined with X at <Name>, a French restaurant in <city>': the named venue": (
        "Governor Tom Hale dined with Senator Paul Reyes on Monday at Chez Moreau, a French restaurant in"
        " Manhattan.",
        [Expected({"Tom Hale": P, "Paul Reyes": P}, "Chez Moreau", MONDAY)],
    ),
    "'met X at the <Name> hotel': the hotel's name": (
        "President Ana Moreira met Prime Minister Kenji Sato at the Grand Meridian hotel on Monday.",
        [Expected({"Ana Moreira": P, "Kenji Sato": P}, "Grand Meridian", MONDAY)],
    ),
    "'held talks with the Foreign Ministry': a body met with is a party, not a venue": (
        "Senator Tom Reyes held talks with the Foreign Ministry on Monday.",
        [Expected({"Tom Reyes": P, "Foreign Ministry": P}, None, MONDAY, meeting_type="talks")],
    ),
    "'Visiting X is to hold talks with Y' read as a clausal subject: X visits Y": (
        "Visiting Malaysian Prime Minister Anwar Hashim is to hold talks with President Kim Jae-won on"
        " Friday.",
        [Expected({"Anwar Hashim": V, "Kim Jae-won": H}, None, FRIDAY, "planned", "talks")],
    ),
    "'X told visiting Y today that ...': the telling is the encounter, and its day the meeting's": (
        "Chinese leader Wei Lin told visiting Danish Prime Minister Lars Holm today that reforms would"
        " continue.",
        [Expected({"Wei Lin": H, "Lars Holm": V}, None, PUBLISHED)],
    ),
    "'first met at the Venice economic summit': the city naming the summit is its place": (
        "Treasury Secretary Tom Hale and Finance Minister Kenji Sato first met at the Venice economic summit"
        " in June 2023.",
        [Expected({"Tom Hale": P, "Kenji Sato": P}, "Venice", dt.date(2023, 6, 1), meeting_type="summit")],
    ),
    "'the Deputy Prime Minister and Minister for Defence of Australia, X': two offices, one holder": (
        "Indian Defence Minister Ravi Kumar held a bilateral meeting with the Deputy Prime Minister and"
        " Minister for Defence of Australia, Tom Hale, in Vientiane on Monday.",
        [Expected({"Ravi Kumar": P, "Tom Hale": P}, "Vientiane", MONDAY)],
    ),
    "'called on the President of the Republic of Ghana, H.E. X': the name after the honorific": (
        "Foreign Minister Tom Hale paid a courtesy call on the President of the Republic of Ghana, H.E. Kofi"
        " Mensah, in Accra on Monday.",
        [Expected({"Tom Hale": V, "Kofi Mensah": H}, "Accra", MONDAY, meeting_type="visit")],
    ),
    "'met with the Ambassador of Spain to the Kingdom, X': the name after the place of posting": (
        "Prince Faisal met in Riyadh on Monday with the Ambassador of the Kingdom of Spain to the Kingdom,"
        " Jorge Hevia Sierra.",
        [Expected({"Prince Faisal": P, "Jorge Hevia Sierra": P}, "Riyadh", MONDAY)],
    ),
    "'A and B have each met with C': each subject meets the counterpart on their own": (
        "Senator Tom Reyes and Governor Paul Hale have each met privately with Speaker Ana Moreira.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}), Expected({"Paul Hale": P, "Ana Moreira": P})],
    ),
    "'is to meet with both candidates, A and B, in separate sessions': one meeting per candidate": (
        "Prime Minister Kenji Sato is scheduled to meet on Friday with both candidates, Ana Moreira and Tom"
        " Reyes, in separate sessions.",
        [
            Expected({"Kenji Sato": P, "Ana Moreira": P}, None, FRIDAY, "planned"),
            Expected({"Kenji Sato": P, "Tom Reyes": P}, None, FRIDAY, "planned"),
        ],
    ),
    "'met X at the prime minister's residence': the office's one holder among the parties hosts": (
        "Prime Minister Ana Moreira met Senator Tom Reyes at the prime minister's residence on Monday.",
        [Expected({"Ana Moreira": H, "Tom Reyes": V}, None, MONDAY)],
    ),
    "'will meet on the debate stage', 'meet for their first debate': rivals in a contest, no meeting": (
        "Senator Tom Reyes and Governor Ana Moreira will meet on the debate stage on Friday. A day later,"
        " Reyes and Moreira meet for their second debate.",
        [],
    ),
    "'Asked whether she would meet X': an open question, no meeting": (
        "Asked whether she would meet Senator Tom Reyes after the election, Governor Ana Moreira said she had"
        " not thought about it.",
        [],
    ),
    "'made his first trip to Capitol Hill, sitting down with X': the landmark is a place, not a host": (
        "Judge Tom Hale made his first trip to Capitol Hill on Monday, sitting down with Senator Ana"
        " Moreira.",
        [Expected({"Tom Hale": V, "Ana Moreira": H}, "Capitol Hill", MONDAY)],
    ),
    "'A and B last saw each other in P on D': a reciprocal sight of two office holders is a meeting": (
        "President Tom Hale and President Ana Moreira last saw each other in Paris on June 7, 2023.",
        [Expected({"Tom Hale": P, "Ana Moreira": P}, "Paris", dt.date(2023, 6, 7))],
    ),
    "'took place on the Indonesian island of Bali': a place noun's of-phrase places the meeting": (
        "The previous meeting between President Tom Hale and President Wei Lin took place on the Indonesian"
        " island of Bali in November 2023.",
        [Expected({"Tom Hale": P, "Wei Lin": P}, "Bali", dt.date(2023, 11, 1))],
    ),
    "'would receive X at his Mar-a-Lago estate in Florida': the named estate, not the state": (
        "President Tom Hale said he would receive Prime Minister Kenji Sato at his Mar-a-Lago estate in"
        " Florida on Friday.",
        [Expected({"Tom Hale": H, "Kenji Sato": V}, "Mar-a-Lago", FRIDAY, "planned")],
    ),
    "'met X in P on D to discuss ...': the day hung on the object is the meeting's": (
        "Prime Minister Ali Hassan met CIA Director Tom Hale in Doha on Monday to discuss a pause in the"
        " fighting, two sources said.",
        [Expected({"Ali Hassan": H, "Tom Hale": V}, "Doha", MONDAY)],
    ),
    "'met China's special envoy, X, at his office in Suva on D': the name set off carries place and day": (
        "Prime Minister Tom Hale met China's special envoy for Pacific affairs, Wei Lin, at his office in"
        " Suva on Monday afternoon.",
        [Expected({"Tom Hale": P, "Wei Lin": P}, "Suva", MONDAY)],
    ),
    "'arrived in P on D and was due to sit down with Y': the arrival's day is not the meeting's": (
        "Brazilian President Ana Moreira arrived in Washington on Monday evening and was due to sit down with"
        " U.S. President Tom Hale in the Oval Office.",
        [Expected({"Ana Moreira": V, "Tom Hale": H}, "Oval Office", None, "planned")],
    ),
    "'During her visit to P, X was received by A and later held talks with B': one meeting per host": (
        "During her visit to Tashkent, Latvian Foreign Minister Ana Moreira was received by President Tom"
        " Hale on Monday and later held talks with Foreign Minister Paul Reyes.",
        [
            Expected({"Ana Moreira": V, "Tom Hale": H}, "Tashkent", MONDAY, meeting_type="visit"),
            Expected({"Ana Moreira": V, "Paul Reyes": H}, "Tashkent", MONDAY, meeting_type="visit"),
        ],
    ),
    "'met in Mr. X's office': colleagues in one's office are not received as visitors": (
        "Senator Tom Reyes and Senator Paul Hale met on Monday in Mr. Reyes's office.",
        [Expected({"Tom Reyes": P, "Paul Hale": P}, None, MONDAY)],
    ),
    "'made a rare visit to P on D, meeting X': the visit the participle goes with places it": (
        "President Tom Hale made a rare visit to Ottawa on Monday, meeting behind closed doors with Prime"
        " Minister Ana Moreira.",
        [Expected({"Tom Hale": V, "Ana Moreira": H}, "Ottawa", MONDAY)],
    ),
    "'flew to P to see X, in separate meetings': the manner phrase is no meeting of its own": (
        "Governor Paul Hale and Senator Tom Reyes met Speaker Ana Moreira on Monday in separate meetings.",
        [
            Expected({"Paul Hale": P, "Ana Moreira": P}, None, MONDAY),
            Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY),
        ],
    ),
    "'X toured a factory on D. He later huddled with Y': later on the day the story last named": (
        "Governor Tom Hale spent Monday morning touring a factory. He later huddled privately with Governor"
        " Paul Reyes.",
        [Expected({"Tom Hale": P, "Paul Reyes": P}, None, MONDAY)],
    ),
    "'Later, X went to P, where he met Y': the later on the clause the meeting sits in": (
        "President Tom Hale met Prime Minister Kenji Sato on Monday. Later, Hale went to Capitol Hill, where"
        " he met with Speaker Ana Moreira.",
        [
            Expected({"Tom Hale": P, "Kenji Sato": P}, None, MONDAY),
            Expected({"Tom Hale": V, "Ana Moreira": H}, "Capitol Hill", MONDAY),
        ],
    ),
    "'hosted A and B, with X looking on': the onlooker is an attendee": (
        "Prime Minister Tom Hale hosted President Ana Moreira in Kuala Lumpur on Monday, with U.S. President"
        " Paul Reyes looking on.",
        [Expected({"Tom Hale": H, "Ana Moreira": V, "Paul Reyes": A}, "Kuala Lumpur", MONDAY)],
    ),
    "'A was also present, as was B': both attend the meeting just told": (
        "President Tom Hale met Prime Minister Kenji Sato on Monday. Senator Ana Moreira was also present, as"
        " was Governor Paul Reyes.",
        [Expected({"Tom Hale": P, "Kenji Sato": P, "Ana Moreira": A, "Paul Reyes": A}, None, MONDAY)],
    ),
    "'The session, which was also attended by X, came ...': the bare noun's relative clause": (
        "President Tom Hale and Speaker Ana Moreira held a meeting on Monday. The session, which was also"
        " attended by Senator Paul Reyes, the party chairman, came a week after a row.",
        [Expected({"Tom Hale": P, "Ana Moreira": P, "Paul Reyes": A}, None, MONDAY)],
    ),
    "'X joined them.' after a meeting: an attendee": (
        "President Tom Hale met Prime Minister Kenji Sato on Monday. Senator Ana Moreira joined them.",
        [Expected({"Tom Hale": P, "Kenji Sato": P, "Ana Moreira": A}, None, MONDAY)],
    ),
    "'A and B were part of the Indian delegation': attendees of the talks just told": (
        "Prime Minister Ravi Kumar held talks with Prime Minister Lee Wong on Monday. Minister Anil Sharma"
        " and Adviser Vikram Rao were part of the Indian delegation.",
        [
            Expected(
                {"Ravi Kumar": P, "Lee Wong": P, "Anil Sharma": A, "Vikram Rao": A},
                None,
                MONDAY,
                meeting_type="talks",
            )
        ],
    ),
    "'a day after he had a private session with X': the with-phrase hung on the light verb": (
        "Governor Tom Hale met with President Ana Moreira on Monday, a day after he had a private session"
        " with Senator Paul Reyes.",
        [
            Expected({"Tom Hale": P, "Ana Moreira": P}, None, MONDAY),
            Expected({"Tom Hale": P, "Paul Reyes": P}, None, dt.date(2024, 5, 12)),
        ],
    ),
    "'Leaders including A, B and C gathered at P': the listed leaders met": (
        "Leaders including China's premier Wei Lin, India's Ravi Kumar and Brazil's Ana Moreira gathered at"
        " the Expo Centre in Johannesburg on Monday.",
        [Expected({"Wei Lin": P, "Ravi Kumar": P, "Ana Moreira": P}, "Expo Centre", MONDAY)],
    ),
    "'A and B were among those attending, officials said' after a meeting of unnamed members": (
        "Finance deputies from six nations met in London on Monday. Treasury Under Secretary Tom Hale and"
        " Vice Finance Minister Kenji Sato were among those attending, officials said.",
        [Expected({"Tom Hale": P, "Kenji Sato": P}, "London", MONDAY)],
    ),
    "'received X on his return on D', 'met X upon his arrival on D': the moment's day is the meeting's": (
        "President Tom Hale, who received Senator Ana Moreira on his return on Monday, urged action. Governor"
        " Paul Reyes met Prime Minister Kenji Sato upon his arrival on Monday.",
        [
            Expected({"Tom Hale": H, "Ana Moreira": V}, None, MONDAY),
            Expected({"Paul Reyes": P, "Kenji Sato": P}, None, MONDAY),
        ],
    ),
    "'a gathering in P in M that involved A and B': a relative clause names its members": (
        "The talks follow a gathering in Warsaw in December that involved Senator Tom Hale and Senator Paul"
        " Reyes.",
        [Expected({"Tom Hale": P, "Paul Reyes": P}, "Warsaw", dt.date(2023, 12, 1))],
    ),
    "'A gathering of 5,000 supporters cheered X': no two named members, no meeting": (
        "A gathering of 5,000 supporters cheered Senator Tom Reyes in Ohio on Monday.",
        [],
    ),
    "'X briefed the media after the Modi-Xi meeting': named by its two sides, the speaker is no party": (
        "Prime Minister Ravi Kumar and Chinese President Wei Lin met in Kazan on Monday. Foreign secretary"
        " Anil Rao briefed the media after the Kumar-Wei meeting.",
        [Expected({"Ravi Kumar": P, "Wei Lin": P}, "Kazan", MONDAY)],
    ),
    "'will meet X on D in P, N.J., officials said': the place the parser left beside its preposition": (
        "Senator Tom Reyes will meet with Governor Ana Moreira on Friday in Bedminster, N.J., transition"
        " officials said.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, "Bedminster", FRIDAY, "planned")],
    ),
    "'huddled with X, seeking support ahead of the state's May 3 primary': a date ahead sets no history": (
        "Governor Tom Hale huddled privately with Governor Paul Reyes in Indianapolis, seeking support ahead"
        " of the state's May 21 primary.",
        [Expected({"Tom Hale": P, "Paul Reyes": P}, "Indianapolis")],
    ),
    "'agreed on D to set up negotiations during a telephone conversation': the call is done": (
        "Prime Minister Kenji Sato and President Tom Hale agreed on Monday night to set up tariff"
        " negotiations during a telephone conversation.",
        [Expected({"Kenji Sato": P, "Tom Hale": P}, None, MONDAY, meeting_type="call")],
    ),
    "'the ministers' with one minister named: no group": (
        "Foreign Minister Ana Moreira spoke on Monday. The ministers met Senator Tom Reyes on Tuesday.",
        [],
    ),
    "'travelled to P to be received by X': a lone name the model takes for a person is the destination": (
        "President Ivan Petrov travelled to Sandringham on Monday to be received by King Edward.",
        [Expected({"King Edward": H, "Ivan Petrov": V}, "Sandringham", MONDAY)],
    ),
    "'travelled to P, where he was received by X': 'where' takes up a place, however it is tagged": (
        "Prime Minister Kenji Sato then travelled to Sandringham, where he was received by King Edward on"
        " Monday.",
        [Expected({"King Edward": H, "Kenji Sato": V}, "Sandringham", MONDAY)],
    ),
    "'went to Windsor Castle, where he met X': the whole name of the place 'where' takes up": (
        "Prime Minister Kenji Sato then went to Windsor Castle, where he met King Edward on Monday.",
        [Expected({"Kenji Sato": V, "King Edward": H}, "Windsor Castle", MONDAY)],
    ),
    "'met X on D, a day after X's meeting with Z': the owner's earlier meeting, not the subject's": (
        "Prime Minister James Hill met President Ivan Petrov on Saturday, a day after the Ukrainian"
        " president's tense meeting with President Tom Hale.",
        [
            Expected({"James Hill": P, "Ivan Petrov": P}, None, SATURDAY),
            Expected({"Ivan Petrov": P, "Tom Hale": P}, None, LAST_FRIDAY),
        ],
    ),
    "'X hugged Y on D': a greeting in person": (
        "President Ivan Petrov hugged Prime Minister Kenji Sato at the airport on Monday.",
        [Expected({"Ivan Petrov": P, "Kenji Sato": P}, None, MONDAY)],
    ),
    "'On D X will sit down with Y for the annual leaders' meeting': no comma after the day, one meeting": (
        "Prime Minister Kenji Sato, the first Japanese leader to visit China since Prime Minister Taro Abe in"
        " 2016, arrived in Beijing on Sunday. On Friday Sato will sit down with Premier Li Ming for the"
        " annual leaders' meeting.",
        [Expected({"Kenji Sato": V, "Li Ming": H}, "Beijing", FRIDAY, "planned")],
    ),
    "'following X's visit to Tokyo in March': a dated trip of the story's history is no journey now": (
        "VILNIUS -- Prime Minister Kenji Sato met President Kim Min-su on Monday. It was their fourth meeting"
        " this year, following Kim's visit to Tokyo in March and Sato's trip to Seoul in April. Sato also met"
        " Prime Minister James Hill on Tuesday.",
        [
            Expected({"Kenji Sato": P, "Kim Min-su": P}, "Vilnius", MONDAY),
            Expected({"Kenji Sato": P, "James Hill": P}, "Vilnius", TUESDAY),
        ],
    ),
    "'met X here today after talks in P on Thursday with Y': the talks' own day, not the clause's": (
        "SAN SALVADOR, May 15 - U.S. envoy Tom Hale met President Luis Ortega here today after talks in"
        " Tegucigalpa on Monday with Honduran President Jose Cruz.",
        [
            Expected({"Tom Hale": V, "Luis Ortega": H}, "San Salvador", PUBLISHED),
            Expected({"Tom Hale": V, "Jose Cruz": H}, "Tegucigalpa", MONDAY),
        ],
    ),
    "'In P, X held talks with Y at the Istana Nurul Iman palace': the palace named, roles from P": (
        "In Brunei, Japanese Prime Minister Kenji Sato held talks with Sultan Hassanal Bolkiah at the Istana"
        " Nurul Iman palace on Monday.",
        [Expected({"Hassanal Bolkiah": H, "Kenji Sato": V}, "Istana Nurul Iman", MONDAY)],
    ),
    "'talks with X at the Parliament House in P': an official building's name over its city": (
        "Japanese Prime Minister Kenji Sato on Monday held talks with his Singaporean counterpart Lee Wong at"
        " the Parliament House in Singapore.",
        [Expected({"Lee Wong": H, "Kenji Sato": V}, "Parliament House", MONDAY)],
    ),
    "'laid a wreath on D. Afterward X met Y': the American 'afterward' sets it later that day": (
        "President Tom Hale laid a wreath at the memorial on Monday. Afterward Hale met briefly with Mayor"
        " Ana Moreira.",
        [Expected({"Tom Hale": P, "Ana Moreira": P}, None, MONDAY)],
    ),
    "'The meeting was followed by a session between X and Z': the next encounter, on the same day": (
        "Governor Tom Hale met Senator Paul Reyes on Monday morning. The meeting was followed by a session"
        " between Hale and Senator Dan Ross.",
        [
            Expected({"Tom Hale": P, "Paul Reyes": P}, None, MONDAY),
            Expected({"Tom Hale": P, "Dan Ross": P}, None, MONDAY),
        ],
    ),
    "'X hosted the two leaders separately': one encounter per member of the group the anaphor names": (
        "Ethiopian Prime Minister Abebe Tadesse and Somali President Ali Farah held talks in Ankara on"
        " Monday. Turkish President Kemal Aydin hosted the two leaders separately before bringing them"
        " together.",
        [
            Expected({"Abebe Tadesse": P, "Ali Farah": P}, "Ankara", MONDAY),
            # (the next sentence goes on in the city the talks were held in)
            Expected({"Kemal Aydin": H, "Abebe Tadesse": V}, "Ankara"),
            Expected({"Kemal Aydin": H, "Ali Farah": V}, "Ankara"),
        ],
    ),
    "'held separate meetings with each leader': each of the group, apart from their joint meeting": (
        "U.S. President Tom Hale hosted Armenian Prime Minister Aram Sarkisyan and Azerbaijani President"
        " Elnur Mammadov at the White House on Monday. Before the ceremony, Hale held separate meetings"
        " with each leader in the Oval Office.",
        [
            Expected({"Tom Hale": H, "Aram Sarkisyan": V, "Elnur Mammadov": V}, "White House", MONDAY),
            Expected({"Tom Hale": H, "Aram Sarkisyan": V}, "Oval Office"),
            Expected({"Tom Hale": H, "Elnur Mammadov": V}, "Oval Office"),
        ],
    ),
    "'Pope John Paul, who arrived from Rome today, conferred with X': a pope is the Holy See's head": (
        "MIAMI - Pope John Paul, who arrived from Rome today, conferred privately with President Reagan at"
        " Vizcaya.",
        [Expected({"John Paul": V, "Reagan": H}, "Vizcaya")],
    ),
    "'met Pope Francis at the Vatican guesthouse': a venue named by its proper modifier": (
        "Senator Tom Reyes met Pope Francis on Monday morning at the Vatican guesthouse.",
        [Expected({"Tom Reyes": V, "Pope Francis": H}, "Vatican", MONDAY)],
    ),
    "'at the Great Hall of the People later in the day': the adverb is no part of the place": (
        "BEIJING - President Kim Jong held talks with Premier Li Ming at the Great Hall of the People later"
        " in the day.",
        [Expected({"Li Ming": P, "Kim Jong": P}, "Great Hall of the People", PUBLISHED)],
    ),
    "'X addressed reporters here today. X later lunched with Y': a written 'today' is the day named": (
        "LUXEMBOURG - Turkish Foreign Minister Ali Demir addressed reporters here today. Demir later lunched"
        " with British Foreign Secretary James Hill.",
        [Expected({"Ali Demir": P, "James Hill": P}, "Luxembourg", PUBLISHED)],
    ),
    "'X, who visited the Vatican in January, greeted the Pope': the earlier trip is not this greeting": (
        "WARSAW - Pope John Paul arrived today for a pilgrimage. General Karol Nowak, who visited the Vatican"
        " in January, greeted the Pope with a speech.",
        [Expected({"Karol Nowak": H, "John Paul": V}, "Warsaw")],
    ),
    "'traveled to P for a meeting with Y at the Miraflores palace': the city written, not a namesake": (
        "Colombian President Juan Vargas traveled to Caracas on Monday for an unannounced meeting with"
        " Venezuelan leader Luis Ortega at the Miraflores palace.",
        [Expected({"Luis Ortega": H, "Juan Vargas": V}, "Miraflores", MONDAY)],
    ),
    "'arrived here today and went straight into talks with Y': the one going into them is a party": (
        "DAMASCUS - Soviet envoy Ivan Petrov arrived here today from Amman and went straight into talks with"
        " Syrian Foreign Minister Omar Haddad.",
        [Expected({"Omar Haddad": H, "Ivan Petrov": V}, "Damascus", PUBLISHED)],
    ),
    "'met with X, who arrived in P on a working visit': the place the party met says it came to": (
        "President Petro Kovalenko met with Dutch Prime Minister Jan de Vries, who arrived in Kharkiv on a"
        " working visit.",
        [Expected({"Petro Kovalenko": H, "Jan de Vries": V}, "Kharkiv")],
    ),
    "'President Marcos met Japanese PM X in Vientiane': two leaders abroad meet as equals": (
        "President Marcos held a bilateral meeting with Japanese Prime Minister Kenji Sato in Vientiane on"
        " Monday.",
        [Expected({"Kenji Sato": P, "Marcos": P}, "Vientiane", MONDAY)],
    ),
    "'HANOI - ... held talks at the Presidential Palace': an unplaced venue of the news is the dateline's": (
        "HANOI - U.S. President Tom Hale spoke at a news conference alongside Vietnamese President Tran Van"
        " Minh after the two leaders held talks at the Presidential Palace on Monday.",
        [Expected({"Tom Hale": V, "Tran Van Minh": H}, "Presidential Palace", MONDAY)],
    ),
    "'KUALA LUMPUR - X arrived in Tokyo and met Y at the Akasaka Palace': the journey's city, not the"
    " dateline's": (
        "KUALA LUMPUR - U.S. President Tom Hale arrived in Tokyo on Monday and met Japanese Prime Minister"
        " Kenji Sato at the Akasaka Palace on Tuesday.",
        [Expected({"Tom Hale": V, "Kenji Sato": H}, "Akasaka Palace", TUESDAY)],
    ),
    "'held talks in P on D. The two sides agreed to reconvene next Saturday': a planned round": (
        "Iran and the United States held indirect talks in Muscat on Saturday. The two sides agreed to"
        " reconvene next Saturday.",
        [
            Expected({"Iran": P, "United States": P}, "Muscat", SATURDAY),
            Expected({"Iran": P, "United States": P}, None, dt.date(2024, 5, 18), "planned"),
        ],
    ),
    "'is due to hold talks with A and with B on D': the repeated preposition adds B": (
        "Prime Minister Ana Moreira is due to hold talks with Prime Minister Kenji Sato and with President"
        " Wei Lin on Friday.",
        [Expected({"Kenji Sato": P, "Wei Lin": P, "Ana Moreira": P}, None, FRIDAY, "planned")],
    ),
    "'met with A on D1 and with B on D2': a second clause whose verb is left out": (
        "Prime Minister Ana Moreira met with Prime Minister Kenji Sato on Monday and with President Wei Lin"
        " on Tuesday.",
        [
            Expected({"Ana Moreira": P, "Kenji Sato": P}, None, MONDAY),
            Expected({"Ana Moreira": P, "Wei Lin": P}, None, TUESDAY),
        ],
    ),
    "'met X at the West Lake State Guest House': a building's name the model left untagged": (
        "On Monday, President Tom Hale met President Wei Lin at the West Lake State Guest House.",
        [Expected({"Tom Hale": P, "Wei Lin": P}, "West Lake State Guest House", MONDAY)],
    ),
    "'A and B have not met since a brief encounter in P in M': the last time the two met": (
        "Rwandan President Jean Habimana and Congolese President Felix Mbala have not met face to face since"
        " a brief encounter in Doha in March.",
        [Expected({"Jean Habimana": P, "Felix Mbala": P}, "Doha", dt.date(2024, 3, 1))],
    ),
    "'had planned to hold a video call with X, but that conversation never took place': no call": (
        "President Ana Moreira had planned to hold a video call with President Luis Ortega, but that"
        " conversation never took place.",
        [],
    ),
    "'the sixth round of talks, which had been scheduled for Sunday, will not take place': none": (
        "Oman says the sixth round of Iran-US talks, which had been scheduled for Sunday in Muscat, will not"
        " take place.",
        [],
    ),
    "'The summit that India is due to host has not yet been scheduled': not planned": (
        "Senator Tom Reyes hosted Foreign Minister Raj Mehta in Washington on Monday. The leaders' summit"
        " that India is due to host has not yet been scheduled.",
        [Expected({"Tom Reyes": H, "Raj Mehta": V}, "Washington", MONDAY)],
    ),
    "'A and B met on D. C and E also took part': the meeting just told, left unsaid": (
        "Senator Ana Moreira and Senator Tom Reyes met on Monday night at a hotel in Washington. Dan Ross and"
        " Paul Kim also took part.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P, "Dan Ross": A, "Paul Kim": A}, "Washington", MONDAY)],
    ),
    "'A and B sat down for a meeting. C and D also took part': attendees, not another meeting": (
        "Senator Ana Moreira and Senator Tom Reyes sat down on Monday night at a hotel in Washington for a"
        " meeting that lasted two hours. Dan Ross and Paul Kim also took part.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P, "Dan Ross": A, "Paul Kim": A}, "Washington", MONDAY)],
    ),
    "'X left for P today. X met Y before his departure': not on the journey that follows": (
        "SEOUL - Foreign Minister Kim Min-su left for Tokyo today. Kim met Prime Minister Park Jin-ho before"
        " his departure.",
        [Expected({"Kim Min-su": P, "Park Jin-ho": P}, "Seoul")],
    ),
    "'is on a visit to P ... will meet Y before flying to Q': still where the visit is": (
        "Singaporean Prime Minister Lee Wong, who is on an official visit to China, will meet Chinese Premier"
        " Li Ming in Beijing on Friday. Wong will also meet Chinese Vice President Zhao Hui before flying to"
        " Tianjin.",
        [
            Expected({"Lee Wong": V, "Li Ming": H}, "Beijing", FRIDAY, "planned"),
            Expected({"Lee Wong": V, "Zhao Hui": H}, "Beijing", None, "planned"),
        ],
    ),
    "'A's X, B's Y and C's Z spoke by telephone on D': names owned by countries are a list": (
        "Brazil's Ana Moreira, Colombia's Luis Ortega and Mexico's Jose Cruz spoke by telephone on Monday.",
        [Expected({"Ana Moreira": P, "Luis Ortega": P, "Jose Cruz": P}, None, MONDAY, meeting_type="call")],
    ),
    "'President Lee Jae-myung hosted Trump in Gyeongju': a past tense the model read as a modifier": (
        "U.S. President Donald Trump arrived in South Korea on Monday. South Korean President Lee Jae-myung"
        " hosted Trump in Gyeongju on Monday.",
        [Expected({"Lee Jae-myung": H, "Donald Trump": V}, "Gyeongju", MONDAY)],
    ),
    "'will travel to P on D to see X, who has taken a harder line': a description set off by a comma": (
        "British Prime Minister Ana Moreira will travel to Paris on Friday to see French President Luc"
        " Martin, who has taken a harder line.",
        [Expected({"Ana Moreira": V, "Luc Martin": H}, "Paris", FRIDAY, "planned")],
    ),
    "'held the Strategic Dialogue with X in P on D': a dialogue with a counterpart is talks": (
        "Vice Minister Kang Min-su held a strategic dialogue with Deputy Secretary of State Tom Hale in"
        " Washington on Monday.",
        [Expected({"Tom Hale": P, "Kang Min-su": P}, "Washington", MONDAY)],
    ),
    "'explained the government's efforts to resume dialogue with X': an effort, no talks held": (
        "Vice Minister Kang Min-su explained the government's efforts to resume dialogue with North Korea.",
        [],
    ),
    "'Vice Premier He Lifeng arrived ... X received He on D': the family name, not the pronoun": (
        "Chinese Vice Premier He Lifeng arrived in Geneva on Friday. Swiss President Ana Keller received He"
        " on Saturday.",
        [Expected({"Ana Keller": H, "He Lifeng": V}, "Geneva", SATURDAY)],
    ),
    "'met formally for the first time in P last April, at the Summit of the Americas'": (
        "U.S. President Tom Hale and Cuban President Luis Ortega met formally for the first time in Panama"
        " City last April, at the Summit of the Americas.",
        [Expected({"Tom Hale": P, "Luis Ortega": P}, "Panama City", dt.date(2024, 4, 1))],
    ),
    "'agreed on D to end the dispute after talks in P brokered by Z': the broker on home ground hosts": (
        "Ethiopian Prime Minister Abebe Tadesse and Somali President Ali Farah agreed on Monday to end their"
        " dispute after talks in Ankara brokered by Turkish President Kemal Aydin.",
        [Expected({"Kemal Aydin": H, "Abebe Tadesse": V, "Ali Farah": V}, "Ankara", MONDAY)],
    ),
    "'A and B held talks in P on D. The talks were hosted by Z': the talks told get their host": (
        "Armenian Foreign Minister Aram Sarkisyan and Azerbaijani Foreign Minister Elnur Mammadov held talks"
        " in Almaty on Saturday. The talks were hosted by Kazakh Foreign Minister Nurlan Sadykov.",
        [Expected({"Aram Sarkisyan": V, "Elnur Mammadov": V, "Nurlan Sadykov": H}, "Almaty", SATURDAY)],
    ),
    "'the European Political Community summit, hosted by X': a body's session, no counterpart named": (
        "More than 40 European leaders met at Blenheim Palace on Monday for the European Political Community"
        " summit, hosted by British Prime Minister Ana Moreira.",
        [],
    ),
    "'X, Commander of the Land Forces, called on Y today': an apposition set off, the verb the root's": (
        "Lieutenant General Fahad Saud, Commander of the Royal Saudi Land Forces, called on General Asim Khan"
        " at the General Headquarters today.",
        [Expected({"Fahad Saud": V, "Asim Khan": H}, None, PUBLISHED, meeting_type="visit")],
    ),
    "'called on A and B separately in P on D': one courtesy call per host": (
        "Indian Foreign Minister Raj Mehta called on Kenyan President Tom Kamau and Prime Minister Paul"
        " Otieno separately in Nairobi on Monday.",
        [
            Expected({"Raj Mehta": V, "Tom Kamau": H}, "Nairobi", MONDAY, meeting_type="visit"),
            Expected({"Raj Mehta": V, "Paul Otieno": H}, "Nairobi", MONDAY, meeting_type="visit"),
        ],
    ),
    "'talks at the Great Hall of the People in Beijing': a stay in the venue's city for the next day": (
        "Prime Minister Kenji Sato arrived in China on Sunday and held talks with President Wei Lin at the"
        " Great Hall of the People in Beijing on Monday. On Friday he will sit down with Premier Li Ming.",
        [
            Expected({"Wei Lin": H, "Kenji Sato": V}, "Great Hall of the People", MONDAY),
            Expected({"Kenji Sato": V, "Li Ming": H}, "Beijing", FRIDAY, "planned"),
        ],
    ),
    "'had a one-on-one with X on D': a hyphenated meeting noun, kept one word": (
        "U.S. President Tom Hale had a one-on-one with Chinese President Wei Lin on Monday.",
        [Expected({"Tom Hale": P, "Wei Lin": P}, None, MONDAY)],
    ),
    "'A and B held a tête-à-tête in P on D': the tagger's proper noun read as the common noun it is": (
        "French President Luc Martin and German Chancellor Karl Weber held a tête-à-tête in Berlin on"
        " Monday.",
        [Expected({"Luc Martin": V, "Karl Weber": H}, "Berlin", MONDAY)],
    ),
    "'had a brief pull-aside with X at the summit in P'": (
        "Foreign Minister Ana Moreira had a brief pull-aside with Foreign Minister Kenji Sato at the G20 in"
        " New Delhi on Monday.",
        [Expected({"Ana Moreira": P, "Kenji Sato": P}, "New Delhi", MONDAY)],
    ),
    "'Kowalski was flanked by his son Adam Kowalski Jr. ... X met Kowalski': not the son": (
        "Kowalski was flanked by his son Adam Kowalski Jr. at a rally on Monday. On Tuesday, Senator Ana"
        " Moreira met with Kowalski for 20 minutes.",
        [Expected({"Ana Moreira": P, "Kowalski": P}, None, TUESDAY)],
    ),
    "'During his stay, X is scheduled to meet A, B and C': a journey's programme, one meeting per host": (
        "Czech Foreign Minister Jan Novak arrived in Astana on Monday for a two-day visit. During his stay,"
        " Novak is scheduled to meet President Aidar Serikov and Prime Minister Olzhas Temir.",
        [
            Expected({"Jan Novak": V, "Aidar Serikov": H}, "Astana", None, "planned"),
            Expected({"Jan Novak": V, "Olzhas Temir": H}, "Astana", None, "planned"),
        ],
    ),
    "'During the visit, X is scheduled to hold talks with A, meet B': a present passive plans them all": (
        "Mongolian President Dorj Bat will pay a state visit to Vietnam next month. During the visit, the"
        " Mongolian leader is scheduled to hold talks with President Luong Hai, meet Prime Minister Tran"
        " Minh.",
        [
            Expected({"Dorj Bat": V, "Tran Minh": H}, "Vietnam", None, "planned"),
            Expected({"Luong Hai": H, "Dorj Bat": V}, "Vietnam", None, "planned"),
        ],
    ),
    "'X will see A and B, an aide said': the names the parser gave the report verb are the objects": (
        "Finance Minister Dilson Funaro said he would not meet bank officials. Funaro will see Treasury"
        " Secretary James Baker and Federal Reserve Chairman Paul Volcker, an aide said.",
        [Expected({"Dilson Funaro": P, "James Baker": P, "Paul Volcker": P}, None, None, "planned")],
    ),
    "'X met the Iranian ambassador on D': an unnamed envoy's country is the party": (
        "Secretary-General Luis Ortega met the Iranian ambassador on Monday. He held separate meetings on"
        " Tuesday with the Iraqi and Kuwaiti ambassadors.",
        [
            Expected({"Luis Ortega": P, "Iran": P}, None, MONDAY),
            Expected({"Luis Ortega": P, "Iraq": P}, None, TUESDAY),
            Expected({"Luis Ortega": P, "Kuwait": P}, None, TUESDAY),
        ],
    ),
    "'X sat down with Y on D. The session also included Z': Z an attendee": (
        "Senator Tom Hale sat down with Governor Ana Moreira on Monday. The session also included party"
        " chairman Jose Cruz.",
        [Expected({"Tom Hale": P, "Ana Moreira": P, "Jose Cruz": A}, None, MONDAY)],
    ),
    "'A and B met on D, with C and E sitting in': those sitting in are attendees": (
        "Senator Tom Hale and Governor Ana Moreira met on Monday, with Jose Cruz and Luis Ortega sitting in.",
        [Expected({"Tom Hale": P, "Ana Moreira": P, "Jose Cruz": A, "Luis Ortega": A}, None, MONDAY)],
    ),
    "'C and E also attended, along with F': those beside them are attendees too": (
        "President Tom Hale hosted Senator Ana Moreira at the White House on Monday. Jose Cruz and Luis"
        " Ortega also attended, along with Vice President Kenji Sato.",
        [
            Expected(
                {"Tom Hale": H, "Ana Moreira": V, "Jose Cruz": A, "Luis Ortega": A, "Kenji Sato": A},
                "White House",
                MONDAY,
            )
        ],
    ),
    "'Z also attended the Trump Tower meeting': the meeting held there, not the one told last": (
        "Tom Hale hosted Prime Minister Kenji Sato at Trump Tower on Monday. Sato then crossed Manhattan for"
        " a separate sit-down with Senator Ana Moreira. Adviser Jose Cruz also attended the Trump Tower"
        " meeting.",
        [
            Expected({"Tom Hale": H, "Kenji Sato": V, "Jose Cruz": A}, "Trump Tower", MONDAY),
            Expected({"Kenji Sato": V, "Ana Moreira": H}, "Manhattan", None),
        ],
    ),
    "'X will travel to P, where Y is due to hold talks with X': the traveller is the counterpart": (
        "Indian Prime Minister Raj Mehta will travel to Sydney, where Australian Prime Minister Tom Hale is"
        " due to hold talks with Mehta on Friday.",
        [Expected({"Raj Mehta": V, "Tom Hale": H}, "Sydney", FRIDAY, "planned")],
    ),
    "'A and B held talks on D. The pair had spoken by telephone in January': the pair is A and B": (
        "U.S. Secretary of State Tom Hale and Chinese Foreign Minister Wei Lin held talks in Kuala Lumpur on"
        " Monday. The pair had spoken by telephone in January.",
        [
            Expected({"Tom Hale": P, "Wei Lin": P}, "Kuala Lumpur", MONDAY),
            Expected({"Tom Hale": P, "Wei Lin": P}, None, dt.date(2024, 1, 1), meeting_type="call"),
        ],
    ),
    "'X told Y he would work with the Trump administration, as the two leaders met': not Trump": (
        "Chinese President Wei Lin told U.S. President Ana Moreira on Monday that he was ready to work with"
        " the incoming Trump administration, as the two leaders met on the margins of the summit.",
        [Expected({"Wei Lin": P, "Ana Moreira": P}, None, None)],
    ),
    "'called on Honduran President X': the parser's particle with an object is the phrase's preposition": (
        "U.S. envoy Tom Hale called on Honduran President Luis Ortega on Monday, diplomats said.",
        [Expected({"Tom Hale": V, "Luis Ortega": H}, None, MONDAY, meeting_type="visit")],
    ),
    "'is scheduled to see President X al-Y': a hyphenated name the parser cut into objects is one": (
        "U.S. envoy Tom Hale is scheduled to see President Omar al-Rashid on Friday.",
        [Expected({"Tom Hale": P, "Omar al-Rashid": P}, None, FRIDAY, "planned")],
    ),
    "'will see A in P on D and B in Q on E': each seen where written, the first before the second": (
        "Secretary of State Tom Hale will see Syrian President Omar al-Rashid in Damascus on Friday and"
        " Egyptian President Karim Nour in Cairo on Saturday, officials said.",
        [
            Expected({"Tom Hale": V, "Omar al-Rashid": H}, "Damascus", FRIDAY, "planned"),
            Expected({"Tom Hale": V, "Karim Nour": H}, "Cairo", dt.date(2024, 5, 18), "planned"),
        ],
    ),
    "'paid a visit here for talks with X': a visit paid is a journey, the talks its purpose": (
        "Salvadorean President Jose Mendez paid a visit here on Monday for talks with Honduran President"
        " Luis Ortega.",
        [Expected({"Jose Mendez": V, "Luis Ortega": H}, None, MONDAY, meeting_type="talks")],
    ),
    "'made a trip to P for talks with X': the trip made goes to the talks' place": (
        "Foreign Minister Ana Vera made a brief trip to Bonn on Monday for talks with Chancellor Karl Weber.",
        [Expected({"Ana Vera": V, "Karl Weber": H}, "Bonn", MONDAY, meeting_type="talks")],
    ),
    "'turned down an invitation to meet X': a refusal, no meeting": (
        "Opposition senator Juan Reyes said he had turned down an invitation to meet President Ana Moreira.",
        [],
    ),
    "'might see X at an OECD meeting if ...': the occasion shares the verb's condition": (
        "Trade Minister Kenji Sato said he might see Trade Representative Tom Hale at an OECD meeting in"
        " Paris in June if both schedules allowed.",
        [],
    ),
    "'last met face to face on the sidelines of X in P': the idiom hides no place": (
        "Presidents Tom Hale and Ivan Petrov last met face to face on the sidelines of the Group of 20 in"
        " Osaka, Japan, in June 2019.",
        [Expected({"Tom Hale": P, "Ivan Petrov": P}, "Osaka", dt.date(2019, 6, 1))],
    ),
    "'met at the Pacific Islands Forum in P': a gathering the model calls a location is no place": (
        "Prime Ministers Tom Hale and Ratu Tora last met at the Pacific Islands Forum in Rarotonga in March.",
        [Expected({"Tom Hale": P, "Ratu Tora": P}, "Rarotonga", dt.date(2024, 3, 1))],
    ),
    "'at a restaurant in Taipei's Xinyi district': a part of a city is in the city that owns it": (
        "On Sunday evening chief executive Tom Hale dined with TSMC chairman Wei Lin at a restaurant in"
        " Taipei's Xinyi district.",
        [Expected({"Tom Hale": P, "Wei Lin": P}, "Taipei", SUNDAY)],
    ),
    "'A and B co-chaired the session of the commission': two chairs of one sitting meet at it": (
        "Egyptian Foreign Minister Omar Farid and Kazakh Foreign Minister Aidos Serikov co-chaired the"
        " fourth session of the Joint Commission in Cairo on Monday.",
        [Expected({"Omar Farid": H, "Aidos Serikov": V}, "Cairo", MONDAY)],
    ),
    "'the two ministers' after a prime minister was named: a head of government is no plain minister": (
        "Foreign Minister Anil Rao held talks with his German counterpart Karl Weber on Monday. Weber also"
        " called on Prime Minister Raj Mehta. The two ministers will meet again in Berlin in July.",
        [
            Expected({"Anil Rao": P, "Karl Weber": P}, None, MONDAY, meeting_type="talks"),
            Expected({"Karl Weber": V, "Raj Mehta": H}, None, None, meeting_type="visit"),
            Expected({"Anil Rao": P, "Karl Weber": P}, "Berlin", dt.date(2024, 7, 1), "planned"),
        ],
    ),
    "'the forum was co-chaired by A and B': the passive names the two chairs": (
        "The business forum was co-chaired by Egyptian Foreign Minister Omar Farid and Kazakh Foreign"
        " Minister Aidos Serikov on Monday.",
        [Expected({"Omar Farid": P, "Aidos Serikov": P}, None, MONDAY)],
    ),
    "'A and B co-chaired the round of consultations in P on D': a hyphenated verb, kept one word": (
        "Chinese Vice Foreign Minister Sun Meiling and Kazakh Deputy Foreign Minister Yerlan Sadykov"
        " co-chaired the fifth round of strategic consultations in Beijing on Monday.",
        [Expected({"Sun Meiling": H, "Yerlan Sadykov": V}, "Beijing", MONDAY)],
    ),
    "'A, B and C each had a bilateral session with X on D': one meeting each (convention 6)": (
        "Prime Minister Kenji Sato, President Luis Ortega and Chancellor Karl Weber each had a bilateral"
        " session with President Tom Hale on Monday.",
        [
            Expected({"Kenji Sato": P, "Tom Hale": P}, None, MONDAY),
            Expected({"Luis Ortega": P, "Tom Hale": P}, None, MONDAY),
            Expected({"Karl Weber": P, "Tom Hale": P}, None, MONDAY),
        ],
    ),
    "'A and B previously met in P1 last May and in P2 in September': two earlier meetings": (
        "National Security Adviser Tom Hale and Foreign Minister Wei Lin previously met in Vienna last May"
        " and in Malta in September.",
        [
            Expected({"Tom Hale": P, "Wei Lin": P}, "Vienna", dt.date(2023, 5, 1)),
            Expected({"Tom Hale": P, "Wei Lin": P}, "Malta", dt.date(2023, 9, 1)),
        ],
    ),
    "'The committee will meet in P on D. The committee groups A, B and C': the members are its parties": (
        "The price committee will meet in Vienna on Friday, officials said. The committee groups Nigeria's"
        " Rilwanu Lukman, Algeria's Ahmed Belkacem and Venezuela's Arturo Hernandez Grisanti.",
        [
            Expected(
                {"Rilwanu Lukman": P, "Ahmed Belkacem": P, "Arturo Hernandez Grisanti": P},
                "Vienna",
                FRIDAY,
                "planned",
            )
        ],
    ),
    "'Central bankers will meet in P on D. A and B are expected to attend': those due to attend meet": (
        "Central bank governors will meet in Basle on Friday. Bundesbank President Karl Otto Poehl and"
        " Federal Reserve Chairman Alan Greenspan are expected to attend.",
        [Expected({"Karl Otto Poehl": P, "Alan Greenspan": P}, "Basle", FRIDAY, "planned")],
    ),
    "'HANGZHOU - X will hold talks on D with Y on the G-20 sidelines': the event under way is there": (
        "HANGZHOU, China - President Tom Hale will hold talks on Friday with Crown Prince Ali Farah on the"
        " G-20 sidelines.",
        [Expected({"Tom Hale": P, "Ali Farah": P}, "Hangzhou", FRIDAY, "planned")],
    ),
    "'WASHINGTON - X will meet Y on the sidelines of the summit next month': no dateline for a far plan": (
        "WASHINGTON - President Tom Hale will meet President Wei Lin on the sidelines of the summit next"
        " month.",
        [Expected({"Tom Hale": P, "Wei Lin": P}, None, dt.date(2024, 6, 1), "planned")],
    ),
    "'VIENTIANE - X met Y on D. X was the first to visit Laos': neither is at home where the report is": (
        "VIENTIANE, Laos - U.S. President Tom Hale met on Monday with South Korean President Park Min-ji."
        " Hale also became the first sitting U.S. president to visit Laos.",
        [Expected({"Tom Hale": P, "Park Min-ji": P}, "Vientiane", MONDAY)],
    ),
    "'A's meeting with B was the first since the two clashed last month': the news, the clash behind": (
        "RIYADH - Oil Minister Mana Saeed al-Oteiba held talks with Saudi Oil Minister Hisham Nazer in Riyadh"
        " on Monday. Oteiba's meeting with Nazer was the first since the two clashed at a conference in"
        " Vienna last month.",
        [
            Expected({"Mana Saeed al-Oteiba": P, "Hisham Nazer": P}, "Riyadh", MONDAY),
            Expected({"Mana Saeed al-Oteiba": P, "Hisham Nazer": P}, "Vienna", dt.date(2024, 4, 1)),
        ],
    ),
    "'opened a summit here on D attended by A and B': the day hung on 'here' dates the summit": (
        "King Abdullah opened an Arab League summit here on Sunday attended by Syrian President Hafez"
        " al-Assad and Iraqi President Saddam Hussein.",
        [
            Expected(
                {"Arab League": P, "Hafez al-Assad": P, "Saddam Hussein": P, "King Abdullah": P},
                None,
                dt.date(2024, 5, 12),
            )
        ],
    ),
    "'ended a visit on D after talks with X': the visit's day at most, never the report's": (
        "Oil Minister Ali Farah ended a two-day visit to Riyadh on Monday after talks with Oil Minister"
        " Hisham Nazer.",
        [Expected({"Ali Farah": V, "Hisham Nazer": H}, None, MONDAY)],
    ),
    "'presented credentials to X', 'presented his credentials to X': the envoy received": (
        "Chilean Ambassador Maria Gonzalez presented credentials to President Tom Hale on Monday. Ambassador"
        " Kenji Sato presented his credentials to President Tom Hale on Tuesday.",
        [
            Expected({"Maria Gonzalez": V, "Tom Hale": H}, None, MONDAY),
            Expected({"Kenji Sato": V, "Tom Hale": H}, None, TUESDAY),
        ],
    ),
    "'received the credentials of the new Ambassador of Chile, X': the envoy of the of-phrase": (
        "President Tom Hale received the credentials of the new Ambassador of Chile, Maria Gonzalez, on"
        " Monday.",
        [Expected({"Tom Hale": H, "Maria Gonzalez": V}, None, MONDAY)],
    ),
    "'presented the report to the committee': a thing handed over, no credentials": (
        "Ambassador Kenji Sato presented the annual report to President Tom Hale on Monday.",
        [],
    ),
    "'LONDON - ... X visited Washington last week. He had earlier met Y': no one went to London for it": (
        "LONDON, May 15 - British Chancellor Tom Hale held talks with Brazilian Finance Minister Jose Cruz"
        " this morning. Cruz visited Washington last week. He had earlier met U.S. Treasury Secretary Ana"
        " Moreira.",
        [
            Expected({"Jose Cruz": V, "Tom Hale": H}, "London", PUBLISHED),
            Expected({"Jose Cruz": V, "Ana Moreira": H}, None, None),
        ],
    ),
    "'a phone call this evening ... follows the two presidents' talks in P earlier this month': two": (
        "President Ali Farah received a phone call this evening from President Omar Saleh. The call follows"
        " the two presidents' talks in Abu Dhabi earlier this month.",
        [
            Expected({"Ali Farah": P, "Omar Saleh": P}, None, PUBLISHED, meeting_type="call"),
            Expected({"Ali Farah": P, "Omar Saleh": P}, "Abu Dhabi", dt.date(2024, 5, 1)),
        ],
    ),
    "'gave a one-on-one interview', 'a sit-down strike': the hyphenated word modifies, names no meeting": (
        "President Tom Hale gave a one-on-one interview to a television channel on Monday. Workers staged a"
        " sit-down strike with the backing of the union.",
        [],
    ),
    # --- round 23 ------------------------------------------------------------------------------------
    "'GENEVA, May 13 - X met Y': the name opening the story after the dateline is read": (
        "GENEVA, May 13 - Diego Cordoba met Zain Qureshi on Monday.",
        [Expected({"Diego Cordoba": P, "Zain Qureshi": P}, "Geneva", MONDAY)],
    ),
    "'at the Palais des Nations': a building's name with its building word first": (
        "U.N. mediator Diego Cordoba met Pakistani Foreign Minister Zain Qureshi at the Palais des Nations"
        " on Monday.",
        [Expected({"Diego Cordoba": P, "Zain Qureshi": P}, "Palais des Nations", MONDAY)],
    ),
    "'at the Hotel Intercontinental', 'at Qasr Al Noor': hotels and palaces named word first": (
        "U.N. envoy Diego Cordoba met Soviet envoy Pavel Orlov at the Hotel Intercontinental on Monday."
        " Sheikh Hamad bin Rashid received Indonesian President Budi Santoso at Qasr Al Noor on Tuesday.",
        [
            Expected({"Diego Cordoba": P, "Pavel Orlov": P}, "Hotel Intercontinental", MONDAY),
            Expected({"Hamad bin Rashid": H, "Budi Santoso": V}, "Qasr Al Noor", TUESDAY),
        ],
    ),
    "'at Al Rawda Palace': a palace needs no official word before it (a house does)": (
        "Emir Hamad bin Rashid received Iraqi Prime Minister Ali Hassan at Al Rawda Palace on Monday.",
        [Expected({"Hamad bin Rashid": H, "Ali Hassan": V}, "Al Rawda Palace", MONDAY)],
    ),
    "'at Huis ten Bosch palace': a particle inside the name before a venue noun": (
        "King Willem received Japanese Emperor Naruhito at Huis ten Bosch palace on Monday.",
        [Expected({"King Willem": H, "Emperor Naruhito": V}, "Huis ten Bosch", MONDAY)],
    ),
    "'talks between North and South Korea': the divided country's name written once": (
        "Talks between North and South Korea ended without agreement on Monday.",
        [Expected({"North Korea": P, "South Korea": P}, None, MONDAY)],
    ),
    "'North and South Korean officials met': the demonyms of a divided country, written once": (
        "North and South Korean officials met in Geneva on Monday.",
        [Expected({"North Korea": P, "South Korea": P}, "Geneva", MONDAY)],
    ),
    "'X, who arrived in Tehran on Friday, held talks with Y': the traveller visits the one at home": (
        "Secretary-General Javier Ortiz, who arrived in Tehran on Friday, held talks with Iranian Foreign"
        " Minister Ali Karimi on Monday.",
        [Expected({"Javier Ortiz": V, "Ali Karimi": H}, "Tehran", MONDAY)],
    ),
    "'flew to Washington ... met Y in New York': a trip to the capital says nothing of New York": (
        "Israeli Prime Minister Dan Levy flew to Washington on Sunday. He met U.S. President Tom Hale in New"
        " York on Monday.",
        [Expected({"Dan Levy": P, "Tom Hale": P}, "New York", MONDAY)],
    ),
    "'was welcomed to Downing Street ... for a working dinner with Y': the guest goes there for it": (
        "Polish Prime Minister Jan Nowak was welcomed to Downing Street on Monday for a working dinner with"
        " British Prime Minister James Hill.",
        [Expected({"James Hill": H, "Jan Nowak": V}, "Downing Street", MONDAY)],
    ),
    "'held talks with Y in Rome, where deals were signed': the noun stays the light verb's object": (
        "On Monday, Iranian President Reza Karimi held talks with Italian Prime Minister Marco Rossi in Rome,"
        " where deals worth up to 17 billion euros were signed.",
        [Expected({"Marco Rossi": H, "Reza Karimi": V}, "Rome", MONDAY)],
    ),
    "'their first talks since the Turkish leader's re-election in March': the month dates the election": (
        "Turkish President Kemal Arslan and U.S. President Tom Hale met on Monday, their first face-to-face"
        " talks since the Turkish leader's re-election in March.",
        [Expected({"Kemal Arslan": P, "Tom Hale": P}, None, MONDAY)],
    ),
    "'will be in Rome on Friday, where he is due to meet Y at the Villa Borghese': the clause's city": (
        "WASHINGTON - U.S. Vice President Tom Hale will be in Rome on Friday, where he is due to meet"
        " Italian Prime Minister Marco Rossi at the Villa Borghese.",
        [Expected({"Marco Rossi": H, "Tom Hale": V}, "Villa Borghese", FRIDAY, "planned")],
    ),
    "'Baku, May 15, AZERTAC.', 'Addis Ababa, May 15/2024 (ENA) -': agency datelines place the news": (
        "Baku, May 15, AZERTAC. President Ilham Aliyev received Kyrgyz Foreign Minister Zhenish Bakirov"
        " today.",
        [Expected({"Ilham Aliyev": H, "Zhenish Bakirov": V}, "Baku", PUBLISHED)],
    ),
    "'Addis Ababa, May 15/2024 (ENA) -': the day and year written with a slash": (
        "Addis Ababa, May 15/2024 (ENA) - Prime Minister Abiy Ahmed held talks with Kenyan Foreign Minister"
        " Musa Kiprop today.",
        [Expected({"Abiy Ahmed": H, "Musa Kiprop": V}, "Addis Ababa", PUBLISHED)],
    ),
    "'Amir-Abdollahian later held talks': an office's word opening a hyphenated surname is no title": (
        "Iranian Foreign Minister Hossein Amir-Abdollahian met Saudi Foreign Minister Faisal bin Farhan on"
        " Monday. Amir-Abdollahian later held a tete-a-tete with Chinese Foreign Minister Qin Gang.",
        [
            Expected({"Hossein Amir-Abdollahian": P, "Faisal bin Farhan": P}, None, MONDAY),
            Expected({"Qin Gang": P, "Hossein Amir-Abdollahian": P}, None, MONDAY),
        ],
    ),
    "'Von der Leyen met Y' opening a sentence: the capitalised particle is the name told before": (
        "European Commission President Ursula von der Leyen arrived in Montevideo on Thursday. Von der"
        " Leyen met Uruguayan President Luis Lacalle Pou on Friday.",
        [Expected({"Ursula von der Leyen": V, "Luis Lacalle Pou": H}, "Montevideo", LAST_FRIDAY)],
    ),
    "'had a brief private conversation with Y': a conversation with no phone word is held in person": (
        "U.S. Secretary of State John Kerry had a brief private conversation with Colombian President Juan"
        " Manuel Santos on Monday.",
        [Expected({"Juan Manuel Santos": P, "John Kerry": P}, None, MONDAY, meeting_type="meeting")],
    ),
    "'X heads to Beijing on Tuesday ... He will meet Y': a headline's present read as a plural noun": (
        "Philippine President Rodrigo Duterte heads to Beijing on Friday. He will meet Chinese President"
        " Xi Jinping on Saturday.",
        [Expected({"Rodrigo Duterte": V, "Xi Jinping": H}, "Beijing", dt.date(2024, 5, 18), "planned")],
    ),
    "'A and B held an hour-long session': two persons holding a session hold it (joining one does not)": (
        "Indian Prime Minister Rajiv Gandhi and Sri Lankan President Junius Jayewardene held an hour-long"
        " session on Monday. British Prime Minister James Hill and German Chancellor Karl Brandt were"
        " expected to join a broader session in the East Room.",
        [Expected({"Rajiv Gandhi": P, "Junius Jayewardene": P}, None, MONDAY)],
    ),
    "'separate meetings with A at P1 and with B at P2': each counterpart, each in its own place": (
        "U.N. Secretary-General Javier Ortiz held separate meetings with Iranian Foreign Minister Ali Karimi"
        " at the Intercontinental hotel and with Iraqi Foreign Minister Tariq Hamid at the Hotel President"
        " on Monday.",
        [
            Expected({"Ali Karimi": P, "Javier Ortiz": P}, "Intercontinental", MONDAY),
            Expected({"Javier Ortiz": P, "Tariq Hamid": P}, "Hotel President", MONDAY),
        ],
    ),
    "'A and B last met in P': the subject the parser hangs on the adverb": (
        "Pakistani Prime Minister Mohammad Khan Junejo is due to meet Indian Prime Minister Rajiv Gandhi on"
        " Friday. Gandhi and Junejo last met in Bangalore in November 2022.",
        [
            Expected({"Mohammad Khan Junejo": P, "Rajiv Gandhi": P}, None, FRIDAY, "planned"),
            Expected({"Rajiv Gandhi": P, "Mohammad Khan Junejo": P}, "Bangalore", dt.date(2022, 11, 1)),
        ],
    ),
    "'is due to see the secretary-general on Friday': the office named stands for its holder": (
        "Iranian Deputy Foreign Minister Reza Karimi held talks with Secretary-General Javier Ortiz on"
        " Monday. Iraq's U.N. ambassador, Tariq Hamid, is due to see the secretary-general on Friday.",
        [
            Expected({"Javier Ortiz": P, "Reza Karimi": P}, None, MONDAY),
            Expected({"Tariq Hamid": P, "Javier Ortiz": P}, None, FRIDAY, "planned"),
        ],
    ),
    "'is due in Bonn on Friday to see Y': the purpose of being due there is planned, on that day": (
        "Dutch Prime Minister Jan de Vries is due in Bonn on Friday to see Chancellor Karl Brandt.",
        [Expected({"Jan de Vries": V, "Karl Brandt": H}, "Bonn", FRIDAY, "planned")],
    ),
    "'held talks via videoconference with Y': the with-phrase hung on the channel": (
        "Pakistani Foreign Minister Ali Khan held talks via videoconference with his Chinese counterpart"
        " Wei Lin on Monday.",
        [Expected({"Wei Lin": P, "Ali Khan": P}, None, MONDAY, meeting_type="call")],
    ),
    "'was given a warm welcome in Dublin by Y', 'gave X a warm welcome': the giver receives the guest": (
        "Scottish First Minister Nicola Sturgeon was given a warm welcome in Dublin on Monday by the Irish"
        " Taoiseach, Enda Kenny. Chinese President Wei Lin gave Kenyan President Samuel Kiprono a warm"
        " welcome in Beijing on Tuesday.",
        [
            Expected({"Nicola Sturgeon": V, "Enda Kenny": H}, "Dublin", MONDAY, meeting_type="visit"),
            Expected({"Samuel Kiprono": V, "Wei Lin": H}, "Beijing", TUESDAY, meeting_type="visit"),
        ],
    ),
    "'RIYADH, May 14 (SPA) -- ... today' in a feed of the 15th: the dispatch's own day is its today": (
        "RIYADH, May 14 (SPA) -- Crown Prince Faisal bin Salman received Iraqi Prime Minister Ali Hassan"
        " today.",
        [Expected({"Faisal bin Salman": H, "Ali Hassan": V}, "Riyadh", TUESDAY)],
    ),
    "'a visit to P, where he inspected the police and met Y': the second verb of the where-clause": (
        "Kenyan President Samuel Kiprono made a surprise visit to Port-au-Prince on Monday, where he"
        " inspected Kenyan police officers and met Haitian Prime Minister Jean Pierre.",
        [Expected({"Samuel Kiprono": V, "Jean Pierre": H}, "Port-au-Prince", MONDAY)],
    ),
    "'held indirect talks in Muscat, mediated by Oman': the mediator of the held talks takes part": (
        "Delegations from Iran and the United States held indirect talks in Muscat on Monday, mediated by"
        " Oman.",
        [Expected({"Oman": H, "Iran": V, "United States": V}, "Muscat", MONDAY)],
    ),
    "'BRUSSELS - ... as he arrived': none at home in the dateline's country, no host": (
        "BRUSSELS - British Prime Minister James Hill sat down on Monday evening for a working dinner with"
        " German Chancellor Karl Brandt and French President Jean Moreau. Hill was greeted by Commission"
        " President Anna Berg as he arrived at the Justus Lipsius building.",
        [
            Expected({"Karl Brandt": P, "Jean Moreau": P, "James Hill": P}, "Brussels", MONDAY),
            Expected({"James Hill": V, "Anna Berg": H}, "Brussels", None),
        ],
    ),
    "'Y hosted a state banquet in his honour': the one honoured is the guest, not the host": (
        "Indonesian President Budi Santoso arrived in Abu Dhabi on Monday. UAE President Hamad bin Rashid"
        " hosted a state banquet in his honour.",
        [Expected({"Hamad bin Rashid": H, "Budi Santoso": V}, "Abu Dhabi", None)],
    ),
    "'SONGO, Mozambique, May 15 -': the dateline's country is the region written after its town": (
        "SONGO, Mozambique, May 15 - South African President Piet Venter and Mozambican President Joaquim"
        " Chissano held talks today. Venter, making his first official visit to Mozambique, was welcomed"
        " by a military band.",
        [Expected({"Piet Venter": V, "Joaquim Chissano": H}, "Songo", PUBLISHED)],
    ),
    "'sat down for a working dinner with Y', 'met for talks with Y': the meeting verb's subject is there": (
        "British Prime Minister James Hill sat down for a working dinner with German Chancellor Karl Brandt"
        " on Monday. Hill called for talks with French President Jean Moreau.",
        [Expected({"Karl Brandt": P, "James Hill": P}, None, MONDAY)],
    ),
    "'attended a summit of Gulf leaders before flying to Doha': not on the journey after it": (
        "RIYADH - U.S. President Tom Hale was received by Crown Prince Faisal bin Salman at Al Yamamah Palace"
        " on Monday. Later on Tuesday, Hale attended a summit of Gulf Cooperation Council leaders before"
        " flying to Doha.",
        [
            Expected({"Tom Hale": V, "Faisal bin Salman": H}, "Al Yamamah Palace", MONDAY),
            Expected({"Gulf Cooperation Council": P, "Tom Hale": P}, "Riyadh", TUESDAY),
        ],
    ),
    "'last met in The Hague': a capital 'The' before a one-word place is the name's own": (
        "Belgian Prime Minister Jan Peeters and Dutch Prime Minister Jan de Vries last met in The Hague in"
        " February.",
        [Expected({"Jan Peeters": V, "Jan de Vries": H}, "The Hague", dt.date(2024, 2, 1))],
    ),
    "'gave a warm welcome to the decision': a welcome given to no party meets no one": (
        "Foreign Minister Ali Khan gave a warm welcome to the decision on Monday.",
        [],
    ),
    "'can use its contacts with Brazil': influence, no encounter": (
        "Officials hope Colombia can use its contacts with Brazil to suggest a compromise.",
        [],
    ),
    "'received on Sunday at El Mouradia Palace Italian Defence Minister Y': the setting before the guest": (
        "Algerian President Karim Benali received on Sunday at El Mouradia Palace Italian Defence Minister"
        " Marco Rossi.",
        [Expected({"Karim Benali": H, "Marco Rossi": V}, "El Mouradia Palace", SUNDAY)],
    ),
    "'received at Bayan Palace on Monday visiting Defence Minister of Pakistan Y': the guest's participle": (
        "Kuwaiti Amir Sheikh Nasser Al-Ahmad received at Bayan Palace on Monday visiting Defence Minister of"
        " Pakistan Imran Malik.",
        [Expected({"Nasser Al-Ahmad": H, "Imran Malik": V}, "Bayan Palace", MONDAY)],
    ),
    "'BUDAPEST - Foreign Minister X held talks with Chinese Foreign Minister Y in Beijing': X is abroad": (
        "BUDAPEST, May 15 - Foreign Minister Peter Szabo held talks with Chinese Foreign Minister Wei Lin in"
        " Beijing on Monday.",
        [Expected({"Wei Lin": H, "Peter Szabo": V}, "Beijing", MONDAY)],
    ),
    "'received a courtesy call from X at Singha Durbar': the venue hung on the caller": (
        "Nepali Foreign Minister Sita Rai received a courtesy call from Chinese Ambassador Chen Bo at Singha"
        " Durbar on Tuesday.",
        [Expected({"Chen Bo": V, "Sita Rai": H}, "Singha Durbar", TUESDAY, meeting_type="visit")],
    ),
    "'Foreign Minister Datuk Seri X': a Malaysian honour is no name": (
        "Foreign Minister Datuk Seri Kamal Hassan paid a courtesy call on Turkish Vice President Selim Kaya"
        " in Ankara on Monday.",
        [Expected({"Selim Kaya": H, "Kamal Hassan": V}, "Ankara", MONDAY)],
    ),
    "'Indian Ambassador to Nepal X called on Y': the country an envoy serves in is no given name": (
        "Indian Ambassador to Nepal Vikram Rao called on Prime Minister Hari Sharma on Monday.",
        [Expected({"Vikram Rao": V, "Hari Sharma": H}, None, MONDAY)],
    ),
    "'paid a farewell call on Chief Adviser Professor Y ... During the call': still a visit in person": (
        "Japanese Ambassador Kenji Ito paid a farewell call on Chief Adviser Professor Rafiq Alam at the"
        " State Guest House on Monday. During the call, Alam thanked the envoy.",
        [Expected({"Rafiq Alam": H, "Kenji Ito": V}, "State Guest House", MONDAY, meeting_type="visit")],
    ),
    "'The two had last met in Riga' after mediators 'by C and D': the pair the story is about": (
        "Estonian Foreign Minister Kadri Tamm and Latvian Foreign Minister Janis Berzins held talks in"
        " Vienna on Tuesday. The talks were mediated by UN envoy Maria Lopez and EU envoy Tomas Novak. The"
        " two had last met in Riga on March 3.",
        [
            Expected(
                {"Kadri Tamm": P, "Janis Berzins": P, "Maria Lopez": A, "Tomas Novak": A, "EU": A},
                "Vienna",
                TUESDAY,
            ),
            Expected({"Kadri Tamm": V, "Janis Berzins": H}, "Riga", dt.date(2024, 3, 3)),
        ],
    ),
    "'King X of Morocco and Algerian President Y met': the second person is no part of the country": (
        "King Idris of Morocco and Algerian President Karim Benali met on Monday.",
        [Expected({"King Idris": P, "Karim Benali": P}, None, MONDAY)],
    ),
    "'met at the Tamra Wells border post': a border crossing is met at": (
        "King Idris and President Karim Benali met on Monday at the Tamra Wells border post.",
        [Expected({"King Idris": P, "Karim Benali": P}, "Tamra Wells", MONDAY)],
    ),
    "'KINGSTOWN, St. Vincent and the Grenadines (AP) -': a five-word country in a dateline": (
        "KINGSTOWN, St. Vincent and the Grenadines (AP) — Guyanese President Anil Persaud met Venezuelan"
        " President Luis Herrera on Thursday.",
        [Expected({"Anil Persaud": P, "Luis Herrera": P}, "Kingstown", dt.date(2024, 5, 9))],
    ),
    "'MOSCOW - ... her visit to the Soviet Union': a former state's capital is the dateline's city": (
        "MOSCOW, May 14 (Reuters) - Prime Minister Helen Ward had a meeting with Soviet Prime Minister Pavel"
        " Orlov on Tuesday, the third day of her visit to the Soviet Union.",
        [Expected({"Helen Ward": V, "Pavel Orlov": H}, "Moscow", TUESDAY)],
    ),
    "'ended a visit to Czechoslovakia after talks with President Y': one met on the ground visited": (
        "BUDAPEST, May 14 (Reuters) - Chinese Premier Li Wei ended a three-day visit to Czechoslovakia on"
        " Sunday after talks with President Jan Novak.",
        # (the day the visit ended is not the talks' day: convention 5)
        [Expected({"Jan Novak": H, "Li Wei": V}, "Czechoslovakia", None)],
    ),
    "'at the Black Sea resort of Neptun': the resort's own name, not its sea": (
        "On Monday President Ion Popescu received Yugoslav Prime Minister Marko Jovic at the Black Sea resort"
        " of Neptun.",
        [Expected({"Ion Popescu": H, "Marko Jovic": V}, "Neptun", MONDAY)],
    ),
    "'BELGRADE - X ended two days of talks with the IMF chief in Washington': where the body hosts": (
        "BELGRADE, May 14 (Tanjug) - Prime Minister Marko Jovic ended two days of talks on Friday with IMF"
        " managing director Paul Girard in Washington.",
        [Expected({"Paul Girard": H, "Marko Jovic": V}, "Washington", LAST_FRIDAY)],
    ),
    "'Prime Ministers X of Belgium and Y of the Netherlands last met in The Hague': each his country": (
        "BRUSSELS, May 14 - Prime Ministers Jan Peeters of Belgium and Ruud Hendriks of the Netherlands last"
        " met in The Hague in February.",
        [Expected({"Jan Peeters": V, "Ruud Hendriks": H}, "The Hague", dt.date(2024, 2, 1))],
    ),
    "'breakfasted with X': a meal shared with a party": (
        "President Ana Moreira breakfasted with Senator Tom Reyes on Monday.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, None, MONDAY)],
    ),
    "'Patriarch X was received by Paraguay's president, Y': a church title before a single name": (
        "Patriarch Kirill was received by Paraguay's president, Carlos Duarte, in Asuncion on Monday.",
        [Expected({"Carlos Duarte": H, "Patriarch Kirill": V}, "Asuncion", MONDAY)],
    ),
    "'In the fraternal meeting, held on Monday at the Palace of the Revolution, ...': its setting": (
        "Cuban President Manuel Ortega received Russian Deputy Prime Minister Dmitri Volkov. In the fraternal"
        " meeting, held on Monday at the Palace of the Revolution, the two sides reviewed joint projects.",
        [Expected({"Manuel Ortega": H, "Dmitri Volkov": V}, "Palace of the Revolution", MONDAY)],
    ),
    "'During the visit, held on 13 May in Tashkent': the place hung on the day": (
        "Defence Minister Marat Abenov paid a working visit to Uzbekistan at the invitation of his"
        " counterpart Bakhodir Kurbanov. During the visit, held on 13 May in Tashkent, the ministers"
        " discussed border security.",
        [Expected({"Bakhodir Kurbanov": H, "Marat Abenov": V}, "Tashkent", MONDAY)],
    ),
    "'Participating in the meeting were A and B': those named after the copula attend": (
        "President Julian Ferreyra received Chilean President Tomas Errazuriz at the Casa Rosada on Monday."
        " Participating in the meeting were the Chief of Cabinet, Guillermo Franco, and Foreign Minister"
        " Laura Benitez.",
        [
            Expected(
                {"Julian Ferreyra": H, "Tomas Errazuriz": V, "Guillermo Franco": A, "Laura Benitez": A},
                "Casa Rosada",
                MONDAY,
            )
        ],
    ),
    "'X is on a visit to Greece. X is also due to meet Y': a meeting still to come on a stay told now": (
        "SOFIA, May 15 (BTA) - Defence Minister Ivan Petrov is on a two-day official visit to Greece. Petrov"
        " is also due to meet Greek Prime Minister Nikos Pappas on Friday.",
        [Expected({"Ivan Petrov": V, "Nikos Pappas": H}, "Greece", FRIDAY, "planned")],
    ),
    "'separate talks with A on Monday and with B on Tuesday': each counterpart's own day": (
        "Russian President Oleg Ivanov held separate talks with Azerbaijani President Rauf Aliyev on Monday"
        " and with Armenian Prime Minister Aram Sargsyan on Tuesday.",
        [
            Expected({"Rauf Aliyev": P, "Oleg Ivanov": P}, None, MONDAY),
            Expected({"Oleg Ivanov": P, "Aram Sargsyan": P}, None, TUESDAY),
        ],
    ),
    "'welcomed X and his wife Y': one named as a party's relative came along": (
        "King Charles welcomed French President Jean Moreau and his wife Claire Moreau at Windsor Castle on"
        " Tuesday.",
        [Expected({"King Charles": H, "Jean Moreau": V, "Claire Moreau": A}, "Windsor Castle", TUESDAY)],
    ),
    "'enjoyed a dinner with Y': the one who enjoyed it was there": (
        "Prime Minister Tom Hale enjoyed a dinner with President Ana Moreira on Friday.",
        [Expected({"Ana Moreira": P, "Tom Hale": P}, None, LAST_FRIDAY)],
    ),
    "'received the speakers of the Senate and the Chamber, A and B': the holders named after the office": (
        "President Luca Bianchi received the speakers of the Senate and the Chamber, Marco Rossi and Anna"
        " Ferri, at the Quirinale on Monday.",
        [Expected({"Luca Bianchi": H, "Marco Rossi": V, "Anna Ferri": V}, "Quirinale", MONDAY)],
    ),
    "'The two ministers' after 'observers from Japan and Brazil': countries hold no office": (
        "Estonian Foreign Minister Kadri Tamm met Latvian Foreign Minister Janis Berzins in Vienna on"
        " Tuesday. Observers from Japan and Brazil also attended. The two ministers agreed to meet again"
        " next month.",
        [
            Expected({"Kadri Tamm": P, "Janis Berzins": P, "Japan": A, "Brazil": A}, "Vienna", TUESDAY),
            Expected({"Kadri Tamm": P, "Janis Berzins": P}, None, dt.date(2024, 6, 1), "planned"),
        ],
    ),
    # --- the twenty-fifth round: classes read from real wire and campaign news -------------------------
    "'a meeting she had with Y': the relative clause holding the meeting names its parties": (
        "Senator Laura Quinn described a meeting she had with Governor Paul Reyes in Denver on Monday.",
        [Expected({"Laura Quinn": P, "Paul Reyes": P}, "Denver", MONDAY)],
    ),
    "'X was among the leaders who met Y': the member named of an unnamed group": (
        "Bishop Tom Hale was among the church leaders who met with Governor Paul Reyes in Austin on Tuesday.",
        [Expected({"Tom Hale": P, "Paul Reyes": P}, "Austin", TUESDAY)],
    ),
    "'sat face-to-face with': a phrase's words written hyphenated": (
        "Italian Prime Minister Marco Rossi sat face-to-face with Turkish President Kemal Aydin in Rome on"
        " Monday.",
        [Expected({"Marco Rossi": H, "Kemal Aydin": V}, "Rome", MONDAY)],
    ),
    "'After her meeting with Y, the Kremlin announced': her is the one the sentence before is about": (
        "Chilean President Ana Moreira visited Ottawa on Monday. After her meeting with Canadian Prime"
        " Minister Tom Hale, the Kremlin announced new sanctions.",
        [Expected({"Ana Moreira": V, "Tom Hale": H}, "Ottawa", MONDAY)],
    ),
    "'talks of this kind are regularly held each year': a custom, no meeting": (
        "Franco-German talks of this kind are regularly held each year in May, a spokesman said.",
        [],
    ),
    "'laying the groundwork for talks between A and B': the talks are still to come": (
        "A Japanese team is already in Ottawa laying the groundwork for talks between Japanese Vice Minister"
        " Kenji Sato and Canadian Trade Representative Anne Roy.",
        [Expected({"Kenji Sato": P, "Anne Roy": P}, None, None, "planned")],
    ),
    "'NAIROBI - X, who flew to Kenya on Monday, will meet Y': come already, he meets where the report is": (
        "NAIROBI, May 15 - World Bank president Hans Berg, who flew to Kenya on Monday, will meet with Kenyan"
        " President Daniel Otieno.",
        [Expected({"Hans Berg": V, "Daniel Otieno": H}, "Nairobi", None, "planned")],
    ),
    "'will be discussed at next week's meeting of the OECD, X said': a body's session, no counterpart": (
        "Austrian Finance Minister Karl Huber said trade will be discussed at next week's meeting of the OECD"
        " in Paris.",
        [],
    ),
    "'present at the spring meetings of the IMF and the World Bank': each body's own session": (
        "An official said the Andean ministers would be present at the spring meetings of the IMF and the"
        " World Bank.",
        [],
    ),
    "'Officials from the two countries' after two countries named apart in the sentence before": (
        "Farmers fear that Canada will sell cheap wheat to China. Officials from the two countries held grain"
        " talks in March.",
        [Expected({"Canada": P, "China": P}, None, dt.date(2024, 3, 1), meeting_type="talks")],
    ),
    "'talks with senior Japanese ministers': a rank beside the nationality keeps the country's side": (
        "Australian Trade Minister Tom Hale held talks with senior Japanese ministers on Monday.",
        [Expected({"Japan": P, "Tom Hale": P}, None, MONDAY)],
    ),
    "'a deal was reached after talks with Y, X said': the one reporting talks that name only Y": (
        "A deal on fishing quotas was reached after talks on Monday with British Trade Secretary John Hale,"
        " Irish Finance Minister Sean Burke said.",
        [Expected({"John Hale": P, "Sean Burke": P}, None, MONDAY)],
    ),
    "'said negotiators had success in discussions with Y': the clause's people held them, not the reporter": (
        "Bolivian Finance Minister Juan Nogales said negotiators had achieved considerable success in recent"
        " discussions with the Paris Club.",
        [],
    ),
    "'flew to London with Z for talks with Y': one going with the traveller travels too": (
        "Central bank chief Pablo Gomez flew to London on Monday with Finance Secretary Luis Ortiz for talks"
        " with British Chancellor John Hale.",
        [Expected({"John Hale": H, "Pablo Gomez": V, "Luis Ortiz": V}, "London", None)],
    ),
    "'agreed to formal talks with Poland': the subject will hold the talks agreed to": (
        "BRUSSELS, May 15 - EC foreign ministers agreed to formal talks on a trade pact with Poland,"
        " officials said.",
        [Expected({"Poland": P, "EC": P}, None, None, "planned", "talks")],
    ),
    "'briefed X on the plan': the on-phrase of a briefing is its topic": (
        "Peruvian Trade Minister Jorge Salas briefed Chilean President Ana Moreira on the plan on Monday.",
        [Expected({"Jorge Salas": P, "Ana Moreira": P}, None, MONDAY)],
    ),
    "'briefed the President on the plan': an office alone is not enough to brief": (
        "Trade Minister Jorge Salas briefed the President on the plan on Monday.",
        [],
    ),
    "'briefed X on the outcome in a phone call': the call it was given in": (
        "Jordanian Foreign Minister Nasser Haddad briefed UN Secretary-General Antonio Reyes on the outcome"
        " in a phone call on Monday.",
        [Expected({"Nasser Haddad": P, "Antonio Reyes": P}, None, MONDAY, meeting_type="call")],
    ),
    "'SEOUL - A and B are holding talks at the WTO': held at the body's seat, not the dateline": (
        "SEOUL, May 15 - South Korea and Canada are holding talks at the World Trade Organization over car"
        " import limits.",
        [Expected({"South Korea": P, "Canada": P}, None, PUBLISHED)],
    ),
    "'\"I met with Y on Monday,\" X said': the first person of a quotation is its speaker": (
        '"I met with Governor Paul Reyes on Monday and he was gracious," Senator Laura Quinn said.',
        [Expected({"Laura Quinn": P, "Paul Reyes": P}, None, MONDAY)],
    ),
    "'X said I met with Y': outside quotation marks, 'I' is nobody of the story": (
        "Senator Laura Quinn said I met with Governor Paul Reyes on Monday.",
        [],
    ),
    "'WASHINGTON - officials told X in talks here last month': here is the dateline, history or not": (
        "WASHINGTON, May 15 - U.S. officials gave the same message to former Korean Prime Minister Kim Su in"
        " talks here last month.",
        [Expected({"United States": H, "Kim Su": V}, "Washington", dt.date(2024, 4, 1))],
    ),
    "'travelled to Japan for negotiations with lenders': an unnamed counterpart, and Japan is not it": (
        "On Monday Economy Minister Carlos Ortega travelled to Japan for fresh loan negotiations with lenders"
        " angered by the payment freeze.",
        [],
    ),
    "'Talks are due to begin on Friday': the wire's bare plural takes up the talks told, with their day": (
        "LONDON, May 15 - Britain will hold trade talks with Japan, officials said. Talks are due to begin on"
        " Friday.",
        [Expected({"Japan": P, "United Kingdom": P}, None, FRIDAY, "planned", "talks")],
    ),
    "'Negotiations had stalled in 2023': a bare plural that announces nothing is no meeting told": (
        "Britain and India signed a trade deal on Monday. Negotiations had stalled in 2023 before resuming in"
        " February.",
        [Expected({"United Kingdom": P, "India": P}, None, MONDAY)],
    ),
    "'attended a reception held for him by X': the giver received the guest it was held for": (
        "BRASILIA, May 15 - President Raul Alfonsin attended a reception held for him by President Jose"
        " Sarney on Monday.",
        [Expected({"Jose Sarney": H, "Raul Alfonsin": V}, "Brasilia", MONDAY)],
    ),
    "'the talks held by Group of Seven ministers': holding talks is no hospitality given to a guest": (
        "Senator Tom Hale recalled the talks held by Group of Seven finance ministers in Paris on Monday.",
        [],
    ),
    "'X has invited Y for talks in Tokyo': the one inviting receives the one invited": (
        "TOKYO, May 15 - Prime Minister Kenji Sato has invited Chinese Premier Wei Lin for talks in Tokyo"
        " next month.",
        [Expected({"Wei Lin": V, "Kenji Sato": H}, "Tokyo", dt.date(2024, 6, 1), "planned", "talks")],
    ),
    "'... talks with President Y, Secretary Z told reporters': the name before the speech verb reports": (
        "TOKYO, May 15 - Prime Minister Paul Mwangi will hold talks in London with President Tom Hale on May"
        " 29, Chief Cabinet Secretary Kenji Tanaka told reporters.",
        [Expected({"Tom Hale": P, "Paul Mwangi": P}, "London", dt.date(2024, 5, 29), "planned", "talks")],
    ),
    "'X attended a dinner hosted by Y': the host received the guest": (
        "Governor Mark Walsh attended a dinner hosted by Senator Ted Lowe on Monday.",
        [Expected({"Ted Lowe": H, "Mark Walsh": V}, None, MONDAY)],
    ),
    "'the two sides would probably meet next week': a probable meeting is no plan (convention 3)": (
        "TOKYO, May 15 - Officials said Japanese Trade Minister Kenji Sato and U.S. Trade Representative Tom"
        " Hale would probably meet next week.",
        [],
    ),
    "'leaves today for Paris to attend the OECD meeting': Paris is where one goes, not France acting": (
        "TOKYO, May 15 - Trade Minister Kenji Sato leaves today for Paris to attend the OECD ministerial"
        " meeting.",
        [],
    ),
    # --- round 27 ------------------------------------------------------------------------------------
    "a month modifying the meeting noun dates it": (
        "Kenyan President Ana Moreira and Ugandan President Tom Reyes will prepare the agenda for their"
        " December summit in Kampala.",
        [Expected({"Ana Moreira": V, "Tom Reyes": H}, "Kampala", dt.date(2024, 12, 1), "planned")],
    ),
    "a season of a year dates by the year": (
        "President Ana Moreira first met Prime Minister Tom Reyes in Lima in the spring of 2019.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, "Lima", dt.date(2019, 1, 1))],
    ),
    "winding up a visit is the journey the talks are on": (
        "Kenyan Trade Minister Tom Reyes, winding up a three-day visit to Bonn, said exports would grow."
        " Reyes held talks with Economics Minister Ana Moreira on Tuesday.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Bonn", TUESDAY)],
    ),
    "a name opening with a preposition's word after with": (
        "Prime Minister Ana Moreira held talks with To Lam in Hanoi on Monday.",
        [Expected({"Ana Moreira": P, "To Lam": P}, "Hanoi", MONDAY)],
    ),
    "an award received is no guest": (
        "Senator Ana Moreira received the Chamber of Commerce award on Monday.",
        [],
    ),
    "a thing sent or received by someone is no guest": (
        "Ana Moreira read every letter sent or received by a Paramount writer.",
        [],
    ),
    "the holder named after a post whose phrase hangs elsewhere": (
        "Prime Minister Tom Reyes held talks with the U.S. special envoy to Sudan, Ana Moreira, on Monday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY)],
    ),
    "a rapporteur is a party named after the post": (
        "Tom Reyes on Tuesday met the U.N. special rapporteur for Myanmar, Ana Moreira.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, TUESDAY)],
    ),
    "the guest of a host is received by that host": (
        "Brazilian President Tom Reyes will visit Portugal next week as the guest of President Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Portugal", None, "planned")],
    ),
    "a meeting in a building on a trip keeps the building and the roles of the trip": (
        "Canadian Foreign Minister Tom Reyes, who arrived in Wellington on Monday, met New Zealand Foreign"
        " Minister Ana Moreira. Reyes later held a separate meeting with Deputy Prime Minister Luis Ortiz at"
        " Parliament House.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Wellington"),
            Expected({"Tom Reyes": V, "Luis Ortiz": H}, "Parliament House", MONDAY),
        ],
    ),
    "a denial set aside after a dash does not deny the meeting told before it": (
        "Mayor Ana Moreira held talks with Governor Tom Reyes on Monday - there were not several meetings,"
        " the city said.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, None, MONDAY)],
    ),
    "speaking to a person named is a conversation": (
        "Party chairman Tom Reyes spoke to Mayor Ana Moreira on Tuesday about the convention.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, TUESDAY)],
    ),
    "speaking to a journalist is the press at work": (
        "Senator Tom Reyes spoke to Fox News host Ana Moreira on Tuesday.",
        [],
    ),
    "a trip taken up by 'during which' places the talks held on it": (
        "The deal builds on Philippine President Tom Reyes's trip to Tokyo in January, during which he held"
        " talks with Japanese Prime Minister Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Tokyo", dt.date(2024, 1, 1))],
    ),
    "an office the model took for a body, cut before its state, is the named holder's": (
        "Minister Ana Moreira will receive the Minister of Foreign Affairs of Norway, Tom Reyes, in Brasilia"
        " on Friday.",
        [Expected({"Ana Moreira": H, "Tom Reyes": V}, "Brasilia", FRIDAY, "planned")],
    ),
    "a surname alone beside the partner's full name stays the principal's": (
        "President Reyes and Ana Reyes will be in Rome next week. Reyes will meet Chancellor Luis Ortiz in"
        " Bonn on Friday.",
        [Expected({"Reyes": P, "Luis Ortiz": P}, "Bonn", FRIDAY, "planned")],
    ),
    "the lead sentence's trip places the talks its later paragraphs tell": (
        "Canadian Foreign Minister Tom Reyes, winding up a two-day visit to Washington, said he expected"
        ' progress on trade. "There will be some movement," he told reporters. The meetings were part of a'
        " routine consultation. Reyes today held talks with Treasury Secretary Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Washington", PUBLISHED)],
    ),
    "leaving one place for another: the talks are where the journey goes": (
        "U.N. envoy Tom Reyes left Bahrain for Baghdad on Monday for talks with Iraqi officials, a spokesman"
        " said.",
        [Expected({"Tom Reyes": V, "Iraq": H}, "Baghdad")],
    ),
    "a readout's object set after the place and time": (
        "President Ana Moreira received at the presidential palace on Monday Peruvian Foreign Minister Tom"
        " Reyes.",
        [Expected({"Ana Moreira": H, "Tom Reyes": V}, None, MONDAY)],
    ),
    "subjects meeting a name read as a preposition separately": (
        "Vietnamese leader To Lam arrived in Beijing on Tuesday. On Thursday, Premier Tom Reyes and Ana"
        " Moreira, chairwoman of the Standing Committee, will meet To Lam separately.",
        [
            Expected({"Tom Reyes": H, "To Lam": V}, "Beijing", dt.date(2024, 5, 16), "planned"),
            Expected({"Ana Moreira": H, "To Lam": V}, "Beijing", dt.date(2024, 5, 16), "planned"),
        ],
    ),
    "a capitalised title after 'the visiting' is the traveller": (
        "Omani Foreign Minister Tom Reyes arrived in New Delhi on Monday. Later in the day, the visiting"
        " Foreign Minister called on Prime Minister Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "New Delhi", MONDAY)],
    ),
    "one on a visit is the visiting minister told after": (
        "Foreign Minister Tom Reyes is on an official visit to India from 14 to 16 May. Earlier in the day,"
        " the visiting Foreign Minister called on Prime Minister Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "India", TUESDAY)],
    ),
    "a series of summits agreed on is no meeting": (
        "President Ana Moreira and Prime Minister Tom Reyes agreed on Monday to hold annual summits.",
        [],
    ),
    "the purpose of an encounter is no meeting with the topic's party": (
        "Former minister Tom Reyes met the emir in Doha in 2019 to discuss a peace deal with the Taliban.",
        [],
    ),
    "being in talks with someone is ongoing, of the publication day": (
        "President Ana Moreira is in talks with Prime Minister Tom Reyes about the border, her office said.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, None, PUBLISHED)],
    ),
    "the first to meet: the copula's subject meets, in its tense": (
        "Greek Prime Minister Tom Reyes will be the first European leader to meet Egyptian President Ana"
        " Moreira since the election.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, None, "planned")],
    ),
    "a probable or likely meeting is a possibility, no plan (convention 3)": (
        "Traders are watching for a probable meeting between Finance Minister Tom Reyes and central bank"
        " governor Ana Moreira later today, and a likely summit of the two presidents next month.",
        [],
    ),
    "what is discussed at their meeting is the topic, not the pair 'their' stands for": (
        "Irish Foreign Minister Tom Reyes will visit Madrid next week. Reyes and Spanish Foreign Minister Ana"
        " Moreira will discuss Gibraltar and Irish-Spanish relations at their meeting on Friday.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Madrid", dt.date(2024, 5, 24), "planned")
        ],  # next week's
    ),
    "a residence in the town of X is in X, not at the dateline": (
        "LISBON, May 15 (Reuters) - Portuguese Prime Minister Tom Reyes met President Ana Moreira at her"
        " residence in the coastal town of Sintra on Monday, officials said.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, "Sintra", MONDAY)],
    ),
    "what was agreed during the talks does not make the talks planned": (
        "Prime Minister Tom Reyes held online talks with his Fijian counterpart Ana Moreira on Monday, during"
        " which the two leaders agreed to soon deepen their maritime cooperation.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY, meeting_type="call")],
    ),
    "a call the parser hung on what was discussed in it, planning something else": (
        "Foreign Minister Tom Reyes and his Kenyan counterpart Ana Moreira discussed preparations for the"
        " trade fair in a telephone conversation on Monday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY, meeting_type="call")],
    ),
    "two subjects holding separate meetings with one guest meet the guest each": (
        "Foreign Minister Tom Reyes and Defence Minister Ana Moreira held separate meetings with visiting"
        " Qatari envoy Wei Lin on Tuesday.",
        [
            Expected({"Ana Moreira": H, "Wei Lin": V}, None, TUESDAY),
            Expected({"Tom Reyes": H, "Wei Lin": V}, None, TUESDAY),
        ],
    ),
    "a readout's guest set after the palace, 'received in audience'": (
        "King Tom Reyes received in audience today at Raghadan Palace the Foreign Minister of Chile, Ana"
        " Moreira.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "Raghadan Palace", PUBLISHED)],
    ),
    "'did not meet X, but held talks with Y': the negation stops at 'but'": (
        "Foreign Minister Tom Reyes did not meet Prime Minister Wei Lin, but held talks with Foreign Minister"
        " Ana Moreira on Monday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY)],
    ),
    "the Spanish Prime Minister told again is the Spanish one, not the last Prime Minister named": (
        "President Tom Reyes received Spanish Prime Minister Ana Moreira at the Elysee Palace on Friday. The"
        " meeting was attended by Prime Minister Wei Lin. The President welcomed the Spanish Prime Minister.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V, "Wei Lin": A}, "Elysee Palace", LAST_FRIDAY)],
    ),
    "one who met Y and left for Z did not meet Y in Z": (
        "Slovenian Prime Minister Tom Reyes, who also met Croatian Prime Minister Ana Moreira, left for"
        " Brussels on Monday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P})],
    ),
    "a readout's bare office opening a sentence is its holder": (
        "Prime Minister Tom Reyes arrived in Hanoi on Monday for a two-day visit. Prime Minister also called"
        " on General Secretary Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Hanoi", MONDAY, meeting_type="visit")],
    ),
    "a list of nationalities on one plural office names each country": (
        "Finance Minister Tom Reyes held talks with the Brazilian, Argentine and Chilean finance ministers on"
        " Monday. Reyes met Thai, Malaysian and Indonesian trade ministers on Tuesday.",
        [
            Expected({"Tom Reyes": P, "Brazil": P, "Argentina": P, "Chile": P}, None, MONDAY),
            Expected({"Tom Reyes": P, "Thailand": P, "Malaysia": P, "Indonesia": P}, None, TUESDAY),
        ],
    ),
    "a dotted form of address ends no sentence: 'Minister of Brazil H.E. Mr. X'": (
        "1. Foreign Secretary Ana Moreira met Foreign Minister of Brazil H.E. Mr. Tom Reyes on Monday in"
        " Brasilia.",
        [Expected({"Ana Moreira": P, "Tom Reyes": P}, "Brasilia", MONDAY)],
    ),
    "a visit on two days 'during which' the guest is received: its place and first day": (
        "Prime Minister Tom Reyes will pay an official visit to Madrid on 3 and 4 June 2024, during which he"
        " will be received by King Ana Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Madrid", dt.date(2024, 6, 3), "planned")],
    ),
    "an invitation extended to Y to pay a visit: Y visits the one inviting": (
        "President Tom Reyes extended an invitation to Prime Minister Ana Moreira to pay an official visit to"
        " Chile at a time to be agreed upon.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "Chile", None, "planned", "visit")],
    ),
    "a where-clause on a journey next month: the meeting is in that month": (
        "Paris Mayor Tom Reyes will travel to Tokyo next month, where she is scheduled to meet Governor Ana"
        " Moreira.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Tokyo", dt.date(2024, 6, 1), "planned")],
    ),
    "one present at 'the meetings' attends each meeting told with the same party": (
        "Vice Premier Tom Reyes met Lao Prime Minister Ana Moreira in Beijing on Monday. Reyes also"
        " separately met Cambodian Prime Minister Wei Lin. Spokeswoman Mia Walsh was present at the"
        " meetings.",
        [
            Expected({"Tom Reyes": H, "Ana Moreira": V, "Mia Walsh": A}, "Beijing", MONDAY),
            # (told next, in the city the first was held in: the Cambodian guest came there too)
            Expected({"Tom Reyes": H, "Wei Lin": V, "Mia Walsh": A}, "Beijing"),
        ],
    ),
    "'the leaders' after a meeting at a palace the model took for a man: the pair met": (
        "Prime Minister Ana Moreira received British Prime Minister Tom Reyes at Palazzo Chigi in Rome on"
        " Tuesday. The leaders last met in Albania in February.",
        [
            Expected({"Ana Moreira": H, "Tom Reyes": V}, "Palazzo Chigi", TUESDAY),
            Expected({"Ana Moreira": P, "Tom Reyes": P}, "Albania", dt.date(2024, 2, 1)),
        ],
    ),
    "one who accompanied a party during 'the meetings' attends each of them": (
        "Foreign Minister Tom Reyes met Foreign Minister Ana Moreira on Monday. He also met Foreign Secretary"
        " Wei Lin on Tuesday. Ambassador Mia Walsh accompanied Reyes during the meetings.",
        [
            Expected({"Tom Reyes": P, "Ana Moreira": P, "Mia Walsh": A}, None, MONDAY),
            Expected({"Tom Reyes": P, "Wei Lin": P, "Mia Walsh": A}, None, TUESDAY),
        ],
    ),
    "an invitation extended to Y to visit: Y visits the one inviting": (
        "President Tom Reyes extended an invitation to Prime Minister Ana Moreira to visit Chile.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "Chile", None, "planned", "visit")],
    ),
    "'talks between X and envoy Y' with Y left outside the phrase by the parser": (
        "The talks between Iranian Foreign Minister Tom Reyes and U.S. envoy Ana Moreira in Muscat on Monday"
        " were mediated by Oman's foreign minister Wei Lin.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, "Muscat", MONDAY, meeting_type="talks")],
    ),
    "a compound meal ('a dinner party') hosted for a guest": (
        "Kenyan President Tom Reyes hosted a dinner party for visiting Ghanaian President Ana Moreira at"
        " State House in Nairobi on Tuesday.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "State House", TUESDAY)],
    ),
    "a banquet 'in honour of' a guest: the place hung on the guest": (
        "Kenyan President Tom Reyes hosted a state banquet in honour of Ghanaian President Ana Moreira at"
        " State House in Nairobi on Tuesday.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "State House", TUESDAY)],
    ),
    "an epithet ('the pontiff', 'the monarch') takes up the office holder named before": (
        "Pope Tomas arrived in Beirut on Monday. The pontiff met President Ana Moreira on Tuesday.",
        [Expected({"Pope Tomas": V, "Ana Moreira": H}, "Beirut", TUESDAY)],
    ),
    "a state's minister telling an intergovernmental body's session was at it": (
        "Kenyan Finance Minister Tom Reyes told a closed session of the Commonwealth finance ministers'"
        " meeting that commodity prices must be stabilised.",
        [Expected({"Tom Reyes": P, "Commonwealth": P})],
    ),
    "a speech to a professional association's meeting is one party speaking": (
        "Tom Reyes, a senior vice president, told reporters after addressing a Houston meeting of the"
        " American Institute of Chemical Engineers that synthetic fuels would grow.",
        [],
    ),
    "a venue owned by a city ('at The Hague's palace'): the city": (
        "Chancellor Tom Reyes, speaking at a dinner given for him by Prime Minister Ana Moreira at The"
        " Hague's Ridderzaal palace, praised Dutch economic policy.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "Hague")],
    ),
    "'Y, whom he said recently spoke by telephone with Z': Y made the call": (
        "Energy Minister Tom Reyes spoke to reporters after meeting President Ana Moreira, whom he said"
        " recently spoke by telephone with Argentine President Wei Lin.",
        [
            Expected({"Tom Reyes": P, "Ana Moreira": P}, None, PUBLISHED),
            Expected({"Ana Moreira": P, "Wei Lin": P}, meeting_type="call"),
        ],
    ),
    "'held talks on Monday in Algiers with X': the with-phrase hung on the place": (
        "Foreign Minister Tom Reyes held talks on Monday in Algiers with Mauritanian Foreign Minister Ana"
        " Moreira.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "Algiers", MONDAY, meeting_type="talks")],
    ),
    "'held talks via videoconference with X': a call": (
        "Foreign Minister Tom Reyes held talks via videoconference with Japanese Foreign Minister Ana Moreira"
        " on Tuesday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, TUESDAY, meeting_type="call")],
    ),
    "'received a courtesy call by X': the readouts' 'by' for 'from'": (
        "Prime Minister Tom Reyes received this morning a courtesy call by Japanese Ambassador Ana Moreira.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, None, PUBLISHED, meeting_type="visit")],
    ),
    "'committed to meet again in Wellington in August': planned": (
        "Australian Foreign Minister Tom Reyes received New Zealand Foreign Minister Ana Moreira in"
        " Canberra on Monday."
        " Reyes and Moreira committed to meet again in Wellington in August.",
        [
            Expected({"Tom Reyes": H, "Ana Moreira": V}, "Canberra", MONDAY),
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Wellington", dt.date(2024, 8, 1), "planned"),
        ],
    ),
    "'was hosted to dinner by X': the meal's host received the guest": (
        "Finnish President Tom Reyes was hosted to dinner by King Harald at the Royal Palace in Oslo on"
        " Tuesday.",
        [Expected({"Tom Reyes": V, "King Harald": H}, "Royal Palace", TUESDAY)],
    ),
    "'on the sidelines of the 80th session of the General Assembly in New York': that city": (
        "Turkish Foreign Minister Tom Reyes met Saudi Foreign Minister Ana Moreira on Tuesday on the"
        " sidelines of the 80th session of the UN General Assembly in New York.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, "New York", TUESDAY)],
    ),
    "a web page's dateline alone on its line places the news": (
        "VILNIUS\n\nNorwegian Prime Minister Tom Reyes met Swedish Prime Minister Ana Moreira on Tuesday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, "Vilnius", TUESDAY)],
    ),
    "'received at the Presidential Palace the Foreign Minister of X': the palace, not what follows": (
        "President Tom Reyes received this morning at the Presidential Palace the Foreign Minister of"
        " Slovenia, Ms. Ana Moreira.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "Presidential Palace", PUBLISHED)],
    ),
    "'the Minister for Foreign Affairs of Japan, X' introduces X, not the subject again": (
        "Azerbaijani Foreign Minister Tom Reyes met with the Minister for Foreign Affairs of Japan, Ana"
        " Moreira, in Baku on Tuesday.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V}, "Baku", TUESDAY)],
    ),
    "a meeting told next, unplaced, of a party placed just before: the same place": (
        "Singaporean Foreign Minister Tom Reyes held talks with Indian Foreign Minister Ana Moreira in"
        " Singapore on Monday. On the same day, Reyes also had a meeting with Australian Foreign Minister Wei"
        " Lin.",
        [
            Expected({"Tom Reyes": H, "Ana Moreira": V}, "Singapore", MONDAY, meeting_type="talks"),
            Expected({"Tom Reyes": H, "Wei Lin": V}, "Singapore", MONDAY),
        ],
    ),
    "a meeting told next but days apart from the placed one: no place carried": (
        "Foreign Minister Tom Reyes met Singaporean Foreign Minister Ana Moreira in Singapore on Saturday."
        " Reyes met Australian Foreign Minister Wei Lin on Monday.",
        [
            Expected({"Tom Reyes": P, "Ana Moreira": P}, "Singapore", SATURDAY),
            Expected({"Tom Reyes": P, "Wei Lin": P}, None, MONDAY),
        ],
    ),
    "'A and B were present.' right after a meeting: its attendees": (
        "President Tom Reyes met Belarusian Prime Minister Ana Moreira at State House in Harare on Tuesday."
        " Foreign Minister Wei Lin and Agriculture Minister Mia Walsh were present.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V, "Wei Lin": A, "Mia Walsh": A}, "State House", TUESDAY)],
    ),
    "a readout's closing 'Present at the meeting were A and B', some sentences on": (
        "President Tom Reyes received Burundian Foreign Minister Ana Moreira at State House on Tuesday. The"
        " two discussed regional security. They also reviewed trade. Present at the meeting were Cabinet"
        " Secretary Wei Lin and Chief of Staff Mia Walsh.",
        [Expected({"Tom Reyes": H, "Ana Moreira": V, "Wei Lin": A, "Mia Walsh": A}, "State House", TUESDAY)],
    ),
    "'After the meeting, X paid a courtesy call on Y': the day of the meeting told": (
        "Nepal's Foreign Minister Tom Reyes held talks with Chinese Foreign Minister Ana Moreira in Beijing"
        " on Monday. After the meeting, Reyes paid a courtesy call on Vice President Wei Lin.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Beijing", MONDAY, meeting_type="talks"),
            Expected({"Tom Reyes": V, "Wei Lin": H}, "Beijing", MONDAY, meeting_type="visit"),
        ],
    ),
    "'the director-general of the WTO, X': X is met, not the body": (
        "Brazilian Finance Minister Tom Reyes met the director-general of the World Trade Organization, Ana"
        " Moreira, in Geneva on Monday.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, "Geneva", MONDAY)],
    ),
    "'A and B were present.' after a recalled meeting: at the news meeting, not the one recalled": (
        "Ambassador Tom Reyes paid a farewell call on Prime Minister Ana Moreira at her residence today. The"
        " Prime Minister thanked Japan for its support. Moreira recalled her official visit to Japan in April"
        " this year, when she held talks with Japanese Prime Minister Wei Lin in Tokyo. Principal Secretary"
        " Mia Walsh and Secretary Karl Weber were present.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H, "Mia Walsh": A, "Karl Weber": A}, None, PUBLISHED),
            Expected({"Ana Moreira": V, "Wei Lin": H}, "Tokyo", dt.date(2024, 4, 1)),
        ],
    ),
    "an epithet with adjectives ('The constitutional monarch') takes up the king named before": (
        "King Tomas left Nepal on Monday for a week-long visit to China. The constitutional monarch was"
        " scheduled to meet Chinese President Ana Moreira during his visit.",
        [Expected({"King Tomas": V, "Ana Moreira": H}, "China", None, "planned")],
    ),
    "'Sheikh X' told again is the 'Sheikh X bin Y Al Z' named before": (
        "Emir Sheikh Khalid bin Hamad Al Thani was received by President Ana Moreira at the Elysee Palace on"
        " Tuesday. In separate talks, Sheikh Khalid met Prime Minister Wei Lin.",
        [
            Expected({"Khalid bin Hamad Al Thani": V, "Ana Moreira": H}, "Elysee Palace", TUESDAY),
            Expected({"Khalid bin Hamad Al Thani": P, "Wei Lin": P}),
        ],
    ),
    "'the Fijian leader' is the Fijian prime minister, not the last leader named": (
        "Fijian Prime Minister Tom Reyes held talks with Prime Minister Ana Moreira in Wellington on Tuesday."
        " Reyes also met Labour leader Wei Lin. The Fijian leader flies to Auckland today, where he will meet"
        " Mayor Mia Walsh.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Wellington", TUESDAY, meeting_type="talks"),
            Expected({"Tom Reyes": V, "Wei Lin": H}, "Wellington"),
            Expected({"Tom Reyes": V, "Mia Walsh": H}, "Auckland", None, "planned"),
        ],
    ),
    "travellers sent together to meet an unnamed group meet no one named": (
        "The governor sent his chief of staff, Tom Reyes, and budget director Ana Moreira to meet with"
        " farmers and county officials in Iowa.",
        [],
    ),
    "'visited X in April, when she and Y discussed Z': they talked there together": (
        "Italian Prime Minister Tom Reyes visited London in April, when she and British Prime Minister Ana"
        " Moreira discussed migration.",
        [Expected({"Tom Reyes": V, "Ana Moreira": H}, "London", dt.date(2024, 4, 1))],
    ),
    "'met A on Monday and B the next day': B in a clause of its own, a day after A": (
        "Mongolian Foreign Minister Bat Erdene met Japanese Foreign Minister Kenji Sato on Monday and South"
        " Korean Foreign Minister Park Min-ho the next day.",
        [
            Expected({"Bat Erdene": P, "Kenji Sato": P}, None, MONDAY),
            Expected({"Bat Erdene": P, "Park Min-ho": P}, None, TUESDAY),
        ],
    ),
    "'the chairperson of the Commission, X': the holder set off after the body is met, not the body": (
        "Kenyan President Amina Odede travelled to Addis Ababa on Monday to meet the chairperson of the"
        " African Union Commission, Issa Faki Mahamat.",
        [Expected({"Amina Odede": V, "Issa Faki Mahamat": H}, "Addis Ababa", MONDAY)],
    ),
    "'Taking part in the talks were A and B' after talks of states: the ones who met": (
        "Chile and Bolivia held talks on border issues in Lima on Monday. Taking part in the talks were"
        " Chile's envoy to Peru, Ambassador Luis Soto, and the secretary-general of the Bolivian Foreign"
        " Ministry, Juan Paz.",
        [
            Expected(
                {"Chile": P, "Bolivia": P, "Luis Soto": P, "Juan Paz": P},
                "Lima",
                MONDAY,
                meeting_type="talks",
            )
        ],
    ),
    "'the idea of a summit that would include A, B and C' is a possibility, no meeting": (
        "Attention has turned to the idea of an Arctic summit that would include Canada, Norway and Denmark.",
        [],
    ),
    "'prospects for a conference' is a possibility, no meeting": (
        "Diplomats have focused on prospects for a regional peace conference that would include Egypt, Jordan"
        " and Syria.",
        [],
    ),
    "a visitor's next talks, at no known place, with a person of the country he is in: visitor and host": (
        "Latvian Defence Minister Andris Berzins was received by Polish President Tomasz Nowak at the"
        " Presidential Palace in Warsaw on Tuesday. Earlier in the day, Berzins held talks with his Polish"
        " counterpart, Marek Zielinski, at the Ministry of National Defence.",
        [
            Expected({"Andris Berzins": V, "Tomasz Nowak": H}, "Presidential Palace", TUESDAY),
            Expected(
                {"Andris Berzins": V, "Marek Zielinski": H},
                "Ministry of National Defence",
                TUESDAY,
                meeting_type="talks",
            ),
        ],
    ),
    "'his counterpart, X, at the ministry': the name set off after the counterpart is the one met": (
        "Croatian Foreign Minister Ivan Horvat held talks with his Albanian counterpart, Elira Hoxha, at the"
        " Ministry of Foreign Affairs on Monday.",
        [
            Expected(
                {"Ivan Horvat": P, "Elira Hoxha": P},
                "Ministry of Foreign Affairs",
                MONDAY,
                meeting_type="talks",
            )
        ],
    ),
    "'Crown Prince Hamad bin Talal III' is the king's son, not 'King Talal III'": (
        "King Talal III received Lebanese Prime Minister Tom Reyes at the Raghadan Palace on Monday. The"
        " meeting was attended by Crown Prince Hamad bin Talal III.",
        [Expected({"Talal III": H, "Tom Reyes": V, "Hamad bin Talal III": A}, "Raghadan Palace", MONDAY)],
    ),
    "'spent two days in Lima, where he held talks with X': the where-clause of the light verb places them": (
        "South Korean President Min Jae-won spent two days in Lima, where he held talks with Peruvian"
        " President Ana Moreira on Monday.",
        [Expected({"Min Jae-won": V, "Ana Moreira": H}, "Lima", MONDAY, meeting_type="talks")],
    ),
    "'said on Tuesday that he had spoken the previous evening with X': the evening before Tuesday": (
        "Chilean President Tom Reyes said on Tuesday that he had spoken by phone the previous evening with"
        " Peruvian President Ana Moreira.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, MONDAY, meeting_type="call")],
    ),
    "'received in audience, at the Palace in Luanda, the Minister, X': the object set after the city": (
        "The President of the Republic, Ana Moreira, on Monday received in audience, at the Presidential"
        " Palace in Luanda, the Mozambican Minister of National Defence, Tomas Chivambo Nhaca, who carried"
        " a message.",
        [Expected({"Ana Moreira": H, "Tomas Chivambo Nhaca": V}, "Presidential Palace", MONDAY)],
    ),
    "'The meeting, attended by Z, addressed ...': the participle set off by commas brings an attendee": (
        "King Talal III received Iraqi Prime Minister Tom Reyes at the Raghadan Palace on Monday. The"
        " meeting, attended by Crown Prince Hamad bin Talal III, addressed trade.",
        [Expected({"Talal III": H, "Tom Reyes": V, "Hamad bin Talal III": A}, "Raghadan Palace", MONDAY)],
    ),
    "'Earlier, A and B held consultations': A, present at the reception, also met B on his own": (
        "Manama, May 13 (BNA): Crown Prince Omar bin Khalid received Japanese Foreign Minister Kenji Sato at"
        " the Sakhir Palace on Monday, in the presence of Foreign Minister Tom Reyes. Earlier, Reyes and Sato"
        " held political consultations at the Ministry of Foreign Affairs.",
        [
            Expected({"Omar bin Khalid": H, "Kenji Sato": V, "Tom Reyes": A}, "Sakhir Palace", MONDAY),
            Expected({"Tom Reyes": H, "Kenji Sato": V}, "Ministry of Foreign Affairs", meeting_type="talks"),
        ],
    ),
    "'received the Minister of Y, X, who arrived in Thimphu': the guest's arrival places the meeting": (
        "Prime Minister of Bhutan Tom Reyes on Monday received the Minister of Foreign Affairs of the"
        " Maldives, Ali Rasheed, who arrived in Thimphu on an official visit.",
        [Expected({"Tom Reyes": H, "Ali Rasheed": V}, "Thimphu", MONDAY)],
    ),
    "'the chairman of A, X, and the chief executive of B, Y': both holders set off after their offices": (
        "President Ana Moreira on Monday received the chairman of Anglo American, Stuart Chambers, and the"
        " chief executive of Sasol, Simon Baloyi, at the Union Buildings.",
        [Expected({"Ana Moreira": H, "Stuart Chambers": V, "Simon Baloyi": V}, "Union Buildings", MONDAY)],
    ),
    "'held talks with A and, separately, with B': two meetings": (
        "Luxembourg Prime Minister Tom Reyes on Monday held talks with Belgian Prime Minister Ana Moreira"
        " and, separately, with Dutch Prime Minister Kenji Sato in Luxembourg.",
        [
            Expected({"Tom Reyes": H, "Ana Moreira": V}, "Luxembourg", MONDAY, meeting_type="talks"),
            Expected({"Tom Reyes": H, "Kenji Sato": V}, "Luxembourg", MONDAY, meeting_type="talks"),
        ],
    ),
    "'The delegation, which arrived on Sunday, also met X': the clause set off restricts nothing": (
        "A delegation of US lawmakers led by Senator Tom Reyes met President Ana Moreira in Taipei on Monday."
        " The delegation, which arrived in Taiwan on Sunday, also met with Vice President Lin Mei-hua.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Taipei", MONDAY),
            Expected({"Tom Reyes": V, "Lin Mei-hua": H}, "Taiwan"),
        ],
    ),
    "a visitor received at home by his hosts, then in talks at no known place with one of theirs": (
        "Indian Foreign Minister Tom Reyes paid a courtesy call on Maldivian President Ana Moreira on Tuesday"
        " at the President's Office. Yesterday, Reyes held official talks with Maldivian Foreign Minister Ali"
        " Rasheed at the Ministry of Foreign Affairs.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "President's Office", TUESDAY, meeting_type="visit"),
            Expected(
                {"Tom Reyes": V, "Ali Rasheed": H},
                "Ministry of Foreign Affairs",
                TUESDAY,
                meeting_type="talks",
            ),
        ],
    ),
    "'has been pushed back to next month': still planned, at the new time": (
        "Talks between Polish Prime Minister Tom Reyes and Ukrainian Prime Minister Ana Moreira have been"
        " pushed back to next month.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, dt.date(2024, 6, 1), "planned", "talks")],
    ),
    "'originally set for Thursday, has been postponed to next week': planned, not on the Thursday": (
        "A meeting between Colombian Foreign Minister Tom Reyes and US Secretary of State Ana Moreira,"
        " originally set for Thursday, has been postponed to next week.",
        [Expected({"Tom Reyes": P, "Ana Moreira": P}, None, None, "planned")],
    ),
    "'has been postponed' with no new time: put off, no meeting": (
        "A meeting between Colombian Foreign Minister Tom Reyes and US Secretary of State Ana Moreira has"
        " been postponed.",
        [],
    ),
    "'received by the President of Angola', the holder unnamed: the state is the party": (
        "The Chairperson of the African Union Commission, Issa Faki Mahamat, was received on Monday by the"
        " President of Angola.",
        [Expected({"Issa Faki Mahamat": V, "Angola": H}, None, MONDAY)],
    ),
    "'the Minister of External Relations, H.E. X': the holder after an honorific set off by a comma": (
        "Kenyan Foreign Minister Amina Odede held talks with the Minister of External Relations, H.E. Tomas"
        " Nhaca, in Luanda on Monday.",
        [Expected({"Amina Odede": V, "Tomas Nhaca": H}, "Luanda", MONDAY, meeting_type="talks")],
    ),
    "'was also attended by X, along with Y': both attendees": (
        "Canadian Prime Minister Tom Reyes received Irish Taoiseach Ana Moreira in Ottawa on Monday. The"
        " talks were also attended by Irish Foreign Minister Sean Byrne, along with Canada's Director of"
        " Trade Policy Anne-Marie Lavoie.",
        [
            Expected(
                {"Tom Reyes": H, "Ana Moreira": V, "Sean Byrne": A, "Anne-Marie Lavoie": A}, "Ottawa", MONDAY
            )
        ],
    ),
    "a visitor's talks on his stay with an official of no stated country: that official hosts": (
        "Chinese Defence Minister Li Wei was received by Tajik President Tom Reyes at the Palace of the"
        " Nation on Monday. Earlier that day, Li Wei held talks with Minister of Defence Ana Moreira at the"
        " Ministry of Defence.",
        [
            Expected({"Li Wei": V, "Tom Reyes": H}, "Palace of the Nation", MONDAY),
            Expected({"Li Wei": V, "Ana Moreira": H}, "Ministry of Defence", MONDAY, meeting_type="talks"),
        ],
    ),
    "'arrived in Amman coming from Cairo, where he met X': the earlier leg is background": (
        "US envoy Tom Reyes met Jordanian Foreign Minister Ana Moreira in Amman on Tuesday. The envoy arrived"
        " in Amman coming from Cairo, where he met Egyptian President Omar Fahmy on Monday.",
        [
            Expected({"Tom Reyes": V, "Ana Moreira": H}, "Amman", TUESDAY),
            Expected({"Tom Reyes": V, "Omar Fahmy": H}, "Cairo", MONDAY),
        ],
    ),
    "'President of A X, President of B Y and President of C Z met in A's capital': all three": (
        "President of the Republic of Slovenia Mira Kovac, President of the Republic of Croatia Ivo Horvat"
        " and President of the Republic of Austria Karl Huber met in Ljubljana on Monday.",
        [Expected({"Mira Kovac": H, "Ivo Horvat": V, "Karl Huber": V}, "Ljubljana", MONDAY)],
    ),
    "'The two last met in Krakow in April': the pair named before, an earlier meeting": (
        "Lithuanian President Tom Reyes and Polish President Ana Moreira met in Vilnius on Monday. The two"
        " last met in Krakow in April.",
        [
            Expected({"Tom Reyes": H, "Ana Moreira": V}, "Vilnius", MONDAY),
            Expected({"Tom Reyes": P, "Ana Moreira": P}, "Krakow", dt.date(2024, 4, 1)),
        ],
    ),
    "'Before the trilateral meeting, A held a bilateral meeting with B': a meeting of its own": (
        "President of the Republic of Lithuania Tom Reyes, President of the Republic of Latvia Ana Moreira"
        " and President of the Republic of Estonia Karl Huber met in Vilnius on Monday. Before the"
        " trilateral meeting, President Reyes held a bilateral meeting with President Moreira.",
        [
            Expected({"Tom Reyes": H, "Ana Moreira": V, "Karl Huber": V}, "Vilnius", MONDAY),
            Expected({"Tom Reyes": H, "Ana Moreira": V}, "Vilnius"),
        ],
    ),
    "'on the second day of the visit': counted from the day the journey began": (
        "Chilean President Ana Moreira arrived in Hanoi on Monday for a three-day state visit. On the second"
        " day of the visit, she held talks with Vietnamese Prime Minister Tran Van Duc.",
        [Expected({"Ana Moreira": V, "Tran Van Duc": H}, "Hanoi", TUESDAY, meeting_type="talks")],
    ),
    "'on the final day of his trip': the last day of the length the story gave": (
        "Peruvian President Tom Reyes began a three-day visit to Japan on Sunday. On the final day of his"
        " trip, he met Prime Minister Kenji Sato in Tokyo.",
        [Expected({"Tom Reyes": V, "Kenji Sato": H}, "Tokyo", TUESDAY)],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_meeting_pattern_class(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    found = meetings(nlp, text)
    wanted = [(e.parties, e.place, e.date, e.status) for e in expected]
    assert [(parties, place, date, status) for parties, place, date, status, _ in found] == wanted
    for (*_, meeting_type), e in zip(found, expected, strict=True):
        if e.meeting_type is not None:
            assert meeting_type == e.meeting_type


def test_last_week_is_an_earlier_news_cycle(nlp: Language) -> None:
    doc = nlp("Irish Taoiseach Sean Murphy met British Prime Minister James Hill last week.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert (meeting.date, meeting.date_precision, meeting.is_background) == (None, "unknown", True)


def test_in_the_past_is_history(nlp: Language) -> None:
    doc = nlp(
        "Prime Minister Viktor Kovacs, who has hosted President Ivan Petrov in the past, welcomed the plan."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.is_background


def test_earlier_this_month_is_an_earlier_news_cycle(nlp: Language) -> None:
    doc = nlp(
        "Senator Dan Ross, who had dinner with Senator Tom Reyes in Washington earlier this month, endorsed"
        " him on Monday."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert (meeting.date, meeting.date_precision, meeting.is_background) == (
        dt.date(2024, 5, 1),
        "month",
        True,
    )


def test_an_encounter_the_news_comes_after_is_background(nlp: Language) -> None:
    doc = nlp("The meeting comes days after President Tom Hale spoke by phone with President Ivan Petrov.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert (meeting.meeting_type, meeting.status, meeting.is_background) == ("call", "occurred", True)
    assert [e.trigger for e in meeting.evidence] == ["spoke"]


def test_an_encounter_on_the_leg_a_traveller_came_from_is_background(nlp: Language) -> None:
    doc = nlp(
        "US envoy Tom Reyes met Jordanian Foreign Minister Ana Moreira in Amman on Tuesday. The envoy arrived"
        " in Amman coming from Cairo, where he met Egyptian President Omar Fahmy on Monday."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    found = {m.location: m.is_background for m in extract_meetings(doc, meta, extract_actors(doc, meta))}
    assert found == {"Amman": False, "Cairo": True}


def test_a_title_case_dateline_with_a_colon_places_the_news(nlp: Language) -> None:
    doc = nlp("New Delhi: Indian Prime Minister Ravi Kumar met Japanese Prime Minister Kenji Sato on Monday.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.location == "New Delhi"
    # a headline's colon names no place
    doc = nlp("Update: Indian Prime Minister Ravi Kumar met Japanese Prime Minister Kenji Sato on Monday.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.location is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        (
            "WINDHOEK, 14 MAY (NAMPA) - President X hosted Y.",
            "WINDHOEK, 14 MAY (NAMPA) - ",
        ),  # month in capitals
        (
            "ASUNCION, Oct 23 (Prensa Latina) President X met Y.",
            "ASUNCION, Oct 23 (Prensa Latina) ",
        ),  # no dash
        ("Manama, March 14 (BNA): His Royal Highness X received Y.", "Manama, March 14 (BNA): "),
        ("John Smith (Labour) Said he met Y.", None),  # an agency without a dash comes after the day only
        ("(ANSA) - ROME, DEC 13 - Minister X was received.", "(ANSA) - ROME, DEC 13 - "),  # agency first
    ],
)
def test_a_dateline_ends_where_the_copy_starts(opening: str, dateline: str | None) -> None:
    found = datelines(opening)
    assert (found[0].group(0) if found else None) == dateline


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("HARTWELL, N.J. (AP) —", "Hartwell"),  # a town the place table does not know, vouched by its state
        ("HARTWELL, Calif. —", "Hartwell"),
        ("HARTWELL, Ruritania —", None),  # no known region: capitals alone are no place
        ("Sharm el-Sheikh, Egypt –", "Sharm el-Sheikh"),  # a particle joined to the next word
    ],
)
def test_a_dateline_region_vouches_for_an_unknown_town(
    nlp: Language, dateline: str, place: str | None
) -> None:
    doc = nlp(f"{dateline} Governor Tom Hale met Senator Paul Reyes on Monday.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.location == place


def test_a_guest_already_arrived_meets_where_the_report_was_filed(nlp: Language) -> None:
    # the arrival names no destination: under the dateline, the guest is there for the talks to come
    doc = nlp(
        "SEOUL, May 15 (Reuters) - Malaysian Prime Minister Anwar Hashim, who arrived on Sunday, is to hold"
        " talks with South Korean President Kim Jae-won on Friday."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    actors = extract_actors(doc, meta)
    [meeting] = extract_meetings(doc, meta, actors)
    roles = {actors.actor(p.local_key).name: p.role for p in meeting.participants}  # type: ignore[union-attr]
    assert (roles, meeting.location) == ({"Anwar Hashim": V, "Kim Jae-won": H}, "Seoul")


def test_his_visit_to_the_country_is_not_of_the_one_at_home_there(nlp: Language) -> None:
    # the readout's pronoun is read as the subject, at home in the dateline's country: the guest visits
    doc = nlp(
        "DOHA, May 4 (QNA) - Qatari Prime Minister Ali Hassan met at the Amiri Diwan this morning with"
        " President of the Republic of Ghana John Mensah, on the occasion of his visit to the country."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    actors = extract_actors(doc, meta)
    [meeting] = extract_meetings(doc, meta, actors)
    roles = {actors.actor(p.local_key).name: p.role for p in meeting.participants}  # type: ignore[union-attr]
    assert (roles, meeting.location) == ({"Ali Hassan": H, "John Mensah": V}, "Doha")


def test_the_united_nations_dateline_places_the_news(nlp: Language) -> None:
    doc = nlp(
        "UNITED NATIONS, May 15 (Reuters) - Secretary-General Tom Hale received Iranian Deputy Foreign"
        " Minister Ali Rezai today, a spokesman said."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.location == "United Nations"


def test_a_dateline_place_the_model_took_for_a_body_is_no_actor(nlp: Language) -> None:
    doc = nlp("LAUSANNE, May 15 - Olympic officials from the two countries met today.")
    actors = extract_actors(doc, ArticleMeta("t", doc.text, PUBLISHED))
    assert all(a.name.upper() != "LAUSANNE" for a in actors.actors)


def test_a_portfolio_inside_a_longer_office_is_no_name(nlp: Language) -> None:
    doc = nlp("Park Min-ho met a delegation headed by Deputy Sports Minister Pavel Orlov on Monday.")
    actors = extract_actors(doc, ArticleMeta("t", doc.text, PUBLISHED))
    assert [a.name for a in actors.actors if a.actor_type == "person"] == ["Park Min-ho", "Pavel Orlov"]


def test_a_dateline_day_long_before_publication_dates_nothing() -> None:
    # a dateline a week before the publication date is an old dispatch republished, or a misread: the
    # publication date stays the reference day
    meta = ArticleMeta("t", "", PUBLISHED)
    assert report_day(meta, "RIYADH, May 7 (SPA) -- X received Y today.") == meta
    assert report_day(meta, "RIYADH, May 14 (SPA) -- X received Y today.").published_date == TUESDAY
    assert report_day(meta, "X received Y today.") == meta


def test_a_body_named_like_a_building_is_no_place(nlp: Language) -> None:
    doc = nlp("Trader Tom Hale met banker Karl Brandt at International Commodities Clearing House on Monday.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    meetings = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert all(m.location != "International Commodities Clearing House" for m in meetings)


def test_a_meeting_named_for_itself_takes_no_later_attendee(nlp: Language) -> None:
    # "attended the OPEC meeting in Vienna" is another meeting than the one told before
    found = meetings(
        nlp,
        "U.S. Treasury Secretary Tom Hale met German Finance Minister Karl Brandt on Monday. Saudi Oil"
        " Minister Faisal Saud attended the OPEC meeting in Vienna.",
    )
    assert found[0][0] == {"Tom Hale": P, "Karl Brandt": P}


def test_there_are_forty_classes_at_least() -> None:
    assert len(CASES) >= 40


def test_a_building_takes_the_country_of_the_city_it_is_in(nlp: Language) -> None:
    doc = nlp("President Ana Moreira met Senator Tom Reyes at Harbor Tower in New York on Monday.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert (meeting.location, meeting.location_country_iso3) == ("Harbor Tower", "USA")


def test_an_audience_gathered_tells_nothing_of_a_meeting(nlp: Language) -> None:
    # "spoke to the gathering of business leaders": an audience, neither a meeting nor its evidence
    doc = nlp(
        "Senator Tom Reyes said on Monday he met Governor Ana Moreira last week. A week earlier, Moreira"
        " spoke to the gathering of business leaders."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert [e.sentence_index for e in meeting.evidence] == [0]


def test_a_date_the_meeting_comes_before_sets_no_history(nlp: Language) -> None:
    doc = nlp(
        "Governor Tom Hale huddled with Governor Paul Reyes, seeking support ahead of the May 21 primary."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert not meeting.is_background
    doc = nlp("Ahead of last week's primary, Governor Tom Hale met with Governor Paul Reyes.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.is_background


def test_a_date_inside_the_topic_does_not_make_the_meeting_history(nlp: Language) -> None:
    # the agreement is of September 2023; the meeting itself is undated news, not background
    doc = nlp("Foreign Minister Ana Moreira met Senator Tom Reyes to discuss a September 2023 agreement.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert (meeting.date, meeting.is_background) == (None, False)
    doc = nlp("Foreign Minister Ana Moreira met Senator Tom Reyes in September 2023 to discuss trade.")
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert meeting.is_background


def test_the_first_meeting_since_a_year_is_dated_by_its_own_day(nlp: Language) -> None:
    # "since 2019" says when the last one was: neither this meeting's date nor a sign of history
    doc = nlp(
        "Indian Prime Minister Arjun Mehta met Chinese President Wei Lin in Kazan on Tuesday, their first"
        " meeting since 2019."
    )
    meta = ArticleMeta("t", doc.text, PUBLISHED)
    [meeting] = extract_meetings(doc, meta, extract_actors(doc, meta))
    assert (meeting.date, meeting.is_background) == (TUESDAY, False)


def test_a_bilateral_on_the_sidelines_of_a_summit_is_no_summit(nlp: Language) -> None:
    found = meetings(
        nlp,
        "Indian Prime Minister Arjun Mehta and Chinese President Wei Lin met on the sidelines of the summit"
        " in Kazan on Tuesday.",
    )
    assert [(parties, kind) for parties, *_, kind in found] == [({"Arjun Mehta": P, "Wei Lin": P}, "meeting")]


def test_hosts_whose_guest_is_unresolved_make_no_meeting(nlp: Language) -> None:
    # "the naval chief" is not resolved to anyone: the two he called on never met each other
    found = meetings(
        nlp,
        "On the second day, the naval chief called on the President of Sri Lanka, Ranil Wickremesinghe, and"
        " the Army Commander, General Shavendra Silva, separately in Colombo.",
    )
    assert found == []


def test_a_body_whose_session_is_the_occasion_is_no_place(nlp: Language) -> None:
    # the small model may tag a body's initials a place: "at the meeting of the IMF" says when, not where
    found = meetings(
        nlp,
        "Brazilian Finance Minister Ana Moreira met Mexican Finance Minister Luis Ortiz at the meeting of the"
        " IMF on Monday.",
    )
    assert ({"Ana Moreira": P, "Luis Ortiz": P}, None, MONDAY) in [(p, place, d) for p, place, d, *_ in found]
    assert all(place is None for _, place, *_ in found)


def test_a_titled_person_named_like_a_building_is_a_person(nlp: Language) -> None:
    # "Hall", "Bridge", "Tower" end buildings' names; after "Senator" or "Mr." they are surnames
    found = meetings(nlp, "Finance Minister Ana Moreira met Senator Tom Hall on Monday.")
    assert [p for p, *_ in found] == [{"Ana Moreira": P, "Tom Hall": P}]
    assert meetings(nlp, "Finance Minister Ana Moreira visited Lincoln Tower in Brasilia on Monday.") == []


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Peru held talks with Trinidad-Tobago on Monday.", "Trinidad and Tobago"),
        ("Peru held talks with Antigua and Barbuda on Monday.", "Antigua and Barbuda"),
        ("Peru held talks with Bosnia-Herzegovina on Monday.", "Bosnia and Herzegovina"),
    ],
)
def test_a_state_whose_name_joins_two_names_is_one_party(nlp: Language, text: str, state: str) -> None:
    # the small model cuts such a name at its "and" or hyphen, into two places, a person or a firm
    assert [p for p, *_ in meetings(nlp, text)] == [{"Peru": P, state: P}]


def test_also_meeting_after_an_unnamed_group_is_another_encounter(nlp: Language) -> None:
    # the first meeting's counterpart ("Senate leaders") is no actor; "also met" still tells a second one,
    # so the first sentence's day is not the second meeting's
    found = meetings(
        nlp,
        "Former Foreign Minister Ana Moreira met Senate leaders on Monday. Moreira also met House leaders,"
        " including Congressman Tom Reyes, a Texas Democrat.",
    )
    assert [(p, d) for p, _, d, *_ in found] == [({"Ana Moreira": P, "Tom Reyes": P}, None)]


def test_a_meeting_told_only_by_those_attending_it(nlp: Language) -> None:
    # no meeting with parties was told before "the meeting": those attending it are its parties
    for text in (
        "A meeting of coffee growers ended with a pledge on exports. The meeting was attended by delegates"
        " from Kenya, Uganda and Rwanda.",
        "A meeting of coffee growers ended with a pledge on exports. Delegates from Kenya, Uganda and"
        " Rwanda attended the meeting.",
    ):
        assert [p for p, *_ in meetings(nlp, text)] == [{"Kenya": P, "Uganda": P, "Rwanda": P}]
    # after a meeting told with its parties, those attending it are its attendees, not a meeting of theirs
    found = meetings(
        nlp,
        "President Ana Moreira met Prime Minister Tom Reyes on Monday. Kenya and Uganda attended the"
        " meeting.",
    )
    assert [p for p, *_ in found] == [{"Ana Moreira": P, "Tom Reyes": P, "Kenya": A, "Uganda": A}]


def test_talks_between_other_states_are_not_placed_at_the_dateline(nlp: Language) -> None:
    # the report is filed from Ottawa; the talks it mentions are between two other states, no trip told
    found = meetings(
        nlp, "OTTAWA - Minister Tom Reyes said the ruling would complicate the ongoing Chile-Peru talks."
    )
    assert [(p, place) for p, place, *_ in found] == [({"Chile": P, "Peru": P}, None)]
    found = meetings(
        nlp, "NAIROBI - Foreign Minister Ana Moreira said Brazil was continuing negotiations with Chile."
    )
    assert [(p, place) for p, place, *_ in found] == [({"Brazil": P, "Chile": P}, None)]
    # "here" places them where the report is filed
    found = meetings(nlp, "GENEVA - Chile and Peru held trade talks here on Tuesday.")
    assert [(p, place) for p, place, *_ in found] == [({"Chile": P, "Peru": P}, "Geneva")]


def test_meeting_each_other_halfway_is_a_compromise(nlp: Language) -> None:
    found = meetings(
        nlp, "Foreign Minister Ana Moreira said Brazil hoped the two sides could meet each other halfway."
    )
    assert found == []


@pytest.mark.parametrize(
    "visit",
    [
        "She also visited the Lima Art Museum.",
        "Later, she paid a visit to San Marcos, the city's oldest church.",
    ],
)
def test_a_visit_to_a_site_meets_no_one(nlp: Language, visit: str) -> None:
    # a museum, a church, a school is a place visited, no counterpart (convention 1)
    found = meetings(
        nlp, "Foreign Minister Ana Moreira met Peruvian President Luis Ortiz in Lima on Monday. " + visit
    )
    assert [set(p) for p, *_ in found] == [{"Luis Ortiz", "Ana Moreira"}]


def test_a_summit_town_dateline_with_the_day_before_a_colon_places_the_meeting(nlp: Language) -> None:
    # "DAVOS, Jan 16 (APP):": the day inside a colon dateline; Davos is smaller than the place table's towns
    found = meetings(
        nlp,
        "DAVOS, May 13 (APP): Foreign Minister Ana Moreira on Monday met Norwegian Foreign Minister Per Olsen"
        " on the sidelines of the forum.",
    )
    assert [(place, d) for _, place, d, *_ in found] == [("Davos", MONDAY)]


def test_talks_said_to_go_on_between_two_sides(nlp: Language) -> None:
    # the between-phrase hangs on the predicate, after "under way"
    found = meetings(nlp, "Negotiations have been under way between Chile and Peru.")
    assert [p for p, *_ in found] == [{"Chile": P, "Peru": P}]


def test_the_simple_present_of_a_main_clause_is_the_news_of_the_day(nlp: Language) -> None:
    # the wire's present for today's news (convention 5); a habit or a time of its own says otherwise
    found = meetings(nlp, "Finance Minister Ana Moreira holds talks with Japanese Finance Minister Ken Sato.")
    assert [(d, s) for _, _, d, s, _ in found] == [(PUBLISHED, "occurred")]
    assert meetings(nlp, "Finance Minister Ana Moreira often meets Finance Minister Ken Sato.") == []
    found = meetings(nlp, "Finance Minister Ana Moreira meets Finance Minister Ken Sato on Friday.")
    assert [(d, s) for _, _, d, s, _ in found] == [(FRIDAY, "planned")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Foreign Minister Wei Lin and Senator Tom Reyes wrapped up talks in the Thai capital on Monday.",
            "Bangkok",
        ),
        ("Chancellor Hans Vogel met Prime Minister Jan Olsen in the West German capital on Monday.", "Bonn"),
    ],
)
def test_the_capital_named_by_a_demonym_is_that_city(nlp: Language, text: str, place: str) -> None:
    assert [place for _, place, *_ in meetings(nlp, text)] == [place]


def test_flying_into_a_capital_is_a_journey_there(nlp: Language) -> None:
    found = meetings(
        nlp, "Envoy Tom Reyes, who flew into the Syrian capital on Monday, met Prime Minister Omar Haddad."
    )
    assert [(p, place) for p, place, *_ in found] == [({"Tom Reyes": V, "Omar Haddad": H}, "Damascus")]


def test_talks_convened_by_someone_have_the_convener_among_their_parties(nlp: Language) -> None:
    found = meetings(
        nlp,
        "Foreign Minister Ana Moreira joined Chancellor Hans Vogel on Monday for emergency talks convened by"
        " President Luc Martin.",
    )
    assert [set(p) for p, *_ in found] == [{"Ana Moreira", "Hans Vogel", "Luc Martin"}]
    assert meetings(nlp, "The two sides agreed to convene the next session of the commission in June.") == []


def test_names_after_a_plural_description_are_the_parties(nlp: Language) -> None:
    # the parser hangs "A and B" on the verb, not on "counterparts"; they are still the ones hosted
    found = meetings(
        nlp,
        "Brazilian Foreign Minister Ana Moreira will host her Peruvian and Chilean counterparts, Luis Ortiz"
        " and Tomas Vidal, in Brasilia on Friday.",
    )
    assert [p for p, *_ in found] == [{"Ana Moreira": H, "Luis Ortiz": V, "Tomas Vidal": V}]


def test_a_party_named_by_a_bare_title_was_accompanied(nlp: Language) -> None:
    found = meetings(
        nlp,
        "Prime Minister Tom Reyes called on President Ana Moreira on Monday. The premier was accompanied"
        " by Foreign Minister Luis Ortiz.",
    )
    assert [p["Luis Ortiz"] for p, *_ in found] == [A]


def test_one_who_hosted_the_session_just_told_hosts_it(nlp: Language) -> None:
    found = meetings(
        nlp,
        "Senator Tom Reyes sat down on Monday in Riyadh with Foreign Minister Luis Ortiz. Saudi Foreign"
        " Minister Faisal Al-Amri hosted the session.",
    )
    assert [p.get("Faisal Al-Amri") for p, *_ in found] == [H]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # one name the model made of two bodies across their hyphen
        (
            "The previous EU-African Union summit was held in Brussels in February 2022.",
            {"EU", "African Union"},
        ),
        # a body's initials the model tagged a place
        ("The last EU-China summit was held in Brussels in 2022.", {"EU", "China"}),
    ],
)
def test_a_summit_named_by_its_two_sides(nlp: Language, text: str, parties: set[str]) -> None:
    found = meetings(nlp, text)
    assert [(set(p), place) for p, place, *_ in found] == [(parties, "Brussels")]


def test_a_participle_after_the_clause_tells_what_went_with_it(nlp: Language) -> None:
    # "capping a summit": the summit went with the agreement, in the past; the agreement's "to" plans nothing
    found = meetings(
        nlp,
        "President Ana Moreira and Chinese President Wei Lin agreed on Monday to resume direct flights,"
        " capping a four-hour summit in Lima.",
    )
    assert [(set(p), place, d, s) for p, place, d, s, _ in found] == [
        ({"Ana Moreira", "Wei Lin"}, "Lima", MONDAY, "occurred")
    ]


def test_a_round_of_talks_is_planned_by_the_expected_journey(nlp: Language) -> None:
    # "round of" puts the journey's "is expected to" one step further from "talks"
    found = meetings(
        nlp,
        "Negotiator Ken Sato is expected to fly to Washington this week for an eighth round of talks with"
        " Commerce Secretary Tom Reyes.",
    )
    assert [s for *_, s, _ in found] == ["planned"]


def test_i_in_a_quotation_said_by_he_or_she_is_the_person_named_before(nlp: Language) -> None:
    found = meetings(
        nlp,
        'Attorney General Ana Moreira spoke on Monday. "I met with Police Commissioner Tom Reyes this'
        ' afternoon," she said.',
    )
    assert [p for p, *_ in found] == [{"Ana Moreira": P, "Tom Reyes": P}]


def test_a_courtesy_call_from_a_visiting_guest(nlp: Language) -> None:
    # "from visiting X": the parser makes the participle a verb taking X; X still paid the call
    found = meetings(
        nlp,
        "President Ana Moreira received a courtesy call from visiting Australian Defence Minister Tom Reyes"
        " at Malacanang Palace on Tuesday.",
    )
    assert [(p, d) for p, _, d, *_ in found] == [({"Ana Moreira": H, "Tom Reyes": V}, TUESDAY)]


def test_a_main_verb_tagged_a_participle_keeps_its_subject(nlp: Language) -> None:
    # the relative clause between subject and verb makes the tagger read "called" as a participle
    found = meetings(
        nlp,
        "Foreign Minister Tom Reyes, who is on an official visit to Colombo from 13-15 May, called on"
        " President Ana Moreira on Tuesday.",
    )
    assert [(p, d) for p, _, d, *_ in found] == [({"Tom Reyes": V, "Ana Moreira": H}, TUESDAY)]


def test_the_guest_is_the_one_received_before(nlp: Language) -> None:
    # "his talks with Z": "his" is the guest's, the one the sentence before had received
    found = meetings(
        nlp,
        "Prime Minister Luis Ortiz received Lao Defence Minister Tom Reyes in Hanoi on Monday. The guest"
        " briefed the host on his talks with Defence Minister Ana Moreira earlier the same day.",
    )
    assert {"Tom Reyes", "Ana Moreira"} in [set(p) for p, *_ in found]


def test_an_official_office_is_a_venue(nlp: Language) -> None:
    found = meetings(
        nlp,
        "President Ana Moreira received Polish Foreign Minister Tom Reyes at the Presidential Office on"
        " Tuesday.",
    )
    assert [place for _, place, *_ in found] == ["Presidential Office"]


def test_the_pair_talking_after_a_meeting_dates_it(nlp: Language) -> None:
    # "the pair" stands for the two told before, as "they" does; their talk is the meeting, on its day
    found = meetings(
        nlp,
        "President Ana Moreira has met Prime Minister Tom Reyes in Lima. The pair talked for more than two"
        " hours at the presidential palace on Tuesday.",
    )
    assert [(set(p), d) for p, _, d, *_ in found] == [({"Ana Moreira", "Tom Reyes"}, TUESDAY)]


def test_talks_a_gathering_is_the_first_since_are_behind(nlp: Language) -> None:
    # "since their February talks": what "since" counts from has happened, whatever tense the clause has
    found = meetings(
        nlp,
        "The finance ministers of Japan and France will gather for the first time since their February"
        " talks in Paris.",
    )
    assert ("Paris", dt.date(2024, 2, 1), "occurred") in [(place, d, s) for _, place, d, s, _ in found]


def test_a_building_at_a_paragraph_end_is_named_without_the_full_stop(nlp: Language) -> None:
    found = meetings(
        nlp,
        "Foreign Secretary Tom Reyes held a meeting with Vice-President Ana Moreira at the Great Hall of the"
        " People.\n\nSpeaking to reporters, Reyes said the talks went well.",
    )
    assert [place for _, place, *_ in found] == ["Great Hall of the People"]
