#!/usr/bin/env python3
"""Where one field's errors are another field's facts: for a dump of dump-facts.py, counts the facts that the gold does not
confirm in their own field but lists in another (a model read as used that the gold counts as compared with, a benchmark
read as evaluated on that the gold counts as introduced, …), and the gold entries missed in their field that the service
gives in another — read and test lists apart. Names and sentences are printed for read lists only (with --show), so test
gold stays unread.

Usage: field-confusion.py DUMP_JSON [--show OUR_FIELD>GOLD_FIELD]
  e.g. --show 'base_models>compared_to' lists the read-list models read as used that the gold counts as compared with.
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
names = _rule_precision.names
FIELDS = _rule_precision.FIELDS


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith('-'):
        sys.exit(__doc__)
    show = args[args.index('--show') + 1] if '--show' in args else None
    counts = collections.Counter()
    for paper in json.load(open(args[0])):
        kind = 'read' if paper['read'] else 'test'
        for field, api in FIELDS.items():
            gold = paper['gold'].get(field) or []
            facts = paper['facts'][api]
            hits = matched_facts(gold, facts)
            for i, fact in enumerate(facts):
                if i in hits:
                    continue
                for other in FIELDS:
                    if other != field and any(names(g) & names(fact) for g in paper['gold'].get(other) or []):
                        counts[(kind, f'{field}>{other}')] += 1
                        if show == f'{field}>{other}' and paper['read']:
                            print(f"[{paper['list']}] {fact['name']} ({fact.get('rule', '')}) | {fact.get('evidence', '')[:160]}")
    for kind in ('read', 'test'):
        rows = sorted(((n, pair) for (k, pair), n in counts.items() if k == kind), reverse=True)
        if rows:
            print(f'== {kind} lists: our field > the gold\'s field (facts)')
            for n, pair in rows:
                print(f'{n:6d}  {pair}')


if __name__ == '__main__':
    main()
