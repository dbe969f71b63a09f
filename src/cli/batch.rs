//! Running a batch of inputs on every core: `parse` and `import` read and
//! parse many pages at once.
//!
//! Scoped threads over a shared queue rather than a thread pool: a batch
//! is a few hundred independent pages, and a pool's start-up (its threads,
//! their stacks and allocator heaps, and waking them) cost ~1 ms of a
//! one-page run, more than the page itself.

use std::sync::Mutex;
use std::thread;

use super::input::Input;

/// Overrides the number of parsing threads (by default one per core).
const THREADS_VAR: &str = "NEWSARC_THREADS";

/// Runs `work` on every input of a batch in parallel, largest first, and
/// returns the results in input order. Largest first, because a large page
/// parsed last keeps one core busy while the others wait: in a batch of a
/// hundred dev pages the largest takes up to a tenth of the CPU.
pub fn in_parallel<T: Send>(
    batch: Vec<anyhow::Result<Input>>,
    work: impl Fn(anyhow::Result<Input>) -> T + Sync,
) -> Vec<T> {
    if batch.len() <= 1 {
        // One page: no threads to start, no cores to count.
        return batch.into_iter().map(work).collect();
    }
    let len = batch.len();
    let queue = Mutex::new(largest_first(batch).into_iter());
    let worker = || {
        let mut done = Vec::new();
        // The lock is held only to take the next job, not while parsing.
        while let Some((i, input)) = next(&queue) {
            done.push((i, work(input)));
        }
        done
    };
    let mut done: Vec<(usize, T)> = thread::scope(|scope| {
        // The calling thread is one of the workers: it would otherwise
        // only wait.
        let others: Vec<_> = (1..threads().min(len))
            .map(|_| scope.spawn(worker))
            .collect();
        let mut done = worker();
        for handle in others {
            match handle.join() {
                Ok(theirs) => done.extend(theirs),
                // A panic in the parser is a bug: pass it on unchanged.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// Takes the next job off the queue; a worker that panicked while holding
/// the lock leaves a queue that is still whole, so the others go on.
fn next<J>(queue: &Mutex<impl Iterator<Item = J>>) -> Option<J> {
    queue
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .next()
}

/// How many threads parse: `NEWSARC_THREADS` when it is a positive
/// number, else one per core.
fn threads() -> usize {
    std::env::var(THREADS_VAR)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n: &usize| n > 0)
        .or_else(|| thread::available_parallelism().ok().map(usize::from))
        .unwrap_or(1)
}

/// The inputs of a batch with their positions, largest first (inputs of
/// unknown size last, in their order).
fn largest_first(batch: Vec<anyhow::Result<Input>>) -> Vec<(usize, anyhow::Result<Input>)> {
    let mut jobs: Vec<_> = batch.into_iter().enumerate().collect();
    jobs.sort_by_cached_key(|(_, input)| {
        std::cmp::Reverse(input.as_ref().map_or(0, Input::size_hint))
    });
    jobs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch_of_sizes(dir: &std::path::Path) -> Vec<anyhow::Result<Input>> {
        [3, 300, 30, 3000]
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                let path = dir.join(format!("{i}.txt"));
                std::fs::write(&path, "x".repeat(n)).unwrap();
                Ok(Input::File(path))
            })
            .chain([Err(anyhow::anyhow!("unreadable")), Ok(Input::Stdin)])
            .collect()
    }

    fn size(input: anyhow::Result<Input>) -> u64 {
        input.as_ref().map_or(0, Input::size_hint)
    }

    #[test]
    fn a_batch_starts_with_its_largest_inputs_and_answers_in_input_order() {
        let dir = tempfile::tempdir().unwrap();
        let order: Vec<usize> = largest_first(batch_of_sizes(dir.path()))
            .iter()
            .map(|(i, _)| *i)
            .collect();
        assert_eq!(order, [3, 1, 2, 0, 4, 5]);
        let sizes = in_parallel(batch_of_sizes(dir.path()), size);
        assert_eq!(sizes, [3, 300, 30, 3000, 0, 0]);
    }

    #[test]
    fn every_input_of_a_large_batch_is_worked_on_once() {
        let batch: Vec<_> = (0..1000).map(|_| Ok(Input::Stdin)).collect();
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let done = in_parallel(batch, |_| {
            calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        });
        assert_eq!(done.len(), 1000);
        assert_eq!(calls.into_inner(), 1000);
        let mut seen = done.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn one_input_and_no_inputs_need_no_threads() {
        assert_eq!(in_parallel(vec![Ok(Input::Stdin)], size), [0]);
        assert!(in_parallel(Vec::new(), size).is_empty());
    }
}
