//! "Trump: Cruz Has ‘To Come a Long Way’": a name, a colon and what they said.

use super::clauses::{content_end, s_of, trim_closing_marks, verb_like, word_count};
use super::phrases::sentence_subject;
use super::{make, Doc, Found, Source};
use crate::lexicon::{self, CueClass};
use crate::model::Span;

/// "Philip Bump: “Two weeks ago …”", "Trump: Cruz Has ‘To Come a Long Way’": a name, a colon,
/// and what they said, at the start of a sentence or headline.
pub(super) fn colon_attribution(doc: &Doc, si: usize) -> Option<Found> {
    let (s_start, s_end) = s_of(doc, si);
    let colon = speaker_label(doc, si)?;
    let end = turn_end(doc, si).unwrap_or_else(|| content_end(doc, colon + 1, s_end));
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

/// The colon after a speaker's label that opens sentence `si` ("Philip Bump:", "FALLIN:"), if
/// the sentence opens with one.
fn speaker_label(doc: &Doc, si: usize) -> Option<usize> {
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
    (name_like && !glued).then_some(colon)
}

/// Where a speaker's turn that opens sentence `si` ends: "FALLIN: Well, I think the whole nation
/// needs to work together, and certainly … I think he is trying to campaign as a racial healer."
/// A label at the start of a paragraph speaks the whole paragraph, as a transcript's turn or a
/// headline does, up to the next speaker's label ("Clinton: “Our goal is …” Bush: “The …”");
/// elsewhere (`None`) the sentence's content ends as any other.
fn turn_end(doc: &Doc, si: usize) -> Option<usize> {
    let paragraph = doc.sents[si].paragraph;
    if si > 0 && doc.sents[si - 1].paragraph == paragraph {
        return None;
    }
    let last = (si + 1..doc.sents.len())
        .take_while(|&k| doc.sents[k].paragraph == paragraph && speaker_label(doc, k).is_none())
        .last()
        .unwrap_or(si);
    Some(trim_closing_marks(
        doc,
        doc.sents[si].start,
        doc.sents[last].end,
    ))
}

/// "FALLIN: Well, I think the whole nation needs to work together …": the "I think" inside a
/// speaker's turn is that speaker's own hedge, as it is inside their quotation, not a statement
/// of its own (which would go to whoever spoke last). `turns` are the label statements of `out`.
pub(super) fn drop_hedges_in_turns(doc: &Doc, out: &mut Vec<Found>, turns: &[usize]) {
    if turns.is_empty() {
        return;
    }
    let mut is_turn = vec![false; out.len()];
    // Turns do not overlap (each ends at its paragraph's end or the next label): the one that
    // may hold a cue is the last to start before it, found by a binary search.
    let mut spans: Vec<Span> = turns
        .iter()
        .map(|&t| {
            is_turn[t] = true;
            out[t].content()
        })
        .collect();
    spans.sort_by_key(|s| s.start);
    let in_a_turn = |c: Span| {
        let k = spans.partition_point(|s| s.start <= c.start);
        k > 0 && spans[k - 1].contains(c)
    };
    let first_person = |f: &Found| match f.source {
        Source::Mention(a, b) => b == a + 1 && lexicon::FIRST_PERSON.contains(&doc.w(a)),
        _ => false,
    };
    let keep: Vec<bool> = (0..out.len())
        .map(|i| is_turn[i] || !first_person(&out[i]) || !out[i].cue.is_some_and(in_a_turn))
        .collect();
    super::retain(out, &keep);
}

/// "The minister took to Twitter with this: “We will not resign over a rumour.”": a quotation
/// opened by a colon after the sentence's subject and a verb that is no cue ("took to Twitter
/// with this", "had a message for them"). The subject speaks it, unless a statement found in the
/// sentence (`here`) already holds the quotation.
pub(super) fn colon_quotation(doc: &Doc, si: usize, here: &[Found]) -> Option<Found> {
    let (s_start, s_end) = s_of(doc, si);
    let colon = (s_start + 2..s_end.saturating_sub(1))
        .find(|&j| doc.punct(j, ':') && !doc.in_quote(j) && doc.is_open_quote(j + 1))?;
    let q = doc.quotes[doc.quote_of[colon + 1]? as usize];
    if q.words < 3
        || here
            .iter()
            .any(|f| f.parts.iter().any(|p| p.overlaps(q.span)))
    {
        return None;
    }
    let (a, b) = sentence_subject(doc, s_start, colon)?;
    // The phrase may run into the verb ("The minister took"): the subject stops before it.
    let b = (a + 1..b)
        .find(|&k| !doc.cap(k) && (verb_like(doc, k) || lexicon::any_cue(doc.w(k)).is_some()))
        .unwrap_or(b);
    // A verb between the subject and the colon: "Trump: …" is the label form above.
    let verb = (b..colon).any(|k| doc.is_word(k) && !doc.cap(k));
    if !verb || b >= colon {
        return None;
    }
    Some(make(
        doc,
        vec![q.span],
        Some(doc.span(colon, colon + 1)),
        (":", CueClass::Speech),
        Source::Mention(a, b),
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
