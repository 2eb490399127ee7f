#!/usr/bin/env bash
# Measures the packaged service with embeddings on and off, in one run, and prints ratios:
#   startup to ready (default corpus loaded), the load's own timings, resident memory after the load,
#   and the median latency of text and semantic search.
# Usage: src/test/bench/service-benchmark.sh   (builds the jar first if it is missing; uses ports 18080/18081)
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/quarkus-app/quarkus-run.jar
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d)
trap 'pkill -f "quarkus-run.jar.*papergraph-bench" 2>/dev/null || true; rm -rf "$WORK"' EXIT
REQUESTS=50
QUERY="breaking%20complex%20tasks%20into%20steps%20for%20language%20model%20agents"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() {  # $1 = on|off, $2 = port
  local mode=$1 port=$2 enabled=true
  [[ $mode == off ]] && enabled=false
  local log=$WORK/$mode.log start end
  start=$(date +%s.%N)
  PAPERGRAPH_SEMANTIC_ENABLED=$enabled PAPERGRAPH_DATA_DIR=$WORK/$mode-data QUARKUS_HTTP_PORT=$port \
    java -Dpapergraph-bench=$mode -jar $JAR > "$log" 2>&1 &
  until curl -sf -o /dev/null "localhost:$port/q/health/ready"; do sleep 0.1; done
  end=$(date +%s.%N)
  sleep 1
  local pid rss
  pid=$(pgrep -f "papergraph-bench=$mode")
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  local text semantic=NA
  text=$(for _ in $(seq $REQUESTS); do curl -s -o /dev/null -w '%{time_total}\n' "localhost:$port/search?q=$QUERY&mode=text"; done | median)
  if [[ $mode == on ]]; then
    semantic=$(for _ in $(seq $REQUESTS); do curl -s -o /dev/null -w '%{time_total}\n' "localhost:$port/search?q=$QUERY&mode=semantic"; done | median)
  fi
  local load
  load=$(grep -o "extraction [0-9.]* s, embeddings [0-9.]* s, total [0-9.]* s" "$log")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$mode $(echo "$end - $start" | bc) $rss $text $semantic $load"
}

read -r _ ready_on rss_on text_on semantic_on _ extr_on _ _ emb_on _ _ total_on _ <<< "$(run on 18080)"
read -r _ ready_off rss_off text_off _ _ extr_off _ _ emb_off _ _ total_off _ <<< "$(run off 18081)"

printf '%-44s %12s %12s %8s\n' "" "embeddings" "no embed." "ratio"
printf '%-44s %10.2f s %10.2f s %7.2fx\n' "start to ready (corpus loaded)" "$ready_on" "$ready_off" "$(echo "$ready_on / $ready_off" | bc -l)"
printf '%-44s %10.2f s %10.2f s %7.2fx\n' "corpus load (extract, embed, write, link)" "$total_on" "$total_off" "$(echo "$total_on / $total_off" | bc -l)"
printf '%-44s %8d MiB %8d MiB %7.2fx\n' "resident memory after load" "$((rss_on / 1024))" "$((rss_off / 1024))" "$(echo "$rss_on / $rss_off" | bc -l)"
printf '%-44s %10.2f s\n' "embedding 199 abstracts" "$emb_on"
printf '%-44s %9.1f ms\n' "embedding per paper" "$(echo "$emb_on * 1000 / 199" | bc -l)"
printf '%-44s %9.1f ms %9.1f ms\n' "text search latency (median of $REQUESTS)" "$(echo "$text_on * 1000" | bc -l)" "$(echo "$text_off * 1000" | bc -l)"
printf '%-44s %9.1f ms %12s %7.2fx\n' "semantic search latency (median of $REQUESTS)" "$(echo "$semantic_on * 1000" | bc -l)" "-" "$(echo "$semantic_on / $text_on" | bc -l)"
echo "(the last ratio is semantic over text search, both with embeddings on)"
