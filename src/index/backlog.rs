//! A bound on the documents waiting for tantivy's indexing thread.
//!
//! Tantivy queues up to 10,000 added documents for its thread. In a bulk
//! import that thread shares two cores with the parsers and the storing
//! thread, falls behind, and is left indexing its whole queue alone at the
//! end while the other core idles (1.5-2 s of a 10k import). Bounding the
//! queue makes the storing thread wait for the indexer instead, which in
//! turn stops the parsers, so the indexer gets its core while there is
//! work and the run ends with little left to index.
//!
//! Each queued document carries a [`Ticket`]; tantivy drops the document
//! once it is indexed, and the ticket with it.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tantivy::TantivyDocument;
use tantivy::schema::Document;

/// How long the storing thread waits without seeing a single document
/// indexed before it stops waiting until the indexer moves again: a
/// healthy indexer takes well under a millisecond a document, but it also
/// writes out a whole segment now and then (seconds at 90k articles), and
/// a dead one (an I/O error) never drops the documents it holds. Until
/// then the queue is only bounded by tantivy's own limit, as without this
/// module.
const STALL: Duration = Duration::from_secs(2);

/// Documents handed to tantivy and not yet indexed.
#[derive(Clone)]
pub struct Backlog {
    shared: Arc<Shared>,
}

struct Shared {
    state: Mutex<State>,
    indexed: Condvar,
    /// Documents that may wait; past it [`Backlog::enter`] waits until half
    /// of them are indexed (waking the storing thread for each document
    /// would switch threads thousands of times for nothing).
    max: usize,
}

#[derive(Default)]
struct State {
    queued: usize,
    /// Whether a thread waits in [`Backlog::enter`] (only then does an
    /// indexed document wake anyone).
    waiting: bool,
    /// No document was indexed during a whole [`STALL`]: nobody waits
    /// until one is.
    stalled: bool,
}

impl Backlog {
    /// A backlog of at most `max` documents (at least one).
    pub fn new(max: usize) -> Backlog {
        Backlog {
            shared: Arc::new(Shared {
                state: Mutex::new(State::default()),
                indexed: Condvar::new(),
                max: max.max(1),
            }),
        }
    }

    /// A ticket for one more document: at once while fewer than the
    /// maximum wait, else once half of them are indexed (or the indexer
    /// is stalled, see [`STALL`]).
    pub fn enter(&self) -> Ticket {
        let max = self.shared.max;
        let mut state = self.lock();
        if state.queued >= max && !state.stalled {
            state.waiting = true;
            while state.queued > max / 2 && !state.stalled {
                let before = state.queued;
                let (next, wait) = match self.shared.indexed.wait_timeout(state, STALL) {
                    Ok(woken) => woken,
                    Err(poisoned) => poisoned.into_inner(),
                };
                state = next;
                if wait.timed_out() && state.queued >= before {
                    state.stalled = true;
                }
            }
            state.waiting = false;
        }
        state.queued += 1;
        Ticket {
            backlog: self.clone(),
        }
    }

    /// Documents queued now.
    #[cfg(test)]
    fn queued(&self) -> usize {
        self.lock().queued
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Nothing can panic while the lock is held; were it poisoned, the
        // count is still right.
        match self.shared.state.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }
}

/// One queued document's place in the [`Backlog`], given back on drop.
pub struct Ticket {
    backlog: Backlog,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut state = self.backlog.lock();
        state.queued = state.queued.saturating_sub(1);
        state.stalled = false;
        if state.waiting && state.queued <= self.backlog.shared.max / 2 {
            self.backlog.shared.indexed.notify_one();
        }
    }
}

/// An index document with its ticket: what the import's index writer
/// takes. Indexed, stored and read back exactly as the document itself.
pub struct Queued {
    doc: TantivyDocument,
    _ticket: Ticket,
}

impl Queued {
    pub fn new(doc: TantivyDocument, ticket: Ticket) -> Queued {
        Queued {
            doc,
            _ticket: ticket,
        }
    }
}

impl Document for Queued {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_are_given_back_when_dropped_and_waiters_woken() {
        let backlog = Backlog::new(4);
        let mut tickets: Vec<Ticket> = (0..4).map(|_| backlog.enter()).collect();
        assert_eq!(backlog.queued(), 4);
        let waiter = {
            let backlog = backlog.clone();
            std::thread::spawn(move || {
                let fifth = backlog.enter();
                drop(fifth);
            })
        };
        // One indexed document does not wake it, two (half) do.
        for _ in 0..2 {
            std::thread::sleep(Duration::from_millis(20));
            assert!(!waiter.is_finished());
            tickets.pop();
        }
        waiter.join().unwrap();
        assert_eq!(backlog.queued(), 2);
        tickets.clear();
        assert_eq!(backlog.queued(), 0);
    }

    #[test]
    fn a_stalled_indexer_stops_the_waiting_until_it_moves_again() {
        let backlog = Backlog::new(2);
        let mut held: Vec<Ticket> = (0..2).map(|_| backlog.enter()).collect();
        let started = std::time::Instant::now();
        held.push(backlog.enter());
        assert!(started.elapsed() >= STALL);
        // Stalled: no more waiting.
        let started = std::time::Instant::now();
        held.push(backlog.enter());
        assert!(started.elapsed() < STALL);
        // One document indexed: it moves again, and the bound is back.
        held.pop();
        assert!(!backlog.lock().stalled);
    }
}
