//! Integration tests: the real binary against a temporary store.

mod env;

mod archive;
mod bad_input;
mod explain;
mod export;
mod help;
mod hostile;
mod manage;
mod pipe;
mod progress;
mod quotes;
mod reliability;
mod search;
mod show;
mod table;
mod url;
