#!/usr/bin/env python3
"""What a fact's confidence means, measured: for every field and every (rule, confidence) the service gives, how many
of its facts the gold lists confirm.

A fact is confirmed when ../shared/eval/score_extraction.py would count it as a hit: gold entries of the same field
are matched one to one, in order, to the first fact not yet matched that shares a normalised name with them
(lower case, letters, digits and '*' only, aliases included).

Usage: rule-precision.py BASE_URL GOLD_JSON...   (the papers of every gold list must be imported at BASE_URL)
"""
import collections
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', 'shared', 'eval'))
from score_extraction import FIELDS, all_papers, get, names, norm  # noqa: E402


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base, gold_files = sys.argv[1], sys.argv[2:]
    ids = {norm(p['title']): p['id'] for p in all_papers(base)}
    counts = collections.Counter()
    for gold_file in gold_files:
        for gold in json.load(open(gold_file)):
            paper_id = ids.get(norm(gold['title']))
            if paper_id is None:
                print(f'not on the server: {gold["title"]}', file=sys.stderr)
                continue
            paper = get(base, '/papers/' + urllib.parse.quote(paper_id, safe=''))
            for gold_field, api_field in FIELDS.items():
                facts = paper.get(api_field) or []
                hits = matched_facts(gold.get(gold_field) or [], facts)
                for i, fact in enumerate(facts):
                    counts[(api_field, fact['rule'], fact['confidence'], i in hits)] += 1
    print(f'{"field":14} {"rule":28} {"confidence":>10} {"facts":>6} {"confirmed":>9} {"precision":>9}')
    for field, rule, confidence in sorted({key[:3] for key in counts}, key=lambda k: (k[0], -k[2], k[1])):
        confirmed = counts[(field, rule, confidence, True)]
        facts = confirmed + counts[(field, rule, confidence, False)]
        print(f'{field:14} {rule:28} {confidence:>10} {facts:>6} {confirmed:>9} {confirmed / facts:>9.2f}')
    print()
    print('by confidence band, the five entity fields together:')
    bands = collections.Counter()
    for (field, rule, confidence, confirmed), n in counts.items():
        band = next(low for low in BANDS if confidence >= low)
        bands[(band, confirmed)] += n
    for low, high in zip(BANDS, (1.0,) + BANDS):
        facts = bands[(low, True)] + bands[(low, False)]
        if facts:
            label = f'{low:.2f}-{high:.2f}' if low else f'below {high:.2f}'
            print(f'  confidence {label:12} {facts:>6} facts  precision {bands[(low, True)] / facts:.2f}')


def matched_facts(gold, facts):
    """Indexes of the facts the scorer's greedy one-to-one matching (score_extraction.match) counts as hits."""
    used = set()
    for entry in gold:
        for i, fact in enumerate(facts):
            if i not in used and names(entry) & names(fact):
                used.add(i)
                break
    return used


# Lower bounds of the bands the summary groups confidences into.
BANDS = (0.85, 0.75, 0.65, 0.0)


if __name__ == '__main__':
    main()
