//! Is the cue word a verb here? Nouns that look like verbs ("a report", "his claim"), passives,
//! infinitives and title-case words outside headlines are not cues.

use super::Cue;
use crate::attribution::clauses::is_time_word;
use crate::attribution::phrases::np_left;
use crate::doc::is_headline;
use crate::lexicon;

/// Nouns that look like verbs: "a report", "his claim", "the statement", "some reports";
/// after a quantifier a verb form is a verb ("Some say …", "Four said …"), and after one that
/// stands for a single person a past tense is ("Yet another said, …", "Each added …"; "another
/// report" is a noun).
pub(super) fn noun_after_determiner(cue: &Cue) -> bool {
    let sets = lexicon::sets();
    let (w, prev) = (cue.w, cue.prev);
    let quantifier = lexicon::QUANTIFIERS.contains(&prev);
    if lexicon::SINGLE_QUANTIFIERS.contains(&prev)
        && (w.ends_with("ed") || sets.irregular_past.contains(w))
    {
        return false;
    }
    sets.determiners.contains(prev) && (!quantifier || w.ends_with('s'))
        || prev.ends_with("'s")
        || prev.ends_with("’s")
}

/// A cue word that is half of a compound noun (`lexicon::NOUN_COMPOUNDS`): "Cuban, who is
/// also a host on the TV show \"Shark Tank.\"" has no cue "show".
pub(super) fn in_noun_compound(cue: &Cue) -> bool {
    let (doc, c, w, prev) = (cue.doc, cue.c, cue.w, cue.prev);
    lexicon::is_noun_compound(prev, w) || lexicon::is_noun_compound(w, doc.w(c + 1))
}

/// Passives ("was asked", "is expected") and infinitives ("declined to say") are not cues; nor
/// are title-case words mid-sentence, except in a headline ("Kremlin Says …").
pub(super) fn passive_infinitive_or_title(cue: &Cue) -> bool {
    let (doc, c, w, prev) = (cue.doc, cue.c, cue.w, cue.prev);
    let participle = w.ends_with("ed") || lexicon::IRREGULAR_PARTICIPLES.contains(&w);
    if participle && lexicon::PASSIVE_AUXILIARIES.contains(&prev) && doc.w(c + 1) != "that" {
        return true;
    }
    if prev == "to" {
        return true;
    }
    doc.cap(c) && c > cue.s_start && !is_headline(doc, cue.s_start, cue.s_end)
}

/// A listed noun-like cue ("claim", "report", "shows") is a verb after a subject or before what
/// it introduces; after a noun and before a phrase it may be one, a loose proposal (`loose` set).
/// `false` when it is a noun here. Other cues pass.
pub(super) fn noun_like_is_verb(cue: &Cue, loose: &mut bool) -> bool {
    let sets = lexicon::sets();
    let (doc, c, w, prev, verb) = (cue.doc, cue.c, cue.w, cue.prev, cue.verb);
    let noun_like = lexicon::NOUN_LIKE_CUES.contains(&verb.lemma)
        && w.strip_prefix(verb.lemma)
            .is_some_and(|rest| matches!(rest, "" | "s" | "es"));
    if !noun_like {
        return true;
    }
    let next = doc.w(c + 1);
    let opens = next == "that" || doc.punct(c + 1, ':') || doc.is_open_quote(c + 1);
    if opens || after_subject(cue) {
        return true;
    }
    // "a poll shows Sanders leading", "records show he backed …": after a noun the
    // form is a verb more often than not; the filter weighs these looser proposals.
    let noun_before =
        doc.is_word(c - 1) && !sets.prepositions.contains(prev) && !sets.not_speaker.contains(prev);
    // … and before a phrase, not a relative or a conjunction ("newspaper reports,
    // which …", "the reports and …").
    let phrase_after = doc.is_word(c + 1)
        && !lexicon::RELATIVES.contains(&next)
        && !lexicon::COORDINATORS.contains(&next)
        && !sets.prepositions.contains(next);
    if !(noun_before && phrase_after) || lexicon::NOUNS_AFTER_NOUNS.contains(&verb.lemma) {
        return false;
    }
    *loose = true;
    true
}

/// A noun-like cue after its subject: a pronoun, a modal or auxiliary, a quantifier, a name
/// after a quotation, or a plural subject before a clause.
fn after_subject(cue: &Cue) -> bool {
    let (doc, c, prev, s_start) = (cue.doc, cue.c, cue.prev, cue.s_start);
    let next = doc.w(c + 1);
    let quantifier = lexicon::QUANTIFIERS.contains(&prev);
    let after_subject = lexicon::sets().subject_before_noun_like.contains(prev)
        || quantifier
        // `"…," Viguerie notes.`
        || doc.cap(c - 1) && (doc.punct(c + 1, '.') || doc.punct(c + 1, ','))
        // `"…," the editorial board writes.`
        || (doc.punct(c + 1, '.') || doc.punct(c + 1, ','))
            && np_left(doc, s_start, c).is_some_and(|(a, _)| a > s_start && doc.is_close_quote(a - 1))
        || prev.ends_with("n't")
        || prev.ends_with("n’t");
    // "The authorities claim our work …": a plural subject, then a clause.
    let clause_follows = lexicon::sets().clause_after_noun_like.contains(next);
    let plural_subject =
        prev.ends_with('s') && doc.is_word(c - 1) && !lexicon::sets().not_speaker.contains(prev);
    after_subject || clause_follows && plural_subject
}

/// A participle describing the document named before it, whose own verb comes later: in "A poll
/// released Monday by Quinnipiac University found that …" the poll found, nobody "released".
/// The time or "by" phrase after it, and a cue verb after that before any clause opens, tell it
/// from "The campaign released Monday a memo".
pub(super) fn participle_after_its_noun(cue: &Cue) -> bool {
    const REACH: usize = 8;
    if !lexicon::MODIFYING_PARTICIPLES.contains(&cue.w) {
        return false;
    }
    let (doc, c, sets) = (cue.doc, cue.c, lexicon::sets());
    let noun_before = c > cue.s_start
        && doc.is_word(c - 1)
        && !sets.determiners.contains(cue.prev)
        && !sets.pronouns.contains(cue.prev);
    let next = doc.w(c + 1);
    if !noun_before || !(next == "by" || is_time_word(next)) {
        return false;
    }
    let end = cue.s_end.min(c + 2 + REACH);
    (c + 2..end)
        .take_while(|&k| doc.is_word(k) && doc.w(k) != "that")
        .any(|k| !doc.cap(k) && lexicon::cue_verb(doc.w(k)).is_some())
}

/// A learned light verb ("made", "took", "gave") with no clause or quotation within a few words
/// after it: "The striker nearly made it a third title" reports nothing said. Listed cues and
/// "made clear that …", "made the point that …" pass; "took to Twitter with this: “…”" is the
/// colon's quotation (`colon::colon_quotation`), not the verb's.
pub(super) fn light_verb_without_clause(cue: &Cue) -> bool {
    const REACH: usize = 6;
    let (doc, c) = (cue.doc, cue.c);
    if !cue.verb.learned || !lexicon::LIGHT_VERB_FORMS.contains(&cue.w) {
        return false;
    }
    let end = cue.s_end.min(c + 1 + REACH);
    !(c + 1..end).any(|k| {
        lexicon::LIGHT_VERB_OPENERS.contains(&doc.w(k))
            || doc.is_open_quote(k) && !doc.punct(k - 1, ':')
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::with_cue;
    use super::{noun_after_determiner, noun_like_is_verb, passive_infinitive_or_title};

    #[test]
    fn a_determiner_or_a_possessive_makes_a_noun() {
        assert!(with_cue(
            "He read a report on the deal.",
            "report",
            noun_after_determiner
        ));
        assert!(with_cue(
            "It was Trump's claim all along.",
            "claim",
            noun_after_determiner
        ));
        // After a quantifier the verb form is a verb.
        assert!(!with_cue(
            "Some say the deal is over.",
            "say",
            noun_after_determiner
        ));
        // After one that stands for a single person, a past tense is; a bare form a noun.
        assert!(!with_cue(
            "Yet another said the deal is over.",
            "said",
            noun_after_determiner
        ));
        assert!(with_cue(
            "He read another report on the deal.",
            "report",
            noun_after_determiner
        ));
    }

    #[test]
    fn passives_infinitives_and_title_case_are_no_cues() {
        let no = |text, word| with_cue(text, word, passive_infinitive_or_title);
        assert!(no("He was asked about the deal.", "asked"));
        assert!(no("She declined to say more about it.", "say"));
        assert!(no("The man Said it was over.", "said"));
        assert!(!no("Kremlin Says Trump Is Wrong About Everything", "says"));
        assert!(!no("It was said that the deal is over.", "said"));
    }

    #[test]
    fn a_noun_like_cue_is_a_verb_after_its_subject() {
        let verb = |text, word| {
            let mut loose = false;
            let is = with_cue(text, word, |c| noun_like_is_verb(c, &mut loose));
            (is, loose)
        };
        assert_eq!(
            verb("They claim the vote was rigged.", "claim"),
            (true, false)
        );
        assert_eq!(
            verb("The claim that the vote was rigged.", "claim"),
            (true, false)
        );
        // "Records show he …": a plural subject, then a clause.
        assert_eq!(
            verb("Records show he backed the plan.", "show"),
            (true, false)
        );
        // After a noun, before a phrase: maybe a verb, so a loose proposal.
        assert_eq!(
            verb("A new poll shows Sanders leading.", "shows"),
            (true, true)
        );
        assert_eq!(
            verb("His claims and hers differ.", "claims"),
            (false, false)
        );
    }
}
