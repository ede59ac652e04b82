// The new goal's skeleton is written where authors keep reports and builds without errors or warnings.
def source = new File(basedir, 'src/reports/child-x/report.md')
assert source.isFile()
assert source.text.contains('title: "Child Safeguarding Practice Review: Child X"')
def log = new File(basedir, 'build.log').text
assert log.contains('New report written to')
assert log.contains('reviewpress: 1 report, 0 errors, 0 warnings')
assert !log.contains('[WARNING] src/reports')
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/reviewpress/site/child-x/index.html').text
assert page.contains('id="finding-F1"')
assert page.contains('href="#episode-1"')
return true
