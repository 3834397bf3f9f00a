//! What the cue's subject said: the content after the cue ("said that …"), or before the subject
//! (`"…," Peskov said.`, "…, officials said"), or on both sides of an aside ("If …, the campaign
//! said, it may …"), or a quotation next to the cue's sentence.

use super::Cue;
use crate::attribution::clauses::{content_end, finite_verb, is_time_word, verb_like, word_count};
use crate::attribution::phrases::np_left;
use crate::attribution::{Doc, Found, Source};
use crate::lexicon::{self, CueVerb};
use crate::model::Span;

/// The statement of a cue whose subject starts at `subject_start`, said by `source`. The forms
/// are tried in order; the content after the cue is the last resort.
pub(super) fn statement(cue: &Cue, source: Source, subject_start: usize) -> Option<Found> {
    let (doc, c, s_start) = (cue.doc, cue.c, cue.s_start);
    let post = after_cue(cue);
    if let Some(parts) = object_relative(cue, subject_start, post) {
        return Some(cue.found(parts, source));
    }
    let before = Before::new(cue, subject_start, post);
    if let Some(parts) = before_subject(cue, &before, post) {
        return Some(cue.found(parts, source));
    }
    if let Some(parts) = quotation_before(cue, &before, post) {
        return Some(cue.found(parts, source));
    }
    if let Some(parts) = quotation_after_colon(cue, post) {
        return Some(cue.found(parts, source));
    }
    let (p, mut end) = post?;
    // "Though she never mentioned Sanders by name, Clinton cast …": a cue in a subordinate
    // clause; its content ends where the main clause begins.
    if subject_start > s_start
        && lexicon::SUBORDINATORS.contains(&doc.w(subject_start - 1))
        && !doc.in_quote(subject_start - 1)
    {
        if let Some(k) = (p + 1..end).find(|&k| doc.punct(k, ',') && !doc.in_quote(k)) {
            end = k;
        }
    }
    // "If it's a small number, the campaign said, it may not bother": content on both sides.
    let aside = before.comma && before.words >= 3 && p > c + 1 && doc.punct(p - 1, ',');
    if aside && !doc.is_open_quote(p) && doc.w(p) != "that" {
        let parts = vec![doc.span(s_start, before.end), doc.span(p, end)];
        return Some(cue.found(parts, source));
    }
    Some(cue.found(vec![doc.span(p, end)], source))
}

/// The content after the cue, `[p, end)`, when it can be what was said.
fn after_cue(cue: &Cue) -> Option<(usize, usize)> {
    let (doc, c, verb, s_end) = (cue.doc, cue.c, cue.verb, cue.s_end);
    post_start(doc, c + 1, s_end, verb).and_then(|p| {
        let end = content_end(doc, p, s_end);
        let words = word_count(doc, p, end);
        // Any complement counts (PolNeAR attributes noun phrases too), except a question.
        let question = end > p && doc.toks[end - 1].is_punct('?') && !doc.in_quote(end - 1);
        // "maintained close ties", "held a rally": these verbs attribute only a clause.
        // "to" opens an infinitive ("pledged to enact"), not a phrase ("agree to the policy").
        let infinitive = doc.w(p) == "to"
            && doc.is_word(p + 1)
            && !doc.cap(p + 1)
            && !lexicon::sets().determiners.contains(doc.w(p + 1));
        let clause = || {
            lexicon::COMPLEMENTIZERS.contains(&doc.w(p))
                || infinitive
                || doc.is_open_quote(p)
                || doc.punct(p - 1, ':')
                || doc.punct(p - 1, ',')
                || bare_clause(doc, p, end)
        };
        // "the candidate said no": a bare answer is a content too.
        let answer = words == 1 && lexicon::ANSWERS.contains(&doc.w(p));
        // "endorsed Trump", "criticized him": a one-word object names who the act is about.
        // Not after a listed speech verb: "the people who wrote them" wrote documents.
        let one_object = words == 1
            && end == p + 1
            && (doc.cap(p) && !doc.in_quote(p)
                || !verb.is_listed_speech() && lexicon::OBJECT_PRONOUNS.contains(&doc.w(p)));
        // "expressed concerns but has said …": the subject's next act, not the content; so
        // after a dash that closes an aside (`- "Born with a silver spoon," Mr. Elkins said -
        // but they …`).
        let opener = if doc.dash(p) { p + 1 } else { p };
        let conjunction = lexicon::COORDINATORS.contains(&doc.w(opener)) && !doc.in_quote(opener);
        let ok = (words >= 2 || answer || one_object)
            && !question
            && !conjunction
            && (!lexicon::CLAUSE_ONLY_CUES.contains(&verb.lemma) || clause());
        ok.then_some((p, end))
    })
}

/// A clause reported without "that": a subject opened by a determiner, a pronoun or a name, then
/// its verb within a few words, none of them a relative ("The Times reported the email came
/// hours after …"; not "saw the man who said …").
fn bare_clause(doc: &Doc, p: usize, end: usize) -> bool {
    const REACH: usize = 8;
    let sets = lexicon::sets();
    let opens =
        sets.determiners.contains(doc.w(p)) || sets.pronouns.contains(doc.w(p)) || doc.cap(p);
    opens
        && (p + 1..end.min(p + 1 + REACH))
            .take_while(|&k| doc.is_word(k) && !lexicon::RELATIVES.contains(&doc.w(k)))
            .any(|k| {
                !doc.cap(k)
                    && (sets.auxiliaries.contains(doc.w(k))
                        || doc.w(k).ends_with("ed")
                        || sets.irregular_past.contains(doc.w(k)))
            })
}

/// "newspaper reports, which Russian officials have already denied": the content is what
/// the relative pronoun before the subject stands for.
fn object_relative(
    cue: &Cue,
    subject_start: usize,
    post: Option<(usize, usize)>,
) -> Option<Vec<Span>> {
    let (doc, c, s_start) = (cue.doc, cue.c, cue.s_start);
    let object_relative = subject_start > s_start + 1
        && lexicon::OBJECT_RELATIVES.contains(&doc.w(subject_start - 1))
        && post.is_none_or(|(p, _)| doc.punct(p - 1, ','));
    if !object_relative {
        return None;
    }
    let mut e = subject_start - 1;
    if doc.punct(e - 1, ',') {
        e -= 1;
    }
    // The phrase and the clause that denies it: "newspaper reports, which Russian
    // officials have already denied".
    let (a, _) = np_left(doc, s_start, e)?;
    Some(vec![doc.span(a, c + 1)])
}

/// The words before the subject, which may be what was said.
struct Before {
    /// Where they end, before the comma or dash that sets them off.
    end: usize,
    words: usize,
    /// A quotation ends them: `"…," Peskov said.`
    quote: bool,
    /// A comma or a quotation sets them off from the subject.
    comma: bool,
    /// The content after the cue is a clause of its own, not a participle's (", adding that …").
    post_clause: Option<(usize, usize)>,
}

impl Before {
    fn new(cue: &Cue, subject_start: usize, post: Option<(usize, usize)>) -> Self {
        let (doc, s_start) = (cue.doc, cue.s_start);
        let mut pre_end = subject_start;
        while pre_end > s_start
            && (doc.punct(pre_end - 1, ',') || doc.punct(pre_end - 1, '—'))
            && !doc.in_quote(pre_end - 1)
        {
            pre_end -= 1;
        }
        let pre_words = word_count(doc, s_start, pre_end);
        // ", Fiorina said, adding that …": the participle's clause is a statement of its own,
        // not this cue's content.
        let post_clause =
            post.filter(|&(p, _)| !(doc.punct(p - 1, ',') && doc.w(p).ends_with("ing")));
        // Nor does a phrase after a comma keep a quotation from being the content: `… know,"
        // Hillary Clinton declared in an interview Thursday, in the latest escalation of …`.
        let post_phrase = post_clause.is_some_and(|(p, _)| {
            doc.punct(p - 1, ',')
                && !doc.in_quote(p)
                && lexicon::sets().prepositions.contains(doc.w(p))
        });
        // `"…," Peskov said.`: the quotation is the content when it opens the sentence; after
        // `On Fox News' "Sunday Morning Futures," Issa said the …` a clause after the cue is.
        let quote_before = pre_end > s_start
            && doc.is_close_quote(pre_end - 1)
            && (post_clause.is_none() || post_phrase || {
                let q = doc.quotes[doc.quote_of[pre_end - 1].unwrap_or(0) as usize];
                word_count(doc, s_start, q.open) <= 2
            });
        let comma_before = subject_start > s_start && (pre_end < subject_start || quote_before);
        Before {
            end: pre_end,
            words: pre_words,
            quote: quote_before,
            comma: comma_before,
            post_clause,
        }
    }
}

/// `"…," Peskov said.`, "Fundraising was stagnant, he said": the words before the subject are
/// the content, with a quotation or clause that goes on after the cue.
fn before_subject(cue: &Cue, before: &Before, post: Option<(usize, usize)>) -> Option<Vec<Span>> {
    let (doc, c, s_start, s_end) = (cue.doc, cue.c, cue.s_start, cue.s_end);
    let pre_end = before.end;
    let opening_phrase = opening_phrase(doc, s_start, pre_end);
    let quoted = before.quote && before.comma && post.is_none_or(|(p, _)| doc.w(p) != "that");
    let clause_before =
        before.post_clause.is_none() && before.comma && before.words >= 3 && !opening_phrase;
    if !(quoted || clause_before) {
        return None;
    }
    // `Neither man was impressed - "Born with a silver spoon," Mr. Elkins said.`: a quotation
    // set off by a dash or a colon is what was said, not the sentence before it (unless a
    // quotation opens that too: `"I don't think the wisdom" -- that … -- "is going to last"`).
    let mut from = s_start;
    if before.quote {
        let q = doc.quotes[doc.quote_of[pre_end - 1].unwrap_or(0) as usize];
        let set_off = q.open > s_start
            && (doc.punct(q.open - 1, ':') || doc.dash(q.open - 1))
            && !(s_start..q.open).any(|k| doc.toks[k].is_quote());
        if set_off {
            from = q.open;
        }
    }
    let mut parts = vec![doc.span(from, pre_end)];
    if let Some(more) = quote_after(doc, c + 1, s_end) {
        parts.push(more);
    } else if let Some((p, end)) = post {
        // `"Only you, Dinesh," she said, would use …`: the quoted subject's verb goes on.
        let modal = lexicon::MODALS_AFTER_A_QUOTED_SUBJECT.contains(&doc.w(p));
        if before.quote && p > c + 1 && doc.punct(p - 1, ',') && modal {
            parts.push(doc.span(p, end));
        }
    }
    Some(parts)
}

/// "Friday morning, as the parade rolled through, CNN reported …": an opening phrase of time,
/// place or manner before `pre_end` is not what was said; nor is the question after "Asked if
/// he was bullied, the candidate said …".
fn opening_phrase(doc: &Doc, s_start: usize, pre_end: usize) -> bool {
    let asked_first = lexicon::QUESTION_CUES.contains(&doc.w(s_start))
        || doc.w(s_start) == "when" && doc.w(s_start + 1) == "asked";
    let sw = doc.w(s_start);
    // "This week, …" opens with a time phrase; "This has been a concern, X said" is content.
    let time_determiner = lexicon::TIME_DETERMINERS.contains(&sw);
    let opens_with_phrase = (lexicon::sets().prepositions.contains(sw)
        && (!time_determiner || is_time_word(doc.w(s_start + 1))))
        || lexicon::SUBORDINATORS.contains(&sw)
        || is_time_word(sw)
        || sw.ends_with("ing");
    // "In all, the senator has raised $73 million, officials said", "Fundraising was
    // stagnant, he said": a finite verb after the opening word makes the whole a clause.
    asked_first || opens_with_phrase && !(s_start + 1..pre_end).any(|k| finite_verb(doc, k))
}

/// `"… Trump!" US Senator Jeff Sessions said.`: a speech cue with nothing before its subject
/// takes the quotation that ended the sentence before, in the same paragraph.
fn quotation_before(cue: &Cue, before: &Before, post: Option<(usize, usize)>) -> Option<Vec<Span>> {
    let (doc, si, verb) = (cue.doc, cue.si, cue.verb);
    let speech = verb.is_listed_speech() && !lexicon::CLAUSE_ONLY_CUES.contains(&verb.lemma);
    // `"…?" Clinton remarked, alluding to …`: a participle after a comma does not count as
    // content, nor does a clause of time or manner (`"…?" Clinton asks as a man walks by`).
    let post_is_aside = post.is_none_or(|(p, _)| {
        doc.punct(p - 1, ',') && (doc.w(p).ends_with("ing") || doc.w(p) == "when")
            || lexicon::SUBORDINATORS.contains(&doc.w(p)) && !doc.in_quote(p)
    });
    if !(speech && post_is_aside && before.words == 0 && si > 0) {
        return None;
    }
    let prev = doc.sents[si - 1];
    let same_paragraph = prev.paragraph == doc.sents[si].paragraph;
    if !(same_paragraph && prev.end > prev.start && doc.is_close_quote(prev.end - 1)) {
        return None;
    }
    let q = doc.quotes[doc.quote_of[prev.end - 1].unwrap_or(0) as usize];
    (q.open >= prev.start).then(|| vec![doc.span(q.open, q.close + 1)])
}

/// `He said: ¶ "…"`: a cue that ends its paragraph with a colon introduces the quotation
/// that opens the next one.
fn quotation_after_colon(cue: &Cue, post: Option<(usize, usize)>) -> Option<Vec<Span>> {
    let (doc, si, c, s_end) = (cue.doc, cue.si, cue.c, cue.s_end);
    if !(post.is_none() && s_end >= 2 && doc.punct(s_end - 1, ':') && c + 4 >= s_end) {
        return None;
    }
    let next = doc.sents.get(si + 1)?;
    if !doc.is_open_quote(next.start) {
        return None;
    }
    let end = content_end(doc, next.start, next.end);
    (word_count(doc, next.start, end) >= 2).then(|| vec![doc.span(next.start, end)])
}

/// After a cue: skip its listener and adverbials; the token where content starts, if any.
pub(super) fn post_start(doc: &Doc, mut p: usize, s_end: usize, verb: &CueVerb) -> Option<usize> {
    let sets = lexicon::sets();
    // "pointed out that", "referred to Rubio as": the particle belongs to the cue.
    // "warned of a recession", "talked about the economy": the phrase is what was said
    // (not after "say": "said of the deal" points at what a quotation was about).
    let about =
        lexicon::TOPIC_PREPOSITIONS.contains(&doc.w(p)) && verb.lemma != "say" && !doc.in_quote(p);
    if lexicon::CUE_PARTICLES.contains(&doc.w(p))
        || about
        || verb.learned && lexicon::LEARNED_CUE_PREPOSITIONS.contains(&doc.w(p))
    {
        p += 1;
    }
    if verb.object && p < s_end && !doc.in_quote(p) {
        let that = (p..(p + 12).min(s_end))
            .take_while(|&j| doc.is_word(j))
            .find(|&j| doc.w(j) == "that");
        if let Some(t) = that {
            return Some(t);
        }
        if sets.listeners.contains(doc.w(p)) {
            p += 1;
        } else {
            if lexicon::ARTICLES.contains(&doc.w(p)) && doc.cap(p + 1) {
                p += 1;
            }
            while p < s_end
                && (doc.cap(p) || (p > 0 && doc.cap(p - 1) && sets.roles.contains(doc.w(p))))
            {
                p += 1;
            }
            // "told a Senate panel", "told the CNN audience": the phrase's head is a listener.
            if p < s_end && p > 0 && doc.cap(p - 1) && sets.listeners.contains(doc.w(p)) {
                p += 1;
            }
        }
    }
    let mut steps = 0;
    while p < s_end && steps < 6 {
        steps += 1;
        let w = doc.w(p);
        if doc.punct(p, ',') || doc.punct(p, ':') {
            return Some(p + 1);
        }
        // "…, political analysts say; in 2012, …": the next clause is not what they say.
        if doc.punct(p, ';') {
            return None;
        }
        if sets.adverbials.contains(w) {
            p += 1;
            continue;
        }
        // "said on Tuesday night", "said last week": a time phrase.
        if lexicon::TIME_WORDS_BEFORE_A_DATE.contains(&w) && is_time_word(doc.w(p + 1)) {
            p += 2;
            while p < s_end && is_time_word(doc.w(p)) {
                p += 1;
            }
            continue;
        }
        if sets.prepositions.contains(w) && !doc.in_quote(p) {
            // "said in a statement (that)", "said on Tuesday,": skip to "that" or the comma.
            let mut j = p + 1;
            while j < s_end && j - p < 9 && doc.is_word(j) && doc.w(j) != "that" {
                j += 1;
            }
            if j < s_end && doc.w(j) == "that" {
                return Some(j);
            }
            if j < s_end && (doc.punct(j, ',') || doc.punct(j, ':')) {
                // "pushed back on those claims, saying …": the phrase is what the cue is about;
                // the participle's clause is a statement of its own.
                if lexicon::CONTINUING_PARTICIPLES.contains(&doc.w(j + 1)) && j > p + 1 {
                    return Some(p + 1);
                }
                return Some(j + 1);
            }
            let end = content_end(doc, p, s_end);
            if j >= end {
                return None; // only an adverbial follows: "Peskov said of Trump's statement."
            }
            // `he said on MSNBC's "Morning Joe."`: a programme's title ends the adverbial.
            if doc.is_open_quote(j) && doc.quotes[doc.quote_of[j]? as usize].close + 1 >= end {
                return None;
            }
            // "said in a statement the plan …": skip a document phrase, else stop.
            if let Some(k) = (p + 1..j).find(|&k| sets.documents.contains(doc.w(k))) {
                p = k + 1;
                continue;
            }
            return Some(p);
        }
        break;
    }
    (p < s_end).then_some(p)
}

/// `"…," he said, "…"`: a quotation after the attribution, later in the same sentence.
pub(super) fn quote_after(doc: &Doc, from: usize, s_end: usize) -> Option<Span> {
    let q = (from..s_end.min(from + MAX_ASIDE)).find(|&j| doc.is_open_quote(j))?;
    // Only a comma or colon (and time words) may stand between: `he said, "…"`, not
    // `he said after a brief "I'm sorry"`.
    let joined = q > from && (doc.punct(q - 1, ',') || doc.punct(q - 1, ':'));
    let only_time = q < from + 8
        && (from..q.saturating_sub(1))
            .all(|j| doc.is_word(j) && lexicon::sets().adverbials.contains(doc.w(j)));
    if !(joined && (only_time || is_aside(doc, from, q - 1))) {
        return None;
    }
    let end = content_end(doc, q, s_end);
    (end > q + 1).then(|| doc.span(q, end))
}

/// The longest aside, in tokens, that a quotation may go on after.
const MAX_ASIDE: usize = 30;

/// `"…," said Raffaello Pantucci, director of studies at RUSI, "but it is …"`, `he said, in an
/// interview, "…"`: a description or setting set off by commas, with no clause of its own
/// ("said Peskov, who has denied it, …", "he said, adding, …" and "she said, but despite …, …"
/// tell of another act).
fn is_aside(doc: &Doc, comma: usize, end: usize) -> bool {
    let relatives = lexicon::ASIDE_RELATIVES;
    doc.punct(comma, ',')
        && end > comma + 1
        && !lexicon::COORDINATORS.contains(&doc.w(comma + 1))
        && (comma + 1..end).all(|k| {
            !doc.toks[k].is_quote()
                && !doc.in_quote(k)
                && !finite_verb(doc, k)
                && !verb_like(doc, k)
                && !relatives.contains(&doc.w(k))
                && lexicon::any_cue(doc.w(k)).is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::super::subject::subject;
    use super::super::testing::{said, with_cue};
    use super::statement;
    use crate::attribution::testing::expect;

    /// The content step on the first `word` of `text`, after the subject step.
    fn form(text: &str, word: &str) -> Option<(Vec<String>, String)> {
        with_cue(text, word, |c| {
            let (source, start) = subject(c, None);
            said(c, statement(c, source, start))
        })
    }

    /// Asserts that [`form`] finds these content parts and this speaker's mention.
    fn check(text: &str, word: &str, parts: &[&str], source: &str) {
        assert_eq!(form(text, word), expect(parts, source), "{text}");
    }

    #[test]
    fn after_the_cue() {
        check(
            "Peskov said on Tuesday that Moscow had not been in touch.",
            "said",
            &["that Moscow had not been in touch"],
            "Peskov",
        );
        check("Kremlin spokesman Dmitry Peskov told reporters that Moscow had not been in touch with Trump.", "told", &["that Moscow had not been in touch with Trump"], "Kremlin spokesman Dmitry Peskov");
    }

    #[test]
    fn before_the_subject() {
        check(
            "\"We will not back down,\" Peskov said.",
            "said",
            &["\"We will not back down,\""],
            "Peskov",
        );
        check(
            "Fundraising was stagnant for months, he said.",
            "said",
            &["Fundraising was stagnant for months"],
            "he",
        );
    }

    /// A quotation set off by a dash or a colon is what was said, not the sentence before it;
    /// a dash that closes the aside after the cue opens the sentence's next act.
    #[test]
    fn a_quotation_set_off_before_the_subject() {
        check(
            "Neither man was impressed - \"Born with a silver spoon,\" Mr. Elkins said - but they \
             could not vote for him.",
            "said",
            &["\"Born with a silver spoon,\""],
            "Mr. Elkins",
        );
        check(
            "She ticked through the code: \"Civility was assumed,\" Mr. Gray said.",
            "said",
            &["\"Civility was assumed,\""],
            "Mr. Gray",
        );
    }

    #[test]
    fn a_question_before_the_sentence_not_a_clause_of_time_after_the_cue() {
        check(
            "\"Is it two? Three?\" Clinton asks as a maintenance man walks by.",
            "asks",
            &["\"Is it two? Three?\""],
            "Clinton",
        );
    }

    #[test]
    fn on_both_sides_of_an_aside() {
        check(
            "If it's a small number, the campaign said, it may not bother them.",
            "said",
            &["If it's a small number", "it may not bother them"],
            "the campaign",
        );
    }

    #[test]
    fn the_quotation_after_a_colon_that_ends_the_paragraph() {
        check(
            "Peskov said:\n\n\"We will not back down.\"",
            "said",
            &["\"We will not back down.\""],
            "Peskov",
        );
    }

    #[test]
    fn an_object_relative_is_what_was_denied() {
        check(
            "It rests on newspaper reports, which Russian officials have denied.",
            "denied",
            &["newspaper reports, which Russian officials have denied"],
            "Russian officials",
        );
    }
}
