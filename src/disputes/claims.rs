//! Claims: what a statement is about, as a bag of word stems weighted by how rare they are in the
//! article, and the grouping of statements into claims (statements about one proposition share
//! an id).

use super::words;
pub use crate::hash::{HashMap as FastMap, HashSet as FastSet};

/// Most u64s the bit sets may take (8 MB). The table is bags × stems / 64, quadratic when each
/// statement brings stems of its own (thousands of distinct names, numbers): past this, found in
/// long texts only, membership is a binary search in the sorted bag, with the same answers.
const MAX_BITS: usize = 1 << 20;

/// Word bags of every statement, with the stems' rarity across the article.
pub struct Bags {
    /// Sorted, distinct stem ids of each statement: statement `i`'s are `ids[start[i]..start[i + 1]]`.
    bag_ids: Vec<u32>,
    start: Vec<usize>,
    /// The same bags as bit sets, `words` u64s a statement: an overlap then tests the smaller
    /// bag's ids against the other's bits rather than merging two lists. Empty (and `words`
    /// 0) when the table would pass [`MAX_BITS`]: the bags are then binary-searched.
    bits: Vec<u64>,
    words: usize,
    /// Rarity of each stem id over the article's statements, in (0, 1].
    idf: Vec<f32>,
    /// Summed rarity of each statement's stems.
    total: Vec<f32>,
    /// The bags' id of each stem index (`words::NONE` for a stem in no bag).
    ids: Vec<u32>,
}

impl Bags {
    /// `stems[i]` are the stems of statement `i`'s content words, in order, as indices below
    /// `n_stems` (`words::Ctx` gives each distinct stem one).
    pub fn new<S: IntoIterator<Item = u32>>(
        stems: impl IntoIterator<Item = S>,
        n_stems: usize,
    ) -> Bags {
        Bags::with_max_bits(stems, n_stems, MAX_BITS)
    }

    /// [`Bags::new`] with bit sets of at most `max_bits` u64s (tests try both ways).
    fn with_max_bits<S: IntoIterator<Item = u32>>(
        stems: impl IntoIterator<Item = S>,
        n_stems: usize,
        max_bits: usize,
    ) -> Bags {
        // Stems are numbered in order of first use, statement by statement, so that overlaps
        // sum their rarities in that order.
        let mut ids = vec![words::NONE; n_stems];
        let mut df: Vec<u32> = Vec::new();
        let mut bag_ids: Vec<u32> = Vec::new();
        let mut start = vec![0];
        for ss in stems {
            let from = bag_ids.len();
            bag_ids.extend(ss.into_iter().map(|s| {
                let id = &mut ids[s as usize];
                if *id == words::NONE {
                    *id = df.len() as u32;
                    df.push(0);
                }
                *id
            }));
            let bag = &mut bag_ids[from..];
            bag.sort_unstable();
            let len = dedup_sorted(bag);
            bag_ids.truncate(from + len);
            for &id in &bag_ids[from..] {
                df[id as usize] += 1;
            }
            start.push(bag_ids.len());
        }
        let n_bags = start.len() - 1;
        let (bits, words) = bit_sets(&bag_ids, &start, df.len(), max_bits);
        // Rarity scaled so that a word in at most a tenth of the statements (or two) weighs 1: an
        // overlap is then about "how many rare words in common", whatever the article's length.
        let n = n_bags as f32;
        let rare = (n / 10.0).max(2.0);
        let top = ((n + 1.0) / (rare + 0.5)).ln().max(0.1);
        // A rarity per document frequency, worked out once for each frequency there is.
        let by_df: Vec<f32> = (0..=n_bags)
            .map(|d| (((n + 1.0) / (d as f32 + 0.5)).ln() / top).clamp(0.05, 1.0))
            .collect();
        let idf: Vec<f32> = df.iter().map(|&d| by_df[d as usize]).collect();
        let total = (0..n_bags)
            .map(|i| {
                bag_ids[start[i]..start[i + 1]]
                    .iter()
                    .map(|&id| idf[id as usize])
                    .sum()
            })
            .collect();
        Bags {
            bag_ids,
            start,
            bits,
            words,
            idf,
            total,
            ids,
        }
    }

    fn bag(&self, i: usize) -> &[u32] {
        &self.bag_ids[self.start[i]..self.start[i + 1]]
    }

    fn has_id(&self, i: usize, id: u32) -> bool {
        if self.words == 0 {
            self.bag(i).binary_search(&id).is_ok()
        } else {
            self.has_bit(i, id)
        }
    }

    fn has_bit(&self, i: usize, id: u32) -> bool {
        self.bits[i * self.words + id as usize / 64] >> (id % 64) & 1 == 1
    }

    /// How much two statements' contents share: the summed rarity of their common stems
    /// (about the number of rare words they have in common), added in order of stem id.
    pub fn overlap(&self, i: usize, j: usize) -> f32 {
        let (i, j) = if self.bag(i).len() <= self.bag(j).len() {
            (i, j)
        } else {
            (j, i)
        };
        // Chosen once, outside the loop: with the choice inside, the bit test below is compiled
        // into a branch.
        if self.words == 0 {
            return self.searched_overlap(i, j);
        }
        let mut sum = 0.0;
        for &id in self.bag(i) {
            // Adding 0.0 for a stem `j` lacks leaves the sum as it is: no branch to mispredict.
            let shared = f32::from(u8::from(self.has_bit(j, id)));
            sum += self.idf[id as usize] * shared;
        }
        sum
    }

    /// [`Bags::overlap`] without bit sets: bag `i`'s stems searched for in bag `j`.
    fn searched_overlap(&self, i: usize, j: usize) -> f32 {
        let mut sum = 0.0;
        for &id in self.bag(i) {
            if self.bag(j).binary_search(&id).is_ok() {
                sum += self.idf[id as usize];
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

    /// Whether statement `i`'s content has a word of this stem (an index as in [`Bags::new`]).
    pub fn has_stem(&self, i: usize, stem: u32) -> bool {
        self.ids
            .get(stem as usize)
            .is_some_and(|&id| id != words::NONE && self.has_id(i, id))
    }

    /// The summed rarity of a statement's stems: no overlap with it is larger (a sum of some of
    /// the same terms, added in the same order, cannot round above the sum of all of them).
    pub fn total(&self, i: usize) -> f32 {
        self.total[i]
    }

    /// Number of distinct content stems of a statement.
    pub fn size(&self, i: usize) -> usize {
        self.bag(i).len()
    }
}

/// The bags (`bag_ids` split at `start`) as bit sets over `n_ids` ids, and the u64s a bag takes;
/// none (and 0) when the table would be larger than `max_bits`.
fn bit_sets(bag_ids: &[u32], start: &[usize], n_ids: usize, max_bits: usize) -> (Vec<u64>, usize) {
    let n_bags = start.len() - 1;
    let words = n_ids.div_ceil(64);
    if n_bags.saturating_mul(words) > max_bits {
        return (Vec::new(), 0);
    }
    let mut bits = vec![0u64; n_bags * words];
    for i in 0..n_bags {
        for &id in &bag_ids[start[i]..start[i + 1]] {
            bits[i * words + id as usize / 64] |= 1 << (id % 64);
        }
    }
    (bits, words)
}

/// Removes repeats from a sorted slice, keeping the first of each in front; the count kept.
fn dedup_sorted(v: &mut [u32]) -> usize {
    let mut kept = 0;
    for k in 0..v.len() {
        if kept == 0 || v[k] != v[kept - 1] {
            v[kept] = v[k];
            kept += 1;
        }
    }
    kept
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
    use crate::disputes::words::{is_content_word, stem, without_possessive};
    use std::collections::HashMap;

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
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut stems = |s: &str| -> Vec<u32> {
            s.split(' ')
                .filter(|w| is_content_word(w))
                .map(|w| {
                    let n = index.len() as u32;
                    *index.entry(stem(w)).or_insert(n)
                })
                .collect()
        };
        let statements = [
            stems("russia removed specialists from venezuela"),
            stems("specialists are still in venezuela"),
            stems("venezuela held elections"),
        ];
        let bags = Bags::new(statements, index.len());
        assert!(bags.overlap(0, 1) > bags.overlap(0, 2));
    }

    /// The bit-set overlap adds the same rarities in the same order as merging the two sorted
    /// bags would, so it is the same float to the last bit.
    #[test]
    fn overlap_is_the_merged_sum() {
        let statements: Vec<Vec<u32>> = (0..40u32)
            .map(|i| {
                (0..(i % 13 + 1))
                    .map(|k| (i * 7 + k * k * 3) % 150)
                    .collect()
            })
            .collect();
        let bags = Bags::new(statements.clone(), 150);
        // The same bags searched rather than bit-tested (as in a text too long for bit sets).
        let searched = Bags::with_max_bits(statements.clone(), 150, 0);
        assert!(searched.bits.is_empty() && !bags.bits.is_empty());
        let merged = |i: usize, j: usize| {
            let (a, b) = (bags.bag(i), bags.bag(j));
            let (mut x, mut y, mut sum) = (0, 0, 0.0f32);
            while x < a.len() && y < b.len() {
                match a[x].cmp(&b[y]) {
                    std::cmp::Ordering::Less => x += 1,
                    std::cmp::Ordering::Greater => y += 1,
                    std::cmp::Ordering::Equal => {
                        sum += bags.idf[a[x] as usize];
                        x += 1;
                        y += 1;
                    }
                }
            }
            sum
        };
        for i in 0..statements.len() {
            for j in 0..statements.len() {
                assert_eq!(
                    bags.overlap(i, j).to_bits(),
                    merged(i, j).to_bits(),
                    "{i} {j}"
                );
                assert_eq!(
                    searched.overlap(i, j).to_bits(),
                    merged(i, j).to_bits(),
                    "{i} {j}"
                );
            }
        }
    }
}
