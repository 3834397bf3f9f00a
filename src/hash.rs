//! The project's one hash map: FNV-1a over short word keys, where SipHash's setup dominates the
//! lookup. Every map and set of words in the core is one of these.

use std::collections::HashMap as StdHashMap;
use std::collections::HashSet as StdHashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
pub type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;
