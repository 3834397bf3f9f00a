//! A speech or belief verb ("said", "denied", "believes", a learned "endorsed"): the guard that
//! tells a verb from a noun or a passive, the forms with a fixed shape ("is expected to …",
//! "asked whether …", "as saying …", participles), the subject left of the cue or the inverted one
//! after it, and the content after the cue or before the subject. Each step is a file;
//! [`verb_cue`] runs them in order, and the first that decides gives the answer.

mod content;
mod forms;
mod guard;
mod inverted;
mod subject;

use super::clauses::s_of;
use super::{make, Doc, Found, Source};
use crate::lexicon::CueVerb;
use crate::model::Span;

/// A cue verb at token `c` of sentence `si`, with what every step reads about it.
struct Cue<'d> {
    doc: &'d Doc<'d>,
    si: usize,
    c: usize,
    verb: &'static CueVerb,
    s_start: usize,
    s_end: usize,
    /// The cue word, lower-cased.
    w: &'d str,
    /// The word before it, lower-cased; "" at the sentence's start.
    prev: &'d str,
}

impl<'d> Cue<'d> {
    fn new(doc: &'d Doc<'d>, si: usize, c: usize, verb: &'static CueVerb) -> Self {
        let (s_start, s_end) = s_of(doc, si);
        Cue {
            doc,
            si,
            c,
            verb,
            s_start,
            s_end,
            w: doc.w(c),
            prev: if c > s_start { doc.w(c - 1) } else { "" },
        }
    }

    /// The cue's statement: `parts`, said by `source`, the cue word itself as the cue.
    fn found(&self, parts: Vec<Span>, source: Source) -> Found {
        make(
            self.doc,
            parts,
            Some(self.doc.span(self.c, self.c + 1)),
            (self.verb.lemma, self.verb.class),
            source,
            self.si,
        )
    }
}

/// A step's answer when it applies: the cue's statement, or `None` when the cue has none. A step
/// that does not apply returns `None` itself, and the next step decides.
type Verdict = Option<Option<Found>>;

/// The statement of the cue verb at token `c`, if it is one. `same_sentence` are the statements
/// found so far in this sentence, the first of them numbered `offset`; `loose` is set when the
/// statement rests on weaker evidence than the rules' own (the filter weighs those).
pub(super) fn verb_cue(
    doc: &Doc,
    si: usize,
    c: usize,
    verb: &'static CueVerb,
    same_sentence: &[Found],
    offset: usize,
    loose: &mut bool,
) -> Option<Found> {
    let cue = Cue::new(doc, si, c, verb);
    // The sentence's first and last statement so far that a clause with no subject of its own
    // (", adding …", "…, and he said") may go on from: not one whose cue lies in another's
    // content (in "Carson admitted that the course name that appeared in his book was
    // inaccurate, but said …" Carson said it, not the course name).
    let holds =
        |f: &Found, cue: Option<Span>| cue.is_some_and(|c| f.parts.iter().any(|p| p.contains(c)));
    // Two each holding the other's cue ("Washington did not complain when …, a Chinese official
    // said" read as a complaint about "a Chinese official said") are both kept, unless one is a
    // relative clause's ("the course name that appeared", its content read back to "This Week").
    let relative = |f: &Found| matches!(f.source, Source::Relative { .. });
    let nested = |f: &Found| {
        same_sentence
            .iter()
            .any(|o| holds(o, f.cue) && (!holds(f, o.cue) || relative(f)))
    };
    let first_here = same_sentence
        .iter()
        .position(|f| !nested(f))
        .map(|k| offset + k);
    let last_here = same_sentence
        .iter()
        .rposition(|f| !nested(f))
        .map(|k| offset + k);
    // The order matters: a form is only tried once the guards before it let the cue through.
    if guard::noun_after_determiner(&cue) || guard::in_noun_compound(&cue) {
        return None;
    }
    if let Some(found) = forms::expected(&cue) {
        return found;
    }
    if guard::passive_infinitive_or_title(&cue)
        || !guard::noun_like_is_verb(&cue, loose)
        || guard::light_verb_without_clause(&cue)
        || guard::participle_after_its_noun(&cue)
    {
        return None;
    }
    if let Some(found) = forms::asked(&cue) {
        return found;
    }
    if let Some(found) = forms::as_saying(&cue) {
        return found;
    }
    if let Some(found) = forms::participle(&cue, first_here, last_here, loose) {
        return found;
    }
    let (source, subject_start) = subject::subject(&cue, last_here);
    if source == Source::None {
        return inverted::inverted(&cue);
    }
    if inverted::speaker_ends_sentence(&cue) {
        if let Some(found) = inverted::inverted(&cue) {
            return Some(found);
        }
    }
    content::statement(&cue, source, subject_start)
}

pub(super) use subject::clause_subject;

/// The subject left of the cue word at token `c` of sentence `si`, as the forms find it, for a
/// cue no form read (`attribution::tail`).
pub(super) fn subject_of(doc: &Doc, si: usize, c: usize, verb: &'static CueVerb) -> Source {
    subject::subject(&Cue::new(doc, si, c, verb), None).0
}

/// What the steps' own tests share: a step run on one cue of a text, a statement as text.
#[cfg(test)]
mod testing {
    use super::Cue;
    use crate::attribution::testing::{read_owned, token};
    use crate::attribution::{Doc, Found};
    use crate::lexicon;

    /// Runs `step` on the first `word` of `text` as its cue.
    pub(super) fn with_cue<R>(text: &str, word: &str, step: impl FnOnce(&Cue) -> R) -> R {
        let doc = Doc::new(text);
        let (c, si) = token(&doc, word);
        let verb = lexicon::any_cue(word).expect("a cue word");
        step(&Cue::new(&doc, si, c, verb))
    }

    /// The parts of a statement's content and its speaker's mention, as text.
    pub(super) fn said(cue: &Cue, f: Option<Found>) -> Option<(Vec<String>, String)> {
        Some(read_owned(cue.doc, &f?))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::said;
    use super::verb_cue;
    use crate::attribution::testing::{expect, token};
    use crate::attribution::Doc;
    use crate::lexicon;

    /// The whole verb cue pass on the first `word` of `text`, and whether it is a loose proposal.
    fn run(text: &str, word: &str) -> (Option<(Vec<String>, String)>, bool) {
        let doc = Doc::new(text);
        let (c, si) = token(&doc, word);
        let verb = lexicon::any_cue(word).unwrap();
        let mut loose = false;
        let f = verb_cue(&doc, si, c, verb, &[], 0, &mut loose);
        let cue = super::Cue::new(&doc, si, c, verb);
        (said(&cue, f), loose)
    }

    #[test]
    fn the_steps_in_order() {
        // Subject, then the content after the cue.
        assert_eq!(
            run("Peskov said that Moscow had not been in touch.", "said"),
            (
                expect(&["that Moscow had not been in touch"], "Peskov"),
                false
            )
        );
        // No subject: the inverted order.
        assert_eq!(
            run("\"We will not back down,\" said Peskov.", "said"),
            (expect(&["\"We will not back down,\""], "Peskov"), false)
        );
        // The guard: a noun.
        assert_eq!(
            run("He read a report on the deal.", "report"),
            (None, false)
        );
        // A loose proposal: a noun-like cue after a noun, before a phrase.
        assert!(run("A new poll shows Sanders leading in the state.", "shows").1);
    }
}
