package dev.chanscope.engine;

/** Prints the digest of each sample program for seeds 1..5; run in a separate JVM by DeterminismTest. */
public final class DigestMain {

    private DigestMain() {}

    public static void main(String[] args) {
        for (String line : DeterminismTest.digestLines()) {
            System.out.println(line);
        }
    }
}
