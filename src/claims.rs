//! Claims: what a statement is about, as a bag of word stems weighted by how rare they are in the
//! article, and the grouping of statements into claims (statements about one proposition share
//! an id).

use super::lexicon as dl;
use crate::stance::lexicon as sl;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

// The project's one FNV-1a hasher (short word keys; see lexicon.rs).
pub use crate::lexicon::Fnv;

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

fn stopwords() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        sl::STOPWORDS
            .iter()
            .chain(dl::EXTRA_STOPWORDS)
            .chain(sl::NEGATION)
            .copied()
            .collect()
    })
}

/// A crude English stemmer, enough to meet "removed" with "remove" and "specialists" with
/// "specialist": plural and -ed/-ing endings off, then a final "e".
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

/// The word without its possessive "'s" (all of them, as `trim_end_matches` would): a suffix
/// test, where `trim_end_matches` with a string pattern sets up a substring searcher per call.
pub fn without_possessive(mut word: &str) -> &str {
    while let Some(w) = word.strip_suffix("'s") {
        word = w;
    }
    word
}

/// [`stem`] into a reused buffer.
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    let w = without_possessive(word);
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        out.push_str(w);
        return;
    }
    if let Some(b) = w.strip_suffix("ies").filter(|_| n > 4) {
        out.push_str(b);
        out.push('y');
    } else if let Some(b) = w.strip_suffix("ing").filter(|_| n > 5) {
        out.push_str(b);
    } else if let Some(b) = w.strip_suffix("ed").filter(|_| n > 4) {
        out.push_str(b);
    } else if let Some(b) = w
        .strip_suffix("es")
        .filter(|b| n > 4 && b.ends_with(['s', 'x', 'z', 'h']))
    {
        out.push_str(b);
    } else if let Some(b) = w.strip_suffix('s').filter(|b| !b.ends_with('s')) {
        out.push_str(b);
    } else {
        out.push_str(w);
    }
    if out.len() > 4 && out.ends_with('e') {
        out.pop();
    }
}

/// Whether a lower-case word carries content worth comparing.
pub fn is_content_word(w: &str) -> bool {
    w.len() > 1 && !stopwords().contains(w) && w.chars().any(char::is_alphanumeric)
}

/// Word bags of every statement, with the stems' rarity across the article.
pub struct Bags {
    /// Sorted, distinct stem ids per statement.
    bags: Vec<Vec<u32>>,
    /// Rarity of each stem id over the article's statements, in (0, 1].
    idf: Vec<f32>,
    /// Summed rarity of each statement's stems.
    total: Vec<f32>,
    ids: FastMap<String, u32>,
}

impl Bags {
    /// `words[i]` are the lower-case words of statement `i`'s content.
    pub fn new(words: &[Vec<&str>]) -> Bags {
        let mut ids: FastMap<String, u32> = FastMap::default();
        let mut df: Vec<u32> = Vec::new();
        let mut buf = String::new();
        let bags: Vec<Vec<u32>> = words
            .iter()
            .map(|ws| {
                let mut bag: Vec<u32> = ws
                    .iter()
                    .filter(|w| is_content_word(w))
                    .map(|w| {
                        stem_into(w, &mut buf);
                        match ids.get(buf.as_str()) {
                            Some(&id) => id,
                            None => {
                                let id = ids.len() as u32;
                                ids.insert(buf.clone(), id);
                                id
                            }
                        }
                    })
                    .collect();
                bag.sort_unstable();
                bag.dedup();
                for &id in &bag {
                    if id as usize >= df.len() {
                        df.resize(id as usize + 1, 0);
                    }
                    df[id as usize] += 1;
                }
                bag
            })
            .collect();
        // Rarity scaled so that a word in at most a tenth of the statements (or two) weighs 1: an
        // overlap is then about "how many rare words in common", whatever the article's length.
        let n = words.len() as f32;
        let rare = (n / 10.0).max(2.0);
        let top = ((n + 1.0) / (rare + 0.5)).ln().max(0.1);
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| (((n + 1.0) / (d as f32 + 0.5)).ln() / top).clamp(0.05, 1.0))
            .collect();
        let total = bags
            .iter()
            .map(|b| b.iter().map(|&id| idf[id as usize]).sum())
            .collect();
        Bags {
            bags,
            idf,
            total,
            ids,
        }
    }

    /// How much two statements' contents share: the summed rarity of their common stems
    /// (about the number of rare words they have in common).
    pub fn overlap(&self, i: usize, j: usize) -> f32 {
        let (a, b) = (&self.bags[i], &self.bags[j]);
        let (mut x, mut y, mut sum) = (0, 0, 0.0);
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.idf[a[x] as usize];
                    x += 1;
                    y += 1;
                }
            }
        }
        sum
    }

    /// The overlap and its share of the smaller statement's words, in [0, 1]; a statement of one
    /// or two words ("a veto") counts as two rare words, so it cannot be wholly shared by chance.
    pub fn overlap_share(&self, i: usize, j: usize) -> (f32, f32) {
        let o = self.overlap(i, j);
        let small = self.total[i].min(self.total[j]).max(2.0);
        (o, (o / small).min(1.0))
    }

    /// Whether statement `i`'s content has a word of this stem.
    pub fn has_stem(&self, i: usize, stem: &str) -> bool {
        self.ids
            .get(stem)
            .is_some_and(|id| self.bags[i].binary_search(id).is_ok())
    }

    /// Number of distinct content stems of a statement.
    pub fn size(&self, i: usize) -> usize {
        self.bags[i].len()
    }
}

/// Union-find over statements; a claim's id is the smallest statement id in it.
pub struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    pub fn new(n: usize) -> Groups {
        Groups {
            parent: (0..n).collect(),
        }
    }
    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    pub fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        // The smaller index is the root, so the root is the group's first statement.
        if ra < rb {
            self.parent[rb] = ra;
        } else if rb < ra {
            self.parent[ra] = rb;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_inflections() {
        assert_eq!(stem("removed"), stem("remove"));
        assert_eq!(stem("specialists"), stem("specialist"));
        assert_eq!(stem("servicing"), stem("service"));
        assert_eq!(stem("studies"), "study");
        assert_eq!(stem("trump's"), "trump");
        assert_eq!(without_possessive("x's's"), "x");
        assert_eq!(without_possessive("'s"), "");
    }

    #[test]
    fn rare_shared_words_weigh_more() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        let bags = Bags::new(&[
            w("russia removed specialists from venezuela"),
            w("specialists are still in venezuela"),
            w("venezuela held elections"),
        ]);
        assert!(bags.overlap(0, 1) > bags.overlap(0, 2));
    }
}
