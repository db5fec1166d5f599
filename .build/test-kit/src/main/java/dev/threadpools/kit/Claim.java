package dev.threadpools.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated test method settles one or more claims of the seeds: {@code "J17"}
 * for the Java seed's claims J1 to J100, {@code "P4"} for the Python seed's P1 to P15.
 *
 * <p>The claims themselves (paraphrase, seed passage, verdict, reason, kind of evidence) are data, in
 * {@code docs/claims.tsv}, the one place where a verdict is edited. This annotation is the other half:
 * the binding of a claim to the test that proves it, written where the test is. {@code .ci/Claims.java}
 * reads both and generates every verdict table (the claims ledger, each module's "What the seed says,
 * checked", the cheat sheet's verdict and proof columns); CI fails when a table is stale, when an
 * annotation names a claim that does not exist or sits on a method that is not a test, and when a
 * claim whose evidence is "test" has no test bound to it.
 *
 * <p>Bind a claim to the test whose failure would make its verdict wrong, not to every test that
 * touches the subject.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Claim {

    /** The claim IDs this test settles, as in {@code docs/claims.tsv}: {@code "J17"}, {@code "P4"}. */
    String[] value();
}
