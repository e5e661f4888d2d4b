#!/usr/bin/env python3
"""score-redteam.py HUASHU DIR: score one red-team set (docs/redteam-brief.md) with a huashu binary.

Lints DIR/bad.tsv (FAMILY<TAB>reply) and DIR/clean.tsv (one reply a line) as one pack, --no-embedded,
in a temporary HOME.
A bad reply counts as caught when a rule of its family reports it at warning or error;
a clean reply is a false alarm when any rule reports it at warning or error.
Writes DIR/misses.<binname>.txt and DIR/false.<binname>.txt; prints one summary line:
set, binary, caught/bad (per family), false alarms/clean, false errors, bad flagged by any rule.
Needs python3 only. Usage: python3 scripts/score-redteam.py ./huashu sets/lintqa146"""
import json, os, re, subprocess, sys, tempfile

FAMILY = {
    'contact': ('compliance/off-platform-contact', 'compliance/phone-number', 'compliance/external-link'),
    'cashback': ('compliance/review-cashback',),
    'fake-order': ('compliance/fake-order',),
    'ad-law': ('compliance/ad-law', 'compliance/medical-claim'),
    'medical': ('compliance/medical-claim', 'compliance/ad-law'),
    'service': ('service/',),
    'push': ('service/',),
    'placeholder': ('vars/',),
    'onechar': ('text/',),
}
ALIAS = {'compliance/off-platform-contact': 'contact', 'compliance/phone-number': 'contact',
         'compliance/external-link': 'contact', 'compliance/review-cashback': 'cashback',
         'compliance/fake-order': 'fake-order', 'compliance/ad-law': 'ad-law',
         'compliance/medical-claim': 'medical', 'service/forbidden-phrase': 'service',
         'service/smile-emoji': 'service', 'service/rude-tone': 'service',
         'service/push-to-platform': 'push'}

def unescape(s):
    return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), s)

def read(path, labelled):
    rows = []
    if not os.path.exists(path):
        return rows
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n').rstrip('\r')
        if not ln.strip() or ln.startswith('#'):
            continue
        if labelled:
            if '\t' not in ln:
                continue
            fam, text = ln.split('\t', 1)
            fam = ALIAS.get(fam.strip(), fam.strip())
            rows.append((fam, unescape(text)))
        else:
            rows.append((None, unescape(ln)))
    return rows

def lint(binary, rows):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'set.yaml')
        with open(p, 'w', encoding='utf-8') as f:
            f.write('pack: 评测\nphrases:\n')
            for i, (_, text) in enumerate(rows):
                f.write('  - code: q%05d\n    title: t%05d\n    text: %s\n' % (i, i, json.dumps(text, ensure_ascii=False)))
        env = dict(os.environ, HOME=d, XDG_CONFIG_HOME=d)
        out = subprocess.run([binary, 'lint', '--format', 'json', '--no-embedded', p], cwd=d,
                             capture_output=True, text=True, env=env)
        try:
            data = json.loads(out.stdout)
        except Exception:
            sys.exit('lint output not JSON: ' + out.stderr[:500])
    found = {}
    for pr in data.get('problems') or []:
        c = pr.get('code') or ''
        if not c.startswith('q') or pr['severity'] not in ('warning', 'error'):
            continue
        found.setdefault(int(c[1:]), []).append(pr)
    return found

def main():
    binary, d = os.path.abspath(sys.argv[1]), sys.argv[2]
    tag = os.path.basename(binary)
    bad, clean = read(os.path.join(d, 'bad.tsv'), True), read(os.path.join(d, 'clean.tsv'), False)
    fb, fc = lint(binary, bad), lint(binary, clean)
    caught = anyrule = 0
    with open(os.path.join(d, 'misses.%s.txt' % tag), 'w', encoding='utf-8') as m:
        for i, (fam, text) in enumerate(bad):
            rules = FAMILY.get(fam, (fam,))
            anyrule += i in fb
            if any(p['rule'].startswith(r) for p in fb.get(i, []) for r in rules):
                caught += 1
            else:
                got = ','.join(sorted({p['rule'] for p in fb.get(i, [])}))
                m.write('%s\t%s\t%s\n' % (fam, text, got))
    fa = fe = 0
    with open(os.path.join(d, 'false.%s.txt' % tag), 'w', encoding='utf-8') as f:
        for i, (_, text) in enumerate(clean):
            if i in fc:
                fa += 1
                sev = 'error' if any(p['severity'] == 'error' for p in fc[i]) else 'warning'
                fe += sev == 'error'
                f.write('%s\t%s\t%s\t%s\n' % (sev, text, ','.join(sorted({p['rule'] for p in fc[i]})),
                                              ' | '.join(p['message'] for p in fc[i])))
    print('%s\t%s\tbad %d/%d %.1f%%\tclean FA %d/%d %.2f%%\terrors %d\tany %d' % (
        os.path.basename(d.rstrip('/')), tag, caught, len(bad), 100.0 * caught / max(1, len(bad)),
        fa, len(clean), 100.0 * fa / max(1, len(clean)), fe, anyrule))

if __name__ == "__main__":
    main()
