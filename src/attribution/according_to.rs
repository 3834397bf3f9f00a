//! "According to X, …", "…, according to X": the phrase names the source; what was said is the
//! rest of the sentence, on one side of it or both.

use super::clauses::{content_end, finite_verb, is_time_word, s_of, verb_like, word_count};
use super::phrases::np_right;
use super::{make, Doc, Found, Source};
use crate::lexicon::{self, CueClass};

pub(super) fn according_to(doc: &Doc, si: usize, i: usize) -> Option<Found> {
    let (s_start, s_end) = s_of(doc, si);
    let (a, b) = np_right(doc, i + 2, s_end)?;
    let cue = Some(doc.span(i, i + 2));
    let verb = ("according to", CueClass::Speech);
    let found = |parts| make(doc, parts, cue, verb, Source::Mention(a, b), si);
    let lead =
        (s_start..i).all(|j| !doc.is_word(j) || lexicon::LEADING_CONJUNCTIONS.contains(&doc.w(j)));
    if lead {
        // "According to X, content."
        let p = if doc.punct(b, ',') { b + 1 } else { b };
        let end = content_end(doc, p, s_end);
        return (word_count(doc, p, end) >= 3).then(|| found(vec![doc.span(p, end)]));
    }
    let mut end = i;
    while end > s_start
        && (doc.punct(end - 1, ',') || doc.punct(end - 1, '—'))
        && !doc.in_quote(end - 1)
    {
        end -= 1;
    }
    // "The AP reported that, according to an analysis of her calendar, 85 of …": an aside in the
    // clause another cue reports, whose statement it is.
    if end > s_start && doc.w(end - 1) == "that" {
        return None;
    }
    // "Fundraising, according to the campaign, has surged": the sentence goes on after the
    // source, and what was said is both sides of it; after "In addition, according to X," only
    // the rest.
    // Only when the words before have no verb of their own: after "The Islamic State has
    // called for attacks, according to the SITE Intelligence Group," comes the source's
    // description.
    let verbless = || !(s_start..end).any(|k| verb_like(doc, k) || finite_verb(doc, k));
    let rest = (doc.punct(b, ',') && end < i && !doc.in_quote(b) && verbless()).then(|| {
        let p = b + 1;
        (p, content_end(doc, p, s_end))
    });
    if let Some((p, rest_end)) = rest.filter(|&(p, e)| word_count(doc, p, e) >= 3) {
        let sw = doc.w(s_start);
        // Words before it are verbless here: a short opening phrase ("In addition,") is not said.
        let opening = word_count(doc, s_start, end) <= 3
            && (lexicon::sets().prepositions.contains(sw)
                || is_time_word(sw)
                || lexicon::DISCOURSE_OPENERS.contains(&sw));
        let parts = if opening {
            vec![doc.span(p, rest_end)]
        } else {
            vec![doc.span(s_start, end), doc.span(p, rest_end)]
        };
        return Some(found(parts));
    }
    (word_count(doc, s_start, end) >= 3).then(|| found(vec![doc.span(s_start, end)]))
}

#[cfg(test)]
mod tests {
    use super::according_to;
    use crate::attribution::testing::{expect, statement, token};

    /// The form on the first "according" of `text`.
    fn form(text: &str) -> Option<(Vec<String>, String)> {
        statement(text, |doc| {
            let (i, si) = token(doc, "according");
            according_to(doc, si, i)
        })
    }

    #[test]
    fn leading_phrase_names_the_source_of_the_rest() {
        assert_eq!(
            form("According to the ministry, the plan failed badly."),
            expect(&["the plan failed badly"], "the ministry")
        );
    }

    #[test]
    fn a_verbless_opening_keeps_both_sides() {
        assert_eq!(
            form("Fundraising, according to the campaign, has surged in the same period."),
            expect(
                &["Fundraising", "has surged in the same period"],
                "the campaign"
            )
        );
    }

    #[test]
    fn a_short_opening_phrase_is_not_said() {
        let (parts, _) = form(
            "In addition, according to the department, nearly nine million more workers will be protected.",
        )
        .unwrap();
        assert_eq!(
            parts,
            ["nearly nine million more workers will be protected"]
        );
    }

    #[test]
    fn a_trailing_source_takes_the_words_before_it() {
        assert_eq!(
            form("The Islamic State has called for attacks, according to the SITE Intelligence Group."),
            expect(
                &["The Islamic State has called for attacks"],
                "the SITE Intelligence Group"
            )
        );
    }

    #[test]
    fn too_few_words_are_no_statement() {
        assert_eq!(form("Not so, according to him."), None);
    }
}
