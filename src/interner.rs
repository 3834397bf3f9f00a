//! Distinct strings, each with a small id (the order it was first met), found again through a
//! compact open-addressing table of ids hashed with the crate's FNV-1a. A slot is 4 bytes, so
//! interning an article's words touches few cache lines: most of them are met once or twice, so
//! most lookups are first meetings, and a table of (string, id) pairs would spread them over 8
//! times the memory.

use crate::lexicon::Fnv;
use std::borrow::Cow;
use std::hash::Hasher;

/// An empty slot.
const EMPTY: u32 = u32::MAX;

pub struct Interner<'d> {
    texts: Vec<Cow<'d, str>>,
    /// The id in each slot (`EMPTY` for none); a power of two long, at most half full.
    slots: Vec<u32>,
}

fn hash(w: &str) -> usize {
    let mut h = Fnv::default();
    h.write(w.as_bytes());
    h.finish() as usize
}

/// Byte by byte in line: the strings are short words, for which a call to `memcmp` costs more
/// than the comparison.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// The slot holding `w`, or the empty one where it would go.
fn slot_of(slots: &[u32], texts: &[Cow<str>], w: &str) -> usize {
    let mask = slots.len() - 1;
    let mut i = hash(w) & mask;
    while slots[i] != EMPTY && !same(&texts[slots[i] as usize], w) {
        i = (i + 1) & mask;
    }
    i
}

impl<'d> Interner<'d> {
    /// Room for `n` strings before the table grows.
    pub fn with_capacity(n: usize) -> Interner<'d> {
        Interner {
            texts: Vec::with_capacity(n),
            slots: vec![EMPTY; (2 * n).next_power_of_two().max(16)],
        }
    }

    pub fn get(&self, w: &str) -> Option<u32> {
        let id = self.slots[slot_of(&self.slots, &self.texts, w)];
        (id != EMPTY).then_some(id)
    }

    /// The id of `w`, and whether it was met just now.
    pub fn intern(&mut self, w: Cow<'d, str>) -> (u32, bool) {
        let i = slot_of(&self.slots, &self.texts, &w);
        if self.slots[i] != EMPTY {
            return (self.slots[i], false);
        }
        let id = self.texts.len() as u32;
        self.texts.push(w);
        self.slots[i] = id;
        if 2 * self.texts.len() > self.slots.len() {
            self.slots = vec![EMPTY; 2 * self.slots.len()];
            for id in 0..self.texts.len() {
                let i = slot_of(&self.slots, &self.texts, &self.texts[id]);
                self.slots[i] = id as u32;
            }
        }
        (id, true)
    }

    pub fn text(&self, id: u32) -> &Cow<'d, str> {
        &self.texts[id as usize]
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
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
            let (id, new) = words.intern(Cow::Borrowed(w));
            assert_eq!(id as usize, i % 70);
            assert_eq!(new, i < 70);
        }
        assert_eq!(words.len(), 70);
        assert_eq!(words.get("w69"), Some(69));
        assert_eq!(words.get("w70"), None);
        assert_eq!(words.text(5), "w5");
    }
}
