//! A learned second opinion on each attribution the rules find. The rules propose generously
//! (every cue learned from PolNeAR, however rarely it is one); a logistic model over a few
//! features of the proposal (its cue, which side its content is on, how long it is, what kind of
//! speaker it has) keeps the ones that look like annotated attributions. Trained by
//! `scripts/train_filter.py` on PolNeAR train; the weights are `filter_weights.rs`.

use crate::attribution::{Doc, Found, Source};
use crate::filter_weights::{BIAS, THRESHOLD, WEIGHTS};
use crate::lexicon;
use crate::model::Kind;

/// The features of one proposal, as the strings the weight table is keyed by.
pub fn features(doc: &Doc, f: &Found) -> Vec<String> {
    let sets = lexicon::sets();
    let mut out = Vec::with_capacity(12);
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
    out.push(format!("cue={cue_word}"));
    out.push(format!("lemma={}", f.lemma));
    let learned = lexicon::cue_verb(cue_word).is_none() && f.cue.is_some();
    if learned {
        let ratio = crate::learned_cues::LEARNED_CUES
            .binary_search_by(|(w, _)| (*w).cmp(cue_word))
            .map_or(0.0, |i| crate::learned_cues::LEARNED_CUES[i].1);
        out.push(format!("ratio={}", (ratio * 10.0) as u32));
    }
    let side = match f.cue {
        None => "cont",
        Some(c) if content.start >= c.end => "post",
        Some(c) if content.end <= c.start => "pre",
        Some(_) => "around",
    };
    out.push(format!("side={side}"));
    out.push(format!("side_learned={side}_{learned}"));
    out.push(
        match f.kind {
            Kind::Direct => "kind=direct",
            Kind::Mixed => "kind=mixed",
            Kind::Indirect => "kind=indirect",
        }
        .to_string(),
    );
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
    out.push(format!("len={bucket}"));
    out.push(format!("len_side={bucket}_{side}"));
    let source = match f.source {
        Source::Mention(a, b) if b == a + 1 && sets.pronouns.contains(doc.w(a)) => "pronoun",
        Source::Mention(a, b) if (a..b).any(|i| doc.toks[i].cap) => "name",
        Source::Mention(..) => "noun",
        Source::Relative { .. } => "relative",
        Source::SameAs(_) => "same",
        Source::None => "none",
    };
    out.push(format!("src={source}"));
    out.push(format!("src_learned={source}_{learned}"));
    out.push(format!("first={}", shape(doc, first)));
    out.push(format!("prev={}", shape(doc, cue_first.wrapping_sub(1))));
    out.push(format!("next={}", shape(doc, cue_last)));
    out
}

/// A word as itself when it is a function word, else its shape: capitalised, other, or a mark.
fn shape(doc: &Doc, i: usize) -> String {
    let Some(t) = doc.toks.get(i) else {
        return "none".into();
    };
    if !t.is_word() {
        return if t.is_quote() {
            "quote".into()
        } else {
            doc.raw(i).to_string()
        };
    }
    let w = doc.w(i);
    let sets = lexicon::sets();
    if sets.not_speaker.contains(w) || sets.pronouns.contains(w) || sets.determiners.contains(w) {
        w.to_string()
    } else if t.cap {
        "cap".into()
    } else if w.ends_with("ing") {
        "ing".into()
    } else if w.ends_with("ed") {
        "ed".into()
    } else {
        "word".into()
    }
}

/// The model's score: the log-odds that this proposal is an attribution.
pub fn score(features: &[String]) -> f32 {
    features.iter().fold(BIAS, |acc, f| {
        acc + WEIGHTS
            .binary_search_by(|(k, _)| (*k).cmp(f.as_str()))
            .map_or(0.0, |i| WEIGHTS[i].1)
    })
}

pub fn keep(doc: &Doc, f: &Found) -> bool {
    score(&features(doc, f)) >= THRESHOLD
}
