// A wrong enumerated value fails the build and is reported at its exact line and column.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/reports/child-q/report.md:10:15: ')
assert log.contains('[frontmatter.value]')
assert log.contains('hint: ')
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.reviewpress.') : 'no stack trace for an author mistake'
assert !new File(basedir, 'target/reviewpress/site').exists()
assert new File(basedir, 'target/reviewpress/diagnostics.json').text.contains('"line" : 10')
return true
