//! Where a content ends and what marks a clause: shared by every form that takes a content.

use super::Doc;
use crate::lexicon::{self, CueClass};
use crate::tokens::Tok;

pub(super) fn s_of(doc: &Doc, si: usize) -> (usize, usize) {
    let s = doc.sents[si];
    (s.start, s.end)
}

/// End of the content: the sentence's end without its final stop (unless inside a quotation),
/// cut before ", adding …", ", saying …" where the same speaker goes on.
pub(super) fn content_end(doc: &Doc, from: usize, s_end: usize) -> usize {
    let mut end = s_end;
    // "reported that, according to an analysis of her calendar, 85 of …": an aside right after
    // "that" is inside the content, not its end.
    let mut j = from + 1 + usize::from(doc.w(from) == "that" && doc.punct(from + 1, ','));
    while j + 1 < s_end {
        let comma = (doc.punct(j, ',') || doc.punct(j, ';')) && !doc.in_quote(j)
            || doc.is_close_quote(j) && j > 0 && doc.punct(j - 1, ',');
        if comma && clause_break(doc, j + 1, s_end) {
            end = j + usize::from(doc.is_close_quote(j));
            break;
        }
        j += 1;
    }
    // "preferred Clinton while about 6 in 10 white men supported Sanders": a contrast with
    // another subject and its own cue ends the content.
    if let Some(j) = (from + 1..end).find(|&j| {
        (lexicon::CONTRAST_CONJUNCTIONS.contains(&doc.w(j))
            || doc.w(j) == "but" && doc.punct(j - 1, ','))
            && !doc.in_quote(j)
            && (j + 2..(j + 10).min(end))
                .any(|k| !doc.cap(k) && !doc.in_quote(k) && lexicon::any_cue(doc.w(k)).is_some())
    }) {
        end = j;
    }
    // "… and one in four said …": another subject with a speech verb.
    if let Some(j) = (from + 2..end).find(|&j| {
        doc.w(j) == "and"
            && !doc.in_quote(j)
            && (j + 2..(j + 7).min(end))
                .take_while(|&k| doc.is_word(k) && !doc.in_quote(k))
                .any(|k| {
                    // "and aides say …" too, but not "and to say", "and say".
                    let finite = matches!(doc.w(k).as_bytes().last(), Some(b'd' | b's'))
                        || k > j + 1 && doc.w(k - 1) != "to";
                    !doc.cap(k)
                        && lexicon::cue_verb(doc.w(k)).is_some_and(|v| v.class == CueClass::Speech)
                        && finite
                })
    }) {
        end = j;
    }
    // "endorsed Trump last week and has appeared at …", "… and calls her …": the subject's
    // next act.
    if let Some(j) = (from + 1..end).find(|&j| {
        lexicon::NEXT_ACT_CONJUNCTIONS.contains(&doc.w(j))
            && !doc.in_quote(j)
            && (verb_like(doc, j + 1)
                || !doc.cap(j + 1)
                    && !doc.in_quote(j + 1)
                    && lexicon::any_cue(doc.w(j + 1)).is_some())
    }) {
        end = j;
    }
    // The closing time or setting phrase is looked for before the sentence's final stop.
    end = strip_trailing_adverbial(doc, from, trim_closing_marks(doc, from, end));
    trim_closing_marks(doc, from, end)
}

/// `end` moved back over closing punctuation outside quotations.
pub(super) fn trim_closing_marks(doc: &Doc, from: usize, mut end: usize) -> usize {
    while end > from {
        let t = &doc.toks[end - 1];
        if matches!(
            t.kind,
            Tok::Punct('.' | ',' | ';' | ':' | '—' | '–' | '-' | '!')
        ) && !doc.in_quote(end - 1)
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// A finite verb or auxiliary that starts a new predicate.
pub(super) fn verb_like(doc: &Doc, k: usize) -> bool {
    let v = doc.w(k);
    lexicon::PREDICATE_STARTS.contains(&v)
        || (v.ends_with("ed") && !doc.cap(k))
        || lexicon::FINITE_SPEECH_VERBS.contains(&v)
}

/// An auxiliary or modal outside quotations: the mark of a clause.
pub(super) fn finite_verb(doc: &Doc, k: usize) -> bool {
    !doc.in_quote(k) && lexicon::sets().auxiliaries.contains(doc.w(k))
}

/// Drops a closing time or setting phrase: "… on Tuesday", "… last week", "… in an interview".
fn strip_trailing_adverbial(doc: &Doc, from: usize, mut end: usize) -> usize {
    let sets = lexicon::sets();
    for _ in 0..2 {
        let window = end.saturating_sub(8).max(from + 1);
        let Some(k) = (window..end)
            .rev()
            .find(|&k| lexicon::TRAILING_ADVERBIAL_OPENERS.contains(&doc.w(k)) && !doc.in_quote(k))
        else {
            break;
        };
        let tail_is_time = (k + 1..end)
            .all(|j| is_time_word(doc.w(j)) || doc.cap(j) && is_time_word(doc.w(j)))
            && k + 1 < end;
        // Not a clause: "that the course name that appeared in his book was inaccurate".
        let tail_is_setting = (k + 1..end).any(|j| sets.documents.contains(doc.w(j)))
            && (k + 1..end).all(|j| {
                doc.is_word(j) && !doc.in_quote(j) && !sets.auxiliaries.contains(doc.w(j))
            });
        if tail_is_time || tail_is_setting {
            end = k;
        } else {
            break;
        }
    }
    end
}

/// After a comma: does a new clause start here that is not part of the content?
/// ", adding that …", ", which …", ", and three-quarters said …", ", a man yelled …".
fn clause_break(doc: &Doc, k: usize, s_end: usize) -> bool {
    let n = doc.w(k);
    let denial = lexicon::cue_verb(n).is_some_and(|v| v.class == CueClass::Deny);
    if lexicon::CONTINUING_PARTICIPLES.contains(&n) || n.ends_with("ing") && denial {
        return true;
    }
    if lexicon::CLAUSE_BREAKERS.contains(&n) {
        return true;
    }
    // "Barkley, who said he votes Democratic, said …": the relative clause's content ends at
    // the main verb.
    if lexicon::MAIN_CLAUSE_CUES.contains(&n) {
        return true;
    }
    // ", and has championed …", ", and he railed against …": the subject's next act.
    if lexicon::NEXT_ACT_CONJUNCTIONS.contains(&n) {
        let pronoun = doc.w(k + 1);
        let pronoun_clause = lexicon::sets().pronouns.contains(pronoun)
            && pronoun != "you"
            && (verb_like(doc, k + 2) || doc.w(k + 2).ends_with('s'));
        let verb_like = verb_like(doc, k + 1) || pronoun_clause;
        if verb_like {
            return true;
        }
    }
    // A subject and a speech verb within a few words: another attribution begins.
    let mut i = k;
    if lexicon::NEXT_ACT_CONJUNCTIONS.contains(&n) || n == "while" {
        i += 1;
    }
    (i..(i + 6).min(s_end))
        .take_while(|&t| doc.is_word(t) && !doc.in_quote(t))
        .skip(1)
        .any(|t| {
            lexicon::cue_verb(doc.w(t)).is_some_and(|v| v.class == CueClass::Speech)
                && doc.w(t).ends_with('d')
                && !doc.cap(t)
        })
}

pub(super) fn word_count(doc: &Doc, a: usize, b: usize) -> usize {
    (a..b).filter(|&i| doc.is_word(i)).count()
}

/// A day, month, season or part of the day: `lexicon::TIME_WORDS`.
pub(super) fn is_time_word(w: &str) -> bool {
    lexicon::sets().time_words.contains(w)
}

#[cfg(test)]
mod tests {
    use super::content_end;
    use crate::attribution::testing::token;
    use crate::attribution::Doc;

    /// The content from the first `from` word to where it ends.
    fn content(text: &str, from: &str) -> String {
        let doc = Doc::new(text);
        let (p, si) = token(&doc, from);
        let end = content_end(&doc, p, doc.sents[si].end);
        doc.span(p, end).slice(text).to_string()
    }

    #[test]
    fn a_content_ends_where_another_clause_begins() {
        assert_eq!(
            content("He said that it failed, adding that it would not.", "that"),
            "that it failed"
        );
        assert_eq!(
            content("He said that it failed, which surprised no one.", "that"),
            "that it failed"
        );
        assert_eq!(
            content("He said it failed and has appeared at rallies since.", "it"),
            "it failed"
        );
    }

    #[test]
    fn a_closing_time_or_setting_phrase_is_not_content() {
        assert_eq!(content("He said it failed on Tuesday.", "it"), "it failed");
        assert_eq!(
            content("He said it failed in an interview.", "it"),
            "it failed"
        );
    }
}
