package dev.threadpools.claims;

import static dev.threadpools.kit.RepositoryFiles.write;

import java.io.*;
import java.nio.file.*;
import java.util.*;

/**
 * A made-up tree with one module, 01-a, where every rule holds and every table is generated: J1 rests
 * on a test, J2 on a benchmark, J3 was checked by hand. A test plants one mistake and sees it reported.
 */
final class Tree {

    static final String HEADER = String.join("\t", Rows.COLUMNS) + "\n";
    static final String J1 = "J1\t01\t003 Intro (l. 1)\tholds\ttest\tA pool reuses threads\tten threads run it all\t\n";
    static final String J2 = "J2\t01\t003 Intro (l. 2)\twrong\tmeasured\tA hand-off costs a microsecond\t\t[figures](01-a/README.md#figures)\n";
    static final String J3 = "J3\t01\t003 Intro (l. 3)\tholds\tchecked by hand\tThe JDK says so\t\t\n";
    static final String TEST = "01-a/src/test/java/a/PoolTest.java";
    static final String BENCHMARK = "01-a/src/jmh/java/a/Bench01_HandOff.java";
    static final String README = "01-a/README.md";

    private Tree() {
    }

    static Path valid(Path root) throws Exception {
        write(root, Rows.TSV, HEADER + J1 + J2 + J3);
        write(root, TEST, """
                package a;

                class PoolTest {
                    @Claim("J1")
                    @Test
                    void reusesThreads() { }
                }
                """);
        write(root, BENCHMARK, """
                package a;

                @Claim("J2")
                public class Bench01_HandOff {
                }
                """);
        write(root, README, "# 01 · A\n\n## What the seed says, checked\n\n" + Tables.BEGIN + "\n" + Tables.END + "\n\n## Figures\n");
        write(root, Tables.LEDGER, "");
        write(root, Tables.CHEAT_SHEET, """
                | Claims | The seed says | Our answer | Seed | Proof |
                |---|---|---|---|---|
                | J1, J3 | Threads are reused | Yes | | |
                """);
        Claims claims = new Claims(root);
        claims.writeOrCheck(Claims.Mode.WRITE, silent());
        if (!claims.problems.isEmpty()) {
            throw new AssertionError("the made-up tree is not valid: " + claims.problems);
        }
        return root;
    }

    /** What the check reports on the tree: every rule, and every generated file against the committed one. */
    static List<String> check(Path root) throws Exception {
        Claims claims = new Claims(root);
        claims.writeOrCheck(Claims.Mode.CHECK, silent());
        return claims.problems;
    }

    static String read(Path root, String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
