// Refusing to overwrite is a plain failure with a reason, not a stack trace, and the draft is untouched.
def log = new File(basedir, 'build.log').text
assert log.contains("The report 'child-x' already exists")
assert log.contains('BUILD FAILURE')
// Maven may log stack traces of its own (checksum warnings on first download); none may be ours.
assert !log.contains('at org.reviewpress.') : 'no stack trace for an author mistake'
assert !log.contains('Exception: The report') : 'the refusal is a failure message, not an exception'
assert new File(basedir, 'src/reports/child-x/report.md').text == 'Months of drafting that must survive.\n'
return true
