"""Word tables of attribution: cue verbs, titles, organisation, media, document and group nouns,
and the cue patterns built from them. One home for each table; every module of the package reads
them from here."""

from __future__ import annotations

import re

from ..segment import SPEECH_VERBS
from ..words import DEMONYMS

# --- word tables ---------------------------------------------------------------------------------

#: Reporting cues beyond the speech verbs: cognition and report verbs, multi-word cues.
BELIEF_VERBS = (
    "believe believes believed think thinks thought argue argues argued contend contends contended "
    "reported reports report reckon reckons doubt doubts fear fears expect expects expected "
    "estimate warn caution predict assert asserts asserted say"
).split()
#: Cue words that are more often nouns or hedges ("the report", "I think"): used only when no
#: other cue is there.
WEAK_CUES = frozenset("report reports say doubt doubts fear fears expect think thought".split())
#: Verbs that report what someone said but also take a plain object ("denied the charge",
#: "confirmed the deal"): a reported clause after them needs "that" or a subject pronoun.
REPORT_VERBS = (
    "deny denies denied confirm confirms confirmed allege alleges alleged reveal reveals revealed "
    "disclose discloses disclosed concede concedes conceded repeat repeats repeated exclaim exclaims "
    "exclaimed instruct instructs instructed accuse accuses accused urge urges urged urging accusing "
    "assured assures reassured hinted hints signaled signalled signals indicated indicates pledged pledges vowed vows promised promises"
).split()
#: Speech verbs that have common non-speech senses ("added two goals", "the alliance states",
#: "photos posted", "the fighting continued"): a reported clause after them needs "that" or a
#: subject pronoun.
AMBIGUOUS_CUES = frozenset(
    """
    added adds posted posts states stated continued continues maintained maintains observed observes
    noted notes recalled recalls announced announces claimed claims predicted predicts estimated
    estimates agreed agrees concluded concludes responded responds replied replies
    """.split()
) | frozenset(REPORT_VERBS)
#: Cues whose reported content follows an object: "accused X of CLAUSE", "urged X to CLAUSE",
#: "called on X to CLAUSE"; the clause starts after the preposition.
OBJECT_CUES = {"accuse": "of", "accuses": "of", "accused": "of", "accusing": "of", "urge": "to", "urges": "to",
               "urged": "to", "urging": "to",
               "called on": "to", "calls on": "to", "call on": "to"}  # fmt: skip
MULTIWORD_CUES = (
    "point out", "points out", "pointed out", "according to", "went on", "goes on", "called on", "calls on",
    "call on",
)  # fmt: skip
#: Verbs that frame a quoted fragment as someone's words ("called it a “disaster”", "described the
#: plan as “reckless”"): cues for partial quotes only, never for reported clauses.
FRAGMENT_CUES = frozenset(
    """
    called calls call described describes describe dubbed dubs labeled labelled labels branded brands
    likened likens termed terms criticized criticised criticizes criticises hailed hails slammed slams
    praised praises blasted blasts derided derides denounced denounces condemned condemns
    characterized characterised characterizes
    """.split()
)
CUE_WORDS = tuple(dict.fromkeys(SPEECH_VERBS + tuple(BELIEF_VERBS) + tuple(REPORT_VERBS)))
#: Participles that attach a quote to the subject of the main clause ("He later repeated the claim,
#: saying, “...”").
PARTICIPLE_CUES = frozenset(
    "saying adding telling writing noting arguing asking insisting explaining".split()
)
#: Words that open an object, not a reported clause ("says nothing about", "said so", "said goodbye").
NOT_CLAUSE_STARTS = frozenset(
    "nothing little much something anything everything so more less goodbye hello sorry thanks grace by with "
    "for to from about".split()
)
#: Collective nouns whose "of" phrase names the people ("a group of doctors", "a coalition of unions").
COLLECTIVE_NOUNS = frozenset(
    "group coalition team band panel handful number crowd couple dozen dozens hundreds".split()
)
#: Adjectives that follow the head of an unnamed source ("officials familiar with the talks",
#: "people close to the minister"): not the head themselves.
POSTMODIFIERS = frozenset("familiar close loyal opposed linked allied involved aware briefed".split())

#: Words that introduce a title or office before a name; dropped from the canonical name.
TITLE_WORDS = frozenset(
    """
    president vice prime minister secretary ambassador general gen. lt. col. maj. capt. adm. sgt. rep. sen.
    gov. dr. mr. mrs. ms. prof. rev. sir dame lord lady king queen prince princess sheikh mullah commander
    chief spokesman spokeswoman spokesperson mayor governor senator representative judge justice chairman
    chairwoman director deputy foreign defense defence interior finance state former acting retired late
    republican democrat democratic republicans democrats
    florida texas california new york army navy marine air force cia fbi
    attorney sheriff superintendent commissioner councillor councilman councilwoman alderman chancellor
    premier coach pastor father fr. bishop rabbi imam detective inspector constable officer
    del. delegate atty. supt. det. insp. amb. pres. ceo cfo coo cto
    """.split()
) | frozenset(d.lower() for d in DEMONYMS if " " not in d)  # "Afghan President Ashraf Ghani"
#: Abbreviated titles spelled out, so "the senator" finds "Sen. Mark Ellery".
TITLE_EXPANSIONS = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "lt.": "lieutenant",
    "col.": "colonel", "maj.": "major", "capt.": "captain", "adm.": "admiral", "sgt.": "sergeant",
    "dr.": "doctor", "prof.": "professor", "rev.": "reverend", "atty.": "attorney", "supt.": "superintendent",
    "det.": "detective", "insp.": "inspector", "amb.": "ambassador", "pres.": "president",
}  # fmt: skip
#: Words that make a capitalised run an organisation.
ORG_WORDS = frozenset(
    """
    agency department ministry group foundation university institute council committee party army navy
    front corps alliance administration commission bank company corporation inc. corp. association union
    office center centre forces force command service services congress senate house parliament board
    authority regulator society federation
    government court police embassy pentagon cia fbi nato un u.n. taliban state council program
    """.split()
) | frozenset(
    # company and institution words: "Orrin Robotics", "Harvest Foods", "Pell Haskard Securities"
    """
    inc ltd llc plc co. co group holdings partners capital securities robotics foods technologies
    technology systems industries labs laboratories networks solutions energy motors airlines airways
    pharmaceuticals pharma media entertainment brands markets research analytics insurance investments
    ventures associates bancorp financial telecom communications logistics airport hospital clinic
    school college academy league club church coalition network project initiative fund trust mills works
    """.split()
)
#: News organisations (matched on the run's last words, case-insensitive).
MEDIA_NAMES = (
    "reuters",
    "associated press",
    "ap",
    "afp",
    "bloomberg",
    "wall street journal",
    "washington post",
    "new york times",
    "foreign policy",
    "bbc",
    "cnn",
    "al jazeera",
    "fox news",
    "nbc",
    "cbs",
    "abc",
    "npr",
    "politico",
    "guardian",
    "the times",
    "financial times",
    "economist",
    "axios",
    "new york post",
    "the post",
    "the journal",
)
#: Words that make a capitalised run a news outlet ("The Daily Planet", "Kabul Times").
MEDIA_WORDS = frozenset(
    "times post journal news herald tribune gazette guardian telegraph chronicle daily press magazine "
    "radio tv television broadcasting newspaper wire".split()
)
#: Head nouns of documents.
DOCUMENT_NOUNS = frozenset(
    "memo memos report reports assessment assessments document documents study studies statement "
    "statements letter letters filing filings cable cables survey poll analysis review op-ed editorial "
    "transcript complaint indictment lawsuit audit audits investigation inquiry probe data figures records "
    "ruling verdict findings estimate estimates forecast book memoir article email emails tweet "
    "website".split()
)
#: Head nouns of unnamed human sources ("some experts", "two officials").
GROUP_NOUNS = frozenset(
    "experts officials analysts sources diplomats residents critics observers people officers aides "
    "advisers advisors lawmakers commanders fighters witnesses scholars researchers insiders leaders "
    "members supporters opponents activists economists investors veterans many some others groups "
    "family relatives".split()
)
#: Words in a place name, which is never a speaker.
#: Singular nouns for an unnamed person ("a senior official", "one resident").
PERSON_NOUNS = frozenset(
    "official analyst expert source spokesman spokeswoman spokesperson resident woman man voter lawmaker "
    "diplomat aide adviser advisor officer commander fighter witness person chief director lawyer doctor "
    "activist critic observer insider strategist scholar researcher economist member supporter opponent "
    "veteran leader executive employee worker student teacher narrator announcer mother father son "
    "daughter wife husband brother sister parent neighbour neighbor friend owner manager nurse farmer "
    "driver passenger victim survivor soldier guard protester demonstrator candidate nominee president "
    "senator governor mayor minister judge prosecutor attorney rebel militant organiser organizer founder "
    "ceo chairman chairwoman professor physician surgeon scientist engineer historian journalist reporter "
    "editor author investor trader banker coach player fan shopper customer consumer tenant landlord "
    "homeowner pastor priest imam rabbi representative delegate negotiator mediator envoy refugee migrant "
    "villager shopkeeper vendor motorist pilot sailor fisherman worker girl boy child businessman "
    "businesswoman grandmother grandfather uncle aunt cousin congressman congresswoman".split()
)
#: Capitalised only because they open a sentence; never the start of a name.
SENTENCE_OPENERS = frozenset(
    "but and after before when while if as then so yet or now also since because although though "
    "still instead meanwhile however even only perhaps indeed once until unless whenever".split()
)
#: Words that open a capitalised run that is not a person's name: determiners, and adverbs or clause
#: words capitalised only because they start a sentence ("A police", "Earlier Tuesday", "Never").
NOT_NAME_STARTS = frozenset(
    """
    a an the this that these those its his her their our my your no every each another any earlier later
    never not although though even only last next early late shortly asked speaking meanwhile but and
    on in at for with by from after before during since until under over as if when while unlike like
    despite following including amid among without whether because
    """.split()
)
#: Lower-case words inside a name ("Omar bin Zayed", "Lucia de Souza", "Pieter van Dam")
#: and the connectors of organisation names ("Bank of England").
NAME_CONNECTORS = frozenset("of for the and de del della da di du bin ibn van von der den la le on".split())
#: A name that starts with a lower-case Arabic article ("al-Hassan", "el-Sisi").
PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|an|as|ash|at|az|ul)-[A-Z]")
#: An undotted acronym has at most this many capitals ("EU", "NATO", "UNICEF"); longer runs of
#: capitals are shouted words. Set by hand; not tuned.
ACRONYM_MAX_LETTERS = 6
#: An acronym: an organisation, never a person ("EU", "CDC", "U.N.").
ACRONYM = re.compile(rf"(?:[A-Z]\.){{1,}}[A-Z]?\.?|[A-Z]{{2,{ACRONYM_MAX_LETTERS}}}s?|[A-Z]&[A-Z]")
#: Titles and descriptors that give a person's gender.
GENDERED_WORDS = {
    **dict.fromkeys("mr mr. sir lord king prince father brother son husband spokesman chairman congressman "
                    "businessman man boy uncle grandfather congressman".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss dame lady queen princess mother sister daughter wife spokeswoman "
                    "chairwoman congresswoman businesswoman woman girl aunt grandmother".split(), "f"),
}  # fmt: skip
AUXILIARIES = frozenset("is are was were be been being has have had do does did will would can could".split())
PREPOSITIONS = frozenset("to of for with in at on from by about as and or".split())
QUANTIFIERS = frozenset("some many several most one two three four few a an the other others".split())
PLACE_WORDS = frozenset(
    "valley province mountains mountain river city street asia europe africa america east west north south "
    "northern southern eastern western central capital island islands gulf sea ocean district county "
    "states kingdom republic emirates port fort mount lake bay beach heights springs".split()
)
#: A reflexive after the cue makes it an act, not a report ("declared himself the winner").
REFLEXIVE = re.compile(r"(himself|herself|themselves|itself)\b", re.IGNORECASE)
#: Phrases that name a source that did not answer.
SILENT_CUES = re.compile(
    r"\b(did not|didn[’']t|declined to|could not be reached|did not immediately) "
    r"(respond|reply|comment|answer|return)\w*",
    re.IGNORECASE,
)


# --- precompiled patterns -----------------------------------------------------------------------

TOKEN = re.compile(r"[\w’'][\w’'.&-]*")


def word_alternation(words) -> str:
    """A regex alternation of ``words``, longest first, grouped by first letter ("a(?:dded|sked)|
    s(?:aid|ays)"): the same matches as the flat alternation, without trying every word at every
    position."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in groups.items())


CUE_ALT = word_alternation(MULTIWORD_CUES + CUE_WORDS + ("According to",))
#: A cue word right after a possessive or a determiner is a noun ("Lee's remarks", "the report",
#: "her answers"), not a reporting verb.
NOUN_USE = r"(?<!’s )(?<!'s )(?<!\bthe )(?<!\bThe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\ba )"
CUE = re.compile(rf"\b{NOUN_USE}({CUE_ALT})\b")
#: "that" opening a reported clause is looked for within this many words after the cue ("said
#: on Tuesday that", "told the council that"). Set by hand on the case tables; not tuned.
THAT_MAX_WORDS = 6
THAT = re.compile(rf"^(?:\s+[\w’'.,-]+){{0,{THAT_MAX_WORDS}}}?\s+that\s", re.IGNORECASE)
RELATIVE_OR_INDEFINITE = re.compile(r"(?:who|whose|which|a|an)\b", re.IGNORECASE)
#: A possessive opening an appositive ("X, Lena Varga’s lawyer, said") names an owner of at most
#: this many words. Set by hand; not tuned.
APPOSITIVE_OWNER_MAX_WORDS = 4
APPOSITIVE_START = re.compile(
    rf"^(a|an|the|who|whose|which|one|(?:[A-Z][\w’'.-]+\s+){{0,{APPOSITIVE_OWNER_MAX_WORDS - 1}}}[\w’'-]+(?:’s|'s))\b",
    re.IGNORECASE,
)
QUOTE_CHARS = '“”"‘’«»„'
#: A dash credit's name runs at most this many characters after its capital (a long name with a
#: title). Set by hand; not tuned.
DASH_CREDIT_MAX_CHARS = 60
#: A credit after a quotation: "” ― Mina Dorsey", at a line end, before a comma or a closing full stop.
DASH_CREDIT = re.compile(
    rf"[ \u00a0]*[―—–][ \u00a0]*([A-Z][^,.;\n]{{1,{DASH_CREDIT_MAX_CHARS}}}?)[ \u00a0]*(?:,|\.?[ \u00a0]*(?:\n|$))"
)
PARTY_TAG = re.compile(r"\s*\((?:[RDI]|Rep|Dem|Ind)\.?-[A-Z][\w.]*\)\s*$")
