//! A progress line on standard error for long runs, shown only when standard error is a
//! terminal (never in pipes, files or CI logs).

use std::io::{IsTerminal, Write};
use std::time::Instant;

/// Counts items and redraws one status line at most ten times a second.
pub struct Progress {
    label: &'static str,
    done: usize,
    enabled: bool,
    start: Instant,
    last: Instant,
}

impl Progress {
    /// A progress line counting `label`.
    pub fn new(label: &'static str) -> Progress {
        let now = Instant::now();
        Progress {
            label,
            done: 0,
            enabled: std::io::stderr().is_terminal(),
            start: now,
            last: now,
        }
    }

    /// Adds `n` finished items.
    pub fn add(&mut self, n: usize) {
        self.done += n;
        if self.enabled && self.last.elapsed().as_millis() >= 100 {
            self.last = Instant::now();
            self.draw();
        }
    }

    fn draw(&self) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r{} {} ({:.0}/s)   ",
            self.done,
            self.label,
            self.done as f64 / secs
        );
        let _ = err.flush();
    }

    /// Clears the line.
    pub fn finish(&self) {
        if self.enabled {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{:60}\r", "");
            let _ = err.flush();
        }
    }
}
