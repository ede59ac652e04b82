#!/usr/bin/env python3
"""Development-time extraction of the name lexicon shipped with the privacy gate.

Reads the name lists inside the datafaker 2.7.0 jar (Apache-2.0) and a British English word
list (Debian package wbritish, SCOWL), and writes three data files beside the privacy rules.
Run it again only to refresh the lexicon:

  mvn dependency:copy -Dartifact=net.datafaker:datafaker:2.7.0 -DoutputDirectory=/tmp/df
  apt-get install wbritish
  python3 tools/extract-names.py /tmp/df/datafaker-2.7.0.jar /usr/share/dict/british-english
"""
import sys, zipfile, unicodedata, re, yaml

jar, words_file = sys.argv[1], sys.argv[2]
out = 'generator-core/src/main/resources/org/reviewpress/check/privacy/'
LOCALES = ['en/name.yml', 'en-AU.yml', 'en-IE.yml', 'en-IN.yml', 'en-NG.yml', 'en-PAK.yml', 'en-ZA.yml',
           'en-UG.yml', 'pl.yml', 'it.yml', 'pt.yml', 'es.yml', 'fr.yml', 'tr.yml', 'ro-MD.yml', 'sq.yml',
           'lv.yml', 'cs.yml', 'sk.yml', 'de.yml']
GIVEN = {'first_name', 'male_first_name', 'female_first_name', 'man_first_name', 'woman_first_name'}
FAMILY = {'last_name', 'man_last_name', 'woman_last_name'}
SKIP_FAMILY = {'de.yml'}  # German surnames include too many everyday nouns

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def clean(v):
    v = fold(str(v)).strip()
    return v if re.fullmatch(r"[A-Z][A-Za-z'\-]+", v) and len(v) >= 2 else None

given, family = set(), set()
with zipfile.ZipFile(jar) as z:
    for name in LOCALES:
        d = yaml.safe_load(z.read(name))
        n = d[next(iter(d))]['faker'].get('name', {})
        for k, v in n.items():
            if not isinstance(v, list):
                continue
            target = given if k in GIVEN else family if k in FAMILY and name not in SKIP_FAMILY else None
            if target is None:
                continue
            for x in v:
                c = clean(x)
                if c:
                    target.add(c)

lower_words = set()
for w in open(words_file, encoding='utf-8', errors='ignore'):
    w = w.strip()
    if w and w[0].islower():
        lower_words.add(fold(w).lower())
ambiguous = sorted(n for n in given | family if n.lower() in lower_words or len(n) <= 2)

HEAD = """# {what}
# Extracted by tools/extract-names.py from the name lists of datafaker 2.7.0
# (https://github.com/datafaker-net/datafaker, Apache License 2.0; see NAMES-LICENCE.txt).
# Accents are folded to ASCII. One entry per line.
"""
def write(fn, what, items):
    with open(out + fn, 'w', encoding='utf-8') as f:
        f.write(HEAD.format(what=what))
        for i in sorted(items):
            f.write(i + '\n')
write('given-names.txt', 'Given names (first names) used by privacy.unlisted-name.', given)
write('surnames.txt', 'Family names (surnames) used by privacy.unlisted-name.', family)
with open(out + 'names-that-are-words.txt', 'w', encoding='utf-8') as f:
    f.write("""# Names from given-names.txt and surnames.txt that are also everyday English words (will,
# may, grace, mark, bill, brown...) or two letters long. privacy.unlisted-name counts them as a
# name only with more context: a title (Mrs Grace), a following surname, or a reporting verb.
# Computed by tools/extract-names.py as the names whose lower-case form is in the British
# English word list of Debian's wbritish package (SCOWL, permissive licence).
""")
    for a in ambiguous:
        f.write(a + '\n')
print(len(given), len(family), len(ambiguous))
