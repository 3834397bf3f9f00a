//! Claims, parties and disputes: which statements are about the same claim, which side each
//! speaker speaks for, and which statements dispute which.
//!
//! 1. Parties (`parties.rs`): speakers grouped into sides; `speaker.party` is rewritten.
//! 2. Signals (`signals.rs`): what each statement's own words and cue say (a denial cue, "not
//!    true", "didn't know where … got the idea", negation, agreement, pointers such as "the
//!    report" or "of Trump's statement", the parties it names).
//! 3. Targets (here): a statement with a signal disputes the statement of another party it points
//!    at, names, or restates (shared rare words, opposite words), best first. A party that has
//!    just disputed another keeps doing so while it goes on talking about that party ("thread");
//!    a quotation that goes on, or that follows the same speaker's denial, carries that denial.
//! 4. Claims (`claims.rs`): a statement, the statements reported inside it, its continuation and
//!    what it disputes share a claim; so do close restatements.
//!
//! Everything is bounded: targets are looked for among at most `WINDOW` statements either side,
//! so the pass is linear in the number of statements. [`link_doc`] reuses the finder's tokens;
//! [`link`] tokenises the text again.

#[path = "claims.rs"]
pub mod claims;
#[path = "interner.rs"]
pub mod interner;
#[path = "dispute_lexicon.rs"]
pub mod lexicon;
#[path = "parties.rs"]
pub mod parties;
#[path = "signals.rs"]
pub mod signals;
#[path = "words.rs"]
pub mod words;

use crate::attribution::Doc;
use crate::model::{Kind, Party, Stance, Statement};
use claims::FastMap;
use claims::{Bags, Groups};
use parties::{Parties, NOBODY};
use signals::Signals;
use words::Ctx;

/// Statements either side of a statement that may be what it disputes.
const WINDOW: usize = 60;
/// Statements back that a restatement of the same claim is looked for.
const RESTATE_WINDOW: usize = 30;
/// How many statements a party's dispute of another stays the default topic of what it says.
const THREAD: usize = 10;

/// Why a candidate is thought to be the statement disputed.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// 4-5 named author ("Trump's tweet"), 3 the press ("the report"), 1 any other pointer.
    pointer: f32,
    /// The content names the candidate's party.
    mention: bool,
    /// The speaker's previous sentence names the candidate's party.
    context: bool,
    /// Summed rarity of shared words (about how many rare words are shared).
    overlap: f32,
    /// That overlap as a share of the smaller statement's words.
    share: f32,
    /// Opposite words ("still" against "removed", "awake" against "asleep").
    opposed: bool,
    /// The candidate is what this party was just disputing.
    thread: bool,
    score: f32,
}

/// Whether `a` has a word whose opposite `b` has, without having that word itself.
fn opposed(cx: &Ctx, a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|w| {
        let o = cx.opposite(*w);
        o != words::NONE && b.contains(&o) && !b.contains(w)
    })
}

/// Fills `claim`, `stance` and `disputes` of each statement and returns the article's parties.
/// Statements must be in text order with `id` equal to their index (as `analyze` makes them).
/// Running it again on its own output gives the same result.
pub fn link(text: &str, statements: &mut [Statement]) -> Vec<Party> {
    link_doc(&Doc::new(text), statements)
}

/// [`link`] on the tokens the statement finder already made: `analyze` should call this with its
/// `Doc`, so that the text is tokenised once (re-tokenising is about a third of this pass).
pub fn link_doc(doc: &Doc, statements: &mut [Statement]) -> Vec<Party> {
    decide(doc, statements, false).parties
}

/// Why each statement disputes what it disputes, in words ("denial cue; names Trump"), or ""
/// when it asserts. Runs [`link`] on a copy; for the readable report and for debugging rules.
pub fn reasons(text: &str, statements: &[Statement]) -> Vec<String> {
    let mut copy = statements.to_vec();
    decide(&Doc::new(text), &mut copy, true).why
}

struct Decided {
    parties: Vec<Party>,
    why: Vec<String>,
}

/// The pass itself; `explain` also words the reasons (the report wants them, `link` does not).
fn decide(doc: &Doc, statements: &mut [Statement], explain: bool) -> Decided {
    let n = statements.len();
    for st in statements.iter_mut() {
        st.claim = st.id;
        st.stance = Stance::Asserts;
        st.disputes.clear();
    }
    if n == 0 {
        return Decided {
            parties: Vec::new(),
            why: Vec::new(),
        };
    }
    let mut cx = Ctx::new(doc, statements.iter().map(|st| st.content));
    let parties = Parties::assign(statements);
    cx.name_parties(|w| parties.named_by(w));
    let party = &parties.of;
    let words: Vec<&[u32]> = (0..n).map(|i| cx.content_words(i)).collect();
    let bags = Bags::new(
        words
            .iter()
            .map(|ws| ws.iter().map(|&w| cx.stem(w)).filter(|&s| s != words::NONE)),
        cx.stem_count(),
    );
    let sig: Vec<Signals> = statements
        .iter()
        .enumerate()
        .map(|(i, st)| signals::read(&cx, cx.content(i), st, words[i], &parties))
        .collect();

    // Paragraph of each statement (where its content starts).
    let paragraph: Vec<usize> = (0..n)
        .map(|i| signals::sentence_of(doc, cx.content(i).0).map_or(0, |si| doc.sents[si].paragraph))
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

    // How likely a statement is to be what someone disputes, by its cue: a claim ("claimed",
    // "alleged") more, an insult or a question ("called her disgusting", "asked") less.
    let kind_of_claim: Vec<f32> = statements
        .iter()
        .zip(&sig)
        .map(|(st, s)| {
            let lemma = st.cue_lemma.as_str();
            if s.question || s.criticises {
                -0.5
            } else if lexicon::CLAIMING_CUES.contains(&lemma) {
                0.5
            } else {
                0.0
            }
        })
        .collect();

    let mut targets: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut disputing = vec![false; n];
    let mut why: Vec<String> = vec![String::new(); n];
    let mut thread: FastMap<usize, (usize, usize)> =
        FastMap::with_capacity_and_hasher(parties.names.len(), Default::default());
    // Per statement, reused: the parties it names, those its speaker named just before, and
    // its pointers' stems.
    let (mut named, mut context) = (Vec::new(), Vec::new());
    let mut pointer_stems: Vec<Option<u32>> = Vec::new();
    for i in 0..n {
        let p = party[i];
        if p == NOBODY {
            continue;
        }
        if continues[i] {
            targets[i] = targets[i - 1].clone();
            disputing[i] = disputing[i - 1];
            if disputing[i] {
                why[i] = "goes on from the statement before".to_string();
            }
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
        if s.agrees || s.decision {
            continue;
        }
        // "Nervo rejected that argument in a ruling. 'Were the court to …,' he wrote": a
        // quotation right after the same speaker's denial is that denial in their own words.
        if i > 0
            && statements[i].kind == Kind::Direct
            && statements[i].speaker.name == statements[i - 1].speaker.name
            && party[i - 1] == p
            && paragraph[i] <= paragraph[i - 1] + 1
            && !targets[i - 1].is_empty()
            && !s.question
        {
            targets[i] = targets[i - 1].clone();
            disputing[i] = true;
            why[i] = "quotes the denial just before".to_string();
            thread.insert(p, (targets[i][0], i));
            continue;
        }
        let strong = s.deny_cue || s.frame_denial || s.refute_strong;
        let medium = (s.not_know || s.refute_weak) && !s.question;
        let weak = (s.negated || s.contrast) && !s.question;
        if s.criticises && !strong && !medium {
            continue;
        }
        let th = thread
            .get(&p)
            .filter(|&&(_, last)| i - last <= THREAD)
            .map(|&(t, _)| t);
        // Nothing to look for: no signal, no thread to go on with, no opposite word.
        let opposite_word = || words[i].iter().any(|&w| cx.is(w, words::OPPOSABLE));
        if !strong && !medium && !weak && th.is_none() && !opposite_word() {
            continue;
        }
        // Parties the statement names or points at: when one of them has spoken, the target is
        // theirs ("Trump had got the idea …" is about Trump, whatever else shares its words).
        named.clear();
        named.extend(
            s.mentions
                .iter()
                .copied()
                .chain(s.pointers.iter().filter_map(|ptr| ptr.owner))
                .filter(|&q| q != p),
        );
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW).min(n);
        // "Palmieri criticized Manafort for accusing the campaign. 'Nice try, not true,' she
        // said": whom the speaker's sentence just before named is whom a bare denial answers.
        context.clear();
        if i > 0
            && party[i - 1] == p
            && statements[i - 1].speaker.name == statements[i].speaker.name
            && paragraph[i] <= paragraph[i - 1] + 1
        {
            context.extend(sig[i - 1].mentions.iter().copied().filter(|&q| q != p));
        }
        let general_pointer = s.pointers.iter().any(|ptr| ptr.owner.is_none());
        let named_spoke = !general_pointer && (lo..hi).any(|j| j != i && named.contains(&party[j]));

        // Each pointer's stem among the content words' (looked up once, not per candidate).
        pointer_stems.clear();
        pointer_stems.extend(s.pointers.iter().map(|ptr| cx.stem_id(&ptr.stem)));

        // The best candidate among other parties' statements nearby.
        let mut best: Option<(usize, Evidence)> = None;
        for j in lo..hi {
            let q = party[j];
            if j == i || q == NOBODY || q == p || rep[j] != j || targets[j].contains(&i) {
                continue;
            }
            if named_spoke && !named.contains(&q) {
                continue;
            }
            // Not the statement this one is reported in, nor one over the same words.
            let (ci, cj) = (statements[i].content, statements[j].content);
            let common = ci.end.min(cj.end).saturating_sub(ci.start.max(cj.start));
            if cj.contains(ci) || 2 * common > ci.len().min(cj.len()) {
                continue;
            }
            let mut e = Evidence::default();
            for (ptr, stem) in s.pointers.iter().zip(&pointer_stems) {
                let noun = ptr.stem.as_str();
                let v = match ptr.owner {
                    Some(o) if o == q => {
                        4.0 + f32::from(u8::from(noun == claims::stem(&statements[j].cue_lemma)))
                    }
                    Some(_) => 0.0,
                    // "those reports" and a statement about "published reports" (not one that
                    // itself points at "the report").
                    None if j < i
                        && stem.is_some_and(|s| bags.has_stem(j, s))
                        && !sig[j].pointers.iter().any(|o| o.stem == noun) =>
                    {
                        3.5
                    }
                    None if ptr.press && parties.press[q] => 3.5,
                    None if !ptr.press => 1.0,
                    None => 0.0,
                };
                e.pointer = e.pointer.max(v);
            }
            e.mention = s.mentions.contains(&q);
            e.context = !e.mention && context.contains(&q);
            (e.overlap, e.share) = bags.overlap_share(i, j);
            // Opposite words only say something about a statement that makes no denial of its
            // own (a denial restates what it denies), against an earlier plain assertion.
            e.opposed = !strong
                && !medium
                && !s.negated
                && !s.question
                && j < i
                && !disputing[j]
                && !sig[j].negated
                && e.overlap > 0.0
                && opposed(&cx, words[i], words[j]);
            e.thread = th == Some(j);
            // What comes later in the text is disputed only when named or pointed at: replies
            // follow claims, except in headlines and leads that name whom they answer.
            let restates = s.negated && e.overlap >= 1.5 && e.share >= 0.5;
            if j > i && e.pointer < 3.0 && !e.mention && !restates {
                continue;
            }
            e.score = e.pointer
                + if e.mention { 2.0 } else { 0.0 }
                + if e.context { 1.5 } else { 0.0 }
                + e.overlap.min(3.0)
                + 2.0 * e.share
                + kind_of_claim[j]
                + if e.opposed { 2.0 } else { 0.0 }
                + if e.thread { 1.5 } else { 0.0 }
                - 0.02 * (i.abs_diff(j) as f32)
                - if j > i { 0.5 } else { 0.0 };
            if best.is_none_or(|(_, b)| e.score > b.score) {
                best = Some((j, e));
            }
        }

        let accept = best.is_some_and(|(j, e)| {
            if strong {
                // Sharing one word is not enough to say what a denial answers.
                e.pointer > 0.0 || e.mention || e.context || e.overlap >= 1.5 || e.thread
            } else if medium {
                // "wrong", "lying" name whom they answer and share what it was about, or go on.
                e.pointer > 0.0 || (e.mention && e.overlap > 0.3) || e.overlap >= 1.5 || e.thread
            } else if weak {
                e.pointer >= 3.0
                    || (e.mention && e.thread)
                    || (s.negated && e.overlap >= 2.0 && e.share >= 0.4)
            } else {
                // No word of its own: only as the subject of a thread ("Trump had apparently got
                // his information from newspaper reports") or with opposite words.
                (e.thread && s.subject == Some(party[j])) || (e.opposed && e.overlap >= 0.5)
            }
        });
        disputing[i] = accept || strong;
        if accept {
            let (j, _) = best.unwrap();
            targets[i].push(j);
            thread.insert(p, (j, i));
        }
        if !explain || !disputing[i] {
            continue;
        }
        let mut because: Vec<String> = Vec::new();
        for (on, what) in [
            (s.deny_cue, "denial cue"),
            (s.frame_denial, "\", contradicting …\""),
            (s.refute_strong, "refuting words"),
            (s.not_know && medium, "\"didn't know …\""),
            (s.refute_weak && medium, "rejecting words"),
            (s.negated && weak, "negation"),
            (s.contrast && weak, "contrast"),
        ] {
            if on {
                because.push(what.to_string());
            }
        }
        if accept {
            let (j, e) = best.unwrap();
            for (on, what) in [
                (e.pointer >= 3.0, "points at it".to_string()),
                (
                    e.pointer > 0.0 && e.pointer < 3.0,
                    "points back".to_string(),
                ),
                (e.mention, format!("names {}", parties.names[party[j]])),
                (
                    e.context,
                    format!("{} named just before", parties.names[party[j]]),
                ),
                (e.overlap >= 1.0, format!("shares words ({:.1})", e.overlap)),
                (e.opposed, "opposite words".to_string()),
                (e.thread, "goes on disputing it".to_string()),
            ] {
                if on {
                    because.push(what);
                }
            }
        }
        why[i] = because.join("; ");
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
        if party[i] == NOBODY || disputing[i] {
            continue;
        }
        for j in i.saturating_sub(RESTATE_WINDOW)..i {
            if party[j] == NOBODY || disputing[j] {
                continue;
            }
            let need = if party[i] == party[j] { 2.0 } else { 3.0 };
            // The overlap is at most the smaller bag's summed rarity: no need to work it out
            // when that is short of what is needed.
            if bags.total(i).min(bags.total(j)) < need {
                continue;
            }
            let (overlap, share) = bags.overlap_share(i, j);
            if overlap >= need && share >= 0.5 {
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
    Decided {
        parties: parties.into_model(statements),
        why,
    }
}
