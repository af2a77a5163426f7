//! What the eval tasks share.

/// Whether a row id falls in hash half `half` (0 or 1, by FNV-1a of the id): the split the
/// eval tasks use to tune on one half and report on the other.
pub fn in_half(id: &str, half: u8) -> bool {
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    hash % 2 == u64::from(half)
}
