//! Byte scans eight bytes at a time (SWAR: one `u64` holds eight bytes), for the passes of the
//! splitter that look at every byte of the text: most eight-byte chunks of news text hold none
//! of the bytes a pass looks for and are passed over with a few word operations.

/// Each byte `0x80`.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// Each byte `0x01`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// Each byte `0x7f`.
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// `b` in each of the eight bytes.
pub(crate) const fn splat(b: u8) -> u64 {
    ONES * b as u64
}

/// The eight bytes of a chunk, little-endian.
#[inline]
pub(crate) fn load(chunk: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(chunk);
    u64::from_le_bytes(word)
}

/// Non-zero when some byte of `w` is zero (exact as a yes-or-no answer, not per byte).
#[inline]
pub(crate) const fn has_zero(w: u64) -> u64 {
    w.wrapping_sub(ONES) & !w & HIGH
}

/// Non-zero when some byte of `w` is `b`.
#[inline]
pub(crate) const fn has_byte(w: u64, b: u8) -> u64 {
    has_zero(w ^ splat(b))
}

/// Non-zero when some byte of `w` is below `n` (`n <= 0x80`) or is `0x80` or above.
#[inline]
pub(crate) const fn has_below_or_high(w: u64, n: u8) -> u64 {
    (w.wrapping_sub(splat(n)) | w) & HIGH
}

/// The offset of the first byte of `bytes` that `table` accepts. `maybe` must be non-zero for
/// every chunk of eight bytes that holds such a byte (it may be non-zero for others too).
#[inline]
pub(crate) fn find(bytes: &[u8], table: &[bool; 256], maybe: impl Fn(u64) -> u64) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        if maybe(load(chunk)) != 0 {
            if let Some(p) = chunk.iter().position(|&b| table[usize::from(b)]) {
                return Some(base + p);
            }
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| table[usize::from(b)])
        .map(|p| base + p)
}

/// The high bit of each byte of `w` that is an ASCII capital letter, and no other bit.
#[inline]
pub(crate) const fn capitals(w: u64) -> u64 {
    // With the high bit cleared no addition below carries into the next byte.
    let x = w & LOW7;
    x.wrapping_add(splat(0x80 - b'A')) & !x.wrapping_add(splat(0x80 - b'Z' - 1)) & !w & HIGH
}

/// How many bytes of `bytes` are ASCII capital letters and how many ASCII small letters.
pub(crate) fn ascii_case_counts(bytes: &[u8]) -> (usize, usize) {
    // Per-byte counters in two words, emptied before a byte can overflow.
    fn total(acc: u64) -> usize {
        let pairs = (acc & 0x00ff_00ff_00ff_00ff) + ((acc >> 8) & 0x00ff_00ff_00ff_00ff);
        (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
    }
    let (mut upper, mut lower) = (0, 0);
    for block in bytes.chunks(8 * 255) {
        let (mut acc_upper, mut acc_lower) = (0u64, 0u64);
        let mut chunks = block.chunks_exact(8);
        for chunk in &mut chunks {
            let w = load(chunk);
            let ascii = !w & HIGH;
            // With the high bit cleared no addition below carries into the next byte.
            let x = w & LOW7;
            let capital =
                x.wrapping_add(splat(0x80 - b'A')) & !x.wrapping_add(splat(0x80 - b'Z' - 1));
            let small =
                x.wrapping_add(splat(0x80 - b'a')) & !x.wrapping_add(splat(0x80 - b'z' - 1));
            acc_upper += (capital & ascii) >> 7;
            acc_lower += (small & ascii) >> 7;
        }
        upper += total(acc_upper);
        lower += total(acc_lower);
        for b in chunks.remainder() {
            upper += usize::from(b.is_ascii_uppercase());
            lower += usize::from(b.is_ascii_lowercase());
        }
    }
    (upper, lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_counts_match_a_byte_loop() {
        let mut text: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        text.extend_from_slice("Éte ÀB zZ aA@[`{".as_bytes());
        for end in [0, 1, 7, 8, 9, 255, 2040, 2041, 4100, text.len()] {
            let part = &text[..end];
            let upper = part.iter().filter(|b| b.is_ascii_uppercase()).count();
            let lower = part.iter().filter(|b| b.is_ascii_lowercase()).count();
            assert_eq!(ascii_case_counts(part), (upper, lower), "{end}");
        }
        let capitals = vec![b'Q'; 8 * 255 * 3 + 5];
        assert_eq!(ascii_case_counts(&capitals), (capitals.len(), 0));
    }

    #[test]
    fn capitals_marks_exactly_the_capital_letters() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut word = *b"aZ@[`{\x80A";
                word[k] = b;
                let w = u64::from_le_bytes(word);
                let want = word
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.is_ascii_uppercase())
                    .fold(0u64, |m, (i, _)| m | 0x80 << (8 * i));
                assert_eq!(capitals(w), want, "{word:?}");
            }
        }
    }

    #[test]
    fn find_agrees_with_position() {
        let mut table = [false; 256];
        table[usize::from(b'.')] = true;
        table[0xE2] = true;
        let maybe = |w| has_byte(w, b'.') | (w & HIGH);
        let text = "abc defghij klmnop. qrs ‘tuv’ wxyz……".as_bytes();
        for start in 0..text.len() {
            let rest = &text[start..];
            let want = rest.iter().position(|&b| table[usize::from(b)]);
            assert_eq!(find(rest, &table, maybe), want, "{start}");
        }
        for b in 0..=255u8 {
            let w = u64::from_le_bytes([b'x', b'y', b, b'z', 0x0e, 0x7f, b'a', b'b']);
            assert_eq!(has_byte(w, b'.') != 0, b == b'.', "{b}");
            assert_eq!(
                has_below_or_high(w, 0x0e) != 0,
                !(0x0e..0x80).contains(&b),
                "{b}"
            );
        }
    }
}
