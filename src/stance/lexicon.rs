//! Word lists for stance: the one place they live.
//!
//! Entries are lowercase; a multi-word entry is matched as consecutive words. Words are split at
//! anything that is not a letter, a digit or an apostrophe, and curly apostrophes count as `'`.
//! `scripts/train_stance.py` reads these lists from this file (the `GROUPS` table and every
//! `pub const NAME: &[&str]` block), so the trainer and the analyser always see the same words:
//! after editing a list, run the script again to regenerate `stance/weights.rs`.
//!
//! The lists hold general news-language cues only; nothing here names a particular story.

/// The lists scanned for where their words fall (see `PLACES` in `stance/mod.rs`), in feature
/// order, each with the name its features go by in the generated `stance/weights.rs`
/// ("refuting:lead"). `stance/mod.rs` and the script find a list here by that name.
#[rustfmt::skip]
pub const GROUPS: [(&str, &[&str]); 7] = [
    // Words saying a story is untrue: a text using them about a claim usually refutes it
    // ("The video of a bird pooping on Vladimir Putin is a hoax"). Also used by the disputes module
    // to spot refuting statements (see `refutation_score`).
    ("refuting", &[
        "hoax", "hoaxes", "hoaxer", "hoaxers", "hoaxed", "fake", "fakes", "faked", "faking",
        "false", "falsely", "falsehood", "untrue", "not true", "isn't true", "wasn't true", "bogus",
        "debunk", "debunks", "debunked", "debunking", "myth", "myths", "fabricated", "fabrication",
        "made up", "made it up", "made it all up", "nope", "satire", "satirical", "prank", "pranks",
        "pranked", "fraud", "fiction", "fictional", "phony", "phoney", "sham", "spoof", "parody",
        "doctored", "photoshopped", "photoshop", "misleading", "too good to check",
        "too good to be true", "no truth", "not real", "isn't real", "urban legend", "trolled",
        "trolls", "duped", "fooled", "fools", "not what it seems", "baseless", "unfounded",
        "nonsense", "rubbish", "lies", "lie", "lied", "wrong", "not the case", "inaccurate",
        "erroneous", "misinformation", "exaggerated", "pants on fire", "bs", "bullshit",
        "not a thing", "put to rest", "unsubstantiated", "unproven", "groundless", "without merit",
        "no merit", "disinformation",
    ]),
    // Speech acts of denial and correction: someone says the claim is not so
    // ("North Korea denies reports Kim Jong-un is to open state-backed restaurant").
    ("denial", &[
        "deny", "denies", "denied", "denying", "denial", "denials", "refute", "refutes", "refuted",
        "rebut", "rebuts", "rebutted", "rebuff", "rebuffs", "dismiss", "dismisses", "dismissed",
        "reject", "rejects", "rejected", "dispute", "disputes", "disputed", "contradict",
        "contradicts", "contradicted", "contradicting", "retract", "retracts", "retracted",
        "retraction", "dispel", "dispels", "dispelled", "quash", "quashes", "quashed",
        "shoots down", "shot down", "no evidence", "no proof", "no sign", "no basis", "no plans",
        "record straight", "reality check", "not so fast", "clarifies", "clears up", "corrects",
        "correction", "backtracks", "walks back", "exposed", "busted", "calls bs",
        "pours cold water", "doubt", "doubts", "doubted", "cast doubt", "casts doubt",
        "raises doubts", "skeptical", "sceptical", "no hard evidence", "questions whether",
        "disowns", "repudiates",
    ]),
    // Hedges: the text does not vouch for what it relays ("Hewlett-Packard will reportedly split").
    ("hedge", &[
        "reportedly", "reported", "allegedly", "alleged", "apparently", "purportedly", "purported",
        "supposedly", "may", "might", "could", "possibly", "possible", "probably", "likely",
        "unlikely", "perhaps", "maybe", "rumor", "rumors", "rumour", "rumours", "rumored",
        "rumoured", "unconfirmed", "unverified", "speculation", "speculate", "speculates", "tipped",
        "said to", "believed to", "thought to", "appears", "appear", "seems", "seem", "would",
        "considering", "mulls", "mulling", "weighs", "weighing", "in talks", "eyes", "expected",
        "set to", "rumoured to", "if true", "whether",
    ]),
    // Attribution: the text relays what someone says ("Tesla chooses Nevada for battery factory:
    // Sources").
    ("attribution", &[
        "says", "said", "say", "saying", "claims", "claim", "claimed", "claiming", "report",
        "reports", "according to", "source", "sources", "told", "tells", "tell", "insists",
        "insisted", "suggests", "suggest", "suggested", "believes", "warns", "warned", "announces",
        "announced", "paper", "newspaper", "media", "tweet", "tweets", "tweeted", "video shows",
        "photo shows", "image shows",
    ]),
    // Confirmation: the text vouches for the claim ("DNA Results Confirm Michael Jackson Is ...").
    ("confirm", &[
        "confirms", "confirmed", "confirm", "confirmation", "officially", "proof", "proves",
        "proven", "proved", "it's true", "is true", "is real", "it's real", "indeed", "really did",
        "revealed", "reveals", "breaking", "here's", "watch", "photos", "video", "official",
    ]),
    // Contrast and correction markers that often come with a debunk
    // ("says she is actually fine ... despite kidnap reports").
    ("contrast", &[
        "actually", "despite", "but", "however", "in fact", "turns out", "turned out", "after all",
        "instead", "truth", "real story", "really",
    ]),
    // Words that contradict a harm rumour (death, kidnap, arrest) by their meaning alone
    // ("Gill Rosenberg ... Says She's Safe"). Only unambiguous ones: "fine", "well", "free" have
    // too many other senses.
    ("wellbeing", &[
        "alive", "safe", "unharmed", "survives", "survived", "still alive", "not dead",
    ]),
];

/// Negators. Any word ending in "n't" (or the apostrophe-less "didnt", "isnt", ...) counts too.
#[rustfmt::skip]
pub const NEGATION: &[&str] = &[
    "not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "didnt",
    "doesnt", "dont", "isnt", "wasnt", "werent", "arent", "hasnt", "havent", "hadnt", "wont",
    "cant", "couldnt", "wouldnt", "shouldnt",
];

/// Words that open a yes/no question ("Did Banksy Post This ...?").
#[rustfmt::skip]
pub const QUESTION_OPENERS: &[&str] = &[
    "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will",
    "would", "should", "real or", "true or", "fact or", "hoax or",
];

/// Function words left out when comparing the claim's words with the text's.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "that", "this", "his", "her", "its", "their", "has",
    "have", "had", "was", "were", "are", "will", "been", "who", "which", "what", "when", "into",
    "over", "after", "about", "than", "they", "them", "she", "him", "you", "your", "our", "out",
    "all", "can", "not", "one", "two", "new", "more", "most", "but", "also", "just", "being",
    "there", "then", "off", "per", "via",
];
