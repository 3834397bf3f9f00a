#!/usr/bin/env bash
# Whether the analyser's work is linear in the text, apart from the machine's caches: counts the
# instructions (valgrind's cachegrind, no cache simulation) of examples/shape_phases on each
# hostile shape of tests/common/shapes.rs at 1 MB and 10 MB. Linear work is at most 10x (less, as
# start-up and lexicons cost the same at both sizes); a quadratic pass shows as far more. Wall
# time can grow faster than this count when a shape's tables outgrow the CPU caches
# (`cargo run --release --example shape_phases -- SHAPE` prints the times).
# Usage: bench/linear.sh [SHAPE ...]      (about 3 minutes for all shapes)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "linear.sh: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
cargo build --release --quiet --example shape_phases
bin=target/release/examples/shape_phases
instructions() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 \
    | sed -n 's/.*I *refs: *//p' | tr -d ,
}
if [ $# -eq 0 ]; then
  mapfile -t shapes < <("$bin" --list)
else
  shapes=("$@")
fi
printf '%-36s %16s %16s %7s\n' shape "instr. 1 MB" "instr. 10 MB" ratio
for shape in "${shapes[@]}"; do
  a=$(instructions "$shape" 1000)
  b=$(instructions "$shape" 10000)
  printf '%-36s %16s %16s %7s\n' "$shape" "$a" "$b" "$(python3 -c "print(f'{$b / $a:.2f}x')")"
done
