#!/usr/bin/env bash
# Moves what a long fuzz run learned into the committed corpus: for each target, the inputs
# of fuzz/corpus/<target>/ that reach code edges the committed corpus
# (tests/data/fuzz/<target>/) does not, chosen by libFuzzer's set-cover merge on edge coverage
# (hit counts ignored, inputs up to 2 KiB), are added to tests/data/fuzz/<target>/, where
# `cargo test` replays them. Build the targets first (`cargo fuzz build --sanitizer none -a`).
#
#   bash fuzz/curate.sh [TARGET...]      (default: every target with a corpus)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$root/fuzz/target}"
mkdir -p "$target_dir"
target_dir="$(cd "$target_dir" && pwd)" # absolute: the build runs from fuzz/
triple="$(rustc -vV | sed -n 's/^host: //p')"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for d in "$root"/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
fi
for t in "${targets[@]}"; do
    committed="$root/tests/data/fuzz/$t"
    mkdir -p "$committed"
    before=$(ls "$committed" | wc -l)
    "$target_dir/$triple/release/$t" -set_cover_merge=1 -use_counters=0 -max_len=2048 \
        "$committed" "$root/fuzz/corpus/$t" >"$target_dir/curate-$t.log" 2>&1
    echo "$t: $before -> $(ls "$committed" | wc -l) committed inputs"
done
