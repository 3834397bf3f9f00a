//! "Trump: Cruz Has ‘To Come a Long Way’": a name, a colon and what they said.

use super::clauses::{content_end, s_of, word_count};
use super::{make, Doc, Found, Source};
use crate::lexicon::{self, CueClass};

/// "Philip Bump: “Two weeks ago …”", "Trump: Cruz Has ‘To Come a Long Way’": a name, a colon,
/// and what they said, at the start of a sentence or headline.
pub(super) fn colon_attribution(doc: &Doc, si: usize) -> Option<Found> {
    let (s_start, s_end) = s_of(doc, si);
    let colon = (s_start..(s_start + 7).min(s_end)).find(|&j| doc.punct(j, ':'))?;
    if colon == s_start || colon + 2 >= s_end {
        return None;
    }
    let sets = lexicon::sets();
    let name_like = (s_start..colon).all(|j| {
        doc.is_word(j)
            && (doc.cap(j) || lexicon::COLON_NAME_JOINERS.contains(&doc.w(j)))
            && !lexicon::COLON_LABELS.contains(&doc.w(j))
            && !sets.not_speaker.contains(doc.w(j))
    }) && doc.cap(s_start);
    // Times ("4:00 p.m.") and all-capital labels are not speakers.
    let glued = doc.toks[colon + 1].span.start == doc.toks[colon].span.end;
    if !name_like || glued {
        return None;
    }
    let end = content_end(doc, colon + 1, s_end);
    if word_count(doc, colon + 1, end) < 3 {
        return None;
    }
    let parts = vec![doc.span(colon + 1, end)];
    let cue = Some(doc.span(colon, colon + 1));
    Some(make(
        doc,
        parts,
        cue,
        (":", CueClass::Speech),
        Source::Mention(s_start, colon),
        si,
    ))
}

#[cfg(test)]
mod tests {
    use super::colon_attribution;
    use crate::attribution::testing::{expect, statement};

    /// The form on `text` from its first token.
    fn form(text: &str) -> Option<(Vec<String>, String)> {
        statement(text, |doc| colon_attribution(doc, 0))
    }

    #[test]
    fn a_name_and_a_colon_speak_the_line() {
        assert_eq!(
            form("Trump: Cruz Has ‘To Come a Long Way’"),
            expect(&["Cruz Has ‘To Come a Long Way’"], "Trump")
        );
    }

    #[test]
    fn a_time_or_a_label_is_no_speaker() {
        assert_eq!(
            form("At 4:00 p.m. the polls closed across the state."),
            None
        );
        assert_eq!(form("Update: the polls closed across the state."), None);
    }
}
