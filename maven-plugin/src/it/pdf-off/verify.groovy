// With reviewpress.pdf=false the site is published without any PDF or link to one.
def report = new File(basedir, 'target/reviewpress/site/child-t')
assert new File(report, 'index.html').isFile()
assert !new File(report, 'child-t.pdf').exists() : 'no PDF when reviewpress.pdf=false'
assert !new File(report, 'index.html').text.contains('Download the PDF')
return true
