//! What a statement's own words say about its stance: denial cues, refuting phrases, negation,
//! professed ignorance of where a claim came from, agreement, and pointers at other statements
//! ("of Trump's statement", "the report", "newspaper reports, which … denied").

use super::lexicon as dl;
use super::parties::Parties;
use super::words::{self, Ctx};
use crate::attribution::Doc;
use crate::hash::{HashMap as FastMap, HashSet as FastSet};
use crate::lexicon::{self, CueClass};
use crate::model::Statement;
use std::sync::OnceLock;

/// A reference to another statement ("Trump's tweet", "the report").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pointer {
    /// The party named as its author ("Trump's statement"), when one is.
    pub owner: Option<usize>,
    /// Points at the press or a document ("the report", "newspaper reports").
    pub press: bool,
    /// Followed by the claim it names ("the notion that Democrats could …"): no owner, and no
    /// evidence of which statement made the claim.
    pub spelled: bool,
    /// The statement noun, lower-case ("tweet", "report").
    pub noun: String,
    /// Its stem (`words::stem`), to meet the same noun elsewhere.
    pub stem: String,
}

#[derive(Debug, Clone, Default)]
pub struct Signals {
    /// The cue is a denial ("denied", "rejected", "pushed back").
    pub deny_cue: bool,
    /// ", contradicting …", ", denying …" follows the statement.
    pub frame_denial: bool,
    /// "not true", "false", "baseless" …
    pub refute_strong: bool,
    /// "wrong", "lying", "exaggerated" … (criticism unless aimed at a claim).
    pub refute_weak: bool,
    /// The refutation's subject opens the content and stands for what was just said ("It's
    /// nonsense," "That is a false equivalency!").
    pub answers_before: bool,
    /// "didn't know where … got the idea", "no idea what …".
    pub not_know: bool,
    pub negated: bool,
    pub contrast: bool,
    /// The cue or the words side with someone ("agreed", "was right").
    pub agrees: bool,
    /// Criticism cue ("criticized", "slammed"): not a claim about a claim by itself.
    pub criticises: bool,
    /// The cue commits or supports rather than asserts ("pledged", "backing"): never what a
    /// dispute answers.
    pub asserts_no_fact: bool,
    /// The cue reports a claim others may contest ("claimed", "alleged"): read once here for the
    /// decision list and both feature sets.
    pub claims: bool,
    /// A denial cue aimed at a request, a plan, a lawsuit: a decision, not a dispute.
    pub decision: bool,
    /// The content is a question.
    pub question: bool,
    pub pointers: Vec<Pointer>,
    /// Parties named in the content, in order, without repeats.
    pub mentions: Vec<usize>,
    /// The party named as the content's subject, in its first words.
    pub subject: Option<usize>,
}

/// Phrases of lower-case words, looked up by their first word, each with the list it is from.
struct Phrases(FastMap<&'static str, Vec<(Vec<&'static str>, u8)>>);

const STRONG: u8 = 1;
const WEAK: u8 = 2;
const CONTRAST: u8 = 4;
const NOT_KNOW: u8 = 8;

/// The tag of each list of `dl::SIGNAL_PHRASES` (the phrases looked for in a statement's
/// words), in its order.
const PHRASE_TAGS: [u8; 4] = [STRONG, WEAK, NOT_KNOW, CONTRAST];

impl Phrases {
    fn new() -> Phrases {
        let mut m: FastMap<&'static str, Vec<(Vec<&'static str>, u8)>> = FastMap::default();
        for (list, tag) in dl::SIGNAL_PHRASES.into_iter().zip(PHRASE_TAGS) {
            for p in list.iter() {
                let ws: Vec<&'static str> = p.split(' ').collect();
                m.entry(ws[0]).or_default().push((ws, tag));
            }
        }
        Phrases(m)
    }
    /// Every phrase found in `words` (word ids), as `(tag, its first index, index just past
    /// it)`, in one pass.
    fn scan(&self, cx: &Ctx, words: &[u32], mut found: impl FnMut(u8, usize, usize)) {
        for k in 0..words.len() {
            if !cx.is(words[k], words::OPENS_PHRASE) {
                continue;
            }
            if let Some(ps) = self.0.get(cx.text(words[k])) {
                for (p, tag) in ps {
                    if k + p.len() <= words.len()
                        && p.iter().zip(&words[k..]).all(|(a, &b)| *a == cx.text(b))
                    {
                        found(*tag, k, k + p.len());
                    }
                }
            }
        }
    }
}

struct Tables {
    phrases: Phrases,
    pointer_dets: FastSet<&'static str>,
    press_nouns: FastSet<&'static str>,
    adjectives: FastSet<&'static str>,
    nominals: FastSet<&'static str>,
    predicate_leads: FastSet<&'static str>,
    weak_cancellers: FastSet<&'static str>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        phrases: Phrases::new(),
        pointer_dets: dl::POINTER_DETERMINERS.iter().copied().collect(),
        press_nouns: dl::PRESS_NOUNS.iter().copied().collect(),
        adjectives: dl::REFUTING_ADJECTIVES.iter().copied().collect(),
        nominals: dl::REFUTING_NOMINALS.iter().copied().collect(),
        predicate_leads: dl::PREDICATE_LEADS.iter().copied().collect(),
        weak_cancellers: dl::WEAK_CANCELLERS.iter().copied().collect(),
    })
}

/// Whether the refuting phrase at `words[start..end]` is said of a claim: a phrase other than a
/// lone adjective always is; "false" is when it ends the content ("completely untrue"), comes
/// after "is"/"called" within three words ("an idea that was completely untrue"), or describes
/// a statement ("baseless allegations"), not "should receive only false information".
fn said_of_a_claim(cx: &Ctx, words: &[u32], start: usize, end: usize) -> bool {
    let t = tables();
    if end - start > 1 || !t.adjectives.contains(cx.text(words[start])) {
        return true;
    }
    predicated(cx, words, start, end)
}

/// Whether the words at `words[start..end]` are said of something: they end the content, come
/// before a statement noun, or after "is"/"called" within three words, five when they end a
/// list ("preventing Muslims from entering the U.S. is divisive, stupid and wrong").
fn predicated(cx: &Ctx, words: &[u32], start: usize, end: usize) -> bool {
    let t = tables();
    let ends_list = start > 0 && matches!(cx.text(words[start - 1]), "and" | "or");
    let reach = if ends_list { 5 } else { 3 };
    end == words.len()
        || cx.is(words[end], words::STATEMENT_NOUN)
        || words[start.saturating_sub(reach)..start]
            .iter()
            .any(|&w| t.predicate_leads.contains(cx.text(w)))
}

/// Whether the refuting phrase at `words[start]` is said of a subject that opens the content and
/// stands for what was just said: "It's nonsense," "That is a false equivalency!", "that's
/// absolutely, unequivocally wrong" (the phrase within a few words of it, after a copula).
fn says_it_of_what_went_before(cx: &Ctx, words: &[u32], start: usize) -> bool {
    let t = tables();
    let text = |k: usize| words.get(k).map_or("", |&w| cx.text(w));
    let copula = |k: usize| t.predicate_leads.contains(text(k));
    (1..=5).contains(&start)
        && dl::ANSWERING_SUBJECTS.contains(&text(0))
        && (copula(0) || copula(1))
}

/// Whether the weak refuting word at `words[start]` is the speaker's own charge: not after
/// "the"/"nothing" ("did the wrong thing", "nothing wrong with"), a noun or adjective only where
/// said of something ([predicated]: not "Trump's misinformation may be strategic"), and not
/// inside an accusation the statement reports ("responded to accusations that he exaggerated his
/// life story").
fn charged_by_speaker(cx: &Ctx, words: &[u32], start: usize, end: usize) -> bool {
    let t = tables();
    if start > 0 && t.weak_cancellers.contains(cx.text(words[start - 1])) {
        return false;
    }
    if t.nominals.contains(cx.text(words[start])) && !predicated(cx, words, start, end) {
        return false;
    }
    !words[..start]
        .windows(2)
        .any(|p| cx.is(p[0], words::STATEMENT_NOUN) && cx.text(p[1]) == "that")
}

/// Sentence index holding token `i` (None for a text without sentences).
pub fn sentence_of(doc: &Doc, i: usize) -> Option<usize> {
    if doc.sents.is_empty() {
        return None;
    }
    Some(
        doc.sents
            .partition_point(|s| s.end <= i)
            .min(doc.sents.len() - 1),
    )
}

/// A pointer whose statement noun is token `k`, if the words before it make it one.
fn pointer_at(cx: &Ctx, k: usize, lo: usize, parties: &Parties) -> Option<Pointer> {
    let t = tables();
    if cx.flags(k) & words::STATEMENT_NOUN == 0 {
        return None;
    }
    let noun = cx.w(k);
    let mut owner = None;
    let mut anchored = false;
    let mut press = t.press_nouns.contains(noun);
    // Up to three modifiers to the left: "Trump's early-morning tweets", "newspaper reports",
    // "Trump Tweet" (a headline).
    let mut j = k;
    while j > lo && k - j < 3 {
        j -= 1;
        let w = cx.w(j);
        if w.is_empty() {
            break;
        }
        if let Some(o) = w.strip_suffix("'s") {
            owner = parties.named_by(o);
            anchored = true;
            break;
        }
        if t.pointer_dets.contains(w) {
            anchored = true;
            press |= t.press_nouns.contains(w);
            break;
        }
        if cx.doc.toks[j].cap {
            if let Some(p) = parties.named_by(w) {
                owner = Some(p);
                anchored = true;
                break;
            }
        }
        press |= t.press_nouns.contains(w);
    }
    // "rejected the notion that Democrats could pull away": the clause after the noun is the
    // claim itself, so the pointer says nothing of which earlier statement made it (not "the
    // report that was published", a relative clause).
    let spelled = owner.is_none() && cx.w(k + 1) == "that" && {
        let subject = k + 2;
        let w = cx.w(subject);
        let sets = crate::lexicon::sets();
        cx.doc.toks.get(subject).is_some_and(|t| t.cap)
            || sets.determiners.contains(w)
            || sets.pronouns.contains(w)
    };
    anchored.then_some(Pointer {
        owner,
        press,
        spelled,
        noun: noun.to_string(),
        stem: words::stem(noun),
    })
}

/// Pointers in token range `[a, b)`, each noun once.
fn pointers_in(cx: &Ctx, a: usize, b: usize, parties: &Parties, out: &mut Vec<Pointer>) {
    for k in a..b {
        // Most tokens are no statement noun: the flag says so before any call.
        if cx.flags(k) & words::STATEMENT_NOUN == 0 {
            continue;
        }
        if let Some(p) = pointer_at(cx, k, a, parties) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
}

/// Reads the signals of statement `st` (its content is tokens `[ca, cb)`, whose words are
/// `words`).
pub fn read(
    cx: &Ctx,
    (ca, cb): (usize, usize),
    st: &Statement,
    words: &[u32],
    parties: &Parties,
) -> Signals {
    let doc = cx.doc;
    let t = tables();
    let mut s = Signals::default();

    // The cue.
    let lemma = st.cue_lemma.as_str();
    let cue_tokens = st.cue.map(|c| cx.tokens_in(c));
    // The cue's tokens and the one after ("denied", "pushed back").
    let (cue_a, cue_e) = cue_tokens.map_or((0, 0), |(a, b)| (a, (b + 1).min(doc.toks.len())));
    let cue_deny = |w: &str| lexicon::cue_verb(w).is_some_and(|v| v.class == CueClass::Deny);
    // "Rubio pushed back on those claims Thursday, saying that …": the clause a participle cue
    // hangs on says what the statement does, and what it answers.
    let pushed_back =
        |k: usize| cx.w(k) == "back" && k > 0 && dl::PUSHED_BACK_VERBS.contains(&cx.w(k - 1));
    // "But he did not dispute that he lends his thoughts to Mr. Trump": a denial cue under
    // negation concedes the claim; "a plan that voters would reject if they only understood
    // it": under a modal it is a denial nobody made.
    let unmade_cue = cue_tokens.is_some_and(|(a, _)| {
        (a.saturating_sub(2)..a).any(|k| {
            cx.flags(k) & words::NEGATION != 0 || dl::HYPOTHETICAL_MODALS.contains(&cx.w(k))
        })
    });
    s.deny_cue = st.cue.is_some()
        && !unmade_cue
        && (cue_deny(lemma)
            || (cue_a..cue_e).any(|k| cue_deny(cx.w(k)))
            || (cue_a + 1..cue_e).any(pushed_back));
    // "When Hewitt suggested that …, Trump contradicted him": the object stands for the claim.
    s.answers_before =
        s.deny_cue && matches!(words, [w] if dl::ANSWERED_OBJECTS.contains(&cx.text(*w)));
    // "rejected a media request to …": the object is a thing one decides on, not a claim; so is
    // "Reject The Idea Of A Minimum Wage Hike".
    let proposal = || {
        words
            .windows(2)
            .take(4)
            .any(|p| dl::IDEA_NOUNS.contains(&cx.text(p[0])) && cx.text(p[1]) == "of")
    };
    s.decision = s.deny_cue
        && !words.iter().take(3).any(|&w| cx.text(w) == "that")
        && (proposal()
            || words
                .iter()
                .take(4)
                .take_while(|&&w| !cx.is(w, words::STATEMENT_NOUN))
                .any(|&w| dl::NOT_CLAIMS.contains(&cx.text(w))));
    if let Some((ka, _)) = cue_tokens {
        if ka > 0 && doc.toks[ka - 1].is_punct(',') && cx.w(ka).ends_with("ing") {
            if let Some(si) = sentence_of(doc, ka) {
                let lo = doc.sents[si].start;
                if (lo..ka - 1).any(|k| cue_deny(cx.w(k)) || pushed_back(k)) {
                    s.deny_cue = true;
                    pointers_in(cx, lo, ka - 1, parties, &mut s.pointers);
                }
            }
        }
    }
    let reports = dl::reports(lemma);
    s.agrees = matches!(
        reports,
        Some(dl::Reports::Agreement | dl::Reports::Endorsement)
    );
    s.asserts_no_fact = matches!(
        reports,
        Some(dl::Reports::Endorsement | dl::Reports::Commitment)
    );
    s.criticises = reports == Some(dl::Reports::Criticism);
    s.claims = reports == Some(dl::Reports::Claim);

    // The content's own words.
    // "cannot comment", "did not respond": declining to answer is not denying.
    let any = |flag: u8| words.iter().any(|&w| cx.is(w, flag));
    s.negated = any(words::NEGATION) && !any(words::NO_ANSWER);
    t.phrases.scan(cx, words, |tag, start, end| match tag {
        STRONG if said_of_a_claim(cx, words, start, end) => {
            s.refute_strong = true;
            s.answers_before |= says_it_of_what_went_before(cx, words, start);
        }
        WEAK if charged_by_speaker(cx, words, start, end) => {
            s.refute_weak = true;
            s.answers_before |= says_it_of_what_went_before(cx, words, start);
        }
        STRONG | WEAK => {}
        CONTRAST => s.contrast = true,
        // "didn't know where Trump had got the idea", "no idea what he is talking about": the
        // wh-word right after, then where a claim came from or what it means; not "I don't know
        // what is in his heart", which questions no one's claim.
        _ => {
            let wh = (end..(end + 2).min(words.len()))
                .find(|&k| dl::NOT_KNOW_WH.contains(&cx.text(words[k])));
            s.not_know |= wh.is_some_and(|k| {
                words[k + 1..(k + 9).min(words.len())]
                    .iter()
                    .any(|&w| dl::NOT_KNOW_SOURCES.contains(&cx.text(w)))
            })
        }
    });
    s.question = st
        .content
        .slice(doc.text)
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\u{201d}' | '\'' | '\u{2019}')
        })
        .ends_with('?');

    // Parties the content names (capitalised words only: "Trump", "Moscow"), and the one named
    // as its subject, in the first words and not as a possessive ("Trump had got …").
    let lead = (ca..cb)
        .filter(|&k| doc.toks[k].is_word())
        .take(3)
        .find(|&k| doc.toks[k].cap && !cx.w(k).ends_with("'s"));
    let named_by = |w: &str| parties.named_by(w);
    s.subject = lead.and_then(|k| cx.named_party(k, named_by));
    for k in ca..cb {
        if doc.toks[k].cap && doc.toks[k].is_word() {
            if let Some(p) = cx.named_party(k, named_by) {
                if !s.mentions.contains(&p) {
                    s.mentions.push(p);
                }
            }
        }
    }

    // Pointers in the content, and between a cue and its content ("pushed back on those claims
    // Thursday, saying that …", "rejected Trump's claim, saying …").
    pointers_in(cx, ca, cb, parties, &mut s.pointers);
    if let Some((_, kb)) = cue_tokens {
        if kb < ca && ca - kb <= 8 {
            pointers_in(cx, kb, ca, parties, &mut s.pointers);
        }
    }

    // "Smith was right", "the report is accurate": agreeing words about someone named.
    if !s.negated && !s.refute_strong && !s.refute_weak && !s.deny_cue {
        s.agrees |= (!s.mentions.is_empty() || !s.pointers.is_empty()) && any(words::AGREEING);
    }

    read_frame(cx, (ca, cb), st, cue_tokens, parties, &mut s);
    s
}

/// The frame: what follows the whole attribution (content `[ca, cb)`, cue tokens `cue_tokens`) in
/// its sentence. ", contradicting Trump's tweet" makes the statement a rejection; "said of Trump's
/// statement" says what it answers; "newspaper reports, which Russian officials have already
/// denied" says what a denial is of.
fn read_frame(
    cx: &Ctx,
    (ca, cb): (usize, usize),
    st: &Statement,
    cue_tokens: Option<(usize, usize)>,
    parties: &Parties,
    s: &mut Signals,
) {
    let doc = cx.doc;
    let t = tables();
    let mut end = cb;
    if let Some((_, b)) = cue_tokens {
        end = end.max(b);
    }
    let mention = st.speaker.mention.map(|m| cx.tokens_in(m));
    if let Some((_, mb)) = mention {
        end = end.max(mb);
    }
    if let Some(si) = sentence_of(doc, ca) {
        let s_end = doc.sents[si].end.max(end);
        let k = end;
        if k < s_end && doc.toks[k].is_punct(',') {
            let w = cx.w(k + 1);
            if dl::DENYING_PARTICIPLES.contains(&w) {
                s.frame_denial = true;
                pointers_in(cx, k + 2, (k + 7).min(s_end), parties, &mut s.pointers);
            }
        } else if k < s_end && dl::ABOUT_WORDS.contains(&cx.w(k)) {
            pointers_in(cx, k + 1, (k + 6).min(s_end), parties, &mut s.pointers);
        }
        // "newspaper reports, which Russian officials have already denied": the relative
        // pronoun before the speaker stands for what is denied.
        if s.deny_cue {
            if let Some((ma, _)) = mention {
                let lo = doc.sents[si].start;
                if ma > lo && lexicon::OBJECT_RELATIVES.contains(&cx.w(ma - 1)) {
                    let mut e = ma - 1;
                    if e > lo && doc.toks[e - 1].is_punct(',') {
                        e -= 1;
                    }
                    if e > lo {
                        if let Some(p) = pointer_at(cx, e - 1, lo, parties) {
                            if !s.pointers.contains(&p) {
                                s.pointers.push(p);
                            }
                        } else if cx.flags(e - 1) & words::STATEMENT_NOUN != 0 {
                            let noun = cx.w(e - 1);
                            let press = t.press_nouns.contains(noun)
                                || t.press_nouns.contains(cx.w(e.saturating_sub(2)));
                            s.pointers.push(Pointer {
                                owner: None,
                                press,
                                spelled: false,
                                noun: noun.to_string(),
                                stem: words::stem(noun),
                            });
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! Sentences from PolNeAR train, by document id (`../shared/corpus/polnear/train.jsonl`).
    use super::*;

    /// The signals of the statement whose content holds `anchor`.
    fn signals_at(text: &str, anchor: &str) -> Signals {
        let doc = Doc::new(text);
        let mut sts = crate::find_statements(text);
        let mut cx = Ctx::new(&doc, sts.iter().map(|s| s.content));
        let parties = Parties::assign(&mut sts);
        cx.name_parties(|w| parties.named_by(w));
        let at = text.find(anchor).expect("anchor in text");
        let i = sts
            .iter()
            .position(|s| s.content.start <= at && at < s.content.end)
            .unwrap_or_else(|| panic!("no statement holds {anchor:?}"));
        read(&cx, cx.content(i), &sts[i], cx.content_words(i), &parties)
    }

    /// wash-post_2016-07-29_convention-notebook: "false" describes other information, not a
    /// claim; nyt_2016-05-09_american-admiral-rattles-beijing: "an idea that was completely
    /// untrue" says a claim is false.
    #[test]
    fn false_said_of_a_claim() {
        let reid =
            "And he made the suggestion that Trump should receive only false information in \
                    his intelligence briefings, which he is entitled to as the GOP nominee for \
                    president.";
        assert!(!signals_at(reid, "Trump should receive").refute_strong);
        let admiral = "The derogatory comments had two goals, the admiral said. First, they were \
                       meant to show that the Pacific Command was ''disconnected from the rest of \
                       government,'' an idea that was ''completely untrue.''";
        assert!(signals_at(admiral, "the Pacific Command").refute_strong);
    }

    /// nyt_2016-06-07_china-rebuts-american-criticism-: "nothing wrong with" clears, it does not
    /// charge; huff-post_2015-11-08_ben-carson-defends-himself-again: "exaggerated" is the
    /// accusation reported, not the speaker's charge; breitbart_2016-08-24_report-half-clinton-
    /// s-state-meet: "a distorted portrayal" is the speaker's charge against the story.
    #[test]
    fn weak_words_charged_by_the_speaker() {
        let lou =
            "Mr. Lou said there was nothing wrong with Mr. Lew's raising the excess capacity \
                   problem in the talks.";
        assert!(!signals_at(lou, "nothing wrong").refute_weak);
        let carson = "GOP presidential contender and former neurosurgeon Ben Carson responded on \
                      Sunday to accusations that he exaggerated details of his life story, from \
                      claiming he was offered a full scholarship to West Point.";
        assert!(!signals_at(carson, "accusations that").refute_weak);
        let fallon =
            "“It cherry-picked a limited subset of Secretary Clinton’s schedule to give a \
                      distorted portrayal of how often she crossed paths with individuals \
                      connected to charitable donations to the Clinton Foundation,” Fallon said \
                      of the story.";
        assert!(signals_at(fallon, "distorted portrayal").refute_weak);
    }

    /// A refuting noun or adjective charges a claim only where said of something:
    /// wash-post_2015-12-12_misinformation-enters-mainstream ("Trump's misinformation may be
    /// …", a topic) and politico_2016-02-05_carson-cruz-taking-benghazi-appr ("the tide of
    /// misinformation regarding his candidacy") do not; west-journal_2016-03-15_hillary-just-
    /// insulted-the-bengha ("were wrong in their recollections") does, and nyt_2016-08-22_pundit-
    /// turns-adviser-in-the-serv ("to lie to them", a verb) too.
    #[test]
    fn refuting_nouns_only_when_said_of_something() {
        let hemsley = "Trump's misinformation may be \"strategic,\" said Jeffery Hemsley, an \
                       assistant professor in the school of information studies at Syracuse \
                       University.";
        assert!(!signals_at(hemsley, "Trump's misinformation").refute_weak);
        let carson = "Carson has shown little signs of stemming his seething fury toward Ted \
                      Cruz's campaign, slamming the Texas senator on multiple occasions for \
                      failing to act proactively to stem the tide of misinformation regarding \
                      his candidacy in the minutes leading up to Monday's Iowa caucuses.";
        assert!(!signals_at(carson, "little signs").refute_weak);
        let clinton = "Last week, Clinton said the families of the Benghazi victims were wrong in \
                       their recollections that she blamed the video for the attack.";
        assert!(signals_at(clinton, "the families").refute_weak);
        let perino = "''That's a real disservice to his supporters, to lie to them that those \
                      polls don't matter,'' said Ms. Perino, a White House press secretary for \
                      George W. Bush.";
        assert!(signals_at(perino, "real disservice").refute_weak);
    }

    /// breitbart_2016-04-23_clinton-wades-in-uk-referendum: "said the warning was …" points
    /// at the warning's statement; politico_2015-12-23_ben-carson-hints-at-campaign-sh: "denied
    /// the notion that …" is spelled out (it says what is denied, not whose statement).
    #[test]
    fn warnings_and_notions_are_what_a_statement_says() {
        let farage = "UK Independence Party leader Nigel Farage said the warning was indicative \
                      that the President did not know what he was talking about.";
        let s = signals_at(farage, "the warning");
        assert!(s.pointers.iter().any(|p| p.noun == "warning" && !p.spelled));
        let bennett = "Reached by POLITICO, Bennett denied the notion that a campaign shakeup is \
                       coming, explaining that he was unaware of the interview.";
        let s = signals_at(bennett, "the notion");
        assert!(s.pointers.iter().any(|p| p.noun == "notion" && p.spelled));
    }

    /// huff-post_2015-11-11_a-meaningful-exchange-actually-h: a related headline turns a
    /// proposal down ("the idea of"); wash-post_2016-03-24_republicans-building-firewall-be:
    /// "rejected the idea that …" denies a claim.
    #[test]
    fn the_idea_of_a_proposal_is_no_claim() {
        let gop = "GOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike";
        let s = signals_at(gop, "The Idea");
        assert!(s.deny_cue && s.decision);
        let lewandowski = "Trump campaign manager Corey Lewandowski rejected the idea that the \
                           billionaire real estate developer would be a drag on the GOP ticket.";
        let s = signals_at(lewandowski, "the idea");
        assert!(s.deny_cue && !s.decision);
    }
}
