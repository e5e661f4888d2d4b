#!/usr/bin/env python3
"""redteam-to-train.py N DIR [N DIR ...]: append red-team sets (docs/redteam-brief.md) to the models'
training lines, pkg/lint/testdata/train/bad.tsv and clean.tsv, each under a "# 红队集 N" section.

Run it only after a set's first measurement (scripts/score-redteam.py): once a set trains the models,
numbers measured on it are no longer estimates. Families map to the rule each is about (the README of
pkg/lint/testdata/train); placeholder and one-character replies are left out (rules judge them, not
models); a service reply with 🙂 or [微笑] is labelled service/smile-emoji. Then regenerate the models:
go run ./pkg/lint/internal/infer/geninfer. Run from the repository root; needs python3 only."""
import os, sys

RULE = {'contact': 'compliance/off-platform-contact', 'cashback': 'compliance/review-cashback',
        'fake-order': 'compliance/fake-order', 'ad-law': 'compliance/ad-law',
        'medical': 'compliance/medical-claim', 'service': 'service/forbidden-phrase',
        'push': 'service/push-to-platform'}
TRAIN = 'pkg/lint/testdata/train'

def lines(path):
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n').rstrip('\r')
        if ln.strip() and not ln.startswith('#'):
            yield ln

def main(args):
    if len(args) == 0 or len(args) % 2:
        sys.exit(__doc__)
    with open(os.path.join(TRAIN, 'bad.tsv'), 'a', encoding='utf-8') as bad, \
         open(os.path.join(TRAIN, 'clean.tsv'), 'a', encoding='utf-8') as clean:
        for n, d in zip(args[::2], args[1::2]):
            nb = nc = 0
            bad.write('# 红队集 %s\n' % n)
            clean.write('# 红队集 %s\n' % n)
            for ln in lines(os.path.join(d, 'bad.tsv')):
                fam, _, text = ln.partition('\t')
                rule = RULE.get(fam.strip())
                if not text or not rule:
                    continue
                if fam.strip() == 'service' and ('🙂' in text or '[微笑]' in text):
                    rule = 'service/smile-emoji'
                bad.write(rule + '\t' + text.replace('\t', ' ') + '\n')
                nb += 1
            for ln in lines(os.path.join(d, 'clean.tsv')):
                clean.write(ln + '\n')
                nc += 1
            print('红队集 %s: %d bad, %d clean' % (n, nb, nc))

if __name__ == '__main__':
    main(sys.argv[1:])
