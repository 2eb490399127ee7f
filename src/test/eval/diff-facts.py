#!/usr/bin/env python3
"""What a change to the extractor did, paper by paper: compares two dumps of dump-facts.py (the build before and after)
and counts, per field and for read and test lists apart, the facts gained and lost and whether the gold confirms them
(matched one to one as ../shared/eval/score_extraction.py matches). Names are printed for read lists only, so test gold
stays unread; for test lists only the counts.

Usage: diff-facts.py BEFORE_JSON AFTER_JSON
"""
import collections
import importlib.util
import json
import os
import sys

_spec = importlib.util.spec_from_file_location('rule_precision', os.path.join(os.path.dirname(__file__), 'rule-precision.py'))
_rule_precision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rule_precision)
matched_facts = _rule_precision.matched_facts
FIELDS = _rule_precision.FIELDS


def facts_with_status(gold, facts):
    """The facts' names, each with whether the gold confirms it."""
    hits = matched_facts(gold, facts)
    return {(fact['name'], i in hits) for i, fact in enumerate(facts)}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    before = {(p['list'], p['title']): p for p in json.load(open(sys.argv[1]))}
    counts = collections.Counter()
    for paper in json.load(open(sys.argv[2])):
        old = before.get((paper['list'], paper['title']))
        if old is None:
            continue
        group = 'read' if paper['read'] else 'test'
        for gold_field, api_field in FIELDS.items():
            gold = paper['gold'].get(gold_field) or []
            was, now = facts_with_status(gold, old['facts'][api_field]), facts_with_status(gold, paper['facts'][api_field])
            for sign, changed in (('+', now - was), ('-', was - now)):
                for name, confirmed in sorted(changed):
                    counts[(gold_field, group, sign + ('hit' if confirmed else 'false'))] += 1
                    if group == 'read':
                        print(f'{paper["list"]:5} {gold_field:22} {sign} {name} ({"hit" if confirmed else "false"}) | {paper["title"][:60]}')
    print()
    for key in sorted(counts):
        print(' '.join(key), counts[key])


if __name__ == '__main__':
    main()
