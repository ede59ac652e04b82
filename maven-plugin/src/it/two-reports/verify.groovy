// The two-report site: index lists both, newest first; each report page carries its findings.
def site = new File(basedir, 'target/reviewpress/site')
def index = new File(site, 'index.html').text
assert index.contains('Safeguarding Adults Review: Adult B')
assert index.contains('Child Safeguarding Practice Review: Child T')
assert index.indexOf('Child T') < index.indexOf('Adult B') : 'newest report first'
def child = new File(site, 'child-t/index.html').text
assert child.contains('<html lang="en-GB"')
assert child.contains('id="finding-F1"')
assert child.contains('href="#referrals"')
assert child.contains('Cited by finding')
def adult = new File(site, 'adult-b/index.html').text
assert adult.contains('<abbr title="General practitioner">GP</abbr>')
assert new File(site, 'findings.json').text.contains('"schemaVersion" : "1.0"')
assert new File(site, 'assets/css/site.css').isFile()
assert new File(site, 'assets/fonts/DejaVuSans.ttf').isFile()
// Each report gets its PDF by default, linked from its page with its real size.
def pdf = new File(site, 'child-t/child-t.pdf')
assert pdf.isFile() && pdf.length() > 1000
assert pdf.bytes[0..3] == '%PDF'.bytes as List
assert child.contains('href="child-t.pdf"') && child.contains('Download the PDF (')
assert new File(site, 'adult-b/adult-b.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert !log.contains('com.openhtmltopdf') : 'openhtmltopdf logging stays out of the Maven console'
assert log.contains('reviewpress: 2 reports, 0 errors')
return true
