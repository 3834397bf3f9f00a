//! Claims: what a statement is about, as a bag of word stems weighted by how rare they are in the
//! article, and the grouping of statements into claims (statements about one proposition share
//! an id).

use super::lexicon as dl;
use crate::stance::lexicon as sl;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

fn stopwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
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
    let w = word.trim_end_matches("'s");
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    let mut s = if let Some(b) = w.strip_suffix("ies").filter(|_| n > 4) {
        format!("{b}y")
    } else if let Some(b) = w.strip_suffix("ing").filter(|_| n > 5) {
        b.to_string()
    } else if let Some(b) = w.strip_suffix("ed").filter(|_| n > 4) {
        b.to_string()
    } else if let Some(b) = w
        .strip_suffix("es")
        .filter(|b| n > 4 && b.ends_with(['s', 'x', 'z', 'h']))
    {
        b.to_string()
    } else if let Some(b) = w.strip_suffix('s').filter(|b| !b.ends_with('s')) {
        b.to_string()
    } else {
        w.to_string()
    };
    if s.len() > 4 && s.ends_with('e') {
        s.pop();
    }
    s
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
}

impl Bags {
    /// `words[i]` are the lower-case words of statement `i`'s content.
    pub fn new(words: &[Vec<String>]) -> Bags {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let bags: Vec<Vec<u32>> = words
            .iter()
            .map(|ws| {
                let mut bag: Vec<u32> = ws
                    .iter()
                    .filter(|w| is_content_word(w))
                    .map(|w| {
                        let s = stem(w);
                        let next = ids.len() as u32;
                        *ids.entry(s).or_insert(next)
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
        Bags { bags, idf, total }
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

    /// The overlap as a share of the smaller statement's words, in [0, 1]; a statement of one or
    /// two words ("a veto") counts as two rare words, so it cannot be wholly shared by chance.
    pub fn share(&self, i: usize, j: usize) -> f32 {
        let small = self.total[i].min(self.total[j]).max(2.0);
        (self.overlap(i, j) / small).min(1.0)
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
    }

    #[test]
    fn rare_shared_words_weigh_more() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let bags = Bags::new(&[
            w("russia removed specialists from venezuela"),
            w("specialists are still in venezuela"),
            w("venezuela held elections"),
        ]);
        assert!(bags.overlap(0, 1) > bags.overlap(0, 2));
    }
}
