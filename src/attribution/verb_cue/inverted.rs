//! `"…," said Peskov.`, `…, said a person close to the ministry.`: a speech verb with no subject
//! before it, its speaker after it and what was said before.

use super::content::quote_after;
use super::Cue;
use crate::attribution::clauses::{content_end, finite_verb, is_time_word, verb_like, word_count};
use crate::attribution::phrases::np_right;
use crate::attribution::{Doc, Found, Source};
use crate::lexicon::{self, CueClass};
use crate::model::Span;

/// The statement of a cue with no subject before it: the words before the cue, and a quotation
/// that goes on after the speaker.
pub(super) fn inverted(cue: &Cue) -> Option<Found> {
    let (doc, c, verb, s_start, s_end) = (cue.doc, cue.c, cue.verb, cue.s_start, cue.s_end);
    if c == s_start && verb.class == CueClass::Speech && !verb.learned {
        return opening_the_sentence(cue);
    }
    let before_ok = c > s_start
        && (doc.punct(c - 1, ',') || doc.is_close_quote(c - 1) || doc.toks[c - 1].is_quote());
    // Only speech verbs invert ("said Peskov"); "…, called the KKK" has its subject before.
    if !before_ok || verb.learned || verb.class != CueClass::Speech {
        return None;
    }
    let sets = lexicon::sets();
    let mut r = c + 1;
    while r < s_end && sets.adverbials.contains(doc.w(r)) && !doc.cap(r) {
        r += 1;
    }
    let (a, b) = np_right(doc, r, s_end)?;
    let mut end = c;
    while end > s_start && (doc.punct(end - 1, ',') && !doc.in_quote(end - 1)) {
        end -= 1;
    }
    if end <= s_start {
        return None;
    }
    let mut parts = vec![doc.span(s_start, end)];
    if let Some(more) = quote_after(doc, b, s_end).or_else(|| {
        // "The deal, announced Friday, would last …": a date is no speaker to go on after.
        (!is_time_word(doc.w(a))).then(|| clause_after(doc, end, b, s_end))?
    }) {
        parts.push(more);
    }
    if word_count(doc, s_start, end) < 2 {
        return None;
    }
    Some(cue.found(parts, Source::Mention(a, b)))
}

/// `Said Dorothy Poynter, who grew up with Ali in the neighborhood, "We were all so proud of
/// him."`: a speech verb that opens the sentence, its speaker, and the quotation after them,
/// whatever describes the speaker between.
fn opening_the_sentence(cue: &Cue) -> Option<Found> {
    let (doc, c, s_end) = (cue.doc, cue.c, cue.s_end);
    let (a, b) = np_right(doc, c + 1, s_end)?;
    let q = (b..s_end).find(|&j| doc.is_open_quote(j))?;
    let introduced = q > b && (doc.punct(q - 1, ',') || doc.punct(q - 1, ':'));
    let end = content_end(doc, q, s_end);
    (introduced && end > q + 1).then(|| cue.found(vec![doc.span(q, end)], Source::Mention(a, b)))
}

/// `There is real pride, insists Maya Chen, in finishing what you start.`, `The paradox, says
/// Carl Anthony, is that …`: reported words (no quotation) go on after the speaker's comma to the
/// sentence's end, when the words after it open with a preposition or a verb that goes on from
/// the first part (lexicon `GOES_ON_AFTER_A_SPEAKER`) and carry a verb: not a description of the
/// speaker (", a spokesman", ", legal director for …"), nor a setting (", in an interview").
fn clause_after(doc: &Doc, first_end: usize, b: usize, s_end: usize) -> Option<Span> {
    let quoted =
        first_end > 0 && (doc.is_close_quote(first_end - 1) || doc.in_quote(first_end - 1));
    if quoted || b + 2 >= s_end || !doc.punct(b, ',') || !doc.is_word(b + 1) || doc.in_quote(b + 1)
    {
        return None;
    }
    if !lexicon::GOES_ON_AFTER_A_SPEAKER.contains(&doc.w(b + 1)) {
        return None;
    }
    let mut end = s_end;
    while end > b + 1 && !doc.is_word(end - 1) && !doc.toks[end - 1].is_quote() {
        end -= 1;
    }
    let verb = (b + 2..end).any(|k| {
        let w = doc.w(k);
        !doc.in_quote(k) && (w.ends_with("ing") || verb_like(doc, k) || finite_verb(doc, k))
    });
    let verb = verb || lexicon::sets().auxiliaries.contains(doc.w(b + 1));
    (verb && word_count(doc, b + 1, end) >= 3).then(|| doc.span(b + 1, end))
}

/// `…, a trend that worries planners and one of the reasons families leave, says Patel.`: a
/// speech cue right after a comma whose speaker after it ends the sentence. The words before the
/// comma are then what was said, however long the aside before the cue that the subject step
/// would read as the speaker's ("wages, a trend …, says" is not "wages says").
pub(super) fn speaker_ends_sentence(cue: &Cue) -> bool {
    let (doc, c, s_end) = (cue.doc, cue.c, cue.s_end);
    if c == cue.s_start || !doc.punct(c - 1, ',') || cue.verb.object {
        return false;
    }
    let Some((a, b)) = np_right(doc, c + 1, s_end) else {
        return false;
    };
    let ends = (b..s_end).all(|k| !doc.is_word(k) && !doc.toks[k].is_quote());
    // A name or a described person ("Patel", "a planner in the city"), not a clause that the
    // verb reports ("said the family deserved better").
    let sets = lexicon::sets();
    let person = doc.cap(a) || sets.determiners.contains(doc.w(a));
    let clause = (a..b).any(|k| finite_verb(doc, k) || verb_like(doc, k));
    ends && a == c + 1
        && person
        && !clause
        && word_count(doc, a, b) <= 6
        && !is_time_word(doc.w(a))
        && !sets.listeners.contains(doc.w(a))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{said, with_cue};
    use super::inverted;
    use crate::attribution::testing::expect;

    fn form(text: &str) -> Option<(Vec<String>, String)> {
        with_cue(text, "said", |c| said(c, inverted(c)))
    }

    #[test]
    fn the_speaker_after_the_cue() {
        assert_eq!(
            form("\"We will not back down,\" said Peskov."),
            expect(&["\"We will not back down,\""], "Peskov")
        );
        assert_eq!(
            form("The talks have failed, said a person close to the ministry."),
            expect(&["The talks have failed"], "a person close to the ministry")
        );
    }

    #[test]
    fn a_quotation_after_the_speaker_goes_on() {
        assert_eq!(
            form("\"We will not back down,\" said Peskov, \"not now, not ever.\""),
            expect(
                &["\"We will not back down,\"", "\"not now, not ever.\""],
                "Peskov"
            )
        );
    }

    #[test]
    fn a_quotation_after_the_speakers_description_goes_on() {
        assert_eq!(
            form("\"This used to be Russia's back yard,\" said Raffaello Pantucci, director of studies at RUSI, \"but it is China's now.\""),
            expect(
                &["\"This used to be Russia's back yard,\"", "\"but it is China's now.\""],
                "Raffaello Pantucci"
            )
        );
        // A clause between is an act of its own, and its quotation is not this statement's.
        assert_eq!(
            form(
                "\"We will not back down,\" said Peskov, who has denied the reports, \"not now.\""
            ),
            expect(&["\"We will not back down,\""], "Peskov")
        );
    }

    #[test]
    fn a_cue_that_opens_the_sentence_and_the_quotation_after_its_speaker() {
        assert_eq!(
            form("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”"),
            expect(&["“We were all so proud of him.”"], "Dorothy Poynter")
        );
    }

    #[test]
    fn a_name_before_a_verb_is_its_subject_not_the_speaker() {
        assert_eq!(
            form("Today, said Republicans are engaged in a fight."),
            None
        );
    }
}
