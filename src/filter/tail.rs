//! Which tail proposals (`attribution::tail`) to keep: a logistic model over the cue word, how
//! often PolNeAR annotates it as a cue, the words beside it, the content's length and end, and
//! what kind of subject it has. "he sees Cruz as a uniter" passes; "The striker nearly made it a
//! third title" does not. Trained by `scripts/train_tail.py` on PolNeAR train; the weights are
//! `tail_weights.rs`.

use super::shape;
use crate::attribution::tail::Tail;
use crate::attribution::{Found, Source};
use crate::doc::Doc;
use crate::lexicon::{self, HashMap};
use std::fmt::Write;
use std::sync::OnceLock;

#[path = "tail_weights.rs"]
// Generated table: a weight may happen to look like a named constant.
#[allow(clippy::approx_constant)]
mod weights;

/// What kind of subject a tail has, as its feature.
const SOURCES: [&str; 4] = ["src=pronoun", "src=name", "src=noun", "src=relative"];

/// Calls `emit` with each feature of the proposal but its subject's, in a fixed order. One
/// buffer is written and read in turn: the tail model runs on every learned cue word.
fn each_feature(doc: &Doc, t: &Tail, mut emit: impl FnMut(&str)) {
    let s = doc.sents[t.sentence];
    let cue = doc.w(t.cue);
    let before = if t.cue > s.start {
        shape(doc, t.cue - 1)
    } else {
        "start"
    };
    let prep = if t.pair { doc.w(t.cue + 1) } else { "none" };
    let share = t.share;
    let words = t.end - t.start;
    let bucket = [1, 2, 3, 5, 8, 12, 20]
        .into_iter()
        .find(|&b| words <= b)
        .unwrap_or(99);
    let stop = if t.end < s.end { doc.raw(t.end) } else { "end" };
    let mut buf = String::with_capacity(32);
    let mut put = |args: std::fmt::Arguments| {
        buf.clear();
        // Writing to a String cannot fail.
        let _ = buf.write_fmt(args);
        emit(&buf);
    };
    // The cue word with the words beside it ("cue_p1=declined_also") tripled the table for 15
    // more right tails of about 1,540 kept on held-out train folds.
    put(format_args!("bias"));
    put(format_args!("cue={cue}"));
    put(format_args!("share={}", (share * 10.0) as u32));
    put(format_args!("p1={before}"));
    put(format_args!("n1={}", shape(doc, t.cue_end() + 1)));
    put(format_args!("prep={prep}"));
    put(format_args!("len={bucket}"));
    put(format_args!("that={}", u8::from(t.after_that())));
    put(format_args!("stop={stop}"));
    put(format_args!("cap={}", u8::from(doc.cap(t.cue))));
    put(format_args!("quoted={}", u8::from(doc.in_quote(t.cue))));
}

/// The feature of the subject's kind: a pronoun, a name, another noun phrase, a relative
/// pronoun ("Republicans who have praised").
fn source_feature(doc: &Doc, source: Source) -> &'static str {
    match source {
        Source::Mention(a, b) if b == a + 1 && lexicon::sets().pronouns.contains(doc.w(a)) => {
            SOURCES[0]
        }
        Source::Mention(a, b) if (a..b).any(|i| doc.cap(i)) => SOURCES[1],
        Source::Mention(..) => SOURCES[2],
        _ => SOURCES[3],
    }
}

/// The features of one tail proposal with the subject `source`, as the strings the weight
/// table is keyed by.
pub fn features(doc: &Doc, t: &Tail, source: Source) -> Vec<String> {
    let mut out = Vec::with_capacity(11);
    each_feature(doc, t, |f| out.push(f.to_string()));
    out.push(source_feature(doc, source).to_string());
    out
}

struct Table {
    weights: HashMap<&'static str, f32>,
    /// The largest weight a subject's kind can add.
    best_source: f32,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let weights: HashMap<&'static str, f32> = weights::WEIGHTS.iter().copied().collect();
        let best_source = SOURCES
            .iter()
            .map(|f| weights.get(f).copied().unwrap_or(0.0))
            .fold(f32::MIN, f32::max);
        Table {
            weights,
            best_source,
        }
    })
}

/// The statement of the tail when the model keeps it: its log-odds of being an annotated
/// attribution reach the threshold. The subject is looked for only when the best kind of
/// subject could lift the rest of the score there; a tail with none is dropped.
pub fn keep(doc: &Doc, t: &Tail) -> Option<Found> {
    let table = table();
    let weight = |f: &str| table.weights.get(f).copied().unwrap_or(0.0);
    let mut sum = weights::BIAS;
    each_feature(doc, t, |f| sum += weight(f));
    if sum + table.best_source < weights::THRESHOLD {
        return None;
    }
    let source = t.source(doc)?;
    (sum + weight(source_feature(doc, source)) >= weights::THRESHOLD).then(|| t.found(doc, source))
}
