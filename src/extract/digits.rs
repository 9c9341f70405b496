//! The digit search: where the runs of ASCII digits of a text start and
//! end, for the scanner, which asks of each run whether a date is there.
//!
//! The text is taken 64 bytes at a time into a mask of its digits, one bit
//! a byte, so that finding the next digit, and the end of its run, is a
//! count of zero or one bits in a word already made rather than a test of
//! byte after byte. Each block's mask is made once however many runs it
//! holds (a table of figures has many). On x86_64 the mask is made with
//! SSE2, which every x86_64 processor has, through `safe_arch`'s safe
//! wrappers of its instructions; elsewhere eight bytes at a time with
//! arithmetic on one word.

/// How many bytes one mask covers.
const BLOCK: usize = 64;

/// The digits of one text, found block by block.
#[derive(Debug)]
pub(crate) struct Digits<'a> {
    bytes: &'a [u8],
    /// The start of the block whose mask is held, a multiple of [`BLOCK`]
    /// (or `usize::MAX` before the first).
    block: usize,
    /// Bit `i` is set if byte `block + i` is a digit.
    mask: u64,
}

impl<'a> Digits<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Digits {
            bytes,
            block: usize::MAX,
            mask: 0,
        }
    }

    /// The mask of the block at `block`, made if it is not the one held.
    fn mask_of(&mut self, block: usize) -> u64 {
        if block != self.block {
            self.block = block;
            self.mask = match self.bytes.get(block..block + BLOCK) {
                Some(whole) => mask_of_block(whole),
                None => mask_of_tail(self.bytes.get(block..).unwrap_or_default()),
            };
        }
        self.mask
    }

    /// The first digit at or after `from`.
    pub(crate) fn find(&mut self, from: usize) -> Option<usize> {
        if from >= self.bytes.len() {
            return None;
        }
        let mut block = from - from % BLOCK;
        let mut mask = self.mask_of(block) & (u64::MAX << (from % BLOCK));
        if mask == 0 {
            // The blocks after it, none of them held: the loop keeps
            // its block and mask in registers and holds the last one.
            loop {
                block += BLOCK;
                mask = match self.bytes.get(block..block + BLOCK) {
                    Some(whole) => mask_of_block(whole),
                    None if block < self.bytes.len() => {
                        mask_of_tail(self.bytes.get(block..).unwrap_or_default())
                    }
                    None => return None,
                };
                if mask != 0 {
                    break;
                }
            }
            self.block = block;
            self.mask = mask;
        }
        Some(block + mask.trailing_zeros() as usize)
    }

    /// Where the run of digits from `at` on ends: `at` itself if there is
    /// no digit there, the text's end if `at` is past it.
    pub(crate) fn run_end(&mut self, mut at: usize) -> usize {
        while at < self.bytes.len() {
            let offset = at % BLOCK;
            let ones = (!(self.mask_of(at - offset) >> offset)).trailing_zeros() as usize;
            let room = BLOCK - offset;
            if ones < room {
                return at + ones;
            }
            at += room;
        }
        self.bytes.len()
    }
}

/// The digit mask of the last, short block.
fn mask_of_tail(tail: &[u8]) -> u64 {
    tail.iter()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_digit())
        .fold(0, |mask, (i, _)| mask | 1 << i)
}

/// The digit mask of 64 bytes, 16 at a time: a byte is a digit if, plus
/// `0x50` (so that `b'0'` to `b'9'` become `0x80` to `0x89`, the least
/// signed bytes), it is below `0x8A` as a signed byte: two instructions.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn mask_of_block(block: &[u8]) -> u64 {
    use safe_arch::{
        add_i8_m128i, cmp_gt_mask_i8_m128i, load_unaligned_m128i, move_mask_i8_m128i,
        set_splat_i8_m128i,
    };
    let shift = set_splat_i8_m128i(0x50);
    let past_nine = set_splat_i8_m128i(0x8Au8 as i8);
    block
        .chunks_exact(16)
        .filter_map(|sixteen| <&[u8; 16]>::try_from(sixteen).ok())
        .enumerate()
        .fold(0, |mask, (k, sixteen)| {
            let shifted = add_i8_m128i(load_unaligned_m128i(sixteen), shift);
            let digits = cmp_gt_mask_i8_m128i(past_nine, shifted);
            // One bit a byte, in the low 16 bits.
            let bits = u64::from(move_mask_i8_m128i(digits) as u16);
            mask | bits << (16 * k)
        })
}

/// The digit mask of 64 bytes, by [`mask_of_words`].
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn mask_of_block(block: &[u8]) -> u64 {
    mask_of_words(block)
}

/// The digit mask of 64 bytes, eight at a time, where SSE2 is missing
/// (and in the tests everywhere, to compare): a byte is a digit if it is
/// `0x30` to `0x39`, that is if XOR `0x30` leaves it below 10, which
/// adding `0x76` to its low seven bits tells without a carry into the next
/// byte; a multiplication gathers the eight bytes' answers into one byte.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn mask_of_words(block: &[u8]) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    block
        .chunks_exact(8)
        .filter_map(|eight| <[u8; 8]>::try_from(eight).ok())
        .enumerate()
        .fold(0, |mask, (k, eight)| {
            let x = u64::from_le_bytes(eight) ^ 0x3030_3030_3030_3030;
            let ten_or_more = (x & LOW).wrapping_add(0x7676_7676_7676_7676) | x;
            // One bit at the bottom of each digit's byte.
            let digits = (!ten_or_more & HIGH) >> 7;
            let bits = digits.wrapping_mul(0x0102_0408_1020_4080) >> 56;
            mask | bits << (8 * k)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every digit run of `bytes`, found with [`Digits`].
    fn runs(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut digits = Digits::new(bytes);
        let mut runs = Vec::new();
        let mut at = 0;
        while let Some(first) = digits.find(at) {
            at = digits.run_end(first);
            runs.push((first, at));
        }
        runs
    }

    /// Every digit run of `bytes`, byte by byte.
    fn naive(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at].is_ascii_digit() {
                let end = at
                    + bytes[at..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                runs.push((at, end));
                at = end;
            } else {
                at += 1;
            }
        }
        runs
    }

    #[test]
    fn masks_every_byte_as_a_byte_test_does() {
        for filler in 0..=255u8 {
            for b in 0..=255u8 {
                for at in [0, 7, 8, 15, 16, 33, 63] {
                    let mut block = [filler; 64];
                    block[at] = b;
                    assert_eq!(mask_of_block(&block), mask_of_tail(&block), "{block:?}");
                    assert_eq!(mask_of_words(&block), mask_of_tail(&block), "{block:?}");
                }
            }
        }
    }

    #[test]
    fn finds_every_run_in_every_place_of_a_block() {
        for len in 0..140 {
            for at in 0..len {
                for run in 1..=len - at {
                    let mut text = vec![b'x'; len];
                    text[at..at + run].fill(b'5');
                    assert_eq!(runs(&text), [(at, at + run)], "{len} {at} {run}");
                    let mut digits = Digits::new(&text);
                    for from in [0, at / 2, at] {
                        assert_eq!(digits.find(from), Some(at), "{len} {at} {from}");
                    }
                    assert_eq!(digits.find(at + run), None);
                    assert_eq!(digits.run_end(at + run), at + run);
                }
            }
        }
        assert_eq!(runs(b""), []);
        assert_eq!(Digits::new(b"12").find(5), None);
        assert_eq!(Digits::new(b"12").run_end(5), 2);
        assert_eq!(Digits::new(b"12").find(usize::MAX), None);
    }

    #[test]
    fn finds_the_runs_a_byte_test_finds() {
        let mut state = 7u64;
        for len in [0, 1, 63, 64, 65, 127, 128, 129, 1000] {
            for _ in 0..50 {
                let text: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1);
                        *b"0123456789 x/(\xd0\x9f"
                            .get((state >> 33) as usize % 16)
                            .unwrap()
                    })
                    .collect();
                assert_eq!(runs(&text), naive(&text), "{text:?}");
            }
        }
    }
}
