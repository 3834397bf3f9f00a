//! Distinct strings, each with a small id (the order it was first met), found again through a
//! compact open-addressing table of ids hashed with the crate's FNV-1a. The strings are copied
//! one after another into one buffer, and a slot is 4 bytes: interning an article's words (or a
//! page's thousands of names) touches few cache lines and allocates nothing per string. Most
//! words are met once or twice, so most lookups are first meetings, and a table of
//! (string, id) pairs would spread them over 8 times the memory.

use crate::lexicon::Fnv;
use std::hash::Hasher;

/// An empty slot.
const EMPTY: u32 = u32::MAX;

pub struct Interner {
    /// The strings, one after another.
    bytes: String,
    /// Where each string ends in `bytes` (it starts where the one before ends).
    ends: Vec<usize>,
    /// The id in each slot (`EMPTY` for none); a power of two long, at most half full.
    slots: Vec<u32>,
}

fn hash(w: &str) -> usize {
    let mut h = Fnv::default();
    h.write(w.as_bytes());
    h.finish() as usize
}

impl Interner {
    /// Room for `n` strings before the table grows.
    pub fn with_capacity(n: usize) -> Interner {
        Interner {
            bytes: String::with_capacity(8 * n),
            ends: Vec::with_capacity(n),
            slots: vec![EMPTY; (2 * n).next_power_of_two().max(16)],
        }
    }

    /// String `id`'s bounds in `bytes`.
    fn bounds(&self, id: usize) -> (usize, usize) {
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        (start, self.ends[id])
    }

    /// Whether string `id` is `w`: lengths first, so that most other strings are turned away
    /// without reading their bytes. Byte by byte in line: the strings are short words, for
    /// which a call to `memcmp` costs more than the comparison.
    fn is(&self, id: u32, w: &str) -> bool {
        let (a, b) = self.bounds(id as usize);
        b - a == w.len()
            && self.bytes.as_bytes()[a..b]
                .iter()
                .zip(w.bytes())
                .all(|(&x, y)| x == y)
    }

    /// The slot holding `w`, or the empty one where it would go.
    fn slot_of(&self, w: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash(w) & mask;
        while self.slots[i] != EMPTY && !self.is(self.slots[i], w) {
            i = (i + 1) & mask;
        }
        i
    }

    pub fn get(&self, w: &str) -> Option<u32> {
        let id = self.slots[self.slot_of(w)];
        (id != EMPTY).then_some(id)
    }

    /// The id of `w`, and whether it was met just now.
    pub fn intern(&mut self, w: &str) -> (u32, bool) {
        let i = self.slot_of(w);
        if self.slots[i] != EMPTY {
            return (self.slots[i], false);
        }
        let id = self.ends.len() as u32;
        self.bytes.push_str(w);
        self.ends.push(self.bytes.len());
        self.slots[i] = id;
        if 2 * self.ends.len() > self.slots.len() {
            self.slots = vec![EMPTY; 2 * self.slots.len()];
            for id in 0..self.ends.len() as u32 {
                let i = self.slot_of(self.text(id));
                self.slots[i] = id;
            }
        }
        (id, true)
    }

    pub fn text(&self, id: u32) -> &str {
        let (a, b) = self.bounds(id as usize);
        &self.bytes[a..b]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_in_order_of_first_meeting_and_found_again_after_growing() {
        let mut words = Interner::with_capacity(2);
        let all: Vec<String> = (0..200).map(|i| format!("w{}", i % 70)).collect();
        for (i, w) in all.iter().enumerate() {
            let (id, new) = words.intern(w);
            assert_eq!(id as usize, i % 70);
            assert_eq!(new, i < 70);
        }
        assert_eq!(words.len(), 70);
        assert_eq!(words.get("w69"), Some(69));
        assert_eq!(words.get("w70"), None);
        assert_eq!(words.text(5), "w5");
    }
}
