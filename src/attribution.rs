//! Finds attributions: for each cue (a speech or belief verb, "according to", "as saying") the
//! speaker's mention and the content, and for quotations with no cue the speaker who goes on.
//! Works on tokens, one sentence at a time; every scan is bounded, so the whole pass is linear.

use crate::doc::is_headline;
use crate::lexicon::{self, CueClass, CueVerb};
use crate::model::{Kind, Span};
use crate::tokens::Tok;

// The analysed text lives in `doc`; its old path here stays for the passes and tools that name it
// so (`attribution::Doc`).
pub use crate::doc::Doc;

/// Who the statement is by, as found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Tokens `[a, b)` name the speaker.
    Mention(usize, usize),
    /// A relative pronoun ("who", "that") at this token, standing for the phrase `[a, b)`.
    Relative {
        pronoun: usize,
        a: usize,
        b: usize,
    },
    /// Same speaker as statement number `n` (a quotation that goes on, ", adding that …").
    SameAs(usize),
    None,
}

/// One attribution as found, before speakers are resolved.
#[derive(Debug, Clone)]
pub struct Found {
    pub parts: Vec<Span>,
    pub cue: Option<Span>,
    pub lemma: &'static str,
    pub class: CueClass,
    pub source: Source,
    pub sentence: usize,
    pub kind: Kind,
    /// Proposed on weaker evidence than the rules' own (a noun-like cue after a noun).
    pub loose: bool,
}

impl Found {
    pub fn content(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }
}

/// The longest noun phrase a speaker scan looks at, in tokens.
const MAX_NP: usize = 12;

/// Every attribution, in sentence order (the order speakers are resolved in).
pub fn find(doc: &Doc) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for (si, s) in doc.sents.iter().enumerate() {
        let first_here = out.len();
        let mut i = s.start;
        while i < s.end {
            if doc.in_quote(i) || !doc.is_word(i) {
                i += 1;
                continue;
            }
            let w = doc.w(i);
            if w == "according" && doc.w(i + 1) == "to" && i + 2 < s.end {
                if let Some(f) = according_to(doc, si, i) {
                    out.push(f);
                }
                i += 2;
                continue;
            }
            let verb = lexicon::any_cue(w);
            let verb = verb.filter(|_| !lexicon::NOT_CUES.contains(&w));
            // "pushed back on those claims", "hit back at": a denial whatever the verb alone is.
            let verb = match lexicon::phrasal_denial(w, doc.w(i + 1)) {
                Some(d) => Some(d),
                None => verb,
            };
            if let Some(verb) = verb {
                let mut loose = false;
                let here = &out[first_here..];
                if let Some(mut f) = verb_cue(doc, si, i, verb, here, first_here, &mut loose) {
                    f.loose = loose;
                    out.push(f);
                }
            }
            i += 1;
        }
        // "Gingrich: Trump Must Decide If He Wants …": the label speaks the whole line, even
        // when a cue inside it has its own statement.
        if let Some(f) = colon_attribution(doc, si) {
            out.push(f);
        }
        continue_quotes(doc, si, &mut out, first_here);
    }
    drop_nested_twins(&mut out);
    out
}

/// [`find`], then the learned filter's verdict on each attribution.
pub fn find_filtered(doc: &Doc) -> Vec<Found> {
    let mut out = find(doc);
    // Denials feed the disputes: the filter, trained on PolNeAR's notion of attribution, does
    // not get to drop them.
    let nests = crate::filter::nesting(&out);
    let keep: Vec<bool> = out
        .iter()
        .zip(nests)
        .map(|(f, n)| f.class == CueClass::Deny || crate::filter::keep(doc, f, n))
        .collect();
    retain(&mut out, &keep);
    out
}

/// A cue inside another statement's content whose own content is nearly the same words
/// ("told reporters that Carter believes his use of email was a mistake") adds a second
/// highlight over the first; keep the outer one.
fn drop_nested_twins(out: &mut Vec<Found>) {
    let mut keep = vec![true; out.len()];
    for i in 0..out.len() {
        let outer = out[i].content();
        // Nested cues come from the same or a nearby sentence: a bounded look-ahead.
        for j in i + 1..out.len().min(i + 8) {
            let (inner, cue) = (out[j].content(), out[j].cue);
            let Some(cue) = cue else { continue };
            // Two cues claiming the same words ("what Trump meant when he asserted that …"):
            // the nearer cue is the one that introduces them.
            if inner == outer {
                let far = |f: &Found| f.cue.map_or(usize::MAX, |c| inner.start.abs_diff(c.end));
                let drop = if far(&out[i]) <= far(&out[j]) { j } else { i };
                keep[drop] = false;
                continue;
            }
            if !outer.contains(cue) || out[j].sentence != out[i].sentence {
                continue;
            }
            // "Archer, wearing a T-shirt covered in buttons, said he is proud": a content that
            // opens with another cue belongs to that cue; the outer one took a wrong verb.
            // Not when that cue is a learned word, often an adjective: "noted published reports".
            if cue.start == outer.start && !is_learned(&out[j]) {
                keep[i] = false;
                continue;
            }
            let overlap = outer
                .end
                .min(inner.end)
                .saturating_sub(outer.start.max(inner.start));
            // A report of speech inside a belief ("didn't know what Trump meant when he
            // asserted that …") is a statement of its own; keep it.
            let speech_in_belief =
                out[j].class == CueClass::Speech && out[i].class == CueClass::Belief;
            if 2 * overlap >= outer.len() && 2 * overlap >= inner.len() && !speech_in_belief {
                let vehicle = speech_in_object(&out[i], &out[j]);
                keep[if vehicle { i } else { j }] = false;
            }
        }
    }
    retain(out, &keep);
}

/// "released a statement Sunday saying …", "have emerged as advisers, and aides say …": a
/// listed speech verb inside a learned verb's object says what was said; the learned verb's
/// content only carries it.
fn speech_in_object(outer: &Found, inner: &Found) -> bool {
    inner.class == CueClass::Speech && !is_learned(inner) && is_learned(outer)
}

/// Found by a cue learned from PolNeAR rather than a hand-listed one.
fn is_learned(f: &Found) -> bool {
    lexicon::cue_verb(f.lemma).is_none() && !f.lemma.contains(' ')
}

/// Keeps `out[i]` where `keep[i]`. `Source::SameAs` holds indices into `out`: renumber them,
/// pointing a dropped one at the statement kept before it.
fn retain(out: &mut Vec<Found>, keep: &[bool]) {
    // One that goes on from a dropped statement takes over that statement's source.
    for i in 0..out.len() {
        if let Source::SameAs(n) = out[i].source {
            if !keep[n] {
                out[i].source = out[n].source;
            }
        }
    }
    let mut new_index = Vec::with_capacity(out.len());
    let mut next = 0usize;
    for &k in keep {
        new_index.push(next.saturating_sub(usize::from(!k)));
        next += usize::from(k);
    }
    let mut k = keep.iter();
    out.retain(|_| *k.next().unwrap_or(&true));
    for f in out.iter_mut() {
        if let Source::SameAs(n) = f.source {
            f.source = Source::SameAs(new_index[n]);
        }
    }
}

fn s_of(doc: &Doc, si: usize) -> (usize, usize) {
    let s = doc.sents[si];
    (s.start, s.end)
}

/// End of the content: the sentence's end without its final stop (unless inside a quotation),
/// cut before ", adding …", ", saying …" where the same speaker goes on.
fn content_end(doc: &Doc, from: usize, s_end: usize) -> usize {
    let mut end = s_end;
    let mut j = from + 1;
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
        (matches!(doc.w(j), "while" | "whereas") || doc.w(j) == "but" && doc.punct(j - 1, ','))
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
        matches!(doc.w(j), "and" | "but")
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
fn trim_closing_marks(doc: &Doc, from: usize, mut end: usize) -> usize {
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
fn verb_like(doc: &Doc, k: usize) -> bool {
    let v = doc.w(k);
    matches!(
        v,
        "has" | "have" | "had" | "was" | "is" | "will" | "would" | "then" | "also" | "did"
    ) || (v.ends_with("ed") && !doc.cap(k))
        || matches!(v, "said" | "told" | "wrote" | "says" | "tells" | "writes")
}

/// ", but it has attracted a loyal following," or ", candidates have more room,": a clause
/// between commas, not an aside about the speaker (", who …,", ", however,", ", a friend of …,").
fn clause_aside(doc: &Doc, a: usize, b: usize) -> bool {
    // ", though,", ", however,": one word is an aside whatever it is.
    if b <= a + 1 {
        return false;
    }
    let first = doc.w(a);
    if matches!(first, "but" | "and" | "or" | "so" | "yet")
        || lexicon::SUBORDINATORS.contains(&first)
    {
        return true;
    }
    let relative = (a..b).any(|k| matches!(doc.w(k), "who" | "whose" | "which" | "where" | "whom"));
    !relative
        && (a..b).any(|k| {
            matches!(
                doc.w(k),
                "has" | "have" | "is" | "are" | "was" | "were" | "will" | "would" | "can" | "could"
            )
        })
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

/// An auxiliary or modal outside quotations: the mark of a clause.
fn finite_verb(doc: &Doc, k: usize) -> bool {
    !doc.in_quote(k) && lexicon::sets().auxiliaries.contains(doc.w(k))
}

/// Drops a closing time or setting phrase: "… on Tuesday", "… last week", "… in an interview".
fn strip_trailing_adverbial(doc: &Doc, from: usize, mut end: usize) -> usize {
    let sets = lexicon::sets();
    for _ in 0..2 {
        let window = end.saturating_sub(8).max(from + 1);
        let Some(k) = (window..end).rev().find(|&k| {
            matches!(
                doc.w(k),
                "on" | "last" | "this" | "in" | "at" | "during" | "earlier" | "late"
            ) && !doc.in_quote(k)
        }) else {
            break;
        };
        let tail_is_time = (k + 1..end)
            .all(|j| is_time_word(doc.w(j)) || doc.cap(j) && is_time_word(doc.w(j)))
            && k + 1 < end;
        let tail_is_setting = (k + 1..end).any(|j| sets.documents.contains(doc.w(j)))
            && (k + 1..end).all(|j| doc.is_word(j) && !doc.in_quote(j));
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
    if matches!(n, "which" | "who" | "whose" | "according" | "either") {
        return true;
    }
    // "Barkley, who said he votes Democratic, said …": the relative clause's content ends at
    // the main verb.
    if matches!(n, "said" | "says" | "told" | "added") {
        return true;
    }
    // ", and has championed …", ", and he railed against …": the subject's next act.
    if matches!(n, "and" | "but") {
        let pronoun_clause = matches!(doc.w(k + 1), "he" | "she" | "they" | "it" | "we" | "i")
            && (verb_like(doc, k + 2) || doc.w(k + 2).ends_with('s'));
        let verb_like = verb_like(doc, k + 1) || pronoun_clause;
        if verb_like {
            return true;
        }
    }
    // A subject and a speech verb within a few words: another attribution begins.
    let mut i = k;
    if matches!(n, "and" | "but" | "while") {
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

fn word_count(doc: &Doc, a: usize, b: usize) -> usize {
    (a..b).filter(|&i| doc.is_word(i)).count()
}

/// Scans left from `end` (exclusive) for a noun phrase that can be a speaker.
fn np_left(doc: &Doc, s_start: usize, end: usize) -> Option<(usize, usize)> {
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
        if matches!(hw, "we" | "you") && !doc.in_quote(head) {
            return None;
        }
        return Some((head, end));
    }
    if sets.not_speaker.contains(hw) || hw.ends_with("ly") && !doc.cap(head) {
        return None;
    }
    let mut a = head;
    while a > s_start && head + 1 - a < MAX_NP {
        let t = a - 1;
        if !doc.is_word(t) {
            break;
        }
        let tw = doc.w(t);
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
                && matches!(
                    doc.w(t - 1),
                    "of" | "in" | "at" | "from" | "to" | "for" | "with" | "on"
                )
                && doc.is_word(t - 2)
                && !sets.not_speaker.contains(doc.w(t - 2))
            {
                a = t - 1;
                continue;
            }
            break;
        }
        if matches!(
            tw,
            "of" | "in" | "at" | "from" | "for" | "with" | "to" | "on"
        ) {
            // Only inside a phrase whose head is a role or a name: "officials in Moscow".
            let before = t.checked_sub(1).filter(|&b| b >= s_start);
            let joins = before.is_some_and(|b| {
                // "the pitch on Kickstarter": a common noun with its determiner just before.
                let determined = (b.saturating_sub(2).max(s_start)..b)
                    .any(|k| matches!(doc.w(k), "the" | "a" | "an"))
                    && !sets.not_speaker.contains(doc.w(b))
                    && lexicon::cue_verb(doc.w(b)).is_none();
                doc.is_word(b)
                    && (sets.roles.contains(doc.w(b))
                        || determined && tw != "to"
                        || sets.anonymous_heads.contains(doc.w(b))
                        || doc.cap(b)
                        || (tw == "to" && doc.w(b) == "close")
                        || (tw == "with" && doc.w(b) == "familiar"))
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
        if sets.not_speaker.contains(tw) || lexicon::cue_verb(tw).is_some() || tw.ends_with("ly") {
            break;
        }
        // A lower-case modifier ("state defense contractor Rostec", "close").
        a = t;
    }
    // Drop prepositions a phrase cannot start with.
    while a < head
        && matches!(
            doc.w(a),
            "of" | "in" | "at" | "from" | "for" | "with" | "to" | "on" | "and"
        )
    {
        a += 1;
    }
    Some((a, end))
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Scans right from `start` for a noun phrase (inverted order: `"…," said Peskov`).
fn np_right(doc: &Doc, start: usize, s_end: usize) -> Option<(usize, usize)> {
    let sets = lexicon::sets();
    let mut b = start;
    while b < s_end && b - start < MAX_NP && doc.is_word(b) && !doc.in_quote(b) {
        let w = doc.w(b);
        if b > start
            && matches!(
                w,
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "who"
                    | "that"
                    | "which"
                    | "about"
                    | "to"
                    | "from"
                    | "with"
                    | "of"
                    | "as"
                    | "for"
                    | "and"
            )
        {
            let prev = doc.w(b - 1);
            let keeps = (w == "of" || w == "and" || w == "for") && doc.cap(b + 1)
                || (w == "to" && prev == "close")
                || (w == "with" && prev == "familiar")
                || (matches!(w, "in" | "at" | "of" | "for" | "from")
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
        } else if b > start
            && matches!(
                w,
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
            )
        {
            // `said Republicans are engaged …`: a verb after the name starts a clause, so the
            // name was its subject, not the speaker.
            return None;
        }
        b += 1;
    }
    (b > start).then_some((start, b))
}

/// The sentence's subject at its start: a pronoun or a capitalised phrase.
fn sentence_subject(doc: &Doc, s_start: usize, limit: usize) -> Option<(usize, usize)> {
    let sets = lexicon::sets();
    let mut a = s_start;
    while a < limit && (doc.toks[a].is_quote() || matches!(doc.w(a), "but" | "and" | "so" | "yet"))
    {
        a += 1;
    }
    // "Speaking to reporters, he said …", "On Tuesday, Mr. McConnell …": the subject follows
    // an opening phrase.
    let opener = doc.w(a).ends_with("ing")
        || opens_phrase(doc.w(a))
        || lexicon::SUBORDINATORS.contains(&doc.w(a));
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
    // "The judge rubbed his chin, and then said …": a determiner alone opens a common noun,
    // which runs up to the first word that cannot be part of it.
    if b == a + 1 && sets.determiners.contains(doc.w(a)) {
        // "A spokeswoman for Janney": "of" or "for" before a name stays in.
        let of_name =
            |j: usize| matches!(doc.w(j), "of" | "for") && j + 1 < limit && doc.cap(j + 1);
        let end = (b..limit.min(b + 4))
            .find(|&j| !doc.is_word(j) || !(in_common_noun(doc.w(j)) || of_name(j)))
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

/// Whether a lower-case word can go on a common noun phrase after its determiner ("judge",
/// "real estate tycoon"): not a verb as far as these lists and endings tell, not a preposition,
/// adverb, conjunction, relative or another determiner.
fn in_common_noun(w: &str) -> bool {
    let sets = lexicon::sets();
    !(sets.determiners.contains(w)
        || sets.fillers.contains(w)
        || sets.auxiliaries.contains(w)
        || opens_phrase(w)
        || lexicon::RELATIVES.contains(&w)
        || lexicon::cue_verb(w).is_some()
        || matches!(w, "and" | "or" | "but")
        || w.ends_with("ed")
        || w.ends_with("ly"))
}

/// After a cue: skip its listener and adverbials; the token where content starts, if any.
fn post_start(doc: &Doc, mut p: usize, s_end: usize, verb: &CueVerb) -> Option<usize> {
    let sets = lexicon::sets();
    // "pointed out that", "referred to Rubio as": the particle belongs to the cue.
    // "warned of a recession", "talked about the economy": the phrase is what was said
    // (not after "say": "said of the deal" points at what a quotation was about).
    let about = matches!(doc.w(p), "about" | "of" | "against" | "for")
        && verb.lemma != "say"
        && !doc.in_quote(p);
    if matches!(doc.w(p), "out" | "up" | "off" | "back")
        || about
        || verb.learned
            && matches!(
                doc.w(p),
                "to" | "for"
                    | "about"
                    | "on"
                    | "against"
                    | "over"
                    | "into"
                    | "with"
                    | "at"
                    | "upon"
            )
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
            if matches!(doc.w(p), "the" | "a" | "an") && doc.cap(p + 1) {
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
        if matches!(
            w,
            "on" | "in" | "at" | "last" | "this" | "late" | "early" | "earlier"
        ) && is_time_word(doc.w(p + 1))
        {
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

fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "month"
            | "year"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "day"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "friday's"
            | "time"
            | "summer"
            | "spring"
            | "fall"
            | "winter"
    )
}

fn kind_of(doc: &Doc, parts: &[Span]) -> Kind {
    let mut any_quote = false;
    let mut all_quoted = true;
    for part in parts {
        let a = doc.toks.partition_point(|t| t.span.start < part.start);
        let b = doc.toks.partition_point(|t| t.span.start < part.end);
        for i in a..b {
            if doc.in_quote(i) {
                any_quote |= doc.is_word(i);
            } else if doc.is_word(i) {
                all_quoted = false;
            }
        }
    }
    match (any_quote, all_quoted) {
        (true, true) => Kind::Direct,
        (true, false) => Kind::Mixed,
        _ => Kind::Indirect,
    }
}

fn make(
    doc: &Doc,
    parts: Vec<Span>,
    cue: Option<Span>,
    verb: (&'static str, CueClass),
    source: Source,
    sentence: usize,
) -> Found {
    let kind = kind_of(doc, &parts);
    Found {
        parts,
        cue,
        lemma: verb.0,
        class: verb.1,
        source,
        sentence,
        kind,
        loose: false,
    }
}

fn verb_cue(
    doc: &Doc,
    si: usize,
    c: usize,
    verb: &'static CueVerb,
    same_sentence: &[Found],
    offset: usize,
    loose: &mut bool,
) -> Option<Found> {
    let sets = lexicon::sets();
    let (s_start, s_end) = s_of(doc, si);
    let w = doc.w(c);
    let prev = if c > s_start { doc.w(c - 1) } else { "" };
    // Nouns that look like verbs: "a report", "his claim", "the statement", "some reports";
    // after a quantifier a verb form is a verb ("Some say …", "Four said …").
    let quantifier = lexicon::QUANTIFIERS.contains(&prev);
    if sets.determiners.contains(prev) && (!quantifier || w.ends_with('s'))
        || prev.ends_with("'s")
        || prev.ends_with("’s")
    {
        return None;
    }
    // Passives ("was asked", "is expected") and infinitives ("declined to say") are not cues.
    let participle = w.ends_with("ed")
        || matches!(
            w,
            "told"
                | "said"
                | "written"
                | "known"
                | "thought"
                | "shown"
                | "found"
                | "held"
                | "understood"
        );
    // "The convention is expected to inject $200 million": an expectation no one is named for;
    // the whole clause is its content.
    let mut aux = c;
    while aux > s_start + 1 && matches!(doc.w(aux - 1), "widely" | "not" | "also" | "generally") {
        aux -= 1;
    }
    if w == "expected"
        && doc.w(c + 1) == "to"
        && aux > s_start + 1
        && matches!(
            doc.w(aux - 1),
            "is" | "are" | "was" | "were" | "isn't" | "isn’t"
        )
        && !doc.in_quote(c)
    {
        let start = (s_start..aux)
            .rev()
            .find(|&j| doc.punct(j, ',') || doc.toks[j].is_quote())
            .map_or(s_start, |j| j + 1);
        let end = content_end(doc, c + 1, s_end);
        return (word_count(doc, start, aux - 1) >= 1 && end > c + 2).then(|| {
            let parts = vec![doc.span(start, end)];
            make(
                doc,
                parts,
                Some(doc.span(c, c + 1)),
                (verb.lemma, verb.class),
                Source::None,
                si,
            )
        });
    }
    if participle
        && matches!(
            prev,
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        )
        && doc.w(c + 1) != "that"
    {
        return None;
    }
    if prev == "to" {
        return None;
    }
    // Title-case words mid-sentence are cues only in a headline ("Kremlin Says …").
    if doc.cap(c) && c > s_start && !is_headline(doc, s_start, s_end) {
        return None;
    }
    if lexicon::NOUN_LIKE_CUES.contains(&verb.lemma)
        && w.strip_prefix(verb.lemma)
            .is_some_and(|rest| matches!(rest, "" | "s" | "es"))
    {
        let next = doc.w(c + 1);
        let opens = next == "that" || doc.punct(c + 1, ':') || doc.is_open_quote(c + 1);
        let after_subject = matches!(
            prev,
            "i" | "we"
                | "they"
                | "you"
                | "he"
                | "she"
                | "it"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "do"
                | "did"
                | "does"
                | "not"
                | "also"
                | "still"
        ) || quantifier
            // `"…," Viguerie notes.`
            || doc.cap(c - 1) && (doc.punct(c + 1, '.') || doc.punct(c + 1, ','))
            // `"…," the editorial board writes.`
            || (doc.punct(c + 1, '.') || doc.punct(c + 1, ','))
                && np_left(doc, s_start, c).is_some_and(|(a, _)| a > s_start && doc.is_close_quote(a - 1))
            || prev.ends_with("n't")
            || prev.ends_with("n’t");
        // "The authorities claim our work …": a plural subject, then a clause.
        let clause_follows = matches!(
            next,
            "the"
                | "a"
                | "an"
                | "our"
                | "their"
                | "his"
                | "her"
                | "its"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "this"
                | "there"
        );
        let plural_subject = prev.ends_with('s')
            && doc.is_word(c - 1)
            && !lexicon::sets().not_speaker.contains(prev);
        let after_subject = after_subject || clause_follows && plural_subject;
        if !(opens || after_subject) {
            // "a poll shows Sanders leading", "records show he backed …": after a noun the
            // form is a verb more often than not; the filter weighs these looser proposals.
            let noun_before = doc.is_word(c - 1)
                && !sets.prepositions.contains(prev)
                && !sets.not_speaker.contains(prev);
            // … and before a phrase, not a relative or a conjunction ("newspaper reports,
            // which …", "the reports and …").
            let phrase_after = doc.is_word(c + 1)
                && !lexicon::RELATIVES.contains(&next)
                && !matches!(next, "and" | "or" | "but")
                && !sets.prepositions.contains(next);
            if !(noun_before && phrase_after) || lexicon::NOUNS_AFTER_NOUNS.contains(&verb.lemma) {
                return None;
            }
            *loose = true;
        }
    }
    let ing = w.ends_with("ing");
    let cue = doc.span(c, c + 1);
    // The index of this sentence's last statement so far, for "…, and he said" and gerunds.
    let last_here = same_sentence
        .last()
        .map(|_| offset + same_sentence.len() - 1);
    // "Asked whether he would run, Ban demurred": the question, its asker unnamed, or named
    // after "by" ("Asked by Matt Lauer whether …", "When asked by a reporter if …").
    let opens_sentence = c == s_start || c == s_start + 1 && doc.w(s_start) == "when";
    if w == "asked" && opens_sentence {
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
        return (word_count(doc, p, end) >= 2).then(|| {
            make(
                doc,
                vec![doc.span(p, end)],
                Some(cue),
                (verb.lemma, verb.class),
                asker,
                si,
            )
        });
    }
    let lemma = (verb.lemma, verb.class);

    // "cited a source as saying …", "quoted X as telling …".
    if ing && prev == "as" {
        let from = (s_start..c).rev().take(MAX_NP + 2).find(|&j| {
            matches!(
                doc.w(j),
                "cited" | "quoted" | "citing" | "quoting" | "cites" | "quotes"
            )
        });
        let source = match from {
            Some(j) if j + 1 < c - 1 => Source::Mention(j + 1, c - 1),
            _ => np_left(doc, s_start, c - 1).map_or(Source::None, |(a, b)| Source::Mention(a, b)),
        };
        let p = post_start(doc, c + 1, s_end, verb)?;
        let end = content_end(doc, p, s_end);
        return (word_count(doc, p, end) >= 2).then(|| {
            make(
                doc,
                vec![doc.span(p, end)],
                Some(doc.span(c - 1, c + 1)),
                lemma,
                source,
                si,
            )
        });
    }
    // ", adding that …": the speaker of the clause goes on.
    let after_comma = prev == "," || c >= 2 && doc.is_close_quote(c - 1) && doc.punct(c - 2, ',');
    // Any cue as a participle after a comma (", criticizing …") goes on with the clause's
    // speaker; the filter weighs the rarer ones.
    if ing && after_comma {
        let source = clause_speaker(doc, s_start, c, same_sentence.last().map(|_| offset));
        return participle_statement(doc, si, c, verb, source);
    }
    // "distinguished himself by saying …", "deflected questions before saying …": a gerund
    // after a preposition is the clause subject's own act.
    let mut b = c;
    while b > s_start + 1 && (doc.w(b - 1).ends_with("ly") || doc.w(b - 1) == "first") {
        b -= 1;
    }
    if ing
        && b > s_start
        && matches!(doc.w(b - 1), "by" | "before" | "after" | "while" | "upon")
        && !doc.in_quote(b - 1)
    {
        let source = clause_speaker(doc, s_start, b - 1, last_here);
        return participle_statement(doc, si, c, verb, source);
    }
    // "is backing Clinton", "was telling reporters": a progressive is a finite cue; other
    // participles ("the man speaking") are not.
    let progressive = matches!(prev, "is" | "are" | "was" | "were" | "am" | "been" | "be");
    if ing && !progressive {
        // "released a statement Sunday saying …", "a letter urging …": the participle reports
        // the clause's speaker; weaker evidence than after a comma, so a loose proposal.
        let after_word = c > s_start + 1
            && doc.is_word(c - 1)
            && !sets.prepositions.contains(prev)
            // "criticized Manafort for accusing …": a gerund, its subject the verb's object.
            && !matches!(prev, "for" | "to" | "by" | "of" | "without" | "than" | "like")
            && !lexicon::SUBORDINATORS.contains(&prev)
            // "you're defending …": a progressive this rule is not for.
            && prev.bytes().all(|b| b.is_ascii_alphabetic());
        // Only listed speech verbs: "saying", "urging", "calling"; "seeking", "holding",
        // "showing" after a noun are that noun's description far more often.
        if after_word && verb.is_listed_speech() && !doc.in_quote(c) {
            *loose = true;
            let source = clause_speaker(doc, s_start, c, same_sentence.last().map(|_| offset));
            return participle_statement(doc, si, c, verb, source);
        }
        return None;
    }

    // The subject: left of the cue past fillers and a short parenthetical (", however,").
    let mut l = c;
    let mut steps = 0;
    while l > s_start && steps < 4 {
        steps += 1;
        let lw = doc.w(l - 1);
        let negation = lw.ends_with("n't") || lw.ends_with("n’t");
        // "Rubio defiantly told": a manner adverb; "the family said" is a noun.
        let adverb = lw.len() > 5
            && lw.ends_with("ly")
            && !doc.cap(l - 1)
            && !lexicon::LY_NOUNS.contains(&lw);
        if sets.fillers.contains(lw) && !doc.cap(l - 1) || negation || adverb {
            l -= 1;
        } else if is_time_word(lw) && l >= s_start + 2 {
            // "Sanders on Saturday criticized", "Trump last week said": a time phrase.
            l -= 1;
            if matches!(
                doc.w(l - 1),
                "on" | "last" | "this" | "early" | "late" | "earlier" | "next"
            ) {
                l -= 1;
            }
        } else if doc.punct(l - 1, ')') {
            // "Sen. Ted Cruz (R-Texas) said": skip the bracket.
            match (l.saturating_sub(10).max(s_start)..l - 1)
                .rev()
                .find(|&j| doc.punct(j, '('))
            {
                Some(j) if j > s_start => l = j,
                _ => break,
            }
        } else if let Some(j) = quoted_aside(doc, s_start, l) {
            l = j;
        } else if doc.punct(l - 1, ',') && l >= s_start + 2 && doc.punct(l - 2, ')') {
            // "Sen. Jack Reed (D-R.I.), said": a stray comma after the bracket.
            l -= 1;
        } else if doc.punct(l - 1, ',') {
            // An aside between commas: ", however,", ", director of research at X,", ", who
            // has tapped into … in his presidential bid,".
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
            match open {
                // "Rep. Zoe Lofgren (D-Calif.), who …, said": the bracket is skipped next.
                Some(j)
                    if j > s_start
                        && doc.punct(j, ',')
                        && !clause_aside(doc, j + 1, l - 1)
                        && (doc.is_word(j - 1)
                            || doc.punct(j - 1, ')')
                            || doc.punct(j - 1, '.'))
                        && (l - j <= 14
                            || matches!(doc.w(j + 1), "who" | "whose" | "which")
                            || sets.determiners.contains(doc.w(j + 1))
                            || doc.cap(j - 1))
                        && (doc.punct(j - 1, ')') || np_left(doc, s_start, j).is_some()) =>
                {
                    l = j
                }
                _ => break,
            }
        } else if doc.punct(l - 1, '—') || doc.punct(l - 1, '–') || doc.punct(l - 1, '-') {
            // An aside between dashes: "Jason Sims — a teacher from Mount Pleasant — says".
            let dash = doc.w(l - 1).to_string();
            let open = (l.saturating_sub(20).max(s_start)..l - 1)
                .rev()
                .find(|&j| !doc.is_word(j) && !doc.punct(j, ','));
            match open {
                Some(j) if j > s_start && doc.w(j) == dash && doc.is_word(j - 1) => l = j,
                _ => break,
            }
        } else {
            break;
        }
    }
    let mut source = Source::None;
    let mut subject_start = l;
    if l > s_start && (doc.is_word(l - 1) || doc.punct(l - 1, '%')) {
        let lw = doc.w(l - 1);
        if lexicon::RELATIVES.contains(&lw) {
            // "an article on Sunday that said": the relative stands for the phrase before it.
            let mut e = l - 1;
            if e > s_start && doc.punct(e - 1, ',') {
                e -= 1;
            }
            // Skip a time or place phrase between: "an article on Sunday that said".
            let mut np = np_left(doc, s_start, e);
            if let Some((a, _)) = np {
                if a > s_start + 1
                    && matches!(
                        doc.w(a - 1),
                        "on" | "in" | "at" | "last" | "this" | "from" | "during"
                    )
                {
                    // "was from a young child, who said": no phrase before, keep this one.
                    np = np_left(doc, s_start, a - 1).or(np);
                }
            }
            if let Some((a, b)) = np {
                source = Source::Relative {
                    pronoun: l - 1,
                    a,
                    b,
                };
                subject_start = a;
            }
        } else if matches!(lw, "and" | "but") {
            source = clause_speaker(doc, s_start, l - 1, last_here);
            subject_start = l;
        } else if let Some((a, b)) = np_left(doc, s_start, l) {
            source = Source::Mention(a, b);
            subject_start = a;
        }
    }
    let inverted = source == Source::None;
    if inverted {
        // `"…," said Peskov.` / `…, said a person close to the ministry.`
        let before_ok = c > s_start
            && (doc.punct(c - 1, ',') || doc.is_close_quote(c - 1) || doc.toks[c - 1].is_quote());
        // Only speech verbs invert ("said Peskov"); "…, called the KKK" has its subject before.
        if !before_ok || verb.learned || verb.class != CueClass::Speech {
            return None;
        }
        let mut r = c + 1;
        while r < s_end && sets.adverbials.contains(doc.w(r)) && !doc.cap(r) {
            r += 1;
        }
        let (a, b) = np_right(doc, r, s_end)?;
        let mut end = c;
        while end > s_start && (doc.punct(end - 1, ',') && !doc.in_quote(end - 1)) {
            end -= 1;
        }
        if end <= s_start {
            return None;
        }
        let mut parts = vec![doc.span(s_start, end)];
        if let Some(more) = quote_after(doc, b, s_end) {
            parts.push(more);
        }
        if word_count(doc, s_start, end) < 2 {
            return None;
        }
        return Some(make(
            doc,
            parts,
            Some(cue),
            lemma,
            Source::Mention(a, b),
            si,
        ));
    }

    // Content after the cue, or before the subject.
    let post = post_start(doc, c + 1, s_end, verb).and_then(|p| {
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
        let clause = matches!(doc.w(p), "that" | "if" | "whether" | "how" | "what" | "why")
            || infinitive
            || doc.is_open_quote(p)
            || doc.punct(p - 1, ':')
            || doc.punct(p - 1, ',');
        // "the candidate said no": a bare answer is a content too.
        let answer = words == 1 && matches!(doc.w(p), "yes" | "no");
        // "endorsed Trump", "criticized him": a one-word object names who the act is about.
        // Not after a listed speech verb: "the people who wrote them" wrote documents.
        let one_object = words == 1
            && end == p + 1
            && (doc.cap(p) && !doc.in_quote(p)
                || !verb.is_listed_speech()
                    && matches!(doc.w(p), "him" | "her" | "them" | "it" | "me" | "us"));
        // "expressed concerns but has said …": the subject's next act, not the content.
        let conjunction = matches!(doc.w(p), "and" | "but" | "or") && !doc.in_quote(p);
        let ok = (words >= 2 || answer || one_object)
            && !question
            && !conjunction
            && (clause || !lexicon::CLAUSE_ONLY_CUES.contains(&verb.lemma));
        ok.then_some((p, end))
    });
    let mut pre_end = subject_start;
    while pre_end > s_start
        && (doc.punct(pre_end - 1, ',') || doc.punct(pre_end - 1, '—'))
        && !doc.in_quote(pre_end - 1)
    {
        pre_end -= 1;
    }
    let pre_words = word_count(doc, s_start, pre_end);
    // "newspaper reports, which Russian officials have already denied": the content is what
    // the relative pronoun stands for.
    let object_relative = subject_start > s_start + 1
        && matches!(doc.w(subject_start - 1), "which" | "that")
        && post.is_none_or(|(p, _)| doc.punct(p - 1, ','));
    if object_relative {
        let mut e = subject_start - 1;
        if doc.punct(e - 1, ',') {
            e -= 1;
        }
        if let Some((a, _)) = np_left(doc, s_start, e) {
            // The phrase and the clause that denies it: "newspaper reports, which Russian
            // officials have already denied".
            let parts = vec![doc.span(a, c + 1)];
            return Some(make(doc, parts, Some(cue), lemma, source, si));
        }
    }
    // "Asked if he was bullied, the candidate said …": the question is not what was said.
    let asked_first = matches!(doc.w(s_start), "asked" | "pressed")
        || doc.w(s_start) == "when" && doc.w(s_start + 1) == "asked";
    // ", Fiorina said, adding that …": the participle's clause is a statement of its own, not
    // this cue's content.
    let post_clause = post.filter(|&(p, _)| !(doc.punct(p - 1, ',') && doc.w(p).ends_with("ing")));
    // `"…," Peskov said.`: the quotation is the content when it opens the sentence; after
    // `On Fox News' "Sunday Morning Futures," Issa said the …` a clause after the cue is.
    let quote_before = pre_end > s_start
        && doc.is_close_quote(pre_end - 1)
        && (post_clause.is_none() || {
            let q = doc.quotes[doc.quote_of[pre_end - 1].unwrap_or(0) as usize];
            word_count(doc, s_start, q.open) <= 2
        });
    let comma_before = subject_start > s_start && (pre_end < subject_start || quote_before);
    // "Friday morning, as the parade rolled through, CNN reported …": an opening phrase of time,
    // place or manner is not what was said.
    let sw = doc.w(s_start);
    // "This week, …" opens with a time phrase; "This has been a concern, X said" is content.
    let time_determiner = matches!(sw, "this" | "last" | "late" | "early");
    let opens_with_phrase = (lexicon::sets().prepositions.contains(sw)
        && (!time_determiner || is_time_word(doc.w(s_start + 1))))
        || lexicon::SUBORDINATORS.contains(&sw)
        || is_time_word(sw)
        || sw.ends_with("ing");
    // "In all, the senator has raised $73 million, officials said", "Fundraising was
    // stagnant, he said": a finite verb after the opening word makes the whole a clause.
    let opening_phrase =
        asked_first || opens_with_phrase && !(s_start + 1..pre_end).any(|k| finite_verb(doc, k));
    if (quote_before && comma_before && post.is_none_or(|(p, _)| doc.w(p) != "that"))
        || (post_clause.is_none() && comma_before && pre_words >= 3 && !opening_phrase)
    {
        let mut parts = vec![doc.span(s_start, pre_end)];
        if let Some(more) = quote_after(doc, c + 1, s_end) {
            parts.push(more);
        } else if let Some((p, end)) = post {
            // `"Only you, Dinesh," she said, would use …`: the quoted subject's verb goes on.
            let modal = matches!(
                doc.w(p),
                "would"
                    | "will"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
            );
            if quote_before && p > c + 1 && doc.punct(p - 1, ',') && modal {
                parts.push(doc.span(p, end));
            }
        }
        return Some(make(doc, parts, Some(cue), lemma, source, si));
    }
    // `"… Trump!" US Senator Jeff Sessions said.`: the quotation ended the sentence before.
    let speech = verb.is_listed_speech() && !lexicon::CLAUSE_ONLY_CUES.contains(&verb.lemma);
    // `"…?" Clinton remarked, alluding to …`: a participle after a comma does not count as content.
    let post_is_aside = post.is_none_or(|(p, _)| {
        doc.punct(p - 1, ',') && (doc.w(p).ends_with("ing") || doc.w(p) == "when")
    });
    if speech && post_is_aside && pre_words == 0 && si > 0 {
        let prev = doc.sents[si - 1];
        let same_paragraph = prev.paragraph == doc.sents[si].paragraph;
        if same_paragraph && prev.end > prev.start && doc.is_close_quote(prev.end - 1) {
            let q = doc.quotes[doc.quote_of[prev.end - 1].unwrap_or(0) as usize];
            if q.open >= prev.start {
                let parts = vec![doc.span(q.open, q.close + 1)];
                return Some(make(doc, parts, Some(cue), lemma, source, si));
            }
        }
    }
    // `He said: ¶ "…"`: a cue that ends its paragraph with a colon introduces the quotation
    // that opens the next one.
    if post.is_none() && s_end >= 2 && doc.punct(s_end - 1, ':') && c + 4 >= s_end {
        if let Some(next) = doc.sents.get(si + 1) {
            if doc.is_open_quote(next.start) {
                let end = content_end(doc, next.start, next.end);
                if word_count(doc, next.start, end) >= 2 {
                    let parts = vec![doc.span(next.start, end)];
                    return Some(make(doc, parts, Some(cue), lemma, source, si));
                }
            }
        }
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
    let aside = comma_before && pre_words >= 3 && p > c + 1 && doc.punct(p - 1, ',');
    if aside && !doc.is_open_quote(p) && doc.w(p) != "that" {
        let parts = vec![doc.span(s_start, pre_end), doc.span(p, end)];
        return Some(make(doc, parts, Some(cue), lemma, source, si));
    }
    Some(make(
        doc,
        vec![doc.span(p, end)],
        Some(cue),
        lemma,
        source,
        si,
    ))
}

/// Who speaks in a clause with no subject of its own: the sentence's statement `earlier` if
/// there is one, else the sentence's subject before `limit`.
fn clause_speaker(doc: &Doc, s_start: usize, limit: usize, earlier: Option<usize>) -> Source {
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

/// `"…," he said, "…"`: a quotation after the attribution, later in the same sentence.
fn quote_after(doc: &Doc, from: usize, s_end: usize) -> Option<Span> {
    let q = (from..s_end.min(from + 8)).find(|&j| doc.is_open_quote(j))?;
    // Only a comma or colon (and time words) may stand between: `he said, "…"`, not
    // `he said after a brief "I'm sorry"`.
    let joined = q > from && (doc.punct(q - 1, ',') || doc.punct(q - 1, ':'));
    let only_time = (from..q.saturating_sub(1))
        .all(|j| doc.is_word(j) && lexicon::sets().adverbials.contains(doc.w(j)));
    if !(joined && only_time) {
        return None;
    }
    let end = content_end(doc, q, s_end);
    (end > q + 1).then(|| doc.span(q, end))
}

/// "Philip Bump: “Two weeks ago …”", "Trump: Cruz Has ‘To Come a Long Way’": a name, a colon,
/// and what they said, at the start of a sentence or headline.
fn colon_attribution(doc: &Doc, si: usize) -> Option<Found> {
    let (s_start, s_end) = s_of(doc, si);
    let colon = (s_start..(s_start + 7).min(s_end)).find(|&j| doc.punct(j, ':'))?;
    if colon == s_start || colon + 2 >= s_end {
        return None;
    }
    let sets = lexicon::sets();
    let name_like = (s_start..colon).all(|j| {
        doc.is_word(j)
            && (doc.cap(j) || matches!(doc.w(j), "and" | "of"))
            && !lexicon::COLON_LABELS.contains(&doc.w(j))
            && !sets.not_speaker.contains(doc.w(j))
    }) && doc.cap(s_start);
    // Times ("4:00 p.m.") and all-capital labels are not speakers.
    let glued = doc.toks[colon + 1].span.start == doc.toks[colon].span.end;
    if !name_like || glued {
        return None;
    }
    let end = content_end(doc, colon + 1, s_end);
    if word_count(doc, colon + 1, end) < 3 {
        return None;
    }
    let parts = vec![doc.span(colon + 1, end)];
    let cue = Some(doc.span(colon, colon + 1));
    Some(make(
        doc,
        parts,
        cue,
        (":", CueClass::Speech),
        Source::Mention(s_start, colon),
        si,
    ))
}

fn according_to(doc: &Doc, si: usize, i: usize) -> Option<Found> {
    let (s_start, s_end) = s_of(doc, si);
    let (a, b) = np_right(doc, i + 2, s_end)?;
    let cue = Some(doc.span(i, i + 2));
    let verb = ("according to", CueClass::Speech);
    let lead =
        (s_start..i).all(|j| !doc.is_word(j) || matches!(doc.w(j), "but" | "and" | "yet" | "so"));
    if lead {
        // "According to X, content."
        let p = if doc.punct(b, ',') { b + 1 } else { b };
        let end = content_end(doc, p, s_end);
        return (word_count(doc, p, end) >= 3).then(|| {
            make(
                doc,
                vec![doc.span(p, end)],
                cue,
                verb,
                Source::Mention(a, b),
                si,
            )
        });
    }
    let mut end = i;
    while end > s_start
        && (doc.punct(end - 1, ',') || doc.punct(end - 1, '—'))
        && !doc.in_quote(end - 1)
    {
        end -= 1;
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
        return Some(make(doc, parts, cue, verb, Source::Mention(a, b), si));
    }
    (word_count(doc, s_start, end) >= 3).then(|| {
        make(
            doc,
            vec![doc.span(s_start, end)],
            cue,
            verb,
            Source::Mention(a, b),
            si,
        )
    })
}

/// A sentence that is a quotation and has no cue of its own goes on from the last statement when
/// that is in the same paragraph or ended the paragraph before (the multi-paragraph convention).
fn continue_quotes(doc: &Doc, si: usize, out: &mut Vec<Found>, first_here: usize) {
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
