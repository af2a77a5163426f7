//! An append-only string interner: every distinct string is stored once, in one buffer, and
//! named by a dense id. It replaces a map of shared strings (two allocations and a reference
//! count per distinct word) with one growing buffer and a table of ids.

use hashbrown::HashTable;

use crate::fxhash::{Key, key};

/// Interned strings, ids `0..len()` in order of first insertion.
#[derive(Clone, Debug, Default)]
pub(crate) struct Interner {
    /// The strings, one after the other.
    buf: String,
    /// The end of string `i` in `buf`; it starts where string `i - 1` ends.
    ends: Vec<usize>,
    /// The strings' ids, found by their [`Key`]s.
    table: HashTable<Slot>,
}

/// An entry of the interner's table: the id, with the length and first bytes of the string,
/// which settle a comparison without reading the buffer when the string is short.
#[derive(Clone, Copy, Debug)]
struct Slot {
    id: u32,
    len: usize,
    head: u64,
}

impl Interner {
    /// An interner sized for about `strings` strings of `bytes` bytes in all.
    pub(crate) fn with_capacity(strings: usize, bytes: usize) -> Interner {
        Interner {
            buf: String::with_capacity(bytes),
            ends: Vec::with_capacity(strings),
            table: HashTable::with_capacity(strings),
        }
    }

    /// The id of `s`, if it was interned.
    #[cfg(test)]
    pub(crate) fn get(&self, s: &str) -> Option<u32> {
        self.get_keyed(key(s), s)
    }

    /// [`Interner::get`] with the string's [`Key`] already computed, so that a lookup that
    /// misses and the insertion that follows hash the string once.
    #[inline]
    pub(crate) fn get_keyed(&self, k: Key, s: &str) -> Option<u32> {
        self.table
            .find(k.hash, |slot| {
                slot.head == k.head
                    && slot.len == s.len()
                    && (s.len() <= 8 || self.bytes(slot.id).get(8..) == s.as_bytes().get(8..))
            })
            .map(|slot| slot.id)
    }

    /// The bytes of string `id` (empty for an unknown id), without the char-boundary checks
    /// of [`Interner::resolve`]: what a comparison needs.
    #[inline]
    fn bytes(&self, id: u32) -> &[u8] {
        let i = id as usize;
        let end = self.ends.get(i).copied().unwrap_or(0);
        let start = match i.checked_sub(1) {
            Some(j) => self.ends.get(j).copied().unwrap_or(0),
            None => 0,
        };
        self.buf.as_bytes().get(start..end).unwrap_or(&[])
    }

    /// Interns `s`, which [`Interner::get_keyed`] just did not find, with its key `k`.
    pub(crate) fn insert_new(&mut self, k: Key, s: &str) -> u32 {
        let id = self.ends.len() as u32;
        self.buf.push_str(s);
        self.ends.push(self.buf.len());
        let Interner { buf, ends, table } = self;
        let (buf, ends) = (&*buf, &*ends);
        let slot = Slot {
            id,
            len: s.len(),
            head: k.head,
        };
        table.insert_unique(k.hash, slot, |slot| {
            let i = slot.id as usize;
            let start = match i.checked_sub(1) {
                Some(j) => ends.get(j).copied().unwrap_or(0),
                None => 0,
            };
            let end = ends.get(i).copied().unwrap_or(0);
            key(buf.get(start..end).unwrap_or("")).hash
        });
        id
    }

    /// The id of `s`, interning it first if it is new.
    #[cfg(test)]
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        self.intern_keyed(key(s), s)
    }

    /// [`Interner::intern`] with the string's [`Key`] already computed.
    pub(crate) fn intern_keyed(&mut self, k: Key, s: &str) -> u32 {
        match self.get_keyed(k, s) {
            Some(id) => id,
            None => self.insert_new(k, s),
        }
    }

    /// The string of `id` (empty for an unknown id).
    #[inline]
    pub(crate) fn resolve(&self, id: u32) -> &str {
        let i = id as usize;
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        self.buf.get(start..end).unwrap_or("")
    }

    /// How many strings are interned.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
}

#[cfg(test)]
mod tests {
    use super::Interner;

    #[test]
    fn ids_are_dense_and_strings_round_trip() {
        let mut i = Interner::default();
        let words = ["the", "", "house", "the", "maison", "house", "é", ""];
        let ids: Vec<u32> = words.iter().map(|w| i.intern(w)).collect();
        assert_eq!(ids, [0, 1, 2, 0, 3, 2, 4, 1]);
        assert_eq!(i.len(), 5);
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(i.resolve(*id), *w);
            assert_eq!(i.get(w), Some(*id));
        }
        assert_eq!(i.get("absent"), None);
        assert_eq!(i.resolve(99), "");
    }

    #[test]
    fn many_strings_survive_table_growth() {
        let mut i = Interner::with_capacity(1, 1);
        for n in 0..10_000u32 {
            assert_eq!(i.intern(&format!("w{n}")), n);
        }
        for n in (0..10_000u32).rev() {
            assert_eq!(i.get(&format!("w{n}")), Some(n));
            assert_eq!(i.resolve(n), format!("w{n}"));
        }
    }
}
