package dev.threadpools.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the code that settles one or more claims of the seeds: {@code "J17"} for the Java seed's
 * claims J1 to J100, {@code "P4"} for the Python seed's P1 to P15.
 *
 * <p>Where it goes depends on the kind of evidence the claim rests on:
 * <ul>
 *   <li>on a <b>test method</b> ({@code src/test/java}), for a claim whose evidence is "test": the
 *       test proves it, and fails if the verdict is wrong;</li>
 *   <li>on a <b>benchmark</b> ({@code src/jmh/java}: the class, or one {@code @Benchmark} method) or a
 *       <b>demo</b> ({@code src/main/java}: the class) whose output is the evidence for a claim whose
 *       evidence is "measured". Its figures are written once, in the module README's Figures
 *       section; the annotation says which claims they settle.</li>
 * </ul>
 *
 * <p>The claims themselves (paraphrase, seed passage, verdict, reason, kind of evidence) are data, in
 * {@code docs/claims.tsv}, the one place where a verdict is edited. This annotation is the other half:
 * the binding of a claim to what proves it, written where that code is. The {@code .build/claims}
 * module ({@code ./mvnw -q -pl .build/claims compile -Dclaims=write}) reads both and generates every
 * verdict table (the claims ledger, each module's "What the seed says, checked", the cheat sheet's
 * verdict and proof columns); CI fails when a table is stale, when an annotation names a claim that
 * does not exist or sits elsewhere than above, when a claim whose evidence is "test" has no test
 * bound to it, and when a "measured" claim has no benchmark or demo bound to it.
 *
 * <p>It lives in the kit, not the test kit, because lesson code (demos, benchmarks) cannot see the
 * test kit; tests see the kit through the test kit.
 *
 * <p>Bind a claim to the code whose result would make its verdict wrong, not to everything that
 * touches the subject.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Claim {

    /** The claim IDs this code settles, as in {@code docs/claims.tsv}: {@code "J17"}, {@code "P4"}. */
    String[] value();
}
