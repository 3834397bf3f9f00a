//! The language rules as data: cue verbs and phrases, titles and roles, anonymous-source words,
//! pronouns, abbreviations and the metonyms that name a government. Everything here is English,
//! scanned by eye, and compiled once into hash maps on first use.

pub(crate) mod first_names;
// Generated from PolNeAR train by scripts/learn_cues.py.
pub(crate) mod learned_cues;

use std::sync::OnceLock;

pub use crate::hash::{Fnv, HashMap, HashSet};

/// What kind of act a cue reports; the disputes module reads `Deny`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Said aloud or in writing: say, tell, add, tweet, write …
    Speech,
    /// Held or intended: believe, think, want, expect …
    Belief,
    /// Rejects another's claim: deny, reject, dismiss, refute …
    Deny,
    /// Findings of a poll, study or report: show, find.
    Evidence,
}

/// How a cue verb connects to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueVerb {
    pub lemma: &'static str,
    pub class: CueClass,
    /// Takes a person as object before the content: "told reporters (that) …", "assured them …".
    pub object: bool,
    /// Learned from PolNeAR rather than listed here; may take a particle ("referred to").
    pub learned: bool,
}

impl CueVerb {
    /// A speech verb listed here ("say", "tell", "urge"), not one learned from PolNeAR.
    pub fn is_listed_speech(&self) -> bool {
        self.class == CueClass::Speech && !self.learned
    }
}

// (lemma, class, takes an object, irregular forms or "" for regular ones)
// Regular forms are made by `inflect`: says/said-style spelling rules for -s, -ed, -ing.
#[rustfmt::skip]
const CUE_VERBS: &[(&str, CueClass, bool, &str)] = {
    use CueClass::*;
    &[
        // Speech: the core of attribution.
        ("say", Speech, false, "says said saying"),
        ("tell", Speech, true, "tells told telling"),
        ("add", Speech, false, ""),
        ("state", Speech, false, ""),
        ("note", Speech, false, ""),
        ("claim", Speech, false, ""),
        ("argue", Speech, false, ""),
        ("assert", Speech, false, ""),
        ("insist", Speech, false, ""),
        ("maintain", Speech, false, ""),
        ("contend", Speech, false, ""),
        ("explain", Speech, false, ""),
        ("announce", Speech, false, ""),
        ("declare", Speech, false, ""),
        ("warn", Speech, true, ""),
        ("acknowledge", Speech, false, ""),
        ("admit", Speech, false, "admits admitted admitting"),
        ("concede", Speech, false, ""),
        ("confirm", Speech, false, ""),
        ("reply", Speech, false, ""),
        ("respond", Speech, false, ""),
        ("answer", Speech, false, ""),
        ("remark", Speech, false, ""),
        ("comment", Speech, false, ""),
        ("suggest", Speech, false, ""),
        ("stress", Speech, false, ""),
        ("emphasize", Speech, false, ""),
        ("emphasise", Speech, false, ""),
        ("observe", Speech, false, ""),
        ("predict", Speech, false, ""),
        ("promise", Speech, false, ""),
        ("pledge", Speech, false, ""),
        ("vow", Speech, false, ""),
        ("allege", Speech, false, ""),
        ("report", Speech, false, ""),
        ("write", Speech, false, "writes wrote writing written"),
        ("tweet", Speech, false, ""),
        ("post", Speech, false, ""),
        ("testify", Speech, false, ""),
        ("recall", Speech, false, ""),
        ("complain", Speech, false, ""),
        ("boast", Speech, false, ""),
        ("brag", Speech, false, "brags bragged bragging"),
        ("joke", Speech, false, ""),
        ("quip", Speech, false, "quips quipped quipping"),
        ("reiterate", Speech, false, ""),
        ("repeat", Speech, false, ""),
        ("counter", Speech, false, ""),
        ("retort", Speech, false, ""),
        ("charge", Speech, false, ""),
        ("hint", Speech, false, ""),
        ("indicate", Speech, false, ""),
        ("reveal", Speech, false, ""),
        ("disclose", Speech, false, ""),
        ("conclude", Speech, false, ""),
        ("continue", Speech, false, ""),
        ("caution", Speech, false, ""),
        ("concur", Speech, false, "concurs concurred concurring"),
        ("agree", Speech, false, ""),
        ("estimate", Speech, false, ""),
        ("speculate", Speech, false, ""),
        ("mention", Speech, false, ""),
        ("inform", Speech, true, ""),
        ("assure", Speech, true, ""),
        ("remind", Speech, true, ""),
        ("ask", Speech, false, ""),
        ("wonder", Speech, false, ""),
        ("shout", Speech, false, ""),
        ("yell", Speech, false, ""),
        ("exclaim", Speech, false, ""),
        ("proclaim", Speech, false, ""),
        ("affirm", Speech, false, ""),
        ("blog", Speech, false, "blogs blogged blogging"),
        ("signal", Speech, false, "signals signaled signalled signaling signalling"),
        ("accuse", Speech, false, ""),
        ("demand", Speech, false, ""),
        ("urge", Speech, false, ""),
        ("propose", Speech, false, ""),
        ("threaten", Speech, false, ""),
        ("describe", Speech, false, ""),
        ("question", Speech, false, ""),
        ("hold", Speech, false, "holds held holding"),
        // Belief and intention.
        ("believe", Belief, false, ""),
        ("think", Belief, false, "thinks thought thinking"),
        ("know", Belief, false, "knows knew knowing known"),
        ("feel", Belief, false, "feels felt feeling"),
        ("expect", Belief, false, ""),
        ("hope", Belief, false, ""),
        ("fear", Belief, false, ""),
        ("worry", Belief, false, ""),
        ("doubt", Belief, false, ""),
        ("suspect", Belief, false, ""),
        ("assume", Belief, false, ""),
        ("understand", Belief, false, "understands understood understanding"),
        ("realize", Belief, false, ""),
        ("want", Belief, false, ""),
        ("wish", Belief, false, ""),
        ("learn", Belief, false, "learns learned learnt learning"),
        // Denial: a party rejects a claim.
        ("deny", Deny, false, ""),
        ("reject", Deny, false, ""),
        ("dismiss", Deny, false, ""),
        ("refute", Deny, false, ""),
        ("dispute", Deny, false, ""),
        ("rebut", Deny, false, "rebuts rebutted rebutting"),
        ("contradict", Deny, false, ""),
        ("disagree", Deny, false, ""),
        ("rebuff", Deny, false, ""),
        ("contest", Deny, false, ""),
        ("debunk", Deny, false, ""),
        // Evidence: polls, studies and documents "show" or "find".
        ("show", Evidence, false, "shows showed showing shown"),
        ("find", Evidence, false, "finds found finding"),
    ]
};

/// Regular English inflections: -s, -ed, -ing with the usual spelling changes.
fn inflect(lemma: &str) -> [String; 3] {
    let b = lemma.as_bytes();
    let last = b[b.len() - 1];
    let before = b.get(b.len().wrapping_sub(2)).copied().unwrap_or(b'a');
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'e' {
        let stem = &lemma[..lemma.len() - 1];
        [
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        ]
    } else if last == b'y' && !vowel(before) {
        let stem = &lemma[..lemma.len() - 1];
        [
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        ]
    } else if matches!(last, b's' | b'x' | b'z') || last == b'h' && matches!(before, b'c' | b's')
    {
        [
            format!("{lemma}es"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        ]
    } else {
        [
            format!("{lemma}s"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        ]
    }
}

/// Every form of every cue verb, lower-case, to its entry.
pub fn cue_verb(lower: &str) -> Option<&'static CueVerb> {
    hand_map().get(lower)
}

/// Words that are never part of a person's name: roles, organisation words, determiners,
/// non-speakers, pronouns and hand-listed cues, in one set (one lookup per capitalised word).
pub fn not_name_word(lower: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        [ROLE_WORDS, ORG_WORDS, DETERMINERS, NOT_A_SPEAKER, PRONOUNS, DISCOURSE_OPENERS, FOCUS_WORDS, NOT_NAME_WORDS]
            .iter()
            .flat_map(|list| list.iter().copied())
            .chain(hand_map().keys().map(String::as_str))
            .collect()
    })
    .contains(lower)
}

fn hand_map() -> &'static HashMap<String, CueVerb> {
    static MAP: OnceLock<HashMap<String, CueVerb>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::default();
        for &(lemma, class, object, forms) in CUE_VERBS {
            let v = CueVerb {
                lemma,
                class,
                object,
                learned: false,
            };
            let mut all: Vec<String> = vec![lemma.to_string()];
            if forms.is_empty() {
                all.extend(inflect(lemma));
            } else {
                all.extend(forms.split(' ').map(str::to_string));
            }
            for f in all {
                m.entry(f).or_insert(v);
            }
        }
        m
    })
}

/// Learned cue forms (`learned_cues.rs`; the forms read every learned cue as speech) that report
/// something other than words, by what they report. A view, a feeling or an intention:
/// "considers", "is confident", "favors", "seeks" are "belief", as the hand-listed
/// believe/think/want are, and so is how one sees a thing or how it seems ("He sees the calendar
/// farther ahead as increasingly favorable", "Ramos appears somewhat uneasy", "Clinton seemed to
/// be ready to riff on the incident": a view, or the writer's impression); forms as often said
/// aloud ("recognized", "adamant", "decided", "supported") stay speech. What a record or a study
/// shows: "the records documented", "tests demonstrated" are "evidence", as the hand-listed
/// show/find are. Judged by eye from the learned table; a form stands in one row at most.
#[rustfmt::skip]
pub const LEARNED_CUE_CLASSES: &[(CueClass, &[&str])] = &[
    (CueClass::Belief, &[
        "alarmed", "angered", "angry", "appear", "appeared", "appears", "aware", "concerned",
        "confident", "consider", "considered", "considering", "considers", "convinced", "deemed",
        "dislike", "eager", "enjoyed", "enjoys", "envisioned", "favor", "favored", "favors",
        "foresee", "guess", "hopeful", "imagined", "impressed", "inclined", "intended", "leaning",
        "likes", "looking", "looks", "mulling", "nervous", "optimistic", "oppose", "opposed",
        "opposes", "outraged", "planning", "plans", "prefer", "preferred", "prefers", "regarded",
        "reluctant", "remember", "remembered", "remembers", "saw", "scared", "see", "seek",
        "seeking", "seeks", "seem", "seemed", "seems", "seen", "sees", "sought", "shocked",
        "skeptical", "startled", "surprised", "thrilled", "unaware", "unhappy", "upset", "view",
        "viewed", "wary", "willing",
    ]),
    (CueClass::Evidence, &["demonstrated", "documented"]),
];

/// What a learned cue form reports, where `LEARNED_CUE_CLASSES` lists it.
pub fn learned_cue_class(form: &str) -> Option<CueClass> {
    LEARNED_CUE_CLASSES
        .iter()
        .find(|(_, forms)| forms.contains(&form))
        .map(|&(class, _)| class)
}

/// Light verbs among the learned cues: PolNeAR marks "made clear that", "made the point that",
/// "took the opportunity to …", but their forms mostly report no speech ("nearly made it a third
/// title", "took home the award"). One of them is a cue only before a clause or a quotation.
pub const LIGHT_VERB_FORMS: &[&str] = &[
    "made", "makes", "making", "took", "takes", "taking", "taken", "gave", "gives", "giving",
];

/// Words after a light verb that open what it reports: "made clear …", "made the case that …".
pub const LIGHT_VERB_OPENERS: &[&str] = &["that", "clear"];

/// Verbs that deny when followed by "back": "pushed back on", "hit back at", "fired back".
const PHRASAL_DENIALS: &[(&str, &str)] = &[
    ("push", "pushes pushed pushing"), ("hit", "hits hit hitting"), ("fire", "fires fired firing"),
    ("shoot", "shoots shot shooting"), ("strike", "strikes struck striking"),
    ("punch", "punches punched punching"),
];

/// The cue of a verb + "back" denial, if `word next` is one.
pub fn phrasal_denial(word: &str, next: &str) -> Option<&'static CueVerb> {
    static CUE: CueVerb = CueVerb { lemma: "push back", class: CueClass::Deny, object: false, learned: false };
    let hit = next == "back"
        && PHRASAL_DENIALS.iter().any(|(lemma, forms)| *lemma == word || forms.split(' ').any(|f| f == word));
    hit.then_some(&CUE)
}

/// A cue learned from PolNeAR train (`lexicon/learned_cues.rs`) that the hand-written list lacks:
/// "endorsed", "criticized", "vowed" … Treated as a speech cue with any complement.
pub fn learned_cue(lower: &str) -> Option<&'static CueVerb> {
    static MAP: OnceLock<HashMap<&'static str, CueVerb>> = OnceLock::new();
    MAP.get_or_init(|| {
        learned_cues::LEARNED_CUES
            .iter()
            .filter(|(w, _)| cue_verb(w).is_none())
            .map(|&(w, _)| {
                (
                    w,
                    CueVerb {
                        lemma: w,
                        class: CueClass::Speech,
                        object: false,
                        learned: true,
                    },
                )
            })
            .collect()
    })
    .get(lower)
}

/// The share of a word form's occurrences in PolNeAR train that head an annotated cue, for the
/// forms that head one often enough to be in the learned table.
pub fn learned_cue_share(lower: &str) -> Option<f32> {
    tail_word(lower)?.share
}

/// A word of either learned table: its share as a cue alone (the learned cue table's), the
/// prepositions it makes a learned pair with, each with the pair's share, and the cue a pair of
/// it is when the word is no cue of its own ("attacks against").
pub struct TailWord {
    pub share: Option<f32>,
    pub pairs: Vec<(&'static str, f32)>,
    pub pair_cue: CueVerb,
}

/// The [`TailWord`] of a word form: one hash per word for the tail's loop over every word, not a
/// binary search of string compares.
pub fn tail_word(lower: &str) -> Option<&'static TailWord> {
    static MAP: OnceLock<HashMap<&'static str, TailWord>> = OnceLock::new();
    MAP.get_or_init(|| {
        fn entry<'m>(
            m: &'m mut HashMap<&'static str, TailWord>,
            w: &'static str,
        ) -> &'m mut TailWord {
            m.entry(w).or_insert_with(|| TailWord {
                share: None,
                pairs: Vec::new(),
                pair_cue: CueVerb {
                    lemma: w,
                    class: CueClass::Speech,
                    object: false,
                    learned: true,
                },
            })
        }
        let mut m: HashMap<&'static str, TailWord> = HashMap::default();
        for &(w, share) in learned_cues::LEARNED_CUES {
            entry(&mut m, w).share = Some(share);
        }
        for &(w, p, share) in learned_cues::LEARNED_PAIRS {
            entry(&mut m, w).pairs.push((p, share));
        }
        m
    })
    .get(lower)
}

/// A hand-listed cue, else a learned one: one lookup for the hot loop over every word.
pub fn any_cue(lower: &str) -> Option<&'static CueVerb> {
    static MAP: OnceLock<HashMap<&'static str, &'static CueVerb>> = OnceLock::new();
    if lower.len() < 3 {
        return None;
    }
    MAP.get_or_init(|| {
        let mut m: HashMap<&'static str, &'static CueVerb> = HashMap::default();
        for &(w, _) in learned_cues::LEARNED_CUES {
            if let Some(v) = learned_cue(w) {
                m.insert(w, v);
            }
        }
        // Hand-listed forms win; their keys live in the hand map, which is never dropped.
        for (k, v) in hand_map() {
            m.insert(k.as_str(), v);
        }
        m
    })
    .get(lower)
    .copied()
}

/// Cue verbs whose base and -s forms are also common nouns ("a report", "newspaper reports",
/// "the United States"): those forms count only after a pronoun or auxiliary, or before "that",
/// a colon or a quotation.
pub const NOUN_LIKE_CUES: &[&str] = &[
    "state", "claim", "report", "note", "post", "comment", "answer", "demand", "question", "hope",
    "fear", "want", "doubt", "tweet", "charge", "counter", "promise", "pledge", "vow", "estimate",
    "joke", "hint", "signal", "hold", "repeat", "reply", "respond", "quip", "blog", "show", "find",
    "concern", "wish", "worry", "stress", "add", "continue", "reveal", "warn", "mention", "observe",
    "feel", "know", "expect", "understand", "remark", "urge", "propose", "describe", "accuse",
    "threaten", "dispute", "contest", "learn", "write", "ask", "predict",
];

/// Auxiliaries and modals: one of them outside quotations marks a clause ("About 270 people
/// have been resettled", "officers can include"). "-ed" forms are not here: they are often
/// participles ("in a speech delivered Tuesday").
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "do", "did", "shouldn't", "can't", "won't", "isn't", "wasn't",
    "aren't", "doesn't",
];

/// Words that open a sentence without being said ("Meanwhile, according to X, …"): the content
/// after "according to X," starts after them.
pub const DISCOURSE_OPENERS: &[&str] = &[
    "meanwhile", "also", "moreover", "still", "however", "instead", "now", "indeed", "overall",
    "so", "yet", "but", "and", "likewise", "similarly", "nonetheless", "nevertheless",
    "furthermore", "besides", "meantime", "thus", "hence",
];

/// Capitalised words that open a sentence or close a dateline without being part of a name:
/// "Despite Santilli's continued insistence …", "See Sexton's …", "in New Hampshire Monday".
pub const NOT_NAME_WORDS: &[&str] = &[
    "despite", "see", "plus", "following", "among", "amid", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
];

/// Words that stand before a subject without being part of it ("even Sanders believes", "only
/// Trump said"): with [`DISCOURSE_OPENERS`], where a speaker's phrase scanned leftwards stops.
pub const FOCUS_WORDS: &[&str] = &["even", "only", "too"];

/// Months that are surnames too ("Theresa May said"): after a capitalised word they are the
/// name's, not a time between the subject and its verb.
pub const MONTHS_THAT_ARE_NAMES: &[&str] = &["april", "may", "june", "august"];

/// Whether `word` after `prev` (both lower-case) is such a month used as a surname: not after
/// a time word ("last May"). Where the capitals and the sentence allow it is the caller's.
pub fn month_as_surname(prev: &str, word: &str) -> bool {
    MONTHS_THAT_ARE_NAMES.contains(&word) && !sets().time_words.contains(prev)
}

/// Noun-like cues that after another noun are nouns themselves, not verbs ("the United
/// States", "primary contests", "the race continues", "his remarks"): PolNeAR train marks
/// them as cues there less than one time in five.
pub const NOUNS_AFTER_NOUNS: &[&str] = &["state", "contest", "continue", "hold", "remark"];

/// Nouns that name a statement ("in a statement", "his statement"), and the documents that can be
/// a speaker: "a Wall Street Journal article that said …" speaks for the Journal.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "article", "report", "story", "statement", "survey", "poll", "study", "memo", "letter",
    "document", "editorial", "op-ed", "column", "tweet", "post", "interview", "release", "filing",
    "analysis", "investigation", "review", "book", "video", "ad", "advertisement", "reports",
    "polls", "surveys", "studies", "documents", "records", "data", "figures", "estimates",
];

/// Words that begin a person's role: they sit before a name ("Kremlin spokesman Dmitry Peskov")
/// or after one as an appositive ("Mike DuHaime, a Republican strategist").
pub const ROLE_WORDS: &[&str] = &[
    "president", "vice", "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.",
    "governor", "mayor", "secretary", "minister", "premier", "chancellor", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "chairman", "chairwoman", "chair", "chief",
    "director", "ceo", "official", "officials", "adviser", "advisor", "aide", "aides", "strategist",
    "analyst", "professor", "leader", "candidate", "nominee", "manager", "ambassador", "envoy",
    "general", "gen.", "judge", "justice", "attorney", "lawyer", "host", "correspondent",
    "reporter", "editor", "founder", "deputy", "head", "commissioner", "speaker", "mr.", "mrs.",
    "ms.", "dr.", "mr", "mrs", "ms", "dr", "press", "campaign", "executive", "economist", "expert",
    "researcher", "scientist", "consultant", "pollster", "activist", "member", "members", "staff",
    "staffer", "operative", "organizer", "lawmaker", "lawmakers", "congressman", "congresswoman",
    "delegate", "delegates", "commander", "officer", "prosecutor", "investigator", "diplomat",
    "diplomats", "source", "sources", "supporter", "supporters", "critic", "critics", "voter",
    "voters", "resident", "residents", "colleague", "king", "queen", "prince", "pope", "lt.",
    "col.", "sgt.", "capt.", "maj.", "adm.", "prof.", "rev.", "atty.",
];

/// Abbreviated titles and the role word an article uses for the same person later: "Sen. Marco
/// Rubio … the senator said", "Gov. Rick Perry … the governor".
#[rustfmt::skip]
const ROLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sen", "senator"), ("rep", "representative"), ("gov", "governor"), ("gen", "general"),
    ("lt", "lieutenant"), ("col", "colonel"), ("sgt", "sergeant"), ("capt", "captain"),
    ("maj", "major"), ("adm", "admiral"), ("prof", "professor"), ("atty", "attorney"),
];

/// The role a title word stands for, without its full stop and written out ("Gov." → "governor").
pub fn full_role(word: &str) -> &str {
    let w = word.trim_end_matches('.');
    ROLE_ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == w)
        .map_or(w, |(_, full)| full)
}

/// Words before a role that make it someone else than the holder named before: "the other
/// senator", "the new governor".
#[rustfmt::skip]
pub const OTHER_HOLDER: &[&str] = &[
    "other", "another", "new", "next", "previous", "incoming", "outgoing", "second", "third",
    "fellow", "rival",
];

/// Words that describe the holder of a role without making it another role: "the former
/// three-term governor", "the 68-year-old senator", "the embattled mayor".
#[rustfmt::skip]
const HOLDER_DESCRIPTORS: &[&str] = &[
    "former", "longtime", "veteran", "embattled", "sitting", "current", "freshman", "retiring",
    "outspoken", "controversial", "popular", "presumptive", "billionaire", "defeated", "ousted",
];

/// Whether `word` only describes the holder of the role after it (a descriptor, "three-term",
/// "68-year-old").
pub fn describes_holder(word: &str) -> bool {
    HOLDER_DESCRIPTORS.contains(&word) || word.ends_with("-term") || word.ends_with("-year-old")
}

/// Roles one person holds at a time, so that a headline naming only the role ("DNC chair
/// dismisses …", "London's Muslim mayor rebuffs …") means the one person the article introduces
/// with it. Not groups ("supporters", "officials") nor roles many share ("lawyer", "expert").
pub const ONE_HOLDER_ROLES: &[&str] = &[
    "president", "senator", "governor", "mayor", "secretary", "minister", "premier", "chancellor",
    "chairman", "chairwoman", "chair", "ceo", "ambassador", "judge", "commissioner", "speaker",
    "king", "queen", "pope", "candidate", "nominee", "founder", "host", "editor",
];

/// Nouns after which a speaker is an organisation or body, not a person.
pub const ORG_WORDS: &[&str] = &[
    "kremlin", "ministry", "department", "agency", "office", "party", "committee", "council",
    "commission", "court", "congress", "senate", "house", "pentagon", "campaign", "company",
    "government", "administration", "newspaper", "journal", "times", "post", "news", "reuters",
    "interfax", "tass", "network", "group", "union", "association", "foundation", "institute",
    "university", "bank", "corporation", "corp.", "inc.", "ltd", "firm", "organization",
    "organisation", "board", "police", "army", "military", "team", "center", "centre", "service",
    "bureau", "authority", "authorities", "prosecutor's", "embassy", "federation", "coalition",
    "alliance", "club", "magazine", "channel", "television", "radio", "press", "media",
    "outlet", "website", "blog", "cnn", "msnbc", "fox", "bbc", "nbc", "abc", "cbs", "npr", "ap",
    "afp", "politico", "axios", "bloomberg", "guardian", "telegraph", "economist", "herald",
    "tribune", "gazette", "chronicle", "daily", "wikileaks", "rostec", "gazprom", "nato", "un",
    "eu", "fbi", "cia", "nsa", "dnc", "rnc", "gop", "who",
];

/// Common nouns that refer back to an organisation already named ("the company said").
pub const ORG_ANAPHORS: &[&str] = &[
    "company", "firm", "ministry", "department", "agency", "newspaper", "paper", "campaign",
    "group", "government", "administration", "organization", "organisation", "committee", "party",
    "network", "report", "bank", "corporation", "council", "commission", "office", "court",
    "outlet", "website", "magazine", "channel", "station", "embassy", "authority", "board", "union",
    "club", "team", "institute", "university", "center", "foundation", "military", "army", "police",
    "kremlin", "white house", "pentagon",
];

/// Words that mark a source as unnamed: "a person close to …", "sources said", "officials say".
pub const ANONYMOUS_HEADS: &[&str] = &[
    "source", "sources", "person", "people", "official", "officials", "insider", "insiders", "aide",
    "aides", "diplomat", "diplomats", "someone", "adviser", "advisers", "advisor", "advisors",
    "staffer", "staffers", "individual", "individuals", "analysts", "experts", "observers",
    "critics", "witnesses", "residents", "lawmakers", "members",
];
/// Modifiers that make any source anonymous.
pub const ANONYMOUS_MARKS: &[&str] = &[
    "unnamed", "anonymous", "unidentified", "close to", "familiar with", "speaking on condition",
    "who spoke on condition", "who asked not to be named", "who declined to be named",
    "knowledgeable", "briefed on",
];

/// Words that open a subordinate clause ("Though she said …, Clinton …").
pub const SUBORDINATORS: &[&str] = &[
    "while", "though", "although", "as", "when", "after", "because", "since", "if", "before",
    "once", "whereas", "until", "unless",
];

/// Prepositions that open a phrase before a sentence's subject ("For months, Obama has …",
/// "Despite the polls, Clinton …"), besides those of `CUE_PREPOSITIONS`.
pub const OPENING_PREPOSITIONS: &[&str] = &[
    "for", "despite", "amid", "among", "by", "like", "unlike", "without", "over", "following",
    "throughout", "within", "against", "beyond", "to", "across", "instead",
];

/// Words that end the asker of "asked by …" and start the question or what follows it ("asked
/// by a reporter whether …", "asked by Fox News on Sunday about …").
pub const QUESTION_OPENERS: &[&str] = &[
    "whether", "if", "to", "about", "what", "why", "how", "when", "where", "who", "which", "that",
    "on", "in", "at", "during", "after", "before", "for",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
pub const RELATIVES: &[&str] = &["who", "which", "that"];

/// Words that stand for the claim just made in an aside that denies it: "the allegations, which
/// Mr. Ailes denies", "-- something he denied".
pub const CLAIM_STANDINS: &[&str] = &["which", "something"];

/// What opens such an aside after the claim: ", which", " - a point that", " -- something".
pub const ASIDE_SEPARATORS: &[char] = &[',', ';', '(', '—', '–', '-'];

/// Nouns for a claim, before the relative of such an aside: "…, a claim that Gowdy's office
/// strongly disputes", "a point that intelligence officials have disputed".
#[rustfmt::skip]
pub const CLAIM_NOUNS: &[&str] = &[
    "claim", "claims", "charge", "charges", "allegation", "allegations", "accusation",
    "accusations", "assertion", "assertions", "contention", "characterization", "suggestion",
    "point", "notion", "account", "version", "view", "description", "assessment", "idea",
    "premise", "story", "report", "rumor", "rumors", "argument", "conclusion", "finding",
];

/// Words that end with a dot but do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "sgt", "capt", "maj", "adm",
    "cmdr", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "ave",
    "blvd", "mt", "ft", "atty", "supt", "pres", "messrs", "u.s", "u.k", "u.n", "d.c",
    "a.m", "p.m", "e.g", "i.e", "calif", "fla", "ariz", "colo", "conn", "del", "ill", "ind", "kan",
    "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ala", "ark", "ga",
];

/// Titles written with a dot before a name ("Mr.", "Sen.", "Gov.").
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "sgt", "capt", "maj", "adm",
    "cmdr", "prof", "rev", "st", "atty", "supt", "pres", "messrs", "jr", "sr",
];

pub fn is_title(word: &str) -> bool {
    // "then-Sen." is a title too.
    let w = word.trim_end_matches('.');
    let w = w.rsplit('-').next().unwrap_or(w);
    w.len() <= 6 && TITLES.iter().any(|t| t.eq_ignore_ascii_case(w))
}

/// Capitalised words that, after an abbreviation's dot, show a new sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "This",
    "That", "His", "Her", "Their", "There", "When", "If", "As", "After", "So", "While", "Yet",
    "Still", "Meanwhile", "However", "Some", "Many", "Its", "Our", "Now", "Then",
];

pub fn starts_sentence(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word)
}

pub fn is_abbreviation(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    SET.get_or_init(|| ABBREVIATIONS.iter().copied().collect())
        .contains(w.as_str())
}

/// Governments go by their seat, capital, country and adjective ("the Kremlin", "Moscow", "Russia",
/// "Russian officials"): each row is one party, its display name first. The table is data, in
/// `governments.txt`, read once.
pub fn government_aliases() -> &'static [Vec<&'static str>] {
    static ROWS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    ROWS.get_or_init(|| {
        include_str!("governments.txt")
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| line.split(" | ").collect())
            .collect()
    })
}

/// Each alias of `government_aliases`, to its party's display name.
pub fn government_alias(name: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        government_aliases()
            .iter()
            .flat_map(|row| row.iter().map(move |a| (*a, row[0])))
            .collect()
    })
    .get(name)
    .copied()
}

/// Words that may follow a government's name and still speak for it ("the Russian side").
pub const GOVERNMENT_HEADS: &[&str] = &[
    "side", "officials", "government", "authorities", "leadership", "ministry", "embassy",
    "diplomats", "spokesman", "spokeswoman", "president", "administration", "state",
];

/// Words that can stand between a subject and its cue verb ("Peskov has also said").
pub const SUBJECT_VERB_FILLERS: &[&str] = &[
    "has", "have", "had", "also", "later", "then", "previously", "again", "repeatedly", "publicly",
    "privately", "recently", "once", "further", "reportedly", "did", "does", "do", "would", "will",
    "could", "can", "may", "might", "must", "should", "not", "never", "already", "still", "first",
    "often", "long", "just", "even", "now", "only", "here", "there", "initially", "separately", "subsequently",
    "earlier", "flatly", "quickly", "immediately", "strongly", "openly", "frequently",
    "consistently", "falsely", "wrongly", "correctly", "always", "ultimately", "finally", "simply",
    "clearly", "explicitly", "directly", "personally", "apparently", "emphatically", "angrily",
    "bluntly", "candidly", "curtly", "firmly", "formally", "frankly", "gently", "loudly", "quietly",
    "sharply", "softly", "proudly", "widely", "fully", "resoundingly", "been", "being", "n't",
    "has long", "is", "are", "was", "were", "be", "however", "too", "largely", "generally", "usually", "originally",
    "actually", "indeed", "yet", "nonetheless", "nevertheless", "likewise", "similarly",
    "meanwhile", "specifically", "vehemently", "adamantly", "categorically", "twice", "instead",
    "both", "all", "each", "ever", "himself", "herself", "itself", "themselves",
];

/// Endings of adjectives and participles: a lone word with one before a noun cue modifies it
/// ("bigoted charges", "substantive conversations", "heated remarks").
pub const MODIFIER_ENDINGS: &[&str] = &["ed", "ing", "ive", "ous", "ful", "less", "able", "ible"];

/// Words that open a noun phrase and belong to it.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "some", "many", "several", "most", "all", "both", "each", "another", "other", "any", "few",
    "two", "three", "four", "five", "one", "more", "top", "senior", "former",
];

/// Nouns ending in "-ly", which are not manner adverbs before a cue ("the family said").
pub const LY_NOUNS: &[&str] = &[
    "family", "assembly", "anomaly", "monopoly", "rally", "supply", "reply", "butterfly", "bully",
    "ally", "tally", "melancholy", "homily", "jelly", "belly", "lily", "folly", "holly",
];

/// Verbs whose "it" is no one ("It appears, though, that the game wasn't boring", "It seemed
/// like the committee had decided"): the writer's hedge, with no speaker to resolve.
pub const EXPLETIVE_IT_VERBS: &[&str] =
    &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Marks that end a tail proposal's content (`attribution::tail`): a clause's or a sentence's.
pub const TAIL_STOPS: &[char] = &[',', ';', '.', '—', '–', '-', '(', ')', ':', '?', '!'];

/// Determiners that can stand alone as a subject ("Some say …", "Four said …").
pub const QUANTIFIERS: &[&str] = &[
    "some", "many", "several", "most", "all", "both", "few", "two", "three", "four", "five", "one",
    "others",
];

/// Quantifiers that stand for one person ("Yet another said", "Each added").
pub const SINGLE_QUANTIFIERS: &[&str] = &["another", "each", "neither", "either"];

/// Words that cannot be the head of a speaker's noun phrase.
pub const NOT_A_SPEAKER: &[&str] = &[
    "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "than",
    "that", "which", "if", "when", "while", "because", "so", "not", "is", "was", "be", "been",
    "has", "have", "had", "it's", "there", "here", "what", "how", "why", "where", "just", "also",
    "then", "now", "never", "ever", "very", "too", "no", "yes", "can", "could", "would", "should",
    "will", "may", "might", "must", "do", "does", "did", "done", "being", "into", "about", "after",
    "before", "over", "under", "again", "all", "only", "this", "these", "those", "such", "the",
    "a", "an", "his", "her", "their", "our", "my", "your", "its", "whom", "whose", "let", "make",
    "made", "get", "got", "go", "went", "come", "came", "like", "unlike", "per", "via", "said",
    "say", "says", "told", "tell", "know", "think", "whether", "up", "out", "off", "down", "more",
    "less", "much", "well", "people's", "one's", "particular", "fact", "turn", "addition",
    "response", "return", "contrast", "short", "general", "although", "though", "since",
    "unless", "whereas", "once", "until", "recently", "often",
];

/// Words of `NOT_A_SPEAKER` ("in general") that head a speaker's phrase after an article or a
/// noun: "The attorney general said", "the general told reporters".
pub const HEADS_NOT_AFTER_A_PREPOSITION: &[&str] = &["general"];

/// Nouns made of a cue word and the word before or after it: "the TV show \"Shark Tank\"", "a
/// progressive think tank". The head may take a plural "s".
pub const NOUN_COMPOUNDS: &[(&str, &str)] = &[
    ("tv", "show"), ("talk", "show"), ("radio", "show"), ("reality", "show"), ("award", "show"),
    ("awards", "show"), ("slide", "show"), ("game", "show"), ("cooking", "show"),
    ("comedy", "show"), ("chat", "show"), ("think", "tank"),
];

/// Whether `first second` is one of `NOUN_COMPOUNDS`, its head plural or not.
pub fn is_noun_compound(first: &str, second: &str) -> bool {
    NOUN_COMPOUNDS
        .iter()
        .any(|&(m, h)| m == first && (second == h || second.strip_suffix('s') == Some(h)))
}

/// Object pronouns and listeners after "told"/"assured"/"warned".
pub const LISTENERS: &[&str] = &[
    "me", "us", "him", "her", "them", "you", "reporters", "journalists", "supporters", "lawmakers",
    "voters", "colleagues", "members", "students", "senators", "congress", "parliament",
    "delegates", "investigators", "viewers", "listeners", "readers", "crowds", "audiences",
    "interviewers", "everyone", "people", "residents", "panel", "committee", "audience", "crowd",
    "host", "anchor", "interviewer", "subcommittee", "hearing", "gathering", "rally",
];

/// Time and manner words that may follow a cue before its content ("said Tuesday that").
pub const CUE_ADVERBIALS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "recently", "previously", "earlier", "later", "also", "again", "then",
    "repeatedly", "publicly", "privately", "flatly", "once", "simply", "firmly", "bluntly",
    "frankly", "matter-of-factly", "angrily", "quietly", "emphatically", "afterward", "afterwards",
    "morning", "afternoon", "evening", "night", "last", "this", "week", "month", "year", "weekend",
    "first", "explicitly", "however", "too", "plainly", "categorically", "elsewhere", "separately",
    "subsequently", "further", "directly", "confidently", "several",
    "times", "twice", "often", "loudly",
];

/// Cue verbs whose noun-phrase object is not a statement ("maintained close ties", "held a
/// rally", "answered questions"): they count only before a clause, a quotation or a colon.
pub const CLAUSE_ONLY_CUES: &[&str] = &[
    "maintain", "hold", "continue", "charge", "repeat", "answer", "question", "comment",
    "respond", "post", "signal", "report", "agree", "see", "sees", "saw", "seen", "watch", "watched", "hear",
    "heard", "read",
];

/// Past tenses that end in no "-ed", the verb of a clause reported without "that": "The New York
/// Times reported the email came hours after …".
#[rustfmt::skip]
pub const IRREGULAR_PAST: &[&str] = &[
    "came", "went", "made", "took", "gave", "told", "found", "got", "knew", "saw", "left", "won",
    "lost", "began", "ran", "became", "did", "had", "said", "thought", "held", "kept", "met",
    "paid", "sent", "spent", "brought", "bought", "fell", "rose", "grew", "led", "meant", "sold",
    "stood", "wrote", "spoke", "broke", "chose", "drove", "flew", "threw", "understood",
];

/// Words that look like cues but introduce a source, not content: "citing a person close to …"
/// names who the outlet relies on; the statement is the outlet's.
pub const NOT_CUES: &[&str] = &["citing", "cited", "cite", "cites", "quoting", "quoted", "quote"];

/// Labels that stand before a colon but are not speakers ("UPDATE: …", "Watch: …").
pub const COLON_LABELS: &[&str] = &[
    "update", "updated", "watch", "read", "photo", "photos", "video", "note", "editor's",
    "breaking", "abstract", "full", "text", "claim", "source", "sources", "related", "see",
    "advertisement", "exclusive", "opinion", "analysis", "live", "listen", "correction", "q",
    "a", "pictured", "above", "below", "credit", "via", "tags", "topics", "share", "more",
    "subscribe", "follow", "contact", "email", "tel", "phone", "fax", "warning", "spoiler",
    "disclaimer", "disclosure", "summary", "background", "context", "reporting", "editing",
    "additional", "graphic", "map", "chart", "table", "figure", "fig", "step", "part", "chapter",
    "episode", "season", "round", "day", "week", "question", "answer", "quote", "transcript",
    "name", "title", "date", "time", "location", "place", "age", "occupation", "status", "proof",
    "example", "definition", "theorem", "lemma", "corollary", "remark", "solution", "exercise",
];

/// Participles after a comma that go on with the same speaker: ", adding that …".
pub const CONTINUING_PARTICIPLES: &[&str] = &[
    "adding", "saying", "noting", "arguing", "insisting", "explaining", "claiming", "warning",
    "stressing", "suggesting", "writing", "asserting", "acknowledging", "conceding", "calling",
    "telling", "declaring", "predicting", "promising", "vowing", "pledging",
    "accusing", "charging", "complaining", "contending", "countering", "denying", "urging",
];

/// Prepositions that open an adverbial after a cue ("said in a statement", "said of Trump").
pub const CUE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "via", "through", "after", "before", "of", "about", "from",
    "with", "when", "while", "last", "this", "late", "early", "under",
];

// Function words of single rules, each list the exact words its rule tests.

/// Articles: "the pitch on Kickstarter" (a common noun with its article joins a preposition),
/// "told the CNN audience" (skipped before a listener's name), ", a spokesman for …".
#[rustfmt::skip]
pub const ARTICLES: &[&str] = &["the", "a", "an"];

/// Determiners that never stand alone for a noun, so the word after them is no verb ("The report
/// examined", "Her vow"); not "This prompted", "Another featured", "Many … try".
#[rustfmt::skip]
pub const NOUN_ONLY_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
];

/// Demonstratives that a mention may open with beside an article ("this person close to …").
#[rustfmt::skip]
pub const DEMONSTRATIVES: &[&str] = &["this", "that"];

/// Determiners that point back to an organisation or role already named: "the company said",
/// "this minister".
#[rustfmt::skip]
pub const ANAPHORIC_DETERMINERS: &[&str] = &["the", "this"];

/// Coordinating conjunctions: after a noun-like cue ("the reports and …") it is a noun; a
/// content that opens with one ("expressed concerns but has said …") is the subject's next act;
/// none goes on a common noun.
#[rustfmt::skip]
pub const COORDINATORS: &[&str] = &["and", "but", "or"];

/// Conjunctions that may open a sentence before its subject or "according to" ("But according
/// to X, …", "And Clinton said …"); with "or", those that open a clause between commas.
#[rustfmt::skip]
pub const LEADING_CONJUNCTIONS: &[&str] = &["but", "and", "so", "yet"];

/// Adverbs that open a sentence before its subject ("Still, Sanders …", "Then he cut into Bush,
/// calling …", "Here in Columbia, Sanders …"): no part of the speaker.
#[rustfmt::skip]
pub const OPENING_ADVERBS: &[&str] = &[
    "still", "then", "now", "here", "meanwhile", "later", "again", "also", "today", "yesterday",
    "tonight", "earlier", "however", "indeed", "moreover", "nonetheless", "nevertheless", "thus",
];

/// Conjunctions after which the subject's next act follows ("endorsed Trump last week and has
/// appeared at …", ", and he railed against …"); a cue after one goes on with the clause's
/// speaker.
#[rustfmt::skip]
pub const NEXT_ACT_CONJUNCTIONS: &[&str] = &["and", "but"];

/// Conjunctions of contrast that, with another subject and cue after them, end a content
/// ("preferred Clinton while about 6 in 10 white men supported Sanders").
#[rustfmt::skip]
pub const CONTRAST_CONJUNCTIONS: &[&str] = &["while", "whereas"];

/// The first person: inside a speaker's turn, the speaker ("FALLIN: Well, I think …").
pub const FIRST_PERSON: &[&str] = &["i", "we"];

/// "We" and "you" outside quotations are the writer and the reader, not a source ("We refuse").
#[rustfmt::skip]
pub const WRITER_AND_READER: &[&str] = &["we", "you"];

/// Pronouns that stand for a person, resolved to the last person named ("he said").
#[rustfmt::skip]
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Object pronouns that, as a one-word object of a cue that is not listed speech, name who the
/// act is about ("criticized him").
#[rustfmt::skip]
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "it", "me", "us"];

/// Relative pronouns that stand for a thing said: "newspaper reports, which Russian officials
/// have denied".
#[rustfmt::skip]
pub const OBJECT_RELATIVES: &[&str] = &["which", "that"];

/// Relative pronouns that open an aside about the speaker after a comma ("Rep. Zoe Lofgren
/// (D-Calif.), who …, said").
#[rustfmt::skip]
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whose", "which"];

/// Relative words that make a stretch between commas an aside, not a clause (", who …,").
#[rustfmt::skip]
pub const ASIDE_RELATIVES: &[&str] = &["who", "whose", "which", "where", "whom"];

/// Words after a comma that open a clause other than the content: ", which …", ", who …",
/// ", according to …", ", either …".
#[rustfmt::skip]
pub const CLAUSE_BREAKERS: &[&str] = &["which", "who", "whose", "according", "either"];

/// Words that open a clause as a cue's content: "said that …", "asked whether …", "explained
/// how …".
#[rustfmt::skip]
pub const COMPLEMENTIZERS: &[&str] = &["that", "if", "whether", "how", "what", "why"];

/// A bare answer that is a content by itself: "the candidate said no".
#[rustfmt::skip]
pub const ANSWERS: &[&str] = &["yes", "no"];

/// Prepositions that join a speaker's noun phrase ("officials in Moscow", "a person close to
/// the ministry"); a phrase does not start with one.
#[rustfmt::skip]
pub const NP_PREPOSITIONS: &[&str] = &["of", "in", "at", "from", "to", "for", "with", "on"];

/// Prepositions that keep a phrase after an inverted cue going past a role or anonymous head
/// ("said officials in Moscow", "said a spokesman for the ministry").
#[rustfmt::skip]
pub const ROLE_PREPOSITIONS: &[&str] = &["in", "at", "of", "for", "from"];

/// Prepositions that stay inside a name or role before a capitalised word ("A spokeswoman for
/// Janney", "said the Secretary of State").
#[rustfmt::skip]
pub const NAME_PREPOSITIONS: &[&str] = &["of", "for"];

/// Lower-case words inside a speaker's name before a colon ("Ministry of Defence: …").
#[rustfmt::skip]
pub const COLON_NAME_JOINERS: &[&str] = &["and", "of"];

/// Words that end the speaker's phrase after an inverted cue (`"…," said Peskov on Tuesday`),
/// unless a role or a name goes on through them.
#[rustfmt::skip]
pub const INVERTED_NP_ENDS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "when", "while", "who", "that", "which",
    "about", "to", "from", "with", "of", "as", "for", "and",
];

/// Verbs after the name of an inverted cue that make the name a clause's subject (`said
/// Republicans are engaged …`).
#[rustfmt::skip]
pub const VERBS_AFTER_INVERTED_NAME: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would",
];

/// Words that start a new predicate of the same subject after "and"/"but" ("and has appeared
/// at …", "and then said").
#[rustfmt::skip]
pub const PREDICATE_STARTS: &[&str] = &[
    "has", "have", "had", "was", "is", "will", "would", "then", "also", "did",
];

/// Finite forms of the commonest speech verbs, which start a predicate too ("and told …").
#[rustfmt::skip]
pub const FINITE_SPEECH_VERBS: &[&str] = &["said", "told", "wrote", "says", "tells", "writes"];

/// Main speech verbs after a comma that end a relative clause's content ("Barkley, who said he
/// votes Democratic, said …").
#[rustfmt::skip]
pub const MAIN_CLAUSE_CUES: &[&str] = &["said", "says", "told", "added"];

/// Words that open a closing time or setting phrase ("… on Tuesday", "… last week", "… in an
/// interview"), dropped from a content's end.
#[rustfmt::skip]
pub const TRAILING_ADVERBIAL_OPENERS: &[&str] = &[
    "on", "last", "this", "in", "at", "during", "earlier", "late",
];

/// Words before a time word that make a time phrase after a cue: "said on Tuesday night",
/// "said last week".
#[rustfmt::skip]
pub const TIME_WORDS_BEFORE_A_DATE: &[&str] = &[
    "on", "in", "at", "last", "this", "late", "early", "earlier",
];

/// Determiners that open a time phrase at a sentence's start ("This week, …"), not a subject
/// ("This has been a concern, X said").
#[rustfmt::skip]
pub const TIME_DETERMINERS: &[&str] = &["this", "last", "late", "early"];

/// Words that open a time phrase between a subject and its cue ("Sanders on Saturday
/// criticized", "Trump last week said").
#[rustfmt::skip]
pub const TIME_OPENERS_BEFORE_A_CUE: &[&str] = &[
    "on", "last", "this", "early", "late", "earlier", "next",
];

/// Words of a time or place phrase between a relative pronoun and its antecedent ("an article
/// on Sunday that said").
#[rustfmt::skip]
pub const PHRASE_OPENERS_BEFORE_A_RELATIVE: &[&str] = &[
    "on", "in", "at", "last", "this", "from", "during",
];

/// Words of a time: days, months, seasons and parts of the day ("on Tuesday", "last week",
/// "Friday morning").
#[rustfmt::skip]
pub const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "month", "year", "weekend", "morning", "afternoon", "evening", "night", "day", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "friday's", "time", "summer", "spring", "fall", "winter",
];

/// Days and months that open a sentence before its subject with no comma ("Tuesday Enbridge
/// announced", "In March Clinton said"): never the first word of a speaker's name. The months
/// that are first names too (April, May, June, August) are not here.
#[rustfmt::skip]
pub const DATE_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "july", "september", "october", "november", "december",
];

/// First words of reported words that go on after an inverted speaker ("There is real pride,
/// insists Maya Chen, in finishing what you start"; "The paradox, says Carl Anthony, is that …"):
/// prepositions and verbs, never a description of the speaker or a conjunction of the writer's.
#[rustfmt::skip]
pub const GOES_ON_AFTER_A_SPEAKER: &[&str] = &[
    "in", "for", "to", "with", "about", "is", "was", "are", "were", "will", "would", "has",
    "have", "had", "can", "could", "should", "must",
];

/// Modals and auxiliaries that go on a quoted subject's verb after the cue (`"Only you,
/// Dinesh," she said, would use …`).
#[rustfmt::skip]
pub const MODALS_AFTER_A_QUOTED_SUBJECT: &[&str] = &[
    "would", "will", "could", "should", "can", "may", "might", "must", "is", "was", "are",
    "were", "has", "have", "had",
];

/// Cues that, opening a sentence, ask a question that is not what the subject said ("Asked if
/// he was bullied, the candidate said …", "Pressed on …").
#[rustfmt::skip]
pub const QUESTION_CUES: &[&str] = &["asked", "pressed"];

/// Prepositions after a cue that open what was said about ("warned of a recession", "talked
/// about the economy").
#[rustfmt::skip]
pub const TOPIC_PREPOSITIONS: &[&str] = &["about", "of", "against", "for"];

/// Particles that belong to the cue before them ("pointed out that").
#[rustfmt::skip]
pub const CUE_PARTICLES: &[&str] = &["out", "up", "off", "back"];

/// Prepositions a learned cue takes before its content ("referred to …", "railed against …").
#[rustfmt::skip]
pub const LEARNED_CUE_PREPOSITIONS: &[&str] = &[
    "to", "for", "about", "on", "against", "over", "into", "with", "at", "upon",
];

/// Adverbs between the copula and "expected" ("is widely expected to").
#[rustfmt::skip]
pub const EXPECTED_ADVERBS: &[&str] = &["widely", "not", "also", "generally"];

/// Copulas before "expected to" that make it an expectation no one is named for ("The
/// convention is expected to inject $200 million").
#[rustfmt::skip]
pub const EXPECTATION_COPULAS: &[&str] = &["is", "are", "was", "were", "isn't", "isn’t"];

/// Verbs that name the one cited before "as saying" ("cited a source as saying", "quoted X as
/// telling").
#[rustfmt::skip]
pub const CITING_VERBS: &[&str] = &["cited", "quoted", "citing", "quoting", "cites", "quotes"];

/// Prepositions before a gerund cue that make it the clause subject's own act ("distinguished
/// himself by saying …", "deflected questions before saying …").
#[rustfmt::skip]
pub const GERUND_PREPOSITIONS: &[&str] = &["by", "before", "after", "while", "upon"];

/// Forms of "be" before a participle that make it a progressive, not a participle cue ("is
/// backing Clinton").
#[rustfmt::skip]
pub const PROGRESSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were", "am", "been", "be"];

/// Words before a participle that make it a gerund, its subject the verb's object ("criticized
/// Manafort for accusing …"): no participle cue after a noun.
#[rustfmt::skip]
pub const GERUND_OBJECT_WORDS: &[&str] = &["for", "to", "by", "of", "without", "than", "like"];

/// Irregular past participles of cues, which after a form of "be" are passives ("was told").
#[rustfmt::skip]
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "told", "said", "written", "known", "thought", "shown", "found", "held", "understood",
];

/// Participles that describe a document by its making when they follow its noun: "A poll
/// released Monday by Quinnipiac University found …", "The report published Tuesday showed …".
#[rustfmt::skip]
pub const MODIFYING_PARTICIPLES: &[&str] = &[
    "released", "published", "conducted", "issued", "commissioned", "obtained", "posted",
    "unveiled", "filed", "aired", "leaked", "circulated", "distributed", "prepared",
];

/// Forms of "be" that make a participle after them a passive ("was asked", "is expected").
#[rustfmt::skip]
pub const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];

/// Words after which a noun-like cue is a verb: a pronoun subject, a modal or auxiliary, "not"
/// ("they claim", "did not report", "also notes").
#[rustfmt::skip]
pub const SUBJECT_BEFORE_A_NOUN_LIKE_CUE: &[&str] = &[
    "i", "we", "they", "you", "he", "she", "it", "will", "would", "could", "can", "may", "might",
    "must", "should", "do", "did", "does", "not", "also", "still",
];

/// Words that open a clause after a noun-like cue with a plural subject ("The authorities claim
/// our work …").
#[rustfmt::skip]
pub const CLAUSE_STARTS_AFTER_A_NOUN_LIKE_CUE: &[&str] = &[
    "the", "a", "an", "our", "their", "his", "her", "its", "he", "she", "it", "they", "we", "i",
    "this", "there",
];

/// Finite verbs that make a stretch between commas a clause, not an aside about the speaker
/// (", candidates have more room,").
#[rustfmt::skip]
pub const ASIDE_CLAUSE_VERBS: &[&str] = &[
    "has", "have", "is", "are", "was", "were", "will", "would", "can", "could",
];

/// Organisation nouns that may refer back to any organisation ("the company said"); others
/// ("the ministry") must be in its name.
#[rustfmt::skip]
pub const GENERIC_ORG_ANAPHORS: &[&str] = &[
    "company", "firm", "group", "organization", "organisation", "campaign",
];

/// Roles whose holder speaks for the organisation named before the role ("Kremlin spokesman")
/// or after it ("a spokesman for Exxon Mobil").
#[rustfmt::skip]
pub const REPRESENTATIVE_ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "adviser",
    "advisor", "secretary", "minister", "ambassador", "director", "chief", "chairman",
    "chairwoman", "ceo", "executive", "lawyer", "attorney", "representative", "press", "manager",
    "strategist", "staffer", "head", "envoy", "member", "leader", "economist",
];

/// Capitalised words of a title that name a portfolio or a rank, not an organisation the holder
/// speaks for: "Prime Minister Theresa May", "Foreign Minister Sergei Lavrov", "Senate Majority
/// Leader Mitch McConnell" are not of parties "Prime", "Foreign", "Senate Majority" (lower-case).
#[rustfmt::skip]
pub const TITLE_MODIFIERS: &[&str] = &[
    "prime", "foreign", "defense", "defence", "interior", "finance", "home", "justice", "health",
    "education", "deputy", "vice", "majority", "minority", "senior", "acting", "assistant",
    "executive", "press", "first", "former", "chief", "general", "communications", "policy",
    "political", "digital", "national", "economic", "legal",
];

/// Legislatures, whose members speak for a side of them, not for the chamber: "Senate Majority
/// Leader Mitch McConnell" and "Senate Minority Leader Harry Reid" are two sides.
pub const CHAMBERS: &[&str] = &["senate", "house", "congress", "parliament", "assembly"];

/// Word and preposition that go on an unnamed source's phrase: "a person close to the ministry",
/// "people familiar with the talks".
pub const CLOSE_TO: &[(&str, &str)] = &[("close", "to"), ("familiar", "with")];

/// Prepositions after which the capitalised words of "a person close to the Russian Defense
/// Ministry" are the source's side.
#[rustfmt::skip]
pub const CLOSE_TO_PREPOSITIONS: &[&str] = &["to", "with", "in", "at"];

/// Prepositions after a representative role that name whom it speaks for ("a spokesman for
/// Exxon Mobil", "an adviser to the president").
#[rustfmt::skip]
pub const REPRESENTED_PREPOSITIONS: &[&str] = &["for", "of", "to", "at", "on", "with"];

/// The word lists above as hash sets, built once.
pub struct Sets {
    pub fillers: HashSet<&'static str>,
    pub determiners: HashSet<&'static str>,
    pub not_speaker: HashSet<&'static str>,
    pub listeners: HashSet<&'static str>,
    pub adverbials: HashSet<&'static str>,
    pub prepositions: HashSet<&'static str>,
    pub roles: HashSet<&'static str>,
    pub orgs: HashSet<&'static str>,
    pub org_anaphors: HashSet<&'static str>,
    pub anonymous_heads: HashSet<&'static str>,
    pub documents: HashSet<&'static str>,
    pub pronouns: HashSet<&'static str>,
    pub auxiliaries: HashSet<&'static str>,
    pub time_words: HashSet<&'static str>,
    pub inverted_np_ends: HashSet<&'static str>,
    pub subject_before_noun_like: HashSet<&'static str>,
    pub clause_after_noun_like: HashSet<&'static str>,
    pub irregular_past: HashSet<&'static str>,
}


pub fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    fn set(words: &[&'static str]) -> HashSet<&'static str> {
        words.iter().copied().collect()
    }
    SETS.get_or_init(|| Sets {
        fillers: set(SUBJECT_VERB_FILLERS),
        determiners: set(DETERMINERS),
        not_speaker: set(NOT_A_SPEAKER),
        listeners: set(LISTENERS),
        adverbials: set(CUE_ADVERBIALS),
        prepositions: set(CUE_PREPOSITIONS),
        roles: set(ROLE_WORDS),
        orgs: set(ORG_WORDS),
        org_anaphors: set(ORG_ANAPHORS),
        anonymous_heads: set(ANONYMOUS_HEADS),
        documents: set(DOCUMENT_NOUNS),
        pronouns: set(PRONOUNS),
        auxiliaries: set(AUXILIARIES),
        time_words: set(TIME_WORDS),
        inverted_np_ends: set(INVERTED_NP_ENDS),
        subject_before_noun_like: set(SUBJECT_BEFORE_A_NOUN_LIKE_CUE),
        clause_after_noun_like: set(CLAUSE_STARTS_AFTER_A_NOUN_LIKE_CUE),
        irregular_past: set(IRREGULAR_PAST),
    })
}

#[cfg(test)]
mod tests {
    /// Every public word list of this file is lower-case (lookups are by lower-cased words) and
    /// lists each entry once.
    #[test]
    fn lists_are_lower_case_and_unique() {
        let src = include_str!("mod.rs");
        let src = &src[..src.find("#[cfg(test)]").expect("this module")];
        let mut lists = 0;
        for block in src.split("\npub const ").skip(1) {
            let Some((name, list)) = block.split_once(": &[&str] = &[") else {
                continue;
            };
            if name.contains(char::is_whitespace) {
                continue;
            }
            let body = &list[..list.find("];").expect("a list ends")];
            let mut seen = std::collections::HashSet::new();
            for w in body.split('"').skip(1).step_by(2) {
                assert_eq!(w, w.to_lowercase(), "{w}");
                assert!(seen.insert(w), "duplicate {w}");
            }
            lists += 1;
        }
        assert!(lists > 50, "{lists} lists read");
    }

    /// A learned cue form reports one thing: lower-case, in one row at most.
    #[test]
    fn learned_cue_classes_are_lower_case_and_apart() {
        let mut seen = std::collections::HashSet::new();
        for (_, forms) in super::LEARNED_CUE_CLASSES {
            for w in *forms {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(*w), "{w} in two rows");
            }
        }
    }
}
