// Runs after 'mvn verify' of the generated project: its tests ran, and the bundle has its components.
import java.util.jar.JarFile

def project = new File(basedir, 'project/county-court-adapter')
def reports = new File(project, 'target/surefire-reports')
assert reports.isDirectory() : "no test reports in ${reports}"
def tests = reports.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
assert tests.size() == 3 : "expected the reports of 3 test classes, found ${tests*.name}"
int run = 0, failed = 0, skipped = 0
tests.each { f ->
    def suite = new groovy.util.XmlSlurper().parse(f)
    run += suite.@tests.toInteger()
    failed += suite.@failures.toInteger() + suite.@errors.toInteger()
    skipped += suite.@skipped.toInteger()
}
assert run > 0 && failed == 0 && skipped == 0 : "tests: ${run} run, ${failed} failed, ${skipped} skipped"

def jar = new File(project, 'target/county-court-adapter-0.1.0-SNAPSHOT.jar')
assert jar.isFile() : "no bundle ${jar}"
def jf = new JarFile(jar)
try {
    def main = jf.manifest.mainAttributes
    assert main.getValue('Bundle-SymbolicName') == 'org.example.adapters.countycourt'
    assert main.getValue('Bundle-ManifestVersion') == '2'
    def components = main.getValue('Service-Component')
    assert components?.contains('OSGI-INF/org.example.adapters.countycourt.HostSystemChannel.xml') : components
    assert components?.contains('OSGI-INF/org.example.adapters.countycourt.InboundFeed.xml') : components
    assert main.getValue('Import-Package').contains('org.missioncj.adapter.spi')
    assert main.getValue('Export-Package') == null : 'an adapter exports nothing'
    def channel = jf.getInputStream(jf.getEntry('OSGI-INF/org.example.adapters.countycourt.HostSystemChannel.xml')).text
    assert channel.contains('name="mission.adapter.system"') && channel.contains('value="county-court"') : channel
    assert channel.contains('configuration-pid="org.example.adapters.countycourt"') : channel
    assert jf.entries().toList().any { it.name.startsWith('OSGI-INF/metatype/') && it.name.endsWith('.xml') } : 'no metatype descriptor'
} finally {
    jf.close()
}
// Straight to the console: the script's out, System.out and System.err all go to the project's build.log
// here, and the plugin's log is silent under mvn -q.
def console = new PrintStream(new FileOutputStream(FileDescriptor.out), true)
console.println "adapter-archetype IT basic: generated project's tests: ${run} run, ${failed} failed; bundle ${jar.name} checked"
return true
