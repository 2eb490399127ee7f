#!/usr/bin/env python3
"""Where a field's misses and false facts are, counted by features only — usable on held-out test lists without reading them.

For one field of a dump of dump-facts.py, every gold entry the service missed is counted by where its name stands (in a
sentence of the abstract, only in the title, nowhere verbatim), by its shape (an acronym, a coined or mixed-case word, a
title-case phrase, a lower-case phrase), by the cues of the sentence that names it ("outperforms", "compared", "than",
"over", "baselines", "such as", "based on / builds on", the first sentence), and by the other fields in which the service
gives it; the facts the service gives are counted by rule, hit or false. Only counts are printed, never a name or a
title, so the gold of a test list stays unread.

Usage: miss-features.py DUMP_JSON FIELD LIST...
  FIELD: proposed, introduced_resources, evaluated_on, base_models or compared_to
  LIST: a list's folder name, under src/test/eval/lists or /tmp/sets (where held-out test lists are kept)
"""
import collections
import importlib.util
import json
import os
import re
import sys

_spec = importlib.util.spec_from_file_location('rule_precision', os.path.join(os.path.dirname(__file__), 'rule-precision.py'))
_rule_precision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rule_precision)
FIELDS, matched_facts, names = _rule_precision.FIELDS, _rule_precision.matched_facts, _rule_precision.names

LIST_ROOTS = [os.path.join(os.path.dirname(__file__), 'lists'), '/tmp/sets']
CUES = {
    'outperform': r'outperform|surpass|beat|exceed|superior',
    'compared': r'compar|against|versus|\bvs\.?',
    'than': r'\bthan\b',
    'over': r'\bover\b',
    'baseline': r'baseline|state-of-the-art|sota|competitive|prior|existing|previous',
    'such-as': r'such as|e\.g\.|including|like\b',
    'built-on': r'based on|build|extend|inspired|upon|improv',
}
SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=[A-Z])')


def abstracts(lists):
    """(list, title) → abstract, read from each list's papers.txt (two header lines, then title and abstract lines)."""
    found = {}
    for name in lists:
        folder = next((os.path.join(root, name) for root in LIST_ROOTS if os.path.isdir(os.path.join(root, name))), None)
        if folder is None:
            sys.exit(f'no list {name} under {LIST_ROOTS}')
        lines = open(os.path.join(folder, 'papers.txt')).read().split('\n')[2:]
        for i in range(0, len(lines) - 1, 2):
            found[(name, lines[i].strip())] = lines[i + 1]
    return found


def shape(name):
    if re.fullmatch(r'[A-Z0-9][A-Z0-9\-]+s?', name):
        return 'acronym'
    if ' ' not in name:
        if re.search(r'[a-z][A-Z]|[A-Z].*[A-Z]|\d', name):
            return 'coined or mixed case'
        return 'one word, ' + ('capitalised' if name[0].isupper() else 'lower case')
    if all(w[0].isupper() or not w[0].isalpha() for w in name.split() if len(w) > 3):
        return 'title-case phrase'
    return 'lower-case phrase'


def main():
    if len(sys.argv) < 4 or sys.argv[2] not in FIELDS:
        sys.exit(__doc__)
    dump, field, lists = sys.argv[1], sys.argv[2], sys.argv[3:]
    api = FIELDS[field]
    texts = abstracts(lists)
    where, shapes, cues, elsewhere, rules = (collections.Counter() for _ in range(5))
    missed = 0
    for paper in json.load(open(dump)):
        if paper['list'] not in lists:
            continue
        gold, facts = paper['gold'].get(field) or [], paper['facts'][api]
        hits = matched_facts(gold, facts)
        for i, fact in enumerate(facts):
            rules[(fact.get('rule', '?'), 'hit' if i in hits else 'false')] += 1
        sentences = SENTENCE_END.split(texts.get((paper['list'], paper['title'].strip()), ''))
        for entry in gold:
            if any(names(entry) & names(fact) for fact in facts):
                continue
            missed += 1
            forms = [entry['name']] + (entry.get('aliases') or [])
            holding = [s for s in sentences if any(f.lower() in s.lower() for f in forms)]
            in_title = any(f.lower() in paper['title'].lower() for f in forms)
            where['in the abstract' if holding else 'in the title only' if in_title else 'nowhere verbatim'] += 1
            shapes[shape(entry['name'])] += 1
            for cue, pattern in CUES.items():
                if any(re.search(pattern, s, re.I) for s in holding):
                    cues[cue] += 1
            if holding and sentences and holding[0] == sentences[0]:
                cues['first sentence'] += 1
            for other, other_api in FIELDS.items():
                if other != field and any(names(entry) & names(fact) for fact in paper['facts'][other_api]):
                    elsewhere[other] += 1
    print(f'{field}: {missed} gold entries missed')
    for title, counter in (('where the name stands', where), ('shape', shapes), ('cue in its sentence', cues),
                           ('given in another field', elsewhere)):
        print(f'  {title}: ' + ', '.join(f'{k} {v}' for k, v in counter.most_common()))
    print('facts by rule (hit / false):')
    for rule in sorted({r for r, _ in rules}):
        print(f'  {rule:28s} {rules[(rule, "hit")]:5d} {rules[(rule, "false")]:5d}')


if __name__ == '__main__':
    main()
