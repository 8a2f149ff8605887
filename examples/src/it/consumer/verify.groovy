// The consumer's build passed (the invoker checks that); this checks that it did what it is for:
// the dependency convergence rule ran and passed, the harness tests ran, none skipped or failed,
// and the application's run-time class path is the one README.md describes.
def log = new File(basedir, 'build.log').text
assert log.contains('DependencyConvergence passed') : 'the dependencyConvergence rule did not run'
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* in org\.example\.consumer\.DecidedCallTest/ :
    'DecidedCallTest did not run its two tests'

def runtime = new File(basedir, 'target/runtime-dependencies.txt').readLines().findAll { it.contains(':jar:') }
['drools-xml-support', 'xstream', 'jackson-dataformat-yaml', 'snakeyaml'].each { artifact ->
  assert !runtime.any { it.contains(":${artifact}:") } : "${artifact} is back on a consumer's class path"
}
// basedir is examples/target/it/consumer
def readme = new File(basedir, '../../../../README.md').text
def said = (readme =~ /`convoca-rules` brings (\d+) jars/)
assert said.find() : "README.md no longer says how many jars convoca-rules brings"
assert runtime.size() == said.group(1) as int :
    "a consumer of convoca-rules gets ${runtime.size()} jars at run time; README.md's 'Dependencies a consumer gets' says ${said.group(1)}"
return true
