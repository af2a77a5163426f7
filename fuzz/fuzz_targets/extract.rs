//! Fuzz target: see `nutgraf_fuzz::extract` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nutgraf_fuzz::extract(data));
