//! Speaker noun phrases: scans left of a cue, right of an inverted cue, and the subject at a
//! sentence's start. Shared by every form that names a source.

use super::Doc;
use crate::lexicon;

/// The longest noun phrase a speaker scan looks at, in tokens.
pub(super) const MAX_NP: usize = 12;

/// Scans left from `end` (exclusive) for a noun phrase that can be a speaker.
pub(super) fn np_left(doc: &Doc, s_start: usize, end: usize) -> Option<(usize, usize)> {
    let sets = lexicon::sets();
    // "26% say …": a share of the people polled.
    if end >= s_start + 2 && doc.punct(end - 1, '%') && is_number(doc.w(end - 2)) {
        return Some((end - 2, end));
    }
    if end <= s_start || !doc.is_word(end - 1) {
        return None;
    }
    let head = end - 1;
    let hw = doc.w(head);
    if sets.pronouns.contains(hw) {
        // "We refuse", "you see": outside quotations the first and second person are the
        // writer and the reader, not a source.
        if lexicon::WRITER_AND_READER.contains(&hw) && !doc.in_quote(head) {
            return None;
        }
        return Some((head, end));
    }
    // "The attorney general said", not "in general" (nor a headline's "… To Repudiate General
    // Who Called For …": a capital one follows a role, "Attorney General").
    let role_head = lexicon::HEADS_NOT_AFTER_A_PREPOSITION.contains(&hw)
        && head > s_start
        && doc.is_word(head - 1)
        && !sets.prepositions.contains(doc.w(head - 1))
        && (!doc.cap(head) || sets.roles.contains(doc.w(head - 1)));
    if sets.not_speaker.contains(hw) && !month_surname(doc, s_start, head) && !role_head
        || hw.ends_with("ly") && !doc.cap(head)
    {
        return None;
    }
    let mut a = head;
    while a > s_start && head + 1 - a < MAX_NP {
        let t = a - 1;
        if !doc.is_word(t) {
            break;
        }
        let tw = doc.w(t);
        // "Yet Bloomberg says", "even Sanders believes": an adverb before a name ("an overall
        // cost" keeps its adjective).
        if tw != "and"
            && doc.cap(t + 1)
            && (lexicon::DISCOURSE_OPENERS.contains(&tw) || lexicon::FOCUS_WORDS.contains(&tw))
        {
            break;
        }
        // "While Clinton …": a capitalised function word starts the sentence, not the name.
        if doc.cap(t)
            && t == s_start
            && sets.not_speaker.contains(tw)
            && !sets.determiners.contains(tw)
        {
            break;
        }
        if doc.cap(t) {
            // A capitalised word joins, except one that starts the sentence as a verb or adverb.
            if lexicon::cue_verb(tw).is_some() && t == s_start {
                break;
            }
            a = t;
            continue;
        }
        if sets.determiners.contains(tw) {
            a = t;
            // "a senior official", "his former aide": a determiner before another goes with it.
            if t > s_start && doc.is_word(t - 1) && sets.determiners.contains(doc.w(t - 1)) {
                continue;
            }
            // "a person close to the ministry": a determiner after a preposition continues.
            if t >= s_start + 2
                && lexicon::NP_PREPOSITIONS.contains(&doc.w(t - 1))
                && doc.is_word(t - 2)
                && !sets.not_speaker.contains(doc.w(t - 2))
            {
                a = t - 1;
                continue;
            }
            break;
        }
        if lexicon::NP_PREPOSITIONS.contains(&tw) {
            // Only inside a phrase whose head is a role or a name: "officials in Moscow".
            let before = t.checked_sub(1).filter(|&b| b >= s_start);
            let joins = before.is_some_and(|b| {
                // "the pitch on Kickstarter": a common noun with its determiner just before.
                let determined = (b.saturating_sub(2).max(s_start)..b)
                    .any(|k| lexicon::ARTICLES.contains(&doc.w(k)))
                    && !sets.not_speaker.contains(doc.w(b))
                    && lexicon::cue_verb(doc.w(b)).is_none();
                doc.is_word(b)
                    && (sets.roles.contains(doc.w(b))
                        || determined && tw != "to"
                        || sets.anonymous_heads.contains(doc.w(b))
                        || doc.cap(b)
                        || lexicon::CLOSE_TO.contains(&(doc.w(b), tw)))
            });
            if joins {
                a = t;
                continue;
            }
            break;
        }
        if tw == "and" && doc.cap(t + 1) && t > s_start && doc.cap(t - 1) {
            a = t;
            continue;
        }
        // "Stan Greenberg of a progressive think tank said": a cue word in a compound noun.
        let not_in_phrase =
            sets.not_speaker.contains(tw) || lexicon::cue_verb(tw).is_some() || tw.ends_with("ly");
        if not_in_phrase && !lexicon::is_noun_compound(tw, doc.w(t + 1)) {
            break;
        }
        // A lower-case modifier ("state defense contractor Rostec", "close").
        a = t;
    }
    // Drop prepositions a phrase cannot start with.
    while a < head && (lexicon::NP_PREPOSITIONS.contains(&doc.w(a)) || doc.w(a) == "and") {
        a += 1;
    }
    Some((after_leading_date(doc, a, head), end))
}

/// Past a time phrase that opens the phrase `[a, head]` with no comma, when a name follows it:
/// "Tuesday Enbridge", "Last week Enbridge", "Late Tuesday night Enbridge" are Enbridge;
/// "Monday night's results" and "Sunday news" stay whole.
fn after_leading_date(doc: &Doc, a: usize, head: usize) -> usize {
    let time = |k: usize| lexicon::sets().time_words.contains(doc.w(k));
    let start = a;
    let mut a = a;
    while a < head {
        let w = doc.w(a);
        if lexicon::DATE_WORDS.contains(&w) || a > start && time(a) {
            a += 1;
        } else if lexicon::TIME_OPENERS_BEFORE_A_CUE.contains(&w) && a + 1 < head && time(a + 1) {
            a += 2;
        } else {
            break;
        }
    }
    if doc.cap(a) {
        a
    } else {
        start
    }
}

/// "Theresa May": a capitalised month that is also a surname, after a capitalised word that
/// is not itself a time or the sentence's first word.
pub(super) fn month_surname(doc: &Doc, s_start: usize, i: usize) -> bool {
    i > s_start + usize::from(!doc.cap(s_start))
        && doc.cap(i)
        && doc.cap(i - 1)
        && lexicon::month_as_surname(doc.w(i - 1), doc.w(i))
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Scans right from `start` for a noun phrase (inverted order: `"…," said Peskov`).
pub(super) fn np_right(doc: &Doc, start: usize, s_end: usize) -> Option<(usize, usize)> {
    let sets = lexicon::sets();
    let mut b = start;
    while b < s_end && b - start < MAX_NP && doc.is_word(b) && !doc.in_quote(b) {
        let w = doc.w(b);
        if b > start && sets.inverted_np_ends.contains(w) {
            let prev = doc.w(b - 1);
            let keeps = (lexicon::NAME_PREPOSITIONS.contains(&w) || w == "and") && doc.cap(b + 1)
                || lexicon::CLOSE_TO.contains(&(prev, w))
                || (lexicon::ROLE_PREPOSITIONS.contains(&w)
                    && (sets.anonymous_heads.contains(prev) || sets.roles.contains(prev)));
            if !keeps {
                break;
            }
        } else if b == start
            && sets.not_speaker.contains(w)
            && !sets.determiners.contains(w)
            // "said Will Doyle", "said May Smith": a capital mid-sentence is a name.
            && !doc.cap(b)
        {
            return None;
        } else if lexicon::cue_verb(w).is_some() && !doc.cap(b) {
            // "according to state records", "the state records": a modifier before a noun.
            let modifier = (b == start || sets.determiners.contains(doc.w(b - 1)))
                && doc.is_word(b + 1)
                && !doc.in_quote(b + 1)
                && !sets.not_speaker.contains(doc.w(b + 1));
            if !modifier {
                break;
            }
        } else if b > start && lexicon::VERBS_AFTER_INVERTED_NAME.contains(&w) {
            // `said Republicans are engaged …`: a verb after the name starts a clause, so the
            // name was its subject, not the speaker.
            return None;
        }
        b += 1;
    }
    (b > start).then_some((start, b))
}

/// Where a story's dateline ends: "ORLANDO, Fla. (Reuters) - President Barack Obama met …" and
/// "WASHINGTON — …" open with a place, its state and the agency, then a dash; the subject comes
/// after. Only a place in capitals or a named agency makes one, so that "Donald Trump - the
/// nominee - said …" keeps its subject. `a` when there is none.
pub(super) fn after_dateline(doc: &Doc, a: usize, limit: usize) -> usize {
    const REACH: usize = 12;
    let capitals = doc.raw(a).len() >= 3 && !doc.raw(a).chars().any(char::is_lowercase);
    let mut agency = false;
    for k in a..limit.min(a + REACH) {
        if doc.dash(k) {
            if k == a || !(agency || capitals) {
                return a;
            }
            let mut after = k + 1;
            while after < limit && doc.dash(after) {
                after += 1;
            }
            return after;
        }
        agency |= doc.punct(k, '(');
        let place = doc.cap(k) || [',', '.', '(', ')'].iter().any(|&c| doc.punct(k, c));
        if !place {
            return a;
        }
    }
    a
}

/// The sentence's subject at its start: a pronoun or a capitalised phrase.
pub(super) fn sentence_subject(doc: &Doc, s_start: usize, limit: usize) -> Option<(usize, usize)> {
    let sets = lexicon::sets();
    let mut a = s_start;
    while a < limit && (doc.toks[a].is_quote() || lexicon::LEADING_CONJUNCTIONS.contains(&doc.w(a)))
    {
        a += 1;
    }
    a = after_dateline(doc, a, limit);
    // "Still, Sanders …", "Then he cut into Bush, calling …": an opening adverb, with its own
    // comma, is passed over ("Here in Columbia, Sanders …": the phrase after it is an opening
    // phrase, below). Not to the next comma, as an opening phrase is: "Then he cut …, calling".
    if a < limit && lexicon::OPENING_ADVERBS.contains(&doc.w(a)) {
        a += 1;
        if a < limit && doc.punct(a, ',') {
            a += 1;
        }
    }
    // "Speaking to reporters, he said …", "On Tuesday, Mr. McConnell …": the subject follows
    // an opening phrase.
    // "Publicly, the GOP nominee feuds with … and dismisses …": so does a listed adverb.
    let adverb = doc.w(a).ends_with("ly") && sets.fillers.contains(doc.w(a));
    let opener = doc.w(a).ends_with("ing")
        || opens_phrase(doc.w(a))
        || lexicon::SUBORDINATORS.contains(&doc.w(a))
        || adverb;
    if a < limit && opener {
        if let Some(comma) = (a..limit).find(|&j| doc.punct(j, ',')) {
            a = comma + 1;
        }
    }
    if a < limit && sets.pronouns.contains(doc.w(a)) {
        return Some((a, a + 1));
    }
    let mut b = a;
    while b < limit && (doc.cap(b) || sets.determiners.contains(doc.w(b)) && b == a) {
        b += 1;
    }
    // "Publicly, the GOP nominee feuds with …": a role or an organisation after the name.
    if b > a + 1
        && sets.determiners.contains(doc.w(a))
        && b < limit
        && (sets.roles.contains(doc.w(b)) || sets.orgs.contains(doc.w(b)))
    {
        return Some((a, b + 1));
    }
    // "The judge rubbed his chin, and then said …": a determiner alone opens a common noun,
    // which runs up to the first word that cannot be part of it.
    if b == a + 1 && sets.determiners.contains(doc.w(a)) {
        // "A spokeswoman for Janney": "of" or "for" before a name stays in.
        let of_name = |j: usize| {
            lexicon::NAME_PREPOSITIONS.contains(&doc.w(j)) && j + 1 < limit && doc.cap(j + 1)
        };
        // The word right after an article or a possessive is no verb: "The report examined 40
        // programs …, but found", "The embattled senator said" (a cue word or a participle there
        // is the noun or its adjective).
        let noun_only = lexicon::NOUN_ONLY_DETERMINERS.contains(&doc.w(a));
        let head = |j: usize| noun_only && j == b && doc.is_word(j) && after_determiner(doc.w(j));
        let end = (b..limit.min(b + 4))
            .find(|&j| !doc.is_word(j) || !(head(j) || in_common_noun(doc.w(j)) || of_name(j)))
            .unwrap_or(limit.min(b + 4));
        if end > b {
            return Some((a, end));
        }
    }
    (b > a && doc.cap(b - 1)).then_some((a, b))
}

/// A preposition that opens a phrase ("in", "for", "despite"): `CUE_PREPOSITIONS` and
/// `OPENING_PREPOSITIONS`.
fn opens_phrase(w: &str) -> bool {
    lexicon::sets().prepositions.contains(w) || lexicon::OPENING_PREPOSITIONS.contains(&w)
}

/// Whether `w`, right after a determiner, is part of its noun phrase whatever else it could be:
/// not another determiner, a filler, an auxiliary, a preposition, a relative or a conjunction.
fn after_determiner(w: &str) -> bool {
    let sets = lexicon::sets();
    !(sets.determiners.contains(w)
        || sets.fillers.contains(w)
        || sets.auxiliaries.contains(w)
        || opens_phrase(w)
        || lexicon::RELATIVES.contains(&w)
        || lexicon::COORDINATORS.contains(&w))
}

/// Whether a lower-case word can go on a common noun phrase after its determiner ("judge",
/// "real estate tycoon"): not a verb as far as these lists and endings tell, not a preposition,
/// adverb, conjunction, relative or another determiner.
fn in_common_noun(w: &str) -> bool {
    after_determiner(w)
        && !(lexicon::cue_verb(w).is_some()
            || w.ends_with("ed")
            || w.ends_with("ly")
            || lexicon::sets().irregular_past.contains(w))
}

#[cfg(test)]
mod tests {
    use super::{np_left, np_right, sentence_subject};
    use crate::attribution::testing::token;
    use crate::attribution::Doc;

    fn text(doc: &Doc, span: Option<(usize, usize)>) -> String {
        span.map_or(String::new(), |(a, b)| {
            doc.span(a, b).slice(doc.text).to_string()
        })
    }

    #[test]
    fn left_of_a_cue() {
        let doc = Doc::new("A person close to the ministry said the talks failed.");
        let (c, _) = token(&doc, "said");
        assert_eq!(
            text(&doc, np_left(&doc, 0, c)),
            "A person close to the ministry"
        );
        let doc = Doc::new("We refuse to say more.");
        assert_eq!(text(&doc, np_left(&doc, 0, 1)), "");
    }

    #[test]
    fn right_of_an_inverted_cue() {
        let doc = Doc::new("\"It failed,\" said Kremlin spokesman Dmitry Peskov on Tuesday.");
        let (c, si) = token(&doc, "said");
        let s_end = doc.sents[si].end;
        assert_eq!(
            text(&doc, np_right(&doc, c + 1, s_end)),
            "Kremlin spokesman Dmitry Peskov"
        );
    }

    #[test]
    fn the_subject_after_an_opening_phrase() {
        let doc = Doc::new("Speaking to reporters, he said the talks failed.");
        let (c, _) = token(&doc, "said");
        assert_eq!(text(&doc, sentence_subject(&doc, 0, c)), "he");
        let doc = Doc::new("The judge rubbed his chin, and then said no.");
        let (c, _) = token(&doc, "said");
        assert_eq!(text(&doc, sentence_subject(&doc, 0, c)), "The judge");
        // An irregular past ends the noun phrase as an -ed verb does.
        let doc = Doc::new("The senator met donors on Friday and said the bill would pass.");
        let (c, _) = token(&doc, "said");
        assert_eq!(text(&doc, sentence_subject(&doc, 0, c)), "The senator");
    }

    /// A story's dateline is no subject: the place in capitals or the agency in brackets, then a
    /// dash (the shapes of AP, Reuters and AFP datelines in PolNeAR train). A name before a
    /// dash is one ("Donald Trump - the nominee - said").
    #[test]
    fn the_subject_after_a_dateline() {
        let first = |t: &str| {
            let doc = Doc::new(t);
            let (c, _) = token(&doc, "said");
            text(&doc, sentence_subject(&doc, 0, c))
        };
        assert_eq!(
            first("ORLANDO, Fla. (Reuters) - President Barack Obama met survivors and said it."),
            "President Barack Obama"
        );
        assert_eq!(
            first("Philadelphia (AFP) – US President Barack Obama met donors and said it."),
            "US President Barack Obama"
        );
        assert_eq!(
            first("WASHINGTON — The senator met donors and said it."),
            "The senator"
        );
        assert_eq!(
            first("Donald Trump - the nominee - met donors and said it."),
            "Donald Trump"
        );
    }

    /// The word after an article or a possessive is no verb, even a cue word or a participle:
    /// nyt_2015-12-03_columbia-defends-exxon-articles ("The dispute also highlights …", the
    /// speaker was "The"), huff-post_2016-06-16_obama-families-of-gun-violence-v ("A married
    /// couple also claiming …", was "A"); a determiner that stands alone keeps its verb out
    /// ("This prompted …").
    #[test]
    fn the_noun_after_an_article_is_no_verb() {
        let subject = |t: &str, cue: &str| {
            let doc = Doc::new(t);
            let (c, _) = token(&doc, cue);
            text(&doc, sentence_subject(&doc, 0, c))
        };
        assert_eq!(
            subject(
                "The dispute also highlights the possibility that some of the new ways that \
                 expensive accountability reporting is being funded can be called into question.",
                "highlights"
            ),
            "The dispute"
        );
        assert_eq!(
            subject(
                "A married couple also claiming allegiance to Islamic State shot dead 14 people \
                 in San Bernardino, California, in December.",
                "claiming"
            ),
            "A married couple"
        );
        assert_eq!(
            subject("This prompted a reply: \"Don't be a Bum, Hil!\"", "reply"),
            "This"
        );
    }
}
