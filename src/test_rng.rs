//! A seeded pseudo-random generator for the tests that check a fast path
//! against its plain reference over thousands of generated inputs: the
//! same inputs on every run, and no dependency for it.

/// Marsaglia's xorshift64: a few shifts a number, plenty for test inputs.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`, which must not be 0 (xorshift stays at 0).
    pub fn new(seed: u64) -> Rng {
        assert_ne!(seed, 0, "xorshift needs a non-zero seed");
        Rng(seed)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    /// `n` of `pieces`, each drawn at random, joined: a generated text.
    pub fn text(&mut self, pieces: &[&str], n: usize) -> String {
        (0..n).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stay_below_the_bound_and_repeat_by_seed() {
        let draw = |seed| {
            let mut rng = Rng::new(seed);
            (0..1_000).map(|i| rng.below(i % 7)).collect::<Vec<_>>()
        };
        let numbers = draw(3);
        assert!(numbers.iter().enumerate().all(|(i, &x)| x < (i % 7).max(1)));
        assert_eq!(numbers, draw(3));
        assert_ne!(numbers, draw(4));
    }
}
