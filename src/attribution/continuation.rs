//! Quotations with no cue of their own: the speaker of the last statement goes on.

use super::clauses::content_end;
use super::{kind_of, make, Doc, Found, Source};
use crate::lexicon::{self, CueClass};
use crate::model::Kind;

/// A sentence that is a quotation and has no cue of its own goes on from the last statement when
/// that is in the same paragraph or ended the paragraph before (the multi-paragraph convention).
pub(super) fn continue_quotes(doc: &Doc, si: usize, out: &mut Vec<Found>, first_here: usize) {
    let s = doc.sents[si];
    if out.len() > first_here || !doc.is_open_quote(s.start) {
        return;
    }
    let q = &doc.quotes[doc.quote_of[s.start].unwrap_or(0) as usize];
    let n = out.len();
    let Some(last_sentence) = out.last().map(|f| f.sentence) else {
        return;
    };
    // `"A," said King, who endorsed Rubio. "B."`: the quotation goes on from the statement
    // that quoted, not from a relative clause's act after it.
    let quoting = out
        .iter()
        .rposition(|f| f.sentence == last_sentence && f.kind != Kind::Indirect)
        .filter(|&k| k + 1 < n && out[k].class == CueClass::Speech);
    let at = quoting.unwrap_or(n - 1);
    // "Mr. Hurt started a campaign. "Publish the book," the pitch says.": a quotation does not
    // go on from the last statement when its sentence has a speech cue of its own outside it.
    let own_cue = (q.close + 1..s.end).any(|k| {
        !doc.in_quote(k)
            && !doc.cap(k)
            && lexicon::cue_verb(doc.w(k)).is_some_and(|v| v.class == CueClass::Speech)
    });
    if own_cue {
        return;
    }
    let last = &mut out[at];
    // Already the content of a statement (`He said: ¶ "…"`).
    if last.content().end >= doc.toks[s.start].span.end {
        return;
    }
    let last_par = doc.sents[last.sentence].paragraph;
    if last_par + 1 < s.paragraph {
        return;
    }
    // Nothing but quotations between the last statement and here.
    let last_sentence_end = doc.sents[last.sentence].end;
    let between_ok = (last.sentence + 1..si).all(|k| doc.is_open_quote(doc.sents[k].start));
    if !between_ok || last_sentence_end > s.start {
        return;
    }
    let end = content_end(doc, s.start, s.end);
    if end <= s.start + 1 {
        return;
    }
    // A short quotation in a new paragraph is more often a title or a slogan than speech.
    if last_par != s.paragraph && q.words < 4 {
        return;
    }
    if last_par == s.paragraph {
        // `"A," he said. "B."`: one statement in two parts.
        last.parts.push(doc.span(s.start, end));
        last.kind = kind_of(doc, &last.parts);
    } else {
        // A new paragraph that goes on quoting: its own statement, same speaker.
        let (lemma, class) = (last.lemma, last.class);
        let f = make(
            doc,
            vec![doc.span(s.start, end)],
            None,
            (lemma, class),
            Source::SameAs(at),
            si,
        );
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::continue_quotes;
    use crate::attribution::testing::read_owned;
    use crate::attribution::verb_cue::verb_cue;
    use crate::attribution::{Doc, Found};
    use crate::lexicon;

    /// The statement of "said" in the first sentence, then what the quotations after it add.
    fn statements(text: &str) -> Vec<(Vec<String>, String)> {
        let doc = Doc::new(text);
        let c = (0..doc.toks.len()).find(|&i| doc.w(i) == "said").unwrap();
        let verb = lexicon::any_cue("said").unwrap();
        let mut out: Vec<Found> = verb_cue(&doc, 0, c, verb, &[], 0, &mut false)
            .into_iter()
            .collect();
        for si in 1..doc.sents.len() {
            let first_here = out.len();
            continue_quotes(&doc, si, &mut out, first_here);
        }
        out.iter().map(|f| read_owned(&doc, f)).collect()
    }

    #[test]
    fn a_quotation_in_the_same_paragraph_is_a_second_part() {
        assert_eq!(
            statements("\"We will not back down,\" Peskov said. \"Never.\""),
            [(
                vec!["\"We will not back down,\"".into(), "\"Never.\"".into()],
                "Peskov".into()
            )]
        );
    }

    #[test]
    fn a_quotation_in_the_next_paragraph_is_a_statement_of_its_own() {
        assert_eq!(
            statements("\"We will not back down,\" Peskov said.\n\n\"Moscow has been clear about this for years.\""),
            [
                (vec!["\"We will not back down,\"".into()], "Peskov".into()),
                (vec!["\"Moscow has been clear about this for years.\"".into()], "#0".into())
            ]
        );
    }

    #[test]
    fn a_short_quotation_in_a_new_paragraph_is_a_title_not_speech() {
        assert_eq!(
            statements("\"We will not back down,\" Peskov said.\n\n\"Never.\"").len(),
            1
        );
    }
}
