//! newsarc: parse news articles from raw text or HTML into a typed
//! [`Article`](article::Article), keep them in a crash-safe local store and
//! search them.
//!
//! The library does the work and never prints, reads environment variables
//! or exits; the `newsarc` binary (src/main.rs, src/cli/) talks to the user.

pub mod archive;
pub mod article;
pub mod check;
pub mod error;
pub mod export;
pub mod index;
pub mod parse;
pub mod quotes;
pub mod search;
pub mod store;
#[cfg(test)]
mod test_rng;
