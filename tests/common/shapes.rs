//! Hostile text shapes for the linear-time test (tests/robustness.rs) and the throughput bench:
//! each one, grown, once drove some pass of the analyser into time quadratic in its length.

/// `unit` repeated (with `{i}` replaced by a counter) until the text is at least `bytes` long.
pub fn repeat(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len() + 8);
    let mut i = 0usize;
    while s.len() < bytes {
        if unit.contains("{i}") {
            s.push_str(&unit.replace("{i}", &i.to_string()));
        } else {
            s.push_str(unit);
        }
        i += 1;
    }
    s
}

/// (name, repeated unit). No full stop ends most of them: one sentence as long as the text.
pub const SHAPES: &[(&str, &str)] = &[
    // A cue every two words: each content runs back to the sentence's start.
    ("\"according to\" repeated", "according to "),
    // Capitalised words that are also cue forms ("States"): a headline test per candidate.
    (
        "capitalised names, no stop",
        "Kremlin Moscow Russia United States Peskov ",
    ),
    (
        "one endless sentence of clauses",
        "the plan, which critics said was flawed, would fail and ",
    ),
    // Thousands of distinct speakers sharing a first name: party merging by name words.
    (
        "distinct speakers",
        "\"Plan {i} works,\" said Senator John Smith{i}. ",
    ),
    // Thousands of distinct members of one party: the party's member list.
    (
        "one party, thousands of members",
        "Kremlin spokesman John Smith{i} said the plan {i} works. ",
    ),
    ("denials", "Peskov denied that Trump said it was false. "),
    ("quoted paragraphs", "\"We won,\" he said.\n\n"),
    ("unbalanced quote marks", "\" “ word ” \" he said ‘ "),
    ("pronoun cues", "He said she said they said it. "),
    // Thousands of transcript turns, each with a hedge inside: the hedge's turn is looked up.
    (
        "transcript turns",
        "SMITH: Well, we won. I think it works.\n\n",
    ),
];
