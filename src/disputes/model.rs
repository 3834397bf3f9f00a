//! The features of the two-step dispute linker, and step 2's learned score:
//!
//! 1. Does statement B dispute anything? What B's own words and cue say (a denial cue, "not
//!    true", negation, a pointer such as "the report", the stance model's refutation score) and
//!    where B stands (a lead paragraph, a quotation going on). Measured by `bench/disputes_cv.py`
//!    and not run: it does not beat the decision list in `rules.rs` (README, Limits).
//! 2. Which claim? For each nearby statement A of another party: how far back, whether B names
//!    the party or points at its statement, the words they share and oppose, the stance model run
//!    on (A's content, B's content), numbers that disagree, the decision list's own choice. Run:
//!    [`pair_score`] ranks the candidates of each statement the list links.
//!
//! Features are plain numbers in fixed order; the names below are what `whosaid pairs` prints
//! beside them.

/// Step 1's features, in the order [`StatementFeatures`] fills them.
pub const STATEMENT_FEATURES: [&str; 31] = [
    "bias",
    "deny_cue",
    "frame_denial",
    "refute_strong",
    "refute_weak",
    "not_know",
    "negated",
    "contrast",
    "agrees",
    "criticises",
    "decision",
    "question",
    "pointer",
    "pointer_press",
    "pointer_owned",
    "mentions_other",
    "subject_other",
    "refutation",
    "direct",
    "mixed",
    "belief_cue",
    "claiming_cue",
    "plain_say",
    "anonymous",
    "press_speaker",
    "prev_denial",
    "short",
    "long",
    "lead",
    "continues_quote",
    "rule_disputes",
];

/// Step 2's features, in the order [`PairFeatures`] fills them.
pub const PAIR_FEATURES: [&str; 34] = [
    "dist1",
    "dist2",
    "dist3",
    "dist4_6",
    "dist7_12",
    "dist_far",
    "after",
    "same_paragraph",
    "next_paragraph",
    "pointer_owner",
    "pointer_press",
    "pointer_stem",
    "pointer_general",
    "mention",
    "context",
    "named_other",
    "subject_is_target",
    "overlap",
    "share",
    "opposed",
    "against",
    "for",
    "numbers_differ",
    "target_claiming",
    "target_question",
    "target_criticises",
    "target_denies",
    "target_press",
    "target_anonymous",
    "target_direct",
    "nearest_other",
    "target_reported",
    "target_lead",
    "rule_target",
];

pub type StatementFeatures = [f32; STATEMENT_FEATURES.len()];
pub type PairFeatures = [f32; PAIR_FEATURES.len()];

/// Step 2's learned score of a candidate: the higher, the likelier it is the claim a disputing
/// statement answers (a conditional logit; `scripts/train_disputes.py` writes the weights).
pub fn pair_score(x: &PairFeatures) -> f32 {
    x.iter()
        .zip(super::weights::PAIR_WEIGHTS.iter())
        .map(|(a, w)| a * w)
        .sum()
}

/// One-hot bucket of a distance in statements (target before the statement; after is its own
/// feature).
pub fn distance_bucket(d: usize) -> usize {
    match d {
        0 | 1 => 0,
        2 => 1,
        3 => 2,
        4..=6 => 3,
        7..=12 => 4,
        _ => 5,
    }
}

/// The numbers written in a text ("25", "1,500", "3.5"), without separators, in order.
pub fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if (c == ',' || c == '.')
            && !cur.is_empty()
            && chars.peek().is_some_and(|n| n.is_ascii_digit())
        {
            if c == '.' {
                cur.push('.');
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Both texts give numbers and share none: "dozens of times over" against "cut 25 staff" no,
/// "4,000 jobs" against "about 400" yes. Years (four digits from 1900 to 2099) are dates, not
/// quantities, and are left out.
pub fn numbers_differ(a: &[String], b: &[String]) -> bool {
    let quantity = |n: &&String| !(n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    let a: Vec<&String> = a.iter().filter(quantity).collect();
    let b: Vec<&String> = b.iter().filter(quantity).collect();
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences from PolNeAR train (wash-post_2016-04-05_democratic-prim and
    /// huff-post_2016-05-19_ferguson-is-not), cut to the numbers.
    #[test]
    fn numbers_and_years() {
        assert_eq!(
            numbers("about 1,500 people, $2.35 million, in 2014."),
            ["1500", "2.35", "2014"]
        );
        let a = numbers("In 2014, Ferguson had 115 instances of violent crime");
        let b = numbers("Ferguson, however, had two murders in 2014");
        // Only the year is shared, and a year is no quantity: nothing to compare.
        assert!(!numbers_differ(&a, &b));
        assert!(numbers_differ(
            &a,
            &numbers("Ferguson had 40 instances in 2014")
        ));
        assert!(!numbers_differ(&a, &numbers("some 115 instances")));
    }
}
