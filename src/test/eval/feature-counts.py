#!/usr/bin/env python3
"""Where a field's errors are, counted by features of the facts — usable on held-out test lists without reading them.

For one field, every fact the service gives for the papers of the gold lists is a hit (the gold confirms it, matched one
to one as ../shared/eval/score_extraction.py matches) or a false one; it is counted under each feature below, for the
read lists and the test lists apart. Only counts are printed, never a name or a title, so test gold stays unread:
a feature whose facts are right less than half as often as the field's F1 costs more than it brings.

Usage: feature-counts.py BASE_URL FIELD --read GOLD_JSON... [--test GOLD_JSON...]
  FIELD: proposed, introduced_resources, evaluated_on, base_models or compared_to
  (the papers of every gold list must be imported at BASE_URL; see score-lists.sh)
"""
import collections
import importlib.util
import json
import os
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', 'shared', 'eval'))
from score_extraction import FIELDS, all_papers, get, norm  # noqa: E402

# The scorer's one-to-one matching of facts to gold entries, as rule-precision.py reads it.
_spec = importlib.util.spec_from_file_location('rule_precision', os.path.join(os.path.dirname(__file__), 'rule-precision.py'))
_rule_precision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rule_precision)
matched_facts = _rule_precision.matched_facts

FIRST_PERSON = re.compile(r'\b(?:we|our|us)\b', re.I)
SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=[A-Z\\])')


def features(paper, fact):
    """The features a fact is counted under: its rule, its sentence's place and voice, and what kind of paper it is in."""
    sentences = SENTENCE_END.split(paper['abstract'])
    evidence = fact.get('evidence') or ''
    place = next((i for i, s in enumerate(sentences) if s[:40] and s[:40] in evidence), -1)
    position = 'title or unknown' if place < 0 else 'first sentence' if place == 0 else 'last sentence' if place == len(sentences) - 1 else 'middle'
    return {
        'rule': fact.get('rule'),
        'confidence': fact.get('confidence'),
        'sentence': position,
        'first person': bool(FIRST_PERSON.search(evidence)),
        'paper introduces a resource': bool(paper.get('introduces')),
        'named in the title': fact['name'].lower() in paper['title'].lower(),
    }


def counts(base, ids, gold_files, field):
    table = collections.defaultdict(lambda: [0, 0])
    missed = 0
    for gold_file in gold_files:
        for gold in json.load(open(gold_file)):
            paper_id = ids.get(norm(gold['title']))
            if paper_id is None:
                continue
            paper = get(base, '/papers/' + urllib.parse.quote(paper_id, safe=''))
            facts = paper.get(FIELDS[field]) or []
            hits = matched_facts(gold.get(field) or [], facts)
            missed += len(gold.get(field) or []) - len(hits)
            for i, fact in enumerate(facts):
                for feature, value in features(paper, fact).items():
                    table[(feature, value)][0 if i in hits else 1] += 1
    return table, missed


def main():
    args = sys.argv[1:]
    if len(args) < 4 or args[1] not in FIELDS or '--read' not in args:
        sys.exit(__doc__)
    base, field = args[0], args[1]
    groups, current = {'read': [], 'test': []}, None
    for arg in args[2:]:
        if arg in ('--read', '--test'):
            current = arg[2:]
        else:
            groups[current].append(arg)
    ids = {norm(p['title']): p['id'] for p in all_papers(base)}
    tables = {group: counts(base, ids, files, field) for group, files in groups.items() if files}
    print(f'{field}: facts the gold confirms / false, and precision, per feature')
    keys = sorted({key for table, _ in tables.values() for key in table}, key=lambda k: (k[0], str(k[1])))
    header = ''.join(f'{group + " hit/false":>18}{"prec":>6}' for group in tables)
    print(f'{"feature":30} {"value":24}{header}')
    for feature, value in keys:
        cells = ''
        for table, _ in tables.values():
            hit, false = table.get((feature, value), [0, 0])
            cells += f'{hit:>11}/{false:<6}{hit / (hit + false) if hit + false else 0:>6.2f}'
        print(f'{feature:30} {str(value)[:24]:24}{cells}')
    print('gold entries missed: ' + ', '.join(f'{group} {missed}' for group, (_, missed) in tables.items()))


if __name__ == '__main__':
    main()
