//! Integration tests: the real binary against a temporary store.

mod env;

mod archive;
mod bad_input;
mod search;
