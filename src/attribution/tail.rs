//! The long tail: a word that heads annotated cues in PolNeAR train ("sees", "assured",
//! "criticism", "endorsed") where no form found a statement and none covers it. The forms read a
//! cue only in the shapes they know; "… in part because he sees Cruz as a uniter" and "She is
//! assured of at least 108" are attributions in PolNeAR ("Cruz as a uniter", "of at least 108")
//! in shapes they do not. Each such word with a subject proposes the words after it, to the next
//! mark, said by that subject; `filter::tail` weighs the proposal. So does a word and the
//! preposition after it that PolNeAR annotates as a cue's end often enough ("Christie unleashed
//! withering attacks against Rubio in Saturday's debate": "Rubio in Saturday's debate"), with the
//! words after the preposition.

use super::{make, Doc, Found, Source};
use crate::lexicon::{self, CueVerb};
use crate::model::Span;
use crate::tokens::Tok;

/// The most words a tail's content runs to.
const MAX_WORDS: usize = 40;

/// A proposal of the tail: the cue word and the content's tokens. Its subject, the dearest part
/// to find, is looked for only when the model would keep it with one ([`Tail::source`]).
pub struct Tail {
    /// The cue word's token, its sentence and its verb.
    pub cue: usize,
    pub sentence: usize,
    verb: &'static CueVerb,
    /// Whether the cue is the word and the preposition after it ("attacks against").
    pub pair: bool,
    /// The share of the cue's occurrences in PolNeAR train that are annotated as one: the
    /// pair's, or the word's.
    pub share: f32,
    /// The content's tokens `[start, end)`.
    pub start: usize,
    pub end: usize,
}

impl Tail {
    /// Whether "that" stands between the cue and the content ("warned that …").
    pub fn after_that(&self) -> bool {
        self.start > self.cue + 1 + usize::from(self.pair)
    }

    /// The cue's last token: the word, or the preposition of a pair.
    pub fn cue_end(&self) -> usize {
        self.cue + usize::from(self.pair)
    }

    pub fn content(&self, doc: &Doc) -> Span {
        doc.span(self.start, self.end)
    }

    /// The subject left of the cue as the forms find it; `None` when there is none. With no
    /// subject the statement would have no speaker, or the last one's: on PolNeAR train that
    /// kept a third more tails at the price of speaker F1, so such a tail is dropped.
    pub fn source(&self, doc: &Doc) -> Option<Source> {
        let source = if self.pair {
            self.pair_source(doc)
        } else {
            super::verb_cue::subject_of(doc, self.sentence, self.cue, self.verb)
        };
        (source != Source::None).then_some(source)
    }

    /// A pair's word is often a noun, and the phrase before it no subject ("Trump also took
    /// multiple swipes at …" is not said by "took multiple"): the speaker is the subject of the
    /// clause the noun is in (`verb_cue::clause_subject`).
    fn pair_source(&self, doc: &Doc) -> Source {
        super::verb_cue::clause_subject(doc, self.sentence, self.cue, self.cue, self.verb)
    }

    /// The statement, said by `source`.
    pub fn found(&self, doc: &Doc, source: Source) -> Found {
        make(
            doc,
            vec![self.content(doc)],
            Some(doc.span(self.cue, self.cue_end() + 1)),
            (self.verb.lemma, self.verb.class),
            source,
            self.sentence,
        )
    }
}

/// Whether the token stops a tail's content: a clause or sentence mark, or a quote mark.
fn stops(doc: &Doc, k: usize) -> bool {
    match doc.toks[k].kind {
        Tok::Word => false,
        Tok::DoubleQuote(_) | Tok::SingleQuote(_) => true,
        Tok::Punct(c) => lexicon::TAIL_STOPS.contains(&c),
    }
}

/// The tail proposals of a text whose statements (as the filter kept them) are `kept`: one per
/// learned cue word outside every kept statement's content and cue.
pub fn candidates(doc: &Doc, kept: &[Found]) -> Vec<Tail> {
    let mut covered: Vec<Span> = kept
        .iter()
        .flat_map(|f| std::iter::once(f.content()).chain(f.cue))
        .collect();
    covered.sort_by_key(|s| (s.start, s.end));
    let contents = Overlaps::new(kept.iter().map(Found::content).collect());
    let mut out = Vec::new();
    // The covering spans that start at or before the token, and the furthest end among them:
    // the token lies in one of them when that end is past it. Tokens come in order, so each
    // span is passed once.
    let (mut next, mut reach) = (0, 0);
    for (si, s) in doc.sents.iter().enumerate() {
        for c in s.start..s.end {
            if !doc.is_word(c) {
                continue;
            }
            let at = doc.toks[c].span.start;
            while next < covered.len() && covered[next].start <= at {
                reach = reach.max(covered[next].end);
                next += 1;
            }
            let inside = at < reach;
            if inside {
                continue;
            }
            let Some(word) = lexicon::tail_word(doc.w(c)) else {
                continue;
            };
            // "Interfax had earlier cited an unnamed source … as saying Russia was …": words a
            // kept statement already reads are not a tail's.
            if let Some(t) = tail_at(doc, si, c, word).filter(|t| !contents.any(t.content(doc))) {
                out.push(t);
            }
        }
    }
    out
}

/// The tail proposal at token `c` of sentence `si`, if words follow it: of the learned pair
/// of `c` and the preposition after it, else of the learned cue word `c`.
fn tail_at(doc: &Doc, si: usize, c: usize, word: &'static lexicon::TailWord) -> Option<Tail> {
    let s = doc.sents[si];
    // The pair when it is likelier a cue than the word alone: "She is assured of at least
    // 108" is annotated with "of" in the content, as "assured" alone reads it.
    let next = (c + 1 < s.end && doc.is_word(c + 1)).then(|| doc.w(c + 1));
    let pair_share = word
        .pairs
        .iter()
        .find(|&&(p, share)| Some(p) == next && share >= word.share.unwrap_or(0.0))
        .map(|&(_, share)| share);
    let pair = pair_share.is_some();
    // The word's own cue when it has one ("responded to"), else the pair's.
    let (verb, share) = match pair_share {
        Some(share) => (lexicon::any_cue(doc.w(c)).unwrap_or(&word.pair_cue), share),
        None => (lexicon::any_cue(doc.w(c))?, word.share?),
    };
    let that = !pair && c + 1 < s.end && doc.w(c + 1) == "that";
    let start = c + 1 + usize::from(that || pair);
    let mut end = start;
    while end < s.end && !stops(doc, end) && end - start < MAX_WORDS {
        end += 1;
    }
    (end > start).then_some(Tail {
        cue: c,
        sentence: si,
        verb,
        pair,
        share,
        start,
        end,
    })
}

/// Spans sorted by start, with the furthest end reached so far: whether any overlaps a span
/// in one binary search.
struct Overlaps {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl Overlaps {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_by_key(|s| (s.start, s.end));
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        Overlaps { spans, max_end }
    }

    fn any(&self, x: Span) -> bool {
        let before = self.spans.partition_point(|s| s.start < x.end);
        before > 0 && self.max_end[before - 1] > x.start
    }
}

#[cfg(test)]
mod tests {
    use super::{candidates, Overlaps};
    use crate::attribution::{insert, make, Doc, Found, Source};
    use crate::lexicon::CueClass;
    use crate::model::Span;

    /// Each tail proposal of `text` as (cue word, content), given the statements `kept`.
    fn tails(doc: &Doc, kept: &[Found]) -> Vec<(String, String)> {
        candidates(doc, kept)
            .iter()
            .map(|t| {
                let content = t.content(doc).slice(doc.text).to_string();
                (doc.w(t.cue).to_string(), content)
            })
            .collect()
    }

    fn has(all: &[(String, String)], cue: &str, content: &str) -> bool {
        all.iter().any(|(c, t)| c == cue && t == content)
    }

    #[test]
    fn a_cue_word_no_form_reads_proposes_the_words_after_it() {
        // PolNeAR train, breitbart_2016-01-19_long-time-leaders-of-conservativ.
        let text =
            "Viguerie is upbeat about Cruz’s chances of winning in November, in part because \
                    he sees Cruz as a uniter.";
        let doc = Doc::new(text);
        let all = tails(&doc, &crate::filter::find_kept(&doc));
        assert!(has(&all, "sees", "Cruz as a uniter"), "{all:?}");
        let sees = candidates(&doc, &[])
            .into_iter()
            .find(|t| doc.w(t.cue) == "sees");
        let source = sees.expect("a tail at sees").source(&doc);
        let Some(Source::Mention(a, b)) = source else {
            panic!("no subject: {source:?}")
        };
        assert_eq!(doc.span(a, b).slice(text), "he");
    }

    #[test]
    fn a_learned_pair_proposes_the_words_after_its_preposition() {
        // PolNeAR train, breitbart_2016-02-07_after-rubio-stumbles-rivals-see-,
        // breitbart_2016-02-08_the-latest-nh-towns-cast-first-v and
        // breitbart_2016-02-08_former-mexico-leader-calderon-ca: annotated cues "unleashed
        // withering attacks against", "talking about" and "responded to", contents "Rubio in
        // Saturday’s debate", "the state’s drug crisis" and "Calderon’s remarks".
        let text = "Christie unleashed withering attacks against Rubio in Saturday’s debate, and \
                    the New Jersey governor tripped up Rubio. The billionaire businessman began \
                    by talking about the state’s drug crisis, saying that heroin is cheap. Trump \
                    has not yet responded to Calderon’s remarks, although he did keep up his \
                    fiery rhetoric.";
        let doc = Doc::new(text);
        let all = candidates(&doc, &[]);
        let at = |w: &str| all.iter().find(|t| doc.w(t.cue) == w).expect(w);
        let attacks = at("attacks");
        assert!(attacks.pair);
        assert_eq!(
            attacks.content(&doc).slice(text),
            "Rubio in Saturday’s debate"
        );
        let found = attacks.found(&doc, Source::Mention(0, 1));
        assert_eq!(found.cue.expect("a cue").slice(text), "attacks against");
        assert_eq!(
            at("talking").content(&doc).slice(text),
            "the state’s drug crisis"
        );
        // "responded" alone is a cue more often than "responded to" is one: the word's tail.
        assert!(!at("responded").pair);
        assert_eq!(
            at("responded").content(&doc).slice(text),
            "to Calderon’s remarks"
        );
        assert!(!attacks.after_that());
    }

    #[test]
    fn a_pairs_speaker_is_the_clauses_subject_or_the_named_owner() {
        // PolNeAR train, breitbart_2016-02-08_former-mexico-leader-calderon-ca,
        // breitbart_2016-02-08_the-latest-nh-towns-cast-first-v and
        // huff-post_2016-03-23_how-the-democratic-elite-betraye: the annotated sources are
        // "Trump", "Republican Donald Trump", "Obama’s" and "The billionaire businessman".
        let text = "Trump also took multiple swipes at fellow GOP contender Jeb Bush. Republican \
                    Donald Trump is doubling down on his support for intensifying interrogation \
                    techniques for some foreign prisoners. The student debt debacle has been a \
                    replay of Obama’s response to the Wall Street meltdown. The billionaire \
                    businessman began by talking about the state’s drug crisis.";
        let doc = Doc::new(text);
        let all = candidates(&doc, &[]);
        let speaker = |w: &str| {
            let t = all.iter().find(|t| doc.w(t.cue) == w).expect(w);
            assert!(t.pair, "{w}");
            match t.source(&doc) {
                Some(Source::Mention(a, b)) => doc.span(a, b).slice(text).to_string(),
                other => panic!("{w}: {other:?}"),
            }
        };
        assert_eq!(speaker("swipes"), "Trump");
        assert_eq!(speaker("support"), "Republican Donald Trump");
        assert_eq!(speaker("response"), "Obama’s");
        assert_eq!(speaker("talking"), "The billionaire businessman");
    }

    #[test]
    fn a_cue_word_with_no_subject_has_no_source() {
        // The Moscow Times' appeal under the seed article: no one before "supporting".
        let text = "Peskov said it was wrong. By supporting The Moscow Times, you're defending \
                    open, independent journalism.";
        let doc = Doc::new(text);
        let all = candidates(&doc, &[]);
        let at = |w: &str| all.iter().find(|t| doc.w(t.cue) == w).expect(w);
        assert_eq!(
            at("supporting").content(&doc).slice(text),
            "The Moscow Times"
        );
        assert_eq!(at("supporting").source(&doc), None);
        assert!(at("defending").source(&doc).is_some());
    }

    #[test]
    fn words_a_kept_statement_reads_are_no_tails_own() {
        // From the seed article: "cited" would read "an unnamed source in Caracas as saying
        // Russia was …", and "as saying" has a statement of its own there.
        let text = "Interfax had earlier cited an unnamed source in Caracas as saying Russia was \
                    continuing to support Venezuela through a long-standing program.";
        let doc = Doc::new(text);
        let kept = crate::filter::find_kept(&doc);
        assert_eq!(kept.len(), 1);
        let alone = tails(&doc, &[]);
        assert!(alone.iter().any(|(c, _)| c == "cited"), "{alone:?}");
        let beside = tails(&doc, &kept);
        assert!(beside.is_empty(), "{beside:?}");
    }

    #[test]
    fn overlaps_finds_any_span_that_shares_a_byte() {
        let o = Overlaps::new(vec![
            Span::new(10, 40),
            Span::new(12, 14),
            Span::new(50, 60),
        ]);
        assert!(o.any(Span::new(39, 45)));
        assert!(o.any(Span::new(45, 51)));
        assert!(!o.any(Span::new(40, 50)));
        assert!(!o.any(Span::new(0, 10)));
        assert!(!o.any(Span::new(60, 70)));
        assert!(!Overlaps::new(Vec::new()).any(Span::new(0, 5)));
    }

    #[test]
    fn inserted_statements_keep_sentence_order_and_references() {
        let text = "One said it. Two said it. Three said it.";
        let doc = Doc::new(text);
        let at = |si: usize, source: Source| {
            let s = doc.sents[si];
            let parts = vec![doc.span(s.start, s.start + 1)];
            make(&doc, parts, None, ("say", CueClass::Speech), source, si)
        };
        let mut out = vec![at(0, Source::None), at(2, Source::SameAs(0))];
        insert(
            &mut out,
            vec![at(0, Source::Mention(0, 1)), at(1, Source::Mention(0, 1))],
        );
        let sentences: Vec<usize> = out.iter().map(|f| f.sentence).collect();
        assert_eq!(sentences, [0, 0, 1, 2]);
        assert_eq!(out[0].source, Source::None);
        assert_eq!(out[1].source, Source::Mention(0, 1));
        assert_eq!(out[3].source, Source::SameAs(0));
        let mut moved = vec![at(1, Source::None), at(2, Source::SameAs(0))];
        insert(&mut moved, vec![at(0, Source::Mention(0, 1))]);
        assert_eq!(moved[2].source, Source::SameAs(1));
    }
}
