// hash-terms writes salted hashes only: a salt line and one hash per term, never the terms.
def hashed = new File(basedir, '.reviewpress/sensitive-terms.sha256')
assert hashed.isFile()
def lines = hashed.readLines().findAll { !it.startsWith('#') }
assert lines[0] ==~ /salt [0-9a-f]{64}/
assert lines.size() == 3
lines.drop(1).each { assert it ==~ /[0-9a-f]{64}/ }
def text = hashed.text.toLowerCase()
['kayleigh', 'brennan', 'oakmoor', 'estate'].each { assert !text.contains(it) }
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote 2 hashed terms')
['Kayleigh', 'Brennan', 'Oakmoor'].each { assert !log.contains(it) : 'the build log holds no term' }
return true
