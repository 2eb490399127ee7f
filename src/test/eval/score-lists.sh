#!/usr/bin/env bash
# Scores extraction on the annotated paper lists in src/test/eval/lists (and the shared dev gold) through the public
# API, the way ../shared/eval/score_extraction.py scores any list: starts the packaged service on a fresh data dir
# (embeddings off, default corpus loaded), imports every list, prints each list's macro F1 and the pooled
# hit/gold/pred per field.
# Usage: src/test/eval/score-lists.sh [list ...]   (default: every list; port 18083)
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/quarkus-app/quarkus-run.jar
SCORER=../shared/eval/score_extraction.py
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
[[ -f $SCORER ]] || { echo "needs $SCORER (the shared evaluation kit)" >&2; exit 1; }
PORT=18083
BASE=http://localhost:$PORT
KEY=eval-key-$RANDOM$RANDOM
WORK=$(mktemp -d)
trap 'pkill -f "Dpapergraph-eval-lists" 2>/dev/null || true; rm -rf "$WORK"' EXIT
LISTS=("$@")
[[ ${#LISTS[@]} -gt 0 ]] || LISTS=($(ls src/test/eval/lists))

PAPERGRAPH_API_KEYS=$KEY PAPERGRAPH_DATA_DIR=$WORK/data PAPERGRAPH_SEMANTIC_ENABLED=false QUARKUS_HTTP_PORT=$PORT \
  java -Dpapergraph-eval-lists -jar $JAR > "$WORK/service.log" 2>&1 &
for _ in $(seq 1 120); do curl -sf $BASE/q/health/ready > /dev/null && break; sleep 1; done
for list in "${LISTS[@]}"; do
  curl -sf -o /dev/null -X POST $BASE/imports -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain' \
    --data-binary @src/test/eval/lists/$list/papers.txt
done

python3 $SCORER --gold ../shared/eval/dev_gold.json --base-url $BASE > "$WORK/dev.txt"
for list in "${LISTS[@]}"; do
  python3 $SCORER --gold src/test/eval/lists/$list/gold.json --base-url $BASE > "$WORK/$list.txt"
done
python3 - "$WORK" dev "${LISTS[@]}" <<'PY'
import re, sys
work, names = sys.argv[1], sys.argv[2:]
pooled = {}
for name in names:
    text = open(f'{work}/{name}.txt').read()
    macro = re.search(r'macro-F1 ([\d.]+)', text).group(1)
    print(f'{name:6} macro-F1 {macro}')
    for field, h, g, p in re.findall(r'^(\w+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)/(\d+)/(\d+)', text, re.M):
        if name != 'dev':
            totals = pooled.setdefault(field, [0, 0, 0])
            for i, v in enumerate((h, g, p)):
                totals[i] += int(v)
print('pooled over the lists (dev excluded):')
for field, (h, g, p) in pooled.items():
    precision, recall = (h / p if p else 0), (h / g if g else 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    print(f'  {field:22} {h}/{g}/{p}  F1 {f1:.3f}')
PY
echo
echo 'what a confidence means on these lists (facts of each rule that the gold confirms):'
python3 src/test/eval/rule-precision.py $BASE $(for list in "${LISTS[@]}"; do echo src/test/eval/lists/$list/gold.json; done)
