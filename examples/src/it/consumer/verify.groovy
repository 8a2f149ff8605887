// The consumer's build passed (the invoker checks that); this checks that it did what it is for:
// the dependency convergence rule ran and passed, and the harness tests ran, none skipped or failed.
def log = new File(basedir, 'build.log').text
assert log.contains('DependencyConvergence passed') : 'the dependencyConvergence rule did not run'
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* in org\.example\.consumer\.DecidedCallTest/ :
    'DecidedCallTest did not run its two tests'
return true
