package dev.threadpools.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Stops a lesson's build with what to install when no JDK the lessons can use is installed. The
 * toolchains plugin does the finding (its {@code generate-jdk-toolchains-xml} goal lists every JDK
 * it discovers: JAVA_HOME, JAVA*_HOME, /usr/lib/jvm, SDKMAN, ~/.jdks, the usual macOS and Windows
 * folders); this only reads their versions. Without it, the plugin's {@code select-jdk-toolchain}
 * goal would stop with "Define the required toolchains in your ~/.m2/toolchains.xml", which sends
 * people to write a file when what is missing is a JDK.
 *
 * <p>Runs in Maven's JVM ({@code exec:java}), like {@link MavenExit}, and ends it with status 1
 * and the message alone, without Maven's error footer.
 */
public final class RequireJdk {

    private RequireJdk() {
    }

    /**
     * {@code args[0]}: the JDK versions the lessons accept, as a Maven range ({@code [21,)}); then
     * toolchains XML files: the plugin's list of discovered JDKs and the user's
     * {@code ~/.m2/toolchains.xml} (a file that does not exist lists none).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RequireJdk <version range> [toolchains.xml ...]");
            System.exit(2);
        }
        List<Path> toolchainFiles = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            toolchainFiles.add(Path.of(args[i]));
        }
        int major;
        try {
            major = lowestMajor(args[0]);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            System.err.println("-Drequired.jdk.version=" + args[0] + ": not a range of JDK versions such as [21,)");
            System.exit(2);
            return;
        }
        Optional<String> problem = problem(major, toolchainFiles);
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
    }

    /** The message to stop with, or empty when one of the files lists a JDK of {@code major} or newer. */
    static Optional<String> problem(int major, List<Path> toolchainFiles) throws IOException {
        for (Path file : toolchainFiles) {
            for (String version : jdkVersions(file)) {
                if (readableMajor(version) >= major) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("""
                This project needs a JDK %1$d or newer to compile and run the lessons (Maven itself may run
                on an older one). None was found in JAVA_HOME, JAVA*_HOME, /usr/lib/jvm, SDKMAN, ~/.jdks
                or the usual macOS and Windows folders. Install one and run the same command again, e.g.:
                  Debian/Ubuntu:  sudo apt-get install openjdk-%1$d-jdk
                  macOS:          brew install openjdk@%1$d
                  SDKMAN:         sdk install java %1$d-tem
                  or any JDK %1$d+ from your vendor (Temurin, Corretto, Zulu, Oracle).
                If a JDK %1$d+ is installed somewhere else, point JAVA%1$d_HOME (or JAVA_HOME) at it."""
                .formatted(major));
    }

    /**
     * The lower bound of a Maven version range: 21 for {@code [21,)} or {@code [21.0.2,22)}. Only the
     * lower bound is checked here; a range that also excludes newer JDKs is the toolchains plugin's to
     * enforce (CI's JDK 21 job narrows it so).
     */
    static int lowestMajor(String range) {
        String lower = range.strip().replaceFirst("^[\\[(]", "").split(",", 2)[0].strip();
        if (lower.isEmpty()) {
            throw new IllegalArgumentException("no lower bound in the JDK version range " + range);
        }
        return majorOf(lower);
    }

    /**
     * The major version of a discovered JDK, or 0 for a version this cannot read: such a JDK does not
     * count, and the toolchains plugin, which reads versions its own way, has the last word.
     */
    private static int readableMajor(String version) {
        try {
            return majorOf(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** 21 for {@code 21.0.2} or {@code 21}; 8 for {@code 1.8.0_402}. */
    static int majorOf(String version) {
        String[] parts = version.strip().split("[.+_-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    /** The {@code <version>} each JDK toolchain of a toolchains XML file provides. */
    static List<String> jdkVersions(Path toolchainsXml) throws IOException {
        if (!Files.isRegularFile(toolchainsXml)) {
            return List.of();
        }
        NodeList toolchains;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            toolchains = factory.newDocumentBuilder().parse(toolchainsXml.toFile())
                    .getElementsByTagName("toolchain");
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + toolchainsXml + ": " + e.getMessage(), e);
        }
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < toolchains.getLength(); i++) {
            var toolchain = (org.w3c.dom.Element) toolchains.item(i);
            NodeList type = toolchain.getElementsByTagName("type");
            NodeList version = toolchain.getElementsByTagName("version");
            if (type.getLength() > 0 && type.item(0).getTextContent().strip().equals("jdk")
                    && version.getLength() > 0) {
                versions.add(version.item(0).getTextContent().strip());
            }
        }
        return versions;
    }
}
