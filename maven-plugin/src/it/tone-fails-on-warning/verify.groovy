// One blame phrase is a warning; with reviewpress.failOnWarning=true it fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/reports/child-w/report.md:25:54: ') : 'the tone warning with its line and column'
assert log.contains('[language.tone]')
assert log.contains('hint: ')
assert log.contains('Warnings fail this build (reviewpress.failOnWarning=true)')
assert log.contains('BUILD FAILURE')
assert log.contains('Q7 Tone: needs attention (1 blame or hindsight phrase)')
assert !(log =~ /\n\s+at org\.reviewpress\./) : 'no reviewpress stack trace for an author mistake'
assert !new File(basedir, 'target/reviewpress/site').exists()
def card = new File(basedir, 'target/reviewpress/quality/child-w.json').text
assert card.contains('"blamePhrases" : 1')
assert new File(basedir, 'target/reviewpress/quality/child-w.html').text.contains('#L25')
return true
