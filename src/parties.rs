//! Parties: the sides speakers speak for. A spokesman and his government, a surname and the full
//! name, a capital and its country's adjective all land in one party; an anonymous source quoted
//! by an outlet joins that outlet (its name stays its own, so the two remain distinguishable).

use super::claims::{without_possessive, FastMap, FastSet};
use super::lexicon as dl;
use crate::lexicon;
use crate::model::{Party, Speaker, Statement};
use crate::speakers::government_of;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Party index meaning "no speaker known": never a side in a dispute.
pub const NOBODY: usize = usize::MAX;

pub struct Parties {
    /// Display name of each party.
    pub names: Vec<String>,
    /// Party of each statement (or [`NOBODY`]).
    pub of: Vec<usize>,
    /// The party each lower-case word names in running text ("trump", "moscow", "russian"),
    /// for words that name exactly one.
    by_word: FastMap<String, usize>,
    /// Whether the party is the press or a document ("the report" points at it).
    pub press: Vec<bool>,
}

/// A name without "the" before it or "'s" after it; borrowed unless it has a curly apostrophe.
fn norm(s: &str) -> Cow<'_, str> {
    fn strip(s: &str) -> &str {
        let s = s
            .strip_prefix("the ")
            .or_else(|| s.strip_prefix("The "))
            .unwrap_or(s);
        s.strip_suffix("'s").unwrap_or(s).trim()
    }
    let s = s.trim();
    if s.contains('’') {
        Cow::Owned(strip(&s.replace('’', "'")).to_string())
    } else {
        Cow::Borrowed(strip(s))
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == ','
}

/// One word of a name, lower-cased, without a possessive or punctuation around it, into `out`
/// (left empty when nothing is left). `piece` holds no separator.
fn lower_word(piece: &str, out: &mut String) {
    out.clear();
    if piece.is_ascii() {
        // The common case, without allocating: no curly apostrophe to straighten, and ASCII
        // lower-casing is all that Unicode lower-casing would do.
        out.push_str(without_possessive(piece).trim_matches(|c: char| !c.is_ascii_alphanumeric()));
        out.make_ascii_lowercase();
    } else {
        let w = piece.replace('’', "'");
        out.push_str(
            &without_possessive(&w)
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        );
    }
}

fn lower_words(s: &str) -> Vec<String> {
    let mut buf = String::new();
    s.split(is_separator)
        .filter_map(|piece| {
            lower_word(piece, &mut buf);
            (!buf.is_empty()).then(|| buf.clone())
        })
        .collect()
}

/// Whether `f` holds for one of [`lower_words`]`(s)`, made one at a time in `buf`.
fn any_lower_word(s: &str, buf: &mut String, f: impl Fn(&str) -> bool) -> bool {
    if !s.is_ascii() {
        return s.split(is_separator).any(|piece| {
            lower_word(piece, buf);
            !buf.is_empty() && f(buf)
        });
    }
    // The same words, split and trimmed as bytes: ASCII whitespace is '\t'..='\r' and ' '.
    s.as_bytes()
        .split(|&b| matches!(b, b'\t'..=b'\r' | b' ' | b','))
        .any(|piece| {
            let mut w = piece;
            while let Some(rest) = w.strip_suffix(b"'s") {
                w = rest;
            }
            let w = trim_non_alnum(w);
            buf.clear();
            buf.extend(w.iter().map(|b| char::from(b.to_ascii_lowercase())));
            !buf.is_empty() && f(buf)
        })
}

/// `w` without the ASCII bytes that are not letters or digits at either end.
fn trim_non_alnum(mut w: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = w {
        if first.is_ascii_alphanumeric() {
            break;
        }
        w = rest;
    }
    while let [rest @ .., last] = w {
        if last.is_ascii_alphanumeric() {
            break;
        }
        w = rest;
    }
    w
}

/// Calls `f` with each capitalised word of a name, lower-cased: what the text would name it by
/// ("Her submission to the court" is named by nothing).
fn each_cap_word(s: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    for piece in s.split(is_separator) {
        if piece.chars().next().is_some_and(char::is_uppercase) {
            lower_word(piece, buf);
            if !buf.is_empty() {
                f(buf);
            }
        }
    }
}

/// Whether a lower-case word is one of `PRESS_WORDS`. Most words are not: a table of the
/// lengths each first letter comes with turns them away before the set is hashed.
fn is_press_word(w: &str) -> bool {
    static TABLE: OnceLock<(FastSet<&'static str>, [u32; 256])> = OnceLock::new();
    let (set, lengths) = TABLE.get_or_init(|| {
        let mut lengths = [0u32; 256];
        for w in dl::PRESS_WORDS {
            lengths[usize::from(w.as_bytes()[0])] |= 1 << w.len().min(31);
        }
        (dl::PRESS_WORDS.iter().copied().collect(), lengths)
    });
    w.as_bytes()
        .first()
        .is_some_and(|&b| lengths[usize::from(b)] & (1 << w.len().min(31)) != 0)
        && set.contains(w)
}

/// The government a speaker speaks for, trying the name, then the crude party speakers.rs gave
/// (not for an anonymous source: "a source in Caracas" does not speak for Venezuela's
/// government, "Russian officials" do).
fn government_of_speaker(sp: &Speaker) -> Option<&'static str> {
    // A party that is the name itself says nothing more.
    government_of(&norm(&sp.name)).or_else(|| {
        sp.party
            .as_deref()
            .filter(|p| !sp.anonymous && *p != sp.name)
            .and_then(|p| government_of(&norm(p)))
    })
}

/// Words that may sit before a name without changing who it is ("Democrat Hillary Clinton").
const TITLE: u8 = 1;
/// Words that name nobody ("the", "this"; `lexicon`'s determiners and not-a-speaker words).
const NAMES_NOBODY: u8 = 2;

/// What the name words the parties look at are, from `lexicon`'s sets, as one map: one lookup
/// a word rather than one a set.
fn name_word_class(w: &str) -> u8 {
    static MAP: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let sets = lexicon::sets();
        let mut m: FastMap<&'static str, u8> = FastMap::default();
        let titles = sets.roles.iter().copied().chain([
            "democrat",
            "republican",
            "democratic",
            "gop",
            "former",
            "then",
            "u.s",
            "us",
            "rival",
            "incumbent",
            "presumptive",
        ]);
        for w in titles {
            *m.entry(w).or_default() |= TITLE;
        }
        for &w in sets.determiners.iter().chain(&sets.not_speaker) {
            *m.entry(w).or_default() |= NAMES_NOBODY;
        }
        m
    });
    map.get(w).copied().unwrap_or(0)
}

fn is_title(w: &str) -> bool {
    name_word_class(w) & TITLE != 0
}

/// An empty map with room for `n` entries.
fn sized<K, V>(n: usize) -> FastMap<K, V> {
    FastMap::with_capacity_and_hasher(n, Default::default())
}

impl Parties {
    /// Groups the speakers of `statements` into parties and writes each party's name into
    /// `speaker.party`.
    pub fn assign(statements: &mut [Statement]) -> Parties {
        let n = statements.len();
        // First a key per statement: government, else the organisation speakers.rs found before
        // the role, else the name. Keys are indices into `keys`, each distinct string once.
        // Worked out once per distinct speaker: articles quote the same few many times.
        // Maps are sized for the statements up front, so that they are not grown and rehashed.
        let mut keys: Vec<Cow<str>> = Vec::with_capacity(n);
        let mut key_index: FastMap<Cow<str>, usize> = sized(n);
        let mut known: FastMap<(&str, Option<&str>, bool), Option<usize>> = sized(n);
        let mut key: Vec<Option<usize>> = Vec::with_capacity(n);
        for st in statements.iter() {
            let sp = &st.speaker;
            let id = (sp.name.as_str(), sp.party.as_deref(), sp.anonymous);
            if let Some(&k) = known.get(&id) {
                key.push(k);
                continue;
            }
            let k = if sp.name.trim().is_empty() {
                None
            } else if let Some(g) = government_of_speaker(sp) {
                Some(Cow::Borrowed(g))
            } else {
                Some(norm(sp.party.as_deref().unwrap_or(&sp.name)))
            };
            let k = k.map(|k| {
                *key_index.entry(k).or_insert_with_key(|k| {
                    keys.push(k.clone());
                    keys.len() - 1
                })
            });
            known.insert(id, k);
            key.push(k);
        }

        // An anonymous source whose words sit inside another statement's content ("Interfax cited
        // an unnamed source as saying …", "…, citing a person close to …") speaks through that
        // statement's speaker. Statements are in text order, so a container starts no later.
        for i in 0..n {
            if !statements[i].speaker.anonymous {
                continue;
            }
            let Some(m) = statements[i].speaker.mention else {
                continue;
            };
            let near = i.saturating_sub(super::WINDOW)..(i + super::WINDOW).min(n);
            let host = near.rev().find(|&j| {
                j != i
                    && !statements[j].speaker.anonymous
                    && key[j].is_some()
                    && statements[j].content.start <= m.start
                    && m.end <= statements[j].content.end
            });
            if let Some(j) = host {
                key[i] = key[j];
            }
        }

        // Short forms join the longer names they are part of: "Clinton", "Hillary Clinton" and
        // "Democrat Hillary Clinton" are one party; "Trump" joins neither when both "Donald Trump"
        // and "Ivana Trump" speak. Titles and party labels do not count as name words.
        let mut count = vec![0usize; keys.len()];
        for &k in key.iter().flatten() {
            count[k] += 1;
        }
        // The keys still in use, in string order.
        let mut distinct: Vec<usize> = (0..keys.len()).filter(|&k| count[k] > 0).collect();
        distinct.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        let name = |a: usize| keys[distinct[a]].as_ref();
        let mut word_count: Vec<usize> = Vec::with_capacity(distinct.len());
        let cores: Vec<Vec<String>> = (0..distinct.len())
            .map(|a| {
                let mut w = lower_words(name(a));
                word_count.push(w.len());
                w.retain(|w| !is_title(w));
                w.sort();
                w.dedup();
                w
            })
            .collect();
        let orgs = &lexicon::sets().orgs;
        let m = distinct.len();
        let mut root: Vec<usize> = (0..m).collect();
        fn find(root: &mut [usize], mut i: usize) -> usize {
            while root[i] != i {
                root[i] = root[root[i]];
                i = root[i];
            }
            i
        }
        // The names having each core word, as a list through `having` from the word's first
        // (built backwards, so each list runs in name order): one allocation, not one a word.
        let core_words = cores.iter().map(Vec::len).sum();
        // Each word's entry also counts its names, to pick a name's rarest word.
        let mut first_having: FastMap<&str, (usize, usize)> = sized(core_words);
        let mut having: Vec<(usize, usize)> = Vec::with_capacity(core_words);
        for (b, core) in cores.iter().enumerate().rev() {
            for w in core {
                let (head, count) = first_having.entry(w.as_str()).or_insert((NOBODY, 0));
                having.push((b, *head));
                *head = having.len() - 1;
                *count += 1;
            }
        }
        let (first_having, having) = (&first_having, &having);
        let names_having = |w: &str| {
            let mut at = first_having[w].0;
            std::iter::from_fn(move || {
                let (b, next) = *having.get(at)?;
                at = next;
                Some(b)
            })
        };
        for a in 0..m {
            if cores[a].is_empty() || government_of(&norm(name(a))).is_some() {
                continue;
            }
            // Names holding all of a's words, whose other words are not organisation words
            // ("Clinton campaign" is not Clinton).
            // Only names sharing a word can hold all of a's words: look those up by a's rarest
            // word (not its first: a page naming thousands of "John …" would make this quadratic).
            let rarest = cores[a]
                .iter()
                .min_by_key(|w| first_having[w.as_str()].1)
                .expect("core is not empty");
            let sup: Vec<usize> = names_having(rarest)
                .filter(|&b| {
                    b != a
                        && cores[a].iter().all(|w| cores[b].contains(w))
                        && cores[b]
                            .iter()
                            .all(|w| cores[a].contains(w) || !orgs.contains(w.as_str()))
                })
                .collect();
            if sup.is_empty() {
                continue;
            }
            // A one-word name is ambiguous unless its longer forms share a two-word core.
            let shared = cores[a].len() >= 2
                || cores[sup[0]]
                    .iter()
                    .filter(|w| sup.iter().all(|&b| cores[b].contains(w)))
                    .count()
                    >= 2;
            if shared {
                for b in sup {
                    let (ra, rb) = (find(&mut root, a), find(&mut root, b));
                    root[ra.max(rb)] = ra.min(rb);
                }
            }
        }
        // Each group goes by its shortest full name (two name words or more), then its most frequent.
        let mut display = vec![NOBODY; m];
        for a in 0..m {
            let r = find(&mut root, a);
            let rank = |k: usize| {
                (
                    cores[k].len() >= 2,
                    std::cmp::Reverse(word_count[k]),
                    count[distinct[k]],
                    std::cmp::Reverse(name(k).len()),
                )
            };
            if display[r] == NOBODY || rank(a) > rank(display[r]) {
                display[r] = a;
            }
        }
        // The key each key is shown as.
        let mut shown: Vec<usize> = (0..keys.len()).collect();
        for a in 0..m {
            let r = find(&mut root, a);
            shown[distinct[a]] = distinct[display[r]];
        }
        // Party of each statement, through its key's group: one party index per shown key, in
        // order of first statement.
        let mut names: Vec<String> = Vec::with_capacity(m);
        let mut party_of_key = vec![NOBODY; keys.len()];
        let mut of = vec![NOBODY; n];
        for (i, k) in key.iter().enumerate() {
            let Some(k) = *k else { continue };
            let s = shown[k];
            if party_of_key[s] == NOBODY {
                names.push(keys[s].to_string());
                party_of_key[s] = names.len() - 1;
            }
            of[i] = party_of_key[s];
        }
        for (i, st) in statements.iter_mut().enumerate() {
            if of[i] != NOBODY && st.speaker.party.as_deref() != Some(&names[of[i]]) {
                st.speaker.party = Some(names[of[i]].clone());
            }
        }

        // Words that name each party in running text: its name, its members' names, and for a
        // government every alias of it ("Moscow", "Russia", "Russian"). A word claimed by two
        // parties names neither ("Trump" when Donald and Ivana speak): it is marked `SHARED`
        // while the words are gathered, and dropped after.
        const SHARED: usize = NOBODY - 1;
        let mut by_word: FastMap<String, usize> = sized(n);
        let mut press = vec![false; names.len()];
        let mut buf = String::new();
        let mut add = |p: usize, s: &str, by_word: &mut FastMap<String, usize>| {
            each_cap_word(s, &mut buf, |w| {
                if w.len() > 1 && name_word_class(w) == 0 {
                    match by_word.get_mut(w) {
                        None => {
                            by_word.insert(w.to_string(), p);
                        }
                        Some(q) if *q != p => *q = SHARED,
                        Some(_) => {}
                    }
                }
            });
        };
        // Anonymous sources have no name to be mentioned by ("a source in Caracas" is not named
        // by "Caracas"), so only parties with a named member are looked for in the text.
        let mut named = vec![false; names.len()];
        for (i, st) in statements.iter().enumerate() {
            if of[i] != NOBODY && !st.speaker.anonymous {
                named[of[i]] = true;
            }
        }
        // Each of a party's names once: whether its words were added (adding them again adds
        // nothing), and whether it was looked at for press words (the answer does not change).
        let mut name_done: FastMap<(usize, &str), (bool, bool)> = sized(n);
        for (p, name) in names.iter().enumerate() {
            let row = lexicon::GOVERNMENT_ALIASES.iter().find(|r| r[0] == name);
            if named[p] || row.is_some() {
                add(p, name, &mut by_word);
                name_done.insert((p, name), (true, false));
            }
            for alias in row.into_iter().flat_map(|r| r.iter()) {
                add(p, alias, &mut by_word);
            }
        }
        // Each speaker once: an article quotes the same few again and again.
        let mut seen: FastSet<(usize, &str, &str)> =
            FastSet::with_capacity_and_hasher(n, Default::default());
        let mut lower = String::new();
        for (i, st) in statements.iter().enumerate() {
            let p = of[i];
            if p == NOBODY || !seen.insert((p, &st.speaker.name, &st.speaker.text)) {
                continue;
            }
            let (added, looked) = name_done.entry((p, &st.speaker.name)).or_default();
            if !st.speaker.anonymous && !*added {
                *added = true;
                add(p, &st.speaker.name, &mut by_word);
            }
            let look_at_name =
                !std::mem::replace(looked, true) && st.speaker.name != st.speaker.text;
            press[p] = press[p]
                || st.cue_lemma == "report"
                || any_lower_word(&st.speaker.text, &mut lower, is_press_word)
                || (look_at_name && any_lower_word(&st.speaker.name, &mut lower, is_press_word));
        }
        by_word.retain(|_, p| *p != SHARED);
        Parties {
            names,
            of,
            by_word,
            press,
        }
    }

    /// The party a lower-case word names, if exactly one does.
    pub fn named_by(&self, word: &str) -> Option<usize> {
        self.by_word.get(without_possessive(word)).copied()
    }

    /// The parties as the model reports them: members are the speakers' names in order of first
    /// appearance, statements in text order.
    pub fn to_model(&self, statements: &[Statement]) -> Vec<Party> {
        let mut out: Vec<Party> = self
            .names
            .iter()
            .map(|n| Party {
                name: n.clone(),
                members: Vec::new(),
                statements: Vec::new(),
            })
            .collect();
        for (i, st) in statements.iter().enumerate() {
            let p = self.of[i];
            if p == NOBODY {
                continue;
            }
            out[p].statements.push(st.id);
            if !out[p].members.contains(&st.speaker.name) {
                out[p].members.push(st.speaker.name.clone());
            }
        }
        out
    }
}
