//! Parties: the sides speakers speak for. A spokesman and his government, a surname and the full
//! name, a capital and its country's adjective all land in one party; an anonymous source quoted
//! by an outlet joins that outlet (its name stays its own, so the two remain distinguishable).

use super::claims::{FastMap, FastSet};
use super::lexicon as dl;
use crate::lexicon;
use crate::model::{Party, Statement};
use crate::speakers::government_of;

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

fn norm(s: &str) -> String {
    let s = s.trim().replace('’', "'");
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(&s);
    s.strip_suffix("'s").unwrap_or(s).trim().to_string()
}

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.replace('’', "'")
                .trim_end_matches("'s")
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The capitalised words of a name, lower-cased: what the text would name it by ("Her submission
/// to the court" is named by nothing).
fn cap_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .flat_map(lower_words)
        .collect()
}

/// `government_of`, remembered per name: an article names the same speakers again and again.
struct Governments(FastMap<String, Option<&'static str>>);

impl Governments {
    fn of(&mut self, name: &str) -> Option<&'static str> {
        if let Some(&g) = self.0.get(name) {
            return g;
        }
        let g = government_of(&norm(name));
        self.0.insert(name.to_string(), g);
        g
    }

    /// The government a statement's speaker speaks for, trying the name, then the crude party
    /// speakers.rs gave (not for an anonymous source: "a source in Caracas" does not speak for
    /// Venezuela's government, "Russian officials" do).
    fn of_speaker(&mut self, st: &Statement) -> Option<&'static str> {
        self.of(&st.speaker.name).or_else(|| {
            st.speaker
                .party
                .as_deref()
                .filter(|_| !st.speaker.anonymous)
                .and_then(|p| self.of(p))
        })
    }
}

/// Words that may sit before a name without changing who it is ("Democrat Hillary Clinton").
fn is_title(w: &str) -> bool {
    lexicon::sets().roles.contains(w)
        || matches!(
            w,
            "democrat"
                | "republican"
                | "democratic"
                | "gop"
                | "former"
                | "then"
                | "u.s"
                | "us"
                | "rival"
                | "incumbent"
                | "presumptive"
        )
}

impl Parties {
    /// Groups the speakers of `statements` into parties and writes each party's name into
    /// `speaker.party`.
    pub fn assign(statements: &mut [Statement]) -> Parties {
        let n = statements.len();
        let mut govs = Governments(FastMap::default());
        // First a key per statement: government, else the organisation speakers.rs found before
        // the role, else the name.
        // Worked out once per distinct speaker: articles quote the same few many times.
        let mut known: FastMap<(&str, Option<&str>, bool), Option<String>> = FastMap::default();
        let mut key: Vec<Option<String>> = Vec::with_capacity(n);
        for st in statements.iter() {
            let sp = &st.speaker;
            let id = (sp.name.as_str(), sp.party.as_deref(), sp.anonymous);
            if let Some(k) = known.get(&id) {
                key.push(k.clone());
                continue;
            }
            let k = if sp.name.trim().is_empty() {
                None
            } else if let Some(g) = govs.of_speaker(st) {
                Some(g.to_string())
            } else {
                Some(norm(sp.party.as_deref().unwrap_or(&sp.name)))
            };
            known.insert(id, k.clone());
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
                key[i] = key[j].clone();
            }
        }

        // Short forms join the longer names they are part of: "Clinton", "Hillary Clinton" and
        // "Democrat Hillary Clinton" are one party; "Trump" joins neither when both "Donald Trump"
        // and "Ivana Trump" speak. Titles and party labels do not count as name words.
        let mut count: FastMap<String, usize> = FastMap::default();
        for k in key.iter().flatten() {
            *count.entry(k.clone()).or_default() += 1;
        }
        let mut distinct: Vec<String> = count.keys().cloned().collect();
        distinct.sort();
        let cores: Vec<Vec<String>> = distinct
            .iter()
            .map(|k| {
                let mut w: Vec<String> = lower_words(k)
                    .into_iter()
                    .filter(|w| !is_title(w))
                    .collect();
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
        let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
        for (b, core) in cores.iter().enumerate() {
            for w in core {
                by_word.entry(w.as_str()).or_default().push(b);
            }
        }
        for a in 0..m {
            if cores[a].is_empty() || govs.of(&distinct[a]).is_some() {
                continue;
            }
            // Names holding all of a's words, whose other words are not organisation words
            // ("Clinton campaign" is not Clinton).
            // Only names sharing a word can hold all of a's words: look those up by a's rarest
            // word (not its first: a page naming thousands of "John …" would make this quadratic).
            let rarest = cores[a]
                .iter()
                .min_by_key(|w| by_word[w.as_str()].len())
                .expect("core is not empty");
            let sup: Vec<usize> = by_word[rarest.as_str()]
                .iter()
                .copied()
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
        let mut display: FastMap<usize, usize> = FastMap::default();
        let word_count: Vec<usize> = distinct.iter().map(|k| lower_words(k).len()).collect();
        for a in 0..m {
            let r = find(&mut root, a);
            let rank = |k: usize| {
                (
                    cores[k].len() >= 2,
                    std::cmp::Reverse(word_count[k]),
                    count[&distinct[k]],
                    std::cmp::Reverse(distinct[k].len()),
                )
            };
            let e = display.entry(r).or_insert(a);
            if rank(a) > rank(*e) {
                *e = a;
            }
        }
        let mut target: FastMap<String, String> = FastMap::default();
        for a in 0..m {
            let r = find(&mut root, a);
            target.insert(distinct[a].clone(), distinct[display[&r]].clone());
        }
        // Party of each statement, through its key's group: one lookup per statement, one
        // party index per distinct key.
        let mut names: Vec<String> = Vec::new();
        let mut index: FastMap<&str, usize> = FastMap::default();
        let mut of = vec![NOBODY; n];
        for (i, k) in key.iter().enumerate() {
            let Some(k) = k else { continue };
            let shown = target.get(k.as_str()).map_or(k.as_str(), |t| t.as_str());
            let p = *index.entry(shown).or_insert_with(|| {
                names.push(shown.to_string());
                names.len() - 1
            });
            of[i] = p;
        }
        for (i, st) in statements.iter_mut().enumerate() {
            if of[i] != NOBODY && st.speaker.party.as_deref() != Some(&names[of[i]]) {
                st.speaker.party = Some(names[of[i]].clone());
            }
        }

        // Words that name each party in running text: its name, its members' names, and for a
        // government every alias of it ("Moscow", "Russia", "Russian").
        let stop = &lexicon::sets().determiners;
        let mut words: Vec<Vec<String>> = vec![Vec::new(); names.len()];
        let mut press = vec![false; names.len()];
        let add = |p: usize, s: &str, words: &mut Vec<Vec<String>>| {
            for w in cap_words(s) {
                if w.len() > 1
                    && !is_title(&w)
                    && !stop.contains(w.as_str())
                    && !lexicon::sets().not_speaker.contains(w.as_str())
                    && !words[p].contains(&w)
                {
                    words[p].push(w);
                }
            }
        };
        // Anonymous sources have no name to be mentioned by ("a source in Caracas" is not named
        // by "Caracas"), so only parties with a named member are looked for in the text.
        let mut named = vec![false; names.len()];
        for (i, st) in statements.iter().enumerate() {
            if of[i] != NOBODY && !st.speaker.anonymous {
                named[of[i]] = true;
            }
        }
        for (p, name) in names.iter().enumerate() {
            let row = lexicon::GOVERNMENT_ALIASES.iter().find(|r| r[0] == name);
            if named[p] || row.is_some() {
                add(p, name, &mut words);
            }
            for alias in row.into_iter().flat_map(|r| r.iter()) {
                add(p, alias, &mut words);
            }
        }
        // Each speaker once (an article quotes the same few again and again).
        let mut seen: FastSet<(usize, &str, &str)> = FastSet::default();
        for (i, st) in statements.iter().enumerate() {
            if of[i] == NOBODY || !seen.insert((of[i], &st.speaker.name, &st.speaker.text)) {
                continue;
            }
            if !st.speaker.anonymous {
                add(of[i], &st.speaker.name, &mut words);
            }
            let said = lower_words(&st.speaker.text);
            let named = lower_words(&st.speaker.name);
            if said
                .iter()
                .chain(&named)
                .any(|w| dl::PRESS_WORDS.contains(&w.as_str()))
                || st.cue_lemma == "report"
            {
                press[of[i]] = true;
            }
        }
        // A word claimed by two parties names neither ("Trump" when Donald and Ivana speak).
        let mut owners: FastMap<String, usize> = FastMap::default();
        for ws in &words {
            for w in ws {
                *owners.entry(w.clone()).or_default() += 1;
            }
        }
        let mut by_word: FastMap<String, usize> = FastMap::default();
        for (p, ws) in words.iter().enumerate() {
            for w in ws {
                if owners[w] == 1 {
                    by_word.insert(w.clone(), p);
                }
            }
        }
        Parties {
            names,
            of,
            by_word,
            press,
        }
    }

    /// The party a lower-case word names, if exactly one does.
    pub fn named_by(&self, word: &str) -> Option<usize> {
        self.by_word.get(word.trim_end_matches("'s")).copied()
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
