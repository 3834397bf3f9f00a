//! A speech or belief verb ("said", "denied", "believes", a learned "endorsed"): the guard that
//! tells a verb from a noun or a passive, the forms with a fixed shape ("asked whether …", "as
//! saying …", participles), the subject left of the cue or the inverted one after it, and the
//! content after the cue or before the subject.

use super::clauses::{content_end, finite_verb, is_time_word, s_of, word_count};
use super::phrases::{np_left, np_right, sentence_subject, MAX_NP};
use super::{make, Doc, Found, Source};
use crate::doc::is_headline;
use crate::lexicon::{self, CueClass, CueVerb};
use crate::model::Span;
use crate::tokens::Tok;

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

pub(super) fn verb_cue(
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
