//! Integration tests: the real binary against a temporary store.

mod env;

mod archive;
mod bad_input;
mod export;
mod help;
mod manage;
mod pipe;
mod progress;
mod show;
mod table;
mod url;
