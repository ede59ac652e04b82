// Every hostile report is an [ERROR] at its file, line and column; nothing crashes or is published.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/reports/renamed-image/report.md:1:1: ') && log.contains('[source.encoding]')
assert log.contains('[ERROR] src/reports/deep-lists/report.md:7:101: ') && log.contains('[structure.nesting]')
assert log.contains('[ERROR] src/reports/alias-bomb/report.md:3:8: ') && log.contains('[frontmatter.yaml]')
assert log.contains('[ERROR] src/reports/windows-1252/report.md:7:4: ')
assert log.contains('4 errors')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\n\s+at [a-z]+\./) : 'no stack trace for hostile input'
assert !(log =~ /StackOverflowError|OutOfMemoryError/)
assert !new File(basedir, 'target/reviewpress/site').exists()
return true
