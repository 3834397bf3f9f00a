//! The cue's subject: left of the cue past what may stand between a subject and its verb
//! (fillers, a time phrase, a bracket, an aside between commas or dashes), then a relative
//! pronoun, a conjunction or a noun phrase.

use super::forms::clause_speaker;
use super::Cue;
use crate::attribution::clauses::is_time_word;
use crate::attribution::phrases::{month_surname, np_left};
use crate::attribution::{Doc, Source};
use crate::lexicon::{self, CueVerb};
use crate::tokens::Tok;

/// The subject of the cue and the token it starts at: `Source::None` (and the cue's own
/// position, or the edge reached) when there is none before the cue. `last_here` is the
/// sentence's last statement so far, which "…, and he said" goes on from.
pub(super) fn subject(cue: &Cue, last_here: Option<usize>) -> (Source, usize) {
    let (doc, s_start) = (cue.doc, cue.s_start);
    let l = left_edge(cue);
    let mut source = Source::None;
    let mut subject_start = l;
    if l > s_start && (doc.is_word(l - 1) || doc.punct(l - 1, '%')) {
        let lw = doc.w(l - 1);
        if lexicon::RELATIVES.contains(&lw) {
            if let Some((a, b)) = relative_antecedent(doc, s_start, l - 1) {
                source = Source::Relative {
                    pronoun: l - 1,
                    a,
                    b,
                };
                subject_start = a;
            }
        } else if lexicon::NEXT_ACT_CONJUNCTIONS.contains(&lw) {
            source = clause_speaker(doc, s_start, l - 1, last_here);
            subject_start = l;
        } else if let Some((a, b)) = np_left(doc, s_start, l) {
            // "Trump made similarly bigoted charges that …": a lone modifier of a noun cue is
            // no subject; the clause's is.
            let modifier = b == cue.c && b == a + 1 && lone_modifier(doc, a);
            let clause = if modifier {
                clause_subject(doc, cue.si, cue.c, cue.c - 1, cue.verb)
            } else {
                Source::None
            };
            source = if clause == Source::None {
                Source::Mention(a, b)
            } else {
                clause
            };
            subject_start = a;
        }
    }
    (source, subject_start)
}

/// The most lower-case words read left of a noun for its owner or the clause's verb ("took
/// multiple swipes at", "has long been a fierce supporter of").
const MAX_PHRASE: usize = 5;

/// Whether the one-word mention at `a` is a lower-case word shaped like an adjective or a
/// participle ("bigoted charges", "repeated accusations", "expansive plans", "an unprompted
/// call"), which modifies the cue's noun and names nobody ("analyst says" does).
fn lone_modifier(doc: &Doc, a: usize) -> bool {
    let w = doc.w(a);
    // Short words with those endings are mostly not adjectives ("five", "need", "king").
    doc.is_word(a)
        && !doc.cap(a)
        && w.len() > 4
        && lexicon::MODIFIER_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// The speaker of a noun at `c` of sentence `si` ("Trump also took multiple swipes at …" is
/// not said by "took multiple"). Left over the lower-case words before it: a named owner says
/// it ("Obama’s response to"); else the subject of the clause's verb among them, up to `last`
/// ("Trump", before "also took"), which a possessive pronoun mostly stands for ("Sanders has
/// toned down his criticism of").
pub(in crate::attribution) fn clause_subject(
    doc: &Doc,
    si: usize,
    c: usize,
    last: usize,
    verb: &'static CueVerb,
) -> Source {
    let s = doc.sents[si];
    let sets = lexicon::sets();
    let mut k = c;
    while k > s.start && c - k < MAX_PHRASE && doc.is_word(k - 1) {
        let p = k - 1;
        let w = doc.w(p);
        if doc.named_possessive(p) {
            let mut a = p;
            while a > s.start && doc.cap(a - 1) {
                a -= 1;
            }
            return Source::Mention(a, p + 1);
        }
        if doc.cap(p) || sets.pronouns.contains(w) {
            break;
        }
        // "it will go ahead as agreed with the port authority": a clause opens at "as".
        if lexicon::SUBORDINATORS.contains(&w)
            || lexicon::COORDINATORS.contains(&w)
            || lexicon::RELATIVES.contains(&w)
        {
            break;
        }
        k = p;
        // "officials had little interest in": the verb's subject is before it.
        if sets.auxiliaries.contains(w) {
            break;
        }
    }
    // The walk may have passed a lower-case subject ("The billionaire businessman began by
    // talking about"): the verb is the first word that looks like one, else the first word
    // with a subject before it.
    let looks_finite = |v: usize| {
        let w = doc.w(v);
        sets.auxiliaries.contains(w) || w.ends_with("ed") || sets.irregular_past.contains(w)
    };
    let subject = |v: usize| super::subject_of(doc, si, v, verb);
    (k..=last)
        .filter(|&v| looks_finite(v))
        .chain((k..=last).filter(|&v| !looks_finite(v)))
        .map(subject)
        .find(|source| *source != Source::None)
        .unwrap_or(Source::None)
}

/// "an article on Sunday that said": the phrase a relative pronoun at `pronoun` stands for.
fn relative_antecedent(doc: &Doc, s_start: usize, pronoun: usize) -> Option<(usize, usize)> {
    let mut e = pronoun;
    if e > s_start && doc.punct(e - 1, ',') {
        e -= 1;
    }
    // Skip a time or place phrase between: "an article on Sunday that said".
    let mut np = np_left(doc, s_start, e);
    if let Some((a, _)) = np {
        if a > s_start + 1 && lexicon::PHRASE_OPENERS_BEFORE_A_RELATIVE.contains(&doc.w(a - 1)) {
            // "was from a young child, who said": no phrase before, keep this one.
            np = np_left(doc, s_start, a - 1).or(np);
        }
    }
    np
}

/// Where the subject ends: left of the cue past fillers and a short parenthetical (", however,"),
/// at most four steps.
fn left_edge(cue: &Cue) -> usize {
    let mut l = cue.c;
    let mut steps = 0;
    while l > cue.s_start && steps < 4 {
        steps += 1;
        // Once an aside between commas is passed, an appositive may come before it: "Paul
        // Porter, a truck driver, who is a member of the union, said".
        let appositive = || {
            cue.doc
                .punct(l, ',')
                .then(|| appositive_before(cue, l))
                .flatten()
        };
        match skip_left(cue, l).or_else(appositive) {
            Some(j) => l = j,
            None => break,
        }
    }
    l
}

/// Whether the words before token `k` (the state's full stop, or the comma after it) are a state
/// after its town: "Ava, Mo".
fn after_town(doc: &Doc, s_start: usize, k: usize) -> bool {
    k >= s_start + 3 && doc.cap(k - 1) && doc.punct(k - 2, ',') && doc.cap(k - 3)
}

/// The comma before an appositive that ends at `l` and follows a name: "Paul Porter, a truck
/// driver" gives the comma after "Porter".
fn appositive_before(cue: &Cue, l: usize) -> Option<usize> {
    let doc = cue.doc;
    let (a, _) = np_left(doc, cue.s_start, l)?;
    (a >= cue.s_start + 2
        && doc.punct(a - 1, ',')
        && lexicon::sets().determiners.contains(doc.w(a))
        && doc.cap(a - 2))
    .then_some(a - 1)
}

/// One step left from `l` over what may stand between a subject and its verb; `None` when the
/// word before `l` is none of those.
fn skip_left(cue: &Cue, l: usize) -> Option<usize> {
    let (doc, s_start) = (cue.doc, cue.s_start);
    let sets = lexicon::sets();
    let lw = doc.w(l - 1);
    let negation = lw.ends_with("n't") || lw.ends_with("n’t");
    // "Rubio defiantly told": a manner adverb; "the family said" is a noun.
    let adverb =
        lw.len() > 5 && lw.ends_with("ly") && !doc.cap(l - 1) && !lexicon::LY_NOUNS.contains(&lw);
    // "Donald Trump Finally Endorses House Speaker Paul Ryan": in a headline's capitals a listed
    // adverb is still no name ("May" and "Long" are, before a lower-case verb).
    let headline_adverb = lw.ends_with("ly") && doc.cap(cue.c);
    if sets.fillers.contains(lw) && (!doc.cap(l - 1) || headline_adverb) || negation || adverb {
        return Some(l - 1);
    }
    if is_time_word(lw) && l >= s_start + 2 && !month_surname(doc, s_start, l - 1) {
        // "Sanders on Saturday criticized", "Trump last week said": a time phrase.
        let l = l - 1;
        let opener = lexicon::TIME_OPENERS_BEFORE_A_CUE.contains(&doc.w(l - 1));
        return Some(if opener { l - 1 } else { l });
    }
    if lexicon::MODIFYING_PARTICIPLES.contains(&lw) && l >= s_start + 2 && doc.is_word(l - 2) {
        // "The report published Tuesday showed": the participle describes the subject.
        return Some(l - 1);
    }
    if doc.punct(l - 1, '.') && after_town(doc, s_start, l - 1) {
        // "…, a truck driver from Ava, Mo., who is …, said": the aside before ends in a state.
        return comma_aside(doc, s_start, l);
    }
    if l >= s_start + 3 && doc.punct(l - 2, ',') && lw.bytes().all(|b| b.is_ascii_digit()) {
        // "Roxana M. Leon, 63, an independent voter raised in Chile, said": an age before another
        // aside.
        return Some(l - 2);
    }
    if doc.punct(l - 1, ')') {
        // "Sen. Ted Cruz (R-Texas) said": skip the bracket.
        return (l.saturating_sub(10).max(s_start)..l - 1)
            .rev()
            .find(|&j| doc.punct(j, '('))
            .filter(|&j| j > s_start);
    }
    if let Some(j) = quoted_aside(doc, s_start, l) {
        return Some(j);
    }
    if doc.punct(l - 1, ',') && l >= s_start + 2 && doc.punct(l - 2, ')') {
        // "Sen. Jack Reed (D-R.I.), said": a stray comma after the bracket.
        return Some(l - 1);
    }
    if doc.punct(l - 1, ',') {
        return comma_aside(doc, s_start, l);
    }
    if doc.dash(l - 1) {
        return dash_aside(doc, s_start, l);
    }
    None
}

/// An aside between commas that ends at `l`: ", however,", ", director of research at X,", ",
/// who has tapped into … in his presidential bid,". The comma that opens it, if it is one.
fn comma_aside(doc: &Doc, s_start: usize, l: usize) -> Option<usize> {
    let sets = lexicon::sets();
    // The aside may hold initials, brackets, a possessive and a quoted title:
    // ", a friend of Mr. Clinton's,", ", co-author of "Going Viral,"".
    let inside = |k: usize| {
        doc.is_word(k)
            || doc.in_quote(k)
            || doc.toks[k].is_quote()
            || matches!(
                doc.toks[k].kind,
                Tok::Punct('.' | '(' | ')' | '-' | '\'' | '’' | '$' | '%' | '&')
            )
    };
    let open = (l.saturating_sub(30).max(s_start)..l - 1)
        .rev()
        .find(|&j| !inside(j));
    // "Paul Porter, a truck driver from Ava, Mo., said": a state after its town is part of the
    // aside before it, not an aside of its own.
    let words = |a: usize, b: usize| (a..b).filter(|&k| doc.is_word(k)).count();
    if let Some(j) = open
        .filter(|&j| j > s_start + 1 && words(j + 1, l - 1) == 1 && after_town(doc, s_start, j + 2))
    {
        if let Some(wider) = comma_aside(doc, s_start, j + 1) {
            return Some(wider);
        }
    }
    // "Rep. Zoe Lofgren (D-Calif.), who …, said": the bracket is skipped next.
    open.filter(|&j| {
        j > s_start
            && doc.punct(j, ',')
            && !clause_aside(doc, j + 1, l - 1)
            && (doc.is_word(j - 1) || doc.punct(j - 1, ')') || doc.punct(j - 1, '.'))
            && (l - j <= 14
                || lexicon::RELATIVE_PRONOUNS.contains(&doc.w(j + 1))
                || sets.determiners.contains(doc.w(j + 1))
                || doc.cap(j - 1))
            && (doc.punct(j - 1, ')')
                || np_left(doc, s_start, j).is_some()
                // "…, from Ava, Mo., who …": a state after its town.
                || doc.punct(j - 1, '.') && after_town(doc, s_start, j - 1))
    })
}

/// An aside between dashes that ends at `l`: "Jason Sims — a teacher from Mount Pleasant —
/// says". The dash that opens it, if it is one.
fn dash_aside(doc: &Doc, s_start: usize, l: usize) -> Option<usize> {
    let dash = doc.w(l - 1).to_string();
    let open = (l.saturating_sub(20).max(s_start)..l - 1)
        .rev()
        .find(|&j| !doc.is_word(j) && !doc.punct(j, ','));
    open.filter(|&j| j > s_start && doc.w(j) == dash && doc.is_word(j - 1))
}

/// ", but it has attracted a loyal following," or ", candidates have more room,": a clause
/// between commas, not an aside about the speaker (", who …,", ", however,", ", a friend of …,").
fn clause_aside(doc: &Doc, a: usize, b: usize) -> bool {
    // ", though,", ", however,": one word is an aside whatever it is.
    if b <= a + 1 {
        return false;
    }
    let first = doc.w(a);
    if lexicon::LEADING_CONJUNCTIONS.contains(&first)
        || first == "or"
        || lexicon::SUBORDINATORS.contains(&first)
    {
        return true;
    }
    let relative = (a..b).any(|k| lexicon::ASIDE_RELATIVES.contains(&doc.w(k)));
    !relative && (a..b).any(|k| lexicon::ASIDE_CLAUSE_VERBS.contains(&doc.w(k)))
}

/// `Mr. Manafort, citing "the unique magic of Trump," said`: an aside whose words end in a
/// quotation that closes after a comma. The comma that opens the aside, if this is one.
fn quoted_aside(doc: &Doc, s_start: usize, l: usize) -> Option<usize> {
    if l < s_start + 3 || !doc.is_close_quote(l - 1) || !doc.punct(l - 2, ',') {
        return None;
    }
    let q = doc.quotes[doc.quote_of[l - 1]? as usize];
    // A few words lead into the quotation ("citing", "calling it"), after a comma.
    let lead = (q.open.saturating_sub(4).max(s_start + 1)..q.open)
        .rev()
        .find(|&j| !doc.is_word(j) || doc.in_quote(j))?;
    let opens = doc.punct(lead, ',') && lead + 1 < q.open && doc.is_word(lead - 1);
    opens.then_some(lead)
}

#[cfg(test)]
mod tests {
    use super::super::testing::with_cue;
    use super::subject;
    use crate::attribution::Source;

    /// The subject's mention as text ("" for none), and whether a relative pronoun stands for it.
    fn subject_of(text: &str, word: &str) -> (String, bool) {
        with_cue(text, word, |cue| match subject(cue, None).0 {
            Source::Mention(a, b) => (cue.doc.span(a, b).slice(cue.doc.text).to_string(), false),
            Source::Relative { a, b, .. } => {
                (cue.doc.span(a, b).slice(cue.doc.text).to_string(), true)
            }
            _ => (String::new(), false),
        })
    }

    #[test]
    fn the_subject_is_found_past_what_stands_before_the_verb() {
        let s = |t| subject_of(t, "said").0;
        assert_eq!(s("Peskov said the talks failed."), "Peskov");
        assert_eq!(s("Rubio defiantly said the talks failed."), "Rubio");
        assert_eq!(s("Trump last week said the talks failed."), "Trump");
        assert_eq!(
            s("Sen. Ted Cruz (R-Texas) said the talks failed."),
            "Sen. Ted Cruz"
        );
        assert_eq!(
            s("Kremlin spokesman Dmitry Peskov, however, said the talks failed."),
            "Kremlin spokesman Dmitry Peskov"
        );
        assert_eq!(
            s("Jason Sims — a teacher from Mount Pleasant — said the talks failed."),
            "Jason Sims"
        );
        // "twice", "instead" and an emphatic pronoun stand between a subject and its verb.
        assert_eq!(
            s("The American Legion has twice said the emblem was misused."),
            "The American Legion"
        );
        assert_eq!(s("Sanders himself said the talks failed."), "Sanders");
        assert_eq!(s("They both said the talks failed."), "They");
    }

    /// A lone adjective or participle before a noun cue modifies it: the clause's subject says
    /// it. A lone noun still does ("Win or not, candidate says …").
    #[test]
    fn a_lone_modifier_of_a_noun_cue_is_no_subject() {
        assert_eq!(
            subject_of(
                "Trump made similarly bigoted charges that a judge would be biased.",
                "charges"
            )
            .0,
            "Trump"
        );
        assert_eq!(
            subject_of("Win or not, candidate says, the campaign goes on.", "says").0,
            "candidate"
        );
    }

    #[test]
    fn a_relative_pronoun_stands_for_the_phrase_before_it() {
        assert_eq!(
            subject_of(
                "He cited an article on Sunday that said the talks failed.",
                "said"
            ),
            ("an article on Sunday".to_string(), true)
        );
    }

    #[test]
    fn no_subject_before_the_cue() {
        assert_eq!(
            subject_of("\"The talks failed,\" said Peskov.", "said").0,
            ""
        );
    }
}
