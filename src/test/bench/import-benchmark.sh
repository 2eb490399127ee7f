#!/usr/bin/env bash
# Measures POST /imports of synthetic paper lists of two sizes, each on a fresh service (embeddings off,
# default corpus loaded), and prints the larger against the smaller as ratios: time should grow with the
# list, peak memory during the import should not (papers are extracted and written in chunks of 200).
# Also times a second import of the same list, which must find every paper unchanged.
# Both run with the same fixed heap (HEAP, default 320m): the large import finishing within it is the memory
# bound; resident memory is printed too, though the JVM grows it lazily up to the heap cap.
# Usage: src/test/bench/import-benchmark.sh [small] [large]   (defaults 1000 and 10000; port 18082)
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/quarkus-app/quarkus-run.jar
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
SMALL=${1:-1000}
LARGE=${2:-10000}
PORT=18082
HEAP=${HEAP:-320m}
KEY=bench-key-$RANDOM$RANDOM
WORK=$(mktemp -d)
trap 'pkill -f "quarkus-run.jar.*papergraph-import-bench" 2>/dev/null || true; rm -rf "$WORK"' EXIT

synthetic() {  # $1 = how many papers, as JSON Lines
  awk -v n="$1" 'BEGIN {
    split("GSM8K,MATH,ALFWorld,WebShop,HumanEval,MMLU,WebArena,BIG-Bench Hard", b, ",");
    split("task decomposition,mixture of experts,model merging,skill discovery,process supervision", t, ",");
    for (i = 0; i < n; i++) printf "{\"id\": \"synthetic-%d\", \"title\": \"Synthetic Study %d of %s\", \"abstract\": \"We propose Synth%dNet, a method for %s. Synth%dNet is evaluated on %s and improves accuracy by %d.%d%% over the strongest baseline.\"}\n", i, i, t[i % 5 + 1], i, t[i % 5 + 1], i, b[i % 8 + 1], 1 + i % 9, i % 10
  }'
}

run() {  # $1 = papers; prints: seconds, reimport seconds, RSS before (KiB), peak RSS during (KiB)
  local n=$1 file=$WORK/papers-$1.jsonl pid before peak=0 rss start end again
  synthetic "$n" > "$file"
  PAPERGRAPH_SEMANTIC_ENABLED=false PAPERGRAPH_API_KEYS=$KEY PAPERGRAPH_DATA_DIR=$WORK/data-$n QUARKUS_HTTP_PORT=$PORT \
    java -Xmx$HEAP -Dpapergraph-import-bench=$n -jar $JAR > "$WORK/log-$n" 2>&1 &
  until curl -sf -o /dev/null "localhost:$PORT/q/health/ready"; do sleep 0.2; done
  pid=$(pgrep -f "papergraph-import-bench=$n")
  sleep 2
  before=$(ps -o rss= -p "$pid" | tr -d ' ')
  start=$(date +%s.%N)
  curl -sf -X POST "localhost:$PORT/imports" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$file" -o "$WORK/report-$n.json" &
  local post=$!
  while kill -0 "$post" 2>/dev/null; do
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
    (( rss > peak )) && peak=$rss
    sleep 0.2
  done
  wait "$post"
  end=$(date +%s.%N)
  grep -q "\"created\":$n" "$WORK/report-$n.json" || { echo "import of $n papers did not create them all" >&2; exit 1; }
  start_again=$(date +%s.%N)
  curl -sf -X POST "localhost:$PORT/imports" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$file" | grep -q "\"unchanged\":$n" || { echo "re-import of $n papers was not all unchanged" >&2; exit 1; }
  again=$(echo "$(date +%s.%N) - $start_again" | bc)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $again $before $peak"
}

read -r small_s small_again small_before small_peak <<< "$(run "$SMALL")"
read -r large_s large_again large_before large_peak <<< "$(run "$LARGE")"
small_growth=$(( (small_peak - small_before) / 1024 )); large_growth=$(( (large_peak - large_before) / 1024 ))
(( small_growth < 1 )) && small_growth=1

echo "heap of each service: -Xmx$HEAP (embeddings off, default corpus loaded first)"
printf '%-46s %12s %12s %8s\n' "" "$SMALL papers" "$LARGE papers" "ratio"
printf '%-46s %12s %12s %7.2fx\n' "papers" "$SMALL" "$LARGE" "$(echo "$LARGE / $SMALL" | bc -l)"
printf '%-46s %10.2f s %10.2f s %7.2fx\n' "import (extract, resolve, write)" "$small_s" "$large_s" "$(echo "$large_s / $small_s" | bc -l)"
printf '%-46s %9.2f ms %9.2f ms %7.2fx\n' "per paper" "$(echo "$small_s * 1000 / $SMALL" | bc -l)" "$(echo "$large_s * 1000 / $LARGE" | bc -l)" \
  "$(echo "($large_s / $LARGE) / ($small_s / $SMALL)" | bc -l)"
printf '%-46s %10.2f s %10.2f s %7.2fx\n' "same list again (all unchanged)" "$small_again" "$large_again" "$(echo "$large_again / $small_again" | bc -l)"
printf '%-46s %8d MiB %8d MiB %7.2fx\n' "peak resident memory during the import" "$((small_peak / 1024))" "$((large_peak / 1024))" "$(echo "$large_peak / $small_peak" | bc -l)"
printf '%-46s %8d MiB %8d MiB %7.2fx\n' "growth over memory before the import" "$small_growth" "$large_growth" "$(echo "$large_growth / $small_growth" | bc -l)"
