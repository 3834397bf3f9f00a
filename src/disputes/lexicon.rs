//! Word lists for claims, parties and disputes: the one place they live.
//!
//! Entries are lower-case; a multi-word entry is matched as consecutive words (tokens as
//! `attribution::Doc::w` gives them: "didn't" is one word, "trump's" another). Cue verbs, roles,
//! document nouns and government metonyms come from `crate::lexicon` and are not repeated here;
//! negators come from the stance module's list. General news language only: nothing here names a
//! particular story, person or country.

/// Phrases inside a statement that reject what someone else said, strongly enough to count even
/// when the article never quotes what is rejected ("the allegations are false").
#[rustfmt::skip]
pub const REFUTING_STRONG: &[&str] = &[
    "not true", "isn't true", "wasn't true", "is untrue", "untrue", "false", "falsely", "baseless",
    "unfounded", "groundless", "no basis", "without basis", "no evidence", "not the case",
    "fabricated", "fabrication", "made up", "fake news", "nonsense", "inaccurate", "erroneous",
    "incorrect", "absurd", "ridiculous", "no truth",
    "without merit", "no merit", "don't hold weight", "doesn't hold weight", "do not hold weight",
    "hold no weight", "not accurate", "no such",
];

/// Words that reject a claim only when the statement is about someone else's claim in the
/// article: alone they are as often plain criticism ("the plan is wrong", "he is a liar").
#[rustfmt::skip]
pub const REFUTING_WEAK: &[&str] = &[
    "wrong", "lying", "lie", "lies", "lied", "liar", "exaggerated", "exaggerates", "exaggerate",
    "exaggerating", "exaggeration", "overstated", "overstates", "misleading", "misled",
    "distorted", "distorts", "distortion", "mischaracterized", "mischaracterization",
    "misrepresented", "misrepresents", "misinterpreted", "conspiracy theories",
    "conspiracy theory", "myth", "hoax", "bogus", "debunked", "mostly false", "pants on fire",
    "misinformation", "disinformation",
];

/// Weak refuting words that name a thing rather than say something of it: a charge against a
/// claim only where said of it ("that's a lie", "bogus claims", "the story was a hoax"), not as
/// a topic ("Trump's misinformation may be strategic", "the tide of misinformation regarding his
/// candidacy"). The verbs ("lied", "exaggerated") say it themselves, and "lie" and "lies",
/// verbs as often ("to lie to them that those polls don't matter"), are not here.
#[rustfmt::skip]
pub const REFUTING_NOMINALS: &[&str] = &[
    "wrong", "liar", "exaggeration", "misleading", "distortion",
    "mischaracterization", "conspiracy", "myth", "hoax", "bogus", "misinformation",
    "disinformation",
];

/// Words right before a weak refuting word that make it no charge against a claim: "did the
/// wrong thing", "there was nothing wrong with".
#[rustfmt::skip]
pub const WEAK_CANCELLERS: &[&str] = &["the", "nothing", "not", "no"];

/// Refuting adjectives that call a claim false only when said of it ("the report is false",
/// "an idea that was completely untrue", "baseless allegations", "nonsense"), not when they
/// describe some other thing ("should receive only false information").
#[rustfmt::skip]
pub const REFUTING_ADJECTIVES: &[&str] = &[
    "false", "untrue", "inaccurate", "erroneous", "incorrect", "baseless", "unfounded",
    "groundless", "absurd", "ridiculous", "fabricated",
];

/// Words just before such an adjective that make it a predicate ("is false", "called it
/// absurd", "simply not true" is a phrase of its own).
#[rustfmt::skip]
pub const PREDICATE_LEADS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "it's", "that's", "isn't", "wasn't",
    "he's", "she's", "they're", "you're", "we're", "i'm",
    "seems", "seemed", "remains", "called", "calling", "calls", "call", "deemed", "as",
];

/// Subjects that stand for what was just said when a refutation opens with them: "It's
/// nonsense," "That is a false equivalency!" (with a copula of [`PREDICATE_LEADS`] after the bare
/// ones).
pub const ANSWERING_SUBJECTS: &[&str] = &["it's", "that's", "it", "that", "this"];

/// A denial cue's whole object when it stands for what was just said: "When Hewitt suggested
/// that …, Trump contradicted him."
pub const ANSWERED_OBJECTS: &[&str] = &["him", "her", "them", "it", "this", "that"];

/// Openings of "I have no idea what he means": professing ignorance of where another's claim
/// came from is how officials deny without the word "deny". Matched at word level as
/// `<negated know> … <wh-word>` (see `signals::not_know`), so these are the wh-words.
pub const NOT_KNOW_WH: &[&str] = &["where", "what", "why", "how", "whom", "who"];

/// Words after the wh-word that make the phrase about where a claim came from or what it means
/// ("where he got that", "what he is talking about"), not any unknown ("what is in his heart").
#[rustfmt::skip]
pub const NOT_KNOW_SOURCES: &[&str] = &[
    "got", "get", "gets", "getting", "gotten", "came", "come", "comes", "coming", "heard", "hear",
    "talking", "referring", "means", "meant", "idea", "information", "from", "source", "sources",
    "based", "basis", "claim", "claims", "report", "reports", "about",
];

/// Negated forms of "know" and "have an idea" that start such a phrase.
#[rustfmt::skip]
pub const NOT_KNOW: &[&str] = &[
    "didn't know", "don't know", "doesn't know", "did not know", "do not know", "does not know",
    "no idea", "not know", "not clear", "unclear", "can't understand", "cannot understand",
    "didn't understand", "don't understand", "puzzled", "baffled",
];

/// -ing forms after a comma that turn the statement before them into a rejection of what follows
/// ("Kremlin says ..., contradicting Trump tweet"; "..., denying the report").
#[rustfmt::skip]
pub const DENYING_PARTICIPLES: &[&str] = &[
    "contradicting", "denying", "rejecting", "dismissing", "refuting", "disputing", "rebutting",
    "countering", "debunking", "challenging", "contesting", "correcting",
];

/// What a cue lemma (as `Statement::cue_lemma` holds it) reports besides speech.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reports {
    /// Agreement: a statement made with one never disputes, whatever words follow ("agreed that
    /// it was not true").
    Agreement,
    /// Support for a person or a measure ("two Democrats backing the measure"): never disputes,
    /// and asserts no fact another could deny.
    Endorsement,
    /// A commitment or a call to act ("pledged to build a wall", "urged Congress to act",
    /// "threatening to cut off the money"): asserts no fact another could deny. (On 132
    /// annotated train articles no such statement is the claim of a required dispute.)
    Commitment,
    /// Criticism rather than a factual claim: alone, never a dispute.
    Criticism,
    /// A claim others may contest ("claimed", "alleged", "insisted"): a statement made with one
    /// is the likelier thing a denial answers.
    Claim,
}

/// The cue lemmas by what they report; a lemma stands in one row at most.
#[rustfmt::skip]
pub const CUE_REPORTS: &[(Reports, &[&str])] = &[
    (Reports::Agreement, &[
        "agree", "concur", "confirm", "echo", "second", "affirm", "corroborate",
    ]),
    (Reports::Endorsement, &["endorse", "back", "support", "praise"]),
    (Reports::Commitment, &[
        "pledge", "promise", "vow", "threaten", "urge", "press", "propose", "lobby", "plead",
        "order",
    ]),
    (Reports::Criticism, &[
        "criticize", "criticise", "criticized", "criticised", "slam", "blast", "attack", "condemn",
        "denounce", "mock", "ridicule", "call", "describe",
    ]),
    (Reports::Claim, &[
        "claim", "allege", "assert", "insist", "charge", "accuse", "argue", "contend", "maintain",
        "suggest", "tweet", "report", "state", "declare", "announce", "write", "testify",
    ]),
];

/// What the cue lemma reports, if it is one of `CUE_REPORTS`. A learned cue's lemma is the word
/// as written ("backing", "urged"), so its stem, and the stem with "e" back, are tried too.
pub fn reports(lemma: &str) -> Option<Reports> {
    let find = |w: &str| {
        CUE_REPORTS
            .iter()
            .find(|(_, lemmas)| lemmas.contains(&w))
            .map(|&(r, _)| r)
    };
    find(lemma).or_else(|| {
        let stem = super::words::stem(lemma);
        find(&stem).or_else(|| find(&format!("{stem}e")))
    })
}

/// Words inside a statement that side with another's claim ("Smith was right").
#[rustfmt::skip]
pub const AGREEING_WORDS: &[&str] = &[
    "right", "correct", "agree", "agreed", "agrees", "accurate", "confirmed", "confirms",
    "pleased", "welcome", "welcomed", "welcomes",
];

/// Nouns that point at a statement made in the article: "of Trump's statement", "the report",
/// "newspaper reports", "those claims". Together with `crate::lexicon::DOCUMENT_NOUNS`.
#[rustfmt::skip]
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement", "statements", "claim", "claims", "remark", "remarks", "comment", "comments",
    "assertion", "assertions", "allegation", "allegations", "accusation", "accusations",
    "charge", "charges", "tweet", "tweets", "report", "reports", "article", "articles", "story",
    "stories", "idea", "suggestion", "suggestions", "rationale", "rationales", "argument",
    "arguments", "account", "version", "figures", "numbers", "estimate", "estimates", "rumor",
    "rumors", "rumour", "rumours", "speculation", "message", "post", "posts", "words", "notion",
    "narrative", "characterization", "contention", "insinuation", "premise", "warning",
    "warnings", "assessment", "conclusion", "conclusions", "findings", "theory",
];

/// Nouns whose statements come from the press: a pointer with one of these ("the report",
/// "newspaper reports") prefers a statement by an outlet or a document.
#[rustfmt::skip]
pub const PRESS_NOUNS: &[&str] = &[
    "report", "reports", "article", "articles", "story", "stories", "newspaper", "newspapers",
    "media", "press", "coverage", "headline", "headlines",
];

/// Determiners and modifiers that make a statement noun a pointer back into the article rather
/// than a new thing ("the report", "those reports", "newspaper reports", "his statement").
#[rustfmt::skip]
pub const POINTER_DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "such", "his", "her", "their", "its", "newspaper",
    "newspapers", "media", "press", "news", "recent", "earlier",
];

/// Words that, right after a cue, open the thing the statement is about ("said of Trump's
/// statement", "responding to the report", "asked about the claims").
#[rustfmt::skip]
pub const ABOUT_WORDS: &[&str] = &[
    "of", "about", "on", "regarding", "to", "responding", "response", "reacting", "reaction",
    "asked",
];

/// Words in a speaker's name or mention that make it the press or a document ("Wall Street Journal",
/// "a newspaper article"): such a speaker is what "the report" points at.
#[rustfmt::skip]
pub const PRESS_WORDS: &[&str] = &[
    "journal", "times", "post", "news", "newspaper", "reuters", "interfax", "tass", "associated",
    "press", "ap", "afp", "bloomberg", "cnn", "msnbc", "fox", "bbc", "nbc", "abc", "cbs", "npr",
    "politico", "axios", "guardian", "telegraph", "herald", "tribune", "gazette", "chronicle",
    "magazine", "daily", "agency", "outlet", "website", "paper", "wire", "network", "channel",
    "television", "radio", "media", "article", "report", "story",
];

/// Nouns that name a proposal when "of" follows them and a claim when "that" does: "reject the
/// idea of a minimum wage hike" turns a policy down, "rejected the idea that …" denies.
pub const IDEA_NOUNS: &[&str] = &["idea", "notion", "prospect", "possibility"];

/// Things one rejects without disputing a claim: "the judge rejected the request", "dismissed the
/// lawsuit". A denial cue whose short content is about one of these is a decision, not a dispute.
#[rustfmt::skip]
pub const NOT_CLAIMS: &[&str] = &[
    "request", "requests", "offer", "offers", "proposal", "proposals", "plan", "plans", "bid",
    "bids", "motion", "motions", "deal", "deals", "invitation", "invitations", "application",
    "applications", "appeal", "appeals", "nomination", "nominations", "bill", "bills", "measure",
    "measures", "demand", "demands", "settlement", "resignation", "petition", "petitions",
    "lawsuit", "lawsuits", "suit", "case", "cases", "treaty", "amendment", "amendments", "call",
    "calls", "candidate", "candidacy", "endorsement", "funding", "budget", "policy", "policies",
    "legislation", "law", "laws", "order", "orders", "ruling", "veto", "pardon", "access",
];

/// Modals before a denial cue that make it a denial not made ("voters would reject it if they
/// understood it", "critics could dismiss that").
pub const HYPOTHETICAL_MODALS: &[&str] = &["would", "could", "might", "may", "should"];

/// Words that, negated, decline to answer rather than deny ("cannot comment", "did not respond
/// to a request").
#[rustfmt::skip]
pub const NO_ANSWER: &[&str] = &[
    "comment", "comments", "commented", "commenting", "respond", "responded", "return",
    "returned", "reply", "replied", "reached", "available", "elaborate", "elaborating",
];

/// Opposite pairs: a statement that says one of a pair about what another party's statement says
/// the other of is a contradiction without any negation ("she was awake" / "being asleep").
#[rustfmt::skip]
pub const OPPOSITES: &[(&str, &str)] = &[
    ("asleep", "awake"), ("alive", "dead"), ("guilty", "innocent"), ("increase", "decrease"),
    ("increased", "decreased"), ("rose", "fell"), ("rising", "falling"), ("won", "lost"),
    ("win", "lose"), ("legal", "illegal"), ("safe", "dangerous"), ("true", "false"),
    ("support", "oppose"), ("supports", "opposes"), ("supported", "opposed"), ("rare", "common"),
    ("present", "absent"), ("more", "fewer"), ("higher", "lower"), ("accept", "reject"),
];

/// Contrast markers that often open a counter-statement ("There really are ...", "in fact").
#[rustfmt::skip]
pub const CONTRAST: &[&str] = &[
    "really", "actually", "in fact", "however", "but", "contrary", "instead", "on the contrary",
];

/// Function words left out of the word bags claims are compared by, on top of the stance
/// module's `STOPWORDS` (which keep words of three letters or more only).
#[rustfmt::skip]
pub const EXTRA_STOPWORDS: &[&str] = &[
    "a", "an", "of", "in", "on", "at", "to", "by", "as", "is", "be", "it", "or", "if", "so", "we",
    "he", "i", "me", "my", "us", "do", "did", "does", "said", "says", "say", "told", "tell",
    "would", "could", "should", "may", "might", "must", "shall", "can't", "it's", "that's",
    "there's", "these", "those", "some", "any", "other", "such", "very", "much", "many", "only",
    "even", "still", "really", "because", "while", "where", "whether", "how", "why", "here",
    "own", "same", "each", "every", "both", "few", "now", "then", "than", "too", "again",
    "already", "yet", "ever", "never", "always", "like", "get", "got", "make", "made", "going",
    "according", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "year", "years", "time", "times", "day", "days", "week",
    "people", "thing", "things", "way", "lot", "percent", "100", "don't", "didn't", "doesn't",
    "isn't", "wasn't", "aren't", "weren't", "won't", "no", "nor", "neither", "nothing", "none",
    "apparently", "reportedly", "allegedly", "him", "her", "them", "its", "their", "our",
];

/// Verbs before "back" that make a statement's clause a pushback ("Rubio pushed back on those
/// claims Thursday, saying that …", "hit back", "fired back"): the participle cue after it
/// answers what was pushed back on.
#[rustfmt::skip]
pub const PUSHED_BACK_VERBS: &[&str] = &[
    "push", "pushed", "pushes", "pushing", "hit", "hits", "fired", "shot",
];

/// Words that may sit before a name without changing who it is ("Democrat Hillary Clinton",
/// "former Secretary of State …"), besides `crate::lexicon`'s roles.
#[rustfmt::skip]
pub const NAME_TITLES: &[&str] = &[
    "democrat", "republican", "democratic", "gop", "former", "then", "u.s", "us", "rival",
    "incumbent", "presumptive",
];

/// Opposite concepts worth looking for, flattened for fast lookup by `signals`.
pub fn opposite_of(word: &str) -> Option<&'static str> {
    OPPOSITES.iter().find_map(|&(a, b)| {
        if a == word {
            Some(b)
        } else if b == word {
            Some(a)
        } else {
            None
        }
    })
}

/// The phrase lists a statement's words are scanned for (`signals` tags each; `words` flags the
/// words that open one).
pub const SIGNAL_PHRASES: [&[&str]; 4] = [REFUTING_STRONG, REFUTING_WEAK, NOT_KNOW, CONTRAST];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list is lower-case and free of duplicates, so lookups by lower-cased words work.
    #[test]
    fn lists_are_lower_case_and_unique() {
        for list in [
            REFUTING_STRONG,
            REFUTING_WEAK,
            REFUTING_NOMINALS,
            NOT_KNOW,
            NOT_KNOW_SOURCES,
            HYPOTHETICAL_MODALS,
            DENYING_PARTICIPLES,
            AGREEING_WORDS,
            STATEMENT_NOUNS,
            PRESS_NOUNS,
            POINTER_DETERMINERS,
            CONTRAST,
            NOT_CLAIMS,
            NO_ANSWER,
            EXTRA_STOPWORDS,
            PUSHED_BACK_VERBS,
            NAME_TITLES,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(*w), "duplicate {w}");
            }
        }
        // A cue lemma reports one thing: no lemma in two rows of the table.
        let mut seen = std::collections::HashSet::new();
        for (_, lemmas) in CUE_REPORTS {
            for w in *lemmas {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(*w), "{w} in two rows");
            }
        }
    }
}
