//! A learned second opinion on each attribution the rules find. The rules propose generously
//! (every cue learned from PolNeAR, however rarely it is one); a logistic model over a few
//! features of the proposal (its cue, which side its content is on, how long it is, what kind of
//! speaker it has) keeps the ones that look like annotated attributions. Trained by
//! `scripts/train_filter.py` on PolNeAR train; the weights are `filter/weights.rs`.

// Generated table: a weight may happen to look like a named constant.
#[allow(clippy::approx_constant)]
mod weights;

pub mod tail;

use crate::attribution::{Found, Source};
use crate::doc::Doc;
use crate::lexicon::{self, HashMap, HashSet};
use crate::model::Kind;
use crate::tokens::Token;
use std::sync::OnceLock;
use weights::{BIAS, THRESHOLD, WEIGHTS};

/// The features of one proposal, as the strings the weight table is keyed by.
pub fn features(doc: &Doc, f: &Found, nest: Nest) -> Vec<String> {
    let mut out = Vec::with_capacity(15);
    each_feature(doc, f, nest, |feat| out.push(feat.to_string()));
    out
}

/// How a proposal sits among its neighbours: its cue inside another's content (a report
/// within a report, often not annotated as one), and another's cue inside its own content.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Nest {
    pub inner: bool,
    pub outer: bool,
}

/// Proposals further apart than this in the list are not compared: nesting is within a
/// sentence or two, and the bound keeps the pass linear.
const NEST_WINDOW: usize = 8;

/// The [`Nest`] of each proposal, in order.
pub fn nesting(found: &[Found]) -> Vec<Nest> {
    let mut out = vec![Nest::default(); found.len()];
    for i in 0..found.len() {
        let outer = found[i].content();
        for j in i.saturating_sub(NEST_WINDOW)..found.len().min(i + NEST_WINDOW + 1) {
            if j == i {
                continue;
            }
            if found[j].cue.is_some_and(|c| outer.contains(c)) {
                out[i].outer = true;
                out[j].inner = true;
            }
        }
    }
    out
}

const SIDES: [&str; 4] = ["cont", "post", "pre", "around"];
const KINDS: [&str; 3] = ["kind=direct", "kind=mixed", "kind=indirect"];
const NESTS: [&str; 4] = ["alone", "inner", "outer", "both"];
const SOURCES: [&str; 6] = ["pronoun", "name", "noun", "relative", "same", "none"];
/// Length buckets run 1 to 7.
const BUCKETS: usize = 8;

/// One feature of a proposal. Its text (`Display`) is the weight table's key; `score` looks the
/// ones without a word in them up by index, in arrays made from that same text, so nothing is
/// formatted per proposal.
#[derive(Clone, Copy)]
enum Feat<'a> {
    Cue(&'a str),
    Lemma(&'a str),
    Ratio(u32),
    Side(usize),
    SideLearned(usize, bool),
    Kind(usize),
    Len(usize),
    LenSide(usize, usize),
    Src(usize),
    SrcLearned(usize, bool),
    First(&'a str),
    Prev(&'a str),
    Next(&'a str),
    Nesting(usize, bool),
    After(&'a str),
    Loose(&'a str),
}

impl std::fmt::Display for Feat<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter) -> std::fmt::Result {
        match *self {
            Feat::Cue(w) => write!(out, "cue={w}"),
            Feat::Lemma(w) => write!(out, "lemma={w}"),
            Feat::Ratio(r) => write!(out, "ratio={r}"),
            Feat::Side(s) => write!(out, "side={}", SIDES[s]),
            Feat::SideLearned(s, l) => write!(out, "side_learned={}_{l}", SIDES[s]),
            Feat::Kind(k) => write!(out, "{}", KINDS[k]),
            Feat::Len(b) => write!(out, "len={b}"),
            Feat::LenSide(b, s) => write!(out, "len_side={b}_{}", SIDES[s]),
            Feat::Src(s) => write!(out, "src={}", SOURCES[s]),
            Feat::SrcLearned(s, l) => write!(out, "src_learned={}_{l}", SOURCES[s]),
            Feat::First(w) => write!(out, "first={w}"),
            Feat::Prev(w) => write!(out, "prev={w}"),
            Feat::Next(w) => write!(out, "next={w}"),
            Feat::Nesting(n, l) => write!(out, "nest={}_{l}", NESTS[n]),
            Feat::After(w) => write!(out, "after={w}"),
            Feat::Loose(w) => write!(out, "loose={w}"),
        }
    }
}

/// Calls `emit` with each feature of the proposal, in a fixed order.
fn each_feature<'d>(doc: &'d Doc, f: &Found, nest: Nest, mut emit: impl FnMut(Feat<'d>)) {
    let sets = lexicon::sets();
    let content = f.content();
    let sentence = doc.sents[f.sentence];
    let at = |x: usize| first_at(&doc.toks, x, sentence.start, sentence.end);
    let first = at(content.start);
    let last = at(content.end);
    let (cue_first, cue_last) = match f.cue {
        Some(c) => (at(c.start), at(c.end)),
        None => (first, first),
    };
    let cue_word = if f.cue.is_some() {
        doc.w(cue_first)
    } else {
        ""
    };
    emit(Feat::Cue(cue_word));
    emit(Feat::Lemma(f.lemma));
    let learned = lexicon::cue_verb(cue_word).is_none() && f.cue.is_some();
    if learned {
        let ratio = lexicon::learned_cue_share(cue_word).unwrap_or(0.0);
        emit(Feat::Ratio((ratio * 10.0) as u32));
    }
    let side = match f.cue {
        None => 0,
        Some(c) if content.start >= c.end => 1,
        Some(c) if content.end <= c.start => 2,
        Some(_) => 3,
    };
    emit(Feat::Side(side));
    emit(Feat::SideLearned(side, learned));
    emit(Feat::Kind(match f.kind {
        Kind::Direct => 0,
        Kind::Mixed => 1,
        Kind::Indirect => 2,
    }));
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
    emit(Feat::Len(bucket));
    emit(Feat::LenSide(bucket, side));
    let source = match f.source {
        Source::Mention(a, b) if b == a + 1 && sets.pronouns.contains(doc.w(a)) => 0,
        Source::Mention(a, b) if (a..b).any(|i| doc.toks[i].cap) => 1,
        Source::Mention(..) => 2,
        Source::Relative { .. } => 3,
        Source::SameAs(_) => 4,
        Source::None => 5,
    };
    emit(Feat::Src(source));
    emit(Feat::SrcLearned(source, learned));
    emit(Feat::First(shape(doc, first)));
    emit(Feat::Prev(shape(doc, cue_first.wrapping_sub(1))));
    emit(Feat::Next(shape(doc, cue_last)));
    let n = usize::from(nest.inner) + 2 * usize::from(nest.outer);
    emit(Feat::Nesting(n, learned));
    // What stops the content: the sentence's end, a comma, a conjunction, a preposition.
    emit(Feat::After(shape(doc, last)));
    if f.loose {
        emit(Feat::Loose(""));
        emit(Feat::Loose(cue_word));
    }
}

/// The first token starting at or after byte `x`: `toks.partition_point(|t| t.span.start < x)`,
/// but searched within the proposal's sentence `[lo, hi)` when its bounds show the answer is
/// there (nearly always). A search over the whole text's tokens costs a cache miss per step.
fn first_at(toks: &[Token], x: usize, lo: usize, hi: usize) -> usize {
    let after_lo = lo == 0 || toks[lo - 1].span.start < x;
    let before_hi = hi >= toks.len() || toks[hi].span.start >= x;
    if lo <= hi && after_lo && before_hi {
        lo + toks[lo..hi].partition_point(|t| t.span.start < x)
    } else {
        toks.partition_point(|t| t.span.start < x)
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
    // The three lists in one set: one lookup per word rather than up to three.
    static FUNCTION_WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let function_words = FUNCTION_WORDS.get_or_init(|| {
        let sets = lexicon::sets();
        let lists = [&sets.not_speaker, &sets.pronouns, &sets.determiners];
        lists.into_iter().flatten().copied().collect()
    });
    let w = doc.w(i);
    if function_words.contains(w) {
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

/// The weight table, split for lookups without formatting: the features with a word in them
/// by that word, one map per kind; the others in arrays by their indices.
struct Table {
    all: HashMap<&'static str, f32>,
    cue: HashMap<&'static str, f32>,
    lemma: HashMap<&'static str, f32>,
    first: HashMap<&'static str, f32>,
    prev: HashMap<&'static str, f32>,
    next: HashMap<&'static str, f32>,
    after: HashMap<&'static str, f32>,
    loose: HashMap<&'static str, f32>,
    ratio: [f32; 11],
    side: [f32; 4],
    side_learned: [[f32; 2]; 4],
    kind: [f32; 3],
    len: [f32; BUCKETS],
    len_side: [[f32; 4]; BUCKETS],
    src: [f32; 6],
    src_learned: [[f32; 2]; 6],
    nesting: [[f32; 2]; 4],
}

impl Table {
    fn new() -> Table {
        let all: HashMap<&'static str, f32> = WEIGHTS.iter().copied().collect();
        let w = |f: Feat| all.get(f.to_string().as_str()).copied().unwrap_or(0.0);
        let words = |prefix: &str| -> HashMap<&'static str, f32> {
            WEIGHTS
                .iter()
                .filter_map(|&(k, v)| Some((k.strip_prefix(prefix)?, v)))
                .collect()
        };
        let both = |f: &dyn Fn(bool) -> Feat<'static>| [w(f(false)), w(f(true))];
        Table {
            cue: words("cue="),
            lemma: words("lemma="),
            first: words("first="),
            prev: words("prev="),
            next: words("next="),
            after: words("after="),
            loose: words("loose="),
            ratio: std::array::from_fn(|r| w(Feat::Ratio(r as u32))),
            side: std::array::from_fn(|s| w(Feat::Side(s))),
            side_learned: std::array::from_fn(|s| both(&|l| Feat::SideLearned(s, l))),
            kind: std::array::from_fn(|k| w(Feat::Kind(k))),
            len: std::array::from_fn(|b| w(Feat::Len(b))),
            len_side: std::array::from_fn(|b| std::array::from_fn(|s| w(Feat::LenSide(b, s)))),
            src: std::array::from_fn(|s| w(Feat::Src(s))),
            src_learned: std::array::from_fn(|s| both(&|l| Feat::SrcLearned(s, l))),
            nesting: std::array::from_fn(|n| both(&|l| Feat::Nesting(n, l))),
            all,
        }
    }

    /// The weight of `feat`: what the weight table holds for its text, else 0.
    fn weight(&self, feat: Feat) -> f32 {
        let word = |map: &HashMap<&'static str, f32>, w: &str| map.get(w).copied().unwrap_or(0.0);
        match feat {
            Feat::Cue(w) => word(&self.cue, w),
            Feat::Lemma(w) => word(&self.lemma, w),
            Feat::First(w) => word(&self.first, w),
            Feat::Prev(w) => word(&self.prev, w),
            Feat::Next(w) => word(&self.next, w),
            Feat::After(w) => word(&self.after, w),
            Feat::Loose(w) => word(&self.loose, w),
            Feat::Ratio(r) => match self.ratio.get(r as usize) {
                Some(&v) => v,
                None => word(&self.all, &feat.to_string()),
            },
            Feat::Side(s) => self.side[s],
            Feat::SideLearned(s, l) => self.side_learned[s][usize::from(l)],
            Feat::Kind(k) => self.kind[k],
            Feat::Len(b) => self.len[b],
            Feat::LenSide(b, s) => self.len_side[b][s],
            Feat::Src(s) => self.src[s],
            Feat::SrcLearned(s, l) => self.src_learned[s][usize::from(l)],
            Feat::Nesting(n, l) => self.nesting[n][usize::from(l)],
        }
    }
}

/// The model's score: the log-odds that this proposal is an attribution.
pub fn score(doc: &Doc, f: &Found, nest: Nest) -> f32 {
    static TABLE: OnceLock<Table> = OnceLock::new();
    let table = TABLE.get_or_init(Table::new);
    let mut sum = BIAS;
    // Summed in feature order, as before, so the score is the same to the last bit.
    each_feature(doc, f, nest, |feat| sum += table.weight(feat));
    sum
}

pub fn keep(doc: &Doc, f: &Found, nest: Nest) -> bool {
    score(doc, f, nest) >= THRESHOLD
}
/// [`find_kept`], then the tail proposals (`attribution::tail`) the tail model keeps.
pub fn find_filtered(doc: &Doc) -> Vec<Found> {
    let mut out = find_kept(doc);
    let tails: Vec<Found> = crate::attribution::tail::candidates(doc, &out)
        .iter()
        .filter_map(|t| tail::keep(doc, t))
        .collect();
    crate::attribution::insert(&mut out, tails);
    out
}

/// [`attribution::find`], then the learned filter's verdict on each attribution.
pub fn find_kept(doc: &Doc) -> Vec<Found> {
    let mut out = crate::attribution::find(doc);
    // Denials feed the disputes: the filter, trained on PolNeAR's notion of attribution, does
    // not get to drop them.
    let nests = nesting(&out);
    let keep: Vec<bool> = out
        .iter()
        .zip(nests)
        .map(|(f, n)| f.class == lexicon::CueClass::Deny || keep(doc, f, n))
        .collect();
    crate::attribution::retain(&mut out, &keep);
    out
}
