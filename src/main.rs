//! The `newsarc` binary: parse arguments, run the command, print any error
//! once, exit with grep's codes (0 found, 1 nothing matched, 2 error).

mod cli;

use std::process::ExitCode;

/// See `mimalloc` in Cargo.toml for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run() {
        Ok(status) => status.into(),
        Err(err) if cli::output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsarc: {}", cli::output::sanitize(&format!("{err:#}")));
            if let Some(hint) = cli::hint(&err) {
                eprintln!("hint: {hint}");
            }
            cli::Status::Error.into()
        }
    }
}
