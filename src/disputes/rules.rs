//! The hand-written decision list the dispute pass started with, kept as evidence for the learned
//! steps (`model.rs`): where it links a statement, and to which candidate, are features.
//! A statement with a signal (a denial cue, "not true", negation …) disputes the statement of
//! another party it points at, names, or restates (shared rare words, opposite words), best
//! first; a party that has just disputed another keeps doing so while it goes on ("thread").

use super::words;
use super::{opposed, Follow, Pass, WINDOW};
use crate::hash::HashMap as FastMap;

/// How many statements a party's dispute of another stays the default topic of what it says.
const THREAD: usize = 10;

/// Why a candidate is thought to be the statement disputed.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// 4-5 named author ("Trump's tweet"), 3 the press ("the report"), 1 any other pointer.
    pointer: f32,
    /// Which of the statement's pointers that is.
    noun: Option<usize>,
    mention: bool,
    context: bool,
    overlap: f32,
    share: f32,
    opposed: bool,
    thread: bool,
    /// The statement's refutation opens with "It's"/"That is" and this is what it follows.
    just_before: bool,
    score: f32,
}

/// What the decision list decided: each statement's targets, whether it disputes (a strong
/// signal disputes even with no target found), and why, in a reader's words.
pub(super) struct Decision {
    pub targets: Vec<Vec<usize>>,
    pub disputing: Vec<bool>,
    pub why: Vec<String>,
    /// With tracing: per statement the signals, the best candidates with their evidence, and
    /// the decision, for `whosaid analyze --explain`.
    pub trace: Vec<String>,
    /// Per statement linked here (not by following another): its signal strength and every
    /// candidate's evidence, so that the reason can be told again for another target.
    pub support: Vec<Option<Support>>,
}

/// What a linked statement's reason is made from.
#[derive(Debug, Clone)]
pub(super) struct Support {
    signal: Signal,
    evidence: Vec<(usize, Evidence)>,
}

impl Support {
    /// A strong signal of its own (a denial cue, "not true"): it disputes even with no target.
    pub fn strong(&self) -> bool {
        self.signal.strong
    }

    /// A denial that names whose statement it answers, and `j` is that statement ("Kremlin
    /// denies … contradicting Trump's tweet"): sharper than any learned weight.
    pub fn denies_named(&self, j: usize) -> bool {
        self.signal.strong
            && self
                .evidence
                .iter()
                .any(|&(k, e)| k == j && e.pointer >= NAMED_AUTHOR)
    }
}

/// The pointer evidence of a named author ("Trump's tweet", `Evidence::pointer`; one more when
/// the pointer's noun is the statement's cue, "Trump's tweet" for "tweeted").
const NAMED_AUTHOR: f32 = 4.0;

/// Why statement `i` disputes `j` when `j` is chosen by the learned ranking rather than by the
/// list (None: no target, its own words alone): the same words as [`because`], with `j`'s
/// evidence when the list weighed it.
pub(super) fn reason(pass: &Pass, i: usize, support: &Support, j: Option<usize>) -> String {
    let e = j.and_then(|j| support.evidence.iter().find(|&&(k, _)| k == j).copied());
    because(pass, i, support.signal, e)
}

/// The decision list over the whole article; `trace` also writes down how each statement with a
/// signal was decided.
pub(super) fn decide(pass: &Pass, trace: bool) -> Decision {
    let statements = pass.statements;
    let n = statements.len();
    let party = &pass.parties.of;
    let parties = pass.parties;
    let (sig, words, bags, cx) = (&pass.sig, &pass.words, &pass.bags, pass.cx);
    let kind_of_claim = kind_of_claim(pass);
    let mut targets: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut disputing = vec![false; n];
    let mut why: Vec<String> = vec![String::new(); n];
    let mut traces: Vec<String> = vec![String::new(); if trace { n } else { 0 }];
    let mut support: Vec<Option<Support>> = vec![None; n];
    let mut considered: Vec<(usize, Evidence)> = Vec::new();
    let mut thread: FastMap<usize, (usize, usize)> =
        FastMap::with_capacity_and_hasher(parties.names.len(), Default::default());
    // Per statement, reused: the parties it names, those its speaker named just before, and
    // its pointers' stems.
    let (mut named, mut context) = (Vec::new(), Vec::new());
    let mut pointer_stems: Vec<Option<u32>> = Vec::new();
    for i in 0..n {
        let p = party[i];
        match pass.follow[i] {
            Follow::Never => continue,
            Follow::Aside(j) => {
                targets[i].push(j);
                disputing[i] = true;
                why[i] = because(pass, i, Signal::default(), None);
                thread.insert(p, (j, i));
                continue;
            }
            Follow::Continues => {
                targets[i] = targets[i - 1].clone();
                disputing[i] = disputing[i - 1];
                if disputing[i] {
                    why[i] = why[i - 1].clone();
                }
                if let Some(&t) = targets[i].first() {
                    thread.insert(p, (t, i));
                }
                continue;
            }
            Follow::Quotes | Follow::Own => {}
        }
        let s = &sig[i];
        if s.agrees || s.decision {
            continue;
        }
        if pass.follow[i] == Follow::Quotes && !targets[i - 1].is_empty() {
            targets[i] = targets[i - 1].clone();
            disputing[i] = true;
            why[i] = format!("goes on from a denial just before: {}", why[i - 1]);
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
        pass.named_by(i, &mut named);
        pass.context_of(i, &mut context);
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW).min(n);
        let general_pointer = s.pointers.iter().any(|ptr| ptr.owner.is_none());
        let named_spoke = !general_pointer && (lo..hi).any(|j| j != i && named.contains(&party[j]));

        // Each pointer's stem among the content words' (looked up once, not per candidate).
        pointer_stems.clear();
        pointer_stems.extend(s.pointers.iter().map(|ptr| cx.stem_id(&ptr.stem)));

        considered.clear();
        // The best candidate among other parties' statements nearby.
        let mut best: Option<(usize, Evidence)> = None;
        for j in lo..hi {
            let q = party[j];
            if !pass.may_answer(i, j, &targets) || (named_spoke && !named.contains(&q)) {
                continue;
            }
            let mut e = Evidence::default();
            (e.pointer, e.noun) = pointer_evidence(pass, i, j, &pointer_stems);
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
                && opposed(cx, words[i], words[j]);
            e.thread = th == Some(j);
            e.just_before = s.answers_before && (strong || medium) && follows(pass, i, j);
            if j > i && !reaches_forward(pass, i, j, &e) {
                continue;
            }
            e.score = e.weigh(i, j, kind_of_claim[j]);
            if best.is_none_or(|(_, b)| e.score > b.score) {
                best = Some((j, e));
            }
            considered.push((j, e));
        }

        let signal = Signal {
            strong,
            medium,
            weak,
        };
        let accept = best.is_some_and(|(j, e)| accepts(pass, i, j, &e, signal));
        disputing[i] = accept || strong;
        let chosen = best.filter(|_| accept);
        if let Some((j, _)) = chosen {
            targets[i].push(j);
            thread.insert(p, (j, i));
            support[i] = Some(Support {
                signal,
                evidence: considered.clone(),
            });
        }
        if disputing[i] {
            why[i] = because(pass, i, signal, chosen);
        }
        if trace {
            let level = signal.describe();
            traces[i] = explain(pass, i, level, th, &mut considered, chosen.map(|(j, _)| j));
        }
    }
    Decision {
        targets,
        disputing,
        why,
        trace: traces,
        support,
    }
}

impl Evidence {
    /// The candidate's score: the better the evidence, the nearer, and the more a claim its cue
    /// (`kind_of_claim`), the higher.
    fn weigh(&self, i: usize, j: usize, kind_of_claim: f32) -> f32 {
        let e = self;
        e.pointer
            + if e.mention { 2.0 } else { 0.0 }
            + if e.context { 1.5 } else { 0.0 }
            + e.overlap.min(3.0)
            + 2.0 * e.share
            + kind_of_claim
            + if e.opposed { 2.0 } else { 0.0 }
            + if e.thread { 1.5 } else { 0.0 }
            + if e.just_before { 2.5 } else { 0.0 }
            - 0.02 * (i.abs_diff(j) as f32)
            - if j > i { 0.5 } else { 0.0 }
    }
}

/// Whether statement `i` may dispute `j`, which comes after it. Replies follow claims: what comes
/// later is disputed only from the headline and its dek, which announce a dispute the article
/// then reports ("Kremlin Contradicting Trump Tweet"), when named or pointed at; from "didn't know
/// where Trump had got the idea", which the next sentences spell out; or by a denial that
/// restates the claim right after it in negated words. (On 132 annotated train articles, later
/// targets from anywhere were right 3 times in 50; with this rule 2 in 12, and the edges drawn
/// 175 -> 138, right 22 -> 24.)
fn reaches_forward(pass: &Pass, i: usize, j: usize, e: &Evidence) -> bool {
    let s = &pass.sig[i];
    let restates = s.negated && e.overlap >= 1.5 && e.share >= 0.5;
    (pass.paragraph[i] <= 1 && (e.pointer >= 3.0 || e.mention || restates))
        || (s.not_know && j <= i + 2)
        || (restates && j == i + 1)
}

/// Whether statement `i` comes right after `j`, so that "It's nonsense" at its start is said of
/// `j`: nothing between them but `j`'s side going on, in the same paragraph or the next.
fn follows(pass: &Pass, i: usize, j: usize) -> bool {
    let party = &pass.parties.of;
    j < i
        && i - j <= 2
        && pass.paragraph[i] <= pass.paragraph[j] + 1
        && (j + 1..i).all(|k| party[k] == party[j])
}

/// How likely each statement is to be what someone disputes, by its cue: a claim ("claimed",
/// "alleged") more, an insult or a question ("called her disgusting", "asked") less.
fn kind_of_claim(pass: &Pass) -> Vec<f32> {
    pass.sig
        .iter()
        .map(|s| {
            if s.question || s.criticises {
                -0.5
            } else if s.claims {
                0.5
            } else {
                0.0
            }
        })
        .collect()
}

/// How strongly a statement's own words dispute.
#[derive(Debug, Clone, Copy, Default)]
struct Signal {
    strong: bool,
    medium: bool,
    weak: bool,
}

impl Signal {
    /// For `--explain`.
    fn describe(self) -> &'static str {
        if self.strong {
            "strong (denial cue, \", contradicting\", refuting words)"
        } else if self.medium {
            "medium (\"didn't know …\", \"wrong\")"
        } else if self.weak {
            "weak (negation, contrast)"
        } else {
            "none of its own"
        }
    }
}

/// How well statement `i`'s pointers ("Trump's tweet", "the report", "those claims") fit
/// candidate `j`, and which pointer fits best: 4-5 its named author, 3.5 a noun `j`'s words
/// hold or the press, 1 any other pointer. `stems` are the pointers' stems among the words.
fn pointer_evidence(
    pass: &Pass,
    i: usize,
    j: usize,
    stems: &[Option<u32>],
) -> (f32, Option<usize>) {
    let q = pass.parties.of[j];
    let (mut best, mut which) = (0.0, None);
    for (k, (ptr, stem)) in pass.sig[i].pointers.iter().zip(stems).enumerate() {
        let noun = ptr.stem.as_str();
        let v = match ptr.owner {
            Some(o) if o == q => {
                NAMED_AUTHOR
                    + f32::from(u8::from(noun == words::stem(&pass.statements[j].cue_lemma)))
            }
            Some(_) => 0.0,
            // "those reports" and a statement about "published reports" (not one that
            // itself points at "the report").
            None if j < i
                && stem.is_some_and(|s| pass.bags.has_stem(j, s))
                && !pass.sig[j].pointers.iter().any(|o| o.stem == noun) =>
            {
                3.5
            }
            None if ptr.press && pass.parties.press[q] => 3.5,
            None if !ptr.press && !ptr.spelled => 1.0,
            None => 0.0,
        };
        if v > best {
            best = v;
            which = Some(k);
        }
    }
    (best, which)
}

/// Whether the best candidate `j`'s evidence is enough for statement `i`'s signal.
fn accepts(pass: &Pass, i: usize, j: usize, e: &Evidence, signal: Signal) -> bool {
    let s = &pass.sig[i];
    if signal.strong {
        // Sharing one word is not enough to say what a denial answers.
        e.pointer > 0.0 || e.mention || e.context || e.overlap >= 1.5 || e.thread || e.just_before
    } else if signal.medium {
        // "wrong", "lying" name whom they answer and share what it was about, or go on. A
        // pointer with no owner ("the documents", "the numbers") needs a name or a shared word
        // besides: alone it fits any earlier statement.
        e.pointer >= 3.0
            || (e.pointer > 0.0 && (e.mention || e.overlap >= 1.0))
            || (e.mention && e.overlap > 0.3)
            || e.overlap >= 1.5
            || e.thread
            || e.just_before
    } else if signal.weak {
        // A negation or contrast that names or points at a party disputes it only while
        // the speaker's side is already disputing that claim ("Moscow had not been in
        // touch with Trump", after the Kremlin's denial). (On 132 annotated train articles,
        // the unthreaded ones were right 0 times in 15, farther ones 0 in 11; a negated
        // restatement of the statement next to it, 0 in 5 on the 192 and 1 in 1 on dev, is
        // no longer enough: "I'm not leaving the stage" after "I may have to leave the
        // stage".)
        e.thread && (e.pointer >= 3.0 || e.mention)
    } else {
        // No word of its own: only as the subject of a thread ("Trump had apparently got
        // his information from newspaper reports") or with opposite words.
        (e.thread && s.subject == Some(pass.parties.of[j])) || (e.opposed && e.overlap >= 0.5)
    }
}

/// Why statement `i` disputes what it disputes, as the tooltip says it: what its own words do
/// ("denies it: “denied”", "calls it false") and what ties it to the claim ("names Donald Trump",
/// "refers to the report", "goes on disputing it").
fn because(
    pass: &Pass,
    i: usize,
    Signal { medium, weak, .. }: Signal,
    chosen: Option<(usize, Evidence)>,
) -> String {
    let s = &pass.sig[i];
    let st = &pass.statements[i];
    let cue = st.cue.map(|c| c.slice(pass.doc.text)).unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    let mut say = |on: bool, what: String| {
        if on {
            out.push(what);
        }
    };
    // The strongest of its own signals, then everything that ties it to the claim.
    let signal = [
        (s.deny_cue, format!("denies it (“{cue}”)")),
        (s.frame_denial, "“contradicting …”".to_string()),
        (s.refute_strong, "calls it false".to_string()),
        (
            s.not_know && medium,
            "does not know where it came from".to_string(),
        ),
        (s.refute_weak && medium, "calls it wrong".to_string()),
        (s.negated && weak, "says otherwise".to_string()),
        (s.contrast && weak, "counters it".to_string()),
    ]
    .into_iter()
    .find(|(on, _)| *on);
    if let Some((_, what)) = signal {
        say(true, what);
    }
    if let Some((j, e)) = chosen {
        let party = &pass.parties.names[pass.parties.of[j]];
        if let Some(ptr) = e.noun.and_then(|k| s.pointers.get(k)) {
            match ptr.owner {
                Some(o) => say(
                    true,
                    format!("refers to {}’s {}", pass.parties.names[o], ptr.noun),
                ),
                None => say(true, format!("refers to the {}", ptr.noun)),
            }
        }
        let owner_named = e.noun.and_then(|k| s.pointers.get(k)).and_then(|p| p.owner);
        say(e.mention && owner_named.is_none(), format!("names {party}"));
        say(e.context, format!("{party} named just before"));
        say(e.overlap >= 1.0, "about the same thing".to_string());
        say(e.opposed, "opposite words".to_string());
        say(e.thread, "goes on disputing it".to_string());
        say(e.just_before, "answers what was just said".to_string());
    }
    out.join("; ")
}

/// How one statement was decided, for `--explain`: its signal, the thread it may go on, the
/// best three candidates with what scored them, and the outcome.
fn explain(
    pass: &Pass,
    i: usize,
    level: &str,
    thread: Option<usize>,
    considered: &mut [(usize, Evidence)],
    chosen: Option<usize>,
) -> String {
    use std::fmt::Write;
    let mut out = format!("signal: {level}");
    if let Some(t) = thread {
        let _ = write!(out, "; its side is disputing [{t}]");
    }
    considered.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
    for &(j, e) in considered.iter().take(3) {
        let party = &pass.parties.names[pass.parties.of[j]];
        let _ = write!(
            out,
            "\n      [{j}] {party}: score {:.2} = pointer {:.1}, names {}, named before {}, shared \
             {:.2} (share {:.2}), opposite words {}, thread {}, just before {}, distance {}{}",
            e.score,
            e.pointer,
            e.mention,
            e.context,
            e.overlap,
            e.share,
            e.opposed,
            e.thread,
            e.just_before,
            i.abs_diff(j),
            if Some(j) == chosen { "  <- linked" } else { "" },
        );
    }
    if chosen.is_none() {
        out.push_str(if considered.is_empty() {
            "\n      no candidate: no statement of another side nearby that it could answer"
        } else {
            "\n      not linked: the best candidate lacks what this signal needs (a pointer, a \
             name, shared rare words or a thread)"
        });
    }
    out
}
