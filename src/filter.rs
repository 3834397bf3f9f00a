//! A learned second opinion on each attribution the rules find. The rules propose generously
//! (every cue learned from PolNeAR, however rarely it is one); a logistic model over a few
//! features of the proposal (its cue, which side its content is on, how long it is, what kind of
//! speaker it has) keeps the ones that look like annotated attributions. Trained by
//! `scripts/train_filter.py` on PolNeAR train; the weights are `filter_weights.rs`.

use crate::attribution::{Doc, Found, Source};
use crate::filter_weights::{BIAS, THRESHOLD, WEIGHTS};
use crate::lexicon::{self, HashMap};
use crate::model::Kind;
use std::sync::OnceLock;

/// The features of one proposal, as the strings the weight table is keyed by.
pub fn features(doc: &Doc, f: &Found) -> Vec<String> {
    let mut out = Vec::with_capacity(14);
    each_feature(doc, f, |s| out.push(s.to_string()));
    out
}

/// Calls `emit` with each feature of the proposal; one reused buffer, no allocation per feature.
fn each_feature(doc: &Doc, f: &Found, mut emit: impl FnMut(&str)) {
    let sets = lexicon::sets();
    let mut buf = String::with_capacity(48);
    let mut out = Feats {
        buf: &mut buf,
        emit: &mut emit,
    };
    let content = f.content();
    let first = doc.toks.partition_point(|t| t.span.start < content.start);
    let last = doc.toks.partition_point(|t| t.span.start < content.end);
    let (cue_first, cue_last) = match f.cue {
        Some(c) => (
            doc.toks.partition_point(|t| t.span.start < c.start),
            doc.toks.partition_point(|t| t.span.start < c.end),
        ),
        None => (first, first),
    };
    let cue_word = if f.cue.is_some() {
        doc.w(cue_first)
    } else {
        ""
    };
    out.push(format_args!("cue={cue_word}"));
    out.push(format_args!("lemma={}", f.lemma));
    let learned = lexicon::cue_verb(cue_word).is_none() && f.cue.is_some();
    if learned {
        let ratio = crate::learned_cues::LEARNED_CUES
            .binary_search_by(|(w, _)| (*w).cmp(cue_word))
            .map_or(0.0, |i| crate::learned_cues::LEARNED_CUES[i].1);
        out.push(format_args!("ratio={}", (ratio * 10.0) as u32));
    }
    let side = match f.cue {
        None => "cont",
        Some(c) if content.start >= c.end => "post",
        Some(c) if content.end <= c.start => "pre",
        Some(_) => "around",
    };
    out.push(format_args!("side={side}"));
    out.push(format_args!("side_learned={side}_{learned}"));
    let kind = match f.kind {
        Kind::Direct => "kind=direct",
        Kind::Mixed => "kind=mixed",
        Kind::Indirect => "kind=indirect",
    };
    out.push(format_args!("{kind}"));
    let words = (first..last).filter(|&i| doc.toks[i].is_word()).count();
    let bucket = match words {
        0..=1 => 1,
        2 => 2,
        3..=5 => 3,
        6..=10 => 4,
        11..=20 => 5,
        21..=40 => 6,
        _ => 7,
    };
    out.push(format_args!("len={bucket}"));
    out.push(format_args!("len_side={bucket}_{side}"));
    let source = match f.source {
        Source::Mention(a, b) if b == a + 1 && sets.pronouns.contains(doc.w(a)) => "pronoun",
        Source::Mention(a, b) if (a..b).any(|i| doc.toks[i].cap) => "name",
        Source::Mention(..) => "noun",
        Source::Relative { .. } => "relative",
        Source::SameAs(_) => "same",
        Source::None => "none",
    };
    out.push(format_args!("src={source}"));
    out.push(format_args!("src_learned={source}_{learned}"));
    out.push(format_args!("first={}", shape(doc, first)));
    out.push(format_args!(
        "prev={}",
        shape(doc, cue_first.wrapping_sub(1))
    ));
    out.push(format_args!("next={}", shape(doc, cue_last)));
}

/// Formats a feature into the shared buffer and hands it on.
struct Feats<'a, F: FnMut(&str)> {
    buf: &'a mut String,
    emit: &'a mut F,
}

impl<F: FnMut(&str)> Feats<'_, F> {
    fn push(&mut self, args: std::fmt::Arguments) {
        use std::fmt::Write;
        self.buf.clear();
        let _ = self.buf.write_fmt(args);
        (self.emit)(self.buf);
    }
}

/// A word as itself when it is a function word, else its shape: capitalised, other, or a mark.
fn shape<'d>(doc: &'d Doc, i: usize) -> &'d str {
    let Some(t) = doc.toks.get(i) else {
        return "none";
    };
    if !t.is_word() {
        return if t.is_quote() { "quote" } else { doc.raw(i) };
    }
    let w = doc.w(i);
    let sets = lexicon::sets();
    if sets.not_speaker.contains(w) || sets.pronouns.contains(w) || sets.determiners.contains(w) {
        w
    } else if t.cap {
        "cap"
    } else if w.ends_with("ing") {
        "ing"
    } else if w.ends_with("ed") {
        "ed"
    } else {
        "word"
    }
}

/// The model's score: the log-odds that this proposal is an attribution.
pub fn score(doc: &Doc, f: &Found) -> f32 {
    static TABLE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| WEIGHTS.iter().copied().collect());
    let mut sum = BIAS;
    each_feature(doc, f, |feature| {
        sum += table.get(feature).copied().unwrap_or(0.0)
    });
    sum
}

pub fn keep(doc: &Doc, f: &Found) -> bool {
    score(doc, f) >= THRESHOLD
}
