//! `"…," said Peskov.`, `…, said a person close to the ministry.`: a speech verb with no subject
//! before it, its speaker after it and what was said before.

use super::content::quote_after;
use super::Cue;
use crate::attribution::clauses::word_count;
use crate::attribution::phrases::np_right;
use crate::attribution::{Found, Source};
use crate::lexicon::{self, CueClass};

/// The statement of a cue with no subject before it: the words before the cue, and a quotation
/// that goes on after the speaker.
pub(super) fn inverted(cue: &Cue) -> Option<Found> {
    let (doc, c, verb, s_start, s_end) = (cue.doc, cue.c, cue.verb, cue.s_start, cue.s_end);
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
    if let Some(more) = quote_after(doc, b, s_end) {
        parts.push(more);
    }
    if word_count(doc, s_start, end) < 2 {
        return None;
    }
    Some(cue.found(parts, Source::Mention(a, b)))
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
    fn a_name_before_a_verb_is_its_subject_not_the_speaker() {
        assert_eq!(
            form("Today, said Republicans are engaged in a fight."),
            None
        );
    }
}
