//! A denial tacked onto another statement: "…, a claim that Gowdy's office strongly disputes",
//! "the allegations, which Mr. Ailes denies", "-- something he denied". The denier's words are
//! the phrase standing for the claim ("a claim that", "which", "something"); the claim is what
//! comes before it, so a statement whose content ran on over the aside ends before it.

use super::phrases::np_left;
use super::{make, Doc, Found, Source};
use crate::lexicon::{self, CueClass, CueVerb};

/// The longest stretch between the phrase standing for the claim and the verb: the denier and
/// "has strongly".
const MAX_GAP: usize = 9;

/// The statement made by denial cue `i` when it closes an aside after a claim, with the tokens
/// `[a, b)` that stand for the claim; None otherwise.
pub(super) fn relative_denial(doc: &Doc, si: usize, i: usize, verb: &CueVerb) -> Option<Found> {
    let s = &doc.sents[si];
    if verb.class != CueClass::Deny || doc.in_quote(i) || !takes_no_object(doc, i + 1, s.end) {
        return None;
    }
    // "which he has flatly denied": back over adverbs and auxiliaries to the denier.
    let mut end = i;
    while end > s.start && (is_adverb(doc.w(end - 1)) || is_auxiliary(doc.w(end - 1))) {
        end -= 1;
    }
    let floor = i.saturating_sub(MAX_GAP).max(s.start);
    // The phrase that stands for the claim, then the denier between it and the verb.
    let (a, b) = (floor..end).rev().find_map(|k| standin(doc, s.start, k))?;
    let (sa, sb) = np_left(doc, b, end).filter(|&(sa, sb)| sa == b && sb == end)?;
    // The aside follows a claim of three words or more in the same sentence.
    if a < s.start + 4 || !is_separator(doc, a - 1) {
        return None;
    }
    let cue = Some(doc.span(i, i + 1));
    let parts = vec![doc.span(a, b)];
    let found = make(
        doc,
        parts,
        cue,
        (verb.lemma, verb.class),
        Source::Mention(sa, sb),
        si,
    );
    Some(found)
}

/// Whether tokens from `k` stand for the claim before them: "which", "something", or "a claim
/// that", "the allegations, which"; returns the phrase `[a, b)`.
fn standin(doc: &Doc, s_start: usize, k: usize) -> Option<(usize, usize)> {
    let w = doc.w(k);
    if lexicon::CLAIM_STANDINS.contains(&w) {
        return Some((k, k + 1));
    }
    if !lexicon::RELATIVES.contains(&w) || w == "who" || k < s_start + 2 {
        return None;
    }
    // "a claim that", "a charge that": a determiner, an optional adjective, a noun for a claim.
    let noun = k - 1;
    if !lexicon::CLAIM_NOUNS.contains(&doc.w(noun)) {
        return None;
    }
    let det = (noun.saturating_sub(2)..noun)
        .rev()
        .find(|&d| d >= s_start && lexicon::DETERMINERS.contains(&doc.w(d)))?;
    (noun - det <= 2).then_some((det, k + 1))
}

fn is_separator(doc: &Doc, k: usize) -> bool {
    lexicon::ASIDE_SEPARATORS.iter().any(|&c| doc.punct(k, c))
}

fn is_adverb(w: &str) -> bool {
    w.ends_with("ly") && w.len() > 4 || w == "also"
}

/// The verb has no object of its own: the aside's phrase is it. After "denied" comes the end, a
/// comma, a time or "to me as laughable", not "the report", "it" or "that …".
fn takes_no_object(doc: &Doc, k: usize, s_end: usize) -> bool {
    let w = doc.w(k);
    k >= s_end
        || !doc.is_word(k)
        || lexicon::CUE_ADVERBIALS.contains(&w)
        || !(doc.cap(k)
            || lexicon::DETERMINERS.contains(&w)
            || lexicon::PRONOUNS.contains(&w)
            || lexicon::RELATIVES.contains(&w))
}

fn is_auxiliary(w: &str) -> bool {
    lexicon::AUXILIARIES.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{expect, statement, token};
    use super::relative_denial;
    use crate::lexicon;

    fn read(text: &str, cue: &str) -> Option<(Vec<String>, String)> {
        statement(text, |doc| {
            let (i, si) = token(doc, cue);
            relative_denial(doc, si, i, lexicon::any_cue(cue)?)
        })
    }

    /// Sentences from PolNeAR train (wash-post_2015-11-23 look-how-trey-gowdy, nyt_2016-01-31
    /// state-calls-emails, nyt_2016-08-22 pundit-turns-adviser, politico_2016-04 cruz-wins-most),
    /// cut to the sentence.
    #[test]
    fn the_aside_after_a_claim_is_the_denial() {
        let gowdy = "Podliska further alleges that he was fired for taking time off to fulfill \
                     his military duties, a claim that Gowdy’s office strongly disputes.";
        assert_eq!(
            read(gowdy, "disputes"),
            expect(&["a claim that"], "Gowdy’s office")
        );
        let emails = "Clinton has also said that the information was not classified at the time \
                      the emails were sent - a point that intelligence officials have disputed.";
        assert_eq!(
            read(emails, "disputed"),
            expect(&["a point that"], "intelligence officials")
        );
        let hannity = "Three aides told me he wanted a role in a possible Trump administration \
                       -- something he denied to me as laughable.";
        assert_eq!(read(hannity, "denied"), expect(&["something"], "he"));
        let ailes = "Executives shared with Mr. Hannity the full details of the allegations, \
                     which Mr. Ailes denies.";
        assert_eq!(read(ailes, "denies"), expect(&["which"], "Mr. Ailes"));
    }

    /// A denial that is the sentence's own verb, or whose object follows it, is no aside.
    #[test]
    fn a_plain_denial_is_not_an_aside() {
        let plain = "Gowdy's office strongly disputes the claim that he was fired.";
        assert_eq!(read(plain, "disputes"), None);
        let object = "The campaign, which denies the report, said nothing else.";
        assert_eq!(read(object, "denies"), None);
        let who = "Officials said the plan would fail, a view that critics who rejected it share.";
        assert_eq!(read(who, "rejected"), None);
    }
}
