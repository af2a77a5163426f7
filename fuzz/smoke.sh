#!/usr/bin/env bash
# Fuzz smoke for CI: builds every fuzz target with libFuzzer's coverage instrumentation on
# stable Rust (the flags `cargo fuzz build --sanitizer none -a` uses, so cargo-fuzz need not be
# installed), then runs each for SECONDS seconds from the committed corpus
# (tests/data/fuzz/<target>/), writing new inputs to a scratch folder only. Fails when a target
# crashes, times out or runs out of memory; the input is left in $OUT/artifacts/<target>/.
#
#   bash fuzz/smoke.sh [SECONDS] [TARGET...]      (default: 10 seconds, every target)
#
# Targets run side by side, one per core (FUZZ_SMOKE_JOBS to change it). The committed corpus
# is also replayed by `cargo test` (tests/tests/adversarial.rs), so this script only adds the
# short random run.
set -euo pipefail

secs="${1:-10}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$root/fuzz/target}"
mkdir -p "$target_dir"
target_dir="$(cd "$target_dir" && pwd)" # absolute: the build runs from fuzz/
out="${FUZZ_SMOKE_OUT:-$target_dir/smoke}"
triple="$(rustc -vV | sed -n 's/^host: //p')"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(clean sentences words detect keywords summarize pipeline eval_jsonl eval_metrics
        xtask_jsonl extract)
fi

flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters"
flags+=" -Cllvm-args=-sanitizer-coverage-pc-table"
flags+=" -Cllvm-args=-sanitizer-coverage-trace-compares"
flags+=" --cfg fuzzing -Cdebug-assertions -Coverflow-checks"

bins=()
for t in "${targets[@]}"; do bins+=(--bin "$t"); done
(
    cd "$root/fuzz"
    RUSTFLAGS="$flags" CARGO_TARGET_DIR="$target_dir" \
        cargo build --release --target "$triple" "${bins[@]}"
)

# Runs one target from the committed corpus; its verdict goes to $out/<target>.verdict.
run_one() {
    local t="$1" start runs
    local corpus="$out/corpus/$t" artifacts="$out/artifacts/$t/"
    rm -rf "$corpus" "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    start=$(date +%s)
    if "$target_dir/$triple/release/$t" "$corpus" "$root/tests/data/fuzz/$t" \
        -max_total_time="$secs" -max_len=4096 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts" -print_final_stats=1 >"$out/$t.log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log")
        echo "fuzz smoke $t: ok, ${runs:-?} runs in $(($(date +%s) - start)) s" >"$out/$t.verdict"
    else
        {
            echo "fuzz smoke $t: FAILED (input in $artifacts)"
            grep -E "panicked|ERROR|SUMMARY" "$out/$t.log" | head -5 || true
        } >"$out/$t.verdict"
    fi
}

# One libFuzzer process per core (each is single-threaded), verdicts printed in target order.
jobs="${FUZZ_SMOKE_JOBS:-$(nproc 2>/dev/null || echo 1)}"
mkdir -p "$out"
running=0
for t in "${targets[@]}"; do
    rm -f "$out/$t.verdict"
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true
failed=0
for t in "${targets[@]}"; do
    if [ -f "$out/$t.verdict" ]; then
        cat "$out/$t.verdict"
        grep -q ": ok," "$out/$t.verdict" || failed=1
    else
        echo "fuzz smoke $t: FAILED (no verdict)"
        failed=1
    fi
done
exit "$failed"
