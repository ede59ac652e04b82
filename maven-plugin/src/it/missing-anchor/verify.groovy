import groovy.json.JsonSlurper

// A finding citing a missing anchor fails the build with its exact place, rule id and a hint.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/reports/child-m/report.md:9:30: ')
assert log.contains('[evidence.unresolved]')
assert log.contains('Did you mean "#referrals-2"?')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/reviewpress/site').exists() : 'a failed build publishes nothing'

// diagnostics.sarif: the properties SARIF 2.1.0 requires and code-scanning dashboards read.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/reviewpress/diagnostics.sarif'))
assert sarif.version == '2.1.0'
assert sarif.'$schema'.contains('sarif-2.1.0')
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'reviewpress'
def ruleIds = run.tool.driver.rules*.id
assert ruleIds.contains('evidence.unresolved')
run.tool.driver.rules.each { r ->
  assert r.shortDescription.text
  assert r.defaultConfiguration.level in ['error', 'warning', 'note']
}
def result = run.results.find { it.ruleId == 'evidence.unresolved' }
assert result != null
assert result.level == 'error'
assert run.tool.driver.rules[result.ruleIndex].id == 'evidence.unresolved'
assert result.message.text.contains('refferals-2')
def loc = result.locations[0].physicalLocation
assert loc.artifactLocation.uri == 'src/reports/child-m/report.md'
assert loc.region.startLine == 9
assert loc.region.startColumn == 30
run.results.each { r ->
  assert r.message.text
  assert r.level in ['error', 'warning', 'note', 'none']
}
return true
