// A term from the committed hashed list (.reviewpress/sensitive-terms.sha256) fails the build at
// its line and column, without the plain list, and the matched text is never printed.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/reports/child-h/report.md:11:39: ')
assert log.contains('[privacy.sensitive-term]')
assert log.contains('BUILD FAILURE')
assert !log.toLowerCase().contains('thistlewood') : 'the term is not printed'
def out = new File(basedir, 'target/reviewpress')
out.eachFileRecurse { f -> if (f.isFile()) assert !f.text.toLowerCase().contains('thistlewood') : "${f} holds the term" }
return true
