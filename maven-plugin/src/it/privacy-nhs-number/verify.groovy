// A valid NHS number fails the build at its line and column, and the number is not repeated.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/reports/child-n/report.md:11:51: ')
assert log.contains('[privacy.nhs-number]')
assert log.contains('hint: ')
assert log.contains('BUILD FAILURE')
assert !log.contains('455 491 7363') : 'the number itself is not printed'
assert !(log =~ /\n\s+at org\.reviewpress\./) : 'no stack trace from reviewpress for an author mistake'
def diagnostics = new File(basedir, 'target/reviewpress/diagnostics.json').text
assert diagnostics.contains('privacy.nhs-number')
assert !diagnostics.contains('455 491 7363')
return true
