//! Cue forms with a fixed shape, decided before any subject is looked for: "is expected to …",
//! "Asked whether …", "cited X as saying …" and participles (", adding that …", "by saying …",
//! "a statement saying …").

use super::content::post_start;
use super::{Cue, Verdict};
use crate::attribution::clauses::{content_end, word_count};
use crate::attribution::phrases::{np_left, sentence_subject, MAX_NP};
use crate::attribution::{make, Doc, Found, Source};
use crate::lexicon::{self, CueVerb};

/// "The convention is expected to inject $200 million": an expectation no one is named for;
/// the whole clause is its content.
pub(super) fn expected(cue: &Cue) -> Verdict {
    let (doc, c, s_start, s_end) = (cue.doc, cue.c, cue.s_start, cue.s_end);
    let mut aux = c;
    while aux > s_start + 1 && lexicon::EXPECTED_ADVERBS.contains(&doc.w(aux - 1)) {
        aux -= 1;
    }
    let applies = cue.w == "expected"
        && doc.w(c + 1) == "to"
        && aux > s_start + 1
        && lexicon::EXPECTATION_COPULAS.contains(&doc.w(aux - 1))
        && !doc.in_quote(c);
    if !applies {
        return None;
    }
    let start = (s_start..aux)
        .rev()
        .find(|&j| doc.punct(j, ',') || doc.toks[j].is_quote())
        .map_or(s_start, |j| j + 1);
    let end = content_end(doc, c + 1, s_end);
    Some(
        (word_count(doc, start, aux - 1) >= 1 && end > c + 2)
            .then(|| cue.found(vec![doc.span(start, end)], Source::None)),
    )
}

/// "Asked whether he would run, Ban demurred": the question, its asker unnamed, or named
/// after "by" ("Asked by Matt Lauer whether …", "When asked by a reporter if …").
pub(super) fn asked(cue: &Cue) -> Verdict {
    let opens_sentence =
        cue.c == cue.s_start || cue.c == cue.s_start + 1 && cue.doc.w(cue.s_start) == "when";
    (cue.w == "asked" && opens_sentence).then(|| asked_statement(cue))
}

/// The question after "asked", up to its comma, with the asker after "by" if named.
fn asked_statement(cue: &Cue) -> Option<Found> {
    let (doc, c, s_end) = (cue.doc, cue.c, cue.s_end);
    let mut p = c + 1;
    let mut asker = Source::None;
    if doc.w(p) == "by" {
        let a = p + 1;
        p = (a..(a + MAX_NP).min(s_end))
            .find(|&j| !doc.is_word(j) || lexicon::QUESTION_OPENERS.contains(&doc.w(j)))?;
        if p > a {
            asker = Source::Mention(a, p);
        }
    }
    let end = (p..s_end).find(|&j| doc.punct(j, ',') && !doc.in_quote(j))?;
    (word_count(doc, p, end) >= 2).then(|| cue.found(vec![doc.span(p, end)], asker))
}

/// "cited a source as saying …", "quoted X as telling …": the source is the one cited.
pub(super) fn as_saying(cue: &Cue) -> Verdict {
    (cue.w.ends_with("ing") && cue.prev == "as").then(|| as_saying_statement(cue))
}

/// The content after "as saying", said by the one cited.
fn as_saying_statement(cue: &Cue) -> Option<Found> {
    let (doc, c, s_start, s_end) = (cue.doc, cue.c, cue.s_start, cue.s_end);
    let from = (s_start..c)
        .rev()
        .take(MAX_NP + 2)
        .find(|&j| lexicon::CITING_VERBS.contains(&doc.w(j)));
    let source = match from {
        Some(j) if j + 1 < c - 1 => Source::Mention(j + 1, c - 1),
        _ => np_left(doc, s_start, c - 1).map_or(Source::None, |(a, b)| Source::Mention(a, b)),
    };
    let p = post_start(doc, c + 1, s_end, cue.verb)?;
    let end = content_end(doc, p, s_end);
    (word_count(doc, p, end) >= 2).then(|| {
        make(
            doc,
            vec![doc.span(p, end)],
            Some(doc.span(c - 1, c + 1)),
            (cue.verb.lemma, cue.verb.class),
            source,
            cue.si,
        )
    })
}

/// A participle cue: after a comma (", adding that …"), after a preposition ("by saying …")
/// or, loosely, after a noun ("a statement Sunday saying …"). Other participles ("the man
/// speaking") are no cue; a progressive ("is backing Clinton") goes on as a finite verb.
/// `first_here` and `last_here` are the sentence's first and last statement so far.
pub(super) fn participle(
    cue: &Cue,
    first_here: Option<usize>,
    last_here: Option<usize>,
    loose: &mut bool,
) -> Verdict {
    let (doc, si, c, verb, prev, s_start) =
        (cue.doc, cue.si, cue.c, cue.verb, cue.prev, cue.s_start);
    if !cue.w.ends_with("ing") {
        return None;
    }
    // ", adding that …": the speaker of the clause goes on.
    let after_comma = prev == "," || c >= 2 && doc.is_close_quote(c - 1) && doc.punct(c - 2, ',');
    // Any cue as a participle after a comma (", criticizing …") goes on with the clause's
    // speaker; the filter weighs the rarer ones.
    if after_comma {
        let source = clause_speaker(doc, s_start, c, last_here);
        return Some(participle_statement(doc, si, c, verb, source));
    }
    // "distinguished himself by saying …", "deflected questions before saying …": a gerund
    // after a preposition is the clause subject's own act.
    let mut b = c;
    while b > s_start + 1 && (doc.w(b - 1).ends_with("ly") || doc.w(b - 1) == "first") {
        b -= 1;
    }
    if b > s_start && lexicon::GERUND_PREPOSITIONS.contains(&doc.w(b - 1)) && !doc.in_quote(b - 1) {
        let source = clause_speaker(doc, s_start, b - 1, last_here);
        return Some(participle_statement(doc, si, c, verb, source));
    }
    // "…, with former Maryland Gov. Martin O'Malley calling …", "with Gorka noting …": the
    // phrase between "with" and the participle is its subject, not the clause's.
    if let Some((a, b)) = np_left(doc, s_start, c)
        .filter(|&(a, b)| b == c && a > s_start && doc.w(a - 1) == "with" && !doc.in_quote(a - 1))
    {
        *loose = !verb.is_listed_speech();
        return Some(participle_statement(
            doc,
            si,
            c,
            verb,
            Source::Mention(a, b),
        ));
    }
    // "is backing Clinton", "was telling reporters": a progressive is a finite cue; other
    // participles ("the man speaking") are not.
    let progressive = lexicon::PROGRESSIVE_AUXILIARIES.contains(&prev);
    if progressive {
        return None;
    }
    let sets = lexicon::sets();
    // "released a statement Sunday saying …", "a letter urging …": the participle reports
    // the clause's speaker; weaker evidence than after a comma, so a loose proposal.
    let after_word = c > s_start + 1
        && doc.is_word(c - 1)
        && !sets.prepositions.contains(prev)
        // "criticized Manafort for accusing …": a gerund, its subject the verb's object.
        && !lexicon::GERUND_OBJECT_WORDS.contains(&prev)
        && !lexicon::SUBORDINATORS.contains(&prev)
        // "you're defending …": a progressive this rule is not for.
        && prev.bytes().all(|b| b.is_ascii_alphabetic());
    // Only listed speech verbs: "saying", "urging", "calling"; "seeking", "holding",
    // "showing" after a noun are that noun's description far more often.
    if after_word && verb.is_listed_speech() && !doc.in_quote(c) {
        *loose = true;
        let source = clause_speaker(doc, s_start, c, first_here);
        return Some(participle_statement(doc, si, c, verb, source));
    }
    Some(None)
}

/// Who speaks in a clause with no subject of its own: the sentence's statement `earlier` if
/// there is one, else the sentence's subject before `limit`.
pub(super) fn clause_speaker(
    doc: &Doc,
    s_start: usize,
    limit: usize,
    earlier: Option<usize>,
) -> Source {
    match earlier {
        Some(k) => Source::SameAs(k),
        None => sentence_subject(doc, s_start, limit)
            .map_or(Source::None, |(a, b)| Source::Mention(a, b)),
    }
}

/// The statement of a participle cue (", criticizing …", "by saying …"): its content after the
/// cue, when it has a speaker and two words.
fn participle_statement(
    doc: &Doc,
    si: usize,
    c: usize,
    verb: &'static CueVerb,
    source: Source,
) -> Option<Found> {
    let s_end = doc.sents[si].end;
    let p = post_start(doc, c + 1, s_end, verb)?;
    let end = content_end(doc, p, s_end);
    (word_count(doc, p, end) >= 2 && source != Source::None).then(|| {
        let parts = vec![doc.span(p, end)];
        make(
            doc,
            parts,
            Some(doc.span(c, c + 1)),
            (verb.lemma, verb.class),
            source,
            si,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{said, with_cue};
    use super::super::{Cue, Verdict};
    use super::{as_saying, asked, expected, participle};
    use crate::attribution::testing::expect;

    type Step = fn(&Cue) -> Verdict;

    /// A sentence with its reading marked, `{…}` around each content part and `[…]` around the
    /// speaker's mention: the plain sentence, and the reading if anything is marked.
    fn unmark(marked: &str) -> (String, Option<(Vec<String>, String)>) {
        let (mut text, mut parts, mut source) = (String::new(), Vec::new(), String::new());
        let mut open = 0;
        for ch in marked.chars() {
            match ch {
                '{' | '[' => open = text.len(),
                '}' => parts.push(text[open..].to_string()),
                ']' => source = text[open..].to_string(),
                _ => text.push(ch),
            }
        }
        let reading = (!parts.is_empty()).then_some((parts, source));
        (text, reading)
    }

    /// Each fixed-shape step with its cue word, on a sentence of its shape, which it reads, and on
    /// one of another shape (nothing marked), which it leaves to the later steps.
    #[rustfmt::skip]
    const STEPS: [(Step, &str, &str); 5] = [
        // An expectation no one is named for; expected of someone, the later steps decide.
        (expected, "expected", "{The convention is expected to inject $200 million into the city}."),
        (expected, "expected", "He expected a fight."),
        // An opening "asked" is a question with its asker after "by"; not at the sentence's
        // start, another step decides.
        (asked, "asked", "Asked by [Matt Lauer] {whether he would run}, Ban demurred."),
        (asked, "asked", "He asked whether it was over."),
        // "As saying" names the one cited.
        (as_saying, "saying", "The paper quoted [a senior official] as saying {the talks had failed}."),
    ];

    #[test]
    fn each_fixed_shape_step_reads_its_own_shape_only() {
        for (step, word, marked) in STEPS {
            let (text, reading) = unmark(marked);
            let got = with_cue(&text, word, |c| step(c).map(|f| said(c, f)));
            assert_eq!(got, reading.map(Some), "{marked}");
        }
    }

    #[test]
    fn participles_go_on_with_the_clause_speaker() {
        let run = |text, word| {
            let mut loose = false;
            let got = with_cue(text, word, |c| {
                participle(c, None, None, &mut loose).map(|f| said(c, f))
            });
            (got, loose)
        };
        assert_eq!(
            run(
                "Fiorina spoke on Tuesday, adding that the plan would fail.",
                "adding"
            ),
            (
                Some(expect(&["that the plan would fail"], "Fiorina")),
                false
            )
        );
        assert_eq!(
            run(
                "Rubio distinguished himself by saying the deal was a mistake.",
                "saying"
            ),
            (Some(expect(&["the deal was a mistake"], "Rubio")), false)
        );
        assert_eq!(
            run(
                "The campaign released a statement Sunday saying the race was over.",
                "saying"
            ),
            (Some(expect(&["the race was over"], "The campaign")), true)
        );
        // A progressive is a finite verb: the later steps decide.
        assert_eq!(
            run("Clinton is saying the race is over.", "saying"),
            (None, false)
        );
        // Another participle, here one that opens the sentence, is no cue.
        assert_eq!(
            run("Saying nothing more, he left the room.", "saying"),
            (Some(None), false)
        );
    }
}
