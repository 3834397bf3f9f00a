//! The one place byte offsets are converted. The core works in UTF-8 bytes; JavaScript indexes
//! strings in UTF-16 code units and the command line's contract (eval/README.md) in code points.

/// Which unit a converted offset counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// UTF-16 code units, as JavaScript's `String` indexes.
    Utf16,
    /// Unicode scalar values, as Python's `str` indexes.
    CodePoint,
}

/// Converts many sorted or unsorted byte offsets of one text in a single pass over it.
/// Each byte offset must lie on a char boundary (the core only produces such offsets).
pub struct OffsetMap {
    /// `(byte offset, converted offset)` at every char start, plus the end of the text.
    table: Vec<(u32, u32)>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: Unit) -> Self {
        let mut table = Vec::with_capacity(text.len() / 4 + 2);
        let mut units = 0u32;
        for (byte, ch) in text.char_indices() {
            // Only record where the two counts diverge further; lookups interpolate between.
            if ch.len_utf8() > 1 || table.is_empty() {
                table.push((byte as u32, units));
            }
            units += match unit {
                Unit::Utf16 => ch.len_utf16() as u32,
                Unit::CodePoint => 1,
            };
            if ch.len_utf8() > 1 {
                table.push(((byte + ch.len_utf8()) as u32, units));
            }
        }
        table.push((text.len() as u32, units));
        OffsetMap { table }
    }

    /// The converted offset of a byte offset. Between recorded points every char is one byte and one
    /// unit, so the offset is the last recorded point plus the distance to it.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte as u32;
        let i = match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => return self.table[i].1 as usize,
            Err(0) => return byte as usize,
            Err(i) => i - 1,
        };
        let (b, u) = self.table[i];
        (u + (byte - b)) as usize
    }
}

/// Converts one offset; for many offsets build an [`OffsetMap`] once.
pub fn convert(text: &str, byte: usize, unit: Unit) -> usize {
    let prefix = &text[..byte];
    match unit {
        Unit::Utf16 => prefix.encode_utf16().count(),
        Unit::CodePoint => prefix.chars().count(),
    }
}

/// The byte offsets of `offsets`, counted in `unit`s and ascending, in one pass over `text`;
/// `Err(i)` when offset `i` is out of order, inside a character (half a surrogate pair) or past
/// the end. The shell's offsets come in through here.
pub fn to_bytes(text: &str, unit: Unit, offsets: &[usize]) -> Result<Vec<usize>, usize> {
    let mut out = Vec::with_capacity(offsets.len());
    let mut chars = text.char_indices();
    let (mut byte, mut units) = (0usize, 0usize);
    for (i, &want) in offsets.iter().enumerate() {
        while units < want {
            let Some((b, ch)) = chars.next() else {
                return Err(i);
            };
            units += match unit {
                Unit::Utf16 => ch.len_utf16(),
                Unit::CodePoint => 1,
            };
            byte = b + ch.len_utf8();
        }
        if units != want {
            return Err(i);
        }
        out.push(byte);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_nbsp_and_curly_quotes() {
        let text = "😀 Peskov\u{a0}said: \u{201c}No.\u{201d} ok";
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let map = OffsetMap::new(text, unit);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.convert(b), convert(text, b, unit), "byte {b} {unit:?}");
            }
        }
        let map = OffsetMap::new(text, Unit::Utf16);
        let p = text.find("Peskov").unwrap();
        assert_eq!(p, 5); // 4 bytes of emoji + space
        assert_eq!(map.convert(p), 3); // surrogate pair + space
        assert_eq!(OffsetMap::new(text, Unit::CodePoint).convert(p), 2);
    }

    #[test]
    fn to_bytes_inverts_convert() {
        let text = "😀 Peskov\u{a0}said: \u{201c}No.\u{201d} ok";
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let units: Vec<usize> = bytes.iter().map(|&b| convert(text, b, unit)).collect();
            assert_eq!(to_bytes(text, unit, &units), Ok(bytes.clone()), "{unit:?}");
        }
        // Half a surrogate pair, out of order, past the end.
        assert_eq!(to_bytes(text, Unit::Utf16, &[1]), Err(0));
        assert_eq!(to_bytes(text, Unit::Utf16, &[3, 2]), Err(1));
        assert_eq!(to_bytes(text, Unit::Utf16, &[0, 999]), Err(1));
    }
}
