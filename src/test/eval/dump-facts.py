#!/usr/bin/env python3
"""Writes what the service extracts for every paper of some gold lists, beside the gold, to one JSON file — so that two
builds can be compared paper by paper with diff-facts.py.

Usage: dump-facts.py BASE_URL OUT_JSON LIST_DIR...
  LIST_DIR: a folder with papers.txt and gold.json (src/test/eval/lists/* or a test list kept outside the repository);
  its papers must be imported at BASE_URL (see score-lists.sh). A list counts as a test list in diff-facts.py when its
  folder is not under src/test/eval/lists.
"""
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', 'shared', 'eval'))
from score_extraction import FIELDS, all_papers, get, norm  # noqa: E402

READ_LISTS = os.path.realpath(os.path.join(os.path.dirname(__file__), 'lists'))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, out, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    ids = {norm(p['title']): p['id'] for p in all_papers(base)}
    papers = []
    for folder in folders:
        read = os.path.dirname(os.path.realpath(folder)) == READ_LISTS
        for gold in json.load(open(os.path.join(folder, 'gold.json'))):
            paper_id = ids.get(norm(gold['title']))
            if paper_id is None:
                print(f'not on the server: {gold["title"]}', file=sys.stderr)
                continue
            paper = get(base, '/papers/' + urllib.parse.quote(paper_id, safe=''))
            papers.append({'list': os.path.basename(folder.rstrip('/')), 'read': read, 'title': gold['title'], 'gold': gold,
                           'facts': {api: paper.get(api) or [] for api in FIELDS.values()}})
    json.dump(papers, open(out, 'w'))
    print(f'{len(papers)} papers')


if __name__ == '__main__':
    main()
