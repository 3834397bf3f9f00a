//! Claims, parties and disputes: which statements are about the same claim, which side each
//! speaker speaks for, and which statements dispute which.
//!
//! 1. Parties (`parties.rs`): speakers grouped into sides; `speaker.party` is rewritten.
//! 2. Signals (`signals.rs`): what each statement's own words and cue say (a denial cue, "not
//!    true", "didn't know where … got the idea", negation, agreement, pointers such as "the
//!    report" or "of Trump's statement", the parties it names).
//! 3. Targets (here): a statement with a signal disputes the statement of another party it points
//!    at, names, or restates (shared rare words, opposite words), best first. A party that has
//!    just disputed another keeps doing so while it goes on talking about that party ("thread").
//! 4. Claims (`claims.rs`): a statement, the statements reported inside it, its continuation and
//!    what it disputes share a claim; so do close restatements.
//!
//! Everything is bounded: targets are looked for among at most `WINDOW` statements either side,
//! so the pass is linear in the number of statements.

#[path = "claims.rs"]
pub mod claims;
#[path = "dispute_lexicon.rs"]
pub mod lexicon;
#[path = "parties.rs"]
pub mod parties;
#[path = "signals.rs"]
pub mod signals;

use crate::attribution::Doc;
use crate::model::{Party, Stance, Statement};
use claims::{Bags, Groups};
use parties::{Parties, NOBODY};
use signals::Signals;
use std::collections::HashMap;

/// Statements either side of a statement that may be what it disputes.
const WINDOW: usize = 60;
/// How many statements a party's dispute of another stays the default topic of what it says.
const THREAD: usize = 10;

/// Why a candidate is thought to be the statement disputed.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// 4-5 named author ("Trump's tweet"), 3 the press ("the report"), 1 any other pointer.
    pointer: f32,
    /// The content names the candidate's party.
    mention: bool,
    /// Summed rarity of shared words.
    overlap: f32,
    /// Opposite words ("still" against "removed", "awake" against "asleep").
    opposed: bool,
    /// The candidate is what this party was just disputing.
    thread: bool,
    score: f32,
}

fn content_words(doc: &Doc, st: &Statement) -> Vec<String> {
    let (a, b) = signals::tokens_in(doc, st.content);
    (a..b)
        .map(|k| signals::word(doc, k))
        .filter(|w| !w.is_empty())
        .collect()
}

fn opposed(a: &[String], b: &[String]) -> bool {
    a.iter().any(|w| {
        lexicon::opposite_of(w).is_some_and(|o| b.iter().any(|x| x == o))
            && !b.iter().any(|x| x == w)
    })
}

/// Fills `claim`, `stance` and `disputes` of each statement and returns the article's parties.
/// Statements must be in text order with `id` equal to their index (as `analyze` makes them).
/// Running it again on its own output gives the same result.
pub fn link(text: &str, statements: &mut [Statement]) -> Vec<Party> {
    let n = statements.len();
    for st in statements.iter_mut() {
        st.claim = st.id;
        st.stance = Stance::Asserts;
        st.disputes.clear();
    }
    if n == 0 {
        return Vec::new();
    }
    let doc = Doc::new(text);
    let parties = Parties::assign(statements);
    let party = &parties.of;
    let words: Vec<Vec<String>> = statements
        .iter()
        .map(|st| content_words(&doc, st))
        .collect();
    let bags = Bags::new(&words);
    let sig: Vec<Signals> = statements
        .iter()
        .zip(&words)
        .map(|(st, w)| signals::read(&doc, st, w, &parties))
        .collect();

    // The outermost statement whose content holds this one's ("Trump tweeted that Russia had told
    // the US it had removed …": Russia's statement is reported inside Trump's).
    let mut host: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let c = statements[i].content;
        let lo = i.saturating_sub(WINDOW);
        host[i] = (lo..i)
            .chain(i + 1..(i + 4).min(n))
            .filter(|&j| {
                let d = statements[j].content;
                d.contains(c) && d != c
            })
            .min_by_key(|&j| statements[j].content.start);
        // A content that is only a pointer ("newspaper reports, which officials denied") is not
        // reported speech inside its host but what the statement is about.
        if words[i].len() <= 4 && !sig[i].pointers.is_empty() {
            host[i] = None;
        }
    }
    // A quotation that goes on with no cue of its own, by the same speaker as the one before.
    let continues: Vec<bool> = (0..n)
        .map(|i| {
            i > 0
                && statements[i].cue.is_none()
                && statements[i].speaker.name == statements[i - 1].speaker.name
                && party[i] == party[i - 1]
        })
        .collect();
    // Which statement stands for a candidate target: a continuation's head, a statement reported
    // inside another by the same party, else itself.
    let mut rep: Vec<usize> = (0..n).collect();
    for i in 0..n {
        if continues[i] {
            rep[i] = rep[i - 1];
        } else if let Some(h) = host[i] {
            if party[h] == party[i] && h < i {
                rep[i] = rep[h];
            }
        }
    }

    let mut targets: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut disputing = vec![false; n];
    let mut thread: HashMap<usize, (usize, usize)> = HashMap::new();
    for i in 0..n {
        let p = party[i];
        if p == NOBODY {
            continue;
        }
        if continues[i] {
            targets[i] = targets[i - 1].clone();
            disputing[i] = disputing[i - 1];
            if let Some(&t) = targets[i].first() {
                thread.insert(p, (t, i));
            }
            continue;
        }
        // Reported inside another statement: its host carries the stance.
        if host[i].is_some() {
            continue;
        }
        let s = &sig[i];
        if s.agrees {
            continue;
        }
        let strong = s.deny_cue || s.frame_denial || s.refute_strong;
        let medium = s.not_know || s.refute_weak;
        let weak = s.negated || s.contrast;
        if s.criticises && !strong && !medium {
            continue;
        }
        let th = thread
            .get(&p)
            .filter(|&&(_, last)| i - last <= THREAD)
            .map(|&(t, _)| t);

        // The best candidate among other parties' statements nearby.
        let mut best: Option<(usize, Evidence)> = None;
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW).min(n);
        for j in lo..hi {
            let q = party[j];
            if j == i || q == NOBODY || q == p || rep[j] != j {
                continue;
            }
            // Not the statement this one is reported in.
            if statements[j].content.contains(statements[i].content) {
                continue;
            }
            let mut e = Evidence::default();
            for ptr in &s.pointers {
                let v = match ptr.owner {
                    Some(o) if o == q => {
                        let cue = claims::stem(&statements[j].cue_lemma);
                        4.0 + f32::from(u8::from(claims::stem(&ptr.noun) == cue))
                    }
                    Some(_) => 0.0,
                    None if ptr.press && parties.press[q] => 3.0,
                    None if !ptr.press => 1.0,
                    None => 0.0,
                };
                e.pointer = e.pointer.max(v);
            }
            e.mention = s.mentions.contains(&q);
            e.overlap = bags.overlap(i, j).min(4.0);
            // Opposite words only say something about a statement that makes no denial of its
            // own (a denial restates what it denies), against an earlier plain assertion.
            e.opposed = !strong
                && !medium
                && !s.negated
                && j < i
                && !disputing[j]
                && !sig[j].negated
                && (e.overlap > 0.0 || e.mention)
                && opposed(&words[i], &words[j]);
            e.thread = th == Some(j);
            e.score = e.pointer
                + if e.mention { 2.0 } else { 0.0 }
                + e.overlap
                + if e.opposed { 2.0 } else { 0.0 }
                + if e.thread { 2.0 } else { 0.0 }
                - 0.02 * (i.abs_diff(j) as f32)
                - if j > i { 0.5 } else { 0.0 };
            if best.is_none_or(|(_, b)| e.score > b.score) {
                best = Some((j, e));
            }
        }

        let accept = best.is_some_and(|(_, e)| {
            let pointed = e.pointer >= 3.0;
            if strong {
                e.pointer > 0.0 || e.mention || e.overlap >= 1.0 || e.thread
            } else if medium {
                e.pointer > 0.0 || e.mention || e.overlap >= 1.5 || e.thread || e.opposed
            } else if weak {
                pointed
                    || (e.mention && (e.thread || e.overlap >= 1.0))
                    || e.overlap >= 2.5
                    || (e.opposed && e.overlap >= 1.0)
            } else {
                (e.thread && e.mention) || (e.opposed && e.overlap >= 1.5)
            }
        });
        if accept {
            let (j, _) = best.unwrap();
            targets[i].push(j);
            thread.insert(p, (j, i));
        }
        disputing[i] = accept || strong;
    }

    // Claims: a statement with what is reported inside it, its continuation, what it disputes,
    // and close restatements nearby.
    let mut groups = Groups::new(n);
    for i in 0..n {
        if let Some(h) = host[i] {
            groups.join(i, h);
        }
        if continues[i] {
            groups.join(i, i - 1);
        }
        if let Some(&t) = targets[i].first() {
            groups.join(i, t);
        }
        for j in i.saturating_sub(WINDOW)..i {
            if party[i] == NOBODY || party[j] == NOBODY {
                continue;
            }
            let need = if party[i] == party[j] { 2.5 } else { 3.5 };
            let small = bags.size(i).min(bags.size(j));
            if small > 0 && bags.overlap(i, j) >= need && !disputing[i] && !disputing[j] {
                groups.join(i, j);
            }
        }
    }

    for i in 0..n {
        let root = groups.find(i);
        statements[i].claim = statements[root].id;
        statements[i].stance = if disputing[i] {
            Stance::Disputes
        } else {
            Stance::Asserts
        };
        let ids: Vec<usize> = targets[i].iter().map(|&j| statements[j].id).collect();
        statements[i].disputes = ids;
    }
    parties.to_model(statements)
}
