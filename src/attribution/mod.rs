//! Finds attributions: for each cue (a speech or belief verb, "according to", "as saying") the
//! speaker's mention and the content, and for quotations with no cue the speaker who goes on.
//! Works on tokens, one sentence at a time; every scan is bounded, so the whole pass is linear.
//!
//! The forms, one family to a file, in the order [`find`] tries them on each sentence:
//! - `according_to`: "According to X, …", "…, according to X": the phrase names the source;
//! - `verb_cue`: "said", "denied", "believes", a learned "endorsed": the verb's subject (or the
//!   inverted one after it, `"…," said Peskov`) and its content;
//! - `colon`: "Trump: Cruz Has ‘To Come a Long Way’": a name, a colon, what they said;
//! - `continuation`: a quotation with no cue of its own goes on from the last statement;
//!
//! then `nested` keeps one statement where two cues claim nearly the same words. The scanners
//! the forms share: `phrases` (speaker noun phrases) and `clauses` (where a content ends).
//!
//! After the filter has kept its statements, `tail` proposes one for each learned cue word they
//! leave unread ("he sees Cruz as a uniter"), for the tail model to weigh (`filter::find_filtered`).

mod according_to;
mod colon;
mod continuation;
mod nested;
mod relative_denial;
pub mod tail;
mod verb_cue;

mod clauses;
mod phrases;

use crate::lexicon::{self, CueClass};
use crate::model::{self, Kind, Span};
use according_to::according_to;
use colon::{colon_attribution, colon_quotation, drop_hedges_in_turns};
use continuation::continue_quotes;
use nested::drop_nested_twins;
use relative_denial::relative_denial;
use verb_cue::verb_cue;

// The analysed text lives in `doc`; its old path here stays for the passes and tools that name it
// so (`attribution::Doc`).
pub use crate::doc::Doc;

/// Who the statement is by, as found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Tokens `[a, b)` name the speaker.
    Mention(usize, usize),
    /// A relative pronoun ("who", "that") at this token, standing for the phrase `[a, b)`.
    Relative {
        pronoun: usize,
        a: usize,
        b: usize,
    },
    /// Same speaker as statement number `n` (a quotation that goes on, ", adding that …").
    SameAs(usize),
    None,
}

/// One attribution as found, before speakers are resolved.
#[derive(Debug, Clone)]
pub struct Found {
    pub parts: Vec<Span>,
    pub cue: Option<Span>,
    pub lemma: &'static str,
    pub class: CueClass,
    pub source: Source,
    pub sentence: usize,
    pub kind: Kind,
    /// Proposed on weaker evidence than the rules' own (a noun-like cue after a noun).
    pub loose: bool,
}

impl Found {
    pub fn content(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }

    /// What the cue reports, for the output's `cue_class`. A denial is speech; "according to",
    /// a colon and a quotation that goes on keep the class they were given (speech, or the
    /// statement's they go on from). The forms read every learned cue as speech: the lexicon says
    /// which of those report a belief or evidence.
    pub fn cue_class(&self) -> model::CueClass {
        match self.class {
            CueClass::Belief => model::CueClass::Belief,
            CueClass::Evidence => model::CueClass::Evidence,
            CueClass::Speech | CueClass::Deny => match lexicon::learned_cue_class(self.lemma) {
                Some(CueClass::Belief) => model::CueClass::Belief,
                Some(CueClass::Evidence) => model::CueClass::Evidence,
                _ => model::CueClass::Speech,
            },
        }
    }
}

/// Every attribution, in sentence order (the order speakers are resolved in).
pub fn find(doc: &Doc) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // Which of `out` are a speaker's label and their turn ("FALLIN: Well, I think …").
    let mut turns: Vec<usize> = Vec::new();
    for (si, s) in doc.sents.iter().enumerate() {
        let first_here = out.len();
        let mut i = s.start;
        while i < s.end {
            if doc.in_quote(i) || !doc.is_word(i) {
                i += 1;
                continue;
            }
            let w = doc.w(i);
            if w == "according" && doc.w(i + 1) == "to" && i + 2 < s.end {
                if let Some(f) = according_to(doc, si, i) {
                    out.push(f);
                }
                i += 2;
                continue;
            }
            let verb = lexicon::any_cue(w);
            let verb = verb.filter(|_| !lexicon::NOT_CUES.contains(&w));
            // "pushed back on those claims", "hit back at": a denial whatever the verb alone is.
            let verb = match lexicon::phrasal_denial(w, doc.w(i + 1)) {
                Some(d) => Some(d),
                None => verb,
            };
            // "…, a claim that Gowdy's office strongly disputes": the denial of what came before.
            if let Some(f) = verb.and_then(|v| relative_denial(doc, si, i, v)) {
                end_before_aside(doc.text, &mut out[first_here..], &f);
                out.push(f);
                i += 1;
                continue;
            }
            if let Some(verb) = verb {
                let mut loose = false;
                let here = &out[first_here..];
                if let Some(mut f) = verb_cue(doc, si, i, verb, here, first_here, &mut loose) {
                    f.loose = loose;
                    out.push(f);
                }
            }
            i += 1;
        }
        // "Gingrich: Trump Must Decide If He Wants …": the label speaks the whole line, even
        // when a cue inside it has its own statement.
        if let Some(f) = colon_attribution(doc, si) {
            turns.push(out.len());
            out.push(f);
        } else if let Some(f) = colon_quotation(doc, si, &out[first_here..]) {
            out.push(f);
        }
        continue_quotes(doc, si, &mut out, first_here);
    }
    drop_hedges_in_turns(doc, &mut out, &turns);
    drop_nested_twins(&mut out);
    out
}

/// A statement of the sentence whose content ran on over an aside that denies it ("alleges
/// that he was fired …, a claim that Gowdy's office strongly disputes") ends before the aside.
fn end_before_aside(text: &str, here: &mut [Found], aside: &Found) {
    let at = aside.parts[0].start;
    // Before the separator and the spaces around it.
    let head = text[..at]
        .trim_end_matches(|c: char| c.is_whitespace() || lexicon::ASIDE_SEPARATORS.contains(&c));
    let at = head.len();
    for f in here.iter_mut() {
        let c = f.content();
        if c.start < at && at < c.end {
            f.parts.retain(|p| p.start < at);
            if let Some(last) = f.parts.last_mut() {
                last.end = last.end.min(at);
            }
        }
    }
}

/// Keeps `out[i]` where `keep[i]`. `Source::SameAs` holds indices into `out`: renumber them,
/// pointing a dropped one at the statement kept before it.
pub fn retain(out: &mut Vec<Found>, keep: &[bool]) {
    // One that goes on from a dropped statement takes over that statement's source.
    for i in 0..out.len() {
        if let Source::SameAs(n) = out[i].source {
            if !keep[n] {
                out[i].source = out[n].source;
            }
        }
    }
    let mut new_index = Vec::with_capacity(out.len());
    let mut next = 0usize;
    for &k in keep {
        new_index.push(next.saturating_sub(usize::from(!k)));
        next += usize::from(k);
    }
    let mut k = keep.iter();
    out.retain(|_| *k.next().unwrap_or(&true));
    for f in out.iter_mut() {
        if let Source::SameAs(n) = f.source {
            f.source = Source::SameAs(new_index[n]);
        }
    }
}

/// Adds `extra` (none of them going on from another) to `out`, each after the statements of
/// its sentence and those before, renumbering `Source::SameAs` to match.
pub fn insert(out: &mut Vec<Found>, extra: Vec<Found>) {
    if extra.is_empty() {
        return;
    }
    let old = std::mem::take(out);
    let mut new_index = Vec::with_capacity(old.len());
    let mut extra = extra.into_iter().peekable();
    for f in old {
        while let Some(e) = extra.next_if(|e| e.sentence < f.sentence) {
            out.push(e);
        }
        new_index.push(out.len());
        out.push(f);
    }
    out.extend(extra);
    for f in out.iter_mut() {
        if let Source::SameAs(n) = f.source {
            f.source = Source::SameAs(new_index[n]);
        }
    }
}

fn kind_of(doc: &Doc, parts: &[Span]) -> Kind {
    let mut any_quote = false;
    let mut all_quoted = true;
    for part in parts {
        let a = doc.toks.partition_point(|t| t.span.start < part.start);
        let b = doc.toks.partition_point(|t| t.span.start < part.end);
        for i in a..b {
            if doc.in_quote(i) {
                any_quote |= doc.is_word(i);
            } else if doc.is_word(i) {
                all_quoted = false;
            }
        }
    }
    match (any_quote, all_quoted) {
        (true, true) => Kind::Direct,
        (true, false) => Kind::Mixed,
        _ => Kind::Indirect,
    }
}

fn make(
    doc: &Doc,
    parts: Vec<Span>,
    cue: Option<Span>,
    verb: (&'static str, CueClass),
    source: Source,
    sentence: usize,
) -> Found {
    let kind = kind_of(doc, &parts);
    Found {
        parts,
        cue,
        lemma: verb.0,
        class: verb.1,
        source,
        sentence,
        kind,
        loose: false,
    }
}

/// What the forms' own tests read: a cue's position, and a statement as text.
#[cfg(test)]
mod testing {
    use super::{Doc, Found, Source};

    /// The first token spelled `word` (lower-case) and its sentence.
    pub(super) fn token(doc: &Doc, word: &str) -> (usize, usize) {
        let i = (0..doc.toks.len()).find(|&i| doc.w(i) == word).expect(word);
        let si = doc
            .sents
            .iter()
            .position(|s| s.start <= i && i < s.end)
            .expect("a sentence");
        (i, si)
    }

    /// Each part of the content as text, then the speaker's mention ("" for none, "#n" for the
    /// same speaker as statement n).
    pub(super) fn read<'t>(doc: &Doc<'t>, f: &Found) -> (Vec<&'t str>, String) {
        let parts = f.parts.iter().map(|p| p.slice(doc.text)).collect();
        let source = match f.source {
            Source::Mention(a, b) | Source::Relative { a, b, .. } => {
                doc.span(a, b).slice(doc.text).to_string()
            }
            Source::SameAs(n) => format!("#{n}"),
            Source::None => String::new(),
        };
        (parts, source)
    }

    /// [`read`] with the parts as owned strings, to compare with literals.
    pub(super) fn read_owned(doc: &Doc, f: &Found) -> (Vec<String>, String) {
        let (parts, source) = read(doc, f);
        (parts.into_iter().map(String::from).collect(), source)
    }

    /// The statement `form` finds in `text`, as [`read_owned`] gives it.
    pub(super) fn statement(
        text: &str,
        form: impl FnOnce(&Doc) -> Option<Found>,
    ) -> Option<(Vec<String>, String)> {
        let doc = Doc::new(text);
        Some(read_owned(&doc, &form(&doc)?))
    }

    /// A statement as [`statement`] gives it, from string literals.
    pub(super) fn expect(parts: &[&str], source: &str) -> Option<(Vec<String>, String)> {
        Some((
            parts.iter().map(|p| p.to_string()).collect(),
            source.to_string(),
        ))
    }
}
